"""Hundred-and-ninety-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, funds and figures are made
up (Brennecke, Annette Großkurth, Konrad Wellershoff, Helga Vierkötter, Hanseatische
Landesbank, Beat Kohler-Wyss, Matthias Grubmayr, Ferdinand Haslauer, Mainfeld Bank,
Ruprecht Amelung, Iris Kammerlander, Sabine Oltmanns, Andreas Ruckstuhl, Voltwerk, Lea
Schimanski, Renate Pfisterer, Ernst Hollerbauer, Carsten Ebeling, Rhenavia, Urs Bächtold,
Timo Rehbein, Jens Olbertz, Dagmar Wittich, Katrin Lohmeyer, Ruhrwatt, Heiner Strotkamp;
Harwood & Pike, Graham Tulloch, Priya Deshmukh, Bellcourt Securities, Jared Fenwick, Cobalt
Ridge Advisors, Skyward Continental Airlines, Dana Whitlock, Nimbra, Rohan Castellano,
Eleanor Whitfield, Callum Rees, Tasman Street Capital, Karrow Resources, Lachlan Moore,
Driftwood Coffee, Marisol Ventura, Merriweather & Co, Jenna Koval, Lucas Verhaegen, Bert
Claessens, Sunniva Dahl, Nordkapp Energy Research, Alistair Penrose, Gregory Tilling, Olivia
Marchbank, Fenwick Hale, Hoshida Motor, Takeshi Oyama, Hiroshi Kanda, Sakuragawa
Securities, Calder Homes, Fiona Lattimer, Marcus Avery, Lakeshore Partners, Kaveri Infotech,
Arvind Natarajan, Wendy Lau, Harbourline Bank; every unnamed analyst, trader, fund manager,
economist, delegate, spokesperson and official); governors, ministers, commissioners and the
heads of real bodies appear under made-up names that stand for no real holder, or by their
role only ("ein Volkswirt einer Großbank", "ein Devisenhändler einer Zürcher Bank", "A White
House spokesperson", "A commerce ministry spokesperson", "A Gulf oil official"). Real
bodies, indices, unions, papers and places ("Ifo-Institut", "Xetra", "IG Metall", "Verdi",
"Unia", "GPA", "FH", "Wifo", "IHS", "KOF", "ETH Zürich", "ZIA", "Statistisches
Bundesamt", "Bundesbank", "HDE", "KSV1870", "Wirtschaftskammer", "Gewerbeverband",
"Bundesagentur für Arbeit", "Institut für Arbeitsmarkt- und Berufsforschung", "Landesbank
Baden-Württemberg", "Dax", "Zürcher Kantonalbank", "Deutsche Schutzvereinigung für
Wertpapierbesitz", "Start-up-Verband"; "Institute for Supply Management", "ISM", "LSEG",
"Renaissance Capital", "Reserve Bank of Australia", "RBA", "European Commission", "OPEC+",
"U.S. Energy Information Administration", "Bank of England", "Treasury Committee", "Home
Builders Federation", "Labor Department", "Federal Reserve", "International Monetary Fund",
and the datelines' cities) stand for the way wire copy names them; every result, forecast,
guidance, index reading, price, target, quote, label and reaction here is invented, and
where a real figure came to mind it was changed.

Its weight: OPINION VERSUS CLAIM, twelfth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first and
hundred-eighty-ninth batches were the first eleven, and their decisions are kept), this
time in business and economy copy - quarterly results, guidance, profit warnings, an IPO, a
funding round, job cuts, central banks, institutes' and agencies' forecasts, surveys, market
reports - over four ordinary wire days, Monday to Thursday, November 2 to 5, of one year, as
30 short stories in story order, the German and English stories interleaved by day, each
with a dateline lead, the figures, attributed claims, the other side, quotes and reactions.
About 100 rows are negatives that look like claims - chief executives' outlooks framed as
conviction, belief, a bet, a gut feeling, "I think", "If you ask me", "Honestly",
"Personally" or "Deep down", economists' and fund managers' forecasts framed as their own
view, hopes and fears (one with a figure), a goal with a horizon, company boilerplate of
pride, values and self-description ("a leading ...", „weltweit führendes ...“), the
forward-looking-statements disclaimer, a central bank's resolve, evasions and refusals to
say, questions left open, doubts, quoted verdicts and labels of analysts, traders, unions
and ministers, appeals that name no measure, vox pops - and each kind stands beside a
check-worthy look-alike that carries the same words around a verifiable core: the same
speaker's figure in the next row, guidance with its range, an institution's forecast
(Ifo, Wifo, IHS, KOF, HDE, IAB, LBBW, the Commission, the RBA, the EIA, the BoE, the Fed,
the IMF), a consensus estimate, a house's estimate, a buyback or an investment plan, the
headcount from an annual report, an analyst's raised price target.
Half German (dpa, dpa-AFX, Reuters German, APA, Keystone-SDA; Austrian "heuer", "Jänner",
"Passiva", Swiss "gemäss", "äussern", "Mitarbeitende", «» quotes, German „“ quotes): a car
supplier's quarter, the Ifo index, Swiss watch exports, the Wifo and IHS forecast, a bank's
quarter, building permits, the KOF forecast, a start-up's funding round, the HDE's Christmas
forecast, Austrian insolvencies, the Bundesbank's monthly report, a Basel drugmaker's
quarter, the Dax, the labour market and a utility's nine months. Half English (Reuters, PA):
a grocer's upgrade, the ISM survey, an airline's warning, a software IPO, the RBA, a copper
miner's guidance, a coffee chain's closures, the Commission's forecast, oil and OPEC+, the
Bank of England governor before MPs, a Japanese carmaker, a housebuilder's warning, U.S.
jobless claims, an Indian IT firm and China's trade data.

236 rows (118 German, 118 English), 103 negatives (51 German, 52 English), 133 check-worthy
rows of which 7 carry no figure (5 German, 2 English), 287 expected quantities (99
percentages - 95 in %, 2 in percentage points, 2 in basis points -, 64 counts, 54 amounts
of money - 23 USD, 18 EUR, 5 GBP, 3 CHF, 3 JPY, 1 CAD, 1 INR -, 18 ordinals, 18 years, 16
dates, 15 durations - 6 in months, 6 in years, 3 in weeks -, 3 fractions; 25 of them in 22
negatives, as the seventeenth batch labels a figure in a negative), 37 checked speakers (21
German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, feeling, hope, fear, conviction or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-thirty-first, hundred-seventy-fifth, hundred-eighty-ninth); a
  quoted or reported statement of fact, figure, step, plan or position is check-worthy with
  its speaker. The pairs from one speaker: Großkurth's 3,500 jobs beside her „Unsere
  Strategie stimmt ...“ and her conviction with 8 percent; Tulloch's 3,000 products beside
  his "nobody ... beats us on value", his "I'd expect food inflation to be under 3%" and his
  "Honestly, I think ..."; Fenwick's new orders beside his "slow-motion recession" and his
  gut feeling with 50; Kohler-Wyss's 40 percent beside «das Mass aller Dinge» and his
  confidence; Grubmayr's 24 percent beside „Standortproblem“; Whitlock's 24 jets beside "the
  finest people" and "If you ask me ... $2.50"; Castellano's 41% beside "a journey" and "I'd
  be surprised"; Amelung's buyback beside „erste Adresse“, „meine ganz persönliche
  Einschätzung“ and his goal „in fünf Jahren“; Kammerlander's 720,000 homes beside „im
  freien Fall“; Oltmanns's 2.4 billion euros beside her certainty; Whitfield's board beside
  her resolve; Moore's costs beside "a testament to ..." and "the metal of the next
  century"; Ruckstuhl's fifth beside «Gift»; Schimanski's 410 staff beside „Rückgrat“ and
  her bet; Ventura's sixth quarter beside her letter, her belief with 12 months and "a
  better company"; Verhaegen's 90.4% beside "shooting itself in the foot"; Pfisterer's
  online share beside her mood and her hope; Hollerbauer's 14,800 jobs beside „keine
  Pleitewelle“ and his gut feeling with 7,000; Dahl's 180 million barrels beside "drowning in
  oil" and "I wouldn't be surprised ... $55"; Penrose's 3.4% beside "finely balanced" and
  "I won't be drawn"; Ebeling's 0.7 percent beside „aus der Übung gekommen“; Bächtold's
  seven drugs beside «das innovativste Pharmaunternehmen der Welt» and his refusal; Oyama's
  2.7% beside "unshakable", "I believe in my heart" and his refusal; Olbertz's 6 percent
  beside his maxim; Wittich's 184,000 beside „Fels in der Brandung“; Lattimer's 338,000
  pounds beside "Nobody builds better homes" and her confidence; Avery's 1.97 million beside
  "just getting tired" and "Deep down ... 5%"; Strotkamp's 45 billion euros beside „Motor der
  Energiewende“; Natarajan's 4,120 beside "a partner for the next decade" and his hope;
  Lau's "most adaptable on earth" and "My own view ... under 5%" beside the IMF's 4.8%.
- New: outlooks framed as opinion against institutional forecasts. A forecast in the first
  person framed by conviction, belief, confidence, certainty, a bet, a gut feeling, "I
  think", "I'd expect" after "I think", "If you ask me", "Personally", "Honestly", "Frankly",
  "Deep down", "My own view is", „Ich persönlich glaube“, „Ich gehe davon aus ..., aber das
  ist meine ganz persönliche Einschätzung“, „Ich traue dem Dax ... zu“, „Ehrlich gesagt
  halte ich ...“ or "I wouldn't be surprised" is a negative with its figures labelled, be
  the speaker a chief executive, an economist, a fund manager or a minister (hundred-
  sixty-fifth, hundred-seventy-fifth, hundred-eighty-ninth); so is a fear with a figure
  („Ich fürchte, dass wir im Januar die drei Millionen reißen“ 3,000,000 - a number word
  before "Millionen", hundred-seventy-fifth). The look-alikes stay check-worthy with the
  speaker unchecked: an institution's or agency's forecast stated as its expectation
  ("Das Ifo-Institut erwartet ...", "Das Wifo erwartet ...", "Die Inflation soll laut Wifo
  ...", "rechnet ... mit", "dürfte gemäss KOF", "Der Handelsverband HDE erwartet",
  "Die Bundesbank rechnet ...", "Das Institut für Arbeitsmarkt- und Berufsforschung
  erwartet", "Die Landesbank Baden-Württemberg sieht den Dax ... bei 26.000 Punkten", "The
  European Commission cut its forecast", "It now sees", "is expected to grow ..., the
  Commission said", "the Reserve Bank of Australia projected", "The BoE's August forecasts
  showed", "The U.S. Energy Information Administration forecasts", "Federal Reserve
  policymakers projected", "The International Monetary Fund forecast"), a firm's guidance
  ("now expects", "now sees", "bestätigte die Prognose", "peilt ... an", "stellt ... in
  Aussicht" without a figure), a named speaker's plan in indirect speech (Großkurth's
  3,500 jobs, Amelung's buyback, Whitlock's jets, Strotkamp's 45 billion euros, Bächtold's
  seven filings) and a central banker's statement of his bank's forecast (Ebeling's 0.7
  percent, "halte an ihrer Juni-Prognose ... fest"). The same figure in the same story may
  be both: Ebeling's 0.7 percent check-worthy, the unnamed economist's „Ehrlich gesagt halte
  ich die 0,7 Prozent inzwischen für zu hoch“ a negative with 0.7% labelled.
- New: consensus and house estimates are check-worthy with the speaker unchecked - what
  analysts or economists expected before a figure came out is a matter of record
  ("Analysten hatten im Schnitt mit ... gerechnet", "Im Konsens der von Mainfeld erhobenen
  Analystenschätzungen ...", "Von Reuters befragte Ökonomen hatten lediglich mit 88,1
  Punkten gerechnet", "Economists polled by Reuters had forecast 229,000 claims.", "The
  median forecast in a Reuters survey of economists was 49.2.", "Analysts on average had
  expected $1.52 per share, according to LSEG data.", "Eight of 11 economists in a Reuters
  poll had expected ..."), as is a named house's estimate ("Analysts at Merriweather & Co
  estimate ...", "Renaissance Capital estimates ..."; hundred-seventy-fifth: "Analysts at
  Grayfield Partners estimate"), market pricing ("Markets are pricing in a roughly 60%
  chance ..., according to LSEG data.") and an analyst's raised price target ("Ein Analyst
  der Zürcher Kantonalbank hob das Kursziel auf 148 Franken an ..." 148 CHF - the act of
  raising it is checkable; the rating's reasoning would not be). An analyst's or trader's
  verdict stays a negative ("called the upgrade ...", „solide, aber ohne Glanz“, "still
  looks too optimistic to me", „Erleichterungsrally“; hundred-seventy-fifth).
- New: investor-relations boilerplate. A company's self-description ("Karrow is a leading
  diversified miner committed to responsible and sustainable growth, the release said.",
  «Rhenavia ist ein weltweit führendes, forschendes Gesundheitsunternehmen ...», "Kaveri is a
  global leader in next-generation digital services ...") and the forward-looking-statements
  disclaimer ("The release also cautioned that its forward-looking statements involve risks
  ...", „Diese Mitteilung enthält zukunftsbezogene Aussagen, ...“) are negatives, also when
  the release they close carries facts; the headcount and footprint from an annual report
  are check-worthy ("The company employs about 9,800 people at seven mines ...", "Der
  Konzern beschäftigt gemäss Geschäftsbericht rund 78.000 Mitarbeitende in über 100
  Ländern."). Boilerplate of pride, values and resolve stays a negative
  (hundred-seventy-fifth): "a testament to the dedication of our people", "Our commitment to
  building cars in America is unshakable", "a place where everyone feels at home", „Motor
  der Energiewende“, and a central bank's "We will do what is necessary ..." A goal with a
  horizon and no measure is a negative with its figure labelled („Wir wollen in fünf Jahren
  die profitabelste Bank Deutschlands sein“ 5 years; hundred-fifty-first: an electoral goal).
- A lead built on a verdict is a negative like any other row (hundred-seventy-fifth:
  "hält ... für keineswegs ausgemacht"): "... Alistair Penrose said on Wednesday that the
  case for further interest rate cuts was "finely balanced."". Leads that report a move or a
  step without a figure stay check-worthy (seventy-first, hundred-seventy-fifth: Ifo's
  brighter mood, Wifo and IHS cutting, the Bundesbank's stagnation, the miner's record,
  Calder's warning, Rhenavia's raised outlook).
- Evasions, open questions, doubts and appeals without a measure are negatives
  (hundred-seventy-fifth, hundred-eighty-ninth): "ließ Haslauer offen" (with 4% "under"
  labelled - a figure in an open question, hundred-seventy-fifth), "ließ der Bericht offen",
  „konnte Großkurth nicht sagen“, "wollte sich Bächtold nicht äussern", "declined to say"
  (Whitlock, Oyama), "I won't be drawn", „ist unter Ökonomen umstritten“, „ist laut
  Branchenbeobachtern offen“, „wagt derzeit kaum ein Ökonom vorherzusagen“, „bezweifeln
  viele Branchenkenner“, "Some economists doubt ...", "Some investors question ...", "Some
  analysts suspect ...", "Some economists in Brussels privately fear ..." (ordinal 1
  labelled), "remains unclear", «endlich aufzuwachen», „mutigen Reformen“, „nicht im Regen
  stehen zu lassen“, "firmly safeguard", "unwavering in its ambition". Vox pops with ages
  labelled (hundred-twenty-fourth): Jenna Koval's 27.
- Quantities follow the earlier batches: index readings and points are counts with decimals
  as written ("88,6 Punkte von 87,9 Zählern", "48.9 from 48.4", "the 50 mark", "above 50"
  "over" in a negative, "über 24.000 Punkten" "over", "24.118 Punkte"; hundred-eighty-first,
  eighty-eighth), moves in basis points in bp ("a cut of 25 basis points", "a 25-basis-point
  cut") and in percentage points in pp ("about 1.5 percentage points" "about", "um 0,1
  Punkte" of a jobless rate 0.1 pp; twenty-seventh), ranges with the unit written once both
  ("4,5 bis 5 Prozent", "$1.10 ... and $1.30", "2-3% target band", "3%-4% ... from 2%-5%",
  "10,2 bis 10,6 Milliarden Euro", "440,000 to 460,000 tonnes", "between 14,200 and 14,600
  homes"; hundred-fifty-eighth), per-share money ("je Aktie", "per share" none), cents as
  hundredths ("94 cents" 0.94 USD, "65.82 U.S. cents" 0.6582 USD; hundred-seventy-fifth),
  rupees INR, "C$31.76" CAD; "gut ein Sechstel" 0.1667 "over", "knapp ein Fünftel" 0.2
  "nearly", "rund ein Drittel" 0.3333 "about"; "an eighth straight month" 8, "a sixth
  consecutive quarter" 6, "a third straight session" 3, "a seventh straight month" 7, "den
  fünften Monat in Folge" 5, quarters as ordinals ("im dritten Quartal", "the fourth-quarter
  profit forecast" 4, "in the second quarter of 2027" 2; "in the quarter" none); "in the 26
  weeks to Oct. 10" 26 weeks and a date, "in the six months to September" 6 months, "nach
  neun Monaten" 9 months, "seit drei Wochen" 3 weeks; "5.212 Mal" 5212; "20-country" 20;
  "die 34-Jährige" 34 years in a negative. None: "heuer", "Jänner bis September", "next
  year", "this year", "the current quarter", "the July-September quarter", "by 1030 GMT",
  "im Schlussquartal", "im hohen einstelligen Prozentbereich", "a year from now", "the next
  decade", "per day", "a barrel", "a gallon", "per pound".
- Speakers, checked only in forms the earlier batches settled: "..., sagte Großkurth." as
  written; "Großkurth sagte, ...", "Kohler-Wyss sagte, ...", "Grubmayr sagte, ...",
  "Amelung sagte, ...", "Kammerlander sagte, ...", "Ruckstuhl sagte, ...", "Schimanski
  sagte, ...", "Pfisterer sagte, ...", "Hollerbauer sagte, ...", "Ebeling sagte, ...",
  "Bächtold sagte, ...", "Olbertz sagte, ...", "Wittich sagte, ...", "Strotkamp sagte, ..."
  opening the row (forty-second); "Bauministerin Sabine Oltmanns (SPD) sagte, ..." the name
  with title and party dropped; "teilte das Unternehmen am Montag mit" -> "das Unternehmen",
  "teilte der Verband am Mittwoch mit" -> "der Verband" (hundred-seventy-fifth: "die
  Kette"), "teilte die Bundesagentur für Arbeit am Donnerstag mit" -> "die Bundesagentur für
  Arbeit", "Nach Angaben des Start-up-Verbands" -> "der Start-up-Verband" and "nach Angaben
  des Statistischen Bundesamts" -> "das Statistische Bundesamt" (the body in the nominative,
  hundred-fifty-first). English: "Tulloch said", "Fenwick said", "Whitlock said",
  "Castellano said", "Whitfield said", "Moore said", "Ventura said", "Verhaegen said", "Dahl
  said", "Oyama said", "Lattimer said", "Avery said", "Natarajan said" as written; "Penrose
  told lawmakers on the Treasury Committee" -> "Penrose" (hundred-eighty-ninth: "told
  delegates"). New: "the company said in a filing" and "the company said in an exchange
  filing" -> "the company" - the firm taken up by its common noun as "das Unternehmen"
  and the hundred-seventy-fifth's "the charity said in a press release". Left unchecked
  (None): rows without attribution and all negatives; "wie das Ifo-Institut ... mitteilte",
  "wie das Institut am Dienstag mitteilte", "meldete das Statistische Bundesamt", "wie der
  Konzern ... mitteilte" (a "wie"-clause or an inverted verb not settled), "laut dem
  Kreditschutzverband", "laut Wifo", "gemäss KOF", "nach Angaben aus Investorenkreisen",
  "heißt es im Monatsbericht", "the Institute for Supply Management said", "the Commission
  said", "The firm said", "Labor Department data showed", "customs data showed", "according
  to LSEG data", "according to a regulatory filing", "according to its annual report",
  "Two OPEC+ delegates said" (a plural group, forty-first), "The Home Builders Federation
  said" (hundred-eighty-ninth leaves bodies' "said" unchecked).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_196 = [
    # --- Quartalszahlen bei Brennecke (dpa-AFX) ---
    (
        "de",
        "Stuttgart (dpa-AFX) - Beim Autozulieferer Brennecke ist der Gewinn im dritten Quartal eingebrochen, weil Elektroautos sich schlechter verkaufen als geplant.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das bereinigte Ergebnis vor Zinsen und Steuern fiel um 38 Prozent auf 214 Millionen Euro, der Umsatz sank um 6,2 Prozent auf knapp 4,9 Milliarden Euro, teilte das Unternehmen am Montag mit.",
        True,
        [
            ("percent", 38, "%", None),
            ("money", 214000000, "EUR", None),
            ("percent", 6.2, "%", None),
            ("money", 4900000000, "EUR", "nearly"),
        ],
        "das Unternehmen",
    ),
    (
        "de",
        "Analysten hatten im Schnitt mit einem operativen Ergebnis von 251 Millionen Euro gerechnet.",
        True,
        [("money", 251000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Unsere Strategie stimmt, und die Transformation stemmen wir aus eigener Kraft“, sagte Vorstandschefin Annette Großkurth.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Großkurth sagte, der Konzern wolle bis Ende 2027 weltweit rund 3.500 Stellen abbauen, davon etwa 1.200 in Deutschland.",
        True,
        [("year", 2027, None, None), ("count", 3500, None, "about"), ("count", 1200, None, "about")],
        "Großkurth",
    ),
    (
        "de",
        "„Ich bin zutiefst überzeugt, dass wir 2027 wieder eine Marge von über 8 Prozent sehen werden“, sagte Großkurth.",
        False,
        [("year", 2027, None, None), ("percent", 8, "%", "over")],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr bestätigte Brennecke die Prognose einer bereinigten Ebit-Marge von 4,5 bis 5 Prozent.",
        True,
        [("percent", 4.5, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    ("de", "Die IG Metall nannte den Stellenabbau „einen Schlag ins Gesicht der Belegschaft“.", False, [], None),
    (
        "de",
        "Wann die Nachfrage nach Elektroautos in Europa wieder anzieht, konnte Großkurth nicht sagen.",
        False,
        [],
        None,
    ),
    ("de", "Die Aktie verlor im Xetra-Handel zeitweise 7,4 Prozent.", True, [("percent", 7.4, "%", None)], None),
    # --- Ifo-Geschäftsklima (Reuters) ---
    (
        "de",
        "München (Reuters) - Deutschlands Unternehmen blicken im Oktober überraschend zuversichtlicher auf ihre Geschäfte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Ifo-Geschäftsklimaindex stieg auf 88,6 Punkte von 87,9 Zählern im September, wie das Ifo-Institut am Montag zu seiner Umfrage unter rund 9.000 Unternehmen mitteilte.",
        True,
        [("count", 88.6, None, None), ("count", 87.9, None, None), ("count", 9000, None, "about")],
        None,
    ),
    (
        "de",
        "Von Reuters befragte Ökonomen hatten lediglich mit 88,1 Punkten gerechnet.",
        True,
        [("count", 88.1, None, None)],
        None,
    ),
    (
        "de",
        "„Die Talsohle ist durchschritten, jetzt geht es Schritt für Schritt bergauf“, sagte Ifo-Präsident Konrad Wellershoff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Ifo-Institut erwartet für das kommende Jahr ein Wachstum der Wirtschaftsleistung von 0,9 Prozent, nach 0,2 Prozent in diesem Jahr.",
        True,
        [("percent", 0.9, "%", None), ("percent", 0.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Ich persönlich glaube, dass wir nächstes Jahr eher bei 1,5 Prozent Wachstum landen“, sagte die Chefvolkswirtin der Hanseatischen Landesbank, Helga Vierkötter.",
        False,
        [("percent", 1.5, "%", None)],
        None,
    ),
    ("de", "Ob der Aufschwung schon trägt, ist unter Ökonomen umstritten.", False, [], None),
    ("de", "Einige Volkswirte halten die Aufhellung für ein Strohfeuer.", False, [], None),
    # --- UK grocer raises forecast (Reuters) ---
    (
        "en",
        "LONDON, Nov 2 (Reuters) - British supermarket group Harwood & Pike lifted its annual profit outlook on Monday after like-for-like sales rose 4.8% in the 26 weeks to Oct. 10.",
        True,
        [
            ("date", "--11-02", None, None),
            ("percent", 4.8, "%", None),
            ("duration", 26, "week", None),
            ("date", "--10-10", None, None),
        ],
        None,
    ),
    (
        "en",
        "The company now expects adjusted operating profit of 1.62 billion to 1.68 billion pounds, up from a previous range of 1.5 billion to 1.6 billion pounds.",
        True,
        [
            ("money", 1620000000, "GBP", None),
            ("money", 1680000000, "GBP", None),
            ("money", 1500000000, "GBP", None),
            ("money", 1600000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        '"Our customers tell us every single week that nobody on the high street beats us on value," Chief Executive Graham Tulloch said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tulloch said the group had cut prices on more than 3,000 products since March and hired 6,500 extra staff for Christmas.",
        True,
        [("count", 3000, None, "over"), ("count", 6500, None, None)],
        "Tulloch",
    ),
    (
        "en",
        '"I think the shopper is in much better shape than the gloom suggests, and I\'d expect food inflation to be under 3% by the spring," he said.',
        False,
        [("percent", 3, "%", "under")],
        None,
    ),
    (
        "en",
        "Official figures showed UK food inflation at 4.1% in September, up from 3.7% in August.",
        True,
        [("percent", 4.1, "%", None), ("percent", 3.7, "%", None)],
        None,
    ),
    ("en", '"Honestly, I think the discounters have had their best days," Tulloch said.', False, [], None),
    (
        "en",
        "Shares in Harwood & Pike rose 5.3% in early trading, the biggest gain among London's blue-chip stocks.",
        True,
        [("percent", 5.3, "%", None)],
        None,
    ),
    (
        "en",
        'Analyst Priya Deshmukh at Bellcourt Securities called the upgrade "a statement of intent aimed squarely at the discounters."',
        False,
        [],
        None,
    ),
    # --- U.S. factory survey (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 2 (Reuters) - U.S. manufacturing contracted for an eighth straight month in October, the Institute for Supply Management said on Monday.",
        True,
        [("date", "--11-02", None, None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        "The ISM's manufacturing index edged up to 48.9 from 48.4 in September, below the 50 mark that separates growth from contraction.",
        True,
        [("count", 48.9, None, None), ("count", 48.4, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        "The median forecast in a Reuters survey of economists was 49.2.",
        True,
        [("count", 49.2, None, None)],
        None,
    ),
    (
        "en",
        '"Manufacturing is in a slow-motion recession and nobody in Washington wants to say it out loud," said Jared Fenwick, chief economist at Cobalt Ridge Advisors.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fenwick said new orders had shrunk in each of the past five months, while the gauge of factory employment dropped to 45.6, its lowest level since 2020.",
        True,
        [("duration", 5, "month", None), ("count", 45.6, None, None), ("year", 2020, None, None)],
        "Fenwick",
    ),
    (
        "en",
        '"My gut tells me we\'ll see the index back above 50 by the summer," Fenwick added.',
        False,
        [("count", 50, None, "over")],
        None,
    ),
    (
        "en",
        "Some economists doubt that tariff relief will arrive in time to help factories this winter.",
        False,
        [],
        None,
    ),
    # --- Uhrenexporte (Keystone-SDA) ---
    (
        "de",
        "Biel (Keystone-SDA) - Die Uhrenbranche der Schweiz hat im September den fünften Monat in Folge weniger ins Ausland verkauft.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Ausfuhren gingen gegenüber dem Vorjahresmonat um 9,3 Prozent auf 2,07 Milliarden Franken zurück, wie die Statistik des Uhrenverbands FH vom Montag zeigt.",
        True,
        [("percent", 9.3, "%", None), ("money", 2070000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Besonders stark brachen die Lieferungen nach China ein, sie sanken um 31 Prozent; jene in die USA gingen um 12 Prozent zurück.",
        True,
        [("percent", 31, "%", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "«Die Schweizer Uhr bleibt das Mass aller Dinge, daran ändert auch eine Flaute nichts», sagte Verbandspräsident Beat Kohler-Wyss.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kohler-Wyss sagte, rund 40 Prozent der Mitgliedfirmen hätten bereits Kurzarbeit beantragt.",
        True,
        [("percent", 40, "%", "about")],
        "Kohler-Wyss",
    ),
    (
        "de",
        "«Ich bin zuversichtlich, dass wir im zweiten Halbjahr 2027 wieder wachsen», sagte er.",
        False,
        [("ordinal", 2, None, None), ("year", 2027, None, None)],
        None,
    ),
    ("de", "Die Gewerkschaft Unia sprach von «Kurzarbeit als Dauerzustand».", False, [], None),
    # --- Konjunkturprognose von Wifo und IHS (APA) ---
    (
        "de",
        "Wien (APA) - Wifo und IHS sind für Österreichs Konjunktur erneut pessimistischer geworden und haben ihre Prognosen gesenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Wifo erwartet für heuer nun ein Wachstum von 0,3 Prozent statt bisher 0,6 Prozent, für 2027 ein Plus von 1,1 Prozent.",
        True,
        [
            ("percent", 0.3, "%", None),
            ("percent", 0.6, "%", None),
            ("year", 2027, None, None),
            ("percent", 1.1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das IHS ist mit 0,4 Prozent für heuer und 1,2 Prozent für 2027 etwas optimistischer.",
        True,
        [("percent", 0.4, "%", None), ("percent", 1.2, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Inflation soll laut Wifo im Jahresschnitt bei 3,2 Prozent liegen.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Österreich hat kein Konjunkturproblem, sondern ein Standortproblem“, sagte IHS-Direktor Matthias Grubmayr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grubmayr sagte, die Lohnstückkosten seien seit 2021 um 24 Prozent gestiegen, in Deutschland um 14 Prozent.",
        True,
        [("year", 2021, None, None), ("percent", 24, "%", None), ("percent", 14, "%", None)],
        "Grubmayr",
    ),
    (
        "de",
        "Finanzminister Ferdinand Haslauer (ÖVP) nannte die Prognose „einen Weckruf, aber keinen Grund zur Panik“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob das Budgetdefizit heuer unter 4 Prozent der Wirtschaftsleistung bleibt, ließ Haslauer offen.",
        False,
        [("percent", 4, "%", "under")],
        None,
    ),
    # --- Airline cuts forecast (Reuters) ---
    (
        "en",
        "CHICAGO, Nov 2 (Reuters) - Skyward Continental Airlines cut its fourth-quarter profit forecast on Monday, blaming higher jet fuel prices and weak demand for flights to Asia.",
        True,
        [("date", "--11-02", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The carrier now sees adjusted profit per share between $1.10 and $1.30, down from its earlier forecast of $1.45 to $1.65.",
        True,
        [
            ("money", 1.1, "USD", None),
            ("money", 1.3, "USD", None),
            ("money", 1.45, "USD", None),
            ("money", 1.65, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts on average had expected $1.52 per share, according to LSEG data.",
        True,
        [("money", 1.52, "USD", None)],
        None,
    ),
    (
        "en",
        '"We have the finest people in the industry and the strongest network this airline has ever had," Chief Executive Dana Whitlock said on a call with analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitlock said the airline would retire 24 of its oldest narrowbody jets by 2028 and hold capacity growth next year to between 2% and 3%.",
        True,
        [("count", 24, None, None), ("year", 2028, None, None), ("percent", 2, "%", None), ("percent", 3, "%", None)],
        "Whitlock",
    ),
    (
        "en",
        '"If you ask me, jet fuel will be back under $2.50 a gallon by March," Whitlock told reporters.',
        False,
        [("money", 2.5, "USD", "under")],
        None,
    ),
    ("en", "Shares of Skyward fell 8.6% in premarket trading.", True, [("percent", 8.6, "%", None)], None),
    ("en", "Whitlock declined to say whether the airline would drop any of its routes to Tokyo.", False, [], None),
    (
        "en",
        'The pilots\' union called the capacity cuts "a slap in the face to the people who fly these planes."',
        False,
        [],
        None,
    ),
    # --- Software IPO (Reuters) ---
    (
        "en",
        "NEW YORK, Nov 2 (Reuters) - Cloud software firm Nimbra priced its initial public offering at $34 per share on Monday, above its marketed range of $29 to $32, valuing the company at about $11.8 billion.",
        True,
        [
            ("date", "--11-02", None, None),
            ("money", 34, "USD", None),
            ("money", 29, "USD", None),
            ("money", 32, "USD", None),
            ("money", 11800000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "The company sold 22.5 million shares, raising $765 million, according to a regulatory filing.",
        True,
        [("count", 22500000, None, None), ("money", 765000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Today is the beginning of a journey, not the destination," co-founder and Chief Executive Rohan Castellano said in an interview.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellano said Nimbra's revenue grew 41% in the first half of the year to $612 million and that it had been profitable on an adjusted basis for the past nine months.",
        True,
        [
            ("percent", 41, "%", None),
            ("ordinal", 1, None, None),
            ("money", 612000000, "USD", None),
            ("duration", 9, "month", None),
        ],
        "Castellano",
    ),
    (
        "en",
        "\"I'd be surprised if we're not the biggest software listing of the year by a mile,\" he said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Renaissance Capital estimates that U.S. IPOs have raised $38.4 billion so far this year, up 27% from the same period last year.",
        True,
        [("money", 38400000000, "USD", None), ("percent", 27, "%", None)],
        None,
    ),
    ("en", "Some investors question whether the valuation leaves any room for disappointment.", False, [], None),
    # --- Mainfeld Bank (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Mainfeld Bank hat im dritten Quartal dank höherer Provisionserträge mehr verdient als erwartet.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Nettogewinn stieg um 17 Prozent auf 612 Millionen Euro, wie das Institut am Dienstag mitteilte.",
        True,
        [("percent", 17, "%", None), ("money", 612000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Konsens der von Mainfeld erhobenen Analystenschätzungen standen im Schnitt 548 Millionen Euro.",
        True,
        [("money", 548000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Für den Mittelstand sind wir die erste Adresse, daran ändert sich nichts“, sagte Vorstandschef Ruprecht Amelung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Amelung sagte, die Bank wolle bis 2028 eigene Aktien für bis zu 3 Milliarden Euro zurückkaufen und die Ausschüttungsquote auf 70 Prozent anheben.",
        True,
        [("year", 2028, None, None), ("money", 3000000000, "EUR", "up_to"), ("percent", 70, "%", None)],
        "Amelung",
    ),
    (
        "de",
        "Die harte Kernkapitalquote lag Ende September bei 14,9 Prozent.",
        True,
        [("percent", 14.9, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir wollen in fünf Jahren die profitabelste Bank Deutschlands sein“, sagte Amelung.",
        False,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "„Ich gehe davon aus, dass die Leitzinsen in Europa nicht mehr unter 2 Prozent fallen, aber das ist meine ganz persönliche Einschätzung“, sagte Amelung.",
        False,
        [("percent", 2, "%", "under")],
        None,
    ),
    ("de", "Ein Fondsmanager nannte die Zahlen „solide, aber ohne Glanz“.", False, [], None),
    # --- Baugenehmigungen (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Im August haben die deutschen Bauämter erneut weniger neue Wohnungen genehmigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Behörden genehmigten den Bau von 17.400 Wohnungen, 8,1 Prozent unter dem Wert des Vorjahresmonats, meldete das Statistische Bundesamt am Dienstag.",
        True,
        [("count", 17400, None, None), ("percent", 8.1, "%", None)],
        None,
    ),
    (
        "de",
        "In den ersten acht Monaten des Jahres summierte sich das Minus auf 11,5 Prozent.",
        True,
        [("ordinal", 1, None, None), ("duration", 8, "month", None), ("percent", 11.5, "%", None)],
        None,
    ),
    (
        "de",
        "„Der Wohnungsbau ist im freien Fall, und die Politik schaut zu“, sagte die Präsidentin des Immobilienverbands ZIA, Iris Kammerlander.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kammerlander sagte, bis 2030 fehlten in Deutschland nach Berechnungen ihres Verbands rund 720.000 Wohnungen.",
        True,
        [("year", 2030, None, None), ("count", 720000, None, "about")],
        "Kammerlander",
    ),
    (
        "de",
        "Bauministerin Sabine Oltmanns (SPD) sagte, der Bund habe seit Jahresbeginn 2,4 Milliarden Euro an Fördermitteln für den sozialen Wohnungsbau bewilligt.",
        True,
        [("money", 2400000000, "EUR", None)],
        "Sabine Oltmanns",
    ),
    ("de", "„Ich bin sicher, dass wir im nächsten Jahr die Wende am Bau sehen“, sagte Oltmanns.", False, [], None),
    ("de", "Wann die Genehmigungszahlen wieder steigen, wagt derzeit kaum ein Ökonom vorherzusagen.", False, [], None),
    # --- RBA holds (Reuters) ---
    (
        "en",
        "SYDNEY, Nov 3 (Reuters) - Australia's central bank held its cash rate at 3.85% on Tuesday and said inflation was likely to stay above its 2-3% target band until late 2027.",
        True,
        [
            ("date", "--11-03", None, None),
            ("percent", 3.85, "%", None),
            ("percent", 2, "%", None),
            ("percent", 3, "%", None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "In new forecasts, the Reserve Bank of Australia projected underlying inflation of 3.1% by June next year, up from 2.8% in its August projections.",
        True,
        [("percent", 3.1, "%", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        '"We will do what is necessary to return inflation to target," Governor Eleanor Whitfield told a news conference.',
        False,
        [],
        None,
    ),
    ("en", "Whitfield said the board had not discussed a rate increase at the meeting.", True, [], "Whitfield"),
    (
        "en",
        "Eight of 11 economists in a Reuters poll had expected the RBA to hold; three had forecast a cut of 25 basis points.",
        True,
        [("count", 8, None, None), ("count", 11, None, None), ("count", 3, None, None), ("percent", 25, "bp", None)],
        None,
    ),
    (
        "en",
        '"Personally, I think they\'ll be cutting by February, whatever they say today," said Callum Rees, senior economist at Tasman Street Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Australian dollar rose 0.6% to 65.82 U.S. cents after the decision.",
        True,
        [("percent", 0.6, "%", None), ("money", 0.6582, "USD", None)],
        None,
    ),
    # --- Copper miner guidance (Reuters) ---
    (
        "en",
        "TORONTO, Nov 3 (Reuters) - Canadian miner Karrow Resources reported record quarterly copper output on Tuesday and raised its annual production guidance.",
        True,
        [("date", "--11-03", None, None)],
        None,
    ),
    (
        "en",
        "The company produced 118,400 tonnes of copper in the third quarter, up 22% from a year earlier, and now expects full-year output of 440,000 to 460,000 tonnes.",
        True,
        [
            ("count", 118400, None, None),
            ("ordinal", 3, None, None),
            ("percent", 22, "%", None),
            ("count", 440000, None, None),
            ("count", 460000, None, None),
        ],
        None,
    ),
    (
        "en",
        '"This record quarter is a testament to the dedication of our people and our unwavering commitment to operational excellence," Chief Executive Lachlan Moore said in the statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Karrow is a leading diversified miner committed to responsible and sustainable growth, the release said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The company employs about 9,800 people at seven mines in Canada, Chile and Peru, according to its annual report.",
        True,
        [("count", 9800, None, "about"), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Moore said all-in sustaining costs had fallen to $2.41 per pound from $2.87 a year ago.",
        True,
        [("money", 2.41, "USD", None), ("money", 2.87, "USD", None)],
        "Moore",
    ),
    (
        "en",
        "The release also cautioned that its forward-looking statements involve risks and uncertainties and that actual results may differ materially.",
        False,
        [],
        None,
    ),
    ("en", '"We believe copper is the metal of the next century," Moore said.', False, [], None),
    (
        "en",
        "Karrow's Toronto-listed shares rose 4.2% to C$31.76.",
        True,
        [("percent", 4.2, "%", None), ("money", 31.76, "CAD", None)],
        None,
    ),
    # --- KOF-Prognose (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Konjunkturforschungsstelle KOF der ETH Zürich rechnet für die Schweiz im kommenden Jahr mit einem Wachstum von 1,2 Prozent.",
        True,
        [("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr senkte die KOF ihre Prognose auf 0,9 Prozent von zuvor 1,1 Prozent.",
        True,
        [("percent", 0.9, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote dürfte gemäss KOF bis Ende 2027 auf 3,1 Prozent steigen.",
        True,
        [("year", 2027, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "«Die Zölle der USA sind Gift für unsere Exportwirtschaft», sagte KOF-Leiter Andreas Ruckstuhl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ruckstuhl sagte, die Ausfuhren in die USA seien seit August um knapp ein Fünftel eingebrochen.",
        True,
        [("fraction", 0.2, None, "nearly")],
        "Ruckstuhl",
    ),
    (
        "de",
        "«Wenn Sie mich fragen, wird der Franken noch viel stärker, als alle glauben», sagte ein Devisenhändler einer Zürcher Bank.",
        False,
        [],
        None,
    ),
    ("de", "Der Gewerbeverband forderte den Bundesrat auf, «endlich aufzuwachen».", False, [], None),
    # --- Finanzierungsrunde bei Voltwerk (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Berliner Batterie-Start-up Voltwerk hat in einer Finanzierungsrunde 240 Millionen Euro eingesammelt.",
        True,
        [("money", 240000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Angeführt wurde die Runde von einem Staatsfonds aus Singapur; die Firma wird damit nach Angaben aus Investorenkreisen mit rund 1,6 Milliarden Euro bewertet.",
        True,
        [("money", 1600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wir bauen hier das Rückgrat der europäischen Energiewende“, sagte Gründerin Lea Schimanski.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schimanski sagte, Voltwerk beschäftige derzeit 410 Mitarbeitende und wolle die Belegschaft bis Ende 2027 auf rund 1.000 aufstocken.",
        True,
        [("count", 410, None, None), ("year", 2027, None, None), ("count", 1000, None, "about")],
        "Schimanski",
    ),
    (
        "de",
        "„Ich wette, dass wir in fünf Jahren an der Börse sind“, sagte die 34-Jährige.",
        False,
        [("duration", 5, "year", None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Start-up-Verbands floss im ersten Halbjahr rund ein Drittel des Wagniskapitals in Deutschland an Klima-Firmen.",
        True,
        [("ordinal", 1, None, None), ("fraction", 0.3333, None, "about")],
        "der Start-up-Verband",
    ),
    (
        "de",
        "Ob sich Batteriezellen aus Europa je gegen die Konkurrenz aus China behaupten können, bezweifeln viele Branchenkenner.",
        False,
        [],
        None,
    ),
    # --- Coffee chain closures (Reuters) ---
    (
        "en",
        "SEATTLE, Nov 3 (Reuters) - Driftwood Coffee said on Tuesday it would close about 400 underperforming U.S. stores and cut 1,100 corporate jobs as part of a turnaround plan.",
        True,
        [("date", "--11-03", None, None), ("count", 400, None, "about"), ("count", 1100, None, None)],
        None,
    ),
    (
        "en",
        "The restructuring will cost about $1.2 billion, mostly in the current quarter, the company said in a filing.",
        True,
        [("money", 1200000000, "USD", "about")],
        "the company",
    ),
    (
        "en",
        '"Driftwood is, and will always be, a place where everyone feels at home," Chief Executive Marisol Ventura said in a letter to employees.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ventura said U.S. same-store sales had fallen for a sixth consecutive quarter, with customer visits down 7%.",
        True,
        [("ordinal", 6, None, None), ("percent", 7, "%", None)],
        "Ventura",
    ),
    (
        "en",
        '"I truly believe we can be back to growth within 12 months," she said.',
        False,
        [("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Analysts at Merriweather & Co estimate the closures will lift the chain's operating margin by about 1.5 percentage points.",
        True,
        [("percent", 1.5, "pp", "about")],
        None,
    ),
    ("en", '"We will come out of this a better company," Ventura said.', False, [], None),
    (
        "en",
        'A barista in Tacoma, Jenna Koval, 27, said: "Nobody tells us anything until it\'s on the news."',
        False,
        [("duration", 27, "year", None)],
        None,
    ),
    # --- Commission autumn forecast (Reuters) ---
    (
        "en",
        "BRUSSELS, Nov 3 (Reuters) - The European Commission cut its forecast for euro zone growth next year to 1.0% from 1.3% on Tuesday, citing U.S. tariffs and weak German industry.",
        True,
        [("date", "--11-03", None, None), ("percent", 1.0, "%", None), ("percent", 1.3, "%", None)],
        None,
    ),
    (
        "en",
        "It now sees inflation in the 20-country bloc averaging 2.1% next year and 1.9% in 2028.",
        True,
        [
            ("count", 20, None, None),
            ("percent", 2.1, "%", None),
            ("percent", 1.9, "%", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "Germany's economy is expected to grow 0.7% next year after stagnating this year, the Commission said.",
        True,
        [("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        '"Europe is not condemned to slow growth, but it must stop shooting itself in the foot," Economy Commissioner Lucas Verhaegen told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Verhaegen said public debt in the euro zone would rise to 90.4% of GDP next year.",
        True,
        [("percent", 90.4, "%", None)],
        "Verhaegen",
    ),
    (
        "en",
        "Some economists in Brussels privately fear the bloc could slip into recession in the first half of next year.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Frankly, I think the Commission is still far too rosy about Germany," said Bert Claessens, an economist at a Brussels bank.',
        False,
        [],
        None,
    ),
    # --- Weihnachtsprognose des HDE (dpa) ---
    (
        "de",
        "Berlin (dpa) - Für November und Dezember erwartet der Handelsverband HDE Erlöse von 121,4 Milliarden Euro.",
        True,
        [("money", 121400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das wären nominal 1,3 Prozent mehr als im Vorjahr, preisbereinigt aber ein Minus von 0,8 Prozent, teilte der Verband am Mittwoch mit.",
        True,
        [("percent", 1.3, "%", None), ("percent", 0.8, "%", None)],
        "der Verband",
    ),
    (
        "de",
        "„Die Kundschaft ist verunsichert, und das spürt jeder Händler in diesem Land“, sagte HDE-Hauptgeschäftsführerin Renate Pfisterer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pfisterer sagte, der Onlinehandel werde mit 19,6 Milliarden Euro gut ein Sechstel des Weihnachtsumsatzes ausmachen.",
        True,
        [("money", 19600000000, "EUR", None), ("fraction", 0.1667, None, "over")],
        "Pfisterer",
    ),
    (
        "de",
        "„Ich hoffe sehr, dass die Leute am Ende doch zu Hause nicht sparen, wenn es um Geschenke geht“, sagte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Umfrage des Verbands unter 600 Händlern erwarten 41 Prozent ein schlechteres Geschäft als im Vorjahr.",
        True,
        [("count", 600, None, None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "Verdi warf dem Verband vor, „Schwarzmalerei auf dem Rücken der Beschäftigten“ zu betreiben.",
        False,
        [],
        None,
    ),
    # --- Firmenpleiten in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Unternehmen sind von Jänner bis September häufiger in die Insolvenz geschlittert, insgesamt 5.212 Mal, das sind um 4,6 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 5212, None, None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Passiva summierten sich laut dem Kreditschutzverband KSV1870 auf rund 3,9 Milliarden Euro.",
        True,
        [("money", 3900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wir sehen keine Pleitewelle, sondern eine Normalisierung nach den Hilfsjahren“, sagte KSV-Geschäftsführer Ernst Hollerbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollerbauer sagte, rund 14.800 Arbeitsplätze seien von den Insolvenzen betroffen.",
        True,
        [("count", 14800, None, "about")],
        "Hollerbauer",
    ),
    (
        "de",
        "„Mein Bauchgefühl sagt mir, dass wir heuer knapp unter 7.000 Fällen bleiben“, sagte Hollerbauer.",
        False,
        [("count", 7000, None, "under")],
        None,
    ),
    ("de", "Die Wirtschaftskammer nannte die Zahlen „ein Alarmsignal für den Standort“.", False, [], None),
    (
        "de",
        "Die Gewerkschaft GPA forderte, die Beschäftigten der Pleitefirmen „nicht im Regen stehen zu lassen“.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Bauwirtschaft das Schlimmste hinter sich hat, ist laut Branchenbeobachtern offen.", False, [], None),
    # --- OPEC+ and oil (Reuters) ---
    (
        "en",
        "DUBAI, Nov 4 (Reuters) - Oil prices fell for a third straight session on Wednesday after OPEC+ sources said the group was likely to raise output again in December.",
        True,
        [("date", "--11-04", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Brent crude futures were down 94 cents, or 1.4%, at $64.18 a barrel by 1030 GMT.",
        True,
        [("money", 0.94, "USD", None), ("percent", 1.4, "%", None), ("money", 64.18, "USD", None)],
        None,
    ),
    (
        "en",
        "Two OPEC+ delegates said eight member countries were discussing an increase of 137,000 barrels per day.",
        True,
        [("count", 8, None, None), ("count", 137000, None, None)],
        None,
    ),
    (
        "en",
        '"The market is drowning in oil and everybody knows it," said Sunniva Dahl, an analyst at Nordkapp Energy Research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Dahl said global inventories had risen by about 180 million barrels since January.",
        True,
        [("count", 180000000, None, "about")],
        "Dahl",
    ),
    (
        "en",
        '"I wouldn\'t be surprised to see Brent at $55 before Easter," she added.',
        False,
        [("money", 55, "USD", None)],
        None,
    ),
    (
        "en",
        "The U.S. Energy Information Administration forecasts Brent will average $58 a barrel next year.",
        True,
        [("money", 58, "USD", None)],
        None,
    ),
    ("en", 'A Gulf oil official dismissed talk of a price war as "journalists\' fantasies."', False, [], None),
    # --- Bank of England (Reuters) ---
    (
        "en",
        'LONDON, Nov 4 (Reuters) - Bank of England Governor Alistair Penrose said on Wednesday that the case for further interest rate cuts was "finely balanced."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Penrose told lawmakers on the Treasury Committee that inflation had fallen to 3.4% in September from a peak of 3.9% in July.",
        True,
        [("percent", 3.4, "%", None), ("percent", 3.9, "%", None)],
        "Penrose",
    ),
    (
        "en",
        "The BoE's August forecasts showed inflation returning to its 2% target in the second quarter of 2027.",
        True,
        [("percent", 2, "%", None), ("ordinal", 2, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"We are not on a preset path, and I won\'t be drawn on the timing of the next move," Penrose said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Markets are pricing in a roughly 60% chance of a 25-basis-point cut in December, according to LSEG data.",
        True,
        [("percent", 60, "%", "about"), ("percent", 25, "bp", None)],
        None,
    ),
    (
        "en",
        'Conservative committee member Gregory Tilling called the Bank "asleep at the wheel for three years running."',
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "\"If I had to bet, I'd say two more cuts next year, but I wouldn't stake my house on it,\" said Olivia Marchbank, UK economist at Fenwick Hale.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    # --- Bundesbank-Monatsbericht (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Bundesbank rechnet für das Schlussquartal mit einer stagnierenden deutschen Wirtschaft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im dritten Quartal war das Bruttoinlandsprodukt nach Angaben des Statistischen Bundesamts um 0,1 Prozent geschrumpft.",
        True,
        [("ordinal", 3, None, None), ("percent", 0.1, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Industrieproduktion lag im September um 4,3 Prozent unter dem Vorjahresniveau, heißt es im Monatsbericht der Notenbank.",
        True,
        [("percent", 4.3, "%", None)],
        None,
    ),
    (
        "de",
        "„Die deutsche Wirtschaft ist nicht krank, sie ist nur aus der Übung gekommen“, sagte Bundesbank-Vorstand Carsten Ebeling in einer Rede.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ebeling sagte, die Bundesbank halte an ihrer Juni-Prognose von 0,7 Prozent Wachstum für das kommende Jahr fest.",
        True,
        [("percent", 0.7, "%", None)],
        "Ebeling",
    ),
    (
        "de",
        "„Ehrlich gesagt halte ich die 0,7 Prozent inzwischen für zu hoch“, sagte ein Volkswirt einer Großbank.",
        False,
        [("percent", 0.7, "%", None)],
        None,
    ),
    ("de", "Wie stark die US-Zölle die Exporteure im Winter treffen, ließ der Bericht offen.", False, [], None),
    # --- Pharmakonzern in Basel (Keystone-SDA) ---
    (
        "de",
        "Basel (Keystone-SDA) - Der Pharmakonzern Rhenavia hat im dritten Quartal dank seiner Krebsmedikamente den Umsatz um 8 Prozent auf 11,4 Milliarden Franken gesteigert.",
        True,
        [("ordinal", 3, None, None), ("percent", 8, "%", None), ("money", 11400000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr erhöhte Rhenavia die Prognose und stellt nun ein Umsatzplus im hohen einstelligen Prozentbereich in Aussicht, wie das Unternehmen am Mittwoch mitteilte.",
        True,
        [],
        "das Unternehmen",
    ),
    (
        "de",
        "«Wir sind das innovativste Pharmaunternehmen der Welt, und unsere Pipeline beweist es Tag für Tag», sagte Konzernchef Urs Bächtold.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bächtold sagte, in den kommenden zwei Jahren wolle Rhenavia sieben neue Medikamente zur Zulassung einreichen.",
        True,
        [("duration", 2, "year", None), ("count", 7, None, None)],
        "Bächtold",
    ),
    (
        "de",
        "Rhenavia ist ein weltweit führendes, forschendes Gesundheitsunternehmen mit Sitz in Basel, heisst es in der Mitteilung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Konzern beschäftigt gemäss Geschäftsbericht rund 78.000 Mitarbeitende in über 100 Ländern.",
        True,
        [("count", 78000, None, "about"), ("count", 100, None, "over")],
        None,
    ),
    ("de", "Zu möglichen Zöllen auf Medikamente in den USA wollte sich Bächtold nicht äussern.", False, [], None),
    (
        "de",
        "Ein Analyst der Zürcher Kantonalbank hob das Kursziel auf 148 Franken an und bestätigte seine Kaufempfehlung.",
        True,
        [("money", 148, "CHF", None)],
        None,
    ),
    # --- Japanese carmaker (Reuters) ---
    (
        "en",
        "TOKYO, Nov 4 (Reuters) - Japan's Hoshida Motor cut its annual operating profit forecast by 18% on Wednesday, saying U.S. tariffs would cost it 410 billion yen this fiscal year.",
        True,
        [("date", "--11-04", None, None), ("percent", 18, "%", None), ("money", 410000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "The automaker now expects operating profit of 1.15 trillion yen for the business year through March, against an earlier forecast of 1.4 trillion yen.",
        True,
        [("money", 1150000000000, "JPY", None), ("money", 1400000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        '"Our commitment to building cars in America is unshakable," President Takeshi Oyama said at a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Oyama said the company had raised prices on its U.S. models by an average of 2.7% since July.",
        True,
        [("percent", 2.7, "%", None)],
        "Oyama",
    ),
    ("en", '"I believe in my heart that the tariffs will be lower a year from now," he said.', False, [], None),
    (
        "en",
        "Hoshida sold 2.08 million vehicles worldwide in the six months to September, down 3% from a year earlier.",
        True,
        [("count", 2080000, None, None), ("duration", 6, "month", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Oyama declined to say whether the company would shift more production to the United States.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Hiroshi Kanda, an analyst at Sakuragawa Securities, said the guidance "still looks too optimistic to me."',
        False,
        [],
        None,
    ),
    # --- Ökonomenumfrage zum Dax (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Dax hat am Donnerstag erstmals seit drei Wochen wieder über 24.000 Punkten geschlossen.",
        True,
        [("duration", 3, "week", None), ("count", 24000, None, "over")],
        None,
    ),
    (
        "de",
        "Der deutsche Leitindex stieg um 1,2 Prozent auf 24.118 Punkte.",
        True,
        [("percent", 1.2, "%", None), ("count", 24118, None, None)],
        None,
    ),
    ("de", "Händler sprachen von einer „Erleichterungsrally“ nach den Zahlen aus den USA.", False, [], None),
    (
        "de",
        "Die Landesbank Baden-Württemberg sieht den Dax in ihrer Jahresprognose Ende nächsten Jahres bei 26.000 Punkten.",
        True,
        [("count", 26000, None, None)],
        None,
    ),
    (
        "de",
        "„Ich traue dem Dax bis zum Sommer locker 27.000 Punkte zu“, sagte Fondsmanager Timo Rehbein.",
        False,
        [("count", 27000, None, None)],
        None,
    ),
    (
        "de",
        "„An der Börse wird die Zukunft gehandelt, nicht die Gegenwart“, sagte Marktstratege Jens Olbertz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Olbertz sagte, die Dax-Konzerne hätten im dritten Quartal im Schnitt 6 Prozent mehr verdient als ein Jahr zuvor.",
        True,
        [("ordinal", 3, None, None), ("percent", 6, "%", None)],
        "Olbertz",
    ),
    ("de", "Ob die Rally bis zum Jahresende hält, ist unter Marktbeobachtern umstritten.", False, [], None),
    # --- Arbeitsmarkt (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Im Oktober waren in Deutschland saisonbedingt weniger Menschen ohne Job, nämlich 2,91 Millionen.",
        True,
        [("count", 2910000, None, None)],
        None,
    ),
    (
        "de",
        "Das waren 62.000 weniger als im September, aber 118.000 mehr als vor einem Jahr, teilte die Bundesagentur für Arbeit am Donnerstag mit.",
        True,
        [("count", 62000, None, None), ("count", 118000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Die Arbeitslosenquote sank um 0,1 Punkte auf 6,2 Prozent.",
        True,
        [("percent", 0.1, "pp", None), ("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Der Arbeitsmarkt ist robust, aber er ist nicht mehr der Fels in der Brandung“, sagte BA-Vorstand Dagmar Wittich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wittich sagte, die Unternehmen hätten im Oktober für rund 184.000 Beschäftigte Kurzarbeit angezeigt.",
        True,
        [("count", 184000, None, "about")],
        "Wittich",
    ),
    (
        "de",
        "„Ich fürchte, dass wir im Januar die drei Millionen reißen“, sagte Arbeitsministerin Katrin Lohmeyer.",
        False,
        [("count", 3000000, None, None)],
        None,
    ),
    (
        "de",
        "Das Institut für Arbeitsmarkt- und Berufsforschung erwartet im Jahresschnitt 2027 rund 2,95 Millionen Arbeitslose.",
        True,
        [("year", 2027, None, None), ("count", 2950000, None, "about")],
        None,
    ),
    ("de", "Die Arbeitgeberverbände riefen die Regierung zu „mutigen Reformen“ auf.", False, [], None),
    # --- UK housebuilder (PA) ---
    (
        "en",
        "LONDON (PA) - Housebuilder Calder Homes has warned that completions will fall short of expectations this year as buyers hold off ahead of the Budget.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The firm said it now expects to complete between 14,200 and 14,600 homes, down from a previous target of about 15,000.",
        True,
        [("count", 14200, None, None), ("count", 14600, None, None), ("count", 15000, None, "about")],
        None,
    ),
    (
        "en",
        '"Nobody builds better homes in Britain than we do, and our customers know it," chief executive Fiona Lattimer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lattimer said the average selling price had risen 2.4% to 338,000 pounds in the 18 weeks to Oct. 30.",
        True,
        [
            ("percent", 2.4, "%", None),
            ("money", 338000, "GBP", None),
            ("duration", 18, "week", None),
            ("date", "--10-30", None, None),
        ],
        "Lattimer",
    ),
    ("en", '"I\'m confident the market will turn the moment the Budget is out of the way," she said.', False, [], None),
    (
        "en",
        "The Home Builders Federation said net housing supply in England fell to 208,000 in the last financial year, well short of the government's 300,000 target.",
        True,
        [("count", 208000, None, None), ("count", 300000, None, None)],
        None,
    ),
    (
        "en",
        'A spokesperson for the Treasury said the government was "unwavering in its ambition" on housing.',
        False,
        [],
        None,
    ),
    ("en", "Shares in Calder fell 6.1% in morning trading.", True, [("percent", 6.1, "%", None)], None),
    # --- U.S. jobless claims (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 5 (Reuters) - The number of Americans filing new claims for unemployment benefits climbed by more than forecast last week, Labor Department data showed on Thursday.",
        True,
        [("date", "--11-05", None, None)],
        None,
    ),
    (
        "en",
        "Initial claims climbed by 14,000 to 241,000 after seasonal adjustment in the week through Oct. 31.",
        True,
        [("count", 14000, None, None), ("count", 241000, None, None), ("date", "--10-31", None, None)],
        None,
    ),
    ("en", "Economists polled by Reuters had forecast 229,000 claims.", True, [("count", 229000, None, None)], None),
    (
        "en",
        "\"The labor market isn't collapsing, it's just getting tired,\" said Marcus Avery, chief economist at Lakeshore Partners.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Avery said continuing claims had risen to 1.97 million, the highest since November 2021.",
        True,
        [("count", 1970000, None, None), ("year", 2021, None, None)],
        "Avery",
    ),
    (
        "en",
        '"Deep down, I expect unemployment to be knocking on 5% by next summer," he said.',
        False,
        [("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Federal Reserve policymakers projected in September that the jobless rate would end next year at 4.4%.",
        True,
        [("percent", 4.4, "%", None)],
        None,
    ),
    ("en", "Some analysts suspect that layoffs at federal contractors are behind the rise.", False, [], None),
    ("en", 'A White House spokesperson called the report "noise in an otherwise historic economy."', False, [], None),
    # --- Energieversorger (dpa-AFX) ---
    (
        "de",
        "Essen (dpa-AFX) - Der Energiekonzern Ruhrwatt hat nach neun Monaten mehr verdient und seine Gewinnprognose für das Gesamtjahr bekräftigt.",
        True,
        [("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Das bereinigte Ebitda stieg um 5 Prozent auf 7,8 Milliarden Euro, wie der Konzern am Donnerstag in Essen mitteilte.",
        True,
        [("percent", 5, "%", None), ("money", 7800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr peilt Ruhrwatt weiterhin ein bereinigtes Ebitda von 10,2 bis 10,6 Milliarden Euro an.",
        True,
        [("money", 10200000000, "EUR", None), ("money", 10600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir sind und bleiben der Motor der Energiewende in Deutschland“, sagte Vorstandschef Heiner Strotkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Strotkamp sagte, der Konzern werde bis 2030 rund 45 Milliarden Euro in Netze, Wind- und Solarparks investieren.",
        True,
        [("year", 2030, None, None), ("money", 45000000000, "EUR", "about")],
        "Strotkamp",
    ),
    (
        "de",
        "Diese Mitteilung enthält zukunftsbezogene Aussagen, die auf den gegenwärtigen Annahmen des Vorstands beruhen, hieß es am Ende der Pflichtmitteilung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Dividende soll für das laufende Jahr auf 1,15 Euro je Aktie steigen, nach 1,05 Euro im Vorjahr.",
        True,
        [("money", 1.15, "EUR", None), ("money", 1.05, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Deutsche Schutzvereinigung für Wertpapierbesitz sprach von einer „Dividende mit angezogener Handbremse“.",
        False,
        [],
        None,
    ),
    # --- Indian IT services (Reuters) ---
    (
        "en",
        "BENGALURU, Nov 5 (Reuters) - Indian IT services firm Kaveri Infotech narrowed its annual revenue growth forecast on Thursday to 3%-4% at constant exchange rates, from 2%-5% before.",
        True,
        [
            ("date", "--11-05", None, None),
            ("percent", 3, "%", None),
            ("percent", 4, "%", None),
            ("percent", 2, "%", None),
            ("percent", 5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Net profit for the July-September quarter rose 11.2% to 68.4 billion rupees, the company said in an exchange filing.",
        True,
        [("percent", 11.2, "%", None), ("money", 68400000000, "INR", None)],
        "the company",
    ),
    (
        "en",
        '"Our clients see us as a partner for the next decade, not a vendor for the next quarter," Chief Executive Arvind Natarajan told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Natarajan said the company had hired a net 4,120 people in the quarter, lifting its workforce to 331,500.",
        True,
        [("count", 4120, None, None), ("count", 331500, None, None)],
        "Natarajan",
    ),
    ("en", '"I sincerely hope discretionary spending comes back in the new year," he said.', False, [], None),
    (
        "en",
        "Kaveri is a global leader in next-generation digital services and consulting, according to the boilerplate at the foot of its release.",
        False,
        [],
        None,
    ),
    ("en", "Its U.S.-listed shares rose 2.3% in premarket trading.", True, [("percent", 2.3, "%", None)], None),
    # --- China trade data (Reuters) ---
    (
        "en",
        "BEIJING, Nov 5 (Reuters) - China's exports grew 3.1% in October from a year earlier, slowing from 6.4% in September, customs data showed on Thursday.",
        True,
        [("date", "--11-05", None, None), ("percent", 3.1, "%", None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "en",
        "Shipments to the United States fell 19% for a seventh straight month of decline, while exports to Southeast Asia rose 12%.",
        True,
        [("percent", 19, "%", None), ("ordinal", 7, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "The trade surplus narrowed to $88.6 billion from $90.5 billion in September.",
        True,
        [("money", 88600000000, "USD", None), ("money", 90500000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"China\'s exporters are the most adaptable on earth," said Wendy Lau, chief China economist at Harbourline Bank.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"My own view is that growth will come in a touch under 5% this year, whatever Beijing says," Lau said.',
        False,
        [("percent", 5, "%", "under")],
        None,
    ),
    (
        "en",
        "The International Monetary Fund forecast last month that China's economy would grow 4.8% this year and 4.2% next year.",
        True,
        [("percent", 4.8, "%", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        'A commerce ministry spokesperson said China would "firmly safeguard" its legitimate interests.',
        False,
        [],
        None,
    ),
    ("en", "Whether Beijing will add fresh stimulus before the end of the year remains unclear.", False, [], None),
]
