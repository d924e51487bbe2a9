"""Hundred-and-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Clubs, people and figures are made up (1.
FC Lindenau, Mikkel Østergaard, FC Skovby, Henning Aldag, Sven Ruppenthal, Rot-Weiß
Kaltenbach, Jonas Reimelt, Ulf Brenner, Carola Distler, Dirk Hölscher, Malte Rieck, SK
Traunblick, Herwig Ortner, FC Aaretal, Nando Rüegsegger, Reto Gisler, Reinhold Aschauer,
Barbara Eibl, Klaus Wimberger, Velora, Torsten Wehling, Transferwerk, SV Weserau, Yannick
Oduya, Björn Ellerbrock, Lea Hirschvogel, Darko Lukić, Tobias Hinteregger, US Valdarno, Wacker
Innstein, Mario Pichlmaier, Ines Hartwig; Millbrook Athletic, Caio Venâncio, Vila Seca,
Stuart Kellaway, Anya Pell, Ollie Brandreth, Kingsmead Rovers, Malcolm Ure, Harrowgate Town,
Eastport City, Callum Hendry, Helen Marchbank, Tamika Rowe, Ingrid Solheim-Vik, Marco
Ferlazzo, Northlight, Ravenshaw United, Dmitri Halvorsen, Luca Perrone, Fenwick Hart, Kemar
Stoute, Rafael Montoya-Berg, Neil Ashcombe, Pauline Strand, Rob Feeney, Riverside Park, Ashby
Vale, Gemma Royce, Cascadia FC, Daniel Whitlock, Mateo Arriaga, Tom Ashworth, Clare
Denholm); real leagues, federations, agencies, courts and broadcasters ("Deutsche Fußball
Liga", "DFL", "Bundesliga", "2. Bundesliga", "Frauen-Bundesliga", "Österreichische
Fußball-Bundesliga", "Senat 5", "Protestkomitee", "Österreichischer Fußball-Bund", "Swiss
Sport Integrity", "Disziplinarkammer für das Schweizer Sportwesen", "Internationaler
Sportgerichtshof CAS", "Welt-Anti-Doping-Agentur", "Wada", "Bundesgericht", "Swiss Football
League", "Super League", "Nationale Anti Doping Agentur", "NADA", "Die Grünen"; "Premier
League", "Championship", "League Two", "English Football League", "EFL", "Sky Sports", "UK
Anti-Doping", "UKAD", "Court of Arbitration for Sport", "U.S. Anti-Doping Agency", "USADA",
"World Anti-Doping Agency", "WADA", "European Athletics", "Scottish Professional Football
League", "UEFA", "Champions League", "FIFA", "Professional Footballers' Association", "HM
Revenue and Customs", "MLS", "The Associated Press") stand for the way wire copy names them;
every fee, wage, loss, ban, tally and crowd here is invented.

Its weight: SPORTS BUSINESS AND GOVERNANCE over a transfer window and a doping case, each
story told in story order (a dateline lead, the fee or the sanction, the contract, the
club's or the agency's figures, attributed claims of club executives, agents and officials
and their rebuttals, a quote, fans and the follow-up days or months later). Half German (dpa,
SID, APA, Keystone-SDA; Austrian "Aufsteiger", "Protestkomitee", "Tiroler", Swiss "äussern",
"innert", "per sofort", "Entscheid", "Franken", "11'480", «» quotes, German „“ quotes): a
promoted club's record signing with bonuses, a sell-on share and instalments; rumours about a
midfielder, his sale and the selling club's third loss in a row and its coach sacked; a
points deduction in Austria for late wages and a stadium plan; a Swiss defender's doping case
from the provisional ban through the national tribunal to the CAS; Swiss league licensing and
finances; the Austrian federation's presidential election in two rounds; the DFL's media
rights; Bundesliga attendances; the summer's transfer spending; a loan with an obligation to
buy; a women's record fee; agents' fees and wages in Austria; a coach's extension; the NADA's
annual figures. Half English (Reuters, AP, PA): a club-record signing with add-ons and a
weekly wage; a Premier League points deduction for breaching the loss rules, its appeal and
the club's sixth consecutive annual loss; a British runner's four-year ban from UK
Anti-Doping to the CAS; a U.S. sprinter's 20-month suspension; WADA's testing figures; a
European Athletics election; a Scottish broadcast deal; a Championship club's accounts;
rumours and the sale of the German midfielder in English; the Premier League's transfer
spending; a UEFA squad-cost fine and a club's wages and revenue; agents' fees; a manager
sacked; attendances; a League Two club in administration; an MLS stadium and a contract
extension. Figures as such copy has them: fees with add-ons and hedges ("für 45 Millionen
Euro plus bis zu zehn Millionen an Boni", "a club-record £62m", "could take the total fee to
£71.5m"), contracts ("bis 2030", "bis zum 30. Juni 2028", "einen Dreijahresvertrag", "a
five-year contract that Millbrook can extend by 12 months", "a four-year, $18.4 million
contract extension"), wages per week, month and year ("£190,000 a week", "rund 15.000 Euro
im Monat", "214.000 Euro brutto im Jahr"), losses, revenue and debt, the n-th loss in a row,
points deductions and league positions, broadcast money per season, crowds, bans in months
and years with their start and end dates, vote tallies, and shares of a whole in words ("Ein
Fünftel der Ablöse", "fast zwei Drittel der Erlöse", "Drei Viertel", "Jedes vierte",
"Jede fünfte", "one in five", "two-fifths", "about a quarter", "almost a third").
Negatives as such copy has them: fan chants and banners, coaches' and managers' verdicts on
character, hype, the rumour mill, labels and outrage of club chiefs, a Konjunktiv I verdict,
protestations, reactions to a ruling, victory and remorse lines, appeals, a no-comment and a
non-disclosure line, open and rhetorical questions, a forecast without a figure and a
reporting credit.

237 rows (120 German, 117 English), 56 negatives (28 German, 28 English), 181 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 304 expected quantities (84 counts,
71 amounts of money - 38 EUR, 23 GBP, 7 USD, 3 CHF -, 46 durations, 28 years, 25 ordinals, 18
dates, 16 percentages, 16 fractions; 3 of them in three negatives, as the seventeenth batch
labels a figure in a negative), 42 checked speakers (21 German, 21 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, case and punctuation normalised) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a cause or a figure are check-worthy with the speaker their own attribution gives
  ("Østergaard habe den Medizincheck ... absolviert, sagte Sportdirektor Henning Aldag." ->
  "Henning Aldag", as "Eine Ausstiegsklausel enthalte der Vertrag nicht, ..." in the
  thirty-fifth; "Für das laufende Geschäftsjahr rechne der Verein ... mit einem Überschuss von
  rund fünf Millionen Euro, sagte Finanzvorständin Carola Distler." - a forecast with a figure,
  seventh and thirteenth; "Die Substanz sei über ein verunreinigtes Nahrungsergänzungsmittel
  ... gelangt, sagte Anwalt Reto Gisler." - a stated cause, ninety-eighth; "Sein Klient ...
  habe ... einen Vierjahresvertrag unterschrieben, sagte Lukić."; "... sei ... nachgewiesen
  worden, teilte die Stiftung mit."), and so is the Konjunktiv II that stands in for it ("Land
  und Stadt würden je ein Drittel der Baukosten übernehmen, sagte Ortner.", as "Die Gespräche
  würden am Montag ... fortgesetzt, sagte Uschakow ...", fourth, and hundred-fourth); a
  Konjunktiv I verdict is a negative ("Der Verkauf sei wirtschaftlich alternativlos gewesen,
  sagte Brenner.", hundred-eighth). Quoted facts in the perfect are check-worthy with their
  speaker („Wir haben in diesem Sommer 14 Spieler abgegeben und neun geholt“ -> "Aldag", „Wir
  haben seit 2019 keinen einzigen Spieler für mehr als 30 Millionen Euro verkauft“ ->
  "Brenner", ""We sold more than 30,000 shirts ... in the first 48 hours"" -> "Anya Pell";
  ninety-eighth), a perfect that only judges is not („Wir haben jahrelang über unsere
  Verhältnisse gelebt, damit ist jetzt Schluss“, ninety-eighth). Check-worthy without a
  figure: a medical passed and a stated cause (Konjunktiv I, above), a denial of an offer
  ("Ulf Brenner dementierte am Mittwoch, dass ein schriftliches Angebot vorliege.", as "Kiew
  dementierte das", fiftieth), an interim coach named, late wages as the league's stated
  reason, an appeal announced
  ("Präsident Herwig Ortner kündigte an, das Protestkomitee anzurufen.", "Kingsmead said they
  would appeal.", "Hendry's lawyers said they would take the case to the Court of Arbitration
  for Sport."; hundred-second), a provisional ban, a B-sample that confirmed the finding, a
  denial ("Hendry denies knowingly taking a banned substance.", seventh), a contract
  terminated, a new president elected, a board's stated reason, a defeated candidate
  accepting the result and a club accepting a settlement (hundred-sixth: "said it accepted
  the findings and would not appeal") and a shirt number taken (below).
- New, on rumours: a rumour that names a checkable figure or act is check-worthy with no
  speaker, whether it is marked by "soll", "laut Medienberichten", "nach Medienberichten",
  "nach SID-Informationen" or, in English, "reportedly", "is said to" and "according to
  Brazilian media" ("Der englische Klub Eastport City soll laut Medienberichten bereits 38
  Millionen Euro ... geboten haben.", "Mit den Engländern soll sich der 25-Jährige auf ein
  Jahresgehalt von rund sechs Millionen Euro brutto geeinigt haben.", "Die Abfindung soll
  sich auf rund 1,2 Millionen Euro summieren.", "... soll rund 7,5 Millionen Euro betragen.",
  "Eastport City have reportedly made an offer of 35 million pounds ...", "The 25-year-old is
  also said to be wanted by two clubs in Spain." count 2), as the eighty-second batch labelled
  "soll sich laut Medienberichten auf rund 400.000 Euro belaufen", the ninetieth "eine
  kolportierte Ablöse" and the ninety-eighth and hundred-sixth an allegation with "soll";
  "reportedly" gives no hedge, as "kolportiert" gives none (ninetieth). The rumour mill
  itself, naming nothing to check, is a negative, as unattributed speculation (fifteenth and
  hundred-seventh): "Um den Nationalspieler ranken sich schon seit Wochen Wechselgerüchte.",
  "The rumour mill has linked Reimelt with half the clubs in the Premier League." (its
  fraction 0.5 labelled, seventeenth), the forecast "Agents' phones will not stop ringing
  ..." and the open question "Ob das Geschäft bis zum Ende des Transferfensters zustande
  kommt, ist offen."; "Eastport declined to comment on the reports." is a no-comment line
  (hundred-sixth).
- Transfers and contracts (tenth, thirty-fifth, eighty-second): "für 45 Millionen Euro plus
  bis zu zehn Millionen an Boni" 45000000 EUR and 10000000 EUR "up_to" (the currency written
  once, tenth: "plus bis zu fünf Millionen an Boni"), "Boni von bis zu vier Millionen Euro"
  and "plus up to 4 million in add-ons" EUR "up_to", "gefolgt vom SV Weserau mit 71 Millionen"
  EUR, "a club-record £62m", "Revenue reached a club record £702m" and "a record $1.12
  billion" with no hedge (eighty-second: "league-record"), "could take the total fee to
  £71.5m" with no hedge (thirty-fifth: "could rise to £70m"); sell-on shares are percentages
  ("eine Weiterverkaufsbeteiligung von 15 Prozent", "10% of any future sale"). New: "in drei
  Jahresraten" is count 3, a number of instalments as "in drei Raten" (hundredth), the time
  word in the compound making it no duration, as "an den drei Renntagen" (thirty-fifth). New:
  "eine Kaufpflicht über zwölf Millionen Euro" has no hedge - "über" is the preposition the
  noun governs, as "einen Reisegutschein über 300 Franken" (hundred-seventh) and "einen
  Vertrag über fünf Jahre" (sixty-third); "bei mindestens 25 Einsätzen" count 25 "at_least".
  Contract ends: "einen Vertrag bis 2030", "until 2030", "bis Sommer 2028" the year, "bis zum
  30. Juni 2028" the date; lengths "einen Dreijahresvertrag", "einen Vierjahresvertrag", "a
  five-year contract", "a three-year contract", "a four-year, $18.4 million contract
  extension", "um zwei Jahre" years, "can extend by 12 months" 12 months, "für zwölf Monate"
  a loan's 12 months; "die Leihgebühr" and "Kaufpflicht" none.
- Wages are the amount only (tenth: "£180,000 a week"; hundredth: "a week", "im Monat"):
  "about £190,000 a week" "about", "is paid £310,000 a week", "rund 15.000 Euro im Monat",
  "rund sechs Millionen Euro brutto", "im Schnitt 214.000 Euro brutto im Jahr" (no hedge,
  eighty-second: "im Schnitt"), "netto rund 1,8 Millionen Euro pro Saison"; "brutto",
  "netto", "pro Saison", "im Jahr", "a week" none. "dreimal so viel wie zuletzt" is count 3
  (hundred-third: "more than three times as much"; hundredth: "1.8 times").
- Club finances (thirty-fifth, eighty-second, hundred-eighth): losses, revenue, turnover,
  wages and debt are money in the currency written ("einen Verlust von 23,6 Millionen Euro",
  "Die Nettoverschuldung stieg auf 112,4 Millionen Euro", "Verbindlichkeiten von 9,4 Millionen
  Euro einem Umsatz von knapp 14 Millionen Euro" the second "nearly", "a pre-tax loss of 88.7
  million pounds" GBP, "lost £41.2m", "The club's debt to its owner now stands at £247m",
  "more than £300m" "over", "rose by 14% to £386m"); the n-th loss or defeat in a row is an
  ordinal and "in Folge", "nacheinander", "consecutive" carry none ("Es war der dritte
  Jahresverlust in Folge" 3, "Nach der fünften Bundesliga-Niederlage nacheinander" 5, "their
  sixth consecutive annual loss" 6, "their fifth consecutive annual loss" 5, "a sixth
  consecutive league defeat" 6, "for the 19th consecutive home game" 19; eighty-second: "nach
  der sechsten Niederlage in Folge", hundred-third: "a third consecutive term",
  hundred-eighth: "the fourth straight annual decline"); "im Geschäftsjahr 2024/25", "in der
  Saison 2024/25", "for the 2023-24 season" both years (thirty-fifth); "in the year to June
  30" and "in the year to May 31" dates without a year (eighty-second: "for the year to June
  30"); "fast zwei Drittel der Erlöse" 0.6667 "nearly", "equivalent to 112% of turnover" 112
  (hundredth: "500% of monthly pay"), "Turnover fell by a fifth to £60.7m" 0.2 and the amount
  (hundred-eighth: "fell by a quarter to 78"), "seit 2022 summieren sich die Fehlbeträge ...
  auf 61 Millionen Euro" the year and the amount.
- League rules and points deductions (thirty-fifth, eighty-second, hundred-eighth): "sechs
  Punkte abgezogen", "docked 12 points", "cut ... to six points" counts; "a 10-point
  deduction" count 10 (the issue's "28-Punkte-Entwurf"; eighty-second: "a four-point lead");
  "mit nun elf Punkten", "three points from safety", "on 21 points, two clear of", "nine
  points adrift ... with 15 games left" counts; "auf den zwölften und letzten
  Tabellenplatz", "from 13th to 19th", "sit 16th", "finished fourth", "auf Rang vier"
  ordinals; "als Vorletzte", "bottom", "the relegation zone" none. "over the three seasons to
  2024" count 3 and the year (seasons counted, thirty-fifth) and "the permitted limit of £105
  million by £31.4 million" two amounts (eighty-second); "no more than 70% of revenue" 70 and
  "no more than 23 players" 23 "at_most" (hundred-seventh: "no more than 45 people"), "down
  from 25"; "by 6.3 percentage points" 6.3 pp (hundred-third); deadlines "binnen acht Tagen",
  "have 14 days to challenge the decision" days; "der zweite Punkteabzug ... binnen drei
  Jahren" 2 and 3 years, "the fifth points deduction ... since 2023" 5 and the year, "for the
  second time in six years" 2 and 6 years (hundred-eighth: "zum zweiten Mal innerhalb von
  drei Jahren"), "erst in zweiter Instanz" 2. Names with a figure carry none: "Senat 5" (a
  body named by its number, as "Formel 1", thirty-fifth), "1. FC Lindenau" and "2.
  Bundesliga" (eighty-second); New: "League Two" carries none, the name of England's fourth
  tier as "der 2. Bundesliga" is the name of Germany's second, unlike "Fourth-tier club"
  (ordinal 4, hundred-eighth) which counts the tier.
- Media rights and crowds (thirty-fifth, eighty-second): "für die vier Spielzeiten ab
  2029/30" count 4 and both years, "bei durchschnittlich 1,19 Milliarden Euro pro Saison" with
  no hedge ("durchschnittlich", ninety-eighth), "gut sechs Prozent mehr" 6 "over"
  (hundred-third: "Gut drei Wochen"), "der 612 Live-Spiele pro Saison", "Drei Viertel der
  Erlöse" 0.75, "mindestens ein Viertel der Erlöse" 0.25 "at_least", "a five-year domestic
  broadcast deal worth 185 million pounds", "at least 60 live games per season, compared with
  48 now", "about a quarter more per season" 0.25 "about"; crowds are counts ("einen
  Zuschauerschnitt von 43.870", "knapp 1.200 Besucher mehr pro Spiel" "nearly", "Jedes
  vierte der 153 Spiele" 0.25 and 153 (the issue's "jeder vierte"), "im Schnitt 11'480
  Zuschauer" with no hedge and the Swiss apostrophe (tenth), "auf 12'940 pro Spiel",
  "23,940, the highest since 1952", "with 41,387 in attendance", "average home crowd of
  40,912 is the fourth-highest" ordinal 4, "by more than 3,000 to 34,500", "a 28,000-seat
  stadium", "für 12.500 Zuschauer"); "so viele wie nie zuvor" makes the row a claim of a
  measurable record (twenty-ninth and hundred-third).
- Doping cases (thirty-fifth, eighty-second): bans are durations ("für 21 Monate gesperrt",
  "eine Sperre von vier Jahren", "auf 30 Monate verlängert", "a four-year ban", "his
  four-year doping ban", "a 20-month suspension"); starts and ends "ab dem 2. Oktober 2025"
  and "until Aug. 11, 2029" full dates, "In der Probe vom 14. September", "on Aug. 12",
  "backdated to March 3" dates without a year, "erst im April 2028" the year, "in November
  next year" none; "innert 30 Tagen" 30 days (Swiss, ninety-ninth); "8500 Franken" CHF (Swiss
  copy without a separator, twenty-first) and "5,000 Swiss francs" CHF; "The three-member
  panel" count 3 (thirty-fifth: a figure in a compound); "Welsh 1,500 metres runner" count
  1500 (a race distance, thirty-fifth: "Gold über 100 Meter"); "zuvor 14 Dopingkontrollen ohne
  Befund", "13.612 Dopingkontrollen, gut 5 Prozent mehr", "9,840 tests across 48 sports",
  "1.4% of the 312,000 samples", "mit 17 Fällen auf den Radsport, gefolgt vom Gewichtheben
  mit elf" (the noun left out, eighty-second), "Jede fünfte Kontrolle" 0.2, "one in five of
  the samples" 0.2 (hundred-second: "About one in five"); "B-Probe", "EPO", "Methylhexanamin"
  and "per sofort" none. New: "when Hendry will be 33" is 33 years, an age given as a bare
  figure after "will be", as "Sørli, 47," (eighty-second) and "Ashcombe, 51,"; reactions to
  the ruling are negatives ("UK Anti-Doping welcomed the ruling.", as "Landlords welcomed the
  decision.", ninety-eighth; «Das Urteil ist ein wichtiges Signal ...»; ""Clean athletes
  deserve nothing less,""), as are a protestation (hundred-second: «Mein Mandant ist ein
  sauberer Sportler, und das werden wir beweisen»), grief and remorse (""This is the darkest
  day of my life,"", ""I made a mistake, and I own it,"") and an appeal to athletes
  (ninety-ninth).
- Elections (forty-first, sixty-fifth, hundred-third): "im zweiten Wahlgang mit 58 zu 41
  Stimmen" ordinal 2 and two counts, "Im ersten Wahlgang" 1, "Von den 101 abgegebenen
  Stimmzetteln waren zwei ungültig" two counts, "von 13 auf neun Mitglieder", "zweimal
  jährlich" count 2 (the issue's "viermal"), "by 28 votes to 22 ..., with two federations
  abstaining" three counts, "approved the financing plan 7-2" two counts (a tally, as "voting
  216-214", hundred-third; scores carry none); "keiner der beiden" none (a pronoun,
  hundred-third: "the outgoing one"). New: "die nötige Zweidrittelmehrheit" is fraction
  0.6667, the fraction inside the compound read as "the two-thirds majority required" (tenth)
  and as "Fünf-Prozent-Hürde" gives percent 5 (hundred-third). Terms and spells: "beträgt
  vier Jahre", "a four-year term", "nach sieben Jahren an der Verbandsspitze", "the first
  woman to lead the body in its 56-year history" ordinal 1 and 56 years (hundred-eighth: "The
  186-year-old retailer"). A pledge with a figure is check-worthy ("has pledged to raise the
  share ... to 40% by 2028", hundred-third), a promise as rhetoric is not („Ich will aus
  diesem Verband wieder einen Ort machen, ...“), nor a victory line (""Today our sport chose
  unity over division,"") or a label ("Eibl sprach von einem Sieg der alten Seilschaften.").
- Counts, ordinals and ages otherwise: "27 Tore in 33 Ligaspielen", "11 goals and provided 14
  assists in 31 league games", "38 goals in 121 MLS appearances", "in 19 Pflichtspielen nur
  vier Siege", "won two of their 17 league games", "for the next two games", "elf der 61
  Mandate", "27 Wechsel ..., darunter zwei Dutzend Leihgeschäfte" 27 and 24 (the issue's
  "two dozen"), "Die 18 Bundesligisten", "Die 18 Zweitligisten", "die 36 Profiklubs", "Die
  zwölf Klubs", "Nur drei Klubs", "by just three clubs" ("nur", "just" no hedge), "two clubs
  in Spain"; "Hundreds of fans" none (hundredth: "Hunderte"). "Østergaard war der
  drittteuerste Zugang" ordinal 3 (the issue's "drittgrößte"; thirty-fifth: "zweitteuerste"),
  "the third time in 11 weeks" 3 and 11 weeks, "a fourth-place finish" 4, "in the first 48
  hours" 1 and 48 hours (ninety-ninth: "in the first 24 hours"), "the first half" 1 in a
  chant. Shirt numbers carry none ("mit der Rückennummer 11", "the No. 8 shirt"; thirty-fifth:
  "the famous No. 7 shirt"). Ages are durations in years ("Der 22-Jährige", "der 25-Jährige",
  "der 27-Jährige", "Die 24-Jährige", "den 23-jährigen Innenverteidiger", "den 20 Jahre alten
  Flügelspieler", "Der 61-Jährige", "der 47-Jährige" in a negative, "The 23-year-old", "The
  29-year-old", "the 24-year-old", "The 58-year-old", "The 25-year-old", "Ashcombe, 51,",
  "Rob Feeney, 44,", "Arriaga, 27,"); spells are durations ("erst seit 143 Tagen im Amt",
  "after just 14 months in charge", "have not been paid for two months").
- Money otherwise: "zusammen 812 Millionen Euro" and "insgesamt 11,8 Millionen Euro" with no
  hedge (hundred-eighth: "zusammen", "insgesamt"), "rund 640 Millionen Euro ..., das
  Transferdefizit beträgt damit 172 Millionen Euro", "Die Leihgebühr beträgt 1,5 Millionen
  Euro", "die Rekordablöse von 650.000 Euro", "bei 450.000 Euro", "Mit 96 Millionen Euro",
  "rund 48 Millionen Euro" "about", "38 Millionen Franken" CHF, "17,3 Millionen Euro", "an
  estimated 2.1 billion pounds" "about" (hundredth: "an estimated"), "240 million pounds",
  "7 million euros", "84.6 million euros in UEFA prize money" EUR in English copy, "about £4.5
  million in compensation", "about £6.8 million ..., including £1.9 million", "more than
  £120,000" "over", "$12,000 in prize money", "$61.3 million", "about $650 million", "$180
  million", "averaged $41" USD. Fractions: "Ein Fünftel der Ablöse" 0.2, "rund ein Fünftel
  mehr" 0.2 "about", "je ein Drittel" 0.3333 ("je" no hedge, as "jeweils"), "Nearly
  two-fifths" 0.4 "nearly", "Two-fifths of the fine" 0.4, "almost a third of that total"
  0.3333 "nearly" (hundred-fourth: "almost a third"). Percentages: "um 8,2 Prozent", "knapp
  18 Prozent" "nearly", "um 4 Prozent", "about 6% less", "up 9%", "rises by 8%", "40% by
  2028".
- Years and dates: Reuters datelines with a day ("LONDON, Nov 18", "LONDON, Jan 9", "LONDON,
  Feb 3", "LAUSANNE, Switzerland, July 22" and "NYON, Switzerland, July 4" with the country
  between city and day (ninety-ninth), "MONTREAL, April 15", "GLASGOW, June 10", "BERLIN, Aug
  28", "LONDON, Sept 2", "ZURICH, Dec 4") are dates without a year; dpa, SID, APA,
  Keystone-SDA, PA and AP datelines ("LISBON, Portugal (AP)", "COLORADO SPRINGS, Colo.
  (AP)", "SEATTLE (AP)") none (seventy-ninth); "aus dem Sommer 2022", "seit 2019", "im
  Oktober 2023", "2026", "since 2023", "in 2017", "since 1952", "in 2019", "for the 2029
  season", "the 2026-27 season" years. Clock times ("before the 7 p.m. cut-off"), weekdays,
  months ("im März", "für Oktober und November", "in January"), "im vergangenen Jahr", "im
  Jahr davor", "vor einem Jahr", "in der Vorsaison", "last season", "this season", "next
  season", "next year", "a year earlier" carry none.
- Hedges, only the names in use: "rund", "about", "an estimated" "about"; "knapp", "fast",
  "Nearly", "almost" "nearly"; "mehr als", "gut", "more than" "over"; "bis zu", "up to"
  "up_to"; "mindestens", "at least" "at_least"; "no more than" "at_most". No hedge:
  "durchschnittlich", "im Schnitt", "zusammen", "insgesamt", "je", "nur", "erst", "just",
  "club-record", "a club record", "a record", "could take ... to", "über" after
  "Kaufpflicht", "reportedly", "brutto", "netto".
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title
  dropped ("Sportdirektor Henning Aldag", "Finanzvorständin Carola Distler", "Anwalt Reto
  Gisler" as "Verteidigerin Annika Sterzenbach", hundred-second) and surnames as written
  ("sagte Aldag", "sagte Brenner", "sagte Ortner", "sagte Lukić"; ninety-fifth); "wie der
  Verein am Montag mitteilte", "Nach Angaben des Vereins" and "teilte der Verein mit" -> "der
  Verein" (eighty-second), "teilte der Klub mit" -> "der Klub", "teilte die Liga (am
  Dienstag) mit" -> "die Liga", "teilte der CAS mit" -> "der CAS" (thirty-fifth), "teilte die
  Stiftung mit" and "nach Angaben der Stiftung" -> "die Stiftung", "nach Angaben der DFL" and
  "teilte die DFL mit" -> "die DFL", "teilte die NADA mit" -> "die NADA", "nach Angaben der
  Agentur" -> "die Agentur" (the source with its article in the nominative; seventieth and
  hundredth). English: "the club said" and "according to the club" -> "the club", "the league
  said" (also "on Tuesday") -> "the league", "the court said on Tuesday" -> "the court", "The
  board said ..." -> "the board" (ninety-eighth: "The Royal College of Nursing said"), "The
  World Anti-Doping Agency said on Tuesday that ..." -> "the World Anti-Doping Agency", "the
  U.S. Anti-Doping Agency said Thursday" (the weekday dropped, eighty-first), "the EFL said",
  "the English Football League said" and "the Professional Footballers' Association said"
  with the article in lower case; "UK Anti-Doping said on Monday", "UKAD said", "USADA said",
  "Kingsmead said", "Eastport said", "Ferlazzo said" as written (thirty-fifth and
  ninety-eighth); "FIFA said in a report on Wednesday" -> "FIFA" (sixty-ninth: "Oxfam said in
  a report"); "Hendry's lawyers said" -> "Hendry's lawyers" (sixteenth: "Harker's lawyers");
  "Millbrook commercial director Anya Pell said" -> "Anya Pell". Left unchecked (None):
  "laut Medienberichten", "nach Medienberichten", "nach SID-Informationen" (eighty-second),
  "wie aus dem ... Jahresabschluss hervorgeht", "geht aus dem Finanzbericht der Liga hervor",
  "wie aus Berechnungen des Portals Transferwerk hervorgeht", "Laut dem jüngsten
  Jahresabschluss" and "Laut dem Bericht" (documents, thirty-fifth), "kündigte an" and
  "dementierte" (no verbs of saying, as "wies den Vorwurf zurück", hundred-third), "according
  to Brazilian media", "according to accounts published on Friday", "according to the club's
  latest accounts", "according to financial analysts at Fenwick Hart", "the Bundesliga club
  said on Thursday" and "European soccer's governing body said" (a description for the name,
  fortieth), "Administrators said" (a plural group, forty-first), "the report showed", "the
  club announced Tuesday", "a person with knowledge of the negotiations told The Associated
  Press on condition of anonymity", rows without attribution and all negatives, also those
  with a named speaker.
- Negatives otherwise: managers', directors' and coaches' verdicts on character and hype
  („Mikkel ist nicht nur ein Torjäger, sondern ein Charakterkopf, ...“, „Er ist ein
  Instinktfußballer, ...“, „Dirk ist ein feiner Mensch und ein guter Trainer, ...“, ""He's a
  fantastic lad, humble and hungry, ..."", ""Jonas has the engine, the brain and the heart
  ..."", ""Neil is a good man and a fine coach, ..."", ""My clients are not motivated by
  money, ..."", ""That's a massive statement of intent ..."", ""This is a generational moment
  ...""; ninety-eighth), labels ("Trainer Sven Ruppenthal bezeichnete den Neuzugang als
  „Königstransfer“.", "Chairman Malcolm Ure called the punishment "grossly
  disproportionate."", "Critics called the deal a betrayal ...", "Fanvertreter kritisierten
  die Zersplitterung der Übertragungen als fanfeindlich.", "Supporters' groups criticised
  ..."; ninety-eighth), rhetoric and outrage („Wer Jonas will, muss schon den Mond bezahlen“,
  „Das ist ein Anschlag auf den kleinen Fußball in diesem Land“, ""The people who run football
  should hang their heads in shame,""), resolve (""The owner remains fully committed to this
  club,"", hundredth), generic claims in quotes („Ohne Berater würde in dieser Liga kein
  einziger Transfer funktionieren“, „Die Stimmung in unseren Stadien sucht in Europa
  ihresgleichen“, „Wir testen klüger, nicht einfach nur mehr“, "Athlete groups say the fight
  against doping remains badly underfunded."; hundredth), joy („Ich bin einfach nur glücklich
  ...“), fan chants and banners („Mikkel, du bist unser Wikinger“, „Ihr verkauft unsere
  Seele“, "Same crime, different time", "Stand up if you hate the Premier League" with its
  ordinal labelled, "You don't know what you're doing"; fifty-seventh, seventy-fourth,
  hundredth), scene colour (a whistling crowd, flares at the training ground), hype ("Es war
  ein Sommer der Superlative."), a no-comment line ("Der FC Aaretal wollte sich zu dem Fall
  zunächst nicht äussern.", twenty-first) and New: a non-disclosure agreed between the
  parties ("Über die Höhe des neuen Gehalts vereinbarten beide Seiten Stillschweigen."), a
  negative as "The house did not say who had sold the work." (ninety-eighth) - it states that
  a figure will not be given, not a figure; rhetorical and open questions („Wer soll sich das
  Fußballschauen bald noch leisten können?“, ""Where is the fairness in punishing a club for
  trying to compete?"", "Whether other clubs will face similar charges ... remains
  unclear."), and a reporting credit.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_109 = [
    # --- Rekordtransfer in Lindenau (dpa) ---
    ("de", "Kassel (dpa) - Der 1. FC Lindenau hat den dänischen Stürmer Mikkel Østergaard für 45 Millionen Euro plus bis zu zehn Millionen an Boni vom FC Skovby verpflichtet.", True, [("money", 45000000, "EUR", None), ("money", 10000000, "EUR", "up_to")], None),
    ("de", "Der 22-Jährige erhält beim Aufsteiger einen Vertrag bis 2030, wie der Verein am Montag mitteilte.", True, [("duration", 22, "year", None), ("year", 2030, None, None)], "der Verein"),
    ("de", "Es ist der teuerste Transfer der Vereinsgeschichte, die bisherige Bestmarke lag bei 28,5 Millionen Euro aus dem Sommer 2022.", True, [("money", 28500000, "EUR", None), ("year", 2022, None, None)], None),
    ("de", "Nach Angaben des Vereins sichert sich Skovby zudem eine Weiterverkaufsbeteiligung von 15 Prozent.", True, [("percent", 15, "%", None)], "der Verein"),
    ("de", "Ein Fünftel der Ablöse ist sofort fällig, der Rest wird in drei Jahresraten überwiesen.", True, [("fraction", 0.2, None, None), ("count", 3, None, None)], None),
    ("de", "Østergaard habe den Medizincheck am Sonntag ohne Befund absolviert, sagte Sportdirektor Henning Aldag.", True, [], "Henning Aldag"),
    ("de", "In der abgelaufenen Saison erzielte der Däne 27 Tore in 33 Ligaspielen und wurde Torschützenkönig.", True, [("count", 27, None, None), ("count", 33, None, None)], None),
    ("de", "„Wir haben in diesem Sommer 14 Spieler abgegeben und neun geholt“, sagte Aldag.", True, [("count", 14, None, None), ("count", 9, None, None)], "Aldag"),
    ("de", "„Mikkel ist nicht nur ein Torjäger, sondern ein Charakterkopf, der eine Kabine tragen kann“, sagte Aldag.", False, [], None),
    ("de", "Trainer Sven Ruppenthal bezeichnete den Neuzugang als „Königstransfer“.", False, [], None),
    ("de", "„Mikkel, du bist unser Wikinger“ stand auf einem Transparent, das Fans am Trainingsgelände aufgehängt hatten.", False, [], None),
    # --- Wechselgerüchte um Reimelt (SID) ---
    ("de", "Köln (SID) - Der englische Klub Eastport City soll laut Medienberichten bereits 38 Millionen Euro für Mittelfeldspieler Jonas Reimelt von Rot-Weiß Kaltenbach geboten haben.", True, [("money", 38000000, "EUR", None)], None),
    ("de", "Um den Nationalspieler ranken sich schon seit Wochen Wechselgerüchte.", False, [], None),
    ("de", "Mit den Engländern soll sich der 25-Jährige auf ein Jahresgehalt von rund sechs Millionen Euro brutto geeinigt haben.", True, [("duration", 25, "year", None), ("money", 6000000, "EUR", "about")], None),
    ("de", "Kaltenbachs Geschäftsführer Ulf Brenner dementierte am Mittwoch, dass ein schriftliches Angebot vorliege.", True, [], None),
    ("de", "„Wir haben seit 2019 keinen einzigen Spieler für mehr als 30 Millionen Euro verkauft“, sagte Brenner.", True, [("year", 2019, None, None), ("money", 30000000, "EUR", "over")], "Brenner"),
    ("de", "„Wer Jonas will, muss schon den Mond bezahlen“, sagte Brenner.", False, [], None),
    ("de", "Reimelts Vertrag läuft noch bis zum 30. Juni 2028 und enthält nach SID-Informationen keine Ausstiegsklausel.", True, [("date", "2028-06-30", None, None)], None),
    ("de", "Ob das Geschäft bis zum Ende des Transferfensters zustande kommt, ist offen.", False, [], None),
    # --- Verkauf und Bilanz in Kaltenbach (dpa) ---
    ("de", "Kaltenbach (dpa) - Rot-Weiß Kaltenbach hat Jonas Reimelt nun doch verkauft: Eastport City zahlt 41 Millionen Euro, dazu kommen Boni von bis zu vier Millionen Euro.", True, [("money", 41000000, "EUR", None), ("money", 4000000, "EUR", "up_to")], None),
    ("de", "Der Verkauf sei wirtschaftlich alternativlos gewesen, sagte Brenner.", False, [], None),
    ("de", "Der Klub hatte im Geschäftsjahr 2024/25 einen Verlust von 23,6 Millionen Euro geschrieben, wie aus dem am Donnerstag veröffentlichten Jahresabschluss hervorgeht.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("money", 23600000, "EUR", None)], None),
    ("de", "Es war der dritte Jahresverlust in Folge, seit 2022 summieren sich die Fehlbeträge damit auf 61 Millionen Euro.", True, [("ordinal", 3, None, None), ("year", 2022, None, None), ("money", 61000000, "EUR", None)], None),
    ("de", "Der Umsatz sank um 8,2 Prozent auf 187 Millionen Euro, vor allem weil die Einnahmen aus dem Europapokal fehlten.", True, [("percent", 8.2, "%", None), ("money", 187000000, "EUR", None)], None),
    ("de", "Der Personalaufwand verschlang mit 121 Millionen Euro fast zwei Drittel der Erlöse.", True, [("money", 121000000, "EUR", None), ("fraction", 0.6667, None, "nearly")], None),
    ("de", "Die Nettoverschuldung stieg auf 112,4 Millionen Euro, teilte der Klub mit.", True, [("money", 112400000, "EUR", None)], "der Klub"),
    ("de", "Für das laufende Geschäftsjahr rechne der Verein dank des Reimelt-Verkaufs mit einem Überschuss von rund fünf Millionen Euro, sagte Finanzvorständin Carola Distler.", True, [("money", 5000000, "EUR", "about")], "Carola Distler"),
    ("de", "„Wir haben jahrelang über unsere Verhältnisse gelebt, damit ist jetzt Schluss“, sagte Distler.", False, [], None),
    ("de", "„Ihr verkauft unsere Seele“, skandierten Anhänger vor der Geschäftsstelle.", False, [], None),
    # --- Trainerwechsel in Kaltenbach (dpa) ---
    ("de", "Kaltenbach (dpa) - Nach der fünften Bundesliga-Niederlage nacheinander hat Rot-Weiß Kaltenbach Trainer Dirk Hölscher freigestellt.", True, [("ordinal", 5, None, None)], None),
    ("de", "Hölscher war erst seit 143 Tagen im Amt und holte in 19 Pflichtspielen nur vier Siege.", True, [("duration", 143, "day", None), ("count", 19, None, None), ("count", 4, None, None)], None),
    ("de", "Die Abfindung soll sich auf rund 1,2 Millionen Euro summieren.", True, [("money", 1200000, "EUR", "about")], None),
    ("de", "Bis auf Weiteres übernimmt Co-Trainer Malte Rieck die Mannschaft, teilte der Verein mit.", True, [], "der Verein"),
    ("de", "„Dirk ist ein feiner Mensch und ein guter Trainer, aber wir mussten handeln“, sagte Brenner.", False, [], None),
    # --- Punkteabzug in der Bundesliga (APA) ---
    ("de", "Wien (APA) - Der Senat 5 der Österreichischen Fußball-Bundesliga hat dem SK Traunblick wegen Verstößen gegen die Lizenzauflagen sechs Punkte abgezogen.", True, [("count", 6, None, None)], None),
    ("de", "Der Klub hatte die Gehälter für Oktober und November verspätet ausbezahlt, teilte die Liga am Dienstag mit.", True, [], "die Liga"),
    ("de", "Damit fällt der Aufsteiger mit nun elf Punkten auf den zwölften und letzten Tabellenplatz zurück.", True, [("count", 11, None, None), ("ordinal", 12, None, None)], None),
    ("de", "Es ist bereits der zweite Punkteabzug für die Oberösterreicher binnen drei Jahren.", True, [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("de", "Laut dem jüngsten Jahresabschluss stehen Verbindlichkeiten von 9,4 Millionen Euro einem Umsatz von knapp 14 Millionen Euro gegenüber.", True, [("money", 9400000, "EUR", None), ("money", 14000000, "EUR", "nearly")], None),
    ("de", "Gegen die Entscheidung kann der Verein binnen acht Tagen beim Protestkomitee Einspruch erheben.", True, [("duration", 8, "day", None)], None),
    ("de", "Präsident Herwig Ortner kündigte an, das Protestkomitee anzurufen.", True, [], None),
    ("de", "„Das ist ein Anschlag auf den kleinen Fußball in diesem Land“, sagte Ortner.", False, [], None),
    ("de", "Beim Heimspiel am Samstag empfingen die Traunblick-Fans die Ligavertreter mit einem gellenden Pfeifkonzert.", False, [], None),
    # --- Stadionpläne in Traunblick (APA) ---
    ("de", "Linz (APA) - Der SK Traunblick plant trotz seiner Finanzprobleme ein neues Stadion für 12.500 Zuschauer, die Kosten werden auf rund 48 Millionen Euro geschätzt.", True, [("count", 12500, None, None), ("money", 48000000, "EUR", "about")], None),
    ("de", "Land und Stadt würden je ein Drittel der Baukosten übernehmen, sagte Ortner.", True, [("fraction", 0.3333, None, None)], "Ortner"),
    ("de", "Die Grünen, die im Gemeinderat elf der 61 Mandate halten, lehnen eine Beteiligung der Stadt ab.", True, [("count", 11, None, None), ("count", 61, None, None)], None),
    # --- Dopingfall Rüegsegger (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Swiss Sport Integrity hat Verteidiger Nando Rüegsegger vom FC Aaretal nach einer positiven Dopingprobe vorläufig gesperrt.", True, [], None),
    ("de", "In der Probe vom 14. September sei das verbotene Stimulans Methylhexanamin nachgewiesen worden, teilte die Stiftung mit.", True, [("date", "--09-14", None, None)], "die Stiftung"),
    ("de", "Die Analyse der B-Probe hat den Befund bestätigt.", True, [], None),
    ("de", "Der FC Aaretal wollte sich zu dem Fall zunächst nicht äussern.", False, [], None),
    ("de", "Die Substanz sei über ein verunreinigtes Nahrungsergänzungsmittel in seinen Körper gelangt, sagte Anwalt Reto Gisler.", True, [], "Reto Gisler"),
    ("de", "«Mein Mandant ist ein sauberer Sportler, und das werden wir beweisen», sagte Gisler.", False, [], None),
    ("de", "Rüegsegger hatte nach Angaben der Stiftung in seiner Karriere zuvor 14 Dopingkontrollen ohne Befund absolviert.", True, [("count", 14, None, None)], "die Stiftung"),
    ("de", "Bern (Keystone-SDA) - Die Disziplinarkammer für das Schweizer Sportwesen hat Nando Rüegsegger für 21 Monate gesperrt.", True, [("duration", 21, "month", None)], None),
    ("de", "Swiss Sport Integrity hatte eine Sperre von vier Jahren beantragt und will den Entscheid nun prüfen.", True, [("duration", 4, "year", None)], None),
    ("de", "Zusätzlich muss der 27-Jährige Verfahrenskosten von 8500 Franken übernehmen.", True, [("duration", 27, "year", None), ("money", 8500, "CHF", None)], None),
    ("de", "Lausanne (Keystone-SDA) - Der Internationale Sportgerichtshof CAS hat die Sperre gegen Aaretal-Verteidiger Nando Rüegsegger auf Berufung der Welt-Anti-Doping-Agentur auf 30 Monate verlängert.", True, [("duration", 30, "month", None)], None),
    ("de", "Die Sperre gilt ab dem 2. Oktober 2025, die Zeit der vorläufigen Suspendierung wird angerechnet, teilte der CAS mit.", True, [("date", "2025-10-02", None, None)], "der CAS"),
    ("de", "Damit darf Rüegsegger erst im April 2028 wieder spielen.", True, [("year", 2028, None, None)], None),
    ("de", "Der FC Aaretal hat den Vertrag mit dem Innenverteidiger per sofort aufgelöst.", True, [], None),
    ("de", "Gegen den Schiedsspruch kann Rüegsegger innert 30 Tagen beim Bundesgericht Beschwerde einlegen.", True, [("duration", 30, "day", None)], None),
    ("de", "«Das Urteil ist ein wichtiges Signal an alle sauberen Athletinnen und Athleten», sagte ein Sprecher der Wada.", False, [], None),
    ("de", "Swiss Sport Integrity rief alle Sportlerinnen und Sportler auf, Nahrungsergänzungsmittel nur aus geprüften Quellen zu beziehen.", False, [], None),
    # --- Lizenz und Finanzen der Super League (Keystone-SDA) ---
    ("de", "Muri bei Bern (Keystone-SDA) - Die Swiss Football League hat dem FC Aaretal die Lizenz für die kommende Saison erst in zweiter Instanz erteilt.", True, [("ordinal", 2, None, None)], None),
    ("de", "Die zwölf Klubs der Super League schrieben in der Saison 2024/25 zusammen einen Verlust von 38 Millionen Franken, teilte die Liga mit.", True, [("count", 12, None, None), ("year", 2024, None, None), ("year", 2025, None, None), ("money", 38000000, "CHF", None)], "die Liga"),
    ("de", "Nur drei Klubs wiesen einen Gewinn aus.", True, [("count", 3, None, None)], None),
    ("de", "Der Zuschauerschnitt stieg um 4 Prozent auf 12'940 pro Spiel.", True, [("percent", 4, "%", None), ("count", 12940, None, None)], None),
    ("de", "Der FC Aaretal verzeichnete in der Vorrunde im Schnitt 11'480 Zuschauer, so viele wie nie zuvor.", True, [("count", 11480, None, None)], None),
    # --- Wahl an der ÖFB-Spitze (APA) ---
    ("de", "Wien (APA) - Der Linzer Unternehmer Reinhold Aschauer ist neuer Präsident des Österreichischen Fußball-Bundes.", True, [], None),
    ("de", "Der 61-Jährige setzte sich bei der Hauptversammlung im zweiten Wahlgang mit 58 zu 41 Stimmen gegen die Salzburgerin Barbara Eibl durch.", True, [("duration", 61, "year", None), ("ordinal", 2, None, None), ("count", 58, None, None), ("count", 41, None, None)], None),
    ("de", "Im ersten Wahlgang hatte keiner der beiden die nötige Zweidrittelmehrheit erreicht.", True, [("ordinal", 1, None, None), ("fraction", 0.6667, None, None)], None),
    ("de", "Von den 101 abgegebenen Stimmzetteln waren zwei ungültig.", True, [("count", 101, None, None), ("count", 2, None, None)], None),
    ("de", "Die Amtszeit des neuen Präsidenten beträgt vier Jahre, die Hauptversammlung soll künftig zweimal jährlich tagen.", True, [("duration", 4, "year", None), ("count", 2, None, None)], None),
    ("de", "Aschauer kündigte an, das Präsidium von 13 auf neun Mitglieder zu verkleinern.", True, [("count", 13, None, None), ("count", 9, None, None)], None),
    ("de", "„Ich will aus diesem Verband wieder einen Ort machen, an dem man einander zuhört“, sagte Aschauer.", False, [], None),
    ("de", "Eibl sprach von einem Sieg der alten Seilschaften.", False, [], None),
    ("de", "Aschauers Vorgänger Klaus Wimberger war im März nach sieben Jahren an der Verbandsspitze zurückgetreten.", True, [("duration", 7, "year", None)], None),
    # --- Medienrechte der DFL (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Die Deutsche Fußball Liga hat die Medienrechte an Bundesliga und 2. Bundesliga für die vier Spielzeiten ab 2029/30 vergeben.", True, [("count", 4, None, None), ("year", 2029, None, None), ("year", 2030, None, None)], None),
    ("de", "Der Erlös liegt nach Angaben der DFL bei durchschnittlich 1,19 Milliarden Euro pro Saison, gut sechs Prozent mehr als im laufenden Vertrag.", True, [("money", 1190000000, "EUR", None), ("percent", 6, "%", "over")], "die DFL"),
    ("de", "Den Großteil der 612 Live-Spiele pro Saison zeigt künftig der Streamingdienst Velora, teilte die Liga mit.", True, [("count", 612, None, None)], "die Liga"),
    ("de", "Drei Viertel der Erlöse sollen zu gleichen Teilen an die 36 Profiklubs fließen.", True, [("fraction", 0.75, None, None), ("count", 36, None, None)], None),
    ("de", "Die 18 Zweitligisten hatten gefordert, mindestens ein Viertel der Erlöse für die 2. Bundesliga zu reservieren.", True, [("count", 18, None, None), ("fraction", 0.25, None, "at_least")], None),
    ("de", "Fanvertreter kritisierten die Zersplitterung der Übertragungen als fanfeindlich.", False, [], None),
    ("de", "„Wer soll sich das Fußballschauen bald noch leisten können?“, fragte ein Sprecher des Fanbündnisses.", False, [], None),
    # --- Zuschauerbilanz der Bundesliga (SID) ---
    ("de", "Frankfurt/Main (SID) - Die Bundesliga hat in der Hinrunde einen Zuschauerschnitt von 43.870 erreicht, teilte die DFL mit.", True, [("count", 43870, None, None)], "die DFL"),
    ("de", "Das sind knapp 1.200 Besucher mehr pro Spiel als in der Vorsaison.", True, [("count", 1200, None, "nearly")], None),
    ("de", "Jedes vierte der 153 Spiele war ausverkauft.", True, [("fraction", 0.25, None, None), ("count", 153, None, None)], None),
    ("de", "„Die Stimmung in unseren Stadien sucht in Europa ihresgleichen“, sagte DFL-Geschäftsführer Torsten Wehling.", False, [], None),
    # --- Transferbilanz des Sommers (dpa) ---
    ("de", "Berlin (dpa) - Die 18 Bundesligisten haben in diesem Sommer zusammen 812 Millionen Euro für neue Spieler ausgegeben.", True, [("count", 18, None, None), ("money", 812000000, "EUR", None)], None),
    ("de", "Das ist rund ein Fünftel mehr als vor einem Jahr, wie aus Berechnungen des Portals Transferwerk hervorgeht.", True, [("fraction", 0.2, None, "about")], None),
    ("de", "Mit 96 Millionen Euro gab der 1. FC Lindenau am meisten aus, gefolgt vom SV Weserau mit 71 Millionen.", True, [("money", 96000000, "EUR", None), ("money", 71000000, "EUR", None)], None),
    ("de", "Für Spielerverkäufe nahmen die Bundesligisten im selben Zeitraum rund 640 Millionen Euro ein, das Transferdefizit beträgt damit 172 Millionen Euro.", True, [("money", 640000000, "EUR", "about"), ("money", 172000000, "EUR", None)], None),
    ("de", "Østergaard war der drittteuerste Zugang der Ligageschichte.", True, [("ordinal", 3, None, None)], None),
    ("de", "Am letzten Tag des Transferfensters wurden 27 Wechsel offiziell gemeldet, darunter zwei Dutzend Leihgeschäfte.", True, [("count", 27, None, None), ("count", 24, None, None)], None),
    ("de", "Es war ein Sommer der Superlative.", False, [], None),
    # --- Leihe mit Kaufpflicht (dpa) ---
    ("de", "Hannover (dpa) - Der SV Weserau leiht den 20 Jahre alten Flügelspieler Yannick Oduya für zwölf Monate von Eastport City aus.", True, [("duration", 20, "year", None), ("duration", 12, "month", None)], None),
    ("de", "Die Leihgebühr beträgt 1,5 Millionen Euro, bei mindestens 25 Einsätzen greift eine Kaufpflicht über zwölf Millionen Euro.", True, [("money", 1500000, "EUR", None), ("count", 25, None, "at_least"), ("money", 12000000, "EUR", None)], None),
    ("de", "Oduya wird in Weserau mit der Rückennummer 11 auflaufen.", True, [], None),
    ("de", "„Er ist ein Instinktfußballer, der auf engstem Raum den Unterschied macht“, schwärmte Weserau-Trainer Björn Ellerbrock.", False, [], None),
    # --- Rekordtransfer im Frauenfußball (SID) ---
    ("de", "Bremen (SID) - Nationalspielerin Lea Hirschvogel wechselt für die Rekordablöse von 650.000 Euro vom SV Weserau zum 1. FC Lindenau.", True, [("money", 650000, "EUR", None)], None),
    ("de", "Die bisherige Bestmarke in der Frauen-Bundesliga lag bei 450.000 Euro.", True, [("money", 450000, "EUR", None)], None),
    ("de", "Die 24-Jährige erhält einen Dreijahresvertrag und soll nach Medienberichten rund 15.000 Euro im Monat verdienen.", True, [("duration", 24, "year", None), ("duration", 3, "year", None), ("money", 15000, "EUR", "about")], None),
    ("de", "„Ich bin einfach nur glücklich und kann es kaum erwarten, loszulegen“, sagte Hirschvogel.", False, [], None),
    # --- Beraterhonorare in Österreich (APA) ---
    ("de", "Wien (APA) - Die zwölf Klubs der Bundesliga haben in der Saison 2024/25 insgesamt 11,8 Millionen Euro an Spielerberater überwiesen, geht aus dem Finanzbericht der Liga hervor.", True, [("count", 12, None, None), ("year", 2024, None, None), ("year", 2025, None, None), ("money", 11800000, "EUR", None)], None),
    ("de", "Das entspricht knapp 18 Prozent aller Transferausgaben.", True, [("percent", 18, "%", "nearly")], None),
    ("de", "Laut dem Bericht verdient ein Profi in der Bundesliga im Schnitt 214.000 Euro brutto im Jahr.", True, [("money", 214000, "EUR", None)], None),
    ("de", "„Ohne Berater würde in dieser Liga kein einziger Transfer funktionieren“, sagte Spielervermittler Darko Lukić.", False, [], None),
    ("de", "Sein Klient Tobias Hinteregger habe beim italienischen Erstligisten US Valdarno einen Vierjahresvertrag unterschrieben, sagte Lukić.", True, [("duration", 4, "year", None)], "Lukić"),
    ("de", "Die Ablöse für den 23-jährigen Innenverteidiger soll rund 7,5 Millionen Euro betragen.", True, [("duration", 23, "year", None), ("money", 7500000, "EUR", "about")], None),
    ("de", "In Italien soll Hinteregger netto rund 1,8 Millionen Euro pro Saison verdienen, dreimal so viel wie zuletzt.", True, [("money", 1800000, "EUR", "about"), ("count", 3, None, None)], None),
    # --- Trainervertrag in Innstein (APA) ---
    ("de", "Innsbruck (APA) - Wacker Innstein hat den Vertrag mit Trainer Mario Pichlmaier vorzeitig um zwei Jahre bis Sommer 2028 verlängert.", True, [("duration", 2, "year", None), ("year", 2028, None, None)], None),
    ("de", "Pichlmaier hatte die Tiroler im Oktober 2023 als Vorletzte übernommen und in der Vorsaison auf Rang vier geführt.", True, [("year", 2023, None, None), ("ordinal", 4, None, None)], None),
    ("de", "„In dieser Mannschaft steckt ein Feuer, wie ich es noch nirgends erlebt habe“, sagte der 47-Jährige.", False, [("duration", 47, "year", None)], None),
    ("de", "Über die Höhe des neuen Gehalts vereinbarten beide Seiten Stillschweigen.", False, [], None),
    # --- Jahresbilanz der NADA (dpa) ---
    ("de", "Bonn (dpa) - Die Nationale Anti Doping Agentur hat im vergangenen Jahr 13.612 Dopingkontrollen veranlasst, gut 5 Prozent mehr als im Jahr davor.", True, [("count", 13612, None, None), ("percent", 5, "%", "over")], None),
    ("de", "In 61 Fällen wurde ein Verstoß gegen die Anti-Doping-Bestimmungen festgestellt, teilte die NADA mit.", True, [("count", 61, None, None)], "die NADA"),
    ("de", "Die meisten positiven Befunde entfielen mit 17 Fällen auf den Radsport, gefolgt vom Gewichtheben mit elf.", True, [("count", 17, None, None), ("count", 11, None, None)], None),
    ("de", "Jede fünfte Kontrolle fand nach Angaben der Agentur im Fußball statt.", True, [("fraction", 0.2, None, None)], "die Agentur"),
    ("de", "Das Budget der Agentur liegt 2026 bei 17,3 Millionen Euro.", True, [("year", 2026, None, None), ("money", 17300000, "EUR", None)], None),
    ("de", "„Wir testen klüger, nicht einfach nur mehr“, sagte NADA-Vorständin Ines Hartwig.", False, [], None),
    # --- Millbrook club-record signing (PA) ---
    ("en", "LONDON (PA) - Millbrook Athletic have signed Brazilian midfielder Caio Venâncio from Portuguese club Vila Seca for a club-record £62m.", True, [("money", 62000000, "GBP", None)], None),
    ("en", "The 23-year-old has agreed a five-year contract that Millbrook can extend by 12 months, the club said.", True, [("duration", 23, "year", None), ("duration", 5, "year", None), ("duration", 12, "month", None)], "the club"),
    ("en", "Add-ons linked to appearances and trophies could take the total fee to £71.5m.", True, [("money", 71500000, "GBP", None)], None),
    ("en", "Vila Seca will also receive 10% of any future sale.", True, [("percent", 10, "%", None)], None),
    ("en", "Venâncio will earn about £190,000 a week, according to Brazilian media.", True, [("money", 190000, "GBP", "about")], None),
    ("en", "It is the third time in 11 weeks that Millbrook have broken their transfer record.", True, [("ordinal", 3, None, None), ("duration", 11, "week", None)], None),
    ("en", "Venâncio scored 11 goals and provided 14 assists in 31 league games for Vila Seca last season.", True, [("count", 11, None, None), ("count", 14, None, None), ("count", 31, None, None)], None),
    ("en", "\"We sold more than 30,000 shirts with his name on in the first 48 hours,\" Millbrook commercial director Anya Pell said.", True, [("count", 30000, None, "over"), ("ordinal", 1, None, None), ("duration", 48, "hour", None)], "Anya Pell"),
    ("en", "\"He's a fantastic lad, humble and hungry, and he wants to win everything,\" Millbrook manager Stuart Kellaway said.", False, [], None),
    ("en", "\"That's a massive statement of intent from this football club,\" captain Ollie Brandreth told Sky Sports.", False, [], None),
    ("en", "Hundreds of fans greeted Venâncio with flares and chants outside the training ground.", False, [], None),
    # --- Kingsmead points deduction (Reuters) ---
    ("en", "LONDON, Nov 18 (Reuters) - Kingsmead Rovers were handed a 10-point deduction on Monday for breaching the Premier League's profit and sustainability rules, the league said.", True, [("date", "--11-18", None, None), ("count", 10, None, None)], "the league"),
    ("en", "An independent commission found that the club's losses over the three seasons to 2024 had exceeded the permitted limit of £105 million by £31.4 million.", True, [("count", 3, None, None), ("year", 2024, None, None), ("money", 105000000, "GBP", None), ("money", 31400000, "GBP", None)], None),
    ("en", "The sanction drops Kingsmead from 13th to 19th in the table, three points from safety.", True, [("ordinal", 13, None, None), ("ordinal", 19, None, None), ("count", 3, None, None)], None),
    ("en", "Kingsmead said they would appeal.", True, [], "Kingsmead"),
    ("en", "Chairman Malcolm Ure called the punishment \"grossly disproportionate.\"", False, [], None),
    ("en", "Under league rules, Kingsmead have 14 days to challenge the decision.", True, [("duration", 14, "day", None)], None),
    ("en", "It is the fifth points deduction imposed on a Premier League club since 2023.", True, [("ordinal", 5, None, None), ("year", 2023, None, None)], None),
    ("en", "Kingsmead posted a pre-tax loss of 88.7 million pounds for the 2023-24 season, their sixth consecutive annual loss.", True, [("money", 88700000, "GBP", None), ("year", 2023, None, None), ("year", 2024, None, None), ("ordinal", 6, None, None)], None),
    ("en", "\"Where is the fairness in punishing a club for trying to compete?\" Ure asked.", False, [], None),
    ("en", "Home supporters unfurled a banner reading \"Same crime, different time\" before Saturday's game against Eastport.", False, [], None),
    ("en", "\"Stand up if you hate the Premier League\" echoed around the ground for most of the first half.", False, [("ordinal", 1, None, None)], None),
    ("en", "LONDON, Jan 9 (Reuters) - An appeal board cut Kingsmead Rovers' 10-point deduction to six points on Thursday, lifting the club out of the relegation zone.", True, [("date", "--01-09", None, None), ("count", 10, None, None), ("count", 6, None, None)], None),
    ("en", "The board said the commission had given too little weight to the club's cooperation.", True, [], "the board"),
    ("en", "Kingsmead now sit 16th on 21 points, two clear of Harrowgate Town.", True, [("ordinal", 16, None, None), ("count", 21, None, None), ("count", 2, None, None)], None),
    ("en", "Whether other clubs will face similar charges before the end of the season remains unclear.", False, [], None),
    # --- Hendry doping ban (Reuters) ---
    ("en", "LONDON, Feb 3 (Reuters) - Welsh 1,500 metres runner Callum Hendry has received a four-year ban after an out-of-competition sample showed traces of EPO, UK Anti-Doping said on Monday.", True, [("date", "--02-03", None, None), ("count", 1500, None, None), ("duration", 4, "year", None)], "UK Anti-Doping"),
    ("en", "The 29-year-old, who reached the Olympic final in Paris, gave the sample at his home in Cardiff on Aug. 12.", True, [("duration", 29, "year", None), ("date", "--08-12", None, None)], None),
    ("en", "His results from that date have been annulled, including a fourth-place finish at the European Championships in Rome.", True, [("ordinal", 4, None, None)], None),
    ("en", "Hendry denies knowingly taking a banned substance.", True, [], None),
    ("en", "\"This is the darkest day of my life,\" Hendry said in a statement on Instagram.", False, [], None),
    ("en", "Hendry's lawyers said they would take the case to the Court of Arbitration for Sport.", True, [], "Hendry's lawyers"),
    ("en", "UKAD said it had carried out 9,840 tests across 48 sports in the last financial year.", True, [("count", 9840, None, None), ("count", 48, None, None)], "UKAD"),
    ("en", "Hendry's coach described him as \"the most honest athlete I have ever worked with.\"", False, [], None),
    ("en", "LAUSANNE, Switzerland, July 22 (Reuters) - The Court of Arbitration for Sport has dismissed Callum Hendry's appeal against his four-year doping ban, the court said on Tuesday.", True, [("date", "--07-22", None, None), ("duration", 4, "year", None)], "the court"),
    ("en", "The three-member panel found that Hendry had failed to show how the substance entered his body.", True, [("count", 3, None, None)], None),
    ("en", "The ban will run until Aug. 11, 2029, when Hendry will be 33.", True, [("date", "2029-08-11", None, None), ("duration", 33, "year", None)], None),
    ("en", "He was also ordered to pay 5,000 Swiss francs towards the costs of the proceedings.", True, [("money", 5000, "CHF", None)], None),
    ("en", "UK Anti-Doping welcomed the ruling.", False, [], None),
    ("en", "\"Clean athletes deserve nothing less,\" UKAD chief executive Helen Marchbank said.", False, [], None),
    # --- Rowe suspension (AP) ---
    ("en", "COLORADO SPRINGS, Colo. (AP) — U.S. sprinter Tamika Rowe has accepted a 20-month suspension after testing positive for a banned diuretic, the U.S. Anti-Doping Agency said Thursday.", True, [("duration", 20, "month", None)], "the U.S. Anti-Doping Agency"),
    ("en", "USADA said the 24-year-old had taken a contaminated prescription drug and bore no significant fault.", True, [("duration", 24, "year", None)], "USADA"),
    ("en", "The ban was backdated to March 3, so Rowe can return in November next year.", True, [("date", "--03-03", None, None)], None),
    ("en", "She forfeits a bronze medal and $12,000 in prize money from the national championships.", True, [("money", 12000, "USD", None)], None),
    ("en", "\"I made a mistake, and I own it,\" Rowe said in a statement.", False, [], None),
    # --- WADA testing figures (Reuters) ---
    ("en", "MONTREAL, April 15 (Reuters) - The World Anti-Doping Agency said on Tuesday that 1.4% of the 312,000 samples analysed in accredited laboratories last year returned adverse findings.", True, [("date", "--04-15", None, None), ("percent", 1.4, "%", None), ("count", 312000, None, None)], "the World Anti-Doping Agency"),
    ("en", "Football accounted for one in five of the samples collected, the report showed.", True, [("fraction", 0.2, None, None)], None),
    ("en", "WADA's budget for next year rises by 8% to $61.3 million.", True, [("percent", 8, "%", None), ("money", 61300000, "USD", None)], None),
    ("en", "Athlete groups say the fight against doping remains badly underfunded.", False, [], None),
    # --- European Athletics election (AP) ---
    ("en", "LISBON, Portugal (AP) — Norwegian Ingrid Solheim-Vik was elected president of European Athletics on Saturday, the first woman to lead the body in its 56-year history.", True, [("ordinal", 1, None, None), ("duration", 56, "year", None)], None),
    ("en", "Solheim-Vik beat Italy's Marco Ferlazzo by 28 votes to 22 at the congress in Lisbon, with two federations abstaining.", True, [("count", 28, None, None), ("count", 22, None, None), ("count", 2, None, None)], None),
    ("en", "The 58-year-old will serve a four-year term.", True, [("duration", 58, "year", None), ("duration", 4, "year", None)], None),
    ("en", "She has pledged to raise the share of prize money going to athletes to 40% by 2028.", True, [("percent", 40, "%", None), ("year", 2028, None, None)], None),
    ("en", "Ferlazzo said he accepted the result and would not challenge it.", True, [], "Ferlazzo"),
    ("en", "\"Today our sport chose unity over division,\" Solheim-Vik told delegates.", False, [], None),
    # --- SPFL broadcast deal (Reuters) ---
    ("en", "GLASGOW, June 10 (Reuters) - The Scottish Professional Football League has signed a five-year domestic broadcast deal worth 185 million pounds with streaming service Northlight, the league said on Tuesday.", True, [("date", "--06-10", None, None), ("duration", 5, "year", None), ("money", 185000000, "GBP", None)], "the league"),
    ("en", "The agreement, which begins in the 2026-27 season, guarantees at least 60 live games per season, compared with 48 now.", True, [("year", 2026, None, None), ("year", 2027, None, None), ("count", 60, None, "at_least"), ("count", 48, None, None)], None),
    ("en", "Clubs will receive about a quarter more per season than under the current contract.", True, [("fraction", 0.25, None, "about")], None),
    ("en", "Supporters' groups criticised the number of matches moved to Friday nights.", False, [], None),
    ("en", "Critics called the deal a betrayal of viewers without a subscription.", False, [], None),
    # --- Ravenshaw accounts (PA) ---
    ("en", "LONDON (PA) - Championship club Ravenshaw United lost £41.2m in the year to June 30, their fifth consecutive annual loss, according to accounts published on Friday.", True, [("money", 41200000, "GBP", None), ("date", "--06-30", None, None), ("ordinal", 5, None, None)], None),
    ("en", "Turnover fell by a fifth to £60.7m following relegation from the Premier League.", True, [("fraction", 0.2, None, None), ("money", 60700000, "GBP", None)], None),
    ("en", "The wage bill rose to £68m, equivalent to 112% of turnover.", True, [("money", 68000000, "GBP", None), ("percent", 112, "%", None)], None),
    ("en", "The club's debt to its owner now stands at £247m.", True, [("money", 247000000, "GBP", None)], None),
    ("en", "Owner Dmitri Halvorsen has put in more than £300m since buying the club in 2017.", True, [("money", 300000000, "GBP", "over"), ("year", 2017, None, None)], None),
    ("en", "\"The owner remains fully committed to this club,\" a Ravenshaw spokesperson said.", False, [], None),
    # --- Reimelt rumours and sale (Reuters) ---
    ("en", "Eastport City have reportedly made an offer of 35 million pounds for Kaltenbach midfielder Jonas Reimelt.", True, [("money", 35000000, "GBP", None)], None),
    ("en", "The 25-year-old is also said to be wanted by two clubs in Spain.", True, [("duration", 25, "year", None), ("count", 2, None, None)], None),
    ("en", "Eastport declined to comment on the reports.", False, [], None),
    ("en", "The rumour mill has linked Reimelt with half the clubs in the Premier League.", False, [("fraction", 0.5, None, None)], None),
    ("en", "BERLIN, Aug 28 (Reuters) - Rot-Weiss Kaltenbach have sold midfielder Jonas Reimelt to Eastport City for 41 million euros plus up to 4 million in add-ons, the Bundesliga club said on Thursday.", True, [("date", "--08-28", None, None), ("money", 41000000, "EUR", None), ("money", 4000000, "EUR", "up_to")], None),
    ("en", "Reimelt has signed a contract until 2030 and will wear the No. 8 shirt.", True, [("year", 2030, None, None)], None),
    ("en", "\"Jonas has the engine, the brain and the heart to be a star in this league,\" Eastport manager Luca Perrone said.", False, [], None),
    # --- Transfer window spending (Reuters) ---
    ("en", "LONDON, Sept 2 (Reuters) - Premier League clubs spent an estimated 2.1 billion pounds during the summer transfer window, according to financial analysts at Fenwick Hart.", True, [("date", "--09-02", None, None), ("money", 2100000000, "GBP", "about")], None),
    ("en", "That was about 6% less than last summer's record.", True, [("percent", 6, "%", "about")], None),
    ("en", "Deadline day alone accounted for 240 million pounds, with 19 permanent deals completed before the 7 p.m. cut-off.", True, [("money", 240000000, "GBP", None), ("count", 19, None, None)], None),
    ("en", "Nearly two-fifths of the total was spent by just three clubs.", True, [("fraction", 0.4, None, "nearly"), ("count", 3, None, None)], None),
    ("en", "Agents' phones will not stop ringing until the window opens again in January.", False, [], None),
    # --- Eastport finances and UEFA fine (Reuters, PA) ---
    ("en", "NYON, Switzerland, July 4 (Reuters) - UEFA fined Eastport City 7 million euros for breaching its squad-cost rule, which limits spending on wages, transfers and agents to no more than 70% of revenue.", True, [("date", "--07-04", None, None), ("money", 7000000, "EUR", None), ("percent", 70, "%", "at_most")], None),
    ("en", "Eastport exceeded the threshold by 6.3 percentage points, European soccer's governing body said.", True, [("percent", 6.3, "pp", None)], None),
    ("en", "Two-fifths of the fine will be withheld from future prize money.", True, [("fraction", 0.4, None, None)], None),
    ("en", "The club must also register a squad of no more than 23 players in European competition next season, down from 25.", True, [("count", 23, None, "at_most"), ("count", 25, None, None)], None),
    ("en", "Eastport said they accepted the settlement.", True, [], "Eastport"),
    ("en", "LONDON (PA) - Eastport City's highest earner, forward Kemar Stoute, is paid £310,000 a week, according to the club's latest accounts.", True, [("money", 310000, "GBP", None)], None),
    ("en", "Eastport's wage bill rose by 14% to £386m in the year to May 31.", True, [("percent", 14, "%", None), ("money", 386000000, "GBP", None), ("date", "--05-31", None, None)], None),
    ("en", "Revenue reached a club record £702m, up from £641m.", True, [("money", 702000000, "GBP", None), ("money", 641000000, "GBP", None)], None),
    ("en", "Eastport finished fourth last season and earned 84.6 million euros in UEFA prize money by reaching the quarter-finals of the Champions League.", True, [("ordinal", 4, None, None), ("money", 84600000, "EUR", None)], None),
    # --- Agents' fees (Reuters) ---
    ("en", "ZURICH, Dec 4 (Reuters) - Clubs paid a record $1.12 billion in fees to agents in international transfers this year, FIFA said in a report on Wednesday.", True, [("date", "--12-04", None, None), ("money", 1120000000, "USD", None)], "FIFA"),
    ("en", "English clubs accounted for almost a third of that total.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("en", "\"My clients are not motivated by money, whatever people think,\" agent Rafael Montoya-Berg said.", False, [], None),
    # --- Harrowgate sack their manager (PA) ---
    ("en", "LONDON (PA) - Harrowgate Town have sacked manager Neil Ashcombe after a sixth consecutive league defeat left them bottom of the Premier League.", True, [("ordinal", 6, None, None)], None),
    ("en", "Ashcombe, 51, leaves after just 14 months in charge.", True, [("duration", 51, "year", None), ("duration", 14, "month", None)], None),
    ("en", "He was handed a three-year contract in the summer after leading the club to promotion.", True, [("duration", 3, "year", None)], None),
    ("en", "Harrowgate will pay about £4.5 million in compensation to Ashcombe and his staff, the club said.", True, [("money", 4500000, "GBP", "about")], "the club"),
    ("en", "Harrowgate have won two of their 17 league games this season.", True, [("count", 2, None, None), ("count", 17, None, None)], None),
    ("en", "Assistant Rob Feeney, 44, will take charge for the next two games, starting with Saturday's trip to Millbrook.", True, [("duration", 44, "year", None), ("count", 2, None, None)], None),
    ("en", "\"Neil is a good man and a fine coach, and he will always be welcome here,\" chairwoman Pauline Strand said.", False, [], None),
    ("en", "The home fans had chanted \"You don't know what you're doing\" at the directors' box during Saturday's defeat.", False, [], None),
    # --- Attendances (PA) ---
    ("en", "The average Championship attendance this season stands at 23,940, the highest since 1952, the EFL said.", True, [("count", 23940, None, None), ("year", 1952, None, None)], "the EFL"),
    ("en", "Millbrook's Riverside Park was sold out for the 19th consecutive home game, with 41,387 in attendance.", True, [("ordinal", 19, None, None), ("count", 41387, None, None)], None),
    ("en", "Millbrook's average home crowd of 40,912 is the fourth-highest in the league.", True, [("count", 40912, None, None), ("ordinal", 4, None, None)], None),
    ("en", "Season-ticket sales have risen by more than 3,000 to 34,500, according to the club.", True, [("count", 3000, None, "over"), ("count", 34500, None, None)], "the club"),
    # --- Ashby Vale in administration (PA) ---
    ("en", "LONDON (PA) - League Two club Ashby Vale have been docked 12 points after entering administration, the English Football League said.", True, [("count", 12, None, None)], "the English Football League"),
    ("en", "The deduction leaves Ashby Vale nine points adrift at the bottom with 15 games left.", True, [("count", 9, None, None), ("count", 15, None, None)], None),
    ("en", "Administrators said the club owed about £6.8 million to creditors, including £1.9 million to HM Revenue and Customs.", True, [("money", 6800000, "GBP", "about"), ("money", 1900000, "GBP", None)], None),
    ("en", "Players and staff have not been paid for two months, the Professional Footballers' Association said.", True, [("duration", 2, "month", None)], "the Professional Footballers' Association"),
    ("en", "Fans have raised more than £120,000 through a crowdfunding appeal to keep the club alive.", True, [("money", 120000, "GBP", "over")], None),
    ("en", "Ashby Vale entered administration for the second time in six years, having also been docked points in 2019.", True, [("ordinal", 2, None, None), ("duration", 6, "year", None), ("year", 2019, None, None)], None),
    ("en", "\"The people who run football should hang their heads in shame,\" said supporters' trust chair Gemma Royce.", False, [], None),
    # --- Cascadia FC stadium and contract (AP) ---
    ("en", "SEATTLE (AP) — Cascadia FC will build a 28,000-seat stadium on the city's waterfront at a cost of about $650 million, the club announced Tuesday.", True, [("count", 28000, None, None), ("money", 650000000, "USD", "about")], None),
    ("en", "The city will contribute $180 million, with the rest coming from the team's owners.", True, [("money", 180000000, "USD", None)], None),
    ("en", "The City Council approved the financing plan 7-2, and the stadium is due to open for the 2029 season.", True, [("count", 7, None, None), ("count", 2, None, None), ("year", 2029, None, None)], None),
    ("en", "\"This is a generational moment for soccer in the Pacific Northwest,\" owner Daniel Whitlock said.", False, [], None),
    ("en", "Midfielder Mateo Arriaga has agreed to a four-year, $18.4 million contract extension with Cascadia FC, a person with knowledge of the negotiations told The Associated Press on condition of anonymity.", True, [("duration", 4, "year", None), ("money", 18400000, "USD", None)], None),
    ("en", "Arriaga, 27, has scored 38 goals in 121 MLS appearances.", True, [("duration", 27, "year", None), ("count", 38, None, None), ("count", 121, None, None)], None),
    ("en", "Tickets for the club's 17 regular-season home games averaged $41 last season, up 9% from a year earlier.", True, [("count", 17, None, None), ("money", 41, "USD", None), ("percent", 9, "%", None)], None),
    ("en", "(Reporting by Tom Ashworth in London; Editing by Clare Denholm)", False, [], None),
]
