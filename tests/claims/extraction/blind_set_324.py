"""Three-hundred-and-twenty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, a portal and figures are
made up (Élodie Fauconnet, Leopold Rauchegger, Konrad Wehrstedt, Reto Pfyffer, the Bank
Seeberg, Alasdair Strathdee, Henrike Brakelmann, Tomáš Brezovský, Katrin Dorfmeister, the
Bankhaus Tiefenbrunn, Beat Gysling, the portal Zinsradar; Marisol Arteaga, Ferncliff
Partners, Hideaki Tsurumi, Kenta Furuhashi, Shirogane Research, Lydia Sorensby, Paul
Stenholm, Gordon Vantreese, Karen Wilmot, Rasmus Vindahl, Linnea Bergkvist, Skeppsbron Bank,
Omar Haddadin, Pelham Street Advisors, Kestrel Bay Capital, Étienne Ricard-Dufresne, Bronwen
Hale, Coldharbour Economics; every unnamed economist, trader, strategist, analyst, broker,
saver, treasurer, chancellor, senator and spokesperson); the presidents, governors, chairs,
chief economists, board members and statisticians of real central banks and offices appear
under made-up names that stand for no real holder, or by their role only ("Der slowakische
Notenbankchef", "The federal treasurer", "The Chancellor"). Real central banks, offices,
bodies, markets and places ("Europäische Zentralbank", "EZB", "EZB-Rat", "Eurosystem",
"Deutsche Bundesbank", "Bund der Steuerzahler", "Oesterreichische Nationalbank (OeNB)",
"Arbeiterkammer", "Statistik Austria", "HVPI", "Handelsverband", "Eurostat", "Bundesamt für
Statistik (BFS)", "SNB", "Schweizerische Nationalbank", "Statistisches Bundesamt",
"Sparkassenverband DSGV", "Euro-Bund-Future", "Bank of England", "US-Notenbank Fed"; the
Labor Department, LSEG, the Federal Reserve, the Bank of Japan, the BOJ, JGBs, the Monetary
Policy Committee, the BoE, Bank Rate, the Reserve Bank of Australia, the RBA, the Monetary
Policy Board, the Riksbank, the CPIF, CME Group's FedWatch tool, the S&P 500, the Governing
Council, the Bank of Canada, the Monetary Policy Report, Statistics Canada, the Office for
National Statistics, the ONS, the Senate Banking Committee, Congress, and the datelines'
cities) stand for the way wire copy names them; every rate, move, vote, projection, print,
yield, spread, exchange rate, balance sheet, bond-buying pace, result, probability, quote,
label and reaction here is invented, and where a real figure came to mind (a real policy
rate, a real loss of the Bundesbank, a real gold holding, a real bond-buying taper, a real
share of bonds held, a real inflation peak) it was changed.

Its weight: CENTRAL BANKS AND INTEREST RATES, fourth round (the eighty-seventh,
hundred-thirty-ninth and two-hundred-and-seventeenth batches weighed central banks,
inflation and rates, and the two-hundred-and-ninety-fourth a financial markets day; their
decisions are kept) over eleven wire weeks of one year, January 13 to April 2, as 30 short
stories in story order, the German and English stories interleaved. German (dpa-AFX, APA,
dpa, awp, Reuters German, Keystone-SDA): the ECB's January hold ("die vierte Zinspause in
Folge", Einlagensatz, Hauptrefinanzierungssatz, Spitzenrefinanzierungsfazilität) and its
March cut "um einen Viertelprozentpunkt", "einen Dreiviertelprozentpunkt" since June 2025,
the OeNB's forecast and its annual loss, the Bundesbank's annual loss with its balance sheet
in "Billionen Euro", euro-area January inflation "um zwei Zehntelprozentpunkte", Swiss
January inflation with money-market pricing of negative rates, the Bank of England's hold
"mit 6:3 Stimmen" in dpa-AFX copy, a Bundesbank president's warning speech, ECB council
members and market pricing ("zwei weitere Zinssenkungen um jeweils 25 Basispunkte", "zu rund
70 Prozent als ausgemacht"), Austrian February inflation, the SNB's March assessment with
its conditional forecast and its currency purchases, mortgage and savings rates, Bunds and
the Italian spread, and the ECB's account of its March meeting. English (Reuters, AAP, AP,
CP, PA): U.S. December CPI with futures pricing ("two quarter-point cuts"), the Bank of
Japan's hike ("voted 7-2") and its bond-buying pace in trillions of yen, the Fed's January
hold ("The vote was 10-2") with its balance sheet in trillions and its March cut ("voted
11-1") with the dot plot and the end of Treasury runoff, the Bank of England's February cut
("split 7-2") with gilt sales, the Fed minutes, the RBA ("voted 6-3", "per cent", "U.S.
cents"), the ECB's accounts and speeches, the Riksbank, U.S. February jobs and rate bets,
the ECB's March cut with staff projections, the Bank of Canada, UK February CPI with market
odds, the Bank of Japan's March hold and the Fed chair's testimony. Negatives as such copy
has them - about a fifth of the rows, none with a figure: central bankers' quoted
assessments, reassurances and forward guidance without a measure, a warning without a
measure, a hope, a refusal to say, economists' and strategists' verdicts and beliefs, labels
of lobbies, a taxpayers' group, an opposition, critics and a treasurer, a demand and an
appeal without a measure, open questions and market colour, each near a check-worthy
look-alike from the same story (often the same speaker's figure).

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 13 carry no figure (9 German, 4 English), 342 expected quantities (171
percentages - 140 in "%", 18 in percentage points "pp" and 13 in basis points "bp" -, 43
counts, 36 amounts of money - 12 EUR, 10 USD, 6 JPY, 4 CHF, 2 GBP, 1 SEK, 1 CAD -, 32 years,
27 dates, 17 durations - 13 in years, 2 in months, 2 in days -, 12 ordinals, 4 fractions;
none of them in a negative), 35 checked speakers (16 German, 19 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  assessment, reassurance, label, hope, warning or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-ninth, two-hundred-and-seventeenth); a quoted or reported figure, step,
  forecast, estimate or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-thirty-ninth). Pairs from one speaker: Fauconnet's projections and her "clear
  majority" of the 27-member council beside „Geduld die klügere Wahl“, her guidance and her
  hope; Rauchegger's half point, his cause and his 2029 beside „Hausaufgaben“, „Der Weg
  stimmt“ and „kein Unternehmen“; Wehrstedt's 2029 and his 2.3 percent beside his
  „Kehrseite“, „nach billigem Geld“ and his hope; Tsurumi's trillions of yen and his
  neutral-rate estimate beside his guidance and "at a pace the economy can bear";
  Vantreese's balance sheet, inflation and cumulative cut beside "well placed", "better
  position" and "declare victory"; Strathdee's gilt sales beside "meeting by meeting";
  Wilmot's jobless rate beside her "not yet decided"; Vindahl's 0.2 points beside "stay
  humble"; Brakelmann's neutral rate beside „Euphorie der Märkte“; Bergkvist's unanimous
  board beside "ready to act"; Ricard-Dufresne's six months beside "stand ready"; Gysling's
  readiness to buy currency beside «heikler».
- Forward guidance, warnings and hopes (eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth): guidance that names neither a figure nor a committed step is
  a negative ("keep adjusting the degree of easing should growth and prices evolve as it
  projects", „Weitere Zinsschritte hingen allein von der Datenlage ab“, "each decision will
  be taken meeting by meeting", "not pre-committing", „über jeden weiteren Schritt werde der
  Rat erst entscheiden, wenn ...“, "ready to act", "stand ready to respond"); a stated
  readiness to use a named instrument («Falls nötig, werden wir auch Devisen kaufen») and an
  option kept open („Eine Rückkehr zu Negativzinsen schloss Gysling nicht aus.“) stay
  check-worthy. Hopes are negatives ("said she hoped", „hofft“, „hoffen“;
  two-hundred-and-forty-fourth). New: a story's lead made only of a warning that names no
  measure („Bundesbankpräsident Konrad Wehrstedt hat vor weiteren Zinssenkungen der EZB
  gewarnt.“) is a negative like any such warning (hundred-thirty-ninth: „warnte er ..., die
  Zinsen zu rasch weiter zu senken“) - its place at the top of the story and its dateline
  (none, seventy-ninth) add no claim.
- Forecasts, estimates and market pricing with a figure are check-worthy (eighty-seventh,
  hundred-thirty-ninth, two-hundred-and-seventeenth): the staff projections, the OeNB's, the
  Bundesbank's, the BOJ's, the BoE's, the Riksbank's, the RBA's, the SNB's and the Fed's;
  Kestrel Bay's one more cut (a plural group, unchecked); the neutral rate as estimated by
  minutes' participants, Brakelmann and Tsurumi (hundred-thirty-ninth: "their estimate of
  the longer-run neutral rate"); the odds in futures, swaps and money markets ("price in two
  quarter-point cuts" 2 and 0.25 pp, "priced in a roughly 35% chance", "zu gut 40 Prozent
  eingepreist" 40 "over", „gilt am Geldmarkt zu rund 70 Prozent als ausgemacht“ 70 "about",
  "Swaps imply one more cut" 1, "a total of about 75 basis points" 75 bp "about"). A
  consensus stated as what economists had expected is check-worthy with or without a figure
  (eighty-fifth, hundred-thirty-ninth: „Von dpa-AFX befragte Volkswirte hatten einhellig mit
  der Zinspause gerechnet.“, „Volkswirte hatten mehrheitlich mit einer Zinspause
  gerechnet.“). New: „er sehe Spielraum für eine weitere Senkung um einen
  Viertelprozentpunkt“ is a policymaker's stated position with a measured move and
  check-worthy (two-hundred-and-seventeenth: Pryce's 50 basis points beside his quotes),
  while its look-alike „Andere Ratsmitglieder halten eine längere Pause für klüger.“ is a
  verdict with „halten ... für“ and a negative (ninety-eighth).
- Minutes and accounts (eleventh, eighty-seventh, hundred-thirty-ninth): what they record is
  check-worthy with the speaker unchecked ('"Many participants" judged ..., according to the
  minutes.', "A few participants said ...", "the two dissenters had argued" count 2 - "the
  two hubs", forty-first -, "Some members argued ..., the accounts said.", „Eine breite
  Mehrheit habe die Senkung ... unterstützt, heißt es darin.“, „Im EZB-Rat haben ... mehrere
  Mitglieder für eine Pause plädiert.“); a unanimous or split decision reported is
  check-worthy without a figure („Fauconnet sagte, der Beschluss sei nicht einstimmig
  gefallen.“, "The board's decision was unanimous, the BOJ said.").
- Rates and moves (eleventh, sixty-second, eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth): levels in percent as written ("1,90 Prozent" 1.9, "3.50%"
  3.5, "1.0%" 1.0, "2,0 Prozent" 2.0, "2.50 per cent" 2.5; trailing zeros no other value,
  seventy-first), "the 3.25%-3.50% range" and "a target range of 3.00%-3.25%" both ends,
  "between 3% and 3.5%", "auf 1,75 bis 2,25 Prozent" and "between 1.5% and 2.5%" both ends;
  moves in basis points in "bp" ("um 2 Basispunkte", "25 basis points", "6 basis points",
  "taken 25 basis points off", "um jeweils 25 Basispunkte" - "jeweils" no hedge -, "auf 71
  Basispunkte" for a spread, two-hundred-and-seventeenth) and in percentage points in "pp"
  ("einen Viertelprozentpunkt", "a quarter-point reduction", "a quarter point", "a larger
  half-point cut" 0.5, "auf rund einen halben Prozentpunkt" 0.5 "about", "a tenth of a
  percentage point" 0.1 - fifty-sixth -, "um zwei Zehntelprozentpunkte" 0.2 -
  two-hundred-and-seventeenth -, "um insgesamt 1,75 Prozentpunkte", "a cumulative 2.25
  percentage points" and "a total of 2.5 percentage points" with no hedge, "um
  durchschnittlich 0,15 Prozentpunkte" no hedge). New: „um einen Basispunkt“ is 1 bp - the
  number word before the singular unit is one, as „von gut einem Prozentpunkt“ is 1
  (hundred-thirty-ninth). New: „einen Dreiviertelprozentpunkt“ is 0.75 pp - the fraction
  word heading the point compound as in „Viertelprozentpunkt“ (tenth) and
  „Zehntelprozentpunkte“ (two-hundred-and-seventeenth), and as „Dreiviertelstunde“ is 0.75
  hours (fourteenth, seventeenth). Targets keep their figure with no hedge ("its 2% target",
  "the 2% target", "the bank's two per cent target" 2 - a percentage written in words,
  three-hundredth -, „Zwei-Prozent-Ziel“ 2, „über dem Ziel von 2 Prozent“ 2 with a word
  between hedge and figure, hundred-ninety-ninth); "below 5.9 trillion euros" bounds its
  figure ("under"). "Leitzins", "Einlagensatz", "Hauptrefinanzierungssatz",
  "Spitzenrefinanzierungsfazilität", "deposit rate", "main refinancing rate", "marginal
  lending rate", "Bank Rate", "official cash rate", "neutral rate", "Kernrate",
  "Kerninflation", "core", "HVPI", "CPIF", "PCE", "trimmed mean", "dot plot",
  "Negativzinsen", "Zinspause" and "S&P 500" carry none.
- Votes and boards are counts, one per figure (sixth, tenth, eighty-seventh,
  hundred-thirty-ninth, two-hundred-and-seventeenth): "voted 7-2", "The vote was 10-2",
  "split 7-2" (two-hundred-and-seventeenth: "The 6-3 split"), "voted 6-3", "voted 11-1",
  "mit 6:3 Stimmen" (hundred-thirty-ninth: "mit 5:4 Stimmen"), "drei Mitglieder", "two
  members", "the five members", "The nine-member" (twice), "the 27-member Governing
  Council", "of the 19 policymakers", "58 of 64 economists", "Only one of 11 economists"
  ("Only" no hedge). Cuts counted ("three straight cuts" 3, "two quarter-point cuts" 2,
  "down from three" 3, "one more cut this year and two in 2028" 1 and 2, "zwei weitere
  Zinssenkungen" 2 - „weitere“ no hedge) and ordered ("die vierte Zinspause in Folge" 4 -
  holds counted as "zum vierten Mal in Folge" is, hundred-thirty-ninth -, "zum dritten Mal
  in Folge" 3, "das vierte Jahr in Folge" 4, "its seventh reduction since August 2024" 7 and
  the year, "its first move since August" and "its first move since July" 1, "the fourth
  straight decision" 4, "im ersten Halbjahr" 1, "in the second quarter" 2, "im vierten
  Quartal" and "in the fourth quarter" 4, "das erste Quartal" 1); „erstmals seit dem Sommer“
  none (forty-first: "erstmals"). "Unter den 21 Euroländern" is 21.
- Inflation prints (eighty-fifth, hundred-thirty-ninth, two-hundred-and-seventeenth): rates
  and components as written; comparison tags carry none ("on the month", "from a year
  earlier", "a year earlier", „als ein Jahr zuvor“, „Im Vergleich zum Dezember“, „im
  Jahresabstand“, „im Vorjahr“, "a day earlier"); „billiger“ and „mehr“ after a figure
  compare (hundred-first); „mit einem Plus von 3,3 Prozent“ 3.3; „Miniwarenkorb“ none; "over
  the past six months" 6 months ("over" before a span no hedge, fifty-second) while "over
  the past year" carries none, as "a year" (three-hundredth).
- Bonds, currencies and index levels (eleventh, sixty-second, hundred-thirty-ninth,
  two-hundred-and-seventeenth, two-hundred-and-ninety-fourth): maturities are durations
  ("10-year", "Ten-year JGB yields", "Two-year gilt yields", "Two-year Treasury yields",
  „zehnjähriger Bundesanleihen“ twice, „Zehnjährige Bundesanleihen“, „zehnjähriger
  italienischer Staatsanleihen“, „Zweijährige Bundesschatzanweisungen“, „mit zehnjähriger
  Zinsbindung“, „einjähriges Festgeld“ 1 year); "their biggest one-day drop since August" 1
  day; exchange rates are money in the priced currency („auf 1,1462 Dollar“, „bei 1,1523
  Dollar“, „auf 1,3452 Dollar“, "to $1.3318", "to $1.1381" USD, „0,9214 Franken“ and „0,9288
  Franken“ CHF, "151.20 per dollar" and "153.40 per dollar" after "The yen" JPY, "10.94 per
  euro" after "The crown" SEK in the Stockholm story, "1.3866 per U.S. dollar" after "The
  Canadian dollar" CAD, "63.84 U.S. cents" 0.6384 USD); index levels are counts ("at
  6,902.18", "to 98.12", „auf 128,74 Punkte“); gold in tonnes is a count („mit 3.318
  Tonnen“, „auf 271 Tonnen“; hundred-thirty-ninth).
- Balance sheets, bond buying and results (eleventh, eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth): "Billionen Euro" are 1e12 („um rund 310 Milliarden auf 2,05
  Billionen Euro“ both EUR, the currency written once serving the earlier figure; „um gut
  2,8 Billionen Euro“ "over"), "about $6.3 trillion" "about", "$6.28 trillion", "5.9
  trillion euros", "about 2.5 trillion yen of government bonds a month" and "2.9 trillion
  yen" JPY ("a month" none), "by about 150 billion yen every quarter to roughly 1.8 trillion
  yen" both "about" ("every quarter" none), "48 billion pounds over the next 12 months from
  65 billion pounds" GBP and 12 months, "about $15 billion a month" and "up to $15 billion
  ... each month" USD, „für 3,2 Milliarden Franken Devisen“ and „712 Milliarden Franken“
  CHF, results in euros („12,8 Milliarden Euro, nach 17,9 Milliarden Euro im Jahr davor“,
  „1,3 Milliarden Euro“, „2,7 Milliarden Euro“, „212 Milliarden Euro“, „19,7 Milliarden
  Euro“), loans and savings („Wer 350.000 Euro leiht“ no hedge, „rund 38 Euro weniger im
  Monat“ "about", „im Monat“ none).
- Fractions (the issue; hundred-thirty-ninth): "roughly a third of the weight in the index"
  0.3333 "about", "down by more than a third" 0.3333 "over", „Knapp ein Drittel der Banken“
  0.3333 "nearly", „knapp zwei Drittel davon“ 0.6667 "nearly"; "about 47% of all outstanding
  government bonds" stays a percentage.
- Durations: "over the next 12 months" 12 months, "the Fed's next two-day meeting" 2 days,
  "four-year term" 4 years; none: "this year", "the following year", "the fiscal year
  starting in April", "by the end of the year", "last week", "last month", "a month", "each
  month", "every quarter", "heuer", „im Vorjahr“, „im Jahr davor“, „binnen Jahresfrist“,
  „seit Jahresbeginn“, „seit Monaten“, „im neuen Jahr“, „in diesem Jahr“, „im Jahresschnitt“
  (beside 2027), „das vergangene Geschäftsjahr“, „Per Ende Februar“, „Anfang Februar“,
  „Anfang März“, „zum Wochenschluss“, months and weekdays.
- Years and dates: projection and record years ("2027", "2028", "2029", "by the end of
  2028", "bis Ende 2028", „frühestens 2029“ the year with no qualifier -
  hundred-thirty-ninth -, „ab 2029“, "in early 2028", "since 1995", "since 2008", „seit
  2010“, "since 2020", "its 2022 peak", "a peak of 6.9% in 2022", „im Sommer 2022“, "since
  August 2024", "since September 2024", "since 2024", „Seit August 2024“, „Seit Juni 2025“,
  "until May 2030"); dates without a year („am 5. März“, „für den 16. April“, „am 17. Juni“,
  „am 18. März“, „vom 4. und 5. März“ two dates - three-hundredth: „für den 14. und 15.
  Oktober“ -, "on March 18", "on April 15", "on May 1", "on May 7", "the Jan. 27-28
  meeting", "their Jan. 21-22 meeting" and "April 28-29" two dates each); Reuters English
  datelines with a day ("WASHINGTON, Jan 13", "TOKYO, Jan 23", "WASHINGTON, Jan 28",
  "LONDON, Feb 5", "STOCKHOLM, Feb 11", "WASHINGTON, Feb 18", "FRANKFURT, Feb 19",
  "FRANKFURT, March 5", "WASHINGTON, March 6", "WASHINGTON, March 18", "TOKYO, March 19")
  dates without a year; dpa, dpa-AFX, APA, awp, Reuters German, Keystone-SDA, AAP, CP, PA
  and AP datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "roughly", "a total of about"
  "about"; „knapp“, „Knapp“ "nearly"; „gut“, "more than" "over"; "below" "under"; "up to"
  "up_to". No hedge: „im Schnitt“, "average", „durchschnittlich“, „insgesamt“, "a total of",
  "a cumulative", „jeweils“, „weitere“, "further", "Only", „nur noch“, „zuletzt“,
  „unverändert“, „frühestens“ before a year, the "to" and „bis“ of a range, and "close to",
  "well below" and „über dem Ziel von“ before a target or estimate with no figure bound.
- Speakers, checked only in forms the earlier batches settled: "wie die EZB am Donnerstag
  mitteilte" -> "die EZB", "wie Eurostat nach einer ersten Schätzung mitteilte" ->
  "Eurostat", "wie das Bundesamt für Statistik (BFS) zum Wochenschluss mitteilte" -> "das
  Bundesamt für Statistik" without the abbreviation (two-hundred-and-seventeenth) and, new,
  with "zum Wochenschluss" dropped as a weekday is (hundred-fourteenth), "teilte die
  Bundesbank am Dienstag mit", "teilte die Statistik Austria auf Basis einer
  Schnellschätzung am Mittwoch mit" -> "die Statistik Austria" (two-hundred-and-
  seventeenth: "auf Basis vorläufiger Daten"), "wie Zinsradar mitteilte" -> "Zinsradar",
  "laut OeNB" -> "OeNB" (hundred-thirty-ninth); "X sagte, ..." and "sagte X" with the title,
  the occasion and the audience dropped ("EZB-Präsidentin Élodie Fauconnet sagte",
  "OeNB-Gouverneur Leopold Rauchegger sagte" twice and "... sagte vor Journalisten",
  "Bundesbankpräsident Konrad Wehrstedt sagte", "sagte Wehrstedt in einer Rede vor
  Unternehmern" -> "Wehrstedt", "EZB-Direktorin Henrike Brakelmann sagte in einem
  Interview", "sagte SNB-Präsident Beat Gysling an der Medienkonferenz in Bern", "Fauconnet
  sagte"). English: "the Labor Department said on Tuesday" and "... on Friday" -> "the Labor
  Department", "The Fed said in its statement" and "The Fed said" -> "the Fed", "The BoE
  said" -> "the BoE", "..., the BOJ said." -> "the BOJ" (three-hundredth: "..., the airport
  said."), "Tsurumi said" twice, "Fed Chair Gordon Vantreese told reporters", "Federal
  Reserve Chair Gordon Vantreese told the Senate Banking Committee on Tuesday", "Vantreese
  said", "Governor Alasdair Strathdee said", "Wilmot said", "Vindahl said", "Board member
  Henrike Brakelmann said", "Governor Linnea Bergkvist said", "ECB President Élodie
  Fauconnet told a news conference", "Governor Étienne Ricard-Dufresne said", "said ONS
  chief economist Bronwen Hale" (the title dropped, hundred-thirty-ninth). Left unchecked
  (None): all negatives, also those with a named speaker; "fügte er hinzu", "nach
  Berechnungen der OeNB", "laut eigenen Angaben", "nach Angaben des Portals", "nach Daten
  der Bundesbank", "wie eine Auswertung des Vergleichsportals Zinsradar ergab" (a
  description before the name, fortieth), "heißt es darin", "geht ... hervor", "beziffert
  die Statistik Austria" and "hatte ... angegeben" (no verbs of saying), "erwartet",
  "rechnet", "Der slowakische Notenbankchef Tomáš Brezovský sagte" (new: a national
  adjective before the title is no form the earlier batches settled, as "sagte ein
  Notenbanksprecher in Prag" stayed unchecked in the two-hundred-and-seventeenth);
  "according to LSEG data", "LSEG data showed", "CME Group's FedWatch tool showed",
  "according to the minutes", "the accounts said", "according to central bank data",
  "according to weekly data", "Statistics Canada data showed", "official figures published
  on Wednesday showed" (data and documents, hundred-thirty-ninth), "Economists polled by
  Reuters", "Economists at Kestrel Bay Capital said" and other plural groups (forty-first),
  "the BOJ projected", and - to keep the checked speakers near 35, as the
  two-hundred-and-seventeenth batch did - "The Riksbank said", "The bank said" (Ottawa) and
  "Vantreese said" before his unemployment forecast.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_324 = [
    # --- U.S. December inflation (Reuters), January ---
    (
        "en",
        "WASHINGTON, Jan 13 (Reuters) - Prices paid by U.S. consumers increased 0.3% in December, pushing annual inflation up to 2.9% from 2.7% in November, the Labor Department said on Tuesday.",
        True,
        [
            ("date", "--01-13", None, None),
            ("percent", 0.3, "%", None),
            ("percent", 2.9, "%", None),
            ("percent", 2.7, "%", None),
        ],
        "the Labor Department",
    ),
    (
        "en",
        "Excluding the volatile food and energy components, the core CPI climbed 0.2% on the month and 3.1% from a year earlier.",
        True,
        [("percent", 0.2, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had expected both the headline and the core reading to come in a tenth of a percentage point lower.",
        True,
        [("percent", 0.1, "pp", None)],
        None,
    ),
    (
        "en",
        "Housing costs, which carry roughly a third of the weight in the index, gained 0.4%.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Fed funds futures traders now price in two quarter-point cuts by the end of the year, down from three before the report, according to LSEG data.",
        True,
        [("count", 2, None, None), ("percent", 0.25, "pp", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody at the Fed will sleep easier after this report," said Marisol Arteaga, chief U.S. economist at Ferncliff Partners.',
        False,
        [],
        None,
    ),
    ("en", "Some strategists said the numbers strengthened the case for a longer pause.", False, [], None),
    (
        "en",
        "Benchmark 10-year Treasury yields rose 6 basis points to 4.31%.",
        True,
        [("duration", 10, "year", None), ("percent", 6, "bp", None), ("percent", 4.31, "%", None)],
        None,
    ),
    # --- EZB-Zinspause im Januar (dpa-AFX), Januar ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die EZB lässt ihre Leitzinsen auch im neuen Jahr unverändert, es ist die vierte Zinspause in Folge.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Auf Einlagen der Geschäftsbanken zahlt die Notenbank unverändert 1,75 Prozent, wie die EZB am Donnerstag mitteilte.",
        True,
        [("percent", 1.75, "%", None)],
        "die EZB",
    ),
    (
        "de",
        "Für den Hauptrefinanzierungssatz gelten weiterhin 1,90 Prozent, für die Spitzenrefinanzierungsfazilität 2,15 Prozent.",
        True,
        [("percent", 1.9, "%", None), ("percent", 2.15, "%", None)],
        None,
    ),
    ("de", "Von dpa-AFX befragte Volkswirte hatten einhellig mit der Zinspause gerechnet.", True, [], None),
    (
        "de",
        "EZB-Präsidentin Élodie Fauconnet sagte, die Teuerung werde nach den Projektionen des Stabes im Jahresschnitt 2027 bei 1,9 Prozent liegen und 2028 bei 2,0 Prozent.",
        True,
        [
            ("year", 2027, None, None),
            ("percent", 1.9, "%", None),
            ("year", 2028, None, None),
            ("percent", 2.0, "%", None),
        ],
        "Élodie Fauconnet",
    ),
    ("de", "„Wir sind an einem Punkt, an dem Geduld die klügere Wahl ist“, sagte Fauconnet.", False, [], None),
    ("de", "Weitere Zinsschritte hingen allein von der Datenlage ab, betonte sie.", False, [], None),
    ("de", "Der Euro fiel nach der Pressekonferenz auf 1,1462 Dollar.", True, [("money", 1.1462, "USD", None)], None),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen stieg um 2 Basispunkte auf 2,61 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 2, "bp", None), ("percent", 2.61, "%", None)],
        None,
    ),
    # --- Bank of Japan raises rates (Reuters), January ---
    (
        "en",
        "TOKYO, Jan 23 (Reuters) - Japan's central bank lifted short-term borrowing costs to 1.0% from 0.75% on Friday, taking them to a level last seen in 1995.",
        True,
        [
            ("date", "--01-23", None, None),
            ("percent", 1.0, "%", None),
            ("percent", 0.75, "%", None),
            ("year", 1995, None, None),
        ],
        None,
    ),
    (
        "en",
        "The board voted 7-2 for the hike, with two members proposing to keep rates on hold until April.",
        True,
        [("count", 7, None, None), ("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "In its quarterly outlook report, the BOJ projected core consumer inflation at 2.2% for the fiscal year starting in April and 1.9% for the following year.",
        True,
        [("percent", 2.2, "%", None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        "Governor Hideaki Tsurumi told reporters the bank would keep adjusting the degree of easing should growth and prices evolve as it projects.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Tsurumi said the bank would buy about 2.5 trillion yen of government bonds a month from April, down from 2.9 trillion yen now.",
        True,
        [("money", 2500000000000, "JPY", "about"), ("money", 2900000000000, "JPY", None)],
        "Tsurumi",
    ),
    (
        "en",
        "The yen strengthened 0.6% to 151.20 per dollar after the decision.",
        True,
        [("percent", 0.6, "%", None), ("money", 151.2, "JPY", None)],
        None,
    ),
    (
        "en",
        '"The direction is clear, even if the pace is not," said Kenta Furuhashi, senior economist at Shirogane Research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ten-year JGB yields climbed to 2.08%, a peak not seen since 2008.",
        True,
        [("duration", 10, "year", None), ("percent", 2.08, "%", None), ("year", 2008, None, None)],
        None,
    ),
    # --- OeNB-Inflationsprognose (APA), Januar ---
    (
        "de",
        "Wien (APA) - Für heuer rechnet die Oesterreichische Nationalbank (OeNB) mit einer Inflationsrate von 2,6 Prozent, nach 3,4 Prozent im Vorjahr.",
        True,
        [("percent", 2.6, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "2028 soll die Teuerung laut OeNB auf 2,1 Prozent sinken, 2029 auf 2,0 Prozent.",
        True,
        [
            ("year", 2028, None, None),
            ("percent", 2.1, "%", None),
            ("year", 2029, None, None),
            ("percent", 2.0, "%", None),
        ],
        "OeNB",
    ),
    (
        "de",
        "Die Wirtschaft dürfte heuer um 0,8 Prozent wachsen, um 0,3 Prozentpunkte stärker als noch im Dezember angenommen.",
        True,
        [("percent", 0.8, "%", None), ("percent", 0.3, "pp", None)],
        None,
    ),
    (
        "de",
        "OeNB-Gouverneur Leopold Rauchegger sagte, der Abstand zur Teuerung im Euroraum werde bis Ende 2028 auf rund einen halben Prozentpunkt schrumpfen.",
        True,
        [("year", 2028, None, None), ("percent", 0.5, "pp", "about")],
        "Leopold Rauchegger",
    ),
    (
        "de",
        "„Österreich hat seine Hausaufgaben bei der Inflation noch nicht erledigt“, sagte Rauchegger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vor allem Dienstleistungen verteuerten sich im Dezember mit 4,1 Prozent weiterhin deutlich stärker als Waren.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    ("de", "Die Arbeiterkammer sprach von einer „Entwarnung, die keine ist“.", False, [], None),
    (
        "de",
        "Die Lohnstückkosten steigen nach Berechnungen der OeNB heuer um 3,7 Prozent.",
        True,
        [("percent", 3.7, "%", None)],
        None,
    ),
    # --- Fed holds in January (Reuters), January ---
    (
        "en",
        "WASHINGTON, Jan 28 (Reuters) - The Federal Reserve held its benchmark overnight interest rate steady in the 3.25%-3.50% range on Wednesday, pausing after three straight cuts.",
        True,
        [
            ("date", "--01-28", None, None),
            ("percent", 3.25, "%", None),
            ("percent", 3.5, "%", None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The vote was 10-2, with Governors Lydia Sorensby and Paul Stenholm dissenting in favor of a quarter-point reduction.",
        True,
        [("count", 10, None, None), ("count", 2, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "en",
        'The Fed said in its statement that inflation "remains somewhat elevated" and that job gains had slowed.',
        True,
        [],
        "the Fed",
    ),
    (
        "en",
        "Fed Chair Gordon Vantreese told reporters the central bank's balance sheet had shrunk to about $6.3 trillion, its smallest since 2020.",
        True,
        [("money", 6300000000000, "USD", "about"), ("year", 2020, None, None)],
        "Gordon Vantreese",
    ),
    (
        "en",
        '"We are well placed to watch how the economy evolves before we move again," Vantreese said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vantreese would not be drawn on whether another reduction could come at the next meeting.",
        False,
        [],
        None,
    ),
    (
        "en",
        "After the statement, futures traders priced in a roughly 35% chance of a cut in March, down from 48% a day earlier.",
        True,
        [("percent", 35, "%", "about"), ("percent", 48, "%", None)],
        None,
    ),
    (
        "en",
        "The S&P 500 closed 0.4% lower at 6,902.18.",
        True,
        [("percent", 0.4, "%", None), ("count", 6902.18, None, None)],
        None,
    ),
    # --- Bundesbank-Jahresabschluss (dpa), Februar ---
    (
        "de",
        "Frankfurt (dpa) - Die Deutsche Bundesbank hat das vergangene Jahr erneut mit einem Verlust abgeschlossen, den sie vollständig aus ihren Rückstellungen ausgleichen konnte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Fehlbetrag vor Auflösung der Risikovorsorge lag bei 12,8 Milliarden Euro, nach 17,9 Milliarden Euro im Jahr davor, teilte die Bundesbank am Dienstag mit.",
        True,
        [("money", 12800000000, "EUR", None), ("money", 17900000000, "EUR", None)],
        "die Bundesbank",
    ),
    (
        "de",
        "Einen Gewinn an den Bund überweist die Notenbank damit zum dritten Mal in Folge nicht.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bundesbankpräsident Konrad Wehrstedt sagte, die Bank rechne frühestens 2029 wieder mit einem positiven Jahresergebnis.",
        True,
        [("year", 2029, None, None)],
        "Konrad Wehrstedt",
    ),
    (
        "de",
        "„Die Verluste sind kein Zeichen von Schwäche, sondern die Kehrseite einer erfolgreichen Inflationsbekämpfung“, sagte Wehrstedt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bilanzsumme schrumpfte binnen Jahresfrist um rund 310 Milliarden auf 2,05 Billionen Euro.",
        True,
        [("money", 310000000000, "EUR", "about"), ("money", 2050000000000, "EUR", None)],
        None,
    ),
    ("de", "Die Goldreserven blieben mit 3.318 Tonnen nahezu unverändert.", True, [("count", 3318, None, None)], None),
    (
        "de",
        "Der Bund der Steuerzahler nannte die anhaltenden Verluste „ein Ärgernis, das niemand einplanen kann“.",
        False,
        [],
        None,
    ),
    # --- Bank of England cuts (Reuters), February ---
    (
        "en",
        "LONDON, Feb 5 (Reuters) - Britain's central bank trimmed Bank Rate to 3.50% from 3.75% on Thursday, its seventh reduction since August 2024.",
        True,
        [
            ("date", "--02-05", None, None),
            ("percent", 3.5, "%", None),
            ("percent", 3.75, "%", None),
            ("ordinal", 7, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The nine-member Monetary Policy Committee split 7-2, with two members backing no change.",
        True,
        [("count", 9, None, None), ("count", 7, None, None), ("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The BoE said it now expected CPI inflation to drop to 2.4% in the second quarter, with the 2% target within reach in early 2028.",
        True,
        [
            ("percent", 2.4, "%", None),
            ("ordinal", 2, None, None),
            ("percent", 2, "%", None),
            ("year", 2028, None, None),
        ],
        "the BoE",
    ),
    (
        "en",
        "Governor Alasdair Strathdee said the bank would slow the pace of its gilt sales to 48 billion pounds over the next 12 months from 65 billion pounds.",
        True,
        [("money", 48000000000, "GBP", None), ("duration", 12, "month", None), ("money", 65000000000, "GBP", None)],
        "Alasdair Strathdee",
    ),
    (
        "en",
        '"Rates are on a gradual downward path, but each decision will be taken meeting by meeting," Strathdee told reporters.',
        False,
        [],
        None,
    ),
    ("en", "Several economists saw the vote split as a hawkish signal.", False, [], None),
    (
        "en",
        "Two-year gilt yields fell 5 basis points to 3.41% and sterling slipped to $1.3318.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 5, "bp", None),
            ("percent", 3.41, "%", None),
            ("money", 1.3318, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "A Reuters poll last week had shown 58 of 64 economists expecting a cut.",
        True,
        [("count", 58, None, None), ("count", 64, None, None)],
        None,
    ),
    # --- Inflation im Euroraum (dpa), Februar ---
    (
        "de",
        "Luxemburg (dpa) - Die Teuerung in der Eurozone hat sich im Januar auf 1,8 Prozent abgeschwächt, wie Eurostat nach einer ersten Schätzung mitteilte.",
        True,
        [("percent", 1.8, "%", None)],
        "Eurostat",
    ),
    ("de", "Im Dezember hatte die Rate noch bei 2,0 Prozent gelegen.", True, [("percent", 2.0, "%", None)], None),
    (
        "de",
        "Ohne die schwankungsanfälligen Posten Energie, Lebensmittel, Alkohol und Tabak sank die Kernrate um zwei Zehntelprozentpunkte auf 2,2 Prozent.",
        True,
        [("percent", 0.2, "pp", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Energie war 2,3 Prozent billiger als ein Jahr zuvor, Dienstleistungen verteuerten sich um 3,0 Prozent.",
        True,
        [("percent", 2.3, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    ("de", "Lebensmittel, Alkohol und Tabak kosteten 2,6 Prozent mehr.", True, [("percent", 2.6, "%", None)], None),
    ("de", "Volkswirte hatten im Schnitt mit 1,9 Prozent gerechnet.", True, [("percent", 1.9, "%", None)], None),
    (
        "de",
        "Unter den 21 Euroländern meldete Estland mit 4,6 Prozent die höchste Rate, Zypern mit 0,2 Prozent die niedrigste.",
        True,
        [("count", 21, None, None), ("percent", 4.6, "%", None), ("percent", 0.2, "%", None)],
        None,
    ),
    ("de", "Ob die EZB im März nachlegt, ist unter Ökonomen umstritten.", False, [], None),
    # --- Fed minutes (Reuters), February ---
    (
        "en",
        "WASHINGTON, Feb 18 (Reuters) - Most Federal Reserve policymakers saw little urgency to lower rates further at their Jan. 27-28 meeting, minutes of the meeting released on Wednesday showed.",
        True,
        [("date", "--02-18", None, None), ("date", "--01-27", None, None), ("date", "--01-28", None, None)],
        None,
    ),
    (
        "en",
        '"Many participants" judged that further cuts could be appropriate if inflation eased in line with their expectations, according to the minutes.',
        True,
        [],
        None,
    ),
    (
        "en",
        "A few participants said the policy rate was already close to neutral, which several estimated at between 3% and 3.5%.",
        True,
        [("percent", 3, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "en",
        "Staff projected core PCE inflation of 2.8% for this year, unchanged from December.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "The minutes showed officials discussed ending the runoff of mortgage-backed securities, which has averaged about $15 billion a month.",
        True,
        [("money", 15000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The minutes recorded that the two dissenters had argued the labor market was weakening faster than the staff expected.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Futures now put the odds of a March cut at 28%, CME Group's FedWatch tool showed.",
        True,
        [("percent", 28, "%", None)],
        None,
    ),
    ("en", "Whether the Fed resumes easing before the summer remains an open question.", False, [], None),
    # --- Teuerung in der Schweiz (awp), Februar ---
    (
        "de",
        "Neuenburg (awp) - Die Jahresteuerung in der Schweiz hat sich im Januar auf 0,1 Prozent verringert, wie das Bundesamt für Statistik (BFS) zum Wochenschluss mitteilte.",
        True,
        [("percent", 0.1, "%", None)],
        "das Bundesamt für Statistik",
    ),
    ("de", "Im Dezember waren es noch 0,3 Prozent gewesen.", True, [("percent", 0.3, "%", None)], None),
    (
        "de",
        "Im Vergleich zum Dezember ging das Preisniveau um 0,2 Prozent zurück.",
        True,
        [("percent", 0.2, "%", None)],
        None,
    ),
    ("de", "Die Kerninflation lag bei 0,5 Prozent.", True, [("percent", 0.5, "%", None)], None),
    (
        "de",
        "Die SNB hatte in ihrer bedingten Prognose für das erste Quartal eine Teuerung von 0,2 Prozent erwartet.",
        True,
        [("ordinal", 1, None, None), ("percent", 0.2, "%", None)],
        None,
    ),
    (
        "de",
        "Am Geldmarkt wird eine Rückkehr zu Negativzinsen bis Juni inzwischen zu gut 40 Prozent eingepreist.",
        True,
        [("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "«Die Deflationssorgen sind übertrieben», sagte Chefökonom Reto Pfyffer von der Bank Seeberg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Exporteure fordern von der Nationalbank seit Monaten mehr Entschlossenheit gegen den starken Franken.",
        False,
        [],
        None,
    ),
    ("de", "Ein Euro kostete am Nachmittag 0,9214 Franken.", True, [("money", 0.9214, "CHF", None)], None),
    # --- RBA cuts the cash rate (AAP), February ---
    (
        "en",
        "SYDNEY (AAP) - Australia's central bank has taken 25 basis points off the official cash rate, which now stands at 3.35 per cent, in its first move since August.",
        True,
        [("percent", 25, "bp", None), ("percent", 3.35, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The nine-member Monetary Policy Board voted 6-3 in favour of the cut.",
        True,
        [("count", 9, None, None), ("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The RBA forecast trimmed mean inflation at 2.6 per cent by June and 2.5 per cent by the end of 2028.",
        True,
        [("percent", 2.6, "%", None), ("percent", 2.5, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Governor Karen Wilmot said the board had not yet decided whether further reductions would be needed.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Wilmot said unemployment had risen to 4.6 per cent in December from 4.1 per cent a year earlier.",
        True,
        [("percent", 4.6, "%", None), ("percent", 4.1, "%", None)],
        "Wilmot",
    ),
    ("en", "The Australian dollar fell to 63.84 U.S. cents.", True, [("money", 0.6384, "USD", None)], None),
    ("en", 'The federal treasurer welcomed the decision as "overdue relief for mortgage holders".', False, [], None),
    ("en", "Swaps imply one more cut by August, LSEG data showed.", True, [("count", 1, None, None)], None),
    # --- Bank of England bestätigt Leitzins (dpa-AFX), März ---
    (
        "de",
        "London (dpa-AFX) - Die britische Notenbank tastet ihren Leitzins von 3,50 Prozent vorerst nicht an.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Der geldpolitische Ausschuss fällte die Entscheidung mit 6:3 Stimmen, drei Mitglieder votierten für eine Senkung um 0,25 Prozentpunkte.",
        True,
        [("count", 6, None, None), ("count", 3, None, None), ("count", 3, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    ("de", "Volkswirte hatten mehrheitlich mit einer Zinspause gerechnet.", True, [], None),
    (
        "de",
        "Die Inflationsrate in Großbritannien war zuletzt auf 3,3 Prozent gefallen und liegt damit weiter deutlich über dem Zwei-Prozent-Ziel der Notenbank.",
        True,
        [("percent", 3.3, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    ("de", "Notenbankchef Alasdair Strathdee sprach von einer „vorsichtigen, aber klaren Richtung“.", False, [], None),
    (
        "de",
        "Das britische Pfund legte nach der Entscheidung auf 1,3452 Dollar zu.",
        True,
        [("money", 1.3452, "USD", None)],
        None,
    ),
    (
        "de",
        "Seit August 2024 hat die Notenbank den Leitzins damit um insgesamt 1,75 Prozentpunkte gesenkt.",
        True,
        [("year", 2024, None, None), ("percent", 1.75, "pp", None)],
        None,
    ),
    # --- ECB accounts and speeches (Reuters), February ---
    (
        "en",
        'FRANKFURT, Feb 19 (Reuters) - European Central Bank policymakers agreed last month that their 1.75% deposit rate was "in a good place", the accounts of their Jan. 21-22 meeting showed on Thursday.',
        True,
        [
            ("date", "--02-19", None, None),
            ("percent", 1.75, "%", None),
            ("date", "--01-21", None, None),
            ("date", "--01-22", None, None),
        ],
        None,
    ),
    (
        "en",
        "Some members argued that inflation could undershoot the 2% target for longer than projected, the accounts said.",
        True,
        [("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        'ECB chief economist Rasmus Vindahl said in a speech that the bank must "stay humble" about its forecasts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vindahl said the euro's 7% rise against the dollar over the past year would lower inflation by about 0.2 percentage points in 2028.",
        True,
        [("percent", 7, "%", None), ("percent", 0.2, "pp", "about"), ("year", 2028, None, None)],
        "Vindahl",
    ),
    (
        "en",
        "Board member Henrike Brakelmann said the ECB's balance sheet had fallen below 5.9 trillion euros, down by more than a third from its 2022 peak.",
        True,
        [("money", 5900000000000, "EUR", "under"), ("fraction", 0.3333, None, "over"), ("year", 2022, None, None)],
        "Henrike Brakelmann",
    ),
    (
        "en",
        "Money markets price in roughly 20 basis points of further easing by December.",
        True,
        [("percent", 20, "bp", "about")],
        None,
    ),
    ("en", "Traders said the accounts offered little new for anyone betting on a March move.", False, [], None),
    (
        "en",
        "The yield on Germany's 10-year Bund was little changed at 2.63%.",
        True,
        [("duration", 10, "year", None), ("percent", 2.63, "%", None)],
        None,
    ),
    # --- Bundesbankpräsident warnt (Reuters), Februar ---
    (
        "de",
        "Mainz (Reuters) - Bundesbankpräsident Konrad Wehrstedt hat vor weiteren Zinssenkungen der EZB gewarnt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die deutsche Inflationsrate werde im ersten Halbjahr bei etwa 2,3 Prozent verharren, sagte Wehrstedt in einer Rede vor Unternehmern.",
        True,
        [("ordinal", 1, None, None), ("percent", 2.3, "%", "about")],
        "Wehrstedt",
    ),
    (
        "de",
        "Die Kernrate liege mit 2,7 Prozent weiter deutlich über dem Ziel von 2 Prozent, fügte er hinzu.",
        True,
        [("percent", 2.7, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer jetzt nach billigem Geld ruft, hat aus den vergangenen Jahren nichts gelernt“, sagte Wehrstedt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Statistische Bundesamt hatte die Teuerung für Januar mit 2,1 Prozent angegeben.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    ("de", "Wehrstedt hofft, dass die Lohnabschlüsse in diesem Jahr moderater ausfallen.", False, [], None),
    (
        "de",
        "Die Bundesbank erwartet für 2027 ein Wirtschaftswachstum von 0,7 Prozent.",
        True,
        [("year", 2027, None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    # --- Riksbank holds (Reuters), February ---
    (
        "en",
        "STOCKHOLM, Feb 11 (Reuters) - Sweden's central bank kept its policy rate unchanged at 1.50% on Wednesday and said it was likely to stay there for some time.",
        True,
        [("date", "--02-11", None, None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "en",
        "The Riksbank said CPIF inflation, its target measure, would average 1.6% this year before returning to 2% in 2028.",
        True,
        [("percent", 1.6, "%", None), ("percent", 2, "%", None), ("year", 2028, None, None)],
        None,
    ),
    ("en", "The crown firmed to 10.94 per euro.", True, [("money", 10.94, "SEK", None)], None),
    (
        "en",
        "Governor Linnea Bergkvist said the decision had been unanimous among the five members of the executive board.",
        True,
        [("count", 5, None, None)],
        "Linnea Bergkvist",
    ),
    (
        "en",
        '"We are ready to act if the krona\'s strength starts to weigh on the outlook," Bergkvist said.',
        False,
        [],
        None,
    ),
    ("en", 'Analysts at Skeppsbron Bank called the statement "a textbook hold".', False, [], None),
    (
        "en",
        "Only one of 11 economists polled by Reuters had forecast a cut.",
        True,
        [("count", 1, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The Riksbank has lowered its policy rate by a total of 2.5 percentage points since 2024.",
        True,
        [("percent", 2.5, "pp", None), ("year", 2024, None, None)],
        None,
    ),
    # --- EZB-Ratsmitglieder und Marktpreise (Reuters), Februar ---
    (
        "de",
        "Frankfurt (Reuters) - Händler preisen bis zum Jahresende inzwischen zwei weitere Zinssenkungen der EZB um jeweils 25 Basispunkte ein.",
        True,
        [("count", 2, None, None), ("percent", 25, "bp", None)],
        None,
    ),
    (
        "de",
        "Eine Senkung bei der Sitzung am 5. März gilt am Geldmarkt zu rund 70 Prozent als ausgemacht.",
        True,
        [("date", "--03-05", None, None), ("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "EZB-Direktorin Henrike Brakelmann sagte in einem Interview, sie schätze den neutralen Zins im Euroraum auf 1,75 bis 2,25 Prozent.",
        True,
        [("percent", 1.75, "%", None), ("percent", 2.25, "%", None)],
        "Henrike Brakelmann",
    ),
    ("de", "„Wir sollten uns nicht von der Euphorie der Märkte treiben lassen“, sagte sie.", False, [], None),
    (
        "de",
        "Der slowakische Notenbankchef Tomáš Brezovský sagte, er sehe Spielraum für eine weitere Senkung um einen Viertelprozentpunkt.",
        True,
        [("percent", 0.25, "pp", None)],
        None,
    ),
    ("de", "Andere Ratsmitglieder halten eine längere Pause für klüger.", False, [], None),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen fiel um einen Basispunkt auf 2,58 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 1, "bp", None), ("percent", 2.58, "%", None)],
        None,
    ),
    ("de", "Der Euro notierte zuletzt bei 1,1523 Dollar.", True, [("money", 1.1523, "USD", None)], None),
    # --- U.S. jobs report and rate bets (Reuters), March ---
    (
        "en",
        "WASHINGTON, March 6 (Reuters) - U.S. employers added 94,000 jobs in February, fewer than the 130,000 economists had expected, while the unemployment rate rose to 4.6%, the Labor Department said on Friday.",
        True,
        [
            ("date", "--03-06", None, None),
            ("count", 94000, None, None),
            ("count", 130000, None, None),
            ("percent", 4.6, "%", None),
        ],
        "the Labor Department",
    ),
    (
        "en",
        "Average hourly earnings rose 0.3%, leaving the annual gain at 3.6%.",
        True,
        [("percent", 0.3, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "Job gains for December were revised down by 31,000 to 48,000.",
        True,
        [("count", 31000, None, None), ("count", 48000, None, None)],
        None,
    ),
    (
        "en",
        "After the report, traders priced in a roughly 70% chance that the Fed cuts rates by a quarter point on March 18.",
        True,
        [("percent", 70, "%", "about"), ("percent", 0.25, "pp", None), ("date", "--03-18", None, None)],
        None,
    ),
    (
        "en",
        "Traders now expect a total of about 75 basis points of cuts by December, LSEG data showed.",
        True,
        [("percent", 75, "bp", "about")],
        None,
    ),
    (
        "en",
        '"Hiring is bending rather than breaking," said Omar Haddadin, chief economist at Pelham Street Advisors.',
        False,
        [],
        None,
    ),
    ("en", "The participation rate held at 62.1%.", True, [("percent", 62.1, "%", None)], None),
    (
        "en",
        "Two-year Treasury yields fell 11 basis points to 3.27%, their biggest one-day drop since August.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 11, "bp", None),
            ("percent", 3.27, "%", None),
            ("duration", 1, "day", None),
        ],
        None,
    ),
    # --- Inflation in Österreich (APA), März ---
    (
        "de",
        "Wien (APA) - Österreichs Inflationsrate ist im Februar auf 2,4 Prozent zurückgegangen, teilte die Statistik Austria auf Basis einer Schnellschätzung am Mittwoch mit.",
        True,
        [("percent", 2.4, "%", None)],
        "die Statistik Austria",
    ),
    ("de", "Im Jänner hatte die Teuerungsrate noch 2,9 Prozent betragen.", True, [("percent", 2.9, "%", None)], None),
    (
        "de",
        "Die Preise für Dienstleistungen stiegen im Jahresabstand um 3,8 Prozent, jene für Energie sanken um 1,6 Prozent.",
        True,
        [("percent", 3.8, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "Der harmonisierte Verbraucherpreisindex (HVPI) lag bei 2,5 Prozent und damit um 0,8 Prozentpunkte über dem Durchschnitt der Eurozone.",
        True,
        [("percent", 2.5, "%", None), ("percent", 0.8, "pp", None)],
        None,
    ),
    (
        "de",
        "OeNB-Gouverneur Leopold Rauchegger sagte, das Inflationsgefälle zum Euroraum sei vor allem auf die Mieten und die Gastronomie zurückzuführen.",
        True,
        [],
        "Leopold Rauchegger",
    ),
    ("de", "„Der Weg stimmt, das Ziel ist aber noch nicht erreicht“, fügte Rauchegger hinzu.", False, [], None),
    ("de", "Der Handelsverband bezeichnete die Zahlen als „Lichtblick für die Konsumenten“.", False, [], None),
    (
        "de",
        "Den Miniwarenkorb, der den täglichen Einkauf abbildet, beziffert die Statistik Austria mit einem Plus von 3,3 Prozent.",
        True,
        [("percent", 3.3, "%", None)],
        None,
    ),
    # --- ECB cuts in March (Reuters), March ---
    (
        "en",
        "FRANKFURT, March 5 (Reuters) - The European Central Bank lowered the rate it pays on bank deposits by 25 basis points to 1.50% on Thursday, its first move since July.",
        True,
        [
            ("date", "--03-05", None, None),
            ("percent", 25, "bp", None),
            ("percent", 1.5, "%", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "The main refinancing rate fell to 1.65% and the marginal lending rate to 1.90%.",
        True,
        [("percent", 1.65, "%", None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        'ECB President Élodie Fauconnet told a news conference that a "clear majority" of the 27-member Governing Council had backed the move.',
        True,
        [("count", 27, None, None)],
        "Élodie Fauconnet",
    ),
    (
        "en",
        "New staff projections put inflation at 1.7% this year, 1.8% in 2028 and 2.0% in 2029.",
        True,
        [
            ("percent", 1.7, "%", None),
            ("percent", 1.8, "%", None),
            ("year", 2028, None, None),
            ("percent", 2.0, "%", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    ("en", '"We are not pre-committing to any particular rate path," Fauconnet said.', False, [], None),
    ("en", "Fauconnet said she hoped the cut would help revive lending to smaller firms.", False, [], None),
    ("en", "The euro fell 0.5% to $1.1381.", True, [("percent", 0.5, "%", None), ("money", 1.1381, "USD", None)], None),
    (
        "en",
        "Growth is now seen at 0.9% this year, down from 1.1% in the December projections.",
        True,
        [("percent", 0.9, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "Economists at Kestrel Bay Capital said they expected one more cut in June, taking the deposit rate to 1.25%.",
        True,
        [("count", 1, None, None), ("percent", 1.25, "%", None)],
        None,
    ),
    # --- EZB senkt die Zinsen (dpa), März ---
    (
        "de",
        "Frankfurt (dpa) - Die Europäische Zentralbank senkt die Zinsen erstmals seit dem Sommer wieder: Der Einlagensatz fällt um einen Viertelprozentpunkt auf 1,50 Prozent.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 1.5, "%", None)],
        None,
    ),
    ("de", "Fauconnet sagte, der Beschluss sei nicht einstimmig gefallen.", True, [], "Fauconnet"),
    (
        "de",
        "Seit Juni 2025 hat die Notenbank den Einlagensatz damit um insgesamt einen Dreiviertelprozentpunkt gesenkt.",
        True,
        [("year", 2025, None, None), ("percent", 0.75, "pp", None)],
        None,
    ),
    (
        "de",
        "Fauconnet betonte, über jeden weiteren Schritt werde der Rat erst entscheiden, wenn neue Daten vorlägen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Volkswirte der EZB erwarten für 2027 nun eine Inflationsrate von 1,7 Prozent.",
        True,
        [("year", 2027, None, None), ("percent", 1.7, "%", None)],
        None,
    ),
    (
        "de",
        "Der Sparkassenverband DSGV sprach von einem „weiteren bitteren Tag für alle, die fürs Alter vorsorgen“.",
        False,
        [],
        None,
    ),
    ("de", "Die nächste Zinssitzung ist für den 16. April angesetzt.", True, [("date", "--04-16", None, None)], None),
    (
        "de",
        "Ökonomin Katrin Dorfmeister vom Bankhaus Tiefenbrunn hält eine weitere Senkung im April für unwahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- Bank of Canada holds (CP), March ---
    (
        "en",
        "OTTAWA (CP) — The Bank of Canada held its key interest rate at 2.50 per cent on Wednesday, the fourth straight decision without a change.",
        True,
        [("percent", 2.5, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Governor Étienne Ricard-Dufresne said inflation had averaged 2.1 per cent over the past six months, close to the bank's two per cent target.",
        True,
        [("percent", 2.1, "%", None), ("duration", 6, "month", None), ("percent", 2, "%", None)],
        "Étienne Ricard-Dufresne",
    ),
    ("en", '"We stand ready to respond if the outlook changes," Ricard-Dufresne told reporters.', False, [], None),
    (
        "en",
        "The Canadian dollar traded at 1.3866 per U.S. dollar, barely moved on the day.",
        True,
        [("money", 1.3866, "CAD", None)],
        None,
    ),
    (
        "en",
        "The bank said it would publish its next Monetary Policy Report on April 15.",
        True,
        [("date", "--04-15", None, None)],
        None,
    ),
    ("en", "Business groups urged the bank to do more to cushion the blow from U.S. tariffs.", False, [], None),
    (
        "en",
        "Canada's economy shrank at an annualized rate of 0.6 per cent in the fourth quarter, Statistics Canada data showed last month.",
        True,
        [("percent", 0.6, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    # --- SNB-Lagebeurteilung (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SNB hält an ihrem Leitzins von 0,25 Prozent fest.",
        True,
        [("percent", 0.25, "%", None)],
        None,
    ),
    (
        "de",
        "Die bedingte Inflationsprognose senkte die SNB für das laufende Jahr auf 0,1 Prozent, für 2028 erwartet sie 0,4 Prozent, für 2029 dann 0,6 Prozent.",
        True,
        [
            ("percent", 0.1, "%", None),
            ("year", 2028, None, None),
            ("percent", 0.4, "%", None),
            ("year", 2029, None, None),
            ("percent", 0.6, "%", None),
        ],
        None,
    ),
    (
        "de",
        "«Falls nötig, werden wir auch Devisen kaufen», sagte SNB-Präsident Beat Gysling an der Medienkonferenz in Bern.",
        True,
        [],
        "Beat Gysling",
    ),
    (
        "de",
        "Im vierten Quartal hatte die Nationalbank laut eigenen Angaben für 3,2 Milliarden Franken Devisen gekauft.",
        True,
        [("ordinal", 4, None, None), ("money", 3200000000, "CHF", None)],
        None,
    ),
    ("de", "Eine Rückkehr zu Negativzinsen schloss Gysling nicht aus.", True, [], None),
    ("de", "«Die Lage ist heikler, als es die tiefe Teuerung vermuten lässt», sagte Gysling.", False, [], None),
    (
        "de",
        "Ihre nächste Zinsentscheidung gibt die SNB am 17. Juni bekannt.",
        True,
        [("date", "--06-17", None, None)],
        None,
    ),
    (
        "de",
        "Per Ende Februar hielt die SNB Devisen im Wert von 712 Milliarden Franken.",
        True,
        [("money", 712000000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Nach dem Entscheid gab der Franken leicht nach, ein Euro kostete 0,9288 Franken.",
        True,
        [("money", 0.9288, "CHF", None)],
        None,
    ),
    # --- Fed cuts in March (Reuters), March ---
    (
        "en",
        "WASHINGTON, March 18 (Reuters) - The Federal Reserve resumed easing on Wednesday after a pause in January, trimming borrowing costs by 25 basis points to a target range of 3.00%-3.25%.",
        True,
        [
            ("date", "--03-18", None, None),
            ("percent", 25, "bp", None),
            ("percent", 3.0, "%", None),
            ("percent", 3.25, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Policymakers voted 11-1, with Governor Paul Stenholm dissenting in favor of a larger half-point cut.",
        True,
        [("count", 11, None, None), ("count", 1, None, None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "en",
        "In their median projection, the 19 policymakers penciled in one more cut this year and two in 2028.",
        True,
        [("count", 19, None, None), ("count", 1, None, None), ("count", 2, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Fed officials now see core PCE inflation ending the year at 2.6% and unemployment at 4.7%.",
        True,
        [("percent", 2.6, "%", None), ("percent", 4.7, "%", None)],
        None,
    ),
    (
        "en",
        "The Fed said it would stop shrinking its holdings of Treasury securities on May 1 while letting up to $15 billion of mortgage bonds roll off each month.",
        True,
        [("date", "--05-01", None, None), ("money", 15000000000, "USD", "up_to")],
        "the Fed",
    ),
    (
        "en",
        '"Policy is now in a better position to respond to whatever comes next," Vantreese said.',
        False,
        [],
        None,
    ),
    ("en", 'Critics in Congress called the move "too little, too late" for struggling households.', False, [], None),
    (
        "en",
        "The dollar index fell 0.7% to 98.12.",
        True,
        [("percent", 0.7, "%", None), ("count", 98.12, None, None)],
        None,
    ),
    # --- Bauzinsen und Sparzinsen (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Nach der Zinssenkung der EZB sind die Zinsen für Baukredite mit zehnjähriger Zinsbindung leicht gesunken.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Im Schnitt verlangten Banken zuletzt 3,21 Prozent nach 3,34 Prozent Anfang Februar, wie eine Auswertung des Vergleichsportals Zinsradar ergab.",
        True,
        [("percent", 3.21, "%", None), ("percent", 3.34, "%", None)],
        None,
    ),
    (
        "de",
        "Wer 350.000 Euro leiht, zahlt damit rund 38 Euro weniger im Monat.",
        True,
        [("money", 350000, "EUR", None), ("money", 38, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für Tagesgeld zahlen die Institute im Schnitt nur noch 1,12 Prozent, für einjähriges Festgeld 1,68 Prozent.",
        True,
        [("percent", 1.12, "%", None), ("duration", 1, "year", None), ("percent", 1.68, "%", None)],
        None,
    ),
    (
        "de",
        "Die Sparkassen haben ihre Tagesgeldzinsen nach Angaben des Portals im Februar um durchschnittlich 0,15 Prozentpunkte gesenkt.",
        True,
        [("percent", 0.15, "pp", None)],
        None,
    ),
    ("de", "Viele Makler hoffen, dass die sinkenden Zinsen den Immobilienmarkt wieder beleben.", False, [], None),
    (
        "de",
        "Knapp ein Drittel der Banken hat die Tagesgeldzinsen seit Jahresbeginn bereits gesenkt, wie Zinsradar mitteilte.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Zinsradar",
    ),
    (
        "de",
        "Das Neugeschäft mit Wohnungsbaukrediten stieg im Januar nach Daten der Bundesbank auf 19,7 Milliarden Euro.",
        True,
        [("money", 19700000000, "EUR", None)],
        None,
    ),
    # --- UK inflation and rate bets (PA), March ---
    (
        "en",
        "LONDON (PA) - UK inflation eased to 3.0% in February, down from 3.3% in January, official figures published on Wednesday showed.",
        True,
        [("percent", 3.0, "%", None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "en",
        "Price growth in services, a key gauge for rate-setters, slowed to 4.2% from 4.6%.",
        True,
        [("percent", 4.2, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Food and non-alcoholic drink prices were 3.9% higher than a year earlier.",
        True,
        [("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        '"Lower petrol prices and smaller rises in air fares drove the fall," said ONS chief economist Bronwen Hale.',
        True,
        [],
        "Bronwen Hale",
    ),
    ("en", "The Chancellor said the figures showed the government's economic plan was working.", False, [], None),
    (
        "en",
        "Markets now see a roughly 60 per cent chance of a Bank Rate cut in May, up from 45 per cent before the data.",
        True,
        [("percent", 60, "%", "about"), ("percent", 45, "%", None)],
        None,
    ),
    (
        "en",
        "Economists at Coldharbour Economics said the Bank of England would probably stay cautious.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Bank of England's next policy decision is due on May 7.",
        True,
        [("date", "--05-07", None, None)],
        None,
    ),
    # --- Bundesanleihen nach US-Daten (dpa-AFX), März ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Deutsche Staatsanleihen haben am Mittwoch nach schwachen US-Inflationsdaten zugelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der richtungweisende Euro-Bund-Future gewann 0,31 Prozent auf 128,74 Punkte.",
        True,
        [("percent", 0.31, "%", None), ("count", 128.74, None, None)],
        None,
    ),
    (
        "de",
        "Zehnjährige Bundesanleihen rentierten im Gegenzug nur noch mit 2,55 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 2.55, "%", None)],
        None,
    ),
    (
        "de",
        "Der Risikoaufschlag zehnjähriger italienischer Staatsanleihen gegenüber deutschen schrumpfte auf 71 Basispunkte und damit auf den tiefsten Stand seit 2010.",
        True,
        [("duration", 10, "year", None), ("percent", 71, "bp", None), ("year", 2010, None, None)],
        None,
    ),
    ("de", "Händler sprachen von einer vorsichtigen Erholung nach einer schwachen Vorwoche.", False, [], None),
    (
        "de",
        "Zweijährige Bundesschatzanweisungen rentierten mit 1,84 Prozent.",
        True,
        [("duration", 2, "year", None), ("percent", 1.84, "%", None)],
        None,
    ),
    (
        "de",
        "Die US-Notenbank Fed gibt ihren Zinsentscheid am 18. März bekannt.",
        True,
        [("date", "--03-18", None, None)],
        None,
    ),
    # --- Bank of Japan and bond buying (Reuters), March ---
    (
        "en",
        "TOKYO, March 19 (Reuters) - The Bank of Japan kept its policy rate at 1.0% on Thursday and left its plan for slowing bond purchases unchanged.",
        True,
        [("date", "--03-19", None, None), ("percent", 1.0, "%", None)],
        None,
    ),
    ("en", "The board's decision was unanimous, the BOJ said.", True, [], "the BOJ"),
    (
        "en",
        "Under the plan, monthly purchases of Japanese government bonds will fall by about 150 billion yen every quarter to roughly 1.8 trillion yen by March next year.",
        True,
        [("money", 150000000000, "JPY", "about"), ("money", 1800000000000, "JPY", "about")],
        None,
    ),
    (
        "en",
        "The BOJ holds about 47% of all outstanding government bonds, according to central bank data.",
        True,
        [("percent", 47, "%", "about")],
        None,
    ),
    (
        "en",
        "Tsurumi said the policy rate remained well below his estimate of the neutral rate, which he put at between 1.5% and 2.5%.",
        True,
        [("percent", 1.5, "%", None), ("percent", 2.5, "%", None)],
        "Tsurumi",
    ),
    ("en", '"We will move at a pace the economy can bear," Tsurumi said.', False, [], None),
    ("en", "Some analysts doubt the BOJ will raise rates again before the summer.", False, [], None),
    ("en", "The yen weakened to 153.40 per dollar.", True, [("money", 153.4, "JPY", None)], None),
    # --- OeNB-Jahresabschluss (APA), März ---
    (
        "de",
        "Wien (APA) - Die Oesterreichische Nationalbank (OeNB) hat das vergangene Geschäftsjahr mit einem Verlust von 1,3 Milliarden Euro abgeschlossen.",
        True,
        [("money", 1300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Jahr davor hatte das Minus noch 2,7 Milliarden Euro betragen.",
        True,
        [("money", 2700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Eine Gewinnabfuhr an den Bund wird es damit das vierte Jahr in Folge nicht geben.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "OeNB-Gouverneur Leopold Rauchegger sagte vor Journalisten, die Nationalbank rechne ab 2029 wieder mit Gewinnen.",
        True,
        [("year", 2029, None, None)],
        "Leopold Rauchegger",
    ),
    (
        "de",
        "„Eine Notenbank ist kein Unternehmen, das auf Gewinn ausgerichtet ist“, sagte Rauchegger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Goldreserven der OeNB belaufen sich unverändert auf 271 Tonnen, knapp zwei Drittel davon lagern in Wien.",
        True,
        [("count", 271, None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    ("de", "Die Opposition nannte das Ergebnis „ein Armutszeugnis“.", False, [], None),
    (
        "de",
        "Die Bilanzsumme der OeNB sank um 6 Prozent auf 212 Milliarden Euro.",
        True,
        [("percent", 6, "%", None), ("money", 212000000000, "EUR", None)],
        None,
    ),
    # --- Fed chair on Capitol Hill (AP), March ---
    (
        "en",
        "WASHINGTON (AP) — Federal Reserve Chair Gordon Vantreese told the Senate Banking Committee on Tuesday that inflation had fallen to 2.7% by the Fed's preferred gauge, down from a peak of 6.9% in 2022.",
        True,
        [("percent", 2.7, "%", None), ("percent", 6.9, "%", None), ("year", 2022, None, None)],
        "Gordon Vantreese",
    ),
    ("en", '"We are not going to declare victory prematurely," Vantreese told senators.', False, [], None),
    (
        "en",
        "Vantreese said the Fed had cut its benchmark rate by a cumulative 2.25 percentage points since September 2024.",
        True,
        [("percent", 2.25, "pp", None), ("year", 2024, None, None)],
        "Vantreese",
    ),
    (
        "en",
        "The Fed's balance sheet stood at $6.28 trillion last week, according to weekly data.",
        True,
        [("money", 6280000000000, "USD", None)],
        None,
    ),
    ("en", "Several Republican senators accused the Fed of moving too slowly.", False, [], None),
    (
        "en",
        "Vantreese said the Fed expected unemployment to peak at 4.8% later this year.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "en",
        "Vantreese's four-year term as chair runs until May 2030.",
        True,
        [("duration", 4, "year", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The Fed's next two-day meeting is scheduled for April 28-29.",
        True,
        [("duration", 2, "day", None), ("date", "--04-28", None, None), ("date", "--04-29", None, None)],
        None,
    ),
    # --- EZB-Protokoll der Märzsitzung (dpa-AFX), April ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Im EZB-Rat haben bei der Zinssenkung Anfang März mehrere Mitglieder für eine Pause plädiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das geht aus dem am Donnerstag veröffentlichten Protokoll der Sitzung vom 4. und 5. März hervor.",
        True,
        [("date", "--03-04", None, None), ("date", "--03-05", None, None)],
        None,
    ),
    (
        "de",
        "Eine breite Mehrheit habe die Senkung um 25 Basispunkte jedoch unterstützt, heißt es darin.",
        True,
        [("percent", 25, "bp", None)],
        None,
    ),
    (
        "de",
        "Nach den Projektionen der Notenbank-Volkswirte dürfte die Teuerung 2028 bei 1,8 Prozent liegen.",
        True,
        [("year", 2028, None, None), ("percent", 1.8, "%", None)],
        None,
    ),
    ("de", "Ökonomen werten das Protokoll als Hinweis, dass die Zinssenkungen vorerst beendet sind.", False, [], None),
    ("de", "Ob der Rat im April eine weitere Senkung beschließt, ist offen.", False, [], None),
    (
        "de",
        "An den Terminmärkten wird für April nur noch eine Wahrscheinlichkeit von etwa 15 Prozent für eine weitere Senkung eingepreist.",
        True,
        [("percent", 15, "%", "about")],
        None,
    ),
    (
        "de",
        "Seit dem Höchststand im Sommer 2022 ist die Bilanz des Eurosystems um gut 2,8 Billionen Euro kleiner geworden.",
        True,
        [("year", 2022, None, None), ("money", 2800000000000, "EUR", "over")],
        None,
    ),
]
