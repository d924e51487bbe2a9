"""Four-hundred-and-fifty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of government, ministers and the holders of
other real offices appear only by office („Der Bundesfinanzminister“, „der Minister“, „Der
Bundeskanzler“, „der Kanzler“, „der bayerische Finanzminister“, „Der Finanzminister“ and
„der Finanzminister“ in Vienna, „die Finanzministerin“ in Bern, "the Chancellor", "the
Shadow Chancellor", "the finance minister" in Berlin, "the Treasury Secretary", "The CBO
director", "the head of the National Audit Office", "The chair of the Public Accounts
Committee", "the EU's economy commissioner", "The governor" in Sacramento, "The mayor" in
Chicago); the budget spokespeople, MPs, national and city councillors, senators,
representatives, an alderman, economists, analysts and spokespeople are invented and stand
for no real holder.

Names: Mareike Tönnesmann (dpa) / Mareike Toennesmann (Reuters, the umlaut written out),
Seraina Blumenthal-Caduff, Leonie Hasenbichler, Gesine Vennewald, Veronika Luefgruber, Lukas
Grossenbacher, Florian Kreuzpaintner, Roland Scharfenort, Clemens Hinterwallner, Benedikt
Auerhammer, Urs Krähenbühl-Ott, Anneliese Vorderbrügge; Harlan Vosbrink-Keane, Lorraine
Hatchard-Bligh, Priyanka Draycott-Pryor, Darnell Featherstone-Lyle, Ingrid Castellanos-Moor,
Moira Tennant-Baxby, Katrin Wetterhahn, Tobias Winterbourne, Yusuf Brennan-Ashdown, Alistair
Trevenna, Harriet Mansergh-Boyce, Ilse Vandewalle-Moens, Consuelo Marchetti-Oyelowo - and
every unnamed spokesperson, official, economist, analyst, investor, estimator, examiner and
lawmaker; none of these names occurs elsewhere under tests/. Real states, parliaments,
bodies, parties, funds, taxes and places (Bund, Bundesfinanzministerium, Bundesregierung,
Bundestag, Bundesrat, Bundesrechnungshof, Verteidigungsministerium, Arbeits- und
Sozialministerium, Sondervermögen Infrastruktur, Sondervermögen Bundeswehr, Klima- und
Transformationsfonds, Schuldenbremse, Einzelplan 14, Steuerschätzung, Statistisches
Bundesamt, Deutscher Städtetag, Bund der Steuerzahler, Grundsteuer B, Grundfreibetrag,
Kinderfreibetrag, Kindergeld, Spitzensteuersatz, Pendlerpauschale, Freistaat Bayern,
kommunaler Finanzausgleich, Oberhausen, Grüne, SPD, AfD, Linke; Fiskalrat, Rechnungshof,
Bundesrechnungsabschluss, Nationalrat, Wifo, FPÖ, EU-Defizitverfahren; Eidgenössische
Finanzverwaltung, Bundesrat, Verrechnungssteuer, Armee, Wintersession, eidgenössische Räte,
SP, FDP, SVP, Zürich; the Federal Statistics Office, the Congressional Budget Office, CBO,
Medicare, Social Security, the Treasury, Congress, the House, the Senate, the Bipartisan
Policy Center, the Committee for a Responsible Federal Budget, the Legislative Analyst's
Office, S&P Global Ratings, the City Council in Chicago, the Office for Budget
Responsibility, OBR, IFS, Whitehall, the House of Commons, the National Audit Office, the
Department for Education, NAHT, the Public Accounts Committee, the Resolution Foundation,
the Liberal Democrats, the triple lock, gilts, Bunds, Eurostat, the European Commission, the
national escape clause, NATO, and the datelines' cities) stand for the way wire copy names
them; every budget, deficit, debt ratio, borrowing figure, tax yield, allowance, threshold,
rate, yield, vote, tally, forecast, finding, date and quote here is invented, and where a
real figure came to mind (a real debt limit, a real Grundfreibetrag, Kinderfreibetrag,
Kindergeld or Pendlerpauschale, a real personal allowance or higher-rate threshold, a real
city tax multiplier, a real spending-rule ceiling, a real Swiss or Austrian account) it was
changed; kept are the rules' own figures that wire copy repeats (the treaty's three percent
and 60 percent, the debt brake's 0.35 percent for the Länder, the infrastructure fund's 100
billion euros for the Länder, the 42 percent top rate), the sizes of real bodies (21 euro
countries, 16 German states, the 50 seats of Chicago's council) and the years of record
(German reunification in 1990, the 2011 spending caps, the Second World War).

Its weight: PUBLIC FINANCES, BUDGETS AND TAXES, fifth round of public finances (the
fifty-third batch weighed public finances, budgets and taxes, the hundred-sixty-third public
finances, budgets, debt and taxes over an autumn budget season, the
two-hundred-and-thirty-second budget debates in parliament, the
three-hundred-and-forty-seventh a spring budget season and the four-hundred-and-second
budgets, taxes and public debt over one budget week; the three-hundred-and-thirty-second
weighed a debt limit standoff, the hundred-twenty-second defence budgets, the
hundred-eighty-eighth a parliamentary day, and the hundred-fifth, two-hundred-and-eighteenth
and three-hundred-and-ninth municipal budgets; their decisions are kept) - this time one
made-up budget year in story order, Tuesday, January 14, to Friday, December 19, 2031 - last
year's accounts in winter, audits and tax estimates in spring, drafts in summer, budget
speeches, budgets and tax relief in autumn and winter, the budgets for 2032 -, as 33 short
stories with the German and English ones interleaved by date, each told as wire copy runs it
(a dateline lead with the headline figure, the totals around it, attributed figures, the
other side, quotes, the next step). German (dpa with its slug "dpa/lby", APA, Keystone-SDA
with «» quotes, German „“ quotes; German "Nettokreditaufnahme", "Kernhaushalt",
"Sondervermögen", "Einzelplan", "Ausgabereste", "Bereinigungssitzung", "Handlungsbedarf",
"Kassenkredite", "Hebesatz", Austrian "Maastricht-Defizit", "heuer", "Jänner",
"Nettofinanzierungsdefizit", "Finanzschulden", "Auszahlungen", "Budgetrede", Swiss
"Fehlbetrag", "Voranschlag", "ausserordentlich", "Steuerfuss", "Wintersession", "hiess",
"liess", "1900" without a separator): the federal accounts for 2030, the Swiss federal
accounts, Austria's Maastricht deficit and debt, the Bundesrechnungshof's Bemerkungen, the
spring tax estimate, the Rechnungshof's Bundesrechnungsabschluss, the cabinet's draft budget
with spending by ministry, the Swiss Voranschlag, Bavaria's Doppelhaushalt, the Bundestag's
first reading, Austria's budget speech, the municipalities' record deficit, the
Bereinigungssitzung, Zurich's city budget, the federal budget passed and the tax relief in
the Bundesrat (Grundfreibetrag, Kinderfreibetrag, Kindergeld, Spitzensteuersatz,
Pendlerpauschale). English (Reuters with dated datelines, AP, PA): Germany's 2030 deficit,
the CBO's budget outlook, the UK Spring Statement with the OBR's forecast, Eurostat's
deficits and debt, the German tax estimate, the CBO's X-date, the National Audit Office on
school rebuilding, California's budget, the German draft budget, the House and Senate
debt-limit votes, the U.S. deficit for fiscal 2031, UK borrowing in September, the UK Budget
with the OBR's forecasts, the gilt market's reaction, the Commission's opinions on draft
budgets and Chicago's city budget. Figures as such copy has them: spending, borrowing,
special funds, gaps, receipts, reserves, shortfalls and cuts in "Milliarden", "Billionen",
"Millionen", "billion", "trillion" and "million" of euros, francs, pounds and dollars;
deficits and debt as shares of GDP and against the Maastricht limits, tax rates,
multipliers, allowances and thresholds in euros, cents, pounds and pence; fiscal years
written "2031-32", „2032/33“, "fiscal 2031"; Bund, gilt and bill yields with their moves in
basis points, moves in percentage points; tallies; shares in words („knapp ein Zehntel“,
„rund ein Drittel“, „Knapp zwei Drittel“, „fast jeder zwölfte Euro“, "less than half", "the
poorest fifth"), multiples, compounds („viertägigen“, „gut 40-minütigen“, „knapp
80-minütigen“, „Drei-Prozent-Grenze“, "Ten-year", "One-month", "nine-hour"), ordinals,
hedges of every kind in use, years and dates. Negatives as such copy has them - 55 rows,
none with a figure: ministers', MPs', councillors', senators', representatives' and
spokespeople's rhetoric in quotes beside their own figures, labels from parties and a
taxpayers' lobby, accusations naming no act, appeals and warnings naming no measure or
figure, economists', analysts' and investors' views and forecasts without a figure,
reassurances, an evasion and a mayor's verdict, each near a check-worthy look-alike from the
same story (often the same speaker's figure).

241 rows (120 German, 121 English), 55 negatives (26 German, 29 English), 186 check-worthy
rows of which 7 carry no figure (5 German, 2 English), 377 expected quantities (140 amounts
of money - 79 EUR, 24 USD, 23 GBP, 14 CHF -, 74 percentages - 68 in "%", 4 in basis points
"bp", 2 in percentage points "pp" -, 73 years, 33 counts, 23 dates, 20 durations - 12 in
years, 2 in hours, 2 in minutes, 2 in months, 1 in days, 1 in weeks -, 8 ordinals, 6
fractions; none of them in a negative), 36 checked speakers (18 German, 18 English). These
counts were computed by a script over the list below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a throwaway script outside the repository that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth, fifty-third). A quoted or reported
  piece of rhetoric, label, accusation naming no act, appeal or warning naming no measure,
  view, reassurance or forecast without a figure is a negative with speaker None, also with
  a named speaker and an office; a quoted or reported figure, step, plan, pledge, schedule,
  compliance, finding, recommendation naming a measure or accusation naming a checkable
  record is check-worthy with its speaker, also in Konjunktiv I (ninety-eighth,
  hundred-sixty-third, two-hundred-and-fourth, three-hundred-and-forty-seventh,
  four-hundred-and-second, four-hundred-and-twentieth). Pairs from one speaker or one story:
  Tönnesmann's 17 percent beside „kein Grund zum Jubeln“ and her 4.6 billion beside
  „Haushaltspolitik nach Kassenlage“, Toennesmann's 9 billion euros beside "spending money
  it never had"; Vosbrink-Keane's 1% cap beside "borrowing from our children" and "the hard
  path"; Blumenthal-Caduff's 4.1 billion francs beside «Der Bund spart am falschen Ort»;
  Hasenbichler's 3.6 percent beside „geschafft ist sie noch lange nicht“; the Austrian
  finance minister's 3.3 percent beside the FPÖ's accusation and his 2.9 percent budget
  beside „die Trendwende geschafft“ (told by office); the Chancellor's 1.2 per cent beside
  "We will not take risks ..." and the Budget's measures beside "stability over easy
  applause"; Draycott-Pryor's £131 billion beside "buys time"; the Bundesfinanzminister's 22
  billion euros and 40 billion euros beside „Die fetten Jahre ...“ and „Wir sparen dort
  ...“, his compliance beside „Wir haben Kurs gehalten ...“ (told by office); Vennewald's 5
  billion euros beside „Ausfallbürgen“; Featherstone-Lyle's $1.6 trillion beside "credit
  rating hostage"; Luefgruber's 23 of 96 beside „Wir prüfen nicht, um recht zu haben“; the
  Bundeskanzler's pledge with the 22-billion gap beside „Ausdruck von Verantwortung“ (told
  by office); Winterbourne's first binding limits beside "kicked the can"; Grossenbacher's
  22 percent beside «Wer immer nur Ausgaben verteilt ...»; Kreuzpaintner's 15.7 billion
  beside „Vorsicht ist keine Strategie“; Scharfenort's 6.8 billion beside his accusation
  „sehenden Auges“; Brennan-Ashdown's five years beside "Nobody in Washington wants to own
  this number"; Auerhammer's 3 percent beside „Sicherheit und Zusammenhalt“;
  Vandewalle-Moens's April 30 beside "rules are rules"; Krähenbühl-Ott's 1900 posts beside
  «lebt auf Pump»; Marchetti-Oyelowo's $240 beside "on the backs of homeowners";
  Vorderbrügge's 310 euros beside „ein Schritt in die richtige Richtung“. Castellanos-Moor,
  Hatchard-Bligh and the head of the National Audit Office appear only in negatives (a
  market view, a label, a verdict).
- Office-holders by office only (four-hundred-and-second): a statement told by an office
  without a name is check-worthy with the speaker unchecked („Der Bundesfinanzminister
  sagte“ three times, „sagte der Bundesfinanzminister nach dem Votum“, „Der Bundeskanzler
  sagte“, „Der Finanzminister sagte“, „sagte die Finanzministerin vor den Medien in Bern“,
  „sagte der bayerische Finanzminister“, "The Chancellor told MPs", "The finance minister
  told reporters", "The CBO director told reporters", "the Treasury Secretary said", "The
  chair of the Public Accounts Committee said", "Speaking to reporters, the EU's economy
  commissioner said"; hundred-fifteenth: roles without a name), and their rhetoric is a
  negative like anyone's („sagte der Minister“ three times, „sagte der Kanzler“, „sagte der
  Finanzminister“, "the Chancellor told the House of Commons", "the Chancellor told the
  Commons", "The Shadow Chancellor accused", "The Treasury Secretary urged", "the head of
  the National Audit Office said", "the governor said in a statement", "The mayor said").
- Check-worthy without a figure (7 rows; fifty-third, hundred-sixty-third,
  three-hundred-and-forty-seventh, four-hundred-and-second): compliance with the debt brake
  in Bern and in Berlin (hundred-sixty-third New: „Die Schuldenbremse werde eingehalten“),
  the tax estimate's publication („Das geht aus der Steuerschätzung hervor, ...“;
  fifty-third) and the Städtetag survey's (the same form), Bavaria's balanced budget („hält
  ... an der schwarzen Null fest“, a fiscal position of record; below), the governor's
  scheduled signature "by Monday" (a scheduled step; weekdays none) and S&P's kept rating
  with its outlook (hundred-sixty-third: a rating confirmed; "BBB" none). Schedules stay
  check-worthy with their dates ("on June 4", "on July 8", "on Oct. 14", „ab dem 1.
  Dezember“, „ab dem 17. November“, „für den 12. Dezember“, „für den 19. Dezember“).
- Courts of audit, the weight's own (fifty-third, three-hundred-and-forty-seventh): findings
  with figures are check-worthy (the Bundesrechnungshof's 1.3 billion euros, 52 and 19
  projects, 71 percent and the 6.2 billion euros of Ausgabereste, the Rechnungshof's 17.3
  billion euros, 312.4 billion euros and tenth, Luefgruber's 23 of 96, the National Audit
  Office's four years and £3.4 billion, 518 and 143 schools); a recommendation naming a
  measure is check-worthy with or without a figure („Die Prüfer empfehlen, Großprojekte ab
  einem Volumen von 25 Millionen Euro ...“, „Der Rechnungshof rät, Doppelförderungen ... bis
  2034 mit einer gemeinsamen Prüfstelle abzustellen.“), the ministry's rejection with its 14
  recommendations is check-worthy (three-hundred-and-forty-seventh: „wies die Kritik
  zurück“), while an appeal naming no measure is a negative („mahnte die Behörde mehr
  Haushaltsdisziplin ... an“, „appellierte der Rechnungshof an die Regierung, ...“;
  two-hundred-and-fourth, three-hundred-and-forty-seventh). An accusation naming a checkable
  record with a figure stays check-worthy with speaker None („Der Bundesrechnungshof wirft
  dem Verteidigungsministerium vor, ... rund 1,3 Milliarden Euro zu viel ausgegeben zu
  haben“; four-hundred-and-second: „kritisierte, dass ... um 1,2 Milliarden Euro gekürzt
  werde“).
- Forecasts, estimates, projections, pledges and demands with a figure are check-worthy
  (seventh, hundred-sixty-third, three-hundred-and-forty-seventh, four-hundred-and-second):
  the CBO's, the OBR's, the Fiskalrat's, the tax estimators', the LAO's, the Wifo's and the
  Commission's figures, the X-date window, the Städtetag's „mindestens 5 Milliarden Euro im
  Jahr“, the Chancellor's thresholds and the Bundeskanzler's pledge with the 22-billion gap.
  Negatives: views, forecasts and fears without a figure ("Economists said the improvement
  owed more to ...", "Officials in Brussels privately questioned whether ...", "Economists
  said the plan leaned heavily on ...", "Analysts said a last-minute deal remained ...",
  "Budget analysts said there was little sign ...", "Economists said the figures left the
  Chancellor with little room ...", "Some investors said the larger cushion could vanish
  ...", "Analysts said the Commission was unlikely ..."), warnings naming no measure or
  figure („Der Städtetag warnte, ...“, „Mehrere Finanzminister der Länder warnten ...“;
  two-hundred-and-fourth), an appeal ("The Treasury Secretary urged congressional leaders to
  act "well before" the summer recess."; a season names no date), reassurances ("A
  Department for Education spokesperson said the government remained committed ...", "A
  Treasury spokesperson said the government's fiscal rules were non-negotiable.";
  three-hundred-and-forty-seventh: "remained on track"), a verdict ("The mayor said the city
  had "turned the corner" ..."), an evasion („liess der Stadtrat offen“;
  four-hundred-and-second: „ließ das Ministerium offen“) and a market view in quotes
  (Castellanos-Moor's "priced in some drama, but not a default").
- Labels and accusations (ninety-eighth, hundred-sixty-third, two-hundred-and-fourth,
  four-hundred-and-second): „sprach von“ (the Linke, the Grünen), „lobte ... als
  „vorbildlich““ (the Bund der Steuerzahler in Bayern; praise is a label as blame is),
  "called ... "a flashing red light"" (Hatchard-Bligh), "was held together by "gimmicks and
  wishful thinking"" (Republicans) and the accusations naming no act („warf der Regierung
  vor, die Sanierung des Budgets auf die lange Bank zu schieben“, „warf der Regierung vor,
  das Land „sehenden Auges“ in die Überschuldung zu führen“, „warf der Koalition vor,
  „Haushaltspolitik nach Kassenlage“ zu betreiben“, "accused the Government of a "stealth
  raid on working families"") are negatives.
- Fiscal rules and their thresholds (fifty-third, hundred-sixty-third,
  three-hundred-and-forty-seventh, four-hundred-and-second): "below the European Union's 3%
  ceiling" 3, "above the bloc's 3% limit" 3, "exceeded the 60% reference value" 60 and
  "above the 1.3% ceiling set for 2032" 1.3 with no hedge ("below the" and "above the" stand
  before the rule's name, three-hundred-and-forty-seventh: "above the 4.99 per cent cap"; a
  verb bounds no figure, fifty-third), „über der Maastricht-Grenze von 60 Prozent“ 60 with
  no hedge (a word stands between „über“ and the figure, three-hundred-and- twenty-fourth:
  „über dem Ziel von 2 Prozent“), „unter die Drei-Prozent-Grenze“ and „die
  Drei-Prozent-Grenze einhalten“ 3 with no hedge (hundred-thirty-eighth; four-hundred-and-
  second: „jenseits der Ein-Prozent-Marke“), „neue Kredite von bis zu 0,35 Prozent des BIP“
  0.35 "up_to", "defence spending above 1.5% of GDP" 1.5 "over" ("above" right before the
  figure, four-hundred-and-second: "above 1% of economic output"), „erstmals mehr als 3
  Prozent der Wirtschaftsleistung“ 3 "over" („erstmals“ none, forty-first). „Einzelplan 14“
  carries no quantity (two-hundred-and-thirty-second New: a section of the federal budget
  named by its number); „der zweitgrößten Einzeletat“ is ordinal 2 (the issue's „die
  drittgrößte Stadt“). New: „an der schwarzen Null“ carries no quantity - the German label
  for a budget without new borrowing names a position, and the „Null“ inside it counts
  nothing, as „eine Nullrunde bei den Subventionen“ (two-hundred-and-eighteenth New) and
  "Australia's triple-A credit rating" (three-hundred-and-forty-seventh New) carry none; the
  row is check-worthy without a figure as a stated fiscal position. "the so-called X-date"
  and "the Treasury's projected X-date" carry none (three-hundred-and-thirty-second: its
  X-date row gave only its dates); New: the letter in "X-date" is no figure, and the window
  "between Aug. 12 and Sept. 9" gives its two dates.
- Deficits, debt, shares and rates are percentages as written (every batch): „3,9 Prozent
  des Bruttoinlandsprodukts (BIP)“, „4,4 Prozent“, „86,1 Prozent des BIP“, „3,6 Prozent“,
  „3,3 Prozent“, „2,9 Prozent des BIP“, „82,5 Prozent“, „0,81 Prozent des BIP“, "2.7% of
  gross domestic product", "6.4% of the nation's economy", "103% of GDP ... to 124%", "88.4%
  of GDP from 88.9%", "139.6% of GDP", "96.2% of GDP", "4.6% of GDP ... 4.9%", "38.9 per
  cent of national income" (PA's "per cent"), "3.2% of GDP", "2.1% of GDP", tax rates („Der
  Spitzensteuersatz von 42 Prozent“, "a 1.5% surcharge"), multipliers as written also above
  100 („von 930 auf 1.090 Prozent“ with the unit written once - hundred- sixty-third New:
  „einem Hebesatz von 1.190 Prozent“ -, „den Steuerfuss von 118 auf 115 Prozent“), growth
  and moves („um 3,8 Prozent“, „um 2,7 Prozent“, „um 22 Prozent“, „um 11,2 Prozent“, „um 6
  Prozent“, "jumped 14%", "rose 5%", "grew 7%", "by 4.3%", "to 0.9 per cent ..., down from
  1.4 per cent", "to 1.5% from 1.2%"; „um“ and "by" before a change no hedge). Moves in
  points: „um 4,1 Prozentpunkte“ 4.1 "pp", "up 0.3 percentage points" 0.3 "pp" ("up" no
  hedge); in basis points "bp" ("rose 3 basis points", "jumped 11 basis points", "fell 14
  basis points", "dropped 9 basis points"). Yields as written ("to 2.81%", "at 2.77%", "to
  4.62%", "to 4.31%", "to 4.38%") with their maturities as durations ("Ten-year Bund
  yields", "10-year Bunds", "One-month Treasury bill yields", "one-month Treasury bills",
  "Ten-year gilt yields"; twentieth, fifty-third). "des BIP", "of GDP", "der
  Wirtschaftsleistung", "of national income", "Grundsteuer B", "the triple lock"
  (hundred-twenty-second, three-hundred-and-fifteenth) and "BBB" carry none.
- Money in the currency written (every batch): EUR with „Milliarden“, „Millionen“ and
  „Billionen“ („1,071 Billionen Euro“ 1,071,000,000,000 - hundred-sixty-third New: three
  digits after the comma are decimals -, „um 2,8 Milliarden auf 551,1 Milliarden Euro“ and
  „um 1,9 Milliarden auf 76,4 Milliarden Euro“ both - the currency written once serves the
  earlier figure -, „knapp 19 Milliarden Euro, ... gut 14 Milliarden und ... rund 8
  Milliarden Euro“ EUR each with its hedge, „103,2 Milliarden Euro ..., 9,4 Milliarden mehr
  als im laufenden Jahr“ both with no hedge - "mehr als" after the figure compares -, „gut 4
  Milliarden Euro weniger als im Soll“ "over" from „gut“ only, „um 2,2 Milliarden Euro
  weniger als im Budget veranschlagt“ with no hedge, „statt der veranschlagten 78,9
  Milliarden Euro“ with no hedge, „lediglich“, „erst“, „Insgesamt“, „insgesamt“,
  „Zusätzliche“, „zusätzlich“ no hedge); CHF („1,4 Milliarden Franken“, „gut 1,5 Milliarden
  mehr ein als erwartet“ CHF "over" with the currency carried from earlier in the sentence -
  three-hundred-and-forty-seventh: „ein Minus von 96 Millionen“ -, „1,2 Milliarden
  gestrichen“ likewise, „rund 800 Millionen Franken“ "about"); USD ("a $2.24 trillion
  deficit", "$47.1 trillion", "roughly $390 billion" "about", "$1.6 trillion", "$4.2
  trillion" twice, "about $310 billion", "about $2.19 trillion", "$118 billion more than"
  with no hedge, "$318 billion", "about $22 billion a year", "$17.9 billion", "about $240 a
  year"); GBP ("just £6.8 billion" - "just" no hedge -, "£118.6 billion", "£9.3 billion more
  than forecast", "£131 billion", "£27 billion a year", "£13,150", "£52,480", "£2.3 billion
  more a year", "17.4 billion pounds", "a median 15.9 billion pounds" - below -, "about 310
  pounds a year on average" "about" - "on average" no hedge, three-hundred-
  and-twenty-fourth: "average" -); EUR in English copy ("118.5 billion euros", "almost 19
  billion euros" "nearly", "a 548.3 billion euro draft budget" and "the 22 billion euro gap"
  - hundred-sixty-third New: "a 68.9 billion pound budget", the currency in the singular
  inside a compound modifier -). Allowances, thresholds and benefits are money (fifty-third,
  four-hundred-and-second): „um 348 Euro auf 13.332 Euro“, „um 216 Euro auf 7.536 Euro“, „um
  sechs Euro auf 274 Euro im Monat“, „42 Cent ab dem ersten Kilometer“ 0.42 EUR and ordinal
  1, „60.000 Euro Einkommen“, „rund 310 Euro im Jahr“ "about". Pence are hundredths of a
  pound ("4p a litre" 0.04 GBP; hundred-sixty-third: "by 5p a litre"). New: "will be cut by
  1p to 19p in the pound" gives 0.01 and 0.19 GBP - a tax rate written in pence in the pound
  is money as written, as "less than 5p in the pound" was 0.05 GBP (hundred-eighth; "in the
  pound" none), and no percentage is read into it. New: „ab 74.880 Euro zu versteuerndem
  Einkommen“ carries no hedge - „ab“ marks where a rate begins and bounds no figure, as „ab
  einem zu versteuernden Einkommen von 71.420 Euro“ (fifty-third, four-hundred-and-second)
  and „ab dem 16. Dezember“ carried none. New: "a median 15.9 billion pounds" carries no
  hedge - "median" names a statistic as "average", „im Schnitt“ and „durchschnittlich“ do
  (hundred-sixty-third, three-hundred-and-twenty- fourth). None: "a year", „im Jahr“, „im
  Monat“, "a litre", "in the pound", "per cent" itself.
- Counts (every batch): tallies one count per figure („mit 68 zu 53 Stimmen“, „Für den Etat
  stimmten 371 Abgeordnete, dagegen 259, vier enthielten sich“, "voted 219-211", "voted
  61-37", "passed 29-21"; hundred-sixty-third, four-hundred-and-second), "Four Republicans
  ... and three Democrats" 4 and 3 (three-hundredth: a number word opening the row reads as
  digits), "60 votes", definite groups („Von 52 geprüften Rüstungsprojekten lagen 19“, „23
  der 96 geprüften Förderprogramme“, "the 16 states", "the 21 countries sharing the euro",
  "Of the 21 euro zone countries, 14", "Eight euro zone countries", "among 11 countries",
  "Of the 518 schools ..., only 143" - "only" no hedge -, "61 of the schools"; forty-first,
  three-hundred-and-forty-seventh), „14 bereits umgesetzte Empfehlungen“ („bereits" no
  hedge), „um 1900“ (Swiss, no separator), "two special funds" 2 („den beiden
  Sondervermögen" none, hundred-sixty-third), „mit zwei Kindern“ 2, "about 1.3 million more
  people" 1,300,000 "about" ("more" after the figure no hedge). Multiples (twenty-third,
  three-hundred-and-forty-seventh): "more than three times the £6.8 billion" 3 "over"; verbs
  carry none ("more than tripled", "more than doubled"; two-hundred-and-forty-fourth: a
  hedge before a verb bounds no figure).
- Fractions (the issue; every batch): "less than half the buffer" 0.5 "under"
  (four-hundred-and-second: "less than half its peak"), „knapp ein Zehntel aller
  Auszahlungen“ 0.1 "nearly", „rund ein Drittel davon“ 0.3333 "about", „Knapp zwei Drittel
  der Großstädte“ 0.6667 "nearly", „fast jeder zwölfte Euro“ 0.0833 "nearly"
  (hundred-fifty-fifth New: „jeder zwölfte“ 0.0833), "the poorest fifth of households" 0.2
  (four-hundred-and-second: "the richest fifth").
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt"): "for a second year"
  2, "the second-highest after Greece" 2, „den zweitgrößten Einzeletat“ 2, "the first
  binding limits ... since 2011" 1, "In the first half of the 2031-32 financial year" 1 with
  no fraction (hundred-sixty-third), „im ersten Halbjahr“ 1, „ab dem ersten Kilometer“ 1,
  "the highest since the Second World War" 2 (hundred-sixty-sixth, hundred-seventy-first: an
  ordinal in a name stays an ordinal); „erstmals“ none (forty-first), „die letzte
  Abstimmung“ none.
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"): „die viertägigen
  Beratungen“ 4 days (hundred-sixty-third: „der viertägigen Haushaltswoche“), „in seiner gut
  40-minütigen Einbringungsrede“ 40 minutes "over" and „In seiner knapp 80-minütigen
  Budgetrede“ 80 minutes "nearly" (four-hundred-and-second: „gut 50-minütigen“), „dauerte
  knapp 14 Stunden“ 14 hours "nearly", "after a nine-hour debate" 9 hours, "for 10 years",
  "over 10 years" twice and "for two years" with no hedge ("over" before a span,
  fifty-third), "for a further three years" 3 years ("further" no hedge,
  hundred-sixty-third), "a freeze that has lasted 11 years" (hundred-sixty-third: "16
  years"), "in five years" 5 years (three-hundred-and-forty-seventh: "in two years"), "with
  about four weeks left" 4 weeks "about", "is running four years late" 4 years
  (hundred-eighty-eighth: "running four years late") and „mehr als zwei Jahre hinter dem
  Zeitplan“ 2 years "over" by the same reading, maturities as above. None: "a year", „im
  Jahr“, „im vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“, „im kommenden Jahr“, „im
  laufenden Jahr“, „heuer“, „im selben Zeitraum“, "this year", "next year", "last year", "a
  year earlier", "the previous year", "the current budget year", "next week", "next month's
  budget", "next spring", "in the autumn", "since the autumn", "in the spring", "the summer
  recess", "mid-August", "early 2034", "months-long", "just days", "the early 1960s"
  (hundred-ninety-fourth: "the 1960s"), months ("in March", "in November", "in September",
  "from April", "in April", „bis Ende Juni“, „im März“), „in der Wintersession“, „am frühen
  Freitagmorgen“, weekdays.
- Years and dates: fiscal years with a hyphen or slash give both years ("2031-32" three
  times, "2032-33" twice, "2033-34", "2036-37", „Doppelhaushalt 2032/33“; fortieth,
  hundred-sixty-third, four-hundred-and-second); "fiscal 2030" and "fiscal 2031" the year
  (fifty-third); „Bemerkungen 2031“, „das Jahr 2030“, „Voranschlag 2031“, „Voranschlag
  2032“, „Haushalt 2032“, „Bundesetat 2032“, „Bundesrechnungsabschluss für 2030“, „im Jahr
  2030“, „seit Jänner 2029“ (the year only), „seit 2019“, „seit 2023“, „seit 2026“, „bis
  2032“, „bis 2034“, „bis 2035“, „bis Ende 2030“, „Ende 2030“, "in 2030", "in 2041", "after
  2032", "through 2035", "until 2035", "until early 2034", "since 2011", "in 2027", "by
  2034", "until April 2034" and "from April 2033" the year (hundred-sixty-third: "until
  April 2031"), "since German reunification in 1990". A full date: „zum 1. Januar 2032“
  2032-01-01. Dates without a year: "on June 4", "between Aug. 12 and Sept. 9" two dates,
  "since April 1", "on July 8", "on July 1", "on Sept. 30", "on Oct. 14", "until April 30",
  „ab dem 1. Dezember“, „für den 12. Dezember“, „ab dem 17. November“, „für den 19.
  Dezember“; Reuters datelines with a day ("BERLIN, Jan 15", "LUXEMBOURG, April 22",
  "BERLIN, May 15", "BERLIN, July 2", "WASHINGTON, July 23", "WASHINGTON, Oct 8", "LONDON,
  Oct 21", "LONDON, Nov 12", "BRUSSELS, Nov 19"; dates without a year,
  four-hundred-and-second); dpa (also "dpa/lby"), APA, Keystone-SDA, AP ("WASHINGTON (AP)
  —", "SACRAMENTO, Calif. (AP) —", "CHICAGO (AP) —") and PA ("LONDON (PA) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, "about", "roughly" "about"; „knapp“, „Knapp“,
  „fast“, "almost" "nearly"; „gut“, „mehr als“ before a figure, "more than" before a
  multiple, "above" right before a figure "over"; "less than" before a fraction "under";
  „bis zu“ "up_to"; „mindestens“ "at_least". No hedge: „lediglich“, „erst“, „nur“,
  „bereits“, „insgesamt“, „Insgesamt“, „zusätzlich“, „Zusätzliche“, „statt“, „ab“, „um“ and
  "by" before a change or a share, "just", "only", "alone", "a combined", "a further",
  "further", "up", "up from", "down from", "on average", "a median", "over" before a span,
  "below the", "above the" and „über der“ before a name, „unter die“ before a name, and
  comparisons after a figure („weniger als im Soll“, „mehr als im laufenden Jahr“, "more
  than forecast", "more than in the previous year", "more than the OBR had forecast").
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Bundesfinanzministerium am Dienstag mit“, „teilte die Eidgenössische Finanzverwaltung
  mit“, „teilte der Fiskalrat am Dienstag mit“, „teilte der Bundesrechnungshof am Dienstag
  mit“ and „teilte der Rechnungshof mit“ the source with its article, the weekday dropped
  (fifty-third, hundred-sixty-third, three-hundred-and-forty-seventh); „X sagte, ...“
  opening the row with the title and the party dropped („Grünen-Haushälterin Mareike
  Tönnesmann“, „SP-Nationalrätin Seraina Blumenthal-Caduff“, „Fiskalrat-Ökonomin Leonie
  Hasenbichler“, „Städtetag-Finanzexpertin Gesine Vennewald“, „Rechnungshof-Sprecherin
  Veronika Luefgruber“, „FDP-Nationalrat Lukas Grossenbacher“, „SPD-Haushälter Florian
  Kreuzpaintner“, „AfD-Haushälter Roland Scharfenort“ twice, „Wifo-Ökonom Clemens
  Hinterwallner“, „SPD-Haushälter Benedikt Auerhammer“, „SVP-Gemeinderat Urs
  Krähenbühl-Ott“, „Steuerzahlerbund-Referentin Anneliese Vorderbrügge“;
  hundred-sixty-third, three-hundred-and-forty-seventh, four-hundred-and-second). English:
  "the Federal Statistics Office said on Wednesday" and "the Congressional Budget Office
  said Tuesday" with the article, the weekday dropped, "..., the Office for Budget
  Responsibility said." and "The Office for Budget Responsibility said ..." opening the row
  with the article lowered, "Eurostat said on Tuesday" -> "Eurostat", "The European
  Commission said on Wednesday that ..." opening the row -> "the European Commission"
  (fifty-third, hundred-sixty-third, three-hundred-and-forty-seventh,
  four-hundred-and-fifty-first); "Rep. Harlan Vosbrink-Keane, R-Ohio, said", "Rep. Darnell
  Featherstone-Lyle, D-Mich., said" and "Sen. Tobias Winterbourne, R-Idaho, said" with the
  party and state label dropped (seventy-sixth, four-hundred-and-second); "IFS associate
  director Priyanka Draycott-Pryor said", "Greens budget spokeswoman Mareike Toennesmann
  said" (the name as Reuters spells it), "NAHT official Moira Tennant-Baxby said", "Ministry
  spokeswoman Katrin Wetterhahn said", "Liberal Democrat Treasury spokesperson Alistair
  Trevenna said", "Resolution Foundation economist Harriet Mansergh-Boyce said", "Commission
  spokeswoman Ilse Vandewalle-Moens said" the name with the role dropped
  (four-hundred-and-second), "Alderman Consuelo Marchetti-Oyelowo said" the name with
  "Alderman" dropped (three-hundred-and-ninety-eighth: "Alderman Pieter van Oudheusden
  said"), and a quoted figure followed by "said Yusuf Brennan-Ashdown, an economist at the
  Committee for a Responsible Federal Budget" the name (three-hundred-and-fifty-sixth,
  four-hundred-and-second). Each row's diacritics are its speaker's ("Mareike Tönnesmann" in
  dpa copy, "Mareike Toennesmann" in Reuters copy, "Urs Krähenbühl-Ott", "Anneliese
  Vorderbrügge"). Left unchecked (None): all negatives, also those with a named speaker;
  office-holders without a name (above); descriptions and roles ("the office said", "the
  spending watchdog said", "A Department for Education spokesperson said", "A Treasury
  spokesperson said", „Ein Sprecher des Verteidigungsministeriums wies ... zurück“;
  fifty-third, hundred-fifteenth); plural groups ("official tax estimators said",
  "Republican leaders said", "Republicans said", "Economists said", "Analysts said", "Budget
  analysts said", "Some investors said", "Officials in Brussels", „Die Koalitionsfraktionen
  verwiesen darauf“, „Mehrere Finanzminister der Länder warnten“; forty-first); verbs no
  batch settled as verbs of saying („wirft ... vor“, „warf ... vor“, „rät“, „empfehlen“,
  „mahnte ... an“, „appellierte“, „rechnet der Bundesrat“, „rechnen die Schätzer“, „rechnete
  Tönnesmann vor“, „lobte“, „sprach von“, „nannte“, „warnte“, "has found", "estimated",
  "projected", "forecast", "calculated", "expects", "called", "accused", "urged";
  hundred-sixty-third, three-hundred-and-forty-seventh, four-hundred-and-second); estimates,
  documents and data („heißt es in den Bemerkungen 2031 der Prüfbehörde“, „Das geht aus ...
  hervor“ twice, „wie aus den Unterlagen der Finanzverwaltung hervorgeht“, „wie Zahlen des
  Statistischen Bundesamts zeigen“ (four-hundred-and-fifty-first New: data as the subject of
  „zeigt“), „laut der Umfrage“, „hiess es“, "according to" the report, the Congressional
  Budget Office twice, the finance ministry and the Commission's assessment, "official
  figures showed", "Economists surveyed by Reuters had forecast"; hundred-tenth,
  hundred-sixty-third, four-hundred-and-second), a firm ("S&P Global Ratings said it would
  keep ..." - firms' "said" left unchecked as "Southern Water said" in the
  four-hundred-and-fifty-first, though the hundred-sixty-third checked "S&P said it
  expects"; this batch does not settle it), and rows without attribution. To keep the
  checked speakers near 35, as the three-hundred-and-forty-seventh and
  four-hundred-and-fifty-first batches did, several figures are given no attribution or an
  unchecked one (the Städtetag survey's share, the Statistisches Bundesamt's Kassenkredite,
  the finance ministry's NATO share, the CBO's debt limit and its caps' saving, the OBR's
  2036-37 deficit).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_459 = [
    # --- Haushaltsabschluss 2030 des Bundes (dpa), Dienstag, 14. Januar 2031 ---
    (
        "de",
        "Berlin (dpa) - Der Bund ist 2030 mit deutlich weniger neuen Krediten ausgekommen als geplant: Die Nettokreditaufnahme im Kernhaushalt lag bei 61,4 Milliarden Euro statt der veranschlagten 78,9 Milliarden Euro.",
        True,
        [("year", 2030, None, None), ("money", 61400000000, "EUR", None), ("money", 78900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Ausgaben summierten sich auf 502,7 Milliarden Euro und damit auf gut 4 Milliarden Euro weniger als im Soll, teilte das Bundesfinanzministerium am Dienstag mit.",
        True,
        [("money", 502700000000, "EUR", None), ("money", 4000000000, "EUR", "over")],
        "das Bundesfinanzministerium",
    ),
    (
        "de",
        "Grund seien vor allem Steuermehreinnahmen von 9,2 Milliarden Euro und Mittel, die mehrere Ressorts nicht abgerufen hätten.",
        True,
        [("money", 9200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Aus dem Sondervermögen Infrastruktur flossen 2030 lediglich 31,6 Milliarden Euro ab, eingeplant waren 44 Milliarden Euro.",
        True,
        [("year", 2030, None, None), ("money", 31600000000, "EUR", None), ("money", 44000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Grünen-Haushälterin Mareike Tönnesmann sagte, von den 100 Milliarden Euro, die den Ländern aus dem Topf zustehen, seien bislang erst 17 Prozent verbaut.",
        True,
        [("money", 100000000000, "EUR", None), ("percent", 17, "%", None)],
        "Mareike Tönnesmann",
    ),
    (
        "de",
        "„Das ist kein Grund zum Jubeln, sondern ein Auftrag, endlich ehrlicher zu planen“, sagte Tönnesmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesfinanzminister sagte, die Schuldenbremse sei im Jahr 2030 eingehalten worden.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    # --- German deficit 2030 (Reuters), Jan 15 ---
    (
        "en",
        "BERLIN, Jan 15 (Reuters) - Germany's public sector ran a deficit of 2.7% of gross domestic product in 2030, the Federal Statistics Office said on Wednesday, keeping Europe's largest economy below the European Union's 3% ceiling for a second year.",
        True,
        [
            ("date", "--01-15", None, None),
            ("percent", 2.7, "%", None),
            ("year", 2030, None, None),
            ("percent", 3, "%", None),
            ("ordinal", 2, None, None),
        ],
        "the Federal Statistics Office",
    ),
    (
        "en",
        "In absolute terms, federal, state and local governments and the social security funds together borrowed 118.5 billion euros, the office said.",
        True,
        [("money", 118500000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The federal government accounted for 81.2 billion euros of the gap, while the 16 states posted a combined deficit of 19.8 billion euros.",
        True,
        [("money", 81200000000, "EUR", None), ("count", 16, None, None), ("money", 19800000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Municipalities alone were 24.9 billion euros in the red, their largest shortfall since German reunification in 1990.",
        True,
        [("money", 24900000000, "EUR", None), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "Economists said the improvement owed more to delayed investment than to any lasting consolidation.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ten-year Bund yields rose 3 basis points to 2.81% after the data.",
        True,
        [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 2.81, "%", None)],
        None,
    ),
    # --- CBO budget outlook (AP), Feb 11 ---
    (
        "en",
        "WASHINGTON (AP) — The federal government is on track for a $2.24 trillion deficit in the current budget year, the Congressional Budget Office said Tuesday, as rising interest costs outpace growth in tax revenue.",
        True,
        [("money", 2240000000000, "USD", None)],
        "the Congressional Budget Office",
    ),
    (
        "en",
        "That would equal 6.4% of the nation's economy, up 0.3 percentage points from fiscal 2030.",
        True,
        [("percent", 6.4, "%", None), ("percent", 0.3, "pp", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Net interest payments are projected to reach $1.18 trillion, more than the government spends on Medicare or on defense.",
        True,
        [("money", 1180000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Federal debt in the hands of the public is set to rise from 103% of GDP this year to 124% in 2041, according to the report.",
        True,
        [("percent", 103, "%", None), ("percent", 124, "%", None), ("year", 2041, None, None)],
        None,
    ),
    (
        "en",
        "The CBO director told reporters the projections assume that tax cuts scheduled to expire after 2032 will lapse as current law requires.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Rep. Harlan Vosbrink-Keane, R-Ohio, said his committee would take up a plan in March to hold growth in discretionary spending to 1% a year for 10 years.",
        True,
        [("percent", 1, "%", None), ("duration", 10, "year", None)],
        "Harlan Vosbrink-Keane",
    ),
    (
        "en",
        '"We are borrowing from our children to pay interest to our creditors," Vosbrink-Keane said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Sen. Lorraine Hatchard-Bligh, D-Vt., called the report "a flashing red light" for the Republican tax agenda.',
        False,
        [],
        None,
    ),
    # --- Rechnung 2030 des Bundes (Keystone-SDA), Dienstag, 18. Februar ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit einem Fehlbetrag von 1,4 Milliarden Franken hat der Bund das Jahr 2030 abgeschlossen, budgetiert war ein Minus von 2,6 Milliarden Franken.",
        True,
        [("money", 1400000000, "CHF", None), ("year", 2030, None, None), ("money", 2600000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die ordentlichen Einnahmen stiegen um 3,8 Prozent auf 88,9 Milliarden Franken, teilte die Eidgenössische Finanzverwaltung mit.",
        True,
        [("percent", 3.8, "%", None), ("money", 88900000000, "CHF", None)],
        "die Eidgenössische Finanzverwaltung",
    ),
    (
        "de",
        "Vor allem die Verrechnungssteuer brachte mit 9,7 Milliarden Franken gut 1,5 Milliarden mehr ein als erwartet.",
        True,
        [("money", 9700000000, "CHF", None), ("money", 1500000000, "CHF", "over")],
        None,
    ),
    (
        "de",
        "Die Vorgaben der Schuldenbremse seien damit eingehalten, sagte die Finanzministerin vor den Medien in Bern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für 2031 rechnet der Bundesrat trotz des Entlastungspakets mit einem Defizit von rund 800 Millionen Franken.",
        True,
        [("year", 2031, None, None), ("money", 800000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "SP-Nationalrätin Seraina Blumenthal-Caduff sagte, die Armee erhalte bis 2032 zusätzlich 4,1 Milliarden Franken, während bei der Entwicklungshilfe 1,2 Milliarden gestrichen würden.",
        True,
        [("year", 2032, None, None), ("money", 4100000000, "CHF", None), ("money", 1200000000, "CHF", None)],
        "Seraina Blumenthal-Caduff",
    ),
    (
        "de",
        "«Der Bund spart am falschen Ort, und er spart bei den Falschen», sagte Blumenthal-Caduff.",
        False,
        [],
        None,
    ),
    # --- Maastricht-Defizit Österreichs (APA), Dienstag, 25. Februar ---
    (
        "de",
        "Wien (APA) - Österreichs Maastricht-Defizit ist im Vorjahr auf 3,9 Prozent des Bruttoinlandsprodukts (BIP) gesunken, nach 4,4 Prozent im Jahr davor.",
        True,
        [("percent", 3.9, "%", None), ("percent", 4.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Staatsschulden stiegen auf 86,1 Prozent des BIP oder rund 437 Milliarden Euro, teilte der Fiskalrat am Dienstag mit.",
        True,
        [("percent", 86.1, "%", None), ("money", 437000000000, "EUR", "about")],
        "der Fiskalrat",
    ),
    (
        "de",
        "Damit liegt Österreich weiterhin klar über der Maastricht-Grenze von 60 Prozent.",
        True,
        [("percent", 60, "%", None)],
        None,
    ),
    (
        "de",
        "Fiskalrat-Ökonomin Leonie Hasenbichler sagte, ohne zusätzliche Maßnahmen werde das Defizit heuer bei 3,6 Prozent liegen und erst 2033 unter die Drei-Prozent-Grenze fallen.",
        True,
        [("percent", 3.6, "%", None), ("year", 2033, None, None), ("percent", 3, "%", None)],
        "Leonie Hasenbichler",
    ),
    (
        "de",
        "„Die Konsolidierung ist eingeleitet, geschafft ist sie noch lange nicht“, sagte Hasenbichler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gegen Österreich läuft seit Jänner 2029 ein EU-Defizitverfahren.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Der Finanzminister sagte, man liege beim Abbaupfad im Plan und werde 2031 ein Defizit von 3,3 Prozent erreichen.",
        True,
        [("year", 2031, None, None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die FPÖ warf der Regierung vor, die Sanierung des Budgets auf die lange Bank zu schieben.",
        False,
        [],
        None,
    ),
    # --- Spring Statement (PA), March 19 ---
    (
        "en",
        "LONDON (PA) - The Chancellor has just £6.8 billion of headroom against the main fiscal rule, less than half the buffer set aside in the autumn, the Office for Budget Responsibility said.",
        True,
        [("money", 6800000000, "GBP", None), ("fraction", 0.5, None, "under")],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "The watchdog now expects the economy to grow by 0.9 per cent this year, down from 1.4 per cent.",
        True,
        [("percent", 0.9, "%", None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "Public sector net borrowing is now expected to reach £118.6 billion in 2031-32, £9.3 billion more than forecast in November.",
        True,
        [
            ("money", 118600000000, "GBP", None),
            ("year", 2031, None, None),
            ("year", 2032, None, None),
            ("money", 9300000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "The Chancellor told MPs that day-to-day spending by Whitehall departments would grow by 1.2 per cent a year in real terms until 2035.",
        True,
        [("percent", 1.2, "%", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        '"We will not take risks with the public finances, not now and not ever," the Chancellor told the House of Commons.',
        False,
        [],
        None,
    ),
    (
        "en",
        "IFS associate director Priyanka Draycott-Pryor said debt interest would cost £131 billion in 2031-32, more than the entire schools budget.",
        True,
        [("money", 131000000000, "GBP", None), ("year", 2031, None, None), ("year", 2032, None, None)],
        "Priyanka Draycott-Pryor",
    ),
    ("en", '"This is a statement that buys time rather than making choices," Draycott-Pryor said.', False, [], None),
    # --- Bemerkungen des Bundesrechnungshofs (dpa), Dienstag, 8. April ---
    (
        "de",
        "Bonn (dpa) - Der Bundesrechnungshof wirft dem Verteidigungsministerium vor, bei der Beschaffung von Transportfahrzeugen rund 1,3 Milliarden Euro zu viel ausgegeben zu haben.",
        True,
        [("money", 1300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Von 52 geprüften Rüstungsprojekten lagen 19 mehr als zwei Jahre hinter dem Zeitplan, heißt es in den Bemerkungen 2031 der Prüfbehörde.",
        True,
        [
            ("count", 52, None, None),
            ("count", 19, None, None),
            ("duration", 2, "year", "over"),
            ("year", 2031, None, None),
        ],
        None,
    ),
    (
        "de",
        "Aus dem Sondervermögen Bundeswehr seien bis Ende 2030 erst 71 Prozent der gebundenen Mittel tatsächlich abgeflossen, teilte der Bundesrechnungshof am Dienstag mit.",
        True,
        [("year", 2030, None, None), ("percent", 71, "%", None)],
        "der Bundesrechnungshof",
    ),
    (
        "de",
        "Im Einzelplan 14 seien im vergangenen Jahr Ausgabereste von 6,2 Milliarden Euro aufgelaufen.",
        True,
        [("money", 6200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Prüfer empfehlen, Großprojekte ab einem Volumen von 25 Millionen Euro künftig nur noch mit unabhängiger Kostenschätzung zu starten.",
        True,
        [("money", 25000000, "EUR", None)],
        None,
    ),
    ("de", "Zudem mahnte die Behörde mehr Haushaltsdisziplin in allen Ressorts an.", False, [], None),
    (
        "de",
        "Ein Sprecher des Verteidigungsministeriums wies die Kritik zurück und verwies auf 14 bereits umgesetzte Empfehlungen aus früheren Berichten.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    # --- Euro zone deficits (Reuters), April 22 ---
    (
        "en",
        "LUXEMBOURG, April 22 (Reuters) - Budget deficits across the euro zone shrank to 3.1% of GDP in 2030 from 3.4% a year earlier, Eurostat said on Tuesday.",
        True,
        [
            ("date", "--04-22", None, None),
            ("percent", 3.1, "%", None),
            ("year", 2030, None, None),
            ("percent", 3.4, "%", None),
        ],
        "Eurostat",
    ),
    (
        "en",
        "Government debt in the 21 countries sharing the euro edged down to 88.4% of GDP from 88.9%.",
        True,
        [("count", 21, None, None), ("percent", 88.4, "%", None), ("percent", 88.9, "%", None)],
        None,
    ),
    (
        "en",
        "Eight euro zone countries ran deficits above the bloc's 3% limit, led by France at 5.2% and Belgium at 4.7%.",
        True,
        [("count", 8, None, None), ("percent", 3, "%", None), ("percent", 5.2, "%", None), ("percent", 4.7, "%", None)],
        None,
    ),
    (
        "en",
        "Italy's debt stood at 139.6% of GDP, the second-highest after Greece.",
        True,
        [("percent", 139.6, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Germany was among 11 countries whose debt exceeded the 60% reference value.",
        True,
        [("count", 11, None, None), ("percent", 60, "%", None)],
        None,
    ),
    (
        "en",
        "Officials in Brussels privately questioned whether the Commission would have the appetite to punish large member states.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Commission is due to publish its assessment of national plans on June 4.",
        True,
        [("date", "--06-04", None, None)],
        None,
    ),
    # --- Steuerschätzung im Mai (dpa), Donnerstag, 15. Mai ---
    (
        "de",
        "Berlin (dpa) - Die Steuerschätzer sagen dem Staat bis 2035 Einnahmen voraus, die um 41,7 Milliarden Euro unter ihrer Herbstprognose liegen.",
        True,
        [("year", 2035, None, None), ("money", 41700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus der Steuerschätzung hervor, die der Bundesfinanzminister am Donnerstag in Berlin vorstellte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf den Bund entfallen davon bis 2035 knapp 19 Milliarden Euro, auf die Länder gut 14 Milliarden und auf die Gemeinden rund 8 Milliarden Euro.",
        True,
        [
            ("year", 2035, None, None),
            ("money", 19000000000, "EUR", "nearly"),
            ("money", 14000000000, "EUR", "over"),
            ("money", 8000000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Insgesamt rechnen die Schätzer für 2031 mit Steuereinnahmen von 1,071 Billionen Euro.",
        True,
        [("year", 2031, None, None), ("money", 1071000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bundesfinanzminister sagte, die Lücke im Haushalt 2032 wachse damit auf 22 Milliarden Euro.",
        True,
        [("year", 2032, None, None), ("money", 22000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die fetten Jahre sind endgültig vorbei, und das muss jetzt jeder in diesem Kabinett verstehen“, sagte der Minister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Städtetag-Finanzexpertin Gesine Vennewald sagte, viele Städte müssten die Grundsteuer erhöhen, wenn der Bund nicht mindestens 5 Milliarden Euro im Jahr zusätzlich bereitstelle.",
        True,
        [("money", 5000000000, "EUR", "at_least")],
        "Gesine Vennewald",
    ),
    # --- German tax estimate (Reuters), May 15 ---
    (
        "en",
        "BERLIN, May 15 (Reuters) - German tax revenue will fall 41.7 billion euros short of earlier estimates through 2035, official tax estimators said on Thursday, widening the hole in next year's budget.",
        True,
        [("date", "--05-15", None, None), ("money", 41700000000, "EUR", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "The federal government's share of the shortfall is almost 19 billion euros.",
        True,
        [("money", 19000000000, "EUR", "nearly")],
        None,
    ),
    (
        "en",
        "The finance minister told reporters the funding gap for 2032 had grown to 22 billion euros and that all ministries would have to contribute.",
        True,
        [("year", 2032, None, None), ("money", 22000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Greens budget spokeswoman Mareike Toennesmann said the coalition had locked in 9 billion euros of new tax breaks for companies since the autumn.",
        True,
        [("money", 9000000000, "EUR", None)],
        "Mareike Toennesmann",
    ),
    ("en", '"The coalition has been spending money it never had," Toennesmann said.', False, [], None),
    (
        "en",
        "The yield on 10-year Bunds held steady at 2.77%.",
        True,
        [("duration", 10, "year", None), ("percent", 2.77, "%", None)],
        None,
    ),
    # --- Debt limit X-date (AP), June 3 ---
    (
        "en",
        "WASHINGTON (AP) — The United States could exhaust its ability to pay all its bills as early as mid-August if Congress does not raise the $47.1 trillion debt limit, according to the Congressional Budget Office.",
        True,
        [("money", 47100000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The nonpartisan office estimated that the government would hit the so-called X-date between Aug. 12 and Sept. 9, depending on tax receipts.",
        True,
        [("date", "--08-12", None, None), ("date", "--09-09", None, None)],
        None,
    ),
    (
        "en",
        "The Treasury has been using extraordinary measures to stay under the cap since April 1, freeing up roughly $390 billion.",
        True,
        [("date", "--04-01", None, None), ("money", 390000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        'The Treasury Secretary urged congressional leaders to act "well before" the summer recess.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rep. Darnell Featherstone-Lyle, D-Mich., said Democrats would not support any increase tied to the $1.6 trillion in spending cuts Republicans have demanded over 10 years.",
        True,
        [("money", 1600000000000, "USD", None), ("duration", 10, "year", None)],
        "Darnell Featherstone-Lyle",
    ),
    (
        "en",
        '"We will not let them take the country\'s credit rating hostage," Featherstone-Lyle said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"The market has priced in some drama, but not a default," said Ingrid Castellanos-Moor, a fiscal analyst with the Bipartisan Policy Center.',
        False,
        [],
        None,
    ),
    (
        "en",
        "One-month Treasury bill yields jumped 11 basis points to 4.62% on Tuesday.",
        True,
        [("duration", 1, "month", None), ("percent", 11, "bp", None), ("percent", 4.62, "%", None)],
        None,
    ),
    # --- School rebuilding programme (PA), June 17 ---
    (
        "en",
        "LONDON (PA) - A flagship programme to rebuild crumbling schools in England is running four years late and is forecast to cost £3.4 billion more than planned, the National Audit Office has found.",
        True,
        [("duration", 4, "year", None), ("money", 3400000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Of the 518 schools selected in 2027, only 143 have been rebuilt, the spending watchdog said.",
        True,
        [("count", 518, None, None), ("year", 2027, None, None), ("count", 143, None, None)],
        None,
    ),
    (
        "en",
        "The Department for Education now expects the total bill to reach £11.2 billion, against an original budget of £7.8 billion.",
        True,
        [("money", 11200000000, "GBP", None), ("money", 7800000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Ambition without realistic costing is how programmes end up here," the head of the National Audit Office said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "NAHT official Moira Tennant-Baxby said 61 of the schools on the list still relied on temporary classrooms.",
        True,
        [("count", 61, None, None)],
        "Moira Tennant-Baxby",
    ),
    (
        "en",
        "The chair of the Public Accounts Committee said MPs would question officials from the department on July 8.",
        True,
        [("date", "--07-08", None, None)],
        None,
    ),
    (
        "en",
        "A Department for Education spokesperson said the government remained committed to getting every pupil into a safe building.",
        False,
        [],
        None,
    ),
    # --- Bundesrechnungsabschluss 2030 (APA), Mittwoch, 25. Juni ---
    (
        "de",
        "Wien (APA) - Der Bund hat im Vorjahr ein Nettofinanzierungsdefizit von 17,3 Milliarden Euro verbucht, um 2,2 Milliarden Euro weniger als im Budget veranschlagt.",
        True,
        [("money", 17300000000, "EUR", None), ("money", 2200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Bundesrechnungsabschluss für 2030 hervor, den der Rechnungshof am Mittwoch vorlegte.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Die Finanzschulden des Bundes erreichten Ende 2030 einen Stand von 312,4 Milliarden Euro.",
        True,
        [("year", 2030, None, None), ("money", 312400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für Zinsen musste der Bund 8,9 Milliarden Euro aufwenden, knapp ein Zehntel aller Auszahlungen, teilte der Rechnungshof mit.",
        True,
        [("money", 8900000000, "EUR", None), ("fraction", 0.1, None, "nearly")],
        "der Rechnungshof",
    ),
    (
        "de",
        "Der Rechnungshof rät, Doppelförderungen durch Bund und Länder bis 2034 mit einer gemeinsamen Prüfstelle abzustellen.",
        True,
        [("year", 2034, None, None)],
        None,
    ),
    (
        "de",
        "Zudem appellierte der Rechnungshof an die Regierung, die Dynamik bei den Ausgaben ernster zu nehmen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rechnungshof-Sprecherin Veronika Luefgruber sagte, 23 der 96 geprüften Förderprogramme seien nie auf ihre Wirkung überprüft worden.",
        True,
        [("count", 23, None, None), ("count", 96, None, None)],
        "Veronika Luefgruber",
    ),
    (
        "de",
        "„Wir prüfen nicht, um recht zu haben, sondern damit sich etwas ändert“, sagte Luefgruber.",
        False,
        [],
        None,
    ),
    # --- California budget (AP), June 27 ---
    (
        "en",
        "SACRAMENTO, Calif. (AP) — California lawmakers on Friday passed a $318 billion state budget that closes a $19 billion deficit, days before the fiscal year begins on July 1.",
        True,
        [("money", 318000000000, "USD", None), ("money", 19000000000, "USD", None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "The plan taps $7.5 billion in reserves and pushes back $4 billion in spending on transit and housing.",
        True,
        [("money", 7500000000, "USD", None), ("money", 4000000000, "USD", None)],
        None,
    ),
    ("en", "The governor is expected to sign the budget by Monday.", True, [], None),
    (
        "en",
        "The nonpartisan Legislative Analyst's Office projected that the state faces deficits of about $22 billion a year through 2035.",
        True,
        [("money", 22000000000, "USD", "about"), ("year", 2035, None, None)],
        None,
    ),
    ("en", 'Republicans said the budget was held together by "gimmicks and wishful thinking."', False, [], None),
    (
        "en",
        '"We closed the gap without abandoning working families," the governor said in a statement.',
        False,
        [],
        None,
    ),
    # --- Kabinett beschließt Haushaltsentwurf 2032 (dpa), Mittwoch, 2. Juli ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung hat ihren Etatentwurf für 2032 mit Ausgaben von 548,3 Milliarden Euro auf den Weg gebracht.",
        True,
        [("year", 2032, None, None), ("money", 548300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Nettokreditaufnahme im Kernhaushalt soll bei 74,5 Milliarden Euro liegen, hinzu kommen Kredite von 58 Milliarden Euro aus den beiden Sondervermögen.",
        True,
        [("money", 74500000000, "EUR", None), ("money", 58000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Größter Einzeletat bleibt mit 197,6 Milliarden Euro der Haushalt des Arbeits- und Sozialministeriums.",
        True,
        [("money", 197600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für Verteidigung sind 103,2 Milliarden Euro vorgesehen, 9,4 Milliarden mehr als im laufenden Jahr, womit das Ressort erstmals den zweitgrößten Einzeletat stellt.",
        True,
        [("money", 103200000000, "EUR", None), ("money", 9400000000, "EUR", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Für Verkehr sind 49,8 Milliarden Euro eingeplant, für Bildung und Forschung 24,1 Milliarden Euro.",
        True,
        [("money", 49800000000, "EUR", None), ("money", 24100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bundeskanzler sagte, trotz der Lücke von 22 Milliarden Euro werde es keine Steuererhöhungen geben.",
        True,
        [("money", 22000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Dieser Haushalt ist Ausdruck von Verantwortung für kommende Generationen“, sagte der Kanzler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Finanzplanung sieht bis 2035 einen Handlungsbedarf von insgesamt 96 Milliarden Euro vor.",
        True,
        [("year", 2035, None, None), ("money", 96000000000, "EUR", None)],
        None,
    ),
    ("de", "Die Linke sprach von einem „Haushalt der sozialen Kälte“.", False, [], None),
    # --- German draft budget (Reuters), July 2 ---
    (
        "en",
        "BERLIN, July 2 (Reuters) - Germany's cabinet approved a 548.3 billion euro draft budget for 2032 on Wednesday, with defence spending rising by 9.4 billion euros to 103.2 billion euros.",
        True,
        [
            ("date", "--07-02", None, None),
            ("money", 548300000000, "EUR", None),
            ("year", 2032, None, None),
            ("money", 9400000000, "EUR", None),
            ("money", 103200000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "The core budget foresees 74.5 billion euros of net new borrowing, while a further 58 billion euros will be raised through two special funds for infrastructure and the military.",
        True,
        [("money", 74500000000, "EUR", None), ("money", 58000000000, "EUR", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Defence spending counted under NATO criteria will reach 3.1% of GDP in 2032, according to the finance ministry.",
        True,
        [("percent", 3.1, "%", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Ministry spokeswoman Katrin Wetterhahn said the government would close the 22 billion euro gap in its finance plan mainly through spending cuts rather than new taxes.",
        True,
        [("money", 22000000000, "EUR", None)],
        "Katrin Wetterhahn",
    ),
    ("en", "Economists said the plan leaned heavily on growth assumptions that looked optimistic.", False, [], None),
    ("en", "Investment will hit a record 121 billion euros.", True, [("money", 121000000000, "EUR", None)], None),
    # --- House debt limit vote (AP), July 16 ---
    (
        "en",
        "WASHINGTON (AP) — The House voted 219-211 on Wednesday to raise the nation's debt limit by $4.2 trillion, sending the measure to the Senate with about four weeks left before the government could run short of cash.",
        True,
        [
            ("count", 219, None, None),
            ("count", 211, None, None),
            ("money", 4200000000000, "USD", None),
            ("duration", 4, "week", "about"),
        ],
        None,
    ),
    (
        "en",
        "Four Republicans voted against the bill and three Democrats voted for it.",
        True,
        [("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The legislation pairs the increase with caps that hold nondefense discretionary spending flat for two years, saving about $310 billion, according to the Congressional Budget Office.",
        True,
        [("duration", 2, "year", None), ("money", 310000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Republican leaders said the caps would cut projected deficits by $1.1 trillion over 10 years if they were extended.",
        True,
        [("money", 1100000000000, "USD", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        '"Tonight the House chose the hard path over the easy one," said Rep. Harlan Vosbrink-Keane, R-Ohio.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Senate leaders plan to bring the bill to the floor next week, and it will need 60 votes to advance.",
        True,
        [("count", 60, None, None)],
        None,
    ),
    ("en", "Analysts said a last-minute deal remained the most likely outcome.", False, [], None),
    # --- Senate passes debt limit (Reuters), July 23 ---
    (
        "en",
        "WASHINGTON, July 23 (Reuters) - The U.S. Senate voted 61-37 on Wednesday to lift the federal debt ceiling by $4.2 trillion, ending a months-long standoff just days before the Treasury's projected X-date.",
        True,
        [
            ("date", "--07-23", None, None),
            ("count", 61, None, None),
            ("count", 37, None, None),
            ("money", 4200000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The increase is expected to last until early 2034, the Treasury Secretary said.",
        True,
        [("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "Sen. Tobias Winterbourne, R-Idaho, said the accompanying caps were the first binding limits on discretionary outlays since 2011.",
        True,
        [("ordinal", 1, None, None), ("year", 2011, None, None)],
        "Tobias Winterbourne",
    ),
    ("en", '"We kicked the can again, just with a bigger boot," Winterbourne said.', False, [], None),
    (
        "en",
        "Yields on one-month Treasury bills fell 14 basis points to 4.31% after the vote.",
        True,
        [("duration", 1, "month", None), ("percent", 14, "bp", None), ("percent", 4.31, "%", None)],
        None,
    ),
    # --- Voranschlag 2032 (Keystone-SDA), Mittwoch, 20. August ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat budgetiert für 2032 ein Defizit von 1,1 Milliarden Franken, obwohl er ein Entlastungspaket von rund 2,9 Milliarden Franken umsetzt.",
        True,
        [("year", 2032, None, None), ("money", 1100000000, "CHF", None), ("money", 2900000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Ausgaben steigen gegenüber dem Voranschlag 2031 um 2,7 Prozent auf 91,4 Milliarden Franken, wie aus den Unterlagen der Finanzverwaltung hervorgeht.",
        True,
        [("year", 2031, None, None), ("percent", 2.7, "%", None), ("money", 91400000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Armee erhält 7,3 Milliarden Franken, das sind 0,81 Prozent des BIP.",
        True,
        [("money", 7300000000, "CHF", None), ("percent", 0.81, "%", None)],
        None,
    ),
    (
        "de",
        "Weil die Schuldenbremse ein Defizit in dieser Höhe nicht zulasse, würden 900 Millionen Franken als ausserordentlich verbucht, hiess es.",
        True,
        [("money", 900000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "FDP-Nationalrat Lukas Grossenbacher sagte, der Bund habe seine Ausgaben seit 2019 um 22 Prozent gesteigert, die Teuerung betrage im selben Zeitraum aber nur 9 Prozent.",
        True,
        [("year", 2019, None, None), ("percent", 22, "%", None), ("percent", 9, "%", None)],
        "Lukas Grossenbacher",
    ),
    (
        "de",
        "«Wer immer nur Ausgaben verteilt, muss sich über Defizite nicht wundern», sagte Grossenbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die eidgenössischen Räte behandeln das Budget in der Wintersession ab dem 1. Dezember.",
        True,
        [("date", "--12-01", None, None)],
        None,
    ),
    # --- Doppelhaushalt in Bayern (dpa/lby), Dienstag, 9. September ---
    (
        "de",
        "München (dpa/lby) - Das bayerische Kabinett hat den Entwurf für den Doppelhaushalt 2032/33 mit einem Volumen von 168,4 Milliarden Euro beschlossen.",
        True,
        [("year", 2032, None, None), ("year", 2033, None, None), ("money", 168400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Von der Möglichkeit, neue Kredite von bis zu 0,35 Prozent des BIP aufzunehmen, will der Freistaat keinen Gebrauch machen, sagte der bayerische Finanzminister.",
        True,
        [("percent", 0.35, "%", "up_to")],
        None,
    ),
    ("de", "Bayern hält damit auch im Doppelhaushalt an der schwarzen Null fest.", True, [], None),
    (
        "de",
        "Stattdessen sollen 2,6 Milliarden Euro aus der Rücklage entnommen werden, die damit auf rund 4,1 Milliarden Euro schrumpft.",
        True,
        [("money", 2600000000, "EUR", None), ("money", 4100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für die Kommunen sind im kommunalen Finanzausgleich 2032 erstmals mehr als 12 Milliarden Euro vorgesehen.",
        True,
        [("year", 2032, None, None), ("money", 12000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "SPD-Haushälter Florian Kreuzpaintner sagte, der Freistaat lasse Mittel von 15,7 Milliarden Euro aus dem Infrastruktur-Sondervermögen ungenutzt liegen.",
        True,
        [("money", 15700000000, "EUR", None)],
        "Florian Kreuzpaintner",
    ),
    ("de", "„Vorsicht ist keine Strategie, wenn Brücken und Schulen verfallen“, sagte Kreuzpaintner.", False, [], None),
    (
        "de",
        "Der Bund der Steuerzahler in Bayern lobte den Verzicht auf neue Schulden als „vorbildlich“.",
        False,
        [],
        None,
    ),
    # --- Erste Lesung im Bundestag (dpa), Dienstag, 16. September ---
    (
        "de",
        "Berlin (dpa) - Mit einer scharfen Abrechnung der Opposition hat der Bundestag die viertägigen Beratungen über den Haushalt 2032 begonnen.",
        True,
        [("duration", 4, "day", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Der Bundesfinanzminister sagte in seiner gut 40-minütigen Einbringungsrede, die Zinsausgaben des Bundes würden 2032 erstmals 40 Milliarden Euro übersteigen.",
        True,
        [("duration", 40, "minute", "over"), ("year", 2032, None, None), ("money", 40000000000, "EUR", None)],
        None,
    ),
    ("de", "„Wir sparen dort, wo es vertretbar ist, und nirgends sonst“, sagte der Minister.", False, [], None),
    (
        "de",
        "AfD-Haushälter Roland Scharfenort sagte, die Koalition plane allein für Klimaprojekte im Ausland 6,8 Milliarden Euro ein.",
        True,
        [("money", 6800000000, "EUR", None)],
        "Roland Scharfenort",
    ),
    (
        "de",
        "Scharfenort warf der Regierung vor, das Land „sehenden Auges“ in die Überschuldung zu führen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Koalitionsfraktionen verwiesen darauf, dass der Etat für Bildung und Forschung um 6 Prozent steigt.",
        True,
        [("percent", 6, "%", None)],
        None,
    ),
    ("de", "Die Schlussabstimmung ist für den 12. Dezember angesetzt.", True, [("date", "--12-12", None, None)], None),
    # --- U.S. fiscal 2031 deficit (Reuters), Oct 8 ---
    (
        "en",
        "WASHINGTON, Oct 8 (Reuters) - The U.S. government ran a budget deficit of about $2.19 trillion in fiscal 2031, which ended on Sept. 30, the Congressional Budget Office estimated on Wednesday.",
        True,
        [
            ("date", "--10-08", None, None),
            ("money", 2190000000000, "USD", "about"),
            ("year", 2031, None, None),
            ("date", "--09-30", None, None),
        ],
        None,
    ),
    (
        "en",
        "That was $118 billion more than in the previous year, as net interest outlays jumped 14% to $1.16 trillion.",
        True,
        [("money", 118000000000, "USD", None), ("percent", 14, "%", None), ("money", 1160000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Receipts rose 5% to $5.41 trillion, helped by tariff revenue of roughly $260 billion.",
        True,
        [("percent", 5, "%", None), ("money", 5410000000000, "USD", None), ("money", 260000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Spending on Social Security grew 7% to $1.73 trillion.",
        True,
        [("percent", 7, "%", None), ("money", 1730000000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Interest costs have more than doubled in five years," said Yusuf Brennan-Ashdown, an economist at the Committee for a Responsible Federal Budget.',
        True,
        [("duration", 5, "year", None)],
        "Yusuf Brennan-Ashdown",
    ),
    ("en", '"Nobody in Washington wants to own this number," Brennan-Ashdown said.', False, [], None),
    (
        "en",
        "Budget analysts said there was little sign that either party was ready to tackle the underlying gap.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Treasury Department will publish its final figures for the fiscal year on Oct. 14.",
        True,
        [("date", "--10-14", None, None)],
        None,
    ),
    # --- Budgetrede im Nationalrat (APA), Mittwoch, 15. Oktober ---
    (
        "de",
        "Wien (APA) - Der Finanzminister hat am Mittwoch im Nationalrat das Budget für 2032 präsentiert, das ein Maastricht-Defizit von 2,9 Prozent des BIP vorsieht.",
        True,
        [("year", 2032, None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Damit würde Österreich erstmals seit 2023 wieder die Drei-Prozent-Grenze einhalten.",
        True,
        [("year", 2023, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "In seiner knapp 80-minütigen Budgetrede kündigte der Minister Einsparungen von 3,2 Milliarden Euro an, rund ein Drittel davon bei den Förderungen.",
        True,
        [("duration", 80, "minute", "nearly"), ("money", 3200000000, "EUR", None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Die Schuldenquote soll bis 2035 um 4,1 Prozentpunkte auf 82,5 Prozent sinken.",
        True,
        [("year", 2035, None, None), ("percent", 4.1, "pp", None), ("percent", 82.5, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir haben die Trendwende geschafft, ohne das Land kaputtzusparen“, sagte der Finanzminister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wifo-Ökonom Clemens Hinterwallner sagte, das Defizitziel sei nur mit einem Wachstum von mindestens 1,2 Prozent erreichbar, das Wifo erwarte aber lediglich 0,8 Prozent.",
        True,
        [("percent", 1.2, "%", "at_least"), ("percent", 0.8, "%", None)],
        "Clemens Hinterwallner",
    ),
    ("de", "Die Grünen sprachen von einem „Sparbudget ohne Kompass“.", False, [], None),
    (
        "de",
        "Die Budgetdebatte im Nationalrat ist für die Woche ab dem 17. November geplant.",
        True,
        [("date", "--11-17", None, None)],
        None,
    ),
    # --- UK public finances (Reuters), Oct 21 ---
    (
        "en",
        "LONDON, Oct 21 (Reuters) - British public sector borrowing in September was 17.4 billion pounds, higher than economists had expected, official figures showed on Tuesday.",
        True,
        [("date", "--10-21", None, None), ("money", 17400000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Economists surveyed by Reuters had forecast a median 15.9 billion pounds.",
        True,
        [("money", 15900000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "In the first half of the 2031-32 financial year, borrowing totalled 99.8 billion pounds, 7.6 billion pounds more than the OBR had forecast.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2031, None, None),
            ("year", 2032, None, None),
            ("money", 99800000000, "GBP", None),
            ("money", 7600000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Debt interest payments in September alone came to 9.1 billion pounds.",
        True,
        [("money", 9100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Public sector net debt stood at 96.2% of GDP, close to levels last seen in the early 1960s.",
        True,
        [("percent", 96.2, "%", None)],
        None,
    ),
    (
        "en",
        "Economists said the figures left the Chancellor with little room for giveaways in next month's budget.",
        False,
        [],
        None,
    ),
    ("en", "A Treasury spokesperson said the government's fiscal rules were non-negotiable.", False, [], None),
    # --- Gemeindefinanzen (dpa), Mittwoch, 22. Oktober ---
    (
        "de",
        "Berlin (dpa) - Die deutschen Städte und Gemeinden steuern auf ein Rekorddefizit von mehr als 31 Milliarden Euro zu.",
        True,
        [("money", 31000000000, "EUR", "over")],
        None,
    ),
    ("de", "Das geht aus einer Umfrage des Deutschen Städtetags unter seinen Mitgliedern hervor.", True, [], None),
    (
        "de",
        "Die Kassenkredite der Kommunen kletterten bis Ende Juni auf 38,4 Milliarden Euro, wie Zahlen des Statistischen Bundesamts zeigen.",
        True,
        [("money", 38400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der Großstädte können laut der Umfrage für 2032 keinen ausgeglichenen Haushalt vorlegen.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Die Ausgaben für Sozialleistungen stiegen im ersten Halbjahr um 11,2 Prozent.",
        True,
        [("ordinal", 1, None, None), ("percent", 11.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der Rat der Stadt Oberhausen beschloss, den Hebesatz der Grundsteuer B von 930 auf 1.090 Prozent anzuheben.",
        True,
        [("percent", 930, "%", None), ("percent", 1090, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir sind zum Ausfallbürgen von Bund und Ländern geworden“, sagte Städtetag-Finanzexpertin Gesine Vennewald.",
        False,
        [],
        None,
    ),
    ("de", "Der Städtetag warnte, ohne Hilfe drohe vielerorts ein Stillstand bei den Investitionen.", False, [], None),
    # --- UK Budget (PA), Nov 12 ---
    (
        "en",
        "LONDON (PA) - The Chancellor has raised £27 billion a year in new taxes in a Budget that freezes income tax thresholds for a further three years.",
        True,
        [("money", 27000000000, "GBP", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The personal allowance will stay at £13,150 and the higher-rate threshold at £52,480 until April 2034.",
        True,
        [("money", 13150, "GBP", None), ("money", 52480, "GBP", None), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility said the freeze would drag about 1.3 million more people into paying income tax by 2033-34.",
        True,
        [("count", 1300000, None, "about"), ("year", 2033, None, None), ("year", 2034, None, None)],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "The basic rate of income tax will be cut by 1p to 19p in the pound from April 2033.",
        True,
        [("money", 0.01, "GBP", None), ("money", 0.19, "GBP", None), ("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "The state pension will increase by 4.3% in April in line with the triple lock.",
        True,
        [("percent", 4.3, "%", None)],
        None,
    ),
    (
        "en",
        "Fuel duty will rise by 4p a litre from April, ending a freeze that has lasted 11 years.",
        True,
        [("money", 0.04, "GBP", None), ("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "The tax burden is forecast to reach 38.9 per cent of national income in 2032-33, the highest since the Second World War.",
        True,
        [
            ("percent", 38.9, "%", None),
            ("year", 2032, None, None),
            ("year", 2033, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Headroom against the fiscal rule rises to £21.4 billion, more than three times the £6.8 billion left in the spring.",
        True,
        [("money", 21400000000, "GBP", None), ("count", 3, None, "over"), ("money", 6800000000, "GBP", None)],
        None,
    ),
    ("en", '"I have chosen stability over easy applause," the Chancellor told the Commons.', False, [], None),
    (
        "en",
        "Liberal Democrat Treasury spokesperson Alistair Trevenna said pensioners would pay £2.3 billion more a year by 2034 because of the frozen allowance.",
        True,
        [("money", 2300000000, "GBP", None), ("year", 2034, None, None)],
        "Alistair Trevenna",
    ),
    ("en", 'The Shadow Chancellor accused the Government of a "stealth raid on working families."', False, [], None),
    # --- UK Budget and gilts (Reuters), Nov 12 ---
    (
        "en",
        "LONDON, Nov 12 (Reuters) - British government bond yields fell after the Chancellor more than tripled the fiscal buffer in Wednesday's budget, easing investor worries about the public finances.",
        True,
        [("date", "--11-12", None, None)],
        None,
    ),
    (
        "en",
        "Ten-year gilt yields dropped 9 basis points to 4.38%, their lowest since March.",
        True,
        [("duration", 10, "year", None), ("percent", 9, "bp", None), ("percent", 4.38, "%", None)],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility forecast public sector net borrowing of 104.7 billion pounds in 2032-33, or 3.2% of GDP.",
        True,
        [
            ("money", 104700000000, "GBP", None),
            ("year", 2032, None, None),
            ("year", 2033, None, None),
            ("percent", 3.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "By 2036-37, the deficit is projected to shrink to 2.1% of GDP.",
        True,
        [("year", 2036, None, None), ("year", 2037, None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "The watchdog raised its growth forecast for 2032 to 1.5% from 1.2%.",
        True,
        [("year", 2032, None, None), ("percent", 1.5, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "Resolution Foundation economist Harriet Mansergh-Boyce said the poorest fifth of households would lose about 310 pounds a year on average from the tax changes.",
        True,
        [("fraction", 0.2, None, None), ("money", 310, "GBP", "about")],
        "Harriet Mansergh-Boyce",
    ),
    ("en", "Some investors said the larger cushion could vanish quickly if growth disappointed.", False, [], None),
    # --- Bereinigungssitzung (dpa), Freitag, 14. November ---
    (
        "de",
        "Berlin (dpa) - In ihrer Bereinigungssitzung haben die Haushälter des Bundestags die Ausgaben für 2032 um 2,8 Milliarden auf 551,1 Milliarden Euro erhöht.",
        True,
        [("year", 2032, None, None), ("money", 2800000000, "EUR", None), ("money", 551100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Sitzung dauerte knapp 14 Stunden und endete erst am frühen Freitagmorgen.",
        True,
        [("duration", 14, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Die Nettokreditaufnahme steigt um 1,9 Milliarden auf 76,4 Milliarden Euro.",
        True,
        [("money", 1900000000, "EUR", None), ("money", 76400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zusätzliche 1,2 Milliarden Euro fließen in den Bau von Schienenwegen, 450 Millionen Euro in die Sanierung von Schulen.",
        True,
        [("money", 1200000000, "EUR", None), ("money", 450000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "SPD-Haushälter Benedikt Auerhammer sagte, mit dem Haushalt würden erstmals mehr als 3 Prozent der Wirtschaftsleistung für Verteidigung ausgegeben.",
        True,
        [("percent", 3, "%", "over")],
        "Benedikt Auerhammer",
    ),
    ("de", "„Das ist ein Haushalt, der Sicherheit und Zusammenhalt zusammendenkt“, sagte Auerhammer.", False, [], None),
    (
        "de",
        "Grünen-Haushälterin Mareike Tönnesmann warf der Koalition vor, „Haushaltspolitik nach Kassenlage“ zu betreiben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Klima- und Transformationsfonds werde im kommenden Jahr um 4,6 Milliarden Euro gekürzt, rechnete Tönnesmann vor.",
        True,
        [("money", 4600000000, "EUR", None)],
        None,
    ),
    # --- EU draft budget opinions (Reuters), Nov 19 ---
    (
        "en",
        "BRUSSELS, Nov 19 (Reuters) - The European Commission said on Wednesday that the 2032 draft budgets of France, Belgium and Slovakia risked breaching the net expenditure paths agreed under the bloc's fiscal rules.",
        True,
        [("date", "--11-19", None, None), ("year", 2032, None, None)],
        "the European Commission",
    ),
    (
        "en",
        "France's plan puts its deficit at 4.6% of GDP next year, while the Commission's own forecast sees 4.9%.",
        True,
        [("percent", 4.6, "%", None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "Net spending in France would grow 1.9%, above the 1.3% ceiling set for 2032, the Commission calculated.",
        True,
        [("percent", 1.9, "%", None), ("percent", 1.3, "%", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Of the 21 euro zone countries, 14 were found to be fully compliant, according to the Commission's assessment.",
        True,
        [("count", 21, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Speaking to reporters, the EU's economy commissioner said German defence spending above 1.5% of GDP was covered by the national escape clause.",
        True,
        [("percent", 1.5, "%", "over")],
        None,
    ),
    (
        "en",
        "Commission spokeswoman Ilse Vandewalle-Moens said Paris had until April 30 to submit corrective measures.",
        True,
        [("date", "--04-30", None, None)],
        "Ilse Vandewalle-Moens",
    ),
    ("en", '"Nobody is asking for austerity, but rules are rules," Vandewalle-Moens said.', False, [], None),
    (
        "en",
        "Analysts said the Commission was unlikely to open new procedures before France's elections next spring.",
        False,
        [],
        None,
    ),
    # --- Budget der Stadt Zürich (Keystone-SDA), Mittwoch, 3. Dezember ---
    (
        "de",
        "Zürich (Keystone-SDA) - Das Stadtzürcher Parlament hat den Voranschlag 2032 mit einem Defizit von 148 Millionen Franken genehmigt.",
        True,
        [("year", 2032, None, None), ("money", 148000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel mit 68 zu 53 Stimmen.",
        True,
        [("count", 68, None, None), ("count", 53, None, None)],
        None,
    ),
    (
        "de",
        "Ein Antrag, den Steuerfuss von 118 auf 115 Prozent zu senken, fand keine Mehrheit.",
        True,
        [("percent", 118, "%", None), ("percent", 115, "%", None)],
        None,
    ),
    (
        "de",
        "SVP-Gemeinderat Urs Krähenbühl-Ott sagte, die Zahl der städtischen Vollzeitstellen sei seit 2026 um 1900 gestiegen.",
        True,
        [("year", 2026, None, None), ("count", 1900, None, None)],
        "Urs Krähenbühl-Ott",
    ),
    ("de", "«Die Stadt lebt auf Pump und nennt es Zukunftsinvestition», sagte Krähenbühl-Ott.", False, [], None),
    ("de", "Ob das Defizit aus dem Eigenkapital gedeckt werden kann, liess der Stadtrat offen.", False, [], None),
    # --- Chicago budget (AP), Dec 10 ---
    (
        "en",
        "CHICAGO (AP) — The City Council approved a $17.9 billion budget for 2032 on Wednesday that closes a $1.2 billion shortfall with new fees, pension borrowing and a hiring freeze.",
        True,
        [("money", 17900000000, "USD", None), ("year", 2032, None, None), ("money", 1200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The measure passed 29-21 after a nine-hour debate.",
        True,
        [("count", 29, None, None), ("count", 21, None, None), ("duration", 9, "hour", None)],
        None,
    ),
    (
        "en",
        "The budget raises the city's property tax levy by $150 million and adds a 1.5% surcharge on ride-hailing trips.",
        True,
        [("money", 150000000, "USD", None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "en",
        "Alderman Consuelo Marchetti-Oyelowo said the levy increase would cost the owner of a typical home about $240 a year.",
        True,
        [("money", 240, "USD", "about")],
        "Consuelo Marchetti-Oyelowo",
    ),
    ("en", '"We balanced this budget on the backs of homeowners," Marchetti-Oyelowo said.', False, [], None),
    ("en", "S&P Global Ratings said it would keep the city's BBB rating on negative outlook.", True, [], None),
    ("en", 'The mayor said the city had "turned the corner" on its structural deficit.', False, [], None),
    # --- Bundestag beschließt Haushalt 2032 (dpa), Freitag, 12. Dezember ---
    (
        "de",
        "Berlin (dpa) - Das Parlament hat den Bundesetat 2032 mit Ausgaben von 551,1 Milliarden Euro beschlossen.",
        True,
        [("year", 2032, None, None), ("money", 551100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für den Etat stimmten 371 Abgeordnete, dagegen 259, vier enthielten sich.",
        True,
        [("count", 371, None, None), ("count", 259, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Nettokreditaufnahme liegt bei 76,4 Milliarden Euro, mit den Krediten der Sondervermögen sind es gut 134 Milliarden Euro.",
        True,
        [("money", 76400000000, "EUR", None), ("money", 134000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Vorgaben der Schuldenbremse würden eingehalten, sagte der Bundesfinanzminister nach dem Votum.",
        True,
        [],
        None,
    ),
    ("de", "„Wir haben Kurs gehalten, auch als der Wind von vorn kam“, sagte der Minister.", False, [], None),
    (
        "de",
        "AfD-Haushälter Roland Scharfenort sagte, inzwischen fließe fast jeder zwölfte Euro im Etat in Zinsen.",
        True,
        [("fraction", 0.0833, None, "nearly")],
        "Roland Scharfenort",
    ),
    (
        "de",
        "Im Bundesrat ist die letzte Abstimmung über den Etat für den 19. Dezember geplant.",
        True,
        [("date", "--12-19", None, None)],
        None,
    ),
    # --- Steuerentlastung im Bundesrat (dpa), Freitag, 19. Dezember ---
    (
        "de",
        "Berlin (dpa) - Der Bundesrat hat den Weg für Steuerentlastungen von rund 11 Milliarden Euro im Jahr frei gemacht.",
        True,
        [("money", 11000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Grundfreibetrag steigt zum 1. Januar 2032 um 348 Euro auf 13.332 Euro.",
        True,
        [("date", "2032-01-01", None, None), ("money", 348, "EUR", None), ("money", 13332, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Kinderfreibetrag wird um 216 Euro auf 7.536 Euro angehoben, das Kindergeld um sechs Euro auf 274 Euro im Monat.",
        True,
        [
            ("money", 216, "EUR", None),
            ("money", 7536, "EUR", None),
            ("money", 6, "EUR", None),
            ("money", 274, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Spitzensteuersatz von 42 Prozent wird künftig ab 74.880 Euro zu versteuerndem Einkommen fällig.",
        True,
        [("percent", 42, "%", None), ("money", 74880, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Pendlerpauschale steigt auf 42 Cent ab dem ersten Kilometer.",
        True,
        [("money", 0.42, "EUR", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Steuerzahlerbund-Referentin Anneliese Vorderbrügge sagte, eine Familie mit zwei Kindern und 60.000 Euro Einkommen werde um rund 310 Euro im Jahr entlastet.",
        True,
        [("count", 2, None, None), ("money", 60000, "EUR", None), ("money", 310, "EUR", "about")],
        "Anneliese Vorderbrügge",
    ),
    (
        "de",
        "„Das ist ein Schritt in die richtige Richtung, mehr aber auch nicht“, sagte Vorderbrügge.",
        False,
        [],
        None,
    ),
    ("de", "Mehrere Finanzminister der Länder warnten vor neuen Löchern in ihren Haushalten.", False, [], None),
]
