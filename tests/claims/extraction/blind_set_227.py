"""Two-hundred-and-twenty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, horses and figures are made
up (Gerold Wenzlaff, Nathalie Rochat, Kilian Osterwald, Ulrike Brenninger, Kessler
Antriebstechnik, Lennart Berghoff, Théo Lacombe, Owen Labrecque, Simon Aeschlimann, Wout
Declercq, Johanna Tiedemann, Nordwelle Energie, Havskov, Malte Rövekamp, Irmgard Flatz,
Sabine Kohlhaas, Mads Kjærgaard, Ansgar Thielmann; Tobias Renwick, Harcourt Lane Capital,
Dale Prewitt, Hiroshi Tsukamura, Ayumi Kondo, Sakuragawa Securities, Connor Ashby, Delroy
Mensforth, Miriam Caldecott, Silver Comet, Ciarán Doyle, Declan Fennelly, Andre Whitlock,
Tyrese Colbert, Marcus Dunleavy, Rick Halvorsen, Howard Pelletier, Mariana Esteves, Ostap
Hrytsenko, Sahra Airways, Faisal Al-Mansoori, Nadia Farrow, Glenda Whitcomb, Corvane
Therapeutics, Priya Nandakumar, Fiona Lockhart; every unnamed minister, spokesperson,
prosecutor, analyst, trader, mayor, researcher, neighbour and resident); ministers,
governors, managers, chairs and office holders of real governments and bodies appear under
made-up names that stand for no real holder, or by their role only ("der Oberstaatsanwalt",
"ein Gerichtssprecher", "ein Klimaforscher der Universität für Bodenkultur", "Chicago's
mayor", "the county attorney", "Europol's executive director", "A Treasury spokesperson").
Real states, bodies, events, teams, works and places (Bundeskabinett, Bundestag, Grüne,
GeoSphere Austria, Gesundheitsministerium, Bad Deutsch-Altenburg, Nationalrat, Ständerat,
SVP, Westschweiz, Tessin, Leibniz-Zentrum für Europäische Wirtschaftsforschung, Landgericht
Köln, Bergisch Gladbach, IG Metall, Ötztal, Sölden, Umhausen, Halle/Westfalen, Tour de
Suisse, Oberalppass, Art Basel, Ferdinand Hodler, „Astronomy & Astrophysics“, Westautobahn,
Melk, Dax, EuroStoxx50, Bundeskriminalamt, Gewerkschaft der Polizei, Bremerhaven, Bregenzer
Festspiele, Seebühne, Verdis „Aida“, DLRG, Matterhorn, Kantonspolizei Wallis, Air Zermatt,
Eintracht Frankfurt, FC Midtjylland, Euromillionen, Österreichische Lotterien; Office for
National Statistics, HM Revenue and Customs, Bank of England, Senate, House, Congressional
Budget Office, Supplemental Nutrition Assistance Program, Bank of Japan, Europol, Antwerp,
Rotterdam, Old Bailey, Peckham, Metropolitan Police, Lagos State Emergency Management
Agency, National Weather Service, O'Hare, Royal Ascot, Queen Anne Stakes, Oklahoma City
Thunder, Boston Celtics, NBA Finals, Metropolitan Opera, United Arab Emirates, Mariupol, NHS
England, Royal College of Emergency Medicine, Boeing, Airbus, Guangxi, Xinhua, Wimbledon,
All England Club, Cal Fire, Yucaipa, and the datelines' cities) stand for the way wire copy
names them; every vote, rate, price, sum, tally, toll, score, age, time, date and quote here
is invented, and where a real figure came to mind it was changed (the years of the invasion
and of Mariupol's fall kept).

Its weight: AN ORDINARY MIXED WIRE DAY, fourth round (the hundred-forty-ninth,
hundred-sixty-eighth and two-hundred-first batches were the first three, and their decisions
are kept) - one Tuesday in mid-June (June 16), 38 short stories in story order as a desk
receives them from the morning cabinet meeting to the evening wildfire, the German and
English desks alternating, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, a quote, a reaction). Half German (dpa, APA,
Keystone-SDA, Reuters German; German „“ and Swiss «» quotes, Austrian "Jänner",
"Pensionistinnen", "Buslenker", "in der Nacht auf Dienstag", Swiss "heissen", "91'000",
"Metern über Meer", "abzuklären", "um einen Viertel"): the German draft budget, Austria's
first heatwave, Swiss rail billions, the ZEW index, a trial of cash-machine bombers in
Cologne, job cuts at a car supplier, storms in Tyrol, tennis in Halle, the Tour de Suisse,
Art Basel, a planet with a 19-hour year, a coach crash on the A1, the Dax at a record, the
interior ministers on knives, the Bregenz festival, drownings, a fall on the Matterhorn, a
football transfer and a Euromillions jackpot. Half English (Reuters, AP, AFP, PA; British
and American spellings side by side): British unemployment, a U.S. farm bill, the Bank of
Japan, Europol raids, a bus-stop murder sentence, a building collapse in Lagos, a heat dome
over the Midwest, Royal Ascot, the NBA Finals, the Met Opera's season, coral bleaching, a
prisoner swap, an aircraft order, NHS waiting lists, a county treasurer's plea, an obesity
pill trial, floods in southern China, Wimbledon prize money and a wildfire east of Los
Angeles. Figures as such copy has them: number words and compounds ("nach einer gut
siebenstündigen Sitzung", "ihrer dreitägigen Frühjahrskonferenz", "einer fünfköpfigen
Spitzengruppe", "ein 12-Punkte-Papier", "einen Top-20-Spieler", "etwa zweieinhalbmal so
schwer", "a five-year farm bill", "a four-storey residential building", "the five-day
meeting", "the 18-week target", "two dozen firearms", "rund ein Dutzend Dächer"), ordinals
("in erster Lesung", "die erste Tropennacht", "an Nummer sechs gesetzten", "die Nummer 31
der Weltrangliste", "zum zweiten Mal in diesem Monat", "der zweitteuerste Einkauf", "am Ende
der vierten Klasse", "91st winner", "Game 6", "the 71st swap"), shares ("fast ein Sechstel",
"Rund drei Viertel", "jeder dritte", "rund ein Drittel", "Roughly four-fifths", "roughly one
in four"), tallies ("voted 64-34", "by 47 votes to 51", "mit 131 zu 58 Stimmen bei 4
Enthaltungen", "The nine-member board voted 7-2"), index points, temperatures in Celsius and
Fahrenheit, measures, rates, money in euros, dollars, pounds, yen, francs and yuan, ages of
people and of a horse, sentences, race times and margins, spans from hours to 30 million
years, years, dates with and without a year and hedges. Negatives as such copy has them:
ministers', executives', coaches', scientists' and officials' quotes of resolve, pride,
regret and verdict, labels from parties, unions, a judge and a chairman, appeals, advice, a
doubt, analysts' views, forecasts without a figure, open questions, an evasion, scene colour
and vox pops - two of them carrying figures, labelled.

242 rows (122 German, 120 English), 55 negatives (27 German, 28 English), 187 check-worthy
rows of which 9 carry no figure (6 German, 3 English), 311 expected quantities (132 counts,
44 durations - 26 in years, 7 in hours, 4 in weeks, 2 in minutes, 2 in seconds, 2 in days, 1
in months -, 35 amounts of money - 14 EUR, 9 USD, 6 GBP, 3 JPY, 2 CHF, 1 CNY -, 31
percentages - all in % -, 25 years, 22 ordinals, 15 dates, 7 fractions; 2 of them in 2
negatives, as the seventeenth batch labels a figure in a negative), 36 checked speakers (19
German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, resolve, regret, appeal or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-sixty-eighth, two-hundred-first, two-hundred-fourth); a reported statement of
  fact, figure, step or position is check-worthy with its speaker. Pairs from one speaker:
  Wenzlaff's 58.3 billion euros beside his „Haushalt der Vernunft“; Rochat's 17 projects
  beside her «Stau»; Brenninger's 40 percent beside her regret; Pelletier's 198 performances
  beside "never paid for itself"; Tiedemann's 30 million years beside „auf den Kopf“;
  Esteves's one in four beside "unravel in real time"; Hrytsenko's 8,000 beside "until every
  one of them is home"; Rövekamp's 400 cameras beside „Punkt“; Flatz's budget beside
  „heimlicher Hauptdarsteller“; Kohlhaas's 60 percent beside „Geldbeutel“; Lockhart's 200
  million pounds beside her wish. Rhetoric with a figure is labelled (seventeenth,
  hundred-sixty-eighth): „Vor 30 Jahren hätte man ...“ 30 years (hundred-thirtieth: "wie vor
  fünf Jahren" 5 years). New: „Für 21 Jahre ist Mads schon erstaunlich abgeklärt“ labels 21
  years - "für" with a number of years before an adjective of maturity states an age, read
  as "Der 21-Jährige" two rows earlier.
- Check-worthy without a figure (hundred-sixty-eighth, two-hundred-first): a survey's
  direction ("Unter Finanzexperten ... hat sich die Stimmung ... überraschend kräftig
  aufgehellt", as the two-hundred-first's "überraschend deutlich mehr Aufträge"), a record
  with a point of reference („der bisher höchste Wert des Jahres“, hundred-fifty-eighth), a
  chamber's next step of record („Als Nächstes befasst sich der Ständerat mit der Vorlage,
  ... in der Herbstsession“; hundred-sixty-eighth), "Verletzt wurde ... niemand", a fair's
  opening, a signing, a defence ministry's account of its returned servicemen, a developer's
  stated filing ("Corvane said it would file for U.S. approval ..."; two-hundred-first:
  Chirply's appeal, a stated step of record) and investigators' belief about a fire's cause
  (hundred-sixtieth).
- Forecasts, plans and pledges (seventh, hundred-forty-eighth, hundred-sixty-eighth): with a
  figure they are check-worthy (the meteorologists' „bis zu 36 Grad“, the heat index's 110,
  the budget's first reading and final vote, the Bank of Japan's 200 billion yen, the Met's
  17 productions, Sahra's 2029 deliveries, Rövekamp's 400 cameras, the government's 18-week
  pledge for 92% of patients by March 2029); without one they are negatives ("Most analysts
  expect the next rate increase later in the year.", "Relief is not expected before the
  weekend.", "More heavy rain is forecast for the coming days."; forty-seventh,
  hundred-sixty-eighth).
- Other negatives (hundred-sixty-eighth, two-hundred-first, two-hundred-fourth): labels
  („den Rotstift an der falschen Stelle“, «Tropfen auf den heissen Stein», „Kahlschlag“, "a
  lifeline for rural America", "short-sighted and self-defeating", "a chilling
  indifference", "starting to bite", "nothing left to lose"), quotes of resolve, pride,
  regret and verdict, appeals without a measure („rief ... auf“, "urged"), a doubt
  („bezweifelte“), advice („Die DLRG rät“; hundred-fifty-second), an analysts' view
  ("Analysts said the order looked ambitious ..."), open questions („Ob ...“, "Whether ...",
  „Wie es zu dem Sturz kam, ist noch unklar.“), „Die Unfallursache war zunächst unklar.“
  (two-hundred-first: "The cause of the accident was not immediately clear."), "Her lawyer
  declined to comment." (an evasion; twenty-eighth, seventy-fifth, hundred-ninth) and vox
  pops and scene colour ("a neighbour told Reuters", "a Yucaipa resident said").
- Counts (every batch): tallies ("voted 64-34", "by 47 votes to 51", "by 221 votes to 207",
  "mit 131 zu 58 Stimmen bei 4 Enthaltungen"; hundred-forty-seventh: "voted 217-211";
  two-hundred-first: "voted 61 to 37"), "The nine-member board voted 7-2 ..., with two
  members proposing a hike to 1%" counts 9, 7, 2 and 2 (two-hundred-seventeenth: "voted 6-3
  ..., with three members backing a cut"), definite groups ("Zwei der Angeklagten", "11 of
  the suspects", "14 of 22 shots", "alle drei Breakbälle", "die fünf Zahlen und die zwei
  Sterne"; forty-first, hundred-fifty-third: "alle vier Duelle"), compounds headed by a
  figure ("a four-storey residential building" 4 - two-hundred-third: "the five-storey
  building" -, "einer fünfköpfigen Spitzengruppe" 5 - two-hundredth: "vierköpfige" -, "ein
  12-Punkte-Papier" 12 - the issue's "28-Punkte-Entwurf" -, "einen Top-20-Spieler" 20 -
  hundred-thirty-second: "a top-10 fixture"), "two dozen firearms" 24 and "rund ein Dutzend
  Dächer" 12 "about" (seventy-eighth, hundred-thirteenth), index points ("um 9,6 auf 47,1
  Punkte", "40,0 Zähler", "minus 62,3 Punkte", "bei 24.618 Punkten", "24.702 Zähler";
  seventy-eighth, hundred-sixty-fifth), temperatures ("35,4 Grad", "22,1 Grad", "bis zu 36
  Grad" "up_to", "mehr als 1.800 Grad Celsius", "98 degrees", "about 104 degrees";
  forty-fourth, hundred-eighty-fifth, two-hundred-fifteenth), "as high as 101 degrees
  Fahrenheit (38 degrees Celsius)" 101 "up_to" (eighty-seventh: "as high as $1.1768") and 38
  with no hedge of its own in brackets (eightieth), physical measures ("2.7 tonnes" 2.7, "at
  least 18 tonnes", "etwa 150 Metern", "71 Liter", "bis zu vier Zentimetern", "auf über
  zwölf Kilometer" "over", "rund 3900 Metern über Meer" and "etwa 300 Meter" "about", "more
  than 300 millimetres", "more than 18,000 acres" - thirteenth: "more than 12,000 acres" -,
  "in rund 120 Lichtjahren Entfernung" - eighth, seventy-first: "light years" -, "nach 182
  Kilometern", "by three lengths" 3; fourth, eighty-first), a multiple ("etwa zweieinhalbmal
  so schwer" 2.5 "about"; hundred-thirtieth: "fast dreieinhalbmal so viel"). New: "The heat
  index ... could reach 110" is count 110 - the index is read in degrees with the unit left
  unwritten, as "recorded 98 degrees" in the row before. None: "Hunderte" (seventeenth),
  scores and tie-breaks ("112-104", "a 3-2 lead", "7:6 (7:4), 6:3"; hundred-fifty-third),
  "A1" (two-hundred-first: "A7"), "EuroStoxx50" (eighteenth, twentieth), "Boeing 787" and
  "Airbus A350s" (type names; forty-eighth, hundred-twenty-fifth), "A&E", "more than
  doubled" (twenty-fifth: „mehr als verdoppelt“ none), "alle paar Jahre" and "seit Wochen".
- Ordinals (the issue; every batch): "die erste Hitzewelle" and "die erste Tropennacht" 1,
  "in erster Lesung" 1 (two-hundred-fourth), "die zweite Runde" 2, "den an Nummer sechs
  gesetzten Franzosen" 6 and "die Nummer 31 der Weltrangliste" 31 (thirtieth,
  hundred-fifty-third), "der erste Sieg" 1, "91st winner" 91, "the first day" 1, "die dritte
  Etappe" 3, "sein erster Etappensieg" 1, "auf dem vierten Platz" 4, "Game 6" 6
  (hundred-eighty-second: "Game 5"), "the third building collapse" 3, "the 71st swap" 71,
  "zum zweiten Mal in diesem Monat" 2 (hundred-seventy-sixth), "der vierte tödliche Unfall"
  4, "the second major flood" 2, "der zweitteuerste Einkauf" 2 (the issue's "die drittgrößte
  Stadt"), "am Ende der vierten Klasse" 4, "the first round" 1, "der achte
  Euromillionen-Jackpot" 8.
- Fractions (the issue; every batch): "fast ein Sechstel" 0.1667 "nearly"
  (hundred-forty-second: "gut ein Sechstel"), "Roughly four-fifths" 0.8 "about", "roughly
  one in four" 0.25 "about" (thirteenth: "About one in four"; hundred-fifty-eighth: "Nearly
  one in five"), "jeder dritte" 0.3333 (lower case inside the row), "rund ein Drittel"
  0.3333 "about", "Rund drei Viertel" 0.75 "about" (the issue's "drei Viertel"). New: the
  Swiss masculine "um einen Viertel" (Keystone-SDA spelling) is fraction 0.25, the same
  share as "ein Viertel".
- Percentages as written (every batch): "knapp 1,5 Prozent mehr als" "nearly" (the
  comparison after the figure, hundred-first), "discounts of 40% to 50%" both, "about 8%",
  "About 7%", "an average of 13.7%" with no hedge (hundred-sixty-eighth), "fast 40 Prozent"
  and "knapp 60 Prozent" "nearly", "up 9% from a year earlier", "12% contained"
  (hundred-sixty-fifth: "5% contained"), "a hike to 1%" and "the bank's 2% target".
- Durations and ages (the issue; every batch): "nach einer gut siebenstündigen Sitzung" 7
  hours "over" (the issue's "fünfstündigen"; "gut" "over", hundred-sixty-eighth), "ihrer
  dreitägigen Frühjahrskonferenz" 3 days, "a five-year farm bill" 5 years (the issue's "a
  two-week visit"), "the five-day meeting" 5 days (hundred-sixty-eighth: "the five-day
  Thanksgiving holiday"), "the three months through April" 3 months (hundred-fifty-second:
  "In the three months to January"), "in nearly three years" "nearly", "over 10 years" and
  "over eight years" with no hedge ("over" before a span, hundred-sixty-eighth), "after 72
  weeks", "the 18-week target" and "the 18-week standard" 18 weeks, "at least 24 years
  before he can be considered for parole" "at_least", "just under four hours" "under"
  (two-hundredth: "Just under"), "up to 20 years behind bars" "up_to", "more than two years"
  and "over 12 hours" "over", "innerhalb von drei Stunden" with no hedge ("within",
  hundred-sixtieth), "gut drei Stunden" "over", "in 41 minutes", "41 Sekunden", "in 24
  hours", "Fünf Wochen vor der Premiere" 5 weeks (hundred-ninety-seventh: "Drei Wochen vor
  der Gouverneurswahl"), "ein Jahr nur 19 Stunden" 19 hours ("ein Jahr" an article), "in
  etwa 30 Millionen Jahren" 30,000,000 years "about" (hundred-sixty-eighth: "rund 14
  Millionen Jahre alt"), "for most of the past three years" 3 years, "one minute and 38.4
  seconds" two durations (hundred-eighty-fifth: "1 minute and 41 seconds"). Ages are
  durations in years (sixty-third): "Der 24-Jährige", "Der 26-Jährige", "Der 21-Jährige",
  "Der 61-jährige Buslenker", "Ein 44-jähriger Alpinist", "ein 39-jähriger Landsmann", "a
  38-year-old Dutch national", "Connor Ashby, 29," and "Delroy Mensforth, 52,", "Glenda
  Whitcomb, 58,", "im Alter von 24 bis 37 Jahren" both (twenty-fifth,
  two-hundred-fifteenth), "jünger als 21 Jahre" "under" and "älter als 70 Jahre" "over"
  (eighty-third, hundred-ninetieth), and a horse's "The four-year-old" 4 years
  (eighty-first: "The 14-year-old mare"). None: "more than a year" and "in under a month"
  (an article, hundred-sixty-eighth: "for a week"), "in the year to March"
  (two-hundred-fourth), "on the year", "last season", "last year", "this year", "in diesem
  Jahr", "bis Mitte Juni", "im Vorjahreszeitraum", "bis Jahresende", months and weekdays
  ("im September", "in April", "am Sonntag", "Monday night", "in der Nacht auf Dienstag").
- Money in the currency written (every batch): EUR ("519,8 Milliarden Euro", "58,3
  Milliarden Euro", "84 Milliarden Euro", "rund 2,9 Millionen Euro" "about", "über 4
  Millionen Euro" "over", "3,4 Milliarden Euro", "212 Millionen Euro", "more than 3.2
  million euros" "over", "48,20 Euro", "rund 32 Millionen Euro" "about", "29,5 Millionen
  Euro", "41,6 Millionen Euro", "72,3 Millionen Euro"; "ein Übernahmeangebot ... über 52
  Euro je Aktie" with no hedge - "über" after a noun of amount names the sum, as "einen
  Vertrag über 48 Kampfhubschrauber", "neue Kredite über 2,1 Milliarden Dollar" and "Der
  Kredit über 32,5 Millionen Franken" (hundred-twenty-second, hundred-forty-first,
  two-hundred-eighteenth) -), USD ("about $1.46 trillion", "57,5 Milliarden Dollar", "$42
  million", "$71.3 million", "about $16 billion", "more than $3.4 million" "over", "$2.1
  million", "($265 million)" in brackets with no hedge; "bei 1,1684 Dollar" for the euro -
  two-hundred-seventeenth: "auf 1,1694 Dollar"), JPY ("about 200 billion yen", "400 billion
  yen", "158.20 per dollar" 158.2 JPY - hundred-forty-seventh: "147.20 per dollar"), CHF
  ("4,1 Milliarden Franken", "rund 18 Millionen Franken"), GBP ("a record 10.2 million
  pounds" and "a record 58.4 million pounds" with no hedge - "a record", twenty-third -,
  "3.15 million pounds", "200 million pounds", "70,000 pounds, up from 66,000" both in GBP -
  the currency written once serves the later figure, hundred-seventy-eighth: "312 Millionen
  Franken, nach 267 Millionen"), CNY ("1.9 billion yuan"; hundred-forty-first,
  hundred-fifty-seventh).
- Years and dates: "den Bundeshaushalt 2027", "bis 2035", "through 2031", "bis Ende 2028",
  "bis 2031", "seit 2019", "since 2016", "since 2023", "since early 2023", "in 2024", "since
  2015", "since 2019", "seit 2004", "in 2029", "a daily record set in 1953", "zwischen
  Oktober 2024 und Februar 2026" both, "im März 2025", "im Jänner 2024", "in February 2022",
  "in May 2022", "by March 2029" their years only (hundred-sixty-eighth: "im Juli 2023"),
  "its 2026-27 season" both years (forty-ninth: "the 2010-11 season"), "laut einem
  Branchenbericht 2025" 2025; "für den 27. November" --11-27, "von 22. Juli bis 23. August"
  --07-22 and --08-23 (the Austrian "von" without an article; "bis" no hedge), "on Sept. 24"
  --09-24, "from June 29 to July 12" --06-29 and --07-12; Reuters and AFP English datelines
  with a day ("LONDON, June 16 (Reuters)" twice, "TOKYO", "LAGOS", "KYIV", "DUBAI", "THE
  HAGUE, June 16 (AFP)", "PARIS", "BEIJING") --06-16 (hundred-forty-first,
  hundred-fifty-seventh: "LONDON, June 12 (Reuters)"); dpa, APA, Keystone-SDA, Reuters
  German, AP ("WASHINGTON (AP) —", "CHICAGO (AP) —") and PA ("LONDON (PA) -", "ASCOT (PA)
  -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "in etwa", "about", "About",
  "around", "Around", "roughly", "Roughly", "Some" "about"; "knapp", "fast", "nearly"
  "nearly"; "mehr als", "über" and "auf über" before a figure, "gut", "älter als", "more
  than", "More than", "over" before a figure "over"; "just under", "jünger als" "under";
  "bis zu", "up to", "as high as" "up_to"; "mindestens", "at least", "At least" "at_least".
  No hedge: "insgesamt", "zusammen", "allein", "Allein", "nur", "bereits", "zusätzlich", "an
  average of", "a record", "innerhalb von", "bis" in a range, "over" before a span, "über"
  after a noun of amount, "mehr" and "mehr als" after a figure, "up from", "down from",
  "instead of", "from ... to".
- Speakers, checked only in forms the earlier batches settled: "Finanzminister Gerold
  Wenzlaff sagte, ...", "Bundesrätin Nathalie Rochat sagte, ...", "Vorstandschefin Ulrike
  Brenninger sagte, ...", "Studienleiterin Johanna Tiedemann sagte, ...",
  "Konferenzvorsitzender Malte Rövekamp sagte, ...", "Intendantin Irmgard Flatz sagte, ..."
  and "DLRG-Präsidentin Sabine Kohlhaas sagte, ..." the name with the title dropped
  (hundred-sixty-eighth; two-hundred-first: "Statistik-Austria-Generaldirektor Bernhard
  Stelzhammer sagte"); "teilte ein Gerichtssprecher mit" as written (hundred-fifty-second),
  "teilte das Unternehmen mit", "teilte die Landeswarnzentrale mit", "teilte die Messe mit",
  "teilte die Polizei mit", "teilte die Kantonspolizei Wallis mit", "teilte der Verein am
  Dienstag mit" and "teilten die Österreichischen Lotterien am Dienstag mit" with the
  weekday dropped; "wie das Leibniz-Zentrum für Europäische Wirtschaftsforschung am Dienstag
  mitteilte" -> "das Leibniz-Zentrum für Europäische Wirtschaftsforschung" (the weekday
  dropped; hundred-sixty-fifth, hundred-sixty-eighth, two-hundred-first - the
  two-hundred-fourth left "wie ... mitteilte" unchecked, the earlier batches check it in the
  great majority of their rows, and this batch follows the majority); "laut GeoSphere
  Austria" -> "GeoSphere Austria" as written (thirtieth: "laut Polizei"; two-hundred-first:
  "laut Sozialministerium"); "nach Angaben der Polizei" -> "die Polizei" and "nach Angaben
  der DLRG" -> "die DLRG" (the source in the nominative, seventieth). English: "Europol
  said" and "Cal Fire said" as written (thirteenth), "the Lagos State Emergency Management
  Agency said", "the National Weather Service said" and "the Metropolitan Police said" with
  the article (eightieth), "The Office for National Statistics said ..." and "The Royal
  College of Emergency Medicine said ..." opening the row -> the article in lower case
  (hundred-sixtieth), "according to the Congressional Budget Office" with its article
  (hundred-fifty-second), "according to HM Revenue and Customs" as written (ninety-eighth:
  "according to Ofgem"), "Governor Hiroshi Tsukamura told reporters" -> "Hiroshi Tsukamura"
  (hundred-sixty-eighth: "Information Minister Rajiv Menon told reporters"), "General
  manager Howard Pelletier said", "Lead author Mariana Esteves said" and "Chair Fiona
  Lockhart said" the name with the role dropped (hundred-sixty-eighth), "Ukraine's human
  rights commissioner, Ostap Hrytsenko, said" the name in apposition (hundred-forty-second:
  "Ukraine's human rights commissioner, Mykola Tkach, said"), "organisers said" ->
  "organisers" (hundred-fifty-third), "Sahra Airways said" and "Corvane said" as written
  (two-hundred-first: "Chirply said"). Left unchecked (None): "official figures showed",
  "according to NHS England figures", "according to a study published on Tuesday", "laut
  Anklage", "Nach Zahlen des Bundeskriminalamts", "laut einem Branchenbericht",
  "Medienberichten zufolge" (documents, hundred-sixtieth), "Economists surveyed by Reuters",
  "officials said", "emergency officials said", "State officials said", "both sides said",
  "Belgian police said", "according to industry consultants", "state media reported"
  (groups; forty-first), "Prosecutors said" (the earlier batches check it in a few rows -
  sixth, seventy-eighth - and leave it in most - hundred-eighteenth, hundred-forty-first,
  hundred-forty-seventh, two-hundred-nineteenth; this batch follows the majority), "A
  Treasury spokesperson said", "sagte ein Händler", "sagte ein Sprecher der Lotterien" (a
  role without a name, hundred-fifteenth), "Russia's defence ministry said" (a possessive
  heading the source, eighty-third), "the local weather bureau said", "Xinhua news agency
  said", "developer Corvane Therapeutics said" (a description before or after the name,
  fortieth), "the Old Bailey heard" (hundred-forty-ninth: "the court heard"), "berichtet das
  Team" (hundred-thirty-eighth: "schreibt X"), "the All England Club announced" and "Kyiv
  counts it" (no verb of saying, hundred-twentieth), and all negatives, also those with a
  named speaker. New: "the company said Tuesday" (the Met Opera) and "the Gulf carrier said"
  (Sahra Airways) in a dateline lead that names the body earlier in the same row are left
  unchecked - a description standing in for a name the row already gives, unlike "the agency
  said" in a later row (hundred-twenty-third), which the earlier batches settled.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_227 = [
    # --- Kabinett beschließt Haushaltsentwurf 2027 (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Bundeskabinett hat am Dienstag nach einer gut siebenstündigen Sitzung den Entwurf für den Bundeshaushalt 2027 beschlossen.",
        True,
        [("duration", 7, "hour", "over"), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Vorgesehen sind Ausgaben von 519,8 Milliarden Euro und damit knapp 1,5 Prozent mehr als in diesem Jahr.",
        True,
        [("money", 519800000000, "EUR", None), ("percent", 1.5, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Finanzminister Gerold Wenzlaff sagte, die Nettokreditaufnahme im Kernhaushalt solle auf 58,3 Milliarden Euro sinken.",
        True,
        [("money", 58300000000, "EUR", None)],
        "Gerold Wenzlaff",
    ),
    ("de", "„Dieser Etat ist ein Haushalt der Vernunft und kein Wunschzettel“, sagte Wenzlaff.", False, [], None),
    (
        "de",
        "Für Investitionen sind 84 Milliarden Euro eingeplant, fast ein Sechstel der Gesamtausgaben.",
        True,
        [("money", 84000000000, "EUR", None), ("fraction", 0.1667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Bundestag soll den Entwurf im September in erster Lesung beraten, die Schlussabstimmung ist für den 27. November geplant.",
        True,
        [("ordinal", 1, None, None), ("date", "--11-27", None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen warfen der Koalition vor, bei Klimaschutz und Bildung „den Rotstift an der falschen Stelle“ anzusetzen.",
        False,
        [],
        None,
    ),
    # --- UK unemployment (Reuters) ---
    (
        "en",
        "LONDON, June 16 (Reuters) - Britain's jobless rate has risen to 5.2%, the highest since 2016 if the pandemic is excluded, figures covering the three months through April showed on Tuesday.",
        True,
        [
            ("date", "--06-16", None, None),
            ("percent", 5.2, "%", None),
            ("year", 2016, None, None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Economists surveyed by Reuters had pencilled in an unchanged reading of 5.1%.",
        True,
        [("percent", 5.1, "%", None)],
        None,
    ),
    (
        "en",
        "The Office for National Statistics said growth in regular pay, which excludes bonuses, slowed to 4.6% on the year, its weakest in nearly three years.",
        True,
        [("percent", 4.6, "%", None), ("duration", 3, "year", "nearly")],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Payrolled employment dropped by 109,000 in May, according to HM Revenue and Customs.",
        True,
        [("count", 109000, None, None)],
        "HM Revenue and Customs",
    ),
    (
        "en",
        "Job vacancies fell to 697,000, down 2.1% on the previous quarter.",
        True,
        [("count", 697000, None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        '"The labour market is cooling at a pace that should worry the Bank of England," said Tobias Renwick, an economist at Harcourt Lane Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Treasury spokesperson said more than 400,000 people had moved into work since the government took office.",
        True,
        [("count", 400000, None, "over")],
        None,
    ),
    # --- Erste Hitzewelle (APA) ---
    (
        "de",
        "Wien (APA) - Die erste Hitzewelle des Sommers hat Österreich erreicht: In Bad Deutsch-Altenburg wurden am Dienstag 35,4 Grad gemessen.",
        True,
        [("ordinal", 1, None, None), ("count", 35.4, None, None)],
        None,
    ),
    ("de", "Das war laut GeoSphere Austria der bisher höchste Wert des Jahres.", True, [], "GeoSphere Austria"),
    (
        "de",
        "In der Wiener Innenstadt wurde in der Nacht auf Dienstag mit einem Tiefstwert von 22,1 Grad die erste Tropennacht des Jahres registriert.",
        True,
        [("count", 22.1, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Meteorologen erwarten bis Sonntag im Osten bis zu 36 Grad.",
        True,
        [("count", 36, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Vor 30 Jahren hätte man solche Werte Mitte Juni für einen Ausreißer gehalten“, sagte ein Klimaforscher der Universität für Bodenkultur.",
        False,
        [("duration", 30, "year", None)],
        None,
    ),
    (
        "de",
        "Das Gesundheitsministerium rief ältere und chronisch kranke Menschen auf, sich in der Mittagshitze nicht im Freien aufzuhalten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wiener Bäder zählten allein am Montag knapp 41.000 Besucherinnen und Besucher.",
        True,
        [("count", 41000, None, "nearly")],
        None,
    ),
    # --- Senate passes farm bill (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Senate voted 64-34 on Tuesday to pass a five-year farm bill that extends crop insurance and food aid programs through 2031.",
        True,
        [
            ("count", 64, None, None),
            ("count", 34, None, None),
            ("duration", 5, "year", None),
            ("year", 2031, None, None),
        ],
        None,
    ),
    (
        "en",
        "The measure would cost about $1.46 trillion over 10 years, according to the Congressional Budget Office.",
        True,
        [("money", 1460000000000, "USD", "about"), ("duration", 10, "year", None)],
        "the Congressional Budget Office",
    ),
    (
        "en",
        "Roughly four-fifths of that money goes to the Supplemental Nutrition Assistance Program, which serves about 41 million people.",
        True,
        [("fraction", 0.8, None, "about"), ("count", 41000000, None, "about")],
        None,
    ),
    (
        "en",
        "Democrats failed by 47 votes to 51 to strip a provision that tightens work requirements for adults without children.",
        True,
        [("count", 47, None, None), ("count", 51, None, None)],
        None,
    ),
    (
        "en",
        'Agriculture Committee Chairman Dale Prewitt, a Kansas Republican, called the bill "a lifeline for rural America."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The House passed its own version in May by 221 votes to 207, and the two chambers must now settle their differences.",
        True,
        [("count", 221, None, None), ("count", 207, None, None)],
        None,
    ),
    ("en", "Whether a final bill reaches the president's desk before the August recess is uncertain.", False, [], None),
    # --- Nationalrat bewilligt Bahnmilliarden (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Für den Ausbau der Bahninfrastruktur bis 2035 hat der Nationalrat am Dienstag zusätzlich 4,1 Milliarden Franken bewilligt.",
        True,
        [("year", 2035, None, None), ("money", 4100000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel mit 131 zu 58 Stimmen bei 4 Enthaltungen.",
        True,
        [("count", 131, None, None), ("count", 58, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Bundesrätin Nathalie Rochat sagte, mit dem Geld könnten unter anderem 17 Projekte in der Westschweiz und im Tessin vorgezogen werden.",
        True,
        [("count", 17, None, None)],
        "Nathalie Rochat",
    ),
    ("de", "«Wer heute beim Bahnausbau spart, steht morgen im Stau», sagte Rochat.", False, [], None),
    (
        "de",
        "Die SVP-Fraktion hatte verlangt, den Kredit um einen Viertel zu kürzen, und unterlag deutlich.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Als Nächstes befasst sich der Ständerat mit der Vorlage, die kleine Kammer berät sie in der Herbstsession.",
        True,
        [],
        None,
    ),
    ("de", "Die Grünen sprachen von einem «Tropfen auf den heissen Stein».", False, [], None),
    # --- Bank of Japan holds rates (Reuters) ---
    (
        "en",
        "TOKYO, June 16 (Reuters) - Japan's central bank left its short-term policy rate unchanged at 0.75% on Tuesday, as widely expected, and slowed the pace at which it trims its bond buying.",
        True,
        [("date", "--06-16", None, None), ("percent", 0.75, "%", None)],
        None,
    ),
    (
        "en",
        "The nine-member board voted 7-2 for the decision, with two members proposing a hike to 1%.",
        True,
        [
            ("count", 9, None, None),
            ("count", 7, None, None),
            ("count", 2, None, None),
            ("count", 2, None, None),
            ("percent", 1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "From April, the bank will reduce its monthly purchases of government bonds by about 200 billion yen each quarter instead of 400 billion yen.",
        True,
        [("money", 200000000000, "JPY", "about"), ("money", 400000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        'Governor Hiroshi Tsukamura told reporters that underlying inflation was "steadily approaching" the bank\'s 2% target.',
        True,
        [("percent", 2, "%", None)],
        "Hiroshi Tsukamura",
    ),
    (
        "en",
        "The yen weakened 0.4% to 158.20 per dollar after the decision.",
        True,
        [("percent", 0.4, "%", None), ("money", 158.2, "JPY", None)],
        None,
    ),
    (
        "en",
        '"The BOJ is in no hurry, and the market knows it," said Ayumi Kondo, chief strategist at Sakuragawa Securities.',
        False,
        [],
        None,
    ),
    ("en", "Most analysts expect the next rate increase later in the year.", False, [], None),
    # --- ZEW-Konjunkturerwartungen (Reuters) ---
    (
        "de",
        "Mannheim (Reuters) - Unter Finanzexperten in Deutschland hat sich die Stimmung im Juni überraschend kräftig aufgehellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Barometer der ZEW-Konjunkturerwartungen stieg um 9,6 auf 47,1 Punkte, wie das Leibniz-Zentrum für Europäische Wirtschaftsforschung am Dienstag mitteilte.",
        True,
        [("count", 9.6, None, None), ("count", 47.1, None, None)],
        "das Leibniz-Zentrum für Europäische Wirtschaftsforschung",
    ),
    (
        "de",
        "Analysten hatten in einer Reuters-Umfrage nur einen Anstieg auf 40,0 Zähler vorhergesagt.",
        True,
        [("count", 40.0, None, None)],
        None,
    ),
    (
        "de",
        "Die Einschätzung der aktuellen Lage verbesserte sich nur leicht auf minus 62,3 Punkte.",
        True,
        [("count", -62.3, None, None)],
        None,
    ),
    (
        "de",
        "Für die Erhebung wurden 172 Analysten und institutionelle Anleger befragt.",
        True,
        [("count", 172, None, None)],
        None,
    ),
    (
        "de",
        "„Die Zollsorgen rücken in den Hintergrund, die Investitionspakete in den Vordergrund“, sagte ZEW-Präsident Kilian Osterwald.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die bessere Stimmung auch in den Betrieben ankommt, dürfte sich erst im Herbst zeigen.",
        False,
        [],
        None,
    ),
    # --- Europol cocaine raids (AFP) ---
    (
        "en",
        "THE HAGUE, June 16 (AFP) - Police arrested 43 people in coordinated raids across nine countries against a cocaine trafficking network, Europol said on Tuesday.",
        True,
        [("date", "--06-16", None, None), ("count", 43, None, None), ("count", 9, None, None)],
        "Europol",
    ),
    (
        "en",
        "Investigators seized 2.7 tonnes of cocaine, two dozen firearms and more than 3.2 million euros in cash.",
        True,
        [("count", 2.7, None, None), ("count", 24, None, None), ("money", 3200000, "EUR", "over")],
        None,
    ),
    (
        "en",
        "The network is suspected of smuggling at least 18 tonnes of the drug into Europe through Antwerp and Rotterdam since 2023.",
        True,
        [("count", 18, None, "at_least"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Among those detained was a 38-year-old Dutch national whom investigators believe to be the network's chief organiser.",
        True,
        [("duration", 38, "year", None)],
        None,
    ),
    (
        "en",
        "Belgian police said 11 of the suspects were picked up in Antwerp alone.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        '"Organised crime is eating away at the foundations of our societies," Europol\'s executive director said.',
        False,
        [],
        None,
    ),
    # --- Prozess gegen Automatensprenger (dpa) ---
    (
        "de",
        "Köln (dpa) - Fünf mutmaßliche Geldautomatensprenger stehen seit Dienstag vor dem Landgericht Köln.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Männer im Alter von 24 bis 37 Jahren sollen zwischen Oktober 2024 und Februar 2026 insgesamt 23 Automaten in Nordrhein-Westfalen und Niedersachsen gesprengt haben.",
        True,
        [
            ("duration", 24, "year", None),
            ("duration", 37, "year", None),
            ("year", 2024, None, None),
            ("year", 2026, None, None),
            ("count", 23, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Beute summiert sich laut Anklage auf rund 2,9 Millionen Euro, den Sachschaden beziffern die Ermittler auf über 4 Millionen Euro.",
        True,
        [("money", 2900000, "EUR", "about"), ("money", 4000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Zwei der Angeklagten räumten die Vorwürfe über ihre Verteidiger teilweise ein.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bei der Sprengung in Bergisch Gladbach im März 2025 war ein Wohnhaus so schwer beschädigt worden, dass zwölf Bewohner ausziehen mussten.",
        True,
        [("year", 2025, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "„Wer nachts in Wohnhäusern Sprengsätze zündet, nimmt den Tod von Menschen in Kauf“, sagte der Oberstaatsanwalt vor Prozessbeginn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Gericht hat zunächst 19 Verhandlungstage bis Ende Oktober angesetzt, teilte ein Gerichtssprecher mit.",
        True,
        [("count", 19, None, None)],
        "ein Gerichtssprecher",
    ),
    # --- Bus stop murder (PA) ---
    (
        "en",
        "LONDON (PA) - A man who knifed a stranger at a south London bus stop has been given a life sentence and must serve at least 24 years before he can be considered for parole.",
        True,
        [("duration", 24, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Connor Ashby, 29, attacked Delroy Mensforth, 52, in Peckham in November last year after a row over a cigarette, the Old Bailey heard.",
        True,
        [("duration", 29, "year", None), ("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "Jurors took just under four hours to convict him of murder in April.",
        True,
        [("duration", 4, "hour", "under")],
        None,
    ),
    (
        "en",
        'Judge Miriam Caldecott said Ashby had displayed "a chilling indifference" throughout the trial.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Mr Mensforth\'s daughter said in a statement read to the court that her father had been "the heart of our family".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Offences involving a knife in the capital rose 6% in the year to March, the Metropolitan Police said.",
        True,
        [("percent", 6, "%", None)],
        "the Metropolitan Police",
    ),
    # --- Zulieferer streicht Stellen (dpa) ---
    (
        "de",
        "Stuttgart (dpa) - Der Autozulieferer Kessler Antriebstechnik streicht bis Ende 2028 rund 1.800 seiner 11.500 Stellen in Deutschland.",
        True,
        [("year", 2028, None, None), ("count", 1800, None, "about"), ("count", 11500, None, None)],
        None,
    ),
    (
        "de",
        "Geschlossen werden sollen zwei Werke in Thüringen und im Saarland mit zusammen gut 600 Beschäftigten, teilte das Unternehmen mit.",
        True,
        [("count", 2, None, None), ("count", 600, None, "over")],
        "das Unternehmen",
    ),
    (
        "de",
        "Kessler hatte im vergangenen Jahr bei einem Umsatz von 3,4 Milliarden Euro einen Verlust von 212 Millionen Euro geschrieben.",
        True,
        [("money", 3400000000, "EUR", None), ("money", 212000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschefin Ulrike Brenninger sagte, die Nachfrage nach Getrieben für Verbrennungsmotoren sei seit 2019 um fast 40 Prozent eingebrochen.",
        True,
        [("year", 2019, None, None), ("percent", 40, "%", "nearly")],
        "Ulrike Brenninger",
    ),
    ("de", "„Wir bedauern diesen Schritt zutiefst, aber er ist unausweichlich“, sagte Brenninger.", False, [], None),
    ("de", "Die IG Metall sprach von einem „Kahlschlag“ und kündigte Widerstand an.", False, [], None),
    # --- Building collapse in Lagos (Reuters) ---
    (
        "en",
        "LAGOS, June 16 (Reuters) - At least 14 people were killed when a four-storey residential building collapsed in Lagos late on Monday, emergency officials said on Tuesday.",
        True,
        [("date", "--06-16", None, None), ("count", 14, None, "at_least"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Rescuers pulled 37 people alive from the rubble, the Lagos State Emergency Management Agency said.",
        True,
        [("count", 37, None, None)],
        "the Lagos State Emergency Management Agency",
    ),
    (
        "en",
        "Around 60 people are believed to have been inside when the structure gave way.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    ("en", "It was the third building collapse in the city since March.", True, [("ordinal", 3, None, None)], None),
    (
        "en",
        "State officials said the building had been marked for demolition in 2024 but was still occupied.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    ("en", '"We heard a loud crack and then everything came down," a neighbour told Reuters.', False, [], None),
    # --- Unwetter in Tirol und Salzburg (APA) ---
    (
        "de",
        "Innsbruck (APA) - In Tirol und Salzburg haben schwere Gewitter mit Starkregen und Hagel in der Nacht auf Dienstag mehr als 400 Feuerwehreinsätze ausgelöst.",
        True,
        [("count", 400, None, "over")],
        None,
    ),
    (
        "de",
        "Im Ötztal verschüttete eine Mure die Landesstraße auf einer Länge von etwa 150 Metern.",
        True,
        [("count", 150, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 1.200 Urlauber und Einheimische waren in Sölden vorübergehend von der Außenwelt abgeschnitten, teilte die Landeswarnzentrale mit.",
        True,
        [("count", 1200, None, "about")],
        "die Landeswarnzentrale",
    ),
    (
        "de",
        "An der Messstation Umhausen fielen innerhalb von drei Stunden 71 Liter Regen pro Quadratmeter.",
        True,
        [("duration", 3, "hour", None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Hagelkörner mit bis zu vier Zentimetern Durchmesser beschädigten Hunderte Autos, Sturmböen deckten rund ein Dutzend Dächer ab.",
        True,
        [("count", 4, None, "up_to"), ("count", 12, None, "about")],
        None,
    ),
    ("de", "Verletzt wurde nach Angaben der Polizei niemand.", True, [], "die Polizei"),
    (
        "de",
        "„So ein Unwetter erlebt man hier zum Glück nur alle paar Jahre“, sagte der Bürgermeister von Sölden.",
        False,
        [],
        None,
    ),
    # --- Heat dome over the Midwest (AP) ---
    (
        "en",
        "CHICAGO (AP) — More than 95 million people across the Midwest and Northeast were under heat alerts on Tuesday as a heat dome pushed temperatures as high as 101 degrees Fahrenheit (38 degrees Celsius).",
        True,
        [("count", 95000000, None, "over"), ("count", 101, None, "up_to"), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Chicago's O'Hare airport recorded 98 degrees on Monday, breaking a daily record set in 1953, the National Weather Service said.",
        True,
        [("count", 98, None, None), ("year", 1953, None, None)],
        "the National Weather Service",
    ),
    (
        "en",
        "The heat index, which factors in humidity, could reach 110 in parts of Ohio and Pennsylvania.",
        True,
        [("count", 110, None, None)],
        None,
    ),
    (
        "en",
        "Cities across the region opened more than 250 cooling centers, officials said.",
        True,
        [("count", 250, None, "over")],
        None,
    ),
    ("en", 'Chicago\'s mayor urged residents to "check on your neighbors, especially the elderly."', False, [], None),
    ("en", "Relief is not expected before the weekend.", False, [], None),
    # --- Berghoff in Halle weiter (dpa) ---
    (
        "de",
        "Halle/Westfalen (dpa) - Tennisprofi Lennart Berghoff ist beim Rasenturnier in Halle in die zweite Runde eingezogen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 24-Jährige besiegte den an Nummer sechs gesetzten Franzosen Théo Lacombe mit 7:6 (7:4), 6:3.",
        True,
        [("duration", 24, "year", None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Für Berghoff war es der erste Sieg gegen einen Top-20-Spieler in diesem Jahr.",
        True,
        [("ordinal", 1, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Er schlug 14 Asse und wehrte alle drei Breakbälle ab.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "„Auf Rasen fühle ich mich einfach zu Hause“, sagte Berghoff.", False, [], None),
    (
        "de",
        "Am Donnerstag trifft er auf den Kanadier Owen Labrecque, die Nummer 31 der Weltrangliste.",
        True,
        [("ordinal", 31, None, None)],
        None,
    ),
    # --- Royal Ascot opening day (PA) ---
    (
        "en",
        "ASCOT (PA) - Irish-trained colt Silver Comet won the Queen Anne Stakes by three lengths on the opening day of Royal Ascot on Tuesday.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The four-year-old, ridden by Ciarán Doyle, covered the mile in one minute and 38.4 seconds.",
        True,
        [("duration", 4, "year", None), ("duration", 1, "minute", None), ("duration", 38.4, "second", None)],
        None,
    ),
    (
        "en",
        "It was trainer Declan Fennelly's 91st winner at the royal meeting.",
        True,
        [("ordinal", 91, None, None)],
        None,
    ),
    (
        "en",
        "A crowd of around 52,000 attended the first day of the five-day meeting, organisers said.",
        True,
        [("count", 52000, None, "about"), ("ordinal", 1, None, None), ("duration", 5, "day", None)],
        "organisers",
    ),
    (
        "en",
        "Total prize money at this year's meeting is a record 10.2 million pounds.",
        True,
        [("money", 10200000, "GBP", None)],
        None,
    ),
    ("en", "\"He's the best horse I've ever sat on,\" Doyle said.", False, [], None),
    # --- Tour de Suisse, 3. Etappe (Keystone-SDA) ---
    (
        "de",
        "Aarau (Keystone-SDA) - Der Berner Simon Aeschlimann hat die dritte Etappe der Tour de Suisse gewonnen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der 26-Jährige setzte sich nach 182 Kilometern im Sprint einer fünfköpfigen Spitzengruppe durch.",
        True,
        [("duration", 26, "year", None), ("count", 182, None, None), ("count", 5, None, None)],
        None,
    ),
    ("de", "Es ist sein erster Etappensieg bei einer Landesrundfahrt.", True, [("ordinal", 1, None, None)], None),
    (
        "de",
        "Im Gesamtklassement liegt Aeschlimann neu auf dem vierten Platz, 41 Sekunden hinter dem Belgier Wout Declercq.",
        True,
        [("ordinal", 4, None, None), ("duration", 41, "second", None)],
        None,
    ),
    ("de", "«Ich habe seit Wochen auf diesen Tag hingearbeitet», sagte Aeschlimann im Ziel.", False, [], None),
    (
        "de",
        "Die Rundfahrt endet am Sonntag nach acht Etappen mit einem Bergzeitfahren auf den Oberalppass.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    # --- NBA Finals, Game 5 (AP) ---
    (
        "en",
        "OKLAHOMA CITY (AP) — Andre Whitlock scored 38 points and the Oklahoma City Thunder beat the Boston Celtics 112-104 on Monday night to take a 3-2 lead in the NBA Finals.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Whitlock made 14 of 22 shots and added nine assists in 41 minutes.",
        True,
        [
            ("count", 14, None, None),
            ("count", 22, None, None),
            ("count", 9, None, None),
            ("duration", 41, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "Boston's Tyrese Colbert had 27 points, but the Celtics committed 19 turnovers.",
        True,
        [("count", 27, None, None), ("count", 19, None, None)],
        None,
    ),
    ("en", 'Celtics coach Marcus Dunleavy said his team had "nothing left to lose."', False, [], None),
    ("en", "Game 6 is Thursday night in Boston.", True, [("ordinal", 6, None, None)], None),
    ("en", '"Nobody in that locker room is satisfied yet," Thunder coach Rick Halvorsen said.', False, [], None),
    # --- Art Basel öffnet (Keystone-SDA) ---
    (
        "de",
        "Basel (Keystone-SDA) - Für geladene Sammlerinnen und Sammler hat die Art Basel am Dienstag ihre Tore geöffnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In diesem Jahr stellen 289 Galerien aus 42 Ländern aus, teilte die Messe mit.",
        True,
        [("count", 289, None, None), ("count", 42, None, None)],
        "die Messe",
    ),
    (
        "de",
        "Das teuerste Werk, ein Gemälde von Ferdinand Hodler, wird für rund 18 Millionen Franken angeboten.",
        True,
        [("money", 18000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr hatte die Messe rund 91'000 Besucherinnen und Besucher gezählt.",
        True,
        [("count", 91000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Umsätze am globalen Kunstmarkt sind laut einem Branchenbericht 2025 um 12 Prozent zurückgegangen, auf 57,5 Milliarden Dollar.",
        True,
        [("year", 2025, None, None), ("percent", 12, "%", None), ("money", 57500000000, "USD", None)],
        None,
    ),
    ("de", "«Die Stimmung unter den Sammlern ist besser als die Zahlen», sagte ein Zürcher Galerist.", False, [], None),
    # --- Met Opera trims its season (AP) ---
    (
        "en",
        "NEW YORK (AP) — The Metropolitan Opera will stage 17 productions in its 2026-27 season, down from 19, as it tries to close a budget gap, the company said Tuesday.",
        True,
        [("count", 17, None, None), ("year", 2026, None, None), ("year", 2027, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The opera house drew $42 million from its endowment last season, about 8% of the fund's value.",
        True,
        [("money", 42000000, "USD", None), ("percent", 8, "%", "about")],
        None,
    ),
    (
        "en",
        "Ticket revenue rose 5% to $71.3 million but remains below its level before the pandemic.",
        True,
        [("percent", 5, "%", None), ("money", 71300000, "USD", None)],
        None,
    ),
    (
        "en",
        "General manager Howard Pelletier said the number of performances would fall to 198 from 214.",
        True,
        [("count", 198, None, None), ("count", 214, None, None)],
        "Howard Pelletier",
    ),
    ("en", '"Art on this scale has never paid for itself, and it never will," Pelletier said.', False, [], None),
    ("en", 'The union representing the orchestra called the cuts "short-sighted and self-defeating."', False, [], None),
    # --- Planet mit 19-Stunden-Jahr (dpa) ---
    (
        "de",
        "Heidelberg (dpa) - Astronomen haben in rund 120 Lichtjahren Entfernung einen Planeten entdeckt, auf dem ein Jahr nur 19 Stunden dauert.",
        True,
        [("count", 120, None, "about"), ("duration", 19, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Gasriese ist etwa zweieinhalbmal so schwer wie Jupiter, berichtet das Team im Fachjournal „Astronomy & Astrophysics“.",
        True,
        [("count", 2.5, None, "about")],
        None,
    ),
    (
        "de",
        "An seiner Oberfläche herrschen demnach Temperaturen von mehr als 1.800 Grad Celsius.",
        True,
        [("count", 1800, None, "over")],
        None,
    ),
    (
        "de",
        "Studienleiterin Johanna Tiedemann sagte, der Planet werde in etwa 30 Millionen Jahren von seinem Stern verschluckt.",
        True,
        [("duration", 30000000, "year", "about")],
        "Johanna Tiedemann",
    ),
    (
        "de",
        "„Solche Welten stellen unser Bild von der Entstehung der Planeten auf den Kopf“, sagte Tiedemann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bislang sind mehr als 6.000 Planeten außerhalb unseres Sonnensystems bestätigt.",
        True,
        [("count", 6000, None, "over")],
        None,
    ),
    # --- Coral bleaching study (AFP) ---
    (
        "en",
        "PARIS, June 16 (AFP) - Mass bleaching has hit 84% of the world's coral reefs since early 2023, the most extensive event ever recorded, according to a study published on Tuesday.",
        True,
        [("date", "--06-16", None, None), ("percent", 84, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The researchers analysed satellite and survey data from 83 countries and territories.",
        True,
        [("count", 83, None, None)],
        None,
    ),
    (
        "en",
        "Lead author Mariana Esteves said roughly one in four affected reefs had shown signs of recovery by the end of last year.",
        True,
        [("fraction", 0.25, None, "about")],
        "Mariana Esteves",
    ),
    ("en", '"We are watching an ecosystem unravel in real time," Esteves said.', False, [], None),
    (
        "en",
        "Sea surface temperatures have been at or near record highs for most of the past three years.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    ("en", "Conservation groups urged governments to cut emissions faster.", False, [], None),
    # --- Busunfall auf der Westautobahn (APA) ---
    (
        "de",
        "St. Pölten (APA) - Bei einem Unfall mit einem Reisebus auf der Westautobahn (A1) bei Melk sind am Dienstagvormittag 23 Menschen verletzt worden, drei davon schwer.",
        True,
        [("count", 23, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Bus mit 46 Pensionistinnen und Pensionisten aus Oberösterreich war auf einen Lkw aufgefahren, teilte die Polizei mit.",
        True,
        [("count", 46, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Der 61-jährige Buslenker wurde eingeklemmt und musste von der Feuerwehr befreit werden.",
        True,
        [("duration", 61, "year", None)],
        None,
    ),
    (
        "de",
        "Die A1 blieb in Richtung Wien gut drei Stunden gesperrt, der Rückstau wuchs zeitweise auf über zwölf Kilometer.",
        True,
        [("duration", 3, "hour", "over"), ("count", 12, None, "over")],
        None,
    ),
    (
        "de",
        "Drei Notarzthubschrauber und rund 70 Einsatzkräfte standen im Einsatz.",
        True,
        [("count", 3, None, None), ("count", 70, None, "about")],
        None,
    ),
    ("de", "Die Unfallursache war zunächst unklar.", False, [], None),
    # --- Prisoner swap (Reuters) ---
    (
        "en",
        "KYIV, June 16 (Reuters) - Russia and Ukraine each handed over 146 prisoners of war on Tuesday under a deal the United Arab Emirates had mediated, both sides said.",
        True,
        [("date", "--06-16", None, None), ("count", 146, None, None)],
        None,
    ),
    (
        "en",
        "Kyiv counts it as the 71st swap since Moscow sent its troops across the border in February 2022.",
        True,
        [("ordinal", 71, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Among those freed were 19 soldiers who had been held since the fall of Mariupol in May 2022.",
        True,
        [("count", 19, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's human rights commissioner, Ostap Hrytsenko, said more than 8,000 Ukrainians were still held in Russian captivity.",
        True,
        [("count", 8000, None, "over")],
        "Ostap Hrytsenko",
    ),
    ("en", '"We will not rest until every one of them is home," Hrytsenko said.', False, [], None),
    (
        "en",
        "Russia's defence ministry said the returned servicemen were being treated in military hospitals near Moscow.",
        True,
        [],
        None,
    ),
    # --- Dax auf Rekordhoch (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Der Dax hat am Dienstag dank überraschend guter Konjunkturdaten zum zweiten Mal in diesem Monat ein Rekordhoch erreicht.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der deutsche Leitindex schloss 1,1 Prozent höher bei 24.618 Punkten, in der Spitze hatte er 24.702 Zähler erreicht.",
        True,
        [("percent", 1.1, "%", None), ("count", 24618, None, None), ("count", 24702, None, None)],
        None,
    ),
    ("de", "Der EuroStoxx50 gewann 0,8 Prozent.", True, [("percent", 0.8, "%", None)], None),
    (
        "de",
        "Gefragt waren Aktien des Windparkbetreibers Nordwelle Energie, die um 13,7 Prozent auf 48,20 Euro hochschossen.",
        True,
        [("percent", 13.7, "%", None), ("money", 48.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auslöser war ein Übernahmeangebot des dänischen Versorgers Havskov über 52 Euro je Aktie.",
        True,
        [("money", 52, "EUR", None)],
        None,
    ),
    ("de", "„Die Anleger blenden die Risiken derzeit weitgehend aus“, sagte ein Händler.", False, [], None),
    ("de", "Der Euro notierte am Abend bei 1,1684 Dollar.", True, [("money", 1.1684, "USD", None)], None),
    # --- Gulf carrier orders jets (Reuters) ---
    (
        "en",
        "DUBAI, June 16 (Reuters) - Sahra Airways has ordered 40 Boeing 787 jets worth about $16 billion at list prices, the Gulf carrier said on Tuesday.",
        True,
        [("date", "--06-16", None, None), ("count", 40, None, None), ("money", 16000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The deal includes options for a further 20 aircraft, with deliveries starting in 2029.",
        True,
        [("count", 20, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Airlines typically secure discounts of 40% to 50% on list prices, according to industry consultants.",
        True,
        [("percent", 40, "%", None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "en",
        "Sahra carried 21.4 million passengers last year, up 9% from a year earlier.",
        True,
        [("count", 21400000, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        '"This order is a statement of confidence in our region and our people," chief executive Faisal Al-Mansoori said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sahra Airways said last month it would also buy 25 Airbus A350s.",
        True,
        [("count", 25, None, None)],
        "Sahra Airways",
    ),
    ("en", "Analysts said the order looked ambitious for an airline of Sahra's size.", False, [], None),
    # --- Innenminister für Messerverbot in Zügen (dpa) ---
    (
        "de",
        "Bremerhaven (dpa) - Die Innenminister von Bund und Ländern haben sich zum Abschluss ihrer dreitägigen Frühjahrskonferenz für ein bundesweites Messerverbot in Bussen und Bahnen ausgesprochen.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Die Minister verabschiedeten dazu ein 12-Punkte-Papier, das auch mehr Kontrollen an Bahnhöfen vorsieht.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Bundeskriminalamts wurden im vergangenen Jahr 29.014 Messerangriffe erfasst, ein Anstieg um 8,2 Prozent.",
        True,
        [("count", 29014, None, None), ("percent", 8.2, "%", None)],
        None,
    ),
    (
        "de",
        "Unter den Tatverdächtigen war jeder dritte jünger als 21 Jahre.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 21, "year", "under")],
        None,
    ),
    (
        "de",
        "Konferenzvorsitzender Malte Rövekamp sagte, die Länder wollten bis Jahresende rund 400 zusätzliche Videokameras an Bahnhöfen installieren.",
        True,
        [("count", 400, None, "about")],
        "Malte Rövekamp",
    ),
    ("de", "„Ein Messer hat in der S-Bahn nichts verloren, Punkt“, sagte Rövekamp.", False, [], None),
    (
        "de",
        "Die Gewerkschaft der Polizei bezweifelte, dass sich ein solches Verbot überhaupt kontrollieren lässt.",
        False,
        [],
        None,
    ),
    # --- NHS waiting list (PA) ---
    (
        "en",
        "LONDON (PA) - Hospital waiting lists in England shrank to 7.21 million in April, their lowest in more than two years, according to NHS England figures.",
        True,
        [("count", 7210000, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "en",
        "About 3.02 million people on the list had waited beyond the 18-week target, compared with 3.09 million in March.",
        True,
        [("count", 3020000, None, "about"), ("duration", 18, "week", None), ("count", 3090000, None, None)],
        None,
    ),
    (
        "en",
        "Some 154,000 of those patients had gone more than a year without treatment.",
        True,
        [("count", 154000, None, "about")],
        None,
    ),
    ("en", 'Health Secretary Nadia Farrow said the numbers proved the plan was "starting to bite".', False, [], None),
    (
        "en",
        "The Royal College of Emergency Medicine said 42,800 people had endured waits of over 12 hours in A&E last month.",
        True,
        [("count", 42800, None, None), ("duration", 12, "hour", "over")],
        "the Royal College of Emergency Medicine",
    ),
    (
        "en",
        "The government has pledged to restore the 18-week standard for 92% of patients by March 2029.",
        True,
        [("duration", 18, "week", None), ("percent", 92, "%", None), ("year", 2029, None, None)],
        None,
    ),
    # --- Bregenzer Festspiele fast ausverkauft (APA) ---
    (
        "de",
        "Bregenz (APA) - Fünf Wochen vor der Premiere sind für die Bregenzer Festspiele bereits 93 Prozent der Karten verkauft.",
        True,
        [("duration", 5, "week", None), ("percent", 93, "%", None)],
        None,
    ),
    (
        "de",
        "Auf dem Spielplan der Seebühne steht in diesem Sommer Verdis „Aida“ mit 28 Vorstellungen.",
        True,
        [("count", 28, None, None)],
        None,
    ),
    (
        "de",
        "Die Tribüne am See fasst rund 7.000 Zuschauerinnen und Zuschauer.",
        True,
        [("count", 7000, None, "about")],
        None,
    ),
    (
        "de",
        "Rund drei Viertel der Gäste reisen aus Deutschland und der Schweiz an.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "de",
        "Intendantin Irmgard Flatz sagte, das Gesamtbudget der Festspiele liege bei 29,5 Millionen Euro.",
        True,
        [("money", 29500000, "EUR", None)],
        "Irmgard Flatz",
    ),
    ("de", "„Der Bodensee ist in diesem Jahr unser heimlicher Hauptdarsteller“, sagte Flatz.", False, [], None),
    (
        "de",
        "Die Festspiele dauern von 22. Juli bis 23. August.",
        True,
        [("date", "--07-22", None, None), ("date", "--08-23", None, None)],
        None,
    ),
    # --- County treasurer pleads guilty (AP) ---
    (
        "en",
        "PHOENIX (AP) — A former county treasurer in Arizona pleaded guilty on Tuesday to embezzling more than $3.4 million in public funds over eight years.",
        True,
        [("money", 3400000, "USD", "over"), ("duration", 8, "year", None)],
        None,
    ),
    (
        "en",
        "Prosecutors said Glenda Whitcomb, 58, spent the money on a vacation home, two boats and gambling trips to Las Vegas.",
        True,
        [("duration", 58, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Whitcomb faces up to 20 years behind bars at her sentencing on Sept. 24.",
        True,
        [("duration", 20, "year", "up_to"), ("date", "--09-24", None, None)],
        None,
    ),
    (
        "en",
        "Under the plea deal, she agreed to repay $2.1 million and to forfeit the vacation home.",
        True,
        [("money", 2100000, "USD", None)],
        None,
    ),
    ("en", '"She betrayed the trust of every taxpayer in this county," the county attorney said.', False, [], None),
    ("en", "Her lawyer declined to comment.", False, [], None),
    # --- DLRG: mehr Badetote (dpa) ---
    (
        "de",
        "Bad Nenndorf (dpa) - In Deutschland sind in diesem Jahr bis Mitte Juni mindestens 147 Menschen ertrunken, 22 mehr als im Vorjahreszeitraum.",
        True,
        [("count", 147, None, "at_least"), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten Opfer verunglückten nach Angaben der DLRG in unbewachten Seen und Flüssen, rund ein Drittel war älter als 70 Jahre.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 70, "year", "over")],
        "die DLRG",
    ),
    (
        "de",
        "Allein am vergangenen Wochenende kamen bundesweit neun Menschen beim Baden ums Leben.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "DLRG-Präsidentin Sabine Kohlhaas sagte, knapp 60 Prozent der Kinder könnten am Ende der vierten Klasse nicht sicher schwimmen.",
        True,
        [("percent", 60, "%", "nearly"), ("ordinal", 4, None, None)],
        "Sabine Kohlhaas",
    ),
    ("de", "„Schwimmen lernen darf keine Frage des Geldbeutels sein“, sagte Kohlhaas.", False, [], None),
    ("de", "Die DLRG rät, nur an bewachten Badestellen ins Wasser zu gehen.", False, [], None),
    # --- Obesity pill trial (Reuters) ---
    (
        "en",
        "LONDON, June 16 (Reuters) - People with obesity who took an experimental pill lost an average of 13.7% of their body weight after 72 weeks in a late-stage trial, developer Corvane Therapeutics said on Tuesday.",
        True,
        [("date", "--06-16", None, None), ("percent", 13.7, "%", None), ("duration", 72, "week", None)],
        None,
    ),
    ("en", "Patients given a placebo lost 2.4%.", True, [("percent", 2.4, "%", None)], None),
    (
        "en",
        "The trial enrolled 3,120 adults in 14 countries.",
        True,
        [("count", 3120, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "About 7% of patients on the higher dose stopped treatment because of side effects, mainly nausea.",
        True,
        [("percent", 7, "%", "about")],
        None,
    ),
    ("en", "Corvane said it would file for U.S. approval before the end of the year.", True, [], "Corvane"),
    (
        "en",
        '"If these results hold up, this could change how we treat obesity in general practice," said Priya Nandakumar, an endocrinologist who was not involved in the study.',
        False,
        [],
        None,
    ),
    ("en", "Corvane's shares rose 11.2% in early trading.", True, [("percent", 11.2, "%", None)], None),
    # --- Tödlicher Absturz am Matterhorn (Keystone-SDA) ---
    (
        "de",
        "Zermatt (Keystone-SDA) - Ein 44-jähriger Alpinist aus Deutschland ist am Dienstag am Matterhorn tödlich verunglückt.",
        True,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "de",
        "Der Mann stürzte auf rund 3900 Metern über Meer etwa 300 Meter in die Tiefe, teilte die Kantonspolizei Wallis mit.",
        True,
        [("count", 3900, None, "about"), ("count", 300, None, "about")],
        "die Kantonspolizei Wallis",
    ),
    (
        "de",
        "Sein Seilpartner, ein 39-jähriger Landsmann, blieb unverletzt und wurde von einem Helikopter der Air Zermatt geborgen.",
        True,
        [("duration", 39, "year", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits der vierte tödliche Unfall am Matterhorn in dieser Saison.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Polizei rief Berggängerinnen und Berggänger dazu auf, die Verhältnisse vor einer Tour sorgfältig abzuklären.",
        False,
        [],
        None,
    ),
    ("de", "Wie es zu dem Sturz kam, ist noch unklar.", False, [], None),
    # --- Floods in southern China (AFP) ---
    (
        "en",
        "BEIJING, June 16 (AFP) - Torrential rain in southern China has killed at least 12 people and forced more than 80,000 from their homes, state media reported on Tuesday.",
        True,
        [("date", "--06-16", None, None), ("count", 12, None, "at_least"), ("count", 80000, None, "over")],
        None,
    ),
    (
        "en",
        "Parts of the Guangxi region received more than 300 millimetres of rain in 24 hours, the local weather bureau said.",
        True,
        [("count", 300, None, "over"), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "Nine people were still missing after a landslide buried several houses in a mountain village, Xinhua news agency said.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Direct economic losses were estimated at 1.9 billion yuan ($265 million).",
        True,
        [("money", 1900000000, "CNY", None), ("money", 265000000, "USD", None)],
        None,
    ),
    (
        "en",
        "It is the second major flood to hit the region in under a month.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", "More heavy rain is forecast for the coming days.", False, [], None),
    # --- Eintracht holt Kjærgaard (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Eintracht Frankfurt hat den dänischen Stürmer Mads Kjærgaard verpflichtet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 21-Jährige kommt vom FC Midtjylland und erhält einen Vertrag bis 2031, teilte der Verein am Dienstag mit.",
        True,
        [("duration", 21, "year", None), ("year", 2031, None, None)],
        "der Verein",
    ),
    (
        "de",
        "Die Ablöse liegt Medienberichten zufolge bei rund 32 Millionen Euro plus Bonuszahlungen.",
        True,
        [("money", 32000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Damit wäre Kjærgaard der zweitteuerste Einkauf der Vereinsgeschichte.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "In der vergangenen Saison erzielte er in 33 Ligaspielen 19 Tore und bereitete sieben weitere vor.",
        True,
        [("count", 33, None, None), ("count", 19, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "„Für 21 Jahre ist Mads schon erstaunlich abgeklärt“, sagte Sportvorstand Ansgar Thielmann.",
        False,
        [("duration", 21, "year", None)],
        None,
    ),
    # --- Wimbledon prize money (PA) ---
    (
        "en",
        "LONDON (PA) - Wimbledon will pay a record 58.4 million pounds in prize money this year, an increase of 6.8%, the All England Club announced on Tuesday.",
        True,
        [("money", 58400000, "GBP", None), ("percent", 6.8, "%", None)],
        None,
    ),
    (
        "en",
        "The men's and women's singles champions will each receive 3.15 million pounds.",
        True,
        [("money", 3150000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Players who lose in the first round of the singles will take home 70,000 pounds, up from 66,000.",
        True,
        [("ordinal", 1, None, None), ("money", 70000, "GBP", None), ("money", 66000, "GBP", None)],
        None,
    ),
    ("en", "Total prize money has more than doubled since 2015.", True, [("year", 2015, None, None)], None),
    (
        "en",
        "Chair Fiona Lockhart said the club had invested 200 million pounds in its grounds since 2019.",
        True,
        [("money", 200000000, "GBP", None), ("year", 2019, None, None)],
        "Fiona Lockhart",
    ),
    (
        "en",
        '"We want every player in the draw to feel that Wimbledon looks after them," Lockhart said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The championships run from June 29 to July 12.",
        True,
        [("date", "--06-29", None, None), ("date", "--07-12", None, None)],
        None,
    ),
    # --- Euromillionen-Jackpot geht nach Oberösterreich (APA) ---
    (
        "de",
        "Wien (APA) - Den Euromillionen-Jackpot von 41,6 Millionen Euro hat ein Spielteilnehmer aus Oberösterreich geknackt.",
        True,
        [("money", 41600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Er hatte als einziger Spieler in Europa die fünf Zahlen und die zwei Sterne richtig getippt, teilten die Österreichischen Lotterien am Dienstag mit.",
        True,
        [("count", 5, None, None), ("count", 2, None, None)],
        "die Österreichischen Lotterien",
    ),
    (
        "de",
        "Es ist der achte Euromillionen-Jackpot, der seit 2004 nach Österreich geht.",
        True,
        [("ordinal", 8, None, None), ("year", 2004, None, None)],
        None,
    ),
    (
        "de",
        "Der bisher höchste Gewinn eines Österreichers lag im Jänner 2024 bei 72,3 Millionen Euro.",
        True,
        [("year", 2024, None, None), ("money", 72300000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir wünschen dem Gewinner viel Freude und ein gutes Händchen“, sagte ein Sprecher der Lotterien.",
        False,
        [],
        None,
    ),
    # --- Wildfire east of Los Angeles (AP) ---
    (
        "en",
        "LOS ANGELES (AP) — A wildfire in the mountains east of Los Angeles grew to more than 18,000 acres on Tuesday, forcing about 6,500 people from their homes.",
        True,
        [("count", 18000, None, "over"), ("count", 6500, None, "about")],
        None,
    ),
    ("en", "The blaze was 12% contained by evening, Cal Fire said.", True, [("percent", 12, "%", None)], "Cal Fire"),
    (
        "en",
        "More than 1,400 firefighters, supported by 11 helicopters, were battling the flames in temperatures of about 104 degrees.",
        True,
        [("count", 1400, None, "over"), ("count", 11, None, None), ("count", 104, None, "about")],
        None,
    ),
    ("en", "At least 23 homes and outbuildings have been destroyed.", True, [("count", 23, None, "at_least")], None),
    (
        "en",
        "Investigators believe the fire was started by a vehicle towing a trailer with a dragging chain.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"The sky turned orange in the middle of the afternoon, and then the ash started falling," a Yucaipa resident said.',
        False,
        [],
        None,
    ),
]
