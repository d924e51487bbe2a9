"""Three-hundred-and-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, works and figures are made
up (Hermine Stadlober-Koch, Judith Hallersberg, Hanspeter Ruchti, the «Mittelland-Bote», the
brush maker Kälberer with Johann and Carola Kälberer, Dieter Wohlfahrt, Gunnar Sielmann, the
Grube Hirschbach, Horst Zimmerlin, Anselm Reichenberger, Ferdinand Wazlawik, his programme
„Weltuntergang mit Melange“ and the series „Stiegenhaus“, Gerti Maurach, Veronika
Stiasny-Mauer, the cable car to the Kaiseregg, Marlies Vonlanthen, the Weißenhuber brewery
with Korbinian Weißenhuber, Theodor Wendling, Anke Rosswag, Annemarie Tschurtschenthaler,
Verena Hattinger, the series „Hafenwache“ with Reinhold Assmus, Kommissar Brodersen and Kurt
Wiesholler, Sabine Lohrengel, the Café Hollerbusch with Anton Hollerbusch and Elfriede
Pirchegger, Ulrich Brändli-Sutter, Jakob and Maren Lindenschmidt, „Die Fährleute“, the
Havelland-Literaturpreis, Ulrike Sandmeier; Roy Castellane, "Harbor Division", Maureen
Tisch, Gethin Prothero, Rhodri Beynon, Imogen Fairbrother, "The Salt Orchard", Simon
Achterberg, Harcastle Books, Lotte Venn, Harland Brekke, Ellen Marwick, Bratton & Kell, Dana
Bratton-Lowe, Albert Coultas, Graeme Tulloch, Clive Rendell, Ingrid Holmgaard, the
Nordenfalk Prize, the Havnehallen, Mads Kjeldsen, Eugene and Marguerite Thibault, Luc
Fontenot, Hamish Corrie, Vittorio Ansaldi, "Gli Ospiti", Carla Benvenuti, Caledon Mutual,
Fiona Mackintosh-Reid, Lorna Pettibone, Dewey Stallworth, Rafe Dunning, Kayla Merriweather,
Peter Ashenfelter, Curtis Langmire, the ferry Saaristo, Aino Lehtonen; every spouse named
by first name only and every unnamed spokesman, mayor, bishop, minister, governor, chief
executive, granddaughter, neighbour and fan); directors, ministers, senators, club chiefs
and administrators of real theatres, clubs, broadcasters, governments and agencies appear
under made-up names that stand for no real holder, or by their role only ("der
Kulturminister", "der baden-württembergische Wirtschaftsminister", "der amtierende Bischof",
"der Bürgermeister", "Iowa's governor", "the club's chief executive", "the culture
minister", "NASA's administrator", "Finland's prime minister"). Real bodies, places, awards
and things (Burgtheater, Leoben, Bundesrat, Finanzdepartement, Nationalrat, FDP, Aarau,
Berner Münster, Todtnau, Werder Bremen, Bundesliga, Weserstadion, Mainz, Sulzbach, Bistum
Würzburg, Kiliansdom, Erlöserschwestern, Schweinfurt, ORF, Österreichischer Kabarettpreis,
Wiener Zentralfriedhof, Schwarzsee, Kanton Freiburg, Abensberg, Niederbayern, Gewandhaus,
Freistaat Sachsen, Leipziger Stadtbibliothek, Brahms, Österreichischer Skiverband, ÖSV,
Seefeld, ZDF, Cuxhaven, Graz, Goldenes Ehrenzeichen, Winterthur, Kantonsrat; Santa Monica,
Fresno, the Academy Awards, Turner Classic Movies, the Hollywood Walk of Fame, the Welsh
Rugby Union, the British and Irish Lions, Llanelli, Carmarthen, the Whitbread Novel Award,
Norwich, the U.S. Senate and House, the Agriculture Committee, Ames, Milwaukee, Racine, the
New York Stock Exchange, Sunderland, Hendon, the King, LongeviQuest, the SCG, Cricket
Australia, New South Wales, Madras, Aarhus, Breaux Bridge, Motherwell, Partick Thistle,
Hibernian, Fir Park, the Scottish Cup, the Oscar, the Church of the Artists on Piazza del
Popolo, the Building Societies Association, Leith, the NBA, NASA, Turku, the Aland Islands,
and the datelines' cities) stand for the way wire copy names them; every death, age, birth
date, career, tally of works, caps and terms, anniversary, jubilee, birthday, sum, crowd,
survivor and quote here is invented, and where a real figure came to mind (a real count of
building societies, a real record, a real prize winner) it was changed (the founding years
of real bodies kept).

Its weight: OBITUARIES, ANNIVERSARIES AND JUBILEES (the thirty-ninth batch weighed courts
plus obituaries, anniversaries and history copy, the sixty-third obituaries, profiles and
personalia and the hundred-sixty-sixth obituaries, anniversaries and profiles, and their
decisions are kept) over one year in story order (January to December), 30 short stories
with the German and English ones interleaved by month, each told as wire copy runs it (a
dateline lead with the death, the birthday or the date marked, then birth, career, works,
titles and tallies, survivors, the tributes and the other voices, the funeral or the
celebration). Half German (APA, dpa with its regional slugs "dpa/lsw", "dpa/lrs",
"dpa/lby", KNA, Keystone-SDA; Austrian "Jänner", "Hausbesorger", "Kulturstadträtin",
"Melange", Swiss "alt Bundesrat", "Stimmvolk", "Abdankung", "grosser", "19.51 Franken", «»
quotes, German „“ quotes): deaths of a Burgtheater actress, a Werder captain, an auxiliary
bishop, a cabaret artist, a former mayor of Winterthur and a novelist; a former federal
councillor's 90th birthday and a ski racer's 80th; a mine disaster 60 years ago, a crime
series' first episode 50 years ago and a composer's 100th death anniversary; the jubilees of
a brush maker (175 years), a cable car (75 years), a brewery (400 years) and a Graz
coffee house (150 years). Half English (AP, Reuters, PA, AAP, AFP): deaths of a character
actor, a Wales rugby captain, a novelist, an Iowa senator, a Test opener, a Danish
architect, a Motherwell manager, an Italian director and an astronaut; Britain's oldest
man at 111, a couple's 80th wedding anniversary, AP birthday lines; the 100th anniversary
of a toolmaker and the 200th of a building society; 75 years since a ferry sank. Figures as
such copy has them: ages at death and at events ("im Alter von 91 Jahren", "78-jährig",
"der heute 82-jährige", "mit 27 Jahren", "wird am Dienstag 80 Jahre alt", "has died aged
79", "at the age of 84", "has died at 92", "He was 88.", "Brekke was 93.", "Dana
Bratton-Lowe, 51,", "as a 21-year-old", "at 26", "is 85", "was four at the time and is now
79", "since turning 100"), birth dates and years, life dates in brackets, careers in years
and decades ("mehr als 60 Jahre lang", "in mehr als vier Jahrzehnten", "over a six-decade
career", "almost seven decades", "over half a century"), tallies of films, novels, roles,
programmes, episodes, matches, goals, caps, tries, runs, Tests, centuries, buildings,
spacewalks and terms ("more than 120 films", "214 Rollen", "3.800 Mal", "23 Länderspiele",
"64 caps", "captained his country 18 times", "served five terms", "three six-year terms",
"dreimal wiedergewählt", "31-mal auf dem Podest"), anniversaries, birthdays and jubilees
(„seinen 90. Geburtstag“, „seinen 150. Geburtstag“, „Zum 100. Todestag“, „vor 60 Jahren“,
„Vor 50 Jahren“, „175-jähriges Bestehen“, „75-jähriges Bestehen“, „400-jähriges Jubiläum“,
"its 100th anniversary", "its 200th anniversary", "their 80th wedding anniversary", "his
111th birthday", "to mark 75 years since"), ordinals of life and office („im 89.
Lebensjahr“, „als dritte Frau“, „in sechster Generation“, „aus erster Ehe“, "the second of
six children", "the 14th-oldest living man", "his third wife"), survivors, sums in euros,
francs, dollars and pounds, crowds, hedges and dates. Negatives as such copy has them -
about a quarter of the rows: tributes, eulogies and grief in quotes and without („Er war ein
großer Europäer ...“, "a towering figure of the old Senate", "one of the great storytellers
of her generation", the culture minister's „Grantler der Nation“, a club's and a city council's
obituary lines), the living's creeds and quips (the jubilarian's, the brewer's, the
founder's great-granddaughter's, the oldest man's), evaluations of a firm or a body of
work, scene colour (flowers and candles, fans' notes, tributes pouring in), a condolence book
as a service line, an undecided memorial and an open question, each near a check-worthy
look-alike from the same story: the same speaker's figure or step, an age, a tally, a
funeral date, a planned silence, a memorial announced.

242 rows (121 German, 121 English), 56 negatives (28 German, 28 English), 186 check-worthy
rows of which 13 carry no figure (7 German, 6 English), 357 expected quantities (131 counts,
82 durations - 75 in years, 3 in days, 1 in weeks, 1 in hours, 1 in minutes, 1 in months -,
67 years, 32 ordinals, 24 dates, 15 amounts of money - 4 EUR, 4 USD, 4 CHF, 3 GBP -, 5
percentages - all in % -, 1 fraction; none of them in a negative), 35 checked speakers (19
German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  tribute, eulogy, creed, quip, memory, evaluation or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  sixty-third, hundred-sixty-sixth, three-hundredth); a reported statement of fact, figure
  or step is check-worthy with its speaker. Pairs from one speaker or source: Hallersberg's
  dedicated performance beside „Sie war die Stimme dieses Hauses“, Carola Kälberer's 1,750
  euros beside „nicht in Quartalen, sondern in Generationen“, Korbinian Weißenhuber's
  festival beer beside „für unsere Enkel“, Bratton-Lowe's $75 million beside "hard times
  before", Mackintosh-Reid's 50 pounds beside "Mutuality is not a relic", Kjeldsen's 85
  staff beside "lower your voice", the club's and the city's facts beside their own
  obituary lines (Werder's „Einen wie ihn gebe es ... nicht mehr, schrieb der Verein in einem
  Nachruf“ in Konjunktiv I stays a negative - an evaluation reported is still one; Winterthur's
  «Er war ein grosser Winterthurer ...»). The brief's tributes are negatives beside
  check-worthy rows of the same life: „Er war ein großer Europäer und ein unbestechlicher
  Chronist seines Jahrhunderts.“ beside Lindenschmidt's 56 years of marriage, "He was,
  colleagues on both sides of the aisle agreed, a towering figure of the old Senate." beside
  Brekke's 67 years, „Österreich hat einen seiner schärfsten ... Beobachter verloren.“ beside
  Wazlawik's tallies, "one of the great storytellers of
  her generation" ("one of" no figure, sixty-third), "a gentleman of the old school",
  "among the most humane of their time", „zu den besten Bieren Niederbayerns“ (a verdict,
  two-hundred-and-fourth), „gilt ... als Aushängeschild“, "Industry watchers say ..." (a
  view naming no figure). Scene colour is a negative ("Fans left flowers ...", "Tributes
  poured in ...", candles at the stage door; hundred-sixty-sixth), as the condolence book
  offered as a service line (hundred-sixty-sixth) and „Wie es mit der alternden Anlage
  weitergeht, ist offen.“ (an open question). No negative here carries a figure.
- Check-worthy without a figure (sixty-third, hundred-sixty-sixth): a death as a lead („Der
  frühere Fußball-Nationalspieler Dieter Wohlfahrt ist tot.“, „Der Schriftsteller Jakob
  Lindenschmidt ist tot.“), the place of a death from a source („Er starb am Ostermontag in
  einem Pflegeheim ..., teilte das Bistum Würzburg mit.“), a planned silence and armbands
  („ist ... eine Schweigeminute geplant“, "will wear black armbands ... and the crowd will
  hold a minute's applause", "a moment of silence in his memory on Monday"), a dedicated
  performance, an Ehrengrab, an honour from a city, a posthumous novel to be published, a
  memorial announced and a funeral "on Friday". New: "Details of a memorial service have
  yet to be decided." is an evasion and a negative - it names no step, as "before deciding
  whether to appeal" (two-hundred-and-seventy-sixth) and the Swiss regret
  (three-hundredth) - while "Cricket Australia said it would hold a memorial for him at the
  SCG later in the year." announces one and is check-worthy.
- Ages are durations in years (every batch; sixty-third, hundred-sixty-sixth): "im Alter von
  91 Jahren", "im Alter von 80 Jahren", "im Alter von 87 Jahren", "im Alter von 88 Jahren",
  "im Alter von 84 Jahren", "78-jährig", "der heute 82-jährige", "der heute 91-jährige",
  "mit 27 Jahren", "wird am Dienstag 80 Jahre alt" (sixty-third: "wird am Freitag 80 Jahre
  alt"), "has died aged 79", "has died aged 86", "has died aged 83", "at the age of 84", "at
  the age of 20", "has died at 92", "has died at 94", "at 26", "at 19", "at 36", "as a
  21-year-old", apposition ("Dana Bratton-Lowe, 51,"), "Brekke was 93." and "Langmire was
  81." (hundred-sixty-sixth: "Boudreaux was 84."), "He was 88.", and the AP birthday lines
  "Country singer Lorna Pettibone is 85." and the like (sixty-third: "Actor Wendell Price is
  88."). „Der jüngste Tote war 17, der älteste 58 Jahre alt.“ is 17 and 58 years - the unit
  written once serves the list (forty-sixth, sixty-third). New: "Eugene Thibault is 102 and
  his wife, Marguerite, is 99." carries two ages, 102 and 99 years - the AP line "is 88"
  twice in one sentence; "was four at the time and is now 79" is 4 and 79 years - the
  number word after "was" read as "war damals 75" (sixty-third). New: "as he has every year
  since turning 100" is 100 years - the age reached, as "turns 102 in August"
  (hundred-sixty-sixth) and "would have turned 100" (thirty-ninth); "since" no hedge.
- Birthdays, death days and anniversaries are ordinals (hundred-sixty-sixth; thirty-ninth:
  "Zum 25. Todestag"): „seinen 90. Geburtstag“ 90, „seinen 150. Geburtstag“ 150 (a coffee
  house's birthday as a person's), „Zum 100. Todestag“ 100, "his 111th birthday" 111, "its
  100th anniversary" 100, "its 200th anniversary" 200, "their 80th wedding anniversary" 80;
  „im 89. Lebensjahr“ 89 and no age (sixty-third: „im 95. Lebensjahr“). Spans back to the
  event are durations (hundred-sixty-sixth: "vor 80 Jahren", "to mark 80 years since"):
  „vor 60 Jahren“, „Vor 50 Jahren“, "to mark 75 years since". Jubilees in „-jährig“ are
  durations (eleventh: „1.000-jähriges Bestehen“; „777-jährige Jubiläum“): „sein
  175-jähriges Bestehen“ 175 years, „ihr 75-jähriges Bestehen“ 75 years, „ihr 400-jähriges
  Jubiläum“ 400 years. None: „Zum Jubiläum“, „Zum Geburtstag“, „die Jubilarin“, "To mark
  the anniversary" (hundred-sixty-sixth), and "a century after two
  machinists opened a forge" (hundred-forty-fourth: "a century ago" none). New: „die
  eiserne Hochzeit“ carries none - a wedding anniversary named by a metal has no number
  word, as „Zum Jubiläum“ (hundred-sixty-sixth) - while the same row's „65 Jahre nach der
  Trauung“ is 65 years ("after" follows the span, hundred-sixty-sixth: "three weeks after a
  fall"); "who wed two weeks after he came home" is 2 weeks.
- Careers and spans (sixty-third, hundred-sixty-sixth): „mehr als 60 Jahre lang“ 60 years
  "over", „in mehr als vier Jahrzehnten“ 40 years "over" (sixty-third: "In mehr als sechs
  Jahrzehnten"), „zwölf Jahre lang“, „16 Jahre im Nationalrat“, „14 Jahre lang“, „25 Jahre
  lang“, „38 Jahre lang“, „26 Jahre lang“, „56 Jahre lang ... verheiratet“, „acht Jahre im
  Kantonsrat“, „nach dreijähriger Bauzeit“ 3 years, „ein zehntägiges Festival“ 10 days (the
  issue's "dreitägige Reise"), "for 47 years", "25 years as a PE teacher", "four years in
  the U.S. House", "took nine years to build", "for 38 years", "its first Scottish Cup final
  in 31 years" ordinal 1 and 31 years, "for more than 70 years" "over", "married for at least
  80 years" "at_least", "over five years", "for at least five years" "at_least", "spent 41
  days in orbit", "a 10-day flight", "19 hours and 40 minutes" two durations (sixty-third:
  "in 7 hours, 41 minutes"), "run for four months", "his wife of 52 years", "wife of 67
  years", "wife of 61 years", "her partner of 30 years" (hundred-sixty-sixth: "his wife of 58
  years"), "over half a century" 50 years (thirty-ninth: "half a century after"). New: "over
  a six-decade career" is 60 years - the number word heading "-decade" is read in years, as
  „aus sechs Jahrzehnten“ 60 years and "during a 60-year career" (sixty-third; "over"
  before a span no hedge); "a career that spanned almost seven decades" 70 years "nearly"
  (sixty-third: "for almost three decades").
- Tallies of works, matches and honours are counts (sixty-third, hundred-sixty-sixth):
  "more than 120 films", „214 Rollen“, "two Academy Award nominations", "156 episodes", "31
  novels ... more than 40 million copies" 40,000,000 "over", "37 languages, and six of them",
  „19 Soloprogrammen ... rund 3.800 Mal“ (the issue's "100 Mal"), „104 Folgen“, „27 Staffeln
  412 Folgen“, „398 Bundesligapartien ... 31 Tore“, „23 Länderspiele“, "64 caps", "two caps",
  "11 tries", "four championship titles", "4,188 runs in 52 Tests", "11 Test centuries"
  (hundred-sixty-sixth: "with six centuries" a count), "His highest score, 211" a count
  (hundred-sixty-sixth: "His highest Test score was 187"), "44 first-class matches" (no
  ordinal, hundred-sixty-sixth), "612 matches ... 259 of them", "341 league appearances", "34
  feature films", "more than 11 million tickets", "more than 140 buildings", "on four
  continents", „vier Sinfonien, zwei Opern und mehr als 150 Lieder“, „mehr als 30 Romane und
  Erzählbände, die in 26 Sprachen“, „mehr als zwei Millionen Mal“, „14 Weltcuprennen“,
  „31-mal auf dem Podest“ (sixty-third: "28-mal"), "three spacewalks", "four space shuttle
  missions". Repetitions and titles: "captained his country 18 times", "twice", „Zweimal“,
  „dreimal wiedergewählt“ and "nominated three times" counts (the issue's "viermal").
  Terms and seasons are counts, no unit of time (sixty-third: "drei Amtsperioden lang";
  thirty-fifth: "for 14 seasons"): "served five terms in Congress" 5, "three six-year terms"
  3 and 6 years (sixty-third: "a third five-year term" 3 and 5 years), "for seven seasons"
  7, "for 13 seasons" 13; "three British and Irish Lions tours" 3. "a record", "a club
  record", "the ground record", "best-known", „bekanntestes“, „erfolgreichste“, "youngest",
  „jüngste“, „älteste“ carry none.
- Ordinals of life, office and firsts (sixty-third, hundred-sixty-sixth): „als dritte Frau“
  3, "the first woman to run the company" 1, "the first woman to win" 1, „als erste
  Luftseilbahn“ 1, „Der erste Braubrief“ 1, „die erste Folge“ 1, „aus der ersten Staffel“ 1,
  „sein erstes 1968“ 1 (sixty-third: „Ihr erster Roman“), "her first novel", "his first
  flight", "his first feature" 1, "On his third mission" 3, "his third wife" 3 and „seine
  zweite Frau“ 2 (hundred-sixty-sixth: "ihr zweiter Mann"), „im zweiten Anlauf“ 2, "the
  second of six children" 2 and 6, "the fourth of nine children" 4 and 9 (thirty-ninth:
  "the second of five children"), "the 14th-oldest living man" 14 (hundred-sixty-sixth: "the
  fourth-oldest living person"); „die ersten 150 Gäste“ ordinal 1 and count 150 (forty-second:
  „in den ersten neun Monaten“). New: „in sechster Generation“, „in neunter Generation“, „in
  dritter Generation“ and „aus erster Ehe“ are ordinals 6, 9, 3 and 1 - an ordinal before a
  singular noun without an article ranks as „in erster Lesung“ (two-hundred-and-fourth),
  unlike "ersten" before a plural without one (sixteenth).
- Survivors and families are counts (sixty-third, hundred-sixty-sixth): „zwei Töchter und
  vier Enkelkinder“, „zwei Söhne und fünf Enkelkinder“, „Mutter von drei Kindern und
  Großmutter von acht Enkeln“, "three children and seven grandchildren", "two sons and five
  grandchildren", "four children, 11 grandchildren and two great-grandchildren", "five
  grandchildren, 12 great-grandchildren and three great-great-grandchildren", "23
  grandchildren, 41 great-grandchildren and five great-great-grandchildren", "three
  daughters and nine grandchildren", "two sons and six grandchildren", "three sons", "two
  children", "two daughters and four grandchildren", "raised seven children". None: „einen
  Sohn“ (an article), "the founder's great-granddaughter", „seine Frau“, "his wife, Megan".
- Other counts and measures: „in 680 Metern Tiefe 41 Bergleute“, „Nur drei Männer“ („Nur“ no
  hedge), „rund 600 Menschen“, „einer der Überlebenden“ none ("one of", sixty-third), „rund
  420 Mitarbeiterinnen und Mitarbeiter“, „rund 9,6 Millionen Fahrgäste“ 9,600,000 "about",
  „Auf der 2140 Meter langen Strecke ... 870 Höhenmeter“ counts (physical measures, fourth
  batch), „zwei Kabinen für je 60 Personen“ 2 and 60 („je“ none), „rund 118.000 Hektoliter“,
  „40.000 Flaschen“, „bis zu 15.000 Besucher“ "up_to", „16 Konzerten ... 38 seiner Werke,
  elf davon“ („davon“ no hedge), „1.900 Plätzen“, „18,6 Millionen Menschen“, „acht
  restaurierte Folgen“, „34 Angestellte ... im Schnitt rund 900 Gäste“ ("im Schnitt" no
  hedge), „rund 200 Gästen“, „rund 300 geladene Gäste“, „mehr als 40.000 Jugendlichen“
  "over", "two machinists ... six workers", "about 3,400 people in 11 countries", "about 200
  jobs", "10 shares", "more than 60 vessels", "eight of his films", "the 2,200-seat ...
  concert hall" 2,200 (hundred-sixty-sixth: "the 31-member board"), "85 people ... its four
  partners", "More than 150 relatives", "Fewer than 400 couples" "under", "a group of 14
  Leith weavers ... about 410,000 members and 36 branches", "more than 300 building
  societies ...; today there are 39", "killing 112 people", "Only 29 of the 141 passengers"
  ("Only" no hedge), "all 112 victims" ("all" no hedge), and "nearly twice its permitted
  load" 2 "nearly" (two-hundred-and-forty-third: "almost double" 2 "nearly"). Fractions and
  percentages: „Gut drei Viertel“ 0.75 "over" (the issue's "drei Viertel"; forty-first:
  „gut“ "over"), „mit 57,3 Prozent Ja-Stimmen“, "with 54.2% of the vote", „ein Plus von 3,4
  Prozent“, „5,8 Prozent Alkohol“, "up 7%".
- Years and dates (sixty-third, hundred-sixty-sixth): full birth and event dates are ISO
  dates („am 3. März 1934“ 1934-03-03, "on Aug. 14, 1937", „am 7. März 1966“, „am 2. Februar
  1938“, "on April 11, 1915", „am 24. Juni 1951“, „auf den 9. Juli 1626“, "on July 19,
  1946", „am 22. August 1926“, „am 3. Oktober 1976“, „am 17. Oktober 1876“, "on Dec. 3,
  1951"); dates without a year keep month and day („am 23. Jänner“ --01-23 - Austrian
  "Jänner", tenth -, „am 14. März“, „am 18. April“, „am 21. November“, "on March 14", "on Dec.
  12"). Life dates in brackets give both years („Wendling (1861–1926)“; sixty-third), ranges
  give both years („von 1961 bis 2004“, „zwischen 1967 und 1973“, "from 1968 until 1994",
  "between 1977 and 1990"), „im Februar 1985“ and „im Jahr 2003“ the year, "His 1971 comedy"
  and "the 2008 financial crisis" the year (two-hundred-and-seventy-sixth: "a 2024 Supreme
  Court ruling"). Reuters and AFP datelines with a day are dates without a year ("LONDON, Feb
  18 (Reuters)" --02-18, "MILWAUKEE, April 9", "COPENHAGEN, June 11", "ROME, Sept 9 (AFP)",
  "EDINBURGH, Oct 15", "HELSINKI, Dec 4"; hundred-sixty-sixth); APA, dpa with its slugs, KNA,
  Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth). None: weekdays,
  „Ostermontag“, „im vergangenen Jahr“, „in diesem Jahr“, „Im vergangenen Frühjahr“, „am
  Wochenende“, "last year", "later in the year", "for the year to March", "in
  September", "the 1970s" (decades, thirty-ninth), „täglich“.
- Money in the currency written (every batch): „68 Millionen Euro“, „eine Prämie von 1.750
  Euro“, „mit 420.000 Euro“, „mit 30.000 Euro dotierten“ EUR; „14,5 Millionen Franken“, „61
  Millionen Franken“, „19.51 Franken statt 42 Franken“ CHF (the Swiss decimal point,
  fortieth: "3.60 Franken"; "statt" no hedge); "$1.2 billion", "$75 million", "$310
  million", "a $48 billion farm bill" USD; "58.4 million pounds", "9.1 billion pounds", "a
  one-off anniversary payment of 50 pounds" GBP.
- Hedges, only the names in use: „rund“, "about" "about"; "almost", "nearly"
  "nearly"; „mehr als“, „gut“, „Gut“, "more than", "More than" "over"; "Fewer than"
  "under"; „bis zu“ "up_to"; "at least" "at_least". No hedge: „insgesamt“, „zusammen“, „im
  Schnitt“, „damals“, „heute“, „Nur“, „davon“, "Only", "all", "since", „seit“, "over" before
  a span, „je“, „statt“.
- Speakers, checked only in forms the earlier batches settled: „teilte das Burgtheater am
  Montag mit“ -> "das Burgtheater", „teilte der Verein am Montag mit“, „teilte die Stadt
  Winterthur am Montag mit“, „teilte der Verlag am Donnerstag mit“ (the weekday dropped,
  hundred-forty-fifth, hundred-sixty-sixth), „teilte die Stadt Aarau mit“ and „teilte die
  Stadt Todtnau mit“ (three-hundredth's „teilte die Stadt Graz mit“), „teilte das Bistum
  Würzburg mit“ (the place part of the name, as „teilte die Bezirksregierung Köln mit“,
  two-hundred-and-seventy-sixth; sixty-third: „teilte das Erzbistum ... mit“), „teilte der
  ÖSV mit“ (hundred-sixty-sixth: „teilte der Österreichische Skiverband ... mit“), „teilte
  das ZDF mit“, „teilte das Gewandhaus mit“, „teilte der Sender mit“, „teilte das
  Bürgermeisteramt mit“; „Nach Angaben der Stadt Sulzbach“ -> "die Stadt Sulzbach", „nach
  Angaben der Betreiberin“ -> "die Betreiberin", „nach Angaben der Veranstalter“ -> "die
  Veranstalter" (hundred-sixty-sixth); „Burgtheater-Direktorin Judith Hallersberg sagte,
  ...“, „Geschäftsführerin Carola Kälberer sagte, ...“, „Kulturstadträtin Veronika
  Stiasny-Mauer sagte, ...“ and „Brauereichef Korbinian Weißenhuber sagte, ...“ the name
  with the office dropped (hundred-eightieth, three-hundredth). English: "the Welsh Rugby
  Union said" with "the" (three-hundredth: "the Association of Flight Attendants said"),
  "the union said" -> "the union", "the network said", "the company said", "the care home
  said", "the club said", "the family said", "the museum said" with the article
  (hundred-sixty-sixth: "the college said", "the club said", "the family said in a
  statement"), "Harcastle Books said", "Cricket Australia said" and "NASA said" as written
  (sixty-third: "Swimming Australia said"; three-hundredth: "Unite said"), "Bratton-Lowe
  said" and "Kjeldsen said" the surname as written (hundred-sixty-sixth: "Oduya said"),
  "Chief Executive Fiona Mackintosh-Reid said" the name with the title dropped. New: "Sen.
  Ellen Marwick said" -> "Ellen Marwick" and "Father Luc Fontenot said" -> "Luc Fontenot" -
  an abbreviated or clerical title before the name is dropped as an office is
  (three-hundredth: "Superintendent Carla Nunnally said"). Left unchecked (None): all
  negatives, also those with a named speaker or a body („schrieb die FDP“, „schrieb der
  Verein in einem Nachruf“, „schrieb der Stadtrat“, "Lehtonen told reporters"); „nach
  Angaben des Unternehmens“, „nach Angaben des Bistums“, „nach Angaben des Senders“
  (genitives of masculine and neuter nouns, hundredth, three-hundredth), „nach
  Verlagsangaben“ (three-hundredth: „nach Gewerkschaftsangaben“); the possessives heading
  the source ("his family said", "her publisher said", "her studio said", "their
  granddaughter said"; eighty-third, hundred-sixty-sixth); "a family spokesman said" (a
  role, three-hundredth: "A Lufthansa spokesperson said"); "according to LongeviQuest",
  "according to a longevity research group", "according to the Building Societies
  Association" and "according to the Finnish maritime museum" (three-hundredth). New: "...,
  it said." closing a row is left unchecked - a pronoun names no source by itself, as the
  row is judged alone (sixteenth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_301 = [
    # --- Tod der Kammerschauspielerin Hermine Stadlober-Koch (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Die Kammerschauspielerin Hermine Stadlober-Koch ist am Sonntag im Alter von 91 Jahren gestorben, teilte das Burgtheater am Montag mit.",
        True,
        [("duration", 91, "year", None)],
        "das Burgtheater",
    ),
    (
        "de",
        "Stadlober-Koch wurde am 3. März 1934 in Leoben geboren und stand mehr als 60 Jahre lang auf der Bühne.",
        True,
        [("date", "1934-03-03", None, None), ("duration", 60, "year", "over")],
        None,
    ),
    (
        "de",
        "Dem Ensemble des Burgtheaters gehörte sie von 1961 bis 2004 an, in dieser Zeit verkörperte sie dort 214 Rollen.",
        True,
        [("year", 1961, None, None), ("year", 2004, None, None), ("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "1987 erhielt sie als dritte Frau den Ehrenring des Hauses, 1999 wurde sie zur Kammerschauspielerin ernannt.",
        True,
        [("year", 1987, None, None), ("ordinal", 3, None, None), ("year", 1999, None, None)],
        None,
    ),
    (
        "de",
        "Burgtheater-Direktorin Judith Hallersberg sagte, die Vorstellung von „Maria Stuart“ am Dienstag werde der Verstorbenen gewidmet.",
        True,
        [],
        "Judith Hallersberg",
    ),
    (
        "de",
        "„Sie war die Stimme dieses Hauses, und wir werden sie schmerzlich vermissen“, sagte Hallersberg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sie hinterlässt zwei Töchter und vier Enkelkinder.",
        True,
        [("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Vor dem Bühneneingang legten Besucherinnen und Besucher am Montag Blumen nieder und zündeten Kerzen an.",
        False,
        [],
        None,
    ),
    ("de", "Die Trauerfeier findet am 23. Jänner im Burgtheater statt.", True, [("date", "--01-23", None, None)], None),
    # --- Actor Roy Castellane dies (AP), January ---
    (
        "en",
        "LOS ANGELES (AP) — Roy Castellane, the gravel-voiced character actor who appeared in more than 120 films over a six-decade career, has died at his home in Santa Monica, his family said Thursday.",
        True,
        [("count", 120, None, "over"), ("duration", 60, "year", None)],
        None,
    ),
    ("en", "He was 88.", True, [("duration", 88, "year", None)], None),
    (
        "en",
        "Castellane was born on Aug. 14, 1937, in Fresno, California, the second of six children of a grape grower.",
        True,
        [("date", "1937-08-14", None, None), ("ordinal", 2, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "He made his screen debut in 1959 and earned two Academy Award nominations, for supporting roles in 1974 and 1981.",
        True,
        [("year", 1959, None, None), ("count", 2, None, None), ("year", 1974, None, None), ("year", 1981, None, None)],
        None,
    ),
    (
        "en",
        'He also played a weary police captain for seven seasons on the TV series "Harbor Division," appearing in 156 episodes.',
        True,
        [("count", 7, None, None), ("count", 156, None, None)],
        None,
    ),
    (
        "en",
        '"Roy could steal a scene with a single look, and he never once asked for the credit," said director Maureen Tisch.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Turner Classic Movies will show eight of his films on Sunday, the network said.",
        True,
        [("count", 8, None, None)],
        "the network",
    ),
    ("en", "Fans left flowers and handwritten notes beside his star on the Hollywood Walk of Fame.", False, [], None),
    (
        "en",
        "Castellane leaves Elena, his wife of 52 years, along with three children and seven grandchildren.",
        True,
        [("duration", 52, "year", None), ("count", 3, None, None), ("count", 7, None, None)],
        None,
    ),
    # --- 90. Geburtstag von alt Bundesrat Hanspeter Ruchti (Keystone-SDA), Januar ---
    (
        "de",
        "Bern (Keystone-SDA) - Alt Bundesrat Hanspeter Ruchti feiert am Mittwoch seinen 90. Geburtstag.",
        True,
        [("ordinal", 90, None, None)],
        None,
    ),
    (
        "de",
        "Der Freisinnige gehörte der Landesregierung von 1983 bis 1995 an und stand zwölf Jahre lang dem Finanzdepartement vor.",
        True,
        [("year", 1983, None, None), ("year", 1995, None, None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "1989 war er Bundespräsident, zuvor hatte er 16 Jahre im Nationalrat gesessen.",
        True,
        [("year", 1989, None, None), ("duration", 16, "year", None)],
        None,
    ),
    (
        "de",
        "In seine Amtszeit fiel eine Reform der Bundesfinanzen, die das Stimmvolk im zweiten Anlauf mit 57,3 Prozent Ja-Stimmen annahm.",
        True,
        [("ordinal", 2, None, None), ("percent", 57.3, "%", None)],
        None,
    ),
    (
        "de",
        "«Er war ein Staatsmann der leisen Töne, der das Land zusammengehalten hat», schrieb die FDP in einer Würdigung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Frühjahr feierte Ruchti mit seiner Frau die eiserne Hochzeit, 65 Jahre nach der Trauung im Berner Münster.",
        True,
        [("duration", 65, "year", None)],
        None,
    ),
    (
        "de",
        "Zum Geburtstag gibt die Stadt am Samstag einen Empfang für rund 300 geladene Gäste, teilte die Stadt Aarau mit.",
        True,
        [("count", 300, None, "about")],
        "die Stadt Aarau",
    ),
    (
        "de",
        "«Ich wollte nie etwas anderes, als diesem Land zu dienen», sagte Ruchti dem «Mittelland-Boten».",
        False,
        [],
        None,
    ),
    # --- Former Wales captain Gethin Prothero dies (PA), February ---
    (
        "en",
        "CARDIFF (PA) - Former Wales captain Gethin Prothero, who won 64 caps and went on three British and Irish Lions tours, has died aged 79, the Welsh Rugby Union said.",
        True,
        [("count", 64, None, None), ("count", 3, None, None), ("duration", 79, "year", None)],
        "the Welsh Rugby Union",
    ),
    (
        "en",
        "A flanker from Llanelli, Prothero made his Test debut against Ireland in 1968 at the age of 20 and captained his country 18 times.",
        True,
        [("year", 1968, None, None), ("duration", 20, "year", None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "He scored 11 tries for Wales and was part of sides that won four championship titles in the 1970s.",
        True,
        [("count", 11, None, None), ("count", 4, None, None)],
        None,
    ),
    ("en", '"Gethin was the heartbeat of every team he played in," WRU chairman Rhodri Beynon said.', False, [], None),
    (
        "en",
        "Both teams will observe a minute's silence before Saturday's match against Scotland in Cardiff, the union said.",
        True,
        [],
        "the union",
    ),
    (
        "en",
        "After retiring in 1981, he spent 25 years as a PE teacher in Carmarthen.",
        True,
        [("year", 1981, None, None), ("duration", 25, "year", None)],
        None,
    ),
    ("en", "Tributes poured in from clubs across Wales on Monday evening.", False, [], None),
    (
        "en",
        "He leaves his wife, Megan, two sons and five grandchildren.",
        True,
        [("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    # --- 175 Jahre Bürstenhersteller Kälberer (dpa/lsw), Februar ---
    (
        "de",
        "Todtnau (dpa/lsw) - Der Bürstenhersteller Kälberer feiert in diesem Jahr sein 175-jähriges Bestehen.",
        True,
        [("duration", 175, "year", None)],
        None,
    ),
    (
        "de",
        "Das Familienunternehmen wurde 1851 von dem Drechsler Johann Kälberer gegründet und wird heute in sechster Generation geführt.",
        True,
        [("year", 1851, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Kälberer beschäftigt nach Angaben des Unternehmens rund 420 Mitarbeiterinnen und Mitarbeiter und setzte im vergangenen Jahr 68 Millionen Euro um.",
        True,
        [("count", 420, None, "about"), ("money", 68000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gut drei Viertel der Produktion gehen in den Export, vor allem nach Frankreich und in die USA.",
        True,
        [("fraction", 0.75, None, "over")],
        None,
    ),
    (
        "de",
        "Geschäftsführerin Carola Kälberer sagte, zum Jubiläum erhielten alle Beschäftigten eine Prämie von 1.750 Euro.",
        True,
        [("money", 1750, "EUR", None)],
        "Carola Kälberer",
    ),
    ("de", "„Wir denken nicht in Quartalen, sondern in Generationen“, sagte Kälberer.", False, [], None),
    (
        "de",
        "Zum Festakt am 14. März hat sich der baden-württembergische Wirtschaftsminister angekündigt, teilte die Stadt Todtnau mit.",
        True,
        [("date", "--03-14", None, None)],
        "die Stadt Todtnau",
    ),
    ("de", "Der Betrieb gilt in der Region als Aushängeschild des Schwarzwälder Handwerks.", False, [], None),
    # --- Novelist Imogen Fairbrother dies (Reuters), February ---
    (
        "en",
        "LONDON, Feb 18 (Reuters) - British novelist Imogen Fairbrother, whose 31 novels have sold more than 40 million copies around the world, has died at the age of 84, her publisher said on Wednesday.",
        True,
        [
            ("date", "--02-18", None, None),
            ("count", 31, None, None),
            ("count", 40000000, None, "over"),
            ("duration", 84, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Her books were translated into 37 languages, and six of them were adapted for television.",
        True,
        [("count", 37, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        'Fairbrother published her first novel, "The Salt Orchard", in 1968 at 26, while working as a typist in Norwich.',
        True,
        [("ordinal", 1, None, None), ("year", 1968, None, None), ("duration", 26, "year", None)],
        None,
    ),
    (
        "en",
        "She won the Whitbread Novel Award twice and was made a dame in 2015.",
        True,
        [("count", 2, None, None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        '"She wrote about ordinary lives as if they were the most important thing in the world, because to her they were," said her longtime editor, Simon Achterberg.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Harcastle Books said it would publish her final novel, finished weeks before her death, in September.",
        True,
        [],
        "Harcastle Books",
    ),
    ("en", "She was, by any measure, one of the great storytellers of her generation.", False, [], None),
    (
        "en",
        "Fairbrother is survived by her partner of 30 years, the painter Lotte Venn.",
        True,
        [("duration", 30, "year", None)],
        None,
    ),
    ("en", "Details of a memorial service have yet to be decided.", False, [], None),
    # --- Tod von Dieter Wohlfahrt (dpa), März ---
    ("de", "Bremen (dpa) - Der frühere Fußball-Nationalspieler Dieter Wohlfahrt ist tot.", True, [], None),
    (
        "de",
        "Der langjährige Kapitän von Werder Bremen starb am Sonntag im Alter von 80 Jahren nach kurzer, schwerer Krankheit, teilte der Verein am Montag mit.",
        True,
        [("duration", 80, "year", None)],
        "der Verein",
    ),
    (
        "de",
        "Für Werder lief Wohlfahrt von 1965 bis 1979 in 398 Bundesligapartien auf, dabei gelangen ihm 31 Tore.",
        True,
        [("year", 1965, None, None), ("year", 1979, None, None), ("count", 398, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Für die Nationalmannschaft bestritt er 23 Länderspiele, sein erstes 1968 in Wien.",
        True,
        [("count", 23, None, None), ("ordinal", 1, None, None), ("year", 1968, None, None)],
        None,
    ),
    (
        "de",
        "Nach seiner Karriere trainierte er 14 Jahre lang Amateurmannschaften in Niedersachsen.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "„Er hat für diesen Verein alles gegeben und nie etwas dafür verlangt“, sagte Werder-Präsident Gunnar Sielmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vor der Partie gegen Mainz am Samstag ist im Weserstadion eine Schweigeminute geplant, die Spieler tragen dabei Trauerflor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Einen wie ihn gebe es im heutigen Profifußball nicht mehr, schrieb der Verein in einem Nachruf.",
        False,
        [],
        None,
    ),
    # --- Former Sen. Harland Brekke dies (AP), March ---
    (
        "en",
        "DES MOINES, Iowa (AP) — Former U.S. Sen. Harland Brekke, an Iowa Republican who served five terms in Congress, died Sunday at a care home in Ames, a family spokesman said.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    ("en", "Brekke was 93.", True, [("duration", 93, "year", None)], None),
    (
        "en",
        "Brekke won his Senate seat in 1978 with 54.2% of the vote and served three six-year terms before retiring in 1997.",
        True,
        [
            ("year", 1978, None, None),
            ("percent", 54.2, "%", None),
            ("count", 3, None, None),
            ("duration", 6, "year", None),
            ("year", 1997, None, None),
        ],
        None,
    ),
    (
        "en",
        "Before that he spent four years in the U.S. House, where he arrived at 36 as the youngest member of the Iowa delegation.",
        True,
        [("duration", 4, "year", None), ("duration", 36, "year", None)],
        None,
    ),
    (
        "en",
        "As chairman of the Agriculture Committee, he steered a $48 billion farm bill through the Senate in 1985.",
        True,
        [("money", 48000000000, "USD", None), ("year", 1985, None, None)],
        None,
    ),
    (
        "en",
        "\"Harland never forgot who sent him to Washington,\" Iowa's governor said in a statement.",
        False,
        [],
        None,
    ),
    (
        "en",
        "He was, colleagues on both sides of the aisle agreed, a towering figure of the old Senate.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Sen. Ellen Marwick said the Senate would observe a moment of silence in his memory on Monday.",
        True,
        [],
        "Ellen Marwick",
    ),
    (
        "en",
        "He is survived by his wife of 67 years, Ruth, four children, 11 grandchildren and two great-grandchildren.",
        True,
        [("duration", 67, "year", None), ("count", 4, None, None), ("count", 11, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A funeral will be held on March 14 at a Lutheran church in Ames.",
        True,
        [("date", "--03-14", None, None)],
        None,
    ),
    # --- Gedenken an das Grubenunglück von Hirschbach (dpa/lrs), März ---
    (
        "de",
        "Sulzbach (dpa/lrs) - Mit einem Gottesdienst und einer Kranzniederlegung ist am Sonntag an das Grubenunglück in der Grube Hirschbach vor 60 Jahren erinnert worden.",
        True,
        [("duration", 60, "year", None)],
        None,
    ),
    (
        "de",
        "Bei einer Schlagwetterexplosion waren dort am 7. März 1966 in 680 Metern Tiefe 41 Bergleute ums Leben gekommen.",
        True,
        [("date", "1966-03-07", None, None), ("count", 680, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Der jüngste Tote war 17, der älteste 58 Jahre alt.",
        True,
        [("duration", 17, "year", None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Nur drei Männer aus dem betroffenen Abbaurevier wurden lebend geborgen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Grube wurde 1971 geschlossen, seit 2016 erinnert auf dem früheren Zechengelände ein Mahnmal mit den Namen aller Toten an das Unglück.",
        True,
        [("year", 1971, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Stadt Sulzbach nahmen rund 600 Menschen an der Gedenkfeier teil.",
        True,
        [("count", 600, None, "about")],
        "die Stadt Sulzbach",
    ),
    (
        "de",
        "„Diese Männer sind für unseren Wohlstand unter Tage geblieben“, sagte der Bürgermeister in seiner Ansprache.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Den Kranz legte einer der Überlebenden nieder, der heute 82-jährige Horst Zimmerlin.",
        True,
        [("duration", 82, "year", None)],
        None,
    ),
    # --- Bratton & Kell marks 100 years (Reuters), April ---
    (
        "en",
        "MILWAUKEE, April 9 (Reuters) - Hand-tool maker Bratton & Kell marked its 100th anniversary on Thursday, a century after two machinists opened a forge with six workers on the city's south side.",
        True,
        [
            ("date", "--04-09", None, None),
            ("ordinal", 100, None, None),
            ("count", 2, None, None),
            ("count", 6, None, None),
        ],
        None,
    ),
    (
        "en",
        "The family-controlled company now employs about 3,400 people in 11 countries and reported sales of $1.2 billion last year.",
        True,
        [("count", 3400, None, "about"), ("count", 11, None, None), ("money", 1200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Dana Bratton-Lowe, 51, is the founder's great-granddaughter and the first woman to run the company.",
        True,
        [("duration", 51, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Bratton-Lowe said the company would spend $75 million over five years to expand its plant in Racine, Wisconsin, adding about 200 jobs.",
        True,
        [("money", 75000000, "USD", None), ("duration", 5, "year", None), ("count", 200, None, "about")],
        "Bratton-Lowe",
    ),
    (
        "en",
        '"We have come through hard times before by never forgetting who actually uses our tools," Bratton-Lowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company was listed on the New York Stock Exchange from 1968 until 1994, when the family bought out public shareholders for $310 million.",
        True,
        [("year", 1968, None, None), ("year", 1994, None, None), ("money", 310000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Industry watchers say the firm's cautious culture is both its greatest strength and its biggest risk.",
        False,
        [],
        None,
    ),
    (
        "en",
        "To mark the anniversary, every employee will receive 10 shares, the company said.",
        True,
        [("count", 10, None, None)],
        "the company",
    ),
    # --- Tod von Weihbischof Anselm Reichenberger (KNA), April ---
    (
        "de",
        "Würzburg (KNA) - Der frühere Würzburger Weihbischof Anselm Reichenberger ist im 89. Lebensjahr gestorben.",
        True,
        [("ordinal", 89, None, None)],
        None,
    ),
    (
        "de",
        "Er starb am Ostermontag in einem Pflegeheim der Erlöserschwestern, teilte das Bistum Würzburg mit.",
        True,
        [],
        "das Bistum Würzburg",
    ),
    (
        "de",
        "Reichenberger wurde am 2. Februar 1938 in Schweinfurt geboren und 1963 im Kiliansdom zum Priester geweiht.",
        True,
        [("date", "1938-02-02", None, None), ("year", 1963, None, None)],
        None,
    ),
    (
        "de",
        "1988 wurde er zum Weihbischof ernannt, das Amt übte er 25 Jahre lang aus.",
        True,
        [("year", 1988, None, None), ("duration", 25, "year", None)],
        None,
    ),
    (
        "de",
        "In dieser Zeit spendete er nach Angaben des Bistums mehr als 40.000 Jugendlichen das Sakrament der Firmung.",
        True,
        [("count", 40000, None, "over")],
        None,
    ),
    (
        "de",
        "„Er war ein Seelsorger, der zuhörte, bevor er sprach“, würdigte ihn der amtierende Bischof.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Requiem wird am 18. April im Kiliansdom gefeiert, beigesetzt wird Reichenberger in der Bischofsgruft.",
        True,
        [("date", "--04-18", None, None)],
        None,
    ),
    (
        "de",
        "Wer sich von dem Verstorbenen verabschieden möchte, kann sich im Dom in ein Kondolenzbuch eintragen.",
        False,
        [],
        None,
    ),
    # --- Britain's oldest man turns 111 (PA), April ---
    (
        "en",
        "SUNDERLAND (PA) - Britain's oldest man, retired shipwright Albert Coultas, celebrated his 111th birthday on Saturday with a party at his care home.",
        True,
        [("ordinal", 111, None, None)],
        None,
    ),
    (
        "en",
        "Coultas was born on April 11, 1915, in Hendon, Sunderland, the fourth of nine children.",
        True,
        [("date", "1915-04-11", None, None), ("ordinal", 4, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "He worked in the town's shipyards for 47 years, helping to build more than 60 vessels.",
        True,
        [("duration", 47, "year", None), ("count", 60, None, "over")],
        None,
    ),
    (
        "en",
        "According to LongeviQuest, he is the 14th-oldest living man in the world.",
        True,
        [("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "He has five grandchildren, 12 great-grandchildren and three great-great-grandchildren, the care home said.",
        True,
        [("count", 5, None, None), ("count", 12, None, None), ("count", 3, None, None)],
        "the care home",
    ),
    (
        "en",
        'Asked for the secret of a long life, Coultas said: "Keep busy, and never argue with your wife."',
        False,
        [],
        None,
    ),
    ("en", "He is still, staff say, the biggest charmer in the building.", False, [], None),
    (
        "en",
        "He received a card from the King, as he has every year since turning 100.",
        True,
        [("duration", 100, "year", None)],
        None,
    ),
    # --- Tod des Kabarettisten Ferdinand Wazlawik (APA), Mai ---
    (
        "de",
        "Wien (APA) - Der Kabarettist und Autor Ferdinand Wazlawik ist in der Nacht auf Freitag 78-jährig in Wien gestorben.",
        True,
        [("duration", 78, "year", None)],
        None,
    ),
    (
        "de",
        "Wazlawik stand in mehr als vier Jahrzehnten mit 19 Soloprogrammen auf der Bühne und spielte sie zusammen rund 3.800 Mal.",
        True,
        [("duration", 40, "year", "over"), ("count", 19, None, None), ("count", 3800, None, "about")],
        None,
    ),
    (
        "de",
        "Einem breiten Publikum wurde er als Hausbesorger Pospischil in der ORF-Serie „Stiegenhaus“ bekannt, von der zwischen 1988 und 1996 insgesamt 104 Folgen entstanden.",
        True,
        [("year", 1988, None, None), ("year", 1996, None, None), ("count", 104, None, None)],
        None,
    ),
    (
        "de",
        "Am Sonntag zeigt der ORF zu seinem Gedenken zwei Folgen der Serie, teilte der Sender mit.",
        True,
        [("count", 2, None, None)],
        "der Sender",
    ),
    (
        "de",
        "„Er war der Grantler der Nation, aber mit einem riesigen Herzen“, sagte der Kulturminister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kulturstadträtin Veronika Stiasny-Mauer sagte, Wazlawik erhalte ein Ehrengrab auf dem Wiener Zentralfriedhof.",
        True,
        [],
        "Veronika Stiasny-Mauer",
    ),
    ("de", "Österreich hat einen seiner schärfsten und zugleich zärtlichsten Beobachter verloren.", False, [], None),
    (
        "de",
        "Wazlawik hinterlässt seine zweite Frau, die Schauspielerin Gerti Maurach, und einen Sohn aus erster Ehe.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Former Test opener Graeme Tulloch dies (AAP), May ---
    (
        "en",
        "SYDNEY (AAP) - Former Test opener Graeme Tulloch, who scored 4,188 runs in 52 Tests for Australia, has died aged 86.",
        True,
        [("count", 4188, None, None), ("count", 52, None, None), ("duration", 86, "year", None)],
        None,
    ),
    (
        "en",
        "Tulloch made his debut against England at the SCG in 1962 as a 21-year-old and went on to hit 11 Test centuries.",
        True,
        [("year", 1962, None, None), ("duration", 21, "year", None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "His highest score, 211 against India in Madras in 1969, stood as the ground record for an Australian for 38 years.",
        True,
        [("count", 211, None, None), ("year", 1969, None, None), ("duration", 38, "year", None)],
        None,
    ),
    (
        "en",
        "He captained New South Wales in 44 first-class matches between 1966 and 1972.",
        True,
        [("count", 44, None, None), ("year", 1966, None, None), ("year", 1972, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody I played with picked the length of a ball earlier than Graeme," former teammate Clive Rendell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cricket Australia said it would hold a memorial for him at the SCG later in the year.",
        True,
        [],
        "Cricket Australia",
    ),
    (
        "en",
        "Tulloch is survived by his wife, Jan, three daughters and nine grandchildren.",
        True,
        [("count", 3, None, None), ("count", 9, None, None)],
        None,
    ),
    ("en", "He was a gentleman of the old school and a wonderful ambassador for the game.", False, [], None),
    # --- 75 Jahre Luftseilbahn auf die Kaiseregg (Keystone-SDA), Juni ---
    (
        "de",
        "Schwarzsee FR (Keystone-SDA) - Die Luftseilbahn auf die Kaiseregg feiert am Wochenende ihr 75-jähriges Bestehen.",
        True,
        [("duration", 75, "year", None)],
        None,
    ),
    (
        "de",
        "Die Bahn war am 24. Juni 1951 als erste Luftseilbahn im Kanton Freiburg eröffnet worden.",
        True,
        [("date", "1951-06-24", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Seither hat sie nach Angaben der Betreiberin rund 9,6 Millionen Fahrgäste befördert.",
        True,
        [("count", 9600000, None, "about")],
        "die Betreiberin",
    ),
    (
        "de",
        "Auf der 2140 Meter langen Strecke überwinden die Kabinen 870 Höhenmeter.",
        True,
        [("count", 2140, None, None), ("count", 870, None, None)],
        None,
    ),
    (
        "de",
        "Die heutige Anlage mit zwei Kabinen für je 60 Personen stammt von 1998 und kostete damals 14,5 Millionen Franken.",
        True,
        [
            ("count", 2, None, None),
            ("count", 60, None, None),
            ("year", 1998, None, None),
            ("money", 14500000, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Zum Jubiläum kostet die Berg- und Talfahrt am Samstag und Sonntag 19.51 Franken statt 42 Franken.",
        True,
        [("money", 19.51, "CHF", None), ("money", 42, "CHF", None)],
        None,
    ),
    ("de", "«Die Bahn ist das Herz unseres Tals», sagte Gemeindepräsidentin Marlies Vonlanthen.", False, [], None),
    ("de", "Wie es mit der alternden Anlage weitergeht, ist offen.", False, [], None),
    # --- Architect Ingrid Holmgaard dies (Reuters), June ---
    (
        "en",
        "COPENHAGEN, June 11 (Reuters) - Danish architect Ingrid Holmgaard, whose concert halls stand on four continents, has died at 92, her studio said on Thursday.",
        True,
        [("date", "--06-11", None, None), ("count", 4, None, None), ("duration", 92, "year", None)],
        None,
    ),
    (
        "en",
        "Holmgaard, born in Aarhus in 1933, designed more than 140 buildings in a career that spanned almost seven decades.",
        True,
        [("year", 1933, None, None), ("count", 140, None, "over"), ("duration", 70, "year", "nearly")],
        None,
    ),
    (
        "en",
        "In 1979 she became the first woman to win the Nordenfalk Prize for architecture.",
        True,
        [("year", 1979, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Her best-known work, the 2,200-seat Havnehallen concert hall in Aarhus, took nine years to build and opened in 1991.",
        True,
        [("count", 2200, None, None), ("duration", 9, "year", None), ("year", 1991, None, None)],
        None,
    ),
    (
        "en",
        '"She believed a building should make you lower your voice," said Mads Kjeldsen, a partner at her firm.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kjeldsen said the studio, which employs 85 people in Copenhagen and Singapore, would carry on under its four partners.",
        True,
        [("count", 85, None, None), ("count", 4, None, None)],
        "Kjeldsen",
    ),
    ("en", "Her buildings were, critics agreed, among the most humane of their time.", False, [], None),
    (
        "en",
        "She is survived by two sons and six grandchildren.",
        True,
        [("count", 2, None, None), ("count", 6, None, None)],
        None,
    ),
    # --- 400 Jahre Brauerei Weißenhuber (dpa/lby), Juli ---
    (
        "de",
        "Abensberg (dpa/lby) - Die Brauerei Weißenhuber feiert am Wochenende ihr 400-jähriges Jubiläum.",
        True,
        [("duration", 400, "year", None)],
        None,
    ),
    (
        "de",
        "Der erste Braubrief für das Haus ist auf den 9. Juli 1626 datiert.",
        True,
        [("ordinal", 1, None, None), ("date", "1626-07-09", None, None)],
        None,
    ),
    (
        "de",
        "Seit 1782 gehört die Brauerei der Familie Weißenhuber, die sie inzwischen in neunter Generation führt.",
        True,
        [("year", 1782, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr setzte das Unternehmen rund 118.000 Hektoliter Bier ab, ein Plus von 3,4 Prozent.",
        True,
        [("count", 118000, None, "about"), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Brauereichef Korbinian Weißenhuber sagte, zum Jubiläum werde ein Festbier mit 5,8 Prozent Alkohol in einer Auflage von 40.000 Flaschen abgefüllt.",
        True,
        [("percent", 5.8, "%", None), ("count", 40000, None, None)],
        "Korbinian Weißenhuber",
    ),
    ("de", "„Wir brauen nicht für die Vergangenheit, sondern für unsere Enkel“, sagte Weißenhuber.", False, [], None),
    ("de", "Kenner zählen das Dunkle aus Abensberg seit Langem zu den besten Bieren Niederbayerns.", False, [], None),
    (
        "de",
        "Zum Festwochenende erwartet die Stadt bis zu 15.000 Besucher.",
        True,
        [("count", 15000, None, "up_to")],
        None,
    ),
    # --- Louisiana couple marks 80th wedding anniversary (AP), July ---
    (
        "en",
        "BATON ROUGE, La. (AP) — A Louisiana couple who wed two weeks after he came home from the Navy marked their 80th wedding anniversary on Sunday.",
        True,
        [("duration", 2, "week", None), ("ordinal", 80, None, None)],
        None,
    ),
    (
        "en",
        "Eugene Thibault is 102 and his wife, Marguerite, is 99.",
        True,
        [("duration", 102, "year", None), ("duration", 99, "year", None)],
        None,
    ),
    (
        "en",
        "They married on July 19, 1946, at a church in Breaux Bridge and raised seven children on a sugarcane farm.",
        True,
        [("date", "1946-07-19", None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The family now counts 23 grandchildren, 41 great-grandchildren and five great-great-grandchildren, their granddaughter said.",
        True,
        [("count", 23, None, None), ("count", 41, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "\"The secret is you don't go to bed mad, and you let her have the last word,\" Eugene Thibault said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Father Luc Fontenot said the couple had attended Sunday Mass in the same parish for more than 70 years.",
        True,
        [("duration", 70, "year", "over")],
        "Luc Fontenot",
    ),
    (
        "en",
        "Fewer than 400 couples in the United States are believed to have been married for at least 80 years, according to a longevity research group.",
        True,
        [("count", 400, None, "under"), ("duration", 80, "year", "at_least")],
        None,
    ),
    ("en", "Neighbors describe the Thibaults as the heart and soul of the parish.", False, [], None),
    (
        "en",
        "More than 150 relatives and friends attended a Mass and a crawfish boil in their honor.",
        True,
        [("count", 150, None, "over")],
        None,
    ),
    # --- 100. Todestag des Komponisten Theodor Wendling (dpa), August ---
    (
        "de",
        "Leipzig (dpa) - Zum 100. Todestag des Komponisten Theodor Wendling widmet ihm das Gewandhaus ab Freitag ein zehntägiges Festival.",
        True,
        [("ordinal", 100, None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "de",
        "Wendling (1861–1926) schrieb vier Sinfonien, zwei Opern und mehr als 150 Lieder.",
        True,
        [
            ("year", 1861, None, None),
            ("year", 1926, None, None),
            ("count", 4, None, None),
            ("count", 2, None, None),
            ("count", 150, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Er starb am 22. August 1926 in Leipzig, wenige Wochen nach der Uraufführung seiner letzten Oper.",
        True,
        [("date", "1926-08-22", None, None)],
        None,
    ),
    (
        "de",
        "Bei den 16 Konzerten des Festivals erklingen nach Angaben der Veranstalter 38 seiner Werke, elf davon erstmals seit mehr als 80 Jahren.",
        True,
        [
            ("count", 16, None, None),
            ("count", 38, None, None),
            ("count", 11, None, None),
            ("duration", 80, "year", "over"),
        ],
        "die Veranstalter",
    ),
    (
        "de",
        "Der Eröffnungsabend mit 1.900 Plätzen ist ausverkauft, teilte das Gewandhaus mit.",
        True,
        [("count", 1900, None, None)],
        "das Gewandhaus",
    ),
    (
        "de",
        "Der Freistaat Sachsen fördert das Festival mit 420.000 Euro.",
        True,
        [("money", 420000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Seine Musik hat Kriege und Moden überlebt, nur das Publikum hat sie aus den Augen verloren“, sagte Festivalleiterin Anke Rosswag.",
        False,
        [],
        None,
    ),
    ("de", "Musikwissenschaftler sehen in ihm ein Bindeglied zwischen Brahms und der Moderne.", False, [], None),
    (
        "de",
        "Der Nachlass mit den Partituren liegt seit 1958 in der Leipziger Stadtbibliothek.",
        True,
        [("year", 1958, None, None)],
        None,
    ),
    # --- Former Motherwell manager Hamish Corrie dies (PA), August ---
    (
        "en",
        "GLASGOW (PA) - Former Motherwell manager Hamish Corrie, who led the club for 13 seasons, has died aged 83, the club said.",
        True,
        [("count", 13, None, None), ("duration", 83, "year", None)],
        "the club",
    ),
    (
        "en",
        "Corrie took charge of 612 matches between 1977 and 1990, winning 259 of them.",
        True,
        [
            ("count", 612, None, None),
            ("year", 1977, None, None),
            ("year", 1990, None, None),
            ("count", 259, None, None),
        ],
        None,
    ),
    (
        "en",
        "As a player he made 341 league appearances for Partick Thistle and won two caps for Scotland.",
        True,
        [("count", 341, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "In 1985 he took the club to its first Scottish Cup final in 31 years.",
        True,
        [("year", 1985, None, None), ("ordinal", 1, None, None), ("duration", 31, "year", None)],
        None,
    ),
    (
        "en",
        "\"Every young player who came through this club owes something to Hamish,\" the club's chief executive said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Motherwell's players will wear black armbands against Hibernian at Fir Park on Saturday, and the crowd will hold a minute's applause before kick-off.",
        True,
        [],
        None,
    ),
    ("en", "He was a hard man on the touchline and a soft touch away from it.", False, [], None),
    (
        "en",
        "Corrie is survived by his wife of 61 years, Sheena, and three sons.",
        True,
        [("duration", 61, "year", None), ("count", 3, None, None)],
        None,
    ),
    # --- 80. Geburtstag von Annemarie Tschurtschenthaler (APA), September ---
    (
        "de",
        "Innsbruck (APA) - Die frühere Skirennläuferin Annemarie Tschurtschenthaler wird am Dienstag 80 Jahre alt.",
        True,
        [("duration", 80, "year", None)],
        None,
    ),
    (
        "de",
        "Die Tirolerin gewann zwischen 1967 und 1973 insgesamt 14 Weltcuprennen und stand 31-mal auf dem Podest.",
        True,
        [("year", 1967, None, None), ("year", 1973, None, None), ("count", 14, None, None), ("count", 31, None, None)],
        None,
    ),
    ("de", "Zweimal wurde sie zu Österreichs Sportlerin des Jahres gewählt.", True, [("count", 2, None, None)], None),
    (
        "de",
        "Nach ihrem Rücktritt mit 27 Jahren führte sie 38 Jahre lang eine Skischule in Seefeld.",
        True,
        [("duration", 27, "year", None), ("duration", 38, "year", None)],
        None,
    ),
    (
        "de",
        "Der Österreichische Skiverband lädt ihr zu Ehren am Samstag zu einem Empfang mit rund 200 Gästen, teilte der ÖSV mit.",
        True,
        [("count", 200, None, "about")],
        "der ÖSV",
    ),
    (
        "de",
        "„Sie hat uns Mädchen gezeigt, dass man vom Skifahren leben kann“, sagte die Olympiasiegerin Verena Hattinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tschurtschenthaler ist Mutter von drei Kindern und Großmutter von acht Enkeln.",
        True,
        [("count", 3, None, None), ("count", 8, None, None)],
        None,
    ),
    ("de", "„Wer aufhört, sich zu bewegen, hat schon verloren“, sagte die Jubilarin der APA.", False, [], None),
    # --- Director Vittorio Ansaldi dies (AFP), September ---
    (
        "en",
        "ROME, Sept 9 (AFP) - Italian film director Vittorio Ansaldi, who made 34 feature films over half a century, has died at 94, his family said on Wednesday.",
        True,
        [
            ("date", "--09-09", None, None),
            ("count", 34, None, None),
            ("duration", 50, "year", None),
            ("duration", 94, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Born in Genoa in 1932, Ansaldi began as an assistant director at 19 and shot his first feature in 1958.",
        True,
        [
            ("year", 1932, None, None),
            ("duration", 19, "year", None),
            ("ordinal", 1, None, None),
            ("year", 1958, None, None),
        ],
        None,
    ),
    (
        "en",
        'His 1971 comedy "Gli Ospiti" sold more than 11 million tickets in Italy, a record for a domestic film at the time.',
        True,
        [("year", 1971, None, None), ("count", 11000000, None, "over")],
        None,
    ),
    (
        "en",
        "He was nominated three times for the Oscar for best foreign-language film but never won.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("en", '"Italy has lost its most tender eye," the culture minister wrote on social media.', False, [], None),
    ("en", "For many Italians, his films were a mirror of the country's postwar hopes.", False, [], None),
    (
        "en",
        "A funeral will be held on Friday at the Church of the Artists on Piazza del Popolo, the family said.",
        True,
        [],
        "the family",
    ),
    (
        "en",
        "He leaves his third wife, the actress Carla Benvenuti, and two children.",
        True,
        [("ordinal", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    # --- Vor 50 Jahren: erste Folge der „Hafenwache“ (dpa), Oktober ---
    (
        "de",
        "Mainz (dpa) - Vor 50 Jahren, am 3. Oktober 1976, hat das ZDF die erste Folge der Krimiserie „Hafenwache“ gesendet.",
        True,
        [("duration", 50, "year", None), ("date", "1976-10-03", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Bis zur Einstellung im Jahr 2003 entstanden in 27 Staffeln 412 Folgen.",
        True,
        [("year", 2003, None, None), ("count", 27, None, None), ("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Die erfolgreichste Folge sahen im Februar 1985 nach Angaben des Senders 18,6 Millionen Menschen.",
        True,
        [("year", 1985, None, None), ("count", 18600000, None, None)],
        None,
    ),
    (
        "de",
        "Hauptdarsteller Reinhold Assmus spielte den Kommissar Brodersen 26 Jahre lang, er starb 2019 im Alter von 84 Jahren.",
        True,
        [("duration", 26, "year", None), ("year", 2019, None, None), ("duration", 84, "year", None)],
        None,
    ),
    (
        "de",
        "Zum Jubiläum stellt der Sender ab Montag acht restaurierte Folgen in seine Mediathek, teilte das ZDF mit.",
        True,
        [("count", 8, None, None)],
        "das ZDF",
    ),
    (
        "de",
        "„Keine andere Serie hat das Bild von Hamburg in den Wohnzimmern so geprägt“, sagte ZDF-Programmdirektorin Sabine Lohrengel.",
        False,
        [],
        None,
    ),
    ("de", "Viele Fans halten die frühen Staffeln bis heute für die besten.", False, [], None),
    (
        "de",
        "Der letzte noch lebende Darsteller aus der ersten Staffel, der heute 91-jährige Kurt Wiesholler, lebt in Cuxhaven.",
        True,
        [("ordinal", 1, None, None), ("duration", 91, "year", None)],
        None,
    ),
    # --- 150 Jahre Café Hollerbusch (APA), Oktober ---
    (
        "de",
        "Graz (APA) - Das Café Hollerbusch in der Grazer Innenstadt feiert am Samstag seinen 150. Geburtstag.",
        True,
        [("ordinal", 150, None, None)],
        None,
    ),
    (
        "de",
        "Das Kaffeehaus wurde am 17. Oktober 1876 von dem Zuckerbäcker Anton Hollerbusch eröffnet und ist seit 1952 im Besitz der Familie Pirchegger.",
        True,
        [("date", "1876-10-17", None, None), ("year", 1952, None, None)],
        None,
    ),
    (
        "de",
        "Heute arbeiten 34 Angestellte in dem Betrieb, täglich werden im Schnitt rund 900 Gäste bewirtet.",
        True,
        [("count", 34, None, None), ("count", 900, None, "about")],
        None,
    ),
    (
        "de",
        "Zum Jubiläum bekommen die ersten 150 Gäste am Samstag eine Melange gratis.",
        True,
        [("ordinal", 1, None, None), ("count", 150, None, None)],
        None,
    ),
    (
        "de",
        "„Ein Kaffeehaus ist kein Lokal, sondern das Wohnzimmer einer ganzen Stadt“, sagte Chefin Elfriede Pirchegger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pirchegger führt das Café seit 1989 in dritter Generation.",
        True,
        [("year", 1989, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Stadt Graz zeichnet das Haus aus diesem Anlass mit dem Goldenen Ehrenzeichen aus, teilte das Bürgermeisteramt mit.",
        True,
        [],
        "das Bürgermeisteramt",
    ),
    # --- Caledon Mutual marks 200 years (Reuters), October ---
    (
        "en",
        "EDINBURGH, Oct 15 (Reuters) - Scottish building society Caledon Mutual celebrated its 200th anniversary on Thursday, making it one of the oldest mutual lenders still operating in Britain.",
        True,
        [("date", "--10-15", None, None), ("ordinal", 200, None, None)],
        None,
    ),
    (
        "en",
        "Founded in 1826 by a group of 14 Leith weavers, the society now has about 410,000 members and 36 branches.",
        True,
        [
            ("year", 1826, None, None),
            ("count", 14, None, None),
            ("count", 410000, None, "about"),
            ("count", 36, None, None),
        ],
        None,
    ),
    (
        "en",
        "It reported a pre-tax profit of 58.4 million pounds for the year to March, up 7%, and total assets of 9.1 billion pounds.",
        True,
        [("money", 58400000, "GBP", None), ("percent", 7, "%", None), ("money", 9100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Fiona Mackintosh-Reid said every member who has held an account for at least five years would receive a one-off anniversary payment of 50 pounds.",
        True,
        [("duration", 5, "year", "at_least"), ("money", 50, "GBP", None)],
        "Fiona Mackintosh-Reid",
    ),
    (
        "en",
        '"Mutuality is not a relic of the past; it is the future of fair banking," Mackintosh-Reid said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Britain had more than 300 building societies in 1975; today there are 39, according to the Building Societies Association.",
        True,
        [("count", 300, None, "over"), ("year", 1975, None, None), ("count", 39, None, None)],
        None,
    ),
    (
        "en",
        "The society came through the 2008 financial crisis without state support, it said.",
        True,
        [("year", 2008, None, None)],
        None,
    ),
    # --- Today's birthdays (AP), October ---
    ("en", "Country singer Lorna Pettibone is 85.", True, [("duration", 85, "year", None)], None),
    ("en", "Former NBA coach Dewey Stallworth is 79.", True, [("duration", 79, "year", None)], None),
    ("en", "Actor Rafe Dunning is 67.", True, [("duration", 67, "year", None)], None),
    ("en", "Olympic gold medal swimmer Kayla Merriweather is 34.", True, [("duration", 34, "year", None)], None),
    ("en", "Author Peter Ashenfelter is 90.", True, [("duration", 90, "year", None)], None),
    # --- Tod des früheren Stadtpräsidenten Ulrich Brändli-Sutter (Keystone-SDA), November ---
    (
        "de",
        "Winterthur (Keystone-SDA) - Der frühere Winterthurer Stadtpräsident Ulrich Brändli-Sutter ist am Sonntag im Alter von 87 Jahren gestorben, teilte die Stadt Winterthur am Montag mit.",
        True,
        [("duration", 87, "year", None)],
        "die Stadt Winterthur",
    ),
    (
        "de",
        "Der Sozialdemokrat stand der Stadt von 1990 bis 2006 vor und wurde dreimal wiedergewählt.",
        True,
        [("year", 1990, None, None), ("year", 2006, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Zuvor hatte er 14 Jahre lang als Sekundarlehrer gearbeitet und acht Jahre im Kantonsrat gesessen.",
        True,
        [("duration", 14, "year", None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "In seine Amtszeit fiel der Bau des Stadtsaals, der 1999 nach dreijähriger Bauzeit für 61 Millionen Franken eröffnet wurde.",
        True,
        [("year", 1999, None, None), ("duration", 3, "year", None), ("money", 61000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Er war ein grosser Winterthurer und ein noch grösserer Zuhörer», schrieb der Stadtrat in seinem Nachruf.",
        False,
        [],
        None,
    ),
    ("de", "Wegbegleiter beschreiben ihn als bescheiden, hartnäckig und humorvoll.", False, [], None),
    (
        "de",
        "Brändli-Sutter hinterlässt seine Frau, zwei Söhne und fünf Enkelkinder.",
        True,
        [("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Abdankung findet am 21. November in der Stadtkirche statt.",
        True,
        [("date", "--11-21", None, None)],
        None,
    ),
    # --- Former astronaut Curtis Langmire dies (AP), November ---
    (
        "en",
        "HOUSTON (AP) — Former astronaut Curtis Langmire, who flew on four space shuttle missions and spent 41 days in orbit, died Tuesday in Houston, NASA said.",
        True,
        [("count", 4, None, None), ("duration", 41, "day", None)],
        "NASA",
    ),
    ("en", "Langmire was 81.", True, [("duration", 81, "year", None)], None),
    (
        "en",
        "A former Navy test pilot, Langmire was selected as an astronaut in 1984 and made his first flight in 1990.",
        True,
        [("year", 1984, None, None), ("ordinal", 1, None, None), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "On his third mission he commanded a 10-day flight that released a weather satellite into orbit.",
        True,
        [("ordinal", 3, None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        "He made three spacewalks totaling 19 hours and 40 minutes.",
        True,
        [("count", 3, None, None), ("duration", 19, "hour", None), ("duration", 40, "minute", None)],
        None,
    ),
    (
        "en",
        "\"Curt never lost the sense of wonder that made him look out the window on every orbit,\" NASA's administrator said.",
        False,
        [],
        None,
    ),
    ("en", "Colleagues remembered him as a calm voice in a crisis.", False, [], None),
    (
        "en",
        "He is survived by his wife, Karen, two daughters and four grandchildren.",
        True,
        [("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- Tod des Schriftstellers Jakob Lindenschmidt (dpa), Dezember ---
    ("de", "Berlin (dpa) - Der Schriftsteller Jakob Lindenschmidt ist tot.", True, [], None),
    (
        "de",
        "Er starb am Mittwoch im Alter von 88 Jahren in Berlin, teilte der Verlag am Donnerstag mit.",
        True,
        [("duration", 88, "year", None)],
        "der Verlag",
    ),
    (
        "de",
        "Lindenschmidt veröffentlichte seit 1961 mehr als 30 Romane und Erzählbände, die in 26 Sprachen übersetzt wurden.",
        True,
        [("year", 1961, None, None), ("count", 30, None, "over"), ("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Sein bekanntestes Buch, der Roman „Die Fährleute“ von 1972, verkaufte sich nach Verlagsangaben mehr als zwei Millionen Mal.",
        True,
        [("year", 1972, None, None), ("count", 2000000, None, "over")],
        None,
    ),
    (
        "de",
        "2004 wurde er mit dem mit 30.000 Euro dotierten Havelland-Literaturpreis ausgezeichnet.",
        True,
        [("year", 2004, None, None), ("money", 30000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Er hat der Nachkriegszeit eine Sprache gegeben, die nicht gelogen hat“, sagte seine Verlegerin Ulrike Sandmeier.",
        False,
        [],
        None,
    ),
    ("de", "Er war ein großer Europäer und ein unbestechlicher Chronist seines Jahrhunderts.", False, [], None),
    (
        "de",
        "Lindenschmidt war 56 Jahre lang mit der Übersetzerin Maren Lindenschmidt verheiratet, die 2021 starb.",
        True,
        [("duration", 56, "year", None), ("year", 2021, None, None)],
        None,
    ),
    # --- Finland marks 75 years since the Saaristo sinking (Reuters), December ---
    (
        "en",
        "HELSINKI, Dec 4 (Reuters) - Relatives and survivors gathered in Turku on Friday to mark 75 years since the ferry Saaristo sank in a winter storm off the Aland Islands, killing 112 people.",
        True,
        [("date", "--12-04", None, None), ("duration", 75, "year", None), ("count", 112, None, None)],
        None,
    ),
    (
        "en",
        "Only 29 of the 141 passengers and crew survived the sinking on Dec. 3, 1951, according to the Finnish maritime museum.",
        True,
        [("count", 29, None, None), ("count", 141, None, None), ("date", "1951-12-03", None, None)],
        None,
    ),
    (
        "en",
        "The youngest survivor, Aino Lehtonen, was four at the time and is now 79.",
        True,
        [("duration", 4, "year", None), ("duration", 79, "year", None)],
        None,
    ),
    ("en", '"I remember the cold more than the fear," Lehtonen told reporters.', False, [], None),
    (
        "en",
        "An inquiry in 1952 found the ship had been carrying nearly twice its permitted load of cargo.",
        True,
        [("year", 1952, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Finland's prime minister laid a wreath at a memorial bearing the names of all 112 victims.",
        True,
        [("count", 112, None, None)],
        None,
    ),
    ("en", "The tragedy remains an open wound in the collective memory of the archipelago.", False, [], None),
    (
        "en",
        "An exhibition on the disaster opens at the maritime museum in Turku on Dec. 12 and will run for four months, the museum said.",
        True,
        [("date", "--12-12", None, None), ("duration", 4, "month", None)],
        "the museum",
    ),
]
