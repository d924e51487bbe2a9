"""Four-hundred-and-fifty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: no head of state or government appears, governments
only as bodies („die Bundesregierung“, "the government", "the three governments"), and
ministers, secretaries, chief veterinary officers, presidents and directors of real farm
unions, chambers, boards, insurers, statistics offices and retail bodies appear under
made-up names that stand for no real holder (as the three-hundred-and-thirty-eighth and
three-hundred-and-eighty-ninth batches did), or by their role only („ein
Regierungssprecher“, „ein Obstbauer aus Puch bei Weiz“, „eine Sprecherin des Unternehmens“,
„der Minister“, "a broker in Chicago", "a farmer near Dodge City", "a grain analyst in St.
Louis", "a grower near Saint-Émilion", "a soybean grower near Fargo, North Dakota").

Names: Hinrich Wöltjen, Johann Spitzbart, Ueli Brügger, Reinhard Pöthke, Franz
Kainz-Lechner, Vanessa Lichtenau and the Nordwestbank, Marco Kalbermatten, Florian
Scheiblhofer, Annemarie Käser-Bigler, Ute Pfaffenberger-Rill, Georg Unterrainer, Silke
Ommen-Büssing, Heinz Gfeller and Markus Tauchhammer; Leandro Fiorucci, Owain Trefor-Jenkins,
Craig Hinderaker, Sanjeev Kumbhat, Fiona Haddlesey, Tomasz Wierciński, Travis Ebersole,
Helen Marbury-Stokes, Dana Kemble-Ortiz, Renee Holtzclaw, Lachlan Dunmore-Kidd and Imogen
Sallows are invented, and so is every unnamed farmer, grower, broker, analyst, trader,
economist, spokesperson and official. Real states, bodies, firms, markets, reports and
places (Deutschland, Brandenburg, Ostdeutschland, Steiermark, Österreich, Deutscher
Bauernverband, Agrardiesel, Brandenburger Tor, Kanzleramt, Bundesplatz, SBV, Schweizer
Bauernverband, Bundesrat, Agrarmarkt Austria, AMA, Landwirtschaftskammer, Landkreis
Oder-Spree, Friedrich-Loeffler-Institut, Maul- und Klauenseuche, Südkorea, Mexiko,
Österreichische Hagelversicherung, Südoststeiermark, Land Steiermark, Puch bei Weiz, Grüne,
Statistisches Bundesamt, Schweizer Hagel, Seeland, Zürcher Weinland, Niedersachsen,
Schleswig-Holstein, Landwirtschaftskammer Niederösterreich, Weinviertel, Swiss Granum,
Klasse Top, Deutsches Weininstitut, Pfalz, Rheinhessen, Riesling, Grüner Bericht,
Ministerrat, SPÖ, Edewecht, BDM, Landesamt für Statistik, Agroscope, Ettenhausen,
Bergregion, Talgebiet, Statistik Austria; the Agriculture Department, USDA, the Chicago
Board of Trade, CBOT, StoneX, the Department for Environment, Food and Rural Affairs, Defra,
the NFU, the Sustainable Farming Incentive, the Food and Agriculture Organization, FAO, the
FAO Food Price Index, Malaysia, Indonesia, Iowa, Congress, Delhi, the Environment Agency,
the Met Office, East Anglia, Norfolk, Suffolk, British Growers, AHDB, the European
Commission, the World Trade Organization, Kansas Wheat, Kansas City, Dodge City, Kent,
BTV-3, the National Sheep Association, Ashford, Maidstone, Bordeaux, Champagne,
Saint-Émilion, SovEcon, LSEG, the Volga region, Chapter 12, Yara, CRU, the Dutch TTF hub,
the British Retail Consortium, BRC, Kantar, Poland, Hungary, Slovakia, Ukraine, Russia,
India, France, Britain, England, and the datelines' cities) stand for the way wire copy
names them; every harvest, yield, stock, area, price, premium, cost, income, subsidy, aid
sum, quota, duty, cull, zone, protest count, share, date and quote here is invented, and
where a real figure came to mind (a real farm-diesel refund rate per litre, a real EU tariff
on urea, a real permitted yield per hectare in a German wine region, a real record low
Kansas crop year, a real share of Austria's apples grown in Styria) it was changed.

Its weight: AGRICULTURE, HARVESTS AND FOOD PRICES, sixth round (the forty-second batch
weighed agriculture with commodities, energy and climate policy, the hundred-fifteenth
agriculture, harvests, animal disease and food prices, the hundred-ninetieth food, farming
and farm protests, the two-hundred-and-fifty-ninth agriculture and harvests, the
three-hundred-and-thirty-eighth agriculture, harvests and food prices, the fourth round, and
the three-hundred-and-eighty-ninth the fifth round, a farm desk over one harvest week; the
fifty-fourth, hundred-thirteenth, two-hundred-and-forty-second and
three-hundred-and-eighty-third weighed food prices, food safety, retail and consumers; their
decisions are kept) over one made-up year in story order, January 10 to December 17, 2030,
as 31 short stories with the German and English ones interleaved by date, each told as wire
copy runs it (a dateline lead with the harvest, the price, the outbreak or the protest, the
figures around it, attributed claims, the other side, quotes and reactions). Half German
(dpa with its regional slugs "dpa/bb", "dpa/lrs" and "dpa/lni", APA, Keystone-SDA; Austrian
„heuer“, „Jänner“, „Erdäpfel“, „Erdäpfelbauern“, „Weingärten“, „zusperren“, „Ministerrat“,
Swiss „Einbussen“, „Hektaren“, „während“, „Detailhandel“, „56'000“, „4'600“, „2'300“,
„352'000“, „420'000“, „84'300“, „58'900“, „61'400“, „1.50“ with the decimal point, «»
quotes, German „“ quotes): the farmers' tractors in Berlin against the farm-diesel cut,
Austria's milk price in January, Swiss farmers on the Bundesplatz, foot-and-mouth disease in
Brandenburg, frost in Styria's orchards, German food prices, hail in the Seeland and the
Zürcher Weinland, the German farmers' first harvest estimate, Austria's potato harvest after
the drought, Swiss bread grain and its guide price, the German wine harvest estimate,
Austria's Grüner Bericht, dairy farmers blocking a creamery in Lower Saxony, Swiss farm
incomes, Austrian food prices and the German farmers' Situationsbericht. Half English
(Reuters with dated datelines, AP, PA, with the USDA, Defra and the FAO): the USDA's annual
crop report, farm incomes in England, the FAO food price index, bird flu and egg prices in
Iowa, India's wheat export ban, drought and water bans in East Anglia, the bans on Ukrainian
grain in Poland, Hungary and Slovakia, the Kansas wheat harvest, the USDA's August crop
report, bluetongue in Kent, France's wine harvest, Russia's grain export quota, U.S. farm
income and aid, fertiliser and diesel costs, and British shop food inflation. Speakers as
such copy has them: farm leaders, ministers, officials, economists and analysts with
„sagte“, „X sagte, ...“, "said" and "told reporters", bodies with „teilte ... mit“, „wie ...
mitteilte“, „Nach Angaben der Polizei“ and "said"; beside them the forms left unchecked
(data, documents, estimates, plural groups, roles, compounds, genitives, firms with a
description before them, capitals, verbs that are not of saying and every "according to").
Figures as such copy has them: harvests and stocks in tonnes, bushels and hectolitres
(„knapp 39,6 Millionen Tonnen“, „rund 352'000 Tonnen“, "15.9 billion bushels", "41.8 million
hectolitres", „rund 8,3 Millionen Hektolitern“), yields in „Doppelzentner je Hektar“,
„dt/ha“, Tonnen, "bushels per acre", "bushels an acre", „Hektolitern je Hektar“ and
"kilograms per hectare", areas in Hektar, Hektaren, hectares and acres, herds, flocks,
culls, farms and tractors, restriction zones in kilometres and miles, frost in degrees, must
weight in „Grad Oechsle“, milk prices in „Cent je Kilogramm“ and „ct/kg“, diesel refunds in
„Cent je Liter“, red diesel in pence a litre, fertiliser in dollars a tonne, gas in euros
per megawatt hour, grain in euros, francs, dollars, Chicago eighths, rupees per quintal and
roubles, incomes, subsidies, aid, budgets and duties, food inflation in percent and
percentage points, shares as fractions („jeder fünfte Milchviehbetrieb“, „rund zwei
Drittel“, „rund ein Zehntel“, „rund ein Viertel“, „gut die Hälfte“, „fast ein Drittel“, „gut
ein Viertel“, „Fast jeder dritte Euro“, „jeder vierte Ackerbaubetrieb“, "About one in five",
"by a quarter"), number words and compounds („Zwei Frostnächte“, „binnen fünf Jahren“, „das
zehnjährige Mittel“, „gut sechs Stunden“, "a 20-kilometre restriction zone", "a 10-kilometer
(6.2-mile) control area", "900-litre tonneau", "12.5%-protein wheat", "two European
plants"), ordinals, spans, seasons and marketing years, years, dates and hedges. Negatives
as such copy has them - 57 rows, none with a figure: farm leaders', ministers', officials',
economists' and growers' rhetoric in quotes, a cry to the crowd, labels („nannten“, „sprach
von“, „nannte“, "called"), verdicts with „halten ... für“, forecasts and warnings without a
figure, an appeal to animal keepers, an appeal to farmers naming no measure, fears, a hope,
a doubt, an evasion, open questions and vox pops, each near a check-worthy look-alike from
the same story (often the same speaker's figure).

244 rows (125 German, 119 English), 57 negatives (28 German, 29 English), 187 check-worthy
rows of which 11 carry no figure (7 German, 4 English), 311 expected quantities (101 counts,
71 amounts of money - 27 EUR, 18 USD, 15 GBP, 9 CHF, 1 INR, 1 RUB -, 58 percentages - 57 in
"%", 1 in percentage points "pp" -, 34 years, 16 dates, 14 durations - 5 in years, 3 in
months, 3 in hours, 2 in days, 1 in weeks -, 11 fractions, 6 ordinals; none of them in a
negative), 36 checked speakers (18 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, fear, hope, doubt, verdict, appeal naming no measure, warning naming no
  measure, forecast without a figure, evasion, open question or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-fifteenth, hundred-ninetieth, two-hundred-and-fourth,
  two-hundred-and-fifty-ninth, three-hundred-and-thirty-eighth,
  three-hundred-and-eighty-ninth); a quoted or reported statement of fact, figure, cause,
  step, plan, position or demand is check-worthy with its speaker, also in Konjunktiv I.
  Pairs from one speaker: Wöltjen's 2,900 euros beside „Wer den Bauern den Diesel nimmt ...“
  (a cry to the crowd with „rief ... zu“, three-hundred-and-thirty-eighth), his 60,000
  hectares beside „Das Wetter diktiert ...“ and his one farm in four beside „Viele Familien
  fragen sich ...“; Trefor-Jenkins's £95 a hectare beside "Nobody can run a business ...";
  Fiorucci's stated cause beside "Consumers in import-dependent countries ..."; Brügger's
  56,000 francs beside «Wir sind keine Bittsteller ...»; Spitzbart's 45 cents beside „...,
  sperren die nächsten Höfe zu“ (a warning naming no measure); Pöthke's second outbreak
  beside „Wir tun alles ...“; Hinderaker's 41 flocks beside "This virus doesn't care ...";
  Kumbhat's 1.3 million tonnes beside "Feeding our own people comes first" ("told
  reporters", three-hundred-and-thirty-eighth); Lichtenau's 1 to 2 percent beside „... ein
  Ärgernis“; Haddlesey's 40% beside "You can't grow a potato on promises"; Kalbermatten's
  2,300 hectares beside «Solche Unwetter ...»; Wierciński's quarter beside "Our farmers will
  not pay the price ..."; Scheiblhofer's 30 euros beside „Ohne Bewässerung hat der
  Erdäpfelbau ... keine Zukunft“ (a forecast without a figure); Käser-Bigler's 20 to 30
  percent beside «Ein Jahr wie dieses ...»; Marbury-Stokes's 6 of 214 beside her appeal "We
  are asking every farmer ..."; Pfaffenberger-Rill's 0.95 euros beside „Manche Winzer wissen
  nicht, ...“; Unterrainer's report beside „Hinter jeder dieser Zahlen ...“; Ommen-Büssing's
  52 cents beside „Wir melken uns hier zu Tode“; Dunmore-Kidd's 35% beside "Farmers are
  playing chicken ..."; Sallows's £2.4 billion beside "Shoppers are feeling it ...";
  Tauchhammer's third beside „Die Teuerung im Supermarkt ist noch nicht gebrochen“ (a
  verdict). Each side's protest count is check-worthy (hundred-fifteenth, hundred-ninetieth,
  two-hundred-and-fifty-ninth, three-hundred-and-thirty-eighth): the police's 7,400 people
  and the Deutscher Bauernverband's „mehr als 10.000 Teilnehmenden“ in rows of their own. A
  demand naming a measure is check-worthy (hundred-sixty-fifth, two-hundred-and-fifty-ninth,
  three-hundred-and-thirty-eighth, three-hundred-and-eighty-ninth): the Swiss farmers' „um
  mindestens 10 Prozent höhere Produzentenpreise“, the Schweizer Bauernverband's call not to
  cut the direct payments by 55 million francs; a rejection is one side's account and
  check-worthy (sixty-eighth, three-hundred-and-thirty-eighth): the retailers' rejection
  with their margins „bei unter 2 Prozent“. An announced step is check-worthy
  (two-hundred-and-fourth): Styria's emergency aid, the minister's 45 euros a hectare, the
  creamery's 1.5 cents from November 1, Yara's cut, Kyiv's complaint at the WTO within 30
  days, Defra's water trading, the Commission's proposed tariff suspension.
- Check-worthy without a figure (hundred-fifteenth, hundred-ninetieth,
  two-hundred-and-fifty-ninth, three-hundred-and-thirty-eighth,
  three-hundred-and-eighty-ninth): an outbreak reported and a suspicion confirmed („ist die
  Maul- und Klauenseuche ausgebrochen“, „Das Friedrich-Loeffler-Institut bestätigte ... den
  Verdacht“; three-hundred-and-thirty-eighth: „habe das Friedrich-Loeffler-Institut den
  Verdacht bestätigt“), import stops („Mehrere Staaten ... stoppten umgehend die Einfuhr
  ...“ - „Mehrere“ none), source lines of a release and of a report („Das geht aus den ...
  Daten der Agrarmarkt Austria (AMA) hervor.“, „So steht es im Grünen Bericht, ...“, „Diese
  Zahlen legte der Deutsche Bauernverband ... vor.“; three-hundred-and-thirty-eighth,
  three-hundred-and-eighty-ninth), the regions worst hit („Am stärksten betroffen seien
  ...“), a stated cause (Fiorucci's rains), a position (the European Commission's "broke EU
  trade rules"), an announced step (Defra's water trading) and cancelled sales ("Livestock
  markets ... cancelled their September sales" - "September" none).
- Harvests, yields, stocks, areas and other quantities of a crop are counts, a scale word
  multiplying (fourth, forty-second, hundred-fifteenth, hundred-ninetieth,
  two-hundred-and-fifty-ninth, three-hundred-and-thirty-eighth,
  three-hundred-and-eighty-ninth): tonnes („rund 287.000 Tonnen“, „höchstens 60.000 Tonnen
  ..., nach 165.000 Tonnen“ the first "at_most", „knapp 39,6 Millionen Tonnen“ "nearly",
  „3,4 Millionen Tonnen“, „rund 590.000 Tonnen“, „auf teils unter 25 Tonnen ..., im Schnitt
  sind es 38 Tonnen“ 25 "under" and 38 - „unter“ right before the figure,
  three-hundred-and-thirty-eighth; „teils“ and „im Schnitt“ no hedge -, „rund 352'000
  Tonnen“ and „gut 420'000 Tonnen“ with the Swiss apostrophe (tenth), "2.89 billion tonnes",
  "112.4 million tonnes ..., no more than 104 million tonnes" the second "at_most"
  (three-hundred-and-eighty-eighth: "no more than 500,000 troops"), "9.1 million tonnes",
  "about 1.3 million tonnes", "4.7 million tonnes", "14 million tonnes", "20 million
  tonnes", "79.4 million tonnes, 1.2 million tonnes less", "4.6 million tonnes", "11.2
  million tonnes", "a combined 400,000 tonnes a year" - "a combined" no hedge, "a year"
  none), bushels ("a record 15.9 billion bushels" - "a record" no hedge -, "by 84 million
  bushels", "4.12 billion bushels ... 4.16 billion" - the unit written once serving the
  later figure, forty-sixth -, "12.47 billion bushels", "214 million bushels", "15.21
  billion bushels", "4.38 billion bushels", "1.84 billion bushels", "1.79 billion bushels,
  down 210 million"), hectolitres („rund 8,3 Millionen Hektolitern“, "41.8 million
  hectolitres", "3.9 million hectolitres"), yields with the rate word carrying none
  (forty-second New: „36 Dezitonnen je Hektar“; three-hundred-and-thirty-eighth: "t/ha"):
  "184.2 bushels per acre, up from 181.6 bushels", "36 bushels an acre, down from 47
  bushels", "177.3 bushels per acre, down from 181.0 bushels" (181.0 - trailing zeros no
  other value, seventy-first), "52.1 bushels per acre"; areas („mit 120 Hektar“, „rund 8.500
  Hektar“, „rund 60.000 Hektar“, „rund 3.000 Hektar“, „auf gut 2'300 Hektaren“ "over" - the
  Swiss plural, forty-second -, "an estimated 18,000 hectares" "about" -
  two-hundred-and-seventy-sixth -, "about 12,000 hectares", "about 1.4 million acres");
  animals, farms, flocks and other counts („Alle 340 Rinder ... sowie 85 Schafe“ - „Alle“ no
  hedge -, „57 Betriebe mit zusammen rund 9.800 Klauentieren“ - „zusammen“ no hedge -, „rund
  9.500 auf knapp 145.000“, „auf rund 243.000“, "about 4.2 million hens", "more than 6
  million birds", "41 other poultry flocks" - "other" no hedge -, "nearly 19 million
  egg-laying birds", "38,000 farm businesses", "14 rivers and streams", "About 1,200
  abstraction licences", "in 6 of the 214 sheep tested", "two European plants", "318 ..., up
  from 241" - "Chapter 12" none, three-hundred-and-thirty-eighth); pack and barrel sizes
  („ein Päckchen Butter mit 250 Gramm“ 250 - three-hundred-and-thirty-eighth: "a 250g block"
  -, "per 900-litre tonneau" 900 - three-hundred-and-eighty-ninth: "the 900-litre barrel");
  rainfall ("just 61mm" 61 - "just" no hedge, glued unit, four-hundred-and-fifty-first:
  "61.4mm"); hail („bis zu sieben Zentimetern“ "up_to"); index levels ("131.4 points";
  hundred-ninetieth, three-hundred-and-thirty-eighth: "124.7 points"); frost („Zwei
  Frostnächte mit Temperaturen von bis zu minus 6,5 Grad“ 2 and -6.5 "up_to" -
  three-hundred-and-thirty-eighth: „in zwei Frostnächten“; four-hundred-and-fifty-first: a
  hedge and a sign do not exclude each other). New: „71 Doppelzentner je Hektar, nach 76
  Doppelzentnern“ and „teils nur 45 dt/ha“ are counts 71, 76 and 45 - the Doppelzentner is
  the Dezitonne under its older name and "dt" the abbreviation of both, so the yield reads
  as „Dezitonnen je Hektar“ (forty-second New) and "dt/ha" as "t/ha"
  (three-hundred-and-thirty-eighth New), the rate word carrying none; after a price „je
  Doppelzentner“ names the unit priced and gives no count (hundred-forty-first), which does
  not arise here. New: a permitted or capped yield is a yield - „bei 112 Hektolitern je
  Hektar“ is count 112 and "capped yields at 10,500 kilograms per hectare" count 10,500
  ("capped" no hedge: a verb, as "topped", seventy-fourth), the rate word carrying none as
  after „Dezitonnen“. New: „Mostgewichte von durchschnittlich 88 Grad Oechsle“ is count 88 -
  degrees on the German must-weight scale are read as degrees on the Austrian one („zwischen
  19 und 21 Grad KMW“, hundred-fifteenth), „durchschnittlich“ no hedge.
- Zones by radius and length are counts (forty-second, hundred-fifteenth, hundred-ninetieth,
  two-hundred-and-fifty-ninth, three-hundred-and-thirty-eighth): „eine Schutzzone mit drei
  und eine Überwachungszone mit zehn Kilometern Radius“ 3 and 10 (the unit written once
  serving the earlier figure, hundred-fifteenth: „von drei und eine Überwachungszone von
  zehn Kilometern“), "A 20-kilometre restriction zone" 20 (the figure heading the hyphened
  compound, hundred-fifteenth: „Zehn-Kilometer-Sperrzone“). New: "a 10-kilometer (6.2-mile)
  control area" gives two counts, 10 and 6.2 - the converted distance in brackets is a
  second count in order of appearance, as "minus 54 degrees Fahrenheit (minus 47.8 Celsius)"
  (four-hundred-and-fourth, four-hundred-and-fifty-first) and "165 mph (270 kph)" were, each
  a hyphened unit compound headed by its figure.
- Prices per unit are money in the currency written, the unit priced carrying none (every
  batch): Cent as hundredths of the euro („22,15 Cent je Liter Diesel ..., nur noch 12 Cent“
  0.2215 and 0.12 - „nur noch“ no hedge -, „im Schnitt 48,7 Cent je Kilogramm Milch ..., um
  1,9 Cent weniger“ 0.487 and 0.019, „bei 60,2 Cent, ... bei 55,4 Cent“, „bei gut 45 Cent“
  0.45 "over", „von zuletzt 39,5 Cent je Kilogramm“ - „zuletzt“ no hedge -, „um 1,5 Cent“
  0.015, „um 22 Cent“ 0.22; hundred-fifteenth, three-hundred-and-thirty-eighth), „knapp 52
  ct/kg“ 0.52 "nearly" (the milk trade's cents per kilogram, read as „8,2 ct/kWh“,
  two-hundred-and-fourteenth New), euros („2,59 Euro“, „etwa 205 Euro je Tonne“ "about",
  „mindestens 30 Euro je 100 Kilogramm“ 30 "at_least" with count 100 - a rate base written
  with a figure, three-hundred-and-eighty-ninth New -, „1,49 Euro“, „auf 0,95 Euro je
  Liter“, „um 45 Euro je Hektar“, "about 780 euros per 900-litre tonneau", "46 euros per
  megawatt hour ..., up from 31 euros" - "per megawatt hour" none,
  two-hundred-and-fourteenth -), francs with the Swiss decimal point („um 1.50 auf 51
  Franken je 100 Kilogramm“ 1.5 and 51 CHF and count 100 - the currency written once serving
  the earlier figure, three-hundred-and-thirty-eighth: „von 55 auf 85 Euro je Tonne“;
  „Klasse Top“ none), U.S. cents and dollars with the Chicago eighths ("9-1/4 cents to
  settle at $4.21-1/2 a bushel" 0.0925 and 4.215, "jumped 16-3/4 cents to $4.48-1/2 a
  bushel" 0.1675 and 4.485 - three-hundred-and-eighty-ninth New -, "48 cents to $3.87 a
  dozen" - "a dozen" after a price names the unit priced, forty-second, hundred-fifteenth -,
  "rose 3.1% to $6.14 a bushel", "14 cents to $6.72 a bushel", "about $232 a tonne", "$565 a
  tonne"), rupees ("2,890 rupees per quintal" INR; hundred-ninetieth: "2,585 rupees per
  quintal"), roubles with the dollars in brackets ("1,860 roubles ($21.40) a tonne" RUB and
  USD, the converted sum an amount of its own in order of appearance; hundred-twenty-second:
  roubles, three-hundred-and-eighty-eighth: "forints ($3.6 million)"), pence and pounds
  ("about £95 a hectare", "about £310 a tonne, against £160", "about £3.20 per sheep and £9
  per cow" the hedge on the first only, "78.4 pence a litre, up 6.1p" 0.784 and 0.061, "a
  record 712p a kilo deadweight" 7.12 - "a record" no hedge, "deadweight" none as
  „Schlachtgewicht“, three-hundred-and-eighty-ninth; three-hundred-and-thirty-eighth: "44p
  ..., up 3p").
- Incomes, subsidies, aid, savings, damage and budgets in the currency written
  (forty-second, hundred-fifteenth, hundred-ninetieth, two-hundred-and-fifty-ninth,
  three-hundred-and-thirty-eighth, three-hundred-and-eighty-ninth): „etwa 2.900 Euro im
  Jahr“ "about" („im Jahr“ none), „rund 440 Millionen Euro im Jahr“, „rund 48 Millionen
  Euro“, „von 5 Millionen Euro“, „auf 39.800 Euro je Betrieb“, „auf 71.600 Euro je Betrieb“,
  „um rund 1.700 Euro“ („je Betrieb“ none), „mit rund 56'000 Franken“, „auf 22 bis 26
  Millionen Franken“ both CHF with no hedge (the scale and the currency written once serving
  the earlier figure, three-hundred-and-eighty-ninth: „auf 12 bis 15 Millionen Euro“), „auf
  durchschnittlich 84'300 Franken“, „im Schnitt 58'900 Franken“, „mit 61'400 Franken je
  Betrieb“, „um 55 Millionen Franken“; "£41,200", "£118,500", "averaged just £17,300"
  ("averaged" and "just" no hedge), "£1.1 billion", "about £2.4 billion", "by £231 to
  £5,310", "have topped $310 million" ("topped" no hedge, four-hundred-and-fifty-first),
  "$118.6 billion", "$24.3 billion, including $10 billion", "a record $462 billion", "about
  $6 billion".
- Percentages as written (every batch), a change in points "pp" („0,3 Prozentpunkte unter
  dem Oktoberwert“; three-hundred-and-twenty-fourth, three-hundred-and-eighty-ninth): „um
  mindestens 10 Prozent“ "at_least", „bei unter 2 Prozent“ "under", „um 2,3 Prozent“, „4,6
  Prozent mehr ... als im April 2029“ 4.6 and the year, „bei 2,4 Prozent, nach 2,2 Prozent“,
  „mit einem Plus von 18,9 Prozent und ... mit 12,3 Prozent“, „um 3,1 Prozent billiger“
  („billiger“ after the figure compares), „um weitere 1 bis 2 Prozent“ both with no hedge
  („weitere“ and the „bis“ of a range none), „rund 70 Prozent“ "about", „etwa 5 Prozent
  weniger“ "about", „einem Minus von 17 Prozent“ 17 (hundred-fifteenth New: „ein Minus von
  27 Prozent“), „von 20 bis 30 Prozent“, „rund 4 Prozent weniger“ "about", „um 11 Prozent
  weniger“, „mit 27 Prozent ..., um 8 Prozent“, „um 4,2 Prozent“, „um 9 Prozent“, „um 5,1
  Prozent teurer“, „bei 2,9 Prozent“, „um 14 Prozent mehr ..., Erdäpfel um 19 Prozent mehr“,
  „von 10 auf 5 Prozent“ both, „um durchschnittlich 14 Prozent“ („durchschnittlich“ no
  hedge), „ein weiteres Minus von 5 bis 10 Prozent“ both; "about 30%", "by 38%", "by 12%",
  "up 1.6% ... and 4.9% above", "jumped 5.8%", "slipped 0.7%", "rose 3.1%", "about 14%
  above", "42% of the long-term average", "up to 40%" "up_to", "11% less", "29% less",
  "13.1%", "rise 9%", "3% below", "jumped 28%", "about 35% ..., against 55%", "its 5.5%
  tariffs", "fall 17%", "rise 3.4%", "4.8% ... from 4.1%", "up 5.6%". New: "Russian
  12.5%-protein wheat" is percent 12.5 - the grade written as a hyphened compound headed by
  its figure reads as "Russian wheat with 12.5% protein" (three-hundred-and-eighty-ninth
  New), as a figure heading a compound gives its value in „ein 28-Kilogramm-Ferkel“
  (three-hundred-and-eighty-ninth).
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"): „jeder fünfte
  Milchviehbetrieb“ 0.2, „rund zwei Drittel“ 0.6667 "about", „rund ein Zehntel weniger“ 0.1
  "about", „rund ein Viertel des Weizens“ 0.25 "about", „gut die Hälfte“ 0.5 "over"
  (three-hundred-and-eighty-ninth), „um fast ein Drittel“ 0.3333 "nearly", „um gut ein
  Viertel tiefer“ 0.25 "over" (a share written as a difference stays a fraction,
  hundred-ninetieth), „Fast jeder dritte Euro“ 0.3333 "nearly" (four-hundred-and-twentieth:
  „knapp jeder dritte“), „jeder vierte Ackerbaubetrieb“ 0.25
  (three-hundred-and-eighty-ninth: „jeder vierte Vollerwerbsbetrieb“); "About one in five
  farms" 0.2 "about" (four-hundred-and-twentieth: "about one in five"), "had fallen by a
  quarter" 0.25 (two-hundred-and-fifty-ninth: „um ein Zehntel“).
- Ordinals (the issue: "zum zweiten Mal", "die drittgrößte Stadt"): "for a third consecutive
  month" 3 (three-hundred-and-thirty-eighth), „der dritte Traktorkorso ... binnen 14
  Monaten“ 3 and 14 months (three-hundred-and-thirty-eighth: „der dritte Ausbruch ... binnen
  zwölf Monaten“; „bereits“ no hedge), „der zweite Ausbruch ... binnen fünf Jahren“ 2 and 5
  years, „aus einer ersten Schätzung“ 1 (three-hundred-and-thirty-eighth: „aus der ersten
  Ernteschätzung“ - a singular with its article, unlike „nach ersten Schätzungen“,
  sixteenth), "the 17th confirmed case" 17, "a second round of aid" 2
  (three-hundred-and-eighty-ninth). "a record", "the lowest", "the smallest", "the largest",
  "its highest", "the highest rate", "the most for the month", „Am stärksten“ and "one of
  their smallest wheat crops in decades" carry none ("one of" counts nothing,
  three-hundred-and-eighty-ninth).
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"): „binnen 14 Monaten“ 14
  months and „binnen fünf Jahren“ 5 years („binnen“ no hedge), „während rund drei Stunden“ 3
  hours "about" (Swiss „während“ no hedge, four-hundred-and-fifty-first), „Für 72 Stunden“
  72 hours („Für“ no hedge), „gut sechs Stunden“ 6 hours "over"
  (three-hundred-and-thirty-eighth: „gut fünf Stunden“), „etwa zwei Wochen früher als
  üblich“ 2 weeks "about" (two-hundred-and-fifty-ninth), „das zehnjährige Mittel“ 10 years
  (three-hundred-and-eighty-ninth), "in two years" 2 years
  (three-hundred-and-thirty-eighth), "the lowest for the date in six years" 6 years
  (three-hundred-and-thirty-eighth: "the lowest in five years"), "within 30 days" 30 days
  ("within" no hedge), "for at least 30 days" 30 days "at_least", "the average of the past
  five years" 5 years (three-hundred-and-eighty-ninth: „der vergangenen fünf Jahre“), "for
  12 months" 12 months, "in the 12 months through September" 12 months
  (four-hundred-and-twentieth: "over the 12 months to September"). None: „heuer“, „im
  Vorjahr“, „ein Jahr zuvor“, „vor einem Jahr“, „im Jahr“, „im kommenden Jahr“, „in diesem
  Jahr“, „Für das laufende Wirtschaftsjahr“, „im vergangenen Wirtschaftsjahr“, „seit Anfang
  Mai“, „bis zum Sommer“, „im Frühjahr“, „im Jänner“, „im Dezember“, „im März“, „im April“,
  „im Juli“, „im November“, „bis Montagmittag“, „vom Wochenende“, „am Dienstagabend“, "this
  year", "last year", "a year earlier", "a year ago", "last fall", "last week", "next week",
  "next year", "next spring", "in a month", "so far", "the coming weeks", "later this
  month", "before summer", "in the spring", "by the end of October", "in early September",
  "since October", "before the end of the year", "a year" and weekdays.
- Years, seasons and dates: "in 2029", "since July 2022", "of 2029 world cereal output",
  „Seit 2020“, "since 2027" (twice), „als im April 2029“, "since 1990", "since 1989", "the
  2030 U.S. corn crop", "Under a 2023 arrangement", „im Mittel der Jahre 2024 bis 2029“ both
  years (four-hundred-and-fifty-first: „der Jahre 1991 bis 2020“), „rund ein Zehntel weniger
  als 2029“, „dürfte 2030“, "since 2018", „haben 2029“, „seit 2020“, "Russia's 2030 wheat
  harvest", "since 2022" (twice), „seit 2015“, "since 2016", „ist 2029 laut Agroscope“,
  "since March 2024" the years; seasons and marketing years give both years ("the 2030/31
  marketing year", "in 2030/31", "the 2030/31 season", „im Wirtschaftsjahr 2029/30“;
  eighty-eighth, hundred-fifteenth, three-hundred-and-eighty-ninth). New: "in the year to
  February 2030" gives the year 2030 and no duration - "the year to" a month names a
  reporting period as "in the year to June" does, which carries none
  (two-hundred-and-fifty-ninth), and the year written with the month is a year as "July
  2029" was (four-hundred-and-fifty-first). Dates without a year: "as of Dec. 1" --12-01,
  "on April 1" --04-01, "between Feb. 15 and June 30" --02-15 and --06-30, "on July 1"
  --07-01, „zum 1. November“ --11-01, „Ab 1. Jänner“ --01-01 (the Austrian month, tenth,
  three-hundred-and-eighty-ninth), „zum 1. Juli“ --07-01. Reuters datelines with a day
  ("WASHINGTON, Jan 10 (Reuters)", "ROME, Feb 7 (Reuters)", "NEW DELHI, April 22 (Reuters)",
  "WARSAW, June 12 (Reuters)", "WASHINGTON, Aug 12 (Reuters)", "PARIS, Sept 5 (Reuters)",
  "MOSCOW, Oct 2 (Reuters)", "LONDON, Nov 6 (Reuters)") are dates without a year
  (hundred-fifty-ninth, three-hundred-and-thirty-eighth, three-hundred-and-eighty-ninth);
  dpa ("Berlin (dpa) -" three times, "Potsdam (dpa/bb) -", "Wiesbaden (dpa) -", "Bodenheim
  (dpa/lrs) -", "Oldenburg (dpa/lni) -"), APA ("Wien (APA) -" four times, "Graz (APA) -"),
  Keystone-SDA ("Bern (Keystone-SDA) -", "Zürich (Keystone-SDA) -", "Ettenhausen TG
  (Keystone-SDA) -" - the canton letters none), AP ("DES MOINES, Iowa (AP) —", "WICHITA,
  Kan. (AP) —", "WASHINGTON (AP) —") and PA ("LONDON (PA) -" three times, "NORWICH (PA) -")
  datelines none (seventy-ninth). Months alone, "a May freeze", "a March heatwave",
  "November shipment", "December delivery", "CBOT March corn" and "BTV-3" (forty-second)
  carry none.
- Counts of people, tractors and groups (every batch): protest counts („Mit rund 2.600
  Traktoren“, „etwa 7.400 Menschen“, „mehr als 10.000 Teilnehmenden“ "over", „Rund 900
  Bäuerinnen und Bauern ... mit gut 350 Traktoren“ "about" and "over", „Rund 400 Milchbauern
  ... mit etwa 150 Traktoren“; two-hundred-and-fifty-ninth,
  three-hundred-and-thirty-eighth), "the three governments" and "the three countries" 3 (a
  definite group, forty-first; three-hundred-and-eighty-eighth: "the two presidents"). None:
  „Mehrere Staaten“, "All birds", „aus ganz Deutschland“, „in ganz Brandenburg“, "every
  farmer", "many growers", „Viele Betriebe“, „Manche Winzer“.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "an estimated"
  "about"; „knapp“, „Fast“, „fast“, "nearly" "nearly"; „gut“, „mehr als“, "more than"
  "over"; „unter“ right before a figure "under"; „bis zu“, "up to" "up_to"; „mindestens“,
  "at least" "at_least"; „höchstens“, "no more than" "at_most". No hedge: „im Schnitt“,
  „durchschnittlich“, „zusammen“, „Alle“, „nur noch“, „teils nur“, „teils“, „zuletzt“,
  „derzeit“, „bereits“, „weitere“, „binnen“, „während“, „Für“, the „bis“ and "to" of a
  range, "just", "only", "other", "a record", "a combined", "averaged", "topped", "capped",
  "within", "up from", "down from", "against", and „mehr“, „weniger“, „billiger“, „teurer“,
  "less", "above" and "below" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „Nach Angaben der
  Polizei“ -> "die Polizei" (seventieth, hundred-ninetieth,
  three-hundred-and-thirty-eighth); „wie das Statistische Bundesamt am Donnerstag mitteilte“
  -> "das Statistische Bundesamt" (three-hundred-and-eighty-ninth), „teilte der Deutsche
  Bauernverband am Mittwoch mit“ -> "der Deutsche Bauernverband" and „teilte die
  Landwirtschaftskammer Niederösterreich am Dienstag mit“ -> "die Landwirtschaftskammer
  Niederösterreich" (the weekday dropped; hundred-fourteenth,
  three-hundred-and-eighty-ninth); „X sagte, ...“ and „sagte X“ with the title dropped
  („Bauernpräsident Hinrich Wöltjen“ twice, „SBV-Präsident Ueli Brügger“,
  „Landwirtschaftskammer-Präsident Johann Spitzbart“, „Agrarminister Reinhard Pöthke“,
  „Obstbaupräsident Franz Kainz-Lechner“, „Direktor Marco Kalbermatten“,
  „Erdäpfelbauern-Obmann Florian Scheiblhofer“, „SBV-Vizepräsidentin Annemarie
  Käser-Bigler“, „Weinbaupräsidentin Ute Pfaffenberger-Rill“, „BDM-Vorsitzende Silke
  Ommen-Büssing“, „sagte Generaldirektor Markus Tauchhammer“; hundred-eightieth,
  three-hundred-and-thirty-eighth, three-hundred-and-eighty-ninth), with the bank after the
  name dropped („Ökonomin Vanessa Lichtenau von der Nordwestbank sagte“;
  three-hundred-and-thirty-eighth: „Ökonomin Ines Raschke von der Landesbank Mainufer
  sagte“), and „Wöltjen sagte, ...“ opening the row (forty-second,
  two-hundred-and-forty-fourth). English: "..., the Agriculture Department said on Thursday,
  ..." and "..., the Agriculture Department said Wednesday." -> "the Agriculture Department"
  (a form the three-hundred-and-thirty-eighth and three-hundred-and-eighty-ninth batches
  left unchecked only to keep their counts), "Defra said" (three-hundred-and-thirty-eighth,
  the same), "..., the Food and Agriculture Organization said on Thursday."
  (hundred-fifteenth, three-hundred-and-thirty-eighth), the name with the role dropped ("NFU
  president Owain Trefor-Jenkins said", "FAO senior economist Leandro Fiorucci said", "Iowa
  Agriculture Secretary Craig Hinderaker said", "Food Secretary Sanjeev Kumbhat said",
  "British Growers chief executive Fiona Haddlesey said", "Polish Agriculture Minister
  Tomasz Wierciński said", "Kansas Wheat chief executive Travis Ebersole said", "Chief
  veterinary officer Helen Marbury-Stokes said", "department economist Renee Holtzclaw
  said", "Agriculture Secretary Dana Kemble-Ortiz said", "BRC chief executive Imogen Sallows
  said"; two-hundred-and-fifty-ninth, three-hundred-and-thirty-eighth,
  three-hundred-and-eighty-ninth), "Ebersole said" after a fact as written
  (three-hundred-and-eighty-eighth: "Farnsworth said"), "said Lachlan Dunmore-Kidd, an
  analyst at CRU" the name (fifteenth, hundred-tenth, four-hundred-and-fifty-first: "said
  Oonagh Merriweather, a hydrologist at ..."), "Yara said" as written (three-hundredth:
  "Lufthansa said"; four-hundred-and-twentieth: "Veridane said it expected ..."). Each row's
  diacritics are its speaker's („Ueli Brügger“, „Silke Ommen-Büssing“, "Tomasz Wierciński";
  four-hundred-and-twentieth). Left unchecked although earlier batches settled the form, to
  keep the checked speakers near 35 (as the three-hundred-and-thirty-eighth,
  three-hundred-and-eighty-ninth and four-hundred-and-fifty-first did): „wie Schweizer Hagel
  mitteilte“, „teilte das Deutsche Weininstitut am Dienstag mit“, „wie die Statistik Austria
  am Mittwoch mitteilte“, „laut AMA“ and „laut Agroscope“ (four-hundred-and-fifty-first:
  „laut GeoSphere Austria“), "the USDA said", "Defra said" in the bluetongue lead, "the
  department said", and "the agriculture ministry said on Thursday" (Paris) and "... on
  Wednesday" (Moscow). Left unchecked as unsettled or excluded (None): all negatives, also
  those with a named speaker; roles („Der Minister kündigte an“, „wie die Forschungsanstalt
  weiter mitteilte“, „Eine Sprecherin des Unternehmens“, „ließ ein Regierungssprecher
  offen“; thirty-seventh, hundred-fifteenth), plural and collective sources ("Analysts at
  StoneX said", "state agriculture officials said Tuesday that", "the three governments
  said", "traders said", "growers' groups said", „Die Detailhändler wiesen ... zurück“;
  forty-first), "The government said" (hundred-fifteenth, two-hundred-and-forty-second),
  "The European Commission said" (two-hundred-and-forty-fourth), "Kyiv said" (a capital
  speaking for its government; hundred-thirty-seventh, hundred-seventy-ninth,
  three-hundred-and-forty-eighth), possessives heading the source ("the Agriculture
  Department's Kansas field office said", "Ukraine's agriculture ministry said";
  eighty-third), a description before a body's name ("Market researcher Kantar said",
  "Consultancy SovEcon cut"; fortieth), „hieß es bei der Österreichischen Hagelversicherung“
  (four-hundred-and-twentieth: „hieß es bei Verdi“), a masculine genitive („nach Angaben des
  Landkreises“; hundredth), compounds („Nach Polizeiangaben“;
  three-hundred-and-seventy-first), „nach eigenen Angaben“, data, documents and reports
  („Das geht aus ... hervor“, „So steht es im Grünen Bericht“, „laut Bericht“, „laut dem
  Bericht“, „Laut Landesamt für Statistik“, "a government order showed", "Met Office figures
  show", "Department for Environment, Food and Rural Affairs figures showed", "industry data
  showed", "federal court data show"; hundred-ninety-fourth, three-hundred-and-thirtieth),
  estimating verbs („Der Versicherer schätzt“, „Die Versicherung schätzt“, „erwartet der
  Verband“, „rechnet der Verband“, "The farm ministry had estimated", "traders now put it",
  "The department pegged", "the FAO ... lifted its estimate"; hundred-tenth), verbs not of
  saying („sprach von“, „bestätigte“, „forderte ... auf“, „kündigte an“, „legte ... vor“,
  „wiesen ... zurück“, "cut", "proposed"), and every "according to" (the U.S. Department of
  Agriculture's data, agriculture ministry data, the AHDB three times, the National Sheep
  Association, ministry calculations, LSEG data, the British Retail Consortium;
  two-hundred-and-fourth).
- Negatives (fifty-fifth, hundred-fifteenth, hundred-ninetieth, two-hundred-and-fourth,
  two-hundred-and-fifty-ninth, three-hundred-and-thirty-eighth,
  three-hundred-and-eighty-ninth), none with a figure: rhetoric and cries in quotes (the
  pairs above, the Chicago broker's, the farmer's near Dodge City, the St. Louis analyst's,
  the grower's near Saint-Émilion, the soybean grower's near Fargo, the Styrian fruit
  grower's vox pop, Gfeller's «... weniger als alle anderen» - a comparison without a
  figure); labels („Die Grünen nannten die Hilfe ...“, „Die SPÖ sprach von einem ...“, „Eine
  Sprecherin des Unternehmens nannte die Blockade ...“, "Senate Democrats called the aid
  ..."); a verdict with „halten ... für“ in the impersonal form („Im Bundesrat hält man die
  Kürzung dennoch für vertretbar.“; ninety-eighth); warnings and forecasts without a figure
  ("Farm leaders warned that ...", "Traders said the size of the South American soybean crop
  would set the tone ...", "The agency said it was too early to judge ...", "Economists said
  shoppers should not expect relief ...", "Traders said the ban could push importers ...",
  "Diplomats in Brussels said a compromise was unlikely ...", "Grain elevator managers said
  they expected a quiet summer.", "Analysts said crop tours later this month would show
  ...", "The ministry said its estimate could still change ...", "Analysts expect many
  growers ... to cut nitrogen rates ...", "The consortium said it expected price rises to
  ease ..."); an appeal to animal keepers naming no rule („Tierhalter in ganz Ostdeutschland
  sind aufgerufen, ...“; three-hundred-and-thirty-eighth) and an appeal to farmers
  (Marbury-Stokes's "We are asking every farmer ..."); fears ("Growers said they feared
  ...", „Viele Ackerbauern fürchten, ...“; three-hundred-and-eighty-ninth: „Viele
  Ackerbauern fürchten“), a grievance naming no measure ("Sheep farmers in Kent said the
  restrictions could not have come at a worse time ..."), a hope („Der Verband hofft auf ein
  Einlenken der Koalition im Frühjahr.“) and a doubt („..., bezweifeln
  Konsumentenschützer.“; two-hundred-and-fourth: „bezweifeln“); open questions and evasions
  („Ob die Koalition ... festhält, ließ ein Regierungssprecher offen.“, „Ob die Preise im
  Frühjahr wieder anziehen, wagte in der Branche niemand vorherzusagen.“, „Ob der Bund ...
  unter die Arme greift, ist noch offen.“, „Ob die Verarbeiter ... zukaufen müssen, wollte
  die Branche nicht sagen.“, "Whether the ministry will also raise the duty's base price
  remains unclear."; two-hundred-and-fourth, three-hundred-and-eighty-eighth). As the brief
  for these batches asks, negatives carry no expected quantities, and this batch writes no
  figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_456 = [
    # --- A record U.S. corn crop in the USDA's annual report (Reuters), January 10 ---
    (
        "en",
        "WASHINGTON, Jan 10 (Reuters) - U.S. farmers harvested a record 15.9 billion bushels of corn in 2029, the Agriculture Department said on Thursday, beating its own December estimate by 84 million bushels.",
        True,
        [
            ("date", "--01-10", None, None),
            ("count", 15900000000, None, None),
            ("year", 2029, None, None),
            ("count", 84000000, None, None),
        ],
        "the Agriculture Department",
    ),
    (
        "en",
        "The average yield was put at 184.2 bushels per acre, up from 181.6 bushels a year earlier.",
        True,
        [("count", 184.2, None, None), ("count", 181.6, None, None)],
        None,
    ),
    (
        "en",
        "Soybean production came in at 4.12 billion bushels, slightly below the average analyst estimate of 4.16 billion in a Reuters poll.",
        True,
        [("count", 4120000000, None, None), ("count", 4160000000, None, None)],
        None,
    ),
    (
        "en",
        "Quarterly corn stocks as of Dec. 1 stood at 12.47 billion bushels, the department said.",
        True,
        [("date", "--12-01", None, None), ("count", 12470000000, None, None)],
        None,
    ),
    (
        "en",
        "CBOT March corn lost 9-1/4 cents to settle at $4.21-1/2 a bushel after the report.",
        True,
        [("money", 0.0925, "USD", None), ("money", 4.215, "USD", None)],
        None,
    ),
    (
        "en",
        "Analysts at StoneX said farmers were still holding about 30% of their unsold corn in the hope of higher prices in the spring.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "\"The market simply wasn't ready for a crop this big,\" said a broker in Chicago.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Traders said the size of the South American soybean crop would set the tone for the coming weeks.",
        False,
        [],
        None,
    ),
    # --- Tractors in Berlin against the farm-diesel cut (dpa), January 14 ---
    (
        "de",
        "Berlin (dpa) - Mit rund 2.600 Traktoren haben Landwirte aus ganz Deutschland am Montag gegen die geplante Kürzung der Agrardiesel-Rückvergütung protestiert.",
        True,
        [("count", 2600, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Polizei zogen etwa 7.400 Menschen vom Brandenburger Tor zum Kanzleramt.",
        True,
        [("count", 7400, None, "about")],
        "die Polizei",
    ),
    (
        "de",
        "Der Deutsche Bauernverband sprach von mehr als 10.000 Teilnehmenden.",
        True,
        [("count", 10000, None, "over")],
        None,
    ),
    (
        "de",
        "Bisher erhalten die Betriebe 22,15 Cent je Liter Diesel zurück, künftig sollen es nur noch 12 Cent sein.",
        True,
        [("money", 0.2215, "EUR", None), ("money", 0.12, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bauernpräsident Hinrich Wöltjen sagte, ein durchschnittlicher Ackerbaubetrieb mit 120 Hektar verliere dadurch etwa 2.900 Euro im Jahr.",
        True,
        [("count", 120, None, None), ("money", 2900, "EUR", "about")],
        "Hinrich Wöltjen",
    ),
    (
        "de",
        "„Wer den Bauern den Diesel nimmt, nimmt dem Land das Brot“, rief Wöltjen den Demonstranten zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung will mit der Kürzung nach eigenen Angaben rund 440 Millionen Euro im Jahr einsparen.",
        True,
        [("money", 440000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Es war bereits der dritte Traktorkorso in der Hauptstadt binnen 14 Monaten.",
        True,
        [("ordinal", 3, None, None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "de",
        "Ob die Koalition an dem Vorhaben festhält, ließ ein Regierungssprecher offen.",
        False,
        [],
        None,
    ),
    # --- Farm incomes in England (PA), January 28 ---
    (
        "en",
        "LONDON (PA) - Average incomes on English cereal farms fell by 38% to £41,200 in the year to February 2030, Department for Environment, Food and Rural Affairs figures showed.",
        True,
        [("percent", 38, "%", None), ("money", 41200, "GBP", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Dairy farms saw their average income rise by 12% to £118,500, helped by higher milk prices.",
        True,
        [("percent", 12, "%", None), ("money", 118500, "GBP", None)],
        None,
    ),
    (
        "en",
        "Lowland grazing livestock farms averaged just £17,300, Defra said.",
        True,
        [("money", 17300, "GBP", None)],
        "Defra",
    ),
    (
        "en",
        "About one in five farms made a loss before any subsidy payments were counted.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "NFU president Owain Trefor-Jenkins said fertiliser and fuel costs on arable farms had risen by about £95 a hectare in two years.",
        True,
        [("money", 95, "GBP", "about"), ("duration", 2, "year", None)],
        "Owain Trefor-Jenkins",
    ),
    (
        "en",
        '"Nobody can run a business on returns like these for long," Trefor-Jenkins said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government said its Sustainable Farming Incentive had so far paid out £1.1 billion to 38,000 farm businesses.",
        True,
        [("money", 1100000000, "GBP", None), ("count", 38000, None, None)],
        None,
    ),
    (
        "en",
        "Farm leaders warned that more families would be forced to sell up unless prices improved.",
        False,
        [],
        None,
    ),
    # --- The FAO food price index (Reuters), February 7 ---
    (
        "en",
        "ROME, Feb 7 (Reuters) - World food prices rose for a third consecutive month in January, driven by dearer vegetable oils and dairy products, the Food and Agriculture Organization said on Thursday.",
        True,
        [("date", "--02-07", None, None), ("ordinal", 3, None, None)],
        "the Food and Agriculture Organization",
    ),
    (
        "en",
        "The FAO Food Price Index averaged 131.4 points, up 1.6% from December and 4.9% above its level a year earlier.",
        True,
        [("count", 131.4, None, None), ("percent", 1.6, "%", None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "The vegetable oil index jumped 5.8%, its highest since July 2022.",
        True,
        [("percent", 5.8, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Cereal prices slipped 0.7%, with ample supplies from the record U.S. corn crop weighing on maize quotations.",
        True,
        [("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "FAO senior economist Leandro Fiorucci said heavy rains in Malaysia and Indonesia had cut palm oil output and tightened export supplies.",
        True,
        [],
        "Leandro Fiorucci",
    ),
    (
        "en",
        '"Consumers in import-dependent countries are the ones who feel this first," Fiorucci said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The FAO, in a separate report, lifted its estimate of 2029 world cereal output to 2.89 billion tonnes.",
        True,
        [("year", 2029, None, None), ("count", 2890000000, None, None)],
        None,
    ),
    (
        "en",
        "The agency said it was too early to judge how the northern hemisphere's winter crops would fare.",
        False,
        [],
        None,
    ),
    # --- Farmers on the Bundesplatz (Keystone-SDA), February 23 ---
    (
        "de",
        "Bern (Keystone-SDA) - Rund 900 Bäuerinnen und Bauern sind am Samstag mit gut 350 Traktoren auf den Bundesplatz gefahren.",
        True,
        [("count", 900, None, "about"), ("count", 350, None, "over")],
        None,
    ),
    (
        "de",
        "Sie fordern vom Detailhandel um mindestens 10 Prozent höhere Produzentenpreise für Milch, Fleisch und Getreide.",
        True,
        [("percent", 10, "%", "at_least")],
        None,
    ),
    (
        "de",
        "SBV-Präsident Ueli Brügger sagte, das Einkommen je Familienarbeitskraft liege mit rund 56'000 Franken deutlich unter dem Lohn in vergleichbaren Berufen.",
        True,
        [("money", 56000, "CHF", "about")],
        "Ueli Brügger",
    ),
    (
        "de",
        "«Wir sind keine Bittsteller, wir sind die, die dieses Land ernähren», sagte Brügger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Kundgebung war bewilligt, der Verkehr in der Berner Innenstadt blieb während rund drei Stunden blockiert.",
        True,
        [("duration", 3, "hour", "about")],
        None,
    ),
    (
        "de",
        "Die Detailhändler wiesen die Forderung zurück, ihre Margen im Lebensmittelgeschäft lägen bei unter 2 Prozent.",
        True,
        [("percent", 2, "%", "under")],
        None,
    ),
    # --- Austria's milk price in January (APA), February 26 ---
    (
        "de",
        "Wien (APA) - Die österreichischen Molkereien haben ihren Lieferanten im Jänner im Schnitt 48,7 Cent je Kilogramm Milch bezahlt, um 1,9 Cent weniger als im Dezember.",
        True,
        [("money", 0.487, "EUR", None), ("money", 0.019, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus den am Dienstag veröffentlichten Daten der Agrarmarkt Austria (AMA) hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für Biomilch lag der Erzeugerpreis bei 60,2 Cent, für Heumilch bei 55,4 Cent.",
        True,
        [("money", 0.602, "EUR", None), ("money", 0.554, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Anlieferung stieg gegenüber dem Vorjahresmonat um 2,3 Prozent auf rund 287.000 Tonnen.",
        True,
        [("percent", 2.3, "%", None), ("count", 287000, None, "about")],
        None,
    ),
    (
        "de",
        "Landwirtschaftskammer-Präsident Johann Spitzbart sagte, heuer würden die Kosten für Futter und Energie je Kilogramm Milch bei gut 45 Cent liegen.",
        True,
        [("money", 0.45, "EUR", "over")],
        "Johann Spitzbart",
    ),
    (
        "de",
        "„Wenn die Molkereien weiter kürzen, sperren die nächsten Höfe zu“, sagte Spitzbart.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2020 hat laut AMA jeder fünfte Milchviehbetrieb in Österreich aufgegeben.",
        True,
        [("year", 2020, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Preise im Frühjahr wieder anziehen, wagte in der Branche niemand vorherzusagen.",
        False,
        [],
        None,
    ),
    # --- Foot-and-mouth disease in Oder-Spree (dpa/bb), March 13 ---
    (
        "de",
        "Potsdam (dpa/bb) - In einem Rinderbestand im Landkreis Oder-Spree ist die Maul- und Klauenseuche ausgebrochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Friedrich-Loeffler-Institut bestätigte am Dienstagabend den Verdacht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Alle 340 Rinder des Betriebs sowie 85 Schafe eines Nachbarhofs wurden getötet.",
        True,
        [("count", 340, None, None), ("count", 85, None, None)],
        None,
    ),
    (
        "de",
        "Die Behörden zogen um den Ausbruchsort eine Schutzzone mit drei und eine Überwachungszone mit zehn Kilometern Radius.",
        True,
        [("count", 3, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "In der Überwachungszone liegen nach Angaben des Landkreises 57 Betriebe mit zusammen rund 9.800 Klauentieren.",
        True,
        [("count", 57, None, None), ("count", 9800, None, "about")],
        None,
    ),
    (
        "de",
        "Agrarminister Reinhard Pöthke sagte, es sei der zweite Ausbruch der Seuche in Deutschland binnen fünf Jahren.",
        True,
        [("ordinal", 2, None, None), ("duration", 5, "year", None)],
        "Reinhard Pöthke",
    ),
    (
        "de",
        "Für 72 Stunden gilt in ganz Brandenburg ein Transportverbot für Rinder, Schweine, Schafe und Ziegen.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "„Wir tun alles, damit sich das Virus nicht weiter ausbreitet“, sagte Pöthke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mehrere Staaten, darunter Südkorea und Mexiko, stoppten umgehend die Einfuhr von deutschem Schweinefleisch.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Tierhalter in ganz Ostdeutschland sind aufgerufen, ihre Bestände genau zu beobachten.",
        False,
        [],
        None,
    ),
    # --- Bird flu and egg prices in Iowa (AP), March 19 ---
    (
        "en",
        "DES MOINES, Iowa (AP) — State agriculture officials said Tuesday that an egg operation in northwest Iowa housing about 4.2 million hens has tested positive for bird flu.",
        True,
        [("count", 4200000, None, "about")],
        None,
    ),
    (
        "en",
        "No outbreak in the state has been this large since 2027, when more than 6 million birds were lost.",
        True,
        [("year", 2027, None, None), ("count", 6000000, None, "over")],
        None,
    ),
    (
        "en",
        "All birds on the site will be destroyed, and a 10-kilometer (6.2-mile) control area has been set up around it.",
        True,
        [("count", 10, None, None), ("count", 6.2, None, None)],
        None,
    ),
    (
        "en",
        "Iowa Agriculture Secretary Craig Hinderaker said 41 other poultry flocks lay inside the zone.",
        True,
        [("count", 41, None, None)],
        "Craig Hinderaker",
    ),
    (
        "en",
        "\"This virus doesn't care how careful you are,\" Hinderaker said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Wholesale prices for large eggs in the Midwest jumped 48 cents to $3.87 a dozen last week, according to USDA data.",
        True,
        [("money", 0.48, "USD", None), ("money", 3.87, "USD", None)],
        None,
    ),
    (
        "en",
        "Nationwide, nearly 19 million egg-laying birds have been culled since October, the USDA said.",
        True,
        [("count", 19000000, None, "nearly")],
        None,
    ),
    (
        "en",
        "Federal indemnity payments to affected producers have topped $310 million this year.",
        True,
        [("money", 310000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Economists said shoppers should not expect relief at the grocery store before summer.",
        False,
        [],
        None,
    ),
    # --- Frost in Styria's orchards (APA), April 10 ---
    (
        "de",
        "Graz (APA) - Zwei Frostnächte mit Temperaturen von bis zu minus 6,5 Grad haben in der Steiermark große Teile der Apfelblüte vernichtet.",
        True,
        [("count", 2, None, None), ("count", -6.5, None, "up_to")],
        None,
    ),
    (
        "de",
        "Rund 8.500 Hektar Obstanlagen und Weingärten seien geschädigt, hieß es bei der Österreichischen Hagelversicherung.",
        True,
        [("count", 8500, None, "about")],
        None,
    ),
    (
        "de",
        "Der Versicherer schätzt den Schaden in der Landwirtschaft auf rund 48 Millionen Euro.",
        True,
        [("money", 48000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "In der Südoststeiermark, wo rund zwei Drittel der heimischen Äpfel wachsen, sei teils die gesamte Blüte erfroren.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Obstbaupräsident Franz Kainz-Lechner sagte, heuer sei mit höchstens 60.000 Tonnen Tafeläpfeln zu rechnen, nach 165.000 Tonnen im Vorjahr.",
        True,
        [("count", 60000, None, "at_most"), ("count", 165000, None, None)],
        "Franz Kainz-Lechner",
    ),
    (
        "de",
        "„So einen Frost habe ich am Hof noch nie erlebt“, sagte ein Obstbauer aus Puch bei Weiz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land Steiermark kündigte eine Soforthilfe von 5 Millionen Euro an.",
        True,
        [("money", 5000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Grünen nannten die Hilfe „ein Pflaster auf einer offenen Wunde“.",
        False,
        [],
        None,
    ),
    # --- India bans wheat exports (Reuters), April 22 ---
    (
        "en",
        "NEW DELHI, April 22 (Reuters) - India banned wheat exports with immediate effect on Monday after a March heatwave cut yields, a government order showed.",
        True,
        [("date", "--04-22", None, None)],
        None,
    ),
    (
        "en",
        "The farm ministry had estimated the crop at 112.4 million tonnes in February, but traders now put it at no more than 104 million tonnes.",
        True,
        [("count", 112400000, None, None), ("count", 104000000, None, "at_most")],
        None,
    ),
    (
        "en",
        "State stockpiles of wheat stood at 9.1 million tonnes on April 1, the lowest for the date in six years.",
        True,
        [
            ("count", 9100000, None, None),
            ("date", "--04-01", None, None),
            ("duration", 6, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Food Secretary Sanjeev Kumbhat said shipments already backed by letters of credit, about 1.3 million tonnes, would be allowed to leave.",
        True,
        [("count", 1300000, None, "about")],
        "Sanjeev Kumbhat",
    ),
    (
        "en",
        '"Feeding our own people comes first," Kumbhat told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Benchmark wheat futures in Chicago rose 3.1% to $6.14 a bushel on the news.",
        True,
        [("percent", 3.1, "%", None), ("money", 6.14, "USD", None)],
        None,
    ),
    (
        "en",
        "Wholesale wheat prices in Delhi have risen to 2,890 rupees per quintal, about 14% above the government's support price.",
        True,
        [("money", 2890, "INR", None), ("percent", 14, "%", "about")],
        None,
    ),
    (
        "en",
        "Traders said the ban could push importers in Asia towards Australian and Russian wheat.",
        False,
        [],
        None,
    ),
    # --- Food prices in Germany (dpa), May 2 ---
    (
        "de",
        "Wiesbaden (dpa) - Für Nahrungsmittel mussten Verbraucher in Deutschland im April 4,6 Prozent mehr zahlen als im April 2029, wie das Statistische Bundesamt am Donnerstag mitteilte.",
        True,
        [("percent", 4.6, "%", None), ("year", 2029, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Inflationsrate insgesamt lag bei 2,4 Prozent, nach 2,2 Prozent im März.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Am stärksten stiegen die Preise für Olivenöl mit einem Plus von 18,9 Prozent und für Butter mit 12,3 Prozent.",
        True,
        [("percent", 18.9, "%", None), ("percent", 12.3, "%", None)],
        None,
    ),
    (
        "de",
        "Für ein Päckchen Butter mit 250 Gramm verlangen die Discounter seit Anfang Mai 2,59 Euro.",
        True,
        [("count", 250, None, None), ("money", 2.59, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gemüse war dagegen um 3,1 Prozent billiger als ein Jahr zuvor.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Ökonomin Vanessa Lichtenau von der Nordwestbank sagte, die Lebensmittelpreise dürften bis zum Sommer um weitere 1 bis 2 Prozent steigen.",
        True,
        [("percent", 1, "%", None), ("percent", 2, "%", None)],
        "Vanessa Lichtenau",
    ),
    (
        "de",
        "„Der Einkauf im Supermarkt bleibt für viele Haushalte ein Ärgernis“, sagte Lichtenau.",
        False,
        [],
        None,
    ),
    # --- Drought and water bans in East Anglia (PA), May 20 ---
    (
        "en",
        "NORWICH (PA) - The Environment Agency has stopped farmers taking water from 14 rivers and streams in Norfolk and Suffolk after the region's driest spring since 1990.",
        True,
        [("count", 14, None, None), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "Rainfall across East Anglia since the start of March has totalled just 61mm, 42% of the long-term average, Met Office figures show.",
        True,
        [("count", 61, None, None), ("percent", 42, "%", None)],
        None,
    ),
    (
        "en",
        "About 1,200 abstraction licences have been suspended, affecting an estimated 18,000 hectares of potatoes, onions and sugar beet.",
        True,
        [("count", 1200, None, "about"), ("count", 18000, None, "about")],
        None,
    ),
    (
        "en",
        "British Growers chief executive Fiona Haddlesey said irrigated potatoes could lose up to 40% of their yield if the ban lasted into July.",
        True,
        [("percent", 40, "%", "up_to")],
        "Fiona Haddlesey",
    ),
    (
        "en",
        "\"You can't grow a potato on promises,\" Haddlesey said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Defra said it would let farmers trade water between licences for the rest of the season.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Farmgate prices for old-crop potatoes have climbed to about £310 a tonne, against £160 a year ago, according to the AHDB.",
        True,
        [("money", 310, "GBP", "about"), ("money", 160, "GBP", None)],
        None,
    ),
    (
        "en",
        "Growers said they feared buyers would turn to imports from the Netherlands and Belgium.",
        False,
        [],
        None,
    ),
    # --- Hail in the Seeland and the Zürcher Weinland (Keystone-SDA), June 3 ---
    (
        "de",
        "Zürich (Keystone-SDA) - Nach den Hagelzügen vom Wochenende sind bei Schweizer Hagel bis Montagmittag rund 4'600 Schadenmeldungen eingegangen.",
        True,
        [("count", 4600, None, "about")],
        None,
    ),
    (
        "de",
        "Die Versicherung schätzt den Schaden an den Kulturen auf 22 bis 26 Millionen Franken.",
        True,
        [("money", 22000000, "CHF", None), ("money", 26000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen seien das Seeland und das Zürcher Weinland, wie Schweizer Hagel mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Hagelkörner erreichten teils einen Durchmesser von bis zu sieben Zentimetern.",
        True,
        [("count", 7, None, "up_to")],
        None,
    ),
    (
        "de",
        "Direktor Marco Kalbermatten sagte, in Gemüse- und Rebbaugebieten seien auf gut 2'300 Hektaren Totalschäden zu verzeichnen.",
        True,
        [("count", 2300, None, "over")],
        "Marco Kalbermatten",
    ),
    (
        "de",
        "«Solche Unwetter sind für uns längst keine Ausnahme mehr», sagte Kalbermatten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gegen Hagel versichert sind nach Branchenschätzungen rund 70 Prozent der Ackerflächen.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "Ob der Bund den betroffenen Gemüsebauern unter die Arme greift, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- Bans on Ukrainian grain (Reuters), June 12 ---
    (
        "en",
        "WARSAW, June 12 (Reuters) - Poland, Hungary and Slovakia will keep their bans on imports of Ukrainian wheat, maize, rapeseed and sunflower seed beyond the end of this month, the three governments said on Wednesday.",
        True,
        [("date", "--06-12", None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Polish Agriculture Minister Tomasz Wierciński said grain prices in eastern Poland had fallen by a quarter since Ukrainian shipments began flooding in.",
        True,
        [("fraction", 0.25, None, None)],
        "Tomasz Wierciński",
    ),
    (
        "en",
        '"Our farmers will not pay the price for a war they did not start," Wierciński said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ukraine exported 4.7 million tonnes of grain in May, 11% less than a year earlier, according to agriculture ministry data.",
        True,
        [("count", 4700000, None, None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Kyiv said it would file a complaint at the World Trade Organization within 30 days.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "The European Commission said the unilateral bans broke EU trade rules.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Under a 2023 arrangement, Ukrainian grain may still cross the three countries in sealed trucks and trains for export elsewhere.",
        True,
        [("year", 2023, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Diplomats in Brussels said a compromise was unlikely before the autumn.",
        False,
        [],
        None,
    ),
    # --- The German farmers' first harvest estimate (dpa), July 3 ---
    (
        "de",
        "Berlin (dpa) - Nach einem nassen Frühjahr erwarten die deutschen Bauern eine unterdurchschnittliche Getreideernte von knapp 39,6 Millionen Tonnen.",
        True,
        [("count", 39600000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das wären etwa 5 Prozent weniger als im Mittel der Jahre 2024 bis 2029, teilte der Deutsche Bauernverband am Mittwoch mit.",
        True,
        [("percent", 5, "%", "about"), ("year", 2024, None, None), ("year", 2029, None, None)],
        "der Deutsche Bauernverband",
    ),
    (
        "de",
        "Beim Winterweizen erwartet der Verband im Schnitt 71 Doppelzentner je Hektar, nach 76 Doppelzentnern im Vorjahr.",
        True,
        [("count", 71, None, None), ("count", 76, None, None)],
        None,
    ),
    (
        "de",
        "Auf leichten Böden in Brandenburg würden teils nur 45 dt/ha gedroschen.",
        True,
        [("count", 45, None, None)],
        None,
    ),
    (
        "de",
        "Bauernpräsident Hinrich Wöltjen sagte, in Niedersachsen und Schleswig-Holstein seien rund 60.000 Hektar Wintergerste wegen Staunässe gar nicht erst gesät worden.",
        True,
        [("count", 60000, None, "about")],
        "Hinrich Wöltjen",
    ),
    (
        "de",
        "„Das Wetter diktiert, wir können nur noch reagieren“, sagte Wöltjen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beim Raps rechnet der Verband mit 3,4 Millionen Tonnen, rund ein Zehntel weniger als 2029.",
        True,
        [
            ("count", 3400000, None, None),
            ("fraction", 0.1, None, "about"),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Erzeugerpreise für Brotweizen lagen zuletzt bei etwa 205 Euro je Tonne.",
        True,
        [("money", 205, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Viele Ackerbauern fürchten, dass die Kosten für Dünger und Pflanzenschutz die Erlöse auffressen.",
        False,
        [],
        None,
    ),
    # --- The Kansas wheat harvest (AP), July 9 ---
    (
        "en",
        "WICHITA, Kan. (AP) — Kansas farmers are cutting one of their smallest wheat crops in decades after a dry winter and a May freeze, with the state's production forecast at 214 million bushels.",
        True,
        [("count", 214000000, None, None)],
        None,
    ),
    (
        "en",
        "That would be 29% less than last year and the smallest harvest since 1989, the Agriculture Department's Kansas field office said.",
        True,
        [("percent", 29, "%", None), ("year", 1989, None, None)],
        None,
    ),
    (
        "en",
        "Yields are averaging 36 bushels an acre, down from 47 bushels last year.",
        True,
        [("count", 36, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "Kansas Wheat chief executive Travis Ebersole said about 1.4 million acres planted last fall had been abandoned or grazed out.",
        True,
        [("count", 1400000, None, "about")],
        "Travis Ebersole",
    ),
    (
        "en",
        "\"You keep hoping the rain comes, and then one day it's too late to matter,\" said a farmer near Dodge City.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hard red winter wheat futures in Kansas City rose 14 cents to $6.72 a bushel on Tuesday.",
        True,
        [("money", 0.14, "USD", None), ("money", 6.72, "USD", None)],
        None,
    ),
    (
        "en",
        "Protein levels in the samples tested so far average 13.1%, well above normal, Ebersole said.",
        True,
        [("percent", 13.1, "%", None)],
        "Ebersole",
    ),
    (
        "en",
        "Grain elevator managers said they expected a quiet summer.",
        False,
        [],
        None,
    ),
    # --- Austria's potato harvest after the drought (APA), August 6 ---
    (
        "de",
        "Wien (APA) - Die heimischen Erdäpfelbauern erwarten heuer wegen der Trockenheit im Juli nur rund 590.000 Tonnen Speise- und Industrieerdäpfel.",
        True,
        [("count", 590000, None, "about")],
        None,
    ),
    (
        "de",
        "Das entspräche einem Minus von 17 Prozent gegenüber dem Vorjahr, teilte die Landwirtschaftskammer Niederösterreich am Dienstag mit.",
        True,
        [("percent", 17, "%", None)],
        "die Landwirtschaftskammer Niederösterreich",
    ),
    (
        "de",
        "Im Weinviertel seien die Hektarerträge auf teils unter 25 Tonnen gesunken, im Schnitt sind es 38 Tonnen.",
        True,
        [("count", 25, None, "under"), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Zusätzlich habe der Drahtwurm auf rund 3.000 Hektar Schäden angerichtet.",
        True,
        [("count", 3000, None, "about")],
        None,
    ),
    (
        "de",
        "Erdäpfelbauern-Obmann Florian Scheiblhofer sagte, die Erzeuger bräuchten mindestens 30 Euro je 100 Kilogramm, um ihre Kosten zu decken.",
        True,
        [("money", 30, "EUR", "at_least"), ("count", 100, None, None)],
        "Florian Scheiblhofer",
    ),
    (
        "de",
        "„Ohne Bewässerung hat der Erdäpfelbau im Weinviertel keine Zukunft“, sagte Scheiblhofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Handel kostet das Kilogramm heimischer Erdäpfel derzeit im Schnitt 1,49 Euro, um 22 Cent mehr als vor einem Jahr.",
        True,
        [("money", 1.49, "EUR", None), ("money", 0.22, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob die Verarbeiter Ware aus Deutschland zukaufen müssen, wollte die Branche nicht sagen.",
        False,
        [],
        None,
    ),
    # --- The USDA's August crop report (Reuters), August 12 ---
    (
        "en",
        "WASHINGTON, Aug 12 (Reuters) - Drought in the western Corn Belt led the U.S. Department of Agriculture on Monday to cut its forecast for the 2030 U.S. corn crop to 15.21 billion bushels, below all estimates in a Reuters poll of analysts.",
        True,
        [
            ("date", "--08-12", None, None),
            ("year", 2030, None, None),
            ("count", 15210000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "The department pegged the average corn yield at 177.3 bushels per acre, down from 181.0 bushels in July.",
        True,
        [("count", 177.3, None, None), ("count", 181.0, None, None)],
        None,
    ),
    (
        "en",
        "Soybean production was forecast at 4.38 billion bushels, with a yield of 52.1 bushels per acre.",
        True,
        [("count", 4380000000, None, None), ("count", 52.1, None, None)],
        None,
    ),
    (
        "en",
        "U.S. wheat production for the 2030/31 marketing year was seen at 1.84 billion bushels.",
        True,
        [("year", 2030, None, None), ("year", 2031, None, None), ("count", 1840000000, None, None)],
        None,
    ),
    (
        "en",
        "Ending stocks of corn in 2030/31 were projected at 1.79 billion bushels, down 210 million from July.",
        True,
        [
            ("year", 2030, None, None),
            ("year", 2031, None, None),
            ("count", 1790000000, None, None),
            ("count", 210000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Corn futures for December delivery jumped 16-3/4 cents to $4.48-1/2 a bushel.",
        True,
        [("money", 0.1675, "USD", None), ("money", 4.485, "USD", None)],
        None,
    ),
    (
        "en",
        '"Nobody had a number this low," said a grain analyst in St. Louis.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said crop tours later this month would show whether the USDA had cut deep enough.",
        False,
        [],
        None,
    ),
    # --- Swiss bread grain (Keystone-SDA), August 14 ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Brotgetreideernte fällt heuer mit rund 352'000 Tonnen unterdurchschnittlich aus.",
        True,
        [("count", 352000, None, "about")],
        None,
    ),
    (
        "de",
        "Das geht aus einer ersten Schätzung von Swiss Granum hervor.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Bedarf der Mühlen liegt bei gut 420'000 Tonnen, die Lücke muss mit Importen gedeckt werden.",
        True,
        [("count", 420000, None, "over")],
        None,
    ),
    (
        "de",
        "Wegen des nassen Wetters im Juli sei rund ein Viertel des Weizens nur als Futtergetreide verwertbar.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Der Richtpreis für Brotweizen der Klasse Top sinkt um 1.50 auf 51 Franken je 100 Kilogramm.",
        True,
        [("money", 1.5, "CHF", None), ("money", 51, "CHF", None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "SBV-Vizepräsidentin Annemarie Käser-Bigler sagte, viele Betriebe hätten Ertragseinbussen von 20 bis 30 Prozent.",
        True,
        [("percent", 20, "%", None), ("percent", 30, "%", None)],
        "Annemarie Käser-Bigler",
    ),
    (
        "de",
        "«Ein Jahr wie dieses stellt die ganze Branche auf die Probe», sagte Käser-Bigler.",
        False,
        [],
        None,
    ),
    # --- Bluetongue in Kent (PA), August 20 ---
    (
        "en",
        "LONDON (PA) - A 20-kilometre restriction zone has been declared around a farm in Kent after bluetongue was confirmed in a flock of sheep, Defra said.",
        True,
        [("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Chief veterinary officer Helen Marbury-Stokes said the BTV-3 virus had been found in 6 of the 214 sheep tested.",
        True,
        [("count", 6, None, None), ("count", 214, None, None)],
        "Helen Marbury-Stokes",
    ),
    (
        "en",
        "Animals inside the zone may not be moved off farms for at least 30 days without a licence.",
        True,
        [("duration", 30, "day", "at_least")],
        None,
    ),
    (
        "en",
        "It is the 17th confirmed case in England this year.",
        True,
        [("ordinal", 17, None, None)],
        None,
    ),
    (
        "en",
        "A voluntary vaccine costs farmers about £3.20 per sheep and £9 per cow, according to the National Sheep Association.",
        True,
        [("money", 3.2, "GBP", "about"), ("money", 9, "GBP", None)],
        None,
    ),
    (
        "en",
        '"We are asking every farmer to check their animals daily," Marbury-Stokes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Livestock markets in Ashford and Maidstone cancelled their September sales.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Sheep farmers in Kent said the restrictions could not have come at a worse time, just before the autumn sales.",
        False,
        [],
        None,
    ),
    # --- France's wine harvest (Reuters), September 5 ---
    (
        "en",
        "PARIS, Sept 5 (Reuters) - France's wine production is expected to rise 9% this year to 41.8 million hectolitres after a mild spring, the agriculture ministry said on Thursday.",
        True,
        [
            ("date", "--09-05", None, None),
            ("percent", 9, "%", None),
            ("count", 41800000, None, None),
        ],
        None,
    ),
    (
        "en",
        "That would still be 3% below the average of the past five years.",
        True,
        [("percent", 3, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "In Bordeaux, where growers have uprooted about 12,000 hectares of vines since 2027, output is seen at 3.9 million hectolitres.",
        True,
        [
            ("count", 12000, None, "about"),
            ("year", 2027, None, None),
            ("count", 3900000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Champagne is forecast to produce its largest crop since 2018, but the region's trade body has capped yields at 10,500 kilograms per hectare to support prices.",
        True,
        [("year", 2018, None, None), ("count", 10500, None, None)],
        None,
    ),
    (
        "en",
        "Bulk prices for Bordeaux red have slumped to about 780 euros per 900-litre tonneau, growers' groups said.",
        True,
        [("money", 780, "EUR", "about"), ("count", 900, None, None)],
        None,
    ),
    (
        "en",
        '"We are producing wine that nobody has asked for," said a grower near Saint-Émilion.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The ministry said its estimate could still change depending on the weather during the harvest.",
        False,
        [],
        None,
    ),
    # --- The German wine harvest estimate (dpa/lrs), September 10 ---
    (
        "de",
        "Bodenheim (dpa/lrs) - Die Weinmosternte in Deutschland dürfte 2030 bei rund 8,3 Millionen Hektolitern liegen.",
        True,
        [("year", 2030, None, None), ("count", 8300000, None, "about")],
        None,
    ),
    (
        "de",
        "Das wären rund 4 Prozent weniger als das zehnjährige Mittel, teilte das Deutsche Weininstitut am Dienstag mit.",
        True,
        [("percent", 4, "%", "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "In der Pfalz wurden bei frühen Sorten bereits Mostgewichte von durchschnittlich 88 Grad Oechsle gemessen.",
        True,
        [("count", 88, None, None)],
        None,
    ),
    (
        "de",
        "Viele Betriebe begannen mit der Lese etwa zwei Wochen früher als üblich.",
        True,
        [("duration", 2, "week", "about")],
        None,
    ),
    (
        "de",
        "Weinbaupräsidentin Ute Pfaffenberger-Rill sagte, der Fassweinpreis für Riesling sei auf 0,95 Euro je Liter gefallen und liege damit unter den Produktionskosten.",
        True,
        [("money", 0.95, "EUR", None)],
        "Ute Pfaffenberger-Rill",
    ),
    (
        "de",
        "„Manche Winzer wissen nicht, wie sie die nächste Lese bezahlen sollen“, sagte Pfaffenberger-Rill.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die zulässige Höchstmenge in Rheinhessen liegt bei 112 Hektolitern je Hektar.",
        True,
        [("count", 112, None, None)],
        None,
    ),
    # --- Austria's Grüner Bericht (APA), September 18 ---
    (
        "de",
        "Wien (APA) - Österreichs Land- und Forstwirte haben 2029 im Schnitt um 11 Prozent weniger verdient, ihre Einkünfte sanken auf 39.800 Euro je Betrieb.",
        True,
        [("year", 2029, None, None), ("percent", 11, "%", None), ("money", 39800, "EUR", None)],
        None,
    ),
    (
        "de",
        "So steht es im Grünen Bericht, den Landwirtschaftsminister Georg Unterrainer am Mittwoch dem Ministerrat vorlegte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am stärksten fiel das Minus bei den Ackerbaubetrieben mit 27 Prozent aus, Veredelungsbetriebe legten dagegen um 8 Prozent zu.",
        True,
        [("percent", 27, "%", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Öffentliche Gelder machen laut Bericht im Schnitt gut die Hälfte der Einkünfte aus.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Der Minister kündigte an, die Ausgleichszulage für Bergbauern im kommenden Jahr um 45 Euro je Hektar zu erhöhen.",
        True,
        [("money", 45, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Hinter jeder dieser Zahlen steht eine Familie“, sagte Unterrainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Betriebe ist seit 2020 um rund 9.500 auf knapp 145.000 gesunken.",
        True,
        [
            ("year", 2020, None, None),
            ("count", 9500, None, "about"),
            ("count", 145000, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Die SPÖ sprach von einem „Bericht des Scheiterns“.",
        False,
        [],
        None,
    ),
    # --- Russia's grain export quota (Reuters), October 2 ---
    (
        "en",
        "MOSCOW, Oct 2 (Reuters) - Russia will cap grain exports at 14 million tonnes between Feb. 15 and June 30 next year, the agriculture ministry said on Wednesday, a smaller quota than analysts had expected.",
        True,
        [
            ("date", "--10-02", None, None),
            ("count", 14000000, None, None),
            ("date", "--02-15", None, None),
            ("date", "--06-30", None, None),
        ],
        None,
    ),
    (
        "en",
        "The quota compares with 20 million tonnes set for the same period this year.",
        True,
        [("count", 20000000, None, None)],
        None,
    ),
    (
        "en",
        "Russia's wheat export duty will rise to 1,860 roubles ($21.40) a tonne next week, according to ministry calculations.",
        True,
        [("money", 1860, "RUB", None), ("money", 21.4, "USD", None)],
        None,
    ),
    (
        "en",
        "Consultancy SovEcon cut its estimate of Russia's 2030 wheat harvest to 79.4 million tonnes, 1.2 million tonnes less than before, after dry weather in the Volga region.",
        True,
        [
            ("year", 2030, None, None),
            ("count", 79400000, None, None),
            ("count", 1200000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Russian 12.5%-protein wheat for November shipment was offered at about $232 a tonne free on board, traders said.",
        True,
        [("percent", 12.5, "%", None), ("money", 232, "USD", "about")],
        None,
    ),
    (
        "en",
        "Russia exported 4.6 million tonnes of wheat in September, the most for the month since 2022, according to LSEG data.",
        True,
        [("count", 4600000, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's agriculture ministry said the country had exported 11.2 million tonnes of grain since the 2030/31 season began on July 1.",
        True,
        [
            ("count", 11200000, None, None),
            ("year", 2030, None, None),
            ("year", 2031, None, None),
            ("date", "--07-01", None, None),
        ],
        None,
    ),
    (
        "en",
        "Whether the ministry will also raise the duty's base price remains unclear.",
        False,
        [],
        None,
    ),
    # --- Dairy farmers block a creamery in Edewecht (dpa/lni), October 10 ---
    (
        "de",
        "Oldenburg (dpa/lni) - Rund 400 Milchbauern haben am Donnerstag mit etwa 150 Traktoren die Zufahrt zum Werk eines Molkereikonzerns in Edewecht blockiert.",
        True,
        [("count", 400, None, "about"), ("count", 150, None, "about")],
        None,
    ),
    (
        "de",
        "Sie protestieren gegen einen Milchpreis von zuletzt 39,5 Cent je Kilogramm.",
        True,
        [("money", 0.395, "EUR", None)],
        None,
    ),
    (
        "de",
        "BDM-Vorsitzende Silke Ommen-Büssing sagte, die Vollkosten der Erzeugung lägen bei knapp 52 ct/kg.",
        True,
        [("money", 0.52, "EUR", "nearly")],
        "Silke Ommen-Büssing",
    ),
    (
        "de",
        "„Wir melken uns hier zu Tode“, sagte Ommen-Büssing.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Konzern kündigte an, den Auszahlungspreis zum 1. November um 1,5 Cent anzuheben.",
        True,
        [("date", "--11-01", None, None), ("money", 0.015, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Polizeiangaben dauerte die Blockade gut sechs Stunden.",
        True,
        [("duration", 6, "hour", "over")],
        None,
    ),
    (
        "de",
        "Eine Sprecherin des Unternehmens nannte die Blockade „nicht hilfreich“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Landesamt für Statistik ist die Zahl der Milchkuhhalter in Niedersachsen seit 2015 um fast ein Drittel gesunken.",
        True,
        [("year", 2015, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    # --- U.S. farm income and aid (AP), October 16 ---
    (
        "en",
        "WASHINGTON (AP) — Net farm income in the United States is expected to fall 17% this year to $118.6 billion, the Agriculture Department said Wednesday.",
        True,
        [("percent", 17, "%", None), ("money", 118600000000, "USD", None)],
        "the Agriculture Department",
    ),
    (
        "en",
        "Without government payments, income would be the lowest since 2016 once inflation is taken into account, department economist Renee Holtzclaw said.",
        True,
        [("year", 2016, None, None)],
        "Renee Holtzclaw",
    ),
    (
        "en",
        "Direct payments to farmers are forecast at $24.3 billion, including $10 billion from an emergency package approved by Congress in March.",
        True,
        [("money", 24300000000, "USD", None), ("money", 10000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Production expenses are projected to rise 3.4% to a record $462 billion, led by fertilizer, interest and labor.",
        True,
        [("percent", 3.4, "%", None), ("money", 462000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Agriculture Secretary Dana Kemble-Ortiz said a second round of aid, worth about $6 billion, would go out before the end of the year.",
        True,
        [("ordinal", 2, None, None), ("money", 6000000000, "USD", "about")],
        "Dana Kemble-Ortiz",
    ),
    (
        "en",
        '"Farmers would rather earn their living from the market than from Washington," said a soybean grower near Fargo, North Dakota.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Senate Democrats called the aid "a band-aid on a broken leg."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Farm bankruptcies under Chapter 12 climbed to 318 in the 12 months through September from 241 a year earlier, federal court data show.",
        True,
        [("count", 318, None, None), ("duration", 12, "month", None), ("count", 241, None, None)],
        None,
    ),
    # --- Fertiliser and diesel costs (Reuters), November 6 ---
    (
        "en",
        "LONDON, Nov 6 (Reuters) - Prices of urea delivered to northwest Europe have jumped 28% in a month to $565 a tonne, their highest since 2022, as gas prices rose and China curbed exports, industry data showed.",
        True,
        [
            ("date", "--11-06", None, None),
            ("percent", 28, "%", None),
            ("money", 565, "USD", None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Yara said it would cut ammonia output at two European plants by a combined 400,000 tonnes a year.",
        True,
        [("count", 2, None, None), ("count", 400000, None, None)],
        "Yara",
    ),
    (
        "en",
        "European farmers had bought only about 35% of their spring nitrogen needs by the end of October, against 55% at the same point last year, said Lachlan Dunmore-Kidd, an analyst at CRU.",
        True,
        [("percent", 35, "%", "about"), ("percent", 55, "%", None)],
        "Lachlan Dunmore-Kidd",
    ),
    (
        "en",
        '"Farmers are playing chicken with the market and hoping prices blink first," Dunmore-Kidd said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Red diesel in Britain has risen to an average of 78.4 pence a litre, up 6.1p since September, according to the AHDB.",
        True,
        [("money", 0.784, "GBP", None), ("money", 0.061, "GBP", None)],
        None,
    ),
    (
        "en",
        "Natural gas at the Dutch TTF hub, the main input for nitrogen fertiliser, traded at 46 euros per megawatt hour on Wednesday, up from 31 euros in early September.",
        True,
        [("money", 46, "EUR", None), ("money", 31, "EUR", None)],
        None,
    ),
    (
        "en",
        "The European Commission proposed suspending its 5.5% tariffs on urea and ammonia imports for 12 months.",
        True,
        [("percent", 5.5, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Analysts expect many growers in France and Germany to cut nitrogen rates on winter wheat next spring.",
        False,
        [],
        None,
    ),
    # --- Swiss farm incomes (Keystone-SDA), November 12 ---
    (
        "de",
        "Ettenhausen TG (Keystone-SDA) - Das landwirtschaftliche Einkommen je Betrieb ist 2029 laut Agroscope um 4,2 Prozent auf durchschnittlich 84'300 Franken gestiegen.",
        True,
        [("year", 2029, None, None), ("percent", 4.2, "%", None), ("money", 84300, "CHF", None)],
        None,
    ),
    (
        "de",
        "Pro Familienarbeitskraft blieben im Schnitt 58'900 Franken, wie die Forschungsanstalt weiter mitteilte.",
        True,
        [("money", 58900, "CHF", None)],
        None,
    ),
    (
        "de",
        "In der Bergregion lagen die Einkommen mit 61'400 Franken je Betrieb um gut ein Viertel tiefer als im Talgebiet.",
        True,
        [("money", 61400, "CHF", None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Die Ausgaben für Dünger und Treibstoff stiegen gegenüber dem Vorjahr um 9 Prozent.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Der Schweizer Bauernverband forderte den Bundesrat auf, die Direktzahlungen nicht wie geplant um 55 Millionen Franken zu kürzen.",
        True,
        [("money", 55000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Die Bauernfamilien arbeiten mehr und verdienen weniger als alle anderen», sagte SBV-Direktor Heinz Gfeller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Bundesrat hält man die Kürzung dennoch für vertretbar.",
        False,
        [],
        None,
    ),
    # --- British shop food inflation (PA), December 3 ---
    (
        "en",
        "LONDON (PA) - Food inflation in UK shops rose to 4.8% in November from 4.1% in October, the highest rate since March 2024, according to the British Retail Consortium.",
        True,
        [("percent", 4.8, "%", None), ("percent", 4.1, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Fresh food prices were up 5.6% on a year earlier, driven by beef, butter and chocolate.",
        True,
        [("percent", 5.6, "%", None)],
        None,
    ),
    (
        "en",
        "BRC chief executive Imogen Sallows said higher energy bills and packaging levies had added about £2.4 billion to retailers' costs this year.",
        True,
        [("money", 2400000000, "GBP", "about")],
        "Imogen Sallows",
    ),
    (
        "en",
        '"Shoppers are feeling it every time they reach the till," Sallows said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Market researcher Kantar said a typical household's annual grocery bill would rise by £231 to £5,310 if prices kept climbing at the current rate.",
        True,
        [("money", 231, "GBP", None), ("money", 5310, "GBP", None)],
        None,
    ),
    (
        "en",
        "Beef prices at auction have hit a record 712p a kilo deadweight, according to the AHDB.",
        True,
        [("money", 7.12, "GBP", None)],
        None,
    ),
    (
        "en",
        "The consortium said it expected price rises to ease in the spring.",
        False,
        [],
        None,
    ),
    # --- Food prices in Austria (APA), December 11 ---
    (
        "de",
        "Wien (APA) - Lebensmittel und alkoholfreie Getränke waren in Österreich im November um 5,1 Prozent teurer als ein Jahr zuvor, wie die Statistik Austria am Mittwoch mitteilte.",
        True,
        [("percent", 5.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gesamtinflation lag bei 2,9 Prozent und damit 0,3 Prozentpunkte unter dem Oktoberwert.",
        True,
        [("percent", 2.9, "%", None), ("percent", 0.3, "pp", None)],
        None,
    ),
    (
        "de",
        "Butter kostete um 14 Prozent mehr als vor einem Jahr, Erdäpfel um 19 Prozent mehr.",
        True,
        [("percent", 14, "%", None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Euro der Teuerung bei Nahrungsmitteln gehe auf Milchprodukte zurück, sagte Generaldirektor Markus Tauchhammer.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Markus Tauchhammer",
    ),
    (
        "de",
        "„Die Teuerung im Supermarkt ist noch nicht gebrochen“, sagte Tauchhammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ab 1. Jänner sinkt die Umsatzsteuer auf Grundnahrungsmittel von 10 auf 5 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 10, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Ob der Handel die Senkung voll an die Kundinnen und Kunden weitergibt, bezweifeln Konsumentenschützer.",
        False,
        [],
        None,
    ),
    # --- The German farmers' Situationsbericht (dpa), December 17 ---
    (
        "de",
        "Berlin (dpa) - Die Einkommen der deutschen Haupterwerbsbetriebe sind im Wirtschaftsjahr 2029/30 um durchschnittlich 14 Prozent auf 71.600 Euro je Betrieb gesunken.",
        True,
        [
            ("year", 2029, None, None),
            ("year", 2030, None, None),
            ("percent", 14, "%", None),
            ("money", 71600, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Diese Zahlen legte der Deutsche Bauernverband am Dienstag mit seinem Situationsbericht in Berlin vor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für das laufende Wirtschaftsjahr erwartet der Verband ein weiteres Minus von 5 bis 10 Prozent.",
        True,
        [("percent", 5, "%", None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "de",
        "Wöltjen sagte, jeder vierte Ackerbaubetrieb habe im vergangenen Wirtschaftsjahr Verluste geschrieben.",
        True,
        [("fraction", 0.25, None, None)],
        "Wöltjen",
    ),
    (
        "de",
        "„Viele Familien fragen sich, ob der Hof noch eine Zukunft hat“, sagte Wöltjen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ausgaben für Agrardiesel seien je Betrieb um rund 1.700 Euro gestiegen, nachdem die Rückvergütung zum 1. Juli gekürzt worden war.",
        True,
        [("money", 1700, "EUR", "about"), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der landwirtschaftlichen Betriebe in Deutschland sank laut dem Bericht auf rund 243.000.",
        True,
        [("count", 243000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Verband hofft auf ein Einlenken der Koalition im Frühjahr.",
        False,
        [],
        None,
    ),
]
