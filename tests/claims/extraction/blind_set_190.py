"""Hundred-and-ninetieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Hinnerk Fredebeul, Ferdinand Strassegger, Regula Zbinden, Volkmar Thiele, Wiebke Harms,
Korbinian Lechleitner, Beat Gisler, Friedhelm Oberkamp, Günther Wallisch, Lea Hostettler,
Franziska Roos, Norbert Kaltenegger, Leopold Hiesberger; Luc Vermeersch, Darla Huntsinger,
Prairie Ridge Commodities, Tamsin Arkwright, Cal Brenneman, Rakesh Solanki, Gurnam
Sandhawalia, Nathaniel Ruaine, Geraldine Macfarlane, Kenji Morisaki, Yumiko Hoshino, Marla
Voss, Rodrigo Tavares Lemos, Claire Bouchardeau, Seamus Tierney, Owen Pritchard, Oleksandr
Tkachenko-Vovk); presidents, directors and spokespeople of real farmers' associations and
agencies are invented and stand for no real holder, ministers appear under made-up names
that stand for no real holder (the Austrian farm minister, India's agriculture minister,
Japan's farm minister, Canada's trade minister) or by their office only ("ein Sprecher des
Finanzministeriums", "der Agrarkommissar", "der Präsident des französischen Bauernverbands
FNSEA", "ein Sprecher des Landvolks", "the agriculture minister", "a Treasury minister",
"Ukraine's deputy economy minister", "a Defra spokesperson", "the U.S. trade
representative"), and farmers in vox pops by role and place ("ein Milchbauer aus dem
Landkreis Cuxhaven", "ein 58-jähriger Landwirt aus Mistelbach", "one cereal grower from the
Beauce"). Real bodies, places, markets and schemes ("Deutscher Bauernverband",
"Brandenburger Tor", "Tiergarten", "Kanzleramt", "Westungarn", "Győr",
"Gesundheitsministerium", "Landwirtschaftskammer", "Bundesplatz", "Schweizer Bauernverband",
"Bundesrat", "Oder-Spree", "Verbraucherschutzministerium", "Landesvereinigung der
Milchwirtschaft", "Kemptener Börse", "Bundesverband Deutscher Milchviehhalter", "Statistik
Austria", "Arbeiterkammer", "Handelsverband", "EU-Kommission", "Copa-Cogeca", "Gemeinsame
Agrarpolitik", "CSU", "Statistisches Bundesamt", "Nationalrat", "Ständerat", "Deutscher
Raiffeisenverband", "Euronext", "Weinviertel", "Bauernbund", "Bundesamt für
Lebensmittelsicherheit und Veterinärwesen", "BLV", "Grüner Bericht", "Die Grünen",
"Österreich Wein Marketing", "Steiermark", "Grüner Veltliner", "Cloppenburg",
"Friedrich-Loeffler-Institut", "Mercosur", "FNSEA", "Europaparlament"; "FAO", "Schuman
roundabout", "West Flanders", "U.S. Department of Agriculture", "Chicago Board of Trade",
"Whitehall", "Downing Street", "Metropolitan Police", "Treasury", "National Farmers' Union",
"NFU", "Iowa Department of Agriculture and Land Stewardship", "Labor Department", "Punjab",
"Haryana", "European Commission", "Fonterra", "Global Dairy Trade", "Federated Farmers",
"ASB", "Bureau of Meteorology", "Kwinana", "Merredin", "Australian Premium White",
"Setagaya", "Congress", "Mankato", "Conab", "Mato Grosso", "Cerrado", "Dairy Farmers of
Canada", "Quebec", "Leinster House", "Irish Farmers' Association", "IFA", "Gardaí", "Defra",
"Basic Payment Scheme", "Odesa") stand for the way wire copy names them; every harvest,
price, income, subsidy, protest count, outbreak, cull, quota, vote and quote here is
invented, and where a real figure came to mind (a real diesel refund rate, a real tax
threshold, a real quota volume, a real manure limit, a real funding pledge) it was changed.

Its weight: FOOD, FARMING AND FARM PROTESTS over one year in story order (January to
December 2026), 33 stories with the German and English desks interleaved by date, each told
as wire copy runs it (a dateline lead with the protest, the outbreak, the estimate or the
price, the figures, attributed claims, the other side, quotes, the reaction). Half German
(dpa with its regional slugs "dpa/bb" and "dpa/lni", APA, Keystone-SDA, Reuters German, AFP
German; Austrian "heuer", "zugesperrt", "ersucht", Swiss "fliessen", "2'500", "47'000",
"Rappen", «» quotes, German „“ quotes): a tractor convoy on Berlin against the farm-diesel
cut, foot-and-mouth in western Hungary and Austria's closed border crossings, Swiss dairy
farmers on the Bundesplatz, African swine fever in a Brandenburg pig unit, Lower Saxony's
milk price, Austria's food prices, the farm money in the next EU budget, Germany's shrinking
number of farms, the Swiss farm credits in the Nationalrat, the Raiffeisen harvest estimate,
drought and Austria's grain harvest, bluetongue in Switzerland, Austria's farm incomes in
the Grüner Bericht, Austria's smaller wine harvest, avian flu in Cloppenburg and the EU
states' vote on the Mercosur deal. Half English (Reuters, AP, AFP, PA): the FAO food price
index, tractors in Brussels against Mercosur, the USDA's supply and demand report, tractors
in Whitehall over inheritance tax, boos at the Paris farm show, bird flu at an Iowa egg
farm, Indian farmers marching on Delhi, the EU's quotas for Ukrainian farm goods, Fonterra's
opening milk price, Australia's wheat forecast, Japan's rice stockpile, U.S. aid for soybean
growers, Brazil's soybean record, Canada opening its dairy market, Irish farmers and the
nitrates derogation, farm incomes in England and Ukraine's harvest under fire. Figures as
such copy has them: harvests, stocks, quotas and exports in tonnes, bushels and hectolitres,
areas in hectares, herds and flocks culled, tractors counted by the police and by the
organisers, prices per litre, kilogram, tonne, bushel and quintal in cents, Rappen, euros,
francs, dollars, NZ dollars, Australian dollars, rupees and yen, farm incomes and subsidies,
aid packages, tariffs and tariff cuts, votes and abstentions, index points, shares in words
("Jeder dritte Betriebsleiter", "knapp ein Zehntel", "less than a fifth", "about
two-thirds", "Almost one in five"), multiples ("mehr als doppelt so viele", "nearly double",
"nearly three times as many"), compounds ("gut dreistündige", "Zwölf-Punkte-Katalog",
"siebenjährigen", "a planned four-hour tour", "A 5-kilogram bag", "225kg"), ordinals ("Zum
dritten Mal", "im zweiten Anlauf", "das drittteuerste Dürrejahr", "the state's 11th
commercial outbreak", "a 20th straight year", "the world's third-largest exporter"),
seasons, ages, years, dates with and without a year and hedges. Negatives as such copy has
them: farmers' leaders' and ministers' rhetoric, a rallying cry at a demonstration, labels
by a farm lobby, a retail federation, parties and the parliament's left, warnings and
forecasts without a figure, appeals to animal keepers and flock owners, hopes, open
questions, a vow tied to a condition, analysts' verdicts and vox pops - seven of them
carrying figures, labelled.

243 rows (122 German, 121 English), 56 negatives (28 German, 28 English), 187 check-worthy
rows of which 21 carry no figure (11 German, 10 English), 300 expected quantities (105
counts, 56 amounts of money - 23 EUR, 11 USD, 6 CHF, 6 GBP, 5 NZD, 2 INR, 2 AUD, 1 JPY -, 40
percentages - 39 in %, 1 in percentage points -, 28 durations - 18 in years, 3 in hours, 3
in weeks, 2 in days, 2 in months -, 27 years, 17 fractions, 14 ordinals, 13 dates; 8 of them
in seven negatives, as the seventeenth batch labels a figure in a negative), 37 checked
speakers (19 German, 18 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, label, warning, appeal or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-first, hundred-forty-eighth, hundred-fifty-fifth); a reported fact or
  figure is check-worthy with its speaker. The pairs from one speaker: Fredebeul's 5.600
  Euro beside „Wer uns den Diesel nimmt, ...“ and „Jeder Hof, der aufgibt, ...“;
  Strassegger's exports beside „Wir dürfen uns jetzt keinen einzigen Fehler leisten, ...“;
  Zbinden's hourly wage beside «Mit diesen Preisen ...»; Kaltenegger's half of farm incomes beside „Ohne
  Ausgleichszahlungen ...“; Hiesberger's cask-wine prices beside his „Was heuer in den
  Keller kommt, ...“. Konjunktiv I paraphrases of a fact, a figure or a stated cause are
  check-worthy with the speaker their own attribution gives ("Das spare dem Bund ...", "Ein
  Milchbetrieb im Talgebiet erwirtschafte ...", "Grund seien vor allem steigende
  Anlieferungen ..., sagte Marktanalystin Wiebke Harms." - hundred-fiftieth: "Grund sei das
  hohe Milchangebot ..." -, "Der Dürreschaden belaufe sich ...", "Bisher seien 1'380 Schafe
  ..."; thirty-ninth, hundred-second), with the speaker unchecked when the attribution
  stands only in a neighbour ("Rund 40 Prozent der Weinbaubetriebe hätten ... aufgegeben.";
  ninety-third, hundred-fifty-ninth). A minister's pledge about the budget ("Der
  Agrarkommissar sagte in Brüssel, kein Landwirt werde nach 2028 weniger Geld erhalten als
  heute.") and a projection in Konjunktiv II ("Das wären knapp 8 Prozent mehr ...", "Das
  wäre knapp ein Zehntel weniger ..."; hundred-forty-second, hundred-seventy-sixth) are
  check-worthy.
- Check-worthy without a figure (21 rows; ninety-third, hundred-fifty-fifth,
  hundred-eighty-third): leads that report a protest, a cut or a drought with a vague
  magnitude ("Tausende Landwirte", "Hundreds of tractors", "Tens of thousands of farmers" -
  none, seventeenth), scene facts of a protest ("Protesters set fire to tyres and hay bales
  ...", "riot police used water cannon"), a cull ordered ("All of the birds will be killed
  ..."), the source line of a release ("Das geht aus Zahlen der Landesvereinigung der
  Milchwirtschaft hervor."; hundred-eighty-third), a stated cause ("Officials blame last
  summer's heat ...", "Der Bauernverband führt den Rückgang vor allem auf ... zurück.";
  hundred-fiftieth), demands ("Thiele forderte schnellere Entschädigungen ..."; hundred-
  fifty-fifth: "Die Deutsche Krebshilfe forderte ..."), governments announcing opposition,
  diplomats' account of a blocking minority, a minister's promise of a bill, the next step
  of a bill or deal ("Das Geschäft geht nun an den Ständerat.", "The agreement still needs
  to be approved by Parliament.", "The European Commission is due to decide ..."), an
  institute's published risk level ("Das Friedrich-Loeffler-Institut stuft das Risiko ...
  als hoch ein."), a statement of fact on food safety ("Für Menschen ist das Virus
  ungefährlich, ...") and "China bought no U.S. soybeans between June and August, ..." ("no"
  none).
- Harvests, stocks, quotas, herds and areas are counts (fourth and eighty-first: physical
  measures are counts; hundred-thirty-ninth: "mit 3.342 Tonnen"; hundred-forty-fourth: "rund
  41 Tonnen Zwiebeln"): tonnes ("rund 43,2 Millionen Tonnen", "21,9 Millionen Tonnen ...,
  rund 3,8 Millionen Tonnen", "rund 2,6 Millionen Tonnen", "ein Zollkontingent von 92.000
  Tonnen im Jahr ..., für Geflügel von 180.000 Tonnen", "92,000 tonnes of beef a year",
  "105,000 tonnes", "125,000 tonnes ... and 18,000 tonnes", "1.3 million tonnes, up from 1
  million" - the unit written once, forty-sixth and seventy-sixth -, "172 million tonnes, up
  from 169 million", "29.6 million tonnes", "11.2 million tonnes ... 5.4 million tonnes", "a
  further 200,000 tonnes" - "a further" no hedge, seventy-third -, "about 310,000 tonnes",
  "up to 100,000 tonnes" "up_to", "a record 177.6 million tonnes" - "a record" no hedge,
  twenty-third -, "141.2 million tonnes", "about 113 million tonnes", "a record 112 million
  tonnes", "an additional 18,000 tonnes" - "additional" no hedge, hundred-fifty-fifth -,
  "about 59 million tonnes, up from 56.3 million tonnes", "22.8 million tonnes ... about 31
  million tonnes", "9.7 million tonnes"), bushels ("1.71 billion bushels ... 1.84 billion",
  "by 75 million bushels to a record 3.1 billion bushels", "380 million bushels"),
  hectolitres ("rund 2,2 Millionen Hektolitern"), hectares ("67 Hektar", "knapp 6,1
  Millionen Hektar" "nearly", "49.8 million hectares", "about 4.5 million hectares", and in
  a negative "who crops 4,800 hectares" labelled), glued units ("up to 225kg of nitrogen
  ..., rather than the standard 165kg" 225 "up_to" and 165; fifteenth and
  hundred-fifty-second: "a 20cm kitchen knife"), distances of disease zones ("eine
  Schutzzone von drei Kilometern und eine Überwachungszone von zehn Kilometern" 3 and 10,
  "mit einem Radius von zehn Kilometern" 10; hundred-forty-fourth: "72 miles"), animals
  ("bei 14 Tieren ..., der gesamte Bestand von rund 1.150 Rindern", "rund 2.900 Tieren",
  "mehr als 3.400 infizierte Wildschweine" "over", "1'380 Schafe", "rund 140.000 Legehennen
  und Puten", "mehr als 1,1 Millionen Tiere" "over", "about 4.2 million hens", "more than 31
  million" "over"), farms and sites ("rund 248.000 Betriebe", "die gut 47'000 Betriebe"
  "over" - hundred-eighty-third: "gut" "over" -, "412 Betriebe", "knapp 1.900 ... Betrieben"
  "nearly", "about 390,000 farms, down from 1.1 million in 1988", "roughly 9,300 dairy
  farms" "about", "about 7,000 farms", "seit dem Jahr 2000 von rund 44'000 auf unter 17'000"
  "about" and "under", Swiss "2'500" and "47'000" as 2,500 and 47,000 -
  hundred-eighty-third: "11'000" -), border crossings, districts, cantons and states ("19
  kleinere Grenzübergänge", "at least five border crossings" "at_least", "in vier
  Nachbarkreisen", "aus allen 26 Kantonen", "aus 14 Bundesländern", "21 der 27
  Mitgliedsländer" both - forty-first: definite groups -), "for 23 crops" and "all 23
  crops", "five of the last seven events" 5 and 7, "A carton of 12 large eggs" 12, "Der
  Entscheid fiel mit 121 zu 68 Stimmen bei 3 Enthaltungen" three counts (votes,
  hundred-thirty-eighth and hundred-fifty-first), "in drei Schritten" 3 (hundred-fiftieth
  and hundred-eighty-third: "in zwei Stufen" 2), "einen Zwölf-Punkte-Katalog" 12
  (hundred-sixteenth and hundred-fifty-second: "Zehn-Punkte-Plan"), "A 5-kilogram bag of
  rice" 5 (the figure heading a compound, hundred-fiftieth: "the 20-country bloc";
  hundred-eighty-third: "a three-county area"), "17 times" 17 (the issue's "100 Mal"),
  "About 607,000 visitors" "about" and the index levels "124.6 points" and "127.1 points"
  (sixteenth: "130.1 points"; sixty-second). New: "Eleven people" and "Fourteen officers" at
  the head of a sentence are counts 11 and 14 - a number word capitalised is still the
  number.
- Protest counts (hundred-fifty-eighth: the police's and a union's tractor counts): the
  police's and the organisers' figures stand in their own rows with their own sources ("Nach
  Angaben der Polizei rollten am Montag rund 4.800 Traktoren ..." -> "die Polizei"; "Der
  Deutsche Bauernverband sprach dagegen von mehr als 7.000 Fahrzeugen ..." unchecked -
  "sprach von" a verb not of saying, hundred-sixty-second -; "About 1,300 tractors ...,
  according to a police estimate." unchecked - an estimate, hundred-tenth -; "The
  Metropolitan Police said 612 tractors ..." -> "the Metropolitan Police"; "Farm unions said
  about 18,000 tractors ..." unchecked, a plural source, forty-first; "Nach Angaben der
  Brüsseler Polizei waren rund 950 Traktoren ..." -> "die Brüsseler Polizei"; "Around 3,000
  farmers marched ..."; "Rund 2'500 Bäuerinnen und Bauern ..."), detentions and injuries
  ("drei Teilnehmer wurden ... angezeigt", "Fourteen officers were slightly injured and 23
  people were detained, police said." -> "police", "Eleven people were detained ..., police
  said." -> "police").
- Prices per unit (hundred-thirty-ninth, hundred-fiftieth, hundred-fifty-fourth): money in
  the currency written, the unit of the rate carrying none ("je Liter", "je Kilogramm", "je
  Kilogramm Schlachtgewicht", "je Tonne", "a bushel", "a tonne" - hundred-fifty-eighth:
  "$6,240 a tonne" -, "per quintal" - the hundred-forty-first: "je Doppelzentner" -, "a
  year", "im Jahr"). Cent are EUR hundredths ("19,7 Cent je Liter" 0.197, "44,6 Cent ...,
  3,8 Cent weniger ... gut 7 Cent weniger" 0.446, 0.038 and 0.07 "over", "rund 52 Cent" 0.52
  "about", "um 5 Cent auf 1,72 Euro" 0.05 and 1.72; hundred-fifteenth and hundred-fiftieth:
  "47 Cent je Kilogramm"), Rappen are CHF hundredths ("79 Rappen ..., eine Erhöhung um 5
  Rappen" 0.79 and 0.05; hundred-fifteenth), U.S. cents are USD hundredths ("slipped 6 cents
  to $10.18 a bushel" 0.06 and 10.18; tenth, eleventh), "von 1,10 auf 0,85 Euro je Liter"
  1.1 and 0.85 (the unit written once), "198 Euro je Tonne", "$4.46 a bushel", "2,585 rupees
  per quintal" INR, "A$368 a tonne ..., up A$22" AUD, "4,380 yen" JPY, "$5.12", "2,79 Euro",
  NZD ("NZ$9.40 a kilogram of milk solids ..., the NZ$10.05", "a range of NZ$8.40 to
  NZ$10.40" both ends - "to" no hedge -, "at least NZ$8.60" "at_least";
  hundred-thirty-fifth: "NZ$5 million"). New: "$44 an acre, corn growers $31 and wheat
  growers $28" is three amounts in USD, the elliptic "$31" and "$28" taking the rate of the
  first, and "an acre" and "per hectare" carry none - the base of a rate, as "a tonne" and
  "je Doppelzentner". New: "a kilogram of milk solids" carries none either - "a" an article
  (hundred-fifty-second: "over a year" none) and the unit of the price.
- Incomes, subsidies, budgets and aid in the currency written (every batch): EUR ("rund 430
  Millionen Euro im Jahr" "about", "rund 5.600 Euro im Jahr", "rund 1,4 Milliarden Euro",
  "rund 160 Millionen Euro", "mindestens 293 Milliarden Euro" "at_least", "etwa 190
  Millionen Euro" "about", "jährlich mit 50 Millionen Euro", "durchschnittlich 36.870 Euro
  ..., nach 40.520 Euro" - "durchschnittlich" no hedge, hundred-fifty-fifth -, "bis zu 4
  Milliarden Euro im Jahr" "up_to", "up to 2.1 billion euros" "up_to", "300 million euros a
  year"), CHF ("einen Stundenlohn von 17 Franken", "insgesamt 13,9 Milliarden Franken" -
  "insgesamt" no hedge -, "260 Millionen Franken mehr" - "mehr" after the figure compares,
  hundred-first -, "Rund 2,8 Milliarden Franken"), USD ("$11 billion", "$12.6 billion",
  "more than $1.4 billion" "over", "$1.1 billion"), GBP ("more than 1.25 million pounds"
  "over", "about 540 million pounds a year" "about", "£38,900", "an average of £142,600" and
  "an average of just £14,200" - "an average of" and "just" no hedge -, "4.7 billion
  pounds"), INR ("more than 10 trillion rupees a year" "over").
- Percentages as written: "4,3 Prozent gegenüber dem Vorjahresmonat" ("gegenüber dem
  Vorjahresmonat" none), "2,9 Prozent", "18 Prozent", "durchschnittlich um 23 Prozent",
  "rund 5 Prozent" "about", "knapp 14 Prozent" and "knapp 8 Prozent" "nearly", "fast 45
  Prozent" "nearly", "bis zu 70 Prozent" "up_to", "Rund 40 Prozent" "about", "80 Prozent der
  Kosten", "um 11 Prozent weniger", "27 Prozent ..., um 4 Prozent", "auf 7,5 Prozent", "fell
  14%", "down 1.1%", "4.3% higher than in 2025", "slid 3.8%", "about 18% below" and "by
  about 9%" and "about 3.6%" "about", "a reduced tariff of 7.5%", "by more than 10%" "over",
  "an effective rate of 18%", "73% of farms", "40% more than in 2020", "up 38% from a year
  earlier", "by 6.6%", "up 3.4%", "tariffs of up to 270%" "up_to", "by 41%", "up 17%", "fell
  9% year on year" ("year on year" none); a cut in points is in pp ("cut by a further 24
  percentage points" 24 pp; hundred-twentieth, hundred-forty-eighth).
- Shares are fractions (the issue: "ein Fünftel", "jeder vierte"): "rund ein Fünftel weniger
  als bisher" 0.2 "about", "knapp ein Drittel des EU-Haushalts" 0.3333 "nearly", "gut ein
  Drittel unter dem Niveau vom Sommer 2022" 0.3333 "over" (a share written as a fall stays a
  fraction, hundred-fifty-second and hundred-eighty-third), "teils um ein Drittel unter dem
  langjährigen Schnitt" 0.3333 ("teils" no hedge - New: "teils" restricts where the figure
  holds, not how exact it is, as "zeitweise" before a speed, hundred-thirty-fifth), "Jeder
  dritte Betriebsleiter" 0.3333 and "bei knapp einem Drittel davon" 0.3333 "nearly", "mehr
  als die Hälfte der bäuerlichen Einkommen" 0.5 "over", "knapp ein Zehntel weniger" 0.1
  "nearly" (hundred-thirtieth: "um gut ein Zehntel"), "less than a fifth of the volume" 0.2
  "under" and "less than half the long-term average" 0.5 "under" and "less than a third of
  its level" 0.3333 "under" (hundred-thirty-second: "less than half the level a year
  earlier"), "about two-thirds" 0.6667, "roughly a quarter" 0.25, "about half" 0.5, "around
  three-quarters" 0.75 "about", "Almost one in five farms" 0.2 "nearly"
  (hundred-fifty-second: "Almost one in four"), and in a negative "half the dairy farms" 0.5
  labelled.
- Multiples are counts (forty-fifth, seventy-sixth, hundred-thirty-eighth): "mehr als
  doppelt so viele" 2 "over", "nearly double its price" 2 "nearly" (hundred-forty-first:
  "nearly double the area"), and "nearly three times as many farms" 3 "nearly" (the issue's
  "viermal" 4, the hedge as on "fast doppelt so viel").
- Durations and ages (the issue: "fünfstündigen", "dreitägige Reise", "a two-week visit"):
  "Die gut dreistündige Kundgebung" 3 hours "over", "im siebenjährigen Finanzrahmen" 7
  years, "a planned four-hour tour" 4 hours, "for about five hours" "about", "vorerst für 30
  Tage", "within 30 days" ("within" no hedge), "erstmals seit elf Monaten" 11 months
  ("erstmals" none, hundred-thirty-third), "binnen vier Wochen" and "innerhalb von zwei
  Wochen" ("binnen" no hedge), "about two weeks later than usual" "about", "phased in over
  six years" and "über sechs Jahre schrittweise", "over the next ten years", "for at least
  three years" "at_least", "over two years", "der vergangenen fünf Jahre", "binnen zehn
  Jahren", "in den vergangenen zehn Jahren", "vor drei Jahren" and "two years ago" 3 and 2
  years (hundred-eighty-third: "almost three years ago"), "the first three months" ordinal 1
  and 3 months (eightieth: "in den ersten zehn Monaten"); ages ("älter als 55 Jahre" 55
  years "over"; hundred-fifty-second: "älter als 85 Jahre") and, labelled in negatives, "Luc
  Vermeersch, 52," and "Marla Voss, 61," (sixty-third, hundred-fiftieth), "ein 58-jähriger
  Landwirt", "four years", "40 years", "for two years". None: "binnen eines Jahres" (an
  article, hundred-fifty-second), "within a year", "a year earlier", "a month earlier", "vor
  einem Jahr", "im Jahr davor", "im Vorjahr", "last year", "this year", "in diesem Jahr",
  "heuer", "jährlich", "annually", "annual", "fortnightly", "in a week", "years", "Ende
  April", "Seit Anfang Juli", "Seit Anfang Oktober", "since October", "im Herbst", "before
  the summer", "by the end of the year", "by midday", "the July-June season" (New: months
  naming a marketing year carry none, as months alone do), weekdays and months.
- Ordinals: "Zum dritten Mal binnen eines Jahres" 3 (the issue's "zum zweiten Mal"), "im
  zweiten Anlauf" 2, "Seit dem ersten Fall" 1, "das drittteuerste Dürrejahr" 3 (the issue's
  "die drittgrößte Stadt"), "for a fourth consecutive month" 4, "for a third month in a row"
  3, "their fourth mass protest" 4, "the state's 11th commercial outbreak" 11, "for the 14th
  straight week" 14, "a second crop" 2, "for a 20th straight year" 20, "the first payments"
  1, "the world's third-largest exporter" 3 (hundred-eighty-third: ordinals of rounds and
  strikes). None: "the world's largest dairy exporter", "the biggest risk", "am stärksten"
  (a superlative without a number word, hundred-fifty-second).
- Years, seasons and dates: "bis 2028", "ab 2028", "nach 2028", "bis 2034", "seit 1981", "im
  Herbst 2020", "in den Jahren 2027 bis 2030" both, "im Sommer 2022", "in March 2022", "in
  2022", "in 1988", "in 2020", "in 2024", "since September 2023", "from April 2027", "by
  2027", "in 2027", "in 2025", "than in 2025", "Damit sei 2026 das drittteuerste ..." the
  year; seasons give both years ("in the 2026/27 season" 2026 and 2027; eighty-eighth);
  Reuters and AFP English datelines with a day ("ROME, Jan 9", "BRUSSELS, Jan 22",
  "WASHINGTON, Feb 10", "PARIS, Feb 28", "NEW DELHI, March 18", "BRUSSELS, May 20",
  "WELLINGTON, May 28", "SYDNEY, June 2", "TOKYO, Aug 5", "BRASILIA, Sept 11", "OTTAWA, Oct
  14", "KYIV, Dec 3") and "in the week to July 27" dates without a year
  (hundred-forty-seventh, hundred-fifty-second); dpa, APA, Keystone-SDA, Reuters German, AFP
  German, AP and PA datelines none (seventy-ninth). New: "Das Virus vom Typ H5N1" carries
  none - a virus subtype's name with figures, as "Covid-19" (twenty-ninth, fortieth) and
  "type 2 diabetes" (hundred-fifty-fifth). New: "Der Richtpreis für A-Milch" carries none -
  a grade letter in a compound, no figure.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "Around",
  "around", "roughly" "about"; "knapp", "fast", "nearly", "Almost" "nearly"; "mehr als",
  "gut", "älter als", "more than" "over"; "unter", "less than" "under"; "bis zu", "up to"
  "up_to"; "mindestens", "at least" "at_least". No hedge: "im Schnitt", "durchschnittlich",
  "an average of", "insgesamt", "derzeit", "zuletzt", "bisher", "vorerst", "nur", "just",
  "teils", "a further", "additional", "a record", "within", "binnen", "innerhalb von",
  "typically", "to" in a range, "mehr" and "weniger" after a figure.
- Speakers, checked only in forms the earlier batches settled: "Nach Angaben der Polizei" ->
  "die Polizei", "Nach Angaben des Ministeriums" -> "das Ministerium", "Nach Angaben der
  Brüsseler Polizei" -> "die Brüsseler Polizei" (the source in the nominative, seventieth,
  hundred-fifty-fifth); "teilte das Gesundheitsministerium am Dienstag mit", "teilte das
  Verbraucherschutzministerium mit", "teilte das Statistische Bundesamt am Donnerstag mit",
  "teilte die Österreich Wein Marketing am Mittwoch mit" and "teilte der Landkreis am
  Dienstag mit" the body with its article, the weekday dropped (eighty-first,
  hundred-fifty-second); "Laut Arbeiterkammer" -> "Arbeiterkammer" and "laut Statistik
  Austria" -> "Statistik Austria" (thirtieth, hundred-eighty-third: "Laut Ärztekammer");
  "Bauernpräsident Hinnerk Fredebeul sagte, ...", "Landwirtschaftskammer-Präsident Ferdinand
  Strassegger sagte, ...", "Landwirtschaftsminister Norbert Kaltenegger sagte, ..." and
  "Hiesberger sagte, ..." the name as written with the title dropped (hundred-fifty-sixth:
  "Bildungsdirektorin Silvia Rüttimann sagte, ..."); "sagte Verbandsdirektorin Regula
  Zbinden", "sagte Marktanalystin Wiebke Harms", "sagte Hagelversicherungs-Vorstand Günther
  Wallisch", "so BLV-Sprecherin Lea Hostettler" and "so Wallisch" (hundred-fifty-fifth,
  hundred-eighty-third). English: "the FAO said on Friday" -> "the FAO"
  (hundred-eighty-third: "The FDA said"), "police said" -> "police" (twice), "Copa-Cogeca
  said", "Federated Farmers said", "Conab said on Friday" and "Dairy Farmers of Canada said"
  as written (hundred-seventeenth, hundred-eighty-third), "The Metropolitan Police said" ->
  "the Metropolitan Police", "the Iowa Department of Agriculture and Land Stewardship said",
  "the European Commission said", "the farm ministry said on Wednesday", "the environment
  department said", "the agriculture ministry said on Thursday" (the weekday dropped,
  fortieth), "The Agriculture Department said Thursday" -> "the Agriculture Department" and
  "The department said" -> "the department" (a body named earlier taken up by its common
  noun, hundred-twenty-third, hundred-fiftieth); "Agriculture Minister Rakesh Solanki said",
  "Farm minister Kenji Morisaki said" and "Trade Minister Claire Bouchardeau said on
  Wednesday" the name with the office dropped (hundred-fiftieth, hundred-fifty-fifth). Left
  unchecked (None): roles without a name ("sagte ein Sprecher des Finanzministeriums", "Der
  Agrarkommissar sagte", "A Treasury minister said", "Ukraine's deputy economy minister
  said", "A Defra spokesperson said"; thirty-seventh, hundred-seventy-sixth), pronouns
  ("nach seinen Angaben", "It put"), plural and collective sources ("state officials said",
  "Farm unions said", "organisers said", "Diplomats said", "Officials blame", "Ukrainian
  officials estimate"; forty-first), documents and data ("Das geht aus Zahlen ... hervor",
  "wie aus Zahlen des Bundesamts ... hervorgeht", "laut Grünem Bericht", "according to Labor
  Department figures", "according to agriculture ministry figures", "Bureau of Meteorology
  data showed", "according to a department notice", "official figures show"; hundred-second,
  hundred-eighty-third), estimating verbs ("schätzt der Deutsche Raiffeisenverband",
  "erwartet der Verband", "Die Landwirtschaftskammer rechnet", "rechnet die
  Landwirtschaftskammer vor", "Nach Berechnungen des Bundesverbands ...", "The USDA pegged",
  "cut its forecast", "Fonterra forecast", "according to a police estimate", "according to
  the government's crop forecaster"; hundred-tenth), verbs that are not of saying ("sprach
  von", "zog ... Bilanz", "forderte", "fordert", "verwies auf", "kündigten ... an", "stuft
  ... ein", "promised"; hundred-twenty-seventh, hundred-sixty-second), and all negatives,
  also those with a named speaker. New: "The National Farmers' Union says its own analysis
  shows", "The FNSEA union says" and "The Irish Farmers' Association says" are left
  unchecked - a body's claim in the present tense "says" before the figure is a form no
  earlier batch settled as a checked speaker (the hundred-fiftieth left "which Unite says"
  and the hundred-eightieth "the government says" unchecked). New: "Gardaí said" is left
  unchecked - the Irish plural name of the police, neither the settled "police said" nor a
  named force.
- Negatives (fifty-fifth, hundred-forty-seventh to hundred-eighty-third): rhetoric and
  rallying cries of farmers' leaders, ministers and MEPs („Wer uns den Diesel nimmt, ...“,
  „Wir dürfen uns jetzt keinen einzigen Fehler leisten, ...“, «Mit diesen Preisen ...», „Für
  die Betriebe in der Sperrzone ist das eine Katastrophe“, „Die Bauern werden zum Spielball
  der Finanzminister“, «Ohne diese Mittel verschwinden ...», „Die Scheunen werden voll, die
  Kassen bleiben leer“, „Ohne Ausgleichszahlungen ...“, „Heute hat Europa seine Bauern
  verkauft“, ""Our children will be selling off the land ..."", ""We feed this country
  ..."", ""This is a win for American dairy farmers,""); praise of the vintage („Was heuer
  in den Keller kommt, ...“); labels by a farm lobby, a retail federation, parties, the
  parliament's left, farm leaders and lawmakers ("nannte den Vorschlag einen „Verrat an den
  Bauern“", "wies den Vergleich als „unseriös und einseitig“ zurück", "sprach von einem
  «Geschenk an die Agrarlobby»", "sprachen von einer „Förderpolitik mit der Gießkanne“",
  "called the concession "a betrayal"", "called the payments a bailout ..."); verdicts of
  farm groups and analysts ("... said the limits were still far too generous.", "ASB
  economist Nathaniel Ruaine said the midpoint looked a little optimistic ..."); warnings
  and forecasts without a figure ("FAO economists cautioned ...", "Analysts said a dry spell
  in Argentina could trim ...", "Marktbeobachter erwarten, ...", "Environmental groups
  warned ...", «Wer jetzt nicht impft, ...»; forty-seventh); a claim of environmental groups
  carried as their charge ("Environmental groups say the derogation has fouled rivers ...
  and should be allowed to lapse."); appeals and advice ("Tierhalter werden ersucht, ...",
  "Geflügelhalter werden aufgerufen, ...", "Officials urged backyard flock owners ...");
  hopes ("Die Milchbauern hoffen ...", "Growers are now pinning their hopes ..."); a vow
  tied to a condition ("Organisers vowed to bring even more tractors back in March if ...";
  hundred-twenty-fourth: a conditional threat); open questions ("Ob die Koalition ...", "Ob
  der Bundesrat ...", "Ob das Finanzministerium ...", "Ob das Europaparlament ...", "Wie es
  mit den kleinen Familienweingütern weitergeht, weiß niemand.", "It was not clear how long
  ...", "It remains to be seen whether ...", "It is unclear whether ..."); and vox pops and
  quoted farmers and traders (a milk farmer from Cuxhaven, "Brussels is trading our
  livelihoods ...", "The export number is the whole story ...", "You spend years building a
  flock ...", "There are blokes out there ...", "Rice is something families here ...", "A
  check in the mail ...", "Brazil has become the world's pantry ...", "Every tonne we export
  ...", „Die Tiere leiden, ...“), with their figures labelled ("Luc Vermeersch, 52,", "We
  have waited four years ...", "who crops 4,800 hectares", „... sagte ein 58-jähriger
  Landwirt ...“, "40 years" and "Marla Voss, 61,", "half the dairy farms", "for two years").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_190 = [
    # --- Rome: FAO food price index (Reuters) ---
    (
        "en",
        "ROME, Jan 9 (Reuters) - World food prices fell in December for a fourth consecutive month, led by cheaper dairy products and vegetable oils, the FAO said on Friday.",
        True,
        [("date", "--01-09", None, None), ("ordinal", 4, None, None)],
        "the FAO",
    ),
    (
        "en",
        "The FAO Food Price Index averaged 124.6 points in December, down 1.1% from November.",
        True,
        [("count", 124.6, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "For the year as a whole the index averaged 127.1 points, 4.3% higher than in 2025.",
        True,
        [("count", 127.1, None, None), ("percent", 4.3, "%", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "The dairy price index slid 3.8%, with butter down for a third month in a row.",
        True,
        [("percent", 3.8, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The cereal index was broadly stable, as ample supplies from Russia and Argentina offset tighter stocks of maize.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Prices remain about 18% below the peak reached in March 2022 after Russia's full-scale invasion of Ukraine.",
        True,
        [("percent", 18, "%", "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "FAO economists cautioned that the weather in South America remained the biggest risk for grain markets.",
        False,
        [],
        None,
    ),
    # --- Berlin: Traktor-Sternfahrt gegen Agrardiesel-Kürzung (dpa) ---
    (
        "de",
        "Berlin (dpa) - Zum dritten Mal binnen eines Jahres sind Tausende Landwirte mit ihren Traktoren in die Hauptstadt gezogen, um gegen die geplante Streichung der Agrardiesel-Rückvergütung zu protestieren.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Polizei rollten am Montag rund 4.800 Traktoren in die Berliner Innenstadt.",
        True,
        [("count", 4800, None, "about")],
        "die Polizei",
    ),
    (
        "de",
        "Der Deutsche Bauernverband sprach dagegen von mehr als 7.000 Fahrzeugen aus 14 Bundesländern.",
        True,
        [("count", 7000, None, "over"), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die gut dreistündige Kundgebung vor dem Brandenburger Tor legte den Verkehr rund um den Tiergarten zeitweise vollständig lahm.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    (
        "de",
        "Die Bundesregierung will die Rückvergütung von derzeit 19,7 Cent je Liter in drei Schritten bis 2028 abschaffen.",
        True,
        [("money", 0.197, "EUR", None), ("count", 3, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Das spare dem Bund rund 430 Millionen Euro im Jahr, sagte ein Sprecher des Finanzministeriums.",
        True,
        [("money", 430000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bauernpräsident Hinnerk Fredebeul sagte, einem durchschnittlichen Ackerbaubetrieb fehlten dadurch künftig rund 5.600 Euro im Jahr.",
        True,
        [("money", 5600, "EUR", "about")],
        "Hinnerk Fredebeul",
    ),
    (
        "de",
        "Der Verband übergab dem Kanzleramt zudem einen Zwölf-Punkte-Katalog mit Forderungen, darunter weniger Dokumentationspflichten.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "„Wer uns den Diesel nimmt, nimmt uns die Zukunft“, rief Fredebeul den Demonstrierenden zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei zog am Abend eine weitgehend friedliche Bilanz, drei Teilnehmer wurden wegen Sachbeschädigung angezeigt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "Ob die Koalition beim Agrardiesel noch einlenkt, ist offen.", False, [], None),
    # --- Brussels: tractors against the Mercosur deal (Reuters) ---
    (
        "en",
        "BRUSSELS, Jan 22 (Reuters) - About 1,300 tractors blocked streets around the European Union's headquarters on Thursday as farmers protested against a trade deal with the Mercosur bloc, according to a police estimate.",
        True,
        [("date", "--01-22", None, None), ("count", 1300, None, "about")],
        None,
    ),
    (
        "en",
        "Protesters set fire to tyres and hay bales near the Schuman roundabout, and riot police used water cannon to push back a crowd of several hundred.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Fourteen officers were slightly injured and 23 people were detained, police said.",
        True,
        [("count", 14, None, None), ("count", 23, None, None)],
        "police",
    ),
    (
        "en",
        "The agreement would let South American exporters ship 92,000 tonnes of beef a year into the EU at a reduced tariff of 7.5%, phased in over six years.",
        True,
        [("count", 92000, None, None), ("percent", 7.5, "%", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "Copa-Cogeca said the deal would cost European beef producers up to 2.1 billion euros in lost revenue over the next ten years.",
        True,
        [("money", 2100000000, "EUR", "up_to"), ("duration", 10, "year", None)],
        "Copa-Cogeca",
    ),
    (
        "en",
        "A safeguard clause would allow Brussels to suspend the tariff cuts if imports of a sensitive product jumped by more than 10% within a year.",
        True,
        [("percent", 10, "%", "over")],
        None,
    ),
    (
        "en",
        '"Brussels is trading our livelihoods for German car exports," said Luc Vermeersch, 52, a dairy farmer from West Flanders.',
        False,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "Diplomats said France, Poland and Austria were still trying to assemble a blocking minority before a vote expected later in the year.",
        True,
        [],
        None,
    ),
    # --- Wien: Maul- und Klauenseuche in Ungarn (APA) ---
    (
        "de",
        "Wien (APA) - Nach dem Ausbruch der Maul- und Klauenseuche in Westungarn hat Österreich 19 kleinere Grenzübergänge zum Nachbarland vorübergehend gesperrt.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die Sperre gilt vorerst für 30 Tage, teilte das Gesundheitsministerium am Dienstag mit.",
        True,
        [("duration", 30, "day", None)],
        "das Gesundheitsministerium",
    ),
    (
        "de",
        "In einem Rinderbetrieb nahe Győr waren zuvor bei 14 Tieren Symptome festgestellt worden, der gesamte Bestand von rund 1.150 Rindern wurde gekeult.",
        True,
        [("count", 14, None, None), ("count", 1150, None, "about")],
        None,
    ),
    (
        "de",
        "Um den Ausbruchsherd richteten die Behörden eine Schutzzone von drei Kilometern und eine Überwachungszone von zehn Kilometern ein.",
        True,
        [("count", 3, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Österreich ist seit 1981 frei von der hochansteckenden Tierseuche.",
        True,
        [("year", 1981, None, None)],
        None,
    ),
    (
        "de",
        "Landwirtschaftskammer-Präsident Ferdinand Strassegger sagte, Österreich exportiere jährlich Rind- und Schweinefleisch im Wert von rund 1,4 Milliarden Euro.",
        True,
        [("money", 1400000000, "EUR", "about")],
        "Ferdinand Strassegger",
    ),
    (
        "de",
        "„Wir dürfen uns jetzt keinen einzigen Fehler leisten, jeder Tag zählt“, sagte Strassegger.",
        False,
        [],
        None,
    ),
    ("de", "Tierhalter werden ersucht, Besuche in ihren Ställen auf das Notwendigste zu beschränken.", False, [], None),
    # --- Washington: USDA supply and demand report (Reuters) ---
    (
        "en",
        "WASHINGTON, Feb 10 (Reuters) - The U.S. Department of Agriculture on Tuesday cut its forecast for U.S. corn ending stocks to 1.71 billion bushels, below the average analyst estimate of 1.84 billion.",
        True,
        [("date", "--02-10", None, None), ("count", 1710000000, None, None), ("count", 1840000000, None, None)],
        None,
    ),
    (
        "en",
        "The agency raised its estimate of corn exports by 75 million bushels to a record 3.1 billion bushels, citing strong demand from Mexico and Japan.",
        True,
        [("count", 75000000, None, None), ("count", 3100000000, None, None)],
        None,
    ),
    (
        "en",
        "Soybean ending stocks were left unchanged at 380 million bushels.",
        True,
        [("count", 380000000, None, None)],
        None,
    ),
    (
        "en",
        "Most-active corn futures on the Chicago Board of Trade rose 2.1% to $4.46 a bushel after the report.",
        True,
        [("percent", 2.1, "%", None), ("money", 4.46, "USD", None)],
        None,
    ),
    (
        "en",
        "Soybeans slipped 6 cents to $10.18 a bushel.",
        True,
        [("money", 0.06, "USD", None), ("money", 10.18, "USD", None)],
        None,
    ),
    (
        "en",
        "The USDA pegged Brazil's soybean crop at 172 million tonnes, up from 169 million in January.",
        True,
        [("count", 172000000, None, None), ("count", 169000000, None, None)],
        None,
    ),
    (
        "en",
        '"The export number is the whole story, Mexico just keeps buying," said Darla Huntsinger, a grain analyst at Prairie Ridge Commodities in Kansas City.',
        False,
        [],
        None,
    ),
    ("en", "Analysts said a dry spell in Argentina could trim its crop further in the coming weeks.", False, [], None),
    # --- Bern: Milchbauern auf dem Bundesplatz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Rund 2'500 Bäuerinnen und Bauern haben am Samstag auf dem Bundesplatz in Bern für höhere Produzentenpreise demonstriert.",
        True,
        [("count", 2500, None, "about")],
        None,
    ),
    (
        "de",
        "Zur Kundgebung aufgerufen hatte der Schweizer Bauernverband, nach seinen Angaben reisten Teilnehmende aus allen 26 Kantonen an.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Der Richtpreis für A-Milch liegt derzeit bei 79 Rappen je Kilogramm, die Produzenten fordern eine Erhöhung um 5 Rappen.",
        True,
        [("money", 0.79, "CHF", None), ("money", 0.05, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ein Milchbetrieb im Talgebiet erwirtschafte im Schnitt einen Stundenlohn von 17 Franken, sagte Verbandsdirektorin Regula Zbinden.",
        True,
        [("money", 17, "CHF", None)],
        "Regula Zbinden",
    ),
    ("de", "«Mit diesen Preisen übernimmt kein junger Mensch mehr einen Hof», sagte Zbinden.", False, [], None),
    (
        "de",
        "Die Zahl der Milchbetriebe in der Schweiz ist seit dem Jahr 2000 von rund 44'000 auf unter 17'000 gesunken.",
        True,
        [("year", 2000, None, None), ("count", 44000, None, "about"), ("count", 17000, None, "under")],
        None,
    ),
    ("de", "Ob der Bundesrat auf die Forderungen eingeht, ist ungewiss.", False, [], None),
    # --- London: tractors in Whitehall over inheritance tax (PA) ---
    (
        "en",
        "LONDON (PA) - Hundreds of tractors rolled into Whitehall on Wednesday as farmers staged their fourth mass protest against changes to inheritance tax relief on agricultural land.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Metropolitan Police said 612 tractors had entered the capital by midday and that the road past Downing Street was closed for about five hours.",
        True,
        [("count", 612, None, None), ("duration", 5, "hour", "about")],
        "the Metropolitan Police",
    ),
    (
        "en",
        "Under the changes, farm assets worth more than 1.25 million pounds will be taxed at an effective rate of 18% when they are passed on from April 2027.",
        True,
        [("money", 1250000, "GBP", "over"), ("percent", 18, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Treasury estimates suggest the measure will raise about 540 million pounds a year and affect around 580 estates annually.",
        True,
        [("money", 540000000, "GBP", "about"), ("count", 580, None, "about")],
        None,
    ),
    (
        "en",
        "The National Farmers' Union says its own analysis shows nearly three times as many farms would be hit.",
        True,
        [("count", 3, None, "nearly")],
        None,
    ),
    (
        "en",
        '"Our children will be selling off the land just to pay the bill," NFU president Tamsin Arkwright told the crowd.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Treasury minister said 73% of farms claiming the relief would pay nothing at all under the new rules.",
        True,
        [("percent", 73, "%", None)],
        None,
    ),
    (
        "en",
        "Organisers vowed to bring even more tractors back in March if the government refused to pause the plans.",
        False,
        [],
        None,
    ),
    # --- Paris: the farm show opens to boos (AFP) ---
    (
        "en",
        "PARIS, Feb 28 (AFP) - Farmers booed and jostled the agriculture minister as the Paris farm show opened on Saturday, forcing him to cut short a planned four-hour tour of the halls.",
        True,
        [("date", "--02-28", None, None), ("duration", 4, "hour", None)],
        None,
    ),
    (
        "en",
        "Eleven people were detained after scuffles near the cattle pens, police said.",
        True,
        [("count", 11, None, None)],
        "police",
    ),
    (
        "en",
        "The FNSEA union says French farm incomes fell by about 9% last year, while fertiliser still costs 40% more than in 2020.",
        True,
        [("percent", 9, "%", "about"), ("percent", 40, "%", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "About 607,000 visitors attended the show last year, organisers said.",
        True,
        [("count", 607000, None, "about")],
        None,
    ),
    (
        "en",
        "France has about 390,000 farms, down from 1.1 million in 1988, according to agriculture ministry figures.",
        True,
        [("count", 390000, None, "about"), ("count", 1100000, None, None), ("year", 1988, None, None)],
        None,
    ),
    (
        "en",
        '"We feed this country and we are treated like criminals," shouted one cereal grower from the Beauce.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The minister promised to present a bill on fair pricing in supermarkets before the summer.",
        True,
        [],
        None,
    ),
    # --- Potsdam: Schweinepest im Hausschweinebestand (dpa/bb) ---
    (
        "de",
        "Potsdam (dpa/bb) - Im Landkreis Oder-Spree ist die Afrikanische Schweinepest erstmals seit elf Monaten wieder in einem Hausschweinebestand nachgewiesen worden.",
        True,
        [("duration", 11, "month", None)],
        None,
    ),
    (
        "de",
        "Betroffen ist ein Mastbetrieb mit rund 2.900 Tieren, die nun getötet werden müssen, teilte das Verbraucherschutzministerium mit.",
        True,
        [("count", 2900, None, "about")],
        "das Verbraucherschutzministerium",
    ),
    (
        "de",
        "Um den Hof wurde eine Sperrzone mit einem Radius von zehn Kilometern eingerichtet, aus der keine Schweine gebracht werden dürfen.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Seit dem ersten Fall bei einem Wildschwein im Herbst 2020 wurden in Brandenburg mehr als 3.400 infizierte Wildschweine gefunden.",
        True,
        [("ordinal", 1, None, None), ("year", 2020, None, None), ("count", 3400, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Ministeriums haben Land und Bund seither rund 160 Millionen Euro für Zäune, Kadaversuche und Entschädigungen ausgegeben.",
        True,
        [("money", 160000000, "EUR", "about")],
        "das Ministerium",
    ),
    (
        "de",
        "Der Vereinigungspreis für Schlachtschweine gab am Mittwoch um 5 Cent auf 1,72 Euro je Kilogramm Schlachtgewicht nach.",
        True,
        [("money", 0.05, "EUR", None), ("money", 1.72, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Für die Betriebe in der Sperrzone ist das eine Katastrophe“, sagte Landesbauernpräsident Volkmar Thiele.",
        False,
        [],
        None,
    ),
    ("de", "Thiele forderte schnellere Entschädigungen und eine Lockerung der Vermarktungsverbote.", True, [], None),
    # --- Des Moines: bird flu at an egg farm (AP) ---
    (
        "en",
        "DES MOINES, Iowa (AP) — Avian influenza has turned up at a commercial egg operation in northwest Iowa with about 4.2 million hens, state officials said Monday.",
        True,
        [("count", 4200000, None, "about")],
        None,
    ),
    (
        "en",
        "All of the birds will be killed to stop the virus from spreading, the Iowa Department of Agriculture and Land Stewardship said.",
        True,
        [],
        "the Iowa Department of Agriculture and Land Stewardship",
    ),
    (
        "en",
        "It is the state's 11th commercial outbreak since October and brings the number of birds lost nationwide this year to more than 31 million.",
        True,
        [("ordinal", 11, None, None), ("count", 31000000, None, "over")],
        None,
    ),
    (
        "en",
        "A carton of 12 large eggs cost an average of $5.12 in February, up 38% from a year earlier, according to Labor Department figures.",
        True,
        [("count", 12, None, None), ("money", 5.12, "USD", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "Federal officials have paid more than $1.4 billion in compensation to poultry producers since the outbreak began in 2022.",
        True,
        [("money", 1400000000, "USD", "over"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"You spend years building a flock and it\'s gone in a week," said Cal Brenneman, who manages a smaller layer farm nearby.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Officials urged backyard flock owners to keep their birds indoors and to report any sudden deaths.",
        False,
        [],
        None,
    ),
    # --- Hannover: Milchpreise sinken weiter (dpa/lni) ---
    (
        "de",
        "Hannover (dpa/lni) - Die Molkereien in Niedersachsen haben den Erzeugerpreis für konventionelle Milch im März erneut gesenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt zahlten sie 44,6 Cent je Kilogramm, das waren 3,8 Cent weniger als im Februar und gut 7 Cent weniger als vor einem Jahr.",
        True,
        [("money", 0.446, "EUR", None), ("money", 0.038, "EUR", None), ("money", 0.07, "EUR", "over")],
        None,
    ),
    ("de", "Das geht aus Zahlen der Landesvereinigung der Milchwirtschaft hervor.", True, [], None),
    (
        "de",
        "Grund seien vor allem steigende Anlieferungen und ein schwächerer Export von Butter und Magermilchpulver nach Asien, sagte Marktanalystin Wiebke Harms.",
        True,
        [],
        "Wiebke Harms",
    ),
    (
        "de",
        "Die Butternotierung an der Kemptener Börse fiel binnen vier Wochen um knapp 14 Prozent.",
        True,
        [("duration", 4, "week", None), ("percent", 14, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Bundesverbands Deutscher Milchviehhalter liegen die Produktionskosten bei rund 52 Cent je Kilogramm.",
        True,
        [("money", 0.52, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Jeder Liter, den wir melken, ist ein Verlustgeschäft“, sagte ein Milchbauer aus dem Landkreis Cuxhaven.",
        False,
        [],
        None,
    ),
    ("de", "Die Milchbauern hoffen auf eine Erholung der Preise im Herbst.", False, [], None),
    # --- New Delhi: farmers march on the capital (Reuters) ---
    (
        "en",
        "NEW DELHI, March 18 (Reuters) - Tens of thousands of farmers on tractors and trucks set off from Punjab towards New Delhi on Wednesday, demanding a legal guarantee of minimum prices for 23 crops.",
        True,
        [("date", "--03-18", None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Police in neighbouring Haryana sealed at least five border crossings with concrete barriers and shipping containers.",
        True,
        [("count", 5, None, "at_least")],
        None,
    ),
    (
        "en",
        "Farm unions said about 18,000 tractors had joined the march, a figure police did not confirm.",
        True,
        [("count", 18000, None, "about")],
        None,
    ),
    (
        "en",
        "New Delhi raised the wheat support price by 6.6% to 2,585 rupees per quintal for the coming season.",
        True,
        [("percent", 6.6, "%", None), ("money", 2585, "INR", None)],
        None,
    ),
    (
        "en",
        "Agriculture Minister Rakesh Solanki said guaranteed procurement of all 23 crops would cost the treasury more than 10 trillion rupees a year.",
        True,
        [("count", 23, None, None), ("money", 10000000000000, "INR", "over")],
        "Rakesh Solanki",
    ),
    (
        "en",
        '"We have waited four years for the promises made to us," said union leader Gurnam Sandhawalia.',
        False,
        [("duration", 4, "year", None)],
        None,
    ),
    ("en", "It was not clear how long the farmers planned to stay on the outskirts of the capital.", False, [], None),
    # --- Wien: Lebensmittelpreise im März (APA) ---
    (
        "de",
        "Wien (APA) - Lebensmittel und alkoholfreie Getränke haben sich in Österreich im März um 4,3 Prozent gegenüber dem Vorjahresmonat verteuert.",
        True,
        [("percent", 4.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die allgemeine Teuerung betrug laut Statistik Austria 2,9 Prozent.",
        True,
        [("percent", 2.9, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Am stärksten zogen die Preise für Butter an, mit einem Plus von 18 Prozent, gefolgt von Kaffee und Schokolade.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Päckchen Butter kostete im Supermarkt zuletzt im Schnitt 2,79 Euro.",
        True,
        [("money", 2.79, "EUR", None)],
        None,
    ),
    (
        "de",
        "Laut Arbeiterkammer ist ein Warenkorb mit 40 Grundnahrungsmitteln in Wien durchschnittlich um 23 Prozent teurer als in München.",
        True,
        [("count", 40, None, None), ("percent", 23, "%", None)],
        "Arbeiterkammer",
    ),
    ("de", "Der Handelsverband wies den Vergleich als „unseriös und einseitig“ zurück.", False, [], None),
    (
        "de",
        "Vom Ladenpreis eines Brotes bleiben nur rund 5 Prozent beim Bauern, rechnet die Landwirtschaftskammer vor.",
        True,
        [("percent", 5, "%", "about")],
        None,
    ),
    # --- Brüssel: Agrargeld im nächsten EU-Haushalt (Reuters) ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Kommission will die Direktzahlungen an Landwirte im nächsten langfristigen Haushalt ab 2028 nicht mehr aus einem eigenen Agrartopf finanzieren.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Für die Einkommensstützung sollen im siebenjährigen Finanzrahmen bis 2034 mindestens 293 Milliarden Euro reserviert werden, rund ein Fünftel weniger als bisher.",
        True,
        [
            ("duration", 7, "year", None),
            ("year", 2034, None, None),
            ("money", 293000000000, "EUR", "at_least"),
            ("fraction", 0.2, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Bisher entfällt knapp ein Drittel des EU-Haushalts auf die Gemeinsame Agrarpolitik.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Agrarkommissar sagte in Brüssel, kein Landwirt werde nach 2028 weniger Geld erhalten als heute.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der europäische Bauernverband Copa-Cogeca nannte den Vorschlag einen „Verrat an den Bauern“.",
        False,
        [],
        None,
    ),
    ("de", "Frankreich, Polen und Irland kündigten Widerstand gegen die Pläne an.", True, [], None),
    (
        "de",
        "„Die Bauern werden zum Spielball der Finanzminister“, sagte der CSU-Europaabgeordnete Korbinian Lechleitner.",
        False,
        [],
        None,
    ),
    # --- Brussels: EU caps Ukrainian farm imports (Reuters) ---
    (
        "en",
        "BRUSSELS, May 20 (Reuters) - The European Union and Ukraine agreed on Wednesday to cap tariff-free imports of Ukrainian sugar at 105,000 tonnes a year, less than a fifth of the volume shipped in 2024.",
        True,
        [
            ("date", "--05-20", None, None),
            ("count", 105000, None, None),
            ("fraction", 0.2, None, "under"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The deal also sets annual quotas of 125,000 tonnes for poultry and 18,000 tonnes for eggs, the European Commission said.",
        True,
        [("count", 125000, None, None), ("count", 18000, None, None)],
        "the European Commission",
    ),
    (
        "en",
        "Duty-free wheat shipments will be capped at 1.3 million tonnes, up from 1 million under the previous arrangement.",
        True,
        [("count", 1300000, None, None), ("count", 1000000, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's deputy economy minister said the agreement would give exporters certainty for at least three years.",
        True,
        [("duration", 3, "year", "at_least")],
        None,
    ),
    ("en", "Polish and Hungarian farm groups said the limits were still far too generous.", False, [], None),
    (
        "en",
        "Poland has kept a unilateral ban on Ukrainian grain imports in place since September 2023.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "It remains to be seen whether the quotas will calm protests at Poland's border crossings.",
        False,
        [],
        None,
    ),
    # --- Wellington: Fonterra's opening milk price (Reuters) ---
    (
        "en",
        "WELLINGTON, May 28 (Reuters) - Fonterra forecast an opening farmgate milk price of NZ$9.40 a kilogram of milk solids for the coming season, below the NZ$10.05 it expects to pay for the season just ending.",
        True,
        [("date", "--05-28", None, None), ("money", 9.4, "NZD", None), ("money", 10.05, "NZD", None)],
        None,
    ),
    (
        "en",
        "The world's largest dairy exporter gave a range of NZ$8.40 to NZ$10.40.",
        True,
        [("money", 8.4, "NZD", None), ("money", 10.4, "NZD", None)],
        None,
    ),
    (
        "en",
        "Prices at the fortnightly Global Dairy Trade auction have fallen in five of the last seven events, led by whole milk powder.",
        True,
        [("count", 5, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Dairy accounts for roughly a quarter of New Zealand's goods exports.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Federated Farmers said many farmers needed at least NZ$8.60 to break even after a rise in interest costs.",
        True,
        [("money", 8.6, "NZD", "at_least")],
        "Federated Farmers",
    ),
    (
        "en",
        "ASB economist Nathaniel Ruaine said the midpoint looked a little optimistic given the softness in Chinese demand.",
        False,
        [],
        None,
    ),
    # --- Sydney: a smaller wheat crop in the west (Reuters) ---
    (
        "en",
        "SYDNEY, June 2 (Reuters) - Australia's wheat harvest is forecast to fall 14% to 29.6 million tonnes in the 2026/27 season as dry conditions persist across Western Australia, according to the government's crop forecaster.",
        True,
        [
            ("date", "--06-02", None, None),
            ("percent", 14, "%", None),
            ("count", 29600000, None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "It put the barley crop at 11.2 million tonnes and canola at 5.4 million tonnes.",
        True,
        [("count", 11200000, None, None), ("count", 5400000, None, None)],
        None,
    ),
    (
        "en",
        "Rainfall in the western grain belt was less than half the long-term average in April and May, Bureau of Meteorology data showed.",
        True,
        [("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "Australia typically exports about two-thirds of its wheat, much of it to Southeast Asia and China.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Australian Premium White wheat was quoted at A$368 a tonne in Kwinana, up A$22 from a month earlier.",
        True,
        [("money", 368, "AUD", None), ("money", 22, "AUD", None)],
        None,
    ),
    (
        "en",
        '"There are blokes out there who haven\'t seen a decent drop since sowing," said Geraldine Macfarlane, who crops 4,800 hectares near Merredin.',
        False,
        [("count", 4800, None, None)],
        None,
    ),
    ("en", "Growers are now pinning their hopes on winter rain in July.", False, [], None),
    # --- Wiesbaden: Zahl der Höfe sinkt (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - In Deutschland gibt es immer weniger Bauernhöfe: Im Frühjahr bewirtschafteten noch rund 248.000 Betriebe Flächen oder hielten Tiere.",
        True,
        [("count", 248000, None, "about")],
        None,
    ),
    (
        "de",
        "Das waren 3,8 Prozent weniger als bei der letzten Erhebung vor drei Jahren, teilte das Statistische Bundesamt am Donnerstag mit.",
        True,
        [("percent", 3.8, "%", None), ("duration", 3, "year", None)],
        "das Statistische Bundesamt",
    ),
    ("de", "Die durchschnittliche Betriebsgröße stieg damit auf 67 Hektar.", True, [("count", 67, None, None)], None),
    (
        "de",
        "Besonders stark ging die Zahl der Schweinehalter zurück, sie sank binnen zehn Jahren um fast 45 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 45, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Jeder dritte Betriebsleiter ist älter als 55 Jahre, nur bei knapp einem Drittel davon ist die Hofnachfolge geklärt.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 55, "year", "over"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Bauernverband führt den Rückgang vor allem auf Auflagen in der Tierhaltung und niedrige Erzeugerpreise zurück.",
        True,
        [],
        None,
    ),
    ("de", "„Jeder Hof, der aufgibt, ist für immer weg“, sagte Bauernpräsident Fredebeul.", False, [], None),
    # --- Bern: Agrarkredite im Nationalrat (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat für die Landwirtschaft in den Jahren 2027 bis 2030 insgesamt 13,9 Milliarden Franken bewilligt.",
        True,
        [("year", 2027, None, None), ("year", 2030, None, None), ("money", 13900000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das sind 260 Millionen Franken mehr, als der Bundesrat beantragt hatte.",
        True,
        [("money", 260000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel mit 121 zu 68 Stimmen bei 3 Enthaltungen.",
        True,
        [("count", 121, None, None), ("count", 68, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Rund 2,8 Milliarden Franken davon fliessen jährlich als Direktzahlungen an die gut 47'000 Betriebe.",
        True,
        [("money", 2800000000, "CHF", "about"), ("count", 47000, None, "over")],
        None,
    ),
    ("de", "Die Ratslinke sprach von einem «Geschenk an die Agrarlobby».", False, [], None),
    (
        "de",
        "«Ohne diese Mittel verschwinden in den Berggebieten ganze Talschaften», sagte Mitte-Nationalrat Beat Gisler.",
        False,
        [],
        None,
    ),
    ("de", "Das Geschäft geht nun an den Ständerat.", True, [], None),
    # --- Berlin: Ernteschätzung des Raiffeisenverbands (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die deutschen Landwirte können in diesem Jahr mit einer Getreideernte von rund 43,2 Millionen Tonnen rechnen.",
        True,
        [("count", 43200000, None, "about")],
        None,
    ),
    (
        "de",
        "Das wären knapp 8 Prozent mehr als im Vorjahr und etwa so viel wie im Schnitt der vergangenen fünf Jahre, schätzt der Deutsche Raiffeisenverband.",
        True,
        [("percent", 8, "%", "nearly"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Beim Winterweizen, der wichtigsten Kultur, erwartet der Verband 21,9 Millionen Tonnen, beim Raps rund 3,8 Millionen Tonnen.",
        True,
        [("count", 21900000, None, None), ("count", 3800000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Anbaufläche für Getreide wuchs um 2,4 Prozent auf knapp 6,1 Millionen Hektar.",
        True,
        [("percent", 2.4, "%", None), ("count", 6100000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Brotweizen notierte an der Pariser Terminbörse Euronext zuletzt bei 198 Euro je Tonne, gut ein Drittel unter dem Niveau vom Sommer 2022.",
        True,
        [("money", 198, "EUR", None), ("fraction", 0.3333, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "„Die Scheunen werden voll, die Kassen bleiben leer“, sagte DRV-Präsident Friedhelm Oberkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Marktbeobachter erwarten, dass die Erzeugerpreise bis weit in den Herbst unter Druck bleiben.",
        False,
        [],
        None,
    ),
    # --- Tokyo: more rice from the stockpile (Reuters) ---
    (
        "en",
        "TOKYO, Aug 5 (Reuters) - Japan's government will release a further 200,000 tonnes of rice from its emergency stockpile after supermarket prices hit a record for the 14th straight week, the farm ministry said on Wednesday.",
        True,
        [("date", "--08-05", None, None), ("count", 200000, None, None), ("ordinal", 14, None, None)],
        "the farm ministry",
    ),
    (
        "en",
        "A 5-kilogram bag of rice sold for an average of 4,380 yen in the week to July 27, nearly double its price a year earlier.",
        True,
        [
            ("count", 5, None, None),
            ("money", 4380, "JPY", None),
            ("date", "--07-27", None, None),
            ("count", 2, None, "nearly"),
        ],
        None,
    ),
    (
        "en",
        "The release will leave about 310,000 tonnes in the reserve, less than a third of its level two years ago.",
        True,
        [("count", 310000, None, "about"), ("fraction", 0.3333, None, "under"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Officials blame last summer's heat, which damaged the crop, and hoarding by some wholesalers.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Farm minister Kenji Morisaki said the government would also allow imports of up to 100,000 tonnes of rice outside the existing tariff-free quota.",
        True,
        [("count", 100000, None, "up_to")],
        "Kenji Morisaki",
    ),
    (
        "en",
        '"Rice is something families here will never cut back on," said Yumiko Hoshino, a shopper in Tokyo\'s Setagaya district.',
        False,
        [],
        None,
    ),
    ("en", "It is unclear whether the move will bring prices down before the autumn harvest.", False, [], None),
    # --- Wien: Dürre drückt die Getreideernte (APA) ---
    (
        "de",
        "Wien (APA) - Die Hitze und der ausbleibende Regen im Juni haben die Getreideernte in Österreich deutlich schrumpfen lassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Landwirtschaftskammer rechnet mit rund 2,6 Millionen Tonnen, um 11 Prozent weniger als im Vorjahr.",
        True,
        [("count", 2600000, None, "about"), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Im Weinviertel lagen die Weizenerträge teils um ein Drittel unter dem langjährigen Schnitt.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Der Dürreschaden belaufe sich auf etwa 190 Millionen Euro, sagte Hagelversicherungs-Vorstand Günther Wallisch.",
        True,
        [("money", 190000000, "EUR", "about")],
        "Günther Wallisch",
    ),
    (
        "de",
        "Damit sei 2026 das drittteuerste Dürrejahr seit Beginn der Aufzeichnungen, so Wallisch.",
        True,
        [("year", 2026, None, None), ("ordinal", 3, None, None)],
        "Wallisch",
    ),
    (
        "de",
        "„Wir können nicht jedes Jahr zuschauen, wie uns die Felder verdorren“, sagte ein 58-jähriger Landwirt aus Mistelbach.",
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Der Bauernbund fordert einen Dürrefonds, der jährlich mit 50 Millionen Euro dotiert sein soll.",
        True,
        [("money", 50000000, "EUR", None)],
        None,
    ),
    ("de", "Ob das Finanzministerium dafür Geld freigibt, ist offen.", False, [], None),
    # --- Washington: aid for soybean growers (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Agriculture Department said Thursday it will send $11 billion in emergency payments to row-crop farmers hurt by lost soybean sales to China.",
        True,
        [("money", 11000000000, "USD", None)],
        "the Agriculture Department",
    ),
    (
        "en",
        "Soybean growers will receive $44 an acre, corn growers $31 and wheat growers $28, according to a department notice.",
        True,
        [("money", 44, "USD", None), ("money", 31, "USD", None), ("money", 28, "USD", None)],
        None,
    ),
    (
        "en",
        "China bought no U.S. soybeans between June and August, normally the start of the main buying season.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Last year China took about half of all U.S. soybean exports, worth $12.6 billion.",
        True,
        [("fraction", 0.5, None, "about"), ("money", 12600000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"A check in the mail doesn\'t replace a market we spent 40 years building," said Marla Voss, 61, who grows soybeans near Mankato, Minnesota.',
        False,
        [("duration", 40, "year", None), ("duration", 61, "year", None)],
        None,
    ),
    (
        "en",
        "Democrats in Congress called the payments a bailout for a crisis the administration created itself.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The department said the first payments would go out within 30 days.",
        True,
        [("ordinal", 1, None, None), ("duration", 30, "day", None)],
        "the department",
    ),
    # --- Bern: Blauzungenkrankheit breitet sich aus (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Blauzungenkrankheit breitet sich in der Schweiz rasch aus: Seit Anfang Juli sind 412 Betriebe mit Rindern, Schafen oder Ziegen betroffen.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Das sind mehr als doppelt so viele wie im ganzen Vorjahr, wie aus Zahlen des Bundesamts für Lebensmittelsicherheit und Veterinärwesen hervorgeht.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    ("de", "Am stärksten betroffen sind die Kantone Bern, Luzern und Freiburg.", True, [], None),
    (
        "de",
        "Bisher seien 1'380 Schafe an der Krankheit verendet oder getötet worden, so BLV-Sprecherin Lea Hostettler.",
        True,
        [("count", 1380, None, None)],
        "Lea Hostettler",
    ),
    (
        "de",
        "Der Bund übernimmt 80 Prozent der Kosten für die freiwillige Impfung, den Rest tragen die Tierhalter.",
        True,
        [("percent", 80, "%", None)],
        None,
    ),
    (
        "de",
        "«Wer jetzt nicht impft, riskiert seinen ganzen Bestand», warnte Kantonstierärztin Franziska Roos.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für Menschen ist das Virus ungefährlich, Fleisch und Milch können bedenkenlos konsumiert werden.",
        True,
        [],
        None,
    ),
    # --- Brasilia: another record soybean crop (Reuters) ---
    (
        "en",
        "BRASILIA, Sept 11 (Reuters) - Brazil's soybean crop will reach a record 177.6 million tonnes in the 2026/27 season, up 3.4% from the previous harvest, Conab said on Friday.",
        True,
        [
            ("date", "--09-11", None, None),
            ("count", 177600000, None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("percent", 3.4, "%", None),
        ],
        "Conab",
    ),
    (
        "en",
        "The agency raised its corn forecast to 141.2 million tonnes, including a second crop of about 113 million tonnes planted after the soybean harvest.",
        True,
        [("count", 141200000, None, None), ("ordinal", 2, None, None), ("count", 113000000, None, "about")],
        None,
    ),
    (
        "en",
        "Brazil is expected to ship a record 112 million tonnes of soybeans abroad in 2027, around three-quarters of them to China.",
        True,
        [("count", 112000000, None, None), ("year", 2027, None, None), ("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "Planted area is forecast to grow for a 20th straight year, to 49.8 million hectares.",
        True,
        [("ordinal", 20, None, None), ("count", 49800000, None, None)],
        None,
    ),
    (
        "en",
        "Rains in Mato Grosso arrived about two weeks later than usual, delaying planting in some areas.",
        True,
        [("duration", 2, "week", "about")],
        None,
    ),
    (
        "en",
        "Environmental groups warned that the expansion is pushing deeper into the Cerrado savanna.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Brazil has become the world\'s pantry, and China is its biggest customer," said Rodrigo Tavares Lemos, an analyst at a São Paulo consultancy.',
        False,
        [],
        None,
    ),
    # --- Wien: Grüner Bericht zu den Agrareinkommen (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Bauern haben im Vorjahr im Schnitt um 9 Prozent weniger verdient als im Jahr davor.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Je Betrieb blieben laut Grünem Bericht durchschnittlich 36.870 Euro an Einkünften, nach 40.520 Euro im Jahr davor.",
        True,
        [("money", 36870, "EUR", None), ("money", 40520, "EUR", None)],
        None,
    ),
    (
        "de",
        "Am stärksten war das Minus mit 27 Prozent bei den Marktfruchtbetrieben, Milchviehbetriebe legten dagegen um 4 Prozent zu.",
        True,
        [("percent", 27, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Ausgewertet wurden die Buchführungsdaten von knapp 1.900 freiwillig teilnehmenden Betrieben.",
        True,
        [("count", 1900, None, "nearly")],
        None,
    ),
    (
        "de",
        "Landwirtschaftsminister Norbert Kaltenegger sagte, öffentliche Gelder machten inzwischen mehr als die Hälfte der bäuerlichen Einkommen aus.",
        True,
        [("fraction", 0.5, None, "over")],
        "Norbert Kaltenegger",
    ),
    (
        "de",
        "„Ohne Ausgleichszahlungen hätte ein Großteil der Höfe längst zugesperrt“, sagte Kaltenegger.",
        False,
        [],
        None,
    ),
    ("de", "Die Grünen sprachen von einer „Förderpolitik mit der Gießkanne“.", False, [], None),
    # --- Ottawa: more U.S. dairy into Canada (Reuters) ---
    (
        "en",
        "OTTAWA, Oct 14 (Reuters) - Canada will open an additional 18,000 tonnes of its dairy market to U.S. producers under a deal to end a tariff dispute, Trade Minister Claire Bouchardeau said on Wednesday.",
        True,
        [("date", "--10-14", None, None), ("count", 18000, None, None)],
        "Claire Bouchardeau",
    ),
    (
        "en",
        "Over-quota imports of U.S. butter and cheese currently face tariffs of up to 270%.",
        True,
        [("percent", 270, "%", "up_to")],
        None,
    ),
    (
        "en",
        "U.S. dairy exports to Canada were worth $1.1 billion last year.",
        True,
        [("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Dairy Farmers of Canada said the country's roughly 9,300 dairy farms had already ceded about 3.6% of their market under earlier trade deals.",
        True,
        [("count", 9300, None, "about"), ("percent", 3.6, "%", "about")],
        "Dairy Farmers of Canada",
    ),
    (
        "en",
        'Farm leaders in Quebec called the concession "a betrayal" of the supply-management system.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"This is a win for American dairy farmers," the U.S. trade representative said in a statement.',
        False,
        [],
        None,
    ),
    ("en", "The agreement still needs to be approved by Parliament.", True, [], None),
    # --- Wien: kleinere Weinernte (APA) ---
    (
        "de",
        "Wien (APA) - Die Weinernte in Österreich dürfte heuer bei rund 2,2 Millionen Hektolitern liegen.",
        True,
        [("count", 2200000, None, "about")],
        None,
    ),
    (
        "de",
        "Das wäre knapp ein Zehntel weniger als im langjährigen Schnitt, teilte die Österreich Wein Marketing am Mittwoch mit.",
        True,
        [("fraction", 0.1, None, "nearly")],
        "die Österreich Wein Marketing",
    ),
    (
        "de",
        "Spätfröste Ende April hatten vor allem in der Steiermark bis zu 70 Prozent der Knospen vernichtet.",
        True,
        [("percent", 70, "%", "up_to")],
        None,
    ),
    (
        "de",
        "„Was heuer in den Keller kommt, ist ganz ausgezeichnet“, schwärmte Weinbaupräsident Leopold Hiesberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hiesberger sagte, der Fassweinpreis für Grünen Veltliner sei binnen eines Jahres von 1,10 auf 0,85 Euro je Liter gefallen.",
        True,
        [("money", 1.1, "EUR", None), ("money", 0.85, "EUR", None)],
        "Hiesberger",
    ),
    (
        "de",
        "Rund 40 Prozent der Weinbaubetriebe hätten in den vergangenen zehn Jahren aufgegeben.",
        True,
        [("percent", 40, "%", "about"), ("duration", 10, "year", None)],
        None,
    ),
    ("de", "Wie es mit den kleinen Familienweingütern weitergeht, weiß niemand.", False, [], None),
    # --- Dublin: farmers march for the nitrates derogation (PA) ---
    (
        "en",
        "DUBLIN (PA) - Around 3,000 farmers marched on Leinster House on Tuesday to demand that the Government fight to keep Ireland's nitrates derogation.",
        True,
        [("count", 3000, None, "about")],
        None,
    ),
    (
        "en",
        "The derogation lets about 7,000 farms spread up to 225kg of nitrogen from livestock manure per hectare, rather than the standard 165kg.",
        True,
        [("count", 7000, None, "about"), ("count", 225, None, "up_to"), ("count", 165, None, None)],
        None,
    ),
    (
        "en",
        "The Irish Farmers' Association says losing it would cost the dairy sector 300 million euros a year.",
        True,
        [("money", 300000000, "EUR", None)],
        None,
    ),
    ("en", "Gardaí said the protest passed off peacefully.", True, [], None),
    (
        "en",
        '"Without the derogation, half the dairy farms in the southeast are finished," IFA dairy chair Seamus Tierney told the rally.',
        False,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Environmental groups say the derogation has fouled rivers and estuaries and should be allowed to lapse.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The European Commission is due to decide on renewing the derogation by the end of the year.",
        True,
        [],
        None,
    ),
    # --- Oldenburg: Geflügelpest im Landkreis Cloppenburg (dpa/lni) ---
    (
        "de",
        "Oldenburg (dpa/lni) - Wegen der Geflügelpest müssen im Landkreis Cloppenburg rund 140.000 Legehennen und Puten getötet werden.",
        True,
        [("count", 140000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Virus vom Typ H5N1 war in drei Betrieben nachgewiesen worden, teilte der Landkreis am Dienstag mit.",
        True,
        [("count", 3, None, None)],
        "der Landkreis",
    ),
    (
        "de",
        "Seit Anfang Oktober sind in Niedersachsen damit mehr als 1,1 Millionen Tiere der Seuche oder den Keulungen zum Opfer gefallen.",
        True,
        [("count", 1100000, None, "over")],
        None,
    ),
    (
        "de",
        "Das Friedrich-Loeffler-Institut stuft das Risiko weiterer Ausbrüche in Geflügelhaltungen als hoch ein.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für Geflügel gilt im gesamten Landkreis und in vier Nachbarkreisen eine Stallpflicht.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Eierpreise im Großhandel zogen innerhalb von zwei Wochen um 12 Prozent an.",
        True,
        [("duration", 2, "week", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Tiere leiden, die Menschen in den Betrieben leiden, das geht an niemandem spurlos vorbei“, sagte ein Sprecher des Landvolks.",
        False,
        [],
        None,
    ),
    ("de", "Geflügelhalter werden aufgerufen, ihre Tiere strikt von Wildvögeln fernzuhalten.", False, [], None),
    # --- London: farm incomes in England (PA) ---
    (
        "en",
        "LONDON (PA) - Average incomes on cereal farms in England fell by 41% to £38,900 in the year to February, official figures show.",
        True,
        [("percent", 41, "%", None), ("money", 38900, "GBP", None)],
        None,
    ),
    (
        "en",
        "Dairy farms were the only type to see a rise, with income up 17% to an average of £142,600, the environment department said.",
        True,
        [("percent", 17, "%", None), ("money", 142600, "GBP", None)],
        "the environment department",
    ),
    ("en", "Almost one in five farms made a loss.", True, [("fraction", 0.2, None, "nearly")], None),
    (
        "en",
        "Lowland grazing livestock farms earned an average of just £14,200.",
        True,
        [("money", 14200, "GBP", None)],
        None,
    ),
    (
        "en",
        "Payments under the old Basic Payment Scheme were cut by a further 24 percentage points during the year as the scheme is wound down by 2027.",
        True,
        [("percent", 24, "pp", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"These figures confirm what farmers have been telling ministers for two years," said NFU deputy president Owen Pritchard.',
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "A Defra spokesperson said ministers were putting 4.7 billion pounds into farming over two years.",
        True,
        [("money", 4700000000, "GBP", None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Kyiv: Ukraine's harvest under fire (Reuters) ---
    (
        "en",
        "KYIV, Dec 3 (Reuters) - Ukraine's grain harvest is set to reach about 59 million tonnes this year, up from 56.3 million tonnes in 2025, the agriculture ministry said on Thursday.",
        True,
        [
            ("date", "--12-03", None, None),
            ("count", 59000000, None, "about"),
            ("count", 56300000, None, None),
            ("year", 2025, None, None),
        ],
        "the agriculture ministry",
    ),
    (
        "en",
        "The total includes 22.8 million tonnes of wheat and about 31 million tonnes of corn, with some fields near the front line still unharvested.",
        True,
        [("count", 22800000, None, None), ("count", 31000000, None, "about")],
        None,
    ),
    (
        "en",
        "Grain exports in the first three months of the July-June season fell 9% year on year to 9.7 million tonnes.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 3, "month", None),
            ("percent", 9, "%", None),
            ("count", 9700000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ukrainian officials estimate that about 4.5 million hectares of farmland remain contaminated by mines or unexploded ordnance.",
        True,
        [("count", 4500000, None, "about")],
        None,
    ),
    (
        "en",
        "Russian drones damaged port facilities in the Odesa region 17 times in November.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "en",
        '"Every tonne we export leaves under the threat of drones," said Oleksandr Tkachenko-Vovk, who heads a grain traders\' association.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Before the full-scale invasion in 2022, Ukraine was the world's third-largest exporter of corn.",
        True,
        [("year", 2022, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Brüssel: EU-Staaten billigen Mercosur-Abkommen (AFP) ---
    (
        "de",
        "Brüssel (AFP) - Begleitet von Protesten tausender Landwirte haben die EU-Staaten am Donnerstag im zweiten Anlauf das Freihandelsabkommen mit dem südamerikanischen Mercosur-Bund gebilligt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Für das Abkommen stimmten 21 der 27 Mitgliedsländer, Frankreich, Polen, Österreich, Irland und Ungarn votierten dagegen.",
        True,
        [("count", 21, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Brüsseler Polizei waren rund 950 Traktoren in die Innenstadt gefahren, Demonstranten warfen Eier und Feuerwerkskörper auf das Ratsgebäude.",
        True,
        [("count", 950, None, "about")],
        "die Brüsseler Polizei",
    ),
    (
        "de",
        "Das Abkommen sieht für Rindfleisch aus Südamerika ein Zollkontingent von 92.000 Tonnen im Jahr vor, für Geflügel von 180.000 Tonnen.",
        True,
        [("count", 92000, None, None), ("count", 180000, None, None)],
        None,
    ),
    (
        "de",
        "Der Zoll innerhalb des Kontingents soll über sechs Jahre schrittweise auf 7,5 Prozent sinken.",
        True,
        [("duration", 6, "year", None), ("percent", 7.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die EU-Kommission verwies auf neue Exportchancen für Käse, Wein und Olivenöl im Umfang von bis zu 4 Milliarden Euro im Jahr.",
        True,
        [("money", 4000000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "„Heute hat Europa seine Bauern verkauft“, sagte der Präsident des französischen Bauernverbands FNSEA.",
        False,
        [],
        None,
    ),
    ("de", "Ob das Europaparlament dem Abkommen zustimmt, gilt als offen.", False, [], None),
]
