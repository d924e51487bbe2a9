"""Three-hundred-and-seventeenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Jana Liebetrau, Rupert Hochstrasser, Gundula Seebichler, Dorothee Kranichfeld, the Energie
Seeland AG and Reto Brüngger, Lukas Ziegenbalg, Kerstin Rautenfels, Malte Wendtorff,
Eveline Gschnaidtner, Severin Aufdermaur, Konrad Ebenhöch, Annemarie Köhlbrandt,
Kraichgau Energie and Tilman Esslinger; Nordfjell Analytics, Doreen Maddigan, Tidewell
Energy and Imogen Castellow, Nathaniel Bracegirdle, Delia Hartshorne, Tobias Wetherall,
Buckeye Valley Power and Curtis Langhorne, Rosalind Trevaskis, Kelsevale Energy and Fionnuala
Brosnan, Raymond Ouellette; every unnamed minister, spokesperson, official, analyst and
campaigner); the heads, experts and spokespeople of real regulators, clubs, portals and
associations appear under made-up names that stand for no real holder
("E-Control-Vorstand Rupert Hochstrasser", "Behördenpräsidentin Annemarie Köhlbrandt" of
the Bundesnetzagentur, "ElCom-Direktor Severin Aufdermaur", "ADAC-Kraftstoffexperte Lukas
Ziegenbalg", "AAA spokeswoman Delia Hartshorne", "RAC fuel spokesman Tobias Wetherall"), or
by their role only ("ein Regierungssprecher", "der Preisüberwacher", "Ofgem's chief
executive", "the Energy Secretary", "A government spokesperson"). Real states, bodies,
markets, schemes and things (Bundesregierung, ADAC, Verivox, Verbraucherzentrale
Bundesverband, vzbv, Klimageld, E-Control, Arbeiterkammer, Bund der Energieverbraucher,
Statistik Austria, Wohnschirm, Sozialministerium, Volkshilfe, Caritas, Ausgleichszulage,
Steiermark, Preisüberwacher, Stiftung für Konsumentenschutz, Markttransparenzstelle für
Kraftstoffe, Super E10, Brent, BDEW, Check24, Verband kommunaler Unternehmen,
Spritpreisrechner, Eurosuper, ÖAMTC, FPÖ, Fachverband der Mineralölindustrie, ElCom,
Winterreserve, Heizoel24, Deutscher Energieholz- und Pellet-Verband, Bundesnetzagentur,
Bundesverband Neue Energiewirtschaft, Rezeptgebühr, Elektrizitätsabgabe, Finanzministerium,
Verbraucherzentrale Nordrhein-Westfalen; the EU carbon market, ETS2, the European
Commission, the Energy Information Administration, the National Energy Assistance
Directors Association, the Low Income Home Energy Assistance Program (LIHEAP), Congress,
Ofgem, Citizens Advice, Energy UK, Cornwall Insight, the Warm Home Discount, the End Fuel
Poverty Coalition, AAA, Memorial Day, Which?, StepChange, the EPC rating, the Warm Homes
Plan, the RAC, the AA, the Competition and Markets Authority, the Public Utilities
Commission of Ohio, the Ohio Consumers' Counsel, the Bureau of Labor Statistics, the
Commission for Regulation of Utilities, the Massachusetts Department of Energy Resources,
Eurostat, BEUC, the Energy Networks Association, National Grid, and the datelines' cities)
stand for the way wire copy names them; every price, tariff, cap, bill, charge, fee, levy,
grant, debt, share, count, forecast and quote here is invented, and where a real figure
came to mind (a real CO2 price step, a real price cap, unit rate, typical consumption value
or fuel duty rate, a real tax rate, a real fuel-poverty or Eurostat share) it was changed -
only the years the stories turn on (the German CO2 price's start in 2021, the Wohnschirm's
in 2022) and the Austrian rule that a filling station may raise its price once a day at
noon are kept as wire copy would state them.

Its weight: ENERGY PRICES AND HOUSEHOLD BILLS (the hundred-twenty-sixth and
two-hundred-and-fourteenth batches weighed energy prices and heating, the fifty-seventh
energy systems in their units, the hundred-sixty-seventh and two-hundred-and-ninety-fifth
the energy transition, the two-hundred-and-seventy-first energy companies and utilities,
and the hundred-seventy-third and two-hundred-and-eightieth consumer prices with fuel at
the pump; their decisions are kept) over one year in story order, January to December, 29
short stories with the German and English desks interleaved by month, each told as wire
copy runs it (a dateline lead, the figures, attributed claims, the other side, quotes).
Half German (dpa, APA, Keystone-SDA; Austrian "Jänner", "heuer", "im Vorjahr", Swiss
"15'000", "4500 Kilowattstunden", "2400 Franken", "Rappen", "Rp./kWh", "grössten", "Mass",
«» quotes, German „“ quotes): the CO2 price step at the turn of the year, Austrian supplier
switching and grid fees with the E-Control, new-customer and default tariffs with Verivox,
energy poverty and heating allowances in Austria, the Preisüberwacher on Swiss gas tariffs,
fuel prices before Easter with the ADAC, the BDEW's power price analysis and the electricity
tax, gas prices for families with Check24, fuel prices in the Austrian summer with the
ÖAMTC, Swiss tariffs for 2028 with the ElCom, heating oil and pellets before the winter,
German grid fees for 2028 with the Bundesnetzagentur, an Austrian relief package and gas
price cuts at the turn of the year. Half English (Reuters, PA, AP): the EU carbon price and
ETS2, U.S. winter heating bills with the EIA, Ofgem's caps for April, July and October,
supplier switching in Britain, the Warm Home Discount, U.S. gasoline before Memorial Day,
fuel poverty in England, petrol prices with the RAC, power bills and data centers in Ohio,
an Irish supplier's price rise, heating aid in Massachusetts, energy poverty and power
prices in the EU with Eurostat, and Britain's network charges. Figures as such copy has
them: tariffs per kilowatt hour in Cent, Rappen, pence, euro cents and U.S. cents, standing
charges per day, caps and annual bills for a typical household in pounds, euros, francs and
dollars, network charges and their shares, the CO2 price per tonne, heating oil per 100
litres, petrol and diesel per litre and per gallon, supplier switches, energy-poverty
shares, relief payments, grants, debts and levies; consumption in kilowatt hours („20.000
Kilowattstunden“, "2,650kWh"), number-word compounds („Drei-Personen-Haushalt“, "a
55-litre family car", "one-year fix"), fractions („vier von fünf Haushalten“, „Knapp jeder
achte Haushalt“, "less than a sixth", "almost twice as likely"), ordinals, hedges, ranges,
years, „Winter 2021/22“ and dates. Negatives as such copy has them - about a quarter of the
rows, none carrying a figure - with the weight's own three: consumer advocates', charities',
suppliers', regulators' and lobbies' appeals that name no measure, blame laid on
governments, parties, incumbents and retailers naming no act or cost, and warnings without
a measure or a figure; besides them labels, rhetoric in quotes, advice, a reassurance, a vow
and a vox pop. Each stands near a check-worthy look-alike from the same story: a demand
naming its measure, a cause stated by the side that set the price, a warning with a figure.

240 rows (120 German, 120 English), 56 negatives (27 German, 29 English), 184 check-worthy
rows of which 9 carry no figure (6 German, 3 English), 334 expected quantities (141 amounts
of money - 63 EUR, 41 GBP, 24 USD, 13 CHF -, 58 counts, 56 percentages - 55 in %, 1 in
percentage points -, 23 years, 16 dates, 16 durations - 10 in years, 5 in months, 1 in weeks
-, 15 fractions, 9 ordinals; none of them in a negative), 38 checked speakers (20 German, 18
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names were checked against tests/ and are
in use nowhere else.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, appeal, blame, warning naming no measure, vow, reassurance, advice,
  view or piece of rhetoric is a negative with speaker None, also with a named speaker and
  an office (seventh, ninety-eighth, hundred-twenty-sixth, two-hundred-and-fourth,
  two-hundred-and-fourteenth, two-hundred-and-eightieth); a quoted or reported fact,
  figure, step, rule, cause, demand or calculation is check-worthy with its speaker, also in
  Konjunktiv I and in a conditional with a figure (hundred-twenty-sixth; two-hundred-and-
  fourteenth: Brakensiek's conditional „um rund 70 Euro“): Liebetrau's „würde die
  Mehrkosten für vier von fünf Haushalten ausgleichen“ and Rautenfels's „würde ... um rund
  85 Euro im Jahr entlasten“. Pairs from one speaker: Hochstrasser's 21,4 and 12,9 Cent
  beside „Wer nicht vergleicht, zahlt drauf“; Kranichfeld's 212 Grundversorger beside her
  advice; Brüngger's 40 Prozent beside «Buhmänner der Nation»; Ziegenbalg's 9 Dollar beside
  his „zum Abkassieren“; Rautenfels's 85 Euro beside „eine Frage der Gerechtigkeit“;
  Wendtorff's fifth beside „aus Bequemlichkeit“; Gschnaidtner's 12 Cent beside her advice;
  Aufdermaur's 0,3 Rappen beside «keine Rede sein»; Ebenhöch's quarter beside his view of
  customers; Köhlbrandt's rule beside her vow „sehr genau hinschauen“
  (two-hundred-and-eightieth: a vow naming no step); Esslinger's 1,4 Cent beside his plea
  „Wir bitten unsere Kunden um Verständnis“; Castellow's 40% beside "treat them like
  adults"; Hartshorne's 43.8 million beside her reassurance; Wetherall's 4p beside his
  blame; Brosnan's 18% beside "Nobody in this company ..."; Bracegirdle's £300 and 7.2
  million beside his label.
- Appeals, the weight's first negative. An appeal that names no measure is a negative
  whoever makes it (two-hundred-and-fourth: "urged allies to ..."; two-hundred-and-
  fourteenth: the regulator's "urged customers to shop around"; two-hundred-and-eightieth:
  public advice): consumer advocates and charities (the vzbv's „nicht länger auf die lange
  Bank zu schieben“, the Caritas's „nicht im Kalten sitzen zu lassen“, the Stiftung für
  Konsumentenschutz's «endlich auf ein vernünftiges Mass», NEADA's "choose between heating
  and eating", BEUC's "at the heart", the AA's "shop around"), suppliers and their
  associations (the VKU's „die Treue zu halten“, Energy UK's "speak to their supplier" and
  "think again", the BDEW's „für alle“ einzulösen), a regulator (the E-Control's
  Tarifvergleich, the Irish regulator's "get in touch"), governments ("urged Brussels to do
  more") and landlords ("more time"). Their look-alikes are demands naming a measure,
  check-worthy with or without a figure (two-hundred-and-fourth, two-hundred-and-ninety-
  fifth): the Caritas's „mindestens 500 Euro“, Seebichler's third of the grid costs, the
  Stiftung's Kapitalzinssatz „von 3,9 auf 3 Prozent“ and, without a figure, its demand that
  the Preisüberwacher set gas tariffs, the Verbraucherzentrale's „mindestens einmal im
  Quartal“, Bracegirdle's £300, Energy UK's "about £180 of policy costs", NEADA's $5.5
  billion, Poland's and the Czech Republic's "at least two years". New: "Energy UK called on
  the government to ...", „Die Caritas fordert ...“ and „Die Stiftung verlangt ...“ keep
  speaker None - "called on", „fordert“ and „verlangt“ are no verbs of saying
  (two-hundred-and-seventy-first: „forderte“), so a demand is checked for its content alone.
- New: blame. Blame laid on a government, a party, incumbents, network operators or
  retailers that names no act, cost or figure is a negative, as an accusation without a
  checkable claim (eighty-fourth, two-hundred-and-fourteenth) and "The White House blamed
  the previous administration ..." (two-hundred-and-eightieth): the vzbv's „warf der
  Regierung vor, ... allein zu lassen“, „schoben die Verantwortung ... der Politik zu“,
  Ziegenbalg's „zum Abkassieren“, the FPÖ's „machte die Bundesregierung ... verantwortlich“,
  the Bundesverband Neue Energiewirtschaft's „gab ... die Schuld“, the Verbraucherzentrale
  Nordrhein-Westfalen's „bewusst spät“, "blamed the big incumbents for "sitting on" ...",
  "blamed the administration's energy policies", "accused the utility of making households
  "foot the bill ..."", "blamed the government's net zero policies" and Wetherall's "paying
  the price for retailers' reluctance"; a general policy named as culprit is no act. A cause
  stated by the side that set the price or the tariff is check-worthy with or without a
  figure (two-hundred-and-eightieth: "Supermarkets have blamed higher employer national
  insurance contributions ..."; hundred-twenty-sixth: stated causes): "driven mainly by
  higher network charges, the regulator said", "The £41 rise reflects higher wholesale gas
  prices and ...", „führte den Anstieg auf teureres Rohöl und die ... CO2-Steuer zurück“,
  Brosnan's network charges, Brüngger's 40 Prozent and „Möglich macht das vor allem ein
  Bundeszuschuss ...“.
- Warnings (two-hundred-and-fourth): a warning naming no measure and no figure is a negative
  (the Bund der Energieverbraucher's about Billiganbieter, the Energiehändlerverband's „mit
  der Bestellung zu lange zu warten“, "Debt charities warned ...", "Advocates for the elderly
  warned ..."); a warning with a figure is a forecast and check-worthy (two-hundred-and-
  fourth: Kälin's „bis zu 2.000“; hundred-twenty-sixth: "Utility crews warned ... up to five
  days"): „könne der Preis für 100 Liter rasch wieder über 100 Euro steigen, warnte der
  Verband“ (100 and 100 EUR "over") and "Cornwall Insight warned that the cap could rise
  again by as much as 5%" (5 "up_to"), both with speaker None („warnte“ and "warned" no
  verbs of saying, hundred-twenty-sixth).
- Other negatives (ninety-eighth, hundred-twenty-sixth, two-hundred-and-fourteenth): labels
  („nannte“, „sprach von“, "called", "described ... as", "said the rise was "another hammer
  blow"", "said the cut was "a small relief"", "said the decision was "a missed
  opportunity""), quoted rhetoric of executives, officials and campaigners, advice
  (Kranichfeld, the Automobilclub, Gschnaidtner; fifty-seventh), a reassurance (Hartshorne;
  hundred-twenty-sixth), a vow naming no step (Köhlbrandt), views of customers' habits
  (Wendtorff, Ebenhöch), a supplier's plea for understanding (Esslinger) and a vox pop
  without a figure (Maddigan). None of the negatives carries a figure.
- Check-worthy without a figure (9 rows; hundred-twenty-sixth, two-hundred-and-fourteenth,
  two-hundred-and-ninety-fifth): the Stiftung's demand, the coalition's decision to cut the
  electricity tax for industry only (a step), „Das ergab eine Auswertung des
  Vergleichsportals Check24 ...“ (a stated source, two-hundred-and-forty-fourth: „Das geht
  aus einer Langzeitstudie ... hervor“), „erstmals seit Februar wieder teurer als
  Eurosuper“ (a record without a figure; „erstmals“ and months none), the Fachverband's
  stated cause, the automatic credit „mit der Jänner-Abrechnung“ and the Warm Home Discount's
  credit "between October and March" (rules), the use of the LIHEAP money (a rule) and
  National Grid's announced appeal (a step; hundred-second: "would appeal").
- Prices per unit are money in the currency written, the unit priced carrying nothing
  (twelfth, fifty-seventh, hundred-twenty-sixth, two-hundred-and-fourteenth): Cent as EUR
  hundredths („gut 3 Cent“ 0.03 "over", „knapp 3,5 Cent“ 0.035 "nearly", „21,4 Cent je
  Kilowattstunde netto“ - "netto" no hedge -, „12,9 Cent“, „26,1 Cent“, „39,7 Cent“, „4,6
  Cent mehr“, „um 3,1 Cent“, „um 5 Cent teurer“, „38,2 Cent“, „2,12 Cent ..., ... 0,08
  Cent“ 0.0212 and 0.0008, „um 17 Cent je Liter“, „um bis zu 12 Cent“ "up_to", „um 1,4
  Cent“, „auf 0,08 Cent“); fuel to the tenth of a cent keeps its three decimals („1,784
  Euro“, „1,712 Euro je Liter“, „1,649 Euro“, „1,638 Euro“; two-hundred-and-eightieth);
  Rappen as CHF hundredths („13,4 Rappen“, „um 1,2 Rappen auf 11,8 Rappen“, „28,5 Rappen“,
  „12,9 Rappen ..., ... 11,2 Rappen“, „noch 0,3 Rappen“ - "noch" no hedge); pence as GBP
  hundredths ("26.12p", "53.40p", "6.41p per kWh", "32.95p a day", "139.6p a litre", "by
  1.8p to 145.2p", "almost 5p below" 0.05 "nearly", "about 4p a litre", "53.95p a litre",
  "by 4p", "12p ... 7p", "54.81p ... 31.60p", "1,062 pence" 10.62 - a share price,
  hundred-twenty-sixth); U.S. cents as USD hundredths ("17.6 cents ... 16.9 cents", "14
  cents higher", "19 cents more ... about 12 cents below", "about 22 cents less"); "euro
  cents" EUR ("28.7 euro cents", "about 41 euro cents ... about 11 euro cents";
  two-hundred-and-fourteenth). New: „27,3 Rp./kWh“ is 0.273 CHF - "Rp." abbreviates Rappen
  as "ct" abbreviates Cent (two-hundred-and-fourteenth: "8,2 ct/kWh"), and "/kWh" names the
  unit priced as in "6.04p/kWh" (hundred-twenty-sixth). New: "134.9ppl" is 1.349 GBP -
  "ppl", the forecourt trade's pence per litre, is pence with the litre priced, read as
  "p/kWh" is. Per tonne, barrel and megawatt hour: „von 57 auf 68 Euro je Tonne“ both EUR
  (the unit written once, fifty-seventh), "above 90 euros a tonne" 90 "over"
  (hundred-twenty-sixth: "above 45 euros"), "91.48 euros", "to 88 euros from 79 euros", "48
  euros a tonne in 2024 prices" 48 and the year (two-hundred-and-seventy-first: "expressed
  in 2024 prices"), „um rund 9 Dollar“ USD "about" („ein Barrel“ none), „Eine Tonne Pellets
  ... 318 Euro“ („Eine Tonne“ none, as „Ein Liter“), "no more than 1 euro per megawatt hour"
  "at_most". Heating oil per 100 litres (hundred-twenty-sixth; two-hundred-and-eightieth:
  „94,80 Euro je 100 Liter“ 94.8 EUR and 100): „für 100 Liter Heizöl rund 4 Euro mehr“ 100
  and 4 EUR "about" („mehr“ after it compares), „Für 100 Liter ... bei einer Abnahme von
  3.000 Litern ... 89,60 Euro“ 100, 3,000 and the money, „gut 104 Euro“ "over", „der Preis
  für 100 Liter ... über 100 Euro“ 100 and 100 EUR "over" („über“ before a figure). Gallons:
  "$3.38 a gallon", "$2.58 a gallon", "$3.29 a gallon", "$3.91 a gallon", "$5.06", "$2.79"
  ("a gallon" none); "800 gallons" is count 800 (a volume, as „3.000 Litern“).
- Caps, bills, grants, relief payments, levies and sums in the currency written (every
  batch): "£1,812", "£66 a year", "£1,729", "£83", "£1,702 a year, £27 less", "£1,770",
  "£41", "£86 more", "about £1,640 ..., roughly £170 less", "the £150 Warm Home Discount",
  "roughly £960 million a year", "about £17 a year", "£300", "a record £4.6 billion" ("a
  record" no hedge), "more than £100 a month" "over", "about £180", "£10,000 per property",
  "£79.86", "24.6 billion pounds", "about 31 pounds a year", "33 billion pounds"; "an
  average of $1,020" (no hedge), "about $2,310 ... about $1,340", "$5.5 billion from $3.8
  billion", "about $14 more a month", "$312 million ..., ... the $470 million", "about $182",
  "up to $1,500 each" "up_to" ("each" none), "about $3,130"; "about 190 euros a year", "an
  average of 512 euros", "three energy credits of 150 euros each" 3 and 150 EUR, "about 1.1
  billion euros", "about 50 billion euros"; „rund 290 Euro im Jahr“ („allein“ no hedge),
  „14,6 Milliarden Euro“, „130 Euro pro Kopf“ („pro Kopf“ none), „bis zu 340 Euro im Jahr“
  "up_to", „auf 398 Euro im Jahr“, „rund 540 Euro“, „zusammen 188 Millionen Euro“
  („zusammen“ no hedge), „mindestens 500 Euro“ "at_least", „von 340 auf 400 Euro“ both,
  „rund 111 Euro“, „rund 85 Euro im Jahr“, „im Schnitt 2.180 Euro im Jahr“, „6,5 Milliarden
  Euro“, „von rund 440 auf etwa 405 Euro“ both "about", „rund 42 Milliarden Euro“, „620
  Millionen Euro“, „von 150 Euro“, „rund 180 Millionen Euro“, „rund 210 Euro“,
  „durchschnittlich 168 Euro“; „rund 2400 Franken ..., ... knapp 1500 Franken“ (Swiss four
  digits without a separator, hundred-twenty-sixth), „rund 45 Millionen Franken pro Jahr“,
  „rund 1230 Franken, 54 Franken weniger“.
- Consumption and volumes are counts of the figure as written (fifty-seventh,
  hundred-twenty-sixth, two-hundred-and-fourteenth): „20.000 Kilowattstunden“ (three
  times), „3.500 Kilowattstunden“ (three times), „4.000 Kilowattstunden“, „15'000
  Kilowattstunden“ (Swiss apostrophe, tenth), „4500 Kilowattstunden“, "2,650kWh ...
  11,200kWh" (the unit written solid, as "87mm", forty-sixth), "1,000 kilowatt-hours a
  month", "3.1 million barrels" (a scale word multiplies); „Drei-Personen-Haushalt“ 3
  (twice; twenty-ninth, two-hundred-and-fourteenth) and "a 55-litre family car" 55 (a figure
  in a size compound, two-hundred-and-forty-second: "A 2-litre carton").
- Households, customers, suppliers and switches are counts with their hedges (every batch):
  „rund 412.000“, „Rund 5,2 Millionen“, „212 Grundversorger“, „46 Billiganbieter“, „rund
  6.100“, „mehr als 96.000“ "over", „18 Gasversorger“, „bis zu 22 Preisänderungen“ "up_to",
  „19 regionale Versorger“, „mehr als 1,4 Millionen Kunden“ "over", „In rund 60 der gut 600
  Netzgebiete“ "about" and "over" (two-hundred-and-fourteenth: „In 41 der rund 600“), „Rund
  4,7 Millionen Wohnungen“, „rund 380.000 Haushalte“, „bereits mehr als 41.000“ "over"
  („bereits“ no hedge), „163 Gasgrundversorger“, „Lediglich 11 Versorger“ („Lediglich“ no
  hedge, hundred-third); "Roughly 21 million", "Nearly 640,000" "nearly", "11 suppliers, up
  from four" 11 and 4, "85,000 customers", "About 2.9 million more households" ("more" after
  it no hedge), "about 6.4 million", "all 7.2 million households" ("all" no hedge), "a record
  43.8 million people", "some 3.4 million" "about", "300,000 homes", "a record 58,000
  people", "about 410,000 households", "about 165,000", "two deliveries" 2, "about 5.6
  million". „nur einmal am Tag“ is count 1 (hundred-eleventh: „nur einmal ... geimpft“; „nur“
  no hedge) and „mindestens einmal im Quartal“ 1 "at_least" (ninety-fifth,
  two-hundred-and-fourteenth: "at least once"); „am Tag“ and „im Quartal“ none. "almost
  twice as likely" is count 2 "nearly" (two-hundred-and-seventy-first: „fast doppelt so
  viel“ 2 "nearly"; hundred-sixtieth: "twice"). None: "millions" (in a negative), „Mehrere
  Versorger“, "Several governments", "many families".
- Percentages as written, changes in points "pp" (every batch; two-hundred-and-eightieth):
  „6,8 Prozent ... 8,1 Prozent“, „um 11 Prozent“, „mit jeweils mehr als 20 Prozent“ "over"
  („jeweils“ no hedge), „27 Prozent“, „mehr als 10 Prozent“ "over", „von 14,2 auf 16,9
  Prozent“ both, „rund 40 Prozent“, „im Schnitt um 6 Prozent“, „Gut 27 Prozent ..., knapp 24
  Prozent“, „um gut 6 Prozentpunkte“ 6 pp "over", „9 Prozent weniger“, „durchschnittlich 7,4
  Prozent“, „rund 14 Prozent“, „um rund 6 Prozent“, „durchschnittlich 4 Prozent weniger“,
  „um mehr als 15 Prozent“ "over", „von 3,9 auf 3 Prozent“, „6 Prozent weniger“, „um 8
  Prozent“, „mit bis zu 14 Prozent“ "up_to", „im Schnitt um 7,2 Prozent“; "up 3.2%", "by
  3.8%", "by 4.6%", "by nearly 15%" "nearly", "by as much as 5%" "up_to" (two-hundred-and-
  tenth), "about 7% more", "about 40%", "About 58%", "13.9%", "down from 14.6% ... above the
  12.8%" (no hedge: "above the" before an article, two-hundred-and-fourteenth), "6.4%",
  "61%", "at least 85%" "at_least", "by 2.4%", "up 17%", "by 9.5%", "by 18%", "About 24%",
  "about 30%", "About 9.8%", "from 1.4% ... to 19.6%" both, "8.1% ... 4.3%", "5.7%, below the
  6.5%", "about 22% ... about 27%", "fell 2.3%".
- Fractions (the issue; two-hundred-and-fourteenth, three-hundredth): „vier von fünf
  Haushalten“ 0.8 (two-hundred-and-fourteenth: „gut drei von vier“ 0.75), „ein Drittel der
  Netzkosten“ 0.3333, „gut ein Drittel mehr“ 0.3333 "over", „Knapp jeder achte Haushalt“
  0.125 "nearly", „rund ein Viertel mehr als 2021“ 0.25 "about", „nur etwa jeder fünfte“ 0.2
  "about" („nur“ no hedge), „um rund ein Viertel über dem Vorjahr“ 0.25 "about" („über“
  after it compares), „rund ein Fünftel“ 0.2 "about"; "a quarter of which" 0.25, "about a
  fifth, up from less than a sixth" 0.2 "about" and 0.1667 "under" (three-hundredth: „knapp
  ein Sechstel“ 0.1667; "less than" "under" as „weniger als“), "one in five of its energy
  clients" 0.2, "about two-thirds" 0.6667 "about", "Around one in four" 0.25 "about"
  (hundred-twenty-sixth: "Around"), "roughly one in five" 0.2 "about".
- Durations (the issue: "a two-week visit"): „so wenig wie seit vier Jahren nicht mehr“ 4
  years and „so teuer wie seit fünf Monaten nicht mehr“ 5 months (two-hundred-and-
  fourteenth: "its highest in seven months"), "for the first time in three years" 1 and 3
  years (three-hundredth: "the first coastwide walkout by their union in 40 years"), "by at
  least two years" 2 years "at_least", "three years ago" 3 years, „binnen zwei Jahren“ 2
  years ("binnen" no hedge), "payment plans of up to 24 months" 24 months "up_to", "for more
  than three years" 3 years "over" (two-hundred-and-fourteenth: „seit mehr als zwei
  Jahren“), „in den vergangenen drei Jahren“ (twice) 3 years, „zwei Wochen zuvor“ 2 weeks,
  „vor zwölf Monaten“ 12 months, "over the three months used to set the cap" 3 months and
  "over five years" 5 years ("over" before "the" or a span no hedge), "in the 12 months
  through June" 12 months. New: "The cheapest one-year fix" is 1 year - the number word of a
  span compound is its figure, as "a five-year contract" (three-hundredth), also where it is
  "one", as "a one-litre bottle" is count 1 (two-hundred-and-forty-second). None: "a year
  ago", "a year earlier", "a month ago", „vor einer Woche“, „Vor einem Jahr“, „im Vorjahr“,
  „im laufenden Jahr“, „im kommenden Jahr“, „im vergangenen Winter“, „heuer“, "last year",
  "this year", "next year", "next winter", "this winter", "last week", "a year", "a month",
  "a day", „im Jahr“, „pro Jahr“, „Jahresverbrauch“, „Monatsrechnung“, „Jahr für Jahr“ and
  "a decade" in negatives, months, weekdays and holidays („Ostern“, „Gründonnerstag“,
  "Memorial Day").
- Ordinals (the issue: "die drittgrößte Stadt"): "for the first time in three years" 1,
  "the country's fifth-largest supplier" 5, "in the first quarter" 1, "the first fall in the
  cap" 1, "for a fourth consecutive week" 4 (hundred-twenty-sixth: "for a ninth consecutive
  month"), "in the first half of the year" (three times) 1, „für das erste Halbjahr 2028“ 1
  and the year (two-hundred-and-eightieth: „im ersten Halbjahr“ 1). None: „erstmals seit
  Februar“, „Rekord“, "a record", "the highest", "the cheapest", "the most
  expensive", "the lowest", „am stärksten“, „am niedrigsten“, „den grössten Teil“.
- Names that hold a digit carry none: "CO2", „CO2-Preis“, „CO2-Preises“ and „CO2-Steuer“
  (forty-second, two-hundred-and-twenty-ninth), „Super E10“ (hundred-seventy-third),
  „Eurosuper“ (as "Super 95", forty-sixth), „Check24“ and „Heizoel24“ (names of portals),
  "dual-fuel" (hundred-twenty-sixth). New: "ETS2" carries none - the name of a scheme, as
  „Super E10“ and "FTSE 250" (twentieth, hundred-seventy-third), not its ordinal. Clock
  times („um 12.00 Uhr“, "by 1130 GMT") none (tenth).
- Years and dates: „ab 2028“, „seit seinem Start 2022“, „seit 2020“, „so günstig wie seit
  dem Frühjahr 2021“, „2028“ (twice), „bis 2032“, „Seit der Einführung des CO2-Preises 2021“, „mehr als 2021“,
  "in 2028", "between 2028 and 2032" both, "in 2024 prices", "since 2021", "in 2021", "by
  2030", "before 2022", "by 2028", "by 2031" (twice); „Im Winter 2021/22“ 2021 and 2022
  (two-hundred-and-fourteenth: „Für den Winter 2026/27“). Dates without a year: Reuters
  datelines with a day ("LONDON, Jan 11", "LONDON, March 8", "LONDON, June 17", "DUBLIN,
  Sept 14", "BRUSSELS, Nov 4", "LONDON, Dec 1"; hundred-sixtieth), "from April 1", "from
  July 1", "from October 1", "from Oct. 20", "on Oct. 1", "between Oct. 1 and March 31" two
  dates (hundredth: "on Feb. 18 and 19"), „mit 1. Jänner“ (tenth: "Jänner"), „per 1. April“,
  „ab dem 1. Januar“; dpa, APA, Keystone-SDA, PA and AP datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „nur etwa“, "about", "About",
  "roughly", "Roughly", "some", "Around" "about"; „knapp“, „Knapp“, "nearly", "Nearly",
  "almost" "nearly"; „gut“, „Gut“, „mehr als“, „über“ before a figure, "more than", "above"
  before a figure "over"; "less than" "under"; „bis zu“, "up to", "as much as" "up_to";
  „mindestens“, "at least" "at_least"; "no more than" "at_most". No hedge: „im Schnitt“,
  „im Bundesschnitt“, „im bundesweiten Tagesdurchschnitt“, „im Median“, „durchschnittlich“,
  „netto“, „zusammen“, „allein“, „noch“, „noch immer“, „bereits“, „nur“, „Lediglich“,
  „jeweils“, „binnen“, "an average of", "averaged", "a record", "all", "each", "over" before
  a span or "the", "above the" and "below the" before an article, "from ... to" and "between
  ... and" in ranges, and „mehr“, „weniger“, „über“, "more", "less", "higher", "below" after
  a figure.
- Speakers, checked only in forms the earlier batches settled. German: „laut Verivox“ ->
  "Verivox" (two-hundred-and-fourteenth: "Laut Verivox"), „teilte die E-Control am Dienstag
  mit“ -> "die E-Control", „teilte das Sozialministerium mit“ -> "das Sozialministerium",
  „teilte der ADAC am Donnerstag mit“ -> "der ADAC", „teilte der Verband kommunaler
  Unternehmen mit“, „teilte der ÖAMTC mit“ -> "der ÖAMTC" and „teilte der Deutsche
  Energieholz- und Pellet-Verband mit“ -> "der Deutsche Energieholz- und Pellet-Verband" (the
  source in the nominative with its article, the weekday dropped; hundred-fifteenth: „teilte
  der Deutsche Wetterdienst mit“); „sagte X“ and „X sagte, ...“ with the title dropped
  („vzbv-Energiereferentin Jana Liebetrau“, „E-Control-Vorstand Rupert Hochstrasser“,
  „AK-Energieexpertin Gundula Seebichler“, „Verivox-Energieexpertin Dorothee Kranichfeld“,
  „Energie-Seeland-Chef Reto Brüngger“, „ADAC-Kraftstoffexperte Lukas Ziegenbalg“,
  „BDEW-Hauptgeschäftsführerin Kerstin Rautenfels“, „Check24-Geschäftsführer Malte
  Wendtorff“, „ÖAMTC-Sprecherin Eveline Gschnaidtner“, „ElCom-Direktor Severin Aufdermaur“,
  „Heizölhändler Konrad Ebenhöch“, „Behördenpräsidentin Annemarie Köhlbrandt“,
  „Kraichgau-Energie-Chef Tilman Esslinger“; two-hundred-and-fourteenth,
  two-hundred-and-seventy-first). English: "The European Commission said" opening the row
  -> "the European Commission" (hundred-twenty-sixth), "the Energy Information
  Administration said Tuesday" (the weekday dropped), "the National Energy Assistance
  Directors Association said" with its article, "Ofgem has announced" and "Ofgem said"
  (twice, once opening the row) -> "Ofgem", "the regulator said" -> "the regulator",
  "Energy UK said" and "Citizens Advice said" as written, "according to AAA" -> "AAA" and
  "according to the RAC" -> "the RAC" (hundred-twenty-sixth: "according to Gassco"), "The
  company said" -> "the company", the name with the office dropped ("Chief Executive Imogen
  Castellow said", "AAA spokeswoman Delia Hartshorne said", "RAC fuel spokesman Tobias
  Wetherall said", "Chief Executive Fionnuala Brosnan said", "Fuel dealer Raymond Ouellette
  said") and "Bracegirdle said" the surname. Left unchecked (None): all negatives, also those
  with a named speaker; roles („Ein Regierungssprecher sagte“, "Ofgem's chief executive
  said", "A government spokesperson said"; hundred-fifteenth); pronouns ("it said on
  Tuesday"); a description before the name („wie das Vergleichsportal Verivox mitteilte“
  twice, "Debt charity StepChange said", "Grid operator National Grid said"; fortieth); a
  subject parted from its verb ("Tidewell Energy, the country's fifth-largest supplier,
  said", "The Ohio Consumers' Counsel, which represents residential customers, said";
  hundred-sixteenth); masculine and neuter genitives and counts („nach Berechnungen des
  ADAC“, „Nach Angaben des BDEW“, „nach Angaben des Portals“, „Nach Auswertungen des
  Clubs“, „nach Zählung des Verbands“, „Nach Schätzung des Preisüberwachers“; hundredth);
  data, documents and plans („nach Plänen der Bundesregierung“, „Das geht aus einer Erhebung
  der Statistik Austria hervor“, „wie die jüngste Strompreisanalyse des Energieverbands BDEW
  zeigt“, „laut dem Spritpreisrechner der E-Control“, „wie aus den ... Daten der ElCom
  hervorgeht“, „wie Daten des Preisportals Heizoel24 zeigen“, „wie aus vorläufigen Daten
  der Bundesnetzagentur hervorgeht“, "according to a letter seen by Reuters", "according
  to government estimates", "Ofgem figures showed", "according to Ofgem figures", "industry
  data published on Monday showed", "government statistics released on Thursday", "government
  data showed", "according to a Competition and Markets Authority review", "figures from the
  Commission for Regulation of Utilities showed", "Eurostat data showed"; two-hundred-and-
  fourteenth); "according to the Bureau of Labor Statistics" (three-hundredth) and
  "according to the state's Department of Energy Resources" (a possessive before the name,
  a form no batch settled); verbs of estimating, expecting, planning, warning and demanding
  („beziffert“, „bezifferte“, „nach eigenen Angaben“, „warnte der Verband“, „fordert“,
  „verlangt“, "expects", "forecasts", "warned", "wants", "called on", "plan"; hundred-tenth,
  two-hundred-and-seventy-first); "state officials said" (a plural group, forty-first);
  rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_317 = [
    # --- CO2-Preis zum Jahreswechsel (dpa), Januar ---
    ("de", "Berlin (dpa) - Mit dem Jahreswechsel ist der nationale CO2-Preis auf Heizöl, Erdgas und Kraftstoffe von 57 auf 68 Euro je Tonne gestiegen.", True, [("money", 57, "EUR", None), ("money", 68, "EUR", None)], None),
    ("de", "Für einen Liter Benzin bedeutet das nach Berechnungen des ADAC einen Aufschlag von gut 3 Cent, für Diesel von knapp 3,5 Cent.", True, [("money", 0.03, "EUR", "over"), ("money", 0.035, "EUR", "nearly")], None),
    ("de", "Ein Drei-Personen-Haushalt mit einem Gasverbrauch von 20.000 Kilowattstunden zahlt laut Verivox allein für den CO2-Preis nun rund 290 Euro im Jahr.", True, [("count", 3, None, None), ("count", 20000, None, None), ("money", 290, "EUR", "about")], "Verivox"),
    ("de", "Wer mit Öl heizt, muss für 100 Liter Heizöl rund 4 Euro mehr einplanen als noch im Dezember.", True, [("count", 100, None, None), ("money", 4, "EUR", "about")], None),
    ("de", "Die Einnahmen aus dem CO2-Preis sollen nach Plänen der Bundesregierung im laufenden Jahr 14,6 Milliarden Euro erreichen.", True, [("money", 14600000000, "EUR", None)], None),
    ("de", "Der Verbraucherzentrale Bundesverband warf der Regierung vor, die Menschen mit den steigenden Heizkosten allein zu lassen.", False, [], None),
    ("de", "Ein Klimageld von 130 Euro pro Kopf würde die Mehrkosten für vier von fünf Haushalten ausgleichen, sagte vzbv-Energiereferentin Jana Liebetrau.", True, [("money", 130, "EUR", None), ("fraction", 0.8, None, None)], "Jana Liebetrau"),
    ("de", "Die Verbraucherschützer appellierten an die Koalition, die versprochene Entlastung „nicht länger auf die lange Bank zu schieben“.", False, [], None),
    ("de", "Ein Regierungssprecher sagte, das Klimageld solle ab 2028 über die Steuer-Identifikationsnummer ausgezahlt werden.", True, [("year", 2028, None, None)], None),
    # --- EU carbon price (Reuters), January ---
    ("en", "LONDON, Jan 11 (Reuters) - Benchmark EU carbon permits rose above 90 euros a tonne for the first time in three years on Monday as cold weather lifted demand for coal-fired power.", True, [("date", "--01-11", None, None), ("money", 90, "EUR", "over"), ("ordinal", 1, None, None), ("duration", 3, "year", None)], None),
    ("en", "The benchmark December contract settled at 91.48 euros, up 3.2% on the day.", True, [("money", 91.48, "EUR", None), ("percent", 3.2, "%", None)], None),
    ("en", "Analysts at Nordfjell Analytics raised their average price forecast for this year to 88 euros from 79 euros.", True, [("money", 88, "EUR", None), ("money", 79, "EUR", None)], None),
    ("en", "The scheme known as ETS2, which will put a price on emissions from heating and road fuels, is due to start in 2028 with a price ceiling of 48 euros a tonne in 2024 prices.", True, [("year", 2028, None, None), ("money", 48, "EUR", None), ("year", 2024, None, None)], None),
    ("en", "Several governments have urged Brussels to do more to shield households from the cost of the new scheme.", False, [], None),
    ("en", "Poland and the Czech Republic have asked the Commission to delay the start by at least two years, according to a letter seen by Reuters.", True, [("duration", 2, "year", "at_least")], None),
    ("en", "The European Commission said the scheme would raise about 50 billion euros between 2028 and 2032, a quarter of which must go to a social climate fund.", True, [("money", 50000000000, "EUR", "about"), ("year", 2028, None, None), ("year", 2032, None, None), ("fraction", 0.25, None, None)], "the European Commission"),
    ("en", "Environmental groups called the ceiling \"a gift to polluters\" that would blunt the market's signal.", False, [], None),
    # --- Strompreise und Anbieterwechsel (APA), Jänner ---
    ("de", "Wien (APA) - Rekord beim Anbieterwechsel: Rund 412.000 Haushalte haben im Vorjahr ihren Strom- oder Gaslieferanten gewechselt, teilte die E-Control am Dienstag mit.", True, [("count", 412000, None, "about")], "die E-Control"),
    ("de", "Das entspricht einer Wechselrate von 6,8 Prozent beim Strom und 8,1 Prozent beim Gas.", True, [("percent", 6.8, "%", None), ("percent", 8.1, "%", None)], None),
    ("de", "Wer im Jänner vom Landesversorger zum günstigsten Anbieter wechselt, spart bei 3.500 Kilowattstunden bis zu 340 Euro im Jahr.", True, [("count", 3500, None, None), ("money", 340, "EUR", "up_to")], None),
    ("de", "E-Control-Vorstand Rupert Hochstrasser sagte, der Arbeitspreis der Landesversorger liege im Schnitt bei 21,4 Cent je Kilowattstunde netto, das günstigste Neukundenangebot bei 12,9 Cent.", True, [("money", 0.214, "EUR", None), ("money", 0.129, "EUR", None)], "Rupert Hochstrasser"),
    ("de", "„Wer nicht vergleicht, zahlt drauf, so einfach ist das“, sagte Hochstrasser.", False, [], None),
    ("de", "Die Netzkosten für einen durchschnittlichen Haushalt sind mit 1. Jänner im Bundesschnitt um 11 Prozent auf 398 Euro im Jahr gestiegen.", True, [("date", "--01-01", None, None), ("percent", 11, "%", None), ("money", 398, "EUR", None)], None),
    ("de", "In Kärnten und im Burgenland fiel das Plus mit jeweils mehr als 20 Prozent am stärksten aus.", True, [("percent", 20, "%", "over")], None),
    ("de", "Die Arbeiterkammer nannte die Erhöhung der Netzentgelte „eine kalte Dusche für alle, die gerade erst aufatmen konnten“.", False, [], None),
    ("de", "AK-Energieexpertin Gundula Seebichler sagte, die Arbeiterkammer verlange, ein Drittel der Netzkosten künftig aus dem Bundesbudget zu bezahlen.", True, [("fraction", 0.3333, None, None)], "Gundula Seebichler"),
    # --- U.S. winter heating bills (AP), January ---
    ("en", "WASHINGTON (AP) — Homes heated with natural gas will spend an average of $1,020 on heating this winter, about 7% more than a year ago, the Energy Information Administration said Tuesday.", True, [("money", 1020, "USD", None), ("percent", 7, "%", "about")], "the Energy Information Administration"),
    ("en", "Heating oil customers, most of them in the Northeast, are looking at bills of about $2,310, against about $1,340 for homes that heat with electricity.", True, [("money", 2310, "USD", "about"), ("money", 1340, "USD", "about")], None),
    ("en", "The average residential electricity price is forecast to reach 17.6 cents per kilowatt-hour this year, up from 16.9 cents.", True, [("money", 0.176, "USD", None), ("money", 0.169, "USD", None)], None),
    ("en", "Roughly 21 million households are behind on their utility bills, the National Energy Assistance Directors Association said.", True, [("count", 21000000, None, "about")], "the National Energy Assistance Directors Association"),
    ("en", "The group urged Congress not to leave families to \"choose between heating and eating\" in the coldest months.", False, [], None),
    ("en", "It wants Congress to lift LIHEAP funding to $5.5 billion from $3.8 billion.", True, [("money", 5500000000, "USD", None), ("money", 3800000000, "USD", None)], None),
    ("en", "\"I keep the thermostat low and wear my coat indoors,\" said Doreen Maddigan, a retired nurse in Bangor, Maine.", False, [], None),
    ("en", "Propane averaged $2.58 a gallon in December, 14 cents higher than a year earlier.", True, [("money", 2.58, "USD", None), ("money", 0.14, "USD", None)], None),
    # --- Preiskampf um Neukunden beim Strom (dpa), Februar ---
    ("de", "Heidelberg (dpa) - Neukunden zahlen für Strom so wenig wie seit vier Jahren nicht mehr: Die günstigsten Tarife kosteten im Februar im Schnitt 26,1 Cent je Kilowattstunde, wie das Vergleichsportal Verivox mitteilte.", True, [("duration", 4, "year", None), ("money", 0.261, "EUR", None)], None),
    ("de", "Grundversorgte Kunden zahlen im Schnitt 39,7 Cent, gut ein Drittel mehr.", True, [("money", 0.397, "EUR", None), ("fraction", 0.3333, None, "over")], None),
    ("de", "Für einen Haushalt mit 4.000 Kilowattstunden Jahresverbrauch macht der Unterschied rund 540 Euro aus.", True, [("count", 4000, None, None), ("money", 540, "EUR", "about")], None),
    ("de", "Rund 5,2 Millionen Haushalte beziehen ihren Strom noch immer im teuren Grundversorgungstarif.", True, [("count", 5200000, None, "about")], None),
    ("de", "Verivox-Energieexpertin Dorothee Kranichfeld sagte, seit Jahresbeginn hätten 212 Grundversorger ihre Preise gesenkt, im Schnitt um 6 Prozent.", True, [("count", 212, None, None), ("percent", 6, "%", None)], "Dorothee Kranichfeld"),
    ("de", "Kranichfeld riet Verbrauchern, sich von Lockangeboten mit hohen Boni nicht blenden zu lassen.", False, [], None),
    ("de", "Der Bund der Energieverbraucher warnte vor unseriösen Billiganbietern, die ihre Kunden bei steigenden Börsenpreisen wieder im Stich lassen könnten.", False, [], None),
    ("de", "Im Winter 2021/22 hatten nach Zählung des Verbands 46 Billiganbieter ihre Lieferungen eingestellt oder Insolvenz angemeldet.", True, [("year", 2021, None, None), ("year", 2022, None, None), ("count", 46, None, None)], None),
    # --- Ofgem cap for April to June (PA), February ---
    ("en", "LONDON (PA) - The energy price cap will rise by 3.8% from April 1, taking a typical household's annual bill to £1,812, Ofgem has announced.", True, [("percent", 3.8, "%", None), ("date", "--04-01", None, None), ("money", 1812, "GBP", None)], "Ofgem"),
    ("en", "The increase of £66 a year is driven mainly by higher network charges, the regulator said.", True, [("money", 66, "GBP", None)], "the regulator"),
    ("en", "Under the cap, a kilowatt hour of electricity will cost 26.12p and the daily standing charge 53.40p, while gas will cost 6.41p per kWh plus 32.95p a day.", True, [("money", 0.2612, "GBP", None), ("money", 0.534, "GBP", None), ("money", 0.0641, "GBP", None), ("money", 0.3295, "GBP", None)], None),
    ("en", "The share of network costs in the typical bill has reached about a fifth, up from less than a sixth three years ago.", True, [("fraction", 0.2, None, "about"), ("fraction", 0.1667, None, "under"), ("duration", 3, "year", None)], None),
    ("en", "The figures assume a typical household using 2,650kWh of electricity and 11,200kWh of gas a year.", True, [("count", 2650, None, None), ("count", 11200, None, None)], None),
    ("en", "Citizens Advice said the rise was \"another hammer blow\" for families who were already struggling.", False, [], None),
    ("en", "Energy UK urged customers who were finding it hard to pay to speak to their supplier as early as possible.", False, [], None),
    ("en", "Energy UK said suppliers had agreed to offer payment plans of up to 24 months to customers in arrears.", True, [("duration", 24, "month", "up_to")], "Energy UK"),
    ("en", "Consultancy Cornwall Insight forecasts a fall of about 2% in the July cap as wholesale gas prices ease.", True, [("percent", 2, "%", "about")], None),
    # --- Energiearmut in Österreich (APA), März ---
    ("de", "Wien (APA) - Knapp jeder achte Haushalt in Österreich kann es sich nach eigenen Angaben nicht leisten, die Wohnung angemessen warm zu halten.", True, [("fraction", 0.125, None, "nearly")], None),
    ("de", "Das geht aus einer Erhebung der Statistik Austria hervor, für die im Herbst rund 6.100 Haushalte befragt wurden.", True, [("count", 6100, None, "about")], None),
    ("de", "Besonders betroffen sind Alleinerziehende: Unter ihnen gaben 27 Prozent an, mit den Energierechnungen im Rückstand zu sein.", True, [("percent", 27, "%", None)], None),
    ("de", "Der Anteil der Haushalte, die mehr als 10 Prozent ihres Einkommens für Energie ausgeben, stieg binnen zwei Jahren von 14,2 auf 16,9 Prozent.", True, [("percent", 10, "%", "over"), ("duration", 2, "year", None), ("percent", 14.2, "%", None), ("percent", 16.9, "%", None)], None),
    ("de", "Der Wohnschirm hat seit seinem Start 2022 mehr als 96.000 Haushalte mit zusammen 188 Millionen Euro unterstützt, teilte das Sozialministerium mit.", True, [("year", 2022, None, None), ("count", 96000, None, "over"), ("money", 188000000, "EUR", None)], "das Sozialministerium"),
    ("de", "Die Volkshilfe sprach von einer „stillen Krise hinter verschlossenen Wohnungstüren“.", False, [], None),
    ("de", "Die Caritas rief die Bundesregierung auf, die Betroffenen „nicht im Kalten sitzen zu lassen“.", False, [], None),
    ("de", "Die Caritas fordert einen Heizkostenzuschuss von mindestens 500 Euro für alle Haushalte, die eine Ausgleichszulage beziehen.", True, [("money", 500, "EUR", "at_least")], None),
    ("de", "Die Steiermark erhöht ihren Heizkostenzuschuss heuer von 340 auf 400 Euro.", True, [("money", 340, "EUR", None), ("money", 400, "EUR", None)], None),
    # --- Supplier switching in Britain (Reuters), March ---
    ("en", "LONDON, March 8 (Reuters) - Nearly 640,000 British households switched energy supplier in February, the highest monthly total since 2021, industry data published on Monday showed.", True, [("date", "--03-08", None, None), ("count", 640000, None, "nearly"), ("year", 2021, None, None)], None),
    ("en", "Fixed-rate deals priced below the cap are now offered by 11 suppliers, up from four a year ago.", True, [("count", 11, None, None), ("count", 4, None, None)], None),
    ("en", "The cheapest one-year fix costs about £1,640 for a typical household, roughly £170 less than the cap.", True, [("duration", 1, "year", None), ("money", 1640, "GBP", "about"), ("money", 170, "GBP", "about")], None),
    ("en", "Tidewell Energy, the country's fifth-largest supplier, said it had gained 85,000 customers in the first quarter.", True, [("ordinal", 5, None, None), ("count", 85000, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Chief Executive Imogen Castellow said about 40% of its new customers had come from rivals' standard variable tariffs.", True, [("percent", 40, "%", "about")], "Imogen Castellow"),
    ("en", "\"We are winning customers because we treat them like adults,\" Castellow said.", False, [], None),
    ("en", "Smaller suppliers blamed the big incumbents for \"sitting on\" customers who had never been offered a better deal.", False, [], None),
    ("en", "About 58% of households have been on their supplier's default tariff for more than three years, according to Ofgem figures.", True, [("percent", 58, "%", "about"), ("duration", 3, "year", "over")], None),
    # --- Gastarife und Preisüberwacher (Keystone-SDA), März ---
    ("de", "Bern (Keystone-SDA) - Der Preisüberwacher hat 18 Gasversorger aufgefordert, ihre Tarife zu senken, weil sie gesunkene Beschaffungskosten nicht weitergegeben hätten.", True, [("count", 18, None, None)], None),
    ("de", "Ein Haushalt mit einem Verbrauch von 15'000 Kilowattstunden zahle bei den teuersten Versorgern rund 2400 Franken im Jahr, bei den günstigsten knapp 1500 Franken.", True, [("count", 15000, None, None), ("money", 2400, "CHF", "about"), ("money", 1500, "CHF", "nearly")], None),
    ("de", "Nach Schätzung des Preisüberwachers könnten die Kundinnen und Kunden zusammen rund 45 Millionen Franken pro Jahr sparen.", True, [("money", 45000000, "CHF", "about")], None),
    ("de", "Im Schnitt zahlen Schweizer Haushalte für Gas derzeit 13,4 Rappen pro Kilowattstunde, rund ein Viertel mehr als 2021.", True, [("money", 0.134, "CHF", None), ("fraction", 0.25, None, "about"), ("year", 2021, None, None)], None),
    ("de", "Die Energie Seeland AG senkt ihren Gastarif per 1. April um 1,2 Rappen auf 11,8 Rappen pro Kilowattstunde.", True, [("date", "--04-01", None, None), ("money", 0.012, "CHF", None), ("money", 0.118, "CHF", None)], None),
    ("de", "Mehrere Versorger schoben die Verantwortung für die hohen Tarife der Politik zu.", False, [], None),
    ("de", "Energie-Seeland-Chef Reto Brüngger sagte, rund 40 Prozent des Gaspreises entfielen inzwischen auf Netzentgelte und Abgaben.", True, [("percent", 40, "%", "about")], "Reto Brüngger"),
    ("de", "«Wir sind doch nicht die Buhmänner der Nation», sagte Brüngger.", False, [], None),
    ("de", "Die Stiftung für Konsumentenschutz verlangt, dass der Preisüberwacher die Gastarife künftig direkt festlegen darf.", True, [], None),
    # --- Warm Home Discount extended (PA), April ---
    ("en", "LONDON (PA) - About 2.9 million more households will receive the £150 Warm Home Discount next winter after the government extended eligibility to everyone on means-tested benefits.", True, [("count", 2900000, None, "about"), ("money", 150, "GBP", None)], None),
    ("en", "The change takes the number of homes receiving the rebate to about 6.4 million, at a cost of roughly £960 million a year.", True, [("count", 6400000, None, "about"), ("money", 960000000, "GBP", "about")], None),
    ("en", "The cost will be recovered through bills, adding about £17 a year to a typical dual-fuel bill, according to government estimates.", True, [("money", 17, "GBP", "about")], None),
    ("en", "Eligible households will receive the discount automatically as a credit on their electricity account between October and March.", True, [], None),
    ("en", "\"Nobody in this country should be sitting in a cold home because of the price of energy,\" the Energy Secretary said.", False, [], None),
    ("en", "End Fuel Poverty Coalition coordinator Nathaniel Bracegirdle called the extension \"welcome but nowhere near enough\".", False, [], None),
    ("en", "Bracegirdle said the coalition wanted the discount raised to £300 and paid to all 7.2 million households it counts as fuel poor.", True, [("money", 300, "GBP", None), ("count", 7200000, None, None)], "Bracegirdle"),
    ("en", "Energy debt owed to suppliers reached a record £4.6 billion at the end of March, Ofgem figures showed.", True, [("money", 4600000000, "GBP", None)], None),
    # --- Spritpreise vor Ostern (dpa), April ---
    ("de", "München (dpa) - Kurz vor Ostern ist Tanken in Deutschland so teuer wie seit fünf Monaten nicht mehr.", True, [("duration", 5, "month", None)], None),
    ("de", "Ein Liter Super E10 kostete am Mittwoch im bundesweiten Tagesdurchschnitt 1,784 Euro, 4,6 Cent mehr als vor einer Woche, teilte der ADAC am Donnerstag mit.", True, [("money", 1.784, "EUR", None), ("money", 0.046, "EUR", None)], "der ADAC"),
    ("de", "Diesel verteuerte sich um 3,1 Cent auf 1,712 Euro je Liter.", True, [("money", 0.031, "EUR", None), ("money", 1.712, "EUR", None)], None),
    ("de", "ADAC-Kraftstoffexperte Lukas Ziegenbalg sagte, der Preis für ein Barrel der Sorte Brent sei seit Anfang März um rund 9 Dollar gestiegen.", True, [("money", 9, "USD", "about")], "Lukas Ziegenbalg"),
    ("de", "Ziegenbalg warf den Mineralölkonzernen vor, die Feiertage „wie immer zum Abkassieren“ zu nutzen.", False, [], None),
    ("de", "Nach Auswertungen des Clubs war Benzin in den vergangenen drei Jahren am Gründonnerstag im Schnitt um 5 Cent teurer als zwei Wochen zuvor.", True, [("duration", 3, "year", None), ("money", 0.05, "EUR", None), ("duration", 2, "week", None)], None),
    ("de", "Der Automobilclub rät, am Abend zu tanken, wenn die Preise meist am niedrigsten sind.", False, [], None),
    ("de", "Die Markttransparenzstelle für Kraftstoffe registrierte im März an einzelnen Tagen bis zu 22 Preisänderungen pro Tankstelle.", True, [("count", 22, None, "up_to")], None),
    # --- U.S. gasoline before Memorial Day (AP), May ---
    ("en", "NEW YORK (AP) — Gas prices have climbed ahead of the Memorial Day weekend, with the national average for regular reaching $3.38 a gallon on Thursday, according to AAA.", True, [("money", 3.38, "USD", None)], "AAA"),
    ("en", "That is 19 cents more than a month ago but about 12 cents below last year's holiday price.", True, [("money", 0.19, "USD", None), ("money", 0.12, "USD", "about")], None),
    ("en", "California remained the most expensive state at $5.06, while Mississippi was the cheapest at $2.79.", True, [("money", 5.06, "USD", None), ("money", 2.79, "USD", None)], None),
    ("en", "AAA spokeswoman Delia Hartshorne said a record 43.8 million people would drive to their holiday destinations over the long weekend.", True, [("count", 43800000, None, None)], "Delia Hartshorne"),
    ("en", "\"Drivers shouldn't panic, this is the usual spring bump,\" Hartshorne said.", False, [], None),
    ("en", "Republican lawmakers blamed the administration's energy policies for the rise at the pump.", False, [], None),
    ("en", "The Energy Information Administration expects regular gasoline to average $3.29 a gallon over the summer driving season.", True, [("money", 3.29, "USD", None)], None),
    ("en", "U.S. crude inventories fell by 3.1 million barrels last week, government data showed on Wednesday.", True, [("count", 3100000, None, None)], None),
    # --- Strompreisanalyse und Stromsteuer (dpa), Mai ---
    ("de", "Berlin (dpa) - Strom kostet einen Durchschnittshaushalt derzeit 38,2 Cent je Kilowattstunde, wie die jüngste Strompreisanalyse des Energieverbands BDEW zeigt.", True, [("money", 0.382, "EUR", None)], None),
    ("de", "Gut 27 Prozent davon entfallen auf die Netzentgelte, knapp 24 Prozent auf Steuern, Abgaben und Umlagen.", True, [("percent", 27, "%", "over"), ("percent", 24, "%", "nearly")], None),
    ("de", "Für einen Drei-Personen-Haushalt mit 3.500 Kilowattstunden ergibt sich eine Monatsrechnung von rund 111 Euro.", True, [("count", 3, None, None), ("count", 3500, None, None), ("money", 111, "EUR", "about")], None),
    ("de", "Nach Angaben des BDEW ist der Anteil der Netzentgelte am Strompreis seit 2020 um gut 6 Prozentpunkte gestiegen.", True, [("year", 2020, None, None), ("percent", 6, "pp", "over")], None),
    ("de", "Die Stromsteuer für private Haushalte liegt bei 2,12 Cent je Kilowattstunde, das europäische Mindestmaß bei 0,08 Cent.", True, [("money", 0.0212, "EUR", None), ("money", 0.0008, "EUR", None)], None),
    ("de", "BDEW-Hauptgeschäftsführerin Kerstin Rautenfels sagte, eine Senkung auf das Mindestmaß würde einen Durchschnittshaushalt um rund 85 Euro im Jahr entlasten.", True, [("money", 85, "EUR", "about")], "Kerstin Rautenfels"),
    ("de", "„Der Strompreis ist zu einer Frage der Gerechtigkeit geworden“, sagte Rautenfels.", False, [], None),
    ("de", "Der Verband appellierte an die Koalition, ihr Versprechen einer Entlastung „für alle“ endlich einzulösen.", False, [], None),
    ("de", "Die Koalition hatte im Herbst beschlossen, die Stromsteuer nur für die Industrie sowie die Land- und Forstwirtschaft zu senken.", True, [], None),
    # --- Ofgem cap for July to September (PA), May ---
    ("en", "LONDON (PA) - Energy bills will fall from July 1 after Ofgem cut its price cap by 4.6% to £1,729 a year for a typical customer paying by direct debit.", True, [("date", "--07-01", None, None), ("percent", 4.6, "%", None), ("money", 1729, "GBP", None)], None),
    ("en", "The reduction of £83 is the first fall in the cap since October last year.", True, [("money", 83, "GBP", None), ("ordinal", 1, None, None)], None),
    ("en", "Ofgem's chief executive said wholesale gas prices had fallen by nearly 15% over the three months used to set the cap.", True, [("percent", 15, "%", "nearly"), ("duration", 3, "month", None)], None),
    ("en", "Consumer group Which? said the cut was \"a small relief\" but that bills remained \"painfully high\".", False, [], None),
    ("en", "Debt charities warned that many families would see little benefit from the cut.", False, [], None),
    ("en", "Debt charity StepChange said one in five of its energy clients was already paying more than £100 a month towards arrears.", True, [("fraction", 0.2, None, None), ("money", 100, "GBP", "over")], None),
    ("en", "Cornwall Insight warned that the cap could rise again by as much as 5% in October if gas prices kept climbing.", True, [("percent", 5, "%", "up_to")], None),
    ("en", "Prepayment customers will pay £1,702 a year, £27 less than those paying by direct debit.", True, [("money", 1702, "GBP", None), ("money", 27, "GBP", None)], None),
    # --- Gas für Familien billiger (dpa), Juni ---
    ("de", "München (dpa) - Eine Familie mit einem Gasverbrauch von 20.000 Kilowattstunden zahlt derzeit im Schnitt 2.180 Euro im Jahr und damit 9 Prozent weniger als vor zwölf Monaten.", True, [("count", 20000, None, None), ("money", 2180, "EUR", None), ("percent", 9, "%", None), ("duration", 12, "month", None)], None),
    ("de", "Das ergab eine Auswertung des Vergleichsportals Check24 für den Monat Juni.", True, [], None),
    ("de", "Im Juni kündigten nach Angaben des Portals 19 regionale Versorger Preissenkungen von durchschnittlich 7,4 Prozent an.", True, [("count", 19, None, None), ("percent", 7.4, "%", None)], None),
    ("de", "Check24-Geschäftsführer Malte Wendtorff sagte, nur etwa jeder fünfte Gaskunde habe in den vergangenen drei Jahren seinen Anbieter gewechselt.", True, [("fraction", 0.2, None, "about"), ("duration", 3, "year", None)], "Malte Wendtorff"),
    ("de", "„Viele Kunden lassen aus Bequemlichkeit Jahr für Jahr Geld liegen“, sagte Wendtorff.", False, [], None),
    ("de", "Der Verband kommunaler Unternehmen rief die Kunden auf, ihren Stadtwerken „auch in schwierigen Zeiten die Treue zu halten“.", False, [], None),
    ("de", "Die Stadtwerke hätten im vergangenen Winter mehr als 1,4 Millionen Kunden zinsfreie Ratenzahlungen angeboten, teilte der Verband kommunaler Unternehmen mit.", True, [("count", 1400000, None, "over")], "der Verband kommunaler Unternehmen"),
    ("de", "Beim Gas beziehen noch rund 14 Prozent der Haushalte ihre Energie in der Grundversorgung.", True, [("percent", 14, "%", "about")], None),
    # --- Fuel poverty in England (Reuters), June ---
    ("en", "LONDON, June 17 (Reuters) - Fuel poverty affected some 3.4 million English households last year, 13.9% of the total, according to government statistics released on Thursday.", True, [("date", "--06-17", None, None), ("count", 3400000, None, "about"), ("percent", 13.9, "%", None)], None),
    ("en", "That was down from 14.6% a year earlier but still above the 12.8% recorded in 2021.", True, [("percent", 14.6, "%", None), ("percent", 12.8, "%", None), ("year", 2021, None, None)], None),
    ("en", "The average fuel poverty gap, the extra spending a poor household would need to get out of fuel poverty, fell to £412.", True, [("money", 412, "GBP", None)], None),
    ("en", "Households in privately rented homes were almost twice as likely to be fuel poor as owner-occupiers.", True, [("count", 2, None, "nearly")], None),
    ("en", "Campaigners said the figures showed the government's target was \"slipping out of reach\".", False, [], None),
    ("en", "Landlord groups urged ministers to give owners more time to upgrade their properties.", False, [], None),
    ("en", "Ministers plan to require privately rented homes to reach an EPC rating of C by 2030, with a spending cap of £10,000 per property.", True, [("year", 2030, None, None), ("money", 10000, "GBP", None)], None),
    ("en", "A government spokesperson said 300,000 homes would be upgraded under the Warm Homes Plan by the end of next year.", True, [("count", 300000, None, None)], None),
    # --- Spritpreise zur Urlaubszeit (APA), Juli ---
    ("de", "Wien (APA) - Zum Start der Sommerferien ist Diesel in Österreich erstmals seit Februar wieder teurer als Eurosuper.", True, [], None),
    ("de", "Ein Liter Diesel kostete laut dem Spritpreisrechner der E-Control am Freitag im Schnitt 1,649 Euro, Eurosuper 1,638 Euro.", True, [("money", 1.649, "EUR", None), ("money", 1.638, "EUR", None)], None),
    ("de", "Im Vergleich zum Vorjahr ist Tanken damit um rund 6 Prozent günstiger, teilte der ÖAMTC mit.", True, [("percent", 6, "%", "about")], "der ÖAMTC"),
    ("de", "An Autobahntankstellen lagen die Preise im Schnitt um 17 Cent je Liter über jenen in den Städten.", True, [("money", 0.17, "EUR", None)], None),
    ("de", "Tankstellen dürfen in Österreich ihre Preise nur einmal am Tag, um 12.00 Uhr, erhöhen, Senkungen sind jederzeit erlaubt.", True, [("count", 1, None, None)], None),
    ("de", "ÖAMTC-Sprecherin Eveline Gschnaidtner sagte, an der Grenze zu Bayern sei Tanken in Österreich derzeit um bis zu 12 Cent je Liter billiger.", True, [("money", 0.12, "EUR", "up_to")], "Eveline Gschnaidtner"),
    ("de", "Gschnaidtner riet Urlaubern, vor der Weiterfahrt von der Autobahn abzufahren und in Ortschaften zu tanken.", False, [], None),
    ("de", "Die FPÖ machte die Bundesregierung für die hohen Spritpreise verantwortlich.", False, [], None),
    ("de", "Der Fachverband der Mineralölindustrie führte den Anstieg auf teureres Rohöl und die im Jänner erhöhte CO2-Steuer zurück.", True, [], None),
    # --- Petrol prices and the summer getaway (PA), July ---
    ("en", "LONDON (PA) - Petrol prices have risen for a fourth consecutive week, with unleaded now averaging 139.6p a litre, according to the RAC.", True, [("ordinal", 4, None, None), ("money", 1.396, "GBP", None)], "the RAC"),
    ("en", "Diesel rose by 1.8p to 145.2p, meaning a 55-litre family car now costs £79.86 to fill.", True, [("money", 0.018, "GBP", None), ("money", 1.452, "GBP", None), ("count", 55, None, None), ("money", 79.86, "GBP", None)], None),
    ("en", "Supermarket forecourts were selling unleaded at an average of 134.9ppl, almost 5p below the national average.", True, [("money", 1.349, "GBP", None), ("money", 0.05, "GBP", "nearly")], None),
    ("en", "RAC fuel spokesman Tobias Wetherall said wholesale petrol costs had risen by about 4p a litre since early June.", True, [("money", 0.04, "GBP", "about")], "Tobias Wetherall"),
    ("en", "\"Drivers are once again paying the price for retailers' reluctance to pass on savings,\" Wetherall said.", False, [], None),
    ("en", "The AA urged drivers to shop around and to avoid motorway services where they could.", False, [], None),
    ("en", "Fuel duty is frozen at 53.95p a litre until next March, when it is due to rise in stages by 4p.", True, [("money", 0.5395, "GBP", None), ("money", 0.04, "GBP", None)], None),
    ("en", "Supermarket fuel margins averaged 12p a litre in the first half of the year, up from 7p before 2022, according to a Competition and Markets Authority review.", True, [("money", 0.12, "GBP", None), ("ordinal", 1, None, None), ("money", 0.07, "GBP", None), ("year", 2022, None, None)], None),
    # --- Stromtarife 2028 (Keystone-SDA), September ---
    ("de", "Bern (Keystone-SDA) - Haushalte in der Schweiz zahlen 2028 für Strom durchschnittlich 4 Prozent weniger, wie aus den am Dienstag veröffentlichten Daten der ElCom hervorgeht.", True, [("year", 2028, None, None), ("percent", 4, "%", None)], None),
    ("de", "Bei 4500 Kilowattstunden Jahresverbrauch zahlt ein typischer Haushalt im Median 27,3 Rp./kWh, nach 28,5 Rappen im laufenden Jahr.", True, [("count", 4500, None, None), ("money", 0.273, "CHF", None), ("money", 0.285, "CHF", None)], None),
    ("de", "Das entspricht einer Jahresrechnung von rund 1230 Franken, 54 Franken weniger als heuer.", True, [("money", 1230, "CHF", "about"), ("money", 54, "CHF", None)], None),
    ("de", "Die Energie macht mit 12,9 Rappen den grössten Teil des Preises aus, die Netznutzung 11,2 Rappen.", True, [("money", 0.129, "CHF", None), ("money", 0.112, "CHF", None)], None),
    ("de", "In rund 60 der gut 600 Netzgebiete steigen die Tarife dennoch, in einzelnen Gemeinden um mehr als 15 Prozent.", True, [("count", 60, None, "about"), ("count", 600, None, "over"), ("percent", 15, "%", "over")], None),
    ("de", "ElCom-Direktor Severin Aufdermaur sagte, die Winterreserve koste die Haushalte 2028 noch 0,3 Rappen pro Kilowattstunde.", True, [("year", 2028, None, None), ("money", 0.003, "CHF", None)], "Severin Aufdermaur"),
    ("de", "«Von einer Entwarnung kann keine Rede sein», sagte Aufdermaur.", False, [], None),
    ("de", "Die Stiftung für Konsumentenschutz rief die Netzbetreiber auf, ihre Gewinne «endlich auf ein vernünftiges Mass» zu senken.", False, [], None),
    ("de", "Die Stiftung verlangt, den zulässigen Kapitalzinssatz für die Stromnetze von 3,9 auf 3 Prozent zu senken.", True, [("percent", 3.9, "%", None), ("percent", 3, "%", None)], None),
    # --- Power bills and data centers (AP), August ---
    ("en", "COLUMBUS, Ohio (AP) — Customers of Buckeye Valley Power will pay about $14 more a month from September after state regulators approved a rate increase tied largely to new transmission lines for data centers.", True, [("money", 14, "USD", "about")], None),
    ("en", "The Public Utilities Commission of Ohio approved an increase of $312 million a year, about two-thirds of the $470 million the company had sought.", True, [("money", 312000000, "USD", None), ("fraction", 0.6667, None, "about"), ("money", 470000000, "USD", None)], None),
    ("en", "A typical household using 1,000 kilowatt-hours a month will see its bill rise to about $182.", True, [("count", 1000, None, None), ("money", 182, "USD", "about")], None),
    ("en", "Residential electricity prices nationwide rose 6.4% in the 12 months through June, according to the Bureau of Labor Statistics.", True, [("percent", 6.4, "%", None), ("duration", 12, "month", None)], None),
    ("en", "Consumer advocates accused the utility of making households \"foot the bill for Big Tech\".", False, [], None),
    ("en", "The Ohio Consumers' Counsel, which represents residential customers, said data center demand accounted for 61% of the new transmission spending in the plan.", True, [("percent", 61, "%", None)], None),
    ("en", "\"We are building the grid this state's economy needs,\" Buckeye Valley Power spokesman Curtis Langhorne said.", False, [], None),
    ("en", "The company said large data center customers would pay for at least 85% of their own grid connections under a new tariff.", True, [("percent", 85, "%", "at_least")], "the company"),
    # --- Heizöl vor dem Winter (dpa), September ---
    ("de", "Hamburg (dpa) - Heizöl ist zum Beginn der Heizsaison so günstig wie seit dem Frühjahr 2021 nicht mehr.", True, [("year", 2021, None, None)], None),
    ("de", "Für 100 Liter zahlten Verbraucher bei einer Abnahme von 3.000 Litern am Montag im Bundesschnitt 89,60 Euro, wie Daten des Preisportals Heizoel24 zeigen.", True, [("count", 100, None, None), ("count", 3000, None, None), ("money", 89.6, "EUR", None)], None),
    ("de", "Vor einem Jahr waren es noch gut 104 Euro gewesen.", True, [("money", 104, "EUR", "over")], None),
    ("de", "Heizölhändler Konrad Ebenhöch sagte, die Bestellungen lägen seit Anfang September um rund ein Viertel über dem Vorjahr.", True, [("fraction", 0.25, None, "about")], "Konrad Ebenhöch"),
    ("de", "„Die Leute haben aus den Krisenjahren gelernt und füllen ihre Tanks, solange es günstig ist“, sagte Ebenhöch.", False, [], None),
    ("de", "Rund 4,7 Millionen Wohnungen in Deutschland werden noch mit Öl beheizt.", True, [("count", 4700000, None, "about")], None),
    ("de", "Der Energiehändlerverband warnte davor, mit der Bestellung zu lange zu warten.", False, [], None),
    ("de", "Bei einem kalten Winter könne der Preis für 100 Liter rasch wieder über 100 Euro steigen, warnte der Verband.", True, [("count", 100, None, None), ("money", 100, "EUR", "over")], None),
    ("de", "Eine Tonne Pellets kostete im September im Schnitt 318 Euro, 6 Prozent weniger als im August, teilte der Deutsche Energieholz- und Pellet-Verband mit.", True, [("money", 318, "EUR", None), ("percent", 6, "%", None)], "der Deutsche Energieholz- und Pellet-Verband"),
    # --- Ofgem cap for October to December (PA), August ---
    ("en", "LONDON (PA) - Households face higher energy bills this winter after Ofgem raised its price cap by 2.4% to £1,770 a year from October 1.", True, [("percent", 2.4, "%", None), ("money", 1770, "GBP", None), ("date", "--10-01", None, None)], None),
    ("en", "The £41 rise reflects higher wholesale gas prices and the cost of the expanded Warm Home Discount, Ofgem said.", True, [("money", 41, "GBP", None)], "Ofgem"),
    ("en", "Standing charges will rise to 54.81p a day for electricity and fall to 31.60p for gas.", True, [("money", 0.5481, "GBP", None), ("money", 0.316, "GBP", None)], None),
    ("en", "Around one in four households pays by standard credit and will pay £86 more than direct debit customers.", True, [("fraction", 0.25, None, "about"), ("money", 86, "GBP", None)], None),
    ("en", "\"This winter will be another hard winter for millions of families,\" said Rosalind Trevaskis, director of policy at Citizens Advice.", False, [], None),
    ("en", "Citizens Advice said it had helped a record 58,000 people with energy debt in the first half of the year, up 17% on the same period last year.", True, [("count", 58000, None, None), ("ordinal", 1, None, None), ("percent", 17, "%", None)], "Citizens Advice"),
    ("en", "Energy UK urged ministers to \"think again\" about how support for bill payers is funded.", False, [], None),
    ("en", "Energy UK called on the government to move about £180 of policy costs a year from bills into general taxation.", True, [("money", 180, "GBP", "about")], None),
    # --- Netzentgelte 2028 (dpa), Oktober ---
    ("de", "Bonn (dpa) - Die Stromnetzentgelte für Haushalte sinken im kommenden Jahr im bundesweiten Durchschnitt um 8 Prozent, wie aus vorläufigen Daten der Bundesnetzagentur hervorgeht.", True, [("percent", 8, "%", None)], None),
    ("de", "Möglich macht das vor allem ein Bundeszuschuss von 6,5 Milliarden Euro für die Kosten der Übertragungsnetze.", True, [("money", 6500000000, "EUR", None)], None),
    ("de", "Für einen Haushalt mit 3.500 Kilowattstunden sinken die Netzkosten damit von rund 440 auf etwa 405 Euro im Jahr.", True, [("count", 3500, None, None), ("money", 440, "EUR", "about"), ("money", 405, "EUR", "about")], None),
    ("de", "In Schleswig-Holstein und Brandenburg fällt die Entlastung mit bis zu 14 Prozent am stärksten aus, in Bremen steigen die Entgelte leicht.", True, [("percent", 14, "%", "up_to")], None),
    ("de", "Behördenpräsidentin Annemarie Köhlbrandt sagte, die Versorger müssten die niedrigeren Entgelte ab dem 1. Januar vollständig an ihre Kunden weitergeben.", True, [("date", "--01-01", None, None)], "Annemarie Köhlbrandt"),
    ("de", "„Wir werden sehr genau hinschauen, wer das tut und wer nicht“, sagte Köhlbrandt.", False, [], None),
    ("de", "Der Bundesverband Neue Energiewirtschaft gab den großen Verteilnetzbetreibern die Schuld an den nach wie vor hohen Kosten.", False, [], None),
    ("de", "Die Verteilnetzbetreiber wollen nach eigenen Angaben bis 2032 rund 42 Milliarden Euro in ihre Netze investieren.", True, [("year", 2032, None, None), ("money", 42000000000, "EUR", "about")], None),
    # --- Irish supplier raises prices (Reuters), September ---
    ("en", "DUBLIN, Sept 14 (Reuters) - Irish electricity supplier Kelsevale Energy will raise its prices by 9.5% from Oct. 20, adding about 190 euros a year to the average customer's bill, it said on Tuesday.", True, [("date", "--09-14", None, None), ("percent", 9.5, "%", None), ("date", "--10-20", None, None), ("money", 190, "EUR", "about")], None),
    ("en", "The increase affects about 410,000 households, or roughly one in five electricity customers in the country.", True, [("count", 410000, None, "about"), ("fraction", 0.2, None, "about")], None),
    ("en", "Chief Executive Fionnuala Brosnan said network charges approved by the regulator would rise by 18% on Oct. 1, accounting for most of the increase.", True, [("percent", 18, "%", None), ("date", "--10-01", None, None)], "Fionnuala Brosnan"),
    ("en", "\"Nobody in this company takes a price rise lightly,\" Brosnan told reporters.", False, [], None),
    ("en", "About 24% of electricity customers were in arrears at the end of June, owing an average of 512 euros, figures from the Commission for Regulation of Utilities showed.", True, [("percent", 24, "%", "about"), ("money", 512, "EUR", None)], None),
    ("en", "The regulator encouraged customers who were falling behind to get in touch with their supplier early.", False, [], None),
    ("en", "Suppliers are barred from disconnecting vulnerable customers between Oct. 1 and March 31 under the regulator's winter moratorium.", True, [("date", "--10-01", None, None), ("date", "--03-31", None, None)], None),
    ("en", "Ireland's government has approved three energy credits of 150 euros each for every household this winter, costing about 1.1 billion euros.", True, [("count", 3, None, None), ("money", 150, "EUR", None), ("money", 1100000000, "EUR", "about")], None),
    # --- Entlastungspaket für den Winter (APA), November ---
    ("de", "Wien (APA) - Die Regierung hat ein Entlastungspaket gegen hohe Energiekosten im Umfang von 620 Millionen Euro beschlossen.", True, [("money", 620000000, "EUR", None)], None),
    ("de", "Kernstück ist ein Netzkostenzuschuss von 150 Euro für rund 380.000 Haushalte, die von der Rezeptgebühr befreit sind.", True, [("money", 150, "EUR", None), ("count", 380000, None, "about")], None),
    ("de", "Der Zuschuss wird automatisch mit der Jänner-Abrechnung gutgeschrieben, ein Antrag ist nicht nötig.", True, [], None),
    ("de", "Zudem wird die Elektrizitätsabgabe für das erste Halbjahr 2028 auf 0,08 Cent je Kilowattstunde gesenkt.", True, [("ordinal", 1, None, None), ("year", 2028, None, None), ("money", 0.0008, "EUR", None)], None),
    ("de", "Das Finanzministerium beziffert die Kosten dieser Maßnahme mit rund 180 Millionen Euro.", True, [("money", 180000000, "EUR", "about")], None),
    ("de", "Die E-Control rief die Haushalte auf, die Zeit bis zum Frühjahr für einen Tarifvergleich zu nutzen.", False, [], None),
    ("de", "Seit Oktober haben bereits mehr als 41.000 Haushalte über den Tarifkalkulator der Behörde den Anbieter gewechselt.", True, [("count", 41000, None, "over")], None),
    ("de", "Die Arbeiterkammer bezifferte die durchschnittliche Entlastung für einen Pensionistenhaushalt auf rund 210 Euro.", True, [("money", 210, "EUR", "about")], None),
    # --- Heating aid in New England (AP), October ---
    ("en", "BOSTON (AP) — Massachusetts will give about 165,000 low-income households up to $1,500 each toward heating costs this winter, state officials said Wednesday.", True, [("count", 165000, None, "about"), ("money", 1500, "USD", "up_to")], None),
    ("en", "The money comes from the federal LIHEAP program and can be used for heating oil, propane, natural gas or electricity.", True, [], None),
    ("en", "Heating oil in the state averaged $3.91 a gallon last week, about 22 cents less than a year ago, according to the state's Department of Energy Resources.", True, [("money", 3.91, "USD", None), ("money", 0.22, "USD", "about")], None),
    ("en", "A household that burns 800 gallons over the winter would pay about $3,130 at that price.", True, [("count", 800, None, None), ("money", 3130, "USD", "about")], None),
    ("en", "Advocates for the elderly warned that many seniors would still struggle to keep warm.", False, [], None),
    ("en", "Fuel dealer Raymond Ouellette said about 30% of his customers had asked to split their orders into two deliveries.", True, [("percent", 30, "%", "about"), ("count", 2, None, None)], "Raymond Ouellette"),
    ("en", "The federal program is expected to help about 5.6 million households nationwide this year.", True, [("count", 5600000, None, "about")], None),
    # --- Energiearmut und Wärmepreise in Europa (Eurostat, Reuters), November ---
    ("en", "BRUSSELS, Nov 4 (Reuters) - About 9.8% of people in the European Union were unable to keep their homes adequately warm last year, Eurostat data showed on Thursday.", True, [("date", "--11-04", None, None), ("percent", 9.8, "%", "about")], None),
    ("en", "The share ranged from 1.4% in Finland to 19.6% in Bulgaria.", True, [("percent", 1.4, "%", None), ("percent", 19.6, "%", None)], None),
    ("en", "In Germany the share rose to 8.1%, while in Austria it stood at 4.3%.", True, [("percent", 8.1, "%", None), ("percent", 4.3, "%", None)], None),
    ("en", "Household electricity prices in the EU averaged 28.7 euro cents per kilowatt hour in the first half of the year.", True, [("money", 0.287, "EUR", None), ("ordinal", 1, None, None)], None),
    ("en", "Ireland had the highest prices at about 41 euro cents, Hungary the lowest at about 11 euro cents.", True, [("money", 0.41, "EUR", "about"), ("money", 0.11, "EUR", "about")], None),
    ("en", "Consumer organisation BEUC described the data as \"an indictment of a decade of timid energy policy\".", False, [], None),
    ("en", "BEUC urged member states to put vulnerable households \"at the heart\" of the energy transition.", False, [], None),
    ("en", "The Commission wants member states to cut taxes on household electricity to no more than 1 euro per megawatt hour by 2028.", True, [("money", 1, "EUR", "at_most"), ("year", 2028, None, None)], None),
    # --- British network charges (Reuters), December ---
    ("en", "LONDON, Dec 1 (Reuters) - Britain's energy regulator approved 24.6 billion pounds of spending on gas and electricity networks over five years on Wednesday, adding about 31 pounds a year to household bills by 2031.", True, [("date", "--12-01", None, None), ("money", 24600000000, "GBP", None), ("duration", 5, "year", None), ("money", 31, "GBP", "about"), ("year", 2031, None, None)], None),
    ("en", "Network companies had asked for 33 billion pounds.", True, [("money", 33000000000, "GBP", None)], None),
    ("en", "Ofgem said the settlement allowed an average return on equity of 5.7%, below the 6.5% the companies had sought.", True, [("percent", 5.7, "%", None), ("percent", 6.5, "%", None)], "Ofgem"),
    ("en", "Network charges make up about 22% of a typical electricity bill and will rise to about 27% by 2031.", True, [("percent", 22, "%", "about"), ("percent", 27, "%", "about"), ("year", 2031, None, None)], None),
    ("en", "The Energy Networks Association said the decision was \"a missed opportunity\" to speed up the grid.", False, [], None),
    ("en", "Opposition politicians blamed the government's net zero policies for pushing up bills.", False, [], None),
    ("en", "Grid operator National Grid said it would appeal parts of the decision to the Competition and Markets Authority.", True, [], None),
    ("en", "Shares in National Grid fell 2.3% to 1,062 pence by 1130 GMT.", True, [("percent", 2.3, "%", None), ("money", 10.62, "GBP", None)], None),
    # --- Gasversorger senken Preise (dpa), Dezember ---
    ("de", "Heidelberg (dpa) - Zum Jahreswechsel senken 163 Gasgrundversorger ihre Preise, im Schnitt um 7,2 Prozent, wie das Vergleichsportal Verivox mitteilte.", True, [("count", 163, None, None), ("percent", 7.2, "%", None)], None),
    ("de", "Für einen Haushalt mit 20.000 Kilowattstunden bedeutet das eine Ersparnis von durchschnittlich 168 Euro im Jahr.", True, [("count", 20000, None, None), ("money", 168, "EUR", None)], None),
    ("de", "Lediglich 11 Versorger kündigten Erhöhungen an.", True, [("count", 11, None, None)], None),
    ("de", "Kraichgau-Energie-Chef Tilman Esslinger sagte, sein Unternehmen gebe den günstigeren Einkauf mit einer Senkung um 1,4 Cent je Kilowattstunde vollständig weiter.", True, [("money", 0.014, "EUR", None)], "Tilman Esslinger"),
    ("de", "„Wir bitten unsere Kunden um Verständnis, dass Preissenkungen immer erst mit Verzögerung ankommen“, sagte Esslinger.", False, [], None),
    ("de", "Die Verbraucherzentrale Nordrhein-Westfalen warf vielen Versorgern vor, gesunkene Einkaufspreise bewusst spät weiterzugeben.", False, [], None),
    ("de", "Die Verbraucherzentrale fordert, dass Grundversorger ihre Preise künftig mindestens einmal im Quartal an die Einkaufskosten anpassen müssen.", True, [("count", 1, None, "at_least")], None),
    ("de", "Seit der Einführung des CO2-Preises 2021 machen Abgaben rund ein Fünftel des Gaspreises für Haushalte aus.", True, [("year", 2021, None, None), ("fraction", 0.2, None, "about")], None),
]
