"""Two-hundred-and-seventy-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, plants and figures are made
up (Matthias Oberwelland, Dagmar Hülsewede and their Emschertal Energie, Wolfram Ortmaier
and the Traunwerke, Ulrich Dehmelt, Annegret Brinkhege, Nathalie Cretton and Rhonewerke,
Uwe Stellmacher and the Kraftwerk Wendelsdorf, Hinrich Tammen, Hedwig Rautenstrauch, Alfons
Gretzmacher, Ilona Schwarzkopp and Frankenstrom, Jörg Pfannkuche and Mittelnetz, Franziska
Stähli, Gudrun Salzmann and the Stadtwerke Ostheimbach, Sebastian Rehbock and Weserport
Gas; Sigrid Aalvik and Sognevik Energi, Duncan Mewburn and Ashgill Energy, Gideon
Stalbridge, Travis Overholt and Calcasieu Bend LNG, Ellen Ruybalid, Darlene Tibbits and
Cimarron Power & Light, Fiona Caddick, Eastgate Energy and its Kooranbah power station,
Hiroshi Kanemaru, Setouchi Electric Power and its Kamishima plant, Rupert Aldwinckle,
Lorraine Ashby-Kern and Piedmont Valley Power, Tomislav Barić, Karin Söderkvist, Norrström
Kraft and its Ringdal site; every unnamed spokesman, analyst, trader, critic, lawmaker and
union official); the heads and officers of real regulators, agencies, associations and
governments appear under made-up names that stand for no real holder
("Behördenpräsident Ulrich Dehmelt" of the Bundesnetzagentur, "BDEW-Hauptgeschäftsführerin
Annegret Brinkhege", "E-Control-Vorstand Alfons Gretzmacher", "BFE-Direktorin Franziska
Stähli", "DET-Geschäftsführer Hinrich Tammen", "Energy Secretary Gideon Stalbridge",
"Commission Chair Ellen Ruybalid" of the Kansas regulators, "Networks director Rupert
Aldwinckle" of Ofgem, "Economy Minister Tomislav Barić" of Croatia), or by their role only
("the regulator's chair" of the Australian Energy Regulator). Real bodies, markets, places
and things (Bundesnetzagentur, Dax, Arbeiterkammer, Energiekrisenbeitrag, Bundesverband
WindEnergie, Verbraucherzentrale Bundesverband, BDEW, Stiftung für Konsumentenschutz,
Lausitz, Deutsche Energy Terminal GmbH, Wilhelmshaven, Brunsbüttel, Stade,
Bundesrechnungshof, Deutsche Umwelthilfe, Arbeitsgemeinschaft Energiebilanzen, E-Control,
Elektrizitätsabgabe, Verivox, Bundesamt für Energie, Swissgrid, Bundesverband
Solarwirtschaft, Traun, Enns, Donau, Oberfranken, Vorarlberg; Ofgem, Which?, RenewableUK,
Kpler, the Energy Department, Citizens Advice, Red Electrica, the Solar Energy Corporation
of India, the Ministry of New and Renewable Energy, Mercom, LNG Hrvatska, Krk, the Energy
Information Administration, the Australian Energy Regulator, the St Vincent de Paul Society,
the Hiroshima District Court, Fukushima, the Hunter Valley, Rajasthan, and the datelines'
cities) stand for the way wire copy names them; every result, output, capacity, auction
price, fee, tariff, bill, cargo, job count, target and quote here is invented, and where a
real figure came to mind (a real auction price, a real national target, a real terminal
capacity or rate of return) it was changed - only the years of the Fukushima disaster and of
Krk's opening are kept as wire copy would state them.

Its weight: ENERGY COMPANIES AND UTILITIES (the fifty-seventh batch weighed energy systems in
their units, the hundred-twenty-sixth and two-hundred-and-fourteenth energy prices and
heating, the hundred-sixty-seventh the energy transition, and the two-hundred-and-
twenty-fourth industry results; their decisions are kept) - one results season of 2027,
from Tuesday, February 23, to Thursday, March 18, as 30 short stories in story order with
the German and English desks interleaved by day, each told as wire copy runs it (a dateline
lead, the figures, attributed claims, the other side, quotes). Half German (dpa-AFX, dpa
with its slugs "dpa/bb", "dpa/lby", "dpa/lsw", APA, awp, Keystone-SDA, Reuters German; Austrian
"heuer", "mit 1. Jänner", "Mit 1. April", "um 17 Prozent weniger", Swiss "6'940", "7'120",
"4,18 Mrd. Fr.", "2.50 Franken", "Rappen", "grosse", "liess", «» quotes, German „“ quotes):
a German utility's annual results with its guidance and dividend, an Austrian utility's
year with low water and a price cut, the onshore wind auction, German grid fees, a Swiss
utility's results, the German LNG terminals' year, a lignite plant's last unit going off
the grid, German power generation in 2026, Austrian power bills and grid fees, a regional
supplier's price cut, a distribution grid operator's investment plan, Swiss power
statistics, a municipal heating plant switching from coal to gas, the ground-mounted solar
auction and a gas importer's loss. Half English (Reuters, PA, AP, AAP): a Norwegian hydro
producer's results, a British supplier's results, Britain's renewables auction, a U.S. LNG
export decision, a Kansas rate case, a Japanese reactor restart and nine-month results, an
Australian coal plant closure, Spain's solar month, Ofgem's network charges, a Virginia
utility's data-centre spending, India's solar-plus-storage auction, Croatia's LNG terminal,
Australia's default offers, U.S. coal retirements and a Swedish utility's results. Figures
as such copy has them: output in terawatt and gigawatt hours and in "Milliarden
Kilowattstunden", capacity in gigawatts and megawatts (written out, as "GW", "TWh" and
"/MWh", in hyphenated compounds "500-Megawatt-Blöcke", "2,640-megawatt", "1,500-megawatt"),
LNG in cargoes, tonnes, "mtpa" and "bcm", auction prices in Cent per kilowatt hour, pounds
per megawatt hour "in 2024 prices" and rupees, customer prices in Cent, Rappen, pence and
Australian cents, grid fees and bills per year and month, results, guidance, dividends,
write-downs and share prices in euros, francs, pounds, dollars, Norwegian and Swedish
crowns, yen, rupees and Australian dollars with converted figures in brackets, shares in
percent and percentage points, fractions in words („knapp die Hälfte“, „fast zwei Drittel“,
„fast ein Viertel“, „Fast jeder dritte“, „rund ein Zehntel“, „etwa einem Drittel“, "nearly
half", "roughly a fifth", "nearly two-thirds", "a quarter", "roughly one in eight", "more
than half", "about a tenth"), multiples („fast doppelt so viel“, „mehr als das Vierfache“,
„mehr als dreifach überzeichnet“, "more than three times"), number words and compounds
(„zwölf Jahre“, „Drei-Personen-Haushalt“, „14-tägigen“, „20-jährigen“, "Twelve
developers", "20-year", "four years earlier"), ordinals („zweitstärkste“, „zum sechsten
Mal“, „die dritte Preissenkung“, „im dritten Quartal“, "fourth-quarter", "the eighth
allocation round", "the 17th reactor", "second-highest"), hours of negative prices and
full-load hours, ages, hedges, ranges, years and dates. About a quarter of the rows are
negatives as such copy has them: executives', officials' and association heads' rhetoric in
quotes (each beside the same speaker's figure), labels of consumer groups, unions and
campaigners ("nannte", "sprach von", "beklagten", "called"), verdicts with "halten ... für"
(one with a price labelled), accusations without a checkable claim, a warning that names no
measure, group complaints and arguments, fears and a doubt (one with its year labelled),
advice, a forecast without a figure, analysts' views, evasions and open questions (two
with their years labelled), and a vox pop with her age labelled.

238 rows (122 German, 116 English), 55 negatives (28 German, 27 English), 183 check-worthy
rows of which 8 carry no figure (4 German, 4 English), 363 expected quantities (105 counts,
91 amounts of money - 45 EUR, 15 GBP, 11 USD, 6 CHF, 4 NOK, 4 AUD, 3 JPY, 2 SEK, 1 INR -, 51
percentages - 50 in %, 1 in percentage points -, 42 years, 27 durations - 17 in years, 4 in
hours, 3 in months, 1 each in minutes, days and weeks -, 19 dates, 17 fractions, 11
ordinals; 6 of them in six negatives, as the seventeenth batch labels a figure in a
negative), 39 checked speakers (21 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names were checked against tests/ and are
in use nowhere else.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, reassurance, creed or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-twenty-sixth,
  two-hundred-and-fourth, two-hundred-and-twenty-fourth); a quoted or reported fact, figure,
  step, plan, cause or position is check-worthy with its speaker, Konjunktiv I paraphrases
  included (hundred-twenty-sixth, hundred-sixty-seventh). Pairs from one speaker:
  Oberwelland's 28 Milliarden Euro beside „Wir sind auf dem richtigen Weg ...“; Aalvik's
  dividend and 12 billion crowns beside "We remain a hydropower company at heart ...";
  Ortmaier's 14 Prozent beside his „ließ ... offen“; Mewburn's 690,000 customers beside "No
  one wants to see families struggling ..."; Dehmelt's sixth round beside „... hat endgültig
  Fahrt aufgenommen“; Stalbridge's 11 million households beside "the clearest signal yet";
  Overholt's half beside "... for a very long time" ("told reporters" does not make a creed a
  claim); Cretton's three years beside «Die Energiewende gibt es nicht zum Nulltarif ...»;
  Stellmacher's 212 Beschäftigte beside „... endet heute ein Stück Lebensgeschichte“;
  Tammen's 54 Anlandungen beside „LNG bleibt unsere Versicherung ...“; Kanemaru's 300
  billion yen beside "Safety comes before everything else"; Gretzmacher's 240 Euro beside
  „Jeder, der nicht vergleicht, verschenkt Geld“; Schwarzkopp's account of the passed-on
  costs beside „Wir haben versprochen, fair zu sein ...“; Ashby-Kern's $9 beside "... we make
  no apology for that"; Pfannkuche's 61.000 requests beside „Wir bauen das Netz für ein Land
  ...“; Caddick's battery beside "... we owe these workers a future"; Barić's 92% beside
  "from a buyer into a gateway"; Rehbock's third beside „Das Schlimmste liegt hinter uns“ (a
  reassurance, hundred-twenty-sixth); Söderkvist's 600 positions beside "A weaker year does
  not change our long-term course". Rautenstrauch's and Stähli's quotes and the solar
  association spokesman's are negatives with a named speaker or a role.
- Check-worthy without a figure (8 rows; hundred-twenty-sixth, hundred-sixty-seventh,
  two-hundred-and-fourteenth, two-hundred-and-twenty-fourth): Hülsewede's stated cause
  (lower wholesale prices) and the Australian regulator's chair's stated cause, Schwarzkopp's
  account that the supplier passes its lower costs on in full, the Arbeiterkammer's demand
  to fund grid costs from the federal budget (a demand naming a measure,
  two-hundred-and-fourteenth: the FPÖ's demand; two-hundred-and-forty-fourth), Weserport's
  decision to pay no dividend again (a step stated, where the two-hundred-and-twenty-fourth's
  dividend left open was a negative), the unions' account that they had not been consulted
  (two-hundred-and-twenty-fourth: a works council's account), the hearings the Virginia
  regulators will hold in September (a scheduled event, hundred-sixty-seventh: a stated next
  step), and "Local residents remain divided over the restart, and several groups have filed
  for an injunction ..." (the act filed in court carries the row beside the mood,
  hundred-seventeenth and hundred-twenty-sixth: a mixed row; two-hundred-and-forty-fourth: an
  act filed in court; "several" none).
- Negatives (ninety-eighth, hundred-twenty-sixth, hundred-sixty-seventh,
  two-hundred-and-fourth, two-hundred-and-fourteenth): the quotes above; labels („nannte die
  Senkung „überfällig ...““, „nannte die Terminals ...“, „sprach von einer „Entlastung mit
  Verfallsdatum““, „beklagten einen „Flächenfraß ...““, "called the profits", "called the
  project", "called the decision", "called the rise", "said the cuts would "barely touch the
  sides""); accusations without a checkable claim (the Stiftung für Konsumentenschutz's
  «viel zu spät», as the hundred-twenty-sixth's Arbeiterkammer; „Die Netzbetreiber
  kritisieren ... als zu niedrig“); verdicts with "halten ... für" („Umweltverbände halten
  den Ausstieg ... für viel zu langsam“; „Analysten halten die Prognose angesichts von
  Terminpreisen unter 80 Euro je Megawattstunde für vorsichtig“ with 80 EUR "under"
  labelled; hundred-sixty-seventh, two-hundred-and-twenty-fourth); a warning that names no
  measure (the Bundesverband WindEnergie's; two-hundred-and-fourth); group complaints and
  arguments ("Utilities complain ...", "Coal industry groups argue ...", "Critics argue ...
  for two decades" with 20 years labelled, "Some lawmakers have questioned whether ...";
  hundred-sixty-seventh); fears and a doubt („Kritiker fürchten ...“, "Unions said they
  feared ...", "Developers fear ...", "Some analysts doubt ... before 2035" with 2035
  labelled; two-hundred-and-forty-fourth: "said they were worried" reports a feeling, and
  "said they feared" likewise); advice („Verbraucherschützer raten ...“; fifty-seventh); a
  forecast without a figure („Fachleute erwarten, dass der Kohleanteil ... weiter sinkt“;
  forty-seventh); analysts' views ("Analysts said the outlook ... remained clouded ...",
  "Analysts at Mercom said tariffs this low could leave developers with thin margins ...";
  hundred-twenty-sixth: market colour without a figure); evasions and open questions („Ob
  heuer weitere Preissenkungen folgen, ließ Ortmaier offen“, „Ob der Bundeszuschuss über das
  Jahr 2028 hinaus fortgeführt wird, ist offen“ with 2028 labelled, „Ob die Regierung die
  Elektrizitätsabgabe wieder senkt, ist offen“, „Ob der Bund die Winterreserve auch nach 2030
  ausschreibt, liess das BFE offen“ with 2030 labelled, "Whether the extra cost will be
  offset ... remains unclear", "Regional traders said it was not yet clear whether ...",
  "How many of the orders would hold up in court was not immediately clear";
  hundred-twenty-first, two-hundred-and-fourteenth); and a vox pop with her age labelled
  ("Darlene Tibbits, 72," 72 years; hundred-fourteenth). The seventeenth batch labels a
  figure in a negative, and so does this one (6 quantities in 6 negatives).
- Energy, capacity, gas and lengths are counts of the figure as written (fifty-seventh,
  hundred-twenty-sixth, hundred-sixty-seventh): „118,6 Terawattstunden“ ("zusammen" no
  hedge), „7,8 Terawattstunden, nach 9,1 Terawattstunden“, „zusammen 3.870 Megawatt“,
  „rund 3.900 Megawatt“, „rund 290 Terawattstunden“, „64,8 Terawattstunden ... 21,3
  Terawattstunden“, „489 TWh“ (the abbreviation as "GW" and "MW", hundred-sixty-seventh),
  „6'940 Gigawattstunden“ and „7'120 Gigawattstunden“ (Swiss apostrophe, tenth), „netto 4,6
  Terawattstunden“ ("netto" no hedge, hundred-twenty-sixth), „118 Megawatt“, „2.150
  Megawatt ... 7.240 Megawatt“, „mehr als 21 Gigawatt“ "over", „knapp 190 Terawattstunden“
  "nearly", „rund 158.000 Kilometer“; "38.4 terawatt hours ..., up from 35.1 TWh", "9.4
  gigawatts", "14.8 GW ..., including 4.1 GW ... and 1.3 GW", "5,310 gigawatt hours", "about
  42 GW", "About 1,900 megawatts", "about 5.9 gigawatts ... and 3 gigawatts" (the hedge on
  the first only, hundred-twenty-sixth), "a combined 6.4 GW" ("combined" no hedge), "a record
  31.5 GW" ("a record" no hedge, twenty-third), "More than 50 GW", "about 8 GW", "8.3
  gigawatts", "a record 71 GW ..., including 34 GW ... and 19 GW", "4,310 terawatt hours",
  "47.2 TWh", "about 4,500 miles"; the figure in a hyphenated compound read as written
  („drei 500-Megawatt-Blöcke“ 3 and 500, "The 2,640-megawatt plant", "a 1,500-megawatt
  battery", "The 870-megawatt unit"; hundred-sixty-seventh). A scale word multiplies (the
  issue's "2,4 Millionen Einwohner"; hundred-sixty-seventh: "136 Milliarden
  Kilowattstunden"): „68 Milliarden Kilowattstunden“, „zusammen 141 Milliarden
  Kilowattstunden, ... rund 82 Milliarden Kilowattstunden“, „69,8 Milliarden
  Kilowattstunden“, „1,5 Millionen Tonnen LNG“ („jährlich“ none), "16 million tonnes per
  annum (mtpa)" 16,000,000 (the bracketed abbreviation none), "a record 11.9 million tonnes",
  "3.6 billion cubic metres" (fifty-seventh: "about 58 billion cubic metres"). New: "bcm"
  and "mtpa" multiply as their written-out forms do - "7.4 bcm a year" 7,400,000,000, "1.5
  bcm a year" 1,500,000,000 and "about 13 mtpa" 13,000,000 "about" -, since their "b" and
  "m" abbreviate the scale words "billion" and "million", as "£4.38bn" is 4.38 billion pounds
  (two-hundred-and-fourteenth) and "Mrd." multiplies (forty-ninth: "5,9 Mrd. Fr."), while
  the SI prefix in "GW", "TWh" and "MW" belongs to the unit and the figure stays as written
  (hundred-sixty-seventh); the same amount of gas thus gets one value whichever way the copy
  spells it.
- Other counts (every batch): projects, bids, tankers, landings, cargoes, households,
  customers, jobs, workers, requests, data centres, developers and reactors with their
  hedges („312 Projekten“, „mit 96 Projekten ..., ... mit 61 und ... mit 34“ - the elliptic
  figures, hundred-seventy-eighth -, „mehr als 30 Zuschläge“ "over", „In 37 der rund 860
  Netzgebiete“ both, „rund 410.000 Haushaltskunden“, „640 Arbeitsplätze“, „212
  Beschäftigte“, „81 Tanker“ („Insgesamt“ no hedge), „bereits 54 Anlandungen“ („bereits“ no
  hedge), „rund 260.000 Haushalte“, „mehr als 61.000 Anschlussanfragen“ („Allein“ no hedge),
  „gut 7 Millionen Menschen“ 7,000,000 "over", „688 Gebote“, „241 Zuschläge“, „Rund 42.000
  Haushalte“, „etwa 310.000 Tonnen im Jahr“, „rund 450 Stadtwerke“, „3.500
  Kilowattstunden“, „4.000 Kilowattstunden“, „2.500 Kilowattstunden“; "about 3.2 million
  homes", "roughly 140,000 customer accounts", "about 690,000 of its customers", "131
  projects", "more than 11 million households", "about 640,000 customers", "About 520
  workers", "more than 450 data centers", "Twelve developers" 12 (a capitalised number word),
  "74 cargoes", "more than 80 new offshore wind farms", "About 1.1 million households", "at
  least four coal plants" 4 "at_least", "600 positions", "two new reactors" 2), definite
  groups ("its two phases" 2, „der letzte der drei 500-Megawatt-Blöcke“ 3; forty-first,
  hundred-sixty-seventh), „Drei-Personen-Haushalt“ 3 (twenty-ninth,
  two-hundred-and-fourteenth). Multiples are counts with their hedges (fifty-second:
  „das 11,2-Fache“; hundred-twenty-second: „das Anderthalbfache“; fifty-seventh: „fast
  dreifach überzeichnet“; hundred-sixty-seventh: "fast doppelt so viele"): „fast doppelt so
  viel“ 2 "nearly", „mehr als das Vierfache“ 4 "over", „mehr als dreifach überzeichnet“ 3
  "over", "more than three times the capacity" 3 "over". None: „Die meisten“, „Die beiden
  neuen Gasmotoren“ (hundred-sixty-seventh: „Die beiden Blöcke“), "several groups", "none",
  "a single day", "millions", "Dax", "Ebitda" (two-hundred-and-twenty-fourth), "CO2",
  "BDEW", "DET", "dual-fuel" (hundred-twenty-sixth), "solar-plus-storage". New: „Block 3“
  and "the No. 2 reactor" carry no quantity - the number names one unit of a plant, as „der
  Hochofen 8“ names a furnace (two-hundred-and-twenty-fourth), while "World No. 3" ranks a
  player and is an ordinal (hundred-forty-seventh); "The 870-megawatt unit" in the next row
  carries its capacity.
- Results, guidance, dividends and share prices are money in the currency written
  (hundred-twenty-sixth, two-hundred-and-fourteenth, two-hundred-and-twenty-fourth): „5,3
  Milliarden Euro“, „1,9 Milliarden Euro nach 2,4 Milliarden Euro“, „eine Spanne von 4,6 bis
  5,1 Milliarden Euro“ both ("bis" in a range no hedge), „312 Millionen Euro“, „41 Millionen
  Euro“, „486 Millionen Franken, nach 612 Millionen Franken“, „4,18 Mrd. Fr.“ CHF
  (forty-ninth), „rund 3 Mrd. Fr.“ "about", „2.50 Franken je Aktie“ 2.5 CHF (the Swiss point
  in a decimal, forty-second: "Fr. 52.50"; „je Aktie“ none), „38,42 Euro“, „1,1 Milliarden
  Euro“, „in Höhe von 1,4 Milliarden Euro“, „ein Minus von 620 Millionen Euro“ 620 EUR (the
  noun "Minus" a direction, two-hundred-and-twenty-fourth: „ein weiteres Minus von 2
  Prozent“ 2); "6.2 billion Norwegian crowns ($585 million) from 9.0 billion crowns" NOK,
  USD and NOK (9.0 the value 9; converted figures in brackets unhedged, eightieth), "4.20
  crowns per share" and "about 12 billion crowns" NOK in a story datelined OSLO
  (hundred-thirty-third, hundred-sixty-seventh), "18.7 billion Swedish crowns ($1.79
  billion)" and "5.50 crowns per share" SEK ("unchanged" no hedge, hundred-twentieth), "£214
  million ..., down from £338 million", "£46 million", "8.4 pence per share, ... 12.1p" 0.084
  and 0.121 GBP and "at 286 pence" 2.86 GBP (pence hundredths of the pound,
  hundred-twenty-sixth), "$14.8 billion", "$262 million", "$186 million a year" ("an
  additional" no hedge, as „zusätzlich“, two-hundred-and-fourth), "$58 billion", "61.3
  billion yen ($410 million)", "about 4 billion yen a month" ("a month" none), "more than 300
  billion yen" "over", "about 2 billion euros", "about 95 million euros", "up to A$190
  million a year" AUD "up_to", "about A$1,835 a year, down A$104" ("down" a direction, no
  hedge). New: „eine um 10 Cent höhere Dividende von 1,20 Euro je Aktie“ gives 0.10 and
  1.20 EUR - the rise and the level both, as "by 3p to 57.12p a day" (hundred-twenty-sixth).
- Prices per unit are money in the currency written, the unit priced carrying nothing
  (twelfth, fifty-seventh, hundred-twenty-sixth, two-hundred-and-fourteenth): Cent as EUR
  hundredths („6,61 Cent je Kilowattstunde, nach 6,83 Cent“, „14,9 Cent pro Kilowattstunde
  netto“ - "netto" no hedge -, „von 36,4 auf 31,9 Cent pro Kilowattstunde brutto“ both -
  "brutto" no hedge as the fifty-seventh's „21,4 Cent je Kilowattstunde brutto“, the unit
  written once -, „um 0,8 Cent auf 10,2 Cent“, „knapp 4 Cent über dem günstigsten Angebot“
  0.04 "nearly" - "über" after the figure compares -, „zwischen 3,98 und 5,10 Cent ..., im
  Mittel bei 4,52 Cent“ - "zwischen" and "im Mittel" no hedge); Rappen as CHF hundredths
  („um durchschnittlich 0,3 Rappen pro Kilowattstunde“ 0.003); euros per megawatt hour
  ("41.80 euros per megawatt hour from 57.30 euros", "38.20 euros per megawatt hour" -
  "averaged" no hedge -, „unter 80 Euro je Megawattstunde“ "under" in a negative); pounds
  per megawatt hour in the slash form ("£62.80/MWh, expressed in 2024 prices" 62.8 GBP and
  the year 2024 - hundred-sixty-seventh: "£59.90 per megawatt hour ... in 2024 prices" -,
  "below the £73 ceiling" 73 GBP with no hedge, "below" standing before the article as
  "well above the" does, hundred-thirty-fifth, two-hundred-and-fourteenth); rupees ("2.94
  rupees ($0.035) per kilowatt-hour" 2.94 INR and 0.035 USD; hundred-sixty-seventh); bills
  ("about $11.40 a month", "an average of £342 a year ..., up from £298" - "an average of"
  no hedge -, "an average of £612 each", "about $9 next year, to roughly $171", „im Schnitt
  421 Euro im Jahr ..., 44 Euro weniger als 2026“, „rund 1.060 Euro im Jahr“, „rund 73 Euro
  jährlich“, „rund 112 Euro im Jahr“, „rund 240 Euro im Jahr“, „mit 14,50 Euro im Monat
  unverändert“ - "im Monat" none -), subsidies and costs („6,5 Milliarden Euro“, „mehr als
  650 Milliarden Euro“ "over", „knapp 9,6 Milliarden Euro“ "nearly", „rund 380 Millionen
  Euro“, „rund 240 Millionen Euro“, „31 Millionen Euro“, „rund 14 Milliarden Euro“, „rund 28
  Milliarden Euro“, "£24 billion", "£1.9 billion a year"). New: "every £1 spent on the grid
  now would save consumers about £2" gives 1 GBP with no hedge and 2 GBP "about" - "every"
  picks out each pound and bounds nothing, as "Jeder Kilometer" carries no hedge
  (hundred-sixty-seventh). New: "about 43 cents per kilowatt hour" in a story datelined
  MELBOURNE (AAP) is 0.43 AUD "about" - the cents of the story's country, as crowns in an
  OSLO story are NOK (hundred-thirty-third) and U.S. cents are USD
  (two-hundred-and-fourteenth).
- Percentages as written, moves of a share in points "pp" (every batch;
  hundred-sixty-seventh, two-hundred-and-twenty-fourth): „knapp 8 Prozent weniger“
  "nearly" (the comparison after the figure no hedge), „gut 41 Prozent“ "over", „um 2,7
  Prozent“, „um 17 Prozent weniger“, „um rund 14 Prozent unter dem langjährigen Schnitt“
  "about", „um 11 Prozent“, „im bundesweiten Durchschnitt um 9,4 Prozent“ (no hedge,
  two-hundred-and-fourteenth), „um bis zu 19 Prozent“ "up_to", „um mehr als 10 Prozent“
  "over", „um 6,2 Prozent“, „rund 7 Prozent“, „um 2,6 Prozentpunkte auf 58,1 Prozent“ 2.6 pp
  and 58.1, „knapp 1 Prozent weniger“ "nearly", „um 5,3 Prozent mehr“, „um durchschnittlich
  11,7 Prozent“ (no hedge), „knapp 38 Prozent“, „auf 6,84 Prozent“, „3,1 Prozent weniger“,
  „gut 57 Prozent ..., ... knapp 33 Prozent“, „um fast 30 Prozent“, „um höchstens 6
  Prozent“ "at_most"; "a 31% fall", "3.4% ..., ... a 0.6% gain", "down 4.8%", "about 7.6%",
  "roughly 11%", "to 9.45% from 10.5%", "about 58% ..., down from 81%", "up 22%", "24.6%
  ..., ... 22.9% and ... 19.4%", "79%", "by about 14%, while ... by 3%", "by nearly 40%",
  "about 92% of capacity", "by between 2% and 7%" both ("between ... and" no hedge), "by up
  to 9%" "up_to", "about 40% ..., coal 15%", "rose 2.8%", "a 24% drop", "about 4% of staff".
  New: "nuclear just under 18%" is 18 "nearly" - "just under" is the English of „knapp“,
  a near miss from below, as "almost" and "nearly" are, while "under" alone bounds
  ("to under four minutes" 4 minutes "under"; hundred-twenty-sixth: "below 1 GW" "under").
- Fractions (the issue: "ein Fünftel", "jeder vierte"; hundred-twenty-sixth,
  hundred-sixty-seventh): „knapp die Hälfte der Beschäftigten“ 0.5 "nearly", „fast zwei
  Drittel davon“ 0.6667 "nearly" („davon“ no hedge), „etwa ein Zehntel mehr“ and „rund ein
  Zehntel weniger“ 0.1 "about" (the comparison after it no hedge), „um fast ein Viertel“ 0.25
  "nearly", „um rund zwei Drittel“ 0.6667 "about", „Fast jeder dritte Zuschlag“ 0.3333
  "nearly", „zu etwa einem Drittel“ 0.3333 "about" (the dative); "nearly half of the volumes"
  0.5 "nearly", "roughly a fifth" 0.2 "about", "roughly a third of which" 0.3333 "about",
  "about a quarter" 0.25 "about", "nearly two-thirds of it" 0.6667 "nearly", "a quarter of
  which" 0.25, "roughly one in eight" 0.125 "about", "by more than half" 0.5 "over", "by
  about a tenth" 0.1 "about".
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"; every batch): „seit mehr
  als 60 Jahren nicht“ 60 years "over", „nach 56 Jahren“, „etwa zwölf Jahre dauern“ 12 years
  "about", „für die kommenden drei Jahre“ 3 years (two-hundred-and-twenty-fourth: „in den
  kommenden zwölf Monaten“), „in den vergangenen sechs Jahren“ 6 years, „für einen Zeitraum
  von zehn Jahren“ 10 years, „binnen 15 Monaten“ 15 months, „einen 20-jährigen
  Liefervertrag“ 20 years and "20-year contracts" 20 years (hundred-sixty-seventh:
  "25-year"), „nach einer 14-tägigen Probephase“ 14 days (a digit-headed compound, as
  the eleventh's „eine 30-tägige Waffenruhe“), „An 512 Stunden ..., nach 468 Stunden“ and
  "for 214 hours" (hours with negative prices, hundred-sixty-seventh), "for 20 years, up from 15
  years", "four years earlier than planned" 4 years (hundred-sixty-seventh: „acht Jahre
  früher“), "a review lasting more than 18 months" 18 months "over", "For the nine months to
  December" 9 months (ninety-first: "in the 12 months to June"), "after 11 weeks of public
  hearings" 11 weeks, "to under four minutes" 4 minutes "under", "over the next five years"
  and "over the five years to 2031" 5 years ("over" before "the" no hedge, forty-first),
  "within two years" 2 years ("within" no hedge, two-hundred-and-forty-fourth), "for 15
  years", and in negatives "for two decades" 20 years (two-hundred-and-forty-fourth: "over
  the past two decades") and the vox pop's age. New: „rund 1.950 Volllaststunden“ is 1,950
  hours "about" - a compound ending in „-stunden“ counts hours as the hours of negative
  prices do (hundred-sixty-seventh), "full load" naming only what the hours measure. None:
  „im vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“, „ein Jahr zuvor“, „Im Jahr zuvor“,
  „im Rekordjahr davor“ (hundred-sixty-seventh), „im laufenden Jahr“, „Für das laufende
  Jahr“, „heuer“, „im Jahr“, „jährlich“, „im Monat“, „zu Jahresbeginn“, „bis zum
  Jahresende“, „im Winterhalbjahr“, „im Sommer“, „seit Langem“, "a year earlier", "the year
  before", "last year", "this year", "next year", "a year", "a month", "a decade ago", "over
  the coming decade", "for generations", "the fiscal year that ends this month", "in the
  month", "in a winter month".
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt", "the 12th round"):
  „der zweitstärkste Wert im Dax“ 2 and "the second-highest level on record" 2 (the issue's
  "drittgrößte"; two-hundred-and-twenty-fourth: "Japan's third-largest maker"), „zum
  sechsten Mal in Folge“ 6, „im dritten Quartal“ 3, „die dritte Preissenkung“ 3,
  "fourth-quarter operating profit" 4, "in the second half" 2, "the eighth allocation round"
  8, "the utility's third rate increase" 3, "the 17th reactor to return to service" 17
  (hundred-sixty-seventh: "the 15th to restart"), "for the first time in a winter month" 1.
  "erstmals", "the largest", "the most", "the highest", "a record low" and "the clearest"
  none.
- Years and dates: „im Geschäftsjahr 2025/26“ both years (two-hundred-and-twenty-fourth);
  „2026“, „bis 2030“, „seit 2016“, „als 2026“ (twice), „bis 2045“, „über das Jahr 2028
  hinaus“ in a negative, „Bis 2035“, „seit 1981“, „als 2025“, „ab 2029“, „bis 2032“, „für
  2028“, „nach 2030“ in a negative, „Seit 2017“, „bis 2040“; "in 2026", "through 2030", "in 2024 prices"
  (hundred-sixty-seventh), "in 2030", "in 2025", "since 2022" (twice), "in 2031", "in 2028",
  "before 2030", "in 2024", "until 2027", "since the 2011 Fukushima disaster", "since 2012",
  "by 2030", "by 2028", "to 2031", "by 2035", "by 2029", "in 2021", "in 2027", "since 2010",
  "by the end of 2028" and "before 2035" in a negative. „bis zum 30. September 2029“ is the
  date 2029-09-30 (two-hundred-and-twenty-fourth: „bis zum 31. Dezember 2029“); dates without
  a year: „zum Gebotstermin 1. Februar“, „zum Gebotstermin 1. März“, „Mit 1. April“, „zum
  1. April“ and „mit 1. Jänner“ (hundred-twenty-sixth: "Mit 1. April", tenth: "Jänner"),
  "takes effect April 1", "from July 1", "on Feb. 14", "until May 12", and Reuters datelines
  with a day ("OSLO, Feb 24", "LONDON, Feb 25", "HOUSTON, March 2", "TOKYO, March 4",
  "MADRID, March 8", "NEW DELHI, March 10", "ZAGREB, March 11", "WASHINGTON, March 16",
  "STOCKHOLM, March 18"); dpa, dpa-AFX, APA, awp, Keystone-SDA, Reuters German, PA, AP
  ("TOPEKA, Kan. (AP) —", "RICHMOND, Va. (AP) —") and AAP datelines none (seventy-ninth).
  Months alone ("in June", "in January", "in February", "from April", "in September", "to
  December"), weekdays and "the end of last year" none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly" "about";
  „knapp“, „fast“, „Fast“, "nearly", "just under" (New, above) "nearly"; „gut“, „mehr als“,
  "more than", "More than" "over"; „unter“ before a figure, "under" "under"; „bis zu“, "up
  to" "up_to"; "at least" "at_least"; „höchstens“ "at_most". No
  hedge: „zusammen“, „Insgesamt“, „Allein“, „bereits“, „netto“, „brutto“, „im Schnitt“, „im
  Mittel“, „durchschnittlich“, „im bundesweiten Durchschnitt“, „davon“, „unverändert“,
  "combined", "In total", "a record", "an average of", "averaged", "an additional",
  "unchanged", "down", "every", "within", "over" before a span or "the", „zwischen“ and
  "between ... and", "bis" and "to" in a range, "below the" before an article, „über“
  governed by a noun („Gebote über fast 5.900 Megawatt“ 5,900 "nearly" - the hedge after
  the noun's „über“ is the figure's own -, „Anfragen über zusammen 48 Gigawatt“,
  „Liefervertrag ... über jährlich 1,5 Millionen Tonnen“; two-hundred-and-twenty-fourth:
  „Aufträge über 58,3 Milliarden Euro“), and „mehr“, „weniger“, „über“, "less", "higher"
  after a figure. New: „per Saldo 27 Terawattstunden“ carries no hedge - a net balance, as
  „netto“ (hundred-twenty-sixth).
- Speakers, checked only in forms the earlier batches settled. German: „wie das Unternehmen
  am Dienstag mitteilte“ -> "das Unternehmen" (two-hundred-and-fourteenth), „teilte die
  Bundesnetzagentur am Donnerstag mit“ and „... am Freitag mit“ -> "die Bundesnetzagentur",
  „teilte der Betreiber mit“ -> "der Betreiber" (hundred-sixty-seventh), „teilte die
  E-Control am Montag mit“ -> "die E-Control", „wie die Deutsche Energy Terminal GmbH (DET)
  am Mittwoch mitteilte“ -> "die Deutsche Energy Terminal GmbH" and „teilte das Bundesamt
  für Energie (BFE) mit“ -> "das Bundesamt für Energie" (the abbreviation in brackets and
  the weekday dropped, hundred-sixty-seventh), „nach Angaben der Arbeitsgemeinschaft
  Energiebilanzen“ -> "die Arbeitsgemeinschaft Energiebilanzen" (the source in the
  nominative, hundred-sixty-seventh); the name with the title dropped („sagte
  Finanzvorständin Dagmar Hülsewede“, „Vorstandschef Matthias Oberwelland sagte, ...“,
  „sagte Generaldirektor Wolfram Ortmaier“, „Behördenpräsident Ulrich Dehmelt sagte, ...“,
  „BDEW-Hauptgeschäftsführerin Annegret Brinkhege sagte, ...“, „sagte Konzernchefin
  Nathalie Cretton“, „Betriebsratschef Uwe Stellmacher sagte, ...“, „DET-Geschäftsführer
  Hinrich Tammen sagte, ...“, „E-Control-Vorstand Alfons Gretzmacher sagte, ...“,
  „Geschäftsführerin Ilona Schwarzkopp sagte, ...“, „sagte Netzvorstand Jörg Pfannkuche“,
  „Oberbürgermeisterin Gudrun Salzmann sagte, ...“, „Konzernchef Sebastian Rehbock sagte,
  ...“; hundred-sixty-seventh, two-hundred-and-twenty-fourth). English: the name with the
  office dropped ("Chief Executive Sigrid Aalvik said", "Chief Executive Duncan Mewburn
  said", "Energy Secretary Gideon Stalbridge said", "Chief Executive Travis Overholt said",
  "Commission Chair Ellen Ruybalid said", "Managing director Fiona Caddick said", "Networks
  director Rupert Aldwinckle said", "CEO Lorraine Ashby-Kern said", "Economy Minister
  Tomislav Barić said", "Finance chief Karin Söderkvist said"; hundred-sixty-seventh,
  two-hundred-and-twenty-fourth), "President Hiroshi Kanemaru told reporters" -> "Hiroshi
  Kanemaru" (two-hundred-and-fourth), "Setouchi Electric Power said on Thursday it would
  ..." -> "Setouchi Electric Power" as written (a firm at the head of reported speech,
  two-hundred-and-twenty-fourth), "Ofgem has said" -> "Ofgem" (hundred-twenty-sixth: "Ofgem
  has announced"), "the utility said Wednesday" -> "the utility" and "the agency said" ->
  "the agency" (a body taken up by its common noun, hundred-twenty-sixth), "the Energy
  Information Administration said on Tuesday" and "the Australian Energy Regulator said on
  Friday" with the article and the weekday dropped, "according to the Ministry of New and
  Renewable Energy" -> "the Ministry of New and Renewable Energy" (hundred-sixty-seventh).
  Left unchecked (None): all negatives, also those with a named speaker or an office;
  pronouns ("it said", "It said"); roles without a name („sagte ein Konzernsprecher“,
  „sagte ein Sprecher des Bundesverbands Solarwirtschaft“, "the regulator's chair said";
  hundred-fifteenth); "hieß es" (two-hundred-and-fourth); a description before the name
  ("Norwegian hydropower producer Sognevik Energi reported", "Household energy supplier
  Ashgill Energy has reported", "U.S. developer Calcasieu Bend LNG said", "Industry group
  RenewableUK said", "grid operator Red Electrica said", "operator LNG Hrvatska said", „Die
  Netzgesellschaft Swissgrid kündigte an“; fortieth, two-hundred-and-twenty-fourth); a
  subject parted from its verb ("The company, which supplies ..., said"; hundred-sixteenth);
  "Caddick said" inside a row after its first clause (a form no batch settled); "the
  government said on Thursday" (fifty-seventh, hundred-sixty-seventh); data, documents and
  estimates („Nach Berechnungen des Vergleichsportals Verivox“, „nach Berechnungen der
  Stadtwerke“, „beziffert“, "according to ship-tracking data from Kpler", "according to
  market operator data", "according to Red Electrica data", "according to the regulator's
  draft decision", "analysts estimate", "The company expects", "Developers expect";
  hundred-tenth, two-hundred-and-fourteenth); verbs that are not of saying („forderte“,
  „stellt ... in Aussicht“, „peilt ... an“, "reported", "plans"; hundred-sixty-seventh,
  two-hundred-and-twenty-fourth); rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_271 = [
    # --- Emschertal Energie: Jahreszahlen (dpa-AFX), Dienstag, 23. Februar ---
    (
        "de",
        "Essen (dpa-AFX) - Der Energiekonzern Emschertal Energie hat im vergangenen Jahr ein bereinigtes Ebitda von 5,3 Milliarden Euro erzielt, knapp 8 Prozent weniger als ein Jahr zuvor.",
        True,
        [("money", 5300000000, "EUR", None), ("percent", 8, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Unter dem Strich blieb ein bereinigter Nettogewinn von 1,9 Milliarden Euro nach 2,4 Milliarden Euro im Vorjahr, wie das Unternehmen am Dienstag mitteilte.",
        True,
        [("money", 1900000000, "EUR", None), ("money", 2400000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Grund seien vor allem niedrigere Großhandelspreise im Stromhandel gewesen, sagte Finanzvorständin Dagmar Hülsewede.",
        True,
        [],
        "Dagmar Hülsewede",
    ),
    (
        "de",
        "Die Aktionäre sollen eine um 10 Cent höhere Dividende von 1,20 Euro je Aktie erhalten.",
        True,
        [("money", 0.1, "EUR", None), ("money", 1.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Kraftwerke des Konzerns erzeugten 2026 zusammen 118,6 Terawattstunden Strom, davon gut 41 Prozent aus erneuerbaren Quellen.",
        True,
        [("year", 2026, None, None), ("count", 118.6, None, None), ("percent", 41, "%", "over")],
        None,
    ),
    (
        "de",
        "Vorstandschef Matthias Oberwelland sagte, Emschertal werde bis 2030 rund 28 Milliarden Euro vor allem in Wind- und Solarparks sowie in Batteriespeicher investieren.",
        True,
        [("year", 2030, None, None), ("money", 28000000000, "EUR", "about")],
        "Matthias Oberwelland",
    ),
    (
        "de",
        "„Wir sind auf dem richtigen Weg, und wir werden ihn konsequent weitergehen“, sagte Oberwelland.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im laufenden Jahr peilt der Vorstand beim bereinigten Ebitda eine Spanne von 4,6 bis 5,1 Milliarden Euro an.",
        True,
        [("money", 4600000000, "EUR", None), ("money", 5100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Analysten halten die Prognose angesichts von Terminpreisen unter 80 Euro je Megawattstunde für vorsichtig.",
        False,
        [("money", 80, "EUR", "under")],
        None,
    ),
    (
        "de",
        "Die Aktie legte im frühen Handel um 2,7 Prozent auf 38,42 Euro zu und war damit der zweitstärkste Wert im Dax.",
        True,
        [("percent", 2.7, "%", None), ("money", 38.42, "EUR", None), ("ordinal", 2, None, None)],
        None,
    ),
    # --- Sognevik Energi results (Reuters), Wednesday, Feb 24 ---
    (
        "en",
        "OSLO, Feb 24 (Reuters) - Norwegian hydropower producer Sognevik Energi reported a 31% fall in fourth-quarter operating profit on Wednesday as lower Nordic power prices offset a rise in output.",
        True,
        [("date", "--02-24", None, None), ("percent", 31, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Underlying operating profit fell to 6.2 billion Norwegian crowns ($585 million) from 9.0 billion crowns a year earlier.",
        True,
        [("money", 6200000000, "NOK", None), ("money", 585000000, "USD", None), ("money", 9000000000, "NOK", None)],
        None,
    ),
    (
        "en",
        "The company generated 38.4 terawatt hours of electricity in 2026, up from 35.1 TWh the year before, helped by full reservoirs in western Norway.",
        True,
        [("count", 38.4, None, None), ("year", 2026, None, None), ("count", 35.1, None, None)],
        None,
    ),
    (
        "en",
        "Average achieved prices dropped to 41.80 euros per megawatt hour from 57.30 euros, it said.",
        True,
        [("money", 41.8, "EUR", None), ("money", 57.3, "EUR", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Sigrid Aalvik said the group would raise its dividend to 4.20 crowns per share and keep annual investment at about 12 billion crowns through 2030.",
        True,
        [("money", 4.2, "NOK", None), ("money", 12000000000, "NOK", "about"), ("year", 2030, None, None)],
        "Sigrid Aalvik",
    ),
    (
        "en",
        '"We remain a hydropower company at heart, and that will never change," Aalvik said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sognevik shares rose 3.4% in early Oslo trading, outperforming a 0.6% gain in the European utilities index.",
        True,
        [("percent", 3.4, "%", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts said the outlook for Nordic prices remained clouded by weak industrial demand.",
        False,
        [],
        None,
    ),
    # --- Traunwerke: Bilanz und Preissenkung (APA), Mittwoch, 24. Februar ---
    (
        "de",
        "Linz (APA) - Der oberösterreichische Versorger Traunwerke hat im Geschäftsjahr 2025/26 einen Konzerngewinn von 312 Millionen Euro erwirtschaftet, um 17 Prozent weniger als im Jahr davor.",
        True,
        [
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("money", 312000000, "EUR", None),
            ("percent", 17, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Erzeugung aus Wasserkraft sank wegen der geringen Wasserführung von Traun, Enns und Donau auf 7,8 Terawattstunden, nach 9,1 Terawattstunden im Jahr davor.",
        True,
        [("count", 7.8, None, None), ("count", 9.1, None, None)],
        None,
    ),
    (
        "de",
        "Die Wasserführung habe um rund 14 Prozent unter dem langjährigen Schnitt gelegen, sagte Generaldirektor Wolfram Ortmaier.",
        True,
        [("percent", 14, "%", "about")],
        "Wolfram Ortmaier",
    ),
    (
        "de",
        "Mit 1. April senken die Traunwerke den Energiepreis für rund 410.000 Haushaltskunden um 11 Prozent auf 14,9 Cent pro Kilowattstunde netto.",
        True,
        [
            ("date", "--04-01", None, None),
            ("count", 410000, None, "about"),
            ("percent", 11, "%", None),
            ("money", 0.149, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Bei 3.500 Kilowattstunden Verbrauch ergibt das für einen Haushalt eine Ersparnis von rund 73 Euro jährlich.",
        True,
        [("count", 3500, None, None), ("money", 73, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer nannte die Senkung „überfällig und viel zu gering“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob heuer weitere Preissenkungen folgen, ließ Ortmaier offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An den Energiekrisenbeitrag des Bundes führten die Traunwerke für das Geschäftsjahr 41 Millionen Euro ab.",
        True,
        [("money", 41000000, "EUR", None)],
        None,
    ),
    # --- Ashgill Energy results (PA), Wednesday, Feb 24 ---
    (
        "en",
        "LONDON (PA) - Household energy supplier Ashgill Energy has reported a pre-tax profit of £214 million for the year to December, down from £338 million, as the price cap squeezed margins.",
        True,
        [("money", 214000000, "GBP", None), ("money", 338000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The company, which supplies gas and electricity to about 3.2 million homes, said it lost roughly 140,000 customer accounts over the year.",
        True,
        [("count", 3200000, None, "about"), ("count", 140000, None, "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Duncan Mewburn said about 690,000 of its customers were behind on their bills, owing an average of £612 each.",
        True,
        [("count", 690000, None, "about"), ("money", 612, "GBP", None)],
        "Duncan Mewburn",
    ),
    (
        "en",
        '"No one wants to see families struggling, and we are doing everything we can," Mewburn said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashgill will pay a final dividend of 8.4 pence per share, taking the total for the year to 12.1p.",
        True,
        [("money", 0.084, "GBP", None), ("money", 0.121, "GBP", None)],
        None,
    ),
    (
        "en",
        "It said it had written off £46 million of bad debt in the second half and cut average call waiting times to under four minutes.",
        True,
        [("money", 46000000, "GBP", None), ("ordinal", 2, None, None), ("duration", 4, "minute", "under")],
        None,
    ),
    (
        "en",
        'Consumer group Which? called the profits "hard to swallow" at a time when millions are still in arrears.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in Ashgill closed down 4.8% at 286 pence.",
        True,
        [("percent", 4.8, "%", None), ("money", 2.86, "GBP", None)],
        None,
    ),
    # --- Ausschreibung Wind an Land (dpa), Donnerstag, 25. Februar ---
    (
        "de",
        "Bonn (dpa) - Bei der Ausschreibung für Windenergie an Land zum Gebotstermin 1. Februar hat die Bundesnetzagentur 312 Projekten mit zusammen 3.870 Megawatt den Zuschlag erteilt.",
        True,
        [("date", "--02-01", None, None), ("count", 312, None, None), ("count", 3870, None, None)],
        None,
    ),
    (
        "de",
        "Ausgeschrieben waren rund 3.900 Megawatt, eingereicht wurden Gebote über fast 5.900 Megawatt.",
        True,
        [("count", 3900, None, "about"), ("count", 5900, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der durchschnittliche mengengewichtete Zuschlagswert sank auf 6,61 Cent je Kilowattstunde, nach 6,83 Cent in der Vorrunde, teilte die Bundesnetzagentur am Donnerstag mit.",
        True,
        [("money", 0.0661, "EUR", None), ("money", 0.0683, "EUR", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Die meisten Zuschläge gingen mit 96 Projekten nach Nordrhein-Westfalen, gefolgt von Niedersachsen mit 61 und Bayern mit 34.",
        True,
        [("count", 96, None, None), ("count", 61, None, None), ("count", 34, None, None)],
        None,
    ),
    (
        "de",
        "Behördenpräsident Ulrich Dehmelt sagte, die Runde sei zum sechsten Mal in Folge überzeichnet gewesen.",
        True,
        [("ordinal", 6, None, None)],
        "Ulrich Dehmelt",
    ),
    (
        "de",
        "„Der Ausbau der Windenergie an Land hat endgültig Fahrt aufgenommen“, sagte Dehmelt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bayern kommt damit erstmals seit 2016 auf mehr als 30 Zuschläge in einer Runde.",
        True,
        [("year", 2016, None, None), ("count", 30, None, "over")],
        None,
    ),
    (
        "de",
        "Der Bundesverband WindEnergie warnte, Engpässe bei Genehmigungen für Schwertransporte könnten den Bau vieler Anlagen verzögern.",
        False,
        [],
        None,
    ),
    # --- UK renewables auction (Reuters), Thursday, Feb 25 ---
    (
        "en",
        "LONDON, Feb 25 (Reuters) - Britain awarded subsidy contracts to 9.4 gigawatts of new offshore wind capacity in its latest renewable power auction, the government said on Thursday.",
        True,
        [("date", "--02-25", None, None), ("count", 9.4, None, None)],
        None,
    ),
    (
        "en",
        "Offshore wind farms won at a strike price of £62.80/MWh, expressed in 2024 prices, below the £73 ceiling the government had set.",
        True,
        [("money", 62.8, "GBP", None), ("year", 2024, None, None), ("money", 73, "GBP", None)],
        None,
    ),
    (
        "en",
        "In total, 131 projects with a combined capacity of 14.8 GW won contracts in the eighth allocation round, including 4.1 GW of solar and 1.3 GW of onshore wind.",
        True,
        [
            ("count", 131, None, None),
            ("count", 14.8, None, None),
            ("ordinal", 8, None, None),
            ("count", 4.1, None, None),
            ("count", 1.3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The contracts run for 20 years, up from 15 years in earlier rounds.",
        True,
        [("duration", 20, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "Energy Secretary Gideon Stalbridge said the new wind and solar farms could supply enough electricity for more than 11 million households.",
        True,
        [("count", 11000000, None, "over")],
        "Gideon Stalbridge",
    ),
    (
        "en",
        '"This is the clearest signal yet that Britain is serious about clean power," Stalbridge said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Industry group RenewableUK said the auction's budget of £1.9 billion a year was the largest yet.",
        True,
        [("money", 1900000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Critics argue the contracts lock consumers into high prices for two decades.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    # --- Netzentgelte (dpa), Freitag, 26. Februar ---
    (
        "de",
        "Berlin (dpa) - Die Netzentgelte für Strom sind für Haushaltskunden zu Jahresbeginn im bundesweiten Durchschnitt um 9,4 Prozent gesunken.",
        True,
        [("percent", 9.4, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Haushalt mit einem Verbrauch von 4.000 Kilowattstunden zahlt damit im Schnitt 421 Euro im Jahr für die Nutzung der Netze, 44 Euro weniger als 2026.",
        True,
        [
            ("count", 4000, None, None),
            ("money", 421, "EUR", None),
            ("money", 44, "EUR", None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "de",
        "Grund ist vor allem ein Zuschuss des Bundes zu den Kosten der Übertragungsnetze in Höhe von 6,5 Milliarden Euro.",
        True,
        [("money", 6500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Am stärksten sanken die Entgelte in Teilen Ostdeutschlands, wo sie für einen Musterhaushalt um bis zu 19 Prozent zurückgingen.",
        True,
        [("percent", 19, "%", "up_to")],
        None,
    ),
    (
        "de",
        "In 37 der rund 860 Netzgebiete stiegen die Entgelte dagegen, teils um mehr als 10 Prozent.",
        True,
        [("count", 37, None, None), ("count", 860, None, "about"), ("percent", 10, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Verbraucherzentrale Bundesverband sprach von einer „Entlastung mit Verfallsdatum“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "BDEW-Hauptgeschäftsführerin Annegret Brinkhege sagte, der Netzausbau werde bis 2045 Investitionen von mehr als 650 Milliarden Euro erfordern.",
        True,
        [("year", 2045, None, None), ("money", 650000000000, "EUR", "over")],
        "Annegret Brinkhege",
    ),
    (
        "de",
        "Ob der Bundeszuschuss über das Jahr 2028 hinaus fortgeführt wird, ist offen.",
        False,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Calcasieu Bend LNG (Reuters), Tuesday, March 2 ---
    (
        "en",
        "HOUSTON, March 2 (Reuters) - U.S. developer Calcasieu Bend LNG said on Tuesday it had taken a final investment decision on its $14.8 billion export terminal in Louisiana.",
        True,
        [("date", "--03-02", None, None), ("money", 14800000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The plant will be able to produce 16 million tonnes per annum (mtpa) of liquefied natural gas when its two phases are complete.",
        True,
        [("count", 16000000, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "First cargoes are expected in 2030, and about 13 mtpa of the output has been sold under 20-year contracts.",
        True,
        [("year", 2030, None, None), ("count", 13000000, None, "about"), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Travis Overholt said buyers in Germany and Japan had signed up for nearly half of the volumes.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Travis Overholt",
    ),
    (
        "en",
        '"The world is going to need American gas for a very long time," Overholt told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. LNG exports hit a record 11.9 million tonnes in January, according to ship-tracking data from Kpler.",
        True,
        [("count", 11900000, None, None)],
        None,
    ),
    (
        "en",
        'Environmental groups called the project "a climate time bomb on the Gulf Coast."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Energy Department approved the project's export licence in 2025 after a review lasting more than 18 months.",
        True,
        [("year", 2025, None, None), ("duration", 18, "month", "over")],
        None,
    ),
    # --- Rhonewerke: Jahresergebnis (awp), Dienstag, 2. März ---
    (
        "de",
        "Lausanne (awp) - Der Westschweizer Energiekonzern Rhonewerke hat im vergangenen Jahr einen Reingewinn von 486 Millionen Franken erzielt, nach 612 Millionen Franken im Vorjahr.",
        True,
        [("money", 486000000, "CHF", None), ("money", 612000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz ging um 6,2 Prozent auf 4,18 Mrd. Fr. zurück.",
        True,
        [("percent", 6.2, "%", None), ("money", 4180000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Wasserkraftwerke des Konzerns produzierten 6'940 Gigawattstunden Strom, rund ein Zehntel weniger als im Jahr davor.",
        True,
        [("count", 6940, None, None), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "de",
        "Die Preise am Terminmarkt seien deutlich gesunken, was die Erlöse aus der Absicherung der Produktion für die kommenden drei Jahre schmälere, sagte Konzernchefin Nathalie Cretton.",
        True,
        [("duration", 3, "year", None)],
        "Nathalie Cretton",
    ),
    (
        "de",
        "«Die Energiewende gibt es nicht zum Nulltarif, und wir werden unseren Beitrag leisten», sagte Cretton.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Den Aktionären beantragt der Verwaltungsrat eine Dividende von 2.50 Franken je Aktie.",
        True,
        [("money", 2.5, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bis 2035 will Rhonewerke rund 3 Mrd. Fr. in den Ausbau der Wasserkraft und in alpine Solaranlagen stecken.",
        True,
        [("year", 2035, None, None), ("money", 3000000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Stiftung für Konsumentenschutz kritisierte, die gesunkenen Beschaffungskosten kämen bei den Kunden in der Grundversorgung «viel zu spät» an.",
        False,
        [],
        None,
    ),
    # --- LNG-Terminals (dpa), Mittwoch, 3. März ---
    (
        "de",
        "Wilhelmshaven (dpa) - Über die staatlichen LNG-Terminals an der deutschen Küste sind im vergangenen Jahr 68 Milliarden Kilowattstunden Flüssigerdgas ins Netz eingespeist worden, etwa ein Zehntel mehr als 2025.",
        True,
        [("count", 68000000000, None, None), ("fraction", 0.1, None, "about"), ("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht rund 7 Prozent der deutschen Gasimporte, wie die Deutsche Energy Terminal GmbH (DET) am Mittwoch mitteilte.",
        True,
        [("percent", 7, "%", "about")],
        "die Deutsche Energy Terminal GmbH",
    ),
    (
        "de",
        "Insgesamt legten 81 Tanker an den Terminals in Wilhelmshaven und Brunsbüttel an, fast zwei Drittel davon kamen aus den USA.",
        True,
        [("count", 81, None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "DET-Geschäftsführer Hinrich Tammen sagte, für das laufende Jahr seien bereits 54 Anlandungen fest gebucht.",
        True,
        [("count", 54, None, None)],
        "Hinrich Tammen",
    ),
    (
        "de",
        "„LNG bleibt unsere Versicherung für den Ernstfall“, sagte Tammen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrechnungshof hatte die Kosten für die schwimmenden Terminals zuletzt auf knapp 9,6 Milliarden Euro für einen Zeitraum von zehn Jahren beziffert.",
        True,
        [("money", 9600000000, "EUR", "nearly"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Die Deutsche Umwelthilfe nannte die Terminals „teure Überkapazitäten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Terminal in Stade soll nach einer 14-tägigen Probephase im dritten Quartal den Betrieb aufnehmen.",
        True,
        [("duration", 14, "day", None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Kansas rate case (AP), Thursday, March 4 ---
    (
        "en",
        "TOPEKA, Kan. (AP) — Kansas regulators on Thursday approved a rate increase that will add about $11.40 a month to the typical residential electric bill of Cimarron Power & Light customers.",
        True,
        [("money", 11.4, "USD", "about")],
        None,
    ),
    (
        "en",
        "The increase, which takes effect April 1, amounts to about 7.6% and will raise an additional $186 million a year for the utility.",
        True,
        [("date", "--04-01", None, None), ("percent", 7.6, "%", "about"), ("money", 186000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Cimarron had asked for $262 million, or roughly 11%, saying it needed the money to harden its grid against storms and connect new industrial customers.",
        True,
        [("money", 262000000, "USD", None), ("percent", 11, "%", "about")],
        None,
    ),
    (
        "en",
        "The utility serves about 640,000 customers in eastern Kansas.",
        True,
        [("count", 640000, None, "about")],
        None,
    ),
    (
        "en",
        "Commission Chair Ellen Ruybalid said the panel had cut the company's requested return on equity to 9.45% from 10.5%.",
        True,
        [("percent", 9.45, "%", None), ("percent", 10.5, "%", None)],
        "Ellen Ruybalid",
    ),
    (
        "en",
        'Consumer advocates called the decision "a gift to shareholders."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"My light bill is already bigger than my grocery budget," said Darlene Tibbits, 72, a retiree in Lawrence.',
        False,
        [("duration", 72, "year", None)],
        None,
    ),
    (
        "en",
        "It is the utility's third rate increase since 2022, and it comes after 11 weeks of public hearings.",
        True,
        [("ordinal", 3, None, None), ("year", 2022, None, None), ("duration", 11, "week", None)],
        None,
    ),
    # --- Setouchi Electric reactor restart (Reuters), Thursday, March 4 ---
    (
        "en",
        "TOKYO, March 4 (Reuters) - Setouchi Electric Power said on Thursday it would restart the No. 2 reactor at its Kamishima nuclear plant in June, the 17th reactor to return to service in Japan since the 2011 Fukushima disaster.",
        True,
        [("date", "--03-04", None, None), ("ordinal", 17, None, None), ("year", 2011, None, None)],
        "Setouchi Electric Power",
    ),
    (
        "en",
        "The 870-megawatt unit has been idle since 2012.",
        True,
        [("count", 870, None, None), ("year", 2012, None, None)],
        None,
    ),
    (
        "en",
        "Its restart would cut the utility's fuel costs by about 4 billion yen a month, it said.",
        True,
        [("money", 4000000000, "JPY", "about")],
        None,
    ),
    (
        "en",
        "For the nine months to December, Setouchi posted a net profit of 61.3 billion yen ($410 million), up 22% from a year earlier.",
        True,
        [
            ("duration", 9, "month", None),
            ("money", 61300000000, "JPY", None),
            ("money", 410000000, "USD", None),
            ("percent", 22, "%", None),
        ],
        None,
    ),
    (
        "en",
        "President Hiroshi Kanemaru told reporters the company had spent more than 300 billion yen on safety upgrades at the plant.",
        True,
        [("money", 300000000000, "JPY", "over")],
        "Hiroshi Kanemaru",
    ),
    (
        "en",
        "Local residents remain divided over the restart, and several groups have filed for an injunction at the Hiroshima District Court.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Safety comes before everything else," Kanemaru said.',
        False,
        [],
        None,
    ),
    # --- Kraftwerk Wendelsdorf geht vom Netz (dpa/bb), Freitag, 5. März ---
    (
        "de",
        "Cottbus (dpa/bb) - Im Braunkohlekraftwerk Wendelsdorf in der Lausitz ist am Freitag der letzte der drei 500-Megawatt-Blöcke endgültig vom Netz gegangen.",
        True,
        [("count", 3, None, None), ("count", 500, None, None)],
        None,
    ),
    (
        "de",
        "Die Anlage hatte seit 1981 zusammen rund 290 Terawattstunden Strom erzeugt, teilte der Betreiber mit.",
        True,
        [("year", 1981, None, None), ("count", 290, None, "about")],
        "der Betreiber",
    ),
    (
        "de",
        "Der zuletzt abgeschaltete Block 3 lief im vergangenen Jahr nur noch rund 1.950 Volllaststunden.",
        True,
        [("duration", 1950, "hour", "about")],
        None,
    ),
    (
        "de",
        "Mit der Stilllegung fallen 640 Arbeitsplätze weg, knapp die Hälfte der Beschäftigten wechselt in den Rückbau oder in ein neues Gaskraftwerk am Standort.",
        True,
        [("count", 640, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Betriebsratschef Uwe Stellmacher sagte, bis zum Jahresende würden noch 212 Beschäftigte in den Vorruhestand gehen.",
        True,
        [("count", 212, None, None)],
        "Uwe Stellmacher",
    ),
    (
        "de",
        "„Für viele Familien in Wendelsdorf endet heute ein Stück Lebensgeschichte“, sagte Stellmacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Rückbau soll etwa zwölf Jahre dauern und rund 380 Millionen Euro kosten.",
        True,
        [("duration", 12, "year", "about"), ("money", 380000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Umweltverbände halten den Ausstieg in der Lausitz dennoch für viel zu langsam.",
        False,
        [],
        None,
    ),
    # --- Kooranbah closure (AAP), Friday, March 5 ---
    (
        "en",
        "SYDNEY (AAP) - Eastgate Energy will close its Kooranbah coal-fired power station in New South Wales in 2031, four years earlier than planned.",
        True,
        [("year", 2031, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The 2,640-megawatt plant supplies roughly a fifth of the state's electricity, according to market operator data.",
        True,
        [("count", 2640, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Managing director Fiona Caddick said the company would build a 1,500-megawatt battery on the site, with construction starting in 2028.",
        True,
        [("count", 1500, None, None), ("year", 2028, None, None)],
        "Fiona Caddick",
    ),
    (
        "en",
        "About 520 workers are employed at the station and the nearby mine, and Caddick said none would be made redundant before 2030.",
        True,
        [("count", 520, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        '"This region has powered the state for generations, and we owe these workers a future," Caddick said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The New South Wales government agreed in 2024 to pay the company up to A$190 million a year to keep the plant open until 2027.",
        True,
        [("year", 2024, None, None), ("money", 190000000, "AUD", "up_to"), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Unions said they feared the closure would hollow out the Hunter Valley's economy.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Coal still generated about 58% of the state's power last year, down from 81% a decade ago.",
        True,
        [("percent", 58, "%", "about"), ("percent", 81, "%", None)],
        None,
    ),
    # --- Stromerzeugung 2026 (dpa), Montag, 8. März ---
    (
        "de",
        "Berlin (dpa) - In Deutschland ist im vergangenen Jahr so wenig Strom aus Kohle erzeugt worden wie seit mehr als 60 Jahren nicht.",
        True,
        [("duration", 60, "year", "over")],
        None,
    ),
    (
        "de",
        "Braunkohlekraftwerke lieferten nach Angaben der Arbeitsgemeinschaft Energiebilanzen 64,8 Terawattstunden, Steinkohlekraftwerke 21,3 Terawattstunden.",
        True,
        [("count", 64.8, None, None), ("count", 21.3, None, None)],
        "die Arbeitsgemeinschaft Energiebilanzen",
    ),
    (
        "de",
        "Der Anteil der erneuerbaren Energien am Bruttostromverbrauch stieg um 2,6 Prozentpunkte auf 58,1 Prozent.",
        True,
        [("percent", 2.6, "pp", None), ("percent", 58.1, "%", None)],
        None,
    ),
    (
        "de",
        "Windräder an Land und auf See erzeugten zusammen 141 Milliarden Kilowattstunden, Solaranlagen rund 82 Milliarden Kilowattstunden.",
        True,
        [("count", 141000000000, None, None), ("count", 82000000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die gesamte Bruttostromerzeugung lag bei 489 TWh, knapp 1 Prozent weniger als im Vorjahr.",
        True,
        [("count", 489, None, None), ("percent", 1, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Deutschland importierte per Saldo 27 Terawattstunden Strom, vor allem aus Frankreich, Dänemark und Norwegen.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "An 512 Stunden rutschte der Börsenstrompreis ins Minus, nach 468 Stunden im Jahr davor.",
        True,
        [("duration", 512, "hour", None), ("duration", 468, "hour", None)],
        None,
    ),
    (
        "de",
        "„Der Strommix wird grüner, aber das Netz hält mit dem Tempo nicht Schritt“, sagte die Vorsitzende der Arbeitsgemeinschaft, Hedwig Rautenstrauch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fachleute erwarten, dass der Kohleanteil im laufenden Jahr weiter sinkt.",
        False,
        [],
        None,
    ),
    # --- Spain's solar month (Reuters), Monday, March 8 ---
    (
        "en",
        "MADRID, March 8 (Reuters) - Solar panels were Spain's largest source of electricity in February for the first time in a winter month, grid operator Red Electrica said on Monday.",
        True,
        [("date", "--03-08", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Solar plants produced 5,310 gigawatt hours, or 24.6% of the total, ahead of wind at 22.9% and nuclear at 19.4%.",
        True,
        [
            ("count", 5310, None, None),
            ("percent", 24.6, "%", None),
            ("percent", 22.9, "%", None),
            ("percent", 19.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Spain's installed solar capacity has grown to about 42 GW, roughly a third of which sits on rooftops.",
        True,
        [("count", 42, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Wholesale prices averaged 38.20 euros per megawatt hour in the month and were negative for 214 hours.",
        True,
        [("money", 38.2, "EUR", None), ("duration", 214, "hour", None)],
        None,
    ),
    (
        "en",
        "The government wants renewables to supply 79% of power generation by 2030.",
        True,
        [("percent", 79, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Utilities complain that low daytime prices are making new solar projects unprofitable.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1,900 megawatts of solar capacity was curtailed on Feb. 14, the highest for a single day, according to Red Electrica data.",
        True,
        [("count", 1900, None, "about"), ("date", "--02-14", None, None)],
        None,
    ),
    (
        "en",
        "The grid operator plans to double annual investment to about 2 billion euros by 2028 to ease congestion in the south.",
        True,
        [("money", 2000000000, "EUR", "about"), ("year", 2028, None, None)],
        None,
    ),
    # --- Strompreise in Österreich (APA), Montag, 8. März ---
    (
        "de",
        "Wien (APA) - Ein durchschnittlicher Haushalt in Österreich zahlt heuer für Strom rund 1.060 Euro im Jahr, um 5,3 Prozent mehr als 2026.",
        True,
        [("money", 1060, "EUR", "about"), ("percent", 5.3, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Grund sind vor allem die mit 1. Jänner um durchschnittlich 11,7 Prozent gestiegenen Netzentgelte, teilte die E-Control am Montag mit.",
        True,
        [("date", "--01-01", None, None), ("percent", 11.7, "%", None)],
        "die E-Control",
    ),
    (
        "de",
        "In Vorarlberg stiegen die Entgelte am stärksten, um fast ein Viertel, in Wien am geringsten.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Anteil der Netzkosten an der Stromrechnung liegt damit bei knapp 38 Prozent.",
        True,
        [("percent", 38, "%", "nearly")],
        None,
    ),
    (
        "de",
        "E-Control-Vorstand Alfons Gretzmacher sagte, wer den Anbieter wechsle, könne im Schnitt noch immer rund 240 Euro im Jahr sparen.",
        True,
        [("money", 240, "EUR", "about")],
        "Alfons Gretzmacher",
    ),
    (
        "de",
        "„Jeder, der nicht vergleicht, verschenkt Geld“, sagte Gretzmacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer forderte, die Netzkosten künftig stärker aus dem Bundesbudget zu finanzieren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die Regierung die Elektrizitätsabgabe wieder senkt, ist offen.",
        False,
        [],
        None,
    ),
    # --- Ofgem network charges (PA), Tuesday, March 9 ---
    (
        "en",
        "LONDON (PA) - Network charges will add an average of £342 a year to a typical dual-fuel household bill from April, up from £298, Ofgem has said.",
        True,
        [("money", 342, "GBP", None), ("money", 298, "GBP", None)],
        "Ofgem",
    ),
    (
        "en",
        "The regulator has approved £24 billion of investment in the electricity transmission network over the five years to 2031.",
        True,
        [("money", 24000000000, "GBP", None), ("duration", 5, "year", None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "Charges for electricity networks alone will rise by about 14%, while gas network costs fall by 3%.",
        True,
        [("percent", 14, "%", "about"), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "It said the spending would connect more than 80 new offshore wind farms and upgrade about 4,500 miles of overhead lines.",
        True,
        [("count", 80, None, "over"), ("count", 4500, None, "about")],
        None,
    ),
    (
        "en",
        'Citizens Advice called the rise "another blow for households already stretched to breaking point."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Networks director Rupert Aldwinckle said every £1 spent on the grid now would save consumers about £2 over the coming decade.",
        True,
        [("money", 1, "GBP", None), ("money", 2, "GBP", "about")],
        "Rupert Aldwinckle",
    ),
    (
        "en",
        "Whether the extra cost will be offset by lower wholesale prices remains unclear.",
        False,
        [],
        None,
    ),
    # --- Frankenstrom senkt Preise (dpa/lby), Dienstag, 9. März ---
    (
        "de",
        "Bamberg (dpa/lby) - Der Regionalversorger Frankenstrom senkt zum 1. April die Strompreise für rund 260.000 Haushalte in Oberfranken.",
        True,
        [("date", "--04-01", None, None), ("count", 260000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Arbeitspreis in der Grundversorgung sinkt von 36,4 auf 31,9 Cent pro Kilowattstunde brutto, der Grundpreis bleibt mit 14,50 Euro im Monat unverändert.",
        True,
        [("money", 0.364, "EUR", None), ("money", 0.319, "EUR", None), ("money", 14.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für einen Drei-Personen-Haushalt mit 2.500 Kilowattstunden Jahresverbrauch bedeutet das eine Ersparnis von rund 112 Euro im Jahr.",
        True,
        [("count", 3, None, None), ("count", 2500, None, None), ("money", 112, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Es ist bereits die dritte Preissenkung binnen 15 Monaten.",
        True,
        [("ordinal", 3, None, None), ("duration", 15, "month", None)],
        None,
    ),
    (
        "de",
        "Geschäftsführerin Ilona Schwarzkopp sagte, der Versorger gebe damit gesunkene Beschaffungskosten vollständig an die Kunden weiter.",
        True,
        [],
        "Ilona Schwarzkopp",
    ),
    (
        "de",
        "„Wir haben versprochen, fair zu sein, und wir halten Wort“, sagte Schwarzkopp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auch der Gaspreis sinkt zum selben Datum, um 0,8 Cent auf 10,2 Cent je Kilowattstunde.",
        True,
        [("money", 0.008, "EUR", None), ("money", 0.102, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Vergleichsportals Verivox liegt Frankenstrom trotz der Senkung noch knapp 4 Cent über dem günstigsten Angebot in der Region.",
        True,
        [("money", 0.04, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Verbraucherschützer raten Kunden in der Grundversorgung dennoch zu einem Vergleich.",
        False,
        [],
        None,
    ),
    # --- Data centers drive utility spending (AP), Wednesday, March 10 ---
    (
        "en",
        "RICHMOND, Va. (AP) — Piedmont Valley Power plans to spend $58 billion over the next five years to meet surging electricity demand from data centers, the utility said Wednesday.",
        True,
        [("money", 58000000000, "USD", None), ("duration", 5, "year", None)],
        "the utility",
    ),
    (
        "en",
        "The company expects peak demand in its territory to climb by nearly 40% by 2035, driven largely by more than 450 data centers in northern Virginia.",
        True,
        [("percent", 40, "%", "nearly"), ("year", 2035, None, None), ("count", 450, None, "over")],
        None,
    ),
    (
        "en",
        "It plans to add about 5.9 gigawatts of new gas-fired plants and 3 gigawatts of batteries, along with offshore wind and small nuclear reactors.",
        True,
        [("count", 5.9, None, "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "CEO Lorraine Ashby-Kern said residential customers would see monthly bills rise by about $9 next year, to roughly $171.",
        True,
        [("money", 9, "USD", "about"), ("money", 171, "USD", "about")],
        "Lorraine Ashby-Kern",
    ),
    (
        "en",
        '"We are building the grid this region will need for generations, and we make no apology for that," Ashby-Kern said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Data centers already account for about a quarter of the electricity the utility sells in Virginia.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Some lawmakers have questioned whether households should pay for grid upgrades that mainly serve tech companies.",
        False,
        [],
        None,
    ),
    (
        "en",
        "State regulators will hold hearings on the plan in September.",
        True,
        [],
        None,
    ),
    # --- Mittelnetz investiert (dpa-AFX), Mittwoch, 10. März ---
    (
        "de",
        "Hannover (dpa-AFX) - Der Verteilnetzbetreiber Mittelnetz will bis 2032 rund 14 Milliarden Euro in seine Stromnetze investieren, fast doppelt so viel wie in den vergangenen sechs Jahren.",
        True,
        [
            ("year", 2032, None, None),
            ("money", 14000000000, "EUR", "about"),
            ("count", 2, None, "nearly"),
            ("duration", 6, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Allein im vergangenen Jahr seien mehr als 61.000 Anschlussanfragen für Solaranlagen, Wärmepumpen, Ladepunkte und Batteriespeicher eingegangen, sagte Netzvorstand Jörg Pfannkuche.",
        True,
        [("count", 61000, None, "over")],
        "Jörg Pfannkuche",
    ),
    (
        "de",
        "Für Großbatteriespeicher liegen dem Unternehmen inzwischen Anfragen über zusammen 48 Gigawatt vor, mehr als das Vierfache der Spitzenlast im Netzgebiet.",
        True,
        [("count", 48, None, None), ("count", 4, None, "over")],
        None,
    ),
    (
        "de",
        "„Wir bauen das Netz für ein Land, das es so noch nicht gibt“, sagte Pfannkuche.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mittelnetz betreibt rund 158.000 Kilometer Leitungen und versorgt gut 7 Millionen Menschen.",
        True,
        [("count", 158000, None, "about"), ("count", 7000000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Netzbetreiber kritisieren seit Langem die Eigenkapitalzinsen der Bundesnetzagentur als zu niedrig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesnetzagentur hat die Verzinsung für neue Investitionen ab 2029 auf 6,84 Prozent festgelegt.",
        True,
        [("year", 2029, None, None), ("percent", 6.84, "%", None)],
        None,
    ),
    # --- India solar-plus-storage auction (Reuters), Wednesday, March 10 ---
    (
        "en",
        "NEW DELHI, March 10 (Reuters) - India's state-run Solar Energy Corporation of India (SECI) awarded 2,000 megawatts of solar-plus-storage capacity at a record low tariff of 2.94 rupees ($0.035) per kilowatt-hour on Wednesday.",
        True,
        [
            ("date", "--03-10", None, None),
            ("count", 2000, None, None),
            ("money", 2.94, "INR", None),
            ("money", 0.035, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Twelve developers bid for a combined 6.4 GW, more than three times the capacity on offer.",
        True,
        [("count", 12, None, None), ("count", 6.4, None, None), ("count", 3, None, "over")],
        None,
    ),
    (
        "en",
        "India added a record 31.5 GW of solar capacity in the fiscal year that ends this month, according to the Ministry of New and Renewable Energy.",
        True,
        [("count", 31.5, None, None)],
        "the Ministry of New and Renewable Energy",
    ),
    (
        "en",
        "More than 50 GW of awarded projects have yet to sign power purchase agreements with state distributors, analysts estimate.",
        True,
        [("count", 50, None, "over")],
        None,
    ),
    (
        "en",
        "Analysts at Mercom said tariffs this low could leave developers with thin margins if panel prices rise.",
        False,
        [],
        None,
    ),
    (
        "en",
        "In Rajasthan, about 8 GW of finished solar parks cannot send their full output to the grid because transmission lines are lacking.",
        True,
        [("count", 8, None, "about")],
        None,
    ),
    (
        "en",
        "Developers fear that delays in signing supply agreements could strand finished projects.",
        False,
        [],
        None,
    ),
    # --- Schweizer Stromstatistik (Keystone-SDA), Donnerstag, 11. März ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Kraftwerke haben im vergangenen Jahr 69,8 Milliarden Kilowattstunden Strom produziert, 3,1 Prozent weniger als im Rekordjahr davor.",
        True,
        [("count", 69800000000, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wasserkraft steuerte gut 57 Prozent der Produktion bei, die Kernenergie knapp 33 Prozent, teilte das Bundesamt für Energie (BFE) mit.",
        True,
        [("percent", 57, "%", "over"), ("percent", 33, "%", "nearly")],
        "das Bundesamt für Energie",
    ),
    (
        "de",
        "Die Photovoltaik legte um fast 30 Prozent auf 7'120 Gigawattstunden zu.",
        True,
        [("percent", 30, "%", "nearly"), ("count", 7120, None, None)],
        None,
    ),
    (
        "de",
        "Im Winterhalbjahr musste die Schweiz netto 4,6 Terawattstunden importieren, im Sommer exportierte sie 9,9 Terawattstunden.",
        True,
        [("count", 4.6, None, None), ("count", 9.9, None, None)],
        None,
    ),
    (
        "de",
        "Die Netzgesellschaft Swissgrid kündigte an, ihre Tarife für 2028 um durchschnittlich 0,3 Rappen pro Kilowattstunde zu senken.",
        True,
        [("year", 2028, None, None), ("money", 0.003, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Die Versorgungssicherheit im Winter bleibt die grosse Baustelle», sagte BFE-Direktorin Franziska Stähli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Bund die Winterreserve auch nach 2030 ausschreibt, liess das BFE offen.",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Krk LNG terminal (Reuters), Thursday, March 11 ---
    (
        "en",
        "ZAGREB, March 11 (Reuters) - Croatia will expand its floating LNG terminal on the island of Krk to handle 7.4 bcm a year by 2029, operator LNG Hrvatska said on Thursday.",
        True,
        [("date", "--03-11", None, None), ("count", 7400000000, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The terminal received 74 cargoes last year and sent out 3.6 billion cubic metres of gas, nearly two-thirds of it to Hungary, Slovenia and Austria.",
        True,
        [("count", 74, None, None), ("count", 3600000000, None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "The expansion will cost about 95 million euros, a quarter of which will come from EU funds.",
        True,
        [("money", 95000000, "EUR", "about"), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "Economy Minister Tomislav Barić said the terminal had run at about 92% of capacity since it opened in 2021.",
        True,
        [("percent", 92, "%", "about"), ("year", 2021, None, None)],
        "Tomislav Barić",
    ),
    (
        "en",
        '"Krk has turned Croatia from a buyer into a gateway," Barić said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Hungarian state-owned trader has booked 1.5 bcm a year of the new capacity for 15 years.",
        True,
        [("count", 1500000000, None, None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "Regional traders said it was not yet clear whether the pipeline link to Slovenia could handle the extra volumes.",
        False,
        [],
        None,
    ),
    # --- Stadtwerke Ostheimbach (dpa/lsw), Donnerstag, 11. März ---
    (
        "de",
        "Ostheimbach (dpa/lsw) - Die Stadtwerke Ostheimbach stellen ihr Heizkraftwerk nach 56 Jahren von Kohle auf Gas um.",
        True,
        [("duration", 56, "year", None)],
        None,
    ),
    (
        "de",
        "Der Umbau kostet rund 240 Millionen Euro und soll bis zum 30. September 2029 abgeschlossen sein, hieß es.",
        True,
        [("money", 240000000, "EUR", "about"), ("date", "2029-09-30", None, None)],
        None,
    ),
    (
        "de",
        "Die beiden neuen Gasmotoren und eine Großwärmepumpe sollen zusammen 118 Megawatt Wärme liefern.",
        True,
        [("count", 118, None, None)],
        None,
    ),
    (
        "de",
        "Damit sinkt der CO2-Ausstoß des Kraftwerks nach Berechnungen der Stadtwerke um etwa 310.000 Tonnen im Jahr, also um rund zwei Drittel.",
        True,
        [("count", 310000, None, "about"), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 42.000 Haushalte in Ostheimbach sind an das Fernwärmenetz angeschlossen.",
        True,
        [("count", 42000, None, "about")],
        None,
    ),
    (
        "de",
        "Oberbürgermeisterin Gudrun Salzmann sagte, die Fernwärmepreise würden durch den Umbau um höchstens 6 Prozent steigen.",
        True,
        [("percent", 6, "%", "at_most")],
        "Gudrun Salzmann",
    ),
    (
        "de",
        "Kritiker fürchten, dass die Kunden am Ende deutlich mehr bezahlen müssen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land fördert das Projekt mit 31 Millionen Euro.",
        True,
        [("money", 31000000, "EUR", None)],
        None,
    ),
    # --- Australian default offers (AAP), Friday, March 12 ---
    (
        "en",
        "MELBOURNE (AAP) - Electricity bills for households on default plans in New South Wales, Queensland and South Australia will fall by between 2% and 7% from July 1, the Australian Energy Regulator said on Friday.",
        True,
        [("percent", 2, "%", None), ("percent", 7, "%", None), ("date", "--07-01", None, None)],
        "the Australian Energy Regulator",
    ),
    (
        "en",
        "A typical household in Sydney will pay about A$1,835 a year, down A$104, according to the regulator's draft decision.",
        True,
        [("money", 1835, "AUD", "about"), ("money", 104, "AUD", None)],
        None,
    ),
    (
        "en",
        "South Australian customers will still pay the most, at about 43 cents per kilowatt hour for their usage charges.",
        True,
        [("money", 0.43, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Lower wholesale prices and network costs were the main reasons for the cuts, the regulator's chair said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Small businesses will see their bills drop by up to 9%.",
        True,
        [("percent", 9, "%", "up_to")],
        None,
    ),
    (
        "en",
        'The St Vincent de Paul Society said the cuts would "barely touch the sides" for families already in debt to their retailers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1.1 million households were on default market offers at the end of last year, roughly one in eight in those states.",
        True,
        [("count", 1100000, None, "about"), ("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "en",
        "Retailers have until May 12 to comment on the draft decision.",
        True,
        [("date", "--05-12", None, None)],
        None,
    ),
    # --- Ausschreibung Solar (dpa), Freitag, 12. März ---
    (
        "de",
        "Bonn (dpa) - Die Ausschreibung für Solaranlagen auf Freiflächen zum Gebotstermin 1. März war mehr als dreifach überzeichnet.",
        True,
        [("date", "--03-01", None, None), ("count", 3, None, "over")],
        None,
    ),
    (
        "de",
        "Bei einem Volumen von 2.150 Megawatt gingen 688 Gebote über zusammen 7.240 Megawatt ein, teilte die Bundesnetzagentur am Freitag mit.",
        True,
        [("count", 2150, None, None), ("count", 688, None, None), ("count", 7240, None, None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Die Zuschlagswerte lagen zwischen 3,98 und 5,10 Cent je Kilowattstunde, im Mittel bei 4,52 Cent.",
        True,
        [("money", 0.0398, "EUR", None), ("money", 0.051, "EUR", None), ("money", 0.0452, "EUR", None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Zuschlag ging an Projekte mit einem Batteriespeicher am selben Standort.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Auf Bayern entfielen 241 Zuschläge, mehr als auf alle anderen Länder zusammen.",
        True,
        [("count", 241, None, None)],
        None,
    ),
    (
        "de",
        "„Die Sonne hat in Deutschland endgültig das Kommando übernommen“, sagte ein Sprecher des Bundesverbands Solarwirtschaft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bauernvertreter beklagten einen „Flächenfraß zulasten der heimischen Lebensmittelerzeugung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2017 hat die Behörde in dem Segment Zuschläge für mehr als 21 Gigawatt erteilt.",
        True,
        [("year", 2017, None, None), ("count", 21, None, "over")],
        None,
    ),
    # --- U.S. coal retirements (Reuters), Tuesday, March 16 ---
    (
        "en",
        "WASHINGTON, March 16 (Reuters) - U.S. utilities expect to shut 8.3 gigawatts of coal-fired generating capacity this year, the most since 2022, the Energy Information Administration said on Tuesday.",
        True,
        [("date", "--03-16", None, None), ("count", 8.3, None, None), ("year", 2022, None, None)],
        "the Energy Information Administration",
    ),
    (
        "en",
        "Developers expect to add a record 71 GW of new capacity in 2027, including 34 GW of solar and 19 GW of batteries.",
        True,
        [("count", 71, None, None), ("year", 2027, None, None), ("count", 34, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Natural gas plants generated about 40% of U.S. electricity last year, coal 15% and nuclear just under 18%.",
        True,
        [("percent", 40, "%", "about"), ("percent", 15, "%", None), ("percent", 18, "%", "nearly")],
        None,
    ),
    (
        "en",
        "Coal's share has fallen by more than half since 2010.",
        True,
        [("fraction", 0.5, None, "over"), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        "Total U.S. generation rose 2.8% to 4,310 terawatt hours, the agency said.",
        True,
        [("percent", 2.8, "%", None), ("count", 4310, None, None)],
        "the agency",
    ),
    (
        "en",
        "Coal industry groups argue the retirements threaten grid reliability during winter storms.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The administration has ordered at least four coal plants to keep running past their planned closure dates using emergency powers.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    (
        "en",
        "How many of the orders would hold up in court was not immediately clear.",
        False,
        [],
        None,
    ),
    # --- Weserport Gas: Bilanz (Reuters), Donnerstag, 18. März ---
    (
        "de",
        "Düsseldorf (Reuters) - Der Gasimporteur Weserport Gas ist im vergangenen Jahr in die Verlustzone gerutscht und hat ein Minus von 620 Millionen Euro ausgewiesen.",
        True,
        [("money", 620000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Jahr zuvor hatte der Konzern noch einen Gewinn von 1,1 Milliarden Euro erzielt.",
        True,
        [("money", 1100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Belastet hätten vor allem Abschreibungen auf langfristige LNG-Lieferverträge in Höhe von 1,4 Milliarden Euro, sagte ein Konzernsprecher.",
        True,
        [("money", 1400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen beliefert rund 450 Stadtwerke und Industriekunden mit zusammen knapp 190 Terawattstunden Gas im Jahr.",
        True,
        [("count", 450, None, "about"), ("count", 190, None, "nearly")],
        None,
    ),
    (
        "de",
        "Weserport hat einen 20-jährigen Liefervertrag mit einem Exporteur in Louisiana über jährlich 1,5 Millionen Tonnen LNG unterzeichnet.",
        True,
        [("duration", 20, "year", None), ("count", 1500000, None, None)],
        None,
    ),
    (
        "de",
        "Konzernchef Sebastian Rehbock sagte, die Beschaffung sei damit bis 2040 zu etwa einem Drittel über langfristige Verträge abgesichert.",
        True,
        [("year", 2040, None, None), ("fraction", 0.3333, None, "about")],
        "Sebastian Rehbock",
    ),
    (
        "de",
        "„Das Schlimmste liegt hinter uns“, sagte Rehbock.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Dividende soll es erneut nicht geben.",
        True,
        [],
        None,
    ),
    # --- Norrström Kraft results (Reuters), Thursday, March 18 ---
    (
        "en",
        "STOCKHOLM, March 18 (Reuters) - Swedish utility Norrström Kraft reported a 24% drop in annual underlying operating profit to 18.7 billion Swedish crowns ($1.79 billion) on Thursday.",
        True,
        [
            ("date", "--03-18", None, None),
            ("percent", 24, "%", None),
            ("money", 18700000000, "SEK", None),
            ("money", 1790000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Its nuclear reactors produced 47.2 TWh of electricity, the second-highest level on record, while hydropower output fell by about a tenth.",
        True,
        [("count", 47.2, None, None), ("ordinal", 2, None, None), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "en",
        "Finance chief Karin Söderkvist said 600 positions, or about 4% of staff, would go within two years.",
        True,
        [("count", 600, None, None), ("percent", 4, "%", "about"), ("duration", 2, "year", None)],
        "Karin Söderkvist",
    ),
    (
        "en",
        '"A weaker year does not change our long-term course," Söderkvist said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The board proposed a dividend of 5.50 crowns per share, unchanged from last year.",
        True,
        [("money", 5.5, "SEK", None)],
        None,
    ),
    (
        "en",
        "Norrström plans to decide by the end of 2028 whether to build two new reactors at its Ringdal site.",
        True,
        [("year", 2028, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Unions said they had not been consulted on the job cuts.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Some analysts doubt the government will deliver the loan guarantees the project would need before 2035.",
        False,
        [("year", 2035, None, None)],
        None,
    ),
]
