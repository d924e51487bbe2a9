"""Four-hundred-and-ninety-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear only by their role („der Landeshauptmann“, "the Fed chair",
"the top Senate Democrat", "the President" in a headline) or under made-up names that stand
for no real holder (a member of the Swiss National Bank's governing board, Britain's housing
secretary and her shadow, a U.S. senator), and so do every unnamed spokesman, spokeswoman,
official, trader, economist, broker, analyst, winegrower and fan.

Names: Bertram Gschwandtl-Abani, Annemarie Ruchti-Okonkwo, Milo Trautwein-Kamara, Jonah
Weisgerber-Lindahl, Silas Hohnerlein-Duarte, Aaron Wiemeyer-Quaye, Konstantin
Scheuffele-Brandt, Dariusz Ollesch-Wierzba, Aeschlimann-Ndoye, Inäbnit-Lowe, Tschumi-Eze,
Gyger-Hasler, Jacot-Boamah, Ueli Stucki-Mbaye, Fabian Gwerder-Ochsner, Pascal
Rüfenacht-Pinto, Noah Brettl-Salonen, Henning Schmidtlein-Osei, Lukas Ferchland-Addai and
Sandra Tillmanns-Yıldız; Imelda Rushworth-Akande, Oliver Tregunna-Reyes, Dolores
Vanterpool-Ruiz, Callum Brierfield-Nkosi, Nadia Ferriday-Kwan, Jadon Whitmarsh-Amoah, Kieran
Mawdsley-Diallo, Reece Atherstone-Boyle, Rory Castlemaine-Burke, Tomás Ebberly-Santos,
Kirsty Ballingall-Rao, Desmond Archdeacon-Yeo, Priyanka Hollis-Senn, Cody Mulcahy-Harris,
Damien Trevaskis-Quinn, Brodie Kesteven-Ngata, Trey Holbrook-Ashby, Mateo Lindgren-Oyelowo,
Jamal Pettibone-Stokes, Vernon Eskew-Lowe, Bethany Coldridge-Ansah, Hugo Pembury-Idowu, Theo
Marazzi-Lund, Wendell Harrowby-Fyfe and Lena Stricklin-Obi are invented, and so are the
firms (the housebuilder Kestwick Homes, Larkhollow Capital, the chemicals group Ulmenau
Chemie, Kahlgrund Research, Quillstone Partners, Mossvale Securities, the machine builders
Drosselberg and Oderkamp, the iron ore miner Yarrowdale Resources, Wickersley Capital
Markets, Fellhurst Bank, Tolvane Freight, Sorrelby Advisers) and the Swiss popular
initiative «Bezahlbare Kitas für alle». Real states, bodies, parties, clubs, leagues,
indices, media, roads and places (dpa, dpa/lnw, dpa-AFX, Reuters, APA, Keystone-SDA, awp,
Destatis, Wiesbaden, Berlin, Düsseldorf, the Landtag, Nürnberg, the 2. Bundesliga, 1. FC
Nürnberg, Hannover 96, Wels, Marchtrenk, Oberösterreich, Linz, the Westbahn, ÖBB, the Rotes
Kreuz, the Landespolizeidirektion, Frankfurt, the Dax, MDax and SDax, the Schweizerische
Nationalbank SNB, Zürich, the SMI, the Bundesliga, Eintracht Frankfurt, VfB Stuttgart,
Stuttgart, Köln, Deutz, the Kampfmittelbeseitigungsdienst, Bern, Zug, the National League,
SC Bern, EV Zug, München, the Ifo-Institut, Brent, Graz, Leibnitz, the Süd- und
Oststeiermark, the Landesfeuerwehrverband, the Hagelversicherung, the Landwirtschaftskammer,
the Bundeskanzlei, the Kantone, Mainz, 1. FSV Mainz 05, SC Freiburg, Bayern München, Bayer
Leverkusen, Verdi, Hamburg, Köln/Bonn, Potsdam, the Bundesverband der
Luftsicherheitsunternehmen, the Bundesagentur für Arbeit, Wien, the Statistik Austria, the
Autobahnvignette, the ATX and ATX Prime, the Nationalrat; London, the FTSE 250 and FTSE 100,
PA, the Office for National Statistics, the ONS, the Bank of England, Bank Rate, its
Monetary Policy Committee, Redding, California, the National Weather Service, AP,
Washington, the Fed, Bloomberg's asterisk, the S&P 500, the Nasdaq, Birmingham, the Premier
League, Aston Villa, Everton, Sydney, AAP, the S&P/ASX 200, the ASX 200, Ottawa, Statistics
Canada, StatCan, the Bank of Canada, Ridgecrest, the Mojave Desert, Kern County, the U.S.
Geological Survey, USGS, Southern California Edison, Melbourne, the AFL, Brisbane, Geelong,
the MCG, the Norm Smith Medal, Kansas City, Buffalo, the NFL, Liverpool, Labour, England,
the Local Government Association, New York, the Senate, Democrats, Republicans, the House
Budget Committee, the Dow Jones Industrial Average, the euro zone, Sentix, Australia, the
RBA, the United States, and the datelines' cities) stand for the way wire copy names them;
every forecast, rate, level, price, result, score, tally, crowd, time, toll, sum, date and
quote here is invented, and where a real figure came to mind (a real policy rate, a real
inflation print, a real index level, a real jobless count, a real vignette price, a real
crowd) it was changed.

Its weight: HEADLINES, FLASHES AND TICKERS, sixteenth round (the hundred-eighty-second,
two-hundred-and-twenty-eighth, two-hundred-and-sixty-sixth, two-hundred-and-eighty-second,
two-hundred-and-ninety-ninth, three-hundred-and-fourteenth, three-hundred-and-thirty-third,
three-hundred-and-fifty-sixth, three-hundred-and-eightieth, four-hundred-and-sixth,
four-hundred-and-thirtieth, four-hundred-and-fifty-third, four-hundred-and-sixty-first,
four-hundred-and-seventy-fifth and four-hundred-and-ninetieth batches were the first
fifteen, as the docstrings of the four-hundred-and-seventy-fifth and the
four-hundred-and-ninetieth name them; the thirty-second and forty-third weighed flashes,
tickers and short forms before them, and their decisions are kept; where the
hundred-eighty-second and the two-hundred-and-twenty-eighth differ, the
two-hundred-and-twenty-eighth's reading is kept, as the thirteen later rounds kept it) -
three ordinary wire weeks, Monday, September 13, to Friday, October 1, 2027, as 32 short
stories in date order with the German and English desks interleaved, each told as the
service lines of the wires run them, not one wire day as in the fourteenth round nor the
sites' teasers and pushes of the fifteenth: headlines with and without figures (a profit
warning, inflation in Britain, Canada and Austria, a takeover, an index, a vote of the
Senate, a housing pledge, a jobless count); flashes (dpa's „Eil +++ ... +++“, APA's and
Keystone-SDA's „EIL:“, „Reuters-Eilmeldung:“, Reuters' "URGENT-", "UPDATE 1-", "BRIEF-", "US
STOCKS-", "GOLD-", AP's "BREAKING:" and "The Latest:", Bloomberg's asterisk, dpa-AFX's
capitals, "DAX-FLASH:" and "ROUNDUP:"); sports results lines (Bundesliga, Premier League,
National League ice hockey, the AFL grand final, the NFL, a table line, scorer lines and
attendances); live-ticker minute lines (dpa's „12. Min.:“ and „45.+2 Min.:“, PA's "64 min:"
and "GOAL!"), live tickers with clock stamps (APA's „10.12 Uhr:“, dpa's „[10:40]“, AP's
"9:40 a.m. PDT —", PA's "11.02am:"); market snapshot lines (the DAX flash, the middle-dot
index rows from Frankfurt and Vienna, "Devisen:", "Ölpreise:", "Aktien ... Schluss:", the
FTSE, the S&P/ASX 200 and the S&P 500 closes, the Australian and Canadian dollar, sterling,
gold); agenda lines (dpa's middle-dot Tagesvorschau and Wochenvorschau, Reuters' week-ahead
diary, AP's Daybook); and summary bullets („Das Wichtigste in Kürze:“ with „•“, „Die Zahlen
im Überblick:“ and „Die Resultate im Überblick:“ with „–“, PA's key points with "- "). Half
German (dpa with its Tagesvorschau, a Bundesliga ticker, a results round-up, a bomb disposal
Newsblog, an airport strike Newsblog, the jobless count and its Wochenvorschau; dpa-AFX with
a profit warning in capitals, the DAX flash, a Kursziel line, the Ifo index and the
Frankfurt close; Reuters German with an Eilmeldung and a ROUNDUP; APA with a train crash
ticker, a hailstorm, „Kurz gemeldet:“ and „Aktien Wien Schluss:“, Austrian
„Landeshauptmann“, „Weingärten“; Keystone-SDA and awp with a rate cut, ice hockey and a
federal vote, Swiss „Penaltyschiessen“, „16'210“, „12'461“, „Initiantinnen“, «»-quotes;
German „“ quotes). Half English (Reuters with dated datelines, "mln stg", "U.S. cents";
Bloomberg's flashes; AP with a wildfire, an earthquake, the NFL, the Senate and the Daybook,
PDT stamps, "R-Kan."; PA with British inflation, the Premier League and a party conference,
"4.1p", "388p", "£3.5bn", "11.02am:"; AAP with the ASX close and the AFL grand final,
"0.6pc", "per cent", "US cents", "$4.12" in Australian dollars). Speakers as such copy has
them - „teilte ... mit“, „wie ... mitteilte“, „sagte X“ with the title dropped, „X sagte,
...“, "said", "told analysts", "told AAP", "told reporters", "said X, ... at ...", "Sen. X,
R-Kan., said" - in the first sentences and the lines after them, never in a headline, a
flash, a results line, a bullet, an agenda line or a ticker entry, and beside them the forms
left unchecked. Nearly a quarter negatives as such copy has them: the overviews' headings,
ticker frames, summary and key-point lead-ins, teaser questions, service headings, a ratings
label, labels and quotes of rhetoric and feeling, scene and mood lines, cheers, advice,
views told as reports and traders' mood - none of them carrying a figure, each near a
check-worthy look-alike from the same story.

244 rows (122 German, 122 English), 55 negatives (28 German, 27 English), 189 check-worthy
rows of which 28 carry no figure (17 German, 11 English), 325 expected quantities (121
counts, 71 percentages - 66 in "%", 5 in percentage points "pp" -, 47 ordinals, 40 amounts
of money - 18 USD, 13 EUR, 7 GBP, 1 AUD, 1 CHF -, 17 years, 16 dates - 0 with a year, 16
without -, 11 durations - 5 in weeks, 3 in minutes, 1 in days, 1 in months, 1 in years -, 2
fractions; 38 of them hedged: 25 "about", 6 "at_least", 5 "over", 1 "nearly", 1 "up_to";
none of them in a negative), 37 checked speakers (18 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names and firms were
checked against every file under tests/; the firm names first chosen (a housebuilder's, a
chemicals group's, two machine builders', a freight firm's) were already in use and were
replaced by fresh ones before the commit, and no full name of a person here occurs in an
earlier batch.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one line as sent and is judged alone (sixteenth; thirty-second, forty-third and
  the fifteen earlier rounds). A headline with or without a verb that states an event or a
  figure is check-worthy with its figures, the earlier rounds' forms kept as they stand:
  "UPDATE 1-UK housebuilder Kestwick sees 2027 profit of 310 mln stg, down from 380 mln" the
  year and both GBP ("stg" sterling, the currency written once serving the later figure,
  four-hundred-and-thirtieth, four-hundred-and-fifty-third), "UK inflation falls to 2.6% in
  August as petrol prices ease" 2.6, „Ifo-Geschäftsklima steigt im September überraschend
  auf 89,6 Punkte“ 89.6 (an index level a count), "Senate Approves Stopgap Funding Bill
  61-38, Sending It to the President" 61 and 38 (headline case read as lower case and a
  vote's tallies counts, four-hundred-and-fifty-third, four-hundred-and-sixty-first, as
  "House Passes Stopgap Spending Bill 219-208" in the four-hundred-and-seventy-fifth), "US
  STOCKS-S&P 500 notches best quarter since 2024 as rate-cut hopes build" the year ("S&P
  500" a name), "Labour conference live: Housing Secretary pledges 40,000 council homes a
  year" 40,000 ("a year" none; a "... live:" line stating an event,
  four-hundred-and-ninetieth). Without a figure: "URGENT-Kestwick Homes cuts full-year
  profit forecast as buyers hold back", „Reuters-Eilmeldung: Maschinenbauer Drosselberg will
  Konkurrenten Oderkamp übernehmen“, „EIL: Zwei Züge bei Wels zusammengestoßen – mehrere
  Verletzte“ („mehrere“ none), "BREAKING: Fast-moving wildfire forces evacuations west of
  Redding, California", "BREAKING: Strong earthquake shakes Southern California; no
  immediate reports of major damage", „EIL: Schwere Hagelunwetter in der Südsteiermark –
  Feuerwehren im Großeinsatz“, „EIL: Stimmvolk sagt Ja zur Kita-Initiative“, "BREAKING:
  Senate passes stopgap bill, averting a government shutdown at midnight Thursday" (the
  clock none), „Aktien Frankfurt Schluss: Dax nach Ifo-Daten auf Rekordhoch“, „Eishockey:
  Bern gewinnt Spitzenspiel gegen Zug im Penaltyschiessen“ (a sport's name before the colon
  a slug, as „Tennis:“, four-hundred-and-seventy-fifth). Present-tense attribution in a
  headline or a flash stays unchecked (forty-third: "survey finds";
  four-hundred-and-seventy-fifth: "railroad says"): "The Latest: Magnitude 6.1 quake
  centered near Ridgecrest, USGS says" 6.1 (a magnitude a count, fortieth), "BRIEF-Tolvane
  Freight says it will cut about 2,000 jobs, close 14 sorting hubs" 2,000 "about" and 14
  (hundred-eighty-second, two-hundred-and-ninety-ninth: "BRIEF-... says ..."), and a source
  after a headline's closing dash stays unchecked ("URGENT-Canada's annual inflation rate
  slows to 2.1% in August - StatCan" 2.1; two-hundred-and-twenty-eighth).

- Flash, urgency, version and desk slugs carry nothing and the line is judged on what
  follows them (thirty-second, forty-third and the fifteen rounds): „Eil +++ ... +++“,
  „EIL:“ (hundred-eighty-second; APA's as Keystone-SDA's), „Reuters-Eilmeldung:“
  (two-hundred-and-eighty-second), "URGENT-", "UPDATE 1-" (its 1 a version, as "UPDATE 2-",
  four-hundred-and-seventy-fifth), "BRIEF-", "US STOCKS-", "GOLD-", "BREAKING:", "The
  Latest:" (four-hundred-and-thirtieth), "ROUNDUP:" (two-hundred-and-eighty-second), „Kurz
  gemeldet:“, "Kursziel:", "DAX-FLASH:", „Aktien Frankfurt Schluss:“, „Aktien Schweiz
  Schluss:“, „Aktien Wien Schluss:“, „Devisen:“, „Ölpreise:“ and Bloomberg's asterisk
  (four-hundred-and-sixth). Flashes in capitals are read as the same words in lower case
  (three-hundred-and-thirty-third and the later rounds): „ULMENAU CHEMIE SENKT
  EBITDA-PROGNOSE 2027 AUF 1,15 BIS 1,25 MRD. EURO (BISHER: 1,4 BIS 1,5 MRD.)“ the year and
  four EUR amounts (each end of a range its own figure with no hedge; „BISHER:“ labelling
  the bracket's earlier figures as "(bisher: ...)", three-hundred-and-fifty-sixth,
  four-hundred-and-sixth; the currency written once serving the bracket,
  four-hundred-and-thirtieth), „DAX-FLASH: DAX -0,1% AUF 24.312 PKT. – MDAX -0,4% – ULMENAU
  -10,8%“ -0.1, 24,312, -0.4 and -10.8 (a glued sign the sign,
  four-hundred-and-fifty-third), "*FED HOLDS RATES AT 3.25% TO 3.5%, AS EXPECTED" both,
  "*S&P 500 CLOSES DOWN 0.4% AT 7,418.66; NASDAQ DOWN 0.7%" and "*S&P 500 CLOSES UP 0.6% AT
  7,562.09; NASDAQ UP 0.9%" the changes with no sign and the levels
  (four-hundred-and-sixty-first), "*TOLVANE FREIGHT 1Q ADJ EPS $2.87, EST. $3.05" ordinal 1
  and both USD ("EST." a label, four-hundred-and-thirtieth; four-hundred-and-seventy-fifth:
  "3Q"), "*TOLVANE FREIGHT SEES FY REV. $41B TO $42B, EST. $43.6B" three USD ("FY" none).

- Live-ticker entries (thirty-second, two-hundred-and-twenty-eighth and the latest rounds):
  the stamp carries none and the entry is judged as a sentence. APA's „10.12 Uhr:“
  (four-hundred-and-seventy-fifth), dpa's „[10:40]“ (four-hundred-and-thirtieth), PA's
  "11.02am:" (four-hundred-and-sixty-first) and AP's "9:40 a.m. PDT —"
  (four-hundred-and-thirtieth: "9:10 a.m. PDT —") likewise; clocks inside an entry („gegen
  9.40 Uhr“, "at 6:52 a.m.") none, and „bis mindestens 18 Uhr“ bounds no quantity
  (two-hundred-and-ninety-ninth). Acts, closures, counts and schedules are check-worthy:
  „10.12 Uhr: Ein Regionalzug und ein Güterzug sind ... zusammengestoßen.“ and „[05:10] Am
  Hamburger Flughafen sind die Sicherheitskontrollen geschlossen, ...“ without a figure,
  „10.35 Uhr: Das Rote Kreuz meldet 23 Verletzte, vier davon schwer.“ 23 and 4, „[11:15] Der
  Sperrradius beträgt 1.000 Meter, ...“ 1,000 and 2 (a distance in metres a count,
  forty-third), „[09:15] ... in Köln/Bonn fällt jeder zweite Flug aus.“ 0.5 (the issue's
  „jeder vierte“ 0.25), "9:40 a.m. PDT — ... more than 11,000 acres ... and is 5%
  contained." 11,000 "over" and 5, "8:30 a.m. PDT — Seismographs have recorded at least 14
  aftershocks measuring magnitude 3 or greater." 14 "at_least" and 3 ("or greater" after a
  figure no hedge, ninety-ninth: "magnitude 6 or greater"), "11.02am: ... begins her speech,
  billed to last 35 minutes." 35 minutes (four-hundred-and-seventy-fifth: „Für die Rede sind
  bis zu 75 Minuten angesetzt“), "11.38am: Coldridge-Ansah sits down after 37 minutes." 37
  minutes. Speakers of ticker entries stay unchecked, in the present („meldet“, „teilt die
  Stadt mit“, "says", "the sheriff's office says", "the U.S. Geological Survey says";
  four-hundred-and-sixty-first, four-hundred-and-seventy-fifth) and as sources („nach
  Angaben der Stadt“, „nach Angaben des Betreibers“, „nach ÖBB-Angaben“;
  four-hundred-and-ninetieth: „nach Angaben der Bahn“). Negatives: the frames („+++
  Zugunfall in Oberösterreich – der Liveticker +++“, „+++ Bombenfund in Köln – alle
  Entwicklungen im Newsblog +++“, „+++ Warnstreik an Flughäfen – der Newsblog +++“, „+++
  Bundesliga: Eintracht Frankfurt gegen VfB Stuttgart – der Liveticker +++“, "Live: Aston
  Villa v Everton - all the Premier League action as it happens";
  four-hundred-and-seventy-fifth), scene lines („10.50 Uhr: Über der Unfallstelle kreist ein
  Notarzthubschrauber, ...“, "10:25 a.m. PDT — A thick orange haze hangs over downtown
  Redding, ...", "9:10 a.m. PDT — Video on social media shows groceries strewn across
  supermarket aisles."; four-hundred-and-ninetieth: "Video shows waves crashing ..."),
  cheers ("11.16am: Loud cheers from the floor - ..."; four-hundred-and-seventy-fifth:
  applause or heckles alone) and advice („[13:45] Anwohner sollen sich ... einfinden.“,
  "11:55 a.m. PDT — If you are told to go, ..."; four-hundred-and-thirtieth). A stamp in a
  negative carries no figure; a match minute does, and so no minute line here is a negative.

- Sports tickers and results lines (thirty-fifth, forty-sixth, hundred-fifty-third and the
  fifteen rounds). Match minutes are ordinals: „12. Min.:“, „58. Min.:“, „45.+2 Min.:“ 45
  and 2, „90.+4 Min.:“ 90 and 4 (four-hundred-and-seventy-fifth), "64 min:", "88 min:" and
  "GOAL! Aston Villa 1-0 Everton (Whitmarsh-Amoah 17)" 17 (four-hundred-and-fifty-third);
  „TOOOR“ and "GOAL!" nothing; "booked for the second time" ordinal 2
  (hundred-forty-seventh: "a second yellow card"). Scores carry none („0:1“, „2:1 (0:1)“,
  „4:3 n.P. (1:0, 2:2, 0:1)“ - „n.P.“ none as „n.V.“, two-hundred-and-sixty-sixth -, „2:2
  (1:0)“, „2:0-Führung“, "1-1", "27-24", "Chiefs 27, Bills 24, OT" - "OT" none,
  four-hundred-and-sixth -), and a line with a score only is check-worthy without a figure
  ("Full-time: Aston Villa 1-1 Everton", „1. FSV Mainz 05 – SC Freiburg 2:2 (1:0)“, "Chiefs
  27, Bills 24, OT"). Scorer and card lines give the minutes as ordinals: „Tore: 0:1
  Trautwein-Kamara (12.), 1:1 Weisgerber-Lindahl (58./Foulelfmeter), 2:1 Wiemeyer-Quaye
  (90.+4) – Rot: Hohnerlein-Duarte (81.) – Zuschauer: 58.000 (ausverkauft)“ 12, 58, 90, 4,
  81 and the crowd (the label after the minute's slash nothing, as „(Stuttgart/77.)“,
  two-hundred-and-sixty-sixth), "Aston Villa 1 (Whitmarsh-Amoah 17) Everton 1
  (Mawdsley-Diallo 64 pen)" 17 and 64 (three-hundred-and-fourteenth: "Adebanjo 90+3 pen";
  the teams' tallies scores), and the Swiss hockey line „Tore: 8. Aeschlimann-Ndoye 1:0. 24.
  Inäbnit-Lowe 1:1. ... 47. Jacot-Boamah 3:3.“ six ordinals (three-hundred-and-eightieth:
  „Tore: 23. Zeller 1:0. 78. Imhof (Foulpenalty) 2:0.“). „Bundesliga, 4. Spieltag: ...“ and
  „2. Bundesliga, 5. Spieltag: ...“ ordinals 4 and 5, „2. Bundesliga“, „1. FC Nürnberg“,
  „Hannover 96“ and „1. FSV Mainz 05“ names that carry none (hundred-eighty-first,
  three-hundred-and-fourteenth, three-hundred-and-eightieth). The table line
  „Tabellenspitze: 1. Bayern München 13 Punkte, 2. Eintracht Frankfurt 12, 3. Bayer
  Leverkusen 10“ gives each rank as an ordinal and each tally as a count
  (two-hundred-and-ninety-ninth: "1. Toronto 10 points"). "Attendance: 41,806", „vor 16'210
  Zuschauern“ and "in front of 100,012 fans" counts; „den dritten Sieg im vierten
  Saisonspiel“ ordinals 3 and 4; „nach neun Runden mit 21 Punkten ..., zwei Zähler vor Zug“
  9, 21 and 2 (four-hundred-and-seventy-fifth); „38 von 41 Schüssen und alle vier Penaltys“
  38, 41 and 4 ("all" and „alle“ no hedge); "dropped two more points" 2 ("more" no hedge)
  and "10-man Everton" 10 (four-hundred-and-seventy-fifth: "10-man Benfica"); "318 yards and
  three touchdowns", "a 44-yard field goal" 44 (a figure heading a compound,
  four-hundred-and-seventy-fifth), "won all three of its games for the first time since
  2023" 3, ordinal 1 and the year (seventh: "for the first time since"), "two sacks ...,
  which has lost two in a row" 2 and 2, "since the second quarter" ordinal 2, "a second
  straight AFL premiership" ordinal 2, "beating Geelong by 15 points" 15, "kicked four
  goals" 4, "led by 31 points ... before Geelong kicked five of the next six goals" 31, 5
  and 6. New: the AFL's score in goals, behinds and points - "AFL grand final: Brisbane
  14.11 (95) d Geelong 12.8 (80)" - carries none, as every score does: the three figures are
  one score written the way the code writes it, as „2:3 n.V. (1:0, 1:1)“ is one result with
  its halves (four-hundred-and-seventy-fifth), and "d" (defeated) nothing; the line is
  check-worthy without a figure, as a results line with a score only. New: "at three-quarter
  time" names the last break of an Australian rules game and carries none, as "Half-time:"
  and "Full-time:" carry none (four-hundred-and-sixty-first,
  four-hundred-and-seventy-fifth), being no fraction of anything counted; and "back-to-back
  AFL premierships" none, a phrase without a figure.

- Market snapshot lines (hundred-eighty-second and the later rounds): index levels are
  counts, a glued sign is the sign, "+" and direction words none, the indices' names none.
  The middle-dot rows „Dax 24.806 Pkt. (+1,1 %) · MDax 30.412 Pkt. (+0,7 %) · SDax 14.955
  Pkt. (+0,4 %) · Euro 1,1308 $“ (three levels, three changes and 1.1308 USD) and „ATX 4.386
  Pkt. (+0,3 %) · ATX Prime 2.201 Pkt. (+0,2 %)“ („ATX Prime“ a name;
  four-hundred-and-sixty-first, four-hundred-and-seventy-fifth); „Devisen: Euro steigt über
  1,13 Dollar – Referenzkurs 1,1302 (Mi.: 1,1234) $“ 1.13 USD "over", 1.1302 and 1.1234 USD
  (four-hundred-and-thirtieth), „Ölpreise: Brent fällt auf 68,35 Dollar je Barrel“ 68.35
  USD, „Aktien Schweiz Schluss: SMI steigt nach Zinssenkung um 0,8 Prozent auf 12'461
  Punkte“ (the Swiss apostrophe, tenth), „Aktien Wien Schluss: ATX beendet das Quartal mit
  einem Plus von 4,8 Prozent“ 4.8 (a plus as a noun no sign), "ASX closes 0.6pc higher as
  miners rally" 0.6 ("pc" percent, twentieth), "ASX 200: 8,921.4 (+52.3, +0.6%)" the level,
  52.3 and 0.6, as PA's "FTSE 100: 9,702.15 (-29.41, -0.3%)" (four-hundred-and-sixty-first;
  the plus no sign), "the benchmark S&P/ASX 200 closing up 52.3 points, or 0.6 per cent, at
  8,921.4" (two-hundred-and-ninety-ninth: "S&P/ASX 200" a name), "Kestwick shares closed
  down 14.2% at 388p" 14.2 and 3.88 GBP (pence hundredths of the pound,
  hundred-eighty-sixth; four-hundred-and-fifty-third: "412p"; "FTSE 250" a name), "The
  Australian dollar was buying 68.42 US cents at 5pm AEST." 0.6842 USD (thirty-eighth:
  "65.42 US cents") and "The Canadian dollar weakened 0.3% to 72.88 U.S. cents." 0.7288 USD
  (U.S. cents hundredths of the dollar, two-hundred-and-eighty-eighth), "The pound slipped
  0.4% to $1.3315" 0.4 and 1.3315 USD (four-hundred-and-seventy-fifth: "Sterling fell 0.5%
  to $1.2914"), "The Dow Jones Industrial Average rose 212.40 points, or 0.4%, to
  49,816.55." (four-hundred-and-sixth), "GOLD-Gold set for third straight quarterly gain,
  trades at $4,960/oz" ordinal 3 and 4,960 USD ("/oz" none, three-hundred-and-eightieth),
  "for a fourth straight session" ordinal 4, "Iron ore miner Yarrowdale Resources jumped 7.3
  per cent to $4.12" 4.12 AUD ("$" in Australian copy, four-hundred-and-seventy-ninth,
  four-hundred-and-eighty-third).

- Agenda and schedule lines (two-hundred-and-twenty-eighth and the later rounds) are
  check-worthy as scheduled events, with or without a figure; the clocks carry none and the
  middle dot nothing (four-hundred-and-thirtieth, four-hundred-and-seventy-fifth): „08:00
  Uhr · Wiesbaden · Destatis: Großhandelspreise August“, „10:30 Uhr · Berlin ·
  Regierungspressekonferenz“, „14:00 Uhr · Düsseldorf · Landtag: 37. Plenarsitzung, u. a.
  zum Haushalt 2028“ ordinal 37 and the year („u. a.“ none), „18:30 Uhr · Nürnberg · 2.
  Bundesliga, 5. Spieltag: 1. FC Nürnberg – Hannover 96“ ordinal 5 only, and AP's Daybook
  line "9:30 a.m. — House Budget Committee holds hearing on the federal debt outlook"
  without a figure (four-hundred-and-seventy-fifth). New: the Wochenvorschau's lines headed
  by a weekday and a date („Montag, 4. Oktober · Potsdam · Tarifverhandlungen für das
  Luftsicherheitspersonal, 3. Runde“ --10-04 and ordinal 3, „Mittwoch, 6. Oktober ·
  Wiesbaden · Destatis: Auftragseingang der Industrie im August“ --10-06, „Donnerstag, 7.
  Oktober · Wien · Nationalrat: Erste Lesung des Budgets 2028“ --10-07, ordinal 1 and the
  year; four-hundred-and-seventy-fifth: „Die erste Lesung“ ordinal 1) give the date without
  a year and the weekday none, as a weekday before „19. September“ carries none
  (three-hundred-and-forty-second, four-hundred-and-eighty-second), and Reuters' week-ahead
  lines headed in capitals ("MONDAY, OCT 4 - Euro zone - Sentix investor confidence (Oct):
  cons -4.2, prev -5.1" --10-04, -4.2 and -5.1; "TUESDAY, OCT 5 - Australia - RBA cash rate
  decision: cons 3.10%, prev 3.35%" --10-05 and both; "FRIDAY, OCT 8 - United States -
  Nonfarm payrolls (Sept): cons 145,000, prev 118,000" --10-08 and two counts) read the same
  way, the capitals as lower case and the month's abbreviation as in "Dec. 16"
  (four-hundred-and-seventy-fifth) - the day is part of the line as sent, unlike a bare
  clock; "cons" and "prev" labels (three-hundred-and-eightieth), a survey balance below zero
  a count with its glued sign (four-hundred-and-seventy-fifth: "cons -1.9 mln bbl"), "(Oct)"
  and "(Sept)" none. The overviews' headings are negatives („dpa-Tagesvorschau: Die Termine
  vom Montag im Überblick“, „dpa-Wochenvorschau: Tarifrunde an den Flughäfen, ...“, "Reuters
  diary: Key economic events in the week ahead", "Daybook: What's happening in Washington on
  Thursday"; four-hundred-and-sixty-first, four-hundred-and-seventy-fifth).

- Summary bullets (thirty-fourth, hundred-eighty-second, two-hundred-and-twenty-eighth,
  four-hundred-and-sixth, four-hundred-and-seventy-fifth, four-hundred-and-ninetieth): each
  bullet is a check-worthy row, the marker („•“, „–“, "- ") and the label before a colon
  carry nothing, and the lead-in is a negative („Das Wichtigste in Kürze:“, „Die Zahlen im
  Überblick:“ twice, "Key points from the ONS release:", "Key points from the housing
  speech:"). New: „Die Resultate im Überblick:“ heading a federal vote's results and „Die
  Ergebnisse vom Sonntag im Überblick:“ heading a matchday's results are lead-ins of the
  same kind and negatives. „• Leitzins: 0,25 Prozent (bisher: 0,5 Prozent)“ both, „•
  Inflationsprognose 2028: 0,3 Prozent“ the year and 0.3, „– Umsatz im ersten Halbjahr: 4,62
  Mrd. Euro (Vj.: 4,88 Mrd.)“ ordinal 1 and both EUR („im ersten Halbjahr“ ordinal 1,
  four-hundred-and-third: „im ersten Halbjahr 2028“; "(Vj.: ...)" a label,
  four-hundred-and-thirtieth), „– Stellenabbau: rund 900 Stellen bis Ende 2028“ 900 "about"
  and the year, „– Arbeitslose: 2,84 Millionen (Vorjahr: 2,91 Millionen)“ two counts, „–
  Kita-Initiative: 54,3 Prozent Ja (angenommen)“, „– Revision des Jagdgesetzes: 41,6 Prozent
  Ja (abgelehnt)“, "- Petrol down 4.1p a litre on the month, to 131.9p" 0.041 and 1.319 GBP
  ("a litre" and "on the month" none), "- Services inflation down to 4.2% from 4.6%" both
  ("to ... from" no range, hundred-ninety-first), "- £3.5bn a year for the affordable homes
  programme" 3.5 billion GBP. New: „– Quote: 6,0 Prozent (-0,1 Punkte)“ gives 6.0 "%" and
  -0.1 "pp" - a rate's change in „Punkte“ is in percentage points
  (four-hundred-and-fifty-third: "Widens to 6 Points"; four-hundred-and-ninetieth: „zwei
  Punkte“ in a poll headline), the glued sign its sign.

- Rates, votes and central banks: "quarter-point" 0.25 "pp" (four-hundred-and-twenty-third:
  "one more quarter-point cut away"), so "two quarter-point cuts for 2028" 2, 0.25 pp and
  the year, "an immediate quarter-point reduction" and "backed a quarter-point reduction"
  0.25 pp; „um 0,25 Prozentpunkte auf 0,25 Prozent“ 0.25 pp and 0.25 %; "votes 6-3",
  "approved 10-2" and "voted 61-38" two counts each (four-hundred-and-sixty-first: "voted
  71-27"); "three of the nine members" 3 and 9; "Nine Democrats joined all 52 Republicans
  present" 9 and 52 ("all" no hedge); "signals two cuts next year" 2 ("next year" none);
  "cut twice before March" 2 (three-hundred-and-first: "twice"); "the odds of a December
  move at roughly 35%", "the chance of a November cut at roughly 65%" and "the probability
  of an Oct. 27 cut ... at roughly 70%" "about" (the last with --10-27); "its 2% target" 2
  (a target as written, four-hundred-and-ninety-third: "the Fed's 2% goal"); "at its lowest
  in three years" 3 years (eighty-sixth: "the lowest in three years"); "the lowest since
  early 2025" the year (four-hundred-and-ninety-third: "early 2024").

- Counts, measures, money and hedges as every batch: "by nearly a fifth" 0.2 "nearly"
  (hundred-fifteenth), "about 9,400 homes", "about 6,200 residents", "about 1,100
  firefighters", "about 8 kilometers" (a distance a count), "about 21,000 customers", „rund
  140 Fahrgäste“, „rund 500 Kilogramm“, „rund 260 Feuerwehren“, „rund 19.000 Beschäftigte“,
  „rund 640 von 1.180“ (the first "about"), „rund 25.000 Luftsicherheitskräfte“, „rund 8.500
  Menschen“, „rund 4 Milliarden Franken“ CHF, „rund 2,3 Milliarden Euro“, „rund 18 Millionen
  Euro“, „rund 15 Prozent“, „rund 20 Minuten“ (20 minutes; „nur“ no hedge), „rund sechs
  Wochen“ "about"; "roughly $600 million a year" "about" ("a year" none); "more than 11,000
  acres", "more than 18,000 acres", „mehr als 1.400 Einsätzen“, „mehr als 200 Ausfälle“
  "over"; "at least 37 homes", "at least six weeks", "at least 18 months", „mindestens zwei
  Wochen“, „mindestens 320 Euro pro Monat“ "at_least"; "Gusts of up to 45 mph" 45 "up_to"
  (four-hundred-and-ninetieth: "Gusts of up to 85mph"); "between 41 and 43 million tonnes"
  41 and 43 million (the unit written once serving the earlier figure,
  four-hundred-and-seventy-fifth); "0.52 in the 10 weeks to Sept. 10, from 0.61" two counts,
  10 weeks and --09-10; "14 of its 280 sites"; "the seven-week extension" 7 weeks (the
  issue's "a two-week visit"); "two days before the new fiscal year begins" 2 days; "through
  Nov. 19" --11-19; "fiscal 2029" the year (hundred-sixty-third); "first-quarter" ordinal 1;
  "the third quarter" ordinal 3; „im zweiten Quartal“ ordinal 2; „der 14. Bombenfund“
  ordinal 14; „37. Plenarsitzung“ 37; „in 17 Kantonen ..., in 9“ 17 and 9; „mit 54,3 Prozent
  Ja-Stimmen“ 54.3; „bei 47,8 Prozent“ 47.8; „Aufschlag von 31 Prozent“ and „31 Prozent über
  dem Schlusskurs“ 31; „42 Euro je Oderkamp-Aktie“ 42 EUR; „auf 38 (52) Euro“ both EUR
  (four-hundred-and-seventy-fifth: „auf 64 (57) Euro“); „106,80 Euro“ EUR; „von 2,6 auf 2,2
  Prozent“ both; „7,5 Prozent mehr Geld“ 7.5. None: „Weltkriegsbombe“, „britische
  Fliegerbombe“, „tennisballgroßen“, „Köln/Bonn“, "FTSE 250", "S&P 500", "S&P/ASX 200", "ASX
  200", „ATX Prime“, „1. FC Nürnberg“, the clocks („gegen 9.40 Uhr“, „bis mindestens 18
  Uhr“, "at 6:52 a.m.", "at 5pm AEST", "at midnight Thursday"), „in diesem Jahr“, „seit
  Juni“, „vom Freitag“, „pro Monat“, "this year", "this financial year", "a year earlier",
  "next year", "late Monday", "early Wednesday", "by nightfall", "on the month", "on the
  year", the weekdays and the months.

- Years and dates: „EBITDA-PROGNOSE 2027“, „für 2027“ and "2027 profit" 2027, „Haushalt
  2028“, „bis Ende 2028“, „Inflationsprognose 2028“, „Autobahnvignette für 2028“, „Budgets
  2028“, "for 2028", "by the middle of 2028", "from April 2028" twice, "since 2023", "since
  early 2025", "since 2024", "since the end of 2024", "fiscal 2029" the years; „für den 4.
  Oktober“ --10-04; Reuters datelines with a day ("LONDON, Sept 13", "WASHINGTON, Sept 15",
  "OTTAWA, Sept 21", "LONDON, Sept 23", "NEW YORK, Sept 28", "NEW YORK, Sept 30") are dates
  without a year (three-hundred-and-ninety-fifth, four-hundred-and-seventy-fourth); dpa
  („Frankfurt/Main (dpa) -“, „Mainz (dpa) -“, „Berlin (dpa) -“, „Nürnberg (dpa) -“), dpa/lnw
  („Köln (dpa/lnw) -“), dpa-AFX („Frankfurt (dpa-AFX) -“, „München (dpa-AFX) -“), Reuters
  German („Stuttgart (Reuters) -“), APA („Wels (APA) -“, „Graz (APA) -“, „Wien (APA) -“),
  Keystone-SDA („Zürich (Keystone-SDA) -“, „Bern (Keystone-SDA) -“ twice), AP ("REDDING,
  Calif. (AP) —", "RIDGECREST, Calif. (AP) —", "KANSAS CITY, Mo. (AP) —", "WASHINGTON (AP)
  —"), PA ("LONDON (PA) -", "BIRMINGHAM (PA) -", "LIVERPOOL (PA) -") and AAP ("SYDNEY (AAP)
  -", "MELBOURNE (AAP) -") datelines none (seventy-ninth, hundred-eighty-second).

- Speakers, checked only in forms the earlier batches settled, in the first sentences and
  the lines after them, never in a headline, a flash, a results line, a bullet, an agenda
  line or a ticker entry. German: „teilte die Landespolizeidirektion mit“ (forty-third:
  „teilte die Feuerwehr mit“), „wie das Unternehmen am Mittwoch mitteilte“ -> "das
  Unternehmen" (four-hundred-and-seventy-fifth; the weekday dropped), „Finanzvorstand
  Bertram Gschwandtl-Abani sagte in einer Telefonkonferenz, ...“ the name
  (four-hundred-and-fifty-third, four-hundred-and-seventy-fifth), „teilte die SNB am
  Donnerstag mit“ -> "die SNB" (sixty-fourth; two-hundred-and-twenty-eighth), „sagte
  Direktoriumsmitglied Annemarie Ruchti-Okonkwo“, „sagte Feuerwerker Dariusz
  Ollesch-Wierzba“, „sagte VfB-Trainer Konstantin Scheuffele-Brandt“ and „sagte
  Verdi-Verhandlungsführerin Sandra Tillmanns-Yıldız“ the name with the title dropped
  (four-hundred-and-seventy-fifth: „ZSC-Trainer“; four-hundred-and-ninetieth:
  „EVG-Verhandlungsführerin“), „Mainz-Trainer Henning Schmidtlein-Osei sagte, ...“ the name
  (four-hundred-and-seventy-fifth: „Sozialministerin ... sagte, ...“), „teilte Drosselberg
  am Montag mit“ as written (four-hundred-and-ninetieth: „wie Westlotto mitteilte“), „teilte
  die Stadt mit“ (the past, while the ticker's present „teilt die Stadt mit“ stays
  unchecked, four-hundred-and-seventy-fifth), „teilte der Verein mit“
  (four-hundred-and-sixth), „wie das Ifo-Institut am Donnerstag mitteilte“, „teilte der
  Landesfeuerwehrverband mit“ (four-hundred-and-ninetieth: „teilte das
  Landesfeuerwehrkommando mit“), „wie die Bundeskanzlei mitteilte“
  (four-hundred-and-thirtieth: „wie die Kantonspolizei Schaffhausen mitteilte“), „teilte der
  Bundesverband der Luftsicherheitsunternehmen mit“, „teilte die Bundesagentur für Arbeit
  (BA) mit“ the source with the abbreviation dropped (four-hundred-and-eighty-second: „wie
  das Bundesamt für Statistik (BFS) mitteilte“) and „teilte die Statistik Austria am
  Donnerstag mit“ after „laut Schnellschätzung“ (four-hundred-and-seventy-fifth). English:
  "The company said ...", "the company said" (hundred-twenty-third), "Chief Executive Imelda
  Rushworth-Akande told analysts" and "Chief Financial Officer Theo Marazzi-Lund told
  analysts" (four-hundred-and-fifty-third), "the Office for National Statistics said"
  (four-hundred-and-seventy-fifth), "said Callum Brierfield-Nkosi, chief economist at ...",
  "said Nadia Ferriday-Kwan, head of rates strategy at ...", "said Desmond Archdeacon-Yeo,
  senior economist at ...", "said Priyanka Hollis-Senn, UK economist at ..." and "said Lena
  Stricklin-Obi, chief investment officer at ..." the name (three-hundred-and-fifty-sixth),
  "Battalion Chief Dolores Vanterpool-Ruiz said", "Villa manager Rory Castlemaine-Burke
  said", "Chiefs coach Vernon Eskew-Lowe said" and "Lions coach Damien Trevaskis-Quinn told
  reporters" the name with the role dropped (four-hundred-and-sixty-first;
  two-hundred-and-fourth: "told reporters"), "Yarrowdale chief executive Kirsty
  Ballingall-Rao told AAP" the name (three-hundred-and-seventy-second: "told AAP FactCheck";
  four-hundred-and-eighty-second: "told PA"), "Statistics Canada said" and "Southern
  California Edison said" as written (four-hundred-and-ninetieth: "Rightmove said", "Florida
  Power & Light said"), "The Local Government Association said" with the article lowered
  (hundred-fourteenth), "Sen. Wendell Harrowby-Fyfe, R-Kan., said" the name
  (four-hundred-and-seventy-fifth, four-hundred-and-ninetieth). Check-worthy without a
  figure beside them: a restoration timetable (Southern California Edison;
  four-hundred-and-ninetieth), an injury (Trevaskis-Quinn; four-hundred-and-ninetieth) and a
  storm's passage (the Landesfeuerwehrverband). Left unchecked (None): headline colons and
  closing dashes, flashes, results lines, bullets, agenda lines and ticker entries;
  present-tense attribution ("says", „meldet“, „teilt ... mit“); roles („sagte ein Sprecher
  des Roten Kreuzes“, „sagte eine Sprecherin der Landwirtschaftskammer“, „sagte ein
  BA-Sprecher“, "the Fed chair told reporters"; four-hundred-and-ninetieth: „sagte ein
  Meteorologe des Deutschen Wetterdienstes“); plural sources ("Kern County fire officials
  said", "Traders said", "Economists said", "Analysts said", "Brokers said", „Händler
  nannten“; forty-first); "according to the National Weather Service"
  (two-hundred-and-sixty-sixth and the later rounds: "according to"); verbs that are no
  saying („schätzt die Hagelversicherung“, four-hundred-and-ninety-third: „Der Bund
  schätzt“; "The Bank of England forecast that ...", as "The Government expects",
  four-hundred-and-ninetieth, and "has estimated", four-hundred-and-ninety-third); rows
  without attribution and all negatives, also those with a named speaker. To keep the
  checked speakers near 35, several figures are given with a role or no attribution at all,
  and „laut“ and „nach Angaben“ outside the tickers are not used, the rounds having read
  them both ways.

- Negatives (fourteenth, thirty-second, forty-third, ninety-eighth, two-hundred-and-fourth
  and the fifteen rounds), besides the headings, frames, lead-ins, scene lines, cheers and
  advice above: labels and quotes of rhetoric and feeling („Der Landeshauptmann sprach von
  einem „Bild der Verwüstung“.“, „Händler nannten die Warnung einen „Nackenschlag für die
  ganze Chemiebranche“.“, „Scheuffele-Brandt sprach von einem „Abend zum Vergessen“.“, „Der
  Oderkamp-Betriebsrat sprach von einem „feindlichen Manöver“.“, „SCB-Trainer Pascal
  Rüfenacht-Pinto sprach von einem „Sieg des Willens“.“, „Ein Winzer sprach von einer
  „Katastrophe mit Ansage“.“, „Die Initiantinnen sprachen von einem „historischen Tag für
  die Familien“.“, „Schmidtlein-Osei sprach von einer „Lehrstunde in Sachen Cleverness“.“,
  „Die Arbeitgeber nannten den Streik „maßlos und unverhältnismäßig“.“, „Ökonomen sprachen
  von einem Arbeitsmarkt „im Wartemodus“.“, the quotes of Tregunna-Reyes, a consumer group's
  spokeswoman, the Fed chair, Castlemaine-Burke, Trevaskis-Quinn and Eskew-Lowe, "Shadow
  housing secretary Hugo Pembury-Idowu called the plan ...", "The top Senate Democrat called
  the bill ..."); views and mood told as reports ("Traders said the message was more hawkish
  ...", "Brokers said the rally had further to run ...", "Analysts said a cut next month now
  looked like the base case.", "Economists said the vote split was more dovish ...",
  "Traders said activity was subdued ..."; four-hundred-and-sixty-first,
  three-hundred-and-ninety-fifth); teaser questions and service headings („Rekord im Dax:
  Ist die Luft jetzt raus?“, „Streik am Flughafen: Welche Rechte haben Passagiere?“, „Was
  die Zinssenkung für Sparer und Hypothekarnehmer bedeutet“, „Wiener Börse: Was Anleger
  jetzt erwartet – ein Ausblick“, "Mortgage rates: what the Bank's decision means for you",
  "Is Tolvane Freight a Buy After the Post-Earnings Drop?", "NFL power rankings: Who's
  rising and who's sliding?"; four-hundred-and-fifty-third, four-hundred-and-sixty-first,
  four-hundred-and-ninetieth); a ratings label ("Player ratings: how every Lion fared on the
  biggest day of all"; four-hundred-and-sixty-first); advice from officials ("Drop, cover
  and hold on if the shaking starts again, officials urged residents."). As the brief for
  these batches asks, negatives carry no expected quantities, and this batch writes no
  figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_495 = [
    # --- Termine am Montag (dpa), Montag, 13. September 2027 ---
    ("de", "dpa-Tagesvorschau: Die Termine vom Montag im Überblick", False, [], None),
    ("de", "08:00 Uhr · Wiesbaden · Destatis: Großhandelspreise August", True, [], None),
    ("de", "10:30 Uhr · Berlin · Regierungspressekonferenz", True, [], None),
    (
        "de",
        "14:00 Uhr · Düsseldorf · Landtag: 37. Plenarsitzung, u. a. zum Haushalt 2028",
        True,
        [("ordinal", 37, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "18:30 Uhr · Nürnberg · 2. Bundesliga, 5. Spieltag: 1. FC Nürnberg – Hannover 96",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    # --- Kestwick Homes (Reuters), London, Monday, September 13 ---
    ("en", "URGENT-Kestwick Homes cuts full-year profit forecast as buyers hold back", True, [], None),
    (
        "en",
        "UPDATE 1-UK housebuilder Kestwick sees 2027 profit of 310 mln stg, down from 380 mln",
        True,
        [("year", 2027, None, None), ("money", 310000000, "GBP", None), ("money", 380000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "LONDON, Sept 13 (Reuters) - Kestwick Homes cut its annual profit forecast by nearly a fifth on Monday, blaming weaker buyer demand and higher build costs, and now expects to complete about 9,400 homes this year.",
        True,
        [("date", "--09-13", None, None), ("fraction", 0.2, None, "nearly"), ("count", 9400, None, "about")],
        None,
    ),
    (
        "en",
        "The company said sales per site per week had slipped to 0.52 in the 10 weeks to Sept. 10, from 0.61 a year earlier.",
        True,
        [
            ("count", 0.52, None, None),
            ("duration", 10, "week", None),
            ("date", "--09-10", None, None),
            ("count", 0.61, None, None),
        ],
        "the company",
    ),
    (
        "en",
        "Chief Executive Imelda Rushworth-Akande told analysts the group would pause building on 14 of its 280 sites.",
        True,
        [("count", 14, None, None), ("count", 280, None, None)],
        "Imelda Rushworth-Akande",
    ),
    (
        "en",
        "Kestwick shares closed down 14.2% at 388p, the biggest faller on the FTSE 250.",
        True,
        [("percent", 14.2, "%", None), ("money", 3.88, "GBP", None)],
        None,
    ),
    (
        "en",
        '"This is a management team that has run out of road," said Oliver Tregunna-Reyes, an analyst at Larkhollow Capital.',
        False,
        [],
        None,
    ),
    # --- Zugunfall bei Marchtrenk (APA), Dienstag, 14. September ---
    ("de", "EIL: Zwei Züge bei Wels zusammengestoßen – mehrere Verletzte", True, [], None),
    ("de", "+++ Zugunfall in Oberösterreich – der Liveticker +++", False, [], None),
    (
        "de",
        "10.12 Uhr: Ein Regionalzug und ein Güterzug sind gegen 9.40 Uhr bei Marchtrenk seitlich zusammengestoßen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "10.35 Uhr: Das Rote Kreuz meldet 23 Verletzte, vier davon schwer.",
        True,
        [("count", 23, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "10.50 Uhr: Über der Unfallstelle kreist ein Notarzthubschrauber, Schaulustige säumen die Bahnböschung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "11.20 Uhr: Die Westbahn zwischen Linz und Wels bleibt nach ÖBB-Angaben bis mindestens 18 Uhr gesperrt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Wels (APA) - Beim Zusammenstoß eines Regionalzugs mit einem Güterzug bei Marchtrenk in Oberösterreich sind am Dienstagvormittag 23 Menschen verletzt worden, teilte die Landespolizeidirektion mit.",
        True,
        [("count", 23, None, None)],
        "die Landespolizeidirektion",
    ),
    (
        "de",
        "Im Regionalzug seien rund 140 Fahrgäste gewesen, sagte ein Sprecher des Roten Kreuzes.",
        True,
        [("count", 140, None, "about")],
        None,
    ),
    ("de", "Der Landeshauptmann sprach von einem „Bild der Verwüstung“.", False, [], None),
    # --- Wildfire near Redding (AP), Tuesday, September 14 ---
    ("en", "BREAKING: Fast-moving wildfire forces evacuations west of Redding, California", True, [], None),
    (
        "en",
        "9:40 a.m. PDT — The fire has burned more than 11,000 acres since it broke out late Monday and is 5% contained.",
        True,
        [("count", 11000, None, "over"), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "10:25 a.m. PDT — A thick orange haze hangs over downtown Redding, and ash is settling on parked cars.",
        False,
        [],
        None,
    ),
    (
        "en",
        "11:10 a.m. PDT — Evacuation orders now cover about 6,200 residents in four communities, the sheriff's office says.",
        True,
        [("count", 6200, None, "about"), ("count", 4, None, None)],
        None,
    ),
    ("en", "11:55 a.m. PDT — If you are told to go, grab your medications and documents and go.", False, [], None),
    (
        "en",
        "REDDING, Calif. (AP) — A wind-driven wildfire tore through more than 18,000 acres of brush and timber west of Redding on Tuesday, destroying at least 37 homes and forcing about 6,200 people to flee.",
        True,
        [("count", 18000, None, "over"), ("count", 37, None, "at_least"), ("count", 6200, None, "about")],
        None,
    ),
    (
        "en",
        "Battalion Chief Dolores Vanterpool-Ruiz said about 1,100 firefighters and 19 aircraft had been assigned to the blaze.",
        True,
        [("count", 1100, None, "about"), ("count", 19, None, None)],
        "Dolores Vanterpool-Ruiz",
    ),
    (
        "en",
        "Gusts of up to 45 mph were expected through Wednesday, according to the National Weather Service.",
        True,
        [("count", 45, None, "up_to")],
        None,
    ),
    # --- Ulmenau Chemie (dpa-AFX), Frankfurt, Mittwoch, 15. September ---
    (
        "de",
        "ULMENAU CHEMIE SENKT EBITDA-PROGNOSE 2027 AUF 1,15 BIS 1,25 MRD. EURO (BISHER: 1,4 BIS 1,5 MRD.)",
        True,
        [
            ("year", 2027, None, None),
            ("money", 1150000000, "EUR", None),
            ("money", 1250000000, "EUR", None),
            ("money", 1400000000, "EUR", None),
            ("money", 1500000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "DAX-FLASH: DAX -0,1% AUF 24.312 PKT. – MDAX -0,4% – ULMENAU -10,8%",
        True,
        [
            ("percent", -0.1, "%", None),
            ("count", 24312, None, None),
            ("percent", -0.4, "%", None),
            ("percent", -10.8, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Spezialchemiekonzern Ulmenau hat wegen einer schwachen Nachfrage aus der Bauindustrie seine Gewinnprognose für 2027 deutlich gesenkt, wie das Unternehmen am Mittwoch mitteilte.",
        True,
        [("year", 2027, None, None)],
        "das Unternehmen",
    ),
    ("de", "Die Zahlen im Überblick:", False, [], None),
    (
        "de",
        "– Umsatz im ersten Halbjahr: 4,62 Mrd. Euro (Vj.: 4,88 Mrd.)",
        True,
        [("ordinal", 1, None, None), ("money", 4620000000, "EUR", None), ("money", 4880000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "– Stellenabbau: rund 900 Stellen bis Ende 2028",
        True,
        [("count", 900, None, "about"), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Bertram Gschwandtl-Abani sagte in einer Telefonkonferenz, in der Bauchemie seien die Bestellungen seit Juni um rund 15 Prozent eingebrochen.",
        True,
        [("percent", 15, "%", "about")],
        "Bertram Gschwandtl-Abani",
    ),
    (
        "de",
        "Kursziel: Kahlgrund Research senkt Ulmenau auf 38 (52) Euro – 'Halten'",
        True,
        [("money", 38, "EUR", None), ("money", 52, "EUR", None)],
        None,
    ),
    ("de", "Händler nannten die Warnung einen „Nackenschlag für die ganze Chemiebranche“.", False, [], None),
    # --- UK inflation (PA), London, Wednesday, September 15 ---
    ("en", "UK inflation falls to 2.6% in August as petrol prices ease", True, [("percent", 2.6, "%", None)], None),
    (
        "en",
        "LONDON (PA) - Prices rose at an annual rate of 2.6% in August, down from 3.0% the month before, the Office for National Statistics said.",
        True,
        [("percent", 2.6, "%", None), ("percent", 3.0, "%", None)],
        "the Office for National Statistics",
    ),
    ("en", "Key points from the ONS release:", False, [], None),
    (
        "en",
        "- Petrol down 4.1p a litre on the month, to 131.9p",
        True,
        [("money", 0.041, "GBP", None), ("money", 1.319, "GBP", None)],
        None,
    ),
    (
        "en",
        "- Services inflation down to 4.2% from 4.6%",
        True,
        [("percent", 4.2, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Services price growth, which rate-setters watch most closely, is now at its lowest in three years, said Callum Brierfield-Nkosi, chief economist at Quillstone Partners.",
        True,
        [("duration", 3, "year", None)],
        "Callum Brierfield-Nkosi",
    ),
    (
        "en",
        '"Families will not feel any of this at the till for months," said a spokeswoman for a consumer group.',
        False,
        [],
        None,
    ),
    # --- Federal Reserve (Bloomberg, Reuters), Washington, Wednesday, September 15 ---
    (
        "en",
        "*FED HOLDS RATES AT 3.25% TO 3.5%, AS EXPECTED",
        True,
        [("percent", 3.25, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    ("en", "URGENT-Fed holds rates steady, signals two cuts next year", True, [("count", 2, None, None)], None),
    (
        "en",
        "WASHINGTON, Sept 15 (Reuters) - U.S. central bankers left the policy rate unchanged between 3.25% and 3.50% on Wednesday but pencilled in two quarter-point cuts for 2028.",
        True,
        [
            ("date", "--09-15", None, None),
            ("percent", 3.25, "%", None),
            ("percent", 3.5, "%", None),
            ("count", 2, None, None),
            ("percent", 0.25, "pp", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "The decision was approved 10-2, with both dissenters favoring an immediate quarter-point reduction.",
        True,
        [("count", 10, None, None), ("count", 2, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    ("en", '"The labor market is cooling, not cracking," the Fed chair told reporters.', False, [], None),
    (
        "en",
        "Traders in rate futures now put the odds of a December move at roughly 35%, said Nadia Ferriday-Kwan, head of rates strategy at Mossvale Securities.",
        True,
        [("percent", 35, "%", "about")],
        "Nadia Ferriday-Kwan",
    ),
    (
        "en",
        "*S&P 500 CLOSES DOWN 0.4% AT 7,418.66; NASDAQ DOWN 0.7%",
        True,
        [("percent", 0.4, "%", None), ("count", 7418.66, None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    ("en", "Traders said the message was more hawkish than they had bargained for.", False, [], None),
    # --- SNB-Zinsentscheid (Keystone-SDA, awp), Donnerstag, 16. September ---
    ("de", "EIL: SNB senkt Leitzins auf 0,25 Prozent", True, [("percent", 0.25, "%", None)], None),
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizerische Nationalbank senkt ihren Leitzins um 0,25 Prozentpunkte auf 0,25 Prozent, teilte die SNB am Donnerstag mit.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 0.25, "%", None)],
        "die SNB",
    ),
    ("de", "Das Wichtigste in Kürze:", False, [], None),
    (
        "de",
        "• Leitzins: 0,25 Prozent (bisher: 0,5 Prozent)",
        True,
        [("percent", 0.25, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "de",
        "• Inflationsprognose 2028: 0,3 Prozent",
        True,
        [("year", 2028, None, None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Nationalbank habe im zweiten Quartal Devisen für rund 4 Milliarden Franken gekauft, sagte Direktoriumsmitglied Annemarie Ruchti-Okonkwo.",
        True,
        [("ordinal", 2, None, None), ("money", 4000000000, "CHF", "about")],
        "Annemarie Ruchti-Okonkwo",
    ),
    (
        "de",
        "Aktien Schweiz Schluss: SMI steigt nach Zinssenkung um 0,8 Prozent auf 12'461 Punkte",
        True,
        [("percent", 0.8, "%", None), ("count", 12461, None, None)],
        None,
    ),
    ("de", "Was die Zinssenkung für Sparer und Hypothekarnehmer bedeutet", False, [], None),
    # --- Bundesliga, 4. Spieltag: Eintracht Frankfurt – VfB Stuttgart (dpa), Freitag, 17. September ---
    ("de", "+++ Bundesliga: Eintracht Frankfurt gegen VfB Stuttgart – der Liveticker +++", False, [], None),
    (
        "de",
        "12. Min.: TOOOR für Stuttgart! Milo Trautwein-Kamara schiebt nach einem Konter zum 0:1 ein.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "45.+2 Min.: Halbzeit, der VfB führt mit 1:0.",
        True,
        [("ordinal", 45, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "58. Min.: Elfmeter für die Eintracht – Jonah Weisgerber-Lindahl verwandelt sicher zum 1:1.",
        True,
        [("ordinal", 58, None, None)],
        None,
    ),
    (
        "de",
        "90.+4 Min.: TOOOR! Aaron Wiemeyer-Quaye köpft die Eintracht zum 2:1.",
        True,
        [("ordinal", 90, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Bundesliga, 4. Spieltag: Eintracht Frankfurt – VfB Stuttgart 2:1 (0:1)",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Tore: 0:1 Trautwein-Kamara (12.), 1:1 Weisgerber-Lindahl (58./Foulelfmeter), 2:1 Wiemeyer-Quaye (90.+4) – Rot: Hohnerlein-Duarte (81.) – Zuschauer: 58.000 (ausverkauft)",
        True,
        [
            ("ordinal", 12, None, None),
            ("ordinal", 58, None, None),
            ("ordinal", 90, None, None),
            ("ordinal", 4, None, None),
            ("ordinal", 81, None, None),
            ("count", 58000, None, None),
        ],
        None,
    ),
    (
        "de",
        "Frankfurt/Main (dpa) - Eintracht Frankfurt hat dank eines Kopfballtors in der Nachspielzeit den dritten Sieg im vierten Saisonspiel gefeiert.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Stuttgarts Kapitän Silas Hohnerlein-Duarte fehle nach der Roten Karte voraussichtlich zwei Spiele, sagte VfB-Trainer Konstantin Scheuffele-Brandt.",
        True,
        [("count", 2, None, None)],
        "Konstantin Scheuffele-Brandt",
    ),
    ("de", "Scheuffele-Brandt sprach von einem „Abend zum Vergessen“.", False, [], None),
    # --- Aston Villa v Everton (PA), Birmingham, Saturday, September 18 ---
    ("en", "Live: Aston Villa v Everton - all the Premier League action as it happens", False, [], None),
    ("en", "GOAL! Aston Villa 1-0 Everton (Whitmarsh-Amoah 17)", True, [("ordinal", 17, None, None)], None),
    (
        "en",
        "64 min: GOAL! Kieran Mawdsley-Diallo equalises from the penalty spot - Aston Villa 1-1 Everton",
        True,
        [("ordinal", 64, None, None)],
        None,
    ),
    (
        "en",
        "88 min: Everton substitute Reece Atherstone-Boyle is booked for the second time and sent off.",
        True,
        [("ordinal", 88, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", "Full-time: Aston Villa 1-1 Everton", True, [], None),
    (
        "en",
        "Aston Villa 1 (Whitmarsh-Amoah 17) Everton 1 (Mawdsley-Diallo 64 pen)",
        True,
        [("ordinal", 17, None, None), ("ordinal", 64, None, None)],
        None,
    ),
    ("en", "Attendance: 41,806", True, [("count", 41806, None, None)], None),
    (
        "en",
        "BIRMINGHAM (PA) - Aston Villa dropped two more points at home as Mawdsley-Diallo's penalty earned 10-man Everton a 1-1 draw.",
        True,
        [("count", 2, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Villa manager Rory Castlemaine-Burke said Tomás Ebberly-Santos would miss at least six weeks after damaging knee ligaments.",
        True,
        [("duration", 6, "week", "at_least")],
        "Rory Castlemaine-Burke",
    ),
    ("en", '"We have to stop feeling sorry for ourselves," Castlemaine-Burke said.', False, [], None),
    # --- Drosselberg und Oderkamp (Reuters, dpa-AFX), Stuttgart, Montag, 20. September ---
    ("de", "Reuters-Eilmeldung: Maschinenbauer Drosselberg will Konkurrenten Oderkamp übernehmen", True, [], None),
    (
        "de",
        "ROUNDUP: Drosselberg bietet 42 Euro je Oderkamp-Aktie – Aufschlag von 31 Prozent",
        True,
        [("money", 42, "EUR", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Stuttgart (Reuters) - Der Maschinenbauer Drosselberg will seinen kleineren Rivalen Oderkamp für rund 2,3 Milliarden Euro übernehmen.",
        True,
        [("money", 2300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das Angebot liege 31 Prozent über dem Schlusskurs vom Freitag, teilte Drosselberg am Montag mit.",
        True,
        [("percent", 31, "%", None)],
        "Drosselberg",
    ),
    (
        "de",
        "Zusammen kämen beide Unternehmen auf rund 19.000 Beschäftigte in 34 Ländern.",
        True,
        [("count", 19000, None, "about"), ("count", 34, None, None)],
        None,
    ),
    ("de", "Der Oderkamp-Betriebsrat sprach von einem „feindlichen Manöver“.", False, [], None),
    # --- ASX close (AAP), Sydney, Monday, September 20 ---
    ("en", "ASX closes 0.6pc higher as miners rally", True, [("percent", 0.6, "%", None)], None),
    (
        "en",
        "SYDNEY (AAP) - Australian shares rose for a fourth straight session on Monday, the benchmark S&P/ASX 200 closing up 52.3 points, or 0.6 per cent, at 8,921.4.",
        True,
        [
            ("ordinal", 4, None, None),
            ("count", 52.3, None, None),
            ("percent", 0.6, "%", None),
            ("count", 8921.4, None, None),
        ],
        None,
    ),
    (
        "en",
        "ASX 200: 8,921.4 (+52.3, +0.6%)",
        True,
        [("count", 8921.4, None, None), ("count", 52.3, None, None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "Iron ore miner Yarrowdale Resources jumped 7.3 per cent to $4.12 after lifting its shipping guidance.",
        True,
        [("percent", 7.3, "%", None), ("money", 4.12, "AUD", None)],
        None,
    ),
    (
        "en",
        "Yarrowdale chief executive Kirsty Ballingall-Rao told AAP the company now expected to ship between 41 and 43 million tonnes this financial year.",
        True,
        [("count", 41000000, None, None), ("count", 43000000, None, None)],
        "Kirsty Ballingall-Rao",
    ),
    (
        "en",
        "The Australian dollar was buying 68.42 US cents at 5pm AEST.",
        True,
        [("money", 0.6842, "USD", None)],
        None,
    ),
    ("en", "Brokers said the rally had further to run as long as Chinese steel mills kept buying.", False, [], None),
    # --- Bombenfund in Köln-Deutz (dpa/lnw), Dienstag, 21. September ---
    (
        "de",
        "Eil +++ Weltkriegsbombe in Köln-Deutz gefunden – rund 8.500 Menschen müssen ihre Wohnungen verlassen +++",
        True,
        [("count", 8500, None, "about")],
        None,
    ),
    ("de", "+++ Bombenfund in Köln – alle Entwicklungen im Newsblog +++", False, [], None),
    (
        "de",
        "[10:40] Die Bombe wiegt nach Angaben der Stadt rund 500 Kilogramm und hat einen Aufschlagzünder.",
        True,
        [("count", 500, None, "about")],
        None,
    ),
    (
        "de",
        "[11:15] Der Sperrradius beträgt 1.000 Meter, betroffen sind auch zwei Altenheime.",
        True,
        [("count", 1000, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "[13:45] Anwohner sollen sich bei Bekannten oder in der Notunterkunft auf dem Messegelände einfinden.",
        False,
        [],
        None,
    ),
    ("de", "[15:20] Entwarnung: Die Bombe ist entschärft, teilt die Stadt mit.", True, [], None),
    (
        "de",
        "Köln (dpa/lnw) - Experten des Kampfmittelbeseitigungsdienstes haben am Dienstag in Köln-Deutz eine 500 Kilogramm schwere britische Fliegerbombe entschärft, teilte die Stadt mit.",
        True,
        [("count", 500, None, None)],
        "die Stadt",
    ),
    (
        "de",
        "Die Entschärfung habe nur rund 20 Minuten gedauert, sagte Feuerwerker Dariusz Ollesch-Wierzba.",
        True,
        [("duration", 20, "minute", "about")],
        "Dariusz Ollesch-Wierzba",
    ),
    ("de", "Es war bereits der 14. Bombenfund in Köln in diesem Jahr.", True, [("ordinal", 14, None, None)], None),
    # --- Canada inflation (Reuters), Ottawa, Tuesday, September 21 ---
    (
        "en",
        "URGENT-Canada's annual inflation rate slows to 2.1% in August - StatCan",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "OTTAWA, Sept 21 (Reuters) - Consumer prices in Canada rose 2.1% on the year in August, slowing from July's 2.5% pace, Statistics Canada said on Tuesday; economists had forecast 2.2%.",
        True,
        [
            ("date", "--09-21", None, None),
            ("percent", 2.1, "%", None),
            ("percent", 2.5, "%", None),
            ("percent", 2.2, "%", None),
        ],
        "Statistics Canada",
    ),
    (
        "en",
        "The Canadian dollar weakened 0.3% to 72.88 U.S. cents.",
        True,
        [("percent", 0.3, "%", None), ("money", 0.7288, "USD", None)],
        None,
    ),
    (
        "en",
        "Swaps traders put the probability of an Oct. 27 cut by the Bank of Canada at roughly 70%.",
        True,
        [("date", "--10-27", None, None), ("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "Core measures averaged 2.4%, the lowest since early 2025, said Desmond Archdeacon-Yeo, senior economist at Wickersley Capital Markets.",
        True,
        [("percent", 2.4, "%", None), ("year", 2025, None, None)],
        "Desmond Archdeacon-Yeo",
    ),
    ("en", "Analysts said a cut next month now looked like the base case.", False, [], None),
    # --- National League: SC Bern – EV Zug (Keystone-SDA), Mittwoch, 22. September ---
    ("de", "Eishockey: Bern gewinnt Spitzenspiel gegen Zug im Penaltyschiessen", True, [], None),
    ("de", "National League: SC Bern – EV Zug 4:3 n.P. (1:0, 2:2, 0:1)", True, [], None),
    (
        "de",
        "Tore: 8. Aeschlimann-Ndoye 1:0. 24. Inäbnit-Lowe 1:1. 29. Tschumi-Eze 2:1. 35. Gyger-Hasler 2:2. 39. Aeschlimann-Ndoye 3:2. 47. Jacot-Boamah 3:3.",
        True,
        [
            ("ordinal", 8, None, None),
            ("ordinal", 24, None, None),
            ("ordinal", 29, None, None),
            ("ordinal", 35, None, None),
            ("ordinal", 39, None, None),
            ("ordinal", 47, None, None),
        ],
        None,
    ),
    (
        "de",
        "Bern (Keystone-SDA) - Der SC Bern hat das Spitzenspiel gegen den EV Zug vor 16'210 Zuschauern im Penaltyschiessen gewonnen.",
        True,
        [("count", 16210, None, None)],
        None,
    ),
    (
        "de",
        "Die Berner liegen nach neun Runden mit 21 Punkten an der Spitze, zwei Zähler vor Zug.",
        True,
        [("count", 9, None, None), ("count", 21, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Goalie Ueli Stucki-Mbaye parierte 38 von 41 Schüssen und alle vier Penaltys der Zuger.",
        True,
        [("count", 38, None, None), ("count", 41, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Zugs Verteidiger Fabian Gwerder-Ochsner falle mit einer Gehirnerschütterung mindestens zwei Wochen aus, teilte der Verein mit.",
        True,
        [("duration", 2, "week", "at_least")],
        "der Verein",
    ),
    ("de", "SCB-Trainer Pascal Rüfenacht-Pinto sprach von einem „Sieg des Willens“.", False, [], None),
    # --- Earthquake near Ridgecrest (AP), Wednesday, September 22 ---
    (
        "en",
        "BREAKING: Strong earthquake shakes Southern California; no immediate reports of major damage",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Latest: Magnitude 6.1 quake centered near Ridgecrest, USGS says",
        True,
        [("count", 6.1, None, None)],
        None,
    ),
    (
        "en",
        "7:18 a.m. PDT — The quake struck at 6:52 a.m. at a depth of about 8 kilometers, the U.S. Geological Survey says.",
        True,
        [("count", 8, None, "about")],
        None,
    ),
    (
        "en",
        "8:30 a.m. PDT — Seismographs have recorded at least 14 aftershocks measuring magnitude 3 or greater.",
        True,
        [("count", 14, None, "at_least"), ("count", 3, None, None)],
        None,
    ),
    ("en", "9:10 a.m. PDT — Video on social media shows groceries strewn across supermarket aisles.", False, [], None),
    (
        "en",
        "RIDGECREST, Calif. (AP) — A magnitude 6.1 earthquake jolted the Mojave Desert early Wednesday, cracking roads and knocking out power to about 21,000 customers.",
        True,
        [("count", 6.1, None, None), ("count", 21000, None, "about")],
        None,
    ),
    (
        "en",
        "Two people were treated for minor injuries, Kern County fire officials said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Southern California Edison said crews hoped to have most customers back on the grid by nightfall.",
        True,
        [],
        "Southern California Edison",
    ),
    ("en", "Drop, cover and hold on if the shaking starts again, officials urged residents.", False, [], None),
    # --- Ifo-Index, Aktien Frankfurt Schluss, Devisen, Ölpreise (dpa-AFX), Donnerstag, 23. September ---
    (
        "de",
        "Ifo-Geschäftsklima steigt im September überraschend auf 89,6 Punkte",
        True,
        [("count", 89.6, None, None)],
        None,
    ),
    (
        "de",
        "München (dpa-AFX) - Die Laune der deutschen Unternehmen hat sich im September überraschend gebessert: Der Ifo-Geschäftsklimaindex stieg von 88,7 auf 89,6 Punkte, wie das Ifo-Institut am Donnerstag mitteilte.",
        True,
        [("count", 88.7, None, None), ("count", 89.6, None, None)],
        "das Ifo-Institut",
    ),
    ("de", "Aktien Frankfurt Schluss: Dax nach Ifo-Daten auf Rekordhoch", True, [], None),
    (
        "de",
        "Dax 24.806 Pkt. (+1,1 %) · MDax 30.412 Pkt. (+0,7 %) · SDax 14.955 Pkt. (+0,4 %) · Euro 1,1308 $",
        True,
        [
            ("count", 24806, None, None),
            ("percent", 1.1, "%", None),
            ("count", 30412, None, None),
            ("percent", 0.7, "%", None),
            ("count", 14955, None, None),
            ("percent", 0.4, "%", None),
            ("money", 1.1308, "USD", None),
        ],
        None,
    ),
    (
        "de",
        "Devisen: Euro steigt über 1,13 Dollar – Referenzkurs 1,1302 (Mi.: 1,1234) $",
        True,
        [("money", 1.13, "USD", "over"), ("money", 1.1302, "USD", None), ("money", 1.1234, "USD", None)],
        None,
    ),
    ("de", "Ölpreise: Brent fällt auf 68,35 Dollar je Barrel", True, [("money", 68.35, "USD", None)], None),
    ("de", "Händler sprachen von einem „Befreiungsschlag“ nach wochenlanger Lethargie.", False, [], None),
    ("de", "Rekord im Dax: Ist die Luft jetzt raus?", False, [], None),
    # --- Bank of England (Reuters), London, Thursday, September 23 ---
    (
        "en",
        "URGENT-Bank of England holds Bank Rate at 3.25%, votes 6-3",
        True,
        [("percent", 3.25, "%", None), ("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "LONDON, Sept 23 (Reuters) - The Bank of England left Bank Rate unchanged at 3.25% on Thursday, although three of the nine members of its Monetary Policy Committee backed a quarter-point reduction.",
        True,
        [
            ("date", "--09-23", None, None),
            ("percent", 3.25, "%", None),
            ("count", 3, None, None),
            ("count", 9, None, None),
            ("percent", 0.25, "pp", None),
        ],
        None,
    ),
    (
        "en",
        "The Bank of England forecast that inflation would return to its 2% target by the middle of 2028.",
        True,
        [("percent", 2, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The pound slipped 0.4% to $1.3315 in the wake of the announcement.",
        True,
        [("percent", 0.4, "%", None), ("money", 1.3315, "USD", None)],
        None,
    ),
    (
        "en",
        "Markets now put the chance of a November cut at roughly 65%, said Priyanka Hollis-Senn, UK economist at Fellhurst Bank.",
        True,
        [("percent", 65, "%", "about")],
        "Priyanka Hollis-Senn",
    ),
    ("en", "Economists said the vote split was more dovish than they had expected.", False, [], None),
    ("en", "Mortgage rates: what the Bank's decision means for you", False, [], None),
    # --- Hagelunwetter in der Steiermark (APA), Freitag, 24. September ---
    ("de", "EIL: Schwere Hagelunwetter in der Südsteiermark – Feuerwehren im Großeinsatz", True, [], None),
    (
        "de",
        "Graz (APA) - Heftige Gewitter mit teils tennisballgroßen Hagelkörnern sind am Freitagnachmittag über die Süd- und Oststeiermark gezogen, teilte der Landesfeuerwehrverband mit.",
        True,
        [],
        "der Landesfeuerwehrverband",
    ),
    (
        "de",
        "Bis zum Abend rückten rund 260 Feuerwehren zu mehr als 1.400 Einsätzen aus.",
        True,
        [("count", 260, None, "about"), ("count", 1400, None, "over")],
        None,
    ),
    (
        "de",
        "In Leibnitz wurden drei Menschen durch umstürzende Bäume leicht verletzt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Den Schaden in der Landwirtschaft schätzt die Hagelversicherung vorläufig auf rund 18 Millionen Euro.",
        True,
        [("money", 18000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Besonders betroffen seien Weingärten kurz vor der Lese, sagte eine Sprecherin der Landwirtschaftskammer.",
        True,
        [],
        None,
    ),
    ("de", "Ein Winzer sprach von einer „Katastrophe mit Ansage“.", False, [], None),
    # --- AFL grand final (AAP), Melbourne, Saturday, September 25 ---
    ("en", "AFL grand final: Brisbane 14.11 (95) d Geelong 12.8 (80)", True, [], None),
    ("en", "BREAKING: Brisbane win back-to-back AFL premierships", True, [], None),
    (
        "en",
        "MELBOURNE (AAP) - Brisbane have won a second straight AFL premiership, beating Geelong by 15 points in front of 100,012 fans at the MCG.",
        True,
        [("ordinal", 2, None, None), ("count", 15, None, None), ("count", 100012, None, None)],
        None,
    ),
    (
        "en",
        "Midfielder Cody Mulcahy-Harris kicked four goals and won the Norm Smith Medal as best on ground.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Brisbane led by 31 points at three-quarter time before Geelong kicked five of the next six goals.",
        True,
        [("count", 31, None, None), ("count", 5, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Lions coach Damien Trevaskis-Quinn told reporters captain Brodie Kesteven-Ngata would have surgery on a broken hand on Monday.",
        True,
        [],
        "Damien Trevaskis-Quinn",
    ),
    ("en", '"This group just refuses to die wondering," Trevaskis-Quinn said.', False, [], None),
    ("en", "Player ratings: how every Lion fared on the biggest day of all", False, [], None),
    # --- Abstimmungssonntag (Keystone-SDA), Bern, Sonntag, 26. September ---
    ("de", "EIL: Stimmvolk sagt Ja zur Kita-Initiative", True, [], None),
    (
        "de",
        "Bern (Keystone-SDA) - Die Volksinitiative «Bezahlbare Kitas für alle» ist am Sonntag mit 54,3 Prozent Ja-Stimmen angenommen worden.",
        True,
        [("percent", 54.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Vorlage fand in 17 Kantonen eine Mehrheit, in 9 wurde sie abgelehnt.",
        True,
        [("count", 17, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 47,8 Prozent, wie die Bundeskanzlei mitteilte.",
        True,
        [("percent", 47.8, "%", None)],
        "die Bundeskanzlei",
    ),
    ("de", "Die Resultate im Überblick:", False, [], None),
    ("de", "– Kita-Initiative: 54,3 Prozent Ja (angenommen)", True, [("percent", 54.3, "%", None)], None),
    ("de", "– Revision des Jagdgesetzes: 41,6 Prozent Ja (abgelehnt)", True, [("percent", 41.6, "%", None)], None),
    ("de", "Die Initiantinnen sprachen von einem „historischen Tag für die Familien“.", False, [], None),
    # --- NFL (AP), Kansas City, Sunday, September 26 ---
    ("en", "Chiefs 27, Bills 24, OT", True, [], None),
    (
        "en",
        "KANSAS CITY, Mo. (AP) — Trey Holbrook-Ashby threw for 318 yards and three touchdowns, and Mateo Lindgren-Oyelowo kicked a 44-yard field goal in overtime as Kansas City edged Buffalo 27-24 on Sunday.",
        True,
        [("count", 318, None, None), ("count", 3, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "en",
        "Kansas City has won all three of its games for the first time since 2023.",
        True,
        [("count", 3, None, None), ("ordinal", 1, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Jamal Pettibone-Stokes had two sacks for Buffalo, which has lost two in a row.",
        True,
        [("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Chiefs coach Vernon Eskew-Lowe said Holbrook-Ashby had played through a sprained ankle since the second quarter.",
        True,
        [("ordinal", 2, None, None)],
        "Vernon Eskew-Lowe",
    ),
    ("en", '"We just found a way, and that is what good teams do," Eskew-Lowe said.', False, [], None),
    ("en", "NFL power rankings: Who's rising and who's sliding?", False, [], None),
    # --- Bundesliga, 5. Spieltag (dpa), Mainz, Sonntag, 26. September ---
    ("de", "Die Ergebnisse vom Sonntag im Überblick:", False, [], None),
    ("de", "1. FSV Mainz 05 – SC Freiburg 2:2 (1:0)", True, [], None),
    (
        "de",
        "Tabellenspitze: 1. Bayern München 13 Punkte, 2. Eintracht Frankfurt 12, 3. Bayer Leverkusen 10",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 13, None, None),
            ("ordinal", 2, None, None),
            ("count", 12, None, None),
            ("ordinal", 3, None, None),
            ("count", 10, None, None),
        ],
        None,
    ),
    (
        "de",
        "Mainz (dpa) - Der 1. FSV Mainz 05 hat gegen den SC Freiburg eine 2:0-Führung verspielt und wartet weiter auf den ersten Heimsieg der Saison.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Freiburgs Noah Brettl-Salonen traf in der 88. Minute zum Ausgleich, es war sein drittes Saisontor.",
        True,
        [("ordinal", 88, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Mainz-Trainer Henning Schmidtlein-Osei sagte, Lukas Ferchland-Addai habe sich das Schlüsselbein gebrochen und falle rund sechs Wochen aus.",
        True,
        [("duration", 6, "week", "about")],
        "Henning Schmidtlein-Osei",
    ),
    ("de", "Schmidtlein-Osei sprach von einer „Lehrstunde in Sachen Cleverness“.", False, [], None),
    # --- Labour conference (PA), Liverpool, Monday, September 27 ---
    (
        "en",
        "Labour conference live: Housing Secretary pledges 40,000 council homes a year",
        True,
        [("count", 40000, None, None)],
        None,
    ),
    (
        "en",
        "11.02am: Housing Secretary Bethany Coldridge-Ansah begins her speech, billed to last 35 minutes.",
        True,
        [("duration", 35, "minute", None)],
        None,
    ),
    (
        "en",
        "11.09am: She says the government will fund 40,000 new council homes a year from April 2028.",
        True,
        [("count", 40000, None, None), ("year", 2028, None, None)],
        None,
    ),
    ("en", "11.16am: Loud cheers from the floor - the hall is clearly enjoying this.", False, [], None),
    ("en", "11.38am: Coldridge-Ansah sits down after 37 minutes.", True, [("duration", 37, "minute", None)], None),
    ("en", "Key points from the housing speech:", False, [], None),
    ("en", "- £3.5bn a year for the affordable homes programme", True, [("money", 3500000000, "GBP", None)], None),
    (
        "en",
        "LIVERPOOL (PA) - Bethany Coldridge-Ansah has promised 40,000 new council homes a year in England from April 2028, backed by £3.5 billion annually.",
        True,
        [("count", 40000, None, None), ("year", 2028, None, None), ("money", 3500000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Local Government Association said councils would need at least 18 months to gear up.",
        True,
        [("duration", 18, "month", "at_least")],
        "the Local Government Association",
    ),
    (
        "en",
        'Shadow housing secretary Hugo Pembury-Idowu called the plan "a slogan in search of a budget".',
        False,
        [],
        None,
    ),
    # --- Warnstreik an Flughäfen (dpa), Berlin, Dienstag, 28. September ---
    ("de", "Eil +++ Verdi legt mit Warnstreik sieben Flughäfen lahm +++", True, [("count", 7, None, None)], None),
    ("de", "+++ Warnstreik an Flughäfen – der Newsblog +++", False, [], None),
    (
        "de",
        "[05:10] Am Hamburger Flughafen sind die Sicherheitskontrollen geschlossen, Abflüge finden nicht statt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "[06:45] In Frankfurt sind nach Angaben des Betreibers rund 640 von 1.180 geplanten Starts und Landungen gestrichen.",
        True,
        [("count", 640, None, "about"), ("count", 1180, None, None)],
        None,
    ),
    (
        "de",
        "[09:15] Düsseldorf meldet mehr als 200 Ausfälle, in Köln/Bonn fällt jeder zweite Flug aus.",
        True,
        [("count", 200, None, "over"), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Berlin (dpa) - Ein Warnstreik des Sicherheitspersonals hat den Luftverkehr an sieben Flughäfen in Deutschland am Dienstag nahezu zum Erliegen gebracht.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft verlangt für rund 25.000 Luftsicherheitskräfte 7,5 Prozent mehr Geld, mindestens 320 Euro pro Monat, sagte Verdi-Verhandlungsführerin Sandra Tillmanns-Yıldız.",
        True,
        [("count", 25000, None, "about"), ("percent", 7.5, "%", None), ("money", 320, "EUR", "at_least")],
        "Sandra Tillmanns-Yıldız",
    ),
    ("de", "Die Arbeitgeber nannten den Streik „maßlos und unverhältnismäßig“.", False, [], None),
    (
        "de",
        "Die nächste Verhandlungsrunde ist für den 4. Oktober in Potsdam angesetzt, teilte der Bundesverband der Luftsicherheitsunternehmen mit.",
        True,
        [("date", "--10-04", None, None)],
        "der Bundesverband der Luftsicherheitsunternehmen",
    ),
    ("de", "Streik am Flughafen: Welche Rechte haben Passagiere?", False, [], None),
    # --- Tolvane Freight (Bloomberg, Reuters), New York, Tuesday, September 28 ---
    (
        "en",
        "*TOLVANE FREIGHT 1Q ADJ EPS $2.87, EST. $3.05",
        True,
        [("ordinal", 1, None, None), ("money", 2.87, "USD", None), ("money", 3.05, "USD", None)],
        None,
    ),
    (
        "en",
        "*TOLVANE FREIGHT SEES FY REV. $41B TO $42B, EST. $43.6B",
        True,
        [("money", 41000000000, "USD", None), ("money", 42000000000, "USD", None), ("money", 43600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "BRIEF-Tolvane Freight says it will cut about 2,000 jobs, close 14 sorting hubs",
        True,
        [("count", 2000, None, "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "NEW YORK, Sept 28 (Reuters) - Tolvane Freight reported first-quarter profit below Wall Street estimates on Tuesday as weaker industrial shipments offset higher parcel prices.",
        True,
        [("date", "--09-28", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Revenue fell 3.2% to $10.1 billion, the company said.",
        True,
        [("percent", 3.2, "%", None), ("money", 10100000000, "USD", None)],
        "the company",
    ),
    (
        "en",
        "Chief Financial Officer Theo Marazzi-Lund told analysts the job cuts would save roughly $600 million a year from fiscal 2029.",
        True,
        [("money", 600000000, "USD", "about"), ("year", 2029, None, None)],
        "Theo Marazzi-Lund",
    ),
    ("en", "Is Tolvane Freight a Buy After the Post-Earnings Drop?", False, [], None),
    # --- Arbeitsmarkt im September (dpa), Nürnberg, Mittwoch, 29. September ---
    (
        "de",
        "Eil +++ Zahl der Arbeitslosen sinkt im September auf 2,84 Millionen +++",
        True,
        [("count", 2840000, None, None)],
        None,
    ),
    (
        "de",
        "Nürnberg (dpa) - Der Arbeitsmarkt hat sich im September leicht belebt: 2,84 Millionen Menschen waren ohne Job, 61.000 weniger als im August, teilte die Bundesagentur für Arbeit (BA) mit.",
        True,
        [("count", 2840000, None, None), ("count", 61000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    ("de", "Die Zahlen im Überblick:", False, [], None),
    (
        "de",
        "– Arbeitslose: 2,84 Millionen (Vorjahr: 2,91 Millionen)",
        True,
        [("count", 2840000, None, None), ("count", 2910000, None, None)],
        None,
    ),
    (
        "de",
        "– Quote: 6,0 Prozent (-0,1 Punkte)",
        True,
        [("percent", 6.0, "%", None), ("percent", -0.1, "pp", None)],
        None,
    ),
    ("de", "Der Rückgang gehe vor allem auf die übliche Herbstbelebung zurück, sagte ein BA-Sprecher.", True, [], None),
    (
        "de",
        "Saisonbereinigt stieg die Zahl der Arbeitslosen dagegen um 9.000.",
        True,
        [("count", 9000, None, None)],
        None,
    ),
    ("de", "Ökonomen sprachen von einem Arbeitsmarkt „im Wartemodus“.", False, [], None),
    # --- Stopgap funding bill (AP), Washington, Wednesday, September 29 ---
    ("en", "BREAKING: Senate passes stopgap bill, averting a government shutdown at midnight Thursday", True, [], None),
    (
        "en",
        "Senate Approves Stopgap Funding Bill 61-38, Sending It to the President",
        True,
        [("count", 61, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "WASHINGTON (AP) — Senators voted 61-38 on Wednesday to fund the government through Nov. 19, two days before the new fiscal year begins.",
        True,
        [
            ("count", 61, None, None),
            ("count", 38, None, None),
            ("date", "--11-19", None, None),
            ("duration", 2, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Nine Democrats joined all 52 Republicans present in backing the measure.",
        True,
        [("count", 9, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "en",
        "The measure carries $7.4 billion in emergency aid for flood-stricken states.",
        True,
        [("money", 7400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Sen. Wendell Harrowby-Fyfe, R-Kan., said the seven-week extension would give negotiators time to finish the full-year spending bills.",
        True,
        [("duration", 7, "week", None)],
        "Wendell Harrowby-Fyfe",
    ),
    ("en", 'The top Senate Democrat called the bill "governing by sticky note."', False, [], None),
    ("en", "Daybook: What's happening in Washington on Thursday", False, [], None),
    ("en", "9:30 a.m. — House Budget Committee holds hearing on the federal debt outlook", True, [], None),
    # --- Kurz gemeldet, Aktien Wien Schluss (APA), Wien, Donnerstag, 30. September ---
    (
        "de",
        "Kurz gemeldet: Teuerung fällt im September laut Schnellschätzung auf 2,2 Prozent",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Wien (APA) - Die Inflationsrate ist im September laut Schnellschätzung von 2,6 auf 2,2 Prozent zurückgegangen, teilte die Statistik Austria am Donnerstag mit.",
        True,
        [("percent", 2.6, "%", None), ("percent", 2.2, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Kurz gemeldet: Autobahnvignette für 2028 kostet 106,80 Euro",
        True,
        [("year", 2028, None, None), ("money", 106.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Aktien Wien Schluss: ATX beendet das Quartal mit einem Plus von 4,8 Prozent",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "ATX 4.386 Pkt. (+0,3 %) · ATX Prime 2.201 Pkt. (+0,2 %)",
        True,
        [
            ("count", 4386, None, None),
            ("percent", 0.3, "%", None),
            ("count", 2201, None, None),
            ("percent", 0.2, "%", None),
        ],
        None,
    ),
    ("de", "Wiener Börse: Was Anleger jetzt erwartet – ein Ausblick", False, [], None),
    # --- Wall Street at the quarter's end (Reuters, Bloomberg), New York, Thursday, September 30 ---
    (
        "en",
        "US STOCKS-S&P 500 notches best quarter since 2024 as rate-cut hopes build",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "*S&P 500 CLOSES UP 0.6% AT 7,562.09; NASDAQ UP 0.9%",
        True,
        [("percent", 0.6, "%", None), ("count", 7562.09, None, None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        "NEW YORK, Sept 30 (Reuters) - The S&P 500 rose 0.6% on Thursday to end the third quarter up 6.4%, its strongest quarterly gain since the end of 2024.",
        True,
        [
            ("date", "--09-30", None, None),
            ("percent", 0.6, "%", None),
            ("ordinal", 3, None, None),
            ("percent", 6.4, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Dow Jones Industrial Average rose 212.40 points, or 0.4%, to 49,816.55.",
        True,
        [("count", 212.4, None, None), ("percent", 0.4, "%", None), ("count", 49816.55, None, None)],
        None,
    ),
    (
        "en",
        "Tolvane Freight fell 7.7% to $88.14, extending its post-earnings slide.",
        True,
        [("percent", 7.7, "%", None), ("money", 88.14, "USD", None)],
        None,
    ),
    (
        "en",
        "Investors are betting the Fed will cut twice before March, said Lena Stricklin-Obi, chief investment officer at Sorrelby Advisers.",
        True,
        [("count", 2, None, None)],
        "Lena Stricklin-Obi",
    ),
    (
        "en",
        "GOLD-Gold set for third straight quarterly gain, trades at $4,960/oz",
        True,
        [("ordinal", 3, None, None), ("money", 4960, "USD", None)],
        None,
    ),
    ("en", "Traders said activity was subdued as fund managers squared their books for the quarter.", False, [], None),
    # --- dpa-Wochenvorschau, Freitag, 1. Oktober ---
    (
        "de",
        "dpa-Wochenvorschau: Tarifrunde an den Flughäfen, Zinsentscheid in Sydney, Arbeitsmarktdaten aus den USA",
        False,
        [],
        None,
    ),
    (
        "de",
        "Montag, 4. Oktober · Potsdam · Tarifverhandlungen für das Luftsicherheitspersonal, 3. Runde",
        True,
        [("date", "--10-04", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Mittwoch, 6. Oktober · Wiesbaden · Destatis: Auftragseingang der Industrie im August",
        True,
        [("date", "--10-06", None, None)],
        None,
    ),
    (
        "de",
        "Donnerstag, 7. Oktober · Wien · Nationalrat: Erste Lesung des Budgets 2028",
        True,
        [("date", "--10-07", None, None), ("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    # --- Reuters diary, week ahead, Friday, October 1 ---
    ("en", "Reuters diary: Key economic events in the week ahead", False, [], None),
    (
        "en",
        "MONDAY, OCT 4 - Euro zone - Sentix investor confidence (Oct): cons -4.2, prev -5.1",
        True,
        [("date", "--10-04", None, None), ("count", -4.2, None, None), ("count", -5.1, None, None)],
        None,
    ),
    (
        "en",
        "TUESDAY, OCT 5 - Australia - RBA cash rate decision: cons 3.10%, prev 3.35%",
        True,
        [("date", "--10-05", None, None), ("percent", 3.1, "%", None), ("percent", 3.35, "%", None)],
        None,
    ),
    (
        "en",
        "FRIDAY, OCT 8 - United States - Nonfarm payrolls (Sept): cons 145,000, prev 118,000",
        True,
        [("date", "--10-08", None, None), ("count", 145000, None, None), ("count", 118000, None, None)],
        None,
    ),
]
