"""Four-hundred-and-ninety-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the holders of single real offices appear only by
their office („ein Sprecher des Bundesinnenministeriums“, „ein Sprecher des
Bundesjustizministeriums“, „ein Gerichtssprecher“, „der Vorsitzende Richter“, „die
Vorsitzende Richterin“, „die Richterin“, „der Staatsanwalt“, „die Anklägerin“, "the Victims'
Commissioner", "the Solicitor General", "the Solicitor General's office", "the SFO's
director", "A Ministry of Justice spokesperson"), and judges, prosecutors, police officers,
defence lawyers and lawyers for claimants of real courts, forces and bodies appear under
made-up names that stand for no real holder (a presiding judge in Cologne, a Basel court
president, a federal judge in Manhattan, a District Court judge in Sydney, a High Court
judge in London, two circuit judges, a magistrate in Melbourne, judges in Columbus, Cardiff,
Atlanta and at Southwark, a Scottish judge as „Lady“, prosecutors in Cologne, Salzburg,
Graz, Leipzig and Columbus, detectives of Victoria Police and Police Scotland, a King's
Counsel, defence lawyers, a claimants' lawyer, a law professor and a civil rights group's
lawyer).

Names: the defendants, victims, relatives, judges, prosecutors, lawyers, officers and firms
are invented - Jobst Hellweger-Nkansah, Roswitha Kemmerling-Adu, Theresa
Pölzleitner-Asamoah, Leonie Stadtmüller-Boakye, Corinne Vögtli-Amankwah, Ulrike
Hinterleitner-Dzifa, Konstantin Ebersberger-Kwarteng, Gernot Url-Adjei, Benedikt
Oehlschläger-Mensah, Regula Imfeld-Osei and Selin Aktaş-Hubmann; Marcus Delahaye-Stroud,
Wilhelmina Hartnell-Forsyth, Odette Carrington-Mbeki, Brody Fairweather-Tuala, Genevieve
Arkwright-Sowah, Colin Brightwater-Fale, Lachlan Mulgrave-Oduro, Travion Beaumont-Hale,
Delphine Marchmont-Eze, Harlan Petrossian-Webb, Alisdair Penhaligon-Okoye, Ruairi
Castlemaine-Dunne, Kyle Ashworth-Dlamini, Imelda Fenchurch-Adeyemi, Dante Oyelaran-Shaw,
Evangeline Marchbanks-Odu, Thaddeus Renwick-Sowande, Declan Harrowgate-Wong, Orla
Penberthy-Nkosi, Callum Fotheringham-Ama, Warren Ludgrove-Achebe, Margarethe
Quillfeldt-Ansah, Maisie (a first name only), Ieuan Pritchard-Obeng, Glenys Tregaron-Evans,
Catrin Howell-Bediako, Calvin Throckmorton-Ade, Marguerite Oyelowo-Kent, Lucian
Vandersloot-Pryce, Grant Kinnaird-Boateng, Fiona Strachan-Owusu, Lady Strathannan, Ferenc
Vadász-Kormos, Nigel Featherstonhaugh-Addo and Philippa Wrexham-Darko, the chipmaker Lantern
Semiconductor and the heater maker Hearthwell Appliances - with every unnamed defendant,
victim, relative, neighbour, witness, expert, spokesperson and official. Real courts,
bodies, laws and places (Köln, the Landgericht Köln, Nordrhein-Westfalen, the Dutch border;
London, the Crown Court, England and Wales, the Ministry of Justice, the Criminal Bar
Association; Salzburg, the Landesgericht Salzburg; New York, the Justice Department,
Manhattan federal court; Karlsruhe, the Bundesverfassungsgericht and its Erster Senat, the
Bundespolizeigesetz and the Bundespolizei, the Bundesinnenministerium, the GFF; Sydney,
Newcastle, the NSW District Court, NSW Police; Basel, the Strafgericht Basel-Stadt,
Kleinbasel, the Appellationsgericht; Columbus, Ohio, Franklin County; Nürnberg, the
Amtsgericht Nürnberg; the High Court in London, Press Gazette; Wiesbaden, the Statistisches
Bundesamt, the Deutscher Richterbund, the Bundesjustizministerium; Manchester, Manchester
Crown Court, Moss Side; Wien, the Verfassungsgerichtshof (VfGH), the Strafprozessordnung,
the WKStA, the Justizministerium; San Francisco, Oakland, the 9th U.S. Circuit; Osnabrück,
the Landgericht Osnabrück, the Türkei, the Landeskriminalamt, Niedersachsen; Melbourne,
Victoria Police; Lausanne, the Bundesgericht, the Zürcher Obergericht; Leicester Crown
Court, the Court of Appeal; the Bundesgerichtshof and its 1. Strafsenat, Sachsen-Anhalt, the
Landgericht Magdeburg; St. Louis; Graz, the Landesgericht Graz; Cardiff, Cardiff Crown
Court, South Wales Police, the Crown Prosecution Service; Leipzig, the Landgericht Leipzig;
Strasbourg, the European Court of Human Rights and its Grand Chamber, Hungary, Budapest,
Reuters; Neuenburg, the Bundesamt für Statistik (BFS), the Strassenverkehrsgesetz, the
Schweizerischer Anwaltsverband; Atlanta, the Cayman Islands; München, the Oberlandesgericht
München, the Bundesanwaltschaft, Syrien; Edinburgh, Dundee, the High Court in Edinburgh,
Police Scotland, the Police Investigations and Review Commissioner; the Oberster Gerichtshof
(OGH), Tirol, the Oberlandesgericht Innsbruck, the Landesgericht Innsbruck; Southwark Crown
Court, the Serious Fraud Office, Nigeria, Angola, Dubai, Lagos; and the datelines' cities)
stand for the way wire copy names them; every case, charge, verdict, tally, sentence,
day-fine, fine, award, bail sum, surety, statistic, age, trial day, witness count, case
number and quote here is invented, and where a real figure came to mind (a real conviction
total, a real backlog, a real share of penalty orders, a real count of one-punch deaths, a
real count of judgments against a state) it was changed. Kept as the facts they are: a
German day-fine as a thirtieth of monthly net income and the 90 day-fines up to which a
first fine stays out of the certificate of good conduct, the Swiss release on parole after
two thirds of a sentence and in exceptional cases after half, the Swiss minimum of one year
for the speeding offence, the maximum of 25 years under the New South Wales one-punch laws,
the English guilty-plea reductions of a third and of a tenth on the day of trial, the
Scottish jury of 15, and the Strasbourg court's seven-judge chambers, its 17-judge Grand
Chamber and its three months for a referral.

Its weight: COURTS AND TRIALS, the seventh round on criminal trials (the hundred-second
batch weighed courts, trials and investigations, the two-hundred-and-thirteenth criminal and
civil courts at home, the two-hundred-and-ninetieth criminal trials in Germany, the
three-hundred-and-forty-fourth criminal trials and court rulings, the
four-hundred-and-seventh courts, trials and sentences and the four-hundred-and-forty-sixth
courts, crime and justice; the thirty-ninth, fifty-fifth, hundred-fifty-second,
hundred-seventy-fourth, two-hundred-and-forty-eighth, two-hundred-and-fifty-seventh,
three-hundred-and-tenth, three-hundred-and-eighteenth, three-hundred-and-sixty-seventh,
three-hundred-and-seventy-seventh, four-hundred-and-thirteenth and
four-hundred-and-sixty-second weighed courts in depth, sentencing, police, crime and court
statistics, international, higher and constitutional courts and civil litigation beside
them, and all their decisions are kept, those of the four-hundred-and-seventh and
four-hundred-and-forty-sixth first of all) - three ordinary wire weeks, Monday, October 4,
to Friday, October 22, 2027, as 30 short stories in date order with the German and English
desks interleaved by day, each told as wire copy runs it (a dateline lead with the charge,
the ruling, the verdict or the figure, the sentence and the sums, the ages, both sides, a
quote, the legal status and the next step). German (dpa with "dpa/lnw", "dpa/lby", "dpa/lni"
and "dpa/sn", APA, Keystone-SDA; Austrian „Alkolenker“, „teilbedingter Haft“, „bedingt
nach“, „Schöffensenat“, „Trauerschmerzengeld“, „Teilschmerzengeld“, „Geschworenen“,
„Bedenkzeit“, „Spital“, „Steirer“, „Anfragebeantwortung“, „Erkenntnis“,
„Nichtigkeitsbeschwerde“, „Amtsmissbrauch“, „Baubewilligungen“; Swiss „Raser“,
„Rasertatbestand“, „Führerausweis“, „Busse“, „1500 Franken“, „108'450“, „7'230 Mal“,
„2'140“, „Landesverweisungen“, „fakultative“, „verbüssten“, „liess“, „Verstösse“,
„Strassenverkehrsgesetz“, „Strafbefehl“, «» quotes, no "ß"; German „“ quotes,
„Oberstaatsanwalt“, „Verhandlungstag“, „Tagessätzen zu je“, „Fahrverbot“, „Führungszeugnis“,
„Sondervotum“, „Revision“, „Wirtschaftsstrafkammer“, „Staatsschutzsenat“,
„Bundesanwaltschaft“, „Bewährungsstrafe“, „Haftbefehl ... außer Vollzug“, „Kaution“): ATM
blasters sentenced in Cologne, a drunk driver's partly suspended term in Salzburg, Karlsruhe
striking down the federal police's power to read phones, a Basel speeder with day-fines and
a licence withdrawn, a hit-and-run dentist's day-fines in Nuremberg, Germany's conviction
statistics, the VfGH on overlong investigations, a shock-call gang on trial in Osnabrück,
the Bundesgericht upholding a Zurich killing verdict, the Bundesgerichtshof quashing a
savings bank chief's acquittal, an attempted murder before a Graz jury, a utility manager's
breach of trust in Leipzig with bail, Switzerland's conviction statistics, terror financing
before the OLG Munich and the OGH on a Tyrolean mayor. English (PA, Reuters with dated
datelines, AP, AAP): the Crown Court backlog, a hedge fund manager sentenced in New York, a
one-punch killing in Newcastle, a car wash triple murder in Columbus, libel damages at the
High Court, a scooter murder trial opening in Manchester, the 9th Circuit reviving a
price-fixing suit, a builder's bail in Melbourne, an unduly lenient term raised by the Court
of Appeal, a space heater verdict in St. Louis, a speeding driver jailed in Cardiff, the
Strasbourg court on a Hungarian journalist, an ex-pastor's bail in Atlanta, a Dundee murder
at the High Court in Edinburgh and a bribery conviction at Southwark Crown Court. Figures as
such copy has them: sentences in years and months („von fünf Jahren und drei Monaten bis
neun Jahre“, „drei Jahre und zehn Monate Haft“, „eine Bewährungsstrafe von einem Jahr und
einem Monat“, „zu einer Freiheitsstrafe von 30 Monaten ..., davon zwölf unbedingt“, "42
months in prison", "a year and a day", "four years and eight months ... seven years and six
months", "jailed for life and ordered to serve at least 21 years", "three consecutive life
sentences"), partly suspended terms and probation („Sechs Monate ..., den Rest von 14
Monaten ... bei dreijähriger Probezeit bedingt nach“), shares of a sentence („nach zwei
Dritteln der Strafe“, „nach der Halbstrafe“, "a one-third reduction ... no more than a
tenth"), day-fines and what they mean („90 Tagessätzen zu je 210 Euro“, „90 Tagessätzen zu
80 Franken“, „240 Tagessätzen zu je 95 Euro“, „einem Dreißigstel des monatlichen
Nettoeinkommens“, „Da die Strafe 90 Tagessätze nicht übersteigt“), bail and sureties („eine
Kaution von 250.000 Euro“, "set bail at $750,000", "on a A$250,000 surety"), damages,
awards, costs, forfeiture and fines in euros, francs, dollars, Australian dollars, pounds
and forints, tallies and benches („mit 6:2 Stimmen“, „mit sechs zu zwei Stimmen“, "found
2-1", "A divided three-judge panel", "a seven-judge chamber", "Three judges", "The jury of
15"), court and conviction statistics („rund 684.000 Menschen“, „Gut vier von fünf“, „knapp
70 Prozent“, „108'450 Erwachsene“, „um rund zehn Prozentpunkte“, "74,310", "412 days,
against 298 days", "about 108,000 sitting days", "a record 17,260"), trials and
deliberations as durations, numbered senates and a circuit, case numbers that carry no
quantity („Az. 1 BvR 2207/25“, „G 318/2026“, „Urteil 6B_1047/2026“, „Az. 1 StR 212/27“),
speeds, ages, hedges, years and dates. Speakers as court copy has them: courts, a court
spokesman, prosecutors' offices, statistics offices, police forces, a ministry, a
prosecuting agency, firms, named prosecutors, detectives, defence lawyers, a claimants'
lawyer, a circuit judge writing for the majority, a law professor and a civil rights lawyer,
and beside them the forms left unchecked (findings, documents, data, groups, roles,
possessives, rulings and orders, "The court heard", "according to"). Negatives as courts
produce them - 56 rows, none with a figure: judges', prosecutors' and officials' rhetoric in
quotes, a judge's reported words to a defendant, labels („nannte“, „sprach von“, „feierten
... als“, "described ... as", "called"), a complaint, protestations, apologies, relatives'
feelings, evasions and no-comment lines, views and forecasts told as reports, police advice,
scene colour and the boilerplate „Für die Angeklagten gilt die Unschuldsvermutung.“, each
near a check-worthy look-alike from the same story.

243 rows (123 German, 120 English), 56 negatives (28 German, 28 English), 187 check-worthy
rows of which 24 carry no figure (15 German, 9 English), 322 expected quantities (108
durations - 63 in years, 21 in months, 14 in days, 4 in weeks, 4 in hours, 1 in minutes, 1
in seconds -, 92 counts, 42 amounts of money - 17 EUR, 12 USD, 6 GBP, 4 AUD, 2 CHF, 1 HUF -,
42 years, 12 percentages - 11 in "%", 1 in percentage points "pp" -, 10 fractions, 10 dates
- 2 with a year, 8 without -, 6 ordinals; none of them in a negative), 35 checked speakers
(17 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names and firms were
checked against the earlier batches; two surnames already in use (a defence barrister's, a
prosecutor's) were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, apology, protestation, complaint, view, piece of advice or
  piece of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-second, two-hundred-and-thirteenth,
  two-hundred-and-ninetieth, three-hundred-and-forty-fourth, four-hundred-and-seventh,
  four-hundred-and-forty-sixth); a quoted or reported statement of fact, figure, step,
  finding or position is check-worthy with its speaker, also in Konjunktiv I (thirty-ninth,
  hundred-second). Pairs from one side: Hartnell-Forsyth's order (unchecked) beside her
  "private casino"; Url-Adjei's 2019 beside the prosecutor's „Es ging nie um eine Hecke“;
  the Bundesinnenministerium's 312 uses beside its spokesman's „sorgfältig auswerten“;
  Mulgrave-Oduro's account of his client beside the client's apology; Ashworth-Dlamini's
  denial beside "spoke only to confirm his name"; Castlemaine-Dunne's lawyers' 600,000
  pounds beside his "gives me my name back"; the Solicitor General's office's 173 sentences
  beside the Solicitor General's "No one should go to work ..."; Featherstonhaugh-Addo's
  account to the jury beside his shaking head; the OGH's ruling on the Tyrolean mayor beside
  his „zum Wohl der Gemeinde“; the SFO's 146 million pounds beside its director's "routine
  expense".
- Legal status, rulings and next steps are check-worthy, without a figure too (fifty-fifth,
  hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth, three-hundred-and-sixty-seventh, four-hundred-and-seventh,
  four-hundred-and-forty-sixth): the holdings as leads („hat Teile des Bundespolizeigesetzes
  für verfassungswidrig erklärt“, „ist vom Verfassungsgerichtshof (VfGH) aufgehoben worden“,
  „hat die Nichtigkeitsbeschwerde ... verworfen“, „ist mit seiner Beschwerde vor dem
  Bundesgericht gescheitert“, "The Court of Appeal has increased the sentence ..."), „Das
  Urteil ist nicht rechtskräftig.“, „Das Urteil ist noch nicht rechtskräftig.“, „Das Urteil
  ist damit rechtskräftig.“, „Der Schuldspruch ist damit rechtskräftig, über die Strafhöhe
  muss nun noch das Oberlandesgericht Innsbruck entscheiden, ...“, „Eine andere
  Wirtschaftsstrafkammer ... muss den Fall nun neu verhandeln.“ („Eine andere“ none), „Die
  Verteidigung will den Schuldspruch vor dem Appellationsgericht anfechten.“
  (four-hundred-and-seventh: „Die Verteidigung will den Fall ans Zürcher Obergericht
  weiterziehen.“), „Die Verteidigung kündigte an, Revision einzulegen.“, „Sowohl er als auch
  die Staatsanwaltschaft hatten gegen die Strafhöhe Berufung eingelegt.“, "said her client
  would appeal the conviction", "His public defender said he would appeal.", "said it would
  seek a rehearing before the full appeals court", "said in a statement it planned to
  appeal", "His lawyer said he would plead not guilty to all charges." ("all" none), "Police
  Scotland said it had referred its handling ...". Deadlines and dates set are check-worthy
  with their figures: „bis zum 31. Dezember 2028“ 2028-12-31, „mit Ablauf des 31. Mai 2029“
  2029-05-31 (three-hundred-and-sixty-seventh: „mit Ablauf des 31. Jänner 2031“), „drei Tage
  Bedenkzeit“ 3 days twice (four-hundred-and-seventh), „zunächst 14 Verhandlungstage“ 14
  („zunächst“ no hedge), „frühestens im Herbst 2028“ the year („frühestens“ no hedge,
  three-hundred-and-twenty-fourth, three-hundred-and-sixty-seventh), "due within 28 days",
  "has three months to request a referral", "on December 9", "for Nov. 16", "until 14
  January" (British day-month, four-hundred-and-seventh: "until 17 April"). Evasions and
  no-comment lines are negatives (two-hundred-and-seventy-sixth, three-hundredth,
  three-hundred-and-sixty-seventh, four-hundred-and-seventh): „man werde das Urteil nun
  sorgfältig auswerten“, „Die WKStA teilte mit, sie werde das Erkenntnis genau
  analysieren.“, „Die Sparkasse wollte sich zu dem Verfahren nicht äußern.“, „Die Gemeinde
  wollte die Entscheidung nicht kommentieren.“, "said it was disappointed and would study
  the judgment" (a feeling and a dodge, four-hundred-and-forty-sixth), "did not reply to
  Reuters' questions about the ruling" (as "declined to comment").
- Pleas, admissions, denials and one side's account are check-worthy (seventh,
  hundred-second, two-hundred-and-thirteenth, three-hundred-and-forty-fourth,
  four-hundred-and-seventh, four-hundred-and-forty-sixth): „hatten die Sprengungen am ersten
  Verhandlungstag weitgehend eingeräumt“ (ordinal 1), „ein umfassendes Geständnis abgelegt“,
  „hatte ... vergeblich geltend gemacht“, „Verteidigerin Selin Aktaş-Hubmann sagte, ihr
  Mandant habe geglaubt, ...“, "denies murder and possession of a bladed article", "after he
  admitted causing grievous bodily harm", "after admitting causing death by dangerous
  driving", "who pleaded guilty and testified for the government", "who told the jury the
  payments were legitimate commissions", "said his client had not been in a fight since
  school and had stopped drinking altogether", "said his client had already repaid about
  $310,000 and would plead not guilty". A protestation, remorse or an apology is a negative
  (two-hundred-and-ninetieth, four-hundred-and-seventh, four-hundred-and-forty-sixth): „„Ich
  habe den Aufprall wirklich nicht gehört“, beteuerte der Angeklagte.“, „„Ich kann das nie
  wieder gutmachen ...““, „Der frühere Prokurist entschuldigte sich ...“, „Der frühere
  Bürgermeister beteuerte ..., er habe stets „zum Wohl der Gemeinde“ gehandelt.“, "turned to
  the public gallery and apologised to the family".
- Other negatives (hundred-second, two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth, four-hundred-and-seventh, four-hundred-and-forty-sixth):
  rhetoric in quotes of judges, prosecutors and the holders of offices (the Cologne and
  Leipzig presiding judges, the Nuremberg judge, the Basel court president, the Munich
  presiding judge, the Graz prosecutor, the Victims' Commissioner, the Solicitor General,
  the SFO's director, the ministry spokesman); a judge's reported words to a defendant
  ("told Beaumont-Hale", "told Pritchard-Obeng he had turned ...", "told Kinnaird-Boateng
  that at no point ..."); a judge's written dissent quoted as a label ('In dissent, Circuit
  Judge Thaddeus Renwick-Sowande wrote that the complaint rested on "speculation ..."' -
  three-hundred-and-sixty-seventh: "wrote" unchecked, and the dissent here names no fact);
  labels („nannte das Urteil „maßlos ...““, „sprach von einem „Meilenstein ...““, „sprach
  von einem «Indizienurteil ...»“, „sprach von einem „Fehlurteil ...““, „sprach von einer
  „Strafjustiz auf Verschleiß““, „Die Klägerinnen und Kläger feierten die Entscheidung als
  „Sieg für die Pressefreiheit““ - four-hundred-and-seventh: "welcomed the decision as ..."
  -, "described the figures as proof that the system was "running on fumes"", "called the
  ruling "a warning shot""); a complaint („Der Schweizerische Anwaltsverband kritisierte,
  ...“); feelings of relatives, victims and neighbours (the Salzburg family's photo, the
  daughter in Sydney, the Zurich victim's family, Oyelaran-Shaw's mother, Maisie's father,
  the Melbourne woman, the Cardiff neighbour, the church's pastor and elder, the Dundee
  victim's sister); views and forecasts told as reports without a figure
  (three-hundred-and-ninety-fifth, four-hundred-and-seventh: "Antitrust lawyers said the
  ruling would make it harder ...", "Several trial lawyers said the punitive portion was
  likely to shrink on appeal."); police advice („Die Polizei rät, ...“; eighty-first,
  two-hundred-and-fifty-seventh); scene colour (a photo held up, eyes on the table, a grey
  suit, no emotion on a video link, a lowered head, relatives listening in silence, a
  shaking head; seventy-fourth) and the boilerplate „Für die Angeklagten gilt die
  Unschuldsvermutung.“ (fifty-fifth). As the three-hundred-and-twenty-fourth and later
  batches did, figures were kept out of the negatives ("One punch", "three futures" and „ein
  Stockwerk“ were written out of them), so none carries a quantity.
- Sentences are durations as written (thirty-ninth, hundred-second,
  two-hundred-and-thirteenth, two-hundred-and-ninetieth, three-hundred-and-forty-fourth,
  four-hundred-and-seventh, four-hundred-and-forty-sixth): „zu Haftstrafen ..., die von fünf
  Jahren und drei Monaten bis neun Jahre reichen“ three durations („bis“ without „zu“ no
  hedge, three-hundred-and-sixty-seventh), „zu 20 Monaten teilbedingter Haft“ with „Sechs
  Monate ..., den Rest von 14 Monaten ... bei dreijähriger Probezeit bedingt nach“ 6 and 14
  months and 3 years (the number word heading the compound, two-hundred-and-ninetieth:
  „zweijährige“), „drei Jahre und zehn Monate Haft“, „eine Haftstrafe von drei Jahren und
  neun Monaten“, „zu 14 Jahren Haft“, „eine bedingte Haftstrafe von 18 Monaten“, „zu einer
  Freiheitsstrafe von 16 Jahren verurteilt und für 15 Jahre des Landes verwiesen“
  (four-hundred-and-seventh: „für sieben Jahre des Landes“), „ein Fahrverbot von drei
  Monaten“, „Der Führerausweis wird ihm für mindestens zwei Jahre entzogen“ 2 years
  "at_least", "42 months in prison", "jailed for 12 years", "a non-parole period of nine
  years" (two-hundred-and-thirteenth), "jailed for eight years" and "also banned from
  driving for 11 years" (four-hundred-and-forty-sixth: "disqualified from driving for 10
  years"), "for four years and eight months ... raised the term to seven years and six
  months", "jailed for life and ordered to serve at least 21 years" 21 years "at_least"
  ("jailed for life" none, four-hundred-and-forty-sixth: "ordered to serve at least 19
  years"); demands („Strafen von höchstens sechs Jahren beantragt“ 6 years "at_most" -
  four-hundred-and-ninety-third: „höchstens“ -, „vier Jahre und sechs Monate gefordert, die
  Verteidigung eine Strafe von unter zwei Jahren“ 2 years "under" -
  four-hundred-and-ninety-third: „für Kinder unter drei Jahren“ -, "had sought at least
  seven years, and the defense no more than 24 months" "at_least" and "at_most" -
  hundred-seventh: "no more than 45 people" "at_most"). „einem Jahr und einem Monat“ is 1
  year and 1 month and „eine Mindeststrafe von einem Jahr“ 1 year - the number word before
  the unit as „von einem Jahr und neun Monaten“ (four-hundred-and-seventh,
  two-hundred-and-ninetieth), and a minimum is the rule's own figure with no hedge
  (hundred-seventieth, hundred-eighty-seventh: „Mindeststrafe“). „zu einer Freiheitsstrafe
  von 30 Monaten verurteilt, davon zwölf unbedingt“ gives 30 and 12 months - the unit
  written once serves the elliptic figure (three-hundred-and-eighty-second,
  four-hundred-and-eighty-second: "the air a chilly 3"), as „davon 12 Monate unbedingt“
  (four-hundred-and-seventh) does with the unit written out. Penalties a charge carries
  (fourth, two-hundred-and-thirteenth, three-hundred-and-forty-fourth,
  four-hundred-and-forty-sixth): "each of which could bring up to 20 years behind bars" and
  "faces up to 10 years in prison on each count" "up_to" ("each count" none), "carry a
  maximum penalty of 25 years in jail" with no hedge (three-hundred-and-forty-fourth: "a
  maximum sentence of 20 years"). New: "was sentenced in August to a year and a day" is 1
  year and 1 day - in a term the court imposes the article stands for the number, as „zu
  einem Jahr und einem Monat“ gives 1 and 1 here, while "a year earlier", "a year ago", "a
  day" as a rate and "a week" carry none where they date an event or give a rate
  (four-hundred-and-forty-sixth, four-hundred-and-ninety-third); the term is the fact
  checked. New: "was sentenced Thursday to three consecutive life sentences" is count 3 -
  the number counts the sentences as "three counts" counts the charges, while "life" names
  no figure ("five years to life" 5 years only, hundred-fifty-second; „lebenslange Haft“
  none) and "consecutive" carries none (hundred-ninth); the row's "shot three people dead"
  is the other count 3. „teilbedingt“, „bedingt“, „unbedingt“, „Bewährungsstrafe“,
  „lebenslanger Haft“, „außer Vollzug“, "without the possibility of parole" and "a majority
  verdict" carry none.
- Shares of a sentence and of a plea discount are fractions (hundred-second: „Nach Verbüßung
  von zwei Dritteln der Strafe“ 0.6667; two-hundred-and-thirteenth: shares of a sentence):
  „nach zwei Dritteln der Strafe“ 0.6667 ("in der Regel" none), "a one-third reduction for a
  guilty plea" 0.3333 (the hyphenated share as "About one-third" 0.3333), "deserved no more
  than a tenth" 0.1 "at_most"; "at the eleventh hour" carries no ordinal
  (four-hundred-and-eighty-second: an idiom for the last moment). New: „in Ausnahmefällen
  bereits nach der Halbstrafe“ is fraction 0.5 - the Swiss and Austrian compound names half
  of the sentence as the share it is, as „die nötige Zweidrittelmehrheit“ gives 0.6667 for
  its compound share, unlike „Halbjahr“, which names a period („im ersten Halbjahr“ 1 only,
  four-hundred-and-ninety-third), and „Halbierung“, a verb's noun (hundred-seventy-fifth);
  „bereits“ no hedge. New: „entspricht er einem Dreißigstel des monatlichen Nettoeinkommens“
  is fraction 0.0333 - a fraction word of any denominator is its decimal rounded to four
  places, as „ein Zwanzigstel“ 0.05 and „ein Tausendstel“ 0.001, and "one in six" 0.1667
  (four-hundred-and-forty-sixth); „in der Regel“ none.
- Day-fines, bail and court money (thirty-ninth, fifty-fifth, two-hundred-and-thirteenth,
  two-hundred-and-ninetieth, three-hundred-and-forty-fourth, four-hundred-and-seventh,
  four-hundred-and-forty-sixth): „eine Geldstrafe von 90 Tagessätzen zu je 210 Euro“ count
  90 and 210 EUR, „240 Tagessätzen zu je 95 Euro“ count 240 and 95 EUR („je“ no hedge),
  „eine bedingte Geldstrafe von 90 Tagessätzen zu 80 Franken“ count 90 and 80 CHF (the bare
  „zu“ as „à“, fifty-fifth, and „zu je“, four-hundred-and-seventh), „eine bedingte
  Geldstrafe von 150 Tagessätzen“ 150, „eine Busse von 1500 Franken“ without a separator
  (thirty-fifth, four-hundred-and-seventh: „eine Busse von 2500 Franken“); „Da die Strafe 90
  Tagessätze nicht übersteigt“ 90 with no hedge (four-hundred-and-forty-sixth: the verb
  carries the bound, with or without its negation); bail as money in the currency written
  („eine Kaution von 250.000 Euro“, "set bail at $750,000", "granted bail on a A$250,000
  surety" - fifty-fifth, hundred-second, hundred-fifty-second, three-hundred-and-eighteenth;
  a surety is the bail's sum; "held without bail" none); EUR („rund 1,9 Millionen Euro“,
  „rund 1,3 Millionen Euro“ („insgesamt“ no hedge), „rund 7,4 Millionen Euro“, „rund 8,7
  Millionen Euro“ and „rund 900.000 Euro“ ("erst" no hedge) "about", „mehr als 4,6 Millionen
  Euro“ and „mehr als 410.000 Euro“ "over", „rund 4.800 Euro“ "about", „jeweils 15.000 Euro
  Trauerschmerzengeld“ („jeweils“ no hedge), „ein Teilschmerzengeld von 30.000 Euro“,
  „Kredite über insgesamt 38 Millionen Euro“ („über“ governed by the noun,
  three-hundred-and-forty-fourth), „knapp 38.000 Euro“ "nearly"; "9,000 euros in
  non-pecuniary damages and 4,500 euros for costs" in English copy), USD ("about $11.8
  million" "about", "to forfeit $11.8 million and fined him $2 million", "a $40 wash",
  "$48.5 million", "$8.5 million in compensatory damages and $40 million in punitive
  damages", "more than $3.2 billion" and "more than $2.3 million" "over", "$600,000", "about
  $310,000" "about"), GBP ("385,000 pounds", "1.2 million pounds", "600,000 pounds", "146
  million pounds", "about 9.3 million pounds" "about", "38.5 million pounds"), AUD ("about
  A$6.2 million" "about", "more than A$1.4 million" "over", "up to A$180,000" "up_to", as
  every AAP row writes "A$"), HUF ("800,000 forints", three-hundred-and-eighty-eighth: "1.3
  billion forints"); "80% of Castlemaine-Dunne's legal costs" in "%" ("including" no hedge).
- Counts of charges, cases, trial days, witnesses, victims and tallies (eleventh,
  hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth, three-hundred-and-sixty-seventh, four-hundred-and-seventh,
  four-hundred-and-forty-sixth): „Für 23 Geldautomatensprengungen“ 23 (the compound none),
  „vier Männer“, „für drei der Männer“ 3, „Den drei Kindern“, „in 312 Fällen“, „in 87
  Fällen“, „in 26 Fällen“, „fünf Männer“, „zunächst 14 Verhandlungstage“, „mit 14
  Überweisungen“, „37 Baubewilligungen ... mit 48 Wohneinheiten“, „zweimal“ 2 (the issue's
  „viermal“), "nine counts", "three counts", "27 counts", "63 charges", "41 families", "14
  companies", "17 rounds", "42 witnesses", "14 witnesses, three of them former councillors",
  "stabbed a rival seven times" 7, "shot three people dead" 3, "twice" 2, "six points on his
  licence", "four times", "11 times since 2023", "three times a week" 3 ("a week" none), "14
  operations", "at least 36 complaints" "at_least", "about 410,000 of the heaters" "about",
  "11 cases", "with two rivals", "acquitted two co-defendants", "on four of six counts" 4
  and 6 (four-hundred-and-forty-sixth: "nine of 11 counts"); tallies and benches one count
  per figure („mit 6:2 Stimmen“ 6 and 2 - three-hundred-and-sixty-seventh: „mit 5:3 Stimmen“
  -, „Die acht Geschworenen sprachen ihn mit sechs zu zwei Stimmen schuldig“ 8, 6 and 2,
  „Zwei Richter des Senats ... ein gemeinsames Sondervotum von 23 Seiten“ 2 and 23 -
  three-hundred-and-sixty-seventh: „ein gemeinsames Sondervotum von 14 Seiten“ -, "found
  2-1" 2 and 1 - three-hundred-and-sixty-seventh: "by a 2-1 vote" -, "A divided three-judge
  panel" 3, "a seven-judge chamber" 7 and "the court's 17-judge Grand Chamber" 17 - the
  number heading the compound, hundred-seventy-fourth, three-hundred-and-sixty-seventh: "a
  five-judge Constitution bench" -, "Three judges" 3, "Seven men and five women were sworn
  in as jurors" 7 and 5 - four-hundred-and-seventh: "the jury of seven men and five women"
  -, "The jury of 15" 15; "Twenty-three U.S. states" 23, a number word opening the row,
  three-hundredth, three-hundred-and-sixty-seventh); court and conviction statistics
  (fifty-fifth, two-hundred-and-fifty-seventh, four-hundred-and-forty-sixth): „rund 684.000
  Menschen“ "about", „101.300 Menschen“, „71 Menschen ..., elf mehr“ 71 and 11 („mehr“ after
  the figure compares, hundred-first), „auf 21.870“, „mindestens 1.500 Richterinnen und
  Richter ...“ "at_least", „108'450 Erwachsene“ and „in 2'140 Fällen“ with the Swiss
  separator (twelfth), „7'230 Mal“ 7,230 (the issue's "100 Mal"), „mehr als 3.100 solcher
  Anrufe“ "over", „mindestens 40 weitere Telefone“ "at_least" („weitere“ no hedge),
  "74,310", "some 17,800" "about", "about 108,000 sitting days ..., short of the 112,000"
  and "1,400 extra sitting days" (sixty-fifth, hundred-fifty-second: sitting days are
  counts), "a record 17,260" ("a record" no hedge, four-hundred-and-ninety-third), "173
  sentences", "one-punch deaths ... to four ..., from 11" 4 and 11. Speeds, weights and
  measures are counts (tenth, two-hundred-and-thirteenth, four-hundred-and-seventh,
  four-hundred-and-forty-sixth): „1,9 Promille“ 1.9 (tenth: „Promille“ a count), „mit rund
  70 km/h ..., erlaubt waren 50“ 70 "about" and 50, „mit 143 Kilometern pro Stunde ...,
  erlaubt sind dort 50“ 143 and 50, „mit bis zu 400 PS“ 400 "up_to", "87mph in a 30mph zone"
  87 and 30 (four-hundred-and-forty-sixth: "about 70mph in a 40mph zone"), "more than 200
  metres" "over", "at least eight schooners of beer" 8 "at_least". New: "the state's
  one-punch laws" and "one-punch deaths" carry no count - the compound names a class of
  offence under the New South Wales law, as "first-time" names a kind of buyer
  (hundred-seventy-second), „Doppelpack“ a feat (four-hundred-and-ninetieth) and "two-speed"
  a manner (four-hundred-and-ninety-third), and the single blow is told apart where it is
  counted ("with a single punch" none as "a single reckless moment",
  four-hundred-and-forty-sixth). None: „Millionenverluste“ (hundred-forty-seventh: „in
  Millionenhöhe“ none), „jahrelangen“, „einer Bande“, „einem Callcenter“, „einen
  Kleinwagen“, „ein Chaletdorf“, „eine Kaution“ as a word, „Eine Zeugin“, "one of its
  heaters", "a bare block of land", "a canal", "all charges", "each count", "a majority
  verdict", "unanimously".
- Case numbers and legal references are identifiers and carry no quantity (ninth,
  ninety-second, three-hundred-and-tenth, three-hundred-and-sixty-seventh,
  four-hundred-and-seventh, four-hundred-and-forty-sixth): „(Az. 1 BvR 2207/25)“ and „(Az. 1
  StR 212/27)“ - the senate's number and the year inside them none -, „(G 318/2026)“
  (three-hundred-and-sixty-seventh: „G 214/2029“), „(Urteil 6B_1047/2026)“. Numbered senates
  and circuits are ordinals (two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-sixty-seventh, four-hundred-and-forty-sixth): „Der Erste Senat“ 1, „Der
  1. Strafsenat“ 1, „Der 8. Strafsenat“ 8, "the 9th U.S. Circuit" 9. Other ordinals: „am
  ersten Verhandlungstag“ 1 (hundred-second), „im zweiten Wagen“ 2. „Das älteste Opfer“,
  "the largest" and "the first" of nothing carry none (hundred-fifty-second).
- Ages are durations in years (every batch): „Ein 34-jähriger Alkolenker“, „eine 61-jährige
  Radfahrerin“, „einen 23-jährigen Raser“, „einen 58-jährigen Zahnarzt“, „Ein 39-jähriger
  Mann“, „Der heute 63-Jährige“ („heute“ no hedge), „ein 52 Jahre alter Steirer“, „auf die
  67-Jährige“, „der 57-Jährige“, „einen 29-Jährigen“, „den 61-Jährigen“, „Das älteste Opfer
  war 94 Jahre alt.“, „im Alter von 24 bis 37 Jahren“ and „im Alter von 21 bis 46 Jahren“
  both ends (four-hundred-and-forty-sixth); "Marcus Delahaye-Stroud, 46,", "Brody
  Fairweather-Tuala, 27,", "52-year-old Colin Brightwater-Fale", "Travion Beaumont-Hale,
  31,", "The victims were 19, 24 and 58 years old." three ages (the unit written once,
  two-hundred-and-ninetieth), "A 19-year-old man", "20-year-old Dante Oyelaran-Shaw",
  "Declan Harrowgate-Wong, 44,", "Warren Ludgrove-Achebe, 35,", "the 41-year-old victim", "a
  6-year-old girl", "Ieuan Pritchard-Obeng, 24,", "71-year-old Glenys Tregaron-Evans",
  "Calvin Throckmorton-Ade, 51,", "Grant Kinnaird-Boateng, 42,", "Nigel
  Featherstonhaugh-Addo, 59,".
- Other durations (the issue: "fünfstündigen Treffen", "a two-week visit"; hundred-second,
  two-hundred-and-thirteenth, three-hundred-and-forty-fourth, four-hundred-and-seventh,
  four-hundred-and-forty-sixth): trials, hearings and deliberations ("a three-week trial",
  "the 11-day trial", "The trial lasted eight days", "a 15-day trial", "a nine-day trial",
  "a 14-week trial", "the trial is expected to last four weeks", „nach zweitägiger Beratung“
  2 days, "after deliberating for about seven hours" and "about 11 hours across two days"
  "about" and 2 days, "for just over five hours" "over" - three-hundred-and-sixty-seventh:
  "just over eight hours"); court statistics' waits ("had been waiting for more than 12
  months" "over", "412 days, against 298 days" - "against" no hedge,
  four-hundred-and-ninety-third -, „im Schnitt für 9,4 Monate“ - „im Schnitt“ no hedge);
  spans in the cases („seit mehr als sieben Jahren“ "over", „länger als fünf Jahre“ "over" -
  four-hundred-and-ninety-third: "longer than 52 weeks" -, „Eine starre Höchstdauer von drei
  Jahren“ with no hedge - three-hundred-and-sixty-seventh: a compound's „Mindest-“ -, „fast
  drei Wochen im Spital“ "nearly", „die rund 44 bereits verbüssten Monate“ "about", "about
  90 minutes after the attack" "about", "died two days later", "found it 11 days later",
  "just 0.8 seconds" 0.8 seconds ("just" no hedge), "only 11 months earlier" ("only" no
  hedge), "more than 400 hours of dashcam and doorbell footage" "over" - thirty-ninth: "more
  than 300 hours of CCTV footage" -, "due within 28 days" and "has three months" - "within"
  no hedge). None: „binnen einer Stunde“ (an article, as „binnen eines Monats“,
  two-hundred-and-thirteenth), „im vergangenen Jahr“, „im Vorjahr“, „bis Ende Januar“, „in
  diesem Jahr“, „jeden Tag“, "in the year to June", "the rest of the financial year", "a
  decade earlier" (two-hundred-and-sixty-fifth: "a decade ago"), "the previous year", "last
  year", "last month", "every Sunday", months and weekdays.
- Percentages and other fractions (the issue: "ein Drittel", "jeder vierte"): „2,7 Prozent
  mehr als 2025“, „knapp 70 Prozent“ "nearly", „19,4 Prozent ..., ... 8,1 Prozent“, „um 3,4
  Prozent auf 21.870“ 3.4 and 21,870 (a change and a level, four-hundred-and-ninety-third),
  „1,8 Prozent weniger“, „In 82 Prozent der Fälle“, „Rund 88 Prozent“ "about", „um rund zehn
  Prozentpunkte“ 10 "pp" "about", "6% more than a year earlier", "fell 2.3%"; „Gut vier von
  fünf Verurteilten“ 0.8 "over" ("X von Y" as the share X/Y,
  three-hundred-and-twenty-eighth: „Vier von fünf“), „Gut die Hälfte“ 0.5 "over", „rund ein
  Fünftel der Kredite“ 0.2 "about", „bei rund einem Drittel davon“ 0.3333 "about", "Almost a
  quarter of those cases" 0.25 "nearly".
- Years and dates (thirty-ninth, hundred-second, two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth, four-hundred-and-seventh, four-hundred-and-forty-sixth):
  „zwischen 2024 und 2026“, „zwischen 2017 und 2021“, „zwischen 2020 und 2023“, "between
  2021 and 2025", "between 2019 and 2023", "between 2015 and 2020" both years, „zwischen
  Oktober 2025 und Juni 2026“ the years, „erst 2023“ („erst“ no hedge), „Einführung 2024“,
  „bereits 2019“ („bereits“ no hedge), „seit Februar 2024“, „im Januar 2026“, „hatte 2022
  Insolvenz angemeldet“, „im Herbst 2028“ (a season with its year,
  four-hundred-and-eighty-second: „im Frühjahr 2029“), „seit 2015“, „2,7 Prozent mehr als
  2025“, „haben 2026 insgesamt 108'450 Erwachsene verurteilt ... als 2025“ both, "in 2019",
  "since 2019", "in 2025" (three times), "in 2026" (three times), "in July 2026", "in March
  2026", "since 2023", "since 2020", "in 2023", "a 2021 article" and "a 2024 house fire" (a
  year before a noun dates it, four-hundred-and-eighty-second: "a 1946 Jeep"), "the 2026-27
  financial year" both years (four-hundred-and-eighty-second); the full dates above; "on
  December 9" --12-09, "for Nov. 16" --11-16 and "until 14 January" --01-14 dates without a
  year; Reuters datelines with a day ("NEW YORK, Oct 5", "LONDON, Oct 8", "SAN FRANCISCO,
  Oct 12", "STRASBOURG, Oct 19", "LONDON, Oct 22") dates without a year
  (three-hundred-and-ninety-fifth, four-hundred-and-seventy-fourth); dpa, dpa/lnw, dpa/lby,
  dpa/lni, dpa/sn, APA, Keystone-SDA, PA, AP and AAP datelines none (seventy-ninth). The
  years inside „Az. 1 BvR 2207/25“, „Az. 1 StR 212/27“, „G 318/2026“ and „6B_1047/2026“
  none.
- Hedges, only the names in use: „rund“, „Rund“, "about", "some" "about"; „knapp“, „fast“,
  "Almost" "nearly"; „mehr als“, „Gut“, "more than", "just over" "over"; „unter“ before a
  figure "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least";
  „höchstens“, "no more than" "at_most". No hedge: „insgesamt“, „jeweils“, „je“, „zunächst“,
  „heute“, „bereits“, „erst“, „bislang“, „allein“, „weitere“, „frühestens“, „im Schnitt“,
  „in der Regel“, „zwischen“, „bis“ without „zu“, „über“ governed by a noun, „mehr“ after a
  figure, "a record", "against", "just", "only", "including", "within", "each", "all".
- Speakers, checked only in forms the earlier batches settled. German: „nach Angaben des
  Gerichts“ -> "das Gericht" and „nach Angaben der Staatsanwaltschaft“ -> "die
  Staatsanwaltschaft" (the source in the nominative, two-hundred-and-thirteenth,
  four-hundred-and-seventh, four-hundred-and-forty-sixth); „teilte das
  Bundesverfassungsgericht am Mittwoch mit“ -> "das Bundesverfassungsgericht" and „teilte
  der Bundesgerichtshof am Freitag mit“ -> "der Bundesgerichtshof" with the weekday dropped
  (four-hundred-and-forty-sixth); „Wie das Bundesgericht am Donnerstag mitteilte“ -> "das
  Bundesgericht" (the "wie"-clause checked, four-hundred-and-seventh,
  four-hundred-and-forty-sixth); „teilte der VfGH am Dienstag mit“ -> "der VfGH"
  (three-hundred-and-sixty-seventh) and „teilte der OGH am Freitag mit“ -> "der OGH", the
  court's abbreviation as written (four-hundred-and-seventh: "das OLG"); „teilte ein
  Gerichtssprecher mit“ -> "ein Gerichtssprecher" (two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth, four-hundred-and-forty-sixth); „wie das Statistische
  Bundesamt bei der Vorlage seiner Strafverfolgungsstatistik mitteilte“ -> "das Statistische
  Bundesamt" and „teilte das Bundesamt für Statistik (BFS) zur neuen Strafurteilsstatistik
  mit“ -> "das Bundesamt für Statistik", the occasion and the abbreviation dropped
  (hundred-eighty-eighth: the occasion dropped; four-hundred-and-eighty-second: „wie das
  Bundesamt für Statistik (BFS) mitteilte“); „Oberstaatsanwalt Jobst Hellweger-Nkansah
  sagte, ...“, „Staatsanwältin Theresa Pölzleitner-Asamoah sagte, ...“, „GFF-Juristin Leonie
  Stadtmüller-Boakye sagte, ...“, „Staatsanwalt Benedikt Oehlschläger-Mensah sagte, ...“,
  „Strafrechtsprofessorin Regula Imfeld-Osei sagte, ...“ and „Verteidigerin Selin
  Aktaş-Hubmann sagte, ...“ the name (three-hundred-and-sixty-seventh: „VKI-Juristin Bettina
  Rauchwarter sagte, ...“; four-hundred-and-seventh: „Verteidigerin Annika Lohbeck sagte,
  ...“), „Laut Staatsanwalt Gernot Url-Adjei“ the name with the title dropped
  (four-hundred-and-forty-sixth: „Laut Staatsanwältin Verena Stögerer-Haindl“). English:
  "the Ministry of Justice said", "the Justice Department said", "the Crown Prosecution
  Service said" and "the Serious Fraud Office said" with their article
  (two-hundred-and-thirteenth, three-hundred-and-seventy-sixth,
  four-hundred-and-forty-sixth); "NSW Police said", "Victoria Police said", "South Wales
  Police said" and "Police Scotland said" as written (four-hundred-and-twentieth,
  four-hundred-and-forty-sixth); "Lantern Semiconductor said" and "Hearthwell said in a
  statement ..." as written (hundred-second, four-hundred-and-forty-sixth); "Defense
  attorney Odette Carrington-Mbeki said", "Defence barrister Lachlan Mulgrave-Oduro said",
  "Assistant Prosecutor Delphine Marchmont-Eze said", "Plaintiffs' attorney Margarethe
  Quillfeldt-Ansah said" and "Defense attorney Lucian Vandersloot-Pryce said" the name with
  the role dropped (two-hundred-and-thirteenth, three-hundred-and-forty-fourth,
  four-hundred-and-forty-sixth); "Detective Sergeant Callum Fotheringham-Ama said" and
  "Detective Chief Inspector Fiona Strachan-Owusu of Police Scotland said" the name with
  rank and force dropped (four-hundred-and-seventh, four-hundred-and-forty-sixth); "Writing
  for the majority, Circuit Judge Evangeline Marchbanks-Odu said" the name
  (two-hundred-and-forty-eighth, three-hundred-and-sixty-seventh), the judge's reasoning as
  reported check-worthy. Each row's diacritics and hyphens are its speaker's
  („Pölzleitner-Asamoah“, „Stadtmüller-Boakye“, „Oehlschläger-Mensah“, „Aktaş-Hubmann“).
  Left unchecked (None): all negatives, also those with a named speaker; „laut Anklage“ and
  „Laut einem Gutachten“ (documents), „Wie aus einer Antwort des Bundesinnenministeriums
  hervorgeht“, „Wie aus einer Anfragebeantwortung des Justizministeriums hervorgeht“ and
  „Wie aus Zahlen des Landeskriminalamts hervorgeht“ (documents and data,
  four-hundred-and-ninety-third), „Nach Berechnungen des Richterbunds“
  (four-hundred-and-ninety-third: „Nach Berechnungen des Instituts ...“), „heißt es in dem
  Erkenntnis“ (three-hundred-and-sixty-seventh), „Nach den Feststellungen der Kammer“ and
  „Nach Überzeugung des Staatsschutzsenats“ (findings, two-hundred-and-ninetieth),
  „bezifferte das Gericht“ (no verb of saying, four-hundred-and-fifth: „beziffert die
  Kammer“), „Die Verteidigung kündigte an“ and „will ... anfechten“ (no verbs of saying);
  "Prosecutors said" (twice) and "Prosecutors had asked" (groups), "The court heard" (four
  times), "the jury was told" and "a jury ... has heard" (testimony,
  four-hundred-and-seventh, four-hundred-and-forty-sixth), "Judge Genevieve Arkwright-Sowah
  ruled", "Judge Alisdair Penhaligon-Okoye ruled", "ordered", "Magistrate Orla
  Penberthy-Nkosi ordered", "Superior Court Judge Marguerite Oyelowo-Kent ordered" and
  "adjourned sentencing" (rulings and orders, three-hundred-and-forty-fourth), "Opening the
  prosecution case, Imelda Fenchurch-Adeyemi KC said" (four-hundred-and-seventh: the
  post-nominal "KC" left unchecked), "A Ministry of Justice spokesperson said" (a role,
  four-hundred-and-twentieth), "The Solicitor General's office said" (a possessive heading
  the body's name, eighty-third, four-hundred-and-forty-sixth), "His public defender said",
  "His lawyer said" and "Castlemaine-Dunne's lawyers had sought" (possessives,
  eighty-third), "Separate figures showed" (data), "according to court filings", "according
  to figures compiled by the trade title Press Gazette" and "according to its own
  statistics" (every "according to", four-hundred-and-ninety-third), and rows without
  attribution. To keep the checked speakers near 35, several figures are given no
  attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_496 = [
    # --- Geldautomatensprenger verurteilt (dpa/lnw), Montag, 4. Oktober ---
    (
        "de",
        "Köln (dpa/lnw) - Für 23 Geldautomatensprengungen in Nordrhein-Westfalen zwischen 2024 und 2026 hat das Landgericht Köln vier Männer zu Haftstrafen verurteilt, die von fünf Jahren und drei Monaten bis neun Jahre reichen.",
        True,
        [
            ("count", 23, None, None),
            ("year", 2024, None, None),
            ("year", 2026, None, None),
            ("count", 4, None, None),
            ("duration", 5, "year", None),
            ("duration", 3, "month", None),
            ("duration", 9, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Erbeutet haben die Männer nach Angaben des Gerichts rund 1,9 Millionen Euro, an Bankfilialen und Wohnhäusern entstand ein Sachschaden von mehr als 4,6 Millionen Euro.",
        True,
        [("money", 1900000, "EUR", "about"), ("money", 4600000, "EUR", "over")],
        "das Gericht",
    ),
    (
        "de",
        "Die Angeklagten im Alter von 24 bis 37 Jahren hatten die Sprengungen am ersten Verhandlungstag weitgehend eingeräumt.",
        True,
        [("duration", 24, "year", None), ("duration", 37, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Oberstaatsanwalt Jobst Hellweger-Nkansah sagte, die Gruppe sei mit gestohlenen Autos mit bis zu 400 PS unterwegs gewesen und nach jeder Tat binnen einer Stunde über die niederländische Grenze geflüchtet.",
        True,
        [("count", 400, None, "up_to")],
        "Jobst Hellweger-Nkansah",
    ),
    (
        "de",
        "„Sie haben mit dem Leben von Familien gespielt, die direkt über den Automaten schliefen“, sagte die Vorsitzende Richterin Roswitha Kemmerling-Adu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verteidigung hatte für drei der Männer Strafen von höchstens sechs Jahren beantragt.",
        True,
        [("count", 3, None, None), ("duration", 6, "year", "at_most")],
        None,
    ),
    ("de", "Ein Verteidiger nannte das Urteil „maßlos und von der öffentlichen Stimmung getrieben“.", False, [], None),
    ("de", "Das Urteil ist nicht rechtskräftig.", True, [], None),
    # --- Crown Court backlog (PA), Monday, October 4 ---
    (
        "en",
        "LONDON (PA) - The number of cases awaiting a hearing in the Crown Court in England and Wales climbed to 74,310 at the end of June, 6% more than a year earlier, the Ministry of Justice said.",
        True,
        [("count", 74310, None, None), ("percent", 6, "%", None)],
        "the Ministry of Justice",
    ),
    (
        "en",
        "Almost a quarter of those cases, some 17,800, had been waiting for more than 12 months.",
        True,
        [("fraction", 0.25, None, "nearly"), ("count", 17800, None, "about"), ("duration", 12, "month", "over")],
        None,
    ),
    (
        "en",
        "For cases that went to trial, the median time from charge to completion was 412 days, against 298 days in 2019.",
        True,
        [("duration", 412, "day", None), ("duration", 298, "day", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Crown courts used about 108,000 sitting days in the year to June, short of the 112,000 the department had funded.",
        True,
        [("count", 108000, None, "about"), ("count", 112000, None, None)],
        None,
    ),
    (
        "en",
        '"Behind every case in that queue is a victim whose life is on hold," the Victims\' Commissioner said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Ministry of Justice spokesperson said 1,400 extra sitting days had been released for the rest of the financial year.",
        True,
        [("count", 1400, None, None)],
        None,
    ),
    (
        "en",
        'The Criminal Bar Association described the figures as proof that the system was "running on fumes".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Separate figures showed the number of people held on remand in prisons in England and Wales had reached a record 17,260.",
        True,
        [("count", 17260, None, None)],
        None,
    ),
    # --- Alkolenker verurteilt (APA), Dienstag, 5. Oktober ---
    (
        "de",
        "Salzburg (APA) - Ein 34-jähriger Alkolenker, der im Mai eine 61-jährige Radfahrerin tödlich verletzt hatte, ist am Dienstag am Landesgericht Salzburg zu 20 Monaten teilbedingter Haft verurteilt worden.",
        True,
        [("duration", 34, "year", None), ("duration", 61, "year", None), ("duration", 20, "month", None)],
        None,
    ),
    (
        "de",
        "Sechs Monate muss der Mann tatsächlich absitzen, den Rest von 14 Monaten sah ihm der Schöffensenat bei dreijähriger Probezeit bedingt nach.",
        True,
        [("duration", 6, "month", None), ("duration", 14, "month", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Laut einem Gutachten hatte er zum Unfallzeitpunkt 1,9 Promille im Blut und war mit rund 70 km/h unterwegs, erlaubt waren 50.",
        True,
        [("count", 1.9, None, None), ("count", 70, None, "about"), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Den drei Kindern der Getöteten sprach der Schöffensenat jeweils 15.000 Euro Trauerschmerzengeld zu.",
        True,
        [("count", 3, None, None), ("money", 15000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ich kann das nie wieder gutmachen, ich denke jeden Tag an diese Familie“, sagte der Angeklagte unter Tränen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Staatsanwältin Theresa Pölzleitner-Asamoah sagte, der Mann habe seinen Führerschein erst 2023 nach einem früheren Alkoholdelikt zurückbekommen.",
        True,
        [("year", 2023, None, None)],
        "Theresa Pölzleitner-Asamoah",
    ),
    (
        "de",
        "Der Verteidiger erbat drei Tage Bedenkzeit, und auch die Anklägerin legte sich noch nicht fest, weshalb das Urteil nicht rechtskräftig ist.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    ("de", "Vor dem Verhandlungssaal hielten Angehörige ein Foto der Toten in die Höhe.", False, [], None),
    # --- Hedge fund manager sentenced (Reuters), Tuesday, October 5 ---
    (
        "en",
        "NEW YORK, Oct 5 (Reuters) - A former portfolio manager at a New York hedge fund was sentenced on Tuesday to 42 months in prison for trading on confidential merger information, the Justice Department said.",
        True,
        [("date", "--10-05", None, None), ("duration", 42, "month", None)],
        "the Justice Department",
    ),
    (
        "en",
        "Marcus Delahaye-Stroud, 46, was convicted in June on nine counts of securities fraud and conspiracy after a three-week trial in Manhattan federal court.",
        True,
        [("duration", 46, "year", None), ("count", 9, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "Prosecutors said he made about $11.8 million by trading shares and options of 14 companies ahead of takeover announcements between 2021 and 2025.",
        True,
        [
            ("money", 11800000, "USD", "about"),
            ("count", 14, None, None),
            ("year", 2021, None, None),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "en",
        "U.S. District Judge Wilhelmina Hartnell-Forsyth also ordered him to forfeit $11.8 million and fined him $2 million.",
        True,
        [("money", 11800000, "USD", None), ("money", 2000000, "USD", None)],
        None,
    ),
    (
        "en",
        "His former analyst, who pleaded guilty and testified for the government, was sentenced in August to a year and a day.",
        True,
        [("duration", 1, "year", None), ("duration", 1, "day", None)],
        None,
    ),
    (
        "en",
        "Prosecutors had sought at least seven years, and the defense no more than 24 months.",
        True,
        [("duration", 7, "year", "at_least"), ("duration", 24, "month", "at_most")],
        None,
    ),
    (
        "en",
        '"Mr. Delahaye-Stroud treated the stock market as his private casino," Hartnell-Forsyth said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Defense attorney Odette Carrington-Mbeki said her client would appeal the conviction.",
        True,
        [],
        "Odette Carrington-Mbeki",
    ),
    # --- Karlsruhe zum Auslesen von Handys (dpa), Mittwoch, 6. Oktober ---
    (
        "de",
        "Karlsruhe (dpa) - Das Bundesverfassungsgericht hat Teile des Bundespolizeigesetzes für verfassungswidrig erklärt, die der Bundespolizei das heimliche Auslesen von Mobiltelefonen erlauben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Erste Senat entschied mit 6:2 Stimmen, dass die Befugnisse gegen das Grundrecht auf Vertraulichkeit und Integrität informationstechnischer Systeme verstoßen (Az. 1 BvR 2207/25).",
        True,
        [("ordinal", 1, None, None), ("count", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Gesetzgeber muss die Regelungen bis zum 31. Dezember 2028 nachbessern, bis dahin dürfen sie nur eingeschränkt angewendet werden, teilte das Bundesverfassungsgericht am Mittwoch mit.",
        True,
        [("date", "2028-12-31", None, None)],
        "das Bundesverfassungsgericht",
    ),
    (
        "de",
        "Wie aus einer Antwort des Bundesinnenministeriums hervorgeht, wurde die Befugnis seit ihrer Einführung 2024 in 312 Fällen genutzt.",
        True,
        [("year", 2024, None, None), ("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Zwei Richter des Senats legten ein gemeinsames Sondervotum von 23 Seiten vor.",
        True,
        [("count", 2, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "GFF-Juristin Leonie Stadtmüller-Boakye sagte, allein in diesem Jahr seien mindestens 40 weitere Telefone ausgelesen worden.",
        True,
        [("count", 40, None, "at_least")],
        "Leonie Stadtmüller-Boakye",
    ),
    ("de", "Die Klägerinnen und Kläger feierten die Entscheidung als „Sieg für die Pressefreiheit“.", False, [], None),
    (
        "de",
        "Ein Sprecher des Bundesinnenministeriums sagte, man werde das Urteil nun sorgfältig auswerten.",
        False,
        [],
        None,
    ),
    # --- One-punch killer jailed (AAP), Wednesday, October 6 ---
    (
        "en",
        "SYDNEY (AAP) - A man who killed a stranger with a single punch outside a Newcastle pub has been jailed for 12 years.",
        True,
        [("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Brody Fairweather-Tuala, 27, must serve a non-parole period of nine years, Judge Genevieve Arkwright-Sowah ruled in the NSW District Court on Wednesday.",
        True,
        [("duration", 27, "year", None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "The court heard Fairweather-Tuala had drunk at least eight schooners of beer before he punched 52-year-old Colin Brightwater-Fale, who struck his head on the footpath and died two days later.",
        True,
        [("count", 8, None, "at_least"), ("duration", 52, "year", None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "The attack fell under the state's one-punch laws, which carry a maximum penalty of 25 years in jail.",
        True,
        [("duration", 25, "year", None)],
        None,
    ),
    (
        "en",
        "NSW Police said one-punch deaths in the state had fallen to four in the 2026-27 financial year, from 11 a decade earlier.",
        True,
        [("count", 4, None, None), ("year", 2026, None, None), ("year", 2027, None, None), ("count", 11, None, None)],
        "NSW Police",
    ),
    (
        "en",
        '"Dad went out for a quiet beer and never walked back through our door," the victim\'s daughter told the court.',
        False,
        [],
        None,
    ),
    ("en", "Fairweather-Tuala turned to the public gallery and apologised to the family.", False, [], None),
    (
        "en",
        "Defence barrister Lachlan Mulgrave-Oduro said his client had not been in a fight since school and had stopped drinking altogether.",
        True,
        [],
        "Lachlan Mulgrave-Oduro",
    ),
    # --- Raser vor dem Strafgericht (Keystone-SDA), Donnerstag, 7. Oktober ---
    (
        "de",
        "Basel (Keystone-SDA) - Das Strafgericht Basel-Stadt hat einen 23-jährigen Raser zu einer Freiheitsstrafe von 30 Monaten verurteilt, davon zwölf unbedingt.",
        True,
        [("duration", 23, "year", None), ("duration", 30, "month", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Mann war im März mit 143 Kilometern pro Stunde durch Kleinbasel gerast, erlaubt sind dort 50.",
        True,
        [("count", 143, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Damit erfüllte er den Rasertatbestand, der eine Mindeststrafe von einem Jahr vorsieht.",
        True,
        [("duration", 1, "year", None)],
        None,
    ),
    (
        "de",
        "Zusätzlich sprach das Gericht eine bedingte Geldstrafe von 90 Tagessätzen zu 80 Franken sowie eine Busse von 1500 Franken aus.",
        True,
        [("count", 90, None, None), ("money", 80, "CHF", None), ("money", 1500, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Führerausweis wird ihm für mindestens zwei Jahre entzogen, teilte ein Gerichtssprecher mit.",
        True,
        [("duration", 2, "year", "at_least")],
        "ein Gerichtssprecher",
    ),
    (
        "de",
        "Ein Kollege, der im zweiten Wagen mitgefahren war, erhielt eine bedingte Geldstrafe von 150 Tagessätzen.",
        True,
        [("ordinal", 2, None, None), ("count", 150, None, None)],
        None,
    ),
    (
        "de",
        "«Eine Innenstadt ist keine Rennstrecke», sagte Gerichtspräsidentin Corinne Vögtli-Amankwah.",
        False,
        [],
        None,
    ),
    ("de", "Die Verteidigung will den Schuldspruch vor dem Appellationsgericht anfechten.", True, [], None),
    # --- Car wash killer gets three life terms (AP), Thursday, October 7 ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — A man who shot three people dead at a Columbus car wash in 2025 was sentenced Thursday to three consecutive life sentences without the possibility of parole.",
        True,
        [("count", 3, None, None), ("year", 2025, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A Franklin County jury convicted Travion Beaumont-Hale, 31, last month on three counts of aggravated murder after deliberating for about seven hours.",
        True,
        [("duration", 31, "year", None), ("count", 3, None, None), ("duration", 7, "hour", "about")],
        None,
    ),
    (
        "en",
        "Prosecutors said Beaumont-Hale fired 17 rounds from a rifle after an argument with staff over a $40 wash.",
        True,
        [("count", 17, None, None), ("money", 40, "USD", None)],
        None,
    ),
    (
        "en",
        "The victims were 19, 24 and 58 years old.",
        True,
        [("duration", 19, "year", None), ("duration", 24, "year", None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "Assistant Prosecutor Delphine Marchmont-Eze said 42 witnesses had testified during the 11-day trial.",
        True,
        [("count", 42, None, None), ("duration", 11, "day", None)],
        "Delphine Marchmont-Eze",
    ),
    (
        "en",
        '"You made a choice that day that no one in this room can undo," Judge Harlan Petrossian-Webb told Beaumont-Hale.',
        False,
        [],
        None,
    ),
    ("en", "Beaumont-Hale stared at the table as relatives of the victims addressed the court.", False, [], None),
    ("en", "His public defender said he would appeal.", True, [], None),
    # --- Unfallflucht am Amtsgericht (dpa/lby), Freitag, 8. Oktober ---
    (
        "de",
        "Nürnberg (dpa/lby) - Wegen unerlaubten Entfernens vom Unfallort hat das Amtsgericht Nürnberg gegen einen 58-jährigen Zahnarzt eine Geldstrafe von 90 Tagessätzen zu je 210 Euro verhängt.",
        True,
        [("duration", 58, "year", None), ("count", 90, None, None), ("money", 210, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zudem verhängte die Richterin ein Fahrverbot von drei Monaten.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Der Mann hatte im Februar beim Ausparken einen Kleinwagen gerammt und einen Schaden von rund 4.800 Euro angerichtet.",
        True,
        [("money", 4800, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Höhe eines Tagessatzes richtet sich nach dem Einkommen, in der Regel entspricht er einem Dreißigstel des monatlichen Nettoeinkommens.",
        True,
        [("fraction", 0.0333, None, None)],
        None,
    ),
    (
        "de",
        "Da die Strafe 90 Tagessätze nicht übersteigt, taucht sie nicht im Führungszeugnis auf.",
        True,
        [("count", 90, None, None)],
        None,
    ),
    ("de", "„Ich habe den Aufprall wirklich nicht gehört“, beteuerte der Angeklagte.", False, [], None),
    (
        "de",
        "„Wer so etwas nicht bemerkt, sollte sein Auto vielleicht stehen lassen“, sagte die Richterin.",
        False,
        [],
        None,
    ),
    ("de", "Eine Zeugin hatte sich das Kennzeichen notiert und die Polizei verständigt.", True, [], None),
    # --- Developer wins libel damages (Reuters), Friday, October 8 ---
    (
        "en",
        "LONDON, Oct 8 (Reuters) - A British property developer was awarded 385,000 pounds in libel damages at the High Court on Friday over a newspaper's claims that he had bribed council officials.",
        True,
        [("date", "--10-08", None, None), ("money", 385000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Judge Alisdair Penhaligon-Okoye ruled that the articles, published in 2025, had seriously harmed Ruairi Castlemaine-Dunne's reputation and that the newspaper had failed to prove they were true.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "The newspaper was also ordered to pay 80% of Castlemaine-Dunne's legal costs, including an interim payment of 1.2 million pounds due within 28 days.",
        True,
        [("percent", 80, "%", None), ("money", 1200000, "GBP", None), ("duration", 28, "day", None)],
        None,
    ),
    (
        "en",
        "The trial lasted eight days and the court heard from 14 witnesses, three of them former councillors.",
        True,
        [("duration", 8, "day", None), ("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", "Castlemaine-Dunne's lawyers had sought 600,000 pounds.", True, [("money", 600000, "GBP", None)], None),
    ("en", "The newspaper said it was disappointed and would study the judgment.", False, [], None),
    (
        "en",
        '"Today\'s judgment gives me my name back," Castlemaine-Dunne told reporters outside the court.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The award is the largest in an English libel case since 2019, according to figures compiled by the trade title Press Gazette.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    # --- Strafverfolgungsstatistik (dpa), Montag, 11. Oktober ---
    (
        "de",
        "Wiesbaden (dpa) - Rund 684.000 Menschen sind im vergangenen Jahr von deutschen Strafgerichten rechtskräftig verurteilt worden, 2,7 Prozent mehr als 2025, wie das Statistische Bundesamt bei der Vorlage seiner Strafverfolgungsstatistik mitteilte.",
        True,
        [("count", 684000, None, "about"), ("percent", 2.7, "%", None), ("year", 2025, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Gut vier von fünf Verurteilten erhielten eine Geldstrafe, zu einer Freiheitsstrafe wurden 101.300 Menschen verurteilt.",
        True,
        [("fraction", 0.8, None, "over"), ("count", 101300, None, None)],
        None,
    ),
    (
        "de",
        "Bei knapp 70 Prozent der Freiheitsstrafen setzten die Gerichte die Vollstreckung zur Bewährung aus.",
        True,
        [("percent", 70, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der Frauenanteil unter den Verurteilten lag bei 19,4 Prozent, der Anteil der Jugendlichen und Heranwachsenden bei 8,1 Prozent.",
        True,
        [("percent", 19.4, "%", None), ("percent", 8.1, "%", None)],
        None,
    ),
    (
        "de",
        "Zu lebenslanger Haft wurden 71 Menschen verurteilt, elf mehr als im Vorjahr.",
        True,
        [("count", 71, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Freisprüche sank um 3,4 Prozent auf 21.870.",
        True,
        [("percent", 3.4, "%", None), ("count", 21870, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Richterbunds fehlen bundesweit mindestens 1.500 Richterinnen und Richter sowie Staatsanwältinnen und Staatsanwälte.",
        True,
        [("count", 1500, None, "at_least")],
        None,
    ),
    ("de", "Der Deutsche Richterbund sprach von einer „Strafjustiz auf Verschleiß“.", False, [], None),
    (
        "de",
        "„Die Zahlen zeigen, dass unsere Strafjustiz trotz aller Belastung funktioniert“, sagte ein Sprecher des Bundesjustizministeriums.",
        False,
        [],
        None,
    ),
    # --- Scooter murder trial opens (PA), Monday, October 11 ---
    (
        "en",
        "MANCHESTER (PA) - A 19-year-old man stabbed a rival seven times in a dispute over a stolen electric scooter, a jury at Manchester Crown Court has heard.",
        True,
        [("duration", 19, "year", None), ("count", 7, None, None)],
        None,
    ),
    ("en", "Kyle Ashworth-Dlamini denies murder and possession of a bladed article.", True, [], None),
    (
        "en",
        "Opening the prosecution case, Imelda Fenchurch-Adeyemi KC said the victim, 20-year-old Dante Oyelaran-Shaw, died in hospital about 90 minutes after the attack in Moss Side in March.",
        True,
        [("duration", 20, "year", None), ("duration", 90, "minute", "about")],
        None,
    ),
    (
        "en",
        "CCTV showed the defendant chasing Oyelaran-Shaw for more than 200 metres before the attack, the jury was told.",
        True,
        [("count", 200, None, "over")],
        None,
    ),
    (
        "en",
        "The court heard Ashworth-Dlamini threw the knife into a canal, where police divers found it 11 days later.",
        True,
        [("duration", 11, "day", None)],
        None,
    ),
    (
        "en",
        "Seven men and five women were sworn in as jurors on Monday, and the trial is expected to last four weeks.",
        True,
        [("count", 7, None, None), ("count", 5, None, None), ("duration", 4, "week", None)],
        None,
    ),
    ("en", "Oyelaran-Shaw's mother wept in the public gallery as the footage was played.", False, [], None),
    ("en", "Ashworth-Dlamini, in a grey suit, spoke only to confirm his name.", False, [], None),
    # --- VfGH kippt Bestimmung der StPO (APA), Dienstag, 12. Oktober ---
    (
        "de",
        "Wien (APA) - Eine Bestimmung der Strafprozessordnung, die Beschuldigten in überlangen Ermittlungsverfahren keinen wirksamen Rechtsschutz bietet, ist vom Verfassungsgerichtshof (VfGH) aufgehoben worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Aufhebung tritt mit Ablauf des 31. Mai 2029 in Kraft, der Gesetzgeber hat also bis dahin Zeit für eine Neuregelung, teilte der VfGH am Dienstag mit.",
        True,
        [("date", "2029-05-31", None, None)],
        "der VfGH",
    ),
    (
        "de",
        "Anlass war die Beschwerde eines Unternehmers, gegen den die WKStA seit mehr als sieben Jahren ermittelt, ohne Anklage zu erheben.",
        True,
        [("duration", 7, "year", "over")],
        None,
    ),
    (
        "de",
        "Eine starre Höchstdauer von drei Jahren verlange die Verfassung zwar nicht, heißt es in dem Erkenntnis (G 318/2026), wohl aber eine wirksame gerichtliche Kontrolle.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Wie aus einer Anfragebeantwortung des Justizministeriums hervorgeht, dauerten im Vorjahr 214 Ermittlungsverfahren der WKStA länger als fünf Jahre.",
        True,
        [("count", 214, None, None), ("duration", 5, "year", "over")],
        None,
    ),
    ("de", "Das Erkenntnis fiel nach zweitägiger Beratung.", True, [("duration", 2, "day", None)], None),
    (
        "de",
        "Rechtsanwältin Ulrike Hinterleitner-Dzifa, die den Unternehmer vertritt, sprach von einem „Meilenstein für den Rechtsstaat“.",
        False,
        [],
        None,
    ),
    ("de", "Die WKStA teilte mit, sie werde das Erkenntnis genau analysieren.", False, [], None),
    # --- Appeals court revives chip price case (Reuters), Tuesday, October 12 ---
    (
        "en",
        "SAN FRANCISCO, Oct 12 (Reuters) - Twenty-three U.S. states can pursue their price-fixing lawsuit against chipmaker Lantern Semiconductor over memory chips sold between 2019 and 2023, a federal appeals court ruled on Tuesday.",
        True,
        [
            ("date", "--10-12", None, None),
            ("count", 23, None, None),
            ("year", 2019, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "A divided three-judge panel of the 9th U.S. Circuit found 2-1 that a federal judge in Oakland had wrongly thrown out the case in 2026.",
        True,
        [
            ("count", 3, None, None),
            ("ordinal", 9, None, None),
            ("count", 2, None, None),
            ("count", 1, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "Writing for the majority, Circuit Judge Evangeline Marchbanks-Odu said the states had plausibly alleged that the company coordinated output cuts with two rivals.",
        True,
        [("count", 2, None, None)],
        "Evangeline Marchbanks-Odu",
    ),
    (
        "en",
        'In dissent, Circuit Judge Thaddeus Renwick-Sowande wrote that the complaint rested on "speculation dressed up as evidence".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The states are seeking more than $3.2 billion in damages on behalf of consumers and public agencies, according to court filings.",
        True,
        [("money", 3200000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Lantern Semiconductor said it would seek a rehearing before the full appeals court.",
        True,
        [],
        "Lantern Semiconductor",
    ),
    ("en", "Its shares fell 2.3% in extended trading.", True, [("percent", 2.3, "%", None)], None),
    (
        "en",
        "Antitrust lawyers said the ruling would make it harder for companies to have such cases thrown out early.",
        False,
        [],
        None,
    ),
    # --- Prozess um Schockanrufe (dpa/lni), Mittwoch, 13. Oktober ---
    (
        "de",
        "Osnabrück (dpa/lni) - Vor dem Landgericht Osnabrück müssen sich seit Mittwoch fünf Männer verantworten, die als Teil einer Bande mit sogenannten Schockanrufen vor allem ältere Menschen um ihr Erspartes gebracht haben sollen.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Laut Anklage sollen die Angeklagten im Alter von 21 bis 46 Jahren zwischen Oktober 2025 und Juni 2026 in 87 Fällen Bargeld und Schmuck für insgesamt rund 1,3 Millionen Euro ergaunert haben.",
        True,
        [
            ("duration", 21, "year", None),
            ("duration", 46, "year", None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("count", 87, None, None),
            ("money", 1300000, "EUR", "about"),
        ],
        None,
    ),
    ("de", "Das älteste Opfer war 94 Jahre alt.", True, [("duration", 94, "year", None)], None),
    (
        "de",
        "Die Anrufe kamen nach Angaben der Staatsanwaltschaft aus einem Callcenter in der Türkei, die Angeklagten sollen das Geld abgeholt und weitergeleitet haben.",
        True,
        [],
        "die Staatsanwaltschaft",
    ),
    (
        "de",
        "Die Kammer hat zunächst 14 Verhandlungstage bis Ende Januar angesetzt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Wie aus Zahlen des Landeskriminalamts hervorgeht, wurden in Niedersachsen im vergangenen Jahr mehr als 3.100 solcher Anrufe angezeigt.",
        True,
        [("count", 3100, None, "over")],
        None,
    ),
    (
        "de",
        "Die Polizei rät, bei Anrufen angeblicher Angehöriger in Not sofort aufzulegen und selbst die bekannte Nummer zurückzurufen.",
        False,
        [],
        None,
    ),
    ("de", "Für die Angeklagten gilt die Unschuldsvermutung.", False, [], None),
    # --- Builder granted bail (AAP), Wednesday, October 13 ---
    (
        "en",
        "MELBOURNE (AAP) - A Melbourne builder accused of taking deposits for homes he never built has been granted bail on a A$250,000 surety.",
        True,
        [("money", 250000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Victoria Police said Declan Harrowgate-Wong, 44, faces 63 charges of obtaining property by deception involving 41 families and about A$6.2 million.",
        True,
        [
            ("duration", 44, "year", None),
            ("count", 63, None, None),
            ("count", 41, None, None),
            ("money", 6200000, "AUD", "about"),
        ],
        "Victoria Police",
    ),
    (
        "en",
        "Magistrate Orla Penberthy-Nkosi ordered him to surrender his passport and report to police three times a week.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Detective Sergeant Callum Fotheringham-Ama said investigators had traced more than A$1.4 million to an online casino account.",
        True,
        [("money", 1400000, "AUD", "over")],
        "Callum Fotheringham-Ama",
    ),
    (
        "en",
        "Some families had paid deposits of up to A$180,000 and were left with nothing but a bare block of land.",
        True,
        [("money", 180000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        '"We trusted him with everything we had," a woman whose family had paid a deposit said outside court.',
        False,
        [],
        None,
    ),
    ("en", "Harrowgate-Wong will next appear in court on December 9.", True, [("date", "--12-09", None, None)], None),
    ("en", "His lawyer said he would plead not guilty to all charges.", True, [], None),
    # --- Bundesgericht bestätigt Tötungsurteil (Keystone-SDA), Donnerstag, 14. Oktober ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Ein 39-jähriger Mann, der seine Ehefrau getötet hat, ist mit seiner Beschwerde vor dem Bundesgericht gescheitert, die Verurteilung wegen vorsätzlicher Tötung ist bestätigt.",
        True,
        [("duration", 39, "year", None)],
        None,
    ),
    (
        "de",
        "Das Zürcher Obergericht hatte ihn im Januar 2026 zu einer Freiheitsstrafe von 16 Jahren verurteilt und für 15 Jahre des Landes verwiesen.",
        True,
        [("year", 2026, None, None), ("duration", 16, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "Wie das Bundesgericht am Donnerstag mitteilte, hatte der Mann vergeblich geltend gemacht, seine Frau habe sich die tödliche Verletzung selbst zugefügt (Urteil 6B_1047/2026).",
        True,
        [],
        "das Bundesgericht",
    ),
    ("de", "Sein Verteidiger sprach von einem «Indizienurteil ohne echten Beweis».", False, [], None),
    (
        "de",
        "Eine bedingte Entlassung ist in der Regel nach zwei Dritteln der Strafe möglich, in Ausnahmefällen bereits nach der Halbstrafe.",
        True,
        [("fraction", 0.6667, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Der Mann sitzt seit Februar 2024 in Haft, die rund 44 bereits verbüssten Monate werden ihm angerechnet.",
        True,
        [("year", 2024, None, None), ("duration", 44, "month", "about")],
        None,
    ),
    (
        "de",
        "Die Familie der Getöteten liess über ihre Anwältin ausrichten, sie sei «erleichtert, dass dieses Kapitel zu Ende ist».",
        False,
        [],
        None,
    ),
    ("de", "Das Urteil ist damit rechtskräftig.", True, [], None),
    # --- Road-rage term raised on appeal (PA), Thursday, October 14 ---
    (
        "en",
        "LONDON (PA) - The Court of Appeal has increased the sentence of a man who left a delivery driver with life-changing injuries after a road-rage attack, ruling his original term was unduly lenient.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A judge at Leicester Crown Court had jailed Warren Ludgrove-Achebe, 35, for four years and eight months in May after he admitted causing grievous bodily harm with intent.",
        True,
        [("duration", 35, "year", None), ("duration", 4, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Three judges raised the term to seven years and six months following a referral by the Solicitor General.",
        True,
        [("count", 3, None, None), ("duration", 7, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "The sentencing judge had given him a one-third reduction for a guilty plea that, the appeal court said, came at the eleventh hour and deserved no more than a tenth.",
        True,
        [("fraction", 0.3333, None, None), ("fraction", 0.1, None, "at_most")],
        None,
    ),
    (
        "en",
        "The court heard the 41-year-old victim had needed 14 operations and had not worked since the attack in 2026.",
        True,
        [("duration", 41, "year", None), ("count", 14, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The Solicitor General's office said last year's referrals had led to 173 sentences being increased.",
        True,
        [("count", 173, None, None)],
        None,
    ),
    (
        "en",
        '"No one should go to work and come home unable to walk unaided," the Solicitor General said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ludgrove-Achebe, who appeared by video link from prison, showed no emotion as the ruling was read.",
        False,
        [],
        None,
    ),
    # --- BGH hebt Freispruch auf (dpa), Freitag, 15. Oktober ---
    (
        "de",
        "Karlsruhe (dpa) - Der Bundesgerichtshof hat den Freispruch eines früheren Sparkassenvorstands aus Sachsen-Anhalt aufgehoben, dem die Anklage Untreue mit einem Schaden von rund 7,4 Millionen Euro vorwirft.",
        True,
        [("money", 7400000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der 1. Strafsenat gab damit der Revision der Staatsanwaltschaft statt (Az. 1 StR 212/27), teilte der Bundesgerichtshof am Freitag mit.",
        True,
        [("ordinal", 1, None, None)],
        "der Bundesgerichtshof",
    ),
    (
        "de",
        "Eine andere Wirtschaftsstrafkammer des Landgerichts Magdeburg muss den Fall nun neu verhandeln.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der heute 63-Jährige soll zwischen 2017 und 2021 Kredite über insgesamt 38 Millionen Euro an einen befreundeten Bauträger vergeben haben, ohne die Sicherheiten ausreichend zu prüfen.",
        True,
        [
            ("duration", 63, "year", None),
            ("year", 2017, None, None),
            ("year", 2021, None, None),
            ("money", 38000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Bauträger hatte 2022 Insolvenz angemeldet, rund ein Fünftel der Kredite gilt als verloren.",
        True,
        [("year", 2022, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    ("de", "Die Sparkasse wollte sich zu dem Verfahren nicht äußern.", False, [], None),
    (
        "de",
        "Der Verteidiger des Mannes, Konstantin Ebersberger-Kwarteng, sprach von einem „Fehlurteil aus Karlsruhe“.",
        False,
        [],
        None,
    ),
    ("de", "Ein neuer Prozess dürfte frühestens im Herbst 2028 beginnen.", True, [("year", 2028, None, None)], None),
    # --- Space heater verdict (AP), Friday, October 15 ---
    (
        "en",
        "ST. LOUIS (AP) — A jury on Friday ordered a space heater maker to pay $48.5 million over the death of a 6-year-old girl in a 2024 house fire blamed on one of its heaters.",
        True,
        [("money", 48500000, "USD", None), ("duration", 6, "year", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The verdict includes $8.5 million in compensatory damages and $40 million in punitive damages against Hearthwell Appliances.",
        True,
        [("money", 8500000, "USD", None), ("money", 40000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The jury deliberated about 11 hours across two days following a 15-day trial.",
        True,
        [("duration", 11, "hour", "about"), ("duration", 2, "day", None), ("duration", 15, "day", None)],
        None,
    ),
    (
        "en",
        "Plaintiffs' attorney Margarethe Quillfeldt-Ansah said Hearthwell had received at least 36 complaints about overheating switches before the fire.",
        True,
        [("count", 36, None, "at_least")],
        "Margarethe Quillfeldt-Ansah",
    ),
    (
        "en",
        "Hearthwell said in a statement it planned to appeal, adding that its heaters complied with all federal safety standards.",
        True,
        [],
        "Hearthwell",
    ),
    (
        "en",
        "The company recalled about 410,000 of the heaters in 2025.",
        True,
        [("count", 410000, None, "about"), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        '"Nothing will bring Maisie back, but maybe this will spare another family," her father said outside the courthouse.',
        False,
        [],
        None,
    ),
    ("en", "Several trial lawyers said the punitive portion was likely to shrink on appeal.", False, [], None),
    # --- Mordversuch an der Nachbarin (APA), Montag, 18. Oktober ---
    (
        "de",
        "Graz (APA) - Wegen versuchten Mordes an seiner Nachbarin ist ein 52 Jahre alter Steirer am Montag am Landesgericht Graz zu 14 Jahren Haft verurteilt worden.",
        True,
        [("duration", 52, "year", None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Die acht Geschworenen sprachen ihn mit sechs zu zwei Stimmen schuldig.",
        True,
        [("count", 8, None, None), ("count", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Mann hatte im Februar nach einem jahrelangen Streit um eine Thujenhecke zweimal mit einem Jagdgewehr auf die 67-Jährige geschossen.",
        True,
        [("count", 2, None, None), ("duration", 67, "year", None)],
        None,
    ),
    (
        "de",
        "Die Frau überlebte schwer verletzt und lag fast drei Wochen im Spital.",
        True,
        [("duration", 3, "week", "nearly")],
        None,
    ),
    (
        "de",
        "Laut Staatsanwalt Gernot Url-Adjei war der Angeklagte bereits 2019 wegen gefährlicher Drohung gegen dieselbe Nachbarin angezeigt worden.",
        True,
        [("year", 2019, None, None)],
        "Gernot Url-Adjei",
    ),
    (
        "de",
        "„Es ging nie um eine Hecke, es ging um Macht über einen Menschen“, sagte der Staatsanwalt in seinem Schlussvortrag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Nachbarin sprach das Gericht ein Teilschmerzengeld von 30.000 Euro zu.",
        True,
        [("money", 30000, "EUR", None)],
        None,
    ),
    ("de", "Der Angeklagte nahm den Schuldspruch mit gesenktem Kopf entgegen.", False, [], None),
    (
        "de",
        "Verteidiger und Staatsanwalt erbaten jeweils drei Tage Bedenkzeit, das Urteil ist daher nicht rechtskräftig.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    # --- Speeding driver jailed over crossing death (PA), Monday, October 18 ---
    (
        "en",
        "CARDIFF (PA) - A driver who reached 87mph in a 30mph zone before killing a pedestrian has been jailed for eight years.",
        True,
        [("count", 87, None, None), ("count", 30, None, None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "en",
        "Ieuan Pritchard-Obeng, 24, was also banned from driving for 11 years at Cardiff Crown Court after admitting causing death by dangerous driving.",
        True,
        [("duration", 24, "year", None), ("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "South Wales Police said data from the car showed he braked just 0.8 seconds before hitting 71-year-old Glenys Tregaron-Evans on a zebra crossing in July 2026.",
        True,
        [("duration", 0.8, "second", None), ("duration", 71, "year", None), ("year", 2026, None, None)],
        "South Wales Police",
    ),
    ("en", "He had passed his driving test only 11 months earlier.", True, [("duration", 11, "month", None)], None),
    (
        "en",
        "The court heard he had been caught speeding twice in the previous year and already had six points on his licence.",
        True,
        [("count", 2, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        '"Glenys was the heart of our street," a neighbour wrote in a statement that was read out in court.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Judge Catrin Howell-Bediako told Pritchard-Obeng he had turned a quiet residential road into "a racetrack".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Crown Prosecution Service said investigators had reviewed more than 400 hours of dashcam and doorbell footage.",
        True,
        [("duration", 400, "hour", "over")],
        "the Crown Prosecution Service",
    ),
    # --- Untreue beim Energieversorger (dpa/sn), Dienstag, 19. Oktober ---
    (
        "de",
        "Leipzig (dpa/sn) - Im Prozess um Millionenverluste bei einem kommunalen Energieversorger hat das Landgericht Leipzig gegen den früheren Geschäftsführer drei Jahre und zehn Monate Haft verhängt.",
        True,
        [("duration", 3, "year", None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "de",
        "Nach den Feststellungen der Kammer hatte der 57-Jährige zwischen 2020 und 2023 in 26 Fällen Firmengeld in riskante Termingeschäfte gesteckt.",
        True,
        [
            ("duration", 57, "year", None),
            ("year", 2020, None, None),
            ("year", 2023, None, None),
            ("count", 26, None, None),
        ],
        None,
    ),
    (
        "de",
        "Den Schaden für den Versorger bezifferte das Gericht auf rund 8,7 Millionen Euro.",
        True,
        [("money", 8700000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein mitangeklagter früherer Prokurist erhielt eine Bewährungsstrafe von einem Jahr und einem Monat.",
        True,
        [("duration", 1, "year", None), ("duration", 1, "month", None)],
        None,
    ),
    (
        "de",
        "Der frühere Prokurist entschuldigte sich in seinem letzten Wort bei den Beschäftigten des Versorgers.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Haftbefehl gegen den früheren Geschäftsführer bleibt gegen eine Kaution von 250.000 Euro außer Vollzug.",
        True,
        [("money", 250000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Staatsanwalt Benedikt Oehlschläger-Mensah sagte, bislang seien erst rund 900.000 Euro an den Versorger zurückgeflossen.",
        True,
        [("money", 900000, "EUR", "about")],
        "Benedikt Oehlschläger-Mensah",
    ),
    (
        "de",
        "„Er hat gezockt wie an einem Spieltisch, nur eben mit dem Geld der Bürger“, sagte die Vorsitzende Richterin.",
        False,
        [],
        None,
    ),
    ("de", "Die Verteidigung kündigte an, Revision einzulegen.", True, [], None),
    # --- Strasbourg rules for Hungarian journalist (Reuters), Tuesday, October 19 ---
    (
        "en",
        "STRASBOURG, Oct 19 (Reuters) - Europe's top human rights court ruled on Tuesday that Hungary violated a journalist's freedom of expression by convicting him of defamation over a 2021 article on public procurement.",
        True,
        [("date", "--10-19", None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The European Court of Human Rights, sitting as a seven-judge chamber, found unanimously that Hungary had breached the convention's guarantee of free expression.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "It ordered Hungary to pay the journalist, Ferenc Vadász-Kormos, 9,000 euros in non-pecuniary damages and 4,500 euros for costs and expenses.",
        True,
        [("money", 9000, "EUR", None), ("money", 4500, "EUR", None)],
        None,
    ),
    (
        "en",
        "A Budapest court had fined him 800,000 forints in 2023 and ordered him to publish a correction.",
        True,
        [("money", 800000, "HUF", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Either side has three months to request a referral to the court's 17-judge Grand Chamber.",
        True,
        [("duration", 3, "month", None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "The court has found violations of free expression in 11 cases against Hungary since 2020, according to its own statistics.",
        True,
        [("count", 11, None, None), ("year", 2020, None, None)],
        None,
    ),
    ("en", "Hungary's justice ministry did not reply to Reuters' questions about the ruling.", False, [], None),
    (
        "en",
        'Press freedom groups called the ruling "a warning shot" to governments that use defamation laws against reporters.',
        False,
        [],
        None,
    ),
    # --- Strafurteilsstatistik (Keystone-SDA), Mittwoch, 20. Oktober ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Schweizer Gerichte und Staatsanwaltschaften haben 2026 insgesamt 108'450 Erwachsene verurteilt und damit 1,8 Prozent weniger als 2025, teilte das Bundesamt für Statistik (BFS) zur neuen Strafurteilsstatistik mit.",
        True,
        [
            ("year", 2026, None, None),
            ("count", 108450, None, None),
            ("percent", 1.8, "%", None),
            ("year", 2025, None, None),
        ],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Gut die Hälfte der Verurteilungen betraf Verstösse gegen das Strassenverkehrsgesetz.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "In 82 Prozent der Fälle sprachen Gerichte und Staatsanwaltschaften eine Geldstrafe aus, meist eine bedingte.",
        True,
        [("percent", 82, "%", None)],
        None,
    ),
    (
        "de",
        "Unbedingte Freiheitsstrafen wurden 7'230 Mal verhängt, im Schnitt für 9,4 Monate.",
        True,
        [("count", 7230, None, None), ("duration", 9.4, "month", None)],
        None,
    ),
    (
        "de",
        "Rund 88 Prozent aller Verurteilungen ergingen per Strafbefehl, also ohne Gerichtsverhandlung.",
        True,
        [("percent", 88, "%", "about")],
        None,
    ),
    (
        "de",
        "Landesverweisungen sprachen die Gerichte in 2'140 Fällen aus, bei rund einem Drittel davon handelte es sich um fakultative.",
        True,
        [("count", 2140, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Strafrechtsprofessorin Regula Imfeld-Osei sagte, bei Bagatelldelikten sei der Anteil der Strafbefehle seit 2015 um rund zehn Prozentpunkte gestiegen.",
        True,
        [("year", 2015, None, None), ("percent", 10, "pp", "about")],
        "Regula Imfeld-Osei",
    ),
    (
        "de",
        "Der Schweizerische Anwaltsverband kritisierte, der Strafbefehl sei zur «Justiz im Schnellverfahren» verkommen.",
        False,
        [],
        None,
    ),
    # --- Bail for ex-pastor (AP), Wednesday, October 20 ---
    (
        "en",
        "ATLANTA (AP) — A judge on Wednesday set bail at $750,000 for a former youth pastor charged with stealing more than $2.3 million from a church charity.",
        True,
        [("money", 750000, "USD", None), ("money", 2300000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Superior Court Judge Marguerite Oyelowo-Kent ordered Calvin Throckmorton-Ade, 51, to wear an ankle monitor and surrender his passport.",
        True,
        [("duration", 51, "year", None)],
        None,
    ),
    (
        "en",
        "Prosecutors had asked that he be held without bail, saying he had wired $600,000 to an account in the Cayman Islands in August.",
        True,
        [("money", 600000, "USD", None)],
        None,
    ),
    (
        "en",
        "Throckmorton-Ade is charged with 27 counts of theft and money laundering, each of which could bring up to 20 years behind bars.",
        True,
        [("count", 27, None, None), ("duration", 20, "year", "up_to")],
        None,
    ),
    (
        "en",
        "Defense attorney Lucian Vandersloot-Pryce said his client had already repaid about $310,000 and would plead not guilty.",
        True,
        [("money", 310000, "USD", "about")],
        "Lucian Vandersloot-Pryce",
    ),
    ("en", '"We are heartbroken, and we are angry," the church\'s senior pastor said in a statement.', False, [], None),
    (
        "en",
        '"He stood in front of these kids every Sunday and preached honesty," a church elder said.',
        False,
        [],
        None,
    ),
    ("en", "His arraignment is scheduled for Nov. 16.", True, [("date", "--11-16", None, None)], None),
    # --- Terrorfinanzierung vor dem OLG (dpa/lby), Donnerstag, 21. Oktober ---
    (
        "de",
        "München (dpa/lby) - Wegen Terrorismusfinanzierung hat das Oberlandesgericht München gegen einen 29-Jährigen eine Haftstrafe von drei Jahren und neun Monaten verhängt.",
        True,
        [("duration", 29, "year", None), ("duration", 3, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Nach Überzeugung des Staatsschutzsenats hatte er mit 14 Überweisungen insgesamt knapp 38.000 Euro an Unterstützer einer Terrormiliz in Syrien geschickt.",
        True,
        [("count", 14, None, None), ("money", 38000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Bundesanwaltschaft hatte vier Jahre und sechs Monate gefordert, die Verteidigung eine Strafe von unter zwei Jahren.",
        True,
        [("duration", 4, "year", None), ("duration", 6, "month", None), ("duration", 2, "year", "under")],
        None,
    ),
    (
        "de",
        "Verteidigerin Selin Aktaş-Hubmann sagte, ihr Mandant habe geglaubt, das Geld fließe in Flüchtlingslager.",
        True,
        [],
        "Selin Aktaş-Hubmann",
    ),
    (
        "de",
        "Der 8. Strafsenat wertete strafmildernd, dass der Angeklagte ein umfassendes Geständnis abgelegt hatte.",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    ("de", "„Wer Terror finanziert, macht sich zum Komplizen“, sagte der Vorsitzende Richter.", False, [], None),
    ("de", "Im Zuschauerraum verfolgten Angehörige des Mannes die Urteilsverkündung schweigend.", False, [], None),
    ("de", "Das Urteil ist noch nicht rechtskräftig.", True, [], None),
    # --- Dundee murderer jailed for life (PA), Thursday, October 21 ---
    (
        "en",
        "EDINBURGH (PA) - A man who murdered his former partner at her home in Dundee has been jailed for life and ordered to serve at least 21 years before he can apply for parole.",
        True,
        [("duration", 21, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Grant Kinnaird-Boateng, 42, was convicted by a majority verdict after a nine-day trial at the High Court in Edinburgh.",
        True,
        [("duration", 42, "year", None), ("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "The jury of 15 reached its verdict after deliberating for just over five hours.",
        True,
        [("count", 15, None, None), ("duration", 5, "hour", "over")],
        None,
    ),
    (
        "en",
        "The court heard Kinnaird-Boateng had breached a non-harassment order four times in the months before the killing in March 2026.",
        True,
        [("count", 4, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Detective Chief Inspector Fiona Strachan-Owusu of Police Scotland said officers had been called to the address 11 times since 2023.",
        True,
        [("count", 11, None, None), ("year", 2023, None, None)],
        "Fiona Strachan-Owusu",
    ),
    (
        "en",
        "Police Scotland said it had referred its handling of the earlier calls to the Police Investigations and Review Commissioner.",
        True,
        [],
        "Police Scotland",
    ),
    (
        "en",
        '"She did everything she was told to do to stay safe, and it was not enough," the victim\'s sister said outside court.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Lady Strathannan told Kinnaird-Boateng that at no point in the trial had he shown "the faintest flicker of remorse".',
        False,
        [],
        None,
    ),
    # --- OGH bestätigt Schuldspruch gegen Ex-Bürgermeister (APA), Freitag, 22. Oktober ---
    (
        "de",
        "Wien (APA) - Der Oberste Gerichtshof (OGH) hat die Nichtigkeitsbeschwerde eines früheren Tiroler Bürgermeisters gegen seine Verurteilung wegen Amtsmissbrauchs verworfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Schuldspruch ist damit rechtskräftig, über die Strafhöhe muss nun noch das Oberlandesgericht Innsbruck entscheiden, teilte der OGH am Freitag mit.",
        True,
        [],
        "der OGH",
    ),
    (
        "de",
        "Das Landesgericht Innsbruck hatte im März über den 61-Jährigen eine bedingte Haftstrafe von 18 Monaten und eine Geldstrafe von 240 Tagessätzen zu je 95 Euro verhängt.",
        True,
        [
            ("duration", 61, "year", None),
            ("duration", 18, "month", None),
            ("count", 240, None, None),
            ("money", 95, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Er soll in seiner Amtszeit 37 Baubewilligungen ohne die nötigen Gutachten erteilt haben, darunter für ein Chaletdorf mit 48 Wohneinheiten.",
        True,
        [("count", 37, None, None), ("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "Laut Anklage entgingen der Gemeinde dadurch Abgaben von mehr als 410.000 Euro.",
        True,
        [("money", 410000, "EUR", "over")],
        None,
    ),
    ("de", "Sowohl er als auch die Staatsanwaltschaft hatten gegen die Strafhöhe Berufung eingelegt.", True, [], None),
    (
        "de",
        "Der frühere Bürgermeister beteuerte nach der Entscheidung, er habe stets „zum Wohl der Gemeinde“ gehandelt.",
        False,
        [],
        None,
    ),
    ("de", "Die Gemeinde wollte die Entscheidung nicht kommentieren.", False, [], None),
    # --- Engineering executive convicted of bribery (Reuters), Friday, October 22 ---
    (
        "en",
        "LONDON, Oct 22 (Reuters) - A former sales director of a British engineering firm was found guilty on Friday of paying bribes to win contracts worth 146 million pounds in Nigeria and Angola, the Serious Fraud Office said.",
        True,
        [("date", "--10-22", None, None), ("money", 146000000, "GBP", None)],
        "the Serious Fraud Office",
    ),
    (
        "en",
        "Jurors at Southwark Crown Court convicted Nigel Featherstonhaugh-Addo, 59, on four of six counts after a 14-week trial and acquitted two co-defendants.",
        True,
        [
            ("duration", 59, "year", None),
            ("count", 4, None, None),
            ("count", 6, None, None),
            ("duration", 14, "week", None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Prosecutors said about 9.3 million pounds in bribes was routed through agents in Dubai and Lagos between 2015 and 2020.",
        True,
        [("money", 9300000, "GBP", "about"), ("year", 2015, None, None), ("year", 2020, None, None)],
        None,
    ),
    ("en", "Featherstonhaugh-Addo shook his head as the verdicts were read out.", False, [], None),
    (
        "en",
        "Judge Philippa Wrexham-Darko adjourned sentencing until 14 January.",
        True,
        [("date", "--01-14", None, None)],
        None,
    ),
    (
        "en",
        "The company itself entered a deferred prosecution agreement with the SFO in 2026 and paid 38.5 million pounds.",
        True,
        [("year", 2026, None, None), ("money", 38500000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Featherstonhaugh-Addo, who told the jury the payments were legitimate commissions, faces up to 10 years in prison on each count.",
        True,
        [("duration", 10, "year", "up_to")],
        None,
    ),
    (
        "en",
        '"Bribery is not some routine expense of winning contracts abroad, and this verdict makes that plain," the SFO\'s director said.',
        False,
        [],
        None,
    ),
]
