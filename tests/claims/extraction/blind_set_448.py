"""Four-hundred-and-forty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the heads of real regulators, agencies and ministries
appear under made-up names that stand for no real holder („Behördenpräsident Joachim
Sternkopf“ of the Bundesnetzagentur, „E-Control-Vorständin Theresia Wallnöfer-Gams“,
„Preisüberwacher Anselm Häberli-Wyss“, „Energiestaatssekretärin Carola Brennecke-Haas“,
"Ofgem Chief Executive Gideon Renshaw-Doyle", "Citizens Advice chief executive Harriet
Penberthy-Cole", "State Energy Commissioner Rosalind Fairweather-Gage" of Massachusetts,
"Energy Minister Callum Pettigrew-Shaw" of Australia, "Finance Minister Pieter van
Roosendaal-Kuipers" of the Netherlands, "Industry Minister Kenta Umezaki" of Japan) or by
their role only („die Energieministerin“, „der Energiesprecher der Opposition“, "the energy
minister", "a ministry official", "A government spokesperson").

Names: Sophia Linnenkohl, Joachim Sternkopf, Margarete Ohlenbruch, Theresia Wallnöfer-Gams,
Anselm Häberli-Wyss, Hendrik Overbeck-Sanders and the Stadtwerke Emsbrücke, Wendelin
Graupner, Lennart Brüggenkamp, the energy group Lippewatt, Ingeborg Haslinger-Pötsch and the
Almtalwerke, Dietmar Kühnweid, Uwe Stammberger-Kolb and the heat pump maker Ventrotherm,
Reto Spörri, Carola Brennecke-Haas; Maumee Valley Power and Darcy Helmcamp, Fergus Lanyon,
Annelies Vroomans-Dekker, Harriet Penberthy-Cole, Rosalind Fairweather-Gage, Slaney Energy
and Orla Fitzmaurice-Kenny, Callum Pettigrew-Shaw, Gideon Renshaw-Doyle, Maureen
Hepplethwaite, Copperleigh Energy and Imran Qureshi-Blake, Pieter van Roosendaal-Kuipers,
Kenta Umezaki and Dale Kowalewski; every unnamed minister, spokesperson, official, trader,
analyst, installer and campaigner. Real states, bodies, parties, firms, exchanges, schemes,
media and places (Bundesregierung, Bundesnetzagentur, Bundeskartellamt, Verivox, Check24,
Verbraucherzentralen, Verbraucherzentrale, Bundesverband Wärmepumpe, BWP, Heizungsgesetz,
E-Control, Arbeiterkammer, Arbeiterkammer Oberösterreich, Preisüberwacher, Verband der
Schweizerischen Gasindustrie, Bundesamt für Energie, Fachvereinigung Wärmepumpen Schweiz,
FWS, co2online, Heizspiegel, Deutscher Mieterbund, Caritas, Sozialverbände, SPD-Fraktion,
Verbraucherschutzministerium, EEX, TTF, IG Metall, Koalitionsausschuss, BDEW, Die Linke,
Grüne, „Welt am Sonntag“, Reuters, Brandenburg, Mecklenburg-Vorpommern, Nordrhein-Westfalen,
Kärnten, Vorarlberg, Ostschweiz, Tschechien; Ofgem, Which?, Cornwall Insight, the Public
Utilities Commission of Ohio, Big Tech, Energy UK, Uswitch, the European Heat Pump
Association, the Energy Information Administration, the EIA, the Census Bureau, Citizens
Advice, UFC-Que Choisir, EDF, CRE, Eurostat, CBS, the Australian Energy Regulator, NSW, BBC
Radio 4, Fuel Poverty Action, National Grid, the Conservatives, the Warm Home Discount,
National Energy Action, the UK Health Security Agency, the Met Office, Economy 7, and the
datelines' cities) stand for the way wire copy names them; every tariff, unit rate, standing
charge, cap, bill, grid fee, tax, subsidy, grant, levy, debt, count of households,
customers, suppliers, switches, disconnections and heat pumps, result, forecast, date and
quote here is invented, and where a real figure came to mind (a real price cap, unit rate or
standing charge, a real grid fee or its subsidy, the real electricity tax rate and the EU
minimum, a real rebate or heat pump grant, a real sales figure, a real count of network
areas or suppliers, a real rule for disconnections or smart meter charges) it was changed -
only the year Austria opened its power market (2001) is kept as wire copy would state it.

Its weight: ENERGY PRICES, UTILITIES AND HOUSEHOLD BILLS, the fifth round for energy prices
and the second under the heading of household bills (the hundred-twenty-sixth and
two-hundred-and-fourteenth batches weighed energy prices and heating, the
three-hundred-and-seventeenth energy prices and household bills and the
three-hundred-and-ninety-fourth energy supply and prices, with the fifty-seventh's energy
systems in their units, the hundred-sixty-seventh's and two-hundred-and-ninety-fifth's
energy transition, the two-hundred-and-seventy-first's energy companies and utilities and
the three-hundred-and-forty-fifth's oil, gas and electricity markets beside them; their
decisions are kept) - one made-up wire week at the turn of the tariff year, Monday, November
22, to Sunday, November 28, as 34 short stories in story order, the German and English desks
interleaved by day, about half in each language, each told as wire copy runs it (a dateline
lead, the figures, attributed claims, the other side, quotes). German (dpa with "dpa/lnw",
dpa-AFX, Reuters German, APA with Austrian „mit 1. Jänner“, „heuer“, „Vorstandsdirektorin“,
Keystone-SDA with Swiss "15'000", "29'840", "38'000", "hiess", „an einer Medienkonferenz“
and «» quotes; German „“ quotes): power tariffs at the turn of the year with Verivox, German
grid fees for the coming year with the Bundesnetzagentur, heat pump sales with the
Bundesverband Wärmepumpe, supplier switching in Austria, the Preisüberwacher on Swiss gas
network tariffs, a municipal utility's gas price rise, power disconnections in North
Rhine-Westphalia, the Heizspiegel's heating bills, Austrian grid costs for the coming year,
dynamic tariffs and smart meters, the forward market for power and gas, the
Monitoringbericht on switching and prices, an Upper Austrian supplier's price cut, a heat
pump maker's job cuts, Swiss heat pump sales, gas prices for new customers with a demand for
a gas price cap, and a Sunday-paper interview on cutting the electricity tax. English
(Reuters with dated datelines, AFP, PA, AP, AAP): Ofgem's price cap for January to March, an
Ohio rate case, supplier switching in Britain, European heat pump sales, the U.S. power
price outlook, energy debt in Britain, France's regulated tariff, the Dutch energy tax,
Massachusetts winter heating bills, an Irish supplier's price cut, Australia's draft default
market offer, Ofgem's network spending decision, Japan's power and gas subsidies, low
standing charge tariffs, the Warm Home Discount in a cold snap, U.S. heat pump shipments and
a Sunday interview with a British supplier's chief executive. Figures as such copy has them:
unit rates in Cent, Rappen, pence, euro cents, U.S. cents, Australian cents and yen per
kilowatt hour („37,2 Cent pro Kilowattstunde brutto“, „zweieinhalb Cent“, "25.96p per
kilowatt hour", "about 31.4c/kWh", "2.5 yen per kilowatt hour"), standing charges per day,
caps, bills and savings per year in euros, francs, pounds, dollars and Australian dollars,
grid fees and their shares, wholesale prices per megawatt hour, subsidies, levies, debts,
grants, results and investment; consumption in kilowatt hours („4.000 Kilowattstunden“,
„15'000 Kilowattstunden“, "260 kWh", "1,000 kilowatt-hours"), households, customers,
switches, suppliers, disconnections and heat pumps as counts, number-word compounds
(„zwölfmonatiger Preisgarantie“, „Drei-Personen-Haushalt“, „Vier-Personen-Haushalt“,
„70-Quadratmeter-Wohnung“, „nach fünfstündigen Beratungen“, "one-year fix", "a five-day
amber cold weather alert", "a three-bedroom home"), fractions in words („jede zweite“, „um
gut ein Fünftel mehr“, „knapp ein Viertel“, „Jeder dritte Haushalt“, "Almost one in eight",
"roughly one in seven", "around one in 12", "no more than half", "less than half"),
ordinals, a multiple, hedges, ranges, a change in percentage points, a temperature below
zero, years and dates. Negatives as such copy has them - 56 rows, none with a figure: the
weight's three kept from the three-hundred-and-seventeenth batch (appeals naming no measure,
blame naming no act or cost, warnings without a measure or a figure), and beside them
labels, rhetoric and slogans in quotes from the same speakers who give the figures, a
verdict with „halten ... für“, traders' cited reasons, open questions, evasions, a vow, a
boast and a vox pop, each near a check-worthy look-alike from the same story.

241 rows (120 German, 121 English), 56 negatives (28 German, 28 English), 185 check-worthy
rows of which 17 carry no figure (9 German, 8 English), 313 expected quantities (108 amounts
of money - 52 EUR, 25 GBP, 16 USD, 6 CHF, 5 JPY, 4 AUD -, 67 counts, 58 percentages - 57 in
"%", 1 in percentage points "pp" -, 21 durations - 12 in months, 5 in years, 2 in days, 2 in
hours -, 20 dates, 16 fractions, 12 years, 11 ordinals; none of them in a negative), 38
checked speakers (19 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names were checked
against tests/ and, as written here, are in use nowhere else.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, step, rule, plan, forecast with a figure, stated cause, rejection or demand naming
  its measure is check-worthy with the speaker its own attribution gives, also in Konjunktiv
  I; quoted or reported labels, rhetoric, slogans, appeals naming no measure, blame naming
  no act or cost, warnings without a measure or a figure, a verdict, evasions, a vow, a
  boast and a vox pop are negatives with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, two-hundred-and-fourth, three-hundred-and-seventeenth,
  three-hundred-and-ninety-fourth, four-hundred-and-twentieth). Pairs from one speaker:
  Linnenkohl's 96 euros beside „eine teure Gewohnheit“; Sternkopf's 23 of 590 network areas
  and his „Jeder dritte Haushalt“ beside „das Rückgrat der Energiewende“ and „Der Wettbewerb
  funktioniert ...“; Ohlenbruch's „jede zweite“ and her demand beside „im Massenmarkt
  angekommen“; Wallnöfer-Gams's 320 euros beside „ein Land der Zögerer“; Häberli-Wyss's 820
  and 120 francs beside «sehr bequem gemacht»; Graupner's 2021 and 15 percent beside „Jedes
  Grad weniger zählt“; Kühnweid's „Mitte 2029“ beside „wettbewerbsfähig bleiben“;
  Brüggenkamp's 600 euros beside „nichts für jeden“; Haslinger-Pötsch's 70 percent beside
  „jeden Cent weiter“; Brennecke-Haas's 1 July and 110 euros beside „Strom muss billiger
  werden ...“; Helmcamp's payment plans (told by a pronoun) beside "nobody likes a higher
  bill"; Lanyon's 17% (told by a pronoun) beside "voting with their feet"; Penberthy-Cole's
  58,400 and 40% beside "a national scandal"; Fairweather-Gage's $42 million beside "pick
  between a warm home and their prescriptions"; Fitzmaurice-Kenny's stated cause (told by
  her role) beside "kept that promise"; Renshaw-Doyle's 4 gigawatts and two appeals beside
  "the right balance"; Umezaki's 120 billion yen beside his refusal to say; van
  Roosendaal-Kuipers's 2.1 euro cents beside "pay off for every family"; Qureshi-Blake's
  40,000 heat pumps beside "its time is up" and his no-comment line; Kowalewski's 412 heat
  pumps beside "the busiest fall we've ever had". Vroomans-Dekker, Overbeck-Sanders, Spörri
  and Hepplethwaite are heard only in negatives.
- The weight's three negatives, kept from the three-hundred-and-seventeenth batch. Appeals
  that name no measure: „Die Verbraucherzentralen appellierten an die Kunden, die Post ...
  genau zu lesen“ and "Charities urged the government to do more ..."
  (two-hundred-and-fourth, three-hundred-and-ninety-fourth). Blame that names no act, cost
  or figure: „Die Opposition gab der Regierung die Schuld ...“, „Die Grünen warfen der
  Regierung vor, ... hinzuhalten“, "accused the commission of letting households "pick up
  the tab ..."", "accused Ofgem of "handing investors a blank cheque"", "Utilities blamed
  state clean energy mandates ..." and "The Conservatives blamed the government's push for
  net zero ..." (a general policy named as culprit is no act; two-hundred-and-eightieth).
  Warnings without a measure or a figure: „Die Branche warnte, ein neuer Streit um das
  Heizungsgesetz ...“, „Verbraucherschützer warnten vor Preisspitzen ...“, "Fuel dealers
  warned ...", "Gas utilities warned ..." (two-hundred-and-fourth). Their look-alikes are
  check-worthy, the speaker None where the verb is no verb of saying („forderte“,
  „verlangt“, „verlangte“, „fordern“, „kündigte an“, "wants"; two-hundred-and-seventy-first,
  three-hundred-and-seventeenth): demands naming a measure, with a figure (Ohlenbruch's „auf
  0,2 Cent“, the Linke's „Gaspreisdeckel von 12 Cent“, the Arbeiterkammer's „binnen drei
  Monaten“, the IG Metall's „Standortgarantie bis 2032“, Citizens Advice's "up to £2,000",
  the heat pump association's "no more than half the rate") and without one (the
  Mieterbund's „staatliche Preisaufsicht für Fernwärme“, the Sozialverbände's „Verbot von
  Stromsperren in den Wintermonaten“; three-hundred-and-seventeenth: the Stiftung's demand);
  causes stated by the side that set the price (the Stadtwerke's „höhere CO2-Preis und
  gestiegene Netzentgelte“, Slaney's "lower wholesale prices and cheaper hedging", Ofgem's
  network costs "according to the regulator", Haslinger-Pötsch's purchases;
  two-hundred-and-eightieth, three-hundred-and-seventeenth); a rejection with its reason
  („Der Verband der Schweizerischen Gasindustrie wies die Vorwürfe zurück und verwies auf
  ...“; two-hundred-and-fourteenth: the AGFW's denial) and a refusal stated as a position
  (Brennecke-Haas's „dafür sehe die Regierung derzeit keinen Anlass“, told by a pronoun;
  three-hundred-and-ninety-fourth: the regulator's refusal).
- Other negatives (ninety-eighth, two-hundred-and-fourteenth, three-hundred-and-seventeenth,
  three-hundred-and-ninety-fourth): labels („nannte ... „nicht mehr zumutbar““, „nannte jede
  einzelne Sperre „eine Katastrophe ...““, „nannte die Pläne „einen Schlag ...““, „sprach
  von einem „längst überfälligen Schritt““, „nannte einen solchen Deckel „Gift für den
  Wettbewerb““, "described the rise as "a bitter pill"", "called the figures "a national
  scandal ..."", "said the cut was "a crumb"", "said the settlement struck "the right
  balance ..."", "called the plan "a tax shuffle ..."", "called the change "timid and
  overdue"", "remained "a maze""); rhetoric and slogans in quotes (the pairs above, „Das ist
  ein Schlag ins Gesicht aller Stromkunden“, "Families have had a gutful of promises about
  power bills", "The heat pump is no longer a niche product ..."); a verdict with „halten
  ... für“ («Wir halten die Berechnungen des Preisüberwachers für realitätsfremd»,
  three-hundred-and-ninety-fourth); traders' cited reasons („Händler verwiesen auf gut
  gefüllte Gasspeicher ...“, three-hundred-and-ninety-fourth); an open question and a
  forecast refused („Wie viele Kunden dauerhaft in teuren Tarifen bleiben, lasse sich ...
  nicht ablesen“, „Ob sich der Rückgang ... fortsetzt, wollte der Verband nicht
  prognostizieren“); evasions ("declined to say whether the subsidies would be extended
  ...", "he would not comment on market speculation"; twenty-first, two-hundred-and-fourth);
  vows naming no step ("keep a close eye", "determined to help those who need it most";
  two-hundred-and-eightieth); a boast ("the busiest fall we've ever had") and a vox pop
  without a figure (Hepplethwaite's coat; three-hundred-and-seventeenth). None of the
  negatives carries a figure.
- Check-worthy without a figure (17 rows; hundred-twenty-sixth, two-hundred-and-fourteenth,
  three-hundred-and-seventeenth, three-hundred-and-ninety-fourth): two stated sources („Das
  geht aus dem neuen Heizspiegel ... hervor“, „Das geht aus dem Monitoringbericht ...
  hervor“; three-hundred-and-seventeenth: „Das ergab eine Auswertung ...“), two stated
  causes (the Stadtwerke's, Slaney's by its chief executive's role), two demands and a
  rejection and a refusal (above), rules (the Sonderkündigungsrecht, the prepayment standing
  charge "the regulator confirmed", the Massachusetts ban on winter shutoffs), steps (EDF's
  automatic switch to the new tariff, the Japanese cabinet's approval, the regulator's final
  decision in May - months none -, Copperleigh's tariff application to Ofgem), National
  Grid's acceptance (a position) and Stammberger-Kolb's account of which jobs go (a fact).
- Prices per unit are money in the currency written, the unit priced carrying nothing
  (twelfth, fifty-seventh, hundred-twenty-sixth, two-hundred-and-fourteenth,
  three-hundred-and-seventeenth, three-hundred-and-ninety-fourth). Cent as EUR hundredths:
  „37,2 Cent pro Kilowattstunde brutto“ 0.372 („brutto“ no hedge, as „netto“; hundredth),
  „knapp 27 Cent“ 0.27 "nearly", „11,3 Cent ..., nach 12,3 Cent“, „auf 0,2 Cent“ 0.002,
  „14,9 Cent ... netto, ... rund 24 Cent“, „um 0,9 Cent auf 12,7 Cent“ 0.009 and 0.127,
  „39,8 Cent ..., davon ... 10,9 Cent“, „von 18,9 auf 16,8 Cent“ both (the unit written
  once, two-hundred-and-fourteenth), „9,4 Cent“, „mit 14,1 Cent“, „von 12 Cent“, „2,15 Cent“
  0.0215. New: „um bis zu zweieinhalb Cent je Kilowattstunde“ is 0.025 EUR "up_to" - a mixed
  number word before Cent reads as „knapp dreieinhalb Stunden“
  (three-hundred-and-ninety-fourth) and „gut eineinhalb Monate“ (two-hundred-and-fourteenth)
  read theirs, and Cent is the euro's hundredth (twelfth). Rappen as CHF hundredths: „bis zu
  3,4 Rappen“ 0.034 "up_to". Pence as GBP hundredths: "25.96p ... 53.12p a day", "6.18p per
  kWh ... 33.07p a day", "no more than 15p a day" 0.15 "at_most"
  (two-hundred-and-fourteenth: "no more than 10p a day"), "about 31p" 0.31, "9p a day lower"
  0.09, "14.9p" 0.149. U.S. cents as USD hundredths in stories datelined in the U.S.
  (three-hundred-and-ninety-fourth): "about 17.8 cents ..., up from 16.6 cents", "18.1
  cents", "about 29 cents", "down 21 cents". Euro cents in English copy as EUR
  (two-hundred-and-fourteenth): "about 24.9 euro cents ... about 39 euro cents", "about 36
  euro cents" ("an average of" no hedge), "2.1 euro cents", "4.8 euro cents". New: "about
  31.4c/kWh" in a story datelined SYDNEY (AAP) is 0.314 AUD "about" - "c" abbreviates the
  cents of the story's country as "ct" abbreviates Cent (two-hundred-and-fourteenth: "8,2
  ct/kWh") and "p" pence ("6.04p/kWh", hundred-twenty-sixth), and AAP's cents are Australian
  (two-hundred-and-seventy-first: "about 43 cents per kilowatt hour" AUD). Yen per unit:
  "2.5 yen per kilowatt hour", "10 yen per cubic metre". Per megawatt hour and therm: „78,40
  Euro je Megawattstunde“, „29,15 Euro“, "about $1.54 per therm". "per kilowatt hour", "per
  kWh", „pro Kilowattstunde“, „je Kilowattstunde“, „je Megawattstunde“, "a day", "a gallon",
  "per therm", "per cubic metre", "including taxes" none.
- Caps, bills, savings, fees, grants, levies, debts, results and investment in the currency
  written (every batch): EUR („rund 96 Euro im Jahr“, „bis zu 410 Euro“ "up_to", „6,2
  Milliarden Euro“, „bis zu 320 Euro“ "up_to", „rund 214 Euro mehr“ - „mehr“ after it
  compares -, „1.130 Euro“, „rund 1.240 Euro, mit Fernwärme 1.410 Euro und ... 980 Euro“ -
  the hedge on the first only, two-hundred-and-fourteenth -, „durchschnittlich 38 Euro“,
  „rund 21 Milliarden Euro“, „von 75 Euro“, „bis zu 600 Euro“, „höchstens 30 Euro im Jahr“
  "at_most", „von 4,6 bis 4,9 Milliarden Euro“ both - the „bis“ of a range no hedge -, „rund
  88 Euro“, „1,1 Milliarden Euro ... 64 Millionen Euro“, „bis zu 2,3 Milliarden Euro“, „rund
  110 Euro“, „5,4 Milliarden Euro“; "about 86 euros", "about 132 euros", "about 95 euros",
  "about 1.6 billion euros", "about 58 euros"), CHF („rund 38 Millionen Franken pro Jahr“ -
  „insgesamt“ no hedge -, „820 Franken im Jahr, «rund 120 Franken zu viel»“, „rund 38'000
  Franken“ and „bis zu 10'000 Franken pro Anlage“ with the Swiss apostrophe, tenth), GBP
  ("by £31 to £1,757" - the "to" of a target, three-hundred-and-ninety-fourth -, "about
  £19", "about £1,598 ..., some £159 less" - "some" "about", two-hundred-and-fourteenth -,
  "a record £4.1 billion" - "a record" no hedge -, "an average of £1,260 each", "up to
  £2,000", "about £5 a year", "24.3 billion pounds", "an average of £28 a year", "roughly
  £360", "about £330", "about £33", "the £170 Warm Home Discount" - hundred-ninety-first: "a
  £350 cost-of-living refund" -, "46 million pounds", "£7,200 per household"), USD ("a $286
  million rate increase", "about $11", "$412 million", "an average bill of $1,480" - no
  hedge, as "average bills of", two-hundred-and-fourteenth -, "average bills of about $2,390
  ... about $1,720", "$42 million", "$3.74 a gallon", "$14,000 to $22,000" both), AUD ("up
  to A$96 a year less" "up_to", "A$1,812 ..., down from A$1,908"), JPY ("about 310 billion
  yen", "about 650 yen", "120 billion yen").
- Consumption, households, customers, suppliers, switches and heat pumps are counts with
  their hedges (fifty-seventh, hundred-twenty-sixth, two-hundred-and-fourteenth,
  three-hundred-and-seventeenth): „4.000 Kilowattstunden“ (twice), „3.500 Kilowattstunden“
  (four times), „20.000 Kilowattstunden“, „4.500 Kilowattstunden“, „15'000 Kilowattstunden“
  (Swiss apostrophe, tenth), "1,000 kilowatt-hours in a month"
  (three-hundred-and-seventeenth: "1,000 kilowatt-hours a month"), "260 kWh"; „318
  Grundversorger“, „Lediglich 27 Versorger“ („Lediglich“ no hedge), „in 23 der rund 590
  Netzgebiete“ 23 and 590 "about" (two-hundred-and-fourteenth: „In 41 der rund 600“), „rund
  214.000“, „knapp 79.000“, „auf gut 181.000 Stück“ "over", „rund 71.400“, „bei 14
  Gasversorgern“, „Rund 41.000 Kunden“, „rund 61.000 Haushalten, gut 4.000 weniger“ -
  „weniger“ after it compares -, „mehr als 690.000“ "over", „knapp 9.800“, „rund 410.000“,
  „Rund 5,6 Millionen“, „gut 1,7 Millionen“, „rund 420.000“, „rund 380 seiner 2.900
  Stellen“, „29'840“, „146 Gasgrundversorger“; "Nearly 410,000", "to 46, up from 11", "in 16
  European countries", "about 1.94 million units", "more than 2.6 million units", "58,400
  people", "about 19.7 million households", "About 211,000", "about 310,000", "Two other
  suppliers" 2 ("other" no hedge), "About 2.1 million households in the three states" with
  the definite group 3 (three-hundred-and-ninety-fourth: „Die vier
  Übertragungsnetzbetreiber“), "4 gigawatts", "two of the network companies" 2, "at least
  one deal" 1 "at_least" (two-hundred-and-fourteenth: "at least one tariff"), "About 1.1
  million homes", "More than 1.3 million", "About 4.2 million homes", "went without power at
  least once" 1 "at_least" (three-hundred-and-seventeenth), "5.8 million households",
  "40,000 heat pumps", "about 1.8 million customer accounts", "about 3.9 million units",
  "about 2.4 million", "412 ..., up from 260". Compounds with a number word or figure at
  their head (the issue: "28-Punkte-Entwurf"; two-hundred-and-fourteenth):
  „Drei-Personen-Haushalt“ 3, „Vier-Personen-Haushalt“ 4, „70-Quadratmeter-Wohnung“ 70, "a
  three-bedroom home" 3 (two-hundred-and-fourteenth: "a four-person installation firm").
  "twice as many as this year" is count 2 (hundred-eighteenth: "twice as many people");
  "roughly doubled" and „mehr als verdoppelt“ are verbs and carry nothing (nineteenth,
  two-hundred-and-fourteenth). "minus 8C" is count -8 (two-hundred-and-fourteenth: "minus 6
  degrees Celsius"; the sign word before the figure, three-hundred-and-ninety-fourth). None:
  „so viele wie nie zuvor“, „Viele Kantone“, "Every energy supplier", "several countries".
- Percentages as written, a change of a rate in points "pp" (every batch;
  three-hundred-and-seventeenth): „im Schnitt um 6,4 Prozent“, „um weniger als 5 Prozent“
  "under" („weniger als“ as "less than"), „8 Prozent weniger“, „teils um mehr als 10
  Prozent“ "over" („teils“ no hedge), „ein Plus von 31 Prozent“ 31 (a word of direction,
  hundred-fourth: „ein Minus von 36 Prozent“), „um 38 Prozent“, „rund 92 Prozent“, „1,6
  Prozent ... 1,9 Prozent“, „jeweils gut 0,3 Prozentpunkte höher“ 0.3 pp "over" („jeweils“
  no hedge, „höher“ after it compares; three-hundred-and-seventeenth: „um gut 6
  Prozentpunkte“), „rund 38 Prozent“ („erst“ no hedge), „5 Prozent mehr“, „bis zu 15
  Prozent“ "up_to", „um 9,3 Prozent“, „mit einem Plus von 17 Prozent“ 17, „um 2 Prozent“,
  „gut 9 Prozent weniger ... rund 61 Prozent weniger“, „knapp 8 Prozent weniger“ "nearly",
  „um 7 Prozent“, „bei über 90 Prozent“ "over" („über“ before a figure), „rund 62 Prozent“,
  „rund 70 Prozent“ („Bereits“ no hedge), „nur knapp 6 Prozent“ "nearly" („nur“ no hedge),
  „um 11 Prozent“, „gut 70 Prozent“, „rund 50 Prozent mehr“, „um durchschnittlich 7,1
  Prozent“; "by 1.8%", "by about 3%", "About 14%", "about 17% ..., against 9%", "About 61%",
  "12%", "48% and 31%", "up 4.3%", "about 6%", "up 9%", "about 40%", "by 4.2%", "Only about
  31%" ("Only" no hedge), "about 15%", "About 87%", "about 11% more", "by 7.5%", "5% and
  6%", "about 4.5% ... 2.1%", "about 44 per cent" (the spelled-out "per cent",
  two-hundred-and-fourteenth), "5.9%, below the 6.4%" (no hedge: "below the" before an
  article), "about 18%", "14%", "6%", "57%".
- Fractions (the issue: "ein Fünftel", "jeder vierte"): „um gut ein Fünftel mehr“ 0.2 "over"
  (two-hundred-and-fourteenth: „gut ein Fünftel teurer“), „jede zweite“ 0.5
  (two-hundred-and-fourteenth: „fast jede zweite“), „Rund ein Drittel“ 0.3333 "about", „rund
  ein Viertel der Netzkosten“ 0.25 "about", „knapp ein Viertel des Preises“ 0.25 "nearly",
  „Jeder dritte Haushalt“ 0.3333 (three-hundred-and-ninety-fourth), „um gut ein Drittel
  günstiger“ 0.3333 "over"; "about a quarter below the peak" 0.25 "about" ("below" after it
  compares), "no more than half the rate" 0.5 "at_most", "About one in five" 0.2 "about",
  "Almost one in eight" 0.125 "nearly", "roughly one in seven" 0.1429 "about", "by a third"
  0.3333, "about a fifth" 0.2 "about", "around one in 12" 0.0833 "about" (twenty-seventh:
  "roughly one in 12"), "less than half the capped rate" 0.5 "under"
  (three-hundred-and-ninety-fourth: "less than half").
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"): „mit zwölfmonatiger
  Preisgarantie“ 12 months (two-hundred-and-fourteenth: „zwölfmonatige Preisgarantie“),
  „nach fünfstündigen Beratungen“ 5 hours, "a five-day amber cold weather alert" 5 days,
  "The cheapest one-year fix" 1 year (three-hundred-and-seventeenth), "every three months" 3
  months (an interval, hundred-fifth: "every three minutes"), "payment plans of up to 18
  months" "up_to" (three-hundred-and-seventeenth: "of up to 24 months"), "in more than four
  years" 4 years "over", "three years ago" 3 years, "three months to approve" 3 months
  (two-hundred-and-fourteenth: "which has three months to object"), „knapp elf Tage“ 11 days
  "nearly", "over the next five years" 5 years and "over the past two years" 2 years ("over"
  before a span no hedge), "in the six months to September" 6 months, "for three months from
  January" 3 months, „meist 12 bis 18 Monate“ both („meist“ and the „bis“ of a range no
  hedge), „drei Stunden lang“ 3 hours (eleventh: „zwei Tage lang“), „binnen drei Monaten“ 3
  months („binnen“ no hedge). None: „im Jahr“, „pro Jahr“, „jährlich“, „jährlichen“, „im
  kommenden Jahr“, „im laufenden Jahr“, „im vergangenen Jahr“, „im Jahr davor“, „ein Jahr
  zuvor“, „vor einem Monat“, „im Vorjahr“, „im Vorjahreszeitraum“, „Vorjahresquartal“,
  „heuer“, „zum Jahreswechsel“, „in diesen Wochen“, „binnen eines Jahres“ (eleventh), „in
  den Wintermonaten“, „im selben Zeitraum“, „in der Nacht zum Samstag“, „am vergangenen
  Sonntag“, "a year", "a day", "a month", "monthly", "full-year", "a year earlier", "a year
  ago", "last winter", "this winter", "next year", "this year", "last year", "so far this
  year", "last week", "earlier this month", "the past year", "the winter months", "the same
  period", "the coldest weeks of the year" (in a negative), months and weekdays.
- Ordinals (the issue: "die drittgrößte Stadt"): „in den ersten drei Quartalen“ ordinal 1
  and count 3 (three-hundred-and-ninety-fourth), „Allein im dritten Quartal“ and „im dritten
  Quartal“ 3 („Allein“ no hedge), "the state's third-largest electric utility" 3
  (two-hundred-and-fourteenth: "the country's third-largest supplier"), "in the first nine
  months", "during the first nine months" and „in den ersten neun Monaten“ ordinal 1 with 9
  months (three-hundred-and-ninety-fourth), "for a third consecutive year" 3, "in the first
  half of the year" 1, "for a fourth straight year" 4 (three-hundred-and-ninety-fourth: "for
  a fourth straight month"), "Britain's sixth-largest household supplier" 6
  (three-hundred-and-seventeenth: "the country's fifth-largest supplier"). None: „in erster
  Linie“ (three-hundred-and-forty-ninth), „erstmals seit 2021“ (the year only), „Am
  stärksten“, „Am teuersten“, „Der günstigste“, „der teuerste“, "the highest", "the
  cheapest", "the largest".
- Names that hold a digit carry none (forty-second, hundred-seventy-third,
  three-hundred-and-seventeenth): „CO2-Preis“, „co2online“ and „Check24“ (names,
  three-hundred-and-seventeenth). New: "Economy 7" (a meter tariff), „R290“ (a refrigerant)
  and "BBC Radio 4" carry none - the names of a tariff, a substance and a station, as "ETS2"
  (three-hundred-and-seventeenth), „Subtyp H3N2“ (four-hundred-and-twentieth) and „Super
  E10“ (hundred-seventy-third) carry none.
- Years and dates: „Seit der Liberalisierung des Strommarkts 2001“, „erstmals seit 2021“,
  „bis 2035“, „für 2028“ (twice: the delivery year and the year bought for), „im Sommer
  2022“, „bis Mitte 2029“, „bis 2032“, „Im Geschäftsjahr 2026“, „im Frühjahr 2021“; "by
  2031", "since 2021". Dates without a year: „bis zum 1. Januar“ and „zum 1. Januar“
  --01-01, „mit 1. Jänner“ --01-01 (tenth), „zum Stichtag 1. April“ --04-01
  (three-hundred-and-seventeenth: „per 1. April“), „mit 1. Februar“ --02-01, „zum 1. Juli“
  --07-01; "from January 1", "from February 1", "from Jan. 6", "from July 1"; Reuters and
  AFP English datelines with a day ("LONDON, Nov 22 (Reuters)", "LONDON, Nov 23", "BRUSSELS,
  Nov 23", "WASHINGTON, Nov 23", "PARIS, Nov 24 (AFP)", "AMSTERDAM, Nov 24", "DUBLIN, Nov
  25", "LONDON, Nov 26", "TOKYO, Nov 26", "LONDON, Nov 28") dates without a year
  (hundred-fifty-ninth, three-hundred-and-ninety-fourth); dpa („Berlin (dpa) -“, „Bonn (dpa)
  -“, „Hamburg (dpa) -“), dpa/lnw, dpa-AFX, Reuters German („Bonn (Reuters) -“, „Stuttgart
  (Reuters) -“), APA, Keystone-SDA, PA, AP ("COLUMBUS, Ohio (AP) —", "BOSTON (AP) —",
  "ARLINGTON, Va. (AP) —") and AAP datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "roughly", "around",
  "some" "about"; „knapp“, "Nearly", "Almost" "nearly"; „gut“, „mehr als“, „über“ before a
  figure, "more than", "More than" "over"; „weniger als“, "less than" "under"; „bis zu“, "up
  to" "up_to"; "at least" "at_least"; „höchstens“, "no more than" "at_most". No hedge: „im
  Schnitt“, „im Bundesschnitt“, „im bundesweiten Durchschnitt“, „durchschnittlich“,
  „brutto“, „netto“, „insgesamt“, „Lediglich“, „derzeit“, „zuletzt“, „erst“, „nur“,
  „Allein“, „Bereits“, „bereits“, „jeweils“, „teils“, „meist“, „binnen“, "an average of",
  "an average bill of", "average bills of", "a record", "Only", "other", "over" before a
  span, "below the" before an article, the „bis“ and "to" of a range or a target, and
  „mehr“, „weniger“, „höher“, "more", "less", "lower", "below", "down", "up from" and "down
  from" beside a figure.
- Speakers, checked only in forms the earlier batches settled (38, as near the usual 35 as
  the stories allowed). German: the source in the nominative with its article, the
  abbreviation and the weekday dropped („teilte die Bundesnetzagentur am Montag mit“,
  „teilte der Bundesverband Wärmepumpe (BWP) am Dienstag mit“, „teilte das Unternehmen am
  Mittwoch mit“, „wie die E-Control am Donnerstag mitteilte“, „teilte die Fachvereinigung
  Wärmepumpen Schweiz (FWS) am Samstag mit“; two-hundred-and-fourteenth,
  three-hundred-and-ninety-fourth); the name with the title, the occasion, the place and the
  addressee dropped („sagte Verivox-Energieexpertin Sophia Linnenkohl“, „Behördenpräsident
  Joachim Sternkopf sagte, ...“, „sagte BWP-Geschäftsführerin Margarete Ohlenbruch“,
  „E-Control-Vorständin Theresia Wallnöfer-Gams sagte, ...“, „sagte Preisüberwacher Anselm
  Häberli-Wyss an einer Medienkonferenz in Bern“, „sagte co2online-Geschäftsführer Wendelin
  Graupner“, „sagte Vorstandschef Dietmar Kühnweid der Nachrichtenagentur Reuters“,
  „Vorstandsdirektorin Ingeborg Haslinger-Pötsch sagte, ...“, „sagte Energiestaatssekretärin
  Carola Brennecke-Haas der „Welt am Sonntag““; two-hundred-and-fourteenth,
  three-hundred-and-seventeenth, three-hundred-and-ninety-fourth,
  four-hundred-and-twentieth), „Graupner zufolge“ at the head of the row, „erklärte
  Behördenpräsident Sternkopf“ -> "Sternkopf", „betonte Brennecke-Haas“ before a stated
  figure, „Laut Check24-Geschäftsführer Lennart Brüggenkamp“ and „Nach Angaben von
  Betriebsratschef Uwe Stammberger-Kolb“ with the title dropped (four-hundred-and-twentieth;
  hundred-forty-third). English: "Ofgem said on Monday" and "Ofgem has announced" -> "Ofgem"
  (three-hundred-and-seventeenth), "the Public Utilities Commission of Ohio said" with its
  article (two-hundred-and-fourteenth: "The Commission for Regulation of Utilities said"),
  "Energy UK said on Tuesday" as written, "the European Heat Pump Association said in its
  latest market report" (two-hundred-and-fourteenth; the occasion dropped as "said in a
  statement", tenth), "the Energy Information Administration said on Tuesday", "The Met
  Office said" with the article lowered, "EDF said" and "the company said on Thursday" ->
  "the company" (two-hundred-and-fourteenth, three-hundred-and-seventeenth,
  three-hundred-and-ninety-fourth); the name with the office, the outlet, the place and the
  weekday dropped ("Citizens Advice chief executive Harriet Penberthy-Cole said", "State
  Energy Commissioner Rosalind Fairweather-Gage said", "Finance Minister Pieter van
  Roosendaal-Kuipers said on Wednesday" with the particle kept, "Energy Minister Callum
  Pettigrew-Shaw told reporters in Canberra that", "Ofgem Chief Executive Gideon
  Renshaw-Doyle told BBC Radio 4 on Friday that", "Chief Executive Imran Qureshi-Blake told
  Reuters in an interview"; thirty-seventh, hundred-twenty-seventh,
  three-hundred-and-seventh, four-hundred-and-twentieth), "Ms Penberthy-Cole said" ->
  "Penberthy-Cole" (two-hundred-and-twentieth), "Asked about the risk of legal challenges,
  Renshaw-Doyle said" (hundred-twenty-seventh), and the surname as written ("Umezaki told
  reporters", "Kowalewski said"; three-hundred-and-ninety-fourth). Left unchecked (None):
  all negatives, also those with a named speaker; roles and pronouns („sagte der
  Vertriebschef“, „sagte der Energiesprecher der Opposition“, „bezifferte sie“, „sagte sie“,
  „Nach seinen Angaben“, "she said", "he said", "He said", "She said", "a ministry official
  said", "The company's chief executive said", "the opposition's energy spokesman said");
  plural and anonymous sources ("state energy officials said", "the officials estimated",
  "Installers said", „hieß es bei dem Versorger“, „hieß es in Bonn“, „hiess es beim
  Verband“); compounds („nach Verbandsangaben“, „nach Branchenangaben“); descriptions and
  genitives („nach Angaben des Vergleichsportals Verivox“ - a description before the name,
  fortieth -, „nach Angaben des Ministeriums“, „nach Angaben des Verbands“, „nach
  Berechnungen des Verbands“, „Nach Zählung von Verivox“ - three-hundred-and-seventeenth:
  „nach Zählung des Verbands“ -, „Nach Einschätzung der Behörde“, „nach Einschätzung von
  Analysten“, „nach eigenen Angaben“); data and documents („wie aus Daten der
  Regulierungsbehörde E-Control hervorgeht“, „nach Zahlen der Regulierungsbehörde“, „nach
  Zahlen des Bundesamts für Energie“, „wie aus einer Antwort des
  Verbraucherschutzministeriums ... hervorgeht“, „wie eine Auswertung des Vergleichsportals
  Check24 ergab“, "Ofgem figures showed", "government figures showed", "government data
  showed", "industry data showed"); every "according to" (three-hundred-and-ninety-fourth,
  four-hundred-and-twentieth: the regulator, the regulator's estimates, Ofgem figures,
  commission filings, Uswitch, CRE data, Eurostat data, statistics office CBS, Citizens
  Advice, Ofgem analysis, a Census Bureau survey, Census Bureau data); verbs that are not of
  saying („forderte“, „verlangt“, „verlangte“, „fordern“, „kündigte an“, „bestätigte“,
  „begrüßte ... und verwies darauf“, „wies darauf hin“, „wies ... zurück“, "expect",
  "expects", "estimates", "forecast", "wants", "confirmed", "approved", "has proposed";
  hundred-tenth, two-hundred-and-seventy-first, three-hundred-and-seventeenth); a subject
  parted from its verb ("National Grid, the largest of the network companies, said";
  hundred-sixteenth); and "the industry ministry said on Friday", left unchecked as the
  three-hundred-and-ninety-fourth batch left "the energy ministry said" to keep the checked
  speakers near 35.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_448 = [
    # --- Strompreise zum Jahreswechsel (dpa), Montag, 22. November ---
    (
        "de",
        "Berlin (dpa) - Zum Jahreswechsel senken nach Angaben des Vergleichsportals Verivox 318 Grundversorger ihre Strompreise, im Schnitt um 6,4 Prozent.",
        True,
        [("count", 318, None, None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bei einem Jahresverbrauch von 4.000 Kilowattstunden spare ein Haushalt so rund 96 Euro im Jahr, sagte Verivox-Energieexpertin Sophia Linnenkohl.",
        True,
        [("count", 4000, None, None), ("money", 96, "EUR", "about")],
        "Sophia Linnenkohl",
    ),
    (
        "de",
        "Lediglich 27 Versorger kündigten Erhöhungen an, die meisten davon um weniger als 5 Prozent.",
        True,
        [("count", 27, None, None), ("percent", 5, "%", "under")],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Arbeitspreis in der Grundversorgung liegt derzeit bei 37,2 Cent pro Kilowattstunde brutto, in günstigen Neukundentarifen bei knapp 27 Cent.",
        True,
        [("money", 0.372, "EUR", None), ("money", 0.27, "EUR", "nearly")],
        None,
    ),
    ("de", "„Die Grundversorgung ist für viele Haushalte eine teure Gewohnheit“, sagte Linnenkohl.", False, [], None),
    (
        "de",
        "Die Verbraucherzentralen appellierten an die Kunden, die Post ihres Versorgers in diesen Wochen genau zu lesen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Wechsel in einen Neukundentarif mit zwölfmonatiger Preisgarantie spart demnach bei 4.000 Kilowattstunden bis zu 410 Euro im Jahr.",
        True,
        [("duration", 12, "month", None), ("count", 4000, None, None), ("money", 410, "EUR", "up_to")],
        None,
    ),
    # --- Ofgem price cap for January to March (Reuters), Monday Nov 22 ---
    (
        "en",
        "LONDON, Nov 22 (Reuters) - Britain's energy price cap will rise by 1.8% from January 1, lifting the annual bill for a typical dual-fuel household by £31 to £1,757, Ofgem said on Monday.",
        True,
        [
            ("date", "--11-22", None, None),
            ("percent", 1.8, "%", None),
            ("date", "--01-01", None, None),
            ("money", 31, "GBP", None),
            ("money", 1757, "GBP", None),
        ],
        "Ofgem",
    ),
    (
        "en",
        "The electricity unit rate for customers paying by direct debit will be capped at 25.96p per kilowatt hour and the standing charge at 53.12p a day.",
        True,
        [("money", 0.2596, "GBP", None), ("money", 0.5312, "GBP", None)],
        None,
    ),
    (
        "en",
        "For gas, the unit rate will fall slightly to 6.18p per kWh while the standing charge rises to 33.07p a day.",
        True,
        [("money", 0.0618, "GBP", None), ("money", 0.3307, "GBP", None)],
        None,
    ),
    (
        "en",
        "The increase was driven mainly by higher network costs, which add about £19 to the typical bill, according to the regulator.",
        True,
        [("money", 19, "GBP", "about")],
        None,
    ),
    (
        "en",
        'Which? described the rise as "a bitter pill" for households already behind on their bills.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Cornwall Insight expect the cap to fall by about 3% in April as wholesale gas prices ease.",
        True,
        [("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        "The price cap, which Ofgem resets every three months, limits the rates suppliers can charge per unit of energy but not total bills.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Prepayment customers will continue to pay the same standing charge as those who pay by direct debit, the regulator confirmed.",
        True,
        [],
        None,
    ),
    # --- Netzentgelte 2028 (dpa), Montag, 22. November ---
    (
        "de",
        "Bonn (dpa) - Haushaltskunden zahlen im kommenden Jahr im Bundesschnitt 8 Prozent weniger Netzentgelte für Strom, teilte die Bundesnetzagentur am Montag mit.",
        True,
        [("percent", 8, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Bei 3.500 Kilowattstunden Verbrauch fielen damit im Schnitt 11,3 Cent je Kilowattstunde für die Nutzung der Netze an, nach 12,3 Cent im laufenden Jahr.",
        True,
        [("count", 3500, None, None), ("money", 0.113, "EUR", None), ("money", 0.123, "EUR", None)],
        None,
    ),
    (
        "de",
        "Grund für die Senkung ist in erster Linie ein Zuschuss des Bundes von 6,2 Milliarden Euro zu den Kosten der Übertragungsnetze.",
        True,
        [("money", 6200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Behördenpräsident Joachim Sternkopf sagte, in 23 der rund 590 Netzgebiete stiegen die Entgelte dennoch, teils um mehr als 10 Prozent.",
        True,
        [("count", 23, None, None), ("count", 590, None, "about"), ("percent", 10, "%", "over")],
        "Joachim Sternkopf",
    ),
    (
        "de",
        "Am stärksten entlastet werden Haushalte in Brandenburg und Mecklenburg-Vorpommern, wo die Entgelte um bis zu zweieinhalb Cent je Kilowattstunde fallen.",
        True,
        [("money", 0.025, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "„Die Netze sind das Rückgrat der Energiewende, und sie sind nicht zum Nulltarif zu haben“, sagte Sternkopf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die endgültigen Entgelte müssen die Netzbetreiber bis zum 1. Januar veröffentlichen.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    # --- Ohio rate case (AP), Monday Nov 22 ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — Ohio regulators on Monday approved a $286 million rate increase for Maumee Valley Power, the state's third-largest electric utility, adding about $11 to the average residential customer's monthly bill.",
        True,
        [("money", 286000000, "USD", None), ("ordinal", 3, None, None), ("money", 11, "USD", "about")],
        None,
    ),
    (
        "en",
        "Customers who use 1,000 kilowatt-hours in a month will pay about 17.8 cents per kilowatt-hour from January, up from 16.6 cents, the Public Utilities Commission of Ohio said.",
        True,
        [("count", 1000, None, None), ("money", 0.178, "USD", "about"), ("money", 0.166, "USD", None)],
        "the Public Utilities Commission of Ohio",
    ),
    (
        "en",
        "The utility had asked for $412 million, saying it needed the money to upgrade substations and serve a wave of new data centers.",
        True,
        [("money", 412000000, "USD", None)],
        None,
    ),
    (
        "en",
        'Consumer advocates accused the commission of letting households "pick up the tab for Big Tech."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"We understand nobody likes a higher bill," Maumee Valley spokeswoman Darcy Helmcamp said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She said the company would offer payment plans of up to 18 months to customers who have fallen behind.",
        True,
        [("duration", 18, "month", "up_to")],
        None,
    ),
    (
        "en",
        "About 14% of the utility's residential customers were behind on their bills in October, according to commission filings.",
        True,
        [("percent", 14, "%", "about")],
        None,
    ),
    # --- Wärmepumpenabsatz (dpa), Dienstag, 23. November ---
    (
        "de",
        "Berlin (dpa) - Bundesweit wurden in den ersten drei Quartalen rund 214.000 Wärmepumpen verkauft, ein Plus von 31 Prozent gegenüber dem Vorjahreszeitraum, teilte der Bundesverband Wärmepumpe (BWP) am Dienstag mit.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("count", 214000, None, "about"),
            ("percent", 31, "%", None),
        ],
        "der Bundesverband Wärmepumpe",
    ),
    (
        "de",
        "Allein im dritten Quartal wurden knapp 79.000 Heizungswärmepumpen verkauft, so viele wie nie zuvor in einem Sommerquartal.",
        True,
        [("ordinal", 3, None, None), ("count", 79000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Damit ist bei neu installierten Heizungen mittlerweile jede zweite eine Wärmepumpe, sagte BWP-Geschäftsführerin Margarete Ohlenbruch.",
        True,
        [("fraction", 0.5, None, None)],
        "Margarete Ohlenbruch",
    ),
    (
        "de",
        "Der Absatz von Gasheizungen brach dagegen um 38 Prozent auf gut 181.000 Stück ein.",
        True,
        [("percent", 38, "%", None), ("count", 181000, None, "over")],
        None,
    ),
    ("de", "„Die Wärmepumpe ist im Massenmarkt angekommen“, sagte Ohlenbruch.", False, [], None),
    (
        "de",
        "Ohlenbruch forderte, die Stromsteuer für Wärmepumpenstrom auf 0,2 Cent je Kilowattstunde zu senken.",
        True,
        [("money", 0.002, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Branche warnte, ein neuer Streit um das Heizungsgesetz könne die Käufer erneut verunsichern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Luft-Wasser-Wärmepumpen machten nach Verbandsangaben rund 92 Prozent der verkauften Geräte aus.",
        True,
        [("percent", 92, "%", "about")],
        None,
    ),
    # --- Supplier switching in Britain (Reuters), Tuesday Nov 23 ---
    (
        "en",
        "LONDON, Nov 23 (Reuters) - Nearly 410,000 British households switched energy supplier in October, the highest monthly total in more than four years, Energy UK said on Tuesday.",
        True,
        [("date", "--11-23", None, None), ("count", 410000, None, "nearly"), ("duration", 4, "year", "over")],
        "Energy UK",
    ),
    (
        "en",
        "The number of fixed tariffs priced below the cap has climbed to 46, up from 11 a year earlier, according to price comparison site Uswitch.",
        True,
        [("count", 46, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The cheapest one-year fix on the market costs about £1,598 a year for a typical household, some £159 less than the January cap.",
        True,
        [("duration", 1, "year", None), ("money", 1598, "GBP", "about"), ("money", 159, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"People are voting with their feet, and that keeps suppliers honest," said Energy UK\'s director of retail, Fergus Lanyon.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 17% of switches in October were to small and mid-sized suppliers, against 9% a year ago, he said.",
        True,
        [("percent", 17, "%", "about"), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "About 61% of households were still on standard variable tariffs at the end of September, Ofgem figures showed.",
        True,
        [("percent", 61, "%", "about")],
        None,
    ),
    # --- Lieferantenwechsel in Österreich (APA), Dienstag, 23. November ---
    (
        "de",
        "Wien (APA) - In Österreich haben im dritten Quartal rund 71.400 Haushalte ihren Strom- oder Gaslieferanten gewechselt, um gut ein Fünftel mehr als im Vorjahresquartal, wie aus Daten der Regulierungsbehörde E-Control hervorgeht.",
        True,
        [("ordinal", 3, None, None), ("count", 71400, None, "about"), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Die Wechselrate lag damit beim Strom bei 1,6 Prozent und beim Gas bei 1,9 Prozent, jeweils gut 0,3 Prozentpunkte höher als ein Jahr zuvor.",
        True,
        [("percent", 1.6, "%", None), ("percent", 1.9, "%", None), ("percent", 0.3, "pp", "over")],
        None,
    ),
    (
        "de",
        "E-Control-Vorständin Theresia Wallnöfer-Gams sagte, ein Wiener Durchschnittshaushalt mit 3.500 Kilowattstunden könne sich durch einen Wechsel heuer bis zu 320 Euro sparen.",
        True,
        [("count", 3500, None, None), ("money", 320, "EUR", "up_to")],
        "Theresia Wallnöfer-Gams",
    ),
    (
        "de",
        "„Beim Anbieterwechsel sind wir noch immer ein Land der Zögerer, aber es wird besser“, sagte Wallnöfer-Gams.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der günstigste Anbieter in Wien verlangte zuletzt 14,9 Cent je Kilowattstunde netto, der teuerste Landesversorger rund 24 Cent.",
        True,
        [("money", 0.149, "EUR", None), ("money", 0.24, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Seit der Liberalisierung des Strommarkts 2001 haben nach Zahlen der Regulierungsbehörde erst rund 38 Prozent der Haushalte jemals den Stromanbieter gewechselt.",
        True,
        [("year", 2001, None, None), ("percent", 38, "%", "about")],
        None,
    ),
    # --- European heat pump sales (Reuters), Tuesday Nov 23 ---
    (
        "en",
        "BRUSSELS, Nov 23 (Reuters) - Heat pump sales in 16 European countries rose 12% in the first nine months to about 1.94 million units, the European Heat Pump Association said in its latest market report.",
        True,
        [
            ("date", "--11-23", None, None),
            ("count", 16, None, None),
            ("percent", 12, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("count", 1940000, None, "about"),
        ],
        "the European Heat Pump Association",
    ),
    (
        "en",
        "Sales were still about a quarter below the peak reached three years ago, when governments rushed to cut their reliance on Russian gas.",
        True,
        [("fraction", 0.25, None, "about"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Poland and Germany led the recovery with sales up 48% and 31% respectively, while sales in Italy fell for a third consecutive year.",
        True,
        [("percent", 48, "%", None), ("percent", 31, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The association expects full-year sales of more than 2.6 million units.",
        True,
        [("count", 2600000, None, "over")],
        None,
    ),
    (
        "en",
        '"The heat pump is no longer a niche product, it is the default choice," Secretary General Annelies Vroomans-Dekker said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The association wants electricity to be taxed at no more than half the rate applied to gas across the bloc.",
        True,
        [("fraction", 0.5, None, "at_most")],
        None,
    ),
    ("en", 'Installers complained that permitting rules in several countries remained "a maze."', False, [], None),
    # --- U.S. power price outlook (Reuters), Tuesday Nov 23 ---
    (
        "en",
        "WASHINGTON, Nov 23 (Reuters) - U.S. residential electricity prices will average 18.1 cents per kilowatt-hour next year, up 4.3% from this year, the Energy Information Administration said on Tuesday.",
        True,
        [("date", "--11-23", None, None), ("money", 0.181, "USD", None), ("percent", 4.3, "%", None)],
        "the Energy Information Administration",
    ),
    (
        "en",
        "The increase reflects rising transmission and distribution costs and demand from data centers, which the agency expects to use about 6% of U.S. power next year.",
        True,
        [("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "Prices are forecast to rise fastest in New England, where households already pay about 29 cents per kWh.",
        True,
        [("money", 0.29, "USD", "about")],
        None,
    ),
    (
        "en",
        "About one in five U.S. households cut back on food or medicine to pay an energy bill in the past year, according to a Census Bureau survey.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("en", "Utilities blamed state clean energy mandates for the rising costs.", False, [], None),
    (
        "en",
        "Residential natural gas prices will average about $1.54 per therm this winter, the agency forecast.",
        True,
        [("money", 1.54, "USD", "about")],
        None,
    ),
    # --- Preisüberwacher und Gasnetztarife (Keystone-SDA), Mittwoch, 24. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Preisüberwacher hat bei 14 Gasversorgern überhöhte Netztarife festgestellt und verlangt Senkungen von insgesamt rund 38 Millionen Franken pro Jahr.",
        True,
        [("count", 14, None, None), ("money", 38000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Netznutzung koste einen Haushalt mit 15'000 Kilowattstunden Gasverbrauch im Schnitt 820 Franken im Jahr, «rund 120 Franken zu viel», sagte Preisüberwacher Anselm Häberli-Wyss an einer Medienkonferenz in Bern.",
        True,
        [("count", 15000, None, None), ("money", 820, "CHF", None), ("money", 120, "CHF", "about")],
        "Anselm Häberli-Wyss",
    ),
    (
        "de",
        "«Manche Gasversorger haben es sich in ihrem Monopol sehr bequem gemacht», sagte Häberli-Wyss.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am teuersten ist die Netznutzung in der Ostschweiz, wo sie bis zu 3,4 Rappen pro Kilowattstunde kostet.",
        True,
        [("money", 0.034, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Der Verband der Schweizerischen Gasindustrie wies die Vorwürfe zurück und verwies auf gestiegene Kosten für den Unterhalt der Leitungen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Wir halten die Berechnungen des Preisüberwachers für realitätsfremd», hiess es beim Verband.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund ein Drittel der Schweizer Haushalte heizt nach Zahlen des Bundesamts für Energie noch mit Gas oder Heizöl.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    # --- Energy debt in Britain (PA), Wednesday Nov 24 ---
    (
        "en",
        "LONDON (PA) - Energy debt in Britain has hit a record £4.1 billion, up 9% on a year ago, according to Ofgem figures.",
        True,
        [("money", 4100000000, "GBP", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Almost one in eight customers is now in arrears on their electricity account, owing an average of £1,260 each.",
        True,
        [("fraction", 0.125, None, "nearly"), ("money", 1260, "GBP", None)],
        None,
    ),
    (
        "en",
        "Citizens Advice chief executive Harriet Penberthy-Cole said the charity had helped 58,400 people who could not afford to top up their prepayment meter between April and September.",
        True,
        [("count", 58400, None, None)],
        "Harriet Penberthy-Cole",
    ),
    ("en", 'Ms Penberthy-Cole called the figures "a national scandal hiding in plain sight."', False, [], None),
    (
        "en",
        "Ms Penberthy-Cole said about 40% of the people seeking help with energy debts were in work.",
        True,
        [("percent", 40, "%", "about")],
        "Penberthy-Cole",
    ),
    (
        "en",
        "Citizens Advice wants Ofgem to write off debts of up to £2,000 for households on means-tested benefits.",
        True,
        [("money", 2000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        'A government spokesperson said ministers were "determined to help those who need it most."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ofgem is consulting on a debt relief scheme that would clear arrears built up during the energy crisis, funded by a levy of about £5 a year on all bills.",
        True,
        [("money", 5, "GBP", "about")],
        None,
    ),
    # --- Gaspreiserhöhung der Stadtwerke Emsbrücke (dpa/lnw), Mittwoch, 24. November ---
    (
        "de",
        "Münster (dpa/lnw) - Die Stadtwerke Emsbrücke erhöhen zum 1. Januar ihre Gaspreise in der Grundversorgung um 0,9 Cent auf 12,7 Cent je Kilowattstunde.",
        True,
        [("date", "--01-01", None, None), ("money", 0.009, "EUR", None), ("money", 0.127, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Drei-Personen-Haushalt mit 20.000 Kilowattstunden Jahresverbrauch zahlt damit rund 214 Euro mehr.",
        True,
        [("count", 3, None, None), ("count", 20000, None, None), ("money", 214, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Grund seien vor allem der höhere CO2-Preis und gestiegene Netzentgelte, teilte das Unternehmen am Mittwoch mit.",
        True,
        [],
        "das Unternehmen",
    ),
    (
        "de",
        "„Wir hätten unseren Kunden diesen Schritt gern erspart“, sagte Vertriebschef Hendrik Overbeck-Sanders.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 41.000 Kunden seien von der Erhöhung betroffen, sagte der Vertriebschef.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Verbraucherzentrale wies darauf hin, dass Kunden wegen der Preiserhöhung ein Sonderkündigungsrecht haben.",
        True,
        [],
        None,
    ),
    # --- France's regulated power tariff (AFP), Wednesday Nov 24 ---
    (
        "en",
        "PARIS, Nov 24 (AFP) - France's energy regulator has proposed cutting the regulated electricity tariff, which about 19.7 million households still use, by 4.2% from February 1.",
        True,
        [
            ("date", "--11-24", None, None),
            ("count", 19700000, None, "about"),
            ("percent", 4.2, "%", None),
            ("date", "--02-01", None, None),
        ],
        None,
    ),
    (
        "en",
        "The cut would save a typical household with electric heating about 86 euros a year, according to the regulator's estimates.",
        True,
        [("money", 86, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The government has three months to approve the proposal, a ministry official said.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "A kilowatt hour on the regulated tariff costs about 24.9 euro cents including taxes, against about 39 euro cents in Germany.",
        True,
        [("money", 0.249, "EUR", "about"), ("money", 0.39, "EUR", "about")],
        None,
    ),
    (
        "en",
        'Consumer group UFC-Que Choisir said the cut was "a crumb" after the increases of recent years.',
        False,
        [],
        None,
    ),
    (
        "en",
        "EDF said it would apply the new tariff automatically to all customers on the regulated offer.",
        True,
        [],
        "EDF",
    ),
    (
        "en",
        "Only about 31% of French households have left the regulated tariff for a market offer, according to CRE data.",
        True,
        [("percent", 31, "%", "about")],
        None,
    ),
    # --- Stromsperren in Nordrhein-Westfalen (dpa/lnw), Mittwoch, 24. November ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - In Nordrhein-Westfalen ist im vergangenen Jahr rund 61.000 Haushalten der Strom gesperrt worden, gut 4.000 weniger als im Jahr davor, wie aus einer Antwort des Verbraucherschutzministeriums auf eine Anfrage der SPD-Fraktion hervorgeht.",
        True,
        [("count", 61000, None, "about"), ("count", 4000, None, "over")],
        None,
    ),
    (
        "de",
        "Angedroht wurden Sperren demnach in mehr als 690.000 Fällen.",
        True,
        [("count", 690000, None, "over")],
        None,
    ),
    (
        "de",
        "Im Schnitt dauerte eine Sperre nach Angaben des Ministeriums knapp elf Tage.",
        True,
        [("duration", 11, "day", "nearly")],
        None,
    ),
    ("de", "Die Caritas nannte jede einzelne Sperre „eine Katastrophe für die betroffenen Familien“.", False, [], None),
    (
        "de",
        "Die Sozialverbände fordern ein gesetzliches Verbot von Stromsperren in den Wintermonaten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gassperren gab es im selben Zeitraum in knapp 9.800 Fällen.",
        True,
        [("count", 9800, None, "nearly")],
        None,
    ),
    # --- Dutch energy tax (Reuters), Wednesday Nov 24 ---
    (
        "en",
        "AMSTERDAM, Nov 24 (Reuters) - The Netherlands will cut its energy tax on electricity by 2.1 euro cents per kilowatt hour from January, lowering the average household bill by about 95 euros a year, Finance Minister Pieter van Roosendaal-Kuipers said on Wednesday.",
        True,
        [("date", "--11-24", None, None), ("money", 0.021, "EUR", None), ("money", 95, "EUR", "about")],
        "Pieter van Roosendaal-Kuipers",
    ),
    (
        "en",
        "The measure will cost the treasury about 1.6 billion euros next year and will be paid for by higher taxes on natural gas.",
        True,
        [("money", 1600000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The gas tax will rise by 4.8 euro cents per cubic metre, adding about 58 euros a year to the bill of an average household.",
        True,
        [("money", 0.048, "EUR", None), ("money", 58, "EUR", "about")],
        None,
    ),
    (
        "en",
        '"We want the switch away from gas to pay off for every family," van Roosendaal-Kuipers said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Dutch heat pump sales fell about 15% in the first half of the year after a purchase subsidy was cut by a third.",
        True,
        [("percent", 15, "%", "about"), ("ordinal", 1, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("en", 'Opposition parties called the plan "a tax shuffle dressed up as relief."', False, [], None),
    (
        "en",
        "About 87% of Dutch homes are still heated with natural gas, according to statistics office CBS.",
        True,
        [("percent", 87, "%", "about")],
        None,
    ),
    # --- Massachusetts winter heating bills (AP), Wednesday Nov 24 ---
    (
        "en",
        "BOSTON (AP) — Massachusetts households heating with natural gas face an average bill of $1,480 this winter, about 11% more than last winter, state energy officials said Wednesday.",
        True,
        [("money", 1480, "USD", None), ("percent", 11, "%", "about")],
        None,
    ),
    (
        "en",
        "Homes that burn heating oil face average bills of about $2,390, while those with electric heat pumps will pay about $1,720, the officials estimated.",
        True,
        [("money", 2390, "USD", "about"), ("money", 1720, "USD", "about")],
        None,
    ),
    (
        "en",
        "State Energy Commissioner Rosalind Fairweather-Gage said the state would add $42 million to its heating assistance program, on top of federal funds.",
        True,
        [("money", 42000000, "USD", None)],
        "Rosalind Fairweather-Gage",
    ),
    (
        "en",
        "About 211,000 households received help with heating bills last winter, she said.",
        True,
        [("count", 211000, None, "about")],
        None,
    ),
    (
        "en",
        '"Nobody in this state should have to pick between a warm home and their prescriptions," Fairweather-Gage said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The state's utility regulators have barred gas and electric companies from shutting off service to households with infants or seriously ill residents during the winter months.",
        True,
        [],
        None,
    ),
    ("en", "Fuel dealers warned that a long cold snap could quickly push prices higher.", False, [], None),
    (
        "en",
        "Heating oil averaged $3.74 a gallon in the state last week, down 21 cents from a year earlier.",
        True,
        [("money", 3.74, "USD", None), ("money", 0.21, "USD", None)],
        None,
    ),
    # --- Heizspiegel (dpa), Donnerstag, 25. November ---
    (
        "de",
        "Berlin (dpa) - Wer eine 70-Quadratmeter-Wohnung mit Erdgas heizt, muss für das laufende Jahr im Schnitt mit Heizkosten von 1.130 Euro rechnen, 5 Prozent mehr als im Vorjahr.",
        True,
        [("count", 70, None, None), ("money", 1130, "EUR", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem neuen Heizspiegel der Beratungsgesellschaft co2online hervor, der am Donnerstag in Berlin vorgestellt wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mit Heizöl kostet die gleiche Wohnung rund 1.240 Euro, mit Fernwärme 1.410 Euro und mit einer Wärmepumpe 980 Euro.",
        True,
        [("money", 1240, "EUR", "about"), ("money", 1410, "EUR", None), ("money", 980, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Wärmepumpe sei damit erstmals seit 2021 die günstigste Art zu heizen, sagte co2online-Geschäftsführer Wendelin Graupner.",
        True,
        [("year", 2021, None, None)],
        "Wendelin Graupner",
    ),
    (
        "de",
        "Graupner zufolge können Haushalte mit einfachen Maßnahmen wie dem Entlüften der Heizkörper bis zu 15 Prozent der Heizkosten sparen.",
        True,
        [("percent", 15, "%", "up_to")],
        "Graupner",
    ),
    ("de", "„Jedes Grad weniger zählt“, sagte Graupner.", False, [], None),
    (
        "de",
        "Der Deutsche Mieterbund nannte die Belastung für Mieter mit Fernwärme „nicht mehr zumutbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Mieterbund verlangt eine staatliche Preisaufsicht für Fernwärme.",
        True,
        [],
        None,
    ),
    # --- Irish supplier cuts prices (Reuters), Thursday Nov 25 ---
    (
        "en",
        "DUBLIN, Nov 25 (Reuters) - Irish supplier Slaney Energy will cut its standard electricity prices by 7.5% from Jan. 6, saving the average household about 132 euros a year, the company said on Thursday.",
        True,
        [
            ("date", "--11-25", None, None),
            ("percent", 7.5, "%", None),
            ("date", "--01-06", None, None),
            ("money", 132, "EUR", "about"),
        ],
        "the company",
    ),
    (
        "en",
        "The cut applies to about 310,000 residential customers, roughly one in seven households in the Irish market.",
        True,
        [("count", 310000, None, "about"), ("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "en",
        "The company's chief executive said lower wholesale prices and cheaper hedging had made the cut possible.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We promised to pass on savings as soon as we could, and we have kept that promise," Chief Executive Orla Fitzmaurice-Kenny said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Irish household electricity prices remain among the highest in Europe at an average of about 36 euro cents per kilowatt hour, according to Eurostat data.",
        True,
        [("money", 0.36, "EUR", "about")],
        None,
    ),
    (
        "en",
        'The energy minister said he would "keep a close eye" on whether other suppliers followed.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Two other suppliers announced cuts of 5% and 6% earlier this month.",
        True,
        [("count", 2, None, None), ("percent", 5, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    # --- Netzkosten in Österreich (APA), Donnerstag, 25. November ---
    (
        "de",
        "Wien (APA) - Die Netzkosten für Strom steigen in Österreich mit 1. Jänner im Schnitt um 9,3 Prozent, wie die E-Control am Donnerstag mitteilte.",
        True,
        [("date", "--01-01", None, None), ("percent", 9.3, "%", None)],
        "die E-Control",
    ),
    (
        "de",
        "Für einen Haushalt mit 3.500 Kilowattstunden Jahresverbrauch bedeutet das Mehrkosten von durchschnittlich 38 Euro im Jahr.",
        True,
        [("count", 3500, None, None), ("money", 38, "EUR", None)],
        None,
    ),
    (
        "de",
        "Am stärksten steigen die Entgelte in Kärnten mit einem Plus von 17 Prozent, in Vorarlberg sinken sie um 2 Prozent.",
        True,
        [("percent", 17, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Netzbetreiber wollen nach eigenen Angaben bis 2035 rund 21 Milliarden Euro in den Ausbau der Verteilnetze investieren.",
        True,
        [("year", 2035, None, None), ("money", 21000000000, "EUR", "about")],
        None,
    ),
    ("de", "Die Opposition gab der Regierung die Schuld an den höheren Netzkosten.", False, [], None),
    (
        "de",
        "Die Energieministerin kündigte an, Haushalte mit geringem Einkommen im kommenden Jahr mit einem Netzkostenzuschuss von 75 Euro zu entlasten.",
        True,
        [("money", 75, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Schlag ins Gesicht aller Stromkunden“, sagte der Energiesprecher der Opposition.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Einschätzung der Behörde entfällt inzwischen rund ein Viertel der Netzkosten auf den Anschluss von Photovoltaikanlagen und Wärmepumpen.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    # --- Dynamische Stromtarife (dpa), Donnerstag, 25. November ---
    (
        "de",
        "Hamburg (dpa) - Die Zahl der Haushalte mit einem dynamischen Stromtarif hat sich binnen eines Jahres auf rund 410.000 mehr als verdoppelt, wie eine Auswertung des Vergleichsportals Check24 ergab.",
        True,
        [("count", 410000, None, "about")],
        None,
    ),
    (
        "de",
        "Voraussetzung ist ein intelligentes Messsystem, über das bislang nur knapp 6 Prozent der Haushalte verfügen.",
        True,
        [("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Laut Check24-Geschäftsführer Lennart Brüggenkamp können Kunden mit Wärmepumpe und Elektroauto mit einem dynamischen Tarif bis zu 600 Euro im Jahr sparen.",
        True,
        [("money", 600, "EUR", "up_to")],
        "Lennart Brüggenkamp",
    ),
    (
        "de",
        "An der Strombörse war der Preis am vergangenen Sonntag drei Stunden lang negativ.",
        True,
        [("duration", 3, "hour", None)],
        None,
    ),
    ("de", "„Ein dynamischer Tarif ist nichts für jeden“, sagte Brüggenkamp.", False, [], None),
    ("de", "Verbraucherschützer warnten vor Preisspitzen an kalten, windstillen Abenden.", False, [], None),
    (
        "de",
        "Für Einbau und Betrieb des Messsystems dürfen Messstellenbetreiber Haushalten höchstens 30 Euro im Jahr berechnen.",
        True,
        [("money", 30, "EUR", "at_most")],
        None,
    ),
    # --- Terminmarkt für Strom und Gas (dpa-AFX), Freitag, 26. November ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Strom für die Lieferung im kommenden Jahr hat sich am Terminmarkt weiter verbilligt: Die Grundlast für 2028 kostete am Freitag an der Energiebörse EEX zeitweise 78,40 Euro je Megawattstunde.",
        True,
        [("year", 2028, None, None), ("money", 78.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das waren gut 9 Prozent weniger als vor einem Monat und rund 61 Prozent weniger als auf dem Höhepunkt im Sommer 2022.",
        True,
        [("percent", 9, "%", "over"), ("percent", 61, "%", "about"), ("year", 2022, None, None)],
        None,
    ),
    ("de", "Händler verwiesen auf gut gefüllte Gasspeicher und die milde Witterung.", False, [], None),
    (
        "de",
        "Der Gaspreis am niederländischen Handelspunkt TTF lag bei 29,15 Euro je Megawattstunde.",
        True,
        [("money", 29.15, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bis niedrigere Großhandelspreise bei den Haushalten ankommen, dauert es nach Einschätzung von Analysten wegen der langfristigen Beschaffung der Versorger meist 12 bis 18 Monate.",
        True,
        [("duration", 12, "month", None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "de",
        "Der Energiekonzern Lippewatt bestätigte am Freitag seine Prognose für ein bereinigtes Ebitda von 4,6 bis 4,9 Milliarden Euro.",
        True,
        [("money", 4600000000, "EUR", None), ("money", 4900000000, "EUR", None)],
        None,
    ),
    # --- Default market offer draft (AAP), Friday Nov 26 ---
    (
        "en",
        "SYDNEY (AAP) - Households on default electricity plans in NSW will pay up to A$96 a year less from July 1 under a draft decision by the Australian Energy Regulator, with usage rates dropping to about 31.4c/kWh.",
        True,
        [("money", 96, "AUD", "up_to"), ("date", "--07-01", None, None), ("money", 0.314, "AUD", "about")],
        None,
    ),
    (
        "en",
        "A typical residential customer in Sydney would pay A$1,812 a year under the draft, down from A$1,908.",
        True,
        [("money", 1812, "AUD", None), ("money", 1908, "AUD", None)],
        None,
    ),
    (
        "en",
        "In south-east Queensland the draft offer falls by about 4.5%, and in South Australia by 2.1%.",
        True,
        [("percent", 4.5, "%", "about"), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "Energy Minister Callum Pettigrew-Shaw told reporters in Canberra that network costs still made up about 44 per cent of a typical bill.",
        True,
        [("percent", 44, "%", "about")],
        "Callum Pettigrew-Shaw",
    ),
    (
        "en",
        '"Families have had a gutful of promises about power bills," the opposition\'s energy spokesman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The regulator will publish its final decision in May.",
        True,
        [],
        None,
    ),
    (
        "en",
        "About 2.1 million households in the three states are on default market offers.",
        True,
        [("count", 2100000, None, "about"), ("count", 3, None, None)],
        None,
    ),
    # --- Monitoringbericht von Bundesnetzagentur und Bundeskartellamt (Reuters), Freitag, 26. November ---
    (
        "de",
        "Bonn (Reuters) - Rund 5,6 Millionen Haushaltskunden haben im vergangenen Jahr ihren Stromlieferanten gewechselt, so viele wie nie zuvor.",
        True,
        [("count", 5600000, None, "about")],
        None,
    ),
    (
        "de",
        "Das geht aus dem Monitoringbericht von Bundesnetzagentur und Bundeskartellamt hervor, der am Freitag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Strompreis für Haushaltskunden lag zum Stichtag 1. April bei 39,8 Cent je Kilowattstunde, davon entfielen 10,9 Cent auf die Netzentgelte.",
        True,
        [("date", "--04-01", None, None), ("money", 0.398, "EUR", None), ("money", 0.109, "EUR", None)],
        None,
    ),
    (
        "de",
        "Steuern, Abgaben und Umlagen machten knapp ein Viertel des Preises aus.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Jeder dritte Haushalt beziehe seinen Strom noch immer über einen Grundversorgungsvertrag, erklärte Behördenpräsident Sternkopf.",
        True,
        [("fraction", 0.3333, None, None)],
        "Sternkopf",
    ),
    ("de", "„Der Wettbewerb funktioniert, aber er erreicht noch nicht alle“, sagte Sternkopf.", False, [], None),
    (
        "de",
        "Im Gasmarkt wechselten demnach gut 1,7 Millionen Haushalte den Anbieter, knapp 8 Prozent weniger als im Jahr davor.",
        True,
        [("count", 1700000, None, "over"), ("percent", 8, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Wie viele Kunden dauerhaft in teuren Tarifen bleiben, lasse sich aus den Daten nicht ablesen, hieß es in Bonn.",
        False,
        [],
        None,
    ),
    # --- Ofgem's network spending decision (Reuters), Friday Nov 26 ---
    (
        "en",
        "LONDON, Nov 26 (Reuters) - Ofgem approved 24.3 billion pounds of spending on Britain's gas and electricity networks over the next five years, adding an average of £28 a year to household bills by 2031.",
        True,
        [
            ("date", "--11-26", None, None),
            ("money", 24300000000, "GBP", None),
            ("duration", 5, "year", None),
            ("money", 28, "GBP", None),
            ("year", 2031, None, None),
        ],
        None,
    ),
    (
        "en",
        "Network charges account for about a fifth of the typical dual-fuel bill, or roughly £360 a year.",
        True,
        [("fraction", 0.2, None, "about"), ("money", 360, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Ofgem Chief Executive Gideon Renshaw-Doyle told BBC Radio 4 on Friday that the investment would connect 4 gigawatts of new generation a year.",
        True,
        [("count", 4, None, None)],
        "Gideon Renshaw-Doyle",
    ),
    (
        "en",
        'Renshaw-Doyle said the settlement struck "the right balance between bill payers and investors."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asked about the risk of legal challenges, Renshaw-Doyle said two of the network companies had told Ofgem they were considering an appeal.",
        True,
        [("count", 2, None, None)],
        "Renshaw-Doyle",
    ),
    ("en", 'Campaign group Fuel Poverty Action accused Ofgem of "handing investors a blank cheque."', False, [], None),
    (
        "en",
        "Allowed returns on equity were set at 5.9%, below the 6.4% the companies had sought.",
        True,
        [("percent", 5.9, "%", None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "en",
        "National Grid, the largest of the network companies, said it would accept the decision.",
        True,
        [],
        None,
    ),
    # --- Preissenkung der Almtalwerke (APA), Freitag, 26. November ---
    (
        "de",
        "Linz (APA) - Der oberösterreichische Landesversorger Almtalwerke senkt mit 1. Februar den Strompreis für rund 420.000 Haushaltskunden um 11 Prozent.",
        True,
        [("date", "--02-01", None, None), ("count", 420000, None, "about"), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Der Arbeitspreis sinke damit von 18,9 auf 16,8 Cent je Kilowattstunde netto, hieß es bei dem Versorger.",
        True,
        [("money", 0.189, "EUR", None), ("money", 0.168, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Haushalt mit 3.500 Kilowattstunden spart dadurch rund 88 Euro im Jahr.",
        True,
        [("count", 3500, None, None), ("money", 88, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Vorstandsdirektorin Ingeborg Haslinger-Pötsch sagte, die Senkung sei möglich, weil der Konzern für 2028 bereits gut 70 Prozent der benötigten Strommengen günstiger eingekauft habe.",
        True,
        [("year", 2028, None, None), ("percent", 70, "%", "over")],
        "Ingeborg Haslinger-Pötsch",
    ),
    ("de", "„Wir geben jeden Cent weiter, den wir weitergeben können“, sagte Haslinger-Pötsch.", False, [], None),
    ("de", "Die Arbeiterkammer Oberösterreich sprach von einem „längst überfälligen Schritt“.", False, [], None),
    (
        "de",
        "Die Arbeiterkammer verlangt eine gesetzliche Pflicht, niedrigere Beschaffungskosten binnen drei Monaten an die Haushalte weiterzugeben.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    # --- Japan's power and gas subsidies (Reuters), Friday Nov 26 ---
    (
        "en",
        "TOKYO, Nov 26 (Reuters) - Japan will subsidise household electricity bills by 2.5 yen per kilowatt hour for three months from January, the industry ministry said on Friday.",
        True,
        [("date", "--11-26", None, None), ("money", 2.5, "JPY", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The subsidy, which will cost about 310 billion yen, will lower the monthly bill of a typical household using 260 kWh by about 650 yen.",
        True,
        [("money", 310000000000, "JPY", "about"), ("count", 260, None, None), ("money", 650, "JPY", "about")],
        None,
    ),
    (
        "en",
        "City gas will be subsidised by 10 yen per cubic metre over the same period.",
        True,
        [("money", 10, "JPY", None)],
        None,
    ),
    (
        "en",
        "The cabinet approved the package on Friday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Japanese household power prices have risen about 18% over the past two years, government data showed.",
        True,
        [("percent", 18, "%", "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Industry Minister Kenta Umezaki declined to say whether the subsidies would be extended beyond March.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Umezaki told reporters the government would also spend 120 billion yen on grants for heat pump water heaters and home insulation.",
        True,
        [("money", 120000000000, "JPY", None)],
        "Umezaki",
    ),
    # --- Low standing charge tariffs (PA), Friday Nov 26 ---
    (
        "en",
        "LONDON (PA) - Every energy supplier must offer at least one deal charging no more than 15p a day in standing charges from April, Ofgem has announced.",
        True,
        [("count", 1, None, "at_least"), ("money", 0.15, "GBP", "at_most")],
        "Ofgem",
    ),
    (
        "en",
        "Customers on those tariffs would pay a higher unit rate of about 31p per kilowatt hour.",
        True,
        [("money", 0.31, "GBP", "about")],
        None,
    ),
    (
        "en",
        "About 1.1 million homes that still use Economy 7 meters could benefit most, according to Ofgem analysis.",
        True,
        [("count", 1100000, None, "about")],
        None,
    ),
    (
        "en",
        "The Conservatives blamed the government's push for net zero for the rise in standing charges.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Standing charges have roughly doubled since 2021 and now average about £330 a year for a dual-fuel customer.",
        True,
        [("year", 2021, None, None), ("money", 330, "GBP", "about")],
        None,
    ),
    ("en", 'Campaigners called the change "timid and overdue."', False, [], None),
    (
        "en",
        "Ofgem estimates the standing charge would be 9p a day lower for people on the new tariffs, worth about £33 a year.",
        True,
        [("money", 0.09, "GBP", None), ("money", 33, "GBP", "about")],
        None,
    ),
    # --- Stellenabbau bei Ventrotherm (Reuters), Samstag, 27. November ---
    (
        "de",
        "Stuttgart (Reuters) - Der Wärmepumpenhersteller Ventrotherm streicht trotz der anziehenden Nachfrage rund 380 seiner 2.900 Stellen in Deutschland.",
        True,
        [("count", 380, None, "about"), ("count", 2900, None, None)],
        None,
    ),
    (
        "de",
        "Die Fertigung der Außengeräte werde bis Mitte 2029 schrittweise in ein Werk in Tschechien verlagert, sagte Vorstandschef Dietmar Kühnweid der Nachrichtenagentur Reuters.",
        True,
        [("year", 2029, None, None)],
        "Dietmar Kühnweid",
    ),
    (
        "de",
        "Nach seinen Angaben lässt sich eine Wärmepumpe in Tschechien um gut ein Drittel günstiger fertigen als in Deutschland.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "„Wir müssen wettbewerbsfähig bleiben, sonst gibt es uns bald nicht mehr“, sagte Kühnweid.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben von Betriebsratschef Uwe Stammberger-Kolb sind vor allem Stellen in der Montage betroffen.",
        True,
        [],
        "Uwe Stammberger-Kolb",
    ),
    (
        "de",
        "Die IG Metall kündigte Widerstand an und verlangte eine Standortgarantie bis 2032.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    ("de", "Der Betriebsrat nannte die Pläne „einen Schlag gegen die Energiewende made in Germany“.", False, [], None),
    (
        "de",
        "Im Geschäftsjahr 2026 hatte Ventrotherm bei einem Umsatz von 1,1 Milliarden Euro einen Verlust von 64 Millionen Euro geschrieben.",
        True,
        [("year", 2026, None, None), ("money", 1100000000, "EUR", None), ("money", 64000000, "EUR", None)],
        None,
    ),
    # --- Warm Home Discount and the cold (PA), Saturday Nov 27 ---
    (
        "en",
        "LONDON (PA) - More than 1.3 million households have received the £170 Warm Home Discount so far this winter, government figures showed.",
        True,
        [("count", 1300000, None, "over"), ("money", 170, "GBP", None)],
        None,
    ),
    (
        "en",
        "Pensioner Maureen Hepplethwaite, from Bolton, said she had taken to wearing her coat indoors to keep her bills down.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 4.2 million homes in Britain use prepayment meters, and around one in 12 of them went without power at least once last winter, according to Citizens Advice.",
        True,
        [("count", 4200000, None, "about"), ("fraction", 0.0833, None, "about"), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        "Charities urged the government to do more for struggling families before the coldest weeks of the year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "National Energy Action estimates that 5.8 million households in the UK are in fuel poverty.",
        True,
        [("count", 5800000, None, None)],
        None,
    ),
    (
        "en",
        "The UK Health Security Agency issued a five-day amber cold weather alert for northern England from Sunday.",
        True,
        [("duration", 5, "day", None)],
        None,
    ),
    (
        "en",
        "The Met Office said temperatures could drop to minus 8C in parts of Scotland on Monday night.",
        True,
        [("count", -8, None, None)],
        "the Met Office",
    ),
    # --- Wärmepumpen in der Schweiz (Keystone-SDA), Samstag, 27. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Absatz von Wärmepumpen ist in der Schweiz in den ersten neun Monaten um 7 Prozent auf 29'840 Geräte zurückgegangen, teilte die Fachvereinigung Wärmepumpen Schweiz (FWS) am Samstag mit.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("percent", 7, "%", None),
            ("count", 29840, None, None),
        ],
        "die Fachvereinigung Wärmepumpen Schweiz",
    ),
    (
        "de",
        "Bei Neubauten liege der Anteil der Wärmepumpen inzwischen bei über 90 Prozent, bei Sanierungen bei rund 62 Prozent.",
        True,
        [("percent", 90, "%", "over"), ("percent", 62, "%", "about")],
        None,
    ),
    (
        "de",
        "Eine Luft-Wasser-Wärmepumpe für ein Einfamilienhaus kostet nach Branchenangaben inklusive Einbau rund 38'000 Franken.",
        True,
        [("money", 38000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Die Förderprogramme der Kantone sind ein Flickenteppich», sagte FWS-Geschäftsführer Reto Spörri.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Kantone zahlen nach Angaben des Verbands Beiträge von bis zu 10'000 Franken pro Anlage.",
        True,
        [("money", 10000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Ob sich der Rückgang im kommenden Jahr fortsetzt, wollte der Verband nicht prognostizieren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bereits rund 70 Prozent der neuen Geräte arbeiten mit dem Kältemittel R290, also mit Propan.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    # --- Gaspreise für Neukunden (dpa), Samstag, 27. November ---
    (
        "de",
        "Berlin (dpa) - Neukunden zahlen für Gas derzeit im bundesweiten Durchschnitt 9,4 Cent je Kilowattstunde und damit so wenig wie zuletzt im Frühjahr 2021.",
        True,
        [("money", 0.094, "EUR", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Bestandskunden in der Grundversorgung zahlen mit 14,1 Cent rund 50 Prozent mehr.",
        True,
        [("money", 0.141, "EUR", None), ("percent", 50, "%", "about")],
        None,
    ),
    (
        "de",
        "Nach Zählung von Verivox senken zum Jahreswechsel 146 Gasgrundversorger ihre Preise um durchschnittlich 7,1 Prozent.",
        True,
        [("count", 146, None, None), ("percent", 7.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Linke forderte einen gesetzlichen Gaspreisdeckel von 12 Cent je Kilowattstunde für die Grundversorgung.",
        True,
        [("money", 0.12, "EUR", None)],
        None,
    ),
    ("de", "Der Energieverband BDEW nannte einen solchen Deckel „Gift für den Wettbewerb“.", False, [], None),
    (
        "de",
        "Ein Gasdeckel nach diesem Modell würde den Bund nach Berechnungen des Verbands bis zu 2,3 Milliarden Euro im Jahr kosten.",
        True,
        [("money", 2300000000, "EUR", "up_to")],
        None,
    ),
    # --- U.S. heat pump shipments (AP), Saturday Nov 27 ---
    (
        "en",
        "ARLINGTON, Va. (AP) — U.S. shipments of air-source heat pumps rose 14% during the first nine months to about 3.9 million units, outpacing gas furnaces for a fourth straight year, industry data showed.",
        True,
        [
            ("percent", 14, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("count", 3900000, None, "about"),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "Gas furnace shipments fell 6% to about 2.4 million over the same period.",
        True,
        [("percent", 6, "%", None), ("count", 2400000, None, "about")],
        None,
    ),
    (
        "en",
        "Installers said a cold-climate heat pump for a three-bedroom home typically costs $14,000 to $22,000 before rebates.",
        True,
        [("count", 3, None, None), ("money", 14000, "USD", None), ("money", 22000, "USD", None)],
        None,
    ),
    (
        "en",
        "\"It's the busiest fall we've ever had,\" said Dale Kowalewski, who runs a heating business in Worcester, Massachusetts.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Kowalewski said his company had installed 412 heat pumps so far this year, up from 260 in all of last year.",
        True,
        [("count", 412, None, None), ("count", 260, None, None)],
        "Kowalewski",
    ),
    (
        "en",
        "Gas utilities warned that rapid electrification could strain the grid on the coldest days.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Heat pumps were installed in 57% of new single-family homes completed last year, according to Census Bureau data.",
        True,
        [("percent", 57, "%", None)],
        None,
    ),
    # --- Interview zur Stromsteuer („Welt am Sonntag“, dpa), Sonntag, 28. November ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung will die Stromsteuer für private Haushalte zum 1. Juli auf das europäische Mindestmaß senken, sagte Energiestaatssekretärin Carola Brennecke-Haas der „Welt am Sonntag“.",
        True,
        [("date", "--07-01", None, None)],
        "Carola Brennecke-Haas",
    ),
    (
        "de",
        "Darauf habe sich der Koalitionsausschuss in der Nacht zum Samstag nach fünfstündigen Beratungen verständigt.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "Das entlaste einen Vier-Personen-Haushalt mit 4.500 Kilowattstunden um rund 110 Euro im Jahr, betonte Brennecke-Haas.",
        True,
        [("count", 4, None, None), ("count", 4500, None, None), ("money", 110, "EUR", "about")],
        "Brennecke-Haas",
    ),
    (
        "de",
        "Die jährlichen Kosten für den Bundeshaushalt bezifferte sie auf 5,4 Milliarden Euro.",
        True,
        [("money", 5400000000, "EUR", None)],
        None,
    ),
    ("de", "„Strom muss billiger werden, damit sich die Wärmepumpe rechnet“, sagte Brennecke-Haas.", False, [], None),
    (
        "de",
        "Auf die Frage nach einer neuen Gaspreisbremse sagte sie, dafür sehe die Regierung derzeit keinen Anlass.",
        True,
        [],
        None,
    ),
    ("de", "Die Grünen warfen der Regierung vor, die Verbraucher mit leeren Versprechen hinzuhalten.", False, [], None),
    (
        "de",
        "Der Energieverband BDEW begrüßte den Schritt und verwies darauf, dass die Stromsteuer derzeit 2,15 Cent je Kilowattstunde betrage.",
        True,
        [("money", 0.0215, "EUR", None)],
        None,
    ),
    # --- Interview with Copperleigh Energy's chief (Reuters), Sunday Nov 28 ---
    (
        "en",
        "LONDON, Nov 28 (Reuters) - Copperleigh Energy, Britain's sixth-largest household supplier, plans to install 40,000 heat pumps next year, twice as many as this year, Chief Executive Imran Qureshi-Blake told Reuters in an interview.",
        True,
        [
            ("date", "--11-28", None, None),
            ("ordinal", 6, None, None),
            ("count", 40000, None, None),
            ("count", 2, None, None),
        ],
        "Imran Qureshi-Blake",
    ),
    (
        "en",
        "He said customers on the company's heat pump tariff paid 14.9p per kilowatt hour at off-peak times, less than half the capped rate.",
        True,
        [("money", 0.149, "GBP", None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "The company has about 1.8 million customer accounts and returned to profit in the six months to September, with pretax earnings of 46 million pounds.",
        True,
        [("count", 1800000, None, "about"), ("duration", 6, "month", None), ("money", 46000000, "GBP", None)],
        None,
    ),
    ("en", '"The gas boiler had a good run, but its time is up," Qureshi-Blake said.', False, [], None),
    (
        "en",
        "Asked whether Copperleigh would bid for smaller rivals, he said he would not comment on market speculation.",
        False,
        [],
        None,
    ),
    (
        "en",
        "He said the government's boiler upgrade grant of £7,200 per household was the main reason demand had recovered.",
        True,
        [("money", 7200, "GBP", None)],
        None,
    ),
    (
        "en",
        "The company has asked Ofgem to approve a tariff that pays customers for turning down their heat pumps at peak times.",
        True,
        [],
        None,
    ),
]
