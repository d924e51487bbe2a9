"""Hundred-and-sixty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Bernhard Thalhammer, Veronika Aigner, Lorenz Imboden, Sabine Kettelhut, Katrin Oberländer,
Silvia Pröll, Adrian Vögeli, Daniel Terhorst, Jonas Biedermann, Lea Grünberger, Rainer
Dulling, Petra Lindinger, Franziska Aebischer, Tobias Leinfelder, Cédric Monnier; Marisa
Okonjo, Pellingham Securities, Daniel Ashworth, Renata Caldwell, Tomas Whitfield, Dwight
Amberson, Crestline Partners, Martin Fairclough, Dana Ruelle, Naomi Carraway, Hireline,
Tatiana Morales, Graham Pettifer, Laura Denholm, Priyanka Desai, Hollins & Rowe, Alison
Crewe, Jonathan Ellery, Lindsey Marchetti, Brockway Capital, Raúl Estévez, Meridian
Analytics, Eleanor Prescott, Hannah Lister, Gareth Pomeroy, Ashcombe Wealth, Rhonda Keeler);
ministers, agency heads, statisticians and office holders of real places and bodies (the
AMS board, the BA chair, the Seco director, Swissmem's director, the Arbeitgeberpräsident,
the Labor Secretary, the Work and Pensions Secretary, the Chancellor, a Bank of England
deputy governor, the ONS director of economic statistics, a former BLS commissioner, a White
House press secretary) appear under made-up names that stand for no real holder, or by
their role only ("Der Präsident der Wirtschaftskammer", "a Labor Department official", "A
White House spokesman", "the Conservatives' work and pensions spokeswoman"). Real bodies,
places, surveys and schemes ("Arbeitsmarktservice", "AMS", "FPÖ", "Keystone-SDA",
"Regionale Arbeitsvermittlungszentren", "RAV", "Staatssekretariat für Wirtschaft", "Seco",
"Jurabogen", "Neuenburg", "Jura", "Bundesagentur für Arbeit", "BA", "SPD", "Grüne",
"Kabinett", "Arbeitsministerium", "Baden-Württemberg", "Institut der deutschen Wirtschaft",
"IW", "Oberösterreich", "Steiermark", "Arbeiterkammer", "Wirtschaftskammer", "Swissmem",
"Bundesrat", "Unia", "Statistisches Bundesamt", "Internationale Arbeitsorganisation",
"ILO", "Deutscher Gewerkschaftsbund", "Institut für Arbeitsmarkt- und Berufsforschung",
"IAB", "Vorarlberg", "Tirol", "Salzburg", "Westschweiz", "Tessin", "Deutschschweiz",
"Schweizerischer Gewerkschaftsbund", "ZDH", "Gelsenkirchen", "Eichstätt", "Die Linke",
"Eurostat", "Wifo", "Expertengruppe des Bundes", "Arbeitslosenversicherung", "Genf",
"Obwalden", "Nidwalden", "Bayern", "Bremen"; "Labor Department", "Federal Reserve",
"Office for National Statistics", "ONS", "Bank of England", "Conservatives", "Labour",
"Bureau of Labor Statistics", "BLS", "Michigan", "Ohio", "Recruitment and Employment
Confederation", "FactSet", "California", "Minnesota", "White House", "Phoenix", "Labour
Force Survey", "Job Openings and Labor Turnover Survey", "JOLTS", "Youth Futures
Foundation", "Institute for Fiscal Studies", "Challenger, Gray & Christmas", "Resolution
Foundation", "Leeds", "Toledo", "Royal Statistical Society") stand for the way wire copy
names them; every jobless count, rate, change, revision, vacancy, payroll, claim, wage,
share, sum, date and quote here is invented, and where a real figure came to mind (a real
benchmark revision, a real count of young people out of work, a real survey response rate,
a real regional rate) it was changed.

Its weight: LABOUR MARKET AND UNEMPLOYMENT STATISTICS over one year in story order (early
January to December), 30 stories each told as wire copy runs the monthly releases of the
AMS, the Bundesagentur für Arbeit, the Swiss Seco, the US Bureau of Labor Statistics and the
UK's ONS (a dateline lead with the count or the rate, the seasonally adjusted change, the
consensus, revisions, short-time work, vacancies, pay, the statisticians' and ministers'
attributed lines, the other side's label, economists' readings, quotes, vox pops), the
German and English stories interleaved by month. Half German (APA, dpa, Reuters German,
awp, Keystone-SDA; Austrian "heuer", "im Vorjahr", "vorgemerkt",
"Arbeitslosenquote nach nationaler Definition", "Langzeitbeschäftigungslose", "Lehrstellen";
German "Unterbeschäftigung", "Kurzarbeitergeld", "Frühjahrsbelebung", "Herbstbelebung",
"Drei-Millionen-Marke"; Swiss "gemäss", "Stellensuchende", "Kurzarbeitsentschädigung",
"grossen", "151'240", «» quotes, German „“ quotes): Austria's annual balance, March, June
with apprenticeships, and October with the AMS budget cut; Germany's January jump over three
million, the Kurzarbeitergeld extension, the weak spring in April, the IAB vacancy survey,
August with the training year, September with a revision and the IAB forecast, and
November; Switzerland's December figures, short-time work in industry, July with the young,
and November with the federal forecast. Half English (Reuters, AP, PA): the US December,
March, June, August and November jobs reports, the annual benchmark revision and its
preliminary estimate, weekly jobless claims, JOLTS openings, announced layoffs; the UK's
January, vacancy, first-quarter and November releases with pay growth, the young people not
in education, employment or training, and the delayed Labour Force Survey. Figures as such
copy has them: jobless counts in millions and thousands, rates and moves in percent and
percentage points ("um 0,4 Prozentpunkte", "um 0,1 Punkte", "a quarter-point cut"), payroll
changes, revisions and consensus figures, claims for weeks ending on a date, openings per
unemployed person and per 100 jobless, redundancies per 1,000 employees, wages in pounds a
week and dollars an hour with cents, budgets and costs in euros, pounds and francs,
short-time work in firms, workers and hours, ages and age bands ("über 50 Jahre", "unter 25
Jahren", "bei den 15- bis 24-Jährigen", "aged 16 to 24", "aged 25 to 54"), spans ("in the
three months to November", "the 12 months through March", "a four-month high", "The
four-week moving average", "von zwölf auf 24 Monate", "seit anderthalb Jahren"), ordinals
("den 24. Monat in Folge", "Zum 31. Mal in Folge", "a fourth straight month", "a fifth
consecutive month", "im ersten Quartal"), shares ("mehr als jede achte", "jeder dritte",
"jeder vierte", "die Hälfte", "fast die Hälfte", "Knapp zwei Drittel", "gut ein Fünftel",
"um ein Zehntel", "1 in 8", "about one in five", "about a quarter", "about a third", "More
than half"), multiples ("fast dreimal so viele"), years, dates, hedges and ranges. Negatives
as such copy has them: ministers', agency heads', union and lobby labels, statisticians' and
economists' quoted colour, a Konjunktiv I creed, blame, demands and an appeal without a
figure, a verdict with "halten ... für", forward guidance and forecasts without a figure,
market views, open questions, advice and two vox pops with their ages and figures.

242 rows (121 German, 121 English), 55 negatives (28 German, 27 English), 187 check-worthy
rows of which 11 carry no figure (6 German, 5 English), 368 expected quantities (153 counts,
95 percentages - 90 in "%" and 5 in percentage points "pp" -, 40 durations - 22 in years, 14
in months, 2 in days, 1 in weeks, 1 in hours -, 30 years, 16 dates, 13 fractions, 11 amounts
of money - 4 USD, 3 EUR, 3 GBP, 1 CHF -, 10 ordinals; 8 of them in six negatives, as the
seventeenth batch labels a figure in a negative), 41 checked speakers (22 German, 19
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, creed, feeling or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-fiftieth, hundred-sixtieth): „Das Jahr 2025 war für den Arbeitsmarkt eines zum
  Vergessen“ (its year labelled), „Der Januar ist traditionell ein schwacher Monat, ...“,
  «Wir sehen eine Abkühlung, aber keinen Einbruch», «Kurzarbeit ist eine Brücke, ...»,
  „Die Unternehmen halten ihre Leute noch, ...“, „Der Arbeitskräftemangel ist nicht
  verschwunden, ...“, „Jeder Jugendliche, der heute keine Ausbildung macht, ...“, «Von einer
  Krise auf dem Arbeitsmarkt kann keine Rede sein», «Die Unternehmen bauen noch keine Stellen
  im grossen Stil ab, ...», „Wir erwarten einen schwierigen Winter, aber keinen Absturz“,
  "The labor market is losing altitude, ...", "Companies are not firing en masse yet, ...",
  "A single strong month doesn't make a trend" ("A single" none, hundred-fifteenth),
  "Workers are clinging to the jobs they have", "The labor market has gone from cooling to
  freezing", "Claims are telling us ...", "A softer jobs market is good news for inflation
  ...", "I'd call this a decent report in an indecent year", "Revisions of this size are
  normal ...", "Each of these statistics is a teenager or young adult ...". A Konjunktiv I
  creed is a negative too ("Arbeitsministerin Oberländer sagte, jeder Arbeitsplatz, der durch
  Kurzarbeit gehalten werde, sei billiger als einer, der verloren gehe."; hundred-fiftieth:
  "Viele Menschen hätten schlicht keine Lust mehr auf Konsum, ..."), while Konjunktiv I
  paraphrases of a figure or a fact are check-worthy with the speaker their own attribution
  gives (hundred-thirty-ninth, hundred-sixtieth): "Thalhammer sagte, heuer rechne das AMS mit
  ... rund 10.000 Personen." -> "Thalhammer", "Kettelhut sagte, ... seien binnen eines Jahres
  rund 45.000 Stellen verloren gegangen." -> "Kettelhut", "Auf jede offene Stelle kämen
  derzeit rechnerisch 4,5 Arbeitslose, ..., sagte AMS-Vorstand Thalhammer." -> "Thalhammer",
  "Die durchschnittliche Verweildauer ... sei binnen drei Jahren von 112 auf 131 Tage
  gestiegen, sagte Arbeiterkammer-Expertin Silvia Pröll." -> "Silvia Pröll", Vögeli's 6'000
  jobs, Terhorst's year, Grünberger's and Lindinger's facts, Kettelhut's apprenticeship
  mismatch ("beide" none) and her yearly average, Aigner's budget cut; "..., fügte sie
  hinzu." with the pronoun unchecked (hundred-thirty-ninth) and "Die BA korrigierte zudem
  ...: Statt 2.000 seien saisonbereinigt 9.000 Menschen mehr arbeitslos gewesen." unchecked
  ("korrigierte" no verb of saying). A label joined to a checkable figure or act keeps the
  row (hundred-sixteenth, hundred-forty-eighth): Ashworth's "nearly 2.8 million ..., a
  figure he called unsustainable" and Caldwell's "outdated survey methods" with the review
  she promised (hundred-thirty-first: a step announced).
- Check-worthy without a figure (fifty-eighth, ninety-ninth, hundred-forty-seventh,
  hundred-fiftieth, hundred-sixtieth): leads that state a move without a figure ("In der
  Schweizer Industrie greifen immer mehr Firmen zur Kurzarbeit.", "Die Frühjahrsbelebung
  ... ist im April schwach ausgefallen.", "Die übliche Herbstbelebung hat die Zahl der
  Arbeitslosen ... nur leicht gedrückt."; hundred-fiftieth: "Die deutsche Industrie hat im
  September überraschend deutlich mehr produziert."), an official's account of a cause ("...
  accounted for much of the increase, a Labor Department official said." - the speaker
  unchecked, hundred-forty-third), a reweighting of the figures, a release schedule ("The
  final revision will be incorporated into the January employment report, due in early
  February."; hundred-sixtieth: "is usually released in November"), a central bank's stated
  practice ("..., its officials have said." - a plural group, unchecked), the union's
  critique with its checkable cause ("Der Schweizerische Gewerkschaftsbund kritisierte, die
  offiziellen Zahlen unterschätzten die Arbeitslosigkeit, weil ausgesteuerte Personen nicht
  mehr mitgezählt würden." - hundred-sixtieth: one side's account with its stated cause;
  "kritisierte" unchecked) and the facts named above.
- Forecasts, consensus figures, market pricing and demands with a figure are check-worthy
  (seventh, eighty-fifth, hundred-thirty-ninth, hundred-fiftieth): "Volkswirte hatten mit
  einem Plus von 10.000 gerechnet", "Von Reuters befragte Ökonomen hatten ... mit einem Plus
  von 8.000 gerechnet", "Economists polled by Reuters had forecast ...", "Analysts surveyed
  by Reuters had looked for the rate to stay at 5.1%.", "The consensus forecast among
  economists polled by Reuters was for a gain of 70,000.", "Economists had expected a gain of
  about 110,000, ...", "The figure beat economists' forecasts of around 75,000, according to
  FactSet." -> "FactSet" (fifty-second: "according to Moneyfacts" as written), the AMS's,
  the Seco's, the big banks', the IAB's and the federal expert group's forecasts, "Interest
  rate futures priced a roughly 70% chance ..." and "Markets now price a roughly 80% chance
  ..." (hundred-thirty-ninth: market odds), the unions' and the employers' demands with a
  figure ("Die Gewerkschaft Unia verlangt eine Verlängerung auf 24 Monate ...",
  "Arbeitgeberpräsident Rainer Dulling forderte ..., die Sozialabgaben dauerhaft unter 40
  Prozent zu halten."; hundred-thirty-ninth: "Die Arbeiterkammer verlangt, ... auf
  höchstens 2 Prozent ..."). Without a figure they are negatives (forty-seventh,
  hundred-thirty-ninth, hundred-fiftieth): "Traders raised bets that the Federal Reserve
  would cut interest rates again in March.", "Futures traders now see a Fed rate cut at the
  Sept 15-16 meeting as all but certain." (its two dates labelled), "IAB-Ökonom Tobias
  Leinfelder sagte, die Erholung werde erst im Sommer am Arbeitsmarkt ankommen.", and the
  deputy governor's guidance ("... gave the central bank room to keep cutting rates.";
  hundred-thirty-ninth: forward guidance without a figure).
- Other negatives (ninety-eighth, hundred-thirty-ninth, hundred-fiftieth,
  hundred-sixtieth): labels of a minister, a party, a chamber, unions and a lobby ("...
  sprach von einer „angespannten, aber keineswegs hoffnungslosen Lage“", "Die FPÖ warf der
  Regierung ... „völliges Versagen“ ... vor.", "... nannte die Zahl „ein Alarmsignal, ...“",
  "Der Präsident der Wirtschaftskammer sprach ... von einem „eklatanten Fachkräftemangel“
  ...", "Der Deutsche Gewerkschaftsbund sprach von einer „Jobkrise mit Ansage“.", "Der
  Handwerksverband ZDH sprach von einem „Ausbildungsnotstand“ ...", "The Recruitment and
  Employment Confederation said employers had become "extremely cautious" ...", the White
  House's "roaring back" and "a blip", the Conservatives' two quotes, "The Royal Statistical
  Society called the delay "deeply worrying" ..."); a verdict with "halten ... für" ("AMS-Chef
  Thalhammer hält die Kürzung für verkraftbar, ..."; ninety-eighth); blame ("Hospitality
  firms blamed ...", "Die Linke warf der Bundesregierung vor, ..." - "Zehntausende" none -,
  "Arbeitgeberverbände und Gewerkschaften warfen sich gegenseitig vor, ..."; eighty-fourth);
  a critique of a policy ("Das Institut der deutschen Wirtschaft (IW) kritisierte,
  Kurzarbeit verzögere ... nur einen ohnehin nötigen Strukturwandel." - a verdict, unlike the
  union's checkable cause above); demands and an appeal without a figure ("Die Grünen
  forderten ein Sofortprogramm ...", "Die Arbeitgeberverbände begrüßten die Verlängerung,
  forderten aber ...", "Charities urged ministers ..."; hundred-sixteenth); relief ("Der
  Arbeitgeberverband zeigte sich erleichtert, ..."); a group's verdict with its figure
  labelled ("Some economists said problems with the Labour Force Survey, whose response rate
  has fallen to around 19%, made the figures hard to trust."; hundred-thirty-ninth: "Some
  economists said the two dissents showed ..."); open questions ("Ob die Frühjahrsbelebung
  die Arbeitslosigkeit wieder unter drei Millionen drückt, ..." with 3,000,000 "under"
  labelled, "Ob sich der Arbeitsmarkt schon im Frühjahr dreht, ...", "Whether the lower
  response rates ...", "It was not clear how much of the slowdown ...", "Whether the
  guarantee will reach ..."); advice ("Wer nach dem Sommer noch eine Lehrstelle sucht,
  sollte sich ... melden."; fifty-fifth); and vox pops with their figures labelled ("I've
  sent out more than 200 applications ..." 200 "over" with "Tatiana Morales, 41," 41 years -
  "almost nobody" none -, "Rhonda Keeler, 58,"; hundred-twenty-fourth, hundred-fiftieth).
- Jobless counts, payrolls, claims, vacancies and other counts as written (every batch;
  hundred-thirty-first, hundred-thirty-eighth, hundred-forty-eighth, hundred-fiftieth): the
  unemployed, those in training and the Unterbeschäftigung ("447.860 Personen", "3,08
  Millionen Menschen ohne Job, 177.000 mehr ... und 92.000 mehr" - "mehr" after a figure
  compares, hundred-first -, "3,71 Millionen", "318.650 Personen ... und weitere 84.120"
  ("weitere" no hedge), "151'240 Personen ..., 9'870 mehr" - the Swiss apostrophe, tenth -,
  "mit 172.600 Betroffenen"), short-time work ("Kurzarbeit für 61.000 Beschäftigte", "rund
  238.000 Beschäftigte", "1'284 Betriebe mit 21'460 Beschäftigten", "auf 12'380 in 890
  Betrieben"), vacancies and apprenticeships ("70.900 offene Stellen", "rund 1,08 Millionen
  offene Stellen", "noch 196.000 Lehrstellen ..., ... 118.000 Bewerberinnen und Bewerber",
  "Vacancies fell by 11,000 to 712,000", "7.05 million vacancies"), payrolls, revisions and
  claims ("rising by 64,000", "31,000 fewer jobs", "by 642,000, or 0.4%", "a combined 58,000"
  - "a combined" no hedge, hundred-eighteenth -, "711,000 fewer jobs", "increased 17,000 to a
  seasonally adjusted 241,000", "rose 6,250 to 229,750", "above 1.9 million" "over"
  (hundred-fourteenth: "above 300,000"), "68,400 job cuts", "912,300 layoffs"), the
  thresholds "die Marke von drei Millionen" 3,000,000 (hundred-fiftieth) and "its first
  reading under 700,000" "under", ratios written as decimals ("4,5 Arbeitslose", "0.92 job
  openings for every unemployed person, down from 1.1 ... and a peak of 2.0" - trailing zeros
  no other value, seventy-first), "Auf 100 Arbeitslose kamen ... 35 offene Stellen" and "4.9
  per 1,000 employees" two counts each (hundred-thirty-second: "6.19 per 1,000 people"),
  definite groups ("in 15 of the 18 industry sectors", forty-first; "In drei Bundesländern"
  3), multiples ("fast dreimal so viele wie ein Jahr zuvor" 3 "nearly", hundred-sixtieth),
  and "die Hälfte" as a fraction. New: "for 33 periods in a row" is count 33 - the periods
  are counted, as "nach vier Senkungen in Folge" 4 (hundred-thirty-ninth), while "the 31st
  consecutive fall" (hundred-forty-eighth) and "den 24. Monat in Folge" name a rank and are
  ordinals. New: "rund 1,13 Millionen Arbeitsstunden" is count 1,130,000 "about" - the hour
  stands inside a compound noun, and a unit inside a compound noun is counted (thirty-sixth
  and hundred-fiftieth: "60 Handelstage"), unlike "for a total of 3.61 million hours"
  (hundred-sixtieth), where the unit stands alone. New: "The broader U-6 jobless measure"
  carries none - a figure inside the name of an indicator is part of the name, as "PM10"
  (fifty-seventh) and "S&P 500" (twentieth). None: "nonfarm", "seasonally adjusted",
  "Saisonbereinigt", "saisonbedingt", "Um jahreszeitliche Einflüsse bereinigt",
  "Unterbeschäftigung", "JOLTS", "Labour Force Survey", "RAV", "ILO", "Eurostat", "year on
  year", "on the month", "on the year", "im Jahresvergleich", "im Vorjahresmonat",
  "Vorjahreswert", "im Januar des Vorjahres", "im Juni des Vorjahres", "in the
  October-to-December period" and "in the January-to-March period" (hundred-forty-eighth:
  "in the June-to-August period"), "Zehntausende", "beide", "almost nobody".
- Percentages as written (every batch): rates, shares and moves ("bei 7,4 Prozent", "von
  2,9 auf 3,2 Prozent" both - the unit written once, seventy-sixth -, "bei 3,0 Prozent" 3.0,
  "rund 14 Prozent" "about", "über 5 Prozent" "over" - "über" right before the figure,
  hundred-thirty-ninth -, "gut 40 Prozent" "over", "um 13,8 Prozent weniger" - "weniger"
  after the figure compares -, "to 4.6% from 4.5%", "about 41% from more than 60%", "to
  80.3%", "its 2% inflation target" 2, "the 3% pace" 3, "fell to 18% in some quarters",
  "unter 40 Prozent" "under"); percentage points are "pp" ("um 0,4 Prozentpunkte", "um 0,2
  Prozentpunkte über dem Vorjahreswert" - "über" after the figure compares -, "a quarter-point
  Bank of England rate cut" and "a quarter-point cut" 0.25; hundred-thirty-ninth). New: "Die
  Quote stieg um 0,1 Punkte auf 6,5 Prozent." gives 0.1 pp - points of a rate in percent are
  percentage points, as poll points are (hundred-thirty-fourth), while index points stay
  counts.
- Money in the currency written (every batch): EUR ("rund 1,4 Milliarden Euro" "about", "um
  150 Millionen auf rund 1,45 Milliarden Euro" both EUR - the currency written once serving
  the earlier figure, hundred-twenty-fourth -, the hedge on the second only), CHF ("41
  Millionen Franken"), GBP ("£728 a week" - "a week" none, as "an hour" -, "an extra £1.2
  billion" - "an extra" no hedge, hundred-twenty-fourth -, "£4.3 billion a year"), USD ("12
  cents" 0.12 - cents as hundredths, tenth -, "$36.91", "$37.22", and "$1.2415" after
  "Sterling", hundred-fiftieth).
- Durations and ages (the issue; every batch): "in the three months to November", "... to
  February", "... to September" 3 months (hundred-thirty-ninth), "in the previous three-month
  period" 3 months (the compound read as the issue's "a two-week visit"), "a four-month high"
  4 months and "The four-week moving average" 4 weeks by the same reading ("week-to-week"
  none), "von zwölf auf 24 Monate" and "von 12 auf 18 Monate" both in months (the unit
  written once, seventy-sixth), "auf 24 Monate", "the 12 months through March" 12 months,
  "for more than 12 months" 12 months "over", "the first nine months" ordinal 1 and 9 months
  (hundred-fiftieth), "erstmals seit zwölf Jahren" 12 years ("erstmals" none,
  hundred-thirtieth and hundred-thirty-third), "vor mehr als zwei Jahren" 2 years "over",
  "binnen drei Jahren" 3 years, "over three years" 3 years ("over" before a span no hedge),
  "in more than five years", "in more than four years" "over", "seit fünf Jahren", "in four
  years", "the fewest in eight months" 8 months, "von 112 auf 131 Tage" two
  durations in days, "seit anderthalb Jahren" 1.5 years (hundred-fortieth: "anderthalb
  Stunden"), "34.2 hours" the workweek. Ages: "Personen über 50 Jahre" 50 "over"
  (hundred-twentieth: "Frauen über 65 Jahre"), "Jugendlichen unter 25 Jahren" 25 "under",
  "aged 25 to 54" and "aged 16 to 24" two ages with no hedge (thirty-third: "aged 18 to 24"),
  the vox pops' ages. New: "bei den 15- bis 24-Jährigen" gives two ages, 15 and 24 years,
  with no hedge - the suspended hyphen leaves the compound to the second figure, and the
  first is read as if written out, as "aged 16 to 24". None: "seit mehr als einem Jahr"
  (hundred-thirty-fourth: "seit gut einem Jahr"), "binnen eines Jahres", "binnen
  Jahresfrist", "wie ein Jahr zuvor", "vor einem Jahr", "im Jahresschnitt", "im Jahresmittel",
  "Im Jahresdurchschnitt", "im laufenden Jahr", "in diesem Jahr", "das kommende Jahr", "das
  Gesamtjahr", "heuer", "seit vergangenem Sommer", "a decade ago", "nearly a decade", "a year
  earlier", "a day early", "last week", "the latest week", "So far this year", months and
  weekdays. New: "a quarter" in "about 50,000 households a quarter" carries none - a rate per
  period, as "a year" and "a week" (hundred-fiftieth), not the fraction of "about a quarter
  of them".
- Ordinals and fractions (the issue): "den 24. Monat in Folge" 24 and "Zum 31. Mal in Folge"
  31 (hundred-sixtieth: "zum 15. Mal"), "den vierten Monat in Folge" 4, "for a fourth
  straight month" 4, "for a fifth consecutive month" 5, "im ersten Quartal" and "in the
  first quarter of the year" 1 (hundred-fiftieth: "im dritten Quartal"), "its first reading"
  1, "the first monthly decline since December 2020" 1 and the year. Fractions: "mehr als
  jede achte Erwerbsperson" 0.125 "over" (the issue's "jeder vierte"), "jeder dritte Antrag"
  0.3333, "jeder vierte Betrieb" 0.25, "die Hälfte" 0.5, "fast die Hälfte" 0.5 "nearly",
  "Knapp zwei Drittel" 0.6667 "nearly", "gut ein Fünftel" 0.2 "over", "um ein Zehntel" 0.1
  ("um" no hedge, hundred-fiftieth), "1 in 8" 0.125 (tenth: "one in eight" a share, written
  here in digits), "about one in five" 0.2 "about", "about a quarter of them" 0.25, "about a
  third" 0.3333, "More than half of them" 0.5 "over".
- Years and dates: "Im Jahresschnitt 2025", "seit 2021", "im Jahresmittel 2026", "bis Ende
  2026", "Im Jahresdurchschnitt 2025", "im Jahr 2010", "2027", "seit 2014"; "since August
  2021", "since the start of 2021", "since November 2020", "in the year through March 2025",
  "in March 2025", "since 2009", "since 2021", "since mid-2023" and "since mid-2021" the year
  only, "since 2014", "in 2022", "since 2013", "since 2017", "since October 2021", "since
  December 2020", "since 2020", "since 2011", "since 2019", "until 2027". Dates without a
  year: "ab 1. Januar" --01-01, "per 1. Februar" --02-01, "for the week ended March 7",
  "during the week ending March 1", "in the week ended Sept 26", "at the Sept 15-16 meeting"
  two dates (hundred-thirty-ninth: "the April 28-29 meeting"), "at the Bank's Dec 17
  meeting"; Reuters datelines with a day ("WASHINGTON, Jan 9", "LONDON, Jan 20",
  "WASHINGTON, March 12", "LONDON, May 19", "WASHINGTON, June 2", "WASHINGTON, Sept 4", "NEW
  YORK, Oct 1", "LONDON, Nov 10"; hundred-fiftieth); APA ("Wien (APA) -"), dpa ("Nürnberg
  (dpa) -"), Reuters German ("Nürnberg (Reuters) -", "Berlin (Reuters) -"), awp ("Bern (awp)
  -"), Keystone-SDA ("Bern (Keystone-SDA) -"), AP ("WASHINGTON (AP) —") and PA ("LONDON (PA)
  -") datelines none (seventy-ninth). New: the Swiss "per 1. Februar" carries no hedge - it
  dates a change as the Austrian "mit 1. Jänner" does (hundred-fiftieth).
- Hedges, only the names in use: "rund", "about", "roughly", "around", "some", "An
  estimated" "about"; "Knapp", "fast", "nearly" "nearly"; "mehr als", "gut",
  "über" (right before the figure), "more than", "More than", "above" "over"; "unter",
  "weniger als", "under" "under" (hundred-thirty-third). No hedge: "Insgesamt", "zusammen",
  "weitere", "nur", "nur noch", "je", "durchschnittlich", "im Schnitt", "just", "only",
  "a combined", "an extra", "over" before a span, "mehr", "weniger" and "über" after a
  figure. New: "im Mittel" carries no hedge, as "im Schnitt" (hundred-thirtieth) - an
  average is a figure as exact as any other. New: "wieder über die Drei-Millionen-Marke" is
  count 3,000,000 with no hedge - the "über" stands before the article and bounds nothing,
  as "over" before an article (forty-first), while "unter drei Millionen" (a negative) and
  "mehr als drei Millionen" hedge their figure.
- Speakers, checked only in forms the earlier batches settled: "teilte das
  Arbeitsmarktservice (AMS) am Freitag mit" and "teilte das Arbeitsmarktservice mit" -> "das
  Arbeitsmarktservice" (hundred-forty-ninth, the abbreviation and the weekday dropped), "wie
  das Staatssekretariat für Wirtschaft (Seco) am Donnerstag mitteilte" and "... (Seco)
  mitteilte" -> "das Staatssekretariat für Wirtschaft" (hundred-fiftieth: "das Bundesamt für
  Zoll und Grenzsicherheit"), "wie die Bundesagentur für Arbeit (BA) am Freitag mitteilte",
  "teilte die Bundesagentur für Arbeit am Mittwoch mit" and "wie die Bundesagentur für Arbeit
  mitteilte" -> "die Bundesagentur für Arbeit", "Nach Angaben der BA" -> "die BA"
  (hundred-fiftieth), "nach Angaben des Statistischen Bundesamts" -> "das Statistische
  Bundesamt" (hundred-fiftieth), "Laut AMS" and "laut AMS" -> "AMS" (hundred-twentieth), "X
  sagte, ..." and "sagte X" with the title dropped ("Thalhammer sagte", "sagte AMS-Vorstand
  Thalhammer", "Kettelhut sagte", "BA-Chefin Kettelhut sagte" -> "Kettelhut", "BA-Chefin
  Sabine Kettelhut sagte", "sagte Arbeiterkammer-Expertin Silvia Pröll", "Swissmem-Direktor
  Adrian Vögeli sagte", "BA-Vorstand Daniel Terhorst sagte", "IAB-Forscherin Lea Grünberger
  sagte", "AMS-Vorständin Petra Lindinger sagte", "Arbeitsministerin Aigner sagte" ->
  "Aigner"; hundred-thirty-ninth, hundred-fiftieth). English: "the Labor Department said on
  Friday", "... on Thursday", "... on Tuesday" and "the Labor Department said Thursday" ->
  "the Labor Department" (the weekday dropped, hundred-thirty-ninth), "the Office for
  National Statistics said" with its article (twenty-ninth, hundred-forty-eighth), "The ONS
  said" opening the row -> "the ONS" (the article lowered, hundred-fourteenth; ninety-ninth:
  "The FAA said"), "the Bureau of Labor Statistics said" with its article (eightieth: "the
  International Association of Machinists said"), "the statistics office said" and "The
  statistics body said" -> "the statistics office" and "the statistics body" (a body named
  earlier in the story taken up by a common noun, hundred-twenty-third and
  hundred-fiftieth: "The operator said"), "according to FactSet" as written, and the names
  with the office dropped ("Work and Pensions Secretary Daniel Ashworth said", "Labor
  Secretary Renata Caldwell said", "Chancellor Graham Pettifer said", "Employment Minister
  Alison Crewe said", "ONS director of economic statistics Martin Fairclough said" - also
  after the quote it closes -; hundred-thirty-ninth, hundred-fiftieth). Left unchecked
  (None): "Gemäss Seco-Arbeitsmarktchef Lorenz Imboden" and "gemäss Seco" ("Gemäss" not
  settled, hundred-fifth), "registrierte das Seco", "hat das AMS im Oktober ... gemeldet",
  "hat die Bundesagentur für Arbeit 2,94 Millionen Arbeitslose gezählt", "beziffert das
  Arbeitsministerium", "rechnet", "rechnen", "verwies darauf", "verlangt", "forderte ...
  auf", "kritisierte", "Die BA korrigierte" (no verbs of saying; ninety-ninth,
  hundred-twentieth, hundred-sixtieth), "fügte sie hinzu" (a pronoun), "nach vorläufigen
  Hochrechnungen der BA", "nach einer Erhebung des Instituts für Arbeitsmarkt- und
  Berufsforschung (IAB)", "nach der Berechnung der Internationalen Arbeitsorganisation
  (ILO)", "wie aus Daten des Statistischen Bundesamts hervorgeht" (estimates and documents,
  hundred-fourteenth, hundred-sixtieth); "official figures showed", "official data showed",
  "data from the Office for National Statistics showed", "a Labor Department report
  showed", "a report from outplacement firm Challenger, Gray & Christmas showed", "a
  separate report showed", "new figures show", "early figures drawn from tax records
  indicated", "according to early tax data", "according to a survey by the data provider
  FactSet" (a description before the name, fortieth), "an analysis by the Institute for
  Fiscal Studies found", "An independent review ... found" (data and documents,
  hundred-forty-fifth), "the government said Friday" and "the government reported Friday"
  (no settled form for "the government"), "a Labor Department official said"
  (hundred-forty-third), "its officials have said", "Economists questioned the figure,
  noting" (plural groups, forty-first), rows without attribution and all negatives, also
  those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_161 = [
    # --- Arbeitsmarkt Jahresbilanz (APA), January ---
    (
        "de",
        "Wien (APA) - Zum Jahresende waren in Österreich 447.860 Personen beim Arbeitsmarktservice als arbeitslos oder in Schulung vorgemerkt, ein Plus von 5,8 Prozent gegenüber dem Vorjahr.",
        True,
        [("count", 447860, None, None), ("percent", 5.8, "%", None)],
        None,
    ),
    (
        "de",
        "Im Jahresschnitt 2025 lag die Arbeitslosenquote nach nationaler Definition bei 7,4 Prozent, der höchste Wert seit 2021, teilte das Arbeitsmarktservice (AMS) am Freitag mit.",
        True,
        [("year", 2025, None, None), ("percent", 7.4, "%", None), ("year", 2021, None, None)],
        "das Arbeitsmarktservice",
    ),
    (
        "de",
        "Besonders stark stieg die Arbeitslosigkeit in Oberösterreich mit einem Plus von 11,2 Prozent, gefolgt von der Steiermark mit 9,6 Prozent.",
        True,
        [("percent", 11.2, "%", None), ("percent", 9.6, "%", None)],
        None,
    ),
    (
        "de",
        "In Wien war mit einer Quote von 12,1 Prozent weiterhin mehr als jede achte Erwerbsperson ohne Job.",
        True,
        [("percent", 12.1, "%", None), ("fraction", 0.125, None, "over")],
        None,
    ),
    (
        "de",
        "Die Zahl der Langzeitbeschäftigungslosen, die seit mehr als einem Jahr keine Stelle gefunden haben, kletterte auf 98.400.",
        True,
        [("count", 98400, None, None)],
        None,
    ),
    (
        "de",
        "„Das Jahr 2025 war für den Arbeitsmarkt eines zum Vergessen“, sagte AMS-Vorstand Bernhard Thalhammer.",
        False,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Thalhammer sagte, heuer rechne das AMS mit einem weiteren, aber schwächeren Anstieg um rund 10.000 Personen.",
        True,
        [("count", 10000, None, "about")],
        "Thalhammer",
    ),
    (
        "de",
        "Arbeitsministerin Veronika Aigner sprach von einer „angespannten, aber keineswegs hoffnungslosen Lage“.",
        False,
        [],
        None,
    ),
    ("de", "Die FPÖ warf der Regierung in einer Aussendung „völliges Versagen“ am Arbeitsmarkt vor.", False, [], None),
    # --- US jobs report, December (Reuters) ---
    (
        "en",
        "WASHINGTON, Jan 9 (Reuters) - U.S. job growth slowed more than expected in December, with nonfarm payrolls rising by 64,000, the Labor Department said on Friday.",
        True,
        [("date", "--01-09", None, None), ("count", 64000, None, None)],
        "the Labor Department",
    ),
    (
        "en",
        "Economists polled by Reuters had forecast payrolls increasing by 95,000, with estimates ranging from a decline of 20,000 to a gain of 160,000.",
        True,
        [("count", 95000, None, None), ("count", 20000, None, None), ("count", 160000, None, None)],
        None,
    ),
    (
        "en",
        "The unemployment rate edged up to 4.6% from 4.5% in November, the highest reading since August 2021.",
        True,
        [("percent", 4.6, "%", None), ("percent", 4.5, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Data for October and November were revised to show 31,000 fewer jobs created than previously reported.",
        True,
        [("count", 31000, None, None)],
        None,
    ),
    (
        "en",
        "Average hourly earnings rose 0.2% after gaining 0.4% in November, lifting the annual increase in wages to 3.7%.",
        True,
        [("percent", 0.2, "%", None), ("percent", 0.4, "%", None), ("percent", 3.7, "%", None)],
        None,
    ),
    (
        "en",
        "Healthcare added 38,000 jobs, while the federal government shed 9,000 positions for a fourth straight month.",
        True,
        [("count", 38000, None, None), ("count", 9000, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The broader U-6 jobless measure, which also counts part-timers who want more hours and discouraged workers, rose to 8.1%.",
        True,
        [("percent", 8.1, "%", None)],
        None,
    ),
    (
        "en",
        '"The labor market is losing altitude, but it is not crashing," said Marisa Okonjo, chief U.S. economist at Pellingham Securities.',
        False,
        [],
        None,
    ),
    ("en", "Traders raised bets that the Federal Reserve would cut interest rates again in March.", False, [], None),
    # --- Arbeitslosigkeit im Dezember (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Winter hat die Schweizer Arbeitslosenzahlen im Dezember wie üblich nach oben getrieben: Ende Monat waren 151'240 Personen bei den Regionalen Arbeitsvermittlungszentren (RAV) als arbeitslos eingeschrieben, 9'870 mehr als im November.",
        True,
        [("count", 151240, None, None), ("count", 9870, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote stieg damit von 2,9 auf 3,2 Prozent, wie das Staatssekretariat für Wirtschaft (Seco) am Donnerstag mitteilte.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.2, "%", None)],
        "das Staatssekretariat für Wirtschaft",
    ),
    ("de", "Saisonbereinigt verharrte die Quote bei 3,0 Prozent.", True, [("percent", 3.0, "%", None)], None),
    (
        "de",
        "Im Jahresdurchschnitt 2025 registrierte das Seco 138'600 Arbeitslose, rund 14 Prozent mehr als im Vorjahr.",
        True,
        [("year", 2025, None, None), ("count", 138600, None, None), ("percent", 14, "%", "about")],
        None,
    ),
    (
        "de",
        "Besonders betroffen waren das Baugewerbe und die Uhrenindustrie im Jurabogen, in den Kantonen Neuenburg und Jura lag die Quote über 5 Prozent.",
        True,
        [("percent", 5, "%", "over")],
        None,
    ),
    (
        "de",
        "Gemäss Seco-Arbeitsmarktchef Lorenz Imboden dürfte die Arbeitslosenquote im Jahresmittel 2026 auf 3,1 Prozent steigen.",
        True,
        [("year", 2026, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "«Wir sehen eine Abkühlung, aber keinen Einbruch», sagte Imboden an einer Medienkonferenz in Bern.",
        False,
        [],
        None,
    ),
    # --- UK labour market, January (Reuters) ---
    (
        "en",
        "LONDON, Jan 20 (Reuters) - Joblessness in Britain climbed to a rate of 5.2% in the three months to November, its highest since the start of 2021, official figures showed on Tuesday.",
        True,
        [
            ("date", "--01-20", None, None),
            ("percent", 5.2, "%", None),
            ("duration", 3, "month", None),
            ("year", 2021, None, None),
        ],
        None,
    ),
    (
        "en",
        "Analysts surveyed by Reuters had looked for the rate to stay at 5.1%.",
        True,
        [("percent", 5.1, "%", None)],
        None,
    ),
    (
        "en",
        "Regular pay, which strips out bonuses, grew at an annual rate of 4.4%, the Office for National Statistics said, after 4.7% in the previous period.",
        True,
        [("percent", 4.4, "%", None), ("percent", 4.7, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Private-sector regular pay growth, watched closely by the Bank of England, cooled to 3.9%, its weakest in more than five years.",
        True,
        [("percent", 3.9, "%", None), ("duration", 5, "year", "over")],
        None,
    ),
    (
        "en",
        "The number of payrolled employees fell by 43,000 in December, according to early tax data, the steepest drop since November 2020.",
        True,
        [("count", 43000, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Vacancies fell by 11,000 to 712,000 in the October-to-December period.",
        True,
        [("count", 11000, None, None), ("count", 712000, None, None)],
        None,
    ),
    (
        "en",
        "Work and Pensions Secretary Daniel Ashworth said nearly 2.8 million people were economically inactive due to long-term illness, a figure he called unsustainable.",
        True,
        [("count", 2800000, None, "nearly")],
        "Daniel Ashworth",
    ),
    (
        "en",
        '"These numbers are the bill for a budget that punished every employer in the country," the Conservatives\' work and pensions spokeswoman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The figures were reweighted to reflect new population estimates, which raised the level of employment, the statistics office said.",
        True,
        [],
        "the statistics office",
    ),
    (
        "en",
        "Sterling slipped 0.2% to $1.2415 after the data as traders added to bets on a Bank of England rate cut in February.",
        True,
        [("percent", 0.2, "%", None), ("money", 1.2415, "USD", None)],
        None,
    ),
    # --- Arbeitsmarkt im Januar (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Die Zahl der Arbeitslosen in Deutschland hat im Januar erstmals seit zwölf Jahren wieder die Marke von drei Millionen überschritten.",
        True,
        [("duration", 12, "year", None), ("count", 3000000, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt waren 3,08 Millionen Menschen ohne Job, 177.000 mehr als im Dezember und 92.000 mehr als im Januar des Vorjahres, wie die Bundesagentur für Arbeit (BA) am Freitag mitteilte.",
        True,
        [("count", 3080000, None, None), ("count", 177000, None, None), ("count", 92000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Die Arbeitslosenquote kletterte um 0,4 Prozentpunkte auf 6,6 Prozent.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 6.6, "%", None)],
        None,
    ),
    (
        "de",
        "Saisonbereinigt stieg die Zahl der Arbeitslosen nur um 4.000, Volkswirte hatten mit einem Plus von 10.000 gerechnet.",
        True,
        [("count", 4000, None, None), ("count", 10000, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der BA zeigten die Betriebe im Januar Kurzarbeit für 61.000 Beschäftigte an.",
        True,
        [("count", 61000, None, None)],
        "die BA",
    ),
    (
        "de",
        "Die Unterbeschäftigung, die auch Menschen in Weiterbildung und Förderprogrammen umfasst, lag bei 3,71 Millionen.",
        True,
        [("count", 3710000, None, None)],
        None,
    ),
    (
        "de",
        "„Der Januar ist traditionell ein schwacher Monat, aber die Dynamik macht uns Sorgen“, sagte BA-Vorstandsvorsitzende Sabine Kettelhut.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kettelhut sagte, vor allem in der Autoindustrie und bei ihren Zulieferern seien binnen eines Jahres rund 45.000 Stellen verloren gegangen.",
        True,
        [("count", 45000, None, "about")],
        "Kettelhut",
    ),
    (
        "de",
        "Bundesarbeitsministerin Katrin Oberländer (SPD) nannte die Zahl „ein Alarmsignal, das niemand überhören darf“.",
        False,
        [],
        None,
    ),
    ("de", "Die Grünen forderten ein Sofortprogramm für Weiterbildung in der Industrie.", False, [], None),
    (
        "de",
        "Ob die Frühjahrsbelebung die Arbeitslosigkeit wieder unter drei Millionen drückt, gilt unter Ökonomen als offen.",
        False,
        [("count", 3000000, None, "under")],
        None,
    ),
    # --- Benchmark revision (AP) ---
    (
        "en",
        "WASHINGTON (AP) — America's employers added far fewer jobs in the year through March 2025 than first reported, the government said Friday in its annual revision of payroll data.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "The Bureau of Labor Statistics lowered its estimate of total employment in March 2025 by 642,000, or 0.4%, the largest downward benchmark revision since 2009.",
        True,
        [
            ("year", 2025, None, None),
            ("count", 642000, None, None),
            ("percent", 0.4, "%", None),
            ("year", 2009, None, None),
        ],
        None,
    ),
    (
        "en",
        "That means monthly job gains over that period averaged roughly 94,000 rather than the 147,000 initially reported.",
        True,
        [("count", 94000, None, "about"), ("count", 147000, None, None)],
        None,
    ),
    (
        "en",
        "Leisure and hospitality accounted for the biggest share of the downgrade, with 176,000 fewer jobs than previously estimated.",
        True,
        [("count", 176000, None, None)],
        None,
    ),
    (
        "en",
        'Labor Secretary Renata Caldwell said the revision reflected "outdated survey methods" and promised a review of how the bureau collects its data.',
        True,
        [],
        "Renata Caldwell",
    ),
    (
        "en",
        '"Revisions of this size are normal when the economy is turning, and they are not evidence of anything sinister," said Tomas Whitfield, a former BLS commissioner.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bureau's response rate for its monthly survey of employers has fallen to about 41% from more than 60% a decade ago.",
        True,
        [("percent", 41, "%", "about"), ("percent", 60, "%", "over")],
        None,
    ),
    (
        "en",
        "Whether the lower response rates have made the monthly reports less reliable is hotly debated among economists.",
        False,
        [],
        None,
    ),
    # --- Kurzarbeitergeld (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Die Bundesregierung will die Bezugsdauer für das Kurzarbeitergeld von zwölf auf 24 Monate verlängern.",
        True,
        [("duration", 12, "month", None), ("duration", 24, "month", None)],
        None,
    ),
    (
        "de",
        "Das Kabinett billigte am Mittwoch eine entsprechende Verordnung, die rückwirkend ab 1. Januar gelten und bis Ende 2026 befristet sein soll.",
        True,
        [("date", "--01-01", None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Die Mehrkosten für die Bundesagentur beziffert das Arbeitsministerium auf rund 1,4 Milliarden Euro.",
        True,
        [("money", 1400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im Februar bezogen nach vorläufigen Hochrechnungen der BA rund 238.000 Beschäftigte konjunkturelles Kurzarbeitergeld, fast dreimal so viele wie ein Jahr zuvor.",
        True,
        [("count", 238000, None, "about"), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "de",
        "Besonders viele Anzeigen kamen aus Baden-Württemberg, wo jeder dritte Antrag einen Maschinenbauer betraf.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Arbeitsministerin Oberländer sagte, jeder Arbeitsplatz, der durch Kurzarbeit gehalten werde, sei billiger als einer, der verloren gehe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeitgeberverbände begrüßten die Verlängerung, forderten aber zusätzlich eine volle Erstattung der Sozialbeiträge.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Institut der deutschen Wirtschaft (IW) kritisierte, Kurzarbeit verzögere in vielen Fällen nur einen ohnehin nötigen Strukturwandel.",
        False,
        [],
        None,
    ),
    # --- US jobless claims (Reuters) ---
    (
        "en",
        "WASHINGTON, March 12 (Reuters) - New U.S. jobless claims climbed to a four-month high in early March, the Labor Department said on Thursday.",
        True,
        [("date", "--03-12", None, None), ("duration", 4, "month", None)],
        "the Labor Department",
    ),
    (
        "en",
        "Initial claims for state unemployment benefits increased 17,000 to a seasonally adjusted 241,000 for the week ended March 7.",
        True,
        [("count", 17000, None, None), ("count", 241000, None, None), ("date", "--03-07", None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast 224,000 claims for the latest week.",
        True,
        [("count", 224000, None, None)],
        None,
    ),
    (
        "en",
        "The four-week moving average of claims, which irons out week-to-week swings, rose 6,250 to 229,750.",
        True,
        [("duration", 4, "week", None), ("count", 6250, None, None), ("count", 229750, None, None)],
        None,
    ),
    (
        "en",
        "So-called continuing claims, which track people still drawing benefits and serve as a rough gauge of hiring, climbed 28,000 to 1.98 million during the week ending March 1.",
        True,
        [("count", 28000, None, None), ("count", 1980000, None, None), ("date", "--03-01", None, None)],
        None,
    ),
    (
        "en",
        "Continuing claims have stayed above 1.9 million since early January, the longest such stretch since 2021.",
        True,
        [("count", 1900000, None, "over"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Layoffs at federal contractors and at auto plants in Michigan and Ohio accounted for much of the increase, a Labor Department official said.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Companies are not firing en masse yet, but they have stopped hiring," said Dwight Amberson, an economist at Crestline Partners in New York.',
        False,
        [],
        None,
    ),
    # --- Arbeitsmarkt im März (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Arbeitsmarkt hat sich im März den 24. Monat in Folge verschlechtert.",
        True,
        [("ordinal", 24, None, None)],
        None,
    ),
    (
        "de",
        "Laut AMS waren Ende März 318.650 Personen arbeitslos gemeldet und weitere 84.120 in Schulungen, zusammen um 4,9 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 318650, None, None), ("count", 84120, None, None), ("percent", 4.9, "%", None)],
        "AMS",
    ),
    (
        "de",
        "Den stärksten Anstieg verzeichneten erneut Personen über 50 Jahre mit einem Plus von 9,7 Prozent.",
        True,
        [("duration", 50, "year", "over"), ("percent", 9.7, "%", None)],
        None,
    ),
    (
        "de",
        "Beim AMS gemeldet und sofort verfügbar waren nur noch 70.900 offene Stellen, um 13,8 Prozent weniger.",
        True,
        [("count", 70900, None, None), ("percent", 13.8, "%", None)],
        None,
    ),
    (
        "de",
        "Auf jede offene Stelle kämen derzeit rechnerisch 4,5 Arbeitslose, in Wien sogar mehr als zehn, sagte AMS-Vorstand Thalhammer.",
        True,
        [("count", 4.5, None, None), ("count", 10, None, "over")],
        "Thalhammer",
    ),
    (
        "de",
        "Die durchschnittliche Verweildauer in der Arbeitslosigkeit sei binnen drei Jahren von 112 auf 131 Tage gestiegen, sagte Arbeiterkammer-Expertin Silvia Pröll.",
        True,
        [("duration", 3, "year", None), ("duration", 112, "day", None), ("duration", 131, "day", None)],
        "Silvia Pröll",
    ),
    (
        "de",
        "Der Präsident der Wirtschaftskammer sprach dennoch von einem „eklatanten Fachkräftemangel“ in Tourismus und Pflege.",
        False,
        [],
        None,
    ),
    # --- UK vacancies (PA) ---
    (
        "en",
        "LONDON (PA) - The number of job vacancies in the UK has fallen to 689,000, the Office for National Statistics said, marking its first reading under 700,000 in four years.",
        True,
        [
            ("count", 689000, None, None),
            ("ordinal", 1, None, None),
            ("count", 700000, None, "under"),
            ("duration", 4, "year", None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Vacancies were down 94,000 on the same period a year earlier, with falls recorded in 15 of the 18 industry sectors.",
        True,
        [("count", 94000, None, None), ("count", 15, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "The ONS said the claimant count, which includes some people in work on low pay, rose by 21,400 in March to 1.77 million.",
        True,
        [("count", 21400, None, None), ("count", 1770000, None, None)],
        "the ONS",
    ),
    (
        "en",
        "Average weekly earnings including bonuses rose 5.1% to £728 a week in the three months to February.",
        True,
        [("percent", 5.1, "%", None), ("money", 728, "GBP", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Adjusted for inflation, regular pay rose by 1.2%, the slowest real-terms growth since mid-2023.",
        True,
        [("percent", 1.2, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"Vacancies have now fallen for 33 periods in a row, and the number of payrolled employees is down again," ONS director of economic statistics Martin Fairclough said.',
        True,
        [("count", 33, None, None)],
        "Martin Fairclough",
    ),
    (
        "en",
        'The Recruitment and Employment Confederation said employers had become "extremely cautious" about adding staff.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hospitality firms blamed higher employer national insurance contributions for many of the cuts.",
        False,
        [],
        None,
    ),
    # --- Kurzarbeit in der Industrie (awp) ---
    ("de", "Bern (awp) - In der Schweizer Industrie greifen immer mehr Firmen zur Kurzarbeit.", True, [], None),
    (
        "de",
        "Im Februar waren gemäss Seco 1'284 Betriebe mit 21'460 Beschäftigten von Kurzarbeit betroffen, gut 40 Prozent mehr als im Januar.",
        True,
        [("count", 1284, None, None), ("count", 21460, None, None), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Insgesamt fielen rund 1,13 Millionen Arbeitsstunden aus, die Arbeitslosenversicherung zahlte dafür 41 Millionen Franken an Entschädigungen.",
        True,
        [("count", 1130000, None, "about"), ("money", 41000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen sind die Maschinen-, Elektro- und Metallindustrie sowie die Uhrenbranche, wo jeder vierte Betrieb Kurzarbeit angemeldet hat.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Swissmem-Direktor Adrian Vögeli sagte, die hohen US-Zölle hätten seit vergangenem Sommer rund 6'000 Stellen in der Branche gekostet.",
        True,
        [("count", 6000, None, "about")],
        "Adrian Vögeli",
    ),
    (
        "de",
        "«Kurzarbeit ist eine Brücke, aber irgendwann muss auf der anderen Seite wieder Land sein», sagte Vögeli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat hat die maximale Bezugsdauer für Kurzarbeitsentschädigung per 1. Februar von 12 auf 18 Monate erhöht.",
        True,
        [("date", "--02-01", None, None), ("duration", 12, "month", None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft Unia verlangt eine Verlängerung auf 24 Monate und ein Kündigungsverbot für Firmen, die Kurzarbeit beziehen.",
        True,
        [("duration", 24, "month", None)],
        None,
    ),
    # --- US jobs report, March (AP) ---
    (
        "en",
        "WASHINGTON (AP) — U.S. employers added a surprisingly strong 187,000 jobs in March, though the unemployment rate held at 4.6%, the government reported Friday.",
        True,
        [("count", 187000, None, None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Economists had expected a gain of about 110,000, according to a survey by the data provider FactSet.",
        True,
        [("count", 110000, None, "about")],
        None,
    ),
    (
        "en",
        "Part of the increase came from the return of about 32,000 striking nurses in California and Minnesota.",
        True,
        [("count", 32000, None, "about")],
        None,
    ),
    (
        "en",
        "Revisions knocked a combined 58,000 jobs off the totals for January and February.",
        True,
        [("count", 58000, None, None)],
        None,
    ),
    (
        "en",
        "Average hourly pay rose 12 cents to $36.91, up 3.6% from a year earlier.",
        True,
        [("money", 0.12, "USD", None), ("money", 36.91, "USD", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "The share of Americans aged 25 to 54 with a job, a key gauge of the labor market, slipped to 80.3%.",
        True,
        [("duration", 25, "year", None), ("duration", 54, "year", None), ("percent", 80.3, "%", None)],
        None,
    ),
    (
        "en",
        'White House press secretary Dana Ruelle said the report showed "the president\'s economy is roaring back."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"A single strong month doesn\'t make a trend," said Naomi Carraway, chief economist at the jobs site Hireline.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I\'ve sent out more than 200 applications and heard back from almost nobody," said Tatiana Morales, 41, who lost her call-center job in Phoenix in January.',
        False,
        [("count", 200, None, "over"), ("duration", 41, "year", None)],
        None,
    ),
    # --- Arbeitsmarkt im April (Reuters) ---
    (
        "de",
        "Nürnberg (Reuters) - Die Frühjahrsbelebung auf dem deutschen Arbeitsmarkt ist im April schwach ausgefallen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Arbeitslosen sank im Vergleich zum März um 34.000 auf 2,99 Millionen, teilte die Bundesagentur für Arbeit am Mittwoch mit.",
        True,
        [("count", 34000, None, None), ("count", 2990000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Um jahreszeitliche Einflüsse bereinigt stieg die Zahl dagegen um 12.000 und damit den vierten Monat in Folge.",
        True,
        [("count", 12000, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Von Reuters befragte Ökonomen hatten saisonbereinigt mit einem Plus von 8.000 gerechnet.",
        True,
        [("count", 8000, None, None)],
        None,
    ),
    (
        "de",
        "Die Quote blieb bei 6,4 Prozent, nach der Berechnung der Internationalen Arbeitsorganisation (ILO) lag sie bei 3,8 Prozent.",
        True,
        [("percent", 6.4, "%", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Erwerbstätigen lag nach Angaben des Statistischen Bundesamts im März bei 45,8 Millionen, 86.000 weniger als ein Jahr zuvor.",
        True,
        [("count", 45800000, None, None), ("count", 86000, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "BA-Vorstand Daniel Terhorst sagte, die Betriebe hätten so wenige neue Stellen gemeldet wie zuletzt im Jahr 2010.",
        True,
        [("year", 2010, None, None)],
        "Daniel Terhorst",
    ),
    (
        "de",
        "Der Bestand an gemeldeten Stellen schrumpfte binnen Jahresfrist um 58.000 auf 621.000.",
        True,
        [("count", 58000, None, None), ("count", 621000, None, None)],
        None,
    ),
    ("de", "Der Deutsche Gewerkschaftsbund sprach von einer „Jobkrise mit Ansage“.", False, [], None),
    (
        "de",
        "„Die Unternehmen halten ihre Leute noch, aber sie stellen kaum jemanden ein“, sagte IAB-Forscher Jonas Biedermann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Volkswirte mehrerer Großbanken rechnen für das Gesamtjahr mit durchschnittlich 3,02 Millionen Arbeitslosen.",
        True,
        [("count", 3020000, None, None)],
        None,
    ),
    # --- UK jobs, first quarter (Reuters) ---
    (
        "en",
        "LONDON, May 19 (Reuters) - British unemployment jumped to 5.4% in the first quarter of the year, its highest rate in nearly a decade outside the pandemic, data from the Office for National Statistics showed on Tuesday.",
        True,
        [("date", "--05-19", None, None), ("percent", 5.4, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The number of people in work fell by 109,000 in the January-to-March period, while economic inactivity rose by 62,000.",
        True,
        [("count", 109000, None, None), ("count", 62000, None, None)],
        None,
    ),
    (
        "en",
        "Annual growth in total pay, including bonuses, eased to 4.2%, below the 4.5% that Bank of England officials have said is consistent with their 2% inflation target.",
        True,
        [("percent", 4.2, "%", None), ("percent", 4.5, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Unemployment among people aged 16 to 24 climbed to 15.9%, the highest since 2014.",
        True,
        [
            ("duration", 16, "year", None),
            ("duration", 24, "year", None),
            ("percent", 15.9, "%", None),
            ("year", 2014, None, None),
        ],
        None,
    ),
    (
        "en",
        "Chancellor Graham Pettifer said the government would spend an extra £1.2 billion over three years on training and job support for young people.",
        True,
        [("money", 1200000000, "GBP", None), ("duration", 3, "year", None)],
        "Graham Pettifer",
    ),
    (
        "en",
        "\"Labour's jobs tax has done exactly what we said it would do,\" said the Conservatives' shadow work and pensions secretary, Laura Denholm.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Some economists said problems with the Labour Force Survey, whose response rate has fallen to around 19%, made the figures hard to trust.",
        False,
        [("percent", 19, "%", "about")],
        None,
    ),
    (
        "en",
        "Interest rate futures priced a roughly 70% chance of a quarter-point Bank of England rate cut in June.",
        True,
        [("percent", 70, "%", "about"), ("percent", 0.25, "pp", None)],
        None,
    ),
    # --- IAB-Stellenerhebung (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Die Zahl der offenen Stellen in Deutschland ist im ersten Quartal auf den tiefsten Stand seit fünf Jahren gefallen.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Bundesweit gab es nach einer Erhebung des Instituts für Arbeitsmarkt- und Berufsforschung (IAB) rund 1,08 Millionen offene Stellen, 172.000 weniger als ein Jahr zuvor.",
        True,
        [("count", 1080000, None, "about"), ("count", 172000, None, None)],
        None,
    ),
    (
        "de",
        "Auf 100 Arbeitslose kamen damit rechnerisch nur noch 35 offene Stellen.",
        True,
        [("count", 100, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der freien Stellen entfielen auf Westdeutschland, gut ein Fünftel auf kleine Betriebe mit weniger als 50 Beschäftigten.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("fraction", 0.2, None, "over"), ("count", 50, None, "under")],
        None,
    ),
    (
        "de",
        "IAB-Forscherin Lea Grünberger sagte, besonders stark sei die Nachfrage im Baugewerbe und in der Zeitarbeit eingebrochen.",
        True,
        [],
        "Lea Grünberger",
    ),
    (
        "de",
        "„Der Arbeitskräftemangel ist nicht verschwunden, er wird nur von der Konjunkturflaute überdeckt“, sagte Grünberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Arbeitgeberpräsident Rainer Dulling forderte die Bundesregierung auf, die Sozialabgaben dauerhaft unter 40 Prozent zu halten.",
        True,
        [("percent", 40, "%", "under")],
        None,
    ),
    # --- JOLTS (Reuters) ---
    (
        "en",
        "WASHINGTON, June 2 (Reuters) - U.S. job openings fell to 6.72 million at the end of April, the lowest level in more than four years, the Labor Department said on Tuesday.",
        True,
        [("date", "--06-02", None, None), ("count", 6720000, None, None), ("duration", 4, "year", "over")],
        "the Labor Department",
    ),
    (
        "en",
        "Economists polled by Reuters had forecast 7.05 million vacancies in the Job Openings and Labor Turnover Survey, or JOLTS report.",
        True,
        [("count", 7050000, None, None)],
        None,
    ),
    (
        "en",
        "There were 0.92 job openings for every unemployed person, down from 1.1 in March and a peak of 2.0 in 2022.",
        True,
        [
            ("count", 0.92, None, None),
            ("count", 1.1, None, None),
            ("count", 2.0, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Hires dropped by 212,000 to 5.18 million, pushing the hiring rate down to 3.2%, the weakest since 2013 outside the pandemic.",
        True,
        [
            ("count", 212000, None, None),
            ("count", 5180000, None, None),
            ("percent", 3.2, "%", None),
            ("year", 2013, None, None),
        ],
        None,
    ),
    (
        "en",
        "The number of people quitting their jobs, seen as a measure of confidence in the labor market, was little changed at 3.04 million.",
        True,
        [("count", 3040000, None, None)],
        None,
    ),
    (
        "en",
        "Layoffs rose to 1.86 million, with professional and business services accounting for about a quarter of them.",
        True,
        [("count", 1860000, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    ("en", "Openings in construction fell to their lowest level since 2017.", True, [("year", 2017, None, None)], None),
    (
        "en",
        '"Workers are clinging to the jobs they have," said Priyanka Desai, senior economist at Hollins & Rowe.',
        False,
        [],
        None,
    ),
    # --- Arbeitsmarkt im Juni, Lehrstellen (APA) ---
    (
        "de",
        "Wien (APA) - Ende Juni waren in Österreich 356.900 Menschen arbeitslos oder in einer Schulung des AMS, um 3,1 Prozent mehr als im Juni des Vorjahres.",
        True,
        [("count", 356900, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote lag bei 6,9 Prozent und damit um 0,2 Prozentpunkte über dem Vorjahreswert, teilte das Arbeitsmarktservice mit.",
        True,
        [("percent", 6.9, "%", None), ("percent", 0.2, "pp", None)],
        "das Arbeitsmarktservice",
    ),
    (
        "de",
        "Erstmals seit Beginn des Anstiegs vor mehr als zwei Jahren ging die Arbeitslosigkeit bei Jugendlichen unter 25 Jahren zurück, und zwar um 1,8 Prozent.",
        True,
        [("duration", 2, "year", "over"), ("duration", 25, "year", "under"), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "Zugleich suchten Ende Juni noch 9.870 Jugendliche eine Lehrstelle, für sie standen 10.240 offene Lehrstellen zur Verfügung.",
        True,
        [("count", 9870, None, None), ("count", 10240, None, None)],
        None,
    ),
    (
        "de",
        "In Vorarlberg und Tirol gab es mehr freie Lehrstellen als Suchende, in Wien kamen auf jede freie Lehrstelle fast sechs Suchende.",
        True,
        [("count", 6, None, "nearly")],
        None,
    ),
    (
        "de",
        "AMS-Vorständin Petra Lindinger sagte, die Hälfte der jungen Arbeitslosen habe keinen Abschluss über die Pflichtschule hinaus.",
        True,
        [("fraction", 0.5, None, None)],
        "Petra Lindinger",
    ),
    (
        "de",
        "„Jeder Jugendliche, der heute keine Ausbildung macht, ist der Langzeitarbeitslose von morgen“, warnte Lindinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wirtschaftskammer verwies darauf, dass heuer bereits 1.350 Lehrlinge mehr in Tourismusbetrieben begonnen hätten als im Vorjahr.",
        True,
        [("count", 1350, None, None)],
        None,
    ),
    # --- US jobs report, June (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Hiring slowed sharply in June as employers added just 41,000 jobs, the fewest in eight months, the Labor Department said Thursday, a day early because of the Independence Day holiday.",
        True,
        [("count", 41000, None, None), ("duration", 8, "month", None)],
        "the Labor Department",
    ),
    (
        "en",
        "The unemployment rate rose to 4.8%, the highest since October 2021, as about 240,000 more people started looking for work.",
        True,
        [("percent", 4.8, "%", None), ("year", 2021, None, None), ("count", 240000, None, "about")],
        None,
    ),
    (
        "en",
        "Federal government employment fell by 14,000, bringing losses since January to 96,000.",
        True,
        [("count", 14000, None, None), ("count", 96000, None, None)],
        None,
    ),
    (
        "en",
        "Wages rose 0.3% from May and 3.5% from a year earlier, the smallest annual gain since mid-2021.",
        True,
        [("percent", 0.3, "%", None), ("percent", 3.5, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The average workweek slipped to 34.2 hours, a sign that employers were trimming shifts before cutting staff.",
        True,
        [("duration", 34.2, "hour", None)],
        None,
    ),
    (
        "en",
        'A White House spokesman called the report "a blip caused by uncertainty that is already fading."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was not clear how much of the slowdown was due to the new tariffs and how much to weaker immigration.",
        False,
        [],
        None,
    ),
    # --- Arbeitslosigkeit im Juli (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Im Juli hat sich die Schweizer Arbeitslosenquote nicht bewegt, sie lag weiter bei 2,9 Prozent.",
        True,
        [("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Ende Monat waren 135'780 Personen als arbeitslos registriert, 1'060 weniger als im Juni.",
        True,
        [("count", 135780, None, None), ("count", 1060, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber dem Vorjahresmonat stieg die Zahl der Arbeitslosen um 16'900 oder 14,2 Prozent.",
        True,
        [("count", 16900, None, None), ("percent", 14.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosigkeit bei den 15- bis 24-Jährigen nahm nach den Schulabschlüssen um 6,8 Prozent auf 12'430 Personen zu.",
        True,
        [
            ("duration", 15, "year", None),
            ("duration", 24, "year", None),
            ("percent", 6.8, "%", None),
            ("count", 12430, None, None),
        ],
        None,
    ),
    (
        "de",
        "Westschweiz und Tessin wiesen mit 4,1 Prozent eine deutlich höhere Quote aus als die Deutschschweiz mit 2,3 Prozent.",
        True,
        [("percent", 4.1, "%", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der bei den RAV gemeldeten offenen Stellen sank binnen eines Jahres um ein Zehntel auf 38'200.",
        True,
        [("fraction", 0.1, None, None), ("count", 38200, None, None)],
        None,
    ),
    (
        "de",
        "«Von einer Krise auf dem Arbeitsmarkt kann keine Rede sein», sagte Seco-Direktorin Franziska Aebischer an der Medienkonferenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Schweizerische Gewerkschaftsbund kritisierte, die offiziellen Zahlen unterschätzten die Arbeitslosigkeit, weil ausgesteuerte Personen nicht mehr mitgezählt würden.",
        True,
        [],
        None,
    ),
    # --- Young people not in work (PA) ---
    (
        "en",
        "LONDON (PA) - An estimated 968,000 young people aged 16 to 24 in the UK were not in education, employment or training between April and June, new figures show.",
        True,
        [("count", 968000, None, "about"), ("duration", 16, "year", None), ("duration", 24, "year", None)],
        None,
    ),
    (
        "en",
        "That is 1 in 8 of all young people and 44,000 more than in the previous quarter, the Office for National Statistics said.",
        True,
        [("fraction", 0.125, None, None), ("count", 44000, None, None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "More than half of them, some 530,000, were classed as economically inactive rather than unemployed, most often because of long-term sickness or disability.",
        True,
        [("fraction", 0.5, None, "over"), ("count", 530000, None, "about")],
        None,
    ),
    (
        "en",
        "Employment Minister Alison Crewe said 82,000 young people had started a placement under the government's youth guarantee since it launched in April.",
        True,
        [("count", 82000, None, None)],
        "Alison Crewe",
    ),
    (
        "en",
        "The bill for young people on health-related universal credit has risen to £4.3 billion a year, an analysis by the Institute for Fiscal Studies found.",
        True,
        [("money", 4300000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Each of these statistics is a teenager or young adult whose talent we are throwing away," said Jonathan Ellery, chief executive of the Youth Futures Foundation.',
        False,
        [],
        None,
    ),
    ("en", "Charities urged ministers to expand mental health support in schools and colleges.", False, [], None),
    (
        "en",
        "Whether the guarantee will reach those who have been out of work the longest remains to be seen.",
        False,
        [],
        None,
    ),
    # --- Arbeitsmarkt im August, Ausbildung (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Die Arbeitslosigkeit in Deutschland ist in der Sommerpause wieder über die Drei-Millionen-Marke gestiegen.",
        True,
        [("count", 3000000, None, None)],
        None,
    ),
    (
        "de",
        "Im August waren 3,04 Millionen Menschen arbeitslos gemeldet, 63.000 mehr als im Juli und 168.000 mehr als vor einem Jahr.",
        True,
        [("count", 3040000, None, None), ("count", 63000, None, None), ("count", 168000, None, None)],
        None,
    ),
    (
        "de",
        "Die Quote stieg um 0,1 Punkte auf 6,5 Prozent.",
        True,
        [("percent", 0.1, "pp", None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "de",
        "Zum Start des Ausbildungsjahres waren noch 196.000 Lehrstellen unbesetzt, zugleich hatten 118.000 Bewerberinnen und Bewerber noch keinen Platz.",
        True,
        [("count", 196000, None, None), ("count", 118000, None, None)],
        None,
    ),
    (
        "de",
        "BA-Chefin Kettelhut sagte, rein rechnerisch gebe es damit deutlich mehr Ausbildungsplätze als Bewerber, beide passten aber oft regional oder fachlich nicht zusammen.",
        True,
        [],
        "Kettelhut",
    ),
    (
        "de",
        "Der Handwerksverband ZDH sprach von einem „Ausbildungsnotstand“ im Bau- und Lebensmittelhandwerk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Bezirk der Agentur für Arbeit Gelsenkirchen lag die Quote mit 15,7 Prozent bundesweit am höchsten, in Eichstätt mit 2,0 Prozent am niedrigsten.",
        True,
        [("percent", 15.7, "%", None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Wer nach dem Sommer noch eine Lehrstelle sucht, sollte sich möglichst bald bei der Berufsberatung seiner Arbeitsagentur melden.",
        False,
        [],
        None,
    ),
    # --- US jobs report, August (Reuters) ---
    (
        "en",
        "WASHINGTON, Sept 4 (Reuters) - U.S. employment growth stalled in August, with nonfarm payrolls rising by only 8,000 jobs, while the unemployment rate climbed to 4.9%, a Labor Department report showed on Friday.",
        True,
        [("date", "--09-04", None, None), ("count", 8000, None, None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "The consensus forecast among economists polled by Reuters was for a gain of 70,000.",
        True,
        [("count", 70000, None, None)],
        None,
    ),
    (
        "en",
        "The government also revised June's figure to show a loss of 13,000 jobs, the first monthly decline since December 2020.",
        True,
        [("count", 13000, None, None), ("ordinal", 1, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Separately, the Bureau of Labor Statistics said an early version of its annual benchmark showed the economy created 711,000 fewer jobs in the 12 months through March than currently reported.",
        True,
        [("count", 711000, None, None), ("duration", 12, "month", None)],
        "the Bureau of Labor Statistics",
    ),
    (
        "en",
        "The final revision will be incorporated into the January employment report, due in early February.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Black unemployment jumped to 7.6% from 7.0%, while the jobless rate for adult women rose to 4.5%.",
        True,
        [("percent", 7.6, "%", None), ("percent", 7.0, "%", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "Manufacturing employment declined by 12,000 for a fifth consecutive month.",
        True,
        [("count", 12000, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Futures traders now see a Fed rate cut at the Sept 15-16 meeting as all but certain.",
        False,
        [("date", "--09-15", None, None), ("date", "--09-16", None, None)],
        None,
    ),
    (
        "en",
        '"The labor market has gone from cooling to freezing," said Lindsey Marchetti, an economist at Brockway Capital.',
        False,
        [],
        None,
    ),
    # --- Arbeitsmarkt im September (Reuters) ---
    (
        "de",
        "Nürnberg (Reuters) - Die übliche Herbstbelebung hat die Zahl der Arbeitslosen in Deutschland im September nur leicht gedrückt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im September waren 2,97 Millionen Menschen ohne Arbeit, 70.000 weniger als im August, wie die Bundesagentur für Arbeit mitteilte.",
        True,
        [("count", 2970000, None, None), ("count", 70000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Die BA korrigierte zudem ihren Wert für August nach oben: Statt 2.000 seien saisonbereinigt 9.000 Menschen mehr arbeitslos gewesen.",
        True,
        [("count", 2000, None, None), ("count", 9000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Beschäftigten in der Industrie sank binnen eines Jahres um 2,1 Prozent auf 5,42 Millionen, wie aus Daten des Statistischen Bundesamts hervorgeht.",
        True,
        [("percent", 2.1, "%", None), ("count", 5420000, None, None)],
        None,
    ),
    (
        "de",
        "Das IAB rechnet für das kommende Jahr im Schnitt mit 2,99 Millionen Arbeitslosen, rund 20.000 weniger als in diesem Jahr.",
        True,
        [("count", 2990000, None, None), ("count", 20000, None, "about")],
        None,
    ),
    (
        "de",
        "IAB-Ökonom Tobias Leinfelder sagte, die Erholung werde erst im Sommer am Arbeitsmarkt ankommen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Linke warf der Bundesregierung vor, tatenlos zuzusehen, wie Zehntausende Industriejobs verschwänden.",
        False,
        [],
        None,
    ),
    # --- US layoffs and claims (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 1 (Reuters) - U.S.-based employers announced 68,400 job cuts in September, up 41% from August, a report from outplacement firm Challenger, Gray & Christmas showed on Thursday.",
        True,
        [("date", "--10-01", None, None), ("count", 68400, None, None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "en",
        "So far this year, companies have announced 912,300 layoffs, the most for the first nine months of a year since 2020.",
        True,
        [
            ("count", 912300, None, None),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "en",
        "Technology companies led the cuts, citing artificial intelligence as the reason for about one in five of the job reductions they announced.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Hiring plans fell to their lowest year-to-date level since 2011.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Meanwhile, initial jobless claims fell 6,000 to 228,000 in the week ended Sept 26, a separate report showed.",
        True,
        [("count", 6000, None, None), ("count", 228000, None, None), ("date", "--09-26", None, None)],
        None,
    ),
    (
        "en",
        '"Claims are telling us that layoffs are still low, even if the announcements are getting louder," said Raúl Estévez, chief economist at Meridian Analytics.',
        False,
        [],
        None,
    ),
    # --- Arbeitsmarkt im Oktober (APA) ---
    (
        "de",
        "Wien (APA) - Zum 31. Mal in Folge hat das AMS im Oktober einen Anstieg der Arbeitslosigkeit gemeldet, das Tempo ließ aber weiter nach.",
        True,
        [("ordinal", 31, None, None)],
        None,
    ),
    (
        "de",
        "Ende Oktober waren laut AMS 378.240 Personen ohne Job oder in Schulung, ein Plus von 1,9 Prozent im Jahresvergleich.",
        True,
        [("count", 378240, None, None), ("percent", 1.9, "%", None)],
        "AMS",
    ),
    (
        "de",
        "Nach nationaler Berechnung betrug die Quote 7,3 Prozent, nach der Methode von Eurostat 5,6 Prozent.",
        True,
        [("percent", 7.3, "%", None), ("percent", 5.6, "%", None)],
        None,
    ),
    (
        "de",
        "In drei Bundesländern, nämlich in Salzburg, Tirol und Vorarlberg, sank die Arbeitslosigkeit bereits.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "In Wien gab es mit 172.600 Betroffenen fast die Hälfte aller Arbeitslosen und Schulungsteilnehmer des Landes.",
        True,
        [("count", 172600, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Arbeitsministerin Aigner sagte, das Förderbudget des AMS werde 2027 um 150 Millionen auf rund 1,45 Milliarden Euro gekürzt.",
        True,
        [("year", 2027, None, None), ("money", 150000000, "EUR", None), ("money", 1450000000, "EUR", "about")],
        "Aigner",
    ),
    (
        "de",
        "AMS-Chef Thalhammer hält die Kürzung für verkraftbar, wenn die Konjunktur wie erwartet anzieht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob sich der Arbeitsmarkt schon im Frühjahr dreht, hängt nach Einschätzung des Wifo vor allem vom Export ab.",
        False,
        [],
        None,
    ),
    # --- UK pay growth slows (Reuters) ---
    (
        "en",
        "LONDON, Nov 10 (Reuters) - British wage growth slowed to its weakest pace in more than four years in the three months to September, while unemployment rose to 5.5%, official data showed on Tuesday.",
        True,
        [
            ("date", "--11-10", None, None),
            ("duration", 4, "year", "over"),
            ("duration", 3, "month", None),
            ("percent", 5.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Regular pay excluding bonuses grew 3.8% year on year, down from 4.1% in the previous three-month period.",
        True,
        [("percent", 3.8, "%", None), ("percent", 4.1, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "In the private sector, regular pay growth dropped to 3.3%, close to the 3% pace the Bank of England regards as consistent with its inflation target.",
        True,
        [("percent", 3.3, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Payrolled employment fell by 32,000 in October to 30.1 million, early figures drawn from tax records indicated.",
        True,
        [("count", 32000, None, None), ("count", 30100000, None, None)],
        None,
    ),
    (
        "en",
        "The number of people who have been unemployed for more than 12 months rose by 38,000 to 412,000.",
        True,
        [("duration", 12, "month", "over"), ("count", 38000, None, None), ("count", 412000, None, None)],
        None,
    ),
    (
        "en",
        "ONS director of economic statistics Martin Fairclough said the redundancy rate had risen to 4.9 per 1,000 employees, the highest outside the pandemic since 2013.",
        True,
        [("count", 4.9, None, None), ("count", 1000, None, None), ("year", 2013, None, None)],
        "Martin Fairclough",
    ),
    (
        "en",
        "Bank of England Deputy Governor Eleanor Prescott said in a speech in Leeds that the loosening labour market gave the central bank room to keep cutting rates.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Markets now price a roughly 80% chance of a quarter-point cut to 3.5% at the Bank's Dec 17 meeting.",
        True,
        [
            ("percent", 80, "%", "about"),
            ("percent", 0.25, "pp", None),
            ("percent", 3.5, "%", None),
            ("date", "--12-17", None, None),
        ],
        None,
    ),
    (
        "en",
        '"A softer jobs market is good news for inflation but bad news for the people losing their jobs," said Hannah Lister, an economist at the Resolution Foundation.',
        False,
        [],
        None,
    ),
    # --- Arbeitslosigkeit im November (awp) ---
    (
        "de",
        "Bern (awp) - Im November hat die Schweizer Arbeitslosigkeit leicht zugelegt, die Quote erhöhte sich von 2,9 auf 3,0 Prozent.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "de",
        "Insgesamt waren 141'950 Personen bei den RAV als arbeitslos gemeldet, 4'770 mehr als im Oktober, wie das Staatssekretariat für Wirtschaft (Seco) mitteilte.",
        True,
        [("count", 141950, None, None), ("count", 4770, None, None)],
        "das Staatssekretariat für Wirtschaft",
    ),
    (
        "de",
        "Die Expertengruppe des Bundes rechnet für das kommende Jahr im Mittel mit 3,2 Prozent Arbeitslosen, nach 2,9 Prozent im laufenden Jahr.",
        True,
        [("percent", 3.2, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Beschäftigten in Kurzarbeit ging im September auf 12'380 in 890 Betrieben zurück.",
        True,
        [("count", 12380, None, None), ("count", 890, None, None)],
        None,
    ),
    (
        "de",
        "Im Kanton Genf lag die Quote mit 4,8 Prozent am höchsten, in Obwalden und Nidwalden mit je 0,9 Prozent am tiefsten.",
        True,
        [("percent", 4.8, "%", None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "«Die Unternehmen bauen noch keine Stellen im grossen Stil ab, aber sie ersetzen Abgänge oft nicht mehr», sagte Seco-Ökonom Cédric Monnier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband zeigte sich erleichtert, dass die Zahlen nicht stärker gestiegen seien.",
        False,
        [],
        None,
    ),
    # --- US jobs report, November (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Hiring picked up in November as businesses and governments created 119,000 jobs, a modest rebound after a weak autumn, while the unemployment rate edged down to 4.7%.",
        True,
        [("count", 119000, None, None), ("percent", 4.7, "%", None)],
        None,
    ),
    (
        "en",
        "The figure beat economists' forecasts of around 75,000, according to FactSet.",
        True,
        [("count", 75000, None, "about")],
        "FactSet",
    ),
    (
        "en",
        "Retailers added 46,000 workers ahead of the holiday shopping season, more than in any November since 2019.",
        True,
        [("count", 46000, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Revisions showed the economy added 22,000 more jobs in September and October combined than previously estimated.",
        True,
        [("count", 22000, None, None)],
        None,
    ),
    (
        "en",
        "Average hourly earnings rose 0.4% on the month to $37.22, up 3.6% on the year.",
        True,
        [("percent", 0.4, "%", None), ("money", 37.22, "USD", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "Labor Secretary Renata Caldwell said more than 1.1 million jobs had been created in manufacturing-heavy states since the tariffs took effect.",
        True,
        [("count", 1100000, None, "over")],
        "Renata Caldwell",
    ),
    (
        "en",
        "Economists questioned the figure, noting that factories nationwide have shed 74,000 jobs since January.",
        True,
        [("count", 74000, None, None)],
        None,
    ),
    (
        "en",
        '"I\'d call this a decent report in an indecent year," said Gareth Pomeroy, chief economist at Ashcombe Wealth.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Every week there are fewer listings and more people going for them," said Rhonda Keeler, 58, a forklift operator in Toledo, Ohio, whose warehouse closed in July.',
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    # --- Arbeitsmarkt im November (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Im November hat die Bundesagentur für Arbeit 2,94 Millionen Arbeitslose gezählt, 33.000 weniger als im Oktober.",
        True,
        [("count", 2940000, None, None), ("count", 33000, None, None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zum Vorjahresmonat waren es allerdings 129.000 mehr, die Quote lag bei 6,3 Prozent.",
        True,
        [("count", 129000, None, None), ("percent", 6.3, "%", None)],
        None,
    ),
    (
        "de",
        "BA-Chefin Sabine Kettelhut sagte, im Jahresschnitt würden es erstmals seit 2014 wieder mehr als drei Millionen Arbeitslose sein.",
        True,
        [("year", 2014, None, None), ("count", 3000000, None, "over")],
        "Sabine Kettelhut",
    ),
    (
        "de",
        "Die Zahl der Erwerbstätigen sei mit rund 45,9 Millionen zwar weiter hoch, wachse aber seit anderthalb Jahren nicht mehr, fügte sie hinzu.",
        True,
        [("count", 45900000, None, "about"), ("duration", 1.5, "year", None)],
        None,
    ),
    (
        "de",
        "Bayern meldete mit 4,1 Prozent erneut die niedrigste Quote der Bundesländer, Bremen mit 11,4 Prozent die höchste.",
        True,
        [("percent", 4.1, "%", None), ("percent", 11.4, "%", None)],
        None,
    ),
    ("de", "„Wir erwarten einen schwierigen Winter, aber keinen Absturz“, sagte Kettelhut.", False, [], None),
    (
        "de",
        "Arbeitgeberverbände und Gewerkschaften warfen sich gegenseitig vor, mit überzogenen Forderungen Arbeitsplätze zu gefährden.",
        False,
        [],
        None,
    ),
    # --- Labour Force Survey delayed (PA) ---
    (
        "en",
        "LONDON (PA) - The Office for National Statistics has delayed the launch of its overhauled Labour Force Survey until 2027, after response rates to the current survey fell to 18% in some quarters.",
        True,
        [("year", 2027, None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "The statistics body said the new survey, which will collect answers online from about 50,000 households a quarter, needed further testing.",
        True,
        [("count", 50000, None, "about")],
        "the statistics body",
    ),
    (
        "en",
        "An independent review published in June found that the ONS had cut its survey field force by about a third since 2019.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The Bank of England puts less weight on the survey and more on tax data when setting interest rates, its officials have said.",
        True,
        [],
        None,
    ),
    (
        "en",
        'The Royal Statistical Society called the delay "deeply worrying" for a country that bases key economic decisions on these numbers.',
        False,
        [],
        None,
    ),
]
