"""Four-hundred-and-ninetieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: holders of real offices appear under made-up names
that stand for no real holder (Britain's health secretary, Ireland's Minister for Finance,
the governor of the Reserve Bank of Australia, the commissioner of the NSW Rural Fire
Service, a U.S. senator, Switzerland's federal councillor for health, Austria's social
affairs minister, the director-general of Statistik Austria, the director of Santésuisse,
the coach of Austria's national team and England's manager) or by their role only
(„Bürgermeister von Gars“, „Die Bundesrätin“, „ein Bahnsprecher“, „ein Meteorologe des
Deutschen Wetterdienstes“, "the governor", "the shadow health secretary", "forecasters"),
and so do every unnamed official, economist, trader, reader and fan.

Names: Martina Staudinger-Lenz, Kerstin Wollschläger-Daum, Regula Imhof-Sutter, Beat
Zimmerli-Frei, Tobias Reiterer-Hahn, Sabine Großauer-Lind, Annika Reuschenbach-Tal, Dirk
Hollenstein-Weber, Leon Stadlhofer-Brunn, Luca Cavelti-Bühler, Rainer Obermoser-Haid and
Brigitte Weinzettl-Moser; Marisol Quintero-Vance, Imogen Radcliffe-Osei, Ciarán
Moynihan-Lodge, Niamh Costigan-Ward, Philippa Harcourt-Lim, Brett Kolovos-Hale, Rosalind
Achterberg-Lee, Graham Thistlewood-Ayo, Theo Ashby-Cole, Rhys Pengelly-Hart and Lyle
Brannock-Hayes are invented, and so are Hurricane Teodora, Storm Ffion, the firms (Brackwede
Antriebstechnik, Brightwater Analytics, Fairhaven Partners) and the Linz polling institute
Donaumonitor. Real states, bodies, parties, firms, media, rivers, roads and places (ORF.at,
derStandard.at, Krone, Kurier, APA, Geosphere Austria, ÖBB, Kamptalbahn, Bundesheer,
Landesfeuerwehrkommando, Kamp, Kamptal, Waldviertel, Zwettl, Gars, Krems, Kienstock, Donau,
St. Pölten, Niederösterreich, Statistik Austria, FPÖ, ÖVP, SPÖ, Ministerrat,
Ernst-Happel-Stadion, Prater, Wien; tagesschau, SPIEGEL, Handelsblatt, dpa, Reuters, EVG,
Deutsche Bahn, Hamburger Hauptbahnhof, Deutschlandticket, Bund, Länder, Bielefeld,
Gütersloh, Deutscher Wetterdienst, Offenbach, Bayern, Westlotto, Lotto 6aus49, Münster,
Lufthansa, München, Schwerin, Steuerschätzung; SRF News, Blick, 20 Minuten, Keystone-SDA,
BAG, Santésuisse, Tessin, Neuenburg, Jura, Genf, Kanton Zürich, Bern, Chur, Graubünden, St.
Galler Rheintal, Kantonspolizei Graubünden, Bellevue, Stadtpolizei Zürich, Swiss, Nati; AP,
NBC News, CNN, The Latest, the National Hurricane Center, Cedar Key, Apalachicola, the Gulf,
Gainesville, the Alachua County Sheriff's Office, Florida Power & Light, the FAA, Tampa
International Airport, the National Guard, Georgia, the Senate, the House, Republicans,
Democrats, Wall Street, the Dow, the S&P 500, the Nasdaq, Treasury, the Fed, Bloomberg's
asterisk; BBC News, BBC Sport, Sky News, Sky Sports, The Guardian, PA, the NHS, NHS England,
A&E, Westminster, the Met Office, Network Rail, Wales, Ireland, Wembley, Rightmove,
Manchester, Bristol, London, Leeds, West Yorkshire Police; RTÉ News, The Irish Times, the
Irish Independent, Leinster House, the Dáil, the Government, the Irish Fiscal Advisory
Council, the Department of Finance, gardaí, Co Cork, Ryanair, Shannon; ABC News,
news.com.au, AAP, the RBA, Canstar, the ASX 200, the Australian Bureau of Statistics, the
Blue Mountains, Bilpin, Bells Line of Road, Richmond, the NSW Rural Fire Service, Sydney,
Dee Why, Qantas, the Airbus A330) stand for the way such copy names them; every level,
count, rate, price, premium, sum, toll, score, crowd, age, date and quote here is invented,
and where a real figure came to mind (a real ticket price, a real premium, a real wage or
pension rise, a real rate, a real waiting list, real lottery odds) it was changed or left
out.

Its weight: HEADLINES, FLASHES AND TICKERS, fifteenth round (the hundred-eighty-second,
two-hundred-and-twenty-eighth, two-hundred-and-sixty-sixth, two-hundred-and-eighty-second,
two-hundred-and-ninety-ninth, three-hundred-and-fourteenth, three-hundred-and-thirty-third,
three-hundred-and-fifty-sixth, three-hundred-and-eightieth, four-hundred-and-sixth,
four-hundred-and-thirtieth, four-hundred-and-fifty-third, four-hundred-and-sixty-first and
four-hundred-and-seventy-fifth batches were the first fourteen, the thirty-second and
forty-third weighed flashes, tickers, teasers, push alerts and live-blog lines before them,
and their decisions are kept; where the hundred-eighty-second and the
two-hundred-and-twenty-eighth differ, the two-hundred-and-twenty-eighth's reading is kept,
as the twelve later rounds kept it) - one made-up news day, Tuesday, October 10, 2034,
weighed this time for the headlines and teasers of online news sites and their push alerts
rather than for the agencies' service lines of the fourteenth round: short headline forms
with a colon, headline questions (alone, after a claim, and answered in the same line),
kicker lines sent as their own line, "LIVE:", „Liveblog:“, "LIVE UPDATES:", "Business live:"
and "... live:" lines with their time-stamped entries, „+++“ tickers, numbered listicle
headlines with their numbered items, push notifications with the app's name, emoji and
urgency labels („🔴 Eilmeldung:“, „🔴 EIL:“, "BREAKING:", "JUST IN:", "⚽ GOAL:", „⚽ TOR!“),
service teasers („So viel ...“, "here's what it means for your mortgage", "the full list")
and the morning briefings' headings - each beside the first sentence of its story as the
site or the agency runs it (with its dateline) and a few lines after it. In story order as
the sites publish them, the German and English stories interleaved, each row one headline or
one line as sent. Half German (Austrian, German and Swiss sites: ORF.at and APA on a flood
in the Kamptal with a „+++“ ticker, derStandard.at and Krone on inflation, Kurier on a poll,
Krone and Kurier on pensions, the Austria-Switzerland match ticker; tagesschau.de, SPIEGEL
and dpa on a rail strike with its Liveblog and the evening's deal, SPIEGEL and Handelsblatt
on a supplier's job cuts, the Deutschlandticket, a frost warning, the lottery and an evening
„+++“ news ticker; SRF News, Blick, 20 Minuten and Keystone-SDA on health premiums with a
numbered listicle, a föhn storm, a tram crash and an emergency landing; Austrian „heuer“,
„Jänner“, „fix“, Swiss „88'000“, „200'000“, „Fr. 118.40“, „431.20 Franken“, „grosse“,
„gemäss“, „Bis am Morgen“, German „“ quotes). Half English (US, UK, Irish and Australian
sites: AP, NBC News, CNN and a live page on a hurricane, AP on Wall Street and the Senate,
Bloomberg's asterisk; BBC News, Sky News, a politics live blog and PA on the NHS waiting
list, a property site's rents listicle, a storm, a football international and a murder
charge; RTÉ News, The Irish Times and PA on the Irish Budget with its key points, a drugs
seizure and an airline; ABC News, news.com.au and AAP on the RBA, a bushfire, a Sydney
listicle and Qantas; US "120 mph", "12 feet", "7:42 a.m. EDT —", "R-Okla.", UK "£1,480",
"11.32am BST:", "80mph", Irish "70 cent", "€9.4bn", "Co Cork", Australian "3.35pc", "3.35
per cent", "$600,000" in Australian dollars, "37.2C", "70km/h"). Speakers as such copy has
them - „teilte ... mit“, „wie ... mitteilte“, „sagte X“ with the title dropped, "said", "X
said" opening the row, "told the Dáil", "told reporters", "said X, a ... at ..." - in the
first sentences and the lines after them, never in a headline, a push, a kicker, a listicle
item or a ticker entry, and beside them the forms left unchecked. About a quarter negatives
as such copy has them: briefing headings, kickers, live frames and filler, teaser questions,
"So viel ..." teasers, headings over what we know, key-point and service lead-ins, video,
reader-reporter and ratings labels, opinion lines, labels and quotes of feeling, scene and
mood lines, advice and a call to turn on notifications - none of them carrying a figure,
each near a check-worthy look-alike from the same story.

237 rows (120 German, 117 English), 55 negatives (28 German, 27 English), 182 check-worthy
rows of which 20 carry no figure (10 German, 10 English), 258 expected quantities (90
counts, 62 percentages - 58 in "%", 4 in percentage points "pp" -, 47 amounts of money - 33
EUR, 5 USD, 5 CHF, 2 AUD, 2 GBP -, 25 ordinals, 16 years, 12 durations - 4 in hours, 4 in
years, 2 in months, 2 in weeks -, 5 dates - 2 with a year, 3 without -, 1 fraction; 44 of
them hedged: 17 "over", 13 "about", 8 "up_to", 3 "nearly", 2 "at_least", 1 "under"; none of
them in a negative), 36 checked speakers (17 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one line as sent and is judged alone (sixteenth; thirty-second, forty-third and
  the fourteen earlier rounds). A headline with or without a verb that states an event or a
  figure is check-worthy with its figures: „Pegel des Kamp steigt auf über fünf Meter –
  Häuser in Gars evakuiert“ 5 "over", „Inflation sinkt im September auf 2,4 Prozent“ 2.4,
  „Deutschlandticket kostet ab Januar 72 Euro“ 72 EUR („ab Januar“ none), „Föhnsturm: 88'000
  Haushalte in Graubünden ohne Strom“ 88,000 (the topic before the colon a slug,
  three-hundred-and-fourteenth), „Zürich: Tram kollidiert am Bellevue mit Lastwagen – neun
  Verletzte“ 9 (the place a slug), „Stellenabbau bei Brackwede: Werk in Gütersloh schließt
  Ende 2036“ the year, „Nati-Pleite in Wien: Erste Niederlage nach sieben Spielen“ ordinal 1
  and 7, „Pensionserhöhung fix: Plus 2,7 Prozent ab 1. Jänner“ 2.7 and --01-01 („Plus“ a
  direction word, no sign; „fix“ Austrian for settled), „Erster Frost: Bis zu minus 6 Grad
  in Bayern erwartet“ ordinal 1 and -6 "up_to" („minus“ right before the figure its sign,
  four-hundred-and-fifty-third: "Minus 12C"; a forecast with a figure,
  hundred-eighty-second), „Lotto-Jackpot steigt auf 45 Millionen Euro“, „Brackwede-Aktie
  springt nach Ankündigung um 6 Prozent nach oben“, "Dow jumps 410 points as Treasury yields
  slide" 410, "Met Office issues amber wind warning as Storm Ffion brings 80mph gusts" 80,
  "Storm Ffion: More than 40 ferry sailings between Wales and Ireland cancelled" 40 "over",
  "Senate passes $52 billion disaster aid bill, sending it to the House", "Gardaí seize
  cannabis worth €2.3m in north Cork", "S&P 500 closes at record 7,905.32, its 41st record
  close this year" 7,905.32 and ordinal 41 ("S&P 500" a name), "Three of the major banks now
  tip a February cut" 3 (a forecast held by banks, check-worthy as a forecast with a
  figure), "The Latest: Teodora weakens to Category 1 as it crosses into Georgia" 1 ("The
  Latest:" a slug, four-hundred-and-thirtieth; forty-third: "Category 5"); without a figure
  „Abpfiff: Österreich besiegt die Schweiz mit 2:1“, "Emergency warning issued for Bilpin as
  bushfire jumps Bells Line of Road", "Half-time: England 1-0 Wales" and "FULL-TIME: England
  2-0 Wales" (a score line carries nothing, four-hundred-and-sixty-first,
  four-hundred-and-seventy-fifth; capitals read as lower case,
  three-hundred-and-thirty-third). A headline's "to" future states a plan (forty-third:
  "Airbus to cut 2,500 jobs ..."): "RTÉ News: Ryanair to cut 12 routes from Shannon this
  winter" 12. Present-tense attribution in a headline stays unchecked (forty-third: "survey
  finds"; four-hundred-and-seventy-fifth: "railroad says"): „Santésuisse rechnet auch für
  2036 mit einem Anstieg von rund 5 Prozent“ the year and 5 "about", "Rents rose by more
  than 10% in seven of the UK's 20 biggest cities, figures show".
- Push notifications. Urgency labels and emoji carry nothing and the line is judged on what
  follows them (forty-third: „🔴 Eilmeldung:“, "JUST IN:", "🚨 BREAKING:";
  four-hundred-and-seventy-fifth: „Eil +++ ... +++“, "BREAKING:"): „🔴 Eilmeldung: Kamp tritt
  über die Ufer – Zivilschutzalarm in Zwettl und Gars“ without a figure, „🔴 EIL: Durchbruch
  im Tarifstreit – Bahn und EVG einigen sich auf 5,6 Prozent mehr Lohn“ 5.6, "BREAKING:
  Hurricane Teodora makes landfall near Cedar Key, Florida, as a Category 3 storm" 3, "JUST
  IN: Qantas grounds six A330s for engine checks" 6 ("A330s" a type, none, as "737 MAX",
  forty-third). New: the app's or outlet's name heading a push before a colon
  ("tagesschau:", "SPIEGEL:", "SRF News:", "20 Minuten:", "BBC News:", "Sky News:", "NBC
  News:", "CNN:", "RTÉ News:", "The Irish Times:", "ABC News:") carries nothing and names no
  checked speaker: it names the sender, as the label before a headline's colon names none
  (forty-third) and a source before the colon stays unchecked
  (two-hundred-and-twenty-eighth); "20 Minuten" is a paper's name and its 20 none, as "S&P
  500", "ASX 200" and „Lotto 6aus49“ are names. So "SPIEGEL: Autozulieferer Brackwede
  streicht 2.400 Stellen in Deutschland" 2,400, "SRF News: Krankenkassenprämien steigen 2035
  im Schnitt um 4,8 Prozent" the year and 4.8 („im Schnitt“ no hedge,
  three-hundred-and-sixtieth), "BBC News: NHS waiting list in England falls to 6.92
  million", "NBC News: Two dead in Florida as Teodora pushes inland" 2, "RTÉ News: €9.4bn
  Budget package unveiled, including €1.6bn in tax cuts" both EUR ("including" no hedge),
  "Sky News: Man, 41, charged with murder after stabbing in Leeds" 41 years (forty-third:
  "Man, 34,"), "Sky News: Ambulance response times for strokes at best level since 2021" the
  year, "The Irish Times: Budget 2035 – childcare subsidy rises by €50 a month per child"
  the year and 50 EUR ("Budget 2035" a year, forty-third: "Budget 2026"; "a month" none),
  "ABC News: RBA holds cash rate at 3.35 per cent" 3.35; without a figure "tagesschau: EVG
  legt Bahnverkehr bundesweit lahm – Warnstreik bis 18 Uhr" (the clock none), "20 Minuten:
  Swiss-Flug kehrt nach Start in Zürich um – Rauch im Cockpit", "CNN: FAA halts departures
  at Tampa International Airport as Teodora nears". The call "Turn on notifications to get
  breaking news the moment it happens." is a negative (forty-third: "Turn on notifications
  so you never miss a story.").
- Live pages and tickers. "LIVE:", "🔴 LIVE:", "LIVE UPDATES:", „Liveblog:“, "Business live:"
  and a topic's "... live:" carry nothing (forty-third: "UK budget live:", "Ukraine war
  live:"; four-hundred-and-thirtieth: "Storm Nerys live: amber wind warning ..."); a frame
  naming only the topic or the coverage is a negative (four-hundred-and-fifty-third,
  four-hundred-and-sixty-first, four-hundred-and-seventy-fifth: "Live: ... minute by
  minute"): „LIVE: Hochwasser in Niederösterreich – alle Entwicklungen im Liveblog“,
  „Liveblog: Bahnstreik – die Lage an den Bahnhöfen“, „LIVE: Österreich gegen die Schweiz im
  Ticker“, "LIVE UPDATES: Hurricane Teodora", "UK politics live: follow the latest from
  Westminster", "Budget live: follow all the updates from Leinster House", "LIVE: England v
  Wales – follow all the action from Wembley"; a live line that states an event is
  check-worthy with its figures: "Hurricane Teodora live: More than 900,000 without power as
  storm moves inland" 900,000 "over", "🔴 LIVE: Bushfire threatens homes in the Blue
  Mountains" without a figure, "Business live: RBA holds, ASX 200 edges up 0.3pc" 0.3 ("pc"
  percent, twentieth). The „+++“ frame carries nothing (forty-third: „+++ Russland greift
  Kiew mit 140 Drohnen an +++“), nor does a clock inside it (three-hundred-and-fifty-sixth:
  „+++ 9.58 Uhr +++“). New: a clock with a colon heading the text inside the frame („+++
  07.45 Uhr: ... +++“) is a stamp and carries nothing, as APA's „09.02 Uhr:“
  (four-hundred-and-seventy-fifth): „+++ 07.45 Uhr: Kamp in Zwettl erreicht 5,12 Meter +++“
  5.12 (a gauge level in metres a count, forty-third: „6,12 Metern“), „+++ 08.30 Uhr:
  Katastrophenalarm für vier Bezirke ausgerufen +++“ 4, „+++ 13.15 Uhr: Bundesheer schickt
  250 Soldatinnen und Soldaten ins Kamptal +++“ 250, and without a figure „+++ 10.05 Uhr:
  ÖBB sperren die Kamptalbahn bis mindestens Donnerstag +++“ („mindestens“ before a day
  bounds no quantity, two-hundred-and-ninety-ninth) and „+++ 12.40 Uhr: Geosphere Austria
  hebt die Unwetterwarnung für das Waldviertel auf Rot an +++“; „+++ Bahn: Fernverkehr läuft
  ab Mittwochfrüh wieder nach Plan +++“ without a figure („Bahn:“ a source before the colon,
  unchecked); the evening ticker's „+++ Lufthansa streicht am Mittwoch 80 Flüge in München
  +++“ 80, „+++ Einbruch in Museum in Schwerin: Diebe erbeuten Goldmünzen im Wert von 1,3
  Millionen Euro +++“ and „+++ Steuerschätzung: Bund nimmt bis 2038 rund 31 Milliarden Euro
  weniger ein als geplant +++“ the year and 31 billion EUR "about". The stamps „06:58 Uhr
  –“, "11.32am BST:" and "7:42 a.m. EDT —" carry nothing (four-hundred-and-sixty-first,
  four-hundred-and-seventy-fifth; "BST" read as "EDT" is): „07:15 Uhr – Bundesweit fahren
  nach Angaben der Bahn nur rund 20 Prozent der Regionalzüge.“ 20 "about" (the source
  unchecked in a ticker entry, four-hundred-and-sixty-first; „nur“ no hedge), „08:02 Uhr –
  Im Fernverkehr fallen bis zum Abend mehr als 1.100 Verbindungen aus.“ 1,100 "over",
  "11.32am BST: ... with 76.1% of patients seen within four hours in September." 76.1 and 4
  hours ("within" no hedge, fifty-first: "within 72 hours"), "11.58am BST: The number of
  patients waiting more than 52 weeks fell to 118,000, down 9,400 on the month." 52 weeks
  "over", 118,000 and 9,400 ("down" a direction word, no sign), "7:42 a.m. EDT — More than
  910,000 homes and businesses in Florida are without power, according to utility data."
  910,000 "over", "8:15 a.m. EDT — Forecasters say the surge could push water up to 12 feet
  above ground ..." 12 "up_to", "9:30 a.m. EDT — The governor says 3,500 National Guard
  troops have been deployed across 14 counties." 3,500 and 14 (the present "says" and a role
  unchecked). Negatives: filler („+++ 09.10 Uhr: Wir halten Sie an dieser Stelle auf dem
  Laufenden +++“, "8:40 a.m. EDT — We'll keep updating this page throughout the day.",
  "11.45am BST: Here's a quick recap of where things stand.") and scene lines („+++ 11.20
  Uhr: Bilder aus Gars zeigen überflutete Gassen und volle Keller +++“, „06:58 Uhr – Am
  Hamburger Hauptbahnhof sind die Anzeigetafeln fast leer, die Bahnsteige verwaist.“, "9:05
  a.m. EDT — Video shows waves crashing over the seawall ...";
  four-hundred-and-seventy-fifth).
- Headline questions. A teaser question alone is a negative (forty-third,
  three-hundred-and-fourteenth, three-hundred-and-eightieth): „Hochwasser im Kamptal: Wer
  zahlt für die Schäden?“, „Bahnstreik: Fährt heute überhaupt noch ein Zug?“, „Lohnt sich
  jetzt ein Wechsel der Krankenkasse?“, „Kommt jetzt der Machtwechsel im Kanzleramt?“, „Was
  wird aus den Beschäftigten in Gütersloh?“, „Die Noten der Nati-Spieler: Wer hat in Wien
  enttäuscht?“, "Where is Hurricane Teodora headed next?", "Is the NHS finally turning a
  corner?", "Did the Budget do enough for renters?", "Will the RBA cut before Christmas?",
  "Should you buy the dip in tech stocks?", "Storm Ffion: Is my train cancelled?", "What's
  in the disaster aid bill – and what's not?". A claim that closes on a teaser question
  keeps its claim (three-hundred-and-eightieth): „Teuerung fällt auf 2,4 Prozent – ist das
  Schlimmste jetzt vorbei?“ 2.4, "NHS waiting list falls for fifth month in a row – but is
  it enough?" ordinal 5, "Renters' credit raised to €1,250 – but will it make any
  difference?" 1,250 EUR. New: a question answered in the same line is check-worthy with the
  answer's figures - the answer states the fact, and the question before it leads in as the
  label before a colon does, the mirror of the three-hundred-and-eightieth's claim before a
  question: „Zahlt die Versicherung? Nur bei jedem vierten Haus ist Hochwasser
  mitversichert“ 0.25 („Nur“ no hedge), „Wie viel zahle ich im Kanton Zürich? Im Schnitt
  438.90 Franken im Monat“ 438.90 CHF, "How strong is Teodora? Winds of 120 mph at landfall"
  120, and without a figure „Gilt mein Ticket noch? Ja – die Bahn hebt die Zugbindung für
  alle Fahrten bis Sonntag auf“ (the bare „Ja“ answers, the act after the dash carries the
  row).
- New: a claim followed by a service pointer keeps its claim, as a claim before a teaser
  question does (three-hundred-and-eightieth): "Rates on hold at 3.35pc: here's what it
  means for your mortgage" 3.35, "Seven Florida counties under mandatory evacuation orders:
  the full list" 7, and „Zwölf Stunden Stillstand: Was der Bahnstreik für Pendler bedeutet“
  12 hours - the slot before the colon states the strike's length as „Nach sechs Spielen
  ohne Sieg:“ stated its six (four-hundred-and-sixty-first), and the service heading after
  it (a negative alone, thirty-fourth: „Fragen und Antworten: Was ... bedeutet“) takes
  nothing away. New: the „So viel ...“ teaser hides its figure behind a pointer and is a
  negative as a teaser question is: „Prämien-Hammer! So viel mehr zahlen Sie im nächsten
  Jahr“, „Pensionsrechner: So viel bekommen Sie ab Jänner mehr“, „Video: So heftig wütete
  der Föhn in Chur“ (a video pointer, as "In Pictures:", four-hundred-and-fifty-third); so
  are the service headings „Der große Preis-Check: Wo Sie jetzt noch sparen können“, „Frost,
  Glätte, Winterreifen: Was Autofahrer jetzt wissen müssen“ and „Notlandung in Zürich: Was
  wir wissen – und was nicht“ (four-hundred-and-sixth: "What we know so far about the
  tornado outbreak").
- New: numbered listicle headlines. A listicle headline whose number counts the places,
  cases or items it states a fact about is check-worthy with its figures, the count in
  digits or in words alike: „In diesen 6 Kantonen steigen die Prämien um mehr als 6 Prozent“
  6 and 6 "over", „In 9 von 16 Ländern gibt es bereits ein vergünstigtes Sozialticket“ 9 and
  16, "5 Sydney suburbs where house prices fell more than 8% this year" 5 and 8 "over"
  ("fell" a direction word, no sign), "Ten NHS trusts still have patients who have waited
  more than two years for treatment" 10 and 2 years "over", "Rents rose by more than 10% in
  seven of the UK's 20 biggest cities, figures show" 10 "over", 7 and 20, and "Seven Florida
  counties ...: the full list" above. The numbered items under such a headline are
  check-worthy with the rank as an ordinal and the change, as a standings line's "1. Toronto
  10 points" (two-hundred-and-ninety-ninth) and a factbox's bullets
  (four-hundred-and-seventy-fifth): „1. Tessin: +7,9 Prozent“ ordinal 1 and 7.9 („+“ none),
  „2. Neuenburg: +7,1 Prozent“, „3. Jura: +6,8 Prozent“, „4. Genf: +6,5 Prozent“, "1.
  Manchester: +13.4%", "2. Bristol: +12.1%", "1. Dee Why: -9.6%" ordinal 1 and -9.6 (the
  glued sign the sign). A listicle that counts only the article's own points ("Five things
  to watch in the Premier League this weekend", two-hundred-and-ninety-ninth; "FACTBOX-Five
  things to know about ...", hundred-eighty-second) was a negative with its count labelled;
  as the brief for these batches asks negatives to carry no figure, this batch writes none.
- New: kicker lines (a German Dachzeile or Spitzmarke, an English kicker) sent as their own
  line name a topic or a format and are negatives, as section labels ("Inland", "World",
  forty-third) and headings are: „Unwetter in Niederösterreich“, „Tarifkonflikt bei der
  Bahn“, „Exklusiv“, "Hurricane Teodora", "Interest rates". The briefings' headings are
  negatives as the morning overviews were (hundred-eighty-second: "Here's what you need to
  know before markets open"; four-hundred-and-sixty-first: "dpa-Tagesvorschau: ..."): „Guten
  Morgen! Das ist heute wichtig“, "Your morning briefing: a hurricane in Florida, Ireland's
  budget and the RBA's call". New: a quote headline of feeling with its speaker before the
  colon is a negative as the quote it carries, and the slot names no speaker (forty-third: a
  name before the colon unchecked): „Bürgermeister von Gars: „So etwas haben wir hier noch
  nie erlebt““, „Leserreporter: „Es hat fürchterlich geknallt““.
- Key points (four-hundred-and-seventy-fifth): the lead-in "The Budget at a glance: the key
  points" is a negative as "Key points from the Budget:"; each bullet is check-worthy, the
  "- " marker carrying nothing: "- Minimum wage up 70 cent to €15.20 an hour from January"
  0.70 and 15.20 EUR (cent a hundredth of a euro, twelfth: "up 9 cent"; "an hour" none), "-
  Standard rate band widened by €2,000 to €48,000", "- State pension up €15 a week to €307"
  ("a week" none), "- Carbon tax up €7.50 a tonne, adding 2.1 cent to a litre of petrol"
  7.50 and 0.021 EUR ("a tonne", "a litre" none), "- Renters' tax credit up €250 to €1,250".
- Football on the sites (four-hundred-and-thirtieth, four-hundred-and-fifty-third,
  four-hundred-and-sixty-first, four-hundred-and-seventy-fifth): „⚽ TOR für Österreich! Leon
  Stadlhofer-Brunn trifft zum 1:0 (23.)“ ordinal 23 (the minute in brackets; „TOR“ and the
  emoji nothing, four-hundred-and-sixty-first: „TOOOR“), „⚽ Ausgleich! Luca Cavelti-Bühler
  köpft zum 1:1 ein (58.)“ 58, „⚽ TOR! Stadlhofer-Brunn schnürt den Doppelpack – 2:1 für
  Österreich (81.)“ 81 („Doppelpack“ none), „45. Min.: Pause im Ernst-Happel-Stadion,
  Österreich führt mit 1:0.“ 45. New: "⚽ GOAL: England 1-0 Wales (Ashby-Cole 34')" gives 34
  - the push's "GOAL:" carries nothing as PA's "GOAL!" (four-hundred-and-fifty-third), and
  the minute with a prime is an ordinal as „23'“ (four-hundred-and-thirtieth). "71 min:
  Wales down to 10 men as Rhys Pengelly-Hart is shown a second yellow." ordinal 71, 10 and
  ordinal 2; "a 2-0 win over 10-man Wales in front of 81,442 fans" 10
  (four-hundred-and-seventy-fifth: "10-man Benfica") and 81,442; "five points clear" 5; „vor
  46.300 Zuschauern“, „seit neun Länderspielen ungeschlagen“ 9, „beim zweiten Tor“ ordinal
  2, „auf Platz 19“ ordinal 19 (first batch: „auf Platz drei“); scores none.
- Counts, measures, money and hedges as every batch: "Category 3 storm" and "a Category 4"
  counts (forty-third: "Category 5"), "120 mph", "140 mph", "80mph gusts" and „163
  Kilometern pro Stunde“ counts, "Gusts of up to 85mph", "gusts hit up to 70km/h" and „Böen
  von bis zu 163 Kilometern pro Stunde“ "up_to" (forty-third: „bis zu 140 km/h“), "37.2C" a
  count (forty-third: "47.4C"), „mehr als 140 Liter Regen pro Quadratmeter“ 140 "over",
  „über 2.300 Feuerwehrleute“ "over", „auf rund 8,60 Meter“ 8.6 "about", „31 Gemeinden“, „19
  Landesstraßen“, "more than 2,400 hectares" "over", "64 fires ..., 21 of them not yet
  contained" 64 and 21, "At least 11 homes" "at_least", "Nearly 2,000 flights" "nearly", "an
  estimated €2.3 million" "about" (ninth: "worth an estimated £90m"), "Two men in their 30s"
  2 (the decade of age none, fifty-fifth: "a man in his 30s"), "Insured losses could reach
  $14 billion" with no hedge (twelfth: "could reach $40 billion"), "cut twice more before
  June" 2 (three-hundred-and-first: "twice"), "The 10-year Treasury yield" 10 years
  (three-hundred-and-fifty-sixth: "10-yr yield"), "*S&P 500 CLOSES UP 0.9% AT 7,905.32;
  NASDAQ UP 1.4%" as Bloomberg's flashes (four-hundred-and-sixty-first), "Twenty-four
  Republicans joined all 47 Democrats" 24 and 47 ("all" no hedge), "voted 71-27" two counts
  (four-hundred-and-sixty-first), Australian "$600,000" and "about $1,150 a month" AUD ("$"
  in Australian copy, four-hundred-and-seventy-ninth, four-hundred-and-eighty-third),
  "3.35pc", "3.35 per cent", "3.4 per cent", "3.1 per cent", "0.3 per cent", "9,412.6
  points", "£1,480 a month", "£2,710 a month", "9% lower", „Fr. 118.40“ and „431.20 Franken“
  CHF (three-hundred-and-sixtieth: „Fr. 408.60“), „über 200'000 Franken“ "over" and „88'000“
  (the Swiss apostrophe, tenth), „gut 22 Prozent“ 22 "over" (four-hundred-and-seventy-fifth:
  „gut 21 Prozent“), „Pensionen bis 1.800 Euro brutto“ 1,800 EUR "up_to"
  (two-hundred-and-fiftieth: „mit einem Listenpreis bis 48.000 Euro“), „knapp 900.000
  Menschen“ "nearly", „mindestens 380 Euro monatlich“ "at_least", „auf bis zu 75 Euro“
  "up_to", „unter 2 Prozent“ "under", „um fast 40 Prozent“ "nearly", „rund 2.400 seiner
  9.800 Stellen“ 2,400 "about" and 9,800, „Rund 1.100 der wegfallenden Stellen“ "about",
  „rund 14,2 Millionen Menschen“, „rund 180.000 Beschäftigte“, „in zwei Stufen“ 2, „um zwei
  Prozentpunkte“, „zwei Punkte“ in a poll headline (a party's loss in points is percentage
  points, four-hundred-and-fifty-third: "Widens to 6 Points"), „um 0,3 Prozentpunkte“ and
  „3,1 Prozentpunkten“ "pp", „seinen drittgrößten Arbeitgeber“ ordinal 3 (first batch: „die
  zweitgrößte Stadt“), „das dritte Hochwasser“ ordinal 3, "the fourth hurricane" ordinal 4,
  "the season's sixth named storm" ordinal 6, "for the third meeting running" ordinal 3,
  „zwölfstündiger Warnstreik“ and „Zwölf Stunden“ 12 hours, „zwölf Monate“ and „26 Monate“
  months, „während rund zwei Stunden“ 2 hours "about", "inside 18 weeks" 18 weeks with no
  hedge, "Man, 41," and "a 41-year-old man" 41 years. None: "Lotto 6aus49", "ASX 200", "S&P
  500", "A330s", "Airbus A330", „Tramlinien 4 und 15“ (line numbers names, forty-third:
  "A1"), "20 Minuten", the clocks („bis 18 Uhr“, "from 6pm", "until at least noon
  Wednesday"), „heuer“, „im kommenden Jahr“, „im nächsten Jahr“, „bis zum Abend“, „bis
  Mittwochfrüh“, „ab Januar“, „von Januar bis Juni“, „seit Sonntag“, „Bis am Morgen“, „bis
  Jänner“, "this season", "this year", "this winter", "since May", "since January", "since
  Monday", "by Sunday night", "late Monday", "in the year to September", "a year earlier",
  "on the month", the weekdays and the months.
- Years and dates: „2035“ in the premium push and its story, „bis Ende 2036“ twice, „Ende
  2036“, „für 2036“, „seit 2032“, „seit 2030“, „seit 2029“, „bis 2038“, "the target for
  March 2035", "for 2035", "in 2035", "Budget 2035", "since 2021" and "in May 2030" the
  years; „Ab dem 1. Januar 2035“ and „mit 1. Jänner 2035“ 2035-01-01, „ab 1. Jänner“
  --01-01, „zwischen 2. und 6. Oktober“ --10-02 and --10-06 (the month written once serving
  the first day, seventy-seventh). Datelines without a day carry none (seventy-ninth,
  hundred-eighty-second): APA („St. Pölten (APA) -“, „Krems (APA) -“, „Wien (APA) -“ four
  times), dpa („Berlin (dpa) -“ twice, „Bielefeld (dpa) -“, „Offenbach (dpa) -“, „Münster
  (dpa) -“), Reuters German („Berlin (Reuters) -“), Keystone-SDA („Bern (Keystone-SDA) -“,
  „Chur (Keystone-SDA) -“, „Zürich (Keystone-SDA) -“ twice), AP ("CEDAR KEY, Fla. (AP) —",
  "NEW YORK (AP) —", "WASHINGTON (AP) —"), PA ("LONDON (PA) -" three times, "DUBLIN (PA) -",
  "CORK (PA) -", "LEEDS (PA) -") and AAP ("SYDNEY (AAP) -" three times).
- Speakers, checked only in forms the earlier batches settled, in the first sentences and
  the lines after them, never in a headline, a push, a kicker, a listicle item or a ticker
  entry. German: „teilte das Landesfeuerwehrkommando mit“ (forty-third: „teilte die
  Feuerwehr mit“), „sagte Hydrologin Martina Staudinger-Lenz vom Land Niederösterreich“ the
  name with the title and the body dropped (four-hundred-and-seventy-fifth: „sagte
  Marktstratege ... von der Rheinufer Bank“), „sagte EVG-Verhandlungsführerin Kerstin
  Wollschläger-Daum“ and „sagte Santésuisse-Direktor Beat Zimmerli-Frei“ the name with the
  compound title dropped (four-hundred-and-seventy-fifth: „ZSC-Trainer“), „wie das BAG am
  Dienstag mitteilte“ -> "das BAG" (sixty-fourth; the weekday dropped), „sagte
  Gesundheitsministerin Regula Imhof-Sutter in Bern“ (the place dropped, as the occasion,
  hundred-eighty-eighth), „teilte die Statistik Austria am Dienstag mit“
  (two-hundred-and-twenty-eighth), „sagte Statistik-Austria-Generaldirektor Tobias
  Reiterer-Hahn“ after a stated cause (check-worthy without a figure, ninety-eighth), „sagte
  Institutsleiterin Sabine Großauer-Lind“, „wie das Unternehmen am Dienstag mitteilte“ ->
  "das Unternehmen", „sagte Konzernchefin Annika Reuschenbach-Tal“, „wie die Kantonspolizei
  Graubünden mitteilte“ (four-hundred-and-thirtieth: „wie die Kantonspolizei Schaffhausen
  mitteilte“), „sagte Teamchef Rainer Obermoser-Haid“, „sagte Sozialministerin Brigitte
  Weinzettl-Moser“ (four-hundred-and-seventy-fifth: the title dropped), „wie die
  Stadtpolizei Zürich mitteilte“, „wie Westlotto mitteilte“ as written
  (four-hundred-and-sixth: "Lufthansa said"), „wie die Fluggesellschaft mitteilte“ -> "die
  Fluggesellschaft" (four-hundred-and-sixth: „teilte der Verein mit“). English: "The
  National Hurricane Center said ..." after the dateline with the article lowered
  (hundred-fourteenth), "the Alachua County Sheriff's Office said", "Florida Power & Light
  said ..." the name with its ampersand (four-hundred-and-seventy-fifth: "Keystone &
  Western"), "said Marisol Quintero-Vance, a catastrophe modeler at Brightwater Analytics"
  and "said Rosalind Achterberg-Lee, chief investment officer at Fairhaven Partners" the
  name (three-hundred-and-fifty-sixth), "NHS England said ..." after the dateline
  (two-hundredth), "Health Secretary Imogen Radcliffe-Osei said", "RFS Commissioner Brett
  Kolovos-Hale said" and "England manager Graham Thistlewood-Ayo said" the name with the
  role dropped (four-hundred-and-sixty-first), "Minister for Finance Ciarán Moynihan-Lodge
  told the Dáil" the name, the chamber an audience dropped as "told analysts"
  (four-hundred-and-fifty-third), "The Irish Fiscal Advisory Council said" with the article
  lowered, "Governor Philippa Harcourt-Lim told reporters" (three-hundred-and-fourteenth),
  "the NSW Rural Fire Service said", "Rightmove said" as written, "the Met Office said",
  "Network Rail said" (forty-third), "Sen. Lyle Brannock-Hayes, R-Okla., said" the name
  (four-hundred-and-seventy-fifth: "Rep. ..., R-Ohio,"), "the airline said"
  (hundred-twenty-third: "the company said"), "West Yorkshire Police said ..." after the
  dateline. Left unchecked (None): the push's sender, labels and names before colons,
  flashes, list items and ticker entries („nach Angaben der Bahn“), present-tense
  attribution ("figures show", „rechnet“, "forecasters say", "The governor says"), „gemäss
  Kantonspolizei“ (four-hundred-and-fourth: „gemäss“ left open), "according to utility
  data", "according to flight-tracking data", "according to Canstar", "according to the
  property portal Rightmove", "according to the Department of Finance" and "according to
  early damage assessments" (two-hundred-and-sixty-sixth and the later rounds: "according
  to"), "Australian Bureau of Statistics figures showed" (data,
  four-hundred-and-fifty-third), "The Government expects" and „Ökonomen erwarten“ (an
  expectation, not a saying; plural), joint and plural sources („wie beide Seiten
  mitteilten“, „darauf einigten sich die Verkehrsministerinnen und -minister der Länder“), a
  body's decision („das hat der Ministerrat ... beschlossen“), roles („sagte ein Meteorologe
  des Deutschen Wetterdienstes“), rows without attribution and all negatives, also those
  with a named speaker. Check-worthy without a figure beside them: a stated cause
  (Reiterer-Hahn), a denial of a step (Harcourt-Lim), a restoration timetable (Florida Power
  & Light), a closure (Network Rail, Tampa International Airport), an injury
  (Thistlewood-Ayo) and the reported absence „Verletzt wurde gemäss Kantonspolizei niemand.“
  (three-hundred-and-fifty-sixth, four-hundred-and-thirtieth); an expectation with a figure
  is check-worthy („Ökonomen erwarten, dass die Teuerung bis Jänner unter 2 Prozent fällt.“
  2 "under"; "The Government expects a budget surplus of €6.2 billion in 2035, or 1.1% of
  national income."; hundred-eighty-second).
- Negatives (fourteenth, thirty-second, forty-third, ninety-eighth, two-hundred-and-fourth
  and the fourteen rounds), besides the kickers, briefing headings, frames, filler, scene
  lines, teaser questions, „So viel ...“ teasers, service headings, the key-point lead-in,
  quote headlines and the call above: opinion and ratings labels ("Opinion: Florida keeps
  rebuilding in harm's way", "Opinion: The RBA is right to sit on its hands", "Player
  ratings: Ashby-Cole shines on a night England barely had to try";
  four-hundred-and-sixty-first); the heading "Stocks making the biggest moves midday"
  (four-hundred-and-thirtieth: "Wirtschaft kompakt"); labels („Ein Bahnsprecher nannte den
  Streik „völlig unverhältnismäßig“.“, „Die Bundesrätin sprach von einer Entwicklung, „die
  uns alle Sorgen machen muss“.“, „Betriebsratschef Dirk Hollenstein-Weber sprach von einem
  „Kahlschlag mit Ansage“.“, „Obermoser-Haid sprach von einem „Abend, den sich diese
  Mannschaft verdient hat“.“, "The shadow health secretary called the figures "a drop in a
  very deep ocean".", "Opposition finance spokesperson Niamh Costigan-Ward called it "a
  giveaway with no plan behind it"."); advice ("Stay indoors, and follow the instructions of
  local officials.", "If your plan is to leave, leave now."; four-hundred-and-thirtieth). As
  the brief for these batches asks, negatives carry no expected quantities, and this batch
  writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_490 = [
    # --- Morgen-Briefing and morning briefing (news sites' newsletters and pushes), Tuesday, October 10 ---
    ("de", "Guten Morgen! Das ist heute wichtig", False, [], None),
    ("en", "Your morning briefing: a hurricane in Florida, Ireland's budget and the RBA's call", False, [], None),
    # --- Hochwasser im Kamptal (ORF.at, APA), Niederösterreich ---
    ("de", "🔴 Eilmeldung: Kamp tritt über die Ufer – Zivilschutzalarm in Zwettl und Gars", True, [], None),
    ("de", "Unwetter in Niederösterreich", False, [], None),
    (
        "de",
        "Pegel des Kamp steigt auf über fünf Meter – Häuser in Gars evakuiert",
        True,
        [("count", 5, None, "over")],
        None,
    ),
    (
        "de",
        "Im Waldviertel sind seit Sonntag mehr als 140 Liter Regen pro Quadratmeter gefallen, über 2.300 Feuerwehrleute stehen im Einsatz.",
        True,
        [("count", 140, None, "over"), ("count", 2300, None, "over")],
        None,
    ),
    (
        "de",
        "St. Pölten (APA) - Nach tagelangem Starkregen sind am Dienstag in den Bezirken Zwettl und Krems mehr als 400 Menschen aus ihren Häusern gebracht worden, teilte das Landesfeuerwehrkommando mit.",
        True,
        [("count", 400, None, "over")],
        "das Landesfeuerwehrkommando",
    ),
    ("de", "LIVE: Hochwasser in Niederösterreich – alle Entwicklungen im Liveblog", False, [], None),
    ("de", "+++ 07.45 Uhr: Kamp in Zwettl erreicht 5,12 Meter +++", True, [("count", 5.12, None, None)], None),
    ("de", "+++ 08.30 Uhr: Katastrophenalarm für vier Bezirke ausgerufen +++", True, [("count", 4, None, None)], None),
    ("de", "+++ 09.10 Uhr: Wir halten Sie an dieser Stelle auf dem Laufenden +++", False, [], None),
    ("de", "+++ 10.05 Uhr: ÖBB sperren die Kamptalbahn bis mindestens Donnerstag +++", True, [], None),
    ("de", "+++ 11.20 Uhr: Bilder aus Gars zeigen überflutete Gassen und volle Keller +++", False, [], None),
    (
        "de",
        "+++ 12.40 Uhr: Geosphere Austria hebt die Unwetterwarnung für das Waldviertel auf Rot an +++",
        True,
        [],
        None,
    ),
    (
        "de",
        "+++ 13.15 Uhr: Bundesheer schickt 250 Soldatinnen und Soldaten ins Kamptal +++",
        True,
        [("count", 250, None, None)],
        None,
    ),
    ("de", "Hochwasser im Kamptal: Wer zahlt für die Schäden?", False, [], None),
    (
        "de",
        "Zahlt die Versicherung? Nur bei jedem vierten Haus ist Hochwasser mitversichert",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "Bürgermeister von Gars: „So etwas haben wir hier noch nie erlebt“", False, [], None),
    (
        "de",
        "Krems (APA) - Die Donau bei Kienstock wird bis Mittwochfrüh auf rund 8,60 Meter steigen, sagte Hydrologin Martina Staudinger-Lenz vom Land Niederösterreich.",
        True,
        [("count", 8.6, None, "about")],
        "Martina Staudinger-Lenz",
    ),
    ("de", "Heuer ist es bereits das dritte Hochwasser im Kamptal.", True, [("ordinal", 3, None, None)], None),
    (
        "de",
        "Im Kamptal sind 31 Gemeinden von Überflutungen betroffen, 19 Landesstraßen sind gesperrt.",
        True,
        [("count", 31, None, None), ("count", 19, None, None)],
        None,
    ),
    # --- Hurricane Teodora (AP, NBC News, live pages), Florida ---
    (
        "en",
        "BREAKING: Hurricane Teodora makes landfall near Cedar Key, Florida, as a Category 3 storm",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("en", "Hurricane Teodora", False, [], None),
    ("en", "LIVE UPDATES: Hurricane Teodora", False, [], None),
    (
        "en",
        "Hurricane Teodora live: More than 900,000 without power as storm moves inland",
        True,
        [("count", 900000, None, "over")],
        None,
    ),
    ("en", "Where is Hurricane Teodora headed next?", False, [], None),
    ("en", "How strong is Teodora? Winds of 120 mph at landfall", True, [("count", 120, None, None)], None),
    (
        "en",
        "CEDAR KEY, Fla. (AP) — The National Hurricane Center said Teodora came ashore near Cedar Key early Tuesday as a Category 3 hurricane packing top winds of 120 mph.",
        True,
        [("count", 3, None, None), ("count", 120, None, None)],
        "the National Hurricane Center",
    ),
    (
        "en",
        "The storm had strengthened to a Category 4 with winds of 140 mph over the Gulf on Monday night.",
        True,
        [("count", 4, None, None), ("count", 140, None, None)],
        None,
    ),
    (
        "en",
        "7:42 a.m. EDT — More than 910,000 homes and businesses in Florida are without power, according to utility data.",
        True,
        [("count", 910000, None, "over")],
        None,
    ),
    (
        "en",
        "8:15 a.m. EDT — Forecasters say the surge could push water up to 12 feet above ground between Cedar Key and Apalachicola.",
        True,
        [("count", 12, None, "up_to")],
        None,
    ),
    ("en", "8:40 a.m. EDT — We'll keep updating this page throughout the day.", False, [], None),
    (
        "en",
        "9:05 a.m. EDT — Video shows waves crashing over the seawall and into the streets of Cedar Key.",
        False,
        [],
        None,
    ),
    (
        "en",
        "9:30 a.m. EDT — The governor says 3,500 National Guard troops have been deployed across 14 counties.",
        True,
        [("count", 3500, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Seven Florida counties under mandatory evacuation orders: the full list",
        True,
        [("count", 7, None, None)],
        None,
    ),
    ("en", "NBC News: Two dead in Florida as Teodora pushes inland", True, [("count", 2, None, None)], None),
    (
        "en",
        "Two people were killed when a tree fell onto their car in Gainesville, the Alachua County Sheriff's Office said.",
        True,
        [("count", 2, None, None)],
        "the Alachua County Sheriff's Office",
    ),
    (
        "en",
        "Teodora is the fourth hurricane to strike Florida this season, and the strongest.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Florida Power & Light said it expected to restore power to most customers by Sunday night.",
        True,
        [],
        "Florida Power & Light",
    ),
    ("en", "CNN: FAA halts departures at Tampa International Airport as Teodora nears", True, [], None),
    ("en", "Tampa International Airport will stay closed until at least noon Wednesday.", True, [], None),
    (
        "en",
        "Nearly 2,000 flights have been cancelled at Florida airports since Monday, according to flight-tracking data.",
        True,
        [("count", 2000, None, "nearly")],
        None,
    ),
    (
        "en",
        "Insured losses could reach $14 billion, said Marisol Quintero-Vance, a catastrophe modeler at Brightwater Analytics.",
        True,
        [("money", 14000000000, "USD", None)],
        "Marisol Quintero-Vance",
    ),
    ("en", "Stay indoors, and follow the instructions of local officials.", False, [], None),
    ("en", "Opinion: Florida keeps rebuilding in harm's way", False, [], None),
    (
        "en",
        "The Latest: Teodora weakens to Category 1 as it crosses into Georgia",
        True,
        [("count", 1, None, None)],
        None,
    ),
    # --- Bahnstreik (tagesschau.de, SPIEGEL, dpa, Reuters) ---
    ("de", "tagesschau: EVG legt Bahnverkehr bundesweit lahm – Warnstreik bis 18 Uhr", True, [], None),
    ("de", "Tarifkonflikt bei der Bahn", False, [], None),
    (
        "de",
        "Zwölf Stunden Stillstand: Was der Bahnstreik für Pendler bedeutet",
        True,
        [("duration", 12, "hour", None)],
        None,
    ),
    ("de", "Bahnstreik: Fährt heute überhaupt noch ein Zug?", False, [], None),
    ("de", "Gilt mein Ticket noch? Ja – die Bahn hebt die Zugbindung für alle Fahrten bis Sonntag auf", True, [], None),
    (
        "de",
        "Berlin (dpa) - Ein zwölfstündiger Warnstreik der Gewerkschaft EVG hat am Dienstag den Zugverkehr der Deutschen Bahn in ganz Deutschland weitgehend lahmgelegt.",
        True,
        [("duration", 12, "hour", None)],
        None,
    ),
    (
        "de",
        "Die EVG verlangt für rund 180.000 Beschäftigte ein Plus von 7,5 Prozent oder mindestens 380 Euro monatlich, der neue Vertrag soll zwölf Monate laufen.",
        True,
        [
            ("count", 180000, None, "about"),
            ("percent", 7.5, "%", None),
            ("money", 380, "EUR", "at_least"),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Die Bahn habe bisher 4,2 Prozent in zwei Stufen angeboten, sagte EVG-Verhandlungsführerin Kerstin Wollschläger-Daum.",
        True,
        [("percent", 4.2, "%", None), ("count", 2, None, None)],
        "Kerstin Wollschläger-Daum",
    ),
    ("de", "Liveblog: Bahnstreik – die Lage an den Bahnhöfen", False, [], None),
    (
        "de",
        "06:58 Uhr – Am Hamburger Hauptbahnhof sind die Anzeigetafeln fast leer, die Bahnsteige verwaist.",
        False,
        [],
        None,
    ),
    (
        "de",
        "07:15 Uhr – Bundesweit fahren nach Angaben der Bahn nur rund 20 Prozent der Regionalzüge.",
        True,
        [("percent", 20, "%", "about")],
        None,
    ),
    (
        "de",
        "08:02 Uhr – Im Fernverkehr fallen bis zum Abend mehr als 1.100 Verbindungen aus.",
        True,
        [("count", 1100, None, "over")],
        None,
    ),
    ("de", "Ein Bahnsprecher nannte den Streik „völlig unverhältnismäßig“.", False, [], None),
    (
        "de",
        "🔴 EIL: Durchbruch im Tarifstreit – Bahn und EVG einigen sich auf 5,6 Prozent mehr Lohn",
        True,
        [("percent", 5.6, "%", None)],
        None,
    ),
    (
        "de",
        "Berlin (Reuters) - Deutsche Bahn und EVG haben sich am Dienstagabend auf ein Lohnplus von insgesamt 5,6 Prozent geeinigt, das in zwei Stufen kommt und 26 Monate gilt, wie beide Seiten mitteilten.",
        True,
        [("percent", 5.6, "%", None), ("count", 2, None, None), ("duration", 26, "month", None)],
        None,
    ),
    ("de", "Weitere Streiks sind damit bis Ende 2036 ausgeschlossen.", True, [("year", 2036, None, None)], None),
    ("de", "+++ Bahn: Fernverkehr läuft ab Mittwochfrüh wieder nach Plan +++", True, [], None),
    # --- NHS waiting list (BBC News, Sky News, PA, a politics live blog), London ---
    ("en", "BBC News: NHS waiting list in England falls to 6.92 million", True, [("count", 6920000, None, None)], None),
    (
        "en",
        "NHS waiting list falls for fifth month in a row – but is it enough?",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    ("en", "Is the NHS finally turning a corner?", False, [], None),
    (
        "en",
        "LONDON (PA) - NHS England said the backlog of patients waiting for planned hospital care in England dropped to 6.92 million in August from 6.98 million in July.",
        True,
        [("count", 6920000, None, None), ("count", 6980000, None, None)],
        "NHS England",
    ),
    (
        "en",
        "About 58.4% of those on the list had been seen inside 18 weeks, while the target for March 2035 is 65%.",
        True,
        [
            ("percent", 58.4, "%", "about"),
            ("duration", 18, "week", None),
            ("year", 2035, None, None),
            ("percent", 65, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Health Secretary Imogen Radcliffe-Osei said the list had fallen by 410,000 since January.",
        True,
        [("count", 410000, None, None)],
        "Imogen Radcliffe-Osei",
    ),
    ("en", "UK politics live: follow the latest from Westminster", False, [], None),
    (
        "en",
        "11.32am BST: A&E performance also improved, with 76.1% of patients seen within four hours in September.",
        True,
        [("percent", 76.1, "%", None), ("duration", 4, "hour", None)],
        None,
    ),
    (
        "en",
        "11.58am BST: The number of patients waiting more than 52 weeks fell to 118,000, down 9,400 on the month.",
        True,
        [("duration", 52, "week", "over"), ("count", 118000, None, None), ("count", 9400, None, None)],
        None,
    ),
    ("en", "11.45am BST: Here's a quick recap of where things stand.", False, [], None),
    (
        "en",
        "Sky News: Ambulance response times for strokes at best level since 2021",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    ("en", 'The shadow health secretary called the figures "a drop in a very deep ocean".', False, [], None),
    (
        "en",
        "Ten NHS trusts still have patients who have waited more than two years for treatment",
        True,
        [("count", 10, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    # --- Krankenkassenprämien 2035 (SRF News, Blick, 20 Minuten, Keystone-SDA), Bern ---
    (
        "de",
        "SRF News: Krankenkassenprämien steigen 2035 im Schnitt um 4,8 Prozent",
        True,
        [("year", 2035, None, None), ("percent", 4.8, "%", None)],
        None,
    ),
    ("de", "Prämien-Hammer! So viel mehr zahlen Sie im nächsten Jahr", False, [], None),
    (
        "de",
        "In diesen 6 Kantonen steigen die Prämien um mehr als 6 Prozent",
        True,
        [("count", 6, None, None), ("percent", 6, "%", "over")],
        None,
    ),
    ("de", "1. Tessin: +7,9 Prozent", True, [("ordinal", 1, None, None), ("percent", 7.9, "%", None)], None),
    ("de", "2. Neuenburg: +7,1 Prozent", True, [("ordinal", 2, None, None), ("percent", 7.1, "%", None)], None),
    ("de", "3. Jura: +6,8 Prozent", True, [("ordinal", 3, None, None), ("percent", 6.8, "%", None)], None),
    ("de", "4. Genf: +6,5 Prozent", True, [("ordinal", 4, None, None), ("percent", 6.5, "%", None)], None),
    (
        "de",
        "Bern (Keystone-SDA) - Die durchschnittliche Monatsprämie einer erwachsenen Person klettert 2035 um 4,8 Prozent auf 431.20 Franken, wie das BAG am Dienstag mitteilte.",
        True,
        [("year", 2035, None, None), ("percent", 4.8, "%", None), ("money", 431.2, "CHF", None)],
        "das BAG",
    ),
    (
        "de",
        "Für Kinder steigt die Prämie um 4,1 Prozent auf Fr. 118.40, für junge Erwachsene um 4,5 Prozent.",
        True,
        [("percent", 4.1, "%", None), ("money", 118.4, "CHF", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "de",
        "In der Grundversicherung seien die Kosten von Januar bis Juni um 5,3 Prozent gewachsen, sagte Gesundheitsministerin Regula Imhof-Sutter in Bern.",
        True,
        [("percent", 5.3, "%", None)],
        "Regula Imhof-Sutter",
    ),
    ("de", "Die Bundesrätin sprach von einer Entwicklung, „die uns alle Sorgen machen muss“.", False, [], None),
    ("de", "Lohnt sich jetzt ein Wechsel der Krankenkasse?", False, [], None),
    (
        "de",
        "Wie viel zahle ich im Kanton Zürich? Im Schnitt 438.90 Franken im Monat",
        True,
        [("money", 438.9, "CHF", None)],
        None,
    ),
    (
        "de",
        "Santésuisse rechnet auch für 2036 mit einem Anstieg von rund 5 Prozent",
        True,
        [("year", 2036, None, None), ("percent", 5, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Versicherer hätten ihre Reserven seit 2032 um 1,4 Milliarden Franken abgebaut, sagte Santésuisse-Direktor Beat Zimmerli-Frei.",
        True,
        [("year", 2032, None, None), ("money", 1400000000, "CHF", None)],
        "Beat Zimmerli-Frei",
    ),
    (
        "de",
        "Seit 2030 sind die Prämien damit um gut 22 Prozent gestiegen.",
        True,
        [("year", 2030, None, None), ("percent", 22, "%", "over")],
        None,
    ),
    # --- Irish Budget (RTÉ News, The Irish Times, PA), Dublin ---
    (
        "en",
        "RTÉ News: €9.4bn Budget package unveiled, including €1.6bn in tax cuts",
        True,
        [("money", 9400000000, "EUR", None), ("money", 1600000000, "EUR", None)],
        None,
    ),
    ("en", "Budget live: follow all the updates from Leinster House", False, [], None),
    ("en", "The Budget at a glance: the key points", False, [], None),
    (
        "en",
        "- Minimum wage up 70 cent to €15.20 an hour from January",
        True,
        [("money", 0.7, "EUR", None), ("money", 15.2, "EUR", None)],
        None,
    ),
    (
        "en",
        "- Standard rate band widened by €2,000 to €48,000",
        True,
        [("money", 2000, "EUR", None), ("money", 48000, "EUR", None)],
        None,
    ),
    (
        "en",
        "- State pension up €15 a week to €307",
        True,
        [("money", 15, "EUR", None), ("money", 307, "EUR", None)],
        None,
    ),
    (
        "en",
        "- Carbon tax up €7.50 a tonne, adding 2.1 cent to a litre of petrol",
        True,
        [("money", 7.5, "EUR", None), ("money", 0.021, "EUR", None)],
        None,
    ),
    (
        "en",
        "- Renters' tax credit up €250 to €1,250",
        True,
        [("money", 250, "EUR", None), ("money", 1250, "EUR", None)],
        None,
    ),
    (
        "en",
        "The Irish Times: Budget 2035 – childcare subsidy rises by €50 a month per child",
        True,
        [("year", 2035, None, None), ("money", 50, "EUR", None)],
        None,
    ),
    (
        "en",
        "DUBLIN (PA) - The Government has unveiled a €9.4 billion budget package for 2035, with €1.6 billion in tax measures and €7.8 billion in extra spending, Minister for Finance Ciarán Moynihan-Lodge told the Dáil.",
        True,
        [
            ("money", 9400000000, "EUR", None),
            ("year", 2035, None, None),
            ("money", 1600000000, "EUR", None),
            ("money", 7800000000, "EUR", None),
        ],
        "Ciarán Moynihan-Lodge",
    ),
    ("en", "Did the Budget do enough for renters?", False, [], None),
    (
        "en",
        "Renters' credit raised to €1,250 – but will it make any difference?",
        True,
        [("money", 1250, "EUR", None)],
        None,
    ),
    (
        "en",
        "The Irish Fiscal Advisory Council said the package broke the Government's own spending rule by €2.1 billion.",
        True,
        [("money", 2100000000, "EUR", None)],
        "the Irish Fiscal Advisory Council",
    ),
    (
        "en",
        "The Government expects a budget surplus of €6.2 billion in 2035, or 1.1% of national income.",
        True,
        [("money", 6200000000, "EUR", None), ("year", 2035, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        'Opposition finance spokesperson Niamh Costigan-Ward called it "a giveaway with no plan behind it".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Corporation tax receipts are expected to reach €33 billion this year, according to the Department of Finance.",
        True,
        [("money", 33000000000, "EUR", None)],
        None,
    ),
    # --- Inflation in Österreich (derStandard.at, Krone, APA), Wien ---
    ("de", "Inflation sinkt im September auf 2,4 Prozent", True, [("percent", 2.4, "%", None)], None),
    (
        "de",
        "Teuerung fällt auf 2,4 Prozent – ist das Schlimmste jetzt vorbei?",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Wien (APA) - Österreichs Inflationsrate hat sich im September laut Schnellschätzung von 2,9 Prozent im August auf 2,4 Prozent verringert, teilte die Statistik Austria am Dienstag mit.",
        True,
        [("percent", 2.9, "%", None), ("percent", 2.4, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Haushaltsenergie war um 6,3 Prozent billiger als ein Jahr zuvor, Lebensmittel kosteten um 3,1 Prozent mehr.",
        True,
        [("percent", 6.3, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Kernrate, bei der Energie und unverarbeitete Lebensmittel herausgerechnet werden, sank auf 2,8 Prozent.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der Rückgang gehe vor allem auf billigere Treibstoffe zurück, sagte Statistik-Austria-Generaldirektor Tobias Reiterer-Hahn.",
        True,
        [],
        "Tobias Reiterer-Hahn",
    ),
    ("de", "Der große Preis-Check: Wo Sie jetzt noch sparen können", False, [], None),
    (
        "de",
        "Ökonomen erwarten, dass die Teuerung bis Jänner unter 2 Prozent fällt.",
        True,
        [("percent", 2, "%", "under")],
        None,
    ),
    # --- RBA (ABC News, news.com.au, AAP), Sydney ---
    ("en", "ABC News: RBA holds cash rate at 3.35 per cent", True, [("percent", 3.35, "%", None)], None),
    (
        "en",
        "Rates on hold at 3.35pc: here's what it means for your mortgage",
        True,
        [("percent", 3.35, "%", None)],
        None,
    ),
    ("en", "Will the RBA cut before Christmas?", False, [], None),
    (
        "en",
        "SYDNEY (AAP) - Australia's official interest rate stays at 3.35 per cent after the RBA board held for the third meeting running, with trimmed mean inflation still at 3.4 per cent.",
        True,
        [("percent", 3.35, "%", None), ("ordinal", 3, None, None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "Governor Philippa Harcourt-Lim told reporters a rate rise had not been on the table.",
        True,
        [],
        "Philippa Harcourt-Lim",
    ),
    (
        "en",
        "Monthly CPI inflation eased to 3.1 per cent in August, Australian Bureau of Statistics figures showed.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "A borrower with a $600,000 loan is paying about $1,150 a month more than in May 2030, according to Canstar.",
        True,
        [("money", 600000, "AUD", None), ("money", 1150, "AUD", "about"), ("year", 2030, None, None)],
        None,
    ),
    ("en", "Interest rates", False, [], None),
    ("en", "Business live: RBA holds, ASX 200 edges up 0.3pc", True, [("percent", 0.3, "%", None)], None),
    ("en", "Three of the major banks now tip a February cut", True, [("count", 3, None, None)], None),
    (
        "en",
        "The ASX 200 closed up 0.3 per cent at 9,412.6 points, with the big miners leading gains.",
        True,
        [("percent", 0.3, "%", None), ("count", 9412.6, None, None)],
        None,
    ),
    ("en", "Opinion: The RBA is right to sit on its hands", False, [], None),
    # --- Umfrage (Kurier, APA), Wien ---
    (
        "de",
        "Neue Umfrage: FPÖ bei 31 Prozent, ÖVP verliert zwei Punkte",
        True,
        [("percent", 31, "%", None), ("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "Wien (APA) - Die FPÖ kommt in einer Umfrage des Linzer Instituts Donaumonitor auf 31 Prozent, die ÖVP fällt um zwei Prozentpunkte auf 22 Prozent.",
        True,
        [("percent", 31, "%", None), ("percent", 2, "pp", None), ("percent", 22, "%", None)],
        None,
    ),
    (
        "de",
        "Die SPÖ liege stabil bei 21 Prozent, sagte Institutsleiterin Sabine Großauer-Lind.",
        True,
        [("percent", 21, "%", None)],
        "Sabine Großauer-Lind",
    ),
    (
        "de",
        "Befragt wurden zwischen 2. und 6. Oktober 1.014 Wahlberechtigte, die Schwankungsbreite liegt bei 3,1 Prozentpunkten.",
        True,
        [
            ("date", "--10-02", None, None),
            ("date", "--10-06", None, None),
            ("count", 1014, None, None),
            ("percent", 3.1, "pp", None),
        ],
        None,
    ),
    ("de", "Kommt jetzt der Machtwechsel im Kanzleramt?", False, [], None),
    # --- Blue Mountains bushfire (ABC News, AAP), Sydney ---
    ("en", "Emergency warning issued for Bilpin as bushfire jumps Bells Line of Road", True, [], None),
    ("en", "🔴 LIVE: Bushfire threatens homes in the Blue Mountains", True, [], None),
    (
        "en",
        "SYDNEY (AAP) - A fast-moving bushfire has burnt through more than 2,400 hectares in the Blue Mountains west of Sydney, with an emergency warning in place for Bilpin, the NSW Rural Fire Service said.",
        True,
        [("count", 2400, None, "over")],
        "the NSW Rural Fire Service",
    ),
    (
        "en",
        "Richmond reached 37.2C on Tuesday afternoon and gusts hit up to 70km/h.",
        True,
        [("count", 37.2, None, None), ("count", 70, None, "up_to")],
        None,
    ),
    (
        "en",
        "RFS Commissioner Brett Kolovos-Hale said 64 fires were burning across the state, 21 of them not yet contained.",
        True,
        [("count", 64, None, None), ("count", 21, None, None)],
        "Brett Kolovos-Hale",
    ),
    (
        "en",
        "At least 11 homes have been destroyed, according to early damage assessments.",
        True,
        [("count", 11, None, "at_least")],
        None,
    ),
    ("en", "If your plan is to leave, leave now.", False, [], None),
    # --- Brackwede Antriebstechnik (SPIEGEL, Handelsblatt, dpa), Bielefeld ---
    (
        "de",
        "SPIEGEL: Autozulieferer Brackwede streicht 2.400 Stellen in Deutschland",
        True,
        [("count", 2400, None, None)],
        None,
    ),
    ("de", "Exklusiv", False, [], None),
    (
        "de",
        "Stellenabbau bei Brackwede: Werk in Gütersloh schließt Ende 2036",
        True,
        [("year", 2036, None, None)],
        None,
    ),
    ("de", "Was wird aus den Beschäftigten in Gütersloh?", False, [], None),
    (
        "de",
        "Bielefeld (dpa) - Der Autozulieferer Brackwede Antriebstechnik will bis Ende 2036 rund 2.400 seiner 9.800 Stellen in Deutschland abbauen, wie das Unternehmen am Dienstag mitteilte.",
        True,
        [("year", 2036, None, None), ("count", 2400, None, "about"), ("count", 9800, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Der Umsatz mit Teilen für Verbrennungsmotoren sei seit 2029 um fast 40 Prozent eingebrochen, sagte Konzernchefin Annika Reuschenbach-Tal.",
        True,
        [("year", 2029, None, None), ("percent", 40, "%", "nearly")],
        "Annika Reuschenbach-Tal",
    ),
    (
        "de",
        "Rund 1.100 der wegfallenden Stellen entfallen auf das Werk in Gütersloh.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    ("de", "Betriebsratschef Dirk Hollenstein-Weber sprach von einem „Kahlschlag mit Ansage“.", False, [], None),
    ("de", "Gütersloh verliert damit seinen drittgrößten Arbeitgeber.", True, [("ordinal", 3, None, None)], None),
    ("de", "Brackwede-Aktie springt nach Ankündigung um 6 Prozent nach oben", True, [("percent", 6, "%", None)], None),
    # --- Rents (a property site's figures, The Guardian, PA), London ---
    (
        "en",
        "Rents rose by more than 10% in seven of the UK's 20 biggest cities, figures show",
        True,
        [("percent", 10, "%", "over"), ("count", 7, None, None), ("count", 20, None, None)],
        None,
    ),
    ("en", "1. Manchester: +13.4%", True, [("ordinal", 1, None, None), ("percent", 13.4, "%", None)], None),
    ("en", "2. Bristol: +12.1%", True, [("ordinal", 2, None, None), ("percent", 12.1, "%", None)], None),
    (
        "en",
        "Average private rents in Manchester rose 13.4% in the year to September, to £1,480 a month, according to the property portal Rightmove.",
        True,
        [("percent", 13.4, "%", None), ("money", 1480, "GBP", None)],
        None,
    ),
    (
        "en",
        "Rightmove said the number of homes listed to rent was 9% lower than a year earlier.",
        True,
        [("percent", 9, "%", None)],
        "Rightmove",
    ),
    (
        "en",
        "In London, the average new rent rose 6.2% to £2,710 a month.",
        True,
        [("percent", 6.2, "%", None), ("money", 2710, "GBP", None)],
        None,
    ),
    # --- Sydney house prices (news.com.au) ---
    (
        "en",
        "5 Sydney suburbs where house prices fell more than 8% this year",
        True,
        [("count", 5, None, None), ("percent", 8, "%", "over")],
        None,
    ),
    ("en", "1. Dee Why: -9.6%", True, [("ordinal", 1, None, None), ("percent", -9.6, "%", None)], None),
    # --- Deutschlandticket (tagesschau.de, dpa), Berlin ---
    ("de", "Deutschlandticket kostet ab Januar 72 Euro", True, [("money", 72, "EUR", None)], None),
    (
        "de",
        "Berlin (dpa) - Ab dem 1. Januar 2035 kostet das Deutschlandticket 72 Euro im Monat und damit 6 Euro mehr, darauf einigten sich die Verkehrsministerinnen und -minister der Länder am Dienstag mit dem Bund.",
        True,
        [("date", "2035-01-01", None, None), ("money", 72, "EUR", None), ("money", 6, "EUR", None)],
        None,
    ),
    ("de", "Derzeit nutzen rund 14,2 Millionen Menschen das Ticket.", True, [("count", 14200000, None, "about")], None),
    (
        "de",
        "Die Länder hatten zuvor eine Erhöhung auf bis zu 75 Euro ins Spiel gebracht.",
        True,
        [("money", 75, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "In 9 von 16 Ländern gibt es bereits ein vergünstigtes Sozialticket",
        True,
        [("count", 9, None, None), ("count", 16, None, None)],
        None,
    ),
    # --- Wall Street (AP, business sites), New York ---
    ("en", "Dow jumps 410 points as Treasury yields slide", True, [("count", 410, None, None)], None),
    ("en", "Stocks making the biggest moves midday", False, [], None),
    (
        "en",
        "NEW YORK (AP) — Wall Street rallied on Tuesday, lifting the S&P 500 by 0.9% to an all-time high as Treasury yields sank to their lowest since May.",
        True,
        [("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        "S&P 500 closes at record 7,905.32, its 41st record close this year",
        True,
        [("count", 7905.32, None, None), ("ordinal", 41, None, None)],
        None,
    ),
    (
        "en",
        "*S&P 500 CLOSES UP 0.9% AT 7,905.32; NASDAQ UP 1.4%",
        True,
        [("percent", 0.9, "%", None), ("count", 7905.32, None, None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "The 10-year Treasury yield fell to 3.62%, from 3.71% late Monday.",
        True,
        [("duration", 10, "year", None), ("percent", 3.62, "%", None), ("percent", 3.71, "%", None)],
        None,
    ),
    (
        "en",
        "Traders are betting the Fed will cut twice more before June, said Rosalind Achterberg-Lee, chief investment officer at Fairhaven Partners.",
        True,
        [("count", 2, None, None)],
        "Rosalind Achterberg-Lee",
    ),
    ("en", "Should you buy the dip in tech stocks?", False, [], None),
    # --- Föhnsturm (SRF News, Keystone-SDA), Graubünden ---
    ("de", "Föhnsturm: 88'000 Haushalte in Graubünden ohne Strom", True, [("count", 88000, None, None)], None),
    (
        "de",
        "Chur (Keystone-SDA) - Ein Föhnsturm mit Böen von bis zu 163 Kilometern pro Stunde hat in der Nacht auf Dienstag in Graubünden und im St. Galler Rheintal grosse Schäden angerichtet.",
        True,
        [("count", 163, None, "up_to")],
        None,
    ),
    (
        "de",
        "Bis am Morgen gingen über 300 Meldungen zu umgestürzten Bäumen und abgedeckten Dächern ein, wie die Kantonspolizei Graubünden mitteilte.",
        True,
        [("count", 300, None, "over")],
        "die Kantonspolizei Graubünden",
    ),
    ("de", "Video: So heftig wütete der Föhn in Chur", False, [], None),
    # --- Storm Ffion (BBC News, PA), Wales and the south-west ---
    (
        "en",
        "Met Office issues amber wind warning as Storm Ffion brings 80mph gusts",
        True,
        [("count", 80, None, None)],
        None,
    ),
    (
        "en",
        "LONDON (PA) - Gusts of up to 85mph are expected on exposed coasts of west Wales and south-west England on Wednesday, the Met Office said.",
        True,
        [("count", 85, None, "up_to")],
        "the Met Office",
    ),
    (
        "en",
        "Storm Ffion: More than 40 ferry sailings between Wales and Ireland cancelled",
        True,
        [("count", 40, None, "over")],
        None,
    ),
    (
        "en",
        "Network Rail said lines in west Wales would close from 6pm on Wednesday as a precaution.",
        True,
        [],
        "Network Rail",
    ),
    ("en", "Ffion is the season's sixth named storm.", True, [("ordinal", 6, None, None)], None),
    ("en", "Storm Ffion: Is my train cancelled?", False, [], None),
    # --- Länderspiel Österreich – Schweiz (ORF.at, Blick, APA), Wien ---
    ("de", "LIVE: Österreich gegen die Schweiz im Ticker", False, [], None),
    (
        "de",
        "⚽ TOR für Österreich! Leon Stadlhofer-Brunn trifft zum 1:0 (23.)",
        True,
        [("ordinal", 23, None, None)],
        None,
    ),
    (
        "de",
        "45. Min.: Pause im Ernst-Happel-Stadion, Österreich führt mit 1:0.",
        True,
        [("ordinal", 45, None, None)],
        None,
    ),
    ("de", "⚽ Ausgleich! Luca Cavelti-Bühler köpft zum 1:1 ein (58.)", True, [("ordinal", 58, None, None)], None),
    (
        "de",
        "⚽ TOR! Stadlhofer-Brunn schnürt den Doppelpack – 2:1 für Österreich (81.)",
        True,
        [("ordinal", 81, None, None)],
        None,
    ),
    ("de", "Abpfiff: Österreich besiegt die Schweiz mit 2:1", True, [], None),
    (
        "de",
        "Wien (APA) - Österreichs Nationalteam hat am Dienstagabend vor 46.300 Zuschauern die Schweiz mit 2:1 besiegt und ist damit seit neun Länderspielen ungeschlagen.",
        True,
        [("count", 46300, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Stadlhofer-Brunn habe sich beim zweiten Tor leicht am Knöchel verletzt, sagte Teamchef Rainer Obermoser-Haid.",
        True,
        [("ordinal", 2, None, None)],
        "Rainer Obermoser-Haid",
    ),
    ("de", "Obermoser-Haid sprach von einem „Abend, den sich diese Mannschaft verdient hat“.", False, [], None),
    (
        "de",
        "Nati-Pleite in Wien: Erste Niederlage nach sieben Spielen",
        True,
        [("ordinal", 1, None, None), ("count", 7, None, None)],
        None,
    ),
    ("de", "Österreich liegt in der Weltrangliste derzeit auf Platz 19.", True, [("ordinal", 19, None, None)], None),
    ("de", "Die Noten der Nati-Spieler: Wer hat in Wien enttäuscht?", False, [], None),
    # --- England v Wales (BBC Sport, Sky Sports, PA), Wembley ---
    ("en", "LIVE: England v Wales – follow all the action from Wembley", False, [], None),
    ("en", "⚽ GOAL: England 1-0 Wales (Ashby-Cole 34')", True, [("ordinal", 34, None, None)], None),
    ("en", "Half-time: England 1-0 Wales", True, [], None),
    (
        "en",
        "71 min: Wales down to 10 men as Rhys Pengelly-Hart is shown a second yellow.",
        True,
        [("ordinal", 71, None, None), ("count", 10, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", "FULL-TIME: England 2-0 Wales", True, [], None),
    (
        "en",
        "LONDON (PA) - England moved five points clear at the top of their qualifying group with a 2-0 win over 10-man Wales in front of 81,442 fans at Wembley on Tuesday night.",
        True,
        [("count", 5, None, None), ("count", 10, None, None), ("count", 81442, None, None)],
        None,
    ),
    (
        "en",
        "England manager Graham Thistlewood-Ayo said captain Theo Ashby-Cole would miss Saturday's game with a hamstring strain.",
        True,
        [],
        "Graham Thistlewood-Ayo",
    ),
    ("en", "Player ratings: Ashby-Cole shines on a night England barely had to try", False, [], None),
    # --- Pensionen 2035 (Krone, Kurier, APA), Wien ---
    (
        "de",
        "Pensionserhöhung fix: Plus 2,7 Prozent ab 1. Jänner",
        True,
        [("percent", 2.7, "%", None), ("date", "--01-01", None, None)],
        None,
    ),
    (
        "de",
        "Wien (APA) - Die Pensionen werden mit 1. Jänner 2035 um 2,7 Prozent erhöht, das hat der Ministerrat am Dienstag beschlossen.",
        True,
        [("date", "2035-01-01", None, None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Pensionen bis 1.800 Euro brutto steigen sogar um 3,2 Prozent, davon profitieren knapp 900.000 Menschen.",
        True,
        [("money", 1800, "EUR", "up_to"), ("percent", 3.2, "%", None), ("count", 900000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Erhöhung koste heuer und im kommenden Jahr zusammen 2,9 Milliarden Euro, sagte Sozialministerin Brigitte Weinzettl-Moser.",
        True,
        [("money", 2900000000, "EUR", None)],
        "Brigitte Weinzettl-Moser",
    ),
    (
        "de",
        "Die Pensionserhöhung liegt damit um 0,3 Prozentpunkte über dem gesetzlichen Anpassungsfaktor.",
        True,
        [("percent", 0.3, "pp", None)],
        None,
    ),
    ("de", "Pensionsrechner: So viel bekommen Sie ab Jänner mehr", False, [], None),
    # --- US Senate (AP), Washington ---
    (
        "en",
        "Senate passes $52 billion disaster aid bill, sending it to the House",
        True,
        [("money", 52000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "WASHINGTON (AP) — The Senate voted 71-27 on Tuesday to approve $52 billion in disaster aid, including $9 billion for communities hit by Hurricane Teodora.",
        True,
        [
            ("count", 71, None, None),
            ("count", 27, None, None),
            ("money", 52000000000, "USD", None),
            ("money", 9000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Twenty-four Republicans joined all 47 Democrats in voting for the measure.",
        True,
        [("count", 24, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "Sen. Lyle Brannock-Hayes, R-Okla., said the bill included $4.6 billion for farmers hit by drought.",
        True,
        [("money", 4600000000, "USD", None)],
        "Lyle Brannock-Hayes",
    ),
    ("en", "What's in the disaster aid bill – and what's not?", False, [], None),
    # --- Tramunfall am Bellevue (20 Minuten, Keystone-SDA), Zürich ---
    (
        "de",
        "Zürich: Tram kollidiert am Bellevue mit Lastwagen – neun Verletzte",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Zürich (Keystone-SDA) - Bei einer Kollision zwischen einem Tram und einem Lastwagen am Bellevue sind am Dienstagmorgen neun Personen leicht verletzt worden, wie die Stadtpolizei Zürich mitteilte.",
        True,
        [("count", 9, None, None)],
        "die Stadtpolizei Zürich",
    ),
    (
        "de",
        "Die Tramlinien 4 und 15 waren während rund zwei Stunden unterbrochen.",
        True,
        [("duration", 2, "hour", "about")],
        None,
    ),
    (
        "de",
        "Der Schaden an Tram und Lastwagen dürfte über 200'000 Franken betragen.",
        True,
        [("money", 200000, "CHF", "over")],
        None,
    ),
    ("de", "Leserreporter: „Es hat fürchterlich geknallt“", False, [], None),
    # --- Gardaí in Co Cork (Irish Independent, PA), Cork ---
    ("en", "Gardaí seize cannabis worth €2.3m in north Cork", True, [("money", 2300000, "EUR", None)], None),
    (
        "en",
        "CORK (PA) - Two men in their 30s have been arrested after gardaí seized cannabis worth an estimated €2.3 million at a farmyard in north Co Cork.",
        True,
        [("count", 2, None, None), ("money", 2300000, "EUR", "about")],
        None,
    ),
    # --- Frost (a weather site, dpa), Offenbach ---
    (
        "de",
        "Erster Frost: Bis zu minus 6 Grad in Bayern erwartet",
        True,
        [("ordinal", 1, None, None), ("count", -6, None, "up_to")],
        None,
    ),
    (
        "de",
        "Offenbach (dpa) - In der Nacht auf Mittwoch kann es im Süden Bayerns bis zu minus sechs Grad kalt werden, sagte ein Meteorologe des Deutschen Wetterdienstes.",
        True,
        [("count", -6, None, "up_to")],
        None,
    ),
    ("de", "Frost, Glätte, Winterreifen: Was Autofahrer jetzt wissen müssen", False, [], None),
    # --- Lotto (Westlotto, dpa), Münster ---
    ("de", "Lotto-Jackpot steigt auf 45 Millionen Euro", True, [("money", 45000000, "EUR", None)], None),
    (
        "de",
        "Münster (dpa) - Im Lotto 6aus49 liegen bei der Ziehung am Mittwoch rund 45 Millionen Euro im Jackpot, wie Westlotto mitteilte.",
        True,
        [("money", 45000000, "EUR", "about")],
        "Westlotto",
    ),
    # --- Qantas (AAP, ABC News), Sydney ---
    ("en", "JUST IN: Qantas grounds six A330s for engine checks", True, [("count", 6, None, None)], None),
    (
        "en",
        "SYDNEY (AAP) - Qantas has grounded six of its Airbus A330 jets for engine inspections, cancelling 38 domestic and international flights, the airline said.",
        True,
        [("count", 6, None, None), ("count", 38, None, None)],
        "the airline",
    ),
    # --- Notlandung in Zürich (20 Minuten, Keystone-SDA) ---
    ("de", "20 Minuten: Swiss-Flug kehrt nach Start in Zürich um – Rauch im Cockpit", True, [], None),
    (
        "de",
        "Zürich (Keystone-SDA) - Ein Airbus der Swiss mit 143 Passagieren an Bord ist am Dienstagabend kurz nach dem Start in Zürich wegen Rauchs im Cockpit umgekehrt und sicher gelandet, wie die Fluggesellschaft mitteilte.",
        True,
        [("count", 143, None, None)],
        "die Fluggesellschaft",
    ),
    ("de", "Verletzt wurde gemäss Kantonspolizei niemand.", True, [], None),
    ("de", "Notlandung in Zürich: Was wir wissen – und was nicht", False, [], None),
    # --- Evening pushes (Sky News, RTÉ News and news sites) ---
    ("en", "RTÉ News: Ryanair to cut 12 routes from Shannon this winter", True, [("count", 12, None, None)], None),
    (
        "en",
        "Sky News: Man, 41, charged with murder after stabbing in Leeds",
        True,
        [("duration", 41, "year", None)],
        None,
    ),
    (
        "en",
        "LEEDS (PA) - West Yorkshire Police said a 41-year-old man had been charged with murdering a man who was stabbed in the city centre on Sunday.",
        True,
        [("duration", 41, "year", None)],
        "West Yorkshire Police",
    ),
    ("en", "Turn on notifications to get breaking news the moment it happens.", False, [], None),
    # --- Newsticker am Abend (German sites) ---
    ("de", "+++ Lufthansa streicht am Mittwoch 80 Flüge in München +++", True, [("count", 80, None, None)], None),
    (
        "de",
        "+++ Einbruch in Museum in Schwerin: Diebe erbeuten Goldmünzen im Wert von 1,3 Millionen Euro +++",
        True,
        [("money", 1300000, "EUR", None)],
        None,
    ),
    (
        "de",
        "+++ Steuerschätzung: Bund nimmt bis 2038 rund 31 Milliarden Euro weniger ein als geplant +++",
        True,
        [("year", 2038, None, None), ("money", 31000000000, "EUR", "about")],
        None,
    ),
]
