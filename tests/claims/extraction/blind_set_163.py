"""Hundred-and-sixty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, councils and figures are
made up (Ingrid Hollersbacher, Tobias Grävenitz, Jonas Wiedebrock, Regula Tschannen, Sarah
Wyssbrod, Florian Hechenblaikner, Annelie Strobl-Haidacher, Markus Oberhauser, Arnold
Pirchner, Katharina Lüdersen, Raphael Ammann, Corinne Hagenbuch, Henrik Lindqvist, Ralf
Wiesmann, Daniela Brockhoff, Alois Reisecker, Mirjam Zuberbühler, Jens Ohlendorf; Harriet
Lowndes, Pemberton Capital, Owen Pilbrow, Grant Lashley, Ciaran Dolan, Rory Kinsella,
Aurélien Vasseur, Mathilde Carrère, Giancarlo Ferrante, Évelyne Marchand, Brendan Hollis,
Harcombe Borough Council, Denise Waterfield, Lorena Esquivel, Curtis Ambrose, Francis Okoro,
Helena Marwick, Simon Ashcombe, Graham Pettifer, Rupert Haldane, Joseph Mwangi Keter, Nathan
Coombe, Cameron Strachey, Morag Inglis); finance ministers, treasurers, chancellors, mayors,
commissioners, fiscal council chairs and office holders of real places and bodies appear
under made-up names that stand for no real holder, or by their role only ("der
Finanzminister", "ein Kommissionssprecher", "a finance ministry official", "a government
spokesperson"). Real bodies, parties, places and instruments ("Fiskalrat",
"Finanzministerium", "Grüne", "Bundestag", "Sondervermögen", "SPD", "Linke", "Bürgergeld",
"Haushaltsausschuss", "Bundesrat", "Eidgenössische Finanzverwaltung", "Schuldenbremse",
"SP", "Wintersession", "Nationalrat", "Ständerat", "Landeshauptstadt München", "Baureferat",
"FPÖ", "Fitch", "Moody's", "S&P", "Statistisches Bundesamt", "Deutscher Städtetag",
"Arbeitskreis Steuerschätzungen", "Bremen", "Zürcher Gemeinderat", "FDP", "EU-Kommission",
"Eurozone", "Bund der Steuerzahler", "Nordrhein-Westfalen", "Sauerland", "Grundsteuer B",
"Österreichischer Stabilitätspakt", "Steiermark", "Gemeindebund", "Hamburgische
Bürgerschaft", "Finanzbehörde", "Rechnungshof", "CDU"; "Congressional Budget Office", "CBO",
"Office for Budget Responsibility", "Office for National Statistics", "Senate", "Office of
Management and Budget", "Democrats", "Irish Fiscal Advisory Council", "Sinn Fein", "S&P
Global Ratings", "BTP", "Bund", "House of Commons", "NATO", "Local Government Association",
"LGA", "Legislative Analyst's Office", "Institute for Fiscal Studies", "Labour",
"Maidstone", "Treasury", "Kenya Revenue Authority", "International Monetary Fund", "Bank of
Japan", "Reserve Bank of Australia", "Scottish Fiscal Commission", "SNP", "Holyrood",
"Scottish Conservatives") stand for the way wire copy names them; every deficit, debt ratio,
tax yield, rate, cut, vote, rating, date and quote here is invented, and where a real figure
came to mind it was changed.

Its weight: PUBLIC FINANCES, BUDGETS, DEBT AND TAXES over one budget season (early September
to mid-December of 2026, the budgets for 2027), 32 stories in story order as the desks file
them, each told as wire copy runs it (a dateline lead, the figures, attributed claims, the
other side, quotes): budget speeches and drafts, deficits as shares of GDP, debt ratios, tax
changes and what they yield, spending cuts, fiscal councils' warnings, rating agencies'
grades and outlooks, oppositions' objections and municipal budgets. Half German (APA, dpa
with its regional slugs "dpa/lby", "dpa/lnw", "dpa/lno", Keystone-SDA, Reuters German, AFP
German; Austrian "heuer", "Budgetrede", "Auszahlungen", "Einzahlungen", "Abgang",
"Gemeindebund", German "Haushaltswoche", "Einzelpläne", "Bereinigungssitzung",
"Nettokreditaufnahme", "Haushaltssperre", "Stadtkämmerer", "Hebesatz", "Finanzsenator",
Swiss "Voranschlag", "Steuerfuss", "Finanzvorsteher", "Gemeinderätin", «» quotes, German „“
quotes): Austria's fiscal council warning, the Bundestag's budget week, the Swiss federal
draft budget, Munich's spending freeze, Austria's budget speech, Fitch's outlook on
Austria, a record municipal deficit, Moody's downgrade of France, the autumn tax estimate,
Zurich's city budget, the Commission's opinions on euro-area drafts, the Bundestag's final
vote, property tax rates in North Rhine-Westphalia, Austria's new stability pact, the Swiss
parliament's budget and Hamburg's double budget. Half English (Reuters, AP, AFP, PA): the
US deficit after 11 months, UK borrowing in August, a US government shutdown, Ireland's
budget, France's 2027 budget, Japan's extra budget, S&P's upgrade of Italy, Canada's budget,
English councils near the brink, California's deficit outlook, Chicago's budget, the UK
Autumn Budget and the OBR's forecast, Kenya's revenue shortfall, Australia's mid-year update
and the Scottish budget. Figures as such copy has them: deficits and debt in percent of GDP
("4,3 Prozent der Wirtschaftsleistung", "95.7% of gross domestic product"), budgets,
shortfalls, tax yields and savings in euros, francs, pounds, pence, dollars, Canadian and
Australian dollars, yen and Kenyan shillings with "Billionen" and "trillion", rates and
moves in percent, basis points and one in percentage points, tax rates above 100 percent
(Steuerfuss, Hebesatz), tallies of votes ("mit 52 zu 69 Stimmen", "55-45", "27-23"),
number-word compounds ("viertägigen", "knapp einstündigen", "fast zehnstündigen", "mehr als
15-stündigen", "dreitägigen", "zehnjähriger", "a 14-hour meeting", "30-year"), ordinals
("seine erste Budgetrede", "for a fourth time", "for the fifth year running", "die zweite
Herabstufung", "the second-highest"), shares in words ("um ein Fünftel", "Fast jede
dritte", "jede zehnte", "Mehr als jeder vierte", "Mehr als die Hälfte", "about two-thirds",
"almost two-fifths", "One in 10", "roughly one-tenth", "more than a third"), fiscal years
("fiscal 2026", "2026-27", "2027/28", "by 2029-30", "in 2028-29"), rating grades, hedges and
ranges, spans, years, dates with and without a year. Negatives as such copy has them:
ministers' and mayors' rhetoric and resolve, opposition labels and blame, fiscal watchdogs'
and economists' warnings and outlooks without a figure, hopes, advice, open questions and a
vox pop - two of them carrying figures, labelled.

243 rows (122 German, 121 English), 55 negatives (28 German, 27 English), 188 check-worthy
rows of which 15 carry no figure (10 German, 5 English), 342 expected quantities (103
amounts of money - 40 EUR, 20 GBP, 18 USD, 12 CHF, 4 AUD, 3 CAD, 3 JPY, 3 KES -, 66
percentages - 61 in "%", 4 in basis points "bp", 1 in percentage points "pp" -, 57 years, 33
durations - 16 in years, 7 in months, 4 in days, 4 in hours, 2 in weeks -, 28 counts, 23
dates, 18 ordinals, 14 fractions; 3 of them in two negatives, as the seventeenth batch
labels a figure in a negative), 35 checked speakers (17 German, 18 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, case and punctuation normalised) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, label or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-forty-eighth, hundred-fifty-first); a reported statement of fact or figure is
  check-worthy with its speaker. The pairs from one speaker: Hollersbacher's interest bill
  ("Hollersbacher sagte, ...") beside her „Die Zeit der Ankündigungen ist vorbei, ...“;
  Grävenitz's record investment and his consolidation gap beside „Wer jetzt noch
  Steuergeschenke verspricht, ...“ and „Dieser Haushalt investiert in die Zukunft ...“;
  Oberhauser's net deficit beside „... wie ein Haus ohne Dach“; Ambrose's pension funding
  beside "We made the hard choices ..."; Marwick's headroom ("Marwick told MPs ...") beside
  "the broadest shoulders ..." (hundred-fifty-first: Hinterleitner's quoted cost beside his
  rhetoric). Konjunktiv I paraphrases of a figure or a fact are check-worthy with the
  speaker their own attribution gives ("Das Nettodefizit des Bundes betrage damit ..., sagte
  Oberhauser ...", "Die Schuldenbremse werde eingehalten, sagte Finanzministerin Regula
  Tschannen ...", "Das Defizit sei damit um 5,4 Milliarden Euro höher ausgefallen ...,
  teilte das Statistische Bundesamt ... mit."; thirty-ninth, hundred-fifty-first), and so is
  a rating agency's paraphrased reasoning ("Österreich habe seit 2019 drei Rezessionsjahre
  verkraften müssen, schrieb Fitch ..."). New: "Die Schuldenbremse werde eingehalten" is
  check-worthy without a figure - compliance with a fiscal rule is a fact the accounts
  settle, unlike the hundred-thirty-first's "Die Schuldenbremse habe sich einmal mehr
  bewährt", a verdict.
- Check-worthy without a figure (fifteen rows; ninety-eighth, hundred-fiftieth,
  hundred-fifty-first): a spending freeze decided, a final vote scheduled "für Ende
  November", a pact agreed, a rating confirmed with its outlook cut, grades held by two
  agencies, a downgrade and the agency's stated grounds, French yields above Spanish ones,
  the countries named in the Commission's list, the opposition's pledge to reverse a tax
  cut, a minister's account of a spending freeze ("told reporters that ..."), a minister's
  stated change of target, Chicago's grade and the treasurer's stated cause of overruns.
- Forecasts, projections, targets and demands with a figure are check-worthy (seventh,
  eightieth, hundred-thirty-ninth, hundred-fiftieth, hundred-fifty-first): the Fiskalrat's
  deficit and debt estimates, the budgets' aims, the tax estimate, the CBO's estimate, the
  OBR's and the Scottish Fiscal Commission's forecasts, S&P's deficit path, the LAO's
  projections, Kenya's IMF programme, the Städtetag's demand "von 2,2 auf 5 Prozent" and
  the business lobbies' demand "auf 25 Prozent" (hundred-fiftieth: wage demands). A
  fiscal council's warning that states a checkable fact with a figure is check-worthy ("The
  Irish Fiscal Advisory Council has warned that the government is breaking its own spending
  rule for the fifth year running."), while warnings, outlooks and market views without a
  figure are negatives (hundred-fiftieth, hundred-fifty-first: "Fiscal watchdogs warned
  ..."): "Der Rechnungshof der Hansestadt hatte zuvor eindringlich vor steigenden Zinslasten
  gewarnt.", "Ökonomen rechnen nicht damit, ...", "Economists warned that further tax rises
  ...", "Analysts doubt ...", "Some analysts worry ...", "Investors will be watching whether
  ...", "Economists said the update gave the Reserve Bank of Australia little reason ...".
- Other negatives (ninety-eighth to hundred-fifty-first): labels of parties, ministries,
  lobbies and politicians ("Die Grünen sprachen von ...", "... nannte den Entwurf ein
  „Belastungspaket für die Fleißigen“", "Das Finanzministerium sprach von ...", "... nannte
  die Lage ... „insgesamt beherrschbar, aber fragil“", "... sprachen von „Abzocke“", "...
  sprach von einem „tragfähigen Kompromiss“", "Die CDU-Fraktion nannte den Etat ...", "...
  called the budget "an insult to working people"", ""a credit card with no limit"", ""a
  confession of failure"", "... said the budget "punishes anyone who wants to get on"");
  accusations and blame without facts ("Die Opposition im Stadtrat warf der Rathauskoalition
  vor, ...", "Die Opposition warf der Regierung vor, die Schuldenbremse mit Buchungstricks
  zu umgehen.", ""holding the government hostage"", "a tax raid on aspiration" that broke
  "every promise" - eighty-fourth); rhetoric, verdicts and resolve in quotes («Wir leben von
  der Substanz», «Das ist ein Budget auf Kosten der Ärmsten der Welt», „Die Städte stehen
  mit dem Rücken zur Wand“, ""This budget is a Band-Aid on a bullet wound,"", ""We cannot
  tax our way out of this,"", "would "not gamble with the public finances"", ""protect the
  progress we've made""); a mayor's pledge („Wir sparen nicht an den Kitas ...“, versicherte
  ...); a ministry's reaction („zur Kenntnis“); an economist's colour (""These figures leave
  the Chancellor with a mountain to climb ...""); a hope ("Die Koalition hofft, ...");
  advice ("Der Gemeindebund rät den Kommunen, ..."); appeals naming no measure ("Advocates
  for low-income families urged lawmakers ..."; hundred-thirty-eighth); open questions ("Ob
  die Länder die Vorgaben ... einhalten können, ist ... umstritten.", "Wie streng Brüssel
  ... auslegt, gilt ... als offen.", "Whether air traffic controllers ... remains an open
  question.", and "Ob die Länder ihre Haushalte 2027 ausgleichen können, ließen die Schätzer
  offen." with its year labelled); and a vox pop with its figures labelled (""I've worked 41
  years ...," said retired engineer Graham Pettifer, 67," 41 and 67 years;
  hundred-twenty-fourth, hundred-fiftieth).
- Percentages (every batch): deficits and debt as shares of GDP as written ("4,3 Prozent der
  Wirtschaftsleistung", "3,1 Prozent der Wirtschaftsleistung" settled in the
  hundred-thirty-eighth, "95.7% of gross domestic product", "about 137% of GDP" "about",
  "roughly 230%" "about"), "die Maastricht-Grenze von drei Prozent" 3 and "the European
  Union's 3% ceiling" 3 (hundred-thirty-eighth: "die Drei-Prozent-Grenze"), "über drei
  Prozent der Wirtschaftsleistung" 3 "over", "von höchstens 0,76 Prozent" "at_most"
  (hundred-twenty-fourth: "auf höchstens drei Prozent pro Jahr"), "bis zu 1,5 Prozent" and
  "by up to 8%" "up_to", "von 2,2 auf 5 Prozent" and "von 581 auf 612 Prozent" both with the
  unit written once (seventy-sixth), "to 9% from 13.5%", "to 1.1% from 1.6%", "to 4.6% of
  GDP from an expected 5.2%", "mit einem Plus von 11,6 Prozent" 11.6 (hundred-fifty-seventh:
  the noun "Plus" names the direction), "um drei Prozentpunkte" 3 pp, moves in basis points
  ("rose 4 basis points", "narrowed to 71 basis points", "down 7 basis points", "um sechs
  Basispunkte" bp; hundred-thirty-ninth), "at 59%" a stated chance. New: a tax multiplier
  written in percent stays a percent as written, also above 100 ("Der Steuerfuss bleibt
  unverändert bei 119 Prozent", "von 581 auf 612 Prozent", "einem Hebesatz von 1.190
  Prozent" 1190 with the German thousands point) - as a debt ratio above 100 ("115% of GDP",
  eighteenth).
- Money in the currency written (every batch): EUR ("524,6 Milliarden Euro", "rund 34
  Milliarden Euro" "about", "von 0,8 auf 2,1 Milliarden Euro" both - the unit written once,
  hundred-twenty-fourth: "um rund 2,4 Billionen auf 6,2 Billionen Euro" -, "rund 3,5
  Billionen Euro" 3.5e12, "insgesamt 1,6 Milliarden Euro" - "insgesamt" no hedge -, "68
  Euro im Jahr" - "im Jahr" none -, "9.4 billion euros", "sales above 1 billion euros"
  "over" - hundred-fifty-first: "assets above 10 million pounds"), CHF ("640 Millionen
  Franken", "um weitere 110 Millionen Franken" - "weitere" no hedge -, "42 Millionen Franken
  mehr als vom Bundesrat beantragt" - the "mehr als" after the figure compares,
  hundred-first -, "von bis zu 380 Millionen Franken" "up_to"), GBP ("18.9 billion pounds",
  "11.8 billion pounds more", "more than 2 million pounds" "over", "between 2,500 and 7,500
  pounds" both - "between" no hedge -, "23 billion pounds a year" - "a year" none -, "by 5p
  a litre" 0.05 GBP - pence as hundredths, hundred-thirtieth: "441p" 4.41), USD ("$1.97
  trillion", "about $140 billion more" "about", "a fee of $2 a month" 2, "$17.1 billion"),
  JPY with its converted figure ("17.8 trillion yen ($118 billion)", eightieth; "30,000 yen
  per household" - "per household" none), CAD ("C$71.3 billion", hundred-thirty-first), AUD
  ("A$36.8 billion", "A$1.08 trillion"; forty-ninth). New: "1,007 Billionen Euro" is
  1,007,000,000,000 EUR - three digits after a German comma before a scale word are
  decimals, not a thousands group, as "1,07 Mrd. Euro" (hundred-thirtieth) is 1.07 billion.
  New: "a 68.9 billion pound budget" is 68.9e9 GBP - the currency in the singular inside a
  compound modifier is still the currency written. New: bare "shillings" after "Kenyan
  shillings" in a Kenyan story are KES ("1.21 trillion shillings", "11.8 trillion
  shillings"; hundred-forty-first: "Kenyan shillings", "KSh", "Sh" KES). New: "US$60 a
  tonne" and "about US$45" are USD in an Australian story - the prefix names the currency as
  "A$" and "C$" do; "a tonne" none.
- Rating grades: New: a rating grade carries no quantity ("„AA“", "„Aa1“ beziehungsweise
  „AA+“", "von „Aa3“ auf „A1“", "to "A-" from "BBB+"", ""Baa2"", ""Baa3"") - its digit is
  part of a label, as the road identifiers "A 10" and "A38" (hundred-fifty-second) and the
  eighteenth batch's "cut its rating on France to A+" with no quantity; outlooks ("von
  „stabil“ auf „negativ“") carry none either.
- Counts (every batch): tallies ("mit 52 zu 69 Stimmen", "mit 128 zu 62 Stimmen bei 6
  Enthaltungen", "331 Abgeordnete, 262 votierten dagegen, es gab zwei Enthaltungen"; the
  hyphenated "The vote was 55-45, five short of the 60 required" 55, 45, 5 and 60 and
  "approved 27-23" 27 and 23; hundred-fifty-first), "etwa 1.200 Stellen" "about",
  "Roughly 750,000 federal employees" "about", "just 10 firms" ("just" no hedge,
  hundred-fifty-first), "drei Rezessionsjahre" 3 (a year inside a compound noun counted as
  "60 Handelstage", hundred-fiftieth), "about 16,000 public service jobs" "about", "the
  support of at least one opposition party" 1 "at_least" (hundred-fifty-first: "at least
  one other party"), "312 councils", "von sechs Euroländern", "insgesamt neun
  Mitgliedstaaten", "the city's four pension funds" 4, "an estimated 920,000 more people"
  "about" ("more" after the figure no hedge), "at least 19 people" "at_least", "361
  Kommunen", "at least 10 opposition MSPs" "at_least". None: "Bund, Länder und Gemeinden",
  "den beiden Sondervermögen" ("beiden" none, eighty-first), "Both main opposition parties",
  "Grundsteuer B", "12:01 a.m." (a clock time, eighty-first), "in decades".
- Ordinals and fractions (the issue; every batch): "seine erste Budgetrede" 1, "for a
  fourth time" 4, "for the fifth year running" 5, "for a third year" 3 (twice), "the second
  time in 12 months" 2 with 12 months, "the second-highest" 2 (the issue's "die
  drittgrößte Stadt"), "die zweite Herabstufung ... binnen sechs Monaten" 2 and 6 months,
  "her first budget speech" 1, "for the first time" 1 (settled), "It is the first federal
  shutdown in almost seven years" 1 and 7 years "nearly", "im ersten Halbjahr" 1 with no
  fraction, twice in one row (hundred-fiftieth: "in the first half of 2026" 1 and no
  fraction), "im ersten und ... im zweiten Jahr" 1 and 2 with no duration (hundred-fiftieth:
  "within the third year" 3), "the first 11 months" and "the first five months" ordinal 1
  with the span (eightieth, hundred-fiftieth). "erstmals" none (forty-first). Fractions:
  "um ein Fünftel" 0.2 ("um" no hedge), "jede zehnte davon" 0.1 and "One in 10 councils" 0.1
  (the issue's "jeder vierte"; hundred-fifty-first: "About 1 in 3"), "Fast jede dritte
  Kommune" 0.3333 "nearly", "Mehr als jeder vierte Euro" 0.25 "over", "Mehr als die Hälfte"
  0.5 "over", "about two-thirds of them" 0.6667 "about", "about half of them" and "roughly
  half of all" 0.5 "about", "Half of the tax rises" 0.5, "almost two-fifths" 0.4 "nearly",
  "roughly one-tenth" 0.1 "about", "more than a third" 0.3333 "over", "about a third of the
  total" 0.3333 "about".
- Durations and ages (the issue; every batch): "der viertägigen Haushaltswoche" 4 days,
  "nach dreitägigen Beratungen" and "nach einer dreitägigen Haushaltsdebatte" 3 days (the
  issue's "dreitägige Reise"), "in seiner knapp einstündigen Rede" 1 hour "nearly"
  (hundred-thirty-eighth: "einen einwöchigen Urlaub" 1 week), "nach einer fast
  zehnstündigen Debatte" 10 hours "nearly", "a 14-hour meeting", "in den kommenden acht
  Wochen", "in den kommenden fünf Jahren", "binnen sechs Monaten", "for seven weeks",
  "for three months", "70 days", "the highest for the month in five years" 5 years, "within
  the next two years", "over the next three years" and "over five years" and "over four
  years" ("over" before an article or a span no hedge, hundred-fiftieth), "for a further two
  years" ("further" no hedge, as "another", hundred-fifty-sixth), "a freeze that has lasted
  16 years", "in the final two years" 2 years ("final" no ordinal), "over the 11 months";
  maturities ("Yields on 30-year Japanese government bonds" 30 years, "Italian 10-year BTP
  yields" and "the 10-year yield" 10 years - twentieth: "the 10-year Treasury"; New: "Die
  Rendite zehnjähriger französischer Staatsanleihen" is 10 years, the number word fused with
  its unit as "dreitägige"). New: "in einer mehr als 15-stündigen Marathonsitzung" is 15
  hours "over" - digits before "-stündig" read as the number words of "sechsstündigen"
  (hundred-fifty-first) and "a 14-hour session". None: "heuer", "im kommenden Jahr", "next
  year", "this year", "a year earlier", "last year", "next month", "jährlich", "im Jahr", "a
  year", "a month", "a litre", "a tonne", months ("im Mai", "im Oktober", "in August", "from
  July", "from January", "from September", "in April", "in March", "in February", "in
  September and October", "in the spring"), "Ende November", "monatelangem", weekdays.
- Years and dates: "2027", "bis Ende 2027", "bis 2028", "bis 2029", "bis 2030", "bis 2031",
  "seit 2019", "seit 2022", "im Juni 2024", "in 2027", "by 2029", "since 2010", "in 2023",
  "until April 2031" its year only (hundred-fifty-first: "per Ende März 2026"), "since
  records began in 1948", "for the year to June 2027" 2027; fiscal years give both years
  ("for the 2026-27 fiscal year", "by 2029-30" twice, "in 2028-29", "for 2027-28",
  "Doppelhaushalt 2027/28"; fortieth, hundred-fifty-sixth). New: "in the first 11 months of
  fiscal 2026" carries year 2026 - the fiscal label names the year as written, as "its
  2026-27 budget" gives its years. Dates without a year: "Sept. 30", "Nov. 25", "through
  Nov. 20", "on Dec. 31", "on Nov. 27", "on Nov. 20", "by Jan. 10", "on Oct. 31", "am 30.
  November", "für den 18. bis 20. November" two dates with the month written once
  (hundred-fiftieth), "am 8. Dezember", "am 18. Dezember"; Reuters and AFP English datelines
  with a day ("WASHINGTON, Sept 9 (Reuters)", "LONDON, Sept 22 (Reuters)", "DUBLIN, Oct 6
  (Reuters)", "PARIS, Oct 14 (AFP)", "TOKYO, Oct 22 (Reuters)", "MILAN, Oct 23 (Reuters)",
  "OTTAWA, Nov 3 (Reuters)", "LONDON, Nov 25 (Reuters)", "NAIROBI, Dec 2 (Reuters)",
  "CANBERRA, Dec 16 (Reuters)"; hundred-fifty-second); APA, dpa with its slugs,
  Keystone-SDA, Reuters German, AFP German, AP ("SACRAMENTO, Calif. (AP) —") and PA
  datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly",
  "Roughly", "an estimated" "about"; "knapp", "fast", "Fast", "almost" "nearly"; "mehr als",
  "Mehr als", "more than", "above", "über" "over"; "bis zu", "up to" "up_to"; "at least"
  "at_least"; "höchstens" "at_most". No hedge: "insgesamt", "nur", "only", "just",
  "bereits", "allein", "Allein", "unverändert", "voraussichtlich" (hundred-fifty-first),
  "weitere", "a further", "im Schnitt", "zusammen", "combined", "between", "um" and "by"
  before a difference or a share, "more", "mehr als" and "wider than" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte der Fiskalrat am
  Dienstag mit", "teilte die Eidgenössische Finanzverwaltung mit", "teilte das Statistische
  Bundesamt am Dienstag mit", "teilte die Finanzbehörde mit" and "teilte die Stadt Wien mit"
  the source with its article, the weekday dropped (eighty-first, hundred-fifty-second);
  "nach Angaben des Deutschen Städtetags" -> "der Deutsche Städtetag" in the nominative
  (seventieth, hundred-fifty-second); "sagte ein Kommissionssprecher" -> "ein
  Kommissionssprecher" (fifty-eighth); "sagte Stadtkämmerer Florian Hechenblaikner", "sagte
  Finanzministerin Regula Tschannen vor den Medien in Bern", "sagte Finanzminister Tobias
  Grävenitz (SPD)", "Finanzvorsteher Raphael Ammann sagte, ..." and "Finanzsenator Jens
  Ohlendorf (SPD) sagte, ..." the name with the title and the party dropped
  (hundred-fifty-first: "Finanzminister Konrad Brettschneider (CDU) sagte"); "sagte
  Oberhauser in seiner ... Rede", "sagte Finanzministerin Tschannen", "Hollersbacher sagte,
  ..." and "Grävenitz sagte, ..." the surname as written. New: "nach Angaben der Behörde" ->
  "die Behörde" - the Commission named in the lead taken up by its common noun in the
  nominative, as "the ministry said" -> "the ministry" (hundred-fiftieth) and "nach Angaben
  der BA" -> "die BA". English: "the Congressional Budget Office said on Wednesday", "the
  Office for National Statistics said", "the finance ministry said", "the Institute for
  Fiscal Studies said", "the Scottish Fiscal Commission said" and "the Legislative Analyst's
  Office said Wednesday" with the article, the weekday dropped (hundred-fiftieth,
  hundred-fifty-first); "according to the Office of Management and Budget" with its article
  (the issue); "the LGA said" -> "the LGA" (hundred-fifty-second: "the SFO said"); "the
  treasury said" -> "the treasury" (a body taken up by its common noun, hundred-fiftieth);
  "S&P said it expects ..." -> "S&P" as written (hundred-fiftieth: "Corvane said it expects
  ..."); "Finance Minister Ciaran Dolan said", "Finance Minister Évelyne Marchand said in
  her first budget speech ...", "Mayor Curtis Ambrose said", "OBR chair Rupert Haldane said"
  and "Treasurer Nathan Coombe said in the mid-year update that ..." the name with the
  office dropped (fifteenth, hundred-fifty-first); "Budget Minister Aurélien Vasseur told
  reporters that ..." -> "Aurélien Vasseur" and "Marwick told MPs ..." -> "Marwick" (a
  minister telling an audience, hundred-thirty-fourth: "Dubosc told reporters" -> "Dubosc");
  "Marchand said" as written. Left unchecked (None): "Der Fiskalrat erwartet", "rechnet das
  Gremium", "Für 2028 rechnet die Finanzverwaltung", "the CBO estimated", "The Office for
  Budget Responsibility now expects", "The nonpartisan office projected" (estimating verbs,
  hundred-tenth, hundred-fiftieth), "nach Berechnungen des Rats", "Das geht aus der
  Herbst-Steuerschätzung hervor", "official figures showed", "according to a Local
  Government Association survey", "according to a supplementary budget tabled in parliament"
  (documents and data, hundred-fiftieth), "Das Finanzministerium verwies auf" and
  "Kommunalministerin Daniela Brockhoff verwies auf" (hundred-fifty-first: "verwies
  darauf"), "Die Linke kritisierte, dass ...", "Der Städtetag fordert, ...", "Die
  Wirtschaftsverbände forderten erneut, ...", "Die Agentur begründete den Schritt mit ...",
  "The Irish Fiscal Advisory Council has warned that ..." (verbs no batch settled), "a
  finance ministry official said" and "A government spokesperson said" (a role without a
  name, hundred-fifteenth), "Democrats said" and "Analysts had pencilled in" (plural groups,
  forty-first). New: "schrieb Fitch in seiner Begründung" is left unchecked - "schrieb" with
  a rating agency's written reasoning is a form no batch settled, and this batch does not
  settle it either. Rows without attribution and all negatives, also those with a named
  speaker, have speaker None.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_163 = [
    # --- Fiskalrat warnt vor höherem Defizit (APA) ---
    (
        "de",
        "Wien (APA) - Der Fiskalrat erwartet für heuer ein gesamtstaatliches Defizit von 4,3 Prozent der Wirtschaftsleistung und damit deutlich mehr als die Regierung.",
        True,
        [("percent", 4.3, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2027 rechnet das Gremium mit 3,9 Prozent, sofern keine zusätzlichen Sparmaßnahmen beschlossen werden.",
        True,
        [("year", 2027, None, None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Staatsschuldenquote dürfte bis Ende 2027 auf knapp 86 Prozent steigen, teilte der Fiskalrat am Dienstag mit.",
        True,
        [("year", 2027, None, None), ("percent", 86, "%", "nearly")],
        "der Fiskalrat",
    ),
    (
        "de",
        "Um die Maastricht-Grenze von drei Prozent bis 2028 wieder einzuhalten, fehlen nach Berechnungen des Rats jährlich rund 2,6 Milliarden Euro.",
        True,
        [("percent", 3, "%", None), ("year", 2028, None, None), ("money", 2600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Die Zeit der Ankündigungen ist vorbei, jetzt braucht es Taten“, sagte Fiskalratspräsidentin Ingrid Hollersbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollersbacher sagte, allein die Zinsausgaben des Bundes würden bis 2029 auf 11,4 Milliarden Euro steigen.",
        True,
        [("year", 2029, None, None), ("money", 11400000000, "EUR", None)],
        "Hollersbacher",
    ),
    (
        "de",
        "Das Finanzministerium verwies auf das bereits beschlossene Konsolidierungspaket im Umfang von 6,4 Milliarden Euro.",
        True,
        [("money", 6400000000, "EUR", None)],
        None,
    ),
    ("de", "Die Grünen sprachen von einem „Offenbarungseid der Regierung“.", False, [], None),
    # --- Bundestag beginnt Haushaltswoche (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat am Dienstag mit den Beratungen über den Bundeshaushalt 2027 begonnen, der Ausgaben von 524,6 Milliarden Euro vorsieht.",
        True,
        [("year", 2027, None, None), ("money", 524600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Neuverschuldung im Kernhaushalt soll bei 89,3 Milliarden Euro liegen, hinzu kommen Kredite aus den beiden Sondervermögen für Infrastruktur und Verteidigung.",
        True,
        [("money", 89300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zum Auftakt der viertägigen Haushaltswoche sagte Finanzminister Tobias Grävenitz (SPD), die Investitionen erreichten mit 126 Milliarden Euro einen Rekordwert.",
        True,
        [("duration", 4, "day", None), ("money", 126000000000, "EUR", None)],
        "Tobias Grävenitz",
    ),
    (
        "de",
        "Für das Jahr 2028 klafft in der Finanzplanung allerdings noch eine Lücke von rund 34 Milliarden Euro.",
        True,
        [("year", 2028, None, None), ("money", 34000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Dieser Haushalt ist auf Sand gebaut“, sagte der Grünen-Haushaltspolitiker Jonas Wiedebrock.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Linke kritisierte, dass der Etat für das Bürgergeld um 1,8 Milliarden Euro gekürzt werde.",
        True,
        [("money", 1800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Haushaltsausschuss sollen die Einzelpläne nun in den kommenden acht Wochen beraten werden.",
        True,
        [("duration", 8, "week", None)],
        None,
    ),
    ("de", "Die Schlussabstimmung im Plenum ist für Ende November geplant.", True, [], None),
    (
        "de",
        "Die Koalition hofft, die Lücke bis zum Sommer mit einem Abbau von Subventionen zu schließen.",
        False,
        [],
        None,
    ),
    # --- US deficit after 11 months (Reuters) ---
    (
        "en",
        "WASHINGTON, Sept 9 (Reuters) - The U.S. federal government ran a $1.97 trillion budget deficit in the first 11 months of fiscal 2026, the Congressional Budget Office said on Wednesday.",
        True,
        [
            ("date", "--09-09", None, None),
            ("money", 1970000000000, "USD", None),
            ("ordinal", 1, None, None),
            ("duration", 11, "month", None),
            ("year", 2026, None, None),
        ],
        "the Congressional Budget Office",
    ),
    (
        "en",
        "That was about $140 billion more than in the same period a year earlier, largely because of higher interest costs.",
        True,
        [("money", 140000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Net interest payments on the debt reached $1.02 trillion, exceeding defense spending for the first time, the CBO estimated.",
        True,
        [("money", 1020000000000, "USD", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Revenue rose 6% to $4.81 trillion, helped by higher tariff collections, while outlays climbed 7% to $6.78 trillion.",
        True,
        [
            ("percent", 6, "%", None),
            ("money", 4810000000000, "USD", None),
            ("percent", 7, "%", None),
            ("money", 6780000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Customs duties brought in $187 billion over the 11 months, up from $71 billion a year earlier.",
        True,
        [("money", 187000000000, "USD", None), ("duration", 11, "month", None), ("money", 71000000000, "USD", None)],
        None,
    ),
    ("en", "Fiscal hawks said the numbers showed Washington had lost any sense of restraint.", False, [], None),
    ("en", "The government's fiscal year ends on Sept. 30.", True, [("date", "--09-30", None, None)], None),
    # --- Voranschlag 2027 des Bundes (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat rechnet für 2027 mit einem Defizit von 640 Millionen Franken im ordentlichen Haushalt.",
        True,
        [("year", 2027, None, None), ("money", 640000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ohne das Entlastungspaket wäre das Minus rund 2,7 Milliarden Franken höher ausgefallen, teilte die Eidgenössische Finanzverwaltung mit.",
        True,
        [("money", 2700000000, "CHF", "about")],
        "die Eidgenössische Finanzverwaltung",
    ),
    (
        "de",
        "Im Jahresvergleich wachsen die Ausgaben des Bundes um 2,4 Prozent auf 90,1 Milliarden Franken, die Einnahmen um 3,1 Prozent.",
        True,
        [("percent", 2.4, "%", None), ("money", 90100000000, "CHF", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Überdurchschnittlich wachsen die Ausgaben für die Armee, und zwar um 7,2 Prozent.",
        True,
        [("percent", 7.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Schuldenbremse werde eingehalten, sagte Finanzministerin Regula Tschannen vor den Medien in Bern.",
        True,
        [],
        "Regula Tschannen",
    ),
    (
        "de",
        "«Wir haben die Ausgaben nicht im Griff, sondern nur aufgeschoben», sagte SP-Nationalrätin Sarah Wyssbrod.",
        False,
        [],
        None,
    ),
    (
        "de",
        "National- und Ständerat nehmen sich das Budget in der Wintersession vor, die am 30. November beginnt.",
        True,
        [("date", "--11-30", None, None)],
        None,
    ),
    # --- UK public borrowing in August (Reuters) ---
    (
        "en",
        "LONDON, Sept 22 (Reuters) - British public sector net borrowing rose to 18.9 billion pounds in August, the highest for the month in five years, official figures showed on Tuesday.",
        True,
        [("date", "--09-22", None, None), ("money", 18900000000, "GBP", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Analysts had pencilled in borrowing of 14.6 billion pounds for the month.",
        True,
        [("money", 14600000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "In the first five months of the financial year, borrowing totalled 91.4 billion pounds, 11.8 billion pounds more than the Office for Budget Responsibility had forecast.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 5, "month", None),
            ("money", 91400000000, "GBP", None),
            ("money", 11800000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Public sector net debt stood at 95.7% of gross domestic product, the Office for National Statistics said.",
        True,
        [("percent", 95.7, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Debt interest payments were 8.3 billion pounds in August, down 1.1 billion pounds from a year earlier, partly because of lower costs on inflation-linked gilts.",
        True,
        [("money", 8300000000, "GBP", None), ("money", 1100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"These figures leave the Chancellor with a mountain to climb before the Budget," said Harriet Lowndes, an economist at Pemberton Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Treasury Chief Secretary Owen Pilbrow said the government would "not gamble with the public finances".',
        False,
        [],
        None,
    ),
    ("en", "The Budget is due on Nov. 25.", True, [("date", "--11-25", None, None)], None),
    ("en", "Economists warned that further tax rises now looked all but unavoidable.", False, [], None),
    # --- Haushaltssperre in München (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Die Landeshauptstadt München rechnet im kommenden Jahr mit einem Defizit von rund 480 Millionen Euro im laufenden Haushalt.",
        True,
        [("money", 480000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Gewerbesteuereinnahmen würden voraussichtlich um 190 Millionen Euro hinter den Planungen zurückbleiben, sagte Stadtkämmerer Florian Hechenblaikner.",
        True,
        [("money", 190000000, "EUR", None)],
        "Florian Hechenblaikner",
    ),
    (
        "de",
        "Der Stadtrat beschloss deshalb eine Haushaltssperre, von der nur Pflichtaufgaben ausgenommen sind.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis 2030 sollen in der Verwaltung etwa 1.200 Stellen nicht nachbesetzt werden, jede zehnte davon im Baureferat.",
        True,
        [("year", 2030, None, None), ("count", 1200, None, "about"), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Die Schulden der Stadt sind seit 2022 von 0,8 auf 2,1 Milliarden Euro gestiegen.",
        True,
        [("year", 2022, None, None), ("money", 800000000, "EUR", None), ("money", 2100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir sparen nicht an den Kitas und nicht an den Schulen“, versicherte Oberbürgermeisterin Annelie Strobl-Haidacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Opposition im Stadtrat warf der Rathauskoalition vor, die Krise jahrelang ignoriert zu haben.",
        False,
        [],
        None,
    ),
    # --- US government shuts down (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The federal government shut down at 12:01 a.m. Thursday after the Senate failed for a fourth time to advance a stopgap spending bill.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The measure would have kept agencies funded at current levels for seven weeks, through Nov. 20.",
        True,
        [("duration", 7, "week", None), ("date", "--11-20", None, None)],
        None,
    ),
    (
        "en",
        "The vote was 55-45, five short of the 60 required to break a filibuster.",
        True,
        [("count", 55, None, None), ("count", 45, None, None), ("count", 5, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "Roughly 750,000 federal employees are expected to be furloughed, according to the Office of Management and Budget.",
        True,
        [("count", 750000, None, "about")],
        "the Office of Management and Budget",
    ),
    (
        "en",
        'Senate Majority Leader Grant Lashley said Democrats were "holding the government hostage".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Democrats said they would block any stopgap that did not also renew health care subsidies due to lapse on Dec. 31.",
        True,
        [("date", "--12-31", None, None)],
        None,
    ),
    (
        "en",
        "It is the first federal shutdown in almost seven years.",
        True,
        [("ordinal", 1, None, None), ("duration", 7, "year", "nearly")],
        None,
    ),
    (
        "en",
        "Whether air traffic controllers, who must work without pay, will keep turning up for their shifts remains an open question.",
        False,
        [],
        None,
    ),
    # --- Irish budget (Reuters) ---
    (
        "en",
        "DUBLIN, Oct 6 (Reuters) - The Irish government on Tuesday set out 9.4 billion euros of extra spending and tax measures for 2027, including 1.6 billion euros of tax cuts, as it keeps spending a windfall from corporate tax receipts.",
        True,
        [
            ("date", "--10-06", None, None),
            ("money", 9400000000, "EUR", None),
            ("year", 2027, None, None),
            ("money", 1600000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Finance Minister Ciaran Dolan said the government expected a surplus of 7.2 billion euros next year, or 1.9% of national income, excluding one-off receipts.",
        True,
        [("money", 7200000000, "EUR", None), ("percent", 1.9, "%", None)],
        "Ciaran Dolan",
    ),
    (
        "en",
        "Receipts from corporation tax should reach 34.5 billion euros this year, about half of them paid by just 10 firms.",
        True,
        [("money", 34500000000, "EUR", None), ("fraction", 0.5, None, "about"), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The rate of value-added tax on restaurant meals will fall to 9% from 13.5% from July.",
        True,
        [("percent", 9, "%", None), ("percent", 13.5, "%", None)],
        None,
    ),
    (
        "en",
        "The Irish Fiscal Advisory Council has warned that the government is breaking its own spending rule for the fifth year running.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        '"This is a budget for the few who already have," Sinn Fein finance spokesperson Rory Kinsella told parliament.',
        False,
        [],
        None,
    ),
    ("en", "Both main opposition parties have pledged to reverse the VAT cut if elected.", True, [], None),
    # --- Budgetrede im Nationalrat (APA) ---
    (
        "de",
        "Wien (APA) - Finanzminister Markus Oberhauser hat am Mittwoch im Nationalrat seine erste Budgetrede gehalten und für 2027 ein Defizit von 4,1 Prozent angekündigt.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Auszahlungen des Bundes sollen auf 128,7 Milliarden Euro steigen, die Einzahlungen auf 109,2 Milliarden Euro.",
        True,
        [("money", 128700000000, "EUR", None), ("money", 109200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Nettodefizit des Bundes betrage damit 19,5 Milliarden Euro, sagte Oberhauser in seiner knapp einstündigen Rede.",
        True,
        [("money", 19500000000, "EUR", None), ("duration", 1, "hour", "nearly")],
        "Oberhauser",
    ),
    (
        "de",
        "Gespart werden soll vor allem bei den Förderungen, deren Volumen um ein Fünftel sinkt.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Die Pensionen werden 2027 um 2,3 Prozent erhöht und damit unter der Inflationsrate.",
        True,
        [("year", 2027, None, None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir haben den Staatshaushalt vorgefunden wie ein Haus ohne Dach“, sagte Oberhauser unter dem Applaus der Koalitionsparteien.",
        False,
        [],
        None,
    ),
    (
        "de",
        "FPÖ-Budgetsprecher Arnold Pirchner nannte den Entwurf ein „Belastungspaket für die Fleißigen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Budgetdebatte im Plenum ist für den 18. bis 20. November angesetzt.",
        True,
        [("date", "--11-18", None, None), ("date", "--11-20", None, None)],
        None,
    ),
    # --- France's 2027 budget (AFP) ---
    (
        "en",
        "PARIS, Oct 14 (AFP) - France's government presented a 2027 budget on Wednesday that aims to cut the deficit to 4.6% of GDP from an expected 5.2% this year.",
        True,
        [
            ("date", "--10-14", None, None),
            ("year", 2027, None, None),
            ("percent", 4.6, "%", None),
            ("percent", 5.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The plan relies on 31 billion euros of savings, about two-thirds of them from spending cuts and the rest from higher taxes.",
        True,
        [("money", 31000000000, "EUR", None), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "A temporary surtax on companies with sales above 1 billion euros will be extended for a third year.",
        True,
        [("money", 1000000000, "EUR", "over"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Public debt is set to reach 118.2% of GDP by the end of 2027, the finance ministry said.",
        True,
        [("percent", 118.2, "%", None), ("year", 2027, None, None)],
        "the finance ministry",
    ),
    (
        "en",
        "Analysts doubt the minority government can hold together long enough to see the budget through.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Budget Minister Aurélien Vasseur told reporters that every ministry except defence would see its funding frozen in value.",
        True,
        [],
        "Aurélien Vasseur",
    ),
    ("en", 'Socialist leader Mathilde Carrère called the budget "an insult to working people".', False, [], None),
    (
        "en",
        "Under the constitution, lawmakers have 70 days to debate the bill before the government can enact it by decree.",
        True,
        [("duration", 70, "day", None)],
        None,
    ),
    # --- Fitch senkt Ausblick für Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Die Ratingagentur Fitch hat die Bonitätsnote Österreichs mit „AA“ bestätigt, den Ausblick aber von „stabil“ auf „negativ“ gesenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Agentur begründete den Schritt mit einem Schuldenstand, der bis 2028 auf 88 Prozent der Wirtschaftsleistung steigen dürfte.",
        True,
        [("year", 2028, None, None), ("percent", 88, "%", None)],
        None,
    ),
    (
        "de",
        "Österreich habe seit 2019 drei Rezessionsjahre verkraften müssen, schrieb Fitch in seiner Begründung.",
        True,
        [("year", 2019, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Moody's und S&P bewerten die Republik derzeit mit „Aa1“ beziehungsweise „AA+“.", True, [], None),
    ("de", "Zuletzt hatte Fitch die Note Österreichs im Juni 2024 gesenkt.", True, [("year", 2024, None, None)], None),
    ("de", "Das Finanzministerium sprach von einer „Bestätigung des eingeschlagenen Sparkurses“.", False, [], None),
    (
        "de",
        "Ökonomen rechnen nicht damit, dass die Zinskosten der Republik durch den negativen Ausblick spürbar steigen.",
        False,
        [],
        None,
    ),
    # --- Rekorddefizit der Kommunen (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Städte, Gemeinden und Landkreise in Deutschland sind im ersten Halbjahr mit 19,7 Milliarden Euro ins Minus gerutscht, so tief wie nie zuvor in einem ersten Halbjahr.",
        True,
        [("ordinal", 1, None, None), ("money", 19700000000, "EUR", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das Defizit sei damit um 5,4 Milliarden Euro höher ausgefallen als im Vorjahreszeitraum, teilte das Statistische Bundesamt am Dienstag mit.",
        True,
        [("money", 5400000000, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Ausgaben der Gemeinden und Gemeindeverbände stiegen um 7,8 Prozent auf 201,3 Milliarden Euro, die Einnahmen nur um 4,1 Prozent.",
        True,
        [("percent", 7.8, "%", None), ("money", 201300000000, "EUR", None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Besonders stark wuchsen die Sozialausgaben, etwa für die Eingliederungshilfe, mit einem Plus von 11,6 Prozent.",
        True,
        [("percent", 11.6, "%", None)],
        None,
    ),
    (
        "de",
        "Fast jede dritte Kommune kann ihren Haushalt nach Angaben des Deutschen Städtetags nicht mehr ausgleichen.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "der Deutsche Städtetag",
    ),
    (
        "de",
        "„Die Städte stehen mit dem Rücken zur Wand“, sagte Städtetagspräsidentin Katharina Lüdersen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Städtetag fordert, den Anteil der Kommunen an der Umsatzsteuer von 2,2 auf 5 Prozent zu erhöhen.",
        True,
        [("percent", 2.2, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    # --- Japan's extra budget (Reuters) ---
    (
        "en",
        "TOKYO, Oct 22 (Reuters) - Japan's cabinet approved an extra budget of 17.8 trillion yen ($118 billion) on Thursday to fund an economic package aimed at easing the pain of rising prices.",
        True,
        [("date", "--10-22", None, None), ("money", 17800000000000, "JPY", None), ("money", 118000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "About 11.6 trillion yen of the spending will be financed by issuing new government bonds, a finance ministry official said.",
        True,
        [("money", 11600000000000, "JPY", "about")],
        None,
    ),
    (
        "en",
        "The package includes cash handouts of 30,000 yen per household and subsidies for electricity and gas bills for three months from January.",
        True,
        [("money", 30000, "JPY", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Japan's gross public debt is equal to roughly 230% of gross domestic product, the highest ratio among major industrialised nations.",
        True,
        [("percent", 230, "%", "about")],
        None,
    ),
    (
        "en",
        "Yields on 30-year Japanese government bonds rose 4 basis points to 3.42% after the announcement.",
        True,
        [("duration", 30, "year", None), ("percent", 4, "bp", None), ("percent", 3.42, "%", None)],
        None,
    ),
    (
        "en",
        "The Bank of Japan holds roughly half of all outstanding government bonds.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    ("en", "Some analysts worry that bond markets will lose patience with Tokyo's spending.", False, [], None),
    (
        "en",
        "The extra budget will be submitted to parliament on Nov. 27.",
        True,
        [("date", "--11-27", None, None)],
        None,
    ),
    # --- S&P upgrades Italy (Reuters) ---
    (
        "en",
        'MILAN, Oct 23 (Reuters) - S&P Global Ratings raised Italy\'s long-term sovereign credit rating to "A-" from "BBB+" on Friday, citing a faster-than-expected fall in the budget deficit.',
        True,
        [("date", "--10-23", None, None)],
        None,
    ),
    (
        "en",
        "It is the second time in 12 months that S&P has lifted its assessment of Italy.",
        True,
        [("ordinal", 2, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "S&P said it expects Italy's deficit to fall to 2.8% of GDP in 2027, bringing it below the European Union's 3% ceiling.",
        True,
        [("percent", 2.8, "%", None), ("year", 2027, None, None), ("percent", 3, "%", None)],
        "S&P",
    ),
    (
        "en",
        "Italy's debt, at about 137% of GDP, remains the second-highest in the euro zone after Greece's.",
        True,
        [("percent", 137, "%", "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The spread between Italian 10-year BTP yields and German Bund yields narrowed to 71 basis points, the tightest since 2010.",
        True,
        [("duration", 10, "year", None), ("percent", 71, "bp", None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        'Economy Minister Giancarlo Ferrante said the decision "rewards the seriousness of the Italian people".',
        False,
        [],
        None,
    ),
    (
        "en",
        'Moody\'s, which rates Italy "Baa2", is due to review the country on Nov. 20.',
        True,
        [("date", "--11-20", None, None)],
        None,
    ),
    # --- Moody's stuft Frankreich herab (AFP) ---
    (
        "de",
        "Paris (AFP) - Die Ratingagentur Moody's hat die Kreditwürdigkeit Frankreichs von „Aa3“ auf „A1“ herabgestuft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zur Begründung verwies die Agentur auf die politische Zersplitterung, die eine nachhaltige Senkung des Defizits erschwere.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Frankreichs Schuldenstand liegt bei rund 3,5 Billionen Euro.",
        True,
        [("money", 3500000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für den Schuldendienst muss die Republik in diesem Jahr erstmals mehr ausgeben als für ihr Bildungswesen, nämlich 67 Milliarden Euro.",
        True,
        [("money", 67000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits die zweite Herabstufung Frankreichs durch eine große Ratingagentur binnen sechs Monaten.",
        True,
        [("ordinal", 2, None, None), ("duration", 6, "month", None)],
        None,
    ),
    ("de", "Das Wirtschaftsministerium in Paris nahm die Entscheidung „zur Kenntnis“.", False, [], None),
    (
        "de",
        "Die Rendite zehnjähriger französischer Staatsanleihen stieg am Montag um sechs Basispunkte auf 3,61 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 6, "bp", None), ("percent", 3.61, "%", None)],
        None,
    ),
    ("de", "Damit rentieren französische Papiere inzwischen höher als spanische.", True, [], None),
    # --- Herbst-Steuerschätzung (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Dem Staat fehlen in den kommenden fünf Jahren 41,3 Milliarden Euro an Steuern gegenüber der Prognose vom Mai.",
        True,
        [("duration", 5, "year", None), ("money", 41300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus der Herbst-Steuerschätzung hervor, die der Arbeitskreis Steuerschätzungen am Donnerstag nach dreitägigen Beratungen in Bremen vorlegte.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Allein für den Bund fallen die Einnahmen bis 2031 um 17,9 Milliarden Euro niedriger aus.",
        True,
        [("year", 2031, None, None), ("money", 17900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr erwarten die Schätzer Steuereinnahmen von insgesamt 1,007 Billionen Euro.",
        True,
        [("money", 1007000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Großteil der Mindereinnahmen geht auf bereits beschlossene Steuersenkungen zurück, etwa die dauerhaft auf 7 Prozent gesenkte Umsatzsteuer in der Gastronomie.",
        True,
        [("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Grävenitz sagte, für den Bund entstehe allein 2027 ein zusätzlicher Konsolidierungsbedarf von 6,2 Milliarden Euro.",
        True,
        [("year", 2027, None, None), ("money", 6200000000, "EUR", None)],
        "Grävenitz",
    ),
    (
        "de",
        "„Wer jetzt noch Steuergeschenke verspricht, hat die Zahlen nicht gelesen“, sagte der Finanzminister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Länder ihre Haushalte 2027 ausgleichen können, ließen die Schätzer offen.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Wirtschaftsverbände forderten erneut, die Steuerlast für Unternehmen auf 25 Prozent zu senken.",
        True,
        [("percent", 25, "%", None)],
        None,
    ),
    # --- Canada's budget (Reuters) ---
    (
        "en",
        "OTTAWA, Nov 3 (Reuters) - Canada forecast a budget deficit of C$71.3 billion for the 2026-27 fiscal year on Tuesday, up from the C$52.4 billion it projected in the spring.",
        True,
        [
            ("date", "--11-03", None, None),
            ("money", 71300000000, "CAD", None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("money", 52400000000, "CAD", None),
        ],
        None,
    ),
    (
        "en",
        "The deficit would equal 2.2% of gross domestic product, Finance Minister Évelyne Marchand said in her first budget speech in the House of Commons.",
        True,
        [("percent", 2.2, "%", None), ("ordinal", 1, None, None)],
        "Évelyne Marchand",
    ),
    (
        "en",
        "Ottawa plans to spend C$28 billion over five years on defence and border security to meet its NATO commitments.",
        True,
        [("money", 28000000000, "CAD", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The government will cut about 16,000 public service jobs by 2029 through attrition and early retirement.",
        True,
        [("count", 16000, None, "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The federal debt-to-GDP ratio is projected to edge up to 42.7% next year before declining.",
        True,
        [("percent", 42.7, "%", None)],
        None,
    ),
    (
        "en",
        "Marchand said Ottawa would no longer aim to balance the budget within the forecast horizon.",
        True,
        [],
        "Marchand",
    ),
    (
        "en",
        'Conservative finance critic Brendan Hollis said the budget was "a credit card with no limit".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The minority government needs the support of at least one opposition party to pass the budget.",
        True,
        [("count", 1, None, "at_least")],
        None,
    ),
    # --- Budget der Stadt Zürich (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Zürcher Gemeinderat hat das Budget 2027 der Stadt Zürich nach einer fast zehnstündigen Debatte verabschiedet.",
        True,
        [("year", 2027, None, None), ("duration", 10, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Es sieht bei Ausgaben von 10,6 Milliarden Franken ein Defizit von 213 Millionen Franken vor.",
        True,
        [("money", 10600000000, "CHF", None), ("money", 213000000, "CHF", None)],
        None,
    ),
    ("de", "Der Steuerfuss bleibt unverändert bei 119 Prozent.", True, [("percent", 119, "%", None)], None),
    (
        "de",
        "Die bürgerlichen Parteien scheiterten mit ihrem Antrag, ihn um drei Prozentpunkte zu senken, mit 52 zu 69 Stimmen.",
        True,
        [("percent", 3, "pp", None), ("count", 52, None, None), ("count", 69, None, None)],
        None,
    ),
    (
        "de",
        "Finanzvorsteher Raphael Ammann sagte, das Eigenkapital der Stadt werde bis 2030 voraussichtlich auf rund 1,1 Milliarden Franken schrumpfen.",
        True,
        [("year", 2030, None, None), ("money", 1100000000, "CHF", "about")],
        "Raphael Ammann",
    ),
    ("de", "«Wir leben von der Substanz», sagte FDP-Gemeinderätin Corinne Hagenbuch.", False, [], None),
    (
        "de",
        "Die Investitionen erreichen mit 1,4 Milliarden Franken einen neuen Höchststand, vor allem wegen neuer Schulhäuser.",
        True,
        [("money", 1400000000, "CHF", None)],
        None,
    ),
    # --- English councils near the brink (PA) ---
    (
        "en",
        "LONDON (PA) - One in 10 councils in England expects to declare itself effectively bankrupt within the next two years, according to a Local Government Association survey.",
        True,
        [("fraction", 0.1, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Councils face a combined funding gap of 8.2 billion pounds over the next three years, the LGA said.",
        True,
        [("money", 8200000000, "GBP", None), ("duration", 3, "year", None)],
        "the LGA",
    ),
    (
        "en",
        "Spending on adult social care now accounts for almost two-fifths of council budgets.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "en",
        "Harcombe Borough Council, which ran out of money in 2023, plans to raise council tax by 7.49% in April, above the usual 4.99% cap, with government permission.",
        True,
        [("year", 2023, None, None), ("percent", 7.49, "%", None), ("percent", 4.99, "%", None)],
        None,
    ),
    (
        "en",
        '"We are running out of things to cut," said Councillor Denise Waterfield, who chairs the LGA\'s resources board.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A government spokesperson said councils would get a 4.1% real-terms rise in core spending power next year.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        "The survey was answered by 312 councils in September and October.",
        True,
        [("count", 312, None, None)],
        None,
    ),
    # --- Haushaltsentwürfe der Euroländer (dpa) ---
    (
        "de",
        "Brüssel (dpa) - Die EU-Kommission hat die Haushaltsentwürfe von sechs Euroländern für 2027 als nicht vollständig regelkonform eingestuft.",
        True,
        [("count", 6, None, None), ("year", 2027, None, None)],
        None,
    ),
    ("de", "Darunter sind nach Angaben der Behörde Frankreich, Belgien und Österreich.", True, [], "die Behörde"),
    (
        "de",
        "Gegen insgesamt neun Mitgliedstaaten laufen derzeit Defizitverfahren, weil ihre Neuverschuldung über drei Prozent der Wirtschaftsleistung liegt.",
        True,
        [("count", 9, None, None), ("percent", 3, "%", "over")],
        None,
    ),
    (
        "de",
        "Deutschland dürfe 2027 ein Defizit von 3,4 Prozent ausweisen, ohne gegen die Regeln zu verstoßen, weil Verteidigungsausgaben bis zu 1,5 Prozent der Wirtschaftsleistung ausgenommen seien, sagte ein Kommissionssprecher.",
        True,
        [("year", 2027, None, None), ("percent", 3.4, "%", None), ("percent", 1.5, "%", "up_to")],
        "ein Kommissionssprecher",
    ),
    (
        "de",
        "EU-Wirtschaftskommissar Henrik Lindqvist nannte die Lage der öffentlichen Finanzen „insgesamt beherrschbar, aber fragil“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Finanzminister der Eurozone wollen die Stellungnahmen am 8. Dezember beraten.",
        True,
        [("date", "--12-08", None, None)],
        None,
    ),
    (
        "de",
        "Wie streng Brüssel die neuen Regeln am Ende auslegt, gilt in Diplomatenkreisen als offen.",
        False,
        [],
        None,
    ),
    # --- California deficit outlook (AP) ---
    (
        "en",
        "SACRAMENTO, Calif. (AP) — California faces an $18.4 billion budget deficit next year despite a surge in tax revenue from artificial intelligence companies, the Legislative Analyst's Office said Wednesday.",
        True,
        [("money", 18400000000, "USD", None)],
        "the Legislative Analyst's Office",
    ),
    (
        "en",
        "The nonpartisan office projected that annual shortfalls would grow to about $35 billion by 2029-30 as spending on health care outpaces revenue.",
        True,
        [("money", 35000000000, "USD", "about"), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Capital gains from stock sales make up roughly one-tenth of the state's general fund revenue, leaving it exposed to a market downturn.",
        True,
        [("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "en",
        "Gov. Lorena Esquivel must propose a balanced budget by Jan. 10.",
        True,
        [("date", "--01-10", None, None)],
        None,
    ),
    (
        "en",
        "Esquivel's office said the governor would \"protect the progress we've made\" on homelessness and schools.",
        False,
        [],
        None,
    ),
    ("en", "Republican lawmakers said the state had a spending problem, not a revenue problem.", False, [], None),
    (
        "en",
        "California's rainy day fund holds about $11 billion.",
        True,
        [("money", 11000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Advocates for low-income families urged lawmakers not to balance the books on the backs of the poor.",
        False,
        [],
        None,
    ),
    # --- Chicago passes budget (AP) ---
    (
        "en",
        "CHICAGO (AP) — Chicago's City Council approved a $17.1 billion budget early Friday after a 14-hour meeting, closing a $1.2 billion shortfall without a property tax increase.",
        True,
        [("money", 17100000000, "USD", None), ("duration", 14, "hour", None), ("money", 1200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The plan was approved 27-23, the narrowest margin for a city budget in decades.",
        True,
        [("count", 27, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "It relies on a new fee of $2 a month on streaming services, higher parking fines and $310 million drawn from reserves.",
        True,
        [("money", 2, "USD", None), ("money", 310000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Mayor Curtis Ambrose said the city's four pension funds were only 24% funded, among the weakest levels of any big U.S. city.",
        True,
        [("count", 4, None, None), ("percent", 24, "%", None)],
        "Curtis Ambrose",
    ),
    (
        "en",
        "Moody's rates Chicago's general obligation debt \"Baa3\", the lowest investment-grade rating.",
        True,
        [],
        None,
    ),
    ("en", '"This budget is a Band-Aid on a bullet wound," Alderman Francis Okoro told reporters.', False, [], None),
    ("en", '"We made the hard choices so the next generation won\'t have to," Ambrose said.', False, [], None),
    # --- Autumn Budget raises taxes (PA) ---
    (
        "en",
        "LONDON (PA) - Chancellor Helena Marwick has raised taxes by 23 billion pounds a year in her Budget, freezing income tax thresholds for a further two years and putting a levy on expensive homes.",
        True,
        [("money", 23000000000, "GBP", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The thresholds will now stay frozen until April 2031, pulling an estimated 920,000 more people into paying the higher rate of tax.",
        True,
        [("year", 2031, None, None), ("count", 920000, None, "about")],
        None,
    ),
    (
        "en",
        "Homes worth more than 2 million pounds will face an annual surcharge of between 2,500 and 7,500 pounds.",
        True,
        [("money", 2000000, "GBP", "over"), ("money", 2500, "GBP", None), ("money", 7500, "GBP", None)],
        None,
    ),
    (
        "en",
        "Fuel duty will rise by 5p a litre from September, ending a freeze that has lasted 16 years.",
        True,
        [("money", 0.05, "GBP", None), ("duration", 16, "year", None)],
        None,
    ),
    (
        "en",
        "Marwick told MPs the package would lift the headroom against her main fiscal rule to 22.4 billion pounds, from 9.6 billion pounds in March.",
        True,
        [("money", 22400000000, "GBP", None), ("money", 9600000000, "GBP", None)],
        "Marwick",
    ),
    (
        "en",
        '"This is a Budget that asks the broadest shoulders to carry the heaviest load," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Shadow chancellor Simon Ashcombe said it was "a tax raid on aspiration" that broke every promise Labour had made to working people.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I\'ve worked 41 years and paid every penny, and now they want more," said retired engineer Graham Pettifer, 67, outside a pub in Maidstone.',
        False,
        [("duration", 41, "year", None), ("duration", 67, "year", None)],
        None,
    ),
    (
        "en",
        "The Institute for Fiscal Studies said the tax burden would rise to 38.1% of GDP, the highest since records began in 1948.",
        True,
        [("percent", 38.1, "%", None), ("year", 1948, None, None)],
        "the Institute for Fiscal Studies",
    ),
    # --- Budget watchdog cuts growth forecast (Reuters) ---
    (
        "en",
        "LONDON, Nov 25 (Reuters) - Britain's budget watchdog cut its forecast for economic growth next year to 1.1% from 1.6% and said weaker productivity would cost the public finances 16 billion pounds a year by 2030.",
        True,
        [
            ("date", "--11-25", None, None),
            ("percent", 1.1, "%", None),
            ("percent", 1.6, "%", None),
            ("money", 16000000000, "GBP", None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility now expects borrowing of 138.3 billion pounds in the current financial year, or 4.5% of GDP.",
        True,
        [("money", 138300000000, "GBP", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "It put the chance of the government meeting its target of balancing the current budget by 2029-30 at 59%.",
        True,
        [("year", 2029, None, None), ("year", 2030, None, None), ("percent", 59, "%", None)],
        None,
    ),
    (
        "en",
        "Gilt yields fell after the Budget, with the 10-year yield down 7 basis points at 4.41%.",
        True,
        [("duration", 10, "year", None), ("percent", 7, "bp", None), ("percent", 4.41, "%", None)],
        None,
    ),
    (
        "en",
        "OBR chair Rupert Haldane said the final forecast had been sent to the Treasury on Oct. 31 and no policy measures had been received after that date.",
        True,
        [("date", "--10-31", None, None)],
        "Rupert Haldane",
    ),
    (
        "en",
        "Half of the tax rises take effect only in the final two years of the forecast.",
        True,
        [("fraction", 0.5, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Investors will be watching whether the government sticks to its plans once the next election comes into view.",
        False,
        [],
        None,
    ),
    # --- Bundestag beschließt Haushalt 2027 (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat den Haushalt 2027 mit den Stimmen der Koalition beschlossen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Für den Etat stimmten 331 Abgeordnete, 262 votierten dagegen, es gab zwei Enthaltungen.",
        True,
        [("count", 331, None, None), ("count", 262, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "In der Bereinigungssitzung des Haushaltsausschusses war der Entwurf zuvor in einer mehr als 15-stündigen Marathonsitzung noch um 2,1 Milliarden Euro aufgestockt worden.",
        True,
        [("duration", 15, "hour", "over"), ("money", 2100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Damit steigen die Gesamtausgaben auf 526,7 Milliarden Euro, die Nettokreditaufnahme auf 90,8 Milliarden Euro.",
        True,
        [("money", 526700000000, "EUR", None), ("money", 90800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mehr als jeder vierte Euro im Bundeshaushalt fließt als Zuschuss in die Rentenversicherung.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    ("de", "Die Opposition warf der Regierung vor, die Schuldenbremse mit Buchungstricks zu umgehen.", False, [], None),
    (
        "de",
        "„Dieser Haushalt investiert in die Zukunft unseres Landes wie keiner zuvor“, sagte Grävenitz in der Schlussdebatte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat befasst sich am 18. Dezember abschließend mit dem Haushaltsgesetz.",
        True,
        [("date", "--12-18", None, None)],
        None,
    ),
    # --- Kenya trims revenue target (Reuters) ---
    (
        "en",
        "NAIROBI, Dec 2 (Reuters) - Kenya's treasury cut its revenue target for the fiscal year ending in June by 82 billion Kenyan shillings after tax collections fell short, according to a supplementary budget tabled in parliament.",
        True,
        [("date", "--12-02", None, None), ("money", 82000000000, "KES", None)],
        None,
    ),
    (
        "en",
        "The Kenya Revenue Authority collected 1.21 trillion shillings in the first five months of the fiscal year, about 94% of its target.",
        True,
        [
            ("money", 1210000000000, "KES", None),
            ("ordinal", 1, None, None),
            ("duration", 5, "month", None),
            ("percent", 94, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "Interest payments now absorb more than a third of ordinary revenue, the treasury said.",
        True,
        [("fraction", 0.3333, None, "over")],
        "the treasury",
    ),
    (
        "en",
        "The government dropped plans to raise value-added tax on bread after protests in which at least 19 people were killed last year.",
        True,
        [("count", 19, None, "at_least")],
        None,
    ),
    (
        "en",
        "An International Monetary Fund mission is due in Nairobi next month to discuss a new lending programme worth about $1.3 billion.",
        True,
        [("money", 1300000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"We cannot tax our way out of this," Treasury Cabinet Secretary Joseph Mwangi Keter told lawmakers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kenya's public debt stood at 11.8 trillion shillings at the end of October, equal to about 68% of GDP.",
        True,
        [("money", 11800000000000, "KES", None), ("percent", 68, "%", "about")],
        None,
    ),
    # --- Grundsteuer steigt in vielen Kommunen (dpa/lnw) ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Mehr als die Hälfte der Städte und Gemeinden in Nordrhein-Westfalen will die Grundsteuer im kommenden Jahr anheben.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Das ergab eine Umfrage des Bundes der Steuerzahler, an der sich 361 Kommunen des Landes beteiligten.",
        True,
        [("count", 361, None, None)],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Hebesatz der Grundsteuer B steigt demnach von 581 auf 612 Prozent.",
        True,
        [("percent", 581, "%", None), ("percent", 612, "%", None)],
        None,
    ),
    (
        "de",
        "Spitzenreiter ist eine Kleinstadt im Sauerland mit einem Hebesatz von 1.190 Prozent.",
        True,
        [("percent", 1190, "%", None)],
        None,
    ),
    (
        "de",
        "Für ein Einfamilienhaus bedeutet das im Schnitt eine Mehrbelastung von 68 Euro im Jahr.",
        True,
        [("money", 68, "EUR", None)],
        None,
    ),
    ("de", "Haus- und Grundbesitzerverbände kündigten Widerstand an und sprachen von „Abzocke“.", False, [], None),
    (
        "de",
        "„Die Kommunen holen sich bei den Bürgern, was ihnen Bund und Land schuldig bleiben“, sagte Verbandschef Ralf Wiesmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kommunalministerin Daniela Brockhoff verwies auf 2,4 Milliarden Euro, die das Land den Kommunen im Jahr 2027 zusätzlich zahlt.",
        True,
        [("money", 2400000000, "EUR", None), ("year", 2027, None, None)],
        None,
    ),
    # --- Neuer Stabilitätspakt (APA) ---
    (
        "de",
        "Wien (APA) - Bund, Länder und Gemeinden haben sich nach monatelangem Ringen auf einen neuen Österreichischen Stabilitätspakt geeinigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Demnach dürfen Länder und Gemeinden künftig zusammen ein Defizit von höchstens 0,76 Prozent der Wirtschaftsleistung machen, der Bund 3,24 Prozent.",
        True,
        [("percent", 0.76, "%", "at_most"), ("percent", 3.24, "%", None)],
        None,
    ),
    (
        "de",
        "Der Pakt gilt bis 2029 und sieht bei Verstößen Sanktionen von bis zu 15 Prozent der Überschreitung vor.",
        True,
        [("year", 2029, None, None), ("percent", 15, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Allein die Bundeshauptstadt rechnet für 2027 mit einem Abgang von 2,3 Milliarden Euro, teilte die Stadt Wien mit.",
        True,
        [("year", 2027, None, None), ("money", 2300000000, "EUR", None)],
        "die Stadt Wien",
    ),
    (
        "de",
        "Die Steiermark hatte bereits im Oktober ein Sparpaket im Umfang von 1,1 Milliarden Euro bis 2029 angekündigt.",
        True,
        [("money", 1100000000, "EUR", None), ("year", 2029, None, None)],
        None,
    ),
    ("de", "Gemeindebundpräsident Alois Reisecker sprach von einem „tragfähigen Kompromiss“.", False, [], None),
    (
        "de",
        "Ob die Länder die Vorgaben tatsächlich einhalten können, ist unter Budgetexperten umstritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gemeindebund rät den Kommunen, geplante Großprojekte noch einmal auf den Prüfstand zu stellen.",
        False,
        [],
        None,
    ),
    # --- Parlament bereinigt das Budget (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Parlament hat den Voranschlag 2027 des Bundes bereinigt und mit einem Defizit von 711 Millionen Franken verabschiedet.",
        True,
        [("year", 2027, None, None), ("money", 711000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Nationalrat stimmte dem Budget in der Schlussrunde mit 128 zu 62 Stimmen bei 6 Enthaltungen zu.",
        True,
        [("count", 128, None, None), ("count", 62, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Umstritten war bis zuletzt die Entwicklungshilfe, die um weitere 110 Millionen Franken gekürzt wird.",
        True,
        [("money", 110000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Landwirtschaft erhält dagegen 42 Millionen Franken mehr als vom Bundesrat beantragt.",
        True,
        [("money", 42000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Schuldenbremse lasse für 2027 ein konjunkturelles Defizit von bis zu 380 Millionen Franken zu, sagte Finanzministerin Tschannen.",
        True,
        [("year", 2027, None, None), ("money", 380000000, "CHF", "up_to")],
        "Tschannen",
    ),
    (
        "de",
        "«Das ist ein Budget auf Kosten der Ärmsten der Welt», sagte Grünen-Nationalrätin Mirjam Zuberbühler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für 2028 rechnet die Finanzverwaltung bereits mit einem strukturellen Defizit von rund 2 Milliarden Franken.",
        True,
        [("year", 2028, None, None), ("money", 2000000000, "CHF", "about")],
        None,
    ),
    # --- Australia's mid-year update (Reuters) ---
    (
        "en",
        "CANBERRA, Dec 16 (Reuters) - Australia's government forecast a budget deficit of A$36.8 billion for the year to June 2027, A$8.6 billion wider than it predicted in March.",
        True,
        [
            ("date", "--12-16", None, None),
            ("money", 36800000000, "AUD", None),
            ("year", 2027, None, None),
            ("money", 8600000000, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "Treasurer Nathan Coombe said in the mid-year update that spending on the disability scheme and aged care had grown faster than expected.",
        True,
        [],
        "Nathan Coombe",
    ),
    (
        "en",
        "Gross debt is forecast to peak at A$1.08 trillion, or 36.4% of GDP, in 2028-29.",
        True,
        [
            ("money", 1080000000000, "AUD", None),
            ("percent", 36.4, "%", None),
            ("year", 2028, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "The update assumes iron ore prices will fall to US$60 a tonne, about US$45 below where they trade now.",
        True,
        [("money", 60, "USD", None), ("money", 45, "USD", "about")],
        None,
    ),
    (
        "en",
        "The government will find A$14.2 billion in savings over four years, mostly by trimming consultancy spending and grant programs.",
        True,
        [("money", 14200000000, "AUD", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        'Opposition treasury spokesman Cameron Strachey said the figures were "a confession of failure".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists said the update gave the Reserve Bank of Australia little reason to change course in February.",
        False,
        [],
        None,
    ),
    # --- Doppelhaushalt in Hamburg (dpa/lno) ---
    (
        "de",
        "Hamburg (dpa/lno) - Die Hamburgische Bürgerschaft hat nach einer dreitägigen Haushaltsdebatte den Doppelhaushalt 2027/28 beschlossen.",
        True,
        [("duration", 3, "day", None), ("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Er sieht Ausgaben von 22,3 Milliarden Euro im ersten und 23,1 Milliarden Euro im zweiten Jahr vor.",
        True,
        [
            ("money", 22300000000, "EUR", None),
            ("ordinal", 1, None, None),
            ("money", 23100000000, "EUR", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Hansestadt nimmt dafür erstmals seit 2019 wieder neue Kredite auf, insgesamt 1,6 Milliarden Euro.",
        True,
        [("year", 2019, None, None), ("money", 1600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund 40 Prozent der Mittel gehen in Bildung und Soziales, teilte die Finanzbehörde mit.",
        True,
        [("percent", 40, "%", "about")],
        "die Finanzbehörde",
    ),
    (
        "de",
        "Finanzsenator Jens Ohlendorf (SPD) sagte, die Schuldenquote der Stadt werde bis 2028 auf 17 Prozent der Wirtschaftsleistung steigen.",
        True,
        [("year", 2028, None, None), ("percent", 17, "%", None)],
        "Jens Ohlendorf",
    ),
    ("de", "Die CDU-Fraktion nannte den Etat ein „Dokument der Mutlosigkeit“.", False, [], None),
    (
        "de",
        "Der Rechnungshof der Hansestadt hatte zuvor eindringlich vor steigenden Zinslasten gewarnt.",
        False,
        [],
        None,
    ),
    # --- Scottish budget (PA) ---
    (
        "en",
        "EDINBURGH (PA) - Scotland's Finance Secretary Morag Inglis has set out a 68.9 billion pound budget for 2027-28, leaving income tax rates unchanged for a third year.",
        True,
        [
            ("money", 68900000000, "GBP", None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Health spending will rise by 4.2% to 22.6 billion pounds, about a third of the total.",
        True,
        [("percent", 4.2, "%", None), ("money", 22600000000, "GBP", None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Council funding will increase by 590 million pounds, and councils will be allowed to raise council tax by up to 8%.",
        True,
        [("money", 590000000, "GBP", None), ("percent", 8, "%", "up_to")],
        None,
    ),
    (
        "en",
        "The Scottish Fiscal Commission said the Government faced a gap of 1.4 billion pounds by 2029-30 between planned spending and expected funding.",
        True,
        [("money", 1400000000, "GBP", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        "the Scottish Fiscal Commission",
    ),
    (
        "en",
        "The SNP minority administration will need the votes of at least 10 opposition MSPs to pass the budget at Holyrood.",
        True,
        [("count", 10, None, "at_least")],
        None,
    ),
    ("en", '"This is a budget that invests in Scotland\'s future," Inglis told MSPs.', False, [], None),
    ("en", 'Scottish Conservatives said the budget "punishes anyone who wants to get on".', False, [], None),
]
