"""Four-hundred-and-seventeenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
office-holder is named: the presidents, governors, board members, chief economists and
statisticians of real central banks and statistics offices appear under made-up names
that stand for no real holder, and ministers only by office ("Der Wirtschaftsminister",
"The finance minister", "The Chancellor", "The shadow chancellor", "The treasurer").

Names: the economists Ulrike Brennecke (Hansekontor), Konstantin Auerbach (Rheinmark
Bank), Imke Vosberg (Halvard Bank), Darnell Whitacre (Brookhollow Partners), Marisa Okafor
(Tidewell Research), Imogen Haskett (Penrose Capital), Kenjiro Hattori (Hamacho
Securities), Hartwig Oltmanns (Bankhaus Ostertag) and Tamara Leitgeb (Donautal Bank); the
statisticians Reinhold Zaunschirm, Carola Wendebourg and Delyth Prothero; the central
bankers Eckart Wollenhaupt, Ferdinand Lasslberger, Lorraine Castellano, Ruth Elsworthy,
Piet Vandersloot and Selim Karaduman; the price watchdog Beat Zumsteg, the motoring
expert Holger Stemmermann, the retail chief Lavinia Hargreaves, the discounter Korbmarkt,
the shopper Carmen Villalobos and every unnamed pensioner, spokesman, trader, economist,
analyst and forecaster are invented. Real offices, banks, bodies, parties and places
("Statistisches Bundesamt", "Destatis", "Statistik Austria", "Bundesamt für Statistik
(BFS)", "BFS", "Eurostat", "EZB", "Europäische Zentralbank", "Bundesbank", "OeNB",
"Schweizerische Nationalbank", "Nationalbank", "Arbeiterkammer", "FPÖ", "Verdi", "ADAC",
"Milchindustrie-Verband", "Kaffeeverband", "Handelsverband", "Reuters-Umfrage", "HVPI", "Landesindex der
Konsumentenpreise", "Mikrowarenkorb", "Nordrhein-Westfalen", "Wien-Favoriten"; the Office
for National Statistics, the ONS, the Labor Department, the Bureau of Labor Statistics,
INSEE, the British Retail Consortium, the BRC, the European Central Bank, the Bank of
England, the Fed, the Bank of Japan, the BOJ, the Bank of Canada, Statistics Canada, the
Reserve Bank, the Australian Bureau of Statistics, the Turkish Statistical Institute, the
farm ministry, AAA, LSEG, CME Group's FedWatch tool, and the datelines' cities) stand for
the way wire copy names them; every rate, index level, price, forecast, poll, sum, quote,
label and reaction here is invented, and where a real figure came to mind (a real
inflation print, a real core or services rate, a real price of butter, petrol, diesel,
eggs, rice or coffee, a real index level, a real poll) it was changed.

Its weight: INFLATION DATA AND PRICES (the fifty-fourth, hundred-seventy-third,
two-hundred-and-forty-second, two-hundred-and-eightieth and three-hundred-and-eighty-third
batches weighed consumer prices, food prices and retail, the eighty-fifth official
statistics releases with their inflation flashes, the eighty-seventh,
hundred-thirty-ninth, two-hundred-and-seventeenth, three-hundred-and-twenty-fourth and
three-hundred-and-fifty-seventh central banks, inflation and rates, the
hundred-twenty-sixth, two-hundred-and-fourteenth, three-hundred-and-seventeenth and
three-hundred-and-ninety-fourth energy prices, and the hundred-fifteenth,
three-hundred-and-thirty-eighth and three-hundred-and-eighty-ninth food prices with
harvests; their decisions are kept) - the monthly price releases for March of one year as
the desks file them over one month, Monday, March 30, to Wednesday, April 29, 32 short
stories in story order with the German and English ones interleaved, about half in each
language. German (dpa, dpa-AFX with its Länderdaten, its Tagesvorschau and its calendar
lines, Reuters German with an Eilmeldung, APA, Keystone-SDA, awp; Austrian "im
Jahresabstand", "Konsumentinnen und Konsumenten", Swiss "innert", "21.80 Franken", «»
quotes, German „“ quotes): the German flash estimate with its core, energy, food,
services and HVPI rates, the Austrian flash and final figures with the Mikrowarenkorb and
the 250-Gramm-Stück Butter, the euro zone flash with the 21 countries, the Swiss
Landesindex with its base and the price of coffee beans, petrol and diesel per litre
from the ADAC, Austrian wholesale prices, a discounter's butter price cut, the final German
figures with butter, chocolate, beef and olive oil, Swiss producer and import prices, a
Reuters poll of economists, German producer prices and import prices. English (Reuters
with dated datelines, all-capitals flashes and a calendar line, AP, AFP, PA, CP, AAP): the
German flash, French prices, British shop prices, the euro zone flash and its final
figures with contributions in points, Turkish inflation, U.S. CPI with eggs per dozen and
gasoline per gallon, U.S. producer and import prices, British CPI with petrol per litre
in pence and butter per 250g block, Japanese CPI with rice, Canadian and Australian
inflation. Figures as such copy has them: rates month on month and year on year in percent,
changes and contributions in percentage points („um drei Zehntel Prozentpunkte“, „rund
einen Prozentpunkt“, "1.6 percentage points ..., 0.6 points and energy minus 0.1
points"), signs („mit minus 0,3 Prozent“, „-0,9 % gg Vj“, "minus 0.1 points"; "fell",
„sank“, „ein Minus von“ leaving the value as written), index levels in points with their
bases, prices per unit in euros and Cent, francs, pounds and pence, dollars and cents and
yen, sizes, number words („Vier der sechs Länder“, „zehnte“, „drei der 32 Ökonomen“,
"twice", "eight months", "four years", "a third straight month"), fractions („knapp ein
Viertel“, „gut ein Drittel“, „fast jedes zweite Lebensmittel“, „Knapp zwei Drittel“,
„fast ein Fünftel“, "roughly a third"), hedges, years and dates. Negatives as such copy
has them - 55 rows, none with a figure: economists' forecasts and views without a figure
beside figures from the same story (often the same speaker's forecast with its figure),
verdicts with „halten ... für“, readings as labels, doubts, market colour, labels from a
union, a party, trade bodies and ministers, a vow, political spin, a warning, a hope, a
complaint, advice, an open question, a heading and vox pops.

240 rows (124 German, 116 English), 55 negatives (29 German, 26 English), 185 check-worthy
rows of which 15 carry no figure (13 German, 2 English), 291 expected quantities (198
percentages - 193 in "%" and 5 in percentage points "pp" -, 32 amounts of money - 16 EUR,
6 GBP, 6 USD, 2 CHF, 1 JPY, 1 TRY -, 18 counts, 11 dates, 11 ordinals, 10 durations - 8 in
months, 2 in years -, 6 fractions, 5 years; none of them in a negative), 38 checked
speakers (19 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence or one line as sent and is judged alone (sixteenth; thirty-second
  and the flash rounds). A quoted or reported assessment, label, vow, hope, doubt,
  warning, verdict or piece of rhetoric is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, hundred-thirty-ninth,
  two-hundred-and-seventeenth, two-hundred-and-eightieth, three-hundred-and-twenty-fourth);
  a quoted or reported figure, cause, step, forecast, estimate or position is check-worthy
  with its speaker, also in Konjunktiv I (hundred-thirty-ninth, two-hundred-and-eightieth).
  Pairs from one speaker: Brennecke's cause and her 2,3 Prozent beside „Wer jetzt schon
  ...“; Auerbach's 2.1% beside "a blip"; Wollenhaupt's 2,3 Prozent beside „Die letzte
  Meile ...“; Vosberg's 2.2% beside "a speed bump"; Zumsteg's 6 Prozent beside «Die tiefe
  Teuerung ...»; Stemmermann's comparison beside „Luft nach unten“; Castellano's 2.7%
  beside "not there yet"; Wendebourg's half of all foods beside „jeden Tag an der Kasse“;
  Okafor's 2% beside "The pipeline is clearing"; Haskett's 3% beside "the breather";
  Hargreaves's £6.8 billion beside "a bumpy summer"; Lasslberger's 2,8 and 2,2 Prozent
  beside „Europameister“; Vandersloot's 2.0% beside "close is not done"; Hattori's 1.0%
  beside "the cycle the BOJ has been hoping for"; Oltmanns's 2,7 Prozent beside
  „Unsicherheitsfaktor“; Leitgeb's 2,1 Prozent beside „erst mit Verzögerung“.
- Economists' forecasts and views, the weight's negatives (hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-fifty-seventh): an economist's or a
  central banker's forecast with a figure, reported as what he or she expects, is
  check-worthy with the speaker in a settled form ("Auerbach said he expected ...",
  „Brennecke sagte, sie rechne ...“, „Oltmanns sagte, er rechne damit, ...“, „Leitgeb
  sagte, sie erwarte ...“; two-hundred-and-seventeenth: "Langford said she expected ...",
  „Habermehl sagte, die Teuerung dürfte ...“), and so are the forecasts of institutions and
  groups with a figure (the Bundesbank's 2,3 Prozent, the SNB's 0,5 Prozent, the ECB staff's
  2.0%, the Turkish central bank's 24%, „dürfte nach Einschätzung von Ökonomen in diesem Jahr
  im Schnitt 2,2 Prozent betragen“, "Financial markets still expect the Fed to cut rates
  twice" 2, the odds in money markets; eighty-seventh, two-hundred-and-eightieth) and a
  consensus stated as what economists had expected (eighty-fifth: „Volkswirte hatten im
  Schnitt lediglich mit ... gerechnet“ - „im Schnitt“, „lediglich“ no hedge -, "Analysts
  surveyed by Reuters had expected inflation to slow only to 3.3%" - "only" no hedge -,
  "Economists had expected an annual rate of 2.1%.", „Ökonomen hatten einen Rückgang um 0,9
  Prozent erwartet.“). Without a figure they are negatives: expectations and views held by
  groups („Viele Ökonomen erwarten, dass ...“, „Volkswirte erwarten, dass ...“, "Some
  economists cautioned ...", "Several analysts said the ECB would probably look through
  ...", "Some economists said tariffs ... would keep pushing ...", "Economists at several
  banks said they expected tariffs to ...", "Economists said the report was unlikely to
  shift ...", "Economists said the figures all but ruled out ...", „Ökonomen sehen darin ein
  Signal ...“; three-hundred-and-fifty-sixth: "Economists said the figures left the ECB
  little reason to wait."), verdicts with „halten ... für“ („Viele Volkswirte halten eine
  Zinssenkung im April damit für unwahrscheinlich.“, „... die Sorge ... für übertrieben“;
  ninety-eighth, three-hundred-and-fifty-seventh), readings as labels („werteten die Daten
  als Entwarnung“, „Händler sahen in den Zahlen ein weiteres Argument ...“;
  hundred-thirty-ninth: „Händler werteten ... als eher taubenhaft“), doubts ("Some analysts
  doubt ...", "Opposition economists have long questioned whether ..."; two-hundred-and-
  fourth) and market colour („Am Anleihemarkt stellten sich Händler ... auf eine
  bundesweite Rate über den Erwartungen ein.“; two-hundred-and-seventeenth). New: „Nur drei
  der 32 Ökonomen halten eine Zinserhöhung in diesem Jahr für möglich.“ is check-worthy
  with counts 3 and 32 („Nur“ no hedge) - the poll's tally of a view is what can be
  checked, as a poll's share (two-hundred-and-seventy-sixth: „Laut einer YouGov-Umfrage
  wünschen sich 58 Prozent ...“) and "58 of 64 economists" (three-hundred-and-twenty-fourth)
  are, while the verdict without a tally stays a negative; so is „Knapp zwei Drittel der
  Befragten gehen davon aus, dass ...“ 0.6667 "nearly" (three-hundred-and-fifty-seventh:
  „Knapp zwei Drittel der von Reuters befragten Ökonomen“).
- Other negatives (hundred-thirty-ninth, two-hundred-and-eightieth,
  three-hundred-and-eighty-third), none with a figure: labels („Die Gewerkschaft Verdi
  nannte ...“, „Die FPÖ sprach von ...“, „Der Handelsverband nannte ...“, „Der
  Kaffeeverband sprach von ...“, "hailed the figures as", "hailed the report as"), a
  minister's vow naming no step („versprach, die Preise im Handel „genau im Auge zu
  behalten““; two-hundred-and-eightieth: „sehr genau beobachten“), political spin from the
  Chancellor, the shadow chancellor and a treasurer (eighty-fifth), a warning naming no
  measure („Bauernverbände warnten vor ...“; two-hundred-and-fourth), a hope ("Retailers
  hope ..."), a complaint ("Consumer groups said the weekly shop still felt ..."), advice
  („Der Automobilclub rät ...“, „Verbraucherschützer raten ...“), an open question („Ob die
  Regierung ... eingreift, blieb am Donnerstag offen.“), a view on rents („dürfte laut
  Fachleuten vor allem am Referenzzinssatz liegen“), the heading „TAGESVORSCHAU: Termine
  zur Konjunktur am Dienstag“ (three-hundred-and-fifty-seventh) and vox pops without figures
  (a pensioner in Vienna, Carmen Villalobos; two-hundred-and-eightieth).
- Check-worthy without a figure (eighty-fifth, three-hundred-and-eighty-third): leads
  stating a move („Der Preisauftrieb ... hat ... zugelegt.“, „Die Inflation im Euroraum hat
  sich ... beschleunigt.“, „Tanken ist ... billiger geworden.“, „Verbraucher ... zahlen für
  Butter ab Montag weniger.“, „Die Preise der deutschen Hersteller sind ... gesunken.“, „Die
  Preise für Produzenten und Importeure ... sind ... weiter gesunken.“, "The rate of
  inflation has fallen to its lowest level since the autumn ..."), the attribution row „Das
  teilte die Statistik Austria am Dienstag mit.“, stated causes (Brennecke's package
  holidays, Zaunschirm's fuel prices, the ONS statisticians' airfares), Stemmermann's
  stated comparison of pump and crude prices, the direction of prices („Billiger wurden vor
  allem ..., teurer dagegen ...“; eighty-fifth), a competitor's step („Die Konkurrenz zog
  noch am selben Tag nach.“) and the Arbeiterkammer's demand naming a measure
  (two-hundred-and-eightieth).
- Inflation prints are percentages as written (eighty-fifth, hundred-thirty-ninth,
  two-hundred-and-seventeenth): "2,0 Prozent", "3.0%", "27,0 Prozent" and "2.0%" keep their
  value (seventy-first); the comparison tags carry none („Im Monatsvergleich“, „Gegenüber
  dem Vormonat“, „im Jahresabstand“, „im Jahresvergleich“, „im Vergleich zum
  Vorjahresmonat“, „binnen Jahresfrist“, "on the month", "on the year", "year on year",
  "month-on-month", "from a year earlier", "over the year", "a year before", "in March last
  year", "the month before", "gg Vj", "gg Vm", "M/M", "Y/Y"), nor do the names of measures
  („Kerninflation“, „Kernrate“, „HVPI“, „Landesindex der Konsumentenpreise“,
  „Mikrowarenkorb“, "CPI", "PPI", "CPI-trim", "CPI-median", "trimmed mean", "Super E10" -
  two-hundred-and-eightieth); "mehr", "weniger", "billiger", "günstiger" and "teurer" after
  a figure compare (hundred-first); „mit einem Plus von 4,3 Prozent“ 4.3. Signs:
  „mit minus 0,3 Prozent“, „mit minus 8,9 Prozent“ and the others -0.3, -8.9, -11.3, -7.2
  and -3.4 ("minus" before a rate is its sign, hundred-thirty-ninth), „ein Minus von 1,0
  Prozent“ 1.0 (a noun with „von“, three-hundred-and-fifty-sixth), the glued "-" in the
  calendar lines its sign and "+" none (three-hundred-and-fifty-sixth); "fell", "dropped",
  "declined", „sank“, „gesunken“ leave the value as written (eleventh). New: "energy minus
  0.1 points" in a list of contributions is -0.1 pp - "minus" before the points is the sign
  as before a rate, and the short "points" after "1.6 percentage points" are the same unit
  written short, as "up 2.9 points" is "pp" (hundred-third).
- Percentage points are "pp" (fifty-sixth, hundred-thirtieth, two-hundred-and-seventeenth):
  „um drei Zehntel Prozentpunkte“ 0.3 (three-hundred-and-eighth), „rund einen Prozentpunkt
  über dem Februar-Wert“ 1 "about" (two-hundred-and-seventeenth: „um rund einen
  Prozentpunkt“; the month inside the compound none, hundred-thirty-ninth), "1.6 percentage
  points". Targets keep their figure with no hedge where a word stands between a bound and
  the figure ("below the European Central Bank's 2% target", "the Bank of England's 2%
  target", „eine Teuerung von 2 Prozent“; two-hundred-and-seventeenth,
  three-hundred-and-fifty-seventh: "slightly above the Riksbank's 2% target"), as "below a
  Reuters poll forecast of 2.9%" and "a touch below February's 3.0% pace" (the bound before
  the article or the possessive; hundredth: "just below the 50% threshold"), while "below
  3%" is 3 "under" (fourteenth). New: "at or above the Bank of Japan's 2% target" is 2 with
  no hedge - both bounds stand before the article and bound no figure, as "slightly above
  the". "within a target band of 2 to 3 per cent" gives both ends ("within" no hedge, the
  "to" of a range none; hundred-thirty-ninth: "im Zielband von 1,5 bis 3,5 Prozent"); "per
  cent" is "%" (eighty-seventh).
- Index levels are counts (sixty-second, eighty-fifth): „auf 106,2 Punkte“, „118,6
  Punkte“; the base in brackets „(2020=100)“ gives the year 2020 and count 100 (eighty-
  fifth). New: „107,9 Punkte (Dezember 2020=100)“ gives 107.9, the year 2020 and 100 - the
  month before the base year carries none, as a month alone (every batch), and the year in
  the base is read as in „(2020=100)“.
- Prices per unit are money in the currency written, the unit priced carrying none
  (two-hundred-and-forty-second, two-hundred-and-eightieth, three-hundred-and-eighty-third):
  Cent as EUR hundredths („um 41 Cent mehr“ 0.41, „2,3 Cent weniger“ 0.023, „um 1,8 Cent“
  0.018, „bis zu 20 Cent mehr je Liter“ 0.2 "up_to", „47,8 Cent je Kilogramm“ 0.478, „um 11
  Cent weniger“ 0.11), fuel to the tenth of a cent with three decimals („1,694 Euro“,
  „1,612 Euro“; two-hundred-and-eightieth), „2,39 Euro auf 2,19 Euro“, „2,79 Euro statt
  2,99 Euro“ („statt“ none), „21.80 Franken, 2.30 Franken mehr“ CHF with the Swiss decimal
  point (three-hundred-and-eighty-third), pence as GBP hundredths ("4.1 pence per litre"
  0.041, "by 4.1p a litre to 134.6p" 0.041 and 1.346; two-hundred-and-forty-second), "£2.37
  ..., against £1.98", "£6.8 billion" ("an extra" no hedge), U.S. cents as USD hundredths
  ("19 cents less" 0.19; three-hundred-and-fifty-sixth: "92 cents"), "$4.27", "$3.14",
  „knapp 68 Dollar je Barrel“ 68 "nearly" („je Barrel“ none), "3,980 yen" JPY. "a month
  ago" after "19 cents less than" carries none (an article, as "a month earlier"). Sizes
  are counts: „250-Gramm-Stück“ 250 three times (three-hundred-and-eighty-third), "a 250g
  block" 250 (two-hundred-and-eightieth: "from 150g to 130g"), "a 5-kilogram bag" 5
  (two-hundred-and-eightieth), "a dozen large eggs" 12 (hundred-seventy-third); „Ein
  Liter“, „je Liter“, „Ein Kilo“, „je Kilogramm“, "A gallon", "a litre", "per litre" none.
  Exchange rates are money in the priced currency: "$1.0912" and "$1.3125" USD, "38.41 per
  dollar" after "The lira" TRY (hundred-thirty-ninth).
- Calendar lines and flashes (three-hundred-and-fifty-sixth, three-hundred-and-fifty-
  seventh): dpa-AFX's lines give each figure in order, the clock, the country code,
  "(endgültig)", "Ist:", "Prognose:", "zuvor:" and "gg Vj" none („14:30 USA:
  Verbraucherpreise März, Ist: +2,9 % gg Vj, Prognose: +2,8 %, zuvor: +3,0 %“ 2.9, 2.8 and
  3.0; „Prognose: -0,9 % gg Vj, zuvor: -0,7 %“ -0.9 and -0.7); Reuters' calendar line
  "Reuters poll +0.2% month-on-month, prior +0.4%" 0.2 and 0.4; the all-capitals flashes
  "U.S. MARCH CPI +0.3% M/M (REUTERS POLL +0.2%); +2.9% Y/Y (POLL +2.8%)" four figures and
  "U.S. MARCH CORE CPI +0.3% M/M, +3.1% Y/Y" two (the month none); the Eilmeldung line
  „US-Verbraucherpreise steigen im März um 0,3 Prozent zum Vormonat“ 0.3.
- Ordinals (the issue: "zum zweiten Mal"; eighty-fifth, hundred-thirty-ninth,
  two-hundred-and-seventeenth): „nach einer ersten Schätzung“, „seine erste Schätzung“,
  „In ihrer ersten Schätzung“ and "in a first estimate" 1, "for a fourth consecutive month"
  4, "for a third straight month" 3, "for a second straight month" 2, „der zehnte Rückgang
  in Folge“ 10, „den dritten Monat in Folge“ 3 (two-hundred-and-seventeenth: „den 13. Monat
  in Folge“), "in the second half of next year" 2 (two-hundred-and-seventeenth: "in the
  first half of September"). New: "the sixth month of declines in a row" is ordinal 6 - the
  ordinal heads the run of months as in "for a third straight month". Superlatives
  („bevölkerungsreichsten“, „die höchste Rate“, „die niedrigste“, „Den stärksten
  Preisauftrieb“, "its lowest level", "the lowest since"), „Schnellschätzung“, "flash
  estimate" and „die letzte Meile“ carry none.
- Durations (the issue: "fünfstündigen"; two-hundred-and-seventeenth,
  two-hundred-and-eightieth): records keep their span („so kräftig wie seit 13 Monaten
  nicht mehr“ 13 months, „dem höchsten Wert seit 14 Monaten“ 14 months, "the highest
  reading in eight months" 8 months), "in the 12 months to March" and "In the 12 months
  through March" (three times) 12 months, "over the next 12 months" 12 months ("over" before
  a span no hedge, fifty-second), „innert zwei Jahren“ 2 years („innert“ no hedge,
  two-hundred-and-eightieth), "for four years" 4 years. None: „im Jahresschnitt“, „im
  laufenden Jahr“, „im kommenden Jahr“, „in diesem Jahr“, „für das Gesamtjahr“, „seit
  Jahresbeginn“, „vor einem Jahr“, „ein Jahr zuvor“, „eine Woche zuvor“, „am selben Tag“,
  „binnen Jahresfrist“, „mittelfristig“, „noch einige Monate“, „von Dienstag bis
  Donnerstag“, „jeden Tag“ (in a negative), "a year earlier", "a year ago", "a month ago",
  "a month earlier", "this year", "next year", "last month", "last week", "the month
  before", "by the summer", "by July", "in the months ahead", "later in the year", holidays
  („Ostern“, „Osterferien“, "the Easter holidays"), months, weekdays and clock times.
- Years and dates: "its lowest since late 2021", "the lowest since December 2023", "since
  September 2024" the years (eighty-fifth: "since early 2021"); „am 14. April“ and „am 16.
  April“ dates without a year; Reuters English datelines with a day ("BERLIN, March 30",
  "FRANKFURT, April 1", "ISTANBUL, April 3", "WASHINGTON, April 10", "WASHINGTON, April
  14", "LONDON, April 15", "WASHINGTON, April 15", "BRUSSELS, April 16", "TOKYO, April 17")
  dates without a year (hundred-sixtieth); dpa, dpa-AFX, Reuters German, APA, Keystone-SDA,
  awp, AFP ("PARIS (AFP) -"), PA, AP, CP and AAP datelines none (seventy-ninth).
- Counts and fractions (forty-first, two-hundred-and-eightieth, three-hundred-and-twenty-
  fourth): „Vier der sechs Länder“ 4 and 6 (a definite group), „Unter den 21 Euroländern“
  21 („Unter“ before the article no hedge, three-hundred-and-twenty-fourth), „unter 32
  Volkswirten“ 32 („unter“ a preposition, two-hundred-and-eightieth), „Nur drei der 32
  Ökonomen“ 3 and 32, "twice" 2 (the issue's "viermal"); „knapp ein Viertel“ 0.25 and „fast
  ein Fünftel“ 0.2 "nearly", „gut ein Drittel billiger“ 0.3333 "over" (the "billiger" after
  it compares; two-hundred-and-eightieth: „Gut jeder dritte Euro“), „fast jedes zweite
  Lebensmittel“ 0.5 "nearly" (two-hundred-and-eightieth: „fast jeder zweite Händler“),
  „Knapp zwei Drittel der Befragten“ 0.6667 "nearly", "roughly a third of the basket"
  0.3333 "about" (hundred-thirty-ninth: "roughly a third of the index by weight").
- Hedges, only the names in use: „rund“, "about", "roughly" "about"; „knapp“, „Knapp“,
  „fast“ "nearly"; „gut“, "more than" "over"; "below" right before the figure "under";
  „bis zu“ "up_to". No hedge: „im Schnitt“, „durchschnittlich“, „im Mittel“,
  „lediglich“, „allein“, „zuletzt“, „sogar“, „Nur“, "only", "an average of", "on average",
  "an extra", "unrevised", "below a", "below the", "below February's", "at or above the",
  "within", "over" before a span, the "to" of a range, and „mehr“, „weniger“, „billiger“,
  „günstiger“, "less" after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte das Statistische
  Bundesamt am Montag auf Basis vorläufiger Daten mit“ and „... am Mittwoch mit“ -> "das
  Statistische Bundesamt" (two-hundred-and-seventeenth), „wie Destatis am Montag mitteilte“
  -> "Destatis" (eighty-fifth: „wie Destatis mitteilte“; the weekday dropped), „Das teilte
  die Statistik Austria am Dienstag mit.“ and „teilte die Statistik Austria am Donnerstag
  mit“ -> "die Statistik Austria" (three-hundred-and-eighty-third), „wie Eurostat nach einer
  ersten Schätzung mitteilte“ -> "Eurostat" (hundred-thirty-ninth,
  three-hundred-and-twenty-fourth), „wie das Bundesamt für Statistik (BFS) mitteilte“ ->
  "das Bundesamt für Statistik" (the abbreviation dropped, two-hundred-and-seventeenth,
  three-hundred-and-twenty-fourth), „teilte das BFS mit“ -> "das BFS"
  (three-hundred-and-fifty-seventh), „teilte der ADAC am Mittwoch mit“ -> "der ADAC"
  (two-hundred-and-eightieth); „X sagte, ...“ with the title and the firm dropped
  („Hansekontor-Chefvolkswirtin Ulrike Brennecke“, „Statistik-Austria-Generaldirektor
  Reinhold Zaunschirm“, „Bundesbankpräsident Eckart Wollenhaupt“, „Preisüberwacher Beat
  Zumsteg“, „ADAC-Kraftstoffexperte Holger Stemmermann“, „Destatis-Preisstatistikerin
  Carola Wendebourg“, „OeNB-Gouverneur Ferdinand Lasslberger“; hundred-thirty-ninth,
  two-hundred-and-seventeenth) and the surname opening the row as written („Brennecke
  sagte“, „Oltmanns sagte“, „Leitgeb sagte“; two-hundred-and-seventeenth: „Habermehl
  sagte“). English: "the BRC said" -> "the BRC" and "the ONS said" -> "the ONS"
  (three-hundred-and-eighty-third), "the Labor Department said on Friday", "... said
  Friday", "... said on Tuesday" and "The Labor Department said on Friday ..." opening the
  row -> "the Labor Department" (hundred-thirty-ninth, two-hundred-and-eightieth), "the
  Bureau of Labor Statistics said" and "the Turkish Statistical Institute said on Friday"
  with the article (eighty-fifth), "Statistics Canada said Tuesday" as written
  (two-hundred-and-eightieth, three-hundred-and-fifty-sixth), the name with the role and
  the time dropped ("BRC chief executive Lavinia Hargreaves said", "Central bank Governor
  Selim Karaduman said", "Fed Governor Lorraine Castellano said Thursday", "Deputy Governor
  Ruth Elsworthy said last week" - three-hundred-and-fifty-seventh: "said a day earlier" -,
  "said ONS chief economist Delyth Prothero" after a quote; hundred-thirty-ninth,
  two-hundred-and-seventeenth) and "X said" as written ("Auerbach said", "Vosberg said",
  "Okafor said", "Haskett said", "Vandersloot said", "Hattori said"). Left unchecked
  (None): all negatives, also those with a named speaker; „laut Schnellschätzung“ (a
  document, eighty-fifth), „teilte das Unternehmen mit“ (two-hundred-and-eightieth), „Nach
  Angaben des Milchindustrie-Verbands“ (a masculine genitive, three-hundredth), „rechnet“,
  „erwarten“, „gehen davon aus“, „ausgegangen“, „legt ... vor“, „will ...
  veröffentlichen“, „forderte ... auf“ (no verbs of saying), „Das ergab eine
  Reuters-Umfrage“ and „dürfte nach Einschätzung von Ökonomen“ (a poll and a plural group,
  forty-first), "preliminary data from the federal statistics office showed", "the
  statistics office's figures showed", "Office for National Statistics figures showed",
  "Labor Department data showed", "Eurostat data showed", "Eurostat's flash estimate
  showed", "official data showed", "data showed" (data and documents,
  hundred-thirty-ninth), "national statistics office INSEE said" (a description before the
  name, two-hundred-and-eightieth), "according to ..." (the British Retail Consortium, LSEG
  data, CME Group's FedWatch tool, AAA; two-hundred-and-fourth and
  three-hundred-and-eighty-eighth leave every "according to" unchecked), "the Australian
  Bureau of Statistics says" (the present, three-hundred-and-fifty-sixth), "the farm
  ministry said" (two-hundred-and-eightieth), "ONS statisticians said", "Economists polled
  by Reuters", "Forecasters surveyed by Reuters" and other plural groups (forty-first),
  roles („sagte ein Sprecher des Discounters“, „sagte eine Pensionistin“). New: "Eurostat
  confirmed on Thursday that ..." stays unchecked - "confirmed" reports a release as
  "showed" does and is no verb of saying the earlier batches settled.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_417 = [
    # --- Länderdaten zur Inflation (dpa-AFX), Montag, 30. März ---
    (
        "de",
        "Düsseldorf (dpa-AFX) - Im bevölkerungsreichsten Bundesland Nordrhein-Westfalen ist die Teuerungsrate im März auf 2,5 Prozent gestiegen, nach 2,2 Prozent im Februar.",
        True,
        [("percent", 2.5, "%", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Vier der sechs Länder, deren Daten vor der bundesweiten Schnellschätzung erscheinen, meldeten damit höhere Raten als im Februar.",
        True,
        [("count", 4, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Am Anleihemarkt stellten sich Händler danach auf eine bundesweite Rate über den Erwartungen ein.",
        False,
        [],
        None,
    ),
    # --- Inflation in Deutschland zieht an (dpa), Montag, 30. März ---
    (
        "de",
        "Wiesbaden (dpa) - Der Preisauftrieb in Deutschland hat im März überraschend deutlich zugelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Waren und Dienstleistungen kosteten im Schnitt 2,4 Prozent mehr als im März des Vorjahres, teilte das Statistische Bundesamt am Montag auf Basis vorläufiger Daten mit.",
        True,
        [("percent", 2.4, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Im Monatsvergleich zogen die Preise um 0,5 Prozent an, so kräftig wie seit 13 Monaten nicht mehr.",
        True,
        [("percent", 0.5, "%", None), ("duration", 13, "month", None)],
        None,
    ),
    (
        "de",
        "Volkswirte hatten im Schnitt lediglich mit einer Jahresrate von 2,2 Prozent gerechnet.",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Kerninflation, bei der Energie und Nahrungsmittel herausgerechnet werden, kletterte um drei Zehntel Prozentpunkte auf 2,8 Prozent.",
        True,
        [("percent", 0.3, "pp", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Energie war 1,9 Prozent günstiger als im Vorjahresmonat, Nahrungsmittel verteuerten sich hingegen um 3,1 Prozent.",
        True,
        [("percent", 1.9, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Für Dienstleistungen, zu denen auch Mieten und Versicherungen zählen, mussten Verbraucher 3,6 Prozent mehr bezahlen.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Nach dem harmonisierten Verbraucherpreisindex HVPI, an dem sich die EZB orientiert, betrug die Teuerung 2,6 Prozent.",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Hansekontor-Chefvolkswirtin Ulrike Brennecke sagte, ein guter Teil des Anstiegs gehe auf teurere Pauschalreisen vor den Osterferien zurück.",
        True,
        [],
        "Ulrike Brennecke",
    ),
    (
        "de",
        "„Wer jetzt schon das Ende der Inflationsgefahr ausruft, wird im Sommer eines Besseren belehrt“, sagte Brennecke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brennecke sagte, sie rechne für das Gesamtjahr mit einer durchschnittlichen Teuerung von 2,3 Prozent.",
        True,
        [("percent", 2.3, "%", None)],
        "Brennecke",
    ),
    (
        "de",
        "Viele Ökonomen erwarten, dass sich der Preisauftrieb nach Ostern wieder etwas abschwächt.",
        False,
        [],
        None,
    ),
    ("de", "Die Gewerkschaft Verdi nannte die Zahlen ein „Alarmsignal für die Kaufkraft“.", False, [], None),
    (
        "de",
        "Die endgültigen Zahlen für März will das Bundesamt am 14. April veröffentlichen.",
        True,
        [("date", "--04-14", None, None)],
        None,
    ),
    # --- German inflation beats forecasts (Reuters), March 30 ---
    (
        "en",
        "BERLIN, March 30 (Reuters) - German inflation rose more than expected in March, with EU-harmonised consumer prices up 2.6% on the year after 2.3% in February, preliminary data from the federal statistics office showed on Monday.",
        True,
        [("date", "--03-30", None, None), ("percent", 2.6, "%", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts polled by Reuters had forecast a harmonised reading of 2.4%.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "en",
        "On the national measure, annual inflation climbed to 2.4% from 2.1%, while month-on-month prices rose 0.5%.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.1, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "Core inflation, measured without food and energy, picked up to 2.8%, the highest reading in eight months.",
        True,
        [("percent", 2.8, "%", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Services prices were up 3.6%, driven by package holidays and insurance, the statistics office's figures showed.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        '"This is a blip, not the start of a fresh inflation wave," said Konstantin Auerbach, economist at Rheinmark Bank.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Auerbach said he expected the headline rate to drop back to about 2.1% in April as the holiday effect fades.",
        True,
        [("percent", 2.1, "%", "about")],
        "Auerbach",
    ),
    (
        "en",
        "Some economists cautioned that stubborn services inflation could make the European Central Bank wary of cutting rates again before the summer.",
        False,
        [],
        None,
    ),
    # --- Teuerung in Österreich sinkt (APA), Dienstag, 31. März ---
    (
        "de",
        "Wien (APA) - Österreichs Inflationsrate ist im März laut Schnellschätzung auf 3,1 Prozent gesunken, nach 3,4 Prozent im Februar.",
        True,
        [("percent", 3.1, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    ("de", "Das teilte die Statistik Austria am Dienstag mit.", True, [], "die Statistik Austria"),
    (
        "de",
        "Den stärksten Preisauftrieb gab es erneut bei Dienstleistungen mit einem Plus von 4,3 Prozent, Energie verbilligte sich um 2,7 Prozent.",
        True,
        [("percent", 4.3, "%", None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Statistik-Austria-Generaldirektor Reinhold Zaunschirm sagte, vor allem die gesunkenen Treibstoffpreise hätten die Teuerung gedämpft.",
        True,
        [],
        "Reinhold Zaunschirm",
    ),
    (
        "de",
        "Der Mikrowarenkorb für den täglichen Einkauf kostete im Jahresabstand 4,8 Prozent mehr.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für ein 250-Gramm-Stück Butter zahlten Konsumentinnen und Konsumenten im Schnitt 2,89 Euro, um 41 Cent mehr als vor einem Jahr.",
        True,
        [("count", 250, None, None), ("money", 2.89, "EUR", None), ("money", 0.41, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die österreichische Rate liegt damit rund einen Prozentpunkt über dem Februar-Wert der Eurozone.",
        True,
        [("percent", 1, "pp", "about")],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer forderte die Regierung auf, die Mehrwertsteuer auf Grundnahrungsmittel befristet auszusetzen.",
        True,
        [],
        None,
    ),
    ("de", "Der Wirtschaftsminister versprach, die Preise im Handel „genau im Auge zu behalten“.", False, [], None),
    ("de", "Die FPÖ sprach von einem „Armutszeugnis für die Bundesregierung“.", False, [], None),
    (
        "de",
        "„Ich kaufe nur noch, was im Angebot ist“, sagte eine Pensionistin vor einem Supermarkt in Wien-Favoriten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die endgültigen Daten für März legt die Statistik Austria am 16. April vor.",
        True,
        [("date", "--04-16", None, None)],
        None,
    ),
    # --- French inflation (AFP), March 31 ---
    (
        "en",
        "PARIS (AFP) - French inflation rose to 1.1% in March from 0.8% in February, national statistics office INSEE said in a first estimate on Tuesday.",
        True,
        [("percent", 1.1, "%", None), ("percent", 0.8, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Energy prices fell 2.4% over the year, while food prices rose 1.6%.",
        True,
        [("percent", 2.4, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "en",
        "On the EU-harmonised measure, prices were up 1.3%, below the European Central Bank's 2% target.",
        True,
        [("percent", 1.3, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "The finance minister hailed the figures as proof that French households were regaining purchasing power.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Consumer groups said the weekly shop still felt far more expensive than the official data suggested.",
        False,
        [],
        None,
    ),
    # --- Shop prices (PA), March 31 ---
    (
        "en",
        "LONDON (PA) - Food inflation in British shops rose for a fourth consecutive month in March, climbing to 3.9%, according to the British Retail Consortium.",
        True,
        [("ordinal", 4, None, None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "Overall shop price inflation eased to 1.4% from 1.6% in February, the BRC said.",
        True,
        [("percent", 1.4, "%", None), ("percent", 1.6, "%", None)],
        "the BRC",
    ),
    (
        "en",
        "Fresh food prices were up 4.6% on a year earlier, with butter, beef and chocolate leading the rises.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Non-food prices fell 0.3%, the sixth month of declines in a row.",
        True,
        [("percent", 0.3, "%", None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "BRC chief executive Lavinia Hargreaves said retailers faced an extra £6.8 billion in staff costs this year.",
        True,
        [("money", 6800000000, "GBP", None)],
        "Lavinia Hargreaves",
    ),
    ("en", '"Shoppers should brace themselves for a bumpy summer at the tills," Hargreaves said.', False, [], None),
    (
        "en",
        "Retailers hope lower energy bills will let them hold shelf prices steady through the summer.",
        False,
        [],
        None,
    ),
    # --- Teuerung im Euroraum (dpa), Mittwoch, 1. April ---
    ("de", "Luxemburg (dpa) - Die Inflation im Euroraum hat sich im März leicht beschleunigt.", True, [], None),
    (
        "de",
        "Die Verbraucherpreise stiegen im Jahresvergleich um 2,3 Prozent, wie Eurostat nach einer ersten Schätzung mitteilte.",
        True,
        [("percent", 2.3, "%", None), ("ordinal", 1, None, None)],
        "Eurostat",
    ),
    (
        "de",
        "Die um Energie, Lebensmittel, Alkohol und Tabak bereinigte Kernrate verharrte bei 2,5 Prozent.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "de",
        "Energie war um 1,4 Prozent billiger als vor einem Jahr, unverarbeitete Lebensmittel kosteten 3,8 Prozent mehr.",
        True,
        [("percent", 1.4, "%", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Unter den 21 Euroländern wies Estland mit 5,2 Prozent die höchste Rate auf, Zypern mit minus 0,3 Prozent die niedrigste.",
        True,
        [("count", 21, None, None), ("percent", 5.2, "%", None), ("percent", -0.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Europäische Zentralbank strebt mittelfristig eine Teuerung von 2 Prozent an.",
        True,
        [("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesbankpräsident Eckart Wollenhaupt sagte, die Bundesbank erwarte für Deutschland im Jahresschnitt eine Teuerung von 2,3 Prozent.",
        True,
        [("percent", 2.3, "%", None)],
        "Eckart Wollenhaupt",
    ),
    (
        "de",
        "„Die letzte Meile ist die zäheste“, sagte Wollenhaupt am Rande einer Konferenz in Frankfurt.",
        False,
        [],
        None,
    ),
    ("de", "Viele Volkswirte halten eine Zinssenkung im April damit für unwahrscheinlich.", False, [], None),
    # --- Euro zone inflation edges up (Reuters), April 1 ---
    (
        "en",
        "FRANKFURT, April 1 (Reuters) - Euro zone inflation edged up to 2.3% in March from 2.1% a month earlier, slightly above expectations, Eurostat's flash estimate showed on Wednesday.",
        True,
        [("date", "--04-01", None, None), ("percent", 2.3, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    ("en", "The consensus among economists surveyed by Reuters was 2.2%.", True, [("percent", 2.2, "%", None)], None),
    (
        "en",
        "Services inflation, watched closely by the European Central Bank, rose to 3.5% from 3.3%, while energy prices fell 1.4% year on year.",
        True,
        [("percent", 3.5, "%", None), ("percent", 3.3, "%", None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "Core inflation held at 2.5% for a third straight month.",
        True,
        [("percent", 2.5, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Money markets trimmed bets on an April rate cut and now price roughly a 30% chance of a move, according to LSEG data.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        '"The disinflation story has hit a speed bump, but it has not crashed," said Imke Vosberg, economist at Halvard Bank.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vosberg said she expected headline inflation to average 2.2% this year.",
        True,
        [("percent", 2.2, "%", None)],
        "Vosberg",
    ),
    ("en", "Several analysts said the ECB would probably look through the March uptick.", False, [], None),
    ("en", "The euro was little changed at $1.0912 after the release.", True, [("money", 1.0912, "USD", None)], None),
    # --- Teuerung in der Schweiz (Keystone-SDA), Donnerstag, 2. April ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Schweizer Jahresteuerung hat im März auf 0,6 Prozent angezogen, wie das Bundesamt für Statistik (BFS) mitteilte.",
        True,
        [("percent", 0.6, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Im Monatsvergleich kletterte der Index um 0,2 Prozent und erreichte 107,9 Punkte (Dezember 2020=100).",
        True,
        [
            ("percent", 0.2, "%", None),
            ("count", 107.9, None, None),
            ("year", 2020, None, None),
            ("count", 100, None, None),
        ],
        None,
    ),
    (
        "de",
        "Teurer wurden unter anderem Pauschalreisen und die Wohnungsmieten, die um 1,1 Prozent zulegten.",
        True,
        [("percent", 1.1, "%", None)],
        None,
    ),
    ("de", "Heizöl kostete dagegen 6,4 Prozent weniger als ein Jahr zuvor.", True, [("percent", 6.4, "%", None)], None),
    (
        "de",
        "Für ein Kilo Kaffeebohnen zahlte man im Detailhandel durchschnittlich 21.80 Franken, 2.30 Franken mehr als vor einem Jahr.",
        True,
        [("money", 21.8, "CHF", None), ("money", 2.3, "CHF", None)],
        None,
    ),
    (
        "de",
        "Preisüberwacher Beat Zumsteg sagte, die Mieten seien innert zwei Jahren um 6 Prozent gestiegen.",
        True,
        [("duration", 2, "year", None), ("percent", 6, "%", None)],
        "Beat Zumsteg",
    ),
    (
        "de",
        "«Die tiefe Teuerung ist ein Durchschnitt, den im Portemonnaie kaum jemand spürt», sagte Zumsteg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie stark die Mieten weiter steigen, dürfte laut Fachleuten vor allem am Referenzzinssatz liegen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schweizerische Nationalbank rechnet für das laufende Jahr mit einer durchschnittlichen Teuerung von 0,5 Prozent.",
        True,
        [("percent", 0.5, "%", None)],
        None,
    ),
    # --- Turkish inflation (Reuters), April 3 ---
    (
        "en",
        "ISTANBUL, April 3 (Reuters) - Turkey's annual inflation eased to 31.4% in March from 33.2% in February, its lowest since late 2021, the Turkish Statistical Institute said on Friday.",
        True,
        [
            ("date", "--04-03", None, None),
            ("percent", 31.4, "%", None),
            ("percent", 33.2, "%", None),
            ("year", 2021, None, None),
        ],
        "the Turkish Statistical Institute",
    ),
    (
        "en",
        "Month-on-month inflation was 2.6%, below a Reuters poll forecast of 2.9%.",
        True,
        [("percent", 2.6, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Central bank Governor Selim Karaduman said the bank expected inflation to fall to 24% by the end of the year.",
        True,
        [("percent", 24, "%", None)],
        "Selim Karaduman",
    ),
    ("en", "The lira was little changed at 38.41 per dollar.", True, [("money", 38.41, "TRY", None)], None),
    (
        "en",
        "Opposition economists have long questioned whether the official figures capture the real rise in living costs.",
        False,
        [],
        None,
    ),
    # --- Spritpreise sinken (dpa), Mittwoch, 8. April ---
    ("de", "München (dpa) - Tanken ist in Deutschland kurz nach Ostern erneut billiger geworden.", True, [], None),
    (
        "de",
        "Super E10 kostete am Dienstag im Tagesmittel bundesweit 1,694 Euro je Liter, 2,3 Cent weniger als eine Woche zuvor, teilte der ADAC am Mittwoch mit.",
        True,
        [("money", 1.694, "EUR", None), ("money", 0.023, "EUR", None)],
        "der ADAC",
    ),
    (
        "de",
        "Diesel verbilligte sich um 1,8 Cent auf 1,612 Euro je Liter.",
        True,
        [("money", 0.018, "EUR", None), ("money", 1.612, "EUR", None)],
        None,
    ),
    (
        "de",
        "An einzelnen Autobahntankstellen verlangten die Betreiber bis zu 20 Cent mehr je Liter.",
        True,
        [("money", 0.2, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Die Nordseesorte Brent kostete zuletzt knapp 68 Dollar je Barrel.",
        True,
        [("money", 68, "USD", "nearly")],
        None,
    ),
    (
        "de",
        "ADAC-Kraftstoffexperte Holger Stemmermann sagte, die Preise an den Zapfsäulen seien langsamer gefallen als der Rohölpreis.",
        True,
        [],
        "Holger Stemmermann",
    ),
    ("de", "„Da ist noch reichlich Luft nach unten“, sagte Stemmermann.", False, [], None),
    ("de", "Der Automobilclub rät, möglichst am Abend zu tanken.", False, [], None),
    # --- Großhandelspreise (APA), Donnerstag, 9. April ---
    (
        "de",
        "Wien (APA) - Die Großhandelspreise in Österreich sind im März im Jahresabstand um 1,6 Prozent gesunken.",
        True,
        [("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zum Februar gaben sie um 0,4 Prozent nach, teilte die Statistik Austria am Donnerstag mit.",
        True,
        [("percent", 0.4, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Der Index des Großhandels (2020=100) erreichte damit 118,6 Punkte.",
        True,
        [("year", 2020, None, None), ("count", 100, None, None), ("count", 118.6, None, None)],
        None,
    ),
    (
        "de",
        "Im Jahresvergleich deutlich billiger wurden Diesel mit minus 8,9 Prozent und Heizöl mit minus 11,3 Prozent.",
        True,
        [("percent", -8.9, "%", None), ("percent", -11.3, "%", None)],
        None,
    ),
    ("de", "Der Handelsverband nannte die Entwicklung „längst überfällig“.", False, [], None),
    ("de", "Ökonomen sehen darin ein Signal, dass der Preisdruck auf den Handel nachlässt.", False, [], None),
    # --- US-Inflationsdaten (dpa-AFX, Reuters), Freitag, 10. April ---
    (
        "de",
        "14:30 USA: Verbraucherpreise März, Ist: +2,9 % gg Vj, Prognose: +2,8 %, zuvor: +3,0 %",
        True,
        [("percent", 2.9, "%", None), ("percent", 2.8, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "de",
        "Reuters-Eilmeldung: US-Verbraucherpreise steigen im März um 0,3 Prozent zum Vormonat",
        True,
        [("percent", 0.3, "%", None)],
        None,
    ),
    # --- U.S. CPI calendar line and flashes (Reuters), April 10 ---
    (
        "en",
        "1230 GMT - United States - CPI (March): Reuters poll +0.2% month-on-month, prior +0.4%",
        True,
        [("percent", 0.2, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "U.S. MARCH CPI +0.3% M/M (REUTERS POLL +0.2%); +2.9% Y/Y (POLL +2.8%)",
        True,
        [
            ("percent", 0.3, "%", None),
            ("percent", 0.2, "%", None),
            ("percent", 2.9, "%", None),
            ("percent", 2.8, "%", None),
        ],
        None,
    ),
    (
        "en",
        "U.S. MARCH CORE CPI +0.3% M/M, +3.1% Y/Y",
        True,
        [("percent", 0.3, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    # --- U.S. consumer prices (Reuters), April 10 ---
    (
        "en",
        "WASHINGTON, April 10 (Reuters) - U.S. consumer prices rose moderately in March as cheaper gasoline offset higher rents and airline fares, but underlying inflation stayed sticky.",
        True,
        [("date", "--04-10", None, None)],
        None,
    ),
    (
        "en",
        "The Labor Department said on Friday its consumer price index increased 0.3% last month after climbing 0.4% in February.",
        True,
        [("percent", 0.3, "%", None), ("percent", 0.4, "%", None)],
        "the Labor Department",
    ),
    (
        "en",
        "Forecasters surveyed by Reuters had penciled in a 0.2% rise on the month and 2.8% over the year.",
        True,
        [("percent", 0.2, "%", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "In the 12 months through March, the CPI advanced 2.9%, following a 3.0% rise in February.",
        True,
        [("duration", 12, "month", None), ("percent", 2.9, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "en",
        "Shelter costs, roughly a third of the basket by weight, increased 0.4%.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Airline fares jumped 3.8%, while motor vehicle insurance rose 1.2%.",
        True,
        [("percent", 3.8, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "Financial markets still expect the Fed to cut rates twice this year, according to CME Group's FedWatch tool.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Core inflation is not cooperating, and the Fed knows it," said Darnell Whitacre, chief economist at Brookhollow Partners in New York.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some economists said tariffs on imported goods would keep pushing goods prices higher in the months ahead.",
        False,
        [],
        None,
    ),
    # --- Prices at the store (AP), April 10 ---
    (
        "en",
        "WASHINGTON (AP) — U.S. consumer prices climbed 0.3% from February to March, pushed up by costlier car insurance, airline tickets and groceries, the Labor Department said Friday.",
        True,
        [("percent", 0.3, "%", None)],
        "the Labor Department",
    ),
    (
        "en",
        "From a year earlier, prices climbed 2.9%, a touch below February's 3.0% pace.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "en",
        "Core prices, which exclude the volatile food and energy categories, rose 0.3% from February and 3.1% from a year ago.",
        True,
        [("percent", 0.3, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Egg prices jumped 8.6% in March alone, and a dozen large eggs cost an average of $4.27.",
        True,
        [("percent", 8.6, "%", None), ("count", 12, None, None), ("money", 4.27, "USD", None)],
        None,
    ),
    (
        "en",
        "A gallon of regular gasoline cost $3.14 on average nationwide on Thursday, 19 cents less than a month ago, according to AAA.",
        True,
        [("money", 3.14, "USD", None), ("money", 0.19, "USD", None)],
        None,
    ),
    (
        "en",
        "Fed Governor Lorraine Castellano said Thursday that she expected core inflation to end the year at about 2.7%.",
        True,
        [("percent", 2.7, "%", "about")],
        "Lorraine Castellano",
    ),
    ("en", '"We are not there yet, and I am in no hurry," Castellano said.', False, [], None),
    (
        "en",
        '"Shopping for groceries has turned into a guessing game," said Carmen Villalobos, a hospital cleaner in Phoenix.',
        False,
        [],
        None,
    ),
    ("en", "The White House hailed the report as proof that its economic agenda was working.", False, [], None),
    # --- Butter wird billiger (dpa), Samstag, 11. April ---
    ("de", "Essen (dpa) - Verbraucher in Deutschland zahlen für Butter ab Montag weniger.", True, [], None),
    (
        "de",
        "Der Discounter Korbmarkt senkt den Preis für das 250-Gramm-Stück seiner Eigenmarke von 2,39 Euro auf 2,19 Euro, teilte das Unternehmen mit.",
        True,
        [("count", 250, None, None), ("money", 2.39, "EUR", None), ("money", 2.19, "EUR", None)],
        None,
    ),
    ("de", "Die Konkurrenz zog noch am selben Tag nach.", True, [], None),
    (
        "de",
        "Markenbutter kostet bei den großen Ketten künftig 2,79 Euro statt 2,99 Euro.",
        True,
        [("money", 2.79, "EUR", None), ("money", 2.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Milchindustrie-Verbands ist der Großhandelspreis für Butter seit Jahresbeginn um knapp ein Viertel gefallen.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Molkereien zahlten den Bauern im März durchschnittlich 47,8 Cent je Kilogramm Milch.",
        True,
        [("money", 0.478, "EUR", None)],
        None,
    ),
    ("de", "Bauernverbände warnten vor einem Preisverfall auf dem Rücken der Milchbauern.", False, [], None),
    (
        "de",
        "„Bei Butter schaut die Kundschaft ganz genau aufs Preisschild“, sagte ein Sprecher des Discounters.",
        False,
        [],
        None,
    ),
    # --- Tagesvorschau (dpa-AFX), Dienstag, 14. April ---
    ("de", "TAGESVORSCHAU: Termine zur Konjunktur am Dienstag", False, [], None),
    (
        "de",
        "08:00 DEU: Verbraucherpreise März (endgültig), Prognose: +2,4 % gg Vj, zuvor: +2,4 %",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "08:30 CHE: Produzenten- und Importpreise März, Prognose: -0,9 % gg Vj, zuvor: -0,7 %",
        True,
        [("percent", -0.9, "%", None), ("percent", -0.7, "%", None)],
        None,
    ),
    (
        "de",
        "14:30 USA: Erzeugerpreise März, Prognose: +0,1 % gg Vm, zuvor: +0,3 %",
        True,
        [("percent", 0.1, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    # --- Inflation bestätigt (dpa), Dienstag, 14. April ---
    (
        "de",
        "Wiesbaden (dpa) - Das Statistische Bundesamt hat seine erste Schätzung für die Teuerung im März bestätigt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Verbraucherpreise lagen demnach um 2,4 Prozent über dem Vorjahresmonat.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Nahrungsmittel verteuerten sich um 3,1 Prozent, Butter sogar um 23,4 Prozent, Schokolade um 19,8 Prozent und Rindfleisch um 12,5 Prozent.",
        True,
        [
            ("percent", 3.1, "%", None),
            ("percent", 23.4, "%", None),
            ("percent", 19.8, "%", None),
            ("percent", 12.5, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Olivenöl war dagegen gut ein Drittel billiger als ein Jahr zuvor.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Für ein 250-Gramm-Stück Butter zahlten Verbraucher im März durchschnittlich 2,41 Euro, vor einem Jahr waren es 1,95 Euro.",
        True,
        [("count", 250, None, None), ("money", 2.41, "EUR", None), ("money", 1.95, "EUR", None)],
        None,
    ),
    (
        "de",
        "Günstiger als vor einem Jahr waren Heizöl mit minus 7,2 Prozent und Kraftstoffe mit minus 3,4 Prozent.",
        True,
        [("percent", -7.2, "%", None), ("percent", -3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Destatis-Preisstatistikerin Carola Wendebourg sagte, fast jedes zweite Lebensmittel im Warenkorb habe sich binnen Jahresfrist verteuert.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Carola Wendebourg",
    ),
    (
        "de",
        "„Bei Butter und Schokolade spüren die Menschen die Teuerung jeden Tag an der Kasse“, sagte Wendebourg.",
        False,
        [],
        None,
    ),
    ("de", "Verbraucherschützer raten, an der Kasse auf den Grundpreis je Kilogramm zu achten.", False, [], None),
    # --- Produzentenpreise in der Schweiz (awp), Dienstag, 14. April ---
    (
        "de",
        "Neuenburg (awp) - Die Preise für Produzenten und Importeure in der Schweiz sind im März weiter gesunken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Gesamtindex der Produzenten- und Importpreise fiel im Vergleich zum Vorjahresmonat um 1,1 Prozent, teilte das BFS mit.",
        True,
        [("percent", 1.1, "%", None)],
        "das BFS",
    ),
    (
        "de",
        "Gegenüber dem Vormonat sank er um 0,3 Prozent auf 106,2 Punkte.",
        True,
        [("percent", 0.3, "%", None), ("count", 106.2, None, None)],
        None,
    ),
    (
        "de",
        "Die Importpreise lagen 3,2 Prozent unter dem Vorjahresniveau, die Produzentenpreise 0,4 Prozent.",
        True,
        [("percent", 3.2, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Billiger wurden vor allem Mineralölprodukte und Metalle, teurer dagegen Kakao und Röstkaffee.",
        True,
        [],
        None,
    ),
    ("de", "Ökonomen hatten einen Rückgang um 0,9 Prozent erwartet.", True, [("percent", 0.9, "%", None)], None),
    (
        "de",
        "Händler sahen in den Zahlen ein weiteres Argument für die Nationalbank, an ihrem Nullzins festzuhalten.",
        False,
        [],
        None,
    ),
    # --- U.S. producer prices (Reuters), April 14 ---
    (
        "en",
        "WASHINGTON, April 14 (Reuters) - U.S. producer prices unexpectedly fell in March, dragged down by a sharp drop in energy costs.",
        True,
        [("date", "--04-14", None, None)],
        None,
    ),
    (
        "en",
        "The producer price index for final demand dropped 0.2% last month after an unrevised 0.3% gain in February, the Labor Department said on Tuesday.",
        True,
        [("percent", 0.2, "%", None), ("percent", 0.3, "%", None)],
        "the Labor Department",
    ),
    ("en", "Economists polled by Reuters had forecast the PPI rising 0.1%.", True, [("percent", 0.1, "%", None)], None),
    (
        "en",
        "In the 12 months through March, producer prices increased 2.4% after advancing 2.8% in February.",
        True,
        [("duration", 12, "month", None), ("percent", 2.4, "%", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "Energy goods prices tumbled 3.6%, with gasoline down 7.9%.",
        True,
        [("percent", 3.6, "%", None), ("percent", 7.9, "%", None)],
        None,
    ),
    (
        "en",
        "Wholesale food prices rose 0.9%, led by a surge of more than 14% in egg prices.",
        True,
        [("percent", 0.9, "%", None), ("percent", 14, "%", "over")],
        None,
    ),
    (
        "en",
        "Excluding food, energy and trade services, producer prices edged up 0.1%.",
        True,
        [("percent", 0.1, "%", None)],
        None,
    ),
    ("en", "Analysts said the figures suggested price pressures in the pipeline were easing.", False, [], None),
    (
        "en",
        '"The pipeline is clearing, at least for now," said Marisa Okafor, senior economist at Tidewell Research in Boston.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okafor said she expected producer prices to rise about 2% over the next 12 months.",
        True,
        [("percent", 2, "%", "about"), ("duration", 12, "month", None)],
        "Okafor",
    ),
    # --- UK inflation falls (Reuters), April 15 ---
    (
        "en",
        "LONDON, April 15 (Reuters) - British inflation dropped to 3.1% in March from 3.4% in February, a bigger fall than economists had expected, as cheaper petrol and smaller rises in food prices took pressure off households, official data showed on Wednesday.",
        True,
        [("date", "--04-15", None, None), ("percent", 3.1, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts surveyed by Reuters had expected inflation to slow only to 3.3%.",
        True,
        [("percent", 3.3, "%", None)],
        None,
    ),
    (
        "en",
        "Prices rose 0.2% on the month, compared with a 0.5% increase in March last year.",
        True,
        [("percent", 0.2, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "The core rate, which leaves out energy, food, alcohol and tobacco, eased to 3.2% from 3.5%.",
        True,
        [("percent", 3.2, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "en",
        "Services inflation, the figure Bank of England rate-setters scrutinise most, slowed to 4.4%, the lowest since December 2023.",
        True,
        [("percent", 4.4, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Food and non-alcoholic drink prices were 4.2% higher than a year earlier, with chocolate, butter and beef leading the increases.",
        True,
        [("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "ONS statisticians said airfares had risen less than usual because the Easter holidays fell outside this year's collection date.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Petrol did most of the work this month, with pump prices falling by 4.1 pence per litre between February and March," said ONS chief economist Delyth Prothero.',
        True,
        [("money", 0.041, "GBP", None)],
        "Delyth Prothero",
    ),
    (
        "en",
        "Sterling dipped 0.4% against the dollar to $1.3125 after the data.",
        True,
        [("percent", 0.4, "%", None), ("money", 1.3125, "USD", None)],
        None,
    ),
    (
        "en",
        "Traders now see about a 70% chance that the Bank of England lowers rates in May, according to LSEG data.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        '"This is the breather the Bank of England has been waiting for," said Imogen Haskett, chief UK economist at Penrose Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haskett said she expected CPI inflation to fall below 3% by the summer.",
        True,
        [("percent", 3, "%", "under")],
        "Haskett",
    ),
    # --- Inflation falls (PA), April 15 ---
    (
        "en",
        "LONDON (PA) - The rate of inflation has fallen to its lowest level since the autumn, helped by cheaper petrol and diesel.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Consumer Prices Index rose by 3.1% in the 12 months to March, down from 3.4% the month before, Office for National Statistics figures showed.",
        True,
        [("percent", 3.1, "%", None), ("duration", 12, "month", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "The average price of petrol fell by 4.1p a litre to 134.6p, the ONS said.",
        True,
        [("money", 0.041, "GBP", None), ("money", 1.346, "GBP", None)],
        "the ONS",
    ),
    (
        "en",
        "Butter cost an average of £2.37 for a 250g block last month, against £1.98 a year before.",
        True,
        [("money", 2.37, "GBP", None), ("count", 250, None, None), ("money", 1.98, "GBP", None)],
        None,
    ),
    ("en", "The Chancellor said the data proved the government's economic plan was on track.", False, [], None),
    (
        "en",
        "The shadow chancellor said families were still feeling the squeeze every time they went to the tills.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Inflation has not been at the Bank of England's 2% target since September 2024.",
        True,
        [("percent", 2, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Deputy Governor Ruth Elsworthy said last week the central bank saw inflation returning to target in the second half of next year.",
        True,
        [("ordinal", 2, None, None)],
        "Ruth Elsworthy",
    ),
    # --- U.S. import prices (Reuters), April 15 ---
    (
        "en",
        "WASHINGTON, April 15 (Reuters) - U.S. import prices fell 0.4% in March as the cost of imported fuel dropped 5.2%, Labor Department data showed on Wednesday.",
        True,
        [("date", "--04-15", None, None), ("percent", 0.4, "%", None), ("percent", 5.2, "%", None)],
        None,
    ),
    ("en", "Prices of imported goods excluding fuel edged up 0.1%.", True, [("percent", 0.1, "%", None)], None),
    (
        "en",
        "In the 12 months through March, import prices declined 0.6%, the Bureau of Labor Statistics said.",
        True,
        [("duration", 12, "month", None), ("percent", 0.6, "%", None)],
        "the Bureau of Labor Statistics",
    ),
    (
        "en",
        "Economists at several banks said they expected tariffs to push import costs higher later in the year.",
        False,
        [],
        None,
    ),
    # --- Endgültige Inflationsdaten (APA), Donnerstag, 16. April ---
    (
        "de",
        "Wien (APA) - In Österreich hat sich die Teuerung im März auf 3,0 Prozent abgeschwächt und fiel damit knapp geringer aus als in der Schnellschätzung.",
        True,
        [("percent", 3.0, "%", None)],
        None,
    ),
    (
        "de",
        "In ihrer ersten Schätzung war die Statistik Austria noch von 3,1 Prozent ausgegangen.",
        True,
        [("ordinal", 1, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Im Februar hatte die Teuerung bei 3,4 Prozent gelegen, dem höchsten Wert seit 14 Monaten.",
        True,
        [("percent", 3.4, "%", None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "de",
        "Bewirtungsdienstleistungen in Restaurants und Hotels wurden um 5,8 Prozent teurer, die Mieten stiegen um 4,6 Prozent.",
        True,
        [("percent", 5.8, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Liter Diesel kostete im Schnitt 1,58 Euro, um 11 Cent weniger als vor einem Jahr.",
        True,
        [("money", 1.58, "EUR", None), ("money", 0.11, "EUR", None)],
        None,
    ),
    (
        "de",
        "OeNB-Gouverneur Ferdinand Lasslberger sagte, die Teuerung werde im Jahresschnitt 2,8 Prozent betragen und im kommenden Jahr auf 2,2 Prozent sinken.",
        True,
        [("percent", 2.8, "%", None), ("percent", 2.2, "%", None)],
        "Ferdinand Lasslberger",
    ),
    ("de", "„Österreich bleibt bei der Teuerung leider Europameister“, sagte Lasslberger.", False, [], None),
    ("de", "Ob die Regierung bei den Lebensmittelpreisen eingreift, blieb am Donnerstag offen.", False, [], None),
    # --- Euro zone inflation confirmed (Reuters), April 16 ---
    (
        "en",
        "BRUSSELS, April 16 (Reuters) - Eurostat confirmed on Thursday that euro zone inflation rose to 2.3% in March, in line with its flash estimate.",
        True,
        [("date", "--04-16", None, None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "Services contributed 1.6 percentage points to the annual rate, food, alcohol and tobacco 0.6 points and energy minus 0.1 points, Eurostat data showed.",
        True,
        [("percent", 1.6, "pp", None), ("percent", 0.6, "pp", None), ("percent", -0.1, "pp", None)],
        None,
    ),
    (
        "en",
        "Harmonised inflation was 2.6% in Germany, 1.3% in France, 1.8% in Italy and 2.7% in Spain.",
        True,
        [
            ("percent", 2.6, "%", None),
            ("percent", 1.3, "%", None),
            ("percent", 1.8, "%", None),
            ("percent", 2.7, "%", None),
        ],
        None,
    ),
    (
        "en",
        '"We are close, but close is not done," ECB board member Piet Vandersloot said in a speech in Amsterdam.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vandersloot said the ECB's staff projections put inflation at 2.0% next year.",
        True,
        [("percent", 2.0, "%", None)],
        "Vandersloot",
    ),
    # --- Japan inflation (Reuters), April 17 ---
    (
        "en",
        "TOKYO, April 17 (Reuters) - Japan's core consumer inflation slowed for a second straight month in March as government subsidies curbed utility bills, data showed on Friday.",
        True,
        [("date", "--04-17", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The nationwide core consumer price index, which excludes volatile fresh food but includes fuel, rose 2.8% from a year earlier, matching the median market forecast.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    ("en", "That followed a 3.0% increase in February.", True, [("percent", 3.0, "%", None)], None),
    (
        "en",
        "Rice prices were up 41.5% from a year earlier, while chocolate rose 26%.",
        True,
        [("percent", 41.5, "%", None), ("percent", 26, "%", None)],
        None,
    ),
    (
        "en",
        "Supermarkets charged an average of 3,980 yen for a 5-kilogram bag of rice, the farm ministry said.",
        True,
        [("money", 3980, "JPY", None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Core inflation has now stayed at or above the Bank of Japan's 2% target for four years.",
        True,
        [("percent", 2, "%", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        '"Wages are finally catching up with prices, and that is exactly the cycle the BOJ has been hoping for," said Kenjiro Hattori, senior economist at Hamacho Securities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hattori said he expected the BOJ to raise short-term rates to 1.0% by July.",
        True,
        [("percent", 1.0, "%", None)],
        "Hattori",
    ),
    ("en", "Some analysts doubt the BOJ will move before the summer.", False, [], None),
    # --- Reuters-Umfrage unter Ökonomen (Reuters), Freitag, 17. April ---
    (
        "de",
        "Frankfurt (Reuters) - Die Inflationsrate in Deutschland dürfte nach Einschätzung von Ökonomen in diesem Jahr im Schnitt 2,2 Prozent betragen.",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Das ergab eine Reuters-Umfrage unter 32 Volkswirten, die von Dienstag bis Donnerstag lief.",
        True,
        [("count", 32, None, None)],
        None,
    ),
    (
        "de",
        "Für das kommende Jahr erwarten die Experten im Mittel 2,0 Prozent.",
        True,
        [("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der Befragten gehen davon aus, dass die EZB ihren Einlagensatz bis zum Sommer noch einmal senkt.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Nur drei der 32 Ökonomen halten eine Zinserhöhung in diesem Jahr für möglich.",
        True,
        [("count", 3, None, None), ("count", 32, None, None)],
        None,
    ),
    (
        "de",
        "Viele Volkswirte halten die Sorge vor einer neuen Inflationswelle dennoch für übertrieben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die Zölle sind der große Unsicherheitsfaktor für die Preise im Herbst“, sagte Hartwig Oltmanns, Chefvolkswirt des Bankhauses Ostertag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oltmanns sagte, er rechne damit, dass die Teuerung im Herbst vorübergehend auf 2,7 Prozent steigt.",
        True,
        [("percent", 2.7, "%", None)],
        "Oltmanns",
    ),
    # --- Erzeugerpreise sinken (Reuters), Montag, 20. April ---
    ("de", "Wiesbaden (Reuters) - Die Preise der deutschen Hersteller sind im März erneut gesunken.", True, [], None),
    (
        "de",
        "Die Erzeugerpreise gewerblicher Produkte fielen im Vergleich zum Vorjahresmonat um 0,8 Prozent, wie Destatis am Montag mitteilte.",
        True,
        [("percent", 0.8, "%", None)],
        "Destatis",
    ),
    ("de", "Es war bereits der zehnte Rückgang in Folge.", True, [("ordinal", 10, None, None)], None),
    (
        "de",
        "In einer Reuters-Umfrage hatten Ökonomen im Jahresvergleich ein Minus von 1,0 Prozent vorhergesagt.",
        True,
        [("percent", 1.0, "%", None)],
        None,
    ),
    (
        "de",
        "Hauptgrund war Energie, die sich um 3,9 Prozent verbilligte; Erdgas in der Verteilung kostete sogar 11,2 Prozent weniger.",
        True,
        [("percent", 3.9, "%", None), ("percent", 11.2, "%", None)],
        None,
    ),
    (
        "de",
        "Ohne Energie gerechnet lagen die Erzeugerpreise um 1,3 Prozent über dem Vorjahresniveau.",
        True,
        [("percent", 1.3, "%", None)],
        None,
    ),
    (
        "de",
        "Nahrungsmittel verteuerten sich auf der Herstellerstufe um 2,4 Prozent, Butter sogar um 21,5 Prozent.",
        True,
        [("percent", 2.4, "%", None), ("percent", 21.5, "%", None)],
        None,
    ),
    ("de", "Händler und Volkswirte werteten die Daten als Entwarnung für die Verbraucherpreise.", False, [], None),
    (
        "de",
        "„Die Entspannung bei den Herstellern kommt bei den Verbrauchern erst mit Verzögerung an“, sagte Ökonomin Tamara Leitgeb von der Donautal Bank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Leitgeb sagte, sie erwarte für die Verbraucherpreise im April eine Jahresrate von 2,1 Prozent.",
        True,
        [("percent", 2.1, "%", None)],
        "Leitgeb",
    ),
    # --- Canadian inflation (CP), April 21 ---
    (
        "en",
        "OTTAWA (CP) — Canada's annual inflation rate rose to 2.2% in March from 1.9% in February, Statistics Canada said Tuesday.",
        True,
        [("percent", 2.2, "%", None), ("percent", 1.9, "%", None)],
        "Statistics Canada",
    ),
    (
        "en",
        "Gasoline prices were 3.8% lower than a year earlier, while grocery prices climbed 3.4%.",
        True,
        [("percent", 3.8, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    ("en", "Excluding gasoline, the consumer price index rose 2.5%.", True, [("percent", 2.5, "%", None)], None),
    (
        "en",
        "The Bank of Canada's preferred core measures, CPI-trim and CPI-median, averaged 2.7%.",
        True,
        [("percent", 2.7, "%", None)],
        None,
    ),
    ("en", "Economists had expected an annual rate of 2.1%.", True, [("percent", 2.1, "%", None)], None),
    ("en", "Coffee prices were 29% higher than a year ago.", True, [("percent", 29, "%", None)], None),
    ("en", "Economists said the report was unlikely to shift the Bank of Canada's cautious stance.", False, [], None),
    # --- Importpreise (dpa), Mittwoch, 29. April ---
    (
        "de",
        "Wiesbaden (dpa) - Einfuhren nach Deutschland haben sich im März den dritten Monat in Folge verbilligt.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Importpreise lagen 1,7 Prozent unter dem Stand vor einem Jahr, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("percent", 1.7, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Importierte Energie kostete fast ein Fünftel weniger, Erdöl allein 18,6 Prozent.",
        True,
        [("fraction", 0.2, None, "nearly"), ("percent", 18.6, "%", None)],
        None,
    ),
    (
        "de",
        "Deutlich teurer als vor einem Jahr waren dagegen Kaffee mit einem Plus von 31,4 Prozent und Kakao mit 27,0 Prozent.",
        True,
        [("percent", 31.4, "%", None), ("percent", 27.0, "%", None)],
        None,
    ),
    ("de", "Ohne Energie stiegen die Einfuhrpreise um 0,9 Prozent.", True, [("percent", 0.9, "%", None)], None),
    ("de", "Der Kaffeeverband sprach von einer „historischen Preisrallye“ bei Rohkaffee.", False, [], None),
    (
        "de",
        "Volkswirte erwarten, dass billigere Energieimporte die Verbraucherpreise noch einige Monate dämpfen.",
        False,
        [],
        None,
    ),
    # --- Australian inflation (AAP), April 29 ---
    (
        "en",
        "SYDNEY (AAP) - Australia's monthly consumer price indicator rose 2.6 per cent in the year to March, up from 2.4 per cent in February, the Australian Bureau of Statistics says.",
        True,
        [("percent", 2.6, "%", None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "en",
        "The trimmed mean, the Reserve Bank's preferred measure of underlying inflation, eased to 2.8 per cent.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "Electricity prices jumped 9.7 per cent as some state government rebates ran out.",
        True,
        [("percent", 9.7, "%", None)],
        None,
    ),
    (
        "en",
        "The Reserve Bank aims to keep inflation within a target band of 2 to 3 per cent.",
        True,
        [("percent", 2, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "The treasurer said the government's energy rebates had taken the sting out of household bills.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists said the figures all but ruled out a rate rise at the Reserve Bank's next meeting.",
        False,
        [],
        None,
    ),
]
