"""Four-hundred-and-sixty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the heads and board members of real agencies and the
holders of real ministerial offices appear under made-up names that stand for no real holder
(the head of the Bundesagentur für Arbeit and a BA board member, two AMS board members, the
Seco's labour market chief, the head of a BA regional directorate, the U.S. Labor Secretary,
an ONS director, the UK Work and Pensions Secretary, the chief executive of the Recruitment
and Employment Confederation) or by their office only („Die BA-Chefin“, "the shadow work and
pensions secretary", "a spokeswoman for the Youth Futures Foundation"); the economists,
researchers and union officials of real institutes and unions are made up too, and the
banks, brokers, recruiters and firms named beside made-up people are made up.

Names: Veronika Tschernutter, Clemens Haberfellner, Gion Casutt, Friederike Ballhausen,
Matthias Egerland, the watchmaker Chronaval and Odile Perrenoud-Vuilleumier, Jana
Holtkötter, the recruiter Talentis and Nadja Fuhrimann, the supplier Hegauer
Präzisionsantriebe, Carmen Stierle-Haag and Uwe Kleinknecht; Meredith Oyelowo and Halden
Capital, Bethan Cadwallader, Alistair Pennock-Hayes, Odessa Vantreese, Lakeisha Brumfield,
Kwame Ashdown-Pyle, Gus Trevathan and Ridgefield Securities, Priya Venkatesan-Holt and
Calderbrook Bank, Tamika Oduya-Reyes, Imelda Northcote and Rashad Villanueva-Cole; and every
unnamed economist, trader, investor, spokeswoman, official and works council. Real agencies,
bodies, parties, unions and places (Arbeitsmarktservice (AMS), Arbeiterkammer, Wifo, Die
Grünen, Oberösterreich, Steiermark, Wien, Salzburg; Staatssekretariat für Wirtschaft (Seco),
the regionale Arbeitsvermittlungszentren (RAV), Arbeitslosenversicherung, Bundesrat,
Expertengruppe des Bundes, Genferseeregion, Jura, Jungsozialisten, Arbeitgeberverband;
Bundesagentur für Arbeit (BA) and its Regionaldirektion Baden-Württemberg, Institut für
Arbeitsmarkt- und Berufsforschung (IAB), Institut der deutschen Wirtschaft (IW),
Statistisches Bundesamt, Deutscher Gewerkschaftsbund, IG Metall, Arbeitgeberverbände,
Bundesregierung; the Labor Department, the Bureau of Labor Statistics, the Federal Reserve,
the White House, the Office for National Statistics (ONS) and its Labour Force Survey, the
Bank of England, the Conservatives, the Chancellor, The King's Trust, the Resolution
Foundation, the Recruitment and Employment Confederation, the Youth Futures Foundation,
Eurostat, the European Central Bank, Malta, the Czech Republic, Spain, Germany, Memphis,
Columbus, Wichita, Reuters, and the datelines' cities) stand for the way wire copy names
them; every jobless count, rate, change, revision, consensus, vacancy, claim, ratio,
short-time work figure, wage figure, budget, forecast, market probability and quote here is
invented, and where a real figure came to mind (a real monthly jobless total or rate, a real
payroll gain or benchmark revision, a real count of young people not in work or education, a
real run of vacancy falls, a real maximum duration of short-time work benefit) it was
changed.

Its weight: LABOUR MARKET AND UNEMPLOYMENT STATISTICS, the fifth round for the monthly
jobless figures (the fifty-sixth batch weighed the labour market, wages and collective
bargaining, the hundred-sixty-first labour market and unemployment statistics over one year,
the two-hundred-and-sixty-third the monthly jobless figures over one autumn, the
four-hundred-and-sixteenth labour market and jobs data over one quarter, the
three-hundred-and-sixty-first labour markets, strikes and wage bargaining, the hundredth and
three-hundredth strikes and labour disputes and the two-hundred-and-thirty-third wage deals;
their decisions are kept) over one made-up year, Wednesday, January 2, to Tuesday, December
17, 2030, as 34 short stories in story order with the German and English ones interleaved by
date, each told as wire copy runs a monthly release (a dateline lead with the count or the
rate, the change on the month and the year, the seasonally adjusted move, the consensus,
revisions, short-time work, vacancies, pay, youth unemployment, the agency heads' attributed
lines, economists' readings, the other side's label, market pricing, quotes and vox pops).
Half German (APA, dpa with "dpa/lsw", Reuters German with an all-capitals flash, awp and
Keystone-SDA; Austrian "vorgemerkt", "in Schulung", "sofort verfügbare Stellen",
"Lehrstellensuchende", "Langzeitbeschäftigungslose", "heuer", "Arbeitslose 50+"; German
"Unterbeschäftigung", "Kurzarbeit angezeigt", "Frühjahrsbelebung", "Herbstbelebung",
"Drei-Millionen-Marke", "Erwerbstätige"; Swiss "gemäss", "hiess", "liess", "innert",
"Stellensuchende", "Kurzarbeitsentschädigung", "Ausfallstunden", "Mitarbeitende", "146'310",
«» quotes; German „“ quotes): Austria's jobless year 2029 and its February, June (with
apprenticeships) and October figures (with the AMS budget and the Wifo's forecast);
Switzerland's December, April, July (with school leavers) and November figures (with the
federal forecast), short-time work in the watch industry and a skilled-worker shortage
index; Germany's January jump over three million, a weak spring in April, August with the
training market, the autumn upturn in September and November, the IW's skilled-worker
shortage study and short-time work at car suppliers in Baden-Württemberg. Half English
(Reuters with all-capitals flashes and dated datelines, AP, PA): the U.S. December, January
(with the annual benchmark revision), March, June (with teenagers' summer jobs), August,
October (with a strike) and November jobs reports, weekly jobless claims and the job
openings survey; the UK's January, May (pay growth), October, November (youth) and December
releases, young people not in education, employment or training and skills shortages; and
euro zone unemployment with youth rates. Figures as such copy has them: jobless counts in
millions and thousands, with the Swiss apostrophe, rates and moves in percent, points and
percentage points, payroll changes, revisions and consensus figures, flashes, claims for a
week ending on a date, openings per unemployed worker, jobseekers per vacancy and per
apprenticeship place, redundancies per 1,000 employees, short-time work in firms, workers
and francs, pay in dollars, budgets in euros and pounds, ages and age bands ("Personen über
50 Jahre", "Arbeitslose 50+", "bei den unter 25-Jährigen", "Bei den 15- bis 24-Jährigen",
"aged 16 to 19", "18- to 21-year-olds", "the 16-24 age group", "those under 25"), spans ("in
the three months to February", "the final three months of 2029", "over four weeks", "innert
sechs Monaten", "In den nächsten zehn Jahren"), ordinals ("den 27. Monat in Folge", "the
41st consecutive fall", "for a third straight month", "now in its sixth week", "im dritten
Quartal"), shares in words ("fast jede zweite", "fast jede dritte", "Gut ein Drittel",
"jeder fünfte", "Rund drei Viertel", "nearly one in eight", "Nearly four in 10", "a fifth",
"nearly half"), a multiple ("fast dreimal so viele"), market odds, years, dates and
datelines. Negatives as such copy has them - 55 rows, none with a figure: agency heads' and
economists' quoted colour and creed, labels from unions, parties, charities and the
opposition, a verdict with „hält ... für“, blame, appeals and demands naming no measure, a
warning, a hope, outlooks and market views without a figure, an open question, evasions,
advice to school leavers and vox pops without ages, each near a check-worthy look-alike from
the same story (often the same speaker's figure).

245 rows (125 German, 120 English), 55 negatives (29 German, 26 English), 190 check-worthy
rows of which 8 carry no figure (5 German, 3 English), 388 expected quantities (153 counts,
114 percentages - 102 in "%", 12 in percentage points "pp" -, 42 durations - 25 in years, 16
in months, 1 in weeks -, 32 years, 17 dates, 12 ordinals, 11 fractions, 7 amounts of money -
3 USD, 2 EUR, 1 CHF, 1 GBP -; none of them in a negative), 35 checked speakers (18 German,
17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains, and no two rows of this batch
share such a run.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, verdict, blame, appeal or demand naming no measure,
  warning naming no measure, hope, outlook without a figure, evasion or open question is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-sixty-first, two-hundred-and-sixty-third,
  three-hundred-and-sixty-first, four-hundred-and-sixteenth); a quoted or reported statement
  of fact, figure, cause, step or forecast with a figure is check-worthy with its speaker,
  also in Konjunktiv I and in quotation marks (fifty-sixth, hundred-sixty-first,
  three-hundred-and-sixty-first). Pairs from one speaker or body: Tschernutter's 3.4 and 0.6
  apprenticeship seekers per place beside „Kein Jugendlicher darf ...“, her label „der große
  Verlierer dieses Winters“ and her evasion on the spring; Casutt's 3.0 percent for 2030 and
  his three quarters within six months beside «Der Wind hat gedreht ...», «stabil, aber
  fragil», «gut gerüstet», «friert nicht ein» and his evasion on the Bundesrat; Ballhausen's
  146,000 and her fifth beside „keinen Absturz“, „zusammenbringen“ and „unter Druck, aber er
  hält“; Haberfellner's third beside „nur leiser geworden“ and his verdict „das falsche
  Signal zur falschen Zeit“; Egerland's job cuts and 236,000 beside „keine Rede sein“ and
  „Atempause“; Holtkötter's quarter beside „Passungsproblem“; Fuhrimann's 1.1 million beside
  her appeal; Oyelowo's 70% beside "bending, but ... not broken" and "a soft patch";
  Cadwallader's 30th beside "sitting on their hands"; Vantreese's stated cause and 29,000
  beside "we will not spin them" and "cooling in slow motion"; Northcote's fifth month
  beside "a skills mismatch"; Ashdown-Pyle's one in eight (speaker unchecked) beside "no
  longer cooling, it is cold"; Chronaval's 380 beside its head's «Wir fahren auf Sicht»;
  Ridgefield Securities' 7,000 (speaker unchecked) beside Trevathan's "weather bounce" and
  "barely breathing".
- Consensus figures, forecasts with a figure and market pricing with a figure are
  check-worthy (fifty-sixth, hundred-sixty-first, two-hundred-and-sixty-third,
  three-hundred-and-sixty-first, four-hundred-and-sixteenth): „während Volkswirte im Mittel
  lediglich 15.000 zusätzliche Arbeitslose vorhergesagt hatten“ („im Mittel“ and „lediglich“
  no hedge; hundred-sixty-first, two-hundred-and-sixty-third), „Von Reuters befragte
  Ökonomen hatten einen Anstieg um 9.000 erwartet“, "Economists polled by Reuters had
  forecast 130,000 jobs", "... 238,000 claims ..." and "... 6.9 million openings",
  "Economists surveyed by Reuters had pencilled in 155,000", "Economists had expected the
  rate to stay at 6.5%", Casutt's «Wir rechnen für 2030 ...», the IAB's, the Wifo's and the
  federal expert group's forecasts, Fuhrimann's ten years, "the central bank's own forecast
  of 3.7%", "a roughly 58% chance of a quarter-point cut", "the odds of a quarter-point cut
  ... at roughly 75%" and "a roughly 85% chance of a half-point cut" ("roughly" "about";
  twelfth: "a quarter-point" 0.25 pp; hundred-fifty-fourth: "a half-point cut"). Without a
  figure they are negatives ("Traders added to bets that the Federal Reserve would lower
  borrowing costs at its next meeting.", "Some economists said seasonal quirks ...", "Some
  economists said the data gave the European Central Bank more reason ...", "Economists said
  the report pointed to ...", "Bond traders said the figures left expectations ... largely
  unchanged.", "Economists expect unemployment to keep rising well into next year.", „Wie
  stark die Arbeitslosigkeit im Winter steigt, ist unter Ökonomen umstritten.“;
  two-hundred-and-sixty-third, four-hundred-and-sixteenth).
- Check-worthy without a figure (hundred-sixty-first, two-hundred-and-sixty-third,
  four-hundred-and-sixteenth): leads that state a move („In der Uhrenindustrie greifen immer
  mehr Firmen zur Kurzarbeit.“, „Die übliche Frühjahrsbelebung hat ... kaum Spuren
  hinterlassen.“, „Der Fachkräftemangel in der Schweiz hat sich ... nur leicht entschärft.“,
  „In Baden-Württemberg schicken immer mehr Autozulieferer ... in Kurzarbeit.“;
  hundred-sixty-first: „In der Schweizer Industrie greifen immer mehr Firmen zur
  Kurzarbeit.“), the REC's survey finding after "according to" (speaker unchecked),
  Egerland's account of where jobs are being cut, Vantreese's stated cause of the revision
  (hundred-sixty-first: an official's account of a cause) and the rule that strikers count
  as employed in the household survey (a stated practice with its checkable consequence;
  hundred-sixty-first: a central bank's stated practice).
- Flashes (three-hundred-and-fifty-sixth, three-hundred-and-sixty-first,
  four-hundred-and-sixteenth): "U.S. DEC NONFARM PAYROLLS +118,000 (REUTERS POLL +135,000);
  JOBLESS RATE 4.6% (POLL 4.5%)" and its August twin four figures each ("+" no sign, the
  abbreviated month none), "ARBEITSLOSENZAHL APRIL SAISONBEREINIGT +18.000 (REUTERS-PROGNOSE
  +10.000)" 18,000 and 10,000, "UK REGULAR PAY GROWTH 3.8% IN THREE MONTHS TO MARCH (REUTERS
  POLL 3.9%)" 3.8, 3 months and 3.9 (three-hundred-and-sixty-first: "UK JOBLESS RATE 5.2% IN
  THREE MONTHS TO SEPT ...").
- Jobless figures, payrolls, revisions, claims, vacancies and short-time work are counts as
  written (fifty-sixth, hundred-sixty-first, two-hundred-and-sixty-third,
  four-hundred-and-sixteenth): „318.460 Personen“, „3,084 Millionen“, „3,79 Millionen“ (the
  Unterbeschäftigung), „146'310 eingeschriebene Arbeitslose, 9'480 mehr“ and the other Swiss
  figures with the apostrophe (tenth), „nur noch 71.240“ and „nur um 21.000“ („nur noch“ and
  „nur“ no hedge), „Insgesamt waren 3,084 Millionen“ and „für insgesamt 48.600“ with no
  hedge, „insgesamt rund 1,08 Millionen“ "about", "a modest 96,000" with no hedge
  (two-hundred-and-sixty-third: "a solid 152,000"), "a combined 47,000", "a combined 18,000"
  and "a seasonally adjusted 251,000" with no hedge, "revised up to 71,000 from an initially
  reported 48,000" with neither hedge nor ordinal (two-hundred-and-sixty-third), "an average
  of about 69,000 jobs a month" "about" ("an average of" no hedge, "a month" none),
  "averaged 242,500" with no hedge (four-hundred-and-sixteenth: "averaging"), "Some 114,000"
  "about" (hundred-sixty-first: "some"), "America's employers cut 24,000 jobs" and "a loss
  of 9,000 jobs instead of 24,000" as written (eleventh, fifty-sixth: words of direction
  leave the value as written). „Erstmals seit 2015 ... wieder über die Drei-Millionen-Marke“
  is count 3,000,000 with no hedge beside the year (hundred-sixty-first). Ratios are counts
  (fifty-sixth, two-hundred-and-sixty-third): „6,8 Arbeitslose auf jede ... offene Stelle“
  6.8 („jede“ none), „3,4 Lehrstellensuchende auf eine offene Lehrstelle, in Salzburg seien
  es nur 0,6“ 3.4 and 0.6 („eine“ no count, four-hundred-and-sixteenth; the noun left out
  after the second figure, four-hundred-and-fourth), "0.86 openings per unemployed worker,
  compared with 0.91", „Auf 100 ausgeschriebene Stellen ... nur 31“ 100 and 31
  (two-hundred-and-sixty-third: „auf 100 Stellen nur 38 Bewerber“), "4.1 of every 1,000
  employees" 4.1 and 1,000 (hundred-sixty-first: "4.9 per 1,000 employees"); „fast dreimal
  so viele“ 3 "nearly" (hundred-sixty-first). Other counts: "the 21 countries sharing the
  euro" 21 (two-hundred-and-sixty-third: 20), „an zwei Standorten“ 2, „In 163 von 1.200“,
  „2.300 seiner 5.100“, "at least one skilled vacancy" 1 "at_least" (hundred-twenty-eighth:
  "from at least one operator"), "to 48 from 71". None: "U-6" (fifty-sixth,
  hundred-sixty-first), "NEET", "nonfarm", "seasonally adjusted", „Saisonbereinigt“,
  „saisonbedingt“, „Unterbeschäftigung“, „Ausfallstunden“, "the household survey", "the
  Labour Force Survey", "each".
- Percentages as written (every batch): rates, shares and moves in "%" and „Prozent“;
  percentage points are "pp" („um 0,4 Prozentpunkte“, „ein Plus von 0,3 Prozentpunkten“, „um
  0,1 Prozentpunkte“ twice, „ein Plus von 0,1 Prozentpunkten“, „0,4 Prozentpunkte über dem
  Vorjahreswert“ - „über dem“ after the figure compares, hundred-sixty-first -, "0.6
  percentage point"), „um 0,5 Punkte“ and „um 0,1 Punkte“ 0.5 and 0.1 pp
  (hundred-sixty-first), "a quarter-point cut" (twice) 0.25 pp and "a half-point cut" 0.5
  pp. „mit plus 11,4 Prozent“ 11.4 (fifty-sixth: a plus carries no value), „um 13,5 Prozent
  weniger“ and „12 Prozent weniger“ („weniger“ after the figure compares), "about 70%",
  "About 60%", "Only about 31%" ("Only" no hedge) and "roughly 15%" "about", "by just 0.4%"
  ("just" no hedge), „gut 40 Prozent davon“ "over", „um bis zu 40 Prozent“ "up_to", "at 2.6%
  each" ("each" none), "its low of 4.2%". New: „Die Arbeitslosenquote kletterte um 0,5
  Punkte auf 6,7 Prozent (Vormonat: 6,2).“ gives 0.5 pp, 6.7 and 6.2, both in "%" - the
  bracketed earlier value written without its unit takes the unit of the figure it is set
  against, as a unit written once serves both figures of a range (seventy-sixth) and a noun
  left out after a second figure is read from the first (four-hundred-and-fourth: „weniger
  als 60 l/m², ... sogar nur knapp 40“); the label „Vormonat:“ carries nothing, as in
  „(Vormonat: 6,4 Prozent)“ (three-hundred-and-sixty-first).
- Money in the currency written (every batch): USD ("$37.64", "$37.98", "$38.21"), EUR
  („rund 1,32 Milliarden Euro“ "about", „um 110 Millionen Euro weniger“ with no hedge), GBP
  ("400 million pounds", the issue's "300 million pounds"), CHF („rund 38 Millionen Franken“
  "about").
- Durations and ages (the issue; every batch): "the final three months of 2029" 3 months
  with no ordinal ("final" none, two-hundred-and-thirty-ninth), "in the previous three-month
  period" and "The three-month average" 3 months (the compound read as the issue's "a
  two-week visit", hundred-sixty-first), "IN THREE MONTHS TO MARCH", "in the three months to
  February", "... to August" (twice), "... to October" and "over the three months through
  August" 3 months ("over" before a span no hedge), "Smoothed over four weeks" 4 weeks
  (two-hundred-and-sixty-third: "taken over four weeks"), "in 10 months" 10 months
  (two-hundred-and-sixty-third: "the fewest in seven months"), "for six months", „innert
  sechs Monaten“ 6 months („innert“ no hedge, four-hundred-and-fifty-first), "for more than
  three months" and "for more than 12 months" "over" (hundred-sixty-first), "in more than
  two years" "over", "in nearly four years" "nearly", "in three years", "over two years" 2
  years, „In den nächsten zehn Jahren“ 10 years (first batch: „in den nächsten zehn
  Jahren“), „Die Höchstdauer ... beträgt derzeit 20 Monate“ 20 months with no hedge
  (four-hundred-and-sixteenth: „Höchstdauer“ names the bound), „bis zu 21 Monate“ 21 months
  "up_to". Ages are durations in years: „Personen über 50 Jahre“ (twice) 50 "over", „bei den
  unter 25-Jährigen“, "jobseekers under 25" and "those under 25" 25 "under"
  (hundred-fiftieth: "people under 25"), „zwischen 15 und 24 Jahren“ and „Bei den 15- bis
  24-Jährigen“ 15 and 24 (hundred-sixty-first, two-hundred-and-sixty-third), "16- to
  24-year-olds" and "18- to 21-year-olds" two ages each (two-hundred-and-sixty-third), "aged
  16 to 19" and "aged 50 to 64" two ages each. New: „Bei Arbeitslosen 50+“ gives 50 years
  "at_least" - a plus glued after an age reads "and over", „und älter“ (fifty-sixth: "aged
  21 and over" "at_least"; hundred-thirteenth: "people 65 and older" "at_least"), while the
  plus of a flash before a figure is no sign (three-hundred-and-sixty-first) and „die
  50+1-Regel“ names a rule by its formula and carries nothing
  (two-hundred-and-seventy-fifth). New: "The jobless rate in the 16-24 age group" gives two
  ages, 16 and 24 years - the noun "age group" after two figures joined by a hyphen marks
  them as ages as "aged" did in "those aged 16-24" (two-hundred-and-sixty-third), not as a
  pair of years, which four digits each would mark (seventy-fourth: "2019-20"). None:
  „binnen eines Jahres“, „im Jahr zuvor“, „im Jahresschnitt“, „im Jahresvergleich“, „zum
  Vorjahresmonat“, „im Februar des Vorjahres“ and the other months „des Vorjahres“, „im
  Vormonat“, „heuer“, „im laufenden Jahr“, „jedes Jahr“, „Ende Dezember“ and the other month
  ends, "a year earlier", "a month earlier", "last year", "last month", "last week", "on the
  month", "a month", "a year", "over the past year", "more than a decade", "since the
  pandemic", "the 1980s", "in the September-to-November period", "in the January-to-March
  period", "in the July-to-September quarter", months and weekdays.
- Ordinals (the issue; hundred-sixty-first, two-hundred-and-sixty-third): „das dritte Jahr
  in Folge“ 3, "the 30th consecutive period" 30 and "the 41st consecutive fall" 41
  (hundred-sixty-first: "the 31st consecutive fall"), "its sixth monthly decline in a row"
  6, „den 27. Monat in Folge“ 27 (two-hundred-and-sixty-third: „den 30. Monat in Folge“),
  „den vierten Monat in Folge“ 4, "for a third straight month" 3, "for a fifth month" 5, „im
  dritten Quartal“ 3, "now in its sixth week" 6 (hundredth: "in its sixth week"), "the first
  monthly decline since December 2020" 1 and the year (hundred-sixty-first), „das erste Jahr
  seit 2009“ 1 and the year. „Erstmals“, "Initial claims", "an initially reported", "the
  lowest", "the highest", "the most", "the smallest", "the biggest" and „die höchste“ carry
  none. Fractions (the issue; every batch): „fast jede zweite Anzeige“ 0.5 "nearly" (first
  batch: „Jedes zweite Unternehmen“), „fast jede dritte gemeldete Stelle“ 0.3333 "nearly",
  „Gut ein Drittel“ 0.3333 "over", „fast jede vierte offene Stelle“ 0.25 "nearly", „jeder
  fünfte unbesetzte Ausbildungsplatz“ 0.2, „Rund drei Viertel“ 0.75 "about", „fast ein
  Drittel“ 0.3333 "nearly" (three-hundred-and-sixty-first), "nearly one in eight" 0.125
  "nearly" (two-hundred-and-sixty-third: "about one in eight"), "Nearly four in 10" 0.4
  "nearly" (hundred-fifty-sixth), "a fifth of the month's job gains" 0.2
  (four-hundred-and-sixteenth: "a fifth of those"), "nearly half of the fall" 0.5 "nearly"
  (four-hundred-and-twentieth).
- Years and dates: „2029 das dritte Jahr“, „Im Jahresdurchschnitt 2029“, „für 2030“,
  „Erstmals seit 2015“, „im Jahresschnitt 2030“, „Bis 2035“, „seit dem Frühjahr 2021“, „im
  Jahresschnitt 2031“, „Für 2031“, „für 2031“, „seit 2010“, „2030 werde“, „seit 2009“, „seit
  Januar 2021“; "For all of 2029", "since 2010", "in early 2016", "since the fall of 2021"
  and "since the summer of 2021" the year (two-hundred-and-sixty-third: "since late 2021"),
  "as of March 2029" the year, "the final three months of 2029", "at the end of 2028",
  "since 2014" (twice), "since December 2020" (twice), "since early 2021" (twice), "in
  mid-2029" the year (hundred-sixty-first: "since mid-2023"), "since 2015", "since 2021",
  "in 2025". Dates without a year: „ab 1. April“ --04-01 and „ab 1. Dezember“ --12-01
  (hundred-sixty-first: „ab 1. Januar“), "for the week ended June 8" --06-08 and "in the
  week ending June 1" --06-01 (hundred-sixty-first), "at the Bank's June 20 meeting" --06-20
  (hundred-sixty-first: "at the Bank's Dec 17 meeting"), "the Fed's Sept 17-18 meeting"
  --09-17 and --09-18 (hundred-sixty-first: "at the Sept 15-16 meeting"); Reuters datelines
  with a day ("WASHINGTON, Jan 4", "LONDON, Feb 28", "WASHINGTON, April 5", "LONDON, May
  14", "WASHINGTON, June 13", "LUXEMBOURG, July 31", "WASHINGTON, Sept 6", "WASHINGTON, Oct
  8", "LONDON, Oct 15", "WASHINGTON, Dec 6") dates without a year; APA ("Wien (APA) -"), dpa
  ("Nürnberg (dpa) -", "Köln (dpa) -", "Stuttgart (dpa/lsw) -"), Reuters German ("Nürnberg
  (Reuters) -"), awp ("Biel (awp) -"), Keystone-SDA ("Bern (Keystone-SDA) -", "Zürich
  (Keystone-SDA) -"), AP ("WASHINGTON (AP) —") and PA ("LONDON (PA) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly", "Some"
  "about"; „knapp“, „fast“, "nearly", "Nearly" "nearly"; „über“ before an age, „Gut“, „gut“,
  "more than" "over"; „unter“ and "under" before an age "under"; „bis zu“ "up_to"; "at
  least" "at_least"; and the plus after an age above. No hedge: „nur“, „nur noch“,
  „lediglich“, „im Mittel“, „Insgesamt“, „insgesamt“, „derzeit“, "just", "Only", "a
  combined", "a seasonally adjusted", "a modest", "an average of", "averaged", "an initially
  reported", "revised up to", "each", "over" before a span, „innert“, „Höchstdauer“, „über
  dem“ after a figure, and „mehr“, „weniger“ and "fewer" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Arbeitsmarktservice (AMS) am Mittwoch mit“ and „... am Montag mit“ -> "das
  Arbeitsmarktservice" (hundred-sixty-first, two-hundred-and-sixty-third,
  four-hundred-and-sixteenth), „wie das Staatssekretariat für Wirtschaft (Seco) zum
  Jahresauftakt mitteilte“ -> "das Staatssekretariat für Wirtschaft" and „teilte die
  Bundesagentur für Arbeit (BA) zum Monatsende mit“ -> "die Bundesagentur für Arbeit" with
  the abbreviation and the occasion dropped (hundred-sixty-first;
  four-hundred-and-twentieth: „zum Abschluss des Berufsberatungsjahres“;
  three-hundred-and-twenty-fourth: „zum Wochenschluss“), „wie das Seco mitteilte“ -> "das
  Seco" as written (two-hundred-and-sixty-third: „teilte das AMS am Montag mit“ -> "das
  AMS"), „Nach Angaben der BA“ -> "die BA" and „Laut AMS“ -> "AMS" (hundred-sixty-first,
  two-hundred-and-sixty-third); the name with the title dropped („sagte
  Seco-Arbeitsmarktchef Gion Casutt“ and „sagte Seco-Arbeitsmarktchef Casutt“ after a quoted
  figure, „BA-Chefin Friederike Ballhausen sagte“, „AMS-Vorstand Clemens Haberfellner
  sagte“, „BA-Vorstand Matthias Egerland sagte“, „BA-Vorstand Egerland sagte“ -> "Egerland",
  „IW-Ökonomin Jana Holtkötter sagte“, „Regionaldirektionschefin Carmen Stierle-Haag sagte“,
  „sagte Studienleiterin Nadja Fuhrimann“; hundred-sixty-first, two-hundred-and-sixty-third,
  four-hundred-and-sixteenth, four-hundred-and-twentieth) and the surname opening the row
  („Tschernutter sagte“, „Ballhausen sagte“). English: "the Labor Department said on
  Friday", "... said on Thursday" and "... said Friday" -> "the Labor Department" and "The
  Labor Department said on Friday that ..." opening the row with the article lowered
  (hundred-sixty-first, four-hundred-and-fifty-first), "the Office for National Statistics
  said" and "The Office for National Statistics said ..." -> "the Office for National
  Statistics", "The ONS said ..." and "the ONS said" -> "the ONS", "Eurostat said on
  Wednesday" as written (hundred-sixty-first, two-hundred-and-sixty-third), "Labor Secretary
  Odessa Vantreese told reporters" (twice), "ONS director of economic statistics Bethan
  Cadwallader said", "Work and Pensions Secretary Alistair Pennock-Hayes said" and
  "Recruitment and Employment Confederation chief executive Imelda Northcote said" the name
  with the office dropped (two-hundred-and-sixty-third, four-hundred-and-sixteenth), and the
  surname opening the row ("Oyelowo said", "Pennock-Hayes said" twice). Left unchecked
  (None): all negatives, also those with a named speaker; „fügte sie hinzu“ (a pronoun,
  hundred-sixty-first); „Die BA-Chefin sagte“ (a role, four-hundred-and-twentieth); „gemäss
  Seco“ and „Gemäss Seco“ (hundred-sixty-first, two-hundred-and-sixty-third); „hiess es beim
  Seco“ (hundred-seventeenth: „hiess es beim Verband“; four-hundred-and-twentieth: „hieß es
  bei Verdi“); data, studies and documents („wie aus Daten des Seco hervorgeht“, „wie Daten
  des Statistischen Bundesamts zeigen“, „wie eine Studie des ... Instituts der deutschen
  Wirtschaft (IW) ergab“, „heißt es in der Untersuchung“, „wie aus der ... veröffentlichten
  Studie hervorgeht“, "the report showed", "early estimates showed", "Office for National
  Statistics figures showed", "official figures showed", "official data showed", "ONS
  figures showed", "official figures show", "the Labor Department's closely watched
  employment report showed", "a government survey showed"; hundred-sixty-first,
  two-hundred-and-sixty-third); compounds („nach IW-Berechnungen“, „Nach AMS-Berechnungen“;
  three-hundred-and-sixty-first, four-hundred-and-twentieth); a description before the name
  („Der Uhrenhersteller Chronaval teilte mit“, two-hundred-and-sixty-third) or between a
  name and its verb ("Kwame Ashdown-Pyle, senior economist at the Resolution Foundation,
  said"; four-hundred-and-twentieth); verbs that are not of saying („revidierte die BA“,
  „meldete die Regionaldirektion ...“, „Das IAB erwartet“, „Das Wifo rechnet“, „Die
  Expertengruppe des Bundes rechnet“, „kündigte an“, "Eurostat estimated", "economists at
  Ridgefield Securities estimated"; two-hundred-and-sixty-third,
  four-hundred-and-fifty-first); "the government said Friday" and "The government said it
  would spend ..." (hundred-sixty-first: no settled form for "the government"); plural
  groups („Von Reuters befragte Ökonomen“, „Volkswirte“, "Economists polled by Reuters");
  every "according to" (the Recruitment and Employment Confederation, the ONS;
  two-hundred-and-fourth, four-hundred-and-sixteenth); and rows without attribution. As the
  two-hundred-and-sixty-third, three-hundred-and-sixty-first and four-hundred-and-sixteenth
  batches did, and to keep the checked speakers near 35, several releases are given no
  attribution or an unchecked one.
- Negatives (ninety-eighth, hundred-sixty-first, two-hundred-and-fourth,
  two-hundred-and-sixty-third, three-hundred-and-sixty-first, four-hundred-and-sixteenth),
  none with a figure: quotes of colour, creed and resolve (Tschernutter, Casutt, Ballhausen,
  Haberfellner, Egerland, Holtkötter, Perrenoud-Vuilleumier, Kleinknecht, Oyelowo,
  Cadwallader, Vantreese, Trevathan, Venkatesan-Holt, Northcote, Ashdown-Pyle), labels (the
  DGB's „Alarmsignal ...“, the Conservatives' "a grim verdict ...", The King's Trust's "a
  generation being quietly written off", a Youth Futures Foundation spokeswoman, the shadow
  work and pensions secretary), a verdict with „hält ... für“ (Haberfellner; ninety-eighth),
  blame („Volkswirte führen die Schwäche ... zurück“, „Die Grünen warfen der Regierung vor,
  ...“, "The White House blamed the union for the drop.", "Business groups blamed ..."),
  appeals and demands naming no measure („Die Arbeiterkammer forderte die Regierung auf,
  ...“, „Die Arbeitgeberverbände forderten die Bundesregierung auf, ...“, „Die
  Jungsozialisten forderten ein Recht auf Weiterbeschäftigung ...“, Fuhrimann's «Die
  Unternehmen müssen lernen, ...», "Charities urged ministers ..."; hundred-sixty-first:
  „Die Grünen forderten ein Sofortprogramm ...“), a warning naming no measure („Der
  Arbeitgeberverband warnte vor ...“), a hope („Die Betriebsräte hoffen, ...“), the outlooks
  and market views without a figure above, an open question („Wie stark ... ist unter
  Ökonomen umstritten.“), evasions („wollte Tschernutter nicht vorhersagen“, „liess Casutt
  offen“), advice („Wer noch eine Lehrstelle für den Herbst sucht, sollte ...“; fifty-sixth,
  two-hundred-and-sixty-third) and vox pops without ages (Brumfield, Oduya-Reyes,
  Villanueva-Cole). As the brief for these batches asks, negatives carry no expected
  quantities, and this batch writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_466 = [
    # --- Austria's jobless year 2029 (APA), January 2 ---
    (
        "de",
        "Wien (APA) - Die Arbeitslosigkeit in Österreich ist 2029 das dritte Jahr in Folge gestiegen, teilte das Arbeitsmarktservice (AMS) am Mittwoch mit.",
        True,
        [("year", 2029, None, None), ("ordinal", 3, None, None)],
        "das Arbeitsmarktservice",
    ),
    (
        "de",
        "Im Jahresschnitt waren 318.460 Personen arbeitslos vorgemerkt, dazu kamen 81.230 Schulungsteilnehmerinnen und -teilnehmer.",
        True,
        [("count", 318460, None, None), ("count", 81230, None, None)],
        None,
    ),
    (
        "de",
        "Nach nationaler Berechnung erhöhte sich die Quote im Jahresschnitt um 0,4 Prozentpunkte auf 7,6 Prozent.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 7.6, "%", None)],
        None,
    ),
    (
        "de",
        "Ende Dezember waren 412.870 Menschen ohne Job oder in Schulung, ein Anstieg um 5,3 Prozent im Jahresvergleich.",
        True,
        [("count", 412870, None, None), ("percent", 5.3, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Industrie ist der große Verlierer dieses Winters“, sagte AMS-Vorständin Veronika Tschernutter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Allein in der Warenherstellung sei die Zahl der Arbeitslosen binnen eines Jahres um 14,2 Prozent gestiegen, fügte sie hinzu.",
        True,
        [("percent", 14.2, "%", None)],
        None,
    ),
    (
        "de",
        "Bei Personen über 50 Jahre lag das Plus bei 7,9 Prozent, bei den unter 25-Jährigen bei 4,1 Prozent.",
        True,
        [
            ("duration", 50, "year", "over"),
            ("percent", 7.9, "%", None),
            ("duration", 25, "year", "under"),
            ("percent", 4.1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Rechnerisch kamen im Dezember 6,8 Arbeitslose auf jede beim AMS gemeldete offene Stelle.",
        True,
        [("count", 6.8, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Trendwende im Frühjahr gelingt, wollte Tschernutter nicht vorhersagen.",
        False,
        [],
        None,
    ),
    # --- U.S. December jobs report (Reuters), January 4 ---
    (
        "en",
        "U.S. DEC NONFARM PAYROLLS +118,000 (REUTERS POLL +135,000); JOBLESS RATE 4.6% (POLL 4.5%)",
        True,
        [
            ("count", 118000, None, None),
            ("count", 135000, None, None),
            ("percent", 4.6, "%", None),
            ("percent", 4.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "WASHINGTON, Jan 4 (Reuters) - U.S. employers added 118,000 jobs in December, short of forecasts, the Labor Department said on Friday, and unemployment edged higher to 4.6%.",
        True,
        [
            ("date", "--01-04", None, None),
            ("count", 118000, None, None),
            ("percent", 4.6, "%", None),
        ],
        "the Labor Department",
    ),
    (
        "en",
        "Payroll gains for October and November were revised down by a combined 47,000, the report showed.",
        True,
        [("count", 47000, None, None)],
        None,
    ),
    (
        "en",
        "Average hourly earnings rose 0.3% to $37.64, leaving them up 3.6% from a year earlier.",
        True,
        [("percent", 0.3, "%", None), ("money", 37.64, "USD", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "For all of 2029, the economy created 1.31 million jobs, the fewest in a non-recession year since 2010.",
        True,
        [("year", 2029, None, None), ("count", 1310000, None, None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        '"The labor market is bending, but it has not broken," said Meredith Oyelowo, chief U.S. economist at Halden Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Oyelowo said healthcare and social assistance accounted for about 70% of the month's gains.",
        True,
        [("percent", 70, "%", "about")],
        "Oyelowo",
    ),
    (
        "en",
        "Traders added to bets that the Federal Reserve would lower borrowing costs at its next meeting.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Interest rate futures priced a roughly 58% chance of a quarter-point cut in March.",
        True,
        [("percent", 58, "%", "about"), ("percent", 0.25, "pp", None)],
        None,
    ),
    # --- Swiss December figures (Keystone-SDA), January 9 ---
    (
        "de",
        "Bern (Keystone-SDA) - Saisonbedingt ist die Schweizer Arbeitslosenquote im Dezember auf 3,1 Prozent gestiegen.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die regionalen Arbeitsvermittlungszentren (RAV) zählten Ende Dezember 146'310 eingeschriebene Arbeitslose, 9'480 mehr als im November, wie das Staatssekretariat für Wirtschaft (Seco) zum Jahresauftakt mitteilte.",
        True,
        [("count", 146310, None, None), ("count", 9480, None, None)],
        "das Staatssekretariat für Wirtschaft",
    ),
    (
        "de",
        "Um saisonale Effekte bereinigt verharrte die Quote bei 2,9 Prozent.",
        True,
        [("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Im Jahresdurchschnitt 2029 betrug die Arbeitslosenquote 2,8 Prozent nach 2,4 Prozent im Jahr zuvor.",
        True,
        [("year", 2029, None, None), ("percent", 2.8, "%", None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "«Wir rechnen für 2030 mit einer durchschnittlichen Quote von 3,0 Prozent», sagte Seco-Arbeitsmarktchef Gion Casutt.",
        True,
        [("year", 2030, None, None), ("percent", 3.0, "%", None)],
        "Gion Casutt",
    ),
    (
        "de",
        "«Der Wind hat gedreht, aber wir sehen keinen Sturm», sagte Casutt.",
        False,
        [],
        None,
    ),
    # --- UK labour market (PA), January 15 ---
    (
        "en",
        "LONDON (PA) - Joblessness in the UK climbed to 5.3% in the September-to-November period, a level last seen in early 2016, Office for National Statistics figures showed.",
        True,
        [("percent", 5.3, "%", None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "The number of payrolled employees fell by 21,000 between November and December to 30.4 million, early estimates showed.",
        True,
        [("count", 21000, None, None), ("count", 30400000, None, None)],
        None,
    ),
    (
        "en",
        "Regular pay, excluding bonuses, grew by 4.1% a year, down from 4.4% in the previous three-month period.",
        True,
        [("percent", 4.1, "%", None), ("percent", 4.4, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "ONS director of economic statistics Bethan Cadwallader said vacancies had fallen for the 30th consecutive period, to 694,000.",
        True,
        [("ordinal", 30, None, None), ("count", 694000, None, None)],
        "Bethan Cadwallader",
    ),
    (
        "en",
        '"Employers are sitting on their hands," Cadwallader said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Work and Pensions Secretary Alistair Pennock-Hayes said the government would fund 25,000 extra work-coach appointments for jobseekers under 25.",
        True,
        [("count", 25000, None, None), ("duration", 25, "year", "under")],
        "Alistair Pennock-Hayes",
    ),
    (
        "en",
        'The Conservatives described the figures as "a grim verdict on the Chancellor\'s plan".',
        False,
        [],
        None,
    ),
    # --- German January figures (dpa), January 31 ---
    (
        "de",
        "Nürnberg (dpa) - Erstmals seit 2015 ist die Arbeitslosenzahl in Deutschland im Januar wieder über die Drei-Millionen-Marke geklettert.",
        True,
        [("year", 2015, None, None), ("count", 3000000, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt waren 3,084 Millionen Menschen ohne Job, ein Plus von 247.000 zum Dezember und von 166.000 zum Vorjahresmonat, teilte die Bundesagentur für Arbeit (BA) zum Monatsende mit.",
        True,
        [
            ("count", 3084000, None, None),
            ("count", 247000, None, None),
            ("count", 166000, None, None),
        ],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Die Arbeitslosenquote kletterte um 0,5 Punkte auf 6,7 Prozent (Vormonat: 6,2).",
        True,
        [("percent", 0.5, "pp", None), ("percent", 6.7, "%", None), ("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "Um jahreszeitliche Einflüsse bereinigt nahm die Arbeitslosenzahl um 24.000 zu, während Volkswirte im Mittel lediglich 15.000 zusätzliche Arbeitslose vorhergesagt hatten.",
        True,
        [("count", 24000, None, None), ("count", 15000, None, None)],
        None,
    ),
    (
        "de",
        "BA-Chefin Friederike Ballhausen sagte, für 146.000 Beschäftigte sei im Januar Kurzarbeit angezeigt worden, fast jede zweite Anzeige stamme aus der Metall- und Elektroindustrie.",
        True,
        [("count", 146000, None, None), ("fraction", 0.5, None, "nearly")],
        "Friederike Ballhausen",
    ),
    (
        "de",
        "„Wir erleben keinen Absturz, sondern eine zähe Schwächephase“, sagte Ballhausen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Unterbeschäftigung, die auch Menschen in Fördermaßnahmen erfasst, lag bei 3,79 Millionen.",
        True,
        [("count", 3790000, None, None)],
        None,
    ),
    (
        "de",
        "Bei der BA waren 608.000 offene Stellen gemeldet, 55.000 weniger als ein Jahr zuvor.",
        True,
        [("count", 608000, None, None), ("count", 55000, None, None)],
        None,
    ),
    (
        "de",
        "Der Deutsche Gewerkschaftsbund sprach von einem „Alarmsignal, das die Regierung nicht länger überhören darf“.",
        False,
        [],
        None,
    ),
    # --- U.S. January jobs and the benchmark revision (AP), February 8 ---
    (
        "en",
        "WASHINGTON (AP) — America's employers added a modest 96,000 jobs in January, and the government's annual revision showed that hiring last year was considerably weaker than previously reported.",
        True,
        [("count", 96000, None, None)],
        None,
    ),
    (
        "en",
        "The unemployment rate edged up to 4.7%, the highest since the fall of 2021, the government said Friday.",
        True,
        [("percent", 4.7, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The benchmark revision cut the Bureau of Labor Statistics' count of total employment as of March 2029 by 512,000 jobs.",
        True,
        [("year", 2029, None, None), ("count", 512000, None, None)],
        None,
    ),
    (
        "en",
        "That means the economy added an average of about 69,000 jobs a month last year, not the 112,000 previously reported.",
        True,
        [("count", 69000, None, "about"), ("count", 112000, None, None)],
        None,
    ),
    (
        "en",
        "Labor Secretary Odessa Vantreese told reporters the revisions reflected a new method for estimating how many businesses open and close.",
        True,
        [],
        "Odessa Vantreese",
    ),
    (
        "en",
        '"The numbers are what they are, and we will not spin them," Vantreese said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A broader gauge of slack, the U-6 rate, which also counts involuntary part-timers and discouraged workers, rose to 8.4%.",
        True,
        [("percent", 8.4, "%", None)],
        None,
    ),
    (
        "en",
        '"Every week I send out applications and every week I hear nothing back," said Lakeisha Brumfield, a laid-off logistics coordinator in Memphis, Tennessee.',
        False,
        [],
        None,
    ),
    # --- Young people not in work or education (Reuters), February 28 ---
    (
        "en",
        "LONDON, Feb 28 (Reuters) - The number of young people in Britain not in education, employment or training rose to 1.02 million in the final three months of 2029, official figures showed on Thursday.",
        True,
        [
            ("date", "--02-28", None, None),
            ("count", 1020000, None, None),
            ("duration", 3, "month", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "That equalled 13.1% of all 16- to 24-year-olds against 12.4% at the end of 2028, the Office for National Statistics said.",
        True,
        [
            ("percent", 13.1, "%", None),
            ("duration", 16, "year", None),
            ("duration", 24, "year", None),
            ("percent", 12.4, "%", None),
            ("year", 2028, None, None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "About 60% of them were not looking for work, many because of long-term sickness or disability.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Pennock-Hayes said 18- to 21-year-olds out of work for six months would be offered a guaranteed paid placement from September.",
        True,
        [
            ("duration", 18, "year", None),
            ("duration", 21, "year", None),
            ("duration", 6, "month", None),
        ],
        "Pennock-Hayes",
    ),
    (
        "en",
        'The King\'s Trust called the figures "a generation being quietly written off".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Charities urged ministers to act before more young people drift away from the labour market for good.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Kwame Ashdown-Pyle, senior economist at the Resolution Foundation, said nearly one in eight young men were now NEET.",
        True,
        [("fraction", 0.125, None, "nearly")],
        None,
    ),
    # --- Austrian February figures (APA), March 1 ---
    (
        "de",
        "Wien (APA) - Ende Februar waren in Österreich 425.190 Personen arbeitslos oder in Schulung, um 17.860 mehr als vor einem Jahr.",
        True,
        [("count", 425190, None, None), ("count", 17860, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote lag bei 8,2 Prozent, ein Plus von 0,3 Prozentpunkten.",
        True,
        [("percent", 8.2, "%", None), ("percent", 0.3, "pp", None)],
        None,
    ),
    (
        "de",
        "Am kräftigsten legte die Arbeitslosigkeit in Oberösterreich mit plus 11,4 Prozent zu, gefolgt von der Steiermark mit plus 9,7 Prozent.",
        True,
        [("percent", 11.4, "%", None), ("percent", 9.7, "%", None)],
        None,
    ),
    (
        "de",
        "Bei Arbeitslosen 50+ betrug der Anstieg 6,2 Prozent.",
        True,
        [("duration", 50, "year", "at_least"), ("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "Beim AMS waren nur noch 71.240 sofort verfügbare offene Stellen gemeldet, um 13,5 Prozent weniger als im Februar des Vorjahres.",
        True,
        [("count", 71240, None, None), ("percent", 13.5, "%", None)],
        None,
    ),
    (
        "de",
        "AMS-Vorstand Clemens Haberfellner sagte, fast jede dritte gemeldete Stelle sei inzwischen eine Teilzeitstelle.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Clemens Haberfellner",
    ),
    (
        "de",
        "„Der Fachkräftemangel ist durch die Flaute nicht verschwunden, er ist nur leiser geworden“, sagte Haberfellner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer forderte die Regierung auf, mehr Geld für die Qualifizierung älterer Arbeitsloser bereitzustellen.",
        False,
        [],
        None,
    ),
    # --- Short-time work in the watch industry (awp), March 8 ---
    (
        "de",
        "Biel (awp) - In der Uhrenindustrie greifen immer mehr Firmen zur Kurzarbeit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Januar waren in der Schweiz 11'460 Beschäftigte in 612 Betrieben von Kurzarbeit betroffen, fast dreimal so viele wie im Januar des Vorjahres, wie aus Daten des Seco hervorgeht.",
        True,
        [("count", 11460, None, None), ("count", 612, None, None), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "de",
        "Gut ein Drittel der Ausfallstunden entfiel auf die Uhrenbranche.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenversicherung zahlte dafür im Januar rund 38 Millionen Franken Kurzarbeitsentschädigung aus.",
        True,
        [("money", 38000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der Uhrenhersteller Chronaval teilte mit, er führe ab 1. April an zwei Standorten im Jura Kurzarbeit für rund 380 Mitarbeitende ein.",
        True,
        [("date", "--04-01", None, None), ("count", 2, None, None), ("count", 380, None, "about")],
        None,
    ),
    (
        "de",
        "«Wir fahren auf Sicht», sagte Chronaval-Chefin Odile Perrenoud-Vuilleumier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Höchstdauer der Kurzarbeitsentschädigung beträgt derzeit 20 Monate.",
        True,
        [("duration", 20, "month", None)],
        None,
    ),
    # --- U.S. March jobs report (Reuters), April 5 ---
    (
        "en",
        "WASHINGTON, April 5 (Reuters) - U.S. job growth rebounded in March as warmer weather lifted construction hiring, with nonfarm payrolls increasing by 164,000, the Labor Department's closely watched employment report showed on Friday.",
        True,
        [("date", "--04-05", None, None), ("count", 164000, None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast 130,000 jobs.",
        True,
        [("count", 130000, None, None)],
        None,
    ),
    (
        "en",
        "February's figure was revised up to 71,000 from an initially reported 48,000.",
        True,
        [("count", 71000, None, None), ("count", 48000, None, None)],
        None,
    ),
    (
        "en",
        "Construction employment rose by 38,000, the most in more than two years.",
        True,
        [("count", 38000, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "en",
        "The jobless rate slipped to 4.6% from 4.7%, and the share of working-age Americans in the labor force was unchanged at 62.3%.",
        True,
        [("percent", 4.6, "%", None), ("percent", 4.7, "%", None), ("percent", 62.3, "%", None)],
        None,
    ),
    (
        "en",
        "Manufacturing shed 9,000 jobs, its sixth monthly decline in a row.",
        True,
        [("count", 9000, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        '"Do not read too much into the weather bounce," said Gus Trevathan, senior economist at Ridgefield Securities.',
        False,
        [],
        None,
    ),
    # --- German April figures (Reuters German), April 30 ---
    (
        "de",
        "ARBEITSLOSENZAHL APRIL SAISONBEREINIGT +18.000 (REUTERS-PROGNOSE +10.000)",
        True,
        [("count", 18000, None, None), ("count", 10000, None, None)],
        None,
    ),
    (
        "de",
        "Nürnberg (Reuters) - Die übliche Frühjahrsbelebung hat am deutschen Arbeitsmarkt auch im April kaum Spuren hinterlassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Arbeitslosen sank gegenüber März nur um 21.000 auf 2,987 Millionen.",
        True,
        [("count", 21000, None, None), ("count", 2987000, None, None)],
        None,
    ),
    (
        "de",
        "Die Quote ging um 0,1 Punkte auf 6,4 Prozent zurück.",
        True,
        [("percent", 0.1, "pp", None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "BA-Vorstand Matthias Egerland sagte, Stellen würden derzeit hauptsächlich bei Autoherstellern und deren Zulieferern gestrichen.",
        True,
        [],
        "Matthias Egerland",
    ),
    (
        "de",
        "„Von einer Entspannung kann noch keine Rede sein“, sagte Egerland.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Institut für Arbeitsmarkt- und Berufsforschung (IAB) erwartet im Jahresschnitt 2030 rund 3,01 Millionen Arbeitslose.",
        True,
        [("year", 2030, None, None), ("count", 3010000, None, "about")],
        None,
    ),
    (
        "de",
        "Volkswirte führen die Schwäche vor allem auf die anhaltende Investitionszurückhaltung der Industrie zurück.",
        False,
        [],
        None,
    ),
    # --- Swiss April figures (Keystone-SDA), May 7 ---
    (
        "de",
        "Bern (Keystone-SDA) - Im April ist die Schweizer Arbeitslosenquote auf 2,9 Prozent zurückgegangen, nachdem sie im März noch 3,1 Prozent betragen hatte.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Ende April waren 137'820 Personen bei den RAV als arbeitslos gemeldet, 6'150 weniger als im Vormonat.",
        True,
        [("count", 137820, None, None), ("count", 6150, None, None)],
        None,
    ),
    (
        "de",
        "Junge Menschen zwischen 15 und 24 Jahren waren um 8,3 Prozent seltener arbeitslos, ihre Zahl lag bei 14'270.",
        True,
        [
            ("duration", 15, "year", None),
            ("duration", 24, "year", None),
            ("percent", 8.3, "%", None),
            ("count", 14270, None, None),
        ],
        None,
    ),
    (
        "de",
        "Gemäss Seco wies die Genferseeregion mit 3,9 Prozent weiterhin die höchste Quote aus.",
        True,
        [("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die saisonbereinigte Quote blieb mit 2,9 Prozent den vierten Monat in Folge unverändert, hiess es beim Seco.",
        True,
        [("percent", 2.9, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "«Die Lage ist stabil, aber fragil», sagte Casutt.",
        False,
        [],
        None,
    ),
    # --- UK pay growth (Reuters), May 14 ---
    (
        "en",
        "UK REGULAR PAY GROWTH 3.8% IN THREE MONTHS TO MARCH (REUTERS POLL 3.9%)",
        True,
        [("percent", 3.8, "%", None), ("duration", 3, "month", None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "LONDON, May 14 (Reuters) - Pay growth in Britain cooled to its slowest pace in nearly four years while the jobless rate stayed at 5.4%, official figures showed on Tuesday.",
        True,
        [
            ("date", "--05-14", None, None),
            ("duration", 4, "year", "nearly"),
            ("percent", 5.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Regular pay excluding bonuses rose 3.8% in the January-to-March period, down from 4.0% in the three months to February.",
        True,
        [("percent", 3.8, "%", None), ("percent", 4.0, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Adjusted for inflation, regular pay grew by 0.9%.",
        True,
        [("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        "In the private sector, which the Bank of England watches most closely, regular pay growth eased to 3.5%, short of the central bank's own forecast of 3.7%.",
        True,
        [("percent", 3.5, "%", None), ("percent", 3.7, "%", None)],
        None,
    ),
    (
        "en",
        "Investors now put the odds of a quarter-point cut at the Bank's June 20 meeting at roughly 75%.",
        True,
        [
            ("percent", 0.25, "pp", None),
            ("date", "--06-20", None, None),
            ("percent", 75, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        '"The pay squeeze on businesses is finally easing," said Priya Venkatesan-Holt, an economist at Calderbrook Bank.',
        False,
        [],
        None,
    ),
    # --- Skilled-worker shortage study (dpa), June 4 ---
    (
        "de",
        "Köln (dpa) - Trotz steigender Arbeitslosigkeit fehlen in Deutschland weiterhin rund 487.000 qualifizierte Fachkräfte, wie eine Studie des arbeitgebernahen Instituts der deutschen Wirtschaft (IW) ergab.",
        True,
        [("count", 487000, None, "about")],
        None,
    ),
    (
        "de",
        "In 163 von 1.200 untersuchten Berufen gebe es mehr offene Stellen als passend qualifizierte Arbeitslose, heißt es in der Untersuchung.",
        True,
        [("count", 163, None, None), ("count", 1200, None, None)],
        None,
    ),
    (
        "de",
        "Am größten ist die Lücke demnach in der Kinderbetreuung mit knapp 21.000 fehlenden Fachkräften, gefolgt von der Altenpflege mit 18.400.",
        True,
        [("count", 21000, None, "nearly"), ("count", 18400, None, None)],
        None,
    ),
    (
        "de",
        "IW-Ökonomin Jana Holtkötter sagte, fast jede vierte offene Stelle im Handwerk könne rechnerisch nicht besetzt werden.",
        True,
        [("fraction", 0.25, None, "nearly")],
        "Jana Holtkötter",
    ),
    (
        "de",
        "„Wir haben zu viele Arbeitslose und zu wenige Fachkräfte zugleich – das ist kein Widerspruch, sondern ein Passungsproblem“, sagte Holtkötter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis 2035 gehen nach IW-Berechnungen jedes Jahr rund 400.000 Beschäftigte mehr in Rente, als junge Menschen nachrücken.",
        True,
        [("year", 2035, None, None), ("count", 400000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Arbeitgeberverbände forderten die Bundesregierung auf, die Zuwanderung von Fachkräften zu erleichtern.",
        False,
        [],
        None,
    ),
    # --- U.S. weekly jobless claims (Reuters), June 13 ---
    (
        "en",
        "WASHINGTON, June 13 (Reuters) - Americans filed more new jobless claims last week than at any time in 10 months.",
        True,
        [("date", "--06-13", None, None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "en",
        "Initial claims for state unemployment benefits increased 14,000 to a seasonally adjusted 251,000 for the week ended June 8, the Labor Department said on Thursday.",
        True,
        [
            ("count", 14000, None, None),
            ("count", 251000, None, None),
            ("date", "--06-08", None, None),
        ],
        "the Labor Department",
    ),
    (
        "en",
        "Economists polled by Reuters had forecast 238,000 claims for the latest week.",
        True,
        [("count", 238000, None, None)],
        None,
    ),
    (
        "en",
        "Continuing claims, which count people still receiving aid, rose 22,000 to 1.97 million in the week ending June 1.",
        True,
        [
            ("count", 22000, None, None),
            ("count", 1970000, None, None),
            ("date", "--06-01", None, None),
        ],
        None,
    ),
    (
        "en",
        "Smoothed over four weeks to iron out volatility, initial claims averaged 242,500, up 6,750.",
        True,
        [("duration", 4, "week", None), ("count", 242500, None, None), ("count", 6750, None, None)],
        None,
    ),
    (
        "en",
        "Some economists said seasonal quirks around the start of summer could be distorting the numbers.",
        False,
        [],
        None,
    ),
    # --- Austrian June figures and apprenticeships (APA), July 1 ---
    (
        "de",
        "Wien (APA) - Österreichs Arbeitsmarkt hat im Juni den 27. Monat in Folge mehr Arbeitslose verzeichnet.",
        True,
        [("ordinal", 27, None, None)],
        None,
    ),
    (
        "de",
        "Ende Juni waren 377.410 Menschen arbeitslos oder in Schulung, um 4,6 Prozent mehr als im Juni des Vorjahres, teilte das Arbeitsmarktservice (AMS) am Montag mit.",
        True,
        [("count", 377410, None, None), ("percent", 4.6, "%", None)],
        "das Arbeitsmarktservice",
    ),
    (
        "de",
        "Die Arbeitslosenquote lag bei 6,4 Prozent.",
        True,
        [("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Zugleich waren 9.870 Lehrstellensuchende vorgemerkt, denen nur 8.120 sofort verfügbare Lehrstellen gegenüberstanden.",
        True,
        [("count", 9870, None, None), ("count", 8120, None, None)],
        None,
    ),
    (
        "de",
        "Tschernutter sagte, in Wien kämen rechnerisch 3,4 Lehrstellensuchende auf eine offene Lehrstelle, in Salzburg seien es nur 0,6.",
        True,
        [("count", 3.4, None, None), ("count", 0.6, None, None)],
        "Tschernutter",
    ),
    (
        "de",
        "„Kein Jugendlicher darf nach der Pflichtschule auf der Straße stehen“, sagte Tschernutter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wer noch eine Lehrstelle für den Herbst sucht, sollte sich rasch bei der regionalen AMS-Geschäftsstelle melden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Langzeitbeschäftigungslosen sank um 3,2 Prozent auf 96.540.",
        True,
        [("percent", 3.2, "%", None), ("count", 96540, None, None)],
        None,
    ),
    # --- U.S. June jobs and teen summer jobs (AP), July 5 ---
    (
        "en",
        "WASHINGTON (AP) — U.S. employers added 127,000 jobs in June, a decent gain that nonetheless left the unemployment rate stuck at 4.6% for a third straight month.",
        True,
        [("count", 127000, None, None), ("percent", 4.6, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Job gains for April and May were revised up by a combined 18,000.",
        True,
        [("count", 18000, None, None)],
        None,
    ),
    (
        "en",
        "The jobless rate for teenagers aged 16 to 19 climbed to 14.8%, the highest for June since 2014.",
        True,
        [
            ("duration", 16, "year", None),
            ("duration", 19, "year", None),
            ("percent", 14.8, "%", None),
            ("year", 2014, None, None),
        ],
        None,
    ),
    (
        "en",
        "Only about 31% of teens were working or looking for work last month, far below the levels of the 1980s.",
        True,
        [("percent", 31, "%", "about")],
        None,
    ),
    (
        "en",
        '"Summer jobs used to be a rite of passage — now kids are competing with adults for every shift," said Tamika Oduya-Reyes, who manages an ice cream parlor in Columbus, Ohio.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Average hourly pay rose 0.4% from May to $37.98.",
        True,
        [("percent", 0.4, "%", None), ("money", 37.98, "USD", None)],
        None,
    ),
    (
        "en",
        '"This is a labor market that is cooling in slow motion," Vantreese told reporters.',
        False,
        [],
        None,
    ),
    # --- Euro zone unemployment (Reuters), July 31 ---
    (
        "en",
        "LUXEMBOURG, July 31 (Reuters) - Unemployment in the 21 countries sharing the euro rose to 6.6% in June from 6.5% in May, Eurostat said on Wednesday.",
        True,
        [
            ("date", "--07-31", None, None),
            ("count", 21, None, None),
            ("percent", 6.6, "%", None),
            ("percent", 6.5, "%", None),
        ],
        "Eurostat",
    ),
    (
        "en",
        "Economists had expected the rate to stay at 6.5%.",
        True,
        [("percent", 6.5, "%", None)],
        None,
    ),
    (
        "en",
        "Youth unemployment among those under 25 climbed to 15.4%, with Spain at 26.2% and Germany at 7.1%.",
        True,
        [
            ("duration", 25, "year", "under"),
            ("percent", 15.4, "%", None),
            ("percent", 26.2, "%", None),
            ("percent", 7.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The lowest rates were in Malta and the Czech Republic, at 2.6% each.",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        "Eurostat estimated that 11.32 million people were out of work across the euro area, up 138,000 from May.",
        True,
        [("count", 11320000, None, None), ("count", 138000, None, None)],
        None,
    ),
    (
        "en",
        "Some economists said the data gave the European Central Bank more reason to keep easing policy.",
        False,
        [],
        None,
    ),
    # --- Swiss July figures and school leavers (Keystone-SDA), August 7 ---
    (
        "de",
        "Bern (Keystone-SDA) - Nach den Lehrabschlüssen ist die Arbeitslosigkeit bei den Jugendlichen in der Schweiz im Juli um 22,6 Prozent gestiegen.",
        True,
        [("percent", 22.6, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den 15- bis 24-Jährigen waren Ende Juli 17'940 Personen arbeitslos gemeldet, 3'310 mehr als im Juni, wie das Seco mitteilte.",
        True,
        [
            ("duration", 15, "year", None),
            ("duration", 24, "year", None),
            ("count", 17940, None, None),
            ("count", 3310, None, None),
        ],
        "das Seco",
    ),
    (
        "de",
        "Die Gesamtquote stieg leicht auf 2,8 Prozent, die Jugendarbeitslosenquote auf 3,1 Prozent.",
        True,
        [("percent", 2.8, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "«Rund drei Viertel der jungen Arbeitslosen finden innert sechs Monaten eine Stelle», sagte Seco-Arbeitsmarktchef Casutt.",
        True,
        [("fraction", 0.75, None, "about"), ("duration", 6, "month", None)],
        "Casutt",
    ),
    (
        "de",
        "«Wer eine Lehre abgeschlossen hat, ist auf dem Arbeitsmarkt gut gerüstet», sagte Casutt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Jungsozialisten forderten ein Recht auf Weiterbeschäftigung nach der Lehre.",
        False,
        [],
        None,
    ),
    # --- German August figures and the training market (dpa), August 30 ---
    (
        "de",
        "Nürnberg (dpa) - In der Sommerflaute ist die Arbeitslosigkeit in Deutschland im August auf 3,046 Millionen Menschen gestiegen.",
        True,
        [("count", 3046000, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der BA waren das 39.000 mehr als im Juli und 142.000 mehr als vor einem Jahr.",
        True,
        [("count", 39000, None, None), ("count", 142000, None, None)],
        "die BA",
    ),
    (
        "de",
        "Die Arbeitslosenquote stieg um 0,1 Prozentpunkte auf 6,6 Prozent.",
        True,
        [("percent", 0.1, "pp", None), ("percent", 6.6, "%", None)],
        None,
    ),
    (
        "de",
        "Zum Start des Ausbildungsjahres waren noch 214.000 Ausbildungsstellen unbesetzt, zugleich suchten 97.000 junge Menschen eine Lehrstelle.",
        True,
        [("count", 214000, None, None), ("count", 97000, None, None)],
        None,
    ),
    (
        "de",
        "Ballhausen sagte, jeder fünfte unbesetzte Ausbildungsplatz entfalle auf das Lebensmittelhandwerk und die Gastronomie.",
        True,
        [("fraction", 0.2, None, None)],
        "Ballhausen",
    ),
    (
        "de",
        "„Wir haben Betriebe, die keine Azubis finden, und Jugendliche, die keinen Platz finden – das müssen wir zusammenbringen“, sagte Ballhausen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Beschäftigten in Kurzarbeit lag nach vorläufigen Hochrechnungen im Juni bei 212.000.",
        True,
        [("count", 212000, None, None)],
        None,
    ),
    # --- U.S. August jobs report (Reuters), September 6 ---
    (
        "en",
        "U.S. AUG NONFARM PAYROLLS +61,000 (REUTERS POLL +95,000); JOBLESS RATE 4.8% (POLL 4.7%)",
        True,
        [
            ("count", 61000, None, None),
            ("count", 95000, None, None),
            ("percent", 4.8, "%", None),
            ("percent", 4.7, "%", None),
        ],
        None,
    ),
    (
        "en",
        "WASHINGTON, Sept 6 (Reuters) - U.S. hiring slowed sharply in August and the unemployment rate climbed to 4.8%, the highest since the summer of 2021, raising fears the economy is heading for a recession.",
        True,
        [("date", "--09-06", None, None), ("percent", 4.8, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The Labor Department said on Friday that nonfarm payrolls grew by just 61,000 in August.",
        True,
        [("count", 61000, None, None)],
        "the Labor Department",
    ),
    (
        "en",
        "Data for June and July was revised to show 34,000 fewer jobs created than previously reported.",
        True,
        [("count", 34000, None, None)],
        None,
    ),
    (
        "en",
        "The three-month average of payroll gains fell to 58,000, well below the roughly 100,000 economists estimate is needed to keep pace with growth in the working-age population.",
        True,
        [
            ("duration", 3, "month", None),
            ("count", 58000, None, None),
            ("count", 100000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The unemployment rate has risen 0.6 percentage point from its low of 4.2% in mid-2029, a move that has historically signaled the start of a downturn.",
        True,
        [("percent", 0.6, "pp", None), ("percent", 4.2, "%", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        '"It is getting harder to argue this is just a soft patch," said Meredith Oyelowo of Halden Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fed funds futures now price a roughly 85% chance of a half-point cut at the Fed's Sept 17-18 meeting.",
        True,
        [
            ("percent", 85, "%", "about"),
            ("percent", 0.5, "pp", None),
            ("date", "--09-17", None, None),
            ("date", "--09-18", None, None),
        ],
        None,
    ),
    # --- UK skills shortages (PA), September 17 ---
    (
        "en",
        "LONDON (PA) - Employers in Britain are struggling to fill skilled roles in care, construction and engineering even as unemployment rises, according to the Recruitment and Employment Confederation.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Nearly four in 10 firms surveyed said they had left at least one skilled vacancy unfilled for more than three months.",
        True,
        [
            ("fraction", 0.4, None, "nearly"),
            ("count", 1, None, "at_least"),
            ("duration", 3, "month", "over"),
        ],
        None,
    ),
    (
        "en",
        "The ONS said vacancies in the three months to August fell by 18,000 to 651,000, the lowest since early 2021.",
        True,
        [
            ("duration", 3, "month", None),
            ("count", 18000, None, None),
            ("count", 651000, None, None),
            ("year", 2021, None, None),
        ],
        "the ONS",
    ),
    (
        "en",
        "Health and social care still had about 98,000 open posts, roughly 15% of the total.",
        True,
        [("count", 98000, None, "about"), ("percent", 15, "%", "about")],
        None,
    ),
    (
        "en",
        "Recruitment and Employment Confederation chief executive Imelda Northcote said the number of candidates per skilled vacancy had risen for a fifth month but remained low in engineering.",
        True,
        [("ordinal", 5, None, None)],
        "Imelda Northcote",
    ),
    (
        "en",
        '"We have a skills mismatch, not a shortage of people," Northcote said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government cut the list of occupations eligible for discounted skilled worker visas to 48 from 71 in July.",
        True,
        [("count", 48, None, None), ("count", 71, None, None)],
        None,
    ),
    # --- German September figures (Reuters German), September 30 ---
    (
        "de",
        "Nürnberg (Reuters) - Mit der Herbstbelebung ist die Arbeitslosenzahl in Deutschland im September um 71.000 auf 2,975 Millionen zurückgegangen.",
        True,
        [("count", 71000, None, None), ("count", 2975000, None, None)],
        None,
    ),
    (
        "de",
        "Saisonbereinigt stieg die Zahl jedoch um 12.000.",
        True,
        [("count", 12000, None, None)],
        None,
    ),
    (
        "de",
        "Von Reuters befragte Ökonomen hatten einen Anstieg um 9.000 erwartet.",
        True,
        [("count", 9000, None, None)],
        None,
    ),
    (
        "de",
        "Den saisonbereinigten Anstieg im August revidierte die BA von 14.000 auf 17.000 nach oben.",
        True,
        [("count", 14000, None, None), ("count", 17000, None, None)],
        None,
    ),
    (
        "de",
        "BA-Vorstand Egerland sagte, die Kurzarbeit sei im Juli auf 236.000 Beschäftigte gestiegen, den höchsten Stand seit dem Frühjahr 2021.",
        True,
        [("count", 236000, None, None), ("year", 2021, None, None)],
        "Egerland",
    ),
    (
        "de",
        "„Der Herbst bringt keine Wende, sondern nur eine Atempause“, sagte Egerland.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Erwerbstätigen schrumpfte im August saisonbereinigt um 18.000 auf 45,9 Millionen, wie Daten des Statistischen Bundesamts zeigen.",
        True,
        [("count", 18000, None, None), ("count", 45900000, None, None)],
        None,
    ),
    (
        "de",
        "Wie stark die Arbeitslosigkeit im Winter steigt, ist unter Ökonomen umstritten.",
        False,
        [],
        None,
    ),
    # --- U.S. job openings (Reuters), October 8 ---
    (
        "en",
        "WASHINGTON, Oct 8 (Reuters) - Vacancies at U.S. employers dropped to 6.4 million in August, the lowest reading since December 2020, a government survey showed on Tuesday.",
        True,
        [
            ("date", "--10-08", None, None),
            ("count", 6400000, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast 6.9 million openings.",
        True,
        [("count", 6900000, None, None)],
        None,
    ),
    (
        "en",
        "That left 0.86 openings per unemployed worker, compared with 0.91 a month earlier.",
        True,
        [("count", 0.86, None, None), ("count", 0.91, None, None)],
        None,
    ),
    (
        "en",
        "Hires dropped by 215,000 to 4.98 million, while the quits rate, a gauge of workers' confidence in their job prospects, slipped to 1.8%.",
        True,
        [
            ("count", 215000, None, None),
            ("count", 4980000, None, None),
            ("percent", 1.8, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Layoffs rose to 1.86 million, the most since early 2021.",
        True,
        [("count", 1860000, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Economists said the report pointed to a labor market where workers are holding on to the jobs they have.",
        False,
        [],
        None,
    ),
    # --- Skilled-worker shortage in Switzerland (Keystone-SDA), October 10 ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Fachkräftemangel in der Schweiz hat sich trotz steigender Arbeitslosigkeit nur leicht entschärft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Fachkräftemangel-Index des Personalvermittlers Talentis sank im dritten Quartal um 6 Prozent gegenüber dem Vorjahr, wie aus der am Donnerstag veröffentlichten Studie hervorgeht.",
        True,
        [("ordinal", 3, None, None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "de",
        "Auf 100 ausgeschriebene Stellen für Pflegefachpersonen kamen rechnerisch nur 31 passend qualifizierte Stellensuchende.",
        True,
        [("count", 100, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "«In den nächsten zehn Jahren gehen rund 1,1 Millionen Babyboomer in Pension, aber nur etwa 800'000 Junge kommen nach», sagte Studienleiterin Nadja Fuhrimann.",
        True,
        [
            ("duration", 10, "year", None),
            ("count", 1100000, None, "about"),
            ("count", 800000, None, "about"),
        ],
        "Nadja Fuhrimann",
    ),
    (
        "de",
        "«Die Unternehmen müssen lernen, auch Quereinsteigern eine Chance zu geben», sagte Fuhrimann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Seco waren im September 39'870 offene Stellen bei den RAV gemeldet, 12 Prozent weniger als ein Jahr zuvor.",
        True,
        [("count", 39870, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband warnte vor einer Verschärfung der Zuwanderungsregeln.",
        False,
        [],
        None,
    ),
    # --- UK October figures (Reuters), October 15 ---
    (
        "en",
        "LONDON, Oct 15 (Reuters) - Unemployment in Britain reached 5.7% over the three months through August, its highest since 2015, official data showed on Tuesday.",
        True,
        [
            ("date", "--10-15", None, None),
            ("percent", 5.7, "%", None),
            ("duration", 3, "month", None),
            ("year", 2015, None, None),
        ],
        None,
    ),
    (
        "en",
        "The number of people claiming unemployment-related benefits rose by 27,400 in September to 1.84 million.",
        True,
        [("count", 27400, None, None), ("count", 1840000, None, None)],
        None,
    ),
    (
        "en",
        "Some 114,000 people told the Labour Force Survey they had been made redundant in the three months to August, or 4.1 of every 1,000 employees.",
        True,
        [
            ("count", 114000, None, "about"),
            ("duration", 3, "month", None),
            ("count", 4.1, None, None),
            ("count", 1000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Annual growth in regular pay slowed to 3.3%, its weakest since 2021.",
        True,
        [("percent", 3.3, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        '"The jobs market is no longer cooling, it is cold," said Kwame Ashdown-Pyle of the Resolution Foundation.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pennock-Hayes said 1.9 million people were now on out-of-work sickness benefits, up from 1.6 million in 2025.",
        True,
        [
            ("count", 1900000, None, None),
            ("count", 1600000, None, None),
            ("year", 2025, None, None),
        ],
        "Pennock-Hayes",
    ),
    (
        "en",
        "Business groups blamed higher employer national insurance contributions for the weak hiring.",
        False,
        [],
        None,
    ),
    # --- U.S. October jobs report (AP), November 1 ---
    (
        "en",
        "WASHINGTON (AP) — America's employers cut 24,000 jobs in October, the first monthly decline since December 2020, as a walkout at a big aircraft manufacturer and layoffs at federal contractors weighed on hiring.",
        True,
        [("count", 24000, None, None), ("ordinal", 1, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "The unemployment rate rose to 4.9% from 4.8%, the Labor Department said Friday.",
        True,
        [("percent", 4.9, "%", None), ("percent", 4.8, "%", None)],
        "the Labor Department",
    ),
    (
        "en",
        "The strike, now in its sixth week, kept about 31,000 machinists off payrolls during the survey period.",
        True,
        [("ordinal", 6, None, None), ("count", 31000, None, "about")],
        None,
    ),
    (
        "en",
        "Excluding the strike, employers would have added roughly 7,000 jobs, economists at Ridgefield Securities estimated.",
        True,
        [("count", 7000, None, "about")],
        None,
    ),
    (
        "en",
        "Striking workers are counted as employed in the household survey, so the walkout did not push up the jobless rate.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The White House blamed the union for the drop.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The unemployment rate for Black workers jumped to 8.1%, its highest in three years.",
        True,
        [("percent", 8.1, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        '"I\'m doing gig work just to cover groceries," said Rashad Villanueva-Cole, a machinist on the picket line in Wichita, Kansas.',
        False,
        [],
        None,
    ),
    # --- Austrian October figures and the AMS budget (APA), November 4 ---
    (
        "de",
        "Wien (APA) - Ende Oktober waren in Österreich 409.760 Personen arbeitslos oder in Schulung, um 6,1 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 409760, None, None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "Laut AMS lag die Quote bei 7,3 Prozent, 0,4 Prozentpunkte über dem Vorjahreswert.",
        True,
        [("percent", 7.3, "%", None), ("percent", 0.4, "pp", None)],
        "AMS",
    ),
    (
        "de",
        "Das Wifo rechnet im Jahresschnitt 2031 mit einer Arbeitslosenquote von 7,9 Prozent.",
        True,
        [("year", 2031, None, None), ("percent", 7.9, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2031 stehen dem AMS für aktive Arbeitsmarktpolitik rund 1,32 Milliarden Euro zur Verfügung, um 110 Millionen Euro weniger als heuer.",
        True,
        [
            ("year", 2031, None, None),
            ("money", 1320000000, "EUR", "about"),
            ("money", 110000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Nach AMS-Berechnungen fallen damit rund 14.000 Schulungsplätze weg.",
        True,
        [("count", 14000, None, "about")],
        None,
    ),
    (
        "de",
        "AMS-Vorstand Haberfellner hält die Kürzung für „das falsche Signal zur falschen Zeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen warfen der Regierung vor, die Arbeitslosen im Stich zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei Personen über 50 Jahre stieg die Arbeitslosigkeit um 8,8 Prozent, bei Frauen um 7,4 Prozent.",
        True,
        [
            ("duration", 50, "year", "over"),
            ("percent", 8.8, "%", None),
            ("percent", 7.4, "%", None),
        ],
        None,
    ),
    # --- UK youth unemployment (PA), November 12 ---
    (
        "en",
        "LONDON (PA) - Unemployment in the UK has risen to 5.8%, with youth joblessness hitting its highest level in more than a decade.",
        True,
        [("percent", 5.8, "%", None)],
        None,
    ),
    (
        "en",
        "The jobless rate in the 16-24 age group rose to 16.9% in the July-to-September quarter, ONS figures showed.",
        True,
        [
            ("duration", 16, "year", None),
            ("duration", 24, "year", None),
            ("percent", 16.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The Office for National Statistics said long-term sickness kept 1.12 million people aged 50 to 64 out of the labour force.",
        True,
        [
            ("count", 1120000, None, None),
            ("duration", 50, "year", None),
            ("duration", 64, "year", None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Payrolled employee numbers fell by 32,000 on the month, the biggest drop since the pandemic.",
        True,
        [("count", 32000, None, None)],
        None,
    ),
    (
        "en",
        '"Behind these figures are young people whose confidence is being chipped away," said a spokeswoman for the Youth Futures Foundation.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government said it would spend 400 million pounds over two years on a youth guarantee covering apprenticeships and paid work placements.",
        True,
        [("money", 400000000, "GBP", None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Short-time work at car suppliers (dpa/lsw), November 13 ---
    (
        "de",
        "Stuttgart (dpa/lsw) - In Baden-Württemberg schicken immer mehr Autozulieferer ihre Beschäftigten in Kurzarbeit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im September zeigten 412 Betriebe im Land Kurzarbeit für insgesamt 48.600 Beschäftigte an, meldete die Regionaldirektion Baden-Württemberg der Bundesagentur für Arbeit.",
        True,
        [("count", 412, None, None), ("count", 48600, None, None)],
        None,
    ),
    (
        "de",
        "Das ist fast ein Drittel aller Kurzarbeitsanzeigen in Deutschland.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Zulieferer Hegauer Präzisionsantriebe kündigte an, die Arbeitszeit für 2.300 seiner 5.100 Beschäftigten ab 1. Dezember um bis zu 40 Prozent zu kürzen.",
        True,
        [
            ("count", 2300, None, None),
            ("count", 5100, None, None),
            ("date", "--12-01", None, None),
            ("percent", 40, "%", "up_to"),
        ],
        None,
    ),
    (
        "de",
        "Regionaldirektionschefin Carmen Stierle-Haag sagte, die Arbeitslosenquote im Südwesten liege mit 4,9 Prozent so hoch wie seit 2010 nicht mehr.",
        True,
        [("percent", 4.9, "%", None), ("year", 2010, None, None)],
        "Carmen Stierle-Haag",
    ),
    (
        "de",
        "„Die Transformation frisst sich durch die Zulieferkette“, sagte IG-Metall-Bezirksleiter Uwe Kleinknecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Kurzarbeitergeld kann derzeit bis zu 21 Monate bezogen werden.",
        True,
        [("duration", 21, "month", "up_to")],
        None,
    ),
    (
        "de",
        "Die Betriebsräte hoffen, dass die Kurzarbeit Entlassungen verhindert.",
        False,
        [],
        None,
    ),
    # --- German November figures (dpa), November 29 ---
    (
        "de",
        "Nürnberg (dpa) - Im November ist die Arbeitslosigkeit in Deutschland leicht zurückgegangen, auf 2,968 Millionen.",
        True,
        [("count", 2968000, None, None)],
        None,
    ),
    (
        "de",
        "Das waren 11.000 weniger als im Oktober, aber 158.000 mehr als vor einem Jahr.",
        True,
        [("count", 11000, None, None), ("count", 158000, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote gab um 0,1 Prozentpunkte nach und lag bei 6,4 Prozent.",
        True,
        [("percent", 0.1, "pp", None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zum November des Vorjahres waren 71.000 Langzeitarbeitslose mehr registriert, insgesamt rund 1,08 Millionen.",
        True,
        [("count", 71000, None, None), ("count", 1080000, None, "about")],
        None,
    ),
    (
        "de",
        "Die BA-Chefin sagte, 2030 werde voraussichtlich das erste Jahr seit 2009 sein, in dem die Zahl der sozialversicherungspflichtig Beschäftigten sinke.",
        True,
        [("year", 2030, None, None), ("ordinal", 1, None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "„Der Arbeitsmarkt steht unter Druck, aber er hält“, sagte Ballhausen.",
        False,
        [],
        None,
    ),
    # --- U.S. November jobs report (Reuters), December 6 ---
    (
        "en",
        "WASHINGTON, Dec 6 (Reuters) - Hiring in the United States picked up in November, with 142,000 jobs added as striking machinists went back to work, while the jobless rate held at 4.9%.",
        True,
        [
            ("date", "--12-06", None, None),
            ("count", 142000, None, None),
            ("percent", 4.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Economists surveyed by Reuters had pencilled in 155,000.",
        True,
        [("count", 155000, None, None)],
        None,
    ),
    (
        "en",
        "October's payrolls were revised to show a loss of 9,000 jobs instead of 24,000.",
        True,
        [("count", 9000, None, None), ("count", 24000, None, None)],
        None,
    ),
    (
        "en",
        "Average hourly earnings increased 0.2% to $38.21, the smallest monthly rise since April.",
        True,
        [("percent", 0.2, "%", None), ("money", 38.21, "USD", None)],
        None,
    ),
    (
        "en",
        "Labor Secretary Odessa Vantreese told reporters that about 29,000 returning strikers accounted for a fifth of the month's job gains.",
        True,
        [("count", 29000, None, "about"), ("fraction", 0.2, None, None)],
        "Odessa Vantreese",
    ),
    (
        "en",
        '"Take out the strikers and you have a labor market that is barely breathing," said Gus Trevathan of Ridgefield Securities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bond traders said the figures left expectations for the Fed's December meeting largely unchanged.",
        False,
        [],
        None,
    ),
    # --- Swiss November figures and the federal forecast (Keystone-SDA), December 9 ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit 3,2 Prozent hat die Schweizer Arbeitslosenquote im November den höchsten Wert seit Januar 2021 erreicht.",
        True,
        [("percent", 3.2, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Ende November waren 149'880 Personen bei den RAV als arbeitslos gemeldet, 8'930 mehr als im Oktober.",
        True,
        [("count", 149880, None, None), ("count", 8930, None, None)],
        None,
    ),
    (
        "de",
        "Bereinigt um saisonale Schwankungen kletterte sie auf 3,0 Prozent, ein Plus von 0,1 Prozentpunkten.",
        True,
        [("percent", 3.0, "%", None), ("percent", 0.1, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Expertengruppe des Bundes rechnet für 2031 mit einer durchschnittlichen Arbeitslosenquote von 3,3 Prozent, nach 3,0 Prozent im laufenden Jahr.",
        True,
        [("year", 2031, None, None), ("percent", 3.3, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "de",
        "Im Oktober waren 17'250 Personen in 1'140 Betrieben von Kurzarbeit betroffen, gut 40 Prozent davon in der Maschinen- und Metallindustrie.",
        True,
        [("count", 17250, None, None), ("count", 1140, None, None), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "«Der Arbeitsmarkt kühlt sich ab, aber er friert nicht ein», sagte Casutt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wann der Bundesrat über eine Verlängerung der Kurzarbeitsentschädigung entscheidet, liess Casutt offen.",
        False,
        [],
        None,
    ),
    # --- UK December figures (PA), December 17 ---
    (
        "en",
        "LONDON (PA) - The UK unemployment rate has edged up to 5.9%, the highest since 2014 outside the pandemic, official figures show.",
        True,
        [("percent", 5.9, "%", None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "Long-term unemployment, covering those jobless for more than 12 months, rose by 41,000 to 462,000 in the three months to October, the ONS said.",
        True,
        [
            ("duration", 12, "month", "over"),
            ("count", 41000, None, None),
            ("count", 462000, None, None),
            ("duration", 3, "month", None),
        ],
        "the ONS",
    ),
    (
        "en",
        "Regular pay growth slowed to 3.1%, while pay in real terms rose by just 0.4%.",
        True,
        [("percent", 3.1, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Vacancies fell by 9,000 to 628,000, the 41st consecutive fall.",
        True,
        [("count", 9000, None, None), ("count", 628000, None, None), ("ordinal", 41, None, None)],
        None,
    ),
    (
        "en",
        '"This is the grim reality of the government\'s choices," the shadow work and pensions secretary said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists expect unemployment to keep rising well into next year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hospitality and retail accounted for nearly half of the fall in payrolled employees over the past year, according to the ONS.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
]
