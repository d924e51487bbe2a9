"""Four-hundred-and-ninety-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear only by their role („der Innenminister“, „der
Stadtpräsident“, „ein Sprecher der Union“, "the governor", "the health secretary", "daa's
chief executive") or under made-up names that stand for no real holder (a bank's economists,
an institute's labour economist, a finance chief of a made-up firm, a mountain rescue
spokesman, a statistics office's demographer, a weather service's climatologist, a port
spokeswoman, a regulator's spokeswoman, a parents' association spokeswoman, a tourism
spokeswoman, a glaciologist; a building society's chief economist, a chief financial officer
and a chief executive of made-up firms, an ONS demographer).

Names: Wiebke Tammen-Quarshie, Hemma Strassegger-Wlattnig, Ortrun Wiegelmann-Asante, Vitus
Angerer-Nwachukwu, Ingeborg Pfusterschmid-Adomako, Corina Jenal-Zimmerli, Swantje
Ohlendorf-Baptista, Almut Trinkl-Dossou, Mareike Schürholz-Adebowale, Nadja
Bürgisser-Tschudin, Jorrit Vosskuhl-Ansah and Gerlinde Pfurtscheller-Nkemelu; Rosamund
Tilbury-Nakamura, Bronte Kilfoyle-Mensah, Odalys Brannock-Fitch, Nuala Carrickford-Obi,
Marisela Quintero-Haig, Ffion Delacourt-Amankwah, Gideon Hartigan-Mwale, Callista
Penwarden-Osei, Tahlia Wirrapunda-Slade, Renata Caskie-Boateng, Gwilym Treharne-Addo, Kirra
Vandermolen-Ashe, Devika Ormsby-Lund and Orla Kilbride-Nyarko are invented, and so are the
firms (the cable maker Veldenzer, the Weserland-Bank and the Nordmark-Bank, Halden Building
Society, the comparison site Lendhaven, Coolibah Markets, Quillon Research, Meridell
Capital, Greystoke Partners, Bluewattle Research, Sandpiper Airlines, the iron ore miner
Redgum Pilbara, Hallerton Advisory, Liffeyside Securities), with every unnamed economist,
trader, agent, broker, tenant, resident, campaigner and official. Real states, bodies,
firms, parties, institutes, places and media (Wiesbaden, the Statistisches Bundesamt, Wien,
the Arbeitsmarktservice AMS, Salzburg, Tirol, the Wifo, Neuenburg, the Bundesamt für
Statistik BFS, Zug, Zürich, the Mieterinnen- und Mieterverband, Frankfurt, München, the
Bergwacht Bayern, the Alpenverein, the Statistik Austria, Kärnten, Berlin, Forsa, the Union,
the AfD, the Grünen, MeteoSchweiz, Genf, the Tessin, the Alpennordseite, the Bodensee,
Romanshorn, Hamburg, Rotterdam, the Elbe, China, the USA, Hafen Hamburg Marketing, the BUND,
Stuttgart, Baden-Württemberg, the Innenministerium, the E-Control, the Arbeiterkammer,
Deutschland, Düsseldorf, Nordrhein-Westfalen, Ostdeutschland, the Institut der deutschen
Wirtschaft, the Familienministerium, Luzern, the Zentralschweiz, the Pilatus, the
Vierwaldstättersee, the Europäische Zentralbank and its EZB-Rat, the Bundesanleihen,
Innsbruck, the Pasterze, the Ostalpen; London, Britain, Northern Ireland, Reuters, Sydney,
the Reserve Bank of Australia, Washington, the Commerce Department, Mexico, Dublin, the
Residential Tenancies Board, Leitrim, Dún Laoghaire-Rathdown, Trinity College Dublin, New
York, the CDC, West Virginia, Johns Hopkins University, England, NHS England, the Nuffield
Trust, the Labor Department, the Fed, CME FedWatch, the Bank of England, the Office for
National Statistics, Melbourne, the Australian Bureau of Statistics, Dublin Airport, daa,
Chicago, Wales, Perth, the Northeast, the West and the South, the National Association of
Realtors, the Department of Finance, the Irish Fiscal Advisory Council, and the datelines'
cities) stand for the way wire copy names them; every count, rate, share, sum, range,
change, multiple, age, span, date and quote here is invented, and where a real figure came
to mind (a real inflation print, a real jobless rate, a real vacancy rate, a real poll, a
real fertility rate, a real waiting list, a real rent, a real passenger count, a real policy
rate, a real glacier retreat, a real tax take) it was changed. Kept as the facts they are:
the reference period 1991 to 2020 for climate norms, the RBA's target band of 2 to 3 per
cent, the Fed's 2% goal, and the NHS's 18-week and four-hour standards with the 92% standard
for the first. The dates of central bank meetings and of every release in July 2027 are
invented.

Its weight: HARD NUMBER FORMS, twenty-third round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first, three-hundred-and-twenty-eighth,
three-hundred-and-forty-second, three-hundred-and-sixtieth, three-hundred-and-seventy-sixth,
three-hundred-and-eighty-second, three-hundred-and-ninety-fifth, four-hundred-and-fifth,
four-hundred-and-twenty-sixth, four-hundred-and-forty-fifth, four-hundred-and-fifty-second,
four-hundred-and-sixtieth, four-hundred-and-seventy-fourth and
four-hundred-and-eighty-second batches were the first twenty-two rounds, and the seventeenth
weighed the same forms long before them; their decisions are kept, those of the
three-hundred-and-eighty-second - which weighed ratios, multiples and signed changes - and
of the four-hundred-and-forty-fifth, four-hundred-and-fifty-second,
four-hundred-and-sixtieth and four-hundred-and-seventy-fourth first of all) - three ordinary
wire weeks, Monday, July 5, to Friday, July 23, 2027, as 30 short stories in date order with
the German and English desks interleaved, each told as wire copy runs it (a dateline lead,
the figures, attributed claims, quotes, the other side), this time weighing ranges,
comparisons and changes: German inflation, British house prices, the Austrian labour market,
the Reserve Bank of Australia's hold, Swiss vacant flats, the U.S. trade deficit, Irish
rents, a cable maker's half year, U.S. overdose deaths, mountain rescues in Bavaria, the NHS
waiting list, Austrian births, U.S. consumer prices, a German poll, British inflation, a hot
Swiss June, Australian jobs, the port of Hamburg, Dublin Airport's first half, road deaths
in Baden-Württemberg, an airline's second quarter, Austrian electricity tariffs, births in
England and Wales, childcare places in North Rhine-Westphalia, an iron ore miner's quarter,
tourism in central Switzerland, U.S. home sales, an ECB rate cut, the Austrian glacier
report and Irish tax receipts. Half German (dpa with its regional slugs "dpa/lby",
"dpa/lno", "dpa/lsw" and "dpa/lnw", dpa-AFX, APA, Keystone-SDA; Austrian „heuer“, „Jänner“,
„Schulungsteilnehmern“, „um 3,1 Prozent weniger“, „hierzulande“, Swiss „innert Jahresfrist“,
„45'120“, „4'600“, „43'900“, „je 1'000“, „50'000 bis 55'000“, „4'800 und 5'100“, „88'000“
with the apostrophe, „gross“, „Heisser“, „Ausreisser“, „Metern über Meer“, „Logiernächte“,
„Landesmittel“, German „“ quotes), half English (Reuters with dated datelines, AP, PA, AAP;
British "£", "month-on-month", "A&E", "the BoE", "a lap of honour", Irish "euros", "per
cent", "Dún Laoghaire-Rathdown", Australian "per cent", "A$", "US$97", "2027-28", "the June
quarter", "labour", U.S. "$4.1bn", "$412m", "percentage point" in the singular, "gasoline",
"annualized"). Its weight is the forms of ranges, comparisons and changes the topic names,
in shapes the twenty-two earlier rounds used only thinly or not at all: changes from one
level to another („von 2,4 auf 2,1 Prozent“, „von 1,08 auf 0,98 Prozent“, „von 41 auf 49“,
„von elf auf acht Prozentpunkte“, „von durchschnittlich 2,8 auf 2,1 Tage“, "to 2.9% from
3.2%", "to 1.8 per cent from 2.1 per cent", "from 196,400 to 181,900", "to 23.9 per 100,000
people from 29.2", "to A$18.40 a tonne from A$17.10", "up from 3.02 million", "against 4.1
times two decades ago"); a change and a level in one breath („um 3,4 Prozent auf 12,1
Milliarden Euro“, „um 4,6 Prozent auf 3,9 Millionen Standardcontainer“, „um rund 1.700 auf
21.950“, „um gut ein Zehntel auf knapp 92.000“, „um 0,4 auf 3,1 Prozent“, „um 0,3 auf 6,4
Prozent“, „um 25 Basispunkte von 2,00 auf 1,75 Prozent“, „um einen halben Cent auf 1,1482
Dollar“, "widened 12% to $78.4 billion", "revenue rose 12% to $4.1bn", "fell 0.5 percentage
points to 4.1%", "slipped 0.2 points to 66.8 per cent", "got 41,000 shorter in May, leaving
7.21 million", "fell by 2,300 to about 318,000"); pluses and minuses as nouns („ein Plus von
4,2 Prozent“, „ein Zuwachs von 6,1 Prozent“, „ein Plus von drei Prozentpunkten oder knapp
zehn Prozent“, „einem relativen Plus von knapp 17 Prozent, nicht von 2 Prozent“, „ein Plus
zwischen 4 und 5 Prozent“, „Rückgang zwischen 2 und 5 Prozent“, „ging ... um 12,6 Prozent
zurück“); ranges in words and figures („zwischen 2,2 und 2,3 Prozent“, „zwischen 2 und 3
Milliarden Euro statt bisher 1,5 bis 2 Milliarden“, „zwischen 22 und 31 Cent je
Kilowattstunde“, „zwischen 40.000 und 50.000 Plätze“, „um 8 bis 12 Prozent“, „in 40 bis 45
Jahren“, „zwischen dem 6. und dem 12. Juli“, "between 40 and 50 per cent", "the 2 to 3 per
cent band", "ranging from $66.5 billion to $75.2 billion", "a 60% to 65% chance", "between
0.5 and 0.8 percentage point", "$5.10 to $5.60 a share, up from ... $4.50 to $5.00",
"between A$17.50 and A$19 a tonne", "somewhere in the 3.9 million to 4.1 million range",
"between 4 billion and 6 billion euros"); doubling, halving and tripling as verbs and nouns
beside multiples („verdoppelte sich fast auf 846 Millionen Euro“, „ungefähr halbiert“, „mehr
als halbiert“, „aufs Doppelte“, „ums Dreifache“, „mehr als das Dreifache“, „doppelt so
stark“, „fast doppelt so viel“, „fast dreimal so hoch“, „zwei- bis dreimal so viele“,
„anderthalbmal so viele“, "more than tripled to $412m", "have roughly halved", "more than
twice the national rate", "twice this pace", "nearly twice as many"); multiples with
decimals and fractions („das 1,8-Fache ... nach dem 2,6-Fachen“, „das 2,5-Fache des
Vorjahres“, "roughly 5.2 times their income", "roughly 2.5 times their level", "roughly 2.4
times the overall rate", "almost one and a half times", "more than 2½ times"); rates per
unit („4,9 je 1'000 Einwohnerinnen und Einwohner“, „8,2 Lebendgeborene je 1.000
Einwohnerinnen und Einwohner“, „Auf 100.000 Einwohner kamen damit 1,6 Verkehrstote“, „9,6
Promille“, „1,29 Kinder je Frau“, "23.9 per 100,000 people", "51.3 babies born for every
1,000 women", "1.39 children per woman", "roughly 9,200 euros per head of population");
differences in points against percent („einen halben Prozentpunkt über der Gesamtrate“, „um
zwei Punkte auf 14 Prozent“, „verliert einen Punkt“, „plus/minus 2,5 Prozentpunkte“, „um
einen Viertelprozentpunkt“, „um sechs Basispunkte“, "up 1.2 percentage points", "1.9
percentage points more than in May last year", "nearly a full percentage point above", "a
quarter-point cut", "a 25 basis point cut", "about a quarter of a percentage point"); shares
compared as fractions („nicht einmal ein Drittel so hoch“, „um mehr als ein Fünftel höher“,
„gut ein Drittel mehr“, „etwa halb so viel Regen“, „auf weniger als ein Viertel“, "less than
half those in", "less than half its level of early 2024", "less than a third of the 9.8
billion euros", "a third more people", "by roughly a quarter", "narrowed by a third"); and
hedges around each („im besten Fall“, „wenn überhaupt“, „nicht einmal“, „knapp“, „gut“, „ein
gutes“, „etwa“, „rund“, „bis zu“, „höchstens“, "as little as", "as much as", "as many as",
"roughly", "almost", "more than", "fewer than", "less than", "longer than", "aged 40 and
over", "under", beside words that bound nothing: „im Schnitt“, „im Mittel“,
„durchschnittlich“, „gar“, „sogar“, "a full", "a shade above the", "anything like the",
"somewhere in", "roughly steady", "against", "versus"). Speakers as such copy has them:
statistics offices, an employment service, a port's marketing body, two government
departments and an airline with "said", „mitteilte“ and „teilte ... mit“, named economists,
spokespeople, scientists and executives with their titles dropped, and beside them the forms
left unchecked (roles, descriptions before a name, plural sources, data, estimates,
„schreibt“, „beziffert“, „wie aus ... hervorgeht“, „nach Angaben aus“, "data showed",
"figures showed", "has estimated", "according to"). Negatives stand beside them - 55 rows,
none with a figure: rhetoric and feelings in quotes from a bank economist, a building
society's economist, a labour economist, two research economists, a housing economist, a
finance chief, an epidemiologist, a mountain rescue spokesman, a demographer, a markets
economist, a climatologist, a port spokeswoman, an airline's finance chief, a parents'
spokeswoman, a mining chief, a glaciologist and a securities economist, and from roles (a
governor, a health secretary, a party spokesman, a city president), labels („sprachen von“,
„sprach von“, "called"), verdicts with „hielten ... für“ and „hielt ... für“, advice naming
no measure („riet“), a role's appeal („appellierte“), a warning without a figure, a
complaint, views told as reports ("Estate agents said ...", "Mortgage brokers said ...",
"Some economists said ..." three times, "Tenant groups said ...", "Some public health
experts said ...", "Unions said ...", "Airlines said ...", "Analysts said ...", "Realtors
said ...", "Opposition parties said ..."), and idioms built on number words that count
nothing („doppelt und dreifach“, „die halbe Miete“, "in two minds", "a double whammy", "a
double-edged sword", "a handful of companies").

244 rows (120 German, 124 English), 55 negatives (28 German, 27 English), 189 check-worthy
rows of which 3 carry no figure (2 German, 1 English), 478 expected quantities (181
percentages - 157 in "%", 20 in percentage points "pp", 4 in basis points "bp" -, 124
counts, 56 amounts of money - 24 USD, 21 EUR, 7 AUD, 2 GBP, 2 CHF -, 37 durations - 26 in
years, 4 in months, 3 in weeks, 2 in days, 1 in hours, 1 in minutes -, 34 years, 23
fractions, 12 ordinals, 11 dates - 0 with a year, 11 without -; none of them in a negative),
35 checked speakers (16 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names and firms were
checked against the earlier batches; two firm names already in use (an airline's, a capital
firm's) were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its semicolons and brackets
  included. A quoted or reported evaluation, label, feeling, view, verdict, piece of advice,
  appeal or piece of rhetoric is a negative with speaker None, also with a named speaker
  (seventh, ninety-eighth, four-hundred-and-fifth, four-hundred-and-fifty-second,
  four-hundred-and-sixtieth, four-hundred-and-seventy-fourth,
  four-hundred-and-eighty-second); a reported fact, figure, step, plan or forecast with a
  figure is check-worthy with its speaker, also in a quote (Tammen-Quarshie's quarter,
  Tilbury-Nakamura's "twice this pace", Strassegger-Wlattnig's range, Carrickford-Obi's
  50,000 homes, Quintero-Haig's peak, Angerer-Nwachukwu's multiples, Pfusterschmid-Adomako's
  range, Hartigan-Mwale's two months, Penwarden-Osei's 3.75%, Jenal-Zimmerli's 0.3 degrees,
  Ohlendorf-Baptista's target, Schürholz-Adebowale's multiple, Vandermolen-Ashe's cost cut,
  Bürgisser-Tschudin's range, Vosskuhl-Ansah's 1.5 percent, Pfurtscheller-Nkemelu's forty to
  forty-five years, Ormsby-Lund's range). Pairs from one speaker: Tammen-Quarshie's quarter
  beside „keine Entwarnung“, Tilbury-Nakamura's pace beside "the turn of the tide",
  Strassegger-Wlattnig's range beside „keine Einbahnstraße“, Brannock-Fitch's points beside
  "front-running", Carrickford-Obi's homes beside "squeezed from both sides",
  Wiegelmann-Asante's dividend beside „doppelt und dreifach gerechnet“, Quintero-Haig's peak
  beside "a family still grieving", Angerer-Nwachukwu's weekends beside „der Akku“,
  Pfusterschmid-Adomako's range beside „Kinderwunsch und Wirklichkeit“, Hartigan-Mwale's
  months beside "The Fed has room", Jenal-Zimmerli's June 2019 beside „neue Normalität“,
  Wirrapunda-Slade's odds beside "loosening, not collapsing", Ohlendorf-Baptista's target
  beside „Talsohle“, Caskie-Boateng's share beside "voting with their wallets",
  Schürholz-Adebowale's places beside „die halbe Miete“, Vandermolen-Ashe's costs beside
  "the swing factor", Pfurtscheller-Nkemelu's years beside „Fieberthermometer“ and
  Kilbride-Nyarko's floor beside "a double-edged sword". Negatives otherwise: labels
  („Volkswirte sprachen von ...“, „Die Gewerkschaft sprach von ...“, „Der Mieterinnen- und
  Mieterverband sprach von ...“, „Händler sprachen von ...“, „Die Grünen sprachen von ...“,
  „Der Umweltverband BUND sprach von ...“, „Die Polizeigewerkschaft sprach von ...“, „Die
  Arbeiterkammer sprach von ...“, „Sparkassenverbände sprachen von ...“, "Health leaders
  called ...", "Residents ... called ...", "Childcare campaigners called ...", "Analysts
  called ..."), verdicts with „hielten ... für“ and „hielt ... für“ (home owners, family
  groups, the Land government, tourism figures; hundred-ninety-ninth), advice naming no
  measure („Der Alpenverein riet ...“; three-hundred-and-sixtieth), an appeal („Der
  Innenminister appellierte ...“), a warning that declines to name a figure („warnte vor
  Ernteausfällen, ohne sie zu beziffern“), a complaint („Einheimische klagten ...“), views
  told as reports (three-hundred-and-ninety-fifth: "Estate agents said ...", "Mortgage
  brokers said ...", "Some economists said ..." three times, "Tenant groups said ...", "Some
  public health experts said ...", "Unions said ...", "Airlines said ...", "Analysts said
  ...", "Realtors said ...", "Opposition parties said ...") and the rhetoric of roles ("the
  governor told reporters in Sydney", "the health secretary said", „sagte ein Sprecher der
  Union“, „sagte der Stadtpräsident“). Check-worthy without a figure
  (two-hundred-and-eighty-first, four-hundred-and-sixtieth): „Die Zahl der offenen Stellen
  hat sich gegenüber dem Rekordsommer ungefähr halbiert.“ (a verb of halving, below), „Im
  EZB-Rat soll sich nach Angaben aus Notenbankkreisen niemand gegen den Schritt gestellt
  haben.“ and Treharne-Addo's finding ("having its children later and having fewer of
  them").
- Changes from one level to another give each level as written, with no sign and no hedge
  from the words of direction (every round; tenth: „ein Minus von 23 Prozent“ keeps 23;
  four-hundred-and-sixtieth: "down 0.3%", „sank um 2,3 Prozent“ no sign): „von 2,4 auf 2,1
  Prozent“, „von 1,08 auf 0,98 Prozent“, „von 3,9 auf 7,0 Prozent“, „von 61,2 auf 64,0
  Prozent“, „von 2,0 auf 1,8 Prozent“, „von 31 auf 34 Prozent“ both in "%" (the unit written
  once, seventy-sixth), „von 1,32 auf 1,29 Kinder“, „von 41 auf 49“, „von durchschnittlich
  2,8 auf 2,1 Tage“ both in days, "to 2.9% from 3.2%", "to 2.6% in June from 2.8% in May",
  "to 1.8 per cent from 2.1 per cent", "to about 70% from 55%", "from 196,400 to 181,900",
  "to A$18.40 a tonne from A$17.10" (the currency written with each), "31.2 years old ...,
  against 29.3" both in years, "to 23.9 per 100,000 people from 29.2" both counts. A change
  and the level it reaches are two figures: „um 3,4 Prozent auf 12,1 Milliarden Euro“, „um
  4,6 Prozent auf 3,9 Millionen Standardcontainer (TEU)“, „um 2,1 Prozent auf 56,3 Millionen
  Tonnen“, „um rund 1.700 auf 21.950“ 1,700 "about" and 21,950, „um gut ein Zehntel auf
  knapp 92.000“ 0.1 "over" and 92,000 "nearly", "widened 12% to $78.4 billion", "fell 1.1%
  to $263.7 billion", "revenue rose 12% to $4.1bn", "climbed 0.4 per cent in June to 1.98
  billion", "got 41,000 shorter in May, leaving 7.21 million", "fell by 2,300 to about
  318,000", "climbed 11% to 1.54 million homes", "rose 1.4% ... to a record $431,200" ("a
  record" no hedge), „um 25 Basispunkte von 2,00 auf 1,75 Prozent“ 25 "bp", 2.0 and 1.75
  "%", „um sechs Basispunkte auf 2,41 Prozent“ 6 "bp" and 2.41 "%". Nouns of change keep the
  figure and no sign (tenth; first batch: „ein Plus von 18 Prozent“): „ein Plus von 4,2
  Prozent“, „ein Zuwachs von 6,1 Prozent“, „ging ... um 12,6 Prozent zurück“, „um 3,1
  Prozent weniger“, „3,8 Prozent weniger ..., 2,9 Prozent mehr als“ („mehr“ and „weniger“
  after a figure compare, hundred-first), "1.6% fewer than in 2025", "about 8 per cent lower
  than three months earlier". New: „schwächte sich der Preisauftrieb um 0,4 auf 3,1 Prozent
  ab“ and „Die Arbeitslosenquote ... ist ... um 0,3 auf 6,4 Prozent gestiegen“ give 0.4 and
  0.3 in "pp" beside 3.1 and 6.4 in "%" - when a rate written in percent moves „um X auf Y
  Prozent“ and „Prozent“ is written only after the level, the bare move is the change of the
  rate in points, as the bracketed change of a rate in percent ("to 2.1% (+0.2)";
  three-hundred-and-eighty-second, four-hundred-and-sixtieth) and "slipped 0.2 points to
  66.8 per cent" here, while „von X auf Y Prozent“ names two levels and the unit written
  once serves both (seventy-sixth); a move written with its own unit keeps it („um 4,6
  Prozent auf 3,9 Millionen“ in "%", four-hundred-and-sixtieth: the unit kept as written).
- Percent against points (the issue's „4,7 Prozent“; twenty-seventh and every round):
  „Prozent“, "%", "percent" and "per cent" in "%"; "percentage point(s)" and „Prozentpunkte“
  in "pp" ("fell 0.5 percentage points to 4.1%", "up 1.2 percentage points", "1.9 percentage
  points more than in May last year", "between 0.5 and 0.8 percentage point" both - the
  singular of U.S. copy, four-hundred-and-sixtieth: "0.1 percentage point" -, „von elf auf
  acht Prozentpunkte“ both, „einen halben Prozentpunkt“ 0.5 - four-hundred-and-twenty-sixth
  -, „um einen Viertelprozentpunkt“ 0.25 - tenth -, "a quarter-point cut" 0.25 -
  four-hundred-and-fifty-second -, "down about a quarter of a percentage point" 0.25 "about"
  - hundred-thirtieth -, "nearly a full percentage point" 1 "nearly", "a full" no hedge as
  "a full 12 hours", four-hundred-and-twenty-sixth); a poll's and a rate's points in "pp"
  („um zwei Punkte auf 14 Prozent“ 2, „verliert einen Punkt auf 21 Prozent“ 1 -
  hundred-twentieth, hundred-thirty-fourth: „verliert einen Punkt“ -, "slipped 0.2 points to
  66.8 per cent" 0.2; fourth batch: poll points); a margin written „plus/minus 2,5
  Prozentpunkte“ 2.5 "pp" with no sign and no hedge (tenth: "plus or minus 2%";
  three-hundred-and-eighty-second: „±3 Prozentpunkten“); basis points in "bp" („um 25
  Basispunkte“, „um sechs Basispunkte“, "a 25 basis point cut" twice). Where a row sets
  points against percent, each figure keeps the unit written with it
  (four-hundred-and-sixtieth; hundred-thirty-sixth: the arithmetic set against a claim is
  check-worthy): „Ein Zuwachs um zwei Prozentpunkte entspricht bei einer Partei mit 12
  Prozent einem relativen Plus von knapp 17 Prozent, nicht von 2 Prozent.“ 2 "pp", 12 "%",
  17 "%" "nearly" and 2 "%"; „Das entspricht einem Plus von drei Prozentpunkten oder knapp
  zehn Prozent.“ 3 "pp" and 10 "%" "nearly".
- Ranges, each end its own figure and no hedge beyond the one it stands before (seventeenth
  and every round): „zwischen 2,2 und 2,3 Prozent“, „zwischen 6,8 und 7,0 Prozent“,
  „zwischen 2 und 5 Prozent“, „zwischen 0,9 und 1,1 Prozent“, „zwischen 4 und 5 Prozent“,
  „zwischen 40 und 50 Prozent“, „um 8 bis 12 Prozent“, „zwischen 2 und 3 Milliarden Euro
  statt bisher 1,5 bis 2 Milliarden“ all four in EUR (the scale and currency written once,
  forty-eighth; four-hundred-and-fifty-second: „statt bisher“ no hedge), „zwischen 22 und 31
  Cent je Kilowattstunde“ 0.22 and 0.31 EUR (cents as hundredths, tenth), „50'000 bis 55'000
  Wohnungen“, „zwischen 4'800 und 5'100 Metern“, „zwischen 40.000 und 50.000 Plätze“, „auf
  10 bis 11 Millionen TEU“ (the scale written once), „in 40 bis 45 Jahren“ both in years,
  „zwischen dem 6. und dem 12. Juli“ two dates (four-hundred-and-eighty-second: the month
  written once serving the first day), "between 40 and 50 per cent", "the 2 to 3 per cent
  band", "between 0.2% and 0.3%", "ranging from $66.5 billion to $75.2 billion", "in a range
  of 2.5% to 2.9%", "between 3 and 4 per cent ... against 8 to 9 per cent", "held roughly
  steady at between 30,000 and 32,000", "a 60% to 65% chance", "between 1% and 2%", "$5.10
  to $5.60 a share, up from ... $4.50 to $5.00", "by between 1 million and 1.5 million",
  "guidance range of 68 million to 72 million tonnes", "the 270 million to 275 million
  tonnes", "between A$17.50 and A$19 a tonne", "between 4% and 6%", "between 4 billion and 6
  billion euros", "of 4 to 5 per cent", "aged 15 to 44" both ages. "somewhere in the 3.9
  million to 4.1 million range" gives both ends with no hedge - "somewhere in" as "anywhere
  from" and „irgendwo zwischen“ (four-hundred-and-seventy-fourth), "probably" no hedge.
  „zwei- bis dreimal so viele“ 2 and 3 (three-hundred-and-twenty-eighth: „drei- bis viermal
  so viele“).
- Multiples are counts (sixteenth, hundred-thirty-eighth, three-hundred-and-eighty-second
  and every round), with their hedge: „fast dreimal so hoch“ 3 "nearly", „dreimal so viele“
  3, „doppelt so stark“ 2, „fast doppelt so viel“ and „fast doppelt so hoch“ 2 "nearly",
  „anderthalbmal so viele“ 1.5 (two-hundred-and-thirty-fourth: „etwa anderthalbmal so
  viele“), „mehr als das Dreifache“ 3 "over" (hundred-thirty-eighth: „um das Zwölffache“),
  „das 1,8-Fache ..., nach dem 2,6-Fachen“ 1.8 and 2.6 and „das 2,5-Fache des Vorjahres“ 2.5
  (hundred-eighty-sixth: „dem 1,4-Fachen“), "more than twice the national rate" 2 "over",
  "twice this pace" 2, "nearly twice as many" 2 "nearly", "almost one and a half times" 1.5
  "nearly" (two-hundred-and-forty-ninth: "roughly one and a half times"), "roughly 5.2 times
  their income ..., against 4.1 times" 5.2 "about" and 4.1, "roughly 2.5 times" and "roughly
  2.4 times" "about" (hundred-fifty-fifth: a ratio read as written). New: „Die Dividende
  soll aufs Doppelte steigen“ is count 2 and „ums Dreifache erhöht“ count 3 - „aufs“ and
  „ums“ are „auf das“ and „um das“ run together, and the noun after them is the multiple
  „das Doppelte“ (hundred-sixty-ninth) and „um das Zwölffache“ (hundred-thirty-eighth)
  already were. New: "more than 2½ times the national figure" is count 2.5 "over" - the
  vulgar fraction glued to the whole reads as the decimal, as "6⅔ innings" 6.6667
  (three-hundred-and-twenty-first), and the multiple is a count as "2.5 times" is.
- Verbs and nouns of doubling, halving and tripling carry none, the figure they reach counts
  with no hedge from the words before the verb (first batch: "tripled to 2,130"; eleventh:
  "more than doubled to $41.1 billion"; hundred-nineteenth: „auf 164 Millionen Euro nahezu
  verdoppelt“; hundred-twentieth: „Verdopplung“; hundred-seventy-fifth: „Halbierung“):
  „verdoppelte sich fast auf 846 Millionen Euro“ 846,000,000 EUR, "more than tripled to
  $412m" 412,000,000 USD, "have roughly halved in two years" the span only, „ungefähr
  halbiert“ and „mehr als halbiert“ none.
- Shares compared as fractions (every round): „auf weniger als ein Viertel“ 0.25 "under",
  „um gut ein Zehntel“ 0.1 "over", „fast ein Drittel mehr“ 0.3333 "nearly", „um mehr als ein
  Fünftel höher“ 0.2 "over", „um ein gutes Fünftel“ 0.2 "over"
  (three-hundred-and-ninety-fifth: „Ein gutes Drittel“), „gut ein Drittel mehr“ 0.3333
  "over", „nur etwa halb so viel Regen“ 0.5 "about" (seventy-fourth: „nur halb so viel
  Regen“), „bei etwa jedem zehnten“ 0.1 "about", „um etwa ein Zehntel“ 0.1 "about" („um ein
  Viertel“ below), "by a third" 0.3333, "less than half those in" and "less than half its
  level of early 2024" 0.5 "under" (hundred-fourteenth), "less than a third of the 9.8
  billion euros" 0.3333 "under", "by roughly a quarter" 0.25 "about", "nearly six in 10" 0.6
  "nearly" (four-hundred-and-twentieth: "nine in 10"), "about a third of the index" 0.3333
  "about", "a third more people" 0.3333, "about a quarter five years ago" 0.25 "about" and 5
  years, "two-thirds of that sum, against about half of it" 0.6667 and 0.5 "about", "roughly
  a one-in-three chance" 0.3333 "about" (four-hundred-and-seventy-fourth: "roughly a
  one-in-four chance"). New: „nicht einmal ein Drittel so hoch wie im Landesmittel“ is
  0.3333 "under" - „nicht einmal“ ("not even") before a share says the share is not reached,
  as „weniger als“ does (hundred-tenth: „weniger als ein Viertel“), and the share written
  with „so hoch wie“ is a fraction as „halb so alt wie“ (three-hundred-and-eighty-second).
- Hedges, mapped to the names in use. New: „Im besten Fall sinkt die Rechnung um ein
  Viertel“ is 0.25 "at_most" - „im besten Fall“ is the German "at best" and „bestenfalls“,
  whose best case on a hoped-for gain is the ceiling (four-hundred-and-forty-fifth). New:
  „auf 1,5 Prozent sinken, wenn überhaupt“ is 1.5 "%" "at_most" - „wenn überhaupt“ after a
  figure is "if that" (four-hundred-and-sixtieth: "down to 3.5% by Christmas, if that"
  "at_most"). New: "shrinking to as little as 2 billion euros" is 2,000,000,000 EUR
  "at_least" - "as little as" names the low end a figure may reach, the mirror of "as much
  as" "up_to" (hundred-tenth), as "no fewer than" "at_least" (twenty-seventh). New: "held
  roughly steady at between 30,000 and 32,000" gives both ends with no hedge - "roughly"
  before an adjective bounds no figure, as „fast vollständig“ before no figure bounds
  nothing (four-hundred-and-fifty-second), and "roughly in line with" likewise. Otherwise:
  „rund“, „etwa“, "about", "roughly", "around", "some" "about"; „knapp“, „fast“, "almost",
  "nearly" "nearly"; „gut“, „ein gutes“, „mehr als“, "more than" "over"; „bis zu“, "as much
  as", "as many as" "up_to" (hundredth, hundred-tenth); „höchstens“ "at_most"; "aged 40 and
  over" 40 years "at_least" (four-hundred-and-twenty-sixth: „67 Jahre und älter“); "fewer
  than 82,000", "under 20 minutes", "those under 20", „unter fünf Metern“, „für Kinder unter
  drei Jahren“, "less than half" "under"; "longer than 52 weeks" and "more than six weeks"
  "over" (hundred-eighty-third: "longer than 18 months"). No hedge: „im Schnitt“, „im
  Mittel“ (as „im Schnitt“), „durchschnittlich“, „gar“, „sogar“, „nur“, „zuletzt“,
  „inzwischen“, „noch immer“, „statt bisher“, "just", "only", "alone", "on average", "a
  record", "a fresh low", "up from", "against", "versus", "a full", "probably", "anything
  like the 50,000 homes" and "a shade above the 270 million" (words before an article;
  four-hundred-and-fifty-second, four-hundred-and-seventy-fourth), „mehr“, „weniger“,
  "more", "fewer" and "lower" after a figure (hundred-first).
- Rates per unit: rates per head are two counts, the rate and its base (hundred-fifty-fifth,
  hundred-eighty-seventh: „je“ before the base reads as „pro“; hundred-eighty-third: „Auf
  100.000 Einwohner“): „4,9 je 1'000 Einwohnerinnen und Einwohner“ 4.9 and 1,000, „8,2
  Lebendgeborene je 1.000 Einwohnerinnen und Einwohner, 2016 waren es noch 10,0“ 8.2, 1,000
  and 10.0, „Auf 100.000 Einwohner kamen damit 1,6 Verkehrstote, im Bundesschnitt waren es
  1,9“ 100,000, 1.6 and 1.9, "23.9 per 100,000 people from 29.2" 23.9, 100,000 and 29.2,
  "51.3 babies born for every 1,000 women" 51.3 and 1,000 ("for every" as "per",
  hundred-fifty-fifth). New: „mit 9,6 Promille“ of a birth rate is count 9.6 only - the
  per-mille sign names its base in the unit, as „Promille“ of blood alcohol is a count
  (tenth), and no base of 1,000 is written to count. The unit a rate is given per carries
  none (hundred-fifth, four-hundred-and-sixtieth): „1,29 Kinder je Frau“ and "1.39 children
  per woman" the rates only, „je Aktie“, „je Kilowattstunde“, „pro Jahr“, „im Jahr“, "a
  month", "a year", "a share", "a gallon", "a tonne", "per head of population".
- Money in the currency written (every round): EUR („12,1 Milliarden Euro“, „846 Millionen
  Euro“, „1,40 Euro je Aktie“, „58,20 Euro“, „bis zu 380 Euro“ "up_to", "1,912 euros",
  "2,487 euros", "14.6 billion euros", "49.3 billion euros", "roughly 9,200 euros" "about",
  "3.1 billion euros", "9.8 billion euros"), USD ("$78.4 billion", "$71.0 billion", "$4.1bn"
  and "$3.95bn", "$412m" and "$118m" - "bn" and "m" glued to a sum,
  four-hundred-and-fifty-second -, "$1.86 a share", "$2.31 a gallon", "$431,200", "US$97 a
  tonne" - thirty-eighth: "$US110" -, "to $1.3412", „auf 1,1482 Dollar“), GBP ("£287,400",
  "about £8,100"), AUD ("A$95", "A$600,000", "A$18.40", "A$17.10", "A$17.50", "A$19", "about
  A$1.20"), CHF („228 Franken um 11 Franken höher“ both). A fraction of a cent is the value
  in the currency the row quotes (four-hundred-and-seventy-fourth: "shed a quarter of a
  cent" 0.0025 USD, "Sterling fell half a cent" 0.005 USD): "Sterling slipped a quarter of a
  cent against the dollar to $1.3412" 0.0025 and 1.3412 USD, „Der Euro gab ... um einen
  halben Cent auf 1,1482 Dollar nach“ 0.005 and 1.1482 USD (tenth: cents before the sum they
  belong to).
- Counts otherwise (every round): tallies and measures („341.800 Menschen“, „45'120
  Wohnungen, rund 4'600 weniger“, „43'900 neue Wohnungen“, „4.310 Einsätzen“, „auf zuletzt
  612“, „in 1.080 Fällen“, „37.410 Babys“, „2.504 Wahlberechtigte“, „7,1 Millionen TEU“,
  „187 Menschen ..., nach 214“, „3.500 Kilowattstunden“, „92 Gletscher ..., zehn mehr“, „mit
  97 Metern“, „um 28,4 Meter“, „Nur bei drei Gletschern“, "as many as three cuts" 3 "up_to",
  "the 50,000 homes", "roughly 81,400" "about", "some 2.6 million" "about", "fell by 12,400
  ..., a gain of around 20,000", "by 31,000 ... 18,600", "1.98 billion" hours worked
  (three-hundred-and-ninety-fifth: "almost 1.99 billion"), "17.4 million", "3.31 million
  ..., 3.02 million", "a planning cap of 32 million passengers", "the same two terminals" 2,
  "583,900 live births", "71.2 million tonnes", "276 million tonnes", "3.93 million", "1.54
  million homes", "just 10 multinational groups", "two soft months" 2); temperatures and
  their gaps as counts (tenth: „Grad“ a count): „2,9 Grad wärmer“, „24,6 Grad und ... gut
  zwei Grad wärmer“ 24.6 and 2 "over", „nochmals 0,3 Grad darüber“; index-like ratios as
  written („1,32 auf 1,29 Kinder“, "1.39 children ... from 1.41").
- Durations and ages (the issue's „fünfstündigen“ and "a two-week visit"; every round):
  „binnen fünf Jahren“, „vor zehn Jahren“, „vor zwei Jahrzehnten“ and "two decades ago" 20
  years (two-hundred-and-forty-fourth: "two decades"), „der vorangegangenen zehn Jahre“, „in
  40 bis 45 Jahren“, "in two years", "five years ago", "three months earlier" 3 months
  (four-hundred-and-fifty-second: "five years before"), "over the twelve months to May" 12
  months (four-hundred-and-sixtieth: "the three months to February"), "its weakest for
  nearly three years" 3 years "nearly", "a peak not seen for almost four years" 4 years
  "nearly", "inside 18 weeks" and "inside four hours" ("inside" no hedge, as "within",
  two-hundred-and-seventh), "longer than 52 weeks" and "more than six weeks" "over", "under
  20 minutes" "under", "4.7 months' supply ..., up from 4.1 months"
  (four-hundred-and-fifty-seventh: "8.0 months' supply"), „von durchschnittlich 2,8 auf 2,1
  Tage“, "The average 30-year fixed mortgage rate" 30 years and „zehnjähriger
  Bundesanleihen“ 10 years (a tenor, eleventh). Ages: „im Schnitt 57 Jahre alt und damit gut
  zehn Jahre älter“ 57 and 10 years "over", „im Mittel 30,9 Jahre alt; ... um rund
  eineinhalb Jahre jünger“ 30.9 and 1.5 years "about", "31.2 years old ..., against 29.3",
  "aged 15 to 44", "aged 40 and over" "at_least", "those under 20" "under", „für Kinder
  unter drei Jahren“ "under" (four-hundred-and-sixtieth). None: „im Vorjahr“, „im
  Vorjahreszeitraum“, „gegenüber dem Vorjahresmonat“, „binnen Jahresfrist“, „innert
  Jahresfrist“, „ein Jahr zuvor“, „vor einem Jahr“, „seit einem Jahr“, „binnen eines
  Monats“, „bis Jahresende“, „bis zum Frühjahr“, „im letzten Messjahr“, „Seit Jänner“, „ab
  Jänner“, „Von Jänner bis Juni“, „fürs ganze Jahr“, "a year earlier", "a year ago", "a year
  before", "last year", "this year", "last week", "a month earlier", "month-on-month", "on
  the month", "the year to the end of March", "the June quarter"
  (two-hundred-and-seventy-seventh: "the March quarter"), "by March", "since May", weekdays
  and months.
- Ordinals (the issue's „das sechste Treffen“; every round): „im ersten Halbjahr“ 1 (five
  times), „in der ersten Jahreshälfte 2026“ 1 and the year, „die erste Zinssenkung“ 1, „Beim
  ersten Baby“ 1 (four-hundred-and-eighty-second: „ihres ersten Kindes“), "in the first
  half" 1, "second-quarter" 2 (twice), "a second straight annual decline" 2. None:
  "First-time buyers" (hundred-seventy-second: "first-time" none), "the cheapest county",
  „den tiefsten Wert“, „den tiefsten Stand“, „den größten Rückgang“, "the smallest gain",
  "the lowest total", "the lowest number", "the fastest".
- Idioms and look-alikes built on number words count nothing. New: „Wir haben doppelt und
  dreifach gerechnet“, „die halbe Miete“, "in two minds", "a double whammy" and "a
  double-edged sword" carry none (in negatives), and "It is a two-speed market, with ..."
  carries none for "two-speed" in a check-worthy row - each idiom names a manner, not a
  multiple or a share, as "at sixes and sevens" (four-hundred-and-sixtieth) and "in one
  piece" (four-hundred-and-seventy-fourth). "a handful of companies" and "a few tenths above
  target" none (four-hundred-and-fifty-first: „ein paar“), "the Fed's 2% goal" 2 % (a target
  as written), „Forsa-Umfrage“, „(Ebit)“, „(TEU)“ and „(BFS)“ none.
- Dates and years: Reuters datelines with a day ("LONDON, July 5", "WASHINGTON, July 7",
  "DUBLIN, July 8", "WASHINGTON, July 13", "LONDON, July 14", "DUBLIN, July 16", "CHICAGO,
  July 19", "NEW YORK, July 22", "DUBLIN, July 23") are dates without a year
  (three-hundred-and-ninety-fifth, four-hundred-and-seventy-fourth); dpa, dpa/lby, dpa/lno,
  dpa/lsw, dpa/lnw, dpa-AFX, APA, Keystone-SDA, AP, PA and AAP datelines without a day none
  (seventy-ninth). Years as written („im Juni 2026“, „im Oktober 2022“, „2026 schweizweit“,
  „seit 2019“, „unter dem Stand von 2019“, „in der ersten Jahreshälfte 2026“, „Ende 2026“,
  „2016 waren es“, „fiel 2026“, „der Jahre 1991 bis 2020“ both, „der Juni 2019“, „seit
  Beginn der Erfassung 1953“, „im Jänner 2023“, „bis 2028“, „für 2028“, „bis 2030“, „Seit
  1990“, "in May 2025", "began in 2021", "since 2021", "since 2019", "in 2025" (three
  times), "since 2002", "since March 2023", "by March 2028", "early 2024", "as in 2022", "in
  2019", "For 2027-28" both years - four-hundred-and-eighty-second: "the 2026-27 financial
  year" -, "in 2017"); "the early 1990s" none (thirty-fourth).
- Speakers, checked only in forms the earlier batches settled. German: „wie das Statistische
  Bundesamt am Montag mitteilte“, „teilte das Arbeitsmarktservice (AMS) am Dienstag mit“ and
  „teilte die Statistik Austria am Montag mit“ the source with its article, the
  abbreviation, the weekday and the place dropped (four-hundred-and-fifty-second,
  four-hundred-and-sixtieth); „wie Hafen Hamburg Marketing am Donnerstag mitteilte“ the name
  as written, without an article (four-hundred-and-twentieth: "NSW Police said"); a quote or
  a figure followed by „sagte Weserland-Bank-Ökonomin Wiebke Tammen-Quarshie“, „sagte
  Wifo-Arbeitsmarktökonomin Hemma Strassegger-Wlattnig“, „sagte Finanzchefin Ortrun
  Wiegelmann-Asante“, „sagte Bergwacht-Sprecher Vitus Angerer-Nwachukwu“, „sagte
  Statistik-Austria-Demografin Ingeborg Pfusterschmid-Adomako“, „sagte
  MeteoSchweiz-Klimatologin Corina Jenal-Zimmerli“, „sagte Hafensprecherin Swantje
  Ohlendorf-Baptista“, „sagte E-Control-Sprecherin Almut Trinkl-Dossou“, „sagte
  Elternverbandssprecherin Mareike Schürholz-Adebowale“, „sagte Luzern-Tourismus-Sprecherin
  Nadja Bürgisser-Tschudin“, „sagte Nordmark-Bank-Ökonom Jorrit Vosskuhl-Ansah“ and „sagte
  Glaziologin Gerlinde Pfurtscheller-Nkemelu“ the name with the title dropped
  (hundred-ninety-ninth, four-hundred-and-sixtieth, four-hundred-and-seventy-fourth).
  English: "the Labor Department said on Tuesday", "the Australian Bureau of Statistics
  said" and "the Department of Finance said on Friday" with their article
  (three-hundred-and-seventy-sixth, four-hundred-and-seventy-fourth); "the statistics office
  said on Wednesday" with its article (hundred-eighteenth: "the statistics agency"), the row
  naming the office nowhere else; "Sandpiper Airlines said on Monday" the firm's name
  (tenth, three-hundredth: a company as its source); "said Halden chief economist Rosamund
  Tilbury-Nakamura", "Chief Financial Officer Renata Caskie-Boateng said", "said ONS
  demographer Gwilym Treharne-Addo" and "chief executive Kirra Vandermolen-Ashe said" the
  name with the role dropped (hundred-thirty-ninth, four-hundred-and-sixtieth); a figure
  followed by "said Bronte Kilfoyle-Mensah, chief economist at ...", "said Odalys
  Brannock-Fitch, an economist at ...", "said Nuala Carrickford-Obi, a housing economist at
  ...", "said Marisela Quintero-Haig, an epidemiologist at ...", "said Ffion
  Delacourt-Amankwah, a health policy analyst at ...", "said Gideon Hartigan-Mwale, chief
  U.S. economist at ...", "said Callista Penwarden-Osei, UK economist at ...", "said Devika
  Ormsby-Lund, chief economist at ..." and "said Orla Kilbride-Nyarko, an economist at ..."
  the name (three-hundred-and-fifty-sixth); "..., Wirrapunda-Slade said." the surname
  (eighteenth, four-hundred-and-fifty-second). Each row's diacritics and hyphens are its
  speaker's („Schürholz-Adebowale“, „Bürgisser-Tschudin“). Left unchecked (None): all
  negatives, also those with a named speaker; roles ("the bank said" -
  four-hundred-and-fifty-second -, "daa's chief executive said"); a description before a
  name ("mortgage lender Halden Building Society said", "airport operator daa said";
  fortieth, four-hundred-and-sixtieth); a weather service's report („wie MeteoSchweiz
  mitteilte“; three-hundred-and-eighty-second: "the National Weather Service said"); verbs
  that are no saying („Der Bund schätzt“, „beziffert die Lücke“, „beziffert Forsa“ -
  four-hundred-and-fifth: „beziffert die Kammer“ -, „schreibt das Bundesamt für Statistik
  (BFS)“ - hundred-thirty-eighth: "schreibt X" -, "The Irish Fiscal Advisory Council has
  estimated"); data and documents („wie aus Zahlen des Innenministeriums hervorgeht“, „wie
  aus einem Tarifvergleich der E-Control hervorgeht“, „Nach Berechnungen des Instituts der
  deutschen Wirtschaft“, „nach Angaben aus Notenbankkreisen“, "Commerce Department data
  showed", "monthly data show", "the latest ONS figures showed", "CME FedWatch showed");
  plural sources („Volkswirte“, "Economists polled by Reuters", "Traders", "Some
  forecasters"; forty-first); and every "according to" (Lendhaven, the Residential Tenancies
  Board, preliminary CDC counts, the National Association of Realtors). To keep the checked
  speakers near 35, several figures are given no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_493 = [
    # --- Inflation in Deutschland (dpa), Montag, 5. Juli ---
    (
        "de",
        "Wiesbaden (dpa) - Die Teuerung hierzulande hat sich im Juni spürbar abgeschwächt, von 2,4 auf 2,1 Prozent, wie das Statistische Bundesamt am Montag mitteilte.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.1, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Für Heizöl, Sprit und Strom zahlten Verbraucher binnen Jahresfrist 3,8 Prozent weniger, für Lebensmittel dagegen 2,9 Prozent mehr als im Juni 2026.",
        True,
        [("percent", 3.8, "%", None), ("percent", 2.9, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Die sogenannte Kernrate, die schwankungsanfällige Posten ausklammert, blieb bei 2,6 Prozent hängen und damit einen halben Prozentpunkt über der Gesamtrate.",
        True,
        [("percent", 2.6, "%", None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Bei Dienstleistungen schwächte sich der Preisauftrieb um 0,4 auf 3,1 Prozent ab.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Volkswirte hatten im Schnitt mit einer Rate zwischen 2,2 und 2,3 Prozent gerechnet.",
        True,
        [("percent", 2.2, "%", None), ("percent", 2.3, "%", None)],
        None,
    ),
    ("de", "Volkswirte sprachen von einer Atempause, nicht von einer Trendwende.", False, [], None),
    (
        "de",
        "„Die Teuerung ist seit dem Höhepunkt im Oktober 2022 auf weniger als ein Viertel geschrumpft“, sagte Weserland-Bank-Ökonomin Wiebke Tammen-Quarshie.",
        True,
        [("year", 2022, None, None), ("fraction", 0.25, None, "under")],
        "Wiebke Tammen-Quarshie",
    ),
    (
        "de",
        "„Für die Geldbörsen der Haushalte ist das noch lange keine Entwarnung“, sagte Tammen-Quarshie.",
        False,
        [],
        None,
    ),
    # --- British house prices (Reuters), July 5 ---
    (
        "en",
        "LONDON, July 5 (Reuters) - Home values across Britain edged up 0.4% month-on-month in June, though the yearly pace cooled to 2.9% from 3.2%, mortgage lender Halden Building Society said on Monday.",
        True,
        [
            ("date", "--07-05", None, None),
            ("percent", 0.4, "%", None),
            ("percent", 2.9, "%", None),
            ("percent", 3.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The average price of a home was £287,400, up about £8,100 on a year earlier.",
        True,
        [("money", 287400, "GBP", None), ("money", 8100, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had expected a monthly rise of between 0.2% and 0.3%.",
        True,
        [("percent", 0.2, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "Northern Ireland again led the regions with annual growth of 7.1%, more than twice the national rate, while prices in London fell 0.6%.",
        True,
        [("percent", 7.1, "%", None), ("count", 2, None, "over"), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "First-time buyers now pay roughly 5.2 times their income for a typical home, against 4.1 times two decades ago.",
        True,
        [("count", 5.2, None, "about"), ("count", 4.1, None, None), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        '"A market that was running at twice this pace a year ago has settled into something more sustainable," said Halden chief economist Rosamund Tilbury-Nakamura.',
        True,
        [("count", 2, None, None)],
        "Rosamund Tilbury-Nakamura",
    ),
    ("en", "Estate agents said buyers remained in two minds about committing before the autumn.", False, [], None),
    (
        "en",
        '"Nobody should read a soft month as the turn of the tide," Tilbury-Nakamura said.',
        False,
        [],
        None,
    ),
    # --- Arbeitsmarkt Österreich (APA), Dienstag, 6. Juli ---
    (
        "de",
        "Wien (APA) - Die Arbeitslosenquote in Österreich ist im Juni um 0,3 auf 6,4 Prozent gestiegen, teilte das Arbeitsmarktservice (AMS) am Dienstag mit.",
        True,
        [("percent", 0.3, "pp", None), ("percent", 6.4, "%", None)],
        "das Arbeitsmarktservice",
    ),
    (
        "de",
        "Inklusive Schulungsteilnehmern waren 341.800 Menschen ohne Job, ein Plus von 4,2 Prozent gegenüber dem Vorjahresmonat.",
        True,
        [("count", 341800, None, None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "In Wien lag die Quote mit 10,7 Prozent fast dreimal so hoch wie in Salzburg mit 3,7 Prozent.",
        True,
        [("percent", 10.7, "%", None), ("count", 3, None, "nearly"), ("percent", 3.7, "%", None)],
        None,
    ),
    (
        "de",
        "Seit Jänner ist die Zahl der Langzeitarbeitslosen um gut ein Zehntel auf knapp 92.000 gestiegen.",
        True,
        [("fraction", 0.1, None, "over"), ("count", 92000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahl der offenen Stellen hat sich gegenüber dem Rekordsommer ungefähr halbiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Heuer rechnen wir im Jahresschnitt mit einer Quote zwischen 6,8 und 7,0 Prozent“, sagte Wifo-Arbeitsmarktökonomin Hemma Strassegger-Wlattnig.",
        True,
        [("percent", 6.8, "%", None), ("percent", 7.0, "%", None)],
        "Hemma Strassegger-Wlattnig",
    ),
    (
        "de",
        "„Der Arbeitsmarkt ist keine Einbahnstraße, aber die Richtung stimmt derzeit nicht“, sagte Strassegger-Wlattnig.",
        False,
        [],
        None,
    ),
    ("de", "Die Gewerkschaft sprach von einem Alarmsignal für den Herbst.", False, [], None),
    # --- The RBA holds (AAP), July 6 ---
    (
        "en",
        "SYDNEY (AAP) - Australia's central bank kept its cash rate on hold at 3.60 per cent on Tuesday, even though traders had priced the odds of a cut at between 40 and 50 per cent.",
        True,
        [("percent", 3.6, "%", None), ("percent", 40, "%", None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "en",
        "Headline inflation, running at 3.1 per cent over the twelve months to May, was still too far above its 2 to 3 per cent band, the bank said.",
        True,
        [
            ("percent", 3.1, "%", None),
            ("duration", 12, "month", None),
            ("percent", 2, "%", None),
            ("percent", 3, "%", None),
        ],
        None,
    ),
    (
        "en",
        "It trimmed its forecast for GDP growth this year to 1.8 per cent from 2.1 per cent, and now sees unemployment peaking at 4.5 per cent.",
        True,
        [("percent", 1.8, "%", None), ("percent", 2.1, "%", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "Traders pared bets on an August move, with futures now implying roughly a one-in-three chance of a 25 basis point cut.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 25, "bp", None)],
        None,
    ),
    (
        "en",
        "A 25 basis point cut would shave about A$95 a month off repayments on a A$600,000 loan, according to comparison site Lendhaven.",
        True,
        [("percent", 25, "bp", None), ("money", 95, "AUD", "about"), ("money", 600000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"Patience is not the same thing as standing still," the governor told reporters in Sydney.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Markets had moved too far, pricing as many as three cuts by March, said Bronte Kilfoyle-Mensah, chief economist at Coolibah Markets.",
        True,
        [("count", 3, None, "up_to")],
        "Bronte Kilfoyle-Mensah",
    ),
    (
        "en",
        "Mortgage brokers said borrowers faced a double whammy if the cut did not come and petrol prices kept climbing.",
        False,
        [],
        None,
    ),
    # --- Leerwohnungen in der Schweiz (Keystone-SDA), Mittwoch, 7. Juli ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Leere Wohnungen werden in der Schweiz rarer: Ihr Anteil am Bestand fiel innert Jahresfrist von 1,08 auf 0,98 Prozent, schreibt das Bundesamt für Statistik (BFS) in seiner jüngsten Leerwohnungszählung.",
        True,
        [("percent", 1.08, "%", None), ("percent", 0.98, "%", None)],
        None,
    ),
    (
        "de",
        "Am Stichtag standen noch 45'120 Wohnungen leer, rund 4'600 weniger als ein Jahr zuvor.",
        True,
        [("count", 45120, None, None), ("count", 4600, None, "about")],
        None,
    ),
    (
        "de",
        "Im Kanton Zug war die Quote mit 0,31 Prozent nicht einmal ein Drittel so hoch wie im Landesmittel.",
        True,
        [("percent", 0.31, "%", None), ("fraction", 0.3333, None, "under")],
        None,
    ),
    (
        "de",
        "Gebaut wurden 2026 schweizweit 43'900 neue Wohnungen, das sind 4,9 je 1'000 Einwohnerinnen und Einwohner.",
        True,
        [
            ("year", 2026, None, None),
            ("count", 43900, None, None),
            ("count", 4.9, None, None),
            ("count", 1000, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der Bund schätzt den Bedarf auf 50'000 bis 55'000 Wohnungen pro Jahr.",
        True,
        [("count", 50000, None, None), ("count", 55000, None, None)],
        None,
    ),
    (
        "de",
        "Die Angebotsmieten stiegen im gleichen Zeitraum um 4,7 Prozent, in der Stadt Zürich gar um knapp 9 Prozent.",
        True,
        [("percent", 4.7, "%", None), ("percent", 9, "%", "nearly")],
        None,
    ),
    ("de", "Der Mieterinnen- und Mieterverband sprach von einer Wohnungsnot mit Ansage.", False, [], None),
    (
        "de",
        "Die Hauseigentümer hielten die Zahlen für einen Beweis, dass mehr verdichtet gebaut werden müsse.",
        False,
        [],
        None,
    ),
    # --- U.S. trade deficit (Reuters), July 7 ---
    (
        "en",
        "WASHINGTON, July 7 (Reuters) - The U.S. trade deficit widened 12% to $78.4 billion in May as imports of pharmaceuticals jumped, Commerce Department data showed on Wednesday.",
        True,
        [("date", "--07-07", None, None), ("percent", 12, "%", None), ("money", 78400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast the gap at $71.0 billion, with estimates ranging from $66.5 billion to $75.2 billion.",
        True,
        [("money", 71000000000, "USD", None), ("money", 66500000000, "USD", None), ("money", 75200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Exports fell 1.1% to $263.7 billion, while imports rose 2.3% to $342.1 billion.",
        True,
        [
            ("percent", 1.1, "%", None),
            ("money", 263700000000, "USD", None),
            ("percent", 2.3, "%", None),
            ("money", 342100000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Pharmaceutical imports were up 38% from April and ran at roughly 2.5 times their level in May 2025.",
        True,
        [("percent", 38, "%", None), ("count", 2.5, None, "about"), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "The deficit with Mexico narrowed by a third, to $11.2 billion.",
        True,
        [("fraction", 0.3333, None, None), ("money", 11200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Trade subtracted between 0.5 and 0.8 percentage point from second-quarter growth, said Odalys Brannock-Fitch, an economist at Quillon Research.",
        True,
        [("percent", 0.5, "pp", None), ("percent", 0.8, "pp", None), ("ordinal", 2, None, None)],
        "Odalys Brannock-Fitch",
    ),
    ("en", "Some economists said the swings made the monthly numbers close to meaningless.", False, [], None),
    ("en", '"This is front-running, pure and simple," Brannock-Fitch said.', False, [], None),
    # --- Irish rents (Reuters), July 8 ---
    (
        "en",
        "DUBLIN, July 8 (Reuters) - Average rents on new tenancies in Ireland rose 6.2 per cent in the year to the end of March to 1,912 euros a month, according to the Residential Tenancies Board.",
        True,
        [("date", "--07-08", None, None), ("percent", 6.2, "%", None), ("money", 1912, "EUR", None)],
        None,
    ),
    (
        "en",
        "In Dublin the average climbed to 2,487 euros, almost one and a half times the figure outside the capital.",
        True,
        [("money", 2487, "EUR", None), ("count", 1.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Rents in Leitrim, the cheapest county, were less than half those in Dún Laoghaire-Rathdown.",
        True,
        [("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "The number of registered tenancies fell by 2,300 to about 318,000, extending a decline that began in 2021.",
        True,
        [("count", 2300, None, None), ("count", 318000, None, "about"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "It is a two-speed market, with increases of between 3 and 4 per cent in Dublin against 8 to 9 per cent elsewhere.",
        True,
        [("percent", 3, "%", None), ("percent", 4, "%", None), ("percent", 8, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        '"Supply has not grown by anything like the 50,000 homes a year we need," said Nuala Carrickford-Obi, a housing economist at Trinity College Dublin.',
        True,
        [("count", 50000, None, None)],
        "Nuala Carrickford-Obi",
    ),
    (
        "en",
        "Tenant groups said the figures understated how hard it had become to find anywhere at all.",
        False,
        [],
        None,
    ),
    ("en", '"Renters are being squeezed from both sides," said Carrickford-Obi.', False, [], None),
    # --- Veldenzer hebt Prognose (dpa-AFX), Donnerstag, 8. Juli ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Kabelhersteller Veldenzer hat im ersten Halbjahr den Umsatz um 3,4 Prozent auf 12,1 Milliarden Euro gesteigert.",
        True,
        [("ordinal", 1, None, None), ("percent", 3.4, "%", None), ("money", 12100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das operative Ergebnis (Ebit) verdoppelte sich fast auf 846 Millionen Euro, die Marge stieg von 3,9 auf 7,0 Prozent.",
        True,
        [("money", 846000000, "EUR", None), ("percent", 3.9, "%", None), ("percent", 7.0, "%", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr erwartet der Vorstand nun einen freien Mittelzufluss zwischen 2 und 3 Milliarden Euro statt bisher 1,5 bis 2 Milliarden.",
        True,
        [
            ("money", 2000000000, "EUR", None),
            ("money", 3000000000, "EUR", None),
            ("money", 1500000000, "EUR", None),
            ("money", 2000000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Nettoverschuldung sank auf das 1,8-Fache des operativen Ergebnisses vor Abschreibungen, nach dem 2,6-Fachen Ende 2026.",
        True,
        [("count", 1.8, None, None), ("count", 2.6, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Die Dividende soll aufs Doppelte steigen, auf 1,40 Euro je Aktie, sagte Finanzchefin Ortrun Wiegelmann-Asante.",
        True,
        [("count", 2, None, None), ("money", 1.4, "EUR", None)],
        "Ortrun Wiegelmann-Asante",
    ),
    (
        "de",
        "Die Aktie legte im frühen Handel um bis zu 7,5 Prozent zu und war mit 58,20 Euro so teuer wie seit 2019 nicht mehr.",
        True,
        [("percent", 7.5, "%", "up_to"), ("money", 58.2, "EUR", None), ("year", 2019, None, None)],
        None,
    ),
    ("de", "Händler sprachen von einem Befreiungsschlag.", False, [], None),
    (
        "de",
        "„Wir haben doppelt und dreifach gerechnet, bevor wir die Prognose angehoben haben“, sagte Wiegelmann-Asante.",
        False,
        [],
        None,
    ),
    # --- U.S. overdose deaths (AP), July 9 ---
    (
        "en",
        "NEW YORK (AP) — Fatal drug overdoses in the U.S. dropped about 18% last year to roughly 81,400, a second straight annual decline, according to preliminary CDC counts released Friday.",
        True,
        [("percent", 18, "%", "about"), ("count", 81400, None, "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The death rate dropped to 23.9 per 100,000 people from 29.2 in 2025, the lowest since 2019.",
        True,
        [
            ("count", 23.9, None, None),
            ("count", 100000, None, None),
            ("count", 29.2, None, None),
            ("year", 2025, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "Deaths involving fentanyl and similar synthetic opioids were down by roughly a quarter, but still accounted for nearly six in 10 of the total.",
        True,
        [("fraction", 0.25, None, "about"), ("fraction", 0.6, None, "nearly")],
        None,
    ),
    (
        "en",
        "In West Virginia the rate remained more than 2½ times the national figure.",
        True,
        [("count", 2.5, None, "over")],
        None,
    ),
    (
        "en",
        "Stimulant deaths, mostly from methamphetamine, held roughly steady at between 30,000 and 32,000.",
        True,
        [("count", 30000, None, None), ("count", 32000, None, None)],
        None,
    ),
    (
        "en",
        '"We have gone from more than 110,000 deaths a year at the peak to fewer than 82,000, and that is real," said Marisela Quintero-Haig, an epidemiologist at Johns Hopkins University.',
        True,
        [("count", 110000, None, "over"), ("count", 82000, None, "under")],
        "Marisela Quintero-Haig",
    ),
    (
        "en",
        "Some public health experts said it was too early to declare victory over the epidemic.",
        False,
        [],
        None,
    ),
    ("en", '"Behind each of those deaths there is a family still grieving," Quintero-Haig said.', False, [], None),
    # --- Bergwacht Bayern (dpa/lby), Freitag, 9. Juli ---
    (
        "de",
        "München (dpa/lby) - Die Bergwacht Bayern ist im ersten Halbjahr zu 4.310 Einsätzen ausgerückt, fast ein Drittel mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 4310, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei Mountainbike-Unfällen hat sich die Zahl der Einsätze binnen fünf Jahren ums Dreifache erhöht, auf zuletzt 612.",
        True,
        [("duration", 5, "year", None), ("count", 3, None, None), ("count", 612, None, None)],
        None,
    ),
    (
        "de",
        "Verunglückte E-Biker waren im Schnitt 57 Jahre alt und damit gut zehn Jahre älter als die übrigen Radfahrer.",
        True,
        [("duration", 57, "year", None), ("duration", 10, "year", "over")],
        None,
    ),
    (
        "de",
        "Hubschrauber wurden in 1.080 Fällen angefordert, das sind rund 25 Prozent aller Einsätze nach 22 Prozent im Vorjahr.",
        True,
        [("count", 1080, None, None), ("percent", 25, "%", "about"), ("percent", 22, "%", None)],
        None,
    ),
    (
        "de",
        "„An schönen Wochenenden haben wir inzwischen zwei- bis dreimal so viele Einsätze wie noch vor zehn Jahren“, sagte Bergwacht-Sprecher Vitus Angerer-Nwachukwu.",
        True,
        [("count", 2, None, None), ("count", 3, None, None), ("duration", 10, "year", None)],
        "Vitus Angerer-Nwachukwu",
    ),
    (
        "de",
        "„Viele überschätzen sich am Berg, und der Akku macht das nicht besser“, sagte Angerer-Nwachukwu.",
        False,
        [],
        None,
    ),
    ("de", "Der Alpenverein riet, Touren lieber zu früh als zu spät abzubrechen.", False, [], None),
    # --- NHS waiting list (PA), July 12 ---
    (
        "en",
        "LONDON (PA) - The queue of treatments still to be carried out in English hospitals got 41,000 shorter in May, leaving 7.21 million, monthly data show.",
        True,
        [("count", 41000, None, None), ("count", 7210000, None, None)],
        None,
    ),
    (
        "en",
        "It is the lowest total since March 2023 but still some 2.6 million above the level before the pandemic.",
        True,
        [("year", 2023, None, None), ("count", 2600000, None, "about")],
        None,
    ),
    (
        "en",
        "The number of patients waiting longer than 52 weeks dropped from 196,400 to 181,900.",
        True,
        [("duration", 52, "week", "over"), ("count", 196400, None, None), ("count", 181900, None, None)],
        None,
    ),
    (
        "en",
        "Only 59.8% had started treatment inside 18 weeks, measured against the 92% standard and a stepping-stone goal of 65% by March 2028.",
        True,
        [
            ("percent", 59.8, "%", None),
            ("duration", 18, "week", None),
            ("percent", 92, "%", None),
            ("percent", 65, "%", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "Emergency departments did better, dealing with 76.4% of arrivals inside four hours, 1.9 percentage points more than in May last year.",
        True,
        [("percent", 76.4, "%", None), ("duration", 4, "hour", None), ("percent", 1.9, "pp", None)],
        None,
    ),
    (
        "en",
        "Waits of more than six weeks for diagnostic tests have roughly halved in two years, said Ffion Delacourt-Amankwah, a health policy analyst at the Nuffield Trust.",
        True,
        [("duration", 6, "week", "over"), ("duration", 2, "year", None)],
        "Ffion Delacourt-Amankwah",
    ),
    (
        "en",
        "Health leaders called the improvement fragile and said the summer would be a real test.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"The trend is turning our way, but this is no time for a lap of honour," the health secretary said.',
        False,
        [],
        None,
    ),
    # --- Geburten in Österreich (APA), Montag, 12. Juli ---
    (
        "de",
        "Wien (APA) - Von Jänner bis Juni wurden hierzulande 37.410 Babys geboren und damit um 3,1 Prozent weniger als in der ersten Jahreshälfte 2026, teilte die Statistik Austria am Montag mit.",
        True,
        [
            ("count", 37410, None, None),
            ("percent", 3.1, "%", None),
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
        ],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die Geburtenrate sank damit auf 8,2 Lebendgeborene je 1.000 Einwohnerinnen und Einwohner, 2016 waren es noch 10,0 gewesen.",
        True,
        [
            ("count", 8.2, None, None),
            ("count", 1000, None, None),
            ("year", 2016, None, None),
            ("count", 10.0, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Fertilitätsrate fiel 2026 von 1,32 auf 1,29 Kinder je Frau, den tiefsten Wert seit Beginn der Aufzeichnungen.",
        True,
        [("year", 2026, None, None), ("count", 1.32, None, None), ("count", 1.29, None, None)],
        None,
    ),
    (
        "de",
        "Beim ersten Baby sind Mütter inzwischen im Mittel 30,9 Jahre alt; vor zwei Jahrzehnten waren sie um rund eineinhalb Jahre jünger.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 30.9, "year", None),
            ("duration", 20, "year", None),
            ("duration", 1.5, "year", "about"),
        ],
        None,
    ),
    (
        "de",
        "In Wien war die Geburtenrate mit 9,6 Promille um mehr als ein Fünftel höher als in Kärnten.",
        True,
        [("count", 9.6, None, None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "„Wir sehen quer durch alle Bundesländer einen Rückgang zwischen 2 und 5 Prozent“, sagte Statistik-Austria-Demografin Ingeborg Pfusterschmid-Adomako.",
        True,
        [("percent", 2, "%", None), ("percent", 5, "%", None)],
        "Ingeborg Pfusterschmid-Adomako",
    ),
    ("de", "„Kinderwunsch und Wirklichkeit klaffen auseinander“, sagte Pfusterschmid-Adomako.", False, [], None),
    ("de", "Familienverbände hielten die Entwicklung für ein Warnsignal an die Politik.", False, [], None),
    # --- U.S. consumer prices (Reuters), July 13 ---
    (
        "en",
        "WASHINGTON, July 13 (Reuters) - American consumer prices ticked up 0.2% last month, pulling the yearly inflation rate down to 2.6% in June from 2.8% in May, the Labor Department said on Tuesday.",
        True,
        [
            ("date", "--07-13", None, None),
            ("percent", 0.2, "%", None),
            ("percent", 2.6, "%", None),
            ("percent", 2.8, "%", None),
        ],
        "the Labor Department",
    ),
    (
        "en",
        "Economists polled by Reuters had forecast annual inflation at 2.7%, with estimates in a range of 2.5% to 2.9%.",
        True,
        [("percent", 2.7, "%", None), ("percent", 2.5, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Gasoline prices fell 3.4% on the month and were down 9.1% from a year earlier.",
        True,
        [("percent", 3.4, "%", None), ("percent", 9.1, "%", None)],
        None,
    ),
    (
        "en",
        "The core measure, excluding volatile food and fuel, stayed at 3.0%, nearly a full percentage point above the Fed's 2% goal.",
        True,
        [("percent", 3.0, "%", None), ("percent", 1, "pp", "nearly"), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Shelter costs, about a third of the index, rose 0.3%, the smallest gain since 2021.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 0.3, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Traders raised the odds of a September rate cut to about 70% from 55% before the report, CME FedWatch showed.",
        True,
        [("percent", 70, "%", "about"), ("percent", 55, "%", None)],
        None,
    ),
    (
        "en",
        '"That is two soft months in a row, and the Fed will notice," said Gideon Hartigan-Mwale, chief U.S. economist at Meridell Capital.',
        True,
        [("count", 2, None, None)],
        "Gideon Hartigan-Mwale",
    ),
    (
        "en",
        "Some economists said tariff effects could still push goods prices higher later in the year.",
        False,
        [],
        None,
    ),
    ("en", '"The Fed has room, but it does not have to use it yet," Hartigan-Mwale said.', False, [], None),
    # --- Sonntagsfrage (dpa), Dienstag, 13. Juli ---
    (
        "de",
        "Berlin (dpa) - Die Grünen haben in einer neuen Forsa-Umfrage um zwei Punkte auf 14 Prozent zugelegt.",
        True,
        [("percent", 2, "pp", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Die Union kommt unverändert auf 29 Prozent, die AfD verliert einen Punkt auf 21 Prozent.",
        True,
        [("percent", 29, "%", None), ("percent", 1, "pp", None), ("percent", 21, "%", None)],
        None,
    ),
    (
        "de",
        "Der Abstand zwischen Union und AfD ist damit binnen eines Monats von elf auf acht Prozentpunkte geschrumpft.",
        True,
        [("percent", 11, "pp", None), ("percent", 8, "pp", None)],
        None,
    ),
    (
        "de",
        "Ein Zuwachs um zwei Prozentpunkte entspricht bei einer Partei mit 12 Prozent einem relativen Plus von knapp 17 Prozent, nicht von 2 Prozent.",
        True,
        [
            ("percent", 2, "pp", None),
            ("percent", 12, "%", None),
            ("percent", 17, "%", "nearly"),
            ("percent", 2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die mögliche Abweichung beziffert Forsa für jede Partei auf plus/minus 2,5 Prozentpunkte.",
        True,
        [("percent", 2.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden 2.504 Wahlberechtigte zwischen dem 6. und dem 12. Juli.",
        True,
        [("count", 2504, None, None), ("date", "--07-06", None, None), ("date", "--07-12", None, None)],
        None,
    ),
    ("de", "Die Grünen sprachen von Rückenwind für den Herbst.", False, [], None),
    (
        "de",
        "„Umfragen sind Momentaufnahmen, keine Wahlergebnisse“, sagte ein Sprecher der Union.",
        False,
        [],
        None,
    ),
    # --- UK inflation (Reuters), July 14 ---
    (
        "en",
        "LONDON, July 14 (Reuters) - UK inflation cooled more than expected to 2.4% in June after 2.7% in May and now stands at its weakest for nearly three years, the statistics office said on Wednesday.",
        True,
        [
            ("date", "--07-14", None, None),
            ("percent", 2.4, "%", None),
            ("percent", 2.7, "%", None),
            ("duration", 3, "year", "nearly"),
        ],
        "the statistics office",
    ),
    (
        "en",
        "The Bank of England's forecast in May had pointed to a rate of 2.6%, and economists polled by Reuters had expected 2.5%.",
        True,
        [("percent", 2.6, "%", None), ("percent", 2.5, "%", None)],
        None,
    ),
    (
        "en",
        "Services inflation, watched closely by the BoE, fell 0.5 percentage points to 4.1%, less than half its level of early 2024.",
        True,
        [
            ("percent", 0.5, "pp", None),
            ("percent", 4.1, "%", None),
            ("fraction", 0.5, None, "under"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Food prices rose 3.3% from a year earlier, after 3.9% in May.",
        True,
        [("percent", 3.3, "%", None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "Sterling slipped a quarter of a cent against the dollar to $1.3412 after the data.",
        True,
        [("money", 0.0025, "USD", None), ("money", 1.3412, "USD", None)],
        None,
    ),
    (
        "en",
        "Financial markets now see a 60% to 65% chance of a quarter-point cut in August, up from around 40% last week.",
        True,
        [
            ("percent", 60, "%", None),
            ("percent", 65, "%", None),
            ("percent", 0.25, "pp", None),
            ("percent", 40, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        'Inflation "is now only a few tenths above target, and the case for holding at 3.75% is getting thinner," said Callista Penwarden-Osei, UK economist at Greystoke Partners.',
        True,
        [("percent", 3.75, "%", None)],
        "Callista Penwarden-Osei",
    ),
    (
        "en",
        "Unions said the fall in inflation offered little comfort to workers whose pay had yet to catch up.",
        False,
        [],
        None,
    ),
    # --- Juni-Hitze in der Schweiz (Keystone-SDA), Mittwoch, 14. Juli ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Juni war in der Schweiz im landesweiten Mittel 2,9 Grad wärmer als die Norm der Jahre 1991 bis 2020, wie MeteoSchweiz mitteilte.",
        True,
        [("count", 2.9, None, None), ("year", 1991, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "In Genf zählte man 14 Tropennächte, dreimal so viele wie in einem durchschnittlichen Juni.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Auf der Alpennordseite fiel nur etwa halb so viel Regen wie üblich, im Tessin dagegen bis zu 40 Prozent mehr.",
        True,
        [("fraction", 0.5, None, "about"), ("percent", 40, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die Nullgradgrenze lag an mehreren Tagen zwischen 4'800 und 5'100 Metern über Meer.",
        True,
        [("count", 4800, None, None), ("count", 5100, None, None)],
        None,
    ),
    (
        "de",
        "Der Bodensee erreichte bei Romanshorn 24,6 Grad und war damit gut zwei Grad wärmer als im langjährigen Junimittel.",
        True,
        [("count", 24.6, None, None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "„Heisser war bisher nur der Juni 2019, und der lag nochmals 0,3 Grad darüber“, sagte MeteoSchweiz-Klimatologin Corina Jenal-Zimmerli.",
        True,
        [("year", 2019, None, None), ("count", 0.3, None, None)],
        "Corina Jenal-Zimmerli",
    ),
    (
        "de",
        "„Was früher ein Ausreisser war, wird zur neuen Normalität“, sagte Jenal-Zimmerli.",
        False,
        [],
        None,
    ),
    ("de", "Der Bauernverband warnte vor Ernteausfällen, ohne sie zu beziffern.", False, [], None),
    # --- Australian jobs (AAP), July 15 ---
    (
        "en",
        "MELBOURNE (AAP) - Joblessness in Australia jumped to 4.3 per cent in June after 4.1 per cent a month earlier, a peak not seen for almost four years, the Australian Bureau of Statistics said.",
        True,
        [("percent", 4.3, "%", None), ("percent", 4.1, "%", None), ("duration", 4, "year", "nearly")],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Employment fell by 12,400, confounding forecasts of a gain of around 20,000.",
        True,
        [("count", 12400, None, None), ("count", 20000, None, "about")],
        None,
    ),
    (
        "en",
        "Full-time jobs dropped by 31,000, partly offset by a rise of 18,600 in part-time work.",
        True,
        [("count", 31000, None, None), ("count", 18600, None, None)],
        None,
    ),
    (
        "en",
        "The participation rate slipped 0.2 points to 66.8 per cent, still close to record highs.",
        True,
        [("percent", 0.2, "pp", None), ("percent", 66.8, "%", None)],
        None,
    ),
    (
        "en",
        "Youth unemployment climbed to 10.2 per cent, roughly 2.4 times the overall rate.",
        True,
        [("percent", 10.2, "%", None), ("count", 2.4, None, "about")],
        None,
    ),
    (
        "en",
        "Total hours worked across the economy climbed 0.4 per cent in June to 1.98 billion.",
        True,
        [("percent", 0.4, "%", None), ("count", 1980000000, None, None)],
        None,
    ),
    (
        "en",
        "Some economists said the jump in unemployment owed more to noise in the survey than to a turn in hiring.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"This is a labour market that is loosening, not collapsing," said Tahlia Wirrapunda-Slade, senior economist at Bluewattle Research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Markets now price roughly a 75 per cent chance of a rate cut in August, up from about 45 per cent before the data, Wirrapunda-Slade said.",
        True,
        [("percent", 75, "%", "about"), ("percent", 45, "%", "about")],
        "Wirrapunda-Slade",
    ),
    # --- Hamburger Hafen (dpa/lno), Donnerstag, 15. Juli ---
    (
        "de",
        "Hamburg (dpa/lno) - Der Containerumschlag im Hamburger Hafen ist im ersten Halbjahr um 4,6 Prozent auf 3,9 Millionen Standardcontainer (TEU) gestiegen.",
        True,
        [("ordinal", 1, None, None), ("percent", 4.6, "%", None), ("count", 3900000, None, None)],
        None,
    ),
    (
        "de",
        "Damit liegt Hamburg weiter deutlich hinter Rotterdam, das mit 7,1 Millionen TEU fast doppelt so viel umschlug.",
        True,
        [("count", 7100000, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Seegüterumschlag insgesamt wuchs um 2,1 Prozent auf 56,3 Millionen Tonnen, wie Hafen Hamburg Marketing am Donnerstag mitteilte.",
        True,
        [("percent", 2.1, "%", None), ("count", 56300000, None, None)],
        "Hafen Hamburg Marketing",
    ),
    (
        "de",
        "Der Verkehr mit China legte um ein gutes Fünftel zu, jener mit den USA brach dagegen um 14 Prozent ein.",
        True,
        [("fraction", 0.2, None, "over"), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Die Liegezeiten der Großschiffe verkürzten sich von durchschnittlich 2,8 auf 2,1 Tage.",
        True,
        [("duration", 2.8, "day", None), ("duration", 2.1, "day", None)],
        None,
    ),
    (
        "de",
        "„Wir wollen bis 2030 wieder auf 10 bis 11 Millionen TEU im Jahr kommen“, sagte Hafensprecherin Swantje Ohlendorf-Baptista.",
        True,
        [("year", 2030, None, None), ("count", 10000000, None, None), ("count", 11000000, None, None)],
        "Swantje Ohlendorf-Baptista",
    ),
    ("de", "Der Umweltverband BUND sprach von Wachstumsfantasien auf Kosten der Elbe.", False, [], None),
    (
        "de",
        "„Der Hafen hat die Talsohle hinter sich, aber noch nicht den Gipfel vor Augen“, sagte Ohlendorf-Baptista.",
        False,
        [],
        None,
    ),
    # --- Dublin Airport's first half (Reuters), July 16 ---
    (
        "en",
        "DUBLIN, July 16 (Reuters) - Passenger numbers at Dublin Airport rose 9 per cent to 17.4 million in the first half, airport operator daa said on Friday.",
        True,
        [
            ("date", "--07-16", None, None),
            ("percent", 9, "%", None),
            ("count", 17400000, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "June alone brought 3.31 million passengers, up from 3.02 million a year earlier.",
        True,
        [("count", 3310000, None, None), ("count", 3020000, None, None)],
        None,
    ),
    (
        "en",
        "The airport has been operating under a planning cap of 32 million passengers a year, which it expects to breach by between 1 million and 1.5 million.",
        True,
        [("count", 32000000, None, None), ("count", 1000000, None, None), ("count", 1500000, None, None)],
        None,
    ),
    (
        "en",
        "Transatlantic traffic grew fastest, up 14 per cent, with U.S. preclearance handling nearly twice as many passengers as in 2022.",
        True,
        [("percent", 14, "%", None), ("count", 2, None, "nearly"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Average security wait times were under 20 minutes for 97 per cent of passengers, against a target of 95 per cent.",
        True,
        [("duration", 20, "minute", "under"), ("percent", 97, "%", None), ("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        '"We are handling a third more people through the same two terminals than we did in 2019," daa\'s chief executive said.',
        True,
        [("fraction", 0.3333, None, None), ("count", 2, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Airlines said the cap was holding back growth and called for it to be scrapped without delay.",
        False,
        [],
        None,
    ),
    ("en", "Residents near the north runway called the night-time noise intolerable.", False, [], None),
    # --- Verkehrstote in Baden-Württemberg (dpa/lsw), Freitag, 16. Juli ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Auf den Straßen in Baden-Württemberg sind im ersten Halbjahr 187 Menschen ums Leben gekommen, nach 214 im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 187, None, None), ("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Toten ging damit um 12,6 Prozent zurück und erreichte den tiefsten Stand seit Beginn der Erfassung 1953, wie aus Zahlen des Innenministeriums hervorgeht.",
        True,
        [("percent", 12.6, "%", None), ("year", 1953, None, None)],
        None,
    ),
    (
        "de",
        "Auf 100.000 Einwohner kamen damit 1,6 Verkehrstote, im Bundesschnitt waren es 1,9.",
        True,
        [("count", 100000, None, None), ("count", 1.6, None, None), ("count", 1.9, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Motorradfahrern stieg die Zahl der Getöteten dagegen von 41 auf 49.",
        True,
        [("count", 41, None, None), ("count", 49, None, None)],
        None,
    ),
    (
        "de",
        "Zu schnelles Fahren war bei knapp 40 Prozent der tödlichen Unfälle mit im Spiel, Alkohol bei etwa jedem zehnten.",
        True,
        [("percent", 40, "%", "nearly"), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Verletzten sank um rund 1.700 auf 21.950.",
        True,
        [("count", 1700, None, "about"), ("count", 21950, None, None)],
        None,
    ),
    ("de", "Die Polizeigewerkschaft sprach von einer erfreulichen, aber trügerischen Bilanz.", False, [], None),
    (
        "de",
        "Der Innenminister appellierte an Motorradfahrer, ihr Können nicht zu überschätzen.",
        False,
        [],
        None,
    ),
    # --- Sandpiper Airlines' second quarter (Reuters), July 19 ---
    (
        "en",
        "CHICAGO, July 19 (Reuters) - Sandpiper Airlines said on Monday second-quarter revenue rose 12% to $4.1bn, beating analysts' estimates of $3.95bn, as summer travel demand held up.",
        True,
        [
            ("date", "--07-19", None, None),
            ("ordinal", 2, None, None),
            ("percent", 12, "%", None),
            ("money", 4100000000, "USD", None),
            ("money", 3950000000, "USD", None),
        ],
        "Sandpiper Airlines",
    ),
    (
        "en",
        "Adjusted profit more than tripled to $412m, or $1.86 a share, from $118m a year earlier.",
        True,
        [("money", 412000000, "USD", None), ("money", 1.86, "USD", None), ("money", 118000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Unit revenue climbed 3.4%, while unit costs excluding fuel rose between 1% and 2%.",
        True,
        [("percent", 3.4, "%", None), ("percent", 1, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "The carrier now expects full-year earnings of $5.10 to $5.60 a share, up from its April forecast of $4.50 to $5.00.",
        True,
        [
            ("money", 5.1, "USD", None),
            ("money", 5.6, "USD", None),
            ("money", 4.5, "USD", None),
            ("money", 5.0, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Fuel costs fell 11% as jet fuel averaged $2.31 a gallon, against $2.60 a year earlier.",
        True,
        [("percent", 11, "%", None), ("money", 2.31, "USD", None), ("money", 2.6, "USD", None)],
        None,
    ),
    (
        "en",
        "Its shares jumped as much as 8.2% in early trading, leaving them up about 30% this year.",
        True,
        [("percent", 8.2, "%", "up_to"), ("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "Premium cabins now bring in 39% of passenger revenue, against about a quarter five years ago, Chief Financial Officer Renata Caskie-Boateng said.",
        True,
        [("percent", 39, "%", None), ("fraction", 0.25, None, "about"), ("duration", 5, "year", None)],
        "Renata Caskie-Boateng",
    ),
    (
        "en",
        '"Our customers are voting with their wallets for a better seat," Caskie-Boateng said.',
        False,
        [],
        None,
    ),
    ("en", "Analysts said the forecast still looked conservative.", False, [], None),
    # --- Strompreise in Österreich (APA), Montag, 19. Juli ---
    (
        "de",
        "Wien (APA) - Haushaltskunden in Österreich zahlen derzeit je nach Anbieter zwischen 22 und 31 Cent je Kilowattstunde Strom, wie aus einem Tarifvergleich der E-Control hervorgeht.",
        True,
        [("money", 0.22, "EUR", None), ("money", 0.31, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der günstigste Tarif ist damit um knapp 30 Prozent billiger als der teuerste.",
        True,
        [("percent", 30, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Gegenüber dem Höchststand im Jänner 2023 haben sich die Neukundenpreise mehr als halbiert.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Ein Durchschnittshaushalt mit 3.500 Kilowattstunden Jahresverbrauch kann durch einen Wechsel heuer bis zu 380 Euro sparen.",
        True,
        [("count", 3500, None, None), ("money", 380, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Im Vorjahr haben nur 5,8 Prozent der Haushalte den Anbieter gewechselt, in Deutschland war die Quote fast doppelt so hoch.",
        True,
        [("percent", 5.8, "%", None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Netzentgelte sollen ab Jänner um 8 bis 12 Prozent steigen, je nach Netzgebiet.",
        True,
        [("percent", 8, "%", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Im besten Fall sinkt die Rechnung um ein Viertel, im Schnitt um etwa ein Zehntel, sagte E-Control-Sprecherin Almut Trinkl-Dossou.",
        True,
        [("fraction", 0.25, None, "at_most"), ("fraction", 0.1, None, "about")],
        "Almut Trinkl-Dossou",
    ),
    (
        "de",
        "Die Arbeiterkammer sprach von einem Markt, der für viele Kunden noch immer undurchschaubar sei.",
        False,
        [],
        None,
    ),
    # --- Births in England and Wales (PA), July 20 ---
    (
        "en",
        "LONDON (PA) - Fertility across England and Wales sank to a fresh low of 1.39 children per woman last year, down from 1.41 in 2025, the latest ONS figures showed.",
        True,
        [("count", 1.39, None, None), ("count", 1.41, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "There were 583,900 live births, 1.6% fewer than in 2025 and the lowest number since 2002.",
        True,
        [
            ("count", 583900, None, None),
            ("percent", 1.6, "%", None),
            ("year", 2025, None, None),
            ("year", 2002, None, None),
        ],
        None,
    ),
    (
        "en",
        "Measured another way, there were 51.3 babies born for every 1,000 women aged 15 to 44.",
        True,
        [
            ("count", 51.3, None, None),
            ("count", 1000, None, None),
            ("duration", 15, "year", None),
            ("duration", 44, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Women aged 40 and over now have more babies than those under 20, a reversal of the position in the early 1990s.",
        True,
        [("duration", 40, "year", "at_least"), ("duration", 20, "year", "under")],
        None,
    ),
    (
        "en",
        "Mothers giving birth were 31.2 years old on average, against 29.3 two decades ago.",
        True,
        [("duration", 31.2, "year", None), ("duration", 29.3, "year", None), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "Births to mothers born outside the UK made up 33.4% of the total, up 1.2 percentage points.",
        True,
        [("percent", 33.4, "%", None), ("percent", 1.2, "pp", None)],
        None,
    ),
    (
        "en",
        '"Each cohort of women is having its children later and having fewer of them," said ONS demographer Gwilym Treharne-Addo.',
        True,
        [],
        "Gwilym Treharne-Addo",
    ),
    (
        "en",
        "Childcare campaigners called the numbers a warning that ministers could no longer ignore.",
        False,
        [],
        None,
    ),
    # --- Kitaplätze in NRW (dpa/lnw), Dienstag, 20. Juli ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Die Betreuungsquote für Kinder unter drei Jahren ist in Nordrhein-Westfalen binnen fünf Jahren von 31 auf 34 Prozent gestiegen.",
        True,
        [
            ("duration", 3, "year", "under"),
            ("duration", 5, "year", None),
            ("percent", 31, "%", None),
            ("percent", 34, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das entspricht einem Plus von drei Prozentpunkten oder knapp zehn Prozent.",
        True,
        [("percent", 3, "pp", None), ("percent", 10, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Im Bundesschnitt liegt die Quote bei 37,4 Prozent, in Ostdeutschland sogar bei mehr als 55 Prozent.",
        True,
        [("percent", 37.4, "%", None), ("percent", 55, "%", "over")],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Instituts der deutschen Wirtschaft fehlen im Land zwischen 40.000 und 50.000 Plätze.",
        True,
        [("count", 40000, None, None), ("count", 50000, None, None)],
        None,
    ),
    (
        "de",
        "Das Familienministerium geht von einem geringeren Bedarf aus und beziffert die Lücke auf höchstens 28.000 Plätze.",
        True,
        [("count", 28000, None, "at_most")],
        None,
    ),
    (
        "de",
        "„Selbst nach der unteren Schätzung fehlen anderthalbmal so viele Plätze, wie das Land bis 2028 schaffen will“, sagte Elternverbandssprecherin Mareike Schürholz-Adebowale.",
        True,
        [("count", 1.5, None, None), ("year", 2028, None, None)],
        "Mareike Schürholz-Adebowale",
    ),
    ("de", "Die Landesregierung hielt die Zahlen des Instituts für zu hoch gegriffen.", False, [], None),
    (
        "de",
        "„Ein sicherer Kitaplatz ist für viele Familien schon die halbe Miete“, sagte Schürholz-Adebowale.",
        False,
        [],
        None,
    ),
    # --- Redgum Pilbara's June quarter (AAP), July 21 ---
    (
        "en",
        "PERTH (AAP) - Iron ore miner Redgum Pilbara shipped 71.2 million tonnes in the June quarter, up 4 per cent on a year earlier and at the top of its guidance range of 68 million to 72 million tonnes.",
        True,
        [
            ("count", 71200000, None, None),
            ("percent", 4, "%", None),
            ("count", 68000000, None, None),
            ("count", 72000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Full-year shipments came in at 276 million tonnes, a shade above the 270 million to 275 million tonnes it had flagged in February.",
        True,
        [("count", 276000000, None, None), ("count", 270000000, None, None), ("count", 275000000, None, None)],
        None,
    ),
    (
        "en",
        "Cash costs rose to A$18.40 a tonne from A$17.10, as labour costs climbed.",
        True,
        [("money", 18.4, "AUD", None), ("money", 17.1, "AUD", None)],
        None,
    ),
    (
        "en",
        "For 2027-28 it guided to cash costs of between A$17.50 and A$19 a tonne and shipments of 270 million to 285 million tonnes.",
        True,
        [
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("money", 17.5, "AUD", None),
            ("money", 19, "AUD", None),
            ("count", 270000000, None, None),
            ("count", 285000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "The benchmark iron ore price averaged US$97 a tonne in the quarter, about 8 per cent lower than three months earlier.",
        True,
        [("money", 97, "USD", None), ("percent", 8, "%", "about"), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        '"We have taken about A$1.20 a tonne out of the cost base, and there is more to come," chief executive Kirra Vandermolen-Ashe said.',
        True,
        [("money", 1.2, "AUD", "about")],
        "Kirra Vandermolen-Ashe",
    ),
    ("en", "Analysts called the result solid but unspectacular.", False, [], None),
    (
        "en",
        '"China is still the swing factor for everything we sell," Vandermolen-Ashe said.',
        False,
        [],
        None,
    ),
    # --- Tourismus in der Zentralschweiz (Keystone-SDA), Mittwoch, 21. Juli ---
    (
        "de",
        "Luzern (Keystone-SDA) - Zwischen Pilatus und Vierwaldstättersee haben die Hotels im ersten Halbjahr 2,74 Millionen Übernachtungen verbucht, ein Zuwachs von 6,1 Prozent.",
        True,
        [("ordinal", 1, None, None), ("count", 2740000, None, None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "Gäste aus den USA buchten rund 88'000 Nächte mehr und kamen damit auf gut ein Drittel mehr als im Vorjahr.",
        True,
        [("count", 88000, None, "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Die Logiernächte chinesischer Gäste erreichten das 2,5-Fache des Vorjahres, liegen aber noch immer knapp 30 Prozent unter dem Stand von 2019.",
        True,
        [("count", 2.5, None, None), ("percent", 30, "%", "nearly"), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Die Auslastung der Zimmer stieg von 61,2 auf 64,0 Prozent.",
        True,
        [("percent", 61.2, "%", None), ("percent", 64.0, "%", None)],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Zimmerpreis lag mit 228 Franken um 11 Franken höher als im Vorjahr.",
        True,
        [("money", 228, "CHF", None), ("money", 11, "CHF", None)],
        None,
    ),
    (
        "de",
        "„Wir rechnen fürs ganze Jahr mit einem Plus zwischen 4 und 5 Prozent“, sagte Luzern-Tourismus-Sprecherin Nadja Bürgisser-Tschudin.",
        True,
        [("percent", 4, "%", None), ("percent", 5, "%", None)],
        "Nadja Bürgisser-Tschudin",
    ),
    (
        "de",
        "Einheimische klagten, der Andrang in den Gassen und auf den Schiffen sei inzwischen zu gross.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Luzern ist kein Freizeitpark, sondern eine Stadt, in der Menschen wohnen“, sagte der Stadtpräsident.",
        False,
        [],
        None,
    ),
    # --- U.S. existing home sales (Reuters), July 22 ---
    (
        "en",
        "NEW YORK, July 22 (Reuters) - Sales of previously owned U.S. homes slid 2.7% last month to an annualized pace of 3.93 million, according to the National Association of Realtors.",
        True,
        [("date", "--07-22", None, None), ("percent", 2.7, "%", None), ("count", 3930000, None, None)],
        None,
    ),
    (
        "en",
        "The median price rose 1.4% from a year earlier to a record $431,200.",
        True,
        [("percent", 1.4, "%", None), ("money", 431200, "USD", None)],
        None,
    ),
    (
        "en",
        "Inventory climbed 11% to 1.54 million homes, or 4.7 months' supply at the current sales pace, up from 4.1 months a year ago.",
        True,
        [
            ("percent", 11, "%", None),
            ("count", 1540000, None, None),
            ("duration", 4.7, "month", None),
            ("duration", 4.1, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The average 30-year fixed mortgage rate was 6.12%, down about a quarter of a percentage point since May.",
        True,
        [("duration", 30, "year", None), ("percent", 6.12, "%", None), ("percent", 0.25, "pp", "about")],
        None,
    ),
    (
        "en",
        "First-time buyers made up 29% of sales, versus roughly 40% historically.",
        True,
        [("percent", 29, "%", None), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Sales were down between 4% and 6% in the Northeast and West but up 1.8% in the South.",
        True,
        [("percent", 4, "%", None), ("percent", 6, "%", None), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "en",
        'Sales "will probably run somewhere in the 3.9 million to 4.1 million range for the rest of the year," said Devika Ormsby-Lund, chief economist at Hallerton Advisory.',
        True,
        [("count", 3900000, None, None), ("count", 4100000, None, None)],
        "Devika Ormsby-Lund",
    ),
    (
        "en",
        "Realtors said buyers were waiting for mortgage rates to fall further before committing.",
        False,
        [],
        None,
    ),
    # --- EZB senkt Zinsen (dpa-AFX), Donnerstag, 22. Juli ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Europäische Zentralbank hat ihren Einlagensatz am Donnerstag um 25 Basispunkte von 2,00 auf 1,75 Prozent gesenkt.",
        True,
        [("percent", 25, "bp", None), ("percent", 2.0, "%", None), ("percent", 1.75, "%", None)],
        None,
    ),
    (
        "de",
        "Es ist die erste Zinssenkung seit einem Jahr; Volkswirte hatten sie mehrheitlich erwartet.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Notenbank senkte ihre Inflationsprognose für 2028 von 2,0 auf 1,8 Prozent und erwartet nun ein Wachstum zwischen 0,9 und 1,1 Prozent.",
        True,
        [
            ("year", 2028, None, None),
            ("percent", 2.0, "%", None),
            ("percent", 1.8, "%", None),
            ("percent", 0.9, "%", None),
            ("percent", 1.1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Am Geldmarkt wird bis Jahresende mit einer weiteren Senkung um einen Viertelprozentpunkt gerechnet.",
        True,
        [("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Der Euro gab nach der Entscheidung um einen halben Cent auf 1,1482 Dollar nach.",
        True,
        [("money", 0.005, "USD", None), ("money", 1.1482, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen fiel um sechs Basispunkte auf 2,41 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 6, "bp", None), ("percent", 2.41, "%", None)],
        None,
    ),
    (
        "de",
        "„Der Einlagensatz dürfte bis zum Frühjahr auf 1,5 Prozent sinken, wenn überhaupt“, sagte Nordmark-Bank-Ökonom Jorrit Vosskuhl-Ansah.",
        True,
        [("percent", 1.5, "%", "at_most")],
        "Jorrit Vosskuhl-Ansah",
    ),
    (
        "de",
        "Im EZB-Rat soll sich nach Angaben aus Notenbankkreisen niemand gegen den Schritt gestellt haben.",
        True,
        [],
        None,
    ),
    ("de", "Sparkassenverbände sprachen von einem schlechten Tag für Sparer.", False, [], None),
    # --- Gletscherbericht (APA), Freitag, 23. Juli ---
    (
        "de",
        "Innsbruck (APA) - Österreichs Gletscherzungen haben sich im letzten Messjahr im Schnitt um 28,4 Meter zurückgezogen, doppelt so stark wie im Mittel der vorangegangenen zehn Jahre.",
        True,
        [("count", 28.4, None, None), ("count", 2, None, None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Für den jüngsten Gletscherbericht des Alpenvereins nahmen Freiwillige 92 Gletscher unter die Lupe, zehn mehr als im Vorjahr.",
        True,
        [("count", 92, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Den größten Rückgang verzeichnete die Pasterze mit 97 Metern, mehr als das Dreifache des Mittelwerts.",
        True,
        [("count", 97, None, None), ("count", 3, None, "over")],
        None,
    ),
    (
        "de",
        "Nur bei drei Gletschern blieb der Rückgang unter fünf Metern.",
        True,
        [("count", 3, None, None), ("count", 5, None, "under")],
        None,
    ),
    (
        "de",
        "Seit 1990 haben die Ostalpen-Gletscher zwischen 40 und 50 Prozent ihrer Fläche eingebüßt.",
        True,
        [("year", 1990, None, None), ("percent", 40, "%", None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "de",
        "„Bleibt es bei diesem Tempo, sind die meisten Gletscher in 40 bis 45 Jahren verschwunden“, sagte Glaziologin Gerlinde Pfurtscheller-Nkemelu.",
        True,
        [("duration", 40, "year", None), ("duration", 45, "year", None)],
        "Gerlinde Pfurtscheller-Nkemelu",
    ),
    (
        "de",
        "„Die Gletscher sind das Fieberthermometer der Alpen“, sagte Pfurtscheller-Nkemelu.",
        False,
        [],
        None,
    ),
    ("de", "Tourismusvertreter hielten die Prognose für zu düster.", False, [], None),
    # --- Irish tax receipts (Reuters), July 23 ---
    (
        "en",
        "DUBLIN, July 23 (Reuters) - Ireland collected 14.6 billion euros in corporate tax between January and June, 14 per cent more than a year before, the Department of Finance said on Friday.",
        True,
        [("date", "--07-23", None, None), ("money", 14600000000, "EUR", None), ("percent", 14, "%", None)],
        "the Department of Finance",
    ),
    (
        "en",
        "Just 10 multinational groups paid two-thirds of that sum, against about half of it in 2017.",
        True,
        [
            ("fraction", 0.6667, None, None),
            ("count", 10, None, None),
            ("fraction", 0.5, None, "about"),
            ("year", 2017, None, None),
        ],
        None,
    ),
    (
        "en",
        "Overall tax revenue was up 6.8 per cent at 49.3 billion euros, or roughly 9,200 euros per head of population.",
        True,
        [("percent", 6.8, "%", None), ("money", 49300000000, "EUR", None), ("money", 9200, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The Irish Fiscal Advisory Council has estimated that between 4 billion and 6 billion euros a year of corporation tax could prove to be windfall.",
        True,
        [("money", 4000000000, "EUR", None), ("money", 6000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Income tax receipts grew 7.5 per cent, roughly in line with employment growth of about 2.5 per cent plus wage gains of 4 to 5 per cent.",
        True,
        [
            ("percent", 7.5, "%", None),
            ("percent", 2.5, "%", "about"),
            ("percent", 4, "%", None),
            ("percent", 5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The budget surplus for the half came to 3.1 billion euros, less than a third of the 9.8 billion euros recorded a year earlier.",
        True,
        [("money", 3100000000, "EUR", None), ("fraction", 0.3333, None, "under"), ("money", 9800000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Some forecasters now see the full-year surplus shrinking to as little as 2 billion euros, said Orla Kilbride-Nyarko, an economist at Liffeyside Securities.",
        True,
        [("money", 2000000000, "EUR", "at_least")],
        "Orla Kilbride-Nyarko",
    ),
    (
        "en",
        "Opposition parties said the government was still far too reliant on a handful of companies.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"It is a double-edged sword: great while it lasts, dangerous when it stops," Kilbride-Nyarko said.',
        False,
        [],
        None,
    ),
]
