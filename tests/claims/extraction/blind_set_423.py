"""Four-hundred-and-twenty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of government and ministers appear only by
office ("The Chancellor"), and the presidents, chairs, governors, deputy governors, board
members, chief economists and statisticians of real central banks and offices appear under
made-up names that stand for no real holder, or by their role only („der
Bundesbankpräsident“, „die Präsidentin“, "one London-based rates strategist").

Names: Hartmut Ellwanger-Rosskopf, Dagmar Quernheim-Bolte, Cécile Vautrin-Hesse, Joonas
Keskivaara, Margarethe Zillgitt-Arnaud, Tadej Kranjc-Hrast, Ferdinand Gstettner-Moik, Sabine
Raffl-Wegscheider, Annelies Zbinden-Crevoisier, Ulrike Tiedemann-Sarres and the Bankhaus
Heddesdorf, Jens-Uwe Pfahlbusch and the Lippische Handelsbank, Katalin Szőke-Braun and the
Kärntner Seenbank, Matthias Unterkircher-Gams and the Vermögensverwaltung Alsterblick, the
Bank am Bellevue, the portals Zinsnavi and Hypomonitor; Imani Adebayo-Strand, Wendell
Crisfield-Obi, Douglas Ambrose-Tallis, Fiona Strachan-Lowe, Nikhil Sundaresan-Cole, Harriet
Coldicott, Gareth Penrhyn-Jones, Dana Pruszynski and Ridgecrest Advisors, Owen
Polkinghorne-Wade and Pilgrim Lane Capital, Lorna Beckwith-Hale and Fenwick Row Capital,
Priya Chandrasekaran-Holt and Marlow Street Securities, Rachel Ansty-Keane and the property
website Homestead, Tasha Mulvaney; every unnamed economist, strategist, trader, analyst,
broker, participant, member and official. Real central banks, offices, bodies, parties,
papers, programmes, markets and places (Europäische Zentralbank, EZB, EZB-Rat, Eurosystem,
PEPP, Deutsche Bundesbank, Bund-Future, Oesterreichische Nationalbank (OeNB), Statistik
Austria, HVPI, Ö1-„Morgenjournal“, FPÖ, Bundesregierung, Handelsverband, Arbeiterkammer,
Schweizerische Nationalbank (SNB), Bundesamt für Statistik (BFS), Bundesamt für
Wohnungswesen, Hauseigentümerverband, Mieterinnen- und Mieterverband, AWP, Bank of England,
US-Notenbank Fed, „Börsen-Zeitung“, „Handelsblatt“, „Welt am Sonntag“, MESZ; the Federal
Reserve, the Cleveland Fed, the Economic Club of New York, CME Group's FedWatch tool, the
Labor Department, the CPI, PCE, Treasuries, the Office for National Statistics (ONS), the
Bank of England, the BoE, the MPC, Bank Rate, gilts, LSEG, UK Finance, Moneyfacts, Freddie
Mac, the Swiss National Bank, the European Central Bank, the ECB, the Governing Council, the
Eurosystem, the Bundesbank, the University of Warwick, MSCI, Brent, Helsinki, Columbus, and
the datelines' cities) stand for the way wire copy names them; every rate, move, vote,
projection, print, yield, price, exchange rate, balance sheet, poll, probability, quote,
label and reaction here is invented, and where a real figure came to mind (a real policy
rate or corridor, a real vote, a real forecast, a real balance sheet, loss or currency
purchase, a real reference rate) it was changed.

Its weight: CENTRAL BANKS, INTEREST RATES AND MONETARY POLICY, sixth round (the
eighty-seventh, hundred-thirty-ninth, two-hundred-and-seventeenth,
three-hundred-and-twenty-fourth and three-hundred-and-fifty-seventh batches weighed central
banks, inflation and rates, the two-hundred-and-ninety-fourth and
three-hundred-and-fifty-first financial markets; their decisions are kept), this time as one
wire week around a "Notenbank-Donnerstag" - Monday, June 13, to Saturday, June 18, 2033,
with projections for 2033 to 2036 - as 37 short stories in story order, the German and
English ones interleaved by day. German (dpa, dpa-AFX with a "TAGESVORSCHAU:" agenda and
reaction lines, Reuters German, APA with Austrian "heuer", awp and Keystone-SDA with Swiss
"ausschliessen", "Augenmass" and «» quotes, German „“ quotes): the Bundesbank's monthly
report and its president's warning, the OeNB's summer forecast at a press conference in
Vienna, the money market before the ECB, Austrian May inflation, the Fed minutes in German,
the SNB preview, Thursday's agenda, the SNB's assessment with its conditional forecast and
its currency purchases, the Bank of England's hold "mit 7:2 Stimmen", the ECB's cut "um 25
Basispunkte" with staff projections in the "(März-Prognose: ...)" and the bare "(2,0)" form
and the Eurosystem's balance sheet in "Billionen Euro", the ECB president's press conference
with its questions, economists' reaction lines, Austrian savers and borrowers, the
Bundesbank's June forecast with its balance sheet, council members after the meeting, Swiss
mortgage and reference rates, German savers, and a Sunday-paper interview with the
Bundesbank's vice-president. English (Reuters with dated datelines and "FOREX-" and "GLOBAL
MARKETS-" headlines, AP, PA): a preview with "Markets price a 60% chance", a Fed governor's
speech, Austria's forecast, U.S. May CPI, UK May CPI, the Fed minutes ("by a 10-2 vote",
"The two dissenters") and AP's version, a Bank of England preview, the SNB's hold, the Bank
of England's 7-2 hold with its minutes, projections, gilt sales and market pricing,
mortgages and savers, the ECB's cut and its president's press conference, the Bundesbank's
forecast, ECB policymakers after the cut, the Fed chair, the Cleveland Fed, a BoE deputy
governor's dissent, the week in currencies and the week in markets. Speakers as such copy
has them: „X sagte, ...“ and „sagte X“ with the title, the weekday, the place, the occasion
and the addressee dropped, „wie die EZB ... mitteilte“, „teilte ... mit“, „Nach Angaben der
Bundesbank“, „Laut OeNB“, „so das Bundesamt für Wohnungswesen“, „Die „Welt am Sonntag“
zitierte X mit den Worten“, „Auf die Frage nach ... sagte X“; "X said", "said X", "told a
news conference", "told reporters", "told Reuters in an interview", "said in a speech",
"said in a statement", "Asked about ..., X said", "The BoE said", "the Labor Department
said", "Moneyfacts said" and an apposition; beside them the forms left unchecked (pronouns
and roles, plural groups, minutes, data, sources, descriptions before a name, estimating
verbs). Figures as such copy has them: policy rates and corridors, moves in basis points and
percentage points („um 25 Basispunkte“, „einen Viertelprozentpunkt“, "a quarter point", "a
bigger half-point cut", "a quarter-percentage point", "up to 75 basis points"), votes and
boards ("7-2", "an 8-1 split", "10-2", „mit 7:2 Stimmen“, „neunköpfigen“, „25 der 27“),
inflation and growth forecasts for years, balance sheets in trillions and „Billionen“,
market odds in percent and as a fraction, yields with their maturities, exchange rates in
dollars, francs and yen, fractions in words („rund ein Drittel“, „knapp ein Drittel“, „Jeder
vierte“, „zu einem Viertel“, "Nearly two-thirds", "roughly a third"), ordinals of cuts,
holds, quarters and halves, spans („zweitägigen“, „Dreimonatshoch“, „gut fünf Stunden“, "its
weakest in almost four years"), hedges, ranges, dates and datelines. Negatives as such copy
has them, none with a figure: central bankers' quoted assessments, reassurances and guidance
without a measure, a warning lead, refusals and dodges, a stance told by anonymous sources
in each language, economists' and strategists' verdicts, labels of a party, lobbies and
tenants, market colour, a vox pop, a heading and a service note, each near a check-worthy
look-alike from the same story and most often from the same speaker.

238 rows (121 German, 117 English), 57 negatives (30 German, 27 English), 181 check-worthy
rows of which 17 carry no figure (6 German, 11 English), 337 expected quantities (173
percentages - 143 in "%", 16 in percentage points "pp", 14 in basis points "bp" -, 40
counts, 34 years, 26 amounts of money - 9 EUR, 7 CHF, 7 USD, 2 GBP, 1 JPY -, 22 durations -
11 in years, 7 in months, 2 in days, 1 in hours, 1 in weeks -, 21 dates, 15 ordinals, 6
fractions; none of them in a negative), 36 checked speakers (20 German, 16 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence or one line as sent and is judged alone (sixteenth; thirty-second
  and the flash rounds). A quoted or reported figure, step, forecast, estimate, tally, plan
  or position is check-worthy with the speaker its own attribution gives, also in Konjunktiv
  I; a quoted or reported assessment, reassurance, label, verdict, warning, dodge or piece
  of guidance without a measure is a negative with speaker None, also with a named speaker
  and an office (seventh, ninety-eighth, hundred-thirty-ninth, two-hundred-and-seventeenth,
  three-hundred-and-twenty-fourth, three-hundred-and-fifty-seventh). Pairs from one speaker:
  Ellwanger-Rosskopf's 2.8 percent beside his warning lead, „Wir dürfen den letzten Schritt
  nicht überstürzen“, „auf dem richtigen Weg“ (told by role) and "the right step at the
  right time"; Adebayo-Strand's two cuts beside "close is not the same as done" and her
  dodge on July; Gstettner-Moik's third and his 25 basis points beside „hartnäckig, aber
  nicht unbesiegbar“, „eine gute Balance“, his refusal to forecast and "gave no hint";
  Zbinden-Crevoisier's readiness and her 1.9 billion francs beside «hoch bewertet» and
  "appropriate at present"; Strachan-Lowe's September decision beside "not there yet";
  Vautrin-Hesse's 25 of 27, her 3.4 percent, her 180 billion euros and her 4% beside „noch
  nicht ganz“, „Wir legen uns nicht im Voraus fest“, "We remain determined ...", the July
  she left open and her refusal to comment; Kranjc-Hrast's quarter point and his 2.00%
  beside "The bar for a July move is high"; Keskivaara's 3.3% beside his confidence;
  Zillgitt-Arnaud's 2 percent beside „erst einmal abwarten“; Ambrose-Tallis's quarter point
  beside "not declaring victory"; Crisfield-Obi's 75 basis points beside "Waiting has its
  own costs"; Sundaresan-Cole's 3.25% beside "more harm than good"; Quernheim-Bolte's 2.6
  percent beside „Entwarnung“; Pruszynski's two verdicts beside the CPI and the minutes.
- Forward guidance that names neither a figure nor a committed step is a negative, quoted,
  reported or in Konjunktiv I and whoever gives it (hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh): "Several participants stressed that policy was not on a
  preset course.", "The BoE repeated that a gradual approach ... remained appropriate.",
  „Über weitere Schritte werde man „von Sitzung zu Sitzung“ entscheiden ...“, "The bar for a
  July move is high"; so is a story's lead made only of a warning („... hat vor einer zu
  raschen Lockerung der Geldpolitik gewarnt.“; three-hundred-and-twenty-fourth), a stance
  told through anonymous sources ("Policymakers see little need ..., according to people
  familiar with the discussion."; three-hundred-and-fifty-seventh) and, new, its German twin
  „Mehrere EZB-Ratsmitglieder sehen ... keinen Anlass ..., wie Reuters von mit der
  Angelegenheit vertrauten Personen erfuhr.“ - the agency's sources add no figure or step,
  and "erfuhr" names no speaker - and a view without a figure („... wird sich nach
  Einschätzung von Experten rasch auf die Sparzinsen ... auswirken.“;
  two-hundred-and-seventeenth). Check-worthy without a figure (eighty-seventh,
  hundred-thirty-ninth, two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh): a stated readiness to use a named instrument («Falls
  nötig, greifen wir auch künftig am Devisenmarkt ein»), an option kept open („Negative
  Zinsen wollte die Präsidentin auch diesmal nicht ausschliessen.“), a decision scheduled
  ("the MPC planned to decide on the size of next year's bond sales programme in
  September"), plans announced ("agreed to review its operational framework next year",
  „haben erste Banken ... angekündigt“), a consensus stated as what economists expected
  („Sämtliche von AWP befragten Ökonomen erwarten eine Zinspause.“, „... hatten überwiegend
  mit diesem Ergebnis gerechnet.“, "Economists had been unanimous in expecting a hold."), a
  unanimous decision reported ("The decision was unanimous, the SNB said."), what minutes
  record ("A few participants said ...", "According to the minutes, most members judged
  ...", "... argued ..., the minutes showed."), a statistician's account of what drove a
  print (hundred-thirty-ninth: Laura Penhale), a dissent reported ("Crisfield-Obi, ...,
  dissented in favour of a cut at the Fed's May meeting."), the agenda line of a press
  conference and the headlines "FOREX-Dollar heads for weekly loss, euro firm after ECB cut"
  and "GLOBAL MARKETS-Stocks edge up as investors digest a week of central bank moves"
  (three-hundred-and-fifty-sixth, three-hundred-and-fifty-seventh).
- Forecasts, projections and market pricing with a figure are check-worthy (eighty-seventh,
  hundred-thirty-ninth, two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh): the Bundesbank's, the OeNB's, the Fed staff's, the
  SNB's, the Bank of England's and the ECB staff's figures, a governor's, a council member's
  and a Fed chair's expected moves, the odds in futures and money markets ("Markets price a
  60% chance" twice, "only a 15% chance" - "only" no hedge -, "about a 65% chance" "about",
  „zu knapp 80 Prozent als ausgemacht“ "nearly", "roughly 30 basis points of further easing"
  "about"), and an economist's or a firm's forecast with a figure (Tiedemann-Sarres's 2.00
  percent; Fenwick Row's one final cut, a plural group, unchecked). Szőke-Braun's „nur noch
  zu einem Viertel eingepreist“ stays a fraction 0.25 (three-hundred-and-fifty-seventh: odds
  written as a fraction stay a fraction), and her verdict joined to it does not undo the
  figure (three-hundred-and-fifty-seventh: Harmsen). dpa-AFX's reaction lines are judged on
  the quote with the name unchecked, and their heading „Stimmen von Ökonomen zur Zinssenkung
  der EZB“ is a negative (three-hundred-and-fifty-seventh). Verdicts and labels without a
  figure are negatives (ninety-eighth): „Einige Ökonomen halten ... für denkbar.“,
  „Analysten werteten das Protokoll als ...“, "Some analysts read the press conference as
  ...", Pfahlbusch's, Unterkircher-Gams's, Beckwith-Hale's, Polkinghorne-Wade's and
  Chandrasekaran-Holt's quotes, the labels of the FPÖ, the Handelsverband, the
  Hauseigentümerverband and the tenants' association, the Arbeiterkammer's demand without a
  measure, the Chancellor's claim that ministers were on the right track, "Brokers said
  lenders were competing hard ...", and the vox pop without an age
  (two-hundred-and-seventeenth).
- Rates and moves (eleventh, sixty-second, eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh): levels in percent as written (trailing zeros no other
  value, seventy-first; "3.50%" 3.5, „2,40 Prozent“ 2.4, „2,00 Prozent“ and "2.00%" 2.0);
  ranges both ends ("a 3.25%-3.50% range", "at 3.25%-3.50%", „bei 3,25 bis 3,50 Prozent“).
  Moves in basis points in "bp" („um 25 Basispunkte“, „25 Basispunkte weniger“ - the
  „weniger“ after the figure compares, hundred-first -, „um 3 Basispunkte“, „um 50
  Basispunkte“, "25 basis points", "4 basis points", "6 basis points", "2 basis points", "7
  basis points", "roughly 30 basis points" "about", "40 basis points", "a total of 75 basis
  points" with no hedge - three-hundred-and-twenty-fourth: "a total of 2.5 percentage
  points" -, "up to 75 basis points" "up_to") and in percentage points in "pp" ("a quarter
  point", "quarter-point" before a noun, "a bigger half-point cut" 0.5, „einen
  Viertelprozentpunkt“, „um 0,25 Prozentpunkte“, „um 0,3 Prozentpunkte“, „um rund 0,2
  Prozentpunkte“ "about", „knapp einen Prozentpunkt“ 1 "nearly" - hundred-thirty-ninth: „von
  gut einem Prozentpunkt“ 1 "over"). New: "by a quarter-percentage point" is 0.25 pp - the
  fraction word heading the point compound, as "a quarter point" (eleventh), "a quarter of a
  percentage point" (sixteenth) and „Viertelprozentpunkt“ (tenth). Targets keep their figure
  with no hedge ("its 2% goal" 2; three-hundred-and-fifty-seventh: "its 2% goal"); „unter 2
  Prozent“ twice bounds its figure ("under"; two-hundred-and-seventeenth); „dauerhaft 2
  Prozent“ and „einen Einlagensatz von 2 Prozent“ 2 with no hedge. "Leitzins",
  "Einlagensatz", "Hauptrefinanzierungssatz", "Spitzenrefinanzierungssatz",
  "Referenzzinssatz", "Bank Rate", "deposit rate", "core", „Kernrate“, „Kerninflation“,
  "PCE", "CPI", „HVPI“, "PEPP", "MSCI" and "Bund-Future" carry none.
- Votes and boards are counts, one per figure (sixth, tenth, eighty-seventh,
  hundred-thirty-ninth, two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh): "after a 7-2 vote" 7 and 2 with "two policymakers" 2,
  "an 8-1 split" 8 and 1 (two-hundred-and-seventeenth: "The 6-3 split"), "by a 10-2 vote",
  "The two dissenters" 2 (three-hundred-and-twenty-fourth), "two of them" 2, „mit 7:2
  Stimmen“ (hundred-thirty-ninth), „Zwei Mitglieder des neunköpfigen Gremiums“ 2 and 9,
  „Zwei der zwölf stimmberechtigten Mitglieder“ 2 and 12, "its nine rate-setters" 9, "two of
  the 27 Governing Council members" and „25 der 27 Ratsmitglieder“ two counts each (a
  definite group, forty-first), „zwei Ratsmitglieder“ 2; polls ("44 of 61 economists", "All
  52 economists ... and 38 of them" - "All" no hedge -, „Sämtliche 27 ... befragten
  Ökonomen“ 27 - „Sämtliche“ no hedge, as "all 14 economists",
  three-hundred-and-fifty-seventh). "Most", "Many participants", "A few participants",
  "Several participants", "most members", „viele Mitglieder“, „Mehrere EZB-Ratsmitglieder“,
  „Die große Mehrheit“, "unanimous" and "a growing minority" carry none.
- Cuts counted and ordered (eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh): "two quarter-point rate cuts" 2 and 0.25 pp, "one more
  reduction" 1, "one more quarter-point cut away" 1 and 0.25 pp, "one final cut" 1
  (three-hundred-and-fifty-seventh: "just one more cut" 1), "one or two reductions" 1 and 2,
  „ein bis zwei Senkungen“ 1 and 2 (three-hundred-and-fifty-seventh), "cut it three times" 3
  (two-hundred-and-seventeenth: "five times" 5); „eine weitere Senkung“, „eine weitere im
  Herbst“, "another cut" and "a further" carry none. Ordinals: „Es wäre die dritte Senkung
  seit Jahresbeginn“, „die dritte Zinspause in Folge“, „zum dritten Mal in diesem Jahr“ and
  "for a third time this year" 3, "the ECB's fifth cut" 5; quarters and halves („im ersten
  Quartal“ 1 thrice, „im zweiten Quartal“ 2, "in the first quarter" 1 twice, "the fourth
  quarter of 2033" 4 and the year, "the second quarter of 2035" 2 and the year, „im zweiten
  Halbjahr 2035“ 2 and the year, „in der zweiten Jahreshälfte“ 2;
  two-hundred-and-seventeenth: "im ersten Halbjahr 2026"); „erste Banken“ none (sixteenth;
  four-hundred-and-twentieth: „nach ersten Daten“), „erstmals“ none (forty-first).
- Inflation prints and projections (eighty-fifth, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-fifty-seventh): rates as written; "2,2
  (März-Prognose: 2,4) Prozent" gives both in % (three-hundred-and-fifty-seventh). New: the
  bare bracket „1,9 (2,0) Prozent“ and „2,0 (2,0) Prozent“ gives both figures in % as the
  labelled bracket does - the earlier forecast written without its label is still a figure,
  and two equal figures are two quantities, as "4-4-1" gives both its 4s
  (three-hundred-and-fifty-seventh); "from 3.1% a year earlier", "from 3.2% in April", "from
  4.6%", "from 55%", "from 25%", "from 60%", "from 0.7%", "im März hatte sie noch 0,5
  Prozent erwartet" the second figures; comparison tags none ("on the month", "on an annual
  basis", "a year earlier", „zum Vorjahreszeitraum“, „binnen Jahresfrist“); "the smallest
  gain in five months" 5 months, "the lowest reading since March 2030" the year, "In the 12
  months through May" 12 months and "in the three months to April" 3 months (fifty-fourth),
  "its weakest in almost four years" 4 years "nearly" ("almost" read as "nearly"); a month
  inside a compound („März-Prognose“) none (hundred-thirty-ninth).
- Bonds, currencies and indices (eleventh, sixty-second, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh): maturities are durations ("Two-year Treasury yields",
  "Two-year gilt yields", "Benchmark 10-year Treasury yields", "Germany's 10-year yield",
  „zehnjähriger Bundesanleihen“, „zehnjährige Festhypotheken“, "The average 30-year home
  loan rate", "the typical two-year fixed deal", „Festgeld mit einer Laufzeit von zwei
  Jahren“ 2 years); records keep their span ("its weakest in three weeks" 3 weeks, „auf
  einem Dreimonatshoch“ and "a three-month high" 3 months -
  three-hundred-and-fifty-seventh). Exchange rates are money in the priced currency:
  "$1.2930", "$1.2874", "$1.1712", "$1.1708" and „auf 1,1684 Dollar“ USD; „bei 0,9412 je
  Euro“ after „Der Franken“, "0.9405 per euro" after "The franc" and "0.9430 per euro ... of
  0.9398" after "The Swiss franc" CHF, the second figure taking the currency of the first
  (three-hundred-and-fifty-seventh: "10.87 per euro from 10.93"); "148.65 per dollar" after
  "The yen" JPY; "$71.40 a barrel" USD ("a barrel" none, as "an ounce",
  two-hundred-and-seventeenth). Index levels are counts ("at 97.43" with "six major peers"
  6, „auf 129,86 Punkte“).
- Balance sheets, purchases and money (eleventh, eighty-seventh, hundred-thirty-ninth,
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh): „Billionen Euro“ are 1e12 („um gut 3,1 Billionen Euro
  auf 5,7 Billionen Euro“ both EUR, the first "over"; „bei rund 2,2 Billionen Euro“
  "about"), "by more than 3.1 trillion euros ... to 5.7 trillion euros" "over" and none,
  "about $6.05 trillion" "about"; „für 1,9 Milliarden Franken“ and "1.9 billion Swiss
  francs" CHF, "798 billion francs" CHF, "62 billion pounds over 12 months, to about 520
  billion pounds" GBP with 12 months ("over" before a span no hedge), „um rund 180
  Milliarden Euro“ "about", „mit 6,4 Milliarden Euro“; „Bei einem Kredit über 250.000 Euro“
  with no hedge (two-hundred-and-seventeenth: „über“ names the amount) and „um rund 35 Euro“
  "about" („monatliche“ none).
- Fractions (the issue; hundred-thirty-ninth, three-hundred-and-twenty-fourth,
  three-hundred-and-fifty-seventh): „rund ein Drittel“ and "roughly a third" 0.3333 "about",
  „knapp ein Drittel weniger“ 0.3333 "nearly" (the „weniger“ compares), "Nearly two-thirds
  of respondents" 0.6667 "nearly", „Jeder vierte Anbieter“ 0.25 (the issue's "jeder
  vierte"), „zu einem Viertel eingepreist“ 0.25.
- Counts beside those: "Around 1.3 million mortgage holders" 1,300,000 "about" (the issue:
  "etwa 2,4 Millionen Einwohner"), „um mindestens 150.000 sinken“ 150,000 "at_least".
- Durations (the issue: "fünfstündigen"; every batch): „der zweitägigen Sitzung“ 2 days,
  "two days before rate-setters ... meet" 2 days, „gut fünf Stunden“ 5 hours "over", „vor
  fünf Jahren“ 5 years (four-hundred-and-twentieth: "two years ago"), "over the next 12
  months" 12 months. None: "this year", "next year", "last year", "a month ago", "last
  month", "this week", "last week", "for the week", "on the week", "weekly", "monthly", "a
  day earlier", "a year earlier", "by year-end", "for longer", "at the end of May", "since
  January", „heuer“, „seit Jahresbeginn“, „seit Januar“, „seit Anfang Mai“, „binnen
  Jahresfrist“, „in den Sommermonaten“, „im kommenden Jahr“, „in diesem Jahr“, „bis zum
  Jahresende“, „Ende Mai“, „bis Ende Jahr“, „bis auf Weiteres“, „vergangene Woche“, „im
  Herbst“, „über Nacht“, months, weekdays, clock times ("09:30", "13:00", "14:15", "14:45")
  and "MESZ".
- Years and dates: projection and record years („für 2033“, „2034“, „2035“, "in 2034", "in
  2035", "at the end of 2033", "of 2033", "of 2035", „im Jahr 2035“, „erst 2035“, „bis
  2035“, „bis Ende 2034“, „für 2036“, "since March 2030", "since September 2031", „für
  2032“, "the start of 2032", „im Sommer 2022“, "its 2022 peak", "early 2023"); dates
  without a year („vom 24. und 25. Mai“ two dates, "May 24-25 meeting" two dates -
  eighty-seventh -, „am 22. September“, „ab dem 22. Juni“, „am 14. Juli“, "on Aug. 4");
  Reuters English datelines with a day ("LONDON, June 13", "NEW YORK, June 13", "VIENNA,
  June 14", "WASHINGTON, June 14", "WASHINGTON, June 15", "LONDON, June 15", "ZURICH, June
  16", "LONDON, June 16", "FRANKFURT, June 16", "FRANKFURT, June 17" twice, "CLEVELAND, June
  17", "LONDON, June 17") dates without a year; dpa, dpa-AFX, Reuters German, APA, awp,
  Keystone-SDA („Zürich (sda)“), AP ("WASHINGTON (AP) —") and PA ("LONDON (PA) -") datelines
  none (seventy-ninth).
- Hedges, only the names in use: "about", "roughly", "Around", „rund“, „etwa“ "about";
  "nearly", "Nearly", "almost", „knapp“ "nearly"; "more than", „gut“ "over"; „unter“ right
  before the figure "under"; "up to" "up_to"; „mindestens“ "at_least". No hedge: "only",
  "All", „Sämtliche“, „nur noch“, „noch“, „zuletzt“, „derzeit“, „dauerhaft“, „erst“, „Erst“,
  „im Schnitt“, „Im Schnitt“, „Im Durchschnitt“, "average", "a total of", „nämlich“,
  "weekly", „weniger“ after a figure, "over" before a span, the "-" and „bis“ of a range,
  "from" and "to" of a move.
- Speakers, checked only in forms the earlier batches settled (and the New ones here).
  German: „Ellwanger-Rosskopf sagte am Montag in Frankfurt“, „OeNB-Gouverneur Ferdinand
  Gstettner-Moik sagte vor Journalisten“, „sagte OeNB-Chefökonomin Sabine
  Raffl-Wegscheider“, „EZB-Ratsmitglied Tadej Kranjc-Hrast sagte der Nachrichtenagentur
  Reuters“ (four-hundred-and-twentieth: „sagte ... der Nachrichtenagentur dpa“), „sagte
  SNB-Präsidentin Annelies Zbinden-Crevoisier an der Medienkonferenz in Zürich“
  (two-hundred-and-seventeenth, three-hundred-and-fifty-seventh), „EZB-Präsidentin Cécile
  Vautrin-Hesse sagte“ after the dateline, „Vautrin-Hesse sagte“, „Gstettner-Moik sagte“,
  „EZB-Direktorin Margarethe Zillgitt-Arnaud sagte in einem Interview mit dem
  „Handelsblatt““ (three-hundred-and-fifty-seventh: „sagte EZB-Chefvolkswirt Rui Sardinha in
  einem Interview“) the name with the title, the weekday, the place, the occasion, the
  audience and the outlet dropped; „Die „Welt am Sonntag“ zitierte Quernheim-Bolte mit den
  Worten“ (three-hundred-and-fortieth, four-hundred-and-twentieth); bodies: „wie die OeNB am
  Dienstag bei der Präsentation ihrer Sommerprognose mitteilte“ -> "die OeNB", „teilte die
  Statistik Austria am Mittwoch mit“, „wie die SNB am Donnerstag nach ihrer geldpolitischen
  Lagebeurteilung mitteilte“, „wie die EZB am Donnerstag nach der Sitzung ihres Rates in
  Frankfurt mitteilte“, „teilte die Bundesbank am Freitag mit“, „Nach Angaben der
  Bundesbank“ -> "die Bundesbank" (hundred-fifty-first), „Laut OeNB“ -> "OeNB"
  (hundred-thirty-ninth, three-hundred-and-fifty-seventh), „so das Bundesamt für
  Wohnungswesen“ (eleventh and two-hundred-and-seventeenth: „so die Bundesbank“). English:
  "Federal Reserve Governor Imani Adebayo-Strand said on Monday", "the Labor Department said
  on Tuesday" -> "the Labor Department", "the Office for National Statistics said", "said
  ONS chief economist Gareth Penrhyn-Jones" (hundred-thirty-ninth), "The BoE said" -> "the
  BoE" (hundred-fourteenth), "Governor Fiona Strachan-Lowe told reporters", "Chairwoman
  Annelies Zbinden-Crevoisier told a news conference in Zurich", "ECB President Cécile
  Vautrin-Hesse told a news conference", "Asked about the euro's recent strength,
  Vautrin-Hesse said" (hundred-twenty-seventh), "Governing Council member Tadej Kranjc-Hrast
  told Reuters in an interview on Friday", "ECB chief economist Joonas Keskivaara said in a
  speech in Helsinki", "Federal Reserve Chair Douglas Ambrose-Tallis said Friday",
  "Cleveland Fed President Wendell Crisfield-Obi said on Friday", "Bank of England Deputy
  Governor Nikhil Sundaresan-Cole said on Friday", "The other dissenter, external MPC member
  Harriet Coldicott, said in a statement" -> "Harriet Coldicott", the name in apposition
  with its title dropped (four-hundred-and-twentieth: "the head of immunization ..., Dr.
  Henrik Ødegaard-Lunde, told a briefing"), "Moneyfacts said" as written
  (two-hundred-and-seventeenth: "according to Moneyfacts"; three-hundredth: "Lufthansa
  said"). Each row's diacritics and hyphens are its speaker's ("Cécile Vautrin-Hesse",
  "Tadej Kranjc-Hrast", „Annelies Zbinden-Crevoisier“).
- New: „Auf die Frage nach dem Abbau der Anleihebestände sagte Vautrin-Hesse, ...“ ->
  "Vautrin-Hesse" - the German question heading the row is dropped as "Asked about ..., X
  said" drops it (hundred-twenty-seventh, four-hundred-and-twentieth: "Asked about the
  crown's slide, Bråthen-Aas said"); its look-alike „Auf die Frage, ob ..., sagte
  Vautrin-Hesse: „Wir legen uns nicht im Voraus fest.““ is guidance without a measure and a
  negative with speaker None.
- New: „wie die Bank of England am Donnerstag in London mitteilte“ -> "die Bank of England":
  a foreign name keeps the German article the row gives it, as „wie die EZB ... mitteilte“
  -> "die EZB" (two-hundred-and-seventeenth, three-hundred-and-fifty-seventh) and "The BoE
  said" -> "the BoE"; the weekday and the place are dropped.
- Left unchecked (None): all negatives, also those with a named speaker; pronouns and roles
  ("she said", "He said", „sagte der Bundesbankpräsident“, „Nach Angaben der
  EZB-Präsidentin“, „wollte die Präsidentin ... nicht ausschliessen“); „nach Angaben aus
  Notenbankkreisen“ and „nach Einschätzung der Bundesbank“ (two-hundred-and-seventeenth),
  „nach Berechnungen der Bundesbank“ and „nach Berechnungen der Arbeiterkammer“
  (three-hundred-and-fifty-seventh: „nach Berechnungen der OeNB“), „heißt es in dem
  Bericht“, „hieß es in der Erklärung“, „laut Schnellschätzung“
  (two-hundred-and-seventeenth), „laut der Prognose“, „nach eigenen Angaben“, „rechnet“,
  „erwartet die OeNB“, „erwarten die Bundesbank-Volkswirte“ (estimating verbs,
  three-hundred-and-fifty-seventh), „kündigte ... an“ and „beziffert“
  (four-hundred-and-twentieth), „ließ ... offen“, „wie eine Auswertung des
  Vergleichsdienstes Hypomonitor ergab“ and „wie das Vergleichsportal Zinsnavi ermittelte“
  (three-hundred-and-fifty-seventh), the names heading dpa-AFX's reaction lines
  (three-hundred-and-fifty-seventh), „wie die Notenbank in ihrem ... Monatsbericht schrieb“
  (a role noun for the body, and "schreiben" no verb the earlier batches settled) and, new,
  „hatte das Bundesamt für Statistik (BFS) vergangene Woche gemeldet“ - the pluperfect
  report after a comma is no form the earlier batches settled, as „hatte ... angegeben“
  stayed unchecked (three-hundred-and-twenty-fourth); "Economists polled by Reuters",
  "economists said", "Economists at Fenwick Row Capital said", "Forecasters in a Reuters
  survey", „Von dpa-AFX befragte Volkswirte“ and other plural groups (forty-first); "the
  minutes said", "the minutes showed", "minutes ... showed", "minutes released Wednesday
  show", "According to the minutes" (three-hundred-and-twenty-fourth), "according to CME
  Group's FedWatch tool", "LSEG data showed", "Moneyfacts data showed", "ONS figures
  showed", "official figures show" (data and documents, hundred-thirty-ninth), "according to
  trade body UK Finance" and "mortgage buyer Freddie Mac said Thursday" (a description
  heading the name, two-hundred-and-sixty-sixth, three-hundred-and-fifty-seventh),
  "according to people familiar with the discussion" (three-hundred-and-fifty-seventh), "the
  central bank said" (two-hundred-and-seventeenth), "Ambrose-Tallis noted"
  (hundred-thirty-ninth: "noted in their statement" unchecked), "Crisfield-Obi, who votes on
  rate policy this year, dissented" (no verb of saying), "Austria's central bank raised",
  "The SNB now projects", "The Bundesbank expects", "Staff now see" and "Fed staff
  projected" (estimating verbs); and - to keep the checked speakers near 35, as the
  two-hundred-and-seventeenth and three-hundred-and-fifty-seventh batches did -
  "Adebayo-Strand said in remarks prepared for an event ...", "Governor Ferdinand
  Gstettner-Moik said", "The decision was unanimous, the SNB said.", "Vautrin-Hesse said the
  Governing Council had also agreed ...", "..., the Bundesbank said." in the English story,
  „Ellwanger-Rosskopf sagte bei der Vorstellung der Prognose“ and the second
  „Quernheim-Bolte sagte“.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_423 = [
    # --- Preview of the central bank week (Reuters), Monday, June 13 ---
    (
        "en",
        "LONDON, June 13 (Reuters) - Markets price a 60% chance that the European Central Bank will lower its deposit rate by a quarter point on Thursday, while the Bank of England and the Swiss National Bank are both seen holding on the same day.",
        True,
        [("date", "--06-13", None, None), ("percent", 60, "%", None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "en",
        "In a Reuters poll published on Friday, 44 of 61 economists forecast an ECB cut to 2.25%, and most of them expected one more reduction before the end of the year.",
        True,
        [("count", 44, None, None), ("count", 61, None, None), ("percent", 2.25, "%", None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Nearly two-thirds of respondents said the bigger risk was that the ECB would end up cutting more than they expected.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "For the Bank of England, sterling money markets imply only a 15% chance of a move this week, down from about 35% a month ago.",
        True,
        [("percent", 15, "%", None), ("percent", 35, "%", "about")],
        None,
    ),
    ("en", '"This is the week the ECB finally blinks," said one London-based rates strategist.', False, [], None),
    (
        "en",
        "Sterling traded at $1.2930 early on Monday, its weakest in three weeks.",
        True,
        [("money", 1.293, "USD", None), ("duration", 3, "week", None)],
        None,
    ),
    # --- Bundesbank-Monatsbericht (dpa-AFX), Montag, 13. Juni ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Konjunktur in Deutschland ist im zweiten Quartal nach Einschätzung der Bundesbank bestenfalls auf der Stelle getreten.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Im ersten Quartal war das Bruttoinlandsprodukt noch um 0,2 Prozent gewachsen, wie die Notenbank in ihrem am Montag veröffentlichten Monatsbericht schrieb.",
        True,
        [("ordinal", 1, None, None), ("percent", 0.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Teuerungsrate dürfte in den Sommermonaten bei etwa 2,4 Prozent verharren, heißt es in dem Bericht.",
        True,
        [("percent", 2.4, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Risiken für die Konjunktur seien „eher abwärtsgerichtet“, schreiben die Ökonomen der Notenbank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Tarifverdienste stiegen im ersten Quartal nach Berechnungen der Bundesbank um 4,1 Prozent zum Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesbankpräsident Hartmut Ellwanger-Rosskopf hat vor einer zu raschen Lockerung der Geldpolitik gewarnt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ellwanger-Rosskopf sagte am Montag in Frankfurt, die Kerninflation liege mit 2,8 Prozent noch spürbar über dem Ziel.",
        True,
        [("percent", 2.8, "%", None)],
        "Ellwanger-Rosskopf",
    ),
    ("de", "„Wir dürfen den letzten Schritt nicht überstürzen“, sagte Ellwanger-Rosskopf.", False, [], None),
    # --- Fed governor on cuts (Reuters), Monday ---
    (
        "en",
        "NEW YORK, June 13 (Reuters) - Federal Reserve Governor Imani Adebayo-Strand said on Monday she still expected two quarter-point rate cuts before the end of this year, provided inflation kept cooling.",
        True,
        [("date", "--06-13", None, None), ("count", 2, None, None), ("percent", 0.25, "pp", None)],
        "Imani Adebayo-Strand",
    ),
    (
        "en",
        "Core PCE inflation slowed to 2.6% in April from 3.1% a year earlier, Adebayo-Strand said in remarks prepared for an event at the Economic Club of New York.",
        True,
        [("percent", 2.6, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    ("en", '"We are close, but close is not the same as done," she said.', False, [], None),
    (
        "en",
        "The U.S. central bank has kept borrowing costs in a 3.25%-3.50% range since January.",
        True,
        [("percent", 3.25, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    ("en", "Adebayo-Strand would not be drawn on how she might vote in July.", False, [], None),
    (
        "en",
        "Futures traders put the odds of a July cut at about 45%, according to CME Group's FedWatch tool.",
        True,
        [("percent", 45, "%", "about")],
        None,
    ),
    # --- OeNB-Sommerprognose (APA), Dienstag, 14. Juni ---
    (
        "de",
        "Wien (APA) - Für heuer erwartet die Oesterreichische Nationalbank (OeNB) ein Wirtschaftswachstum von 0,8 Prozent.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "2034 soll das Bruttoinlandsprodukt um 1,3 Prozent und 2035 um 1,5 Prozent zulegen, wie die OeNB am Dienstag bei der Präsentation ihrer Sommerprognose mitteilte.",
        True,
        [
            ("year", 2034, None, None),
            ("percent", 1.3, "%", None),
            ("year", 2035, None, None),
            ("percent", 1.5, "%", None),
        ],
        "die OeNB",
    ),
    (
        "de",
        "Die Inflationsrate nach HVPI soll von 2,7 Prozent heuer auf 2,2 Prozent im Jahr 2034 und 2,0 Prozent im Jahr 2035 sinken.",
        True,
        [
            ("percent", 2.7, "%", None),
            ("percent", 2.2, "%", None),
            ("year", 2034, None, None),
            ("percent", 2.0, "%", None),
            ("year", 2035, None, None),
        ],
        None,
    ),
    (
        "de",
        "Gegenüber der März-Prognose bedeutet das für heuer eine Aufwärtsrevision um 0,3 Prozentpunkte.",
        True,
        [("percent", 0.3, "pp", None)],
        None,
    ),
    (
        "de",
        "OeNB-Gouverneur Ferdinand Gstettner-Moik sagte vor Journalisten, die Energiepreise trügen derzeit rund ein Drittel zur Teuerung bei.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Ferdinand Gstettner-Moik",
    ),
    ("de", "„Die Teuerung ist hartnäckig, aber sie ist nicht unbesiegbar“, sagte Gstettner-Moik.", False, [], None),
    (
        "de",
        "Die Arbeitslosenquote nach nationaler Definition dürfte heuer auf 7,6 Prozent steigen, erwartet die OeNB.",
        True,
        [("percent", 7.6, "%", None)],
        None,
    ),
    (
        "de",
        "Erst im zweiten Halbjahr 2035 werde die Kerninflation wieder unter 2 Prozent liegen, sagte OeNB-Chefökonomin Sabine Raffl-Wegscheider.",
        True,
        [("ordinal", 2, None, None), ("year", 2035, None, None), ("percent", 2, "%", "under")],
        "Sabine Raffl-Wegscheider",
    ),
    ("de", "Die FPÖ sprach von einem „Offenbarungseid der Bundesregierung“.", False, [], None),
    ("de", "Zur Zinsentscheidung der EZB am Donnerstag wollte Gstettner-Moik keine Prognose abgeben.", False, [], None),
    # --- Austria's central bank (Reuters), Tuesday ---
    (
        "en",
        "VIENNA, June 14 (Reuters) - Austria's central bank raised its inflation forecast for this year to 2.7% on Tuesday, the highest among the euro zone's national central banks that have published new projections so far.",
        True,
        [("date", "--06-14", None, None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "en",
        "Governor Ferdinand Gstettner-Moik said energy costs accounted for roughly a third of price growth.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Gstettner-Moik, who sits on the ECB's Governing Council, gave no hint of how he would vote on Thursday.",
        False,
        [],
        None,
    ),
    # --- U.S. consumer prices (Reuters), Tuesday, June 14 ---
    (
        "en",
        "WASHINGTON, June 14 (Reuters) - Prices paid by U.S. consumers edged up 0.1% in May, the smallest gain in five months, as gasoline got cheaper, the Labor Department said on Tuesday.",
        True,
        [("date", "--06-14", None, None), ("percent", 0.1, "%", None), ("duration", 5, "month", None)],
        "the Labor Department",
    ),
    (
        "en",
        "In the 12 months through May, the consumer price index climbed 2.7% after advancing 2.9% in April.",
        True,
        [("duration", 12, "month", None), ("percent", 2.7, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Forecasters in a Reuters survey had expected the index to climb 0.2% on the month.",
        True,
        [("percent", 0.2, "%", None)],
        None,
    ),
    (
        "en",
        "Excluding the volatile food and energy components, prices rose 2.8% on an annual basis, the lowest reading since March 2030.",
        True,
        [("percent", 2.8, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        '"This is the kind of report the Fed has been waiting for," said Dana Pruszynski, chief U.S. economist at Ridgecrest Advisors.',
        False,
        [],
        None,
    ),
    (
        "en",
        "After the data, futures traders raised the probability of a September rate cut to roughly 70% from 55% on Monday.",
        True,
        [("percent", 70, "%", "about"), ("percent", 55, "%", None)],
        None,
    ),
    # --- UK inflation (PA), Tuesday ---
    (
        "en",
        "LONDON (PA) - UK inflation eased to 2.9% in May from 3.2% in April, official figures show, two days before rate-setters at the Bank of England meet.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.2, "%", None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Stripping out volatile items such as fuel and food, the core rate cooled to 3.1% last month, the Office for National Statistics said.",
        True,
        [("percent", 3.1, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Services inflation, watched closely by the Bank's rate-setters, dropped to 4.2% from 4.6%.",
        True,
        [("percent", 4.2, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        '"Lower prices for airfares and package holidays drove the fall this month," said ONS chief economist Gareth Penrhyn-Jones.',
        True,
        [],
        "Gareth Penrhyn-Jones",
    ),
    ("en", "The Chancellor said the numbers proved that ministers were on the right track.", False, [], None),
    # --- EZB vor der Sitzung, Geldmarkt (Reuters), Dienstag ---
    (
        "de",
        "Frankfurt (Reuters) - Am Geldmarkt gilt eine Zinssenkung der Europäischen Zentralbank (EZB) am Donnerstag zu knapp 80 Prozent als ausgemacht.",
        True,
        [("percent", 80, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die große Mehrheit der von Reuters befragten Ökonomen rechnet damit, dass die Währungshüter den Satz für Einlagen der Banken um 25 Basispunkte auf 2,25 Prozent senken.",
        True,
        [("percent", 25, "bp", None), ("percent", 2.25, "%", None)],
        None,
    ),
    ("de", "Es wäre die dritte Senkung seit Jahresbeginn.", True, [("ordinal", 3, None, None)], None),
    (
        "de",
        "EZB-Ratsmitglied Tadej Kranjc-Hrast sagte der Nachrichtenagentur Reuters, er sehe Spielraum für eine Senkung um einen Viertelprozentpunkt im Juni und eine weitere im Herbst.",
        True,
        [("percent", 0.25, "pp", None)],
        "Tadej Kranjc-Hrast",
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen fiel um 3 Basispunkte auf 2,41 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 2.41, "%", None)],
        None,
    ),
    # --- Inflation in Österreich (APA), Mittwoch, 15. Juni ---
    (
        "de",
        "Wien (APA) - Laut Schnellschätzung lag die Inflationsrate in Österreich im Mai bei 3,0 Prozent.",
        True,
        [("percent", 3.0, "%", None)],
        None,
    ),
    (
        "de",
        "Im April hatte die Teuerung noch bei 3,3 Prozent gelegen, teilte die Statistik Austria am Mittwoch mit.",
        True,
        [("percent", 3.3, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die Preise für Dienstleistungen stiegen mit 4,6 Prozent weiterhin am stärksten.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    ("de", "Die Mieten erhöhten sich binnen Jahresfrist um 5,2 Prozent.", True, [("percent", 5.2, "%", None)], None),
    ("de", "Der Handelsverband sprach von einer „Atempause für die Konsumenten“.", False, [], None),
    (
        "de",
        "Österreich liegt damit knapp einen Prozentpunkt über dem Durchschnitt der Eurozone von 2,1 Prozent.",
        True,
        [("percent", 1, "pp", "nearly"), ("percent", 2.1, "%", None)],
        None,
    ),
    # --- Fed minutes (Reuters), Wednesday, June 15 ---
    (
        "en",
        "WASHINGTON, June 15 (Reuters) - Most Federal Reserve policymakers saw room to lower interest rates later this year if inflation continued to ease, minutes of the central bank's May 24-25 meeting released on Wednesday showed.",
        True,
        [("date", "--06-15", None, None), ("date", "--05-24", None, None), ("date", "--05-25", None, None)],
        None,
    ),
    (
        "en",
        '"Many participants" judged that one or two reductions would likely be warranted by year-end, the minutes said.',
        True,
        [("count", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A few participants said the committee should be prepared to keep rates at their current level for longer.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The two dissenters, Cleveland Fed President Wendell Crisfield-Obi and Governor Imani Adebayo-Strand, had argued for an immediate quarter-point reduction.",
        True,
        [("count", 2, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "en",
        "Policymakers held the target range at 3.25%-3.50% at that meeting by a 10-2 vote.",
        True,
        [
            ("percent", 3.25, "%", None),
            ("percent", 3.5, "%", None),
            ("count", 10, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Fed staff projected core PCE inflation of 2.5% at the end of 2033, down from 2.7% in their previous forecast.",
        True,
        [("percent", 2.5, "%", None), ("year", 2033, None, None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "en",
        "The minutes also showed officials agreed to stop shrinking the balance sheet, which stood at about $6.05 trillion at the end of May.",
        True,
        [("money", 6050000000000, "USD", "about")],
        None,
    ),
    ("en", "Several participants stressed that policy was not on a preset course.", False, [], None),
    (
        "en",
        "Two-year Treasury yields fell 4 basis points to 3.62% after the release.",
        True,
        [("duration", 2, "year", None), ("percent", 4, "bp", None), ("percent", 3.62, "%", None)],
        None,
    ),
    (
        "en",
        '"The minutes read a touch more dovish than the statement did," said Dana Pruszynski of Ridgecrest Advisors.',
        False,
        [],
        None,
    ),
    # --- Bank of England preview (Reuters), Wednesday ---
    (
        "en",
        "LONDON, June 15 (Reuters) - The Bank of England is expected to keep Bank Rate at 3.50% on Thursday, but a growing minority of its nine rate-setters is likely to vote for a cut, economists said.",
        True,
        [("date", "--06-15", None, None), ("percent", 3.5, "%", None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "All 52 economists polled by Reuters expect a hold this week, and 38 of them see a quarter-point cut in August.",
        True,
        [("count", 52, None, None), ("count", 38, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "en",
        '"The committee is inching towards the exit, not running for it," said Owen Polkinghorne-Wade, chief UK economist at Pilgrim Lane Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Bank last cut rates in March, taking Bank Rate to its lowest since early 2023.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    # --- Fed-Protokoll (dpa-AFX), Mittwoch ---
    (
        "de",
        "Washington (dpa-AFX) - In der US-Notenbank Fed wächst die Bereitschaft zu Zinssenkungen in der zweiten Jahreshälfte.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Aus dem am Mittwoch veröffentlichten Protokoll der zweitägigen Sitzung vom 24. und 25. Mai geht hervor, dass viele Mitglieder bis zum Jahresende ein bis zwei Senkungen erwarten.",
        True,
        [
            ("duration", 2, "day", None),
            ("date", "--05-24", None, None),
            ("date", "--05-25", None, None),
            ("count", 1, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Leitzinsspanne liegt seit Januar bei 3,25 bis 3,50 Prozent.",
        True,
        [("percent", 3.25, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Zwei der zwölf stimmberechtigten Mitglieder hatten bereits im Mai für eine Senkung um einen Viertelprozentpunkt votiert.",
        True,
        [("count", 2, None, None), ("count", 12, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    ("de", "Analysten werteten das Protokoll als vorsichtiges Signal für eine Lockerung im Herbst.", False, [], None),
    ("de", "Der Euro stieg nach der Veröffentlichung auf 1,1684 Dollar.", True, [("money", 1.1684, "USD", None)], None),
    # --- Fed minutes (AP), Wednesday ---
    (
        "en",
        "WASHINGTON (AP) — Federal Reserve officials kept their key interest rate unchanged at their meeting last month even as two of them pushed for a cut, minutes released Wednesday show.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The minutes show that officials discussed how long to keep the rate at about 3.4%, down from 4.1% at the start of 2032.",
        True,
        [("percent", 3.4, "%", "about"), ("percent", 4.1, "%", None), ("year", 2032, None, None)],
        None,
    ),
    # --- SNB-Vorschau (awp), Mittwoch ---
    (
        "de",
        "Zürich (awp) - Die Schweizerische Nationalbank (SNB) dürfte ihren Leitzins am Donnerstag bei 0,25 Prozent belassen.",
        True,
        [("percent", 0.25, "%", None)],
        None,
    ),
    ("de", "Sämtliche von AWP befragten Ökonomen erwarten eine Zinspause.", True, [], None),
    (
        "de",
        "Im Mai betrug die Jahresteuerung in der Schweiz 0,4 Prozent, hatte das Bundesamt für Statistik (BFS) vergangene Woche gemeldet.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "«Die SNB hat keinen Grund, jetzt nervös zu werden», schreibt ein Ökonom der Bank am Bellevue in einem Kommentar.",
        False,
        [],
        None,
    ),
    ("de", "Einige Ökonomen halten eine Rückkehr zu Negativzinsen bis Ende Jahr aber für denkbar.", False, [], None),
    (
        "de",
        "Der Franken notierte am Mittwochnachmittag bei 0,9412 je Euro und damit auf einem Dreimonatshoch.",
        True,
        [("money", 0.9412, "CHF", None), ("duration", 3, "month", None)],
        None,
    ),
    # --- TAGESVORSCHAU (dpa-AFX), Donnerstag, 16. Juni ---
    ("de", "TAGESVORSCHAU: Zinsentscheide in Zürich, London und Frankfurt", False, [], None),
    (
        "de",
        "09:30 CHE: SNB, geldpolitische Lagebeurteilung, Leitzins Prognose: 0,25 %, zuvor: 0,25 %",
        True,
        [("percent", 0.25, "%", None), ("percent", 0.25, "%", None)],
        None,
    ),
    (
        "de",
        "13:00 GBR: Bank of England, Zinsentscheid, Bank Rate Prognose: 3,50 %, zuvor: 3,50 %",
        True,
        [("percent", 3.5, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "14:15 EUR: EZB, Zinsentscheid, Einlagensatz Prognose: 2,25 %, zuvor: 2,50 %",
        True,
        [("percent", 2.25, "%", None), ("percent", 2.5, "%", None)],
        None,
    ),
    ("de", "14:45 EUR: EZB, Pressekonferenz mit Präsidentin Cécile Vautrin-Hesse", True, [], None),
    ("de", "Hinweis an die Redaktionen: Alle Zeitangaben in MESZ.", False, [], None),
    # --- SNB-Lagebeurteilung (Keystone-SDA), Donnerstag ---
    (
        "de",
        "Zürich (sda) - Der Leitzins der Schweizerischen Nationalbank (SNB) bleibt unverändert bei 0,25 Prozent.",
        True,
        [("percent", 0.25, "%", None)],
        None,
    ),
    (
        "de",
        "Es ist die dritte Zinspause in Folge, wie die SNB am Donnerstag nach ihrer geldpolitischen Lagebeurteilung mitteilte.",
        True,
        [("ordinal", 3, None, None)],
        "die SNB",
    ),
    (
        "de",
        "Ihre bedingte Inflationsprognose für 2033 nimmt die Nationalbank auf 0,3 Prozent zurück; im März hatte sie noch 0,5 Prozent erwartet.",
        True,
        [("year", 2033, None, None), ("percent", 0.3, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2034 rechnet sie nun mit 0,5 Prozent und für 2035 mit 0,7 Prozent.",
        True,
        [
            ("year", 2034, None, None),
            ("percent", 0.5, "%", None),
            ("year", 2035, None, None),
            ("percent", 0.7, "%", None),
        ],
        None,
    ),
    (
        "de",
        "«Falls nötig, greifen wir auch künftig am Devisenmarkt ein», sagte SNB-Präsidentin Annelies Zbinden-Crevoisier an der Medienkonferenz in Zürich.",
        True,
        [],
        "Annelies Zbinden-Crevoisier",
    ),
    (
        "de",
        "Im ersten Quartal hatte die SNB nach eigenen Angaben Devisen für 1,9 Milliarden Franken gekauft.",
        True,
        [("ordinal", 1, None, None), ("money", 1900000000, "CHF", None)],
        None,
    ),
    ("de", "«Der Franken ist nach wie vor hoch bewertet», sagte Zbinden-Crevoisier.", False, [], None),
    ("de", "Negative Zinsen wollte die Präsidentin auch diesmal nicht ausschliessen.", True, [], None),
    ("de", "Die nächste Lagebeurteilung findet am 22. September statt.", True, [("date", "--09-22", None, None)], None),
    ("de", "Der Hauseigentümerverband sprach von einem «vernünftigen Entscheid mit Augenmass».", False, [], None),
    # --- SNB holds (Reuters), Thursday ---
    (
        "en",
        "ZURICH, June 16 (Reuters) - Swiss policymakers held the SNB's key rate at 0.25% on Thursday, as expected, and trimmed its inflation forecast for this year, citing the strong franc.",
        True,
        [("date", "--06-16", None, None), ("percent", 0.25, "%", None)],
        None,
    ),
    (
        "en",
        "The SNB now projects average inflation of 0.3% in 2033 and 0.5% in 2034.",
        True,
        [
            ("percent", 0.3, "%", None),
            ("year", 2033, None, None),
            ("percent", 0.5, "%", None),
            ("year", 2034, None, None),
        ],
        None,
    ),
    (
        "en",
        "Chairwoman Annelies Zbinden-Crevoisier told a news conference in Zurich that the bank had bought foreign currency worth 1.9 billion Swiss francs in the first quarter.",
        True,
        [("money", 1900000000, "CHF", None), ("ordinal", 1, None, None)],
        "Annelies Zbinden-Crevoisier",
    ),
    ("en", '"Monetary conditions are appropriate at present," Zbinden-Crevoisier said.', False, [], None),
    ("en", "The decision was unanimous, the SNB said.", True, [], None),
    ("en", "Economists had been unanimous in expecting a hold.", True, [], None),
    (
        "en",
        "The franc was little changed at 0.9405 per euro after the decision.",
        True,
        [("money", 0.9405, "CHF", None)],
        None,
    ),
    (
        "en",
        "The SNB's balance sheet totalled 798 billion francs at the end of May, the central bank said.",
        True,
        [("money", 798000000000, "CHF", None)],
        None,
    ),
    # --- Bank of England holds (Reuters), Thursday ---
    (
        "en",
        "LONDON, June 16 (Reuters) - British interest rates stayed at 3.50% on Thursday after a 7-2 vote at the Bank of England, with two policymakers pushing for a quarter-point cut to 3.25%.",
        True,
        [
            ("date", "--06-16", None, None),
            ("percent", 3.5, "%", None),
            ("count", 7, None, None),
            ("count", 2, None, None),
            ("count", 2, None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 3.25, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had expected the hold, though most had predicted an 8-1 split.",
        True,
        [("count", 8, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The BoE said inflation would fall to 2.4% by the fourth quarter of 2033 and get back to its 2% goal in the second quarter of 2035.",
        True,
        [
            ("percent", 2.4, "%", None),
            ("ordinal", 4, None, None),
            ("year", 2033, None, None),
            ("percent", 2, "%", None),
            ("ordinal", 2, None, None),
            ("year", 2035, None, None),
        ],
        "the BoE",
    ),
    (
        "en",
        "The BoE repeated that a gradual approach to removing policy restraint remained appropriate.",
        False,
        [],
        None,
    ),
    (
        "en",
        "According to the minutes, most members judged that inflation persistence had eased but wanted more evidence before cutting.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Deputy Governor Nikhil Sundaresan-Cole and external member Harriet Coldicott argued that the labour market was loosening faster than the Bank had projected, the minutes showed.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Markets price a 60% chance of a cut at the Bank's next meeting on Aug. 4, LSEG data showed.",
        True,
        [("percent", 60, "%", None), ("date", "--08-04", None, None)],
        None,
    ),
    (
        "en",
        "Governor Fiona Strachan-Lowe told reporters that the MPC planned to decide on the size of next year's bond sales programme in September.",
        True,
        [],
        "Fiona Strachan-Lowe",
    ),
    (
        "en",
        "The Bank is reducing its stock of gilts by 62 billion pounds over 12 months, to about 520 billion pounds.",
        True,
        [("money", 62000000000, "GBP", None), ("duration", 12, "month", None), ("money", 520000000000, "GBP", "about")],
        None,
    ),
    ("en", '"We are not there yet, but we are getting closer," Strachan-Lowe said.', False, [], None),
    (
        "en",
        "Sterling fell 0.4% to $1.2874 after the decision.",
        True,
        [("percent", 0.4, "%", None), ("money", 1.2874, "USD", None)],
        None,
    ),
    (
        "en",
        "Two-year gilt yields dropped 6 basis points to 3.48%.",
        True,
        [("duration", 2, "year", None), ("percent", 6, "bp", None), ("percent", 3.48, "%", None)],
        None,
    ),
    # --- Bank of England (dpa-AFX), Donnerstag ---
    (
        "de",
        "London (dpa-AFX) - Die Bank of England lässt den Leitzins auf der Insel bei 3,50 Prozent.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Der geldpolitische Ausschuss fällte die Entscheidung mit 7:2 Stimmen, wie die Bank of England am Donnerstag in London mitteilte.",
        True,
        [("count", 7, None, None), ("count", 2, None, None)],
        "die Bank of England",
    ),
    (
        "de",
        "Zwei Mitglieder des neunköpfigen Gremiums stimmten für eine Senkung um 0,25 Prozentpunkte.",
        True,
        [("count", 2, None, None), ("count", 9, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    ("de", "Von dpa-AFX befragte Volkswirte hatten überwiegend mit diesem Ergebnis gerechnet.", True, [], None),
    ("de", "Das Pfund gab zum Dollar um 0,4 Prozent nach.", True, [("percent", 0.4, "%", None)], None),
    # --- Mortgages and savers (PA), Thursday ---
    (
        "en",
        "LONDON (PA) - Around 1.3 million mortgage holders on tracker deals will see no change to their monthly payments after the Bank of England held rates, according to trade body UK Finance.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    (
        "en",
        '"Borrowers will be disappointed, but the direction of travel is clear," said Rachel Ansty-Keane of the property website Homestead.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The average easy-access savings rate stood at 3.02% on Thursday, Moneyfacts data showed.",
        True,
        [("percent", 3.02, "%", None)],
        None,
    ),
    # --- EZB senkt Leitzinsen (Reuters), Donnerstag ---
    (
        "de",
        "Frankfurt (Reuters) - Die Europäische Zentralbank (EZB) senkt ihre Leitzinsen zum dritten Mal in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Für Guthaben, die Geldhäuser über Nacht bei der Zentralbank halten, gibt es künftig 25 Basispunkte weniger, nämlich 2,25 Prozent, wie die EZB am Donnerstag nach der Sitzung ihres Rates in Frankfurt mitteilte.",
        True,
        [("percent", 25, "bp", None), ("percent", 2.25, "%", None)],
        "die EZB",
    ),
    (
        "de",
        "Der Hauptrefinanzierungssatz sinkt auf 2,40 Prozent, der Spitzenrefinanzierungssatz auf 2,65 Prozent.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.65, "%", None)],
        None,
    ),
    ("de", "Die neuen Zinssätze gelten ab dem 22. Juni.", True, [("date", "--06-22", None, None)], None),
    (
        "de",
        "Die Volkswirte der Notenbank erwarten für 2033 nun eine Inflationsrate von 2,2 (März-Prognose: 2,4) Prozent.",
        True,
        [("year", 2033, None, None), ("percent", 2.2, "%", None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2034 sagen sie 1,9 (2,0) Prozent voraus, für 2035 dann 2,0 (2,0) Prozent.",
        True,
        [
            ("year", 2034, None, None),
            ("percent", 1.9, "%", None),
            ("percent", 2.0, "%", None),
            ("year", 2035, None, None),
            ("percent", 2.0, "%", None),
            ("percent", 2.0, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Beim Wirtschaftswachstum rechnen die Experten für dieses Jahr mit 0,9 Prozent, für 2034 mit 1,2 Prozent.",
        True,
        [("percent", 0.9, "%", None), ("year", 2034, None, None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bilanzsumme des Eurosystems ist gegenüber dem Rekord vom Sommer 2022 um gut 3,1 Billionen Euro auf 5,7 Billionen Euro geschrumpft.",
        True,
        [("year", 2022, None, None), ("money", 3100000000000, "EUR", "over"), ("money", 5700000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Über weitere Schritte werde man „von Sitzung zu Sitzung“ entscheiden, hieß es in der Erklärung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sämtliche 27 von der „Börsen-Zeitung“ befragten Ökonomen hatten den Schritt vorhergesagt.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    # --- Pressekonferenz der EZB-Präsidentin (dpa), Donnerstag ---
    (
        "de",
        "Frankfurt/Main (dpa) - EZB-Präsidentin Cécile Vautrin-Hesse sagte, 25 der 27 Ratsmitglieder hätten die Senkung um einen Viertelprozentpunkt unterstützt.",
        True,
        [("count", 25, None, None), ("count", 27, None, None), ("percent", 0.25, "pp", None)],
        "Cécile Vautrin-Hesse",
    ),
    (
        "de",
        "Nach Angaben der EZB-Präsidentin hatten sich zwei Ratsmitglieder für einen größeren Schritt um 50 Basispunkte ausgesprochen.",
        True,
        [("count", 2, None, None), ("percent", 50, "bp", None)],
        None,
    ),
    (
        "de",
        "Die Ratssitzung dauerte nach Angaben aus Notenbankkreisen gut fünf Stunden.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    ("de", "Die Notenbank habe die Inflation „noch nicht ganz“ besiegt, sagte Vautrin-Hesse.", False, [], None),
    (
        "de",
        "Vautrin-Hesse sagte, die Teuerung bei Dienstleistungen liege mit 3,4 Prozent weiterhin zu hoch.",
        True,
        [("percent", 3.4, "%", None)],
        "Vautrin-Hesse",
    ),
    (
        "de",
        "Auf die Frage, ob die Zinswende damit beendet sei, sagte Vautrin-Hesse: „Wir legen uns nicht im Voraus fest.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf die Frage nach dem Abbau der Anleihebestände sagte Vautrin-Hesse, die Bestände aus dem Pandemieprogramm PEPP seien seit Jahresbeginn um rund 180 Milliarden Euro gesunken.",
        True,
        [("money", 180000000000, "EUR", "about")],
        "Vautrin-Hesse",
    ),
    (
        "de",
        "Vautrin-Hesse kündigte an, der EZB-Rat werde seine Strategieüberprüfung bis Ende 2034 abschließen.",
        True,
        [("year", 2034, None, None)],
        None,
    ),
    ("de", "Ob die EZB im Juli erneut senkt, ließ Vautrin-Hesse offen.", False, [], None),
    # --- ECB cuts (Reuters), Thursday ---
    (
        "en",
        "FRANKFURT, June 16 (Reuters) - Euro zone borrowing costs fell for a third time this year on Thursday as the European Central Bank eased again, taking 25 basis points off its deposit rate, which now stands at 2.25%.",
        True,
        [
            ("date", "--06-16", None, None),
            ("ordinal", 3, None, None),
            ("percent", 25, "bp", None),
            ("percent", 2.25, "%", None),
        ],
        None,
    ),
    (
        "en",
        "ECB President Cécile Vautrin-Hesse told a news conference that two of the 27 Governing Council members had argued for a bigger half-point cut.",
        True,
        [("count", 2, None, None), ("count", 27, None, None), ("percent", 0.5, "pp", None)],
        "Cécile Vautrin-Hesse",
    ),
    (
        "en",
        "Staff now see inflation at 2.2% this year, 1.9% in 2034 and 2.0% in 2035.",
        True,
        [
            ("percent", 2.2, "%", None),
            ("percent", 1.9, "%", None),
            ("year", 2034, None, None),
            ("percent", 2.0, "%", None),
            ("year", 2035, None, None),
        ],
        None,
    ),
    (
        "en",
        '"We remain determined to see inflation settle sustainably at our target," Vautrin-Hesse said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asked about the euro's recent strength, Vautrin-Hesse said the currency had gained about 4% against the dollar since March and that staff had factored this into their projections.",
        True,
        [("percent", 4, "%", "about")],
        "Vautrin-Hesse",
    ),
    (
        "en",
        "Vautrin-Hesse said the Governing Council had also agreed to review its operational framework next year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Money markets now price roughly 30 basis points of further easing by December, down from 40 basis points before the decision.",
        True,
        [("percent", 30, "bp", "about"), ("percent", 40, "bp", None)],
        None,
    ),
    ("en", "The euro rose 0.3% to $1.1712.", True, [("percent", 0.3, "%", None), ("money", 1.1712, "USD", None)], None),
    (
        "en",
        "It was the ECB's fifth cut in an easing cycle that began last September.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Some analysts read the press conference as a signal that the easing cycle was nearing its end.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Eurosystem's balance sheet has shrunk by more than 3.1 trillion euros since its 2022 peak, to 5.7 trillion euros.",
        True,
        [("money", 3100000000000, "EUR", "over"), ("year", 2022, None, None), ("money", 5700000000000, "EUR", None)],
        None,
    ),
    ("en", "Vautrin-Hesse declined to comment on whether the ECB would cut again in July.", False, [], None),
    (
        "en",
        "Economists at Fenwick Row Capital said they now expected one final cut in September, taking the deposit rate to 2.00%.",
        True,
        [("count", 1, None, None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "en",
        '"Today was the easy part," said Lorna Beckwith-Hale, senior economist at Fenwick Row Capital.',
        False,
        [],
        None,
    ),
    # --- Reaktionen (dpa-AFX), Donnerstag ---
    ("de", "Stimmen von Ökonomen zur Zinssenkung der EZB", False, [], None),
    (
        "de",
        "Ulrike Tiedemann-Sarres, Chefvolkswirtin Bankhaus Heddesdorf: „Wir erwarten im September eine weitere Senkung auf dann 2,00 Prozent, danach dürfte die EZB pausieren.“",
        True,
        [("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Jens-Uwe Pfahlbusch, Ökonom bei der Lippischen Handelsbank: „Die EZB manövriert sich behutsam in eine neutrale Position.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Katalin Szőke-Braun, Volkswirtin der Kärntner Seenbank: „Am Geldmarkt ist eine Senkung im Juli nur noch zu einem Viertel eingepreist, das halten wir für zu niedrig.“",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Matthias Unterkircher-Gams, Chefanlagestratege Vermögensverwaltung Alsterblick: „Für Sparer ist das eine bittere Nachricht.“",
        False,
        [],
        None,
    ),
    # --- Österreich nach dem EZB-Schritt (APA), Freitag, 17. Juni ---
    (
        "de",
        "Wien (APA) - Die Zinssenkung der EZB wird sich nach Einschätzung von Experten rasch auf die Sparzinsen in Österreich auswirken.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut OeNB lag der durchschnittliche Zinssatz für neue Spareinlagen mit vereinbarter Laufzeit im April bei 2,1 Prozent.",
        True,
        [("percent", 2.1, "%", None)],
        "OeNB",
    ),
    (
        "de",
        "Für neue Wohnbaukredite zahlten private Haushalte im Schnitt 3,6 Prozent.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Gstettner-Moik sagte am Freitag im Ö1-„Morgenjournal“, der EZB-Rat habe mit dem Schritt „eine gute Balance“ gefunden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gstettner-Moik sagte, er selbst habe die Senkung um 25 Basispunkte mitgetragen.",
        True,
        [("percent", 25, "bp", None)],
        "Gstettner-Moik",
    ),
    (
        "de",
        "Die Arbeiterkammer forderte die Banken auf, die Senkung „fair und rasch“ an Kreditnehmer weiterzugeben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei einem Kredit über 250.000 Euro mit variabler Verzinsung sinkt die monatliche Rate nach Berechnungen der Arbeiterkammer um rund 35 Euro.",
        True,
        [("money", 250000, "EUR", None), ("money", 35, "EUR", "about")],
        None,
    ),
    # --- Bundesbank-Prognose (dpa), Freitag ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Bundesbank hat ihre Wachstumsprognose für die deutsche Wirtschaft in diesem Jahr auf 0,4 Prozent gesenkt.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Im Dezember hatte sie noch ein Plus von 0,7 Prozent vorhergesagt.",
        True,
        [("percent", 0.7, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2034 erwarten die Bundesbank-Volkswirte ein Wachstum von 1,1 Prozent, für 2035 von 1,2 Prozent.",
        True,
        [
            ("year", 2034, None, None),
            ("percent", 1.1, "%", None),
            ("year", 2035, None, None),
            ("percent", 1.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Inflationsrate nach HVPI dürfte von 2,3 Prozent in diesem Jahr auf 2,0 Prozent im kommenden Jahr und 1,9 Prozent im Jahr 2035 zurückgehen, teilte die Bundesbank am Freitag mit.",
        True,
        [
            ("percent", 2.3, "%", None),
            ("percent", 2.0, "%", None),
            ("percent", 1.9, "%", None),
            ("year", 2035, None, None),
        ],
        "die Bundesbank",
    ),
    (
        "de",
        "Ellwanger-Rosskopf sagte bei der Vorstellung der Prognose, die Kernrate werde erst 2035 unter 2 Prozent fallen.",
        True,
        [("year", 2035, None, None), ("percent", 2, "%", "under")],
        None,
    ),
    (
        "de",
        "„Die Geldpolitik ist auf dem richtigen Weg, aber das Ziel ist noch nicht erreicht“, sagte der Bundesbankpräsident.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bilanzsumme der Bundesbank lag Ende Mai bei rund 2,2 Billionen Euro.",
        True,
        [("money", 2200000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundesbank ist das knapp ein Drittel weniger als auf dem Höhepunkt vor fünf Jahren.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 5, "year", None)],
        "die Bundesbank",
    ),
    ("de", "Die Bundesbank verwies auf „erhebliche Unsicherheiten“ durch die Handelspolitik.", False, [], None),
    (
        "de",
        "Den Jahresverlust für 2032 hatte die Bundesbank im Februar mit 6,4 Milliarden Euro beziffert.",
        True,
        [("year", 2032, None, None), ("money", 6400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Erwerbstätigen dürfte laut der Prognose bis 2035 um mindestens 150.000 sinken.",
        True,
        [("year", 2035, None, None), ("count", 150000, None, "at_least")],
        None,
    ),
    # --- Bundesbank cuts forecast (Reuters), Friday ---
    (
        "en",
        "FRANKFURT, June 17 (Reuters) - The Bundesbank cut its forecast for German growth this year to 0.4% from 0.7% on Friday, pointing to weak exports.",
        True,
        [("date", "--06-17", None, None), ("percent", 0.4, "%", None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "German inflation, as measured by the EU-harmonised index, is seen at 2.3% this year and 2.0% in 2034, the Bundesbank said.",
        True,
        [("percent", 2.3, "%", None), ("percent", 2.0, "%", None), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        'Bundesbank President Hartmut Ellwanger-Rosskopf told reporters the ECB\'s move on Thursday had been "the right step at the right time."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Bundesbank expects the government's budget deficit to widen to 3.1% of economic output next year.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    # --- ECB policymakers after the cut (Reuters), Friday ---
    (
        "en",
        "FRANKFURT, June 17 (Reuters) - Governing Council member Tadej Kranjc-Hrast told Reuters in an interview on Friday that he expected the deposit rate to reach 2.00% by the end of the year, one more quarter-point cut away.",
        True,
        [
            ("date", "--06-17", None, None),
            ("percent", 2.0, "%", None),
            ("count", 1, None, None),
            ("percent", 0.25, "pp", None),
        ],
        "Tadej Kranjc-Hrast",
    ),
    ("en", '"The bar for a July move is high," Kranjc-Hrast said.', False, [], None),
    (
        "en",
        "Policymakers see little need for another cut next month but want to keep September open, according to people familiar with the discussion.",
        False,
        [],
        None,
    ),
    (
        "en",
        "ECB chief economist Joonas Keskivaara said in a speech in Helsinki that wage growth in the euro zone had slowed to 3.3% in the first quarter.",
        True,
        [("percent", 3.3, "%", None), ("ordinal", 1, None, None)],
        "Joonas Keskivaara",
    ),
    ("en", "Keskivaara said he was confident inflation would settle at target.", False, [], None),
    (
        "en",
        "Traders trimmed bets on a July cut to about 20% on Friday, from 25% a day earlier.",
        True,
        [("percent", 20, "%", "about"), ("percent", 25, "%", None)],
        None,
    ),
    # --- EZB-Ratsmitglieder nach der Sitzung (Reuters), Freitag ---
    (
        "de",
        "Frankfurt (Reuters) - Mehrere EZB-Ratsmitglieder sehen nach der jüngsten Zinssenkung keinen Anlass für einen weiteren Schritt im Juli, wie Reuters von mit der Angelegenheit vertrauten Personen erfuhr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Protokoll der Ratssitzung veröffentlicht die EZB am 14. Juli.",
        True,
        [("date", "--07-14", None, None)],
        None,
    ),
    (
        "de",
        "EZB-Direktorin Margarethe Zillgitt-Arnaud sagte in einem Interview mit dem „Handelsblatt“, sie halte einen Einlagensatz von 2 Prozent für das wahrscheinliche Ende des Zyklus.",
        True,
        [("percent", 2, "%", None)],
        "Margarethe Zillgitt-Arnaud",
    ),
    (
        "de",
        "„Wir sollten die Wirkung der bisherigen Senkungen erst einmal abwarten“, sagte Zillgitt-Arnaud.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund-Future stieg um 0,3 Prozent auf 129,86 Punkte.",
        True,
        [("percent", 0.3, "%", None), ("count", 129.86, None, None)],
        None,
    ),
    # --- Fed chair (AP), Friday ---
    (
        "en",
        "WASHINGTON (AP) — Federal Reserve Chair Douglas Ambrose-Tallis said Friday that he expected the Fed to cut its benchmark rate by a quarter-percentage point at its September meeting if inflation kept easing.",
        True,
        [("percent", 0.25, "pp", None)],
        "Douglas Ambrose-Tallis",
    ),
    (
        "en",
        "The Fed's key rate has stood at about 3.4% since January, after the central bank cut it three times last year.",
        True,
        [("percent", 3.4, "%", "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Ambrose-Tallis noted that the unemployment rate had risen to 4.5% in May from 4.1% at the start of the year.",
        True,
        [("percent", 4.5, "%", None), ("percent", 4.1, "%", None)],
        None,
    ),
    ("en", '"We\'re not declaring victory," Ambrose-Tallis said.', False, [], None),
    (
        "en",
        "The average 30-year home loan rate slipped to 5.84% this week from 5.97% last week, mortgage buyer Freddie Mac said Thursday.",
        True,
        [("duration", 30, "year", None), ("percent", 5.84, "%", None), ("percent", 5.97, "%", None)],
        None,
    ),
    ("en", '"I\'ll believe it when I see it," said Tasha Mulvaney, a first-time buyer in Columbus.', False, [], None),
    # --- Cleveland Fed president (Reuters), Friday ---
    (
        "en",
        "CLEVELAND, June 17 (Reuters) - Cleveland Fed President Wendell Crisfield-Obi said on Friday he would favour lowering rates by a total of 75 basis points by the end of the year.",
        True,
        [("date", "--06-17", None, None), ("percent", 75, "bp", None)],
        "Wendell Crisfield-Obi",
    ),
    ("en", '"Waiting has its own costs," Crisfield-Obi said.', False, [], None),
    (
        "en",
        "Crisfield-Obi, who votes on rate policy this year, dissented in favour of a cut at the Fed's May meeting.",
        True,
        [],
        None,
    ),
    # --- BoE deputy governor (Reuters), Friday ---
    (
        "en",
        "LONDON, June 17 (Reuters) - Bank of England Deputy Governor Nikhil Sundaresan-Cole said on Friday he had voted to cut Bank Rate to 3.25% this week because wage growth had cooled faster than expected.",
        True,
        [("date", "--06-17", None, None), ("percent", 3.25, "%", None)],
        "Nikhil Sundaresan-Cole",
    ),
    (
        "en",
        "Regular pay growth slowed to 3.6% in the three months to April, its weakest in almost four years, ONS figures showed on Tuesday.",
        True,
        [("percent", 3.6, "%", None), ("duration", 3, "month", None), ("duration", 4, "year", "nearly")],
        None,
    ),
    (
        "en",
        '"Holding back now risks doing more harm than good," Sundaresan-Cole said in a speech at the University of Warwick.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He said the MPC could lower Bank Rate by up to 75 basis points over the next 12 months without reigniting inflation.",
        True,
        [("percent", 75, "bp", "up_to"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Markets price about a 65% chance of a cut in August, up from 60% before Thursday's decision.",
        True,
        [("percent", 65, "%", "about"), ("percent", 60, "%", None)],
        None,
    ),
    (
        "en",
        "The other dissenter, external MPC member Harriet Coldicott, said in a statement she favoured a quarter-point cut.",
        True,
        [("percent", 0.25, "pp", None)],
        "Harriet Coldicott",
    ),
    (
        "en",
        "Moneyfacts said the typical two-year fixed deal now costs 4.71%, its lowest since September 2031.",
        True,
        [("duration", 2, "year", None), ("percent", 4.71, "%", None), ("year", 2031, None, None)],
        "Moneyfacts",
    ),
    ("en", "Brokers said lenders were competing hard for business ahead of the summer.", False, [], None),
    # --- Hypothekarzinsen (Keystone-SDA), Freitag ---
    (
        "de",
        "Zürich (sda) - Die Zinsen für zehnjährige Festhypotheken sind in der Schweiz seit Jahresbeginn um rund 0,2 Prozentpunkte gesunken.",
        True,
        [("duration", 10, "year", None), ("percent", 0.2, "pp", "about")],
        None,
    ),
    (
        "de",
        "Im Durchschnitt verlangten die Banken zuletzt 1,72 Prozent, wie eine Auswertung des Vergleichsdienstes Hypomonitor ergab.",
        True,
        [("percent", 1.72, "%", None)],
        None,
    ),
    (
        "de",
        "Der hypothekarische Referenzzinssatz für Mieten bleibt bis auf Weiteres bei 1,5 Prozent, so das Bundesamt für Wohnungswesen.",
        True,
        [("percent", 1.5, "%", None)],
        "das Bundesamt für Wohnungswesen",
    ),
    (
        "de",
        "«Mieterinnen und Mieter warten weiterhin vergeblich auf Entlastung», kritisierte der Mieterinnen- und Mieterverband.",
        False,
        [],
        None,
    ),
    # --- Sparer (dpa-AFX), Freitag ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Nach der Zinssenkung der EZB haben erste Banken in Deutschland angekündigt, die Zinsen für Tagesgeld zu senken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt bieten Banken für Tagesgeld derzeit 1,85 Prozent, wie das Vergleichsportal Zinsnavi ermittelte.",
        True,
        [("percent", 1.85, "%", None)],
        None,
    ),
    (
        "de",
        "Für Festgeld mit einer Laufzeit von zwei Jahren liegt der Durchschnitt bei 2,3 Prozent.",
        True,
        [("duration", 2, "year", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder vierte Anbieter hat seine Konditionen seit Anfang Mai bereits gesenkt.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    # --- FOREX (Reuters), Friday ---
    ("en", "FOREX-Dollar heads for weekly loss, euro firm after ECB cut", True, [], None),
    (
        "en",
        "Measured against a basket of six major peers, the dollar index was 0.2% lower at 97.43 and on track for a 0.9% weekly drop.",
        True,
        [
            ("count", 6, None, None),
            ("percent", 0.2, "%", None),
            ("count", 97.43, None, None),
            ("percent", 0.9, "%", None),
        ],
        None,
    ),
    ("en", "The yen weakened to 148.65 per dollar.", True, [("money", 148.65, "JPY", None)], None),
    (
        "en",
        "The Swiss franc eased to 0.9430 per euro, having touched a three-month high of 0.9398 on Wednesday.",
        True,
        [("money", 0.943, "CHF", None), ("duration", 3, "month", None), ("money", 0.9398, "CHF", None)],
        None,
    ),
    (
        "en",
        "The euro was steady at $1.1708, up 0.6% for the week.",
        True,
        [("money", 1.1708, "USD", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        '"It has been a week of central banks tiptoeing rather than sprinting," said Priya Chandrasekaran-Holt, head of FX strategy at Marlow Street Securities.',
        False,
        [],
        None,
    ),
    # --- GLOBAL MARKETS (Reuters), Friday ---
    ("en", "GLOBAL MARKETS-Stocks edge up as investors digest a week of central bank moves", True, [], None),
    (
        "en",
        "MSCI's gauge of stocks across the globe rose 0.3%, putting it on course for a weekly gain of 1.1%.",
        True,
        [("percent", 0.3, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "Benchmark 10-year Treasury yields eased 2 basis points to 4.05%.",
        True,
        [("duration", 10, "year", None), ("percent", 2, "bp", None), ("percent", 4.05, "%", None)],
        None,
    ),
    (
        "en",
        "Germany's 10-year yield, the benchmark for the euro zone, was at 2.38%, down 7 basis points on the week.",
        True,
        [("duration", 10, "year", None), ("percent", 2.38, "%", None), ("percent", 7, "bp", None)],
        None,
    ),
    (
        "en",
        "Brent crude futures fell 1.2% to $71.40 a barrel.",
        True,
        [("percent", 1.2, "%", None), ("money", 71.4, "USD", None)],
        None,
    ),
    # --- Interview in der „Welt am Sonntag“ (dpa), Samstag, 18. Juni ---
    (
        "de",
        "Berlin (dpa) - Bundesbank-Vizepräsidentin Dagmar Quernheim-Bolte rechnet erst im kommenden Jahr mit einer Inflationsrate von dauerhaft 2 Prozent.",
        True,
        [("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Die „Welt am Sonntag“ zitierte Quernheim-Bolte mit den Worten: „Die Kerninflation wird in diesem Jahr bei rund 2,6 Prozent verharren.“",
        True,
        [("percent", 2.6, "%", "about")],
        "Quernheim-Bolte",
    ),
    ("de", "„Wer jetzt Entwarnung gibt, macht es sich zu leicht“, sagte Quernheim-Bolte dem Blatt.", False, [], None),
    (
        "de",
        "Quernheim-Bolte sagte, die Bundesbank werde im Herbst erstmals eine Prognose für 2036 vorlegen.",
        True,
        [("year", 2036, None, None)],
        None,
    ),
]
