"""Hundred-and-thirty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, banks, firms, a portal and
figures are made up (Claudine Rey-Meister, Ilse Vandamme, the Hansebank Nord, Bernhard
Kastenhuber, Joachim Steinhövel, Urs Bachofner, Ulrike Feldmann, the portal Zinslotse,
Tadeusz Wróblewski, Birgit Rauchenberger, Piet Oosterhuis, Agnès Morel; Leland Whitcomb,
Dana Ocampo, Michael Tarrant, Nadia Okafor-Brennan, Tom Hallett, Helen Strachan, Rachel
Ibbotson, Tidewater Capital, Annette Brodsky, Lorraine Metcalf, Hiroshi Kanemura, Yuko
Sasahara, Marlowe & Finch, Laura Penhale, Marcus Fennimore, Priya Lanning, Anders Hallgren,
Fiona Weatherall, Pierre Lamontagne, Ramon Aguilar, Jonah Rees, Dolores Kittredge, Howard
Penrith, Lucy Aldane, Jean-Luc Berthier, Maison Rochat); office-holders who would be real
people (the presidents, chairs and governors of the ECB, the Fed, the Bank of England, the
Bank of Japan, the SNB, the Bundesbank, the OeNB, the Riksbank, the Reserve Bank of New
Zealand, the Bank of Canada and the Polish central bank, their deputies, board members and
chief economists, a U.S. senator) appear under made-up names and stand for no real holder
of the office; the White House spokesman is unnamed. Real central banks, statistics
offices, bodies, indices and places ("Schweizerische Nationalbank", "SNB", "Europäische
Zentralbank", "EZB", "EZB-Rat", "Eurosystem", "PEPP", "Eurostat", "Statistik Austria",
"Oesterreichische Nationalbank (OeNB)", "Arbeiterkammer", "Wirtschaftskammer", "Deutsche
Bundesbank", "Statistisches Bundesamt", "HVPI", "Sparkassenverband DSGV", "Bankenverband
BdB", "Euribor", "Bundesamt für Statistik", "Bundesplatz", "NBP", "Zloty", "Sintra";
"Federal Reserve", "Fed", "White House", "LSEG", "Bank of England", "Monetary Policy
Committee", "MPC", "Bank Rate", "Moneyfacts", "Labor Department", "Cleveland Fed", "Kansas
City Fed", "Dallas Fed", "S&P 500", "Bank of Japan", "BOJ", "Office for National
Statistics", "ONS", "Riksbank", "CPIF", "Eccles Building", "European Central Bank",
"Governing Council", "PCE", "Commerce Department", "Senate Banking Committee", "Swiss
National Bank", "Norges Bank", "London School of Economics") stand for the way wire copy
names them; every rate, move, vote, print, projection, yield, price, balance sheet, result,
date and quote here is invented, and where a real figure came to mind it was changed.

Its weight: CENTRAL BANKS, INFLATION AND INTEREST RATES over about six months of one year
(early January to late June) in story order, each story told as wire copy runs it (a
dateline lead with the decision or the print, the figures, the vote, the governor's or the
statisticians' attributed lines, the guidance, the market's reaction, the other side's
label, quotes, follow-ups), the German and English stories interleaved by date. Half German
(Reuters German, dpa, dpa-AFX, APA, awp, Keystone-SDA; Austrian "Jänner", "heuer",
"Pensionistin", "Mikrowarenkorb", Swiss "Gemäss", "Grossbanken", "Lagebeurteilung", «»
quotes, German „“ quotes): the SNB's preliminary annual result with its payout to Bund and
Kantone, the ECB's January cut "um 25 Basispunkte auf 2,25 Prozent" "zum vierten Mal in
Folge" with the "26-köpfigen EZB-Rat", Bund yields and the euro, the euro-area January
flash with the Kernrate and the member states, Austria's January inflation with the
Mikro- and Miniwarenkorb and the OeNB governor, the Bundesbank's third loss in a row with
its balance sheet in "Billionen Euro", its gold in tonnes and its staff, the ECB's March
pause "nach ihrer zweitägigen Sitzung" with staff projections for 2026 to 2028, the
accounts of the January meeting, the Eurosystem's balance sheet and PEPP run-off, the SNB's
March assessment with its conditional forecast, currency purchases and sight deposits,
German April inflation, the ECB's April cut "um einen Viertelprozentpunkt" "nach einer mehr
als sechsstündigen Debatte" with savings and mortgage rates and the Euribor, the Bank of
England's May hold in dpa-AFX copy ("mit 5:4 Stimmen"), Poland's half-point cut with the
"zehnköpfigen" council's vote "mit sechs zu vier Stimmen", the ECB's June pause with
spreads, the OeNB's June forecast, the SNB's return to "minus 0,25 Prozent" and the ECB
forum in Sintra. Half English (Reuters, PA, CP): the Fed's January hold ("The vote was
10-2"), the Bank of England's February cut ("voted 7-2") with projections to 2027, gilt
sales, gilt yields, sterling and mortgage rates, U.S. January CPI "on a month-on-month
basis" and core, the Fed's March cut with the dot plot, the neutral rate and the runoff
cap, the Bank of Japan's hike "by an 8-1 vote" with bond purchases, yields, the yen and
its balance sheet in yen, UK February CPI and two Bank of England speeches, the Riksbank's
cut with its CPIF forecast and the crown, New Zealand's and Canada's decisions, the Fed's
April hold "in a 9-3 vote", the ECB's April cut in English, the Bank of England's
"knife-edge 5-4 vote" and the market's odds of "a quarter-point cut", the April minutes
and Fed speakers, UK April CPI, the PCE, U.S. May CPI and the Fed chair's testimony, the
Fed's June cut with the updated dot plot and the gap between two-year and 10-year yields,
the SNB's and Norges Bank's June decisions, Turkey's cut "by 250 basis points" with the
lira, and the Bank of England governor's speech on pay. Figures as such copy has them:
policy rates and ranges in percent, moves in basis points ("Basispunkte", "bps", "a
150-basis-point cut") and percentage points ("a quarter point", "a quarter-point cut",
"einen Viertelprozentpunkt", "einen halben Prozentpunkt", "a quarter of a percentage
point", "von gut einem Prozentpunkt"), negative rates with "minus", inflation prints
against the Vorjahresmonat, the Vormonat and core, bond yields by maturity and spreads,
votes of rate setters ("7-2", "5-4", "mit 5:4 Stimmen", "mit sechs zu vier Stimmen", "Ten
of the 12"), balance sheets and results in euros, dollars, yen, francs, pounds and Swedish
crowns, exchange rates in the priced currency (dollars, yen, francs, zlotys, Canadian
dollars, Swedish and Norwegian crowns, lira, U.S. cents), projections for 2026 to 2028,
market odds and consensus figures, ordinals of cuts and meetings, shares in words ("ein
Drittel davon", "knapp zwei Drittel", "knapp ein Fünftel", "etwa jede fünfte Bank", "gut
ein Drittel", "roughly a third", "about half", "more than two-thirds"), German number words
and compounds ("zweitägigen", "mehr als sechsstündigen", "26-köpfigen", "zehnköpfigen",
"zweimal", "Zwei-Prozent-Ziel", "Dreimonats-Euribor"), hedges, ranges, dates and
datelines. Negatives as such copy has them: forward guidance without a figure ("von
Sitzung zu Sitzung", "von der Datenlage", "gradual and careful", "not on a preset course",
"afford to be patient", "look through", "clearer evidence", "likely to keep falling" with
its dateline date), hawkish and dovish commentary of traders, analysts and economists,
central bankers' quoted assessments and reassurances, a Konjunktiv I assessment of risks,
warnings against cutting too fast and against complacency, labels of a savings-bank lobby,
a banking lobby, an opposition party and the White House, vox pops of a first-time buyer
and a pensioner with their figures, a saver's complaint, a senator's rhetorical question,
a pension funds' rhetorical question with its rate, open questions, a refusal to say with
the meeting's dates, scene colour (protesters outside the Eccles Building and the Swiss
National Bank, journalists in Sintra) and two Reuters credits.

240 rows (120 German, 120 English), 58 negatives (28 German, 30 English), 182 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 398 expected quantities (197
percentages - 165 in "%", 19 in basis points "bp" and 13 in percentage points "pp" -, 42
counts, 38 amounts of money - 9 CHF, 9 EUR, 8 USD, 4 JPY, 2 GBP, 2 SEK, 1 CAD, 1 NOK, 1 PLN,
1 TRY -, 37 years, 33 durations - 20 in years, 8 in months, 2 in days, 2 in weeks, 1 in
hours -, 24 dates, 18 ordinals, 9 fractions; 10 of them in eight negatives, as the
seventeenth batch labels a figure in a negative), 42 checked speakers (18 German, 24
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence (or one headline) and is judged alone (sixteenth and thirty-second
  batches); the headline "EZB senkt Einlagensatz auf 2,0 Prozent – starker Euro dämpft die
  Teuerung" is check-worthy with its rate (hundred-fourteenth, hundred-sixteenth).
  Konjunktiv I paraphrases of a figure, a fact or a cause are check-worthy with the speaker
  their own attribution gives ("Grund seien vor allem die Zinsen, ..., sagte
  Bundesbankpräsident Joachim Steinhövel." -> "Joachim Steinhövel", "Vandamme sagte, eine
  breite Mehrheit im 26-köpfigen EZB-Rat habe die Senkung getragen, ..." -> "Vandamme",
  "Gegenüber der Dezember-Prognose sei die Inflationsrate ... revidiert worden, sagte
  OeNB-Chefökonomin Birgit Rauchenberger." -> "Birgit Rauchenberger", "Das Budgetdefizit
  werde heuer bei 4,2 Prozent der Wirtschaftsleistung liegen, sagte Kastenhuber vor
  Journalisten." -> "Kastenhuber"; "Der EZB-Rat reagiere damit auf ..., sagte sie." with the
  pronoun unchecked; eighty-seventh, hundred-fourteenth to hundred-thirty-first), while a
  Konjunktiv I verdict, reassurance or assessment of risk is a negative ("Die Teuerung sei
  „hartnäckiger, als uns lieb ist“, fügte er hinzu.", "Die Zinsen seien „an einem guten
  Ort“, sagte Vandamme.", "Ein vorübergehendes Unterschreiten des Ziels sei „kein Grund zur
  Sorge“, ...", "Die Abwärtsrisiken für das Wachstum hätten ... zugenommen, sagte
  Vandamme." - as the eighty-seventh's "Die Risiken für die Preisstabilität seien
  „weitgehend ausgeglichen“"; hundred-seventeenth, hundred-twenty-sixth).
- Forecasts, projections and market pricing with a figure are check-worthy (seventh,
  sixty-second, eighty-seventh, hundred-nineteenth, hundred-twenty-second): the staff
  projections for 2026 to 2028, the SNB's conditional forecast ("Gemäss ihrer bedingten
  Inflationsprognose" a document, the speaker unchecked, hundred-second), the Bank of
  England's peak "in the second quarter" and return to target "in 2027", the Riksbank's and
  the Bank of Canada's forecasts, the Fed's dot plot ("signaled two more reductions", "to
  end this year at 2.9% and 2027 at 2.6%", "one more cut by year-end and two in 2027" count
  1 and 2 - eighty-seventh: "one more quarter-point cut" count 1), Norges Bank's rate path
  ("one or two further reductions" counts 1 and 2, eighty-seventh: "one or two cuts"),
  "she still expected two rate cuts this year", "Volkswirte erwarten, dass die Rate ...
  wieder über zwei Prozent steigt." (2 "over"; the plural group unchecked, forty-first),
  the Bundesbank's return to profit "frühestens 2028" (the year with no qualifier,
  hundred-twenty-second: "frühestens im Frühjahr 2027"), and the market's odds ("pricing in
  about 45 basis points of easing", "bei rund 40 Prozent", "a roughly 60% chance of a
  quarter-point cut ..., down from 75%"; sixty-second). A consensus stated as what
  economists had expected is check-worthy with or without a figure (eighty-fifth): "Von
  Reuters befragte Volkswirte hatten mit dem Schritt einhellig gerechnet.", "Volkswirte
  hatten im Schnitt lediglich mit 2,1 Prozent gerechnet." ("im Schnitt", "lediglich" no
  hedge), "Economists polled by Reuters had forecast a 0.3% rise.", "Economists had expected
  a reading of 3.3%.", "A Reuters poll had pointed to a 150-basis-point cut.". A lobby's
  demand with a figure is check-worthy ("Die Arbeiterkammer verlangt, Mieterhöhungen auf
  höchstens 2 Prozent pro Jahr zu begrenzen." 2 "at_most"; hundred-nineteenth: "Der
  Mieterbund fordert, ...").
- New: forward guidance that names neither a figure nor a committed step is a negative,
  quoted, reported or in Konjunktiv I and whoever gives it - "Man lege sich nicht im Voraus
  auf einen bestimmten Zinspfad fest, sondern entscheide von Sitzung zu Sitzung, betonte
  sie.", "Weitere Schritte hingen „ganz von der Datenlage ab“, sagte Vandamme.", ""We will
  take a gradual and careful approach to any further reductions,"", "... was "well
  positioned to wait" ...", "... was "not on a preset course" ...", ""We can afford to be
  patient,"", "... prepared to "look through" temporary price effects ...", "... would keep
  raising rates if the economy evolved as projected.", "... would need to see "clearer
  evidence" ... before it cut again.", ""We are not in a hurry, and we are not on autopilot
  either,"", "... "in a good place" ... "well positioned" ..." and the governor's "interest
  rates were likely to keep falling, but more slowly than markets had assumed" (its
  dateline date labelled, as the seventeenth batch labels a figure in a negative) - an
  outlook or a stance without a figure, as the forty-seventh batch's forecasts without a
  figure and the eighty-seventh's ""I'm in no rush,"". Guidance with a figure stays a claim
  (above), and so do a unanimous decision reported ("Vandamme sagte, der Beschluss sei nach
  einer mehr als sechsstündigen Debatte einstimmig gefallen.", "ECB President Ilse Vandamme
  told a news conference the decision had been unanimous."; sixteenth and eighty-seventh), a
  stated readiness to use a named instrument ("Wenn nötig werde die SNB auch künftig Devisen
  kaufen, sagte SNB-Präsident Urs Bachofner ...", ""willing to intervene in the foreign
  exchange market as necessary""; thirty-fourth and eighty-seventh: "Die Nationalbank sei
  bereit, bei Bedarf am Devisenmarkt einzugreifen"), an option kept open ("Negativzinsen
  schloss Bachofner nicht aus, ..." - eighty-seventh: "Negativzinsen seien weiterhin nicht
  ausgeschlossen"; the speaker unchecked, "schloss ... aus" no verb of saying,
  hundred-thirty-first), a step announced ("..., die EZB werde ihre geldpolitische Strategie
  bis Ende 2027 erneut überprüfen.", "Die Grossbanken kündigten an, Negativzinsen vorerst
  nicht ... weiterzugeben."; ninety-eighth, hundred-thirty-first) and a meeting or a release
  scheduled ("Der EZB-Rat kommt am 12. März erneut zusammen, ...", "Die nächste
  geldpolitische Lagebeurteilung ist für den 18. Juni angesetzt.", "Den definitiven
  Abschluss will die Nationalbank Anfang März veröffentlichen."; eighty-fifth,
  eighty-seventh).
- Hawkish and dovish commentary is a label and a negative (sixty-second, eighty-seventh):
  "Händler werteten Vandammes Auftritt insgesamt als eher taubenhaft.", "Several analysts
  read the statement as more dovish than they had expected.", ""a hawkish surprise in tone,
  if not in substance."", "... describe the current level as "about neutral."" ("about"
  before no figure is no hedge), "Ökonomen der Hansebank Nord halten den Zinsgipfel längst
  für überschritten, ..." (a verdict with "halten ... für", ninety-eighth), ""a cold shower
  for anyone hoping for a spring cut."", „unschönen Ausreißer, aber keinem Trendbruch“,
  ""This is a blip, not a turning point,"", ""a hard few years,"" (an outlook without a
  figure, forty-seventh), "Some traders now doubt the Fed will lower rates at all before the
  summer." and "Some economists said the two dissents showed a committee increasingly
  divided ..." (with its count 2 labelled). So are central bankers' quoted assessments and
  reassurances, also with a named speaker (eighty-seventh: „Wir sind gut aufgestellt ...“;
  hundred-twenty-sixth: reassurances): «Ein Ergebnis in dieser Höhe ist keineswegs die
  Regel», „Die Verluste sind der Preis einer notwendigen Geldpolitik, ...“, «Eine
  Deflationsgefahr sehen wir derzeit nicht», „Österreich hat ein Inflationsproblem, ...“,
  "... there was "still work to do" on inflation.", "... he saw "no urgency" to move again.",
  "Die Inflation werde sich „im Laufe des Jahres nachhaltig beim Ziel einpendeln“, ..." (a
  forecast without a figure); warnings against cutting too fast and against complacency ("In
  einer Rede vor Unternehmern in Mainz warnte er ..., die Zinsen zu rasch weiter zu
  senken.", "warnte vor „Selbstzufriedenheit“", "... risked "undoing two years of hard
  work."" with its 2 years labelled); labels of lobbies, an opposition party and the White
  House ("Der Sparkassenverband DSGV sprach von einem „schlechten Tag ...“", "Der
  Bankenverband BdB nannte die Senkung „nachvollziehbar, aber nicht ohne Risiko“.", "Die
  nationalkonservative Opposition sprach von einem „Wahlgeschenk ...“", "... was "a gift to
  nobody.""; ninety-eighth), "Opposition parties said families were still paying far more
  for the weekly shop than five years ago." (a complaint without a measure, its 5 years
  labelled; hundred-nineteenth), an appeal ("Der Gouverneur rief die Sozialpartner zu
  Augenmaß ... auf."), a demand without a figure ("Exportverbände fordern seit Monaten ein
  entschlosseneres Vorgehen gegen den starken Franken."; hundred-sixteenth), vox pops with
  their figures labelled ("..., said Rachel Ibbotson, 34, a first-time buyer in Leeds." 34
  years; „Beim Wirt zahle ich für ein Schnitzel heute fast 20 Euro, ...“, ... eine
  71-jährige Pensionistin 20 EUR "nearly" and 71 years - hundred-fifteenth: a price in a
  quoted complaint; hundred-fourteenth: vox pops keep their ages), a saver's complaint, two
  rhetorical questions ("How many more months ...?", «Wer soll bei minus 0,25 Prozent noch
  für das Alter sparen?» with its -0.25 percent labelled; hundred-twenty-seventh), open
  questions ("Ob die EZB ihre Zinssenkungen damit vorerst auf Eis legt, ...", "Whether the
  bank can keep cutting ... is unclear."), a refusal to say ("Whitcomb declined to say
  whether the Fed would cut at its June 16-17 meeting." with both dates labelled;
  hundred-thirty-first: a refusal to comment), scene colour ("a handful of protesters",
  "einige Dutzend Rentnerinnen und Rentner", "Dutzende Journalistinnen und Journalisten" -
  vague magnitudes none, seventeenth) and two Reuters credits (seventieth).
- Minutes and statements (eleventh, eighty-seventh): what the minutes or accounts record is
  check-worthy with the speaker unchecked ("Aus dem vor zwei Wochen veröffentlichten
  Protokoll der Januar-Sitzung geht hervor, dass ..." 2 weeks; "Minutes of the April 28-29
  meeting released on Wednesday showed that ..." --04-28 and --04-29, eighty-seventh: "the
  Oct. 28-29 meeting"), and so is a statement's account of the labour market without a
  figure ("Policymakers noted in their statement that hiring had cooled ..."; eighty-seventh:
  "The Fed said in a statement that job gains had slowed ..."; "noted in their statement"
  no settled attribution, unchecked). A statistician's quoted account of what drove a print
  is check-worthy (eighty-fifth): ""The largest downward effect came from motor fuels and
  airfares," said ONS director of economic statistics Laura Penhale." -> "Laura Penhale".
- Rates and moves (eleventh, sixty-second, eighty-seventh): levels are percentages as
  written ("auf 2,40 Prozent" 2.4, "bei 0 Prozent" 0, "3.50%-3.75%", "3.00%-3.25%" and "in a
  range of 3.25% to 3.50%" both ends - a hyphen between two figures a range, seventeenth -,
  trailing zeros no other value, seventy-first); moves in basis points are "bp" ("um 25
  Basispunkte", "um vier Basispunkte", "um fünf Basispunkte", "auf 78 Basispunkte", "mit 25
  Basispunkten", "3 basis points", "6 bps", "9 bps", "7 bps", "by 250 basis points", "to 96
  basis points", "about 45 basis points", "a larger 50 basis point cut" - twenty-seventh: "a
  25 basis point cut" -, "a larger 50-basis-point move" and "a 150-basis-point cut" - the
  compound read as written, sixty-second: "a 25-basis-point reduction"); moves in points
  are "pp" ("um einen Viertelprozentpunkt" 0.25, tenth and eighty-seventh; "um einen halben
  Prozentpunkt" 0.5, seventeenth and fifty-fourth; "um 0,4 Prozentpunkte"; "rund 0,3
  Prozentpunkte weniger" 0.3 "about" - the "weniger" after it compares, hundred-first -;
  "von gut einem Prozentpunkt" 1 "over" - the dative number word with its hedge, as "mehr
  als einem Gigawatt" (hundred-twenty-eighth) and "one percentage point" 1
  (hundred-twenty-fifth); "a quarter point" and "a quarter-point cut" 0.25, eleventh and
  sixty-second; "a quarter of a percentage point" 0.25, sixteenth and hundred-thirtieth).
  "minus" before a rate is its sign ("auf minus 0,25 Prozent" -0.25, "auf minus 0,1 Prozent
  gefallen" -0.1, "to minus 0.25%" -0.25; third, thirty-third, fifty-third), while "fell
  0.1%" keeps 0.1 (a verb of direction, eleventh and eighty-fifth). Targets: "das
  Zwei-Prozent-Ziel", "its 2% target" and "close to its 2% target" 2 (eighty-seventh), "im
  Zielband von 1,5 bis 3,5 Prozent" both ends (eightieth: "in der Zielspanne von 1 bis 3
  Prozent"). "Leitzins", "Einlagensatz", "Hauptrefinanzierungssatz", "Bank Rate", "official
  cash rate", "neutral rate", "Kernrate", "core", "HVPI", "CPIF", "PCE", "dot plot", "PEPP"
  and "S&P 500" carry none (eighty-fifth, eighty-seventh: names); "its one-week repo rate" is
  1 week (eighty-seventh: "one-week repo rate").
- Votes of rate setters are counts, one per figure (sixth, tenth, sixty-second,
  eighty-seventh): "The vote was 10-2", "voted 7-2", "by an 8-1 vote", "a knife-edge 5-4
  vote", "in a 9-3 vote", "mit sechs zu vier Stimmen" (eighty-seventh: "mit sieben zu zwei
  Stimmen"); "Eleven policymakers" 11, "Three regional bank presidents" 3, "two members",
  "four policymakers", "zwei Mitglieder" and "two Governing Council members" counts; "four
  of the five board members" and "Ten of the 12 voting members" two counts each (a definite
  group, forty-first); "with one member favoring a hold" 1 (a number word before a noun,
  hundred-eighteenth: "One farmer was charged"); "im 26-köpfigen EZB-Rat" 26
  (eighty-seventh) and "im zehnköpfigen geldpolitischen Rat" 10 (the number word heading
  the compound, hundred-seventeenth: "22-köpfigen"; hundred-twenty-sixth: "fünfteiligen");
  "the most dissents at a single meeting since 1992" the year ("a single" none,
  hundred-fifteenth; a measurable record, hundred-twenty-fourth). New: "mit 5:4 Stimmen"
  gives counts 5 and 4 - a colon between two figures before "Stimmen" is a tally, as "5-4"
  and "mit fünf zu vier Stimmen" are, unlike a score ("ein 0:0", "mit 4:3";
  hundred-nineteenth and hundred-thirty-third), which carries none. "einstimmig",
  "unanimous", "by consensus" and "eine breite Mehrheit" carry none.
- Cuts and meetings counted and ordered (fifty-fourth, eighty-seventh): "zweimal" 2 (the
  issue's "viermal"), "nach vier Senkungen in Folge" 4 and "nach fünf Senkungen" 5
  (eighty-seventh: "following nine reductions" 9); "zum vierten Mal in Folge" 4, "die
  sechste Senkung seit Oktober 2024" 6 and the year, "der fünfte Zinsschritt nach unten" 5,
  "zum dritten Mal in Folge" 3, "for a second consecutive meeting" 2, "the Bank of
  England's sixth reduction" 6, "the third straight monthly decline" 3, "the third
  decision in a row" 3, "its first move since December" 1, "their second reduction this
  year" and "its second cut this year" 2, "for the first time since 2022" 1 and the year,
  "the first annual decline in four years" and "den ersten negativen Wert seit vier Jahren"
  1 and 4 years, "nach einer ersten Schätzung" 1 (thirty-second), "im vierten Quartal" 4,
  "in the second quarter" 2, "an fünfter Stelle" 5 (hundred-twenty-fourth: "an vierter
  Stelle").
- Inflation prints (eighty-fifth): rates and their components are percentages as written,
  the comparison tags carrying none ("im Vorjahresmonat", "Gegenüber dem Vormonat",
  "Gegenüber März", "on a month-on-month basis", "on the month", "On the month", "from a
  year earlier", "on an annual basis"), as do "harmonisiert", "Mikrowarenkorb" and
  "Miniwarenkorb". New: "handelsgewichtet" (trade-weighted) carries none either, as the
  adjustment words "real", "nominal" and "saisonbereinigt" (eighty-fifth). "billiger",
  "teurer", "weniger" and "mehr" after a figure compare and leave it as written
  (hundred-first); "mit einem Plus von 4,7 Prozent" 4.7 (hundred-twelfth: "ein Plus von 17
  Prozent"); "in the 12 months to February", "In the 12 months through May" and "in the 12
  months through April" 12 months, "in the three months to April" 3 months (fifty-fourth,
  eighty-fifth); "im Jahresschnitt 2025" the year ("im Jahresschnitt" none,
  hundred-thirty-first); records keep the year they name ("the biggest monthly increase
  since April 2023", "den tiefsten Wert seit Herbst 2021"; "the smallest gain since last
  September" none). New: a month inside a compound carries none, as a month alone does
  (every batch) - "der Januar-Sitzung", "der Dezember-Prognose".
- Bond yields, spreads and currencies (eleventh, sixty-second, eighty-seventh): maturities
  are durations ("zehnjähriger Bundesanleihen", "zweijähriger Bundesschatzanweisungen",
  "zehnjähriger italienischer Staatsanleihen", "für zehnjährige Baukredite", "Benchmark
  10-year Treasury yields", "The two-year yield", "Two-year gilt yields", "Two-year fixed
  mortgages", "the 10-year JGB yield", "two-year and 10-year yields" two durations, "Der
  Dreimonats-Euribor" 3 months - sixty-second); "its biggest one-day rise in two months" 1
  day and 2 months (sixty-second), "its highest since 1999" the year, "to their highest in
  31 years" 31 years (eighty-seventh: "den höchsten Stand seit 30 Jahren"). Exchange rates
  are money in the priced currency: "auf 1,1620 Dollar", "to $1.1780" and "to $1.3395" USD,
  "148.20 per dollar" after "The yen" JPY, "0,9285 je Euro" and "0,9410 je Euro" after "Der
  Franken" CHF, "4,31 je Euro" after "Der Zloty" PLN (hundred-fifth: zlotys), "41.85 per
  dollar" after "The lira" TRY (sixth and eightieth: "Lira" TRY), "1.3820 per U.S. dollar"
  after "The Canadian dollar" CAD (eighty-seventh: "0.7961 per dollar" after "The Swiss
  franc" CHF), "56.12 U.S. cents" 0.5612 and "72.36 U.S. cents" 0.7236 USD (sixty-second:
  "62.85 U.S. cents"); "The crown ... per euro" is SEK in the story datelined STOCKHOLM and
  NOK in the one datelined OSLO (hundred-thirty-third: crowns in a Norwegian story are NOK;
  hundred-fourteenth: "Swedish crowns" SEK). Index levels are counts ("at 6,512.34",
  sixty-second).
- Balance sheets and results in several currencies (eleventh, thirty-first, fiftieth,
  eighty-seventh): "Billionen Euro" are 1e12 ("um rund 190 Milliarden auf 2,31 Billionen
  Euro" and "um rund 2,4 Billionen auf 6,2 Billionen Euro" both EUR, the currency written
  once serving the earlier figure, hundred-twenty-fourth), "$6.48 trillion", "to about 712
  trillion yen from a peak of 762 trillion yen", "by about 250 billion yen every three
  months" (3 months, hundred-twenty-ninth: "every three weeks"), "to $10 billion from $20
  billion", "by £60 billion in the coming 12 months, compared with £90 billion", "3 billion
  Swedish crowns a month" ("a month" none), "um durchschnittlich 14 Milliarden Euro pro
  Monat" ("durchschnittlich" no hedge, "pro Monat" none), "um 1,7 Milliarden auf 452,4
  Milliarden Franken" both CHF; results: "rund 31 Milliarden Franken", "Allein ... 19,4
  Milliarden Franken" ("Allein" no hedge, hundred-sixteenth), "knapp 4 Milliarden Franken"
  "nearly", "insgesamt 4 Milliarden Franken, ein Drittel davon ..., zwei Drittel ..."
  0.3333 and 0.6667 ("davon" no hedge), "Der Fehlbetrag von 14,2 Milliarden Euro", "1,08
  Milliarden Euro ..., nach 2,2 Milliarden Euro im Jahr davor", "für 1,9 Milliarden Franken
  Fremdwährungen". Gold in tonnes and staff are counts ("mit 3.342 Tonnen", eighty-seventh:
  "ihrer 3.350 Tonnen Gold"; "10.940 Menschen, rund 120 weniger" with the "weniger" after
  the figure comparing).
- Fractions (the issue; hundred-fourteenth to hundred-thirtieth): "ein Drittel davon"
  0.3333, "zwei Drittel" 0.6667, "knapp zwei Drittel davon" 0.6667 "nearly", "knapp ein
  Fünftel" 0.2 "nearly", "Nur noch etwa jede fünfte Bank" 0.2 "about" ("Nur noch" no hedge,
  hundred-thirtieth), "gut ein Drittel der variablen Baukredite" 0.3333 "over", "roughly a
  third of the index by weight" 0.3333 "about", "about half of all outstanding government
  bonds" 0.5 "about", "more than two-thirds of the U.S. economy" 0.6667 "over".
- Durations: "nach ihrer zweitägigen Sitzung" 2 days (eighty-seventh), "nach einer mehr als
  sechsstündigen Debatte" 6 hours "over" (the issue's "fünfstündigen", the hedge before the
  compound bounding its number, hundred-twentieth: "einen mehr als zweistündigen"), "vor
  zwei Wochen" 2 weeks, "in the coming 12 months" 12 months; in negatives "five years ago"
  and "two years of hard work" labelled, as are the vox pops' ages ("Rachel Ibbotson, 34,",
  "eine 71-jährige Pensionistin"; seventy-sixth, hundred-fourteenth). None: "binnen
  Jahresfrist", "binnen eines Jahres" (an article, hundred-sixteenth), "ein Jahr zuvor",
  "im Jahr davor", "im vergangenen Jahr", "das vergangene Geschäftsjahr", "im laufenden
  Jahr", "im kommenden Jahr", "heuer", "seit Jahresbeginn", "seit Monaten", "seit Jahren",
  "vom Monatsende", "a year earlier", "a day earlier", "this year", "last year", "last
  spring", "year-end", "a month", "pro Jahr", "im Jahr".
- Years and dates: "seit Oktober 2024", "since September 2024", "since the summer of 2024",
  "im Sommer 2022", "seit ihrem Höchststand im Sommer 2022", "seit Herbst 2021", "seit
  Oktober 2023", "since April 2023", "until March 2027", "bis Ende 2027", "at the end of
  2027", "at the end of 2026", "in 2024", "since 2021", "since 2022", "seit 2010", "since
  1992", "since 1999", "im Jahresschnitt 2025", "des Jahres 2023" and the projection years
  2026 to 2028 are years; "am 12. März", "für den 18. Juni" and "starting April 1" dates
  without a year, "the April 28-29 meeting" and "its June 16-17 meeting" two dates each
  (eighty-seventh: "the Oct. 28-29 meeting"); Reuters datelines with a day ("WASHINGTON, Jan
  28", "LONDON, Feb 5", "WASHINGTON, Feb 11", "WASHINGTON, March 18", "TOKYO, March 19",
  "STOCKHOLM, March 26", "WELLINGTON, April 8", "WASHINGTON, April 29", "FRANKFURT, April
  30", "LONDON, May 7", "WASHINGTON, May 29", "WASHINGTON, June 10", "WASHINGTON, June 17",
  "ZURICH, June 18", "OSLO, June 18", "ANKARA, June 18", "LONDON, June 23") dates without a
  year; awp ("Zürich (awp) -"), Reuters German ("Frankfurt (Reuters) -", "Warschau (Reuters)
  -"), dpa ("Luxemburg (dpa) -", "Wiesbaden (dpa) -", "Sintra (dpa) -"), dpa-AFX
  ("Frankfurt (dpa-AFX) -", "London (dpa-AFX) -"), APA ("Wien (APA) -"), Keystone-SDA ("Bern
  (Keystone-SDA) -"), PA ("LONDON (PA) -") and CP ("OTTAWA (CP) —") datelines none
  (seventy-ninth). Months, weekdays, "Anfang März", "im Sommer", "im Herbst", "bis Juni" and
  "by December" none.
- Hedges, only the names in use: "rund", "etwa", "about", "around", "roughly" "about";
  "knapp", "fast" "nearly"; "gut", "mehr als", "more than", "über" (right before the
  figure) "over"; "höchstens" "at_most". No hedge: "Allein", "insgesamt",
  "durchschnittlich", "im Schnitt", "on average", "lediglich", "Nur noch", "zuletzt",
  "derzeit", "zuvor" (eighty-fifth), "a combined" (hundred-eighteenth), "another",
  "further", "frühestens" before a year, the "to" of a range, and "mehr", "weniger",
  "billiger", "teurer" after a figure.
- Speakers, checked only in forms the earlier batches settled: "wie die SNB am Freitag
  mitteilte" -> "die SNB" and "wie die EZB am Donnerstag mitteilte" -> "die EZB" (the
  weekday dropped, eighty-seventh and hundred-fourteenth), "wie Eurostat nach einer ersten
  Schätzung mitteilte" -> "Eurostat" (twenty-seventh: "wie Eurostat mitteilte"; the phrase
  dropped as a weekday is), "Das teilte die Statistik Austria am Mittwoch mit ..." -> "die
  Statistik Austria" (hundred-thirty-second), "wie das Statistische Bundesamt auf Basis
  vorläufiger Daten mitteilte" -> "das Statistische Bundesamt" (forty-second), "so die
  Bundesbank" (eleventh, eighty-seventh), "laut OeNB" -> "OeNB" and "laut Bundesamt für
  Statistik" -> "Bundesamt für Statistik" as written (hundred-sixteenth: "laut
  Landesrechnungshof"; hundred-twenty-fourth: "laut Wifo"), "sagte X" with the title
  dropped ("Bundesbankpräsident", "SNB-Präsident ... an der Medienkonferenz in Bern" - the
  occasion dropped, eighty-seventh -, "OeNB-Chefökonomin"), "X sagte, ..." opening the row
  ("Vandamme sagte", "OeNB-Gouverneur Bernhard Kastenhuber sagte", "NBP-Präsident Tadeusz
  Wróblewski sagte", "Bachofner sagte", "EZB-Chefvolkswirt Piet Oosterhuis sagte in seiner
  Rede" - the phrase after the verb dropped; forty-second, hundred-twentieth,
  hundred-thirty-first), "sagte Kastenhuber vor Journalisten" -> "Kastenhuber" (the audience
  dropped, hundred-seventeenth). English: "Whitcomb said" as written; the name with the
  title, the occasion and the audience dropped ("Governor Helen Strachan said", "Governor
  Anders Hallgren said", "Governor Fiona Weatherall said", "Governor Pierre Lamontagne told
  reporters", "Fed Governor Dana Ocampo said in a speech on Thursday", "Bank of England
  Deputy Governor Marcus Fennimore said in a speech in Glasgow", "Fed Chair Leland Whitcomb
  told the Senate Banking Committee on Thursday", "ECB President Ilse Vandamme told a news
  conference", "SNB Chairman Urs Bachofner said", "Strachan told an audience at the London
  School of Economics" -> "Strachan"; eighty-seventh, hundred-seventeenth,
  hundred-twenty-seventh), "said ONS director of economic statistics Laura Penhale" (the
  title dropped, hundred-thirty-second: "said ONS statistician Tom Ackroyd"), "the Labor
  Department said on Wednesday" (twice) and "the Commerce Department said on Friday" (the
  weekday dropped, eighty-seventh and hundred-seventeenth), "the Fed said in its statement"
  -> "the Fed" (eighty-seventh: "The Fed said in a statement"), "according to the Office for
  National Statistics" and "the Office for National Statistics said" with the article
  (eighty-seventh, hundred-thirty-second), "according to Moneyfacts" as written (fifty-second,
  eighty-seventh), "The Bank of England said ...", "The Riksbank said ..." and "The BOJ said
  ..." opening the row -> "the Bank of England", "the Riksbank", "the BOJ" (the article
  lowered, hundred-fourteenth; ninety-ninth: "The FAA said"), "the bank said" -> "the bank"
  (thirty-sixth, hundred-thirtieth), "Norges Bank said" as written (hundred-twenty-sixth:
  "Ofgem said"). Left unchecked (None): "betonte sie", "fügte er hinzu", "sagte sie"
  (pronouns), "nach eigenen Angaben", "Gemäss ihrer bedingten Inflationsprognose" and "geht
  hervor" (documents, hundred-second), "rechnet damit", "rechnet", "verwies darauf",
  "verlangt", "schloss ... nicht aus", "kündigte ... an", "kündigten an" (no verbs of
  saying, hundred-twentieth and hundred-thirty-first), "nach einer Auswertung des
  Vergleichsportals Zinslotse" (a description before the name, fortieth), "LSEG data
  showed", "official data showed", "Minutes ... showed", "New projections showed" (data and
  documents), "Sources close to the discussion said" (a plural group, forty-first),
  "Policymakers noted in their statement", rows without attribution and all negatives, also
  those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_139 = [
    # --- SNB: vorläufiges Jahresergebnis (awp) ---
    (
        "de",
        "Zürich (awp) - Die Schweizerische Nationalbank hat im vergangenen Jahr nach vorläufigen Zahlen einen Gewinn von rund 31 Milliarden Franken erzielt.",
        True,
        [("money", 31000000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Allein auf den Goldbeständen resultierte ein Bewertungsgewinn von 19,4 Milliarden Franken, wie die SNB am Freitag mitteilte.",
        True,
        [("money", 19400000000, "CHF", None)],
        "die SNB",
    ),
    (
        "de",
        "Auf den Fremdwährungspositionen stand dagegen ein Verlust von knapp 4 Milliarden Franken zu Buche, weil der Franken zum Dollar kräftig zulegte.",
        True,
        [("money", 4000000000, "CHF", "nearly")],
        None,
    ),
    (
        "de",
        "Bund und Kantone erhalten eine Ausschüttung von insgesamt 4 Milliarden Franken, ein Drittel davon geht an den Bund, zwei Drittel gehen an die Kantone.",
        True,
        [("money", 4000000000, "CHF", None), ("fraction", 0.3333, None, None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "«Ein Ergebnis in dieser Höhe ist keineswegs die Regel», sagte SNB-Vizepräsidentin Claudine Rey-Meister.",
        False,
        [],
        None,
    ),
    ("de", "Den definitiven Abschluss will die Nationalbank Anfang März veröffentlichen.", True, [], None),
    # --- Fed holds in January (Reuters) ---
    (
        "en",
        "WASHINGTON, Jan 28 (Reuters) - The U.S. central bank kept borrowing costs unchanged on Wednesday, leaving its benchmark overnight rate in the 3.50%-3.75% range for a second consecutive meeting.",
        True,
        [
            ("date", "--01-28", None, None),
            ("percent", 3.5, "%", None),
            ("percent", 3.75, "%", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The vote was 10-2, with Governors Dana Ocampo and Michael Tarrant dissenting in favor of a quarter-point cut.",
        True,
        [("count", 10, None, None), ("count", 2, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "en",
        "Policymakers noted in their statement that hiring had cooled and that unemployment had drifted higher.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Fed Chair Leland Whitcomb told a news conference that the central bank was "well positioned to wait" for a clearer picture of how tariffs were feeding into prices.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitcomb said the committee had lowered rates by a combined 150 basis points since September 2024.",
        True,
        [("percent", 150, "bp", None), ("year", 2024, None, None)],
        "Whitcomb",
    ),
    (
        "en",
        "Rate futures showed traders pricing in about 45 basis points of easing by December, LSEG data showed.",
        True,
        [("percent", 45, "bp", "about")],
        None,
    ),
    (
        "en",
        "Benchmark 10-year Treasury yields edged up 3 basis points to 4.27%.",
        True,
        [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 4.27, "%", None)],
        None,
    ),
    (
        "en",
        "The two-year yield, which tracks rate expectations, was little changed at 3.61%.",
        True,
        [("duration", 2, "year", None), ("percent", 3.61, "%", None)],
        None,
    ),
    (
        "en",
        "Some economists said the two dissents showed a committee increasingly divided over how much weight to give a softening labor market.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    ("en", 'A White House spokesman said the decision was "a gift to nobody."', False, [], None),
    ("en", "(Reporting by Nadia Okafor-Brennan; Editing by Tom Hallett)", False, [], None),
    # --- EZB senkt im Januar (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Europäische Zentralbank hat ihre Zinsen zum vierten Mal in Folge gesenkt und den Einlagensatz um 25 Basispunkte auf 2,25 Prozent zurückgenommen.",
        True,
        [("ordinal", 4, None, None), ("percent", 25, "bp", None), ("percent", 2.25, "%", None)],
        None,
    ),
    (
        "de",
        "Der Hauptrefinanzierungssatz sinkt damit auf 2,40 Prozent, der Satz für die Spitzenrefinanzierungsfazilität auf 2,65 Prozent, wie die EZB am Donnerstag mitteilte.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.65, "%", None)],
        "die EZB",
    ),
    ("de", "Von Reuters befragte Volkswirte hatten mit dem Schritt einhellig gerechnet.", True, [], None),
    (
        "de",
        "Es ist die sechste Senkung seit Oktober 2024, als der Einlagensatz noch bei 3,75 Prozent gelegen hatte.",
        True,
        [("ordinal", 6, None, None), ("year", 2024, None, None), ("percent", 3.75, "%", None)],
        None,
    ),
    (
        "de",
        "Die Inflation werde sich „im Laufe des Jahres nachhaltig beim Ziel einpendeln“, sagte EZB-Präsidentin Ilse Vandamme vor Journalisten in Frankfurt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vandamme sagte, eine breite Mehrheit im 26-köpfigen EZB-Rat habe die Senkung getragen, zwei Mitglieder hätten für eine Pause plädiert.",
        True,
        [("count", 26, None, None), ("count", 2, None, None)],
        "Vandamme",
    ),
    (
        "de",
        "Man lege sich nicht im Voraus auf einen bestimmten Zinspfad fest, sondern entscheide von Sitzung zu Sitzung, betonte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen fiel nach der Entscheidung um vier Basispunkte auf 2,58 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 4, "bp", None), ("percent", 2.58, "%", None)],
        None,
    ),
    ("de", "Der Euro gab bis zum Abend auf 1,1620 Dollar nach.", True, [("money", 1.162, "USD", None)], None),
    ("de", "Händler werteten Vandammes Auftritt insgesamt als eher taubenhaft.", False, [], None),
    (
        "de",
        "Der Sparkassenverband DSGV sprach von einem „schlechten Tag für alle, die fürs Alter vorsorgen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der EZB-Rat kommt am 12. März erneut zusammen, dann mit neuen Projektionen der Notenbank-Volkswirte.",
        True,
        [("date", "--03-12", None, None)],
        None,
    ),
    # --- Inflation im Euroraum, Januar (dpa) ---
    (
        "de",
        "Luxemburg (dpa) - Die Inflation im Euroraum ist im Januar überraschend auf 2,3 Prozent gestiegen.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Im Dezember hatte die Jahresteuerung in den 21 Ländern der Währungsunion bei 2,0 Prozent gelegen, wie Eurostat nach einer ersten Schätzung mitteilte.",
        True,
        [("count", 21, None, None), ("percent", 2.0, "%", None), ("ordinal", 1, None, None)],
        "Eurostat",
    ),
    (
        "de",
        "Die Kernrate, bei der die schwankungsanfälligen Preise für Energie und Lebensmittel herausgerechnet werden, verharrte bei 2,4 Prozent.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Dienstleistungen verteuerten sich um 3,4 Prozent, Energie war um 1,1 Prozent billiger als im Vorjahresmonat.",
        True,
        [("percent", 3.4, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Gegenüber dem Vormonat sanken die Verbraucherpreise wegen des Winterschlussverkaufs um 0,4 Prozent.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Volkswirte hatten im Schnitt lediglich mit 2,1 Prozent gerechnet.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die höchste Rate meldete Estland mit 4,6 Prozent, die niedrigste Zypern mit 0,3 Prozent.",
        True,
        [("percent", 4.6, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Ökonom der Hansebank Nord sprach von einem „unschönen Ausreißer, aber keinem Trendbruch“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die EZB ihre Zinssenkungen damit vorerst auf Eis legt, ist unter Beobachtern umstritten.",
        False,
        [],
        None,
    ),
    # --- Bank of England cuts in February (Reuters, PA) ---
    (
        "en",
        "LONDON, Feb 5 (Reuters) - Bank Rate was trimmed by a quarter point to 3.5% on Thursday, the Bank of England's sixth reduction since the summer of 2024.",
        True,
        [
            ("date", "--02-05", None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 3.5, "%", None),
            ("ordinal", 6, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Monetary Policy Committee voted 7-2 for the move, with two members preferring to keep Bank Rate at 3.75%.",
        True,
        [("count", 7, None, None), ("count", 2, None, None), ("count", 2, None, None), ("percent", 3.75, "%", None)],
        None,
    ),
    (
        "en",
        "Governor Helen Strachan said the Bank expected inflation to peak at 3.4% in the second quarter before returning to its 2% target in 2027.",
        True,
        [
            ("percent", 3.4, "%", None),
            ("ordinal", 2, None, None),
            ("percent", 2, "%", None),
            ("year", 2027, None, None),
        ],
        "Helen Strachan",
    ),
    (
        "en",
        "Growth is now forecast at 0.9% this year and 1.2% in 2027, down from 1.1% and 1.4% in the November projections.",
        True,
        [
            ("percent", 0.9, "%", None),
            ("percent", 1.2, "%", None),
            ("year", 2027, None, None),
            ("percent", 1.1, "%", None),
            ("percent", 1.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        '"We will take a gradual and careful approach to any further reductions," Strachan told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Bank of England said it would shrink its gilt holdings by £60 billion in the coming 12 months, compared with £90 billion in the previous year.",
        True,
        [("money", 60000000000, "GBP", None), ("duration", 12, "month", None), ("money", 90000000000, "GBP", None)],
        "the Bank of England",
    ),
    (
        "en",
        "Two-year gilt yields fell 6 bps to 3.72% after the decision, while sterling slipped 0.3% to $1.3395.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 6, "bp", None),
            ("percent", 3.72, "%", None),
            ("percent", 0.3, "%", None),
            ("money", 1.3395, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "LONDON (PA) - Two-year fixed mortgages cost borrowers 4.91% on average on Thursday, according to Moneyfacts.",
        True,
        [("duration", 2, "year", None), ("percent", 4.91, "%", None)],
        "Moneyfacts",
    ),
    (
        "en",
        '"Every cut helps, but it still feels like we are running just to stand still," said Rachel Ibbotson, 34, a first-time buyer in Leeds.',
        False,
        [("duration", 34, "year", None)],
        None,
    ),
    # --- U.S. consumer prices, January (Reuters) ---
    (
        "en",
        "WASHINGTON, Feb 11 (Reuters) - U.S. consumer prices rose more than expected in January, pushing the annual inflation rate up to 3.1% from 2.9% in December.",
        True,
        [("date", "--02-11", None, None), ("percent", 3.1, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "The consumer price index increased 0.5% on a month-on-month basis after a 0.3% gain in December, the Labor Department said on Wednesday.",
        True,
        [("percent", 0.5, "%", None), ("percent", 0.3, "%", None)],
        "the Labor Department",
    ),
    ("en", "Economists polled by Reuters had forecast a 0.3% rise.", True, [("percent", 0.3, "%", None)], None),
    (
        "en",
        "Excluding the volatile food and energy components, core prices climbed 0.4% on the month and 3.3% from a year earlier.",
        True,
        [("percent", 0.4, "%", None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "en",
        "Housing costs, roughly a third of the index by weight, rose 0.5%, while airline fares jumped 4.2%.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 0.5, "%", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "Used car prices fell 1.1%, the third straight monthly decline.",
        True,
        [("percent", 1.1, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The 10-year Treasury yield jumped 9 bps to 4.41%, its biggest one-day rise in two months.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 9, "bp", None),
            ("percent", 4.41, "%", None),
            ("duration", 1, "day", None),
            ("duration", 2, "month", None),
        ],
        None,
    ),
    (
        "en",
        'Analysts at Tidewater Capital called the report "a cold shower for anyone hoping for a spring cut."',
        False,
        [],
        None,
    ),
    ("en", "Some traders now doubt the Fed will lower rates at all before the summer.", False, [], None),
    (
        "en",
        'Cleveland Fed President Annette Brodsky said on Thursday that the figures showed there was "still work to do" on inflation.',
        False,
        [],
        None,
    ),
    # --- Inflation in Österreich, Jänner (APA) ---
    (
        "de",
        "Wien (APA) - Im Jänner ist die Teuerung in Österreich auf 3,4 Prozent gesunken, nach 3,8 Prozent im Dezember.",
        True,
        [("percent", 3.4, "%", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Das teilte die Statistik Austria am Mittwoch mit und bestätigte damit ihre Schnellschätzung vom Monatsende.",
        True,
        [],
        "die Statistik Austria",
    ),
    (
        "de",
        "Hauptpreistreiber blieben die Dienstleistungen mit einem Plus von 4,7 Prozent, vor allem in der Gastronomie und in Hotels.",
        True,
        [("percent", 4.7, "%", None)],
        None,
    ),
    (
        "de",
        "Auf die Wohnkosten entfiel knapp ein Fünftel der gesamten Teuerung.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für den Mikrowarenkorb mit dem täglichen Einkauf mussten Konsumentinnen und Konsumenten um 5,2 Prozent mehr zahlen, für den Wocheneinkauf im Miniwarenkorb um 4,1 Prozent.",
        True,
        [("percent", 5.2, "%", None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Nach der harmonisierten Berechnung lag Österreich mit 3,6 Prozent unter den Euro-Ländern an fünfter Stelle.",
        True,
        [("percent", 3.6, "%", None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "OeNB-Gouverneur Bernhard Kastenhuber sagte, der Abstand zum Euroraum von gut einem Prozentpunkt gehe vor allem auf die hohen Lohnabschlüsse zurück.",
        True,
        [("percent", 1, "pp", "over")],
        "Bernhard Kastenhuber",
    ),
    ("de", "Die Teuerung sei „hartnäckiger, als uns lieb ist“, fügte er hinzu.", False, [], None),
    (
        "de",
        "„Beim Wirt zahle ich für ein Schnitzel heute fast 20 Euro, das geht sich mit meiner Pension nicht mehr aus“, sagte eine 71-jährige Pensionistin in Linz.",
        False,
        [("money", 20, "EUR", "nearly"), ("duration", 71, "year", None)],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer verlangt, Mieterhöhungen auf höchstens 2 Prozent pro Jahr zu begrenzen.",
        True,
        [("percent", 2, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Die Wirtschaftskammer verwies darauf, dass die Inflation im Jahresschnitt 2025 bei 3,3 Prozent gelegen sei und damit deutlich unter dem Wert des Jahres 2023.",
        True,
        [("year", 2025, None, None), ("percent", 3.3, "%", None), ("year", 2023, None, None)],
        None,
    ),
    # --- Bundesbank: Jahresabschluss (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Deutsche Bundesbank hat das vergangene Geschäftsjahr zum dritten Mal in Folge mit einem Verlust abgeschlossen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Fehlbetrag von 14,2 Milliarden Euro wurde mit Rückstellungen verrechnet, eine Gewinnausschüttung an den Bund ist damit erneut nicht möglich, so die Bundesbank.",
        True,
        [("money", 14200000000, "EUR", None)],
        "die Bundesbank",
    ),
    (
        "de",
        "Grund seien vor allem die Zinsen, die die Notenbank den Geschäftsbanken auf deren Einlagen zahle, sagte Bundesbankpräsident Joachim Steinhövel.",
        True,
        [],
        "Joachim Steinhövel",
    ),
    (
        "de",
        "Die Bilanzsumme schrumpfte binnen Jahresfrist um rund 190 Milliarden auf 2,31 Billionen Euro.",
        True,
        [("money", 190000000000, "EUR", "about"), ("money", 2310000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Goldreserven blieben mit 3.342 Tonnen unverändert, knapp zwei Drittel davon lagern inzwischen in Frankfurt.",
        True,
        [("count", 3342, None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Steinhövel rechnet damit, dass die Bundesbank frühestens 2028 wieder einen Gewinn ausweist.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "„Die Verluste sind der Preis einer notwendigen Geldpolitik, sie schmälern unsere Handlungsfähigkeit nicht“, sagte Steinhövel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In einer Rede vor Unternehmern in Mainz warnte er am Abend davor, die Zinsen zu rasch weiter zu senken.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ende des Jahres beschäftigte die Bundesbank 10.940 Menschen, rund 120 weniger als ein Jahr zuvor.",
        True,
        [("count", 10940, None, None), ("count", 120, None, "about")],
        None,
    ),
    # --- EZB pausiert im März (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die EZB hat die Leitzinsen nach ihrer zweitägigen Sitzung unverändert gelassen, der Einlagensatz bleibt nach vier Senkungen in Folge bei 2,25 Prozent.",
        True,
        [("duration", 2, "day", None), ("count", 4, None, None), ("percent", 2.25, "%", None)],
        None,
    ),
    (
        "de",
        "Nach den neuen Projektionen der Notenbank-Volkswirte dürfte die Inflation 2026 im Schnitt 2,2 Prozent betragen, 2027 dann 1,9 Prozent und 2028 wieder 2,0 Prozent.",
        True,
        [
            ("year", 2026, None, None),
            ("percent", 2.2, "%", None),
            ("year", 2027, None, None),
            ("percent", 1.9, "%", None),
            ("year", 2028, None, None),
            ("percent", 2.0, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Beim Wirtschaftswachstum rechnen die Fachleute für das laufende Jahr mit 1,1 Prozent, nach zuvor erwarteten 1,2 Prozent.",
        True,
        [("percent", 1.1, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Abwärtsrisiken für das Wachstum hätten wegen der US-Zölle zugenommen, sagte Vandamme.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Aus dem vor zwei Wochen veröffentlichten Protokoll der Januar-Sitzung geht hervor, dass einige Ratsmitglieder schon damals eine Pause befürwortet hatten.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Die Bilanz des Eurosystems ist seit ihrem Höchststand im Sommer 2022 um rund 2,4 Billionen auf 6,2 Billionen Euro geschrumpft.",
        True,
        [("year", 2022, None, None), ("money", 2400000000000, "EUR", "about"), ("money", 6200000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Anleihebestände aus dem Pandemieprogramm PEPP laufen seit Jahresbeginn um durchschnittlich 14 Milliarden Euro pro Monat aus.",
        True,
        [("money", 14000000000, "EUR", None)],
        None,
    ),
    ("de", "Die Zinsen seien „an einem guten Ort“, sagte Vandamme.", False, [], None),
    (
        "de",
        "Am Geldmarkt sahen Händler die Wahrscheinlichkeit einer weiteren Senkung bis Juni zuletzt bei rund 40 Prozent.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "Ökonomen der Hansebank Nord halten den Zinsgipfel längst für überschritten, die Talsohle aber noch nicht für erreicht.",
        False,
        [],
        None,
    ),
    # --- Fed cuts in March, dot plot (Reuters) ---
    (
        "en",
        "WASHINGTON, March 18 (Reuters) - The Fed trimmed borrowing costs by a quarter of a percentage point on Wednesday and signaled two more reductions before the end of the year.",
        True,
        [("date", "--03-18", None, None), ("percent", 0.25, "pp", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The policy rate now stands in a range of 3.25% to 3.50%, the Fed said in its statement.",
        True,
        [("percent", 3.25, "%", None), ("percent", 3.5, "%", None)],
        "the Fed",
    ),
    (
        "en",
        "Eleven policymakers voted for the move, while Kansas City Fed President Lorraine Metcalf dissented in favor of holding rates steady.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "New projections showed the median policymaker expecting the federal funds rate to end this year at 2.9% and 2027 at 2.6%.",
        True,
        [("percent", 2.9, "%", None), ("year", 2027, None, None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        "Officials also nudged up their estimate of the longer-run neutral rate to 3.1% from 3.0%.",
        True,
        [("percent", 3.1, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "en",
        "The median forecast for core PCE inflation at the end of 2026 was lowered to 2.7%, and unemployment is seen peaking at 4.6%.",
        True,
        [("year", 2026, None, None), ("percent", 2.7, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "The Fed will also cut the monthly cap on its Treasury runoff to $10 billion from $20 billion starting April 1, slowing the shrinking of a balance sheet that stands at $6.48 trillion.",
        True,
        [
            ("money", 10000000000, "USD", None),
            ("money", 20000000000, "USD", None),
            ("date", "--04-01", None, None),
            ("money", 6480000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        'Whitcomb told reporters the committee was "not on a preset course" and would weigh each meeting on its merits.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Stocks rallied, with the S&P 500 closing up 1.1% at 6,512.34.",
        True,
        [("percent", 1.1, "%", None), ("count", 6512.34, None, None)],
        None,
    ),
    ("en", "Several analysts read the statement as more dovish than they had expected.", False, [], None),
    # --- Bank of Japan hikes (Reuters) ---
    (
        "en",
        "TOKYO, March 19 (Reuters) - Japan's central bank lifted its short-term policy rate to 1.0% from 0.75% on Thursday, taking borrowing costs to their highest in 31 years.",
        True,
        [
            ("date", "--03-19", None, None),
            ("percent", 1.0, "%", None),
            ("percent", 0.75, "%", None),
            ("duration", 31, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The decision was made by an 8-1 vote, with board member Yuko Sasahara dissenting on the grounds that more wage data were needed.",
        True,
        [("count", 8, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        'Governor Hiroshi Kanemura told a news conference that real interest rates remained "deeply negative" and that the bank would keep raising rates if the economy evolved as projected.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The BOJ said it would keep trimming its purchases of Japanese government bonds by about 250 billion yen every three months until March 2027.",
        True,
        [("money", 250000000000, "JPY", "about"), ("duration", 3, "month", None), ("year", 2027, None, None)],
        "the BOJ",
    ),
    (
        "en",
        "The 10-year JGB yield rose 4 basis points to 2.18%, its highest since 1999.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 4, "bp", None),
            ("percent", 2.18, "%", None),
            ("year", 1999, None, None),
        ],
        None,
    ),
    (
        "en",
        "The yen firmed 0.6% to 148.20 per dollar.",
        True,
        [("percent", 0.6, "%", None), ("money", 148.2, "JPY", None)],
        None,
    ),
    (
        "en",
        "The central bank, which still holds about half of all outstanding government bonds, has shrunk its balance sheet to about 712 trillion yen from a peak of 762 trillion yen in 2024.",
        True,
        [
            ("fraction", 0.5, None, "about"),
            ("money", 712000000000000, "JPY", "about"),
            ("money", 762000000000000, "JPY", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        'Economists at Marlowe & Finch said the move was "a hawkish surprise in tone, if not in substance."',
        False,
        [],
        None,
    ),
    # --- SNB im März (awp) ---
    (
        "de",
        "Zürich (awp) - Die Schweizerische Nationalbank belässt ihren Leitzins bei 0 Prozent.",
        True,
        [("percent", 0, "%", None)],
        None,
    ),
    (
        "de",
        "Gemäss ihrer bedingten Inflationsprognose dürfte die Teuerung im laufenden Jahr 0,2 Prozent betragen und 2027 auf 0,5 Prozent sowie 2028 auf 0,7 Prozent steigen.",
        True,
        [
            ("percent", 0.2, "%", None),
            ("year", 2027, None, None),
            ("percent", 0.5, "%", None),
            ("year", 2028, None, None),
            ("percent", 0.7, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Wenn nötig werde die SNB auch künftig Devisen kaufen, sagte SNB-Präsident Urs Bachofner an der Medienkonferenz in Bern.",
        True,
        [],
        "Urs Bachofner",
    ),
    (
        "de",
        "Im vierten Quartal hatte die Nationalbank nach eigenen Angaben für 1,9 Milliarden Franken Fremdwährungen erworben.",
        True,
        [("ordinal", 4, None, None), ("money", 1900000000, "CHF", None)],
        None,
    ),
    ("de", "Im vergangenen Jahr hatte die SNB den Leitzins zweimal gesenkt.", True, [("count", 2, None, None)], None),
    (
        "de",
        "Negativzinsen schloss Bachofner nicht aus, die Hürde dafür liege aber höher als für eine gewöhnliche Senkung.",
        True,
        [],
        None,
    ),
    ("de", "Der Franken notierte nach dem Entscheid bei 0,9285 je Euro.", True, [("money", 0.9285, "CHF", None)], None),
    (
        "de",
        "Die Giroguthaben der Geschäftsbanken bei der Nationalbank nahmen in der Vorwoche um 1,7 Milliarden auf 452,4 Milliarden Franken zu.",
        True,
        [("money", 1700000000, "CHF", None), ("money", 452400000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Exportverbände fordern seit Monaten ein entschlosseneres Vorgehen gegen den starken Franken.",
        False,
        [],
        None,
    ),
    ("de", "«Eine Deflationsgefahr sehen wir derzeit nicht», sagte Bachofner.", False, [], None),
    (
        "de",
        "Die nächste geldpolitische Lagebeurteilung ist für den 18. Juni angesetzt.",
        True,
        [("date", "--06-18", None, None)],
        None,
    ),
    # --- UK inflation, February, and Bank of England speeches (PA) ---
    (
        "en",
        "LONDON (PA) - UK inflation eased to 3.2% in February from 3.5% in January, according to the Office for National Statistics.",
        True,
        [("percent", 3.2, "%", None), ("percent", 3.5, "%", None)],
        "the Office for National Statistics",
    ),
    ("en", "Economists had expected a reading of 3.3%.", True, [("percent", 3.3, "%", None)], None),
    (
        "en",
        "Price growth in the services sector, closely tracked by rate-setters, slowed to 4.6% from 5.0%.",
        True,
        [("percent", 4.6, "%", None), ("percent", 5.0, "%", None)],
        None,
    ),
    (
        "en",
        "Food prices rose 4.1% in the 12 months to February, the smallest increase since last spring.",
        True,
        [("percent", 4.1, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        '"The largest downward effect came from motor fuels and airfares," said ONS director of economic statistics Laura Penhale.',
        True,
        [],
        "Laura Penhale",
    ),
    (
        "en",
        "Opposition parties said families were still paying far more for the weekly shop than five years ago.",
        False,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Bank of England Deputy Governor Marcus Fennimore said in a speech in Glasgow that firms surveyed by the Bank's agents expected to raise pay by around 3.5% this year.",
        True,
        [("percent", 3.5, "%", "about")],
        "Marcus Fennimore",
    ),
    (
        "en",
        'External MPC member Priya Lanning warned that cutting too quickly risked "undoing two years of hard work."',
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- Riksbank (Reuters) ---
    (
        "en",
        "STOCKHOLM, March 26 (Reuters) - The Riksbank reduced its benchmark by a quarter point to 1.75% on Thursday, its first move since December.",
        True,
        [
            ("date", "--03-26", None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 1.75, "%", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Riksbank said inflation measured by the CPIF was likely to average 1.4% this year before rising to 1.9% in 2027.",
        True,
        [("percent", 1.4, "%", None), ("percent", 1.9, "%", None), ("year", 2027, None, None)],
        "the Riksbank",
    ),
    (
        "en",
        "Governor Anders Hallgren said four of the five board members had backed the cut, with one member favoring a hold.",
        True,
        [("count", 4, None, None), ("count", 5, None, None), ("count", 1, None, None)],
        "Anders Hallgren",
    ),
    (
        "en",
        "The crown strengthened 0.4% to 10.92 per euro.",
        True,
        [("percent", 0.4, "%", None), ("money", 10.92, "SEK", None)],
        None,
    ),
    (
        "en",
        "It will keep selling government bonds at a pace of 3 billion Swedish crowns a month, the bank said.",
        True,
        [("money", 3000000000, "SEK", None)],
        "the bank",
    ),
    ("en", '"We are not in a hurry, and we are not on autopilot either," Hallgren said.', False, [], None),
    # --- New Zealand and Canada (Reuters, CP) ---
    (
        "en",
        "WELLINGTON, April 8 (Reuters) - New Zealand's central bank cut its official cash rate by 25 basis points to 2.0%, the lowest since 2021.",
        True,
        [
            ("date", "--04-08", None, None),
            ("percent", 25, "bp", None),
            ("percent", 2.0, "%", None),
            ("year", 2021, None, None),
        ],
        None,
    ),
    (
        "en",
        "Governor Fiona Weatherall said the committee had discussed a larger 50-basis-point move but settled on the smaller step by consensus.",
        True,
        [("percent", 50, "bp", None)],
        "Fiona Weatherall",
    ),
    (
        "en",
        "The New Zealand dollar fell 0.8% to 56.12 U.S. cents.",
        True,
        [("percent", 0.8, "%", None), ("money", 0.5612, "USD", None)],
        None,
    ),
    (
        "en",
        "OTTAWA (CP) — Canada's central bank kept its policy rate at 2.0% on Wednesday, the third decision in a row to stand pat.",
        True,
        [("percent", 2.0, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Governor Pierre Lamontagne told reporters that U.S. tariffs had cut Canada's output by about 1.5% since the start of last year.",
        True,
        [("percent", 1.5, "%", "about")],
        "Pierre Lamontagne",
    ),
    (
        "en",
        "The bank now sees growth of 1.0% this year and 1.6% in 2027, with inflation hovering close to its 2% target throughout.",
        True,
        [
            ("percent", 1.0, "%", None),
            ("percent", 1.6, "%", None),
            ("year", 2027, None, None),
            ("percent", 2, "%", None),
        ],
        None,
    ),
    (
        "en",
        'Lamontagne said the bank was prepared to "look through" temporary price effects but would not let them become entrenched.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Canadian dollar was little changed at 1.3820 per U.S. dollar, or 72.36 U.S. cents.",
        True,
        [("money", 1.382, "CAD", None), ("money", 0.7236, "USD", None)],
        None,
    ),
    # --- Fed holds in April (Reuters) ---
    (
        "en",
        "WASHINGTON, April 29 (Reuters) - The Federal Reserve left rates unchanged on Wednesday in a 9-3 vote, the most dissents at a single meeting since 1992.",
        True,
        [
            ("date", "--04-29", None, None),
            ("count", 9, None, None),
            ("count", 3, None, None),
            ("year", 1992, None, None),
        ],
        None,
    ),
    (
        "en",
        "Three regional bank presidents dissented in favor of another quarter-point reduction.",
        True,
        [("count", 3, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    ("en", '"We can afford to be patient," Whitcomb told reporters after the meeting.', False, [], None),
    (
        "en",
        'Outside the Eccles Building, a handful of protesters held up signs reading "Cut rates now."',
        False,
        [],
        None,
    ),
    # --- Inflation in Deutschland, April (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Die Teuerungsrate in Deutschland ist im April auf 2,1 Prozent gesunken.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Im März waren es noch 2,4 Prozent gewesen, wie das Statistische Bundesamt auf Basis vorläufiger Daten mitteilte.",
        True,
        [("percent", 2.4, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Energie kostete 3,9 Prozent weniger als im Vorjahresmonat, Nahrungsmittel waren 2,2 Prozent teurer.",
        True,
        [("percent", 3.9, "%", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die sogenannte Kernrate, die Energie und Nahrungsmittel ausklammert, sank auf 2,6 Prozent und damit auf den tiefsten Wert seit Herbst 2021.",
        True,
        [("percent", 2.6, "%", None), ("year", 2021, None, None)],
        None,
    ),
    ("de", "Gegenüber März stiegen die Verbraucherpreise um 0,2 Prozent.", True, [("percent", 0.2, "%", None)], None),
    (
        "de",
        "Der für die EZB maßgebliche harmonisierte Verbraucherpreisindex HVPI lag bei 2,2 Prozent.",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Inflation ist kein Thema mehr, das den Menschen den Schlaf raubt“, sagte Chefvolkswirtin Ulrike Feldmann von der Hansebank Nord.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Volkswirte erwarten, dass die Rate im Sommer vorübergehend wieder über zwei Prozent steigt.",
        True,
        [("percent", 2, "%", "over")],
        None,
    ),
    # --- EZB senkt im April (Reuters) ---
    (
        "de",
        "EZB senkt Einlagensatz auf 2,0 Prozent – starker Euro dämpft die Teuerung",
        True,
        [("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Frankfurt (Reuters) - Die EZB hat den Einlagensatz um einen Viertelprozentpunkt auf 2,0 Prozent gesenkt, es ist bereits der fünfte Zinsschritt nach unten binnen eines Jahres.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 2.0, "%", None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Vandamme sagte, der Beschluss sei nach einer mehr als sechsstündigen Debatte einstimmig gefallen.",
        True,
        [("duration", 6, "hour", "over")],
        "Vandamme",
    ),
    (
        "de",
        "Der EZB-Rat reagiere damit auf die schwächere Konjunktur und auf den stärkeren Euro, der Importe verbillige, sagte sie.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat die Gemeinschaftswährung zum Dollar um gut 6 Prozent zugelegt.",
        True,
        [("percent", 6, "%", "over")],
        None,
    ),
    ("de", "Weitere Schritte hingen „ganz von der Datenlage ab“, sagte Vandamme.", False, [], None),
    ("de", "Der Bankenverband BdB nannte die Senkung „nachvollziehbar, aber nicht ohne Risiko“.", False, [], None),
    (
        "de",
        "„Für mein Tagesgeld bekomme ich bald gar nichts mehr“, klagte ein Sparer vor einer Bankfiliale in der Frankfurter Innenstadt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nur noch etwa jede fünfte Bank zahlt nach einer Auswertung des Vergleichsportals Zinslotse für Tagesgeld mehr als 2 Prozent.",
        True,
        [("fraction", 0.2, None, "about"), ("percent", 2, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Dreimonats-Euribor, an dem gut ein Drittel der variablen Baukredite im Euroraum hängt, fiel auf 2,05 Prozent.",
        True,
        [("duration", 3, "month", None), ("fraction", 0.3333, None, "over"), ("percent", 2.05, "%", None)],
        None,
    ),
    (
        "de",
        "Für zehnjährige Baukredite verlangten die Banken durchschnittlich 3,52 Prozent, rund 0,3 Prozentpunkte weniger als im Herbst.",
        True,
        [("duration", 10, "year", None), ("percent", 3.52, "%", None), ("percent", 0.3, "pp", "about")],
        None,
    ),
    # --- ECB in English (Reuters) ---
    (
        "en",
        "FRANKFURT, April 30 (Reuters) - The European Central Bank lowered its deposit rate to 2.0% on Thursday, citing a stronger euro and weak growth.",
        True,
        [("date", "--04-30", None, None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "en",
        "ECB President Ilse Vandamme told a news conference the decision had been unanimous.",
        True,
        [],
        "Ilse Vandamme",
    ),
    (
        "en",
        "Sources close to the discussion said two Governing Council members had initially argued for a larger 50 basis point cut.",
        True,
        [("count", 2, None, None), ("percent", 50, "bp", None)],
        None,
    ),
    ("en", 'Some ECB policymakers privately describe the current level as "about neutral."', False, [], None),
    ("en", "The euro fell 0.4% to $1.1780.", True, [("percent", 0.4, "%", None), ("money", 1.178, "USD", None)], None),
    # --- Bank of England holds in May (Reuters, dpa-AFX) ---
    (
        "en",
        "LONDON, May 7 (Reuters) - The Bank of England kept interest rates at 3.5% on Thursday after a knife-edge 5-4 vote, with four policymakers backing a cut to 3.25%.",
        True,
        [
            ("date", "--05-07", None, None),
            ("percent", 3.5, "%", None),
            ("count", 5, None, None),
            ("count", 4, None, None),
            ("count", 4, None, None),
            ("percent", 3.25, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The central bank raised its forecast for inflation at the end of the year to 2.9% from 2.6%.",
        True,
        [("percent", 2.9, "%", None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        'Strachan said the MPC would need to see "clearer evidence" that pay growth was slowing before it cut again.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Markets priced a roughly 60% chance of a quarter-point cut in June after the decision, down from 75% a day earlier.",
        True,
        [("percent", 60, "%", "about"), ("percent", 0.25, "pp", None), ("percent", 75, "%", None)],
        None,
    ),
    (
        "de",
        "London (dpa-AFX) - Die britische Notenbank hat ihren Leitzins bei 3,5 Prozent belassen, im geldpolitischen Ausschuss fiel der Beschluss mit 5:4 Stimmen.",
        True,
        [("percent", 3.5, "%", None), ("count", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- Polen senkt (Reuters) ---
    (
        "de",
        "Warschau (Reuters) - Die polnische Notenbank hat ihren Leitzins überraschend um einen halben Prozentpunkt auf 4,25 Prozent gesenkt.",
        True,
        [("percent", 0.5, "pp", None), ("percent", 4.25, "%", None)],
        None,
    ),
    (
        "de",
        "Es war der größte Zinsschritt seit Oktober 2023; Analysten hatten mit 25 Basispunkten gerechnet.",
        True,
        [("year", 2023, None, None), ("percent", 25, "bp", None)],
        None,
    ),
    (
        "de",
        "NBP-Präsident Tadeusz Wróblewski sagte, der Beschluss im zehnköpfigen geldpolitischen Rat sei mit sechs zu vier Stimmen gefallen.",
        True,
        [("count", 10, None, None), ("count", 6, None, None), ("count", 4, None, None)],
        "Tadeusz Wróblewski",
    ),
    (
        "de",
        "Die Inflation lag im April bei 2,8 Prozent und damit erstmals seit Jahren im Zielband von 1,5 bis 3,5 Prozent.",
        True,
        [("percent", 2.8, "%", None), ("percent", 1.5, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Der Zloty gab um 0,5 Prozent auf 4,31 je Euro nach.",
        True,
        [("percent", 0.5, "%", None), ("money", 4.31, "PLN", None)],
        None,
    ),
    (
        "de",
        "Die nationalkonservative Opposition sprach von einem „Wahlgeschenk auf Kosten der Sparer“.",
        False,
        [],
        None,
    ),
    # --- Fed minutes and speeches, UK inflation in April (Reuters, PA) ---
    (
        "en",
        "Minutes of the April 28-29 meeting released on Wednesday showed that many participants saw upside risks to inflation from higher import tariffs.",
        True,
        [("date", "--04-28", None, None), ("date", "--04-29", None, None)],
        None,
    ),
    (
        "en",
        "Fed Governor Dana Ocampo said in a speech on Thursday that she still expected two rate cuts this year.",
        True,
        [("count", 2, None, None)],
        "Dana Ocampo",
    ),
    ("en", 'Dallas Fed President Ramon Aguilar said he saw "no urgency" to move again.', False, [], None),
    (
        "en",
        "LONDON (PA) - UK inflation rose to 3.6% in April as higher water, energy and council tax bills kicked in, the Office for National Statistics said.",
        True,
        [("percent", 3.6, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Household energy bills climbed 6.4% under the new price cap, while water and sewerage charges jumped 22.7%.",
        True,
        [("percent", 6.4, "%", None), ("percent", 22.7, "%", None)],
        None,
    ),
    (
        "en",
        "On the month, prices rose 1.1%, the biggest monthly increase since April 2023.",
        True,
        [("percent", 1.1, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"This is a blip, not a turning point," said Jonah Rees, chief UK economist at Tidewater Capital.',
        False,
        [],
        None,
    ),
    # --- U.S. PCE (Reuters) ---
    (
        "en",
        "WASHINGTON, May 29 (Reuters) - The personal consumption expenditures price index, the Fed's preferred inflation gauge, rose 2.6% in the 12 months through April, the Commerce Department said on Friday.",
        True,
        [("date", "--05-29", None, None), ("percent", 2.6, "%", None), ("duration", 12, "month", None)],
        "the Commerce Department",
    ),
    (
        "en",
        "Core PCE inflation was 2.8%, down from 2.9% in March.",
        True,
        [("percent", 2.8, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Household spending, which makes up more than two-thirds of the U.S. economy, edged up 0.2%.",
        True,
        [("fraction", 0.6667, None, "over"), ("percent", 0.2, "%", None)],
        None,
    ),
    # --- EZB im Juni (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die EZB hat den Einlagensatz im Juni bei 2,0 Prozent belassen und damit nach fünf Senkungen eine Pause eingelegt.",
        True,
        [("percent", 2.0, "%", None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Nach den aktualisierten Projektionen sehen die Volkswirte der Notenbank die Inflation 2027 bei 1,8 Prozent und damit unter dem Zwei-Prozent-Ziel.",
        True,
        [("year", 2027, None, None), ("percent", 1.8, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    ("de", "Ein vorübergehendes Unterschreiten des Ziels sei „kein Grund zur Sorge“, sagte Vandamme.", False, [], None),
    (
        "de",
        "Die Rendite zweijähriger Bundesschatzanweisungen sank um fünf Basispunkte auf 1,87 Prozent.",
        True,
        [("duration", 2, "year", None), ("percent", 5, "bp", None), ("percent", 1.87, "%", None)],
        None,
    ),
    (
        "de",
        "Der Risikoaufschlag zehnjähriger italienischer Staatsanleihen gegenüber deutschen engte sich auf 78 Basispunkte ein, den niedrigsten Stand seit 2010.",
        True,
        [("duration", 10, "year", None), ("percent", 78, "bp", None), ("year", 2010, None, None)],
        None,
    ),
    # --- U.S. consumer prices, May, and testimony (Reuters) ---
    (
        "en",
        "WASHINGTON, June 10 (Reuters) - U.S. consumer prices rose 0.1% in May as cheaper gasoline offset higher costs for furniture and apparel, the Labor Department said on Wednesday.",
        True,
        [("date", "--06-10", None, None), ("percent", 0.1, "%", None)],
        "the Labor Department",
    ),
    (
        "en",
        "In the 12 months through May, the CPI increased 2.8%, the smallest gain since last September.",
        True,
        [("duration", 12, "month", None), ("percent", 2.8, "%", None)],
        None,
    ),
    ("en", "Core inflation slowed to 3.0% on an annual basis.", True, [("percent", 3.0, "%", None)], None),
    (
        "en",
        "Gasoline prices fell 2.6% in May, while furniture prices rose 1.3%.",
        True,
        [("percent", 2.6, "%", None), ("percent", 1.3, "%", None)],
        None,
    ),
    (
        "en",
        "Fed Chair Leland Whitcomb told the Senate Banking Committee on Thursday that unemployment had risen to 4.4% from 4.1% a year earlier.",
        True,
        [("percent", 4.4, "%", None), ("percent", 4.1, "%", None)],
        "Leland Whitcomb",
    ),
    (
        "en",
        '"How many more months do American families have to wait for relief?" asked Senator Dolores Kittredge, the committee\'s top Democrat.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitcomb declined to say whether the Fed would cut at its June 16-17 meeting.",
        False,
        [("date", "--06-16", None, None), ("date", "--06-17", None, None)],
        None,
    ),
    ("en", "(Reporting by Howard Penrith; Editing by Lucy Aldane)", False, [], None),
    # --- OeNB-Prognose (APA) ---
    (
        "de",
        "Wien (APA) - Die Oesterreichische Nationalbank (OeNB) rechnet für heuer mit einem Wirtschaftswachstum von 0,6 Prozent, für 2027 mit 1,2 Prozent.",
        True,
        [("percent", 0.6, "%", None), ("year", 2027, None, None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Inflation soll von 3,2 Prozent im laufenden Jahr auf 2,3 Prozent im kommenden Jahr und 2,0 Prozent im Jahr 2028 sinken.",
        True,
        [
            ("percent", 3.2, "%", None),
            ("percent", 2.3, "%", None),
            ("percent", 2.0, "%", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "de",
        "Gegenüber der Dezember-Prognose sei die Inflationsrate für heuer um 0,4 Prozentpunkte nach oben revidiert worden, sagte OeNB-Chefökonomin Birgit Rauchenberger.",
        True,
        [("percent", 0.4, "pp", None)],
        "Birgit Rauchenberger",
    ),
    (
        "de",
        "Die Arbeitslosenquote nach nationaler Definition dürfte laut OeNB im Jahresschnitt auf 7,4 Prozent klettern.",
        True,
        [("percent", 7.4, "%", None)],
        "OeNB",
    ),
    (
        "de",
        "Das Budgetdefizit werde heuer bei 4,2 Prozent der Wirtschaftsleistung liegen, sagte Kastenhuber vor Journalisten.",
        True,
        [("percent", 4.2, "%", None)],
        "Kastenhuber",
    ),
    (
        "de",
        "„Österreich hat ein Inflationsproblem, und das ist zu einem guten Teil hausgemacht“, sagte Kastenhuber.",
        False,
        [],
        None,
    ),
    ("de", "Der Gouverneur rief die Sozialpartner zu Augenmaß bei den Lohnrunden im Herbst auf.", False, [], None),
    (
        "de",
        "Die OeNB selbst hatte für das vergangene Jahr einen Verlust von 1,08 Milliarden Euro ausgewiesen, nach 2,2 Milliarden Euro im Jahr davor.",
        True,
        [("money", 1080000000, "EUR", None), ("money", 2200000000, "EUR", None)],
        None,
    ),
    # --- Fed cuts in June (Reuters) ---
    (
        "en",
        "WASHINGTON, June 17 (Reuters) - U.S. policymakers lowered rates by a quarter point to a range of 3.00%-3.25% on Wednesday, their second reduction this year.",
        True,
        [
            ("date", "--06-17", None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 3.0, "%", None),
            ("percent", 3.25, "%", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ten of the 12 voting members backed the decision.",
        True,
        [("count", 10, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The updated dot plot showed officials expect one more cut by year-end and two in 2027.",
        True,
        [("count", 1, None, None), ("count", 2, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        'Whitcomb said the economy was "in a good place" and that the committee was "well positioned" for whatever came next.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Two-year Treasury yields fell 7 bps to 3.18%, and the difference between two-year and 10-year yields grew to 96 basis points, the most since 2022.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 7, "bp", None),
            ("percent", 3.18, "%", None),
            ("duration", 2, "year", None),
            ("duration", 10, "year", None),
            ("percent", 96, "bp", None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    # --- SNB kehrt zu Negativzinsen zurück (awp, Keystone-SDA) ---
    (
        "de",
        "Zürich (awp) - Die Schweizerische Nationalbank kehrt zu Negativzinsen zurück und senkt ihren Leitzins um 25 Basispunkte auf minus 0,25 Prozent.",
        True,
        [("percent", 25, "bp", None), ("percent", -0.25, "%", None)],
        None,
    ),
    ("de", "Zuletzt hatte die SNB im Sommer 2022 Negativzinsen erhoben.", True, [("year", 2022, None, None)], None),
    (
        "de",
        "Die Teuerung war im Mai laut Bundesamt für Statistik auf minus 0,1 Prozent gefallen, den ersten negativen Wert seit vier Jahren.",
        True,
        [("percent", -0.1, "%", None), ("ordinal", 1, None, None), ("duration", 4, "year", None)],
        "Bundesamt für Statistik",
    ),
    (
        "de",
        "Bachofner sagte, der Franken habe seit Jahresbeginn handelsgewichtet um rund 4 Prozent aufgewertet.",
        True,
        [("percent", 4, "%", "about")],
        "Bachofner",
    ),
    (
        "de",
        "Für Guthaben der Banken oberhalb eines Freibetrags gilt künftig ein Zins von minus 0,25 Prozent, darunter bleibt es bei 0 Prozent.",
        True,
        [("percent", -0.25, "%", None), ("percent", 0, "%", None)],
        None,
    ),
    (
        "de",
        "Die Grossbanken kündigten an, Negativzinsen vorerst nicht an Privatkundinnen und -kunden weiterzugeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Franken schwächte sich nach dem Entscheid auf 0,9410 je Euro ab.",
        True,
        [("money", 0.941, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Wer soll bei minus 0,25 Prozent noch für das Alter sparen?», fragte ein Vertreter des Pensionskassenverbands.",
        False,
        [("percent", -0.25, "%", None)],
        None,
    ),
    (
        "de",
        "Bern (Keystone-SDA) - Vor dem Nationalbankgebäude am Bundesplatz protestierten am Nachmittag einige Dutzend Rentnerinnen und Rentner mit Transparenten.",
        False,
        [],
        None,
    ),
    # --- SNB and Norges Bank in English (Reuters) ---
    (
        "en",
        "ZURICH, June 18 (Reuters) - The Swiss National Bank cut its policy rate to minus 0.25% on Thursday, returning to negative rates for the first time since 2022.",
        True,
        [
            ("date", "--06-18", None, None),
            ("percent", -0.25, "%", None),
            ("ordinal", 1, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        'SNB Chairman Urs Bachofner said the bank remained "willing to intervene in the foreign exchange market as necessary."',
        True,
        [],
        "Urs Bachofner",
    ),
    (
        "en",
        "Swiss consumer prices fell 0.1% in May from a year earlier, the first annual decline in four years.",
        True,
        [("percent", 0.1, "%", None), ("ordinal", 1, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        'Swiss savers face "a hard few years," said Jean-Luc Berthier, an economist at the private bank Maison Rochat.',
        False,
        [],
        None,
    ),
    (
        "en",
        "OSLO, June 18 (Reuters) - Norway's central bank lowered its policy rate by a quarter point to 3.75% on Thursday, its second cut this year.",
        True,
        [
            ("date", "--06-18", None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 3.75, "%", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Norges Bank said its new rate path implied one or two further reductions this year and a policy rate of about 3.25% at the end of 2027.",
        True,
        [
            ("count", 1, None, None),
            ("count", 2, None, None),
            ("percent", 3.25, "%", "about"),
            ("year", 2027, None, None),
        ],
        "Norges Bank",
    ),
    (
        "en",
        "The crown weakened 0.5% to 11.64 per euro.",
        True,
        [("percent", 0.5, "%", None), ("money", 11.64, "NOK", None)],
        None,
    ),
    # --- Turkey (Reuters) ---
    (
        "en",
        "ANKARA, June 18 (Reuters) - The Turkish central bank lowered its one-week repo rate by 250 basis points to 35.5% on Thursday, a bigger step than economists had expected.",
        True,
        [
            ("date", "--06-18", None, None),
            ("duration", 1, "week", None),
            ("percent", 250, "bp", None),
            ("percent", 35.5, "%", None),
        ],
        None,
    ),
    ("en", "A Reuters poll had pointed to a 150-basis-point cut.", True, [("percent", 150, "bp", None)], None),
    (
        "en",
        "Annual inflation slowed to 31.4% in May from 33.9% in April, official data showed earlier this month.",
        True,
        [("percent", 31.4, "%", None), ("percent", 33.9, "%", None)],
        None,
    ),
    (
        "en",
        "The lira weakened 0.3% to 41.85 per dollar after the decision.",
        True,
        [("percent", 0.3, "%", None), ("money", 41.85, "TRY", None)],
        None,
    ),
    ("en", "Whether the bank can keep cutting without reigniting a run on the lira is unclear.", False, [], None),
    # --- Bank of England Governor's speech (Reuters) ---
    (
        "en",
        "LONDON, June 23 (Reuters) - Bank of England Governor Helen Strachan said on Tuesday that interest rates were likely to keep falling, but more slowly than markets had assumed.",
        False,
        [("date", "--06-23", None, None)],
        None,
    ),
    (
        "en",
        "Strachan told an audience at the London School of Economics that regular pay growth had slowed to 4.1% in the three months to April from a peak of 7.6% in 2023.",
        True,
        [
            ("percent", 4.1, "%", None),
            ("duration", 3, "month", None),
            ("percent", 7.6, "%", None),
            ("year", 2023, None, None),
        ],
        "Strachan",
    ),
    # --- Notenbankforum in Sintra (dpa) ---
    (
        "de",
        "Sintra (dpa) - Beim jährlichen Notenbankforum im portugiesischen Sintra kündigte Vandamme an, die EZB werde ihre geldpolitische Strategie bis Ende 2027 erneut überprüfen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "EZB-Chefvolkswirt Piet Oosterhuis sagte in seiner Rede, die Löhne im Euroraum stiegen derzeit um rund 3,2 Prozent im Jahr.",
        True,
        [("percent", 3.2, "%", "about")],
        "Piet Oosterhuis",
    ),
    (
        "de",
        "Direktoriumsmitglied Agnès Morel warnte vor „Selbstzufriedenheit“ im Kampf gegen die Teuerung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vor dem Tagungshotel warteten Dutzende Journalistinnen und Journalisten in der Mittagshitze auf die Notenbankchefs.",
        False,
        [],
        None,
    ),
]
