"""Four-hundred-and-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
office-holder is named: the holders of real and unique offices appear by their office only
("EZB-PRÄSIDENTIN", "Die Präsidentin der Notenbank", "ECB President", "der Trainer" of a
real club, "der Vorsitzende Richter"), and so do an unnamed convicted bank manager, a former
driver, a resident of Pickens and every unnamed official and trader.

Names: Mikael Brodeur-Lind, Jonas Varhaug, Darius Kelloway, Bastien Morelle, Kenji Arakawa,
Tobias Engqvist, Rafael Quintanilla, Aleksandra Vukotić, Mia Lauterbach, Ekström, Baradji,
Lukas Holtkamp, Mateusz Wrzosek, Anke Wessolowski, Birte Oldenhove, Rosalind Achebe-Hart,
Katrin Hollerweger, Urs Tännler, Anika Lindqvist-Moore, Gerold Minkwitz, Imke Vandersloot,
Darnell Whitfield, Lea Brandstätter, Malin Sjöquist, Chiara Pedranzini and Carlo Venturelli
are invented, and so are the firms and the storm (the Autozulieferer Kalvermann, the insurer
Marchbourne, the Industriekonzern Brunnhalder, Brückner & Hess, the Bankhaus Lindenbrück,
Coldharbour Investments, Harrowgate Commodities, Sturmtief „Ilona“ and Storm Ilona). Real
states, bodies, clubs, leagues, indices, venues and places (dpa, dpa-AFX, Reuters, APA, awp,
Keystone-SDA, AFP, AP, PA, Bloomberg's flash form, Verdi, Fraport, Flughafenverband ADV,
Bundesverband der Luftsicherheitsunternehmen, Deutsche Bahn, BER, Westlotto, FC Bayern
München, Paris Saint-Germain, Uefa, Roter Stern Belgrad, Statistisches Bundesamt, Destatis,
Statistik Austria, Wifo, Gewerkschaftsbund, SIX, Kantonspolizei Bern, Thun, Landgericht
Bonn, Bundesgerichtshof, Europäische Zentralbank, Sparkassenverband, Deutscher Wetterdienst,
Bundesamt für Seeschifffahrt und Hydrographie, ORF, Åre, Dax, MDax, SDax, TecDax, Xetra,
Bundesrat, Hertha BSC, 1. FC Kaiserslautern, Europäisches Parlament; the National Bureau of
Statistics, the NHL and NBA clubs, Indian Wells, Lufthansa, the Chicago Board of Trade, the
Energy Information Administration, LSEG, the Commerce Department, the Mississippi Emergency
Management Agency, the National Weather Service, PowerOutage.us, the US Geological Survey,
the Met Office, Network Rail, Avanti West Coast, Stena Line, SP Energy Networks, the S&P
500, the Dow Jones industrial average, the Russell 2000, the Nasdaq composite, the S&P/TSX
composite, the Labor Department, the University of Michigan, Baker Hughes, the Federal Open
Market Committee, the Bank of England, the Bank of Japan, and the datelines' cities) stand
for the way wire copy names them; every print, forecast, rate, level, price, result, time,
tally, toll, sum, age, date and quote here is invented, and where a real figure came to mind
(a real rate level, a real index level, a real price or a real record) it was changed.

Its weight: HEADLINES, FLASHES AND TICKERS, tenth round (the hundred-eighty-second,
two-hundred-and-twenty-eighth, two-hundred-and-sixty-sixth, two-hundred-and-eighty-second,
two-hundred-and-ninety-ninth, three-hundred-and-fourteenth, three-hundred-and-thirty-third,
three-hundred-and-fifty-sixth and three-hundred-and-eightieth batches were the first nine,
the thirty-second and forty-third weighed flashes, tickers and short forms before them, and
their decisions are kept; where the hundred-eighty-second and the
two-hundred-and-twenty-eighth differ, the two-hundred-and-twenty-eighth's reading is kept,
as the seven later rounds kept it) - one news day, Thursday, March 11, 2032, from the
morning heading, China's overnight prices and the night's ice hockey, basketball, tennis and
Champions League lines to an airport strike blog, a rate decision, the closing markets and
the next days' agenda, in story order as the desks file them, the German and English stories
interleaved, each row one headline or one line as sent, and in forms the earlier rounds did
not use. Weighed this round: urgent flashes in capitals (Reuters German on the ECB and on a
supplier's year with "MRD", "MIO" and "(VJ: ...)", an ECB projection with "(DEZEMBER: ...)";
Reuters English with "BPS", "YR AGO", "£300M", a dividend in "P" and a trade deficit in
"BLN" without a sign) and Bloomberg's asterisk-led flashes; factbox bullets under three
markers ("•", "–", "*") with "(bisher: ...)", "(Dezember: ...)" and "(2030: ...)"; live-blog
entries under dpa's colon clocks before an en dash ("05:40 Uhr –"), PA's "10.12am:" and AP's
"6:40 a.m. CST —", and a match ticker headed by the minute ("88. Minute:"); results lines
(dpa's scorer line with the running score before each name, Reuters' "Scorers:", AP's "Maple
Leafs 3, Senators 2, SO", tennis agate with the tags "(Q)", "(WC)" and "(LL)", a ski race
with "Min." and "Sek." and the overall standings after "34 von 38 Rennen", the lotto's
"Spiel 77" and "Super 6"); ticker and market lines (dpa-AFX's index row, "Xetra-Schluss:",
"ROUNDUP/Aktien Frankfurt Schluss:", AP's "How major US stock indexes fared" box with "For
the week:" and "For the year:", the Russell 2000, Chicago wheat in eighths of a cent); diary
and agenda lines in forms not met before (dpa's "12.03.2032, 08:00 Uhr | Wiesbaden | ..."
with a full numeric date and a range "15.03.–19.03.2032", AP's daybook clocks before an em
dash, Reuters' week ahead with "March 16-17 - ..."); headlines with and without verbs, an
"Insider:" headline, "GRAINS-", "METALS-", "CANADA STOCKS-" and "Alpine skiing-" slugs; and
commentary labels not met before („Standpunkt:“, „Gastkommentar:“, "Comment:"), "AP
EXPLAINS:", "HIGHLIGHTS-" and its topic labels, video, link and refile lines, each beside a
claim that looks like them. Half German (dpa with "Topthemen", a Newsblog, the Champions
League, basketball, the lotto, building permits, a Cum-Ex verdict, the ECB with a factbox, a
storm, an obituary and Friday's Termine; Reuters German with all-capitals flashes of the ECB
and of Kalvermann and an "Insider:" headline; dpa-AFX with "AKTIE IM FOKUS:",
"Analysten-Einstufungen:", "Aktien Frankfurt Eröffnung:", "ROUNDUP/Aktien Frankfurt
Schluss:", "Xetra-Schluss:", "Devisen:", "Ölpreise:", "Gold:" and "Mehr zum Thema:"; APA
with Austrian inflation, „Jänner“, and a ski race in Åre; awp with a results headline in
"Mio CHF" and "(VJ ...)"; Keystone-SDA with a fire in Thun and „in der Nacht auf
Donnerstag“; German „“ and Swiss «» quotes). Half English (Reuters with all-capitals
flashes, "UPDATE 1-", "UPDATE 2-", "FACTBOX-", "HIGHLIGHTS-", "GRAINS-", "OIL-", "METALS-",
"US STOCKS-", "CANADA STOCKS-", "Soccer-", "Alpine skiing-", tennis agate, a refile note and
its week ahead; Bloomberg's asterisk flashes; AP with NHL and NBA lines, "The Latest:" on
tornadoes with CST stamps, "WATCH:", "AP EXPLAINS:", the stock indexes box, an obituary and
a daybook; PA with a storm live file; AFP with a quake): China's prices, the overnight
games, Indian Wells, Bayern against PSG, the strike in English, an insurer's year with a
factbox, wheat, oil and copper, the ECB, U.S. trade, tornadoes in the Deep South, a quake
off Sulawesi, Storm Ilona, Wall Street and Toronto, an obituary and the next days' events.
About a quarter negatives as such copy has them: headings, frames and lead-ins, teasers and
teaser questions, video and link pointers, commentary labels and an unlabelled verdict
headline, labels and quotes of feeling and rhetoric, a verdict with „werten ... als“, mood
lines, advice, an evasion and an open question, guidance without a figure, fears and
forecasts held as verdicts, ticker filler and desk notes - none of them carrying a figure.

239 rows (121 German, 118 English), 57 negatives (29 German, 28 English), 182 check-worthy
rows of which 30 carry no figure (12 German, 18 English), 323 expected quantities (85
percentages - 79 in "%", 3 in basis points "bp", 3 in percentage points "pp" -, 84 counts,
45 amounts of money - 16 USD, 11 EUR, 11 GBP, 7 CHF -, 36 ordinals, 24 durations - 7 in
years, 4 in minutes, 4 in months, 3 in hours, 3 in seconds, 2 in weeks, 1 in days -, 23
dates, 23 years, 3 fractions; none of them in a negative), 37 checked speakers (17 German,
20 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one line as sent and is judged alone (sixteenth; thirty-second, forty-third and
  the nine earlier rounds). A headline with or without a verb that states an event or a
  figure is check-worthy with its figures: "Verdi-Warnstreik legt zehn Flughäfen lahm –
  Hunderttausende Passagiere betroffen" 10 („Hunderttausende“ none, as "Dozens",
  hundred-eighty-second), "Baugenehmigungen im Januar um 6,8 Prozent gestiegen – vierter
  Anstieg in Folge" 6.8 and ordinal 4, "Cum-Ex-Prozess: Fünf Jahre und neun Monate Haft für
  früheren Bankmanager" 5 years and 9 months (each unit its own duration, as "in two hours
  and 41 minutes", three-hundred-and-eightieth; the topic before the colon a slug),
  "Früherer Formel-1-Teamchef Carlo Venturelli mit 88 Jahren gestorben" and "Former Formula
  One team boss Carlo Venturelli dies at 88" 88 years (an age; a bare number for a person's
  age, hundred-eighty-second: "she was 34"), "Formel-1" and "Formula One" none (names,
  three-hundred-and-fifty-sixth: "Formel 1"), "The Latest: Tornadoes tear through
  Mississippi and Alabama, killing at least 7" 7 "at_least", "Sturmtief „Ilona“ erreicht
  Norddeutschland – Orkanböen bis zu 120 km/h erwartet" 120 "up_to" (a forecast with a
  figure, hundred-eighty-second), "GRAINS-Wheat climbs to two-month high ..." 2 months and
  "METALS-Copper hits 10-week high ..." 10 weeks (three-hundred-and-thirty-third: "10-month
  low"), "OIL-Brent rises above $71 ..." 71 USD "over" (three-hundred-and-fifty-sixth:
  "above $4,800"); without a figure "UPDATE 1-Security staff strike grounds thousands of
  flights at German airports" ("thousands" none), "Storm Ilona: amber wind warning for
  north-west England and Wales" (the storm before the colon a slug), "Soccer-Late Holtkamp
  header sends Bayern past PSG into quarter-finals", "Aktien Frankfurt Eröffnung: Dax tastet
  sich vor EZB-Entscheid nach oben", "CANADA STOCKS-TSX ends at record high as miners rally
  with gold". A source before a headline's colon stays unchecked ("EZB:", "KALVERMANN:",
  "EZB-PRÄSIDENTIN:"; two-hundred-and-twenty-eighth). New: "Insider: Kalvermann prüft
  Verkauf der Sparte Bremssysteme" - Reuters German's "Insider:" names anonymous sources
  before the colon, unchecked as "sources say" (hundred-eighty-second), and the report is
  check-worthy without a figure, as "EXCLUSIVE-Carmaker Vantor in talks ..."
  (two-hundred-and-sixty-sixth).
- Flash, version and desk slugs carry nothing and the line is judged on what follows them
  (the nine rounds): "UPDATE 1-", "UPDATE 2-", "OIL-", "METALS-", "US STOCKS-", "Soccer-",
  "The Latest:", "AKTIE IM FOKUS:", "Analysten-Einstufungen:" ("Brückner & Hess senkt Ziel
  für Kalvermann auf 38 Euro – 'Underweight'" 38 EUR, the rating none;
  three-hundred-and-thirty-third), "Aktien Frankfurt Eröffnung:", "Devisen:", "Ölpreise:",
  "Gold:". New: "GRAINS-" and "CANADA STOCKS-" carry nothing as "OIL-" and "JAPAN STOCKS-"
  (three-hundred-and-fifty-sixth), "Alpine skiing-" as "Tennis-", and "ROUNDUP/" stacked
  before "Aktien Frankfurt Schluss:" as "WDH/" (two-hundred-and-sixty-sixth) and
  "REFILE-UPDATE 1-" (three-hundred-and-fourteenth), each slug of the stack carrying
  nothing.
- Flashes in capitals are read as the same words in lower case would be
  (three-hundred-and-thirty-third, three-hundred-and-fifty-sixth,
  three-hundred-and-eightieth): "EZB SENKT LEITZINSEN UM 25 BASISPUNKTE – EINLAGENSATZ 1,75
  PROZENT" 25 "bp" and 1.75, "KALVERMANN: UMSATZ 2031 BEI 18,64 MRD EURO (VJ: 19,12 MRD
  EURO)" the year and both EUR amounts, "KALVERMANN: BEREINIGTES EBIT 902 MIO EURO –
  DIVIDENDE SOLL AUF 1,10 EURO SINKEN" both EUR, "KALVERMANN STREICHT BIS ENDE 2034 WELTWEIT
  3.200 STELLEN" the year and 3,200, "CHINA FEB CPI +0.4% Y/Y (REUTERS POLL +0.6%); PPI
  -1.9% Y/Y (POLL -1.7%)" four percentages, the glued minus their sign. New: "EZB:
  INFLATIONSPROGNOSE 2032 AUF 1,9 PROZENT GESENKT (DEZEMBER: 2,1 PROZENT)" gives the year,
  1.9 and 2.1 - the month heading the bracket labels the earlier projection as "(Mittwoch:
  ...)" labels an earlier fixing (three-hundred-and-thirty-third) and carries nothing;
  "EZB-PRÄSIDENTIN: WEITERE SCHRITTE HÄNGEN ALLEIN VON DEN DATEN AB" is guidance naming no
  figure or step and a negative, as "EZB-DIREKTORIN EBENHOCH: WIR SIND NOCH NICHT AM ZIEL"
  (three-hundred-and-eightieth). New: "ECB CUTS DEPOSIT RATE BY 25 BPS TO 1.75%, SIXTH CUT
  OF CYCLE" gives 25 "bp", 1.75 and ordinal 6 - "BPS" in capitals as "4 bps"
  (three-hundred-and-thirty-third). New: "MARCHBOURNE FY OPERATING PROFIT 1.12 BLN STG VS
  986 MLN STG YR AGO" gives both GBP amounts - "YR AGO" abbreviates "YEAR AGO" and carries
  nothing as "VS ... YEAR AGO" (three-hundred-and-fifty-sixth), "FY" none
  (two-hundred-and-twenty-eighth); "MARCHBOURNE FINAL DIVIDEND 21.4P; LAUNCHES £300M SHARE
  BUYBACK" 0.214 GBP ("4.2P", three-hundred-and-eightieth) and 300 million GBP, the capital
  "M" after the pound sign scaling as "£702m" (hundred-thirtieth). New: "U.S. JAN TRADE
  DEFICIT $71.2 BLN (REUTERS POLL $68.9 BLN) VS REVISED $66.4 BLN IN DEC" gives three USD
  amounts with no sign - the noun "DEFICIT" names the shortfall and the figures carry no
  sign of their own, as „Minus von 4,6 Prozent“ gives none (three-hundred-and-fifty-sixth),
  unlike the signed balance "-312.4 BLN YEN" (three-hundred-and-eightieth); "REVISED" and
  "IN DEC" none. New: Bloomberg's flashes led by an asterisk ("*ECB CUTS DEPOSIT RATE TO
  1.75% FROM 2.00%, AS FORECAST" 1.75 and 2.0, "*ECB STAFF SEE 2032 GDP GROWTH AT 0.8% VS
  1.0% IN DECEMBER" the year, 0.8 and 1.0) are read as Reuters' capitals are - the asterisk
  is the service's flash mark and carries nothing, as "FLASH:" (hundred-eighty-second); "AS
  FORECAST" none.
- Factbox bullets (thirty-fourth, hundred-eighty-second, two-hundred-and-twenty-eighth):
  each bullet is a check-worthy row, the marker and the label before the colon carry
  nothing, the lead-in ending in a colon is a negative ("Kalvermann in Zahlen:", "Die
  Beschlüsse der EZB im Überblick:"; thirty-fourth) and "FACTBOX-Marchbourne's full-year
  results at a glance" a heading (hundred-eighty-second). New: the round bullet "•" and the
  en dash "–" heading a line carry nothing as "* " and "- " (thirty-fourth). "•
  Einlagensatz: 1,75 Prozent (bisher: 2,00 Prozent)" and "• Hauptrefinanzierungssatz: ..."
  both rates ("(bisher: ...)" a label, three-hundred-and-fifty-sixth), "•
  Inflationsprognose: 1,9 Prozent für 2032, je 2,0 Prozent für 2033 und 2034" 1.9, 2032,
  2.0, 2033 and 2034 („je“ no hedge; the rate is written once and given once, both years
  follow it), "• Wachstumsprognose: 0,8 Prozent für 2032 (Dezember: 1,0 Prozent)" 0.8, the
  year and 1.0 (the bracket as above), "• Nächste Zinssitzung: 22. April" --04-22, "–
  Gründung: 1911 in Hannover" the year (hundred-eighty-second: "Gründung: 1921 in Wels"), "–
  Beschäftigte: rund 61.000 an 74 Standorten in 21 Ländern" 61,000 "about", 74 and 21, "–
  Größter Kunde: ein Wolfsburger Autobauer mit knapp einem Viertel des Umsatzes" 0.25
  "nearly" (hundred-eighty-second: "roughly a quarter of sales"), "* Operating profit: 1.12
  billion pounds (2030: 986 million pounds)" the amount, the year and the amount
  (thirty-fourth: "(2025: 502,5 Milliarden Euro)"), "* Gross written premiums: 9.84 billion
  pounds, up 8%", "* Solvency ratio: 187%, within its 160-200% target range" 187, 160 and
  200 ("within" no hedge; the unit written once serves the earlier figure). New: "* Combined
  ratio: 93.1%, an improvement of 2.4 points" gives 93.1 % and 2.4 "pp" - points of a ratio
  written in percent are percentage points, as a party's points
  (three-hundred-and-fourteenth) and „um 3,7 Punkte“ (twenty-third).
- Live-blog and ticker entries (thirty-second, two-hundred-and-twenty-eighth and the three
  latest rounds): the clock stamp carries none and the entry is judged as a sentence. New:
  dpa's Newsblog stamp with a colon clock before an en dash ("05:40 Uhr –", "13:20 Uhr –",
  "17:45 Uhr –") carries nothing as "05.48 Uhr |" (three-hundred-and-eightieth) and "11:02
  -" (thirty-second); PA's "10.12am:", "11.40am:", "4.40pm:" as "12.47pm GMT -"
  (thirty-second); AP's "6:40 a.m. CST —" as "7:10 a.m. EST —"
  (three-hundred-and-eightieth). "bis 10 Uhr", "bis zum Mittag", "from 6pm", "from 5pm", "by
  0915 GMT", "by 1130 GMT" and "by 1405 GMT" are clocks. New: a football ticker entry headed
  by the match minute ("88. Minute: Joker Lukas Holtkamp köpft eine Flanke von rechts zum
  2:1 für den FC Bayern ein.") gives ordinal 88 - the minute of the match is an agate
  minute, as "in der 23. Minute" (three-hundred-and-eightieth), not a clock stamp; "zum 2:1"
  a score, none. The frame "Newsblog: Warnstreik an den Flughäfen – alle Entwicklungen des
  Tages" is a negative as "+++ Orkantief „Hedda“ – alle Entwicklungen im Liveticker +++"
  (three-hundred-and-eightieth), and so are AP's heading "... (all times CST):", the
  pointers "12:20 Uhr – Video: ..." and "WATCH: ...", the advice ("06:50 Uhr – Wer heute
  fliegen wollte, sollte ...", "9:05 a.m. CST — Residents in the warning area should ...",
  "1.05pm: Anyone travelling this evening is being urged ..."), the mood lines ("07:58 Uhr –
  In der Abflughalle in Hamburg liegen die Nerven blank, ...", "3.15pm: It is already
  getting very lively on the seafront at Blackpool."), a resident's quote and the filler
  "17:45 Uhr – Damit schließen wir unseren Newsblog für heute, ...". A reported absence of a
  finding is a fact (three-hundred-and-fifty-sixth): "There were no immediate reports of
  casualties in the provincial capital Manado." and "Indonesia's meteorology agency said it
  saw no threat of a tsunami." check-worthy without a figure.
- Results lines (thirty-fifth, forty-sixth, hundred-fifty-third and the nine rounds): scores
  carry none ("2:1 (1:1), Hinspiel 1:1", "84:78 (41:37)", "(Bayern win 3-2 on aggregate)",
  "6-4 3-6 7-5", "7-6(3) 6-2", "6-2 6-1", "3-2", "118-109", "Celtics 118, Knicks 109", "zum
  2:1"), and a line with a score only is check-worthy without a figure. New: dpa's scorer
  line with the running score before each name ("Tore: 1:0 Ekström (9.), 1:1 Baradji (34.),
  2:1 Holtkamp (88.)") gives the three minutes as ordinals and the running scores none;
  "Zuschauer: 75.000 (ausverkauft) – Schiedsrichter: Mateusz Wrzosek (Polen)" 75,000. New:
  "Scorers: Ekström 9, Holtkamp 88; Baradji 34" gives three ordinals - the label carries
  nothing and the minutes after the names are agate minutes as in PA's compact line
  (three-hundred-and-eightieth). New: "Maple Leafs 3, Senators 2, SO" - "SO" after the comma
  (the shootout) carries nothing as "(SO)" (two-hundred-and-eighty-second) and "(OT)". New:
  in tennis agate the entry tags "(Q)", "(WC)" and "(LL)" (qualifier, wildcard, lucky loser)
  carry nothing as "(ITA)" does, while the seed heading a name with a hyphen is an ordinal
  ("12-Bastien Morelle", "21-Rafael Quintanilla", "3-Aleksandra Vukotić";
  three-hundred-and-fifty-sixth) and "second round" ordinal 2; "ranked 143rd in the world"
  143 (two-hundred-and-ninety-ninth: "ranked 143rd"), "21st seed" 21, "in one hour and 28
  minutes" 1 hour and 28 minutes (an earlier batch: "one hour and 49 minutes"). The ski
  race: "1. Lea Brandstätter (AUT) 2:14,62 Min., 2. Malin Sjöquist (SWE) +0,18 Sek., 3.
  Chiara Pedranzini (ITA) +0,57" ordinals 1, 2 and 3, 2 minutes and 14.62 seconds
  (three-hundred-and-fifty-sixth: "1:20,412 Min."), 0.18 seconds and 0.57 seconds (the unit
  carried, two-hundred-and-sixty-sixth: "+0,94"); "(AUT)" none. New: "Gesamtweltcup (nach 34
  von 38 Rennen): 1. Sjöquist 1.412 Punkte, 2. Brandstätter 1.298, 3. Pedranzini 1.040"
  gives 34 and 38 - the bracket states how far the standings run, a count of races as "84
  von 91 Stimmkreisen" (three-hundred-and-fourteenth) -, the places as ordinals and the
  points as counts (the noun written once serving the later figures;
  two-hundred-and-ninety-ninth: "1. Bayern München 19 Punkte, 2. Borussia Dortmund 16").
  "ihren vierten Weltcupsieg in diesem Winter" 4, "der elfte Weltcupsieg ihrer Karriere" 11,
  "zwei Rennen vor Schluss" 2, "Die 24-jährige Salzburgerin" 24 years, "61 Punkte vor
  Sjöquist" 61; "made 31 saves" 31, "has won five straight" 5 (a cardinal,
  two-hundred-and-ninety-ninth: "after four straight defeats"), "within two points" 2
  ("within" no hedge), "first-place Florida" ordinal 1 (three-hundred-and-eightieth: "als
  Gruppenerster"), "34 points, including 19 in the fourth quarter" 34, 19 and ordinal 4,
  "three of their last four games" 3 and 4, "the only goal of the shootout" none; "zum
  zwölften Mal in Serie" and "for a 12th straight season" 12, "zwei Minuten vor dem Ende"
  and "two minutes from time" 2 minutes (three-hundred-and-fifty-sixth: „sieben Sekunden vor
  Schluss“), "a sell-out crowd of 75,000" 75,000. New: the lotto lines "Lottozahlen vom
  Mittwoch: 4 – 11 – 19 – 27 – 33 – 41, Superzahl: 7" and "Spiel 77: 4819203 – Super 6:
  552901" are check-worthy without a figure - drawn numbers carry none
  (hundred-eighty-second: the EuroMillionen line with "Sterne 2 und 9"), the dashes between
  them are no ranges, and "Spiel 77" and "Super 6" are the names of games as "EuroMillionen"
  and "Nikkei 225" are names; "Sechs Richtige mit Superzahl hatte niemand" gives 6
  (two-hundred-and-eighty-second: "alle sechs Richtigen"), "niemand" none.
- Diary and agenda lines (two-hundred-and-twenty-eighth and later) are check-worthy as
  scheduled events. New: dpa's agenda lines headed by a full numeric date and a clock, set
  off by bars ("12.03.2032, 08:00 Uhr | Wiesbaden | Destatis: Verbraucherpreise Februar,
  endgültige Daten"), give the date with its year, 2032-03-12, read day, month, year
  (three-hundred-and-eighty-second: the German dotted date), the clock none; "zweiter
  Durchgang" ordinal 2, "26. Spieltag" ordinal 26, "2. Bundesliga", "1. FC Kaiserslautern"
  and "u. a." none (three-hundred-and-fourteenth, three-hundred-and-eightieth). New:
  "15.03.–19.03.2032 | Straßburg | Plenartagung des Europäischen Parlaments" gives
  2032-03-15 and 2032-03-19 - the year written once after the second date serves the first,
  as a month written once serves both days ("28./29. Oktober", three-hundred-and-eightieth).
  New: AP's daybook lines with the clock before an em dash ("8:30 a.m. — Labor Department
  releases the consumer price index for February", "10 a.m. — ...", "1 p.m. — ...") are
  check-worthy without a figure, the clocks none, as the bare clocks of Reuters' calendar
  (three-hundred-and-eightieth: "0700 - Britain - ..."). Reuters' week-ahead lines give
  their dates: "March 16-17 - United States - Federal Open Market Committee holds two-day
  policy meeting" --03-16, --03-17 and 2 days (three-hundred-and-fifty-sixth: "Sept. 17 -
  ... two-day policy meeting"; three-hundred-and-eightieth: "Oct. 28-29"), "March 18 -
  Britain - ..." --03-18, "March 19 - Japan - ..." --03-19. "11:30 Uhr – Die dritte
  Verhandlungsrunde ist für den 24. und 25. März in Potsdam angesetzt." ordinal 3 and two
  dates (the month written once), "Die endgültigen Daten sollen am 18. März folgen." --03-18
  (two-hundred-and-twenty-eighth: a scheduled release), "Die neuen Sätze gelten ab dem 17.
  März." --03-17 ("ab" before a date no hedge, three-hundred-and-thirty-third). The headings
  "Terminvorschau: Was am Freitag wichtig wird", "Key events to watch on Friday (all times
  ET)" and "Topthemen am Donnerstag: ..." are negatives.
- Tickers and market lines (hundred-eighty-second and the later rounds): index levels are
  counts, a glued sign is the sign, "+" and direction words none: "Dax 24.512 (+0,3 %) |
  MDax 30.114 (+0,1 %) | SDax 15.208 (-0,2 %) | TecDax 3.944 (+0,5 %)" four levels and four
  changes (three-hundred-and-thirty-third). New: "Xetra-Schluss:" is a label and carries
  nothing as "Schlussstand:" ("Xetra-Schluss: Dax 24.638,17 Pkt. (+0,82 %) | MDax 30.402,55
  Pkt. (+1,06 %)"; "Pkt." none, three-hundred-and-eightieth). New: AP's box - the heading
  "How major US stock indexes fared on Thursday" is a negative, its lines give the points,
  the percentage and the level ("The S&P 500 rose 23.41 points, or 0.3%, to 7,212.88.", "The
  Dow Jones industrial average fell 61.07 points, ...", "The Russell 2000 index of smaller
  companies rose 8.94 points, ..."), and "For the week:" and "For the year:" label the span
  and carry nothing (hundred-fifty-fourth: "For the week", "For the year"), "is down 312.66
  points, or 1.3%" with no sign; "Russell 2000", "S&P 500", "S&P/TSX", "Nasdaq composite"
  none (names). "seinen erst drei Wochen alten Höchststand" 3 weeks (the age of a record, as
  „einen 63 Jahre alten Autofahrer“, three-hundred-and-eightieth), "auf 1,1436 (Mittwoch:
  1,1490) Dollar" both in USD (three-hundred-and-thirty-third), "1,1422 Dollar", "71,84
  Dollar je Barrel", "4.718 Dollar", "rose 8-1/4 cents to $6.12-3/4 a bushel" 0.0825 and
  6.1275 USD (three-hundred-and-eighty-ninth: the Chicago eighths), "rose 64 cents, or 0.9%,
  to $71.42 a barrel" 0.64 USD, 0.9 and 71.42 USD, "1,284p" 12.84 GBP, "214,80 Franken" CHF,
  "roughly a 70% chance" "about", "ended up 112.40 points, or 0.4%, at 31,208.77".
- Rates and data as the earlier rounds read them: „um einen Viertelprozentpunkt“ and "by a
  quarter point" 0.25 "pp", „zum sechsten Mal seit dem Sommer 2031“ ordinal 6 and the year,
  "its sixth reduction since last summer" 6 ("last summer" none), "below its 2% target" 2
  with no hedge (a word between "below" and the figure; three-hundred-and-thirty-third:
  "below the 80% goal"), „52 von 61 Befragten“, „zwei weiteren Senkungen um jeweils 25
  Basispunkte“ 2 and 25 "bp" („weiteren“, „jeweils“ no hedge), "one more cut in June" 1
  (two-hundred-and-twenty-eighth: "one more rate cut"), "to 1.50%", "to 0.8% from 1.0%",
  „laut einer ersten Schätzung“ ordinal 1 (thirty-second: with an article), „nach 2,9
  Prozent im Jänner“, „6,8 Prozent mehr als im Januar 2031“ 6.8 and the year („mehr als“
  after the figure compares), „sogar knapp 12 Prozent“ 12 "nearly" („sogar“ none), „In den
  zwölf Monaten bis einschließlich Januar ... rund 231.000 Wohnungen“ 12 months and 231,000
  "about", „Vom Niveau des Jahres 2021 mit rund 32.000 Genehmigungen pro Monat“ the year and
  32,000 "about" („pro Monat“ none), "for a 41st straight month" 41, "about a fifth of the
  CPI basket" 0.2 "about", "widened 7.2%", "its smallest since April 2029" the year, "a 14%
  rise", "within three years" 3 years ("within" no hedge).
- Counts, durations, money and hedges as every batch: „rund 3.400 Flüge“, „etwa 480.000
  Reisende“, „rund 25.000 Luftsicherheitskräfte“, „rund 1.400“, „rund 61.000“, „rund 21
  Millionen Euro“, „rund 214 Millionen Euro“, „rund 600 Millionen Franken“, "about 3,400
  flights", "for about 26 miles" "about"; „mindestens jedoch 350 Euro monatlich“ 350 EUR
  "at_least" („monatlich“ none; two-hundred-and-twenty-eighth: "als Sockel mindestens 350
  Euro im Monat"), "at least 7" and "At least seven people" "at_least"; "More than 92,000
  homes" and "More than 18,000 homes" "over", „um gut ein Fünftel“ 0.2 "over" („gut“,
  seventy-first); „bis zu 120 Kilometern pro Stunde“, "up to 80mph" "up_to" ("pro Stunde"
  none); „nur 61 von 640“ („nur“ none), „212 von 580“, "1,150 of its 1,400", „auf insgesamt
  48 Stunden angelegt“ 48 hours („insgesamt“ none), "A 48-hour strike" 48 hours, „4,2
  Prozent mehr Geld über 24 Monate“ 24 months („über“ before a span no hedge,
  two-hundred-and-twenty-eighth), „zwischen 4,5 und 5,5 Prozent“ both („zwischen“ no hedge),
  „weitere 12,5 Millionen Euro“ and „23 weitere“ („weitere“ no hedge), „einen 67 Jahre alten
  früheren Bankmanager“ 67 years, „in 19 Fällen“, „sieben Jahre Haft“ 7 years, „von 1,5 bis
  2 Metern oberhalb des mittleren Hochwassers“ both with no hedge, "38 tornado reports
  across four states", "peak winds of 150 mph", "14 people", "risen to nine" 9, "magnitude
  6.2" a count (hundred-thirty-fifth), "a 50mph speed limit" 50, "1.5 million tonnes", "3.1
  million barrels", "for 16 seasons" 16 (a season is no unit of duration,
  three-hundred-and-fourteenth), „zwischen 1979 und 1994 zu drei Konstrukteurstiteln“ both
  years and 3. None: „Hunderttausende“, "thousands of flights", "both evening sailings",
  "the only goal", „niemand“, „einstimmig“, „in der Nacht zu Samstag“, „in der Nacht zum
  Samstag“, „in der Nacht auf Donnerstag“, „ab Freitagmittag“, „bis am Mittag“, „seit
  Betriebsbeginn“, „in diesem Winter“, „in der kommenden Woche“, „bis zum Sommer“, "this
  year", "last summer", "a year earlier", "overnight", "since Wednesday afternoon", the
  weekdays, the months and the clocks.
- Years and dates: „2031“, „für 2032“, „bis Ende 2034“, „bis 2035“, „1911“, „für 2033 und
  2034“, "(2030: ...)", "in 2033", "since April 2029" the years, and "Brunnhalder 2031:
  Reingewinn 412,6 Mio CHF (VJ 388,1 Mio) – Dividende 8,50 CHF" the year, three CHF amounts
  („Mio“ without the dot, three-hundred-and-twenty-ninth; the currency written before
  serving the bracketed figure, hundred-seventeenth; "VJ" without its colon a label as "(VJ:
  ...)", three-hundred-and-eightieth); Reuters and AFP datelines with a day ("BEIJING, March
  11", "FRANKFURT, March 11" twice, "LONDON, March 11", "WASHINGTON, March 11", "JAKARTA,
  March 11 (AFP)" --03-11; "INDIAN WELLS, California, March 10", "MUNICH, March 10"
  --03-10); dpa ("München (dpa) -", "Wiesbaden (dpa) -", "Bonn (dpa) -", "Offenbach (dpa)
  -", "Modena (dpa) -"), dpa-AFX, Reuters German ("Hannover (Reuters) -", "Frankfurt
  (Reuters) -"), APA ("Wien (APA) -", "Åre (APA) -"), awp, Keystone-SDA ("Thun
  (Keystone-SDA) -"), AP ("TORONTO (AP) —", "BOSTON (AP) —", "JACKSON, Miss. (AP) —", "ROME
  (AP) —") and PA ("LONDON (PA) -") datelines none (seventy-ninth, hundred-eighty-second).
- Speakers, checked only in forms the earlier batches settled, never in a headline, a flash
  or a bullet: "teilte Fraport mit", "teilte Verdi mit" and "teilte Westlotto mit" -> the
  name without an article (thirty-second, two-hundred-and-twenty-eighth: "teilte Verdi mit",
  three-hundred-and-eightieth: "teilte Lotto Bayern mit"), "nach Angaben des
  Flughafenverbands ADV" -> "der Flughafenverband ADV" (the nominative, as "Nach Angaben der
  Gewerkschaft SNCTA" -> "die Gewerkschaft SNCTA", three-hundred-and-eightieth), "teilte der
  Verein mit" and "teilte das Unternehmen mit" (a body by its common noun), "teilte das
  Unternehmen am Donnerstag mit" and "teilte das Statistische Bundesamt am Donnerstag mit"
  (the weekday dropped), "teilte die EZB am Donnerstag in Frankfurt mit" -> "die EZB" (the
  weekday and the place dropped, three-hundred-and-thirty-third: "die Fed"), "teilte die
  Statistik Austria mit" (two-hundred-and-twenty-eighth), "teilte die Kantonspolizei Bern
  mit", "teilte der Deutsche Wetterdienst mit", "Finanzchefin Birte Oldenhove sagte in einer
  Telefonkonferenz, ..." (three-hundred-and-eightieth), "sagte Wifo-Ökonomin Katrin
  Hollerweger" (three-hundred-and-fifty-sixth: "sagte Seco-Ökonom Reto Baumli") and
  "Konzernchef Urs Tännler sagte, ..." the name with the title dropped, "sagte Wessolowski"
  after a paraphrase and "sagte Brandstätter" after a plan in Konjunktiv I the surname as
  written (three-hundred-and-eighty-eighth: „sagte Werbyzkyj“). English: "the National
  Bureau of Statistics said", "the European Central Bank said in a statement", "the Energy
  Information Administration said on Wednesday", "the Commerce Department said on Thursday",
  "the Mississippi Emergency Management Agency said", "the US Geological Survey said" and
  "the Met Office said" with their article, "The National Weather Service said" with the
  article lowered (hundred-fourteenth), "the team said", "the club said", "the company said"
  and "the weather service said" (a body by its common noun, hundred-twenty-third,
  three-hundred-and-fifty-sixth), "Lufthansa said", "Network Rail said", "Avanti West Coast
  said" and "SP Energy Networks said" as written, "Chief Executive Rosalind Achebe-Hart told
  reporters" -> "Rosalind Achebe-Hart", "Fire department spokesman Darnell Whitfield said"
  the name with the role dropped, a quote followed by "Vandersloot said" the surname, and
  "said Anika Lindqvist-Moore, an analyst at Harrowgate Commodities" the name
  (three-hundred-and-fifty-sixth). Left unchecked (None): headline colons, flashes, bullets
  and the highlights' topic labels ("ON INFLATION:"; three-hundred-and-thirty-third),
  "Insider:", "Die Präsidentin der Notenbank sagte" (a real office by its role), „nach
  eigenen Angaben“ (two-hundred-and-seventy-sixth), "airports association ADV said" and
  "Ferry operator Stena Line said" (a description heading the name,
  two-hundred-and-sixty-sixth: "property website Rightmove said"), "Indonesia's meteorology
  agency said" (a possessive heading the source, three-hundred-and-thirty-third), "state
  officials said" (a plural source), "his family said" (a pronoun's possessive), "LSEG data
  showed", "according to PowerOutage.us" (two-hundred-and-sixty-sixth), "in a consensus
  compiled by the insurer", „Von Reuters befragte Ökonomen“, „nach den Feststellungen der
  Kammer“, estimating and acting verbs („Minkwitz rechnet“, „Das Bundesamt für
  Seeschifffahrt und Hydrographie rechnet“, „verlangt Verdi“, „Die EZB setzte ... fest“,
  „Die Staatsanwaltschaft hatte ... gefordert“), rows without attribution and all negatives,
  also those with a named speaker.
- Negatives (fourteenth, thirty-second, forty-third, ninety-eighth, two-hundred-and-fourth
  and the nine rounds), besides the headings, frames, pointers, mood lines, advice and
  filler above: New: „Standpunkt:“ and „Gastkommentar:“ are commentary labels and "Comment:"
  the English one, negatives as „Leitartikel:“ and „Kommentar:“
  (two-hundred-and-twenty-eighth, three-hundred-and-eightieth): „Standpunkt: Die EZB fährt
  auf Sicht – und das ist gut so“, „Gastkommentar: Warum der Flughafenstreik die Falschen
  trifft“, "Comment: Germany's airport strike shows why unions still have the upper hand";
  the unlabelled verdict "The ECB got it right this time - the hard part starts now" beside
  "UPDATE 2-ECB cuts rates again, ..." (three-hundred-and-fourteenth). New: "AP EXPLAINS:
  What another European rate cut means for savers and borrowers" names the topic of an
  explainer and is a teaser, as "EXPLAINER-" (three-hundred-and-thirty-third);
  "HIGHLIGHTS-ECB President's remarks at post-meeting news conference" a heading
  (three-hundred-and-thirty-third), and under it "ON THE PATH AHEAD: "We will take our
  decisions meeting by meeting, as always."" guidance without a figure
  (three-hundred-and-fifty-sixth: "not on a pre-set path"), while "ON INFLATION: "Headline
  inflation should average 1.9% this year and return to 2.0% in 2033."" is a forecast with
  figures and check-worthy. Teasers and teaser questions ("Is China exporting deflation to
  the rest of the world? ...", "Are the Celtics peaking at exactly the right time?", „Ist
  der FC Bayern jetzt wieder ein Titelkandidat? Die Einzelkritik zum Spiel“, "Should you buy
  Marchbourne shares after today's results? ..."), the link line „Mehr zum Thema: Warum der
  Goldpreis einfach nicht fallen will“ (two-hundred-and-twenty-eighth: "Lesen Sie auch:"),
  "What we know so far about the tornado outbreak" (thirty-second: "What we know so far:"),
  the desk notes "(Refiles to add dropped word in headline)" and „(Wiederholung: Tippfehler
  in der Überschrift behoben)“ (hundred-eighty-second, two-hundred-and-eighty-second);
  labels („nannte den Streik „eine Zumutung für Millionen Reisende““, „kritisierte die
  Senkung als „Strafe ...““, „sprachen von einem „Schlag ins Kontor““, „sprach von einer
  „Entwarnung, ...““), a verdict with „werten ... als“ („Die Bauverbände werten die Zahlen
  als „zartes Pflänzchen“ ...“; three-hundred-and-eightieth), quotes of feeling and rhetoric
  (Varhaug, Engqvist, the Bayern coach, Wessolowski, Oldenhove, Achebe-Hart, the judge,
  Minkwitz's "Ende der Fahnenstange" - a forecast without a figure -, Vandersloot's "nearly
  done, but not quite", Brandstätter, a resident, a former driver), analysts' and
  economists' verdicts and a fear ("Analysts said Beijing's support measures had so far done
  little ...", "Economists warned that a single month of trade data was a poor guide ...",
  "Some traders fear the rally has run too far, too fast."), traders' mood and expectation
  ("Traders said volumes were thin and conviction low ...", „Größere Engagements dürften
  sich viele Anleger bis zum Nachmittag verkneifen, hieß es im Handel.“;
  three-hundred-and-fourteenth: „Händler erwarten ...“), an evasion („Ob vor Ostern weitere
  Streiks drohen, ließ die Gewerkschaft offen.“) and an open question („Warum das Feuer im
  Dachstock ausbrach, war zunächst unklar.“). As the brief for these batches asks, negatives
  carry no expected quantities, and this batch writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_406 = [
    # --- Topthemen (dpa), Donnerstag früh ---
    (
        "de",
        "Topthemen am Donnerstag: Zinsentscheid der EZB, Warnstreik an den Flughäfen, Bilanzen von Kalvermann und Marchbourne",
        False,
        [],
        None,
    ),
    # --- China's February prices (Reuters), overnight ---
    (
        "en",
        "CHINA FEB CPI +0.4% Y/Y (REUTERS POLL +0.6%); PPI -1.9% Y/Y (POLL -1.7%)",
        True,
        [
            ("percent", 0.4, "%", None),
            ("percent", 0.6, "%", None),
            ("percent", -1.9, "%", None),
            ("percent", -1.7, "%", None),
        ],
        None,
    ),
    (
        "en",
        "BEIJING, March 11 (Reuters) - China's consumer prices rose 0.4% in February from a year earlier, short of the 0.6% gain forecast by economists, the National Bureau of Statistics said.",
        True,
        [("date", "--03-11", None, None), ("percent", 0.4, "%", None), ("percent", 0.6, "%", None)],
        "the National Bureau of Statistics",
    ),
    (
        "en",
        "Producer prices fell for a 41st straight month, though the annual decline eased to 1.9% from 2.3% in January.",
        True,
        [("ordinal", 41, None, None), ("percent", 1.9, "%", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "Food prices, which make up about a fifth of the CPI basket, dropped 1.2%.",
        True,
        [("fraction", 0.2, None, "about"), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "Core CPI, excluding volatile food and fuel prices, held at 0.9%.",
        True,
        [("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts said Beijing's support measures had so far done little to revive household spending.",
        False,
        [],
        None,
    ),
    ("en", "Is China exporting deflation to the rest of the world? Our Asia markets team weighs in", False, [], None),
    # --- NHL and NBA overnight (AP) ---
    ("en", "Maple Leafs 3, Senators 2, SO", True, [], None),
    (
        "en",
        "TORONTO (AP) — Mikael Brodeur-Lind scored the only goal of the shootout and Jonas Varhaug made 31 saves as the Toronto Maple Leafs beat the Ottawa Senators 3-2 on Wednesday night.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Toronto has won five straight and moved within two points of first-place Florida in the Atlantic Division, the team said.",
        True,
        [("count", 5, None, None), ("count", 2, None, None), ("ordinal", 1, None, None)],
        "the team",
    ),
    ("en", '"We found a way, and that\'s what good teams do in March," Varhaug said.', False, [], None),
    ("en", "Celtics 118, Knicks 109", True, [], None),
    (
        "en",
        "BOSTON (AP) — Darius Kelloway scored 34 points, including 19 in the fourth quarter, as the Boston Celtics pulled away to beat the New York Knicks 118-109 on Wednesday night.",
        True,
        [("count", 34, None, None), ("count", 19, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Knicks have lost three of their last four games.",
        True,
        [("count", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    ("en", "Are the Celtics peaking at exactly the right time?", False, [], None),
    # --- Tennis at Indian Wells (Reuters) ---
    (
        "en",
        "Men's singles, second round: 12-Bastien Morelle (France) beat Kenji Arakawa (Japan) (Q) 6-4 3-6 7-5",
        True,
        [("ordinal", 2, None, None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "Tobias Engqvist (Sweden) (WC) beat 21-Rafael Quintanilla (Argentina) 7-6(3) 6-2",
        True,
        [("ordinal", 21, None, None)],
        None,
    ),
    (
        "en",
        "Women's singles, second round: 3-Aleksandra Vukotić (Serbia) beat Mia Lauterbach (Germany) (LL) 6-2 6-1",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "INDIAN WELLS, California, March 10 (Reuters) - Swedish wildcard Tobias Engqvist, ranked 143rd in the world, knocked out 21st seed Rafael Quintanilla in one hour and 28 minutes on Wednesday.",
        True,
        [
            ("date", "--03-10", None, None),
            ("ordinal", 143, None, None),
            ("ordinal", 21, None, None),
            ("duration", 1, "hour", None),
            ("duration", 28, "minute", None),
        ],
        None,
    ),
    ("en", '"Honestly, I just tried to enjoy every minute out there," Engqvist told reporters.', False, [], None),
    # --- Champions League vom Mittwochabend (dpa, Reuters) ---
    (
        "de",
        "Champions League, Achtelfinale, Rückspiel: FC Bayern München – Paris Saint-Germain 2:1 (1:1), Hinspiel 1:1",
        True,
        [],
        None,
    ),
    (
        "de",
        "Tore: 1:0 Ekström (9.), 1:1 Baradji (34.), 2:1 Holtkamp (88.)",
        True,
        [("ordinal", 9, None, None), ("ordinal", 34, None, None), ("ordinal", 88, None, None)],
        None,
    ),
    (
        "de",
        "Zuschauer: 75.000 (ausverkauft) – Schiedsrichter: Mateusz Wrzosek (Polen)",
        True,
        [("count", 75000, None, None)],
        None,
    ),
    (
        "de",
        "88. Minute: Joker Lukas Holtkamp köpft eine Flanke von rechts zum 2:1 für den FC Bayern ein.",
        True,
        [("ordinal", 88, None, None)],
        None,
    ),
    (
        "de",
        "München (dpa) - Mit einem Kopfballtor zwei Minuten vor dem Ende hat Lukas Holtkamp den FC Bayern zum zwölften Mal in Serie ins Viertelfinale der Königsklasse geschossen.",
        True,
        [("duration", 2, "minute", None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Mit dem Einzug ins Viertelfinale nimmt der Club weitere 12,5 Millionen Euro an Uefa-Prämien ein, teilte der Verein mit.",
        True,
        [("money", 12500000, "EUR", None)],
        "der Verein",
    ),
    (
        "de",
        "„So ein Abend entschädigt für alles, was in dieser Saison schiefgelaufen ist“, sagte der Trainer.",
        False,
        [],
        None,
    ),
    ("de", "Ist der FC Bayern jetzt wieder ein Titelkandidat? Die Einzelkritik zum Spiel", False, [], None),
    ("en", "Soccer-Late Holtkamp header sends Bayern past PSG into quarter-finals", True, [], None),
    ("en", "Bayern Munich 2 Paris St Germain 1 (Bayern win 3-2 on aggregate)", True, [], None),
    (
        "en",
        "Scorers: Ekström 9, Holtkamp 88; Baradji 34",
        True,
        [("ordinal", 9, None, None), ("ordinal", 88, None, None), ("ordinal", 34, None, None)],
        None,
    ),
    (
        "en",
        "MUNICH, March 10 (Reuters) - Substitute Lukas Holtkamp headed in two minutes from time as Bayern Munich beat Paris St Germain 2-1 on Wednesday to reach the Champions League quarter-finals for a 12th straight season.",
        True,
        [("date", "--03-10", None, None), ("duration", 2, "minute", None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "The match was played in front of a sell-out crowd of 75,000, the club said.",
        True,
        [("count", 75000, None, None)],
        "the club",
    ),
    # --- Basketball, Euroleague vom Mittwochabend (dpa) ---
    ("de", "Basketball, Euroleague: Roter Stern Belgrad – FC Bayern München 84:78 (41:37)", True, [], None),
    # --- Lotto am Mittwoch (dpa) ---
    ("de", "Lottozahlen vom Mittwoch: 4 – 11 – 19 – 27 – 33 – 41, Superzahl: 7", True, [], None),
    ("de", "Spiel 77: 4819203 – Super 6: 552901", True, [], None),
    (
        "de",
        "Sechs Richtige mit Superzahl hatte niemand, der Jackpot wächst damit auf rund 21 Millionen Euro, teilte Westlotto mit.",
        True,
        [("count", 6, None, None), ("money", 21000000, "EUR", "about")],
        "Westlotto",
    ),
    # --- Warnstreik an Flughäfen (dpa-Newsblog, Reuters) ---
    (
        "de",
        "Verdi-Warnstreik legt zehn Flughäfen lahm – Hunderttausende Passagiere betroffen",
        True,
        [("count", 10, None, None)],
        None,
    ),
    ("de", "Newsblog: Warnstreik an den Flughäfen – alle Entwicklungen des Tages", False, [], None),
    (
        "de",
        "05:40 Uhr – In Frankfurt sind die Sicherheitskontrollen seit Betriebsbeginn geschlossen, Umsteiger werden weiter abgefertigt, teilte Fraport mit.",
        True,
        [],
        "Fraport",
    ),
    (
        "de",
        "06:15 Uhr – Bundesweit fallen nach Angaben des Flughafenverbands ADV rund 3.400 Flüge aus, etwa 480.000 Reisende sind betroffen.",
        True,
        [("count", 3400, None, "about"), ("count", 480000, None, "about")],
        "der Flughafenverband ADV",
    ),
    (
        "de",
        "06:50 Uhr – Wer heute fliegen wollte, sollte sich vor der Fahrt zum Flughafen unbedingt bei seiner Airline informieren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "07:25 Uhr – In München bestätigte der Flughafen bis 10 Uhr nur 61 von 640 geplanten Starts und Landungen.",
        True,
        [("count", 61, None, None), ("count", 640, None, None)],
        None,
    ),
    (
        "de",
        "07:58 Uhr – In der Abflughalle in Hamburg liegen die Nerven blank, an den Schaltern der Airlines herrscht dichtes Gedränge.",
        False,
        [],
        None,
    ),
    (
        "de",
        "08:30 Uhr – Der Ausstand ist auf insgesamt 48 Stunden angelegt und endet in der Nacht zu Samstag, teilte Verdi mit.",
        True,
        [("duration", 48, "hour", None)],
        "Verdi",
    ),
    (
        "de",
        "09:10 Uhr – Für die rund 25.000 Luftsicherheitskräfte verlangt Verdi ein Lohnplus von 8,5 Prozent, mindestens jedoch 350 Euro monatlich.",
        True,
        [("count", 25000, None, "about"), ("percent", 8.5, "%", None), ("money", 350, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "09:12 Uhr – „Unsere Leute lassen sich nicht länger vertrösten“, sagte Verdi-Sprecherin Anke Wessolowski.",
        False,
        [],
        None,
    ),
    (
        "de",
        "09:40 Uhr – Die Arbeitgeber hatten in der zweiten Verhandlungsrunde 4,2 Prozent mehr Geld über 24 Monate angeboten, sagte Wessolowski.",
        True,
        [("ordinal", 2, None, None), ("percent", 4.2, "%", None), ("duration", 24, "month", None)],
        "Wessolowski",
    ),
    (
        "de",
        "10:05 Uhr – Der Bundesverband der Luftsicherheitsunternehmen nannte den Streik „eine Zumutung für Millionen Reisende“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "11:30 Uhr – Die dritte Verhandlungsrunde ist für den 24. und 25. März in Potsdam angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-24", None, None), ("date", "--03-25", None, None)],
        None,
    ),
    ("de", "12:00 Uhr – Ob vor Ostern weitere Streiks drohen, ließ die Gewerkschaft offen.", False, [], None),
    ("de", "12:20 Uhr – Video: Leere Terminals, volle Bahnhöfe – so erlebten Reisende den Streiktag", False, [], None),
    (
        "de",
        "13:20 Uhr – Am Hauptstadtflughafen BER wurden bis zum Mittag 212 von 580 geplanten Flügen annulliert.",
        True,
        [("count", 212, None, None), ("count", 580, None, None)],
        None,
    ),
    (
        "de",
        "14:05 Uhr – Die Deutsche Bahn setzt nach eigenen Angaben zusätzliche ICE-Züge zwischen Frankfurt, Köln und Berlin ein.",
        True,
        [],
        None,
    ),
    ("de", "17:45 Uhr – Damit schließen wir unseren Newsblog für heute, morgen früh geht es weiter.", False, [], None),
    ("de", "Gastkommentar: Warum der Flughafenstreik die Falschen trifft", False, [], None),
    ("en", "UPDATE 1-Security staff strike grounds thousands of flights at German airports", True, [], None),
    (
        "en",
        "FRANKFURT, March 11 (Reuters) - A 48-hour strike by security staff at 10 German airports forced the cancellation of about 3,400 flights on Thursday, airports association ADV said.",
        True,
        [
            ("date", "--03-11", None, None),
            ("duration", 48, "hour", None),
            ("count", 10, None, None),
            ("count", 3400, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Lufthansa said it had cancelled 1,150 of its 1,400 scheduled departures from Frankfurt and Munich.",
        True,
        [("count", 1150, None, None), ("count", 1400, None, None)],
        "Lufthansa",
    ),
    ("en", "Comment: Germany's airport strike shows why unions still have the upper hand", False, [], None),
    # --- Kalvermann, Jahreszahlen (Reuters German, dpa-AFX) ---
    (
        "de",
        "KALVERMANN: UMSATZ 2031 BEI 18,64 MRD EURO (VJ: 19,12 MRD EURO)",
        True,
        [("year", 2031, None, None), ("money", 18640000000, "EUR", None), ("money", 19120000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "KALVERMANN: BEREINIGTES EBIT 902 MIO EURO – DIVIDENDE SOLL AUF 1,10 EURO SINKEN",
        True,
        [("money", 902000000, "EUR", None), ("money", 1.1, "EUR", None)],
        None,
    ),
    (
        "de",
        "KALVERMANN STREICHT BIS ENDE 2034 WELTWEIT 3.200 STELLEN",
        True,
        [("year", 2034, None, None), ("count", 3200, None, None)],
        None,
    ),
    ("de", "Insider: Kalvermann prüft Verkauf der Sparte Bremssysteme", True, [], None),
    (
        "de",
        "Hannover (Reuters) - Der Autozulieferer Kalvermann hat 2031 wegen der schwachen Nachfrage nach Elektroautos weniger umgesetzt und baut weitere Stellen ab.",
        True,
        [("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz sank um 2,5 Prozent auf 18,64 Milliarden Euro, das bereinigte Ebit um gut ein Fünftel auf 902 Millionen Euro, teilte das Unternehmen mit.",
        True,
        [
            ("percent", 2.5, "%", None),
            ("money", 18640000000, "EUR", None),
            ("fraction", 0.2, None, "over"),
            ("money", 902000000, "EUR", None),
        ],
        "das Unternehmen",
    ),
    (
        "de",
        "Von den 3.200 Stellen entfallen rund 1.400 auf Deutschland, vor allem auf die Werke in Celle und Bielefeld.",
        True,
        [("count", 3200, None, None), ("count", 1400, None, "about")],
        None,
    ),
    (
        "de",
        "Finanzchefin Birte Oldenhove sagte in einer Telefonkonferenz, für 2032 rechne der Konzern mit einer operativen Rendite zwischen 4,5 und 5,5 Prozent.",
        True,
        [("year", 2032, None, None), ("percent", 4.5, "%", None), ("percent", 5.5, "%", None)],
        "Birte Oldenhove",
    ),
    (
        "de",
        "„Wir haben unsere Hausaufgaben gemacht, jetzt muss der Markt mitziehen“, sagte Oldenhove.",
        False,
        [],
        None,
    ),
    ("de", "Kalvermann in Zahlen:", False, [], None),
    ("de", "– Gründung: 1911 in Hannover", True, [("year", 1911, None, None)], None),
    (
        "de",
        "– Beschäftigte: rund 61.000 an 74 Standorten in 21 Ländern",
        True,
        [("count", 61000, None, "about"), ("count", 74, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "– Größter Kunde: ein Wolfsburger Autobauer mit knapp einem Viertel des Umsatzes",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("de", "AKTIE IM FOKUS: Kalvermann sacken nach Zahlen um 9 Prozent ab", True, [("percent", 9, "%", None)], None),
    ("de", "Händler sprachen von einem „Schlag ins Kontor“ für die gesamte Zulieferbranche.", False, [], None),
    (
        "de",
        "Analysten-Einstufungen: Brückner & Hess senkt Ziel für Kalvermann auf 38 Euro – 'Underweight'",
        True,
        [("money", 38, "EUR", None)],
        None,
    ),
    ("de", "(Wiederholung: Tippfehler in der Überschrift behoben)", False, [], None),
    # --- Marchbourne full-year results (Reuters, PA) ---
    (
        "en",
        "MARCHBOURNE FY OPERATING PROFIT 1.12 BLN STG VS 986 MLN STG YR AGO",
        True,
        [("money", 1120000000, "GBP", None), ("money", 986000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "MARCHBOURNE FINAL DIVIDEND 21.4P; LAUNCHES £300M SHARE BUYBACK",
        True,
        [("money", 0.214, "GBP", None), ("money", 300000000, "GBP", None)],
        None,
    ),
    ("en", "UPDATE 1-Insurer Marchbourne beats profit forecasts, unveils buyback", True, [], None),
    ("en", "(Refiles to add dropped word in headline)", False, [], None),
    (
        "en",
        "LONDON, March 11 (Reuters) - British insurer Marchbourne reported a 14% rise in full-year operating profit on Thursday, helped by higher premiums and a quieter year for large weather claims.",
        True,
        [("date", "--03-11", None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts had on average expected 1.06 billion pounds in a consensus compiled by the insurer.",
        True,
        [("money", 1060000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Net claims from storms and floods fell to 312 million pounds from 498 million pounds a year earlier, the company said.",
        True,
        [("money", 312000000, "GBP", None), ("money", 498000000, "GBP", None)],
        "the company",
    ),
    (
        "en",
        "Chief Executive Rosalind Achebe-Hart told reporters the group would return to the U.S. market within three years.",
        True,
        [("duration", 3, "year", None)],
        "Rosalind Achebe-Hart",
    ),
    ("en", '"We have never been in better shape to grow," Achebe-Hart said.', False, [], None),
    (
        "en",
        "Marchbourne shares rose 6.1% to 1,284p by 0915 GMT, leading London's blue-chip index.",
        True,
        [("percent", 6.1, "%", None), ("money", 12.84, "GBP", None)],
        None,
    ),
    ("en", "FACTBOX-Marchbourne's full-year results at a glance", False, [], None),
    (
        "en",
        "* Operating profit: 1.12 billion pounds (2030: 986 million pounds)",
        True,
        [("money", 1120000000, "GBP", None), ("year", 2030, None, None), ("money", 986000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "* Gross written premiums: 9.84 billion pounds, up 8%",
        True,
        [("money", 9840000000, "GBP", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "* Combined ratio: 93.1%, an improvement of 2.4 points",
        True,
        [("percent", 93.1, "%", None), ("percent", 2.4, "pp", None)],
        None,
    ),
    (
        "en",
        "* Solvency ratio: 187%, within its 160-200% target range",
        True,
        [("percent", 187, "%", None), ("percent", 160, "%", None), ("percent", 200, "%", None)],
        None,
    ),
    ("en", "Should you buy Marchbourne shares after today's results? Our analyst's verdict", False, [], None),
    # --- Aktien Frankfurt Eröffnung (dpa-AFX) ---
    ("de", "Aktien Frankfurt Eröffnung: Dax tastet sich vor EZB-Entscheid nach oben", True, [], None),
    (
        "de",
        "Dax 24.512 (+0,3 %) | MDax 30.114 (+0,1 %) | SDax 15.208 (-0,2 %) | TecDax 3.944 (+0,5 %)",
        True,
        [
            ("count", 24512, None, None),
            ("percent", 0.3, "%", None),
            ("count", 30114, None, None),
            ("percent", 0.1, "%", None),
            ("count", 15208, None, None),
            ("percent", -0.2, "%", None),
            ("count", 3944, None, None),
            ("percent", 0.5, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Größere Engagements dürften sich viele Anleger bis zum Nachmittag verkneifen, hieß es im Handel.",
        False,
        [],
        None,
    ),
    # --- Baugenehmigungen (dpa) ---
    (
        "de",
        "Baugenehmigungen im Januar um 6,8 Prozent gestiegen – vierter Anstieg in Folge",
        True,
        [("percent", 6.8, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Wiesbaden (dpa) - Die Behörden gaben im Januar grünes Licht für 19.400 Wohnungen und damit 6,8 Prozent mehr als im Januar 2031, teilte das Statistische Bundesamt am Donnerstag mit.",
        True,
        [("count", 19400, None, None), ("percent", 6.8, "%", None), ("year", 2031, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Bei Einfamilienhäusern betrug das Plus sogar knapp 12 Prozent.",
        True,
        [("percent", 12, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Vom Niveau des Jahres 2021 mit rund 32.000 Genehmigungen pro Monat ist die Branche aber weit entfernt.",
        True,
        [("year", 2021, None, None), ("count", 32000, None, "about")],
        None,
    ),
    (
        "de",
        "In den zwölf Monaten bis einschließlich Januar wurden damit rund 231.000 Wohnungen genehmigt.",
        True,
        [("duration", 12, "month", None), ("count", 231000, None, "about")],
        None,
    ),
    ("de", "Die Bauverbände werten die Zahlen als „zartes Pflänzchen“ und nicht als Trendwende.", False, [], None),
    # --- Inflation in Österreich (APA) ---
    ("de", "Inflation in Österreich sinkt im Februar auf 2,4 Prozent", True, [("percent", 2.4, "%", None)], None),
    (
        "de",
        "Wien (APA) - Die Teuerung ist im Februar laut einer ersten Schätzung auf 2,4 Prozent zurückgegangen, nach 2,9 Prozent im Jänner, teilte die Statistik Austria mit.",
        True,
        [("ordinal", 1, None, None), ("percent", 2.4, "%", None), ("percent", 2.9, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Haushaltsenergie verbilligte sich um 6,3 Prozent, Dienstleistungen verteuerten sich dagegen um 3,8 Prozent.",
        True,
        [("percent", 6.3, "%", None), ("percent", 3.8, "%", None)],
        None,
    ),
    ("de", "Die endgültigen Daten sollen am 18. März folgen.", True, [("date", "--03-18", None, None)], None),
    (
        "de",
        "Für das Gesamtjahr rechne das Institut mit einer Inflationsrate von 2,3 Prozent, sagte Wifo-Ökonomin Katrin Hollerweger.",
        True,
        [("percent", 2.3, "%", None)],
        "Katrin Hollerweger",
    ),
    (
        "de",
        "Der Gewerkschaftsbund sprach von einer „Entwarnung, die bei den Menschen noch lange nicht angekommen ist“.",
        False,
        [],
        None,
    ),
    # --- Brunnhalder (awp), Brand in Thun (Keystone-SDA) ---
    (
        "de",
        "Brunnhalder 2031: Reingewinn 412,6 Mio CHF (VJ 388,1 Mio) – Dividende 8,50 CHF",
        True,
        [
            ("year", 2031, None, None),
            ("money", 412600000, "CHF", None),
            ("money", 388100000, "CHF", None),
            ("money", 8.5, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Zürich (awp) - Der Industriekonzern Brunnhalder hat im Geschäftsjahr 2031 den Umsatz um 3,2 Prozent auf 4,86 Milliarden Franken gesteigert, teilte das Unternehmen am Donnerstag mit.",
        True,
        [("year", 2031, None, None), ("percent", 3.2, "%", None), ("money", 4860000000, "CHF", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Konzernchef Urs Tännler sagte, Brunnhalder wolle bis 2035 rund 600 Millionen Franken in neue Werke in den USA und in Indien investieren.",
        True,
        [("year", 2035, None, None), ("money", 600000000, "CHF", "about")],
        "Urs Tännler",
    ),
    (
        "de",
        "Die Aktie gewann an der SIX bis am Mittag 4,4 Prozent auf 214,80 Franken.",
        True,
        [("percent", 4.4, "%", None), ("money", 214.8, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Auftragseingang stieg um 5,1 Prozent auf 5,02 Milliarden Franken.",
        True,
        [("percent", 5.1, "%", None), ("money", 5020000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Thun (Keystone-SDA) - Beim Brand eines Mehrfamilienhauses sind in der Nacht auf Donnerstag zwei Bewohner verletzt und 23 weitere evakuiert worden, teilte die Kantonspolizei Bern mit.",
        True,
        [("count", 2, None, None), ("count", 23, None, None)],
        "die Kantonspolizei Bern",
    ),
    ("de", "Warum das Feuer im Dachstock ausbrach, war zunächst unklar.", False, [], None),
    # --- Grains and oil (Reuters) ---
    (
        "en",
        "GRAINS-Wheat climbs to two-month high on Black Sea supply worries",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "The most-active wheat contract on the Chicago Board of Trade rose 8-1/4 cents to $6.12-3/4 a bushel by 1130 GMT.",
        True,
        [("money", 0.0825, "USD", None), ("money", 6.1275, "USD", None)],
        None,
    ),
    (
        "en",
        "Russia trimmed its wheat export quota for the rest of the season by 1.5 million tonnes, said Anika Lindqvist-Moore, an analyst at Harrowgate Commodities.",
        True,
        [("count", 1500000, None, None)],
        "Anika Lindqvist-Moore",
    ),
    ("en", "OIL-Brent rises above $71 as U.S. stockpiles fall", True, [("money", 71, "USD", "over")], None),
    (
        "en",
        "Brent crude futures rose 64 cents, or 0.9%, to $71.42 a barrel by 1405 GMT.",
        True,
        [("money", 0.64, "USD", None), ("percent", 0.9, "%", None), ("money", 71.42, "USD", None)],
        None,
    ),
    (
        "en",
        "Crude stocks in the United States dropped 3.1 million barrels during the week ended March 5, the Energy Information Administration said on Wednesday.",
        True,
        [("count", 3100000, None, None), ("date", "--03-05", None, None)],
        "the Energy Information Administration",
    ),
    ("en", "Some traders fear the rally has run too far, too fast.", False, [], None),
    (
        "en",
        "METALS-Copper hits 10-week high as China stimulus hopes build",
        True,
        [("duration", 10, "week", None)],
        None,
    ),
    # --- Cum-Ex-Urteil in Bonn (dpa) ---
    (
        "de",
        "Cum-Ex-Prozess: Fünf Jahre und neun Monate Haft für früheren Bankmanager",
        True,
        [("duration", 5, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Bonn (dpa) - Das Landgericht Bonn hat einen 67 Jahre alten früheren Bankmanager wegen besonders schwerer Steuerhinterziehung in 19 Fällen verurteilt.",
        True,
        [("duration", 67, "year", None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Der Schaden für den Fiskus beläuft sich nach den Feststellungen der Kammer auf rund 214 Millionen Euro.",
        True,
        [("money", 214000000, "EUR", "about")],
        None,
    ),
    ("de", "Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert.", True, [("duration", 7, "year", None)], None),
    (
        "de",
        "„Gier kennt keine Grenzen, auch nicht die des Gesetzes“, sagte der Vorsitzende Richter in der Urteilsbegründung.",
        False,
        [],
        None,
    ),
    ("de", "Die Verteidigung kündigte Revision beim Bundesgerichtshof an.", True, [], None),
    # --- EZB-Zinsentscheid (Reuters German, dpa) ---
    (
        "de",
        "EZB SENKT LEITZINSEN UM 25 BASISPUNKTE – EINLAGENSATZ 1,75 PROZENT",
        True,
        [("percent", 25, "bp", None), ("percent", 1.75, "%", None)],
        None,
    ),
    (
        "de",
        "EZB: INFLATIONSPROGNOSE 2032 AUF 1,9 PROZENT GESENKT (DEZEMBER: 2,1 PROZENT)",
        True,
        [("year", 2032, None, None), ("percent", 1.9, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    ("de", "EZB-PRÄSIDENTIN: WEITERE SCHRITTE HÄNGEN ALLEIN VON DEN DATEN AB", False, [], None),
    (
        "de",
        "Frankfurt (Reuters) - Die Europäische Zentralbank senkt die Zinsen im Euroraum zum sechsten Mal seit dem Sommer 2031.",
        True,
        [("ordinal", 6, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Der Einlagensatz sinkt um einen Viertelprozentpunkt auf 1,75 Prozent, teilte die EZB am Donnerstag in Frankfurt mit.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 1.75, "%", None)],
        "die EZB",
    ),
    ("de", "Die neuen Sätze gelten ab dem 17. März.", True, [("date", "--03-17", None, None)], None),
    (
        "de",
        "Ihre Wachstumsprognose für 2032 senkte die Notenbank auf 0,8 Prozent.",
        True,
        [("year", 2032, None, None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Von Reuters befragte Ökonomen hatten den Schritt mehrheitlich erwartet, 52 von 61 Befragten rechneten mit einer Senkung.",
        True,
        [("count", 52, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Die Präsidentin der Notenbank sagte auf der Pressekonferenz, der Beschluss sei einstimmig gefallen.",
        True,
        [],
        None,
    ),
    ("de", "Der Sparkassenverband kritisierte die Senkung als „Strafe für alle, die vorsorgen“.", False, [], None),
    ("de", "Die Beschlüsse der EZB im Überblick:", False, [], None),
    (
        "de",
        "• Einlagensatz: 1,75 Prozent (bisher: 2,00 Prozent)",
        True,
        [("percent", 1.75, "%", None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "• Hauptrefinanzierungssatz: 1,90 Prozent (bisher: 2,15 Prozent)",
        True,
        [("percent", 1.9, "%", None), ("percent", 2.15, "%", None)],
        None,
    ),
    (
        "de",
        "• Inflationsprognose: 1,9 Prozent für 2032, je 2,0 Prozent für 2033 und 2034",
        True,
        [
            ("percent", 1.9, "%", None),
            ("year", 2032, None, None),
            ("percent", 2.0, "%", None),
            ("year", 2033, None, None),
            ("year", 2034, None, None),
        ],
        None,
    ),
    (
        "de",
        "• Wachstumsprognose: 0,8 Prozent für 2032 (Dezember: 1,0 Prozent)",
        True,
        [("percent", 0.8, "%", None), ("year", 2032, None, None), ("percent", 1.0, "%", None)],
        None,
    ),
    ("de", "• Nächste Zinssitzung: 22. April", True, [("date", "--04-22", None, None)], None),
    (
        "de",
        "„Das dürfte noch nicht das Ende der Fahnenstange sein“, sagte Gerold Minkwitz, Chefvolkswirt des Bankhauses Lindenbrück.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Minkwitz rechnet bis zum Sommer mit zwei weiteren Senkungen um jeweils 25 Basispunkte.",
        True,
        [("count", 2, None, None), ("percent", 25, "bp", None)],
        None,
    ),
    ("de", "Standpunkt: Die EZB fährt auf Sicht – und das ist gut so", False, [], None),
    # --- ECB decision (Bloomberg, Reuters, AP) ---
    (
        "en",
        "*ECB CUTS DEPOSIT RATE TO 1.75% FROM 2.00%, AS FORECAST",
        True,
        [("percent", 1.75, "%", None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "en",
        "*ECB STAFF SEE 2032 GDP GROWTH AT 0.8% VS 1.0% IN DECEMBER",
        True,
        [("year", 2032, None, None), ("percent", 0.8, "%", None), ("percent", 1.0, "%", None)],
        None,
    ),
    (
        "en",
        "ECB CUTS DEPOSIT RATE BY 25 BPS TO 1.75%, SIXTH CUT OF CYCLE",
        True,
        [("percent", 25, "bp", None), ("percent", 1.75, "%", None), ("ordinal", 6, None, None)],
        None,
    ),
    ("en", "UPDATE 2-ECB cuts rates again, keeps door open to more easing", True, [], None),
    (
        "en",
        "FRANKFURT, March 11 (Reuters) - The European Central Bank cut interest rates by a quarter point on Thursday, its sixth reduction since last summer, as inflation across the euro zone settled below its 2% target.",
        True,
        [
            ("date", "--03-11", None, None),
            ("percent", 0.25, "pp", None),
            ("ordinal", 6, None, None),
            ("percent", 2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The deposit rate now stands at 1.75%, the European Central Bank said in a statement.",
        True,
        [("percent", 1.75, "%", None)],
        "the European Central Bank",
    ),
    (
        "en",
        "Policymakers also lowered their growth forecast for this year to 0.8% from 1.0%.",
        True,
        [("percent", 0.8, "%", None), ("percent", 1.0, "%", None)],
        None,
    ),
    (
        "en",
        "Markets price in roughly a 70% chance of another cut in June, LSEG data showed.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    ("en", "HIGHLIGHTS-ECB President's remarks at post-meeting news conference", False, [], None),
    (
        "en",
        'ON INFLATION: "Headline inflation should average 1.9% this year and return to 2.0% in 2033."',
        True,
        [("percent", 1.9, "%", None), ("percent", 2.0, "%", None), ("year", 2033, None, None)],
        None,
    ),
    ("en", 'ON THE PATH AHEAD: "We will take our decisions meeting by meeting, as always."', False, [], None),
    ("en", "AP EXPLAINS: What another European rate cut means for savers and borrowers", False, [], None),
    (
        "en",
        '"This is a central bank that is nearly done, but not quite," said Imke Vandersloot, senior economist at Coldharbour Investments.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"We pencil in one more cut in June, which would take the deposit rate to 1.50%," Vandersloot said.',
        True,
        [("count", 1, None, None), ("percent", 1.5, "%", None)],
        "Vandersloot",
    ),
    ("en", "The ECB got it right this time - the hard part starts now", False, [], None),
    # --- U.S. trade (Reuters) ---
    (
        "en",
        "U.S. JAN TRADE DEFICIT $71.2 BLN (REUTERS POLL $68.9 BLN) VS REVISED $66.4 BLN IN DEC",
        True,
        [("money", 71200000000, "USD", None), ("money", 68900000000, "USD", None), ("money", 66400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "WASHINGTON, March 11 (Reuters) - The U.S. trade deficit widened 7.2% in January as imports of consumer goods jumped ahead of planned tariff increases, the Commerce Department said on Thursday.",
        True,
        [("date", "--03-11", None, None), ("percent", 7.2, "%", None)],
        "the Commerce Department",
    ),
    (
        "en",
        "Exports slipped 0.6% to $268.3 billion, while imports rose 1.1% to $339.5 billion.",
        True,
        [
            ("percent", 0.6, "%", None),
            ("money", 268300000000, "USD", None),
            ("percent", 1.1, "%", None),
            ("money", 339500000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The goods deficit with China narrowed to $21.4 billion, its smallest since April 2029.",
        True,
        [("money", 21400000000, "USD", None), ("year", 2029, None, None)],
        None,
    ),
    ("en", "Economists warned that a single month of trade data was a poor guide to the trend.", False, [], None),
    # --- Tornadoes in the Deep South (AP) ---
    (
        "en",
        "The Latest: Tornadoes tear through Mississippi and Alabama, killing at least 7",
        True,
        [("count", 7, None, "at_least")],
        None,
    ),
    (
        "en",
        "JACKSON, Miss. (AP) — The latest on the severe storms sweeping across the Deep South (all times CST):",
        False,
        [],
        None,
    ),
    (
        "en",
        "6:40 a.m. CST — At least seven people were killed overnight when tornadoes struck rural parts of central Mississippi, the Mississippi Emergency Management Agency said.",
        True,
        [("count", 7, None, "at_least")],
        "the Mississippi Emergency Management Agency",
    ),
    (
        "en",
        "7:55 a.m. CST — The National Weather Service said it had received 38 tornado reports across four states since Wednesday afternoon.",
        True,
        [("count", 38, None, None), ("count", 4, None, None)],
        "the National Weather Service",
    ),
    (
        "en",
        "8:20 a.m. CST — More than 92,000 homes and businesses in Alabama were without power, according to PowerOutage.us.",
        True,
        [("count", 92000, None, "over")],
        None,
    ),
    (
        "en",
        "9:05 a.m. CST — Residents in the warning area should move to an interior room on the lowest floor now.",
        False,
        [],
        None,
    ),
    (
        "en",
        "10:30 a.m. CST — A survey team found that a tornado with peak winds of 150 mph stayed on the ground for about 26 miles near Yazoo City, the weather service said.",
        True,
        [("count", 150, None, None), ("count", 26, None, "about")],
        "the weather service",
    ),
    (
        "en",
        '11:45 a.m. CST — "The whole street is just gone," said a resident of Pickens, Mississippi.',
        False,
        [],
        None,
    ),
    (
        "en",
        "12:10 p.m. CST — Fire department spokesman Darnell Whitfield said crews had pulled 14 people from collapsed homes in Tuscaloosa County.",
        True,
        [("count", 14, None, None)],
        "Darnell Whitfield",
    ),
    (
        "en",
        "2:35 p.m. CST — The death toll in Mississippi has risen to nine, state officials said.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    ("en", "WATCH: Drone footage shows the path of destruction in central Mississippi", False, [], None),
    ("en", "What we know so far about the tornado outbreak", False, [], None),
    # --- Quake off Sulawesi (AFP) ---
    (
        "en",
        "JAKARTA, March 11 (AFP) - An earthquake of magnitude 6.2 hit the sea off northern Sulawesi on Thursday, the US Geological Survey said.",
        True,
        [("date", "--03-11", None, None), ("count", 6.2, None, None)],
        "the US Geological Survey",
    ),
    ("en", "Indonesia's meteorology agency said it saw no threat of a tsunami.", True, [], None),
    ("en", "There were no immediate reports of casualties in the provincial capital Manado.", True, [], None),
    # --- Storm Ilona (PA) ---
    ("en", "Storm Ilona: amber wind warning for north-west England and Wales", True, [], None),
    (
        "en",
        "LONDON (PA) - Gusts of up to 80mph are expected on exposed coasts from 6pm on Thursday, the Met Office said.",
        True,
        [("count", 80, None, "up_to")],
        "the Met Office",
    ),
    (
        "en",
        "10.12am: Network Rail said it had imposed a 50mph speed limit between Preston and Carlisle on the West Coast route.",
        True,
        [("count", 50, None, None)],
        "Network Rail",
    ),
    (
        "en",
        "11.40am: Avanti West Coast said all services between Preston and Glasgow would stop running from 5pm.",
        True,
        [],
        "Avanti West Coast",
    ),
    ("en", "1.05pm: Anyone travelling this evening is being urged to check before they set off.", False, [], None),
    (
        "en",
        "2.30pm: Ferry operator Stena Line said it had cancelled both evening sailings between Holyhead and Dublin.",
        True,
        [],
        None,
    ),
    ("en", "3.15pm: It is already getting very lively on the seafront at Blackpool.", False, [], None),
    (
        "en",
        "4.40pm: More than 18,000 homes in north Wales were without power, SP Energy Networks said.",
        True,
        [("count", 18000, None, "over")],
        "SP Energy Networks",
    ),
    # --- Sturmtief „Ilona“ (dpa) ---
    (
        "de",
        "Sturmtief „Ilona“ erreicht Norddeutschland – Orkanböen bis zu 120 km/h erwartet",
        True,
        [("count", 120, None, "up_to")],
        None,
    ),
    (
        "de",
        "Offenbach (dpa) - An der Nordseeküste und auf den Inseln muss ab Freitagmittag mit Orkanböen von bis zu 120 Kilometern pro Stunde gerechnet werden, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", 120, None, "up_to")],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Das Bundesamt für Seeschifffahrt und Hydrographie rechnet in der Nacht zum Samstag in Hamburg mit einem Pegel von 1,5 bis 2 Metern oberhalb des mittleren Hochwassers.",
        True,
        [("count", 1.5, None, None), ("count", 2, None, None)],
        None,
    ),
    # --- Ski alpin in Åre (APA, Reuters) ---
    (
        "de",
        "Ski alpin, Weltcup-Riesentorlauf der Damen in Åre: 1. Lea Brandstätter (AUT) 2:14,62 Min., 2. Malin Sjöquist (SWE) +0,18 Sek., 3. Chiara Pedranzini (ITA) +0,57",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 2, "minute", None),
            ("duration", 14.62, "second", None),
            ("ordinal", 2, None, None),
            ("duration", 0.18, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 0.57, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Åre (APA) - Lea Brandstätter hat am Donnerstag ihren vierten Weltcupsieg in diesem Winter gefeiert und zwei Rennen vor Schluss die Führung im Riesentorlauf-Weltcup übernommen.",
        True,
        [("ordinal", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die 24-jährige Salzburgerin liegt nun 61 Punkte vor Sjöquist.",
        True,
        [("duration", 24, "year", None), ("count", 61, None, None)],
        None,
    ),
    ("de", "Für Brandstätter ist es der elfte Weltcupsieg ihrer Karriere.", True, [("ordinal", 11, None, None)], None),
    ("de", "„Ich kann es noch gar nicht richtig glauben“, sagte Brandstätter im ORF-Interview.", False, [], None),
    (
        "de",
        "Beim Weltcupfinale in der kommenden Woche werde sie auch in der Abfahrt starten, sagte Brandstätter.",
        True,
        [],
        "Brandstätter",
    ),
    (
        "de",
        "Gesamtweltcup (nach 34 von 38 Rennen): 1. Sjöquist 1.412 Punkte, 2. Brandstätter 1.298, 3. Pedranzini 1.040",
        True,
        [
            ("count", 34, None, None),
            ("count", 38, None, None),
            ("ordinal", 1, None, None),
            ("count", 1412, None, None),
            ("ordinal", 2, None, None),
            ("count", 1298, None, None),
            ("ordinal", 3, None, None),
            ("count", 1040, None, None),
        ],
        None,
    ),
    ("en", "Alpine skiing-Brandstaetter wins in Are to grab giant slalom lead", True, [], None),
    # --- Aktien Frankfurt Schluss, Devisen, Rohstoffe (dpa-AFX) ---
    ("de", "ROUNDUP/Aktien Frankfurt Schluss: Zinssenkung hievt Dax auf Rekordhoch", True, [], None),
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Dax ging 0,8 Prozent höher bei 24.638,17 Punkten aus dem Handel und übertraf damit seinen erst drei Wochen alten Höchststand.",
        True,
        [("percent", 0.8, "%", None), ("count", 24638.17, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Xetra-Schluss: Dax 24.638,17 Pkt. (+0,82 %) | MDax 30.402,55 Pkt. (+1,06 %)",
        True,
        [
            ("count", 24638.17, None, None),
            ("percent", 0.82, "%", None),
            ("count", 30402.55, None, None),
            ("percent", 1.06, "%", None),
        ],
        None,
    ),
    ("de", "Devisen: Euro sinkt nach Zinsentscheid auf 1,1422 Dollar", True, [("money", 1.1422, "USD", None)], None),
    (
        "de",
        "Die EZB setzte den Referenzkurs auf 1,1436 (Mittwoch: 1,1490) Dollar fest.",
        True,
        [("money", 1.1436, "USD", None), ("money", 1.149, "USD", None)],
        None,
    ),
    ("de", "Ölpreise: Brent verteuert sich auf 71,84 Dollar je Barrel", True, [("money", 71.84, "USD", None)], None),
    ("de", "Gold: Feinunze kostet 4.718 Dollar", True, [("money", 4718, "USD", None)], None),
    ("de", "Mehr zum Thema: Warum der Goldpreis einfach nicht fallen will", False, [], None),
    # --- Wall Street close (Reuters, AP), Toronto (Reuters) ---
    ("en", "US STOCKS-S&P 500 edges higher as ECB cut lifts rate-sensitive shares", True, [], None),
    ("en", "How major US stock indexes fared on Thursday", False, [], None),
    (
        "en",
        "The S&P 500 rose 23.41 points, or 0.3%, to 7,212.88.",
        True,
        [("count", 23.41, None, None), ("percent", 0.3, "%", None), ("count", 7212.88, None, None)],
        None,
    ),
    (
        "en",
        "The Dow Jones industrial average fell 61.07 points, or 0.1%, to 49,004.12.",
        True,
        [("count", 61.07, None, None), ("percent", 0.1, "%", None), ("count", 49004.12, None, None)],
        None,
    ),
    (
        "en",
        "The Russell 2000 index of smaller companies rose 8.94 points, or 0.4%, to 2,301.56.",
        True,
        [("count", 8.94, None, None), ("percent", 0.4, "%", None), ("count", 2301.56, None, None)],
        None,
    ),
    (
        "en",
        "The Nasdaq composite added 0.2% to 23,874.10.",
        True,
        [("percent", 0.2, "%", None), ("count", 23874.1, None, None)],
        None,
    ),
    (
        "en",
        "For the week: The S&P 500 is up 41.20 points, or 0.6%.",
        True,
        [("count", 41.2, None, None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "For the year: The Nasdaq composite is down 312.66 points, or 1.3%.",
        True,
        [("count", 312.66, None, None), ("percent", 1.3, "%", None)],
        None,
    ),
    ("en", "Traders said volumes were thin and conviction low ahead of Friday's inflation report.", False, [], None),
    ("en", "CANADA STOCKS-TSX ends at record high as miners rally with gold", True, [], None),
    (
        "en",
        "The Toronto Stock Exchange's S&P/TSX composite index ended up 112.40 points, or 0.4%, at 31,208.77.",
        True,
        [("count", 112.4, None, None), ("percent", 0.4, "%", None), ("count", 31208.77, None, None)],
        None,
    ),
    # --- Carlo Venturelli gestorben (dpa, AP) ---
    (
        "de",
        "Früherer Formel-1-Teamchef Carlo Venturelli mit 88 Jahren gestorben",
        True,
        [("duration", 88, "year", None)],
        None,
    ),
    (
        "de",
        "Modena (dpa) - Venturelli führte seinen Rennstall zwischen 1979 und 1994 zu drei Konstrukteurstiteln.",
        True,
        [("year", 1979, None, None), ("year", 1994, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", "Former Formula One team boss Carlo Venturelli dies at 88", True, [("duration", 88, "year", None)], None),
    (
        "en",
        "ROME (AP) — Carlo Venturelli, who ran his own Formula One team for 16 seasons, died on Thursday at his home near Modena, his family said.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    ("en", '"He was the last of the great romantics of the pit lane," said a former driver.', False, [], None),
    # --- Termine am Freitag (dpa), key events and week ahead (AP, Reuters) ---
    ("de", "Terminvorschau: Was am Freitag wichtig wird", False, [], None),
    (
        "de",
        "12.03.2032, 08:00 Uhr | Wiesbaden | Destatis: Verbraucherpreise Februar, endgültige Daten",
        True,
        [("date", "2032-03-12", None, None)],
        None,
    ),
    (
        "de",
        "12.03.2032, 10:00 Uhr | Berlin | Bundesrat, u. a. zweiter Durchgang zum Rentenpaket",
        True,
        [("date", "2032-03-12", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "12.03.2032, 18:30 Uhr | Fußball, 2. Bundesliga, 26. Spieltag: Hertha BSC – 1. FC Kaiserslautern",
        True,
        [("date", "2032-03-12", None, None), ("ordinal", 26, None, None)],
        None,
    ),
    (
        "de",
        "15.03.–19.03.2032 | Straßburg | Plenartagung des Europäischen Parlaments",
        True,
        [("date", "2032-03-15", None, None), ("date", "2032-03-19", None, None)],
        None,
    ),
    ("en", "Key events to watch on Friday (all times ET)", False, [], None),
    ("en", "8:30 a.m. — Labor Department releases the consumer price index for February", True, [], None),
    (
        "en",
        "10 a.m. — University of Michigan releases its preliminary consumer sentiment index for March",
        True,
        [],
        None,
    ),
    ("en", "1 p.m. — Baker Hughes releases its weekly count of active oil and gas rigs", True, [], None),
    (
        "en",
        "March 16-17 - United States - Federal Open Market Committee holds two-day policy meeting",
        True,
        [("date", "--03-16", None, None), ("date", "--03-17", None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "March 18 - Britain - Bank of England interest rate decision",
        True,
        [("date", "--03-18", None, None)],
        None,
    ),
    ("en", "March 19 - Japan - Bank of Japan policy decision", True, [("date", "--03-19", None, None)], None),
]
