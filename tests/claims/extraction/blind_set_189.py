"""Hundred-and-eighty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, candidates, campaigns, the
initiative and figures are made up (Katja Brandhorst, Paul Kettelhake, Roman Imfeld, Gerhard
Wiesinger, Florian Hochreiter, Tobias Reichenbach, Jens Arbogast, Uwe Schallert, Nele
Hoffmeister, Bernhard Zöchling, Stefan Harrer, the initiative «Kita für alle», Mirjam
Zehnder, Claudia Rüegsegger, Malte Görrissen, Ayla Demirtas, Sarah Pichlmayr, Johann
Steininger, Harald Stöger, Elif Karakaya, Henning Lassahn, Yvonne Marti, Chantal Rochat,
Daniela Strub, Laura Bühlmann, Svenja Kolbe, Walter Kronberger, Reinhold Pammer, Katrin
Oelschlegel, Pascal Wendt, Verena Aebi; Dale Whitcomb, Maria Ellsworth, Gloria Pruitt, Fiona
Drummond, Haruto Kishimoto, Emi Tachibana, Grant Holloway, Sanjay Gill, Helen Marsden, Nigel
Ashby, Lena Castillo, Wade Bristow, Ciaran Dolan, Niamh Corrigan, Aidan Rourke, Julien
Marchal, Antoine Mercier, Dan Kessler, Marcia Holt, Tessa van Rooyen, Lindiwe Khoza, Carys
Pritchard, Morfydd Rees, Rachel Tran, Owen Leffert, Martin Keble, Mark Sorensen, Grant
Fielding, Jonas Wehling, Bettina Hollstein; every unnamed delegate, committee member, MP,
spokesperson, source, official and supporter); party leaders, ministers, governors, mayors
and candidates of real parties, governments, parliaments and cities appear under made-up
names that stand for no real holder, or by their role only ("ein Delegierter aus dem
Thurgau", "ein Mitglied des Initiativkomitees", "ein SPD-Abgeordneter", "der Minister", "The
leader of the Unite union", "A Downing Street spokesperson", "the prime minister", "the
chancellor", "a senior government source", "Finance ministry officials"). Real parties,
bodies, broadcasters, papers, pollsters, places and things ("SPD", "CDU", "NRW", "Bochum",
"SVP", "Brugg", "Thurgau", "Mitte", "gfs.bern", "SRG", "Armee", "Bundesrat", "FPÖ", "ÖVP",
"SPÖ", "NEOS", "Linz", "Linzer Hauptplatz", "Market-Institut", "Standard",
"Grundversorgung", "Union", "Unionsfraktion", "Welt am Sonntag", "Sondervermögen", "Insa",
"Bild am Sonntag", "AfD", "Grüne", "Linke", "Grüne Jugend", "Emissionshandel", "Klimageld",
"Bundestagswahl", "ORF", "Im Zentrum", "Arbeiterkammer", "Regierungsprogramm", "Kantone",
"Zürich", "Bern", "Basel", "FDP", "SP", "Koalitionsausschuss", "Stromsteuer",
"Pendlerpauschale", "Bürgergeld", "Koalitionsvertrag", "Graz", "Bundeskongress",
"Nationalratswahl", "Mietenstopp", "Statistisches Landesamt", "Karlsruhe", "Mietendeckel",
"Senat", "Bundesversammlung", "Ständerat", "Nationalrat", "Waadt", "Haushaltswoche",
"Bundestag", "Sondervermögen Infrastruktur", "Finanzministerium", "Innenministerium",
"Thüringer Landtag", "Erfurt", "Finanzdirektorenkonferenz", "Entlastungspaket"; "Lansing",
"Flint", "AAA", "Federal Election Commission", "SNP", "Holyrood", "Aberdeen", "Downing
Street", "Scottish Conservatives", "Liberal Democratic Party", "Tokyo", "Mississauga",
"Ontario", "Canadian Real Estate Association", "Sky News", "NHS", "Office for Budget
Responsibility", "Labour", "Liverpool", "Phoenix", "Arizona", "Noble Predictive Insights",
"Dublin", "Fine Gael", "Sinn Fein", "RTE", "Department of Finance", "TF1", "Socialists",
"National Rally", "Department for Education", "Unite", "British Private Equity and Venture
Capital Association", "Congress", "House", "Congressional Budget Office", "Cape Town",
"Democratic Alliance", "DA", "ANC", "Cardiff", "Plaid Cymru", "Senedd", "Welsh Labour", "ITV
Wales", "YouGov", "Reform UK", "Aberystwyth", "Seattle", "City Council", "Canberra",
"Berlin", "Bundestag") stand for the way wire copy names them; every figure, vote, poll,
pledge, forecast, price, quote, label and reaction here is invented, and where a real figure
came to mind it was changed (fixed sizes of real chambers are not used).

Its weight: OPINION VERSUS CLAIM, eleventh round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth and hundred-eighty-first
batches were the first ten, and their decisions are kept), this time in domestic politics
copy - party conferences, campaign speeches and rallies, debates between candidates,
coalition rows, ministers' and opposition leaders' statements with and without figures,
polls and votes - over four ordinary wire days, Saturday to Tuesday, September 26 to 29, of
one year, as 32 short stories in story order, the German and English stories interleaved by
day, each with a dateline lead, the figures, attributed claims, the other side, quotes and
reactions. About 100 rows are negatives that look like claims - electoral goals and vows,
convictions, certainty and "I think" before a forecast, a personal wish and a personal
prediction, fears and hopes with a figure, slogans with a figure, chants, timed ovations and
other conference colour, rhetoric with figures (a figure restated for effect, a hypothetical
premise, hyperbole with a number), superlatives of quality, quoted verdicts and labels of
parties and unions, accusations without facts, a heckle, brush-offs of polls, evasions and
open questions, vox pops - and each kind stands beside a check-worthy look-alike that
carries the same words around a verifiable core: the same speaker's figure in the next row,
a pledge naming a measure with a figure, a costing, a poll and its fieldwork, an official
figure that contradicts a politician's, a superlative of quantity, a party's demand that
names a measure, a ruling-out, a vote and its tally, a scheduled vote. Half German (dpa with
its regional slugs "dpa/lnw", "dpa/bb", "dpa/th", Reuters German, APA, Keystone-SDA;
Austrian "Asylwerbern", "Pensionisten", "Klubobmann", "Bundessprecherin", Swiss
"gutgeheissen", "Gegenvorschlag", "während acht Jahren", «» quotes, German „“ quotes): the
NRW SPD's state conference, the SVP's delegates on a VAT rise for the army, the FPÖ's
campaign launch in Linz, the finance minister's budget gap, an Insa poll, the Greens' small
party conference, Austria's coalition row over a wealth tax, a Swiss initiative rejected at
the polls, the coalition committee's night session, the Austrian Greens' new leader, the
Left's Berlin manifesto, the SP's ticket for the Federal Council, budget week in the
Bundestag, a no-confidence motion in the Nationalrat, Thuringia's double budget and the
Nationalrat's savings package. Half English (AP, PA, Reuters, AFP): a Senate rally in
Michigan, the SNP's conference, the LDP leadership debate, a Conservative rally in Ontario,
Labour's conference opening and the Chancellor's speech, an Arizona governor's debate, an
Irish budget row, the French prime minister on TF1, a U.S. shutdown deadline, South Africa's
coalition row over VAT, Plaid Cymru's campaign launch, a Seattle mayoral debate, a YouGov
poll, Australia's budget outcome and German pension rebels. Figures as such copy has them:
vote shares and poll shares with the unit written once, poll points, tallies and definite
groups, money in euros and cents, francs, dollars, Canadian and Australian dollars, pounds,
rand and yen with their hedges, counts of delegates, supporters, jobs, teachers, nurses,
officers, members and seats, shares in words ("ein Fünftel", "gut jeder Fünfte", "jeder
dritte Euro", "more than a third", "one in four"), multiples ("more than twice", "twice"),
compounds and number words ("knapp einstündigen", "mehr als siebenstündigen", "vierköpfige",
"Die 44-Jährige", "die 51-jährige", "a four-minute standing ovation", "the 50-minute
speech", "Fourteen years", "a hundred years", "zwei Kandidatinnen", "einem Prozent"),
ordinals ("bei ihrer ersten Wahl", "a third term", "a second independence referendum", "im
dritten Wahlgang", "als zweitstärkste Partei", "the second-largest party", "der dritte
Misstrauensantrag"), durations, ages, years and dates in datelines and in the text.
Negatives as such copy has them - 24 of them carrying figures, labelled.

240 rows (120 German, 120 English), 100 negatives (49 German, 51 English), 140 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 249 expected quantities (59
percentages - 54 in %, 5 in percentage points -, 54 amounts of money - 28 EUR, 6 CHF, 5 USD,
5 CAD, 4 AUD, 3 GBP, 2 ZAR, 1 JPY -, 49 counts, 25 durations - 18 in years, 3 in hours, 3 in
minutes, 1 in months -, 22 years, 19 dates, 16 ordinals, 5 fractions; 29 of them in 24
negatives, as the seventeenth batch labels a figure in a negative), 42 checked speakers (18
German, 24 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, feeling, hope, fear, conviction or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-thirty-first, hundred-fifty-first, hundred-fifty-eighth,
  hundred-sixty-fifth, hundred-seventy-fifth); a quoted or reported statement of fact,
  figure, step, pledge or position is check-worthy with its speaker. The pairs from one
  speaker: Brandhorst's 10,000 teachers beside her „Wir haben dieses Land aufgebaut ...“ and
  her „mindestens 35 Prozent“; Whitcomb's gasoline prices beside "Michigan families are
  paying ..."; Imfeld's 480 francs beside his «Der Bundesrat greift dem Mittelstand in die
  Tasche ...»; Drummond's 1.4% beside "Scotland's future belongs to ..."; Wiesinger's 312
  million euros beside „nicht das Sozialamt der ganzen Welt“ and his certainty; Kishimoto's
  tax cut beside "Japan cannot grow ..."; Reichenbach's gap and ruling-out beside his
  confidence and „Wer in dieser Lage Steuergeschenke in Aussicht stellt, ...“, and his 519
  billion euros beside „ein Haushalt der Investitionen“; Holloway's C$45,000 beside "owning
  a home has become a fantasy ..."; Marsden's 230,000 beside "I will never gamble ..." and
  "I think we will see inflation back at 2% ...", her 2.1 billion pounds and "more than a
  third" beside "manage decline" and "Fourteen years of drift ..."; Hoffmeister's 18.5
  billion euros beside „kein Luxus für Besserverdienende“ and „die Partei der Lösungen“;
  Castillo's 142,000 jobs beside "Arizona is booming ..."; Bristow's 31% beside "a teacher
  can't afford ..."; Harrer's ruling-out beside his „Wer Vermögenssteuern will, ...“;
  Dolan's 9.4 billion euros beside "the mistakes of the boom years"; Marchal's 42 billion
  euros beside "France is not ungovernable ..." and his evasion; Pichlmayr's 1,900 members
  beside „Wir sind zurück ...“; Kessler's Dec. 12 beside "holding our troops' paychecks
  hostage"; Lassahn's 15,800 homes beside „Ein Mietenstopp baut keine einzige Wohnung“; van
  Rooyen's 1,100 rand beside "rubber-stamp tax hikes"; Khoza's 28 billion rand beside "knew
  the numbers"; Pritchard's one in four beside "taken for granted for a hundred years";
  Kolbe's „jeder dritte Euro“ beside her „linke in die rechte Tasche“; Schallert's record
  beside his „so planlos wie diese“ and „Diese Koalition ist am Ende ...“; Tran's 2,300 and
  Leffert's 410 beside their retorts; Pammer's 9,870 beside his „Totalversagen“;
  Oelschlegel's 150 million euros beside „handlungsfähig“; Sorensen's A$14.5 billion beside
  "responsible economic management" and "Personally, I'd be surprised ..."; Fielding's 26.9%
  beside "a sugar hit"; Aebi's 3 billion francs beside «Wer heute nicht spart, ...»;
  Hollstein's cabinet approval beside "irresponsible theatre".
- New: campaign pledges. A pledge that names a measure and a figure is check-worthy with its
  speaker also when it is quoted in the first person and hangs on winning an election („Nach
  der Landtagswahl stellen wir innerhalb von fünf Jahren 10.000 zusätzliche Lehrerinnen und
  Lehrer ein“, sagte Brandhorst. -> "Brandhorst", 5 years and 10,000) - a party's announced
  plan, as the hundred-fifty-first's CDU police posts and the hundred-seventy-fifth's
  pledges, and one a desk holds a party to later, unlike the hundred-eighty-first's
  athletes' promises about their own form ("Give me five more fights ...") -, as are
  reported pledges ("... Kishimoto said he would cut the consumption tax on food to 5% from
  8% for two years if he became prime minister.", "Bristow has pledged to cut ...",
  "Holloway promised on Saturday to scrap ...", "... with a pledge to hire 900 extra nurses
  in its first term.", the apprenticeships lead) and their costings ("The plan would cost 54
  million pounds a year, according to the party's costings.", "Finance ministry officials
  estimate the cut would cost ...", Kettelhake's 750 million euros). An electoral goal or
  vow about the result stays a negative with its figure labelled (hundred-fifty-first: „Wir
  wollen 2027 die stärkste Kraft im Landtag werden“): „Am Wahlabend stehen wir bei
  mindestens 35 Prozent, darauf gebe ich Ihnen mein Wort“ 35% "at_least", as do convictions
  and certainty about it („Ich bin mir ganz sicher, dass wir am 18. Oktober auf über 30
  Prozent kommen“ with the date and 30% "over"; hundred-seventy-fifth) and a party's hope
  („Die Partei hofft, ... wieder über zehn Prozent zu kommen.“ 10% "over";
  hundred-twenty-fourth). A promise that names no measure stays a negative ("Both candidates
  promised to make the city safer without saying how they would pay for it.").
- Predictions framed as personal opinion are negatives with their figures labelled
  (hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first): ""I think we will see
  inflation back at 2% by the middle of next year,"" 2%, „Ich glaube, dass wir im Frühjahr
  über eine zweite Entlastungsrunde reden werden“ ordinal 2, ""Personally, I'd be surprised
  if we don't see a surplus within three years,"" 3 years, „Ich bin zuversichtlich, dass wir
  die Lücke ... auf unter zehn Milliarden Euro drücken“ 1e10 EUR "under"; a personal wish is
  a hope (""Personally, I'd like to see every cent of it go into homes,"";
  hundred-seventy-fifth). Their look-alikes stay check-worthy: an institution's forecast
  ("The Office for Budget Responsibility forecast in March that inflation would average 2.6%
  next year."; hundred-sixty-fifth), a party's demand with a figure ("Fine Gael, the junior
  coalition partner, is demanding that at least 1 billion euros of the package go to
  housing." 1e9 EUR "at_least"; hundred-seventy-fifth), a minister's plan in indirect speech
  (Marchal's 4.7% on TF1, Oelschlegel's repayment, Kessler's Dec. 12, Aebi's deficits) and a
  warning with a figure ("The British Private Equity and Venture Capital Association warned
  that closing the loophole could drive up to 1,800 fund managers abroad." 1,800 "up_to",
  speaker unchecked; hundred-sixty-fifth). Fears with a figure are negatives with it
  labelled (hundred-sixty-fifth): "Viele Delegierte fürchten, dass die Partei ... unter zehn
  Prozent rutscht." 10% "under", "Some Labour MPs privately fear the party could lose more
  than 200 seats ..." 200 "over".
- A superlative of quantity is check-worthy also in a quote and without a figure
  (hundred-eighty-first: "so viele wie nie zuvor"; hundred-seventy-fifth: "the highest rate
  since 2019"): „Noch nie musste der Bund so viel Geld für Zinsen ausgeben wie in diesem
  Jahr“, sagte Schallert. -> "Schallert" - a record that numbers can confirm or refute, and
  the next row refutes it ("Nach Angaben des Finanzministeriums lagen die Zinsausgaben im
  Jahr 2008 mit 41,9 Milliarden Euro höher ..." -> "das Finanzministerium"); a superlative
  of quality stays a negative (hundred-twenty-fourth, hundred-fifty-first): „Noch nie war
  eine Bundesregierung so planlos wie diese“. Likewise ranks and records in facts stay
  check-worthy ("the second-highest total on record" ordinal 2, "the highest level outside
  the pandemic in almost 40 years" 40 years "nearly", "its worst score since Labour took
  office", "der niedrigste Wert für die Union in dieser Umfrage seit März 2022" 2022).
- New: a politician's figure and the official figure that contradicts it are both
  check-worthy, each with its own source - the checking is the editor's, and a row is judged
  alone: Wiesinger's 312 million euros and the accounts' 187 million ("Laut dem
  Rechnungsabschluss des Landes ..."), Whitcomb's $3.41 and AAA's $3.12, Drummond's 1.4% and
  the official 1.1%, Leffert's 410 officers since 2020 and the department's 913 from 1,322
  in 2019, Pammer's plus 14 percent and the ministry's minus 23 percent ("Laut
  Innenministerium ... dagegen ..."), Schallert's record and the ministry's 2008.
- New: conference colour. A timed ovation is scene colour and a negative with its figures
  labelled (hundred-sixty-fifth: scene colour with a figure; hundred-forty-eighth:
  "minutenlang" chanting; hundred-eighty-first: the ovation at Citi Field with its ordinal
  labelled), unlike the length of a sitting or a session, which is a checkable fact
  (hundred-fifty-first: "Der Parteitag dauerte gut sieben Stunden."; the coalition
  committee's "mehr als siebenstündigen Sitzung" 7 hours "over" here): "Nach ihrer knapp
  einstündigen Rede feierten die Delegierten Brandhorst mit neun Minuten langem Applaus." 1
  hour "nearly" and 9 minutes, "Delegates in the hall gave Drummond a four-minute standing
  ovation." 4 minutes, "Delegates rose to their feet twice during the 50-minute speech."
  count 2 and 50 minutes. So is a chant with a figure ("... supporters in the audience
  chanted "Four more years!"" 4 years; hundred-eighty-first: „Nie mehr zweite Liga“ ordinal
  2 labelled) and a slogan with one ("Auf den Wahlplakaten prangt der Slogan „100 Prozent
  für unsere Leute“." 100% - a slogan states no share of anything; hundred-fifty-first:
  slogans are negatives), a song from the floor ("... stimmten die rund 300 Delegierten im
  Saal spontan ein Lied an." 300 "about"), a crowd outside a studio ("About 200 supporters
  ... cheered ..." 200 "about"), placards and chanted names. Check-worthy beside them: vote
  shares and tallies of the same conference ("mit 88,4 Prozent der Stimmen", "392 der 447
  Delegierten", "mit 94,2 Prozent der Delegiertenstimmen", "mit 361 zu 14 Stimmen bei 3
  Enthaltungen") and the size of a rally in its lead ("vor rund 4.000 Anhängern", "told
  about 3,000 supporters at a rally").
- Rhetoric with figures (seventeenth, hundred-thirty-first, hundred-seventy-fifth,
  hundred-eighty-first): a figure restated for effect («Über 40 Prozent Ja – das ist ein
  klarer Auftrag an den Bundesrat» 40% "over"), hyperbole and idioms with a number ("taken
  for granted for a hundred years" 100 years - "a hundred" is 100, settled -, «Von jedem
  Franken, den Bern einnimmt, versickert ein Fünftel in der Bürokratie» 0.2, ""Fourteen
  years of drift cannot be undone in one budget,"" 14 years and count 1 - "one" before a
  noun, hundred-twenty-first). New: a hypothetical premise with a figure is rhetoric, not a
  claim that the case exists („Wenn eine Krankenpflegerin 60 Prozent ihres Lohns für die
  Miete zahlt, dann läuft in dieser Stadt etwas grundfalsch“ 60% labelled), while the same
  speaker's rent rise in indirect speech is check-worthy. Rhetoric without a figure:
  „Oberösterreich ist nicht das Sozialamt der ganzen Welt“, „Wohnen ist ein Menschenrecht
  und keine Ware“, „Klimaschutz darf kein Luxus für Besserverdienende sein“, "Under this
  government, owning a home has become a fantasy ...", "France is not ungovernable, it is
  simply impatient", "You can't arrest your way out of a housing crisis", "We did not come
  into politics to manage decline, ...".
- Quoted verdicts, labels and accusations (ninety-eighth, hundred-fifty-first,
  hundred-seventy-fifth): "sprach von", "nannte", "called", "warf ... vor" with a label and
  no checkable claim are negatives (CDU, Hochreiter's „frei erfunden“, Arbogast's
  „Trickserei mit Sondervermögen“, Rüegsegger, Stöger, Pammer's „Totalversagen beim
  Grenzschutz“, SP, AfD; Ellsworth's campaign, the Scottish Conservatives, Gill, Ashby,
  Rourke, Mercier, Unite's leader, Holt, Welsh Labour, Fielding, Hollstein); their
  look-alikes are the same critics' figures in the next row (Kettelhake's 750 million euros,
  "Arbogast verwies darauf, dass der Bund ... 82 Milliarden Euro aufnehme." - "verwies
  darauf" unchecked, hundred-thirty-eighth -, Gill's C$6 billion, Ashby's 83.8 billion
  pounds, Fielding's 26.9%). Brush-offs of polls („Umfragen sind Momentaufnahmen, ...“, hieß
  es aus der CDU-Parteizentrale.; "A Downing Street spokesperson said the prime minister
  "does not get distracted ...""; hundred-fifty-first), taunts ("Labour can hold as many
  conferences as it likes, ...", „Diese Koalition ist am Ende, ...“) and a heckle that
  states no fact (Zwischenruf „Rechnen Sie doch mal nach!“; hundred-seventy-fifth) are
  negatives.
- Evasions, open questions and doubts without a figure are negatives (hundred-fifty-first,
  hundred-seventy-fifth): Marchal's "Every tool in the constitution remains on the table.",
  "ließ Linke-Fraktionschef Pascal Wendt offen", „Ob ... hält, gilt unter Beobachtern als
  fraglich.“, „Ob sich die bürgerliche Mehrheit ... hält, ist offen.“, „Ob der Ständerat ...
  folgt, ist ungewiss.“, „... ist unter Juristen umstritten.“, "It was not immediately clear
  whether ...", "Neither side appeared ready to blink.", "Some economists question ...",
  "Party officials hope ...", "Die Mitte warnte die SVP davor, die Sicherheit des Landes
  «dem Wahlkampf zu opfern»." (a warning with no figure; thirty-eighth), "Business groups
  urged both parties to settle their differences quickly." (an appeal naming no measure;
  hundred-thirty-eighth). Vox pops and quotes of the unnamed with ages labelled
  (hundred-twenty-fourth, hundred-seventy-fifth): Gloria Pruitt's 71 and two hours, Morfydd
  Rees's 79, Jonas Wehling's 31.
- Check-worthy without a figure (seventy-first, hundred-fourteenth to
  hundred-seventy-fifth): leads (Marsden's ruling-out, the Arizona and Seattle debates,
  Austria's coalition row, Kronberger surviving the motion), a ruling-out stated as a
  position ("Eine Erhöhung der Mehrwertsteuer schloss Reichenbach aus.";
  hundred-seventy-fifth), a position in indirect speech (Reichenbach's „... müsse durch
  Einsparungen und höhere Einnahmen geschlossen werden“, Harrer's „im Regierungsprogramm
  ausdrücklich ausgeschlossen“), a result ("In den Städten Zürich, Bern und Basel fand die
  Initiative allerdings eine Mehrheit."), a failed agreement ("Beim Streit über das
  Bürgergeld gab es dagegen keine Einigung."), Schallert's record and Hollstein's cabinet
  approval.
- Counts (every batch): tallies and definite groups ("392 der 447 Delegierten", "mit 361 zu
  14 Stimmen bei 3 Enthaltungen", "55 von 171 abgegebenen Stimmen" two counts - forty-first,
  hundred-thirty-third: "38 von 41 Schüssen" -, "Für den Etat stimmten 55 Abgeordnete, 32
  votierten dagegen.", "mit 112 zu 78 Stimmen bei 4 Enthaltungen", "lediglich 4 der 26
  Kantone" - "lediglich" no hedge, as "nur" -, "the party's 295 lawmakers", "whose 62
  deputies", "21 young conservative lawmakers"), "zwei Kandidatinnen" 2, "zwei Sitze" 2,
  "The five candidates" 5, "eine vierköpfige Familie" 4 (hundred-seventeenth: the number
  word heading "-köpfig"), "10.000 zusätzliche Lehrerinnen und Lehrer" ("zusätzliche" no
  hedge), "about 1 million rank-and-file members" "about", "mehr als 1.900 neue Mitglieder"
  "over", "insgesamt 1.204 Menschen" ("insgesamt" no hedge), "about 4 million people"
  "about", "900 extra nurses" ("extra" no hedge), "793,000 patient pathways", "by 230,000",
  "2,300 people", "410 officers", "913 ... down from 1,322", "9.870 Asylanträge" and "auf
  7.412", "15.800 Wohnungen", "142,000 jobs", "339,600 apprenticeship starts", "to 400,000 a
  year" ("a year" none, the verb "double" none; hundred-forty-eighth), "up to 1,800 fund
  managers" "up_to", "more than twice Whitcomb's total" 2 "over" (hundred-twenty-first),
  "twice" 2, and in negatives "rund 300 Delegierten" "about", "About 200 supporters"
  "about", "more than 200 seats" "over", "in one budget" 1. None: "keine einzige Wohnung",
  "every cent", "jedem Franken", "both groups", "a week", "at midnight", "ITV Wales" and the
  slugs "dpa/lnw", "dpa/bb", "dpa/th".
- Ordinals and fractions (the issue; hundred-fifty-first, hundred-seventy-fifth): "bei ihrer
  ersten Wahl" 1, "a third term" 3, "a second independence referendum" 2 (the
  hundred-seventy-fifth's "a second aid package"), "in the first round" 1, "over the first
  five months of this fiscal year" 1 with 5 months, "the second-highest total on record" 2
  and "the second-largest party" 2 and "als zweitstärkste Partei" 2 (the issue's "die
  drittgrößte Stadt"), "within his first two years in office" 1 with 2 years, "vom ersten
  Kilometer an" 1, "im dritten Wahlgang" 3, "in its first term" 1, "im ersten Halbjahr" 1
  twice with no fraction (hundred-sixty-third), "der dritte Misstrauensantrag" 3, and "eine
  zweite Entlastungsrunde" 2 in a negative. Fractions: "ein Fünftel" 0.2 in a negative, "gut
  jeder Fünfte" 0.2 "over" (hundred-fifty-first: "gut ein Viertel" "over"; the issue's
  "jeder vierte"), "jeder dritte Euro" 0.3333, "more than a third" 0.3333 "over", "one in
  four people" 0.25 (settled: "one in five" 0.2).
- Percentages (every batch): vote and poll shares with the unit written once ("mit 33
  Prozent vor der FPÖ mit 29 und der SPÖ mit 18 Prozent", "mit 26 Prozent ..., die SPD
  erreicht 14, die Grünen 11 und die Linke 10 Prozent"; seventy-sixth, hundred-fifty-first),
  "46% to 43%", "on 30%, Reform UK on 29% and Labour on 14%", "on 31%, Labour on 22%, the
  Conservatives on 17% and the Liberal Democrats on 13%", "mit 58,3 Prozent", "44,7
  Prozent", "Just 18%" ("Just" no hedge, hundred-fifty-first), "nur noch auf 25 Prozent";
  poll points in pp ("einen Punkt verloren" 1 pp, "its lead ... to 9 points" 9 pp, "down two
  points" 2 pp; twenty-seventh, hundred-fifty-first), "um 0,5 Prozentpunkte" 0.5 pp, "a 1
  percentage point increase" 1 pp; "eine Vermögenssteuer von einem Prozent" 1% (the number
  word "einem"; hundred-sixty-fifth: "ein Prozent"), "to 5% from 8%", "to 1.9% from 2.6%",
  "2% of GDP", "to 4.7% of GDP next year from 5.3%", "47% of average wages", "26.9% of GDP",
  "um 92 Prozent", "um 14 Prozent mehr" and "um 23 Prozent" ("mehr" after the figure
  compares, hundred-first), "risen 31%", "grown by 1.4%", "1.1% ..., against 1.3%", "2.6%
  next year", and in negatives "mindestens 35 Prozent" "at_least", "über 30 Prozent", "Über
  40 Prozent" and "über zehn Prozent" "over", "unter zehn Prozent" "under", "100 Prozent",
  "60 Prozent", "2%".
- Durations and ages (the issue: "fünfstündigen"; every batch): "mehr als siebenstündigen" 7
  hours "over" (hundred-thirty-ninth: "mehr als sechsstündigen"), "vor zwei Jahren",
  "innerhalb von fünf Jahren" ("innerhalb von" no hedge), "for two years", "within two years
  of the election", "für fünf Jahre", "während acht Jahren" (Swiss; ninety-ninth: "innert"),
  "in almost 40 years" "nearly", and in negatives "knapp einstündigen" 1 hour "nearly"
  (hundred-sixty-third), "neun Minuten langem Applaus" 9 minutes, "four-minute" 4 minutes,
  "50-minute" 50 minutes, "two hours", "Four more years" 4 years ("more" after the figure no
  hedge, hundred-fifty-first), "Fourteen years", "a hundred years", "within three years".
  Ages are durations in years ("Whitcomb, 58,", "Die 44-Jährige", "die 51-jährige Strub",
  and in negatives "Gloria Pruitt, 71,", "Morfydd Rees, 79,", "Jonas Wehling, 31,"). None:
  "im Vorjahr", "im vergangenen Jahr", "im kommenden Jahr", "im laufenden Jahr", "in diesem
  Jahr", "jährlich", "pro Jahr", "jedes Jahr", "im Jahr", "pro Kopf und Jahr", "last year",
  "this year", "next year", "a year", "a week earlier", "this month", "by the end of the
  parliament", "by the middle of next year", "this autumn", "next month", "next May", "at
  the end of the year", "in the current fiscal year", "in the year to June", "at the end of
  June", "since the general election", "am Wahlabend", "im Frühjahr", "im Dezember", "Anfang
  September", "im Vorjahreszeitraum", "in dieser Legislaturperiode", "seit der
  Nationalratswahl", "in der Nacht zu Montag", weekdays and months.
- Money in the currency written (every batch): EUR ("rund 750 Millionen Euro" "about", "312
  Millionen Euro", "187 Millionen Euro", "rund 30 Milliarden Euro", "34 Milliarden Euro",
  "82 Milliarden Euro", "200 Euro pro Kopf und Jahr", "rund 18,5 Milliarden Euro", "400
  Euro", "über zwei Millionen Euro" "over", "rund 4 Milliarden Euro im Jahr", "9.4 billion
  euros, including 1.5 billion euros", "at least 1 billion euros" "at_least", "19.7 billion
  euros ..., inflated by 11 billion euros", "42 billion euros", "rund 5,4 Milliarden Euro",
  "auf 36 Cent" 0.36 EUR - euro cents as hundredths, hundred-seventy-fifth -, "4 Milliarden
  Euro jährlich", "8,12 Euro je Quadratmeter" ("je Quadratmeter" none), "519 Milliarden
  Euro", "89 Milliarden Euro", "41,9 Milliarden Euro", "150 Millionen Euro", "zusätzlichen
  40 Millionen Euro" ("zusätzlichen" no hedge), "an extra 108 billion euros" ("an extra" no
  hedge), and "unter zehn Milliarden Euro" "under" in a negative), CHF ("rund 480 Franken
  pro Jahr" "about" - "im Schnitt" no hedge -, "rund 2 Milliarden Franken", "bis zu 200
  Millionen Franken jährlich" "up_to", "rund 3,1 Milliarden Franken", "bis zu 3 Milliarden
  Franken jährlich" "up_to", "rund 600 Millionen Franken"), USD ("$3.41 a gallon from
  $3.03", "$3.12 ..., compared with $3.05" - "a gallon" none, hundred-thirty-eighth -,
  "$41.2 million"), CAD ("worth less than C$1.3 million" "under" - "less than" "under",
  settled -, "a C$900,000 home about C$45,000" the second "about", "C$687,000", "a C$6
  billion fund"), AUD ("A$6.3 billion", "the A$31 billion forecast", "A$14.5 billion above
  forecast" - "above forecast" after the figure no hedge, hundred-first -, "A$951 billion"),
  GBP ("83.8 billion pounds", "2.1 billion pounds a year", "54 million pounds a year"), ZAR
  ("about 1,100 rand a year" "about", "28 billion rand"; hundred-forty-first: "Rand" ZAR),
  JPY ("about 5 trillion yen a year" "about").
- Years and dates: "the 2017 tax cuts", "bis 2035", "by 2027", "im Haushalt 2027" and "für
  2027", "seit März 2022" its year only (hundred-fifty-first), "since she took office in
  2023", "since 2016", "seit 2022", "Bei der Nationalratswahl 2024", "seit 2015", "seit
  2019", "im Jahr 2008", "since 2020", "in 2019", "für die Jahre 2026 und 2027" both, "ab
  2027" twice ("ab" no hedge), "until 2033", "by 2040"; dates without a year ("am 18.
  Oktober" twice, "vom 22. bis 25. September" two dates - hundred-fifty-first: "vom 4. bis
  10. November" -, "through Dec. 12", "am 10. Dezember", "on Sept 27 and Sept 28" two dates,
  "on Oct. 16"); Reuters and AFP datelines with a day ("TOKYO, Sept 26 (Reuters)",
  "MISSISSAUGA, Ontario, Sept 26 (Reuters)", "DUBLIN, Sept 27 (Reuters)", "PARIS, Sept 27
  (AFP)", "LIVERPOOL, England, Sept 28 (Reuters)", "WASHINGTON, Sept 28 (Reuters)", "CAPE
  TOWN, Sept 28 (Reuters)", "LONDON, Sept 29 (Reuters)", "CANBERRA, Sept 29 (Reuters)",
  "BERLIN, Sept 29 (Reuters)") dates without a year (hundred-forty-sixth,
  hundred-sixty-fifth); dpa, dpa/lnw, dpa/bb, dpa/th, Reuters German ("Berlin (Reuters) -"),
  APA, Keystone-SDA, AP and PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "about", "About" "about"; "knapp", "almost"
  "nearly"; "mehr als", "über", "Über", "gut", "more than" "over"; "unter", "less than"
  "under"; "mindestens", "at least" "at_least"; "bis zu", "up to" "up_to". No hedge: "nur",
  "nur noch", "lediglich", "Just", "insgesamt", "im Schnitt", "zusätzliche", "zusätzlichen",
  "extra", "an extra", "innerhalb von", "ab", "more" after a figure, "mehr" after a figure,
  "above forecast" after a figure.
- Speakers, checked only in forms the earlier batches settled: "..., sagte Brandhorst.",
  "..., sagte Reichenbach der „Welt am Sonntag“." (the paper dropped, hundred-seventy-fifth)
  and „...“, sagte Schallert. the surname as written; "NRW-CDU-Generalsekretär Paul
  Kettelhake sagte, ...", "Parteipräsident Roman Imfeld sagte, ...", "Spitzenkandidat
  Gerhard Wiesinger sagte, ...", "ÖVP-Generalsekretär Stefan Harrer sagte, ...",
  "Grünen-Fraktionsvize Ayla Demirtas sagte, ...", "Bausenator Henning Lassahn (CDU) sagte,
  ...", "Fraktionschefin Laura Bühlmann sagte, ...", "Grünen-Haushälterin Svenja Kolbe
  sagte, ..." and "..., sagte Parteichefin Nele Hoffmeister." the name with title and party
  dropped (hundred-fifty-first, hundred-seventy-fifth); "Pichlmayr sagte, ...", "Pammer
  sagte, ...", "Oelschlegel sagte, ..." and "Aebi sagte, ..." opening the row
  (forty-second); "Nach Angaben des Finanzministeriums" -> "das Finanzministerium" and "Nach
  Angaben der Finanzdirektorenkonferenz" -> "die Finanzdirektorenkonferenz" (the source in
  the nominative, hundred-fifty-first). English: "Whitcomb said", "Drummond said", "Holloway
  said", "Marsden said", "Ashby said", "Castillo said", "Bristow said", "Pritchard said",
  "Tran said", "Leffert said", "Sorensen said", "Fielding said", "Hollstein said" as
  written; "Former economy minister Haruto Kishimoto said", "Housing Minister Sanjay Gill
  said", "Finance Minister Ciaran Dolan said", "French Prime Minister Julien Marchal said on
  Sunday", "House Majority Leader Dan Kessler said", "DA finance spokesperson Tessa van
  Rooyen said" and "..., Treasurer Mark Sorensen said on Tuesday." the name with the office
  and the weekday dropped (hundred-fifty-first, hundred-seventy-fifth); "Marsden told Sky
  News" -> "Marsden" (the broadcaster dropped, thirty-seventh, hundred-seventy-fifth) and
  "Finance Minister Lindiwe Khoza told reporters" -> "Lindiwe Khoza" (hundred-thirty-fourth:
  "Dubosc told reporters"). New: "told delegates" names the speaker as "told reporters" and
  "told MPs" do (hundred-sixty-third, hundred-seventy-fifth): "..., party leader Fiona
  Drummond told delegates on Saturday." -> "Fiona Drummond", "Marsden told delegates the
  scheme would cost ..." -> "Marsden". Left unchecked (None): rows without attribution and
  all negatives, also those with a named speaker; pronouns ("He told TF1 television");
  "forderte" (Zöchling), "schloss ... aus", "verwies darauf", "warned" (hundred-sixty-fifth,
  hundred-seventy-fifth); New, left unchecked until settled: "promised", "has pledged",
  "threatened" and "is demanding" (verbs of commitment, not of saying), "told about 3,000
  supporters at a rally" (an audience with a count between verb and clause), "Laut
  Innenministerium" and "Laut Statistischem Landesamt" ("laut" before a body without an
  article), "Spitzenkandidatin Elif Karakaya sagte bei der Vorstellung des Wahlprogramms,
  ..." (an occasion between verb and clause); "Rival candidate Emi Tachibana, a former party
  policy chief, said" (an apposition between name and verb, hundred-fifty-first), "a senior
  government source said" and "The rebels say" (a role, a plural group; hundred-fifteenth,
  forty-first), estimates and documents ("Finance ministry officials estimate", "nach
  Berechnungen der Arbeiterkammer", "nach Berechnungen des Ministeriums", "nach Schätzungen
  des Bundesrats", "wie aus einem Beschlusspapier hervorgeht", "Laut dem Rechnungsabschluss
  des Landes", "according to Congressional Budget Office estimates", "according to Federal
  Election Commission filings", "according to a YouGov poll", "according to the party's
  costings", "AAA data show", "Canadian Real Estate Association data show", "Department of
  Finance figures show", "Department for Education figures show", "Welsh government figures
  show", "Police department data show", "Official figures showed", "Official figures
  published in July showed", "In einer Umfrage von gfs.bern", "In der jüngsten Umfrage des
  Market-Instituts"; hundred-second, hundred-twentieth, hundred-fifty-first).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_189 = [
    # --- SPD-Landesparteitag in Bochum (dpa/lnw) ---
    (
        "de",
        "Bochum (dpa/lnw) - Die nordrhein-westfälische SPD hat ihre Landesvorsitzende Katja Brandhorst auf einem Parteitag in Bochum mit 88,4 Prozent der Stimmen im Amt bestätigt.",
        True,
        [("percent", 88.4, "%", None)],
        None,
    ),
    (
        "de",
        "392 der 447 Delegierten votierten für Brandhorst; bei ihrer ersten Wahl vor zwei Jahren waren es noch 93,1 Prozent gewesen.",
        True,
        [
            ("count", 392, None, None),
            ("count", 447, None, None),
            ("ordinal", 1, None, None),
            ("duration", 2, "year", None),
            ("percent", 93.1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Nach ihrer knapp einstündigen Rede feierten die Delegierten Brandhorst mit neun Minuten langem Applaus.",
        False,
        [("duration", 1, "hour", "nearly"), ("duration", 9, "minute", None)],
        None,
    ),
    (
        "de",
        "„Wir haben dieses Land aufgebaut, und wir lassen es uns nicht von denen schlechtreden, die es nie regiert haben“, rief Brandhorst in den Saal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Nach der Landtagswahl stellen wir innerhalb von fünf Jahren 10.000 zusätzliche Lehrerinnen und Lehrer ein“, sagte Brandhorst.",
        True,
        [("duration", 5, "year", None), ("count", 10000, None, None)],
        "Brandhorst",
    ),
    (
        "de",
        "„Am Wahlabend stehen wir bei mindestens 35 Prozent, darauf gebe ich Ihnen mein Wort“, sagte Brandhorst.",
        False,
        [("percent", 35, "%", "at_least")],
        None,
    ),
    ("de", "Die CDU sprach von einem „Wunschkonzert ohne Preisschild“.", False, [], None),
    (
        "de",
        "NRW-CDU-Generalsekretär Paul Kettelhake sagte, die versprochenen Lehrerstellen würden das Land jährlich rund 750 Millionen Euro kosten.",
        True,
        [("money", 750000000, "EUR", "about")],
        "Paul Kettelhake",
    ),
    # --- Senate race in Michigan (AP) ---
    (
        "en",
        "LANSING, Mich. (AP) — Republican Senate candidate Dale Whitcomb told about 3,000 supporters at a rally in Lansing on Saturday that he would vote to make the 2017 tax cuts permanent if elected.",
        True,
        [("count", 3000, None, "about"), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "Whitcomb, 58, a former county prosecutor, is challenging Democratic Sen. Maria Ellsworth, who is seeking a third term.",
        True,
        [("duration", 58, "year", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Michigan families are paying for Washington\'s mistakes every time they fill up the tank," Whitcomb said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitcomb said the average price of gasoline in Michigan had climbed to $3.41 a gallon from $3.03 in January.",
        True,
        [("money", 3.41, "USD", None), ("money", 3.03, "USD", None)],
        "Whitcomb",
    ),
    (
        "en",
        "AAA data show the statewide average for regular gasoline was $3.12 a gallon on Friday, compared with $3.05 at the start of the year.",
        True,
        [("money", 3.12, "USD", None), ("money", 3.05, "USD", None)],
        None,
    ),
    (
        "en",
        'Ellsworth\'s campaign called Whitcomb "a millionaire who has never had to check the price of anything."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ellsworth has raised $41.2 million since the start of last year, more than twice Whitcomb's total, according to Federal Election Commission filings.",
        True,
        [("money", 41200000, "USD", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "\"I've voted Democrat my whole life, but I can't afford my groceries anymore,\" said retiree Gloria Pruitt, 71, who drove two hours from Flint.",
        False,
        [("duration", 71, "year", None), ("duration", 2, "hour", None)],
        None,
    ),
    # --- SVP-Delegiertenversammlung (Keystone-SDA) ---
    (
        "de",
        "Brugg (Keystone-SDA) - Die Delegierten der SVP Schweiz haben in Brugg mit 361 zu 14 Stimmen bei 3 Enthaltungen die Nein-Parole zur geplanten Mehrwertsteuererhöhung für die Armee beschlossen.",
        True,
        [("count", 361, None, None), ("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Vorlage sieht vor, die Mehrwertsteuer befristet bis 2035 um 0,5 Prozentpunkte anzuheben.",
        True,
        [("year", 2035, None, None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Parteipräsident Roman Imfeld sagte, eine vierköpfige Familie würde dadurch im Schnitt rund 480 Franken pro Jahr zusätzlich bezahlen.",
        True,
        [("count", 4, None, None), ("money", 480, "CHF", "about")],
        "Roman Imfeld",
    ),
    (
        "de",
        "«Der Bundesrat greift dem Mittelstand in die Tasche, statt beim Asylwesen zu sparen», sagte Imfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Von jedem Franken, den Bern einnimmt, versickert ein Fünftel in der Bürokratie», rief ein Delegierter aus dem Thurgau.",
        False,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "In einer Umfrage von gfs.bern im Auftrag der SRG sprachen sich Anfang September 46 Prozent für die Vorlage aus, 49 Prozent dagegen.",
        True,
        [("percent", 46, "%", None), ("percent", 49, "%", None)],
        None,
    ),
    ("de", "Die Mitte warnte die SVP davor, die Sicherheit des Landes «dem Wahlkampf zu opfern».", False, [], None),
    # --- SNP conference (PA) ---
    (
        "en",
        "ABERDEEN (PA) - The SNP will put a second independence referendum at the centre of its campaign for next year's Holyrood election, party leader Fiona Drummond told delegates on Saturday.",
        True,
        [("ordinal", 2, None, None)],
        "Fiona Drummond",
    ),
    (
        "en",
        "Under the party's plan, an SNP majority at Holyrood would count as a mandate to hold the vote within two years of the election.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        '"Scotland\'s future belongs to the people who live here, not to whoever happens to sit in Downing Street," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Drummond said Scotland's economy had grown by 1.4% last year, faster than the UK as a whole.",
        True,
        [("percent", 1.4, "%", None)],
        "Drummond",
    ),
    (
        "en",
        "Official figures published in July showed Scotland's onshore economy grew 1.1% last year, against 1.3% for the UK.",
        True,
        [("percent", 1.1, "%", None), ("percent", 1.3, "%", None)],
        None,
    ),
    ("en", 'Scottish Conservatives called the speech "the same old record in a new sleeve."', False, [], None),
    (
        "en",
        "Delegates in the hall gave Drummond a four-minute standing ovation.",
        False,
        [("duration", 4, "minute", None)],
        None,
    ),
    (
        "en",
        "Party officials hope the conference will draw a line under months of infighting over the SNP's finances.",
        False,
        [],
        None,
    ),
    # --- FPÖ-Wahlkampfauftakt in Linz (APA) ---
    (
        "de",
        "Linz (APA) - Mit einer Kundgebung vor rund 4.000 Anhängern auf dem Linzer Hauptplatz hat die FPÖ am Samstag ihren Wahlkampf für die oberösterreichische Landtagswahl am 18. Oktober eröffnet.",
        True,
        [("count", 4000, None, "about"), ("date", "--10-18", None, None)],
        None,
    ),
    (
        "de",
        "Spitzenkandidat Gerhard Wiesinger sagte, das Land habe im Vorjahr 312 Millionen Euro für die Grundversorgung von Asylwerbern ausgegeben.",
        True,
        [("money", 312000000, "EUR", None)],
        "Gerhard Wiesinger",
    ),
    (
        "de",
        "Laut dem Rechnungsabschluss des Landes lagen die Ausgaben für die Grundversorgung im Vorjahr bei 187 Millionen Euro.",
        True,
        [("money", 187000000, "EUR", None)],
        None,
    ),
    ("de", "„Oberösterreich ist nicht das Sozialamt der ganzen Welt“, sagte Wiesinger.", False, [], None),
    (
        "de",
        "Auf den Wahlplakaten prangt der Slogan „100 Prozent für unsere Leute“.",
        False,
        [("percent", 100, "%", None)],
        None,
    ),
    (
        "de",
        "„Ich bin mir ganz sicher, dass wir am 18. Oktober auf über 30 Prozent kommen“, sagte Wiesinger.",
        False,
        [("date", "--10-18", None, None), ("percent", 30, "%", "over")],
        None,
    ),
    ("de", "ÖVP-Landesgeschäftsführer Florian Hochreiter nannte die Zahlen der FPÖ „frei erfunden“.", False, [], None),
    (
        "de",
        "In der jüngsten Umfrage des Market-Instituts für den „Standard“ liegt die ÖVP mit 33 Prozent vor der FPÖ mit 29 und der SPÖ mit 18 Prozent.",
        True,
        [("percent", 33, "%", None), ("percent", 29, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    # --- LDP leadership debate (Reuters) ---
    (
        "en",
        "TOKYO, Sept 26 (Reuters) - The five candidates vying to lead Japan's ruling Liberal Democratic Party clashed over tax cuts and defence spending in a televised debate on Saturday, a week before party members vote.",
        True,
        [("date", "--09-26", None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Former economy minister Haruto Kishimoto said he would cut the consumption tax on food to 5% from 8% for two years if he became prime minister.",
        True,
        [("percent", 5, "%", None), ("percent", 8, "%", None), ("duration", 2, "year", None)],
        "Haruto Kishimoto",
    ),
    (
        "en",
        "Finance ministry officials estimate the cut would cost about 5 trillion yen a year.",
        True,
        [("money", 5000000000000, "JPY", "about")],
        None,
    ),
    ("en", '"Japan cannot grow while households are afraid to open their wallets," Kishimoto said.', False, [], None),
    (
        "en",
        "Rival candidate Emi Tachibana, a former party policy chief, said defence spending should reach 2% of GDP by 2027 as planned and rejected any tax cut.",
        True,
        [("percent", 2, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"Cutting taxes with borrowed money is not a policy, it is a bet placed with our children\'s savings," Tachibana said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The winner will be chosen by the party's 295 lawmakers and about 1 million rank-and-file members, with both groups carrying equal weight in the first round.",
        True,
        [("count", 295, None, None), ("count", 1000000, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Haushaltsloch (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Bundesfinanzminister Tobias Reichenbach (SPD) hat eine Lücke von rund 30 Milliarden Euro im Haushalt 2027 eingeräumt.",
        True,
        [("money", 30000000000, "EUR", "about"), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Diese Summe müsse durch Einsparungen und höhere Einnahmen geschlossen werden, sagte Reichenbach der „Welt am Sonntag“.",
        True,
        [],
        "Reichenbach",
    ),
    (
        "de",
        "„Ich bin zuversichtlich, dass wir die Lücke bis zum Kabinettsbeschluss auf unter zehn Milliarden Euro drücken“, sagte er.",
        False,
        [("money", 10000000000, "EUR", "under")],
        None,
    ),
    ("de", "Eine Erhöhung der Mehrwertsteuer schloss Reichenbach aus.", True, [], None),
    (
        "de",
        "„Wer in dieser Lage Steuergeschenke in Aussicht stellt, verschließt die Augen vor der Realität“, sagte der Minister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Allein die Zinsausgaben des Bundes steigen nach Berechnungen des Ministeriums im kommenden Jahr auf 34 Milliarden Euro.",
        True,
        [("money", 34000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der haushaltspolitische Sprecher der Unionsfraktion, Jens Arbogast, warf dem Koalitionspartner „Trickserei mit Sondervermögen“ vor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Arbogast verwies darauf, dass der Bund im laufenden Jahr neue Kredite von 82 Milliarden Euro aufnehme.",
        True,
        [("money", 82000000000, "EUR", None)],
        None,
    ),
    # --- Conservative rally in Mississauga (Reuters) ---
    (
        "en",
        "MISSISSAUGA, Ontario, Sept 26 (Reuters) - Canada's opposition Conservative leader Grant Holloway promised on Saturday to scrap the federal sales tax on new homes worth less than C$1.3 million if his party wins the next election.",
        True,
        [("date", "--09-26", None, None), ("money", 1300000, "CAD", "under")],
        None,
    ),
    (
        "en",
        "Holloway said the measure would save the buyer of a C$900,000 home about C$45,000.",
        True,
        [("money", 900000, "CAD", None), ("money", 45000, "CAD", "about")],
        "Holloway",
    ),
    (
        "en",
        '"Under this government, owning a home has become a fantasy for an entire generation," Holloway said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Canadian Real Estate Association data show the average price of a home sold in Canada was C$687,000 in August.",
        True,
        [("money", 687000, "CAD", None)],
        None,
    ),
    (
        "en",
        'Supporters in the hall waved placards reading "Homes, not hype" and chanted Holloway\'s name.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Housing Minister Sanjay Gill said the Conservatives had voted against a C$6 billion fund for housing infrastructure last year.",
        True,
        [("money", 6000000000, "CAD", None)],
        "Sanjay Gill",
    ),
    ("en", 'Gill called the plan "a gift to developers wrapped in a bumper sticker."', False, [], None),
    # --- Insa-Umfrage (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Union hat in der wöchentlichen Insa-Umfrage für die „Bild am Sonntag“ einen Punkt verloren und kommt nur noch auf 25 Prozent.",
        True,
        [("percent", 1, "pp", None), ("percent", 25, "%", None)],
        None,
    ),
    (
        "de",
        "Die AfD bleibt mit 26 Prozent stärkste Kraft, die SPD erreicht 14, die Grünen 11 und die Linke 10 Prozent.",
        True,
        [
            ("percent", 26, "%", None),
            ("percent", 14, "%", None),
            ("percent", 11, "%", None),
            ("percent", 10, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Für die Erhebung befragte Insa vom 22. bis 25. September insgesamt 1.204 Menschen.",
        True,
        [("date", "--09-22", None, None), ("date", "--09-25", None, None), ("count", 1204, None, None)],
        None,
    ),
    (
        "de",
        "Nur noch gut jeder Fünfte ist mit der Regierungsarbeit zufrieden, nämlich 21 Prozent der Befragten.",
        True,
        [("fraction", 0.2, None, "over"), ("percent", 21, "%", None)],
        None,
    ),
    (
        "de",
        "„Umfragen sind Momentaufnahmen, abgerechnet wird am Wahltag“, hieß es aus der CDU-Parteizentrale.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Diese Koalition ist am Ende, sie weiß es nur noch nicht“, sagte AfD-Fraktionsvize Uwe Schallert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist der niedrigste Wert für die Union in dieser Umfrage seit März 2022.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    # --- Labour conference opens (PA) ---
    (
        "en",
        "LIVERPOOL (PA) - Chancellor Helen Marsden has promised not to put up income tax, national insurance or VAT on working people this autumn, as Labour gathered for its annual conference in Liverpool.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Marsden told Sky News the government had cut NHS waiting lists by 230,000 since the general election.",
        True,
        [("count", 230000, None, None)],
        "Marsden",
    ),
    ("en", '"I will never gamble with the public finances to buy a headline," she said.', False, [], None),
    (
        "en",
        '"I think we will see inflation back at 2% by the middle of next year," Marsden said.',
        False,
        [("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility forecast in March that inflation would average 2.6% next year.",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        'Shadow chancellor Nigel Ashby called the promise "worth about as much as the paper it isn\'t written on."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashby said the government had borrowed 83.8 billion pounds over the first five months of this fiscal year, the second-highest total on record.",
        True,
        [
            ("money", 83800000000, "GBP", None),
            ("ordinal", 1, None, None),
            ("duration", 5, "month", None),
            ("ordinal", 2, None, None),
        ],
        "Ashby",
    ),
    # --- Kleiner Parteitag der Grünen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Grünen haben auf einem kleinen Parteitag in Berlin ein Klimageld von 200 Euro pro Kopf und Jahr gefordert.",
        True,
        [("money", 200, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanziert werden solle es aus den Einnahmen des Emissionshandels, die im vergangenen Jahr bei rund 18,5 Milliarden Euro gelegen hätten, sagte Parteichefin Nele Hoffmeister.",
        True,
        [("money", 18500000000, "EUR", "about")],
        "Nele Hoffmeister",
    ),
    ("de", "„Klimaschutz darf kein Luxus für Besserverdienende sein“, sagte Hoffmeister.", False, [], None),
    (
        "de",
        "„Wir sind nicht die Verbotspartei, wir sind die Partei der Lösungen“, rief Hoffmeister unter dem Jubel der Delegierten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Delegierte fürchten, dass die Partei bei der nächsten Bundestagswahl unter zehn Prozent rutscht.",
        False,
        [("percent", 10, "%", "under")],
        None,
    ),
    (
        "de",
        "Bei der vergangenen Bundestagswahl waren die Grünen auf 12,2 Prozent gekommen.",
        True,
        [("percent", 12.2, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Antrag der Grünen Jugend, das Klimageld auf 400 Euro zu verdoppeln, scheiterte.",
        True,
        [("money", 400, "EUR", None)],
        None,
    ),
    # --- Arizona governor's debate (AP) ---
    (
        "en",
        "PHOENIX (AP) — Arizona Gov. Lena Castillo and her Republican challenger, former state Senate President Wade Bristow, traded attacks over water, housing and border security in their only televised debate on Sunday night.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Castillo said the state had added 142,000 jobs since she took office in 2023.",
        True,
        [("count", 142000, None, None), ("year", 2023, None, None)],
        "Castillo",
    ),
    (
        "en",
        '"Arizona is booming, and my opponent wants to drag us back to the chaos of the past," Castillo said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bristow said rents in the Phoenix area had risen 31% over the same period.",
        True,
        [("percent", 31, "%", None)],
        "Bristow",
    ),
    (
        "en",
        '"Under this governor, a teacher can\'t afford to live in the district where she teaches," Bristow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bristow has pledged to cut the state income tax rate to 1.9% from 2.6% within his first two years in office.",
        True,
        [
            ("percent", 1.9, "%", None),
            ("percent", 2.6, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        'When Castillo walked onto the stage, supporters in the audience chanted "Four more years!"',
        False,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "A poll by Noble Predictive Insights this month showed Castillo leading 46% to 43%, within the margin of error.",
        True,
        [("percent", 46, "%", None), ("percent", 43, "%", None)],
        None,
    ),
    # --- Koalitionsstreit ums Budget (APA) ---
    (
        "de",
        "Wien (APA) - Zwischen den Koalitionspartnern ÖVP, SPÖ und NEOS ist am Sonntag erneut Streit über die Sanierung des Budgets ausgebrochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "SPÖ-Klubobmann Bernhard Zöchling forderte in der ORF-Sendung „Im Zentrum“ eine Vermögenssteuer von einem Prozent auf Vermögen über zwei Millionen Euro.",
        True,
        [("percent", 1, "%", None), ("money", 2000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "„Es kann nicht sein, dass die Pensionisten zahlen und die Millionenerben zuschauen“, sagte Zöchling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine solche Steuer brächte nach Berechnungen der Arbeiterkammer rund 4 Milliarden Euro im Jahr.",
        True,
        [("money", 4000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "ÖVP-Generalsekretär Stefan Harrer sagte, eine Vermögenssteuer sei im Regierungsprogramm ausdrücklich ausgeschlossen.",
        True,
        [],
        "Stefan Harrer",
    ),
    (
        "de",
        "„Wer Vermögenssteuern will, soll bei der nächsten Wahl dafür werben, nicht mitten in der Regierungsarbeit“, sagte Harrer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Koalition bis zum Budgetbeschluss im Dezember hält, gilt unter Beobachtern als fraglich.",
        False,
        [],
        None,
    ),
    # --- Irish budget row (Reuters) ---
    (
        "en",
        "DUBLIN, Sept 27 (Reuters) - Ireland's coalition partners are at odds over whether to cut the top rate of income tax in next month's budget, a senior government source said on Sunday.",
        True,
        [("date", "--09-27", None, None)],
        None,
    ),
    (
        "en",
        "Finance Minister Ciaran Dolan said the government had a budget package of 9.4 billion euros, including 1.5 billion euros for tax measures.",
        True,
        [("money", 9400000000, "EUR", None), ("money", 1500000000, "EUR", None)],
        "Ciaran Dolan",
    ),
    ("en", '"We will not be repeating the mistakes of the boom years," Dolan told RTE radio.', False, [], None),
    (
        "en",
        "Fine Gael, the junior coalition partner, is demanding that at least 1 billion euros of the package go to housing.",
        True,
        [("money", 1000000000, "EUR", "at_least")],
        None,
    ),
    (
        "en",
        '"Personally, I\'d like to see every cent of it go into homes," said Public Expenditure Minister Niamh Corrigan of Fine Gael.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Sinn Fein finance spokesperson Aidan Rourke called the tax cut plan "a bonus for the best-off dressed up as relief."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Department of Finance figures show Ireland ran a budget surplus of 19.7 billion euros last year, inflated by 11 billion euros in one-off corporation tax receipts.",
        True,
        [("money", 19700000000, "EUR", None), ("money", 11000000000, "EUR", None)],
        None,
    ),
    ("en", "Some economists question whether corporate tax receipts can stay this high.", False, [], None),
    # --- Abstimmungssonntag (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Stimmvolk und Stände haben die Volksinitiative «Kita für alle» deutlich verworfen: 58,3 Prozent legten ein Nein in die Urne.",
        True,
        [("percent", 58.3, "%", None)],
        None,
    ),
    (
        "de",
        "Zugestimmt haben lediglich 4 der 26 Kantone; an die Urne gingen 44,7 Prozent der Stimmberechtigten.",
        True,
        [("count", 4, None, None), ("count", 26, None, None), ("percent", 44.7, "%", None)],
        None,
    ),
    ("de", "In den Städten Zürich, Bern und Basel fand die Initiative allerdings eine Mehrheit.", True, [], None),
    (
        "de",
        "«Heute haben wir eine Abstimmung verloren, aber nicht die Debatte», sagte SP-Co-Präsidentin Mirjam Zehnder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Über 40 Prozent Ja – das ist ein klarer Auftrag an den Bundesrat», sagte ein Mitglied des Initiativkomitees.",
        False,
        [("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Initiative hätte den Bund nach Schätzungen des Bundesrats jährlich rund 2 Milliarden Franken gekostet.",
        True,
        [("money", 2000000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "FDP-Nationalrätin Claudia Rüegsegger sprach von einem «klaren Bekenntnis zur Eigenverantwortung».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nun tritt der indirekte Gegenvorschlag des Parlaments in Kraft, der die Kantone während acht Jahren mit bis zu 200 Millionen Franken jährlich unterstützt.",
        True,
        [("duration", 8, "year", None), ("money", 200000000, "CHF", "up_to")],
        None,
    ),
    # --- French prime minister on TF1 (AFP) ---
    (
        "en",
        "PARIS, Sept 27 (AFP) - French Prime Minister Julien Marchal said on Sunday his government would present a budget with 42 billion euros in savings, despite warnings that it could be toppled in parliament.",
        True,
        [("date", "--09-27", None, None), ("money", 42000000000, "EUR", None)],
        "Julien Marchal",
    ),
    (
        "en",
        "He told TF1 television the deficit would fall to 4.7% of GDP next year from 5.3% this year.",
        True,
        [("percent", 4.7, "%", None), ("percent", 5.3, "%", None)],
        None,
    ),
    ("en", '"France is not ungovernable, it is simply impatient," Marchal said.', False, [], None),
    (
        "en",
        'Asked whether he would force the budget through without a vote, Marchal said: "Every tool in the constitution remains on the table."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Socialists, whose 62 deputies hold the balance of power, said they would table a no-confidence motion unless the pension reform was suspended.",
        True,
        [("count", 62, None, None)],
        None,
    ),
    (
        "en",
        'National Rally president Antoine Mercier called the plan "austerity for the many and indulgence for the few."',
        False,
        [],
        None,
    ),
    # --- Koalitionsausschuss (dpa) ---
    (
        "de",
        "Berlin (dpa) - Nach einer mehr als siebenstündigen Sitzung des Koalitionsausschusses haben sich Union und SPD in der Nacht zu Montag auf eine Senkung der Stromsteuer für alle Haushalte geeinigt.",
        True,
        [("duration", 7, "hour", "over")],
        None,
    ),
    (
        "de",
        "Die Entlastung soll sich auf rund 5,4 Milliarden Euro im Jahr belaufen, wie aus einem Beschlusspapier hervorgeht.",
        True,
        [("money", 5400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Zudem wird die Pendlerpauschale vom ersten Kilometer an auf 36 Cent angehoben.",
        True,
        [("ordinal", 1, None, None), ("money", 0.36, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir haben geliefert, und zwar für die Menschen, nicht für die Schlagzeilen“, sagte SPD-Fraktionschef Malte Görrissen.",
        False,
        [],
        None,
    ),
    ("de", "Beim Streit über das Bürgergeld gab es dagegen keine Einigung.", True, [], None),
    (
        "de",
        "Grünen-Fraktionsvize Ayla Demirtas sagte, die Koalition habe das Klimageld gestrichen, für das im Koalitionsvertrag 4 Milliarden Euro jährlich vorgesehen gewesen seien.",
        True,
        [("money", 4000000000, "EUR", None)],
        "Ayla Demirtas",
    ),
    (
        "de",
        "„Ich glaube, dass wir im Frühjahr über eine zweite Entlastungsrunde reden werden“, sagte ein SPD-Abgeordneter.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Chancellor's conference speech (Reuters) ---
    (
        "en",
        "LIVERPOOL, England, Sept 28 (Reuters) - British finance minister Helen Marsden promised on Monday to double the number of apprenticeships in England to 400,000 a year by the end of the parliament.",
        True,
        [("date", "--09-28", None, None), ("count", 400000, None, None)],
        None,
    ),
    (
        "en",
        "Marsden told delegates the scheme would cost 2.1 billion pounds a year, paid for by closing tax loopholes used by private equity managers.",
        True,
        [("money", 2100000000, "GBP", None)],
        "Marsden",
    ),
    ("en", '"We did not come into politics to manage decline, we came to end it," Marsden said.', False, [], None),
    (
        "en",
        '"Fourteen years of drift cannot be undone in one budget," she said.',
        False,
        [("duration", 14, "year", None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Marsden said apprenticeship starts in England had fallen by more than a third since 2016.",
        True,
        [("fraction", 0.3333, None, "over"), ("year", 2016, None, None)],
        "Marsden",
    ),
    (
        "en",
        "Department for Education figures show 339,600 apprenticeship starts in England in the last academic year.",
        True,
        [("count", 339600, None, None)],
        None,
    ),
    (
        "en",
        'The leader of the Unite union called the speech "a lot of ambition and not a lot of money."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delegates rose to their feet twice during the 50-minute speech.",
        False,
        [("count", 2, None, None), ("duration", 50, "minute", None)],
        None,
    ),
    (
        "en",
        "The British Private Equity and Venture Capital Association warned that closing the loophole could drive up to 1,800 fund managers abroad.",
        True,
        [("count", 1800, None, "up_to")],
        None,
    ),
    # --- Bundeskongress der Grünen (APA) ---
    (
        "de",
        "Graz (APA) - Die Grünen haben die frühere Umweltlandesrätin Sarah Pichlmayr beim Bundeskongress in Graz mit 94,2 Prozent der Delegiertenstimmen zur neuen Bundessprecherin gewählt.",
        True,
        [("percent", 94.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die 44-Jährige folgt auf Johann Steininger, der die Partei seit 2022 geführt hatte.",
        True,
        [("duration", 44, "year", None), ("year", 2022, None, None)],
        None,
    ),
    ("de", "„Wir sind zurück, und wir sind gekommen, um zu bleiben“, sagte Pichlmayr.", False, [], None),
    (
        "de",
        "Pichlmayr sagte, die Partei habe seit der Nationalratswahl mehr als 1.900 neue Mitglieder gewonnen.",
        True,
        [("count", 1900, None, "over")],
        "Pichlmayr",
    ),
    (
        "de",
        "Die Partei hofft, bei der nächsten Nationalratswahl wieder über zehn Prozent zu kommen.",
        False,
        [("percent", 10, "%", "over")],
        None,
    ),
    (
        "de",
        "Bei der Nationalratswahl 2024 waren die Grünen auf 8,6 Prozent gekommen.",
        True,
        [("year", 2024, None, None), ("percent", 8.6, "%", None)],
        None,
    ),
    (
        "de",
        "FPÖ-Generalsekretär Harald Stöger sprach von einem „neuen Anstrich für eine abgewählte Partei“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach der Wahl stimmten die rund 300 Delegierten im Saal spontan ein Lied an.",
        False,
        [("count", 300, None, "about")],
        None,
    ),
    # --- Shutdown deadline (Reuters) ---
    (
        "en",
        "WASHINGTON, Sept 28 (Reuters) - The U.S. government will run out of money at midnight on Wednesday unless Congress passes a stopgap funding bill, and Republicans and Democrats remained far apart on Monday.",
        True,
        [("date", "--09-28", None, None)],
        None,
    ),
    (
        "en",
        "House Majority Leader Dan Kessler said the Republican bill would keep the government funded at current levels through Dec. 12.",
        True,
        [("date", "--12-12", None, None)],
        "Dan Kessler",
    ),
    ("en", '"Democrats are holding our troops\' paychecks hostage," Kessler said.', False, [], None),
    (
        "en",
        "Democrats want the bill to extend health insurance subsidies that expire at the end of the year and would otherwise leave about 4 million people uninsured, according to Congressional Budget Office estimates.",
        True,
        [("count", 4000000, None, "about")],
        None,
    ),
    ("en", 'House Democratic leader Marcia Holt called the Republican bill "a dare, not a deal."', False, [], None),
    ("en", "Neither side appeared ready to blink.", False, [], None),
    # --- Linke-Wahlprogramm in Berlin (dpa/bb) ---
    (
        "de",
        "Berlin (dpa/bb) - Die Linke zieht mit der Forderung nach einem landesweiten Mietenstopp für fünf Jahre in den Berliner Wahlkampf.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Spitzenkandidatin Elif Karakaya sagte bei der Vorstellung des Wahlprogramms, die Angebotsmieten in Berlin seien seit 2015 um 92 Prozent gestiegen.",
        True,
        [("year", 2015, None, None), ("percent", 92, "%", None)],
        None,
    ),
    ("de", "„Wohnen ist ein Menschenrecht und keine Ware“, sagte Karakaya.", False, [], None),
    (
        "de",
        "„Wenn eine Krankenpflegerin 60 Prozent ihres Lohns für die Miete zahlt, dann läuft in dieser Stadt etwas grundfalsch“, sagte Karakaya.",
        False,
        [("percent", 60, "%", None)],
        None,
    ),
    (
        "de",
        "Laut Statistischem Landesamt lag die durchschnittliche Nettokaltmiete in bestehenden Verträgen zuletzt bei 8,12 Euro je Quadratmeter.",
        True,
        [("money", 8.12, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bausenator Henning Lassahn (CDU) sagte, der Senat habe im vergangenen Jahr den Bau von 15.800 Wohnungen genehmigt.",
        True,
        [("count", 15800, None, None)],
        "Henning Lassahn",
    ),
    ("de", "„Ein Mietenstopp baut keine einzige Wohnung“, hielt Lassahn dagegen.", False, [], None),
    (
        "de",
        "Ob ein Mietenstopp auf Landesebene nach dem Karlsruher Urteil zum Mietendeckel überhaupt zulässig wäre, ist unter Juristen umstritten.",
        False,
        [],
        None,
    ),
    # --- South Africa's coalition row (Reuters) ---
    (
        "en",
        "CAPE TOWN, Sept 28 (Reuters) - South Africa's Democratic Alliance threatened on Monday to vote against the budget if the government went ahead with a 1 percentage point increase in value-added tax.",
        True,
        [("date", "--09-28", None, None), ("percent", 1, "pp", None)],
        None,
    ),
    (
        "en",
        "DA finance spokesperson Tessa van Rooyen said the increase would cost the poorest households about 1,100 rand a year.",
        True,
        [("money", 1100, "ZAR", "about")],
        "Tessa van Rooyen",
    ),
    (
        "en",
        '"We did not join this government to rubber-stamp tax hikes on the poor," van Rooyen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Finance Minister Lindiwe Khoza told reporters the increase would raise 28 billion rand in the current fiscal year.",
        True,
        [("money", 28000000000, "ZAR", None)],
        "Lindiwe Khoza",
    ),
    ("en", '"Every party in this coalition knew the numbers when it signed up," Khoza said.', False, [], None),
    (
        "en",
        "The ANC lost its majority in last year's election and relies on the DA, the second-largest party, to pass legislation.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", "Business groups urged both parties to settle their differences quickly.", False, [], None),
    # --- SP-Ticket für den Bundesrat (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SP-Fraktion der Bundesversammlung hat für die Nachfolge der zurücktretenden Bundesrätin Yvonne Marti zwei Kandidatinnen nominiert.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Fraktion wählte die Waadtländer Ständerätin Chantal Rochat und die Basler Nationalrätin Daniela Strub im dritten Wahlgang aufs Ticket.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Rochat sitzt seit 2019 im Ständerat, die 51-jährige Strub seit 2015 im Nationalrat.",
        True,
        [("year", 2019, None, None), ("duration", 51, "year", None), ("year", 2015, None, None)],
        None,
    ),
    ("de", "«Ich bringe Dossierfestigkeit und Bodenhaftung mit», sagte Strub vor den Medien.", False, [], None),
    (
        "de",
        "Fraktionschefin Laura Bühlmann sagte, die SP habe als zweitstärkste Partei Anspruch auf zwei Sitze in der Landesregierung.",
        True,
        [("ordinal", 2, None, None), ("count", 2, None, None)],
        "Laura Bühlmann",
    ),
    ("de", "Ob sich die bürgerliche Mehrheit an das offizielle Ticket hält, ist offen.", False, [], None),
    ("de", "Die Vereinigte Bundesversammlung wählt am 10. Dezember.", True, [("date", "--12-10", None, None)], None),
    # --- Plaid Cymru campaign launch (PA) ---
    (
        "en",
        "CARDIFF (PA) - Plaid Cymru has launched its campaign for next May's Senedd election with a pledge to hire 900 extra nurses in its first term.",
        True,
        [("count", 900, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The plan would cost 54 million pounds a year, according to the party's costings.",
        True,
        [("money", 54000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Wales has been taken for granted for a hundred years, and that ends next May," party leader Carys Pritchard said.',
        False,
        [("duration", 100, "year", None)],
        None,
    ),
    (
        "en",
        "Pritchard said one in four people in Wales was on an NHS waiting list.",
        True,
        [("fraction", 0.25, None, None)],
        "Pritchard",
    ),
    (
        "en",
        "Welsh government figures show 793,000 patient pathways were open in August.",
        True,
        [("count", 793000, None, None)],
        None,
    ),
    ("en", 'Welsh Labour called the pledge "a wish list without a plan."', False, [], None),
    (
        "en",
        "A YouGov poll for ITV Wales this month put Plaid on 30%, Reform UK on 29% and Labour on 14%.",
        True,
        [("percent", 30, "%", None), ("percent", 29, "%", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "\"I don't care who wins, I just want to see a GP before I'm dead,\" said pensioner Morfydd Rees, 79, in Aberystwyth.",
        False,
        [("duration", 79, "year", None)],
        None,
    ),
    # --- Haushaltswoche im Bundestag (dpa) ---
    (
        "de",
        "Berlin (dpa) - Zum Auftakt der Haushaltswoche hat Bundesfinanzminister Tobias Reichenbach (SPD) den Etatentwurf für 2027 mit Ausgaben von 519 Milliarden Euro in den Bundestag eingebracht.",
        True,
        [("year", 2027, None, None), ("money", 519000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Kernhaushalt plant Reichenbach neue Schulden von 89 Milliarden Euro, dazu kommen Kredite aus den Sondervermögen.",
        True,
        [("money", 89000000000, "EUR", None)],
        None,
    ),
    ("de", "„Dies ist ein Haushalt der Investitionen, nicht des Verwaltens“, sagte Reichenbach.", False, [], None),
    (
        "de",
        "Grünen-Haushälterin Svenja Kolbe sagte, jeder dritte Euro aus dem Sondervermögen Infrastruktur fließe in Projekte, die ohnehin geplant gewesen seien.",
        True,
        [("fraction", 0.3333, None, None)],
        "Svenja Kolbe",
    ),
    (
        "de",
        "„Sie schieben Geld von der linken in die rechte Tasche und nennen das Investitionsoffensive“, rief Kolbe in Richtung Regierungsbank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Noch nie war eine Bundesregierung so planlos wie diese“, sagte AfD-Fraktionsvize Uwe Schallert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Noch nie musste der Bund so viel Geld für Zinsen ausgeben wie in diesem Jahr“, sagte Schallert.",
        True,
        [],
        "Schallert",
    ),
    (
        "de",
        "Nach Angaben des Finanzministeriums lagen die Zinsausgaben im Jahr 2008 mit 41,9 Milliarden Euro höher als im laufenden Jahr.",
        True,
        [("year", 2008, None, None), ("money", 41900000000, "EUR", None)],
        "das Finanzministerium",
    ),
    ("de", "Aus den Reihen der Union kam der Zwischenruf: „Rechnen Sie doch mal nach!“", False, [], None),
    # --- Seattle mayoral debate (AP) ---
    (
        "en",
        "SEATTLE (AP) — Mayor Rachel Tran and City Council member Owen Leffert sparred over homelessness, police staffing and property taxes on Tuesday in their last debate before ballots go out to voters.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Tran said the city had moved 2,300 people from encampments into shelter or housing this year.",
        True,
        [("count", 2300, None, None)],
        "Tran",
    ),
    (
        "en",
        "Leffert said the police department had lost 410 officers since 2020 and that emergency response times had doubled.",
        True,
        [("count", 410, None, None), ("year", 2020, None, None)],
        "Leffert",
    ),
    ("en", '"You can\'t arrest your way out of a housing crisis," Tran shot back.', False, [], None),
    ("en", '"This city is tired of excuses, and frankly so am I," Leffert said.', False, [], None),
    (
        "en",
        "Police department data show the force had 913 deployable officers in August, down from 1,322 in 2019.",
        True,
        [("count", 913, None, None), ("count", 1322, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Both candidates promised to make the city safer without saying how they would pay for it.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 200 supporters waiting outside the television studio cheered as the candidates arrived.",
        False,
        [("count", 200, None, "about")],
        None,
    ),
    # --- Misstrauensantrag im Nationalrat (APA) ---
    (
        "de",
        "Wien (APA) - Innenminister Walter Kronberger hat einen Misstrauensantrag der FPÖ im Nationalrat überstanden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Den Antrag unterstützten nur die Freiheitlichen, er erhielt 55 von 171 abgegebenen Stimmen.",
        True,
        [("count", 55, None, None), ("count", 171, None, None)],
        None,
    ),
    (
        "de",
        "FPÖ-Sicherheitssprecher Reinhold Pammer warf dem Minister „Totalversagen beim Grenzschutz“ vor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pammer sagte, im ersten Halbjahr seien in Österreich 9.870 Asylanträge gestellt worden, um 14 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 9870, None, None), ("percent", 14, "%", None)],
        "Pammer",
    ),
    (
        "de",
        "Laut Innenministerium ging die Zahl der Asylanträge im ersten Halbjahr dagegen um 23 Prozent auf 7.412 zurück.",
        True,
        [("ordinal", 1, None, None), ("percent", 23, "%", None), ("count", 7412, None, None)],
        None,
    ),
    (
        "de",
        "„Ich lasse mir von Ihnen die Arbeit unserer Polizei nicht schlechtreden“, sagte Kronberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es war der dritte Misstrauensantrag gegen Kronberger in dieser Legislaturperiode.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- YouGov poll (Reuters) ---
    (
        "en",
        "LONDON, Sept 29 (Reuters) - Reform UK has extended its lead over Labour to 9 points, according to a YouGov poll published on Tuesday.",
        True,
        [("date", "--09-29", None, None), ("percent", 9, "pp", None)],
        None,
    ),
    (
        "en",
        "The poll put Reform on 31%, Labour on 22%, the Conservatives on 17% and the Liberal Democrats on 13%.",
        True,
        [
            ("percent", 31, "%", None),
            ("percent", 22, "%", None),
            ("percent", 17, "%", None),
            ("percent", 13, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Labour was down two points from a week earlier despite its conference in Liverpool.",
        True,
        [("percent", 2, "pp", None)],
        None,
    ),
    (
        "en",
        'A Downing Street spokesperson said the prime minister "does not get distracted by the weekly ups and downs of polls."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Labour can hold as many conferences as it likes, the country has stopped listening," Reform UK chairman Martin Keble said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "YouGov questioned 2,214 adults on Sept 27 and Sept 28.",
        True,
        [("count", 2214, None, None), ("date", "--09-27", None, None), ("date", "--09-28", None, None)],
        None,
    ),
    (
        "en",
        "Just 18% of those questioned said the government was doing a good job on the economy, its worst score since Labour took office.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Some Labour MPs privately fear the party could lose more than 200 seats if the numbers hold.",
        False,
        [("count", 200, None, "over")],
        None,
    ),
    # --- Thüringer Doppelhaushalt (dpa/th) ---
    (
        "de",
        "Erfurt (dpa/th) - Der Thüringer Landtag hat den Doppelhaushalt für die Jahre 2026 und 2027 mit den Stimmen der Regierungsfraktionen und der Linken beschlossen.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Für den Etat stimmten 55 Abgeordnete, 32 votierten dagegen.",
        True,
        [("count", 55, None, None), ("count", 32, None, None)],
        None,
    ),
    (
        "de",
        "„Dieser Haushalt zeigt, dass Thüringen auch ohne eigene Mehrheit handlungsfähig ist“, sagte Finanzministerin Katrin Oelschlegel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oelschlegel sagte, das Land werde im kommenden Jahr Schulden in Höhe von 150 Millionen Euro tilgen.",
        True,
        [("money", 150000000, "EUR", None)],
        "Oelschlegel",
    ),
    ("de", "Die AfD sprach von einem „Kuhhandel mit der Linken“.", False, [], None),
    (
        "de",
        "Die Linke hatte ihre Zustimmung von zusätzlichen 40 Millionen Euro für Kitas abhängig gemacht.",
        True,
        [("money", 40000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob die Zusammenarbeit über den Haushalt hinaus trägt, ließ Linke-Fraktionschef Pascal Wendt offen.",
        False,
        [],
        None,
    ),
    # --- Australia's budget outcome (Reuters) ---
    (
        "en",
        "CANBERRA, Sept 29 (Reuters) - Australia recorded a budget deficit of A$6.3 billion in the year to June, far smaller than the A$31 billion forecast in March, Treasurer Mark Sorensen said on Tuesday.",
        True,
        [("date", "--09-29", None, None), ("money", 6300000000, "AUD", None), ("money", 31000000000, "AUD", None)],
        "Mark Sorensen",
    ),
    (
        "en",
        '"This is what responsible economic management looks like," Sorensen told reporters in Canberra.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sorensen said tax receipts had come in A$14.5 billion above forecast, largely because more people were in work.",
        True,
        [("money", 14500000000, "AUD", None)],
        "Sorensen",
    ),
    (
        "en",
        'Opposition treasury spokesman Grant Fielding called the result "a sugar hit from bracket creep, not a plan."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fielding said government spending had risen to 26.9% of GDP, the highest level outside the pandemic in almost 40 years.",
        True,
        [("percent", 26.9, "%", None), ("duration", 40, "year", "nearly")],
        "Fielding",
    ),
    (
        "en",
        "\"Personally, I'd be surprised if we don't see a surplus within three years,\" Sorensen said.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Official figures showed gross debt stood at A$951 billion at the end of June.",
        True,
        [("money", 951000000000, "AUD", None)],
        None,
    ),
    # --- Entlastungspaket im Nationalrat (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit 112 zu 78 Stimmen bei 4 Enthaltungen hat der Nationalrat am Dienstag das Entlastungspaket der Landesregierung angenommen.",
        True,
        [("count", 112, None, None), ("count", 78, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das Paket soll die Bundeskasse ab 2027 jedes Jahr um rund 3,1 Milliarden Franken entlasten.",
        True,
        [("year", 2027, None, None), ("money", 3100000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Wer heute nicht spart, muss morgen umso härter sparen», sagte Finanzministerin Verena Aebi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Aebi sagte, ohne das Paket müsse der Bund ab 2027 mit strukturellen Fehlbeträgen von bis zu 3 Milliarden Franken jährlich rechnen.",
        True,
        [("year", 2027, None, None), ("money", 3000000000, "CHF", "up_to")],
        "Aebi",
    ),
    ("de", "Die SP sprach von einem «Abbau auf dem Buckel der Kantone».", False, [], None),
    (
        "de",
        "Nach Angaben der Finanzdirektorenkonferenz müssen die Kantone mit Mehrbelastungen von rund 600 Millionen Franken rechnen.",
        True,
        [("money", 600000000, "CHF", "about")],
        "die Finanzdirektorenkonferenz",
    ),
    ("de", "Ob der Ständerat dem Paket in dieser Form folgt, ist ungewiss.", False, [], None),
    # --- German pension rebels (Reuters) ---
    (
        "en",
        "BERLIN, Sept 29 (Reuters) - A row over pensions is threatening to derail Germany's coalition, after 21 young conservative lawmakers said on Tuesday they would not back the government's pension bill.",
        True,
        [("date", "--09-29", None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "The bill would keep the state pension at 47% of average wages until 2033.",
        True,
        [("percent", 47, "%", None), ("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "The rebels say that would cost an extra 108 billion euros by 2040.",
        True,
        [("money", 108000000000, "EUR", None), ("year", 2040, None, None)],
        None,
    ),
    (
        "en",
        '"We are not rebels, we are the only ones doing the maths for our generation," one of the lawmakers, Jonas Wehling, 31, told Reuters.',
        False,
        [("duration", 31, "year", None)],
        None,
    ),
    (
        "en",
        'Labour Minister Bettina Hollstein called the rebellion "irresponsible theatre at the worst possible moment."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hollstein said the cabinet had approved the bill in August and it could not be reopened.",
        True,
        [],
        "Hollstein",
    ),
    ("en", "The Bundestag is scheduled to vote on the bill on Oct. 16.", True, [("date", "--10-16", None, None)], None),
    ("en", "It was not immediately clear whether the chancellor would step in before the vote.", False, [], None),
]
