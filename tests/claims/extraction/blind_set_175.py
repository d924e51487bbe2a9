"""Hundred-and-seventy-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, charities, groups and
figures are made up (Gerlinde Wachtler, Bettina Lahner, Miriam Kobold, Holger Tiedtke,
Monika Zurbriggen, Ralf Eichhorn, Wendlinger, Thorsten Weidig, Sandra Kösterke, Bernd
Vollhardt, Aebersold, Reto Zumsteg, Ernst Kogelnik, Herwig Rainer, Lukas Amberger,
Hanseatica, Dörte Lühmann, Albrecht Neuhaus, Seraina Bundi, Jörg Landwehr, Ole Feddersen,
Dirk Hollensen, Mürztaler, Ingrid Kainbacher, Herbert Zach, Carla Nettesheim, Meierhans,
Daniel Bosshardt; Dale Overstreet, Priya Lawton, Hazel Penhallow, Care Matters, Kenji
Moriyasu, Clément Royer, Fair Share Alliance, Naomi Feltham, Skylane Airways, Lorna Haskett,
Ruth Ackerley, Roofline Trust, Moira Gallacher, Brackett Motors, Bryce Hannigan, Halstead
Research, Rebecca Pendergast, Loopline, Marcus Deverell, Patricia Gilchrist, Lionel
Beauchesne, Anika Sahota, Relief Bridge International, Wanjiru Gathoni, Wyvern Water,
Alastair Moncrieff, Clean Rivers Trust, Corinne Salazar, Walter Kimbrough, Permian Ridge
Energy, Travis Oakley, Grayfield Partners; every unnamed senator, trader, spokesman,
customer, renter and onlooker); ministers, MPs, senators, central bankers and the heads of
real bodies appear under made-up names that stand for no real holder, or by their role only
("Sozialministerin", "Gesundheitsministerin", "Bundesarbeitsministerin",
"Bundesinnenminister", "Bundesbank-Präsident", "Bundesfinanzminister", "der Basler
Volkswirtschaftsdirektor", "a senior Republican senator", "The Health Secretary", "The
shadow health secretary", "Japan's agriculture minister", "The Transportation Secretary",
"the shadow housing secretary", "The Prime Minister", "The Opposition leader", "The
Speaker", "The Senate majority leader's office"). Real bodies, parties, broadcasters,
programmes, papers, places and things ("ORF", "Pressestunde", "NEOS", "ARD", "SPD", "CDU",
"CSU", "Bundesagentur für Arbeit", "Bürgergeld", "SonntagsZeitung", "Santésuisse", "SP",
"Bundesamt für Gesundheit", "Bild am Sonntag", "Bundesamt für Migration und Flüchtlinge",
"Pro Asyl", "Grüne", "dpa-AFX", "Deutsche Bahn", "Eisenbahn- und Verkehrsgewerkschaft",
"EVG", "Deutschlandfunk", "Pfingsten", "Keystone-SDA", "Basel", "Visp", "Unia",
"Volkshilfe", "Sozialministerium", "Familienbeihilfe", "Nationalrat", "FPÖ", "ÖVP", "DSW",
"Hamburg", "Europäische Zentralbank", "EZB", "Handelsblatt", "Sondersession",
"grünliberale", "SVP", "Ständerat", "Bundestag", "Regierungsbefragung", "AfD", "Kapfenberg",
"Deutsche Umwelthilfe", "DUH", "Verpackungsgesetz", "Handelsverband HDE", "Syna",
"Winterthur"; "CBS", "Face the Nation", "Agriculture Department", "Commerce Department",
"White House", "NHS", "BBC", "NHS England", "Royal College of Nursing", "NHK", "France
Inter", "National Rally", "National Assembly", "INSEE", "Treasury", "London School of
Economics", "FlightAware", "Tulsa", "Dallas", "National Highway Traffic Safety
Administration", "Commons", "Labour", "Kids Online Safety Act", "Ottawa", "House of
Commons", "Rentals.ca", "Bank of Canada", "Parliament Hill", "Turkana", "Marsabit",
"Lodwar", "Environment Agency", "Ofwat", "Prime Minister's Questions", "British Dental
Association", "CNBC", "Houston", "Beijing", "Dubai", "Toronto", "Ohio", "Senate", "House",
"Congress") stand for the way wire copy names them; every figure, vote, forecast, target,
price, quote, label and reaction here is invented, and where a real figure came to mind it
was changed.

Its weight: OPINION VERSUS CLAIM, ninth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth and hundred-sixty-fifth batches were the first eight, and their
decisions are kept), this time from interviews and talk-show appearances, parliamentary
debates, company statements and NGO press releases over four ordinary wire days - Sunday to
Wednesday, May 17 to 20, of one year - as 32 short stories in story order, the German and
English stories interleaved by day, each with a dateline lead, the figures, attributed
claims, the other side, quotes and reactions. About 100 rows are negatives that look like
claims - ministers' creeds and resolve on air, predictions framed as conviction, certainty,
a bet, a gut feeling or "If you ask me", a wish with a figure, evasions and refusals to say,
questions left open, quoted verdicts and labels of parties, unions, lobbies, analysts and
charities, reported questions in a chamber (one with a figure), a heckle, the Speaker's call
for order, retorts and chamber colour, company boilerplate of regret, values and resolve,
NGO directors' rhetoric (also restating a figure), appeals without a measure, hopes, fears
and doubts, a placard and a banner, scene colour in a hearing, vox pops - and each kind
stands beside a check-worthy look-alike that carries the same words around a verifiable
core: the same speaker's figure in the next row, a ruling-out stated as a position, a pledge
or plan with a figure, a minister's or a central banker's forecast stated as an expectation,
a company's guidance and facts from the same statement, an NGO's finding or estimate, a
demand that names a measure, a vote and its tally, a denial, a critic's checkable point.
Half German (APA, dpa, dpa-AFX, Reuters German, Keystone-SDA; Austrian "Pensionisten",
"Wahlzuckerl", "Nulllohnrunde", "Aussendung", "in Begutachtung", "heuer", Swiss
"Gegenmassnahmen", "liess", "schliesst", "Mitarbeitende", "Lernende", «» quotes, German „“
quotes): pensions in the ORF "Pressestunde", the minimum wage in an ARD talk show, health
premiums in the «SonntagsZeitung», asylum figures in „Bild am Sonntag“, a profit warning, a
rail union on Deutschlandfunk, pharma job cuts in Basel, child poverty in a Volkshilfe
release, a special session of the Nationalrat on prices, an insurer's annual meeting, the
Bundesbank president in the „Handelsblatt“, a ban on disposable e-cigarettes in the Swiss
Nationalrat, the Bundestag's question time, short-time work in Kapfenberg, the refill quota
of the Deutsche Umwelthilfe and store closures in Zurich. Half English (Reuters, AP, AFP,
PA): farm aid on "Face the Nation", the NHS waiting list on the BBC, French savings on
France Inter, rice prices on NHK, a wealth report, an airline's outage, temporary
accommodation in a charity's release, a pickup recall, a planning bill's second reading, a
Senate hearing with a social media chief, question period in Ottawa, a drought appeal in
Kenya, a water company's results, a stock-trading ban in the House, Prime Minister's
Questions on dentistry and an oil chief on CNBC. Figures as such copy has them: percentages
and a move in percentage points, money in euros and cents, dollars, pounds, francs, yen and
Kenyan shillings with their hedges, counts of people, applicants, jobs, homes, flights,
trucks, bottles, votes and barrels, shares in words ("um ein Fünftel", "mehr als jedes
fünfte Kind", "um ein Viertel", "about a third", "1 in 5"), multiples ("nearly double",
"dreifach", "twice"), compounds and number words ("einstündigen", "zweistündiger",
"180-jährigen", "15- bis 24-Jährigen", "sechs Millionen", "zwölf Monate", "a 5-kg bag", "a
14-year-old girl", "the three-hour hearing", "Twenty-three Labour MPs", "ten years"),
ordinals ("zum siebten Mal in Folge", "im ersten Quartal", "for the sixth month in a row",
"a fourth failed rainy season", "a second reading", "the second half"), durations, ages,
years, a fiscal year and dates in datelines and in the text. Negatives as such copy has them
- 21 of them carrying figures, labelled.

240 rows (120 German, 120 English), 104 negatives (53 German, 51 English), 136 check-worthy
rows of which 15 carry no figure (6 German, 9 English), 234 expected quantities (67 counts,
45 percentages - 44 in %, 1 in percentage points -, 41 amounts of money - 17 EUR, 9 USD, 7
GBP, 4 CHF, 3 JPY, 1 KES -, 31 durations - 17 in years, 6 in hours, 5 in months, 2 in days,
1 in weeks -, 20 ordinals, 15 years, 9 dates, 6 fractions; 25 of them in 21 negatives, as
the seventeenth batch labels a figure in a negative), 39 checked speakers (21 German, 18
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, hope, fear, conviction or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-nineteenth, hundred-thirty-first, hundred-fifty-eighth,
  hundred-sixty-fifth); a quoted or reported statement of fact, figure, step or position is
  check-worthy with its speaker. The pairs from one speaker: Wachtler's 1.9 billion euros
  ("..., sagte Wachtler." -> "Wachtler") beside „kein Almosen“ and her conviction with 2.6
  percent; Overstreet's second aid package beside "not asking for handouts", his bet and
  his "above my pay grade"; Kobold's six million beside „eine Frage des Anstands“ and „Mit
  mir wird es keine Kürzung ... geben“; Tiedtke's 180,000 mini-jobs beside his „jeder
  zusätzliche Euro“; Lawton's 7.18 million beside "pretend the job is done" and "Hand on
  heart"; Zurbriggen's 94 billion francs beside her «Naturgesetz»; Moriyasu's 3,980 yen
  beside "the soul of the Japanese table" and his wish; Eichhorn's 41,300 beside
  „Migrationswende“ and his certainty; Royer's 40 billion euros and his ruling-out beside his
  maxim and his refusal to bet; Weidig's 27 percent beside „kerngesund“; Feltham's 24
  billion pounds beside "a casino"; Kösterke's three rounds beside „Unsere Geduld ist am
  Ende“; Haskett's apology beside her 85,000 customers; Zumsteg's 12 percent beside «nicht
  leichtgefallen»; Gallacher's 2.3 billion pounds beside "a classroom's worth"; Kogelnik's
  demand beside his „Armutszeugnis“; Amberger's 3.1 percent beside his retort; Pendergast's
  150 projects and 1,290 homes a day beside "said no to everything"; Lühmann's 1.1 billion
  euros beside „so stark wie nie“; Deverell's 4,500 staff beside "the most important work";
  Gilchrist's 2022 proposal beside her "10 years"; Neuhaus's 2.3 percent beside „über den
  Berg“ and his gut feeling; Sahota's 500,000 homes beside "we will keep on building";
  Bundi's 15 million devices beside «Sondermüll mit Fruchtgeschmack»; Gathoni's 14 million
  dollars beside "looking away"; Landwehr's 17 billion euros and his ruling-out beside „ohne
  den Leuten in die Tasche zu greifen“ and his confidence; Moncrieff's 3.6 billion pounds
  beside "one river at a time"; Kainbacher's 30 percent beside „koste es, was es wolle“;
  Salazar's $700 million beside "a trading floor"; Nettesheim's 20 cents beside „tatenlos“;
  Bosshardt's 22 percent beside «keine Wahl»; Oakley's rigs beside "At $60 a barrel" and
  "If you ask me".
- Predictions framed as the speaker's own confidence are negatives with their figures
  labelled (hundred-fifty-eighth, hundred-sixty-fifth): „Ich bin überzeugt, dass wir mit 2,6
  Prozent ...“ 2.6%, „Ich bin mir sicher, dass wir am Jahresende unter 100.000 Erstanträgen
  liegen werden“ 100,000 "under", „Mein Bauchgefühl sagt mir, dass wir im Herbst eher bei
  2,5 als bei 2 Prozent landen“ 2.5% and 2% with no hedge (hundred-sixty-fifth: "eher 23.000
  als 27.000 Punkte"); confidence and belief without a figure likewise („Ich glaube fest
  daran, ...“, „Ich bin zuversichtlich, ...“; thirty-seventh). New: ""Hand on heart, I think
  we'll be well under 7 million by Christmas,"" is a negative with 7,000,000 "under" ("well
  under" "under") - "I think" before a forecast frames it as personal opinion, as
  "Personally, I think" (hundred-sixty-fifth), while the thirty-seventh's "I think" before a
  past, checkable figure stays check-worthy. New: a bet (""I'd bet my ranch we'll have a
  deal with Beijing within 90 days,"" 90 days) and "If you ask me" (""If you ask me, we're
  back at $75 before the year is out,"" 75 USD) frame a prediction the same way. A wish with
  a figure is a hope and a negative (""Personally, I would like to see it below 3,500 yen by
  the summer,"" 3500 JPY "under"; hundred-twenty-fourth). Their look-alikes stay
  check-worthy: a pledge ("The Health Secretary has promised to bring England's NHS waiting
  list below 7 million ..."; thirty-seventh: a pledge of 1.5 million homes;
  hundred-thirty-first), a plan ("Sahota said the government's plan would double the pace of
  construction to 500,000 homes a year by 2031."), a minister's expectation ("Zurbriggen
  rechnet ... mit einem Anstieg ... um durchschnittlich rund 4 Prozent."; hundred-sixty-fifth:
  "Brenninkmeyer sagte, er rechne damit"), a central banker's forecast in indirect speech
  ("Die Inflation im Euroraum werde in diesem Jahr bei durchschnittlich 2,3 Prozent liegen,
  sagte Neuhaus dem „Handelsblatt“." -> "Neuhaus"), a firm's guidance (Wendlinger's range and
  margin) and an analysts' estimate ("Analysts at Grayfield Partners estimate ...").
- New: interview forms. Evasions and refusals to say are negatives (thirty-seventh:
  "Dazu sage ich heute nichts."; hundred-thirty-eighth: "declined to say"): „Ausschließen
  kann man in der Politik nie etwas, aber darüber reden wir heute nicht“, ""That's above my
  pay grade."", ""I never place bets on the National Assembly."", "Moriyasu declined to
  say whether ...", "Zu einem möglichen Stellenabbau wollte sich ein Sprecher nicht
  äußern.", "Regulator Ofwat declined to comment ...", "The Senate majority leader's office
  declined to say ...", and a question left open ("ließ Kösterke offen", "liess Zurbriggen
  offen"; hundred-sixty-third: "ließen die Schätzer offen"). A ruling-out stated as a
  position is check-worthy without a figure or with one (thirty-seventh: "schloss Imhof ...
  aus"): "Eine Anhebung des gesetzlichen Pensionsantrittsalters über 65 Jahre schloss
  Wachtler aus." (65 years "over"; thirty-seventh: "über 50 Jahre"), "Royer ruled out
  raising income tax or value-added tax.", "... hat in der einstündigen Regierungsbefragung
  ... Steuererhöhungen für den Haushalt 2027 ausgeschlossen." (1 hour, 2027).
- New: parliamentary forms. A reported question is a negative, also with a figure in its
  premise ("Der Grünen-Abgeordnete Ole Feddersen fragte, wie der Minister 17 Milliarden Euro
  ohne neue Schulden auftreiben wolle." 17e9 EUR labelled; thirty-seventh: transcript
  questions), as are the quoted questions (""Will the Secretary of State admit ...?" the
  shadow housing secretary asked.", ""Is that what the Prime Minister calls a recovery
  plan?" she asked."); a heckle that states no fact ("rief dazwischen: „Das glauben Sie doch
  selbst nicht!“"; thirty-seventh: a heckle that states a fact is check-worthy), the chair's
  procedure ("The Speaker twice called for order ..." count 2 - the issue's "viermal";
  thirty-seventh: "Mr Speaker: Order, order!"), retorts ("konterte Amberger" with "die
  letzten drei Jahre" 3 years, ""..., " he replied") and chamber colour ("rief Rainer unter
  dem Applaus seiner Fraktion" - "rief" no verb of saying, hundred-thirty-eighth -, the
  „Rücktritt“-Rufe, applause, the placards outside Parliament Hill). Check-worthy: the
  chamber's acts and tallies ("by 341 votes to 179", "mit 118 zu 64 Stimmen bei 9
  Enthaltungen", "voted 306-118", "nur die 56 Abgeordneten der Freiheitlichen", "Twenty-three
  Labour MPs rebelled ...", "Die Sitzung dauerte gut vier Stunden."), the ministers' figures
  in the chamber, the opposition leader's figure ("The Opposition leader said 4.1 million
  adults ..."; speaker unchecked, a role) and an accusation paired with a demand that names
  a measure ("FPÖ-Klubobmann Herwig Rainer warf der Regierung vor, ... und verlangte eine
  Halbierung der Mehrwertsteuer auf Lebensmittel."; hundred-sixty-fifth: a demand naming a
  measure) - "Halbierung" carries no quantity, as the verb "halved" (thirty-seventh).
- New: company-statement forms. Boilerplate of regret, values and resolve is a negative,
  also inside the statement that carries facts: ""We are deeply sorry for the disruption
  and we take full responsibility,"", ""Safety and reliability guide every decision we
  make," the statement said.", ""The safety of our customers is non-negotiable,"",
  «Dieser Schritt ist uns nicht leichtgefallen, ...», „Wir halten an unseren Leuten fest,
  koste es, was es wolle“, „Wir sind kerngesund ...“, «Wir haben alles versucht, aber ...
  lassen uns keine Wahl»; so are a politician's and a ministry's reaction of mood («betroffen
  und enttäuscht», „sehr ernst“; hundred-sixty-fifth: "deeply disappointed"). The same
  statement's facts are check-worthy ("The problem had been fixed by 2 p.m. and operations
  would return to normal by Wednesday, it said in a statement." without a figure - "2 p.m."
  a clock time, none), as are guidance, job cuts, a dividend voted ("Rekorddividende" no
  point of reference needed: the amount is checked), and a short-time scheme's limit.
- New: NGO press-release forms. Findings and estimates with a figure are check-worthy with
  the speaker unchecked ("nach Berechnungen der Volkshilfe", "Nach Berechnungen der
  Organisation" - hundred-twentieth -, "the report said", "The trust's analysis found",
  "according to figures published ... by the housing charity Roofline Trust"); so are demands
  with a measure and a figure ("Kogelnik forderte eine Kindergrundsicherung von 650 Euro im
  Monat ...", "Nettesheim forderte eine Abgabe von 20 Cent ...", "The charity called on the
  government to build 90,000 social rent homes a year for the next ten years.", Feltham's
  wealth tax - an estimate under a condition, hundred-forty-sixth) and a demand that names a
  measure without one ("Owners' groups urged the company to offer free loaner vehicles ...";
  hundred-sixty-fifth). Appeals that name no measure ("It appealed to donors to "open their
  hearts before it is too late.""; hundred-thirty-eighth), directors' rhetoric, labels
  ("obscene", „ein Bürokratiemonster, das niemandem hilft“, «Kahlschlag bei vollen Kassen»)
  and hopes ("The charity hopes ...", "Die Volkshilfe hofft, ...") stay negatives.
- Rhetoric with figures (seventeenth, hundred-thirty-first, hundred-fifty-eighth,
  hundred-sixty-fifth): a figure restated for effect („Dass in einem so reichen Land jedes
  fünfte Kind arm ist, ist ein Armutszeugnis“ fraction 0.2 - the issue's "jeder vierte" -,
  ""Four recalls in five months tells you ...,"" 4 and 5 months, ""At $60 a barrel, the
  shale party is over,"" 60 USD), hyperbole and mottos with a number („so stark wie nie in
  ihrer 180-jährigen Geschichte“ 180 years - hundred-sixty-fifth: "our 140-year history" -,
  ""... the most important ethics vote of my 20 years in Congress,"" 20 years, ""You have had
  10 years and a mountain of warnings, ...," Gilchrist told Deverell during the three-hour
  hearing." 10 years and 3 hours - a figure in the frame of a negative, hundred-sixty-fifth
  -, ""..., one river at a time,"" count 1 - "one" before a noun, hundred-twenty-first,
  hundred-fifty-eighth: "one player"). New: „Jeder Euro, den wir in Kinder investieren,
  kommt dreifach zurück“ carries count 3 - "dreifach" is a multiple as "doppelt so hoch" 2
  (hundred-sixty-fifth) and the issue's "viermal" 4. Rhetoric without a figure: „Die Pension
  ist kein Almosen, ...“, „Die Migrationswende ist keine Ankündigung mehr, ...“, „Diese
  Regierung hat die Preise nicht im Griff, ...“, „Wir sind noch nicht über den Berg, ...“,
  «Diese bunten Wegwerfdinger sind Sondermüll mit Fruchtgeschmack», ""Rice is the soul of
  the Japanese table, ..."", ""The French are not taxed too little, ..."", ""This is not an
  economy that works, ..."", ""Every night, a classroom's worth of children becomes
  homeless,"" ("a classroom's worth" none), ""For too long, this country has said no to
  everything ..."", ""The people's house should not be a trading floor,"".
- Quoted verdicts and labels (ninety-eighth, hundred-thirty-eighth, hundred-fifty-eighth,
  hundred-sixty-fifth): "sprach von", "nannte", "called", "kritisierten ... als", "told the
  House of Commons the government was "..."" are negatives (NEOS, Pro Asyl, SP, a trader, a
  rail spokesman, Unia, DSW, SVP, the works council, HDE, Syna; Democrats, the shadow health
  secretary, the National Rally, business groups, Conservative MPs, the Conservative housing
  critic, the Clean Rivers Trust); so are verdicts with "hält ... für" ("Einige Ökonomen
  halten die Sorgen der Bundesbank für übertrieben."). New: a lead built on "hält ... für" is
  a negative like any other row ("Frankfurt (Reuters) - Bundesbank-Präsident Albrecht Neuhaus
  hält eine weitere Zinssenkung ... im Juni für keineswegs ausgemacht."), while his forecast
  in the next row is check-worthy. Accusations and assertions without a checkable claim are
  negatives (eighty-fourth, hundred-sixty-third): "Opposition lawmakers accused the
  government of reacting far too late ...", "Die Grünen warfen Eichhorn vor, ...",
  "CDU-Generalsekretär Holger Tiedtke hielt dagegen, jeder zusätzliche Euro beim Mindestlohn
  koste im Mittelstand Arbeitsplätze." ("jeder zusätzliche Euro" none - no ordinal after
  "jeder", unlike "jeder vierte"). Denials are check-worthy without a figure
  (hundred-sixty-fifth): "Loopline denied that the proposal had been rejected for commercial
  reasons." New: "Critics noted that the bill exempts mutual funds held by spouses." is
  check-worthy with the speaker unchecked - "noted that" with a checkable clause, as
  "verwies darauf" (hundred-fifty-eighth).
- New: scene colour in a hearing is a negative with its figure labelled, as the
  hundred-sixty-fifth's scene colour: "Sen. Patricia Gilchrist, the committee's ranking
  Democrat, held up a printout of messages sent to a 14-year-old girl in Ohio." 14 years.
  Other colour without a figure: the banner „Versichert die Zukunft, nicht die Kohle“, the
  placards ""Rent is theft of our future."", "Dead goats lay along the road to Lodwar, ...".
  Vox pops (hundred-twenty-fourth, hundred-sixty-fifth): Ruth Ackerley's 20 hours and 64
  ("Gate B12" no quantity - a gate's name, as the road identifiers "A38" and "A 10",
  hundred-fifty-second), the Winterthur customer's «Ohne den Meierhans an der Ecke ...» and
  Hazel Penhallow's "Patients don't care about targets ...". Fears and doubts without a
  figure: "Wildlife groups fear ...", "Some economists doubt ...". Open questions: "Ob der
  Ständerat dem Verbot zustimmt, gilt als unsicher.", "Whether the Kids Online Safety Act can
  reach the Senate floor ... remains unclear.".
- Check-worthy without a figure (seventy-first, hundred-fourteenth to hundred-sixty-fifth):
  leads (Wendlinger's cut forecast, the EVG's threat of strikes before Pentecost, the
  Nationalrat's special session, the Swiss Nationalrat's planned ban, the clash at Prime
  Minister's Questions), positions ("Royer ruled out ...", "Treasury officials said the
  government had no plans for a wealth tax."), stated facts and steps ("Betroffen seien vor
  allem die Forschung in Basel und die Produktion in Visp, teilte das Unternehmen am Montag
  mit.", Skylane's repair, the Transportation Secretary's investigation, the report's
  sources), Rainer's demand, the owners' groups' demand, Loopline's denial and the critics'
  point.
- Counts (every batch): populations and tallies with their hedges ("rund 2,5 Millionen",
  "rund sechs Millionen" - a number word before "Millionen" -, "um 180.000", "rund 5,4
  Millionen", "below 7 million" "under", "7.18 million", "2.9 million", "31,000", "another
  300,000 tonnes" ("another" no hedge, hundred-fifty-sixth), "41.300", "rund 9.600", "unter
  100.000" "under" in a negative, "229.000", "Britain's 350 richest people", "4.5 million",
  "in drei Verhandlungsrunden" 3, "in zwei Stufen" 2, "more than 1,400 flights" "over",
  "about 85,000", "rund 650 Stellen", "rund 200 Stellen", "A record 134,000" ("A record" no
  hedge, twenty-third), "167,000", "90,000", "rund 344.000", "86.000", "about 412,000", "14
  crashes and three minor injuries", "die 56 Abgeordneten", "by 341 votes to 179", "150
  major infrastructure projects", "1,290 homes a day" ("a day" none), "Twenty-three Labour
  MPs" 23, "2.4 million accounts", "to 4,500", "an annualized 221,400 units", "500,000
  homes a year", "mit 118 zu 64 Stimmen bei 9 Enthaltungen", "rund 15 Millionen", "About 2.1
  million", "38,000 children", "rund 900", "alle 2.300 Leute" in a hope ("alle" no hedge),
  "voted 306-118" 306 and 118 (hundred-sixty-fifth: "voted 10-2"), "rund 16 Milliarden
  Einwegflaschen", "4.1 million adults", "700,000 extra" ("extra" no hedge), "34 ihrer 112
  Filialen" 34 and 112 (a definite group, forty-first), "Rund 480", "60 Lernende", "to 14
  from 19", "roughly 410,000 barrels" "about", "150,000 barrels per day" ("per day" none)),
  multiples ("nearly double the figure" 2 "nearly", "dreifach" 3, "twice" 2) and a weight in
  a compound ("a 5-kg bag" count 5 - physical measures are counts, fourth; the issue's "a
  two-week visit"). None: "tens of thousands", "Millionen Pendlern", "not a single new
  town", "a classroom's worth", "tripled" and "double the pace" (verbs,
  hundred-forty-eighth), "Halbierung", "Gate B12", "2 p.m.", "jeder zusätzliche Euro".
- Ordinals and fractions (the issue; hundred-twentieth, hundred-sixty-fifth): "a second aid
  package" 2 and "a second reading" 2 (hundred-sixty-fifth: "a third runway" 3), "for a
  second year" 2 (hundred-sixty-third: "for a third year"), "in the first quarter" and "im
  ersten Quartal" 1, "In den ersten vier Monaten des Jahres" ordinal 1 with 4 months
  (hundred-fifty-eighth), "for the sixth month in a row" 6 (hundred-thirty-eighth), "the
  second major IT failure" 2, "Brackett's fourth recall" 4, "its first Commons hurdle" 1,
  "zum siebten Mal in Folge" 7 (the issue's "zum zweiten Mal"), "after a fourth failed rainy
  season" 4, "by the end of the third quarter" 3, "in the second half of the year" 2 with no
  fraction (hundred-sixty-third: "im ersten Halbjahr" 1 and no fraction). Fractions: "um ein
  Fünftel" 0.2 ("um" no hedge, hundred-sixty-third), "mehr als jedes fünfte Kind" 0.2 "over"
  (hundred-sixty-third: "Mehr als jeder vierte Euro"), "jedes fünfte Kind" 0.2 in the
  negative, "about a third of the rise" 0.3333 "about", "um ein Viertel" 0.25, "1 in 5 NHS
  dental practices" 0.2 (hundred-fifty-first: "About 1 in 3").
- Percentages as written with their hedges ("um 2,6 Prozent", "41% year on year",
  "durchschnittlich rund 4 Prozent" "about" - "durchschnittlich" no hedge, thirty-seventh -,
  "von bis zu 6 Prozent" "up_to", "im Schnitt 14 Prozent", "62% higher", "38 Prozent
  weniger" ("weniger" after the figure compares, hundred-first), "to 4.6% of GDP", "5.4% of
  output", "114% of GDP" (eighteenth: above 100), "bei 6 bis 7 Prozent" both, "um 27
  Prozent", "rund 9 Prozent" "about", "by 9%", "a 2% annual tax", "7,5 Prozent mehr Lohn",
  "4 Prozent in zwei Stufen", "38% of its scheduled flights", "um 12 Prozent", "up 14%", "um
  4,7 Prozent", "2.3%", "auf 3,1 Prozent, nach 3,9 Prozent", "8 Prozent mehr als ein Jahr
  zuvor", "um 23 Prozent", "2,3 Prozent", "um 5,1 Prozent", "11%", "4.2%", "24 Prozent",
  "by 45%", "36%", "um 30 Prozent über jenen" ("über" after the figure compares), "auf 41,2
  Prozent", "ein Ziel von 70 Prozent", "um 22 Prozent", "by about 6%" "about", "1.8%", and
  "mit 2,6 Prozent", "eher bei 2,5 als bei 2 Prozent" in negatives); percentage points in pp
  ("um 0,25 Prozentpunkte", with "auf nunmehr 2,0 Prozent" in % - "nunmehr" no hedge).
- Durations and ages (the issue: "fünfstündigen"; every batch): "in der einstündigen
  Regierungsbefragung" 1 hour, "nach zweistündiger Debatte" 2 hours (hundred-sixty-third:
  "in seiner knapp einstündigen Rede"), "gut vier Stunden" 4 hours "over", "the three-hour
  hearing" 3 hours (in a negative), "more than 18 weeks" 18 weeks "over", "einen
  Tarifvertrag über zwölf Monate" 12 months and "über 26 Monate" 26 months ("über" before a
  span no hedge, hundred-sixteenth), "auf drei Monate befristet" 3 months, "five years
  earlier" 5 years, "for the next ten years" 10 years, "in the past two years" and "in two
  years" 2 years, "over five years" 5 years ("over" before a span no hedge), "in den
  vergangenen fünf Jahren" 5 years, "180 days", "a total of 412,000 hours" 412000 hours, and
  in negatives "within 90 days", "for 20 hours", "in five months", "die letzten drei Jahre",
  "180-jährigen Geschichte", "10 years", "my 20 years". Ages are durations in years ("über
  65 Jahre" 65 "over" - thirty-seventh: "über 50 Jahre" -, "users under 13" 13 "under" and
  "children under five" 5 "under" - New: an age bound after "under" as "älter als 50 Jahre"
  "over", thirty-seventh -, "der 15- bis 24-Jährigen" 15 and 24 - the unit written once
  serves both, hundred-sixty-eighth: "16- and 17-year-olds" -, and in negatives "Ruth
  Ackerley, 64," and "a 14-year-old girl"). None: "für das kommende Jahr", "im vergangenen
  Jahr", "im laufenden Jahr", "in diesem Jahr", "zu Jahresbeginn", "am Jahresende", "im
  Vorjahr", "im Vorjahreszeitraum", "ein Jahr zuvor", "im vergangenen Herbst", "im Herbst",
  "vor dem Sommer", "vor Pfingsten", "Ende Juni", "Ende Jahr", "ab Juni", "heuer", "jährlich",
  "jedes Jahr", "im Monat", "jeden Tag", "last year", "this year", "next year", "a year
  earlier", "year on year", "in less than a year", "in the past year", "by the end of the
  year", "by Christmas", "by the summer", "before the harvest", "since last
  summer", "next month", "over the next decade", "a year", "a day", "per day", "through
  September", "since January", "since March", "in the year to March", "before the year is
  out", "in the autumn", "before the August recess", weekdays and months.
- Money in the currency written (every batch): EUR ("rund 1,9 Milliarden Euro" "about",
  "auf 15 Euro ab Januar 2027", "an extra 40 billion euros" - "an extra" no hedge -, "3.35
  trillion euros", "3,1 bis 3,3 Milliarden Euro" both - the currency written once,
  hundred-fifty-eighth - and "3,6 Milliarden Euro", "mindestens aber 250 Euro im Monat"
  "at_least", "650 Euro im Monat", "4,20 Euro je Aktie" ("je Aktie" none), "1,1 Milliarden
  Euro", "19,8 Millionen Euro", "rund 17 Milliarden Euro" "about" and "17 Milliarden Euro" in
  the negative question, "jährlich 62 Milliarden Euro"), New: euro cents are hundredths of
  EUR ("35 Cent mehr als im Vorjahr" 0.35 EUR, "eine Abgabe von 20 Cent" 0.20 EUR) as pence
  are of GBP (hundred-thirtieth); USD ("about $12 billion", "$10 billion", "$9.8 billion",
  "a $150 travel voucher", "14 million dollars", "more than $700 million" "over", "around $60
  a barrel" "about" - "a barrel" none, hundred-fifty-eighth: "$71.40 a barrel" -, and "$60",
  "$75" in negatives), GBP ("812 billion pounds", "fortunes above 10 million pounds" "over"
  - hundred-fifty-first: "assets above 10 million pounds" -, "about 24 billion pounds a year"
  "about", "2.3 billion pounds", "a record 39 billion pounds", "214 million pounds", "3.6
  billion pounds"), CHF ("94 Milliarden Franken", "2,8 Milliarden Franken", "3,40 Franken je
  Aktie", "310 Millionen Franken"), JPY ("to 3,980 yen, from a peak of 4,460 yen" both, and
  "below 3,500 yen" "under" in a wish), KES ("1.2 billion shillings" in a Kenyan story,
  hundred-sixty-third).
- Years and dates: "ab Januar 2027" its year (hundred-fifty-eighth: "by June 2027"), "bis
  2028", "bis Ende 2027", "the 2025-26 financial year" both years (hundred-sixty-third:
  "for the 2026-27 fiscal year"), "seit 2019", "since 2023", "in 2022", "by 2031", "since
  2020", "für den Haushalt 2027" and "für 2027", "bis 2029", "by 2030", "the highest rate
  since 2019"; "starting June 12" --06-12 a date without a year; Reuters and AFP English
  datelines with a day ("TOKYO, May 17 (Reuters)", "PARIS, May 17 (AFP)", "LONDON, May 18
  (Reuters)", "DETROIT, May 18 (Reuters)", "OTTAWA, May 19 (Reuters)", "NAIROBI, May 19
  (AFP)", "LONDON, May 20 (Reuters)", "HOUSTON, May 20 (Reuters)") dates without a year
  (hundred-sixty-fifth); APA, dpa, dpa-AFX, Reuters German ("Frankfurt (Reuters) -"),
  Keystone-SDA, AP ("WASHINGTON (AP) —", "DALLAS (AP) —") and PA ("LONDON (PA) -")
  datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "about", "About", "around", "roughly"
  "about"; "nearly" "nearly"; "mehr als", "über", "gut", "more than", "above" "over";
  "unter", "below", "under", "well under" "under"; "bis zu" "up_to"; "mindestens"
  "at_least". No hedge: "nur", "nur noch", "Allein", "alle", "im Schnitt",
  "durchschnittlich", "another", "an extra", "extra", "A record", "a record", "nunmehr",
  "über" and "over" before a span, "um" before a share, "mehr als", "weniger", "über jenen"
  and "higher than" after a figure, "from" in "to ... from".
- Speakers, checked only in forms the earlier batches settled: "..., sagte Wachtler.",
  "..., sagte Kobold." and "..., sagte Landwehr." after a Konjunktiv I paraphrase the
  surname as written (hundred-fifty-second: "sagte Karrer"); "Tiedtke sagte, ...", "Weidig
  sagte, ...", "Zumsteg sagte, ...", "Lühmann sagte, ...", "Bundi sagte, ...", "Kainbacher
  sagte, ..." and "Bosshardt sagte, ..." opening the row (forty-second,
  hundred-thirty-first); "sagte Zurbriggen der «SonntagsZeitung»", "sagte Neuhaus dem
  „Handelsblatt“" and "Bundesinnenminister Ralf Eichhorn (CSU) sagte der „Bild am Sonntag“"
  with the paper, the title and the party dropped (eighty-fourth: "sagte
  Verteidigungsminister Jörg Wittstock der „Bild“-Zeitung"; hundred-sixty-third),
  "EVG-Verhandlungsführerin Sandra Kösterke sagte im Deutschlandfunk" with the programme
  dropped (thirty-seventh: "im Interview mit dem Deutschlandfunk"), "Finanzminister Lukas
  Amberger (ÖVP) sagte" (hundred-sixty-third); "teilte das Unternehmen am Montagabend /
  am Montag / am Mittwoch mit" -> "das Unternehmen", "teilte die Kette am Mittwoch mit" ->
  "die Kette" (the firm taken up by its common noun, as "der Konzern",
  hundred-fifty-eighth), "nach Angaben der Deutschen Umwelthilfe" -> "die Deutsche
  Umwelthilfe" (hundred-fifty-eighth: the body in the nominative). New: "teilte die
  Hilfsorganisation am Montag in einer Aussendung mit" -> "die Hilfsorganisation" and "the
  charity said in a press release" -> "the charity" - the channel of a release dropped as
  "said in a statement" (tenth, eleventh) and the charity taken up by its common noun as
  "The charity said" (hundred-thirty-eighth). English: "Sen. Dale Overstreet told CBS's
  "Face the Nation"", "Health Secretary Priya Lawton told the BBC's Sunday morning
  programme", "Agriculture Minister Kenji Moriyasu told public broadcaster NHK" and "Chief
  Executive Travis Oakley told CNBC on Wednesday" the name with the title, the broadcaster
  and the weekday dropped (thirty-seventh: "told CNN's ...", "told broadcaster NDTV in an
  interview", "told the BBC's Today programme"), "Finance Minister Clément Royer said on
  Sunday", "Loopline CEO Marcus Deverell said", "Chief Executive Alastair Moncrieff said",
  "Housing Minister Anika Sahota said" and "Rep. Corinne Salazar said" the name ("Rep." as
  "Senator" and "Gov.", thirty-seventh; hundred-thirty-eighth: the firm and the title
  dropped), "Housing Secretary Rebecca Pendergast told MPs" -> "Rebecca Pendergast"
  (hundred-sixty-third: "Marwick told MPs"), "Feltham said", "Brackett said", "Gallacher
  said", "Gilchrist said" and "Gathoni said" as written, "The Royal College of Nursing said
  in a statement that ..." and "The British Dental Association said in a statement that
  ..." -> the article in lower case (hundred-fourteenth). Left unchecked (None): rows
  without attribution and all negatives, also those with a named speaker; pronouns and roles
  ("sagte die Ministerin", "sagte die Bundesrätin", "sagte der Minister", "sagte der
  Notenbanker", "räumte der Minister ein", "fügte er hinzu", "He told broadcaster France
  Inter", "She said", "He said", "it said in a statement", "It said", "a senior Republican
  senator said Sunday", "Japan's agriculture minister said", "The Health Secretary has
  promised", "The Transportation Secretary said", "The Opposition leader said", "The Prime
  Minister told MPs", "The chief executive of social media company Loopline told senators";
  thirty-seventh, hundred-fifteenth), plural groups ("Treasury officials said", "Ministers
  say", "Critics noted"; hundred-sixty-fifth: "fire officials said"), descriptions before a
  name ("the anti-poverty group Fair Share Alliance said in a report", "the aid group Relief
  Bridge International said", "according to national statistics agency INSEE", "according
  to listings site Rentals.ca", "Flight-tracking site FlightAware showed"; fortieth),
  documents and data ("the report said", "according to department data", "Commerce
  Department figures show", "government data showed", "NHS England figures show",
  "Environment Agency data showed", "data from the national housing agency showed",
  "according to a filing with the National Highway Traffic Safety Administration",
  "according to figures published ... by the housing charity Roofline Trust", "A Bank of
  Canada study found", "The trust's analysis found", "wie aus Zahlen der Bundesagentur für
  Arbeit hervorgeht", "wie aus Zahlen des Bundesamts für Gesundheit hervorgeht", "Laut der
  Erhebung", "Laut einer Erhebung des Bundesamts für Gesundheit"; hundred-second,
  hundred-twentieth, hundred-sixty-fifth), "nach eigenen Angaben", "nach DSW-Angaben"
  (hundred-forty-sixth), "nach Berechnungen der Volkshilfe" and "Nach Berechnungen der
  Organisation" (hundred-twentieth), "rechnet", "estimate", "in Aussicht gestellt", "schloss
  ... aus", "ausgeschlossen", "ruled out", "forderte", "fordert", "called on", "urged",
  "verwies auf", "verwies darauf", "warnte", "warf ... vor ... und verlangte", "denied"
  (hundred-tenth, hundred-twentieth, hundred-sixty-fifth), "the company said" closing the
  row (hundred-sixty-fifth). New, left unchecked until settled: "The Kenyan government said"
  (a government named by the adjective of its country).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_175 = [
    # --- Pensionen in der ORF-„Pressestunde“ (APA) ---
    (
        "de",
        "Wien (APA) - Sozialministerin Gerlinde Wachtler hat in der ORF-„Pressestunde“ am Sonntag eine Anhebung der Pensionen um 2,6 Prozent für das kommende Jahr in Aussicht gestellt.",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Erhöhung koste den Bund rund 1,9 Milliarden Euro, sagte Wachtler.",
        True,
        [("money", 1900000000, "EUR", "about")],
        "Wachtler",
    ),
    (
        "de",
        "„Die Pension ist kein Almosen, sondern der Lohn für ein ganzes Arbeitsleben“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich bin überzeugt, dass wir mit 2,6 Prozent die Kaufkraft jedes einzelnen Pensionisten sichern“, sagte Wachtler.",
        False,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Anhebung des gesetzlichen Pensionsantrittsalters über 65 Jahre schloss Wachtler aus.",
        True,
        [("duration", 65, "year", "over")],
        None,
    ),
    (
        "de",
        "„Ausschließen kann man in der Politik nie etwas, aber darüber reden wir heute nicht“, sagte sie auf die Frage nach einer Nulllohnrunde für Beamte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zu Jahresbeginn bezogen in Österreich rund 2,5 Millionen Menschen eine Pension.",
        True,
        [("count", 2500000, None, "about")],
        None,
    ),
    (
        "de",
        "NEOS-Sozialsprecherin Bettina Lahner sprach von einem „teuren Wahlzuckerl auf Kosten der Jungen“.",
        False,
        [],
        None,
    ),
    # --- Farm aid on "Face the Nation" (AP) ---
    (
        "en",
        "WASHINGTON (AP) — American farmers have lost about $12 billion in soybean and corn sales to China since the tariff dispute began in March, a senior Republican senator said Sunday.",
        True,
        [("money", 12000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        'Sen. Dale Overstreet told CBS\'s "Face the Nation" that a second aid package of $10 billion would be ready before the harvest.',
        True,
        [("ordinal", 2, None, None), ("money", 10000000000, "USD", None)],
        "Dale Overstreet",
    ),
    (
        "en",
        '"Our farmers are not asking for handouts, they are asking for markets," Overstreet said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "\"I'd bet my ranch we'll have a deal with Beijing within 90 days,\" he added.",
        False,
        [("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "The Agriculture Department paid out $9.8 billion under a similar program last year, according to department data.",
        True,
        [("money", 9800000000, "USD", None)],
        None,
    ),
    (
        "en",
        'Asked whether the tariffs had been a mistake, Overstreet said: "That\'s above my pay grade."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Democrats called the package "a bailout for a crisis the White House created."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Commerce Department figures show soybean exports to China fell 41% year on year in the first quarter.",
        True,
        [("percent", 41, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Mindestlohn in der ARD-Talkshow (dpa) ---
    (
        "de",
        "Berlin (dpa) - Bundesarbeitsministerin Miriam Kobold (SPD) hat in einer ARD-Talkshow am Sonntagabend die Anhebung des Mindestlohns auf 15 Euro ab Januar 2027 verteidigt.",
        True,
        [("money", 15, "EUR", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Von der Erhöhung profitierten rund sechs Millionen Beschäftigte, sagte Kobold.",
        True,
        [("count", 6000000, None, "about")],
        "Kobold",
    ),
    (
        "de",
        "„Wer Vollzeit arbeitet, darf nicht zum Amt gehen müssen – das ist eine Frage des Anstands“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "CDU-Generalsekretär Holger Tiedtke hielt dagegen, jeder zusätzliche Euro beim Mindestlohn koste im Mittelstand Arbeitsplätze.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tiedtke sagte, die Zahl der Minijobs sei seit der letzten Erhöhung um 180.000 gesunken.",
        True,
        [("count", 180000, None, None)],
        "Tiedtke",
    ),
    (
        "de",
        "Im April bezogen rund 5,4 Millionen Menschen Bürgergeld, wie aus Zahlen der Bundesagentur für Arbeit hervorgeht.",
        True,
        [("count", 5400000, None, "about")],
        None,
    ),
    (
        "de",
        "„Mit mir wird es keine Kürzung beim Existenzminimum geben, Punkt“, sagte Kobold unter dem Applaus des Studiopublikums.",
        False,
        [],
        None,
    ),
    # --- NHS waiting list on the BBC (PA) ---
    (
        "en",
        "LONDON (PA) - The Health Secretary has promised to bring England's NHS waiting list below 7 million by the end of the year.",
        True,
        [("count", 7000000, None, "under")],
        None,
    ),
    (
        "en",
        "Health Secretary Priya Lawton told the BBC's Sunday morning programme that the list had shrunk for the sixth month in a row, to 7.18 million in March.",
        True,
        [("ordinal", 6, None, None), ("count", 7180000, None, None)],
        "Priya Lawton",
    ),
    ("en", '"I\'m not going to pretend the job is done," Lawton said.', False, [], None),
    (
        "en",
        '"Hand on heart, I think we\'ll be well under 7 million by Christmas," she said.',
        False,
        [("count", 7000000, None, "under")],
        None,
    ),
    (
        "en",
        "NHS England figures show 2.9 million patients had waited more than 18 weeks for treatment.",
        True,
        [("count", 2900000, None, None), ("duration", 18, "week", "over")],
        None,
    ),
    (
        "en",
        'The shadow health secretary called the pledge "a Christmas card written in disappearing ink."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Royal College of Nursing said in a statement that 31,000 nursing posts in England were vacant.",
        True,
        [("count", 31000, None, None)],
        "the Royal College of Nursing",
    ),
    (
        "en",
        "\"Patients don't care about targets, they care about being seen,\" said Hazel Penhallow of the patients' group Care Matters.",
        False,
        [],
        None,
    ),
    # --- Krankenkassenprämien in der «SonntagsZeitung» (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Gesundheitsministerin Monika Zurbriggen rechnet für das kommende Jahr mit einem Anstieg der Krankenkassenprämien um durchschnittlich rund 4 Prozent.",
        True,
        [("percent", 4, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Gesundheitskosten seien im vergangenen Jahr auf 94 Milliarden Franken gestiegen, sagte Zurbriggen der «SonntagsZeitung».",
        True,
        [("money", 94000000000, "CHF", None)],
        "Zurbriggen",
    ),
    (
        "de",
        "«Wir können nicht jedes Jahr die Prämienzahler zur Kasse bitten und so tun, als sei das ein Naturgesetz», sagte die Bundesrätin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Krankenversichererverband Santésuisse warnte, ohne Gegenmassnahmen drohe ein Prämienanstieg von bis zu 6 Prozent.",
        True,
        [("percent", 6, "%", "up_to")],
        None,
    ),
    ("de", "Die SP sprach von einem «Prämienschock, den der Bundesrat verschlafen hat».", False, [], None),
    (
        "de",
        "Schon heute gibt ein Haushalt im Schnitt 14 Prozent seines Einkommens für Prämien aus, wie aus Zahlen des Bundesamts für Gesundheit hervorgeht.",
        True,
        [("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Der Bundesrat wolle zudem die Preise für Generika bis 2028 um ein Fünftel senken, sagte die Bundesrätin.",
        True,
        [("year", 2028, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Wie das Gesundheitswesen langfristig finanziert werden soll, liess Zurbriggen offen.",
        False,
        [],
        None,
    ),
    # --- Rice prices on NHK (Reuters) ---
    (
        "en",
        "TOKYO, May 17 (Reuters) - Japan's agriculture minister said on Sunday the government would release another 300,000 tonnes of rice from state reserves to bring prices down.",
        True,
        [("date", "--05-17", None, None), ("count", 300000, None, None)],
        None,
    ),
    (
        "en",
        "Agriculture Minister Kenji Moriyasu told public broadcaster NHK that the average price of a 5-kg bag of rice had fallen to 3,980 yen, from a peak of 4,460 yen in March.",
        True,
        [("count", 5, None, None), ("money", 3980, "JPY", None), ("money", 4460, "JPY", None)],
        "Kenji Moriyasu",
    ),
    (
        "en",
        '"Rice is the soul of the Japanese table, and we will protect it," Moriyasu said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Personally, I would like to see it below 3,500 yen by the summer," he said.',
        False,
        [("money", 3500, "JPY", "under")],
        None,
    ),
    (
        "en",
        "Retail rice prices were still 62% higher in April than a year earlier, government data showed.",
        True,
        [("percent", 62, "%", None)],
        None,
    ),
    (
        "en",
        "Opposition lawmakers accused the government of reacting far too late to the shortage.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Moriyasu declined to say whether Japan would raise its tariff-free import quota for U.S. rice.",
        False,
        [],
        None,
    ),
    # --- Asylzahlen in der „Bild am Sonntag“ (dpa) ---
    (
        "de",
        "Berlin (dpa) - In den ersten vier Monaten des Jahres sind in Deutschland 38 Prozent weniger Asylerstanträge gestellt worden als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("duration", 4, "month", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesinnenminister Ralf Eichhorn (CSU) sagte der „Bild am Sonntag“, von Januar bis April seien 41.300 Erstanträge gestellt worden.",
        True,
        [("count", 41300, None, None)],
        "Ralf Eichhorn",
    ),
    (
        "de",
        "„Die Migrationswende ist keine Ankündigung mehr, sie ist Realität“, sagte Eichhorn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit der Ausweitung der Grenzkontrollen im vergangenen Herbst seien an den deutschen Landgrenzen rund 9.600 Menschen zurückgewiesen worden, sagte der Minister.",
        True,
        [("count", 9600, None, "about")],
        None,
    ),
    (
        "de",
        "„Ich bin mir sicher, dass wir am Jahresende unter 100.000 Erstanträgen liegen werden“, sagte Eichhorn.",
        False,
        [("count", 100000, None, "under")],
        None,
    ),
    (
        "de",
        "Im gesamten Vorjahr hatte das Bundesamt für Migration und Flüchtlinge 229.000 Erstanträge gezählt.",
        True,
        [("count", 229000, None, None)],
        None,
    ),
    ("de", "Pro Asyl nannte die Praxis an den Grenzen „rechtswidrig und zutiefst unmenschlich“.", False, [], None),
    (
        "de",
        "Die Grünen warfen Eichhorn vor, sich mit Zahlen zu schmücken, die vor allem auf die Lage in den Herkunftsländern zurückgingen.",
        False,
        [],
        None,
    ),
    # --- French budget on France Inter (AFP) ---
    (
        "en",
        "PARIS, May 17 (AFP) - France will need an extra 40 billion euros in savings in next year's budget to bring its deficit down to 4.6% of GDP, Finance Minister Clément Royer said on Sunday.",
        True,
        [("date", "--05-17", None, None), ("money", 40000000000, "EUR", None), ("percent", 4.6, "%", None)],
        "Clément Royer",
    ),
    (
        "en",
        "He told broadcaster France Inter that the deficit had come in at 5.4% of output last year, slightly better than the government had forecast.",
        True,
        [("percent", 5.4, "%", None)],
        None,
    ),
    (
        "en",
        '"The French are not taxed too little, the state spends too much," Royer said.',
        False,
        [],
        None,
    ),
    ("en", "Royer ruled out raising income tax or value-added tax.", True, [], None),
    ("en", 'The far-right National Rally called the plan "a butchery of public services."', False, [], None),
    (
        "en",
        'Asked whether the government could survive a confidence vote in the autumn, Royer said: "I never place bets on the National Assembly."',
        False,
        [],
        None,
    ),
    (
        "en",
        "France's public debt stood at 3.35 trillion euros at the end of the first quarter, or 114% of GDP, according to national statistics agency INSEE.",
        True,
        [("money", 3350000000000, "EUR", None), ("ordinal", 1, None, None), ("percent", 114, "%", None)],
        None,
    ),
    (
        "en",
        "Some economists doubt the savings target can be reached without new taxes.",
        False,
        [],
        None,
    ),
    # --- Gewinnwarnung bei Wendlinger (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Maschinenbauer Wendlinger hat wegen schwacher Aufträge aus China seine Jahresprognose gesenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Umsatz werde im laufenden Jahr nur noch 3,1 bis 3,3 Milliarden Euro erreichen statt der bisher angepeilten 3,6 Milliarden Euro, teilte das Unternehmen am Montagabend mit.",
        True,
        [
            ("money", 3100000000, "EUR", None),
            ("money", 3300000000, "EUR", None),
            ("money", 3600000000, "EUR", None),
        ],
        "das Unternehmen",
    ),
    (
        "de",
        "Die operative Marge soll bei 6 bis 7 Prozent liegen.",
        True,
        [("percent", 6, "%", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir sind kerngesund und werden gestärkt aus dieser Phase hervorgehen“, sagte Vorstandschef Thorsten Weidig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Weidig sagte, der Auftragseingang aus China sei im ersten Quartal um 27 Prozent eingebrochen.",
        True,
        [("ordinal", 1, None, None), ("percent", 27, "%", None)],
        "Weidig",
    ),
    ("de", "Die Aktie verlor nachbörslich rund 9 Prozent.", True, [("percent", 9, "%", "about")], None),
    (
        "de",
        "Ein Händler sprach von einer „Gewinnwarnung, die niemanden überrascht“.",
        False,
        [],
        None,
    ),
    ("de", "Zu einem möglichen Stellenabbau wollte sich ein Sprecher nicht äußern.", False, [], None),
    # --- Wealth report (Reuters) ---
    (
        "en",
        "LONDON, May 18 (Reuters) - The combined wealth of Britain's 350 richest people rose by 9% last year to 812 billion pounds, the anti-poverty group Fair Share Alliance said in a report on Monday.",
        True,
        [
            ("date", "--05-18", None, None),
            ("count", 350, None, None),
            ("percent", 9, "%", None),
            ("money", 812000000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Over the same period, the number of children living in relative poverty in the UK rose to 4.5 million, the report said.",
        True,
        [("count", 4500000, None, None)],
        None,
    ),
    (
        "en",
        "\"This is not an economy that works, it's a casino where the house always wins,\" the group's director, Naomi Feltham, said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Feltham said a 2% annual tax on fortunes above 10 million pounds would raise about 24 billion pounds a year.",
        True,
        [("percent", 2, "%", None), ("money", 10000000, "GBP", "over"), ("money", 24000000000, "GBP", "about")],
        "Feltham",
    ),
    ("en", "Treasury officials said the government had no plans for a wealth tax.", True, [], None),
    (
        "en",
        'Business groups called the proposal "the fastest way to drive entrepreneurs to Dubai."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The report is based on asset data compiled for the group by researchers at the London School of Economics.",
        True,
        [],
        None,
    ),
    # --- Bahn-Tarifstreit im Deutschlandfunk (dpa) ---
    (
        "de",
        "Berlin (dpa) - Im Tarifkonflikt bei der Deutschen Bahn hat die Eisenbahn- und Verkehrsgewerkschaft (EVG) mit Warnstreiks noch vor Pfingsten gedroht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "EVG-Verhandlungsführerin Sandra Kösterke sagte im Deutschlandfunk, die Bahn habe in drei Verhandlungsrunden kein verhandelbares Angebot vorgelegt.",
        True,
        [("count", 3, None, None)],
        "Sandra Kösterke",
    ),
    (
        "de",
        "„Unsere Geduld ist am Ende, und das wird man auf den Bahnsteigen merken“, sagte Kösterke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft fordert 7,5 Prozent mehr Lohn, mindestens aber 250 Euro im Monat, und einen Tarifvertrag über zwölf Monate.",
        True,
        [("percent", 7.5, "%", None), ("money", 250, "EUR", "at_least"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die Bahn bietet nach eigenen Angaben 4 Prozent in zwei Stufen über 26 Monate.",
        True,
        [("percent", 4, "%", None), ("count", 2, None, None), ("duration", 26, "month", None)],
        None,
    ),
    (
        "de",
        "Ein Bahnsprecher nannte die Streikdrohung „völlig überzogen und verantwortungslos gegenüber Millionen Pendlern“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich glaube fest daran, dass wir noch vor dem Sommer einen Abschluss haben“, sagte Personalvorstand Bernd Vollhardt.",
        False,
        [],
        None,
    ),
    ("de", "Ob es vor Pfingsten tatsächlich zu Streiks kommt, ließ Kösterke offen.", False, [], None),
    # --- Skylane Airways outage (AP) ---
    (
        "en",
        "DALLAS (AP) — Skylane Airways canceled more than 1,400 flights on Monday after a failure in its crew-scheduling software, stranding tens of thousands of passengers.",
        True,
        [("count", 1400, None, "over")],
        None,
    ),
    (
        "en",
        "The problem had been fixed by 2 p.m. and operations would return to normal by Wednesday, it said in a statement.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We are deeply sorry for the disruption and we take full responsibility," Chief Executive Lorna Haskett said in a video message.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She said about 85,000 customers had been affected and would receive a $150 travel voucher.",
        True,
        [("count", 85000, None, "about"), ("money", 150, "USD", None)],
        None,
    ),
    (
        "en",
        "Flight-tracking site FlightAware showed the airline had canceled 38% of its scheduled flights by the afternoon.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        '"Safety and reliability guide every decision we make," the statement said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Transportation Secretary said on social media that the department would investigate whether the airline had met its obligations to refund passengers.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It was the second major IT failure at the carrier in less than a year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"I\'ve been stuck at Gate B12 for 20 hours and nobody can tell me anything," said Ruth Ackerley, 64, who was trying to get home to Tulsa.',
        False,
        [("duration", 20, "hour", None), ("duration", 64, "year", None)],
        None,
    ),
    # --- Stellenabbau bei Aebersold (Keystone-SDA) ---
    (
        "de",
        "Basel (Keystone-SDA) - Der Pharmakonzern Aebersold streicht in der Schweiz bis Ende 2027 rund 650 Stellen.",
        True,
        [("year", 2027, None, None), ("count", 650, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen seien vor allem die Forschung in Basel und die Produktion in Visp, teilte das Unternehmen am Montag mit.",
        True,
        [],
        "das Unternehmen",
    ),
    (
        "de",
        "«Dieser Schritt ist uns nicht leichtgefallen, aber er ist notwendig, um die Zukunft des Standorts zu sichern», sagte Konzernchef Reto Zumsteg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zumsteg sagte, der Umsatz sei im ersten Quartal wegen auslaufender Patente um 12 Prozent auf 2,8 Milliarden Franken gesunken.",
        True,
        [("ordinal", 1, None, None), ("percent", 12, "%", None), ("money", 2800000000, "CHF", None)],
        "Zumsteg",
    ),
    (
        "de",
        "Für die Betroffenen gebe es einen Sozialplan, rund 200 Stellen sollen über natürliche Fluktuation abgebaut werden.",
        True,
        [("count", 200, None, "about")],
        None,
    ),
    ("de", "Die Gewerkschaft Unia sprach von einem «Kahlschlag bei vollen Kassen».", False, [], None),
    (
        "de",
        "Unia verwies darauf, dass Aebersold für das vergangene Jahr eine Dividende von 3,40 Franken je Aktie ausgeschüttet habe.",
        True,
        [("money", 3.40, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Basler Volkswirtschaftsdirektor zeigte sich «betroffen und enttäuscht».",
        False,
        [],
        None,
    ),
    # --- Temporary accommodation (PA) ---
    (
        "en",
        "LONDON (PA) - A record 134,000 households in England are living in temporary accommodation, according to figures published on Monday by the housing charity Roofline Trust.",
        True,
        [("count", 134000, None, None)],
        None,
    ),
    (
        "en",
        "The total includes 167,000 children, up 14% on a year earlier, the charity said in a press release.",
        True,
        [("count", 167000, None, None), ("percent", 14, "%", None)],
        "the charity",
    ),
    (
        "en",
        "\"Every night, a classroom's worth of children becomes homeless,\" said the charity's chief executive, Moira Gallacher.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Gallacher said councils in England had spent 2.3 billion pounds housing families in temporary accommodation in the 2025-26 financial year, nearly double the figure five years earlier.",
        True,
        [
            ("money", 2300000000, "GBP", None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("count", 2, None, "nearly"),
            ("duration", 5, "year", None),
        ],
        "Gallacher",
    ),
    (
        "en",
        "The charity called on the government to build 90,000 social rent homes a year for the next ten years.",
        True,
        [("count", 90000, None, None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Ministers say they are investing a record 39 billion pounds in affordable housing over the next decade.",
        True,
        [("money", 39000000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"We inherited a housing emergency and we are determined to end it," a government spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The charity hopes next month's spending review will ring-fence money for homelessness prevention.",
        False,
        [],
        None,
    ),
    # --- Kinderarmut, Aussendung der Volkshilfe (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich sind nach Berechnungen der Volkshilfe rund 344.000 Kinder und Jugendliche armuts- oder ausgrenzungsgefährdet.",
        True,
        [("count", 344000, None, "about")],
        None,
    ),
    (
        "de",
        "Das sei mehr als jedes fünfte Kind, teilte die Hilfsorganisation am Montag in einer Aussendung mit.",
        True,
        [("fraction", 0.2, None, "over")],
        "die Hilfsorganisation",
    ),
    (
        "de",
        "„Dass in einem so reichen Land jedes fünfte Kind arm ist, ist ein Armutszeugnis“, sagte Volkshilfe-Direktor Ernst Kogelnik.",
        False,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Kogelnik forderte eine Kindergrundsicherung von 650 Euro im Monat für jedes armutsgefährdete Kind.",
        True,
        [("money", 650, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Sozialministerium verwies auf die Erhöhung der Familienbeihilfe um 4,7 Prozent zu Jahresbeginn.",
        True,
        [("percent", 4.7, "%", None)],
        None,
    ),
    (
        "de",
        "„Jeder Euro, den wir in Kinder investieren, kommt dreifach zurück“, hieß es aus dem Ministerium.",
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Laut der Erhebung können sich 86.000 Kinder nicht jeden Tag eine warme Mahlzeit leisten.",
        True,
        [("count", 86000, None, None)],
        None,
    ),
    (
        "de",
        "Die Volkshilfe hofft, dass die Regierung die Grundsicherung noch vor dem Sommer in Begutachtung schickt.",
        False,
        [],
        None,
    ),
    # --- Brackett Motors recall (Reuters) ---
    (
        "en",
        "DETROIT, May 18 (Reuters) - Brackett Motors is recalling about 412,000 pickup trucks in the United States because a rear-view camera may fail, according to a filing with the National Highway Traffic Safety Administration.",
        True,
        [("date", "--05-18", None, None), ("count", 412000, None, "about")],
        None,
    ),
    (
        "en",
        "Brackett said it was aware of 14 crashes and three minor injuries possibly linked to the defect.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        "Brackett",
    ),
    (
        "en",
        '"The safety of our customers is non-negotiable," Brackett said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Dealers will update the camera software free of charge starting June 12, the company said.",
        True,
        [("date", "--06-12", None, None)],
        None,
    ),
    ("en", "It is Brackett's fourth recall of the model this year.", True, [("ordinal", 4, None, None)], None),
    ("en", "Brackett shares fell 2.3% in afternoon trading.", True, [("percent", 2.3, "%", None)], None),
    (
        "en",
        '"Four recalls in five months tells you quality control has gone out the window," said auto analyst Bryce Hannigan of Halstead Research.',
        False,
        [("count", 4, None, None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "en",
        "Owners' groups urged the company to offer free loaner vehicles until the fix is installed.",
        True,
        [],
        None,
    ),
    # --- Sondersitzung zur Teuerung im Nationalrat (APA) ---
    (
        "de",
        "Wien (APA) - Auf Verlangen der FPÖ ist der Nationalrat am Dienstag zu einer Sondersitzung über die Teuerung zusammengetreten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "FPÖ-Klubobmann Herwig Rainer warf der Regierung vor, die Menschen „im Stich zu lassen“, und verlangte eine Halbierung der Mehrwertsteuer auf Lebensmittel.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Diese Regierung hat die Preise nicht im Griff, sie hat nur ihre Posten im Griff“, rief Rainer unter dem Applaus seiner Fraktion.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzminister Lukas Amberger (ÖVP) sagte, die Inflation sei im April auf 3,1 Prozent gesunken, nach 3,9 Prozent zu Jahresbeginn.",
        True,
        [("percent", 3.1, "%", None), ("percent", 3.9, "%", None)],
        "Lukas Amberger",
    ),
    (
        "de",
        "„Wer hier von Versagen spricht, hat die letzten drei Jahre offenbar verschlafen“, konterte Amberger.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Ein Entschließungsantrag der FPÖ für eine Preisbremse bei Grundnahrungsmitteln fand keine Mehrheit; nur die 56 Abgeordneten der Freiheitlichen stimmten dafür.",
        True,
        [("count", 56, None, None)],
        None,
    ),
    (
        "de",
        "Auf die „Rücktritt“-Rufe aus den Reihen der Freiheitlichen reagierte der Finanzminister mit einem Lächeln.",
        False,
        [],
        None,
    ),
    ("de", "Die Sitzung dauerte gut vier Stunden.", True, [("duration", 4, "hour", "over")], None),
    # --- Planning bill in the Commons (PA) ---
    (
        "en",
        "LONDON (PA) - The government's planning bill cleared its first Commons hurdle on Tuesday as MPs voted by 341 votes to 179 to give it a second reading.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 341, None, None),
            ("count", 179, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Housing Secretary Rebecca Pendergast told MPs the bill would speed up decisions on 150 major infrastructure projects before the next election.",
        True,
        [("count", 150, None, None)],
        "Rebecca Pendergast",
    ),
    (
        "en",
        '"For too long, this country has said no to everything and yes to nothing," Pendergast said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Conservative MPs called the bill "a developers\' charter dressed up as reform."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Will the Secretary of State admit that not a single new town has broken ground since she took office?" the shadow housing secretary asked.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She said planning permission had been granted for 1,290 homes a day in the first quarter, the highest rate since 2019.",
        True,
        [("count", 1290, None, None), ("ordinal", 1, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Twenty-three Labour MPs rebelled against the government over protections for chalk streams.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Wildlife groups fear the bill will let developers pave over ancient woodland.",
        False,
        [],
        None,
    ),
    # --- Hauptversammlung der Hanseatica (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Die Aktionäre des Versicherers Hanseatica haben auf der Hauptversammlung am Dienstag eine Rekorddividende von 4,20 Euro je Aktie beschlossen.",
        True,
        [("money", 4.20, "EUR", None)],
        None,
    ),
    ("de", "Das sind 35 Cent mehr als im Vorjahr.", True, [("money", 0.35, "EUR", None)], None),
    (
        "de",
        "„Hanseatica ist heute so stark wie nie in ihrer 180-jährigen Geschichte“, sagte Vorstandschefin Dörte Lühmann.",
        False,
        [("duration", 180, "year", None)],
        None,
    ),
    (
        "de",
        "Lühmann sagte, der Konzern habe im ersten Quartal 1,1 Milliarden Euro verdient, 8 Prozent mehr als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("money", 1100000000, "EUR", None), ("percent", 8, "%", None)],
        "Lühmann",
    ),
    (
        "de",
        "Aktionärsschützer der DSW kritisierten die Vergütung des Vorstands als „aus der Zeit gefallen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Vergütung des Vorstands war nach DSW-Angaben im vergangenen Jahr um 23 Prozent auf 19,8 Millionen Euro gestiegen.",
        True,
        [("percent", 23, "%", None), ("money", 19800000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Klimaaktivisten entrollten vor dem Kongresszentrum ein Transparent mit der Aufschrift „Versichert die Zukunft, nicht die Kohle“.",
        False,
        [],
        None,
    ),
    # --- Loopline at a Senate hearing (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The chief executive of social media company Loopline told senators Tuesday that the platform had removed 2.4 million accounts belonging to users under 13 in the past year.",
        True,
        [("count", 2400000, None, None), ("duration", 13, "year", "under")],
        None,
    ),
    (
        "en",
        "Loopline CEO Marcus Deverell said the company had tripled its trust and safety staff to 4,500 since 2023.",
        True,
        [("count", 4500, None, None), ("year", 2023, None, None)],
        "Marcus Deverell",
    ),
    (
        "en",
        '"Protecting young people is the most important work we do," Deverell said in his opening statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sen. Patricia Gilchrist, the committee's ranking Democrat, held up a printout of messages sent to a 14-year-old girl in Ohio.",
        False,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        '"You have had 10 years and a mountain of warnings, and you have done the bare minimum," Gilchrist told Deverell during the three-hour hearing.',
        False,
        [("duration", 10, "year", None), ("duration", 3, "hour", None)],
        None,
    ),
    (
        "en",
        "Gilchrist said internal documents obtained by the committee showed Loopline had rejected a proposal in 2022 to make all teen accounts private by default.",
        True,
        [("year", 2022, None, None)],
        "Gilchrist",
    ),
    ("en", "Loopline denied that the proposal had been rejected for commercial reasons.", True, [], None),
    (
        "en",
        "Whether the Kids Online Safety Act can reach the Senate floor before the August recess remains unclear.",
        False,
        [],
        None,
    ),
    # --- Bundesbank-Präsident im „Handelsblatt“ (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Bundesbank-Präsident Albrecht Neuhaus hält eine weitere Zinssenkung der Europäischen Zentralbank im Juni für keineswegs ausgemacht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Inflation im Euroraum werde in diesem Jahr bei durchschnittlich 2,3 Prozent liegen, sagte Neuhaus dem „Handelsblatt“.",
        True,
        [("percent", 2.3, "%", None)],
        "Neuhaus",
    ),
    (
        "de",
        "„Wir sind noch nicht über den Berg, auch wenn der Gipfel schon in Sicht ist“, sagte der Notenbanker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Mein Bauchgefühl sagt mir, dass wir im Herbst eher bei 2,5 als bei 2 Prozent landen“, fügte er hinzu.",
        False,
        [("percent", 2.5, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Die EZB hatte im April den Einlagensatz zum siebten Mal in Folge gesenkt, um 0,25 Prozentpunkte auf nunmehr 2,0 Prozent.",
        True,
        [("ordinal", 7, None, None), ("percent", 0.25, "pp", None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Die Löhne in Deutschland seien im ersten Quartal um 5,1 Prozent gestiegen und damit schneller als die Produktivität, sagte der Notenbanker.",
        True,
        [("ordinal", 1, None, None), ("percent", 5.1, "%", None)],
        None,
    ),
    ("de", "Einige Ökonomen halten die Sorgen der Bundesbank für übertrieben.", False, [], None),
    # --- Question period in Ottawa (Reuters) ---
    (
        "en",
        "OTTAWA, May 19 (Reuters) - Canada's housing starts fell 11% in April to an annualized 221,400 units, giving the opposition fresh ammunition in question period, data from the national housing agency showed on Tuesday.",
        True,
        [("date", "--05-19", None, None), ("percent", 11, "%", None), ("count", 221400, None, None)],
        None,
    ),
    (
        "en",
        'Conservative housing critic Lionel Beauchesne told the House of Commons the government was "further from its target than the day it took office."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Housing Minister Anika Sahota said the government's plan would double the pace of construction to 500,000 homes a year by 2031.",
        True,
        [("count", 500000, None, None), ("year", 2031, None, None)],
        "Anika Sahota",
    ),
    (
        "en",
        '"We are building, Mr. Speaker, and we will keep on building," Sahota said to applause from the government benches.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Average asking rents in Toronto fell 4.2% year on year in April, according to listings site Rentals.ca.",
        True,
        [("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "A Bank of Canada study found that housing shortages accounted for about a third of the rise in shelter costs since 2020.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        'Outside Parliament Hill, a group of renters waved placards reading "Rent is theft of our future."',
        False,
        [],
        None,
    ),
    # --- Einweg-E-Zigaretten im Nationalrat (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Nationalrat will Einweg-E-Zigaretten in der Schweiz verbieten.", True, [], None),
    (
        "de",
        "Er hat in der Sondersession nach zweistündiger Debatte eine entsprechende Motion mit 118 zu 64 Stimmen bei 9 Enthaltungen angenommen.",
        True,
        [
            ("duration", 2, "hour", None),
            ("count", 118, None, None),
            ("count", 64, None, None),
            ("count", 9, None, None),
        ],
        None,
    ),
    (
        "de",
        "«Diese bunten Wegwerfdinger sind Sondermüll mit Fruchtgeschmack», sagte die grünliberale Nationalrätin Seraina Bundi im Rat.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundi sagte, in der Schweiz würden jährlich rund 15 Millionen Einweggeräte verkauft.",
        True,
        [("count", 15000000, None, "about")],
        "Bundi",
    ),
    ("de", "Die SVP sprach von «Bevormundung im Kiosk-Regal».", False, [], None),
    (
        "de",
        "Laut einer Erhebung des Bundesamts für Gesundheit rauchen oder dampfen 24 Prozent der 15- bis 24-Jährigen.",
        True,
        [("percent", 24, "%", None), ("duration", 15, "year", None), ("duration", 24, "year", None)],
        None,
    ),
    ("de", "Ob der Ständerat dem Verbot zustimmt, gilt als unsicher.", False, [], None),
    # --- Drought appeal in Kenya (AFP) ---
    (
        "en",
        "NAIROBI, May 19 (AFP) - About 2.1 million people in northern Kenya face acute food shortages after a fourth failed rainy season, the aid group Relief Bridge International said on Tuesday.",
        True,
        [("date", "--05-19", None, None), ("count", 2100000, None, "about"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "It said it had registered 38,000 children under five as severely malnourished in Turkana and Marsabit counties since January.",
        True,
        [("count", 38000, None, None), ("duration", 5, "year", "under")],
        None,
    ),
    (
        "en",
        '"The world is looking away while children starve in plain sight," the group\'s Kenya director, Wanjiru Gathoni, said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gathoni said the group needed 14 million dollars to keep its feeding centres open through September.",
        True,
        [("money", 14000000, "USD", None)],
        "Gathoni",
    ),
    ("en", 'It appealed to donors to "open their hearts before it is too late."', False, [], None),
    (
        "en",
        "The Kenyan government said it had distributed relief food worth 1.2 billion shillings since March.",
        True,
        [("money", 1200000000, "KES", None)],
        None,
    ),
    (
        "en",
        "Dead goats lay along the road to Lodwar, their carcasses bleached white by the sun.",
        False,
        [],
        None,
    ),
    # --- Regierungsbefragung im Bundestag (dpa) ---
    (
        "de",
        "Berlin (dpa) - Bundesfinanzminister Jörg Landwehr (SPD) hat in der einstündigen Regierungsbefragung im Bundestag Steuererhöhungen für den Haushalt 2027 ausgeschlossen.",
        True,
        [("duration", 1, "hour", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Lücke im Etat für 2027 betrage derzeit noch rund 17 Milliarden Euro, sagte Landwehr.",
        True,
        [("year", 2027, None, None), ("money", 17000000000, "EUR", "about")],
        "Landwehr",
    ),
    (
        "de",
        "„Wir werden diese Lücke schließen, ohne den Leuten in die Tasche zu greifen“, sagte der Minister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Grünen-Abgeordnete Ole Feddersen fragte, wie der Minister 17 Milliarden Euro ohne neue Schulden auftreiben wolle.",
        False,
        [("money", 17000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "AfD-Haushälter Dirk Hollensen rief dazwischen: „Das glauben Sie doch selbst nicht!“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Allein für Zinsen werde der Bund bis 2029 jährlich 62 Milliarden Euro aufwenden müssen, räumte der Minister ein.",
        True,
        [("year", 2029, None, None), ("money", 62000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ich bin zuversichtlich, dass wir den Entwurf Ende Juni im Kabinett haben“, sagte Landwehr.",
        False,
        [],
        None,
    ),
    # --- Wyvern Water results (Reuters) ---
    (
        "en",
        "LONDON, May 20 (Reuters) - Wyvern Water swung to a pretax profit of 214 million pounds in the year to March and said it would pay no dividend for a second year.",
        True,
        [("date", "--05-20", None, None), ("money", 214000000, "GBP", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Alastair Moncrieff said the company would invest 3.6 billion pounds over five years to cut sewage spills by 45% by 2030.",
        True,
        [
            ("money", 3600000000, "GBP", None),
            ("duration", 5, "year", None),
            ("percent", 45, "%", None),
            ("year", 2030, None, None),
        ],
        "Alastair Moncrieff",
    ),
    (
        "en",
        '"We know we have to earn back the trust of our customers, one river at a time," Moncrieff said.',
        False,
        [("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Sewage spilled from the company's storm overflows for a total of 412,000 hours last year, Environment Agency data showed.",
        True,
        [("duration", 412000, "hour", None)],
        None,
    ),
    ("en", 'The campaign group Clean Rivers Trust called the results "obscene."', False, [], None),
    (
        "en",
        "The trust's analysis found that bills for Wyvern customers had risen 36% in two years.",
        True,
        [("percent", 36, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", "Regulator Ofwat declined to comment on the results.", False, [], None),
    # --- Kurzarbeit bei Mürztaler (APA) ---
    (
        "de",
        "Kapfenberg (APA) - Der steirische Edelstahlhersteller Mürztaler schickt ab Juni rund 900 Beschäftigte in Kurzarbeit.",
        True,
        [("count", 900, None, "about")],
        None,
    ),
    (
        "de",
        "Der Auftragseingang sei im ersten Quartal um ein Viertel eingebrochen, teilte das Unternehmen am Mittwoch mit.",
        True,
        [("ordinal", 1, None, None), ("fraction", 0.25, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "„Wir halten an unseren Leuten fest, koste es, was es wolle“, sagte Vorstandsvorsitzende Ingrid Kainbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kainbacher sagte, die Energiekosten des Werks lägen heuer um 30 Prozent über jenen der deutschen Konkurrenz.",
        True,
        [("percent", 30, "%", None)],
        "Kainbacher",
    ),
    ("de", "Der Betriebsrat sprach von einem „bitteren, aber richtigen Schritt“.", False, [], None),
    (
        "de",
        "„Ich hoffe, dass wir im Herbst wieder alle 2.300 Leute voll beschäftigen können“, sagte Betriebsratschef Herbert Zach.",
        False,
        [("count", 2300, None, None)],
        None,
    ),
    ("de", "Die Kurzarbeit ist vorerst auf drei Monate befristet.", True, [("duration", 3, "month", None)], None),
    # --- Stock trading ban in the House (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The House voted 306-118 on Wednesday to ban members of Congress from trading individual stocks, sending the bill to the Senate.",
        True,
        [("count", 306, None, None), ("count", 118, None, None)],
        None,
    ),
    (
        "en",
        "Rep. Corinne Salazar said lawmakers had traded stocks worth more than $700 million last year.",
        True,
        [("money", 700000000, "USD", "over")],
        "Corinne Salazar",
    ),
    (
        "en",
        '"The people\'s house should not be a trading floor," Salazar said on the House floor.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the bill, members would have 180 days to sell their holdings or place them in a blind trust.",
        True,
        [("duration", 180, "day", None)],
        None,
    ),
    (
        "en",
        '"This is the most important ethics vote of my 20 years in Congress," said Rep. Walter Kimbrough, a Republican co-sponsor.',
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    ("en", "Critics noted that the bill exempts mutual funds held by spouses.", True, [], None),
    (
        "en",
        "The Senate majority leader's office declined to say when the chamber would take up the measure.",
        False,
        [],
        None,
    ),
    # --- Mehrwegquote, Deutsche Umwelthilfe (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Mehrwegquote bei Getränken in Deutschland ist im vergangenen Jahr nach Angaben der Deutschen Umwelthilfe auf 41,2 Prozent gesunken.",
        True,
        [("percent", 41.2, "%", None)],
        "die Deutsche Umwelthilfe",
    ),
    (
        "de",
        "Das Verpackungsgesetz gibt seit 2019 ein Ziel von 70 Prozent vor.",
        True,
        [("year", 2019, None, None), ("percent", 70, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Bundesregierung schaut tatenlos zu, wie die Einwegflut unsere Landschaft zumüllt“, sagte DUH-Geschäftsführerin Carla Nettesheim.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nettesheim forderte eine Abgabe von 20 Cent auf jede Einwegflasche zusätzlich zum Pfand.",
        True,
        [("money", 0.20, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Organisation gehen jedes Jahr rund 16 Milliarden Einwegflaschen und -dosen über die Ladentheke.",
        True,
        [("count", 16000000000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Handelsverband HDE nannte die Forderung „ein Bürokratiemonster, das niemandem hilft“.",
        False,
        [],
        None,
    ),
    ("de", "Das Umweltministerium erklärte, man nehme die Zahlen „sehr ernst“.", False, [], None),
    # --- Prime Minister's Questions (PA) ---
    (
        "en",
        "LONDON (PA) - The Prime Minister and the Leader of the Opposition clashed over NHS dentistry at Prime Minister's Questions on Wednesday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Opposition leader said 4.1 million adults in England had tried and failed to see an NHS dentist in the past two years.",
        True,
        [("count", 4100000, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", '"Is that what the Prime Minister calls a recovery plan?" she asked.', False, [], None),
    (
        "en",
        "The Prime Minister told MPs the government had funded 700,000 extra urgent dental appointments since last summer.",
        True,
        [("count", 700000, None, None)],
        None,
    ),
    (
        "en",
        '"The Right Honourable Lady would not know a recovery plan if it bit her," he replied, to laughter on the Labour benches.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Speaker twice called for order as heckling drowned out the exchanges.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The British Dental Association said in a statement that 1 in 5 NHS dental practices had closed their lists to new patients.",
        True,
        [("fraction", 0.2, None, None)],
        "the British Dental Association",
    ),
    # --- Filialschliessungen bei Meierhans (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Detailhandelskette Meierhans schliesst bis Ende Jahr 34 ihrer 112 Filialen.",
        True,
        [("count", 34, None, None), ("count", 112, None, None)],
        None,
    ),
    (
        "de",
        "Rund 480 Mitarbeitende verlieren ihre Stelle, teilte die Kette am Mittwoch mit.",
        True,
        [("count", 480, None, "about")],
        "die Kette",
    ),
    (
        "de",
        "«Wir haben alles versucht, aber Einkaufstourismus und Onlinehandel lassen uns keine Wahl», sagte Geschäftsführer Daniel Bosshardt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bosshardt sagte, der Umsatz sei in den vergangenen fünf Jahren um 22 Prozent auf 310 Millionen Franken geschrumpft.",
        True,
        [("duration", 5, "year", None), ("percent", 22, "%", None), ("money", 310000000, "CHF", None)],
        "Bosshardt",
    ),
    ("de", "Die Gewerkschaft Syna sprach von einem «schwarzen Tag für das Personal».", False, [], None),
    (
        "de",
        "Für 60 Lernende will Meierhans Anschlusslösungen bei anderen Händlern finden.",
        True,
        [("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "«Ohne den Meierhans an der Ecke wird das Quartier ärmer», sagte eine Kundin in Winterthur.",
        False,
        [],
        None,
    ),
    # --- Permian Ridge on CNBC (Reuters) ---
    (
        "en",
        "HOUSTON, May 20 (Reuters) - Permian Ridge Energy will cut its drilling rig count to 14 from 19 by the end of the third quarter as oil hovers around $60 a barrel, Chief Executive Travis Oakley told CNBC on Wednesday.",
        True,
        [
            ("date", "--05-20", None, None),
            ("count", 14, None, None),
            ("count", 19, None, None),
            ("ordinal", 3, None, None),
            ("money", 60, "USD", "about"),
        ],
        "Travis Oakley",
    ),
    (
        "en",
        "He said the cuts would lower the company's output by about 6% this year, to roughly 410,000 barrels of oil equivalent per day.",
        True,
        [("percent", 6, "%", "about"), ("count", 410000, None, "about")],
        None,
    ),
    ("en", '"At $60 a barrel, the shale party is over," Oakley said.', False, [("money", 60, "USD", None)], None),
    (
        "en",
        '"If you ask me, we\'re back at $75 before the year is out," he added.',
        False,
        [("money", 75, "USD", None)],
        None,
    ),
    ("en", "Permian Ridge shares rose 1.8% in early trading.", True, [("percent", 1.8, "%", None)], None),
    (
        "en",
        "Analysts at Grayfield Partners estimate U.S. shale output will decline by 150,000 barrels per day in the second half of the year.",
        True,
        [("count", 150000, None, None), ("ordinal", 2, None, None)],
        None,
    ),
]
