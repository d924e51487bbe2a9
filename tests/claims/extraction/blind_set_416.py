"""Four-hundred-and-sixteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
office-holder is named: the holders of real offices appear under made-up names that stand
for no real holder (the head of the Bundesagentur für Arbeit, an AMS board member, the
Seco's labour market chief, the Verdi chair, a DGB board member, the Wirtschaftskammer's
secretary general, the president of Travail.Suisse, the U.S. Labor Secretary, an ONS
director, the co-chair of the BMA's resident doctors committee, the RCN general secretary)
or by their office only ("Die Arbeitsministerin", "The Health Secretary", "A government
spokeswoman", "A TfL spokesperson", „ein Gewerkschaftssekretär der Unia“).

Names: Henrike Wohlgemuth, Helga Brandstätter and Kessler Bank, Konrad Pfeilstetter, Lukas
Zwahlen, Sabine Rautenberg, Miriam Ofner-Lackner, Bernhard Zaunschirm, Anja Weißbrodt,
Wendelin Aumüller, Ferdinand Kobermayr, Jannik Brösel, the Autozulieferer Kettner Antriebe
and Holger Wendlandt, Regula Imboden-Frei, the Ferienfluggesellschaft Nordstern Air, Tobias
Harnisch, Carola Blumenthal; Jasper Whitcombe and the job site Pathway, Warren Delacroix,
Nadia Okafor and Lindqvist Partners, Ruairi Fennimore, Tamsin Greaves, Coastline Airways and
Denise Harrow, Marisol Tennant and Okada Brothers, the carmaker Hoshida Motor, Priyanka
Dholakia, Felicity Marsh, the Parcelway warehouse, Trent Abernathy, Keisha Bramwell, Moira
Faulkner, and every unnamed economist, analyst, trader, official, spokesperson, union
secretary and restaurant owner. Real agencies, unions, employers, bodies and places
(Bundesagentur für Arbeit and its Regionaldirektion Bayern, Arbeitsmarktservice,
Arbeiterkammer, Wifo, Statistik Austria, GPA, SWÖ, Wirtschaftskammer, Staatssekretariat für
Wirtschaft (Seco), RAV, Unia, Gewerkschaftsbund, Travail.Suisse, Bundesamt für Statistik,
Verdi, dbb, VKA, Flughafenverband ADV, Deutscher Städtetag, Mindestlohnkommission, DGB,
Bundesarbeitsministerium, Statistisches Bundesamt, IG BCE, BAVC, Vereinigung Cockpit; the
Labor Department, the Economic Policy Institute, the Fed, the White House, the ONS, the Bank
of England, Statistics Canada, the Bank of Canada, the Australian Bureau of Statistics, the
BMA, NHS England, Rengo, the Bank of Japan, the CGT, SNCF, DGAC, the Association of Flight
Attendants, Aslef, Transport for London, London Underground, Brightmine, the National Labor
Relations Board, the Royal College of Nursing, Lufthansa, Reuters, and the datelines'
cities) stand for the way wire copy names them; every jobless count, rate, change, revision,
consensus, vacancy, claim, wage figure, demand, offer, step, term, floor, one-off payment,
minimum wage, strike length, ballot, turnout, tally, cost and quote here is invented, and
where a real figure came to mind (a real monthly jobless total or rate, a real payroll gain
or benchmark revision, a real minimum wage, a real public sector, chemicals or nurses' deal,
a real shunto result, a real ballot's turnout) it was changed.

Its weight: LABOUR MARKET AND JOBS DATA (the fifty-sixth batch weighed the labour market,
wages and collective bargaining, the hundred-sixty-first and two-hundred-and-sixty-third the
monthly jobless figures, the hundredth and three-hundredth strikes and labour disputes, the
two-hundred-and-sixth transport strikes, the two-hundred-and-thirty-third wage deals and the
three-hundred-and-sixty-first labour markets, strikes and wage bargaining; their decisions
are kept) over the first quarter of one year, from Thursday, January 2 to Thursday, March
27, as 35 short stories in story order, the German and English ones interleaved by date,
each told as wire copy runs it (a dateline lead, the figures, the consensus, the demand and
the offer, attributed claims, quotes, reactions, the next step). Half German (Reuters German
with an all-capitals flash, dpa with its slugs "dpa/lby" and "dpa/lsw", dpa-AFX, APA with
its dash dateline, awp and Keystone-SDA; Austrian "Jänner", "heuer", "mit 1. Februar",
"vorgemerkt", "Kollektivvertrag", Swiss "154'612", "8740", "liess", «» quotes, German „“
quotes): the BA's January and February figures with underemployment, Kurzarbeit and
vacancies, Bavaria's February figures, the AMS's January and February figures with
jobless-per-vacancy ratios and age bands, the Seco's January figures and awp's February
figures with Kurzarbeit in the watch industry, a social-services Kollektivvertrag in Austria,
Verdi's airport warning strikes and the public sector deal after "einem mehr als
60-stündigen Verhandlungsmarathon", Destatis's real wages, the Mindestlohnkommission's
recommendation in two steps, the chemicals deal with "vier Nullmonaten", a supplier's short-
time work, Swiss wages and a pilots' strike. Half English (Reuters with all-capitals flashes
and dated datelines, AP, PA, AFP): minimum wages rising in U.S. states, German unemployment,
U.S. job openings, the U.S. January and February jobs reports with benchmark revisions,
weekly jobless claims, the UK labour market with payrolled employees and the claimant count,
airport strikes in Germany, Australian and Canadian jobs, a resident doctors' strike called,
flight attendants ratifying a five-year deal, a French public sector strike, Japan's shunto,
the German public sector deal, a Tube drivers' strike over "a four-day week", UK pay
settlements, a warehouse union vote and nurses rejecting a pay award. Figures as such copy
has them: jobless counts, rates, changes in points and percentage points, revisions,
consensus figures and flashes, vacancies, claims, ratios, age bands, underemployment and
Kurzarbeit; payrolls "added 187,000 jobs"; demands, offers and deals in percent, in steps
with dates and floors, terms in months and years, Nullmonate, one-off payments, bonuses,
monthly and hourly pay in euros, dollars, cents and pounds; strike lengths in hours and days,
ballots, turnouts and tallies with their hedges; ordinals of rounds, strikes, months and
quarters, fractions in words ("knapp zwei Drittel", "fast jede dritte", "rund ein Viertel",
"das oberste Zehntel", "about two-thirds", "About one in three", "two in five", "a quarter
... a fifth", "a tenth of a percentage point"), ranges ("zwischen 3,2 und 3,3 Prozent", "von
2 bis 2,5 Prozent", "um 20 bis 50 Prozent", "5,4 beziehungsweise 5,1 Prozent", "March
18-19", „für den 14. bis 16. März“), number words in German and English ("zwölf Monate",
"knapp sieben Arbeitslose", "mit fünf zu vier Stimmen", "Five states", "four and a half
days"), years and dates. About a quarter negatives as such copy has them, none with a
figure: officials', union leaders' and employers' rhetoric and labels in quotes, economists'
and traders' views and expectations without a figure beside the figures they comment on,
blame, a warning naming no measure, an appeal, evasions, open questions, advice to
travellers, patients and commuters and a vox pop, each near a check-worthy look-alike from
the same story (often the same speaker's figure).

243 rows (123 German, 120 English), 55 negatives (29 German, 26 English), 188 check-worthy
rows of which 7 carry no figure (3 German, 4 English), 366 expected quantities (121 counts,
104 percentages - 99 in "%", 5 in percentage points "pp" -, 36 durations - 14 in months, 9
in hours, 7 in years, 4 in days, 2 in weeks -, 32 dates, 27 amounts of money - 20 EUR, 6
USD, 1 GBP -, 19 ordinals, 16 years, 11 fractions; none of them in a negative), 35 checked
speakers (17 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains, and no two rows of this batch
share such a run.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, resolve, warning naming no measure, blame or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundredth, two-hundred-and-fourth, two-hundred-and-sixty-third,
  three-hundred-and-sixty-first); a quoted or reported statement of fact, figure, step,
  plan, forecast with a figure, demand or offer is check-worthy with its speaker, also in
  Konjunktiv I (fifty-sixth, hundred-sixty-first, two-hundred-and-thirty-third). Pairs from
  one speaker or body: Wohlgemuth's 61,000 beside her „Winter, der sich durch die Betriebe
  frisst“; Pfeilstetter's seven jobless per vacancy beside „Verfestigung“; Zwahlen's third
  beside «Eine Rezession ... sehen wir nicht» and his evasion; Rautenberg's 2021 and her 6.8
  percent beside her quote and „Licht und Schatten“ (and its English twin); the VKA's 15.2
  and 11.4 billion euros beside „schlicht nicht bezahlbar“; Ofner-Lackner's 2,940 euros
  beside „Applaus allein zahlt keine Miete“; Aumüller's 9,000 jobs beside „Der Frühling
  kommt ...“; Brösel's second step and quarter beside „Mehr war ... nicht drin“; Wendlandt's
  1,100 of 7,800 jobs beside „Hiobsbotschaften“; Harnisch's 2027 beside Nordstern's label
  and the VC's evasion; Fennimore's hospitality and retail beside "clearly loosening";
  Greaves's 36 hours beside her placard quote; Pathway's 9% beside Whitcombe's "upper
  hand"; Brightmine's 5.1% beside Marsh's "noticeably more cautious"; Abernathy's $19.50
  beside Bramwell's "bombarded"; the RCN's 3.6%, 89% and six weeks beside Faulkner's
  "insulted and ignored".
- Consensus figures, forecasts with a figure and market pricing with a figure are
  check-worthy (fifty-sixth, hundred-sixty-first, two-hundred-and-sixty-third,
  three-hundred-and-sixty-first): „Volkswirte hatten in einer Reuters-Umfrage vorab nur
  einen Zuwachs um 12.000 vorhergesagt“ („nur“ no hedge), „Analysten hatten im Vorfeld mit
  Werten zwischen 3,2 und 3,3 Prozent gerechnet“ both, „Das Wifo rechnet ... mit einer
  Arbeitslosenquote von 8,4 Prozent“, "Economists polled by Reuters had forecast ...
  160,000 jobs", "Analysts in a Reuters poll had expected an increase of 12,000", "A Reuters
  poll had pointed to 224,000 new claims", "The consensus in a Reuters poll of economists
  was 5.2%", "Economists had forecast a gain of 12,000 jobs, according to a Reuters poll",
  "beating forecasts of 20,000", "Interest rate futures implied a roughly 62% probability"
  and "a roughly 80% chance" "about". Without a figure they are negatives („Ökonomen
  erwarten, dass ...“, „In der Branche wird mit weiteren Anträgen ... gerechnet.“, "Some
  economists said the downward revisions made a rate cut in March more likely.", "Traders
  pared bets on an April rate cut ...", "Economists cautioned that claims tend to swing
  ...", "Some economists said the report made another Bank of Canada rate cut in April all
  but certain.", "Economists said the result kept the Bank of Japan on course ...";
  two-hundred-and-sixty-third: "Futures markets shifted toward another Fed rate cut ...").
  Blame without a figure is a negative ("Retailers and hospitality firms have blamed ...",
  "The White House blamed the weak number on the weather and said hiring would bounce
  back", „Volkswirte führen die Schwäche ... zurück“; two-hundred-and-sixty-third: "Business
  groups blamed the rise on ..."), as a warning naming no measure is („Der Deutsche
  Städtetag warnte, ...“, "Restaurant owners in several states warned ...").
- Flashes (three-hundred-and-fifty-sixth, three-hundred-and-sixty-first): "ARBEITSLOSENZAHL
  JANUAR SAISONBEREINIGT +21.000 (REUTERS-PROGNOSE +12.000)" gives 21,000 and 12,000; "U.S.
  JAN NONFARM PAYROLLS +187,000 (REUTERS POLL +160,000); JOBLESS RATE 4.3% (POLL 4.2%)" and
  its February twin four figures each ("+" no sign, the abbreviated month none).
- Jobless figures, vacancies, claims and pay data (fifty-sixth, hundred-sixty-first,
  two-hundred-and-sixty-third, three-hundred-and-sixty-first): counts as written („3,104
  Millionen“, „421.370 Personen“, „154'612 Personen ..., 11'938 mehr“, „8740 Personen in 412
  Betrieben“, „nur um 9.000 auf 3,095 Millionen“ - „nur“ no hedge -, „knapp 3,8 Millionen“
  "nearly", "a seasonally adjusted 217,000", "a combined 41,000", "7.1 million ..., down
  from 7.4 million" - "down from" no hedge -, "by 574,000, somewhat less than a preliminary
  estimate of 652,000" - "preliminary" no ordinal, two-hundred-and-thirty-third -, "by
  14,600 to 1.72 million"). „über der Drei-Millionen-Marke“ is 3,000,000 with no hedge
  (hundred-sixty-first; two-hundred-and-sixty-third: „über die Millionenmarke“), while
  "climbed above 3 million" is 3,000,000 "over" ("above" right before the figure,
  three-hundred-and-seventeenth: "above 90 euros a tonne"). Ratios are counts: „knapp
  sieben Arbeitslose“ on „eine sofort verfügbare offene Stelle“ 7 "nearly" („eine“ no
  count) and "0.92 open positions" for every unemployed American 0.92 (two-hundred-and-
  sixty-third: "0.93 job openings for every unemployed person"). Rates and moves in "%" and
  "pp": „um 0,4 Punkte“ 0.4 pp (hundred-sixty-first: „um 0,1 Punkte“), „um 0,5
  Prozentpunkte“, „um 0,4 Prozentpunkte“, „um 0,1 Prozentpunkte“ and "a tenth of a
  percentage point" 0.1 pp (fifty-sixth); "9% below their pre-pandemic level" 9 with no
  hedge ("below" after the figure compares, as „unter dem“, two-hundred-and-sixty-third).
  Ages: „Bei den unter 25-Jährigen“ 25 "under" and „bei Personen über 50 Jahre“ 50 "over"
  (two-hundred-and-sixty-third). "The U-6 measure" none (fifty-sixth). Pay: „4.870 Euro
  brutto im Monat, das oberste Zehntel mehr als 8.900 Euro“ 4,870, 0.1 and 8,900 "over"
  (two-hundred-and-sixty-third: "das oberste Zehntel"), „im Schnitt auf 2.940 Euro brutto
  im Monat“, „gut 11 Prozent mehr“ 11 "over".
- Demands, offers and deals (fifty-sixth, hundredth, two-hundred-and-thirty-third,
  three-hundred-and-sixty-first): steps counted („in drei Stufen“, „in zwei Schritten“, „in
  zwei Stufen“ twice), each step with its date and percentage („zum 1. April um 3,0
  Prozent, zum 1. Januar 2032 um weitere 2,2 Prozent und zum 1. Juli 2032 um 1,5 Prozent“
  --04-01, 3.0, 2032-01-01, 2.2, 2032-07-01, 1.5; "by 3% from April 1, by 2.2% from January
  2032 and by a further 1.5% from July 2032" --04-01 and the years; „weitere“ and "a
  further" no hedge), terms („der Vertrag läuft zwölf Monate“, „bei zwölf Monaten Laufzeit“,
  „eine Laufzeit von 27 Monaten“, "The 27-month agreement", „Der Vertrag läuft 26 Monate“,
  "a new five-year contract"), „Nach vier Nullmonaten“ 4 months (three-hundred-and-sixty-
  first: „drei Nullmonaten“), „mindestens 350 Euro“ and „mindestens 15,50 Euro“
  "at_least", „höchstens 14,70 Euro“ "at_most", one-off payments and bonuses the amount only
  („eine Einmalzahlung von 1.000 Euro, Auszubildende 500 Euro“ both, "a one-off payment of
  1,000 euros", "a ratification bonus averaging $6,400" - "averaging" no hedge,
  hundred-fifty-third -), raises over a period with the period („12 Prozent mehr Gehalt,
  verteilt über zwei Jahre,“ 12 and 2 years with no hedge - „über“ before a span,
  sixty-third: „Vertrag über fünf Jahre“ -, "by a total of 38% over the life of the deal" -
  "a total of" no hedge, "the life of the deal" none -, "about $1.7 billion over five
  years"), ranges („von 2 bis 2,5 Prozent“, „um 20 bis 50 Prozent“ both with no hedge;
  forty-eighth, three-hundred-and-sixty-first), "an average 4.87%", "an average increase
  of 4.12%" and „um durchschnittlich 1,9 Prozent“ with no hedge (two-hundred-and-sixty-
  third: "an average of", „im Schnitt“). Working weeks are hours: „von 37 auf 36 Stunden“
  both and "a 36-hour week" 36 (fifty-sixth, three-hundred-and-sixty-first), "over four and
  a half days" 4.5 days ("over" before a span no hedge). A floor or cap named by a noun
  carries no hedge (two-hundred-and-twenty-sixth: "a floor of", "a ceiling of";
  three-hundred-and-eighty-eighth: „Obergrenze“): "with a floor of 350 euros a month" 350
  EUR with no hedge beside its German twin „mindestens 350 Euro“ "at_least". New: „ein
  Mindestbetrag von 140 Euro“ and "a minimum increase of 140 euros a month" are 140 EUR with
  no hedge, and „die Höchstdauer der Kurzarbeitsentschädigung um sechs Monate auf 24 Monate“
  gives 6 and 24 months with no hedge - „Mindestbetrag“, "minimum increase" and
  „Höchstdauer“ name the bound the figure is, as "a floor of" does, while „mindestens“,
  "at least", „höchstens“ and "no more than" bound a figure and stay hedges. New: "a
  dispute over a four-day week" gives 4 days - the working week named by its length in days
  is read as the issue's "a two-week visit" and as „eine 35-Stunden-Woche“ 35 hours
  (two-hundred-and-thirty-third). New: „mit fünf zu vier Stimmen“ gives counts 5 and 4 - the
  German form of "voted 5-2" (three-hundred-and-sixty-first).
- Strikes, ballots and votes (forty-eighth, hundredth, two-hundred-and-sixth,
  three-hundredth, three-hundred-and-sixty-first): a strike called or begun, a ballot
  result, a deal reached, ratified or rejected and a vote lost are check-worthy, with or
  without a figure ("Workers at a Parcelway warehouse ... voted against joining a union",
  „Das Bundesarbeitsministerium kündigte an, ...“ - an announced step, two-hundred-and-
  sixty-third). Lengths are durations: „mehr als 60-stündigen Verhandlungsmarathon“ and
  "more than 60 hours of talks" 60 hours "over", „zweistündigen Warnstreiks“ 2 hours,
  „einem 48-stündigen Streik“ 48 hours, "a five-day strike", "the previous five-day strike"
  5 days, "strike for 24 hours" 24 hours, "given 36 hours" 36 hours, "run for six weeks" 6
  weeks; „ganztägigen“, the clock "from 7am" and weekdays none (three-hundred-and-sixty-
  first: "at 12:01 a.m."). Ballots and tallies: „96,4 Prozent der Mitglieder“, "91.3% ...
  on a turnout of 58%", "94% ... on a 79% turnout", "87% of the roughly 19,000 members" 87
  and 19,000 "about", "Of the more than 146,000 members ..., 89%" 146,000 "over" and 89,
  "1,318 votes against and 964 in favor, with 41 ballots challenged" three counts.
  Participants, flights and passengers as counts with their hedges („rund 3.400 Flüge“,
  „etwa 510.000 Passagiere“, "around 3,300 flights", "about half a million passengers"
  500,000 "about" - fifteenth: "more than half a million" -, "cancelled all 1,150
  scheduled departures" with no hedge - three-hundredth: "all 1,400 daily flights" -,
  "more than 14,000 workers", „rund 180 der geplanten 410 Flüge“ 180 "about" and 410, "420,000
  people ..., 178,000", "About 4,100 workers").
- Ordinals (the issue; two-hundred-and-sixty-third, three-hundred-and-sixty-first): rounds
  („nach der fünften Verhandlungsrunde“, „in der ersten Verhandlungsrunde“, „Die dritte und
  voraussichtlich letzte Verhandlungsrunde“, „in der dritten Runde“, "the fourth round of
  strikes"), steps („bei der ersten Stufe“ 1, „die zweite Stufe“ 2), strikes and declines
  ("the third nationwide strike this year" 3, "the second monthly decline in a row" 2, "the
  eighth decline in 11 months" 8 and 11 months, "the union's second failed attempt" 2),
  „den 23. Monat in Folge“ 23 (two-hundred-and-sixty-third: „den 30. Monat in Folge“),
  „zum dritten Mal nacheinander“ 3 (the issue's „zum zweiten Mal“), „Im vierten Quartal“ 4,
  "the third straight year of increases above 4.5%" 3 and 4.5 "over", "the seventh year in
  a row" 7, "Rengo's first tally" 1, "from the first day" 1 and "for the first time since
  2015" 1 and the year (two-hundred-and-sixty-third and earlier). „erstmals“, "Initial
  claims", "an initial week of aid", "a preliminary estimate", „nach vorläufigen
  Hochrechnungen“, "the highest", "the lowest", "the largest", "the smallest", "a record"
  and „die niedrigste“ none.
- Fractions (the issue; two-hundred-and-sixty-third, three-hundred-and-fifty-eighth):
  „knapp zwei Drittel davon“ 0.6667 "nearly", „fast jede dritte Voranmeldung“ 0.3333
  "nearly", „rund ein Viertel der Arbeitsplätze“ and „rund ein Viertel der Firmen“ 0.25
  "about", „das oberste Zehntel“ 0.1, "about two-thirds of the shortfall" 0.6667 "about",
  "About one in three primary school teachers" 0.3333 "about", "a quarter of flights ... and
  a fifth of those" 0.25 and 0.2, "two in five high-speed trains" 0.4, "A quarter of all
  awards were below 3%" 0.25 and 3 "under" ("below" right before the figure,
  two-hundred-and-sixty-third: "fallen below 13%"; "all" no hedge).
- Money in the currency written (every batch): EUR („2.940 Euro“, „rund 15,2 Milliarden
  Euro pro Jahr“ and „rund 11,4 Milliarden Euro“ "about", "about 11.4 billion euros", „auf
  15,20 Euro je Stunde“, „4.870 Euro“, „80 Euro mehr“; "a month", „im Monat“, „monatlich“,
  „je Stunde“, „pro Jahr“ and „brutto“ none), cents as hundredths of the currency they
  belong to („um 65 Cent auf 14,85 Euro“ 0.65 and 14.85 EUR, "by 75 cents to $15.75" 0.75 and
  15.75 USD; ninth and later: „um 41 Cent auf 13,41 Euro“), USD ("$17.49 an hour", "about
  $1.7 billion", "$6,400", "$19.50 an hour"), GBP ("£13.21 an hour").
- Durations, years and dates: "in the three months to December", "in the three months to
  the end of February" and "Over the past three months" 3 months, "The four-week moving
  average" 4 weeks (the compound as the issue's "a two-week visit"), "its highest in nearly
  five years" 5 years "nearly", "a more than three-year high" 3 years "over"
  (two-hundred-and-sixty-third: "the highest in more than four years", "a 2-1/2-year low"),
  „auf sechs Monate befristet“ 6 months, „um bis zu drei Monate verschieben“ 3 months
  "up_to". None: „länger als ein Jahr“ and "for more than a decade" (two-hundred-and-
  sixty-third: "for over a year", "more than a decade"), "in nearly a decade", „ein Jahr
  später“, „ein Jahr davor“, „vor einem Jahr“, „ein Jahr zuvor“, "a year earlier", "last
  year", "this year", „heuer“, „im Jahresschnitt“, „im Vorjahresmonat“, „des Vorjahres“,
  „seit Jahresbeginn“, „zu Jahresbeginn“, „seit dem Sommer“, „Ende Januar“, "in the
  November-to-January period", "the pandemic years", months and weekdays. Years: „ab 2033“,
  „seit dem Winter 2015“, „seit 2021“, „bis 2033“, „seit 2027“, „2030“, "since 2015", "since
  early 2021", "since early 2026", "since 2008", "since 2020", "since 2016", "since 2027",
  "since 2028", "from January 2032", "from July 2032". Dates: „mit 1. Februar“ --02-01,
  „zum 1. April“ --04-01, „zum 1. Juli“ --07-01, „zum 1. Januar 2032“ and „zum 1. Juli 2032“
  full dates, „am 31. März 2033“ 2033-03-31, „für den 14. bis 16. März“ --03-14 and --03-16
  (three-hundred-and-sixty-first: „für den 12. und 13. November“; two-hundred-and-sixty-
  third: "on Dec. 15-16"), "on March 18-19" two dates, "on Jan. 1", "on July 1", "for the
  week ended Feb. 8", "in the week to Feb. 1", "from March 10", "on March 26 and again on
  April 2", "on April 14", "from April 1"; Reuters and AFP English datelines with a day
  ("BERLIN, Jan 31", "WASHINGTON, Feb 7", "WASHINGTON, Feb 13", "LONDON, Feb 18", "BERLIN,
  Feb 20", "SYDNEY, Feb 20", "WASHINGTON, March 7", "OTTAWA, March 7", "PARIS, March 11",
  "TOKYO, March 14", "BERLIN, March 17") dates without a year; APA (also "Wien –"), dpa,
  dpa/lby, dpa/lsw, dpa-AFX, Reuters German, awp, Keystone-SDA, AP and PA datelines none
  (seventy-ninth). New: „zum 1. September des Folgejahres“ is --09-01 - a year named only
  by a word („des Folgejahres“, like „des Vorjahres“) adds no year to the date and is no
  year itself.
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "around", "roughly", "an
  estimated" "about"; „knapp“, „fast“, "nearly" "nearly"; „mehr als“, „gut“, „über“ before
  an age, "more than", "above" "over"; „unter“ before an age, "fewer than", "below" before
  a figure "under"; „bis zu“ "up_to"; „mindestens“, "at least" "at_least"; „höchstens“
  "at_most". No hedge: „nur“, „nur noch“, „im Schnitt“, „durchschnittlich“, „insgesamt“,
  „weitere“, „zunächst“, „allein“, „über der“ before an article, "a combined", "a
  seasonally adjusted", "a further", "a total of", "an average", "averaging", "a record",
  "all", "down from", "somewhat less than" before an article, "below" and "higher than"
  after a figure, "over" and „über“ before a span, the „bis“ of a range, and the bounding
  nouns above.
- Speakers, checked only in forms the earlier batches settled: „teilte die Bundesagentur für
  Arbeit (BA) in Nürnberg mit“ -> "die Bundesagentur für Arbeit", „teilte das
  Arbeitsmarktservice (AMS) am Montag mit“ and „teilte das Arbeitsmarktservice mit“ -> "das
  Arbeitsmarktservice", „teilte das Staatssekretariat für Wirtschaft (Seco) in Bern mit“ ->
  "das Staatssekretariat für Wirtschaft", „wie das Statistische Bundesamt mitteilte“ and
  „wie das Bundesamt für Statistik (BFS) in Neuenburg mitteilte“ as written with the
  abbreviation and the place dropped (two-hundred-and-sixty-third, three-hundred-and-
  sixty-first), „nach Angaben der VKA“ -> "die VKA" (two-hundred-and-sixty-third: „nach
  Angaben der BA“); „X sagte, ...“ with the title dropped („GPA-Verhandlerin Miriam
  Ofner-Lackner“, „AMS-Vorstand Konrad Pfeilstetter“, „Seco-Arbeitsmarktchef Lukas
  Zwahlen“, „Verdi-Chefin Sabine Rautenberg“, „Verdi-Chefin Rautenberg“ -> "Rautenberg",
  „Regionaldirektionschef Wendelin Aumüller“, „IG-BCE-Verhandlungsführer Jannik Brösel“,
  „Betriebsratschef Holger Wendlandt“, „VC-Sprecher Tobias Harnisch“) and the surname
  opening the row („Wohlgemuth sagte“). English: "the Federal Labour Office said on
  Friday", "the Labor Department said on Friday", "the Office for National Statistics
  said" with its article, "the Australian Bureau of
  Statistics said" and "the National Labor Relations Board said Saturday" with the article
  lowered and the weekday dropped (two-hundred-and-sixty-third), "Statistics Canada said on
  Friday", "Pathway said", "Verdi said", "Brightmine said" and "Transport for London said"
  as written (three-hundred-and-sixty-first: "Unite said"), "The Association of Flight
  Attendants said" and "The CGT said" with the article lowered, "the Aslef union said" with
  "union" (three-hundred-and-sixty-first: "the RMT union said"), "the Royal College of
  Nursing said", "Labor Secretary Warren Delacroix told reporters" (two-hundred-and-fourth),
  "ONS director of economic statistics Ruairi Fennimore said", "BMA resident doctors
  committee co-chair Tamsin Greaves said" and "Parcelway spokesman Trent Abernathy said"
  the name with the office dropped. Left unchecked (None): all negatives, also those with a
  named speaker; descriptions before the name („Nach Angaben des Flughafenverbands ADV“,
  „laut dem Arbeitgeberverband“, "the airport association ADV said", "union federation
  Rengo said", "according to pay data firm Brightmine", "The municipal employers'
  association VKA said"; fortieth), roles, pronouns and possessives („nach Angaben der
  Statistiker“, "their union said", "it said", "the education ministry said", "the interior
  ministry counted"), estimates, data and documents („nach Schätzung der Kommission“, „nach
  Angaben aus Kommissionskreisen“, „nach eigenen Angaben“, „beziffert“, „rechnet“,
  "according to the Economic Policy Institute", "according to early tax data", "the revised
  figures showed", "NHS England estimated", "according to Rengo's first tally"), every
  English "according to" (two-hundred-and-fourth), a subject that calls or asks rather than
  says („hat ... aufgerufen“, „kündigte an“, „verlangt“, „fordert“, "The British Medical
  Association has called a five-day strike", "DGAC told airlines") and, as the
  two-hundred-and-sixty-third and three-hundred-and-sixty-first batches did, to keep the
  checked speakers near 35, forms it could have checked: „laut Statistik Austria“, „nach
  Angaben der Bundesagentur“ (February), „wie die Regionaldirektion Bayern der
  Bundesagentur für Arbeit mitteilte“, „teilte das Unternehmen mit“ (Kettner), "the Labor
  Department said Tuesday" (job openings), "the Labor Department said on Thursday"
  (claims), "Labor Secretary Warren Delacroix told reporters" (February), "Coastline said",
  "Aslef said", "the union said" (Tube), "SNCF said" and "The RCN said".
- Negatives (ninety-eighth, hundredth, two-hundred-and-fourth, two-hundred-and-sixty-third,
  three-hundredth, three-hundred-and-sixty-first), none with a figure: quotes of rhetoric,
  resolve and feeling (Pfeilstetter, Zwahlen, Rautenberg, Ofner-Lackner, Aumüller, Brösel,
  Wendlandt, Imboden-Frei, a Unia union secretary, Brandstätter, Okafor, Whitcombe,
  Greaves, Tennant, Harrow), labels („sprach von einem „Winter ...““, „nannte den
  Abschluss ...“, „nannte die Forderung ...“, „sprach von einer „verpassten Chance ...““,
  „nannten die Erhöhung ...“, „bezeichnete die Zahlen als ...“, „sprach von einem
  „Ergebnis mit Licht und Schatten““, „sprach von einem „teuren, aber kalkulierbaren
  Kompromiss““, „nannte den Streik ...“, Fennimore's "clearly loosening", Lufthansa's
  "disproportionate ...", "called the agreement ...", the Health Secretary's "unnecessary
  and unaffordable", a TfL spokesperson's "simply not on the table", a government
  spokeswoman's "a question of responsibility", Marsh's "noticeably more cautious",
  Bramwell's "bombarded", Faulkner's "insulted and ignored"), a verdict with „halten ... für“
  (ninety-eighth), an appeal naming no measure (the Arbeiterkammer), warnings, blame,
  expectations and views without a figure (above), evasions („liess Zwahlen offen“, „ließ
  die VC offen“), open questions („Ob es vor Ostern zu einer Einigung kommt, ...“, „Ob sich
  der Trend im laufenden Jahr fortsetzt, ...“), advice („Fluggäste sollen ...“, "Patients
  are advised ...", "Commuters are being urged ...") and a vox pop (Dholakia). As the brief
  for these batches asks, negatives carry no expected quantities, and this batch writes no
  figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_416 = [
    # --- Mindestlöhne in 21 Bundesstaaten (AP), 2. Januar ---
    (
        "en",
        "NEW YORK (AP) — Minimum wages rose in 21 states and dozens of cities on Jan. 1, raising pay for an estimated 9.4 million workers, according to the Economic Policy Institute.",
        True,
        [("count", 21, None, None), ("date", "--01-01", None, None), ("count", 9400000, None, "about")],
        None,
    ),
    (
        "en",
        "Washington state now has the highest statewide minimum at $17.49 an hour.",
        True,
        [("money", 17.49, "USD", None)],
        None,
    ),
    (
        "en",
        "In Illinois, the hourly minimum climbed by 75 cents to $15.75.",
        True,
        [("money", 0.75, "USD", None), ("money", 15.75, "USD", None)],
        None,
    ),
    (
        "en",
        "Five states will lift their minimums again on July 1.",
        True,
        [("count", 5, None, None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "Restaurant owners in several states warned that the increases would force them to raise menu prices or cut staff hours.",
        False,
        [],
        None,
    ),
    # --- KV-Abschluss in der Sozialwirtschaft (APA), 21. Jänner ---
    (
        "de",
        "Wien (APA) - In der Sozialwirtschaft haben sich Gewerkschaften und Arbeitgeber nach der fünften Verhandlungsrunde auf einen neuen Kollektivvertrag für rund 130.000 Beschäftigte geeinigt.",
        True,
        [("ordinal", 5, None, None), ("count", 130000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Löhne und Gehälter steigen mit 1. Februar um 3,6 Prozent, der Vertrag läuft zwölf Monate.",
        True,
        [("date", "--02-01", None, None), ("percent", 3.6, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Zudem wird die wöchentliche Normalarbeitszeit ab 2033 von 37 auf 36 Stunden gesenkt.",
        True,
        [("year", 2033, None, None), ("duration", 37, "hour", None), ("duration", 36, "hour", None)],
        None,
    ),
    (
        "de",
        "Zuvor hatten Beschäftigte in mehr als 300 Einrichtungen mit zweistündigen Warnstreiks den Druck auf die Arbeitgeber erhöht.",
        True,
        [("count", 300, None, "over"), ("duration", 2, "hour", None)],
        None,
    ),
    (
        "de",
        "GPA-Verhandlerin Miriam Ofner-Lackner sagte, Pflege- und Betreuungskräfte in Vollzeit kämen damit im Schnitt auf 2.940 Euro brutto im Monat.",
        True,
        [("money", 2940, "EUR", None)],
        "Miriam Ofner-Lackner",
    ),
    ("de", "„Applaus allein zahlt keine Miete“, sagte Ofner-Lackner.", False, [], None),
    (
        "de",
        "SWÖ-Verhandler Bernhard Zaunschirm nannte den Abschluss „an der Grenze des Finanzierbaren“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Inflationsrate hatte im Dezember laut Statistik Austria bei 3,1 Prozent gelegen.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    # --- Arbeitsmarkt Januar (Reuters), Freitag, 31. Januar ---
    (
        "de",
        "ARBEITSLOSENZAHL JANUAR SAISONBEREINIGT +21.000 (REUTERS-PROGNOSE +12.000)",
        True,
        [("count", 21000, None, None), ("count", 12000, None, None)],
        None,
    ),
    (
        "de",
        "Nürnberg (Reuters) - Die Flaute in der Industrie hat die Arbeitslosigkeit in Deutschland zu Jahresbeginn kräftig steigen lassen: Saisonbereinigt waren im Januar 21.000 Menschen mehr ohne Arbeit als im Dezember, teilte die Bundesagentur für Arbeit (BA) in Nürnberg mit.",
        True,
        [("count", 21000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Volkswirte hatten in einer Reuters-Umfrage vorab nur einen Zuwachs um 12.000 vorhergesagt.",
        True,
        [("count", 12000, None, None)],
        None,
    ),
    (
        "de",
        "Ohne Bereinigung kletterte die Zahl der Arbeitslosen um 208.000 auf 3,104 Millionen und lag damit erstmals seit dem Winter 2015 wieder über der Drei-Millionen-Marke.",
        True,
        [
            ("count", 208000, None, None),
            ("count", 3104000, None, None),
            ("year", 2015, None, None),
            ("count", 3000000, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Quote legte um 0,4 Punkte zu und erreichte 6,6 Prozent.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 6.6, "%", None)],
        None,
    ),
    (
        "de",
        "BA-Chefin Henrike Wohlgemuth sprach von einem „Winter, der sich durch die Betriebe frisst“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wohlgemuth sagte, im Januar hätten Betriebe für 61.000 Beschäftigte neu konjunkturelle Kurzarbeit angezeigt.",
        True,
        [("count", 61000, None, None)],
        "Wohlgemuth",
    ),
    (
        "de",
        "Kurzarbeitergeld bezogen nach vorläufigen Hochrechnungen im November rund 247.000 Beschäftigte, knapp zwei Drittel davon in der Metall- und Elektroindustrie.",
        True,
        [("count", 247000, None, "about"), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei der BA waren 611.000 offene Stellen gemeldet, 74.000 weniger als vor einem Jahr.",
        True,
        [("count", 611000, None, None), ("count", 74000, None, None)],
        None,
    ),
    ("de", "Ökonomen erwarten, dass sich der Arbeitsmarkt frühestens im Sommer stabilisiert.", False, [], None),
    # --- German unemployment (Reuters), Jan 31 ---
    (
        "en",
        "BERLIN, Jan 31 (Reuters) - The number of people out of work in Germany climbed above 3 million in January for the first time since 2015 as industrial job losses mounted, the Federal Labour Office said on Friday.",
        True,
        [
            ("date", "--01-31", None, None),
            ("count", 3000000, None, "over"),
            ("ordinal", 1, None, None),
            ("year", 2015, None, None),
        ],
        "the Federal Labour Office",
    ),
    (
        "en",
        "The number of unemployed increased by 21,000 in seasonally adjusted terms to 3.02 million.",
        True,
        [("count", 21000, None, None), ("count", 3020000, None, None)],
        None,
    ),
    (
        "en",
        "Analysts in a Reuters poll had expected an increase of 12,000.",
        True,
        [("count", 12000, None, None)],
        None,
    ),
    ("en", "The seasonally adjusted unemployment rate climbed to 6.4%.", True, [("percent", 6.4, "%", None)], None),
    (
        "en",
        '"The labour market is now paying the bill for the industrial recession," said Helga Brandstätter, an economist at Kessler Bank.',
        False,
        [],
        None,
    ),
    # --- Arbeitslosigkeit Jänner (APA), Montag, 3. Februar ---
    (
        "de",
        "Wien (APA) - Ende Jänner sind in Österreich 421.370 Personen arbeitslos oder in Schulung gewesen, um 23.640 mehr als ein Jahr davor, teilte das Arbeitsmarktservice (AMS) am Montag mit.",
        True,
        [("count", 421370, None, None), ("count", 23640, None, None)],
        "das Arbeitsmarktservice",
    ),
    (
        "de",
        "Davon waren 342.115 Menschen arbeitslos vorgemerkt und 79.255 in Schulungen des AMS.",
        True,
        [("count", 342115, None, None), ("count", 79255, None, None)],
        None,
    ),
    (
        "de",
        "Nach nationaler Berechnung erhöhte sich die Arbeitslosenquote um 0,5 Prozentpunkte und lag bei 9,1 Prozent.",
        True,
        [("percent", 0.5, "pp", None), ("percent", 9.1, "%", None)],
        None,
    ),
    (
        "de",
        "Am stärksten nahm die Arbeitslosigkeit mit einem Plus von 11,8 Prozent in der Warenproduktion zu, am Bau waren es 7,2 Prozent mehr.",
        True,
        [("percent", 11.8, "%", None), ("percent", 7.2, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den unter 25-Jährigen fiel der Anstieg mit 4,9 Prozent schwächer aus, bei Personen über 50 Jahre betrug er 8,3 Prozent.",
        True,
        [
            ("duration", 25, "year", "under"),
            ("percent", 4.9, "%", None),
            ("duration", 50, "year", "over"),
            ("percent", 8.3, "%", None),
        ],
        None,
    ),
    (
        "de",
        "AMS-Vorstand Konrad Pfeilstetter sagte, auf eine sofort verfügbare offene Stelle kämen derzeit rechnerisch knapp sieben Arbeitslose.",
        True,
        [("count", 7, None, "nearly")],
        "Konrad Pfeilstetter",
    ),
    ("de", "„Wir sehen keine Trendwende, sondern eine Verfestigung“, sagte Pfeilstetter.", False, [], None),
    (
        "de",
        "Die Arbeiterkammer forderte die Regierung auf, „endlich eine Beschäftigungsoffensive zu starten, die diesen Namen verdient“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Wifo rechnet für heuer im Jahresschnitt mit einer Arbeitslosenquote von 8,4 Prozent.",
        True,
        [("percent", 8.4, "%", None)],
        None,
    ),
    # --- U.S. job openings (AP), Feb 4 ---
    (
        "en",
        "WASHINGTON (AP) — U.S. employers posted 7.1 million job openings at the end of December, down from 7.4 million in November, the Labor Department said Tuesday.",
        True,
        [("count", 7100000, None, None), ("count", 7400000, None, None)],
        None,
    ),
    (
        "en",
        "Layoffs rose to 1.9 million, while the number of people quitting their jobs, a sign of confidence in finding better pay elsewhere, fell to 3.02 million.",
        True,
        [("count", 1900000, None, None), ("count", 3020000, None, None)],
        None,
    ),
    (
        "en",
        "For every unemployed American there were 0.92 open positions, the lowest ratio since early 2021.",
        True,
        [("count", 0.92, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The quits rate, at 1.9%, matched its lowest level in nearly a decade.",
        True,
        [("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        '"Workers have lost the upper hand," said Jasper Whitcombe, an economist at the job site Pathway.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pathway said postings on its site were 9% below their pre-pandemic level at the end of January.",
        True,
        [("percent", 9, "%", None)],
        "Pathway",
    ),
    # --- U.S. January jobs report (Reuters), Feb 7 ---
    (
        "en",
        "U.S. JAN NONFARM PAYROLLS +187,000 (REUTERS POLL +160,000); JOBLESS RATE 4.3% (POLL 4.2%)",
        True,
        [
            ("count", 187000, None, None),
            ("count", 160000, None, None),
            ("percent", 4.3, "%", None),
            ("percent", 4.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "WASHINGTON, Feb 7 (Reuters) - U.S. employers added 187,000 jobs in January, more than economists had expected, but annual revisions showed the labor market was considerably weaker last year than first reported, the Labor Department said on Friday.",
        True,
        [("date", "--02-07", None, None), ("count", 187000, None, None)],
        "the Labor Department",
    ),
    (
        "en",
        "Economists polled by Reuters had forecast payrolls would increase by 160,000 jobs.",
        True,
        [("count", 160000, None, None)],
        None,
    ),
    (
        "en",
        "The unemployment rate edged up to 4.3% from 4.2% in December.",
        True,
        [("percent", 4.3, "%", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "The annual benchmark revision lowered the level of employment in March of last year by 574,000, somewhat less than a preliminary estimate of 652,000 published in September.",
        True,
        [("count", 574000, None, None), ("count", 652000, None, None)],
        None,
    ),
    (
        "en",
        "Job growth in November and December was revised down by a combined 41,000.",
        True,
        [("count", 41000, None, None)],
        None,
    ),
    (
        "en",
        "Average hourly earnings rose 0.4% last month; compared with a year earlier, wages were up 3.9% after 3.7% in December.",
        True,
        [("percent", 0.4, "%", None), ("percent", 3.9, "%", None), ("percent", 3.7, "%", None)],
        None,
    ),
    (
        "en",
        "Over the past three months, payroll gains have averaged 139,000 a month, the revised figures showed.",
        True,
        [("duration", 3, "month", None), ("count", 139000, None, None)],
        None,
    ),
    (
        "en",
        "Labor Secretary Warren Delacroix told reporters the revisions reflected better data on business closures, not a change in methods.",
        True,
        [],
        "Warren Delacroix",
    ),
    (
        "en",
        '"Strip out the noise and what you have is a labor market cooling in slow motion," said Nadia Okafor, chief U.S. economist at Lindqvist Partners.',
        False,
        [],
        None,
    ),
    ("en", "Some economists said the downward revisions made a rate cut in March more likely.", False, [], None),
    # --- Arbeitslosigkeit Januar (Keystone-SDA), Montag, 10. Februar ---
    (
        "de",
        "Bern (Keystone-SDA) - Im Januar hat die Schweizer Arbeitslosenquote von 3,0 auf 3,3 Prozent zugenommen, teilte das Staatssekretariat für Wirtschaft (Seco) in Bern mit.",
        True,
        [("percent", 3.0, "%", None), ("percent", 3.3, "%", None)],
        "das Staatssekretariat für Wirtschaft",
    ),
    (
        "de",
        "Bei den regionalen Arbeitsvermittlungszentren (RAV) waren 154'612 Personen als arbeitslos gemeldet, 11'938 mehr als im Dezember.",
        True,
        [("count", 154612, None, None), ("count", 11938, None, None)],
        None,
    ),
    (
        "de",
        "Bereinigt um saisonale Effekte lag die Quote wie im Dezember bei 2,9 Prozent.",
        True,
        [("percent", 2.9, "%", None)],
        None,
    ),
    ("de", "Die Zahl der Stellensuchenden stieg auf 236'480.", True, [("count", 236480, None, None)], None),
    (
        "de",
        "Bewilligte Voranmeldungen für Kurzarbeit betrafen im Januar 8740 Personen in 412 Betrieben, vor allem in der Maschinen- und der Uhrenindustrie.",
        True,
        [("count", 8740, None, None), ("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Seco-Arbeitsmarktchef Lukas Zwahlen sagte, fast jede dritte Voranmeldung stamme inzwischen aus der Uhrenbranche.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Lukas Zwahlen",
    ),
    ("de", "«Eine Rezession am Arbeitsmarkt sehen wir nicht», sagte Zwahlen.", False, [], None),
    ("de", "Ob sich die Lage bis zum Frühling entspannt, liess Zwahlen offen.", False, [], None),
    # --- U.S. weekly jobless claims (Reuters), Feb 13 ---
    (
        "en",
        "WASHINGTON, Feb 13 (Reuters) - Fewer Americans applied for jobless benefits last week, a sign that employers were still holding on to workers even as hiring slows.",
        True,
        [("date", "--02-13", None, None)],
        None,
    ),
    (
        "en",
        "Initial claims for state unemployment benefits dropped 9,000 to a seasonally adjusted 217,000 for the week ended Feb. 8, the Labor Department said on Thursday.",
        True,
        [("count", 9000, None, None), ("count", 217000, None, None), ("date", "--02-08", None, None)],
        None,
    ),
    ("en", "A Reuters poll had pointed to 224,000 new claims.", True, [("count", 224000, None, None)], None),
    (
        "en",
        "Continuing claims, a rough gauge of how hard it is to find work, climbed 16,000 to 1.91 million in the week to Feb. 1.",
        True,
        [("count", 16000, None, None), ("count", 1910000, None, None), ("date", "--02-01", None, None)],
        None,
    ),
    (
        "en",
        "The four-week moving average of claims, considered a better gauge of labor market trends, fell 3,250 to 220,750.",
        True,
        [("duration", 4, "week", None), ("count", 3250, None, None), ("count", 220750, None, None)],
        None,
    ),
    ("en", "Economists cautioned that claims tend to swing sharply around this time of year.", False, [], None),
    # --- UK labour market (Reuters), Feb 18 ---
    (
        "en",
        "LONDON, Feb 18 (Reuters) - Britain's jobless rate hit 5.3% in the three months to December, up from 5.1% and the highest in nearly five years, the Office for National Statistics said.",
        True,
        [
            ("date", "--02-18", None, None),
            ("percent", 5.3, "%", None),
            ("duration", 3, "month", None),
            ("percent", 5.1, "%", None),
            ("duration", 5, "year", "nearly"),
        ],
        "the Office for National Statistics",
    ),
    ("en", "The consensus in a Reuters poll of economists was 5.2%.", True, [("percent", 5.2, "%", None)], None),
    (
        "en",
        "Growth in regular pay excluding bonuses slowed to 4.4% from 4.7%, the weakest since early 2026.",
        True,
        [("percent", 4.4, "%", None), ("percent", 4.7, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The number of payrolled employees fell by 36,000 in January, according to early tax data, the eighth decline in 11 months.",
        True,
        [("count", 36000, None, None), ("ordinal", 8, None, None), ("duration", 11, "month", None)],
        None,
    ),
    (
        "en",
        "Vacancies dropped by 19,000 to 742,000 in the November-to-January period.",
        True,
        [("count", 19000, None, None), ("count", 742000, None, None)],
        None,
    ),
    (
        "en",
        "Claimant count figures, which also capture some low-paid workers, showed an increase of 14,600 to 1.72 million.",
        True,
        [("count", 14600, None, None), ("count", 1720000, None, None)],
        None,
    ),
    (
        "en",
        "ONS director of economic statistics Ruairi Fennimore said the fall in payrolled jobs was concentrated in hospitality and retail.",
        True,
        [],
        "Ruairi Fennimore",
    ),
    ("en", 'Fennimore said the labour market was "clearly loosening, but not in freefall".', False, [], None),
    (
        "en",
        "Retailers and hospitality firms have blamed the job losses on last year's rise in employers' national insurance contributions.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Interest rate futures implied a roughly 62% probability that the Bank of England would cut rates at its March meeting.",
        True,
        [("percent", 62, "%", "about")],
        None,
    ),
    # --- Warnstreiks an Flughäfen (dpa), Mittwoch, 19. Februar ---
    (
        "de",
        "Berlin (dpa) - Im Tarifstreit für die rund 2,6 Millionen Beschäftigten von Bund und Kommunen hat Verdi für Donnerstag zu ganztägigen Warnstreiks an 13 Flughäfen aufgerufen.",
        True,
        [("count", 2600000, None, "about"), ("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Flughafenverbands ADV dürften rund 3.400 Flüge ausfallen, betroffen wären etwa 510.000 Passagiere.",
        True,
        [("count", 3400, None, "about"), ("count", 510000, None, "about")],
        None,
    ),
    (
        "de",
        "Verdi und der Beamtenbund dbb verlangen 8 Prozent mehr Lohn, monatlich jedoch mindestens 350 Euro, bei zwölf Monaten Laufzeit.",
        True,
        [("percent", 8, "%", None), ("money", 350, "EUR", "at_least"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber hatten in der ersten Verhandlungsrunde Ende Januar kein Angebot vorgelegt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Verdi-Chefin Sabine Rautenberg sagte, die Beschäftigten im öffentlichen Dienst hätten seit 2021 real an Kaufkraft verloren.",
        True,
        [("year", 2021, None, None)],
        "Sabine Rautenberg",
    ),
    (
        "de",
        "„Wer Kitas und Kliniken am Laufen halten will, muss die Menschen dort anständig bezahlen“, sagte Rautenberg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Vereinigung der kommunalen Arbeitgeberverbände (VKA) nannte die Forderung „in Zeiten leerer Kassen schlicht nicht bezahlbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die VKA beziffert die Mehrkosten der Forderung allein für die Kommunen auf rund 15,2 Milliarden Euro pro Jahr.",
        True,
        [("money", 15200000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die dritte und voraussichtlich letzte Verhandlungsrunde ist für den 14. bis 16. März in Potsdam angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-14", None, None), ("date", "--03-16", None, None)],
        None,
    ),
    ("de", "Ob es vor Ostern zu einer Einigung kommt, gilt in Verhandlungskreisen als offen.", False, [], None),
    ("de", "Fluggäste sollen vor der Anreise online prüfen, ob ihr Flug stattfindet.", False, [], None),
    # --- Airport strikes (Reuters), Feb 20 ---
    (
        "en",
        "BERLIN, Feb 20 (Reuters) - Strikes at 13 German airports grounded around 3,300 flights on Thursday, affecting about half a million passengers, the airport association ADV said.",
        True,
        [
            ("date", "--02-20", None, None),
            ("count", 13, None, None),
            ("count", 3300, None, "about"),
            ("count", 500000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Frankfurt, Germany's largest airport, cancelled all 1,150 scheduled departures and arrivals.",
        True,
        [("count", 1150, None, None)],
        None,
    ),
    (
        "en",
        "The Verdi union wants an 8% raise with a floor of 350 euros a month for roughly 2.6 million employees of the federal government and municipalities.",
        True,
        [("percent", 8, "%", None), ("money", 350, "EUR", None), ("count", 2600000, None, "about")],
        None,
    ),
    (
        "en",
        "Verdi said more than 14,000 workers had joined the walkout.",
        True,
        [("count", 14000, None, "over")],
        "Verdi",
    ),
    (
        "en",
        'Lufthansa called the strike "disproportionate and damaging to Germany as a place to do business".',
        False,
        [],
        None,
    ),
    # --- Australian jobs (Reuters), Feb 20 ---
    (
        "en",
        "SYDNEY, Feb 20 (Reuters) - Australian employment rose by 31,500 in January, beating forecasts of 20,000, while the jobless rate ticked up to 4.2%, the Australian Bureau of Statistics said.",
        True,
        [
            ("date", "--02-20", None, None),
            ("count", 31500, None, None),
            ("count", 20000, None, None),
            ("percent", 4.2, "%", None),
        ],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Full-time jobs fell by 12,300, while part-time employment jumped 43,800.",
        True,
        [("count", 12300, None, None), ("count", 43800, None, None)],
        None,
    ),
    (
        "en",
        "The participation rate hit a record 67.3%, a tenth of a percentage point higher than in December.",
        True,
        [("percent", 67.3, "%", None), ("percent", 0.1, "pp", None)],
        None,
    ),
    ("en", "Traders pared bets on an April rate cut after the release.", False, [], None),
    # --- Reallöhne (dpa), Montag, 24. Februar ---
    (
        "de",
        "Wiesbaden (dpa) - Die Beschäftigten in Deutschland haben 2030 zum dritten Mal nacheinander real mehr verdient, wie das Statistische Bundesamt mitteilte.",
        True,
        [("year", 2030, None, None), ("ordinal", 3, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Nominallöhne legten im Schnitt um 4,1 Prozent zu, die Verbraucherpreise um 2,3 Prozent, sodass real ein Plus von 1,8 Prozent blieb.",
        True,
        [("percent", 4.1, "%", None), ("percent", 2.3, "%", None), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "Im vierten Quartal betrug der Reallohnzuwachs nur noch 0,9 Prozent.",
        True,
        [("ordinal", 4, None, None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "Vollzeitbeschäftigte verdienten im Schnitt 4.870 Euro brutto im Monat, das oberste Zehntel mehr als 8.900 Euro.",
        True,
        [("money", 4870, "EUR", None), ("fraction", 0.1, None, None), ("money", 8900, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Beschäftigte in tarifgebundenen Betrieben verdienten nach Angaben der Statistiker gut 11 Prozent mehr als Beschäftigte ohne Tarifvertrag.",
        True,
        [("percent", 11, "%", "over")],
        None,
    ),
    (
        "de",
        "Gewerkschaftsnahe Ökonomen halten den Zuwachs angesichts der Verluste der Vorjahre für „nicht mehr als eine Atempause“.",
        False,
        [],
        None,
    ),
    ("de", "Ob sich der Trend im laufenden Jahr fortsetzt, ist unter Volkswirten umstritten.", False, [], None),
    # --- Junior doctors' strike called (PA), Feb 25 ---
    (
        "en",
        "LONDON (PA) - The British Medical Association has called a five-day strike by resident doctors in England from March 10 after pay negotiations with ministers ended without a deal.",
        True,
        [("duration", 5, "day", None), ("date", "--03-10", None, None)],
        None,
    ),
    (
        "en",
        "It will be the fourth round of strikes by resident doctors since the summer.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The BMA is seeking a rise of 26% to restore what it calls pay lost since 2008, while the Government has offered 4%.",
        True,
        [("percent", 26, "%", None), ("year", 2008, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "In a ballot last month, 91.3% of members who voted backed strike action, on a turnout of 58%.",
        True,
        [("percent", 91.3, "%", None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "en",
        "BMA resident doctors committee co-chair Tamsin Greaves said doctors had been given 36 hours to respond to the Government's final offer.",
        True,
        [("duration", 36, "hour", None)],
        "Tamsin Greaves",
    ),
    ("en", '"Nobody goes into medicine to stand outside a hospital with a placard," Greaves said.', False, [], None),
    (
        "en",
        "NHS England estimated that the previous five-day strike in November forced hospitals to rearrange about 61,000 appointments and procedures.",
        True,
        [("duration", 5, "day", None), ("count", 61000, None, "about")],
        None,
    ),
    (
        "en",
        'The Health Secretary said the strike was "unnecessary and unaffordable" and urged doctors to return to talks.',
        False,
        [],
        None,
    ),
    ("en", "Patients are advised to attend appointments unless contacted by their hospital.", False, [], None),
    # --- Mindestlohnkommission (Reuters), Mittwoch, 26. Februar ---
    (
        "de",
        "Berlin (Reuters) - Die Mindestlohnkommission hat eine Anhebung der gesetzlichen Lohnuntergrenze in zwei Schritten auf 15,20 Euro je Stunde empfohlen.",
        True,
        [("count", 2, None, None), ("money", 15.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zum 1. Januar 2032 soll der Mindestlohn zunächst um 65 Cent auf 14,85 Euro steigen, ein Jahr später auf 15,20 Euro.",
        True,
        [
            ("date", "2032-01-01", None, None),
            ("money", 0.65, "EUR", None),
            ("money", 14.85, "EUR", None),
            ("money", 15.2, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Von der Erhöhung profitieren nach Schätzung der Kommission rund 5,7 Millionen Beschäftigte.",
        True,
        [("count", 5700000, None, "about")],
        None,
    ),
    (
        "de",
        "Der DGB hatte eine Anhebung auf mindestens 15,50 Euro verlangt, die Arbeitgeber wollten höchstens 14,70 Euro zugestehen.",
        True,
        [("money", 15.5, "EUR", "at_least"), ("money", 14.7, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Die Empfehlung fiel nach Angaben aus Kommissionskreisen mit fünf zu vier Stimmen.",
        True,
        [("count", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "DGB-Vorständin Anja Weißbrodt sprach von einer „verpassten Chance für Millionen Geringverdiener“.",
        False,
        [],
        None,
    ),
    ("de", "Die Arbeitgeberverbände nannten die Erhöhung „gerade noch verkraftbar“.", False, [], None),
    ("de", "Das Bundesarbeitsministerium kündigte an, die Empfehlung per Verordnung umzusetzen.", True, [], None),
    # --- Arbeitsmarkt Februar (dpa), Freitag, 28. Februar ---
    (
        "de",
        "Nürnberg (dpa) - Die übliche Frühjahrsbelebung am Arbeitsmarkt hat im Februar auf sich warten lassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Vergleich zum Januar ging die Zahl der Arbeitslosen nur um 9.000 auf 3,095 Millionen zurück, nach Angaben der Bundesagentur waren das 176.000 mehr als ein Jahr zuvor.",
        True,
        [("count", 9000, None, None), ("count", 3095000, None, None), ("count", 176000, None, None)],
        None,
    ),
    ("de", "Saisonbereinigt ergab sich ein Anstieg um 18.000.", True, [("count", 18000, None, None)], None),
    ("de", "Die Quote verharrte bei 6,6 Prozent.", True, [("percent", 6.6, "%", None)], None),
    (
        "de",
        "Die Unterbeschäftigung ohne Kurzarbeit lag bei knapp 3,8 Millionen.",
        True,
        [("count", 3800000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Februar zeigten Betriebe 48.000 Beschäftigte neu für Kurzarbeit an, nach 61.000 im Januar.",
        True,
        [("count", 48000, None, None), ("count", 61000, None, None)],
        None,
    ),
    (
        "de",
        "Volkswirte führen die Schwäche vor allem auf hohe Energiepreise und die Zurückhaltung der Firmen bei Investitionen zurück.",
        False,
        [],
        None,
    ),
    # --- Arbeitsmarkt Bayern (dpa/lby), 28. Februar ---
    ("de", "Nürnberg (dpa/lby) - Die Arbeitslosigkeit in Bayern ist im Februar leicht zurückgegangen.", True, [], None),
    (
        "de",
        "Ende des Monats waren 327.900 Frauen und Männer ohne Job, 4.100 weniger als im Januar, aber 31.200 mehr als vor einem Jahr, wie die Regionaldirektion Bayern der Bundesagentur für Arbeit mitteilte.",
        True,
        [("count", 327900, None, None), ("count", 4100, None, None), ("count", 31200, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote blieb unverändert bei 4,3 Prozent und ist damit weiter die niedrigste aller Bundesländer.",
        True,
        [("percent", 4.3, "%", None)],
        None,
    ),
    (
        "de",
        "In Oberfranken lag die Quote bei 5,1 Prozent, in Oberbayern bei 3,6 Prozent.",
        True,
        [("percent", 5.1, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Regionaldirektionschef Wendelin Aumüller sagte, allein in der Autozulieferindustrie seien seit dem Sommer knapp 9.000 Stellen weggefallen.",
        True,
        [("count", 9000, None, "nearly")],
        "Wendelin Aumüller",
    ),
    ("de", "„Der Frühling kommt, aber er kommt zögerlich“, sagte Aumüller.", False, [], None),
    # --- Arbeitslosigkeit Februar (APA), 3. März ---
    (
        "de",
        "Wien – Die Arbeitslosigkeit in Österreich ist im Februar den 23. Monat in Folge gestiegen.",
        True,
        [("ordinal", 23, None, None)],
        None,
    ),
    (
        "de",
        "Ende Februar zählte das AMS 409.860 Arbeitslose und Schulungsteilnehmer, um 5,2 Prozent mehr als im Februar des Vorjahres, teilte das Arbeitsmarktservice mit.",
        True,
        [("count", 409860, None, None), ("percent", 5.2, "%", None)],
        "das Arbeitsmarktservice",
    ),
    (
        "de",
        "Die Quote sank gegenüber Jänner um 0,4 Prozentpunkte auf 8,7 Prozent.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 8.7, "%", None)],
        None,
    ),
    (
        "de",
        "Den stärksten Zuwachs gab es mit 9,9 Prozent in Oberösterreich, wo die Industrie rund ein Viertel der Arbeitsplätze stellt.",
        True,
        [("percent", 9.9, "%", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Langzeitbeschäftigungslosen, also jener, die länger als ein Jahr beim AMS vorgemerkt sind, stieg auf 94.310.",
        True,
        [("count", 94310, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitsministerin kündigte für April ein Programm für 30.000 ältere Arbeitslose an.",
        True,
        [("count", 30000, None, None)],
        None,
    ),
    (
        "de",
        "Wirtschaftskammer-Generalsekretär Ferdinand Kobermayr bezeichnete die Zahlen als „Weckruf an die Regierung“.",
        False,
        [],
        None,
    ),
    # --- Arbeitslosigkeit Februar (awp), 4. März ---
    (
        "de",
        "Bern (awp) - Die Arbeitslosenquote in der Schweiz ist im Februar auf 3,2 Prozent gesunken, nach 3,3 Prozent im Januar.",
        True,
        [("percent", 3.2, "%", None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "Analysten hatten im Vorfeld mit Werten zwischen 3,2 und 3,3 Prozent gerechnet.",
        True,
        [("percent", 3.2, "%", None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "Saisonbereinigt stieg die Quote hingegen um 0,1 Prozentpunkte auf 3,0 Prozent.",
        True,
        [("percent", 0.1, "pp", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "de",
        "In der Uhrenindustrie sind laut dem Arbeitgeberverband seit Jahresbeginn rund 1400 Stellen abgebaut worden.",
        True,
        [("count", 1400, None, "about")],
        None,
    ),
    (
        "de",
        "Im Jura und im Kanton Neuenburg stieg die Arbeitslosenquote auf 5,4 beziehungsweise 5,1 Prozent.",
        True,
        [("percent", 5.4, "%", None), ("percent", 5.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Unia verlangt, die Höchstdauer der Kurzarbeitsentschädigung um sechs Monate auf 24 Monate zu verlängern.",
        True,
        [("duration", 6, "month", None), ("duration", 24, "month", None)],
        None,
    ),
    (
        "de",
        "«Die Uhrenbranche steckt in der tiefsten Krise seit Jahrzehnten», sagte ein Gewerkschaftssekretär der Unia.",
        False,
        [],
        None,
    ),
    # --- Flight attendants ratify deal (AP), March 5 ---
    (
        "en",
        "DALLAS (AP) — Flight attendants at Coastline Airways have approved a new five-year contract that raises pay immediately by 22% and by a total of 38% over the life of the deal, their union said Wednesday.",
        True,
        [("duration", 5, "year", None), ("percent", 22, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "The Association of Flight Attendants said 87% of the roughly 19,000 members who voted backed the agreement.",
        True,
        [("percent", 87, "%", None), ("count", 19000, None, "about")],
        "the Association of Flight Attendants",
    ),
    (
        "en",
        "The deal also adds pay for boarding time, which flight attendants had sought for more than a decade.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The attendants had worked without a raise since 2027 and picketed at 14 airports last summer.",
        True,
        [("year", 2027, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Coastline said the agreement will cost about $1.7 billion over five years.",
        True,
        [("money", 1700000000, "USD", "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Each flight attendant will also receive a ratification bonus averaging $6,400.",
        True,
        [("money", 6400, "USD", None)],
        None,
    ),
    (
        "en",
        "\"This contract is about respect as much as it's about money,\" said Denise Harrow, president of the union's Coastline chapter.",
        False,
        [],
        None,
    ),
    # --- U.S. February jobs report (Reuters), March 7 ---
    (
        "en",
        "U.S. FEB NONFARM PAYROLLS +62,000 (REUTERS POLL +150,000); JOBLESS RATE 4.4% (POLL 4.3%)",
        True,
        [
            ("count", 62000, None, None),
            ("count", 150000, None, None),
            ("percent", 4.4, "%", None),
            ("percent", 4.3, "%", None),
        ],
        None,
    ),
    (
        "en",
        "WASHINGTON, March 7 (Reuters) - Hiring in the United States slowed sharply in February as winter storms and federal spending cuts took their toll, pushing the unemployment rate to a more than three-year high of 4.4%.",
        True,
        [("date", "--03-07", None, None), ("duration", 3, "year", "over"), ("percent", 4.4, "%", None)],
        None,
    ),
    (
        "en",
        "Nonfarm payrolls increased by 62,000 jobs last month, the smallest gain since October.",
        True,
        [("count", 62000, None, None)],
        None,
    ),
    (
        "en",
        "Federal government employment dropped by 19,000, the largest decline since 2020.",
        True,
        [("count", 19000, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "The U-6 measure of underemployment rose to 8.1% from 7.8%.",
        True,
        [("percent", 8.1, "%", None), ("percent", 7.8, "%", None)],
        None,
    ),
    (
        "en",
        "Labor Secretary Warren Delacroix told reporters that about two-thirds of the shortfall was due to severe storms in the Midwest.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        '"This one is hard to explain away," said Marisol Tennant, senior economist at Okada Brothers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Financial markets priced in a roughly 80% chance that the Fed would cut rates at its meeting on March 18-19.",
        True,
        [("percent", 80, "%", "about"), ("date", "--03-18", None, None), ("date", "--03-19", None, None)],
        None,
    ),
    (
        "en",
        "The White House blamed the weak number on the weather and said hiring would bounce back in the spring.",
        False,
        [],
        None,
    ),
    # --- Canadian jobs (Reuters), March 7 ---
    (
        "en",
        "OTTAWA, March 7 (Reuters) - Canada's economy shed 22,400 jobs in February, the second monthly decline in a row, Statistics Canada said on Friday.",
        True,
        [("date", "--03-07", None, None), ("count", 22400, None, None), ("ordinal", 2, None, None)],
        "Statistics Canada",
    ),
    (
        "en",
        "Economists had forecast a gain of 12,000 jobs, according to a Reuters poll.",
        True,
        [("count", 12000, None, None)],
        None,
    ),
    (
        "en",
        "The jobless rate rose to 7.1%, its highest since 2016 if the pandemic years are excluded.",
        True,
        [("percent", 7.1, "%", None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "Manufacturing lost about 14,000 positions, with most of the losses in Ontario's auto sector.",
        True,
        [("count", 14000, None, "about")],
        None,
    ),
    (
        "en",
        "Average hourly wages of permanent employees rose 3.2% from a year earlier.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "Some economists said the report made another Bank of Canada rate cut in April all but certain.",
        False,
        [],
        None,
    ),
    # --- Public sector strike in France (AFP), March 11 ---
    (
        "en",
        "PARIS, March 11 (AFP) - French teachers, rail workers and air traffic controllers walked out on Tuesday in the third nationwide strike this year against plans to freeze public sector pay.",
        True,
        [("date", "--03-11", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "About one in three primary school teachers stayed away from class, the education ministry said, while unions put the figure at 55%.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 55, "%", None)],
        None,
    ),
    (
        "en",
        "Civil aviation authority DGAC told airlines to scrap a quarter of flights at Paris-Orly and a fifth of those at Marseille.",
        True,
        [("fraction", 0.25, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "The CGT said 420,000 people marched across the country, while the interior ministry counted 178,000.",
        True,
        [("count", 420000, None, None), ("count", 178000, None, None)],
        "the CGT",
    ),
    (
        "en",
        "SNCF said two in five high-speed trains would run on Wednesday.",
        True,
        [("fraction", 0.4, None, None)],
        None,
    ),
    (
        "en",
        'A government spokeswoman said the pay freeze was "a question of responsibility, not ideology".',
        False,
        [],
        None,
    ),
    # --- Shunto wage talks (Reuters), March 14 ---
    (
        "en",
        "TOKYO, March 14 (Reuters) - Large Japanese firms have agreed to lift pay by an average 4.87% this year, the third straight year of increases above 4.5%, union federation Rengo said on Friday.",
        True,
        [
            ("date", "--03-14", None, None),
            ("percent", 4.87, "%", None),
            ("ordinal", 3, None, None),
            ("percent", 4.5, "%", "over"),
        ],
        None,
    ),
    (
        "en",
        "Base pay, which excludes seniority-based increases, rose 3.41%, according to Rengo's first tally of results from 1,087 unions.",
        True,
        [("percent", 3.41, "%", None), ("ordinal", 1, None, None), ("count", 1087, None, None)],
        None,
    ),
    (
        "en",
        "Smaller firms with fewer than 300 employees agreed to an average increase of 4.12%.",
        True,
        [("count", 300, None, "under"), ("percent", 4.12, "%", None)],
        None,
    ),
    (
        "en",
        "Carmaker Hoshida Motor had already met its union's demands in full on Wednesday, the seventh year in a row it has done so.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "en",
        "Economists said the result kept the Bank of Japan on course to raise interest rates again.",
        False,
        [],
        None,
    ),
    # --- Einigung im öffentlichen Dienst (dpa), Montag, 17. März ---
    (
        "de",
        "Potsdam (dpa) - Nach einem mehr als 60-stündigen Verhandlungsmarathon haben sich Bund, Kommunen und Gewerkschaften auf einen Tarifabschluss für den öffentlichen Dienst geeinigt.",
        True,
        [("duration", 60, "hour", "over")],
        None,
    ),
    (
        "de",
        "Die Einkommen steigen in drei Stufen: zum 1. April um 3,0 Prozent, zum 1. Januar 2032 um weitere 2,2 Prozent und zum 1. Juli 2032 um 1,5 Prozent.",
        True,
        [
            ("count", 3, None, None),
            ("date", "--04-01", None, None),
            ("percent", 3.0, "%", None),
            ("date", "2032-01-01", None, None),
            ("percent", 2.2, "%", None),
            ("date", "2032-07-01", None, None),
            ("percent", 1.5, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Für die unteren Entgeltgruppen gilt bei der ersten Stufe ein Mindestbetrag von 140 Euro.",
        True,
        [("ordinal", 1, None, None), ("money", 140, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Vertrag hat eine Laufzeit von 27 Monaten und endet am 31. März 2033.",
        True,
        [("duration", 27, "month", None), ("date", "2033-03-31", None, None)],
        None,
    ),
    (
        "de",
        "Zusätzlich erhalten die Beschäftigten im Mai eine Einmalzahlung von 1.000 Euro, Auszubildende 500 Euro.",
        True,
        [("money", 1000, "EUR", None), ("money", 500, "EUR", None)],
        None,
    ),
    (
        "de",
        "Verdi-Chefin Rautenberg sagte, über die gesamte Laufzeit ergebe sich für die Beschäftigten ein Plus von durchschnittlich 6,8 Prozent.",
        True,
        [("percent", 6.8, "%", None)],
        "Rautenberg",
    ),
    ("de", "Rautenberg sprach von einem „Ergebnis mit Licht und Schatten“.", False, [], None),
    (
        "de",
        "Die Kommunen kostet der Abschluss nach Angaben der VKA rund 11,4 Milliarden Euro.",
        True,
        [("money", 11400000000, "EUR", "about")],
        "die VKA",
    ),
    (
        "de",
        "Der Deutsche Städtetag warnte, viele Kommunen könnten die Mehrkosten nur mit neuen Schulden stemmen.",
        False,
        [],
        None,
    ),
    # --- Public sector pay deal (Reuters), March 17 ---
    (
        "en",
        "BERLIN, March 17 (Reuters) - Germany's federal government and municipalities agreed a pay deal with unions for about 2.6 million public sector workers early on Monday after more than 60 hours of talks.",
        True,
        [("date", "--03-17", None, None), ("count", 2600000, None, "about"), ("duration", 60, "hour", "over")],
        None,
    ),
    (
        "en",
        "Pay will rise by 3% from April 1, by 2.2% from January 2032 and by a further 1.5% from July 2032, with a minimum increase of 140 euros a month for the lowest pay grades.",
        True,
        [
            ("percent", 3, "%", None),
            ("date", "--04-01", None, None),
            ("percent", 2.2, "%", None),
            ("year", 2032, None, None),
            ("percent", 1.5, "%", None),
            ("year", 2032, None, None),
            ("money", 140, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "The 27-month agreement also includes a one-off payment of 1,000 euros in May.",
        True,
        [("duration", 27, "month", None), ("money", 1000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The municipal employers' association VKA said the deal would cost local authorities about 11.4 billion euros.",
        True,
        [("money", 11400000000, "EUR", "about")],
        None,
    ),
    ("en", 'Verdi leader Sabine Rautenberg called the agreement "a result with light and shade".', False, [], None),
    # --- Tube drivers to strike (PA), March 18 ---
    (
        "en",
        "LONDON (PA) - Tube drivers will strike for 24 hours on March 26 and again on April 2 in a dispute over a four-day week, the Aslef union said.",
        True,
        [
            ("duration", 24, "hour", None),
            ("date", "--03-26", None, None),
            ("date", "--04-02", None, None),
            ("duration", 4, "day", None),
        ],
        "the Aslef union",
    ),
    (
        "en",
        "Aslef said 94% of its members at London Underground voted for strikes on a 79% turnout.",
        True,
        [("percent", 94, "%", None), ("percent", 79, "%", None)],
        None,
    ),
    (
        "en",
        "Drivers currently work a 36-hour week over four and a half days, the union said.",
        True,
        [("duration", 36, "hour", None), ("duration", 4.5, "day", None)],
        None,
    ),
    (
        "en",
        "Transport for London said almost no Underground services would run on strike days, with about 4 million journeys a day affected.",
        True,
        [("count", 4000000, None, "about")],
        "Transport for London",
    ),
    ("en", 'A TfL spokesperson said the union\'s demand was "simply not on the table".', False, [], None),
    ("en", "Commuters are being urged to work from home where they can.", False, [], None),
    (
        "en",
        '"I\'ll just work from the kitchen table again," said Priyanka Dholakia, a paralegal waiting at Stratford station.',
        False,
        [],
        None,
    ),
    # --- Chemie-Tarifabschluss (Reuters), Mittwoch, 19. März ---
    (
        "de",
        "Hannover (Reuters) - Die rund 585.000 Beschäftigten der Chemie- und Pharmaindustrie bekommen mehr Geld: IG BCE und Arbeitgeber einigten sich in der dritten Runde auf eine Erhöhung um insgesamt 5,4 Prozent in zwei Stufen.",
        True,
        [
            ("count", 585000, None, "about"),
            ("ordinal", 3, None, None),
            ("percent", 5.4, "%", None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Nach vier Nullmonaten steigen die Entgelte zum 1. Juli um 2,9 Prozent und zum 1. September des Folgejahres um weitere 2,5 Prozent.",
        True,
        [
            ("duration", 4, "month", None),
            ("date", "--07-01", None, None),
            ("percent", 2.9, "%", None),
            ("date", "--09-01", None, None),
            ("percent", 2.5, "%", None),
        ],
        None,
    ),
    ("de", "Der Vertrag läuft 26 Monate.", True, [("duration", 26, "month", None)], None),
    ("de", "Auszubildende erhalten monatlich 80 Euro mehr.", True, [("money", 80, "EUR", None)], None),
    (
        "de",
        "IG-BCE-Verhandlungsführer Jannik Brösel sagte, Betriebe in wirtschaftlicher Not könnten die zweite Stufe um bis zu drei Monate verschieben; das betreffe erfahrungsgemäß rund ein Viertel der Firmen.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "month", "up_to"), ("fraction", 0.25, None, "about")],
        "Jannik Brösel",
    ),
    (
        "de",
        "„Mehr war in dieser Lage nicht drin, weniger wäre nicht vertretbar gewesen“, sagte Brösel.",
        False,
        [],
        None,
    ),
    ("de", "Der Arbeitgeberverband BAVC sprach von einem „teuren, aber kalkulierbaren Kompromiss“.", False, [], None),
    # --- Kurzarbeit bei Autozulieferer (dpa/lsw), Donnerstag, 20. März ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Der Autozulieferer Kettner Antriebe schickt von April an rund 2.300 Beschäftigte an drei Standorten in Kurzarbeit.",
        True,
        [("count", 2300, None, "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitszeit werde je nach Abteilung um 20 bis 50 Prozent verringert, teilte das Unternehmen mit.",
        True,
        [("percent", 20, "%", None), ("percent", 50, "%", None)],
        None,
    ),
    ("de", "Die Kurzarbeit ist zunächst auf sechs Monate befristet.", True, [("duration", 6, "month", None)], None),
    (
        "de",
        "Betriebsratschef Holger Wendlandt sagte, bis 2033 sollten zudem 1.100 der weltweit 7.800 Stellen wegfallen.",
        True,
        [("year", 2033, None, None), ("count", 1100, None, None), ("count", 7800, None, None)],
        "Holger Wendlandt",
    ),
    ("de", "„Die Belegschaft hat die Nase voll von Hiobsbotschaften“, sagte Wendlandt.", False, [], None),
    ("de", "In der Branche wird mit weiteren Anträgen auf Kurzarbeit gerechnet.", False, [], None),
    # --- Pay settlements (PA), March 21 ---
    (
        "en",
        "LONDON (PA) - The median pay award agreed by UK employers held at 3.5% in the three months to the end of February, according to pay data firm Brightmine.",
        True,
        [("percent", 3.5, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "A quarter of all awards were below 3%, it said.",
        True,
        [("fraction", 0.25, None, None), ("percent", 3, "%", "under")],
        None,
    ),
    (
        "en",
        "Brightmine said the national living wage would rise by 5.1% to £13.21 an hour in April.",
        True,
        [("percent", 5.1, "%", None), ("money", 13.21, "GBP", None)],
        "Brightmine",
    ),
    (
        "en",
        'Brightmine\'s head of pay research Felicity Marsh said employers were becoming "noticeably more cautious".',
        False,
        [],
        None,
    ),
    # --- Warehouse union vote (AP), March 24 ---
    (
        "en",
        "GARNER, N.C. (AP) — Workers at a Parcelway warehouse in North Carolina voted against joining a union, the National Labor Relations Board said Saturday.",
        True,
        [],
        "the National Labor Relations Board",
    ),
    (
        "en",
        "The tally was 1,318 votes against and 964 in favor, with 41 ballots challenged.",
        True,
        [("count", 1318, None, None), ("count", 964, None, None), ("count", 41, None, None)],
        None,
    ),
    ("en", "About 4,100 workers at the facility were eligible to vote.", True, [("count", 4100, None, "about")], None),
    (
        "en",
        "It was the union's second failed attempt at the site since 2028.",
        True,
        [("ordinal", 2, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Parcelway spokesman Trent Abernathy said the company starts workers at $19.50 an hour and offers health benefits from the first day.",
        True,
        [("money", 19.5, "USD", None), ("ordinal", 1, None, None)],
        "Trent Abernathy",
    ),
    (
        "en",
        'Union organizer Keisha Bramwell said workers had been "bombarded with anti-union messages" in mandatory meetings.',
        False,
        [],
        None,
    ),
    # --- Löhne in der Schweiz (Keystone-SDA), 25. März ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Nominallöhne in der Schweiz haben im vergangenen Jahr um durchschnittlich 1,9 Prozent zugelegt, wie das Bundesamt für Statistik (BFS) in Neuenburg mitteilte.",
        True,
        [("percent", 1.9, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Bei einer Teuerung von 0,6 Prozent ergab sich real ein Lohnplus von 1,3 Prozent.",
        True,
        [("percent", 0.6, "%", None), ("percent", 1.3, "%", None)],
        None,
    ),
    (
        "de",
        "In den Gesamtarbeitsverträgen wurden für heuer effektive Lohnerhöhungen von 1,6 Prozent vereinbart, sie gelten für rund 553'000 Beschäftigte.",
        True,
        [("percent", 1.6, "%", None), ("count", 553000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Gewerkschaftsbund fordert für das kommende Jahr generelle Lohnerhöhungen von 2 bis 2,5 Prozent.",
        True,
        [("percent", 2, "%", None), ("percent", 2.5, "%", None)],
        None,
    ),
    (
        "de",
        "«Nach Jahren des Reallohnverlusts ist das bestenfalls ein Anfang», sagte Travail.Suisse-Präsidentin Regula Imboden-Frei.",
        False,
        [],
        None,
    ),
    # --- Nurses reject pay award (PA), March 26 ---
    (
        "en",
        "LONDON (PA) - Nurses in England have voted overwhelmingly to reject a 3.6% pay rise offered by the Government, the Royal College of Nursing said.",
        True,
        [("percent", 3.6, "%", None)],
        "the Royal College of Nursing",
    ),
    (
        "en",
        "Of the more than 146,000 members who took part in the consultation, 89% said the offer was unacceptable.",
        True,
        [("count", 146000, None, "over"), ("percent", 89, "%", None)],
        None,
    ),
    (
        "en",
        "The RCN said a formal strike ballot would open on April 14 and run for six weeks.",
        True,
        [("date", "--04-14", None, None), ("duration", 6, "week", None)],
        None,
    ),
    ("en", 'RCN general secretary Moira Faulkner said nursing staff felt "insulted and ignored".', False, [], None),
    # --- Pilotenstreik bei Nordstern Air (dpa-AFX), Donnerstag, 27. März ---
    (
        "de",
        "Frankfurt/Main (dpa-AFX) - Die Vereinigung Cockpit (VC) hat die Piloten der Ferienfluggesellschaft Nordstern Air für Freitag und Samstag zu einem 48-stündigen Streik aufgerufen.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "In einer Urabstimmung hatten sich zuvor 96,4 Prozent der Mitglieder für Streiks ausgesprochen.",
        True,
        [("percent", 96.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft fordert für die rund 640 Piloten 12 Prozent mehr Gehalt, verteilt über zwei Jahre, sowie eine bessere Altersversorgung.",
        True,
        [("count", 640, None, "about"), ("percent", 12, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Nordstern hat nach eigenen Angaben 5,5 Prozent in zwei Stufen angeboten.",
        True,
        [("percent", 5.5, "%", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen kündigte an, rund 180 der geplanten 410 Flüge zu streichen.",
        True,
        [("count", 180, None, "about"), ("count", 410, None, None)],
        None,
    ),
    (
        "de",
        "VC-Sprecher Tobias Harnisch sagte, die Piloten hätten seit 2027 keine tabellenwirksame Erhöhung erhalten.",
        True,
        [("year", 2027, None, None)],
        "Tobias Harnisch",
    ),
    (
        "de",
        "Nordstern-Personalchefin Carola Blumenthal nannte den Streik „unverhältnismäßig und verantwortungslos gegenüber unseren Gästen“.",
        False,
        [],
        None,
    ),
    ("de", "Ob weitere Streiks über Ostern folgen, ließ die VC offen.", False, [], None),
]
