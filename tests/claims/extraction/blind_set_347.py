"""Three-hundred-and-forty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, a city and figures are made
up (Jan-Hendrik Mewes, Cornelia Ruchti-Bärtschi, Dagmar Quellhorst, Henning Jakobsmeier,
Gernot Heiligenbrunner, Stefan Auinger, Ulrike Brennecke-Saß, Adrian Sigrist-Nägeli, Fabian
Struckmeier, Karin Leitgeb-Ortner, Dominik Schrempp, Theresia Grabenwöger, Svenja Oltmanns,
Nadine Hollaus; Philip Ravensworth, Doug Keltner, Lydia Farnworth, Harrowgate Capital,
Shirin Madeley, Ruth Tamworth, Eleanor Marchbank, Rupert Ellingham, Dana Whitford, Thomas
Ridgewell, Carrow Street Partners, Daniel Kovacevic, Angus Bellairs, Teresa Alcott, Nicola
Haddow, Jørgen Ekdahl, Aino Kettunen, Takeshi Imamura, the city of Castlebridge and its
council, Helen Oduya, Colin Trask, Andre Villanueva, Denise Okonkwo-Hart, Niall Corcoran;
every unnamed economist, analyst, diplomat, advocate, lawmaker, councillor, spokesperson and
watchdog); finance ministers, treasurers, chancellors, governors, mayors, commissioners,
fiscal council and audit office presidents and office holders of real governments and bodies
appear under made-up names that stand for no real holder, or by their role only ("A Treasury
spokesperson", "Bank economists", "Fiscal watchdogs"). Real bodies, parties, places and
instruments (Finanzministerium, Bundesfinanzministerium, Bundeskabinett, Bundestag,
Verteidigungsministerium, Sondervermögen, Schuldenbremse, Klima- und Transformationsfonds,
Arbeitskreis Steuerschätzungen, Statistisches Bundesamt, Deutscher Städtetag,
Landesrechnungshof Nordrhein-Westfalen, Steuerzahlerbund, Verdi, SPD, CDU, Grüne, FDP;
Statistik Austria, Fiskalrat, Rechnungshof, Städtebund, Gemeindefinanzbericht,
EU-Defizitverfahren, Ortstaxe, FPÖ, ÖVP, NEOS; Eidgenössische Finanzverwaltung, EFV,
Bundesrat, Verrechnungssteuer, AHV, Armee, Konferenz der Kantonsregierungen, the cantons of
Zürich, Bern and Genf, SP, Keystone-SDA; the Congressional Budget Office, CBO, House Budget
Committee, Social Security, IRS, Treasury inspector general, Medi-Cal, Legislative Analyst's
Office, Department of Finance, Independent Budget Office, Republican leaders; the Office for
National Statistics, HMRC, Bank of England, Office for Budget Responsibility, OBR, Spring
Statement, gilts, Local Government Association, LGA, the housing ministry, Band D, section
114; Eurostat, the European Commission, the national escape clause, Bunds, S&P Global
Ratings, the National Disability Insurance Scheme, New Zealand's Labour Party, JGBs, the
Irish Fiscal Advisory Council, and the datelines' cities) stand for the way wire copy names
them; every deficit, debt ratio, tax yield, saving, cut, forecast, tally, rate and quote
here is invented, and where a real figure came to mind (a real debt record, a real trust
fund date, a real council tax cap, a real spending rule, a real tax rate or bracket, a real
tourist tax, a real filing extension) it was changed; kept are the rules' own figures that
wire copy repeats (the treaty's three percent, the debt brake's 0.35 percent for the Länder
since 2025) and the sizes of real bodies (21 euro countries, 26 cantons, about 2,090
Austrian municipalities, a 51-seat city council's tally).

Its weight: PUBLIC FINANCES, BUDGETS, DEBT AND TAXES, third round (the fifty-third batch
weighed public finances, budgets and taxes, the hundred-sixty-third public finances,
budgets, debt and taxes over an autumn budget season and the two-hundred-and-thirty-second
budget debates in parliament; the hundred-fifth and three-hundred-and-ninth weighed
municipal budgets; their decisions are kept), this time over the spring budget season of one
year, January 18 to July 12 - last year's accounts, next year's budgets -, as 30 short
stories in story order, the German and English stories interleaved, each told as wire copy
runs it (a dateline lead, the totals, attributed figures, the other side, quotes). German
(Reuters German, dpa with its slugs "dpa/lnw" and "dpa/lsw", APA, Keystone-SDA; Austrian
"heuer", "Abgang", "Nettofinanzierungssaldo", "Finanzschulden", "Ortstaxe", German
"Nettokreditaufnahme", "Eckwerte", "Handlungsbedarf", "Kassenkredite", "Notlagenkredite",
Swiss "Rechnung", "Voranschlag", "Steuerfuss", "ausserordentliche", «» quotes, German „“
quotes): the federal accounts for the past year, the Swiss federal accounts, the
Landesrechnungshof's annual report in North Rhine-Westphalia, the cabinet's benchmark
figures for next year's budget, Austria's Maastricht deficit and debt, the municipalities'
record deficit, the cantons' accounts, the spring tax estimate, Austria's municipal finance
report, Baden-Württemberg's double budget, the Fiskalrat's spring report, the Rechnungshof's
federal accounts, the Swiss draft budget and the cabinet's draft budget, and Vienna's city
accounts. English (Reuters, AP, PA, AAP): the CBO's budget outlook, UK borrowing in January
and for the financial year, English councils' exceptional support and council tax, the UK
Spring Statement with the OBR's forecast, the U.S. tax filing season, Eurostat's deficit and
debt figures, Australia's federal budget, California's May Revision, New Zealand's budget,
the European Commission's spring package, Japan's dropped primary-balance goal, a council's
section 114 notice, New York City's budget deal and Ireland's exchequer returns. Figures as
such copy has them: deficits, surpluses, debt, receipts, savings, gaps and headroom in
euros, francs, pounds, dollars, Australian and New Zealand dollars and yen with
"Milliarden", "Billionen", "billion", "trillion", "bn" and "million"; deficits and debt as
shares of GDP, rates and moves in percent, percentage points and basis points; fiscal years
and year spans ("2027-28", "2029/30", "2029-2038", "fiscal 2028", "in the year to June
2029"), shares in words ("knapp zwei Drittel", "Fast jede zweite", "fast jeder zehnte Euro",
"Around one in 10", "almost a third"), multiples, ordinals, tallies, spans, years and dates.
Negatives as such copy has them - 55 rows, none with a figure: ministers', mayors',
auditors' and treasurers' rhetoric and resolve in quotes, labels of oppositions, lobbies and
parties, accusations naming no act, an auditor's appeal and a ministry's announced review,
economists', analysts', diplomats' and watchdogs' verdicts, doubts and warnings without a
figure, a reassurance, a feeling, advice, evasions and open questions, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 14 carry no figure (8 German, 6 English), 336 expected quantities (115 amounts
of money - 54 EUR, 21 GBP, 17 USD, 14 CHF, 4 AUD, 4 NZD, 1 JPY -, 72 years, 71 percentages -
66 in "%", 3 in basis points "bp", 2 in percentage points "pp" -, 25 counts, 16 dates, 15
durations - 11 in years, 2 in months, 1 in weeks, 1 in days -, 13 fractions, 9 ordinals;
none of them in a negative), 35 checked speakers (18 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, resolve, reassurance, feeling, hope, doubt or piece of rhetoric is
  a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-sixty-third, two-hundred-and-fourth,
  two-hundred-and-thirty-second); a quoted or reported statement of fact, figure, step,
  rule, plan, demand or forecast is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixty-third). Pairs from one speaker: Mewes's compliance with the debt brake
  beside „Wer jetzt von Spielräumen redet ...“, his record investment beside „... für die
  nächste Generation ...“ and his 6 billion euros beside his evasion („ließ Mewes offen“);
  Ruchti-Bärtschi's structural deficits beside «kein Freipass»; Ravensworth's tariff revenue
  beside "The trajectory is not sustainable ..."; Madeley's £6.2bn beside "long past the
  point ..."; Marchbank's welfare savings beside "We will not borrow our way out ...";
  Heiligenbrunner's "frühestens 2030" and his three percent beside „Die Richtung stimmt ...“
  and „Mut zu echten Strukturreformen“; Brennecke-Saß's ten billion beside „Wir verwalten
  nur noch den Mangel ...“; Sigrist-Nägeli's half beside «Wer jetzt die Steuern senkt ...»
  and «... auf dem Buckel der Kantone»; Kovacevic's debt peak beside "a responsible budget
  ..."; Alcott's shortfall beside "Nobody in this building ..."; Leitgeb-Ortner's 41 percent
  beside „Die Gemeinden tragen das Land ...“; Schrempp's gap beside „nicht aus Lust ...“;
  Haddow's operating deficit beside "our grandchildren ..."; Ekdahl's seven member states
  beside "not a straitjacket ..."; Grabenwöger's tenth beside „... ein Ausgabenproblem“;
  Trask's £60 million beside "through recklessness ..."; Villanueva's reserves beside "keeps
  faith with working families"; Hollaus's consolidation path beside „Wien spart ...“.
- Check-worthy without a figure (14 rows; fifty-third, hundred-sixty-third,
  two-hundred-and-thirty-second, three-hundred-and-ninth): borrowing below plan stated in a
  lead, compliance with the debt brake („die Schuldenbremse sei ... eingehalten worden“;
  hundred-sixty-third New), the CBO director's stated cause, the Landesrechnungshof's
  published reproach (fifty-third: the audit office's published criticism), the ministry's
  rejection of it („wies die Kritik zurück“; two-hundred-and-thirty-second: „wies den
  Vorwurf zurück“), the municipalities' record deficit stated as a record, the tax
  estimators' stated grounds (hundred-sixty-third: the agency's stated grounds), the
  Rechnungshof's recommendation, the cantons' rejection of the shifted burden
  (two-hundred-and-fourth: a rejection), the Commission's finding of effective action,
  lawmakers' push for a named tax cut (two-hundred-and-forty-fourth: a demand naming a
  measure), the cabinet's scheduled approval (hundred-sixty-third: a vote scheduled), S&P's
  affirmed rating with its outlook (hundred-sixty-third: a rating confirmed) and
  Castlebridge's spending freeze (hundred-sixty-third: a spending freeze decided).
- Courts of audit, the weight's own (fifty-third, two-hundred-and-thirty-second,
  three-hundred-and-ninth): findings with figures are check-worthy („Bei 23 von 61 geprüften
  Programmen ...“, „Von den 214 Förderprogrammen ... 38 nie evaluiert“ - „laut Bericht“ a
  document -, „fast jeder zehnte Euro ... in Zinsen“, the Nettofinanzierungssaldo), and so
  are recommendations that name a measure, with or without a figure („Die Prüfer empfehlen,
  die Zahl der Förderprogramme bis 2030 um ein Drittel zu verringern.“, „Der Rechnungshof
  empfahl, die Förderungen ... in einer gemeinsamen Datenbank zu erfassen.“) - a
  recommendation naming a measure is a demand naming one (two-hundred-and-forty-fourth) and
  commissions' recommendations were check-worthy in earlier batches -, while an appeal
  naming no measure is a negative („Zudem mahnte der Rechnungshof mehr Ausgabendisziplin in
  allen Ressorts an.“; two-hundred-and-fourth: „appellierte“) and the ministry's announced
  review is an evasion and a negative („kündigte an, die Empfehlungen eingehend zu prüfen“;
  three-hundredth: „das weitere Vorgehen nun in Ruhe prüfen“).
- Forecasts, estimates, targets and demands with a figure are check-worthy (seventh,
  hundred-sixty-third, two-hundred-and-thirty-second): the CBO's projections, the OBR's
  forecasts, the Fiskalrat's, the tax estimators', the LAO's, the Independent Budget
  Office's, New Zealand's and Australia's forecasts and the Australian Treasury's iron ore
  assumption ("US$68 a tonne" USD, hundred-sixty-third New: "US$60 a tonne"); the
  Städtetag's „mindestens aber 10 Milliarden Euro jährlich zusätzlich“, the Städtebund's
  „13,4 statt 11,9 Prozent“, the cantonal councillors' two points, NEOS's 67 years, the
  Commission's deadline for France. A counterfactual computed from a stated measure is
  check-worthy ("Without the cuts, the buffer would have shrunk to 1.2 billion pounds, the
  OBR estimated."; three-hundred-and-ninth New). Negatives: a reassurance naming no figure
  ("A Treasury spokesperson said the government remained on track to meet its fiscal rules."
  - three-hundred-and-twenty-fourth: reassurances; unlike a stated compliance, "on track"
  judges what is still to come), verdicts and outlooks without a figure ("Bank economists
  said the revenue forecasts looked optimistic.", "Economists said the government would
  probably overshoot ...", "Analysts said the change showed ...", "Economists said the
  rating agencies were unlikely to react ...", "Economists said the figures would give the
  Commission little comfort ..."; hundred-sixty-third), a doubt ("Diplomats said several
  capitals doubted whether ..."), a warning naming no measure ("Fiscal watchdogs warned that
  ..."), an appeal ("Consumer advocates urged filers ..."), a feeling ("said the agency was
  "confident""; three-hundred-and-ninth), resolve naming no step („kündigte entschlossenen
  Widerstand gegen den Stellenabbau an“), a ministry's reaction („zur Kenntnis“;
  hundred-sixty-third) and an open question („Ob die Länder mit zusätzlichem Geld
  einspringen, blieb offen.“).
- Labels and accusations (ninety-eighth, hundred-sixty-third,
  two-hundred-and-thirty-second): accusations naming no checkable act are negatives (the
  Greens' „mit schöngerechneten Zahlen einen Sparzwang zu inszenieren“, the opposition
  councillors' "burying its head in the sand ..."), and so are labels („sprach von“,
  „nannte“ and "called" from the SP, the FPÖ, the Steuerzahlerbund, the FDP, the Greens,
  Keltner, Ellingham, Republican leaders and opposition councillors) and Bellairs's
  "spending like a sailor on shore leave"; an accusation naming a checkable record stays
  check-worthy with speaker None (the Greens' 3.1 billion euros struck from the climate
  fund, New Zealand Labour's NZ$480 million, the ÖVP's debt "seit 2019 verdoppelt" with its
  year - „verdoppelt“ a verb, none).
- Fiscal rules and their figures (fifty-third, hundred-thirty-eighth, hundred-sixty-third,
  three-hundred-and-ninth): „die Drei-Prozent-Grenze“ 3, "the EU's 3% limit" 3 with no hedge
  ("above the EU's" stands before the name, as "above the 4.99 per cent cap",
  three-hundred-and-ninth), "the usual 5.99% cap" likewise, "below 3%" 3 "under" ("below"
  right before the figure, three-hundred-and-twenty-fourth: "below 5.9 trillion euros"),
  „unter 3 Prozent pro Jahr“ 3 "under" (three-hundredth: „unter“ right before the figure;
  „pro Jahr“ none), "the government's own 4.5% ceiling" 4.5, "a primary deficit of 0.5% of
  GDP" 0.5. New: „der 0,35-Prozent-Regel“ is 0.35 % - digits with a decimal comma heading a
  hyphenated compound read as the number words of „Drei-Prozent-Grenze“
  (hundred-thirty-eighth) and the digits of the issue's "28-Punkte-Entwurf", the decimal
  comma read as everywhere in German copy.
- Rating grades (hundred-sixty-third, three-hundred-and-ninth: grades carry none; notches
  are counted). New: "Australia's triple-A credit rating" carries no quantity - a grade
  spelled in words is the label „AA“ spelled out, and "triple" names the letter's
  repetition, not a multiple (as "triple" the verb carries none,
  two-hundred-and-seventy-sixth); the row is check-worthy without a figure as an affirmed
  rating.
- Deficits, debt and shares of output are percentages as written (every batch): "6.6% of
  gross domestic product", „4,1 Prozent des Bruttoinlandsprodukts (BIP)“, „3,8 Prozent der
  Wirtschaftsleistung“, "127% of GDP", "138.9%", "3.0% of GDP" 3.0 (seventy-first: trailing
  zeros give no other value), „0,85 Prozent des BIP“; moves in points "pp" („um 1,3
  Prozentpunkte“, „um zwei Prozentpunkte“ of a Steuerfuss - three-hundred-and-ninth), bond
  moves in "bp" ("by 5 basis points", "4 basis points", "at 96 basis points" for a spread);
  a Steuerfuss as written („Der Steuerfuss von 98 Prozent“; hundred-sixty-third); „13,4
  statt 11,9 Prozent“ and „von 5 auf 6,5 Prozent“ with the unit written once
  (three-hundred-and-ninth: „2,40 statt 2,10 Euro“; seventy-sixth), "from 14% to 12.5%".
  "des BIP", "of GDP", "der Wirtschaftsleistung", "debt-to-GDP", "Band D" and "section 114"
  carry none (fiftieth, fifty-third).
- Signs and comparisons (eleventh, fifty-third, hundred-first): „bei minus 17,9 Milliarden
  Euro“ is -17,900,000,000 EUR; words of direction leave the value as written („ein Minus
  von 2,1 Milliarden Franken“, „mit einem Minus von gut 1,7 Milliarden Franken“ "over",
  „betrug das Minus 21,3 Milliarden Euro“, "a surplus of 21.4 billion pounds", „Abgang“); a
  comparison after the figure carries no hedge („um 1,6 Milliarden Euro besser als
  veranschlagt“, „gut 4 Milliarden Euro mehr als“ "over" from „gut“ only, "9.6 billion
  pounds above the OBR's latest projection", "$3.2 billion above projections", "7.1 billion
  pounds higher than forecast", "about $1.4 trillion more than", "11% more than a year
  earlier", "roughly 2% fewer than").
- Money in the currency written (every batch): EUR with "Milliarden" and "Billionen" („1,047
  Billionen Euro“ 1,047,000,000,000 - hundred-sixty-third New: three digits after the comma
  are decimals -, „die Marke von einer Billion Euro“ 1e12 - fifty-third: an article before a
  scale word is one of it), a currency written once serving a list or an earlier figure
  („13,2 Milliarden“ between two euro amounts, „um 9,6 Milliarden auf 92,4 Milliarden Euro“,
  „um 2,6 Milliarden auf 138,4 Milliarden Franken“, „ein Minus von 96 Millionen“ after „512
  Millionen Franken“; fourth, forty-sixth, fifty-third), per head („knapp 44.800 Euro pro
  Kopf“ "nearly", „durchschnittlich 2.310 Euro“ with no hedge; „pro Kopf“,
  „Pro-Kopf-Verschuldung“ none), „mindestens aber 10 Milliarden Euro jährlich“ "at_least"
  (three-hundredth: „mindestens aber 420 Euro monatlich“), „jährlich bis zu 2,5 Milliarden
  Franken“ "up_to", „um weitere 6 Milliarden Euro“ and „von zusammen 1,2 Milliarden Euro“
  with no hedge; GBP ("the 26.1 billion-pound surplus" - hundred-sixty-third New: "a 68.9
  billion pound budget" -, "£2.3bn" and "£6.2bn" - tenth, hundred-thirtieth: "bn" -, "by
  £109 to £2,398" both, "a £41.7 million gap", "up to £60 million" "up_to", "about 2.8
  billion pounds" "about"); USD ("$2.06 trillion", "$24.7 trillion", "$3,214", "about $20
  billion a year", "$118.6 billion", "58.62 U.S. cents" 0.5862 -
  three-hundred-and-twenty-fourth: "63.84 U.S. cents"); AUD ("A$33.7 billion", "A$1.16
  trillion", "A$13.8 billion", "A$31.5 billion"); NZD ("NZ$9.4 billion", "NZ$1.3 billion a
  year ..., ... NZ$2.4 billion", "NZ$480 million"); JPY ("27.4 trillion yen"); EUR in
  English copy ("1.5 billion euros", "14.3 billion euros", "48.9 billion euros"). None: "a
  year", „jährlich“, „pro Jahr“, "a tonne", "a record", "rainy day fund".
- Counts (every batch): definite groups, one count per figure („Bei 23 von 61“ -
  fifty-third: „Bei 17 von 40“ -, „In 19 der 26 Kantone“, "11 of the 21 euro zone
  countries", "62 of the city's 219 branches", „Von den 214 Förderprogrammen ... 38“;
  forty-first), "Thirty-one councils ..., up from 19" (three-hundredth New: a number in
  words opening the row; "up from" no hedge), "Six councils", "seven member states", "to
  10", "The 10 largest payers" ("largest" none), "two leisure centres", "passed 44-7"
  (hundred-sixty-third: "approved 27-23"), "about 101 million individual tax returns",
  "about 22,000 employees", „rund 2.090 Gemeinden“, „rund 1.500 Stellen“. Multiples
  (twenty-third, two-hundred-and-forty-fourth, three-hundred-and-ninth): "more than twice as
  large as its economy" 2 "over" (two-hundred-and-forty-fourth: "more than twice its
  previous record"), „fast doppelt so viel wie 2024“ 2 "nearly" and the year; verbs carry
  none ("halved", "roughly double", „fast verdoppeln“, „verdoppelt“ - a hedge before a verb
  bounds no figure, two-hundred-and-forty-fourth: „mehr als halbiert“ -; fifty-third).
- Fractions (the issue; every batch): „knapp zwei Drittel“ 0.6667 "nearly", „um ein Drittel“
  0.3333 ("um" no hedge), „knapp drei Viertel“ 0.75 "nearly", „nur noch jede zehnte
  Großstadt“ 0.1 („nur noch“ no hedge), „zu mehr als der Hälfte“ 0.5 "over", „Fast jede
  zweite der rund 2.090 Gemeinden“ 0.5 "nearly" and 2,090 "about", „fast jeder zehnte Euro“
  0.1 "nearly" (hundred-sixty-third: "Mehr als jeder vierte Euro"), „Knapp ein Viertel“ 0.25
  "nearly", "Around one in 10 councils" 0.1 "about" (fifty-third), "a quarter of its
  workforce" 0.25, "about half of them" 0.5 "about", "about a quarter of the general-account
  budget" 0.25 "about", "almost a third" 0.3333 "nearly".
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"): „in erster Lesung“ 1
  (two-hundred-and-thirty-second), „zum dritten Mal in Folge“ 3, „in der ersten
  Septemberwoche“ 1 and no duration (two-hundred-and-seventy-sixth New: „in der ersten
  Stunde des neuen Jahres“), "the first 10 months" and "the first 10 weeks" 1 with the span
  (hundred-sixty-third), "in the first half of the year" 1 and no fraction
  (hundred-sixty-third), "the second-highest on record" 2, "the 14th council" 14, "for a
  sixth consecutive year" 6 (two-hundred-and-seventy-sixth).
- Durations (the issue: "a two-week visit"; every batch): "for the next four years", "across
  four years" and "over the next two years" with no hedge (fifty-third: "over four years"),
  "within two years" ("within" no hedge), "in two years" 2 years (fifty-third: "its smallest
  in four years"), „in den kommenden vier Jahren“, "in each of the following three years" 3
  years, "in the six months" 6 months, "seven days a week" 7 days (seventy-second: "three
  days a week"), maturities ("10-year gilts", "Italian 10-year bond yields", "The 30-year
  JGB yield"; twentieth), and an age („auf 67 Jahre“ 67 years; ages are durations,
  two-hundred-and-fourth). None: "this year", "next year", "last year", "a year earlier", "a
  year later", "a year longer", "next financial year", "the fiscal year starting in April",
  "over the past year", "over the year", "over the coming decade", "for the month", "in the
  month", "later this month", „im vergangenen Jahr“, „Für das laufende Jahr“, „im kommenden
  Jahr“, „im Vorjahr“, „im Jahr davor“, „heuer“, months ("in January", "from April", "in
  April", "in March", "in August", "in December", "last June", "the October budget", „vom
  März“, „Ende November“, "by the end of next March"), „Sommerpause“, "hours before the
  deadline", "with immediate effect", weekdays.
- Years and dates: fiscal years with a slash or hyphen give both years ("2027-28" twice,
  "2028-29" twice, "2029-30" twice, "2030-31" twice, „Doppelhaushalt 2029/30“; fortieth,
  hundred-sixty-third), and so does "the 2029-2038 period" (fifty-third: "2027–2029");
  "fiscal 2028" and "in fiscal 2029" the year (fifty-third, hundred-sixty-third), "in the
  year to June 2029" the year (fifty-third: "the year to June 2026"), „in den Jahren 2025
  bis 2027“, „in den Jahren 2028 bis 2032“ and „für 2028 und 2029“ both, „Rechnung 2027“,
  „Haushalt 2029“, „Bundeshaushalt 2029“ and „Bundesrechnungsabschluss für 2027“ the year
  (fifty-third: "Voranschlag 2025"), „frühestens 2030“ 2030 with no hedge
  (two-hundred-and-thirty-second), „seit 2025“, „seit 2022“, „seit 2019“, "since 2018",
  "since 2021", "its lowest since 2009", "by 2038", "through 2032", "until 2030", „bis
  2030“, „bis 2031“, „bis 2032“, „bis 2040“, "in 2026", „im Jahr 2026“, „allein im Jahr
  2029“, „wie 2024“. A full date: "on July 1, 2029" 2029-07-01 (fifty-third: "from July 1,
  2026"). Dates without a year: "by April 7", "until April 17", "to Oct. 16", "starting July
  1", "by June 15"; Reuters and AAP datelines with a day ("WASHINGTON, Feb 8", "LONDON, Feb
  18", "LONDON, March 22", "LUXEMBOURG, April 20", "LONDON, April 25", "CANBERRA, May 9
  (AAP)", "WELLINGTON, May 25", "BRUSSELS, June 7", "TOKYO, June 16", "DUBLIN, July 6";
  two-hundred-and-thirty-second); Reuters German, dpa with its slugs, APA, Keystone-SDA, PA
  ("LONDON (PA) -", "CASTLEBRIDGE (PA) -") and AP ("WASHINGTON (AP) —", "SACRAMENTO, Calif.
  (AP) —", "NEW YORK (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, "about", "roughly", "Around" "about"; „knapp“,
  „Knapp“, „fast“, „Fast“, "nearly", "almost" "nearly"; „gut“, „mehr als“ before a figure,
  "more than" before a multiple "over"; „unter“ and "below" right before a figure "under";
  „bis zu“, "up to" "up_to"; „mindestens“ "at_least". No hedge: „nur“, „nur noch“, „allein“,
  „Allein“, „insgesamt“, „zusammen“, „weitere“, „pauschal“, „durchschnittlich“,
  „inzwischen“, „zuletzt“, „frühestens“, „statt“, „um“ before a difference or a share, "a
  combined", "alone", "up from", "down from", "within", "across" and "over" before a span,
  "above the" before a name, and comparisons after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte das Finanzministerium
  am Dienstag mit“, „teilte der Landesrechnungshof am Dienstag mit“, „teilte die Statistik
  Austria am Dienstag mit“, „teilte das Statistische Bundesamt am Donnerstag mit“, „teilte
  der Fiskalrat am Mittwoch mit“, „teilte der Rechnungshof mit“ and „teilte die
  Eidgenössische Finanzverwaltung mit“ the source with its article, the weekday dropped
  (fifty-third, hundred-sixty-third), „teilte die EFV mit“ -> "die EFV" (fifty-third New);
  „X sagte, ...“ opening the row with the title and the party dropped („Finanzminister
  Jan-Hendrik Mewes (SPD)“, „Landesrechnungshofpräsidentin Dagmar Quellhorst“,
  „Fiskalratspräsident Gernot Heiligenbrunner“, „Finanzdirektor Adrian Sigrist-Nägeli“,
  „Städtebund-Generalsekretärin Karin Leitgeb-Ortner“, „Finanzminister Dominik Schrempp
  (Grüne)“, „Rechnungshofpräsidentin Theresia Grabenwöger“, „Finanzstadträtin Nadine
  Hollaus“; hundred-sixty-third, two-hundred-and-thirty-second), „Finanzministerin Cornelia
  Ruchti-Bärtschi sagte vor den Medien in Bern“ the name with the occasion dropped
  (fifty-third, hundred-sixty-third) and „Mewes sagte, ...“ the surname as written. English:
  "the Congressional Budget Office said on Tuesday" with its article, the weekday dropped;
  "The Office for National Statistics said ..." and "The Office for Budget Responsibility
  said ..." opening the row, the article lowered (hundred-sixty-third,
  two-hundred-and-thirty-second); "the Department of Finance said on Thursday" (Dublin;
  fifty-third); "HMRC said" and "Eurostat said" as written (fifty-third: "HMRC said";
  three-hundred-and-twenty-fourth: „wie Eurostat ... mitteilte“ -> "Eurostat"); "The
  Legislative Analyst's Office said" (hundred-sixty-third); "CBO Director Philip Ravensworth
  told reporters", "Economy Commissioner Jørgen Ekdahl told reporters" and "Finance Minister
  Takeshi Imamura told reporters" the name ("told reporters" names the speaker,
  two-hundred-and-fourth); "Marchbank told MPs" (two-hundred-and-thirty-second); "LGA
  finance spokesperson Councillor Shirin Madeley said", "Treasurer Daniel Kovacevic said",
  "Finance Minister Nicola Haddow said", "Council leader Colin Trask said" and "Mayor Andre
  Villanueva said" the name with the office dropped; "The council's chief finance officer,
  Helen Oduya, said" the name in apposition (three-hundred-and-ninth). Left unchecked
  (None): all negatives, also those with a named speaker; estimates, documents and data (the
  CBO's "projected", "the report said", "the OBR estimated", "official figures showed",
  "official data showed", "figures from the EU's statistics office showed", "the inspector
  general found", "The Independent Budget Office projected", "according to ..." the housing
  ministry, an LGA survey, a report by the Treasury inspector general and the Irish Fiscal
  Advisory Council, „wie aus den Kabinettsunterlagen hervorgeht“, „wie aus dem
  Gemeindefinanzbericht hervorgeht“, „laut Bericht“, „wie eine Auswertung der
  Nachrichtenagentur Keystone-SDA zeigt“, „erwarten die Schätzer“, „erwartet das Gremium“,
  „Der Bundesrat rechnet“; hundred-tenth, hundred-sixty-third), „wie das
  Bundesfinanzministerium ... mitteilte“ (two-hundred-and-fourth,
  two-hundred-and-thirty-second), verbs no batch settled as verbs of saying („empfehlen“,
  „empfahl“, „mahnte ... an“, „wies ... zurück“, „forderten“, „will“, „kritisierten“, „warf
  ... vor“, „begründete“, „kündigte an“, "announced"; hundred-sixty-third,
  three-hundred-and-ninth), plural groups and parties ("Economists polled by Reuters", "Bank
  economists", "The opposition Labour Party said", „Die Prüfer“; forty-first), a description
  ("the agency said"; fifty-third), "Finnish Finance Minister Aino Kettunen said" (a
  national adjective before the title, three-hundred-and-twenty-fourth New), "A Treasury
  spokesperson said" (a role, hundred-fifteenth). New, left unchecked until settled: „laut
  Rathaus“ - a building standing for the city's administration is no name, as „laut Stadt“
  (two-hundred-and-eighteenth) stayed unchecked. As the three-hundredth and
  three-hundred-and-twenty-fourth batches did, and to keep the checked speakers near 35,
  this batch also leaves unchecked forms it could have checked: „Finanzminister Mewes
  sagte“, „Finanzminister Jan-Hendrik Mewes (SPD) sagte in Berlin“, „Finanzminister Stefan
  Auinger sagte“, „Heiligenbrunner sagte“ (June), „Finanzministerin Ruchti-Bärtschi sagte“,
  „Nach Angaben des Deutschen Städtetags“, „Städtetagspräsidentin Ulrike Brennecke-Saß
  sagte“; "the LGA said", "Local government minister Ruth Tamworth said", "The IRS said",
  "The Office for National Statistics said" (April), "Governor Teresa Alcott said Friday as
  she unveiled ...", "the Department of Finance said" (Sacramento), "The Commission said",
  "The finance ministry said" and "Council Speaker Denise Okonkwo-Hart said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_347 = [
    # --- Haushaltsabschluss 2027 des Bundes (Reuters), Januar ---
    (
        "de",
        "Berlin (Reuters) - Der Bund ist im vergangenen Jahr mit deutlich weniger neuen Schulden ausgekommen als ursprünglich geplant.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Nettokreditaufnahme im Kernhaushalt lag 2027 bei 38,6 Milliarden Euro, veranschlagt waren 51,3 Milliarden Euro, teilte das Finanzministerium am Dienstag mit.",
        True,
        [("year", 2027, None, None), ("money", 38600000000, "EUR", None), ("money", 51300000000, "EUR", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die Steuereinnahmen des Bundes stiegen um 4,2 Prozent auf 401,7 Milliarden Euro und übertrafen die Herbstschätzung um rund 2,3 Milliarden Euro.",
        True,
        [("percent", 4.2, "%", None), ("money", 401700000000, "EUR", None), ("money", 2300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Aus dem Sondervermögen für Infrastruktur flossen dagegen nur 21,4 Milliarden Euro ab, knapp zwei Drittel der eingeplanten Summe.",
        True,
        [("money", 21400000000, "EUR", None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Finanzminister Jan-Hendrik Mewes (SPD) sagte, die Schuldenbremse sei im vergangenen Jahr eingehalten worden.",
        True,
        [],
        "Jan-Hendrik Mewes",
    ),
    ("de", "„Wer jetzt von Spielräumen redet, hat den Finanzplan nicht gelesen“, sagte Mewes.", False, [], None),
    (
        "de",
        "Für 2029 klafft in der mittelfristigen Planung weiterhin eine Lücke von gut 27 Milliarden Euro.",
        True,
        [("year", 2029, None, None), ("money", 27000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Grünen warfen dem Minister vor, mit schöngerechneten Zahlen einen Sparzwang zu inszenieren.",
        False,
        [],
        None,
    ),
    # --- CBO budget outlook (Reuters), February ---
    (
        "en",
        "WASHINGTON, Feb 8 (Reuters) - The U.S. federal budget deficit will reach $2.06 trillion in fiscal 2028, or 6.6% of gross domestic product, the Congressional Budget Office said on Tuesday.",
        True,
        [
            ("date", "--02-08", None, None),
            ("money", 2060000000000, "USD", None),
            ("year", 2028, None, None),
            ("percent", 6.6, "%", None),
        ],
        "the Congressional Budget Office",
    ),
    (
        "en",
        "The nonpartisan office projected that debt held by the public would climb to 127% of GDP by 2038, up from 101% this year.",
        True,
        [("percent", 127, "%", None), ("year", 2038, None, None), ("percent", 101, "%", None)],
        None,
    ),
    (
        "en",
        "Net interest costs are set to exceed $1.1 trillion this year and to roughly double over the coming decade.",
        True,
        [("money", 1100000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Cumulative deficits for the 2029-2038 period were put at $24.7 trillion, about $1.4 trillion more than the office estimated last June.",
        True,
        [
            ("year", 2029, None, None),
            ("year", 2038, None, None),
            ("money", 24700000000000, "USD", None),
            ("money", 1400000000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "CBO Director Philip Ravensworth told reporters that higher tariff revenue had only partly offset the cost of last year's tax cuts.",
        True,
        [],
        "Philip Ravensworth",
    ),
    (
        "en",
        '"The trajectory is not sustainable, and everybody in this town knows it," Ravensworth said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Social Security retirement trust fund would be exhausted in 2032, a year earlier than previously estimated, the report said.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        'House Budget Committee Chairman Doug Keltner called the outlook "a wake-up call that Washington keeps sleeping through."',
        False,
        [],
        None,
    ),
    # --- Rechnung 2027 des Bundes (Keystone-SDA), Februar ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Rechnung 2027 des Bundes schliesst mit einem Defizit von 1,3 Milliarden Franken.",
        True,
        [("year", 2027, None, None), ("money", 1300000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Budgetiert war ein Minus von 2,1 Milliarden Franken, teilte die Eidgenössische Finanzverwaltung mit.",
        True,
        [("money", 2100000000, "CHF", None)],
        "die Eidgenössische Finanzverwaltung",
    ),
    (
        "de",
        "Der ordentliche Haushalt wies einen Überschuss von 410 Millionen Franken aus, die Vorgaben der Schuldenbremse wurden damit erfüllt.",
        True,
        [("money", 410000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der ausserordentliche Haushalt schloss hingegen mit einem Minus von gut 1,7 Milliarden Franken.",
        True,
        [("money", 1700000000, "CHF", "over")],
        None,
    ),
    (
        "de",
        "Finanzministerin Cornelia Ruchti-Bärtschi sagte vor den Medien in Bern, ab 2029 drohten strukturelle Defizite von jährlich bis zu 2,5 Milliarden Franken.",
        True,
        [("year", 2029, None, None), ("money", 2500000000, "CHF", "up_to")],
        "Cornelia Ruchti-Bärtschi",
    ),
    ("de", "«Der gute Abschluss ist kein Freipass für neue Ausgaben», sagte Ruchti-Bärtschi.", False, [], None),
    (
        "de",
        "Die Bruttoschulden des Bundes sanken um 2,6 Milliarden auf 138,4 Milliarden Franken.",
        True,
        [("money", 2600000000, "CHF", None), ("money", 138400000000, "CHF", None)],
        None,
    ),
    ("de", "Die SP sprach von einem «Abschluss der verpassten Gelegenheiten».", False, [], None),
    # --- UK public finances in January (Reuters), February ---
    (
        "en",
        "LONDON, Feb 18 (Reuters) - Britain's public finances swung to a surplus of 21.4 billion pounds in January, boosted by self-assessed income tax receipts, official figures showed on Friday.",
        True,
        [("date", "--02-18", None, None), ("money", 21400000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "That was smaller than the 26.1 billion-pound surplus forecast by economists polled by Reuters.",
        True,
        [("money", 26100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Borrowing in the first 10 months of the 2027-28 financial year totalled 132.9 billion pounds, 9.6 billion pounds above the OBR's latest projection.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 10, "month", None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("money", 132900000000, "GBP", None),
            ("money", 9600000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "The Office for National Statistics said net debt excluding the Bank of England edged down to 94.8% of GDP.",
        True,
        [("percent", 94.8, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Receipts from self-assessment taxes reached a record 38.7 billion pounds in the month, HMRC said.",
        True,
        [("money", 38700000000, "GBP", None)],
        "HMRC",
    ),
    (
        "en",
        '"January always flatters, and the underlying picture is still one of a state that spends faster than it taxes," said Lydia Farnworth, chief economist at Harrowgate Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Central government debt interest payments fell to 6.2 billion pounds, down 1.4 billion pounds from a year earlier.",
        True,
        [("money", 6200000000, "GBP", None), ("money", 1400000000, "GBP", None)],
        None,
    ),
    # --- English councils and council tax (PA), March ---
    (
        "en",
        "LONDON (PA) - Thirty-one councils in England have been given permission to borrow or sell assets to balance their budgets next year, up from 19 a year earlier.",
        True,
        [("count", 31, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The exceptional financial support packages are worth a combined £2.3bn, according to the housing ministry.",
        True,
        [("money", 2300000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Six councils were allowed to raise council tax above the usual 5.99% cap, with the steepest rise, 10.99%, in Castlebridge.",
        True,
        [("count", 6, None, None), ("percent", 5.99, "%", None), ("percent", 10.99, "%", None)],
        None,
    ),
    (
        "en",
        "The average Band D bill will rise by £109 to £2,398 from April, the LGA said.",
        True,
        [("money", 109, "GBP", None), ("money", 2398, "GBP", None)],
        None,
    ),
    (
        "en",
        "LGA finance spokesperson Councillor Shirin Madeley said councils faced a combined funding gap of £6.2bn over the next two years.",
        True,
        [("money", 6200000000, "GBP", None), ("duration", 2, "year", None)],
        "Shirin Madeley",
    ),
    (
        "en",
        '"We are long past the point where efficiency savings alone can close the gap," Madeley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Around one in 10 councils said they expected to issue a section 114 notice within two years, according to an LGA survey.",
        True,
        [("fraction", 0.1, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Local government minister Ruth Tamworth said councils had received a 6.8% increase in core spending power.",
        True,
        [("percent", 6.8, "%", None)],
        None,
    ),
    (
        "en",
        'Opposition councillors called the rises "a stealth tax on families already at breaking point".',
        False,
        [],
        None,
    ),
    # --- Jahresbericht des Landesrechnungshofs NRW (dpa/lnw), März ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Der Landesrechnungshof Nordrhein-Westfalen hat der Landesregierung einen zu laxen Umgang mit ihren Förderprogrammen vorgeworfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei 23 von 61 geprüften Programmen sei der Erfolg der Förderung nicht messbar gewesen, teilte der Landesrechnungshof am Dienstag mit.",
        True,
        [("count", 23, None, None), ("count", 61, None, None)],
        "der Landesrechnungshof",
    ),
    (
        "de",
        "Allein in den Jahren 2025 bis 2027 flossen über diese Programme rund 4,8 Milliarden Euro.",
        True,
        [("year", 2025, None, None), ("year", 2027, None, None), ("money", 4800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Landesrechnungshofpräsidentin Dagmar Quellhorst sagte, das Land habe zudem Notlagenkredite von 1,2 Milliarden Euro aufgenommen, ohne die Notlage ausreichend zu begründen.",
        True,
        [("money", 1200000000, "EUR", None)],
        "Dagmar Quellhorst",
    ),
    (
        "de",
        "Die Prüfer empfehlen, die Zahl der Förderprogramme bis 2030 um ein Drittel zu verringern.",
        True,
        [("year", 2030, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "Zudem mahnte der Rechnungshof mehr Ausgabendisziplin in allen Ressorts an.", False, [], None),
    ("de", "Das Finanzministerium wies die Kritik zurück.", True, [], None),
    (
        "de",
        "„Wir lassen uns von niemandem Verschwendung vorwerfen“, sagte Finanzminister Henning Jakobsmeier (CDU).",
        False,
        [],
        None,
    ),
    # --- Eckwerte für den Bundeshaushalt 2029 (Reuters), März ---
    (
        "de",
        "Berlin (Reuters) - Das Bundeskabinett hat am Mittwoch die Eckwerte für den Haushalt 2029 beschlossen, der Ausgaben von 548,2 Milliarden Euro vorsieht.",
        True,
        [("year", 2029, None, None), ("money", 548200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Nettokreditaufnahme im Kernhaushalt soll bei 64,5 Milliarden Euro liegen, hinzu kommen knapp 80 Milliarden Euro an Krediten aus den Sondervermögen.",
        True,
        [("money", 64500000000, "EUR", None), ("money", 80000000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Bis 2032 summiert sich der Handlungsbedarf in der Finanzplanung auf 141 Milliarden Euro, wie aus den Kabinettsunterlagen hervorgeht.",
        True,
        [("year", 2032, None, None), ("money", 141000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Alle Ressorts müssen im kommenden Jahr pauschal 1,5 Prozent ihrer Sachausgaben einsparen, ausgenommen ist nur das Verteidigungsministerium.",
        True,
        [("percent", 1.5, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzminister Mewes sagte, die Investitionen stiegen auf einen Rekordwert von 131,7 Milliarden Euro.",
        True,
        [("money", 131700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Haushalt für die nächste Generation und nicht für die nächste Wahl“, sagte Mewes.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Steuerzahlerbund nannte den Entwurf einen „Schuldenhaushalt mit Investitionsetikett“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundestag soll den Entwurf nach der Sommerpause in erster Lesung beraten.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- UK Spring Statement (Reuters), March ---
    (
        "en",
        "LONDON, March 22 (Reuters) - British finance minister Eleanor Marchbank announced 4.6 billion pounds of spending cuts on Wednesday to rebuild her buffer against her main fiscal rule after the budget watchdog cut its growth forecasts.",
        True,
        [("date", "--03-22", None, None), ("money", 4600000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility said the government now had headroom of 9.9 billion pounds against its target of balancing day-to-day spending by 2029-30.",
        True,
        [("money", 9900000000, "GBP", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "Without the cuts, the buffer would have shrunk to 1.2 billion pounds, the OBR estimated.",
        True,
        [("money", 1200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The OBR halved its growth forecast for 2028 to 0.6% and trimmed its estimate for 2029 to 1.4% from 1.7%.",
        True,
        [
            ("year", 2028, None, None),
            ("percent", 0.6, "%", None),
            ("year", 2029, None, None),
            ("percent", 1.4, "%", None),
            ("percent", 1.7, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Marchbank told MPs that about 2.8 billion pounds of the savings would come from welfare, mostly through tighter eligibility for disability benefits.",
        True,
        [("money", 2800000000, "GBP", "about")],
        "Marchbank",
    ),
    ("en", '"We will not borrow our way out of a hole that borrowing dug," Marchbank said.', False, [], None),
    (
        "en",
        "Public sector net borrowing is forecast at 3.6% of GDP in 2028-29, falling to 2.1% by the end of the forecast period.",
        True,
        [
            ("percent", 3.6, "%", None),
            ("year", 2028, None, None),
            ("year", 2029, None, None),
            ("percent", 2.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        'Shadow chancellor Rupert Ellingham called the statement "a confession that the growth plan has failed".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Yields on 10-year gilts eased by 5 basis points to 4.38% after the statement.",
        True,
        [("duration", 10, "year", None), ("percent", 5, "bp", None), ("percent", 4.38, "%", None)],
        None,
    ),
    # --- Maastricht-Defizit 2027 (APA), März ---
    (
        "de",
        "Wien (APA) - Österreichs gesamtstaatliches Defizit ist im Vorjahr auf 4,1 Prozent des Bruttoinlandsprodukts (BIP) gesunken, nach 4,6 Prozent im Jahr 2026.",
        True,
        [("percent", 4.1, "%", None), ("percent", 4.6, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "In absoluten Zahlen betrug das Minus 21,3 Milliarden Euro, teilte die Statistik Austria am Dienstag mit.",
        True,
        [("money", 21300000000, "EUR", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die Staatsschuldenquote stieg um 1,3 Prozentpunkte auf 79,2 Prozent.",
        True,
        [("percent", 1.3, "pp", None), ("percent", 79.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der öffentliche Schuldenstand erreichte damit rund 411 Milliarden Euro, das sind knapp 44.800 Euro pro Kopf.",
        True,
        [("money", 411000000000, "EUR", "about"), ("money", 44800, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Der Bund war für knapp drei Viertel des Defizits verantwortlich, Länder und Gemeinden für den Rest.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Fiskalratspräsident Gernot Heiligenbrunner sagte, ohne zusätzliche Maßnahmen werde die Drei-Prozent-Grenze frühestens 2030 unterschritten.",
        True,
        [("percent", 3, "%", None), ("year", 2030, None, None)],
        "Gernot Heiligenbrunner",
    ),
    ("de", "„Die Richtung stimmt, das Tempo nicht“, sagte Heiligenbrunner.", False, [], None),
    (
        "de",
        "Finanzminister Stefan Auinger sagte, das EU-Defizitverfahren gegen Österreich könne 2029 beendet werden.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    ("de", "Die FPÖ nannte die Zahlen ein „Zeugnis des Scheiterns“.", False, [], None),
    # --- Rekorddefizit der Kommunen (dpa), April ---
    (
        "de",
        "Wiesbaden (dpa) - Die Kommunen in Deutschland haben im vergangenen Jahr das höchste Finanzierungsdefizit seit der Wiedervereinigung verbucht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Ausgaben der Kern- und Extrahaushalte überstiegen die Einnahmen um 29,7 Milliarden Euro, teilte das Statistische Bundesamt am Donnerstag mit.",
        True,
        [("money", 29700000000, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Besonders stark stiegen die Sozialausgaben, und zwar um 9,8 Prozent auf 87,1 Milliarden Euro.",
        True,
        [("percent", 9.8, "%", None), ("money", 87100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Deutschen Städtetags konnte zuletzt nur noch jede zehnte Großstadt einen ausgeglichenen Haushalt vorlegen.",
        True,
        [("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Städtetagspräsidentin Ulrike Brennecke-Saß sagte, die Kommunen bräuchten einen höheren Anteil an der Umsatzsteuer, mindestens aber 10 Milliarden Euro jährlich zusätzlich.",
        True,
        [("money", 10000000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "„Wir verwalten nur noch den Mangel, gestalten können wir nichts mehr“, sagte Brennecke-Saß.",
        False,
        [],
        None,
    ),
    # --- U.S. tax filing season (AP), April ---
    (
        "en",
        "WASHINGTON (AP) — The IRS had received about 101 million individual tax returns by April 7, roughly 2% fewer than at the same point last year.",
        True,
        [("count", 101000000, None, "about"), ("date", "--04-07", None, None), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        "The average refund so far is $3,214, up 3.1% from a year earlier, the agency said.",
        True,
        [("money", 3214, "USD", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Taxpayers have until April 17 to file or to request an extension to Oct. 16.",
        True,
        [("date", "--04-17", None, None), ("date", "--10-16", None, None)],
        None,
    ),
    (
        "en",
        "The IRS said nearly 96% of the returns received so far had been filed electronically.",
        True,
        [("percent", 96, "%", "nearly")],
        None,
    ),
    (
        "en",
        "The agency has shed about 22,000 employees over the past year, a quarter of its workforce, according to a report by the Treasury inspector general.",
        True,
        [("count", 22000, None, "about"), ("fraction", 0.25, None, None)],
        None,
    ),
    ("en", "Consumer advocates urged filers to steer clear of paper returns this year.", False, [], None),
    (
        "en",
        'Acting IRS Commissioner Dana Whitford said the agency was "confident" it could handle the season.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Phone lines answered 71% of calls in the first 10 weeks of the season, down from 84% last year, the inspector general found.",
        True,
        [
            ("percent", 71, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 10, "week", None),
            ("percent", 84, "%", None),
        ],
        None,
    ),
    # --- Eurostat deficit and debt figures (Reuters), April ---
    (
        "en",
        "LUXEMBOURG, April 20 (Reuters) - The euro zone's combined budget deficit narrowed to 3.0% of GDP in 2027 from 3.2% a year earlier, while public debt rose to 88.6%, figures from the EU's statistics office showed on Thursday.",
        True,
        [
            ("date", "--04-20", None, None),
            ("percent", 3.0, "%", None),
            ("year", 2027, None, None),
            ("percent", 3.2, "%", None),
            ("percent", 88.6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Eurostat said 11 of the 21 euro zone countries had run deficits above the EU's 3% limit.",
        True,
        [("count", 11, None, None), ("count", 21, None, None), ("percent", 3, "%", None)],
        "Eurostat",
    ),
    (
        "en",
        "Romania had the largest deficit in the wider EU at 7.4% of GDP, followed by France at 5.1% and Belgium at 4.6%.",
        True,
        [("percent", 7.4, "%", None), ("percent", 5.1, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Greece's debt ratio dropped to 138.9%, its lowest since 2009.",
        True,
        [("percent", 138.9, "%", None), ("year", 2009, None, None)],
        None,
    ),
    (
        "en",
        "Germany's deficit widened to 2.9% of GDP as spending from its special funds for infrastructure and defence picked up.",
        True,
        [("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Economists said the figures would give the Commission little comfort ahead of its spring assessment.",
        False,
        [],
        None,
    ),
    # --- UK borrowing for 2027-28 (Reuters), April ---
    (
        "en",
        "LONDON, April 25 (Reuters) - British public sector borrowing in the 2027-28 financial year came in at 151.4 billion pounds, or 4.9% of GDP, 7.1 billion pounds higher than forecast in March, official data showed.",
        True,
        [
            ("date", "--04-25", None, None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("money", 151400000000, "GBP", None),
            ("percent", 4.9, "%", None),
            ("money", 7100000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "March borrowing alone was 16.8 billion pounds, the highest for the month since 2021.",
        True,
        [("money", 16800000000, "GBP", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The Office for National Statistics said debt interest for the year totalled 108.3 billion pounds, the second-highest on record.",
        True,
        [("money", 108300000000, "GBP", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Tax receipts rose 6.4% over the year, driven by frozen income tax thresholds and higher employer national insurance contributions.",
        True,
        [("percent", 6.4, "%", None)],
        None,
    ),
    (
        "en",
        '"This is a bad start for a Chancellor who has staked everything on her fiscal rules," said Thomas Ridgewell, an economist at Carrow Street Partners.',
        False,
        [],
        None,
    ),
    ("en", "A Treasury spokesperson said the government remained on track to meet its fiscal rules.", False, [], None),
    # --- Rechnungen der Kantone (Keystone-SDA), April ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizer Kantone haben 2027 mehrheitlich besser abgeschlossen als budgetiert.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Kanton Zürich weist in seiner Rechnung 2027 einen Ertragsüberschuss von 512 Millionen Franken aus, budgetiert war ein Minus von 96 Millionen.",
        True,
        [("year", 2027, None, None), ("money", 512000000, "CHF", None), ("money", 96000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Finanzdirektor Adrian Sigrist-Nägeli sagte, der Überschuss gehe zu mehr als der Hälfte auf ausserordentliche Steuererträge von Unternehmen zurück.",
        True,
        [("fraction", 0.5, None, "over")],
        "Adrian Sigrist-Nägeli",
    ),
    (
        "de",
        "Der Steuerfuss von 98 Prozent soll dennoch nicht gesenkt werden.",
        True,
        [("percent", 98, "%", None)],
        None,
    ),
    (
        "de",
        "Bürgerliche Kantonsräte forderten eine Senkung des Steuerfusses um zwei Prozentpunkte.",
        True,
        [("percent", 2, "pp", None)],
        None,
    ),
    ("de", "«Wer jetzt die Steuern senkt, bezahlt morgen mit Leistungsabbau», sagte Sigrist-Nägeli.", False, [], None),
    (
        "de",
        "Der Kanton Bern schloss mit einem Überschuss von 187 Millionen Franken, der Kanton Genf mit einem Defizit von 214 Millionen Franken.",
        True,
        [("money", 187000000, "CHF", None), ("money", 214000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "In 19 der 26 Kantone lag das Ergebnis über dem Budget, wie eine Auswertung der Nachrichtenagentur Keystone-SDA zeigt.",
        True,
        [("count", 19, None, None), ("count", 26, None, None)],
        None,
    ),
    # --- Australian federal budget (AAP), May ---
    (
        "en",
        "CANBERRA, May 9 (AAP) - The federal budget will stay in deficit for the next four years, with a shortfall of A$33.7 billion forecast for 2028-29.",
        True,
        [
            ("date", "--05-09", None, None),
            ("duration", 4, "year", None),
            ("money", 33700000000, "AUD", None),
            ("year", 2028, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Treasurer Daniel Kovacevic said gross debt would peak at A$1.16 trillion, or 35.8% of GDP, in 2030-31.",
        True,
        [
            ("money", 1160000000000, "AUD", None),
            ("percent", 35.8, "%", None),
            ("year", 2030, None, None),
            ("year", 2031, None, None),
        ],
        "Daniel Kovacevic",
    ),
    (
        "en",
        "Savings of A$13.8 billion across four years are included, about half of them from tighter rules on the National Disability Insurance Scheme.",
        True,
        [("money", 13800000000, "AUD", None), ("duration", 4, "year", None), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "A cut to the lowest income tax rate, from 14% to 12.5%, will take effect on July 1, 2029.",
        True,
        [("percent", 14, "%", None), ("percent", 12.5, "%", None), ("date", "2029-07-01", None, None)],
        None,
    ),
    ("en", '"This is a responsible budget for uncertain times," Kovacevic told parliament.', False, [], None),
    (
        "en",
        'Shadow treasurer Angus Bellairs said the government was "spending like a sailor on shore leave".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Interest payments are forecast to reach A$31.5 billion next financial year, more than the government spends on childcare.",
        True,
        [("money", 31500000000, "AUD", None)],
        None,
    ),
    ("en", "Bank economists said the revenue forecasts looked optimistic.", False, [], None),
    (
        "en",
        "Treasury has assumed the iron ore price drops to US$68 a tonne by the end of next March.",
        True,
        [("money", 68, "USD", None)],
        None,
    ),
    (
        "en",
        "S&P Global Ratings affirmed Australia's triple-A credit rating with a stable outlook after the budget was released.",
        True,
        [],
        None,
    ),
    # --- Steuerschätzung (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Bund, Länder und Kommunen müssen bis 2032 mit deutlich weniger Steuereinnahmen rechnen als bisher angenommen.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zur Herbstschätzung fehlen in den Jahren 2028 bis 2032 insgesamt 38,4 Milliarden Euro, wie das Bundesfinanzministerium nach der Sitzung des Arbeitskreises Steuerschätzungen mitteilte.",
        True,
        [("year", 2028, None, None), ("year", 2032, None, None), ("money", 38400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf den Bund entfallen davon 17,9 Milliarden Euro, auf die Länder 13,2 Milliarden und auf die Gemeinden 7,3 Milliarden Euro.",
        True,
        [("money", 17900000000, "EUR", None), ("money", 13200000000, "EUR", None), ("money", 7300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr erwarten die Schätzer gesamtstaatliche Steuereinnahmen von 1,047 Billionen Euro.",
        True,
        [("money", 1047000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Erstmals würde das Steueraufkommen damit die Marke von einer Billion Euro übersteigen.",
        True,
        [("money", 1000000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mewes sagte, die Ressorts müssten ihre Ausgabenwünsche für 2029 um weitere 6 Milliarden Euro zusammenstreichen.",
        True,
        [("year", 2029, None, None), ("money", 6000000000, "EUR", None)],
        "Mewes",
    ),
    (
        "de",
        "„Die fetten Jahre sind endgültig vorbei“, sagte der CDU-Haushaltspolitiker Fabian Struckmeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Arbeitskreis begründete die Korrektur vor allem mit dem schwächeren Wachstum und den Steuerentlastungen für Unternehmen.",
        True,
        [],
        None,
    ),
    # --- California's May Revision (AP), May ---
    (
        "en",
        "SACRAMENTO, Calif. (AP) — California faces a $16.9 billion budget gap for the fiscal year starting July 1, Governor Teresa Alcott said Friday as she unveiled her revised spending plan.",
        True,
        [("money", 16900000000, "USD", None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "Her revised $318 billion plan would draw $7.1 billion from the state's rainy day fund and delay some scheduled pay raises for state workers.",
        True,
        [("money", 318000000000, "USD", None), ("money", 7100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The plan cuts $2.4 billion from Medi-Cal, the state's health program for low-income residents, largely by freezing new enrollment for some adults.",
        True,
        [("money", 2400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The Legislative Analyst's Office said the state's structural deficits would average about $20 billion a year through 2032.",
        True,
        [("money", 20000000000, "USD", "about"), ("year", 2032, None, None)],
        "the Legislative Analyst's Office",
    ),
    ("en", '"Nobody in this building wanted to make these choices," Alcott said.', False, [], None),
    (
        "en",
        "Lawmakers must pass a budget by June 15 or forfeit their pay.",
        True,
        [("date", "--06-15", None, None)],
        None,
    ),
    ("en", 'Republican leaders called the plan "a budget built on gimmicks and wishful thinking."', False, [], None),
    (
        "en",
        "Income tax collections in April came in $3.2 billion above projections, the Department of Finance said.",
        True,
        [("money", 3200000000, "USD", None)],
        None,
    ),
    # --- Gemeindefinanzbericht (APA), Mai ---
    (
        "de",
        "Wien (APA) - Österreichs Gemeinden ohne Wien haben 2027 zum dritten Mal in Folge ein Defizit geschrieben.",
        True,
        [("year", 2027, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Abgang betrug 1,14 Milliarden Euro, nach 1,38 Milliarden Euro im Jahr davor, wie aus dem Gemeindefinanzbericht hervorgeht.",
        True,
        [("money", 1140000000, "EUR", None), ("money", 1380000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Fast jede zweite der rund 2.090 Gemeinden konnte ihren laufenden Betrieb nicht mehr aus eigenen Einnahmen decken.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 2090, None, "about")],
        None,
    ),
    (
        "de",
        "Städtebund-Generalsekretärin Karin Leitgeb-Ortner sagte, die Ausgaben für Pflege und Kinderbetreuung seien seit 2022 um 41 Prozent gestiegen.",
        True,
        [("year", 2022, None, None), ("percent", 41, "%", None)],
        "Karin Leitgeb-Ortner",
    ),
    (
        "de",
        "Der Städtebund will für die Gemeinden künftig 13,4 statt 11,9 Prozent der gemeinsamen Steuereinnahmen mit dem Bund.",
        True,
        [("percent", 13.4, "%", None), ("percent", 11.9, "%", None)],
        None,
    ),
    ("de", "„Die Gemeinden tragen das Land, aber niemand trägt die Gemeinden“, sagte Leitgeb-Ortner.", False, [], None),
    (
        "de",
        "Die Pro-Kopf-Verschuldung der Gemeinden stieg auf durchschnittlich 2.310 Euro.",
        True,
        [("money", 2310, "EUR", None)],
        None,
    ),
    ("de", "Ob die Länder mit zusätzlichem Geld einspringen, blieb offen.", False, [], None),
    # --- Doppelhaushalt in Baden-Württemberg (dpa/lsw), Mai ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Baden-Württemberg muss für den Doppelhaushalt 2029/30 eine Lücke von rund 4,6 Milliarden Euro schließen.",
        True,
        [("year", 2029, None, None), ("year", 2030, None, None), ("money", 4600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Finanzminister Dominik Schrempp (Grüne) sagte, nach der Steuerschätzung fehlten allein im Jahr 2029 knapp 2,1 Milliarden Euro.",
        True,
        [("year", 2029, None, None), ("money", 2100000000, "EUR", "nearly")],
        "Dominik Schrempp",
    ),
    (
        "de",
        "Die Ministerien sollen ihre Budgets um durchschnittlich 3,5 Prozent kürzen.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Zudem sollen bis 2032 rund 1.500 Stellen in der Landesverwaltung wegfallen.",
        True,
        [("year", 2032, None, None), ("count", 1500, None, "about")],
        None,
    ),
    (
        "de",
        "Die Landesregierung will den seit 2025 geltenden Spielraum der 0,35-Prozent-Regel für die Länder voll ausschöpfen.",
        True,
        [("year", 2025, None, None), ("percent", 0.35, "%", None)],
        None,
    ),
    ("de", "„Wir sparen nicht aus Lust, sondern weil die Zahlen es verlangen“, sagte Schrempp.", False, [], None),
    ("de", "Die Gewerkschaft Verdi kündigte entschlossenen Widerstand gegen den Stellenabbau an.", False, [], None),
    ("de", "Die FDP-Fraktion nannte den Sparkurs „mutlos und planlos“.", False, [], None),
    # --- New Zealand budget (Reuters), May ---
    (
        "en",
        "WELLINGTON, May 25 (Reuters) - New Zealand's government on Thursday forecast a return to an operating surplus in the 2030-31 year, a year later than projected in December, as weaker tax revenue offset spending restraint.",
        True,
        [("date", "--05-25", None, None), ("year", 2030, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "Finance Minister Nicola Haddow said the operating deficit before gains and losses would be NZ$9.4 billion in the year to June 2029.",
        True,
        [("money", 9400000000, "NZD", None), ("year", 2029, None, None)],
        "Nicola Haddow",
    ),
    (
        "en",
        "Net core Crown debt is forecast to peak at 46.2% of GDP in 2029-30.",
        True,
        [("percent", 46.2, "%", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "New operating spending is capped at NZ$1.3 billion a year, down from NZ$2.4 billion last year.",
        True,
        [("money", 1300000000, "NZD", None), ("money", 2400000000, "NZD", None)],
        None,
    ),
    ("en", '"We are not going to ask our grandchildren to pay for today\'s groceries," Haddow said.', False, [], None),
    (
        "en",
        "The opposition Labour Party said the budget cut NZ$480 million from health services in real terms.",
        True,
        [("money", 480000000, "NZD", None)],
        None,
    ),
    (
        "en",
        "The New Zealand dollar was little changed at 58.62 U.S. cents after the release.",
        True,
        [("money", 0.5862, "USD", None)],
        None,
    ),
    ("en", "Economists said the rating agencies were unlikely to react in the near term.", False, [], None),
    # --- EU spring package (Reuters), June ---
    (
        "en",
        "BRUSSELS, June 7 (Reuters) - The European Commission on Wednesday proposed opening excessive deficit procedures against Finland and Croatia, bringing the number of EU countries under the procedure to 10.",
        True,
        [("date", "--06-07", None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The Commission said Finland's deficit of 4.3% of GDP in 2027 was neither small nor temporary.",
        True,
        [("percent", 4.3, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "It recommended giving France until 2030 to bring its deficit below 3%, a year longer than agreed in 2026.",
        True,
        [("year", 2030, None, None), ("percent", 3, "%", "under"), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Austria and Italy were found to have taken effective action, and their procedures were left in abeyance.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Economy Commissioner Jørgen Ekdahl told reporters that seven member states had activated the national escape clause for defence spending.",
        True,
        [("count", 7, None, None)],
        "Jørgen Ekdahl",
    ),
    ("en", '"Fiscal rules are not a straitjacket, but they are not optional either," Ekdahl said.', False, [], None),
    (
        "en",
        "Finnish Finance Minister Aino Kettunen said the government would present further savings of 1.5 billion euros in August.",
        True,
        [("money", 1500000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Italian 10-year bond yields were unchanged at 3.71%, and the spread over Bunds held at 96 basis points.",
        True,
        [("duration", 10, "year", None), ("percent", 3.71, "%", None), ("percent", 96, "bp", None)],
        None,
    ),
    (
        "en",
        "Diplomats said several capitals doubted whether the rules would survive another downturn.",
        False,
        [],
        None,
    ),
    # --- Frühjahrsbericht des Fiskalrats (APA), Juni ---
    (
        "de",
        "Wien (APA) - Der Fiskalrat hat seine Defizitprognose für heuer auf 3,8 Prozent der Wirtschaftsleistung angehoben.",
        True,
        [("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2029 erwartet das Gremium ein Defizit von 3,4 Prozent, die Regierung geht von 2,9 Prozent aus.",
        True,
        [("year", 2029, None, None), ("percent", 3.4, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Um die Lücke zu schließen, seien zusätzliche Maßnahmen im Umfang von rund 2,7 Milliarden Euro nötig, teilte der Fiskalrat am Mittwoch mit.",
        True,
        [("money", 2700000000, "EUR", "about")],
        "der Fiskalrat",
    ),
    (
        "de",
        "Die Zinsausgaben des Staates dürften sich bis 2032 auf 13,6 Milliarden Euro fast verdoppeln.",
        True,
        [("year", 2032, None, None), ("money", 13600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Heiligenbrunner sagte, das Ausgabenwachstum müsse in den kommenden vier Jahren unter 3 Prozent pro Jahr bleiben.",
        True,
        [("duration", 4, "year", None), ("percent", 3, "%", "under")],
        None,
    ),
    (
        "de",
        "Die Regierung müsse endlich „Mut zu echten Strukturreformen“ zeigen, mahnte Heiligenbrunner.",
        False,
        [],
        None,
    ),
    ("de", "Das Finanzministerium nahm den Bericht „zur Kenntnis“.", False, [], None),
    (
        "de",
        "Die NEOS forderten, das gesetzliche Pensionsantrittsalter bis 2040 schrittweise auf 67 Jahre anzuheben.",
        True,
        [("year", 2040, None, None), ("duration", 67, "year", None)],
        None,
    ),
    # --- Japan's fiscal target (Reuters), June ---
    (
        "en",
        "TOKYO, June 16 (Reuters) - Japan's government dropped its goal of achieving a primary budget surplus in fiscal 2029 in draft policy guidelines released on Friday, replacing it with a pledge to steadily lower the debt-to-GDP ratio.",
        True,
        [("date", "--06-16", None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Japan's public debt, more than twice as large as its economy, is the heaviest burden in the developed world.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "The finance ministry said debt-servicing costs would take up 27.4 trillion yen, or about a quarter of the general-account budget, in the fiscal year starting in April.",
        True,
        [("money", 27400000000000, "JPY", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Finance Minister Takeshi Imamura told reporters the government would keep a primary deficit of 0.5% of GDP as an interim benchmark.",
        True,
        [("percent", 0.5, "%", None)],
        "Takeshi Imamura",
    ),
    (
        "en",
        "The 30-year JGB yield climbed 4 basis points to 3.22% after the draft was published.",
        True,
        [("duration", 30, "year", None), ("percent", 4, "bp", None), ("percent", 3.22, "%", None)],
        None,
    ),
    (
        "en",
        "Some ruling party lawmakers have pushed for a temporary cut in the consumption tax on food.",
        True,
        [],
        None,
    ),
    ("en", "Analysts said the change showed Tokyo had quietly given up on fiscal consolidation.", False, [], None),
    ("en", "The cabinet is expected to approve the guidelines later this month.", True, [], None),
    # --- Bundesrechnungsabschluss 2027 (APA), Juni ---
    (
        "de",
        "Wien (APA) - Der Rechnungshof hat in seinem Bundesrechnungsabschluss für 2027 ein weiterhin hohes Defizit des Bundes ausgewiesen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Nettofinanzierungssaldo lag bei minus 17,9 Milliarden Euro und damit um 1,6 Milliarden Euro besser als veranschlagt, teilte der Rechnungshof mit.",
        True,
        [("money", -17900000000, "EUR", None), ("money", 1600000000, "EUR", None)],
        "der Rechnungshof",
    ),
    (
        "de",
        "Rechnungshofpräsidentin Theresia Grabenwöger sagte, fast jeder zehnte Euro im Budget fließe inzwischen in Zinsen.",
        True,
        [("fraction", 0.1, None, "nearly")],
        "Theresia Grabenwöger",
    ),
    (
        "de",
        "Die Auszahlungen für Pensionen stiegen um 7,4 Prozent auf 31,2 Milliarden Euro und damit stärker als in jedem anderen Bereich.",
        True,
        [("percent", 7.4, "%", None), ("money", 31200000000, "EUR", None)],
        None,
    ),
    ("de", "„Dieses Budget hat kein Einnahmen-, sondern ein Ausgabenproblem“, sagte Grabenwöger.", False, [], None),
    (
        "de",
        "Der Rechnungshof empfahl, die Förderungen von Bund und Ländern in einer gemeinsamen Datenbank zu erfassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den 214 Förderprogrammen des Bundes wurden laut Bericht 38 nie evaluiert.",
        True,
        [("count", 214, None, None), ("count", 38, None, None)],
        None,
    ),
    ("de", "Das Finanzministerium kündigte an, die Empfehlungen eingehend zu prüfen.", False, [], None),
    # --- Castlebridge issues section 114 notice (PA), June ---
    (
        "en",
        "CASTLEBRIDGE (PA) - Castlebridge City Council has issued a section 114 notice, effectively declaring itself bankrupt, after identifying a £41.7 million gap in this year's budget.",
        True,
        [("money", 41700000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The council's chief finance officer, Helen Oduya, said in the notice that spending on adult social care had risen by 23% in two years.",
        True,
        [("percent", 23, "%", None), ("duration", 2, "year", None)],
        "Helen Oduya",
    ),
    ("en", "All non-essential spending has been frozen with immediate effect.", True, [], None),
    (
        "en",
        "Council leader Colin Trask said the authority would seek permission to sell up to £60 million of assets, including two leisure centres.",
        True,
        [("money", 60000000, "GBP", "up_to"), ("count", 2, None, None)],
        "Colin Trask",
    ),
    (
        "en",
        '"We did not get here through recklessness but through years of being asked to do more with less," Trask said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castlebridge becomes the 14th council in England to issue such a notice since 2018.",
        True,
        [("ordinal", 14, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "Government commissioners were sent into the council in 2026 after an inspection found serious failings in its governance.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        'Opposition councillors accused the ruling group of "burying its head in the sand while the money ran out".',
        False,
        [],
        None,
    ),
    # --- Voranschlag 2029 (Keystone-SDA), Juni ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat rechnet für 2029 trotz des Entlastungspakets mit einem Defizit von 820 Millionen Franken.",
        True,
        [("year", 2029, None, None), ("money", 820000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ohne Korrekturen würde das Budget die Vorgaben der Schuldenbremse um rund 1,1 Milliarden Franken verfehlen, teilte die EFV mit.",
        True,
        [("money", 1100000000, "CHF", "about")],
        "die EFV",
    ),
    (
        "de",
        "Der Bundesrat will deshalb die schwach gebundenen Ausgaben um 1,4 Prozent kürzen, ausgenommen sind die Armee und die AHV.",
        True,
        [("percent", 1.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Armeeausgaben sollen bis 2031 auf 0,85 Prozent des BIP steigen.",
        True,
        [("year", 2031, None, None), ("percent", 0.85, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzministerin Ruchti-Bärtschi sagte, die Kantone müssten sich mit rund 400 Millionen Franken pro Jahr an der Entlastung beteiligen.",
        True,
        [("money", 400000000, "CHF", "about")],
        None,
    ),
    ("de", "Die Konferenz der Kantonsregierungen lehnte die Lastenverschiebung ab.", True, [], None),
    (
        "de",
        "«Der Bund saniert sich auf dem Buckel der Kantone», sagte der Zürcher Finanzdirektor Sigrist-Nägeli.",
        False,
        [],
        None,
    ),
    # --- New York City budget deal (AP), June ---
    (
        "en",
        "NEW YORK (AP) — New York City's council approved a $118.6 billion budget on Monday, hours before the deadline, after the mayor agreed to restore funding for libraries and early childhood programs.",
        True,
        [("money", 118600000000, "USD", None)],
        None,
    ),
    ("en", "The budget passed 44-7.", True, [("count", 44, None, None), ("count", 7, None, None)], None),
    (
        "en",
        "Mayor Andre Villanueva said the deal kept the city's reserves at a record $8.4 billion.",
        True,
        [("money", 8400000000, "USD", None)],
        "Andre Villanueva",
    ),
    (
        "en",
        "Libraries will stay open seven days a week at 62 of the city's 219 branches.",
        True,
        [("duration", 7, "day", None), ("count", 62, None, None), ("count", 219, None, None)],
        None,
    ),
    (
        "en",
        "The Independent Budget Office projected gaps of about $6 billion in each of the following three years.",
        True,
        [("money", 6000000000, "USD", "about"), ("duration", 3, "year", None)],
        None,
    ),
    ("en", '"This is a budget that keeps faith with working families," Villanueva said.', False, [], None),
    (
        "en",
        "Council Speaker Denise Okonkwo-Hart said the council had won back $212 million in cuts to libraries and parks.",
        True,
        [("money", 212000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Fiscal watchdogs warned that the city was leaning too heavily on optimistic revenue estimates.",
        False,
        [],
        None,
    ),
    # --- Regierungsentwurf für den Haushalt 2029 (dpa), Juli ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung hat ihren Entwurf für den Bundeshaushalt 2029 gebilligt, er sieht Ausgaben von 552,3 Milliarden Euro vor.",
        True,
        [("year", 2029, None, None), ("money", 552300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das sind gut 4 Milliarden Euro mehr als in den Eckwerten vom März vorgesehen.",
        True,
        [("money", 4000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Neuverschuldung im Kernhaushalt steigt auf 67,8 Milliarden Euro, einschließlich der Sondervermögen nimmt der Bund 149,6 Milliarden Euro an Krediten auf.",
        True,
        [("money", 67800000000, "EUR", None), ("money", 149600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzminister Jan-Hendrik Mewes (SPD) sagte in Berlin, die Investitionsquote steige auf 23,8 Prozent.",
        True,
        [("percent", 23.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für Zinsen muss der Bund 2029 rund 37 Milliarden Euro aufwenden, fast doppelt so viel wie 2024.",
        True,
        [
            ("year", 2029, None, None),
            ("money", 37000000000, "EUR", "about"),
            ("count", 2, None, "nearly"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der Verteidigungsetat wächst um 9,6 Milliarden auf 92,4 Milliarden Euro.",
        True,
        [("money", 9600000000, "EUR", None), ("money", 92400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Mit diesem Haushalt verspielt die Koalition die Zukunft unserer Kinder“, sagte die Grünen-Haushälterin Svenja Oltmanns.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen kritisierten, dass im Klima- und Transformationsfonds 3,1 Milliarden Euro für den Klimaschutz gestrichen würden.",
        True,
        [("money", 3100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bundestag will den Etat in der ersten Septemberwoche beraten und Ende November beschließen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Wie die Koalition die Lücken in der Finanzplanung schließen will, ließ Mewes offen.", False, [], None),
    # --- Irish exchequer returns (Reuters), July ---
    (
        "en",
        "DUBLIN, July 6 (Reuters) - Ireland collected 14.3 billion euros in corporation tax in the first half of the year, 11% more than a year earlier, the Department of Finance said on Thursday.",
        True,
        [
            ("date", "--07-06", None, None),
            ("money", 14300000000, "EUR", None),
            ("ordinal", 1, None, None),
            ("percent", 11, "%", None),
        ],
        "the Department of Finance",
    ),
    (
        "en",
        "Corporation tax accounted for almost a third of total tax receipts of 48.9 billion euros.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("money", 48900000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The 10 largest payers accounted for about 56% of the corporation tax collected.",
        True,
        [("count", 10, None, None), ("percent", 56, "%", "about")],
        None,
    ),
    (
        "en",
        "The exchequer recorded a surplus of 3.8 billion euros in the six months, excluding transfers to the state's long-term savings funds.",
        True,
        [("money", 3800000000, "EUR", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        'Finance Minister Niall Corcoran said reliance on a handful of firms remained "the biggest risk hanging over the public finances".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Spending growth has exceeded the government's own 4.5% ceiling for a sixth consecutive year, according to the Irish Fiscal Advisory Council.",
        True,
        [("percent", 4.5, "%", None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Income tax receipts rose 6.9% to 17.2 billion euros, while VAT receipts were flat at 12.1 billion euros.",
        True,
        [("percent", 6.9, "%", None), ("money", 17200000000, "EUR", None), ("money", 12100000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Economists said the government would probably overshoot its spending targets again in the October budget.",
        False,
        [],
        None,
    ),
    # --- Rechnungsabschluss der Stadt Wien (APA), Juli ---
    (
        "de",
        "Wien (APA) - Die Stadt Wien hat das Jahr 2027 mit einem Defizit von 2,26 Milliarden Euro abgeschlossen, budgetiert waren 2,6 Milliarden Euro.",
        True,
        [("year", 2027, None, None), ("money", 2260000000, "EUR", None), ("money", 2600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Verschuldung wuchs damit laut Rathaus auf rund 15,3 Milliarden Euro.",
        True,
        [("money", 15300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Finanzstadträtin Nadine Hollaus sagte, für 2028 und 2029 sei ein Konsolidierungspfad von zusammen 1,2 Milliarden Euro vorgesehen.",
        True,
        [("year", 2028, None, None), ("year", 2029, None, None), ("money", 1200000000, "EUR", None)],
        "Nadine Hollaus",
    ),
    (
        "de",
        "Dazu gehören höhere Gebühren für Parken und Wasser sowie eine Anhebung der Ortstaxe von 5 auf 6,5 Prozent.",
        True,
        [("percent", 5, "%", None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp ein Viertel der Ausgaben entfiel auf Gesundheit und Soziales.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("de", "„Wien spart, aber Wien spart nicht bei den Menschen“, sagte Hollaus.", False, [], None),
    (
        "de",
        "Die ÖVP warf der Stadtregierung vor, die Schulden seit 2019 verdoppelt zu haben.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    ("de", "Die Grünen sprachen von einer „Sanierung mit dem Rasenmäher“.", False, [], None),
]
