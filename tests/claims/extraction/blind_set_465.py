"""Four-hundred-and-sixty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear only by office,
and ministers, governors and members of parliament of real governments appear by their role
only ("the state's governor", "Poland's development minister", "The transport secretary",
"The local MP"; „Der Bundesrat“ as a body); the presidents, directors, chief executives,
experts and officers of real associations and unions (the VDA, Auto-Schweiz, the SMMT, the
ÖAMTC, Unite) appear under made-up names that stand for no real holder, and every carmaker,
supplier, battery maker, charging map provider, research firm and bank named here, and every
model with a figure in its name, is made up.

Names: Henrike Obermaier-Lenz, Urs Kägi-Brunner, Matthias Grundeis-Weller, Lisa
Hofbauer-Stix, Katrin Lohmeyer-Dast, Dirk Staudacher-Ihm, Gerald Aigner-Pfusterer, Konrad
Wilms-Ebner and Sabine Köhnlein-Arz; Tang Weiyuan, Gareth Pennington-Hale, Jörg
Hellwege-Sand, Dana Kolbeck-Rey, Karen Ashdown-Reilly, Alicia Brandvold-Nash, Yoon Ji-ho,
Priya Ramanathan-Cole, Marco Delvecchio-Haas, Hiroshi Tanabe-Mori, Felix Arnaud-Brenner,
Rhonda Kesterson, Martina Ekholm-Varga and Sandra Vieira-Holt; the firms Qilan Auto (and
Qilan Europe), Hambrock Antriebstechnik, Brennhill Motors, Arden Driveline, Mitteldeutsche
Zellwerke, Drayton Electric, Lechfeld, Sungwoo Energy, Varnholt (and Varnholt Schweiz),
Kestner, ChargeScope, Ennsbrück Komponenten, Ironridge Motors, Kanemori Motor, Carrick
Motors, Autometra, Kestrel Research, Voltage Metrics, Morland Securities and Calder Bank;
the models Carrick Tern 4, Tamarack 7, Tamarack 9, Drayton 3, Mira 3, Mira 5, Mira 7,
Outrider 5E and Sawtooth; every unnamed spokesman, spokeswoman, spokesperson, dealer,
official, analyst, lawmaker and minister. Real bodies, unions, schemes, exchanges, data
providers and places (Kraftfahrt-Bundesamt, KBA, Verband der Automobilindustrie, VDA, IAA,
Auto-Schweiz, Touring Club Schweiz, IG Metall, Statistik Austria, Klimaschutzministerium,
E-Mobilitätsbonus, ÖAMTC, Bund, Bundesamt für Strassen, Astra, Bundesnetzagentur, BDEW,
ADAC, PRO-GE, Land Oberösterreich, WLTP, Bundesinnung der Fahrzeugtechnik, Bundesrat,
Bundesamt für Energie, BFE, Verkehrs-Club der Schweiz, Zentralverband des Deutschen
Kraftfahrzeuggewerbes, Frankfurt, Flensburg, Bern, Schweinfurt, Tschechien, Rumänien, Wien,
Zeitz, Sachsen-Anhalt, Augsburg, China, Bonn, Bayern, Steyr, Oberösterreich, Zwickau,
München, Vorarlberg; the Society of Motor Manufacturers and Traders, SMMT, the ZEV mandate,
the European Commission, the EU, Reuters, the National Highway Traffic Safety
Administration, NHTSA, Unite, LSEG, the RAC, the European Automobile Manufacturers'
Association, ACEA, the Environmental Protection Agency, the Department for Transport,
Transport & Environment, the European Parliament, Shenzhen, Hong Kong, Europe, Brazil,
Thailand, Sunderland, Germany, Birmingham, Tyseley, Poland, Slovakia, Austin, Texas,
Oklahoma, Seoul, London, Northern Ireland, Italy, France, Lansing, Michigan, Tokyo, Paris,
Wroclaw, and the datelines' cities) stand for the way wire copy names them; every
registration, share, emission value, capacity, range, price, subsidy, grant, fine, tariff,
result, job cut, recall, forecast and quote here is invented, and where a real figure came
to mind (the EU's real CO2 target for 2030 and its real penalty per gram, the real ceiling
and price limit of a British grant, a real British chargepoint target, real countervailing
duty rates) it was changed or the reference dropped.

Its weight: THE CAR INDUSTRY AND ELECTRIC VEHICLES, fifth round for carmakers and electric
cars (the sixtieth batch weighed the automotive industry and mobility, the
hundred-seventy-eighth the car industry, transport and mobility, the
two-hundred-and-fiftieth carmakers, electric vehicles and suppliers and the
three-hundred-and-sixty-fourth automotive and industrial companies, and the
two-hundred-and-twenty-fourth industry results and job cuts with car suppliers among them;
their decisions are kept) over one made-up year in story order, January 2 to December 18,
2030, as 31 short stories with the German and English ones interleaved by date, each told as
wire copy runs it (a dateline lead with the headline figure, the figures around it,
attributed claims, the other side, quotes, the share price). Half German (dpa, dpa-AFX, APA,
Keystone-SDA; Austrian „heuer“, „Jänner“, „Arbeitsstiftung“, „Mio. Euro“, Swiss
„Personenwagen“, „in Verkehr gesetzt“, „CO2-Ausstoss“, „hiess es“, „innert“, „begrüsste“,
„Vernehmlassung“ and „241'386“ with the apostrophe, «» quotes, German „“ quotes, dpa-AFX's
„(Vj. ...)“): the KBA's registrations for 2029 with the electric share, Swiss registrations
with CO2 penalties in francs, a supplier closing its Schweinfurt plant, Austria's February
registrations and the e-mobility bonus, a battery cell factory in Zeitz in gigawatt hours, a
carmaker's first quarter, a Swiss brake recall, Germany's public charging points, job cuts
at a supplier in Steyr, a new electric SUV with its range, charging time, power and
consumption, the VDA's forecast at the IAA, Austria's electric cars after three quarters,
the carmaker's third quarter with job cuts, Switzerland's eased CO2 targets in grams per
kilometre and the KBA's November. Half English (Reuters with dated datelines, AP, PA): a
Chinese EV maker's annual deliveries, British registrations under the ZEV mandate, minimum
prices for Chinese EVs in place of EU duties, a battery fire recall, a parts plant closing
in Birmingham, a U.S. EV maker's first-quarter deliveries, a Korean battery plant in
Oklahoma in gigawatt hours, Britain's public chargers and their prices in pence, ACEA's
first half, an electric pickup's EPA range in miles with its price, a Japanese carmaker's
cut forecast in yen, Britain's extended electric car grant and a price cut, the European
Parliament's vote on CO2 targets in grams per kilometre, layoffs at a Michigan EV plant, the
Chinese maker's first European plant and ACEA's November. Speakers as such copy has them:
bodies with „wie ... mitteilte“, „teilte ... mit“ and "said"; executives, association heads,
an ÖAMTC expert, a union officer, a union president and analysts with their titles, or after
"said" with their description behind the name; beside them the forms left unchecked (roles,
plural sources, a description before a name, „hieß es“, compounds like „nach KBA-Angaben“,
verbs that are not of saying, documents, data and every "according to"). Figures as such
copy has them: registrations, deliveries, production, recalls, jobs, plants, charging
points, exhibitors and votes as counts with their hedges; market and electric shares and
their moves in percentage points, margins, tariffs, share prices and charge levels in
percent; results, prices, subsidies, fines, grants, investments and charging prices in
euros, pounds and pence, dollars, yen and francs (a converted figure in brackets); battery
and charging capacity in gigawatt hours, gigawatts, kilowatt hours, kilowatts and PS, ranges
in kilometres and miles, a towing capacity in pounds, consumption per 100 kilometres and CO2
in grams per kilometre as counts; model names with figures (which carry none) and model
years; quarters, halves and recalls as ordinals; shares of new cars and chargers as
fractions; multiples, spans, an age, years, dates and datelines. Negatives as such copy has
them - 56 rows, none with a figure: executives', association heads', unionists' and
analysts' rhetoric, regret and resolve in quotes, marketing talk (also naming a model with a
figure), a test-drive impression, labels („sprach von“, „nannte“, "called", "described ...
as"), analysts' and environmental groups' verdicts and a doubt, a warning and outlooks
without a figure, advice, an evasion, a declined answer, open questions and market colour,
each near a check-worthy look-alike from the same story (often the same speaker's figure).

240 rows (119 German, 121 English), 56 negatives (29 German, 27 English), 184 check-worthy
rows of which 8 carry no figure (7 German, 1 English), 335 expected quantities (115 counts,
83 percentages - 81 in "%", 2 in "pp" -, 46 amounts of money - 23 EUR, 10 GBP, 5 JPY, 5 USD,
3 CHF -, 36 years, 19 ordinals, 15 dates, 15 durations - 6 in months, 4 in years, 3 in
minutes, 2 in weeks -, 6 fractions - 0.3333 three times, 0.25 twice, 0.5 once -; none of
them in a negative), 37 checked speakers (18 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, regret, resolve, reassurance, marketing claim, test impression, view,
  doubt, warning naming no measure, outlook without a figure, piece of advice, evasion or
  open question is a negative with speaker None, also with a named speaker and an office
  (seventh, sixtieth, ninety-eighth, two-hundred-and-fiftieth,
  three-hundred-and-sixty-fourth, four-hundred-and-fifty-first); a quoted or reported
  figure, forecast with a figure, step, plan, cause or position is check-worthy with its
  speaker, also in Konjunktiv I (sixtieth, hundred-seventy-eighth). Pairs from one speaker:
  Tang's 2.6 million and first plant beside "We did not win these customers with discounts
  ..."; Obermaier-Lenz's 2,95 Millionen beside „... im Alltag der Menschen angekommen“ and
  her 280 Milliarden Euro beside „... wie ich ihn noch nicht erlebt habe“; Pennington-Hale's
  £5.1 billion beside "No other market in the world ..."; Kägi-Brunner's 140 Millionen
  Franken beside «Die Politik hat die Ziele festgelegt ...»; Hellwege-Sand's 4,000 euros
  beside "a tariff wall for a price fence"; Grundeis-Weller's 17 Prozent beside „Wir haben
  lange gehofft ...“; Hofbauer-Stix's 900 Euro beside „Mit dieser Förderung allein ...“;
  Ashdown-Reilly's ballot beside "a hammer blow"; Lohmeyer-Dast's first cells beside „Hier
  wird die Energiewende zum Anfassen greifbar“; Staudacher-Ihm's 6 to 8 percent beside
  „holprig“; Yoon's 60% beside "The growth is in storage ..."; Ramanathan-Cole's 71p beside
  "a lottery"; Aigner-Pfusterer's 1.740 beside „Wir kämpfen um jeden Arbeitsplatz ...“;
  Tanabe-Mori's 150,000 vehicles and two of five plants beside "The Chinese market we knew
  is not coming back"; Arnaud-Brenner's 15% beside "The target has not moved ...";
  Wilms-Ebner's 280.000 beside „wetterfest“; Kesterson's 80% and 52 weeks beside "the jobs
  we were promised"; Ekholm-Varga's two models beside "a market we want to belong to";
  Vieira-Holt's 19.6% beside "from the early adopters to the mainstream". Told by a role or
  a body: the transport secretary's September 2032 beside "making the switch affordable";
  Varnholt's recall beside its spokesman's «Die Sicherheit unserer Kundschaft ...» and the
  Astra's figures beside its advice; the Klimaschutzministerium's 180 Mio. Euro beside its
  evasion on the bonus; Ironridge's range and price beside its marketing line and its chief
  engineer's "ends the argument"; Carrick's price cut beside "the best value"; Brennhill's
  capped charging beside its spokeswoman's reassurance; the Commission's six-month review
  beside its spokesperson's refusal to name other makers.
- Negatives (sixtieth, two-hundred-and-fiftieth, three-hundred-and-sixty-fourth,
  four-hundred-and-fifty-first): the quotes above; labels („Der Betriebsrat sprach von einem
  „Kahlschlag mit Ansage“.“, „Ein Händler sprach von einem „Quartal zum Abhaken“.“, „Die
  Gewerkschaft PRO-GE nannte die Entscheidung einen ...“, „Betriebsratschefin Sabine
  Köhnlein-Arz sprach von „Wortbruch“.“, "The local MP called the decision a betrayal ...",
  "Green lawmakers described the outcome as a reward ..."); marketing talk („Der Mira 7
  verbinde ..., wirbt der Hersteller.“ - sixtieth: „..., verspricht der Hersteller.“ -,
  "Ironridge says the Outrider 5E combines ...", "Carrick said the Tern 4 offered the best
  value ...") and a test impression („Auf der Teststrecke wirkte das SUV leise ...“);
  verdicts, views and a doubt („Umweltverbände halten den Standort ... für ungeeignet.“,
  "Analysts said the numbers showed ...", "Analysts said the revised outlook still looked
  optimistic.", "Some analysts question whether ..."); a warning and outlooks without a
  figure ("Industry officials warned that the recovery remained fragile.", „Branchenkenner
  erwarten, dass ...“, „Der Zentralverband ... erwartet, dass die Nachfrage im Winter
  nachlässt.“, Brandvold-Nash's "slightly" - two-hundred-and-fiftieth: a forecast without a
  figure); advice („Der Touring Club Schweiz empfiehlt ...“, „Das Astra rät ...“, „Der ÖAMTC
  rät ...“, "Drivers who want to know ... can search by VIN ..."); an evasion and a declined
  answer („..., ließ das Klimaschutzministerium offen.“, "A Commission spokesperson would
  not say ..."); open questions („Ob der Schwung im neuen Jahr anhält, dürfte ...“, „Ob das
  Parlament der Lockerung zustimmt, ist offen.“, "Whether buyers in southern Europe ... is
  unclear.", "Whether growth will hold up ... remains unclear." - "several" none); market
  colour („Im Handel ist ... von einer Rabattschlacht die Rede.“; sixtieth: „Händler klagen
  über volle Höfe ...“) and unnamed spokespeople's lines (the ADAC, an importers'
  association, the Verkehrs-Club der Schweiz). New: a marketing line that names a model with
  a figure ("Ironridge says the Outrider 5E combines the muscle of a work truck ...", „Der
  Mira 7 verbinde ...“) is a negative with no expected quantity - the figure belongs to the
  model's name and carries none (sixtieth: "EV.4", "eX5", "Model 5"), and what is claimed is
  the maker's praise.
- Check-worthy without a figure (sixtieth, two-hundred-and-fiftieth,
  three-hundred-and-sixty-fourth): production moving to Czechia and Romania („hieß es aus
  dem Unternehmen“), the IG Metall's demonstration on Thursday (an announced step), „Unfälle
  oder Verletzte ... seien bisher keine gemeldet worden, hiess es.“ (sixtieth), the fewest
  and most charging points per inhabitant („je Einwohner“ none), the attribution row „Das
  teilte der Verband der Automobilindustrie (VDA) ... mit.“ (two-hundred-and-fiftieth: „Das
  teilte das Kraftfahrt-Bundesamt am Freitag mit.“), the ruling out of forced redundancies
  (a position; the speaker a pronoun), Ironridge's stated cause ("blamed" is no verb of
  saying) and the Bundesrat's plan (an announced step). New: "Most carmakers would avoid
  fines altogether if their EV sales grow by 15% a year, said Felix Arnaud-Brenner, ..." is
  check-worthy with its speaker - an analyst's projection with its condition and a figure
  can be checked against the sales and fines that follow, as an analyst's figure
  (two-hundred-and-fourth) and a result recomputed without one item
  (two-hundred-and-fiftieth) were; "a year" none.
- Deliveries, registrations, production, recalls, jobs, plants, chargers, exhibitors and
  votes are counts as written with their hedges (sixtieth, two-hundred-and-fiftieth,
  three-hundred-and-sixty-fourth): "2.14 million" and "its target of 2.3 million", "more
  than doubled to 386,400" (the verb none), "alone reached a record 241,950" ("alone" and "a
  record" no hedge), „rund 2,91 Millionen Pkw“ "about", „688.420“, "topped two million"
  2,000,000 (the number word with its scale; "topped" no hedge), „241'386“, „18'942 ..., vor
  Kestner mit 16'305“, „6'274“ and „rund 286'000“ (the Swiss apostrophe, tenth; the list
  rule, forty-sixth), "three Chinese electric-vehicle makers" 3 and "two EU officials" 2
  (hundred-fifty-ninth), „alle 1.480 Arbeitsplätze“ („alle“ no hedge), „weitere 3.200
  Stellen ..., davon etwa 2.100“, "more than 214,000 electric SUVs" "over", "19 fires and
  four minor injuries", „auf 2.106“, "up to 870 jobs" "up_to", "more than 40 vehicle models"
  "over", "about 6,300 people", „etwa 2.400 Arbeitsplätze“, "318,600 vehicles ..., well
  short of the roughly 341,000 analysts had forecast" ("well short of" before an article no
  hedge, three-hundred-and-sixty-fourth), "347,250", "about 2,000 people", "94,870",
  "18,420", "only 612" ("only" no hedge), "around 260,000 public chargepoints", „rund
  214.000 öffentlich zugängliche Ladepunkte“, „gut 48.600 Schnellladepunkte“ "over" („Davon“
  no hedge), „14 Elektroautos einen öffentlichen Ladepunkt“ 14 („einen“ none), „mindestens
  500.000“ "at_least", "5.71 million", "331,480 ..., ahead of France with 168,920", „rund
  640 seiner 2.380 Stellen“ (the hedge on its own figure, two-hundred-and-fiftieth), „mit
  den verbleibenden 1.740 Beschäftigten“ („verbleibenden“ no hedge;
  three-hundred-and-eighty-eighth: "remaining"), "61,300", „712 Unternehmen aus 38 Ländern
  ..., darunter 97“ („darunter“ no hedge), "about 148,000 purchases", "Only 31 of the 64
  electric models" 31 and 64 (a definite group, forty-first), „47.318“, „um rund 3.900 auf
  knapp 36.000“ "about" and "nearly", „insgesamt rund 236.000“ "about" („insgesamt“ no
  hedge), "by 402 votes to 218, with 41 abstentions", „weitere 6.500 Stellen“, „um rund
  280.000 Fahrzeuge im Jahr“ („im Jahr“ none), „512.300 Fahrzeuge ..., darunter 158.900“,
  "about 1,700 workers", "about 4,200 hourly workers", "200,000 vehicles a year" ("a year"
  none), "up to 3,500 people", "94,600 cars", "two models" 2, „64.280“, „236.910“,
  „742.500“, „mit 9.812 E-Autos ..., vor Lechfeld mit 8.447“, "176,240", "1.79 million";
  "close two of its five plants" 2 and 5 (two-hundred-and-fiftieth: "two of its U.S.
  production lines"), „im Dreischichtbetrieb“ 3 (sixtieth). Multiples are counts with their
  hedges: "up to four times as much per mile" 4 "up_to" (fifty-first: „bis zu zehnmal so
  schnell“; "per mile" none). New: "over three times its total for January to October last
  year" is 3 "over" - "over" right before a multiple bounds it as "more than twice the
  threshold" 2 "over" (four-hundred-and-fifty-first) and „über“ before a figure (sixtieth:
  „Lkw über 3,5 Tonnen“) do, unlike "over" before a span. None: "a single shift" (sixtieth),
  "several", "Most", "the rest", „die wenigsten“, „die meisten“.
- Physical measures are counts of the figure as written, the unit not checked (sixtieth,
  two-hundred-and-fiftieth): CO2 („96,8 Gramm pro Kilometer“, „101,4 Gramm pro Kilometer;
  ... 94,2 Gramm“, „84 Gramm pro Kilometer“, "no more than 52.4 grams of CO2 per kilometre"
  "at_most" - hundred-seventh: "no more than"); battery and charging capacity („zunächst 16
  Gigawattstunden“ - „zunächst“ no hedge -, „32 Gigawattstunden“, "30 gigawatt hours", "more
  than 110 gigawatt hours" "over", "a record 14.8 gigawatt hours", „11,8 Gigawatt“, „mehr
  als 150 Kilowatt“ "over", "capable of at least 50kW" "at_least", „79 kWh“, "Its
  148-kilowatt-hour battery" 148 and "a 350-kilowatt fast charger" 350 - a figure heading a
  hyphenated compound, as "a 150kW rapid charger" and "a 300-horsepower motor", sixtieth -,
  „210 kW (286 PS)“ two counts - sixtieth: „345 kW (469 PS)“); ranges („bis zu 583
  Kilometern nach WLTP“ "up_to" - sixtieth: „bis zu 701 Kilometern nach WLTP“ -, "412
  miles", "318 miles", "about 160 miles of range in 15 minutes" 160 "about" and 15 minutes,
  „bei 15.000 Kilometern im Jahr“); consumption („16,2 kWh auf 100 Kilometer“ 16.2 and 100;
  sixtieth: „6,2 Liter auf 100 Kilometer“); a load ("to tow up to 11,000 pounds" 11,000
  "up_to" - "pounds" measuring a load, sixtieth: "7,700 pounds (3,493 kg)"). "CO2",
  „CO2-Ausstoß“, „CO2-Ausstoss“, „CO2-Zielwerte“, "WLTP", "EV", "E-Auto", „E-Anteil“, "ZEV",
  "VIN" carry none.
- Model names carry none, the figure inside them included (sixtieth: "EV.4", "eX5", "Model
  5", "Arden 4"; two-hundred-and-fiftieth, three-hundred-and-sixty-fourth): "The Carrick
  Tern 4" and "its Tern 4 hatchback", "Tamarack 7 and Tamarack 9", "its cheaper Drayton 3",
  „die Modelle Mira 3 und Mira 5“, „Elektro-SUV Mira 7“ and "the Outrider 5E" (a figure
  glued to a letter, as "eX5"), in check-worthy rows and negatives alike.
- Percentages as written (every batch): "up 31%", "about 61%" "about", "as much as 4.6%"
  "up_to" (hundred-seventy-eighth: "by as much as"), „4,3 Prozent mehr als 2028“, „23,7
  Prozent, nach 19,4 Prozent“, moves of a share in percentage points „um 2,8 Prozentpunkte
  auf 10,6 Prozent“ and "a gain of 3.4 percentage points" in "pp" (hundred-seventy-eighth,
  two-hundred-and-fiftieth), "a 27.4% share, well below the 33%" ("well below" before an
  article no hedge, two-hundred-and-fiftieth), „Ziel von 50 Prozent“, "countervailing duties
  of up to 37.6%" "up_to", „zeitweise 8,4 Prozent“ („zeitweise“ no hedge), „um 5,6 Prozent
  weniger“ and „um 29,4 Prozent auf 2.106“ with no sign, "capped ... at 80%", „um knapp 40
  Prozent“ "nearly", „von 10 auf 80 Prozent“ (sixtieth: a charging window), „von 6 bis 8
  Prozent“ both ends with the unit written once (sixtieth), „ein Minus von 1,2 Prozent“ 1.2
  (a noun, no sign; three-hundred-and-sixty-fourth), „ein Plus von 18,6 Prozent“, „knapp 12
  Prozent mehr“ "nearly", "about 80% of their pay", "grow by 15% a year", "which stand at
  21.4%", "just 6.8%" ("just" no hedge), "about 30%", "about 19.6%".
- Money in the currency written (every batch): EUR („4,8 Milliarden Euro“, „bis zu 4.000
  Euro“ "up_to" and „sofern der Listenpreis 55.000 Euro netto nicht übersteigt“ 55,000 with
  no hedge - two-hundred-and-fiftieth: „sofern der Listenpreis 60.000 Euro nicht übersteigt“
  -, „180 Mio. Euro“, „um rund 900 Euro billiger“ "about", „rund 2,7 Milliarden Euro“, „mit
  zusammen 610 Millionen Euro“ („zusammen“ no hedge), „auf 1,62 Milliarden Euro ... auf 31,4
  Milliarden Euro“, „auf 78,36 Euro“, „4,2 Mio. Euro“, „612 Mio. Euro ... 23 Mio. Euro“, „ab
  41.990 Euro“ (a starting price, no hedge; sixtieth), „rund 280 Milliarden Euro“, „742 (Vj.
  1.380) Millionen Euro“ two amounts (three-hundred-and-sixty-fourth), "at least 27,500
  euros" "at_least", "roughly 4,000 euros" "about", "88 euros for every gram" ("every gram"
  none, two-hundred-and-fiftieth), "up to 11 billion euros" "up_to", "1.6 billion euros",
  "priced below 25,000 euros" "under" - two-hundred-and-fiftieth: "priced below $30,000"),
  GBP ("£11,500 for every car", "an estimated £5.1 billion" "about", "£25 million", "71p ...
  from 77p" 0.71 and 0.77 - pence, sixtieth -, "up to £2,900" "up_to", "priced under
  £38,500" "under" - four-hundred-and-twentieth: „unter“ right before the figure -, "£410
  million", "by £2,500 to £29,495"), USD ("$3.8 billion", "$540 million", "$58,995", "($7.7
  billion)" in brackets, unhedged), JPY ("1.14 trillion yen", "420 billion yen, against 310
  billion yen", "248 billion yen, short of the 276 billion yen average of analyst
  estimates"; three-hundred-and-sixty-fourth), CHF („rund 140 Millionen Franken“ "about",
  „insgesamt 131,7 Millionen Franken“ - „insgesamt“ no hedge -, „bis zu 90 Millionen
  Franken“ "up_to"). New: "its cheaper Drayton 3, priced from $32,990" is 32,990 USD with no
  hedge - "priced from" names a starting price as "starting at" and „ab“ do (sixtieth), not
  a bound on a group.
- Fractions (the issue's "jeder vierte", "ein Drittel"): „knapp jeder vierte Neuwagen“ 0.25
  "nearly" (two-hundred-and-fiftieth: „knapp jeder fünfte“), „Jeder dritte Neuwagen“ 0.3333,
  "nearly a third of all public devices" 0.3333 "nearly", „Gut die Hälfte der neuen E-Autos“
  0.5 "over" (four-hundred-and-twentieth: „gut ein Fünftel“), „gut jeder vierte Neuwagen“
  0.25 "over". New: "fell below a third of registrations" is 0.3333 "under" - "below" right
  before a share bounds it from above as "less than a third" does (two-hundred-and-fiftieth)
  and as "below minus 40" bounds a figure (four-hundred-and-fifty-first), while "well below
  the 33%" before an article compares.
- Ordinals (the issue's "das sechste Treffen"; sixtieth, two-hundred-and-fiftieth,
  three-hundred-and-sixty-fourth): quarters and halves ("in the first quarter", „im ersten
  Quartal“, „im dritten Quartal“ twice, "in the third quarter", "in the first half" ordinal
  1 with no fraction, "on the first half of last year" 1), "the 11th straight monthly rise"
  11, "its first European assembly plant" and "its first European car plant" 1
  (two-hundred-and-fiftieth: "its first plant outside China"), "marking the first time" and
  "for the first time" 1, "the automaker's third battery-related recall" 3
  (two-hundred-and-fiftieth: "the automaker's second camera-related recall"), „bereits der
  dritte Rückruf“ 3 („bereits“ no hedge), „In einer zweiten Ausbaustufe“ 2
  (two-hundred-and-fiftieth: „in der ersten Ausbaustufe“), „die ersten Zellen“ 1
  (two-hundred-and-forty-fourth: „Die ersten Bartgeier“), "the company's fourth consecutive
  quarterly decline" 4 (two-hundred-and-fiftieth: "third consecutive"); "in the first 10
  months" and "In the first 11 months" ordinal 1 with the span (sixtieth). "best-selling",
  „größte“, "largest", „höchsten“, „größten“, „strengere“, "the most popular choice", "the
  cheapest" and "a record" none.
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"): "over the next 18
  months" 18 months ("over" before a span no hedge), "about nine weeks of sales" 9 weeks
  "about", „rund 30 Monate“ "about", „etwa 45 Minuten“ "about", „innert zwölf Monaten“ 12
  months („innert“ no hedge, four-hundred-and-fifty-first), „in 22 Minuten“ and "in 15
  minutes" (sixtieth: charging times), „in den kommenden vier Jahren“ 4 years, "for another
  two years" 2 years ("another" no hedge, two-hundred-and-fiftieth), "on average over three
  years" 3 years, "for up to 52 weeks" "up_to", "the first 10 months" and "the first 11
  months" (above); an age („Der 61-jährige Finanzvorstand“ 61 years, the issue's
  „62-jährige“). New: "every six months" is 6 months - a recurring span has its length, as
  „im Mittel nur etwa alle 100 Jahre“ gave 100 years (four-hundred-and-fifty-first), while
  "every" before a noun counts nothing ("for every car", "for every gram"). None: "last
  year", "a year earlier", "year on year", "this year", "next year", "full-year", "a year",
  "at the end of May", "since it opened", "in March", "in October", "in August",
  "April-June", "the business year ending in March", "January to October last year", "in
  early trade", „im vergangenen Jahr“, „Im vergangenen Jahr“, „ein Jahr zuvor“, „im
  Vorjahr“, „im Februar des Vorjahres“, „gegenüber dem Vorjahresmonat“, „im
  Vorjahreszeitraum“, „für das laufende Jahr“, „für dieses Jahr“, „für das Gesamtjahr“,
  „Heuer“, „heuer“, „im Jahr“, „pro Jahr“, „binnen eines Jahres“ (ninety-third: „eine
  Stunde“ none), „seit Jahresbeginn“, „Von Jänner bis September“, „Von Januar bis Oktober“,
  „Von Januar bis November“, „im Sommerquartal“, „am Vormittag“, „zum Jahresauftakt“, „über
  das Jahresende hinaus“, months alone and weekdays.
- Years and dates: Reuters datelines with a day are dates without a year ("SHENZHEN, Jan 2
  (Reuters)" --01-02, "BRUSSELS, Jan 28", "AUSTIN, Texas, April 2" with the state between
  city and day, "OKLAHOMA CITY, May 12", "BRUSSELS, July 22", "TOKYO, Aug 7", "BRUSSELS, Oct
  15", "WARSAW, Nov 20", "BRUSSELS, Dec 18"; two-hundred-and-fiftieth,
  four-hundred-and-fifty-first); dpa, dpa-AFX, APA, Keystone-SDA, PA ("LONDON (PA) -",
  "BIRMINGHAM, England (PA) -") and AP ("DETROIT (AP) —" twice, "LANSING, Mich. (AP) —")
  datelines none (seventy-ninth). Dates: "from April 6" --04-06 (two-hundred-and-fiftieth),
  "due on April 24" --04-24, "on Nov. 27" --11-27, "starting Jan. 12" --01-12
  (three-hundred-and-sixty-fourth: "starting Dec. 8"), „zum 31. März 2031“ 2031-03-31 and
  „bis zum 20. Februar 2031“ 2031-02-20 (two-hundred-and-fiftieth: „für den 15. September
  2026“). Model years give both years ("from the 2027 through 2029 model years", „der
  Baujahre 2027 bis 2029“; sixtieth, two-hundred-and-fiftieth). Years as written: "in 2029",
  "in 2028", „als 2028“, „als 2029“, "since 2019", "by the end of 2031", „bis Ende 2031“,
  „bis 2032“, „sei 2029“, "since 2026", „bis 2034“, „Ende 2032“, "in 2032", "since 2028",
  „bis 2035“, "from 2030" twice, „bis Mitte 2031“, „hatte 2029“, „bis 2031“ twice, "until
  September 2032" the year (four-hundred-and-fifty-first: "July 2029"), "their 2030 CO2
  targets", „bis 2033“, "opened in 2027", "at its peak in 2028", „Statt ab 2031 ... erst ab
  2033“ (two-hundred-and-fiftieth: „ab 2028“, „ab 2027“), "in 2033", "the ZEV mandate set
  for carmakers in 2029".
- Hedges, only the names in use: „rund“, „etwa“, "about", "around", "roughly", "an
  estimated" "about"; „knapp“, "nearly" "nearly"; „gut“, „Gut“, „mehr als“, "more than",
  "over" before a multiple "over"; "below" before a share or an amount and "under" before an
  amount "under"; „bis zu“, "up to", "as much as" "up_to"; „mindestens“, "at least"
  "at_least"; "no more than" "at_most". No hedge: „alle“, „weitere“, „davon“, „Davon“,
  „darunter“, „zusammen“, „insgesamt“, „zunächst“, „zeitweise“, „bereits“, „verbleibenden“,
  „innert“, „ab“ before a price or a year, "priced from", "alone", "a record", "just",
  "only", "Only", "another", "well below" and "well short of" before an article, "topped",
  "over" before a span, "by" and „um“ before a difference, the „bis“ of a range, and "more",
  „mehr“, „weniger“ after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „wie das
  Kraftfahrt-Bundesamt (KBA) zum Jahresauftakt mitteilte“ -> "das Kraftfahrt-Bundesamt" (the
  abbreviation and the occasion dropped; two-hundred-and-fiftieth,
  four-hundred-and-twentieth: „zum Abschluss des Berufsberatungsjahres“), „teilte das KBA am
  Mittwoch mit“ -> "das KBA" (sixtieth), „wie Auto-Schweiz am Dienstag mitteilte“ ->
  "Auto-Schweiz" (sixtieth: „teilte Auto-Schweiz mit“; four-hundred-and-twentieth: a body
  after „wie ... mitteilte“), „teilte die Statistik Austria am Mittwoch mit“ -> "die
  Statistik Austria" (three-hundred-and-sixty-fourth), „wie das Bundesamt für Strassen
  (Astra) am Montag mitteilte“ -> "das Bundesamt für Strassen" (two-hundred-and-fiftieth),
  „teilte die Bundesnetzagentur am Dienstag in Bonn mit“ -> "die Bundesnetzagentur" (the
  weekday and the place dropped; four-hundred-and-twentieth), „teilte das Unternehmen am
  Mittwoch mit“ -> "das Unternehmen" (three-hundred-and-sixty-fourth), „Das teilte der
  Verband der Automobilindustrie (VDA) am Dienstag zum Auftakt der Automesse IAA in München
  mit.“ -> "der Verband der Automobilindustrie" (three-hundred-and-sixty-fourth; the
  occasion and the place dropped), „teilte das Bundesamt für Energie (BFE) am Mittwoch mit“
  -> "das Bundesamt für Energie" (two-hundred-and-fiftieth: „das Bundesamt für Strassen
  (Astra)“); the name with the title dropped („VDA-Präsidentin Henrike Obermaier-Lenz sagte,
  ...“, „Auto-Schweiz-Direktor Urs Kägi-Brunner sagte, ...“, „Vorstandschef Matthias
  Grundeis-Weller sagte, ...“, „ÖAMTC-Verkehrsexpertin Lisa Hofbauer-Stix sagte, ...“,
  „Geschäftsführerin Katrin Lohmeyer-Dast sagte, ...“, „Finanzvorstand Dirk Staudacher-Ihm
  sagte, ...“, „Geschäftsführer Gerald Aigner-Pfusterer sagte, ...“, „Vorstandschef Konrad
  Wilms-Ebner sagte in einer Telefonkonferenz, ...“; two-hundred-and-fiftieth,
  three-hundred-and-sixty-fourth, four-hundred-and-fifty-first), „Obermaier-Lenz sagte, ...“
  the surname as written (two-hundred-and-fiftieth: „Pelzer sagte“). English: "the SMMT
  said" twice -> "the SMMT" (two-hundred-and-fiftieth, three-hundred-and-sixty-fourth),
  "ACEA said on Thursday" -> "ACEA" and "ACEA said carmakers would need ..." opening the row
  (sixtieth), "the European Automobile Manufacturers' Association said on Tuesday" with its
  article (sixtieth), "the National Highway Traffic Safety Administration said late
  Wednesday" with its article and without the weekday and its part of the day
  (hundred-seventy-eighth: "said Tuesday"; three-hundred-and-eighty-eighth: „in der Nacht
  zum Montag“ dropped), "the Department for Transport said" with the article in lower case
  (twenty-ninth: "the Commerce Department said"), "the company said" -> "the company"
  (two-hundred-and-twenty-fourth); the name with the office dropped ("Chief Executive Tang
  Weiyuan told reporters", "SMMT chief executive Gareth Pennington-Hale said", "Unite
  regional officer Karen Ashdown-Reilly said", "Sungwoo Chief Executive Yoon Ji-ho told
  reporters that ...", "ChargeScope chief executive Priya Ramanathan-Cole said", "Chief
  Financial Officer Hiroshi Tanabe-Mori told reporters", "Union president Rhonda Kesterson
  said", "Qilan Europe chief Martina Ekholm-Varga said"; two-hundred-and-fiftieth,
  three-hundred-and-sixty-fourth, four-hundred-and-twentieth), and the name after "said"
  with its description behind it ("said Jörg Hellwege-Sand, an analyst at Kestrel Research",
  "said Felix Arnaud-Brenner, an auto analyst at Morland Securities in Paris", "said Sandra
  Vieira-Holt, head of automotive research at Calder Bank"; hundred-tenth,
  three-hundred-and-fifty-sixth, four-hundred-and-fifty-first). Left unchecked (None): all
  negatives, also those with a named speaker; „hieß es“, „hiess es“ and „hieß es aus dem
  Unternehmen“ (two-hundred-and-fiftieth); compounds („nach KBA-Angaben“, „nach
  Herstellerangaben“, „nach Unternehmensangaben“, „nach Veranstalterangaben“;
  three-hundred-and-seventy-first) and „nach eigenen Angaben“; „nach Angaben der Behörde“ (a
  role noun standing for the body named before, as „dem Hersteller zufolge“,
  two-hundred-and-fiftieth); „nach Berechnungen des Verbands“
  (three-hundred-and-sixty-fourth: „nach Berechnungen des Branchenverbands VDA“); verbs that
  are not of saying („rechnet“ twice, „forderte“, „gibt ... an“, „kündigte ... an“, „will“,
  "expects", "estimated", "rates", "puts", "blamed"; hundred-seventy-eighth,
  three-hundred-and-sixty-fourth); plural and anonymous sources ("two EU officials told
  Reuters", "the officials said", "analysts put"); roles ("the state's governor said on
  Monday", "Poland's development minister said on Thursday", "The transport secretary said",
  "A government spokesman said"; four-hundred-and-fifty-first: "Florida's governor"); a
  description before a name ("The Austin-based company said";
  three-hundred-and-sixty-fourth); documents and data ("agency documents show", "figures
  from charging map provider ChargeScope show", "Autometra figures show";
  four-hundred-and-fifty-first) and every "according to" (LSEG data, figures from research
  firm Autometra, the state's commerce department, a tally by research firm Voltage Metrics,
  the RAC, ratings published by the Environmental Protection Agency, a notice the company
  filed with Michigan regulators; two-hundred-and-fourth). As the
  three-hundred-and-sixty-fourth and four-hundred-and-fifty-first batches did, and to keep
  the checked speakers near 35, several figures are given no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_465 = [
    # --- Qilan Auto's deliveries for 2029 (Reuters), January 2 ---
    (
        "en",
        "SHENZHEN, Jan 2 (Reuters) - Chinese electric-vehicle maker Qilan Auto delivered 2.14 million vehicles in 2029, up 31% from a year earlier, falling short of its target of 2.3 million.",
        True,
        [
            ("date", "--01-02", None, None),
            ("count", 2140000, None, None),
            ("year", 2029, None, None),
            ("percent", 31, "%", None),
            ("count", 2300000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Fully electric models made up about 61% of the total, with plug-in hybrids accounting for the rest.",
        True,
        [("percent", 61, "%", "about")],
        None,
    ),
    (
        "en",
        "Overseas sales more than doubled to 386,400 vehicles, led by Europe, Brazil and Thailand.",
        True,
        [("count", 386400, None, None)],
        None,
    ),
    (
        "en",
        "December deliveries alone reached a record 241,950, the 11th straight monthly rise.",
        True,
        [("count", 241950, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Tang Weiyuan told reporters the company aimed to deliver 2.6 million vehicles this year and to open its first European assembly plant by the end of 2031.",
        True,
        [("count", 2600000, None, None), ("ordinal", 1, None, None), ("year", 2031, None, None)],
        "Tang Weiyuan",
    ),
    (
        "en",
        '"We did not win these customers with discounts, we won them with engineering," Tang said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Its Hong Kong-listed shares fell as much as 4.6% in early trade.",
        True,
        [("percent", 4.6, "%", "up_to")],
        None,
    ),
    # --- Germany's new registrations in 2029 (dpa), January 6 ---
    (
        "de",
        "Flensburg (dpa) - In Deutschland wurden im vergangenen Jahr rund 2,91 Millionen Pkw neu zugelassen, 4,3 Prozent mehr als 2028, wie das Kraftfahrt-Bundesamt (KBA) zum Jahresauftakt mitteilte.",
        True,
        [("count", 2910000, None, "about"), ("percent", 4.3, "%", None), ("year", 2028, None, None)],
        "das Kraftfahrt-Bundesamt",
    ),
    (
        "de",
        "Reine Elektroautos kamen auf 688.420 Neuzulassungen und einen Marktanteil von 23,7 Prozent, nach 19,4 Prozent ein Jahr zuvor.",
        True,
        [("count", 688420, None, None), ("percent", 23.7, "%", None), ("percent", 19.4, "%", None)],
        None,
    ),
    (
        "de",
        "Damit war knapp jeder vierte Neuwagen ein reines E-Auto.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Anteil der Plug-in-Hybride stieg um 2,8 Prozentpunkte auf 10,6 Prozent.",
        True,
        [("percent", 2.8, "pp", None), ("percent", 10.6, "%", None)],
        None,
    ),
    (
        "de",
        "Benziner blieben mit 31,2 Prozent die größte Gruppe, Diesel fielen auf 13,9 Prozent.",
        True,
        [("percent", 31.2, "%", None), ("percent", 13.9, "%", None)],
        None,
    ),
    (
        "de",
        "Der durchschnittliche CO2-Ausstoß der neuen Pkw sank nach KBA-Angaben auf 96,8 Gramm pro Kilometer.",
        True,
        [("count", 96.8, None, None)],
        None,
    ),
    (
        "de",
        "VDA-Präsidentin Henrike Obermaier-Lenz sagte, für das laufende Jahr rechne der Verband mit 2,95 Millionen Neuzulassungen im Inland.",
        True,
        [("count", 2950000, None, None)],
        "Henrike Obermaier-Lenz",
    ),
    (
        "de",
        "„Die Elektromobilität ist im Alltag der Menschen angekommen“, sagte Obermaier-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Schwung im neuen Jahr anhält, dürfte nach Ansicht vieler Händler vor allem von den Strompreisen abhängen.",
        False,
        [],
        None,
    ),
    # --- British registrations in 2029 (PA), January 7 ---
    (
        "en",
        "LONDON (PA) - Britain's new car market grew 3.8% last year to 2,061,340 registrations, the SMMT said, marking the first time it has topped two million since 2019.",
        True,
        [
            ("percent", 3.8, "%", None),
            ("count", 2061340, None, None),
            ("ordinal", 1, None, None),
            ("count", 2000000, None, None),
            ("year", 2019, None, None),
        ],
        "the SMMT",
    ),
    (
        "en",
        "Battery electric cars took a 27.4% share, well below the 33% that the ZEV mandate set for carmakers in 2029.",
        True,
        [("percent", 27.4, "%", None), ("percent", 33, "%", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Any carmaker falling short of the target faces fines of £11,500 for every car over the limit, though credits can be bought from rivals.",
        True,
        [("money", 11500, "GBP", None)],
        None,
    ),
    (
        "en",
        "SMMT chief executive Gareth Pennington-Hale said discounts worth an estimated £5.1 billion had been needed to sell electric cars last year.",
        True,
        [("money", 5100000000, "GBP", "about")],
        "Gareth Pennington-Hale",
    ),
    (
        "en",
        '"No other market in the world asks manufacturers to subsidise their own compliance like this," Pennington-Hale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Petrol cars still accounted for 46.2% of registrations, while diesel fell to 4.9%.",
        True,
        [("percent", 46.2, "%", None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "The Carrick Tern 4, a small electric hatchback built in Sunderland, was the best-selling battery car with 38,915 registrations.",
        True,
        [("count", 38915, None, None)],
        None,
    ),
    # --- Swiss registrations in 2029 (Keystone-SDA), January 14 ---
    (
        "de",
        "Bern (Keystone-SDA) - Im vergangenen Jahr wurden in der Schweiz 241'386 neue Personenwagen in Verkehr gesetzt, 2,1 Prozent mehr als im Vorjahr, wie Auto-Schweiz am Dienstag mitteilte.",
        True,
        [("count", 241386, None, None), ("percent", 2.1, "%", None)],
        "Auto-Schweiz",
    ),
    (
        "de",
        "Der Anteil der Steckerfahrzeuge lag bei 34,8 Prozent, jener der reinen Elektroautos bei 24,1 Prozent.",
        True,
        [("percent", 34.8, "%", None), ("percent", 24.1, "%", None)],
        None,
    ),
    (
        "de",
        "Damit verfehlte die Branche ihr selbst gesetztes Ziel von 50 Prozent deutlich.",
        True,
        [("percent", 50, "%", None)],
        None,
    ),
    (
        "de",
        "Der durchschnittliche CO2-Ausstoss der Neuwagen sank auf 101,4 Gramm pro Kilometer; der Zielwert liegt bei 94,2 Gramm.",
        True,
        [("count", 101.4, None, None), ("count", 94.2, None, None)],
        None,
    ),
    (
        "de",
        "Auto-Schweiz-Direktor Urs Kägi-Brunner sagte, die Importeure müssten dafür Sanktionen von rund 140 Millionen Franken bezahlen.",
        True,
        [("money", 140000000, "CHF", "about")],
        "Urs Kägi-Brunner",
    ),
    (
        "de",
        "«Die Politik hat die Ziele festgelegt, aber die Kundschaft entscheidet im Showroom», sagte Kägi-Brunner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Meistverkaufte Marke blieb Varnholt mit 18'942 Neuzulassungen, vor Kestner mit 16'305.",
        True,
        [("count", 18942, None, None), ("count", 16305, None, None)],
        None,
    ),
    (
        "de",
        "Der Touring Club Schweiz empfiehlt Interessierten, vor dem Kauf die Lademöglichkeiten am Wohnort abzuklären.",
        False,
        [],
        None,
    ),
    # --- Minimum prices for Chinese EVs (Reuters), January 28 ---
    (
        "en",
        "BRUSSELS, Jan 28 (Reuters) - The European Commission agreed minimum import prices with three Chinese electric-vehicle makers on Tuesday, allowing them to avoid countervailing duties of up to 37.6%, two EU officials told Reuters.",
        True,
        [
            ("date", "--01-28", None, None),
            ("count", 3, None, None),
            ("percent", 37.6, "%", "up_to"),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Under the deal, the cheapest model covered must carry a list price of at least 27,500 euros in the bloc, the officials said.",
        True,
        [("money", 27500, "EUR", "at_least")],
        None,
    ),
    (
        "en",
        "Chinese brands held 7.9% of the EU battery-electric market in 2029, up from 5.2% in 2028, according to figures from research firm Autometra.",
        True,
        [
            ("percent", 7.9, "%", None),
            ("year", 2029, None, None),
            ("percent", 5.2, "%", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Commission will review the undertakings every six months.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "A Commission spokesperson would not say which other makers had applied for similar terms.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The minimum prices would add roughly 4,000 euros to the cheapest Chinese models on sale in Germany, said Jörg Hellwege-Sand, an analyst at Kestrel Research.",
        True,
        [("money", 4000, "EUR", "about")],
        "Jörg Hellwege-Sand",
    ),
    (
        "en",
        '"Brussels has swapped a tariff wall for a price fence, and buyers will notice the difference," Hellwege-Sand said.',
        False,
        [],
        None,
    ),
    # --- A supplier closes its Schweinfurt plant (dpa-AFX), February 10 ---
    (
        "de",
        "Schweinfurt (dpa-AFX) - Der Autozulieferer Hambrock Antriebstechnik schließt sein Werk in Schweinfurt bis Ende 2031 und streicht dort alle 1.480 Arbeitsplätze.",
        True,
        [("year", 2031, None, None), ("count", 1480, None, None)],
        None,
    ),
    (
        "de",
        "Die Fertigung von Getriebeteilen für Verbrennungsmotoren werde nach Tschechien und Rumänien verlagert, hieß es aus dem Unternehmen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Konzernweit sollen bis 2032 weitere 3.200 Stellen wegfallen, davon etwa 2.100 in Deutschland.",
        True,
        [("year", 2032, None, None), ("count", 3200, None, None), ("count", 2100, None, "about")],
        None,
    ),
    (
        "de",
        "Vorstandschef Matthias Grundeis-Weller sagte, der Umsatz mit Teilen für Verbrenner sei 2029 um 17 Prozent auf 4,8 Milliarden Euro geschrumpft.",
        True,
        [("year", 2029, None, None), ("percent", 17, "%", None), ("money", 4800000000, "EUR", None)],
        "Matthias Grundeis-Weller",
    ),
    (
        "de",
        "„Wir haben lange gehofft, dass uns der Markt mehr Zeit lässt“, sagte Grundeis-Weller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die IG Metall will am Donnerstag vor den Werkstoren demonstrieren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Betriebsrat sprach von einem „Kahlschlag mit Ansage“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hambrock-Aktie verlor im Frankfurter Handel zeitweise 8,4 Prozent.",
        True,
        [("percent", 8.4, "%", None)],
        None,
    ),
    # --- A battery fire recall (AP), February 19 ---
    (
        "en",
        "DETROIT (AP) — Brennhill Motors is recalling more than 214,000 electric SUVs in the U.S. because their battery packs can overheat and catch fire while parked, the National Highway Traffic Safety Administration said late Wednesday.",
        True,
        [("count", 214000, None, "over")],
        "the National Highway Traffic Safety Administration",
    ),
    (
        "en",
        "The recall covers certain Tamarack 7 and Tamarack 9 models from the 2027 through 2029 model years.",
        True,
        [("year", 2027, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Brennhill has reported 19 fires and four minor injuries linked to the defect but no deaths.",
        True,
        [("count", 19, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Until dealers update the battery management software, Brennhill has capped charging on the affected vehicles at 80%.",
        True,
        [("percent", 80, "%", None)],
        None,
    ),
    (
        "en",
        "Letters to owners are due to go out from April 6, agency documents show.",
        True,
        [("date", "--04-06", None, None)],
        None,
    ),
    (
        "en",
        "Drivers who want to know if their SUV is included can search by VIN on the NHTSA site.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the automaker's third battery-related recall since 2026.",
        True,
        [("ordinal", 3, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        '"We are taking this extremely seriously, and the safety of our customers comes before everything else," Brennhill spokeswoman Dana Kolbeck-Rey said.',
        False,
        [],
        None,
    ),
    # --- Austrian registrations in February and the e-mobility bonus (APA), March 11 ---
    (
        "de",
        "Wien (APA) - Im Februar sind in Österreich 18.412 Pkw neu zugelassen worden, um 5,6 Prozent weniger als im Februar des Vorjahres, teilte die Statistik Austria am Mittwoch mit.",
        True,
        [("count", 18412, None, None), ("percent", 5.6, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Jeder dritte Neuwagen hatte einen reinen Elektroantrieb, der E-Anteil erreichte 33,9 Prozent.",
        True,
        [("fraction", 0.3333, None, None), ("percent", 33.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der neu zugelassenen Diesel-Pkw brach um 29,4 Prozent auf 2.106 ein.",
        True,
        [("percent", 29.4, "%", None), ("count", 2106, None, None)],
        None,
    ),
    (
        "de",
        "Heuer gibt es für Privatpersonen einen E-Mobilitätsbonus von bis zu 4.000 Euro, sofern der Listenpreis 55.000 Euro netto nicht übersteigt.",
        True,
        [("money", 4000, "EUR", "up_to"), ("money", 55000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Klimaschutzministerium stellt dafür heuer 180 Mio. Euro bereit.",
        True,
        [("money", 180000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "ÖAMTC-Verkehrsexpertin Lisa Hofbauer-Stix sagte, ein Elektroauto sei bei 15.000 Kilometern im Jahr mit Haushaltsstrom um rund 900 Euro billiger im Betrieb als ein vergleichbarer Benziner.",
        True,
        [("count", 15000, None, None), ("money", 900, "EUR", "about")],
        "Lisa Hofbauer-Stix",
    ),
    (
        "de",
        "„Mit dieser Förderung allein kauft sich niemand ein Elektroauto“, sagte Hofbauer-Stix.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Bonus über das Jahresende hinaus verlängert wird, ließ das Klimaschutzministerium offen.",
        False,
        [],
        None,
    ),
    # --- A parts plant closes in Birmingham (PA), March 17 ---
    (
        "en",
        "BIRMINGHAM, England (PA) - Car parts maker Arden Driveline will close its factory in Tyseley next year with the loss of up to 870 jobs, blaming collapsing demand for petrol and diesel components.",
        True,
        [("count", 870, None, "up_to")],
        None,
    ),
    (
        "en",
        "Production of gearbox housings will move to Arden plants in Poland and Slovakia over the next 18 months.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Arden supplies parts for more than 40 vehicle models and employs about 6,300 people worldwide.",
        True,
        [("count", 40, None, "over"), ("count", 6300, None, "about")],
        None,
    ),
    (
        "en",
        "Unite regional officer Karen Ashdown-Reilly said the union would ballot members on strike action, with the result due on April 24.",
        True,
        [("date", "--04-24", None, None)],
        "Karen Ashdown-Reilly",
    ),
    (
        "en",
        '"This is a hammer blow for a community that has already lost too much," Ashdown-Reilly said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A government spokesman said support worth £25 million had been offered to keep the plant open.",
        True,
        [("money", 25000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The local MP called the decision a betrayal of skilled workers.",
        False,
        [],
        None,
    ),
    # --- A battery cell factory in Zeitz (dpa), March 25 ---
    (
        "de",
        "Zeitz (dpa) - Der Batteriehersteller Mitteldeutsche Zellwerke hat in Zeitz in Sachsen-Anhalt mit dem Bau einer Zellfabrik mit einer Kapazität von zunächst 16 Gigawattstunden begonnen.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "In einer zweiten Ausbaustufe soll die Kapazität bis 2034 auf 32 Gigawattstunden steigen, genug für rund 400.000 Elektroautos pro Jahr.",
        True,
        [
            ("ordinal", 2, None, None),
            ("year", 2034, None, None),
            ("count", 32, None, None),
            ("count", 400000, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Das Unternehmen investiert nach eigenen Angaben rund 2,7 Milliarden Euro und will etwa 2.400 Arbeitsplätze schaffen.",
        True,
        [("money", 2700000000, "EUR", "about"), ("count", 2400, None, "about")],
        None,
    ),
    (
        "de",
        "Bund und Land fördern das Projekt mit zusammen 610 Millionen Euro.",
        True,
        [("money", 610000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Geschäftsführerin Katrin Lohmeyer-Dast sagte, die ersten Zellen sollten Ende 2032 vom Band laufen.",
        True,
        [("ordinal", 1, None, None), ("year", 2032, None, None)],
        "Katrin Lohmeyer-Dast",
    ),
    (
        "de",
        "„Hier wird die Energiewende zum Anfassen greifbar“, sagte Lohmeyer-Dast beim Spatenstich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bau soll nach Unternehmensangaben rund 30 Monate dauern.",
        True,
        [("duration", 30, "month", "about")],
        None,
    ),
    (
        "de",
        "Umweltverbände halten den Standort wegen des hohen Wasserbedarfs der Fabrik für ungeeignet.",
        False,
        [],
        None,
    ),
    # --- Drayton Electric's first-quarter deliveries (Reuters), April 2 ---
    (
        "en",
        "AUSTIN, Texas, April 2 (Reuters) - Drayton Electric delivered 318,600 vehicles in the first quarter, down 6.2% year on year and well short of the roughly 341,000 analysts had forecast, according to LSEG data.",
        True,
        [
            ("date", "--04-02", None, None),
            ("count", 318600, None, None),
            ("ordinal", 1, None, None),
            ("percent", 6.2, "%", None),
            ("count", 341000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "It was the company's fourth consecutive quarterly decline in deliveries.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Production rose 2.4% to 347,250 vehicles, adding to an inventory that analysts put at about nine weeks of sales.",
        True,
        [("percent", 2.4, "%", None), ("count", 347250, None, None), ("duration", 9, "week", "about")],
        None,
    ),
    (
        "en",
        "The Austin-based company said deliveries of its cheaper Drayton 3, priced from $32,990, had begun in March.",
        True,
        [("money", 32990, "USD", None)],
        None,
    ),
    (
        "en",
        "Analysts said the numbers showed demand had yet to recover from the end of federal tax credits.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Energy storage deployments rose to a record 14.8 gigawatt hours.",
        True,
        [("count", 14.8, None, None)],
        None,
    ),
    (
        "en",
        'Chief Financial Officer Alicia Brandvold-Nash told analysts in January that she expected deliveries to grow "slightly" this year.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Drayton shares fell 3.9% in premarket trading.",
        True,
        [("percent", 3.9, "%", None)],
        None,
    ),
    # --- Lechfeld's first quarter (dpa-AFX), April 29 ---
    (
        "de",
        "Augsburg (dpa-AFX) - Der Autobauer Lechfeld hat im ersten Quartal wegen des schwachen China-Geschäfts und hoher Anlaufkosten für neue Elektromodelle deutlich weniger verdient.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das operative Ergebnis (Ebit) sank um 38 Prozent auf 1,62 Milliarden Euro, der Umsatz um 7 Prozent auf 31,4 Milliarden Euro.",
        True,
        [
            ("percent", 38, "%", None),
            ("money", 1620000000, "EUR", None),
            ("percent", 7, "%", None),
            ("money", 31400000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Ebit-Marge im Autogeschäft lag bei 5,1 Prozent nach 8,3 Prozent ein Jahr zuvor.",
        True,
        [("percent", 5.1, "%", None), ("percent", 8.3, "%", None)],
        None,
    ),
    (
        "de",
        "Der Anteil vollelektrischer Fahrzeuge an den Auslieferungen stieg auf 29 Prozent.",
        True,
        [("percent", 29, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Dirk Staudacher-Ihm sagte, der Konzern halte an seinem Margenziel von 6 bis 8 Prozent für das Gesamtjahr fest.",
        True,
        [("percent", 6, "%", None), ("percent", 8, "%", None)],
        "Dirk Staudacher-Ihm",
    ),
    (
        "de",
        "„Das Quartal war holprig, aber die Richtung stimmt“, sagte Staudacher-Ihm.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In China setzte Lechfeld 21 Prozent weniger Autos ab als im Vorjahreszeitraum.",
        True,
        [("percent", 21, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aktie gab am Vormittag um 2,7 Prozent auf 78,36 Euro nach.",
        True,
        [("percent", 2.7, "%", None), ("money", 78.36, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Händler sprach von einem „Quartal zum Abhaken“.",
        False,
        [],
        None,
    ),
    # --- A battery plant in Oklahoma (Reuters), May 12 ---
    (
        "en",
        "OKLAHOMA CITY, May 12 (Reuters) - South Korean battery maker Sungwoo Energy will build a $3.8 billion lithium iron phosphate cell plant in Oklahoma with annual capacity of 30 gigawatt hours, the state's governor said on Monday.",
        True,
        [("date", "--05-12", None, None), ("money", 3800000000, "USD", None), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "Output is scheduled to begin in 2032, and the site will employ about 2,000 people at full capacity.",
        True,
        [("year", 2032, None, None), ("count", 2000, None, "about")],
        None,
    ),
    (
        "en",
        "Oklahoma is offering incentives worth $540 million, according to the state's commerce department.",
        True,
        [("money", 540000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Sungwoo Chief Executive Yoon Ji-ho told reporters that about 60% of the plant's output would go to energy storage rather than cars.",
        True,
        [("percent", 60, "%", "about")],
        "Yoon Ji-ho",
    ),
    (
        "en",
        '"The growth is in storage, and we mean to get there before anyone else," Yoon said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Korean battery makers have announced more than 110 gigawatt hours of U.S. capacity since 2028, according to a tally by research firm Voltage Metrics.",
        True,
        [("count", 110, None, "over"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Some analysts question whether demand for U.S.-made cells will hold up once federal incentives expire.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares of Sungwoo closed 5.1% higher in Seoul on Tuesday.",
        True,
        [("percent", 5.1, "%", None)],
        None,
    ),
    # --- A brake recall in Switzerland (Keystone-SDA), May 20 ---
    (
        "de",
        "Bern (Keystone-SDA) - Wegen eines möglichen Defekts am Bremskraftverstärker ruft der Hersteller Varnholt in der Schweiz 6'274 Fahrzeuge in die Werkstätten zurück.",
        True,
        [("count", 6274, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind die Modelle Mira 3 und Mira 5 der Baujahre 2027 bis 2029, wie das Bundesamt für Strassen (Astra) am Montag mitteilte.",
        True,
        [("year", 2027, None, None), ("year", 2029, None, None)],
        "das Bundesamt für Strassen",
    ),
    (
        "de",
        "Weltweit sind nach Herstellerangaben rund 286'000 Autos betroffen.",
        True,
        [("count", 286000, None, "about")],
        None,
    ),
    (
        "de",
        "Unfälle oder Verletzte wegen des Mangels seien bisher keine gemeldet worden, hiess es.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Reparatur nimmt etwa 45 Minuten in Anspruch, Kosten entstehen den Fahrzeughaltern keine.",
        True,
        [("duration", 45, "minute", "about")],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte Rückruf des Herstellers in der Schweiz innert zwölf Monaten.",
        True,
        [("ordinal", 3, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "«Die Sicherheit unserer Kundschaft geht allem anderen vor», sagte ein Sprecher von Varnholt Schweiz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Astra rät betroffenen Halterinnen und Haltern, bis zur Reparatur auf Fahrten mit Anhänger zu verzichten.",
        False,
        [],
        None,
    ),
    # --- Public chargers in Britain (PA), June 4 ---
    (
        "en",
        "LONDON (PA) - Britain had 94,870 public charging devices at the end of May, up 22% on a year earlier, figures from charging map provider ChargeScope show.",
        True,
        [("count", 94870, None, None), ("percent", 22, "%", None)],
        None,
    ),
    (
        "en",
        "Of those, 18,420 were rapid or ultra-rapid devices capable of at least 50kW.",
        True,
        [("count", 18420, None, None), ("count", 50, None, "at_least")],
        None,
    ),
    (
        "en",
        "London accounts for nearly a third of all public devices, while Northern Ireland has only 612.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 612, None, None)],
        None,
    ),
    (
        "en",
        "ChargeScope chief executive Priya Ramanathan-Cole said the average price at rapid chargers had fallen to 71p per kilowatt hour from 77p in January.",
        True,
        [("money", 0.71, "GBP", None), ("money", 0.77, "GBP", None)],
        "Priya Ramanathan-Cole",
    ),
    (
        "en",
        '"Drivers still tell us that finding a working charger feels like a lottery," Ramanathan-Cole said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Drivers without a driveway pay up to four times as much per mile as those who charge at home on an overnight tariff, according to the RAC.",
        True,
        [("count", 4, None, "up_to")],
        None,
    ),
    (
        "en",
        "The government expects around 260,000 public chargepoints to be in place by the end of 2032.",
        True,
        [("count", 260000, None, "about"), ("year", 2032, None, None)],
        None,
    ),
    # --- Public charging points in Germany (dpa), June 17 ---
    (
        "de",
        "Bonn (dpa) - In Deutschland gibt es inzwischen rund 214.000 öffentlich zugängliche Ladepunkte für Elektroautos, teilte die Bundesnetzagentur am Dienstag in Bonn mit.",
        True,
        [("count", 214000, None, "about")],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Davon sind gut 48.600 Schnellladepunkte mit einer Leistung von mehr als 150 Kilowatt.",
        True,
        [("count", 48600, None, "over"), ("count", 150, None, "over")],
        None,
    ),
    (
        "de",
        "Die installierte Ladeleistung stieg binnen eines Jahres um 31 Prozent auf 11,8 Gigawatt.",
        True,
        [("percent", 31, "%", None), ("count", 11.8, None, None)],
        None,
    ),
    (
        "de",
        "Rechnerisch teilen sich damit 14 Elektroautos einen öffentlichen Ladepunkt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die wenigsten Ladepunkte je Einwohner gibt es nach Angaben der Behörde in Sachsen-Anhalt, die meisten in Bayern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Energieverband BDEW forderte, bis 2035 mindestens 500.000 öffentliche Ladepunkte aufzubauen.",
        True,
        [("year", 2035, None, None), ("count", 500000, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Der Ausbau kommt voran, aber auf dem Land bleibt Laden ein Geduldsspiel“, sagte ein ADAC-Sprecher.",
        False,
        [],
        None,
    ),
    # --- EU registrations in the first half (Reuters), July 22 ---
    (
        "en",
        "BRUSSELS, July 22 (Reuters) - Car registrations across the European Union grew 2.6% to 5.71 million in the first half, with battery-electric sales jumping 24.8%, the European Automobile Manufacturers' Association said on Tuesday.",
        True,
        [
            ("date", "--07-22", None, None),
            ("percent", 2.6, "%", None),
            ("count", 5710000, None, None),
            ("ordinal", 1, None, None),
            ("percent", 24.8, "%", None),
        ],
        "the European Automobile Manufacturers' Association",
    ),
    (
        "en",
        "Battery-electric models took 19.3% of the market, a gain of 3.4 percentage points on the first half of last year, with hybrids the most popular choice at 36.4%.",
        True,
        [
            ("percent", 19.3, "%", None),
            ("percent", 3.4, "pp", None),
            ("ordinal", 1, None, None),
            ("percent", 36.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Petrol and diesel cars combined fell below a third of registrations for the first time.",
        True,
        [("fraction", 0.3333, None, "under"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Germany remained the bloc's largest electric car market with 331,480 registrations, ahead of France with 168,920.",
        True,
        [("count", 331480, None, None), ("count", 168920, None, None)],
        None,
    ),
    (
        "en",
        "In Italy, electric cars accounted for just 6.8% of new registrations.",
        True,
        [("percent", 6.8, "%", None)],
        None,
    ),
    (
        "en",
        "ACEA said carmakers would need to lift the electric share to about 30% to comply with the CO2 targets that apply from 2030.",
        True,
        [("percent", 30, "%", "about"), ("year", 2030, None, None)],
        "ACEA",
    ),
    (
        "en",
        "Industry officials warned that the recovery remained fragile.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether buyers in southern Europe will follow the German lead is unclear.",
        False,
        [],
        None,
    ),
    # --- Job cuts at a supplier in Steyr (APA), July 29 ---
    (
        "de",
        "Steyr (APA) - Der oberösterreichische Zulieferer Ennsbrück Komponenten baut bis Mitte 2031 rund 640 seiner 2.380 Stellen ab, teilte das Unternehmen am Mittwoch mit.",
        True,
        [("year", 2031, None, None), ("count", 640, None, "about"), ("count", 2380, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Grund sei der Einbruch der Aufträge für Abgasanlagen um knapp 40 Prozent, hieß es.",
        True,
        [("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Für die Betroffenen richtet das Land Oberösterreich eine Arbeitsstiftung ein und zahlt dafür 4,2 Mio. Euro.",
        True,
        [("money", 4200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Geschäftsführer Gerald Aigner-Pfusterer sagte, das Werk solle mit den verbleibenden 1.740 Beschäftigten auf Komponenten für Batteriesysteme umgestellt werden.",
        True,
        [("count", 1740, None, None)],
        "Gerald Aigner-Pfusterer",
    ),
    (
        "de",
        "„Wir kämpfen um jeden Arbeitsplatz, der sich halten lässt“, sagte Aigner-Pfusterer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ennsbrück hatte 2029 bei einem Umsatz von 612 Mio. Euro einen Verlust von 23 Mio. Euro ausgewiesen.",
        True,
        [("year", 2029, None, None), ("money", 612000000, "EUR", None), ("money", 23000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft PRO-GE nannte die Entscheidung einen „Schlag ins Gesicht der Belegschaft“.",
        False,
        [],
        None,
    ),
    # --- An electric pickup's EPA range (AP), August 5 ---
    (
        "en",
        "DETROIT (AP) — Ironridge Motors' new electric pickup, the Outrider 5E, can travel 412 miles on a full charge, according to ratings published by the Environmental Protection Agency on Tuesday.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "The truck will start at $58,995 including destination charges when it goes on sale in October, the company said.",
        True,
        [("money", 58995, "USD", None)],
        "the company",
    ),
    (
        "en",
        "Its 148-kilowatt-hour battery can add about 160 miles of range in 15 minutes on a 350-kilowatt fast charger.",
        True,
        [
            ("count", 148, None, None),
            ("count", 160, None, "about"),
            ("duration", 15, "minute", None),
            ("count", 350, None, None),
        ],
        None,
    ),
    (
        "en",
        "The base model with a smaller battery is rated at 318 miles.",
        True,
        [("count", 318, None, None)],
        None,
    ),
    (
        "en",
        "Ironridge rates the truck to tow up to 11,000 pounds.",
        True,
        [("count", 11000, None, "up_to")],
        None,
    ),
    (
        "en",
        '"This truck ends the argument about whether electric pickups can do real work," chief engineer Marco Delvecchio-Haas said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ironridge says the Outrider 5E combines the muscle of a work truck with the refinement of a luxury SUV.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ironridge sold 61,300 electric vehicles in the U.S. last year, about 4% of its total sales.",
        True,
        [("count", 61300, None, None), ("percent", 4, "%", "about")],
        None,
    ),
    # --- Varnholt presents the Mira 7 (dpa), August 6 ---
    (
        "de",
        "Zwickau (dpa) - Der Autobauer Varnholt hat am Mittwoch sein neues Elektro-SUV Mira 7 vorgestellt, das ab 41.990 Euro kosten soll.",
        True,
        [("money", 41990, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Reichweite gibt der Hersteller mit bis zu 583 Kilometern nach WLTP an.",
        True,
        [("count", 583, None, "up_to")],
        None,
    ),
    (
        "de",
        "An einer Schnellladesäule soll die Batterie in 22 Minuten von 10 auf 80 Prozent geladen werden können.",
        True,
        [("duration", 22, "minute", None), ("percent", 10, "%", None), ("percent", 80, "%", None)],
        None,
    ),
    (
        "de",
        "Der Elektromotor leistet 210 kW (286 PS), die Batterie hat eine nutzbare Kapazität von 79 kWh.",
        True,
        [("count", 210, None, None), ("count", 286, None, None), ("count", 79, None, None)],
        None,
    ),
    (
        "de",
        "Den Verbrauch gibt Varnholt mit 16,2 kWh auf 100 Kilometer an.",
        True,
        [("count", 16.2, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Der Mira 7 verbinde die Alltagstauglichkeit eines Familienautos mit der Dynamik eines Sportwagens, wirbt der Hersteller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gebaut wird das Modell im Dreischichtbetrieb in Zwickau, wo Varnholt bis 2031 rund 260.000 Fahrzeuge pro Jahr fertigen will.",
        True,
        [("count", 3, None, None), ("year", 2031, None, None), ("count", 260000, None, "about")],
        None,
    ),
    (
        "de",
        "Auf der Teststrecke wirkte das SUV leise und ausgewogen abgestimmt.",
        False,
        [],
        None,
    ),
    # --- Kanemori Motor cuts its forecast (Reuters), August 7 ---
    (
        "en",
        "TOKYO, Aug 7 (Reuters) - Japan's Kanemori Motor on Thursday slashed its annual operating profit guidance by 18% to 1.14 trillion yen ($7.7 billion), citing U.S. tariffs and a slump in China.",
        True,
        [
            ("date", "--08-07", None, None),
            ("percent", 18, "%", None),
            ("money", 1140000000000, "JPY", None),
            ("money", 7700000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The carmaker now puts the tariff bill for the business year ending in March at 420 billion yen, against 310 billion yen previously.",
        True,
        [("money", 420000000000, "JPY", None), ("money", 310000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "April-June operating profit slid 29% to 248 billion yen, short of the 276 billion yen average of analyst estimates compiled by LSEG.",
        True,
        [("percent", 29, "%", None), ("money", 248000000000, "JPY", None), ("money", 276000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Hiroshi Tanabe-Mori told reporters the company would cut production in China by about 150,000 vehicles this year and close two of its five plants there.",
        True,
        [("count", 150000, None, "about"), ("count", 2, None, None), ("count", 5, None, None)],
        "Hiroshi Tanabe-Mori",
    ),
    (
        "en",
        '"The Chinese market we knew is not coming back," Tanabe-Mori said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sales of its hybrid models rose 11% worldwide in the quarter, making up 44% of the total.",
        True,
        [("percent", 11, "%", None), ("percent", 44, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts said the revised outlook still looked optimistic.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Kanemori shares had closed down 3.1% before the results were released.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    # --- The VDA's forecast at the IAA (dpa), September 9 ---
    (
        "de",
        "München (dpa) - Die deutsche Autoindustrie rechnet für dieses Jahr mit einer Pkw-Produktion im Inland von rund 4,05 Millionen Fahrzeugen, 3 Prozent weniger als 2029.",
        True,
        [("count", 4050000, None, "about"), ("percent", 3, "%", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Das teilte der Verband der Automobilindustrie (VDA) am Dienstag zum Auftakt der Automesse IAA in München mit.",
        True,
        [],
        "der Verband der Automobilindustrie",
    ),
    (
        "de",
        "Der Export soll um 5 Prozent auf 2,9 Millionen Autos sinken.",
        True,
        [("percent", 5, "%", None), ("count", 2900000, None, None)],
        None,
    ),
    (
        "de",
        "Obermaier-Lenz sagte, die Hersteller würden in den kommenden vier Jahren rund 280 Milliarden Euro in Forschung und Entwicklung investieren.",
        True,
        [("duration", 4, "year", None), ("money", 280000000000, "EUR", "about")],
        "Obermaier-Lenz",
    ),
    (
        "de",
        "„Der Standort steht unter einem Druck, wie ich ihn noch nicht erlebt habe“, sagte Obermaier-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf der Messe stellen nach Veranstalterangaben 712 Unternehmen aus 38 Ländern aus, darunter 97 aus China.",
        True,
        [("count", 712, None, None), ("count", 38, None, None), ("count", 97, None, None)],
        None,
    ),
    (
        "de",
        "Branchenkenner erwarten, dass die Hersteller bei der Elektromobilität künftig wieder aufs Tempo drücken.",
        False,
        [],
        None,
    ),
    # --- Britain extends its electric car grant (PA), September 16 ---
    (
        "en",
        "LONDON (PA) - The Government is extending its electric car grant for another two years, with discounts of up to £2,900 on new models priced under £38,500, the Department for Transport said.",
        True,
        [("duration", 2, "year", None), ("money", 2900, "GBP", "up_to"), ("money", 38500, "GBP", "under")],
        "the Department for Transport",
    ),
    (
        "en",
        "The scheme has supported about 148,000 purchases since it opened, at a cost of £410 million.",
        True,
        [("count", 148000, None, "about"), ("money", 410000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Only 31 of the 64 electric models on sale in Britain qualify for the full discount.",
        True,
        [("count", 31, None, None), ("count", 64, None, None)],
        None,
    ),
    (
        "en",
        "The transport secretary said the extension would give buyers certainty until September 2032.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        '"This is about making the switch affordable for working families," the transport secretary said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Separately, Carrick Motors cut the price of its Tern 4 hatchback by £2,500 to £29,495.",
        True,
        [("money", 2500, "GBP", None), ("money", 29495, "GBP", None)],
        None,
    ),
    (
        "en",
        "Carrick said the Tern 4 offered the best value of any family electric car on the market.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Battery electric cars made up 24.9% of registrations in August, traditionally a quiet month before the September plate change, the SMMT said.",
        True,
        [("percent", 24.9, "%", None)],
        "the SMMT",
    ),
    # --- Austria's electric cars after three quarters (APA), October 8 ---
    (
        "de",
        "Wien (APA) - Von Jänner bis September sind in Österreich 47.318 reine Elektroautos neu zugelassen worden, um 14,2 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 47318, None, None), ("percent", 14.2, "%", None)],
        None,
    ),
    (
        "de",
        "Ihr Anteil an allen Pkw-Neuzulassungen stieg auf 28,6 Prozent.",
        True,
        [("percent", 28.6, "%", None)],
        None,
    ),
    (
        "de",
        "Gut die Hälfte der neuen E-Autos wurde von Firmen angemeldet.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Die Zahl der öffentlichen Ladepunkte stieg seit Jahresbeginn um rund 3.900 auf knapp 36.000.",
        True,
        [("count", 3900, None, "about"), ("count", 36000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Den größten Zuwachs verzeichnete Vorarlberg mit einem Plus von 19 Prozent bei den Elektro-Neuzulassungen.",
        True,
        [("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bundesinnung der Fahrzeugtechnik rechnet heuer mit insgesamt rund 236.000 Pkw-Neuzulassungen.",
        True,
        [("count", 236000, None, "about")],
        None,
    ),
    (
        "de",
        "„Das Elektroauto ist in Österreich kein Nischenprodukt mehr“, sagte ein Sprecher des Autoimporteursverbands.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der ÖAMTC rät, vor dem Umstieg die Tarife der Ladekartenanbieter zu vergleichen.",
        False,
        [],
        None,
    ),
    # --- The EU Parliament votes on CO2 targets (Reuters), October 15 ---
    (
        "en",
        "BRUSSELS, Oct 15 (Reuters) - Members of the European Parliament backed a plan on Wednesday allowing carmakers to meet their 2030 CO2 targets on average over three years, easing pressure on companies that face fines.",
        True,
        [("date", "--10-15", None, None), ("year", 2030, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The proposal passed by 402 votes to 218, with 41 abstentions.",
        True,
        [("count", 402, None, None), ("count", 218, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Under current rules, new cars sold in the bloc must emit on average no more than 52.4 grams of CO2 per kilometre from 2030.",
        True,
        [("count", 52.4, None, "at_most"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Carmakers that miss the target pay 88 euros for every gram above it on each car sold.",
        True,
        [("money", 88, "EUR", None)],
        None,
    ),
    (
        "en",
        "Transport & Environment estimated the change would save the industry up to 11 billion euros in penalties.",
        True,
        [("money", 11000000000, "EUR", "up_to")],
        None,
    ),
    (
        "en",
        "Green lawmakers described the outcome as a reward for carmakers that had dragged their feet.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The text still needs the approval of EU governments, which are due to decide on Nov. 27.",
        True,
        [("date", "--11-27", None, None)],
        None,
    ),
    (
        "en",
        "Most carmakers would avoid fines altogether if their EV sales grow by 15% a year, said Felix Arnaud-Brenner, an auto analyst at Morland Securities in Paris.",
        True,
        [("percent", 15, "%", None)],
        "Felix Arnaud-Brenner",
    ),
    (
        "en",
        '"The target has not moved, only the road to it has," Arnaud-Brenner said.',
        False,
        [],
        None,
    ),
    # --- Lechfeld's third quarter and job cuts (dpa-AFX), October 29 ---
    (
        "de",
        "Augsburg (dpa-AFX) - Der Autobauer Lechfeld streicht nach einem Gewinneinbruch im dritten Quartal bis 2033 weitere 6.500 Stellen in Deutschland.",
        True,
        [("ordinal", 3, None, None), ("year", 2033, None, None), ("count", 6500, None, None)],
        None,
    ),
    (
        "de",
        "Das Ergebnis vor Zinsen und Steuern sank im Sommerquartal auf 742 (Vj. 1.380) Millionen Euro.",
        True,
        [("money", 742000000, "EUR", None), ("money", 1380000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Konrad Wilms-Ebner sagte in einer Telefonkonferenz, die Kapazität der deutschen Werke solle um rund 280.000 Fahrzeuge im Jahr sinken.",
        True,
        [("count", 280000, None, "about")],
        "Konrad Wilms-Ebner",
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen schloss er aus; der Abbau solle über Altersteilzeit und Abfindungen laufen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir müssen das Unternehmen jetzt wetterfest machen“, sagte Wilms-Ebner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gesamtbetriebsrat kündigte Widerstand an und verwies auf eine Standortgarantie bis 2031.",
        True,
        [("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Betriebsratschefin Sabine Köhnlein-Arz sprach von „Wortbruch“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im dritten Quartal lieferte Lechfeld 512.300 Fahrzeuge aus, darunter 158.900 reine Elektroautos.",
        True,
        [("ordinal", 3, None, None), ("count", 512300, None, None), ("count", 158900, None, None)],
        None,
    ),
    (
        "de",
        "Der 61-jährige Finanzvorstand Dirk Staudacher-Ihm verlässt das Unternehmen zum 31. März 2031.",
        True,
        [("duration", 61, "year", None), ("date", "2031-03-31", None, None)],
        None,
    ),
    # --- Layoffs at an EV plant in Michigan (AP), November 4 ---
    (
        "en",
        "LANSING, Mich. (AP) — Ironridge Motors plans to lay off about 1,700 workers at its electric vehicle plant near Lansing and will cut production to a single shift starting Jan. 12, according to a notice the company filed with Michigan regulators.",
        True,
        [("count", 1700, None, "about"), ("date", "--01-12", None, None)],
        None,
    ),
    (
        "en",
        "The plant, which opened in 2027, builds the Outrider 5E pickup and the Sawtooth electric SUV.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Ironridge blamed weaker-than-planned demand for electric trucks after federal tax credits expired.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Union president Rhonda Kesterson said laid-off workers would receive about 80% of their pay for up to 52 weeks.",
        True,
        [("percent", 80, "%", "about"), ("duration", 52, "week", "up_to")],
        "Rhonda Kesterson",
    ),
    (
        "en",
        '"These are the jobs we were promised would be the future," Kesterson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The plant employed about 4,200 hourly workers at its peak in 2028.",
        True,
        [("count", 4200, None, "about"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Ironridge's U.S. electric vehicle sales fell 34% in the third quarter.",
        True,
        [("percent", 34, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Switzerland eases CO2 rules for cars (Keystone-SDA), November 12 ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will den Importeuren von Personenwagen mehr Zeit für die Einhaltung der CO2-Zielwerte geben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Statt ab 2031 soll der strengere Zielwert von 84 Gramm pro Kilometer erst ab 2033 gelten, teilte das Bundesamt für Energie (BFE) am Mittwoch mit.",
        True,
        [("year", 2031, None, None), ("count", 84, None, None), ("year", 2033, None, None)],
        "das Bundesamt für Energie",
    ),
    (
        "de",
        "Im vergangenen Jahr bezahlten die Importeure Sanktionen von insgesamt 131,7 Millionen Franken.",
        True,
        [("money", 131700000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Vernehmlassung dauert bis zum 20. Februar 2031.",
        True,
        [("date", "2031-02-20", None, None)],
        None,
    ),
    (
        "de",
        "Auto-Schweiz begrüsste den Vorschlag; nach Berechnungen des Verbands liessen sich damit bis zu 90 Millionen Franken an Strafzahlungen vermeiden.",
        True,
        [("money", 90000000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "«Der Bundesrat belohnt jene, die den Umstieg verschlafen haben», sagte eine Sprecherin des Verkehrs-Clubs der Schweiz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Von Januar bis Oktober lag der Anteil der Elektroautos an den Neuzulassungen bei 26,3 Prozent.",
        True,
        [("percent", 26.3, "%", None)],
        None,
    ),
    (
        "de",
        "Ob das Parlament der Lockerung zustimmt, ist offen.",
        False,
        [],
        None,
    ),
    # --- Qilan Auto's first European plant (Reuters), November 20 ---
    (
        "en",
        "WARSAW, Nov 20 (Reuters) - Qilan Auto will build its first European car plant in Poland, investing 1.6 billion euros in a factory able to make 200,000 vehicles a year, Poland's development minister said on Thursday.",
        True,
        [
            ("date", "--11-20", None, None),
            ("ordinal", 1, None, None),
            ("money", 1600000000, "EUR", None),
            ("count", 200000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Production at the site near Wroclaw is due to start in 2033 and the plant will employ up to 3,500 people.",
        True,
        [("year", 2033, None, None), ("count", 3500, None, "up_to")],
        None,
    ),
    (
        "en",
        "Qilan sold 94,600 cars in Europe in the first 10 months, over three times its total for January to October last year, Autometra figures show.",
        True,
        [
            ("count", 94600, None, None),
            ("ordinal", 1, None, None),
            ("duration", 10, "month", None),
            ("count", 3, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "Building cars inside the bloc would let Qilan avoid the EU's countervailing duties, which stand at 21.4% for the company.",
        True,
        [("percent", 21.4, "%", None)],
        None,
    ),
    (
        "en",
        "Qilan Europe chief Martina Ekholm-Varga said the plant would initially build two models, including a compact SUV priced below 25,000 euros.",
        True,
        [("count", 2, None, None), ("money", 25000, "EUR", "under")],
        "Martina Ekholm-Varga",
    ),
    (
        "en",
        '"Europe is not a market we visit, it is a market we want to belong to," Ekholm-Varga said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Qilan's shares rose 2.2% in Hong Kong.",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    # --- Germany's registrations in November (dpa), December 3 ---
    (
        "de",
        "Flensburg (dpa) - Im November sind in Deutschland 64.280 Elektroautos neu zugelassen worden, ein Plus von 18,6 Prozent gegenüber dem Vorjahresmonat, teilte das KBA am Mittwoch mit.",
        True,
        [("count", 64280, None, None), ("percent", 18.6, "%", None)],
        "das KBA",
    ),
    (
        "de",
        "Insgesamt wurden 236.910 Pkw neu zugelassen, ein Minus von 1,2 Prozent.",
        True,
        [("count", 236910, None, None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der E-Anteil lag damit bei 27,1 Prozent, gut jeder vierte Neuwagen fuhr rein elektrisch.",
        True,
        [("percent", 27.1, "%", None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Von Januar bis November kamen 742.500 reine Elektroautos neu auf die Straße, knapp 12 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 742500, None, None), ("percent", 12, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Bei den Marken erreichte Varnholt mit 9.812 E-Autos den höchsten Wert, vor Lechfeld mit 8.447.",
        True,
        [("count", 9812, None, None), ("count", 8447, None, None)],
        None,
    ),
    (
        "de",
        "Im Handel ist trotz der Zahlen weiter von einer Rabattschlacht die Rede.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Zentralverband des Deutschen Kraftfahrzeuggewerbes erwartet, dass die Nachfrage im Winter nachlässt.",
        False,
        [],
        None,
    ),
    # --- EU registrations in November (Reuters), December 18 ---
    (
        "en",
        "BRUSSELS, Dec 18 (Reuters) - Battery-electric car sales in the EU climbed 21.7% in November to 176,240, lifting their market share to 20.8%, ACEA said on Thursday.",
        True,
        [
            ("date", "--12-18", None, None),
            ("percent", 21.7, "%", None),
            ("count", 176240, None, None),
            ("percent", 20.8, "%", None),
        ],
        "ACEA",
    ),
    (
        "en",
        "In the first 11 months, battery-electric registrations reached 1.79 million, a rise of 23.1%.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 11, "month", None),
            ("count", 1790000, None, None),
            ("percent", 23.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Overall car registrations in the bloc fell 0.8% in November.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "Plug-in hybrid sales rose 14.3%, while petrol car sales slid 12.6%.",
        True,
        [("percent", 14.3, "%", None), ("percent", 12.6, "%", None)],
        None,
    ),
    (
        "en",
        "Battery-electric cars are on track for a full-year share of about 19.6%, said Sandra Vieira-Holt, head of automotive research at Calder Bank.",
        True,
        [("percent", 19.6, "%", "about")],
        "Sandra Vieira-Holt",
    ),
    (
        "en",
        '"Electric cars have moved from the early adopters to the mainstream," Vieira-Holt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether growth will hold up once several national subsidy schemes expire at the end of the year remains unclear.",
        False,
        [],
        None,
    ),
]
