"""Three-hundred-and-seventy-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Ulrike Mennicken, Elfriede Pichorner, Hannelore Wagenhofer, Lukas Imhasly, Vania Crivelli,
Jochen Brakhage, Sigrun Haberkamp, Carsten Hillebrecht, Alois Rainbacher, Hanspeter Grob,
the consultancy Aurelian Vorsorge, Gesine Mahlstedt, Reinhold Dammert, Corinne
Zbinden-Matthey, Maria Kothgasser, Katharina Stadlober; Masaru Kitagawa, Aled Prothero,
Gerald Pinckney, Amandine Roussel-Vidal, Helena Marchbank, Nadia Farrant, Marloes
Tiemersma, Eirik Solbakken, Hengyuan Securities, Ettore Brambilla, Imogen Castlereagh,
Rhiannon Cobbett; every unnamed spokesperson, strategist, economist, planner, advocate,
retiree and opposition leader); ministers, agency heads, fund chiefs, commission chairs and
union and association presidents of real governments and bodies appear under made-up names
that stand for no real holder ("DRV-Präsidentin Ulrike Mennicken", "Sozialministerin
Elfriede Pichorner (ÖVP)", "Bundesarbeitsminister Jochen Brakhage", "Finanzminister Carsten
Hillebrecht (CDU)", "Bundesrätin Corinne Zbinden-Matthey", "BSV-Vizedirektor Lukas
Imhasly", "ASIP-Direktor Hanspeter Grob", "GPIF President Masaru Kitagawa", "Pensions
Minister Aled Prothero", "Social Security Commissioner Gerald Pinckney", "Labour Minister
Amandine Roussel-Vidal", "Work and Pensions Secretary Nadia Farrant", "ABP chair Marloes
Tiemersma", "Economy Minister Ettore Brambilla", "Chancellor Imogen Castlereagh",
"Superannuation Minister Rhiannon Cobbett") or by their role only ("A ministry
spokesperson", "Bond strategists", "Senior advocates"). Real states, bodies, schemes and
places (Deutsche Rentenversicherung, Nachhaltigkeitsrücklage, Pensionsversicherungsanstalt,
ÖVP, NEOS, SPÖ, Pensionistenverband, Seniorenbund, Gewerkschaft GPA, Korridorpension,
Teilpension, Ausgleichszulage, Ministerrat, Nationalrat, Statistik Austria,
Alterssicherungskommission, AHV, AHV-Ausgleichsfonds, Compenswiss, Bundesamt für
Sozialversicherungen, BSV, Bundesrat, Innendepartement, SGB, Arbeitgeberverband,
Gewerkschaftsbund, ASIP, BVG, Säule 3a, AHV 21, Vernehmlassung, SVP, VdK, Haltelinie,
Rentenwert, Riester, GDV, Die Grünen, Bundestag, Bundeskabinett, Frühstartrente,
Rentenkommission, DGB, Die Linke, Institut der deutschen Wirtschaft, Bundesfinanzministerium,
Bundesfinanzhof, Bund der Steuerzahler; Japan's Government Pension Investment Fund, the
Department for Work and Pensions, the triple lock, the Treasury, Age UK, National Insurance,
Social Security, Congress, Supplemental Security Income, Medicare, the Social Security
Administration, the National Assembly, CFDT, CGT, Medef, the OECD, the Office for Budget
Responsibility, the TUC, ABP, the Dutch central bank, the Government Pension Fund Global,
Norges Bank Investment Management, The Pensions Regulator, Pensions UK, Parliament, China's
finance ministry, INPS, CGIL, the Fornero law, Silver Voices, the Australian Prudential
Regulation Authority, AustralianSuper, and the datelines' cities) stand for the way wire
copy names them; every rise, rate, amount, asset figure, return, count, cost, vote, date
and quote here is invented, and where a real figure came to mind (a real state pension
rate, a real Rentenwert, a real average benefit, a real taxable maximum, a real Grundfreibetrag,
a real tax allowance or threshold, a real fund's assets or return) it was changed (the
statutory ages and steps of the Austrian, Swiss, German, U.S., French, Italian and British
laws, the U.S. payroll tax rate and delayed credits, the triple lock's 2.5% floor, the BVG
conversion rate, the UK auto-enrolment minimums, Norway's 3% rule, Australia's 12%
guarantee and the years of laws and rulings kept).

Its weight: PENSIONS AND SOCIAL SECURITY (the sixty-seventh batch weighed insurance,
pensions and social security, the hundred-eightieth pensions, social benefits and the
welfare state, the two-hundred-and-forty-fifth opinion versus claim in health, pension and
social security copy and the three-hundred-and-fifteenth pensions and social security;
their decisions are kept) over one year in story order (January to December), 28 short
stories with the German and English ones interleaved by month, each told as wire copy runs
it (a dateline lead, the figures, attributed claims, the other side, quotes, reactions).
Half German (dpa, APA, Keystone-SDA, Reuters German; Austrian "Jänner", "heuer", "im
Vorjahr", "Pensionistinnen", "Ausgleichszulage", "Korridorpension", "Versicherungsjahre",
Swiss "ausbezahlt", "Massnahmen", "schliesst", "Arbeitnehmenden", "Gemäss", "1300", «»
quotes, German „“ quotes): Germany's pensioners and years of drawing, Austria's effective
retirement age, the AHV accounts and its fund, the German rise on 1 July, the reform of
subsidised private pensions, the corridor and part pensions, Swiss pension funds, the
Frühstartrente, the Rentenkommission, Austria's adjustment for 2030, the AHV reform in
consultation, the contribution rate, the Alterssicherungskommission and the taxation of
pensions. Half English (Reuters, PA, AP): GPIF's quarter, the UK state pension rise in
April, the Social Security trustees, France's freeze of the retirement age, the UK state
pension age review, ABP's switch to the new Dutch system, a surge in U.S. retirement
claims, Norway's Government Pension Fund Global, UK pension megafunds, China's basic
pension, the COLA, Italy's retirement age, the state pension in the UK Budget and
Australian superannuation. Figures as such copy has them: increases in percent from a
date, pension values in euros, francs, pounds, dollars and yuan a week or a month,
retirement ages and their steps ("63 years and three months", "from 62 to 64 in steps of
three months a year", "67 years and two months", „mit 62 Jahren und sechs Monaten“, „in
Schritten von einem Vierteljahr“, „in vier Schritten von je drei Monaten“), contribution
rates and points, contribution years and quarters, fund assets and returns in trillions of
yen, crowns and Australian dollars, numbers of pensioners and members, reserves in months
of spending, costs and shortfalls over decades, votes; number words ("four asset
classes", "nine fewer years", "one hour", „vier Monaten“, „Zwei Mitglieder“), fractions
(„Fast jede dritte“, „knapp drei Viertel“, „zwei Drittel ... ein Drittel“, „gut jede
vierte“, „je zur Hälfte“, "about a quarter", "no more than a third", "nearly a quarter"),
ordinals („im zweiten Halbjahr“, „Die 13. AHV-Rente“, „bis zum 67. Lebensjahr“, „die zweite
und dritte Lesung“, "the third year in a row", "first-half", "fourth-largest"), hedges,
years, fiscal years and dates. About a quarter of the rows are negatives as such copy has
them - labels („nannte“, „sprach von“, „bezeichnete ... als“, "called"), verdicts with
„halten ... für“, rhetoric and reassurance in quotes, a vow, promises framed with
"insisted" and "vowed", fears and doubts, warnings naming no measure, an accusation naming
no act, an evasion and open questions - each near a check-worthy look-alike: the same
speaker's figure or dated step, a rejection, a union's day of action, a recommendation or
demand naming a measure.

240 rows (121 German, 119 English), 56 negatives (29 German, 27 English), 184 check-worthy
rows of which 10 carry no figure (6 German, 4 English), 328 expected quantities (72 amounts
of money - 34 EUR, 13 GBP, 7 CHF, 5 USD, 4 NOK, 4 AUD, 3 JPY, 2 CNY -, 64 percentages - 61
in %, 3 in percentage points "pp" -, 52 durations - 40 in years, 10 in months, 1 in
minutes, 1 in hours -, 50 counts, 50 years, 17 dates, 12 fractions, 11 ordinals; none of
them in a negative), 37 checked speakers (21 German, 16 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, promise, reassurance, vow, fear, doubt or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-eightieth, two-hundred-and-fourth, two-hundred-and-forty-fifth,
  three-hundred-and-fifteenth); a quoted or reported statement of fact, figure, step, plan,
  demand or position is check-worthy with its speaker, also in Konjunktiv I and II
  (hundred-eightieth, two-hundred-and-forty-fifth). Pairs from one speaker: Mennicken's 1.4
  and 0.2 Monatsausgaben beside „das Fundament der Alterssicherung“; Kitagawa's 1.9% beside
  "nothing to lose sleep over"; Brakhage's Rentenwert beside „gelebte
  Generationengerechtigkeit“; Haberkamp's 3.2 million and 2,000 beside „kein Grund zum
  Jubeln“; Prothero's £6.1 billion and £50 billion beside "every penny" and "the best place
  in the world"; Pinckney's 11 minutes and one hour beside "laser-focused" and his evasion;
  Farrant's response by the autumn beside her "insisted"; Rainbacher's over-60s beside „ein
  Modell mit Zukunft“; Tiemersma's hedge ratios beside "the biggest operation"; Grob's
  quarter of the funds beside «so solide»; Hillebrecht's 300 and 175 euros and his
  February beside „Startvorteil fürs Leben“; Solbakken's 400 million crowns beside "time
  the market"; Dammert's 43 percent beside his label, his „Lohnnebenkosten“ and his
  verdict; Castlereagh's £15.5 billion beside her vow; Cobbett's 30% and A$3.5 million
  beside "rightly proud".
- Promises, vows and reassurances (three-hundred-and-fifteenth New: promises): "Farrant
  insisted that nobody close to retirement would "have the rug pulled from under them.""
  and "Castlereagh vowed that pensioners would "never be ..."" are negatives, and so is
  „Wagenhofer kündigte an, man werde „jeden Cent, der uns zusteht, einfordern““ - a vow in
  quotes framed by „kündigte an“, as the DGB's „Wir werden ... verhindern“, kündigte der DGB
  an (three-hundred-and-fifteenth) -, and the ministry spokesperson's "firmly committed to
  ensuring pensions are paid in full and on time"; the look-alikes are dated or scheduled
  steps and check-worthy with or without a figure ("Work and Pensions Secretary Nadia
  Farrant said ministers would publish a formal response by the autumn.", „Der Nationalrat
  soll die Anpassung noch im Oktober beschließen.“, "The bill is due to go before the
  National Assembly in June.", „Hillebrecht sagte, das Geld werde erstmals im Februar auf
  die Depots überwiesen.“, „Noch vor der Sommerpause sollen die zweite und dritte Lesung im
  Bundestag stattfinden.“ 2 and 3). A union's day of action called for a date is
  check-worthy ("The CGT union called a nationwide day of strikes and protests for May 6."
  --05-06; three-hundred-and-fifteenth New: unions), while "The CFDT union called the plan
  "a pause, not a repeal."" and "The CGIL union called the change ..." are labels.
- Other negatives (ninety-eighth, two-hundred-and-fourth, two-hundred-and-forty-fourth,
  three-hundred-and-fifteenth): fears and doubts without a figure („Sozialverbände
  fürchten“, „Viele Ruheständler fürchten“, "Advocates for older Americans fear", "Some
  retirees fear", "Many younger workers doubt"), and, as the two-hundred-and-forty-fourth
  New, "The TUC said it feared ..." and "Some financial planners said they were worried
  ..." (a feeling reported with a verb of saying); verdicts with „halten ... für“ (the
  NEOS, the Arbeitgeberverband, Verbraucherschützer, the Gewerkschaft GPA, the
  Gewerkschaftsbund, Dammert, the SPÖ); labels (Wagenhofer twice, Haberkamp, Rainbacher,
  Die Grünen, Die Linke, Dammert, Stadlober, the Bund der Steuerzahler, „Die SVP bezeichnete
  die Vorlage als ...“, Age UK, Tiemersma, senior advocates, Silver Voices, the CFDT and the
  CGIL); rhetoric in quotes (Mennicken, Crivelli, Brakhage, Grob, Hillebrecht, Wagenhofer,
  Dammert, Kitagawa, Prothero twice, Pinckney, Solbakken, Cobbett); warnings naming no measure (the
  GDV's „warnte vor einem „Kahlschlag ...““, Medef, Pensions UK, industry funds;
  two-hundred-and-fourth); an accusation naming no act ("accused the government of
  "betraying" its promise ..."; two-hundred-and-forty-fourth); an evasion ("Pinckney said
  only that the agency was "looking at every option.""; three-hundredth); open questions
  („Ob die Vorlage an der Urne eine Chance hat, ist offen.“, "It remains unclear whether
  ..."); and "Many retirees say ..." (a present "say" of a group's feeling,
  three-hundred-and-fifty-sixth). As the brief for these batches asks, negatives carry no
  expected quantities, and this batch writes no figure into them.
- Check-worthy without a figure (hundred-eightieth, two-hundred-and-forty-fourth,
  three-hundred-and-fifteenth): the source lines of the monitoring report and of the draft
  Rentenversicherungsbericht („Das geht aus ... hervor“, „So steht es im Entwurf ...“), the
  Bundesrat's mandate to the Innendepartement (an announced step), the Greens' rejection
  („lehnen ... ab“; two-hundred-and-forty-fourth: a rejection is one side's account),
  Hillebrecht's first payment in February, the Nationalrat's vote in October, the bill
  before the National Assembly in June, Farrant's response, the regulator's new power (a
  rule) and the COLA's link to prices between July and September (a rule; months carry
  none).
- Retirement ages and their steps are durations in years (every batch; sixty-seventh,
  hundred-eightieth, three-hundred-and-fifteenth): "is 67 ..., up from 65", "Claiming at
  62", "claim at 70", "turning 65", "Men aged 65", "until 68", "the increase to 68", „auf
  61,9 Jahre ..., bei 62,8 Jahren, ... bei 61,1 Jahren“, „die 65 Jahre der Männer“, „von 62
  auf 63 Jahre“ both (the unit written once), „auf 65 Jahre“, „über 65 Jahre hinaus“ 65
  "over" (an earlier batch: „über 65 Jahre schloss Wachtler aus“), „bei etwa 69 Jahren“
  "about"; years and months two durations („bei 64 Jahren und vier Monaten“, „mit 62 Jahren
  und sechs Monaten“, "at 63 years and three months", "by two months to 67 years and two
  months" three durations, "after 42 years and 10 months of contributions"). Steps: „in
  Schritten von einem halben Jahr“ 0.5 years (three-hundred-and-fifteenth), „in Schritten
  von einem Vierteljahr“ 0.25 years (three-hundred-and-twenty-first: „ein Vierteljahr
  Fahrverbot“), "in steps of three months a year" 3 months ("a year" none), „in vier
  Schritten von je drei Monaten“ count 4 and 3 months („je“ no hedge; three-hundredth: „in
  zwei Stufen“ a count), "had originally been set at three months" 3 months, "spread it
  over two years" 2 years. Ages as bounds: „Menschen über 65“, „Beschäftigten über 60“ and
  "Chinese over 60" "over" (three-hundred-and-fifteenth: „über 60“), "aged 65 or over"
  "at_least" (three-hundred-and-fifteenth); children's ages „zwischen 5 und 17 Jahren“ both
  ends with no hedge. „bis zum 67. Lebensjahr“ is ordinal 67
  (two-hundred-and-seventy-third: „bis zum 30. Lebensjahr“). Cohorts: „im zweiten Halbjahr
  1966“ ordinal 2 and the year (three-hundred-and-fifteenth: „im ersten Halbjahr 1966“),
  „des Jahrgangs 2030“ the year, "born in 1960 or later" and "born before 1938" the year
  with no hedge. Years of drawing a pension and healthy years are durations („20,6 Jahre
  lang, 1995 waren es noch knapp 16 Jahre“ 20.6 and 16 "nearly", "about nine fewer years of
  good health" 9 "about" - "fewer" after the figure compares).
- New: „Pro gewonnenem Lebensjahr sollen ... zwei Drittel in längeres Arbeiten und ein
  Drittel in eine längere Rentenphase fließen“ gives the fractions 0.6667 and 0.3333 and no
  duration - the shares are of a year that no figure names, and „Lebensjahr“ without a
  figure carries none, as „jedes zusätzliche Jahr“, "every year" and „im ersten Jahr“
  beside its ordinal (two-hundred-and-fourth, two-hundred-and-seventy-sixth: an hour named
  without a figure gives none).
- New: "172 quarters of contributions, or 43 years" is count 172 and 43 years - a quarter
  of contributions is a credited period with no unit of its own among the durations, so it
  is counted, as the hundred-eightieth's quarters "stays at 170" and as contribution years
  inside a compound are counts („nach mindestens 35 Versicherungsjahren“ 35 "at_least",
  „nach 45 Beitragsjahren“, „die nötigen Versicherungsjahre von 40 auf 42“ both;
  three-hundred-and-fifteenth), while the years written as their own noun stay a duration
  ("at least 35 qualifying years", sixty-seventh).
- New: „Säule 3a“ and „Mit der Reform AHV 21“ carry nothing - the pillar's product name
  with its digit and letter and the reform's name with its short year are names, as "Liga
  A", "Gruppe 3" and "Formel 1" (three-hundred-and-fifty-sixth), while a full year after a
  reform's name is a year (three-hundred-and-fifteenth: „die BVG-Reform 2024“) and an
  ordinal before the pillar is an ordinal („aus der zweiten Säule“ 2,
  three-hundred-and-fifteenth).
- Percentages, rates and points (every batch; three-hundred-and-fifteenth): rises („um
  3,96 Prozent“, „um 2,6 Prozent“, "a 4.7 per cent increase", "by 4.1%", "go up 2.9%", "by
  6.3%", "by 2% on average" - "on average" no hedge), contribution rates („von 18,6 auf 19,4
  Prozent“, „auf 21,8 Prozent ..., derzeit sind es 18,6 Prozent“, „auf 21,2 Prozent“, „auf
  9,1 Prozent“, "12.4%", "8% ..., at least 3%", "12% of wages"), levels and shares („von 48
  Prozent“, „7,1 Prozent der Wirtschaftsleistung“, „85,5 Prozent der Rente“, „43 Prozent
  des Bruttolohns“ - „die Marke von“ no hedge -, "about 81% of scheduled benefits", "3.82%
  of taxable payroll", "almost 14% of its economic output" "nearly", "17.1% of GDP", "22% of
  the population", "about 70% of Dutch pension assets", "about 1.5% of all listed shares"),
  returns („eine Rendite von 6,3 Prozent“, „Verzinsung von 3,1 Prozent“, "returned 9.1%",
  "lost 1.4%" with no sign - a verb gives none, three-hundred-and-fourteenth -, "a
  first-half return of 7.8%", "4.4%", "9.6% ... 2.9%", "grew 9.4%"), funding ratios („auf
  118,4 Prozent“; "above 105%" "over"), the conversion rate („bei 6,8 Prozent ..., nur noch
  knapp 5 Prozent“ - „nur noch“ no hedge), „deutlich mehr als der vom Bundesrat
  festgelegte BVG-Mindestzinssatz von 1,5 Prozent“ with no hedge („mehr als“ before the
  article, three-hundred-and-fifteenth: „über dem Mindestzinssatz von 1,25 Prozent“),
  bounds („höchstens 1,0 Prozent“ and "no more than 3%" "at_most" - hundred-seventh: "no
  more than" -, „mindestens 60 Prozent“ "at_least", "by up to 30%" "up_to", "Only about
  0.5%" "about"), „um 25 bis 75 Prozent“ both, "24% more" ("more" after the figure
  compares); points in "pp" („um 0,7 Prozentpunkte“, „um 0,4 Prozentpunkte“, „um einen
  halben Prozentpunkt“ 0.5). "triple lock", "COLA", "Säule 3a" and "AHV 21" carry none.
- Money in the currency written, the period carrying none (sixty-seventh,
  hundred-eightieth, three-hundred-and-fifteenth): EUR („von 41,52 Euro auf 43,16 Euro“,
  „rund 74 Euro im Monat“, „durchschnittlich 1.688 Euro brutto im Monat, Frauen 1.274
  Euro“ - the currency written once serving both -, „über 2.740 Euro“ "over", „von 71,24
  Euro“, „150 Euro“, „1.842 Euro brutto“, „30 Cent“ 0.3 - Cent as hundredths, hundred-thirty-eighth -, „höchstens 1.500 Euro“ "at_most", „zusätzlich 300 Euro pro Jahr“ - „zusätzlich“
  no hedge -, „12 Euro“, „rund 36.000 Euro“, „Wer 4.200 Euro brutto im Monat verdient“ and
  „rund 17 Euro weniger“, „12.612 Euro“; costs and subsidies in billions: „402 Milliarden
  Euro“, „rund 15,8 Milliarden“, „rund 1,3 Milliarden“, „rund 1,1 Milliarden“, „rund 1,6
  Milliarden“, „auf über 190 Milliarden Euro“ "over", „rund 9 Milliarden“, „rund 480
  Millionen“, „rund 33,4 Milliarden“, „weitere 12,8 Milliarden“ - „weitere“ no hedge -,
  "about 1.9 billion euros ... and 3.4 billion euros" the hedge on the first only, "about
  560 billion euros", "up to 150 billion euros" "up_to", "about 1.6 trillion euros", "about
  410 million euros"), CHF („412 Millionen Franken“, „2,9 Milliarden Franken“, „53,7
  Milliarden Franken“, „rund 4,4 Milliarden Franken“, „gut 1250 Milliarden Franken“ "over",
  „höchstens 7440 Franken“ "at_most", „rund 28 Milliarden Franken“), GBP ("£242.95",
  "£186.15", "about £570 more a year", "about £6.1 billion", "about £11 billion a year",
  "at least £30 billion" "at_least", "up to £50 billion", "about £190 billion", "about
  £252.90 a week, or more than £13,100 a year", "around £15.5 billion", "above £2,500"
  "over", "4.8 billion pounds"), USD ("an average of $2,048 a month" - "an average of" no
  hedge -, "about $59 more each month", "roughly $2,107", "to $196,500 from $189,300"), JPY
  ("14.2 trillion yen", "276.8 trillion yen", "5.3 trillion yen"), NOK in the Oslo story
  ("1.62 trillion crowns", "21.9 trillion crowns", "about 3.9 million crowns for every
  Norwegian" - "for every Norwegian" none, three-hundred-and-fifteenth New: "for every
  pensioner" -, "about 400 million crowns"; hundred-thirty-ninth: crowns in a Norwegian
  story), CNY ("by 25 yuan to 168 yuan a month"), AUD ("a record A$4.6 trillion" - "a
  record" none -, "more than A$420 billion", "above A$3.5 million" "over", "about A$190
  billion").
- Counts (hundred-eightieth, two-hundred-and-forty-fifth, three-hundred-and-fifteenth):
  pensioners, members and beneficiaries with their hedges („knapp 21,9 Millionen“ "nearly",
  „rund 22 Millionen“, „mehr als 3,2 Millionen“ "over", „14.300“, „rund 15,2 Millionen“,
  „Knapp 11 Millionen“, „von derzeit 2,5 Millionen auf rund 3,3 Millionen“ - „derzeit“ no
  hedge -, „Gut 7,3 Millionen“ "over", „mehr als 2.000“, "around 3.9 million", "About 1.4
  million", "More than 70 million", "its 3.2 million members", "About 2.3 million", "more
  than 4.1 million", "about 50,000 employees", "Around 22 million", "some 25 million", "About
  180 million ... roughly 145 million", "310 million", "about 72 million", "nearly 72
  million", "about 7.3 million", "About 16.2 million", "About 8.9 million",
  "about 3.6 million", "some 80,000"), funds and firms („Die rund 1300
  Vorsorgeeinrichtungen“, "from about 60 to fewer than 20" "about" and "under", "some 8,700
  companies in 70 countries", "four asset classes"), ratios („auf 100 Erwerbstätige 33
  Rentnerinnen und Rentner“ both; hundred-eightieth), reserves in months of spending („auf
  1,4 Monatsausgaben“, „von 0,2 Monatsausgaben“; sixty-seventh), a commission's members and
  votes („13 Mitglieder“, „Zwei Mitglieder“, „mit 17 zu 6 Stimmen“ both; three-hundred-and-
  fifty-sixth: „mit sechs zu zwei Stimmen“), and „14-mal im Jahr“ 14 (fifty-ninth: „fast
  20-mal“; „im Jahr“ none).
- Fractions (the issue; three-hundred-and-fifteenth): „Fast jede dritte neue Altersrente“
  0.3333 "nearly", „knapp drei Viertel“ 0.75 "nearly", „etwa ein Fünftel davon“ 0.2
  "about", „gut zwei Drittel davon“ 0.6667 "over", „gut jede vierte Kasse“ 0.25 "over", „je
  zur Hälfte“ 0.5 („je“ no hedge), „fast ein Viertel“ 0.25 "nearly", "about a quarter of
  its portfolio" 0.25 "about", "no more than a third of their adult life" 0.3333 "at_most"
  ("no more than" before a share as before a figure, hundred-seventh), "nearly a quarter of
  residents" 0.25 "nearly".
- Ordinals: „im zweiten Halbjahr“ 2, „Die 13. AHV-Rente“ 13 (hundred-eightieth), „die
  zweite und dritte Lesung“ 2 and 3 (two-hundred-and-fourth: „in erster Lesung“), "the third
  year in a row" 3 (two-hundred-and-seventy-sixth: "for a sixth consecutive day"), "in the
  first half of the year", "a first-half return" and "the first half of last year" 1
  (three-hundred-and-fifty-sixth: "first-half profit"), "in its first year" 1, "the
  fourth-largest in the world" 4 (the issue's „die drittgrößte Stadt“); „erstmals“, "a
  record", "the biggest fund", "the smallest rise", "the earliest possible age" none.
- Durations otherwise: "The program's 75-year shortfall" 75 years (hundred-eightieth),
  "wait times ... 11 minutes on average" ("on average" no hedge), "by one hour" 1 hour,
  "any six-month period" 6 months (a figure heading a compound), "its lowest level in more
  than 50 years" 50 "over", "over the next three years" 3 years ("over" before a span no
  hedge). None: „im vergangenen Jahr“, „Ende vergangenen Jahres“, „im Vorjahr“, „heuer“,
  „Heuer“, „im kommenden Jahr“, „im kommenden Herbst“, „in diesem Jahr“, „dieses Jahr“, „bis
  Jahresende“, „bis Ende Jahr“, „per Ende Jahr“, „per Ende Dezember“, „seit vergangenem
  September“, „von Januar an“, „im Monat“, „monatlich“, „im Jahr“, „pro Jahr“, „jährlich“,
  „jedes Jahr“, „jede Woche“, „vor der Sommerpause“, "next year", "last year", "this year
  alone", "a year earlier", "a year later", "a year", "a month", "each month", "each year",
  "every year", "next April", "by the autumn", "the early 2040s", "the end of the decade",
  "in the year to September", "the October-December quarter", "the July-September
  period", "between January and June", "between July and September", "overnight", months
  and weekdays.
- Years and dates (three-hundred-and-fifteenth and the batches it cites): „seit 2024“, „bis
  2031“, „ab 2030“, „bis 2030“, „nach 2031“, „bis 2040“, „bis 2045“, „bis 2035“ (three
  times), „bis 2050“, „ab 2035“, „im Jahr 2060“, „ab 2025“, „Seit Dezember 2026“ and „seit
  Jänner 2026“ the year, „von August 2028 bis Juli 2029“ both years, „1995 waren es“, „Der
  Bundesfinanzhof hatte 2021 entschieden“, „ab 2058“, „des Jahrgangs 2030“; "in the
  2029-30 financial year" both years (hundred-eightieth), "before April 2016", "in 2034",
  "The 2023 reform", "in 2030 ... in 2031", "until the end of 2031", "between 2041 and
  2043", "between 2044 and 2046", "by 2031", "by 2030", "From April 2031", "since ... 2001",
  "began in 2005", "by 2035", "in December 2024", "in 2036", "in July 2025"; full dates „mit
  1. Jänner 2030“ 2030-01-01; dates without a year „zum 1. Juli“ --07-01, „per 1. Januar“
  and „Zum 1. Januar“ --01-01, „bis zum 15. Januar“ --01-15, "from April 6", "for May 6",
  "from July 1" twice, "on Dec. 31"; Reuters English datelines with a day ("TOKYO, Feb 2",
  "PARIS, April 9", "AMSTERDAM, June 2", "OSLO, Aug 13", "BEIJING, Sept 24", "ROME, Nov 6",
  "SYDNEY, Dec 3") dates without a year; dpa, APA, Keystone-SDA, Reuters German ("Berlin
  (Reuters) -"), PA ("LONDON (PA) -") and AP ("WASHINGTON (AP) —", "NEW YORK (AP) —")
  datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "around", "Around",
  "roughly", "some" "about"; „knapp“, „Knapp“, „fast“, „Fast“, "nearly", "almost" "nearly";
  „gut“, „Gut“, „mehr als“ and „über“ right before the figure or an age, "more than", "More
  than", "above" "over"; "fewer than" "under"; „mindestens“, "at least", "or over" after an
  age "at_least"; „bis zu“, "up to" "up_to"; „höchstens“, "no more than" "at_most". No
  hedge: „Im Schnitt“, „durchschnittlich“, „durchschnittliche“, „zuletzt“, „derzeit“,
  „insgesamt“, „zusammen“, „zusätzlich“, „weitere“, „nur“, „nur noch“, „noch“, „je“, „Erst“,
  „voraussichtlich“, "an average of", "on average", "Only", "already", "a record", "more",
  „mehr“ and „weniger“ after a figure, "fewer" after a figure, "over" before a span, and
  „mehr als“ before an article.
- Speakers, checked only in forms the earlier batches settled: „teilte die Deutsche
  Rentenversicherung am Dienstag mit“ -> "die Deutsche Rentenversicherung" (the weekday
  dropped), „teilte das Sozialministerium am Donnerstag mit“ -> "das Sozialministerium",
  „teilte das Bundesfinanzministerium mit“, „nach Angaben des Finanzministeriums“ -> "das
  Finanzministerium" (two-hundred-and-fourth: „nach Angaben des
  Verteidigungsministeriums“), „Laut Statistik Austria“ -> "Statistik Austria"
  (hundred-eightieth), „teilte Bundesarbeitsminister Jochen Brakhage am Montag mit“ ->
  "Jochen Brakhage" (three-hundred-and-fifteenth); „DRV-Präsidentin Ulrike Mennicken sagte“
  twice, „BSV-Vizedirektor Lukas Imhasly sagte vor den Medien“ and „Bundesrätin Corinne
  Zbinden-Matthey sagte vor den Medien“ (the audience dropped), „ASIP-Direktor Hanspeter
  Grob sagte“, „Kommissionschefin Gesine Mahlstedt sagte“, „Sozialministerin Elfriede
  Pichorner (ÖVP) sagte“, „Kommissionsvorsitzende Maria Kothgasser sagte“ the name, „...,
  sagte Finanzminister Carsten Hillebrecht (CDU).“ the name (party and title dropped, an
  earlier batch: „sagte Innenminister Gernot Haiderer (ÖVP)“), „Pichorner sagte“,
  „Haberkamp sagte“ twice, „Rainbacher sagte“, „Hillebrecht sagte“ and „Dammert sagte“
  opening the row (forty-second). English: "the Department for Work and Pensions said",
  "the Office for Budget Responsibility said", "the Social Security Administration announced
  Thursday" (sixty-seventh: "announced"), "ABP said" as written (three-hundred-and-fifty-sixth:
  "Halifax said"); "Pensions Minister Aled Prothero said" twice, "Labour Minister Amandine
  Roussel-Vidal said on Wednesday", "Work and Pensions Secretary Nadia Farrant said", "ABP
  chair Marloes Tiemersma said", "Economy Minister Ettore Brambilla said" and
  "Superannuation Minister Rhiannon Cobbett said" the name with the role dropped; "GPIF
  President Masaru Kitagawa told reporters", "Social Security Commissioner Gerald Pinckney
  told reporters" and "Chief executive Eirik Solbakken told reporters" the name
  (two-hundred-and-fourth: "told reporters" names the speaker); "Pinckney said" and
  "Castlereagh said" opening the row. Left unchecked (None): all negatives, also those
  with a named speaker; „heißt es in dem Bericht“, „wie die Verwaltungsstelle Compenswiss
  mitteilte“, „Gemäss Bundesamt für Sozialversicherungen“, „beziffert das Ministerium“,
  „beziffert das Finanzministerium“, „rechnete das Finanzministerium vor“, „rechnete das
  Ministerium vor“, „hat das Institut der deutschen Wirtschaft errechnet“, „nach Schätzung
  des Bundesfinanzministeriums“, „rechnet die Bundesregierung“, „hat die Regierung ...
  angekündigt“, „heißt es in dem Bericht, der Reuters vorliegt“, „nach den Berechnungen“,
  and - to keep the checked speakers near 35, as the three-hundred-and-fifteenth batch did -
  „laut Pensionsversicherungsanstalt“ inside the row (the form is settled only for Statistik
  Austria); "the fund said" inside the row, "the program's trustees said", "the report
  said", "according to ..." (official figures, the labour ministry, the Dutch central bank,
  agency data, The Pensions Regulator, state pension agency INPS, INPS data), "official
  data show", "Treasury estimates show", "data from the Australian Prudential Regulation
  Authority showed", "the finance ministry said" (two-hundred-and-seventy-sixth left "the ministry"
  unchecked), "Chancellor Imogen Castlereagh confirmed" (sixty-seventh:
  "confirmed"), "The Office for Budget Responsibility estimated", "Bond strategists
  estimated", "Economists at Hengyuan Securities estimated", "an independent review has
  recommended", "The review, led by ..., said" (a description between), and "Norges Bank
  Investment Management said on Wednesday" (earlier batches checked and left it unchecked,
  and this batch leaves it so).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_373 = [
    # --- Rentnerzahl und Rentenbezugsdauer (dpa), January ---
    (
        "de",
        "Berlin (dpa) - In Deutschland gab es Ende vergangenen Jahres knapp 21,9 Millionen Rentenbezieher, ein Plus von 1,1 Prozent, teilte die Deutsche Rentenversicherung am Dienstag mit.",
        True,
        [("count", 21900000, None, "nearly"), ("percent", 1.1, "%", None)],
        "die Deutsche Rentenversicherung",
    ),
    (
        "de",
        "Im Schnitt bezogen die Versicherten ihre Rente zuletzt 20,6 Jahre lang, 1995 waren es noch knapp 16 Jahre.",
        True,
        [("duration", 20.6, "year", None), ("year", 1995, None, None), ("duration", 16, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Das durchschnittliche Zugangsalter bei Altersrenten lag bei 64 Jahren und vier Monaten.",
        True,
        [("duration", 64, "year", None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "Männer erhielten nach mindestens 35 Versicherungsjahren durchschnittlich 1.688 Euro brutto im Monat, Frauen 1.274 Euro.",
        True,
        [("count", 35, None, "at_least"), ("money", 1688, "EUR", None), ("money", 1274, "EUR", None)],
        None,
    ),
    (
        "de",
        "Insgesamt zahlte die Rentenversicherung im vergangenen Jahr 402 Milliarden Euro an Renten aus.",
        True,
        [("money", 402000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "DRV-Präsidentin Ulrike Mennicken sagte, die Nachhaltigkeitsrücklage werde bis Jahresende voraussichtlich auf 1,4 Monatsausgaben sinken.",
        True,
        [("count", 1.4, None, None)],
        "Ulrike Mennicken",
    ),
    (
        "de",
        "„Die gesetzliche Rente ist und bleibt das Fundament der Alterssicherung in diesem Land“, sagte Mennicken.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fast jede dritte neue Altersrente wurde vorzeitig mit Abschlägen in Anspruch genommen, heißt es in dem Bericht.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Sozialverbände fürchten, dass noch mehr Beschäftigte aus gesundheitlichen Gründen Abschläge hinnehmen müssen.",
        False,
        [],
        None,
    ),
    # --- GPIF quarterly results (Reuters), February ---
    (
        "en",
        "TOKYO, Feb 2 (Reuters) - Japan's Government Pension Investment Fund posted a record 14.2 trillion yen investment gain in the October-December quarter, lifting its assets to 276.8 trillion yen.",
        True,
        [("date", "--02-02", None, None), ("money", 14200000000000, "JPY", None), ("money", 276800000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Foreign stocks returned 9.1% in the quarter, the fund said, while domestic bonds lost 1.4%.",
        True,
        [("percent", 9.1, "%", None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "The fund keeps about a quarter of its portfolio in each of four asset classes: domestic and foreign stocks and bonds.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "GPIF President Masaru Kitagawa told reporters the fund would keep its target of a 1.9% real return above wage growth.",
        True,
        [("percent", 1.9, "%", None)],
        "Masaru Kitagawa",
    ),
    (
        "en",
        'Kitagawa said short-term swings in markets were "nothing to lose sleep over" for an investor with such a long horizon.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The quarterly gain compares with a loss of 5.3 trillion yen in the July-September period.",
        True,
        [("money", 5300000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "The fund's annualised return since it began investing in markets in 2001 stands at 4.4%.",
        True,
        [("year", 2001, None, None), ("percent", 4.4, "%", None)],
        None,
    ),
    # --- Pensionsantrittsalter (APA), February ---
    (
        "de",
        "Wien (APA) - Das tatsächliche Pensionsantrittsalter ist in Österreich im Vorjahr auf 61,9 Jahre gestiegen, bei Männern lag es bei 62,8 Jahren, bei Frauen bei 61,1 Jahren.",
        True,
        [("duration", 61.9, "year", None), ("duration", 62.8, "year", None), ("duration", 61.1, "year", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Monitoring-Bericht der Pensionsversicherungsanstalt hervor, den Sozialministerin Elfriede Pichorner (ÖVP) am Mittwoch vorlegte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das gesetzliche Frauenpensionsalter steigt seit 2024 in Schritten von einem halben Jahr und erreicht 2033 die 65 Jahre der Männer.",
        True,
        [("year", 2024, None, None), ("duration", 0.5, "year", None), ("year", 2033, None, None), ("duration", 65, "year", None)],
        None,
    ),
    (
        "de",
        "Frauen, die im zweiten Halbjahr 1966 zur Welt kamen, erreichen das Regelpensionsalter mit 62 Jahren und sechs Monaten.",
        True,
        [("ordinal", 2, None, None), ("year", 1966, None, None), ("duration", 62, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Pichorner sagte, jedes zusätzliche Jahr im Erwerbsleben entlaste das Budget um rund 1,3 Milliarden Euro.",
        True,
        [("money", 1300000000, "EUR", "about")],
        "Pichorner",
    ),
    (
        "de",
        "Pensionistenverband-Präsidentin Hannelore Wagenhofer sprach von einer „Pension mit Ablaufdatum“ für Frauen in Pflegeberufen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die NEOS halten die bisherigen Schritte für „viel zu zaghaft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die NEOS fordern, das gesetzliche Antrittsalter ab 2035 an die Lebenserwartung zu koppeln.",
        True,
        [("year", 2035, None, None)],
        None,
    ),
    # --- State pension rise in April (PA), February ---
    (
        "en",
        "LONDON (PA) - The weekly full-rate new state pension will be £242.95 from April 6, a 4.7 per cent increase, the Department for Work and Pensions said.",
        True,
        [("money", 242.95, "GBP", None), ("date", "--04-06", None, None), ("percent", 4.7, "%", None)],
        "the Department for Work and Pensions",
    ),
    (
        "en",
        "That is worth about £570 more a year for around 3.9 million people on the new flat-rate pension.",
        True,
        [("money", 570, "GBP", "about"), ("count", 3900000, None, "about")],
        None,
    ),
    (
        "en",
        "People on the older basic pension, who hit pension age before April 2016, get £186.15 a week.",
        True,
        [("year", 2016, None, None), ("money", 186.15, "GBP", None)],
        None,
    ),
    (
        "en",
        "Under the triple lock, the state pension rises every year in line with whichever is highest: inflation, average earnings growth or 2.5%.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "en",
        "It is the third year in a row that earnings growth, rather than inflation, has set the increase.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Pensions Minister Aled Prothero said the uprating would cost the Treasury about £6.1 billion in the 2029-30 financial year.",
        True,
        [("money", 6100000000, "GBP", "about"), ("year", 2029, None, None), ("year", 2030, None, None)],
        "Aled Prothero",
    ),
    (
        "en",
        '"Pensioners have earned every penny of this," Prothero said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Age UK called the rise "welcome but not a windfall" for older people still struggling with energy bills.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1.4 million pensioners receive less than the full amount because they have gaps in their National Insurance record, according to official figures.",
        True,
        [("count", 1400000, None, "about")],
        None,
    ),
    # --- AHV-Jahresabschluss (Keystone-SDA), March ---
    (
        "de",
        "Bern (Keystone-SDA) - Die AHV hat das vergangene Jahr mit einem Umlagedefizit von 412 Millionen Franken abgeschlossen.",
        True,
        [("money", 412000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Dank guter Börsen erzielte der AHV-Ausgleichsfonds jedoch eine Rendite von 6,3 Prozent, das Betriebsergebnis lag bei 2,9 Milliarden Franken.",
        True,
        [("percent", 6.3, "%", None), ("money", 2900000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das Vermögen des Fonds stieg per Ende Dezember auf 53,7 Milliarden Franken, wie die Verwaltungsstelle Compenswiss mitteilte.",
        True,
        [("money", 53700000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Seit Dezember 2026 wird die 13. AHV-Rente ausbezahlt, die jährlich rund 4,4 Milliarden Franken kostet.",
        True,
        [("year", 2026, None, None), ("ordinal", 13, None, None), ("money", 4400000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Beiträge der Versicherten und der Arbeitgeber deckten zuletzt knapp drei Viertel der Ausgaben.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "BSV-Vizedirektor Lukas Imhasly sagte vor den Medien, ohne Zusatzfinanzierung rutsche die AHV ab 2030 dauerhaft in die roten Zahlen.",
        True,
        [("year", 2030, None, None)],
        "Lukas Imhasly",
    ),
    (
        "de",
        "Der Bundesrat hat das Innendepartement beauftragt, bis Ende Jahr eine Vorlage zur Finanzierung auszuarbeiten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Die AHV ist kein Sanierungsfall, sondern ein Erfolgsmodell», sagte SGB-Präsidentin Vania Crivelli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband hält höhere Lohnbeiträge für «Gift für den Werkplatz».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Bundesamt für Sozialversicherungen kamen zuletzt auf 100 Erwerbstätige 33 Rentnerinnen und Rentner.",
        True,
        [("count", 100, None, None), ("count", 33, None, None)],
        None,
    ),
    # --- Social Security trustees (AP), March ---
    (
        "en",
        "WASHINGTON (AP) — Social Security's combined trust funds are projected to be depleted in 2034, a year later than previously estimated, the program's trustees said Tuesday.",
        True,
        [("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "After that, incoming payroll taxes would be enough to pay about 81% of scheduled benefits, the report said.",
        True,
        [("percent", 81, "%", "about")],
        None,
    ),
    (
        "en",
        "More than 70 million Americans receive Social Security, with retired workers getting an average of $2,048 a month.",
        True,
        [("count", 70000000, None, "over"), ("money", 2048, "USD", None)],
        None,
    ),
    (
        "en",
        "The full retirement age is 67 for everyone born in 1960 or later, up from 65 for those born before 1938.",
        True,
        [("duration", 67, "year", None), ("year", 1960, None, None), ("duration", 65, "year", None), ("year", 1938, None, None)],
        None,
    ),
    (
        "en",
        "Claiming at 62, the earliest possible age, permanently cuts monthly checks by up to 30%.",
        True,
        [("duration", 62, "year", None), ("percent", 30, "%", "up_to")],
        None,
    ),
    (
        "en",
        "The payroll tax that funds the program is 12.4%, split equally between workers and their employers.",
        True,
        [("percent", 12.4, "%", None)],
        None,
    ),
    (
        "en",
        "Social Security Commissioner Gerald Pinckney told reporters that callers to the agency's national phone line now waited 11 minutes on average.",
        True,
        [("duration", 11, "minute", None)],
        "Gerald Pinckney",
    ),
    (
        "en",
        'Pinckney said the agency was "laser-focused on the people we serve."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Advocates for older Americans fear that Congress will once again wait until the last minute to act.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The trustees put the program's 75-year shortfall at 3.82% of taxable payroll.",
        True,
        [("duration", 75, "year", None), ("percent", 3.82, "%", None)],
        None,
    ),
    # --- Rentenerhöhung zum 1. Juli (dpa), March ---
    (
        "de",
        "Berlin (dpa) - Zum 1. Juli steigen die Renten für die rund 22 Millionen Ruheständler in Deutschland um 3,96 Prozent.",
        True,
        [("date", "--07-01", None, None), ("count", 22000000, None, "about"), ("percent", 3.96, "%", None)],
        None,
    ),
    (
        "de",
        "Der aktuelle Rentenwert klettert so von 41,52 Euro auf 43,16 Euro, teilte Bundesarbeitsminister Jochen Brakhage am Montag mit.",
        True,
        [("money", 41.52, "EUR", None), ("money", 43.16, "EUR", None)],
        "Jochen Brakhage",
    ),
    (
        "de",
        "Eine Standardrente nach 45 Beitragsjahren erhöht sich dadurch um rund 74 Euro im Monat.",
        True,
        [("count", 45, None, None), ("money", 74, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Grundlage ist die Lohnentwicklung; dazu kommt die bis 2031 geltende Haltelinie für das Rentenniveau von 48 Prozent.",
        True,
        [("year", 2031, None, None), ("percent", 48, "%", None)],
        None,
    ),
    (
        "de",
        "Die Mehrkosten für die Rentenversicherung beziffert das Ministerium auf rund 15,8 Milliarden Euro im Jahr.",
        True,
        [("money", 15800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "VdK-Präsidentin Sigrun Haberkamp nannte die Erhöhung „ordentlich, aber kein Grund zum Jubeln“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haberkamp sagte, mehr als 3,2 Millionen Menschen über 65 lebten unterhalb der Armutsgefährdungsschwelle.",
        True,
        [("count", 3200000, None, "over"), ("duration", 65, "year", "over")],
        "Haberkamp",
    ),
    (
        "de",
        "„Die Rente folgt den Löhnen – das ist gelebte Generationengerechtigkeit“, sagte Brakhage.",
        False,
        [],
        None,
    ),
    # --- France pension reform freeze (Reuters), April ---
    (
        "en",
        "PARIS, April 9 (Reuters) - France's government will propose freezing the legal retirement age at 63 years and three months until the end of 2031, Labour Minister Amandine Roussel-Vidal said on Wednesday.",
        True,
        [("date", "--04-09", None, None), ("duration", 63, "year", None), ("duration", 3, "month", None), ("year", 2031, None, None)],
        "Amandine Roussel-Vidal",
    ),
    (
        "en",
        "The 2023 reform, pushed through parliament without a vote, was lifting the age from 62 to 64 in steps of three months a year.",
        True,
        [("year", 2023, None, None), ("duration", 62, "year", None), ("duration", 64, "year", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "According to the labour ministry, keeping the age unchanged would cost about 1.9 billion euros in 2030 and 3.4 billion euros in 2031.",
        True,
        [("money", 1900000000, "EUR", "about"), ("year", 2030, None, None), ("money", 3400000000, "EUR", None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "Workers would still need 172 quarters of contributions, or 43 years, to qualify for a full pension.",
        True,
        [("count", 172, None, None), ("duration", 43, "year", None)],
        None,
    ),
    (
        "en",
        "The bill is due to go before the National Assembly in June.",
        True,
        [],
        None,
    ),
    (
        "en",
        'The CFDT union called the plan "a pause, not a repeal."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The CGT union called a nationwide day of strikes and protests for May 6.",
        True,
        [("date", "--05-06", None, None)],
        None,
    ),
    (
        "en",
        'Business lobby Medef warned that the freeze would send "the wrong signal" to financial markets.',
        False,
        [],
        None,
    ),
    (
        "en",
        "France spends almost 14% of its economic output on pensions, one of the highest shares among OECD countries.",
        True,
        [("percent", 14, "%", "nearly")],
        None,
    ),
    # --- Private Altersvorsorge (Reuters German), May ---
    (
        "de",
        "Berlin (Reuters) - Die Bundesregierung hat am Mittwoch im Kabinett die Reform der staatlich geförderten privaten Altersvorsorge gebilligt, die ab 2030 ein Altersvorsorgedepot ohne Garantiezwang ermöglichen soll.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Auf jeden eingezahlten Euro legt der Staat künftig 30 Cent drauf, gefördert werden Eigenbeiträge von höchstens 1.500 Euro im Jahr.",
        True,
        [("money", 0.3, "EUR", None), ("money", 1500, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Für jedes Kind gibt es zusätzlich 300 Euro pro Jahr, für Geringverdiener einen Bonus von 175 Euro, sagte Finanzminister Carsten Hillebrecht (CDU).",
        True,
        [("money", 300, "EUR", None), ("money", 175, "EUR", None)],
        "Carsten Hillebrecht",
    ),
    (
        "de",
        "Die Effektivkosten der Produkte sollen höchstens 1,0 Prozent im Jahr betragen dürfen.",
        True,
        [("percent", 1.0, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Derzeit laufen noch rund 15,2 Millionen Riester-Verträge, etwa ein Fünftel davon ruht beitragsfrei.",
        True,
        [("count", 15200000, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Verbraucherschützer halten die Reform für „halbherzig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Versicherungsverband GDV warnte vor einem „Kahlschlag bei den Garantien“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen lehnen den Verzicht auf Beitragsgarantien ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Noch vor der Sommerpause sollen die zweite und dritte Lesung im Bundestag stattfinden.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- State pension age review (PA), May ---
    (
        "en",
        "LONDON (PA) - Britons should have to wait until 68 to draw their state pension from between 2041 and 2043, an independent review has recommended.",
        True,
        [("duration", 68, "year", None), ("year", 2041, None, None), ("year", 2043, None, None)],
        None,
    ),
    (
        "en",
        "Under current law, the increase to 68 is due to take place between 2044 and 2046.",
        True,
        [("duration", 68, "year", None), ("year", 2044, None, None), ("year", 2046, None, None)],
        None,
    ),
    (
        "en",
        "The review, led by former actuary Helena Marchbank, said people should on average spend no more than a third of their adult life in retirement.",
        True,
        [("fraction", 0.3333, None, "at_most")],
        None,
    ),
    (
        "en",
        "Bringing the rise forward would save about £11 billion a year by the early 2040s, the Office for Budget Responsibility said.",
        True,
        [("money", 11000000000, "GBP", "about")],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "Work and Pensions Secretary Nadia Farrant said ministers would publish a formal response by the autumn.",
        True,
        [],
        "Nadia Farrant",
    ),
    (
        "en",
        'Farrant insisted that nobody close to retirement would "have the rug pulled from under them."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The TUC said it feared the change would hit those with the shortest life expectancy hardest.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Men aged 65 in the most deprived areas can expect about nine fewer years of good health than those in the richest areas, official data show.",
        True,
        [("duration", 65, "year", None), ("duration", 9, "year", "about")],
        None,
    ),
    # --- Korridorpension und Teilpension (APA), May ---
    (
        "de",
        "Wien (APA) - Das Antrittsalter für die Korridorpension steigt seit Jänner 2026 in Schritten von einem Vierteljahr von 62 auf 63 Jahre.",
        True,
        [("year", 2026, None, None), ("duration", 0.25, "year", None), ("duration", 62, "year", None), ("duration", 63, "year", None)],
        None,
    ),
    (
        "de",
        "Zugleich werden die nötigen Versicherungsjahre von 40 auf 42 erhöht, teilte das Sozialministerium am Donnerstag mit.",
        True,
        [("count", 40, None, None), ("count", 42, None, None)],
        "das Sozialministerium",
    ),
    (
        "de",
        "Seit Einführung der Teilpension haben laut Pensionsversicherungsanstalt 14.300 Menschen einen Antrag gestellt, gut zwei Drittel davon Männer.",
        True,
        [("count", 14300, None, None), ("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Bei der Teilpension kann die Arbeitszeit um 25 bis 75 Prozent reduziert werden, der entsprechende Teil der Pension wird ausbezahlt.",
        True,
        [("percent", 25, "%", None), ("percent", 75, "%", None)],
        None,
    ),
    (
        "de",
        "Seniorenbund-Obmann Alois Rainbacher nannte die Teilpension „ein Modell mit Zukunft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rainbacher sagte, die Teilpension werde bisher vor allem von Beschäftigten über 60 genutzt.",
        True,
        [("duration", 60, "year", "over")],
        "Rainbacher",
    ),
    (
        "de",
        "Die Gewerkschaft GPA hält die höheren Hürden bei der Korridorpension für „unsozial und kurzsichtig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Maßnahmen sollen das Pensionsbudget bis 2030 um insgesamt rund 1,1 Milliarden Euro entlasten, rechnete das Finanzministerium vor.",
        True,
        [("year", 2030, None, None), ("money", 1100000000, "EUR", "about")],
        None,
    ),
    # --- Dutch pension transition (Reuters), June ---
    (
        "en",
        "AMSTERDAM, June 2 (Reuters) - ABP, the Dutch civil servants' fund and Europe's largest pension fund, moved its 3.2 million members into the new Dutch pension system overnight, shifting about 560 billion euros of assets.",
        True,
        [("date", "--06-02", None, None), ("count", 3200000, None, None), ("money", 560000000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Under the new rules, pensions are tied more directly to investment returns, and funds no longer need to keep a funding ratio above 105%.",
        True,
        [("percent", 105, "%", "over")],
        None,
    ),
    (
        "en",
        "ABP said it would raise the pensions of its retirees by 6.3% from July 1 as a result of the switch.",
        True,
        [("percent", 6.3, "%", None), ("date", "--07-01", None, None)],
        "ABP",
    ),
    (
        "en",
        "Funds holding about 70% of Dutch pension assets have now made the switch, according to the Dutch central bank.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "ABP chair Marloes Tiemersma said the fund would reduce its interest rate hedge to about 30% of liabilities, from 55% before the switch.",
        True,
        [("percent", 30, "%", "about"), ("percent", 55, "%", None)],
        "Marloes Tiemersma",
    ),
    (
        "en",
        'Tiemersma called the transition "the biggest operation in the history of Dutch pensions."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some retirees fear their monthly payments will swing with the markets under the new system.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Bond strategists estimated that Dutch funds would sell up to 150 billion euros of long-dated swaps over the next three years.",
        True,
        [("money", 150000000000, "EUR", "up_to"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Dutch pension funds together hold assets of about 1.6 trillion euros, among the largest pools of retirement savings in the world.",
        True,
        [("money", 1600000000000, "EUR", "about")],
        None,
    ),
    # --- Pensionskassen (Keystone-SDA), June ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizer Pensionskassen haben ihren Versicherten im vergangenen Jahr eine durchschnittliche Verzinsung von 3,1 Prozent auf den Altersguthaben gewährt.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Das ist deutlich mehr als der vom Bundesrat festgelegte BVG-Mindestzinssatz von 1,5 Prozent.",
        True,
        [("percent", 1.5, "%", None)],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Deckungsgrad der privatrechtlichen Kassen stieg per Ende Jahr auf 118,4 Prozent, wie aus einer Umfrage des Beratungsunternehmens Aurelian Vorsorge hervorgeht.",
        True,
        [("percent", 118.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Umwandlungssatz im obligatorischen Teil liegt weiterhin bei 6,8 Prozent, im überobligatorischen Bereich bieten viele Kassen nur noch knapp 5 Prozent.",
        True,
        [("percent", 6.8, "%", None), ("percent", 5, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die rund 1300 Vorsorgeeinrichtungen verwalten zusammen ein Vermögen von gut 1250 Milliarden Franken.",
        True,
        [("count", 1300, None, "about"), ("money", 1250000000000, "CHF", "over")],
        None,
    ),
    (
        "de",
        "ASIP-Direktor Hanspeter Grob sagte, gut jede vierte Kasse habe ihren Umwandlungssatz für Neurentner per 1. Januar erneut gesenkt.",
        True,
        [("fraction", 0.25, None, "over"), ("date", "--01-01", None, None)],
        "Hanspeter Grob",
    ),
    (
        "de",
        "«Die berufliche Vorsorge steht heute so solide da wie lange nicht mehr», sagte Grob.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gewerkschaftsbund hält die Senkungen der Umwandlungssätze für «kalten Rentenabbau».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wer als Angestellter in die Säule 3a einzahlt, kann dieses Jahr höchstens 7440 Franken vom steuerbaren Einkommen abziehen.",
        True,
        [("money", 7440, "CHF", "at_most")],
        None,
    ),
    # --- Retirement claims surge (AP), July ---
    (
        "en",
        "NEW YORK (AP) — Applications for Social Security retirement benefits rose 14% in the first half of the year compared with the same period a year earlier, according to agency data.",
        True,
        [("percent", 14, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "About 2.3 million people filed for retirement benefits between January and June, the most for any six-month period on record.",
        True,
        [("count", 2300000, None, "about"), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Many are baby boomers turning 65, a group that will number more than 4.1 million this year alone.",
        True,
        [("duration", 65, "year", None), ("count", 4100000, None, "over")],
        None,
    ),
    (
        "en",
        "The agency's staff has shrunk to about 50,000 employees, its lowest level in more than 50 years.",
        True,
        [("count", 50000, None, "about"), ("duration", 50, "year", "over")],
        None,
    ),
    (
        "en",
        "Some financial planners said they were worried that clients were rushing to claim out of fear that benefits would be cut.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Pinckney said field offices had extended their opening hours by one hour on Wednesdays since May.",
        True,
        [("duration", 1, "hour", None)],
        "Pinckney",
    ),
    (
        "en",
        'Asked whether more staff would be hired, Pinckney said only that the agency was "looking at every option."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Retirees who claim at 70 receive 24% more each month than they would at their full retirement age.",
        True,
        [("duration", 70, "year", None), ("percent", 24, "%", None)],
        None,
    ),
    # --- Frühstartrente (dpa), July ---
    (
        "de",
        "Berlin (dpa) - Für jedes Kind zwischen 5 und 17 Jahren zahlt der Staat von Januar an monatlich 12 Euro in ein privates Vorsorgedepot ein.",
        True,
        [("duration", 5, "year", None), ("duration", 17, "year", None), ("money", 12, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Geld ist bis zum Renteneintritt gebunden und wird in einen Fonds mit einer Aktienquote von mindestens 60 Prozent angelegt.",
        True,
        [("percent", 60, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Knapp 11 Millionen Kinder haben Anspruch auf die Zahlung.",
        True,
        [("count", 11000000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die sogenannte Frühstartrente kostet den Bund nach Angaben des Finanzministeriums rund 1,6 Milliarden Euro im Jahr.",
        True,
        [("money", 1600000000, "EUR", "about")],
        "das Finanzministerium",
    ),
    (
        "de",
        "Bei einer angenommenen Rendite von 6 Prozent wüchsen die Einzahlungen bis zum 67. Lebensjahr auf rund 36.000 Euro an, rechnete das Ministerium vor.",
        True,
        [("percent", 6, "%", None), ("ordinal", 67, None, None), ("money", 36000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Grünen nannten das Projekt „Symbolpolitik mit Börsenrisiko“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir schenken jedem Kind einen Startvorteil fürs Leben“, sagte Finanzminister Hillebrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hillebrecht sagte, das Geld werde erstmals im Februar auf die Depots überwiesen.",
        True,
        [],
        "Hillebrecht",
    ),
    # --- Norway's pension fund half-year (Reuters), August ---
    (
        "en",
        "OSLO, Aug 13 (Reuters) - The Government Pension Fund Global, Norway's oil-funded sovereign wealth fund, made a first-half return of 7.8%, or 1.62 trillion crowns, Norges Bank Investment Management said on Wednesday.",
        True,
        [("date", "--08-13", None, None), ("ordinal", 1, None, None), ("percent", 7.8, "%", None), ("money", 1620000000000, "NOK", None)],
        None,
    ),
    (
        "en",
        "Equities, which make up about 71% of the portfolio, returned 9.6%, while fixed income gained 2.9%.",
        True,
        [("percent", 71, "%", "about"), ("percent", 9.6, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "The fund's value stood at 21.9 trillion crowns at the end of June, equivalent to about 3.9 million crowns for every Norwegian.",
        True,
        [("money", 21900000000000, "NOK", None), ("money", 3900000, "NOK", "about")],
        None,
    ),
    (
        "en",
        "The fund owns about 1.5% of all listed shares worldwide, spread across some 8,700 companies in 70 countries.",
        True,
        [("percent", 1.5, "%", "about"), ("count", 8700, None, "about"), ("count", 70, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Eirik Solbakken told reporters the fund had cut its trading costs by about 400 million crowns compared with the first half of last year.",
        True,
        [("money", 400000000, "NOK", "about"), ("ordinal", 1, None, None)],
        "Eirik Solbakken",
    ),
    (
        "en",
        'Solbakken said the fund "cannot and should not try to time the market."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Norway's fiscal rule allows the government to take no more than 3% of the fund each year to finance its budget.",
        True,
        [("percent", 3, "%", "at_most")],
        None,
    ),
    # --- Rentenkommission (Reuters German), August ---
    (
        "de",
        "Berlin (Reuters) - Die von der Bundesregierung eingesetzte Rentenkommission empfiehlt, die Regelaltersgrenze nach 2031 an die steigende Lebenserwartung zu koppeln.",
        True,
        [("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Pro gewonnenem Lebensjahr sollen nach dem Vorschlag zwei Drittel in längeres Arbeiten und ein Drittel in eine längere Rentenphase fließen.",
        True,
        [("fraction", 0.6667, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Damit läge die Altersgrenze im Jahr 2060 bei etwa 69 Jahren, heißt es in dem Bericht, der Reuters vorliegt.",
        True,
        [("year", 2060, None, None), ("duration", 69, "year", "about")],
        None,
    ),
    (
        "de",
        "Der Beitragssatz würde nach den Berechnungen bis 2040 dennoch auf 21,8 Prozent steigen, derzeit sind es 18,6 Prozent.",
        True,
        [("year", 2040, None, None), ("percent", 21.8, "%", None), ("percent", 18.6, "%", None)],
        None,
    ),
    (
        "de",
        "Kommissionschefin Gesine Mahlstedt sagte, ohne Reformen müsste der Bundeszuschuss bis 2045 auf über 190 Milliarden Euro im Jahr wachsen.",
        True,
        [("year", 2045, None, None), ("money", 190000000000, "EUR", "over")],
        "Gesine Mahlstedt",
    ),
    (
        "de",
        "Die Kommission hatte seit vergangenem September getagt, ihr gehörten 13 Mitglieder an.",
        True,
        [("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Zwei Mitglieder, darunter der Vertreter des DGB, gaben ein Sondervotum ab.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Linke sprach von einem „Rentenraub auf Raten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Arbeitgeberpräsident Reinhold Dammert hält die Vorschläge für „mutlos und viel zu spät“.",
        False,
        [],
        None,
    ),
    # --- Pension megafunds (PA), September ---
    (
        "en",
        "LONDON (PA) - Workplace pension schemes will have to manage at least £30 billion of assets by 2031 or merge with others, under a Bill passed by Parliament on Tuesday.",
        True,
        [("money", 30000000000, "GBP", "at_least"), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "The number of defined contribution master trusts is expected to fall from about 60 to fewer than 20 by the end of the decade.",
        True,
        [("count", 60, None, "about"), ("count", 20, None, "under")],
        None,
    ),
    (
        "en",
        "Around 22 million workers are now saving into a workplace pension through auto-enrolment, according to The Pensions Regulator.",
        True,
        [("count", 22000000, None, "about")],
        None,
    ),
    (
        "en",
        "Minimum contributions remain at 8% of qualifying earnings, of which employers must pay at least 3%.",
        True,
        [("percent", 8, "%", None), ("percent", 3, "%", "at_least")],
        None,
    ),
    (
        "en",
        "The legislation also gives the regulator powers to block transfers into schemes that fail a value-for-money test.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Pensions Minister Aled Prothero said the reforms could unlock up to £50 billion of investment in British infrastructure and fast-growing companies.",
        True,
        [("money", 50000000000, "GBP", "up_to")],
        "Aled Prothero",
    ),
    (
        "en",
        'Prothero said the Bill would make Britain "the best place in the world to save for retirement."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Pensions UK warned that forced mergers could leave savers "worse off, not better off."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It remains unclear whether the government will raise the minimum contribution rate before the next election.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Master trusts already hold about £190 billion on behalf of some 25 million members.",
        True,
        [("money", 190000000000, "GBP", "about"), ("count", 25000000, None, "about")],
        None,
    ),
    # --- Pensionsanpassung 2030 (APA), September ---
    (
        "de",
        "Wien (APA) - Die Pensionen sollen mit 1. Jänner 2030 um 2,6 Prozent steigen, hat die Regierung am Dienstag nach dem Ministerrat angekündigt.",
        True,
        [("date", "2030-01-01", None, None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Der gesetzliche Anpassungsfaktor, der sich aus der Teuerung von August 2028 bis Juli 2029 ergibt, hätte 3,1 Prozent betragen.",
        True,
        [("year", 2028, None, None), ("year", 2029, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Für Pensionen über 2.740 Euro brutto im Monat gibt es nur einen Fixbetrag von 71,24 Euro.",
        True,
        [("money", 2740, "EUR", "over"), ("money", 71.24, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wer eine Ausgleichszulage bezieht, erhält zusätzlich eine Einmalzahlung von 150 Euro.",
        True,
        [("money", 150, "EUR", None)],
        None,
    ),
    (
        "de",
        "Sozialministerin Elfriede Pichorner (ÖVP) sagte, rund 72 Prozent aller Pensionen lägen unter der Grenze und würden voll erhöht.",
        True,
        [("percent", 72, "%", "about")],
        "Elfriede Pichorner",
    ),
    (
        "de",
        "Die Abweichung vom Anpassungsfaktor spart dem Budget im kommenden Jahr rund 480 Millionen Euro, beziffert das Finanzministerium.",
        True,
        [("money", 480000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria lag die durchschnittliche Alterspension im Dezember bei 1.842 Euro brutto, 14-mal im Jahr ausbezahlt.",
        True,
        [("money", 1842, "EUR", None), ("count", 14, None, None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Der Nationalrat soll die Anpassung noch im Oktober beschließen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Pensionistenverband-Präsidentin Wagenhofer sprach von einem „Wortbruch gegenüber der älteren Generation“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wagenhofer kündigte an, man werde „jeden Cent, der uns zusteht, einfordern“.",
        False,
        [],
        None,
    ),
    # --- AHV-Reform Vernehmlassung (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will die AHV bis 2040 mit einer Erhöhung der Mehrwertsteuer um 0,7 Prozentpunkte und höheren Lohnbeiträgen stabilisieren.",
        True,
        [("year", 2040, None, None), ("percent", 0.7, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Lohnbeiträge sollen um 0,4 Prozentpunkte auf 9,1 Prozent steigen, je zur Hälfte getragen von Arbeitgebern und Arbeitnehmenden.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 9.1, "%", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Bundesrätin Corinne Zbinden-Matthey sagte vor den Medien, ohne die Massnahmen fehlten der AHV bis 2040 kumuliert rund 28 Milliarden Franken.",
        True,
        [("year", 2040, None, None), ("money", 28000000000, "CHF", "about")],
        "Corinne Zbinden-Matthey",
    ),
    (
        "de",
        "Mit der Reform AHV 21 war das Rentenalter der Frauen ab 2025 in vier Schritten von je drei Monaten auf 65 Jahre angehoben worden.",
        True,
        [("year", 2025, None, None), ("count", 4, None, None), ("duration", 3, "month", None), ("duration", 65, "year", None)],
        None,
    ),
    (
        "de",
        "Eine weitere Erhöhung des Referenzalters über 65 Jahre hinaus schliesst der Bundesrat aus.",
        True,
        [("duration", 65, "year", "over")],
        None,
    ),
    (
        "de",
        "Die Vernehmlassung dauert bis zum 15. Januar.",
        True,
        [("date", "--01-15", None, None)],
        None,
    ),
    (
        "de",
        "Die SVP bezeichnete die Vorlage als «Griff ins Portemonnaie des Mittelstands».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Vorlage an der Urne eine Chance hat, ist offen.",
        False,
        [],
        None,
    ),
    # --- China's basic pension (Reuters), September ---
    (
        "en",
        "BEIJING, Sept 24 (Reuters) - China will raise the minimum basic pension for rural and non-working urban residents by 25 yuan to 168 yuan a month from January, the finance ministry said on Tuesday.",
        True,
        [("date", "--09-24", None, None), ("money", 25, "CNY", None), ("money", 168, "CNY", None)],
        None,
    ),
    (
        "en",
        "About 180 million people receive the residents' pension, most of them in the countryside, against roughly 145 million retirees covered by the scheme for urban workers.",
        True,
        [("count", 180000000, None, "about"), ("count", 145000000, None, "about")],
        None,
    ),
    (
        "en",
        "Pensions for retired urban workers will go up by 2% on average, the smallest rise since adjustments began in 2005.",
        True,
        [("percent", 2, "%", None), ("year", 2005, None, None)],
        None,
    ),
    (
        "en",
        "The number of Chinese over 60 rose to 310 million at the end of last year, or 22% of the population.",
        True,
        [("duration", 60, "year", "over"), ("count", 310000000, None, None), ("percent", 22, "%", None)],
        None,
    ),
    (
        "en",
        "Economists at Hengyuan Securities estimated that the urban workers' pension fund could run dry by 2035 without reform.",
        True,
        [("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        'A ministry spokesperson said the government was "firmly committed to ensuring pensions are paid in full and on time."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Many younger workers doubt they will ever see a pension of their own.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A private pension scheme opened nationwide in December 2024 has drawn about 72 million account holders.",
        True,
        [("year", 2024, None, None), ("count", 72000000, None, "about")],
        None,
    ),
    # --- Beitragssatz (dpa), October ---
    (
        "de",
        "Berlin (dpa) - Zum 1. Januar wird der Beitragssatz in der gesetzlichen Rentenversicherung von 18,6 auf 19,4 Prozent angehoben.",
        True,
        [("date", "--01-01", None, None), ("percent", 18.6, "%", None), ("percent", 19.4, "%", None)],
        None,
    ),
    (
        "de",
        "So steht es im Entwurf des Rentenversicherungsberichts, über den das Kabinett am Mittwoch entscheiden soll.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Wer 4.200 Euro brutto im Monat verdient, hat dadurch rund 17 Euro weniger netto.",
        True,
        [("money", 4200, "EUR", None), ("money", 17, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Arbeitgeber und Beschäftigte zahlen zusammen rund 9 Milliarden Euro mehr im Jahr, hat das Institut der deutschen Wirtschaft errechnet.",
        True,
        [("money", 9000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "DRV-Präsidentin Ulrike Mennicken sagte, ohne die Anhebung wäre die Nachhaltigkeitsrücklage im kommenden Herbst unter die gesetzliche Mindestgrenze von 0,2 Monatsausgaben gefallen.",
        True,
        [("count", 0.2, None, None)],
        "Ulrike Mennicken",
    ),
    (
        "de",
        "Arbeitgeberpräsident Dammert nannte die Erhöhung „ein Konjunkturprogramm in die falsche Richtung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die Lohnnebenkosten laufen uns davon“, sagte Dammert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dammert sagte, die Sozialbeiträge insgesamt überschritten damit erstmals die Marke von 43 Prozent des Bruttolohns.",
        True,
        [("percent", 43, "%", None)],
        "Dammert",
    ),
    (
        "de",
        "Bis 2035 rechnet die Bundesregierung mit einem Anstieg auf 21,2 Prozent.",
        True,
        [("year", 2035, None, None), ("percent", 21.2, "%", None)],
        None,
    ),
    # --- COLA announced (AP), October ---
    (
        "en",
        "WASHINGTON (AP) — Monthly checks for Social Security beneficiaries go up 2.9% next year under the annual cost-of-living adjustment, the Social Security Administration announced Thursday.",
        True,
        [("percent", 2.9, "%", None)],
        "the Social Security Administration",
    ),
    (
        "en",
        "For the average retired worker, that means about $59 more each month, for a benefit of roughly $2,107.",
        True,
        [("money", 59, "USD", "about"), ("money", 2107, "USD", "about")],
        None,
    ),
    (
        "en",
        "The adjustment will apply to checks for nearly 72 million people starting in January.",
        True,
        [("count", 72000000, None, "nearly")],
        None,
    ),
    (
        "en",
        "Supplemental Security Income payments, which go to about 7.3 million people, will rise on Dec. 31.",
        True,
        [("count", 7300000, None, "about"), ("date", "--12-31", None, None)],
        None,
    ),
    (
        "en",
        "The cap on wages taxed for Social Security climbs to $196,500 from $189,300.",
        True,
        [("money", 196500, "USD", None), ("money", 189300, "USD", None)],
        None,
    ),
    (
        "en",
        "The adjustment is tied to how a measure of consumer prices for wage earners changed between July and September.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Senior advocates called the rise "a drop in the bucket" once higher Medicare premiums are taken out.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Many retirees say the yearly increases have never kept up with what they actually spend.",
        False,
        [],
        None,
    ),
    # --- Alterssicherungskommission (APA), November ---
    (
        "de",
        "Wien (APA) - Die Alterssicherungskommission rechnet in ihrem neuen Gutachten damit, dass die Bundesmittel für die Pensionen bis 2035 auf 7,1 Prozent der Wirtschaftsleistung steigen.",
        True,
        [("year", 2035, None, None), ("percent", 7.1, "%", None)],
        None,
    ),
    (
        "de",
        "Heuer machen die Zuschüsse aus dem Budget rund 33,4 Milliarden Euro aus, fast ein Viertel der gesamten Staatsausgaben.",
        True,
        [("money", 33400000000, "EUR", "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Kommissionsvorsitzende Maria Kothgasser sagte, die Zahl der Pensionen werde bis 2050 von derzeit 2,5 Millionen auf rund 3,3 Millionen wachsen.",
        True,
        [("year", 2050, None, None), ("count", 2500000, None, None), ("count", 3300000, None, "about")],
        "Maria Kothgasser",
    ),
    (
        "de",
        "Für die Beamtenpensionen kommen bis 2035 weitere 12,8 Milliarden Euro im Jahr hinzu.",
        True,
        [("year", 2035, None, None), ("money", 12800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Kommission hat ihr Gutachten mit 17 zu 6 Stimmen beschlossen, die Seniorenvertreter stimmten dagegen.",
        True,
        [("count", 17, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "NEOS-Sozialsprecherin Katharina Stadlober sprach von einer „tickenden Zeitbombe im Budget“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SPÖ hält die Prognosen für „bewusst zu pessimistisch gerechnet“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir lassen uns nicht zum Sündenbock für das Budgetloch machen“, sagte Wagenhofer.",
        False,
        [],
        None,
    ),
    # --- Italy's retirement age (Reuters), November ---
    (
        "en",
        "ROME, Nov 6 (Reuters) - Italy's retirement age will rise by two months to 67 years and two months from January, after the government approved a budget clause linking it to life expectancy.",
        True,
        [("date", "--11-06", None, None), ("duration", 2, "month", None), ("duration", 67, "year", None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "The rise had originally been set at three months, but the government agreed to spread it over two years to soften the impact.",
        True,
        [("duration", 3, "month", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Economy Minister Ettore Brambilla said the slower phase-in would cost about 410 million euros next year.",
        True,
        [("money", 410000000, "EUR", "about")],
        "Ettore Brambilla",
    ),
    (
        "en",
        "Pension spending in Italy is forecast to peak at 17.1% of GDP in 2036, according to state pension agency INPS.",
        True,
        [("percent", 17.1, "%", None), ("year", 2036, None, None)],
        None,
    ),
    (
        "en",
        "Workers can still retire early after 42 years and 10 months of contributions, regardless of age.",
        True,
        [("duration", 42, "year", None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "en",
        "Italy has one of the oldest populations in Europe, with nearly a quarter of residents aged 65 or over.",
        True,
        [("fraction", 0.25, None, "nearly"), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "en",
        "About 16.2 million Italians drew a pension last year, according to INPS data.",
        True,
        [("count", 16200000, None, "about")],
        None,
    ),
    (
        "en",
        'The CGIL union called the change "a tax on longevity."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Opposition leaders accused the government of "betraying" its promise to scrap the Fornero law.',
        False,
        [],
        None,
    ),
    # --- State pension in the Budget (PA), November ---
    (
        "en",
        "LONDON (PA) - The state pension will rise by 4.1% next April under the triple lock, Chancellor Imogen Castlereagh confirmed in her Budget on Wednesday.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        "The full new state pension will go up to about £252.90 a week, or more than £13,100 a year.",
        True,
        [("money", 252.9, "GBP", "about"), ("money", 13100, "GBP", "over")],
        None,
    ),
    (
        "en",
        "Castlereagh said the triple lock would cost around £15.5 billion more a year by 2030 than if pensions had risen with inflation alone.",
        True,
        [("money", 15500000000, "GBP", "about"), ("year", 2030, None, None)],
        "Castlereagh",
    ),
    (
        "en",
        "From April 2031, pension contributions made through salary sacrifice above £2,500 a year will be subject to National Insurance.",
        True,
        [("year", 2031, None, None), ("money", 2500, "GBP", "over")],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility estimated the measure would raise 4.8 billion pounds in its first year.",
        True,
        [("money", 4800000000, "GBP", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "About 8.9 million pensioners now pay income tax, as the state pension edges closer to the frozen personal allowance.",
        True,
        [("count", 8900000, None, "about")],
        None,
    ),
    (
        "en",
        'Silver Voices called the Budget "a smash-and-grab on savers."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Castlereagh vowed that pensioners would "never be the ones to pay for the mess we inherited."',
        False,
        [],
        None,
    ),
    # --- Rentenbesteuerung (dpa), December ---
    (
        "de",
        "Berlin (dpa) - Gut 7,3 Millionen Rentnerhaushalte müssen nach Schätzung des Bundesfinanzministeriums in diesem Jahr Einkommensteuer zahlen.",
        True,
        [("count", 7300000, None, "over")],
        None,
    ),
    (
        "de",
        "Für Neurentner des Jahrgangs 2030 sind 85,5 Prozent der Rente steuerpflichtig, der Anteil steigt jedes Jahr um einen halben Prozentpunkt.",
        True,
        [("year", 2030, None, None), ("percent", 85.5, "%", None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Erst für Rentenbeginne ab 2058 wird die Rente vollständig besteuert.",
        True,
        [("year", 2058, None, None)],
        None,
    ),
    (
        "de",
        "Der Grundfreibetrag liegt im kommenden Jahr bei 12.612 Euro, teilte das Bundesfinanzministerium mit.",
        True,
        [("money", 12612, "EUR", None)],
        "das Bundesfinanzministerium",
    ),
    (
        "de",
        "Der Bundesfinanzhof hatte 2021 entschieden, dass eine doppelte Besteuerung von Renten unzulässig ist, sie im Einzelfall aber genau nachgewiesen werden muss.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Haberkamp sagte, der VdK berate inzwischen jede Woche mehr als 2.000 Rentner in Steuerfragen.",
        True,
        [("count", 2000, None, "over")],
        "Haberkamp",
    ),
    (
        "de",
        "Der Bund der Steuerzahler sprach von einer „Doppelbesteuerung durch die Hintertür“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Ruheständler fürchten den Papierkram der Steuererklärung mehr als die Steuer selbst.",
        False,
        [],
        None,
    ),
    # --- Superannuation assets (Reuters), December ---
    (
        "en",
        "SYDNEY, Dec 3 (Reuters) - Australia's superannuation savings rose to a record A$4.6 trillion at the end of September, data from the Australian Prudential Regulation Authority showed on Wednesday.",
        True,
        [("date", "--12-03", None, None), ("money", 4600000000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Assets grew 9.4% from a year earlier, helped by strong share markets and compulsory contributions, which rose to 12% of wages in July 2025.",
        True,
        [("percent", 9.4, "%", None), ("percent", 12, "%", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Australia's retirement savings pool is now the fourth-largest in the world, behind those of the United States, Japan and Canada.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "AustralianSuper, the biggest fund, manages more than A$420 billion for about 3.6 million members.",
        True,
        [("money", 420000000000, "AUD", "over"), ("count", 3600000, None, "about")],
        None,
    ),
    (
        "en",
        "Superannuation Minister Rhiannon Cobbett said a 30% tax on earnings from balances above A$3.5 million would take effect from July 1.",
        True,
        [("percent", 30, "%", None), ("money", 3500000, "AUD", "over"), ("date", "--07-01", None, None)],
        "Rhiannon Cobbett",
    ),
    (
        "en",
        "Only about 0.5% of account holders, or some 80,000 people, would pay the higher rate, Treasury estimates show.",
        True,
        [("percent", 0.5, "%", "about"), ("count", 80000, None, "about")],
        None,
    ),
    (
        "en",
        "Employers paid about A$190 billion in compulsory contributions in the year to September.",
        True,
        [("money", 190000000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        'Cobbett said Australians could be "rightly proud" of a system the rest of the world envied.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Industry funds warned the tax would "punish farmers and small business owners."',
        False,
        [],
        None,
    ),
]
