"""Three-hundred-and-sixty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, a school district and
figures are made up (Doris Krautwurst, Till Overbeck, Marlene Sandvoß, Flavio Quadri,
Gernot Leitgeb, Alois Trattnigg, Reinhard Eggenberger, Ines Wolkenhauer, Urs Tännler, Meike
Tiedemann, the Weserland-Bahn, Gerd Hallwachs, Rüdiger Halmstedt, the Autozulieferer
Hellwarth, Moritz Ambrosius, Corinne Aebischer, Karin Strasshofer; CrossPennine, Aled
Pritchard-Rowe, Carrow Trucks, Renata Osei, Harbridge Capital, Corliss Vandermeer, Pinecrest
Foods, Dominic Szabo, Glenn Ostrowski, Cascadia Health, Kayla Brennan, Daesan Heavy
Industries, Mercia Connect, Sharon McAllister, Ayesha Sandhu, Imogen Lacey, the Lakeshore
Unified School District and the Lakeshore Education Association, Tamika Rowe, Gloria
Haverford, Aldermoor Aerospace, Brightwater Securities, Bernard Quayle, Meridian Resorts,
Lourdes Ibarra, Fiona Gilchrist, Merrow Economics; every unnamed economist, analyst, trader,
store manager, official, spokesperson, nurse, works council chief and union leader); the
chiefs, negotiators and secretaries of real agencies, unions, employers and governments
appear under made-up names that stand for no real holder (the head of the Bundesagentur
für Arbeit, an AMS board member, the Seco's labour market chief, Gesamtmetall's and the
ZDS's negotiators, the chair of IG BAU, the U.S. Labor Secretary, the UAW President, the
Teamsters General President, the RMT and Unite general secretaries, an ONS director,
Glasgow's council leader) or by their role only ("Canada's labour minister", "The state's
governor", "A Treasury spokesperson", „Ein Bahnsprecher“, „Der Gesamtbetriebsratschef“).
Real unions, employers, agencies, bodies and places (IG Metall, Gesamtmetall, Bezirk Küste,
Bundesagentur für Arbeit, BDA, Unia, Syna, Schweizerischer Baumeisterverband,
Landesmantelvertrag, Arbeitsmarktservice, Arbeiterkammer, Verdi, Kommunaler
Arbeitgeberverband NRW, PRO-GE, GPA, FMTI, Staatssekretariat für Wirtschaft (Seco), RAV,
AWP, Zentralverband der Deutschen Seehafenbetriebe, GDL, IG BAU, Statistisches Bundesamt,
Coiffure Suisse, Bundesrat, Personalverband des Bundes, Handelsverband, Tarifgemeinschaft
deutscher Länder, Medizinische Hochschule Hannover, Xetra; the RMT, the Teamsters, the
United Auto Workers, the Labor Department, the Fed, the Oregon Nurses Association, the Port
of Montreal, Acas, Unite, the ONS, the Bank of England, the Treasury, the International
Association of Machinists, the CGT, the Culinary Union, the GMB, Glasgow City Council,
Eurostat, the Strip, and the datelines' cities) stand for the way wire copy names them;
every jobless count, rate, revision, consensus, demand, offer, deal, step, term, one-off
payment, strike length, turnout, ballot, tally, cost, quote and label here is invented, and
where a real figure came to mind (a real jobless total or rate, a real metalworkers' or
retail deal, a real construction wage, a real federal payroll, a real strike's length or
turnout) it was changed.

Its weight: LABOUR MARKETS, STRIKES AND WAGE BARGAINING (the fifty-sixth batch weighed the
labour market, wages and collective bargaining, the hundredth and three-hundredth strikes
and labour disputes, the hundred-sixty-first and two-hundred-and-sixty-third the monthly
jobless figures, the two-hundred-and-sixth transport strikes and the
two-hundred-and-thirty-third wage deals; their decisions are kept) over five weeks of one
autumn, from Tuesday, October 29 to Friday, November 29, as 33 short stories in story
order with the German and English ones interleaved, each told as wire copy runs it (a
dateline lead, the figures, the demand and the offer, the walkout and who took part, the
consensus, attributed claims of both sides, quotes, the deal or the next round). Half
German (dpa with its regional slugs "dpa/lnw" and "dpa/lni", dpa-AFX, Reuters German with
an all-capitals flash, APA with its dash dateline, awp and Keystone-SDA; Austrian "heuer",
"mit 1. November", "Kollektivvertrag", "Obmann", "14-mal im Jahr", Swiss "139'812",
"5000", "Ende Jahr", "gemäss", "Massnahme", «» quotes, German „“ quotes): IG Metall's first
warning strikes after the Friedenspflicht and Gesamtmetall's offer with "drei Nullmonaten",
the BA's October figures with underemployment, short-time work and vacancies, a
construction workers' demonstration in Zürich, Austria's October figures, a Verdi transport
strike in NRW, the Austrian metalworkers' deal after "einem 16-stündigen
Verhandlungsmarathon", Swiss unemployment, a port strike, a GDL strike ballot at a private
railway, an arbitration award in construction after "41 Verhandlungsstunden", a supplier's
job cuts, Unia's demand for „einen 13. Monatslohn“, negotiated pay in the third quarter,
Swiss federal staff pay, the Austrian retail round and hospital warning strikes. Half
English (Reuters with its all-capitals flashes and dated datelines, AP, PA): an RMT guards'
strike, the U.S. October jobs report, a Teamsters strike at a food distributor, the UAW's
deal after a 42-day strike ("31 straight hours of talks", "the four-and-a-half-year
contract"), an Oregon nurses' strike, partial strikes at a Korean shipyard, binding
arbitration at the Port of Montreal, a bus drivers' deal brokered by Acas, the UK labour
market, a teachers' contract, U.S. jobless claims, IG Metall's deal in English, machinists
rejecting an offer, a general strike in Argentina, a casino walkout in Las Vegas, a Glasgow
bin strike after "a half-day stoppage" and euro zone unemployment. Figures as such copy has
them: jobless counts, rates, changes, revisions, consensus figures and youth rates with
age bands, short-time work, vacancies and claims; demands and offers in percent, in steps,
with floors, terms in months and years, Nullmonate, one-off payments, hourly, monthly and
yearly pay in euros, francs, dollars, pounds and won; strike and talks lengths in hours,
days and weeks, participants and tallies with their hedges, ballots and turnouts, costs;
ordinals of rounds, strikes and days, fractions, years and dates. About a quarter
negatives as such copy has them: union leaders', employers' and officials' rhetoric and
resolve in quotes, labels („sprach von“, „nannte“, „bezeichnete ... als“, "called",
"described ... as"), a feeling, verdicts with „halten ... für“, traders' and economists'
verdicts without a measure, expectations without a figure, a warning naming no measure, an
appeal, a vow, evasions, open questions, advice to commuters and residents and vox pops,
each near a check-worthy look-alike from the same story.

239 rows (120 German, 119 English), 56 negatives (26 German, 30 English), 183 check-worthy
rows of which 8 carry no figure (5 German, 3 English), 358 expected quantities (103 counts,
84 percentages - 82 in "%", 2 in percentage points "pp" -, 57 durations - 16 in years, 15 in
hours, 14 in months, 9 in days, 3 in weeks -, 39 amounts of money - 14 EUR, 12 USD, 5 GBP, 4
CHF, 3 KRW, 1 CAD -, 27 dates, 22 ordinals, 20 years, 6 fractions; none of them in a
negative), 35 checked speakers (18 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, resolve, vow, warning naming no measure or piece of rhetoric
  is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundredth, two-hundred-and-fourth, two-hundred-and-thirty-third,
  three-hundredth); a quoted or reported statement of fact, figure, step, plan, demand or
  offer is check-worthy with its speaker, also in Konjunktiv I and in quotation marks
  (hundred-sixtieth, two-hundred-and-thirty-third). Pairs from one speaker: Sandvoß's
  110,000 jobs beside „nicht hoffnungslos“; Krautwurst's 2031 beside her „Ernst der Lage“;
  Overbeck's third of firms beside his „Ritual“; Quadri's 35 degrees and ten hours beside
  «rund um die Uhr»; Trattnigg's 0.4 points and 110 euros beside „glücklich ist damit aber
  niemand“; Eggenberger's 6,000 jobs beside „Schmerzgrenze“; Tännler's 9000 workers beside
  his «Einbruch» and his evasion; Tiedemann's 15 million euros beside „Rotterdam oder
  Antwerpen“; Ostrowski's 11% and $7,500 beside "the picket line"; the Teamsters' demand
  beside Szabo's "scraps"; Unite's 76% beside McAllister's "stand together".
- Strikes, ballots, arbitration and deals (forty-eighth, hundredth, two-hundred-and-sixth,
  two-hundred-and-thirty-third, three-hundredth): a strike begun or called, a ballot
  result, an arbitration award or order, a deal reached or ratified and a next round
  scheduled are check-worthy, with or without a figure („... erste Warnstreiks
  organisiert“ - „erste“ before a plural without an article carries no ordinal, sixteenth
  -, „Ein ganztägiger Warnstreik ... stillstehen lassen“ - „ganztägig“ none -, „grünes
  Licht für unbefristete Streiks“, „Planbare Operationen wurden verschoben“, "ordered
  binding arbitration", "deliveries ... had been suspended until further notice", "The
  union's negotiating committee had recommended that members accept the offer.", "The
  state-run airline cancelled all of its domestic flights for the day."). Lengths are
  durations (the issue's "fünfstündigen"): „16-stündigen Verhandlungsmarathon“, „48-stündiger
  Warnstreik“, „zweitägigen Warnstreik“, "for 48 hours", "19 hours of talks", "a 42-day
  strike", "a five-day strike", "downed tools for four hours", "a 24-hour general strike",
  "a two-week strike", "for nine days", "for eight days", "17 days of strikes" (two-hundred-
  and-sixth: "on six days in March"), "more than 18 hours of talks" "over". "31 straight
  hours of talks" is 31 hours with no hedge ("straight" none, seventy-sixth). New: "a
  half-day stoppage" is 0.5 days - a half heading a unit of time before its noun, as "a
  quarter-hour bidding war" 0.25 hours (three-hundred-and-twenty-eighth), while
  „Halbtagsplätze“ named a kind of place and no span (two-hundred-and-eighteenth). "the
  four-and-a-half-year contract" 4.5 years (three-hundred-and-twenty-eighth: "a
  four-and-a-half-day journey"). "all-day", "ganztägig", „unbefristete“ and the clock "at
  12:01 a.m." and „um Mitternacht“ none (forty-eighth, two-hundred-and-thirty-third).
  „41 Verhandlungsstunden“ is count 41 - the hour inside a compound counted, as
  „Ausfallstunden“ (hundred-sixty-first, two-hundred-and-sixty-third).
- Demands, offers and deals (fifty-sixth, hundredth, two-hundred-and-thirty-third,
  three-hundredth): percentages with their steps and dates („1,8 Prozent ab Juli 2031 und
  weitere 1,6 Prozent ab Juli 2032“ and "2.4% from July 2031 and by a further 2.6% from
  July 2032" the years, „zum 1. April eine Erhöhung um 250 Euro monatlich und zum 1. April
  2032 ein weiteres Plus von 4,2 Prozent“ --04-01, 250 EUR, 2032-04-01 and 4.2; „weitere“
  and "a further" no hedge), steps counted („in zwei Stufen“, „in zwei Schritten“,
  „verteilt auf zwei Stufen und 24 Monate“ 2 and 24 months), terms in months („zwölf
  Monate gelten“, „bei 27 Monaten Laufzeit“, „eine Laufzeit von 36 Monaten“, "the 26-month
  agreement", "over 12 months"), raises over a period with the period ("26% over the
  four-and-a-half-year contract", "21% over three years", "14.5% over five years", "31%
  ... spread over four years", "$9 an hour over four years", "$7 an hour over five years";
  "over the same period" none), floors („mindestens 110 Euro mehr im Monat“ "at_least"),
  one-off payments, bonuses and lump sums the amount only („Einmalzahlung von 1.000 Euro,
  Lehrlinge erhalten 500 Euro“ both, "a one-off payment of £1,250", "a lump sum of £800",
  "a $7,500 bonus", "a $10,000 ratification bonus", "a $2,000 signing bonus", "a one-off
  payment of 3 million won"), pay per hour, month and year the amount only („3,10 Euro“
  3.1, "£17.85", "$6.40 an hour", "$5.25", „250 Franken im Monat“, „4200 Franken“, „2.280
  Euro brutto“, "worth £1,450 a year", "163,000 won"; "an hour", „im Monat“, „brutto“, "a
  year" none), "from $48,500 to $55,000 by its final year" both ("final year" none). New:
  „drei Nullmonaten“ is 3 months - months without a raise at the start of a deal, named
  „Nullmonate“ as well as „Leermonate“ („drei Leermonate“ 3 months,
  two-hundred-and-thirty-third); the „Null“ inside counts nothing, as in a „Nullrunde“.
  New: „einen 13. Monatslohn“ is ordinal 13 - the thirteenth monthly salary, a figure with
  the ordinal dot before its noun as „das 20. Sanktionspaket“ 20 (two-hundred-and-fourth)
  and the issue's "the 12th round". Working weeks are hours: „von 39 auf 37 Stunden“ both,
  „eine 35-Stunden-Woche“ 35 and „auf 37 Stunden bis 2032“ 37 and the year (fifty-sixth,
  two-hundred-and-thirty-third), „mehr als 45 Stunden pro Woche“ 45 "over" („pro Woche“
  none). "to three years from eight" is 3 and 8 years, the unit written once serving both
  (forty-eighth, fifty-sixth: "from 37 hours to 35").
- Ballots, turnouts and tallies (eleventh, sixteenth, hundredth,
  two-hundred-and-thirty-third): "89 per cent ... on a turnout of 71 per cent", "97.8%",
  "76%", "81% ... on a turnout of 68%", "voted 64% to reject", „95,8 Prozent ..., nötig
  gewesen wären 75 Prozent“ and "adherence reached 80%" percentages; "approved the deal
  2,874 to 412" two counts (two-hundred-and-thirty-third: "by 412 votes to 167") and "had
  voted 5-2" counts 5 and 2 (sixth and later: "voted 7-2"). Participants and each side's
  tallies are counts with their hedges („mehr als 38.000 Beschäftigte in rund 190
  Betrieben“, „rund 14.500“, „Rund 2.700“, „rund 5000 Bauarbeiter“ as written,
  two-hundred-and-sixth; "More than 4,200", "About 6,300 nurses at 11 hospitals", "about
  1,200 longshore workers", "About 27,000 machinists", "More than 720,000 workers", "About
  3,400 ... at two Meridian Resorts casinos", "about 380 flights ..., some 42,000
  passengers"; "all 11 hospitals" and "all seven" - „an allen sieben deutschen Standorten“
  - with no hedge, three-hundredth: "all 1,400 daily flights").
- Jobless figures, vacancies and pay data (fifty-sixth, hundred-sixty-first,
  two-hundred-and-sixty-third): counts as written („2,941 Millionen“, „rund 3,62 Millionen“,
  „371.906 Personen“, „78.340 sofort verfügbare offene Stellen“, „139'812 Personen ...,
  4'106 mehr“, "a combined 38,000" with no hedge, "a seasonally adjusted 231,000", "1.94
  million", "by 14,000 to 691,000", "by 38,000 to 412,000"); rates and moves in "%" and
  "pp" („um 0,4 Prozentpunkte“ twice); "fast fünf Arbeitsuchende" on „eine offene Stelle“ 5
  "nearly" - „eine“ no count, two-hundred-and-sixty-third: „auf eine sofort verfügbare
  Stelle“. Consensus figures are check-worthy („Ökonomen, die Reuters vorab befragt
  hatte, waren lediglich von einem Anstieg um 8.000 ausgegangen“ - „lediglich“ no hedge
  -, „Die von AWP befragten Ökonomen hatten ... zwischen 3,0 und 3,1 Prozent erwartet“ both,
  "economists polled by Reuters had forecast 125,000", "Analysts surveyed by Reuters had
  expected the rate to stay at 5.1%", "had forecast 236,000 claims"), and so is market
  pricing with a figure ("a roughly 60% chance" "about"; three-hundred-and-twenty-fourth),
  while expectations and verdicts without a figure are negatives („Analysten rechnen
  damit, dass weitere Zulieferer nachziehen werden.“, "Traders said the report did little
  ...", "Some economists said the figures strengthened the case ..."; two-hundred-and-
  sixty-third). New: „(Vormonat: 6,4 Prozent)“ gives 6.4 and the label carries nothing,
  as „(Vorjahr: ...)“ and „(bisher: ...)“ (hundred-eighty-second, three-hundred-and-
  fifty-sixth). The German flash "ARBEITSLOSENZAHL OKTOBER SAISONBEREINIGT +14.000
  (REUTERS-PROGNOSE +8.000)" gives 14,000 and 8,000 ("+" no sign, read as the same words in
  lower case, three-hundred-and-fifty-sixth); "U.S. OCT NONFARM PAYROLLS +96,000 (REUTERS
  POLL +125,000); JOBLESS RATE 4.5% (POLL 4.4%)" four figures and "UK JOBLESS RATE 5.2% IN
  THREE MONTHS TO SEPT (REUTERS POLL 5.1%)" 5.2, 3 months and 5.1 (the abbreviated month
  none, three-hundred-and-fifty-sixth). Ages: "aged 16 to 24" and „Bei den 15- bis
  24-Jährigen“ two ages each in years (hundred-sixty-first, three-hundred-and-fifty-sixth).
- Ordinals (the issue; two-hundred-and-thirty-third, three-hundredth): rounds („in der
  zweiten Verhandlungsrunde“, „Die dritte Verhandlungsrunde“, „in der sechsten Runde“, „es
  ist die siebte Runde“, „in der dritten Runde“, „In der zweiten Runde ...; die dritte“ 2
  and 3, "in the fourth round"), strikes („der dritte Ausstand“, "the ninth strike", "their
  third partial strike this month", "its fourth against the government", "the company's
  first since 2011" 1 and the year, "the Strip's first strike in more than 30 years" 1 and
  30 years "over", three-hundredth: "the district's first strike since 2019"), "into an
  eighth week" 8 (two-hundred-and-sixty-third: "for a sixth month running"), "a sixth
  straight monthly drop" 6, "the second time in 14 months" 2 and 14 months, "South Korea's
  second-largest shipbuilder" 2 (three-hundredth: "Britain's second-largest union"), „im
  dritten Quartal“ 3, "On Day 6 of the strike" 6 (hundred-seventy-ninth: "On day 13 of the
  truce"). "the largest nurses' walkout", "the bloc's largest economy", "Argentina's
  largest labor federation", "the highest rate" none.
- Fractions (the issue; two-hundred-and-thirty-third, two-hundred-and-sixty-third): „jeder
  dritte Betrieb“ 0.3333, „knapp ein Fünftel davon“ 0.2 "nearly", „fast ein Drittel“ 0.3333
  "nearly", „um ein Fünftel weniger“ 0.2, „jede vierte Angestellte“ 0.25, "about a third of
  its usual timetable" 0.3333 "about".
- Money in the currency written (every batch): EUR („rund 420 Millionen Euro im Jahr“, „rund
  15 Millionen Euro“ "about", „um 150 Millionen auf 1,45 Milliarden Euro“ both - the
  currency written once serving the earlier figure, three-hundred-and-twenty-fourth -,
  "600 euros"), CHF („250 Franken“, „4200 Franken“, „3950 Franken im Monat“, „rund 65
  Millionen Franken pro Jahr“), GBP ("£1,250", "an estimated £14 million" "about" -
  two-hundred-and-seventy-sixth -, "£800", "£17.85", "£1,450"), USD ("$9", "$6.40",
  "$2,000", "about $1.1 billion", "$7,500", "about $40 million", "$48,500", "$55,000",
  "$10,000", "about $90 million a day", "$7", "$5.25"), KRW ("163,000 won", "92,000 won",
  "3 million won"; hundredth), CAD ("About C$1.4 billion", two-hundred-and-thirty-third:
  "C$1,500"; "every week" none).
- Counts, years and dates as every batch: "40 services a day", "two of its eight routes"
  (three-hundredth: "only three of the 11 lines"), "the 1,100 guards", "seven states", "four
  U.S. plants", "two LNG carriers", "14 routes", "28 students", „27 Containerschiffe“, „28
  kommunalen Verkehrsunternehmen“, „an fünf niedersächsischen Kliniken“, „auf vier
  Regionallinien“, „bei 35 Grad“ 35 (temperatures are counts, fifty-seventh), „14-mal im
  Jahr“ 14 (twenty-eighth), "the 21-country bloc" 21 (hundred-fiftieth: "the 20-country
  bloc"), „rund 41'500 Personen“; „Hunderte Stellen“, "hundreds of flights", „die beiden
  Arbeitgeberverbände“, „der letzten beiden Jahre“ and "both casinos" none (three-hundredth:
  „Die beiden Schlichter“). Years: "ab Juli 2031", "bis Ende 2032", "seit 2027", "seit
  2020", "Ende 2031", "für 2031", "since October 2021", "since April 2029", "given up in
  2009", "since 2011", "in 2027", "a level last seen in early 2016", "A strike in 2028".
  Dates without a year: „für den 6. November“, „am 14. November“, „ab 1. Januar“, „mit 1.
  November“, „für den 12. und 13. November“ two dates, „zum 1. April“, „Für Samstag, den
  23. November,“, „am 9. Dezember“, "on Sept. 23", "from Nov. 9 through Nov. 13" two dates,
  "for the week ended Nov. 9", "the week ending Nov. 2", "since Sept. 30", "from December
  2"; „zum 1. April 2032“ the full date 2032-04-01 (two-hundred-and-thirty-third: „zum 1.
  Mai 2027“); Reuters English datelines with a day ("WASHINGTON, Nov 1", "DETROIT, Nov 4",
  "SEOUL, Nov 6", "OTTAWA, Nov 8", "LONDON, Nov 12", "WASHINGTON, Nov 14", "BERLIN, Nov 19",
  "SEATTLE, Nov 20", "BUENOS AIRES, Nov 21", "LUXEMBOURG, Nov 29") dates without a year;
  dpa, dpa/lnw, dpa/lni, dpa-AFX, Reuters German, APA (and "Wien –"), awp, Keystone-SDA, AP
  and PA datelines none (seventy-ninth). None: „Ende Oktober“, „Ende Jahr“, „seit Anfang
  September“, „seit dem Frühjahr“, „binnen Jahresfrist“, „im Jahresabstand“, „im
  Vorjahresmonat“, „vor einem Jahr“, „heuer“, „im selben Zeitraum“, „täglich“, "last month",
  "next year", "a day", "every week", "for over a year", "in the
  August-to-October period", "since the end of October", months and weekdays; "in the three
  months to September" 3 months (two-hundred-and-sixty-third), „der vergangenen zwölf
  Monate“ 12 months, "for three weeks" 3 weeks, „zwei Wochen Zeit“ 2 weeks.
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "roughly", "some", "an
  estimated" "about"; „knapp“, „fast“, "nearly" "nearly"; „mehr als“, "More than", "more
  than" "over"; „bis zu“ "up_to"; „mindestens“ "at_least". No hedge: „insgesamt“,
  „zusammen“, „lediglich“, „zeitweise“, „im Schnitt“, „im Durchschnitt“, „weitere“,
  „bereits“, "a combined", "a seasonally adjusted", "a further", "just", "all", "straight",
  "over" before a span, and „mehr“, „weniger“ after a figure.
- Speakers, checked only in forms the earlier batches settled: „Nach Angaben der IG
  Metall“ -> "die IG Metall" and „nach Angaben der Gewerkschaft“ -> "die Gewerkschaft"
  (three-hundredth: „Nach Angaben der Bahn“), „teilte die Bundesagentur für Arbeit (BA) am
  Donnerstag mit“ -> "die Bundesagentur für Arbeit" and „teilte das Arbeitsmarktservice
  (AMS) am Montag mit“ -> "das Arbeitsmarktservice" (abbreviation and weekday dropped,
  two-hundred-and-sixty-third), „wie das Staatssekretariat für Wirtschaft (Seco)
  mitteilte“, „wie das Statistische Bundesamt mitteilte“ and „wie der Bundesrat am
  Mittwoch mitteilte“ (three-hundred-and-twenty-fourth: „wie die EZB am Donnerstag
  mitteilte“), „teilte die GDL am Montag mit“ -> "die GDL"; „X sagte, ...“ with the title,
  the occasion and the audience dropped („BA-Chefin Marlene Sandvoß“,
  „IG-Metall-Bezirksleiterin Doris Krautwurst sagte vor Streikenden in Ingolstadt“,
  „AMS-Vorstand Gernot Leitgeb“, „PRO-GE-Chefverhandler Alois Trattnigg“,
  „Seco-Arbeitsmarktchef Urs Tännler“, „ZDS-Verhandlungsführerin Meike Tiedemann“,
  „Hellwarth-Chef Moritz Ambrosius“, „GPA-Verhandlerin Karin Strasshofer“), „Overbeck
  sagte, ...“ the surname opening the row, and a quote followed by „sagte
  Unia-Bauverantwortlicher Flavio Quadri“ the name (hundredth: „so Unia-Bauchef Marco
  Ferrazzini“). English: "the RMT union said" and "the GMB union said" with "union"
  (hundredth), "the union said" -> "the union" (Teamsters, UAW, teachers) and "according to
  the union" -> "the union" (two-hundred-and-thirty-third), "The company said" -> "the
  company", "The CGT said" -> "the CGT" (three-hundredth: "The SEIU said"), "the Labor
  Department said on Friday", "the International Association of Machinists said late on
  Wednesday" and "the Culinary Union said" with their article, "Unite said", "Cascadia said"
  and "Eurostat said on Friday" as written, "Labor Secretary Corliss Vandermeer told
  reporters", "UAW President Glenn Ostrowski said in a video message to members" and "ONS
  director of economic statistics Imogen Lacey said" the name with the office and the
  occasion dropped. Left unchecked (None): all negatives, also those with a named speaker;
  „teilten die Gewerkschaften PRO-GE und GPA mit“ (two bodies, hundredth: „teilten die
  Gewerkschaften mit“), „Schlichter Gerd Hallwachs, ein früherer Arbeitsrichter, sagte“ (a
  description between, three-hundredth), „nach eigenen Angaben“, „gemäss Unia“
  (two-hundred-and-sixty-third: „Gemäss Seco“), „Der Kommunale Arbeitgeberverband NRW
  beziffert“, „rechnet das AMS“, „kündigte ... an“ (no verbs of saying), „nach Daten eines
  Schiffsortungsdienstes“; new: „Nach Verdi-Angaben“ stays unchecked as „nach
  Gewerkschaftsangaben“ (two-hundred-and-thirty-third) - the union's name glued to
  „Angaben“ makes a compound source no batch settled. English: "economists polled by
  Reuters", "official figures showed", "According to early tax data", "according to
  industry figures", "according to the port authority", "The department estimated",
  "Analysts at Brightwater Securities estimate", "Hospital officials said", "An airlines
  association said", "Pinecrest, which supplies ..., said" and "The union, which had
  rejected ..., said" (a description between), "Canada's labour minister ... ordered", and
  rows without attribution. As the two-hundred-and-thirty-third, two-hundred-and-sixty-third
  and three-hundredth batches did, and to keep the checked speakers near 35, this batch also
  leaves unchecked forms it could have checked: „FMTI-Obmann Reinhard Eggenberger sagte“,
  „teilte die Gewerkschaft mit“ (NRW), „teilte das Unternehmen am Mittwoch mit“, „teilte
  die Medizinische Hochschule Hannover mit“; "The union said" (CrossPennine, Glasgow),
  "Pinecrest said" (twice), "Carrow said", "Mercia Connect said", "the Labor Department said
  on Thursday", "Aldermoor said", "Glasgow City Council said" and "Meridian said".
- Negatives (ninety-eighth, hundredth, two-hundred-and-fourth, two-hundred-and-thirty-third,
  two-hundred-and-sixty-third, three-hundredth): quotes of rhetoric, resolve and feeling
  (Sandvoß, Krautwurst, Pritchard-Rowe, Osei, Szabo, Quadri, Ostrowski, Trattnigg, Brennan,
  Tännler, Tiedemann, Aebischer, Rowe, Ibarra, a union official, a nurse), labels („sprach
  von einem „Alarmsignal ...““, „bezeichnete die Warnstreiks als ...“, „bezeichnete die
  Kundgebung als ...“, „nannte den Abschluss ...“, „sprach von einem „Ergebnis, das wehtut
  ...““, „nannte die Pläne ...“, „nannte die Urabstimmung ...“, „sprach von einem
  «Affront ...»“, „sprach von „völlig realitätsfernen Forderungen““, "said the walkout was
  "pointless ..."", "described the union's demands as ...", "called the strike ...",
  "described the labor market as ...", a Treasury verdict, Gesamtmetall's "to the limit",
  Gilchrist's "punish"), a feeling („zeigte sich „besorgt, aber nicht alarmiert““;
  "deeply disappointed" with "reflect on the outcome"), a verdict with „halten ... für“
  (ninetieth, hundredth), a warning naming no measure („Reedereien warnten vor
  wochenlangen Verzögerungen ...“ - „wochenlang“ none), an appeal („forderte die Regierung
  auf, ... „endlich gegenzusteuern““, "urged the hospital system and the union to return
  ..."), a vow ("vowed to keep up the pressure"), an evasion („liess Tännler offen“), open
  questions („Ob es noch vor Weihnachten zu Streiks kommt, ist offen.“, "When negotiations
  might restart was not immediately clear.", store managers not knowing), advice („Pendlern
  wird geraten ...“, "Passengers are advised ...", "Residents have been asked ..."),
  expectations and verdicts without a figure, and vox pops. As the brief for these batches
  asks, negatives carry no expected quantities, and this batch writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_361 = [
    # --- Erste Warnstreiks in der Metall- und Elektroindustrie (dpa), Dienstag ---
    (
        "de",
        "Frankfurt/Main (dpa) - Kaum war um Mitternacht die Friedenspflicht ausgelaufen, hat die IG Metall in der Metall- und Elektroindustrie erste Warnstreiks organisiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der IG Metall legten bis zum Dienstagmittag mehr als 38.000 Beschäftigte in rund 190 Betrieben vorübergehend die Arbeit nieder.",
        True,
        [("count", 38000, None, "over"), ("count", 190, None, "about")],
        "die IG Metall",
    ),
    (
        "de",
        "Die Branche zählt rund 3,9 Millionen Beschäftigte; für sie verlangt die Gewerkschaft 6,5 Prozent mehr Geld, der neue Vertrag soll zwölf Monate gelten.",
        True,
        [("count", 3900000, None, "about"), ("percent", 6.5, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Gesamtmetall hatte in der zweiten Verhandlungsrunde 1,8 Prozent ab Juli 2031 und weitere 1,6 Prozent ab Juli 2032 angeboten, bei 27 Monaten Laufzeit und drei Nullmonaten.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 1.8, "%", None),
            ("year", 2031, None, None),
            ("percent", 1.6, "%", None),
            ("year", 2032, None, None),
            ("duration", 27, "month", None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "de",
        "IG-Metall-Bezirksleiterin Doris Krautwurst sagte vor Streikenden in Ingolstadt, bei der derzeitigen Teuerung bedeute das Angebot für 2031 real ein Minus.",
        True,
        [("year", 2031, None, None)],
        "Doris Krautwurst",
    ),
    (
        "de",
        "„Wer den Beschäftigten so etwas vorlegt, hat den Ernst der Lage nicht verstanden“, rief Krautwurst den Streikenden zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gesamtmetall-Verhandlungsführer Till Overbeck bezeichnete die Warnstreiks als „Ritual aus einer anderen Zeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Overbeck sagte, jeder dritte Betrieb der Branche schreibe inzwischen Verluste.",
        True,
        [("fraction", 0.3333, None, None)],
        "Overbeck",
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde für den Bezirk Küste ist für den 6. November in Hamburg angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--11-06", None, None)],
        None,
    ),
    # --- Guards' strike at CrossPennine (PA) ---
    (
        "en",
        "LONDON (PA) - Train guards at CrossPennine will walk out for 48 hours from Saturday in a row over plans to run 40 services a day without a guard on board, the RMT union said.",
        True,
        [("duration", 48, "hour", None), ("count", 40, None, None)],
        "the RMT union",
    ),
    (
        "en",
        "The union said 89 per cent of members who voted backed strikes, on a turnout of 71 per cent.",
        True,
        [("percent", 89, "%", None), ("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        "The operator expects to run about a third of its usual timetable, with no trains at all on two of its eight routes.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 2, None, None), ("count", 8, None, None)],
        None,
    ),
    ("en", "It will be the ninth strike in the dispute since March.", True, [("ordinal", 9, None, None)], None),
    (
        "en",
        "CrossPennine has offered the 1,100 guards a 3.6% pay rise backdated to April plus a one-off payment of £1,250.",
        True,
        [("count", 1100, None, None), ("percent", 3.6, "%", None), ("money", 1250, "GBP", None)],
        None,
    ),
    (
        "en",
        "RMT general secretary Aled Pritchard-Rowe said: \"Passengers deserve a guard on every train, and our members won't be pushed into accepting anything less.\"",
        False,
        [],
        None,
    ),
    ("en", 'A CrossPennine spokeswoman said the walkout was "pointless and deeply regrettable".', False, [], None),
    (
        "en",
        "Passengers are advised to check before travelling and to expect crowded trains on the days either side of the strike.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Strikes in the dispute have so far cost the operator an estimated £14 million in lost fares, according to industry figures.",
        True,
        [("money", 14000000, "GBP", "about")],
        None,
    ),
    # --- Arbeitsmarkt Oktober (Reuters), Donnerstag ---
    (
        "de",
        "ARBEITSLOSENZAHL OKTOBER SAISONBEREINIGT +14.000 (REUTERS-PROGNOSE +8.000)",
        True,
        [("count", 14000, None, None), ("count", 8000, None, None)],
        None,
    ),
    (
        "de",
        "Nürnberg (Reuters) - Gegen den üblichen Herbsttrend ist die Arbeitslosigkeit in Deutschland im Oktober gestiegen: Bereinigt um jahreszeitliche Schwankungen waren 14.000 Menschen mehr ohne Job als im September, teilte die Bundesagentur für Arbeit (BA) am Donnerstag mit.",
        True,
        [("count", 14000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Ökonomen, die Reuters vorab befragt hatte, waren lediglich von einem Anstieg um 8.000 ausgegangen.",
        True,
        [("count", 8000, None, None)],
        None,
    ),
    (
        "de",
        "Ohne Bereinigung sank die Zahl der Arbeitslosen zwar um 23.000 auf 2,941 Millionen, das waren aber 97.000 mehr als vor einem Jahr.",
        True,
        [("count", 23000, None, None), ("count", 2941000, None, None), ("count", 97000, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote lag bei 6,3 Prozent (Vormonat: 6,4 Prozent).",
        True,
        [("percent", 6.3, "%", None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "BA-Chefin Marlene Sandvoß sagte, in der Industrie seien seit dem Frühjahr rund 110.000 sozialversicherungspflichtige Stellen verloren gegangen.",
        True,
        [("count", 110000, None, "about")],
        "Marlene Sandvoß",
    ),
    ("de", "„Die Lage ist ernst, aber sie ist nicht hoffnungslos“, sagte Sandvoß.", False, [], None),
    (
        "de",
        "Die Unterbeschäftigung, die auch Teilnehmer an Fördermaßnahmen erfasst, belief sich auf rund 3,62 Millionen Menschen.",
        True,
        [("count", 3620000, None, "about")],
        None,
    ),
    (
        "de",
        "Konjunkturelles Kurzarbeitergeld erhielten nach vorläufigen Hochrechnungen im August 212.000 Beschäftigte, knapp ein Fünftel davon in der Autoindustrie.",
        True,
        [("count", 212000, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband BDA sprach von einem „Alarmsignal, das in Berlin niemand überhören darf“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der bei der BA gemeldeten offenen Stellen sank binnen Jahresfrist um 41.000 auf 598.000.",
        True,
        [("count", 41000, None, None), ("count", 598000, None, None)],
        None,
    ),
    # --- U.S. October jobs report (Reuters), Friday ---
    (
        "en",
        "U.S. OCT NONFARM PAYROLLS +96,000 (REUTERS POLL +125,000); JOBLESS RATE 4.5% (POLL 4.4%)",
        True,
        [
            ("count", 96000, None, None),
            ("count", 125000, None, None),
            ("percent", 4.5, "%", None),
            ("percent", 4.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "WASHINGTON, Nov 1 (Reuters) - U.S. employers added fewer jobs than expected in October as a strike at truck maker Carrow and storm damage in the Southeast weighed on hiring, the Labor Department said on Friday.",
        True,
        [("date", "--11-01", None, None)],
        "the Labor Department",
    ),
    (
        "en",
        "Nonfarm payrolls increased by 96,000 jobs last month, while economists polled by Reuters had forecast 125,000.",
        True,
        [("count", 96000, None, None), ("count", 125000, None, None)],
        None,
    ),
    (
        "en",
        "The unemployment rate rose to 4.5% from 4.4%, its highest level since October 2021.",
        True,
        [("percent", 4.5, "%", None), ("percent", 4.4, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Job gains in August and September were revised lower by a combined 38,000.",
        True,
        [("count", 38000, None, None)],
        None,
    ),
    (
        "en",
        "Average hourly earnings increased 0.3% after climbing 0.4% in September, leaving the annual rate of wage growth at 3.8%.",
        True,
        [("percent", 0.3, "%", None), ("percent", 0.4, "%", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "en",
        "The department estimated that the walkout at Carrow, which began on Sept. 23, subtracted about 11,000 jobs from manufacturing payrolls.",
        True,
        [("date", "--09-23", None, None), ("count", 11000, None, "about")],
        None,
    ),
    (
        "en",
        '"The labor market is cooling, not collapsing," said Renata Osei, chief economist at Harbridge Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Labor Secretary Corliss Vandermeer told reporters the increase in unemployment was concentrated among workers aged 16 to 24, whose jobless rate climbed to 9.6%.",
        True,
        [("duration", 16, "year", None), ("duration", 24, "year", None), ("percent", 9.6, "%", None)],
        "Corliss Vandermeer",
    ),
    ("en", "Traders said the report did little to change expectations for the Fed's path.", False, [], None),
    (
        "en",
        "Manufacturing employment dropped by 27,000, the biggest decline since April 2029.",
        True,
        [("count", 27000, None, None), ("year", 2029, None, None)],
        None,
    ),
    # --- Bauarbeiter-Demo in Zürich (Keystone-SDA), Samstag ---
    (
        "de",
        "Zürich (Keystone-SDA) - In Zürich sind am Samstag rund 5000 Bauarbeiter für höhere Löhne und kürzere Arbeitstage auf die Strasse gegangen.",
        True,
        [("count", 5000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaften Unia und Syna verlangen für die rund 80'000 Bauarbeiter eine generelle Lohnerhöhung von 250 Franken im Monat.",
        True,
        [("count", 80000, None, "about"), ("money", 250, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Schweizerische Baumeisterverband (SBV) bietet nach eigenen Angaben 0,8 Prozent mehr Lohn, falls die Gewerkschaften flexiblere Arbeitszeiten akzeptieren.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der Landesmantelvertrag läuft Ende Jahr aus; ohne Einigung herrscht ab 1. Januar ein vertragsloser Zustand.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    (
        "de",
        "«Im Sommer stehen unsere Leute bei 35 Grad bis zu zehn Stunden auf dem Gerüst», sagte Unia-Bauverantwortlicher Flavio Quadri.",
        True,
        [("count", 35, None, None), ("duration", 10, "hour", "up_to")],
        "Flavio Quadri",
    ),
    ("de", "«Die Baumeister wollen die Bauarbeiter rund um die Uhr verfügbar machen», sagte Quadri.", False, [], None),
    (
        "de",
        "Der Baumeisterverband bezeichnete die Kundgebung als «Machtdemonstration auf dem Buckel der Bauherren».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verhandlungen werden am 14. November in Bern fortgesetzt; es ist die siebte Runde.",
        True,
        [("date", "--11-14", None, None), ("ordinal", 7, None, None)],
        None,
    ),
    # --- Teamsters strike at Pinecrest Foods (AP), Monday ---
    (
        "en",
        "CHICAGO (AP) — More than 4,200 Teamsters drivers and warehouse workers walked off the job at Pinecrest Foods distribution centers in seven states early Monday, the union said.",
        True,
        [("count", 4200, None, "over"), ("count", 7, None, None)],
        "the union",
    ),
    (
        "en",
        "The strike began at 12:01 a.m., after negotiators failed to reach a deal in 19 hours of talks over the weekend.",
        True,
        [("duration", 19, "hour", None)],
        None,
    ),
    (
        "en",
        "Members had voted 97.8% in favor of authorizing a strike last month.",
        True,
        [("percent", 97.8, "%", None)],
        None,
    ),
    (
        "en",
        "The Teamsters are seeking raises of $9 an hour over four years and limits on the use of outside contract drivers.",
        True,
        [("money", 9, "USD", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Pinecrest said its final offer included increases of $6.40 an hour over the same period and a $2,000 signing bonus.",
        True,
        [("money", 6.4, "USD", None), ("money", 2000, "USD", None)],
        None,
    ),
    (
        "en",
        '"These workers kept this company running through every storm and every shortage, and now they are being handed scraps," Teamsters General President Dominic Szabo told a rally in Joliet, Illinois.',
        False,
        [],
        None,
    ),
    ("en", "Pinecrest described the union's demands as \"unrealistic in today's market.\"", False, [], None),
    (
        "en",
        "Pinecrest, which supplies about 2,600 grocery stores and restaurants across the Midwest, said it had hired replacement drivers to keep deliveries moving.",
        True,
        [("count", 2600, None, "about")],
        None,
    ),
    (
        "en",
        "Pinecrest said deliveries to stores in Wisconsin and Indiana had been suspended until further notice.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Store managers in the Chicago suburbs said they did not know how long their shelves would stay stocked.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The walkout is the company's first since 2011, when drivers stayed out for 11 days.",
        True,
        [("ordinal", 1, None, None), ("year", 2011, None, None), ("duration", 11, "day", None)],
        None,
    ),
    # --- Arbeitslosigkeit in Österreich (APA), Montag ---
    (
        "de",
        "Wien (APA) - Ende Oktober waren in Österreich 371.906 Personen arbeitslos oder in Schulung, ein Plus von 6,4 Prozent im Jahresabstand.",
        True,
        [("count", 371906, None, None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Nach nationaler Definition kletterte die Arbeitslosenquote auf 7,0 Prozent, ein Anstieg um 0,4 Prozentpunkte, teilte das Arbeitsmarktservice (AMS) am Montag mit.",
        True,
        [("percent", 7.0, "%", None), ("percent", 0.4, "pp", None)],
        "das Arbeitsmarktservice",
    ),
    (
        "de",
        "Am stärksten fiel der Anstieg mit 11,2 Prozent in Oberösterreich aus, wo die Industrie zuletzt Hunderte Stellen abgebaut hat.",
        True,
        [("percent", 11.2, "%", None)],
        None,
    ),
    (
        "de",
        "Beim AMS waren zugleich 78.340 sofort verfügbare offene Stellen gemeldet, um 13,9 Prozent weniger als im Vorjahresmonat.",
        True,
        [("count", 78340, None, None), ("percent", 13.9, "%", None)],
        None,
    ),
    (
        "de",
        "AMS-Vorstand Gernot Leitgeb sagte, auf eine offene Stelle kämen derzeit im Schnitt fast fünf Arbeitsuchende.",
        True,
        [("count", 5, None, "nearly")],
        "Gernot Leitgeb",
    ),
    ("de", "Leitgeb zeigte sich „besorgt, aber nicht alarmiert“.", False, [], None),
    (
        "de",
        "Für heuer rechnet das AMS mit einer durchschnittlichen Quote von 7,3 Prozent, für 2031 mit 7,5 Prozent.",
        True,
        [("percent", 7.3, "%", None), ("year", 2031, None, None), ("percent", 7.5, "%", None)],
        None,
    ),
    ("de", "Die Arbeiterkammer forderte die Regierung auf, am Arbeitsmarkt „endlich gegenzusteuern“.", False, [], None),
    (
        "de",
        "Das Arbeitsministerium kündigte an, das Förderbudget des AMS für 2031 um 150 Millionen auf 1,45 Milliarden Euro aufzustocken.",
        True,
        [("year", 2031, None, None), ("money", 150000000, "EUR", None), ("money", 1450000000, "EUR", None)],
        None,
    ),
    # --- UAW deal at Carrow Trucks (Reuters), Monday ---
    (
        "en",
        "DETROIT, Nov 4 (Reuters) - The United Auto Workers union reached a tentative agreement with Carrow Trucks early on Monday, ending a 42-day strike by 9,800 workers at four U.S. plants, the union said.",
        True,
        [
            ("date", "--11-04", None, None),
            ("duration", 42, "day", None),
            ("count", 9800, None, None),
            ("count", 4, None, None),
        ],
        "the union",
    ),
    (
        "en",
        "The deal, struck after 31 straight hours of talks, raises base wages by 26% over the four-and-a-half-year contract.",
        True,
        [("duration", 31, "hour", None), ("percent", 26, "%", None), ("duration", 4.5, "year", None)],
        None,
    ),
    (
        "en",
        "Workers will get an 11% raise on ratification and a $7,500 bonus, UAW President Glenn Ostrowski said in a video message to members.",
        True,
        [("percent", 11, "%", None), ("money", 7500, "USD", None)],
        "Glenn Ostrowski",
    ),
    (
        "en",
        "The agreement also restores cost-of-living adjustments given up in 2009 and cuts the time new hires need to reach top pay to three years from eight.",
        True,
        [("year", 2009, None, None), ("duration", 3, "year", None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "en",
        "Ratification votes are scheduled from Nov. 9 through Nov. 13.",
        True,
        [("date", "--11-09", None, None), ("date", "--11-13", None, None)],
        None,
    ),
    (
        "en",
        "Carrow said the strike had cost it about $1.1 billion in lost production.",
        True,
        [("money", 1100000000, "USD", "about")],
        None,
    ),
    ("en", '"Nobody handed us this contract; we took it on the picket line," Ostrowski said.', False, [], None),
    (
        "en",
        "Analysts said the deal would put pressure on rival truck makers heading into their own negotiations next year.",
        False,
        [],
        None,
    ),
    ("en", "Carrow shares rose 4.2% in early trading in New York.", True, [("percent", 4.2, "%", None)], None),
    # --- Warnstreik im Nahverkehr in NRW (dpa/lnw), Dienstag ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Ein ganztägiger Warnstreik im öffentlichen Nahverkehr hat am Dienstag in weiten Teilen Nordrhein-Westfalens Busse und Stadtbahnen stillstehen lassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Verdi hatte die Beschäftigten von 28 kommunalen Verkehrsunternehmen zu dem Ausstand aufgerufen, teilte die Gewerkschaft mit.",
        True,
        [("count", 28, None, None)],
        None,
    ),
    (
        "de",
        "Nach Verdi-Angaben beteiligten sich landesweit rund 14.500 Beschäftigte.",
        True,
        [("count", 14500, None, "about")],
        None,
    ),
    (
        "de",
        "In Köln, Düsseldorf und Dortmund fuhren lediglich S-Bahnen und Regionalzüge, die nicht bestreikt wurden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Verdi fordert im Tarifvertrag Nahverkehr unter anderem eine Verkürzung der Wochenarbeitszeit von 39 auf 37 Stunden ohne Lohnverlust.",
        True,
        [("duration", 39, "hour", None), ("duration", 37, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Kommunale Arbeitgeberverband NRW beziffert die Mehrkosten der Forderungen auf rund 420 Millionen Euro im Jahr.",
        True,
        [("money", 420000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Verdi-Landesfachbereichsleiterin Ines Wolkenhauer sagte, die Geduld der Beschäftigten sei „restlos aufgebraucht“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pendlern wird geraten, am Mittwochmorgen mehr Zeit einzuplanen, weil sich der Betrieb erst allmählich normalisieren dürfte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die nächste Verhandlungsrunde ist für den 12. und 13. November angesetzt.",
        True,
        [("date", "--11-12", None, None), ("date", "--11-13", None, None)],
        None,
    ),
    # --- Oregon nurses' strike (AP), Tuesday ---
    (
        "en",
        "PORTLAND, Ore. (AP) — About 6,300 nurses at 11 hospitals run by Cascadia Health began a five-day strike Tuesday, the largest nurses' walkout in Oregon's history.",
        True,
        [("count", 6300, None, "about"), ("count", 11, None, None), ("duration", 5, "day", None)],
        None,
    ),
    (
        "en",
        "The Oregon Nurses Association is seeking raises of 21% over three years and enforceable limits on how many patients each nurse can be assigned.",
        True,
        [("percent", 21, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Cascadia said it had offered 14% over the same period and had brought in about 1,500 replacement nurses through staffing agencies at a cost of about $40 million.",
        True,
        [("percent", 14, "%", None), ("count", 1500, None, "about"), ("money", 40000000, "USD", "about")],
        "Cascadia",
    ),
    (
        "en",
        "\"This is the job I love, but I can't keep doing it like this,\" said Kayla Brennan, an intensive care nurse picketing outside the system's main hospital.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Nurses at the system last went on strike in 2027, for three days.",
        True,
        [("year", 2027, None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "Hospital officials said planned surgeries would be postponed but that emergency rooms at all 11 hospitals would stay open.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The state's governor urged the hospital system and the union to return to the bargaining table.",
        False,
        [],
        None,
    ),
    # --- Metaller-KV (APA), Donnerstag ---
    (
        "de",
        "Wien (APA) - Nach einem 16-stündigen Verhandlungsmarathon haben sich Gewerkschaften und Arbeitgeber in der sechsten Runde auf einen neuen Kollektivvertrag für die Metalltechnische Industrie geeinigt.",
        True,
        [("duration", 16, "hour", None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die KV-Löhne und -Gehälter steigen rückwirkend mit 1. November um 3,4 Prozent, die Ist-Löhne um 3,2 Prozent, teilten die Gewerkschaften PRO-GE und GPA mit.",
        True,
        [("date", "--11-01", None, None), ("percent", 3.4, "%", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Dazu kommt eine steuerfreie Einmalzahlung von 1.000 Euro, Lehrlinge erhalten 500 Euro.",
        True,
        [("money", 1000, "EUR", None), ("money", 500, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Abschluss gilt für rund 205.000 Beschäftigte und hat eine Laufzeit von zwölf Monaten.",
        True,
        [("count", 205000, None, "about"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die für die Verhandlungen maßgebliche rollierende Inflation der vergangenen zwölf Monate hatte 3,8 Prozent betragen.",
        True,
        [("duration", 12, "month", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "PRO-GE-Chefverhandler Alois Trattnigg sagte, der Abschluss liege zwar um 0,4 Prozentpunkte unter der Teuerung, bringe aber jedem Beschäftigten mindestens 110 Euro mehr im Monat.",
        True,
        [("percent", 0.4, "pp", None), ("money", 110, "EUR", "at_least")],
        "Alois Trattnigg",
    ),
    (
        "de",
        "„Mit diesem Ergebnis können alle leben, glücklich ist damit aber niemand“, sagte Trattnigg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "FMTI-Obmann Reinhard Eggenberger sagte, die Branche habe heuer bereits rund 6.000 Arbeitsplätze abgebaut.",
        True,
        [("count", 6000, None, "about")],
        None,
    ),
    ("de", "Eggenberger nannte den Abschluss „hart an der Schmerzgrenze“.", False, [], None),
    (
        "de",
        "Bereits in den Wochen davor hatten in mehr als 300 Betrieben Betriebsversammlungen und Warnstreiks stattgefunden.",
        True,
        [("count", 300, None, "over")],
        None,
    ),
    # --- Partial strike at Daesan (Reuters), Wednesday ---
    (
        "en",
        "SEOUL, Nov 6 (Reuters) - Union members at Daesan Heavy Industries downed tools for four hours on Wednesday, their third partial strike this month, as wage talks at South Korea's second-largest shipbuilder stalled.",
        True,
        [
            ("date", "--11-06", None, None),
            ("duration", 4, "hour", None),
            ("ordinal", 3, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The union, which represents about 7,400 of the company's workers, wants a monthly base pay increase of 163,000 won and a bonus worth 30% of operating profit.",
        True,
        [("count", 7400, None, "about"), ("money", 163000, "KRW", None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "Daesan's offer stands at 92,000 won plus a one-off payment of 3 million won per worker.",
        True,
        [("money", 92000, "KRW", None), ("money", 3000000, "KRW", None)],
        None,
    ),
    (
        "en",
        "The company said the strikes had delayed delivery of two LNG carriers to a European buyer.",
        True,
        [("count", 2, None, None)],
        "the company",
    ),
    (
        "en",
        'A union official said workers were angry that management had "ignored everything we gave up during the downturn".',
        False,
        [],
        None,
    ),
    # --- Arbeitslosigkeit in der Schweiz (awp), Freitag ---
    (
        "de",
        "Bern (awp) - Die Arbeitslosigkeit in der Schweiz hat im Oktober leicht zugenommen: Die Quote stieg auf 3,0 von 2,9 Prozent im Vormonat, wie das Staatssekretariat für Wirtschaft (Seco) mitteilte.",
        True,
        [("percent", 3.0, "%", None), ("percent", 2.9, "%", None)],
        "das Staatssekretariat für Wirtschaft",
    ),
    (
        "de",
        "Bei den Regionalen Arbeitsvermittlungszentren (RAV) waren insgesamt 139'812 Personen arbeitslos gemeldet, 4'106 mehr als im September.",
        True,
        [("count", 139812, None, None), ("count", 4106, None, None)],
        None,
    ),
    ("de", "Saisonbereinigt lag die Quote bei 3,1 Prozent.", True, [("percent", 3.1, "%", None)], None),
    (
        "de",
        "Die von AWP befragten Ökonomen hatten eine bereinigte Quote zwischen 3,0 und 3,1 Prozent erwartet.",
        True,
        [("percent", 3.0, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den 15- bis 24-Jährigen erhöhte sich die Arbeitslosenquote auf 2,8 Prozent.",
        True,
        [("duration", 15, "year", None), ("duration", 24, "year", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Seco-Arbeitsmarktchef Urs Tännler sagte, in der Maschinenindustrie sei für rund 9000 Beschäftigte Kurzarbeit bewilligt worden.",
        True,
        [("count", 9000, None, "about")],
        "Urs Tännler",
    ),
    (
        "de",
        "«Der Arbeitsmarkt kühlt sich ab, von einem Einbruch sind wir aber weit entfernt», sagte Tännler.",
        False,
        [],
        None,
    ),
    ("de", "Ob sich der Anstieg im Winter beschleunigt, liess Tännler offen.", False, [], None),
    # --- Montreal port arbitration (Reuters), Friday ---
    (
        "en",
        "OTTAWA, Nov 8 (Reuters) - Canada's labour minister on Friday ordered binding arbitration to end a lockout at the Port of Montreal that has idled about 1,200 longshore workers for nine days.",
        True,
        [("date", "--11-08", None, None), ("count", 1200, None, "about"), ("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "About C$1.4 billion worth of goods moves through the port every week, according to the port authority.",
        True,
        [("money", 1400000000, "CAD", "about")],
        None,
    ),
    (
        "en",
        "The union, which had rejected a final offer of 14.5% over five years, said it would comply with the order but challenge it in court.",
        True,
        [("percent", 14.5, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Business groups welcomed the move, saying supply chains could not absorb further disruption.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the second time in 14 months that Ottawa has forced an end to a port stoppage.",
        True,
        [("ordinal", 2, None, None), ("duration", 14, "month", None)],
        None,
    ),
    # --- Warnstreik in den Seehäfen (Reuters), Freitag ---
    (
        "de",
        "Hamburg (Reuters) - Ein 48-stündiger Warnstreik in den großen deutschen Seehäfen hat den Containerumschlag in Hamburg, Bremerhaven und Wilhelmshaven weitgehend zum Erliegen gebracht.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "Vor der Elbmündung und in der Deutschen Bucht warteten am Freitag nach Daten eines Schiffsortungsdienstes 27 Containerschiffe auf Abfertigung.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Verdi fordert für rund 11.000 Beschäftigte eine Erhöhung der Stundenlöhne um 3,10 Euro bei einer Laufzeit von zwölf Monaten.",
        True,
        [("count", 11000, None, "about"), ("money", 3.1, "EUR", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Zentralverband der Deutschen Seehafenbetriebe (ZDS) hat nach eigenen Angaben 7,2 Prozent angeboten, verteilt auf zwei Stufen und 24 Monate.",
        True,
        [("percent", 7.2, "%", None), ("count", 2, None, None), ("duration", 24, "month", None)],
        None,
    ),
    (
        "de",
        "ZDS-Verhandlungsführerin Meike Tiedemann sagte, ein Streiktag koste die Hafenwirtschaft rund 15 Millionen Euro.",
        True,
        [("money", 15000000, "EUR", "about")],
        "Meike Tiedemann",
    ),
    (
        "de",
        "„Mit diesem Streik schadet Verdi den deutschen Häfen mehr als jeder Konkurrent in Rotterdam oder Antwerpen“, sagte Tiedemann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte Ausstand in den Häfen seit Anfang September.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Reedereien warnten vor wochenlangen Verzögerungen in den Lieferketten.", False, [], None),
    # --- Mercia Connect bus drivers (PA) ---
    (
        "en",
        "BIRMINGHAM (PA) - Bus drivers at Mercia Connect have voted to accept a 5.8% pay offer brokered by the conciliation service Acas, ending a dispute that saw 17 days of strikes since August.",
        True,
        [("percent", 5.8, "%", None), ("duration", 17, "day", None)],
        None,
    ),
    (
        "en",
        "The deal, which covers about 2,100 drivers, also includes a lump sum of £800 and lifts the basic hourly rate to £17.85.",
        True,
        [("count", 2100, None, "about"), ("money", 800, "GBP", None), ("money", 17.85, "GBP", None)],
        None,
    ),
    (
        "en",
        "Unite said 76% of members who took part in the ballot backed the offer.",
        True,
        [("percent", 76, "%", None)],
        "Unite",
    ),
    (
        "en",
        'Unite general secretary Sharon McAllister said the result showed "what workers can win when they stand together".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mercia Connect said full services would resume from Monday, with night buses restored on 14 routes.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "\"It's been a nightmare trying to get to work,\" said Ayesha Sandhu, a care worker waiting at a stop in the city centre.",
        False,
        [],
        None,
    ),
    # --- Urabstimmung bei der Weserland-Bahn (dpa), Montag ---
    (
        "de",
        "Bremen (dpa) - Die Lokführergewerkschaft GDL hat bei der Privatbahn Weserland-Bahn in einer Urabstimmung grünes Licht für unbefristete Streiks bekommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "95,8 Prozent der Mitglieder stimmten für Arbeitskämpfe, nötig gewesen wären 75 Prozent, teilte die GDL am Montag mit.",
        True,
        [("percent", 95.8, "%", None), ("percent", 75, "%", None)],
        "die GDL",
    ),
    (
        "de",
        "Die Gewerkschaft verlangt für Schichtarbeiter eine 35-Stunden-Woche sowie 480 Euro mehr im Monat.",
        True,
        [("duration", 35, "hour", None), ("money", 480, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen bietet nach eigenen Angaben eine Absenkung auf 37 Stunden bis 2032 und eine Erhöhung um 5,5 Prozent in zwei Schritten.",
        True,
        [
            ("duration", 37, "hour", None),
            ("year", 2032, None, None),
            ("percent", 5.5, "%", None),
            ("count", 2, None, None),
        ],
        None,
    ),
    ("de", "Ein Bahnsprecher nannte die Urabstimmung „eine Drohkulisse ohne jede Not“.", False, [], None),
    (
        "de",
        "Von einem Streik wären täglich rund 34.000 Fahrgäste auf vier Regionallinien betroffen.",
        True,
        [("count", 34000, None, "about"), ("count", 4, None, None)],
        None,
    ),
    # --- UK labour market (Reuters), Tuesday ---
    (
        "en",
        "UK JOBLESS RATE 5.2% IN THREE MONTHS TO SEPT (REUTERS POLL 5.1%)",
        True,
        [("percent", 5.2, "%", None), ("duration", 3, "month", None), ("percent", 5.1, "%", None)],
        None,
    ),
    (
        "en",
        "LONDON, Nov 12 (Reuters) - British unemployment reached 5.2% in the three months to September, a level last seen in early 2016, official figures showed on Tuesday.",
        True,
        [
            ("date", "--11-12", None, None),
            ("percent", 5.2, "%", None),
            ("duration", 3, "month", None),
            ("year", 2016, None, None),
        ],
        None,
    ),
    (
        "en",
        "Analysts surveyed by Reuters had expected the rate to stay at 5.1%.",
        True,
        [("percent", 5.1, "%", None)],
        None,
    ),
    (
        "en",
        "Growth in regular pay, excluding bonuses, eased to 4.1% from 4.4%, the weakest in more than four years.",
        True,
        [("percent", 4.1, "%", None), ("percent", 4.4, "%", None), ("duration", 4, "year", "over")],
        None,
    ),
    (
        "en",
        "According to early tax data, payrolled employee numbers fell by 31,000 in October, a sixth straight monthly drop.",
        True,
        [("count", 31000, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Vacancies dropped by 14,000 to 691,000 in the August-to-October period.",
        True,
        [("count", 14000, None, None), ("count", 691000, None, None)],
        None,
    ),
    (
        "en",
        "ONS director of economic statistics Imogen Lacey said the number of long-term unemployed, those out of work for over a year, had risen by 38,000 to 412,000.",
        True,
        [("count", 38000, None, None), ("count", 412000, None, None)],
        "Imogen Lacey",
    ),
    (
        "en",
        "A Treasury spokesperson said the government's approach to getting Britain back to work was \"the right course for the long term\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The pound slipped 0.3% against the U.S. dollar after the release.",
        True,
        [("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "Markets now see a roughly 60% chance of a Bank of England rate cut in December.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    ("en", "Some economists said the figures strengthened the case for faster easing.", False, [], None),
    # --- Schlichtung im Bauhauptgewerbe (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Im Tarifkonflikt des Bauhauptgewerbes hat der Schlichter einen Kompromiss vorgelegt: Die rund 930.000 Beschäftigten sollen in zwei Stufen insgesamt 9,1 Prozent mehr Geld erhalten.",
        True,
        [("count", 930000, None, "about"), ("count", 2, None, None), ("percent", 9.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der Schlichterspruch sieht zum 1. April eine Erhöhung um 250 Euro monatlich und zum 1. April 2032 ein weiteres Plus von 4,2 Prozent vor.",
        True,
        [
            ("date", "--04-01", None, None),
            ("money", 250, "EUR", None),
            ("date", "2032-04-01", None, None),
            ("percent", 4.2, "%", None),
        ],
        None,
    ),
    ("de", "Der Tarifvertrag soll eine Laufzeit von 36 Monaten haben.", True, [("duration", 36, "month", None)], None),
    (
        "de",
        "Schlichter Gerd Hallwachs, ein früherer Arbeitsrichter, sagte, nach insgesamt 41 Verhandlungsstunden habe es zu einem Spruch keine Alternative mehr gegeben.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Die IG BAU und die beiden Arbeitgeberverbände haben nun zwei Wochen Zeit, den Spruch anzunehmen oder abzulehnen.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    ("de", "IG-BAU-Chef Rüdiger Halmstedt sprach von einem „Ergebnis, das wehtut, aber trägt“.", False, [], None),
    (
        "de",
        "Die IG BAU hatte ursprünglich 500 Euro mehr pro Monat für eine Laufzeit von zwölf Monaten gefordert.",
        True,
        [("money", 500, "EUR", None), ("duration", 12, "month", None)],
        None,
    ),
    # --- Milwaukee-area teachers' deal (AP) ---
    (
        "en",
        "MILWAUKEE (AP) — Teachers in the Lakeshore Unified School District returned to classrooms Monday after ratifying a three-year contract, ending a strike that kept 41,000 students out of school for eight days.",
        True,
        [("duration", 3, "year", None), ("count", 41000, None, None), ("duration", 8, "day", None)],
        None,
    ),
    (
        "en",
        "Members of the Lakeshore Education Association approved the deal 2,874 to 412, the union said.",
        True,
        [("count", 2874, None, None), ("count", 412, None, None)],
        "the union",
    ),
    (
        "en",
        "The contract raises starting pay from $48,500 to $55,000 by its final year and caps class sizes at 28 students in elementary grades.",
        True,
        [("money", 48500, "USD", None), ("money", 55000, "USD", None), ("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "On Day 6 of the strike, the school board had voted 5-2 to seek a court injunction, a step it later dropped.",
        True,
        [("ordinal", 6, None, None), ("count", 5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "\"I'm just relieved my kids can finally see their friends again,\" said parent Tamika Rowe.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Superintendent Gloria Haverford said the district would "learn from this and move forward together."',
        False,
        [],
        None,
    ),
    # --- Stellenabbau bei Hellwarth (dpa-AFX), Mittwoch ---
    (
        "de",
        "Stuttgart (dpa-AFX) - Der Autozulieferer Hellwarth will bis Ende 2032 weltweit bis zu 4.500 Stellen streichen, davon rund 1.800 in Deutschland.",
        True,
        [("year", 2032, None, None), ("count", 4500, None, "up_to"), ("count", 1800, None, "about")],
        None,
    ),
    (
        "de",
        "Die Werke in Schweinfurt und Zwickau mit zusammen 1.150 Beschäftigten sollen geschlossen werden, teilte das Unternehmen am Mittwoch mit.",
        True,
        [("count", 1150, None, None)],
        None,
    ),
    (
        "de",
        "Hellwarth-Chef Moritz Ambrosius sagte, der Umsatz mit Komponenten für Verbrennungsmotoren sei seit 2027 um fast ein Drittel eingebrochen.",
        True,
        [("year", 2027, None, None), ("fraction", 0.3333, None, "nearly")],
        "Moritz Ambrosius",
    ),
    ("de", "Der Gesamtbetriebsratschef nannte die Pläne „einen Kahlschlag ohne jede Perspektive“.", False, [], None),
    (
        "de",
        "Die IG Metall kündigte für Freitag Kundgebungen an allen sieben deutschen Standorten an.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Hellwarth-Aktie verlor im Xetra-Handel zeitweise 6,8 Prozent.",
        True,
        [("percent", 6.8, "%", None)],
        None,
    ),
    ("de", "Analysten rechnen damit, dass weitere Zulieferer nachziehen werden.", False, [], None),
    # --- U.S. weekly jobless claims (Reuters), Thursday ---
    (
        "en",
        "WASHINGTON, Nov 14 (Reuters) - New applications for U.S. jobless benefits dropped by 9,000 to a seasonally adjusted 231,000 in the week ended Nov. 9, the Labor Department said on Thursday.",
        True,
        [
            ("date", "--11-14", None, None),
            ("count", 9000, None, None),
            ("count", 231000, None, None),
            ("date", "--11-09", None, None),
        ],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast 236,000 claims for the latest week.",
        True,
        [("count", 236000, None, None)],
        None,
    ),
    (
        "en",
        "Continuing claims, a proxy for hiring, rose 22,000 to 1.94 million during the week ending Nov. 2, the highest level in nearly four years.",
        True,
        [
            ("count", 22000, None, None),
            ("count", 1940000, None, None),
            ("date", "--11-02", None, None),
            ("duration", 4, "year", "nearly"),
        ],
        None,
    ),
    ("en", 'Economists described the labor market as "stuck in low gear."', False, [], None),
    # --- Coiffeurgewerbe: Unia fordert 13. Monatslohn (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Gewerkschaft Unia fordert für die rund 16'000 Angestellten im Coiffeurgewerbe einen 13. Monatslohn und einen Mindestlohn von 4200 Franken.",
        True,
        [("count", 16000, None, "about"), ("ordinal", 13, None, None), ("money", 4200, "CHF", None)],
        None,
    ),
    (
        "de",
        "Heute liegt der tiefste Mindestlohn für ausgebildete Coiffeusen und Coiffeure gemäss Unia bei 3950 Franken im Monat.",
        True,
        [("money", 3950, "CHF", None)],
        None,
    ),
    (
        "de",
        "In einer Umfrage der Gewerkschaft, an der sich 1200 Beschäftigte beteiligten, gab jede vierte Angestellte an, regelmässig mehr als 45 Stunden pro Woche zu arbeiten.",
        True,
        [("count", 1200, None, None), ("fraction", 0.25, None, None), ("duration", 45, "hour", "over")],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband Coiffure Suisse lehnt einen 13. Monatslohn ab und verweist darauf, dass die Zahl der Salons seit 2020 um rund 8 Prozent gesunken sei.",
        True,
        [("ordinal", 13, None, None), ("year", 2020, None, None), ("percent", 8, "%", "about")],
        None,
    ),
    (
        "de",
        "«Viele kleine Salons würden eine solche Forderung schlicht nicht überleben», sagte Verbandspräsidentin Corinne Aebischer.",
        False,
        [],
        None,
    ),
    ("de", "Der geltende Gesamtarbeitsvertrag läuft Ende 2031 aus.", True, [("year", 2031, None, None)], None),
    # --- IG Metall deal in English (Reuters), Tuesday ---
    (
        "en",
        "BERLIN, Nov 19 (Reuters) - Germany's IG Metall union and employers in the metal and electrical industries agreed a pay deal early on Tuesday after more than 18 hours of talks in the fourth round, averting all-day strikes.",
        True,
        [("date", "--11-19", None, None), ("duration", 18, "hour", "over"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Wages will rise by 2.4% from July 2031 and by a further 2.6% from July 2032 under the 26-month agreement, which also includes a one-off payment of 600 euros in March.",
        True,
        [
            ("percent", 2.4, "%", None),
            ("year", 2031, None, None),
            ("percent", 2.6, "%", None),
            ("year", 2032, None, None),
            ("duration", 26, "month", None),
            ("money", 600, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "IG Metall had initially demanded 6.5% over 12 months for the sector's roughly 3.9 million workers.",
        True,
        [("percent", 6.5, "%", None), ("duration", 12, "month", None), ("count", 3900000, None, "about")],
        None,
    ),
    (
        "en",
        "More than 720,000 workers had joined warning strikes since the end of October, according to the union.",
        True,
        [("count", 720000, None, "over")],
        "the union",
    ),
    (
        "en",
        "Employers' federation Gesamtmetall said the deal \"pushes many companies to the limit of what they can bear\".",
        False,
        [],
        None,
    ),
    # --- Tarifverdienste im dritten Quartal (dpa), Donnerstag ---
    (
        "de",
        "Wiesbaden (dpa) - Im dritten Quartal haben die Tarifverdienste in Deutschland im Durchschnitt um 4,3 Prozent zugelegt, wie das Statistische Bundesamt mitteilte.",
        True,
        [("ordinal", 3, None, None), ("percent", 4.3, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Ohne Sonderzahlungen wie Inflationsausgleichsprämien lag das Plus bei 3,6 Prozent.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Verbraucherpreise stiegen im selben Zeitraum um 2,4 Prozent, sodass den Tarifbeschäftigten real ein Zuwachs von 1,9 Prozent blieb.",
        True,
        [("percent", 2.4, "%", None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Am stärksten legten mit 6,1 Prozent die Tarifverdienste in der öffentlichen Verwaltung zu.",
        True,
        [("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "Ökonomen halten die kräftigen Lohnzuwächse für eine wichtige Stütze des privaten Konsums.",
        False,
        [],
        None,
    ),
    # --- Machinists reject Aldermoor offer (Reuters), Wednesday ---
    (
        "en",
        "SEATTLE, Nov 20 (Reuters) - Factory workers at Aldermoor Aerospace voted 64% to reject the planemaker's latest contract offer, extending their strike into an eighth week, the International Association of Machinists said late on Wednesday.",
        True,
        [("date", "--11-20", None, None), ("percent", 64, "%", None), ("ordinal", 8, None, None)],
        "the International Association of Machinists",
    ),
    (
        "en",
        "The rejected offer included a 31% wage increase spread over four years plus a $10,000 ratification bonus, but not the return of the defined-benefit pension the union had sought.",
        True,
        [("percent", 31, "%", None), ("duration", 4, "year", None), ("money", 10000, "USD", None)],
        None,
    ),
    ("en", "The union's negotiating committee had recommended that members accept the offer.", True, [], None),
    (
        "en",
        "About 27,000 machinists in the Seattle area and in Portland, Oregon, have been on strike since Sept. 30.",
        True,
        [("count", 27000, None, "about"), ("date", "--09-30", None, None)],
        None,
    ),
    (
        "en",
        "Analysts at Brightwater Securities estimate the strike is costing the company about $90 million a day.",
        True,
        [("money", 90000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Aldermoor said it had delivered just 11 jets in October, down from 38 in September.",
        True,
        [("count", 11, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        'Aldermoor Chief Executive Bernard Quayle said he was "deeply disappointed" and that the company would "reflect on the outcome".',
        False,
        [],
        None,
    ),
    ("en", "When negotiations might restart was not immediately clear.", False, [], None),
    (
        "en",
        "The company has put about 5,000 non-union employees on unpaid leave for three weeks to conserve cash.",
        True,
        [("count", 5000, None, "about"), ("duration", 3, "week", None)],
        None,
    ),
    # --- Bundespersonal (Keystone-SDA), Mittwoch ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Bundespersonal erhält 2031 eine generelle Lohnerhöhung von 1,0 Prozent, wie der Bundesrat am Mittwoch mitteilte.",
        True,
        [("year", 2031, None, None), ("percent", 1.0, "%", None)],
        "der Bundesrat",
    ),
    (
        "de",
        "Die Personalverbände hatten 2,5 Prozent gefordert, um die Teuerung der letzten beiden Jahre auszugleichen.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Massnahme kostet den Bund rund 65 Millionen Franken pro Jahr.",
        True,
        [("money", 65000000, "CHF", "about")],
        None,
    ),
    ("de", "Der Personalverband des Bundes sprach von einem «Affront gegenüber den Angestellten».", False, [], None),
    ("de", "In der Bundesverwaltung arbeiten rund 41'500 Personen.", True, [("count", 41500, None, "about")], None),
    # --- General strike in Argentina (Reuters), Thursday ---
    (
        "en",
        "BUENOS AIRES, Nov 21 (Reuters) - Argentina's largest labor federation, the CGT, staged a 24-hour general strike on Thursday, its fourth against the government, grounding hundreds of flights and halting most trains and buses.",
        True,
        [("date", "--11-21", None, None), ("duration", 24, "hour", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "An airlines association said about 380 flights were cancelled, affecting some 42,000 passengers.",
        True,
        [("count", 380, None, "about"), ("count", 42000, None, "about")],
        None,
    ),
    ("en", "The state-run airline cancelled all of its domestic flights for the day.", True, [], None),
    ("en", 'A government spokesman called the strike "political and pointless".', False, [], None),
    (
        "en",
        "The CGT said adherence reached 80% in industry and transport.",
        True,
        [("percent", 80, "%", None)],
        "the CGT",
    ),
    ("en", "Union leaders vowed to keep up the pressure until the government changes course.", False, [], None),
    # --- Handels-KV (APA) ---
    (
        "de",
        "Wien – Die Kollektivvertragsverhandlungen für die rund 430.000 Beschäftigten im österreichischen Handel sind auch in der dritten Runde ohne Ergebnis geblieben.",
        True,
        [("count", 430000, None, "about"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die GPA verlangt ein Plus von 4,6 Prozent, die Arbeitgeberseite bietet 2,1 Prozent und eine Einmalzahlung von 400 Euro.",
        True,
        [("percent", 4.6, "%", None), ("percent", 2.1, "%", None), ("money", 400, "EUR", None)],
        None,
    ),
    (
        "de",
        "GPA-Verhandlerin Karin Strasshofer sagte, Handelsangestellte verdienten im Schnitt um ein Fünftel weniger als Beschäftigte in der Industrie.",
        True,
        [("fraction", 0.2, None, None)],
        "Karin Strasshofer",
    ),
    (
        "de",
        "Für Samstag, den 23. November, kündigte die GPA Betriebsversammlungen in rund 600 Filialen an.",
        True,
        [("date", "--11-23", None, None), ("count", 600, None, "about")],
        None,
    ),
    ("de", "Der Handelsverband sprach von „völlig realitätsfernen Forderungen“.", False, [], None),
    (
        "de",
        "Der kollektivvertragliche Mindestlohn im Handel liegt derzeit bei 2.280 Euro brutto, 14-mal im Jahr.",
        True,
        [("money", 2280, "EUR", None), ("count", 14, None, None)],
        None,
    ),
    ("de", "Ob es noch vor Weihnachten zu Streiks kommt, ist offen.", False, [], None),
    # --- Las Vegas casino walkout (AP), Friday ---
    (
        "en",
        "LAS VEGAS (AP) — About 3,400 housekeepers, cooks and bartenders at two Meridian Resorts casinos on the Strip walked out Friday for 48 hours, the Strip's first strike in more than 30 years, the Culinary Union said.",
        True,
        [
            ("count", 3400, None, "about"),
            ("count", 2, None, None),
            ("duration", 48, "hour", None),
            ("ordinal", 1, None, None),
            ("duration", 30, "year", "over"),
        ],
        "the Culinary Union",
    ),
    (
        "en",
        "The union is seeking raises of $7 an hour over five years, while Meridian has offered $5.25.",
        True,
        [("money", 7, "USD", None), ("duration", 5, "year", None), ("money", 5.25, "USD", None)],
        None,
    ),
    ("en", "\"We're not asking for the moon, just a fair share,\" said housekeeper Lourdes Ibarra.", False, [], None),
    (
        "en",
        "Meridian said both casinos remained open, staffed by managers and temporary workers, with about 60% of hotel rooms occupied.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    # --- Warnstreik an Kliniken in Niedersachsen (dpa/lni) ---
    (
        "de",
        "Hannover (dpa/lni) - Beschäftigte an fünf niedersächsischen Kliniken haben mit einem zweitägigen Warnstreik ihre Forderungen im Tarifstreit der Länder bekräftigt.",
        True,
        [("count", 5, None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Rund 2.700 Beschäftigte beteiligten sich nach Angaben der Gewerkschaft an dem Ausstand, Notdienste waren gesichert.",
        True,
        [("count", 2700, None, "about")],
        "die Gewerkschaft",
    ),
    ("de", "Planbare Operationen wurden verschoben, teilte die Medizinische Hochschule Hannover mit.", True, [], None),
    ("de", "Eine Pflegerin sagte, sie streike „nicht gegen die Patienten, sondern für sie“.", False, [], None),
    (
        "de",
        "In der zweiten Runde hatte die Tarifgemeinschaft deutscher Länder kein Angebot vorgelegt; die dritte soll am 9. Dezember in Potsdam stattfinden.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None), ("date", "--12-09", None, None)],
        None,
    ),
    # --- Glasgow bin strike (PA) ---
    (
        "en",
        "GLASGOW (PA) - Refuse collectors in Glasgow will stage a two-week strike from December 2 after rejecting a council pay offer worth £1,450 a year, the GMB union said.",
        True,
        [("duration", 2, "week", None), ("date", "--12-02", None, None), ("money", 1450, "GBP", None)],
        "the GMB union",
    ),
    (
        "en",
        "The union said 81% of its members in the city's cleansing department voted for action on a turnout of 68%.",
        True,
        [("percent", 81, "%", None), ("percent", 68, "%", None)],
        None,
    ),
    (
        "en",
        "Glasgow City Council said it had offered a 4.5% rise, in line with a deal already accepted by other council staff across Scotland.",
        True,
        [("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "The strike follows a half-day stoppage in October that left bins uncollected across the south side of the city.",
        True,
        [("duration", 0.5, "day", None)],
        None,
    ),
    (
        "en",
        'Council leader Fiona Gilchrist said the strike would "punish the very communities these workers serve".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents have been asked to keep bins off the street where possible until the stoppage ends.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A strike in 2028 left about 8,000 tonnes of uncollected waste on the city's streets.",
        True,
        [("year", 2028, None, None), ("count", 8000, None, "about")],
        None,
    ),
    # --- Euro zone unemployment (Reuters), Friday ---
    (
        "en",
        "LUXEMBOURG, Nov 29 (Reuters) - Euro zone unemployment edged up to 6.4% in October from 6.3% in September, Eurostat said on Friday.",
        True,
        [("date", "--11-29", None, None), ("percent", 6.4, "%", None), ("percent", 6.3, "%", None)],
        "Eurostat",
    ),
    (
        "en",
        "Youth unemployment across the 21-country bloc rose to 15.1%, with Spain again recording the highest rate at 25.7%.",
        True,
        [("count", 21, None, None), ("percent", 15.1, "%", None), ("percent", 25.7, "%", None)],
        None,
    ),
    ("en", "In Germany, the bloc's largest economy, the rate held at 3.9%.", True, [("percent", 3.9, "%", None)], None),
    (
        "en",
        'Analysts at Merrow Economics said the labour market was "losing momentum rather than falling off a cliff".',
        False,
        [],
        None,
    ),
]
