"""Three-hundred-and-seventy-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Gerd
Wollenhaupt, Marlies Obendorf, Ralf Steinbrügge, Jochen Harrer, Yves Perrenoud, Korbinian
Stadelmeier, Wolfram Zechmeister, Ingrid Haslauer, Hedwig Brachvogel, Lutz Ebersbächer,
Frank Tiedgen, Anja Rothkegel, Harald Pölzleitner, Cordula Hembach, Katja Lindenmaier,
Andrea Wüthrich-Lenz, Erwin Stockreiter, Bernhard Wölfinger, Beat Zollinger; Terrence Boyd,
Rowan Pritchard, Ellen Harcourt, Mats Ekholm, Céline Vuagniaux, Monica Velazquez, Graham
Pendry, Claire Ashworth, Luc Gagnon-Ferris, Carl Brannigan, Ewan Carmichael, Moira
Kinnaird, Rosalind Carver, Jacqueline Ferro, Niamh Costigan; every unnamed spokesperson,
statistician, researcher, criminologist, alderman, council member, advocate, critic and
investigator); interior, justice and policing ministers, a federal councillor, a security
director, police presidents, commissioners, superintendents, chief constables, the heads of
the BKA, the Austrian Bundeskriminalamt, the FBI and a statistics bureau, and the Victims'
Commissioner of real governments and bodies appear under made-up names that stand for no
real holder, or by their role only ("ein Polizeisprecher", "eine Sprecherin der
Innenverwaltung", "the city comptroller's office", "The London mayor's office"). Real
states, bodies, parties, statistics, laws and places (Polizeiliche Kriminalstatistik, PKS,
Landeskriminalamt, Bundeskriminalamt, BKA, Gewerkschaft der Polizei, GdP, Deutsche
Polizeigewerkschaft, Bund Deutscher Kriminalbeamter, Grüne, SPD, CDU, CSU, Linke,
Landesregierung, Landtag, Freistaat, Häufigkeitszahl, Aufklärungsquote, Bundeslagebild
Cybercrime, Bitkom, Gesamtverband der Deutschen Versicherungswirtschaft (GDV), BVG,
Kottbusser Tor, Görlitzer Park, Köln, Düsseldorf, Duisburg; Innenministerium, BK,
Cybercrime-Report, ÖVP, FPÖ, Seniorenrat, Richtervereinigung, Ministerrat, Reumannplatz,
Strafmündigkeit, Begutachtung; Bundesamt für Statistik, BFS, Strafgesetzbuch, SVP,
Bundesrätin, Kantonspolizei Zürich, Stadtpolizeien; the Office for National Statistics, the
ONS, the Metropolitan Police, the Met, the Conservatives, the Home Office, the Police
Federation, UK Finance, Which?, the Victims' Commissioner for England and Wales, the
Swedish Police Authority, the Social Democrats, Rinkeby, the Federal Office for Cyber
Security, the FBI, the Internet Crime Complaint Center, the University of Chicago Crime
Lab, the NYPD, the City Council, Alternative for Germany, Statistics Canada, the Crime
Severity Index, Montreal, Halifax, Vancouver, Toronto, Police Scotland, the Scottish
Government, the Scottish Conservatives, the Bureau of Crime Statistics and Research, NSW,
the Central Statistics Office, the CSO, An Garda Síochána, the Garda College, the Garda
Representative Association, and the datelines' cities) stand for the way wire copy names
them; every offence count, rate, clearance rate, share, suspect count, age group, loss,
sum, seizure, headcount, date and quote here is invented, and where a real figure came to
mind (a real PKS total or clearance rate, a real Austrian or Swiss total, a real ONS, FBI,
IC3 or UK Finance figure, a real homicide count of Chicago, New York, Canada or
Switzerland, a real Swedish shooting tally) it was changed - only legal ages of criminal
responsibility (14 in Austria, 15 in Sweden) and the years in which a recording series or a
rule began stand as wire copy would state them.

Its weight: CRIME STATISTICS AND ANNUAL POLICE REPORTS, a further round (the fifty-fifth
batch weighed crime statistics, police, sentencing and prisons, the hundred-eighty-seventh
crime statistics and police annual reports, the two-hundred-and-fifty-seventh crime
statistics and courts in Austria and Switzerland and the three-hundred-and-eighteenth crime
and policing in the UK, the US and Germany, and their decisions are kept) over one year of
releases, January to December of 2030 with the year 2029 reported in most stories, as 30
short stories with the German and English ones interleaved (not strictly in date order),
each told as wire copy runs a statistics release (a dateline lead with the headline figure,
the categories and their change against the previous year, the clearance rate, suspects by
age group and nationality, attributed claims, the other side, quotes, the statisticians'
and criminologists' cautions). Half German (dpa with its slugs "dpa/lnw", "dpa/lni",
"dpa/lsw", "dpa/lby", "dpa/bb", APA, Keystone-SDA; "Aufklärungsquote", "Häufigkeitszahl",
"Tatverdächtige", "nichtdeutsche Tatverdächtige", "Heranwachsende", "Unmündige",
"Mehrfach- und Intensivtäter", "Hellfeld", "Dunkelfeld", "Auslandstaten", "Lagebild",
Austrian "im Vorjahr", "ausgeforscht", "Begutachtung", "Ministerrat", Swiss "Beschuldigte",
"Gemäss", "weiss", "561'240", «» quotes, German „“ quotes): knife attacks in North
Rhine-Westphalia, attacks on police in Lower Saxony, Baden-Württemberg's statistics, the
Swiss police statistics, Bavaria's statistics, Austria's statistics, the federal PKS,
Berlin's statistics, Austria's cybercrime report, the BKA's cybercrime report, a
victimisation survey, homicides and domestic violence in Switzerland, children as suspects
in Vienna, the insurers' burglary balance and burglaries and fake-police calls in the
canton of Zurich. Half English (Reuters with a day in the dateline, AP, PA): Chicago's
homicides, the ONS figures for England and Wales, shootings in Sweden, Swiss cyber
incidents, the FBI's internet crime report, Germany's statistics in English, knife crime in
London, fraud losses in Britain, burglary outcomes in England and Wales, Canada's crime
severity index, the FBI's annual data, recorded crime in Scotland, shootings in New York,
domestic violence in New South Wales and recorded crime in Ireland. Figures as such copy
has them: totals and categories with their change in percent and in points („um 0,8
Prozentpunkte auf 67,2 Prozent“, „0,4 Punkte über dem Vorjahreswert“), rates per head
(„je 100.000 Einwohner“, „pro 1000 Einwohnerinnen und Einwohner“, „je eine Million
Einwohnerinnen und Einwohner“, "per 100,000 people", "per 1,000 households"), clearance and
charge rates, nationality shares and suspects by nationality in brackets, age groups („18
bis unter 21 Jahre“, „der 14- bis unter 18-Jährigen“, „Kinder unter 14 Jahren“, „ab 16
Jahren“, "aged 16 and over", "aged under 25", "People over 60"), knife attacks, burglaries
per 100,000, cybercrime and fraud damage in euros, francs, pounds, dollars and Australian
dollars; number words and compounds („zwölf ausgewiesenen Zonen“, „Zehn-Punkte-Programm“,
„zweitägigen Klausur“, „Zehnjahrestief“, „eineinhalbmal so viele“, „3.940 Mal“, "a two-week
amnesty"), shares („gut ein Drittel“, „in fast jedem zweiten Fall“, „Rund neun von zehn“,
„nur knapp jede zehnte“, „etwa jeden siebten Fall“, „knapp drei Vierteln“, "about four in
five", "roughly one in seven", "just under one in 10", "almost two in five", "Half as
many"), multiples, ordinals („zum vierten Mal in Folge“, „im ersten Halbjahr 2030“, "the
second consecutive annual fall", "for a second year running"), hedges, years, fiscal years
and dates. About 55 negatives as such copy has them: ministers', police chiefs' and
statisticians' rhetoric and resolve in quotes, labels of parties, unions and critics
(„sprach von“, „nannte“, "called"), accusations and criticism, warnings and appeals that
name no measure, verdicts, advice to the public, doubts, fears, hopes, a forecast without a
figure, evasions and a feeling - each near a check-worthy look-alike from the same story,
most often the same speaker's figure.

242 rows (122 German, 120 English), 57 negatives (28 German, 29 English), 185 check-worthy
rows of which 10 carry no figure (6 German, 4 English), 416 expected quantities (155
counts, 76 percentages - 72 in "%", 4 in percentage points "pp" -, 69 years, 40 durations -
33 in years, 4 in months, 2 in weeks, 1 in days -, 37 fractions, 22 amounts of money - 7
USD, 5 EUR, 5 GBP, 4 CHF, 1 AUD -, 9 ordinals, 8 dates; none of them in a negative), 36
checked speakers (18 German, 18 English). These counts were computed by a script over the
list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, slogan, resolve, warning, doubt, fear, hope, feeling, piece of advice
  or rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-eighty-seventh, two-hundred-and-fourth,
  three-hundred-and-eighteenth); a quoted or reported statement of fact, figure, step,
  plan, demand or position is check-worthy with its speaker, also in Konjunktiv I
  (thirty-ninth, hundred-eighty-seventh). Pairs from one speaker: Boyd's 71% beside "what
  happens when neighborhoods and officers ..."; Wollenhaupt's third beside his
  „Messerkultur“; Harcourt's 2,600 officers and her pledge to burglary victims beside "no
  reason for complacency" and "let down for far too long"; Obendorf's half beside „greift
  unseren Rechtsstaat an“; Ekholm's third beside "like cannon fodder"; Harrer's 3,812
  offenders beside „in Atem“; Stadelmeier's rate beside „sicherer als irgendwo sonst“;
  Velazquez's $5.4 billion beside her advice; Zechmeister's 17 percent and his announced
  1,000 officers beside his evasion on the budget; Brachvogel's 58.9 percent and 39.4%
  beside „ein Alarmsignal“; Rothkegel's quarter beside „Flagge zeigen“; Pendry's 4,930
  knives beside "a funeral that might never happen"; Pölzleitner's 36.2 percent beside „das
  Wohnzimmer der Opfer“; Lindenmaier's fifth beside „die Spitze des Eisbergs“;
  Wüthrich-Lenz's 3 million francs beside «eine zu viel»; Gagnon-Ferris's 120 officers
  beside "deserve to feel safe"; Brannigan's fifth beside his credit to "the men and
  women"; Carmichael's 54.1% beside "a safe place"; Carver's 214 beside "a testament";
  Wölfinger's double beside his advice; Zollinger's half beside his advice; Ferro's two in
  five beside her evasion; Costigan's 1,000 members beside "the fruit of years".
- Statistics' own figures (fifty-fifth, hundred-eighty-seventh, two-hundred-and-fifty-
  seventh, three-hundred-and-eighteenth): totals and categories are counts as written
  („4.817 Messerangriffe“, „5,47 Millionen“ 5,470,000, "6.48 million crimes", "5.47 million
  offences", „561'240 Straftaten“, „571.930“, „538.412“, „139.860“, "912,406 complaints",
  "15,240 murders", "291,870 crimes"), changes as percentages with the comparison after the
  figure carrying none („6,4 Prozent mehr als 2028“, „ein Plus von 7,3 Prozent“, „ein Minus
  von 1,8 Prozent gegenüber 2028“ 1.8 with no sign - a noun with „von“,
  three-hundred-and-fifty-sixth -, „14 Prozent über dem Vorjahreswert“, "a 2% fall on the
  previous year", "14% fewer than", "about 25% higher than in 2019"), clearance, charge and
  reporting rates and shares of suspects as percentages („bei 44,6 Prozent“, „auf 39,4
  Prozent“, „58 Prozent davon“ - „davon“ no hedge -, "Just 4.6%" - "Just" no hedge -, "to
  54.1% from 52.8%", "39.4% ..., down from 40.1%"), a move in points in "pp" („um 0,8
  Prozentpunkte auf 67,2 Prozent“, „um 0,6 Prozentpunkte“, „um vier Prozentpunkte“, and
  „0,4 Punkte über dem Vorjahreswert“ - „Punkte“ beside a rate in percent are points, as
  „anderthalb Punkte auf 11,5 Prozent“ in an earlier batch). Rates per head are two counts
  (hundred-eighty-seventh, three-hundred-and-eighteenth: „je 100.000 Einwohner“ reads as
  „pro“): „5.018 Fälle je 100.000 Einwohner“, „4.418 Straftaten je 100.000 Einwohner“, „27
  Fällen je 100.000 Einwohner“, „94 Fälle je 100.000 Einwohner“, „Auf 100.000 Einwohner
  kamen ... 13.104 Straftaten“ (the base first, as written), „3,6 Fälle pro 1000
  Einwohnerinnen und Einwohner“, "1.79 per 100,000 people", "4.5 per 100,000 people",
  "349.2 per 100,000 inhabitants", "410 per 100,000 people", "8.9 offences per 1,000
  households". Suspects by nationality in brackets are counts („Syrer (61.208), Türken
  (48.390) und Rumänen (44.117)“; hundred-eighty-seventh). An index level is a count ("to
  74.2 on the Crime Severity Index"; hundred-eighty-seventh). Multiples are counts with
  their hedges („etwa doppelt so hoch“ 2 "about", "3.1 times more likely" 3.1 -
  hundred-eighty-seventh -); verbs carry none ("more than doubled", "nearly doubled", „mehr
  als verdoppelt“; two-hundred-and-forty-fourth).
- New: „612 Heranwachsende (18 bis unter 21 Jahre)“ gives 18 years with no hedge and 21
  years "under", and „der 14- bis unter 18-Jährigen“ 14 years with no hedge and 18 years
  "under" - „bis unter“ reads "to under": the upper age is bounded as „Kinder unter 14
  Jahren“ is (hundred-eighty-seventh), the lower one stands as written, and the first
  compound cut at its hyphen takes its unit from the second, as „Unter den 15- bis
  24-Jährigen“ (three-hundred-and-fifty-sixth).
- New: „4,7 Tötungsdelikten je eine Million Einwohnerinnen und Einwohner“ gives count 4.7
  and count 1,000,000 - the base of a rate written with „eine Million“ is counted as „je
  100.000 Einwohner“ is (hundred-eighty-seventh), the number word „eine“ before „Million“
  being a figure and not an article, as "a million people" is 1,000,000
  (hundred-twelfth).
- New: „eineinhalbmal so viele wie vor zehn Jahren“ is count 1.5 and 10 years - the
  Austrian and Swiss form of „anderthalbmal“ (two-hundred-and-seventeenth: „mehr als
  anderthalbmal so hoch“ 1.5 "over").
- New: "Half as many burglaries were recorded in Dublin as a decade earlier" is fraction
  0.5 with no hedge - the English twin of „halb so viele“ (hundred-seventy-seventh: „fast
  halb so viele“ 0.5 "nearly"; hundred-ninety-ninth: „weniger als halb so viele“ 0.5
  "under"), "a decade earlier" none (hundred-eighty-seventh).
- New: „Der Anteil ... lag bei 44,6 Prozent (Vorjahr: 42,1).“ gives 44.6 and 42.1, both in
  % - the unit written once before serves the bare prior-year figure in the label bracket,
  as the currency written once serves „nach 20,1 Milliarden im Juni“ (hundred-seventeenth,
  three-hundred-and-fifty-sixth) and the unit after a bracket serves the figure before it
  (three-hundred-and-twenty-ninth: „auf 1,46 (Vorjahr: 1,71) Milliarden Euro“); the label
  „Vorjahr:“ carries none.
- New: „lag die Häufigkeitszahl ... auf einem Zehnjahrestief“ is 10 years - the low as the
  fifteenth batch's „Zehnjahreshoch“ is the high, and as "a 12-year low" 12 years
  (hundred-eighty-seventh).
- Cautions on reading the figures (hundred-eighty-seventh, two-hundred-and-fifty-seventh,
  three-hundred-and-eighteenth): a caution that states how a statistic counts or what it
  leaves out is check-worthy, with or without a figure („Der Lausanner Kriminologe Yves
  Perrenoud wies darauf hin, dass die Statistik Delikte nach dem Zeitpunkt der Anzeige ...
  erfasst, ...“, „Die PKS bildet nur das sogenannte Hellfeld ab, ...“, "The report leaves
  out losses that victims reported only to local police ...", "Statistics Canada cautioned
  that changes in how some police services record fraud affected comparisons ...", "The CSO
  publishes its crime figures as experimental statistics because ...", "Non-Germans make up
  about 16% of the population, but the statistics also count tourists ..." with its figure),
  and so is a reading of a rise by its cause (Haslauer's banks urging customers to report;
  hundred-eighty-seventh: Feuerlein's and Kerkhoff's readings), while a doubt about what
  drove a fall stays a negative ("Criminologists said it was too early to know how much of
  the drop was driven by policing ..."; hundred-eighty-seventh: "Some criminologists
  question whether the decline will hold ...").
- Check-worthy without a figure (fifty-eighth, hundred-eighty-seventh,
  three-hundred-and-eighteenth): the leads naming a record or a trend without the figure
  („Der Freistaat hat nach eigener Darstellung erneut die geringste
  Kriminalitätsbelastung ...“ - „nach eigener Darstellung“ unchecked as „nach eigenen
  Angaben“ -, „Nur ein Bruchteil der Straftaten ... wird der Polizei überhaupt gemeldet.“ -
  „ein Bruchteil“ no figure, two-hundred-and-fifty-seventh -, „Die Zahl der
  Wohnungseinbrüche ... ist nach Angaben der Versicherer ... leicht gestiegen.“), a
  minister's pledge ("Policing Minister Ellen Harcourt told MPs that every burglary victim
  would be guaranteed a visit ..." -> "Ellen Harcourt"; an announced step, as the
  hundred-eighty-seventh's announced zones) and the cautions above. Rules stated with a
  year or a date are check-worthy („Seit 2017 gilt der Einbruch in eine dauerhaft genutzte
  Privatwohnung als Verbrechen.“, „Seit Februar 2029 gilt am Görlitzer Park ein nächtliches
  Betretungsverbot zwischen 22.00 und 6.00 Uhr.“ - clock times none, three-hundredth -,
  „Die Begutachtungsfrist endet am 15. Oktober.“ --10-15), as are plans and demands naming a
  measure (the DPolG chief's „Mindeststrafe von sechs Monaten“ 6 months with no hedge -
  hundred-eighty-seventh -, Zechmeister's announced 1,000 officers a year - „kündigte an“
  unchecked -, Brachvogel's announced funding, Vienna's plan to lower the age of criminal
  responsibility „von 14 auf 12 Jahre“, the Swedish bill "from 15 to 14 years", and "The
  industry body wants technology companies to pay half of the compensation ..." 0.5 - a
  demand with its figure, "wants" no verb of saying; two-hundred-and-seventy-sixth: "Half of
  the penalty" 0.5).
- Fractions (the issue's "ein Fünftel", "jeder vierte"; hundred-eighty-seventh,
  three-hundred-and-eighteenth): "roughly a quarter" 0.25, "about four in five" 0.8 (X in
  Y with more than one in the numerator, two-hundred-and-seventy-sixth), „Rund neun von
  zehn“ 0.9, "roughly one in seven" 0.1429, „etwa jeden siebten Fall“ 0.1429, "about one in
  five" 0.2, „etwa ein Zehntel davon“ 0.1, „etwa ein Drittel mehr“ 0.3333, "about a
  quarter" 0.25, „rund zwei Drittel“ 0.6667, „etwa jeder sechste“ 0.1667 („Nur“ no hedge),
  "about a third" 0.3333 (twice) - all "about" -; „gut ein Drittel“ 0.3333, "more than
  half" 0.5 and „mehr als die Hälfte“ 0.5 (twice) "over"; „in fast jedem zweiten Fall“ 0.5,
  "almost a third" 0.3333, „nur knapp jede zehnte“ 0.1, „fast ein Fünftel mehr“ 0.2 (a share
  written as a rise, hundred-eighty-seventh), „Knapp die Hälfte“ 0.5, "almost a fifth" 0.2,
  "Almost two-thirds" 0.6667, „knapp drei Vierteln“ 0.75, "nearly a fifth" 0.2, "almost two
  in five" 0.4 "nearly"; "just under one in 10" 0.1 and "less than half the 2015 level" 0.5
  "under" (three-hundredth: "just under half"); „zwei Drittel von ihnen“ 0.6667, „Jeder
  dritte Einbruch“ 0.3333, „jeder vierte Taschendiebstahl“ 0.25, „jede fünfte befragte
  Frau“ 0.2, „jedes zehnte“ 0.1, "nine in 10" 0.9 and "half of the compensation" 0.5 with no
  hedge.
- Ordinals (the issue's "zum zweiten Mal"): „zum vierten Mal in Folge“ 4, "for a second
  year running" 2, "the second consecutive annual fall" 2 (three-hundred-and-eighteenth:
  "for a third year running"), "for the first time in more than a decade" 1 ("in more than a
  decade" none, hundred-eighty-seventh), "the first full year" 1, „im ersten Quartal 2030“,
  „im ersten Halbjahr 2030“, „zur ersten Befragung 2020“ and "over the first nine months of
  2030" 1 with the year (hundred-eighty-seventh, three-hundredth: "in the first six months"
  1 and 6 months). None: "the lowest", "the fewest", "the highest", "a record low", "the
  largest losses", "the largest intake", "the only major category", "the most common
  crime", „die niedrigste“, „die geringste“, „der höchsten“, „die größten Gruppen“, „so viel
  wie nie zuvor“, „so tief ... wie nie“ (hundred-eighty-seventh).
- Ages are durations in years (every batch): „zwischen 14 und 18 Jahren“, „zwischen 14 und
  17 Jahren“, "aged between 15 and 24" and "from 15 to 14 years", „von 14 auf 12 Jahre“
  both ages with no hedge; „Kinder unter 14 Jahren“ (twice), „jünger als 25 Jahre“, "aged
  under 25" and "under 18" "under" (an earlier batch: "young people under 18"); "aged 16
  and over" and „ab 16 Jahren“ "at_least"; "People over 60", „Menschen über 65“ and „älter
  als 80 Jahre“ "over" (earlier batches: "participants over 60", „älter als 65 Jahre“); and
  the two New „bis unter“ forms above.
- Other durations (the issue's "fünfstündigen", "a two-week visit"): „mehr als drei Wochen
  dienstunfähig“ 3 weeks "over", „eine Mindeststrafe von sechs Monaten“ 6 months,
  „nach einer zweitägigen Klausur“ 2 days, "a two-week amnesty" 2 weeks, „vor zehn Jahren“,
  „vor drei Jahren“, „binnen fünf Jahren“ ("within" no hedge), "five years earlier" 5 years
  (hundred-eighty-seventh: "two years earlier"), "in the 12 months to March" and "in the 12
  months ended June 30" 12 months with the date, "over two years" and "over five years"
  ("over" before a span no hedge), "the highest rate in more than 15 years" 15 years "over",
  "the highest in at least 20 years" 20 years "at_least". None: "last year", "the year
  before", "a year earlier", "the previous year", "on the year", "this year", "next year",
  "so far this year", "the same period last year", "the same point in 2029" (its year),
  "a decade earlier", "during the year", "every day", "per claim", "from July", "in May",
  "by the end of the year", "at the end of March", "from January through September", „im
  vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“, „im Jahr zuvor“, „im
  Vorjahreszeitraum“, „jährlich“, „pro Fall“, „pro Einbruch“, „an Wochenenden“, „Seit
  Oktober“, „seit Juli“, „im März“, „zwischen Mai und Oktober 2029“ (its year only), „am
  Dienstag“.
- Years and dates: "in 2029", "since 1965", "since 2001", "since July 2028", "in 2016",
  "since 1999", "in 1993", "in 1971", "since 2023", "since 2019-20" and "in 2029-30" both
  years (hundred-eighty-seventh), "the year ending September 2029" and "the year ending March
  2030" their years, "the 2015 level" and "than in 2019" (hundred-eighty-seventh: "their
  2019 level"), "in 2031", "in 2014", "Since October 2028", „2029“, „als 2028“, „gegenüber
  2028“, „seit 2011“, „Seit 2027“, „seit 2027“, „bis 2032“, „im März 2029“, „Seit Februar
  2029“, „nach 21.900 im Jahr 2024“, „seit dem Start der Erhebung 2009“, „Seit 2017“; the
  year in a report's title („wie aus dem Bundeslagebild Cybercrime 2029 hervorgeht“ 2029;
  two-hundred-and-fifty-seventh: „die Kriminalstatistik 2025“). Reuters datelines with a day
  ("STOCKHOLM, Feb 4" --02-04, "ZURICH, March 26" --03-26, "BERLIN, April 9" --04-09,
  "LONDON, May 22" --05-22, "OTTAWA, July 23" --07-23, "SYDNEY, Nov 12" --11-12) are dates
  without a year, as are "June 30" and „am 15. Oktober“; dpa ("dpa/lnw", "dpa/lni",
  "dpa/lsw", "dpa/lby", "dpa/bb"), APA, Keystone-SDA, AP ("CHICAGO (AP) —", "WASHINGTON
  (AP) —", "NEW YORK (AP) —") and PA ("LONDON (PA) -", "EDINBURGH (PA) -", "DUBLIN (PA) -")
  datelines none (seventy-ninth).
- Money in the currency written (every batch): USD ("$48 million", "$36 million", "$19.7
  billion", "about $7.8 billion" "about", "$5.4 billion", "$3.1 billion", "$612 million"),
  EUR („mindestens 710 Millionen Euro“ "at_least" - „geschätzt“ a verb -, „im Schnitt 41.000
  Euro pro Fall“ with no hedge, „198 Milliarden Euro“ - „beziffert“ unchecked -, „322
  Millionen Euro“, „3.540 Euro pro Einbruch“), GBP ("1.19 billion pounds", "451.7 million
  pounds", "a further 1.62 billion pounds" - "a further" no hedge -, "an average loss of
  9,800 pounds" with no hedge, "up to 85,000 pounds per claim" "up_to"), CHF ("about 142
  million Swiss francs" "about" and "118 million francs" - francs in Swiss copy,
  two-hundred-and-fifty-seventh -, „jährlich 3 Millionen Franken“, „rund 9,4 Millionen
  Franken“ "about"), AUD ("A$230 million").
- Counts as every batch: "348 homicides", "291 were men", "below 1,900" "under"
  (three-hundred-and-twenty-fourth: "below" bounds its figure), "10 of the city's 22 police
  districts", „In 1.203 Fällen ..., 19 Opfer“, „Unter den 4.122 ... 612 ... 874“, „in zwölf
  ausgewiesenen Zonen“ 12, "about 3.9 million incidents", "put the number ... at 8.7
  million" ("estimated" and "put ... at" no hedge, three-hundred-and-eighteenth), "2,600
  extra neighbourhood officers", "down by 31 on the year", „1.862 ..., 41 von ihnen“, „3.940
  Mal“ 3940 (the issue's "100 Mal"), "47 of them fatal", "to 61 from 142", "about 90
  kilograms of explosives" 90 "about" (weights are counts, three-hundred-and-eighteenth), "58
  neighbourhoods ..., down from 61", „3.812“, „ein Zehn-Punkte-Programm“ 10 (the issue's
  "28-Punkte-Entwurf"), „216 mehr als im Vorjahr“ ("mehr" after the figure no hedge),
  „31'870“, „58'920“, „48'310“ (Swiss apostrophes), "fell to 96 from 131", "2,310 fraudulent
  websites", "nearly 2,500 every day" "nearly", "171,322 complaints", "21,440 complaints",
  „79.604 Anzeigen“, „31.207 Tatverdächtige“, „1.000 zusätzliche“, „98.216“, „201.433“,
  „29.870 Fällen ..., davon in 11.402 Fällen“, "29,870 offences", "1,500 more federal police
  officers ... 40 major railway stations" ("more" after the figure no hedge), „508.920
  Taten“, „Allein ... 3.118“ („Allein“ no hedge), "13,642", "1,088", "4,930 knives,
  including 1,210" ("including" no hedge), "176,300", „rund 46.300 ..., nach 21.900“ the hedge
  on the first only, „bereits 8.412 Hinweise“ („bereits“ no hedge), "4,120 cases", „rund
  214.000“, „1.140 Unternehmen“, „43 Server in neun Ländern ... sieben Verdächtige“, "almost
  300,000" "nearly", "212,450", „knapp 46.000 Menschen“ "nearly", „42 Menschen ..., 11
  weniger“, „23 Frauen und 2 Mädchen“, „21'480“, "741 homicides, 37 fewer", "8,912", "120
  additional border officers", „1.942 Kinder“, „bei 2.316 Kontrollen 318 Messer“, "131,060",
  "16,210 of the nation's roughly 18,900" the hedge on the second, "12,406", "42,180",
  "16,120 ..., down 380", "17,340", „rund 91.000 ..., nach 87.000“, „78.412“, "498 shooting
  incidents", "214", "4,870 illegal guns, about 300 more" ("more" after the figure no hedge),
  „4'812“, „2'106 solcher Anrufe, in 87 Fällen“, "34,910", "17,460 incidents", "9,812",
  "more than 22,000" "over", "25,140", "1,000 new members". None: "Some aldermen", "Consumer
  groups", "Criminologists", „Die Grünen“, „Die Linke“.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly" "about";
  „knapp“, „Knapp“, „fast“, "nearly", "almost", "Almost" "nearly"; „gut“, „mehr als“, „Mehr
  als“, „über“ and „älter als“ before a figure or an age, "more than", "over" before an age
  "over"; „unter“, „jünger als“, „weniger als“ before the figure, "under", "below", "just
  under", "less than" "under"; „mindestens“, „ab“, "and over", "at least" "at_least"; "up to"
  "up_to". No hedge: „insgesamt“, „Insgesamt“, „allein“, „Allein“, „nur“, „Nur“, „bereits“,
  „davon“, „unverändert“, „leicht“, „im Schnitt“, „jährlich“, „zwischen“, „binnen“, „um“
  before a change, "Just", "including", "a further", "an average loss of", "by" before a
  change, "between" in a range, "over" before a span, "more", „mehr“ and „weniger“ after a
  figure, and „über“ after a figure („14 Prozent über dem Vorjahreswert“, „0,4 Punkte über
  dem Vorjahreswert“).
- Speakers, checked only in forms the earlier batches settled: „teilte das BFS am Montag
  mit“ and „teilte das BFS am Donnerstag mit“ -> "das BFS" and „teilte das
  Bundeskriminalamt am Mittwoch mit“ -> "das Bundeskriminalamt" (the weekday dropped,
  hundred-eighty-seventh, two-hundred-and-fifty-seventh); „Innenminister Gerd Wollenhaupt
  (CDU) sagte bei der Vorstellung des Lagebilds, ...“, „Innenministerin Marlies Obendorf
  (SPD) sagte, ...“, „Innenminister Jochen Harrer (CDU) sagte, ...“, „Innenminister
  Wolfram Zechmeister (ÖVP) sagte bei der Präsentation in Wien, ...“,
  „Bundesinnenministerin Hedwig Brachvogel (SPD) sagte bei der Präsentation der Statistik
  in Berlin, ...“, „BKA-Präsident Lutz Ebersbächer sagte, ...“, „Polizeipräsidentin Anja
  Rothkegel sagte, ...“, „BK-Direktor Harald Pölzleitner sagte bei der Präsentation des
  Berichts, ...“, „Studienleiterin Katja Lindenmaier sagte, ...“, „Bundesrätin Andrea
  Wüthrich-Lenz sagte, ...“, „Landespolizeipräsident Erwin Stockreiter sagte, ...“,
  „GDV-Hauptgeschäftsführer Bernhard Wölfinger sagte, ...“ and „Sicherheitsdirektor Beat
  Zollinger sagte, ...“ the name with title, party and occasion dropped
  (hundred-eighty-seventh, three-hundred-and-eighteenth), „Die Wiener Kriminologin Ingrid
  Haslauer sagte, ...“ the name (hundred-eighty-seventh: a place before the title goes with
  the title), „sagte Innenminister Korbinian Stadelmeier (CSU) bei der Vorstellung der
  Kriminalstatistik in München“ the name. English: "Superintendent Terrence Boyd told
  reporters", "National Police Commissioner Mats Ekholm told reporters", "Interior Minister
  Hedwig Brachvogel told reporters" and "Commissioner Rosalind Carver told reporters" the
  name ("told reporters" names the speaker, two-hundred-and-fourth), "Policing Minister
  Ellen Harcourt told MPs" the name (an earlier batch: "Health Secretary Martin Coleshill
  told MPs"), "Policing Minister Ellen Harcourt said", "FBI Assistant Director Monica
  Velazquez said", "Commissioner Graham Pendry said", "Public Safety Minister Luc
  Gagnon-Ferris said", "FBI Director Carl Brannigan said in a statement", "Justice
  Secretary Ewan Carmichael said", "Bureau director Jacqueline Ferro said" and "Justice
  Minister Niamh Costigan said" the name with rank, office, role and occasion dropped
  (hundred-eighty-seventh); "the FBI said Tuesday" -> "the FBI", "the Met said" -> "the
  Met", "the office said" -> "the office" (a common noun for the body named before,
  two-hundred-and-fifty-seventh), "UK Finance said" as written and "according to the
  Central Statistics Office" with its article (hundred-eighty-seventh). Left unchecked
  (None): all negatives, also those with a named speaker; documents and data („wie aus dem
  Lagebild des Landeskriminalamts hervorgeht“, „Laut dem Lagebild des Landeskriminalamts“,
  „wie aus der am Dienstag präsentierten Kriminalstatistik hervorgeht“, „wie aus der
  Polizeilichen Kriminalstatistik (PKS) ... hervorgeht“, „Laut dem Cybercrime-Report des
  Bundeskriminalamts“, „Laut einer neuen Dunkelfeldstudie“, „Laut Polizeilicher
  Kriminalstatistik“, „Gemäss BFS“, "according to police department data", "the data
  showed", "ONS figures published on Thursday showed", "according to figures released by
  the Swedish Police Authority", "under a bill sent to parliament", "figures from the
  Federal Office for Cyber Security showed", "Swiss police statistics ... showed", "official
  data showed", "the figures showed", "the force's own figures showed", "the report said",
  "Home Office figures show", "data from Statistics Canada showed", "FBI data released
  Monday showed", "according to Scottish Government figures", "according to department
  data", "figures from the state's Bureau of Crime Statistics and Research showed",
  "according to budget papers"; hundred-eighty-seventh, three-hundred-and-eighteenth),
  „nach Ministeriumsangaben“, „nach Polizeiangaben“ and „Nach BKA-Angaben“
  (hundred-fifty-second), „nach eigener Darstellung“ and „nach eigenen Angaben“, „nach
  Angaben der Versicherer“ (a plural group), roles („teilte ein Polizeisprecher mit“,
  „sagte eine Sprecherin der Innenverwaltung“), plural groups („teilten die Behörden am
  Dienstag mit“, "Researchers at the University of Chicago Crime Lab said"), possessives
  ("The mayor's office said", "the city comptroller's office said", "Police Scotland's chief
  constable, Moira Kinnaird, said"), names in apposition and subjects parted from their verb
  („Der Landesvorsitzende der Deutschen Polizeigewerkschaft, Ralf Steinbrügge, forderte“,
  "Rowan Pritchard, a statistician at the ONS, said", "The Victims' Commissioner for
  England and Wales, Claire Ashworth, said"; hundred-fifty-second, two-hundred-and-forty-
  fourth), a description before the name ("banking industry body UK Finance said";
  hundred-eighty-seventh), recording, estimating and acting verbs („Das Landeskriminalamt
  zählte“, „Die Polizei zählte“, „verzeichnete die Statistik“, „Der Gesamtverband ...
  zählte“, „beziffert der Digitalverband Bitkom“, „kündigte an“, „forderte“, „wies darauf
  hin“, "The FBI estimated", "Statistics Canada cautioned", "Brachvogel also announced",
  "The industry body wants"), and rows without attribution. As the
  three-hundredth and three-hundred-and-eighteenth batches did, and to keep the checked
  speakers near 35, this batch also leaves unchecked forms it could have checked: "the
  authority said" (Sweden), "the police department said Thursday" (New York) and "the
  bureau said" (New South Wales).
- Negatives (hundred-eighty-seventh, two-hundred-and-fourth, three-hundred-and-eighteenth),
  besides the pairs above: labels of parties, unions and critics („Die Gewerkschaft der
  Polizei warnte, ... „ein zahnloser Papiertiger““ - a warning naming no measure with a
  label -, „Die Deutsche Polizeigewerkschaft sprach von „Symbolpolitik ...““, „Die SVP sprach
  von einem «Versagen der Migrationspolitik ...»“, „Die FPÖ sprach von einer „Kapitulation
  ...““, „Der GdP-Vorsitzende Frank Tiedgen sprach von einer „Statistik der überlasteten
  Wachen““, „BKA-Vizepräsidentin Cordula Hembach sprach von einem „Geschäftsmodell ...““,
  "The Conservatives called ...", "The opposition Social Democrats called the measure ...",
  'Consumer group Which? called the reimbursement rules "a lottery for victims"', 'The
  Police Federation called the pledge "undeliverable ..."', "Women's safety advocates called
  the figures ...", "Conservative critics called the government's bail rules ...", Ekholm's
  "like cannon fodder"); accusations and criticism naming no act („Die Grünen warfen der
  Gewerkschaft vor, ...“, „Die SPD-Opposition im Landtag warf dem Minister vor, die Zahlen
  „schönzureden““, „Die Linke kritisierte, ...“, „Frauenorganisationen kritisierten, ...“,
  "The Scottish Conservatives accused ministers of leaving rural communities without ...";
  eighty-fourth); verdicts on the figures with no figure of their own ("The far-right
  Alternative for Germany said the figures proved that ...", "The London mayor's office said
  the figures showed its violence reduction unit was "making a real difference"", "Brannigan
  credited ...", „Die Richtervereinigung hält die Senkung für ...“ - a verdict with „halten
  ... für“, ninety-eighth); appeals naming no measure („Der Seniorenrat appellierte an
  Familien, ...“, „Opferverbände riefen Betroffene dazu auf, ...“, „Der Bund Deutscher
  Kriminalbeamter forderte die Bundesregierung auf, die Abwehr von Cyberangriffen „endlich
  ernst zu nehmen““ and "Consumer groups urged banks to do more ..." - a demand for "more",
  three-hundred-and-eighteenth); advice to the public (Velazquez's "Slow down, hang up ...",
  Wölfinger's „riet“, Zollinger's «Rufen Sie im Zweifel ...»); doubts, fears and hopes
  ("Some aldermen questioned whether ...", "Civil liberties groups said they doubted ...",
  "Some City Council members said they worried ...", „Die Ermittler hoffen, ...“, the
  criminologists' "too early to know"); a forecast without a figure ("Cybersecurity experts
  said they expected losses to keep climbing ..."; two-hundred-and-forty-fourth); evasions
  („Ob das Budget dafür reicht, ließ Zechmeister offen.“, "Ferro said the bureau could not
  say whether ..."; two-hundred-and-fourth); a feeling ("The Garda Representative
  Association said members were "exhausted" ..."); and quotes of rhetoric ("Criminals follow
  the money, ...", „Wer in Bayern lebt, ...“, „Kinder mit Klappmessern ...“, „Ein kleiner
  Kreis von Tätern ...“). As the brief for these batches asks, negatives carry no expected
  quantities, and this batch writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_377 = [
    # --- Chicago's homicides in 2029 (AP), early January ---
    (
        "en",
        "CHICAGO (AP) — Chicago recorded 348 homicides in 2029, its fewest since 1965 and down 18% from the year before, according to police department data released Wednesday.",
        True,
        [("count", 348, None, None), ("year", 2029, None, None), ("year", 1965, None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Shooting incidents fell by roughly a quarter, to 1,412, while the number of people shot dropped below 1,900 for the first time in more than a decade.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 1412, None, None), ("count", 1900, None, "under"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Superintendent Terrence Boyd told reporters that detectives had cleared 71% of last year's murder cases, the department's highest clearance rate since 2001.",
        True,
        [("percent", 71, "%", None), ("year", 2001, None, None)],
        "Terrence Boyd",
    ),
    (
        "en",
        'Boyd said the decline showed "what happens when neighborhoods and officers stop treating each other as enemies."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Of the 348 victims, 291 were men and about four in five were Black, the data showed.",
        True,
        [("count", 348, None, None), ("count", 291, None, None), ("fraction", 0.8, None, "about")],
        None,
    ),
    (
        "en",
        "Researchers at the University of Chicago Crime Lab said nearly 60% of the drop was concentrated in 10 of the city's 22 police districts.",
        True,
        [("percent", 60, "%", "nearly"), ("count", 10, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "Some aldermen questioned whether the city could sustain the gains once federal violence-prevention grants run out.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The mayor's office said the city would spend $48 million this year on street outreach programs, up from $36 million in 2029.",
        True,
        [("money", 48000000, "USD", None), ("money", 36000000, "USD", None), ("year", 2029, None, None)],
        None,
    ),
    # --- Lagebild Messerangriffe Nordrhein-Westfalen (dpa/lnw), Januar ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Nordrhein-Westfalens Polizei hat 2029 landesweit 4.817 Messerangriffe erfasst, 6,4 Prozent mehr als 2028.",
        True,
        [("year", 2029, None, None), ("count", 4817, None, None), ("percent", 6.4, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "In 1.203 Fällen wurden Menschen verletzt, 19 Opfer starben, wie aus dem Lagebild des Landeskriminalamts hervorgeht.",
        True,
        [("count", 1203, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Innenminister Gerd Wollenhaupt (CDU) sagte bei der Vorstellung des Lagebilds, gut ein Drittel der Angriffe habe sich im öffentlichen Raum ereignet, vor allem auf Straßen und Plätzen.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Gerd Wollenhaupt",
    ),
    (
        "de",
        "Unter den 4.122 ermittelten Tatverdächtigen waren 612 Heranwachsende (18 bis unter 21 Jahre) und 874 Jugendliche zwischen 14 und 18 Jahren.",
        True,
        [
            ("count", 4122, None, None),
            ("count", 612, None, None),
            ("duration", 18, "year", None),
            ("duration", 21, "year", "under"),
            ("count", 874, None, None),
            ("duration", 14, "year", None),
            ("duration", 18, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Der Anteil nichtdeutscher Tatverdächtiger lag bei 44,6 Prozent (Vorjahr: 42,1).",
        True,
        [("percent", 44.6, "%", None), ("percent", 42.1, "%", None)],
        None,
    ),
    ("de", "Wollenhaupt sprach von einer „Messerkultur, die wir nicht hinnehmen werden“.", False, [], None),
    (
        "de",
        "Seit Oktober gilt in den Innenstädten von Köln, Düsseldorf und Duisburg an Wochenenden ein Waffenverbot in zwölf ausgewiesenen Zonen.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Polizei warnte, ohne mehr Personal blieben die Verbotszonen „ein zahnloser Papiertiger“.",
        False,
        [],
        None,
    ),
    # --- ONS crime figures for England and Wales (PA), January ---
    (
        "en",
        "LONDON (PA) - Forces in England and Wales logged 6.48 million crimes in the year ending September 2029, a 2% fall on the previous year, ONS figures published on Thursday showed.",
        True,
        [("count", 6480000, None, None), ("year", 2029, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "The ONS's household survey, which asks people about their own experiences, put the number of incidents against adults aged 16 and over at 8.7 million.",
        True,
        [("duration", 16, "year", "at_least"), ("count", 8700000, None, None)],
        None,
    ),
    (
        "en",
        "Knife or sharp instrument offences climbed 4% to 54,390, almost a third of them in the Metropolitan Police area.",
        True,
        [("percent", 4, "%", None), ("count", 54390, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "Homicides totalled 538, down by 31 on the year and the lowest since the series started in 1978.",
        True,
        [("count", 538, None, None), ("count", 31, None, None), ("year", 1978, None, None)],
        None,
    ),
    (
        "en",
        "Rowan Pritchard, a statistician at the ONS, said fraud remained the most common crime experienced by adults, at about 3.9 million incidents.",
        True,
        [("count", 3900000, None, "about")],
        None,
    ),
    (
        "en",
        "Policing Minister Ellen Harcourt said the government had put 2,600 extra neighbourhood officers on the streets since July 2028.",
        True,
        [("count", 2600, None, None), ("year", 2028, None, None)],
        "Ellen Harcourt",
    ),
    (
        "en",
        'Harcourt said the figures were "a sign that visible policing works, but no reason for complacency".',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Conservatives called the knife crime figures "a damning indictment of ministers who promised the earth".',
        False,
        [],
        None,
    ),
    # --- Lagebild Gewalt gegen Polizeibeamte Niedersachsen (dpa/lni), Februar ---
    (
        "de",
        "Hannover (dpa/lni) - Die Zahl der Angriffe auf Polizistinnen und Polizisten in Niedersachsen ist zum vierten Mal in Folge gestiegen.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das Landeskriminalamt zählte im vergangenen Jahr 5.214 Fälle, ein Plus von 7,3 Prozent.",
        True,
        [("count", 5214, None, None), ("percent", 7.3, "%", None)],
        None,
    ),
    (
        "de",
        "Dabei wurden 1.862 Beamtinnen und Beamte verletzt, 41 von ihnen so schwer, dass sie mehr als drei Wochen dienstunfähig waren.",
        True,
        [("count", 1862, None, None), ("count", 41, None, None), ("duration", 3, "week", "over")],
        None,
    ),
    (
        "de",
        "Innenministerin Marlies Obendorf (SPD) sagte, in fast jedem zweiten Fall seien die Tatverdächtigen alkoholisiert gewesen.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Marlies Obendorf",
    ),
    ("de", "„Wer eine Streife angreift, greift unseren Rechtsstaat an“, sagte Obendorf.", False, [], None),
    (
        "de",
        "Der Landesvorsitzende der Deutschen Polizeigewerkschaft, Ralf Steinbrügge, forderte eine Mindeststrafe von sechs Monaten für tätliche Angriffe auf Einsatzkräfte.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Die Grünen warfen der Gewerkschaft vor, mit der Debatte über Strafen von fehlender Ausbildung in Deeskalation abzulenken.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2027 tragen alle Streifenbeamten im Land Körperkameras; nach Ministeriumsangaben wurden sie im vergangenen Jahr 3.940 Mal eingeschaltet.",
        True,
        [("year", 2027, None, None), ("count", 3940, None, None)],
        None,
    ),
    # --- Shootings in Sweden (Reuters), February ---
    (
        "en",
        "STOCKHOLM, Feb 4 (Reuters) - Sweden recorded 198 shootings last year, 47 of them fatal, the lowest toll since police began compiling separate statistics in 2016, according to figures released by the Swedish Police Authority on Monday.",
        True,
        [("date", "--02-04", None, None), ("count", 198, None, None), ("count", 47, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "The number of explosions linked to criminal gangs fell to 61 from 142 a year earlier.",
        True,
        [("count", 61, None, None), ("count", 142, None, None)],
        None,
    ),
    (
        "en",
        "National Police Commissioner Mats Ekholm told reporters that about a third of those suspected of gang-related murders were under 18.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 18, "year", "under")],
        "Mats Ekholm",
    ),
    (
        "en",
        'Ekholm said gang leaders treated children "like cannon fodder".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government will cut the age of criminal responsibility for the gravest offences from 15 to 14 years from July under a bill sent to parliament on Monday.",
        True,
        [("duration", 15, "year", None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        'The opposition Social Democrats called the measure "a policy of panic, not prevention".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Police seized 412 illegal firearms and about 90 kilograms of explosives during the year, the authority said.",
        True,
        [("count", 412, None, None), ("count", 90, None, "about")],
        None,
    ),
    (
        "en",
        "Police now classify 58 neighbourhoods as particularly vulnerable, down from 61 in 2027.",
        True,
        [("count", 58, None, None), ("count", 61, None, None), ("year", 2027, None, None)],
        None,
    ),
    # --- Kriminalstatistik Baden-Württemberg (dpa/lsw), März ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Die Polizei im Südwesten hat 2029 insgesamt 571.930 Straftaten erfasst, 0,8 Prozent weniger als 2028.",
        True,
        [("year", 2029, None, None), ("count", 571930, None, None), ("percent", 0.8, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Häufigkeitszahl sank auf 5.018 Fälle je 100.000 Einwohner.",
        True,
        [("count", 5018, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Innenminister Jochen Harrer (CDU) sagte, die Zahl der Mehrfach- und Intensivtäter sei um 9 Prozent auf 3.812 gestiegen, zwei Drittel von ihnen seien jünger als 25 Jahre.",
        True,
        [("percent", 9, "%", None), ("count", 3812, None, None), ("fraction", 0.6667, None, None), ("duration", 25, "year", "under")],
        "Jochen Harrer",
    ),
    (
        "de",
        "Gegen diese Gruppe richtet sich ein Zehn-Punkte-Programm, das die Landesregierung nach einer zweitägigen Klausur beschlossen hat.",
        True,
        [("count", 10, None, None), ("duration", 2, "day", None)],
        None,
    ),
    ("de", "„Ein kleiner Kreis von Tätern hält unsere Polizei in Atem“, sagte Harrer.", False, [], None),
    (
        "de",
        "Laut dem Lagebild des Landeskriminalamts wurden 2029 in 3.406 Fällen Messer als Tatmittel erfasst, 216 mehr als im Vorjahr.",
        True,
        [("year", 2029, None, None), ("count", 3406, None, None), ("count", 216, None, None)],
        None,
    ),
    ("de", "Die Aufklärungsquote lag unverändert bei 61,7 Prozent.", True, [("percent", 61.7, "%", None)], None),
    (
        "de",
        "Die Deutsche Polizeigewerkschaft sprach von „Symbolpolitik ohne einen einzigen zusätzlichen Beamten“.",
        False,
        [],
        None,
    ),
    # --- Polizeiliche Kriminalstatistik der Schweiz (Keystone-SDA), März ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Schweizer Polizeikorps haben 2029 insgesamt 561'240 Straftaten gegen das Strafgesetzbuch registriert, 2 Prozent weniger als im Vorjahr.",
        True,
        [("year", 2029, None, None), ("count", 561240, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Einbruchdiebstähle sank um 5 Prozent auf 31'870, das sind 3,6 Fälle pro 1000 Einwohnerinnen und Einwohner.",
        True,
        [("percent", 5, "%", None), ("count", 31870, None, None), ("count", 3.6, None, None), ("count", 1000, None, None)],
        None,
    ),
    (
        "de",
        "Markant zugenommen hat dagegen die digitale Kriminalität: Mit 58'920 Straftaten lag sie 14 Prozent über dem Vorjahreswert, teilte das BFS am Montag mit.",
        True,
        [("count", 58920, None, None), ("percent", 14, "%", None)],
        "das BFS",
    ),
    (
        "de",
        "Rund neun von zehn dieser Delikte waren Betrugsfälle, meist auf Online-Marktplätzen oder über gefälschte Anlageplattformen.",
        True,
        [("fraction", 0.9, None, "about")],
        None,
    ),
    (
        "de",
        "Gemäss BFS wurde nur knapp jede zehnte digitale Straftat aufgeklärt.",
        True,
        [("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei den Gewaltstraftaten zählte die Statistik 48'310 Beschuldigte, 58 Prozent davon ohne Schweizer Pass.",
        True,
        [("count", 48310, None, None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "de",
        "Die SVP sprach von einem «Versagen der Migrationspolitik, das nun schwarz auf weiss in der Statistik steht».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Lausanner Kriminologe Yves Perrenoud wies darauf hin, dass die Statistik Delikte nach dem Zeitpunkt der Anzeige und nicht nach dem Tatzeitpunkt erfasst, was Vergleiche zwischen einzelnen Jahren erschwere.",
        True,
        [],
        None,
    ),
    # --- Swiss cyber incident reports (Reuters), March ---
    (
        "en",
        "ZURICH, March 26 (Reuters) - Reports of cyber incidents in Switzerland rose 12% to 61,480 last year, driven by fake investment platforms and phone scams, figures from the Federal Office for Cyber Security showed on Tuesday.",
        True,
        [("date", "--03-26", None, None), ("percent", 12, "%", None), ("count", 61480, None, None)],
        None,
    ),
    (
        "en",
        "Fraud accounted for about 70% of reports, while phishing made up roughly one in seven.",
        True,
        [("percent", 70, "%", "about"), ("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "en",
        "Victims who lost money reported combined damage of about 142 million Swiss francs, up from 118 million francs in 2028.",
        True,
        [("money", 142000000, "CHF", "about"), ("money", 118000000, "CHF", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Ransomware attacks on companies fell to 96 from 131, the office said, although it cautioned that many firms never report them.",
        True,
        [("count", 96, None, None), ("count", 131, None, None)],
        "the office",
    ),
    (
        "en",
        '"Criminals follow the money, and right now the money is in trust," office director Céline Vuagniaux said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "With the help of domain registrars, 2,310 fraudulent websites were taken down in 2029.",
        True,
        [("count", 2310, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Consumer groups urged banks to do more to stop payments reaching known scam accounts.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Swiss police statistics published on Monday showed digital crimes rose 14% in 2029, with just under one in 10 cleared up.",
        True,
        [("percent", 14, "%", None), ("year", 2029, None, None), ("fraction", 0.1, None, "under")],
        None,
    ),
    # --- Kriminalstatistik Bayern (dpa/lby), März ---
    (
        "de",
        "München (dpa/lby) - Der Freistaat hat nach eigener Darstellung erneut die geringste Kriminalitätsbelastung unter allen Bundesländern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mit 4.418 Straftaten je 100.000 Einwohner lag die Häufigkeitszahl im vergangenen Jahr auf einem Zehnjahrestief, sagte Innenminister Korbinian Stadelmeier (CSU) bei der Vorstellung der Kriminalstatistik in München.",
        True,
        [("count", 4418, None, None), ("count", 100000, None, None), ("duration", 10, "year", None)],
        "Korbinian Stadelmeier",
    ),
    (
        "de",
        "Die Aufklärungsquote stieg um 0,8 Prozentpunkte auf 67,2 Prozent.",
        True,
        [("percent", 0.8, "pp", None), ("percent", 67.2, "%", None)],
        None,
    ),
    (
        "de",
        "Wohnungseinbrüche gingen um 11,3 Prozent auf 3.612 Fälle zurück, das entspricht 27 Fällen je 100.000 Einwohner.",
        True,
        [("percent", 11.3, "%", None), ("count", 3612, None, None), ("count", 27, None, None), ("count", 100000, None, None)],
        None,
    ),
    ("de", "Jeder dritte Einbruch blieb im Versuchsstadium stecken.", True, [("fraction", 0.3333, None, None)], None),
    (
        "de",
        "„Wer in Bayern lebt, lebt sicherer als irgendwo sonst in Deutschland“, sagte Stadelmeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zugenommen haben dagegen Messerangriffe: Die Polizei zählte 2.946 Fälle, fast ein Fünftel mehr als im Jahr davor.",
        True,
        [("count", 2946, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die SPD-Opposition im Landtag warf dem Minister vor, die Zahlen „schönzureden“.",
        False,
        [],
        None,
    ),
    # --- FBI internet crime report (AP), April ---
    (
        "en",
        "WASHINGTON (AP) — Americans reported losing $19.7 billion to online scams and other cybercrime last year, a 23% increase from 2028, the FBI said Tuesday.",
        True,
        [("money", 19700000000, "USD", None), ("percent", 23, "%", None), ("year", 2028, None, None)],
        "the FBI",
    ),
    (
        "en",
        "The bureau's Internet Crime Complaint Center logged 912,406 complaints, or nearly 2,500 every day.",
        True,
        [("count", 912406, None, None), ("count", 2500, None, "nearly")],
        None,
    ),
    (
        "en",
        "Investment fraud, much of it involving cryptocurrency, caused the largest losses at about $7.8 billion.",
        True,
        [("money", 7800000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "People over 60 filed 171,322 complaints and lost $5.4 billion, FBI Assistant Director Monica Velazquez said.",
        True,
        [("duration", 60, "year", "over"), ("count", 171322, None, None), ("money", 5400000000, "USD", None)],
        "Monica Velazquez",
    ),
    (
        "en",
        '"Slow down, hang up and call someone you trust before you send a cent," Velazquez said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Business email compromise accounted for $3.1 billion in losses across 21,440 complaints.",
        True,
        [("money", 3100000000, "USD", None), ("count", 21440, None, None)],
        None,
    ),
    (
        "en",
        "The report leaves out losses that victims reported only to local police or to their banks.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Cybersecurity experts said they expected losses to keep climbing as scammers adopt artificial intelligence.",
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Österreich (APA), März ---
    (
        "de",
        "Wien (APA) - In Österreich sind im Vorjahr 538.412 Straftaten angezeigt worden, um 1,9 Prozent mehr als 2028.",
        True,
        [("count", 538412, None, None), ("percent", 1.9, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote sank um 0,6 Prozentpunkte auf 51,8 Prozent, wie aus der am Dienstag präsentierten Kriminalstatistik hervorgeht.",
        True,
        [("percent", 0.6, "pp", None), ("percent", 51.8, "%", None)],
        None,
    ),
    (
        "de",
        "Innenminister Wolfram Zechmeister (ÖVP) sagte bei der Präsentation in Wien, der Anstieg gehe fast zur Gänze auf die Internetkriminalität zurück, die um 17 Prozent auf 79.604 Anzeigen gewachsen sei.",
        True,
        [("percent", 17, "%", None), ("count", 79604, None, None)],
        "Wolfram Zechmeister",
    ),
    (
        "de",
        "Knapp die Hälfte der ausgeforschten Tatverdächtigen, 47,9 Prozent, besaß nicht die österreichische Staatsbürgerschaft.",
        True,
        [("fraction", 0.5, None, "nearly"), ("percent", 47.9, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den Jugendlichen zwischen 14 und 17 Jahren verzeichnete die Statistik 31.207 Tatverdächtige, eineinhalbmal so viele wie vor zehn Jahren.",
        True,
        [("duration", 14, "year", None), ("duration", 17, "year", None), ("count", 31207, None, None), ("count", 1.5, None, None), ("duration", 10, "year", None)],
        None,
    ),
    ("de", "Die FPÖ sprach von einer „Kapitulation des Staates vor der Straße“.", False, [], None),
    (
        "de",
        "Die Wiener Kriminologin Ingrid Haslauer sagte, ein Teil des Anstiegs gehe darauf zurück, dass Banken ihre Kunden inzwischen aktiv zur Anzeige drängten.",
        True,
        [],
        "Ingrid Haslauer",
    ),
    (
        "de",
        "Zechmeister kündigte an, bis 2032 jährlich 1.000 zusätzliche Polizistinnen und Polizisten auszubilden.",
        True,
        [("year", 2032, None, None), ("count", 1000, None, None)],
        None,
    ),
    ("de", "Ob das Budget dafür reicht, ließ Zechmeister offen.", False, [], None),
    # --- Polizeiliche Kriminalstatistik des Bundes (dpa), April ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der in Deutschland polizeilich erfassten Straftaten ist 2029 auf 5,47 Millionen gesunken, ein Minus von 1,8 Prozent gegenüber 2028.",
        True,
        [("year", 2029, None, None), ("count", 5470000, None, None), ("percent", 1.8, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Ohne ausländerrechtliche Verstöße betrug der Rückgang 2,3 Prozent, wie aus der Polizeilichen Kriminalstatistik (PKS) für das vergangene Jahr hervorgeht.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesinnenministerin Hedwig Brachvogel (SPD) sagte bei der Präsentation der Statistik in Berlin, die Aufklärungsquote sei mit 58,9 Prozent so hoch wie seit 2011 nicht mehr.",
        True,
        [("percent", 58.9, "%", None), ("year", 2011, None, None)],
        "Hedwig Brachvogel",
    ),
    (
        "de",
        "Bei den tatverdächtigen Kindern unter 14 Jahren gab es ein Plus von 4,1 Prozent auf 98.216, bei den 14- bis unter 18-Jährigen von 2,7 Prozent auf 201.433.",
        True,
        [
            ("duration", 14, "year", "under"),
            ("percent", 4.1, "%", None),
            ("count", 98216, None, None),
            ("duration", 14, "year", None),
            ("duration", 18, "year", "under"),
            ("percent", 2.7, "%", None),
            ("count", 201433, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der Anteil nichtdeutscher Tatverdächtiger sank leicht auf 39,4 Prozent; die größten Gruppen stellten Syrer (61.208), Türken (48.390) und Rumänen (44.117).",
        True,
        [("percent", 39.4, "%", None), ("count", 61208, None, None), ("count", 48390, None, None), ("count", 44117, None, None)],
        None,
    ),
    (
        "de",
        "BKA-Präsident Lutz Ebersbächer sagte, Messer seien in 29.870 Fällen als Tatmittel erfasst worden, davon in 11.402 Fällen bei gefährlichen und schweren Körperverletzungen.",
        True,
        [("count", 29870, None, None), ("count", 11402, None, None)],
        "Lutz Ebersbächer",
    ),
    (
        "de",
        "Brachvogel nannte die Entwicklung bei den Kindern „ein Alarmsignal für die ganze Gesellschaft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der GdP-Vorsitzende Frank Tiedgen sprach von einer „Statistik der überlasteten Wachen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die PKS bildet nur das sogenannte Hellfeld ab, also Taten, die angezeigt oder von der Polizei selbst entdeckt werden.",
        True,
        [],
        None,
    ),
    # --- German crime statistics (Reuters), April ---
    (
        "en",
        "BERLIN, April 9 (Reuters) - Crime recorded by German police fell 1.8% last year to 5.47 million offences, official data showed on Tuesday, as fewer thefts offset another increase in violent crime.",
        True,
        [("date", "--04-09", None, None), ("percent", 1.8, "%", None), ("count", 5470000, None, None)],
        None,
    ),
    (
        "en",
        "Violent crime rose 3.2% to 221,740 cases, the highest level since 2007, the figures showed.",
        True,
        [("percent", 3.2, "%", None), ("count", 221740, None, None), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "Interior Minister Hedwig Brachvogel told reporters that non-German suspects accounted for 39.4% of the total, down from 40.1% in 2028.",
        True,
        [("percent", 39.4, "%", None), ("percent", 40.1, "%", None), ("year", 2028, None, None)],
        "Hedwig Brachvogel",
    ),
    (
        "en",
        "Non-Germans make up about 16% of the population, but the statistics also count tourists, cross-border commuters and people suspected only of breaking residence rules.",
        True,
        [("percent", 16, "%", "about")],
        None,
    ),
    (
        "en",
        'The far-right Alternative for Germany said the figures proved that "open borders mean unsafe streets".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Police recorded 29,870 offences in which a knife was used, in the first full year in which the federal statistics counted such attacks separately.",
        True,
        [("count", 29870, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Brachvogel also announced funding for 1,500 more federal police officers next year and knife-free zones at 40 major railway stations.",
        True,
        [("count", 1500, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "Civil liberties groups said they doubted whether the zones made anyone safer.",
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Berlin (dpa/bb), April ---
    (
        "de",
        "Berlin (dpa/bb) - Berlin bleibt das Bundesland mit der höchsten Kriminalitätsbelastung: Auf 100.000 Einwohner kamen im vergangenen Jahr 13.104 Straftaten.",
        True,
        [("count", 100000, None, None), ("count", 13104, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt erfasste die Polizei 508.920 Taten, 2,2 Prozent weniger als im Jahr zuvor.",
        True,
        [("count", 508920, None, None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote lag bei 44,3 Prozent und damit 0,4 Punkte über dem Vorjahreswert, teilte ein Polizeisprecher mit.",
        True,
        [("percent", 44.3, "%", None), ("percent", 0.4, "pp", None)],
        None,
    ),
    (
        "de",
        "Allein rund um das Kottbusser Tor und den Görlitzer Park habe die Polizei 3.118 Rauschgiftdelikte registriert, sagte eine Sprecherin der Innenverwaltung.",
        True,
        [("count", 3118, None, None)],
        None,
    ),
    (
        "de",
        "Polizeipräsidentin Anja Rothkegel sagte, jeder vierte Taschendiebstahl in der Stadt werde in Bussen und Bahnen der BVG begangen.",
        True,
        [("fraction", 0.25, None, None)],
        "Anja Rothkegel",
    ),
    (
        "de",
        "Rothkegel sprach von „Orten, an denen wir jeden Tag Flagge zeigen müssen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Linke kritisierte, mehr Polizei an den Brennpunkten verdränge die Probleme nur in andere Kieze.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Februar 2029 gilt am Görlitzer Park ein nächtliches Betretungsverbot zwischen 22.00 und 6.00 Uhr.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    # --- Knife crime in London (PA), April ---
    (
        "en",
        "LONDON (PA) - The Metropolitan Police recorded 13,642 knife crime offences in the 12 months to March, down 6% and the second consecutive annual fall.",
        True,
        [("count", 13642, None, None), ("duration", 12, "month", None), ("percent", 6, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Knife injuries to victims aged under 25 dropped by almost a fifth, to 1,088, the Met said.",
        True,
        [("duration", 25, "year", "under"), ("fraction", 0.2, None, "nearly"), ("count", 1088, None, None)],
        "the Met",
    ),
    (
        "en",
        "Commissioner Graham Pendry said officers had taken 4,930 knives off the streets, including 1,210 handed in during a two-week amnesty in May.",
        True,
        [("count", 4930, None, None), ("count", 1210, None, None), ("duration", 2, "week", None)],
        "Graham Pendry",
    ),
    (
        "en",
        '"Every blade we take is a funeral that might never happen," Pendry said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Stop and search rose 9% to 176,300, and about one in five searches led to an arrest or another outcome.",
        True,
        [("percent", 9, "%", None), ("count", 176300, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Black Londoners were 3.1 times more likely than white Londoners to be searched, the force's own figures showed.",
        True,
        [("count", 3.1, None, None)],
        None,
    ),
    (
        "en",
        "Almost two-thirds of those caught carrying a knife were aged between 15 and 24.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("duration", 15, "year", None), ("duration", 24, "year", None)],
        None,
    ),
    (
        "en",
        'The London mayor\'s office said the figures showed its violence reduction unit was "making a real difference".',
        False,
        [],
        None,
    ),
    # --- Cybercrime-Report Österreich (APA), Mai ---
    (
        "de",
        "Wien (APA) - Die Zahl der angezeigten Fälle von Internetbetrug in Österreich hat sich binnen fünf Jahren mehr als verdoppelt.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Laut dem Cybercrime-Report des Bundeskriminalamts wurden 2029 rund 46.300 Betrugsdelikte im Netz angezeigt, nach 21.900 im Jahr 2024.",
        True,
        [("year", 2029, None, None), ("count", 46300, None, "about"), ("count", 21900, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Der Gesamtschaden wird auf mindestens 710 Millionen Euro geschätzt.",
        True,
        [("money", 710000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "BK-Direktor Harald Pölzleitner sagte bei der Präsentation des Berichts, nur 36,2 Prozent der Internetdelikte hätten aufgeklärt werden können.",
        True,
        [("percent", 36.2, "%", None)],
        "Harald Pölzleitner",
    ),
    (
        "de",
        "Besonders stark betroffen waren Menschen über 65: Sie verloren im Schnitt 41.000 Euro pro Fall, jüngere Opfer etwa ein Zehntel davon.",
        True,
        [("duration", 65, "year", "over"), ("money", 41000, "EUR", None), ("fraction", 0.1, None, "about")],
        None,
    ),
    ("de", "„Der Tatort ist heute das Wohnzimmer der Opfer“, sagte Pölzleitner.", False, [], None),
    (
        "de",
        "Das Bundeskriminalamt richtete nach eigenen Angaben eine Meldestelle ein, bei der im ersten Quartal 2030 bereits 8.412 Hinweise eingingen.",
        True,
        [("ordinal", 1, None, None), ("year", 2030, None, None), ("count", 8412, None, None)],
        None,
    ),
    (
        "de",
        "Der Seniorenrat appellierte an Familien, mit älteren Angehörigen offen über Betrugsmaschen zu sprechen.",
        False,
        [],
        None,
    ),
    # --- Fraud losses in Britain (Reuters), May ---
    (
        "en",
        "LONDON, May 22 (Reuters) - Criminals stole 1.19 billion pounds from Britons through fraud last year, 3% less than in 2028, banking industry body UK Finance said on Wednesday.",
        True,
        [("date", "--05-22", None, None), ("money", 1190000000, "GBP", None), ("percent", 3, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Authorised push payment fraud, where victims are duped into transferring the money themselves, made up 451.7 million pounds of the total.",
        True,
        [("money", 451700000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Banks prevented a further 1.62 billion pounds of unauthorised fraud, UK Finance said.",
        True,
        [("money", 1620000000, "GBP", None)],
        "UK Finance",
    ),
    (
        "en",
        "Romance scams rose 19% to 4,120 cases, with an average loss of 9,800 pounds.",
        True,
        [("percent", 19, "%", None), ("count", 4120, None, None), ("money", 9800, "GBP", None)],
        None,
    ),
    (
        "en",
        "About 70% of APP fraud cases began online, mostly on social media platforms and online marketplaces, the report said.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "The industry body wants technology companies to pay half of the compensation for scams that begin on their platforms.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Since October 2028, banks have had to reimburse victims of APP fraud up to 85,000 pounds per claim.",
        True,
        [("year", 2028, None, None), ("money", 85000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        'Consumer group Which? called the reimbursement rules "a lottery for victims".',
        False,
        [],
        None,
    ),
    # --- Bundeslagebild Cybercrime (dpa), Juni ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der in Deutschland erfassten Fälle von Cybercrime im engeren Sinne ist 2029 um 3,9 Prozent auf 139.860 gestiegen.",
        True,
        [("year", 2029, None, None), ("percent", 3.9, "%", None), ("count", 139860, None, None)],
        None,
    ),
    (
        "de",
        "Hinzu kamen rund 214.000 sogenannte Auslandstaten, die aus dem Ausland oder von unbekanntem Ort aus begangen wurden, wie aus dem Bundeslagebild Cybercrime 2029 hervorgeht.",
        True,
        [("count", 214000, None, "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote lag bei 32,1 Prozent, teilte das Bundeskriminalamt am Mittwoch mit.",
        True,
        [("percent", 32.1, "%", None)],
        "das Bundeskriminalamt",
    ),
    (
        "de",
        "Nach BKA-Angaben registrierten die Ermittler 2029 bei 1.140 Unternehmen und Behörden Angriffe mit Erpressungssoftware.",
        True,
        [("year", 2029, None, None), ("count", 1140, None, None)],
        None,
    ),
    (
        "de",
        "Den durch Cyberangriffe verursachten Schaden für die deutsche Wirtschaft beziffert der Digitalverband Bitkom auf 198 Milliarden Euro, etwa ein Drittel mehr als vor drei Jahren.",
        True,
        [("money", 198000000000, "EUR", None), ("fraction", 0.3333, None, "about"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "BKA-Vizepräsidentin Cordula Hembach sprach von einem „Geschäftsmodell mit Callcenter, Personalabteilung und Kundenservice“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei einer internationalen Aktion unter Führung des BKA wurden im März 43 Server in neun Ländern abgeschaltet und sieben Verdächtige festgenommen.",
        True,
        [("count", 43, None, None), ("count", 9, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund Deutscher Kriminalbeamter forderte die Bundesregierung auf, die Abwehr von Cyberangriffen „endlich ernst zu nehmen“.",
        False,
        [],
        None,
    ),
    # --- Burglary outcomes in England and Wales (PA), July ---
    (
        "en",
        "LONDON (PA) - Just 4.6% of burglaries in England and Wales resulted in someone being charged or summonsed in the year ending March 2030, Home Office figures show.",
        True,
        [("percent", 4.6, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "That compared with 5.9% five years earlier, when forces recorded almost 300,000 burglaries.",
        True,
        [("percent", 5.9, "%", None), ("duration", 5, "year", None), ("count", 300000, None, "nearly")],
        None,
    ),
    (
        "en",
        "Police recorded 212,450 domestic burglaries in the latest year, equivalent to 8.9 offences per 1,000 households.",
        True,
        [("count", 212450, None, None), ("count", 8.9, None, None), ("count", 1000, None, None)],
        None,
    ),
    (
        "en",
        "In more than half of cases, the investigation was closed without a suspect being identified.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Policing Minister Ellen Harcourt told MPs that every burglary victim would be guaranteed a visit from an officer by the end of the year.",
        True,
        [],
        "Ellen Harcourt",
    ),
    ("en", 'Harcourt said victims had been "let down for far too long".', False, [], None),
    (
        "en",
        'The Police Federation called the pledge "undeliverable with the officers we have".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Victims' Commissioner for England and Wales, Claire Ashworth, said nine in 10 burglary victims she surveyed had never been told the outcome of their case.",
        True,
        [("fraction", 0.9, None, None)],
        None,
    ),
    # --- Dunkelfeldstudie (dpa), Juli ---
    (
        "de",
        "Wiesbaden (dpa) - Nur ein Bruchteil der Straftaten in Deutschland wird der Polizei überhaupt gemeldet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut einer neuen Dunkelfeldstudie von Bundeskriminalamt und Ländern zeigten Betroffene nur etwa jeden siebten Fall von Online-Betrug an.",
        True,
        [("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "de",
        "Für die Studie wurden zwischen Mai und Oktober 2029 knapp 46.000 Menschen ab 16 Jahren befragt.",
        True,
        [("year", 2029, None, None), ("count", 46000, None, "nearly"), ("duration", 16, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Bei Körperverletzungen lag die Anzeigequote bei 31 Prozent, bei Sexualdelikten bei weniger als zehn Prozent.",
        True,
        [("percent", 31, "%", None), ("percent", 10, "%", "under")],
        None,
    ),
    (
        "de",
        "Studienleiterin Katja Lindenmaier sagte, jede fünfte befragte Frau meide abends bestimmte Straßen in ihrer Wohngegend.",
        True,
        [("fraction", 0.2, None, None)],
        "Katja Lindenmaier",
    ),
    ("de", "„Die Statistik zeigt uns nur die Spitze des Eisbergs“, sagte Lindenmaier.", False, [], None),
    (
        "de",
        "Im Vergleich zur ersten Befragung 2020 ist der Anteil der Menschen, die sich nachts unsicher fühlen, um vier Prozentpunkte gestiegen.",
        True,
        [("ordinal", 1, None, None), ("year", 2020, None, None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "de",
        "Opferverbände riefen Betroffene dazu auf, sich nicht zu schämen und Hilfe zu suchen.",
        False,
        [],
        None,
    ),
    # --- Tötungsdelikte und häusliche Gewalt in der Schweiz (Keystone-SDA), Juni ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - In der Schweiz sind 2029 insgesamt 42 Menschen Opfer eines vollendeten Tötungsdelikts geworden, 11 weniger als im Vorjahr.",
        True,
        [("year", 2029, None, None), ("count", 42, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht 4,7 Tötungsdelikten je eine Million Einwohnerinnen und Einwohner, teilte das BFS am Donnerstag mit.",
        True,
        [("count", 4.7, None, None), ("count", 1000000, None, None)],
        "das BFS",
    ),
    (
        "de",
        "Mehr als die Hälfte der Opfer, 23 Frauen und 2 Mädchen, wurde im häuslichen Bereich getötet.",
        True,
        [("fraction", 0.5, None, "over"), ("count", 23, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt registrierte die Polizei 21'480 Straftaten im häuslichen Bereich, 4 Prozent mehr als 2028.",
        True,
        [("count", 21480, None, None), ("percent", 4, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "In knapp drei Vierteln der Fälle bestand zwischen Opfer und beschuldigter Person eine aktuelle oder ehemalige Partnerschaft.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bundesrätin Andrea Wüthrich-Lenz sagte, der Bund unterstütze Präventionsprojekte der Kantone seit 2027 mit jährlich 3 Millionen Franken.",
        True,
        [("year", 2027, None, None), ("money", 3000000, "CHF", None)],
        "Andrea Wüthrich-Lenz",
    ),
    ("de", "«Jede dieser Taten ist eine zu viel», sagte Wüthrich-Lenz.", False, [], None),
    (
        "de",
        "Frauenorganisationen kritisierten, die Kantone stellten weiterhin zu wenig Plätze in Schutzhäusern bereit.",
        False,
        [],
        None,
    ),
    # --- Canada's crime severity index (Reuters), July ---
    (
        "en",
        "OTTAWA, July 23 (Reuters) - A measure of the volume and seriousness of crime in Canada fell for a second year running in 2029, dropping 3% to 74.2 on the Crime Severity Index, data from Statistics Canada showed on Tuesday.",
        True,
        [("date", "--07-23", None, None), ("ordinal", 2, None, None), ("year", 2029, None, None), ("percent", 3, "%", None), ("count", 74.2, None, None)],
        None,
    ),
    (
        "en",
        "Police reported 741 homicides, 37 fewer than in 2028, for a rate of 1.79 per 100,000 people.",
        True,
        [("count", 741, None, None), ("count", 37, None, None), ("year", 2028, None, None), ("count", 1.79, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "en",
        "Extortion cases rose 21% to 8,912, with most reported in the Vancouver and Toronto areas.",
        True,
        [("percent", 21, "%", None), ("count", 8912, None, None)],
        None,
    ),
    (
        "en",
        "Auto thefts fell by about a quarter after a national crackdown on ports and organised theft rings.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Public Safety Minister Luc Gagnon-Ferris said the government had stationed 120 additional border officers at the ports of Montreal and Halifax since 2028.",
        True,
        [("count", 120, None, None), ("year", 2028, None, None)],
        "Luc Gagnon-Ferris",
    ),
    (
        "en",
        'Gagnon-Ferris said Canadians "deserve to feel safe in their homes and in their businesses".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Statistics Canada cautioned that changes in how some police services record fraud affected comparisons with earlier years.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Conservative critics called the government\'s bail rules "a revolving door for repeat offenders".',
        False,
        [],
        None,
    ),
    # --- Jugendkriminalität und Waffenverbotszone in Wien (APA), September ---
    (
        "de",
        "Wien (APA) - In Wien sind im ersten Halbjahr 2030 um 12 Prozent mehr unmündige Tatverdächtige ausgeforscht worden als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("year", 2030, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Insgesamt wurden nach Polizeiangaben 1.942 Kinder unter 14 Jahren als Tatverdächtige erfasst.",
        True,
        [("count", 1942, None, None), ("duration", 14, "year", "under")],
        None,
    ),
    (
        "de",
        "Landespolizeipräsident Erwin Stockreiter sagte, rund zwei Drittel der Delikte seien Diebstähle und Sachbeschädigungen gewesen, jedes zehnte ein Raub.",
        True,
        [("fraction", 0.6667, None, "about"), ("fraction", 0.1, None, None)],
        "Erwin Stockreiter",
    ),
    (
        "de",
        "In der Waffenverbotszone am Reumannplatz stellten Beamte seit deren Einführung im März 2029 bei 2.316 Kontrollen 318 Messer sicher.",
        True,
        [("year", 2029, None, None), ("count", 2316, None, None), ("count", 318, None, None)],
        None,
    ),
    (
        "de",
        "„Kinder mit Klappmessern sind kein Problem, das die Polizei allein lösen kann“, sagte Stockreiter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Regierung will die Strafmündigkeit für schwere Gewaltdelikte von 14 auf 12 Jahre senken, ein Entwurf liegt seit Juli in Begutachtung.",
        True,
        [("duration", 14, "year", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "Die Richtervereinigung hält die Senkung für „verfassungsrechtlich höchst bedenklich“.",
        False,
        [],
        None,
    ),
    ("de", "Die Begutachtungsfrist endet am 15. Oktober.", True, [("date", "--10-15", None, None)], None),
    # --- FBI annual crime data (AP), September ---
    (
        "en",
        "WASHINGTON (AP) — U.S. violent crime declined 4.8% last year while murders fell 11.6%, FBI data released Monday showed.",
        True,
        [("percent", 4.8, "%", None), ("percent", 11.6, "%", None)],
        None,
    ),
    (
        "en",
        "The FBI estimated there were 15,240 murders in 2029, the fewest since 1999, for a rate of 4.5 per 100,000 people.",
        True,
        [("count", 15240, None, None), ("year", 2029, None, None), ("year", 1999, None, None), ("count", 4.5, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "en",
        "The overall violent crime rate stood at 349.2 per 100,000 inhabitants, while property crime fell 6.1%.",
        True,
        [("count", 349.2, None, None), ("count", 100000, None, None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "en",
        "The figures were based on data from 16,210 of the nation's roughly 18,900 law enforcement agencies, covering about 95% of the population.",
        True,
        [("count", 16210, None, None), ("count", 18900, None, "about"), ("percent", 95, "%", "about")],
        None,
    ),
    (
        "en",
        "FBI Director Carl Brannigan said in a statement that motor vehicle thefts had dropped by nearly a fifth.",
        True,
        [("fraction", 0.2, None, "nearly")],
        "Carl Brannigan",
    ),
    (
        "en",
        'Brannigan credited "the men and women on the front lines" for the decline.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Criminologists said it was too early to know how much of the drop was driven by policing and how much by the fading of the pandemic-era spike.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Rape was the only major offense category to rise, increasing 1.2% to 131,060 reported cases.",
        True,
        [("percent", 1.2, "%", None), ("count", 131060, None, None)],
        None,
    ),
    # --- Recorded crime in Scotland (PA), September ---
    (
        "en",
        "EDINBURGH (PA) - Police Scotland recorded 291,870 crimes in 2029-30, up 2% on the previous year, according to Scottish Government figures released on Tuesday.",
        True,
        [("count", 291870, None, None), ("year", 2029, None, None), ("year", 2030, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Non-sexual violent crime increased 5% to 12,406, while housebreaking dropped to the lowest level since recording began in 1971.",
        True,
        [("percent", 5, "%", None), ("count", 12406, None, None), ("year", 1971, None, None)],
        None,
    ),
    (
        "en",
        "Shoplifting reached 42,180 offences, the highest in at least 20 years.",
        True,
        [("count", 42180, None, None), ("duration", 20, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Justice Secretary Ewan Carmichael said the clearance rate for all recorded crime had improved to 54.1% from 52.8%.",
        True,
        [("percent", 54.1, "%", None), ("percent", 52.8, "%", None)],
        "Ewan Carmichael",
    ),
    (
        "en",
        'Carmichael said Scotland remained "a safe place to live, work and bring up a family".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Police Scotland's chief constable, Moira Kinnaird, said officer numbers stood at 16,120 at the end of March, down 380 since 2023.",
        True,
        [("count", 16120, None, None), ("count", 380, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The Scottish Conservatives accused ministers of leaving rural communities without a visible police presence.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Cybercrime recorded by Police Scotland has more than doubled since 2019-20, to 17,340 offences.",
        True,
        [("year", 2019, None, None), ("year", 2020, None, None), ("count", 17340, None, None)],
        None,
    ),
    # --- Einbruchbilanz der Versicherer (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der Wohnungseinbrüche in Deutschland ist nach Angaben der Versicherer im vergangenen Jahr leicht gestiegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Gesamtverband der Deutschen Versicherungswirtschaft (GDV) zählte rund 91.000 versicherte Einbrüche, nach 87.000 im Jahr 2028.",
        True,
        [("count", 91000, None, "about"), ("count", 87000, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Schadenssumme stieg auf 322 Millionen Euro, im Schnitt zahlten die Versicherer 3.540 Euro pro Einbruch, so viel wie nie zuvor.",
        True,
        [("money", 322000000, "EUR", None), ("money", 3540, "EUR", None)],
        None,
    ),
    (
        "de",
        "GDV-Hauptgeschäftsführer Bernhard Wölfinger sagte, in Bremen, Berlin und Hamburg sei das Risiko, Opfer eines Einbruchs zu werden, etwa doppelt so hoch wie im Bundesschnitt.",
        True,
        [("count", 2, None, "about")],
        "Bernhard Wölfinger",
    ),
    (
        "de",
        "Laut Polizeilicher Kriminalstatistik lag die Zahl der Wohnungseinbrüche 2029 bei 78.412, das sind 94 Fälle je 100.000 Einwohner.",
        True,
        [("year", 2029, None, None), ("count", 78412, None, None), ("count", 94, None, None), ("count", 100000, None, None)],
        None,
    ),
    ("de", "Nur etwa jeder sechste Einbruch wurde aufgeklärt.", True, [("fraction", 0.1667, None, "about")], None),
    (
        "de",
        "Wölfinger riet Mieterinnen und Mietern, vor dem Urlaub Nachbarn um das Leeren des Briefkastens zu bitten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2017 gilt der Einbruch in eine dauerhaft genutzte Privatwohnung als Verbrechen.",
        True,
        [("year", 2017, None, None)],
        None,
    ),
    # --- Shootings in New York City (AP), October ---
    (
        "en",
        "NEW YORK (AP) — Shootings in New York City dropped to a record low over the first nine months of 2030, the police department said Thursday.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "There were 498 shooting incidents from January through September, 14% fewer than in the same stretch of 2029 and the fewest since the NYPD began keeping comparable records in 1993.",
        True,
        [("count", 498, None, None), ("percent", 14, "%", None), ("year", 2029, None, None), ("year", 1993, None, None)],
        None,
    ),
    (
        "en",
        "Murders fell to 214 over the same period, Commissioner Rosalind Carver told reporters.",
        True,
        [("count", 214, None, None)],
        "Rosalind Carver",
    ),
    (
        "en",
        "Officers seized 4,870 illegal guns so far this year, about 300 more than at the same point in 2029, according to department data.",
        True,
        [("count", 4870, None, None), ("count", 300, None, "about"), ("year", 2029, None, None)],
        None,
    ),
    ("en", 'Carver called the numbers "a testament to precision policing".', False, [], None),
    (
        "en",
        "Felony assaults were still running about 25% higher than in 2019.",
        True,
        [("percent", 25, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Some City Council members said they worried the department was leaning too heavily on overtime.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The department spent $612 million on overtime in the 12 months ended June 30, the city comptroller's office said.",
        True,
        [("money", 612000000, "USD", None), ("duration", 12, "month", None), ("date", "--06-30", None, None)],
        None,
    ),
    # --- Einbrüche und Schockanrufe im Kanton Zürich (Keystone-SDA), März ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Zahl der Einbruchdiebstähle im Kanton Zürich ist 2029 so tief gesunken wie nie seit dem Start der Erhebung 2009.",
        True,
        [("year", 2029, None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei Zürich und die Stadtpolizeien registrierten 4'812 Einbrüche, 9 Prozent weniger als im Vorjahr.",
        True,
        [("count", 4812, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Stark zugenommen haben dagegen Anrufe falscher Polizisten: Gezählt wurden 2'106 solcher Anrufe, in 87 Fällen zahlten die Opfer.",
        True,
        [("count", 2106, None, None), ("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Der Gesamtschaden belief sich auf rund 9,4 Millionen Franken, teilten die Behörden am Dienstag mit.",
        True,
        [("money", 9400000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Sicherheitsdirektor Beat Zollinger sagte, mehr als die Hälfte der Geschädigten sei älter als 80 Jahre gewesen.",
        True,
        [("fraction", 0.5, None, "over"), ("duration", 80, "year", "over")],
        "Beat Zollinger",
    ),
    (
        "de",
        "«Rufen Sie im Zweifel Ihre Kinder an, bevor Sie jemandem die Tür öffnen», sagte Zollinger.",
        False,
        [],
        None,
    ),
    ("de", "Die Aufklärungsquote bei den Einbrüchen lag bei 18 Prozent.", True, [("percent", 18, "%", None)], None),
    (
        "de",
        "Die Ermittler hoffen, mit einer Informationskampagne in Altersheimen weitere Taten zu verhindern.",
        False,
        [],
        None,
    ),
    # --- Domestic violence in New South Wales (Reuters), November ---
    (
        "en",
        "SYDNEY, Nov 12 (Reuters) - Domestic violence assaults in Australia's most populous state rose 4.3% in the year to September, figures from the state's Bureau of Crime Statistics and Research showed.",
        True,
        [("date", "--11-12", None, None), ("percent", 4.3, "%", None)],
        None,
    ),
    (
        "en",
        "Police recorded 34,910 such assaults, or 410 per 100,000 people, the highest rate in more than 15 years.",
        True,
        [("count", 34910, None, None), ("count", 410, None, None), ("count", 100000, None, None), ("duration", 15, "year", "over")],
        None,
    ),
    (
        "en",
        "Bureau director Jacqueline Ferro said almost two in five of the assaults involved a repeat offender.",
        True,
        [("fraction", 0.4, None, "nearly")],
        "Jacqueline Ferro",
    ),
    (
        "en",
        "Ferro said the bureau could not say whether the rise reflected more violence or more willingness to report it.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Break and enter offences on homes fell 8.2% over two years, to 17,460 incidents.",
        True,
        [("percent", 8.2, "%", None), ("duration", 2, "year", None), ("count", 17460, None, None)],
        None,
    ),
    (
        "en",
        "The state has spent A$230 million on domestic violence programs since 2027, according to budget papers.",
        True,
        [("money", 230000000, "AUD", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        'Women\'s safety advocates called the figures "an emergency that demands more than press releases".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Youth car thefts in regional NSW nearly doubled over five years, the bureau said.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    # --- Recorded crime in Ireland (PA), December ---
    (
        "en",
        "DUBLIN (PA) - Recorded burglaries in Ireland fell 7% in the year to the end of September, to 9,812, according to the Central Statistics Office.",
        True,
        [("percent", 7, "%", None), ("count", 9812, None, None)],
        "the Central Statistics Office",
    ),
    (
        "en",
        "That is less than half the 2015 level, when gardaí recorded more than 22,000 burglaries.",
        True,
        [("fraction", 0.5, None, "under"), ("year", 2015, None, None), ("count", 22000, None, "over")],
        None,
    ),
    (
        "en",
        "Assaults rose 6% to 25,140, and fraud offences jumped by about a third, driven by text message scams.",
        True,
        [("percent", 6, "%", None), ("count", 25140, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Justice Minister Niamh Costigan said An Garda Síochána would recruit 1,000 new members in 2031, the largest intake since the Garda College reopened in 2014.",
        True,
        [("count", 1000, None, None), ("year", 2031, None, None), ("year", 2014, None, None)],
        "Niamh Costigan",
    ),
    (
        "en",
        'Costigan said the burglary figures were "the fruit of years of patient, targeted policing".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The CSO publishes its crime figures as experimental statistics because of concerns about how some incidents are classified.",
        True,
        [],
        None,
    ),
    (
        "en",
        'The Garda Representative Association said members were "exhausted" after months of cancelled leave.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Half as many burglaries were recorded in Dublin as a decade earlier, the figures showed.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
]
