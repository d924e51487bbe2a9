"""Three-hundred-and-eightieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, a storm and figures are
made up (the Elektrotechnikkonzern Tessmar, Henrike Vosgerau, Haldenwang Research, Cordula
Ebenhoch, Ruprecht Halbedel, Regula Tschanz, Markus Ortner, Noah Zeller, Imhof, Jovanović,
Kjærgaard, Gruber, Hasanović, Leitgeb, Lasse Mikkelsen, Leopold Auersperg, Mateus Carvalhal,
Jesper Nørgaard-Holm, Orkantief „Hedda“; Dragan Vukčević, Jalen Merriweather, Jed Callaway,
Sipho Mahlangu, Brody Kestell, Hugo Pennington, Saltmarsh Capital, Imogen Thwaite, Harbourne
Group, Marcus Oyelaran-Whitby, Wexcombe Securities, Corvane, Anand Velayudhan, Dagny
Ravensworth, Pellham Markets, Maren Castellano, Dana Whitlock, Rhys Penhaligon, Yannick
Duchesne, Tobias Rendlesham, the Planning Reform Bill, Finlay McAuslan, Duthie, Haugland,
Tallmadge Stores, Brightwater Pharma, Pellucid Cloud, Ashgrove Networks; every unnamed
lottery winner, firefighter, resident, trader, dealer, economist, analyst, official and
spokesperson); holders of real offices appear under made-up names that stand for no real
holder (an ECB executive board member, the German finance minister, the Swiss finance
minister, Austria's Teamchef, the Chancellor of the Exchequer, the Housing Secretary, the
Governor of New York) or by their role only ("der Nationaltrainer", "ein Sprecher der
Innenbehörde", "ein Feuerwehrkommandant aus Melk", "the Australian captain"). Real states,
bodies, papers, clubs, leagues, indices, roads, places and things (dpa, dpa/lno, dpa-AFX,
Reuters, APA, awp, Keystone-SDA, AFP, AP, PA, Deutscher Wetterdienst, Deutsche Bahn,
Bundesamt für Seeschifffahrt und Hydrographie, Sylt, List, Lübeck, Landungsbrücken,
Fischmarkt, Statistisches Bundesamt, Dax, MDax, TecDax, Euro Stoxx 50, Xetra, SMI,
Landespolizeidirektion Niederösterreich, Asfinag, ÖAMTC, Westautobahn (A1), Melk, Pöchlarn,
Europäische Zentralbank, DGAC, SNCTA, Paris-Orly, Bundesrat, Eidgenössisches
Finanzdepartement, SP, Bundeskabinett, Bundestag, GeoSphere Austria, Lawinenwarndienst
Tirol, Arlberg, Brennerautobahn (A13), Eurojackpot, Lotto Bayern, Kybunpark,
Ernst-Happel-Stadion, DEL, Eisbären Berlin, Adler Mannheim, THW Kiel, SG
Flensburg-Handewitt, ATP Finals, Statistik Austria, Nationalrat, EuGH; Japan's Ministry of
Finance, the Denver Nuggets, the Phoenix Suns, Cricket Australia, the Office for National
Statistics, the Bank of England, Eurostat, MSCI, the Nikkei, the Commerce Department, the
Dow Jones Industrial Average, the S&P 500, the Nasdaq Composite, the FTSE 100, Brent, the
National Weather Service, Erie County, National Grid, the Buffalo Bills, the National Guard,
Orchard Park, the Energy Information Administration, the Federal Reserve, LSEG, Mega
Millions, the Commons, Hampden Park, the national teams, and the datelines' cities) stand
for the way wire copy names them; every print, poll, forecast, level, price, yield, tally,
result, time, sum, age, date and quote here is invented, and where a real figure came to
mind (a real CPI print, a real housing-starts figure, a real index level, a real jackpot, a
real budget total) it was changed.

Its weight: HEADLINES, FLASHES AND TICKERS, ninth round (the hundred-eighty-second,
two-hundred-and-twenty-eighth, two-hundred-and-sixty-sixth, two-hundred-and-eighty-second,
two-hundred-and-ninety-ninth, three-hundred-and-fourteenth, three-hundred-and-thirty-third
and three-hundred-and-fifty-sixth batches were the first eight, the thirty-second and
forty-third weighed flashes, tickers and short forms before them, and their decisions are
kept; where the hundred-eighty-second and the two-hundred-and-twenty-eighth differ, the
two-hundred-and-twenty-eighth's reading is kept, as the six later rounds kept it) - one news
day, Wednesday, November 19, 2031, from the morning heading, Japan's overnight trade flash
and a storm ticker to the Fed minutes, a chipmaker's results after the bell and the next
days' agenda, in story order as the desks file them, the German and English stories
interleaved, each row one line as sent, and in forms the two latest rounds did not use.
Weighed this round: German all-capitals flashes of a company's quarter with "(VJ: ...)",
"MRD" and "MIO" and of a policymaker's words; English flashes with a deficit in "BLN YEN",
housing starts in "MLN UNITS", a half-year in sterling with the dividend in "P", a results
flash against an "LSEG ESTIMATE" and a guidance range "PLUS OR MINUS"; data-calendar lines
in awp's Swiss form ("Konsens: ..., Vormonat: ...", "J/J", "1. Veröffentlichung:") and in a
Reuters form with "cons", "prev" and "flash" under bare GMT clocks; live-ticker lines with
dpa stamps set off by a bar ("05.48 Uhr |") and AP stamps with the zone before a dash ("7:10
a.m. EST —"); market snapshot lines with "Pkt.", points changes in brackets, a yield change
"(-3 bp)", PA's "FTSE 100:", "Sterling:" and "Brent crude:" lines and Swiss "12'481,55";
headlines with and without verbs, two of them closing on a teaser question; sports results
lines in forms not met before (Keystone-SDA's telegram with the minute before the scorer,
APA's with two minutes in one bracket, PA's compact scorer line, PA's tennis agate with "bt"
and the seed in brackets after the nation, a close-of-play cricket line and bowling figures
"4-61", AP's "Nuggets 124, Suns 117", "n.V."); agenda lines in APA's "09.00 Uhr, Wien,
Parlament: ..." form and dpa's "20.11. | Brüssel | ..." form, and Reuters' "Before the
bell:" earnings lines; and an editorial label, an unlabelled verdict headline, video,
podcast and link teasers and headings, each beside a claim that looks like them. Half German
(dpa with "Der Morgen kompakt:", a dpa/lno storm ticker, the cabinet's budget, producer
prices, handball, the DEL, the Eurojackpot and a week's Termine; dpa-AFX with "Aktien
Frankfurt Eröffnung:", "Stand 9.15 Uhr:", "Kursziel:", "Aktien Frankfurt Schluss:",
"Schlussstand:", "Devisen:", "Deutsche Anleihen:", "Gold:", "Podcast:"; Reuters German with
all-capitals flashes of Tessmar and of an ECB board member; APA with dash datelines, a
pile-up on the A1, snow in Tyrol, the ATP Finals, a football telegram and its
Terminvorschau, Austrian "Spitäler", "Seehöhe", "Lkw", "Teamchef"; awp with its calendar,
"Aktien Schweiz Eröffnung:" and "12'481,55"; Keystone-SDA with the Swiss "Fussball",
"Captain", "Foulpenalty", "Vernehmlassung" and «» quotes; AFP German on a French air traffic
strike; German „“ quotes). Half English (Reuters with all-capitals flashes, "UPDATE 1-",
"UPDATE 2-", "GLOBAL MARKETS-", "US STOCKS-", "OIL-", "PRECIOUS-", "PREVIEW-", "INSIGHT-",
the sports slugs "Tennis-" and "Soccer-", its economic calendar and earnings lines; AP with
"The Latest:", EST stamps, "WATCH:", a box line and a credit line; PA with market lines, a
tennis agate, a compact football line and a Commons vote; AFP on the strike): Japan's trade,
the NBA, cricket in Perth, UK inflation, a retailer's half-year, Asian markets, euro zone
inflation, the strike, the lottery, U.S. housing starts, the Wall Street open and close,
lake-effect snow in western New York, oil and gold, the ATP Finals, the Fed minutes, a
chipmaker's quarter, a planning bill, Scotland's qualification and the next day's earnings.
About a quarter negatives as such copy has them: headings and frames, teasers, teaser
questions and pointers to a video, a podcast and further reading, an editorial label and
unlabelled verdict headlines, labels and quotes of feeling and rhetoric, mood lines, advice,
a verdict with „werten ... als“ and one with „halten ... für“, forecasts held as verdicts, a
warning, evasions and open questions, ticker filler and a credit line - none of them
carrying a figure.

240 rows (122 German, 118 English), 56 negatives (29 German, 27 English), 184 check-worthy
rows of which 24 carry no figure (13 German, 11 English), 319 expected quantities (81
counts, 80 percentages - 76 in "%", 3 in basis points "bp", 1 in percentage points "pp" -,
61 ordinals, 44 amounts of money - 17 USD, 15 EUR, 6 GBP, 3 CHF, 3 JPY -, 21 dates, 14
durations - 4 in hours, 3 in years, 2 in minutes, 2 in months, 2 in weeks, 1 in seconds -,
13 years, 5 fractions; none of them in a negative), 35 checked speakers (17 German, 18
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one line as sent and is judged alone (sixteenth; thirty-second, forty-third and
  the eight earlier rounds). A headline with or without a verb that states an event or a
  figure is check-worthy with its figures: "Massenkarambolage im Nebel auf der Westautobahn
  – 23 Verletzte" 23, "Kabinett billigt Haushaltsentwurf 2032 mit Ausgaben von 512
  Milliarden Euro" the year and 512 billion EUR, "Eurojackpot: Tipper aus Oberfranken
  gewinnt 86 Millionen Euro", "Wintereinbruch im Westen: Bis zu 60 Zentimeter Neuschnee in
  Tirol erwartet" 60 "up_to" (a forecast with a figure, hundred-eighty-second), "Euroraum:
  Inflationsrate im Oktober mit 2,2 Prozent bestätigt", "Inflation falls to lowest level in
  18 months as energy bills ease" 18 months, "Commons backs Planning Reform Bill by majority
  of 105", "Mega Millions jackpot climbs to estimated $1.2 billion after no winner" "about"
  (an earlier batch: "an estimated 7.31 million"); without a figure "Orkantief „Hedda“ fegt
  mit voller Wucht über Norddeutschland", "Tessmar-Aktie springt nach Zahlen an die
  Dax-Spitze", "Fed-Protokoll: Mehrheit der Notenbanker offen für weitere Zinssenkungen",
  "UPDATE 2-Harbourne lifts profit outlook as Christmas orders build", "The Latest:
  Lake-effect snow buries western New York; driving ban in place". A source before a
  headline's colon or after its closing dash stays unchecked ("TESSMAR:", "FED MINUTES:",
  "EZB-DIREKTORIN EBENHOCH:", "- EUROSTAT"; two-hundred-and-twenty-eighth), a topic before
  the colon is a slug ("Euroraum:", "Kursziel:", "Gold:", "Fussball:";
  hundred-eighty-second). New: a headline that states a claim and closes on a teaser
  question keeps its claim and is check-worthy with its figure - "UK inflation falls to 3.1%
  - is a December rate cut now a done deal?" 3.1, "Erzeugerpreise sinken zum fünften Mal in
  Folge – ist die Inflation besiegt?" ordinal 5 -, as a checkable act paired with a label
  keeps the row (two-hundred-and-forty-fourth, after the hundred-sixteenth and
  hundred-sixtieth), while a teaser question alone stays a negative ("Is the cost-of-living
  squeeze finally over? What the numbers tell us", "Are the Nuggets the team to beat in the
  West? Our latest power rankings").
- Flash, version and desk slugs carry nothing and the line is judged on what follows them
  (the eight rounds): "UPDATE 1-", "UPDATE 2-", "GLOBAL MARKETS-", "US STOCKS-", "OIL-",
  "Tennis-", "Soccer-", "The Latest:", "Aktien Frankfurt Eröffnung:", "Aktien Frankfurt
  Schluss:", "Devisen:", "Deutsche Anleihen:". New: "PRECIOUS-" carries nothing as "GOLD-",
  "Aktien Schweiz Eröffnung:" as "Aktien Wien Eröffnung:" (three-hundred-and-fourteenth),
  and "PREVIEW-" as "UPDATE 1-": "PREVIEW-Corvane expected to post 28% revenue jump as AI
  demand holds up" is a forecast with a figure and check-worthy with 28
  (hundred-eighty-second, three-hundred-and-fourteenth: "POLL-ECB to hold ...").
  "INSIGHT-Inside the scramble for power as data centres swamp Europe's grids" names the
  topic of a feature and is a teaser, as "ANALYSIS-" and "EXPLAINER-"
  (three-hundred-and-fourteenth, three-hundred-and-thirty-third).
- German all-capitals flashes are read as the same words in lower case would be
  (three-hundred-and-fifty-sixth). New: a company's flash "TESSMAR: UMSATZ IM 3. QUARTAL
  4,12 MRD EURO (VJ: 3,98 MRD EURO)" gives ordinal 3 and both amounts in EUR - "(VJ: ...)"
  abbreviates „Vorjahr“ and labels the year-ago figure as "(Vorjahr: ...)" does
  (hundred-eighty-second), carrying nothing, and "MRD" and "MIO" in capitals scale as awp's
  „Mrd“ and „Mio“ (three-hundred-and-twenty-ninth: „512,6 Mio CHF“); "ANALYSTEN-KONSENS 396
  MIO EURO" is the consensus, check-worthy as "(REUTERS POLL ...)"
  (three-hundred-and-thirty-third); "TESSMAR BESTÄTIGT PROGNOSE FÜR 2031 – UMSATZPLUS VON 4
  BIS 6 PROZENT" the year and both ends. New: "EZB-DIREKTORIN EBENHOCH: INFLATION DÜRFTE IM
  ZWEITEN HALBJAHR 2032 UNTER 2 PROZENT FALLEN" is a forecast with figures (ordinal 2, the
  year, 2 "under" - „unter“ before a figure, three-hundred-and-fourteenth: "wieder unter 3
  Prozent"), and "EZB-DIREKTORIN EBENHOCH: WIR SIND NOCH NICHT AM ZIEL" names no figure or
  step and is a negative, as "ECB'S KOWALEWSKA: WE ARE NOT ON A PRE-SET PATH"
  (three-hundred-and-fifty-sixth); the name before the colon stays unchecked there too.
- English all-capitals flashes (three-hundred-and-thirty-third,
  three-hundred-and-fifty-sixth): "Y/Y", "VS ... IN SEPT", "REUTERS POLL" and "- EUROSTAT"
  carry nothing, a glued sign is the sign and "+" none. New: "JAPAN OCT TRADE BALANCE -312.4
  BLN YEN (REUTERS POLL -480.0 BLN YEN)" gives two amounts in JPY with their glued minus - a
  deficit written as a signed balance keeps its sign, as the RICS balance "-12"
  (three-hundred-and-thirty-third) -, and "BLN" scales as "MLN" (hundred-eighty-second:
  "mln"). New: "U.S. OCT HOUSING STARTS 1.312 MLN UNITS (REUTERS POLL 1.350 MLN) VS 1.327
  MLN IN SEPT" gives three counts - "MLN" scales a count as it scales money, "UNITS" none -,
  and "1.401 MLN, HIGHEST SINCE MARCH 2029" the count and the year. New: "HARBOURNE GROUP H1
  ADJ PRETAX PROFIT 184.6 MLN STG, UP 11%; INTERIM DIVIDEND 4.2P" gives ordinal 1 ("H1",
  three-hundred-and-fifty-sixth), 184.6 million GBP, 11 % and 0.042 GBP - the capital "P"
  after a figure is pence as "1,236p" is 12.36 GBP (hundred-fifty-fourth: "180p" 1.80) and
  "9.8 PENCE" 0.098 (three-hundred-and-fifty-sixth); "ADJ" none. New: "CORVANE Q3 REVENUE
  $14.82 BLN VS LSEG ESTIMATE $14.31 BLN" gives ordinal 3 and both amounts in USD - the
  "LSEG ESTIMATE" is the consensus as "REUTERS POLL" is -, and "CORVANE SEES Q4 REVENUE OF
  $15.9 BLN, PLUS OR MINUS 2%" ordinal 4, the amount and 2 % with no hedge - a tolerance
  around a forecast bounds no figure, as "plus 20%" (two-hundred-and-forty-fourth); the same
  guidance in a sentence ("Corvane expects revenue of $15.9 billion in the fourth quarter,
  plus or minus 2%, the company said ...") likewise. "FED MINUTES: MANY OFFICIALS SAW
  FURTHER RATE CUTS AS LIKELY APPROPRIATE OVER TIME" and "FED MINUTES: SEVERAL PARTICIPANTS
  FAVORED HOLDING RATES STEADY IN OCTOBER" record what the minutes say and are check-worthy
  without a figure ("Many participants" judged ..., "A few participants said ...";
  three-hundred-and-twenty-fourth), "MANY" and "SEVERAL" none; "FED MINUTES: STAFF PROJECTED
  CORE PCE INFLATION OF 2.6% FOR 2031 AND 2.3% FOR 2032" both rates and both years.
- Data-calendar lines (three-hundred-and-thirty-third, three-hundred-and-fifty-sixth) are
  check-worthy with each figure. New: awp's Swiss form "08.00 GB: Konsumentenpreise Oktober
  J/J, Konsens: +3,3 %, Vormonat: +3,6 %" - the labels "Konsens:" and "Vormonat:" carry
  nothing as "Prognose:" and "zuvor:", the tag "J/J" none as "gg Vj", the clock and the
  codes "GB", "EZ" and "US" none as "08:00 DEU:"; "(2. Veröffentlichung)" and "1.
  Veröffentlichung:" are ordinals 2 and 1 (three-hundred-and-fifty-sixth: "dritte
  Veröffentlichung" 3), the second label carrying nothing beyond its ordinal; "1,35 Mio" is
  1,350,000 (three-hundred-and-twenty-ninth: „Mio“ without the dot); "Protokoll der
  Fed-Sitzung vom 28./29. Oktober" two dates, the month written once serving both days
  (three-hundred-and-twenty-fourth: "the Jan. 27-28 meeting"); "Unternehmen: Tessmar (Q3),
  Harbourne (H1), Corvane (Q3, nach US-Börsenschluss)" three ordinals. New: Reuters' form
  "0700 - Britain - CPI (Oct), y/y: cons +3.3%, prev +3.6%" - "cons", "prev" and "flash"
  label the consensus, the previous and the flash reading and carry nothing as "Reuters
  poll" and "prior"; the bare four-digit clocks under "(all times GMT)" ("0700", "1000",
  "1330", "1900") are clocks, not years, as the clocks of a fixtures line
  (two-hundred-and-eighty-second); "1.350 mln" 1,350,000; "FOMC minutes (Oct. 28-29
  meeting)" two dates. The headings "Konjunkturdaten im Überblick: Die Termine am Mittwoch"
  and "Economic calendar: key data due on Wednesday (all times GMT)" are negatives.
- Live-ticker entries (thirty-second, two-hundred-and-twenty-eighth and the three latest
  rounds): the clock stamp carries none and the entry is judged as a sentence. New: dpa's
  stamp set off by a bar ("05.48 Uhr |", "09.48 Uhr |") carries nothing as "5.40 Uhr:" and
  "+++ 9.58 Uhr +++", and AP's stamp with its zone before a dash ("7:10 a.m. EST —", "12:45
  p.m. EST —") as "8:15 a.m. CDT:" (three-hundred-and-fifty-sixth). "bis mindestens 12 Uhr"
  and "until at least 6 p.m." are clocks and carry none, „mindestens“ and "at least" before
  a clock no hedge (two-hundred-and-sixty-sixth, three-hundred-and-thirty-third). New: a
  pointer to a clip or a programme is a teaser and a negative, as "Lesen Sie auch: ..."
  (two-hundred-and-sixty-sixth): "07.50 Uhr | Video: So erlebten die Menschen auf Sylt die
  Sturmnacht", "WATCH: What lake-effect snow looks like from the air", "Podcast: Was das
  Fed-Protokoll für Ihr Geld bedeutet" and the link line "Mehr zum Thema: Wer beim Haushalt
  gewinnt – und wer verliert". The frame "+++ Orkantief „Hedda“ – alle Entwicklungen im
  Liveticker +++", AP's heading "... The latest on the lake-effect snowstorm ... (all times
  EST):", advice ("Wer nicht unbedingt vor die Tür muss, sollte ...", "Residents are urged
  to stay off the roads ..."), a mood line („An den Landungsbrücken ist die Stimmung ...
  erstaunlich gelassen.“), a resident's quote, the filler „Damit schließen wir diesen Ticker
  ...“ and AP's credit line "Associated Press writer ... contributed to this report." (as
  Reuters' credit line, three-hundred-and-thirty-third) are negatives.
- Tickers and market lines (hundred-eighty-second and the later rounds): index levels are
  counts, a glued sign is the sign, "+" and direction words none. New: "Pkt." abbreviates
  „Punkte“ and carries nothing, and the labels "Stand 9.15 Uhr:" and "Schlussstand:" carry
  nothing as "Market snapshot at 1345 GMT:" (three-hundred-and-fifty-sixth): "Stand 9.15
  Uhr: Dax 23.912,40 Pkt. (+0,21 %) | MDax ... | TecDax ..." three levels and three
  percentages, "Schlussstand: Dax 23.788,06 Pkt. (-74,12 Pkt.) | Euro Stoxx 50 5.480,90 Pkt.
  (-21,33 Pkt.)" two levels and two points changes with their glued minus, counts as "um
  50,22 Punkte" and "shed 146.80 points" are. New: PA's lines "FTSE 100: 9,412.55 (+37.20,
  +0.4%)" (the level, the points change 37.2 and 0.4 %), "Sterling: $1.3082 (-0.5%); €1.1287
  (-0.2%)" (the pound's price in each currency written, USD and EUR, as a pair is quoted in
  its second currency, sixty-second, with the glued signs) and "Brent crude: $77.64 a barrel
  (-1.3%)". New: "US 10-year Treasury yield: 3.92% (-3 bp)" gives 10 years, 3.92 % and -3
  "bp" - the glued sign is the sign and "bp" abbreviates basis points as "4 bps"
  (three-hundred-and-thirty-third). "12'481,55 Punkten" is 12,481.55 (the Swiss apostrophe,
  tenth, with the decimal comma); "das Paar EUR/CHF stand bei 0,9412" CHF; "Ein Euro kostete
  am Abend 1,1571 Dollar, ein Dollar war damit 0,8642 Euro wert" USD and EUR, the "Ein"
  heading the quoted currency none (hundred-fifty-fourth: „Ein Euro kostete am Mittag 0,9318
  Franken“, „der Dollar hatte damit 0,8612 Euro gekostet“); "fällt unter 1,16 Dollar" and
  "rutscht unter 90.000 Dollar" "under", "erstmals mehr als 4.900 Dollar" "over" ("erstmals"
  none). New: "Gold tops $4,900/oz for first time" gives 4,900 USD with no hedge and ordinal
  1 - "tops" is a verb and bounds nothing, as "exceeded the daily limit"
  (two-hundred-and-seventy-sixth), while "above $4,800" is "over"
  (three-hundred-and-fifty-sixth); "/oz" none as "per ounce". "Rendite zehnjähriger
  Bundesanleihen fällt um 2 Basispunkte auf 2,61 Prozent" 10 years, 2 "bp" and 2.61 %; "the
  Nikkei ended 0.6% lower at 51,204.33"; "S&P 500", "FTSE 100", "Euro Stoxx 50", "TecDax"
  none (names).
- Headline-style opinion and headings are negatives (three-hundred-and-fourteenth and the
  two later rounds): the unlabelled verdicts "Der Bund spart an der falschen Stelle" beside
  "Kabinett billigt Haushaltsentwurf 2032 ..." and "The Fed's minutes should worry anyone
  still betting on cheap money" beside "UPDATE 1-Fed minutes show ..."; New: "Leitartikel:"
  is the German editorial's label and a negative as "Kommentar:"
  (two-hundred-and-twenty-eighth); the headings "Der Morgen kompakt: Was am Mittwoch wichtig
  wird", "APA-Terminvorschau: Die wichtigsten Termine am Donnerstag", "Wochenvorschau: Die
  Termine der kommenden Tage" and "Earnings to watch on Thursday"
  (three-hundred-and-fifty-sixth: "Termine am Wochenende: Das steht an").
- Results lines (thirty-fifth, forty-sixth, hundred-fifty-third and the eight rounds):
  scores carry none ("Nuggets 124, Suns 117" in AP's comma form, "124-117", "2:0 (1:0)",
  "4:0 (2:0)", "29:27 (14:15)", "6:7 (5:7), 7:6 (9:7), 7:5", "6-7 (5-7) 7-6 (9-7) 7-5"), and
  a line with a score only is check-worthy without a figure; "n.V." carries nothing as
  "(OT)" and "n.P." (three-hundred-and-fourteenth). New: Keystone-SDA's telegram "Tore: 23.
  Zeller 1:0. 78. Imhof (Foulpenalty) 2:0." gives ordinals 23 and 78 - the minute before the
  scorer is an agate minute as "(29.)" after him (three-hundred-and-fifty-sixth) -, "17'850
  Zuschauer (ausverkauft)" a count and "SR Jovanović (SRB)" none as "Schiedsrichter:". New:
  APA's "Gruber (12., 44.)" gives both minutes, ordinals 12 and 44, as two agate minutes
  after one name ("Callum Ashdown 7, 18", three-hundred-and-fifty-sixth), "(67./Elfmeter)"
  67 (forty-sixth: "(71./Sturm)"), "41.300 Zuschauer" a count. New: PA's compact line
  "Scotland 3 (McAuslan 12, 57, Duthie 88) Norway 1 (Haugland 64)" gives the four minutes as
  ordinals and the scores none. New: PA's tennis agate "Leopold Auersperg (Austria) (3) bt
  Mateus Carvalhal (Brazil) (6)" gives ordinals 3 and 6 - the bracketed figure after the
  nation is the seed, as "(Österreich/3)" and "(ITA/3)" (three-hundred-and-fourteenth) -,
  "bt" none; "Der an Nummer drei gesetzte" ordinal 3 (three-hundred-and-thirty-third), "als
  erster Spieler" ordinal 1 and "als Gruppenerster" ordinal 1 (eighteenth: "als Erster"; the
  issue's „die drittgrößte Stadt“ for the compound), "first into ATP Finals semis" ordinal 1
  and "three-set win" 3 (a figure heading a compound, as "a 52-yard field goal"); "(15,5
  Millionen Dollar)" prize money in USD (three-hundred-and-thirty-third). New: the bowling
  figures "claimed 4-61" are 4 wickets and 61 runs, two counts of one bowler as "312-5" is
  of one side (three-hundred-and-thirty-third); "Close of play, first test, day one, Perth:
  Australia 287-6 (Jed Callaway 112 not out)" ordinals 1 and 1 ("day one" as "day three",
  two-hundred-and-sixty-sixth), 287, 6 and 112, "not out" none; "an unbeaten 112", "from
  41-3", "his ninth test hundred" ordinal 9, "on the first day of the series opener" ordinal
  1. "31 points, 14 rebounds and 12 assists", "his fifth triple-double" ordinal 5, "seven of
  its last eight games" 7 and 8; "nach 2:14 Minuten der Verlängerung" 2 minutes and 14
  seconds (two-hundred-and-sixty-sixth: "nach 2:41 Stunden"; three-hundred-and-fifty-sixth:
  "1:20,412 Min."), "in two hours and 41 minutes" each unit; "Vor 10.285 Zuschauern", "17
  Asse, fünf davon" counts; "das 108. Landesderby", "19. Spieltag", "12. Spieltag", "in der
  23. Minute", "sein 19. Länderspieltor", "Zum sechsten Mal in Folge", "a third successive
  European Championship" ordinals; "scored twice" 2; "mit 22 Punkten aus acht Spielen" 22
  and 8; "Euro 2032" the year (three-hundred-and-thirty-third: "die WM 2030"); "Gruppe G",
  "Gruppe Björn Borg", "Group Bjorn Borg" none (names, three-hundred-and-fifty-sixth).
- Diary and agenda lines (two-hundred-and-twenty-eighth and later) are check-worthy as
  scheduled events. New: APA's Terminvorschau form "09.00 Uhr, Wien, Parlament: Nationalrat,
  Budgetdebatte zum Kapitel Soziales" is check-worthy without a figure, the clock and the
  place none, and "10.30 Uhr, Wien, Statistik Austria: Arbeitskräfteerhebung für das 3.
  Quartal" gives ordinal 3. New: dpa's week lines set off by bars ("20.11. | Brüssel |
  Treffen der EU-Handelsminister", "21.11. | Berlin | ...", "25.11. | Luxemburg | ...") give
  their short numeric date without a year, --11-20, --11-21, --11-25, as "Sa., 7.9., ..."
  (three-hundred-and-fifty-sixth); "u. a." none. Reuters' "Before the bell: Tallmadge Stores
  (Q3), Brightwater Pharma (Q2)" and "After the bell: ... (Q1), ... (Q4)" give the quarters
  as ordinals ("Q2" 2, three-hundred-and-fifty-sixth), "Before the bell" and "After the
  bell" none.
- Rates, data and money as the earlier rounds read them: "a roughly 80% likelihood" 80
  "about", "by a quarter point" 0.25 "pp", "on Dec. 18" --12-18, "against 55%" 55; "by 25
  basis points" "bp", "the 3.50%-3.75% range" both ends, "its third reduction this year"
  ordinal 3, "a third straight monthly rise" 3, "for a fourth month" 4
  (three-hundred-and-thirty-third: "for a third straight meeting"); "less than half the
  shortfall" 0.5 "under" (two-hundred-and-forty-fourth: "Less than a fifth"), "about half of
  the drop" 0.5 "about", „Gut die Hälfte davon“ 0.5 "over" („gut“, seventy-first), „um ein
  Drittel ... um ein Viertel“ 0.3333 and 0.25; "three more cuts" 3 ("more" after the figure
  no hedge), "taking Bank Rate to 3.25%"; „im Mittel lediglich“ and „durchschnittlich“ no
  hedge; „0,4 Prozent weniger zahlen als im Oktober 2030“ 0.4 and the year („weniger“ after
  the figure compares, as „billiger“, hundred-first); "grew 6.2% in the 26 weeks to Oct. 25"
  26 weeks and --10-25 (three-hundred-and-fifty-sixth: "the six months to June 30"); "a
  seven-month low" 7 months; "a seasonally adjusted annual rate of 902,000 units" 902,000;
  "in the week to Nov. 14" --11-14; "4.6 million barrels", "1.2 million barrels"; "395
  million to 410 million pounds" both GBP; "£48 a year" GBP ("a year" none); "143,20 Euro",
  "Ziel ... auf 165 Euro – 'Kaufen'" EUR, the rating none (three-hundred-and-thirty-third);
  „Sparpaket von 2,7 Milliarden Franken“ and „um rund 2,7 Milliarden Franken pro Jahr“ CHF
  ("pro Jahr" none); „gut 86 Millionen Euro“ "over"; "about $553.8 million" "about"; "all
  six numbers" 6; "the fourth-largest prize" ordinal 4 and „der zweithöchste Gewinn“ ordinal
  2 (the issue's „die drittgrößte Stadt“); "by majority of 105", "voted by 334 to 229"
  counts and "a second reading" ordinal 2; "1.5 million homes by 2034".
- Counts, durations, ages and hedges as every batch: „mit ... bis zu 140 Kilometern pro
  Stunde“ 140 "up_to" and „von 151 Kilometern pro Stunde“ 151 ("pro Stunde" none), „mehr als
  380 ... Einsätze“ "over", „Wasserständen von 2,5 bis 3 Metern über dem mittleren
  Hochwasser“ both with no hedge („über“ after the figure), „knapp einen Meter“ 1 "nearly"
  (ninetieth: „bis zu einem Meter“ 1), „einen 63 Jahre alten Autofahrer“ 63 years (an age),
  „rund 40 Fahrzeuge“, „rund drei Wochen“ and „rund 60 Prozent“ "about", „mehr als fünf
  Stunden lang“ 5 hours "over" (two-hundred-and-forty-fourth: „acht Wochen lang“), „teils
  unter 50 Metern“ 50 "under" („teils“ no hedge), „Ab 1.200 Metern Seehöhe“ 1,200 "at_least"
  (three-hundred-and-thirty-third: "ab 50.000 Euro"), „bereits 45 Zentimeter“ no hedge, „auf
  Stufe 3 der fünfteiligen Skala“ 3 and 5 (an earlier batch: „mit Stufe 3 auf der
  fünfteiligen Skala“), „für Lkw über 7,5 Tonnen“ "over", „dem 48-stündigen Ausstand“ and "a
  48-hour walkout" 48 hours, "more than 1,100 flights" "over", "More than 3 feet of snow"
  "over", "About 41,000 customers" "about", "200 National Guard members", "14 new store
  openings in the second half" 14 and ordinal 2, „um rund 600 Stellen“ "about". None: „in
  der Nacht zum Mittwoch“, „seit Mitternacht“, „seit dem frühen Morgen“, „bis
  Donnerstagfrüh“, „seit Dienstagabend“, „am Dienstagabend“, "since Tuesday evening",
  "Tuesday night", "by mid-morning", "next autumn", "this season", "this year", "after the
  bell", the weekdays, the months and the clocks ("by 0830 GMT", "by 1530 GMT", „um 9.20
  Uhr“, „zur Mittagszeit“).
- Years and dates: „für 2031“, „bis Ende 2032“, „Haushaltsentwurf 2032“, „2032“, „ab 2033“,
  "its lowest since April 2030", "HIGHEST SINCE MARCH 2029", "FOR 2031 AND 2.3% FOR 2032",
  "by 2034" the years; „bis zum 6. März 2032“ 2032-03-06 (two-hundred-and-seventy-sixth:
  „bis zum 31. März 2027“), „ab dem 1. Dezember“ --12-01 with no hedge
  (three-hundred-and-thirty-third: "ab 1. Jänner"); Reuters datelines with a day ("TOKYO,
  Nov 19", "PERTH, Nov 19", "LONDON, Nov 19", "LUXEMBOURG, Nov 19", "WASHINGTON, Nov 19"
  --11-19); dpa, dpa/lno, dpa-AFX, Reuters German, APA (and the dash datelines "St. Pölten
  –", "Innsbruck –", "Wien –"), awp, Keystone-SDA, AFP ("Paris (AFP) -", "PARIS (AFP) -"),
  AP ("DENVER (AP) —", "DES MOINES, Iowa (AP) —", "BUFFALO, N.Y. (AP) —") and PA ("LONDON
  (PA) -", "TURIN (PA) -", "GLASGOW (PA) -") datelines none (seventy-ninth,
  hundred-eighty-second).
- Speakers, checked only in forms the earlier batches settled, never in a headline or a
  flash: "teilte der Deutsche Wetterdienst mit", "teilte die Polizei mit", "teilte das
  Unternehmen mit", "teilte die Landespolizeidirektion Niederösterreich mit", "teilte die
  Asfinag mit", "teilte die GeoSphere Austria mit", "teilte der Lawinenwarndienst Tirol mit"
  with their article, "teilte das Statistische Bundesamt am Mittwoch mit" (the weekday
  dropped), "teilte das Eidgenössische Finanzdepartement (EFD) mit" (the abbreviation
  dropped), "teilte Lotto Bayern mit" -> "Lotto Bayern" (a name without an article,
  thirty-second), "Laut ÖAMTC" -> "ÖAMTC" (three-hundred-and-twenty-fourth: "laut OeNB"),
  "Nach Angaben der Gewerkschaft SNCTA" -> "die Gewerkschaft SNCTA" (the nominative,
  hundred-seventeenth), "Teamchef Markus Ortner sagte, ...", "Finanzvorständin Henrike
  Vosgerau sagte in einer Telefonkonferenz, ...", "Finanzminister Ruprecht Halbedel sagte,
  ...", "sagte Finanzministerin Regula Tschanz" and "sagte EZB-Direktorin Cordula Ebenhoch
  am Mittwoch auf einer Bankenkonferenz in Frankfurt" the name with the title, the day and
  the occasion dropped. English: "the Office for National Statistics said", "the National
  Weather Service said" and "the Energy Information Administration said" with their article,
  "the Commerce Department said on Wednesday" (the day dropped), "Eurostat said on
  Wednesday" -> "Eurostat", "the ONS said", "the company said" (twice), "the ministry said"
  and "the team said" (a body by its common noun, hundred-twenty-third,
  three-hundred-and-fourteenth), "The Buffalo Bills said" -> "the Buffalo Bills" (the
  article lowered, hundred-fourteenth), "Cricket Australia said" and "according to National
  Grid" as written (three-hundred-and-thirty-third: "according to NHS England"), "Chancellor
  Imogen Thwaite said", "Gov. Maren Castellano said" (hundred-eleventh: "Gov. Dwayne Harrick
  said") and "Housing Secretary Tobias Rendlesham said" the name with the role dropped,
  "Chief Executive Marcus Oyelaran-Whitby told reporters" -> "Marcus Oyelaran-Whitby", a
  quote followed by "Pennington said" the surname. Left unchecked (None): headline colons
  and closing dashes, flashes, "sagte ein Sprecher der Innenbehörde" (a role), „nach eigenen
  Angaben“ (two-hundred-and-seventy-sixth), "Ministry of Finance data showed", "a Reuters
  poll showed", "Analysts surveyed by Reuters", "according to the minutes released on
  Wednesday", "lottery officials said" (a plural source), "France's DGAC civil aviation
  authority said" (a possessive heading the source, three-hundred-and-thirty-third),
  estimating and acting verbs („Das Bundesamt für Seeschifffahrt und Hydrographie erwartet“,
  „wies die Airlines an“, "County officials extended"), rows without attribution and all
  negatives, also those with a named speaker.
- Negatives (fourteenth, thirty-second, forty-third, ninety-eighth, two-hundred-and-fourth
  and the eight rounds), besides the headings, teasers, pointers, opinion headlines, mood
  lines, advice, filler and credit line above: labels („sprach von „Zahlen, die keine
  Wünsche offenlassen““, „sprach von einem „Tag der Unentschlossenen““, „sprachen von einem
  „Etat ohne jeden Gestaltungswillen““, „sprach von einem «Kahlschlag ...»“, "described the
  upgrade as "a clear statement of intent"", "called the bill "a developers' charter"",
  "said the figures were "proof that we are turning the corner""), quotes of feeling and
  rhetoric (Vosgerau, the Nationaltrainer, a Feuerwehrkommandant, Auersperg, Nørgaard-Holm,
  Callaway, Pennington's "run out of excuses", Oyelaran-Whitby, an airline industry group,
  Ravensworth, Velayudhan, Penhaligon, a resident), verdicts with „werten ... als“
  („Volkswirte werten die Daten als weiteres Indiz für ...“, read as „halten ... für“,
  ninety-eighth) and with „halten ... für“ („Ebenhoch hält eine weitere Lockerung im
  Dezember für vertretbar, ...“; three-hundred-and-twenty-fourth), a warning without a
  measure ("Some economists warned that the rebound ... could fade ..."), a forecast held as
  a verdict ("Economists said a lasting recovery in homebuilding looked unlikely before the
  spring."; three-hundred-and-fifty-sixth), traders' mood ("Dealers said the mood in the
  City was cautious ...", "Traders said the minutes offered little ...", „Händler sprachen
  von einem abwartenden Geschäft ...“), an appeal naming no measure ("Lottery officials
  urged players to spend only what they can afford."), evasions and open questions („Wie es
  zu der Kettenreaktion kommen konnte, war vorerst unklar.“, „Ob sich der Gewinner bereits
  gemeldet hat, wollte eine Sprecherin nicht sagen.“, "Just how low rates will eventually go
  is a question the minutes left unanswered."). As the brief for these batches asks,
  negatives carry no expected quantities, and this batch writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_380 = [
    # --- Der Morgen kompakt (dpa), Mittwoch früh ---
    ("de", "Der Morgen kompakt: Was am Mittwoch wichtig wird", False, [], None),
    # --- Japan's October trade (Reuters), overnight ---
    (
        "en",
        "JAPAN OCT EXPORTS +4.2% Y/Y (REUTERS POLL +3.0%); IMPORTS -1.8% Y/Y",
        True,
        [("percent", 4.2, "%", None), ("percent", 3.0, "%", None), ("percent", -1.8, "%", None)],
        None,
    ),
    (
        "en",
        "JAPAN OCT TRADE BALANCE -312.4 BLN YEN (REUTERS POLL -480.0 BLN YEN)",
        True,
        [("money", -312400000000, "JPY", None), ("money", -480000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "TOKYO, Nov 19 (Reuters) - Japan's exports grew 4.2% in October from a year earlier, a third straight monthly rise, Ministry of Finance data showed on Wednesday.",
        True,
        [("date", "--11-19", None, None), ("percent", 4.2, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Shipments to the United States jumped 7.9%, while exports to China slipped 2.4%, the ministry said.",
        True,
        [("percent", 7.9, "%", None), ("percent", 2.4, "%", None)],
        "the ministry",
    ),
    (
        "en",
        "The trade deficit narrowed to 312.4 billion yen, less than half the shortfall economists had expected.",
        True,
        [("money", 312400000000, "JPY", None), ("fraction", 0.5, None, "under")],
        None,
    ),
    ("en", "Some economists warned that the rebound in exports could fade in the new year as U.S. demand cools.", False, [], None),
    # --- Orkantief "Hedda" (dpa/lno) mit Liveticker ---
    ("de", "Orkantief „Hedda“ fegt mit voller Wucht über Norddeutschland", True, [], None),
    (
        "de",
        "Hamburg (dpa/lno) - Mit Orkanböen von bis zu 140 Kilometern pro Stunde ist Tief „Hedda“ in der Nacht zum Mittwoch über Norddeutschland hinweggezogen, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", 140, None, "up_to")],
        "der Deutsche Wetterdienst",
    ),
    ("de", "+++ Orkantief „Hedda“ – alle Entwicklungen im Liveticker +++", False, [], None),
    (
        "de",
        "05.48 Uhr | Auf Sylt hat die Wetterstation in List eine Spitzenböe von 151 Kilometern pro Stunde gemessen.",
        True,
        [("count", 151, None, None)],
        None,
    ),
    ("de", "06.20 Uhr | Die Deutsche Bahn hat den Fernverkehr nördlich von Hamburg bis mindestens 12 Uhr eingestellt.", True, [], None),
    (
        "de",
        "06.55 Uhr | Die Hamburger Feuerwehr zählte seit Mitternacht nach eigenen Angaben mehr als 380 sturmbedingte Einsätze.",
        True,
        [("count", 380, None, "over")],
        None,
    ),
    ("de", "07.10 Uhr | Wer nicht unbedingt vor die Tür muss, sollte heute besser zu Hause bleiben.", False, [], None),
    (
        "de",
        "07.32 Uhr | Ein entwurzelter Baum hat in Lübeck einen 63 Jahre alten Autofahrer in seinem Wagen erschlagen, teilte die Polizei mit.",
        True,
        [("duration", 63, "year", None)],
        "die Polizei",
    ),
    ("de", "07.50 Uhr | Video: So erlebten die Menschen auf Sylt die Sturmnacht", False, [], None),
    ("de", "08.05 Uhr | Im Hamburger Hafen ruht seit dem frühen Morgen die Abfertigung großer Containerschiffe.", True, [], None),
    ("de", "08.40 Uhr | An den Landungsbrücken ist die Stimmung trotz des Sturms erstaunlich gelassen.", False, [], None),
    (
        "de",
        "09.15 Uhr | Das Bundesamt für Seeschifffahrt und Hydrographie erwartet zur Mittagszeit eine schwere Sturmflut mit Wasserständen von 2,5 bis 3 Metern über dem mittleren Hochwasser.",
        True,
        [("count", 2.5, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "09.48 Uhr | Der Hamburger Fischmarkt steht inzwischen knapp einen Meter unter Wasser, sagte ein Sprecher der Innenbehörde.",
        True,
        [("count", 1, None, "nearly")],
        None,
    ),
    ("de", "10.30 Uhr | Damit schließen wir diesen Ticker – vielen Dank fürs Mitlesen.", False, [], None),
    # --- NBA overnight (AP) ---
    ("en", "Nuggets 124, Suns 117", True, [], None),
    (
        "en",
        "DENVER (AP) — Dragan Vukčević posted 31 points, 14 rebounds and 12 assists, his fifth triple-double this season, as Denver held off Phoenix 124-117 on Tuesday night.",
        True,
        [("count", 31, None, None), ("count", 14, None, None), ("count", 12, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Jalen Merriweather added 26 points for Denver, which has won seven of its last eight games, the team said.",
        True,
        [("count", 26, None, None), ("count", 7, None, None), ("count", 8, None, None)],
        "the team",
    ),
    ("en", "Are the Nuggets the team to beat in the West? Our latest power rankings", False, [], None),
    # --- Konjunkturtermine (awp) ---
    ("de", "Konjunkturdaten im Überblick: Die Termine am Mittwoch", False, [], None),
    (
        "de",
        "08.00 GB: Konsumentenpreise Oktober J/J, Konsens: +3,3 %, Vormonat: +3,6 %",
        True,
        [("percent", 3.3, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "11.00 EZ: Konsumentenpreise Oktober J/J (2. Veröffentlichung), Konsens: +2,2 %, 1. Veröffentlichung: +2,2 %",
        True,
        [("ordinal", 2, None, None), ("percent", 2.2, "%", None), ("ordinal", 1, None, None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "14.30 US: Baubeginne Oktober, Konsens: 1,35 Mio, Vormonat: 1,327 Mio",
        True,
        [("count", 1350000, None, None), ("count", 1327000, None, None)],
        None,
    ),
    (
        "de",
        "20.00 US: Protokoll der Fed-Sitzung vom 28./29. Oktober",
        True,
        [("date", "--10-28", None, None), ("date", "--10-29", None, None)],
        None,
    ),
    (
        "de",
        "Unternehmen: Tessmar (Q3), Harbourne (H1), Corvane (Q3, nach US-Börsenschluss)",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Reuters economic calendar ---
    ("en", "Economic calendar: key data due on Wednesday (all times GMT)", False, [], None),
    (
        "en",
        "0700 - Britain - CPI (Oct), y/y: cons +3.3%, prev +3.6%",
        True,
        [("percent", 3.3, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "1000 - Euro zone - HICP final (Oct), y/y: cons +2.2%, flash +2.2%",
        True,
        [("percent", 2.2, "%", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "en",
        "1330 - United States - Housing starts (Oct): cons 1.350 mln, prev 1.327 mln",
        True,
        [("count", 1350000, None, None), ("count", 1327000, None, None)],
        None,
    ),
    (
        "en",
        "1900 - United States - FOMC minutes (Oct. 28-29 meeting)",
        True,
        [("date", "--10-28", None, None), ("date", "--10-29", None, None)],
        None,
    ),
    # --- Fussball, EM-Qualifikation vom Dienstagabend (Keystone-SDA) ---
    ("de", "Fussball: Die Schweiz löst mit einem Sieg gegen Kosovo das EM-Ticket", True, [], None),
    ("de", "Schweiz - Kosovo 2:0 (1:0)", True, [], None),
    (
        "de",
        "Kybunpark, St. Gallen. - 17'850 Zuschauer (ausverkauft). - SR Jovanović (SRB).",
        True,
        [("count", 17850, None, None)],
        None,
    ),
    (
        "de",
        "Tore: 23. Zeller 1:0. 78. Imhof (Foulpenalty) 2:0.",
        True,
        [("ordinal", 23, None, None), ("ordinal", 78, None, None)],
        None,
    ),
    (
        "de",
        "St. Gallen (Keystone-SDA) - Zum sechsten Mal in Folge steht das Schweizer Nationalteam an einer EM-Endrunde.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Captain Noah Zeller erzielte mit seinem Kopfball in der 23. Minute sein 19. Länderspieltor.",
        True,
        [("ordinal", 23, None, None), ("ordinal", 19, None, None)],
        None,
    ),
    ("de", "«Wir sind als Mannschaft in diesem Herbst noch einmal ein Stück gewachsen», sagte der Nationaltrainer.", False, [], None),
    # --- Fußball, EM-Qualifikation (APA) ---
    ("de", "Fußball-EM-Qualifikation, Gruppe G: Österreich – Zypern 4:0 (2:0)", True, [], None),
    (
        "de",
        "Wien, Ernst-Happel-Stadion, 41.300 Zuschauer, SR Kjærgaard (DEN)",
        True,
        [("count", 41300, None, None)],
        None,
    ),
    (
        "de",
        "Tore: Gruber (12., 44.), Hasanović (67./Elfmeter), Leitgeb (89.)",
        True,
        [("ordinal", 12, None, None), ("ordinal", 44, None, None), ("ordinal", 67, None, None), ("ordinal", 89, None, None)],
        None,
    ),
    (
        "de",
        "Wien – Österreich beendet die Qualifikation damit als Gruppenerster mit 22 Punkten aus acht Spielen.",
        True,
        [("ordinal", 1, None, None), ("count", 22, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Teamchef Markus Ortner sagte, Torschütze Gruber falle mit einer Oberschenkelverletzung rund drei Wochen aus.",
        True,
        [("duration", 3, "week", "about")],
        "Markus Ortner",
    ),
    # --- Eishockey, DEL (dpa) ---
    (
        "de",
        "Eishockey, DEL, 19. Spieltag: Eisbären Berlin – Adler Mannheim 3:2 n.V. (1:0, 0:1, 1:1, 1:0)",
        True,
        [("ordinal", 19, None, None)],
        None,
    ),
    (
        "de",
        "Berlin (dpa) - Stürmer Lasse Mikkelsen traf nach 2:14 Minuten der Verlängerung zum Sieg für die Eisbären, die damit die Tabellenspitze übernahmen.",
        True,
        [("duration", 2, "minute", None), ("duration", 14, "second", None)],
        None,
    ),
    # --- Cricket, first test in Perth (Reuters) ---
    (
        "en",
        "Close of play, first test, day one, Perth: Australia 287-6 (Jed Callaway 112 not out) v South Africa",
        True,
        [("ordinal", 1, None, None), ("ordinal", 1, None, None), ("count", 287, None, None), ("count", 6, None, None), ("count", 112, None, None)],
        None,
    ),
    (
        "en",
        "PERTH, Nov 19 (Reuters) - Opener Jed Callaway struck an unbeaten 112, his ninth test hundred, as Australia recovered from 41-3 against South Africa on the first day of the series opener on Wednesday.",
        True,
        [("date", "--11-19", None, None), ("count", 112, None, None), ("ordinal", 9, None, None), ("count", 41, None, None), ("count", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Left-arm quick Sipho Mahlangu claimed 4-61, including the Australian captain for a duck.",
        True,
        [("count", 4, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "Cricket Australia said fast bowler Brody Kestell would miss the second test with a hamstring strain.",
        True,
        [("ordinal", 2, None, None)],
        "Cricket Australia",
    ),
    ("en", "\"The ball did a bit all day, so I just tried to stay patient,\" Callaway told reporters.", False, [], None),
    # --- UK inflation (Reuters, PA) ---
    (
        "en",
        "UK OCT CPI +3.1% Y/Y (REUTERS POLL +3.3%) VS +3.6% IN SEPT",
        True,
        [("percent", 3.1, "%", None), ("percent", 3.3, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "UK OCT CORE CPI +3.4% Y/Y; SERVICES CPI +4.6% Y/Y",
        True,
        [("percent", 3.4, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    ("en", "UK inflation falls to 3.1% - is a December rate cut now a done deal?", True, [("percent", 3.1, "%", None)], None),
    (
        "en",
        "LONDON, Nov 19 (Reuters) - British consumer price inflation slowed more sharply than expected to 3.1% in October, its lowest since April 2030, the Office for National Statistics said.",
        True,
        [("date", "--11-19", None, None), ("percent", 3.1, "%", None), ("year", 2030, None, None)],
        "the Office for National Statistics",
    ),
    ("en", "Economists had on average pencilled in 3.3%, a Reuters poll showed.", True, [("percent", 3.3, "%", None)], None),
    (
        "en",
        "Lower household energy bills accounted for about half of the drop, the ONS said.",
        True,
        [("fraction", 0.5, None, "about")],
        "the ONS",
    ),
    (
        "en",
        "Price growth in the services sector, which the BoE monitors for signs of homegrown pressure, cooled to 4.6% from 5.0%.",
        True,
        [("percent", 4.6, "%", None), ("percent", 5.0, "%", None)],
        None,
    ),
    (
        "en",
        "Interest rate futures now price in roughly an 80% likelihood that the BoE trims rates by a quarter point on Dec. 18, against 55% before the figures.",
        True,
        [("percent", 80, "%", "about"), ("percent", 0.25, "pp", None), ("date", "--12-18", None, None), ("percent", 55, "%", None)],
        None,
    ),
    ("en", "\"The Bank has run out of excuses,\" said Hugo Pennington, chief economist at Saltmarsh Capital.", False, [], None),
    (
        "en",
        "\"We now expect three more cuts by next autumn, taking Bank Rate to 3.25%,\" Pennington said.",
        True,
        [("count", 3, None, None), ("percent", 3.25, "%", None)],
        "Pennington",
    ),
    ("en", "Sterling fell 0.5% to $1.3082 after the release.", True, [("percent", 0.5, "%", None), ("money", 1.3082, "USD", None)], None),
    ("en", "Is the cost-of-living squeeze finally over? What the numbers tell us", False, [], None),
    ("en", "Inflation falls to lowest level in 18 months as energy bills ease", True, [("duration", 18, "month", None)], None),
    (
        "en",
        "LONDON (PA) - Chancellor Imogen Thwaite said the energy price cap would fall by a further £48 a year for an average household in January.",
        True,
        [("money", 48, "GBP", None)],
        "Imogen Thwaite",
    ),
    ("en", "Thwaite said the figures were \"proof that we are turning the corner\".", False, [], None),
    # --- Tessmar, drittes Quartal (Reuters German, dpa-AFX) ---
    (
        "de",
        "TESSMAR: UMSATZ IM 3. QUARTAL 4,12 MRD EURO (VJ: 3,98 MRD EURO)",
        True,
        [("ordinal", 3, None, None), ("money", 4120000000, "EUR", None), ("money", 3980000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "TESSMAR: BEREINIGTES EBIT 412 MIO EURO, ANALYSTEN-KONSENS 396 MIO EURO",
        True,
        [("money", 412000000, "EUR", None), ("money", 396000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "TESSMAR BESTÄTIGT PROGNOSE FÜR 2031 – UMSATZPLUS VON 4 BIS 6 PROZENT",
        True,
        [("year", 2031, None, None), ("percent", 4, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "de",
        "München (Reuters) - Der Elektrotechnikkonzern Tessmar hat im dritten Quartal dank der Nachfrage von Rechenzentrumsbetreibern mehr umgesetzt als von Analysten erwartet.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Bestellungen verbuchte Tessmar ein Plus von 9 Prozent auf 4,6 Milliarden Euro, teilte das Unternehmen mit.",
        True,
        [("percent", 9, "%", None), ("money", 4600000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Finanzvorständin Henrike Vosgerau sagte in einer Telefonkonferenz, das Werk in Regensburg werde bis Ende 2032 um rund 600 Stellen verkleinert.",
        True,
        [("year", 2032, None, None), ("count", 600, None, "about")],
        "Henrike Vosgerau",
    ),
    ("de", "„Wir sind heute robuster aufgestellt als je zuvor“, sagte Vosgerau.", False, [], None),
    # --- Erzeugerpreise (dpa) ---
    ("de", "Erzeugerpreise sinken zum fünften Mal in Folge – ist die Inflation besiegt?", True, [("ordinal", 5, None, None)], None),
    (
        "de",
        "Wiesbaden (dpa) - Für gewerbliche Produkte mussten Abnehmer in Deutschland im Oktober 0,4 Prozent weniger zahlen als im Oktober 2030, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("percent", 0.4, "%", None), ("year", 2030, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Energie verbilligte sich um 3,7 Prozent, Investitionsgüter kosteten dagegen 1,9 Prozent mehr als vor einem Jahr.",
        True,
        [("percent", 3.7, "%", None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die von dpa-AFX befragten Experten hatten im Mittel lediglich einen Rückgang um 0,2 Prozent vorhergesagt.",
        True,
        [("percent", 0.2, "%", None)],
        None,
    ),
    ("de", "Volkswirte werten die Daten als weiteres Indiz für einen nachlassenden Preisdruck.", False, [], None),
    # --- Harbourne half-year (Reuters) ---
    (
        "en",
        "HARBOURNE GROUP H1 ADJ PRETAX PROFIT 184.6 MLN STG, UP 11%; INTERIM DIVIDEND 4.2P",
        True,
        [("ordinal", 1, None, None), ("money", 184600000, "GBP", None), ("percent", 11, "%", None), ("money", 0.042, "GBP", None)],
        None,
    ),
    ("en", "UPDATE 2-Harbourne lifts profit outlook as Christmas orders build", True, [], None),
    (
        "en",
        "LONDON, Nov 19 (Reuters) - British homewares retailer Harbourne raised its full-year profit forecast on Wednesday after like-for-like sales grew 6.2% in the 26 weeks to Oct. 25.",
        True,
        [("date", "--11-19", None, None), ("percent", 6.2, "%", None), ("duration", 26, "week", None), ("date", "--10-25", None, None)],
        None,
    ),
    (
        "en",
        "It now expects annual adjusted pretax profit of 395 million to 410 million pounds, the company said.",
        True,
        [("money", 395000000, "GBP", None), ("money", 410000000, "GBP", None)],
        "the company",
    ),
    ("en", "Harbourne shares rose 9.4% to 1,236p by 0830 GMT.", True, [("percent", 9.4, "%", None), ("money", 12.36, "GBP", None)], None),
    (
        "en",
        "Chief Executive Marcus Oyelaran-Whitby told reporters the group planned 14 new store openings in the second half.",
        True,
        [("count", 14, None, None), ("ordinal", 2, None, None)],
        "Marcus Oyelaran-Whitby",
    ),
    ("en", "\"Our customers are telling us they want to treat themselves this Christmas,\" Oyelaran-Whitby said.", False, [], None),
    ("en", "Analysts at Wexcombe Securities described the upgrade as \"a clear statement of intent\".", False, [], None),
    # --- Aktien Frankfurt Eröffnung (dpa-AFX) ---
    ("de", "Aktien Frankfurt Eröffnung: Tessmar-Zahlen geben dem Dax Auftrieb", True, [], None),
    (
        "de",
        "Stand 9.15 Uhr: Dax 23.912,40 Pkt. (+0,21 %) | MDax 29.604,11 Pkt. (+0,12 %) | TecDax 3.711,58 Pkt. (+0,41 %)",
        True,
        [("count", 23912.4, None, None), ("percent", 0.21, "%", None), ("count", 29604.11, None, None), ("percent", 0.12, "%", None), ("count", 3711.58, None, None), ("percent", 0.41, "%", None)],
        None,
    ),
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Leitindex legte kurz nach dem Handelsstart um 50,22 Punkte auf 23.912,40 Zähler zu.",
        True,
        [("count", 50.22, None, None), ("count", 23912.4, None, None)],
        None,
    ),
    ("de", "Tessmar-Aktie springt nach Zahlen an die Dax-Spitze", True, [], None),
    ("de", "Im frühen Xetra-Handel gewannen die Papiere 6,8 Prozent auf 143,20 Euro.", True, [("percent", 6.8, "%", None), ("money", 143.2, "EUR", None)], None),
    ("de", "Ein Händler sprach von „Zahlen, die keine Wünsche offenlassen“.", False, [], None),
    (
        "de",
        "Kursziel: Haldenwang Research hebt Ziel für Tessmar auf 165 Euro – 'Kaufen'",
        True,
        [("money", 165, "EUR", None)],
        None,
    ),
    # --- Aktien Schweiz Eröffnung (awp) ---
    ("de", "Aktien Schweiz Eröffnung: SMI mit leichten Gewinnen", True, [], None),
    (
        "de",
        "Zürich (awp) - Der Swiss Market Index (SMI) notierte um 9.20 Uhr 0,27 Prozent höher bei 12'481,55 Punkten.",
        True,
        [("percent", 0.27, "%", None), ("count", 12481.55, None, None)],
        None,
    ),
    ("de", "Der Franken gab zum Euro leicht nach, das Paar EUR/CHF stand bei 0,9412.", True, [("money", 0.9412, "CHF", None)], None),
    ("de", "Händler sprachen von einem abwartenden Geschäft vor dem Fed-Protokoll am Abend.", False, [], None),
    # --- Massenkarambolage auf der A1 (APA) ---
    ("de", "Massenkarambolage im Nebel auf der Westautobahn – 23 Verletzte", True, [("count", 23, None, None)], None),
    (
        "de",
        "St. Pölten – Bei dichtem Nebel sind am Mittwochmorgen auf der Westautobahn (A1) zwischen Melk und Pöchlarn rund 40 Fahrzeuge ineinander gekracht.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "Vier Menschen wurden schwer verletzt und mit Notarzthubschraubern in umliegende Spitäler geflogen, teilte die Landespolizeidirektion Niederösterreich mit.",
        True,
        [("count", 4, None, None)],
        "die Landespolizeidirektion Niederösterreich",
    ),
    (
        "de",
        "Die A1 war in Fahrtrichtung Wien mehr als fünf Stunden lang gesperrt, teilte die Asfinag mit.",
        True,
        [("duration", 5, "hour", "over")],
        "die Asfinag",
    ),
    ("de", "Laut ÖAMTC lag die Sichtweite zum Unfallzeitpunkt teils unter 50 Metern.", True, [("count", 50, None, "under")], "ÖAMTC"),
    ("de", "„Es war ein einziges Trümmerfeld“, sagte ein Feuerwehrkommandant aus Melk.", False, [], None),
    ("de", "Wie es zu der Kettenreaktion kommen konnte, war vorerst unklar.", False, [], None),
    # --- Global markets (Reuters), London morning ---
    ("en", "GLOBAL MARKETS-Stocks wobble ahead of Fed minutes; sterling slides after UK inflation data", True, [], None),
    (
        "en",
        "Outside Japan, MSCI's gauge of Asia-Pacific shares slipped 0.4%, while the Nikkei ended 0.6% lower at 51,204.33.",
        True,
        [("percent", 0.4, "%", None), ("percent", 0.6, "%", None), ("count", 51204.33, None, None)],
        None,
    ),
    # --- Euro zone inflation, final (Reuters, dpa) ---
    (
        "en",
        "EURO ZONE OCT HICP CONFIRMED AT +2.2% Y/Y; CORE +2.5% Y/Y - EUROSTAT",
        True,
        [("percent", 2.2, "%", None), ("percent", 2.5, "%", None)],
        None,
    ),
    (
        "en",
        "LUXEMBOURG, Nov 19 (Reuters) - Consumer inflation across the 21-nation euro zone eased to 2.2% in October from 2.4% in September, Eurostat said on Wednesday, confirming its flash estimate.",
        True,
        [("date", "--11-19", None, None), ("count", 21, None, None), ("percent", 2.2, "%", None), ("percent", 2.4, "%", None)],
        "Eurostat",
    ),
    (
        "en",
        "Core inflation, which strips out food and energy, held at 2.5% for a fourth month.",
        True,
        [("percent", 2.5, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Euroraum: Inflationsrate im Oktober mit 2,2 Prozent bestätigt", True, [("percent", 2.2, "%", None)], None),
    # --- EZB-Direktorin Ebenhoch (Reuters German) ---
    (
        "de",
        "EZB-DIREKTORIN EBENHOCH: INFLATION DÜRFTE IM ZWEITEN HALBJAHR 2032 UNTER 2 PROZENT FALLEN",
        True,
        [("ordinal", 2, None, None), ("year", 2032, None, None), ("percent", 2, "%", "under")],
        None,
    ),
    ("de", "EZB-DIREKTORIN EBENHOCH: WIR SIND NOCH NICHT AM ZIEL", False, [], None),
    (
        "de",
        "Frankfurt (Reuters) - Die Teuerung im Euroraum werde 2032 durchschnittlich 2,1 Prozent betragen, sagte EZB-Direktorin Cordula Ebenhoch am Mittwoch auf einer Bankenkonferenz in Frankfurt.",
        True,
        [("year", 2032, None, None), ("percent", 2.1, "%", None)],
        "Cordula Ebenhoch",
    ),
    ("de", "Ebenhoch hält eine weitere Lockerung im Dezember für vertretbar, aber keineswegs für ausgemacht.", False, [], None),
    ("de", "Leitartikel: Die EZB darf sich von den Märkten nicht treiben lassen", False, [], None),
    # --- Fluglotsenstreik in Frankreich (AFP) ---
    ("de", "Paris (AFP) - Wegen eines Streiks der Fluglotsen in Frankreich sind am Mittwoch zahlreiche Flüge ausgefallen.", True, [], None),
    (
        "de",
        "Die Luftfahrtbehörde DGAC wies die Airlines an, ihr Programm in Paris-Orly um ein Drittel und in Marseille um ein Viertel zu kürzen.",
        True,
        [("fraction", 0.3333, None, None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Gewerkschaft SNCTA beteiligen sich rund 60 Prozent der Fluglotsen an dem 48-stündigen Ausstand.",
        True,
        [("percent", 60, "%", "about"), ("duration", 48, "hour", None)],
        "die Gewerkschaft SNCTA",
    ),
    (
        "en",
        "PARIS (AFP) - Airlines cancelled more than 1,100 flights to and from France on Wednesday as air traffic controllers started a 48-hour walkout over staffing, France's DGAC civil aviation authority said.",
        True,
        [("count", 1100, None, "over"), ("duration", 48, "hour", None)],
        None,
    ),
    ("en", "\"Once again, passengers are being taken hostage,\" an airline industry group said in a statement.", False, [], None),
    # --- Sparpaket des Bundesrats (Keystone-SDA) ---
    (
        "de",
        "Bundesrat schickt Sparpaket von 2,7 Milliarden Franken in die Vernehmlassung",
        True,
        [("money", 2700000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bern (Keystone-SDA) - Um rund 2,7 Milliarden Franken pro Jahr will der Bundesrat den Haushalt des Bundes ab 2033 entlasten.",
        True,
        [("money", 2700000000, "CHF", "about"), ("year", 2033, None, None)],
        None,
    ),
    (
        "de",
        "Gut die Hälfte davon soll bei der Armee und in der Entwicklungshilfe eingespart werden, sagte Finanzministerin Regula Tschanz.",
        True,
        [("fraction", 0.5, None, "over")],
        "Regula Tschanz",
    ),
    (
        "de",
        "Die Vernehmlassung dauert bis zum 6. März 2032, teilte das Eidgenössische Finanzdepartement (EFD) mit.",
        True,
        [("date", "2032-03-06", None, None)],
        "das Eidgenössische Finanzdepartement",
    ),
    ("de", "Die SP sprach von einem «Kahlschlag auf dem Buckel der Schwächsten».", False, [], None),
    # --- Haushaltsentwurf im Kabinett (dpa) ---
    (
        "de",
        "Kabinett billigt Haushaltsentwurf 2032 mit Ausgaben von 512 Milliarden Euro",
        True,
        [("year", 2032, None, None), ("money", 512000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Berlin (dpa) - Die Neuverschuldung soll nach dem Entwurf bei 68,4 Milliarden Euro liegen, hinzu kommen Kredite aus Sondervermögen von 41 Milliarden Euro.",
        True,
        [("money", 68400000000, "EUR", None), ("money", 41000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzminister Ruprecht Halbedel sagte, die Investitionen stiegen auf den Rekordwert von 121 Milliarden Euro.",
        True,
        [("money", 121000000000, "EUR", None)],
        "Ruprecht Halbedel",
    ),
    ("de", "Der Bundestag soll den Etat in der Sitzungswoche ab dem 1. Dezember abschließend beraten.", True, [("date", "--12-01", None, None)], None),
    ("de", "Grüne und Linke sprachen von einem „Etat ohne jeden Gestaltungswillen“.", False, [], None),
    ("de", "Der Bund spart an der falschen Stelle", False, [], None),
    ("de", "Mehr zum Thema: Wer beim Haushalt gewinnt – und wer verliert", False, [], None),
    # --- Mega Millions (AP) ---
    (
        "en",
        "Mega Millions jackpot climbs to estimated $1.2 billion after no winner",
        True,
        [("money", 1200000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "DES MOINES, Iowa (AP) — No ticket matched all six numbers in Tuesday night's Mega Millions drawing, pushing the jackpot for Friday to an estimated $1.2 billion, lottery officials said.",
        True,
        [("count", 6, None, None), ("money", 1200000000, "USD", "about")],
        None,
    ),
    ("en", "The cash option would be about $553.8 million before taxes.", True, [("money", 553800000, "USD", "about")], None),
    ("en", "It is the fourth-largest prize in the game's history.", True, [("ordinal", 4, None, None)], None),
    ("en", "Lottery officials urged players to spend only what they can afford.", False, [], None),
    # --- Wintereinbruch in Tirol (APA) ---
    (
        "de",
        "Wintereinbruch im Westen: Bis zu 60 Zentimeter Neuschnee in Tirol erwartet",
        True,
        [("count", 60, None, "up_to")],
        None,
    ),
    (
        "de",
        "Innsbruck – Ab 1.200 Metern Seehöhe soll es bis Donnerstagfrüh durchgehend schneien, teilte die GeoSphere Austria mit.",
        True,
        [("count", 1200, None, "at_least")],
        "die GeoSphere Austria",
    ),
    (
        "de",
        "Am Arlberg fielen seit Dienstagabend bereits 45 Zentimeter Neuschnee, teilte der Lawinenwarndienst Tirol mit.",
        True,
        [("count", 45, None, None)],
        "der Lawinenwarndienst Tirol",
    ),
    (
        "de",
        "Die Gefahr wurde für weite Teile des Landes auf Stufe 3 der fünfteiligen Skala angehoben.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Auf der Brennerautobahn (A13) galt ab dem späten Vormittag Kettenpflicht für Lkw über 7,5 Tonnen.",
        True,
        [("count", 7.5, None, "over")],
        None,
    ),
    ("de", "Wer ins freie Gelände will, sollte sich vorher genau über die Lawinenlage informieren.", False, [], None),
    # --- Eurojackpot (dpa) ---
    ("de", "Eurojackpot: Tipper aus Oberfranken gewinnt 86 Millionen Euro", True, [("money", 86000000, "EUR", None)], None),
    (
        "de",
        "München (dpa) - Ein Lottospieler aus Oberfranken hat bei der Eurojackpot-Ziehung am Dienstagabend gut 86 Millionen Euro gewonnen, teilte Lotto Bayern mit.",
        True,
        [("money", 86000000, "EUR", "over")],
        "Lotto Bayern",
    ),
    ("de", "Es ist der zweithöchste Gewinn, der jemals nach Bayern ging.", True, [("ordinal", 2, None, None)], None),
    ("de", "Ob sich der Gewinner bereits gemeldet hat, wollte eine Sprecherin nicht sagen.", False, [], None),
    # --- Preview and U.S. housing starts (Reuters) ---
    ("en", "PREVIEW-Corvane expected to post 28% revenue jump as AI demand holds up", True, [("percent", 28, "%", None)], None),
    ("en", "INSIGHT-Inside the scramble for power as data centres swamp Europe's grids", False, [], None),
    (
        "en",
        "U.S. OCT HOUSING STARTS 1.312 MLN UNITS (REUTERS POLL 1.350 MLN) VS 1.327 MLN IN SEPT",
        True,
        [("count", 1312000, None, None), ("count", 1350000, None, None), ("count", 1327000, None, None)],
        None,
    ),
    (
        "en",
        "U.S. OCT BUILDING PERMITS 1.401 MLN, HIGHEST SINCE MARCH 2029",
        True,
        [("count", 1401000, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "WASHINGTON, Nov 19 (Reuters) - Construction of single-family houses in the United States slid to a seven-month low in October as high mortgage rates kept buyers on the sidelines, the Commerce Department said on Wednesday.",
        True,
        [("date", "--11-19", None, None), ("duration", 7, "month", None)],
        "the Commerce Department",
    ),
    (
        "en",
        "Single-family starts dropped 3.8% to a seasonally adjusted annual rate of 902,000 units.",
        True,
        [("percent", 3.8, "%", None), ("count", 902000, None, None)],
        None,
    ),
    ("en", "Economists said a lasting recovery in homebuilding looked unlikely before the spring.", False, [], None),
    # --- Wall Street open (Reuters), London markets (PA) ---
    ("en", "US STOCKS-Wall St opens lower as chip stocks slide ahead of Fed minutes", True, [], None),
    (
        "en",
        "The Dow Jones Industrial Average shed 146.80 points, or 0.3%, to 48,912.35 shortly after the opening bell.",
        True,
        [("count", 146.8, None, None), ("percent", 0.3, "%", None), ("count", 48912.35, None, None)],
        None,
    ),
    (
        "en",
        "US 10-year Treasury yield: 3.92% (-3 bp)",
        True,
        [("duration", 10, "year", None), ("percent", 3.92, "%", None), ("percent", -3, "bp", None)],
        None,
    ),
    (
        "en",
        "FTSE 100: 9,412.55 (+37.20, +0.4%)",
        True,
        [("count", 9412.55, None, None), ("count", 37.2, None, None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Sterling: $1.3082 (-0.5%); €1.1287 (-0.2%)",
        True,
        [("money", 1.3082, "USD", None), ("percent", -0.5, "%", None), ("money", 1.1287, "EUR", None), ("percent", -0.2, "%", None)],
        None,
    ),
    (
        "en",
        "Brent crude: $77.64 a barrel (-1.3%)",
        True,
        [("money", 77.64, "USD", None), ("percent", -1.3, "%", None)],
        None,
    ),
    ("en", "Dealers said the mood in the City was cautious, with few keen to take big bets before the minutes.", False, [], None),
    # --- Lake-effect snow (AP) ---
    ("en", "The Latest: Lake-effect snow buries western New York; driving ban in place", True, [], None),
    ("en", "BUFFALO, N.Y. (AP) — The latest on the lake-effect snowstorm south of Buffalo (all times EST):", False, [], None),
    (
        "en",
        "7:10 a.m. EST — More than 3 feet of snow has fallen in parts of Erie County since Tuesday evening, the National Weather Service said.",
        True,
        [("count", 3, None, "over")],
        "the National Weather Service",
    ),
    ("en", "8:25 a.m. EST — County officials extended a driving ban for towns south of the city until at least 6 p.m.", True, [], None),
    (
        "en",
        "9:40 a.m. EST — About 41,000 customers had lost electricity by mid-morning, according to National Grid.",
        True,
        [("count", 41000, None, "about")],
        "National Grid",
    ),
    ("en", "10:15 a.m. EST — Residents are urged to stay off the roads and to check on elderly neighbors.", False, [], None),
    ("en", "11:30 a.m. EST — The Buffalo Bills said Sunday's home game would go ahead as scheduled.", True, [], "the Buffalo Bills"),
    (
        "en",
        "12:45 p.m. EST — Gov. Maren Castellano said she had deployed 200 National Guard members to help clear roads.",
        True,
        [("count", 200, None, None)],
        "Maren Castellano",
    ),
    ("en", "1:20 p.m. EST — \"It's like someone dumped a mountain on my driveway,\" said a resident of Orchard Park.", False, [], None),
    ("en", "WATCH: What lake-effect snow looks like from the air", False, [], None),
    ("en", "Associated Press writer Dana Whitlock in Albany, New York, contributed to this report.", False, [], None),
    # --- Oil and gold (Reuters) ---
    ("en", "OIL-Oil slides 1% after surprise build in U.S. crude stocks", True, [("percent", 1, "%", None)], None),
    (
        "en",
        "U.S. crude stockpiles climbed by 4.6 million barrels in the week to Nov. 14, the Energy Information Administration said.",
        True,
        [("count", 4600000, None, None), ("date", "--11-14", None, None)],
        "the Energy Information Administration",
    ),
    ("en", "Analysts surveyed by Reuters had looked for a draw of 1.2 million barrels.", True, [("count", 1200000, None, None)], None),
    (
        "en",
        "PRECIOUS-Gold tops $4,900/oz for first time as dollar weakens",
        True,
        [("money", 4900, "USD", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Spot gold was up 0.8% at $4,912.40 per ounce by 1530 GMT.",
        True,
        [("percent", 0.8, "%", None), ("money", 4912.4, "USD", None)],
        None,
    ),
    # --- Aktien Frankfurt Schluss, Devisen, Anleihen (dpa-AFX) ---
    ("de", "Aktien Frankfurt Schluss: Dax gibt Gewinne vor Fed-Protokoll wieder ab", True, [], None),
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Dax schloss mit einem Minus von 0,31 Prozent bei 23.788,06 Punkten.",
        True,
        [("percent", 0.31, "%", None), ("count", 23788.06, None, None)],
        None,
    ),
    (
        "de",
        "Schlussstand: Dax 23.788,06 Pkt. (-74,12 Pkt.) | Euro Stoxx 50 5.480,90 Pkt. (-21,33 Pkt.)",
        True,
        [("count", 23788.06, None, None), ("count", -74.12, None, None), ("count", 5480.9, None, None), ("count", -21.33, None, None)],
        None,
    ),
    ("de", "Tessmar-Papiere schlossen als Spitzenreiter 7,4 Prozent im Plus.", True, [("percent", 7.4, "%", None)], None),
    ("de", "Börsianer sprachen von einem „Tag der Unentschlossenen“.", False, [], None),
    ("de", "Devisen: Euro fällt unter 1,16 Dollar", True, [("money", 1.16, "USD", "under")], None),
    (
        "de",
        "Ein Euro kostete am Abend 1,1571 Dollar, ein Dollar war damit 0,8642 Euro wert.",
        True,
        [("money", 1.1571, "USD", None), ("money", 0.8642, "EUR", None)],
        None,
    ),
    (
        "de",
        "Deutsche Anleihen: Rendite zehnjähriger Bundesanleihen fällt um 2 Basispunkte auf 2,61 Prozent",
        True,
        [("duration", 10, "year", None), ("percent", 2, "bp", None), ("percent", 2.61, "%", None)],
        None,
    ),
    ("de", "Gold: Feinunze kostet erstmals mehr als 4.900 Dollar", True, [("money", 4900, "USD", "over")], None),
    ("de", "Bitcoin rutscht unter 90.000 Dollar", True, [("money", 90000, "USD", "under")], None),
    # --- ATP Finals in Turin (APA, PA) ---
    (
        "de",
        "Tennis, ATP Finals in Turin (15,5 Millionen Dollar), Gruppe Björn Borg: Leopold Auersperg (Österreich/3) – Mateus Carvalhal (Brasilien/6) 6:7 (5:7), 7:6 (9:7), 7:5",
        True,
        [("money", 15500000, "USD", None), ("ordinal", 3, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Turin (APA) - Der an Nummer drei gesetzte Niederösterreicher steht damit als erster Spieler im Halbfinale.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Insgesamt schlug Auersperg 17 Asse, fünf davon im Tiebreak.", True, [("count", 17, None, None), ("count", 5, None, None)], None),
    ("de", "„Mental war das eines der härtesten Matches meiner Karriere“, sagte Auersperg.", False, [], None),
    (
        "en",
        "Tennis-Auersperg first into ATP Finals semis after three-set win",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "ATP Finals, Turin, round robin, Group Bjorn Borg: Leopold Auersperg (Austria) (3) bt Mateus Carvalhal (Brazil) (6) 6-7 (5-7) 7-6 (9-7) 7-5",
        True,
        [("ordinal", 3, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Rhys Penhaligon (Britain) (8) bt Yannick Duchesne (France) (5) 7-5 6-7 (3-7) 6-2",
        True,
        [("ordinal", 8, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "TURIN (PA) - Rhys Penhaligon kept his hopes of a semi-final place alive with his first win of the week, beating Yannick Duchesne in two hours and 41 minutes.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "hour", None), ("duration", 41, "minute", None)],
        None,
    ),
    ("en", "\"I've been playing with the handbrake on all week,\" Penhaligon admitted.", False, [], None),
    # --- Handball, Bundesliga (dpa) ---
    (
        "de",
        "Handball, Bundesliga, 12. Spieltag: THW Kiel – SG Flensburg-Handewitt 29:27 (14:15)",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Kiel (dpa) - Vor 10.285 Zuschauern entschied der THW das 108. Landesderby für sich.",
        True,
        [("count", 10285, None, None), ("ordinal", 108, None, None)],
        None,
    ),
    ("de", "„Das war beste Werbung für unseren Sport“, sagte THW-Trainer Jesper Nørgaard-Holm.", False, [], None),
    # --- Fed minutes (Reuters, dpa-AFX) ---
    ("en", "FED MINUTES: MANY OFFICIALS SAW FURTHER RATE CUTS AS LIKELY APPROPRIATE OVER TIME", True, [], None),
    ("en", "FED MINUTES: SEVERAL PARTICIPANTS FAVORED HOLDING RATES STEADY IN OCTOBER", True, [], None),
    (
        "en",
        "FED MINUTES: STAFF PROJECTED CORE PCE INFLATION OF 2.6% FOR 2031 AND 2.3% FOR 2032",
        True,
        [("percent", 2.6, "%", None), ("year", 2031, None, None), ("percent", 2.3, "%", None), ("year", 2032, None, None)],
        None,
    ),
    ("en", "UPDATE 1-Fed minutes show broad backing for more cuts, but pace in dispute", True, [], None),
    (
        "en",
        "WASHINGTON, Nov 19 (Reuters) - Most Federal Reserve policymakers agreed at their Oct. 28-29 meeting that further interest rate cuts would likely be needed, according to the minutes released on Wednesday.",
        True,
        [("date", "--11-19", None, None), ("date", "--10-28", None, None), ("date", "--10-29", None, None)],
        None,
    ),
    (
        "en",
        "The Fed cut its policy rate by 25 basis points at that meeting to the 3.50%-3.75% range, its third reduction this year.",
        True,
        [("percent", 25, "bp", None), ("percent", 3.5, "%", None), ("percent", 3.75, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    ("en", "\"The debate is no longer about whether, but about how fast,\" said Dagny Ravensworth, senior economist at Pellham Markets.", False, [], None),
    ("en", "Just how low rates will eventually go is a question the minutes left unanswered.", False, [], None),
    ("en", "The Fed's minutes should worry anyone still betting on cheap money", False, [], None),
    ("de", "Fed-Protokoll: Mehrheit der Notenbanker offen für weitere Zinssenkungen", True, [], None),
    ("de", "Podcast: Was das Fed-Protokoll für Ihr Geld bedeutet", False, [], None),
    # --- Wall Street close, Corvane after the bell (Reuters) ---
    ("en", "US STOCKS-Wall Street ends lower as Fed minutes temper rate-cut hopes", True, [], None),
    (
        "en",
        "The S&P 500 lost 0.7% to end at 7,081.22 points, while the Nasdaq Composite fell 1.1% to 24,297.03.",
        True,
        [("percent", 0.7, "%", None), ("count", 7081.22, None, None), ("percent", 1.1, "%", None), ("count", 24297.03, None, None)],
        None,
    ),
    ("en", "Traders said the minutes offered little to change the market's view.", False, [], None),
    (
        "en",
        "CORVANE Q3 REVENUE $14.82 BLN VS LSEG ESTIMATE $14.31 BLN",
        True,
        [("ordinal", 3, None, None), ("money", 14820000000, "USD", None), ("money", 14310000000, "USD", None)],
        None,
    ),
    (
        "en",
        "CORVANE SEES Q4 REVENUE OF $15.9 BLN, PLUS OR MINUS 2%",
        True,
        [("ordinal", 4, None, None), ("money", 15900000000, "USD", None), ("percent", 2, "%", None)],
        None,
    ),
    ("en", "Corvane forecasts fourth-quarter revenue above estimates on AI chip demand", True, [("ordinal", 4, None, None)], None),
    (
        "en",
        "Corvane expects revenue of $15.9 billion in the fourth quarter, plus or minus 2%, the company said in a statement.",
        True,
        [("money", 15900000000, "USD", None), ("ordinal", 4, None, None), ("percent", 2, "%", None)],
        "the company",
    ),
    ("en", "Corvane's shares climbed 5% after the bell.", True, [("percent", 5, "%", None)], None),
    ("en", "\"Demand is simply off the charts,\" Chief Executive Anand Velayudhan said on a call with analysts.", False, [], None),
    # --- Planning bill (PA) ---
    ("en", "Commons backs Planning Reform Bill by majority of 105", True, [("count", 105, None, None)], None),
    (
        "en",
        "LONDON (PA) - MPs voted by 334 to 229 on Wednesday evening to give the Planning Reform Bill a second reading.",
        True,
        [("count", 334, None, None), ("count", 229, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Housing Secretary Tobias Rendlesham said the changes would speed up the building of 1.5 million homes by 2034.",
        True,
        [("count", 1500000, None, None), ("year", 2034, None, None)],
        "Tobias Rendlesham",
    ),
    ("en", "Opposition MPs called the bill \"a developers' charter\".", False, [], None),
    # --- Scotland qualify (PA) ---
    ("en", "Soccer-Scotland seal Euro 2032 place with win over Norway", True, [("year", 2032, None, None)], None),
    (
        "en",
        "Scotland 3 (McAuslan 12, 57, Duthie 88) Norway 1 (Haugland 64)",
        True,
        [("ordinal", 12, None, None), ("ordinal", 57, None, None), ("ordinal", 88, None, None), ("ordinal", 64, None, None)],
        None,
    ),
    (
        "en",
        "GLASGOW (PA) - Scotland will play at a third successive European Championship after Finlay McAuslan scored twice at Hampden Park on Tuesday night.",
        True,
        [("ordinal", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    # --- Termine am Donnerstag (APA, dpa) ---
    ("de", "APA-Terminvorschau: Die wichtigsten Termine am Donnerstag", False, [], None),
    ("de", "09.00 Uhr, Wien, Parlament: Nationalrat, Budgetdebatte zum Kapitel Soziales", True, [], None),
    (
        "de",
        "10.30 Uhr, Wien, Statistik Austria: Arbeitskräfteerhebung für das 3. Quartal",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Wochenvorschau: Die Termine der kommenden Tage", False, [], None),
    ("de", "20.11. | Brüssel | Treffen der EU-Handelsminister", True, [("date", "--11-20", None, None)], None),
    ("de", "21.11. | Berlin | Bundesrat, u. a. Abstimmung über die Krankenhausreform", True, [("date", "--11-21", None, None)], None),
    ("de", "25.11. | Luxemburg | EuGH-Urteil zur Vorratsdatenspeicherung", True, [("date", "--11-25", None, None)], None),
    # --- Earnings to watch (Reuters), credit (AP) ---
    ("en", "Earnings to watch on Thursday", False, [], None),
    (
        "en",
        "Before the bell: Tallmadge Stores (Q3), Brightwater Pharma (Q2)",
        True,
        [("ordinal", 3, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "After the bell: Pellucid Cloud (Q1), Ashgrove Networks (Q4)",
        True,
        [("ordinal", 1, None, None), ("ordinal", 4, None, None)],
        None,
    ),
]
