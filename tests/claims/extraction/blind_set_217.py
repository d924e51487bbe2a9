"""Two-hundred-and-seventeenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, a portal and figures are
made up (Corinna Valkenburg, Tiago Mendonça, Südwest-Kapital, Andreas Gwerder, Jörg
Habermehl, the Bankhaus Wendlinger, Gernot Weißenböck, Wolfgang Pichlmayr, the Zürcher Bank
Limmatquai, Andrzej Wilczek, the portal Zinsfuchs, Friedemann Lohberg, Gergely Somfai, Emre
Kaymakçı, Jelena Saburowa; Tessa Langford, Harrowgate Economics, Harlan Pryce, Owen Talbert,
Miriam Stroud, Edmund Rayleigh, Kavita Menon, Lanyard Capital, Shannon Reilly, Ingrid Valle,
Tatsuya Omori, Keiko Hanazawa, Ebba Sundqvist, Esteban Villagrán, Fiona Ketteridge, Suresh
Venkatraman, Lucinda Marsh, Grace Okonjo, Duncan McLeay, Jonathan Ashdown, Kauri Street
Advisory, Marian Thorley, Rachel Underhill, Marc-André Bellefeuille, Rob Delacroix,
Birchmont Securities, Marcus Feld, Greyhaven Bank; every unnamed economist, trader,
strategist, fund manager, spokesperson, pensioner and lobby); the presidents, governors,
chairs, chief economists, board members and statisticians of real central banks and offices
appear under made-up names that stand for no real holder, or by their role only. Real
central banks, offices, bodies, markets and places ("Europäische Zentralbank", "EZB",
"EZB-Rat", "Schweizerische Nationalbank", "SNB", "Statistisches Bundesamt", "HVPI",
"Eurostat", "Statistik Austria", "OeNB", "Bundesamt für Statistik (BFS)", "NBP",
"Bundesbank", "Euro-Bund-Future", "Sparkassenverband", "Bank of England", "UK Finance",
"Kaiser-Josef-Markt"; the Federal Reserve, the Labor Department, LSEG, the Bank of England,
the Monetary Policy Committee, Bank Rate, Moneyfacts, Norges Bank, the Bank of Japan, the
BOJ, the Riksbank, the CPIF, the Bank of Mexico, Brazil's Selic, the Reserve Bank of
Australia, the RBA, the Australian Bureau of Statistics, the Reserve Bank of India, the
RBNZ, the Office for National Statistics, the ONS, the Treasury, the Resolution Foundation,
the Bank of Canada, Statistics Canada, CME Group's FedWatch tool, the S&P 500, and the
datelines' cities) stand for the way wire copy names them; every rate, move, vote, print,
projection, yield, exchange rate, poll, quote, label and reaction here is invented, and
where a real figure came to mind it was changed.

Its weight: CENTRAL BANKS, INFLATION AND RATES, third round after the eighty-seventh and
hundred-thirty-ninth batches (whose decisions are kept), over eight wire weeks of one year,
September 11 to November 6, as 32 short stories in story order, the German and English
stories interleaved by date. German (Reuters German, dpa, dpa-AFX, APA, awp, Keystone-SDA):
the ECB's September hold "zum dritten Mal in Folge" with staff projections for 2026 to 2028
and its October cut "um einen Viertelprozentpunkt" with the "26-köpfigen EZB-Rat", the SNB's
pause with its conditional forecast and its readiness to act in the currency market, German,
euro-area, Austrian and Swiss September inflation (Kernrate, "um zwei Zehntelprozentpunkte",
"die Vier-Prozent-Marke", Mikro- and Miniwarenkorb, "mehr als anderthalbmal so hoch"),
Poland's half-point cut "mit acht zu zwei Stimmen", mortgage and savings rates, Bunds and
spreads, ECB council members' speeches, the Bundesbank's monthly report, Hungary and the
Czech Republic, Turkey's and Russia's cuts in basis points and the Bank of England's cut
"mit 5:4 Stimmen" in dpa-AFX copy. English (Reuters, AAP, PA, CP): U.S. August CPI and core,
the Fed's September cut ("The vote was 10-2") with its dot plot and its October cut ("voted
11-1") with the end of balance-sheet runoff, Brazil, the Bank of England's hold ("voted
6-3") with gilt sales, sterling and mortgages, Norges Bank, the Bank of Japan's "6-3 split"
and ETF sales, the Riksbank's surprise cut, Mexico's cut "by three-quarters of a percentage
point", the RBA ("voted 9-0", "per cent", "U.S. cents"), India's hold, the Fed minutes and
speakers, New Zealand's "50-basis-point cut" with "a 25bp cut", UK September CPI, the Bank
of Canada, and the dollar, the yen and Treasuries after the ECB's surprise. Negatives as
such copy has them: central bankers' quoted assessments and forward guidance without a
figure, economists' and strategists' verdicts and beliefs, labels of opposition parties, a
savings-bank lobby and exporters, a vox pop each in English and German with the speaker's
age, advice to borrowers, open questions and market colour.

242 rows (121 German, 121 English), 55 negatives (28 German, 27 English), 187 check-worthy
rows of which 12 carry no figure (7 German, 5 English), 388 expected quantities (205
percentages - 168 in "%", 21 in basis points "bp" and 16 in percentage points "pp" -, 50
counts, 31 durations - 23 in years, 7 in months, 1 in days -, 30 amounts of money - 11 USD,
4 EUR, 3 GBP, 3 JPY, 1 each CAD, CHF, HUF, INR, MXN, NOK, PLN, SEK and TRY -, 28 years, 19
dates, 19 ordinals, 6 fractions; 7 of them in six negatives, as the seventeenth batch labels
a figure in a negative), 36 checked speakers (18 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Forecasts, projections and
  market pricing with a figure are check-worthy, also in Konjunktiv I or with "dürfte"
  (eighty-seventh, hundred-thirty-ninth): the ECB's, the SNB's, the OeNB's, the
  Bundesbank's, the Fed's, the Riksbank's, the Bank of Mexico's, the RBI's and the Bank of
  England's projections, the odds in futures and swaps, "Nine of the 15 economists
  surveyed by Reuters had forecast ...". A consensus stated as what economists had
  expected is check-worthy with or without a figure (eighty-fifth, hundred-thirty-ninth:
  "Von Reuters befragte Ökonomen hatten fast ausnahmslos mit einer Zinspause gerechnet.",
  "Economists had expected the rate to hold steady.", "A majority of economists polled by
  Reuters ... had predicted no change ..."); so are a unanimous decision reported
  ("Valkenburg sagte, der Beschluss sei einstimmig gefallen, ...", "The decision was
  unanimous."), what minutes record ("A few participants said ..., according to the
  minutes."), a stated readiness to use a named instrument («Wir sind weiterhin bereit,
  bei Bedarf am Devisenmarkt aktiv zu werden», sagte ... Gwerder ...) and an option kept
  open ("Eine Rückkehr zu Negativzinsen sei nicht ausgeschlossen, ...") (eighty-seventh,
  hundred-thirty-ninth), a lobby's demand with a figure ("eine Senkung um mindestens 200
  Basispunkte gefordert"; hundred- thirty-ninth), and a step or a meeting scheduled ("Die
  nächste Lagebeurteilung ... findet am 11. Dezember statt.", "... am 12. Dezember
  vorlegen.", "Minutes of the meeting are due on Nov. 19.").
- Forward guidance that names neither a figure nor a committed step is a negative, quoted,
  reported or in Konjunktiv I and whoever gives it (hundred-thirty-ninth): „von Sitzung zu
  Sitzung“, "gradual downward path", "adjust the degree of monetary support as
  appropriate", "open to further easing", "by no means settled", „Damit ist der Zyklus
  noch nicht zu Ende“, „für längere Zeit“ straff, „kein Automatismus“, "... der Weg für
  weitere Senkungen sei frei, das Tempo hänge aber von den Daten ab", "significantly
  restrictive" levels for "a very long period", "at about the right level" ("about" before
  no figure is no hedge, hundred-thirty-ninth: "about neutral"), "comfortable ... but
  wanted to see more data". So are central bankers' quoted assessments and reassurances
  with a named speaker (eighty-seventh, hundred-thirty-ninth: „Wir sind gut gerüstet ...“,
  "We are not out of the woods yet", "Every option on the table carries a cost", "The
  downside risks to employment have grown ...", „Ich sehe keinen Grund für Alarmismus
  ...“, "I do not see inflation expectations coming unanchored"), verdicts framed with
  "hält ... für" (ninety-eighth: Pichlmayr's „nicht zwingend, aber vertretbar“, Lohberg's
  „sehr wahrscheinlich“, „faktisch abgeschlossen“, „für verfrüht“), hawkish and dovish
  commentary and labels (sixty-second, eighty-seventh: "risk-management cut", "a coin
  toss", "behind the curve", "cold comfort", „Totalversagen“, „Schlag ins Gesicht der
  Sparer“), a reproach („warf ... vor“), a vow („alle notwendigen Instrumente entschlossen
  einsetzen“), open questions („Ob ... ist weiter offen.“, "Whether the Fed can keep
  easing while core inflation stays above 3% is far from settled." with 3 "over"
  labelled), a view without a figure („hängt nach Einschätzung vieler Beobachter ... ab“),
  market colour („Händler sprachen von einem ruhigen Geschäft ...“), advice to borrowers
  with its "mindestens drei" labelled (eighty-seventh: advice to borrowers) and two vox
  pops with the speaker's age labelled ("Shannon Reilly, 31," and "eine 68-jährige
  Pensionistin"; hundred-fourteenth, hundred-thirty-ninth). The Fed's, the RBA's and a
  governor's figures sit beside their guidance: Pryce's 50 basis points beside his quotes,
  Rayleigh's 4.1% beside his "not out of the woods", Omori's "slightly below 2%" beside
  his guidance, Ketteridge's target band beside her "one or two monthly numbers" (counts 1
  and 2 labelled in the negative, eighty-seventh: "one or two cuts"), Gwerder's readiness
  beside his «Die Unsicherheit ist gross ...», Valkenburg's unanimous decision and her
  forecast beside her quotes.
- New: an individual economist's forecast with a figure, reported as what the economist
  expects, is check-worthy with the speaker in a settled form ("Langford said she expected
  core inflation to peak at about 3.5% ...", "Habermehl sagte, die Teuerung dürfte bis
  Dezember auf etwa 2,8 Prozent steigen ...") - the same reading the eighty-seventh and
  hundred-thirty-ninth give a central banker's forecast; the same economist's belief or
  verdict framed as opinion stays a negative (hundred-ninety-sixth: „Ich glaube nicht,
  dass die EZB ...“, "I think that's the right call", "this is not 2022 all over again"
  with its year labelled).
- Rates and moves (eleventh, sixty-second, eighty-seventh, hundred-thirty-ninth): levels
  in percent as written ("1,90 Prozent" 1.9, "7.00%" 7.0, "4,00 Prozent" 4.0, "6,50
  Prozent" 6.5; trailing zeros no other value, seventy-first), "3.85 per cent"
  (eighty-seventh), ranges both ends ("the 4.25%-4.50% range", "4,4 Prozent ... von 2 bis
  4 Prozent", "6,5 bis 7,0 Prozent", "1 bis 1,5 Prozent", "the 2-3 per cent target band",
  "zwischen 2,4 und 2,8 Prozent"); moves in basis points in "bp" ("um drei Basispunkte",
  "um 150 Basispunkte", "25 basis points", "6 bps", "7 bps", "a 50-basis-point move", "a
  25-basis-point cut", "auf 78 Basispunkte", "to 44 basis points") and in percentage
  points in "pp" ("einen Viertelprozentpunkt", "einen halben Prozentpunkt", "um 0,25
  Prozentpunkte", "um 2,25 Prozentpunkte", "um rund einen Prozentpunkt" 1 "about", "a
  quarter of a percentage point", "a quarter point", "quarter-point" and "half-point"
  before a noun, "a cumulative 1.0 percentage point" with "cumulative" no hedge). The
  two-hundred-and-second batch counted basis points of a spread as counts; the eleventh,
  sixty-second, eighty-seventh, hundred-thirty-ninth, hundred-fifty-seventh,
  hundred-sixty-third, hundred-ninety-eighth, two-hundred-and-first and
  two-hundred-and-tenth write "bp", and this batch follows that majority. New: "a 25bp
  cut" is 25 bp - the unit written solid with its figure read as the spaced "6 bps"
  (hundred-thirty-ninth) and as glued units are (fifteenth: "131.4mm"). New: "um zwei
  Zehntelprozentpunkte" is 0.2 pp - the fraction word heading the point compound as in
  "Viertelprozentpunkt" (tenth) and "Viertelpunkt" (eighty-seventh), unlike "um ein
  Zehntel", a share of a whole (fraction 0.1 in the earlier batches). New: "by
  three-quarters of a percentage point" is 0.75 pp, as "a quarter of a percentage point"
  is 0.25 pp (sixteenth). Targets keep their figure with no hedge when a word stands
  between the hedge and the target ("über dem Zwei-Prozent-Ziel" 2, "unter das Ziel von 2
  Prozent" 2, "above its 2% target" 2; hundred-ninety-ninth: "über dem Ziel ... von 2
  Prozent"), while "unter 2 Prozent", "auf unter 3 Prozent", "slightly below 2%" and
  "above 3%" bound their figure ("under", "under", "under", "over"). New: "die
  Vier-Prozent-Marke" is percent 4, a threshold written as the earlier batches'
  "Zwei-Prozent-Ziel". "Leitzins", "Einlagensatz", "Kernrate", "Kerninflation", "HVPI",
  "CPIF", "Bank Rate", "trimmed mean", "Selic", "S&P 500" carry none. New: „Nullzinsen“
  carries none - the name of an era of policy, not a rate written as a figure.
- Votes and boards are counts, one per figure (sixth, tenth, eighty-seventh,
  hundred-thirty-ninth): "The vote was 10-2", "voted 6-3", "The 6-3 split", "in a 4-1
  vote", "voted 11-1", "mit acht zu zwei Stimmen", "mit 5:4 Stimmen"
  (hundred-thirty-ninth), "three members", "vier Mitglieder", "sechs Mitglieder", "Four of
  the five board members", "three of its nine board members" (a definite group,
  forty-first), "one deputy governor" 1 (hundred-eighteenth: "One farmer"), "The
  five-member board", "nine-member", "The six-member ... panel", "Der zehnköpfige
  geldpolitische Rat", "Der siebenköpfige Bankrat", "Im 26-köpfigen EZB-Rat", "of the 19
  policymakers", "Eine Mehrheit der 72 ... Ökonomen" 72 ("Eine Mehrheit", "A majority", "A
  few", "unanimously", "einstimmig" none). New: "voted 9-0" gives counts 9 and 0 - the
  zero of a tally is its figure as the one of "11-1" is. Cuts counted ("two further
  quarter-point reductions" 2 and 0.25 pp, "one more in 2026" 1, "three more quarter-point
  cuts" 3 and 0.25 pp, "one or two more reductions" 1 and 2, "nach sechs Senkungen in
  Folge" 6, "five times" 5 - the issue's "viermal"; eighty-seventh, hundred-thirty-ninth)
  and ordered ("zum dritten Mal in Folge" 3, "its first reduction since December" 1, "for
  a second straight meeting" and "its second straight reduction" 2, "die dritte Senkung in
  Folge" 3, "die vierte Senkung seit Juni" 4, "die neunte Senkung" 9, "den 13. Monat in
  Folge" 13, "now in its second week" 2, quarters and halves as ordinals - "im dritten
  Quartal", "the third quarter of 2026", "in the first half of September", "im ersten
  Halbjahr 2026"; eighty-seventh, hundred-ninety-sixth, two-hundred-and-tenth). Multiples
  are counts (two-hundred-and-tenth: "fast doppelt so hoch" 2 "nearly", "roughly double
  the pace" 2 "about"): "roughly double the central bank's 2% target" 2 "about". New:
  "mehr als anderthalbmal so hoch" is count 1.5 "over" - the issue's "viermal" with the
  number word "anderthalb" (fiftieth).
- Inflation prints (eighty-fifth, hundred-thirty-ninth): rates and components as written;
  the comparison tags carry none ("Gegenüber dem Vormonat", "im Vergleich zum Vormonat",
  "im Jahresvergleich", "zum Vorjahresmonat", "binnen Jahresfrist", "binnen eines Jahres",
  "ein Jahr zuvor", "im September des Vorjahres", "in the year to August", "last month",
  "a week earlier"); "mehr", "billiger", "weniger" and "mehr" after a figure compare
  (hundred-first); "in the 12 months through August" 12 months (fifty-fourth); records
  keep their span ("their biggest gain in eight months" 8 months, "a 12-month high" 12
  months, "a three-month high" 3 months, "its lowest in more than eight months" 8 months
  "over"; sixty-second, eightieth), records with a year keep the year ("since January
  2024", "seit Anfang 2024", "den tiefsten Stand seit 2010"; "since June", "since early
  August" none).
- Bonds and currencies (eleventh, sixty-second, eighty-seventh, hundred-thirty-ninth):
  maturities are durations ("zehnjähriger Bundesanleihen", "zweijähriger
  Bundesschatzanweisungen", "zwischen zehnjährigen italienischen und deutschen Anleihen"
  one, "10-year", "two-year", "two- and 10-year notes" two, "two-year fixed mortgage",
  "zehnjähriger Zinsbindung", "einjähriges Festgeld" 1 year; "von mindestens zehn Jahren"
  10 years "at_least"); index levels are counts ("auf 129,14 Punkte", "at 97.31", "at
  6,871.45"); exchange rates are money in the priced currency ("auf 1,1694 Dollar", "to
  $1.3642", "0,9341 Franken" CHF, "146.85 per dollar" after "The yen" JPY, "11.63 per
  euro" NOK in the Oslo story and "11.02 per euro" SEK in the Stockholm story
  (hundred-thirty-ninth), "18.43 per dollar" after "The peso" MXN in the Mexico City
  story, "88.71 per dollar" after "The rupee" INR, "4,2815 Zloty" PLN, "389,20 Forint" HUF
  (ninetieth: "384.60 per euro" HUF), "41,98 Lira" TRY, "1.4012 per U.S. dollar" after
  "The Canadian dollar" CAD, "65.71 U.S. cents", "57.12 U.S. cents" and "71.37 U.S. cents"
  USD as hundredths (sixty-second); "$3,968 an ounce" ("an ounce" none).
- Money (eleventh, eighty-seventh): "80 billion pounds" and "95 billion pounds" GBP,
  "about 410 billion yen a year" JPY "about" ("a year" none), "At about $6.6 trillion" and
  "nearly $9 trillion" USD, "21,4 Milliarden Euro", "17,8 Milliarden Euro", "rund 1.100
  Pfund Mehrkosten pro Jahr" GBP "about" ("pro Jahr" none), "um rund 30 Euro" EUR "about".
  New: "Bei einem Darlehen über 400.000 Euro" carries no hedge - "über" names the loan's
  amount as it names a distance in "im Sprint über 7,5 Kilometer" (thirty-fifth,
  sixty-first, two-hundred-and-tenth); it does not bound it.
- Durations (the issue: "fünfstündigen"; every batch): "nach der zweitägigen Ratssitzung"
  2 days, "over the next 12 months" 12 months ("over" before a span no hedge,
  fifty-second), "for 55 straight months" 55 months, "for more than three years" 3 years
  "over", "seit fast fünf Jahren" 5 years "nearly", ages in negatives labelled. New: "well
  over 100 years" is 100 years "over" - "well" strengthens the bound without changing it,
  as "just" in "just over" (two-hundredth) does not. None: "this year", "next year", "last
  year", "im laufenden Jahr", "im kommenden Jahr", "im Lauf des kommenden Jahres", "im
  vergangenen Jahr", "in the previous year", "in the current fiscal year", "the fiscal
  year that ends in March", "for the year", "before year-end", "by the middle of next
  year", "bis zum Frühjahr", "im Frühjahr", "in den kommenden Monaten", "Für das
  Gesamtjahr", "monthly", "a year", "pro Jahr", months and weekdays.
- Years and dates: projection years ("für 2026", "2027", "2028 soll", "at end-2026" and
  "at end-2027" - eighty-seventh -, "by the end of 2026", "bis Ende 2026", "für die Jahre
  2026 bis 2028" both, "im ersten Quartal 2026", "its 2022 peak", "im Jahresschnitt" none
  beside "2026"); "seit dem Frühjahr 2023" 2023; "am 11. Dezember", "am 12. Dezember", "on
  Dec. 1", "on Nov. 19" dates without a year, "the Sept. 16-17 meeting" two dates
  (eighty-seventh); Reuters English datelines with a day ("WASHINGTON, Sept 11",
  "BRASILIA, Sept 17", "LONDON, Sept 18", "OSLO, Sept 18", "TOKYO, Sept 19", "STOCKHOLM,
  Sept 23", "MEXICO CITY, Sept 25", "MUMBAI, Oct 1", "WASHINGTON, Oct 8", "WELLINGTON, Oct
  8", "WASHINGTON, Oct 29", "NEW YORK, Oct 30") dates without a year; Reuters German, dpa,
  dpa-AFX, APA, awp, Keystone-SDA, AAP, PA and CP datelines none (seventy-ninth).
- Fractions (the issue; every batch): "more than a third" 0.3333 "over", "Roughly a
  quarter of officials" 0.25 "about", "fast ein Fünftel" 0.2 "nearly" ("sogar" no hedge),
  "rund ein Fünftel" 0.2 "about", "Knapp drei Viertel" 0.75 "nearly", "knapp ein Viertel
  mehr" 0.25 "nearly" (the "mehr" compares, hundred-fifty-second).
- Hedges, only the names in use: "rund", "etwa", "about", "around", "roughly", "Roughly"
  "about"; "knapp", "Knapp", "fast", "nearly" "nearly"; "mehr als", "more than", "well
  over", "above" "over"; "unter", "below", "less than" "under"; "mindestens" "at_least".
  No hedge: "im Schnitt", "Im Schnitt", "lediglich", "nur noch", "zeitweise", "sogar",
  "insgesamt", "cumulative", "further", "another", "über" naming an amount, the "bis" and
  "to" of a range, "über" and "unter" before a target with a word between. New: "mit genau
  2,0 Prozent" has no hedge - "genau" says the figure is exact; new: "im Mittel" has no
  hedge, as "im Schnitt" (hundred-thirty-ninth).
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte,
  ..." with the title, the occasion and the audience dropped ("sagte SNB-Präsident Andreas
  Gwerder an der Medienkonferenz in Bern", "sagte NBP-Präsident Andrzej Wilczek vor
  Journalisten", "Statistik-Austria-Generaldirektor Gernot Weißenböck sagte", "OeNB-
  Gouverneur Wolfgang Pichlmayr sagte", "EZB-Chefvolkswirt Tiago Mendonça sagte in einem
  Interview", "Valkenburg sagte" twice, "Habermehl sagte", "Lohberg sagte", "sagte
  Gwerder"; eighty-seventh, hundred-thirty-ninth), "wie die EZB nach der zweitägigen
  Ratssitzung mitteilte" -> "die EZB" (hundred-thirty-ninth: "wie Eurostat nach einer
  ersten Schätzung mitteilte"), "teilte das Statistische Bundesamt am Dienstag auf Basis
  vorläufiger Daten mit", "teilte Eurostat am Mittwoch mit", "teilte die Statistik Austria
  am Mittwoch mit", "wie das Bundesamt für Statistik (BFS) am Donnerstag mitteilte"
  without the abbreviation (eighty-seventh), "Nach Angaben der Bundesbank" -> "die
  Bundesbank" (hundred-fifty-first), "so die Bundesbank" (eleventh), "laut Zinsfuchs" ->
  "Zinsfuchs" (hundred-thirty-ninth: "laut OeNB"). English: "the Labor Department said on
  Thursday", "according to Moneyfacts" as written, "according to the Office for National
  Statistics", "the Australian Bureau of Statistics said last week", "The BoE said", "The
  BOJ also said", "The Riksbank said" and "The Bank of Mexico said" opening the row with
  the article lowered (hundred-fourteenth, hundred-thirty-ninth), "The Fed said in its
  statement" -> "the Fed", "Governor Edmund Rayleigh said", "Fed Governor Lucinda Marsh
  said on Tuesday", "..., Governor Suresh Venkatraman said.", "said ONS chief economist
  Marian Thorley" (the title dropped, hundred-thirty-ninth), "Pryce said", "Omori said",
  "Ketteridge said", "Okonjo said", "Bellefeuille told reporters" as written. Left
  unchecked (None): all negatives, also those with a named speaker; "betonte", "fügte er
  hinzu"; "nach Angaben aus Notenbankkreisen", "nach Einschätzung der Bundesbank",
  "rechnet", "erwarten", "Nach Daten der EZB", "wie aus ... hervorgeht", "nach
  Berechnungen des Branchenverbands", "laut Schnellschätzung", "according to LSEG data",
  "LSEG", "CME Group's FedWatch tool showed", "data published last month showed",
  "according to the minutes", "according to the record of the meeting", "according to a
  summary", "Economists polled by Reuters" and other plural groups (forty-first), "In a
  statement, board member Keiko Hanazawa said" (an opening phrase before the role, not
  settled), "The RBNZ said" and "Norges Bank said" and "Statistics Canada said" and "the
  bank said" (twice) and "The central bank said" and "laut SNB", "Laut OeNB", "Pichlmayr
  sagte am Rande einer Konferenz" and "sagte ein Notenbanksprecher in Prag" - forms that
  could have been checked, left unchecked to keep the checked speakers near 35, as the
  two-hundred-and-tenth batch did.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_217 = [
    # --- U.S. consumer prices, August (Reuters) ---
    (
        "en",
        "WASHINGTON, Sept 11 (Reuters) - U.S. consumer prices posted their biggest gain in eight months in August, lifting annual inflation to 3.1%.",
        True,
        [("date", "--09-11", None, None), ("duration", 8, "month", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "The consumer price index climbed 0.5% last month after a 0.2% gain in July, the Labor Department said on Thursday.",
        True,
        [("percent", 0.5, "%", None), ("percent", 0.2, "%", None)],
        "the Labor Department",
    ),
    (
        "en",
        "Economists polled by Reuters had forecast a monthly increase of 0.3% and an annual rate of 2.9%.",
        True,
        [("percent", 0.3, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Stripping out food and energy, core prices rose 0.4%, lifting the core rate to 3.3% from 3.1% in July.",
        True,
        [("percent", 0.4, "%", None), ("percent", 3.3, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Shelter costs rose 0.4% and accounted for more than a third of the overall monthly gain.",
        True,
        [("percent", 0.4, "%", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "Gasoline prices jumped 2.2%, while airline fares surged 4.8% and the cost of household furnishings rose 1.1%.",
        True,
        [("percent", 2.2, "%", None), ("percent", 4.8, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        '"Tariffs are finally showing up at the checkout, but this is not 2022 all over again," said Tessa Langford, chief U.S. economist at Harrowgate Economics.',
        False,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Langford said she expected core inflation to peak at about 3.5% in the first quarter of next year.",
        True,
        [("percent", 3.5, "%", "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Futures markets put the odds of a quarter-point reduction at next week's meeting at roughly 85%, according to LSEG data.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 85, "%", "about")],
        None,
    ),
    # --- EZB lässt Zinsen unverändert (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Zum dritten Mal in Folge hat die Europäische Zentralbank ihre Zinsen nicht angetastet, der Einlagensatz bleibt bei 1,75 Prozent.",
        True,
        [("ordinal", 3, None, None), ("percent", 1.75, "%", None)],
        None,
    ),
    (
        "de",
        "Der Hauptrefinanzierungssatz bleibt bei 1,90 Prozent, der Spitzenrefinanzierungssatz bei 2,15 Prozent, wie die EZB nach der zweitägigen Ratssitzung mitteilte.",
        True,
        [("percent", 1.9, "%", None), ("percent", 2.15, "%", None), ("duration", 2, "day", None)],
        "die EZB",
    ),
    ("de", "Von Reuters befragte Ökonomen hatten fast ausnahmslos mit einer Zinspause gerechnet.", True, [], None),
    (
        "de",
        "Die Volkswirte der Notenbank erwarten nun für das laufende Jahr eine Teuerung von 2,2 Prozent, für 2026 von 1,8 Prozent und für 2027 von 1,9 Prozent.",
        True,
        [
            ("percent", 2.2, "%", None),
            ("year", 2026, None, None),
            ("percent", 1.8, "%", None),
            ("year", 2027, None, None),
            ("percent", 1.9, "%", None),
        ],
        None,
    ),
    (
        "de",
        "2028 soll die Inflationsrate dann mit genau 2,0 Prozent auf dem mittelfristigen Ziel liegen.",
        True,
        [("year", 2028, None, None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir sind gut gerüstet, um auf neue Schocks zu reagieren, in welche Richtung auch immer“, sagte EZB-Präsidentin Corinna Valkenburg vor Journalisten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Valkenburg sagte, der Beschluss sei einstimmig gefallen, über eine weitere Senkung sei diesmal nicht gesprochen worden.",
        True,
        [],
        "Valkenburg",
    ),
    (
        "de",
        "Über weitere Schritte werde man abhängig von den Daten „von Sitzung zu Sitzung“ entscheiden, betonte die Niederländerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen stieg nach der Pressekonferenz um drei Basispunkte auf 2,68 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 2.68, "%", None)],
        None,
    ),
    ("de", "Der Euro verteuerte sich bis zum Abend auf 1,1694 Dollar.", True, [("money", 1.1694, "USD", None)], None),
    (
        "de",
        "An den Geldmärkten wird eine weitere Senkung bis zum Frühjahr nur noch mit einer Wahrscheinlichkeit von rund 30 Prozent eingepreist.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "de",
        "Ein Ökonom der Südwest-Kapital hält die Zinssenkungsrunde der EZB für „faktisch abgeschlossen“.",
        False,
        [],
        None,
    ),
    # --- Fed cuts rates (Reuters) ---
    (
        "en",
        "WASHINGTON, Sept 17 (Reuters) - The Federal Reserve trimmed borrowing costs on Wednesday, moving its policy rate down a quarter of a percentage point to the 4.25%-4.50% range in its first reduction since December.",
        True,
        [
            ("date", "--09-17", None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 4.25, "%", None),
            ("percent", 4.5, "%", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "The vote was 10-2, with Governor Owen Talbert favoring a larger half-point cut and Kansas City Fed President Miriam Stroud preferring to hold rates steady.",
        True,
        [("count", 10, None, None), ("count", 2, None, None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "en",
        "The median projection of the 19 policymakers showed two further quarter-point reductions by the end of this year and one more in 2026.",
        True,
        [
            ("count", 19, None, None),
            ("count", 2, None, None),
            ("percent", 0.25, "pp", None),
            ("count", 1, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "Roughly a quarter of officials pencilled in no further cuts at all this year.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Officials now project the policy rate at 3.6% at end-2026 and 3.1% at end-2027, with unemployment topping out at 4.6%.",
        True,
        [
            ("percent", 3.6, "%", None),
            ("year", 2026, None, None),
            ("percent", 3.1, "%", None),
            ("year", 2027, None, None),
            ("percent", 4.6, "%", None),
        ],
        None,
    ),
    (
        "en",
        '"The downside risks to employment have grown, and policy has to take that seriously," Fed Chair Harlan Pryce told a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pryce said a 50-basis-point move had been discussed but had won little support on the committee.",
        True,
        [("percent", 50, "bp", None)],
        "Pryce",
    ),
    ("en", '"Every option on the table carries a cost," Pryce said.', False, [], None),
    (
        "en",
        "Benchmark 10-year Treasury yields rose 5 basis points to 4.11% after the news conference, while the two-year yield slipped to 3.49%.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 5, "bp", None),
            ("percent", 4.11, "%", None),
            ("duration", 2, "year", None),
            ("percent", 3.49, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The dollar index, a gauge of the greenback against six major peers, was last up 0.4% at 97.31.",
        True,
        [("count", 6, None, None), ("percent", 0.4, "%", None), ("count", 97.31, None, None)],
        None,
    ),
    (
        "en",
        'Some strategists dismissed the move as a "risk-management cut" with little to show for it.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the Fed can keep easing while core inflation stays above 3% is far from settled.",
        False,
        [("percent", 3, "%", "over")],
        None,
    ),
    # --- Brazil holds Selic (Reuters) ---
    (
        "en",
        "BRASILIA, Sept 17 (Reuters) - Brazil's central bank left the Selic benchmark rate at 14.75% for a second straight meeting, as expected.",
        True,
        [("date", "--09-17", None, None), ("percent", 14.75, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        'The bank\'s rate-setting committee said borrowing costs would stay at "significantly restrictive" levels for "a very long period."',
        False,
        [],
        None,
    ),
    ("en", "The decision was unanimous.", True, [], None),
    # --- Bank of England holds (Reuters) ---
    (
        "en",
        "LONDON, Sept 18 (Reuters) - The Bank of England left borrowing costs at 4.25% on Thursday and slowed the pace at which it sells down its stock of government bonds.",
        True,
        [("date", "--09-18", None, None), ("percent", 4.25, "%", None)],
        None,
    ),
    (
        "en",
        "The Monetary Policy Committee voted 6-3 to keep Bank Rate on hold, with three members backing a cut to 4%.",
        True,
        [("count", 6, None, None), ("count", 3, None, None), ("count", 3, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "The BoE said it would reduce its gilt stock by 80 billion pounds over the next 12 months, down from 95 billion pounds in the previous year.",
        True,
        [("money", 80000000000, "GBP", None), ("duration", 12, "month", None), ("money", 95000000000, "GBP", None)],
        "the BoE",
    ),
    (
        "en",
        "Governor Edmund Rayleigh said inflation was likely to peak at 4.1% in September, roughly double the central bank's 2% target.",
        True,
        [("percent", 4.1, "%", None), ("count", 2, None, "about"), ("percent", 2, "%", None)],
        "Edmund Rayleigh",
    ),
    ("en", '"We are not out of the woods yet," Rayleigh told reporters.', False, [], None),
    (
        "en",
        'Rayleigh said rates remained on a "gradual downward path" but that the timing of any further cut was far from certain.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sterling rose 0.3% to $1.3642 after the decision, and two-year gilt yields climbed 4 basis points to 3.98%.",
        True,
        [
            ("percent", 0.3, "%", None),
            ("money", 1.3642, "USD", None),
            ("duration", 2, "year", None),
            ("percent", 4, "bp", None),
            ("percent", 3.98, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The BoE has lowered Bank Rate five times since August last year, by a cumulative 1.0 percentage point.",
        True,
        [("count", 5, None, None), ("percent", 1.0, "pp", None)],
        None,
    ),
    (
        "en",
        '"The committee looks more split than at any point this year, and that makes November a coin toss," said Kavita Menon, head of rates strategy at Lanyard Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The average two-year fixed mortgage rate slipped to 4.98% from 5.02% a week earlier, according to Moneyfacts.",
        True,
        [("duration", 2, "year", None), ("percent", 4.98, "%", None), ("percent", 5.02, "%", None)],
        "Moneyfacts",
    ),
    (
        "en",
        'Shannon Reilly, 31, a nurse in Bristol who is remortgaging this winter, said she had "given up waiting for rates to come down."',
        False,
        [("duration", 31, "year", None)],
        None,
    ),
    # --- Norges Bank cuts (Reuters) ---
    (
        "en",
        "OSLO, Sept 18 (Reuters) - Norges Bank trimmed its key rate to 4.25% from 4.50% on Thursday and signalled one or two more reductions by the end of 2026.",
        True,
        [
            ("date", "--09-18", None, None),
            ("percent", 4.25, "%", None),
            ("percent", 4.5, "%", None),
            ("count", 1, None, None),
            ("count", 2, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "Norges Bank said core inflation had been higher than expected, at 3.2% in August.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "The crown strengthened 0.5% to 11.63 per euro.",
        True,
        [("percent", 0.5, "%", None), ("money", 11.63, "NOK", None)],
        None,
    ),
    (
        "en",
        '"We are moving cautiously, and we will keep doing so," Governor Ingrid Valle told reporters.',
        False,
        [],
        None,
    ),
    # --- Bank of Japan holds (Reuters) ---
    (
        "en",
        "TOKYO, Sept 19 (Reuters) - The Bank of Japan kept short-term interest rates at 0.75% on Friday, but three of its nine board members proposed raising them to 1%.",
        True,
        [
            ("date", "--09-19", None, None),
            ("percent", 0.75, "%", None),
            ("count", 3, None, None),
            ("count", 9, None, None),
            ("percent", 1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The 6-3 split was the widest on the board since it scrapped negative rates.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The BOJ also said it would begin selling its exchange-traded fund holdings at a pace of about 410 billion yen a year.",
        True,
        [("money", 410000000000, "JPY", "about")],
        "the BOJ",
    ),
    (
        "en",
        "At that pace it would take well over 100 years to dispose of the entire portfolio, the bank said.",
        True,
        [("duration", 100, "year", "over")],
        None,
    ),
    (
        "en",
        '"We will adjust the degree of monetary support as appropriate, while watching how trade policy plays out," Governor Tatsuya Omori told a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Omori said underlying inflation was still running slightly below 2%.",
        True,
        [("percent", 2, "%", "under")],
        "Omori",
    ),
    (
        "en",
        "The yen firmed to 146.85 per dollar, and the yield on 10-year Japanese government bonds added 3 basis points to 1.68%.",
        True,
        [
            ("money", 146.85, "JPY", None),
            ("duration", 10, "year", None),
            ("percent", 3, "bp", None),
            ("percent", 1.68, "%", None),
        ],
        None,
    ),
    (
        "en",
        "In a statement, board member Keiko Hanazawa said prices had exceeded the bank's target for more than three years.",
        True,
        [("duration", 3, "year", "over")],
        None,
    ),
    # --- Riksbank cuts (Reuters) ---
    (
        "en",
        "STOCKHOLM, Sept 23 (Reuters) - The Riksbank surprised most analysts on Tuesday with a 25-basis-point cut that took its policy rate to 1.50%.",
        True,
        [("date", "--09-23", None, None), ("percent", 25, "bp", None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "en",
        "The Riksbank said its new forecast pointed to no further change in the rate until the third quarter of 2026.",
        True,
        [("ordinal", 3, None, None), ("year", 2026, None, None)],
        "the Riksbank",
    ),
    (
        "en",
        "Inflation measured by the CPIF is expected to average 2.8% this year before dropping to 1.4% next year, the bank said.",
        True,
        [("percent", 2.8, "%", None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        '"Inflation has come in higher than we thought, but we judge that it is temporary," Governor Ebba Sundqvist told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The crown weakened 0.6% to 11.02 per euro after the decision.",
        True,
        [("percent", 0.6, "%", None), ("money", 11.02, "SEK", None)],
        None,
    ),
    (
        "en",
        "Four of the five board members voted for the cut, while one deputy governor entered a reservation.",
        True,
        [("count", 4, None, None), ("count", 5, None, None), ("count", 1, None, None)],
        None,
    ),
    # --- SNB legt Pause ein (awp) ---
    (
        "de",
        "Zürich (awp) - Die Schweizerische Nationalbank lässt den Leitzins unverändert bei 0,25 Prozent.",
        True,
        [("percent", 0.25, "%", None)],
        None,
    ),
    (
        "de",
        "Damit legt die SNB nach sechs Senkungen in Folge erstmals seit dem Frühjahr 2023 eine Pause ein.",
        True,
        [("count", 6, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss ihrer neuen bedingten Prognose rechnet die Nationalbank für das laufende Jahr mit einer Teuerung von 0,3 Prozent, für 2026 mit 0,6 Prozent und für 2027 mit 0,8 Prozent.",
        True,
        [
            ("percent", 0.3, "%", None),
            ("year", 2026, None, None),
            ("percent", 0.6, "%", None),
            ("year", 2027, None, None),
            ("percent", 0.8, "%", None),
        ],
        None,
    ),
    (
        "de",
        "«Wir sind weiterhin bereit, bei Bedarf am Devisenmarkt aktiv zu werden», sagte SNB-Präsident Andreas Gwerder an der Medienkonferenz in Bern.",
        True,
        [],
        "Andreas Gwerder",
    ),
    (
        "de",
        "Eine Rückkehr zu Negativzinsen sei nicht ausgeschlossen, die Hürde dafür liege aber höher als bei einer gewöhnlichen Zinssenkung, sagte Gwerder.",
        True,
        [],
        "Gwerder",
    ),
    (
        "de",
        "«Die Unsicherheit ist gross, aber wir haben die Instrumente, um ihr zu begegnen», fügte er hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die US-Zölle von 41 Prozent auf zahlreiche Schweizer Exporte treffen laut SNB vor allem die Maschinenindustrie und die Uhrenbranche.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "Für das Wirtschaftswachstum erwartet die SNB im laufenden Jahr 1 bis 1,5 Prozent und 2026 knapp 1 Prozent.",
        True,
        [
            ("percent", 1, "%", None),
            ("percent", 1.5, "%", None),
            ("year", 2026, None, None),
            ("percent", 1, "%", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Ein Euro kostete am Mittag 0,9341 Franken, kaum mehr als vor dem Entscheid.",
        True,
        [("money", 0.9341, "CHF", None)],
        None,
    ),
    (
        "de",
        "Exportverbände warfen der Nationalbank vor, die Industrie mit dem starken Franken im Stich zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die nächste Lagebeurteilung der Nationalbank findet am 11. Dezember statt.",
        True,
        [("date", "--12-11", None, None)],
        None,
    ),
    # --- Mexico cuts (Reuters) ---
    (
        "en",
        "MEXICO CITY, Sept 25 (Reuters) - Mexico's central bank cut its benchmark interest rate by three-quarters of a percentage point to 7.00% on Thursday, a larger move than analysts had expected.",
        True,
        [("date", "--09-25", None, None), ("percent", 0.75, "pp", None), ("percent", 7.0, "%", None)],
        None,
    ),
    (
        "en",
        "The five-member board took the decision in a 4-1 vote, with Deputy Governor Esteban Villagrán voting to hold.",
        True,
        [("count", 5, None, None), ("count", 4, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The Bank of Mexico said it saw headline inflation converging to its 3% target in the third quarter of 2026.",
        True,
        [("percent", 3, "%", None), ("ordinal", 3, None, None), ("year", 2026, None, None)],
        "the Bank of Mexico",
    ),
    (
        "en",
        "Annual inflation in Mexico stood at 3.7% in the first half of September.",
        True,
        [("percent", 3.7, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The peso weakened 0.5% to 18.43 per dollar after the announcement.",
        True,
        [("percent", 0.5, "%", None), ("money", 18.43, "MXN", None)],
        None,
    ),
    (
        "en",
        '"They are cutting faster than is comfortable," said a Mexico City-based fund manager who asked not to be named.',
        False,
        [],
        None,
    ),
    # --- Inflation in Deutschland zieht an (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Deutschlands Inflationsrate ist im September deutlicher als erwartet auf 2,6 Prozent geklettert.",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Im August hatten die Verbraucherpreise noch um 2,3 Prozent über dem Niveau des Vorjahresmonats gelegen, teilte das Statistische Bundesamt am Dienstag auf Basis vorläufiger Daten mit.",
        True,
        [("percent", 2.3, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Kerninflation ohne Energie und Nahrungsmittel zog um zwei Zehntelprozentpunkte auf 2,9 Prozent an.",
        True,
        [("percent", 0.2, "pp", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Für Dienstleistungen zahlten die Verbraucher 3,5 Prozent mehr als im September des Vorjahres, Energie verbilligte sich hingegen um 0,9 Prozent.",
        True,
        [("percent", 3.5, "%", None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "Nahrungsmittel verteuerten sich binnen Jahresfrist um 2,4 Prozent, Butter und Schokolade sogar um fast ein Fünftel.",
        True,
        [("percent", 2.4, "%", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    ("de", "Gegenüber dem Vormonat stiegen die Preise um 0,3 Prozent.", True, [("percent", 0.3, "%", None)], None),
    ("de", "Analysten hatten im Mittel eine Rate von 2,4 Prozent erwartet.", True, [("percent", 2.4, "%", None)], None),
    (
        "de",
        "„Der Anstieg geht vor allem auf einen Basiseffekt bei Energie zurück und ist kein Grund zur Sorge“, sagte Chefvolkswirt Jörg Habermehl vom Bankhaus Wendlinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Habermehl sagte, die Teuerung dürfte bis Dezember auf etwa 2,8 Prozent steigen und im Frühjahr wieder unter 2 Prozent fallen.",
        True,
        [("percent", 2.8, "%", "about"), ("percent", 2, "%", "under")],
        "Habermehl",
    ),
    (
        "de",
        "„Ich glaube nicht, dass die EZB deswegen noch einmal an der Zinsschraube dreht“, sagte Habermehl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der harmonisierte Verbraucherpreisindex HVPI, auf den die EZB schaut, legte um 2,5 Prozent zu.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    # --- RBA holds (AAP) ---
    (
        "en",
        "SYDNEY (AAP) - Australia's central bank has kept the cash rate at 3.85 per cent, as expected, after a monthly inflation gauge jumped to a 12-month high.",
        True,
        [("percent", 3.85, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "The RBA's nine-member monetary policy board voted 9-0 for the hold, according to a summary released with the decision.",
        True,
        [("count", 9, None, None), ("count", 9, None, None), ("count", 0, None, None)],
        None,
    ),
    (
        "en",
        "Headline inflation rose to 3.2 per cent in the year to August, from 2.8 per cent in July, the Australian Bureau of Statistics said last week.",
        True,
        [("percent", 3.2, "%", None), ("percent", 2.8, "%", None)],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "The trimmed mean measure, which the RBA watches most closely, rose 2.9 per cent.",
        True,
        [("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        'RBA Governor Fiona Ketteridge said the board would "not overreact to one or two monthly numbers."',
        False,
        [("count", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Ketteridge said the board still expected inflation to settle in the middle of the 2-3 per cent target band by 2027.",
        True,
        [("percent", 2, "%", None), ("percent", 3, "%", None), ("year", 2027, None, None)],
        "Ketteridge",
    ),
    (
        "en",
        "The Australian dollar fell to 65.71 U.S. cents after the decision.",
        True,
        [("money", 0.6571, "USD", None)],
        None,
    ),
    ("en", 'The opposition called the decision "cold comfort for mortgage holders."', False, [], None),
    # --- Teuerung im Euroraum (dpa) ---
    (
        "de",
        "Luxemburg (dpa) - Die Teuerung im Euroraum ist im September auf 2,3 Prozent gestiegen und liegt damit wieder über dem Zwei-Prozent-Ziel der EZB.",
        True,
        [("percent", 2.3, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Im August waren es noch 2,0 Prozent gewesen, teilte Eurostat am Mittwoch mit.",
        True,
        [("percent", 2.0, "%", None)],
        "Eurostat",
    ),
    (
        "de",
        "Die Kernrate ohne Energie, Lebensmittel, Alkohol und Tabak blieb unverändert bei 2,3 Prozent.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die höchste Teuerung unter den Euro-Ländern meldete Estland mit 5,4 Prozent, am niedrigsten war sie in Zypern mit 0,1 Prozent.",
        True,
        [("percent", 5.4, "%", None), ("percent", 0.1, "%", None)],
        None,
    ),
    (
        "de",
        "In Österreich lag die nach europäischer Methode berechnete Rate bei 4,0 Prozent und damit mehr als anderthalbmal so hoch wie im Schnitt.",
        True,
        [("percent", 4.0, "%", None), ("count", 1.5, None, "over")],
        None,
    ),
    (
        "de",
        "Ob die EZB im Dezember noch einmal senkt, hängt nach Einschätzung vieler Beobachter vor allem von den neuen Projektionen ab.",
        False,
        [],
        None,
    ),
    # --- Inflation in Österreich steigt (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich ist die Inflation im September laut Schnellschätzung auf 4,3 Prozent geklettert, nach 4,1 Prozent im August.",
        True,
        [("percent", 4.3, "%", None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Teuerung übersprang damit erstmals seit Anfang 2024 wieder die Vier-Prozent-Marke, teilte die Statistik Austria am Mittwoch mit.",
        True,
        [("year", 2024, None, None), ("percent", 4, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Wichtigster Preistreiber war Strom, der sich nach dem Auslaufen staatlicher Hilfen binnen eines Jahres um fast 36 Prozent verteuerte.",
        True,
        [("percent", 36, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der Mikrowarenkorb mit den Gütern des täglichen Bedarfs verteuerte sich um 5,6 Prozent, der Miniwarenkorb für den Wocheneinkauf um 3,9 Prozent.",
        True,
        [("percent", 5.6, "%", None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Statistik-Austria-Generaldirektor Gernot Weißenböck sagte, ohne den Effekt beim Strom läge die Rate um rund einen Prozentpunkt niedriger.",
        True,
        [("percent", 1, "pp", "about")],
        "Gernot Weißenböck",
    ),
    (
        "de",
        "OeNB-Gouverneur Wolfgang Pichlmayr sagte, er rechne erst im Lauf des kommenden Jahres mit einem Rückgang der Inflation auf unter 3 Prozent.",
        True,
        [("percent", 3, "%", "under")],
        "Wolfgang Pichlmayr",
    ),
    (
        "de",
        "Laut OeNB dürfte die Teuerung 2026 im Jahresschnitt 2,7 Prozent betragen und 2027 auf 2,1 Prozent sinken.",
        True,
        [
            ("year", 2026, None, None),
            ("percent", 2.7, "%", None),
            ("year", 2027, None, None),
            ("percent", 2.1, "%", None),
        ],
        None,
    ),
    ("de", "Die Opposition sprach von einem „Totalversagen der Regierung bei den Preisen“.", False, [], None),
    (
        "de",
        "„Beim Einkaufen merke ich jede Woche, dass mein Geld weniger wert ist“, sagte eine 68-jährige Pensionistin auf dem Grazer Kaiser-Josef-Markt.",
        False,
        [("duration", 68, "year", None)],
        None,
    ),
    (
        "de",
        "Ob die Regierung mit einer Senkung der Mehrwertsteuer auf Grundnahrungsmittel gegensteuert, ist weiter offen.",
        False,
        [],
        None,
    ),
    # --- India holds repo rate (Reuters) ---
    (
        "en",
        "MUMBAI, Oct 1 (Reuters) - India's central bank left its repo rate at 5.75% on Wednesday, as expected, while cutting its inflation forecast for the fiscal year that ends in March.",
        True,
        [("date", "--10-01", None, None), ("percent", 5.75, "%", None)],
        None,
    ),
    (
        "en",
        "The six-member rate-setting panel backed the hold unanimously, Governor Suresh Venkatraman said.",
        True,
        [("count", 6, None, None)],
        "Suresh Venkatraman",
    ),
    (
        "en",
        "The central bank now expects consumer price inflation to average 2.4% in the current fiscal year, down from its August estimate of 3.1%.",
        True,
        [("percent", 2.4, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "It raised its growth forecast for the year to 6.9% from 6.5%.",
        True,
        [("percent", 6.9, "%", None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "en",
        '"The inflation outlook has turned more benign, and that gives us room to support growth," Venkatraman told a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The rupee ended little changed at 88.71 per dollar, while the benchmark 10-year bond yield fell 2 basis points to 6.49%.",
        True,
        [
            ("money", 88.71, "INR", None),
            ("duration", 10, "year", None),
            ("percent", 2, "bp", None),
            ("percent", 6.49, "%", None),
        ],
        None,
    ),
    (
        "en",
        "A majority of economists polled by Reuters last week had predicted no change in the repo rate.",
        True,
        [],
        None,
    ),
    # --- Teuerung in der Schweiz sinkt (Keystone-SDA) ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Teuerung in der Schweiz ist im September auf 0,3 Prozent zurückgegangen.",
        True,
        [("percent", 0.3, "%", None)],
        None,
    ),
    (
        "de",
        "Im August hatte sie noch 0,5 Prozent betragen, wie das Bundesamt für Statistik (BFS) am Donnerstag mitteilte.",
        True,
        [("percent", 0.5, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Im Vergleich zum Vormonat gab das Preisniveau um 0,2 Prozent nach, vor allem wegen tieferer Preise für Pauschalreisen und Heizöl.",
        True,
        [("percent", 0.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Mieten, die rund ein Fünftel des Warenkorbs ausmachen, stiegen im Jahresvergleich um 2,8 Prozent.",
        True,
        [("fraction", 0.2, None, "about"), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "«Eine Deflation droht nicht, aber die Luft nach unten wird dünner», sagte ein Ökonom der Zürcher Bank Limmatquai.",
        False,
        [],
        None,
    ),
    # --- Fed minutes and speakers (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 8 (Reuters) - Most Federal Reserve policymakers saw further easing as probably warranted before year-end, according to minutes of the Sept. 16-17 meeting released on Wednesday.",
        True,
        [("date", "--10-08", None, None), ("date", "--09-16", None, None), ("date", "--09-17", None, None)],
        None,
    ),
    (
        "en",
        "A few participants said they could have supported keeping rates unchanged, according to the minutes.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Fed Governor Lucinda Marsh said on Tuesday she saw room for three more quarter-point cuts by the middle of next year.",
        True,
        [("count", 3, None, None), ("percent", 0.25, "pp", None)],
        "Lucinda Marsh",
    ),
    (
        "en",
        '"I do not see inflation expectations coming unanchored," Marsh said in a speech in Chicago.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Richmond Fed President Grace Okonjo said she was "comfortable" with the September cut but wanted to see more data before supporting another.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okonjo said inflation by the Fed's preferred measure had been above its 2% target for 55 straight months.",
        True,
        [("percent", 2, "%", None), ("duration", 55, "month", None)],
        "Okonjo",
    ),
    (
        "en",
        "The personal consumption expenditures price index rose 2.8% in the 12 months through August, data published last month showed.",
        True,
        [("percent", 2.8, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "A lapse in federal funding, now in its second week, has delayed publication of the September jobs report.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Polen senkt Leitzins kräftig (Reuters) ---
    (
        "de",
        "Warschau (Reuters) - Polens Notenbank hat den Leitzins überraschend deutlich auf 4,25 Prozent gesenkt, einen halben Prozentpunkt tiefer als zuvor.",
        True,
        [("percent", 4.25, "%", None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Von Reuters befragte Analysten hatten lediglich mit einem Schritt um 25 Basispunkte gerechnet.",
        True,
        [("percent", 25, "bp", None)],
        None,
    ),
    (
        "de",
        "Der zehnköpfige geldpolitische Rat habe die Entscheidung mit acht zu zwei Stimmen getroffen, sagte NBP-Präsident Andrzej Wilczek vor Journalisten.",
        True,
        [("count", 10, None, None), ("count", 8, None, None), ("count", 2, None, None)],
        "Andrzej Wilczek",
    ),
    (
        "de",
        "Die Inflation in Polen war im September auf 2,9 Prozent gefallen und lag damit erstmals seit fast fünf Jahren im Zielband der Notenbank.",
        True,
        [("percent", 2.9, "%", None), ("duration", 5, "year", "nearly")],
        None,
    ),
    ("de", "„Damit ist der Zyklus noch nicht zu Ende“, sagte Wilczek.", False, [], None),
    (
        "de",
        "Der Zloty gab nach dem Entscheid nach, ein Euro kostete 4,2815 Zloty.",
        True,
        [("money", 4.2815, "PLN", None)],
        None,
    ),
    (
        "de",
        "Die nationalkonservative Opposition warf dem Notenbankchef vor, die Zinsen aus politischen Gründen zu senken.",
        False,
        [],
        None,
    ),
    # --- New Zealand slashes rates (Reuters) ---
    (
        "en",
        "WELLINGTON, Oct 8 (Reuters) - The Reserve Bank of New Zealand delivered a 50-basis-point cut on Wednesday, taking the official cash rate to 2.75%, a bigger move than most economists had forecast.",
        True,
        [("date", "--10-08", None, None), ("percent", 50, "bp", None), ("percent", 2.75, "%", None)],
        None,
    ),
    (
        "en",
        "The RBNZ said the economy had contracted 0.8% in the second quarter and that spare capacity was larger than it had assumed.",
        True,
        [("percent", 0.8, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The committee reached its decision by consensus after also weighing a 25bp cut, according to the record of the meeting.",
        True,
        [("percent", 25, "bp", None)],
        None,
    ),
    (
        "en",
        'Governor Duncan McLeay said the bank remained "open to further easing" if the recovery stalled.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The New Zealand dollar fell 0.9% to 57.12 U.S. cents.",
        True,
        [("percent", 0.9, "%", None), ("money", 0.5712, "USD", None)],
        None,
    ),
    (
        "en",
        "Nine of the 15 economists surveyed by Reuters had forecast a quarter-point cut.",
        True,
        [("count", 9, None, None), ("count", 15, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "en",
        '"This is the central bank finally admitting it fell behind the curve," said Jonathan Ashdown, senior economist at Kauri Street Advisory.',
        False,
        [],
        None,
    ),
    # --- Bauzinsen steigen leicht (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Baukredite mit zehnjähriger Zinsbindung haben sich im September leicht verteuert.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Im Schnitt verlangten die Banken dafür 3,71 Prozent nach 3,62 Prozent im August, wie aus einer Auswertung des Vergleichsportals Zinsfuchs hervorgeht.",
        True,
        [("percent", 3.71, "%", None), ("percent", 3.62, "%", None)],
        None,
    ),
    (
        "de",
        "Bei einem Darlehen über 400.000 Euro wächst die monatliche Belastung dadurch um rund 30 Euro.",
        True,
        [("money", 400000, "EUR", None), ("money", 30, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Knapp drei Viertel der Kreditnehmer entschieden sich laut Zinsfuchs für eine Zinsbindung von mindestens zehn Jahren.",
        True,
        [("fraction", 0.75, None, "nearly"), ("duration", 10, "year", "at_least")],
        "Zinsfuchs",
    ),
    (
        "de",
        "Tagesgeld warf im Schnitt nur noch 1,1 Prozent ab, für einjähriges Festgeld gab es 1,9 Prozent.",
        True,
        [("percent", 1.1, "%", None), ("duration", 1, "year", None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Portals rät Kreditnehmern, Angebote von mindestens drei Banken einzuholen.",
        False,
        [("count", 3, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Die Zeiten der Nullzinsen kommen so schnell nicht wieder“, sagte ein Baufinanzierer aus München.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundesbank vergaben die Banken im August neue Wohnungsbaukredite im Volumen von 21,4 Milliarden Euro, knapp ein Viertel mehr als ein Jahr zuvor.",
        True,
        [("money", 21400000000, "EUR", None), ("fraction", 0.25, None, "nearly")],
        "die Bundesbank",
    ),
    # --- Bundesanleihen legen zu (dpa-AFX) ---
    ("de", "Frankfurt (dpa-AFX) - Deutsche Staatsanleihen haben am Dienstag zugelegt.", True, [], None),
    (
        "de",
        "Der Terminkontrakt Euro-Bund-Future stieg um 0,31 Prozent auf 129,14 Punkte.",
        True,
        [("percent", 0.31, "%", None), ("count", 129.14, None, None)],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen fiel im Gegenzug auf 2,61 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 2.61, "%", None)],
        None,
    ),
    (
        "de",
        "Der Renditeabstand zwischen zehnjährigen italienischen und deutschen Anleihen verengte sich auf 78 Basispunkte, den tiefsten Stand seit 2010.",
        True,
        [("duration", 10, "year", None), ("percent", 78, "bp", None), ("year", 2010, None, None)],
        None,
    ),
    (
        "de",
        "Französische Anleihen standen dagegen unter Druck, nachdem die Regierung in Paris ihre Defizitprognose für 2026 auf 5,1 Prozent angehoben hatte.",
        True,
        [("year", 2026, None, None), ("percent", 5.1, "%", None)],
        None,
    ),
    ("de", "Händler sprachen von einem ruhigen Geschäft ohne klare Impulse.", False, [], None),
    # --- EZB-Ratsmitglieder uneins (Reuters) ---
    (
        "de",
        "Wien (Reuters) - EZB-Ratsmitglied Wolfgang Pichlmayr hält eine weitere Zinssenkung im Oktober für „nicht zwingend, aber vertretbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pichlmayr sagte am Rande einer Konferenz in Wien, die Inflation im Euroraum werde im ersten Halbjahr 2026 vorübergehend unter 2 Prozent fallen.",
        True,
        [("ordinal", 1, None, None), ("year", 2026, None, None), ("percent", 2, "%", "under")],
        None,
    ),
    (
        "de",
        "EZB-Chefvolkswirt Tiago Mendonça sagte in einem Interview, die Löhne im Euroraum stiegen derzeit um etwa 3,5 Prozent und damit deutlich langsamer als vor einem Jahr.",
        True,
        [("percent", 3.5, "%", "about")],
        "Tiago Mendonça",
    ),
    (
        "de",
        "„Ich sehe keinen Grund für Alarmismus, weder in die eine noch in die andere Richtung“, sagte Mendonça.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Daten der EZB wuchs die Kreditvergabe an Unternehmen im Euroraum im September um 2,9 Prozent zum Vorjahresmonat.",
        True,
        [("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Mehrheit der 72 von Reuters befragten Ökonomen erwartet für Oktober keine Änderung der Zinsen.",
        True,
        [("count", 72, None, None)],
        None,
    ),
    # --- Bundesbank sieht Schrumpfung (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die deutsche Wirtschaft dürfte nach Einschätzung der Bundesbank im dritten Quartal leicht geschrumpft sein.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr rechnet die Bundesbank weiterhin nur mit einem Wachstum von 0,1 Prozent.",
        True,
        [("percent", 0.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Inflationsrate werde in den kommenden Monaten zwischen 2,4 und 2,8 Prozent liegen, so die Bundesbank.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.8, "%", None)],
        "die Bundesbank",
    ),
    (
        "de",
        "Bundesbankpräsident Friedemann Lohberg sagte in einer Rede in Mainz, der Leitzins sei „gut kalibriert“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lohberg sagte, die Bundesbank werde ihre neue Prognose für die Jahre 2026 bis 2028 am 12. Dezember vorlegen.",
        True,
        [("year", 2026, None, None), ("year", 2028, None, None), ("date", "--12-12", None, None)],
        "Lohberg",
    ),
    (
        "de",
        "Die Bundesbank hatte im vergangenen Jahr einen Verlust von 17,8 Milliarden Euro ausgewiesen, den sie aus Rücklagen deckte.",
        True,
        [("money", 17800000000, "EUR", None)],
        None,
    ),
    ("de", "Lohberg hält einen Verlust auch für das laufende Jahr für „sehr wahrscheinlich“.", False, [], None),
    # --- Ungarn und Tschechien halten still (Reuters) ---
    (
        "de",
        "Budapest (Reuters) - Die ungarische Notenbank hat ihren Leitzins den 13. Monat in Folge bei 6,50 Prozent belassen.",
        True,
        [("ordinal", 13, None, None), ("percent", 6.5, "%", None)],
        None,
    ),
    ("de", "Notenbankchef Gergely Somfai sagte, die Geldpolitik bleibe „für längere Zeit“ straff.", False, [], None),
    (
        "de",
        "Die Inflation in Ungarn lag im September bei 4,4 Prozent und damit über dem Toleranzband der Notenbank von 2 bis 4 Prozent.",
        True,
        [("percent", 4.4, "%", None), ("percent", 2, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    ("de", "Der Forint legte leicht zu, ein Euro kostete 389,20 Forint.", True, [("money", 389.2, "HUF", None)], None),
    (
        "de",
        "Der siebenköpfige Bankrat habe einstimmig entschieden, sagte ein Notenbanksprecher in Prag.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    # --- UK inflation rises (PA) ---
    (
        "en",
        "LONDON (PA) - UK inflation rose unexpectedly to 4.1% in September, its highest level since January 2024.",
        True,
        [("percent", 4.1, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "In August the rate had stood at 3.9%, according to the Office for National Statistics.",
        True,
        [("percent", 3.9, "%", None)],
        "the Office for National Statistics",
    ),
    ("en", "Economists had expected the rate to hold steady.", True, [], None),
    (
        "en",
        "Price growth in the services sector, a yardstick of domestic pressure for the Bank of England, edged up to 4.9% from 4.8%.",
        True,
        [("percent", 4.9, "%", None), ("percent", 4.8, "%", None)],
        None,
    ),
    (
        "en",
        "Core inflation, which strips out energy, food, alcohol and tobacco, rose to 3.8% from 3.6%.",
        True,
        [("percent", 3.8, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        '"The largest upward effect came from petrol and from hotel prices," said ONS chief economist Marian Thorley.',
        True,
        [],
        "Marian Thorley",
    ),
    (
        "en",
        'A Treasury spokesperson said tackling the cost of living remained "the government\'s top priority."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Two-year gilt yields rose 6 bps to 4.04% after the release, and markets pared bets on a November rate cut to around 40%.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 6, "bp", None),
            ("percent", 4.04, "%", None),
            ("percent", 40, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        '"For households this is a grim reminder that the squeeze is not over," said Rachel Underhill of the Resolution Foundation.',
        False,
        [],
        None,
    ),
    # --- Türkei senkt erneut (Reuters) ---
    (
        "de",
        "Istanbul (Reuters) - Die türkische Zentralbank hat ihren Leitzins um 150 Basispunkte auf 38,0 Prozent gesenkt.",
        True,
        [("percent", 150, "bp", None), ("percent", 38.0, "%", None)],
        None,
    ),
    (
        "de",
        "Es war die dritte Senkung in Folge; von Reuters befragte Ökonomen hatten im Mittel mit einem Schritt um 100 Basispunkte gerechnet.",
        True,
        [("ordinal", 3, None, None), ("percent", 100, "bp", None)],
        None,
    ),
    (
        "de",
        "Die Notenbank bekräftigte ihr Ziel, die Teuerung bis Ende 2026 auf 16 Prozent zu drücken.",
        True,
        [("year", 2026, None, None), ("percent", 16, "%", None)],
        None,
    ),
    ("de", "Die Lira gab nach, ein Dollar kostete zeitweise 41,98 Lira.", True, [("money", 41.98, "TRY", None)], None),
    (
        "de",
        "Zentralbankchef Emre Kaymakçı sagte, man werde „alle notwendigen Instrumente entschlossen einsetzen“.",
        False,
        [],
        None,
    ),
    ("de", "Ökonomen halten die Lockerung angesichts der hartnäckigen Teuerung für verfrüht.", False, [], None),
    # --- Russland senkt Leitzins (Reuters) ---
    (
        "de",
        "Moskau (Reuters) - Russlands Zentralbank hat den Leitzins um 100 Basispunkte auf 16,0 Prozent gesenkt.",
        True,
        [("percent", 100, "bp", None), ("percent", 16.0, "%", None)],
        None,
    ),
    (
        "de",
        "Es ist die vierte Senkung seit Juni, als der Satz noch bei 21 Prozent gelegen hatte.",
        True,
        [("ordinal", 4, None, None), ("percent", 21, "%", None)],
        None,
    ),
    (
        "de",
        "Die Notenbank rechnet für das laufende Jahr mit einer Inflation von 6,5 bis 7,0 Prozent.",
        True,
        [("percent", 6.5, "%", None), ("percent", 7.0, "%", None)],
        None,
    ),
    (
        "de",
        "Notenbankchefin Jelena Saburowa sagte, weitere Lockerungen seien möglich, aber „kein Automatismus“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vertreter der Industrie hatten eine Senkung um mindestens 200 Basispunkte gefordert.",
        True,
        [("percent", 200, "bp", "at_least")],
        None,
    ),
    # --- Bank of Canada cuts (CP) ---
    (
        "en",
        "OTTAWA (CP) — The Bank of Canada trimmed its benchmark rate a quarter of a percentage point to 2.0 per cent on Wednesday in its second straight reduction.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 2.0, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The central bank said it expected the economy to shrink in the third quarter before growing 1.1 per cent next year.",
        True,
        [("ordinal", 3, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        'Governor Marc-André Bellefeuille said the policy rate now sat "at about the right level" provided the economy evolved broadly as forecast.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bellefeuille told reporters U.S. tariffs had reduced Canadian exports to the United States by about 9% since January.",
        True,
        [("percent", 9, "%", "about")],
        "Bellefeuille",
    ),
    (
        "en",
        "Statistics Canada said last week that annual inflation had accelerated to 2.6% in September from 2.1% in August.",
        True,
        [("percent", 2.6, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "The Canadian dollar weakened to 1.4012 per U.S. dollar, or 71.37 U.S. cents.",
        True,
        [("money", 1.4012, "CAD", None), ("money", 0.7137, "USD", None)],
        None,
    ),
    (
        "en",
        "Swaps markets now price less than a 20% chance of another cut in December.",
        True,
        [("percent", 20, "%", "under")],
        None,
    ),
    (
        "en",
        '"The bank is signalling it is done, and I think that\'s the right call," said Rob Delacroix, chief economist at Birchmont Securities.',
        False,
        [],
        None,
    ),
    # --- Fed cuts again (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 29 (Reuters) - The Federal Reserve lowered interest rates by 25 basis points for a second straight meeting on Wednesday, bringing its policy rate to the 4.00%-4.25% range.",
        True,
        [
            ("date", "--10-29", None, None),
            ("percent", 25, "bp", None),
            ("ordinal", 2, None, None),
            ("percent", 4.0, "%", None),
            ("percent", 4.25, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The Fed said in its statement that it would stop shrinking its balance sheet on Dec. 1.",
        True,
        [("date", "--12-01", None, None)],
        "the Fed",
    ),
    (
        "en",
        "Policymakers voted 11-1, with Governor Owen Talbert again dissenting in favor of a half-point cut.",
        True,
        [("count", 11, None, None), ("count", 1, None, None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "en",
        "At about $6.6 trillion, the Fed's balance sheet is well below its 2022 peak of nearly $9 trillion.",
        True,
        [
            ("money", 6600000000000, "USD", "about"),
            ("year", 2022, None, None),
            ("money", 9000000000000, "USD", "nearly"),
        ],
        None,
    ),
    ("en", 'Pryce told reporters that another cut in December was "by no means settled."', False, [], None),
    (
        "en",
        "Traders cut the odds of a December reduction to about 65% from more than 90% before the news conference, CME Group's FedWatch tool showed.",
        True,
        [("percent", 65, "%", "about"), ("percent", 90, "%", "over")],
        None,
    ),
    (
        "en",
        "The S&P 500 ended 0.2% lower at 6,871.45 and the 10-year Treasury yield rose 7 bps to 4.09%.",
        True,
        [
            ("percent", 0.2, "%", None),
            ("count", 6871.45, None, None),
            ("duration", 10, "year", None),
            ("percent", 7, "bp", None),
            ("percent", 4.09, "%", None),
        ],
        None,
    ),
    ("en", "Minutes of the meeting are due on Nov. 19.", True, [("date", "--11-19", None, None)], None),
    # --- EZB senkt überraschend (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Europäische Zentralbank hat ihre Leitzinsen überraschend um einen Viertelprozentpunkt gesenkt.",
        True,
        [("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Der Einlagensatz, zu dem Banken überschüssiges Geld bei der Notenbank parken, sinkt damit auf 1,50 Prozent.",
        True,
        [("percent", 1.5, "%", None)],
        None,
    ),
    (
        "de",
        "Es ist die neunte Senkung in diesem Zyklus, insgesamt hat die EZB den Einlagensatz damit um 2,25 Prozentpunkte zurückgenommen.",
        True,
        [("ordinal", 9, None, None), ("percent", 2.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Im 26-köpfigen EZB-Rat stimmten nach Angaben aus Notenbankkreisen sechs Mitglieder gegen die Senkung.",
        True,
        [("count", 26, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Valkenburg sagte, die Inflation werde nach den jüngsten Daten im kommenden Jahr merklich unter das Ziel von 2 Prozent fallen.",
        True,
        [("percent", 2, "%", None)],
        "Valkenburg",
    ),
    (
        "de",
        "„Wir haben diesen Schritt getan, weil sich die Risiken verschoben haben, nicht weil wir nervös sind“, sagte Valkenburg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Rendite zweijähriger Bundesschatzanweisungen fiel um acht Basispunkte auf 1,79 Prozent, der Euro sank auf 1,1521 Dollar.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 8, "bp", None),
            ("percent", 1.79, "%", None),
            ("money", 1.1521, "USD", None),
        ],
        None,
    ),
    ("de", "Der Sparkassenverband kritisierte den Schritt als „Schlag ins Gesicht der Sparer“.", False, [], None),
    (
        "de",
        "Die Sitzung war die letzte von Chefvolkswirt Tiago Mendonça, der Ende November in den Ruhestand geht.",
        True,
        [],
        None,
    ),
    # --- Dollar gains, yields rise (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 30 (Reuters) - The dollar rose to a three-month high against a basket of currencies on Thursday as traders scaled back bets on further Fed easing.",
        True,
        [("date", "--10-30", None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The euro fell 0.6% to $1.1528 after the ECB's surprise cut, its weakest since early August.",
        True,
        [("percent", 0.6, "%", None), ("money", 1.1528, "USD", None)],
        None,
    ),
    (
        "en",
        "The yen slid to 154.30 per dollar, its lowest in more than eight months.",
        True,
        [("money", 154.3, "JPY", None), ("duration", 8, "month", "over")],
        None,
    ),
    (
        "en",
        "The two-year Treasury yield, which tracks rate expectations closely, climbed 6 basis points to 3.66%.",
        True,
        [("duration", 2, "year", None), ("percent", 6, "bp", None), ("percent", 3.66, "%", None)],
        None,
    ),
    (
        "en",
        "The gap between yields on two- and 10-year notes narrowed to 44 basis points, its flattest since June.",
        True,
        [("duration", 2, "year", None), ("duration", 10, "year", None), ("percent", 44, "bp", None)],
        None,
    ),
    (
        "en",
        '"The market got ahead of itself, and now it is paying for it," said Marcus Feld, a currency strategist at Greyhaven Bank in New York.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gold fell 1.4% to $3,968 an ounce.",
        True,
        [("percent", 1.4, "%", None), ("money", 3968, "USD", None)],
        None,
    ),
    # --- Bank of England senkt knapp (dpa-AFX) ---
    (
        "de",
        "London (dpa-AFX) - Mit knapper Mehrheit hat die Bank of England ihren Leitzins um 0,25 Prozentpunkte auf 4,00 Prozent gesenkt.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 4.0, "%", None)],
        None,
    ),
    (
        "de",
        "Der geldpolitische Ausschuss fällte die Entscheidung mit 5:4 Stimmen, vier Mitglieder wollten den Zins unverändert lassen.",
        True,
        [("count", 5, None, None), ("count", 4, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Den Ausschlag gab Notenbankchef Edmund Rayleigh, wie aus dem Protokoll hervorgeht.", True, [], None),
    (
        "de",
        "Die Bank of England rechnet nun damit, dass die Inflation im ersten Quartal 2026 auf 3,4 Prozent sinkt und erst 2027 das Ziel von 2 Prozent erreicht.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
            ("percent", 3.4, "%", None),
            ("year", 2027, None, None),
            ("percent", 2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das Pfund verlor nach der Entscheidung 0,4 Prozent auf 1,3052 Dollar.",
        True,
        [("percent", 0.4, "%", None), ("money", 1.3052, "USD", None)],
        None,
    ),
    (
        "de",
        "Rayleigh sagte, der Weg für weitere Senkungen sei frei, das Tempo hänge aber von den Daten ab.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Britische Hausbesitzer, deren Zinsbindung im kommenden Jahr ausläuft, müssen nach Berechnungen des Branchenverbands UK Finance im Schnitt mit rund 1.100 Pfund Mehrkosten pro Jahr rechnen.",
        True,
        [("money", 1100, "GBP", "about")],
        None,
    ),
]
