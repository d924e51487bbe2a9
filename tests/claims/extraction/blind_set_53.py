"""Fifty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Ministers, officials, economists and
figures are made up (Konrad Hallberger, Rudolf Wallner, Markus Stelzhammer, Helga Mairhofer,
Gabriele Taurer, Jörg Kleinwächter, Tobias Reimann, Regula Zwahlen, Rebecca Ashdown, Simon
Thackeray, Paul Merriman, Dale Whitcomb, Denise Ortega, Michael Brandt, Gareth Lyle, Alice
Carrow, Daniel Morrow, Shona Kerr, Caleb Warner, Hannah Pryce, Mark Delaney); real
institutions, agencies and places such as "Fiskalrat", "Statistik Austria", "Wifo",
"Gemeindebund", "Budgetdienst", "Bundesrechnungshof", "Rechnungshof", "Finanzagentur",
"Statistisches Bundesamt", "Bundesrat", "EFV", "Office for Budget Responsibility",
"Institute for Fiscal Studies", "Resolution Foundation", "HMRC", "Congressional Budget
Office", "IRS", "Local Government Association", "Legislative Analyst's Office" and
"Department of Finance" stand for the way wire copy names them; every budget, deficit,
threshold, rate and forecast here is invented, except the UK personal allowance of £12,570,
kept as the domain's best-known threshold.

Its weight: PUBLIC FINANCES, BUDGETS AND TAXES. German copy (APA, dpa, Reuters, Keystone-SDA,
sda): an Austrian budget speech and the Fiskalrat's verdict, tax brackets and the
"kalte Progression", Land budgets and Gemeinden, a factbox of budget figures, the German tax
estimate ("Steuerschätzung"), the federal budget under the Schuldenbremse with its special
funds, Bund yields, municipal finances, the Grundsteuer Hebesatz and restaurant VAT,
allowances and flat rates ("Grundfreibetrag", "Kinderfreibetrag", "Entfernungspauschale",
"Reichensteuer", "Solidaritätszuschlag"), the Bundesrat and the Länder with the Finanzausgleich,
the courts of audit, the Swiss federal budget (Bundesrat, EFV, Schuldenbremse,
Entlastungspaket, 13. AHV-Rente) and cantonal budgets. English wire copy (PA, Reuters, AP,
AAP, Bloomberg-style): a UK Budget with the OBR's forecasts, IFS and Resolution Foundation
distribution analysis, ONS public finances and HMRC receipts, gilts, council tax and Scottish
income tax, the CBO outlook and the Treasury's monthly statement, the debt limit, IRS
inflation adjustments, Social Security, U.S. state and city budgets, Australian federal and
NSW budgets, Canada, New Zealand, India, Ireland, Japan and the European Commission's
forecasts. Number forms this batch weights: budget totals and deficits, debt ratios,
shares of GDP, rates and brackets written as lists, thresholds and allowances, per-capita
and per-household amounts, fiscal years in every spelling ("2025/26", "2025-26", "2027/28",
"2027–2029", "FY2026", "FY26", "fiscal 2026", "tax year 2026", "im Haushaltsjahr 2026",
"im Finanzjahr 2026", "Landesvoranschlag 2026"), multi-year plans ("bis 2029", "über zwölf
Jahre", "over 10 years"), basis points, percentage points, comparisons ("um 4,3 Milliarden
mehr als im Vorjahr"), amounts in words ("knapp eine Viertelmilliarde", "eine
Dreiviertelmilliarde", "eine halbe Milliarde", "zweieinhalb Milliarden", "mehr als eine
Billion", "a quarter of a trillion dollars", "three-quarters of a billion pounds", "half a
trillion pounds", "a trillion dollars", "Rs 14.8 lakh crore") and deficits written with
"minus" or a minus sign. Negatives as such copy has them: budget rhetoric and catchwords in
quotes, promises phrased as values, quoted indignation, commentary, reproaches, open
questions, advice, market colour, scene colour, headings and boilerplate.

232 rows (116 German, 116 English), 50 negatives (25 German, 25 English), 182 check-worthy
rows of which 6 carry no figure (5 German, 1 English), 449 expected quantities (164 amounts
of money, 110 years, 98 percentages, 19 counts, 18 dates, 18 durations, 13 fractions, 9
ordinals; none of them in negatives), 39 checked speakers (15 German, 24 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence or one factbox line and is judged alone (sixteenth batch); a
  Konjunktiv I paraphrase reporting a figure is check-worthy with the speaker its own
  attribution gives ("Von den geprüften 1,4 Milliarden Euro ... seien rund 310 Millionen
  Euro ... ausbezahlt worden, teilte der Rechnungshof mit." -> "der Rechnungshof"), while a
  Konjunktiv I paraphrase of rhetoric is a negative ("Die Regierung werde den Gürtel enger
  schnallen, kündigte der Vizekanzler an.", fiftieth batch). Factbox lines are check-worthy,
  the label before a colon carrying nothing ("Maastricht-Saldo 2026:", "Schuldenquote:",
  "Zinsausgaben:", "Borrowing 2025-26:", "Underlying primary balance:", thirty-fourth and
  forty-sixth batches); a heading for them is a negative ("Die Budgetzahlen im Überblick:",
  "Key numbers from the Budget:").
- Promises: a stated plan or pledge with a checkable content stays check-worthy (seventh and
  twenty-ninth batches: "Die Regierung will ... ein Doppelbudget für 2027/28 vorlegen.",
  "Mayor Denise Ortega told reporters the city would not bring back the head tax." with its
  speaker); a promise phrased as a value or a slogan, without a figure or a checkable
  measure, is a negative („Wir hinterlassen unseren Kindern keinen Schuldenberg“,
  ""... there will be no return to austerity,"", "„Leistung muss sich ... wieder lohnen“").
- Fiscal years: a year span written with a slash, a hyphen or, new, an en dash gives both
  years ("2025/26", "2027/28", "2025-26", "2029-30", "2010-11", "2027–2029"; fortieth and
  fiftieth batches). New: "FY" glued to a year is that fiscal year and gives the year
  ("FY2026" 2026, "FY2027", "FY2028", "FY2035"), and a two-digit "FY26" is read in its
  century (2026), as the two-digit end of "2026-27" (fortieth) - unlike programme names and
  codes with a glued figure ("Air2030", "EF3", fiftieth and forty-seventh), "FY" names a
  year and nothing else. "fiscal 2026", "tax year 2026", "The 2026 fiscal year", "im
  Haushaltsjahr 2026", "im Finanzjahr 2026", "Landesvoranschlag 2026", "Voranschlag 2025",
  "Budget 2026", "Haushalt 2026", "Entlastungspaket 2027" the year (as "Budget 2026" and
  "Armeebotschaft 2025", fortieth and fiftieth); "the 2017 Tax Cuts and Jobs Act" the year
  (as "the 2020 election"); "this fiscal year", "the fiscal year starting in April", "the
  year to June 2026" (the year only), "im laufenden Jahr", "im Vorjahr", "next year" none;
  "the early 1960s" none (a decade, as "the 1970s").
- Amounts in words. New: a fraction of a scale word is that share of it and takes the
  currency written, as "half a billion dollars" (first batch) and "eine halbe Million
  Schuss" (fiftieth): "knapp eine Viertelmilliarde Euro" 250,000,000 EUR "nearly", "knapp
  eine Dreiviertelmilliarde Euro" 750,000,000 EUR "nearly" (as "Viertelstunde" and
  "Dreiviertelstunde" are 0.25 and 0.75 hours), "eine halbe Milliarde Euro" 500,000,000
  EUR, "a quarter of a trillion dollars" 2.5e11 USD, "three-quarters of a billion pounds"
  7.5e8 GBP, "more than half a trillion pounds" 5e11 GBP "over", "almost half a billion
  pounds" 5e8 GBP "nearly"; a share of a thing stays a fraction ("about a quarter of it"
  0.25, "almost a third of all tax revenue" 0.3333). "zweieinhalb Milliarden Euro" 2.5e9
  (as "eineinhalb Milliarden Euro"); an article before a scale word is one of it ("eine
  Billion" 1e12, "a trillion dollars" 1e12 USD, as "eine Milliarde Euro", twenty-ninth, and
  "more than a million soldiers", fiftieth), and "erstmals mehr als eine Billion" after
  "Milliarden Euro" earlier in the sentence is money in EUR "over" (a currency named earlier
  in the same sentence, fourth batch; so are "um 4,3 Milliarden mehr als im Vorjahr", "6,1
  Milliarden", "knapp 3 Milliarden", "mehr als 170 Milliarden", "2,4 Mia." before "3,1 Mia.
  Franken", the list rule of the forty-sixth batch, and "in Kärnten bei 3.110" after "2.340
  Euro"). New: "Rs 14.8 lakh crore" is 1.48e13 INR, the two Indian scale words multiplied
  (a lakh 100,000 and a crore 10,000,000, twelfth and thirtieth batches), as "1,2 Billionen";
  "Rs 12 lakh" 1,200,000 INR. "einen dreistelligen Millionenbetrag" carries none (a vague
  magnitude, as "einen zweistelligen Millionenbetrag", fifty-first).
- Negative balances: "minus" before a figure is its sign ("bei minus 4,7 Prozent des BIP"
  -4.7, "minus 0.6% of GDP" -0.6, "minus 1.1%" -1.1, forty-second batch: "minus 18,50 Euro");
  a hyphen right before a figure with no figure before it is a minus ("-4,2 % des BIP" and
  "-4,5 %" in a factbox, forty-sixth); new, by the same rules: "(Vorjahr: minus 13,2 Mrd.)"
  is -13,200,000,000 EUR, the currency carried from "15,8 Mrd. Euro" earlier in the
  sentence. Words of direction leave the value as written (eleventh batch): "ein Minus von
  212 Mio. Fr." 212,000,000 CHF, "einen Abgang von 287 Millionen Euro", "a deficit of
  C$71.6 billion", "Finanzierungsdefizit von 0,8 Mia. Franken" positive.
- Rates and brackets: a list that writes "Prozent" once gives every figure of it as a
  percentage (forty-sixth batch), 0 included (as "KPÖ 0"): "0, 20, 30, 40, 48 und 50
  Prozent" six percentages; "10%, 12%, 22%, 24%, 32%, 35% and 37%" seven, with "The seven
  tax rates" count 7; "von 19 auf 7 Prozent", "von 15 auf 10 Prozent", "von 690 auf 810
  Prozent" two each (a Hebesatz is a percentage as written); "98 Prozent der einfachen
  Staatssteuer" percent 98; "the 40% higher rate", "the 45% additional rate", "the 16%
  rate" percentages. Thresholds and allowances are money ("personal allowance of £12,570",
  "Grundfreibetrag ... auf 12.396 Euro", "tax-free threshold remains at A$18,200"); "between
  £12,571 and £15,600" and "between A$18,201 and A$45,000" two amounts with no hedge
  (fourteenth); "von Fr. 1'200 in Zug bis Fr. 14'900" a range, two amounts, no hedge.
- Bounds of an income group: "above £125,500", "above £126,000" "over" (as "People with
  assets above £23,250", forty-ninth); "incomes over $641,300", "über 1 Million Euro", "mehr
  als 2.500 Euro" "over"; "earning less than $500,000" "under"; "up to Rs 12 lakh" "up_to";
  new: "für Einkommen ab 277.826 Euro" is "at_least" - "ab" straight before a figure that
  bounds a group from below, the counterpart of "Pensionen bis 2.500 Euro brutto" ("up_to",
  fortieth) and of "aged 65 and over" ("at_least", forty-ninth); a starting price ("ab 69,90
  Euro", forty-eighth) names the cheapest offer and stays without a hedge, and "Ab einem zu
  versteuernden Einkommen von 69.904 Euro" carries none ("von" stands between), as "ab 1.
  Januar" is a date.
- New hedge words, mapped to the names in use: "maximal" before a figure is "at_most", as
  "höchstens" (first batch) and "no more than" (twenty-second); "annähernd" is "nearly", as
  "nahezu" (forty-eighth) and "beinahe" (ninth); "in excess of" is "over", as "upwards of".
  Otherwise: "rund", "etwa", "about", "around", "roughly", "an estimated" "about"; "knapp",
  "fast", "almost", "nearly", "close to" "nearly"; "gut", "mehr als", "über" before a
  figure, "more than" "over"; "bis zu", "up to" "up_to"; "weniger als", "less than" "under";
  "nur", "allein", "alone", "just", "insgesamt", "im Schnitt", "on average", "an average
  of", "a record", "zusätzlich", "weitere", "jährlich", "pauschal" no hedge; "top",
  "crossed", "pass", "more than doubles", "more than tripled", "verdoppeln" carry none of
  their own (verbs, thirty-second and ninth batches).
- Shares of output are percentages and "des BIP", "of GDP", "der Wirtschaftsleistung" carry
  none (fiftieth); moves in points are percentage points ("0,2 Prozentpunkte mehr", "um 0,5
  Prozentpunkte", "by 1.2 percentage points", "by 0.3 percentage points" pp); basis points
  are bp ("um zwölf Basispunkte", "14 basis points", twenty-sixth and later batches), the
  bond's maturity a duration ("der zehnjährigen Bundesanleihe", "Ten-year gilt yields", "The
  30-year gilt yield"); "4.5 per cent" percent (earlier batches).
- Per head and per household: "pro Kopf", "je Einwohner", "Pro-Kopf-Verschuldung", "per
  person", "per household", "per recipient", "pro Kind und Jahr", "im Monat", "im Jahr", "a
  year", "a week", "a month", "a litre" carry none, the amount before them is money
  (forty-second and forty-ninth batches): "7.950 Euro pro Kopf", "rund 380 Euro je
  Einwohner", "roughly $113,000 per person", "about $290,000 per household", "38 Cent je
  Kilometer" 0.38 EUR (twelfth), "rund 40 Cent" 0.4 EUR "about", "52.95p a litre" 0.5295 GBP
  (pence, forty-sixth).
- New: "Nulldefizit" and "die schwarze Null" carry no quantity - names of a balanced budget,
  as "Nullzins", "Nulllohnrunde" and "Nulltarif" in earlier batches. Identifiers carry none:
  "Grundsteuer B", "Band D", "section 114" (a legal reference, forty-second), "ACC", "CO2"
  (forty-second); "post-war", "first-time buyers" (as "first-class", thirty-fourth) none.
- Counts, fractions and ordinals: "Von den 2.092 ... Gemeinden ... nur 1.127", "41 der 69
  Stimmen", "zwölf von 16", "Bei 17 von 40 ... Förderfällen" two counts each (definite
  groups, forty-first); "in drei Stufen", "in fünf Schritten", "Six councils", "six income
  tax bands" counts; "rund 14,2 Millionen Steuerpflichtige", "rund sechs Millionen", "about
  16,000 jobs", "an estimated 920,000", "an estimated 1.3 million" counts with their hedges;
  "nearly four times the level" count 4 "times" "nearly" (as "almost five times",
  forty-fifth). "Jede vierte", "Jeder dritte Bundesfranken" (as "jeder dritte Rubel",
  fiftieth), "fast jeder dritte Euro" "nearly", "Mehr als jede dritte" "over", "gut ein
  Fünftel" "over", "rund zwei Drittel" "about", "mehr als die Hälfte" "over", "almost one in
  five" 0.2 "nearly", "one in eight" 0.125, "Around one in 10" 0.1 "about" (as "Nine in 10",
  forty-ninth), and, new, "the poorest tenth" 0.1 (a tenth of households, as "a tenth of its
  workforce"). "die erste Tarifstufe", "ab dem ersten Kilometer", "im ersten Halbjahr", "for
  the first time", "the second-highest", "der 13. AHV-Rente" ordinals; "For the first two
  months" and "in the first seven months" ordinal 1 with 2 and 7 months (forty-second);
  "erstmals", "den größten Posten", "the largest increase", "the weakest", "the lowest
  share" none.
- Durations: "in den kommenden vier Jahren", "auf zwölf Jahre angelegt", "auf drei Tage
  angesetzt", "over five years", "over 10 years", "over four years", "over the next four
  years", "over the next two years" (no hedge, twenty-fifth), "Over the 10-year budget
  window" 10 years (no hedge: "Over" before "the"), "within the next 12 months", "135 days
  after the deadline", "its smallest in four years" and "the lowest share in 18 years" (as
  "hottest day in 12 years", forty-third); "Over the decade", "a decade earlier", "a year
  earlier", "on the year" none.
- Dates: datelines with a day ("LONDON, Nov 21 (Reuters)", "WASHINGTON, Feb 11 (Reuters)",
  "CANBERRA, May 12 (AAP)", "OTTAWA, Nov 4 (Reuters)", "NEW DELHI, Feb 1 (Reuters)",
  "DUBLIN, Oct 8 (Reuters)", "TOKYO, Dec 19 (Reuters)", "BRUSSELS, Nov 25 (Reuters)") dates
  without a year; other datelines none. "am 18. November" --11-18, "mit 1. Jänner" and "zum
  1. Januar", "ab 1. Januar" --01-01, "on April 1", "starting April 1" --04-01, "on Oct. 1"
  --10-01, "until April 15" --04-15, "on Dec. 4" --12-04, "from July 1, 2026" 2026-07-01;
  "until April 2031", "bis Ende 2026", "by June 2029" the years; months and weekdays alone
  ("im Mai", "in April", "until September", "am Freitag", "on Tuesday") none.
- Check-worthy without a figure: the tax estimate's publication, a ministry's denial of a
  spending freeze, the audit office's published criticism and the ministry's rejection of it
  (forty-ninth), a "dreistelliger Millionenbetrag" overrun, and a mayor's stated position.
- Negatives, as budget copy has them: quoted rhetoric, catchwords and indignation of
  ministers, budget spokesmen, party whips, senators and opposition spokesmen
  ("Offenbarungseid", "Warnsignal", ""a smash and grab on working families"", ""lost
  control of spending"", ""the most irresponsible budget in a generation""), promises as
  values (above), commentary ("Die Budgetsanierung ist kein Sprint, sondern ein
  Marathon.", "Die Schuldenbremse ist tot, es lebe die Schuldenbremse.", "Washington has a
  spending problem, not a revenue problem."), reproaches and verdicts without a checkable
  claim ("Die Kantone werfen dem Bund vor ...", "Critics say ...", "Ministers insist ...",
  "Pensioners' groups described the decision as "a betrayal"."), open questions ("Ob ...",
  "Whether the fiscal rules survive ..."), market colour ("Händler sprachen von ...",
  "Traders said the market would be watching ..."), feelings and scene colour ("fühlen sich
  ... im Stich gelassen", "sichtlich erleichtert", jeers in the Commons, "reacted ... with
  dismay"), advice ("Tax professionals advise ...", "Taxpayers can track ..."), and
  boilerplate ("Alle Angaben laut Budgetbericht ...", "Weitere Informationen ...", "Figures
  may not sum because of rounding.", a live-blog line, a reporting credit).
- Speakers, checked only in forms the earlier batches settled, and in one decided here:
  "sagte Hallberger", "sagte Finanzministerin Regula Zwahlen vor den Medien" (the title and
  "vor den Medien" dropped, fortieth), "teilte Finanzreferentin Gabriele Taurer
  mit" (as "teilte EU-Haushaltskommissar Piotr Nowakowski mit") the name; "teilte die
  Statistik Austria / der Gemeindebund / die Finanzagentur / das Bundesfinanzministerium /
  der Rechnungshof mit", "wie das Statistische Bundesamt mitteilte", "nach Angaben des
  Bundesrechnungshofs" -> "der Bundesrechnungshof", "nach Angaben des Landes Steiermark" ->
  "das Land Steiermark", "Dem Fiskalrat zufolge" -> "der Fiskalrat" the source with its
  article in the nominative; "Laut Fiskalrat", "Laut Wifo" as written; new: "teilte die EFV
  mit" -> "die EFV", an abbreviation with its article as "die RTR" (fifty-first), while "wie
  die Eidgenössische Finanzverwaltung mitteilte" stays unchecked (a capitalised adjective
  heading the name, fortieth). English: "the Office for Budget Responsibility said", "the
  OBR said", "the Institute for Fiscal Studies said", "the IFS said", "the Resolution
  Foundation said", "the Office for National Statistics said", "the Local Government
  Association said", "the Congressional Budget Office said on Wednesday", "the CBO said",
  "the Treasury Department said", "the IRS said", "the Legislative Analyst's Office said",
  "the finance department said", "the finance ministry said", "the Department of Finance
  said", "the European Commission said" with the article in lower case; "HMRC said" as
  written (as "Ofcom said"); "Brandt told parliament", "Finance Minister Alice Carrow told
  reporters", "Mayor Denise Ortega told reporters", "Finance Secretary Shona Kerr told
  Holyrood" (as "told parliament"), "Treasury Secretary Caleb Warner told CNBC" (as "told
  Swedish radio") and "Treasurer Daniel Morrow said" the name. Left unchecked (None):
  "beziffert", "rechnet", "hält ... für wahrscheinlich", "warnt", "nach Einschätzung des
  Fiskalrats", "nach Schätzung des Ministeriums", "laut den Budgetunterlagen" (verbs not of
  saying, estimates and documents, fortieth and forty-ninth), "Der Bundesrat hat ...
  verabschiedet", "the OBR now expects", "The CBO projected", "the Commission forecast",
  "the Committee for a Responsible Federal Budget estimated", "The Joint Committee on
  Taxation estimated", "the agency said" (a description, forty-second), "the trustees said"
  (a plural group), "the Scottish Government said" (a capitalised adjective heading the
  name), "Britain's fiscal watchdog said" (a description), "according to Treasury
  costings", "according to a survey by ...", "HMRC figures showed", "Treasury figures /
  data showed", "official figures show", "budget papers show", rows without attribution
  and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_53 = [
    # === German =================================================================================
    # --- Budgetrede in Wien (APA) ---
    ("de", "Wien (APA) - Finanzminister Konrad Hallberger hat am Mittwoch im Nationalrat den Budgetentwurf für 2026 vorgelegt, der Ausgaben von 128,4 Milliarden Euro vorsieht.", True, [("year", 2026, None, None), ("money", 128400000000, "EUR", None)], None),
    ("de", "Die Einnahmen sollen auf 111,9 Milliarden Euro steigen, um 4,3 Milliarden mehr als im Vorjahr.", True, [("money", 111900000000, "EUR", None), ("money", 4300000000, "EUR", None)], None),
    ("de", "Das gesamtstaatliche Defizit soll 2026 auf 4,2 Prozent des BIP sinken, nach 4,5 Prozent im laufenden Jahr, sagte Hallberger.", True, [("year", 2026, None, None), ("percent", 4.2, "%", None), ("percent", 4.5, "%", None)], "Hallberger"),
    ("de", "Laut den Budgetunterlagen klettert die Schuldenquote von 82,3 Prozent des BIP auf 84,6 Prozent im Jahr 2027.", True, [("percent", 82.3, "%", None), ("percent", 84.6, "%", None), ("year", 2027, None, None)], None),
    ("de", "Für Zinsen muss der Bund im Finanzjahr 2026 knapp eine Viertelmilliarde Euro mehr aufwenden als ursprünglich veranschlagt.", True, [("year", 2026, None, None), ("money", 250000000, "EUR", "nearly")], None),
    ("de", "Das Sanierungspaket umfasst 6,4 Milliarden Euro, rund zwei Drittel davon entfallen auf die Ausgabenseite.", True, [("money", 6400000000, "EUR", None), ("fraction", 0.6667, None, "about")], None),
    ("de", "Der Budgetdienst des Parlaments beziffert die Lücke zum Defizitziel von 3 Prozent bis 2028 auf gut 5 Milliarden Euro.", True, [("percent", 3, "%", None), ("year", 2028, None, None), ("money", 5000000000, "EUR", "over")], None),
    ("de", "Die Regierung will im Frühjahr zudem ein Doppelbudget für 2027/28 vorlegen.", True, [("year", 2027, None, None), ("year", 2028, None, None)], None),
    ("de", "Die Budgetdebatte im Hohen Haus beginnt am 18. November und ist auf drei Tage angesetzt.", True, [("date", "--11-18", None, None), ("duration", 3, "day", None)], None),
    ("de", "„Wir sanieren, ohne die Konjunktur abzuwürgen“, sagte Hallberger in seiner Budgetrede.", False, [], None),
    ("de", "„Dieses Budget ist der Offenbarungseid einer müden Regierung“, wetterte FPÖ-Budgetsprecher Rudolf Wallner.", False, [], None),
    ("de", "„Wer jetzt nach neuen Steuern ruft, hat den Ernst der Lage nicht verstanden“, sagte ÖVP-Klubobmann Markus Stelzhammer.", False, [], None),
    # --- Fiskalrat und Statistik Austria (APA) ---
    ("de", "Wien (APA) - Der Fiskalrat hält für das kommende Jahr ein gesamtstaatliches Defizit von 4,4 Prozent des BIP für wahrscheinlich, 0,2 Prozentpunkte mehr als die Regierung.", True, [("percent", 4.4, "%", None), ("percent", 0.2, "pp", None)], None),
    ("de", "Der Finanzierungssaldo des Staates lag 2024 bei minus 4,7 Prozent des BIP, teilte die Statistik Austria mit.", True, [("year", 2024, None, None), ("percent", -4.7, "%", None)], "die Statistik Austria"),
    ("de", "Länder und Gemeinden tragen nach Einschätzung des Fiskalrats gut ein Fünftel zum Defizit bei.", True, [("fraction", 0.2, None, "over")], None),
    ("de", "Dem Fiskalrat zufolge steigt die Verschuldung pro Kopf bis 2029 auf rund 48.600 Euro.", True, [("year", 2029, None, None), ("money", 48600, "EUR", "about")], "der Fiskalrat"),
    ("de", "Laut Fiskalrat müssten in den kommenden vier Jahren jährlich etwa 2,5 Milliarden Euro zusätzlich eingespart werden.", True, [("duration", 4, "year", None), ("money", 2500000000, "EUR", "about")], "Fiskalrat"),
    ("de", "Laut Wifo wird das Defizit ohne weitere Maßnahmen 2027 wieder über 4 Prozent steigen.", True, [("year", 2027, None, None), ("percent", 4, "%", "over")], "Wifo"),
    ("de", "Die Budgetsanierung ist kein Sprint, sondern ein Marathon.", False, [], None),
    # --- Kalte Progression und Tarifstufen (APA) ---
    ("de", "Die Grenzen der Tarifstufen in der Lohn- und Einkommensteuer werden mit 1. Jänner um 1,73 Prozent angehoben.", True, [("date", "--01-01", None, None), ("percent", 1.73, "%", None)], None),
    ("de", "Die erste Tarifstufe, in der 20 Prozent Steuer fällig werden, beginnt damit bei einem Jahreseinkommen von 13.539 Euro.", True, [("ordinal", 1, None, None), ("percent", 20, "%", None), ("money", 13539, "EUR", None)], None),
    ("de", "Die Steuersätze der Tarifstufen betragen 0, 20, 30, 40, 48 und 50 Prozent, für Einkommensteile über 1 Million Euro gilt weiterhin ein Satz von 55 Prozent.", True, [("percent", 0, "%", None), ("percent", 20, "%", None), ("percent", 30, "%", None), ("percent", 40, "%", None), ("percent", 48, "%", None), ("percent", 50, "%", None), ("money", 1000000, "EUR", "over"), ("percent", 55, "%", None)], None),
    ("de", "Der Verkehrsabsetzbetrag steigt auf 496 Euro, der Kinderabsetzbetrag auf 72,40 Euro im Monat.", True, [("money", 496, "EUR", None), ("money", 72.4, "EUR", None)], None),
    ("de", "Das Finanzministerium beziffert die Entlastung durch die Abgeltung der kalten Progression auf knapp eine Dreiviertelmilliarde Euro.", True, [("money", 750000000, "EUR", "nearly")], None),
    ("de", "Der Familienbonus beträgt künftig bis zu 2.100 Euro pro Kind und Jahr.", True, [("money", 2100, "EUR", "up_to")], None),
    ("de", "Die Pensionen steigen 2026 um 2,7 Prozent, wer mehr als 2.500 Euro bezieht, erhält pauschal 67,50 Euro mehr.", True, [("year", 2026, None, None), ("percent", 2.7, "%", None), ("money", 2500, "EUR", "over"), ("money", 67.5, "EUR", None)], None),
    ("de", "Ein Single mit einem Bruttojahreseinkommen von 45.000 Euro zahlt künftig um 312 Euro weniger Lohnsteuer im Jahr.", True, [("money", 45000, "EUR", None), ("money", 312, "EUR", None)], None),
    ("de", "„Leistung muss sich in diesem Land wieder lohnen“, sagte Staatssekretärin Helga Mairhofer.", False, [], None),
    # --- Landesbudgets in Österreich (APA) ---
    ("de", "Klagenfurt (APA) - Kärnten rechnet im Landesvoranschlag 2026 mit einem Abgang von 287 Millionen Euro, teilte Finanzreferentin Gabriele Taurer mit.", True, [("year", 2026, None, None), ("money", 287000000, "EUR", None)], "Gabriele Taurer"),
    ("de", "Der Schuldenstand des Landes steigt bis Ende 2026 auf rund 4,6 Milliarden Euro oder 7.950 Euro pro Kopf.", True, [("year", 2026, None, None), ("money", 4600000000, "EUR", "about"), ("money", 7950, "EUR", None)], None),
    ("de", "Tirol budgetiert erstmals seit 2019 wieder ein Nulldefizit.", True, [("year", 2019, None, None)], None),
    ("de", "Die Sanierung des Landhauses kostet das Land einen dreistelligen Millionenbetrag mehr als geplant.", True, [], None),
    ("de", "Die Budgetzahlen im Überblick:", False, [], None),
    ("de", "Maastricht-Saldo 2026: -4,2 % des BIP (2025: -4,5 %)", True, [("year", 2026, None, None), ("percent", -4.2, "%", None), ("year", 2025, None, None), ("percent", -4.5, "%", None)], None),
    ("de", "Schuldenquote: 84,6 Prozent des BIP, Zinsausgaben: 6,1 Mrd. Euro", True, [("percent", 84.6, "%", None), ("money", 6100000000, "EUR", None)], None),
    ("de", "Der Budgetvollzug weist bis Ende Oktober einen Abgang von 15,8 Mrd. Euro aus (Vorjahr: minus 13,2 Mrd.).", True, [("money", 15800000000, "EUR", None), ("money", -13200000000, "EUR", None)], None),
    ("de", "Alle Angaben laut Budgetbericht, Abweichungen durch Rundungen möglich.", False, [], None),
    # --- Gemeinden (APA) ---
    ("de", "Wien (APA) - Von den 2.092 österreichischen Gemeinden konnten 2024 nur 1.127 ihren laufenden Haushalt ausgleichen, teilte der Gemeindebund mit.", True, [("count", 2092, None, None), ("year", 2024, None, None), ("count", 1127, None, None)], "der Gemeindebund"),
    ("de", "Jede vierte steirische Gemeinde ist nach Angaben des Landes Steiermark auf Härteausgleich angewiesen.", True, [("fraction", 0.25, None, None)], "das Land Steiermark"),
    ("de", "Die durchschnittliche Pro-Kopf-Verschuldung der Gemeinden lag zuletzt bei 2.340 Euro, in Kärnten bei 3.110.", True, [("money", 2340, "EUR", None), ("money", 3110, "EUR", None)], None),
    ("de", "Viele Bürgermeisterinnen und Bürgermeister fühlen sich vom Bund im Stich gelassen.", False, [], None),
    # --- Steuerschätzung (dpa) ---
    ("de", "Berlin (dpa) - Bund, Länder und Gemeinden müssen bis 2029 mit 33,3 Milliarden Euro weniger Steuereinnahmen rechnen als noch im Mai angenommen.", True, [("year", 2029, None, None), ("money", 33300000000, "EUR", None)], None),
    ("de", "Das geht aus den Ergebnissen des Arbeitskreises Steuerschätzungen hervor, die das Bundesfinanzministerium am Donnerstag veröffentlichte.", True, [], None),
    ("de", "Allein für das kommende Jahr fallen die Einnahmen um 12,7 Milliarden Euro niedriger aus, davon entfallen 6,1 Milliarden auf den Bund.", True, [("money", 12700000000, "EUR", None), ("money", 6100000000, "EUR", None)], None),
    ("de", "Insgesamt erwarten die Steuerschätzer für 2026 Einnahmen von 1.006,4 Milliarden Euro und damit erstmals mehr als eine Billion.", True, [("year", 2026, None, None), ("money", 1006400000000, "EUR", None), ("money", 1000000000000, "EUR", "over")], None),
    ("de", "Die Länder müssen bis 2029 mit rund 10 Milliarden Euro weniger auskommen, die Kommunen mit knapp 3 Milliarden.", True, [("year", 2029, None, None), ("money", 10000000000, "EUR", "about"), ("money", 3000000000, "EUR", "nearly")], None),
    ("de", "Finanzminister Jörg Kleinwächter sprach von einem „Warnsignal“, das alle Ressorts ernst nehmen müssten.", False, [], None),
    # --- Bundeshaushalt und Schuldenbremse (Reuters) ---
    ("de", "Berlin (Reuters) - Der Bund plant im Haushaltsjahr 2026 eine Nettokreditaufnahme von 89,9 Milliarden Euro im Kernhaushalt.", True, [("year", 2026, None, None), ("money", 89900000000, "EUR", None)], None),
    ("de", "Hinzu kommen Kredite aus den Sondervermögen, sodass die Neuverschuldung insgesamt auf gut 174 Milliarden Euro steigt.", True, [("money", 174000000000, "EUR", "over")], None),
    ("de", "Nach der Schuldenbremse darf das strukturelle Defizit des Bundes maximal 0,35 Prozent des BIP betragen.", True, [("percent", 0.35, "%", "at_most")], None),
    ("de", "Das Sondervermögen für Infrastruktur umfasst 500 Milliarden Euro und ist auf zwölf Jahre angelegt.", True, [("money", 500000000000, "EUR", None), ("duration", 12, "year", None)], None),
    ("de", "Für 2027 klafft in der Finanzplanung noch eine Lücke von rund 30 Milliarden Euro, bis 2029 summiert sie sich auf mehr als 170 Milliarden.", True, [("year", 2027, None, None), ("money", 30000000000, "EUR", "about"), ("year", 2029, None, None), ("money", 170000000000, "EUR", "over")], None),
    ("de", "Das Bundesfinanzministerium wies am Freitag Berichte über eine bevorstehende Haushaltssperre zurück.", True, [], None),
    ("de", "„Die Zeiten, in denen wir jedes Problem mit Geld zugeschüttet haben, sind vorbei“, sagte der CDU-Haushälter Tobias Reimann.", False, [], None),
    ("de", "Ob die Koalition die Lücke bis zum Herbst schließen kann, gilt in Berlin als offen.", False, [], None),
    ("de", "Die schwarze Null ist kein Selbstzweck, sondern eine Frage der Generationengerechtigkeit.", False, [], None),
    # --- Bundesanleihen (Reuters) ---
    ("de", "Frankfurt (Reuters) - Die Rendite der zehnjährigen Bundesanleihe stieg nach Bekanntgabe der Haushaltspläne um zwölf Basispunkte auf 2,83 Prozent.", True, [("duration", 10, "year", None), ("percent", 12, "bp", None), ("percent", 2.83, "%", None)], None),
    ("de", "Der Bund will im kommenden Jahr Wertpapiere im Volumen von rund 512 Milliarden Euro begeben, teilte die Finanzagentur mit.", True, [("money", 512000000000, "EUR", "about")], "die Finanzagentur"),
    ("de", "Händler sprachen von einem nervösen Handel vor der Bereinigungssitzung des Haushaltsausschusses.", False, [], None),
    # --- Kommunalfinanzen (dpa) ---
    ("de", "Wiesbaden (dpa) - Die Gemeinden und Gemeindeverbände in Deutschland haben im ersten Halbjahr ein Finanzierungsdefizit von 19,7 Milliarden Euro verbucht.", True, [("ordinal", 1, None, None), ("money", 19700000000, "EUR", None)], None),
    ("de", "Das waren 2,3 Milliarden Euro mehr als im Vorjahreszeitraum, wie das Statistische Bundesamt mitteilte.", True, [("money", 2300000000, "EUR", None)], "das Statistische Bundesamt"),
    ("de", "Die Ausgaben der Kommunen stiegen um 8,9 Prozent auf 198,3 Milliarden Euro, die Einnahmen nur um 6,1 Prozent.", True, [("percent", 8.9, "%", None), ("money", 198300000000, "EUR", None), ("percent", 6.1, "%", None)], None),
    ("de", "Die Kassenkredite der Kommunen beliefen sich zuletzt auf 31,8 Milliarden Euro, das sind rund 380 Euro je Einwohner.", True, [("money", 31800000000, "EUR", None), ("money", 380, "EUR", "about")], None),
    ("de", "Mehr als jede dritte Großstadt kann ihren Haushalt 2026 nicht mehr ausgleichen.", True, [("fraction", 0.3333, None, "over"), ("year", 2026, None, None)], None),
    ("de", "„Den Kommunen steht das Wasser bis zum Hals“, sagte der Präsident des Städtetags.", False, [], None),
    # --- Grundsteuer, Gewerbe und Mehrwertsteuer (dpa, Reuters) ---
    ("de", "Die Stadt hebt den Hebesatz der Grundsteuer B zum 1. Januar von 690 auf 810 Prozent an.", True, [("date", "--01-01", None, None), ("percent", 690, "%", None), ("percent", 810, "%", None)], None),
    ("de", "Für ein Einfamilienhaus bedeutet das im Schnitt rund 140 Euro mehr im Jahr.", True, [("money", 140, "EUR", "about")], None),
    ("de", "Berlin (Reuters) - Die Mehrwertsteuer auf Speisen in Restaurants sinkt ab 1. Januar dauerhaft von 19 auf 7 Prozent.", True, [("date", "--01-01", None, None), ("percent", 19, "%", None), ("percent", 7, "%", None)], None),
    ("de", "Die Steuerausfälle beziffert das Finanzministerium auf jährlich rund 3,6 Milliarden Euro.", True, [("money", 3600000000, "EUR", "about")], None),
    ("de", "Ob die Wirte die Senkung an ihre Gäste weitergeben, ist fraglich.", False, [], None),
    # --- Freibeträge und Pauschalen (dpa) ---
    ("de", "Der Grundfreibetrag klettert 2026 um 252 Euro auf 12.396 Euro, teilte das Bundesfinanzministerium mit.", True, [("year", 2026, None, None), ("money", 252, "EUR", None), ("money", 12396, "EUR", None)], "das Bundesfinanzministerium"),
    ("de", "Der Kinderfreibetrag steigt auf 6.876 Euro, das Kindergeld um 6 Euro auf 261 Euro im Monat.", True, [("money", 6876, "EUR", None), ("money", 6, "EUR", None), ("money", 261, "EUR", None)], None),
    ("de", "Die Entfernungspauschale beträgt künftig 38 Cent je Kilometer ab dem ersten Kilometer.", True, [("money", 0.38, "EUR", None), ("ordinal", 1, None, None)], None),
    ("de", "Von der Anhebung profitieren nach Schätzung des Ministeriums rund 14,2 Millionen Steuerpflichtige.", True, [("count", 14200000, None, "about")], None),
    ("de", "Ab einem zu versteuernden Einkommen von 69.904 Euro greift der Spitzensteuersatz von 42 Prozent.", True, [("money", 69904, "EUR", None), ("percent", 42, "%", None)], None),
    ("de", "Die sogenannte Reichensteuer von 45 Prozent gilt für Einkommen ab 277.826 Euro.", True, [("percent", 45, "%", None), ("money", 277826, "EUR", "at_least")], None),
    ("de", "Der Solidaritätszuschlag von 5,5 Prozent wird seit 2021 nur noch von rund sechs Millionen Steuerpflichtigen gezahlt.", True, [("percent", 5.5, "%", None), ("year", 2021, None, None), ("count", 6000000, None, "about")], None),
    ("de", "Wer mehr verdient, zahlt eben auch mehr – das ist nur gerecht.", False, [], None),
    # --- Länder und Bundesrat (dpa) ---
    ("de", "Berlin (dpa) - Der Bundesrat hat am Freitag dem Steuerpaket zugestimmt, das Länder und Kommunen bis 2029 rund 48 Milliarden Euro kostet.", True, [("year", 2029, None, None), ("money", 48000000000, "EUR", "about")], None),
    ("de", "In der Länderkammer entfielen 41 der 69 Stimmen auf das Gesetz.", True, [("count", 41, None, None), ("count", 69, None, None)], None),
    ("de", "Der Bund gleicht den Ländern die Ausfälle bei der Gewerbesteuer zu 100 Prozent aus.", True, [("percent", 100, "%", None)], None),
    ("de", "Bayern zahlte 2024 rund 9,8 Milliarden Euro in den Finanzausgleich ein, mehr als die Hälfte des Gesamtvolumens von 18,6 Milliarden Euro.", True, [("year", 2024, None, None), ("money", 9800000000, "EUR", "about"), ("fraction", 0.5, None, "over"), ("money", 18600000000, "EUR", None)], None),
    ("de", "Die Zahl der Empfängerländer stieg auf zwölf von 16.", True, [("count", 12, None, None), ("count", 16, None, None)], None),
    ("de", "Düsseldorf (dpa) - Der Landtag hat den Haushalt 2026 mit einem Volumen von 105,5 Milliarden Euro beschlossen.", True, [("year", 2026, None, None), ("money", 105500000000, "EUR", None)], None),
    ("de", "Das Land nimmt dafür neue Kredite von knapp 1,9 Milliarden Euro auf, die Personalausgaben machen mit 44 Prozent den größten Posten aus.", True, [("money", 1900000000, "EUR", "nearly"), ("percent", 44, "%", None)], None),
    ("de", "Der Bund zahlt den Ländern für den Ausbau der Ganztagsbetreuung eine halbe Milliarde Euro zusätzlich.", True, [("money", 500000000, "EUR", None)], None),
    ("de", "Über den Finanzausgleich erhalten die Länder bis 2028 insgesamt zweieinhalb Milliarden Euro mehr.", True, [("year", 2028, None, None), ("money", 2500000000, "EUR", None)], None),
    ("de", "Mehrere Ministerpräsidenten zeigten sich nach der Abstimmung sichtlich erleichtert.", False, [], None),
    # --- Bundesrechnungshof und Rechnungshof (dpa, APA) ---
    ("de", "Bonn (dpa) - Der Bundesrechnungshof warnt, bis 2029 werde fast jeder dritte Euro des Bundeshaushalts für Sozialausgaben und Zinsen gebunden sein.", True, [("year", 2029, None, None), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Die Zinsausgaben des Bundes steigen nach Angaben des Bundesrechnungshofs von 2021 bis 2027 auf gut 40 Milliarden Euro.", True, [("year", 2021, None, None), ("year", 2027, None, None), ("money", 40000000000, "EUR", "over")], "der Bundesrechnungshof"),
    ("de", "Wien (APA) - Scharfe Kritik an der Förderpraxis des Klimaministeriums übt der Rechnungshof in seinem neuen Prüfbericht.", True, [], None),
    ("de", "Von den geprüften 1,4 Milliarden Euro an Förderungen seien rund 310 Millionen Euro ohne ausreichende Prüfung ausbezahlt worden, teilte der Rechnungshof mit.", True, [("money", 1400000000, "EUR", None), ("money", 310000000, "EUR", "about")], "der Rechnungshof"),
    ("de", "Bei 17 von 40 untersuchten Förderfällen fehlten Nachweise über die erzielte CO2-Einsparung.", True, [("count", 17, None, None), ("count", 40, None, None)], None),
    ("de", "Das Ministerium wies die Kritik zurück und verwies auf eine neue Förderrichtlinie.", True, [], None),
    ("de", "Die Schuldenbremse ist tot, es lebe die Schuldenbremse.", False, [], None),
    # --- Schweiz: Bundesbudget (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Bundesrat hat das Budget 2026 mit einem Finanzierungsdefizit von 0,8 Mia. Franken verabschiedet.", True, [("year", 2026, None, None), ("money", 800000000, "CHF", None)], None),
    ("de", "Die Ausgaben steigen gegenüber dem Voranschlag 2025 um 2,4 Prozent auf 87,1 Mia. Franken, wie die Eidgenössische Finanzverwaltung mitteilte.", True, [("year", 2025, None, None), ("percent", 2.4, "%", None), ("money", 87100000000, "CHF", None)], None),
    ("de", "Die Vorgaben der Schuldenbremse sind damit knapp eingehalten, der strukturelle Überschuss beträgt 14 Mio. Franken, teilte die EFV mit.", True, [("money", 14000000, "CHF", None)], "die EFV"),
    ("de", "Für die Finanzplanjahre 2027–2029 rechnet der Bund mit strukturellen Defiziten von jährlich bis zu 2,7 Mia. Franken.", True, [("year", 2027, None, None), ("year", 2029, None, None), ("money", 2700000000, "CHF", "up_to")], None),
    ("de", "Mit dem Entlastungspaket 2027 will der Bundesrat die Ausgaben ab 2027 um 2,4 Mia. und ab 2028 um 3,1 Mia. Franken senken.", True, [("year", 2027, None, None), ("year", 2027, None, None), ("money", 2400000000, "CHF", None), ("year", 2028, None, None), ("money", 3100000000, "CHF", None)], None),
    ("de", "Jeder dritte Bundesfranken fliesst in die soziale Wohlfahrt.", True, [("fraction", 0.3333, None, None)], None),
    ("de", "Zur Finanzierung der 13. AHV-Rente soll die Mehrwertsteuer ab 2028 um 0,5 Prozentpunkte auf 8,6 Prozent steigen.", True, [("ordinal", 13, None, None), ("year", 2028, None, None), ("percent", 0.5, "pp", None), ("percent", 8.6, "%", None)], None),
    ("de", "Die Armeeausgaben sollen bis 2032 auf 1 Prozent des BIP steigen, sagte Finanzministerin Regula Zwahlen vor den Medien.", True, [("year", 2032, None, None), ("percent", 1, "%", None)], "Regula Zwahlen"),
    ("de", "«Wir müssen lernen, mit weniger auszukommen», sagte Zwahlen.", False, [], None),
    ("de", "Die Kantone werfen dem Bund vor, sich auf ihre Kosten zu sanieren.", False, [], None),
    # --- Kantonsfinanzen (sda) ---
    ("de", "Zürich (sda) - Der Kanton Zürich budgetiert für 2026 bei einem Aufwand von 19,8 Mrd. Fr. ein Minus von 212 Mio. Fr.", True, [("year", 2026, None, None), ("money", 19800000000, "CHF", None), ("money", 212000000, "CHF", None)], None),
    ("de", "Der Steuerfuss bleibt unverändert bei 98 Prozent der einfachen Staatssteuer.", True, [("percent", 98, "%", None)], None),
    ("de", "Die Nettoschuld pro Kopf reicht von Fr. 1'200 in Zug bis Fr. 14'900 in Basel-Stadt.", True, [("money", 1200, "CHF", None), ("money", 14900, "CHF", None)], None),
    # --- Rhetorik und Boilerplate ---
    ("de", "„Wir hinterlassen unseren Kindern keinen Schuldenberg“, versprach der Kanzler.", False, [], None),
    ("de", "Die Regierung werde den Gürtel enger schnallen, kündigte der Vizekanzler an.", False, [], None),
    ("de", "Sparen allein wird das Budget nicht retten.", False, [], None),
    ("de", "Die Opposition sprach von einem „Budget der sozialen Kälte“.", False, [], None),
    ("de", "Weitere Informationen zum Budget finden Sie auf der Website des Finanzministeriums.", False, [], None),
    # --- Weitere Steuern (APA, dpa) ---
    ("de", "Die Tabaksteuer wird in drei Stufen erhöht, eine Packung Zigaretten verteuert sich dadurch um rund 40 Cent.", True, [("count", 3, None, None), ("money", 0.4, "EUR", "about")], None),
    ("de", "Die Körperschaftsteuer soll ab 2028 in fünf Schritten von 15 auf 10 Prozent sinken.", True, [("year", 2028, None, None), ("count", 5, None, None), ("percent", 15, "%", None), ("percent", 10, "%", None)], None),
    ("de", "Die Steuerverwaltung rechnet durch die Reform mit Mehreinnahmen von annähernd 1,2 Mia. Franken pro Jahr.", True, [("money", 1200000000, "CHF", "nearly")], None),

    # === English ================================================================================
    # --- UK Budget (PA) ---
    ("en", "LONDON (PA) - Chancellor Rebecca Ashdown unveiled tax increases worth £24 billion a year by 2029-30 in Wednesday's Budget.", True, [("money", 24000000000, "GBP", None), ("year", 2029, None, None), ("year", 2030, None, None)], None),
    ("en", "The personal allowance of £12,570 will stay frozen until April 2031, dragging an estimated 920,000 more workers into income tax.", True, [("money", 12570, "GBP", None), ("year", 2031, None, None), ("count", 920000, None, "about")], None),
    ("en", "The threshold for the 40% higher rate is frozen at £50,300, while the 45% additional rate continues to apply on income above £125,500.", True, [("percent", 40, "%", None), ("money", 50300, "GBP", None), ("percent", 45, "%", None), ("money", 125500, "GBP", "over")], None),
    ("en", "The measures will lift the tax take to a post-war high of 38.1% of GDP in 2030-31, the Office for Budget Responsibility said.", True, [("percent", 38.1, "%", None), ("year", 2030, None, None), ("year", 2031, None, None)], "the Office for Budget Responsibility"),
    ("en", "The OBR now expects borrowing of £138.3bn in 2025-26, or 4.5% of GDP, falling to £67.2bn by the end of the forecast.", True, [("money", 138300000000, "GBP", None), ("year", 2025, None, None), ("year", 2026, None, None), ("percent", 4.5, "%", None), ("money", 67200000000, "GBP", None)], None),
    ("en", "Ashdown's headroom against her main fiscal rule more than doubles to £22bn, the OBR said.", True, [("money", 22000000000, "GBP", None)], "the OBR"),
    ("en", "Real household disposable income per person is forecast to grow by just 0.5% a year on average, the weakest of any parliament on record, the OBR said.", True, [("percent", 0.5, "%", None)], "the OBR"),
    ("en", "Employer national insurance rose by 1.2 percentage points to 15% in April, while the threshold at which employers start paying fell from £9,100 to £5,000.", True, [("percent", 1.2, "pp", None), ("percent", 15, "%", None), ("money", 9100, "GBP", None), ("money", 5000, "GBP", None)], None),
    ("en", "The change raises about £25.7bn a year by 2029-30, according to Treasury costings.", True, [("money", 25700000000, "GBP", "about"), ("year", 2029, None, None), ("year", 2030, None, None)], None),
    ("en", "The stamp duty threshold for first-time buyers fell back to £300,000 on April 1, from £425,000.", True, [("money", 300000, "GBP", None), ("date", "--04-01", None, None), ("money", 425000, "GBP", None)], None),
    ("en", "Welfare reforms are expected to save in excess of £5 billion a year by 2029-30.", True, [("money", 5000000000, "GBP", "over"), ("year", 2029, None, None), ("year", 2030, None, None)], None),
    ("en", "\"I have made the choices needed to keep our public finances on a sound footing,\" Ashdown told MPs.", False, [], None),
    ("en", "Shadow chancellor Simon Thackeray called it \"a smash and grab on working families\".", False, [], None),
    ("en", "The chancellor was met with jeers from the opposition benches as she rose to speak.", False, [], None),
    ("en", "Key numbers from the Budget:", False, [], None),
    ("en", "Borrowing 2025-26: £138.3bn (4.5% of GDP)", True, [("year", 2025, None, None), ("year", 2026, None, None), ("money", 138300000000, "GBP", None), ("percent", 4.5, "%", None)], None),
    ("en", "Underlying primary balance: minus 0.6% of GDP in FY2027, after minus 1.1% in FY2026", True, [("percent", -0.6, "%", None), ("year", 2027, None, None), ("percent", -1.1, "%", None), ("year", 2026, None, None)], None),
    # --- IFS and Resolution Foundation (Reuters, PA) ---
    ("en", "LONDON (Reuters) - Households in the poorest tenth will be about £350 a year worse off by the end of the parliament, the Institute for Fiscal Studies said.", True, [("fraction", 0.1, None, None), ("money", 350, "GBP", "about")], "the Institute for Fiscal Studies"),
    ("en", "The richest 10% of households would lose about 1.4% of their income, the IFS said.", True, [("percent", 10, "%", None), ("percent", 1.4, "%", "about")], "the IFS"),
    ("en", "Frozen thresholds mean almost one in five taxpayers will pay the 40% rate by 2029-30, up from one in eight a decade earlier.", True, [("fraction", 0.2, None, "nearly"), ("percent", 40, "%", None), ("year", 2029, None, None), ("year", 2030, None, None), ("fraction", 0.125, None, None)], None),
    ("en", "Typical earners will pay around £1,200 more a year in income tax and national insurance by 2030 than without the freeze, the Resolution Foundation said.", True, [("money", 1200, "GBP", "about"), ("year", 2030, None, None)], "the Resolution Foundation"),
    ("en", "\"The chancellor has boxed herself in,\" said Paul Merriman, an economist at the Resolution Foundation.", False, [], None),
    ("en", "Critics say the plan rests on optimistic growth assumptions.", False, [], None),
    # --- Public finances (Reuters, PA) ---
    ("en", "LONDON, Nov 21 (Reuters) - British public sector net borrowing was £16.1 billion in October, £2.3 billion more than a year earlier, the Office for National Statistics said.", True, [("date", "--11-21", None, None), ("money", 16100000000, "GBP", None), ("money", 2300000000, "GBP", None)], "the Office for National Statistics"),
    ("en", "Borrowing in the first seven months of the 2025/26 financial year totalled £129.5 billion, the second-highest since monthly records began in 1993.", True, [("ordinal", 1, None, None), ("duration", 7, "month", None), ("year", 2025, None, None), ("year", 2026, None, None), ("money", 129500000000, "GBP", None), ("ordinal", 2, None, None), ("year", 1993, None, None)], None),
    ("en", "Public sector net debt stood at an estimated 94.8% of GDP at the end of October, a level last seen in the early 1960s.", True, [("percent", 94.8, "%", "about")], None),
    ("en", "Debt interest payments reached £9.7 billion in October alone, up £1.1 billion on the year.", True, [("money", 9700000000, "GBP", None), ("money", 1100000000, "GBP", None)], None),
    ("en", "It collected a record £871.2 billion in tax receipts in the 2024-25 tax year, up £30.5 billion, HMRC said.", True, [("money", 871200000000, "GBP", None), ("year", 2024, None, None), ("year", 2025, None, None), ("money", 30500000000, "GBP", None)], "HMRC"),
    ("en", "Income tax receipts alone rose 8.3% to £303.4 billion, while inheritance tax brought in £8.2 billion, HMRC figures showed.", True, [("percent", 8.3, "%", None), ("money", 303400000000, "GBP", None), ("money", 8200000000, "GBP", None)], None),
    ("en", "Tax breaks on pension saving cost the Treasury close to £40 billion a year, or three-quarters of a billion pounds a week.", True, [("money", 40000000000, "GBP", "nearly"), ("money", 750000000, "GBP", None)], None),
    ("en", "The state pension will cost taxpayers more than half a trillion pounds over the next four years.", True, [("money", 500000000000, "GBP", "over"), ("duration", 4, "year", None)], None),
    ("en", "Figures may not sum because of rounding.", False, [], None),
    # --- Gilts (Reuters) ---
    ("en", "Ten-year gilt yields jumped 14 basis points to 4.71% after the OBR's forecasts were published early by mistake.", True, [("duration", 10, "year", None), ("percent", 14, "bp", None), ("percent", 4.71, "%", None)], None),
    ("en", "The 30-year gilt yield touched 5.62%, its highest since 1998.", True, [("duration", 30, "year", None), ("percent", 5.62, "%", None), ("year", 1998, None, None)], None),
    ("en", "The Debt Management Office now plans gross gilt sales of £303.7 billion in 2025-26, £4.5 billion more than in April.", True, [("money", 303700000000, "GBP", None), ("year", 2025, None, None), ("year", 2026, None, None), ("money", 4500000000, "GBP", None)], None),
    ("en", "Traders said the market would be watching the Debt Management Office's revised remit closely.", False, [], None),
    # --- Councils and Scotland (PA) ---
    ("en", "Council tax bills in England will rise by an average of 5.1% from April, taking the typical Band D bill to £2,280, official figures show.", True, [("percent", 5.1, "%", None), ("money", 2280, "GBP", None)], None),
    ("en", "Six councils were given permission to raise bills by up to 9.99% without holding a referendum.", True, [("count", 6, None, None), ("percent", 9.99, "%", "up_to")], None),
    ("en", "Around one in 10 councils could issue a section 114 notice within the next 12 months, according to a survey by the Local Government Information Unit.", True, [("fraction", 0.1, None, "about"), ("duration", 12, "month", None)], None),
    ("en", "Councils in England face a funding gap of £8 billion over the next two years, the Local Government Association said.", True, [("money", 8000000000, "GBP", None), ("duration", 2, "year", None)], "the Local Government Association"),
    ("en", "EDINBURGH (PA) - Scotland's starter rate of 19% will apply to income between £12,571 and £15,600 next year, the Scottish Government said.", True, [("percent", 19, "%", None), ("money", 12571, "GBP", None), ("money", 15600, "GBP", None)], None),
    ("en", "Scotland now has six income tax bands, with a top rate of 48% on earnings above £126,000.", True, [("count", 6, None, None), ("percent", 48, "%", None), ("money", 126000, "GBP", "over")], None),
    ("en", "Taxpayers deserve far better than this.", False, [], None),
    # --- U.S. deficit (Reuters) ---
    ("en", "WASHINGTON, Feb 11 (Reuters) - The U.S. federal deficit will reach $1.85 trillion in fiscal 2026, or 6.1% of GDP, the Congressional Budget Office said on Wednesday.", True, [("date", "--02-11", None, None), ("money", 1850000000000, "USD", None), ("year", 2026, None, None), ("percent", 6.1, "%", None)], "the Congressional Budget Office"),
    ("en", "The CBO projected that debt held by the public will climb from 100% of GDP this year to 119% in FY2035, surpassing the record set in 1946.", True, [("percent", 100, "%", None), ("percent", 119, "%", None), ("year", 2035, None, None), ("year", 1946, None, None)], None),
    ("en", "Net interest costs are expected to top $1 trillion for the first time in FY26, the agency said.", True, [("money", 1000000000000, "USD", None), ("ordinal", 1, None, None), ("year", 2026, None, None)], None),
    ("en", "Over the 10-year budget window, deficits would total $22.1 trillion, the CBO said.", True, [("duration", 10, "year", None), ("money", 22100000000000, "USD", None)], "the CBO"),
    ("en", "The 2026 fiscal year began on Oct. 1 without a full-year spending bill in place.", True, [("year", 2026, None, None), ("date", "--10-01", None, None)], None),
    ("en", "WASHINGTON (Reuters) - The U.S. government posted a $173 billion budget deficit in November, down 11% from a year earlier, the Treasury Department said.", True, [("money", 173000000000, "USD", None), ("percent", 11, "%", None)], "the Treasury Department"),
    ("en", "Customs receipts, boosted by tariffs, hit a record $31 billion for the month, nearly four times the level of a year earlier.", True, [("money", 31000000000, "USD", None), ("count", 4, "times", "nearly")], None),
    ("en", "For the first two months of fiscal 2026, the deficit totaled $458 billion, Treasury figures showed.", True, [("ordinal", 1, None, None), ("duration", 2, "month", None), ("year", 2026, None, None), ("money", 458000000000, "USD", None)], None),
    ("en", "Over the decade, the package adds up to a quarter of a trillion dollars in extra borrowing, the Committee for a Responsible Federal Budget estimated.", True, [("money", 250000000000, "USD", None)], None),
    ("en", "The Joint Committee on Taxation estimated that the House bill would cut taxes by $4.5 trillion over 10 years.", True, [("money", 4500000000000, "USD", None), ("duration", 10, "year", None)], None),
    ("en", "The 2017 Tax Cuts and Jobs Act lowered the corporate tax rate to 21% from 35%.", True, [("year", 2017, None, None), ("percent", 21, "%", None), ("percent", 35, "%", None)], None),
    ("en", "Medicare spending is on course to pass a trillion dollars a year by 2027.", True, [("money", 1000000000000, "USD", None), ("year", 2027, None, None)], None),
    ("en", "\"We are borrowing from our grandchildren to pay today's bills,\" said Senator Dale Whitcomb of Ohio.", False, [], None),
    ("en", "Washington has a spending problem, not a revenue problem.", False, [], None),
    ("en", "Few in Washington expect the debt to come down any time soon.", False, [], None),
    # --- Debt limit (Bloomberg-style) ---
    ("en", "Congress raised the debt limit by $5 trillion to $41.1 trillion in July, the largest increase in dollar terms on record.", True, [("money", 5000000000000, "USD", None), ("money", 41100000000000, "USD", None)], None),
    ("en", "Gross federal debt crossed $38.5 trillion for the first time on Dec. 4, Treasury data showed.", True, [("money", 38500000000000, "USD", None), ("ordinal", 1, None, None), ("date", "--12-04", None, None)], None),
    ("en", "That works out to roughly $113,000 per person, or about $290,000 per household.", True, [("money", 113000, "USD", "about"), ("money", 290000, "USD", "about")], None),
    # --- IRS (AP) ---
    ("en", "WASHINGTON (AP) — The standard deduction will rise to $16,250 for single filers and $32,500 for married couples filing jointly in tax year 2026, the IRS said.", True, [("money", 16250, "USD", None), ("money", 32500, "USD", None), ("year", 2026, None, None)], "the IRS"),
    ("en", "The seven tax rates of 10%, 12%, 22%, 24%, 32%, 35% and 37% remain unchanged.", True, [("count", 7, None, None), ("percent", 10, "%", None), ("percent", 12, "%", None), ("percent", 22, "%", None), ("percent", 24, "%", None), ("percent", 32, "%", None), ("percent", 35, "%", None), ("percent", 37, "%", None)], None),
    ("en", "The top rate of 37% will apply to single taxpayers with incomes over $641,300.", True, [("percent", 37, "%", None), ("money", 641300, "USD", "over")], None),
    ("en", "The annual gift exclusion rises to $19,500 per recipient, while the estate tax exemption climbs to $15.2 million.", True, [("money", 19500, "USD", None), ("money", 15200000, "USD", None)], None),
    ("en", "The cap on the state and local tax deduction rises from $10,000 to $40,000 for households earning less than $500,000.", True, [("money", 10000, "USD", None), ("money", 40000, "USD", None), ("money", 500000, "USD", "under")], None),
    ("en", "Taxpayers have until April 15 to file their 2025 returns.", True, [("date", "--04-15", None, None), ("year", 2025, None, None)], None),
    ("en", "Tax professionals advise filers to check their withholding early in the year.", False, [], None),
    ("en", "Taxpayers can track the status of a refund with the agency's online tool.", False, [], None),
    # --- Social Security (AP) ---
    ("en", "The Social Security trust fund that pays retirement benefits will be depleted in 2033, after which only 77% of scheduled benefits could be paid, the trustees said.", True, [("year", 2033, None, None), ("percent", 77, "%", None)], None),
    ("en", "Benefits will rise 2.8% in January under the annual cost-of-living adjustment, an average increase of roughly $56 a month.", True, [("percent", 2.8, "%", None), ("money", 56, "USD", "about")], None),
    # --- U.S. states and cities (AP) ---
    ("en", "SACRAMENTO, Calif. (AP) — California faces an $18 billion budget shortfall in the 2026-27 fiscal year, the Legislative Analyst's Office said.", True, [("money", 18000000000, "USD", None), ("year", 2026, None, None), ("year", 2027, None, None)], "the Legislative Analyst's Office"),
    ("en", "Lawmakers in Pennsylvania passed a $50.1 billion budget on Wednesday, 135 days after the deadline.", True, [("money", 50100000000, "USD", None), ("duration", 135, "day", None)], None),
    ("en", "Chicago's $16.6 billion budget closes a $1.15 billion gap, in part through a $21 million increase in property taxes.", True, [("money", 16600000000, "USD", None), ("money", 1150000000, "USD", None), ("money", 21000000, "USD", None)], None),
    ("en", "Mayor Denise Ortega told reporters the city would not bring back the head tax.", True, [], "Denise Ortega"),
    # --- Australia (AAP) ---
    ("en", "CANBERRA, May 12 (AAP) - Treasurer Michael Brandt will forecast a A$42.1 billion deficit for 2025-26 when he hands down the federal budget on Tuesday.", True, [("date", "--05-12", None, None), ("money", 42100000000, "AUD", None), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("en", "Gross debt is expected to peak at A$1.2 trillion, or 36.7% of GDP, in FY2028.", True, [("money", 1200000000000, "AUD", None), ("percent", 36.7, "%", None), ("year", 2028, None, None)], None),
    ("en", "The tax-free threshold remains at A$18,200, while the 16% rate on income between A$18,201 and A$45,000 falls to 14% from July 1, 2026.", True, [("money", 18200, "AUD", None), ("percent", 16, "%", None), ("money", 18201, "AUD", None), ("money", 45000, "AUD", None), ("percent", 14, "%", None), ("date", "2026-07-01", None, None)], None),
    ("en", "Brandt told parliament the cut would put an extra A$268 a year in the pockets of every taxpayer by 2027-28.", True, [("money", 268, "AUD", None), ("year", 2027, None, None), ("year", 2028, None, None)], "Brandt"),
    ("en", "The Medicare levy low-income threshold for singles will rise to A$27,400.", True, [("money", 27400, "AUD", None)], None),
    ("en", "\"This is a budget for the forgotten middle,\" Brandt said.", False, [], None),
    ("en", "Opposition Treasury spokesman Gareth Lyle said the government had \"lost control of spending\".", False, [], None),
    # --- Canada, New Zealand, India, Ireland (Reuters) ---
    ("en", "OTTAWA, Nov 4 (Reuters) - Canada's federal budget projects a deficit of C$71.6 billion for the 2025/26 fiscal year.", True, [("date", "--11-04", None, None), ("money", 71600000000, "CAD", None), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("en", "The debt-to-GDP ratio is forecast to edge down to 41.1% by 2029-30, the finance department said.", True, [("percent", 41.1, "%", None), ("year", 2029, None, None), ("year", 2030, None, None)], "the finance department"),
    ("en", "The government plans to cut public service spending by C$13 billion over five years, including about 16,000 jobs.", True, [("money", 13000000000, "CAD", None), ("duration", 5, "year", None), ("count", 16000, None, "about")], None),
    ("en", "WELLINGTON (Reuters) - New Zealand's Treasury forecast an operating deficit of NZ$13.4 billion for the year to June 2026, excluding ACC.", True, [("money", 13400000000, "NZD", None), ("year", 2026, None, None)], None),
    ("en", "Net core Crown debt is projected to peak at 46.9% of GDP in 2027/28, Finance Minister Alice Carrow told reporters.", True, [("percent", 46.9, "%", None), ("year", 2027, None, None), ("year", 2028, None, None)], "Alice Carrow"),
    ("en", "NEW DELHI, Feb 1 (Reuters) - India will aim for a fiscal deficit of 4.3% of GDP in the fiscal year starting April 1, down from a revised 4.6% this year.", True, [("date", "--02-01", None, None), ("percent", 4.3, "%", None), ("date", "--04-01", None, None), ("percent", 4.6, "%", None)], None),
    ("en", "Gross market borrowing is budgeted at Rs 14.8 lakh crore, the finance ministry said.", True, [("money", 14800000000000, "INR", None)], "the finance ministry"),
    ("en", "Individuals earning up to Rs 12 lakh a year will pay no income tax under the new regime.", True, [("money", 1200000, "INR", "up_to")], None),
    ("en", "DUBLIN, Oct 8 (Reuters) - Ireland unveiled a 9.4 billion euro budget package for 2026 on Tuesday, its smallest in four years.", True, [("date", "--10-08", None, None), ("money", 9400000000, "EUR", None), ("year", 2026, None, None), ("duration", 4, "year", None)], None),
    ("en", "Corporation tax, which accounts for almost a third of all tax revenue, is forecast to bring in 34.2 billion euros this year, the Department of Finance said.", True, [("fraction", 0.3333, None, "nearly"), ("money", 34200000000, "EUR", None)], "the Department of Finance"),
    # --- Japan and the euro zone (Reuters) ---
    ("en", "TOKYO, Dec 19 (Reuters) - Japan's cabinet approved a record 122.3 trillion yen budget for the fiscal year starting in April, with debt-servicing costs of 31.3 trillion yen.", True, [("date", "--12-19", None, None), ("money", 122300000000000, "JPY", None), ("money", 31300000000000, "JPY", None)], None),
    ("en", "The budget assumes a long-term interest rate of 3.0%, up from 2.6% in the current year's plan.", True, [("percent", 3.0, "%", None), ("percent", 2.6, "%", None)], None),
    ("en", "New bond issuance will cover about 24% of spending, the lowest share in 18 years.", True, [("percent", 24, "%", "about"), ("duration", 18, "year", None)], None),
    ("en", "BRUSSELS, Nov 25 (Reuters) - France's budget deficit will narrow only to 5.4% of GDP this year, well above the EU limit of 3%, the European Commission said.", True, [("date", "--11-25", None, None), ("percent", 5.4, "%", None), ("percent", 3, "%", None)], "the European Commission"),
    ("en", "Italy's debt will rise to 138.2% of GDP in 2026, the Commission forecast.", True, [("percent", 138.2, "%", None), ("year", 2026, None, None)], None),
    ("en", "Germany's deficit is expected to widen to 3.1% of GDP in 2026 as Berlin steps up defence and infrastructure spending.", True, [("percent", 3.1, "%", None), ("year", 2026, None, None)], None),
    # --- More copy (AAP, Reuters, PA) ---
    ("en", "SYDNEY (AAP) - NSW will post a A$2.2 billion deficit in 2025-26 before returning to a surplus of A$1.3 billion in 2028-29, Treasurer Daniel Morrow said.", True, [("money", 2200000000, "AUD", None), ("year", 2025, None, None), ("year", 2026, None, None), ("money", 1300000000, "AUD", None), ("year", 2028, None, None), ("year", 2029, None, None)], "Daniel Morrow"),
    ("en", "The budget includes A$3.4 billion over four years for hospitals, about a quarter of it for regional areas.", True, [("money", 3400000000, "AUD", None), ("duration", 4, "year", None), ("fraction", 0.25, None, "about")], None),
    ("en", "Unemployment is forecast to peak at 4.5 per cent, while wages grow 3.25 per cent in 2025-26, budget papers show.", True, [("percent", 4.5, "%", None), ("percent", 3.25, "%", None), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("en", "Britain's fiscal watchdog said it had cut its productivity forecast by 0.3 percentage points, which alone added £16bn to borrowing in 2029-30.", True, [("percent", 0.3, "pp", None), ("money", 16000000000, "GBP", None), ("year", 2029, None, None), ("year", 2030, None, None)], None),
    ("en", "Fuel duty will stay frozen at 52.95p a litre until September, when a staggered rise begins.", True, [("money", 0.5295, "GBP", None)], None),
    ("en", "The number of people paying the additional rate has more than tripled since 2010-11 to an estimated 1.3 million.", True, [("year", 2010, None, None), ("year", 2011, None, None), ("count", 1300000, None, "about")], None),
    ("en", "Local authorities in Scotland will receive £15.1 billion, an increase of almost half a billion pounds, Finance Secretary Shona Kerr told Holyrood.", True, [("money", 15100000000, "GBP", None), ("money", 500000000, "GBP", "nearly")], "Shona Kerr"),
    ("en", "Ottawa's debt charges will rise to C$55.6 billion in 2026/27, more than it spends on health transfers to the provinces.", True, [("money", 55600000000, "CAD", None), ("year", 2026, None, None), ("year", 2027, None, None)], None),
    ("en", "Tariffs could bring in about $200 billion a year, Treasury Secretary Caleb Warner told CNBC.", True, [("money", 200000000000, "USD", "about")], "Caleb Warner"),
    ("en", "\"This is the most irresponsible budget in a generation,\" the senator said.", False, [], None),
    ("en", "Whether the fiscal rules survive the next election is another matter.", False, [], None),
    ("en", "Pensioners' groups described the decision as \"a betrayal\".", False, [], None),
    # --- Rhetoric and boilerplate ---
    ("en", "\"Every pound we borrow is a pound our children will have to pay back,\" the prime minister said.", False, [], None),
    ("en", "\"We will fix the foundations and there will be no return to austerity,\" the chancellor told the Labour conference.", False, [], None),
    ("en", "Ministers insist the country cannot tax its way to growth.", False, [], None),
    ("en", "Business groups reacted to the package with dismay.", False, [], None),
    ("en", "For full coverage of the Budget, follow our live blog.", False, [], None),
    ("en", "(Reporting by Hannah Pryce; Editing by Mark Delaney)", False, [], None),
]

