"""Three-hundred-and-thirty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Gerlinde Aumayr, Florian Hinteregger, Wiebke Osterloh, Reto Ambühl, Käthi Zumstein, Gernot
Rappold, Hubert Stangassinger, Leopold Hiesinger, Clemens Hollerbach, Daniel Perrottet,
Bernd Lüdeking, Martina Schwaighofer, Martin Scheidegger, Gottfried Fürnkranz, Ines Raschke
and the Landesbank Mainufer, Heiner Brüggemann; Ramiro Escudero, Lucía Bermejo, Helena
Tregonning, Ruairi Dalgleish, Bradley Ostrander and Heartland Grain Partners, Sophie
Ellingham, Roy Tillotson, Emiliano Carrizo, Duncan Mulholland, Edward Lyneham, Carla
Whitcombe and Prairie Gate Futures, Dale Brenneman, Janet Holloway, Ross Tennant, Koffi
Aboua-Dagri, Nadia Pemberton-Clay; every unnamed farmer, trader, broker, mayor, cattle
buyer, economist, spokesperson and official); ministers, secretaries, commissioners,
veterinarians, economists and presidents of real governments, chambers, unions and boards
appear under made-up names that stand for no real holder, or by their role only („ein
Händler in Hamburg“, „ein Pariser Makler“, „der Bürgermeister der Gemeinde“, „eine
Sprecherin der Molkerei“, „ein Sprecher des Handelsverbands Deutschland“, „eine Bäuerin aus
Spitz“, „ein Landwirt aus dem Zürcher Weinland“, "a cattle buyer in Edinburg", "a council
spokesperson"). Real states, bodies, markets, reports and places (Landwirtschaftskammer
Österreich, Kalkammonsalpeter, Emsland, Afrikanische Schweinepest,
Friedrich-Loeffler-Institut, Agrarministerium, Vereinigungspreis, Branchenorganisation Milch,
BO Milch, A-Segment, Schweizer Milchproduzenten, SMP, Südoststeiermark, Land Steiermark,
Agentur für Gesundheit und Ernährungssicherheit, Ages, Euronext, EU-Kommission, Allgäu,
Bundesverband Deutscher Milchviehhalter, BDM, Wachau, Verein Wachauer Marille,
Österreichische Hagelversicherung, Bundeskabinett, Bundesprogramm zum Umbau der
Tierhaltung, Agrardiesel, Deutscher Bauernverband, Bundestag, Kanton Waadt, Jura-Nord
vaudois, Bundesamt für Lebensmittelsicherheit und Veterinärwesen, BLV, Schweizer
Bauernverband, SBV, Agrarmarkt Austria, AMA, Swiss Granum, Klasse Top, Mittelland, Grüner
Bericht, SPÖ, Statistisches Bundesamt, Landvolk, Handelsverband Deutschland; COAG, Mercosur,
Andalusia, Murcia, ABARES, the National Farmers' Federation, the Agriculture Department,
Prospective Plantings, Acreage, the Chicago Board of Trade, the British Retail Consortium,
BRC, Kantar, Defra, New World screwworm, the Texas Animal Health Commission, Starr County,
the Rosario grains exchange, Grain Producers Australia, the Mallee, Australian Premium
White, Kwinana, the European Commission, MARS, Copa-Cogeca, the NFU, AHDB, Chapter 12,
WAFarmers, the FAO Food Price Index, the Food and Agriculture Organization, the British
Poultry Council, the UK Health Security Agency, Attleborough, and the datelines' cities)
stand for the way wire copy names them; every harvest, yield, area, price, income, subsidy,
budget, tariff, outbreak, cull, zone, protest count, vote, share, date and quote here is
invented, and where a real figure came to mind (a real fertiliser tariff schedule, a real
milk guide price, a real farm count, a real budget line, a real sheep-export end date or aid
package, a real cocoa farmgate price) it was changed.

Its weight: AGRICULTURE, HARVESTS AND FOOD PRICES, fourth round (the forty-second,
hundred-fifteenth, hundred-ninetieth and two-hundred-and-fifty-ninth batches weighed
harvests, farm prices, animal disease, farm incomes, subsidies and farm protests, and the
two-hundred-and-forty-second food prices and harvests; their decisions are kept) over one
season of one year, March to October 2027, as 30 short stories in story order with the
German and English ones interleaved, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, reactions). Half German (AIZ with its
dated dateline "Wien, 2. März 2027 (aiz.info). -", APA, dpa with its regional slugs
"dpa/lni" and "dpa/lby", Keystone-SDA, Reuters German; Austrian "heuer", "ersucht",
"Marillen", "Ab Hof", Swiss "heissen", "Grossverteiler", "Einbussen", "innert", "16'900",
"1'900", "58'000", "395'000", "4'200 Hektaren", "53.50 Franken", "Rappen", «» quotes,
German „“ quotes): fertiliser prices in Austria, African swine fever in an Emsland pig
unit, the Swiss milk guide price, avian flu on a Styrian turkey farm, Euronext wheat and
rapeseed in a dry spring, dairy farmers blockading an Allgäu creamery, the Wachau apricot
harvest after frost, the federal farm budget, lumpy skin disease in Vaud, the German
harvest balance, Austria's grain harvest, Switzerland's bread grain, Austria's farm incomes
in the Grüner Bericht, butter prices and food inflation, and farmers blockading retailers'
warehouses in Lower Saxony. Half English (Reuters, AP, PA, AAP): Spanish farmers in Madrid,
Australia's farm outlook, U.S. planting intentions, British food inflation, screwworm in
Texas, Argentina's soybean harvest and export tax, Australia's winter crop, the EU crop
forecast, England's wheat harvest, the USDA's August crop report, U.S. farm bankruptcies
and aid, a rally against the live sheep export ban in Perth, Ivory Coast's cocoa price, the
FAO food price index and bird flu in Norfolk. Figures as such copy has them: harvests and
stocks in tonnes and bushels, yields in „Dezitonnen je Hektar“, „Tonnen je Hektar“,
"tonnes per hectare", "t/ha" and "bushels per acre", areas in hectares, „Hektaren“ and
acres, herds, flocks, farms and culled animals, zones by radius, frost in degrees, prices
per tonne, kilogram, litre, bushel and „Dezitonne“ in euros, Cent, Rappen, francs, pence,
pounds, cents, dollars, Australian dollars and CFA francs, farm incomes, subsidies, budgets,
aid and tariffs, protest and vote counts, index points, shares as fractions („weniger als
ein Drittel“, „Rund ein Viertel“, „gut ein Zehntel“, „jeder dritte Ackerbaubetrieb“, „mehr
als die Hälfte“, "about a fifth", "more than a quarter", "a third below normal", "more
than half below", "nearly a tenth"), number words and compounds („zwei Frostnächten“,
„zehn Kilometer weit“, „ein 250-Gramm-Stück“, "four people", "a 250g block", "a 3km
protection zone", "one-day", "five-year average"), ordinals, percentage points, spans,
seasons, years, dates with and without a year and hedges. Negatives as such copy has them -
about a quarter of the rows, none with a figure: farm leaders', ministers', a creamery's
and growers' rhetoric in quotes, labels („nannte“, „sprach von“, „kritisierte ... als“,
"called"), a reassurance of retailers, a regret, verdicts with „halten ... für“, forecasts
and warnings without a figure, appeals to animal keepers, a hope, a fear, open questions
and vox pops, each near a check-worthy look-alike from the same story (often the same
speaker's figure, demand, cause or position).

242 rows (122 German, 120 English), 56 negatives (28 German, 28 English), 186 check-worthy
rows of which 28 carry no figure (23 German, 5 English), 290 expected quantities (103
counts, 64 amounts of money - 33 EUR, 10 USD, 8 AUD, 7 GBP, 4 CHF, 2 XOF -, 48 percentages -
47 in %, 1 in percentage points -, 21 dates, 17 durations - 9 in years, 4 in months, 2 in
days, 1 in hours, 1 in weeks -, 15 years, 13 fractions, 9 ordinals; none of them in a
negative), 35 checked speakers (17 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, regret, reassurance, hope, fear, verdict or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-fifteenth, hundred-ninetieth, two-hundred-and-fourth,
  two-hundred-and-fifty-ninth); a quoted or reported statement of fact, figure, cause,
  step, plan, position or demand is check-worthy with its speaker, also in Konjunktiv I.
  Pairs from one speaker: Aumayr's stated cause beside „Wer jetzt beim Dünger spart ...“;
  Escudero's fifth beside "They ask us to compete ..."; Bermejo's 200 million euros beside
  her label "understandable, but aimed at the wrong address"; Osterloh's 15 million euros
  beside „..., aber wir sind vorbereitet“; Tregonning's tonnes beside "Seasons like this one
  ..."; the SMP's „mindestens 5 Rappen“ beside its director Zumstein's «Tropfen auf den heissen
  Stein»; Ostrander's 18% beside "Growers are hedging their bets ..."; Ellingham's £5 billion
  beside "Shops are bending over backwards ..."; Stangassinger's 52 Cent beside „Wir lassen
  uns nicht länger die Butter vom Brot nehmen“; the creamery spokeswoman's 30 percent beside
  her regret; Carrizo's export tax beside "Every point of tax ..."; Mulholland's account of
  dry sowing beside "the crop is running on hope"; Hollerbach's farm-diesel pledge beside
  „ein klares Bekenntnis“; Perrottet's account of the vectors beside «Jetzt zählt Tempo
  ...»; Lyneham's third beside "You can't farm on averages ..."; Lüdeking's 40 Dezitonnen
  beside „die Stimmung auf den Höfen ist schlecht“; Schwaighofer's 40 percent beside „Eine
  gute Ernte allein rettet noch keinen Hof“; Brenneman's $310,000 beside "I did everything
  the bank told me ..."; Tennant's A$140 million beside "Canberra has decided ...";
  Fürnkranz's stated cause beside „Hinter diesen nüchternen Zahlen ...“; Aboua-Dagri's
  crop estimate beside "The farmer remains at the heart ..."; Brüggemann's 6.3 million
  tonnes beside „Der Handel verdient an jeder Knolle ...“. Konjunktiv I and II paraphrases
  of a fact, a figure, a cause or a projection are check-worthy (hundred-fifteenth,
  hundred-ninetieth, two-hundred-and-fifty-ninth): „Grund seien vor allem die gestiegenen
  Erdgaspreise ...“, „Am Montagabend habe das Friedrich-Loeffler-Institut den Verdacht
  bestätigt, ...“, „Bei verendeten Tieren sei der Subtyp H5N1 nachgewiesen worden, ...“,
  „In Teilen Polens ... sei ... weniger als ein Drittel ... gefallen, sagte ein Händler“,
  „Das wäre weniger als die Hälfte einer Durchschnittsernte.“ (a projection,
  two-hundred-and-fifty-ninth: „Das wäre fast ein Fünftel weniger ...“), „Wegen Regens
  ... weise ein Teil des Weizens eine ungenügende Fallzahl auf ...“. Each side's protest
  count is check-worthy, and a row that carries both sources keeps both with the speaker
  unchecked (hundred-fifteenth, two-hundred-and-fifty-ninth): "The government's delegation
  in Madrid counted about 4,500 demonstrators and 620 tractors, whereas the organising
  unions spoke of more than 15,000.", "Police estimated the crowd at about 2,100, while
  organisers said more than 3,000 people took part." A demand naming a measure is
  check-worthy with or without a figure (hundred-sixty-fifth, hundred-ninetieth,
  two-hundred-and-fifty-ninth): Hinteregger's 50 Euro je Hektar, the SMP's „mindestens 5
  Rappen“, the Schweizer Bauernverband's demand that the Bund pay for the vaccination.
- Check-worthy without a figure (hundred-fifteenth, hundred-ninetieth,
  two-hundred-and-forty-second, two-hundred-and-fifty-ninth): leads that report an
  outbreak, a protest or a smaller crop with a vague magnitude („Hunderte Landwirte“,
  "Thousands of Spanish farmers", "Thousands of farmers and truck drivers" - none,
  seventeenth; „deutlich kleiner“, „deutlich gesunken“), an outbreak confirmed, a subtype
  detected and a cull ordered („Alle Tiere des Betriebs werden getötet.“;
  hundred-ninetieth: "All of the birds will be killed"), the board's decision and the
  cabinet's draft, the source lines of a release („Das teilte der Deutsche Bauernverband am
  Mittwoch in Berlin mit.“, „Dies schätzt die Branchenorganisation Swiss Granum.“;
  hundred-ninetieth), the next step of a budget („Der Bundestag soll den Etat Ende November
  verabschieden.“ - „Ende November“ none), an agency's published risk level („laut der
  Agentur ... (Ages) sehr gering“, "The UK Health Security Agency says the risk ... remains
  very low.", the chief veterinary officer's raised risk levels; hundred-ninetieth: „stuft
  das Risiko ... als hoch ein“), background on a disease (Perrottet's vectors), stated
  causes (Aumayr's, Fürnkranz's), the farmers' stated grievance („Die Landwirte
  protestieren gegen ... zu niedrige Erzeugerpreise ...“), the retail federation's
  rejection („die Preise würden am Markt gebildet und nicht vom Handel diktiert“; a
  rejection is one side's account, sixty-eighth, two-hundred-and-forty-fourth), Chapter 12
  filings concentrated in two regions ("Chapter 12" carries none - a chapter of a law
  named by its number, fifty-ninth and hundred-eighth: "Chapter 11"), and "The meat index
  was broadly unchanged, hovering near its all-time high."
- Negatives (fifty-fifth, hundred-fifteenth, hundred-ninetieth, two-hundred-and-fourth,
  two-hundred-and-fifty-ninth): rhetoric and cries in quotes from all sides (also "told the
  crowd", "told reporters", "told the conference" and „rief ... zu“); labels („Die SPÖ
  sprach von einem „Armutszeugnis ...““, „Der Verband nannte die Blockaden
  „inakzeptabel““, „Der Deutsche Bauernverband kritisierte die Kürzung ... als
  „Wortbruch““ - a criticism that is only a label, three-hundred-and-thirty-first -,
  "Bermejo called the protest ...", "The National Farmers' Federation called the loans
  ...", "The group called a Commission plan ...", "Farm groups called the fund ...", "Farm
  groups said the cut fell short and called the export levies ...", "Animal welfare groups
  welcomed the ban and called the rally ..."); a reassurance naming no figure („Die
  Grossverteiler versichern, die höheren Kosten nicht vollständig ...
  weiterzugeben.“; two-hundred-and-fifty-ninth: „Die Brauer versichern ...“) beside the
  board's check-worthy price step; a regret („Man bedauere die Blockade, habe aber
  Verständnis ..., sagte sie.“; three-hundredth: „sie bedaure den Entscheid“); verdicts with
  „halten ... für“ („Analysten halten weitere Preisaufschläge für wahrscheinlich ...“,
  „Verbraucherschützer halten die Preissenkung für längst überfällig.“; ninety-eighth);
  forecasts and warnings without a figure ("Traders said the weather in the coming weeks
  would decide ...", "Economists expect food inflation to peak ...", "Traders said the cut
  could lend further support ...", "Traders said hot, dry weather ... could trim yields
  further.", "Farm economists said many growers would still lose money ...", "Farmers'
  groups said the cut would push more growers to smuggle beans ...", "The agency's
  economists cautioned ...", „Der Verband erwartet, dass viele Landwirte im Herbst weniger
  Raps aussäen.“); appeals to animal keepers naming no rule („Schweinehalter im ganzen
  Nordwesten sind aufgerufen, ...“, „Geflügelhalter ... werden ersucht, ...“, „Tierhalter
  in der ganzen Westschweiz sind aufgerufen, ...“, "Officials urged ranchers ...", "Keepers
  were urged ..."), while Defra's housing order from October 18 is a rule in force and
  check-worthy (two-hundred-and-fifty-ninth: "Animals can now be moved freely ..."); a hope
  („Die Bauern hoffen nun, ...“) and a fear („Viele Milchbauern fürchten, ...“); open
  questions („Ob der Bund das Zollkontingent ... erhöht, ist noch nicht entschieden.“); vox
  pops and quoted traders without a figure („Der Markt handelt im Moment vor allem Angst“,
  „So leere Bäume habe ich mein ganzes Leben nicht gesehen“, «Wer so ein Jahr erlebt, ...»,
  "Every rancher down here ...", "This report reminds everyone ..."); none of them carries
  a quantity.
- Harvests, yields, stocks, areas, herds, flocks, farms and zones are counts (fourth,
  forty-second, hundred-fifteenth, hundred-ninetieth, two-hundred-and-fifty-ninth): tonnes
  („knapp 3,3 Millionen Tonnen“ "nearly", „rund 1.100 Tonnen, nach knapp 2.400 Tonnen“,
  „um 1,2 Millionen auf 128,6 Millionen Tonnen“, „rund 41,2 Millionen Tonnen“, „3,6
  Millionen Tonnen“, „rund 2,78 Millionen Tonnen“, „etwa 2,1 Millionen Tonnen“, „rund
  395'000 Tonnen“ - the Swiss apostrophe, tenth -, „rund 6,3 Millionen Tonnen“, "26.4
  million tonnes from 34.1 million tonnes", "about 1.3 million tonnes", "by 1.5 million
  tonnes to 50.5 million tonnes", "58 million tonnes", "5.8 million tonnes, up from 4.1
  million" - the scale word written once serving the later figure, forty-sixth -, "50.3
  million tonnes", "26.9 million tonnes ... 11.2 million tonnes ... 5.4 million tonnes",
  "about 2.1 million tonnes, up from 1.85 million tonnes", "2.93 billion tonnes"), bushels ("15.6 billion bushels", "4.31 billion bushels", "by 145
  million bushels to 1.82 billion", "by 25 million bushels to 850 million"), yields with
  the rate word carrying none (forty-second New: „36 Dezitonnen je Hektar“, "188.8 bushels
  per acre"): „im Schnitt 71,3 Dezitonnen je Hektar, nach 75,8 Dezitonnen“ ("im Schnitt"
  no hedge), „nur 40 Dezitonnen“ ("nur" no hedge), „6,4 Tonnen je Hektar“, "3.4 tonnes per
  hectare", "5.9 tonnes per hectare from 6.1 tonnes", "an average of 7.2 tonnes per
  hectare, against a five-year average of 7.9 tonnes" ("an average of" no hedge), "an
  average yield of 182.4 bushels per acre", "184.9 bushels per acre, on average"; areas
  („mit 40 Hektar“, „um knapp 7.000 auf 251.000 Hektar“ the hedge on the first only, „Rund
  4'200 Hektaren“ - the Swiss plural, forty-second -, "93.6 million acres", "86.2 million
  acres, up from 82.9 million", "45.1 million acres", "94.4 million acres", "the 17.2
  million hectares", "23.6 million hectares"), animals, herds and farms („Alle 2.850
  Schweine“ - "Alle" no hedge -, „146 weitere Betriebe mit zusammen rund 212.000 Schweinen“
  - "weitere" and "zusammen" no hedge -, „rund 11.500 Puten“, „63 weitere Geflügelhalter
  mit zusammen etwa 480.000 Tieren“, „mit 64 Kühen“, „rund 1'900 Rinderhaltungen“, „rund
  58'000 Rinder“, „Rund 16'900 Betriebe ..., rund 450 weniger“, „der gut 200
  Marillenbauern“ "over", "about 340 cattle", "about 480,000 sheep", "about 11.4 million
  head", "all 27,000 birds" - "all" no hedge -, "about 1.4 million birds", "200 million a
  week" of sterile flies - "double" a verb, "a week" none -), zones by radius („mit zehn
  Kilometern Radius“ 10, „mit drei Kilometern Radius“ 3, „reicht zehn Kilometer weit“ 10
  - forty-second: "zehn Kilometer weit" -, „von 20 Kilometern ... von 50 Kilometern“,
  "roughly 12 miles" "about", "a 3km protection zone ... a wider 10km surveillance zone" 3
  and 10 - glued units, hundred-ninetieth: "225kg"), protests, votes and other counts („Mit
  rund 180 Traktoren“, „etwa 350 Landwirte“, „an fünf Standorten insgesamt rund 640
  Traktoren“ - "insgesamt" no hedge -, „mit 17 zu 5 Stimmen“ both - hundred-ninetieth: „mit
  121 zu 68 Stimmen“ -, „in zwei Frostnächten“ 2 - two-hundred-and-fifty-ninth: „Nach zwei
  Frostnächten“ -, "four people" 4, "14 checkpoints", "214 cases"), index levels ("124.7
  points"; hundred-ninetieth), temperatures („auf minus 4,5 Grad“ -4.5; forty-second,
  two-hundred-and-fifty-ninth: „auf minus 5,8 Grad“) and pack sizes („Ein 250-Gramm-Stück“
  250 - hundred-fifteenth: „ein 250-Gramm-Stück“ -, "a 250g block" 250, the glued unit as
  "A 5-kilogram bag", hundred-ninetieth). New: "at 4.3 t/ha", "at 7.6 t/ha" and "at 3.1
  t/ha" are counts 4.3, 7.6 and 3.1 - the abbreviation is the "tonnes per hectare" of the
  same Reuters story, and the slash unit carries none, as "£78.40/MWh" (forty-second);
  "close to the average" bounds no figure. "Iowa farmer Dale Brenneman said he filed after
  losing about $310,000 ... over two seasons" gives count 2 - a season is no unit of the
  duration list, counted as summers are (three-hundred-and-thirtieth: „zwei der vergangenen
  drei Sommer“), "over" before a span no hedge.
- Prices per unit are money in the currency written, the unit priced carrying none (every
  batch): euros and Cent („durchschnittlich 412 Euro je Tonne, um 38 Euro mehr“, „knapp 570
  Euro je Tonne“ "nearly", „von 55 auf 85 Euro je Tonne“ the unit written once, „50 Euro
  je Hektar“, „um 15 Cent auf 1,63 Euro je Kilogramm Schlachtgewicht“ 0.15 and 1.63 -
  hundred-fifteenth, two-hundred-and-fifty-ninth -, „um 4,25 Euro auf 231,50 Euro je
  Tonne“, „44,5 Cent je Kilogramm Milch ..., nach 47 Cent“ 0.445 and 0.47, „rund 52 Cent“
  0.52 "about", „zwischen 7 und 9 Euro, um etwa 2 Euro mehr“ - a range, ninety-seventh -,
  „rund 205 Euro je Tonne“, „1,59 Euro, nach 1,79 Euro“, „bei 2,39 Euro“), Rappen and
  francs („um 3 Rappen ... von 84 Rappen pro Kilogramm“ 0.03 and 0.84 CHF, „um mindestens
  5 Rappen“ 0.05 "at_least"; hundred-fifteenth, hundred-ninetieth), pence and pounds
  ("an average of 44p a litre ..., up 3p" 0.44 and 0.03 GBP; two-hundred-and-fifty-ninth:
  "58p a kilo", "£186 a tonne ..., up £9"), U.S. cents and dollars ("gained 7 cents to
  $4.53 a bushel", "jumped 11 cents to $4.68 a bushel", "at $4.10 a bushel, down 15 cents"
  0.15 USD; tenth, eleventh), Australian dollars ("rose A$14 to A$392 a tonne"), and CFA
  francs in XOF ("2,250 CFA francs ($4.02) per kg ..., down from 2,650 CFA francs" -
  thirty-fourth, two-hundred-and-nineteenth: "480 billion CFA francs" XOF -, the dollar
  conversion in brackets an amount of its own in order of appearance, "per kg" none). New:
  „53.50 Franken je Dezitonne“ and „9 Euro je Dezitonne“ are 53.5 CHF and 9 EUR -
  „je Dezitonne“ after a price names the hundredweight priced and carries no count, as
  „je Doppelzentner“ (hundred-forty-first) and "per quintal" (hundred-ninetieth), while
  „Dezitonnen je Hektar“ after a yield's figure stays the unit of a count
  (forty-second).
- Incomes, subsidies, budgets, funds and aid in the currency written (forty-second,
  hundred-fifteenth, hundred-ninetieth, two-hundred-and-fifty-ninth): „rund 2.300 Euro“,
  „15 Millionen Euro“, „6,4 Milliarden Euro ..., rund 260 Millionen Euro weniger“, „gut 3,9
  Milliarden Euro“ "over", „150 Millionen Euro ..., nach 250 Millionen“ both EUR (the
  currency written once serving the later figure, two-hundred-and-fortieth), „im Schnitt
  bei 38.420 Euro je Betrieb“, „auf durchschnittlich 44.900 Euro“, „Mit rund 21.700 Euro“;
  "31.2 billion euros", "200 million euros", "A$84 billion", "A$148,000 per farm" ("per
  farm" none), "A$38.5 billion", "up to A$2 million per farm" "up_to", "about £5 billion",
  "up to £25,000 each from a £40 million ... fund" ("each" none), "about $310,000", "about
  $9.8 billion", "up to $6 billion" "up_to", "up to A$140 million a year", "A$139
  million".
- Percentages as written (every batch), with percentage points in "pp"
  (two-hundred-and-fifty-ninth: „um 1,4 Prozentpunkte“): "0.9 percentage points more than
  in March" 0.9 pp. „gut 14 Prozent mehr“ "over" ("mehr" after the figure compares), „um
  1,8 Prozent“, „gut 11 Prozent“, „seit Jahresbeginn um knapp 30 Prozent“, „um 4 Prozent“,
  „bei fast 40 Prozent“, „nur etwa 85 Prozent“ "about" („nur“ no hedge), „8 Prozent
  weniger“, „zwischen 15 und 25 Prozent“ both with no hedge, „um 14 Prozent weniger“, „mit
  einem Minus von 31 Prozent“ 31 (hundred-fifteenth New: „ein Minus von 27 Prozent“), „um 6
  Prozent“, „um 1,4 Prozent gegenüber dem Vorjahresmonat“, „um 3,2 Prozent billiger ...,
  ... um 4,7 Prozent teurer“, „unter 2 Prozent“ "under" (a forecast with a figure, the
  hedge right before it), „knapp 6 Prozent weniger“; "fell 6.8%", "fall 7%", "about 22%",
  "rise 3%", "down 3.4%", "about 18%", "4.8% ... from 4.1%", "5.6%", "1.9%", "about 3%",
  "about 78%", "to 24% from 26%", "17%", "down 4%", "1.7% above", "6% below", "down
  2.1%", "3.9%", "12% higher", "up 2%", "38%", "roughly 70%" "about", "an average of 14%"
  ("an average of" no hedge), "down 1.3%", "4.6%", "0.8%", "3.1%".
- Fractions (the issue: "ein Fünftel", "jeder vierte"): „weniger als ein Drittel“ 0.3333
  "under" and „weniger als die Hälfte“ 0.5 "under" (two-hundred-and-fifty-ninth), „Rund ein
  Viertel“ 0.25 "about", „gut ein Zehntel weniger“ 0.1 "over", „jeder dritte
  Ackerbaubetrieb“ 0.3333 (hundred-fifteenth: „Jeder dritte Ackerbaubetrieb“), „mehr als die
  Hälfte der Einkünfte“ 0.5 "over", „ein Drittel weniger als vor einem Jahr“ 0.3333 ("vor
  einem Jahr" none); "by about a fifth" 0.2 "about", "by more than a quarter" 0.25 "over",
  "less than half its long-term average" 0.5 "under" (hundred-ninetieth: "less than half
  the long-term average"), "yields a third below normal" 0.3333 (a share written as a fall
  stays a fraction, hundred-ninetieth, two-hundred-and-fifty-ninth: "a third below their
  level"), "more than half below their record high" 0.5 "over", "by nearly a tenth" 0.1
  "nearly".
- Ordinals (the issue: "zum zweiten Mal", "die drittgrößte Stadt"): „der erste Fall bei
  Hausschweinen seit 2022“ 1 and the year (two-hundred-and-fifty-ninth: „der erste Ausbruch
  ... seit 2021“), „der dritte Ausbruch ... binnen zwölf Monaten“ 3 and 12 months ("binnen"
  no hedge), „aus der ersten Ernteschätzung“ 1 (hundred-fifteenth: „der ersten
  Ernteschätzung“), "the first detection in U.S. livestock since 2016" 1 and the year,
  "over the first six months of this year" 1 and 6 months (forty-second: „in den ersten
  neun Monaten“; three-hundredth: "in the first six months"), "a second round of payments"
  2, "the first cut in the official price in seven years" 1 and 7 years (three-hundredth:
  "the first coastwide walkout by their union in 40 years"), "for a third consecutive
  month" 3, "the 11th case" 11. „nach ersten Schätzungen“ none (sixteenth: "ersten" before a
  plural without an article); "erstmals", "the lowest", "the smallest", "the most", "the
  highest", „den höchsten Stand“, „Am stärksten“, "a record", "all-time high" none.
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"): „gut fünf Stunden“ 5
  hours "over" (two-hundred-and-fifty-ninth: „gut vier Stunden“), „seit acht Monaten“ 8
  months, „innert drei Wochen“ 3 weeks ("innert", the Swiss „binnen“, no hedge;
  two-hundred-and-fourth: „innert 100 Tagen“), „seit fast zwei Jahren“ 2 years "nearly",
  „vor zwei Jahren“ 2 years,
  "in two years" 2 years, "the lowest in five years" 5 years (two-hundred-and-fifty-ninth:
  "the highest in seven years"), "the five-year average" twice 5 years, "the smallest in
  four years" 4 years, "for at least 30 more days" 30 days "at_least" ("more" after the
  figure no hedge), "their biggest one-day gain in two months" 1 day and 2 months
  (three-hundred-and-twenty-fourth: "their biggest one-day drop since August"), "over the
  past two years" 2 years ("over" before "the" no hedge). None: "this year", "last year",
  "a year earlier", "in a year", "a month ago", "last season", "this season", "for another
  year", "last week", "on the week", "since January", "since last July", "by the end of
  April", "in the coming weeks", "between April and May", "from October to March", "last
  winter", „heuer“, „im Vorjahr“, „ein Jahr zuvor“, „vor einem Jahr“, „im Jahr davor“,
  „letztes Jahr“, „in diesem Jahr“, „im laufenden Jahr“, „des kommenden Jahres“, „im
  kommenden Frühjahr“, „seit dem Herbst“, „Seit Anfang April“, „seit Mitte März“, „Mitte
  April“, „seit Jahresbeginn“, „Ende November“, „bis zum Jahresende“, „in den kommenden
  Wochen“, „in der Nacht zum Donnerstag“, „am Montagabend“, weekdays and months.
- Years, seasons and dates: „seit 2022“, „seit 2014“, "since 2016", "since 2020", "since
  February 2024" the years; seasons and Australian financial years give both years ("in
  2027-28" twice - forty-second: "2025-26" -, "Argentina's 2026/27 soybean harvest", "the
  2027/28 marketing year", "the 2027/28 crop"; eighty-eighth, hundred-fifteenth); "on May
  1, 2029" the full date 2029-05-01 and no separate year (two-hundred-and-fifty-ninth:
  "until March 31, 2027"); „am 1. Juli“, „ab dem 1. April“, „zum 1. Januar“, "on June 30",
  "from June 1", "from September 1", "from October 18" and "since October 1" dates without
  a year; "the 1940s" none (two-hundred-and-fifty-ninth: "since the 1850s"). Reuters and AAP
  datelines with a day ("MADRID, March 9", "CANBERRA, March 16 (AAP)", "WASHINGTON, March
  31", "BUENOS AIRES, May 20", "CANBERRA, June 8 (AAP)", "BRUSSELS, June 28", "WASHINGTON,
  Aug 12", "PERTH, Sept 7 (AAP)", "ABIDJAN, Oct 1", "ROME, Oct 8") are dates without a year
  (forty-second: "CANBERRA, Sept 2 (AAP)"); dpa, APA, Keystone-SDA, Reuters German ("Paris
  (Reuters) -", "Frankfurt (Reuters) -"), AP ("AUSTIN, Texas (AP) —", "DES MOINES, Iowa (AP)
  —") and PA ("LONDON (PA) -") datelines none (seventy-ninth). New: the AIZ datelines "Wien,
  2. März 2027 (aiz.info). -" and "Wien, 19. August 2027 (aiz.info). -" are the full dates
  2027-03-02 and 2027-08-19 with no separate year - the Austrian farm news agency writes its
  dateline with day, month and year, read as a full date is in running copy („Zum 1. Januar
  2027“, two-hundred-and-forty-fifth), where a Reuters dateline's day without a year is a
  date without a year and a dpa or APA dateline, which names no day, carries none. "H5N1"
  (twice), "A-Segment", "Klasse Top", "Chapter 12", "MARS" and "Mercosur" carry none
  (forty-second, hundred-fifteenth, hundred-ninetieth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly" "about";
  „knapp“, „fast“, "nearly" "nearly"; „gut“, „mehr als“, "more than" "over"; „weniger als“
  (before a share), „unter“ (before a figure), "less than" (before a share) "under"; "up to"
  "up_to"; „mindestens“, "at least" "at_least". No hedge: „durchschnittlich“, „im Schnitt“,
  "an average of", "on average", „insgesamt“, „zusammen“, „weitere“, „Alle“, "all", „nur“,
  „nur noch“, „derzeit“, „zuletzt“, „noch“, „zwischen“, „binnen“, „innert“, "more" after a
  figure, „mehr“, „weniger“, „billiger“ and „teurer“ after a figure, "down from", "up
  from", "over" before a span or "the", "close to" before the article, and „kaum“ before no
  figure (two-hundred-and-fifty-ninth: „kaum ein Betrieb“).
- Speakers, checked only in forms the earlier batches settled: „Nach Angaben der Polizei“
  -> "die Polizei" in the Allgäu story (seventieth, hundred-ninetieth,
  two-hundred-and-fifty-ninth); "Police said ..." opening the row -> "police"
  (hundred-ninetieth); „wie das Bundesamt für Lebensmittelsicherheit und Veterinärwesen
  (BLV) am Mittwoch mitteilte“ -> the office without the abbreviation in brackets and
  without the weekday (hundred-fifteenth: „wie der Schweizer Obstverband am Donnerstag
  mitteilte“; three-hundred-and-twenty-fourth: „wie das Bundesamt für Statistik (BFS) zum
  Wochenschluss mitteilte“); „X sagte, ...“ with the title dropped
  („Landwirtschaftskammer-Präsident Florian Hinteregger“, „Agrarministerin Wiebke
  Osterloh“, „BO-Milch-Präsident Reto Ambühl“, „Landesveterinärdirektor Gernot Rappold“,
  „BDM-Landesvorsitzender Hubert Stangassinger“, „Obmann Leopold Hiesinger“, „Agrarminister
  Clemens Hollerbach“, „Kantonstierarzt Daniel Perrottet“, „Bauernpräsident Bernd
  Lüdeking“, „SBV-Präsident Martin Scheidegger“, „Landwirtschaftsminister Gottfried
  Fürnkranz“, „Landvolk-Vizepräsident Heiner Brüggemann“; hundred-eightieth,
  two-hundred-and-fifty-ninth), and with the body after the name dropped as a place or a
  firm after the name is („..., sagte Pflanzenbauexpertin Gerlinde Aumayr von der
  Landwirtschaftskammer Österreich.“, „Ackerbaureferentin Martina Schwaighofer von der
  Landwirtschaftskammer sagte, ...“, „Ökonomin Ines Raschke von der Landesbank Mainufer
  sagte, ...“; hundred-fifteenth: „Winzerin Martina Zöchling aus Langenlois“;
  two-hundred-and-fifty-ninth New: "Analyst Marisol Vandergriff of Prairie Ledger Advisory
  said"). English: the name with the role dropped ("COAG union leader Ramiro Escudero
  said", "Agriculture Minister Lucía Bermejo said", "ABARES executive director Helena
  Tregonning said", "Federal Agriculture Minister Ruairi Dalgleish said" twice, "BRC chief
  executive Sophie Ellingham said", "Texas Agriculture Commissioner Roy Tillotson said",
  "Agriculture Secretary Emiliano Carrizo said", "Grain Producers Australia chair Duncan
  Mulholland said", "NFU combinable crops board chair Edward Lyneham said", "Iowa farmer
  Dale Brenneman said", "Agriculture Secretary Janet Holloway said", "WAFarmers president
  Ross Tennant said", "Agriculture Minister Koffi Aboua-Dagri said", "Chief veterinary
  officer Nadia Pemberton-Clay said"; hundred-fifteenth, two-hundred-and-fifty-ninth);
  "Ostrander said" opening the row; "..., the Food and Agriculture Organization said." ->
  "the Food and Agriculture Organization" (hundred-fifteenth). Left unchecked although
  earlier batches settled the form, to keep the checked speakers near the brief's number
  (as the two-hundred-and-forty-second and two-hundred-and-fifty-ninth did): „teilte der
  Landkreis mit“, „nach Angaben des Landkreises“, „nach Angaben des Agrarministeriums“,
  „nach Angaben der BO Milch“, „teilte das Land Steiermark mit“, „teilte die
  Österreichische Hagelversicherung mit“, „Das teilte der Deutsche Bauernverband am Mittwoch
  in Berlin mit.“, „teilte Swiss Granum mit“, „wie das Statistische Bundesamt mitteilte“,
  „Nach Angaben der Polizei“ in the Hanover story, "the Agriculture Department said on
  Wednesday", "the BRC said", "the Texas Animal Health Commission said", "The Agriculture
  Department said", "the department said", "the exchange said", "ABARES said", "Defra
  said" twice and "The British Poultry Council said". Left unchecked as unsettled or
  excluded (None): roles without a name („sagte ein Händler in Hamburg“, „Eine Sprecherin
  der Molkerei sagte“, „sagte sie“, „Ein Sprecher des Handelsverbands Deutschland sagte“,
  "she said", "it said"; thirty-seventh, hundred-fifteenth), plural and collective sources
  („nach Angaben der Behörden“, "Federal officials confirmed", "Analysts polled by
  Reuters", "Analysts at the exchange estimate", the two-sided protest rows; forty-first),
  a source whose verb is in the perfect or the present ("the National Farmers' Union has
  said", "The UK Health Security Agency says"; hundred-ninetieth New: "The Irish Farmers'
  Association says"), "the environment department said" and "the government said"
  (hundred-fifteenth, two-hundred-and-forty-second), a possessive heading the source ("the
  Commission's MARS crop monitoring unit said"; eighty-third), a description before a
  body's name ("Farm lobby Copa-Cogeca said"; fortieth, two-hundred-and-fifty-ninth),
  "according to ..." (ABARES, ABARES' June crop report, agriculture ministry figures, the
  British Retail Consortium, market researchers Kantar, Defra figures, the AHDB, federal
  court records, state figures, industry estimates; two-hundred-and-forty-fourth,
  two-hundred-and-fifty-ninth), "department data show", „laut der Agentur ... (Ages)“,
  „laut Grünem Bericht“, „Das geht aus ... hervor“, „nach einer Umfrage des Verbands“,
  „nach Berechnungen des Verbands“ and „der Kammer“, estimating verbs („rechnet die Kammer
  vor“, „rechnet“, „schätzt der Schweizer Bauernverband“, „Dies schätzt ...“, „erwartet die
  AMA“, "Police estimated"; hundred-tenth), verbs not of saying („bestätigte“,
  „forderte“, „kritisierte“, „nannte“, „sprach von“, „versichern“), and all negatives, also
  those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_338 = [
    # --- Düngerpreise in Österreich (AIZ), März ---
    (
        "de",
        "Wien, 2. März 2027 (aiz.info). - Stickstoffdünger hat sich für Österreichs Ackerbauern seit dem Herbst neuerlich verteuert: Kalkammonsalpeter kostete im Februar im Großhandel durchschnittlich 412 Euro je Tonne, um 38 Euro mehr als im Oktober.",
        True,
        [("date", "2027-03-02", None, None), ("money", 412, "EUR", None), ("money", 38, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für Harnstoff verlangte der Landhandel zuletzt knapp 570 Euro je Tonne, das sind gut 14 Prozent mehr als ein Jahr zuvor.",
        True,
        [("money", 570, "EUR", "nearly"), ("percent", 14, "%", "over")],
        None,
    ),
    (
        "de",
        "Grund seien vor allem die gestiegenen Erdgaspreise und die EU-Zölle auf Dünger aus Russland, sagte Pflanzenbauexpertin Gerlinde Aumayr von der Landwirtschaftskammer Österreich.",
        True,
        [],
        "Gerlinde Aumayr",
    ),
    (
        "de",
        "Die Zölle steigen am 1. Juli planmäßig von 55 auf 85 Euro je Tonne.",
        True,
        [("date", "--07-01", None, None), ("money", 55, "EUR", None), ("money", 85, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf einen durchschnittlichen Ackerbaubetrieb mit 40 Hektar kommen damit heuer Mehrkosten von rund 2.300 Euro zu, rechnet die Kammer vor.",
        True,
        [("count", 40, None, None), ("money", 2300, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wer jetzt beim Dünger spart, spart sich im Sommer den Ertrag weg“, sagte Aumayr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Landwirtschaftskammer-Präsident Florian Hinteregger sagte, die Kammer fordere vom Bund einen Düngerkostenzuschuss von 50 Euro je Hektar.",
        True,
        [("money", 50, "EUR", None)],
        "Florian Hinteregger",
    ),
    # --- Spanish farmers in Madrid (Reuters), March ---
    (
        "en",
        "MADRID, March 9 (Reuters) - Thousands of Spanish farmers drove tractors into central Madrid on Tuesday to protest against soaring costs, water restrictions and the European Union's trade pact with the Mercosur bloc.",
        True,
        [("date", "--03-09", None, None)],
        None,
    ),
    (
        "en",
        "The government's delegation in Madrid counted about 4,500 demonstrators and 620 tractors, whereas the organising unions spoke of more than 15,000.",
        True,
        [("count", 4500, None, "about"), ("count", 620, None, None), ("count", 15000, None, "over")],
        None,
    ),
    (
        "en",
        "Spanish farm incomes fell 6.8% last year to 31.2 billion euros, according to agriculture ministry figures.",
        True,
        [("percent", 6.8, "%", None), ("money", 31200000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "COAG union leader Ramiro Escudero said diesel, fertiliser and electricity bills for a typical olive farm had risen by about a fifth in two years.",
        True,
        [("fraction", 0.2, None, "about"), ("duration", 2, "year", None)],
        "Ramiro Escudero",
    ),
    (
        "en",
        '"They ask us to compete with farms on the other side of the ocean that follow none of our rules," Escudero told the crowd.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Agriculture Minister Lucía Bermejo said the government would release 200 million euros in drought aid for growers in Andalusia and Murcia by the end of April.",
        True,
        [("money", 200000000, "EUR", None)],
        "Lucía Bermejo",
    ),
    ("en", 'Bermejo called the protest "understandable, but aimed at the wrong address."', False, [], None),
    (
        "en",
        "Police said four people were detained after a group tried to push through a cordon near the agriculture ministry.",
        True,
        [("count", 4, None, None)],
        "police",
    ),
    # --- Schweinepest im Emsland (dpa/lni), März ---
    (
        "de",
        "Meppen (dpa/lni) - Im Emsland ist die Afrikanische Schweinepest in einem Schweinemastbetrieb ausgebrochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am Montagabend habe das Friedrich-Loeffler-Institut den Verdacht bestätigt, teilte der Landkreis mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Alle 2.850 Schweine des Betriebs werden getötet, um eine weitere Ausbreitung der Seuche zu verhindern.",
        True,
        [("count", 2850, None, None)],
        None,
    ),
    (
        "de",
        "Rings um den Betrieb gilt nun eine Sperrzone mit zehn Kilometern Radius, in der nach Angaben des Landkreises 146 weitere Betriebe mit zusammen rund 212.000 Schweinen liegen.",
        True,
        [("count", 10, None, None), ("count", 146, None, None), ("count", 212000, None, "about")],
        None,
    ),
    (
        "de",
        "Für Niedersachsen ist es nach Angaben des Agrarministeriums der erste Fall bei Hausschweinen seit 2022.",
        True,
        [("ordinal", 1, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Agrarministerin Wiebke Osterloh sagte, das Land werde betroffenen Betrieben mit einem Hilfsfonds von 15 Millionen Euro unter die Arme greifen.",
        True,
        [("money", 15000000, "EUR", None)],
        "Wiebke Osterloh",
    ),
    (
        "de",
        "„Für die Region ist das ein schwerer Schlag, aber wir sind vorbereitet“, sagte Osterloh.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach dem Ausbruch gab der Vereinigungspreis für Schlachtschweine um 15 Cent auf 1,63 Euro je Kilogramm Schlachtgewicht nach.",
        True,
        [("money", 0.15, "EUR", None), ("money", 1.63, "EUR", None)],
        None,
    ),
    (
        "de",
        "Schweinehalter im ganzen Nordwesten sind aufgerufen, ihre Hygienemaßnahmen genau zu überprüfen.",
        False,
        [],
        None,
    ),
    # --- Australian farm outlook (AAP), March ---
    (
        "en",
        "CANBERRA, March 16 (AAP) - The value of Australian farm production is forecast to fall 7% to A$84 billion in 2027-28 as dry conditions across the south cut crop and livestock output, according to ABARES.",
        True,
        [
            ("date", "--03-16", None, None),
            ("percent", 7, "%", None),
            ("money", 84000000000, "AUD", None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "Average cash income for broadacre farms is projected to drop about 22% to A$148,000 per farm, the lowest in five years.",
        True,
        [("percent", 22, "%", "about"), ("money", 148000, "AUD", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "ABARES executive director Helena Tregonning said wheat production would fall to 26.4 million tonnes from 34.1 million tonnes a year earlier.",
        True,
        [("count", 26400000, None, None), ("count", 34100000, None, None)],
        "Helena Tregonning",
    ),
    (
        "en",
        "Beef exports were expected to hold near record levels at about 1.3 million tonnes, she said.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    (
        "en",
        "The gross value of livestock production is expected to rise 3% to A$38.5 billion on strong demand for beef.",
        True,
        [("percent", 3, "%", None), ("money", 38500000000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"Seasons like this one test even the best-run businesses in the country," Tregonning told the conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Federal Agriculture Minister Ruairi Dalgleish said the government would extend concessional drought loans of up to A$2 million per farm for another year.",
        True,
        [("money", 2000000, "AUD", "up_to")],
        "Ruairi Dalgleish",
    ),
    ("en", 'The National Farmers\' Federation called the loans "a band-aid on a broken leg."', False, [], None),
    # --- Milchpreis in der Schweiz (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - Milchbauern erhalten für Molkereimilch im A-Segment ab dem 1. April einen um 3 Rappen höheren Richtpreis von 84 Rappen pro Kilogramm.",
        True,
        [("date", "--04-01", None, None), ("money", 0.03, "CHF", None), ("money", 0.84, "CHF", None)],
        None,
    ),
    ("de", "Das hat der Vorstand der Branchenorganisation Milch (BO Milch) am Freitag in Bern beschlossen.", True, [], None),
    (
        "de",
        "Der Entscheid fiel nach Angaben der BO Milch mit 17 zu 5 Stimmen.",
        True,
        [("count", 17, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "BO-Milch-Präsident Reto Ambühl sagte, die eingelieferte Milchmenge sei letztes Jahr um 1,8 Prozent auf knapp 3,3 Millionen Tonnen gesunken, die Butterlager seien fast leer.",
        True,
        [("percent", 1.8, "%", None), ("count", 3300000, None, "nearly")],
        "Reto Ambühl",
    ),
    (
        "de",
        "Die Schweizer Milchproduzenten (SMP) hatten eine Erhöhung um mindestens 5 Rappen gefordert.",
        True,
        [("money", 0.05, "CHF", "at_least")],
        None,
    ),
    ("de", "«Das ist ein Tropfen auf den heissen Stein», sagte SMP-Direktorin Käthi Zumstein.", False, [], None),
    (
        "de",
        "Die Grossverteiler versichern, die höheren Kosten nicht vollständig an die Kundschaft weiterzugeben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 16'900 Betriebe liefern in der Schweiz noch Milch ab, rund 450 weniger als ein Jahr zuvor.",
        True,
        [("count", 16900, None, "about"), ("count", 450, None, "about")],
        None,
    ),
    # --- U.S. planting intentions (Reuters), March ---
    (
        "en",
        "WASHINGTON, March 31 (Reuters) - U.S. farmers intend to plant 93.6 million acres of corn this year, down 3.4% from last year, the Agriculture Department said on Wednesday in its annual Prospective Plantings report.",
        True,
        [("date", "--03-31", None, None), ("count", 93600000, None, None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "Soybean plantings were pegged at 86.2 million acres, up from 82.9 million, while all-wheat acreage was seen at 45.1 million acres.",
        True,
        [("count", 86200000, None, None), ("count", 82900000, None, None), ("count", 45100000, None, None)],
        None,
    ),
    (
        "en",
        "Analysts polled by Reuters had on average expected corn plantings of 94.4 million acres.",
        True,
        [("count", 94400000, None, None)],
        None,
    ),
    (
        "en",
        "In Chicago, the most-active corn contract gained 7 cents to $4.53 a bushel after the report.",
        True,
        [("money", 0.07, "USD", None), ("money", 4.53, "USD", None)],
        None,
    ),
    (
        "en",
        '"Growers are hedging their bets this spring, and who could blame them," said Bradley Ostrander, an analyst at Heartland Grain Partners.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ostrander said input costs favoured soybeans, which need little nitrogen fertiliser, after urea prices rose about 18% since January.",
        True,
        [("percent", 18, "%", "about")],
        "Ostrander",
    ),
    (
        "en",
        "Traders said the weather in the coming weeks would decide how many of those acres actually get planted.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The department's Acreage report, based on a survey of farmers, is due on June 30.",
        True,
        [("date", "--06-30", None, None)],
        None,
    ),
    # --- Vogelgrippe in der Steiermark (APA), April ---
    (
        "de",
        "Graz (APA) - In einem Putenmastbetrieb im Bezirk Südoststeiermark ist die Vogelgrippe ausgebrochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei verendeten Tieren sei der Subtyp H5N1 nachgewiesen worden, teilte das Land Steiermark mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der gesamte Bestand von rund 11.500 Puten wird gekeult.",
        True,
        [("count", 11500, None, "about")],
        None,
    ),
    (
        "de",
        "Der Betrieb liegt nun im Zentrum einer Schutzzone mit drei Kilometern Radius, die Überwachungszone reicht zehn Kilometer weit.",
        True,
        [("count", 3, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "In der Überwachungszone liegen nach Angaben der Behörden 63 weitere Geflügelhalter mit zusammen etwa 480.000 Tieren.",
        True,
        [("count", 63, None, None), ("count", 480000, None, "about")],
        None,
    ),
    (
        "de",
        "Landesveterinärdirektor Gernot Rappold sagte, es sei der dritte Ausbruch in einem steirischen Nutzgeflügelbestand binnen zwölf Monaten.",
        True,
        [("ordinal", 3, None, None), ("duration", 12, "month", None)],
        "Gernot Rappold",
    ),
    (
        "de",
        "Geflügelhalter im ganzen Bundesland werden ersucht, ihre Tiere vorerst im Stall zu halten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für Menschen ist das Risiko einer Ansteckung laut der Agentur für Gesundheit und Ernährungssicherheit (Ages) sehr gering.",
        True,
        [],
        None,
    ),
    ("de", "„Für die Familie ist das ein Albtraum“, sagte der Bürgermeister der Gemeinde.", False, [], None),
    # --- British food inflation (PA), April ---
    (
        "en",
        "LONDON (PA) - Food inflation in Britain's shops rose to 4.8% in April from 4.1% in March, driven by higher prices for beef, butter and chocolate, according to the British Retail Consortium.",
        True,
        [("percent", 4.8, "%", None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        "Fresh food prices climbed 5.6% on a year earlier, 0.9 percentage points more than in March and the fastest rate since February 2024.",
        True,
        [("percent", 5.6, "%", None), ("percent", 0.9, "pp", None), ("year", 2024, None, None)],
        None,
    ),
    ("en", "Overall shop price inflation edged up to 1.9%, the BRC said.", True, [("percent", 1.9, "%", None)], None),
    (
        "en",
        "BRC chief executive Sophie Ellingham said retailers faced about £5 billion in extra costs this year from higher employer taxes and packaging levies.",
        True,
        [("money", 5000000000, "GBP", "about")],
        "Sophie Ellingham",
    ),
    (
        "en",
        '"Shops are bending over backwards to protect shoppers, yet nobody can soak up costs like these for ever," Ellingham said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The price of a 250g block of butter has risen by more than a quarter in a year, according to market researchers Kantar.",
        True,
        [("count", 250, None, None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "en",
        "Economists expect food inflation to peak in the summer before easing towards the end of the year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Dairy farmers received an average of 44p a litre for their milk in March, up 3p from a year earlier, according to Defra figures.",
        True,
        [("money", 0.44, "GBP", None), ("money", 0.03, "GBP", None)],
        None,
    ),
    # --- Weizenpreis an der Euronext (Reuters), Mai ---
    (
        "de",
        "Paris (Reuters) - Der Weizenpreis an der Pariser Terminbörse Euronext ist wegen der Trockenheit in Teilen Nordeuropas auf den höchsten Stand seit acht Monaten gestiegen.",
        True,
        [("duration", 8, "month", None)],
        None,
    ),
    (
        "de",
        "Der Kontrakt mit Fälligkeit September verteuerte sich am Dienstag um 4,25 Euro auf 231,50 Euro je Tonne.",
        True,
        [("money", 4.25, "EUR", None), ("money", 231.5, "EUR", None)],
        None,
    ),
    ("de", "Seit Anfang April summiert sich das Plus damit auf gut 11 Prozent.", True, [("percent", 11, "%", "over")], None),
    (
        "de",
        "In Teilen Polens, Norddeutschlands und Dänemarks sei seit Mitte März weniger als ein Drittel der üblichen Niederschlagsmenge gefallen, sagte ein Händler in Hamburg.",
        True,
        [("fraction", 0.3333, None, "under")],
        None,
    ),
    (
        "de",
        "Analysten halten weitere Preisaufschläge für wahrscheinlich, sollte der Regen auch in den kommenden Wochen ausbleiben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die EU-Kommission hatte ihre Prognose für die Weichweizenernte der Gemeinschaft zuletzt um 1,2 Millionen auf 128,6 Millionen Tonnen gesenkt.",
        True,
        [("count", 1200000, None, None), ("count", 128600000, None, None)],
        None,
    ),
    ("de", "„Der Markt handelt im Moment vor allem Angst“, sagte ein Pariser Makler.", False, [], None),
    # --- Screwworm in Texas (AP), May ---
    (
        "en",
        "AUSTIN, Texas (AP) — Federal officials confirmed a case of New World screwworm in a cow in South Texas on Thursday, the first detection in U.S. livestock since 2016.",
        True,
        [("ordinal", 1, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "The infested animal was found in a herd of about 340 cattle in Starr County, roughly 12 miles from the Mexican border, the Texas Animal Health Commission said.",
        True,
        [("count", 340, None, "about"), ("count", 12, None, "about")],
        None,
    ),
    (
        "en",
        "The Agriculture Department said it would double the release of sterile flies along the border to 200 million a week.",
        True,
        [("count", 200000000, None, None)],
        None,
    ),
    (
        "en",
        "Imports of live cattle from Mexico, suspended since last July, will remain halted for at least 30 more days, the department said.",
        True,
        [("duration", 30, "day", "at_least")],
        None,
    ),
    (
        "en",
        '"Every rancher down here is out walking his pastures at first light now," said a cattle buyer in Edinburg.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Texas Agriculture Commissioner Roy Tillotson said the state had set up 14 checkpoints where livestock trucks are inspected.",
        True,
        [("count", 14, None, None)],
        "Roy Tillotson",
    ),
    (
        "en",
        "Officials urged ranchers to inspect wounds on their animals and to report any maggots without delay.",
        False,
        [],
        None,
    ),
    ("en", "Feeder cattle futures fell about 3% in Chicago after the announcement.", True, [("percent", 3, "%", "about")], None),
    # --- Milchbauern blockieren Molkerei (dpa/lby), Mai ---
    (
        "de",
        "Kempten (dpa/lby) - Mit rund 180 Traktoren haben Milchbauern am Montag die Zufahrt zu einer Großmolkerei im Allgäu blockiert.",
        True,
        [("count", 180, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Polizei beteiligten sich etwa 350 Landwirte an der Aktion, die gut fünf Stunden dauerte.",
        True,
        [("count", 350, None, "about"), ("duration", 5, "hour", "over")],
        "die Polizei",
    ),
    (
        "de",
        "Der Bundesverband Deutscher Milchviehhalter (BDM) protestiert gegen eine Senkung des Milchpreises, die die Molkerei für Juni angekündigt hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Molkerei will ihren Lieferanten ab Juni nur noch 44,5 Cent je Kilogramm Milch zahlen, nach 47 Cent im Mai.",
        True,
        [("money", 0.445, "EUR", None), ("money", 0.47, "EUR", None)],
        None,
    ),
    (
        "de",
        "BDM-Landesvorsitzender Hubert Stangassinger sagte, die Erzeugungskosten lägen nach Berechnungen des Verbands derzeit bei rund 52 Cent je Kilogramm.",
        True,
        [("money", 0.52, "EUR", "about")],
        "Hubert Stangassinger",
    ),
    (
        "de",
        "„Wir lassen uns nicht länger die Butter vom Brot nehmen“, rief Stangassinger den Bauern vor dem Werkstor zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Sprecherin der Molkerei sagte, der Preis für Blockbutter sei seit Jahresbeginn um knapp 30 Prozent gefallen.",
        True,
        [("percent", 30, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Man bedauere die Blockade, habe aber Verständnis für die Sorgen der Bauern, sagte sie.",
        False,
        [],
        None,
    ),
    # --- Argentina's soybean harvest (Reuters), May ---
    (
        "en",
        "BUENOS AIRES, May 20 (Reuters) - The Rosario grains exchange raised its estimate for Argentina's 2026/27 soybean harvest by 1.5 million tonnes to 50.5 million tonnes on Thursday, citing better-than-expected yields in Buenos Aires province.",
        True,
        [
            ("date", "--05-20", None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("count", 1500000, None, None),
            ("count", 50500000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Average yields in the core farm belt reached 3.4 tonnes per hectare, the exchange said in its weekly report.",
        True,
        [("count", 3.4, None, None)],
        None,
    ),
    (
        "en",
        "Farmers have harvested about 78% of the 17.2 million hectares sown with the oilseed, it said.",
        True,
        [("percent", 78, "%", "about"), ("count", 17200000, None, None)],
        None,
    ),
    ("en", "The corn estimate was left unchanged at 58 million tonnes.", True, [("count", 58000000, None, None)], None),
    (
        "en",
        "Agriculture Secretary Emiliano Carrizo said the government would cut the export tax on soybeans to 24% from 26% from June 1.",
        True,
        [("percent", 24, "%", None), ("percent", 26, "%", None), ("date", "--06-01", None, None)],
        "Emiliano Carrizo",
    ),
    (
        "en",
        '"Every point of tax we take away goes straight back into the fields," Carrizo told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Farm groups said the cut fell short and called the export levies "a punishment for producing."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at the exchange estimate soybean exports this season at 5.8 million tonnes, up from 4.1 million.",
        True,
        [("count", 5800000, None, None), ("count", 4100000, None, None)],
        None,
    ),
    # --- Marillenernte in der Wachau (APA), Juni ---
    (
        "de",
        "Krems (APA) - Nach dem Spätfrost im April fällt die Marillenernte in der Wachau heuer deutlich kleiner aus als erwartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Verein Wachauer Marille rechnet mit rund 1.100 Tonnen, nach knapp 2.400 Tonnen im Vorjahr.",
        True,
        [("count", 1100, None, "about"), ("count", 2400, None, "nearly")],
        None,
    ),
    ("de", "Das wäre weniger als die Hälfte einer Durchschnittsernte.", True, [("fraction", 0.5, None, "under")], None),
    (
        "de",
        "Obmann Leopold Hiesinger sagte, in zwei Frostnächten Mitte April seien die Temperaturen in manchen Lagen auf minus 4,5 Grad gefallen.",
        True,
        [("count", 2, None, None), ("count", -4.5, None, None)],
        "Leopold Hiesinger",
    ),
    (
        "de",
        "Ab Hof kostet das Kilogramm Marillen heuer zwischen 7 und 9 Euro, um etwa 2 Euro mehr als im Vorjahr.",
        True,
        [("money", 7, "EUR", None), ("money", 9, "EUR", None), ("money", 2, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„So leere Bäume habe ich mein ganzes Leben nicht gesehen“, sagte eine Bäuerin aus Spitz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund ein Viertel der gut 200 Marillenbauern in der Wachau hat eine Frostversicherung abgeschlossen, teilte die Österreichische Hagelversicherung mit.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 200, None, "over")],
        None,
    ),
    ("de", "Die Bauern hoffen nun, dass die Bäume im kommenden Frühjahr verschont bleiben.", False, [], None),
    # --- Australia's winter crop (AAP), June ---
    (
        "en",
        "CANBERRA, June 8 (AAP) - Australia's winter crop is forecast to shrink 17% to 50.3 million tonnes in 2027-28 after a dry start to the season in South Australia and Victoria, according to ABARES' June crop report.",
        True,
        [
            ("date", "--06-08", None, None),
            ("percent", 17, "%", None),
            ("count", 50300000, None, None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "Wheat output is tipped at 26.9 million tonnes, with barley seen at 11.2 million tonnes and a canola crop of 5.4 million tonnes.",
        True,
        [("count", 26900000, None, None), ("count", 11200000, None, None), ("count", 5400000, None, None)],
        None,
    ),
    (
        "en",
        "The area planted to winter crops is estimated at 23.6 million hectares, down 4% on last year.",
        True,
        [("count", 23600000, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "ABARES said rainfall in South Australia's cropping districts between April and May reached less than half its long-term average.",
        True,
        [("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "Grain Producers Australia chair Duncan Mulholland said many growers in the Mallee had sown into dry soil and were still waiting for rain.",
        True,
        [],
        "Duncan Mulholland",
    ),
    (
        "en",
        '"It\'s far from a disaster yet, but right now the crop is running on hope," Mulholland said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Export prices for Australian Premium White wheat at Kwinana rose A$14 to A$392 a tonne last week.",
        True,
        [("money", 14, "AUD", None), ("money", 392, "AUD", None)],
        None,
    ),
    # --- Agrarhaushalt (dpa), Juni ---
    (
        "de",
        "Berlin (dpa) - Das Bundeskabinett hat den Entwurf für den Agrarhaushalt des kommenden Jahres beschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Er sieht Ausgaben von 6,4 Milliarden Euro vor, rund 260 Millionen Euro weniger als in diesem Jahr.",
        True,
        [("money", 6400000000, "EUR", None), ("money", 260000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Den größten Posten bildet mit gut 3,9 Milliarden Euro die landwirtschaftliche Sozialpolitik.",
        True,
        [("money", 3900000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Für das Bundesprogramm zum Umbau der Tierhaltung sind nur noch 150 Millionen Euro eingeplant, nach 250 Millionen im laufenden Jahr.",
        True,
        [("money", 150000000, "EUR", None), ("money", 250000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Agrarminister Clemens Hollerbach sagte, die Agrardiesel-Rückvergütung werde wie zugesagt zum 1. Januar wieder in voller Höhe gewährt.",
        True,
        [("date", "--01-01", None, None)],
        "Clemens Hollerbach",
    ),
    (
        "de",
        "„Dieser Haushalt ist ein klares Bekenntnis zu unseren Bauernfamilien“, sagte Hollerbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Deutsche Bauernverband kritisierte die Kürzung beim Stallumbau als „Wortbruch“.",
        False,
        [],
        None,
    ),
    ("de", "Der Bundestag soll den Etat Ende November verabschieden.", True, [], None),
    # --- EU crop forecast (Reuters), June ---
    (
        "en",
        "BRUSSELS, June 28 (Reuters) - The European Commission lowered its outlook for this year's EU soft wheat yield to 5.9 tonnes per hectare from 6.1 tonnes a month ago, citing heat and dry weather in the north.",
        True,
        [("date", "--06-28", None, None), ("count", 5.9, None, None), ("count", 6.1, None, None)],
        None,
    ),
    (
        "en",
        "The forecast is still 1.7% above the five-year average, the Commission's MARS crop monitoring unit said in its monthly bulletin.",
        True,
        [("percent", 1.7, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Spring barley yields in Germany, Poland and Denmark were seen at 4.3 t/ha, 6% below last year.",
        True,
        [("count", 4.3, None, None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "Grain maize was forecast at 7.6 t/ha, down 2.1% on the average.",
        True,
        [("count", 7.6, None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    ("en", "Rapeseed yields were put at 3.1 t/ha, close to the average.", True, [("count", 3.1, None, None)], None),
    (
        "en",
        "Traders said the cut could lend further support to Euronext wheat futures.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Farm lobby Copa-Cogeca said EU farmers' net income per worker fell 3.9% in real terms last year.",
        True,
        [("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        'The group called a Commission plan to merge farm and regional funds "a death sentence for the common agricultural policy."',
        False,
        [],
        None,
    ),
    # --- Lumpy-Skin-Krankheit in der Waadt (Keystone-SDA), Juli ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Im Kanton Waadt ist erstmals in der Schweiz die Lumpy-Skin-Krankheit bei Rindern nachgewiesen worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen ist ein Milchviehbetrieb mit 64 Kühen im Bezirk Jura-Nord vaudois, wie das Bundesamt für Lebensmittelsicherheit und Veterinärwesen (BLV) am Mittwoch mitteilte.",
        True,
        [("count", 64, None, None)],
        "das Bundesamt für Lebensmittelsicherheit und Veterinärwesen",
    ),
    ("de", "Alle Tiere des Betriebs werden getötet.", True, [], None),
    (
        "de",
        "Um den Hof wurden eine Schutzzone von 20 Kilometern und eine Überwachungszone von 50 Kilometern eingerichtet, in der rund 1'900 Rinderhaltungen liegen.",
        True,
        [("count", 20, None, None), ("count", 50, None, None), ("count", 1900, None, "about")],
        None,
    ),
    (
        "de",
        "In der Zone sollen innert drei Wochen rund 58'000 Rinder geimpft werden.",
        True,
        [("duration", 3, "week", None), ("count", 58000, None, "about")],
        None,
    ),
    (
        "de",
        "Kantonstierarzt Daniel Perrottet sagte, die Krankheit werde von Stechfliegen und Mücken übertragen und sei für Menschen ungefährlich.",
        True,
        [],
        "Daniel Perrottet",
    ),
    ("de", "«Jetzt zählt Tempo, nicht Perfektion», sagte Perrottet.", False, [], None),
    (
        "de",
        "Der Schweizer Bauernverband forderte den Bund auf, die Kosten der Impfung vollständig zu übernehmen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Tierhalter in der ganzen Westschweiz sind aufgerufen, auffällige Hautknoten bei ihren Rindern sofort dem Tierarzt zu melden.",
        False,
        [],
        None,
    ),
    # --- England's wheat harvest (PA), August ---
    (
        "en",
        "LONDON (PA) - England's wheat harvest is on course to be the smallest in four years after a dry spring and a June heatwave stunted crops across the east of the country, the National Farmers' Union has said.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Early returns from the NFU's harvest survey put wheat yields at an average of 7.2 tonnes per hectare, against a five-year average of 7.9 tonnes.",
        True,
        [("count", 7.2, None, None), ("duration", 5, "year", None), ("count", 7.9, None, None)],
        None,
    ),
    (
        "en",
        "NFU combinable crops board chair Edward Lyneham said some farms in Lincolnshire and Norfolk were reporting yields a third below normal.",
        True,
        [("fraction", 0.3333, None, None)],
        "Edward Lyneham",
    ),
    (
        "en",
        "Feed wheat for November delivery traded at £186 a tonne on Thursday, up £9 on the week.",
        True,
        [("money", 186, "GBP", None), ("money", 9, "GBP", None)],
        None,
    ),
    (
        "en",
        "Growers' fertiliser bills are 12% higher than last season, according to the AHDB.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        '"You can\'t farm on averages when the weather keeps throwing extremes at you," Lyneham said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Defra said farmers in eligible areas could apply for up to £25,000 each from a £40 million drought resilience fund from September 1.",
        True,
        [("money", 25000, "GBP", "up_to"), ("money", 40000000, "GBP", None), ("date", "--09-01", None, None)],
        None,
    ),
    ("en", 'Farm groups called the fund "too little, and far too late for this harvest."', False, [], None),
    # --- Erntebilanz des Bauernverbands (dpa), August ---
    (
        "de",
        "Berlin (dpa) - Deutschlands Bauern haben in diesem Jahr nach ersten Schätzungen rund 41,2 Millionen Tonnen Getreide eingebracht, knapp 6 Prozent weniger als im Vorjahr.",
        True,
        [("count", 41200000, None, "about"), ("percent", 6, "%", "nearly")],
        None,
    ),
    ("de", "Das teilte der Deutsche Bauernverband am Mittwoch in Berlin mit.", True, [], None),
    (
        "de",
        "Winterweizen brachte im Schnitt 71,3 Dezitonnen je Hektar, nach 75,8 Dezitonnen im Vorjahr.",
        True,
        [("count", 71.3, None, None), ("count", 75.8, None, None)],
        None,
    ),
    (
        "de",
        "Bauernpräsident Bernd Lüdeking sagte, vor allem im Nordosten hätten Trockenheit und Hitze den Beständen zugesetzt, in Teilen Brandenburgs seien nur 40 Dezitonnen geerntet worden.",
        True,
        [("count", 40, None, None)],
        "Bernd Lüdeking",
    ),
    (
        "de",
        "Bei Raps reichte es nur für 3,6 Millionen Tonnen, gut ein Zehntel weniger.",
        True,
        [("count", 3600000, None, None), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "de",
        "Für Brotweizen erhalten die Betriebe derzeit rund 205 Euro je Tonne und damit kaum mehr als vor einem Jahr.",
        True,
        [("money", 205, "EUR", "about")],
        None,
    ),
    ("de", "„Die Ernte ist durchwachsen, die Stimmung auf den Höfen ist schlecht“, sagte Lüdeking.", False, [], None),
    (
        "de",
        "Nach einer Umfrage des Verbands schreibt jeder dritte Ackerbaubetrieb derzeit rote Zahlen.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Der Verband erwartet, dass viele Landwirte im Herbst weniger Raps aussäen.",
        False,
        [],
        None,
    ),
    # --- USDA August crop report (Reuters), August ---
    (
        "en",
        "WASHINGTON, Aug 12 (Reuters) - The U.S. Agriculture Department on Thursday forecast the corn crop at 15.6 billion bushels, with an average yield of 182.4 bushels per acre, both below trade expectations.",
        True,
        [("date", "--08-12", None, None), ("count", 15600000000, None, None), ("count", 182.4, None, None)],
        None,
    ),
    (
        "en",
        "Analysts surveyed by Reuters had expected a yield of 184.9 bushels per acre, on average.",
        True,
        [("count", 184.9, None, None)],
        None,
    ),
    (
        "en",
        "Soybean production was pegged at 4.31 billion bushels, up 2% from July's estimate.",
        True,
        [("count", 4310000000, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Ending stocks of corn for the 2027/28 marketing year were cut by 145 million bushels to 1.82 billion.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("count", 145000000, None, None), ("count", 1820000000, None, None)],
        None,
    ),
    (
        "en",
        "December corn futures jumped 11 cents to $4.68 a bushel, their biggest one-day gain in two months.",
        True,
        [("money", 0.11, "USD", None), ("money", 4.68, "USD", None), ("duration", 1, "day", None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "The department put the season-average farm price for corn at $4.10 a bushel, down 15 cents from its July estimate.",
        True,
        [("money", 4.1, "USD", None), ("money", 0.15, "USD", None)],
        None,
    ),
    (
        "en",
        '"This report reminds everyone that a crop isn\'t made until it\'s in the bin," said Carla Whitcombe, a broker at Prairie Gate Futures in Chicago.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The department also trimmed its estimate of wheat exports by 25 million bushels to 850 million.",
        True,
        [("count", 25000000, None, None), ("count", 850000000, None, None)],
        None,
    ),
    (
        "en",
        "Traders said hot, dry weather forecast for the western Corn Belt could trim yields further.",
        False,
        [],
        None,
    ),
    # --- Getreideernte in Österreich (AIZ), August ---
    (
        "de",
        "Wien, 19. August 2027 (aiz.info). - Österreichs Bauern haben heuer rund 2,78 Millionen Tonnen Getreide ohne Mais geerntet, um 4 Prozent mehr als im Vorjahr.",
        True,
        [("date", "2027-08-19", None, None), ("count", 2780000, None, "about"), ("percent", 4, "%", None)],
        None,
    ),
    ("de", "Das geht aus der ersten Ernteschätzung der Agrarmarkt Austria (AMA) hervor.", True, [("ordinal", 1, None, None)], None),
    (
        "de",
        "Die Anbaufläche für Winterweichweizen ging um knapp 7.000 auf 251.000 Hektar zurück.",
        True,
        [("count", 7000, None, "nearly"), ("count", 251000, None, None)],
        None,
    ),
    ("de", "Der Durchschnittsertrag lag bei 6,4 Tonnen je Hektar.", True, [("count", 6.4, None, None)], None),
    (
        "de",
        "Ackerbaureferentin Martina Schwaighofer von der Landwirtschaftskammer sagte, die Qualitäten seien gut, der Anteil an Premiumweizen liege bei fast 40 Prozent.",
        True,
        [("percent", 40, "%", "nearly")],
        "Martina Schwaighofer",
    ),
    (
        "de",
        "Die Erzeugerpreise decken nach Berechnungen der Kammer bei Weizen derzeit nur etwa 85 Prozent der Produktionskosten.",
        True,
        [("percent", 85, "%", "about")],
        None,
    ),
    ("de", "„Eine gute Ernte allein rettet noch keinen Hof“, sagte Schwaighofer.", False, [], None),
    (
        "de",
        "Bei Körnermais erwartet die AMA eine Ernte von etwa 2,1 Millionen Tonnen.",
        True,
        [("count", 2100000, None, "about")],
        None,
    ),
    # --- U.S. farm bankruptcies (AP), August ---
    (
        "en",
        "DES MOINES, Iowa (AP) — Farm bankruptcies in the U.S. jumped 38% to 214 cases over the first six months of this year, the most for that stretch since 2020, according to federal court records.",
        True,
        [("percent", 38, "%", None), ("count", 214, None, None), ("ordinal", 1, None, None), ("duration", 6, "month", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Chapter 12 filings, which are reserved for family farmers, were concentrated in the Midwest and the Southeast.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Iowa farmer Dale Brenneman said he filed after losing about $310,000 on corn and soybeans over two seasons.",
        True,
        [("money", 310000, "USD", "about"), ("count", 2, None, None)],
        "Dale Brenneman",
    ),
    (
        "en",
        '"I did everything the bank told me to do, and it still wasn\'t enough," Brenneman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Agriculture Department has paid out about $9.8 billion in emergency aid to row-crop farmers this year, department data show.",
        True,
        [("money", 9800000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Agriculture Secretary Janet Holloway said a second round of payments worth up to $6 billion would begin in October.",
        True,
        [("ordinal", 2, None, None), ("money", 6000000000, "USD", "up_to")],
        "Janet Holloway",
    ),
    (
        "en",
        "Farm economists said many growers would still lose money on this year's crop even with the aid.",
        False,
        [],
        None,
    ),
    # --- Brotgetreide in der Schweiz (Keystone-SDA), August ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Bauern ernten dieses Jahr voraussichtlich rund 395'000 Tonnen Brotgetreide, 8 Prozent weniger als im Vorjahr.",
        True,
        [("count", 395000, None, "about"), ("percent", 8, "%", None)],
        None,
    ),
    ("de", "Dies schätzt die Branchenorganisation Swiss Granum.", True, [], None),
    (
        "de",
        "Wegen Regens während der Ernte weise ein Teil des Weizens eine ungenügende Fallzahl auf und tauge nur als Futter, teilte Swiss Granum mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Richtpreis für Weizen der Klasse Top liegt bei 53.50 Franken je Dezitonne.",
        True,
        [("money", 53.5, "CHF", None)],
        None,
    ),
    (
        "de",
        "Rund 4'200 Hektaren Raps mussten nach einem Befall mit Rapserdflöhen umgebrochen werden, schätzt der Schweizer Bauernverband.",
        True,
        [("count", 4200, None, "about")],
        None,
    ),
    (
        "de",
        "SBV-Präsident Martin Scheidegger sagte, die Einbussen kosteten viele Ackerbaubetriebe im Mittelland zwischen 15 und 25 Prozent ihres Umsatzes.",
        True,
        [("percent", 15, "%", None), ("percent", 25, "%", None)],
        "Martin Scheidegger",
    ),
    (
        "de",
        "«Wer so ein Jahr erlebt, fragt sich, warum er überhaupt noch sät», sagte ein Landwirt aus dem Zürcher Weinland.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Bund das Zollkontingent für Brotgetreide erhöht, ist noch nicht entschieden.",
        False,
        [],
        None,
    ),
    # --- Live sheep export rally in Perth (AAP), September ---
    (
        "en",
        "PERTH, Sept 7 (AAP) - Thousands of farmers and truck drivers rallied outside Western Australia's parliament on Tuesday against the federal ban on live sheep exports by sea.",
        True,
        [("date", "--09-07", None, None)],
        None,
    ),
    (
        "en",
        "Police estimated the crowd at about 2,100, while organisers said more than 3,000 people took part.",
        True,
        [("count", 2100, None, "about"), ("count", 3000, None, "over")],
        None,
    ),
    (
        "en",
        "The trade, which shipped about 480,000 sheep last year, is due to end on May 1, 2029.",
        True,
        [("count", 480000, None, "about"), ("date", "2029-05-01", None, None)],
        None,
    ),
    (
        "en",
        "WAFarmers president Ross Tennant said the ban would cost the state's sheep industry up to A$140 million a year.",
        True,
        [("money", 140000000, "AUD", "up_to")],
        "Ross Tennant",
    ),
    ("en", '"Canberra has decided our industry is expendable," Tennant told the crowd.', False, [], None),
    (
        "en",
        "Federal Agriculture Minister Ruairi Dalgleish said the government had committed A$139 million to help farmers and the supply chain through the transition.",
        True,
        [("money", 139000000, "AUD", None)],
        "Ruairi Dalgleish",
    ),
    (
        "en",
        'Animal welfare groups welcomed the ban and called the rally "a last stand for a cruel trade."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Western Australia's sheep flock has shrunk to about 11.4 million head, the lowest since the 1940s, according to state figures.",
        True,
        [("count", 11400000, None, "about")],
        None,
    ),
    # --- Grüner Bericht (APA), September ---
    (
        "de",
        "Wien (APA) - Die Einkommen der heimischen Land- und Forstwirte sind im vergangenen Jahr deutlich gesunken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Einkünfte aus Land- und Forstwirtschaft lagen laut Grünem Bericht im Schnitt bei 38.420 Euro je Betrieb, um 14 Prozent weniger als im Jahr davor.",
        True,
        [("money", 38420, "EUR", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Landwirtschaftsminister Gottfried Fürnkranz sagte, Hauptgrund seien niedrigere Preise für Getreide, Ölsaaten und Schweine.",
        True,
        [],
        "Gottfried Fürnkranz",
    ),
    (
        "de",
        "Am stärksten traf es die Marktfruchtbetriebe mit einem Minus von 31 Prozent.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Milchviehbetriebe konnten ihre Einkünfte dagegen um 6 Prozent auf durchschnittlich 44.900 Euro steigern.",
        True,
        [("percent", 6, "%", None), ("money", 44900, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mit rund 21.700 Euro stammte mehr als die Hälfte der Einkünfte aus öffentlichen Geldern.",
        True,
        [("money", 21700, "EUR", "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    ("de", "Die SPÖ sprach von einem „Armutszeugnis für die Agrarpolitik der Regierung“.", False, [], None),
    (
        "de",
        "„Hinter diesen nüchternen Zahlen stehen Familien, die hart arbeiten“, sagte Fürnkranz.",
        False,
        [],
        None,
    ),
    # --- Ivory Coast cocoa price (Reuters), October ---
    (
        "en",
        "ABIDJAN, Oct 1 (Reuters) - Ivory Coast has set the farmgate price for cocoa at 2,250 CFA francs ($4.02) per kg for the main crop, down from 2,650 CFA francs last season, the government said on Friday.",
        True,
        [
            ("date", "--10-01", None, None),
            ("money", 2250, "XOF", None),
            ("money", 4.02, "USD", None),
            ("money", 2650, "XOF", None),
        ],
        None,
    ),
    (
        "en",
        "It is the first cut in the official price in seven years.",
        True,
        [("ordinal", 1, None, None), ("duration", 7, "year", None)],
        None,
    ),
    (
        "en",
        "The main crop, harvested from October to March, accounts for roughly 70% of the country's output.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "Benchmark cocoa futures now trade more than half below their record high, as demand weakened and West African harvests recovered.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Agriculture Minister Koffi Aboua-Dagri said the regulator expected the 2027/28 crop at about 2.1 million tonnes, up from 1.85 million tonnes.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("count", 2100000, None, "about"), ("count", 1850000, None, None)],
        "Koffi Aboua-Dagri",
    ),
    (
        "en",
        '"The farmer remains at the heart of our cocoa policy," Aboua-Dagri told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Farmers' groups said the cut would push more growers to smuggle beans into neighbouring Ghana and Guinea.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Chocolate makers have raised prices by an average of 14% over the past two years, according to industry estimates.",
        True,
        [("percent", 14, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Butterpreis und Lebensmittelinflation (Reuters), Oktober ---
    (
        "de",
        "Frankfurt (Reuters) - Butter ist in Deutschland so billig wie seit fast zwei Jahren nicht mehr.",
        True,
        [("duration", 2, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Ein 250-Gramm-Stück der günstigsten Eigenmarke kostet bei den Discountern seit Montag 1,59 Euro, nach 1,79 Euro zuvor.",
        True,
        [("count", 250, None, None), ("money", 1.59, "EUR", None), ("money", 1.79, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf dem Höhepunkt im Herbst vor zwei Jahren hatte der Preis bei 2,39 Euro gelegen.",
        True,
        [("duration", 2, "year", None), ("money", 2.39, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nahrungsmittel verteuerten sich im September um 1,4 Prozent gegenüber dem Vorjahresmonat, wie das Statistische Bundesamt mitteilte.",
        True,
        [("percent", 1.4, "%", None)],
        None,
    ),
    (
        "de",
        "Molkereiprodukte waren dabei um 3,2 Prozent billiger als ein Jahr zuvor, Gemüse um 4,7 Prozent teurer.",
        True,
        [("percent", 3.2, "%", None), ("percent", 4.7, "%", None)],
        None,
    ),
    (
        "de",
        "Ökonomin Ines Raschke von der Landesbank Mainufer sagte, die Teuerung bei Lebensmitteln dürfte bis zum Jahresende unter 2 Prozent bleiben.",
        True,
        [("percent", 2, "%", "under")],
        "Ines Raschke",
    ),
    ("de", "Verbraucherschützer halten die Preissenkung für längst überfällig.", False, [], None),
    (
        "de",
        "Viele Milchbauern fürchten, dass die Molkereien den Preisdruck nun an sie weiterreichen.",
        False,
        [],
        None,
    ),
    # --- FAO food price index (Reuters), October ---
    (
        "en",
        "ROME, Oct 8 (Reuters) - World food prices fell in September for a third consecutive month as dairy products and vegetable oils got cheaper, the Food and Agriculture Organization said.",
        True,
        [("date", "--10-08", None, None), ("ordinal", 3, None, None)],
        "the Food and Agriculture Organization",
    ),
    (
        "en",
        "The FAO Food Price Index, which tracks the most globally traded food commodities, averaged 124.7 points last month, down 1.3% from August.",
        True,
        [("count", 124.7, None, None), ("percent", 1.3, "%", None)],
        None,
    ),
    (
        "en",
        "The dairy index dropped 4.6%, with butter prices down by nearly a tenth.",
        True,
        [("percent", 4.6, "%", None), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "en",
        "The cereal price index rose 0.8% as worries about dry weather in Argentina and Australia lifted wheat prices.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    ("en", "The vegetable oil index slid 3.1%, to its lowest level since February.", True, [("percent", 3.1, "%", None)], None),
    (
        "en",
        "The FAO raised its forecast for world cereal production this year to 2.93 billion tonnes, which would be a record.",
        True,
        [("count", 2930000000, None, None)],
        None,
    ),
    (
        "en",
        "The agency's economists cautioned that markets remained exposed to weather shocks and export curbs.",
        False,
        [],
        None,
    ),
    ("en", "The meat index was broadly unchanged, hovering near its all-time high.", True, [], None),
    # --- Bauernproteste vor Zentrallagern (dpa/lni), Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - Hunderte Landwirte haben in der Nacht zum Donnerstag mit Traktoren die Zufahrten zu mehreren Zentrallagern des Lebensmittelhandels in Niedersachsen blockiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Polizei waren an fünf Standorten insgesamt rund 640 Traktoren im Einsatz.",
        True,
        [("count", 5, None, None), ("count", 640, None, "about")],
        None,
    ),
    (
        "de",
        "Die Landwirte protestieren gegen aus ihrer Sicht zu niedrige Erzeugerpreise für Milch, Schweinefleisch und Kartoffeln.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Speisekartoffeln bringen den Erzeugern derzeit im Schnitt nur 9 Euro je Dezitonne, ein Drittel weniger als vor einem Jahr.",
        True,
        [("money", 9, "EUR", None), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Landvolk-Vizepräsident Heiner Brüggemann sagte, die Kartoffelernte in Niedersachsen sei mit rund 6,3 Millionen Tonnen so groß ausgefallen wie seit 2014 nicht mehr.",
        True,
        [("count", 6300000, None, "about"), ("year", 2014, None, None)],
        "Heiner Brüggemann",
    ),
    (
        "de",
        "„Der Handel verdient an jeder Knolle, und wir legen bei jeder Knolle drauf“, sagte Brüggemann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Handelsverbands Deutschland sagte, die Preise würden am Markt gebildet und nicht vom Handel diktiert.",
        True,
        [],
        None,
    ),
    ("de", "Der Verband nannte die Blockaden „inakzeptabel“.", False, [], None),
    # --- Bird flu in Norfolk (PA), October ---
    (
        "en",
        "LONDON (PA) - Avian influenza has been found at a turkey farm near Attleborough in Norfolk, where all 27,000 birds are to be culled, the environment department said.",
        True,
        [("count", 27000, None, None)],
        None,
    ),
    (
        "en",
        "Officials have drawn a 3km protection zone around the site, inside a wider 10km surveillance zone.",
        True,
        [("count", 3, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Poultry keepers across Norfolk and Suffolk must house their birds from October 18, Defra said.",
        True,
        [("date", "--10-18", None, None)],
        None,
    ),
    (
        "en",
        "It is the 11th case of highly pathogenic avian influenza H5N1 in English poultry since October 1.",
        True,
        [("ordinal", 11, None, None), ("date", "--10-01", None, None)],
        None,
    ),
    (
        "en",
        "Chief veterinary officer Nadia Pemberton-Clay said the risk level for wild birds had been raised to high and for poultry on farms with poor biosecurity to medium.",
        True,
        [],
        "Nadia Pemberton-Clay",
    ),
    (
        "en",
        "Keepers were urged to remain vigilant and to report any signs of disease straight away.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The British Poultry Council said about 1.4 million birds had been culled in Britain during last winter's outbreak season.",
        True,
        [("count", 1400000, None, "about")],
        None,
    ),
    (
        "en",
        '"Farmers are exhausted before the season has even properly started," a council spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The UK Health Security Agency says the risk to the general public remains very low.",
        True,
        [],
        None,
    ),
]
