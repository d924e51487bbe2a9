"""Three-hundred-and-thirty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, storms, works and figures
are made up (Garrick Holloway, Morag Lindqvist, Dorothee Kallweit, Annika Rehfeldt, Oliver
Crandon, Chiara Mbeki-Santos, Cornelia Wyrsch, Inés Carrasco-Vidal, Seraina Planta, Norvik
Chemicals, Harborline Financial, Dana Whitlock, Murtal Drivetrain, Bernhard Krainz, Graham
Pettifer, Miriam Achebe-Lloyd, Julien Marchetti-Duval, Hurricane Lorenza, Storm Fenella,
Storm Eamon, Olena Hrytsiv, Edwin Marlowe Hale, Verena Pichlhöfer, Dolores Whitcombe, Lukas
Wechselberger, Nando Caviezel, Katharina Strolz-Eder, Lukas Hennemann, Dario Villalobos,
Owen Brackett, Ray Delacroix; every unnamed economist, analyst, trader, strategist, dealer,
resident, neighbour, official, governor, attorney general, minister, judge, coach,
auctioneer and spokesperson); ministers, treasurers, premiers, chief executives and coaches
of real governments, bodies and clubs appear under made-up names that stand for no real
holder, or by their role only ("Der Bundesinnenminister", "die vorsitzende Richterin", "die
Vorsteherin des Börsenvereins", "der Freiburger Trainer", "Louisiana's governor", "the state
attorney general", "the hospice's chief executive"). Real states, bodies, courts, firms,
clubs, events and places (Bundesregierung, Herbstprojektion, Bundestag, Bundesrat, CDU, SPD,
AfD, Bundespolizei, ÖBB, Westbahnstrecke, Straflandesgericht Graz, PRO-GE, Land Steiermark,
SP, ETH, Konferenz der Kantonsregierungen, Gletschermessnetz Glamos, Akademie der
Naturwissenschaften, MeteoSchweiz, Kantonspolizei Bern, Staatsanwaltschaft, Rega,
Inselspital, Deutscher Wetterdienst, Deutsche Bahn, Nationalversammlung, Rassemblement
National, Frankfurter Buchmesse, Börsenverein des Deutschen Buchhandels, Friedenspreis,
Paulskirche, Dax, EuroStoxx50, Commerzbank, BASF, Universität Innsbruck, „Nature Physics“,
FWF, FIS, ÖSV, Rettenbachferner, SC Freiburg, Ferencváros Budapest, VfB Stuttgart, Olympique
Lyon, Europa League; the Australian Bureau of Statistics, the Reserve Bank of Australia,
UNESCO, Quang Ngai, Hoi An, NHS England, the European Automobile Manufacturers' Association,
Tesla, BYD, the World Health Organization, Nature Ecology & Evolution, the European
Commission, the General Court, the Court of Justice, LSEG, Snaresbrook Crown Court, the
Energy Information Administration, the Bureau of Safety and Environmental Enforcement, the
Met Office, CalMac, the National Hurricane Center, Frieze, Regent's Park, the U.S. Senate,
the House of Representatives, the Congressional Budget Office, the Toronto Blue Jays, the
Seattle Mariners, Rogers Centre, and the datelines' cities) stand for the way wire copy
names them; every rate, forecast, vote, sum, tally, toll, reading, price, sentence, age,
score, crowd, time and quote here is invented, and where a real figure came to mind (a real
jobless or participation rate, a real waiting list, a real electric-car share, a real
tuberculosis toll or funding pledge, a real housing benefit rise, a real glacier loss, a
real French deficit or deficit target, a real index level or exchange rate) it was changed;
only the EU's three-percent deficit ceiling and the date of the U.S. midterm elections stand
as they are.

Its weight: AN ORDINARY MIXED WIRE DAY, seventh round (the hundred-forty-ninth,
hundred-sixty-eighth, two-hundred-first, two-hundred-twenty-seventh,
two-hundred-sixty-eighth and two-hundred-eighty-fourth batches weighed mixed days, and their
decisions are kept) - one Thursday in mid-October (October 15), 32 short stories in story
order as a desk receives them, from the Australian jobs figures before dawn to a late
baseball game, the German and English desks mostly alternating, each told as wire copy runs
it (a dateline lead, the figures, attributed claims, the other side, a quote, a reaction).
Half German (APA, dpa, Keystone-SDA, Reuters German, AFP German; Austrian "in der Nacht auf
Donnerstag", "Anrainer", "Pendlerinnen und Pendler", "Schöffensenat", "bedingt",
"Bedenkzeit", "Burschen"; Swiss "Massnahmen", "Strasse", "Abklärungen", "eingebüsst",
"heisser", "während rund vier Stunden", "Autolenker", "Chauffeur", "Wimmis BE", «» quotes;
German „“ quotes): a freight train derailed near Wels, a raid on a smuggling ring, the
government's autumn growth forecast, the Bundestag's housing-benefit reform, the Swiss
Federal Council's savings package, the Swiss glacier report, a crypto-fraud verdict in Graz,
job cuts at a Styrian car supplier, a head-on crash near Spiez, a storm warning from the
DWD, a no-confidence vote in Paris, the Frankfurt Book Fair, the Dax, a quantum record in
Innsbruck, the snow control in Sölden and the Europa League night. Half English (Reuters,
AP, AFP, PA): Australian jobs, floods in central Vietnam, England's hospital waiting list,
EU car sales, the WHO's tuberculosis report, a new dinosaur from Spain, an EU court
upholding a cartel fine, a U.S. bank's quarter, a hospice treasurer jailed, oil prices, a
named storm over Scotland, a hurricane in the Gulf, an auction record in London, a
catalytic-converter ring in California, a wildfire bill in the Senate and a playoff game in
Toronto. Figures as such copy has them: number words and compounds ("Acht der 22 Waggons",
„fünfeinhalb Jahren Haft“, "the 18-week standard", „an den fünf Messetagen“, "homered
twice", „dreimal“, "about a dozen"), ordinals ("for a third straight month", „der dritte
Misstrauensantrag“, "the 13th storm", „auf Rang neun“, „in der 38. und 71. Minute“, "Game
6"), shares ("nearly two-fifths", "nearly three-quarters", "under a third", „gut ein
Drittel“), tallies, rates, index points, winds, depths and temperatures, money in euros,
francs, dollars, pounds and dong, ages, sentences and spans, years, dates with and without a
year and hedges. Negatives as such copy has them - about a quarter of the rows, none with a
figure: ministers', executives', scientists', coaches' and athletes' quotes of resolve,
pride and verdict, a treasurer's reassurance, labels from a minister, parties, a union, a
defence lawyer, advocates and critics, an accusation naming no act, appeals and advice, a
judge's rebuke and a victim statement's feeling, economists', analysts', dealers' and
experts' views, a forecast without a figure, an evasion, open questions, scene colour and
vox pops, each near a check-worthy look-alike from the same story.

235 rows (119 German, 116 English), 57 negatives (29 German, 28 English), 178 check-worthy
rows of which 22 carry no figure (16 German, 6 English), 296 expected quantities (114
counts, 43 percentages - 42 in "%" and 1 in percentage points "pp" -, 40 amounts of money -
20 USD, 12 EUR, 4 GBP, 3 CHF, 1 VND -, 34 durations - 21 in years, 4 in hours, 4 in months,
2 in weeks, 2 in days, 1 in seconds -, 25 years, 18 dates, 18 ordinals, 4 fractions; none of
them in a negative), 36 checked speakers (17 German, 19 English). These counts were computed
by a script that imports the list.

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, resolve, reassurance, appeal, accusation or piece of rhetoric
  is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-sixty-eighth, two-hundred-first, two-hundred-twenty-seventh,
  two-hundred-sixty-eighth); a reported statement of fact, figure, step, cause, plan or
  position is check-worthy with its speaker, also in Konjunktiv I (hundred-forty-ninth,
  hundred-sixty-eighth, two-hundred-eighty-fourth). Pairs from one speaker: Crandon's
  250,000 beside "The corner is being turned"; Kallweit's causes beside „Mit dieser
  Wachstumsschwäche ...“; Rehfeldt's 14 percent beside „Frage des Geldbeutels“; Wyrsch's 3
  billion francs beside «Jahr für Jahr»; Mbeki-Santos's 18 countries beside "slip through
  our fingers"; Carrasco-Vidal's finding beside "a missing page"; Planta's 2100 projection
  beside «eine fatale Mischung»; Whitlock's 800 jobs beside "never been in better shape";
  Krainz's plan beside „nicht leichtgefallen“; Pichlhöfer's scope beside „noch lange kein
  brauchbarer Quantencomputer“; Whitcombe's 2,000 firefighters beside "Washington looks
  away"; Wechselberger's eight athletes beside „Die Burschen sind hungrig“; Villalobos's
  night beside his quote. The treasurer's "the government was watching the labour market
  closely" is a reassurance naming no measure and a negative (three-hundred-twenty-fourth:
  reassurances without a measure).
- Check-worthy without a figure (hundred-sixty-eighth, two-hundred-first,
  two-hundred-twenty-seventh, two-hundred-sixty-eighth): events („ein Güterzug entgleist,
  verletzt wurde niemand“, a government surviving a vote, a snow control passed, a record
  set „nach eigenen Angaben“, a match won „mit 2:0 (1:0)“ - scores carry none,
  hundred-fifty-third), stated causes (Kallweit's, „Grund seien ..., teilte das Unternehmen
  ... mit“, Lindqvist's regions; hundred-forty-ninth: a chief executive's reason), a vague
  estimate („im einstelligen Millionenbereich“ carries none; twenty-third: „im hohen
  einstelligen Prozentbereich“), a report's publication („Das geht aus ... hervor“,
  two-hundred-forty-fourth), savings areas named, a chamber's next step („in der
  Frühjahrssession“; hundred-sixty-eighth), an announced step („Die Deutsche Bahn kündigte
  an“; two-hundred-eighty-fourth), a rule of appeal ("Norvik may still take the case ..."),
  a guilty plea and a partial confession (two-hundred-sixty-eighth), confiscation
  proceedings scheduled, a prize to be awarded, a lead author's finding
  (two-hundred-sixty-eighth), a buyer not identified, and a method's stated reach („auf
  mehrere Hundert Ionen“ - „mehrere Hundert“ carries none, seventeenth: "Hunderte").
- Forecasts and expectations (seventh, hundred-forty-ninth, two-hundred-twenty-seventh,
  two-hundred-sixty-eighth): with a figure or a date they are check-worthy (the government's
  projections and the institutes' 0.1 percent, the economists' forecast in a Reuters poll
  and the analysts' 1.2 million barrels, the market odds "at roughly 60%", the state
  forecaster's 200 to 400 millimetres, the DWD's gusts, surge and frost, the Met Office's
  gusts, "Category 4 strength", the surge and rain totals in Louisiana, the fair's 220,000
  visitors, Planta's 2100, "not expected to vote ... before the Nov. 3 midterm elections");
  without one they are negatives ("More unsettled weather is expected to follow next week.",
  „Wie lange das stürmische Wetter anhält, ist ... noch unsicher.“; forty-seventh,
  two-hundred-twenty-seventh). A verdict with „halten ... für“ is a negative (ninety-eighth,
  two-hundred-sixty-eighth).
- Other negatives (hundred-forty-ninth, hundred-sixty-eighth, two-hundred-first,
  two-hundred-twenty-seventh, two-hundred-sixty-eighth): labels („sprach von einem
  „empfindlichen Schlag ...““, „Die AfD nannte ...“, „Die SP nannte ...“, „sprach von einem
  „völlig überzogenen Urteil““, „„Kahlschlag ...““, "Health advocates called ...", "Critics
  called ..."), an accusation naming no act („Die Sozialisten warfen der Regierung vor,
  ...“; two-hundred-sixty-eighth: "blamed the state government for poor crowd control"),
  appeals and advice ("Authorities urged ...", „Die Meteorologen rieten ...“, "Forecasters
  told people to keep off ..."), a judge's rebuke and a victim statement's feeling, views of
  economists, analysts, dealers and outside experts ("Several economists said ...",
  "Analysts said ...", "Analysts cautioned ...", „Händler sahen ...“, "Dealers said ...",
  "Other experts ... said more material would be needed"), a feeling („zeigten sich ...
  verhalten optimistisch“) and a grievance („haderten ... mit dem Schiedsrichter“), an
  evasion ("would study the judgment before deciding on next steps"; two-hundred-
  seventy-sixth, three-hundredth), open questions („Warum ...“, „Ob ...“ three times,
  „Weshalb ...“, „Wie lange ...“), scene colour and vox pops („Ein Anrainer sagte“, "a
  resident told AFP", residents at gas stations, the auctioneer, the trader, the
  strategist).
- Counts (every batch): tallies („Für den Gesetzentwurf stimmten 382 Abgeordnete, 207
  votierten dagegen, 11 enthielten sich.“, „271 Abgeordnete, nötig gewesen wären 289
  Stimmen“, "voted 53-46", "Five Democrats joined 48 Republicans";
  two-hundred-sixty-eighth), definite groups („Acht der 22 Waggons“, „57 Massnahmen, 14
  davon“ - „davon“ no hedge -, "three rivals, fining the four companies" 3 and 4 -
  forty-first: "the two hubs" -, "all eight of the company's pleas" 8 - "all" no hedge -,
  "four of its 16 inpatient beds", "Ten countries", „rund 380 seiner 2.150 Arbeitsplätze“),
  „nach zwei weiteren“ 2 and "2,000 additional" („weitere“, "additional" no hedge), people,
  jobs and homes with scale words ("an estimated 7.18 million" and "An estimated 10.3
  million" "about" - an estimated, three-hundredth -, "Some 2.98 million" "about", „gut 3,1
  Millionen“ "over", „rund 1,6 Millionen Haushalte“, "about 1.18 million", "about 280,000"),
  barrels ("3.1 million barrels ... to 418.6 million barrels", "1.2 million barrels"),
  measures as written with their hedges ("More than 640 millimetres" "over", "another 200 to
  400 millimetres" both - "another" no hedge, as „weitere“ -, „rund 60.000 Litern“, „bis zu
  3,5 Meter“, „bis zu 1,8 Metern“, „zwischen 60 und 110 Zentimeter“ both, "roughly seven
  metres", "an estimated two tonnes" "about"), winds and temperatures ("120 mph (195 km/h)"
  two, „von bis zu 85“ and „von bis zu 130 Kilometern pro Stunde“ "up_to" - „pro Stunde“
  none -, "up to 80mph", „mit bis zu minus 3 Grad“ -3 "up_to" - earlier batches: „bis zu
  minus 12 Grad“), levels on a scale ("a Category 3 storm" 3, "Category 4 strength" 4),
  index points („auf 23.684 Punkte“, „auf 5.488 Zähler“), a multiple ("more than three times
  its high estimate" 3 "over"; earlier batches: "more than twice its estimate"), "about a
  dozen" 12 "about", "homered twice" 2 (earlier batches: "scored twice"), "five runs", "two
  runs in six innings and struck out nine", "two homers", „dreimal“ 3, crowds („Vor 31.400
  Zuschauern“, "A sellout crowd of 42,117" - no hedge -), points („Mit sechs Punkten“, „mit
  drei Punkten“). None: scores („2:0 (1:0)“, „1:3“, "7-3", "a 3-2 lead"), "days of
  torrential rain", "decades", „mehrere Hundert“, "more than tripled" (a verb; two-hundred-
  twenty-seventh: "more than doubled"), "EuroStoxx50", the canton tag "BE", clock times
  („kurz nach 2.00 Uhr“, "6am", "by 1320 GMT").
- Ordinals (the issue; every batch): "for a third straight month" 3 (earlier batches: "for a
  third straight month" 3, not a fraction), "Over the first nine months" 1 and 9 months
  (three-hundredth: "in the first six months"), „im ersten Halbjahr“ 1, "Third-quarter" 3,
  „der dritte Misstrauensantrag“ 3 („bereits“ no hedge), „vor dem ersten schweren
  Herbststurm“ 1, "the 13th storm ... and the sixth" 13 and 6, "the sixth named storm" 6,
  „den zweiten Sieg im dritten Spiel“ 2 and 3, „auf Rang neun“ 9 and „auf Platz 22“ 22
  (two-hundred-eighty-fourth: „auf Rang zwei“), "the first Blue Jays player" 1, "Game 6" 6
  (two-hundred-twenty-seventh). New: „in der 38. und 71. Minute“ is two ordinals, 38 and 71
  - the noun written once serves both numbers, as the month written once serves both days in
  „am 24. und 25. Oktober“ (two dates; three-hundredth: „für den 14. und 15. Oktober“).
  None: "the deadliest", "the lowest since", "the buyers' favourite", „erstmals“
  (forty-first).
- Fractions and percentages (the issue; every batch): "nearly two-fifths" 0.4 "nearly" (the
  issue's "two-fifths"), "nearly three-quarters" 0.75 "nearly", "under a third of" 0.3333
  "under" (earlier batches: "less than a third" "under"), „insgesamt gut ein Drittel“ 0.3333
  "over" („insgesamt“ no hedge). Percentages as written: "a tenth of a percentage point" 0.1
  pp (fifty-sixth, three-hundred-twenty-fourth), "its 3.10% cash rate" 3.1 (trailing zeros,
  seventy-first), "at roughly 60%" "about", "roughly 2% of its workforce" "about", „im
  Schnitt um 14 Prozent“ and „um durchschnittlich 12 Prozent“ no hedge, „mehr als 90
  Prozent“ "over", „nur rund 60 Prozent“ "about" („nur“ no hedge), „um knapp 2 Prozent“
  "nearly", "Only 59.8%" ("Only" no hedge), "a 64% goal" 64, „unter die EU-Obergrenze von
  drei Prozent“ 3 with no hedge (the ceiling's own figure; „unter“ stands before the
  article, as „über dem Ziel von 2 Prozent“, hundred-ninety-ninth), "18.6% ... against
  14.9%" both.
- Durations and ages (the issue; every batch): „für rund neun Stunden“ and „während rund
  vier Stunden“ "about" (Swiss „während“ no hedge, two-hundred-sixty-eighth), "in 24 hours",
  "its highest in almost four years" 4 years "nearly" ("almost" as "nearly"; two-hundred-
  sixty-eighth: "its weakest annual pace in five years"), "more than 52 weeks" "over", "the
  18-week standard" 18 weeks, "about 125 million years ago" 125,000,000 years "about"
  (two-hundred-twenty-seventh: „in etwa 30 Millionen Jahren“), "for nearly nine years"
  "nearly", „zu fünfeinhalb Jahren Haft“ 5.5 years (two-hundred-eighty-fourth: „von
  siebeneinhalb Jahren“), „20 Monate bedingt“, „drei Tage Bedenkzeit“ 3 days, "six years and
  eight months" two durations (two-hundred-sixty-eighth: "five years and four months"),
  "over seven years", "over two years" and "$38 billion over 10 years" and „über fünf Jahre“
  with no hedge ("over" and „über“ before a span), "for more than 70 years" "over", "14
  hours", „an den fünf Messetagen“ 5 days (two-hundred-sixty-eighth: „An den fünf Tagen“).
  Ages are durations in years (sixty-third): „ein 46-jähriger Steirer“, „Ein mitangeklagter
  39-Jähriger“, „im Alter von 28 bis 54 Jahren“ both, „Ein 67-jähriger Autolenker“, „seine
  64-jährige Beifahrerin“, „Der 31-jährige Chauffeur“, "Graham Pettifer, 58,", "Villalobos,
  24,", and "aged 19 to 47" both (the unit unwritten, as "Raffl, 27,"). New: „knapp eine
  halbe Sekunde“ is 0.5 seconds "nearly" - "eine halbe" before the unit gives the half as
  "ein halbes Jahr" gives 0.5 years (earlier batches), and „knapp“ bounds it as any figure.
  None: "for nearly a year" (an article; two-hundred-sixty-eighth: "in less than a year"),
  "last year", "the year before", "a year earlier", "a month earlier", "a day earlier", "in
  the week to", "next year", "by the end of next year", "a year" after a sum, „im
  vergangenen Jahr“, „im Jahresschnitt“, „jährlich“, „jedes Jahr“, „jährliche“, „dieses
  Jahr“, „in diesem Jahr“, „im Frühjahr“, „Seit Jahresbeginn“, „in der Vorjahresperiode“,
  months and weekdays („in der Nacht auf Donnerstag“, „bis Samstag“, „am Donnerstagabend“,
  „Am Sonntag“, "late Friday", "in March", "in July", "in August").
- Money in the currency written (every batch): EUR („gegen jeweils bis zu 9.000 Euro“
  "up_to" - „jeweils“ no hedge -, „rund 480.000 Euro“, „rund 26 Euro im Monat“ "about" - „im
  Monat“ none -, „etwa 1,2 Milliarden Euro“, „insgesamt rund 4,7 Millionen Euro“ "about",
  „insgesamt 1,3 Millionen Euro“ no hedge, „312 Millionen Euro“, „4,5 Millionen Euro“, „rund
  38 Milliarden Euro“, „2,8 Millionen Euro“, "a 412 million euro ... fine", "a total of 1.06
  billion euros" no hedge), CHF („rund 2,1 Milliarden Franken“, „bis zu 3 Milliarden
  Franken“ "up_to", „rund 450 Millionen Franken jährlich“), USD ("$1.46 billion, or $2.08 a
  share" - "a share" none, as "per share" -, "$1.94 per share", "$612 million", "$420
  million from $305 million", "94 cents" 0.94 - cents as hundredths, earlier batches: "rose
  38 cents" 0.38 -, "$66.81 a barrel", "$62.95", "$61 billion", "$38 billion", "about $4.8
  million" "about", "$5.9 billion", "$19 billion a year", and "($478 million)", "($6.1
  million)" and "($23.5 million)" in brackets with no hedge - two-hundred-twenty-seventh:
  "($265 million)" -; „1,1482 Dollar“ for the euro, two-hundred-twenty-seventh: „bei 1,1684
  Dollar“), GBP ("more than £640,000" "over", "4.6 million pounds", "between 800,000 and 1.2
  million pounds" both in GBP - the currency written once serves the earlier figure,
  three-hundred-twenty-fourth -), VND ("620 billion dong", as an earlier batch's "500
  billion dong").
- Years and dates: „Für 2027“ and „für 2028“, „ab 2028“ twice, „seit Anfang 2024“, „Anfang
  2025“, „bis Ende 2027“, „zwischen 2021 und 2024“ both, „Seit 2000“, „bis 2100“, „für
  2027“, „bis 2030“, „seit 2019“, „2023“, "since March 2023" and "for March 2027" their
  years only (two-hundred-sixty-eighth: „im Juni 2025“), "the 2035 ban", "in 2022", "from
  2009 to 2018" both, "began in 2019", "by 2028", "since 2015", "a 2022 law"; „ab 1. Januar“
  --01-01, „am 20. November“ --11-20, „am 24. und 25. Oktober“ --10-24 and --10-25, "at its
  Nov. 3 meeting" and "before the Nov. 3 midterm elections" --11-03, "on Sept. 30" --09-30,
  "on September 1" --09-01. Reuters and AFP English datelines with a day ("SYDNEY, Oct 15
  (Reuters)", "BRUSSELS", "GENEVA", "LUXEMBOURG", "NEW YORK", "LONDON", "WASHINGTON";
  "HANOI, Oct 15 (AFP)", "PARIS", "LONDON") are --10-15; APA, dpa, Keystone-SDA, Reuters
  German, AFP German, PA ("LONDON (PA) -") and AP ("MIAMI (AP) —", "SACRAMENTO, Calif. (AP)
  —", "TORONTO (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "Some", "Around", "an estimated", "An estimated" "about"; „knapp“, "nearly", "almost"
  "nearly"; „mehr als“, „gut“, "more than", "More than" "over"; "under" before a share
  "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least". No hedge:
  „insgesamt“, „jeweils“, „davon“, „weitere“, „bereits“, „nur“, „im Schnitt“,
  „durchschnittlich“, "Only", "a total of", "another", "additional", "all", "A sellout crowd
  of", "over" and „über“ before a span, "up from", "against", "from ... to", "between ...
  and", „zwischen ... und“, „bis“ in a range, „unter die“ before the article of a ceiling.
  New: "water stood up to 1.5 metres deep" is count 1.5 "up_to" - "up to" bounds the figure
  it stands before, also where the verb "stood" comes right before it, as „Die Schneeauflage
  ... beträgt ... zwischen 60 und 110 Zentimeter“ keeps its figures after the verb.
- Speakers, checked only in forms the earlier batches settled: „teilten die ÖBB mit“ -> "die
  ÖBB" (a plural verb, two-hundred-twenty-seventh: „teilten die Österreichischen Lotterien
  am Dienstag mit“), „teilte die Bundespolizei in Potsdam mit“ -> "die Bundespolizei" (the
  place dropped, hundred-seventeenth, two-hundred-sixty-eighth), „teilte das Unternehmen am
  Donnerstag mit“ -> "das Unternehmen", „teilte die Kantonspolizei Bern mit“, „teilte der
  DWD mit“ -> "der DWD", „teilte die FIS mit“ -> "die FIS"; „wie die Konferenz der
  Kantonsregierungen (KdK) mitteilte“ -> without the abbreviation in brackets and „wie die
  Messe am Donnerstag mitteilte“ -> "die Messe" (two-hundred-twenty-seventh,
  two-hundred-eighty-fourth); „laut MeteoSchweiz“ -> "MeteoSchweiz" as written (thirtieth:
  „laut Polizei“); „Wirtschaftsministerin Dorothee Kallweit (CDU) sagte, ...“,
  „Bauministerin Annika Rehfeldt (SPD) sagte, ...“, „Bundesrätin Cornelia Wyrsch sagte vor
  den Medien in Bern, ...“, „Vorstandschef Bernhard Krainz sagte, ...“, „Studienleiterin
  Verena Pichlhöfer sagte, ...“ and „ÖSV-Herrencheftrainer Lukas Wechselberger sagte, ...“
  the name with title, party and occasion dropped (two-hundred-sixty-eighth,
  two-hundred-eighty-fourth); „Planta sagte, ...“ and „Marchetti-Duval sagte, ...“ the
  surname as written opening the row (forty-second, two-hundred-sixty-eighth). English: "the
  Australian Bureau of Statistics said", "the World Health Organization said on Thursday",
  "the Commission said", "the Energy Information Administration said", "the Met Office said"
  and "the National Hurricane Center said" with the article (eightieth); "The General Court
  said ..." and "The hospice said ..." opening the row -> the article in lower case
  (hundred-sixtieth); "the European Automobile Manufacturers' Association (ACEA) said"
  without the abbreviation in brackets (two-hundred-eighty-fourth: „(Astra)“ dropped);
  "according to NHS England" as written (ninety-eighth: "according to Ofgem"), "according to
  the Bureau of Safety and Environmental Enforcement" and "according to the Congressional
  Budget Office" with the article (hundred-fifty-second); "police said" -> "police"
  (seventeenth); "said ABS head of labour statistics Morag Lindqvist", "Health Secretary
  Oliver Crandon said", "Lead author Inés Carrasco-Vidal said", "Chief Executive Dana
  Whitlock said" and "Senator Dolores Whitcombe said" the name with the role dropped
  (three-hundred-twenty-fourth: "said ONS chief economist Bronwen Hale"); "The WHO's TB
  programme director, Chiara Mbeki-Santos, said" the name in apposition
  (two-hundred-twenty-seventh). Left unchecked (None): all negatives, also those with a
  named speaker; documents and data ("official data showed", "industry data showed", "NHS
  figures show", "according to LSEG data", "according to the WHO's annual report",
  "according to a study published Thursday", „Laut Anklage“, „laut ihrer Herbstprojektion“;
  hundred-sixtieth); groups ("Economists polled by Reuters", "Analysts in a Reuters poll",
  "disaster officials said", „laut den Organisatoren“, „Die Veranstalter erwarten“;
  forty-first); descriptions and roles ("the national weather agency said", "The state
  forecaster said", "the state attorney general said"; fortieth, hundred-fifteenth); "the
  researchers wrote", „wie sie im Fachjournal ... berichten“ (two-hundred-twenty-seventh:
  „berichtet das Team“), "Snaresbrook Crown Court heard" (hundred-forty-ninth: "the court
  heard"), "the hurricane center warned" (no form settled), „Der Börsenverein ... teilte
  mit, ...“ (three-hundredth: „Die Bahn teilte mit, ...“ left unchecked), „nach eigenen
  Angaben“, „Das Land Steiermark kündigte an“, "Louisiana's governor ordered" (no verbs of
  saying); and, to keep the checked speakers near 35 as the two-hundred-seventeenth and
  three-hundred-twenty-fourth batches did, „laut ÖBB“, "The government said" (Hanoi) and
  "the auction house said", which the earlier batches settled.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_337 = [
    # --- Australian jobs (Reuters) ---
    ("en", "SYDNEY, Oct 15 (Reuters) - Australia's jobless rate climbed to 4.6% in September, its highest in almost four years, as employers shed 12,400 jobs, official data showed on Thursday.", True,
     [("date", "--10-15", None, None), ("percent", 4.6, "%", None), ("duration", 4, "year", "nearly"), ("count", 12400, None, None)], None),
    ("en", "Economists polled by Reuters had forecast the rate to hold at 4.4% and payrolls to rise by about 20,000.", True,
     [("percent", 4.4, "%", None), ("count", 20000, None, "about")], None),
    ("en", "Full-time employment dropped by 31,800 while part-time positions rose by 19,400, the Australian Bureau of Statistics said.", True,
     [("count", 31800, None, None), ("count", 19400, None, None)], "the Australian Bureau of Statistics"),
    ("en", "The participation rate eased a tenth of a percentage point to 66.7%.", True,
     [("percent", 0.1, "pp", None), ("percent", 66.7, "%", None)], None),
    ("en", "\u201cThe fall in employment was concentrated in New South Wales and Victoria,\u201d said ABS head of labour statistics Morag Lindqvist.", True,
     [], "Morag Lindqvist"),
    ("en", "Several economists said a single volatile month revealed little about the underlying trend.", False, [], None),
    ("en", "Traders now put the odds of a Reserve Bank of Australia cut from its 3.10% cash rate at its Nov. 3 meeting at roughly 60%, up from 35% a day earlier.", True,
     [("percent", 3.1, "%", None), ("date", "--11-03", None, None), ("percent", 60, "%", "about"), ("percent", 35, "%", None)], None),
    ("en", "Treasurer Garrick Holloway said the government was watching the labour market closely.", False, [], None),
    # --- Güterzug entgleist bei Wels (APA) ---
    ("de", "Linz (APA) - Bei Wels ist in der Nacht auf Donnerstag ein Güterzug entgleist, verletzt wurde niemand.", True, [], None),
    ("de", "Acht der 22 Waggons sprangen kurz nach 2.00 Uhr aus den Schienen, teilten die ÖBB mit.", True,
     [("count", 8, None, None), ("count", 22, None, None)], "die ÖBB"),
    ("de", "Die Westbahnstrecke zwischen Wels und Linz war für rund neun Stunden gesperrt, Fernzüge wurden über Passau umgeleitet.", True,
     [("duration", 9, "hour", "about")], None),
    ("de", "Für Pendlerinnen und Pendler richteten die Bahnen einen Schienenersatzverkehr mit 35 Bussen ein.", True,
     [("count", 35, None, None)], None),
    ("de", "Ein Kesselwagen mit rund 60.000 Litern Diesel blieb unbeschädigt, Schadstoffe traten nicht aus.", True,
     [("count", 60000, None, "about")], None),
    ("de", "Warum die Waggons aus den Schienen sprangen, war am Donnerstag noch offen.", False, [], None),
    ("de", "Die Reparatur der Gleise soll bis Samstag dauern, der Schaden dürfte laut ÖBB im einstelligen Millionenbereich liegen.", True,
     [], None),
    ("de", "Ein Anrainer sagte, er habe einen lauten Knall gehört und sei sofort aus dem Bett gesprungen.", False, [], None),
    # --- Floods in central Vietnam (AFP) ---
    ("en", "HANOI, Oct 15 (AFP) - Floods and landslides triggered by days of torrential rain have killed at least 17 people in central Vietnam, with seven others missing, disaster officials said Thursday.", True,
     [("date", "--10-15", None, None), ("count", 17, None, "at_least"), ("count", 7, None, None)], None),
    ("en", "More than 640 millimetres of rain fell in 24 hours in parts of Quang Ngai province, the national weather agency said.", True,
     [("count", 640, None, "over"), ("duration", 24, "hour", None)], None),
    ("en", "About 38,000 homes were flooded and 12,500 people were moved to schools and government buildings.", True,
     [("count", 38000, None, "about"), ("count", 12500, None, None)], None),
    ("en", "In the old town of Hoi An, a UNESCO World Heritage site, water stood up to 1.5 metres deep in the streets.", True,
     [("count", 1.5, None, "up_to")], None),
    ("en", "\u201cThe water rose so fast we could only carry the children upstairs,\u201d a resident told AFP.", False, [], None),
    ("en", "The state forecaster said another 200 to 400 millimetres could fall by Sunday.", True,
     [("count", 200, None, None), ("count", 400, None, None)], None),
    ("en", "The government said it would release 620 billion dong ($23.5 million) in emergency aid for the worst-hit provinces.", True,
     [("money", 620000000000, "VND", None), ("money", 23500000, "USD", None)], None),
    ("en", "Authorities urged people in low-lying areas to stay alert and follow evacuation orders.", False, [], None),
    # --- Razzia gegen Schleuser (dpa) ---
    ("de", "Potsdam (dpa) - Mit einer großangelegten Razzia in sieben Bundesländern ist die Bundespolizei am Donnerstagmorgen gegen eine mutmaßliche Schleuserbande vorgegangen.", True,
     [("count", 7, None, None)], None),
    ("de", "Rund 620 Einsatzkräfte durchsuchten 41 Wohnungen und Geschäftsräume, teilte die Bundespolizei in Potsdam mit.", True,
     [("count", 620, None, "about"), ("count", 41, None, None)], "die Bundespolizei"),
    ("de", "Sechs Verdächtige im Alter von 28 bis 54 Jahren wurden festgenommen, nach zwei weiteren wird gefahndet.", True,
     [("count", 6, None, None), ("duration", 28, "year", None), ("duration", 54, "year", None), ("count", 2, None, None)], None),
    ("de", "Die Bande soll seit Anfang 2024 mindestens 350 Menschen gegen jeweils bis zu 9.000 Euro über die Balkanroute nach Deutschland gebracht haben.", True,
     [("year", 2024, None, None), ("count", 350, None, "at_least"), ("money", 9000, "EUR", "up_to")], None),
    ("de", "Die Ermittler stellten Bargeld in Höhe von rund 480.000 Euro, zwei Schusswaffen und elf Autos sicher.", True,
     [("money", 480000, "EUR", "about"), ("count", 2, None, None), ("count", 11, None, None)], None),
    ("de", "Der Bundesinnenminister sprach von einem „empfindlichen Schlag gegen die Schleusermafia“.", False, [], None),
    ("de", "Ob sich weitere Mitglieder der Gruppe ins Ausland abgesetzt haben, ist Gegenstand der Ermittlungen.", False, [], None),
    # --- NHS waiting list (PA) ---
    ("en", "LONDON (PA) - The number of cases on England's hospital waiting list dropped for a third straight month in August, to an estimated 7.18 million, NHS figures show.", True,
     [("ordinal", 3, None, None), ("count", 7180000, None, "about")], None),
    ("en", "That is down from 7.21 million in July and the lowest since March 2023.", True,
     [("count", 7210000, None, None), ("year", 2023, None, None)], None),
    ("en", "Some 2.98 million individual patients were waiting, according to NHS England.", True,
     [("count", 2980000, None, "about")], "NHS England"),
    ("en", "By the end of August, 186,400 patients had waited more than 52 weeks, up from 181,200 in July.", True,
     [("count", 186400, None, None), ("duration", 52, "week", "over"), ("count", 181200, None, None)], None),
    ("en", "Health Secretary Oliver Crandon said the list had now shrunk by more than 250,000 since the government took office.", True,
     [("count", 250000, None, "over")], "Oliver Crandon"),
    ("en", "\u201cThe corner is being turned, but nobody should pretend the job is done,\u201d Crandon said.", False, [], None),
    ("en", "Only 59.8% of patients started treatment inside the 18-week standard, short of a 64% goal set for March 2027.", True,
     [("percent", 59.8, "%", None), ("duration", 18, "week", None), ("percent", 64, "%", None), ("year", 2027, None, None)], None),
    ("en", "Patient groups said that behind every statistic was somebody waiting in pain.", False, [], None),
    # --- Herbstprojektion (Reuters) ---
    ("de", "Berlin (Reuters) - Die Bundesregierung hat ihre Wachstumsprognose für das laufende Jahr gesenkt und rechnet nur noch mit einem Plus von 0,2 Prozent.", True,
     [("percent", 0.2, "%", None)], None),
    ("de", "Im Frühjahr war sie noch von 0,5 Prozent ausgegangen.", True,
     [("percent", 0.5, "%", None)], None),
    ("de", "Für 2027 erwartet die Regierung laut ihrer Herbstprojektion ein Wachstum von 1,1 Prozent, für 2028 von 1,3 Prozent.", True,
     [("year", 2027, None, None), ("percent", 1.1, "%", None), ("year", 2028, None, None), ("percent", 1.3, "%", None)], None),
    ("de", "Wirtschaftsministerin Dorothee Kallweit (CDU) sagte, vor allem die schwache Nachfrage aus dem Ausland und die US-Zölle bremsten die Exportwirtschaft.", True,
     [], "Dorothee Kallweit"),
    ("de", "„Mit dieser Wachstumsschwäche dürfen wir uns nicht abfinden“, sagte Kallweit.", False, [], None),
    ("de", "Die Zahl der Arbeitslosen dürfte im Jahresschnitt auf gut 3,1 Millionen steigen, die Inflationsrate bei 2,1 Prozent liegen.", True,
     [("count", 3100000, None, "over"), ("percent", 2.1, "%", None)], None),
    ("de", "Ökonomen halten die neue Prognose dennoch für eher zu optimistisch.", False, [], None),
    ("de", "Die führenden Wirtschaftsforschungsinstitute hatten Ende September für dieses Jahr ein Wachstum von 0,1 Prozent vorhergesagt.", True,
     [("percent", 0.1, "%", None)], None),
    # --- EU car registrations (Reuters) ---
    ("en", "BRUSSELS, Oct 15 (Reuters) - EU new-car sales climbed 6.4% year on year in September to 884,210 vehicles, industry data showed on Thursday.", True,
     [("date", "--10-15", None, None), ("percent", 6.4, "%", None), ("count", 884210, None, None)], None),
    ("en", "Fully electric models took an 18.6% share of the market against 14.9% in September last year, the European Automobile Manufacturers' Association (ACEA) said.", True,
     [("percent", 18.6, "%", None), ("percent", 14.9, "%", None)], "the European Automobile Manufacturers' Association"),
    ("en", "Hybrids stayed the buyers' favourite, with nearly two-fifths of all sales.", True,
     [("fraction", 0.4, None, "nearly")], None),
    ("en", "Over the first nine months, registrations were up 1.8%, with Germany and Spain growing while France and Italy shrank.", True,
     [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 1.8, "%", None)], None),
    ("en", "Tesla's registrations in the bloc fell 22% in September, while Chinese rival BYD more than tripled its sales.", True,
     [("percent", 22, "%", None)], None),
    ("en", "Analysts said price cuts and cheaper new models were finally drawing private buyers to electric cars.", False, [], None),
    ("en", "The association repeated its call for the EU to soften the 2035 ban on new combustion-engine cars.", True,
     [("year", 2035, None, None)], None),
    # --- Wohngeldreform im Bundestag (dpa) ---
    ("de", "Berlin (dpa) - Der Bundestag hat am Donnerstag eine Reform des Wohngelds beschlossen, von der rund 1,6 Millionen Haushalte profitieren sollen.", True,
     [("count", 1600000, None, "about")], None),
    ("de", "Für den Gesetzentwurf stimmten 382 Abgeordnete, 207 votierten dagegen, 11 enthielten sich.", True,
     [("count", 382, None, None), ("count", 207, None, None), ("count", 11, None, None)], None),
    ("de", "Bauministerin Annika Rehfeldt (SPD) sagte, das Wohngeld steige ab 1. Januar im Schnitt um 14 Prozent oder rund 26 Euro im Monat.", True,
     [("date", "--01-01", None, None), ("percent", 14, "%", None), ("money", 26, "EUR", "about")], "Annika Rehfeldt"),
    ("de", "„Wohnen darf in diesem Land nicht zur Frage des Geldbeutels werden“, sagte Rehfeldt.", False, [], None),
    ("de", "Die Mehrkosten von jährlich etwa 1,2 Milliarden Euro teilen sich Bund und Länder.", True,
     [("money", 1200000000, "EUR", "about")], None),
    ("de", "Die AfD nannte die Reform ein „Bürokratiemonster mit Gießkanne“.", False, [], None),
    ("de", "Zuletzt war das Wohngeld Anfang 2025 erhöht worden, damals um durchschnittlich 12 Prozent.", True,
     [("year", 2025, None, None), ("percent", 12, "%", None)], None),
    ("de", "Der Bundesrat soll sich am 20. November abschließend mit dem Gesetz befassen.", True,
     [("date", "--11-20", None, None)], None),
    # --- WHO tuberculosis report (Reuters) ---
    ("en", "GENEVA, Oct 15 (Reuters) - Tuberculosis killed about 1.18 million people last year and remains the deadliest infectious disease worldwide, the World Health Organization said on Thursday.", True,
     [("date", "--10-15", None, None), ("count", 1180000, None, "about")], "the World Health Organization"),
    ("en", "An estimated 10.3 million people fell ill with the disease, down slightly from 10.5 million the year before, according to the WHO's annual report.", True,
     [("count", 10300000, None, "about"), ("count", 10500000, None, None)], None),
    ("en", "Ten countries accounted for nearly three-quarters of all cases, led by India, Indonesia and the Philippines.", True,
     [("count", 10, None, None), ("fraction", 0.75, None, "nearly")], None),
    ("en", "Money for TB prevention and care totalled $5.9 billion, under a third of the $19 billion a year that countries pledged to mobilise by 2028.", True,
     [("money", 5900000000, "USD", None), ("fraction", 0.3333, None, "under"), ("money", 19000000000, "USD", None), ("year", 2028, None, None)], None),
    ("en", "The WHO's TB programme director, Chiara Mbeki-Santos, said cuts to foreign aid had disrupted testing and treatment in at least 18 countries.", True,
     [("count", 18, None, "at_least")], "Chiara Mbeki-Santos"),
    ("en", "\u201cWe cannot let decades of hard-won progress slip through our fingers,\u201d she said.", False, [], None),
    ("en", "Health advocates called the funding gap a scandal for a disease that is both preventable and curable.", False, [], None),
    # --- Sparpaket des Bundesrats (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Bundesrat hat am Donnerstag die Botschaft zu einem neuen Sparpaket verabschiedet, mit dem der Bund ab 2028 jedes Jahr rund 2,1 Milliarden Franken einsparen will.", True,
     [("year", 2028, None, None), ("money", 2100000000, "CHF", "about")], None),
    ("de", "Sparen will die Regierung unter anderem bei der Entwicklungshilfe, im regionalen Personenverkehr und bei den Beiträgen an die ETH.", True, [], None),
    ("de", "Bundesrätin Cornelia Wyrsch sagte vor den Medien in Bern, ohne Gegenmassnahmen drohten ab 2028 jährliche Fehlbeträge von bis zu 3 Milliarden Franken.", True,
     [("year", 2028, None, None), ("money", 3000000000, "CHF", "up_to")], "Cornelia Wyrsch"),
    ("de", "«Wir können nicht Jahr für Jahr mehr ausgeben, als wir einnehmen», sagte Wyrsch.", False, [], None),
    ("de", "Insgesamt umfasst das Paket 57 Massnahmen, 14 davon erfordern Gesetzesänderungen.", True,
     [("count", 57, None, None), ("count", 14, None, None)], None),
    ("de", "Die SP nannte die Vorlage einen «Abbau auf dem Buckel der Schwächsten».", False, [], None),
    ("de", "Die Kantone rechnen mit Mehrbelastungen von rund 450 Millionen Franken jährlich, wie die Konferenz der Kantonsregierungen (KdK) mitteilte.", True,
     [("money", 450000000, "CHF", "about")], "die Konferenz der Kantonsregierungen"),
    ("de", "Das Parlament soll die Vorlage in der Frühjahrssession beraten.", True, [], None),
    # --- New dinosaur from Spain (AFP) ---
    ("en", "PARIS, Oct 15 (AFP) - Palaeontologists have identified a new species of plant-eating dinosaur from bones found in northern Spain that lived about 125 million years ago, according to a study published Thursday.", True,
     [("date", "--10-15", None, None), ("duration", 125000000, "year", "about")], None),
    ("en", "The animal measured roughly seven metres from snout to tail and weighed an estimated two tonnes, the researchers wrote in the journal Nature Ecology & Evolution.", True,
     [("count", 7, None, "about"), ("count", 2, None, "about")], None),
    ("en", "The team recovered 63 bones, among them a nearly complete skull, in excavations that began in 2019.", True,
     [("count", 63, None, None), ("year", 2019, None, None)], None),
    ("en", "Lead author Inés Carrasco-Vidal said the skull showed features never before seen in the iguanodon family.", True,
     [], "Inés Carrasco-Vidal"),
    ("en", "\u201cIt is like finding a missing page in a book we thought we had finished reading,\u201d she said.", False, [], None),
    ("en", "Only about a dozen dinosaur species have been described from Early Cretaceous rocks on the Iberian Peninsula.", True,
     [("count", 12, None, "about")], None),
    ("en", "Other experts not involved in the study said more material would be needed to settle its place on the family tree.", False, [], None),
    # --- Gletscherbericht (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Die Gletscher der Schweiz haben dieses Jahr 2,6 Prozent ihres verbliebenen Eisvolumens eingebüsst.", True,
     [("percent", 2.6, "%", None)], None),
    ("de", "Das geht aus dem Jahresbericht des Gletschermessnetzes Glamos hervor, den die Akademie der Naturwissenschaften am Donnerstag veröffentlichte.", True, [], None),
    ("de", "Seit 2000 ist damit insgesamt gut ein Drittel des Eises geschmolzen.", True,
     [("year", 2000, None, None), ("fraction", 0.3333, None, "over")], None),
    ("de", "Besonders stark schmolzen die Gletscher im Wallis und im Berner Oberland, wo an einzelnen Messpunkten bis zu 3,5 Meter Eisdicke verloren gingen.", True,
     [("count", 3.5, None, "up_to")], None),
    ("de", "«Ein schneearmer Winter und ein glühend heisser Juni – das ist für das Eis eine fatale Mischung», sagte Glamos-Leiterin Seraina Planta.", False, [], None),
    ("de", "Planta sagte, ohne eine deutliche Senkung der Treibhausgasemissionen dürften bis 2100 mehr als 90 Prozent des heutigen Eises verschwinden.", True,
     [("year", 2100, None, None), ("percent", 90, "%", "over")], "Planta"),
    ("de", "Im vergangenen Winter fiel laut MeteoSchweiz an vielen Stationen nur rund 60 Prozent der üblichen Schneemenge.", True,
     [("percent", 60, "%", "about")], "MeteoSchweiz"),
    ("de", "Ob sich die Gletscher in den kommenden Jahren etwas erholen können, hängt laut den Forschenden vor allem von den Wintern ab.", False, [], None),
    # --- EU court upholds cartel fine (Reuters) ---
    ("en", "LUXEMBOURG, Oct 15 (Reuters) - Norvik Chemicals lost its challenge on Thursday against a 412 million euro ($478 million) EU antitrust fine for taking part in a cartel to fix the prices of industrial solvents.", True,
     [("date", "--10-15", None, None), ("money", 412000000, "EUR", None), ("money", 478000000, "USD", None)], None),
    ("en", "The European Commission imposed the penalty in 2022 on Norvik and three rivals, fining the four companies a total of 1.06 billion euros.", True,
     [("year", 2022, None, None), ("count", 3, None, None), ("count", 4, None, None), ("money", 1060000000, "EUR", None)], None),
    ("en", "The cartel operated for nearly nine years, from 2009 to 2018, the Commission said.", True,
     [("duration", 9, "year", "nearly"), ("year", 2009, None, None), ("year", 2018, None, None)], "the Commission"),
    ("en", "The General Court said the EU executive had correctly established Norvik's role as a ringleader, and it rejected all eight of the company's pleas.", True,
     [("count", 8, None, None)], "the General Court"),
    ("en", "Norvik may still take the case to the Court of Justice, the EU's top court, on points of law only.", True, [], None),
    ("en", "A Norvik spokeswoman said the company was disappointed and would study the judgment before deciding on next steps.", False, [], None),
    ("en", "Norvik's shares closed 1.2% lower in Oslo.", True,
     [("percent", 1.2, "%", None)], None),
    # --- Krypto-Betrug vor Gericht in Graz (APA) ---
    ("de", "Graz (APA) - Wegen schweren gewerbsmäßigen Betrugs mit angeblichen Krypto-Investments ist ein 46-jähriger Steirer am Donnerstag am Straflandesgericht Graz zu fünfeinhalb Jahren Haft verurteilt worden.", True,
     [("duration", 46, "year", None), ("duration", 5.5, "year", None)], None),
    ("de", "Laut Anklage hatte er zwischen 2021 und 2024 mehr als 230 Anlegerinnen und Anleger um insgesamt rund 4,7 Millionen Euro gebracht.", True,
     [("year", 2021, None, None), ("year", 2024, None, None), ("count", 230, None, "over"), ("money", 4700000, "EUR", "about")], None),
    ("de", "Ein mitangeklagter 39-Jähriger erhielt 20 Monate bedingt.", True,
     [("duration", 39, "year", None), ("duration", 20, "month", None)], None),
    ("de", "Der Hauptangeklagte hatte sich nur teilweise schuldig bekannt.", True, [], None),
    ("de", "Sein Verteidiger sprach von einem „völlig überzogenen Urteil“.", False, [], None),
    ("de", "„Sie haben aus der Gutgläubigkeit älterer Menschen ein Geschäft gemacht“, sagte die vorsitzende Richterin.", False, [], None),
    ("de", "Den Geschädigten wurden Beträge von insgesamt 1,3 Millionen Euro zugesprochen.", True,
     [("money", 1300000, "EUR", None)], None),
    ("de", "Die Urteile sind nicht rechtskräftig, der Staatsanwalt erbat drei Tage Bedenkzeit.", True,
     [("duration", 3, "day", None)], None),
    # --- Harborline Financial results (Reuters) ---
    ("en", "NEW YORK, Oct 15 (Reuters) - Third-quarter profit at Harborline Financial climbed 14%, as higher fees from dealmaking and wealth management outweighed a jump in loan-loss provisions.", True,
     [("date", "--10-15", None, None), ("ordinal", 3, None, None), ("percent", 14, "%", None)], None),
    ("en", "The Charlotte-based lender earned $1.46 billion, or $2.08 a share, in the quarter that ended on Sept. 30, against $1.28 billion, or $1.79 a share, a year earlier.", True,
     [("money", 1460000000, "USD", None), ("money", 2.08, "USD", None), ("date", "--09-30", None, None), ("money", 1280000000, "USD", None), ("money", 1.79, "USD", None)], None),
    ("en", "Analysts had expected $1.94 per share, according to LSEG data.", True,
     [("money", 1.94, "USD", None)], None),
    ("en", "Investment banking fees jumped 31% to $612 million, while provisions for credit losses rose to $420 million from $305 million.", True,
     [("percent", 31, "%", None), ("money", 612000000, "USD", None), ("money", 420000000, "USD", None), ("money", 305000000, "USD", None)], None),
    ("en", "Chief Executive Dana Whitlock said the bank would cut about 800 jobs, or roughly 2% of its workforce, by the end of next year.", True,
     [("count", 800, None, "about"), ("percent", 2, "%", "about")], "Dana Whitlock"),
    ("en", "\u201cOur franchise has never been in better shape,\u201d Whitlock said.", False, [], None),
    ("en", "Shares rose 3.2% in premarket trading.", True,
     [("percent", 3.2, "%", None)], None),
    ("en", "Analysts cautioned that the dealmaking boom might not outlast a slowing economy.", False, [], None),
    # --- Stellenabbau bei Autozulieferer (APA) ---
    ("de", "Graz (APA) - Der steirische Autozulieferer Murtal Drivetrain baut bis Ende 2027 rund 380 seiner 2.150 Arbeitsplätze ab.", True,
     [("year", 2027, None, None), ("count", 380, None, "about"), ("count", 2150, None, None)], None),
    ("de", "Grund seien der Einbruch der Aufträge deutscher Autohersteller und hohe Energiekosten, teilte das Unternehmen am Donnerstag mit.", True,
     [], "das Unternehmen"),
    ("de", "Der Umsatz ging im ersten Halbjahr um 17 Prozent auf 312 Millionen Euro zurück.", True,
     [("ordinal", 1, None, None), ("percent", 17, "%", None), ("money", 312000000, "EUR", None)], None),
    ("de", "Vorstandschef Bernhard Krainz sagte, ein Teil der Stellen werde über Pensionierungen und auslaufende Verträge abgebaut, Kündigungen seien aber unvermeidlich.", True,
     [], "Bernhard Krainz"),
    ("de", "„Diese Entscheidung ist uns wirklich nicht leichtgefallen“, sagte Krainz.", False, [], None),
    ("de", "Die Gewerkschaft PRO-GE sprach von einem „Kahlschlag, den die Beschäftigten ausbaden müssen“.", False, [], None),
    ("de", "Das Land Steiermark kündigte an, eine Arbeitsstiftung für die Betroffenen mit 4,5 Millionen Euro zu unterstützen.", True,
     [("money", 4500000, "EUR", None)], None),
    # --- Hospice treasurer jailed (PA) ---
    ("en", "LONDON (PA) - A former hospice treasurer who siphoned off more than £640,000 to feed a gambling habit has been given a jail term of six years and eight months.", True,
     [("money", 640000, "GBP", "over"), ("duration", 6, "year", None), ("duration", 8, "month", None)], None),
    ("en", "Graham Pettifer, 58, of Romford, made 214 transfers from the charity's accounts into his own over seven years, Snaresbrook Crown Court heard.", True,
     [("duration", 58, "year", None), ("count", 214, None, None), ("duration", 7, "year", None)], None),
    ("en", "He had pleaded guilty to abusing his position for gain at a previous hearing.", True, [], None),
    ("en", "The hospice said the losses had forced it to close four of its 16 inpatient beds for nearly a year.", True,
     [("count", 4, None, None), ("count", 16, None, None)], "the hospice"),
    ("en", "Judge Miriam Achebe-Lloyd told him he had betrayed the trust of staff, volunteers and dying patients.", False, [], None),
    ("en", "In a statement read to the court, the hospice's chief executive said the theft had left staff feeling \u201csick and betrayed\u201d.", False, [], None),
    ("en", "Prosecutors will seek to claw back the money through confiscation proceedings starting in March.", True, [], None),
    # --- Frontalkollision bei Spiez (Keystone-SDA) ---
    ("de", "Thun (Keystone-SDA) - Zwei Menschen sind am Donnerstagmorgen bei einer Frontalkollision zwischen Spiez und Wimmis BE tödlich verunglückt.", True,
     [("count", 2, None, None)], None),
    ("de", "Ein 67-jähriger Autolenker geriet auf die Gegenfahrbahn und prallte in einen Lieferwagen, teilte die Kantonspolizei Bern mit.", True,
     [("duration", 67, "year", None)], "die Kantonspolizei Bern"),
    ("de", "Der Lenker und seine 64-jährige Beifahrerin starben noch auf der Unfallstelle.", True,
     [("duration", 64, "year", None)], None),
    ("de", "Der 31-jährige Chauffeur des Lieferwagens wurde mit der Rega ins Inselspital geflogen.", True,
     [("duration", 31, "year", None)], None),
    ("de", "Die Strasse blieb während rund vier Stunden gesperrt, die Staatsanwaltschaft hat eine Untersuchung eröffnet.", True,
     [("duration", 4, "hour", "about")], None),
    ("de", "Weshalb das Auto auf die Gegenfahrbahn geriet, ist Gegenstand der Abklärungen.", False, [], None),
    ("de", "Seit Jahresbeginn sind im Kanton Bern damit 29 Menschen im Strassenverkehr gestorben, sechs mehr als in der Vorjahresperiode.", True,
     [("count", 29, None, None), ("count", 6, None, None)], None),
    # --- Oil (Reuters) ---
    ("en", "LONDON, Oct 15 (Reuters) - Oil prices rose on Thursday after U.S. government data showed a surprise drop in crude inventories, while a hurricane in the Gulf threatened offshore output.", True,
     [("date", "--10-15", None, None)], None),
    ("en", "Brent crude futures were up 94 cents, or 1.4%, at $66.81 a barrel by 1320 GMT.", True,
     [("money", 0.94, "USD", None), ("percent", 1.4, "%", None), ("money", 66.81, "USD", None)], None),
    ("en", "U.S. West Texas Intermediate crude gained 1.6% to $62.95.", True,
     [("percent", 1.6, "%", None), ("money", 62.95, "USD", None)], None),
    ("en", "Crude inventories dropped 3.1 million barrels in the week to 418.6 million barrels, the Energy Information Administration said.", True,
     [("count", 3100000, None, None), ("count", 418600000, None, None)], "the Energy Information Administration"),
    ("en", "Analysts in a Reuters poll had forecast an increase of 1.2 million barrels.", True,
     [("count", 1200000, None, None)], None),
    ("en", "Energy companies had shut about 18% of oil output in the U.S. Gulf ahead of Hurricane Lorenza, according to the Bureau of Safety and Environmental Enforcement.", True,
     [("percent", 18, "%", "about")], "the Bureau of Safety and Environmental Enforcement"),
    ("en", "\u201cThe storm is adding back a risk premium the market had almost forgotten about,\u201d said a Singapore-based trader.", False, [], None),
    # --- Herbststurm (dpa) ---
    ("de", "Offenbach (dpa) - Vor dem ersten schweren Herbststurm der Saison hat der Deutsche Wetterdienst (DWD) für Freitag eine Unwetterwarnung herausgegeben.", True,
     [("ordinal", 1, None, None)], None),
    ("de", "Im Flachland seien Sturmböen von bis zu 85 Kilometern pro Stunde möglich, auf den Gipfeln der Mittelgebirge Orkanböen von bis zu 130 Kilometern pro Stunde, teilte der DWD mit.", True,
     [("count", 85, None, "up_to"), ("count", 130, None, "up_to")], "der DWD"),
    ("de", "An der Nordseeküste werden Sturmfluten von bis zu 1,8 Metern über dem mittleren Hochwasser erwartet.", True,
     [("count", 1.8, None, "up_to")], None),
    ("de", "Die Deutsche Bahn kündigte an, den Fernverkehr auf mehreren Strecken im Norden vorsorglich einzuschränken.", True, [], None),
    ("de", "Die Meteorologen rieten, lose Gegenstände auf Balkonen zu sichern und Waldgebiete zu meiden.", False, [], None),
    ("de", "In der Nacht auf Sonntag kann es in höheren Lagen erstmals Frost mit bis zu minus 3 Grad geben.", True,
     [("count", -3, None, "up_to")], None),
    ("de", "Wie lange das stürmische Wetter anhält, ist nach Einschätzung der Meteorologen noch unsicher.", False, [], None),
    # --- Storm Fenella (PA) ---
    ("en", "LONDON (PA) - The Met Office has named Storm Fenella, with gusts of up to 80mph forecast for parts of western Scotland and Northern Ireland on Friday.", True,
     [("count", 80, None, "up_to")], None),
    ("en", "An amber warning for wind covers 14 hours from 6am on Friday, the Met Office said.", True,
     [("duration", 14, "hour", None)], "the Met Office"),
    ("en", "Fenella is the sixth named storm of the season, which began on September 1.", True,
     [("ordinal", 6, None, None), ("date", "--09-01", None, None)], None),
    ("en", "Ferry operator CalMac cancelled 46 sailings to the islands for Friday.", True,
     [("count", 46, None, None)], None),
    ("en", "Forecasters told people to keep off coastal paths and promenades during the worst of the storm.", False, [], None),
    ("en", "Around 31,000 homes lost power during Storm Eamon at the end of September.", True,
     [("count", 31000, None, "about")], None),
    ("en", "More unsettled weather is expected to follow next week.", False, [], None),
    # --- Misstrauensvotum in Paris (AFP) ---
    ("de", "Paris (AFP) - Die Regierung in Paris hat ein Misstrauensvotum der Opposition in der Nationalversammlung nur knapp überlebt.", True, [], None),
    ("de", "Für den Antrag des Rassemblement National stimmten am Donnerstag 271 Abgeordnete, nötig gewesen wären 289 Stimmen.", True,
     [("count", 271, None, None), ("count", 289, None, None)], None),
    ("de", "Es war bereits der dritte Misstrauensantrag gegen Premierminister Julien Marchetti-Duval seit seinem Amtsantritt im Juli.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Anlass war der Haushaltsentwurf für 2027, der Einsparungen von rund 38 Milliarden Euro vorsieht.", True,
     [("year", 2027, None, None), ("money", 38000000000, "EUR", "about")], None),
    ("de", "Marchetti-Duval sagte, Frankreich müsse sein Defizit bis 2030 unter die EU-Obergrenze von drei Prozent der Wirtschaftsleistung senken.", True,
     [("year", 2030, None, None), ("percent", 3, "%", None)], "Marchetti-Duval"),
    ("de", "Das Defizit hatte im vergangenen Jahr bei 5,6 Prozent gelegen.", True,
     [("percent", 5.6, "%", None)], None),
    ("de", "Die Sozialisten warfen der Regierung vor, „die Last einseitig den Beschäftigten aufzubürden“.", False, [], None),
    # --- Hurricane Lorenza (AP) ---
    ("en", "MIAMI (AP) — Hurricane Lorenza strengthened to a Category 3 storm over the Gulf on Thursday with maximum sustained winds of 120 mph (195 km/h), the National Hurricane Center said.", True,
     [("count", 3, None, None), ("count", 120, None, None), ("count", 195, None, None)], "the National Hurricane Center"),
    ("en", "Lorenza is the 13th storm to be named this Atlantic season and the sixth to become a hurricane.", True,
     [("ordinal", 13, None, None), ("ordinal", 6, None, None)], None),
    ("en", "Forecasters expect it to reach Category 4 strength before making landfall on the Louisiana coast late Friday.", True,
     [("count", 4, None, None)], None),
    ("en", "Louisiana's governor ordered mandatory evacuations for about 280,000 residents of low-lying coastal parishes.", True,
     [("count", 280000, None, "about")], None),
    ("en", "A storm surge of 12 to 16 feet is possible between Morgan City and Grand Isle, the hurricane center warned.", True,
     [("count", 12, None, None), ("count", 16, None, None)], None),
    ("en", "Rainfall totals of up to 15 inches are possible across southern Louisiana and Mississippi.", True,
     [("count", 15, None, "up_to")], None),
    ("en", "\u201cThis is not a storm to ride out at home,\u201d the governor told reporters in Baton Rouge.", False, [], None),
    ("en", "Residents lined up at gas stations and hardware stores across the region, stocking up on plywood and bottled water.", False, [], None),
    # --- Frankfurter Buchmesse (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Die Frankfurter Buchmesse hat in diesem Jahr so viele Aussteller wie seit 2019 nicht mehr.", True,
     [("year", 2019, None, None)], None),
    ("de", "Rund 4.200 Aussteller aus 94 Ländern zeigen bis Sonntag ihre Neuerscheinungen, wie die Messe am Donnerstag mitteilte.", True,
     [("count", 4200, None, "about"), ("count", 94, None, None)], "die Messe"),
    ("de", "Die Veranstalter erwarten an den fünf Messetagen mehr als 220.000 Besucherinnen und Besucher.", True,
     [("duration", 5, "day", None), ("count", 220000, None, "over")], None),
    ("de", "Der Börsenverein des Deutschen Buchhandels teilte mit, der Branchenumsatz sei in den ersten neun Monaten um 1,7 Prozent gestiegen.", True,
     [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 1.7, "%", None)], None),
    ("de", "Der Absatz ging demnach um knapp 2 Prozent zurück, die Durchschnittspreise stiegen dagegen.", True,
     [("percent", 2, "%", "nearly")], None),
    ("de", "Viele Verlegerinnen und Verleger zeigten sich zum Auftakt verhalten optimistisch.", False, [], None),
    ("de", "„Das Buch ist lebendiger, als es die Untergangspropheten wahrhaben wollen“, sagte die Vorsteherin des Börsenvereins.", False, [], None),
    ("de", "Am Sonntag erhält die ukrainische Schriftstellerin Olena Hrytsiv in der Paulskirche den Friedenspreis des Deutschen Buchhandels.", True, [], None),
    # --- Auction record in London (AFP) ---
    ("en", "LONDON, Oct 15 (AFP) - A long-lost landscape by the Victorian painter Edwin Marlowe Hale sold for 4.6 million pounds ($6.1 million) at auction in London on Thursday, more than three times its high estimate.", True,
     [("date", "--10-15", None, None), ("money", 4600000, "GBP", None), ("money", 6100000, "USD", None), ("count", 3, None, "over")], None),
    ("en", "The work had been expected to fetch between 800,000 and 1.2 million pounds, the auction house said.", True,
     [("money", 800000, "GBP", None), ("money", 1200000, "GBP", None)], None),
    ("en", "It had hung unrecognised in a farmhouse in Devon for more than 70 years.", True,
     [("duration", 70, "year", "over")], None),
    ("en", "The sale came during Frieze week, when about 160 galleries from 41 countries show work in Regent's Park.", True,
     [("count", 160, None, "about"), ("count", 41, None, None)], None),
    ("en", "The buyer, who bid by telephone, was not identified.", True, [], None),
    ("en", "\u201cYou wait a whole career for a picture like this to walk through the door,\u201d the auctioneer said.", False, [], None),
    ("en", "Dealers said the result showed that collectors still paid up for rare works fresh to the market.", False, [], None),
    # --- Dax (Reuters) ---
    ("de", "Frankfurt (Reuters) - Der Dax hat sich am Donnerstag von seinen jüngsten Verlusten erholt und ist um 1,1 Prozent auf 23.684 Punkte gestiegen.", True,
     [("percent", 1.1, "%", None), ("count", 23684, None, None)], None),
    ("de", "Der EuroStoxx50 legte 0,9 Prozent auf 5.488 Zähler zu.", True,
     [("percent", 0.9, "%", None), ("count", 5488, None, None)], None),
    ("de", "Gefragt waren vor allem Bankenwerte: Commerzbank-Aktien stiegen um 4,2 Prozent, nachdem die US-Bank Harborline überraschend starke Zahlen vorgelegt hatte.", True,
     [("percent", 4.2, "%", None)], None),
    ("de", "Am Index-Ende verloren die Papiere des Chemiekonzerns BASF 2,3 Prozent.", True,
     [("percent", 2.3, "%", None)], None),
    ("de", "Händler sahen in der Hoffnung auf weiter sinkende US-Zinsen den wichtigsten Treiber.", False, [], None),
    ("de", "Der Euro kostete am Abend 1,1482 Dollar.", True,
     [("money", 1.1482, "USD", None)], None),
    ("de", "„Der Markt sucht händeringend nach Gründen für eine Jahresendrally“, sagte ein Aktienstratege.", False, [], None),
    # --- Quantenrekord in Innsbruck (APA) ---
    ("de", "Innsbruck (APA) - Ein Team der Universität Innsbruck hat nach eigenen Angaben einen Rekord bei der Verschränkung von Quantenbits aufgestellt.", True, [], None),
    ("de", "Den Physikern gelang es, 64 Ionen in einer Falle gleichzeitig miteinander zu verschränken, wie sie im Fachjournal „Nature Physics“ berichten.", True,
     [("count", 64, None, None)], None),
    ("de", "Der bisherige Rekord lag bei 51 Teilchen und war 2023 in den USA aufgestellt worden.", True,
     [("count", 51, None, None), ("year", 2023, None, None)], None),
    ("de", "Der verschränkte Zustand hielt knapp eine halbe Sekunde.", True,
     [("duration", 0.5, "second", "nearly")], None),
    ("de", "Studienleiterin Verena Pichlhöfer sagte, die Methode lasse sich auf mehrere Hundert Ionen ausweiten.", True,
     [], "Verena Pichlhöfer"),
    ("de", "„Das ist ein wichtiger Schritt, aber noch lange kein brauchbarer Quantencomputer“, sagte Pichlhöfer.", False, [], None),
    ("de", "Das Projekt wird vom Wissenschaftsfonds FWF mit 2,8 Millionen Euro über fünf Jahre gefördert.", True,
     [("money", 2800000, "EUR", None), ("duration", 5, "year", None)], None),
    # --- Catalytic converter ring (AP) ---
    ("en", "SACRAMENTO, Calif. (AP) — Authorities in California arrested 14 people on Thursday in a crackdown on a ring accused of stealing more than 3,000 catalytic converters, the state attorney general said.", True,
     [("count", 14, None, None), ("count", 3000, None, "over")], None),
    ("en", "Investigators estimate the group resold the parts for about $4.8 million over two years.", True,
     [("money", 4800000, "USD", "about"), ("duration", 2, "year", None)], None),
    ("en", "Search warrants were served at 23 locations in five counties, police said.", True,
     [("count", 23, None, None), ("count", 5, None, None)], "police"),
    ("en", "Those arrested, aged 19 to 47, face charges including organized retail theft and money laundering.", True,
     [("duration", 19, "year", None), ("duration", 47, "year", None)], None),
    ("en", "“These thieves treated our neighborhoods like a parts store,” the attorney general told reporters.", False, [], None),
    ("en", "Catalytic converter thefts in California fell 38% last year after a 2022 law required sellers to prove ownership.", True,
     [("percent", 38, "%", None), ("year", 2022, None, None)], None),
    # --- Wildfire bill in the Senate (Reuters) ---
    ("en", "WASHINGTON, Oct 15 (Reuters) - The U.S. Senate voted 53-46 on Thursday to pass a $61 billion package for wildfire prevention and drought relief in Western states, sending it to the House of Representatives.", True,
     [("date", "--10-15", None, None), ("count", 53, None, None), ("count", 46, None, None), ("money", 61000000000, "USD", None)], None),
    ("en", "Five Democrats joined 48 Republicans in supporting the bill.", True,
     [("count", 5, None, None), ("count", 48, None, None)], None),
    ("en", "The measure would spend $38 billion over 10 years on forest thinning and controlled burns, according to the Congressional Budget Office.", True,
     [("money", 38000000000, "USD", None), ("duration", 10, "year", None)], "the Congressional Budget Office"),
    ("en", "Senator Dolores Whitcombe said the bill would fund 2,000 additional seasonal firefighters for federal land agencies.", True,
     [("count", 2000, None, None)], "Dolores Whitcombe"),
    ("en", "\u201cEvery summer we watch our towns burn, and every summer Washington looks away,\u201d Whitcombe said.", False, [], None),
    ("en", "Critics called the package a giveaway to timber companies dressed up as fire policy.", False, [], None),
    ("en", "The House is not expected to vote on the bill before the Nov. 3 midterm elections.", True,
     [("date", "--11-03", None, None)], None),
    # --- Weltcupauftakt in Sölden (APA) ---
    ("de", "Sölden (APA) - Die Schneekontrolle für den Weltcupauftakt auf dem Rettenbachferner ist am Donnerstag positiv ausgefallen.", True, [], None),
    ("de", "Die Riesentorläufe der Damen und Herren finden wie geplant am 24. und 25. Oktober statt, teilte die FIS mit.", True,
     [("date", "--10-24", None, None), ("date", "--10-25", None, None)], "die FIS"),
    ("de", "Die Schneeauflage auf der Piste beträgt laut den Organisatoren zwischen 60 und 110 Zentimeter.", True,
     [("count", 60, None, None), ("count", 110, None, None)], None),
    ("de", "ÖSV-Herrencheftrainer Lukas Wechselberger sagte, er nominiere für den Auftakt acht Athleten.", True,
     [("count", 8, None, None)], "Lukas Wechselberger"),
    ("de", "„Die Burschen sind hungrig, die Vorbereitung ist richtig gut gelaufen“, sagte Wechselberger.", False, [], None),
    ("de", "Titelverteidiger bei den Herren ist der Schweizer Nando Caviezel, der in Sölden bereits dreimal gewonnen hat.", True,
     [("count", 3, None, None)], None),
    ("de", "Ob Technikspezialistin Katharina Strolz-Eder nach ihrer Knieverletzung rechtzeitig fit wird, ließ der Verband offen.", False, [], None),
    # --- Europa League (dpa) ---
    ("de", "Freiburg (dpa) - Der SC Freiburg hat in der Europa League den zweiten Sieg im dritten Spiel gefeiert.", True,
     [("ordinal", 2, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Die Breisgauer gewannen am Donnerstagabend gegen Ferencváros Budapest mit 2:0 (1:0).", True, [], None),
    ("de", "Vor 31.400 Zuschauern traf Lukas Hennemann in der 38. und 71. Minute.", True,
     [("count", 31400, None, None), ("ordinal", 38, None, None), ("ordinal", 71, None, None)], None),
    ("de", "Mit sechs Punkten liegt Freiburg nun auf Rang neun der Ligaphase.", True,
     [("count", 6, None, None), ("ordinal", 9, None, None)], None),
    ("de", "„Wir haben heute eine erwachsene Leistung gezeigt“, sagte der Freiburger Trainer.", False, [], None),
    ("de", "Der VfB Stuttgart verlor dagegen bei Olympique Lyon mit 1:3 und steht mit drei Punkten auf Platz 22.", True,
     [("count", 3, None, None), ("ordinal", 22, None, None)], None),
    ("de", "Die Stuttgarter haderten nach dem Spiel vor allem mit dem Schiedsrichter.", False, [], None),
    # --- Blue Jays (AP) ---
    ("en", "TORONTO (AP) — Dario Villalobos homered twice and drove in five runs, and the Toronto Blue Jays beat the Seattle Mariners 7-3 on Thursday night for a 3-2 lead in the AL Championship Series.", True,
     [("count", 2, None, None), ("count", 5, None, None)], None),
    ("en", "Villalobos, 24, became the first Blue Jays player with two homers in a postseason game since 2015.", True,
     [("duration", 24, "year", None), ("ordinal", 1, None, None), ("count", 2, None, None), ("year", 2015, None, None)], None),
    ("en", "Starter Owen Brackett allowed two runs in six innings and struck out nine.", True,
     [("count", 2, None, None), ("count", 6, None, None), ("count", 9, None, None)], None),
    ("en", "A sellout crowd of 42,117 packed Rogers Centre.", True,
     [("count", 42117, None, None)], None),
    ("en", "\u201cI was just trying to keep it simple and not chase anything,\u201d Villalobos said.", False, [], None),
    ("en", "Game 6 is set for Saturday in Seattle.", True,
     [("ordinal", 6, None, None)], None),
    ("en", "\u201cWe've been in tough spots before and answered every time,\u201d Mariners manager Ray Delacroix said.", False, [], None),
]
