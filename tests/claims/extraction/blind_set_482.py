"""Four-hundred-and-eighty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear only by their role („der Wiesn-Chef“, „der
Oberbürgermeister“, „die Vorsitzende Richterin“, „ein Polizeisprecher“, "the education
minister", "Tasmania's tourism minister", "the Bishop of Carlisle") or under made-up names
that stand for no real holder (a festival landlords' spokeswoman, a social insurers'
spokeswoman, a touring club's spokeswoman, a statistics office's demographers, a motor
club's and a utility's spokeswomen, a regional government's spokesman, a regatta's
spokeswoman, a motorway project manager, a tennis club's spokeswoman, a statistics office's
demographer at the ONS).

Names: Rosalie Hintermaier-Gschwendtner, Gudrun Pfeifenberger-Lackner, Seraina
Wyssbrod-Caduff, Ansgar Kleinschmidt-Oyelaran, Ruedi Zurbuchen-Imoberdorf, Beatrice
Amstutz-Kohler, Dörte Rappenecker-Adjei, Alois and Hermine Z., Florian Hutegger-Pucher,
Maren Tjarksen-Okafor, Timo Bräuninger-Akinola, Chiara Tognetti-Brunold, Nadine
Kollegger-Sternad, Frieda Rüfenacht-Gfeller, Hansruedi Gerber-Zaugg and Hildegard
Obermoser-Tetteh; Priyanka Haverstock-Nwosu, Vinod Castellano-Reyes, Jolene
Marchetti-Pruett, Hamish Pennycuick-Vale, Trevor Ashdown-Mbatha, Imelda Crossthwaite-Oduro,
Tamsin Okonjo-Reilly, Walter Brenneis-Oakley, Rhiannon Westlake-Amadi, Beryl
Tregaskis-Huon, Callum Deverell-Ngata, Suresh Halvorsen-Quaye, Edna Pilkington-Rowe, Miles
Fenwick-Adebayo and Aoife Carrigan-Moloney are invented, and so are the firms, the
funicular, the church and its village (the sensor maker Velbruck Sensorik, the asset
manager Larchmont Ridge, Dalrymple Capital, the funicular from Oberried to the Hohbüel, St
Ninian's in Braithmere), with Britain's oldest man, the Leaving Certificate grandmother,
the Bloomsday reader, every defendant, victim, witness, robber, sailor, juror, racegoer,
swimmer, agent, accountant, critic and resident. Real states, bodies, firms, events,
venues and places (München, the Oktoberfest and its Wiesn, the Theresienwiese, Wien, the
Dachverband der Sozialversicherungsträger, Statistik Austria, Bern, the TCS, the Gotthard,
Zürich, Wiesbaden, the Statistisches Bundesamt and Destatis, Köln, the Landgericht Köln,
Porz, Ehrenfeld, Oberried BE, Frankfurt, dpa-AFX, Chemnitz, Graz, the Land Steiermark,
Leoben, Kiel, the Kieler Woche, the Förde, Stuttgart, Leonberg, the A8, the Autobahn GmbH,
the ADAC, Neuenburg, the Bundesamt für Statistik BFS, Pro Senectute, Schwabing, the
Leopoldstraße, the Donauinsel and its Donauinselfest, the Wiener Linien, the U6,
Floridsdorf, Langnau i.E., the Emmental, Berlin; London, the Office for National
Statistics, England and Wales, Lancashire, Sydney, the Australian Taxation Office,
Parramatta, Dublin, the State Examinations Commission, the Leaving Certificate, Co. Mayo,
RTÉ, Orlando, AAA, Ascot and Royal Ascot, the Gold Cup, the Queen Mary Stakes, New York,
Social Security, Salisbury, Stonehenge, English Heritage, Wiltshire, Chicago, O'Hare
International Airport, the National Weather Service, ComEd, the South Side, Bloomsday,
Ulysses, North Great George's Street, Duke Street, Tourism Ireland, Springfield, Joplin,
Normandy, Omaha Beach, Veterans Affairs, Wimbledon, the All England Club, Centre Court,
Hobart, the River Derwent, Tasmania, the S&P 500, the Fed, CME FedWatch, Keswick, the Lake
District, Carlisle, the Central Statistics Office, and the datelines' cities) stand for the
way wire copy names them; every count, rate, sum, share, age, span, time, date and quote
here is invented, and where a real figure came to mind (a real beer price, a real count of
centenarians, a real refund, a real traffic jam, a real count of candidates, a real travel
forecast, a real prize fund, a real visitor count, a real index level) it was changed. Kept
as the facts they are: the 192nd Oktoberfest from September 18 to October 3, 2027, and the
Day of German Unity on October 3; the Austrian women's pension age rising by half a year
each half-year from January 2024 to 65 in 2033, and 63 and a half for women born on
December 2, 1966; the Australian financial year from 1 July to 30 June and the 14 July date
for income statements; the Gold Cup first run in 1807 and Royal Ascot's 35 races; the
solstice of June 21, 2027, and the hours of daylight as almanacs give them; Bloomsday's
June 16, 1904, and its first celebration in 1954; June 6, 1944, at Omaha Beach and the 16.4
million Americans who served in the war; the 140th Championships at Wimbledon; the
Donauinselfest since 1984 and the Kieler Woche since 1882; Ireland's marriage law of
November 2015; the German pension ages of 66 and four months for 1960 and 67 from 1964; the
American full retirement age of 67 for workers born in 1960. The Fed's meeting dates and
every festival's and holiday's date in 2027 not named above are invented.

Its weight: HARD NUMBER FORMS, twenty-second round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first, three-hundred-and-twenty-eighth,
three-hundred-and-forty-second, three-hundred-and-sixtieth, three-hundred-and-seventy-sixth,
three-hundred-and-eighty-second, three-hundred-and-ninety-fifth, four-hundred-and-fifth,
four-hundred-and-twenty-sixth, four-hundred-and-forty-fifth, four-hundred-and-fifty-second,
four-hundred-and-sixtieth and four-hundred-and-seventy-fourth batches were the first
twenty-one rounds, and the seventeenth weighed the same forms long before them; their
decisions are kept, those of the three-hundred-and-forty-second and
three-hundred-and-eighty-second - which weighed clock times and dates - and of the
four-hundred-and-forty-fifth, four-hundred-and-fifty-second, four-hundred-and-sixtieth and
four-hundred-and-seventy-fourth first of all) - three ordinary wire weeks, Monday, June 7,
to Friday, June 25, 2027, as 30 short stories in date order with the German and English
desks interleaved, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, quotes, the other side), this time weighing dates, times and ages in unusual forms:
the Oktoberfest's dates and prices, centenarians in England and Wales, Austrian pension
ages, tax time at the end of the Australian financial year, Swiss summer holidays and the
Gotthard, the Leaving Certificate, first-time mothers in Germany, Fourth of July travel, a
fraud verdict in Cologne, a Royal Ascot preview, a funicular's centenary, American
retirement hopes, a sensor maker's third quarter, the solstice at Stonehenge, golden
weddings in Styria, heat in Chicago, the Kieler Woche, Bloomsday, a weekend closure of the
A8, a veteran's 103rd birthday, Switzerland's centenarians, Wimbledon's prize fund, a
robbery in Schwabing, the solstice swim in Hobart, the Donauinselfest, Wall Street's first
half, ninety-year-olds of the class of 1937, a Lake District church's bicentenary, German
pensions and Irish weddings. Half German (dpa with its regional slugs "dpa/lby",
"dpa/lnw", "dpa/lno" and "dpa/lsw", dpa-AFX, APA, Keystone-SDA; Austrian „heuer“, „Jänner“,
„Pension“, „Pensionistinnen“, „bedingt“, „Anrainer“, Swiss „gemäss“, „Strasse“, „Oberried
BE“, „Langnau i.E.“, „Jahrgänger“, „90'000“, „61'000“, „250'000 Franken“, „4'000“, „2'100“
and „503'000“ with the apostrophe, «» quotes, German „“ quotes), half English (Reuters with
dated datelines, AP, PA, AAP; British "£", "furlongs", "2.30pm", "the 21st of June",
"organisers", "a fortnight", Irish "euros", "Co. Mayo", "the twenty-second", Australian
"A$", "per cent", "1 July 2026", "lodgement", U.S. "degrees Fahrenheit", "2 p.m.", "Sept.
21-22", "July Fourth"). Its weight is the forms of dates, times and ages the topic names,
in shapes the twenty-one earlier rounds used only thinly or not at all: dates written in
words and with ordinals („am dritten Oktober“, „Am neunzehnten Juni 1927“, „am dritten
Jänner 1955“, „am zweiten Dezember 1966“, "the twenty-first of May 1916", "the sixteenth of
June 1904", "the sixth of June 1944", "Thursday the first of July", "Monday the 21st of
June", "Friday the 27th of August", "the Fourth of July", "July Fourth", "a June 16"); spans
between dates („zwischen dem 3. und dem 17. Juli“, „vom 3. Juli bis zum 8. August“, „vom 19.
bis zum 27. Juni“, „vom 25. bis 27. Juni“, „zwischen dem 3. März und dem 17. Oktober 2025“,
„In der Nacht vom 16. auf den 17. Oktober“, „von Freitag, 25. Juni, 20 Uhr, bis Montag, 28.
Juni, 5 Uhr“, "from 15 to 19 June", "from May 3-17", "from June 10-21", "on July 27-28 and
again on Sept. 21-22", "from the second of June to the twenty-second", "between the first of
June and the thirtieth of September", "between 1 July 2026 and 30 June 2027"); ages in
words, brackets and compounds („die 34-Jährige“, „Der Mitangeklagte (41)“, „Frieda
Rüfenacht-Gfeller (89)“, „der 97-jährige Alois“, „der Über-65-Jährigen“, „Über-80-Jährigen“,
„Über-75-Jährige“, „Hundertjährigen“, „bei den 40- bis 44-Jährigen“, „als sie zwanzig
wurden“, „der jüngste ist zwölf, der älteste 84“, „die älteste ist seit dem 4. Januar 90“,
"aged one hundred and eleven", "aged eighty-six", "Edna Pilkington-Rowe, 101,", "Most
candidates are 17 or 18", "the oldest, at 39", "at age 60", "A man who reaches 85", "as a
19-year-old", "a two-year-old filly", beside "a man in his sixties", "in their nineties",
"in their fifties", "her mid-twenties", „Anfang 50“, „Anfang 30“, „etwa Mitte 20“ and "an
octogenarian", which name no age); decades and centuries („in den Neunzigerjahren“, „Anfang
der Neunzigerjahre“, „in den Fünfzigerjahren“, „aus den Sechzigerjahren“, „Ende der
2030er-Jahre“, "the early 1990s", "the late 1990s", "since the 1990s", "in the sixties", "in
the forties", "the third millennium BC"); periods („im Frühjahr 2029“, „im zweiten Halbjahr
2027“, „im dritten Quartal seines Geschäftsjahres 2026/27“, „Das Quartal umfasste die Monate
März bis Mai“, „im Jubiläumsjahr 2022“, "the 2026-27 financial year", "Q3", "its best first
half", "the first fortnight of July"); clock times that carry nothing beside durations that
do („von 10 bis 19 Uhr“, „um 23 Uhr und dauert 25 Minuten“, „von 14 Uhr bis Mitternacht,
zehn Stunden am Stück“, „von 8 bis 22 Uhr gratis, alle zwölf Minuten“, „gegen 22.15 Uhr“,
"at 4.52am", "from 7pm on Sunday until 8am on Monday, a 13-hour window", "at 2.30pm and the
last at 6.10pm, three hours and 40 minutes", "from noon Thursday until 8 p.m. Friday, a
32-hour stretch", "from 8am until after midnight, more than 16 hours"); anniversaries,
birthdays and centenaries („das 192. Oktoberfest“, „ihr hundertjähriges Bestehen“, „Zur
Hundertjahrfeier“, „Zum 75-Jahr-Jubiläum 2002“, „Die Gnadenhochzeit nach 70 Jahren“, „zu
seinem 70. Geburtstag“, „Zu ihrem 90. Geburtstag“, „ihren Neunzigsten“, „Das 44.
Donauinselfest“, "its 50th anniversary", "his 103rd birthday", "the 140th Championships",
"turns 80", "123 years after", "its bicentenary", "200 years to the day"); and relative time
(„Vor 25 Jahren“, „Vor zehn Jahren“, „vor drei Wochen“, „vor zwei Wochen“, „vorgestern“,
"52 years ago", "83 years ago this month", "a fortnight ago", "a decade ago", "last
Wednesday", "a week later"). Speakers as such copy has them: statistics offices, social
insurers, tax offices, examination boards, heritage and tourism bodies and a transport
operator with "said" and „mitteilte“, named spokespeople, experts and a trainer with their
titles dropped, and beside them the forms left unchecked (roles, plural sources, data,
surveys, forecasts, estimates, „laut“, „nach Angaben des“, „nach Schätzung“, „gemäss
Chronik“, "according to"). Negatives stand beside them - 55 rows, none with a figure:
rhetoric and feelings in quotes from a demographer, a pension insurer's spokeswoman, a tax
agent, a motor club's spokeswoman, a trainer, a retired machinist, an asset manager's
strategist, a site manager, a golden-wedding bride, a utility's spokeswoman, a Bloomsday
reader, a project manager, a statistics office's demographer, a tennis club's spokeswoman,
a swimmer, a festival's spokeswoman, a markets strategist, a club president, a churchwarden, a veteran,
a pension expert and a wedding planner, and from roles (a Wiesn-Chef, an education
minister, a presiding judge, a mayor, a police spokesman), labels („sprachen von“, "called"),
verdicts with „halten ... für“ and „hielt ... für“, advice naming no measure („riet“), an
appeal for witnesses, views told as reports ("Charities said ...", "Accountants said ...",
"Parents' groups said ...", "Airlines said ...", "Bookmakers said ...", "Some advisers said
...", "Ticket resale sites said ...", "Hoteliers said ..."), and number words and dates
inside them that count nothing ("the eleventh hour", "the first of July", "every sixteenth
of June since the seventies", "a hundred and three", "Two hundred years", „in den
Neunzigerjahren“, „Mit Anfang 60“, „Mitte 30“, „in den Vierzigern“, "Q3").

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 7 carry no figure (4 German, 3 English), 404 expected quantities (143
durations - 95 in years, 16 in hours, 12 in minutes, 11 in months, 5 in days, 4 in weeks -,
73 dates - 15 with a year, 58 without -, 56 counts, 44 years, 34 ordinals, 28 amounts of
money - 16 EUR, 5 GBP, 3 AUD, 3 USD, 1 CHF -, 15 fractions, 11 percentages - all in "%" -;
none of them in a negative), 35 checked speakers (18 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names, firms and
places were checked against the earlier batches; a name already in use (a touring club
spokeswoman's) was replaced by a fresh one before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its semicolons included. A
  quoted or reported evaluation, label, feeling, view, verdict, piece of advice or piece of
  rhetoric is a negative with speaker None, also with a named speaker (seventh,
  ninety-eighth, four-hundred-and-fifth, four-hundred-and-fifty-second,
  four-hundred-and-sixtieth, four-hundred-and-seventy-fourth); a reported fact, figure, step,
  plan or forecast with a figure is check-worthy with its speaker, also in Konjunktiv I and
  in a quote (Hintermaier-Gschwendtner's 6.95 euros, Pfeifenberger-Lackner's ten years,
  Kleinschmidt-Oyelaran's half year, Hutegger-Pucher's four couples, Bräuninger-Akinola's
  third closure, Tognetti-Brunold's cohorts, Gerber-Zaugg's ten members, Obermoser-Tetteh's
  300 euros, Halvorsen-Quaye's 7,600, Brenneis-Oakley's Jeep, the grandmother's "left school
  at 14" told to RTÉ). Pairs from one speaker: Pfeifenberger-Lackner's ten years beside
  „nicht zum alten Eisen“, Haverstock-Nwosu's 6.4 years beside "barely make a footnote",
  Castellano-Reyes's 14 July beside "a mug's game", Wyssbrod-Caduff's busiest hours beside
  her advice („riet“), Kleinschmidt-Oyelaran's half year beside „sie kommen gewollt“,
  Marchetti-Pruett's 45 minutes beside "pack your patience", Pennycuick-Vale's 52 years
  beside "Eighty is only a number", Ashdown-Mbatha's quarter beside "the new twenties",
  Okonjo-Reilly's 18,000 customers beside her
  advice, Bräuninger-Akinola's third closure beside „eine Zumutung“, Brenneis-Oakley's Jeep
  beside "a hundred and three", Tognetti-Brunold's cohorts beside „Das Alter ist weiblich“,
  Westlake-Amadi's 3.1 million pounds beside "brand new", Tregaskis-Huon's swim told without
  her beside "the best two minutes", Halvorsen-Quaye's 7,600 beside "the history books",
  Gerber-Zaugg's ten members beside „die Schulbank gedrückt“, Fenwick-Adebayo's 45 minutes
  beside "nothing to these stones", and Obermoser-Tetteh's 300 euros beside „davon leben
  können“. Negatives otherwise: labels („Seniorenvertreter sprachen von ...“,
  „Familienverbände sprachen von ...“, „Analysten sprachen von ...“, „Pro Senectute sprach
  von ...“, "Pagan groups called ...", "Publicans on Duke Street called ...", "Tasmania's
  tourism minister called ...", "Parishioners called ...", "Neighbors described him as
  ..."), verdicts with „halten ... für“ and „hielt ... für“ (holiday-makers, villagers, the
  defence, residents of Floridsdorf, the class of 1937; hundred-ninety-ninth), „Die Paare
  zählten die Ehrung zu ...“ (a verdict in another verb), a view with „Kritiker meinen“,
  advice naming no measure („riet Wyssbrod-Caduff“, „Die Polizei riet“, „riet ein
  Polizeisprecher“, "Check on your neighbors"; three-hundred-and-sixtieth), an appeal for
  witnesses („Zeugen werden gebeten ...“; three-hundred-and-fifty-second), views and
  forecasts told as reports without a figure ("Charities said ...", "Accountants said ...",
  "Parents' groups said ...", "Airlines said they expected ...", "Bookmakers said ...",
  "Some advisers said ...", "Ticket resale sites said ...", "Hoteliers said ...";
  three-hundred-and-ninety-fifth, four-hundred-and-seventy-fourth), and the rhetoric of roles
  („sagte der Wiesn-Chef“, „sagte die Vorsitzende Richterin“, „sagte der Oberbürgermeister“,
  "The education minister said the exams remained the fairest system in the world.").
  Check-worthy without a figure (two-hundred-and-eighty-first, four-hundred-and-sixtieth,
  four-hundred-and-seventy-fourth): "The number of people in their nineties has more than
  doubled since the early 1990s." ("in their nineties" and "the early 1990s" none, "more
  than doubled" none - sixteenth), Wyssbrod-Caduff's busiest hours („zwischen 9 und 14 Uhr“
  clock times), „Das Urteil ist nicht rechtskräftig.“, "Play on the outside courts starts at
  11am, ..." (a schedule told by clock times), „Die Tat ereignete sich vorgestern gegen 22.15
  Uhr ...“, „Eine Anwohnerin Anfang 50 hatte die beiden kurz zuvor ... gesehen.“ and "In the
  early 1990s the average bride was still in her mid-twenties." - each a reported fact whose
  only number forms name no figure.
- Dates written in words and with ordinals. New: a German ordinal number word before a month
  is the date, and gives no ordinal - „endet am dritten Oktober“ --10-03, „Am neunzehnten Juni
  1927“ 1927-06-19, „am dritten Jänner 1955“ 1955-01-03 (the Austrian month,
  hundred-twenty-sixth: „mit 1. Jänner“) and „Wer am zweiten Dezember 1966 geboren wurde“
  1966-12-02 - the spoken form of „am 3. Oktober“, as the British "by the 21st of April" is
  --04-21 with no ordinal (three-hundred-and-eighty-second); the year after the month makes
  the date full as in "on Jan. 28, 1813" (forty-fifth). New: English ordinals spelled out
  before "of" and a month read the same way - "born on the twenty-first of May 1916"
  1916-05-21, "after the sixteenth of June 1904" 1904-06-16, "on the sixth of June 1944"
  1944-06-06, "from Thursday the first of July" --07-01, "on the twenty-first of June"
  --06-21, "between the first of June and the thirtieth of September" --06-01 and --09-30;
  "from the second of June to the twenty-second" is --06-02 and --06-22, the month written
  once serving the later day as in "from April 7 to 13" (hundred-thirty-fourth). The digit
  forms likewise: "Monday the 21st of June", "Monday the 28th of June", "Friday the 27th of
  August", "Friday the 18th of September" and "on the 24th of June 1827" (1827-06-24). New: a
  weekday before "the" and an ordinal date carries none, as a weekday before „19. September“
  or "March 5" (three-hundred-and-forty-second, three-hundred-and-eighty-second). New: "the
  Fourth of July" and "on July Fourth" are --07-04, and "born on the Fourth of July 1924"
  1924-07-04 - the holiday's common name is its date in words, a day of the calendar as "the
  July 4 general election" (hundred-twentieth), unlike "9/11", which names the attacks of one
  year and carries none (three-hundred-and-eighty-second), and unlike names without a date in
  them: "the Independence Day holiday", „dem Tag der Deutschen Einheit“, "Bloomsday", "the
  summer solstice", "the winter solstice" none (hundred-forty-second: holidays). New: "the
  highest for a June 16 since 1994" is --06-16 and the year - a date with an article names
  that calendar day in any year and stays a date without a year. Other dates: „am 18.
  September“, „am Samstag, 11. Juli“, „am 31. August“, „am 14. Oktober 2016“ (2016-10-14),
  „per 31. Dezember 2026“ (2026-12-31; the Swiss „per“ as „mit“), „zum 1. Juli“, „seit dem
  4. Januar“, „am 28. Dezember 1937“ (1937-12-28) and "until 30 June", "until 14
  July", "Sunday, July 11", "Saturday, July 3", "Monday, July 5", "Thursday, July 1" (British
  and U.S. order alike; fifty-fifth). Reuters datelines with a day ("LONDON, June 7", "DUBLIN,
  June 9", "NEW YORK, June 14", "CHICAGO, June 16", "DUBLIN, June 17", "LONDON, June 21", "NEW
  YORK, June 23", "DUBLIN, June 25") are dates without a year (three-hundred-and-ninety-fifth,
  four-hundred-and-seventy-fourth); dpa, dpa/lby, dpa/lnw, dpa/lno, dpa/lsw, dpa-AFX, APA,
  Keystone-SDA („Oberried BE“ - the canton letters none), AP („ORLANDO, Fla.“, „SPRINGFIELD,
  Mo.“), PA and AAP datelines without a day none (seventy-ninth).
- Spans between dates: each end is its own date (seventeenth, forty-first and every round
  since). „zwischen dem 3. und dem 17. Juli“, „vom 19. bis zum 27. Juni“, „vom 25. bis 27.
  Juni“ and "from 15 to 19 June" (the British order) the month written once serving the
  first day (ninth: „vom 5. bis 19. Juli“); „vom 3. Juli bis zum 8. August“ each its own
  month; "from May 3-17", "from June 10-21", "on July 27-28" and "on Sept. 21-22" two dates
  each (hundred-fourteenth: "March 3-16"); "from Saturday, June 26, through Sunday, July 4"
  two; „von Freitag, 25. Juni, 20 Uhr, bis Montag, 28. Juni, 5 Uhr“ two dates and no clock
  time (tenth). „zwischen dem 3. März und dem 17. Oktober 2025“ is 2025-03-03 and
  2025-10-17 - the year written once serves the first date, as „vom 18. bis 22. Januar 2027“
  (two-hundred-and-sixty-eighth); "between 1 July 2026 and 30 June 2027" two full dates.
  New: „In der Nacht vom 16. auf den 17. Oktober“ is --10-16 and --10-17 - a night named by
  the two days it joins gives both, the month written once serving the first, while „In der
  Nacht zum Sonntag, 29. März“ gave its one date (three-hundred-and-eighty-second).
- Ages are durations in years (every batch), in words, brackets and compounds: „eine
  34-Jährige“ and „die 34-Jährige“, „ein 94-jähriger Witwer“, „der 97-jährige Alois und die
  95-jährige Hermine Z.“, „Der 88-jährige frühere Maschinist“, „einen 79-Jährigen“, „eine
  82-jährige Frau“, „Ein 17-Jähriger“, "a 74-year-old grandmother", "a 93-year-old retired
  teacher", "a 16-year-old qualifier", "as a 19-year-old"; in brackets „Der Mitangeklagte
  (41)“ (three-hundred-and-eighty-second: „seine Mutter (61)“) and „Frieda Rüfenacht-Gfeller
  (89)“; in commas "Edna Pilkington-Rowe, 101,"; in words "aged one hundred and eleven" 111
  (four-hundred-and-sixtieth: "until she was a hundred and one") and "aged eighty-six" 86;
  bare after a verb or "at" - "who turns 80", "A man who reaches 85", "Most candidates are 17
  or 18", "the oldest, at 39", "at age 60", "retire at 66", "start at 67", "left school at
  14", „mit 63 Jahren und sechs Monaten“, „als sie zwanzig wurden“, „der jüngste ist zwölf,
  der älteste 84“ (the elliptic second age, three-hundred-and-eighty-second: "the youngest was
  12"), „die älteste ist seit dem 4. Januar 90“, „Wer in diesen Tagen 67 wird“, „die Rente
  mit 67“ (three-hundred-and-eighty-second: „Wer mit 65 in Pension geht“). Years and months:
  „61 Jahre und neun Monate“, „mit durchschnittlich 60 Jahren und sieben Monaten“, „30 Jahre
  und elf Monate“, „bei 66 Jahren und vier Monaten“, "37 years and two months", "35 years
  and five months", each part (hundred-thirty-second). Bounds and ranges: "aged 100 or over"
  and „100 Jahre oder älter“ "at_least" (hundred-thirty-second), „35 Jahre oder älter“ and
  „65 oder älter“ "at_least", „der Über-65-Jährigen“, „der Über-80-Jährigen“,
  „Über-75-Jährige“ and "over 65" "over" (three-hundred-and-eighty-second:
  „Über-100-Jährigen“), „zwischen 78 und 94 Jahre alt“, „zwischen 30 und 34 Jahren“, „bei den
  40- bis 44-Jährigen“, "aged 55 to 64", "aged between 18 and 30" both ends
  (three-hundred-and-fifty-sixth); „Hundertjährigen“ 100 years (hundred-thirty-second), "a
  two-year-old filly" 2 years (eighty-first: "The 14-year-old mare"). New: "a man in his
  sixties", "in their nineties", "in their fifties", "in their twenties", "in their sixties",
  "her mid-twenties" and, in negatives, "in their seventies", "their thirties" carry none - a
  decade of life spelled out names a band as "in his 60s" (fifty-fifth,
  two-hundred-and-ninety-eighth) and "in his early 40s" (three-hundred-and-fifty-second) do;
  „Anfang 50“, „Anfang 30“, „etwa Mitte 20“ and „Mitte 30“ none (four-hundred-and-sixtieth:
  „Anfang 50“). New: "An octogenarian" carries none - the word names a decade of life with no
  number word, as "centenarians" (hundred-thirty-second), while „Hundertjährige“ keeps its 100
  in the compound. New: „Erstgebärende“ carries no ordinal - the first-time mother as "a
  first-time mother at 14" (four-hundred-and-sixtieth: "first-time" none), unlike
  „Erstklässler“, which ranks a school year (four-hundred-and-fifth); „ihres ersten Kindes“
  and „des ersten Kindes“ are ordinal 1 as "the first flu vaccine" (sixty-fourth).
  Life expectancy and remaining years are durations: „82,4 Jahre“, „85,9 Jahre“, "another
  6.4 years on average" ("another" no hedge), "about 5.2 more years" "about" ("more" after
  the figure no hedge).
- Decades, centuries and millennia (thirty-fourth, two-hundred-and-forty-fourth,
  three-hundred-and-eighty-ninth: „seit den Neunzigerjahren“ none): „in den
  Neunzigerjahren“, „Anfang der Neunzigerjahre“, „In den Fünfzigerjahren“, „aus den
  Sechzigerjahren“, „in den Sechzigerjahren“, „bis Ende der 2030er-Jahre“, "the early 1990s",
  "the late 1990s", "since the 1990s" carry none. New: "in the sixties" (a 74-year-old's
  school days) and "married there in the forties" carry none, and „in den Vierzigern“ in a
  negative likewise - a decade of the century spelled out names no year, as "the 1970s and
  '80s" (seventy-ninth). New: "in the third millennium BC" is ordinal 3 - a numbered
  millennium ranks as a numbered century does („aus dem 17. Jahrhundert“ 17, "the second
  century A.D." 2; hundred-twenty-first), and "about five thousand years ago" is 5,000 years
  "about" (ninety-seventh: "around 90 million years ago"). „bis Ende des Jahrzehnts“ and "a
  decade ago" none (two-hundred-and-sixty-fifth).
- Periods: a season, a half or a month with its year gives the year (fifty-ninth: „im
  Frühjahr 2027“): „im Frühjahr 2029“ (twice), „Anfang 2021“, „seit Jänner 2024“, "since
  November 2015", „im Jubiläumsjahr 2022“, and in a negative "the summer of 2028". Quarters
  and halves are ordinals (seventy-third, eighty-fifth): „im dritten Quartal“ 3, „Im zweiten
  Halbjahr 2027“ 2 and the year, „im gesamten ersten Halbjahr 2026“ 1 and the year, "its best
  first half" 1 (four-hundred-and-seventy-fourth: "the first half of 2028"), "Investors are
  already looking to Q3" 3 ("UK Q3 GDP" 3, eighty-fifth), and „Q3“ in a negative labelled.
  Fiscal and financial years give both years: „des Geschäftsjahres 2026/27“ and "the 2026-27
  financial year" (fortieth; four-hundred-and-seventy-fourth: "in 2029-30"). „Das Quartal
  umfasste die Monate März bis Mai“ none (months alone, seventeenth) and „bis zum Mittag“ none
  (a part of a day). "the first
  fortnight of July" is ordinal 1 and "fortnight" none (thirtieth: "a fortnight" none). New:
  „am zweiten Dienstag“ and „am vierten Donnerstag im Juni“ are ordinals 2 and 4 - a weekday
  ranked in a month names no date of its own, as „am ersten Festsamstag“ and „am ersten
  Ferienwochenende“ give ordinal 1 (hundred-sixty-fourth: „am ersten Skiwochenende“) and „am
  zweiten Samstag“ 2. New: „jedes Halbjahr um sechs Monate“ gives 6 months and none for
  „jedes Halbjahr“ - a half-year as a per-unit interval, as „jede Woche“ and „jährlich“
  (four-hundred-and-seventy-fourth).
- Clock times carry none, the durations beside them count (tenth, seventeenth,
  three-hundred-and-forty-second, three-hundred-and-eighty-second): „um 12 Uhr“, „von 10 bis
  19 Uhr“, „zwischen 9 und 14 Uhr“, „von 8 bis 22 Uhr gratis, alle zwölf Minuten“ 12 minutes,
  „um 23 Uhr und dauert 25 Minuten“ 25 minutes, „ab 14 Uhr“, „von 14 Uhr bis Mitternacht,
  zehn Stunden am Stück“ 10 hours („am Stück“ none), „gegen 22.15 Uhr“, „von 11 Uhr bis in den
  späten Nachmittag, gut fünf Stunden“ 5 hours "over", "at 4.52am", "from 7pm on Sunday until
  8am on Monday, a 13-hour window" 13 hours, "at 2.30pm and the last at 6.10pm, three hours and
  40 minutes" each part, "from noon Thursday until 8 p.m. Friday, a 32-hour stretch" 32
  hours, "from 9 a.m. to 9 p.m., three hours longer than usual" 3 hours ("longer" after the
  figure compares, three-hundred-and-eighty-second), "closes at 6am", "starts at 11am, with
  Centre Court following at 1.30pm", "between 2 p.m. and 7 p.m.", "starting at 10 a.m.",
  "from 8am until after midnight, more than 16 hours" 16 hours "over", "at dawn". Spans
  otherwise: „16 Tage“, „neun Tage“, „fünf Wochen“, „57 Stunden“, „von 30 bis 45 Minuten“ both
  ends, „an drei Tagen“ 3 days, „rund 600 Stunden Programm“ 600 hours "about", „im
  Zehn-Minuten-Takt“ 10 minutes (three-hundred-and-eighty-second: „im 7,5-Minuten-Takt“),
  „knapp eine Viertelstunde“ 0.25 hours "nearly" and "for a quarter of an hour" 0.25 hours
  (fourteenth), „in knapp anderthalb Jahren“ 1.5 years "nearly", „ein halbes Jahr später“ 0.5
  years and „um gut ein halbes Jahr“ 0.5 years "over" (eleventh: „ein halbes Jahr“), „gut zwei
  Stunden“ "over", „80 Jahre halten“, „nach 50 Jahren Ehe“ and „nach 60 Jahren“, „seit 72
  Jahren verheiratet“, „nach 45 Jahren Beitragszahlung“ 45 years (two-hundred-and-eighty-ninth),
  „für drei Jahre und neun Monate in Haft“ each part, „zwei
  Jahre auf Bewährung“, „zu sechs Monaten bedingt“, „vierzig Jahre lang“, "16 hours and 38
  minutes", "just nine hours and 13 minutes" ("just" no hedge), "three hours and 12 minutes",
  "a little over 90 minutes" "over" (four-hundred-and-seventy-fourth), "almost three weeks"
  "nearly", "The nine-day period" 9 days, "over the five days" 5 days, "over three years",
  "delays of up to 45 minutes" "up_to", "for 45 minutes", "20 hours", "more than three decades" 30 years "over" (two-hundred-and-forty-fourth:
  "two decades" 20 years). None: „eine Woche später“, „an einem Tag“, „binnen eines Jahres“,
  „im Vorjahr“, „im vergangenen Jahr“, „im Jahr“, „am Tag“, „im Monat“, „jährlich“, „Ende
  Juli“, "a week later", "a year later", "last year", "this year", "for a fortnight", "within
  about a fortnight", "with a week left", "every year", "each day", "mid-June", weekdays and
  months.
- Anniversaries, birthdays and centenaries (twelfth, thirty-ninth, hundred-sixty-sixth,
  three-hundred-and-first): numbered ones are ordinals - „Das 192. Oktoberfest“ 192, „Das 44.
  Donauinselfest“ 44, "the 140th Championships" 140, "on its 50th anniversary" 50, "his 103rd
  birthday" 103, „zu seinem 70. Geburtstag“ 70, „Zu ihrem 90. Geburtstag“ 90 (fifty-ninth:
  „Zum 90. Geburtstag“), „ihren Neunzigsten“ 90 (four-hundred-and-fifth: „Zum Hundertsten“);
  jubilees in „-jährig“ and compounds are durations - „ihr hundertjähriges Bestehen“ 100 years
  (three-hundred-and-first: „sein 175-jähriges Bestehen“), „Zur Hundertjahrfeier“ 100 years
  (hundred-sixty-sixth), „Zum 75-Jahr-Jubiläum 2002“ 75 years and the year (the figure
  heading a hyphenated compound gives its unit, three-hundred-and-eighty-second:
  „48-Stunden-Warnstreik“); spans back to the event are durations - "123 years after the
  sixteenth of June 1904" (hundred-sixty-sixth: "three weeks after a fall"), „Die
  Gnadenhochzeit nach 70 Jahren“ 70 years. New: "its bicentenary" carries none - the word
  names a 200th anniversary with no number word, as "its centenary"
  (hundred-sixty-sixth) and "semiquincentennial" (hundred-seventy-first). New: "a service
  200 years to the day after it was consecrated" is 200 years and none for "to the day" -
  the phrase pins the span's end to the calendar day and bounds nothing.
  „zur goldenen Hochzeit“, „zur diamantenen Hochzeit“ and „Die Gnadenhochzeit“ none (a
  wedding anniversary named by its metal or its name, three-hundred-and-first: „die eiserne
  Hochzeit“); "the anniversary", „Jubiläumsgabe“ none.
- Relative time (sixteenth, sixty-eighth and every round since): „Vor 25 Jahren“ (twice),
  „Vor zehn Jahren“ (twice), „vor drei Wochen“ 3 weeks, „vor zwei Wochen“ 2 weeks, "52 years
  ago", "83 years ago this month" 83 years (forty-fifth: "50 years ago this month"). None:
  "a fortnight ago" (thirtieth, two-hundred-and-sixty-fifth), "a decade ago", "a year ago",
  "last Wednesday", "last year", „vorgestern“ (a relative day named by no number word, as
  "overnight" and „am Vorabend“, hundred-forty-second), „kurz zuvor“, „in diesen Tagen“,
  „Damals“, „heute“.
- Years (every round): „2026 kamen ...“, „seit 1999“, „1995“, „seit 2015“, „von 1961 bis
  2001“ both, „Die Babyboomer-Jahrgänge 1955 bis 1964“ both (hundred-twenty-second: „des
  Jahrgangs 2009“), „des Jahrgangs 1937“, „den Jahrgang 1960“, „Ab dem Jahrgang 1964“, „seit
  1957“, „1964 gebaut“, „Seit der ersten Regatta 1882“ ordinal 1 and the year, „seit dem ersten
  Fest 1984“ likewise, „beim Fest 2026“, "in 1981", "in 1975", "since 1954", "first staged
  in 1807" ("first" an adverb, none; seventy-sixth), "a 1946 Jeep", "born in 1960", "since
  1994", "since 1998", "since 2013", "baptised there in 1926", "up a tenth on 2026", "up by a fifth on 2025", "than in
  2025".
- Counts, money, percentages and fractions in the forms every round reads: counts („rund 6,4
  Millionen“ "about", „bis zu 15 Kilometern“ "up_to", „auf 19 Kilometer“, „bis zu 90'000“
  "up_to", „rund 61'000“ "about", „über 4'000“ "over", „gut 2'100“ "over", „rund 503'000“
  "about", „1.412 Ehepaare“, „23 steirische Paare“, „gut drei Millionen“ "over", „rund 4.000“,
  „aus gut 60 Nationen“ "over", „rund 100 Traditionssegler“, „gut 110.000 Fahrzeuge“ "over",
  „etwa 1,85 Meter“ 1.85 "about" (a height, three-hundred-and-fifty-second), „gut 2,5
  Millionen“ "over", „auf 13 Bühnen“, „41 Emmentalerinnen und Emmentaler“, „212 Mitglieder“,
  „noch 63“, „weniger als zehn“ "under", „gut 21 Millionen Renten“ "over", "an estimated
  17,400" "about" (forty-sixth), "by roughly four to one" 4 "about" and 1
  (three-hundred-and-eighty-second: "by roughly eight to one"), "More than 4.3 million"
  "over", "Some 63,400" "about", "About 5,900" "about", "A record 74.6 million" (no hedge),
  "50 miles or more" "at_least" (hundred-seventy-second: "or more"), "its 35 races", "two
  miles and four furlongs" 2 and 4 (four-hundred-and-seventy-fourth: "covered two
  furlongs"), "About 300,000", "2,031 full-time workers", "About 14,500", "98 degrees
  Fahrenheit" 98, "About 18,000 customers", "620 tickets", "the novel's 18 episodes", "Fewer
  than 45,000" "under", "the 16.4 million Americans", "a two-time quarter-finalist" 2
  (three-hundred-and-eighty-second), "More than 2,700 swimmers" "over", "The water was 11.2
  degrees, the air a chilly 3" 11.2 and 3 (the unit written once serves the elliptic
  figure, three-hundred-and-eighty-second), "about 61,000 tickets", "closed at 7,412.38"
  (an index level, four-hundred-and-sixtieth), "around 7,600" "about", "340 residents", "402
  ceremonies", "numbered 731"); ordinals otherwise („die dritte Vollsperrung“ 3, „ihre erste
  Fahrt“ 1, „der ersten regulären Rentenzahlung“ 1, "the first Leaving Certificate papers" 1,
  "for a second time" 2, "his first Royal Ascot winner" 1, "The first race each day" 1, "its
  31st record close" 31, "the first confirmed heat death" 1); money („zwischen 15,90 und
  16,70 Euro“, „umgerechnet noch 6,95 Euro“ - „umgerechnet“ no hedge -, „41.000 Euro“,
  „250'000 Franken“, „417 Millionen Euro“, „zwischen 1,6 und 1,7 Milliarden Euro“ the scale
  written once (forty-eighth), „58,40 Euro“, „500 Euro“, „600 Euro“, „rund 8.000 Euro“
  "about", „knapp 70 Euro“ "nearly", „gut 300 Euro“ "over", "28 euros", "an estimated 4.2
  million euros" "about", "31,400 euros", "up to A$20,000" "up_to", "A$1,146", "A$45", "£10.2
  million", "£20 a vehicle" ("a vehicle" none), "£186,000", "57.3 million pounds", "3.1
  million pounds", "$3.41 a gallon" ("a gallon" none), "23 cents" 0.23 USD, "$214,000");
  percentages („gut vier Prozent“ "over", „ein Plus von 6,8 Prozent“, „um 3,2 Prozent“, „um
  3,1 Prozent“, „um 3,74 Prozent“, "down 3 per cent" - the Australian spelling in "%"
  (twenty-seventh) -, "by 6%", "up 14.6%", "roughly a 60% chance" "about", "about 36%", "about
  3.6%"); fractions („Gut jede vierte“ 0.25 "over", „jede zehnte“ 0.1, „um gut ein Zehntel“
  0.1 "over", „Neun von zehn“ 0.9 (three-hundred-and-twenty-eighth: „Vier von fünf“), „Jede
  fünfte Person“ 0.2, „nur jede zehnte“ 0.1, „um knapp ein Fünftel“ 0.2 "nearly", "Roughly
  seven in eight" 0.875 "about", "Roughly one in four" 0.25 "about", "A quarter of those"
  0.25, "up a tenth on 2026" 0.1 (four-hundred-and-seventy-fourth: "up a tenth"), "up by a
  fifth" 0.2, "about two in five" 0.4 "about", "About a third" 0.3333 "about", "Almost two in
  five" 0.4 "nearly"). None: „mehr als verdreifacht“ and "more than doubled" (sixteenth),
  "Hundreds" (vague magnitude), "the S&P 500" (an index name, eighth), „die A8“ and „Die U6“
  (names of a road and a line, three-hundred-and-eighty-second: „B1“), „Kommissariat 21“ (an
  identifier), "World War II" (four-hundred-and-fifty-second: "World War I"), "11-8" odds in
  a negative (three-hundred-and-seventy-sixth), "full-time", "part-time", "Co. Mayo",
  "Edwardian", "Ulysses".
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "Roughly",
  "around", "Some", "an estimated" "about"; „knapp“, "almost", "Almost" "nearly"; „gut“,
  „Gut“, „über“ before a figure, „mehr als“, "more than", "More than", "a little over" "over";
  "Fewer than", „weniger als“ "under"; „bis zu“, "up to" "up_to"; „oder älter“, "or over",
  "or more" "at_least". No hedge: „im Schnitt“, „durchschnittlich“, „erst“, „nur noch“,
  „bereits“, „umgerechnet“, „zwischen ... und“, „bis“ and "to" in a range, "only", "just", "A
  record", "an average of", "on average", "another", "Most", "more" and "longer" after a
  figure, "over" before a span.
- Speakers, checked only in forms the earlier batches settled. German: „teilte der
  Dachverband der Sozialversicherungsträger am Dienstag mit“, „wie das Statistische
  Bundesamt in Wiesbaden am Donnerstag mitteilte“, „wie das Bundesamt für Statistik (BFS)
  mitteilte“, „teilte die Polizei mit“ and „teilten die Wiener Linien mit“ the source with its
  article, the weekday, the place and the abbreviation dropped (eleventh, forty-eighth,
  three-hundred-and-eighty-second, four-hundred-and-seventy-fourth); a figure followed by
  „sagte Festwirte-Sprecherin Rosalie Hintermaier-Gschwendtner“, „sagte Dachverbands-Sprecherin
  Gudrun Pfeifenberger-Lackner“, „sagte TCS-Sprecherin Seraina Wyssbrod-Caduff“, „sagte
  Betriebsleiterin Beatrice Amstutz-Kohler“, „sagte Landessprecher Florian Hutegger-Pucher“,
  „sagte Kieler-Woche-Sprecherin Maren Tjarksen-Okafor“, „sagte Projektleiter Timo
  Bräuninger-Akinola“, „sagte BFS-Demografin Chiara Tognetti-Brunold“ and „sagte
  Rentenexpertin Hildegard Obermoser-Tetteh“ the name with the title dropped
  (hundred-ninety-ninth, four-hundred-and-seventy-fourth); „Destatis-Demograf Ansgar
  Kleinschmidt-Oyelaran sagte, ...“ and „Finanzchefin Dörte Rappenecker-Adjei sagte, ...“ the
  name (hundred-eightieth); „..., sagte Hutegger-Pucher.“ and „Gerber-Zaugg sagte, ...“ the
  surname (three-hundred-and-twenty-fifth). English: "the Office for National Statistics said
  on Monday", "the Australian Taxation Office said", "the State Examinations Commission said",
  "the Central Statistics Office said on Friday" with their article, "English Heritage said"
  and "Tourism Ireland said" as written (three-hundred-and-seventy-sixth,
  four-hundred-and-seventy-fourth: "Meat & Livestock Australia said"); the name with the role
  dropped ("AAA spokeswoman Jolene Marchetti-Pruett said", "ComEd spokeswoman Tamsin
  Okonjo-Reilly said", "All England Club spokeswoman Rhiannon Westlake-Amadi told reporters",
  "swim organiser Callum Deverell-Ngata said"; hundred-forty-fifth,
  four-hundred-and-seventy-fourth; "told reporters" names the speaker,
  two-hundred-and-fourth); the surname ("Haverstock-Nwosu told reporters", "Castellano-Reyes
  said", "Pennycuick-Vale told PA", "Ashdown-Mbatha said", "Brenneis-Oakley said",
  "Halvorsen-Quaye said", "Fenwick-Adebayo said"; eighteenth, three-hundred-and-fifty-sixth).
  Each row's diacritics and hyphens are its speaker's („Hintermaier-Gschwendtner“,
  „Bräuninger-Akinola“, „Dörte Rappenecker-Adjei“). Left unchecked (None): all negatives,
  also those with a named speaker; pronouns ("she said", "she told RTÉ"); roles and bodies
  with verbs that are no saying ("the tax office has reminded owners", „Der TCS rechnet“,
  „Die Autobahn GmbH rechnet“, „Die Stadt erwartet“, „Die Veranstalter rechnen“, „wie das
  Landgericht Köln entschied“; four-hundred-and-fifth); plural sources ("organisers said",
  "city officials said", "his family said"; forty-first); a body's "said" of weather ("the
  National Weather Service said"; three-hundred-and-eighty-second); a genitive („nach Angaben
  des Opfers“; hundredth); estimates, data, surveys and documents („nach Schätzung der
  Veranstalter“, „Laut Prognose der Statistik Austria“, „gemäss Chronik“, "the survey
  showed", "a survey by asset manager Larchmont Ridge found", "a survey by an online wedding
  directory found"); and every "according to" (a forecast the motor club AAA released,
  Veterans Affairs estimates, CME FedWatch, the medical examiner's office, the latest
  census). To keep the checked speakers near 35, several figures are given no attribution at
  all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_482 = [
    # --- The 192nd Oktoberfest: dates and prices (dpa/lby), June 7 ---
    (
        "de",
        "München (dpa/lby) - Das 192. Oktoberfest beginnt heuer am 18. September und endet am dritten Oktober, dem Tag der Deutschen Einheit.",
        True,
        [("ordinal", 192, None, None), ("date", "--09-18", None, None), ("date", "--10-03", None, None)],
        None,
    ),
    (
        "de",
        "Die Wiesn dauert damit 16 Tage; angezapft wird am ersten Festsamstag wie gewohnt um 12 Uhr.",
        True,
        [("duration", 16, "day", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Maß kostet heuer zwischen 15,90 und 16,70 Euro, gut vier Prozent mehr als im Vorjahr.",
        True,
        [("money", 15.9, "EUR", None), ("money", 16.7, "EUR", None), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Vor 25 Jahren habe eine Maß umgerechnet noch 6,95 Euro gekostet, sagte Festwirte-Sprecherin Rosalie Hintermaier-Gschwendtner.",
        True,
        [("duration", 25, "year", None), ("money", 6.95, "EUR", None)],
        "Rosalie Hintermaier-Gschwendtner",
    ),
    (
        "de",
        "«Die Wiesn bleibt das schönste Volksfest, das diese Welt zu bieten hat», sagte der Wiesn-Chef.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kritiker meinen, das Fest habe in den Neunzigerjahren seinen Charakter als Familienfest verloren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am Familientag, dem zweiten Dienstag, gelten von 10 bis 19 Uhr ermäßigte Preise für die Fahrgeschäfte.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "2026 kamen nach Schätzung der Veranstalter rund 6,4 Millionen Besucherinnen und Besucher auf die Theresienwiese.",
        True,
        [("year", 2026, None, None), ("count", 6400000, None, "about")],
        None,
    ),
    # --- Centenarians in England and Wales (Reuters), June 7 ---
    (
        "en",
        "LONDON, June 7 (Reuters) - England and Wales had an estimated 17,400 residents aged 100 or over last year, the Office for National Statistics said on Monday.",
        True,
        [("date", "--06-07", None, None), ("count", 17400, None, "about"), ("duration", 100, "year", "at_least")],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Women outnumbered men among centenarians by roughly four to one.",
        True,
        [("count", 4, None, "about"), ("count", 1, None, None)],
        None,
    ),
    ("en", "The number of people in their nineties has more than doubled since the early 1990s.", True, [], None),
    (
        "en",
        "Britain's oldest man, aged one hundred and eleven, was born on the twenty-first of May 1916 in a Lancashire mill town.",
        True,
        [("duration", 111, "year", None), ("date", "1916-05-21", None, None)],
        None,
    ),
    (
        "en",
        '"Reaching a hundred used to make the local paper; soon it will barely make a footnote," said ONS demographer Priyanka Haverstock-Nwosu.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A man who reaches 85 can now expect to live another 6.4 years on average, Haverstock-Nwosu told reporters.",
        True,
        [("duration", 85, "year", None), ("duration", 6.4, "year", None)],
        "Haverstock-Nwosu",
    ),
    (
        "en",
        "An octogenarian in 1981 could expect about 5.2 more years, she said.",
        True,
        [("year", 1981, None, None), ("duration", 5.2, "year", "about")],
        None,
    ),
    ("en", "Charities said the figures should jolt ministers into fixing social care at last.", False, [], None),
    # --- Austrian retirement ages (APA), June 8 ---
    (
        "de",
        "Wien (APA) - Neue Pensionistinnen und Pensionisten sind im Vorjahr beim Antritt im Schnitt 61 Jahre und neun Monate alt gewesen, teilte der Dachverband der Sozialversicherungsträger am Dienstag mit.",
        True,
        [("duration", 61, "year", None), ("duration", 9, "month", None)],
        "der Dachverband der Sozialversicherungsträger",
    ),
    (
        "de",
        "Frauen traten mit durchschnittlich 60 Jahren und sieben Monaten an, Männer gut zwei Jahre später.",
        True,
        [("duration", 60, "year", None), ("duration", 7, "month", None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "de",
        "Seit Jänner 2024 wird das Regelpensionsalter der Frauen jedes Halbjahr um sechs Monate angehoben; 2033 liegt es wie bei den Männern bei 65 Jahren.",
        True,
        [
            ("year", 2024, None, None),
            ("duration", 6, "month", None),
            ("year", 2033, None, None),
            ("duration", 65, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Wer am zweiten Dezember 1966 geboren wurde, kann mit 63 Jahren und sechs Monaten in Pension gehen.",
        True,
        [("date", "1966-12-02", None, None), ("duration", 63, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Vor zehn Jahren sei das Antrittsalter der Frauen noch knapp zwei Jahre niedriger gewesen, sagte Dachverbands-Sprecherin Gudrun Pfeifenberger-Lackner.",
        True,
        [("duration", 10, "year", None), ("duration", 2, "year", "nearly")],
        "Gudrun Pfeifenberger-Lackner",
    ),
    (
        "de",
        "«Mit Anfang 60 gehört man heute noch lange nicht zum alten Eisen», sagte Pfeifenberger-Lackner.",
        False,
        [],
        None,
    ),
    ("de", "Seniorenvertreter sprachen von einer «Pensionsreform mit der Brechstange».", False, [], None),
    (
        "de",
        "Laut Prognose der Statistik Austria wird die Zahl der Über-65-Jährigen bis Ende der 2030er-Jahre auf knapp 2,4 Millionen steigen.",
        True,
        [("duration", 65, "year", "over"), ("count", 2400000, None, "nearly")],
        None,
    ),
    # --- Tax time at the end of the Australian financial year (AAP), June 8 ---
    (
        "en",
        "SYDNEY (AAP) - Small businesses have until 30 June to claim the instant asset write-off on purchases of up to A$20,000, the tax office has reminded owners.",
        True,
        [("date", "--06-30", None, None), ("money", 20000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "The write-off covers assets first used or installed between 1 July 2026 and 30 June 2027.",
        True,
        [("date", "2026-07-01", None, None), ("date", "2027-06-30", None, None)],
        None,
    ),
    (
        "en",
        "Returns for the 2026-27 financial year can be lodged from Thursday the first of July.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "More than 4.3 million returns were lodged in the first fortnight of July last year, the Australian Taxation Office said.",
        True,
        [("count", 4300000, None, "over"), ("ordinal", 1, None, None)],
        "the Australian Taxation Office",
    ),
    (
        "en",
        '"Lodging on the first of July is a mug\'s game," said Parramatta tax agent Vinod Castellano-Reyes.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Employers have until 14 July to finalise their staff's income statements, Castellano-Reyes said.",
        True,
        [("date", "--07-14", None, None)],
        "Castellano-Reyes",
    ),
    (
        "en",
        "Refunds averaged A$1,146 last year, down 3 per cent, and most were paid within about a fortnight of lodgement.",
        True,
        [("money", 1146, "AUD", None), ("percent", 3, "%", None)],
        None,
    ),
    ("en", "Accountants said many clients still left their paperwork until the eleventh hour.", False, [], None),
    # --- Swiss summer holidays and the Gotthard (Keystone-SDA), June 9 ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Sommerferien beginnen in diesem Jahr in den meisten Deutschschweizer Kantonen zwischen dem 3. und dem 17. Juli.",
        True,
        [("date", "--07-03", None, None), ("date", "--07-17", None, None)],
        None,
    ),
    (
        "de",
        "Im Kanton Bern dauern sie fünf Wochen, vom 3. Juli bis zum 8. August; Zürich folgt eine Woche später.",
        True,
        [("duration", 5, "week", None), ("date", "--07-03", None, None), ("date", "--08-08", None, None)],
        None,
    ),
    (
        "de",
        "Der TCS rechnet am ersten Ferienwochenende vor dem Gotthard-Nordportal mit Staus von bis zu 15 Kilometern und Wartezeiten von gut zwei Stunden.",
        True,
        [("ordinal", 1, None, None), ("count", 15, None, "up_to"), ("duration", 2, "hour", "over")],
        None,
    ),
    (
        "de",
        "Am stärksten sei der Verkehr jeweils am Samstag zwischen 9 und 14 Uhr, sagte TCS-Sprecherin Seraina Wyssbrod-Caduff.",
        True,
        [],
        "Seraina Wyssbrod-Caduff",
    ),
    ("de", "Wer könne, solle den Gotthard meiden oder nachts fahren, riet Wyssbrod-Caduff.", False, [], None),
    (
        "de",
        "Im Vorjahr hatte sich der Stau am Samstag, 11. Juli, auf 19 Kilometer verlängert, den höchsten Wert seit 1999.",
        True,
        [("date", "--07-11", None, None), ("count", 19, None, None), ("year", 1999, None, None)],
        None,
    ),
    (
        "de",
        "Die Fahrt durch den Tunnel dauert bei freier Strasse knapp eine Viertelstunde.",
        True,
        [("duration", 0.25, "hour", "nearly")],
        None,
    ),
    ("de", "Viele Feriengäste halten die Bahn für die entspanntere Wahl.", False, [], None),
    # --- The Leaving Certificate (Reuters), June 9 ---
    (
        "en",
        "DUBLIN, June 9 (Reuters) - Some 63,400 students sat the first Leaving Certificate papers last Wednesday, the State Examinations Commission said.",
        True,
        [("date", "--06-09", None, None), ("count", 63400, None, "about"), ("ordinal", 1, None, None)],
        "the State Examinations Commission",
    ),
    (
        "en",
        "The written exams run for almost three weeks, from the second of June to the twenty-second.",
        True,
        [("duration", 3, "week", "nearly"), ("date", "--06-02", None, None), ("date", "--06-22", None, None)],
        None,
    ),
    (
        "en",
        "Results will be issued on Friday the 27th of August, a week later than in 2025.",
        True,
        [("date", "--08-27", None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Most candidates are 17 or 18, but the oldest this year is a 74-year-old grandmother from Co. Mayo.",
        True,
        [("duration", 17, "year", None), ("duration", 18, "year", None), ("duration", 74, "year", None)],
        None,
    ),
    (
        "en",
        '"I left school at 14 in the sixties and always meant to come back," she told RTÉ.',
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    ("en", "The education minister said the exams remained the fairest system in the world.", False, [], None),
    (
        "en",
        "About 5,900 candidates are sitting the exam for a second time, up a tenth on 2026.",
        True,
        [
            ("count", 5900, None, "about"),
            ("ordinal", 2, None, None),
            ("fraction", 0.1, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "Parents' groups said the three-week marathon put too much weight on a single stretch of June.",
        False,
        [],
        None,
    ),
    # --- The age of first-time mothers (dpa), June 10 ---
    (
        "de",
        "Wiesbaden (dpa) - Bei der Geburt ihres ersten Kindes sind Frauen in Deutschland im vergangenen Jahr durchschnittlich 30 Jahre und elf Monate alt gewesen, wie das Statistische Bundesamt in Wiesbaden am Donnerstag mitteilte.",
        True,
        [("ordinal", 1, None, None), ("duration", 30, "year", None), ("duration", 11, "month", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Anfang der Neunzigerjahre waren Erstgebärende im früheren Bundesgebiet noch knapp 27 Jahre alt.",
        True,
        [("duration", 27, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Gut jede vierte Erstgebärende war 35 Jahre oder älter, 1995 war es erst jede zehnte.",
        True,
        [
            ("fraction", 0.25, None, "over"),
            ("duration", 35, "year", "at_least"),
            ("year", 1995, None, None),
            ("fraction", 0.1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Väter waren bei der Geburt des ersten Kindes im Schnitt Anfang 30 und damit rund drei Jahre älter als die Mütter.",
        True,
        [("ordinal", 1, None, None), ("duration", 3, "year", "about")],
        None,
    ),
    (
        "de",
        "Destatis-Demograf Ansgar Kleinschmidt-Oyelaran sagte, seit 2015 sei das Alter nur noch um gut ein halbes Jahr gestiegen.",
        True,
        [("year", 2015, None, None), ("duration", 0.5, "year", "over")],
        "Ansgar Kleinschmidt-Oyelaran",
    ),
    ("de", "«Kinder kommen heute später, aber sie kommen gewollt», sagte Kleinschmidt-Oyelaran.", False, [], None),
    ("de", "Familienverbände sprachen von einer «Rushhour des Lebens» um die Mitte 30.", False, [], None),
    (
        "de",
        "Die meisten Kinder brachten Frauen zwischen 30 und 34 Jahren zur Welt; bei den 40- bis 44-Jährigen stieg die Zahl der Geburten um 3,1 Prozent.",
        True,
        [
            ("duration", 30, "year", None),
            ("duration", 34, "year", None),
            ("duration", 40, "year", None),
            ("duration", 44, "year", None),
            ("percent", 3.1, "%", None),
        ],
        None,
    ),
    # --- Fourth of July travel (AP), June 10 ---
    (
        "en",
        "ORLANDO, Fla. (AP) — A record 74.6 million Americans will travel 50 miles or more from their homes across the Independence Day stretch, according to a forecast the motor club AAA released Thursday.",
        True,
        [("count", 74600000, None, None), ("count", 50, None, "at_least")],
        None,
    ),
    (
        "en",
        "The nine-day period runs from Saturday, June 26, through Sunday, July 4.",
        True,
        [("duration", 9, "day", None), ("date", "--06-26", None, None), ("date", "--07-04", None, None)],
        None,
    ),
    (
        "en",
        "With the Fourth of July on a Sunday, many employers will give workers Monday, July 5, off.",
        True,
        [("date", "--07-04", None, None), ("date", "--07-05", None, None)],
        None,
    ),
    (
        "en",
        "Roughly seven in eight travelers will go by car, and the worst time to drive will be between 2 p.m. and 7 p.m. on Thursday, July 1.",
        True,
        [("fraction", 0.875, None, "about"), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "Drivers in the busiest corridors could face delays of up to 45 minutes, AAA spokeswoman Jolene Marchetti-Pruett said.",
        True,
        [("duration", 45, "minute", "up_to")],
        "Jolene Marchetti-Pruett",
    ),
    (
        "en",
        '"Leave early, pack your patience and don\'t wait until the last minute," Marchetti-Pruett said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gas prices were averaging $3.41 a gallon on Thursday, 23 cents below a year ago.",
        True,
        [("money", 3.41, "USD", None), ("money", 0.23, "USD", None)],
        None,
    ),
    ("en", "Airlines said they expected their busiest Fourth of July weekend on record.", False, [], None),
    # --- A fraud verdict in Cologne (dpa/lnw), June 11 ---
    (
        "de",
        "Köln (dpa/lnw) - Wegen gewerbsmäßigen Betrugs an Senioren muss eine 34-Jährige für drei Jahre und neun Monate in Haft, wie das Landgericht Köln entschied.",
        True,
        [("duration", 34, "year", None), ("duration", 3, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Die Frau hatte sich zwischen dem 3. März und dem 17. Oktober 2025 am Telefon als Enkelin oder Polizistin ausgegeben.",
        True,
        [("date", "2025-03-03", None, None), ("date", "2025-10-17", None, None)],
        None,
    ),
    (
        "de",
        "Ihre Opfer waren zwischen 78 und 94 Jahre alt; der älteste, ein 94-jähriger Witwer aus Porz, verlor 41.000 Euro.",
        True,
        [
            ("duration", 78, "year", None),
            ("duration", 94, "year", None),
            ("duration", 94, "year", None),
            ("money", 41000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Mitangeklagte (41), der das Geld abgeholt hatte, erhielt zwei Jahre auf Bewährung.",
        True,
        [("duration", 41, "year", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "In der Nacht vom 16. auf den 17. Oktober war die 34-Jährige in Ehrenfeld festgenommen worden.",
        True,
        [("date", "--10-16", None, None), ("date", "--10-17", None, None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "«Sie hat das Vertrauen der Kriegsgeneration schamlos ausgenutzt», sagte die Vorsitzende Richterin.",
        False,
        [],
        None,
    ),
    ("de", "Die Verteidigung hielt das Urteil für deutlich zu hart.", False, [], None),
    ("de", "Das Urteil ist nicht rechtskräftig.", True, [], None),
    # --- Royal Ascot preview (PA), June 11 ---
    (
        "en",
        "LONDON (PA) - Royal Ascot, which runs from 15 to 19 June, will offer prize money of £10.2 million across its 35 races, organisers said.",
        True,
        [
            ("date", "--06-15", None, None),
            ("date", "--06-19", None, None),
            ("money", 10200000, "GBP", None),
            ("count", 35, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Gold Cup, run over two miles and four furlongs on Thursday, is the week's oldest race, first staged in 1807.",
        True,
        [("count", 2, None, None), ("count", 4, None, None), ("year", 1807, None, None)],
        None,
    ),
    (
        "en",
        "Trainer Hamish Pennycuick-Vale, who turns 80 on Sunday, saddles a two-year-old filly in Tuesday's Queen Mary Stakes.",
        True,
        [("duration", 80, "year", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        '"Eighty is only a number, and I still get butterflies on the Tuesday," Pennycuick-Vale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He sent out his first Royal Ascot winner 52 years ago, in 1975, Pennycuick-Vale told PA.",
        True,
        [("ordinal", 1, None, None), ("duration", 52, "year", None), ("year", 1975, None, None)],
        "Pennycuick-Vale",
    ),
    (
        "en",
        "The first race each day is at 2.30pm and the last at 6.10pm, three hours and 40 minutes of racing.",
        True,
        [("ordinal", 1, None, None), ("duration", 3, "hour", None), ("duration", 40, "minute", None)],
        None,
    ),
    (
        "en",
        "About 300,000 racegoers are expected over the five days.",
        True,
        [("count", 300000, None, "about"), ("duration", 5, "day", None)],
        None,
    ),
    ("en", "Bookmakers said the favourite looked short at 11-8.", False, [], None),
    # --- A funicular turns a hundred (Keystone-SDA), June 14 ---
    (
        "de",
        "Oberried BE (Keystone-SDA) - Die Standseilbahn von Oberried auf den Hohbüel feiert am Samstag ihr hundertjähriges Bestehen.",
        True,
        [("duration", 100, "year", None)],
        None,
    ),
    (
        "de",
        "Am neunzehnten Juni 1927 hatte die Bahn ihre erste Fahrt aufgenommen; gebaut worden war sie in knapp anderthalb Jahren.",
        True,
        [("date", "1927-06-19", None, None), ("ordinal", 1, None, None), ("duration", 1.5, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Zur Hundertjahrfeier fährt die Bahn am Samstag von 8 bis 22 Uhr gratis, alle zwölf Minuten.",
        True,
        [("duration", 100, "year", None), ("duration", 12, "minute", None)],
        None,
    ),
    (
        "de",
        "In den Fünfzigerjahren beförderte sie gemäss Chronik bis zu 90'000 Personen jährlich, heute sind es rund 61'000.",
        True,
        [("count", 90000, None, "up_to"), ("count", 61000, None, "about")],
        None,
    ),
    (
        "de",
        "Der 88-jährige frühere Maschinist Ruedi Zurbuchen-Imoberdorf fuhr die Bahn von 1961 bis 2001, also vierzig Jahre lang.",
        True,
        [
            ("duration", 88, "year", None),
            ("year", 1961, None, None),
            ("year", 2001, None, None),
            ("duration", 40, "year", None),
        ],
        None,
    ),
    ("de", "«Die Bahn war mein Leben, jeden einzelnen Tag», sagte Zurbuchen-Imoberdorf.", False, [], None),
    (
        "de",
        "Für die Revision, die im Frühjahr 2029 ansteht, sind 250'000 Franken zurückgestellt, sagte Betriebsleiterin Beatrice Amstutz-Kohler.",
        True,
        [("year", 2029, None, None), ("money", 250000, "CHF", None)],
        "Beatrice Amstutz-Kohler",
    ),
    (
        "de",
        "Zum 75-Jahr-Jubiläum 2002 waren an einem Tag über 4'000 Gäste gekommen.",
        True,
        [("duration", 75, "year", None), ("year", 2002, None, None), ("count", 4000, None, "over")],
        None,
    ),
    ("de", "Viele im Dorf halten die Bahn für unverzichtbar.", False, [], None),
    # --- Retirement expectations of U.S. workers (Reuters), June 14 ---
    (
        "en",
        "NEW YORK, June 14 (Reuters) - American workers in their fifties now expect to retire at 66 on average, a year later than a decade ago, a survey by asset manager Larchmont Ridge found.",
        True,
        [("date", "--06-14", None, None), ("duration", 66, "year", None)],
        None,
    ),
    (
        "en",
        "Roughly one in four respondents aged 55 to 64 said they had nothing saved for retirement.",
        True,
        [("fraction", 0.25, None, "about"), ("duration", 55, "year", None), ("duration", 64, "year", None)],
        None,
    ),
    (
        "en",
        "The survey of 2,031 full-time workers was conducted online from May 3-17.",
        True,
        [("count", 2031, None, None), ("date", "--05-03", None, None), ("date", "--05-17", None, None)],
        None,
    ),
    (
        "en",
        "Workers who started saving in their twenties had median balances of $214,000 at age 60, the survey showed.",
        True,
        [("money", 214000, "USD", None), ("duration", 60, "year", None)],
        None,
    ),
    (
        "en",
        '"The forties are the new twenties when it comes to saving," said Larchmont Ridge strategist Trevor Ashdown-Mbatha.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Full Social Security retirement benefits start at 67 for workers born in 1960.",
        True,
        [("duration", 67, "year", None), ("year", 1960, None, None)],
        None,
    ),
    (
        "en",
        "A quarter of those in their sixties said they planned to keep working part-time after retiring, Ashdown-Mbatha said.",
        True,
        [("fraction", 0.25, None, None)],
        "Ashdown-Mbatha",
    ),
    ("en", "Some advisers said the findings showed how fragile retirement security had become.", False, [], None),
    # --- A sensor maker's third quarter (dpa-AFX), June 15 ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Messtechnikhersteller Velbruck Sensorik steigerte im dritten Quartal seines Geschäftsjahres 2026/27 den Umsatz auf 417 Millionen Euro, ein Plus von 6,8 Prozent.",
        True,
        [
            ("ordinal", 3, None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("money", 417000000, "EUR", None),
            ("percent", 6.8, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das Quartal umfasste die Monate März bis Mai; das Geschäftsjahr endet am 31. August.",
        True,
        [("date", "--08-31", None, None)],
        None,
    ),
    (
        "de",
        "Finanzchefin Dörte Rappenecker-Adjei sagte, für das Gesamtjahr rechne man weiter mit einem Umsatz zwischen 1,6 und 1,7 Milliarden Euro.",
        True,
        [("money", 1600000000, "EUR", None), ("money", 1700000000, "EUR", None)],
        "Dörte Rappenecker-Adjei",
    ),
    (
        "de",
        "Das neue Werk in Chemnitz soll im Frühjahr 2029 in Betrieb gehen, ein halbes Jahr später als geplant.",
        True,
        [("year", 2029, None, None), ("duration", 0.5, "year", None)],
        None,
    ),
    (
        "de",
        "Im zweiten Halbjahr 2027 will Velbruck 120 Stellen in der Verwaltung abbauen.",
        True,
        [("ordinal", 2, None, None), ("year", 2027, None, None), ("count", 120, None, None)],
        None,
    ),
    ("de", "Analysten sprachen von einem «soliden, aber unspektakulären Q3».", False, [], None),
    (
        "de",
        "Die Aktie legte bis zum Mittag um 3,2 Prozent auf 58,40 Euro zu und stand damit so hoch wie zuletzt Anfang 2021.",
        True,
        [("percent", 3.2, "%", None), ("money", 58.4, "EUR", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Seit dem Börsengang am 14. Oktober 2016 hat sich der Kurs mehr als verdreifacht.",
        True,
        [("date", "2016-10-14", None, None)],
        None,
    ),
    # --- The summer solstice at Stonehenge (PA), June 15 ---
    (
        "en",
        "SALISBURY (PA) - Sunrise at Stonehenge on the summer solstice, Monday the 21st of June, is due at 4.52am, English Heritage said.",
        True,
        [("date", "--06-21", None, None)],
        "English Heritage",
    ),
    (
        "en",
        "The longest day of the year will bring 16 hours and 38 minutes of daylight in Wiltshire.",
        True,
        [("duration", 16, "hour", None), ("duration", 38, "minute", None)],
        None,
    ),
    (
        "en",
        "The monument opens for managed access from 7pm on Sunday until 8am on Monday, a 13-hour window.",
        True,
        [("duration", 13, "hour", None)],
        None,
    ),
    (
        "en",
        "About 14,500 people attended last year's solstice, up by a fifth on 2025.",
        True,
        [("count", 14500, None, "about"), ("fraction", 0.2, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Alcohol is banned, and the car park, which charges £20 a vehicle, closes at 6am.",
        True,
        [("money", 20, "GBP", None)],
        None,
    ),
    (
        "en",
        "Work on the monument began about five thousand years ago, in the third millennium BC.",
        True,
        [("duration", 5000, "year", "about"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"There is nowhere like it at dawn on the longest day," said site manager Imelda Crossthwaite-Oduro.',
        False,
        [],
        None,
    ),
    ("en", "Pagan groups called the solstice the high point of their year.", False, [], None),
    # --- Golden weddings in Styria (APA), June 16 ---
    (
        "de",
        "Graz (APA) - Das Land Steiermark hat heuer bereits 1.412 Ehepaare zur goldenen Hochzeit geehrt, um gut ein Zehntel mehr als im gesamten ersten Halbjahr 2026.",
        True,
        [
            ("count", 1412, None, None),
            ("fraction", 0.1, None, "over"),
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "de",
        "Paare erhalten nach 50 Jahren Ehe eine Jubiläumsgabe von 500 Euro, zur diamantenen Hochzeit nach 60 Jahren sind es 600 Euro.",
        True,
        [
            ("duration", 50, "year", None),
            ("money", 500, "EUR", None),
            ("duration", 60, "year", None),
            ("money", 600, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das älteste geehrte Paar, der 97-jährige Alois und die 95-jährige Hermine Z. aus Leoben, ist seit 72 Jahren verheiratet.",
        True,
        [("duration", 97, "year", None), ("duration", 95, "year", None), ("duration", 72, "year", None)],
        None,
    ),
    (
        "de",
        "Die beiden hatten am dritten Jänner 1955 in der Leobener Stadtpfarrkirche geheiratet, mitten im tiefsten Winter.",
        True,
        [("date", "1955-01-03", None, None)],
        None,
    ),
    ("de", "«Streiten darf man, aber nie ins Bett gehen, ohne sich zu versöhnen», sagte Hermine Z.", False, [], None),
    (
        "de",
        "Die Gnadenhochzeit nach 70 Jahren feierten heuer 23 steirische Paare, sagte Landessprecher Florian Hutegger-Pucher.",
        True,
        [("duration", 70, "year", None), ("count", 23, None, None)],
        "Florian Hutegger-Pucher",
    ),
    (
        "de",
        "Vor 25 Jahren seien es erst vier Paare im Jahr gewesen, sagte Hutegger-Pucher.",
        True,
        [("duration", 25, "year", None), ("count", 4, None, None)],
        "Hutegger-Pucher",
    ),
    ("de", "Die Paare zählten die Ehrung zu den schönsten Tagen ihres Lebens.", False, [], None),
    # --- Heat in Chicago (Reuters), June 16 ---
    (
        "en",
        "CHICAGO, June 16 (Reuters) - Chicago sweltered through its hottest mid-June day in more than three decades on Wednesday as the temperature at O'Hare International Airport hit 98 degrees Fahrenheit.",
        True,
        [("date", "--06-16", None, None), ("duration", 30, "year", "over"), ("count", 98, None, None)],
        None,
    ),
    (
        "en",
        "The reading was the highest for a June 16 since 1994, the National Weather Service said.",
        True,
        [("date", "--06-16", None, None), ("year", 1994, None, None)],
        None,
    ),
    (
        "en",
        "A heat advisory will remain in force from noon Thursday until 8 p.m. Friday, a 32-hour stretch.",
        True,
        [("duration", 32, "hour", None)],
        None,
    ),
    (
        "en",
        "The city's previous advisory, issued a fortnight ago, lasted 20 hours.",
        True,
        [("duration", 20, "hour", None)],
        None,
    ),
    (
        "en",
        "Cooling centers will stay open from 9 a.m. to 9 p.m., three hours longer than usual, city officials said.",
        True,
        [("duration", 3, "hour", None)],
        None,
    ),
    (
        "en",
        "About 18,000 customers lost power on Wednesday afternoon, ComEd spokeswoman Tamsin Okonjo-Reilly said.",
        True,
        [("count", 18000, None, "about")],
        "Tamsin Okonjo-Reilly",
    ),
    (
        "en",
        "A man in his sixties found in his apartment on the South Side was the first confirmed heat death of the year, according to the medical examiner's office.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Check on your neighbors, especially anyone in their seventies or older," Okonjo-Reilly said.',
        False,
        [],
        None,
    ),
    # --- Kieler Woche (dpa/lno), June 17 ---
    (
        "de",
        "Kiel (dpa/lno) - Die Kieler Woche beginnt am Samstag und dauert neun Tage, vom 19. bis zum 27. Juni.",
        True,
        [("duration", 9, "day", None), ("date", "--06-19", None, None), ("date", "--06-27", None, None)],
        None,
    ),
    (
        "de",
        "Die Stadt erwartet gut drei Millionen Besucherinnen und Besucher, etwa so viele wie im Jubiläumsjahr 2022.",
        True,
        [("count", 3000000, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Auf dem Wasser starten rund 4.000 Seglerinnen und Segler aus gut 60 Nationen; der jüngste ist zwölf, der älteste 84.",
        True,
        [
            ("count", 4000, None, "about"),
            ("count", 60, None, "over"),
            ("duration", 12, "year", None),
            ("duration", 84, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Das Abschlussfeuerwerk beginnt am letzten Abend um 23 Uhr und dauert 25 Minuten.",
        True,
        [("duration", 25, "minute", None)],
        None,
    ),
    (
        "de",
        "Die Windjammerparade am zweiten Samstag führt ab 14 Uhr rund 100 Traditionssegler durch die Förde.",
        True,
        [("ordinal", 2, None, None), ("count", 100, None, "about")],
        None,
    ),
    (
        "de",
        "Seit der ersten Regatta 1882 ist die Woche nur in Kriegs- und Nachkriegsjahren ausgefallen, sagte Kieler-Woche-Sprecherin Maren Tjarksen-Okafor.",
        True,
        [("ordinal", 1, None, None), ("year", 1882, None, None)],
        "Maren Tjarksen-Okafor",
    ),
    (
        "de",
        "«Die Kieler Woche ist die Visitenkarte unserer Stadt für die ganze Welt», sagte der Oberbürgermeister.",
        False,
        [],
        None,
    ),
    ("de", "Die Polizei riet, das Auto an den Wochenenden besser stehen zu lassen.", False, [], None),
    # --- Bloomsday in Dublin (Reuters), June 17 ---
    (
        "en",
        "DUBLIN, June 17 (Reuters) - Hundreds in Edwardian straw boaters marked Bloomsday in Dublin on Wednesday, 123 years after the sixteenth of June 1904 on which the novel Ulysses is set.",
        True,
        [("date", "--06-17", None, None), ("duration", 123, "year", None), ("date", "1904-06-16", None, None)],
        None,
    ),
    (
        "en",
        "The day has been celebrated since 1954, when a group of writers first retraced the novel's route on its 50th anniversary.",
        True,
        [("year", 1954, None, None), ("ordinal", 50, None, None)],
        None,
    ),
    (
        "en",
        "A kidney breakfast at a museum on North Great George's Street sold 620 tickets at 28 euros each, organisers said.",
        True,
        [("count", 620, None, None), ("money", 28, "EUR", None)],
        None,
    ),
    (
        "en",
        "The oldest reader at the marathon reading, a 93-year-old retired teacher, read for a quarter of an hour.",
        True,
        [("duration", 93, "year", None), ("duration", 0.25, "hour", None)],
        None,
    ),
    (
        "en",
        "\"I've come every sixteenth of June since the seventies and I'll keep coming till I drop,\" she said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The full reading of the novel's 18 episodes ran from 8am until after midnight, more than 16 hours.",
        True,
        [("count", 18, None, None), ("duration", 16, "hour", "over")],
        None,
    ),
    (
        "en",
        "Bloomsday visitors spent an estimated 4.2 million euros in the city last year, Tourism Ireland said.",
        True,
        [("money", 4200000, "EUR", "about")],
        "Tourism Ireland",
    ),
    ("en", "Publicans on Duke Street called it the best trading day of the summer.", False, [], None),
    # --- A weekend closure of the A8 (dpa/lsw), June 18 ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Die A8 zwischen Leonberg und dem Kreuz Stuttgart wird von Freitag, 25. Juni, 20 Uhr, bis Montag, 28. Juni, 5 Uhr, voll gesperrt.",
        True,
        [("date", "--06-25", None, None), ("date", "--06-28", None, None)],
        None,
    ),
    (
        "de",
        "Die Sperrung dauert damit 57 Stunden; in dieser Zeit wird eine Brücke aus den Sechzigerjahren abgerissen.",
        True,
        [("duration", 57, "hour", None)],
        None,
    ),
    (
        "de",
        "An einem normalen Wochenende fahren dort gut 110.000 Fahrzeuge am Tag.",
        True,
        [("count", 110000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Autobahn GmbH rechnet auf den Umleitungen mit Verzögerungen von 30 bis 45 Minuten.",
        True,
        [("duration", 30, "minute", None), ("duration", 45, "minute", None)],
        None,
    ),
    (
        "de",
        "Es sei bereits die dritte Vollsperrung an dieser Stelle binnen eines Jahres, sagte Projektleiter Timo Bräuninger-Akinola.",
        True,
        [("ordinal", 3, None, None)],
        "Timo Bräuninger-Akinola",
    ),
    (
        "de",
        "Die Brücke war 1964 gebaut worden und hätte nach ursprünglicher Planung 80 Jahre halten sollen.",
        True,
        [("year", 1964, None, None), ("duration", 80, "year", None)],
        None,
    ),
    ("de", "«Wir wissen, dass das für viele Pendler eine Zumutung ist», sagte Bräuninger-Akinola.", False, [], None),
    # --- A veteran's birthday on the Fourth (AP), June 18 ---
    (
        "en",
        "SPRINGFIELD, Mo. (AP) — A World War II Army veteran who landed in Normandy as a 19-year-old will celebrate his 103rd birthday on July Fourth, his family said.",
        True,
        [("duration", 19, "year", None), ("ordinal", 103, None, None), ("date", "--07-04", None, None)],
        None,
    ),
    (
        "en",
        "Walter Brenneis-Oakley was born on the Fourth of July 1924 in a farmhouse outside Joplin.",
        True,
        [("date", "1924-07-04", None, None)],
        None,
    ),
    (
        "en",
        "He waded ashore at Omaha Beach on the sixth of June 1944, 83 years ago this month.",
        True,
        [("date", "1944-06-06", None, None), ("duration", 83, "year", None)],
        None,
    ),
    (
        "en",
        '"I never thought I\'d see a hundred, let alone a hundred and three," Brenneis-Oakley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fewer than 45,000 of the 16.4 million Americans who served in World War II were still alive last year, according to Veterans Affairs estimates.",
        True,
        [("count", 45000, None, "under"), ("count", 16400000, None, None)],
        None,
    ),
    (
        "en",
        "His town will hold a parade in his honor on Saturday, July 3, starting at 10 a.m.",
        True,
        [("date", "--07-03", None, None)],
        None,
    ),
    (
        "en",
        "Brenneis-Oakley said he would ride in the parade in a 1946 Jeep.",
        True,
        [("year", 1946, None, None)],
        "Brenneis-Oakley",
    ),
    ("en", "Neighbors described him as the heart of the town.", False, [], None),
    # --- Switzerland's centenarians (Keystone-SDA), June 21 ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - In der Schweiz lebten per 31. Dezember 2026 gut 2'100 Menschen, die 100 Jahre oder älter waren, wie das Bundesamt für Statistik (BFS) mitteilte.",
        True,
        [("date", "2026-12-31", None, None), ("count", 2100, None, "over"), ("duration", 100, "year", "at_least")],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Neun von zehn Hundertjährigen sind Frauen.",
        True,
        [("fraction", 0.9, None, None), ("duration", 100, "year", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Über-80-Jährigen hat sich seit Anfang der Neunzigerjahre mehr als verdoppelt, auf rund 503'000.",
        True,
        [("duration", 80, "year", "over"), ("count", 503000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Lebenserwartung bei Geburt erreichte 82,4 Jahre für Männer und 85,9 Jahre für Frauen.",
        True,
        [("duration", 82.4, "year", None), ("duration", 85.9, "year", None)],
        None,
    ),
    (
        "de",
        "Jede fünfte Person in der Schweiz ist 65 oder älter; in den Sechzigerjahren war es nur jede zehnte.",
        True,
        [("fraction", 0.2, None, None), ("duration", 65, "year", "at_least"), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Die Babyboomer-Jahrgänge 1955 bis 1964 seien bis Ende des Jahrzehnts fast alle pensioniert, sagte BFS-Demografin Chiara Tognetti-Brunold.",
        True,
        [("year", 1955, None, None), ("year", 1964, None, None)],
        "Chiara Tognetti-Brunold",
    ),
    ("de", "«Das Alter ist weiblich, und es wird immer älter», sagte Tognetti-Brunold.", False, [], None),
    ("de", "Pro Senectute sprach von einer «stillen Revolution» in den Familien.", False, [], None),
    # --- Wimbledon's prize fund (Reuters), June 21 ---
    (
        "en",
        "LONDON, June 21 (Reuters) - Wimbledon's prize fund will rise by 6% to a record 57.3 million pounds when the 140th Championships begin on Monday the 28th of June, organisers said.",
        True,
        [
            ("date", "--06-21", None, None),
            ("percent", 6, "%", None),
            ("money", 57300000, "GBP", None),
            ("ordinal", 140, None, None),
            ("date", "--06-28", None, None),
        ],
        None,
    ),
    (
        "en",
        "The tournament runs for a fortnight, ending with the men's final on Sunday, July 11.",
        True,
        [("date", "--07-11", None, None)],
        None,
    ),
    (
        "en",
        "The youngest player in the singles draws is a 16-year-old qualifier; the oldest, at 39, is a two-time quarter-finalist.",
        True,
        [("duration", 16, "year", None), ("duration", 39, "year", None), ("count", 2, None, None)],
        None,
    ),
    ("en", "Play on the outside courts starts at 11am, with Centre Court following at 1.30pm.", True, [], None),
    (
        "en",
        "Last year's men's final lasted three hours and 12 minutes, the women's a little over 90 minutes.",
        True,
        [("duration", 3, "hour", None), ("duration", 12, "minute", None), ("duration", 90, "minute", "over")],
        None,
    ),
    (
        "en",
        "Each singles champion will receive 3.1 million pounds, All England Club spokeswoman Rhiannon Westlake-Amadi told reporters.",
        True,
        [("money", 3100000, "GBP", None)],
        "Rhiannon Westlake-Amadi",
    ),
    ("en", '"Every June this place feels brand new," Westlake-Amadi said.', False, [], None),
    ("en", "Ticket resale sites said demand for second-week seats was the strongest they had seen.", False, [], None),
    # --- A robbery in Schwabing (dpa/lby), June 22 ---
    (
        "de",
        "München (dpa/lby) - Nach einem Überfall auf einen 79-Jährigen in Schwabing sucht die Polizei zwei Männer, beide etwa Mitte 20.",
        True,
        [("duration", 79, "year", None)],
        None,
    ),
    (
        "de",
        "Die Tat ereignete sich vorgestern gegen 22.15 Uhr in einer Seitenstraße der Leopoldstraße.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Täter erbeuteten eine Armbanduhr im Wert von rund 8.000 Euro, die der Senior zu seinem 70. Geburtstag bekommen hatte.",
        True,
        [("money", 8000, "EUR", "about"), ("ordinal", 70, None, None)],
        None,
    ),
    (
        "de",
        "Einer der Männer war nach Angaben des Opfers etwa 1,85 Meter groß und trug einen Vollbart.",
        True,
        [("count", 1.85, None, "about")],
        None,
    ),
    ("de", "Eine Anwohnerin Anfang 50 hatte die beiden kurz zuvor an einer Bushaltestelle gesehen.", True, [], None),
    (
        "de",
        "Bereits vor drei Wochen war in der Nähe eine 82-jährige Frau auf ähnliche Weise beraubt worden, teilte die Polizei mit.",
        True,
        [("duration", 3, "week", None), ("duration", 82, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "Die Zahl der Raubdelikte gegen Über-75-Jährige ist in München in den ersten fünf Monaten um knapp ein Fünftel gestiegen.",
        True,
        [
            ("duration", 75, "year", "over"),
            ("ordinal", 1, None, None),
            ("duration", 5, "month", None),
            ("fraction", 0.2, None, "nearly"),
        ],
        None,
    ),
    ("de", "Zeugen werden gebeten, sich beim Kommissariat 21 zu melden.", False, [], None),
    (
        "de",
        "«Ältere Menschen sollten abends keine teuren Uhren offen tragen», riet ein Polizeisprecher.",
        False,
        [],
        None,
    ),
    # --- The solstice swim in Hobart (AAP), June 22 ---
    (
        "en",
        "HOBART (AAP) - More than 2,700 swimmers plunged into the River Derwent at dawn on Monday to mark the winter solstice, the shortest day of the year.",
        True,
        [("count", 2700, None, "over")],
        None,
    ),
    (
        "en",
        "Hobart had just nine hours and 13 minutes of daylight on the twenty-first of June.",
        True,
        [("duration", 9, "hour", None), ("duration", 13, "minute", None), ("date", "--06-21", None, None)],
        None,
    ),
    (
        "en",
        "The water was 11.2 degrees, the air a chilly 3.",
        True,
        [("count", 11.2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The oldest swimmer, aged eighty-six, was grandmother Beryl Tregaskis-Huon, who has taken part every year since 2013.",
        True,
        [("duration", 86, "year", None), ("year", 2013, None, None)],
        None,
    ),
    ("en", '"It\'s the best two minutes of the year, and the worst," Tregaskis-Huon said.', False, [], None),
    (
        "en",
        "The festival, which ran from June 10-21, sold about 61,000 tickets, swim organiser Callum Deverell-Ngata said.",
        True,
        [("date", "--06-10", None, None), ("date", "--06-21", None, None), ("count", 61000, None, "about")],
        "Callum Deverell-Ngata",
    ),
    (
        "en",
        "Entry to the swim cost A$45, with the money going to a Hobart youth shelter.",
        True,
        [("money", 45, "AUD", None)],
        None,
    ),
    (
        "en",
        "Swimmers aged between 18 and 30 made up about two in five entrants this year.",
        True,
        [("duration", 18, "year", None), ("duration", 30, "year", None), ("fraction", 0.4, None, "about")],
        None,
    ),
    ("en", "Tasmania's tourism minister called the swim a winter icon.", False, [], None),
    # --- The Donauinselfest (APA), June 23 ---
    (
        "de",
        "Wien (APA) - Das 44. Donauinselfest findet vom 25. bis 27. Juni statt und bietet an drei Tagen rund 600 Stunden Programm auf 13 Bühnen.",
        True,
        [
            ("ordinal", 44, None, None),
            ("date", "--06-25", None, None),
            ("date", "--06-27", None, None),
            ("duration", 3, "day", None),
            ("duration", 600, "hour", "about"),
            ("count", 13, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der Eintritt ist wie seit dem ersten Fest 1984 frei.",
        True,
        [("ordinal", 1, None, None), ("year", 1984, None, None)],
        None,
    ),
    (
        "de",
        "Die Veranstalter rechnen mit gut 2,5 Millionen Besuchen; heuer fällt das Fest auf das letzte Juniwochenende.",
        True,
        [("count", 2500000, None, "over")],
        None,
    ),
    (
        "de",
        "Am Samstag spielt die Hauptbühne von 14 Uhr bis Mitternacht, zehn Stunden am Stück.",
        True,
        [("duration", 10, "hour", None)],
        None,
    ),
    (
        "de",
        "Die U6 fährt in beiden Nächten durchgehend im Zehn-Minuten-Takt, teilten die Wiener Linien mit.",
        True,
        [("duration", 10, "minute", None)],
        "die Wiener Linien",
    ),
    (
        "de",
        "Ein 17-Jähriger, der beim Fest 2026 einen Sanitäter verletzt hatte, wurde vor zwei Wochen zu sechs Monaten bedingt verurteilt.",
        True,
        [
            ("duration", 17, "year", None),
            ("year", 2026, None, None),
            ("duration", 2, "week", None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "de",
        "«Die Insel gehört an diesem Wochenende allen Wienerinnen und Wienern», sagte Festsprecherin Nadine Kollegger-Sternad.",
        False,
        [],
        None,
    ),
    ("de", "Anrainer in Floridsdorf halten den Lärm für unzumutbar.", False, [], None),
    # --- Wall Street's first half (Reuters), June 23 ---
    (
        "en",
        "NEW YORK, June 23 (Reuters) - The S&P 500 is on course for its best first half since 1998, up 14.6% with a week left before the quarter ends on June 30.",
        True,
        [
            ("date", "--06-23", None, None),
            ("ordinal", 1, None, None),
            ("year", 1998, None, None),
            ("percent", 14.6, "%", None),
            ("date", "--06-30", None, None),
        ],
        None,
    ),
    (
        "en",
        "The index closed at 7,412.38 on Wednesday, its 31st record close of the year.",
        True,
        [("count", 7412.38, None, None), ("ordinal", 31, None, None)],
        None,
    ),
    (
        "en",
        "Investors are already looking to Q3, when the Fed meets on July 27-28 and again on Sept. 21-22.",
        True,
        [
            ("ordinal", 3, None, None),
            ("date", "--07-27", None, None),
            ("date", "--07-28", None, None),
            ("date", "--09-21", None, None),
            ("date", "--09-22", None, None),
        ],
        None,
    ),
    (
        "en",
        "Traders priced in roughly a 60% chance of a cut by the September meeting, according to CME FedWatch.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Not since the dot-com boom of the late 1990s have technology stocks made up so large a share of the index, about 36%.",
        True,
        [("percent", 36, "%", "about")],
        None,
    ),
    (
        "en",
        '"This has been a first half for the history books," said Dalrymple Capital strategist Suresh Halvorsen-Quaye.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Halvorsen-Quaye said he expected the index to end the year around 7,600.",
        True,
        [("count", 7600, None, "about")],
        "Halvorsen-Quaye",
    ),
    # --- Ninety-year-olds of the class of 1937 (Keystone-SDA), June 24 ---
    (
        "de",
        "Langnau i.E. (Keystone-SDA) - Zu ihrem 90. Geburtstag haben sich am Donnerstag 41 Emmentalerinnen und Emmentaler des Jahrgangs 1937 zu einem Fest getroffen.",
        True,
        [("ordinal", 90, None, None), ("count", 41, None, None), ("year", 1937, None, None)],
        None,
    ),
    (
        "de",
        "Die Jahrgänger treffen sich seit 1957, als sie zwanzig wurden, jedes Jahr am vierten Donnerstag im Juni.",
        True,
        [("year", 1957, None, None), ("duration", 20, "year", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Damals zählte der Verein 212 Mitglieder; heute leben noch 63, und die älteste ist seit dem 4. Januar 90.",
        True,
        [
            ("count", 212, None, None),
            ("count", 63, None, None),
            ("date", "--01-04", None, None),
            ("duration", 90, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die jüngste Teilnehmerin, Frieda Rüfenacht-Gfeller (89), kam erst am 28. Dezember 1937 zur Welt und feiert ihren Neunzigsten schon jetzt mit.",
        True,
        [("duration", 89, "year", None), ("date", "1937-12-28", None, None), ("ordinal", 90, None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben in den Vierzigern zusammen die Schulbank gedrückt, das verbindet», sagte Präsident Hansruedi Gerber-Zaugg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gerber-Zaugg sagte, der Verein werde aufgelöst, sobald weniger als zehn Mitglieder übrig seien.",
        True,
        [("count", 10, None, "under")],
        "Gerber-Zaugg",
    ),
    (
        "de",
        "Das Fest dauerte von 11 Uhr bis in den späten Nachmittag, gut fünf Stunden.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    ("de", "Alle halten das Treffen für den Höhepunkt ihres Jahres.", False, [], None),
    # --- A Lake District church's bicentenary (PA), June 24 ---
    (
        "en",
        "KESWICK (PA) - A Lake District church will mark its bicentenary on Thursday with a service 200 years to the day after it was consecrated.",
        True,
        [("duration", 200, "year", None)],
        None,
    ),
    (
        "en",
        "St Ninian's in Braithmere was consecrated by the Bishop of Carlisle on the 24th of June 1827.",
        True,
        [("date", "1827-06-24", None, None)],
        None,
    ),
    (
        "en",
        "The village raised £186,000 over three years to repair the roof in time for the anniversary.",
        True,
        [("money", 186000, "GBP", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Its oldest parishioner, Edna Pilkington-Rowe, 101, was baptised there in 1926 and married there in the forties.",
        True,
        [("duration", 101, "year", None), ("year", 1926, None, None)],
        None,
    ),
    ("en", '"Two hundred years is nothing to these stones," said churchwarden Miles Fenwick-Adebayo.', False, [], None),
    (
        "en",
        "Fenwick-Adebayo said the bells, silent since the 1990s, would ring for 45 minutes after the service.",
        True,
        [("duration", 45, "minute", None)],
        "Fenwick-Adebayo",
    ),
    (
        "en",
        "About a third of the parish's 340 residents are over 65, according to the latest census.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 340, None, None), ("duration", 65, "year", "over")],
        None,
    ),
    ("en", "Parishioners called the restoration a small miracle.", False, [], None),
    # --- Pensions rise on July 1 (dpa), June 25 ---
    (
        "de",
        "Berlin (dpa) - Zum 1. Juli steigen die gut 21 Millionen Renten in Deutschland um 3,74 Prozent.",
        True,
        [("count", 21000000, None, "over"), ("date", "--07-01", None, None), ("percent", 3.74, "%", None)],
        None,
    ),
    (
        "de",
        "Wer in diesen Tagen 67 wird, bekommt die Erhöhung schon mit der ersten regulären Rentenzahlung Ende Juli.",
        True,
        [("duration", 67, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Für eine Standardrente nach 45 Jahren Beitragszahlung bedeutet das ein Plus von knapp 70 Euro im Monat.",
        True,
        [("duration", 45, "year", None), ("money", 70, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Regelaltersgrenze liegt für den Jahrgang 1960 bei 66 Jahren und vier Monaten.",
        True,
        [("year", 1960, None, None), ("duration", 66, "year", None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "Ab dem Jahrgang 1964 gilt die Rente mit 67.",
        True,
        [("year", 1964, None, None), ("duration", 67, "year", None)],
        None,
    ),
    (
        "de",
        "Vor zehn Jahren habe die Standardrente noch gut 300 Euro niedriger gelegen, sagte Rentenexpertin Hildegard Obermoser-Tetteh.",
        True,
        [("duration", 10, "year", None), ("money", 300, "EUR", "over")],
        "Hildegard Obermoser-Tetteh",
    ),
    (
        "de",
        "«Wer ein Leben lang eingezahlt hat, muss im Alter auch davon leben können», sagte Obermoser-Tetteh.",
        False,
        [],
        None,
    ),
    # --- Irish weddings (Reuters), June 25 ---
    (
        "en",
        "DUBLIN, June 25 (Reuters) - Grooms in Ireland were 37 years and two months old on average when they married in 2026, and brides 35 years and five months, the Central Statistics Office said on Friday.",
        True,
        [
            ("date", "--06-25", None, None),
            ("duration", 37, "year", None),
            ("duration", 2, "month", None),
            ("year", 2026, None, None),
            ("duration", 35, "year", None),
            ("duration", 5, "month", None),
        ],
        "the Central Statistics Office",
    ),
    ("en", "In the early 1990s the average bride was still in her mid-twenties.", True, [], None),
    (
        "en",
        "The most popular wedding date was Friday the 18th of September, with 402 ceremonies.",
        True,
        [("date", "--09-18", None, None), ("count", 402, None, None)],
        None,
    ),
    (
        "en",
        "Almost two in five weddings took place between the first of June and the thirtieth of September.",
        True,
        [("fraction", 0.4, None, "nearly"), ("date", "--06-01", None, None), ("date", "--09-30", None, None)],
        None,
    ),
    (
        "en",
        "Same-sex marriages, legal since November 2015, numbered 731, about 3.6% of the total.",
        True,
        [("year", 2015, None, None), ("count", 731, None, None), ("percent", 3.6, "%", "about")],
        None,
    ),
    (
        "en",
        '"Couples are waiting until their thirties and spending more than ever," said wedding planner Aoife Carrigan-Moloney.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A wedding in Ireland cost an average of 31,400 euros last year, a survey by an online wedding directory found.",
        True,
        [("money", 31400, "EUR", None)],
        None,
    ),
    ("en", "Hoteliers said bookings for the summer of 2028 were already strong.", False, [], None),
]
