"""Four-hundred-and-sixty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government do not appear, and
ministers, police chiefs, sheriffs, commissioners, prison directors and judges of real
governments, forces and courts appear by their office only („Der Innenminister“, „die
Justizministerin“, „Die Polizeipräsidentin“, „Die Bundesinnenministerin“, „Die
Gefängnisdirektorin“, „Der Vorsitzende Richter“, „Der Wiener Landespolizeipräsident“, "The
police commissioner", "The justice secretary", "Germany's interior minister", "The county
sheriff", "The policing minister", "The FBI director", "the head of the largest police
union"); the spokespeople, detectives, investigators, statisticians and analysts of real
bodies and forces appear under made-up names that stand for no real holder, and so do the
defendants.

Names: Katrin Aldenhövel, Verena Aigner-Stöckl, Hannes Pöltl, Corinne Wälti-Berset, Florian
Hechenbichler, Monique Rappaz-Imhof, Sabine Moosbrugger-Trenk, Henrike Lammersdorf, Till
Brockschmidt, Malte Feuchtinger-Roos, Gerald Pfeifenberger-Sattler, Merle Tjaden-Voss, Lars
Overbeck-Thiel and Daniela Zeilinger-Hrdlicka; Darnell Ashby-Quinn, Rhiannon
Pelletier-Booth, Marcus Olufemi-Hart, Bethan Achterberg-Lowe, Karina Villaseñor-Blake,
Morven Drummond-Shaw, Alonzo Beckford-Ruiz, the defendant Dontrell Mabry-Quince, Helena
Strachan-Oduya, Priya Raghunathan-Cole, Owain Pritchard-Ellis, Kerry Ainsworth-Bell and
Tamsin Okoro-Lindqvist; every unnamed defendant, victim, family, resident, youth worker,
analyst and official. Real bodies, forces, courts, prisons, parties and places
(Landeskriminalamt, Gewerkschaft der Polizei, Düsseldorf, Nordrhein-Westfalen, Philadelphia
and its police department, Kensington, the Office for National Statistics, ONS, the Crime
Survey for England and Wales, the Conservatives, the Home Office, Österreichs
Justizanstalten, Justizanstalt Innsbruck, Justizwache, Wien, the Ministry of Justice, the
Prison Reform Trust, Bundesamt für Zoll und Grenzsicherheit, BAZG, Bern, Flughafen Zürich,
the FBI and its Internet Crime Complaint Center and Internet Crime Report, Bayern, München,
die Grünen, the Metropolitan Police, London, Berlin, Görlitzer Park, Alexanderplatz,
Kottbusser Tor, San Diego, Southern California, Arizona, Ohio, San Ysidro, Otay Mesa, the
DEA, the U.S. Attorney's Office, Neuenburg, Bundesamt für Statistik, BFS, Verband
Schweizerischer Polizeibeamter, Strafgesetzbuch, Bundeskriminalamt in Wien and in Wiesbaden,
BKA, FPÖ, the Federal Criminal Police Office, the AfD, Police Scotland, the Scottish
Government, the Scottish Conservatives, Edinburgh, Osnabrück, Niedersachsen, Los Angeles
County, Digitalverband Bitkom, the Police Federation, Suchtmittelgesetz, Antwerpen,
Rotterdam, Hamburg, the White House, Genf, Champ-Dollon, kantonales Amt für Strafvollzug,
Schweiz, the British Retail Consortium, Usdaw, Stuttgart, Baden-Württemberg, Hochschule für
Polizei, Deutsche Polizeigewerkschaft, GdP, the New York Police Department, the Independent
Budget Office, IBO, the City Council, Zollfahndungsamt Hamburg, Costa Rica, the National
Police Chiefs' Council, the National Crime Agency, Crimestoppers, Kiel, Landgericht Kiel,
Manchester, Salford, Manchester Crown Court, Greater Manchester Police, Justizministerium,
JVA Köln, Bund der Strafvollzugsbediensteten, the Bureau of Justice Statistics, BJS, the
Federal Bureau of Prisons, the Sentencing Project, Wiener Polizei, Innenministerium,
Polizeigewerkschaft, and the datelines' cities) stand for the way wire copy names them;
every total, rate, share, seizure, sentence, fine, headcount, cost, age, date and quote here
is invented, and where a real figure came to mind (a real PKS total or clearance rate, a
real prison population or capacity, a real IC3 loss, a real officer headcount) it was
changed.

Its weight: CRIME STATISTICS, POLICE AND PRISONS, the seventh round on crime statistics (the
fifty-fifth batch weighed crime statistics, police, sentencing, prisons, migration and
asylum, the hundred-eighty-seventh crime statistics and police annual reports, the
two-hundred-and-fifty-seventh crime statistics and courts in Austria and Switzerland, the
three-hundred-and-eighteenth crime and policing in the UK, the US and Germany, the
three-hundred-and-seventy-seventh crime statistics and annual police reports and the
four-hundred-and-thirteenth police reports and crime statistics; beside them the
eighty-first, hundred-fifty-second, two-hundred-and-forty-third,
two-hundred-and-ninety-eighth and three-hundred-and-fifty-second weighed police reports and
crime on one day, and the hundred-second, two-hundred-and-thirteenth,
three-hundred-and-forty-fourth and four-hundred-and-forty-sixth courts and sentences; all
their decisions are kept) - one made-up year of releases, raids and rulings, January 14 to
December 17, 2031, with the year 2030 reported in most statistics, as 33 short stories in
story order, the German and English ones interleaved by date, each told as wire copy runs it
(a dateline lead with the headline figure, the categories and their change, the clearance
rate or the occupancy, attributed claims, the other side, quotes, the next step). Half
German (dpa with "dpa/lnw", "dpa/lby", "dpa/bb", "dpa/lni", "dpa/lsw", "dpa/lno", APA,
Keystone-SDA; "Aufklärungsquote", "Häufigkeitszahl", "Tatverdächtige", "Auslandstaten",
"Planstellen", "Anwärterinnen und Anwärter", "Überstunden", "Ersatzfreiheitsstrafe",
"Haftplätze", "Verhandlungstage", "Einziehung", "Revision", Austrian "Jänner", "heuer",
"ausgeforscht", "Justizanstalten", "Justizwache", "Polizeischülerinnen und Polizeischüler",
Swiss "gemäss", "Belegungsrate", "Stichtag", "1'460", «» quotes, German „“ quotes): knife
attacks in North Rhine-Westphalia, Austria's crowded prisons, the Swiss customs' drug
seizures, Bavaria's statistics, Berlin's statistics, the Swiss police statistics, Austria's
statistics, the federal PKS, the BKA's cybercrime report, a drug raid around Osnabrück,
Austria's drug report, the overcrowded Geneva prison, police recruits in Baden-Württemberg,
a cocaine find in the port of Hamburg, a smuggling verdict in Kiel, crowded prisons in North
Rhine-Westphalia and police recruits in Vienna. Half English (Reuters with a day in the
dateline, AP, PA): Philadelphia's homicides, the crime survey for England and Wales, the
prison population of England and Wales, the FBI's internet crime report, knife crime in
London, fentanyl raids around San Diego, Germany's statistics in English, recorded crime in
Scotland, a gang takedown in Los Angeles County, the police workforce in England and Wales,
the FBI's annual crime data, knife crime and shoplifting in England and Wales, NYPD staffing
and overtime, a county lines crackdown, a schoolboy's killer sentenced in Manchester and the
U.S. prison population. Speakers as such copy has them: bodies with „teilte ... mit“,
"said", "said on Tuesday"; made-up spokespeople, detectives, investigators and statisticians
with title or rank before the name („LKA-Sprecherin“, „BAZG-Sprecherin“, „Kriminaldirektor“,
„Chefinspektorin“, „BKA-Statistikerin“, „Oberstaatsanwalt“, „Zollsprecherin“,
„Ministeriumssprecher“, "Inspector", "FBI Special Agent", "Commander", "DEA spokesperson",
"Assistant Chief Constable", "Detective", "ONS statistician", "IBO analyst", "Detective
Chief Superintendent", "BJS statistician"); beside them the forms left unchecked (offices
without a name, documents and data, "according to", compounds, appositions, plural groups
and verbs of counting and estimating). Figures as such copy has them: totals and categories
with their change in percent and in percentage points, clearance rates, rates per 100,000,
shares of suspects, drug seizures in kilograms, tonnes and pounds with street values, cash
seized, cybercrime losses in dollars and euros, prison populations, places and occupancy in
percent, early release after a share of the sentence, sentences in years and months, the
years a life prisoner must serve at least, maximum penalties, fines and costs, bail,
forfeiture, trial days, officers, recruits, overtime in hours and as a count, response times
in minutes and seconds, ages, fractions, multiples, hedges, years, financial years and
dates. Negatives as such copy has them - 55 rows, none with a figure: ministers', police
chiefs', spokespeople's and investigators' rhetoric in quotes beside their own figures,
labels of parties, unions, trade bodies and campaigners („sprach von“, „nannte“, "called"),
accusations naming no act, verdicts on the figures, appeals and advice to the public,
warnings naming no measure, a forecast and a doubt without a figure, evasions and open
questions, feelings of families, residents and unions, and a judge's reported words to a
defendant - each near a check-worthy look-alike from the same story.

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 9 carry no figure (5 German, 4 English), 380 expected quantities (179 counts,
59 percentages - 56 in "%", 3 in percentage points "pp" -, 50 durations - 36 in years, 8 in
months, 2 in hours, 2 in seconds, 1 in weeks, 1 in minutes -, 42 years, 21 amounts of money
- 9 USD, 6 EUR, 5 GBP, 1 CHF -, 14 fractions, 11 dates, 4 ordinals; none of them in a
negative), 35 checked speakers (17 German, 18 English). These counts were computed by a
script over the list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported label,
  slogan, piece of rhetoric, resolve, feeling, doubt, warning naming no measure, forecast
  without a figure, piece of advice, appeal, accusation naming no act, evasion or open
  question is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-eighty-seventh, two-hundred-and-fourth,
  three-hundred-and-seventy-seventh, four-hundred-and-thirteenth); a quoted or reported
  fact, figure, step, plan or cause is check-worthy with its speaker, also in Konjunktiv I
  (hundred-eighty-seventh, three-hundred-and-seventy-seventh). Pairs from one speaker:
  Ashby-Quinn's 61% beside "Behind those numbers ..."; Wälti-Berset's 312 couriers beside
  «Die Schmuggler werden immer dreister ...»; Olufemi-Hart's 1,348 beside his advice "If
  someone you met online asks you for crypto ..."; Achterberg-Lowe's amnesty beside "A blade
  in a pocket ..."; Villaseñor-Blake's 14 stash houses beside "These pills are poison ...";
  Moosbrugger-Trenk's 96 gangs beside „Wer glaubt, im Internet anonym zu sein ...“;
  Drummond-Shaw's third beside "Our officers are stretched ..."; Brockschmidt's two previous
  convictions beside „ein schwerer Schlag ...“; Feuchtinger-Roos's 1.012 attacks beside his
  warning „Kein Unternehmen und keine Gemeinde ...“; Pfeifenberger-Sattler's three years
  beside „keine Partydroge der Reichen mehr“; Tjaden-Voss's 21 tonnes beside „Die Kartelle
  schicken ihre Ware ...“ (a generic claim, two-hundred-and-forty-third); Pritchard-Ellis's
  17% beside "cheap labour". By office: the North Rhine-Westphalian interior minister's
  twelve zones beside „Messer in Hosentaschen ...“; the Berlin police president's 14 percent
  beside „Berlin ist nicht die Hauptstadt des Verbrechens ...“; the federal interior
  minister's 211.460 cases beside „Gewalt gegen Polizisten ...“; the justice secretary's
  2,900 prisoners beside "We inherited prisons ..."; the county sheriff's 14 killings beside
  "held hostage long enough"; the Geneva prison director's 14 inmates per guard beside
  «unwürdig»; the North Rhine-Westphalian justice minister's two new prisons beside his
  evasion; the Viennese Landespolizeipräsident's two thirds beside „Mehr Polizei auf der
  Straße ...“. The Bavarian and Baden-Württemberg interior ministers appear only in
  negatives („Insel der Sicherheit“, „verdient mehr Anerkennung“), as do Personalvertreter
  Hannes Pöltl („am Limit“) and the judge in Manchester ("as casually as his phone" - a
  judge's reported words to a defendant, four-hundred-and-forty-sixth).
- Other negatives (hundred-eighty-seventh, three-hundred-and-eighteenth,
  three-hundred-and-seventy-seventh, four-hundred-and-thirteenth): labels („Die Gewerkschaft
  der Polizei sprach von „Zahlen, hinter denen ...““, „Der Verband Schweizerischer
  Polizeibeamter sprach von einer «Kapitulation ...»“, „Die FPÖ sprach von einer
  „Bankrotterklärung ...““, „Der Vorsitzende Richter sprach von „professioneller Logistik
  ...““, „Der Bund der Strafvollzugsbediensteten sprach von „Verwahrvollzug ...““, „Die
  Polizeigewerkschaft nannte die Aufnahmeoffensive „einen Tropfen auf den heißen Stein““,
  'The Conservatives called the figures "a grim catalogue of failure" ...', "The far-right
  AfD called the figures proof that ...", 'The federation called the government's pay offer
  "an insult ..."', 'The British Retail Consortium called shop theft "an epidemic ..."',
  'The Sentencing Project called the figures "a reminder ..."'); accusations naming no act
  („Die Grünen im Landtag warfen dem Minister vor, ...“, „Die GdP warf der Landesregierung
  vor, ...“, "The Scottish Conservatives accused ministers of presiding over a hollowed-out
  force."); a verdict on the figures ("The White House credited its own crime strategy for
  the decline."); appeals and advice naming no measure („Das BAZG rief Reisende dazu auf,
  ...“, „Die Polizei bat Anwohner, ...“, „Suchthilfeeinrichtungen appellierten an die
  Politik, stärker in Prävention zu investieren.“ - "stärker" a demand for more,
  three-hundred-and-seventy-seventh -, "Anyone worried that a child is being exploited was
  urged ...", "Prison reform advocates urged states to expand early release ..."); a
  forecast without a figure ("Analysts said criminals using cloned voices ... were likely to
  push losses higher still."; three-hundred-and-seventy-seventh: the cybersecurity experts'
  forecast); doubts ("Some community groups said they doubted ...", "Several council members
  questioned whether ...", "Several criminologists warned against reading a lasting trend
  into the figures." - a doubt about the fall, not a caution on how the statistic counts,
  three-hundred-and-seventy-seventh); evasions and open questions („Der Justizminister
  wollte nicht sagen, ob ...“, „Ob die Lieferung für den deutschen Markt bestimmt war, ist
  noch unklar.“, "It was not immediately clear whether all of the defendants had lawyers." -
  "all" none); feelings ("Youth workers said the drop would mean little ...", "Residents on
  the block said they were relieved but feared retaliation.", "Shopworkers' union Usdaw said
  its members felt abandoned ...", 'the boy's family said: "Our house is silent without
  him."'). As the brief for these batches asks, negatives carry no expected quantities, and
  this batch writes no figure into them.
- Check-worthy without a figure (nine rows; hundred-eighty-seventh,
  three-hundred-and-seventy-seventh, four-hundred-and-thirteenth,
  four-hundred-and-forty-sixth): the releases of record („Das geht aus der Jahresbilanz
  hervor, die das BAZG am Dienstag in Bern vorstellte.“; „Das teilte am Montag das Bundesamt
  für Statistik (BFS) mit.“ - four-hundred-and-forty-sixth: „Das teilte das
  Bundeskriminalamt am Mittwoch in Wiesbaden mit.“), cautions on how a statistic counts
  ("Rhiannon Pelletier-Booth, a statistician at the ONS, said the survey's estimate for
  fraud was not statistically different ...", "The Federal Criminal Police Office said the
  statistics count suspects rather than convictions ..."), readings of a rise by its cause
  (Rappaz-Imhof's victims reporting more often, Strachan-Oduya's retailers reporting more
  incidents, Okoro-Lindqvist's longer stays), the Kiel defendant's account of not knowing
  the cargo (one side's account, four-hundred-and-forty-sixth) and the legal status with the
  next step („Rechtskräftig ist das Urteil nicht, beide Verteidiger wollen Revision
  einlegen.“ - „beide“ none).
- Office-holders by office only (four-hundred-and-second, four-hundred-and-fifty-ninth): a
  figure or step told by an office without a name is check-worthy with the speaker unchecked
  („Der Innenminister sagte, ...“ twice, „sagte die Justizministerin am Dienstag“, „Die
  Polizeipräsidentin sagte, ...“, „Die Bundesinnenministerin sagte bei der Vorstellung in
  Berlin, ...“, „Die Gefängnisdirektorin sagte, ...“, „Der Justizminister kündigte an, ...“,
  „Der Wiener Landespolizeipräsident sagte, ...“, „Die Ausbildungsleiterin der Hochschule
  für Polizei sagte, ...“, "The police commissioner said ...", "The justice secretary told
  parliament that ...", "Germany's interior minister told reporters that ...", "The county
  sheriff said ...", "The policing minister told MPs that ...", "The FBI director said in a
  statement that ...", "The police commissioner told a City Council hearing that ..."), and
  their rhetoric is a negative like anyone's.
- Statistics' own figures (fifty-fifth, hundred-eighty-seventh,
  three-hundred-and-eighteenth, three-hundred-and-seventy-seventh,
  four-hundred-and-thirteenth): totals and categories as written („598.214“, „521.370
  Straftaten“, „574'310 Straftaten“ and „61'820“ with Swiss apostrophes, „537.906 Delikte“,
  „rund 5,61 Millionen“ 5,610,000 "about", „knapp 2,19 Millionen“ "nearly", „139.870 Fälle“,
  „knapp 214.000“ "nearly", "about 4.3 million of an estimated 9.6 million" both "about",
  "6.58 million offences", "about 5.61 million crimes", "291,340 crimes", "about 5.9 million
  offenses", "about 790,000", "an estimated 15,870" "about", "about 512,000"); changes as
  percentages with the comparison after the figure carrying none („5,8 Prozent weniger als
  2029“, „um 1,4 Prozent mehr als im Jahr davor“, „ein Rückgang um 3,1 Prozent gegenüber dem
  Jahr davor“, „ein Plus von 6,2 Prozent“, "17% fewer than in 2029", "2% fewer than a year
  earlier", "down 3% on the year before", "edged up 1%"); clearance rates and shares („auf
  51,8 Prozent“, „Aufgeklärt wurden 67,8 Prozent der Fälle, ein Plus von 0,6 Prozentpunkten“
  67.8 % and 0.6 pp, „nur bei 31,4 Prozent“ - „nur“ no hedge -, „bei 32,1 Prozent“, "to
  56.4% from 54.9%", "0.4 percentage points to 58.7%", "61% ..., up from 48%"); „Der Anteil
  nichtdeutscher Tatverdächtiger lag bei 40,8 Prozent (Vorjahr: 41,5).“ both in %
  (three-hundred-and-seventy-seventh New); rates per head two counts with the base as
  written („Auf 100.000 Einwohner kamen 4.402 Straftaten“, „13.412 Fälle je 100.000
  Einwohner“, "348.6 offenses per 100,000 people", "364 sentenced prisoners per 100,000 U.S.
  residents"); „Messerangriffe hat ... 4.712 Mal registriert“ 4712
  (three-hundred-and-seventy-seventh: „3.940 Mal“). The year in a report's title is a year
  („Lagebild Messerangriffe 2030“, „Polizeilichen Kriminalstatistik 2030“, „(PKS) 2030“;
  two-hundred-and-fifty-seventh); "in the year to September 2030" the year, "in the 12
  months to March 2031" 12 months and the year (three-hundred-and-seventy-seventh,
  four-hundred-and-thirteenth).
- Prisons (fifty-fifth, two-hundred-and-fifty-seventh): occupancy in percent („zu 107
  Prozent ausgelastet“, „Die Belegungsrate liegt damit bei 154 Prozent“, "at 99.3% of their
  usable operational capacity"); prisoners, places and prisons counts („In Österreichs 28
  Justizanstalten ... 9.946 Menschen“, „548 Insassen 463 Haftplätze“, „290 Planstellen“,
  „380 zusätzliche Haftplätze“, „612 Häftlinge auf 398 Plätzen“, „In vielen Zellen für sechs
  Personen schlafen acht Häftlinge, zwei davon“, „6'912 Personen“, „ein neues Gefängnis mit
  450 Plätzen“ - „ein“ none -, „In den 36 Justizvollzugsanstalten ... 16.412 Gefangene ...,
  bei 16.980 Haftplätzen“, „Rund 1.150 Menschen“ "about", „94 Einzelhafträume mit jeweils
  zwei Gefangenen“ - „jeweils“ no hedge, hundred-thirty-seventh -, „zwei neue Anstalten mit
  zusammen 1.100 Plätzen“ - „zusammen“ no hedge -, "a record 90,412 ..., leaving just 618
  places free" - "a record" and "just" no hedge, three-hundred-and-eighteenth -, "About
  17,900 people", "about 21,000 prisoners", "158,300 people, and 14 states", "552,400 people
  ..., ... to 561,800", "about 1.26 million"); "after serving 40% of their sentences rather
  than half" 40 % and 0.5 (two-hundred-and-seventy-sixth: "Half of the penalty" 0.5); "cells
  built for single occupancy" none ("a single" none, two-hundred-and-forty-fourth); "at 4.6
  times the rate" count 4.6 (multiples are counts, hundred-eighty-seventh: "3.1 times more
  likely"); „Pro Hafttag ... im Schnitt 172 Euro“ 172 EUR („pro“ and „im Schnitt“ none,
  three-hundred-and-seventy-seventh). New: „auf jeden Aufseher kämen tagsüber im Schnitt 14
  Häftlinge“ gives count 14 only - „jeden“ without an ordinal names no share, unlike „jeder
  vierte“ (the issue) and „etwa jeden siebten Fall“ (three-hundred-and-seventy-seventh), so
  the ratio is read as its one written figure. New: "A projected 98,700 people will be
  behind bars by March 2033" is 98,700 with no hedge and the year - "a projected" dates a
  figure to come as "from an expected 5.2%" (hundred-sixty-third) and „voraussichtlich“
  (four-hundred-and-forty-sixth) do, and bounds nothing, unlike "an estimated" ("about").
- Drugs, raids and street values (two-hundred-and-forty-third, three-hundred-and-eighteenth,
  four-hundred-and-thirteenth, four-hundred-and-forty-sixth): weights are counts in every
  unit („1'460 Kilogramm Kokain“, „38 Kilogramm Kokain“, „2.318 Kilogramm Cannabis, 412
  Kilogramm Kokain“, „rund 4,8 Tonnen“ "about", „21 Tonnen“, „knapp 2,3 Tonnen“ "nearly",
  "more than 1,900 pounds of fentanyl" "over" - a weight, not pounds sterling -, "92
  kilograms of Class A drugs" - "Class A" none -), as are pills, tablets, weapons, addresses
  and officers („41.600 Ecstasy-Tabletten“, "at least 4 million pills a month" "at_least" -
  "a month" none -, „2'870 verbotene Waffen ..., darunter 418“ - „darunter“ no hedge -,
  „rund 620 Polizistinnen und Polizisten ... 54 Wohnungen“, "More than 1,100 officers ...,
  arresting 63", "88 search warrants ... 71 firearms, including 19 ghost guns", "46 firearms
  ... 21 properties", "14 stash houses", "1,412 people", "318 knives, 41 firearms", "More
  than 400 phone lines", "about 5,200 deal lines", „48 Server in elf Ländern ... neun
  Verdächtige“, „312 Drogenkuriere“ - „Allein“ no hedge). Street values and cash are money
  ("worth an estimated $28 million on the street" "about", „auf mehr als 360 Millionen Euro
  geschätzt“ "over" - „geschätzt“ a verb -, „im Wert von mindestens 9 Millionen Euro“
  "at_least", „rund 290.000 Euro Bargeld“ "about", "about $3.2 million in cash" "about",
  "1.6 million pounds in cash"). Multiples and verbs: „fast doppelt so viel wie 2029“ count
  2 "nearly" (four-hundred-and-fifty-first: „fast dreimal so viele“), „fast verdreifacht“
  and „mehr als verdoppelt“ none (two-hundred-and-forty-fourth). New: „mehr als eine Tonne
  Marihuana“ gives count 1 "over" - the hedge before „eine“ shows a figure and not an
  article, as „rund einen Kilometer“ is 1 "about" (three-hundred-and-fifty-second) and „um
  einen Basispunkt“ 1 (three-hundred-and-twenty-fourth), while "a tonne" and "a kilo" after
  a price stay none (hundred-seventy-third, two-hundred-and-forty-second).
- Sentences, penalties and court money (thirty-ninth, hundred-second,
  two-hundred-and-thirteenth, three-hundred-and-eighteenth, four-hundred-and-forty-sixth):
  sentences are durations as written („zwölf Jahre und drei Monate Haft“ 12 years and 3
  months, „Freiheitsstrafen zwischen fünf Jahren und neun Jahren und sechs Monaten“ three
  durations - „zwischen“ no hedge -, "jailed for four years and eight months"); "a life
  sentence" none and "must serve at least 16 years" 16 years "at_least"
  (three-hundred-and-eighteenth: "must spend at least 17 years"); penalties a charge carries
  ("which carries up to 20 years in prison" and „bis zu 15 Jahre Haft“ "up_to", "a mandatory
  minimum of 10 years behind bars" 10 years with no hedge, three-hundred-and-eighteenth
  New); fines and costs ("fined £4,800 and ordered to pay £1,200 in costs"), bail ("was set
  at $5 million"; fifty-fifth, three-hundred-and-eighteenth), forfeiture („die Einziehung
  von rund 1,7 Millionen Euro“ "about"), trial days („42 Verhandlungstage“ a count,
  four-hundred-and-forty-sixth) and "A 152-count indictment" 152 (hundred-sixteenth: "The
  11-count indictment" 11). „Ersatzfreiheitsstrafe“, „Haftbefehl“, „Revision“,
  "manslaughter" and "racketeering conspiracy" carry none.
- Police staffing and overtime (three-hundred-and-eighteenth): headcounts, recruits and
  posts are counts ("147,860 on a full-time equivalent basis", "fell by 1,240", "the 43
  territorial forces", "16,180 full-time equivalent officers ..., 220 fewer", "dropped by 8%
  to 6,130", "2,500 neighbourhood officers", "about 33,150 uniformed officers, down from
  34,720", "2,940 officers left ..., while 2,310 joined", "2,100 recruits ... in two
  classes" 2100 and 2, "150 officers", „1.420 Anwärterinnen und Anwärter“, „rund 26.300“,
  „rund 7.800 Beamte“, „1.080 Polizeischülerinnen und Polizeischüler, um 160 mehr“ - „mehr“
  after the figure no hedge -, „rund 33.400“, „1.700 Planstellen“); „knapp 1,9 Millionen
  Überstunden“ a count "nearly" and "some 18.6 million hours of overtime" 18,600,000 hours
  "about" (both three-hundred-and-eighteenth); response times durations, minutes and seconds
  each their own ("averaged 15 minutes and 12 seconds, up 48 seconds on the year" -
  "averaged" no hedge); training spans („dauere 30 Monate, das Studium ... drei Jahre“, „Die
  Grundausbildung dauert 24 Monate.“); "less than five years' service" 5 years "under" (the
  possessive carries nothing, fifty-fifth; "less than" before a span, hundred-tenth).
  Overtime bills are money ("$1.21 billion ..., about $390 million more than budgeted" -
  "more" after the figure compares).
- Ages are durations in years (every batch): „jünger als 21 Jahre“, "aged under 25", "were
  under 18" "under"; "People over 60" "over" (three-hundred-and-seventy-seventh); „Elf
  Männer im Alter von 23 bis 49 Jahren“ both with no hedge, „Seine drei Mitangeklagten, 31
  bis 52 Jahre alt,“ both (the unit written once, two-hundred-and-ninetieth), „Drei Männer
  im Alter von 28, 34 und 41 Jahren“ three ages and the count 3, „ein 46 Jahre alter
  Spediteur“; "A 17-year-old boy", "A second boy, now 16," ("now" no hedge,
  four-hundred-and-forty-sixth), "the victim, 15," (sixty-third), "Dontrell Mabry-Quince,
  38,", "to 15-year-olds" 15 years (the plural compound as the singular "a 14-year-old boy",
  four-hundred-and-thirteenth).
- Fractions (the issue's "ein Drittel", "jeder vierte"; three-hundred-and-seventy-seventh,
  four-hundred-and-thirteenth): „Knapp ein Drittel“ 0.3333 "nearly", „in mehr als der Hälfte
  der Fälle“ 0.5 "over", „fast jeder dritte Tatverdächtige“ 0.3333 "nearly", „Nur knapp
  jeder zehnte Taschendiebstahl“ 0.1 "nearly" („Nur“ no hedge), „in fast neun von zehn
  Fällen“ 0.9 "nearly", „knapp zwei Drittel“ 0.6667 "nearly"; "by nearly a third" and "by
  almost a third" 0.3333 "nearly", "roughly two in five" 0.4 "about", "rather than half"
  0.5, "about half the level of 2006-07" 0.5 "about", "Almost a third of officers" 0.3333
  "nearly", "Only about half of violent crimes" 0.5 "about" ("Only" no hedge), "about one in
  seven adults" 0.1429 "about".
- Ordinals (the issue's "zum zweiten Mal"): "the first time the total topped one million" 1
  (and count 1,000,000 - hundred-twelfth: "a million people"; "topped" no hedge,
  seventy-fourth), "the second lowest total since 1974" 2 (written without the hyphen as
  "its second-wettest winter" with it, four-hundred-and-fifty-first), "the first annual fall
  ... since 2017" 1, "A second boy" 2 (hundred-second). None: "the fewest", "the lowest
  level", "the largest", "the biggest share", "the highest number", "the highest figure",
  "the most common violent offense", "the largest police union", „der größte Einzelfund“,
  „so viele wie nie zuvor“, „so wenige wie in keinem anderen Flächenland“, „so voll wie ...
  nicht“ (its span only).
- Other durations (the issue's "fünfstündigen", "a two-week visit"): "a two-week amnesty" 2
  weeks, "over three years" 3 years ("over" before a span no hedge), "its highest level in
  15 years" 15 years, "the highest number in more than 50 years" 50 years "over", „binnen
  fünf Jahren“ and „binnen drei Jahren“ („binnen“ no hedge), „so voll wie seit 20 Jahren
  nicht“ 20 years, "had lasted 22 months", "two years earlier" 2 years, "within two years"
  and "within 48 hours" ("within" no hedge, three-hundred-and-eighteenth), "over the
  previous two years" 2 years, "for the 12 months through June 30" 12 months and the date.
  None: "last year", "last week", "a year earlier", "a year before", "the year before", "the
  previous year", "on the year", "in the year to March", "during the fiscal year", "before
  the end of the year", "at any time", "a week of raids", "a month", "every day", "by
  March", „im vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“, „heuer“, „derzeit“,
  „zurzeit“, „tagsüber“, „Ende Juni“, „im März“, „im Jahr“ after a sum, weekdays.
- Years and dates: Reuters datelines with a day ("LONDON, Feb 5" --02-05, "WASHINGTON, Feb
  19" --02-19, "BERLIN, April 15" --04-15, "WASHINGTON, June 24" --06-24, "LONDON, Oct 7"
  --10-07) are dates without a year, as are "starting on March 17", "on March 31", "through
  June 30", „am Stichtag 31. Januar“, „zum 1. August“ and „zum Stichtag 31. Oktober“
  (three-hundred-and-seventy-seventh, four-hundred-and-thirteenth); dpa, APA, Keystone-SDA,
  PA and AP datelines none (seventy-ninth). "in 2030-31" and "of 2006-07" both years
  (hundred-eighty-seventh: "since 2019-20"); other years as written („weniger als 2029“
  twice, „mehr als 2029“, „fast doppelt so viel wie 2029“, „seit Herbst 2029“, „bis 2033“
  three times, „bis 2034“, „bis 2035“, „bis 2036“, „2030“ three times in the clause („hat
  die Polizei 2030“, „sind 2030“, „hätten 2030“), „seit 2021“, „im gesamten Jahr 2030“, "in
  2030" (six times), "than in 2029", "in 2029", "since 2014" (twice), "since 2015", "since
  1974", "since 2017", "since 2027", "began in 2003", "by March 2033" twice, "to September
  2030", "to March 2031").
- Money in the currency written (every batch): USD ("$21.4 billion", "about $8.9 billion",
  "$3.3 billion", "$5.1 billion", "an estimated $28 million", "about $3.2 million", "$5
  million", "$1.21 billion", "about $390 million"), EUR („rund 290.000 Euro“, „mindestens 9
  Millionen Euro“, „231 Milliarden Euro im Jahr“ - „beziffert“ unchecked -, „mehr als 360
  Millionen Euro“, „rund 1,7 Millionen Euro“, „172 Euro“), GBP ("12 million pounds", "410
  million pounds", "1.6 million pounds in cash", "£4,800", "£1,200"), CHF („290 Millionen
  Franken“ - „geschätzt“ a verb, no hedge).
- Counts otherwise (every batch): "In 1.384 Fällen ..., 27 Opfer", „3.906 ermittelten
  Tatverdächtigen“, „in den zwölf Waffenverbotszonen ... bei 2.840 Kontrollen 412 Messer“,
  "214 homicides", "to 681 from 842", "to 612", "1,012,846 complaints", "21,480 complaints",
  "164,300 complaints", "to 1,348 from 1,090", „22.870 Fälle ..., darunter 3.115
  Messerangriffe“, „41.980“, "13,620 offences", "to 1,318 from 1,540", "4,216 knives", "40
  new surrender bins", „an den drei ... Orten“, „34.160 Fällen“, „auf 40 bis 50 reisende
  Banden“ both, "Twelve defendants", „von 47 auf 39“, „71.240 Delikte“, „96 Betrügerbanden“,
  „211.460 Fällen“, „29.140 Fälle“ and "to 29,140", "3,940 offences", „Elf Männer“, „zwei
  der Festgenommenen“, "14 killings", "wiretaps of 30 phones", „auf 1.012“, "50,940", "to
  584 from 561", "61 law enforcement officers", „38.412 Anzeigen“, "to 221 from 247", „vier
  Angeklagte“, "stabbed three times", "a 20cm kitchen knife" 20 (two-hundred-and-twelfth:
  "150km/h" glued), "about 200 metres" "about", "1,030 children and vulnerable adults", "96
  were charged". None: „Die Polizei“, „ein Großteil“, „ein Richter“, „beide Verteidiger“,
  "all of the defendants", "a child", "a storm drain", "Class A", "U.S.".
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "roughly", "an
  estimated", "some" "about"; „knapp“, „Knapp“, „fast“, "nearly", "almost", "Almost"
  "nearly"; „mehr als“, "more than", "More than", "over" before an age "over"; „jünger als“,
  "under" before an age, "less than" before a span "under"; „mindestens“, "at least"
  "at_least"; „bis zu“, "up to" "up_to". No hedge: „insgesamt“, „Allein“, „nur“, „Nur“,
  "Only", „davon“, „darunter“, "including", „zusammen“, „jeweils“, „im Schnitt“, "averaged",
  „derzeit“, „zurzeit“, „bereits“, „zwischen“, „um“ and "by" before a change, „mehr“,
  „weniger als“, "more" and "fewer" after a figure, "just", "a record", "a projected",
  "now", "within", „binnen“, "over" before a span, "topped", "a mandatory minimum of".
- Speakers, checked only in forms the earlier batches settled. German: „Das teilte am Montag
  das Bundesamt für Statistik (BFS) mit.“ -> "das Bundesamt für Statistik" (the abbreviation
  in brackets and the weekday dropped; four-hundred-and-forty-sixth,
  four-hundred-and-fifty-first), „teilte das Bundeskriminalamt am Dienstag mit“ -> "das
  Bundeskriminalamt", „teilte das Zollfahndungsamt Hamburg am Dienstag mit“ -> "das
  Zollfahndungsamt Hamburg" and „teilte das Justizministerium mit“ -> "das
  Justizministerium" (three-hundred-and-eighteenth, four-hundred-and-thirteenth); the name
  with title or rank dropped („LKA-Sprecherin Katrin Aldenhövel sagte, ...“,
  „Kriminaldirektor Florian Hechenbichler vom Landeskriminalamt sagte, ...“ and
  „Chefinspektorin Sabine Moosbrugger-Trenk vom Bundeskriminalamt sagte, ...“ with the body
  after the name dropped too, „BFS-Sektionsleiterin Monique Rappaz-Imhof sagte, ...“,
  „BKA-Statistikerin Henrike Lammersdorf sagte, ...“, „Oberstaatsanwalt Till Brockschmidt
  sagte, ...“, „BKA-Cyberermittler Malte Feuchtinger-Roos sagte, ...“, „Zollsprecherin Merle
  Tjaden-Voss sagte, ...“, „Ministeriumssprecher Lars Overbeck-Thiel sagte, ...“,
  „Polizeisprecherin Daniela Zeilinger-Hrdlicka sagte, ...“;
  three-hundred-and-seventy-seventh, four-hundred-and-thirteenth), „sagte Oberst Gerald
  Pfeifenberger-Sattler vom Bundeskriminalamt“ the name (four-hundred-and-fifty-first:
  „sagte DWD-Meteorologe Jasper Ottersbach“), „teilte Ministeriumssprecherin Verena
  Aigner-Stöckl mit“ the name as after „teilte ... mit“ with a body, „wie BAZG-Sprecherin
  Corinne Wälti-Berset sagte“ the name (the "wie"-clause, four-hundred-and-forty-sixth: „Wie
  die Staatsanwaltschaft Wien mitteilte“). English: "the Office for National Statistics
  said", "the FBI said on Wednesday in its annual Internet Crime Report" -> "the FBI", "the
  Metropolitan Police said", "the National Police Chiefs' Council said on Tuesday" and "the
  Bureau of Justice Statistics said Tuesday" with the article in lower case and the weekday
  and occasion dropped (three-hundred-and-seventy-seventh, four-hundred-and-thirteenth),
  "The Prison Reform Trust said ..." and "The Federal Criminal Police Office said ..."
  opening the row -> "the Prison Reform Trust", "the Federal Criminal Police Office"
  (four-hundred-and-thirteenth: "The Office for National Statistics said ..."); "Inspector
  Darnell Ashby-Quinn told reporters that ..." the name ("told reporters",
  two-hundred-and-fourth); "FBI Special Agent Marcus Olufemi-Hart said", "Commander Bethan
  Achterberg-Lowe said", "DEA spokesperson Karina Villaseñor-Blake said", "Assistant Chief
  Constable Morven Drummond-Shaw said", "Detective Alonzo Beckford-Ruiz said", "ONS
  statistician Helena Strachan-Oduya said", "IBO analyst Priya Raghunathan-Cole said",
  "Detective Chief Superintendent Owain Pritchard-Ellis said", "Detective Inspector Kerry
  Ainsworth-Bell of Greater Manchester Police said" and "BJS statistician Tamsin
  Okoro-Lindqvist said" the name with rank, role and force dropped
  (three-hundred-and-seventy-seventh, four-hundred-and-thirteenth,
  four-hundred-and-forty-sixth). Left unchecked (None): all negatives, also those with a
  named speaker; offices without a name (above); documents and data („Das geht aus dem
  Lagebild ... hervor“, „wie aus der Polizeilichen Kriminalstatistik 2030 hervorgeht“, „wie
  aus der Polizeilichen Kriminalstatistik (PKS) 2030 hervorgeht“, „heißt es in der
  Kriminalstatistik“, „Laut dem Cybercrime-Report des Bundeskriminalamts“, „wie aus dem
  Suchtmittelbericht des Bundeskriminalamts hervorgeht“, „Das geht aus der Jahresbilanz
  hervor, die das BAZG ... vorstellte“, "police department data showed", "ONS figures
  showed" (twice), "Ministry of Justice figures showed", "official statistics showed", "Home
  Office statistics show", "the data showed", "the report said", "According to the crime
  survey", "according to FBI data released on Tuesday", "according to Scottish Government
  figures", "according to the city's Independent Budget Office"; hundred-eighty-seventh,
  three-hundred-and-seventy-seventh, four-hundred-and-thirteenth), compounds („nach
  Polizeiangaben“, „nach Ministeriumsangaben“; three-hundred-and-seventy-first), „nach
  Darstellung der Gewerkschaft“ (a source without a name, three-hundred-and-seventy-seventh:
  „nach eigener Darstellung“), „gemäss BFS“ and „gemäss dem kantonalen Amt für Strafvollzug“
  („gemäss“ before a source left open, four-hundred-and-fourth), „laut Ermittlern“ and
  "prosecutors said", "Prosecutors said", "authorities said" (plural groups), „Ein
  Polizeisprecher sagte“ (a role, three-hundred-and-seventy-seventh), "the department said",
  "the force said" and "the bureau said" (descriptions, four-hundred-and-thirteenth;
  three-hundred-and-seventy-seventh left "the bureau said" unchecked), "the U.S. Attorney's
  Office said" (a possessive heading the body's name, four-hundred-and-forty-sixth),
  "Rhiannon Pelletier-Booth, a statistician at the ONS, said" (a subject parted from its
  verb, two-hundred-and-forty-fourth), "The court heard" and "the court was told"
  (two-hundred-and-thirteenth), verbs of counting, estimating and announcing („beziffert der
  Digitalverband Bitkom“, „zählt das Innenministerium“, „rechnete vor“, „kündigte an“,
  „verzeichnete die Statistik“, "The National Crime Agency estimates") and rows without
  attribution. As the three-hundredth, three-hundred-and-seventy-seventh and
  four-hundred-and-thirteenth batches did, and to keep the checked speakers near 35, several
  figures are given no attribution at all (the Scottish officer count, the Kiel forfeiture,
  the Baden-Württemberg headcount target).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_462 = [
    # --- Messerangriffe in Nordrhein-Westfalen (dpa/lnw), 14. Januar ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Messerangriffe hat die nordrhein-westfälische Polizei im vergangenen Jahr 4.712 Mal registriert, 5,8 Prozent weniger als 2029.",
        True,
        [("count", 4712, None, None), ("percent", 5.8, "%", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Lagebild Messerangriffe 2030 des Landeskriminalamts hervor, das am Dienstag in Düsseldorf vorgestellt wurde.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "In 1.384 Fällen wurden Menschen verletzt, 27 Opfer starben.",
        True,
        [("count", 1384, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel der 3.906 ermittelten Tatverdächtigen war jünger als 21 Jahre.",
        True,
        [
            ("fraction", 0.3333, None, "nearly"),
            ("count", 3906, None, None),
            ("duration", 21, "year", "under"),
        ],
        None,
    ),
    (
        "de",
        "Der Innenminister sagte, in den zwölf Waffenverbotszonen des Landes hätten Beamte bei 2.840 Kontrollen 412 Messer sichergestellt.",
        True,
        [("count", 12, None, None), ("count", 2840, None, None), ("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "„Messer in Hosentaschen sind kein Accessoire, sondern eine Gefahr für alle“, sagte der Minister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "LKA-Sprecherin Katrin Aldenhövel sagte, in mehr als der Hälfte der Fälle hätten die Täter auf Straßen, Plätzen oder in Bahnhöfen zugestochen.",
        True,
        [("fraction", 0.5, None, "over")],
        "Katrin Aldenhövel",
    ),
    # --- Philadelphia's homicides (AP), January 16 ---
    (
        "en",
        "PHILADELPHIA (AP) — Philadelphia recorded 214 homicides in 2030, the fewest since 2014 and 17% fewer than in 2029, police department data showed.",
        True,
        [
            ("count", 214, None, None),
            ("year", 2030, None, None),
            ("year", 2014, None, None),
            ("percent", 17, "%", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Nonfatal shootings fell to 681 from 842, the department said.",
        True,
        [("count", 681, None, None), ("count", 842, None, None)],
        None,
    ),
    (
        "en",
        "Carjackings dropped by nearly a third, to 612.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 612, None, None)],
        None,
    ),
    (
        "en",
        "Inspector Darnell Ashby-Quinn told reporters that detectives had cleared 61% of last year's homicide cases, up from 48% in 2029.",
        True,
        [("percent", 61, "%", None), ("percent", 48, "%", None), ("year", 2029, None, None)],
        "Darnell Ashby-Quinn",
    ),
    (
        "en",
        '"Behind those numbers are families that will never be whole again," Ashby-Quinn said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The police commissioner said the department would move 150 officers onto foot patrols in the Kensington neighborhood by March.",
        True,
        [("count", 150, None, None)],
        None,
    ),
    (
        "en",
        "Some community groups said they doubted the decline would last without steady money for violence interruption programs.",
        False,
        [],
        None,
    ),
    # --- Crime survey for England and Wales (PA), January 23 ---
    (
        "en",
        "LONDON (PA) - Fraud and computer misuse made up about 4.3 million of an estimated 9.6 million incidents of crime experienced by adults across England and Wales during the year to September 2030, the Office for National Statistics said.",
        True,
        [
            ("count", 4300000, None, "about"),
            ("count", 9600000, None, "about"),
            ("year", 2030, None, None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Police forces recorded 6.58 million offences excluding fraud over the same period, 2% fewer than a year earlier.",
        True,
        [("count", 6580000, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Knife or sharp instrument offences dropped by 6% to 50,940, ONS figures showed.",
        True,
        [("percent", 6, "%", None), ("count", 50940, None, None)],
        None,
    ),
    (
        "en",
        "Robberies accounted for roughly two in five of those knife offences.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Rhiannon Pelletier-Booth, a statistician at the ONS, said the survey's estimate for fraud was not statistically different from the previous year's.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Police-recorded homicides rose to 584 from 561.",
        True,
        [("count", 584, None, None), ("count", 561, None, None)],
        None,
    ),
    (
        "en",
        "The Conservatives called the figures \"a grim catalogue of failure\" on the government's watch.",
        False,
        [],
        None,
    ),
    # --- Überbelag in den Justizanstalten (APA), 28. Jänner ---
    (
        "de",
        "Wien (APA) - In Österreichs 28 Justizanstalten sind derzeit 9.946 Menschen inhaftiert, so viele wie nie zuvor.",
        True,
        [("count", 28, None, None), ("count", 9946, None, None)],
        None,
    ),
    (
        "de",
        "Die Anstalten seien damit zu 107 Prozent ausgelastet, sagte die Justizministerin am Dienstag.",
        True,
        [("percent", 107, "%", None)],
        None,
    ),
    (
        "de",
        "In der Justizanstalt Innsbruck teilen sich zurzeit 548 Insassen 463 Haftplätze.",
        True,
        [("count", 548, None, None), ("count", 463, None, None)],
        None,
    ),
    (
        "de",
        "Rund 36 Prozent der Häftlinge sitzen in Untersuchungshaft, knapp 54 Prozent haben keine österreichische Staatsbürgerschaft, teilte Ministeriumssprecherin Verena Aigner-Stöckl mit.",
        True,
        [("percent", 36, "%", "about"), ("percent", 54, "%", "nearly")],
        "Verena Aigner-Stöckl",
    ),
    (
        "de",
        "Der Justizwache fehlen nach Darstellung der Gewerkschaft derzeit 290 Planstellen.",
        True,
        [("count", 290, None, None)],
        None,
    ),
    (
        "de",
        "„Die Kolleginnen und Kollegen arbeiten längst am Limit“, sagte Personalvertreter Hannes Pöltl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Ministerium will bis 2033 insgesamt 380 zusätzliche Haftplätze schaffen und den elektronisch überwachten Hausarrest ausweiten.",
        True,
        [("year", 2033, None, None), ("count", 380, None, None)],
        None,
    ),
    # --- Prison population in England and Wales (Reuters), February 5 ---
    (
        "en",
        "LONDON, Feb 5 (Reuters) - The prison population of England and Wales rose to a record 90,412 last week, leaving just 618 places free, Ministry of Justice figures showed.",
        True,
        [
            ("date", "--02-05", None, None),
            ("count", 90412, None, None),
            ("count", 618, None, None),
        ],
        None,
    ),
    (
        "en",
        "Men's prisons were running at 99.3% of their usable operational capacity.",
        True,
        [("percent", 99.3, "%", None)],
        None,
    ),
    (
        "en",
        "About 17,900 people were being held on remand, the highest number in more than 50 years.",
        True,
        [("count", 17900, None, "about"), ("duration", 50, "year", "over")],
        None,
    ),
    (
        "en",
        "A projected 98,700 people will be behind bars by March 2033 under the ministry's central scenario.",
        True,
        [("count", 98700, None, None), ("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "The justice secretary told parliament that about 2,900 prisoners would be freed after serving 40% of their sentences rather than half.",
        True,
        [
            ("count", 2900, None, "about"),
            ("percent", 40, "%", None),
            ("fraction", 0.5, None, None),
        ],
        None,
    ),
    (
        "en",
        '"We inherited prisons on the point of collapse and we will not apologise for acting," the justice secretary said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Prison Reform Trust said about 21,000 prisoners were sharing cells built for single occupancy.",
        True,
        [("count", 21000, None, "about")],
        "the Prison Reform Trust",
    ),
    # --- Jahresbilanz des Zolls (Keystone-SDA), 11. Februar ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Bundesamt für Zoll und Grenzsicherheit (BAZG) hat im vergangenen Jahr an den Grenzen 1'460 Kilogramm Kokain beschlagnahmt, fast doppelt so viel wie 2029.",
        True,
        [("count", 1460, None, None), ("count", 2, None, "nearly"), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus der Jahresbilanz hervor, die das BAZG am Dienstag in Bern vorstellte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Allein am Flughafen Zürich gingen den Zollfahndern 312 Drogenkuriere ins Netz, wie BAZG-Sprecherin Corinne Wälti-Berset sagte.",
        True,
        [("count", 312, None, None)],
        "Corinne Wälti-Berset",
    ),
    (
        "de",
        "«Die Schmuggler werden immer dreister und erfinderischer», sagte Wälti-Berset.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zudem stellte der Zoll 2'870 verbotene Waffen sicher, darunter 418 Schlagringe und Elektroschocker.",
        True,
        [("count", 2870, None, None), ("count", 418, None, None)],
        None,
    ),
    (
        "de",
        "Das BAZG rief Reisende dazu auf, keine Gepäckstücke für Unbekannte über die Grenze zu bringen.",
        False,
        [],
        None,
    ),
    # --- FBI Internet Crime Report (Reuters), February 19 ---
    (
        "en",
        "WASHINGTON, Feb 19 (Reuters) - Americans reported losing $21.4 billion to internet crime in 2030, up 29% from the previous year, the FBI said on Wednesday in its annual Internet Crime Report.",
        True,
        [
            ("date", "--02-19", None, None),
            ("money", 21400000000, "USD", None),
            ("year", 2030, None, None),
            ("percent", 29, "%", None),
        ],
        "the FBI",
    ),
    (
        "en",
        "Its Internet Crime Complaint Center received 1,012,846 complaints, the first time the total topped one million.",
        True,
        [
            ("count", 1012846, None, None),
            ("ordinal", 1, None, None),
            ("count", 1000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Investment scams, mostly tied to cryptocurrency, accounted for the biggest share of losses at about $8.9 billion.",
        True,
        [("money", 8900000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Business email compromise schemes accounted for $3.3 billion in losses across 21,480 complaints.",
        True,
        [("money", 3300000000, "USD", None), ("count", 21480, None, None)],
        None,
    ),
    (
        "en",
        "People over 60 filed 164,300 complaints and lost $5.1 billion.",
        True,
        [
            ("duration", 60, "year", "over"),
            ("count", 164300, None, None),
            ("money", 5100000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "FBI Special Agent Marcus Olufemi-Hart said ransomware complaints from hospitals, water utilities and other critical infrastructure rose to 1,348 from 1,090.",
        True,
        [("count", 1348, None, None), ("count", 1090, None, None)],
        "Marcus Olufemi-Hart",
    ),
    (
        "en",
        '"If someone you met online asks you for crypto, it is a scam, full stop," Olufemi-Hart said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said criminals using cloned voices and faked video calls were likely to push losses higher still.",
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Bayern (dpa/lby), 4. März ---
    (
        "de",
        "München (dpa/lby) - Die Zahl der in Bayern registrierten Straftaten ist im vergangenen Jahr um 1,9 Prozent auf 598.214 gesunken.",
        True,
        [("percent", 1.9, "%", None), ("count", 598214, None, None)],
        None,
    ),
    (
        "de",
        "Aufgeklärt wurden 67,8 Prozent der Fälle, ein Plus von 0,6 Prozentpunkten, wie aus der Polizeilichen Kriminalstatistik 2030 hervorgeht.",
        True,
        [("percent", 67.8, "%", None), ("percent", 0.6, "pp", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Auf 100.000 Einwohner kamen 4.402 Straftaten, so wenige wie in keinem anderen Flächenland.",
        True,
        [("count", 100000, None, None), ("count", 4402, None, None)],
        None,
    ),
    (
        "de",
        "„Bayern bleibt eine Insel der Sicherheit“, sagte der Innenminister bei der Vorstellung der Zahlen in München.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewaltdelikte nahmen dagegen um 3,4 Prozent auf 22.870 Fälle zu, darunter 3.115 Messerangriffe.",
        True,
        [("percent", 3.4, "%", None), ("count", 22870, None, None), ("count", 3115, None, None)],
        None,
    ),
    (
        "de",
        "Kriminaldirektor Florian Hechenbichler vom Landeskriminalamt sagte, fast jeder dritte Tatverdächtige bei Gewaltdelikten habe unter Alkoholeinfluss gestanden.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Florian Hechenbichler",
    ),
    (
        "de",
        "Die Grünen im Landtag warfen dem Minister vor, sich für die Arbeit anderer feiern zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei Cybercrime stiegen die Fallzahlen um 11,2 Prozent auf 41.980, die Aufklärungsquote lag hier nur bei 31,4 Prozent.",
        True,
        [("percent", 11.2, "%", None), ("count", 41980, None, None), ("percent", 31.4, "%", None)],
        None,
    ),
    # --- Knife crime in London (PA), March 12 ---
    (
        "en",
        "LONDON (PA) - Knife crime in London fell by 9% in 2030 to 13,620 offences, the lowest level since 2015, the Metropolitan Police said.",
        True,
        [
            ("percent", 9, "%", None),
            ("year", 2030, None, None),
            ("count", 13620, None, None),
            ("year", 2015, None, None),
        ],
        "the Metropolitan Police",
    ),
    (
        "en",
        "Knife crime with injury among victims aged under 25 dropped to 1,318 from 1,540.",
        True,
        [
            ("duration", 25, "year", "under"),
            ("count", 1318, None, None),
            ("count", 1540, None, None),
        ],
        None,
    ),
    (
        "en",
        "Officers took 4,216 knives off the streets through stop and search and weapons sweeps, the force said.",
        True,
        [("count", 4216, None, None)],
        None,
    ),
    (
        "en",
        "Commander Bethan Achterberg-Lowe said a two-week amnesty starting on March 17 would put 40 new surrender bins across the capital.",
        True,
        [
            ("duration", 2, "week", None),
            ("date", "--03-17", None, None),
            ("count", 40, None, None),
        ],
        "Bethan Achterberg-Lowe",
    ),
    (
        "en",
        '"A blade in a pocket is a tragedy waiting to happen," Achterberg-Lowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The mayor's office said it would spend 12 million pounds over three years on youth clubs in the boroughs with the most stabbings.",
        True,
        [("money", 12000000, "GBP", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Youth workers said the drop would mean little to families who had already buried a child.",
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Berlin (dpa/bb), 18. März ---
    (
        "de",
        "Berlin (dpa/bb) - In Berlin hat die Polizei im vergangenen Jahr 521.370 Straftaten erfasst, ein Rückgang um 3,1 Prozent gegenüber dem Jahr davor.",
        True,
        [("count", 521370, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Häufigkeitszahl sank auf 13.412 Fälle je 100.000 Einwohner.",
        True,
        [("count", 13412, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Die Polizeipräsidentin sagte, an den drei kriminalitätsbelasteten Orten Görlitzer Park, Alexanderplatz und Kottbusser Tor seien die Raubtaten um 14 Prozent zurückgegangen.",
        True,
        [("count", 3, None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "„Berlin ist nicht die Hauptstadt des Verbrechens, auch wenn manche das gern erzählen“, sagte die Polizeipräsidentin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei Taschendiebstählen verzeichnete die Statistik mit 34.160 Fällen ein Plus von 6,2 Prozent.",
        True,
        [("count", 34160, None, None), ("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "Nur knapp jeder zehnte Taschendiebstahl wurde aufgeklärt.",
        True,
        [("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ein Polizeisprecher sagte, ein Großteil der Diebstähle gehe auf 40 bis 50 reisende Banden zurück.",
        True,
        [("count", 40, None, None), ("count", 50, None, None)],
        None,
    ),
    # --- Fentanyl raids in Southern California (AP), March 25 ---
    (
        "en",
        "SAN DIEGO (AP) — Federal agents seized more than 1,900 pounds of fentanyl and arrested 37 people in raids across Southern California and Arizona, prosecutors said Tuesday.",
        True,
        [("count", 1900, None, "over"), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "The seized fentanyl was worth an estimated $28 million on the street.",
        True,
        [("money", 28000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Prosecutors said the ring moved at least 4 million pills a month through the San Ysidro and Otay Mesa ports of entry.",
        True,
        [("count", 4000000, None, "at_least")],
        None,
    ),
    (
        "en",
        "Investigators also recovered 46 firearms and about $3.2 million in cash from 21 properties, the U.S. Attorney's Office said.",
        True,
        [("count", 46, None, None), ("money", 3200000, "USD", "about"), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "DEA spokesperson Karina Villaseñor-Blake said the network had used 14 stash houses and shipped pills as far as Ohio.",
        True,
        [("count", 14, None, None)],
        "Karina Villaseñor-Blake",
    ),
    (
        "en",
        "Twelve defendants are charged with offenses punishable by a mandatory minimum of 10 years behind bars.",
        True,
        [("count", 12, None, None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        '"These pills are poison pressed to look like medicine," Villaseñor-Blake said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was not immediately clear whether all of the defendants had lawyers.",
        False,
        [],
        None,
    ),
    # --- Polizeiliche Kriminalstatistik der Schweiz (Keystone-SDA), 31. März ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - In der Schweiz registrierte die Polizei im vergangenen Jahr 574'310 Straftaten gegen das Strafgesetzbuch, 2,6 Prozent mehr als im Vorjahr.",
        True,
        [("count", 574310, None, None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Das teilte am Montag das Bundesamt für Statistik (BFS) mit.",
        True,
        [],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Die digitale Kriminalität nahm um 14 Prozent auf 61'820 Straftaten zu, in fast neun von zehn Fällen ging es um Cyberbetrug.",
        True,
        [
            ("percent", 14, "%", None),
            ("count", 61820, None, None),
            ("fraction", 0.9, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Die Zahl der vollendeten Tötungsdelikte sank von 47 auf 39.",
        True,
        [("count", 47, None, None), ("count", 39, None, None)],
        None,
    ),
    (
        "de",
        "BFS-Sektionsleiterin Monique Rappaz-Imhof sagte, der Anstieg gehe teilweise darauf zurück, dass mehr Opfer von Onlinebetrug Anzeige erstatteten.",
        True,
        [],
        "Monique Rappaz-Imhof",
    ),
    (
        "de",
        "Der Verband Schweizerischer Polizeibeamter sprach von einer «Kapitulation vor dem Internetbetrug».",
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Österreich (APA), 8. April ---
    (
        "de",
        "Wien (APA) - In Österreich sind 2030 insgesamt 537.906 Delikte angezeigt worden, um 1,4 Prozent mehr als im Jahr davor.",
        True,
        [("year", 2030, None, None), ("count", 537906, None, None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote ging um 0,9 Prozentpunkte auf 51,8 Prozent zurück, heißt es in der Kriminalstatistik, die am Dienstag in Wien präsentiert wurde.",
        True,
        [("percent", 0.9, "pp", None), ("percent", 51.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der Innenminister sagte bei der Präsentation, die Internetkriminalität habe sich binnen fünf Jahren mehr als verdoppelt.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Laut dem Cybercrime-Report des Bundeskriminalamts wurden 71.240 Delikte im Bereich Internetkriminalität angezeigt, davon 58 Prozent Betrugsfälle.",
        True,
        [("count", 71240, None, None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "de",
        "Chefinspektorin Sabine Moosbrugger-Trenk vom Bundeskriminalamt sagte, die Ermittler hätten 2030 insgesamt 96 Betrügerbanden mit Callcentern im Ausland ausgeforscht.",
        True,
        [("year", 2030, None, None), ("count", 96, None, None)],
        "Sabine Moosbrugger-Trenk",
    ),
    (
        "de",
        "„Wer glaubt, im Internet anonym zu sein, irrt sich gewaltig“, sagte Moosbrugger-Trenk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FPÖ sprach von einer „Bankrotterklärung der Sicherheitspolitik“.",
        False,
        [],
        None,
    ),
    # --- Polizeiliche Kriminalstatistik des Bundes (dpa), 15. April ---
    (
        "de",
        "Berlin (dpa) - Bundesweit hat die Polizei 2030 rund 5,61 Millionen Straftaten erfasst, 1,2 Prozent weniger als 2029.",
        True,
        [
            ("year", 2030, None, None),
            ("count", 5610000, None, "about"),
            ("percent", 1.2, "%", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Zahl der Tatverdächtigen sank auf knapp 2,19 Millionen, wie aus der Polizeilichen Kriminalstatistik (PKS) 2030 hervorgeht.",
        True,
        [("count", 2190000, None, "nearly"), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesinnenministerin sagte bei der Vorstellung in Berlin, die Gewaltkriminalität liege mit 211.460 Fällen weiter auf hohem Niveau.",
        True,
        [("count", 211460, None, None)],
        None,
    ),
    (
        "de",
        "„Gewalt gegen Polizisten, Rettungskräfte und Ehrenamtliche ist ein Angriff auf uns alle“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Anteil nichtdeutscher Tatverdächtiger lag bei 40,8 Prozent (Vorjahr: 41,5).",
        True,
        [("percent", 40.8, "%", None), ("percent", 41.5, "%", None)],
        None,
    ),
    (
        "de",
        "BKA-Statistikerin Henrike Lammersdorf sagte, bei Messerangriffen habe die Polizei 29.140 Fälle gezählt, 4,1 Prozent mehr als im Vorjahr.",
        True,
        [("count", 29140, None, None), ("percent", 4.1, "%", None)],
        "Henrike Lammersdorf",
    ),
    (
        "de",
        "Die Gewerkschaft der Polizei sprach von „Zahlen, hinter denen sich erschöpfte Kolleginnen und Kollegen verbergen“.",
        False,
        [],
        None,
    ),
    # --- Germany's crime statistics (Reuters), April 15 ---
    (
        "en",
        "BERLIN, April 15 (Reuters) - Police in Germany recorded about 5.61 million crimes in 2030, 1.2% fewer than a year earlier, while violent crime stayed near its highest level in 15 years, official statistics showed on Tuesday.",
        True,
        [
            ("date", "--04-15", None, None),
            ("count", 5610000, None, "about"),
            ("year", 2030, None, None),
            ("percent", 1.2, "%", None),
            ("duration", 15, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Germany's interior minister told reporters that knife attacks had risen 4.1% to 29,140.",
        True,
        [("percent", 4.1, "%", None), ("count", 29140, None, None)],
        None,
    ),
    (
        "en",
        "Non-Germans, who make up about 16% of the population, accounted for 40.8% of suspects.",
        True,
        [("percent", 16, "%", "about"), ("percent", 40.8, "%", None)],
        None,
    ),
    (
        "en",
        "The clearance rate rose 0.4 percentage points to 58.7%.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 58.7, "%", None)],
        None,
    ),
    (
        "en",
        "The Federal Criminal Police Office said the statistics count suspects rather than convictions and also include offences by tourists and commuters.",
        True,
        [],
        "the Federal Criminal Police Office",
    ),
    (
        "en",
        "The far-right AfD called the figures proof that the government had lost control of its borders.",
        False,
        [],
        None,
    ),
    # --- Recorded crime in Scotland (PA), April 24 ---
    (
        "en",
        "EDINBURGH (PA) - Police Scotland recorded 291,340 crimes in 2030-31, down 3% on the year before and the second lowest total since 1974, according to Scottish Government figures.",
        True,
        [
            ("count", 291340, None, None),
            ("year", 2030, None, None),
            ("year", 2031, None, None),
            ("percent", 3, "%", None),
            ("ordinal", 2, None, None),
            ("year", 1974, None, None),
        ],
        None,
    ),
    (
        "en",
        "The clearance rate for recorded crime rose to 56.4% from 54.9%.",
        True,
        [("percent", 56.4, "%", None), ("percent", 54.9, "%", None)],
        None,
    ),
    (
        "en",
        "Recorded knife crime fell to 3,940 offences, about half the level of 2006-07.",
        True,
        [
            ("count", 3940, None, None),
            ("fraction", 0.5, None, "about"),
            ("year", 2006, None, None),
            ("year", 2007, None, None),
        ],
        None,
    ),
    (
        "en",
        "Police Scotland's strength stood at 16,180 full-time equivalent officers on March 31, 220 fewer than a year before.",
        True,
        [
            ("count", 16180, None, None),
            ("date", "--03-31", None, None),
            ("count", 220, None, None),
        ],
        None,
    ),
    (
        "en",
        "Assistant Chief Constable Morven Drummond-Shaw said online child sexual abuse offences had risen by almost a third.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Morven Drummond-Shaw",
    ),
    (
        "en",
        '"Our officers are stretched, but they have not stopped answering the call," Drummond-Shaw said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Scottish Conservatives accused ministers of presiding over a hollowed-out force.",
        False,
        [],
        None,
    ),
    # --- Razzia gegen Drogenbande (dpa/lni), 6. Mai ---
    (
        "de",
        "Osnabrück (dpa/lni) - Bei einer Razzia gegen eine mutmaßliche Drogenbande haben rund 620 Polizistinnen und Polizisten am Dienstag 54 Wohnungen, Lagerhallen und Shisha-Bars in Niedersachsen und Nordrhein-Westfalen durchsucht.",
        True,
        [("count", 620, None, "about"), ("count", 54, None, None)],
        None,
    ),
    (
        "de",
        "Elf Männer im Alter von 23 bis 49 Jahren wurden nach Polizeiangaben festgenommen.",
        True,
        [
            ("count", 11, None, None),
            ("duration", 23, "year", None),
            ("duration", 49, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die Ermittler stellten mehr als eine Tonne Marihuana, 38 Kilogramm Kokain und rund 290.000 Euro Bargeld sicher.",
        True,
        [("count", 1, None, "over"), ("count", 38, None, None), ("money", 290000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Bande soll seit Herbst 2029 Rauschgift im Wert von mindestens 9 Millionen Euro verkauft haben.",
        True,
        [("year", 2029, None, None), ("money", 9000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Oberstaatsanwalt Till Brockschmidt sagte, zwei der Festgenommenen seien bereits wegen Drogenhandels vorbestraft.",
        True,
        [("count", 2, None, None)],
        "Till Brockschmidt",
    ),
    (
        "de",
        "„Das ist ein schwerer Schlag gegen die organisierte Kriminalität in der Region“, sagte Brockschmidt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei bat Anwohner, auffällige Beobachtungen an den Lagerhallen zu melden.",
        False,
        [],
        None,
    ),
    # --- Gang takedown in Los Angeles County (AP), May 13 ---
    (
        "en",
        "LOS ANGELES (AP) — More than 1,100 officers fanned out across Los Angeles County before dawn on Tuesday, arresting 63 suspected members of a street gang accused of trafficking drugs and guns, authorities said.",
        True,
        [("count", 1100, None, "over"), ("count", 63, None, None)],
        None,
    ),
    (
        "en",
        "Officers served 88 search warrants and seized 71 firearms, including 19 ghost guns.",
        True,
        [("count", 88, None, None), ("count", 71, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "A 152-count indictment unsealed Tuesday charges 41 of the defendants with racketeering conspiracy, which carries up to 20 years in prison.",
        True,
        [("count", 152, None, None), ("count", 41, None, None), ("duration", 20, "year", "up_to")],
        None,
    ),
    (
        "en",
        "The county sheriff said the gang was linked to 14 killings since 2027.",
        True,
        [("count", 14, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Bail for the gang's alleged leader, Dontrell Mabry-Quince, 38, was set at $5 million.",
        True,
        [("duration", 38, "year", None), ("money", 5000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"This neighborhood has been held hostage long enough," the sheriff said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Detective Alonzo Beckford-Ruiz said the investigation had lasted 22 months and relied on wiretaps of 30 phones.",
        True,
        [("duration", 22, "month", None), ("count", 30, None, None)],
        "Alonzo Beckford-Ruiz",
    ),
    (
        "en",
        "Residents on the block said they were relieved but feared retaliation.",
        False,
        [],
        None,
    ),
    # --- Bundeslagebild Cybercrime (dpa), 20. Mai ---
    (
        "de",
        "Wiesbaden (dpa) - Die Polizei hat im vergangenen Jahr 139.870 Fälle von Cyberkriminalität im Inland registriert, 4,4 Prozent mehr als 2029.",
        True,
        [("count", 139870, None, None), ("percent", 4.4, "%", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Hinzu kamen knapp 214.000 sogenannte Auslandstaten, bei denen die Täter vom Ausland oder von unbekanntem Ort aus agierten, teilte das Bundeskriminalamt am Dienstag mit.",
        True,
        [("count", 214000, None, "nearly")],
        "das Bundeskriminalamt",
    ),
    (
        "de",
        "Die Aufklärungsquote bei Cybercrime lag bei 32,1 Prozent.",
        True,
        [("percent", 32.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der Digitalverband Bitkom beziffert den Schaden, den Cyberangriffe der deutschen Wirtschaft zufügen, auf 231 Milliarden Euro im Jahr.",
        True,
        [("money", 231000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "BKA-Cyberermittler Malte Feuchtinger-Roos sagte, die Zahl der Ransomware-Angriffe auf Kliniken, Stadtwerke und Kommunen sei auf 1.012 gestiegen.",
        True,
        [("count", 1012, None, None)],
        "Malte Feuchtinger-Roos",
    ),
    (
        "de",
        "„Kein Unternehmen und keine Gemeinde kann sich heute noch sicher fühlen“, warnte Feuchtinger-Roos.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei einer internationalen Aktion hatten Ermittler im März 48 Server in elf Ländern abgeschaltet und neun Verdächtige festgenommen.",
        True,
        [("count", 48, None, None), ("count", 11, None, None), ("count", 9, None, None)],
        None,
    ),
    # --- Police workforce in England and Wales (PA), June 3 ---
    (
        "en",
        "LONDON (PA) - Officer numbers across the 43 territorial forces of England and Wales fell by 1,240 in the year to March to 147,860 on a full-time equivalent basis, Home Office statistics show.",
        True,
        [("count", 43, None, None), ("count", 1240, None, None), ("count", 147860, None, None)],
        None,
    ),
    (
        "en",
        "It is the first annual fall in officer numbers since 2017.",
        True,
        [("ordinal", 1, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "The number of police community support officers dropped by 8% to 6,130.",
        True,
        [("percent", 8, "%", None), ("count", 6130, None, None)],
        None,
    ),
    (
        "en",
        "Almost a third of officers had less than five years' service.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 5, "year", "under")],
        None,
    ),
    (
        "en",
        "The policing minister told MPs that forces would receive 410 million pounds to recruit 2,500 neighbourhood officers by March 2033.",
        True,
        [
            ("money", 410000000, "GBP", None),
            ("count", 2500, None, None),
            ("year", 2033, None, None),
        ],
        None,
    ),
    (
        "en",
        "In the Police Federation's latest pay and morale survey, 41% of officers who responded said they planned to leave within two years.",
        True,
        [("percent", 41, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The federation called the government's pay offer \"an insult to people who run towards danger\".",
        False,
        [],
        None,
    ),
    # --- Suchtmittelbericht (APA), 10. Juni ---
    (
        "de",
        "Wien (APA) - Die Polizei hat in Österreich im vergangenen Jahr 38.412 Anzeigen nach dem Suchtmittelgesetz erstattet, um 5,1 Prozent weniger als im Jahr davor.",
        True,
        [("count", 38412, None, None), ("percent", 5.1, "%", None)],
        None,
    ),
    (
        "de",
        "Sichergestellt wurden unter anderem 2.318 Kilogramm Cannabis, 412 Kilogramm Kokain und 41.600 Ecstasy-Tabletten, wie aus dem Suchtmittelbericht des Bundeskriminalamts hervorgeht.",
        True,
        [("count", 2318, None, None), ("count", 412, None, None), ("count", 41600, None, None)],
        None,
    ),
    (
        "de",
        "Die Menge des beschlagnahmten Kokains habe sich binnen drei Jahren fast verdreifacht, sagte Oberst Gerald Pfeifenberger-Sattler vom Bundeskriminalamt.",
        True,
        [("duration", 3, "year", None)],
        "Gerald Pfeifenberger-Sattler",
    ),
    (
        "de",
        "„Kokain ist längst keine Partydroge der Reichen mehr“, sagte Pfeifenberger-Sattler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 60 Prozent des Kokains gelangen laut Ermittlern über die Häfen von Antwerpen, Rotterdam und Hamburg nach Europa.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "de",
        "Suchthilfeeinrichtungen appellierten an die Politik, stärker in Prävention zu investieren.",
        False,
        [],
        None,
    ),
    # --- FBI crime data (Reuters), June 24 ---
    (
        "en",
        "WASHINGTON, June 24 (Reuters) - Murders in the United States fell 7.9% in 2030 to an estimated 15,870, the fewest since 2014, according to FBI data released on Tuesday.",
        True,
        [
            ("date", "--06-24", None, None),
            ("percent", 7.9, "%", None),
            ("year", 2030, None, None),
            ("count", 15870, None, "about"),
            ("year", 2014, None, None),
        ],
        None,
    ),
    (
        "en",
        "Violent crime dropped 4.2%, putting the rate at 348.6 offenses per 100,000 people.",
        True,
        [("percent", 4.2, "%", None), ("count", 348.6, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "en",
        "Property crime fell 6% to about 5.9 million offenses.",
        True,
        [("percent", 6, "%", None), ("count", 5900000, None, "about")],
        None,
    ),
    (
        "en",
        "Aggravated assaults, the most common violent offense, fell 3.1% to about 790,000.",
        True,
        [("percent", 3.1, "%", None), ("count", 790000, None, "about")],
        None,
    ),
    (
        "en",
        "Agencies covering roughly 94% of the population submitted data, the bureau said.",
        True,
        [("percent", 94, "%", "about")],
        None,
    ),
    (
        "en",
        "Only about half of violent crimes were cleared by an arrest or by exceptional means, the data showed.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "The FBI director said in a statement that 61 law enforcement officers were feloniously killed in the line of duty.",
        True,
        [("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "The White House credited its own crime strategy for the decline.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Several criminologists warned against reading a lasting trend into the figures.",
        False,
        [],
        None,
    ),
    # --- Überfülltes Gefängnis in Genf (Keystone-SDA), 1. Juli ---
    (
        "de",
        "Genf (Keystone-SDA) - Im Genfer Gefängnis Champ-Dollon sitzen derzeit 612 Häftlinge auf 398 Plätzen ein.",
        True,
        [("count", 612, None, None), ("count", 398, None, None)],
        None,
    ),
    (
        "de",
        "Die Belegungsrate liegt damit bei 154 Prozent, gemäss dem kantonalen Amt für Strafvollzug.",
        True,
        [("percent", 154, "%", None)],
        None,
    ),
    (
        "de",
        "In vielen Zellen für sechs Personen schlafen acht Häftlinge, zwei davon auf Matratzen am Boden.",
        True,
        [("count", 6, None, None), ("count", 8, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Schweizweit waren gemäss BFS am Stichtag 31. Januar 6'912 Personen inhaftiert, 71 Prozent von ihnen ohne Schweizer Pass.",
        True,
        [("date", "--01-31", None, None), ("count", 6912, None, None), ("percent", 71, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gefängnisdirektorin sagte, auf jeden Aufseher kämen tagsüber im Schnitt 14 Häftlinge.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "«Die Lage ist unwürdig, für die Gefangenen wie für das Personal», sagte die Direktorin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Kanton will bis 2034 ein neues Gefängnis mit 450 Plätzen bauen, die Kosten werden auf 290 Millionen Franken geschätzt.",
        True,
        [
            ("year", 2034, None, None),
            ("count", 450, None, None),
            ("money", 290000000, "CHF", None),
        ],
        None,
    ),
    # --- Knife crime and shoplifting in England and Wales (PA), July 17 ---
    (
        "en",
        "LONDON (PA) - Knife crime recorded by forces in England and Wales edged up 1% to 51,120 offences in the 12 months to March 2031, ONS figures showed.",
        True,
        [
            ("percent", 1, "%", None),
            ("count", 51120, None, None),
            ("duration", 12, "month", None),
            ("year", 2031, None, None),
        ],
        None,
    ),
    (
        "en",
        "Homicides with a knife or sharp instrument fell to 221 from 247.",
        True,
        [("count", 221, None, None), ("count", 247, None, None)],
        None,
    ),
    (
        "en",
        "Shoplifting offences rose by 14% to about 512,000, the highest figure since current recording practices began in 2003.",
        True,
        [("percent", 14, "%", None), ("count", 512000, None, "about"), ("year", 2003, None, None)],
        None,
    ),
    (
        "en",
        "According to the crime survey, about one in seven adults fell victim to fraud or computer misuse over the previous two years.",
        True,
        [("fraction", 0.1429, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "ONS statistician Helena Strachan-Oduya said the rise in shoplifting was partly driven by retailers reporting more incidents to police.",
        True,
        [],
        "Helena Strachan-Oduya",
    ),
    (
        "en",
        'The British Retail Consortium called shop theft "an epidemic that staff face every day".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shopworkers' union Usdaw said its members felt abandoned by the police.",
        False,
        [],
        None,
    ),
    # --- Polizeinachwuchs in Baden-Württemberg (dpa/lsw), 12. August ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Die Polizei in Baden-Württemberg hat zum 1. August 1.420 Anwärterinnen und Anwärter eingestellt, so viele wie nie zuvor.",
        True,
        [("date", "--08-01", None, None), ("count", 1420, None, None)],
        None,
    ),
    (
        "de",
        "Damit soll die Zahl der Polizeivollzugsbeamten bis 2033 auf rund 26.300 steigen.",
        True,
        [("year", 2033, None, None), ("count", 26300, None, "about")],
        None,
    ),
    (
        "de",
        "Die Beamtinnen und Beamten schoben Ende Juni knapp 1,9 Millionen Überstunden vor sich her.",
        True,
        [("count", 1900000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Deutsche Polizeigewerkschaft rechnete vor, dass bis 2036 rund 7.800 Beamte in den Ruhestand gehen.",
        True,
        [("year", 2036, None, None), ("count", 7800, None, "about")],
        None,
    ),
    (
        "de",
        "Die Ausbildungsleiterin der Hochschule für Polizei sagte, die Ausbildung für den mittleren Dienst dauere 30 Monate, das Studium für den gehobenen Dienst drei Jahre.",
        True,
        [("duration", 30, "month", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "„Dieser Beruf verdient mehr Anerkennung, als er bekommt“, sagte der Innenminister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die GdP warf der Landesregierung vor, die Ausbildung im Schnellverfahren durchzupeitschen.",
        False,
        [],
        None,
    ),
    # --- NYPD staffing and overtime (AP), September 2 ---
    (
        "en",
        "NEW YORK (AP) — The New York Police Department ended its fiscal year with about 33,150 uniformed officers, down from 34,720 two years earlier, according to the city's Independent Budget Office.",
        True,
        [
            ("count", 33150, None, "about"),
            ("count", 34720, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Overtime spending for the 12 months through June 30 climbed to $1.21 billion, about $390 million more than budgeted.",
        True,
        [
            ("duration", 12, "month", None),
            ("date", "--06-30", None, None),
            ("money", 1210000000, "USD", None),
            ("money", 390000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Officers worked some 18.6 million hours of overtime.",
        True,
        [("duration", 18600000, "hour", "about")],
        None,
    ),
    (
        "en",
        "Response times to crimes in progress averaged 15 minutes and 12 seconds, up 48 seconds on the year.",
        True,
        [
            ("duration", 15, "minute", None),
            ("duration", 12, "second", None),
            ("duration", 48, "second", None),
        ],
        None,
    ),
    (
        "en",
        "IBO analyst Priya Raghunathan-Cole said 2,940 officers left the force during the fiscal year, while 2,310 joined.",
        True,
        [("count", 2940, None, None), ("count", 2310, None, None)],
        "Priya Raghunathan-Cole",
    ),
    (
        "en",
        "The police commissioner told a City Council hearing that 2,100 recruits would enter the academy in two classes before the end of the year.",
        True,
        [("count", 2100, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"We are asking fewer cops to do more with less," the head of the largest police union said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Several council members questioned whether the department could ever keep its overtime in check.",
        False,
        [],
        None,
    ),
    # --- Kokainfund im Hamburger Hafen (dpa), 16. September ---
    (
        "de",
        "Hamburg (dpa) - Zollfahnder haben im Hamburger Hafen rund 4,8 Tonnen Kokain entdeckt, versteckt zwischen Ananaskartons aus Costa Rica.",
        True,
        [("count", 4.8, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist der größte Einzelfund in Deutschland seit 2021, teilte das Zollfahndungsamt Hamburg am Dienstag mit.",
        True,
        [("year", 2021, None, None)],
        "das Zollfahndungsamt Hamburg",
    ),
    (
        "de",
        "Der Straßenverkaufswert des Rauschgifts wird auf mehr als 360 Millionen Euro geschätzt.",
        True,
        [("money", 360000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Drei Männer im Alter von 28, 34 und 41 Jahren wurden festgenommen, ein Richter erließ Haftbefehl wegen Einfuhr von Betäubungsmitteln in nicht geringer Menge.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 28, "year", None),
            ("duration", 34, "year", None),
            ("duration", 41, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Zollsprecherin Merle Tjaden-Voss sagte, im gesamten Jahr 2030 hätten die Zöllner im Hamburger Hafen 21 Tonnen Kokain sichergestellt.",
        True,
        [("year", 2030, None, None), ("count", 21, None, None)],
        "Merle Tjaden-Voss",
    ),
    (
        "de",
        "„Die Kartelle schicken ihre Ware dorthin, wo die meisten Container ankommen“, sagte Tjaden-Voss.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Den Männern drohen bei einer Verurteilung bis zu 15 Jahre Haft.",
        True,
        [("duration", 15, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Ob die Lieferung für den deutschen Markt bestimmt war, ist noch unklar.",
        False,
        [],
        None,
    ),
    # --- County lines crackdown (Reuters), October 7 ---
    (
        "en",
        "LONDON, Oct 7 (Reuters) - Police in England and Wales arrested 1,412 people and seized 92 kilograms of Class A drugs during a week of raids on county lines drug gangs, the National Police Chiefs' Council said on Tuesday.",
        True,
        [("date", "--10-07", None, None), ("count", 1412, None, None), ("count", 92, None, None)],
        "the National Police Chiefs' Council",
    ),
    (
        "en",
        "Officers also seized 318 knives, 41 firearms and 1.6 million pounds in cash, and safeguarded 1,030 children and vulnerable adults.",
        True,
        [
            ("count", 318, None, None),
            ("count", 41, None, None),
            ("money", 1600000, "GBP", None),
            ("count", 1030, None, None),
        ],
        None,
    ),
    (
        "en",
        "More than 400 phone lines used to take orders for drugs were shut down.",
        True,
        [("count", 400, None, "over")],
        None,
    ),
    (
        "en",
        "Of those arrested, 96 were charged with drug supply offences within 48 hours.",
        True,
        [("count", 96, None, None), ("duration", 48, "hour", None)],
        None,
    ),
    (
        "en",
        "Detective Chief Superintendent Owain Pritchard-Ellis said 17% of those arrested were under 18.",
        True,
        [("percent", 17, "%", None), ("duration", 18, "year", "under")],
        "Owain Pritchard-Ellis",
    ),
    (
        "en",
        '"These gangs see children as cheap labour and nothing more," Pritchard-Ellis said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The National Crime Agency estimates that about 5,200 deal lines are active at any time.",
        True,
        [("count", 5200, None, "about")],
        None,
    ),
    (
        "en",
        "Anyone worried that a child is being exploited was urged to contact police or the charity Crimestoppers anonymously.",
        False,
        [],
        None,
    ),
    # --- Urteil im Kokain-Prozess (dpa/lno), 21. Oktober ---
    (
        "de",
        "Kiel (dpa/lno) - Wegen des Schmuggels von knapp 2,3 Tonnen Kokain über den Kieler Hafen hat das Landgericht Kiel vier Angeklagte zu langen Haftstrafen verurteilt.",
        True,
        [("count", 2.3, None, "nearly"), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Haupttäter, ein 46 Jahre alter Spediteur, erhielt zwölf Jahre und drei Monate Haft.",
        True,
        [
            ("duration", 46, "year", None),
            ("duration", 12, "year", None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Seine drei Mitangeklagten, 31 bis 52 Jahre alt, erhielten Freiheitsstrafen zwischen fünf Jahren und neun Jahren und sechs Monaten.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 31, "year", None),
            ("duration", 52, "year", None),
            ("duration", 5, "year", None),
            ("duration", 9, "year", None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Die Kammer ordnete zudem die Einziehung von rund 1,7 Millionen Euro an.",
        True,
        [("money", 1700000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für den Prozess waren 42 Verhandlungstage nötig gewesen.",
        True,
        [("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Der Vorsitzende Richter sprach von „professioneller Logistik im Dienst des Verbrechens“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Hauptangeklagte hatte im Prozess angegeben, er habe vom Inhalt der Container nichts gewusst.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rechtskräftig ist das Urteil nicht, beide Verteidiger wollen Revision einlegen.",
        True,
        [],
        None,
    ),
    # --- Schoolboy's killer sentenced in Manchester (PA), November 5 ---
    (
        "en",
        "MANCHESTER (PA) - A 17-year-old boy who stabbed a schoolmate to death in a park in Salford was given a life sentence on Wednesday and told he must serve at least 16 years.",
        True,
        [("duration", 17, "year", None), ("duration", 16, "year", "at_least")],
        None,
    ),
    (
        "en",
        "A second boy, now 16, was jailed for four years and eight months for manslaughter at Manchester Crown Court.",
        True,
        [
            ("ordinal", 2, None, None),
            ("duration", 16, "year", None),
            ("duration", 4, "year", None),
            ("duration", 8, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The court heard the victim, 15, was stabbed three times after a row over a social media post.",
        True,
        [("duration", 15, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The older boy had been carrying a 20cm kitchen knife, the court was told.",
        True,
        [("count", 20, None, None)],
        None,
    ),
    (
        "en",
        'The judge told the older boy he had carried a knife "as casually as his phone".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Detective Inspector Kerry Ainsworth-Bell of Greater Manchester Police said the knife was found in a storm drain about 200 metres from the park.",
        True,
        [("count", 200, None, "about")],
        "Kerry Ainsworth-Bell",
    ),
    (
        "en",
        "In a statement, the boy's family said: \"Our house is silent without him.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Separately, a Salford convenience store owner was fined £4,800 and ordered to pay £1,200 in costs for selling knives to 15-year-olds during a test purchase operation.",
        True,
        [
            ("money", 4800, "GBP", None),
            ("money", 1200, "GBP", None),
            ("duration", 15, "year", None),
        ],
        None,
    ),
    # --- Volle Gefängnisse in Nordrhein-Westfalen (dpa/lnw), 25. November ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Die Gefängnisse in Nordrhein-Westfalen sind so voll wie seit 20 Jahren nicht.",
        True,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "In den 36 Justizvollzugsanstalten des Landes saßen zum Stichtag 31. Oktober 16.412 Gefangene ein, bei 16.980 Haftplätzen, teilte das Justizministerium mit.",
        True,
        [
            ("count", 36, None, None),
            ("date", "--10-31", None, None),
            ("count", 16412, None, None),
            ("count", 16980, None, None),
        ],
        "das Justizministerium",
    ),
    (
        "de",
        "Rund 1.150 Menschen verbüßen derzeit eine Ersatzfreiheitsstrafe, weil sie eine Geldstrafe nicht bezahlen konnten.",
        True,
        [("count", 1150, None, "about")],
        None,
    ),
    (
        "de",
        "Pro Hafttag kostet ein Gefangener das Land nach Ministeriumsangaben im Schnitt 172 Euro.",
        True,
        [("money", 172, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ministeriumssprecher Lars Overbeck-Thiel sagte, in der JVA Köln seien derzeit 94 Einzelhafträume mit jeweils zwei Gefangenen belegt.",
        True,
        [("count", 94, None, None), ("count", 2, None, None)],
        "Lars Overbeck-Thiel",
    ),
    (
        "de",
        "Der Justizminister kündigte an, bis 2035 zwei neue Anstalten mit zusammen 1.100 Plätzen zu bauen.",
        True,
        [("year", 2035, None, None), ("count", 2, None, None), ("count", 1100, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund der Strafvollzugsbediensteten sprach von „Verwahrvollzug statt Resozialisierung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Justizminister wollte nicht sagen, ob weitere Häftlinge vorzeitig entlassen werden sollen.",
        False,
        [],
        None,
    ),
    # --- Prisoners in the United States (AP), December 9 ---
    (
        "en",
        "WASHINGTON (AP) — The number of people held in state and federal prisons rose 1.8% last year to about 1.26 million, the Bureau of Justice Statistics said Tuesday.",
        True,
        [("percent", 1.8, "%", None), ("count", 1260000, None, "about")],
        "the Bureau of Justice Statistics",
    ),
    (
        "en",
        "The imprisonment rate stood at 364 sentenced prisoners per 100,000 U.S. residents.",
        True,
        [("count", 364, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "en",
        "The Federal Bureau of Prisons held 158,300 people, and 14 states operated above their highest reported capacity, the report said.",
        True,
        [("count", 158300, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Black Americans were imprisoned at 4.6 times the rate of white Americans.",
        True,
        [("count", 4.6, None, None)],
        None,
    ),
    (
        "en",
        "State prisons released 552,400 people in 2030, while admissions rose to 561,800.",
        True,
        [("count", 552400, None, None), ("year", 2030, None, None), ("count", 561800, None, None)],
        None,
    ),
    (
        "en",
        "BJS statistician Tamsin Okoro-Lindqvist said the increase was driven mainly by longer stays rather than by more admissions.",
        True,
        [],
        "Tamsin Okoro-Lindqvist",
    ),
    (
        "en",
        'The Sentencing Project called the figures "a reminder that mass incarceration never really ended".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Prison reform advocates urged states to expand early release for older prisoners.",
        False,
        [],
        None,
    ),
    # --- Polizeischüler in Wien (APA), 17. Dezember ---
    (
        "de",
        "Wien (APA) - Die Wiener Polizei hat heuer 1.080 Polizeischülerinnen und Polizeischüler aufgenommen, um 160 mehr als im Vorjahr.",
        True,
        [("count", 1080, None, None), ("count", 160, None, None)],
        None,
    ),
    (
        "de",
        "Österreichweit zählt das Innenministerium damit rund 33.400 Polizistinnen und Polizisten.",
        True,
        [("count", 33400, None, "about")],
        None,
    ),
    (
        "de",
        "Die Grundausbildung dauert 24 Monate.",
        True,
        [("duration", 24, "month", None)],
        None,
    ),
    (
        "de",
        "Der Wiener Landespolizeipräsident sagte, von den 1.700 Planstellen, die in Wien unbesetzt seien, könne man bis 2033 knapp zwei Drittel nachbesetzen.",
        True,
        [
            ("count", 1700, None, None),
            ("year", 2033, None, None),
            ("fraction", 0.6667, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "„Mehr Polizei auf der Straße heißt mehr Sicherheit für alle“, sagte der Landespolizeipräsident.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Polizeisprecherin Daniela Zeilinger-Hrdlicka sagte, knapp 38 Prozent der neuen Polizeischüler seien Frauen.",
        True,
        [("percent", 38, "%", "nearly")],
        "Daniela Zeilinger-Hrdlicka",
    ),
    (
        "de",
        "Die Polizeigewerkschaft nannte die Aufnahmeoffensive „einen Tropfen auf den heißen Stein“.",
        False,
        [],
        None,
    ),
]
