"""Two-hundred-and-fifty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Eckhard Brunsmann, Theresia Unterkofler, Florian Tschudin, Lothar Wengenroth, Vinzenz
Tragseiler, Jakob Wurzrainer, Dorothee Hasselkamp, Ulrike Schwabedissen, Reinhold Fessler,
Klaus-Peter Meinerzhagen, Sebastian Oellerich, Hansjörg Zumbrunn, Ingrid Dautermann, Maren
Höpken, Hemma Lechthaler; Joost Ravesteijn, Shelby Kranzler, Nolan Birkenshaw, Fiona
Ramsbottom, Anjali Thirumalai, Rowan Etheridge, Joaquim Barreto, Declan Culhane, Glenmore
Dairies, Marisol Vandergriff and Prairie Ledger Advisory, Rhonda Giesbrecht, Hélène
Castonguay, Lucinda Yardley, Mykola Zavhorodnii, Hubert Lafargue-Sarrat, Hamish Ballantyne,
Tadeusz Wronka; every unnamed farmer, grower, brewer, trader, economist, analyst, official,
spokesperson and protester); ministers, commissioners, state veterinarians and presidents of
farmers' associations and boards of real governments and bodies appear under made-up names
that stand for no real holder, or by their role only ("ein Sprecher des Bauernverbands", "die
Besitzerin des Hofes", "ein Obstbauer aus Gleisdorf", "ein Milchbauer aus dem Innviertel", "a
sheep farmer from Herefordshire", "a 47-year-old dairy farmer from Friesland", "A Home Office
spokesperson", "The agriculture commissioner", "Poland's agriculture minister"). Real states,
bodies, markets and places (Polizei, Bauernverband, Umweltministerium, Staatsregierung,
Odeonsplatz, Agrarmarkt Austria, AMA, Landwirtschaftskammer, Innviertel, Nationalrat,
Ständerat, Grünliberale, Deutscher Raiffeisenverband, Österreichische Hagelversicherung,
Gleisdorf, Landesbauernverband, Friedrich-Loeffler-Institut, Landkreis Ludwigslust-Parchim,
Altmark, Deutscher Wetterdienst, Agrarministerium, Deutscher Bauernverband, Hallertau,
Verband Deutscher Hopfenpflanzer, Schweizer Obstverband, Deutsches Weininstitut, Rheinhessen,
Dachverband Norddeutscher Zuckerrübenanbauer, Uelzen, Bezirk Braunau, Land Oberösterreich,
Inn, Agentur für Gesundheit und Ernährungssicherheit, Ages, Statistisches Bundesamt,
Bundesregierung; The Hague, Friesland, the Agriculture Department, the Chicago futures
market, Colorado, Idaho, the NFU, AHDB, the Met Office, the food ministry, Punjab, Haryana,
the National Sheep Association, Defra, Conab, Minas Gerais, Patrocínio, the Irish Farmers'
Association, IFA, Statistics Canada, the Canola Council of Canada, ICE, English Apples and
Pears, the Home Office, Odesa, Izmail, the European Commission, Copa-Cogeca, the European
Parliament, Beef + Lamb New Zealand, Stats NZ, and the datelines' cities) stand
for the way wire copy names them; every harvest, yield, price, income, subsidy, tariff,
outbreak, cull, zone, protest count, vote, share and quote here is invented, and where a real
figure came to mind (a real minimum wage, a real tariff schedule, a real crop estimate, a
real farm count, a real flock size) it was changed or left out.

Its weight: AGRICULTURE AND HARVESTS (the forty-second, hundred-fifteenth and
hundred-ninetieth batches weighed harvests, animal disease, farm incomes and farm protests
before, and the two-hundred-and-forty-second food prices and harvests; their decisions are
kept) over one year in story order (January to December), 30 short stories with the German
and English ones interleaved by month, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, reactions). Half German (dpa with its
regional slugs "dpa/lby", "dpa/mv", "dpa/sa", "dpa/lsw", "dpa/lrs", "dpa/lni", APA,
Keystone-SDA, Reuters German; Austrian "Jänner", "ersucht", "Landesrat", Swiss "fliessen",
"heisst", "48'000", "142'000", "19.40 Franken", "Rappen", «» quotes, German „“ quotes):
farmers' tractors in Munich against the red nitrate zones, Austria's milk price, direct
payments in the Nationalrat, fertiliser prices and the EU tariffs on Russian fertiliser, a
late frost in Styria's orchards, the asparagus season in Baden-Württemberg, African swine
fever in a Mecklenburg pig unit, the barley harvest after a dry spring in Saxony-Anhalt, the
German harvest balance, hops in the Hallertau, the Swiss apple crop, the German grape
harvest, the sugar beet campaign in Lower Saxony, avian flu in Upper Austria and the census
of German farms. Half English (Reuters, AP, AFP, PA): Dutch tractors against the nitrogen
buyout, the U.S. farm income forecast, bird flu in U.S. dairy herds, England's spring
planting after a wet winter, India's wheat procurement, bluetongue in England, Brazil's
coffee harvest, Irish milk price cuts, the U.S. corn crop, Canada's canola crop and the
tariff dispute with China, Britain's apple harvest, Ukraine's harvest under fire, farmers
marching in Brussels against the farm budget, New Zealand's shrinking sheep flock and Polish
farmers blocking the Ukrainian border. Figures as such copy has them: harvests and stocks in
tonnes, bushels, bags and hectolitres, yields in „Dezitonnen je Hektar“, "bushels per acre",
"tonnes per hectare", areas in hectares and acres, herds, flocks and farms, rainfall in
litres per square metre, temperatures and must weights in degrees („Grad Oechsle“), prices
per kilogram, litre, tonne, bushel, pound and quintal in Cent, euros, Rappen, francs, Irish
cent, pence, pounds, cents, dollars, rupees, Canadian and New Zealand dollars and zlotys,
farm incomes, subsidies, budgets, aid and tariffs, protest and vote counts, zones by radius,
shares as fractions ("Jeder vierte", "knapp ein Viertel", "gut drei Viertel", "ein gutes
Drittel", "knapp die Hälfte", "weniger als die Hälfte", "roughly a third", "less than a
third", "up to a tenth", "by more than half", "a third below"), multiples ("nearly three
times", „fast doppelt so viel“), number words and compounds („zwei Frostnächten“, „vier
Ratsmitglieder“, „72-stündiges“, „zehnjährigen Mittel“, „Acht-Punkte-Plan“, "Four dairy
workers", "54.7 million 60-kg bags"), ordinals, percentage points, ages, spans, seasons,
years, dates with and without a year and hedges. About 55 negatives as such copy has them:
farm leaders', ministers', growers' and an analyst's rhetoric in quotes, labels, open
questions, forecasts without a figure, hopes, fears and doubts, appeals to animal keepers, a
reassurance, a vow, and vox pops of farmers with their ages, herds and years labelled, each
near a check-worthy look-alike: the same speaker's figure, demand, stated cause or position.

244 rows (126 German, 118 English), 56 negatives (28 German, 28 English), 188 check-worthy
rows of which 16 carry no figure (9 German, 7 English), 316 expected quantities (109 counts,
52 amounts of money - 28 EUR, 7 USD, 6 CHF, 4 GBP, 2 each INR, CAD and NZD, 1 PLN -, 47
percentages - 46 in %, 1 in percentage points -, 30 durations - 17 in years, 5 in weeks, 4
in days, 2 in hours, 2 in months -, 29 years, 23 fractions, 15 dates, 11 ordinals; 10 of
them in nine negatives, as the seventeenth batch labels a figure in a negative), 38 checked
speakers (18 German, 20 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, doubt, reassurance, vow or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-fifteenth, hundred-ninetieth, two-hundred-and-fourth,
  two-hundred-and-forty-fourth); a quoted or reported statement of fact, figure, step,
  plan, position or demand is check-worthy with its speaker. Pairs from one speaker:
  Brunsmann's 93 faulty measuring points beside his cry „Wir lassen uns nicht zum
  Sündenbock ... machen“; Unterkofler's 55 Cent beside „Bei diesen Preisen melkt jeder
  Bauer mit Verlust ...“; Kranzler's fifth beside "Every spring you bet the farm ...";
  Tschudin's 19.40 Franken beside «Man kann die Ernährungssicherheit nicht mit dem Rotstift
  planen»; Birkenshaw's $950 beside "This virus has humbled every one of us ...";
  Wengenroth's stated cause beside „Am Ende zahlt der Landwirt die Zeche ...“; Ramsbottom's
  £180 beside "You can do everything right ..."; Thirumalai's 37.2 million tonnes beside "No
  Indian family will go without bread ..."; Hasselkamp's 1,200 helpers beside „Der Spargel
  wartet nicht ...“; Barreto's 40% beside "My father planted these trees ..."; Culhane's 44
  cent beside "below cost"; Fessler's 58 Dezitonnen beside „Wir haben gesät, gedüngt,
  gehofft ...“; Meinerzhagen's 190 Euro, his third and his seven farms a day beside „Wir
  ernten Getreide und säen Sorgen“ and „Wenn das so weitergeht ...“; Oellerich's 38 Grad
  beside „Der Hopfen hat gelitten wie wir alle“; Vandergriff's 2.1 billion bushels beside
  "Big crops make for small prices ..."; Giesbrecht's C$2.4 billion beside "a quarrel that
  was never ours"; Zumbrunn's fifth beside «Endlich wieder ein Jahr ...»; Yardley's 14
  members beside "heartbreaking"; Dautermann's two weeks beside her „Das wird ein Jahrgang
  ...“ („schwärmte“, hundred-fifteenth); Zavhorodnii's 40 million tonnes beside "a small
  victory"; Höpken's 40 percent beside „ein Hobby mit Risiko“; Lafargue-Sarrat's 6,000 euros
  beside "Europe cannot ask us to feed it ..." ("told the crowd"); Ballantyne's rule from
  July 1 beside "Every farm we lose to pine trees ..."; Wronka's 10 days and 780 zlotys
  beside his vow "We will stand here until ...". Konjunktiv I and II paraphrases of a fact,
  a figure, a cause or a projection are check-worthy (hundred-fifteenth, hundred-ninetieth,
  two-hundred-and-forty-second): „Grund seien vor allem die EU-Zölle ..., sagte
  Marktanalyst Lothar Wengenroth.“ and „Grund sei der Verfall des Zuckerpreises ...“, „Im
  Schnitt lägen die Erträge ...“, „Auf leichten Böden in der Altmark seien es teils nur 35
  Dezitonnen gewesen.“ (speaker unchecked, the attribution standing only in the neighbour;
  ninety-third), „Das wären knapp 6 Prozent mehr ...“, „Das wäre fast ein Fünftel weniger
  ...“, „Damit gälte die Auflage künftig für knapp ein Viertel ...“ (a projection,
  hundred-forty-second, hundred-ninetieth), „Das seien 18 Prozent mehr ...“, „Der gesamte
  Bestand werde noch am Mittwoch gekeult, ...“. Each side's protest count stands in its own
  row and is check-worthy (hundred-fifteenth, hundred-ninetieth): the police's 6.500
  beside the Bauernverband's „mehr als 10.000“ („sprach von“ no verb of saying,
  hundred-sixty-second); "Police said about 7,200 people ..., while organisers put the
  turnout at more than 10,000." keeps both with the speaker unchecked (two sources in one
  row, hundred-fifteenth). A demand naming a measure and a figure is check-worthy
  (hundred-sixty-fifth, two-hundred-and-forty-fourth): „Fessler forderte vom Land ein
  Dürrehilfeprogramm von mindestens 50 Millionen Euro.“
- Check-worthy without a figure (hundred-fifteenth, hundred-ninetieth,
  two-hundred-and-forty-second, two-hundred-and-forty-fourth): the source line of a release
  („Das geht aus Daten der Agrarmarkt Austria hervor.“, „Das teilte der Deutsche
  Bauernverband am Dienstag bei der Vorlage seiner Erntebilanz mit.“; hundred-ninetieth),
  the next step of a bill („Als Nächstes muss der Ständerat über die Vorlage befinden.“),
  background on a pathogen and food safety ("Raw milk from infected cows has been found to
  carry high levels of the virus, ..."; hundred-fifteenth), stated causes (Wengenroth's,
  "Glenmore said falling butter and cheese prices ... had forced the cut."; two-hundred-and-
  forty-second: a maker's stated cause), a rule in force ("Animals can now be moved freely
  within England but not into Scotland or Wales without a pre-movement test."), a
  ministry's stated refusal ("Defra said it had no plans to compensate ..."; as "The FDA has
  not set a binding limit", two-hundred-and-forty-second), an outbreak reported and
  confirmed (the swine fever lead, „Das Friedrich-Loeffler-Institut bestätigte den Nachweis
  am Sonntagabend.“), a cull ordered (the Land's „Der gesamte Bestand werde ... gekeult“;
  hundred-ninetieth: "All of the birds will be killed"), a subtype detected (Lechthaler's
  H5N1; hundred-fifteenth), an agency's published risk level („Die Agentur ... (Ages) stuft
  die Ansteckungsgefahr für Menschen als sehr gering ein.“; hundred-ninetieth: „stuft das
  Risiko ... als hoch ein“), Castonguay's stated position on tariffs, a scene fact of a
  protest ("police fired water cannon at a group that hurled eggs and flares";
  hundred-ninetieth) and the commissioner's pledge ("direct payments for small farms would
  stay at least at their current level" - "at least" before no figure bounds none;
  hundred-ninetieth: the pledge that no farmer would get less after 2028).
- Negatives (fifty-fifth, hundred-fifteenth, hundred-ninetieth,
  two-hundred-and-forty-fourth): rhetoric and cries of farm leaders, ministers, an analyst,
  growers and a minister abroad in quotes; labels („Die Grünliberalen sprachen von einem
  «Kniefall vor der Agrarlobby».“, „Das Agrarministerium nannte die Forderung „verfrüht“.“,
  "Farm groups called the scheme ...", "Farm leaders called the decision ...",
  "Environmental groups called the rule change ...", "Ukraine's agriculture ministry called
  the blockade ..."); open questions („Ob die Staatsregierung ...“, „Ob sich der Bund ...“,
  "Whether processors will restore some of the cut ... is unclear."); forecasts without a
  figure ("Economists at farm lenders expect ...", "Traders said private buyers were likely
  ...", "Analysts expect roasters ...", "Traders said freight rates would likely ...", „Die
  Lager dürften ... gut gefüllt sein, heisst es beim Verband.“, and „Die Molkereien
  erwarten für das erste Quartal weiter sinkende Erzeugerpreise.“ with ordinal 1 labelled);
  hopes, fears and doubts with their figures labelled ("Some growers fear a second wet
  autumn ..." ordinal 2, "Growers fear that low prices ...", „Viele Betriebe hoffen auf
  warmes Wetter bis zum Saisonende am 24. Juni.“ the date, "... though growers doubt ...",
  „Anwohner ... fürchten ...“, „Ob die geplante Rodungsprämie von 3.500 Euro je Hektar ...,
  bezweifeln Branchenkenner.“ 3,500 EUR - a doubt, not an open question, as „bezweifeln“,
  two-hundred-and-fourth); appeals naming no rule („Schweinehalter im ganzen Land sind
  aufgerufen, ...“, „Geflügelhalter werden ersucht, ...“, "Officials urged farmworkers to
  wear goggles ..."; hundred-fifteenth, hundred-ninetieth); a reassurance naming no figure
  („Die Brauer versichern, dass der Bierpreis ... nicht steigen werde.“;
  two-hundred-and-forty-fifth); a vow (Wronka's; two-hundred-and-fourth); and vox pops of farmers
  with their ages, herds and years labelled ("said a 47-year-old dairy farmer" 47 years,
  „Ein Milchbauer aus dem Innviertel, der 70 Kühe hält, ... nach 30 Jahren im Stall ...“ 70
  and 30 years - hundred-fifteenth New: a farm's size in the description of a quoted farmer
  -, "a sheep farmer from Herefordshire who keeps 900 ewes" 900, „... habe ich in 40 Jahren
  nicht erlebt“ 40 years - hundred-fifteenth: „in 30 Jahren“ -, „Wir haben zwölf Jahre
  gebraucht, ...“ 12 years, and „Niemand nimmt uns jetzt noch ein Schwein ab, ...“ with no
  figure - „ein Schwein“ an article).
- Harvests, yields, stocks, areas, herds, flocks and farms are counts (fourth,
  forty-second, hundred-fifteenth, hundred-ninetieth): „knapp 290.000 Tonnen“ "nearly",
  „rund 16.500 Tonnen“, „rund 40,6 Millionen Tonnen“, „3,9 Millionen Tonnen“, „knapp 31.000
  Tonnen“ "nearly", „rund 142'000 Tonnen“ (the Swiss apostrophe, tenth), „durchschnittlich
  78 Tonnen Rüben je Hektar“ ("durchschnittlich" no hedge); "28.4 million tonnes", "31 million tonnes", "37.2 million tonnes", "about 190,000
  tonnes", "19.1 million tonnes", "35.9 million tonnes", "31.4 million tonnes", "19.6 million
  tonnes", "about 40 million tonnes", "100,000 tonnes a year" ("a year" none); yields with
  the rate word carrying none (forty-second New: „36 Dezitonnen je Hektar“, "188.8 bushels
  per acre"): „58 Dezitonnen je Hektar“, „teils nur 35 Dezitonnen“ ("teils" and "nur" no
  hedge; hundred-ninetieth New: „teils“), „rund 32 Dezitonnen je Hektar“, „72,4 Dezitonnen
  je Hektar, nach 76,9 Dezitonnen“, "186.9 bushels per acre, up 3.6 bushels", "an average
  yield of 4.2 tonnes per hectare, down from 4.5 tonnes" ("an average of" and "down from"
  no hedge); bushels ("a record corn crop of 16.4 billion bushels" - "a record" no hedge,
  twenty-third -, "4.15 billion bushels", "about 2.1 billion bushels"), bags ("54.7 million
  60-kg bags" 54,700,000 and 60 - hundred-fifteenth: "37.2 million 60-kg bags" -, "36.1
  million bags ... a record 18.6 million bags"), hectolitres („rund 8,1 Millionen
  Hektolitern“, „etwa 2,4 Millionen Hektoliter“), areas („rund 5.900 Hektar“, „2.480
  Hektar“, „knapp 2,6 Millionen Hektar“, „gut 92.000 Hektar“ "over", „68 Hektar, ... noch
  59 Hektar“ ("noch" no hedge), "about 1.49 million hectares", "742,000 hectares", "95.2
  million acres"), rainfall („71 Liter Regen pro Quadratmeter“ 71; hundred-fifteenth: „61
  Liter Regen pro Quadratmeter“), a load limit ("no more than 220 kg of organic nitrogen per
  hectare" 220 "at_most"; hundred-ninetieth: "up to 225kg"), animals and herds („Alle 4.300
  Tiere“ - "Alle" no hedge, hundred-fifteenth -, „38 weitere Betriebe mit zusammen rund
  61.000 Schweinen“ - "weitere" and "zusammen" no hedge -, „mit rund 38.000 Tieren“, "23
  more dairy herds ... to 1,084", "311 of those herds", "around 1.6 million cows", "22.4
  million", "about 70 million sheep in 1982"), farms and growers („von den rund 1.500
  Messstellen ... 93“, „22.400“, „die knapp 48'000 Betriebe“ "nearly", „rund 1.200
  Erntehelfer“, „mehr als 60 Betriebe“, „von rund 3'100 auf 2'450“ the hedge on the first
  only, „rund 7.600 ..., ... auf 243.100“, „rund 876.000 Menschen“, "214 farmers", "up to 600
  dairy, pig and poultry farms" "up_to", "361", "14 of its members", "about 45,000 seasonal
  workers ..., ... at 43,000" - "capped at" no hedge, hundred-fifteenth New -, "19 of the 27
  member states" both - definite groups, forty-first).
- Temperatures and must weights are measured values read as counts (forty-seventh,
  hundred-tenth, hundred-fifteenth): „auf minus 5,8 Grad“ -5.8 (hundred-ninety-fourth:
  „minus 19,8 Grad“ -19.8), „38 Grad“ 38. New: „meist zwischen 82 und 95 Grad Oechsle“
  gives the counts 82 and 95 with no hedge - degrees Oechsle weigh the must as the
  Klosterneuburg degrees do („zwischen 19 und 21 Grad KMW“, hundred-fifteenth New), and
  „meist“ restricts where the figures hold, not how exact they are, as „teils“ does
  (hundred-ninetieth New).
- Prices per unit are money in the currency written, the unit priced carrying none (every
  batch): Cent as hundredths of the euro („im Schnitt 49,8 Cent je Kilogramm ..., um 2,1
  Cent weniger“ 0.498 and 0.021, „mindestens 55 Cent“ 0.55 "at_least", „um 10 Cent auf 1,82
  Euro je Kilogramm Schlachtgewicht“ 0.1 and 1.82, „teils nur noch 60 Cent je Liter“ 0.6;
  hundred-fifteenth, hundred-ninetieth), Rappen and francs with the Swiss decimal point („um
  5 Rappen auf 1.35 Franken pro Kilogramm“ 0.05 and 1.35 CHF, „durchschnittlich 19.40
  Franken pro Arbeitsstunde“ 19.4 CHF - „pro Arbeitsstunde“ none; hundred-fifteenth,
  two-hundred-and-forty-second: "78.40 Franken"), euros („durchschnittlich 368 Euro je
  Tonne“, „rund 545 Euro je Tonne“, „60 Euro je Tonne ... auf 430 Euro“ the unit written
  once, „zwischen 12 und 15 Euro“ both - a range, ninety-seventh -, „rund 190 Euro je Tonne
  Brotweizen“, „rund 38 Euro, ... mehr als 55 Euro“, and in a doubt „3.500 Euro je Hektar“),
  pence and pounds ("on average 58p a kilo" 0.58 GBP, "about £3.40 per animal", "up to £180
  a hectare" "up_to"), U.S. cents and dollars ("lost 9 cents to $3.98 a bushel" 0.09 and
  3.98, "$3.48 a pound" USD - hundred-fifteenth New: "a pound" after a dollar price names
  the weight -, "up to $950 per lactating cow" "up_to"), rupees ("2,425 rupees per quintal,
  150 rupees more" INR; hundred-ninetieth: "per quintal" none), Canadian dollars ("C$631.50 a
  tonne"), New Zealand dollars ("a record NZ$10.30 a kilogram"), and zlotys ("about 780
  zlotys a tonne" PLN - the currency word of the story's country names the code,
  two-hundred-and-forty-seventh New: dirhams AED). New: the Irish "cent" is a hundredth of
  the euro - "by between 1.5 and 2 cent a litre" 0.015 and 0.02 EUR ("between" no hedge),
  "41.5 cent a litre including VAT, down from 43.5 cent" 0.415 and 0.435 EUR, "about 44
  cent a litre" 0.44 EUR "about" - Irish copy writes the singular "cent" of its own
  currency as German copy writes „Cent“ (hundred-fifteenth), while U.S. "cents" stay USD.
- Incomes, subsidies, budgets, funds and aid in the currency written (forty-second,
  hundred-fifteenth, hundred-ninetieth): „um 45 Millionen Franken“, „insgesamt 13,8
  Milliarden Franken“ ("insgesamt" no hedge), „rund 2,7 Milliarden Franken“ "about", „rund
  95 Millionen Euro“, „mindestens 50 Millionen Euro“ "at_least", "975 million euros", "$139.7
  billion", "$31.2 billion", "by $6.1 billion", "a £60 million fund", "about 9,000 euros over
  the summer months" ("over the summer months" none), "about C$2.4 billion", "at least 300
  billion euros ..., down from roughly 378 billion euros" "at_least" and "about", "roughly
  6,000 euros per farm", "NZ$4.1 billion in the year to September".
- Percentages as written (every batch), with percentage points in "pp"
  (hundred-thirtieth, two-hundred-and-forty-second): „um 1,4 Prozentpunkte auf 61 Prozent“
  1.4 pp and 61 %. „um 20 Prozent unter Bedarf“, „um 3,4 Prozent“, „17 Prozent mehr“ ("mehr"
  after the figure compares), „von gut 30 auf unter 10 Prozent“ 30 "over" and 10 "under"
  (the unit written once), „bis zu 70 Prozent“ "up_to", „nur etwa 40 Prozent“ "about"
  („nur“ no hedge), „zu 55 Prozent“, „knapp 6 Prozent mehr“, „gut 90 Prozent“ "over", „rund
  15 Prozent unter dem Mittel“, „knapp 5 Prozent kleiner“, „um 6 Prozent“, „18 Prozent
  mehr“, „knapp 4 Prozent unter“, „17,6 Prozent“, „um 11 Prozent“, „um rund 40 Prozent“,
  „3 Prozent“, „Knapp 36 Prozent“ "nearly", „11,8 Prozent ..., ... 30 Prozent“; "120% of the
  market value", "136% of its usual rainfall" and "a 100% tariff" as written (above one
  hundred percent is still a percentage), "by about 40%", "9.4%", "about 11%", "8% less",
  "20% to 30% less milk" both with no hedge ("typically" no hedge, hundred-ninetieth), "up
  12%", "by as much as 15%" "up_to" (hundred-tenth: "as much as"), "up to 30%", "3.2% less",
  "fall 9%", "only about 40%" "about" ("only" no hedge), "about 40%", "down 3%", "7.4%
  more", "fell 1.2%", "about 38% ..., down from 45%", "63%", "up about 30%".
- Fractions (the issue: "ein Fünftel", "jeder vierte"): „knapp ein Viertel“ 0.25
  "nearly", „um rund ein Drittel“ 0.3333 "about", „Jeder vierte Ackerbaubetrieb“ 0.25, „gut
  drei Viertel“ 0.75 "over", „um gut ein Zehntel“ 0.1 "over", „knapp die Hälfte“ 0.5
  "nearly", „Jeder dritte Betrieb“ 0.3333, „um ein Zehntel“ 0.1, „fast ein Fünftel weniger“
  0.2 "nearly", „gut ein Drittel“ 0.3333 "over", „gut ein Fünftel“ 0.2 "over", „weniger als
  die Hälfte“ 0.5 "under", „bei gut einem Drittel davon“ 0.3333 "over" (the dative,
  hundred-fifteenth), „ein gutes Drittel davon“ 0.3333 "over" (the inflected adjective,
  two-hundred-and-twentieth and two-hundred-and-forty-ninth), "roughly a third" 0.3333
  "about", "by a fifth" 0.2, "by nearly a quarter" 0.25 "nearly", "about a third" 0.3333
  "about", "by more than half" 0.5 "over" (two-hundred-and-forty-second), "up to a tenth"
  0.1 "up_to", "About a fifth" 0.2 "about", "less than a third" 0.3333 "under", "a third
  below their level" 0.3333 (a share written as a fall stays a fraction, hundred-fifty-second
  and hundred-ninetieth).
- Multiples are counts with their hedges (forty-fifth, hundred-ninetieth,
  two-hundred-and-forty-fourth): "nearly three times their level of two years ago" 3
  "nearly" and 2 years, „fast doppelt so viel wie vor vier Jahren“ 2 "nearly" and 4 years,
  „fast doppelt so viel wie für Importware“ 2 "nearly"; verbs carry none ("have more than
  doubled in two years" only the 2 years - hundred-tenth -, „hat sich seit 2010 mehr als
  halbiert“ only the year - two-hundred-and-forty-fourth New).
- Counts otherwise (every batch): protest counts („Mit rund 3.200 Traktoren“, „etwa 6.500
  Menschen“, „mehr als 10.000 Teilnehmenden“ "over", "about 1,800 tractors", "37 people",
  "about 7,200 people and 540 tractors ..., more than 10,000" the hedge on the first only,
  "up to 1,400 trucks" "up_to", "three border crossings"), a vote („118 zu 71 Stimmen, vier
  Ratsmitglieder enthielten sich“ three counts, the number word as the digit;
  hundred-ninetieth: "mit 121 zu 68 Stimmen bei 3 Enthaltungen"), zones by radius („im
  Umkreis von zehn Kilometern“ 10, „mit drei Kilometern Radius“ 3 and „weitere 14
  Geflügelhalter“ 14; hundred-fifteenth, hundred-ninetieth), „Nach zwei Frostnächten“ 2 (a
  night is no unit of the duration list; hundred-fifteenth: „zwei Nächte lang“ count 2),
  "Four dairy workers" 4 (hundred-ninetieth New: a capitalised number word heading the
  sentence), "three vaccines" 3, „einen Acht-Punkte-Plan“ 8 (the issue's
  "28-Punkte-Entwurf"; hundred-ninetieth: „Zwölf-Punkte-Katalog“), "14 times" 14 (the
  issue's "100 Mal"), „im Schnitt sieben Familienbetriebe“ 7 ("im Schnitt" no hedge, "jeden
  Tag" none), "361", "four Ukrainian products" 4. None: "Thousands of farmers",
  "a single fund", "Colorado alone" ("alone" no hedge), „Subtyp H5N1“
  (hundred-ninetieth New), „der Handelsklasse I“ and „der Klasse I“ (two-hundred-and-
  forty-second New), "since the 1850s" (a decade names no count and no year, as „in den
  1970er-Jahren“, two-hundred-and-forty-fourth), "Beef + Lamb New Zealand". New: „kaum ein
  Betrieb“ carries no quantity - „ein“ is the article (two-hundred-and-forty-second: "Ein
  Anbieter" none), and „kaum“ hedges no figure, as "at least at their current level" bounds
  none (above).
- Ordinals (the issue: "zum zweiten Mal", "die drittgrößte Stadt"): "in its first eight
  weeks" 1 and 8 weeks (two-hundred-and-forty-fourth: "in the first four days"), „für das
  erste Quartal“ 1 in a negative, „der dritte schwere Spätfrost binnen fünf Jahren“ 3 and 5
  years ("binnen" no hedge), "the world's second-largest wheat producer" and "the
  second-largest crop on record" 2 (two-hundred-and-forty-second: "the second-largest"),
  "since the first case last autumn" 1 (hundred-fifteenth: „Seit dem ersten Nachweis“), „der
  erste Ausbruch in einem Hausschweinebestand ... seit 2021“ 1 and the year, "the third cut
  in four months" 3 and 4 months (two-hundred-and-forty-second: "its second cut in three
  months"), "the first survey-based crop estimate" 1, „der vierte Ausbruch“ 4, "a second wet
  autumn in a row" 2 in a fear. None: "the highest since 2020", "the most since 2012", "the
  biggest processor", „dem größten Anbaugebiet“, "its largest arabica exporter", "its lowest
  level", „den höchsten Stand“, "a record".
- Durations and ages (the issue: "fünfstündigen Treffen", "a two-week visit"): „gut vier
  Stunden“ 4 hours "over" (hundred-ninetieth: „Die gut dreistündige Kundgebung“), „ein
  72-stündiges Transportverbot“ 72 hours (the compound of digits and „-stündig“ read as
  „fünfstündigen“), „seit fast drei Jahren“ 3 years "nearly", „vor vier Jahren“, „vor zwei
  Jahren“, „vor zehn Jahren“, "two years ago" (twice) the years, „binnen fünf Jahren“ and
  „binnen drei Jahren“ ("binnen" no hedge), „der vergangenen fünf Jahre“ 5 years, „dem
  zehnjährigen Mittel“ 10 years (two-hundred-and-forty-fourth: "The 10-year average"), "in
  two years", "the highest in seven years" 7 years, "for about three weeks" 3 weeks "about",
  „etwa zwei Wochen später als üblich“ and „rund zwei Wochen früher als üblich“ 2 weeks
  "about" (hundred-ninetieth: "about two weeks later than usual"), „für mindestens sechs
  Wochen“ 6 weeks "at_least", "over the past 14 days" 14 days ("over" before "the" no hedge,
  forty-first), „frühestens in 30 Tagen“ 30 days with no hedge (two-hundred-and-forty-seventh:
  „frühestens 2033“ the year with no qualifier), „auf etwa 110 Tage angelegt“ 110 days
  "about", "to last 10 days" 10 days, "in four months" 4 months, "lasted nearly five months"
  5 months "nearly"; ages in years („älter als 55 Jahre“ 55 "over"; hundred-ninetieth), and
  labelled in negatives "a 47-year-old dairy farmer", „nach 30 Jahren im Stall“, „in 40
  Jahren“, „zwölf Jahre“. None: "this year", "last year", "a year earlier", "a decade ago",
  "on a year ago", "so far this season", "in the year to September", "over the summer months", "in the coming months", "through the winter", "last
  autumn", "since July", "since August", "since June", "in March", "from next year", "a
  year", „im Vorjahr“, „ein Jahr zuvor“, „in diesem Jahr“, „in diesem Frühjahr“, „in diesem
  Herbst“, „jährlich“, „jeden Tag“, „täglich“, „jeden einzelnen Tag“, „monatelangen“, „Mitte
  April“, „Ende August“, „seit Juli“, „seit Anfang Oktober“, „bis Ende Jahr“, „am Abend“,
  „am Sonntagabend“, weekdays and months.
- Years, seasons and dates: „seit 2015“, „bis zum Sommer 2028“, „seit 2022“, „seit 2019“,
  „seit 2021“, „seit 2023“, „Seit 2010“ and „seit 2010“, „seit Anfang 2024“, „bis 2030“, „Für
  die Jahre 2026 bis 2029“ both, "by 2028", "by 2030", "since 2020", "since May 2022", "since
  2012", "than in 2024", "since 2022", "until the end of 2029", "ended in 2015", "in 1982",
  "in early 2024" the years; seasons and budget periods give both years („im Wirtschaftsjahr
  2024/25“, "the 2025/26 season", "the 2028-2034 budget"; eighty-eighth, hundred-fifteenth);
  "until March 31, 2027" is the full date 2027-03-31 and no separate year (twenty-fourth:
  "through Sept. 30, 2026"; two-hundred-and-forty-fifth: „Zum 1. Januar 2027“); "on April
  1", "on May 1", "from July 1" and, in a hope, „am 24. Juni“ are dates without a year;
  Reuters datelines with a day ("WASHINGTON, Feb 6", "NEW DELHI, May 12", "BRASILIA, June
  10", "DUBLIN, July 15", "WASHINGTON, Aug 12", "OTTAWA, Sept 4", "KYIV, Oct 7", "BRUSSELS,
  Nov 18", "WELLINGTON, Nov 25", "WARSAW, Dec 3") are dates without a year; dpa, APA,
  Keystone-SDA, Reuters German ("Frankfurt (Reuters) -"), AFP ("THE HAGUE (AFP) -"), AP
  ("DENVER (AP) —") and PA ("LONDON (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "around", "roughly"
  "about"; „knapp“, „Knapp“, „fast“, "nearly" "nearly"; „mehr als“, „gut“, „gutes“, „älter
  als“, "more than" "over"; „unter“ (before a figure), „weniger als“ (before a share), "less
  than" (before a share) "under"; „bis zu“, "up to", "as much as" "up_to"; „mindestens“,
  "at least" "at_least"; "no more than" "at_most". No hedge: „im Schnitt“,
  „durchschnittlich“, "an average", "on average", "typically", „insgesamt“, „zusammen“,
  „weitere“, "more" after a figure, „derzeit“, „zuletzt“, „bereits“, „inzwischen“, „noch“,
  „nur“, „nur noch“, "only", „teils“, „meist“, „Alle“, "alone", "a record", „zwischen“,
  "between", "to" in a range, "capped at", „frühestens“, „binnen“, "over" before a span or
  "the", "down from", „mehr“, „weniger“, „kleiner“ and "less" after a figure, „unter“ after a
  figure („unter dem Mittel“), and „Rund um den Hof“ (a preposition before no figure,
  two-hundred-and-forty-second: „Rund um Ostern“).
- Speakers, checked only in forms the earlier batches settled: „Nach Angaben der Polizei“
  -> "die Polizei" (the source in the nominative, seventieth, hundred-ninetieth); "Police
  said ..." opening the row -> "police" (hundred-ninetieth); „Brunsmann sagte, ...“ and
  „Bauernpräsident Meinerzhagen sagte, ...“ opening the row -> the surname
  (two-hundred-and-forty-fourth); „..., sagte Marktanalyst Lothar Wengenroth.“, „..., sagte
  Bauernpräsident Reinhold Fessler.“, „..., sagte Meinerzhagen.“ and „..., sagte
  Verbandschefin Maren Höpken.“ the name with the title dropped (hundred-seventy-third,
  hundred-ninetieth); „Landwirtschaftskammer-Präsidentin Theresia Unterkofler sagte“,
  „Bauernverbandspräsident Florian Tschudin sagte“, „Hagelversicherungs-Chef Vinzenz
  Tragseiler sagte“, „Landesrat Jakob Wurzrainer sagte“, „Verbandssprecherin Dorothee
  Hasselkamp sagte“, „Landwirtschaftsministerin Ulrike Schwabedissen sagte“,
  „Bauernpräsident Klaus-Peter Meinerzhagen sagte“, „Verbandspräsident Sebastian Oellerich
  sagte“, „Verbandsdirektor Hansjörg Zumbrunn sagte“, „Weinbaupräsidentin Ingrid Dautermann
  sagte“ and „Landesveterinärdirektorin Hemma Lechthaler sagte“ the name (hundred-eightieth:
  the office heading "X sagte"; hundred-ninetieth: „Landwirtschaftskammer-Präsident
  Ferdinand Strassegger sagte“). English: the name with the role dropped ("Agriculture
  Minister Joost Ravesteijn said", "Kansas wheat grower Shelby Kranzler said", "State
  veterinarian Nolan Birkenshaw said", "NFU vice-president Fiona Ramsbottom said", "Food
  Minister Anjali Thirumalai said", "Chief veterinary officer Rowan Etheridge said", "Coffee
  grower Joaquim Barreto said", "IFA dairy chair Declan Culhane said", "Canola Council of
  Canada president Rhonda Giesbrecht said", "Trade Minister Hélène Castonguay said",
  "English Apples and Pears chief executive Lucinda Yardley said", "Deputy Agriculture
  Minister Mykola Zavhorodnii said", "Copa-Cogeca president Hubert Lafargue-Sarrat said",
  "Agriculture Minister Hamish Ballantyne said"; hundred-fifteenth, two-hundred-and-
  forty-second: "NielsenIQ analyst Graham Tulley said", two-hundred-and-forty-fourth);
  "Ravesteijn said", "Birkenshaw said" and "Wronka said" opening the row; "..., farm union
  leader Tadeusz Wronka told reporters." -> "Tadeusz Wronka" ("told reporters" names the
  speaker, two-hundred-and-fourth, two-hundred-and-forty-fourth). New: "Analyst Marisol
  Vandergriff of Prairie Ledger Advisory said" -> "Marisol Vandergriff" - the firm after the
  name is dropped as a place after a name is („Winzerin Martina Zöchling aus Langenlois“,
  hundred-fifteenth), and the role before it as in "NielsenIQ analyst Graham Tulley said".
  Left unchecked although earlier batches settled the form, to keep the checked speakers
  near the brief's number (as the two-hundred-and-forty-second did): „teilte das
  Umweltministerium mit“, „teilte der Landesbauernverband mit“, „teilte die Österreichische
  Hagelversicherung mit“, „teilte der Landkreis am Montag mit“, „Das teilte der Deutsche
  Bauernverband am Dienstag ... mit“, „teilte der Verband Deutscher Hopfenpflanzer mit“,
  „teilte der Schweizer Obstverband am Mittwoch mit“, „teilte das Deutsche Weininstitut am
  Montag mit“, „teilte das Land Oberösterreich mit“, „teilte das Statistische Bundesamt am
  Donnerstag mit“, „laut AMA“, „nach Angaben des Deutschen Wetterdienstes“, „nach Angaben des
  Instituts“, „nach Angaben des Dachverbands Norddeutscher Zuckerrübenanbauer“, "the food
  ministry said on Monday", "Statistics Canada said on Thursday", "the agriculture ministry
  said on Tuesday", "the Agriculture Department said on Thursday", "the department said" and
  "Defra said". Left unchecked as unsettled or excluded (None): roles without a name ("A
  Home Office spokesperson said", "The agriculture commissioner told reporters", "Poland's
  agriculture minister said"; thirty-seventh, hundred-fifteenth), plural and collective
  sources ("federal officials said Friday", "border officials said", "organisers said",
  "according to farm unions", "Growers say", the two-sided rows; forty-first), descriptions
  before a body's name ("crop agency Conab said on Tuesday", "industry group Beef + Lamb New
  Zealand said on Tuesday"; fortieth, hundred-fifteenth), a firm's bare name ("Glenmore
  said"; two-hundred-and-forty-second), "The Irish Farmers' Association said" and "The
  government said" (hundred-fifteenth, two-hundred-and-forty-second), "according to" a body
  ("according to the Agriculture Department", "according to the National Sheep
  Association"; two-hundred-and-forty-fourth), documents, data and surveys ("according to
  federal court records", "according to Met Office figures", "the survey by the levy board
  AHDB showed", "data from Stats NZ showed", "according to government estimates", „Das geht
  aus Daten ... hervor“, „Der Erhebung zufolge“, „nach einer Umfrage des Deutschen
  Raiffeisenverbands“, „nach Polizeiangaben“), estimating verbs ("released by the
  Agriculture Department", "The department pegged", „rechnet der Verband“, „schätzt die
  Versicherung“; hundred-tenth), verbs not of saying („sprach ... von“, „forderte“,
  „bestätigte“, „stuft ... ein“, „nannte“), „heisst es beim Verband“, „laut Verband“ (a
  common noun without its article), and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_259 = [
    # --- Bauernprotest in München (dpa/lby), Januar ---
    (
        "de",
        "München (dpa/lby) - Mit rund 3.200 Traktoren haben Landwirte aus ganz Bayern am Mittwoch die Münchner Innenstadt lahmgelegt.",
        True,
        [("count", 3200, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Polizei nahmen an der Kundgebung auf dem Odeonsplatz etwa 6.500 Menschen teil.",
        True,
        [("count", 6500, None, "about")],
        "die Polizei",
    ),
    (
        "de",
        "Der Bauernverband sprach dagegen von mehr als 10.000 Teilnehmenden.",
        True,
        [("count", 10000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Bauern protestieren gegen die geplante Ausweitung der roten Gebiete, in denen sie ihre Felder um 20 Prozent unter Bedarf düngen müssen.",
        True,
        [("percent", 20, "%", None)],
        None,
    ),
    (
        "de",
        "Damit gälte die Auflage künftig für knapp ein Viertel der landwirtschaftlich genutzten Fläche im Freistaat, teilte das Umweltministerium mit.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Wir lassen uns nicht zum Sündenbock für jedes Nitratproblem machen“, rief Bauernpräsident Eckhard Brunsmann den Demonstrierenden zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brunsmann sagte, von den rund 1.500 Messstellen im Land seien nach einer Prüfung des Verbands 93 fehlerhaft gebaut oder falsch platziert.",
        True,
        [("count", 1500, None, "about"), ("count", 93, None, None)],
        "Brunsmann",
    ),
    (
        "de",
        "Die Kundgebung dauerte gut vier Stunden und blieb nach Polizeiangaben friedlich.",
        True,
        [("duration", 4, "hour", "over")],
        None,
    ),
    (
        "de",
        "Ob die Staatsregierung die umstrittenen Messstellen überprüfen lässt, blieb am Abend offen.",
        False,
        [],
        None,
    ),
    # --- Dutch farmers and the nitrogen buyout (AFP), January ---
    (
        "en",
        "THE HAGUE (AFP) - Dutch farmers drove about 1,800 tractors into The Hague on Tuesday to protest against a government plan to buy out livestock farms near protected nature areas.",
        True,
        [("count", 1800, None, "about")],
        None,
    ),
    (
        "en",
        "The government has set aside 975 million euros to buy out up to 600 dairy, pig and poultry farms by 2028.",
        True,
        [("money", 975000000, "EUR", None), ("count", 600, None, "up_to"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Agriculture Minister Joost Ravesteijn said 214 farmers had signed up for the voluntary scheme in its first eight weeks.",
        True,
        [("count", 214, None, None), ("ordinal", 1, None, None), ("duration", 8, "week", None)],
        "Joost Ravesteijn",
    ),
    (
        "en",
        "Ravesteijn said farmers who sell would receive 120% of the market value of their production rights.",
        True,
        [("percent", 120, "%", None)],
        "Ravesteijn",
    ),
    (
        "en",
        '"We are not the enemy of nature, we are the ones who look after it," said a 47-year-old dairy farmer from Friesland.',
        False,
        [("duration", 47, "year", None)],
        None,
    ),
    (
        "en",
        "Nitrogen emissions from Dutch farms must fall by about 40% by 2030 under the government's targets.",
        True,
        [("percent", 40, "%", "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Police said 37 people were detained after protesters blocked a motorway exit with burning hay bales.",
        True,
        [("count", 37, None, None)],
        "police",
    ),
    ("en", 'Farm groups called the scheme "expropriation by instalments."', False, [], None),
    # --- Milchpreis in Österreich (APA), Februar ---
    (
        "de",
        "Wien (APA) - Die heimischen Molkereien haben den Bauern im Jänner im Schnitt 49,8 Cent je Kilogramm Rohmilch bezahlt, um 2,1 Cent weniger als im Dezember.",
        True,
        [("money", 0.498, "EUR", None), ("money", 0.021, "EUR", None)],
        None,
    ),
    ("de", "Das geht aus Daten der Agrarmarkt Austria hervor.", True, [], None),
    (
        "de",
        "Die angelieferte Menge stieg laut AMA im Jahresvergleich um 3,4 Prozent auf knapp 290.000 Tonnen.",
        True,
        [("percent", 3.4, "%", None), ("count", 290000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Landwirtschaftskammer-Präsidentin Theresia Unterkofler sagte, ein Milchbetrieb brauche mindestens 55 Cent je Kilogramm, um seine Kosten zu decken.",
        True,
        [("money", 0.55, "EUR", "at_least")],
        "Theresia Unterkofler",
    ),
    (
        "de",
        "„Bei diesen Preisen melkt jeder Bauer mit Verlust, und zwar jeden einzelnen Tag“, sagte Unterkofler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Milchlieferanten ist seit 2015 um rund ein Drittel auf 22.400 gesunken.",
        True,
        [("year", 2015, None, None), ("fraction", 0.3333, None, "about"), ("count", 22400, None, None)],
        None,
    ),
    (
        "de",
        "Die Molkereien erwarten für das erste Quartal weiter sinkende Erzeugerpreise.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Ein Milchbauer aus dem Innviertel, der 70 Kühe hält, sagte, nach 30 Jahren im Stall denke er ans Aufhören.",
        False,
        [("count", 70, None, None), ("duration", 30, "year", None)],
        None,
    ),
    # --- U.S. farm income forecast (Reuters), February ---
    (
        "en",
        "WASHINGTON, Feb 6 (Reuters) - U.S. net farm income is forecast to fall 9.4% this year to $139.7 billion, the Agriculture Department said on Thursday, as lower crop prices outweigh a jump in government payments.",
        True,
        [("date", "--02-06", None, None), ("percent", 9.4, "%", None), ("money", 139700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Direct government payments are expected to reach $31.2 billion, nearly three times their level of two years ago.",
        True,
        [("money", 31200000000, "USD", None), ("count", 3, None, "nearly"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Cash receipts from corn are forecast to drop by $6.1 billion, or about 11%.",
        True,
        [("money", 6100000000, "USD", None), ("percent", 11, "%", "about")],
        None,
    ),
    (
        "en",
        "Fertiliser, seed and interest together account for roughly a third of total production expenses, the department said.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Kansas wheat grower Shelby Kranzler said she had cut her fertiliser order for the spring by a fifth.",
        True,
        [("fraction", 0.2, None, None)],
        "Shelby Kranzler",
    ),
    ("en", '"Every spring you bet the farm, and lately the house keeps winning," Kranzler said.', False, [], None),
    (
        "en",
        "Economists at farm lenders expect more consolidation as smaller operations struggle to refinance their debt.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Farm bankruptcies rose to 361 last year, the highest since 2020, according to federal court records.",
        True,
        [("count", 361, None, None), ("year", 2020, None, None)],
        None,
    ),
    # --- Direktzahlungen im Nationalrat (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat eine Kürzung der Direktzahlungen um 45 Millionen Franken abgelehnt.",
        True,
        [("money", 45000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das Ergebnis lautete 118 zu 71 Stimmen, vier Ratsmitglieder enthielten sich.",
        True,
        [("count", 118, None, None), ("count", 71, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Für die Jahre 2026 bis 2029 stehen der Landwirtschaft damit insgesamt 13,8 Milliarden Franken zur Verfügung.",
        True,
        [("year", 2026, None, None), ("year", 2029, None, None), ("money", 13800000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Davon fliessen jährlich rund 2,7 Milliarden Franken als Direktzahlungen an die knapp 48'000 Betriebe.",
        True,
        [("money", 2700000000, "CHF", "about"), ("count", 48000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bauernverbandspräsident Florian Tschudin sagte, das bäuerliche Einkommen liege im Talgebiet bei durchschnittlich 19.40 Franken pro Arbeitsstunde.",
        True,
        [("money", 19.4, "CHF", None)],
        "Florian Tschudin",
    ),
    ("de", "«Man kann die Ernährungssicherheit nicht mit dem Rotstift planen», sagte Tschudin.", False, [], None),
    ("de", "Die Grünliberalen sprachen von einem «Kniefall vor der Agrarlobby».", False, [], None),
    ("de", "Als Nächstes muss der Ständerat über die Vorlage befinden.", True, [], None),
    # --- Bird flu in dairy herds (AP), March ---
    (
        "en",
        "DENVER (AP) — Bird flu has been confirmed in 23 more dairy herds in Colorado and Idaho, bringing the number of infected herds nationwide since last spring to 1,084, federal officials said Friday.",
        True,
        [("count", 23, None, None), ("count", 1084, None, None)],
        None,
    ),
    (
        "en",
        "Colorado alone accounts for 311 of those herds, according to the Agriculture Department.",
        True,
        [("count", 311, None, None)],
        None,
    ),
    (
        "en",
        "State veterinarian Nolan Birkenshaw said infected cows typically produced 20% to 30% less milk for about three weeks.",
        True,
        [("percent", 20, "%", None), ("percent", 30, "%", None), ("duration", 3, "week", "about")],
        "Nolan Birkenshaw",
    ),
    (
        "en",
        "Birkenshaw said the state would pay dairies up to $950 per lactating cow to cover lost production.",
        True,
        [("money", 950, "USD", "up_to")],
        "Birkenshaw",
    ),
    ("en", '"This virus has humbled every one of us who thought we understood it," Birkenshaw said.', False, [], None),
    (
        "en",
        "Four dairy workers in Colorado have tested positive for the virus since July, all with mild symptoms.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    ("en", "Officials urged farmworkers to wear goggles and gloves when milking.", False, [], None),
    (
        "en",
        "Raw milk from infected cows has been found to carry high levels of the virus, while pasteurisation kills it.",
        True,
        [],
        None,
    ),
    # --- Düngerpreise (Reuters), April ---
    (
        "de",
        "Frankfurt (Reuters) - Die Preise für Stickstoffdünger sind in Deutschland zum Start der Frühjahrsdüngung auf den höchsten Stand seit fast drei Jahren gestiegen.",
        True,
        [("duration", 3, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Kalkammonsalpeter kostete im März im Großhandel durchschnittlich 368 Euro je Tonne und damit 17 Prozent mehr als ein Jahr zuvor.",
        True,
        [("money", 368, "EUR", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Für Harnstoff mussten Händler zuletzt rund 545 Euro je Tonne zahlen, fast doppelt so viel wie vor vier Jahren.",
        True,
        [("money", 545, "EUR", "about"), ("count", 2, None, "nearly"), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Grund seien vor allem die EU-Zölle auf Dünger aus Russland und Belarus, die seit Juli schrittweise steigen, sagte Marktanalyst Lothar Wengenroth.",
        True,
        [],
        "Lothar Wengenroth",
    ),
    (
        "de",
        "Der Aufschlag beträgt derzeit 60 Euro je Tonne und klettert bis zum Sommer 2028 auf 430 Euro.",
        True,
        [("money", 60, "EUR", None), ("year", 2028, None, None), ("money", 430, "EUR", None)],
        None,
    ),
    (
        "de",
        "Jeder vierte Ackerbaubetrieb will nach einer Umfrage des Deutschen Raiffeisenverbands in diesem Frühjahr weniger Stickstoff ausbringen.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "„Am Ende zahlt der Landwirt die Zeche für die Sanktionspolitik“, sagte Wengenroth.", False, [], None),
    (
        "de",
        "Der Anteil russischer Lieferungen am EU-Markt für Harnstoff ist seit 2022 von gut 30 auf unter 10 Prozent gefallen.",
        True,
        [("year", 2022, None, None), ("percent", 30, "%", "over"), ("percent", 10, "%", "under")],
        None,
    ),
    # --- England's spring planting (PA), April ---
    (
        "en",
        "LONDON (PA) - Farmers in England expect to plant about 1.49 million hectares of wheat for this year's harvest, 8% less than last year, after a wet winter left fields waterlogged.",
        True,
        [("count", 1490000, None, "about"), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Spring barley plantings are set to rise by nearly a quarter to 742,000 hectares, the survey by the levy board AHDB showed.",
        True,
        [("fraction", 0.25, None, "nearly"), ("count", 742000, None, None)],
        None,
    ),
    (
        "en",
        "NFU vice-president Fiona Ramsbottom said growers had lost up to £180 a hectare on fields that had to be redrilled.",
        True,
        [("money", 180, "GBP", "up_to")],
        "Fiona Ramsbottom",
    ),
    (
        "en",
        '"You can do everything right and still watch the water sit on your fields for weeks," Ramsbottom said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "England received 136% of its usual rainfall from October to March, according to Met Office figures.",
        True,
        [("percent", 136, "%", None)],
        None,
    ),
    (
        "en",
        "Some growers fear a second wet autumn in a row would push smaller arable farms out of business.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The government said it would keep a £60 million fund for farmers hit by flooding open until March 31, 2027.",
        True,
        [("money", 60000000, "GBP", None), ("date", "2027-03-31", None, None)],
        None,
    ),
    # --- Spätfrost in der Steiermark (APA), April ---
    (
        "de",
        "Graz (APA) - Nach zwei Frostnächten Mitte April rechnen die steirischen Obstbauern mit Ernteausfällen von bis zu 70 Prozent bei Äpfeln.",
        True,
        [("count", 2, None, None), ("percent", 70, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die Temperaturen seien in manchen Anlagen auf minus 5,8 Grad gefallen, teilte die Österreichische Hagelversicherung mit.",
        True,
        [("count", -5.8, None, None)],
        None,
    ),
    (
        "de",
        "Den Gesamtschaden schätzt die Versicherung auf rund 95 Millionen Euro.",
        True,
        [("money", 95000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Hagelversicherungs-Chef Vinzenz Tragseiler sagte, gegen Frost versichert seien nur etwa 40 Prozent der betroffenen Obstflächen.",
        True,
        [("percent", 40, "%", "about")],
        "Vinzenz Tragseiler",
    ),
    (
        "de",
        "In der Steiermark werden auf rund 5.900 Hektar Äpfel angebaut, das sind gut drei Viertel der österreichischen Apfelfläche.",
        True,
        [("count", 5900, None, "about"), ("fraction", 0.75, None, "over")],
        None,
    ),
    (
        "de",
        "„Eine solche Kälte mitten in der Blüte habe ich in 40 Jahren nicht erlebt“, sagte ein Obstbauer aus Gleisdorf.",
        False,
        [("duration", 40, "year", None)],
        None,
    ),
    (
        "de",
        "Landesrat Jakob Wurzrainer sagte, das Land werde die Prämien für die Frostversicherung künftig zu 55 Prozent übernehmen.",
        True,
        [("percent", 55, "%", None)],
        "Jakob Wurzrainer",
    ),
    ("de", "Ob sich der Bund an einem Hilfspaket beteiligt, ist noch offen.", False, [], None),
    (
        "de",
        "Es ist bereits der dritte schwere Spätfrost binnen fünf Jahren.",
        True,
        [("ordinal", 3, None, None), ("duration", 5, "year", None)],
        None,
    ),
    # --- India's wheat procurement (Reuters), May ---
    (
        "en",
        "NEW DELHI, May 12 (Reuters) - India's state agencies have bought 28.4 million tonnes of wheat from farmers so far this season, up 12% from a year earlier, the food ministry said on Monday.",
        True,
        [("date", "--05-12", None, None), ("count", 28400000, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "The government has set a procurement target of 31 million tonnes for the marketing year that began on April 1.",
        True,
        [("count", 31000000, None, None), ("date", "--04-01", None, None)],
        None,
    ),
    (
        "en",
        "Farmers receive a guaranteed price of 2,425 rupees per quintal, 150 rupees more than last year.",
        True,
        [("money", 2425, "INR", None), ("money", 150, "INR", None)],
        None,
    ),
    (
        "en",
        "Food Minister Anjali Thirumalai said state warehouses held 37.2 million tonnes of wheat and rice on May 1, well above the buffer norm.",
        True,
        [("count", 37200000, None, None), ("date", "--05-01", None, None)],
        "Anjali Thirumalai",
    ),
    (
        "en",
        '"No Indian family will go without bread while our farmers fill these granaries," Thirumalai said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A heatwave in March cut yields in parts of Punjab and Haryana by as much as 15%, according to farm unions.",
        True,
        [("percent", 15, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Traders said private buyers were likely to stay cautious until the government clarifies its export policy.",
        False,
        [],
        None,
    ),
    (
        "en",
        "India, the world's second-largest wheat producer, has banned exports of the grain since May 2022.",
        True,
        [("ordinal", 2, None, None), ("year", 2022, None, None)],
        None,
    ),
    # --- Spargelsaison in Baden-Württemberg (dpa/lsw), Mai ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Die Spargelbauern in Baden-Württemberg erwarten in diesem Jahr eine Ernte von rund 16.500 Tonnen.",
        True,
        [("count", 16500, None, "about")],
        None,
    ),
    (
        "de",
        "Das wären knapp 6 Prozent mehr als im Vorjahr, teilte der Landesbauernverband mit.",
        True,
        [("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Anbaufläche ist seit 2019 um gut ein Zehntel auf 2.480 Hektar geschrumpft.",
        True,
        [("year", 2019, None, None), ("fraction", 0.1, None, "over"), ("count", 2480, None, None)],
        None,
    ),
    (
        "de",
        "Im Hofladen kostet das Kilo Spargel der Handelsklasse I derzeit zwischen 12 und 15 Euro.",
        True,
        [("money", 12, "EUR", None), ("money", 15, "EUR", None)],
        None,
    ),
    (
        "de",
        "Verbandssprecherin Dorothee Hasselkamp sagte, auf den Betrieben fehlten in diesem Jahr rund 1.200 Erntehelfer aus Rumänien und Polen.",
        True,
        [("count", 1200, None, "about")],
        "Dorothee Hasselkamp",
    ),
    (
        "de",
        "„Der Spargel wartet nicht, bis die Politik ihre Hausaufgaben gemacht hat“, sagte Hasselkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Betriebe hoffen auf warmes Wetter bis zum Saisonende am 24. Juni.",
        False,
        [("date", "--06-24", None, None)],
        None,
    ),
    (
        "de",
        "Bei den Erdbeeren beginnt die Freilandernte wegen des kühlen Aprils etwa zwei Wochen später als üblich.",
        True,
        [("duration", 2, "week", "about")],
        None,
    ),
    # --- Bluetongue in England (PA), June ---
    (
        "en",
        "LONDON (PA) - Restrictions on moving livestock because of bluetongue now apply across the whole of England after vets confirmed 47 new cases on cattle and sheep farms over the past 14 days.",
        True,
        [("count", 47, None, None), ("duration", 14, "day", None)],
        None,
    ),
    (
        "en",
        "Chief veterinary officer Rowan Etheridge said the virus had now been found on 212 farms since the first case last autumn.",
        True,
        [("count", 212, None, None), ("ordinal", 1, None, None)],
        "Rowan Etheridge",
    ),
    (
        "en",
        "Animals can now be moved freely within England but not into Scotland or Wales without a pre-movement test.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The government has licensed three vaccines for emergency use, and farmers must pay for them themselves.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A dose costs about £3.40 per animal, according to the National Sheep Association.",
        True,
        [("money", 3.4, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"We are trying to run a business with one hand tied behind our back," said a sheep farmer from Herefordshire who keeps 900 ewes.',
        False,
        [("count", 900, None, None)],
        None,
    ),
    (
        "en",
        "Bluetongue poses no risk to people or to meat and milk, but it can kill up to 30% of sheep that catch it.",
        True,
        [("percent", 30, "%", "up_to")],
        None,
    ),
    ("en", "Defra said it had no plans to compensate farmers for animals lost to the disease.", True, [], None),
    ("en", 'Farm leaders called the decision "a kick in the teeth for livestock keepers."', False, [], None),
    # --- Schweinepest in Mecklenburg-Vorpommern (dpa/mv), Juni ---
    (
        "de",
        "Schwerin (dpa/mv) - In einem Schweinemastbetrieb im Landkreis Ludwigslust-Parchim ist die Afrikanische Schweinepest ausgebrochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Alle 4.300 Tiere des Bestands müssen getötet werden, teilte der Landkreis am Montag mit.",
        True,
        [("count", 4300, None, None)],
        None,
    ),
    ("de", "Das Friedrich-Loeffler-Institut bestätigte den Nachweis am Sonntagabend.", True, [], None),
    (
        "de",
        "Die Behörden richteten um den Hof eine Sperrzone im Umkreis von zehn Kilometern ein, darin liegen 38 weitere Betriebe mit zusammen rund 61.000 Schweinen.",
        True,
        [("count", 10, None, None), ("count", 38, None, None), ("count", 61000, None, "about")],
        None,
    ),
    (
        "de",
        "Für den gesamten Landkreis gilt zudem ein 72-stündiges Transportverbot für Schweine.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "Es ist der erste Ausbruch in einem Hausschweinebestand im Land seit 2021.",
        True,
        [("ordinal", 1, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Landwirtschaftsministerin Ulrike Schwabedissen sagte, Schweine aus der Zone dürften frühestens in 30 Tagen wieder vermarktet werden.",
        True,
        [("duration", 30, "day", None)],
        "Ulrike Schwabedissen",
    ),
    (
        "de",
        "„Niemand nimmt uns jetzt noch ein Schwein ab, egal zu welchem Preis“, sagte ein Sprecher des Bauernverbands.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Schweinepreis fiel am Mittwoch um 10 Cent auf 1,82 Euro je Kilogramm Schlachtgewicht.",
        True,
        [("money", 0.1, "EUR", None), ("money", 1.82, "EUR", None)],
        None,
    ),
    (
        "de",
        "Schweinehalter im ganzen Land sind aufgerufen, ihre Tiere täglich auf Fieber und Apathie zu kontrollieren.",
        False,
        [],
        None,
    ),
    # --- Brazil's coffee harvest (Reuters), June ---
    (
        "en",
        "BRASILIA, June 10 (Reuters) - Brazil's coffee harvest is expected to reach 54.7 million 60-kg bags this year, 3.2% less than last year, as dry weather hit arabica trees in Minas Gerais, crop agency Conab said on Tuesday.",
        True,
        [
            ("date", "--06-10", None, None),
            ("count", 54700000, None, None),
            ("count", 60, None, None),
            ("percent", 3.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Arabica output is forecast to fall 9% to 36.1 million bags, while robusta production is seen rising to a record 18.6 million bags.",
        True,
        [("percent", 9, "%", None), ("count", 36100000, None, None), ("count", 18600000, None, None)],
        None,
    ),
    (
        "en",
        "Arabica futures in New York have more than doubled in two years and traded at $3.48 a pound on Monday.",
        True,
        [("duration", 2, "year", None), ("money", 3.48, "USD", None)],
        None,
    ),
    (
        "en",
        "Coffee grower Joaquim Barreto said his farm near Patrocínio had harvested only about 40% of its usual crop.",
        True,
        [("percent", 40, "%", "about")],
        "Joaquim Barreto",
    ),
    ("en", '"My father planted these trees, and I have never seen them so tired," Barreto said.', False, [], None),
    (
        "en",
        "Brazil supplies about a third of the world's coffee and is its largest arabica exporter.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    ("en", "Analysts expect roasters to pass on more of the cost to shoppers in the coming months.", False, [], None),
    # --- Irish milk price cuts (Reuters), July ---
    (
        "en",
        "DUBLIN, July 15 (Reuters) - Ireland's largest dairy cooperatives cut the price they pay farmers for June milk by between 1.5 and 2 cent a litre on Tuesday, the third cut in four months.",
        True,
        [
            ("date", "--07-15", None, None),
            ("money", 0.015, "EUR", None),
            ("money", 0.02, "EUR", None),
            ("ordinal", 3, None, None),
            ("duration", 4, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Glenmore Dairies, the biggest processor, will pay 41.5 cent a litre including VAT, down from 43.5 cent in May.",
        True,
        [("money", 0.415, "EUR", None), ("money", 0.435, "EUR", None)],
        None,
    ),
    ("en", "Glenmore said falling butter and cheese prices on European markets had forced the cut.", True, [], None),
    (
        "en",
        "The Irish Farmers' Association said the average dairy farmer would lose about 9,000 euros over the summer months.",
        True,
        [("money", 9000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "IFA dairy chair Declan Culhane said milk now cost about 44 cent a litre to produce on a typical family farm.",
        True,
        [("money", 0.44, "EUR", "about")],
        "Declan Culhane",
    ),
    (
        "en",
        '"Farmers are being asked to produce milk below cost, and no business can do that for long," Culhane said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ireland's dairy herd has grown by about 40% since EU milk quotas ended in 2015, to around 1.6 million cows.",
        True,
        [("percent", 40, "%", "about"), ("year", 2015, None, None), ("count", 1600000, None, "about")],
        None,
    ),
    (
        "en",
        "Under EU nitrates rules, Irish farms may carry no more than 220 kg of organic nitrogen per hectare from next year.",
        True,
        [("count", 220, None, "at_most")],
        None,
    ),
    ("en", "Whether processors will restore some of the cut in the autumn is unclear.", False, [], None),
    # --- Gerstenernte in Sachsen-Anhalt (dpa/sa), Juli ---
    (
        "de",
        "Magdeburg (dpa/sa) - Die Landwirte in Sachsen-Anhalt haben gut 90 Prozent der Wintergerste eingefahren.",
        True,
        [("percent", 90, "%", "over")],
        None,
    ),
    (
        "de",
        "Im Schnitt lägen die Erträge bei 58 Dezitonnen je Hektar und damit rund 15 Prozent unter dem Mittel der vergangenen fünf Jahre, sagte Bauernpräsident Reinhold Fessler.",
        True,
        [("count", 58, None, None), ("percent", 15, "%", "about"), ("duration", 5, "year", None)],
        "Reinhold Fessler",
    ),
    (
        "de",
        "Auf leichten Böden in der Altmark seien es teils nur 35 Dezitonnen gewesen.",
        True,
        [("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Zwischen März und Juni fielen in Magdeburg nach Angaben des Deutschen Wetterdienstes nur 71 Liter Regen pro Quadratmeter, knapp die Hälfte der üblichen Menge.",
        True,
        [("count", 71, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Wir haben gesät, gedüngt, gehofft, und am Ende steht der Mähdrescher im Staub“, sagte Fessler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beim Raps rechnet der Verband mit rund 32 Dezitonnen je Hektar.",
        True,
        [("count", 32, None, "about")],
        None,
    ),
    (
        "de",
        "Fessler forderte vom Land ein Dürrehilfeprogramm von mindestens 50 Millionen Euro.",
        True,
        [("money", 50000000, "EUR", "at_least")],
        None,
    ),
    ("de", "Das Agrarministerium nannte die Forderung „verfrüht“.", False, [], None),
    # --- Erntebilanz des Bauernverbands (dpa), August ---
    (
        "de",
        "Berlin (dpa) - Die Getreideernte in Deutschland ist mit rund 40,6 Millionen Tonnen knapp 5 Prozent kleiner ausgefallen als im Vorjahr.",
        True,
        [("count", 40600000, None, "about"), ("percent", 5, "%", "nearly")],
        None,
    ),
    ("de", "Das teilte der Deutsche Bauernverband am Dienstag bei der Vorlage seiner Erntebilanz mit.", True, [], None),
    (
        "de",
        "Beim Winterweizen lag der Ertrag im Schnitt bei 72,4 Dezitonnen je Hektar, nach 76,9 Dezitonnen im Vorjahr.",
        True,
        [("count", 72.4, None, None), ("count", 76.9, None, None)],
        None,
    ),
    (
        "de",
        "Die Weizenfläche schrumpfte um 6 Prozent auf knapp 2,6 Millionen Hektar, weil viele Betriebe nach dem nassen Herbst nicht aussäen konnten.",
        True,
        [("percent", 6, "%", None), ("count", 2600000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bauernpräsident Klaus-Peter Meinerzhagen sagte, bei den aktuellen Preisen von rund 190 Euro je Tonne Brotweizen decke kaum ein Betrieb seine Kosten.",
        True,
        [("money", 190, "EUR", "about")],
        "Klaus-Peter Meinerzhagen",
    ),
    ("de", "„Wir ernten Getreide und säen Sorgen“, sagte Meinerzhagen.", False, [], None),
    (
        "de",
        "Jeder dritte Betrieb habe im Wirtschaftsjahr 2024/25 Verluste geschrieben, sagte Meinerzhagen.",
        True,
        [("fraction", 0.3333, None, None), ("year", 2024, None, None), ("year", 2025, None, None)],
        "Meinerzhagen",
    ),
    (
        "de",
        "Beim Raps fiel die Ernte mit 3,9 Millionen Tonnen um ein Zehntel höher aus als im Vorjahr.",
        True,
        [("count", 3900000, None, None), ("fraction", 0.1, None, None)],
        None,
    ),
    # --- Hopfen in der Hallertau (dpa/lby), August ---
    (
        "de",
        "Wolnzach (dpa/lby) - Die Hopfenpflanzer in der Hallertau rechnen nach dem heißen Juli mit einer unterdurchschnittlichen Ernte von knapp 31.000 Tonnen.",
        True,
        [("count", 31000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das wäre fast ein Fünftel weniger als im Vorjahr, teilte der Verband Deutscher Hopfenpflanzer mit.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Verbandspräsident Sebastian Oellerich sagte, an einzelnen Tagen hätten die Temperaturen in den Gärten 38 Grad erreicht.",
        True,
        [("count", 38, None, None)],
        "Sebastian Oellerich",
    ),
    ("de", "„Der Hopfen hat gelitten wie wir alle“, sagte Oellerich.", False, [], None),
    (
        "de",
        "Deutschland liefert gut ein Drittel des weltweit geernteten Hopfens, vor allem an Brauereien in den USA und Asien.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Wegen des Preisverfalls haben seit 2023 mehr als 60 Betriebe in der Region aufgegeben.",
        True,
        [("year", 2023, None, None), ("count", 60, None, "over")],
        None,
    ),
    ("de", "Die Brauer versichern, dass der Bierpreis wegen der Ernte nicht steigen werde.", False, [], None),
    # --- U.S. corn crop (Reuters), August ---
    (
        "en",
        "WASHINGTON, Aug 12 (Reuters) - American growers are set to bring in a record corn crop of 16.4 billion bushels, according to the first survey-based crop estimate of the season, released by the Agriculture Department on Tuesday.",
        True,
        [("date", "--08-12", None, None), ("count", 16400000000, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The department pegged the average yield at 186.9 bushels per acre, up 3.6 bushels from last year.",
        True,
        [("count", 186.9, None, None), ("count", 3.6, None, None)],
        None,
    ),
    (
        "en",
        "Farmers planted 95.2 million acres of corn, the most since 2012.",
        True,
        [("count", 95200000, None, None), ("year", 2012, None, None)],
        None,
    ),
    (
        "en",
        "The soybean crop was forecast at 4.15 billion bushels, down 3%, as growers switched acres to corn.",
        True,
        [("count", 4150000000, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Corn for December delivery lost 9 cents to $3.98 a bushel in Chicago after the report was released.",
        True,
        [("money", 0.09, "USD", None), ("money", 3.98, "USD", None)],
        None,
    ),
    (
        "en",
        "Analyst Marisol Vandergriff of Prairie Ledger Advisory said the crop would leave U.S. corn stocks at about 2.1 billion bushels by next August, the highest in seven years.",
        True,
        [("count", 2100000000, None, "about"), ("duration", 7, "year", None)],
        "Marisol Vandergriff",
    ),
    (
        "en",
        '"Big crops make for small prices, and farmers know that better than anyone," Vandergriff said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Growers fear that low prices and high input costs will leave many of them losing money on every acre.",
        False,
        [],
        None,
    ),
    # --- Canada's canola crop (Reuters), September ---
    (
        "en",
        "OTTAWA, Sept 4 (Reuters) - Canadian farmers are expected to harvest 19.1 million tonnes of canola this year, 7.4% more than in 2024, Statistics Canada said on Thursday.",
        True,
        [
            ("date", "--09-04", None, None),
            ("count", 19100000, None, None),
            ("percent", 7.4, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Wheat production is seen at 35.9 million tonnes, the second-largest crop on record.",
        True,
        [("count", 35900000, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "China imposed a 100% tariff on Canadian canola oil and meal in March and has since cut purchases of the seed by more than half.",
        True,
        [("percent", 100, "%", None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Canola Council of Canada president Rhonda Giesbrecht said the dispute had cost growers about C$2.4 billion in lost sales.",
        True,
        [("money", 2400000000, "CAD", "about")],
        "Rhonda Giesbrecht",
    ),
    (
        "en",
        '"We are paying the price for a quarrel that was never ours to begin with," Giesbrecht said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Canola futures on ICE fell 1.2% to C$631.50 a tonne.",
        True,
        [("percent", 1.2, "%", None), ("money", 631.5, "CAD", None)],
        None,
    ),
    (
        "en",
        "Trade Minister Hélène Castonguay said Ottawa would not drop its own tariffs on Chinese electric vehicles to end the dispute.",
        True,
        [],
        "Hélène Castonguay",
    ),
    # --- Obsternte in der Schweiz (Keystone-SDA), September ---
    (
        "de",
        "Zug (Keystone-SDA) - Die Schweizer Obstbauern erwarten in diesem Herbst eine überdurchschnittliche Apfelernte von rund 142'000 Tonnen.",
        True,
        [("count", 142000, None, "about")],
        None,
    ),
    (
        "de",
        "Das seien 18 Prozent mehr als im frostgeschädigten Vorjahr, teilte der Schweizer Obstverband am Mittwoch mit.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Verbandsdirektor Hansjörg Zumbrunn sagte, gut ein Fünftel der Äpfel werde zu Saft und Most verarbeitet.",
        True,
        [("fraction", 0.2, None, "over")],
        "Hansjörg Zumbrunn",
    ),
    ("de", "«Endlich wieder ein Jahr, in dem sich die Arbeit lohnt», sagte Zumbrunn.", False, [], None),
    (
        "de",
        "Der Richtpreis für Tafeläpfel der Klasse I steigt um 5 Rappen auf 1.35 Franken pro Kilogramm.",
        True,
        [("money", 0.05, "CHF", None), ("money", 1.35, "CHF", None)],
        None,
    ),
    ("de", "Die Lager dürften bis Ende Jahr gut gefüllt sein, heisst es beim Verband.", False, [], None),
    (
        "de",
        "Seit 2010 ist die Zahl der Obstbaubetriebe von rund 3'100 auf 2'450 zurückgegangen.",
        True,
        [("year", 2010, None, None), ("count", 3100, None, "about"), ("count", 2450, None, None)],
        None,
    ),
    (
        "de",
        "Detailhändler bezahlen laut Verband für Schweizer Äpfel fast doppelt so viel wie für Importware.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    # --- Britain's apple harvest (PA), September ---
    (
        "en",
        "LONDON (PA) - Britain's apple growers expect to pick about 190,000 tonnes of dessert apples this autumn, but up to a tenth of the crop could rot unpicked for lack of workers.",
        True,
        [("count", 190000, None, "about"), ("fraction", 0.1, None, "up_to")],
        None,
    ),
    (
        "en",
        "The industry needs about 45,000 seasonal workers a year, while the government has capped visas for this year at 43,000.",
        True,
        [("count", 45000, None, "about"), ("count", 43000, None, None)],
        None,
    ),
    (
        "en",
        "English Apples and Pears chief executive Lucinda Yardley said 14 of its members had cut the area they plant since 2022.",
        True,
        [("count", 14, None, None), ("year", 2022, None, None)],
        "Lucinda Yardley",
    ),
    (
        "en",
        '"It is heartbreaking to walk through an orchard full of fruit nobody will pick," Yardley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Home Office spokesperson said the seasonal worker route had been extended until the end of 2029.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "British-grown apples account for about 38% of apples sold in UK supermarkets, down from 45% a decade ago.",
        True,
        [("percent", 38, "%", "about"), ("percent", 45, "%", None)],
        None,
    ),
    (
        "en",
        "Growers say they receive on average 58p a kilo, which barely covers picking and packing.",
        True,
        [("money", 0.58, "GBP", None)],
        None,
    ),
    (
        "en",
        "Some retailers have promised to sell more British fruit, though growers doubt it will make much difference.",
        False,
        [],
        None,
    ),
    # --- Weinlese in Deutschland (dpa/lrs), Oktober ---
    (
        "de",
        "Mainz (dpa/lrs) - Die deutschen Winzer rechnen in diesem Jahr mit einer Weinmosternte von rund 8,1 Millionen Hektolitern.",
        True,
        [("count", 8100000, None, "about")],
        None,
    ),
    (
        "de",
        "Das liegt knapp 4 Prozent unter dem zehnjährigen Mittel, teilte das Deutsche Weininstitut am Montag mit.",
        True,
        [("percent", 4, "%", "nearly"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "In Rheinhessen, dem größten Anbaugebiet, werden etwa 2,4 Millionen Hektoliter erwartet.",
        True,
        [("count", 2400000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Mostgewichte liegen nach Angaben des Instituts meist zwischen 82 und 95 Grad Oechsle.",
        True,
        [("count", 82, None, None), ("count", 95, None, None)],
        None,
    ),
    (
        "de",
        "Weinbaupräsidentin Ingrid Dautermann sagte, die Lese habe wegen der frühen Reife schon Ende August und damit rund zwei Wochen früher als üblich begonnen.",
        True,
        [("duration", 2, "week", "about")],
        "Ingrid Dautermann",
    ),
    ("de", "„Das wird ein Jahrgang, über den man noch lange spricht“, schwärmte Dautermann.", False, [], None),
    (
        "de",
        "Für Fassware zahlen Kellereien derzeit teils nur noch 60 Cent je Liter, weniger als die Hälfte der Erzeugungskosten.",
        True,
        [("money", 0.6, "EUR", None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "Ob die geplante Rodungsprämie von 3.500 Euro je Hektar genügend Winzer zum Aufgeben bewegt, bezweifeln Branchenkenner.",
        False,
        [("money", 3500, "EUR", None)],
        None,
    ),
    # --- Ukraine's harvest under fire (Reuters), October ---
    (
        "en",
        "KYIV, Oct 7 (Reuters) - Ukraine has harvested 31.4 million tonnes of grain from 63% of the planted area so far, the agriculture ministry said on Tuesday.",
        True,
        [("date", "--10-07", None, None), ("count", 31400000, None, None), ("percent", 63, "%", None)],
        None,
    ),
    (
        "en",
        "Farmers have brought in 19.6 million tonnes of wheat with an average yield of 4.2 tonnes per hectare, down from 4.5 tonnes a year earlier.",
        True,
        [("count", 19600000, None, None), ("count", 4.2, None, None), ("count", 4.5, None, None)],
        None,
    ),
    (
        "en",
        "Deputy Agriculture Minister Mykola Zavhorodnii said the country expected to export about 40 million tonnes of grain in the 2025/26 season.",
        True,
        [("count", 40000000, None, "about"), ("year", 2025, None, None), ("year", 2026, None, None)],
        "Mykola Zavhorodnii",
    ),
    (
        "en",
        "Russian strikes have damaged grain terminals in Odesa and Izmail 14 times since August.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("en", '"Every ship that leaves Odesa is a small victory," Zavhorodnii said.', False, [], None),
    (
        "en",
        "About a fifth of Ukraine's farmland remains mined or under Russian occupation, according to government estimates.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("en", "Traders said freight rates would likely stay high through the winter.", False, [], None),
    # --- Rübenkampagne in Niedersachsen (dpa/lni), Oktober ---
    (
        "de",
        "Uelzen (dpa/lni) - In den niedersächsischen Zuckerfabriken hat die diesjährige Rübenkampagne begonnen, sie ist auf etwa 110 Tage angelegt.",
        True,
        [("duration", 110, "day", "about")],
        None,
    ),
    (
        "de",
        "Die Bauern erwarten einen Ertrag von durchschnittlich 78 Tonnen Rüben je Hektar bei einem Zuckergehalt von 17,6 Prozent.",
        True,
        [("count", 78, None, None), ("percent", 17.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Anbaufläche sank nach Angaben des Dachverbands Norddeutscher Zuckerrübenanbauer um 11 Prozent auf gut 92.000 Hektar.",
        True,
        [("percent", 11, "%", None), ("count", 92000, None, "over")],
        None,
    ),
    (
        "de",
        "Grund sei der Verfall des Zuckerpreises, der seit Anfang 2024 um rund 40 Prozent nachgegeben habe, sagte Verbandschefin Maren Höpken.",
        True,
        [("year", 2024, None, None), ("percent", 40, "%", "about")],
        "Maren Höpken",
    ),
    ("de", "„Rüben sind für viele Betriebe nur noch ein Hobby mit Risiko“, sagte Höpken.", False, [], None),
    (
        "de",
        "Für die Tonne Rüben zahlen die Fabriken derzeit rund 38 Euro, vor zwei Jahren waren es noch mehr als 55 Euro.",
        True,
        [("money", 38, "EUR", "about"), ("duration", 2, "year", None), ("money", 55, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Anwohner an den Zufahrtsstraßen fürchten wieder monatelangen Lärm und verschmutzte Fahrbahnen.",
        False,
        [],
        None,
    ),
    # --- Farmers march in Brussels (Reuters), November ---
    (
        "en",
        "BRUSSELS, Nov 18 (Reuters) - Thousands of farmers from across Europe marched through Brussels on Tuesday to protest against plans to fold the EU's farm subsidies into a single fund with regional aid.",
        True,
        [("date", "--11-18", None, None)],
        None,
    ),
    (
        "en",
        "Police said about 7,200 people and 540 tractors took part, while organisers put the turnout at more than 10,000.",
        True,
        [("count", 7200, None, "about"), ("count", 540, None, None), ("count", 10000, None, "over")],
        None,
    ),
    (
        "en",
        "Under the European Commission's proposal, at least 300 billion euros would be ring-fenced for farmers in the 2028-2034 budget, down from roughly 378 billion euros in the current period.",
        True,
        [
            ("money", 300000000000, "EUR", "at_least"),
            ("year", 2028, None, None),
            ("year", 2034, None, None),
            ("money", 378000000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "en",
        "Copa-Cogeca president Hubert Lafargue-Sarrat said the cut amounted to a loss of roughly 6,000 euros per farm.",
        True,
        [("money", 6000, "EUR", "about")],
        "Hubert Lafargue-Sarrat",
    ),
    (
        "en",
        '"Europe cannot ask us to feed it and then take away the tools we need to do it," Lafargue-Sarrat told the crowd.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Near the European Parliament, police fired water cannon at a group that hurled eggs and flares.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The agriculture commissioner told reporters that direct payments for small farms would stay at least at their current level.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Farm groups from 19 of the 27 member states joined the march, organisers said.",
        True,
        [("count", 19, None, None), ("count", 27, None, None)],
        None,
    ),
    # --- Geflügelpest in Oberösterreich (APA), November ---
    (
        "de",
        "Linz (APA) - Im Bezirk Braunau ist in einem Legehennenbetrieb mit rund 38.000 Tieren die Geflügelpest ausgebrochen.",
        True,
        [("count", 38000, None, "about")],
        None,
    ),
    ("de", "Der gesamte Bestand werde noch am Mittwoch gekeult, teilte das Land Oberösterreich mit.", True, [], None),
    (
        "de",
        "Rund um den Hof wurde eine Schutzzone mit drei Kilometern Radius eingerichtet, in der weitere 14 Geflügelhalter liegen.",
        True,
        [("count", 3, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits der vierte Ausbruch in einem österreichischen Nutzgeflügelbetrieb seit Anfang Oktober.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Ab Montag gilt in ganz Oberösterreich für mindestens sechs Wochen eine Stallpflicht für Geflügel.",
        True,
        [("duration", 6, "week", "at_least")],
        None,
    ),
    (
        "de",
        "Landesveterinärdirektorin Hemma Lechthaler sagte, der Erreger sei der Subtyp H5N1, der auch bei Wildvögeln am Inn nachgewiesen worden sei.",
        True,
        [],
        "Hemma Lechthaler",
    ),
    (
        "de",
        "Geflügelhalter werden ersucht, tote Wildvögel nicht anzufassen und sofort der Behörde zu melden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir haben zwölf Jahre gebraucht, um diesen Betrieb aufzubauen“, sagte die Besitzerin des Hofes.",
        False,
        [("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "Die Agentur für Gesundheit und Ernährungssicherheit (Ages) stuft die Ansteckungsgefahr für Menschen als sehr gering ein.",
        True,
        [],
        None,
    ),
    # --- New Zealand's shrinking flock (Reuters), November ---
    (
        "en",
        "WELLINGTON, Nov 25 (Reuters) - New Zealand's sheep flock has shrunk to 22.4 million, its lowest level since the 1850s, as farmers convert pasture to forestry and dairy, industry group Beef + Lamb New Zealand said on Tuesday.",
        True,
        [("date", "--11-25", None, None), ("count", 22400000, None, None)],
        None,
    ),
    (
        "en",
        "That is less than a third of the peak of about 70 million sheep in 1982.",
        True,
        [("fraction", 0.3333, None, "under"), ("count", 70000000, None, "about"), ("year", 1982, None, None)],
        None,
    ),
    (
        "en",
        "Farmgate lamb prices have nonetheless climbed to a record NZ$10.30 a kilogram, up about 30% on a year ago.",
        True,
        [("money", 10.3, "NZD", None), ("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "Agriculture Minister Hamish Ballantyne said the government would tighten rules limiting the conversion of farmland to carbon forests from July 1.",
        True,
        [("date", "--07-01", None, None)],
        "Hamish Ballantyne",
    ),
    (
        "en",
        '"Every farm we lose to pine trees is a community that loses its school and its rugby club," Ballantyne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Environmental groups called the rule change "a gift to the farming lobby at the climate\'s expense."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lamb exports earned NZ$4.1 billion in the year to September, data from Stats NZ showed.",
        True,
        [("money", 4100000000, "NZD", None)],
        None,
    ),
    # --- Agrarstrukturerhebung (dpa), Dezember ---
    (
        "de",
        "Wiesbaden (dpa) - In Deutschland gibt es binnen drei Jahren rund 7.600 Bauernhöfe weniger, ihre Zahl sank auf 243.100.",
        True,
        [("duration", 3, "year", None), ("count", 7600, None, "about"), ("count", 243100, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Rückgang von 3 Prozent, teilte das Statistische Bundesamt am Donnerstag mit.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Im Schnitt bewirtschaftet ein Hof inzwischen 68 Hektar, vor zehn Jahren waren es noch 59 Hektar.",
        True,
        [("count", 68, None, None), ("duration", 10, "year", None), ("count", 59, None, None)],
        None,
    ),
    (
        "de",
        "Besonders stark ist der Rückgang in der Tierhaltung: Die Zahl der Betriebe mit Schweinen hat sich seit 2010 mehr als halbiert.",
        True,
        [("year", 2010, None, None)],
        None,
    ),
    (
        "de",
        "Knapp 36 Prozent der Betriebsleiterinnen und Betriebsleiter sind älter als 55 Jahre, nur bei gut einem Drittel davon ist die Hofnachfolge geregelt.",
        True,
        [("percent", 36, "%", "nearly"), ("duration", 55, "year", "over"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Der Anteil gepachteter Flächen stieg um 1,4 Prozentpunkte auf 61 Prozent.",
        True,
        [("percent", 1.4, "pp", None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Bauernpräsident Meinerzhagen sagte, jeden Tag gäben im Schnitt sieben Familienbetriebe auf.",
        True,
        [("count", 7, None, None)],
        "Meinerzhagen",
    ),
    (
        "de",
        "„Wenn das so weitergeht, kaufen wir unser Schweinefleisch bald nur noch im Ausland“, sagte Meinerzhagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband legte einen Acht-Punkte-Plan gegen das Höfesterben vor, der unter anderem eine Steuerbefreiung für Hofübergaben vorsieht.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Ökologisch bewirtschaftet werden inzwischen 11,8 Prozent der Fläche, die Bundesregierung strebt bis 2030 einen Anteil von 30 Prozent an.",
        True,
        [("percent", 11.8, "%", None), ("year", 2030, None, None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "Der Erhebung zufolge arbeiten in der Landwirtschaft noch rund 876.000 Menschen, ein gutes Drittel davon als Saisonkräfte.",
        True,
        [("count", 876000, None, "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    # --- Polish farmers block the Ukrainian border (Reuters), December ---
    (
        "en",
        "WARSAW, Dec 3 (Reuters) - Polish farmers blocked three border crossings with Ukraine on Wednesday to protest against imports of Ukrainian grain, sugar and poultry.",
        True,
        [("date", "--12-03", None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Queues of up to 1,400 trucks formed on the Ukrainian side, border officials said.",
        True,
        [("count", 1400, None, "up_to")],
        None,
    ),
    (
        "en",
        "The protest is planned to last 10 days, farm union leader Tadeusz Wronka told reporters.",
        True,
        [("duration", 10, "day", None)],
        "Tadeusz Wronka",
    ),
    (
        "en",
        "Wronka said Polish wheat prices had fallen to about 780 zlotys a tonne, a third below their level two years ago.",
        True,
        [("money", 780, "PLN", "about"), ("fraction", 0.3333, None, None), ("duration", 2, "year", None)],
        "Wronka",
    ),
    (
        "en",
        '"We will stand here until Warsaw and Brussels start listening to the countryside," Wronka said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under an EU trade deal in force since June, Ukraine's duty-free sugar quota was cut to 100,000 tonnes a year.",
        True,
        [("count", 100000, None, None)],
        None,
    ),
    ("en", 'Ukraine\'s agriculture ministry called the blockade "a blow to European solidarity."', False, [], None),
    (
        "en",
        "Poland's agriculture minister said the government would ask the Commission to extend import controls on four Ukrainian products.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The last blockade, in early 2024, lasted nearly five months.",
        True,
        [("year", 2024, None, None), ("duration", 5, "month", "nearly")],
        None,
    ),
]
