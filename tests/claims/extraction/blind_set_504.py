"""Five-hundred-and-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere,
governments and ministries only as bodies („die Bundesregierung“, „der Bund“, „das
Agrarministerium in Potsdam“, "the farm ministry", "the government"), ministers and
secretaries only by their role („ein Sprecher des Ministeriums“, "the federal agriculture
minister", "the state's agriculture secretary", "a Defra spokesperson", "The co-operative's
chief executive"), and the presidents, chairs, directors, managers, economists and officials
of real farmers' unions, chambers, boards, institutes and co-operatives appear under made-up
names that stand for no real holder (the German farmers' president, a milk officer of the
Austrian chamber of agriculture, the Swiss farmers' union's director, the chair of the
German pig farmers' group, the vice-president of the Lower Saxony Landvolk, a chamber's
market expert, a Wifo economist, the chair of a fishermen's association in
Schleswig-Holstein, the president of the Brandenburg farmers' union, the president of an
Austrian chamber of agriculture, the director of the Swiss fruit growers' association, a
wine-growers' president; the chief executive of the British free-range egg producers, the
chair of Grain Producers SA, the Irish Farmers' Association's dairy chair, the chair of the
Danish Fishermen's Association, the NFU's president, a Texas A&M livestock economist, the
president of Australian Dairy Farmers) or by their role only („ein Milchbauer aus dem
Emmental“, „ein Fischer aus Heiligenhafen“, "a grain broker in Rouen", "a scout from Ohio").

Names: Eckhard Tönjes-Mbala, Gudrun Aichinger-Sowah, Reto Ammann-Kipkorir, Klaas
Ahlers-Nwankwo, Jörg Hemmelgarn-Owusu, Wiltrud Osterkamp-Ndiaye, Friedhelm Rottkamp-Diallo,
Seraina Camenzind-Oduya, Veronika Staudacher-Amankwa, Broder Thießen-Agyeman, Henning
Brüggemeier-Tawiah, Maximilian Pfandlbauer-Okoro, Ines Großkopf-Mensah, Urs Wälchli-Boakye
and Annelie Schwöbel-Acquah; Lorcan Featherstonhaugh-Obi, Tamsin Achterfeld-Boateng, Dougal
McTavish-Kariuki, Garrick Holloway-Nsiah, Siobhra Kinsella-Mwangi, Wade Kristiansen-Oduro,
Henrik Overgaard-Quansah, Priyanka Sandhurst-Eshun, Aled Pryce-Ocansey, Cody
Rasmussen-Abara, Noeline Whitcombe-Adjaye, Marguerite Lachapelle-Adomah and Harriet
Kereama-Boyce are invented, and so are the firms and co-operatives (the Agrargenossenschaft
Hellwegbörde, the Hunteburger Bank, Bluestem Grain Advisory, Wapsipinicon Commodities,
Suirvale Dairy Co-operative, Fenwold Economics, the consultancy Verlaine Agri, Murraylands
Dairy Co-operative, Prairiecrest Commodities), with every unnamed farmer, grower, fisherman,
scout, broker, trader, analyst, packer, processor, retailer and official. Real states,
bodies, firms, co-operatives, exchanges, markets, reports and places (Berlin, the Deutscher
Bauernverband, Brandenburg, Sachsen-Anhalt, Wien, the Agrarmarkt Austria AMA, the
Landwirtschaftskammer Österreich, Bern, the Mittelland, MeteoSchweiz, the Schweizer
Bauernverband SBV, the Jura, the Bund, the Kanton Thurgau, the Thur, Wiesbaden, the
Statistisches Bundesamt, the ISN, Hannover, Niedersachsen, the Landvolk, Münster, the
Landwirtschaftskammer Nordrhein-Westfalen, Russland, Brüssel, the Branchenorganisation Milch
BO Milch, the Schweizer Milchproduzenten SMP, the Emmental, the Statistik Austria, the Wifo,
the Arbeiterkammer, the Handelsverband, Kiel, Schleswig-Holstein, the Ostsee, the
EU-Kommission, the Thünen-Institut, Heiligenhafen, Potsdam, the Landesbauernverband
Brandenburg, the Prignitz, the Uckermark, Cottbus, the Deutscher Wetterdienst, the
Weinviertel, the Grünen, Zug, the Schweizer Obstverband, the Wallis, the Ostschweiz,
Schweizer Hagel, Migros, Coop, the Bundeslandwirtschaftsministerium, the Bundesregierung,
Neustadt an der Weinstraße, the Deutsches Weininstitut, Franken, the Mosel, the Pfalz, the
Solaris grape, Rheinland-Pfalz; Chicago, the Corn Belt, Nebraska, Iowa, the Agriculture
Department and the USDA, London, Britain, Kantar, Defra, the British Free Range Egg
Producers Association, Canberra, ABARES, South Australia, Victoria, the Eyre Peninsula,
Grain Producers SA, Western Australia, Washington, Reuters, Russia, Dublin, Ireland, the
Irish Farmers' Association IFA, the Central Statistics Office, the European Commission and
its dairy market observatory, China, Des Moines, Sioux Center, the Bureau of Labor
Statistics, the Midwest, Brussels, the Baltic, the Gulf of Bothnia, the Danish Fishermen's
Association, Luxembourg, the Office for National Statistics, the Bank of England, the NFU,
the Sustainable Farming Incentive, Amarillo, Texas, Texas A&M AgriLife Extension, Paris,
France, Euronext, Rouen, Illinois, Indiana, Ohio, Melbourne, Dairy Australia, Australian
Dairy Farmers, Ottawa, Statistics Canada, Saskatchewan, Alberta, ICE, Wellington, Fonterra,
the Global Dairy Trade auction, Westpac, New Zealand, Morrinsville, and the datelines'
cities) stand for the way wire copy names them; every harvest, yield, stock, area, herd,
flock, cull, quota, price, premium, cost, income, subsidy, budget, damage sum, share, rate,
date and quote here is invented, and where a real figure came to mind (a real crop estimate,
a real yield, a real pig or cattle census, a real milk or egg price, a real guide price, a
real inflation print, a real quota, a real farm income, a real budget line, a real wine
harvest estimate) it was changed. Kept as the facts they are: the Austrian reference milk of
4.2 percent fat and 3.4 percent protein, the German weather service's records since 1881,
Solaris as an early grape variety, and the Chicago board's quotes in eighths of a cent.

Its weight: AGRICULTURE AND FOOD, seventh round on farming, harvests and food prices (the
forty-second batch weighed agriculture with commodities, energy and climate policy, the
hundred-fifteenth agriculture, harvests, animal disease and food prices, the
hundred-ninetieth food, farming and farm protests, the two-hundred-and-fifty-ninth
agriculture and harvests, and the three-hundred-and-thirty-eighth,
three-hundred-and-eighty-ninth and four-hundred-and-fifty-sixth were the fourth, fifth and
sixth rounds on agriculture, harvests and food prices; the fifty-fourth, hundred-thirteenth,
two-hundred-and-forty-second and three-hundred-and-eighty-third weighed food prices, food
safety, retail and consumers; their decisions are kept, those of the
three-hundred-and-eighty-ninth and four-hundred-and-fifty-sixth first of all) - three wire
weeks at harvest time, Monday, August 9, to Friday, August 27, 2027, as 30 short stories in
date order with the German and English desks interleaved, each told as wire copy runs it (a
dateline lead with the harvest, the price, the census, the quota or the damage, the figures
behind it, attributed claims, quotes, the other side): the German farmers' first harvest
balance, corn futures in Chicago in a heatwave, Austria's milk price, British egg prices,
drought in Switzerland, Australia's winter crop forecast, the German pig and cattle census,
the USDA's August crop report, Lower Saxony's potato crop, the Irish co-operatives' milk
price, fertiliser prices in Germany, bird flu and egg prices in Iowa, the Commission's
Baltic fishing quotas for 2028, the Swiss guide price for milk, Austrian food inflation,
British food inflation, the Baltic fishermen in Schleswig-Holstein, farm incomes in England,
the drought in Brandenburg, record cattle prices in Texas, France's wheat harvest, Austria's
grain harvest, a Midwest crop tour, German farm-gate prices, Victoria's opening milk price,
the Swiss fruit harvest after the April frosts, the federal farm budget for 2028, Canada's
crop estimate, the German wine harvest estimate and Fonterra's milk price forecast. Half
German (dpa with its regional slugs "dpa/lni", "dpa/lno", "dpa/bb" and "dpa/lrs", APA,
Keystone-SDA; Austrian „heuer“, „Erdäpfel“, „an der Kassa“, Swiss „Hektaren“, „grosszügig“,
„grossen“, „Grossverteiler“, „Entscheid“, „liessen“, „Detailhandel“, „In der Nacht auf“,
„98'000“, „9'800“, „4'500“, „15'000“, „17'200“ and „1'300“ with the apostrophe, «» quotes;
German „“ quotes), half English (Reuters with dated datelines, AP, PA, AAP with dated
datelines; British "£", "p", "the year to February", Irish "cent a litre", Australian "per
cent", "A$", "2026-27", "tipped", "programs", U.S. "bu/acre", "per hundredweight", "a
pound", "totaled", "organizers", Canadian "C$", New Zealand "NZ$" beside "US$"). Figures as
such copy has them: harvests, stocks and catches in tonnes, bushels and hectolitres („41,3
Millionen Tonnen“, „1,9 Mio. t“, "15.31 billion bushels", „rund 8,2 Millionen Hektolitern“),
yields in „Doppelzentnern je Hektar“, „dt/ha“, „Dezitonnen je Hektar“, Tonnen, "bushels per
acre", "bu/acre", "bushels an acre", "tonnes per hectare" and "t/ha", areas in Hektar and
Hektaren, herds and flocks in head, cows, hens and pigs, farms and vessels, milk in cents
per kilogram and per litre, Rappen, Australian, Irish and New Zealand cents and per kilogram
of milk solids, eggs per dozen in pence, dollars and cents, fertiliser in euros per tonne,
cattle per hundredweight, grain in Chicago eighths, euros and Canadian dollars, food
inflation in percent and percentage points, farm incomes, subsidies, aid, budgets and damage
in euros, francs, pounds and Australian dollars, fishing quotas in tonnes and percent,
drought in litres per square metre and frost in degrees, must weight in „Grad Oechsle“,
shares as fractions, multiples, ordinals, spans, seasons and marketing years, years, dates
and hedges. Speakers as such copy has them: farmers' unions, statistics offices, a market
board, a government department, two bureaus, a producers' association, two co-operatives and
a dairy body with „teilte ... mit“, „wie ... mitteilte“ and "said", farm leaders, economists
and analysts with their titles dropped, and beside them the forms left unchecked (roles,
plural sources, descriptions before a name, a subject parted from its verb, estimating
verbs, genitives, „laut“, data, documents, "according to"). Negatives as such copy has them
- 55 rows, none with a figure: farm leaders', analysts' and growers' rhetoric in quotes,
labels („sprach von“, „sprachen von“, „nannten“, "called"), verdicts with „halten ... für“,
a forecast without a figure, an open question, an evasion, an appeal to flock owners naming
no measure, the rhetoric of roles, vox pops and views and forecasts told as reports without
a figure, each near a check-worthy look-alike from the same story.

241 rows (119 German, 122 English), 55 negatives (27 German, 28 English), 186 check-worthy
rows of which 12 carry no figure (9 German, 3 English), 349 expected quantities (114 counts,
74 percentages - 71 in "%", 3 in percentage points "pp" -, 72 amounts of money - 32 EUR, 13
USD, 9 GBP, 7 CHF, 5 AUD, 5 NZD, 1 CAD -, 27 years, 21 durations - 14 in years, 3 in days, 3
in weeks, 1 in months -, 15 dates - 0 with a year, 15 without -, 14 fractions, 12 ordinals;
90 of them hedged: 52 "about", 12 "over", 9 "nearly", 7 "under", 5 "up_to", 4 "at_least", 1
"at_most"; none of them in a negative), 36 checked speakers (18 German, 18 English). These
counts were computed by a script over the list below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names and firms were
checked against tests/; as written here (the double-barrelled names whole, the firms by
their full names) they are in use nowhere else, and a bank's, an advisory firm's and a
commodities firm's names already in use elsewhere were replaced by fresh ones before the
commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its semicolons, colons and
  brackets included. A quoted or reported evaluation, label, verdict, forecast without a
  figure, open question, evasion, appeal naming no measure, view or piece of rhetoric is a
  negative with speaker None, also with a named speaker (seventh, ninety-eighth,
  hundred-fifteenth, hundred-ninetieth, two-hundred-and-fifty-ninth,
  three-hundred-and-thirty-eighth, three-hundred-and-eighty-ninth,
  four-hundred-and-fifty-sixth, four-hundred-and-ninety-third, five-hundred-and-first); a
  reported fact, figure, cause, step, plan, position, demand or forecast with a figure is
  check-worthy with its speaker, also in Konjunktiv I and in a quote (Tönjes-Mbala's two
  weeks of hail). Pairs from one speaker: Tönjes-Mbala's two weeks beside „Am Ende schreibt
  das Wetter die Bilanz ...“; Aichinger-Sowah's 55 cents beside „Wer heute noch melkt ...“;
  Achterfeld-Boateng's one in eight beside "Nobody gets into eggs to get rich ...";
  Ammann-Kipkorir's three weeks beside «Jeder Tag ohne Regen ...»; McTavish-Kariuki's 2,000
  farm businesses beside "You can't eat a forecast ..."; Ahlers-Nwankwo's 23 farms a week
  beside „Hinter jedem leeren Stall ...“; Hemmelgarn-Owusu's 300 to 350 Dezitonnen beside
  „Ohne Wasser wächst hier keine Kartoffel mehr ...“; Rottkamp-Diallo's third of the members
  beside „Gedüngt wird heute nicht mehr nach Lehrbuch ...“; Overgaard-Quansah's 40 vessels
  beside "Every year we are told ..."; Staudacher-Amankwa's third beside the forecast
  without a figure „Die schwache Ernte dieses Sommers kommt erst im Herbst an der Kassa an“;
  Sandhurst-Eshun's 6% beside "Shoppers are going to feel this summer's harvest ...";
  Thießen-Agyeman's plaice and angling trips beside „Wir sind die letzte Generation ...“
  („die letzte“ ranks nothing); Pryce-Ocansey's 6,300 farm businesses beside "Food security
  is national security ..."; Brüggemeier-Tawiah's 25 Doppelzentner beside „Die Natur hält
  sich nicht an Förderrichtlinien“; Rasmussen-Abara's 4% beside "The cows aren't coming back
  ..."; Pfandlbauer-Okoro's half beside „Eine gute Ernte ist heuer noch lange kein gutes
  Jahr“ („Eine“ an article); Großkopf-Mensah's points beside „Was heute beim Bauern teurer
  wird ...“; Whitcombe-Adjaye's one in six beside "A decent opening price does not fix ...";
  Wälchli-Boakye's 4,500 Hektaren beside «Man steht im Mai unter den Bäumen ...»;
  Schwöbel-Acquah's 75 cents beside „Qualität hatten wir selten so viel, Geld selten so
  wenig“. Tönjes-Mbala is heard once more in a negative on the budget („Wer den Umbau der
  Ställe bestellt ...“); Featherstonhaugh-Obi, Holloway-Nsiah, Kinsella-Mwangi,
  Kristiansen-Oduro, Lachapelle-Adomah and Kereama-Boyce only in negatives. Negatives
  otherwise: labels („Händler sprachen von ...“, „Tierschützer sprachen von ...“, „Die
  Schweizer Milchproduzenten (SMP) sprachen von ...“, „Die Arbeiterkammer sprach von ...“,
  „Die Grünen nannten die Forderung ...“, „Ein Sprecher des Ministeriums sprach von ...“,
  "The federal agriculture minister called the outlook ...", "Environmental groups called
  the herring cut ..."; four-hundred-and-eighty-fifth, five-hundred-and-first), verdicts
  with „halten ... für“ (the dairies, environmental groups, the Swiss retail trade, consumer
  advocates; ninety-eighth, four-hundred-and-fifty-sixth), an open question („Ob das Land
  die Wasserrechte ... ausweitet, ist noch offen.“) and an evasion („..., liessen Migros und
  Coop offen.“; two-hundred-and-fourth, four-hundred-and-fifty-sixth), a question growers
  put to themselves („Viele Winzer fragen sich, ob ...“; four-hundred-and-fifty-sixth:
  „Manche Winzer wissen nicht, ...“), an appeal naming no measure ("The state's agriculture
  secretary urged backyard flock owners to be vigilant ...";
  three-hundred-and-thirty-eighth, four-hundred-and-fifty-sixth), the rhetoric of roles ("A
  Defra spokesperson said ...", "The co-operative's chief executive said ... "a market that
  is finally rewarding quality""), vox pops (the broker in Rouen, the scout from Ohio, an
  Iowa egg farmer, a farmer near Morrinsville) and views and forecasts told as reports
  without a figure ("Supermarkets said ...", "Some traders said ...", "Dairy traders said
  ...", "Retailers said ...", "Meatpackers said ...", "Farm unions said ...", "Brokers said
  ...", "Grain handlers said ..."; three-hundred-and-ninety-fifth,
  four-hundred-and-ninety-third). As the brief for these batches asks, negatives carry no
  expected quantities, and this batch writes no figure into them. Check-worthy without a
  figure, 12 rows (hundred-fifteenth, three-hundred-and-thirty-eighth,
  three-hundred-and-eighty-ninth, four-hundred-and-fifty-sixth, five-hundred-and-first): two
  source lines („Die Zahlen stammen aus der Milchpreisstatistik, die die Agrarmarkt Austria
  (AMA) am Dienstag veröffentlicht hat.“, „Das geht aus einer Preisübersicht der
  Landwirtschaftskammer Nordrhein-Westfalen hervor.“), the Bund's cut of the tariffs on hay
  and straw, Osterkamp-Ndiaye's stated causes (told with „nannte“), the BO Milch board's
  decision, Thießen-Agyeman's account of the fleet, Potsdam's reply („verwies auf die
  Zuständigkeit des Bundes“), the farmers' reckoning that the Bund halves the money for new
  stables (a verb of halving carries none, first batch, four-hundred-and-ninety-third), the
  causes of the smaller wine crop told in Konjunktiv, the Commission's statement on eastern
  Baltic cod, the ministers' October meeting and Statistics Canada's method.
- Harvests, stocks, catches and quotas are counts, a scale word multiplying (fourth,
  forty-second, hundred-fifteenth, hundred-ninetieth, two-hundred-and-fifty-ninth,
  three-hundred-and-thirty-eighth, three-hundred-and-eighty-ninth,
  four-hundred-and-fifty-sixth): „voraussichtlich 41,3 Millionen Tonnen“ ("probably" no
  hedge, four-hundred-and-ninety-third), „rund 3,7 Millionen Tonnen“, „rund 1,73 Millionen
  Tonnen“, „etwa 4,9 Millionen Tonnen“, „rund 1,69 Millionen Tonnen“, „2028 auf 1.610
  Tonnen“, „mehr als 20.000 Tonnen“ "over", „rund 2,86 Millionen Tonnen“, „98'000 Tonnen“
  and „9'800 Tonnen“ and „um 15'000 Tonnen“ (the Swiss apostrophe, tenth), „rund 8,2
  Millionen Hektolitern“; "1.12 million tonnes", "54.2 million tonnes", "27.8 million tonnes
  ... 11.9 million tonnes ... 5.1 million tonnes", "15.31 billion bushels, 184 million
  bushels short of", "4.41 billion bushels", "1.86 billion bushels", "345 million bushels",
  "by 3.2 million tonnes to 806.5 million tonnes", "about 181,000 tonnes", "capped at 96,400
  tonnes" ("capped" no hedge, four-hundred-and-fifty-sixth), "33.4 million tonnes", "3.9
  million tonnes", "1.3 million tonnes", "by 400,000 tonnes to 33.8 million" (the unit
  written once serving the later figure, forty-sixth), "33.1 million tonnes", "17.4 million
  tonnes ... 18.2 million tonnes", "5.6 million tonnes", "1.9 billion litres", "8.06 billion
  litres" (three-hundred-and-eighty-ninth: "8.1 billion litres"), "1.49 billion kilograms of
  milk solids". "a 19.6 million tonne crop" is count 19,600,000 - the unit in the singular
  before the noun, as "its 250 million tonne target" (forty-eighth) and "a 1,200-hectare
  estate" (two-hundred-and-forty-fourth). New: „auf nur noch 1,9 Mio. t, nach 2,3 Mio. t im
  Vorjahr“ is 1,900,000 and 2,300,000 - "t", the abbreviation farm and trade copy writes for
  „Tonnen“, reads as the word does, as "ha" was read as „Hektar“
  (three-hundred-and-eighty-ninth New), "dt/ha" as „Doppelzentner je Hektar“
  (four-hundred-and-fifty-sixth New) and „Mio.“ as „Millionen“
  (two-hundred-and-eighty-first); „nur noch“ no hedge.
- Yields are counts with the rate word carrying none (forty-second New: „36 Dezitonnen je
  Hektar“; three-hundred-and-thirty-eighth: "t/ha"; four-hundred-and-fifty-sixth New:
  „Doppelzentner je Hektar“ and „dt/ha“): „mit 71,4 Doppelzentnern je Hektar, nach 74,9
  Doppelzentnern“ („im Schnitt“ no hedge), „nur auf 42 dt/ha“ („nur“ no hedge), „mit 300 bis
  350 Dezitonnen je Hektar“ both, „bis zu 520 dt/ha“ "up_to", „teils weniger als 25
  Doppelzentner je Hektar“ 25 "under" („teils“ no hedge, „weniger als“ before the figure),
  „etwa 48 Doppelzentner“ (the unit without its rate, the row's subject the same yield),
  „bei 6,4 Tonnen, ... teils nur bei 4,1 Tonnen“ (a „Hektarertrag“ in tonnes), "less than
  one tonne per hectare" 1 "under" (the number word a figure, two-hundred-and-forty-second
  New: "a one-litre bottle"), "178.6 bushels per acre, against 181.9 bushels", "52.4 bushels
  per acre", "7.02 tonnes per hectare, against 6.71 t/ha", "172.4 bushels per acre", "188.1
  bushels per acre, against a three-year average of 191.6 bushels" (the three years a span,
  below), "181.4 bushels per acre", "39.5 bushels an acre, against 45.1 bushels". New:
  "180.2 bu/acre" is count 180.2 - "bu/acre", the abbreviation U.S. grain copy writes for
  "bushels per acre", reads as the words do, as "t/ha" (three-hundred-and-thirty-eighth) and
  "dt/ha" (four-hundred-and-fifty-sixth New), the rate word carrying none.
- Herds, flocks, culls, farms and other counts (every batch; three-hundred-and-eighty-ninth,
  four-hundred-and-fifty-sixth): „noch 20,6 Millionen Tiere“, „rund 440.000 Schweine“, „um
  610 auf 15.240“ (a change and the level it reaches, four-hundred-and-ninety-third), „auf
  10,4 Millionen Tiere, darunter knapp 3,6 Millionen Milchkühe“ ("darunter" no hedge),
  „1.352 Schweine“, „im Schnitt 23 Betriebe pro Woche“ („pro Woche“ none), „Rund 23.000
  Betriebe ..., vor zehn Jahren waren es gut 30.000“, „rund 17'200 Betriebe, knapp 1'300
  weniger“, „noch 46 Kutter ..., 2015 waren es 92“, „elf Kantone“ 11, „rund 4'500 Hektaren“
  (the Swiss plural, forty-second), „rund 540.000 Hektar“, „Rund 1.800 Hektar“; "about 38.2
  million", "about 2,000 farm businesses", "about 3.1 million hens", "More than 17 million
  egg-laying birds" "over", "Funds bought an estimated 15,000 corn contracts" "about" ("an
  estimated", two-hundred-and-seventy-sixth), "about 118,000 corn futures and options
  contracts", "about 1.52 million cows ..., some 40,000 fewer" both "about" ("some"
  "about"), "more than 40 vessels" "over", "About 4,100 farms" "about", "about 6,300 farm
  businesses", "85.9 million head of cattle and calves" and "11.2 million head"
  (three-hundred-and-eighty-ninth: "about 66.5 million head"), "more than 1,500 fields
  across seven states" "over" and 7, "about 1,150 supplier farms", "below 1.3 million cows"
  1,300,000 "under" ("dropped below" a bound, hundred-fourteenth: "fell below 50%"), "Half a
  dozen packers" 6 (seventeenth: "half a dozen"). Water, rain, frost, heat and must weight
  are counts (forty-second, hundred-fifteenth, four-hundred-and-fifty-sixth,
  five-hundred-and-first): „höchstens 40 Kubikmeter Wasser pro Tag und Betrieb“ 40 "at_most"
  („pro Tag und Betrieb“ none), „nur 61 Liter Regen je Quadratmeter“ 61 („je Quadratmeter“
  none, „nur“ no hedge), „mit im Mittel 21,9 Grad“ 21.9 („im Mittel“ no hedge,
  four-hundred-and-ninety-third), „auf bis zu minus 5,2 Grad“ -5.2 "up_to" (the sign before
  the figure its sign, a hedge beside it, four-hundred-and-fifty-first,
  four-hundred-and-fifty-sixth), "highs of 96 to 99 degrees Fahrenheit" 96 and 99
  (four-hundred-and-fifty-first: "degrees Fahrenheit"), „von bis zu 92 Grad Oechsle“ 92
  "up_to" (four-hundred-and-fifty-sixth New). "the tightest in three seasons" is count 3 - a
  season is no unit of the duration list (three-hundred-and-eighty-ninth: "two dry winters";
  three-hundred-and-thirty-eighth: "over two seasons").
- Eggs by the dozen (forty-second, hundred-seventy-third, two-hundred-and-forty-second): "a
  dozen" before the goods counts them - "A dozen Grade A large eggs averaged $3.94" 12
  (hundred-seventy-third, two-hundred-and-forty-second: "A dozen Grade A large eggs" 12) and
  "a dozen large whites from Midwest packers jumped to $3.41" 12 - while "a dozen" after a
  price or after "for" names the unit priced and gives none: "£2.84 for a dozen free-range
  eggs", "around 129p a dozen" (forty-second: "$3.12 a dozen" and "for a dozen"). "Grade A"
  none (forty-second).
- Prices per unit are money in the currency written, the unit priced carrying none (every
  batch; three-hundred-and-eighty-ninth, four-hundred-and-fifty-sixth): Cent as hundredths
  of the euro („51,8 Cent netto je Kilogramm Milch ..., um 2,3 Cent mehr“ 0.518 and 0.023 -
  „netto“ none, „mehr“ after the figure compares -, „knapp 63 Cent“ 0.63 "nearly", „gut 57
  Cent“ 0.57 "over", „mindestens 55 Cent je Kilogramm“ 0.55 "at_least", „mit 75 Cent je
  Liter ... von rund 1,10 Euro“ 0.75 and 1.1 "about"), euros („rund 205 Euro je Tonne“, „368
  Euro je Tonne“, „rund 540 Euro je Tonne, nach 455 Euro“, „692 Euro je Tonne“, „rund 480
  Euro je Hektar“, „um 1,50 Euro auf 21 Euro je Dezitonne“ 1.5 and 21 - „je Dezitonne“ none,
  three-hundred-and-thirty-eighth New -, „von 150 Euro je Hektar“; "6,850 euros a tonne",
  "rose 2.75 euros, or 1.2%, to 231.50 euros a tonne"), Rappen and francs („um 2 Rappen mehr
  ..., auf 81 Rappen je Kilogramm“ 0.02 and 0.81 CHF, „mindestens 5 Rappen“ 0.05 "at_least",
  „bei 81 Rappen ... etwa 9 Franken pro Arbeitsstunde“ 0.81 and 9 "about" - „pro
  Arbeitsstunde“ the unit a rate is given per, none, hundred-fifth,
  four-hundred-and-ninety-third -, „bis zu 380 Franken“ "up_to" for „eine Tonne Heu“ - „eine
  Tonne“ the article, none), the Irish cent as the euro's hundredth ("between 44 and 46 cent
  a litre" both, "45.5 cent a litre including VAT" - "including" no hedge -, "about 41
  cent"; two-hundred-and-fifty-ninth New), pence ("31p more" 0.31 GBP, "around 129p a dozen
  ... about 124p" 1.29 and 1.24 "about"; three-hundred-and-thirty-eighth,
  four-hundred-and-fifty-sixth), U.S. cents and dollars with the Chicago eighths ("finished
  7-1/4 cents higher at $4.62-3/4 a bushel" 0.0725 and 4.6275, "added 11-1/2 cents to $10.84
  a bushel", "eased 2 cents" 0.02, "slipped 3-1/2 cents to $4.71 a bushel" 0.035 and 4.71 -
  three-hundred-and-eighty-ninth New -, "62 cents more" 0.62, "$6.41 a pound" - "a pound" a
  weight priced, hundred-seventy-third), Australian dollars and AAP's cents ("an opening
  A$9.35 a kilogram of milk solids ... by 40 cents" 9.35 and 0.4 AUD, "roughly 68 cents a
  litre" 0.68 AUD "about"; three-hundred-and-eighty-ninth New), Canadian dollars ("C$641.20
  a tonne"; two-hundred-and-fifty-ninth) and U.S. dollars in New Zealand copy ("US$3,960 a
  tonne"; four-hundred-and-ninety-third: "US$97 a tonne"). "per kilogram of milk solids", "a
  kilogram", "a bushel", "a tonne", "a litre", „je Kilogramm“, „je Tonne“, „je Hektar“, „je
  Liter“ none. New: "a record $248 per hundredweight" is 248 USD and no count - "per
  hundredweight", the cattle trade's unit of 100 pounds, names the weight priced and writes
  no figure, as „je Doppelzentner“ (hundred-forty-first) and „je Dezitonne“
  (three-hundred-and-thirty-eighth New) give none, while the old „Zentner“ counted as
  written when it measured goods (four-hundred-and-seventy-fourth New); "a record" no hedge.
  New: "by 25 cents to NZ$10.25 per kilogram of milk solids" is 0.25 and 10.25 NZD - cents
  beside a sum in New Zealand dollars are the New Zealand dollar's hundredths, as AAP's
  cents are the Australian dollar's (three-hundred-and-eighty-ninth New) and cents beside a
  sum in euros the euro's (three-hundred-and-eighty-ninth New); "between NZ$9.75 and
  NZ$10.75 a kilogram" and "NZ$10.40" NZD.
- Incomes, subsidies, aid, damage, budgets and sums in the currency written (forty-second,
  hundred-fifteenth, hundred-ninetieth, two-hundred-and-fifty-ninth,
  three-hundred-and-thirty-eighth, three-hundred-and-eighty-ninth,
  four-hundred-and-fifty-sixth): „rund 310 Millionen Euro“, „weitere 12 Millionen Euro“
  („weitere“ no hedge), „um 25 Millionen Euro im Jahr“ („im Jahr“ none), „um rund 180
  Millionen Euro auf 6,94 Milliarden Euro“ "about" and none (a change and the level it
  reaches), „mit gut 4,3 Milliarden Euro“ "over", „nur noch 150 Millionen Euro ..., nach 300
  Millionen Euro“, „jährlich rund 4,9 Milliarden Euro“ („jährlich“ none), „rund 14 Millionen
  Franken“; "fell by a fifth to £41,800" 0.2 and 41,800 GBP, "an average of £23,600, down
  46%, ... rise 18% to £118,900" ("an average of" no hedge), "averaged just £11,200"
  ("averaged" and "just" no hedge), "up to £25,000 per farm" "up_to" ("per farm" none), "by
  A$4.1 billion to A$82.6 billion".
- Compositions and quality grades written as percentages are percentages
  (three-hundred-and-eighty-ninth New: "Russian wheat with 12.5% protein"): „mit 4,2 Prozent
  Fett und 3,4 Prozent Eiweiß“, "3.6% butterfat and 3.3% protein". "A-Segment" carries none
  (three-hundred-and-eighty-ninth: a segment's letter).
- Percentages as written, a contribution or a move of a rate in points "pp" (every batch;
  three-hundred-and-twenty-fourth, three-hundred-and-eighty-ninth,
  four-hundred-and-ninety-third): „knapp 4 Prozent weniger als 2026“ "nearly" („weniger“
  after the figure compares), „um 1,6 Prozent auf rund 1,73 Millionen Tonnen“, „auf 20 bis
  35 Prozent“ both, „2,1 Prozent oder rund 440.000“, „rund 8 Prozent weniger“ "about", „gut
  20 Prozent mehr“ "over", „um 10 bis 15 Prozent“ both, „um 1,2 Prozent“, „auf 4,8 Prozent
  ..., nach 3,9 Prozent“, „mit 2,7 Prozent“, „mit einem Plus von 17,2 Prozent und ... mit
  12,5 Prozent, ... um 9 Prozent mehr“ (a noun of change, no sign), „bei unter 2 Prozent“
  "under", „um 5,4 Prozent mehr als 2026“, „um 2 Prozent auf rund 540.000 Hektar“, „um 6,3
  Prozent teurer“, „um 9,1 Prozent ... um 4,2 Prozent“, „14,7 Prozent mehr ..., für Eier
  11,3 Prozent“, „um 8,4 Prozent billiger“, „rund 30 Prozent weniger“ "about", „etwa 5
  Prozent weniger“ "about", „um 1 bis 2 Prozentpunkte“ both in "pp"; "Only 61% ..., down
  from 66%" ("Only" and "down from" no hedge), "about 68% ..., up from 51%", "shrink 14 per
  cent" (the spelled-out "per cent" in "%", forty-first), "by 28%" as "28% less", "fall
  12%", "of 9%", "a 3% rise", "to 5.3% ... from 4.6%", "to 2.9% from 2.8%", "up 21% ... 14%
  ... 3% cheaper", "about 0.6 percentage points" 0.6 "pp" "about", "at around 6%" "about"
  ("around" "about"), "at 3.5%", "down 46%", "rise 18%", "about 38%", "down 1.4%", "up 12%",
  "about 4% below" ("below" after the figure compares), "2% fewer", "6.2% above", "down 9%",
  "1.2%", "down 7%", "2.3% more", "about 8% below", "shrank 2.8 per cent", "5.8% less", "up
  4%", "fell 1.4%", "down 1.1%", "rose 3.8%", "0.8% ahead".
- Fractions (the issue: „ein Fünftel“, „jeder vierte“; every batch): „etwa ein Zehntel
  weniger“ 0.1 "about", „um mehr als ein Viertel“ 0.25 "over", „etwa ein Drittel der
  üblichen Regenmenge“ and „etwa ein Drittel der Mitglieder“ 0.3333 "about", „fast ein
  Drittel“ 0.3333 "nearly", „weniger als die Hälfte“ 0.5 "under", „nicht einmal die Hälfte
  der Kosten“ and „nicht einmal halb so gross“ 0.5 "under" (four-hundred-and-ninety-third
  New: „nicht einmal ein Drittel so hoch“), „auf einem Viertel davon“ 0.25; "about one in
  eight members" 0.125 "about" (hundred-eleventh: "nearly one in eight"), "roughly half the
  long-term average" 0.5 "about", "by a fifth" 0.2, "more than a third of them" 0.3333
  "over", "one in six farmers" 0.1667 (four-hundred-and-twentieth: "about one in five").
- Multiples are counts with their hedges (sixteenth, three-hundred-and-eighty-ninth,
  four-hundred-and-ninety-third): „fast doppelt so viel wie 2025“, „fast doppelt so viele
  wie 2010“, „fast doppelt so viel wie im Frühjahr“ and „sogar fast doppelt so viel“ 2
  "nearly" („sogar“ no hedge); the verb „halbiert“ carries none (hundred-seventy-fifth,
  four-hundred-and-ninety-third).
- Ordinals (the issue: „das sechste Treffen“, „zum zweiten Mal“; every batch): „im ersten
  Halbjahr“ 1 (twice), „Nach dem dritten Dürresommer binnen fünf Jahren“ 3 and 5 years
  (four-hundred-and-fifty-sixth: „der zweite Ausbruch ... binnen fünf Jahren“), "for a third
  straight session" 3 (three-hundred-and-eighty-ninth), "the state's third-biggest on
  record" 3 (first batch: „die zweitgrößte Stadt“), "the 14th commercial flock" 14, "The
  outbreak is the first at a commercial layer operation" 1 (an ordinal standing for its
  noun, three-hundred-and-eighty-ninth: "the second to strike the area in a week"), "for a
  fourth year" 4 and "the fourth increase in a row" 4 (four-hundred-and-forty-eighth: "for a
  fourth straight year"), "in the first half" 1 (three-hundred-and-eighty-ninth: "in the
  first half of the year"), "the first day's results" 1 (four-hundred-and-eighty-second:
  "the first fortnight of July"), "for the first time since the 1960s" 1 ("the 1960s" none,
  three-hundred-and-eighty-ninth). None: „Am stärksten“, „Größter Posten“, „die letzte
  Generation“, "the largest", "the most-active", "the tightest", "the smallest crop since
  2016" (the year only), "the only stock", "a record".
- Durations (the issue: „fünfstündigen“, "a two-week visit"; every batch): „zwei Wochen
  lang“ 2 weeks (eleventh: „zwei Tage lang“), „im Fünfjahresmittel“ 5 years
  (hundred-fifteenth: „Fünfjahresmittel“), „binnen zehn Jahren“ 10 years, „vor zehn Jahren“
  10 years, „vor fünf Jahren“ 5 years, „Vor 20 Jahren“ 20 years
  (four-hundred-and-eighty-second: „Vor 25 Jahren“), „seit gut drei Wochen“ 3 weeks "over"
  (three-hundred-and-eighty-ninth: „seit gut vier Monaten“), „an drei Tagen pro Woche“ 3
  days (four-hundred-and-eighty-second: „an drei Tagen“; „pro Woche“ none), „im zehnjährigen
  Mittel“ 10 years (four-hundred-and-fifty-sixth: „das zehnjährige Mittel“), „etwa zehn Tage
  früher als im Schnitt der vergangenen 30 Jahre“ 10 days "about" and 30 years
  (three-hundred-and-eighty-ninth: „etwa zehn Tage früher als üblich“, „im Mittel der
  vergangenen zehn Jahre“); "its highest close in five weeks" 5 weeks and "its highest in 20
  months" 20 months (four-hundred-and-ninety-third: "its weakest for nearly three years"),
  "for at least five more days" 5 days "at_least" ("more" after the figure no hedge), "some
  40,000 fewer than two years earlier" 2 years (four-hundred-and-ninety-third: "three months
  earlier"), "its smallest in more than 70 years" 70 years "over", "after three years of
  drought" 3 years, "the five-year average" and "a three-year average" 5 and 3 years
  (three-hundred-and-eighty-ninth), "within five years" 5 years ("within" no hedge). None:
  „in diesem Jahr“, „im Vorjahr“, „ein Jahr zuvor“, „vor einem Jahr“, „im Juli des
  Vorjahres“, „im kommenden Jahr“, „im laufenden Jahr“, „heuer“, „in diesem Sommer“, „seit
  Jahresbeginn“, „seit Anfang Juli“, „seit Juni“, „Anfang Mai“, „bis Ende August“, „bis zum
  Frühjahr“, „im Herbst“, „im Winter“, „mit einigen Monaten Verzögerung“, „ab Oktober“, „im
  langjährigen Mittel“, „pro Woche“, „jährlich“, "this year", "last year", "a year ago", "a
  year earlier", "a week earlier", "a month ago", "a decade ago"
  (two-hundred-and-sixty-fifth), "last week", "this week", "the week to Tuesday", "the year
  to June", "the year to February" (two-hundred-and-fifty-ninth: "in the year to
  September"), "this season", "last season", "the season before", "since the spring", "since
  January", "since March", "since April", "in late July", "in the autumn", "through the
  holidays", "next year", weekdays and months.
- Years, seasons and dates: „als 2026“, „im Juli 2026“ (twice), „wie 2010“, „wie 2025“,
  „2028 auf 1.610 Tonnen“, „2015 waren es“, „seit dem Messbeginn 1881“, „um 5,4 Prozent mehr
  als 2026“, „für 2028“; "the 2027 corn harvest" (three-hundred-and-eighty-ninth: "the 2026
  U.S. corn crop"), "since 2021", "by 2028", "in 2026", "since 2016", "than in 2026" the
  years; seasons and marketing years give both years ("for 2027/28", "the 2027/28 season",
  "the 2026/27 season", "in 2026-27", "in 2027-28"; eighty-eighth, hundred-fifteenth,
  three-hundred-and-eighty-ninth, four-hundred-and-eighty-second). „frühestens 2032“ is 2032
  "at_least" (hundred-sixty-seventh, four-hundred-and-eighty-fifth, five-hundred-and-first).
  Dates without a year: "on July 1" --07-01 and "on Aug. 1" --08-01, „am 6. September“
  --09-06, „In der Nacht auf den 12. April“ --04-12 (the Swiss „in der Nacht auf“ with one
  day named gives its one date, three-hundred-and-eighty-second: „In der Nacht zum Sonntag,
  29. März“). Reuters and AAP datelines with a day ("CHICAGO, Aug 9 (Reuters)", "CANBERRA,
  Aug 11 (AAP)", "WASHINGTON, Aug 12", "DUBLIN, Aug 13", "BRUSSELS, Aug 17", "LONDON, Aug
  18", "PARIS, Aug 23", "CHICAGO, Aug 24", "MELBOURNE, Aug 25 (AAP)", "OTTAWA, Aug 26",
  "WELLINGTON, Aug 27") are dates without a year (three-hundred-and-eighty-ninth,
  five-hundred-and-first); dpa („Berlin (dpa) -“ twice, „Wiesbaden (dpa) -“ twice, „Münster
  (dpa) -“), dpa/lni („Hannover (dpa/lni) -“), dpa/lno („Kiel (dpa/lno) -“), dpa/bb
  („Potsdam (dpa/bb) -“), dpa/lrs („Neustadt an der Weinstraße (dpa/lrs) -“), APA („Wien
  (APA) -“ three times), Keystone-SDA („Bern (Keystone-SDA) -“ twice, „Zug (Keystone-SDA)
  -“), AP ("DES MOINES, Iowa (AP) —", "AMARILLO, Texas (AP) —") and PA ("LONDON (PA) -"
  twice) datelines without a day none (seventy-ninth). Months alone, "December corn",
  "November soybeans", "September wheat", "Euronext September wheat" and "the USDA's
  September report" carry none (forty-second, four-hundred-and-fifty-sixth).
- Names and abbreviations carry none (forty-second, four-hundred-and-fifty-sixth,
  five-hundred-and-first): "Grade A", „A-Segment“, "Texas A&M AgriLife Extension", "Grain
  Producers SA", "Fed cattle", the bracketed abbreviations (AMA, SBV, SMP, BO Milch).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "roughly", "some", "an estimated" "about"; „knapp“, „fast“ "nearly"; „gut“, „mehr als“,
  "more than", "More than" "over"; „weniger als“ and „unter“ before a figure, „nicht einmal“
  before a share, "less than", "below" before a figure "under"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least" "at_least"; „höchstens“ "at_most"; „frühestens“ before a year
  "at_least". No hedge: „im Schnitt“, „im Mittel“, „voraussichtlich“, „netto“, „nur“, „nur
  noch“, „teils“, „teils nur“, „sogar“, „weitere“, „darunter“, „inzwischen“, „derzeit“,
  „bereits“, „bisher“, „binnen“, the „bis“ and "to" of a range, "between", "Only", "just",
  "averaged", "an average of", "on average", "a record", "capped", "including", "within",
  "down from", "up from", "against", "roughly in line with" (four-hundred-and-ninety-third
  New), and „mehr“, „weniger“, „teurer“, „billiger“, "more", "fewer", "less", "cheaper",
  "above", "below" and "ahead" after a figure they compare.
- Speakers, checked only in forms the earlier batches settled. German: „teilte der Deutsche
  Bauernverband am Montag mit“ -> "der Deutsche Bauernverband"
  (three-hundred-and-eighty-ninth), „wie das Statistische Bundesamt am Donnerstag mitteilte“
  -> "das Statistische Bundesamt" (three-hundred-and-eighty-ninth,
  four-hundred-and-fifty-sixth, four-hundred-and-ninety-third), „teilte die Statistik
  Austria am Mittwoch mit“ -> "die Statistik Austria" (four-hundred-and-ninetieth,
  four-hundred-and-ninety-third), „teilte die Agrarmarkt Austria (AMA) am Montag mit“ ->
  "die Agrarmarkt Austria" (the abbreviation in brackets and the weekday dropped,
  four-hundred-and-ninety-third: „teilte das Arbeitsmarktservice (AMS) am Dienstag mit“);
  the name with the title dropped („sagte Bauernpräsident Eckhard Tönjes-Mbala“,
  „SBV-Direktor Reto Ammann-Kipkorir sagte, ...“, „ISN-Vorsitzender Klaas Ahlers-Nwankwo
  sagte, ...“, „Landvolk-Vizepräsident Jörg Hemmelgarn-Owusu sagte, ...“,
  „BO-Milch-Geschäftsführerin Seraina Camenzind-Oduya sagte, ...“, „Wifo-Ökonomin Veronika
  Staudacher-Amankwa sagte, ...“, „Verbandsvorsitzender Broder Thießen-Agyeman sagte, ...“,
  „sagte Verbandspräsident Henning Brüggemeier-Tawiah“, „Landwirtschaftskammer-Präsident
  Maximilian Pfandlbauer-Okoro sagte, ...“, „Verbandsdirektor Urs Wälchli-Boakye sagte,
  ...“, „Weinbaupräsidentin Annelie Schwöbel-Acquah sagte, ...“;
  three-hundred-and-eighty-ninth, four-hundred-and-fifty-sixth, five-hundred-and-first),
  with the body after the name dropped as well („Milchreferentin Gudrun Aichinger-Sowah von
  der Landwirtschaftskammer Österreich sagte“, „Genossenschaftschef Friedhelm
  Rottkamp-Diallo von der Agrargenossenschaft Hellwegbörde sagte“, „Ökonomin Ines
  Großkopf-Mensah von der Hunteburger Bank sagte“; four-hundred-and-fifty-sixth: „Ökonomin
  Vanessa Lichtenau von der Nordwestbank sagte“). English: "the Agriculture Department said
  late on Monday" and "the Agriculture Department said in its midyear inventory" -> "the
  Agriculture Department" (four-hundred-and-fifty-sixth; the occasion dropped), "the British
  Free Range Egg Producers Association said" and "The Irish Farmers' Association said" with
  their article, lowered where it opens the row (three-hundred-and-eighty-ninth: "The
  American Farm Bureau Federation said"), "the Bureau of Labor Statistics said"
  (hundred-fifteenth), "the Office for National Statistics said"
  (four-hundred-and-ninety-third: "the Labor Department said"), "ABARES said in its
  quarterly crop report", "Suirvale Dairy Co-operative said on Friday", "Statistics Canada
  said on Thursday", "Dairy Australia said" and "Fonterra said" the name as written (tenth,
  three-hundredth, three-hundred-and-fifty-sixth, five-hundred-and-first: "Ofgem said",
  "Equinor said"); the name with the role dropped ("Association chief executive Tamsin
  Achterfeld-Boateng said", "Grain Producers SA chair Dougal McTavish-Kariuki said", "Danish
  Fishermen's Association chair Henrik Overgaard-Quansah said", "NFU president Aled
  Pryce-Ocansey said", "Australian Dairy Farmers president Noeline Whitcombe-Adjaye said";
  three-hundred-and-eighty-ninth, four-hundred-and-fifty-sixth), "said Cody Rasmussen-Abara,
  a livestock economist at ..." the name (three-hundred-and-fifty-sixth,
  four-hundred-and-ninety-third), "Sandhurst-Eshun said" the surname opening the row
  (eighteenth, five-hundred-and-first: "Mehrotra-Shaw said"). Each row's diacritics and
  hyphens are its speaker's („Tönjes-Mbala“, „Thießen-Agyeman“, „Brüggemeier-Tawiah“,
  „Wälchli-Boakye“, „Schwöbel-Acquah“). Left unchecked although earlier batches settled the
  form, to keep the checked speakers near 35 (as the three-hundred-and-eighty-ninth and
  four-hundred-and-fifty-sixth did): "the farm ministry said on Monday" (Paris;
  four-hundred-and-fifty-sixth: "the agriculture ministry said on Thursday"), „nach Angaben
  des Statistischen Bundesamts“ in the second Wiesbaden story, „laut Schweizer Hagel“
  (four-hundred-and-fifty-sixth: „wie Schweizer Hagel mitteilte“ left open, „laut AMA“).
  Left unchecked as unsettled or excluded (None): all negatives, also those with a named
  speaker; roles („Ein Milchbauer aus dem Emmental rechnete vor“, „Ein Fischer aus
  Heiligenhafen sagte“, "the co-operative said", "A Defra spokesperson said", "The
  co-operative's chief executive said", "said a grain broker in Rouen", "said a scout from
  Ohio"; thirty-seventh, hundred-fifteenth, three-hundred-and-eighty-ninth); plural sources
  ("traders said", "state agriculture officials said Monday", "organizers said on Tuesday",
  "Forecasters expect", "Markets see"; forty-first); "The Commission said" and "under plans
  the European Commission put forward" (two-hundred-and-forty-fourth: "The European
  Commission said"); a description before a name ("according to market researcher Kantar",
  "Consultancy Verlaine Agri raised"; fortieth); a subject parted from its verb
  ("Murraylands, which has about 1,150 supplier farms, said"; four-hundred-and-forty-eighth,
  five-hundred-and-first); a weather service („wie MeteoSchweiz mitteilte“;
  four-hundred-and-ninety-third); estimating and other verbs that are no saying („schätzt
  der Bauernverband“, „rechnet der Verband“, „Der Schweizer Bauernverband (SBV) schätzt“,
  „schätzt die AMA“, „rechnet ... der Schweizer Obstverband“, „beziffert der
  Landesbauernverband Brandenburg“, „schätzt das Deutsche Weininstitut“, „Das
  Thünen-Institut erwartet“, „Der Verband fordert“, „Die Kammer fordert“, „Als Gründe nannte
  Kammer-Marktexpertin Wiltrud Osterkamp-Ndiaye“, „verwies auf“, „wies ... zurück“, "The
  Agriculture Department now pegs", "The report also raised", "The bureau cut", "Fonterra
  raised", "Westpac raised", "proposed"; hundred-tenth, four-hundred-and-fifty-sixth,
  five-hundred-and-first); genitives and reckonings („nach Angaben des
  Landesfischereiverbands“, „nach Angaben des Agrarministeriums“, „Nach Angaben des
  Deutschen Wetterdienstes“, „nach Berechnungen der Landwirtschaftskammer“, „Nach Rechnung
  des Bauernverbands“; hundredth, three-hundred-and-eighty-ninth); data and documents
  ("Defra figures showed", "government data showed", "Central Statistics Office data
  showed", "industry data showed", "federal figures show" - the present -, „Die Zahlen
  stammen aus der Milchpreisstatistik“, „Das geht aus einer Preisübersicht ... hervor“, „So
  sieht es der Haushaltsentwurf für 2028 vor“; hundred-ninety-fourth,
  four-hundred-and-fifty-sixth); and every "according to" (Kantar, the weekly figures from
  the futures regulator, the European Commission's dairy market observatory, Defra;
  two-hundred-and-fourth). To keep the checked speakers near 35, several official figures
  are given as data, estimates, genitives or with "according to".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_504 = [
    # --- Erste Erntebilanz des Bauernverbands (dpa), Montag, 9. August ---
    (
        "de",
        "Berlin (dpa) - Die deutschen Bauern holen in diesem Jahr voraussichtlich 41,3 Millionen Tonnen Getreide vom Feld und damit knapp 4 Prozent weniger als 2026, teilte der Deutsche Bauernverband am Montag mit.",
        True,
        [("count", 41300000, None, None), ("percent", 4, "%", "nearly"), ("year", 2026, None, None)],
        "der Deutsche Bauernverband",
    ),
    (
        "de",
        "Beim Winterweizen rechnet der Verband im Schnitt mit 71,4 Doppelzentnern je Hektar, nach 74,9 Doppelzentnern im Vorjahr.",
        True,
        [("count", 71.4, None, None), ("count", 74.9, None, None)],
        None,
    ),
    (
        "de",
        "Auf den leichten Böden Brandenburgs und Sachsen-Anhalts kamen manche Betriebe nur auf 42 dt/ha.",
        True,
        [("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Die Rapsernte schätzt der Bauernverband auf rund 3,7 Millionen Tonnen, etwa ein Zehntel weniger als im Fünfjahresmittel.",
        True,
        [("count", 3700000, None, "about"), ("fraction", 0.1, None, "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "„Der Mai war zu nass, der Juni zu trocken, und dazwischen hat es zwei Wochen lang immer wieder gehagelt“, sagte Bauernpräsident Eckhard Tönjes-Mbala.",
        True,
        [("duration", 2, "week", None)],
        "Eckhard Tönjes-Mbala",
    ),
    (
        "de",
        "„Am Ende schreibt das Wetter die Bilanz und nicht der Fleiß auf den Höfen“, sagte Tönjes-Mbala.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brotweizen wird derzeit zu rund 205 Euro je Tonne gehandelt und damit knapp unter dem Vorjahresniveau.",
        True,
        [("money", 205, "EUR", "about")],
        None,
    ),
    ("de", "Händler sprachen von einem ruhigen Markt ohne große Ausschläge.", False, [], None),
    # --- GRAINS - Corn rises on Midwest heat (Reuters), Monday, Aug 9 ---
    (
        "en",
        "CHICAGO, Aug 9 (Reuters) - U.S. corn futures climbed for a third straight session on Monday, with hot, dry weather across the western Corn Belt threatening yields during the crop's critical grain-filling stage.",
        True,
        [("date", "--08-09", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "December corn, the most-active contract in Chicago, finished 7-1/4 cents higher at $4.62-3/4 a bushel, its highest close in five weeks.",
        True,
        [("money", 0.0725, "USD", None), ("money", 4.6275, "USD", None), ("duration", 5, "week", None)],
        None,
    ),
    (
        "en",
        "November soybeans added 11-1/2 cents to $10.84 a bushel, while September wheat eased 2 cents.",
        True,
        [("money", 0.115, "USD", None), ("money", 10.84, "USD", None), ("money", 0.02, "USD", None)],
        None,
    ),
    (
        "en",
        "Forecasters expect daytime highs of 96 to 99 degrees Fahrenheit in parts of Nebraska and Iowa for at least five more days.",
        True,
        [("count", 96, None, None), ("count", 99, None, None), ("duration", 5, "day", "at_least")],
        None,
    ),
    (
        "en",
        "Only 61% of the U.S. corn crop was rated in good to excellent condition as of Sunday, down from 66% a week earlier, the Agriculture Department said late on Monday.",
        True,
        [("percent", 61, "%", None), ("percent", 66, "%", None)],
        "the Agriculture Department",
    ),
    (
        "en",
        '"The market had priced in a perfect summer, and that is not what it is getting," said Lorcan Featherstonhaugh-Obi, a grain analyst at Bluestem Grain Advisory.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Funds bought an estimated 15,000 corn contracts on Monday, traders said.",
        True,
        [("count", 15000, None, "about")],
        None,
    ),
    (
        "en",
        "Speculators held a net short position of about 118,000 corn futures and options contracts in the week to Tuesday, according to weekly figures from the futures regulator.",
        True,
        [("count", 118000, None, "about")],
        None,
    ),
    (
        "en",
        "Weekly export inspections of U.S. corn came to 1.12 million tonnes, government data showed.",
        True,
        [("count", 1120000, None, None)],
        None,
    ),
    # --- Milchpreis in Österreich (APA), Dienstag, 10. August ---
    (
        "de",
        "Wien (APA) - Österreichs Molkereien haben den Bauern im Juni im Schnitt 51,8 Cent netto je Kilogramm Milch bezahlt, um 2,3 Cent mehr als im Mai.",
        True,
        [("money", 0.518, "EUR", None), ("money", 0.023, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus der Milchpreisstatistik, die die Agrarmarkt Austria (AMA) am Dienstag veröffentlicht hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Preis gilt für Milch mit 4,2 Prozent Fett und 3,4 Prozent Eiweiß.",
        True,
        [("percent", 4.2, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Für Biomilch zahlten die Verarbeiter knapp 63 Cent, für Heumilch gut 57 Cent.",
        True,
        [("money", 0.63, "EUR", "nearly"), ("money", 0.57, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Milchanlieferung stieg im ersten Halbjahr um 1,6 Prozent auf rund 1,73 Millionen Tonnen.",
        True,
        [("ordinal", 1, None, None), ("percent", 1.6, "%", None), ("count", 1730000, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 23.000 Betriebe liefern in Österreich noch Milch an eine Molkerei, vor zehn Jahren waren es gut 30.000.",
        True,
        [("count", 23000, None, "about"), ("duration", 10, "year", None), ("count", 30000, None, "over")],
        None,
    ),
    (
        "de",
        "Milchreferentin Gudrun Aichinger-Sowah von der Landwirtschaftskammer Österreich sagte, auf vielen Grünlandbetrieben lägen die Kosten bei mindestens 55 Cent je Kilogramm.",
        True,
        [("money", 0.55, "EUR", "at_least")],
        "Gudrun Aichinger-Sowah",
    ),
    (
        "de",
        "„Wer heute noch melkt, tut das aus Überzeugung und nicht wegen des Geldes“, sagte Aichinger-Sowah.",
        False,
        [],
        None,
    ),
    ("de", "Die Molkereien halten weitere Preiserhöhungen im Herbst für wenig wahrscheinlich.", False, [], None),
    # --- Egg prices in Britain (PA), Tuesday, Aug 10 ---
    (
        "en",
        "LONDON (PA) - Shoppers are paying an average of £2.84 for a dozen free-range eggs, 31p more than a year ago, as bird flu and higher feed costs squeeze supplies, according to market researcher Kantar.",
        True,
        [("money", 2.84, "GBP", None), ("money", 0.31, "GBP", None)],
        None,
    ),
    (
        "en",
        "The number of laying hens in the UK fell to about 38.2 million in the year to June, Defra figures showed.",
        True,
        [("count", 38200000, None, "about")],
        None,
    ),
    (
        "en",
        "Free-range eggs now make up about 68% of retail egg sales in Britain, up from 51% a decade ago.",
        True,
        [("percent", 68, "%", "about"), ("percent", 51, "%", None)],
        None,
    ),
    (
        "en",
        "Packers pay farmers around 129p a dozen, while producing those eggs now costs about 124p, the British Free Range Egg Producers Association said.",
        True,
        [("money", 1.29, "GBP", "about"), ("money", 1.24, "GBP", "about")],
        "the British Free Range Egg Producers Association",
    ),
    (
        "en",
        "Association chief executive Tamsin Achterfeld-Boateng said about one in eight members had cut their flock size since January.",
        True,
        [("fraction", 0.125, None, "about")],
        "Tamsin Achterfeld-Boateng",
    ),
    (
        "en",
        '"Nobody gets into eggs to get rich, but nobody should lose money on every box either," Achterfeld-Boateng said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Half a dozen packers have raised the prices they pay farmers since the spring.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    ("en", "Supermarkets said they were working closely with suppliers to keep shelves stocked.", False, [], None),
    # --- Trockenheit in der Schweiz (Keystone-SDA), Mittwoch, 11. August ---
    (
        "de",
        "Bern (Keystone-SDA) - Wegen der anhaltenden Trockenheit haben elf Kantone das Abpumpen von Wasser aus Bächen und Flüssen für die Landwirtschaft verboten oder eingeschränkt.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Im Mittelland fiel seit Anfang Juli nur etwa ein Drittel der üblichen Regenmenge, wie MeteoSchweiz mitteilte.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Der Schweizer Bauernverband (SBV) schätzt die Ertragsausfälle bei Mais, Zuckerrüben und Kartoffeln auf 20 bis 35 Prozent.",
        True,
        [("percent", 20, "%", None), ("percent", 35, "%", None)],
        None,
    ),
    (
        "de",
        "SBV-Direktor Reto Ammann-Kipkorir sagte, auf den Jurahöhen müssten viele Bauern ihr Vieh seit gut drei Wochen mit Winterfutter versorgen.",
        True,
        [("duration", 3, "week", "over")],
        "Reto Ammann-Kipkorir",
    ),
    ("de", "«Jeder Tag ohne Regen zehrt an der Substanz der Betriebe», sagte Ammann-Kipkorir.", False, [], None),
    (
        "de",
        "Für eine Tonne Heu zahlen Bauern im Mittelland derzeit bis zu 380 Franken, fast doppelt so viel wie im Frühjahr.",
        True,
        [("money", 380, "CHF", "up_to"), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Bund hat die Zölle auf Heu und Stroh vorübergehend gesenkt, um Importe zu erleichtern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Kanton Thurgau dürfen Landwirte bis Ende August höchstens 40 Kubikmeter Wasser pro Tag und Betrieb aus der Thur entnehmen.",
        True,
        [("count", 40, None, "at_most")],
        None,
    ),
    ("de", "Umweltverbände halten die Ausnahmen für Gemüsebauern dennoch für zu grosszügig.", False, [], None),
    # --- Australia's winter crop forecast (AAP), Wednesday, Aug 11 ---
    (
        "en",
        "CANBERRA, Aug 11 (AAP) - Australia's national winter grain crop will shrink 14 per cent to 54.2 million tonnes this season as drought grips much of South Australia and western Victoria, ABARES said in its quarterly crop report.",
        True,
        [("date", "--08-11", None, None), ("percent", 14, "%", None), ("count", 54200000, None, None)],
        "ABARES",
    ),
    (
        "en",
        "Wheat production is tipped to come in at 27.8 million tonnes, with barley at 11.9 million tonnes and canola at 5.1 million tonnes.",
        True,
        [("count", 27800000, None, None), ("count", 11900000, None, None), ("count", 5100000, None, None)],
        None,
    ),
    (
        "en",
        "Across parts of the Eyre Peninsula, growers face yields of less than one tonne per hectare after rainfall since April of roughly half the long-term average.",
        True,
        [("count", 1, None, "under"), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "The bureau cut its forecast for the gross value of farm production in 2027-28 by A$4.1 billion to A$82.6 billion.",
        True,
        [
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("money", 4100000000, "AUD", None),
            ("money", 82600000000, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "Grain Producers SA chair Dougal McTavish-Kariuki said about 2,000 farm businesses in the state had applied for drought support.",
        True,
        [("count", 2000, None, "about")],
        "Dougal McTavish-Kariuki",
    ),
    ("en", "\"You can't eat a forecast, and you can't sow on hope,\" McTavish-Kariuki said.", False, [], None),
    (
        "en",
        'The federal agriculture minister called the outlook "sobering" but said existing programs were adequate.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Western Australian growers, by contrast, are heading for a 19.6 million tonne crop, the state's third-biggest on record.",
        True,
        [("count", 19600000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Viehbestand in Deutschland (dpa), Donnerstag, 12. August ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der Schweine in Deutschland ist binnen zehn Jahren um mehr als ein Viertel geschrumpft: Anfang Mai standen in den Ställen noch 20,6 Millionen Tiere, wie das Statistische Bundesamt am Donnerstag mitteilte.",
        True,
        [("duration", 10, "year", None), ("fraction", 0.25, None, "over"), ("count", 20600000, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Das waren 2,1 Prozent oder rund 440.000 Schweine weniger als ein Jahr zuvor.",
        True,
        [("percent", 2.1, "%", None), ("count", 440000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der schweinehaltenden Betriebe sank um 610 auf 15.240.",
        True,
        [("count", 610, None, None), ("count", 15240, None, None)],
        None,
    ),
    (
        "de",
        "Auch der Rinderbestand ging zurück, auf 10,4 Millionen Tiere, darunter knapp 3,6 Millionen Milchkühe.",
        True,
        [("count", 10400000, None, None), ("count", 3600000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Schnitt hält ein Betrieb inzwischen 1.352 Schweine, fast doppelt so viele wie 2010.",
        True,
        [("count", 1352, None, None), ("count", 2, None, "nearly"), ("year", 2010, None, None)],
        None,
    ),
    (
        "de",
        "ISN-Vorsitzender Klaas Ahlers-Nwankwo sagte, seit Jahresbeginn gäben im Schnitt 23 Betriebe pro Woche die Schweinehaltung auf.",
        True,
        [("count", 23, None, None)],
        "Klaas Ahlers-Nwankwo",
    ),
    (
        "de",
        "„Hinter jedem leeren Stall steht eine Familie, die keine Zukunft mehr gesehen hat“, sagte Ahlers-Nwankwo.",
        False,
        [],
        None,
    ),
    ("de", "Tierschützer sprachen von einer überfälligen Entwicklung.", False, [], None),
    # --- USDA August crop report (Reuters), Thursday, Aug 12 ---
    (
        "en",
        "WASHINGTON, Aug 12 (Reuters) - The 2027 U.S. corn harvest will come in at 15.31 billion bushels, 184 million bushels short of the July forecast, the government's monthly supply and demand report projected on Thursday, after heat hurt crops in the western Corn Belt.",
        True,
        [
            ("date", "--08-12", None, None),
            ("year", 2027, None, None),
            ("count", 15310000000, None, None),
            ("count", 184000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Agriculture Department now pegs the average corn yield at 178.6 bushels per acre, against 181.9 bushels a month ago.",
        True,
        [("count", 178.6, None, None), ("count", 181.9, None, None)],
        None,
    ),
    (
        "en",
        "The average guess among analysts in a Reuters survey had been 180.2 bu/acre.",
        True,
        [("count", 180.2, None, None)],
        None,
    ),
    (
        "en",
        "Soybean production was put at 4.41 billion bushels, with a yield of 52.4 bushels per acre.",
        True,
        [("count", 4410000000, None, None), ("count", 52.4, None, None)],
        None,
    ),
    (
        "en",
        "Corn ending stocks for 2027/28 are now seen at 1.86 billion bushels, the tightest in three seasons.",
        True,
        [
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("count", 1860000000, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    ("en", "Soybean ending stocks were cut to 345 million bushels.", True, [("count", 345000000, None, None)], None),
    (
        "en",
        '"Anyone who walked those fields in late July knew this number was coming," said Garrick Holloway-Nsiah, a market strategist at Wapsipinicon Commodities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The report also raised the estimate of world wheat output by 3.2 million tonnes to 806.5 million tonnes, mostly on a larger Russian crop.",
        True,
        [("count", 3200000, None, None), ("count", 806500000, None, None)],
        None,
    ),
    ("en", "Some traders said the cut was smaller than the heat had led them to fear.", False, [], None),
    # --- Kartoffelernte in Niedersachsen (dpa/lni), Freitag, 13. August ---
    (
        "de",
        "Hannover (dpa/lni) - Niedersachsens Kartoffelbauern erwarten nach dem heißen Juli eine Ernte von etwa 4,9 Millionen Tonnen, rund 8 Prozent weniger als im vergangenen Jahr.",
        True,
        [("count", 4900000, None, "about"), ("percent", 8, "%", "about")],
        None,
    ),
    (
        "de",
        "Landvolk-Vizepräsident Jörg Hemmelgarn-Owusu sagte, auf Flächen ohne Beregnung rechneten viele Betriebe mit 300 bis 350 Dezitonnen je Hektar.",
        True,
        [("count", 300, None, None), ("count", 350, None, None)],
        "Jörg Hemmelgarn-Owusu",
    ),
    ("de", "Beregnete Schläge brächten dagegen bis zu 520 dt/ha.", True, [("count", 520, None, "up_to")], None),
    (
        "de",
        "Die Beregnung kostet nach Berechnungen der Landwirtschaftskammer in diesem Sommer rund 480 Euro je Hektar, fast doppelt so viel wie 2025.",
        True,
        [("money", 480, "EUR", "about"), ("count", 2, None, "nearly"), ("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "„Ohne Wasser wächst hier keine Kartoffel mehr, so einfach ist das“, sagte Hemmelgarn-Owusu.",
        False,
        [],
        None,
    ),
    ("de", "Ob das Land die Wasserrechte für die Beregnung ausweitet, ist noch offen.", False, [], None),
    (
        "de",
        "Die Pommes-frites-Hersteller haben ihre Vertragspreise für die neue Ernte um 1,50 Euro auf 21 Euro je Dezitonne angehoben.",
        True,
        [("money", 1.5, "EUR", None), ("money", 21, "EUR", None)],
        None,
    ),
    # --- Irish milk price (Reuters), Friday, Aug 13 ---
    (
        "en",
        "DUBLIN, Aug 13 (Reuters) - Ireland's biggest dairy co-operatives held the price they pay farmers for July milk at between 44 and 46 cent a litre, easing fears of a cut as European butter prices slipped.",
        True,
        [("date", "--08-13", None, None), ("money", 0.44, "EUR", None), ("money", 0.46, "EUR", None)],
        None,
    ),
    (
        "en",
        "Suirvale Dairy Co-operative said on Friday it would pay 45.5 cent a litre including VAT for milk with 3.6% butterfat and 3.3% protein.",
        True,
        [("money", 0.455, "EUR", None), ("percent", 3.6, "%", None), ("percent", 3.3, "%", None)],
        "Suirvale Dairy Co-operative",
    ),
    (
        "en",
        "The Irish Farmers' Association said the cost of producing a litre of milk on a typical family farm had risen to about 41 cent this year.",
        True,
        [("money", 0.41, "EUR", "about")],
        "the Irish Farmers' Association",
    ),
    (
        "en",
        '"Holding the price is the very least the co-ops could do after the spring we had," said IFA dairy chair Siobhra Kinsella-Mwangi.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Irish milk deliveries fell 3.1% in the first half, Central Statistics Office data showed.",
        True,
        [("percent", 3.1, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Ireland's dairy herd numbered about 1.52 million cows in June, some 40,000 fewer than two years earlier.",
        True,
        [("count", 1520000, None, "about"), ("count", 40000, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The EU average butter price fell 4% last week to 6,850 euros a tonne, according to the European Commission's dairy market observatory.",
        True,
        [("percent", 4, "%", None), ("money", 6850, "EUR", None)],
        None,
    ),
    (
        "en",
        "Dairy traders said the outlook for autumn prices remained clouded by weak demand from China.",
        False,
        [],
        None,
    ),
    # --- Düngerpreise (dpa), Montag, 16. August ---
    (
        "de",
        "Münster (dpa) - Vor der Herbstaussaat müssen Landwirte deutlich mehr für Stickstoffdünger bezahlen: Kalkammonsalpeter kostete im Juli im Schnitt 368 Euro je Tonne und damit gut 20 Prozent mehr als im Juli des Vorjahres.",
        True,
        [("money", 368, "EUR", None), ("percent", 20, "%", "over")],
        None,
    ),
    (
        "de",
        "Für Harnstoff verlangte der Landhandel rund 540 Euro je Tonne, nach 455 Euro im Juli 2026.",
        True,
        [("money", 540, "EUR", "about"), ("money", 455, "EUR", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Für Diammonphosphat zahlten die Betriebe im Schnitt 692 Euro je Tonne.",
        True,
        [("money", 692, "EUR", None)],
        None,
    ),
    ("de", "Das geht aus einer Preisübersicht der Landwirtschaftskammer Nordrhein-Westfalen hervor.", True, [], None),
    (
        "de",
        "Als Gründe nannte Kammer-Marktexpertin Wiltrud Osterkamp-Ndiaye die gestiegenen Gaspreise sowie Brüssels Strafzölle auf russische Düngemittel.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Genossenschaftschef Friedhelm Rottkamp-Diallo von der Agrargenossenschaft Hellwegbörde sagte, etwa ein Drittel der Mitglieder habe die Düngung der Wintergerste um 10 bis 15 Prozent zurückgefahren.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 10, "%", None), ("percent", 15, "%", None)],
        "Friedhelm Rottkamp-Diallo",
    ),
    (
        "de",
        "„Gedüngt wird heute nicht mehr nach Lehrbuch, sondern nach Kontostand“, sagte Rottkamp-Diallo.",
        False,
        [],
        None,
    ),
    # --- Bird flu and egg prices (AP), Monday, Aug 16 ---
    (
        "en",
        "DES MOINES, Iowa (AP) — About 3.1 million hens are being destroyed after avian influenza was confirmed at a large laying operation in northwest Iowa, state agriculture officials said Monday.",
        True,
        [("count", 3100000, None, "about")],
        None,
    ),
    (
        "en",
        "It is the 14th commercial flock in Iowa to be infected since March, and the largest.",
        True,
        [("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "The outbreak is the first at a commercial layer operation in the state since April.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "More than 17 million egg-laying birds have been lost to the virus nationwide this year, federal figures show.",
        True,
        [("count", 17000000, None, "over")],
        None,
    ),
    (
        "en",
        "A dozen Grade A large eggs averaged $3.94 in U.S. cities in July, 62 cents more than in June, the Bureau of Labor Statistics said.",
        True,
        [("count", 12, None, None), ("money", 3.94, "USD", None), ("money", 0.62, "USD", None)],
        "the Bureau of Labor Statistics",
    ),
    (
        "en",
        "On the wholesale market, a dozen large whites from Midwest packers jumped to $3.41 this week.",
        True,
        [("count", 12, None, None), ("money", 3.41, "USD", None)],
        None,
    ),
    (
        "en",
        "The state's agriculture secretary urged backyard flock owners to be vigilant and to report sick birds without delay.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"We cleaned, we locked down, and it still found a way in," said Wade Kristiansen-Oduro, whose family runs a smaller egg farm near Sioux Center.',
        False,
        [],
        None,
    ),
    # --- Baltic fishing quotas (Reuters), Tuesday, Aug 17 ---
    (
        "en",
        "BRUSSELS, Aug 17 (Reuters) - Fishing fleets would be allowed 28% less western Baltic herring next year, and targeted cod fishing would stay banned for a fourth year, under plans the European Commission put forward on Tuesday.",
        True,
        [("date", "--08-17", None, None), ("percent", 28, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Under the proposal, the sprat quota would fall 12% to about 181,000 tonnes, while catches of central Baltic herring would be capped at 96,400 tonnes.",
        True,
        [("percent", 12, "%", None), ("count", 181000, None, "about"), ("count", 96400, None, None)],
        None,
    ),
    (
        "en",
        "Plaice is the only stock for which the Commission proposed an increase, of 9%.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "For salmon in the Gulf of Bothnia, it proposed a 3% rise in the number of fish that may be caught.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "The Commission said scientific advice showed eastern Baltic cod remained below safe biological limits.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Danish Fishermen's Association chair Henrik Overgaard-Quansah said more than 40 vessels had quit the Baltic herring fishery since 2021.",
        True,
        [("count", 40, None, "over"), ("year", 2021, None, None)],
        "Henrik Overgaard-Quansah",
    ),
    (
        "en",
        '"Every year we are told the fish will come back if we just wait a little longer," Overgaard-Quansah said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "EU fisheries ministers are due to set the final quotas at a meeting in Luxembourg in October.",
        True,
        [],
        None,
    ),
    ("en", 'Environmental groups called the herring cut "the bare minimum".', False, [], None),
    # --- Richtpreis für Milch (Keystone-SDA), Dienstag, 17. August ---
    (
        "de",
        "Bern (Keystone-SDA) - Molkereien sollen Bauern ab Oktober für Milch im A-Segment 2 Rappen mehr zahlen, der Richtpreis steigt damit auf 81 Rappen je Kilogramm.",
        True,
        [("money", 0.02, "CHF", None), ("money", 0.81, "CHF", None)],
        None,
    ),
    (
        "de",
        "Den Entscheid fällte das Gremium der Branchenorganisation Milch (BO Milch) am Dienstag in Bern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "BO-Milch-Geschäftsführerin Seraina Camenzind-Oduya sagte, die eingelieferte Milchmenge sei im ersten Halbjahr um 1,2 Prozent auf rund 1,69 Millionen Tonnen gesunken.",
        True,
        [("ordinal", 1, None, None), ("percent", 1.2, "%", None), ("count", 1690000, None, "about")],
        "Seraina Camenzind-Oduya",
    ),
    (
        "de",
        "Die Schweizer Milchproduzenten (SMP) sprachen von einem «Zeichen, das auf den Höfen kaum zu spüren sein wird».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verlangt hatten die Produzenten einen Aufschlag von mindestens 5 Rappen.",
        True,
        [("money", 0.05, "CHF", "at_least")],
        None,
    ),
    (
        "de",
        "In der Schweiz melken noch rund 17'200 Betriebe, knapp 1'300 weniger als vor fünf Jahren.",
        True,
        [("count", 17200, None, "about"), ("count", 1300, None, "nearly"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Ein Milchbauer aus dem Emmental rechnete vor, dass ihm bei 81 Rappen nach Abzug aller Kosten etwa 9 Franken pro Arbeitsstunde blieben.",
        True,
        [("money", 0.81, "CHF", None), ("money", 9, "CHF", "about")],
        None,
    ),
    ("de", "Der Detailhandel hält höhere Ladenpreise für Milch und Käse vorerst für unnötig.", False, [], None),
    # --- Lebensmittelpreise in Österreich (APA), Mittwoch, 18. August ---
    (
        "de",
        "Wien (APA) - Die Teuerung bei Nahrungsmitteln hat sich in Österreich im Juli auf 4,8 Prozent beschleunigt, nach 3,9 Prozent im Juni, teilte die Statistik Austria am Mittwoch mit.",
        True,
        [("percent", 4.8, "%", None), ("percent", 3.9, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die Inflationsrate insgesamt blieb mit 2,7 Prozent unverändert.",
        True,
        [("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Am stärksten verteuerten sich Butter mit einem Plus von 17,2 Prozent und Olivenöl mit 12,5 Prozent, Erdäpfel kosteten um 9 Prozent mehr als vor einem Jahr.",
        True,
        [("percent", 17.2, "%", None), ("percent", 12.5, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Wifo-Ökonomin Veronika Staudacher-Amankwa sagte, Nahrungsmittel hätten im Juli fast ein Drittel zur Gesamtinflation beigetragen.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Veronika Staudacher-Amankwa",
    ),
    (
        "de",
        "„Die schwache Ernte dieses Sommers kommt erst im Herbst an der Kassa an“, sagte Staudacher-Amankwa.",
        False,
        [],
        None,
    ),
    ("de", "Die Arbeiterkammer sprach von einer „Teuerung mit Ansage“.", False, [], None),
    (
        "de",
        "Der Handelsverband wies den Vorwurf überhöhter Margen zurück, diese lägen im Lebensmittelhandel bei unter 2 Prozent.",
        True,
        [("percent", 2, "%", "under")],
        None,
    ),
    # --- British food inflation (Reuters), Wednesday, Aug 18 ---
    (
        "en",
        "LONDON, Aug 18 (Reuters) - British food inflation climbed to 5.3% in July from 4.6% in June, its highest in 20 months, as butter, chocolate and beef prices rose, the Office for National Statistics said.",
        True,
        [
            ("date", "--08-18", None, None),
            ("percent", 5.3, "%", None),
            ("percent", 4.6, "%", None),
            ("duration", 20, "month", None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Overall consumer price inflation edged up to 2.9% from 2.8%, in line with forecasts in a Reuters poll of economists.",
        True,
        [("percent", 2.9, "%", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "Butter prices were up 21% on the year and beef prices 14%, while fresh vegetables were 3% cheaper.",
        True,
        [("percent", 21, "%", None), ("percent", 14, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Food and non-alcoholic drinks contributed about 0.6 percentage points to the headline rate.",
        True,
        [("percent", 0.6, "pp", "about")],
        None,
    ),
    (
        "en",
        "\"Shoppers are going to feel this summer's harvest in their weekly bill well into next year,\" said Priyanka Sandhurst-Eshun, an economist at Fenwold Economics.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Sandhurst-Eshun said food inflation could peak at around 6% in the autumn.",
        True,
        [("percent", 6, "%", "about")],
        "Sandhurst-Eshun",
    ),
    ("en", "Retailers said they were absorbing much of the increase in costs.", False, [], None),
    (
        "en",
        "Markets see the Bank of England holding its key rate at 3.5% in September.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    # --- Ostseefischer (dpa/lno), Donnerstag, 19. August ---
    (
        "de",
        "Kiel (dpa/lno) - Die deutsche Fangmenge für Hering in der westlichen Ostsee soll nach dem Vorschlag der EU-Kommission 2028 auf 1.610 Tonnen sinken.",
        True,
        [("year", 2028, None, None), ("count", 1610, None, None)],
        None,
    ),
    (
        "de",
        "Vor 20 Jahren durften deutsche Fischer dort noch mehr als 20.000 Tonnen anlanden.",
        True,
        [("duration", 20, "year", None), ("count", 20000, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Landesfischereiverbands sind in Schleswig-Holstein noch 46 Kutter im Haupterwerb unterwegs, 2015 waren es 92.",
        True,
        [("count", 46, None, None), ("year", 2015, None, None), ("count", 92, None, None)],
        None,
    ),
    (
        "de",
        "Verbandsvorsitzender Broder Thießen-Agyeman sagte, die meisten Betriebe lebten inzwischen vom Plattfisch und von Angelfahrten für Touristen.",
        True,
        [],
        "Broder Thießen-Agyeman",
    ),
    (
        "de",
        "„Wir sind die letzte Generation, die hier noch vom Fang leben kann“, sagte Thießen-Agyeman.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das Abwracken von Kuttern stellt der Bund nach Angaben des Agrarministeriums weitere 12 Millionen Euro bereit.",
        True,
        [("money", 12000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Thünen-Institut erwartet eine Erholung des Heringsbestands frühestens 2032.",
        True,
        [("year", 2032, None, "at_least")],
        None,
    ),
    (
        "de",
        "Ein Fischer aus Heiligenhafen sagte, er fahre nur noch an drei Tagen pro Woche hinaus.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    # --- Farm incomes in England (PA), Thursday, Aug 19 ---
    (
        "en",
        "LONDON (PA) - Average farm business income in England fell by a fifth to £41,800 in the year to February, with cereal farms hit hardest, according to Defra.",
        True,
        [("fraction", 0.2, None, None), ("money", 41800, "GBP", None)],
        None,
    ),
    (
        "en",
        "Cereal farms earned an average of £23,600, down 46%, while dairy farms saw incomes rise 18% to £118,900.",
        True,
        [
            ("money", 23600, "GBP", None),
            ("percent", 46, "%", None),
            ("percent", 18, "%", None),
            ("money", 118900, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Lowland grazing livestock farms averaged just £11,200, and more than a third of them made a loss before subsidies.",
        True,
        [("money", 11200, "GBP", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "Direct payments, which are being phased out by 2028, still made up about 38% of income on the average farm.",
        True,
        [("year", 2028, None, None), ("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        "About 4,100 farms in England have signed up to a capital grants scheme offering up to £25,000 per farm.",
        True,
        [("count", 4100, None, "about"), ("money", 25000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "NFU president Aled Pryce-Ocansey said about 6,300 farm businesses were still waiting for their Sustainable Farming Incentive agreements.",
        True,
        [("count", 6300, None, "about")],
        "Aled Pryce-Ocansey",
    ),
    (
        "en",
        '"Food security is national security, and these numbers should worry anyone who eats," Pryce-Ocansey said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Defra spokesperson said the government remained committed to a profitable and resilient farming sector.",
        False,
        [],
        None,
    ),
    # --- Dürre in Brandenburg (dpa/bb), Freitag, 20. August ---
    (
        "de",
        "Potsdam (dpa/bb) - Nach dem dritten Dürresommer binnen fünf Jahren beziffert der Landesbauernverband Brandenburg die Ernteschäden im Land auf rund 310 Millionen Euro.",
        True,
        [("ordinal", 3, None, None), ("duration", 5, "year", None), ("money", 310000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Auf den Sandböden der Prignitz und der Uckermark seien beim Roggen teils weniger als 25 Doppelzentner je Hektar zusammengekommen, sagte Verbandspräsident Henning Brüggemeier-Tawiah.",
        True,
        [("count", 25, None, "under")],
        "Henning Brüggemeier-Tawiah",
    ),
    ("de", "Im langjährigen Mittel sind es dort etwa 48 Doppelzentner.", True, [("count", 48, None, "about")], None),
    (
        "de",
        "In Cottbus fielen seit Juni nur 61 Liter Regen je Quadratmeter, weniger als die Hälfte der üblichen Menge.",
        True,
        [("count", 61, None, None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Deutschen Wetterdienstes war der Juli in Brandenburg mit im Mittel 21,9 Grad so warm wie noch nie seit dem Messbeginn 1881.",
        True,
        [("count", 21.9, None, None), ("year", 1881, None, None)],
        None,
    ),
    (
        "de",
        "Der Verband fordert eine Nothilfe von 150 Euro je Hektar für besonders betroffene Betriebe.",
        True,
        [("money", 150, "EUR", None)],
        None,
    ),
    ("de", "Das Agrarministerium in Potsdam verwies auf die Zuständigkeit des Bundes.", True, [], None),
    ("de", "„Die Natur hält sich nicht an Förderrichtlinien“, sagte Brüggemeier-Tawiah.", False, [], None),
    # --- Cattle prices (AP), Friday, Aug 20 ---
    (
        "en",
        "AMARILLO, Texas (AP) — Fed cattle prices hit a record $248 per hundredweight this week, with the U.S. herd still near its smallest in more than 70 years.",
        True,
        [("money", 248, "USD", None), ("duration", 70, "year", "over")],
        None,
    ),
    (
        "en",
        "The nation had 85.9 million head of cattle and calves on July 1, down 1.4% from a year earlier, the Agriculture Department said in its midyear inventory.",
        True,
        [("count", 85900000, None, None), ("date", "--07-01", None, None), ("percent", 1.4, "%", None)],
        "the Agriculture Department",
    ),
    (
        "en",
        "Ranchers have been slow to rebuild herds after three years of drought drove up the cost of hay.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Ground beef averaged $6.41 a pound in U.S. cities in July, up 12% from a year ago.",
        True,
        [("money", 6.41, "USD", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Heifer retention is still running about 4% below what a genuine rebuilding phase would require, said Cody Rasmussen-Abara, a livestock economist at Texas A&M AgriLife Extension.",
        True,
        [("percent", 4, "%", "about")],
        "Cody Rasmussen-Abara",
    ),
    ("en", "\"The cows aren't coming back until the grass does,\" Rasmussen-Abara said.", False, [], None),
    (
        "en",
        "Cattle on feed in large feedlots totaled 11.2 million head on Aug. 1, 2% fewer than a year ago.",
        True,
        [("count", 11200000, None, None), ("date", "--08-01", None, None), ("percent", 2, "%", None)],
        None,
    ),
    ("en", "Meatpackers said tight supplies would keep beef prices elevated through the holidays.", False, [], None),
    # --- French wheat harvest (Reuters), Monday, Aug 23 ---
    (
        "en",
        "PARIS, Aug 23 (Reuters) - France's soft wheat harvest is estimated at 33.4 million tonnes this year, 6.2% above last year's and roughly in line with the five-year average, the farm ministry said on Monday.",
        True,
        [
            ("date", "--08-23", None, None),
            ("count", 33400000, None, None),
            ("percent", 6.2, "%", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The average yield was put at 7.02 tonnes per hectare, against 6.71 t/ha in 2026.",
        True,
        [("count", 7.02, None, None), ("count", 6.71, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The spring barley crop was estimated at 3.9 million tonnes, down 9% on the year.",
        True,
        [("count", 3900000, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Durum wheat output was put at 1.3 million tonnes, the smallest crop since 2016.",
        True,
        [("count", 1300000, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "Euronext September wheat rose 2.75 euros, or 1.2%, to 231.50 euros a tonne.",
        True,
        [("money", 2.75, "EUR", None), ("percent", 1.2, "%", None), ("money", 231.5, "EUR", None)],
        None,
    ),
    (
        "en",
        "Consultancy Verlaine Agri raised its estimate of the French crop by 400,000 tonnes to 33.8 million.",
        True,
        [("count", 400000, None, None), ("count", 33800000, None, None)],
        None,
    ),
    (
        "en",
        '"The crop is good, it just is not good enough to make up for the price," said a grain broker in Rouen.',
        False,
        [],
        None,
    ),
    ("en", "Farm unions said many growers would still sell below their production costs this season.", False, [], None),
    # --- Getreideernte in Österreich (APA), Montag, 23. August ---
    (
        "de",
        "Wien (APA) - Österreichs Bauern haben heuer rund 2,86 Millionen Tonnen Getreide ohne Mais geerntet, um 5,4 Prozent mehr als 2026, teilte die Agrarmarkt Austria (AMA) am Montag mit.",
        True,
        [("count", 2860000, None, "about"), ("percent", 5.4, "%", None), ("year", 2026, None, None)],
        "die Agrarmarkt Austria",
    ),
    (
        "de",
        "Beim Winterweizen lag der Hektarertrag im Schnitt bei 6,4 Tonnen, in den Trockengebieten des Weinviertels teils nur bei 4,1 Tonnen.",
        True,
        [("count", 6.4, None, None), ("count", 4.1, None, None)],
        None,
    ),
    (
        "de",
        "Die Maisernte schätzt die AMA wegen der Hitze im Juli auf nur noch 1,9 Mio. t, nach 2,3 Mio. t im Vorjahr.",
        True,
        [("count", 1900000, None, None), ("count", 2300000, None, None)],
        None,
    ),
    (
        "de",
        "Die Anbaufläche für Getreide ohne Mais ging um 2 Prozent auf rund 540.000 Hektar zurück.",
        True,
        [("percent", 2, "%", None), ("count", 540000, None, "about")],
        None,
    ),
    (
        "de",
        "Landwirtschaftskammer-Präsident Maximilian Pfandlbauer-Okoro sagte, die Erzeugerpreise deckten auf vielen Ackerbaubetrieben nicht einmal die Hälfte der Kosten.",
        True,
        [("fraction", 0.5, None, "under")],
        "Maximilian Pfandlbauer-Okoro",
    ),
    ("de", "„Eine gute Ernte ist heuer noch lange kein gutes Jahr“, sagte Pfandlbauer-Okoro.", False, [], None),
    (
        "de",
        "Die Kammer fordert vom Bund, die Ausgleichszulage für benachteiligte Gebiete um 25 Millionen Euro im Jahr aufzustocken.",
        True,
        [("money", 25000000, "EUR", None)],
        None,
    ),
    ("de", "Die Grünen nannten die Forderung „ein Fass ohne Boden“.", False, [], None),
    # --- Midwest crop tour (Reuters), Tuesday, Aug 24 ---
    (
        "en",
        "CHICAGO, Aug 24 (Reuters) - Scouts on an annual tour of Midwest crops measured an average corn yield of 172.4 bushels per acre in Iowa, down 7% from last year's tour, organizers said on Tuesday.",
        True,
        [("date", "--08-24", None, None), ("count", 172.4, None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        "In Illinois, samples averaged 188.1 bushels per acre, against a three-year average of 191.6 bushels.",
        True,
        [("count", 188.1, None, None), ("duration", 3, "year", None), ("count", 191.6, None, None)],
        None,
    ),
    (
        "en",
        "Scouts in Indiana measured 181.4 bushels per acre, 2.3% more than last year.",
        True,
        [("count", 181.4, None, None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "Soybean pod counts in Nebraska came in about 8% below last year's.",
        True,
        [("percent", 8, "%", "about")],
        None,
    ),
    (
        "en",
        "The tour is sampling more than 1,500 fields across seven states this week.",
        True,
        [("count", 1500, None, "over"), ("count", 7, None, None)],
        None,
    ),
    ("en", '"Some of these ears look like they gave up in July," said a scout from Ohio.', False, [], None),
    (
        "en",
        "December corn slipped 3-1/2 cents to $4.71 a bushel after the first day's results were released.",
        True,
        [("money", 0.035, "USD", None), ("money", 4.71, "USD", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Brokers said the tour's numbers would keep buyers cautious until the USDA's September report.",
        False,
        [],
        None,
    ),
    # --- Agrarpreise (dpa), Dienstag, 24. August ---
    (
        "de",
        "Wiesbaden (dpa) - Landwirtschaftliche Erzeugnisse waren im Juli in Deutschland nach Angaben des Statistischen Bundesamts um 6,3 Prozent teurer als ein Jahr zuvor.",
        True,
        [("percent", 6.3, "%", None)],
        None,
    ),
    (
        "de",
        "Pflanzliche Produkte verteuerten sich um 9,1 Prozent, Tiere und tierische Erzeugnisse um 4,2 Prozent.",
        True,
        [("percent", 9.1, "%", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Für Milch erhielten die Erzeuger 14,7 Prozent mehr als im Juli 2026, für Eier 11,3 Prozent.",
        True,
        [("percent", 14.7, "%", None), ("year", 2026, None, None), ("percent", 11.3, "%", None)],
        None,
    ),
    ("de", "Schlachtschweine waren dagegen um 8,4 Prozent billiger.", True, [("percent", 8.4, "%", None)], None),
    (
        "de",
        "Speisekartoffeln kosteten sogar fast doppelt so viel wie vor einem Jahr.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ökonomin Ines Großkopf-Mensah von der Hunteburger Bank sagte, die Lebensmittelpreise im Laden dürften mit einigen Monaten Verzögerung um 1 bis 2 Prozentpunkte stärker steigen.",
        True,
        [("percent", 1, "pp", None), ("percent", 2, "pp", None)],
        "Ines Großkopf-Mensah",
    ),
    (
        "de",
        "„Was heute beim Bauern teurer wird, steht morgen im Supermarktregal“, sagte Großkopf-Mensah.",
        False,
        [],
        None,
    ),
    ("de", "Verbraucherschützer halten die Aufschläge im Handel trotzdem für überzogen.", False, [], None),
    # --- Australian farmgate milk prices (AAP), Wednesday, Aug 25 ---
    (
        "en",
        "MELBOURNE, Aug 25 (AAP) - Victorian dairy farmers will be paid an opening A$9.35 a kilogram of milk solids this season after Murraylands Dairy Co-operative lifted its offer by 40 cents.",
        True,
        [("date", "--08-25", None, None), ("money", 9.35, "AUD", None), ("money", 0.4, "AUD", None)],
        None,
    ),
    (
        "en",
        "That works out at roughly 68 cents a litre, the co-operative said.",
        True,
        [("money", 0.68, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Murraylands, which has about 1,150 supplier farms, said it expected to collect 1.9 billion litres this season.",
        True,
        [("count", 1150, None, "about"), ("count", 1900000000, None, None)],
        None,
    ),
    (
        "en",
        "Australian milk production shrank 2.8 per cent to 8.06 billion litres in 2026-27, Dairy Australia said.",
        True,
        [
            ("percent", 2.8, "%", None),
            ("count", 8060000000, None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
        ],
        "Dairy Australia",
    ),
    (
        "en",
        "The national dairy herd has dropped below 1.3 million cows for the first time since the 1960s.",
        True,
        [("count", 1300000, None, "under"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Australian Dairy Farmers president Noeline Whitcombe-Adjaye said one in six farmers had told a recent survey they planned to leave the industry within five years.",
        True,
        [("fraction", 0.1667, None, None), ("duration", 5, "year", None)],
        "Noeline Whitcombe-Adjaye",
    ),
    ("en", '"A decent opening price does not fix a broken water market," Whitcombe-Adjaye said.', False, [], None),
    # --- Obsternte nach dem Frost (Keystone-SDA), Mittwoch, 25. August ---
    (
        "de",
        "Zug (Keystone-SDA) - Die Spätfröste im April kosten die Schweizer Obstbauern einen grossen Teil der Ernte: Der Schweizer Obstverband rechnet bei Tafeläpfeln mit 98'000 Tonnen, rund 30 Prozent weniger als im Vorjahr.",
        True,
        [("count", 98000, None, None), ("percent", 30, "%", "about")],
        None,
    ),
    (
        "de",
        "Bei Tafelbirnen dürfte die Ernte mit 9'800 Tonnen nicht einmal halb so gross ausfallen wie in einem normalen Jahr.",
        True,
        [("count", 9800, None, None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "In der Nacht auf den 12. April waren die Temperaturen im Wallis und in der Ostschweiz auf bis zu minus 5,2 Grad gefallen.",
        True,
        [("date", "--04-12", None, None), ("count", -5.2, None, "up_to")],
        None,
    ),
    (
        "de",
        "Verbandsdirektor Urs Wälchli-Boakye sagte, rund 4'500 Hektaren Obstanlagen seien betroffen, auf einem Viertel davon gebe es gar keine Ernte.",
        True,
        [("count", 4500, None, "about"), ("fraction", 0.25, None, None)],
        "Urs Wälchli-Boakye",
    ),
    (
        "de",
        "«Man steht im Mai unter den Bäumen und sieht, dass nichts nachkommt», sagte Wälchli-Boakye.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für Frostschäden hat die Versicherung laut Schweizer Hagel bisher rund 14 Millionen Franken ausbezahlt.",
        True,
        [("money", 14000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der Bund will die Importkontingente für Äpfel im Winter um 15'000 Tonnen erhöhen.",
        True,
        [("count", 15000, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Grossverteiler die Preise für Schweizer Äpfel anheben, liessen Migros und Coop offen.",
        False,
        [],
        None,
    ),
    # --- Agrarhaushalt 2028 (dpa), Mittwoch, 25. August ---
    (
        "de",
        "Berlin (dpa) - Der Etat des Bundeslandwirtschaftsministeriums soll im kommenden Jahr um rund 180 Millionen Euro auf 6,94 Milliarden Euro sinken.",
        True,
        [("money", 180000000, "EUR", "about"), ("money", 6940000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "So sieht es der Haushaltsentwurf für 2028 vor, den die Bundesregierung am Mittwoch verabschiedet hat.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Größter Posten ist mit gut 4,3 Milliarden Euro die landwirtschaftliche Sozialpolitik, vor allem die Zuschüsse zur Alterssicherung der Landwirte.",
        True,
        [("money", 4300000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Für den Umbau der Ställe plant der Bund nur noch 150 Millionen Euro ein, nach 300 Millionen Euro im laufenden Jahr.",
        True,
        [("money", 150000000, "EUR", None), ("money", 300000000, "EUR", None)],
        None,
    ),
    ("de", "Nach Rechnung des Bauernverbands halbiert der Bund damit die Mittel für den Stallumbau.", True, [], None),
    ("de", "„Wer den Umbau der Ställe bestellt, muss ihn auch bezahlen“, sagte Tönjes-Mbala.", False, [], None),
    ("de", "Ein Sprecher des Ministeriums sprach von „schmerzhaften, aber notwendigen Einschnitten“.", False, [], None),
    (
        "de",
        "Die EU-Direktzahlungen laufen nicht über den Bundeshaushalt; Deutschland erhält daraus jährlich rund 4,9 Milliarden Euro.",
        True,
        [("money", 4900000000, "EUR", "about")],
        None,
    ),
    # --- Canada's crop estimate (Reuters), Thursday, Aug 26 ---
    (
        "en",
        "OTTAWA, Aug 26 (Reuters) - Canadian farmers are on track to harvest 33.1 million tonnes of wheat this year, 5.8% less than in 2026, as dry weather cut yields in Saskatchewan and Alberta, Statistics Canada said on Thursday.",
        True,
        [
            ("date", "--08-26", None, None),
            ("count", 33100000, None, None),
            ("percent", 5.8, "%", None),
            ("year", 2026, None, None),
        ],
        "Statistics Canada",
    ),
    (
        "en",
        "Canola production was forecast at 17.4 million tonnes, below the average analyst estimate of 18.2 million tonnes in a Reuters poll.",
        True,
        [("count", 17400000, None, None), ("count", 18200000, None, None)],
        None,
    ),
    (
        "en",
        "Durum output was seen at 5.6 million tonnes, up 4% on last year.",
        True,
        [("count", 5600000, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Saskatchewan's average wheat yield was pegged at 39.5 bushels an acre, against 45.1 bushels last year.",
        True,
        [("count", 39.5, None, None), ("count", 45.1, None, None)],
        None,
    ),
    (
        "en",
        "The agency's model-based estimates rely on satellite imagery and agroclimatic data rather than a survey of farmers.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Prairie farmers keep beating the weather, and the market keeps underestimating them," said Marguerite Lachapelle-Adomah, an analyst at Prairiecrest Commodities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "ICE canola futures fell 1.4% to C$641.20 a tonne after the report.",
        True,
        [("percent", 1.4, "%", None), ("money", 641.2, "CAD", None)],
        None,
    ),
    ("en", "Grain handlers said farmers were holding back sales in the hope of a rally.", False, [], None),
    # --- Weinlese (dpa/lrs), Donnerstag, 26. August ---
    (
        "de",
        "Neustadt an der Weinstraße (dpa/lrs) - Die deutschen Winzer dürfen in diesem Jahr mit rund 8,2 Millionen Hektolitern Weinmost rechnen, etwa 5 Prozent weniger als im zehnjährigen Mittel, schätzt das Deutsche Weininstitut.",
        True,
        [("count", 8200000, None, "about"), ("percent", 5, "%", "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Spätfröste im April und Hagel im Juni hätten vor allem in Franken und an der Mosel Ertrag gekostet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Pfalz wurden für die frühe Rebsorte Solaris bereits Mostgewichte von bis zu 92 Grad Oechsle gemessen.",
        True,
        [("count", 92, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Hauptlese soll am 6. September beginnen, etwa zehn Tage früher als im Schnitt der vergangenen 30 Jahre.",
        True,
        [("date", "--09-06", None, None), ("duration", 10, "day", "about"), ("duration", 30, "year", None)],
        None,
    ),
    (
        "de",
        "Weinbaupräsidentin Annelie Schwöbel-Acquah sagte, der Fassweinpreis liege mit 75 Cent je Liter weiterhin unter den Erzeugungskosten von rund 1,10 Euro.",
        True,
        [("money", 0.75, "EUR", None), ("money", 1.1, "EUR", "about")],
        "Annelie Schwöbel-Acquah",
    ),
    ("de", "„Qualität hatten wir selten so viel, Geld selten so wenig“, sagte Schwöbel-Acquah.", False, [], None),
    (
        "de",
        "Rund 1.800 Hektar Rebfläche sollen in Rheinland-Pfalz in diesem Jahr mit Landesgeld gerodet werden.",
        True,
        [("count", 1800, None, "about")],
        None,
    ),
    ("de", "Viele Winzer fragen sich, ob sich die Lese ihrer Steillagen überhaupt noch lohnt.", False, [], None),
    # --- Fonterra's milk price forecast (Reuters), Friday, Aug 27 ---
    (
        "en",
        "WELLINGTON, Aug 27 (Reuters) - Fonterra raised the midpoint of its farmgate milk price forecast for the 2027/28 season by 25 cents to NZ$10.25 per kilogram of milk solids on Friday, citing stronger demand for whole milk powder.",
        True,
        [
            ("date", "--08-27", None, None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("money", 0.25, "NZD", None),
            ("money", 10.25, "NZD", None),
        ],
        None,
    ),
    (
        "en",
        "The dairy co-operative now expects to pay between NZ$9.75 and NZ$10.75 a kilogram.",
        True,
        [("money", 9.75, "NZD", None), ("money", 10.75, "NZD", None)],
        None,
    ),
    (
        "en",
        "Fonterra said it collected 1.49 billion kilograms of milk solids in the 2026/27 season, down 1.1% on the season before.",
        True,
        [
            ("count", 1490000000, None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("percent", 1.1, "%", None),
        ],
        "Fonterra",
    ),
    (
        "en",
        "Whole milk powder prices rose 3.8% to US$3,960 a tonne at this week's Global Dairy Trade auction, the fourth increase in a row.",
        True,
        [("percent", 3.8, "%", None), ("money", 3960, "USD", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "New Zealand's milk collections are running 0.8% ahead of last season so far, industry data showed.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "Westpac raised its own forecast to NZ$10.40, saying Chinese buyers had returned to the market earlier than expected.",
        True,
        [("money", 10.4, "NZD", None)],
        None,
    ),
    (
        "en",
        "The co-operative's chief executive said the higher forecast reflected \"a market that is finally rewarding quality\".",
        False,
        [],
        None,
    ),
    (
        "en",
        '"It is good news, but nobody in the sheds is popping champagne," said Harriet Kereama-Boyce, a dairy farmer near Morrinsville.',
        False,
        [],
        None,
    ),
]
