"""Hundred-and-twenty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, storms and figures are
made up (Konrad Wieselthaler, Tobias Hartenstein, Werner Quast, Olivier Chappuis, Annika
Rothgang, Tauernstrom, Michaela Strobl-Hainisch, Bernhard Kollmitzer, Rhonewatt, Daniel
Schwendimann; Veldhoven Energy Research, Ingrid Haavik, Maureen Tallis, Marcia Delgado,
Kestrel Energy, Alastair Brennock, Harcourt Ridge, Deshawn Pruitt, Storm Fenella, Elspeth
Munro, Tomasz Wierzbicki, Baltmar Analytics, Priya Kandola, the charity Warm Homes Alliance,
Rosa Villanueva); office-holders who would be real people (the Austrian energy minister,
the ElCom's president, the president of the Stiftung für Konsumentenschutz, the BDEW's chief
executive, Ofgem's chief executive, the Energy Secretary, the governor of Texas, the
executive heads of National Energy Action, the European Heat Pump Association and the
National Energy Assistance Directors Association) appear only by office, and the named
officials are invented. Real regulators, grid operators, agencies, associations, markets and
places ("E-Control", "Bundesnetzagentur", "ElCom", "Bundesamt für Energie", "Statistik
Austria", "Volkshilfe", "Arbeiterkammer", "Geosphere Austria", "Bundesheer", "Deutsches
Pelletinstitut", "Verivox", "Bundesverband Wärmepumpe", "Bundesverband der Deutschen
Heizungsindustrie", "KfW", "Bundesverband der Energie- und Wasserwirtschaft", "BDEW",
"Smard", "Stiftung für Konsumentenschutz", "TTF", "Haidach", "Birr", "Plöckenpass",
"Kötschach-Mauthen", "Leubnitz", "Sous-Gare"; "Gas Infrastructure Europe", "Gassco",
"Kpler", "Ofgem", "National Energy Action", "Energy UK", "Energy Information
Administration", "Low Income Home Energy Assistance Program", "Cornwall Insight", "Which?",
"PowerOutage.us", "Oklahoma Gas and Electric", "National Weather Service", "NESO", "Montel",
"INES", "SSEN", "Scottish Government", "Electric Reliability Council of Texas", "ERCOT",
"Waha hub", "European Heat Pump Association", "FTSE 250", "Warm Homes Plan", "National
Energy Assistance Directors Association", "European Commission") stand for the way wire
copy names them; every storage level, price, cap, tariff, fee, bill, debt, outage, record,
sale, result and quote here is invented, and where a real figure came to mind it was
changed.

Its weight: ENERGY PRICES, HEATING AND POWER GRIDS OVER ONE WINTER in story order (October
to March of one heating season), each story told as wire copy runs it (a dateline lead, the
figures, attributed claims and the other side's reply, quotes, follow-ups), the German and
English stories interleaved by date. Half German (APA with the E-Control, dpa with the
Bundesnetzagentur, Keystone-SDA with the ElCom; Austrian "mit 1. Jänner", "heuer",
"Anrainer", "Pensionistin", "um 19 Prozent weniger", Swiss "7'850", "41'000", "4500
Kilowattstunden", "1233 Franken", "Rappen", "Grössenordnung", "Grossprojekten", "liess",
«» quotes, German „“ quotes): the Austrian gas storage at the start of the heating season
with its strategic reserve and the TTF price, the German storage with the Bundesnetzagentur
and the end of the storage levy, the Swiss reservoirs and the hydropower reserve with its
surcharge in Rappen, heating oil and pellet prices, energy poverty in Austria with the
heating allowances, a blackout in Lausanne, the Austrian grid fees for the new year, a fire
in a Dresden substation with households and hours without power, the Swiss tariffs from 1
January, the cold spell draining German storage, snow bringing down lines in Carinthia, heat
pump sales in Germany, an Austrian utility's results with the windfall levy, a March solar
record and the winter's wind output, a Swiss utility's results, and the Austrian supplier
switching record. Half English (Reuters, PA, AP): EU gas storage on Oct 1, household energy
debt with Ofgem, winter heating bills with the EIA, a supplier's half-year results, the
Ofgem price cap for January to March with unit rates and standing charges, an ice storm in
Oklahoma, a wind record in Britain, a cold snap lifting gas prices, a storm cutting power in
northern Scotland with compensation, a Texas winter demand record, European heat pump sales,
the Ofgem cap for April to June, utility debt in the U.S., fuel poverty in England and EU
storage at the end of the winter. Figures as such copy has them: storage levels in percent
and energy in terawatt and gigawatt hours, capacity and output in gigawatts and megawatts,
gas in cubic metres and tonnes, wholesale prices per megawatt hour (one of them negative),
retail prices per kilowatt hour in Cent, Rappen and pence ("4,9 Cent je Kilowattstunde
netto", "0,23 Rappen pro Kilowattstunde", "27.31p per kilowatt hour", "6.04p/kWh"),
standing charges per day, price caps and bills per year in pounds, euros, francs and
dollars, heating oil per 100 litres and pellets per tonne, grid fees and their rises,
subsidies and allowances, debts and arrears, households and customers without power with
the hours and days ("knapp zweieinhalb Stunden", "nach knapp siebenstündiger
Unterbrechung", "mehr als eineinhalb Tage", "for up to five days"), temperatures below zero
("minus 19 Grad", "minus 14 degrees Celsius"), records, heat pump sales and grants, energy
poverty in shares ("knapp jeder achte Haushalt", "gut jede fünfte", "roughly one in six
homes", "almost one in five"), utilities' profits, revenue, dividends and share prices,
datelines and dates. Negatives as such copy has them: ministers', regulators' and grid
operators' reassurances without figures (also in Konjunktiv I and as an unfigured
forecast), consumer groups', charities' and unions' labels, households' complaints and
vox pops (with their ages), rhetorical questions with figures, advice and appeals, verdicts
with "hält ... für", an executive's and an analyst's verdicts, forecasts and market colour
without figures, open questions, and scene colour.

241 rows (122 German, 119 English), 57 negatives (28 German, 29 English), 184 check-worthy
rows of which 7 carry no figure (6 German, 1 English), 315 expected quantities (97 counts,
78 amounts of money - 30 EUR, 25 GBP, 12 CHF, 11 USD -, 57 percentages - 1 of them in
percentage points -, 27 durations, 20 fractions, 15 years, 13 dates, 8 ordinals; 14 of them
in ten negatives, as the seventeenth batch labels a figure in a negative), 55 checked
speakers (28 German, 27 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact or a cause are check-worthy with the speaker their own attribution gives
  ("Die Ursache sei ein defekter Transformator gewesen, sagte Betriebsleiter Olivier
  Chappuis." -> "Olivier Chappuis", "Unter der Last des Nassschnees seien zahlreiche Bäume
  auf Leitungen gestürzt, teilte der Netzbetreiber mit." -> "der Netzbetreiber", "Grund
  seien vor allem gesunkene Großhandelspreise ..., sagte Finanzvorständin Michaela
  Strobl-Hainisch.", "Verbandschefin Annika Rothgang sagte, vor allem die staatliche
  Förderung von bis zu 65 Prozent der Kosten habe den Markt belebt.", "Ein Drittel der neuen
  Geräte stamme inzwischen aus deutscher Produktion, so Rothgang." -> "Rothgang", "Wer im
  Winter gewechselt habe, spare im Schnitt rund 310 Euro im Jahr, sagte E-Control-Vorstand
  Wieselthaler." -> "Wieselthaler"; "Rund 70 Prozent des eingelagerten Gases stammten
  inzwischen aus Norwegen, sagte er." with the pronoun unchecked; hundred-fourteenth to
  hundred-eighteenth), while a Konjunktiv I verdict or reassurance is a negative ("...,
  ohne den Netzausbau sei die Energiewende „schlicht nicht zu haben“.", "..., eine
  Gasmangellage sei „nicht in Sicht“.", "..., Deutschland sei „gut vorbereitet“ in die
  Heizperiode gegangen."; hundred-seventeenth, hundred-twenty-first). Quoted facts are
  check-worthy with their speaker, also with a verdict around them (hundred-nineteenth):
  „Wir haben unsere Preise für Haushaltskunden seit dem Sommer zweimal gesenkt“ ("Bernhard
  Kollmitzer", count 2 as the issue's "viermal"), ""This is welcome news, but bills are
  still more than £500 higher than before the energy crisis,"" ("Priya Kandola", 500 GBP
  "over" - "higher" after the figure compares).
- New: a reassurance without a figure is a negative whoever gives it - a minister, a
  regulator's head or a grid operator - quoted, reported or as an unfigured forecast (the
  task's "ministers' reassurances without figures"; ninety-eighth: resolve and reassurance;
  forty-seventh: forecasts without a figure): "E-Control-Vorstand Konrad Wieselthaler sagte,
  die Vorräte reichten auch bei einem sehr kalten Winter bis ins Frühjahr.", „Niemand in
  diesem Land muss sich vor einem kalten Winter fürchten“, "The grid operator, known as
  ERCOT, said it was "confident" the system would hold and urged Texans not to panic.", "The
  Energy Secretary said the government was "on the side of bill payers" ...", "... said the
  fall showed the government's plan was "working for families.""; a conditional one keeps
  its reference year labelled and stays a negative ("Selbst wenn der Februar so kalt werde
  wie 2012, reichten die Vorräte nach Einschätzung der Behörde bis in den April." 2012;
  hundred-seventeenth: conditionals without a figure). Forecasts with a figure are
  check-worthy (seventh, hundred-nineteenth, hundred-twenty-second): "Cornwall Insight expects
  the cap to fall by about 4% in April, ...", "Utility crews warned that some customers could
  be without power for up to five days ...", "About 4,800 homes ... could remain cut off
  until Monday, ...", "Temperatures in Berlin and Warsaw were forecast to fall to minus 14
  degrees Celsius ...", "The average household energy bill this winter is expected to reach
  $976, ...", "... will require about 58 billion cubic metres of injections ...", "Für das
  laufende Jahr rechnet der Verband mit einem Absatz zwischen 280.000 und 310.000 Geräten."
  (both, "zwischen" no hedge), "The government said its Warm Homes Plan would upgrade up to
  300,000 homes a year ..." ("a year" none).
- Check-worthy without a figure: stated causes of a blackout, of an outage in the snow and of
  a fall in profit (ninety-eighth, hundred-thirteenth), an investigation under way ("Die
  Polizei schließt Brandstiftung nicht aus, der Staatsschutz ermittelt."; twenty-seventh), a
  record stated without a figure ("Erstmals wurden damit ... mehr Wärmepumpen als
  Gasheizungen eingebaut."; forty-first: a checkable record; "Erstmals" none) and rail
  services suspended for a day (an event). New: "Nach Angaben des Netzbetreibers entstand ein
  Schaden in Höhe eines mittleren einstelligen Millionenbetrags." is check-worthy and carries
  no amount - "eines mittleren einstelligen Millionenbetrags" is a vague magnitude, as
  "mehrere Hunderttausend Franken" (hundred-eighteenth) and "Dutzende" (seventeenth) - with
  "Nach Angaben des Netzbetreibers" -> "der Netzbetreiber" (hundred-seventeenth: "nach
  Angaben des Betriebsrats"). New, by the same rule: "In drei Bundesländern steigen die
  Entgelte zweistellig, ..." carries count 3 and nothing for "zweistellig".
- Energy, capacity, gas and snow are counts of the figure as written (fifty-seventh): "rund
  88 Terawattstunden" "about", "Knapp 20 Terawattstunden" "nearly", "knapp 240
  Terawattstunden", "1.412 Gigawattstunden", "rund 7'850 Gigawattstunden" (Swiss apostrophe,
  tenth), "320 Gigawattstunden", "280 Megawatt", "netto 2,9 Terawattstunden" ("netto" no
  hedge), "20.000 Kilowattstunden", "3.500 Kilowattstunden", "4500 Kilowattstunden" (Swiss
  copy without a separator, as "6000 Gigawattstunden"), "mehr als 52 Gigawatt", "78,4
  Terawattstunden", "28,6 Terawattstunden", "18,2 ... 9,4 Terawattstunden", "about 1,060
  terawatt hours, against 1,082 TWh", "a record 23.1 gigawatts" ("a record" no hedge,
  twenty-third), "22.5 GW", "about 32 GW", "below 1 GW" "under", "1,390 gigawatt hours",
  "81,340 megawatts", "78,900 megawatts", "about 11,000 megawatts"; "329 million cubic
  metres per day" 329,000,000 and "about 58 billion cubic metres" 58,000,000,000 "about" (a
  scale word multiplies, fifty-seventh), "9.7 million tonnes", "rund vier Tonnen Pellets"
  "about", "1,2 Meter Neuschnee", "Up to 0.6 inches of ice" "up_to", "gusts of up to 103mph"
  103 "up_to" (a unit written solid with the figure, as "87mm", forty-sixth). Temperatures
  are counts with "minus" as their sign ("minus 19 Grad" -19, "minus 14 degrees Celsius"
  -14; thirty-eighth, fifty-seventh); "the single digits" none.
- Prices per unit are money in the currency written, the unit priced carrying nothing
  (twelfth, forty-second, fifty-seventh): "31,60 Euro je Megawattstunde", "31.62 euros per
  megawatt hour", "46.30 euros", "37.10 euros ..., about 1.40 euros above" ("about" on the
  second), "2,99 Euro je Megawattstunde", "86 Euro je Megawattstunde", "auf minus 42 Euro je
  Megawattstunde" -42 EUR (forty-second: "minus 18,50 Euro je Megawattstunde"), "above 45
  euros" 45 EUR "over"; Cent as EUR hundredths ("4,9 Cent je Kilowattstunde netto" 0.049 -
  "netto" no hedge -, "6,36 Cent" 0.0636, "1,4 Cent" 0.014, "auf durchschnittlich 10,1 Cent"
  0.101 - "durchschnittlich" no hedge); Rappen as CHF hundredths ("0,23 Rappen pro
  Kilowattstunde" 0.0023, "27,4 Rappen ..., 1,3 Rappen weniger" 0.274 and 0.013, "43,9
  Rappen ... 15,2 Rappen" 0.439 and 0.152; hundred-fifteenth); pence as GBP hundredths
  ("27.31p per kilowatt hour" 0.2731, "54.12p", "6.04p/kWh" 0.0604 - the slash form,
  fifty-seventh -, "33.87p a day", "by 3p to 57.12p a day" 0.03 and 0.5712, "9.2 pence a
  share" 0.092); cents as USD hundredths ("12 cents more" 0.12, hundred-fifteenth: "rose 38
  cents"); "$2.71 a gallon", "$9.85 per million British thermal units" (fifty-seventh:
  "per million British thermal units" names the unit priced), "318 Euro je Tonne", "auf 60
  Euro je Tonne". New: "fell 6.3% to 1,184 pence" is 11.84 GBP - a share price in pence is
  pence like any other, GBP hundredths whatever they price (forty-sixth: pence). Heating
  oil: "Für 100 Liter Heizöl ... bei Lieferung von 3.000 Litern ... 104,30 Euro" counts 100
  and 3,000 and the money (fifty-seventh: "100 Liter Heizöl ... 3.000 Litern"), "was 100
  Liter Heizöl um rund 19 Euro verteuert" 100 and 19 EUR "about".
- Caps, bills, debts and results in the currency written (every batch): "£1,749 a year",
  "£28 a year", "£1,658 a year", "£91 a year", "£49 a year less" ("a year" none, "less"
  after the figure compares, hundred-twenty-first), "a record £4.1 billion" ("a record" no
  hedge), "£1,640, and £1,210 for gas", "up to £500 million" "up_to", "£730 million", "£80,
  plus £40", "£1.7 billion", "£443", "412 million pounds", "96 million pounds", "an average
  of $690" and "an average grant of $507" (no hedge: "an average of", hundred-fifteenth; New:
  "an average grant of" the same, the noun between "average" and "of" changing nothing),
  "about $1,920", "about $1,280", "a combined $23 billion" ("combined" no hedge), "$976",
  "rund 48 Euro im Jahr", "zwischen 150 und 450 Euro pro Haushalt" both EUR (the unit written
  once, seventy-sixth), "rund 1233 Franken" (Swiss four digits without a separator),
  "48 Millionen Franken", "rund 21 Milliarden Euro", "1,38 Milliarden Euro", "7,9 Milliarden
  Euro", "214 Millionen Euro", "2,80 Euro je Aktie, nach 3,60 Euro", "3,9 Milliarden Euro",
  "612 Millionen Franken, nach 893 Millionen Franken", "9,7 Milliarden Franken", "rund 1,2
  Milliarden Franken", "unverändert bei 100 Millionen Franken" ("unverändert" no hedge,
  hundred-twentieth). "dual-fuel", "Energiekrisenbeitrag", "CO2-Preis", "FTSE 250" (as "S&P
  500", twentieth) and "Einfamilienhaus" (forty-eighth) carry none.
- Storage levels, shares of supply and rates are percentages (fifty-seventh): "zu 91,7
  Prozent gefüllt", "94.6% full", "96.1% full and Austrian sites 91.7%" (the unit written
  twice), "mit einem Füllstand von 95,8 Prozent", "nur noch bei 58,4 Prozent" ("nur noch"
  no hedge), "noch zu 71 Prozent", "61.3% full, compared with a five-year average of 68%" 61.3,
  5 years and 68, "33.8% full", "only 27% full, while Spain's stood at 61%", "um 17 Prozent
  über dem Mittel der Jahre 2018 bis 2021" 17 with both years ("über" after the figure,
  forty-second), "um mehr als 20 Prozent" "over", "weniger als 2 Prozent" "under", "um bis
  zu 15 Prozent" and "von bis zu 65 Prozent" "up_to" (hundred-seventeenth: "von bis zu 36,1
  Prozent"), "by up to 10 percentage points" 10 pp "up_to", "gut 7 Prozent mehr" "over" (the
  "mehr" after it compares). New: "zahlt im Median 27,4 Rappen" carries no hedge - "im
  Median" is a statistic's name as "im Schnitt" and "im Mittel" are (fifty-seventh,
  hundred-fourteenth).
- Outages (fifteenth, twenty-second, fifty-seventh): households and customers are counts
  with their hedges ("more than 410,000 homes and businesses" "over", "118,000 customers ...
  about 204,000" the hedge on the second, "rund 34.000 Haushalte und 1.900 Gewerbekunden" the
  hedge on the first only, "rund 41'000 Kundinnen und Kunden", "more than 95,000 homes",
  "71,000 customers", "rund 23.000 Haushalte", "noch 1.100 Haushalte" - "noch" no hedge -,
  "About 18,000 customers"); the time without power is a duration ("für knapp zweieinhalb
  Stunden" 2.5 hours "nearly", hundred-eighteenth: "nach knapp zweieinhalb Stunden"; "nach
  knapp siebenstündiger Unterbrechung" 7 hours "nearly" - the issue's "fünfstündigen", with
  the hedge before the compound bounding its number, hundred-twentieth -, "bis zu 31
  Stunden" "up_to", "for up to five days" "up_to", "for more than 20 hours" "over", "binnen
  24 Stunden"). New: "mehr als eineinhalb Tage" is 1.5 days "over" - "eineinhalb" is
  "anderthalb" (hundred-twenty-second: "das Anderthalbfache" 1.5). New: "Customers cut off
  for more than 12 hours are entitled to ... £80, plus £40 for every further 12 hours" gives
  12 hours "over", 80 and 40 GBP and 12 hours with no hedge - "further" only adds, as
  "weitere" and "another" (hundred-seventeenth). New: "auf Stufe vier der fünfteiligen Skala"
  gives counts 4 and 5 - a level on a scale is a count ("Under Stage 4", fortieth and
  fifty-seventh) and the number word heading "fünfteiligen" is read as the figure of
  "22-köpfigen" (hundred-seventeenth) and the number word of "Zehn-Kilometer-Sperrzone"
  (hundred-fifteenth).
- Fractions (the issue; hundred-fourteenth to hundred-twenty-first): "gut ein Drittel" 0.3333
  "over" (three times), "rund einem Viertel" 0.25 "about" (twice, the dative), "knapp jeder
  achte Haushalt, im Jahr davor war es noch jeder zehnte" 0.125 "nearly" and 0.1 (the issue:
  "jeder vierte"), "gut jede fünfte" 0.2 "over", "knapp ein Viertel" 0.25 "nearly", "Ein
  Drittel der neuen Geräte" 0.3333, "mehr als die Hälfte" 0.5 "over", "ein Fünftel unter dem
  Vorjahreswert" 0.2, "gut einem Viertel" 0.25 "over", "rund zwei Drittel" 0.6667 "about",
  "by more than a fifth" 0.2 "over" (twice), "roughly half of it" 0.5 "about", "roughly one
  in six homes" and "About one in six U.S. households" 0.1667 "about" (hundred-twentieth:
  "one in six"), "almost one in five" 0.2 "nearly". Multiples: "triple the level of a week
  earlier" count 3 (eighty-sixth: "nearly triple the level"); "nearly doubled" none (a
  verb, nineteenth).
- Durations and ages (every batch): "their highest in 14 months" 14 months, "its biggest
  one-day gain" 1 day (hundred-seventeenth: "their biggest one-day drop"), "in 12 months" 12
  months, "in the six months to September" 6 months (fifty-seventh: "in the 12 months to
  June"), "for the second time in four months" ordinal 2 and 4 months, "over the past three
  months" 3 months ("over" before "the" no hedge, forty-first), "after two years of decline"
  2 years, "binnen zwei Wochen", "liegt 14 Jahre zurück", "Während der zehntägigen
  Dunkelflaute" 10 days (the issue's "dreitägige"), "vor drei Jahren" and "four years ago" in
  negatives, labelled. Ages are durations in years ("a 71-year-old man"; the vox pops
  "Maureen Tallis, 74,", "Deshawn Pruitt, 38," with "his two children" 2, "Elspeth Munro,
  81," and "Rosa Villanueva, 67," in negatives keep them, seventy-sixth and
  hundred-fourteenth). None: "vor einem Jahr", "ein Jahr zuvor", "im Jahr davor", "im
  Vorjahr", "im Jahr", "im Monat" (beside an amount), "a year earlier", "a week earlier",
  "last year", "this winter", "last winter", "for days", "for the whole of Saturday", "in
  more than a decade" ("a decade" an article, hundred-fourteenth: "for a decade"), "the end
  of the decade", "Winterhalbjahr", "Heizperiode", "Heizsaison".
- Ordinals (hundred-eighth, hundred-seventeenth): "im dritten Quartal", "im ersten Quartal",
  "first-half operating profit" 1 (fifteenth: "third-quarter"), "the first increase" 1, "for
  a second day" 2, "for the second year running" 2 (hundred-twentieth: "for a ninth
  consecutive month"), "the second time this winter" 2, "for the second time in four
  months" 2; "erstmals", "a record", "the largest", "the lowest level", "the biggest faller"
  none.
- Years and dates: "since 2021", "in January 2024", "the deadly 2021
  freeze", "the February 2021 storm", "since April 2024", "in 2024", "since 2022", "bis 2030"
  (twice), "by 2030", "der Jahre 2018 bis 2021" both (fifty-seventh: "1991 bis 2020"), and in
  negatives "seit dem Winter 2014", "2012" and "the 2030 fuel poverty target", labelled;
  "zum 1. Januar" (twice), "mit 1. Jänner" (tenth: "Jänner"), "seit dem 1. Januar", "Mit 1.
  April", "on January 1", "from April 1" dates without a year; Reuters datelines with a day
  ("LONDON, Oct 1", "LONDON, Nov 12", "LONDON, Dec 9", "LONDON, Jan 8", "BRUSSELS, Feb 11",
  "BRUSSELS, March 31") dates without a year; APA, dpa, Keystone-SDA, PA and AP datelines
  ("OKLAHOMA CITY (AP) —", "AUSTIN, Texas (AP) —") none (seventy-ninth). Clock times ("by
  0945 GMT", "by 0915 GMT"), weekdays, months and "Anfang Oktober", "Anfang November" none.
- Hedges, only the names in use: "rund", "Rund", "about", "About", "Around", "roughly", "An
  estimated" "about"; "knapp", "Knapp", "almost", "nearly" "nearly"; "mehr als", "gut",
  "more than", "above" "over"; "weniger als", "below" "under"; "bis zu", "up to", "Up to"
  "up_to"; "at least" "at_least". No hedge: "im Schnitt", "im Median", "durchschnittlich",
  "an average of", "an average grant of", "netto", "zusammen", "a combined", "nur noch",
  "noch", "only", "just", "unverändert", "neu", "another", "further", "a record", "zwischen",
  "between", and "mehr", "weniger", "less", "higher" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte die E-Control (am
  Mittwoch, am Donnerstag) mit" -> "die E-Control" (three times) and "Laut E-Control" ->
  "E-Control" (twice; fifty-seventh); "wie die Bundesnetzagentur am Montag mitteilte" and
  "teilte die Bundesnetzagentur mit" -> "die Bundesnetzagentur" (fifty-seventh); "teilte die
  ElCom mit" and "wie die ElCom mitteilte" -> "die ElCom" (the abbreviation with its article,
  fifty-seventh: "die Elcom", spelt here as the body spells itself); "wie das Bundesamt für
  Energie mitteilte", "teilte die Stadt mit" (hundred-eleventh), "teilte der Netzbetreiber
  mit" (twice), "teilte die Geosphere Austria mit", "teilte das Unternehmen am Mittwoch mit",
  "wie das Unternehmen am Donnerstag mitteilte", "teilte der Bundesverband Wärmepumpe am
  Dienstag mit", "wie der Bundesverband der Deutschen Heizungsindustrie mitteilte" and
  "teilte der Bundesverband der Energie- und Wasserwirtschaft mit" (the capitalised
  adjective inside the name in the nominative, hundred-fifteenth) the source with its
  article in the nominative, the weekday dropped; "laut Statistik Austria" -> "Statistik
  Austria" (hundred-twentieth); "laut Netzbetreiber" -> "Netzbetreiber" as written (tenth:
  "Laut Polizei" -> "Polizei"); "sagte X" with the title dropped ("Betriebsleiter",
  "Verbandschefin", "Finanzvorständin", "Vorstandschef", "E-Control-Vorstand Wieselthaler"
  -> "Wieselthaler"), "so Rothgang" (forty-eighth). English: "Ofgem said" (three times, once
  opening the row) and "Ofgem has announced" -> "Ofgem" (sixty-third: "Downing Street
  announced"), "according to Gassco" and "according to PowerOutage.us" (twice) as written
  (hundred-sixth: "according to Downdetector"), "SSEN said" and "NESO said" (twice) as
  written (as "Ofgem said"), "Oklahoma Gas and Electric said" as written, "the Energy
  Information Administration said Tuesday" (the weekday dropped), "the National Weather
  Service said", "the Electric Reliability Council of Texas said", "the European Heat Pump
  Association said on Wednesday", "The European Commission said ..." opening the row and
  "according to the European Commission" -> "the European Commission", "according to the
  National Energy Assistance Directors Association" with its article (fifty-seventh,
  hundred-fifteenth), "Chief Executive Alastair Brennock said" -> "Alastair Brennock", "said
  Priya Kandola, chief executive of ..." -> "Priya Kandola" (forty-first), "the utility said"
  (fifteenth and twenty-second), and a body taken up by its common noun with the article
  ("the agency said", "the consultancy said", "according to the consultancy", "the
  association said", "the department said"; hundred-twenty-third: "the college said",
  hundred-twenty-fifth: "the regulator said"). New: "The Scottish Government said ..." ->
  "the Scottish Government" - the adjective is part of the body's proper name, as "the
  Swedish Academy" (hundred-twenty-first), not an adjective heading a common noun as in "the
  Swiss government said" (hundred-first). Left unchecked (None): "sagte er" (a pronoun), "wie
  die städtischen Werke mitteilten" (an adjective heading the source, seventieth), "nach
  Angaben des Deutschen Pelletinstituts" (fifty-seventh: "laut Deutschem Pelletinstitut"),
  "laut der Erhebung" (a document), "Als Grund nennt die Behörde", "nach Daten des
  Vergleichsportals Verivox" and "wie aus Daten der Bundesnetzagentur ... hervorgeht" (data),
  "rechnet der Verband"; "data from Gas Infrastructure Europe showed", "Gas Infrastructure
  Europe data showed" (twice, fifty-seventh), "ship-tracking data from Kpler showed", "the
  data showed", "Federal data show", "according to figures published by Ofgem on Thursday"
  and "according to figures published ... by the government's energy department" (figures
  as documents), "Energy UK, which represents suppliers, said" and "The company, which
  supplies about 4.6 million homes, said" (a subject parted from its verb by a relative
  clause, hundred-sixteenth), "Utility crews warned", "the network operator warned" (a
  warning of what may happen, no statement of record), "according to analytics firm Montel"
  and "according to industry group INES" (a description before the name, fortieth), "The
  group estimates", "analysts estimate", "Campaigners called for" (a plural group,
  forty-first), "The government said" (fifty-seventh: a form no batch settled), rows without
  attribution and all negatives, also those with a named speaker.
- Negatives besides the reassurances (ninety-eighth, hundred-fourteenth, hundred-nineteenth,
  hundred-twenty-first): labels of consumer groups, charities and unions ("Die Volkshilfe
  sprach von einem „Skandal ...“", "Die Arbeiterkammer nannte die Erhöhung „eine Belastung
  zur Unzeit“.", "Die Arbeiterkammer warf dem Konzern vor, Preissenkungen „viel zu spät und
  viel zu zaghaft“ weitergegeben zu haben." - an accusation without a checkable claim,
  eighty-fourth -, "National Energy Action called the figures ...", "Consumer group Which?
  said the rise was "a kick in the teeth" ..." - the question mark of the group's name ends
  no sentence -, "Analysts at Harcourt Ridge called the results ..."); a verdict with "hält
  ... für" ("Eine Strommangellage im kommenden Winter hält die Kommission für «sehr
  unwahrscheinlich»."; ninety-eighth); executives', a regulator's, analysts', a trader's and
  officials' quoted verdicts (also with a named speaker: «Das Ergebnis ist solide, ...»,
  „Die Wärmepumpe ist endgültig im Massenmarkt angekommen“, ""Customers who can pay but
  won't ..."", ""The market is comfortable for now, ..."", ""It's a reminder that the gas
  crisis never really ended, ..."", ""Every record like this is a day ..."", ""Policy
  stability is the single biggest factor ..."", ""Europe got through the winter, ...""), «Die
  Lage ist deutlich entspannter als vor drei Jahren» with its 3 years and "We're in a far
  better place than we were four years ago" with its 4 years labelled; households'
  complaints and vox pops („Viele Kunden haben im Sommer nicht vorgesorgt ...“, «Plötzlich
  war alles stockdunkel, ...», „Wir saßen mit Kerzen und Decken im Wohnzimmer, ...“, „So
  etwas haben wir seit dem Winter 2014 nicht mehr erlebt“ with its year labelled - no
  measurable record, hundred-fifteenth -, "Das Installateurhandwerk klagt weiterhin über lange
  Wartezeiten ...", ""I put the heating on for an hour ..."", ""We've got no heat, ...,"",
  ""The house is freezing ...""); rhetorical questions with their figures labelled („Wie soll
  eine Pensionistin mit 1.200 Euro im Monat 400 Euro für die Gasnachzahlung aufbringen?“,
  ""How is anyone supposed to pay a $400 gas bill on a $1,100 pension?""; hundred-twenty-
  fifth); advice and appeals without a figure ("Hartenstein rief ... zu sparsamem Heizen
  auf.", "Verbraucherschützer raten, ...", „Es zahlt sich aus, jedes Jahr zu vergleichen“,
  "... urged anyone struggling to contact their supplier."; fifty-seventh); forecasts and
  market colour without a figure ("Analysts at Veldhoven Energy Research said prices could
  come under renewed pressure ...", "Traders said prices could rise further ...", "Analysts
  expect bills to edge up again over the summer."; forty-seventh); new: "Installers say high
  electricity prices relative to gas still put many households off." is a negative - a
  trade's view of what households feel, naming no measure, as "Farmers say they have never
  seen a spring like it." (hundred-nineteenth); open questions ("Ob die Versorger die
  Entlastung ... weitergeben, bleibt abzuwarten.", "Ob die Länder den Zuschuss heuer erhöhen,
  ...", "Wie lange die Reparatur ... dauern wird, ...", "Ob der Konzern an den geplanten
  Grossprojekten ... festhält, liess Schwendimann offen.", "Whether Congress will keep ...",
  "Whether the 2030 fuel poverty target can still be met is widely doubted ..." with its year
  labelled, "It was not clear whether ..."; hundred-twenty-first, hundred-twenty-second to
  hundred-twenty-fifth: an indirect question left open whatever figure it holds); scene
  colour (ice-laden branches in Norman). Their look-alikes are check-worthy: a lobby's demand
  with a figure ("Campaigners called for a social tariff for the 6 million households they
  say are in fuel poverty."; hundred-nineteenth: "Der Mieterbund fordert, ..."), "The
  Scottish Government said it was "in close contact" with SSEN and that rest centres had
  opened in six council areas." (the checkable count carries the row, hundred-seventeenth:
  a mixed row).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_126 = [
    # --- EU gas storage at the start of the heating season (Reuters) ---
    (
        "en",
        "LONDON, Oct 1 (Reuters) - European gas storage sites were 94.6% full on Tuesday, data from Gas Infrastructure Europe showed, as the heating season got under way with stocks close to last year's level.",
        True,
        [("date", "--10-01", None, None), ("percent", 94.6, "%", None)],
        None,
    ),
    (
        "en",
        "Stocks held about 1,060 terawatt hours of gas, against 1,082 TWh a year earlier.",
        True,
        [("count", 1060, None, "about"), ("count", 1082, None, None)],
        None,
    ),
    (
        "en",
        "German sites were 96.1% full and Austrian sites 91.7%, the data showed.",
        True,
        [("percent", 96.1, "%", None), ("percent", 91.7, "%", None)],
        None,
    ),
    (
        "en",
        "The Dutch benchmark contract for next-month delivery at the TTF hub eased 1.4% to 31.62 euros per megawatt hour by 0945 GMT.",
        True,
        [("percent", 1.4, "%", None), ("money", 31.62, "EUR", None)],
        None,
    ),
    (
        "en",
        "Norwegian pipeline flows to Europe averaged 329 million cubic metres per day last month, according to Gassco.",
        True,
        [("count", 329000000, None, None)],
        "Gassco",
    ),
    (
        "en",
        "Liquefied natural gas imports into Europe rose 18% year on year in September to 9.7 million tonnes, ship-tracking data from Kpler showed.",
        True,
        [("percent", 18, "%", None), ("count", 9700000, None, None)],
        None,
    ),
    (
        "en",
        "Analysts at Veldhoven Energy Research said prices could come under renewed pressure if the winter turned out colder than normal.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"The market is comfortable for now, but comfortable is not the same as safe," said Ingrid Haavik, a gas analyst at the firm.',
        False,
        [],
        None,
    ),
    # --- Gasspeicher zu Beginn der Heizsaison (APA) ---
    (
        "de",
        "Wien (APA) - Zu Beginn der Heizsaison sind die österreichischen Gasspeicher zu 91,7 Prozent gefüllt, teilte die E-Control am Mittwoch mit.",
        True,
        [("percent", 91.7, "%", None)],
        "die E-Control",
    ),
    (
        "de",
        "In den Speichern lagern damit rund 88 Terawattstunden Erdgas, etwa so viel, wie das Land in einem ganzen Jahr verbraucht.",
        True,
        [("count", 88, None, "about")],
        None,
    ),
    (
        "de",
        "Knapp 20 Terawattstunden davon gehören zur strategischen Reserve des Bundes, die nur im Krisenfall angetastet werden darf.",
        True,
        [("count", 20, None, "nearly")],
        None,
    ),
    (
        "de",
        "E-Control-Vorstand Konrad Wieselthaler sagte, die Vorräte reichten auch bei einem sehr kalten Winter bis ins Frühjahr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 70 Prozent des eingelagerten Gases stammten inzwischen aus Norwegen, sagte er.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "Am niederländischen Handelspunkt TTF kostete Erdgas zuletzt 31,60 Euro je Megawattstunde, gut ein Drittel weniger als vor einem Jahr.",
        True,
        [("money", 31.6, "EUR", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Laut E-Control zahlen Neukundinnen und Neukunden beim günstigsten Gasanbieter derzeit 4,9 Cent je Kilowattstunde netto.",
        True,
        [("money", 0.049, "EUR", None)],
        "E-Control",
    ),
    (
        "de",
        "„Niemand in diesem Land muss sich vor einem kalten Winter fürchten“, sagte der Energieminister bei einem Besuch des Speichers in Haidach.",
        False,
        [],
        None,
    ),
    # --- Gasspeicher in Deutschland (dpa) ---
    (
        "de",
        "Bonn (dpa) - Die deutschen Gasspeicher gehen mit einem Füllstand von 95,8 Prozent in den Winter, wie die Bundesnetzagentur am Montag mitteilte.",
        True,
        [("percent", 95.8, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Das entspricht knapp 240 Terawattstunden und damit rund einem Viertel des Gasbedarfs eines Jahres.",
        True,
        [("count", 240, None, "nearly"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Behördenpräsident Tobias Hartenstein sagte, Deutschland sei „gut vorbereitet“ in die Heizperiode gegangen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verbrauch von Haushalten und Gewerbe lag in der vergangenen Woche bei 1.412 Gigawattstunden, 4 Prozent unter dem Wert der Vorjahreswoche.",
        True,
        [("count", 1412, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Anteil von Flüssiggas an den deutschen Importen stieg im dritten Quartal auf 11 Prozent.",
        True,
        [("ordinal", 3, None, None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gasspeicherumlage, mit der Gaskunden bislang 2,99 Euro je Megawattstunde zahlten, entfällt zum 1. Januar.",
        True,
        [("money", 2.99, "EUR", None), ("date", "--01-01", None, None)],
        None,
    ),
    ("de", "Hartenstein rief Verbraucherinnen und Verbraucher dennoch zu sparsamem Heizen auf.", False, [], None),
    (
        "de",
        "Ob die Versorger die Entlastung tatsächlich an die Haushalte weitergeben, bleibt abzuwarten.",
        False,
        [],
        None,
    ),
    # --- Energy debt (PA) ---
    (
        "en",
        "LONDON (PA) - Households in Britain owe a record £4.1 billion to their energy suppliers, according to figures published by Ofgem on Thursday.",
        True,
        [("money", 4100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The total has risen by more than a fifth in 12 months, with about 1.3 million accounts in arrears and no repayment plan in place.",
        True,
        [("fraction", 0.2, None, "over"), ("duration", 12, "month", None), ("count", 1300000, None, "about")],
        None,
    ),
    (
        "en",
        "Ofgem said the average debt of an electricity customer in arrears without a plan was £1,640, and £1,210 for gas.",
        True,
        [("money", 1640, "GBP", None), ("money", 1210, "GBP", None)],
        "Ofgem",
    ),
    ("en", 'National Energy Action called the figures "a national emergency hiding in plain sight."', False, [], None),
    (
        "en",
        '"I put the heating on for an hour in the evening and that\'s it," said Maureen Tallis, 74, a pensioner from Sunderland.',
        False,
        [("duration", 74, "year", None)],
        None,
    ),
    (
        "en",
        "The regulator is consulting on a scheme to write off up to £500 million of debt for households on benefits.",
        True,
        [("money", 500000000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Energy UK, which represents suppliers, said firms had written off £730 million of bad debt last year.",
        True,
        [("money", 730000000, "GBP", None)],
        None,
    ),
    # --- Wasserkraftreserve für den Winter (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Speicherseen sind Anfang Oktober zu 89 Prozent gefüllt, etwas mehr als im langjährigen Mittel.",
        True,
        [("percent", 89, "%", None)],
        None,
    ),
    (
        "de",
        "Das entspricht rund 7'850 Gigawattstunden Strom, wie das Bundesamt für Energie mitteilte.",
        True,
        [("count", 7850, None, "about")],
        "das Bundesamt für Energie",
    ),
    (
        "de",
        "Für die Wasserkraftreserve dieses Winters halten die Betreiber 320 Gigawattstunden zurück, die Kosten belaufen sich auf 48 Millionen Franken.",
        True,
        [("count", 320, None, None), ("money", 48000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bezahlt wird die Reserve über einen Zuschlag auf das Netzentgelt von 0,23 Rappen pro Kilowattstunde, teilte die ElCom mit.",
        True,
        [("money", 0.0023, "CHF", None)],
        "die ElCom",
    ),
    (
        "de",
        "Zusätzlich steht im aargauischen Birr ein Reservekraftwerk mit 280 Megawatt bereit, das mit Öl oder Gas betrieben werden kann.",
        True,
        [("count", 280, None, None)],
        None,
    ),
    (
        "de",
        "«Die Lage ist deutlich entspannter als vor drei Jahren», sagte der ElCom-Präsident.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Eine Strommangellage im kommenden Winter hält die Kommission für «sehr unwahrscheinlich».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Winterhalbjahr hatte die Schweiz im vergangenen Jahr netto 2,9 Terawattstunden Strom importieren müssen.",
        True,
        [("count", 2.9, None, None)],
        None,
    ),
    # --- Winter heating bills (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Americans who heat their homes with natural gas will pay an average of $690 this winter, about 7% more than last year, the Energy Information Administration said Tuesday.",
        True,
        [("money", 690, "USD", None), ("percent", 7, "%", "about")],
        "the Energy Information Administration",
    ),
    (
        "en",
        "Households that rely on heating oil, mostly in the Northeast, face bills of about $1,920, the agency said.",
        True,
        [("money", 1920, "USD", "about")],
        "the agency",
    ),
    (
        "en",
        "Electricity bills for homes with heat pumps or electric furnaces are forecast to rise 4% to about $1,280.",
        True,
        [("percent", 4, "%", None), ("money", 1280, "USD", "about")],
        None,
    ),
    (
        "en",
        "About 40% of U.S. households use natural gas as their main heating fuel.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Propane averaged $2.71 a gallon in October, 12 cents more than a year earlier.",
        True,
        [("money", 2.71, "USD", None), ("money", 0.12, "USD", None)],
        None,
    ),
    (
        "en",
        '"Families are going to feel this in January and February," said Marcia Delgado, who runs a food pantry in Hartford, Connecticut.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The federal Low Income Home Energy Assistance Program helped about 5.9 million households last winter, with an average grant of $507.",
        True,
        [("count", 5900000, None, "about"), ("money", 507, "USD", None)],
        None,
    ),
    ("en", "Whether Congress will keep the program's funding at current levels remains unclear.", False, [], None),
    # --- Heizöl und Pellets (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Für 100 Liter Heizöl mussten Verbraucher bei Lieferung von 3.000 Litern zuletzt im Schnitt 104,30 Euro zahlen, rund 9 Prozent mehr als im September.",
        True,
        [
            ("count", 100, None, None),
            ("count", 3000, None, None),
            ("money", 104.3, "EUR", None),
            ("percent", 9, "%", "about"),
        ],
        None,
    ),
    (
        "de",
        "Holzpellets kosteten im November nach Angaben des Deutschen Pelletinstituts im Schnitt 318 Euro je Tonne, das sind 6,36 Cent je Kilowattstunde Wärme.",
        True,
        [("money", 318, "EUR", None), ("money", 0.0636, "EUR", None)],
        None,
    ),
    (
        "de",
        "Damit ist Heizen mit Pellets derzeit um gut ein Drittel günstiger als mit Heizöl.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Eine Familie im Einfamilienhaus mit einem Wärmebedarf von 20.000 Kilowattstunden kommt mit rund vier Tonnen Pellets durch die Heizperiode.",
        True,
        [("count", 20000, None, None), ("count", 4, None, "about")],
        None,
    ),
    (
        "de",
        "„Viele Kunden haben im Sommer nicht vorgesorgt und zahlen jetzt drauf“, sagte Heizölhändler Werner Quast aus Lüneburg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der CO2-Preis auf Heizöl und Erdgas steigt zum 1. Januar auf 60 Euro je Tonne, was 100 Liter Heizöl um rund 19 Euro verteuert.",
        True,
        [
            ("date", "--01-01", None, None),
            ("money", 60, "EUR", None),
            ("count", 100, None, None),
            ("money", 19, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Verbraucherschützer raten, nicht in Panik zu bestellen, sondern die Angebote mehrerer Händler zu vergleichen.",
        False,
        [],
        None,
    ),
    # --- Supplier results (Reuters) ---
    (
        "en",
        "LONDON, Nov 12 (Reuters) - British energy supplier Kestrel Energy reported a 38% drop in first-half operating profit to 412 million pounds on Wednesday, as the price cap squeezed margins on household tariffs.",
        True,
        [
            ("date", "--11-12", None, None),
            ("percent", 38, "%", None),
            ("ordinal", 1, None, None),
            ("money", 412000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "The company, which supplies about 4.6 million homes, said it had lost 140,000 customer accounts since March.",
        True,
        [("count", 4600000, None, "about"), ("count", 140000, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Alastair Brennock said bad debt charges had risen to 96 million pounds in the six months to September.",
        True,
        [("money", 96000000, "GBP", None), ("duration", 6, "month", None)],
        "Alastair Brennock",
    ),
    (
        "en",
        '"Customers who can pay but won\'t are making life harder for everyone else," Brennock told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kestrel raised its interim dividend by 5% to 9.2 pence a share.",
        True,
        [("percent", 5, "%", None), ("money", 0.092, "GBP", None)],
        None,
    ),
    (
        "en",
        "Kestrel cut its full-year profit forecast for the second time in four months.",
        True,
        [("ordinal", 2, None, None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "en",
        "Shares in Kestrel fell 6.3% to 1,184 pence by 0915 GMT, the biggest faller on the FTSE 250.",
        True,
        [("percent", 6.3, "%", None), ("money", 11.84, "GBP", None)],
        None,
    ),
    ("en", 'Analysts at Harcourt Ridge called the results "messy but not alarming."', False, [], None),
    # --- Energiearmut (APA) ---
    (
        "de",
        "Wien (APA) - Rund 310.000 Haushalte in Österreich können es sich laut Statistik Austria nicht leisten, ihre Wohnung angemessen warm zu halten.",
        True,
        [("count", 310000, None, "about")],
        "Statistik Austria",
    ),
    (
        "de",
        "Das ist knapp jeder achte Haushalt, im Jahr davor war es noch jeder zehnte.",
        True,
        [("fraction", 0.125, None, "nearly"), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Besonders betroffen sind Alleinerziehende: Von ihnen lebt laut der Erhebung gut jede fünfte in einer unzureichend beheizten Wohnung.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Rund 92.000 Haushalte sind mit ihren Strom- oder Gasrechnungen im Rückstand, teilte die E-Control mit.",
        True,
        [("count", 92000, None, "about")],
        "die E-Control",
    ),
    ("de", "Die Volkshilfe sprach von einem „Skandal in einem der reichsten Länder der Welt“.", False, [], None),
    (
        "de",
        "„Wie soll eine Pensionistin mit 1.200 Euro im Monat 400 Euro für die Gasnachzahlung aufbringen?“, fragte eine Sozialarbeiterin der Volkshilfe.",
        False,
        [("money", 1200, "EUR", None), ("money", 400, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Heizkostenzuschuss der Länder beträgt je nach Bundesland zwischen 150 und 450 Euro pro Haushalt.",
        True,
        [("money", 150, "EUR", None), ("money", 450, "EUR", None)],
        None,
    ),
    (
        "de",
        "In Wien erhielten im vergangenen Winter 58.400 Haushalte den Zuschuss, teilte die Stadt mit.",
        True,
        [("count", 58400, None, None)],
        "die Stadt",
    ),
    ("de", "Ob die Länder den Zuschuss heuer erhöhen, ist noch offen.", False, [], None),
    # --- Ofgem price cap for January to March (PA) ---
    (
        "en",
        "LONDON (PA) - Energy bills for millions of households will rise by 1.6% in January after Ofgem raised its price cap to £1,749 a year for a typical dual-fuel customer.",
        True,
        [("percent", 1.6, "%", None), ("money", 1749, "GBP", None)],
        None,
    ),
    (
        "en",
        "The increase of £28 a year takes effect on January 1 and covers about 20 million homes on standard variable tariffs, Ofgem said.",
        True,
        [("money", 28, "GBP", None), ("date", "--01-01", None, None), ("count", 20000000, None, "about")],
        "Ofgem",
    ),
    (
        "en",
        "Under the new cap, the electricity unit rate rises to 27.31p per kilowatt hour and the daily standing charge to 54.12p.",
        True,
        [("money", 0.2731, "GBP", None), ("money", 0.5412, "GBP", None)],
        None,
    ),
    (
        "en",
        "For gas, customers will pay 6.04p/kWh and a standing charge of 33.87p a day.",
        True,
        [("money", 0.0604, "GBP", None), ("money", 0.3387, "GBP", None)],
        None,
    ),
    (
        "en",
        'Ofgem\'s chief executive said the rise was "disappointing but modest" and urged anyone struggling to contact their supplier.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Energy Secretary said the government was "on the side of bill payers" and would keep bringing costs down.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Consumer group Which? said the rise was "a kick in the teeth" for families already in debt.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cornwall Insight expects the cap to fall by about 4% in April, the consultancy said.",
        True,
        [("percent", 4, "%", "about")],
        "the consultancy",
    ),
    (
        "en",
        "Standing charges have nearly doubled since 2021, according to the consultancy.",
        True,
        [("year", 2021, None, None)],
        "the consultancy",
    ),
    # --- Stromausfall in Lausanne (Keystone-SDA) ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Ein Kurzschluss in einem Unterwerk hat am Dienstagabend weite Teile von Lausanne für knapp zweieinhalb Stunden vom Netz genommen.",
        True,
        [("duration", 2.5, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Betroffen waren rund 41'000 Kundinnen und Kunden, wie die städtischen Werke mitteilten.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    (
        "de",
        "Auch die Metro stand still, rund 300 Fahrgäste mussten aus zwei Zügen durch den Tunnel ins Freie geführt werden.",
        True,
        [("count", 300, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Ursache sei ein defekter Transformator gewesen, sagte Betriebsleiter Olivier Chappuis.",
        True,
        [],
        "Olivier Chappuis",
    ),
    (
        "de",
        "Fünf Personen blieben in Liften stecken und wurden von der Feuerwehr befreit.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "«Plötzlich war alles stockdunkel, nicht einmal die Ampeln funktionierten mehr», erzählte eine Anwohnerin im Quartier Sous-Gare.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der letzte Ausfall dieser Grössenordnung in der Stadt liegt 14 Jahre zurück.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    # --- Ice storm in Oklahoma (AP) ---
    (
        "en",
        "OKLAHOMA CITY (AP) — An ice storm that coated power lines across Oklahoma and Arkansas left more than 410,000 homes and businesses without electricity on Tuesday, according to PowerOutage.us.",
        True,
        [("count", 410000, None, "over")],
        "PowerOutage.us",
    ),
    (
        "en",
        "Utility crews warned that some customers could be without power for up to five days as temperatures stayed below freezing.",
        True,
        [("duration", 5, "day", "up_to")],
        None,
    ),
    (
        "en",
        "Oklahoma Gas and Electric said it had restored power to 118,000 customers since Monday night but about 204,000 remained in the dark.",
        True,
        [("count", 118000, None, None), ("count", 204000, None, "about")],
        "Oklahoma Gas and Electric",
    ),
    (
        "en",
        "Up to 0.6 inches of ice built up on trees and lines in parts of central Oklahoma, the National Weather Service said.",
        True,
        [("count", 0.6, None, "up_to")],
        "the National Weather Service",
    ),
    (
        "en",
        "At least three deaths have been blamed on the storm, including a 71-year-old man who died of carbon monoxide poisoning from a generator.",
        True,
        [("count", 3, None, "at_least"), ("duration", 71, "year", None)],
        None,
    ),
    (
        "en",
        "\"We've got no heat, no lights and no idea when it's coming back,\" said Deshawn Pruitt, 38, who was sheltering with his two children at a church in Norman.",
        False,
        [("duration", 38, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Ice-laden branches snapped like gunshots through the night in Norman's older neighborhoods.",
        False,
        [],
        None,
    ),
    ("en", "The governor declared an emergency in 31 counties.", True, [("count", 31, None, None)], None),
    (
        "en",
        "Schools in 40 districts stayed closed for a second day on Wednesday.",
        True,
        [("count", 40, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Crews from at least nine states were on their way to help, the utility said.",
        True,
        [("count", 9, None, "at_least")],
        "the utility",
    ),
    # --- Wind record in Britain (Reuters) ---
    (
        "en",
        "LONDON, Dec 9 (Reuters) - Wind farms in Great Britain generated a record 23.1 gigawatts on Monday evening, meeting 57% of electricity demand, NESO said.",
        True,
        [("date", "--12-09", None, None), ("count", 23.1, None, None), ("percent", 57, "%", None)],
        "NESO",
    ),
    ("en", "The previous record of 22.5 GW was set in January.", True, [("count", 22.5, None, None)], None),
    (
        "en",
        "Gas-fired plants supplied just 9% of demand at the time, while imports over interconnectors made up another 14%.",
        True,
        [("percent", 9, "%", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "Britain has about 32 GW of installed wind capacity, roughly half of it offshore.",
        True,
        [("count", 32, None, "about"), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        '"Every record like this is a day when we burn less gas and pay less for it," the Energy Secretary said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "During a cold, windless spell in November, wind output stayed below 1 GW for more than 20 hours.",
        True,
        [("count", 1, None, "under"), ("duration", 20, "hour", "over")],
        None,
    ),
    (
        "en",
        "Constraint payments to switch off wind farms when the grid cannot absorb their output reached £1.7 billion last year, according to analytics firm Montel.",
        True,
        [("money", 1700000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Wind was Britain's largest single source of electricity last year for the second year running, with a 30.4% share, NESO said.",
        True,
        [("ordinal", 2, None, None), ("percent", 30.4, "%", None)],
        "NESO",
    ),
    # --- Netzentgelte steigen (APA) ---
    (
        "de",
        "Wien (APA) - Die Netzentgelte für Strom steigen mit 1. Jänner im österreichweiten Schnitt um 11,4 Prozent, teilte die E-Control am Donnerstag mit.",
        True,
        [("date", "--01-01", None, None), ("percent", 11.4, "%", None)],
        "die E-Control",
    ),
    (
        "de",
        "Für einen Haushalt mit einem Jahresverbrauch von 3.500 Kilowattstunden bedeutet das Mehrkosten von rund 48 Euro im Jahr.",
        True,
        [("count", 3500, None, None), ("money", 48, "EUR", "about")],
        None,
    ),
    (
        "de",
        "In drei Bundesländern steigen die Entgelte zweistellig, am stärksten in Kärnten mit 17,9 Prozent, in Wien sinken sie dagegen um 2,1 Prozent.",
        True,
        [("count", 3, None, None), ("percent", 17.9, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Als Grund nennt die Behörde den Ausbau der Netze für Photovoltaik und Wärmepumpen, in den bis 2030 rund 21 Milliarden Euro fließen sollen.",
        True,
        [("year", 2030, None, None), ("money", 21000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Zugleich läuft mit Jahresende die Senkung der Elektrizitätsabgabe aus, die Haushalte um 1,4 Cent je Kilowattstunde entlastet hatte.",
        True,
        [("money", 0.014, "EUR", None)],
        None,
    ),
    ("de", "Die Arbeiterkammer nannte die Erhöhung „eine Belastung zur Unzeit“.", False, [], None),
    ("de", "Wieselthaler sagte, ohne den Netzausbau sei die Energiewende „schlicht nicht zu haben“.", False, [], None),
    (
        "de",
        "Im Durchschnitt macht das Netzentgelt inzwischen gut ein Drittel der Stromrechnung eines Haushalts aus.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    # --- Stromausfall in Dresden (dpa) ---
    (
        "de",
        "Dresden (dpa) - Nach einem Brand in einem Umspannwerk sind im Dresdner Süden am Sonntagmorgen rund 34.000 Haushalte und 1.900 Gewerbekunden ohne Strom gewesen.",
        True,
        [("count", 34000, None, "about"), ("count", 1900, None, None)],
        None,
    ),
    (
        "de",
        "Ein Großteil der Kunden war nach knapp siebenstündiger Unterbrechung wieder versorgt, teilte der Netzbetreiber mit.",
        True,
        [("duration", 7, "hour", "nearly")],
        "der Netzbetreiber",
    ),
    (
        "de",
        "In einigen Straßenzügen dauerte der Ausfall jedoch bis zu 31 Stunden.",
        True,
        [("duration", 31, "hour", "up_to")],
        None,
    ),
    ("de", "Die Polizei schließt Brandstiftung nicht aus, der Staatsschutz ermittelt.", True, [], None),
    (
        "de",
        "Nach Angaben des Netzbetreibers entstand ein Schaden in Höhe eines mittleren einstelligen Millionenbetrags.",
        True,
        [],
        "der Netzbetreiber",
    ),
    (
        "de",
        "„Wir saßen mit Kerzen und Decken im Wohnzimmer, die Kinder fanden das noch spannend“, erzählte ein Anwohner im Stadtteil Leubnitz.",
        False,
        [],
        None,
    ),
    ("de", "Wie lange die Reparatur des Umspannwerks dauern wird, ist noch unklar.", False, [], None),
    # --- Stromtarife seit Jahresbeginn (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Für die meisten Haushalte in der Schweiz ist der Strom seit dem 1. Januar günstiger geworden.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    (
        "de",
        "Ein typischer Haushalt mit einem Verbrauch von 4500 Kilowattstunden zahlt im Median 27,4 Rappen pro Kilowattstunde, 1,3 Rappen weniger als im Vorjahr, wie die ElCom mitteilte.",
        True,
        [("count", 4500, None, None), ("money", 0.274, "CHF", None), ("money", 0.013, "CHF", None)],
        "die ElCom",
    ),
    ("de", "Das ergibt eine Jahresrechnung von rund 1233 Franken.", True, [("money", 1233, "CHF", "about")], None),
    (
        "de",
        "Bei rund einem Viertel der gut 600 Netzbetreiber steigen die Tarife allerdings, in einzelnen Gemeinden um mehr als 20 Prozent.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 600, None, "over"), ("percent", 20, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Anteil der Netznutzung am Strompreis liegt neu bei 45 Prozent.",
        True,
        [("percent", 45, "%", None)],
        None,
    ),
    (
        "de",
        "Am teuersten ist der Strom in einer Berner Gemeinde mit 43,9 Rappen, am günstigsten in einer Walliser Gemeinde mit 15,2 Rappen.",
        True,
        [("money", 0.439, "CHF", None), ("money", 0.152, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Die Entlastung ist erfreulich, aber kein Grund zur Entwarnung», sagte die Präsidentin der Stiftung für Konsumentenschutz.",
        False,
        [],
        None,
    ),
    # --- Cold snap lifts gas prices (Reuters) ---
    (
        "en",
        "LONDON, Jan 8 (Reuters) - European gas prices jumped to their highest in 14 months on Wednesday as a cold snap across the continent drove up heating demand and drew down storage faster than usual.",
        True,
        [("date", "--01-08", None, None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "The Dutch front-month contract rose 8.4% to 46.30 euros per megawatt hour, its biggest one-day gain since August.",
        True,
        [("percent", 8.4, "%", None), ("money", 46.3, "EUR", None), ("duration", 1, "day", None)],
        None,
    ),
    (
        "en",
        "It was the second time this winter that the contract had closed above 45 euros.",
        True,
        [("ordinal", 2, None, None), ("money", 45, "EUR", "over")],
        None,
    ),
    (
        "en",
        "EU storage sites were 61.3% full, compared with a five-year average of 68% for the time of year, Gas Infrastructure Europe data showed.",
        True,
        [("percent", 61.3, "%", None), ("duration", 5, "year", None), ("percent", 68, "%", None)],
        None,
    ),
    (
        "en",
        "Temperatures in Berlin and Warsaw were forecast to fall to minus 14 degrees Celsius over the weekend.",
        True,
        [("count", -14, None, None)],
        None,
    ),
    (
        "en",
        "Withdrawals from German storage reached 1,390 gigawatt hours on Tuesday alone, according to industry group INES.",
        True,
        [("count", 1390, None, None)],
        None,
    ),
    (
        "en",
        '"It\'s a reminder that the gas crisis never really ended, it just went quiet," said Tomasz Wierzbicki, head of gas research at Baltmar Analytics.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Traders said prices could rise further if liquefied natural gas cargoes were diverted to Asia.",
        False,
        [],
        None,
    ),
    # --- Kälte leert die Gasspeicher (dpa) ---
    (
        "de",
        "Bonn (dpa) - Die anhaltende Kälte lässt die Füllstände der deutschen Gasspeicher schneller sinken als in den Vorjahren: Am Montag lagen sie nur noch bei 58,4 Prozent.",
        True,
        [("percent", 58.4, "%", None)],
        None,
    ),
    (
        "de",
        "Vor einem Jahr waren die Speicher zum selben Zeitpunkt noch zu 71 Prozent gefüllt, teilte die Bundesnetzagentur mit.",
        True,
        [("percent", 71, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Der Gasverbrauch von Haushalten und Gewerbe lag in der vergangenen Woche um 17 Prozent über dem Mittel der Jahre 2018 bis 2021.",
        True,
        [("percent", 17, "%", None), ("year", 2018, None, None), ("year", 2021, None, None)],
        None,
    ),
    ("de", "Behördenpräsident Hartenstein sagte, eine Gasmangellage sei „nicht in Sicht“.", False, [], None),
    (
        "de",
        "Selbst wenn der Februar so kalt werde wie 2012, reichten die Vorräte nach Einschätzung der Behörde bis in den April.",
        False,
        [("year", 2012, None, None)],
        None,
    ),
    (
        "de",
        "In Teilen Bayerns und Sachsens sanken die Temperaturen in der Nacht auf minus 19 Grad.",
        True,
        [("count", -19, None, None)],
        None,
    ),
    (
        "de",
        "Der Gaspreis für Neukunden stieg nach Daten des Vergleichsportals Verivox binnen zwei Wochen um 6 Prozent auf durchschnittlich 10,1 Cent je Kilowattstunde.",
        True,
        [("duration", 2, "week", None), ("percent", 6, "%", None), ("money", 0.101, "EUR", None)],
        None,
    ),
    # --- Storm cuts power in northern Scotland (PA) ---
    (
        "en",
        "ABERDEEN (PA) - Storm Fenella left more than 95,000 homes without power across the north of Scotland after gusts of up to 103mph brought down lines overnight.",
        True,
        [("count", 95000, None, "over"), ("count", 103, None, "up_to")],
        None,
    ),
    (
        "en",
        "SSEN said engineers had reconnected 71,000 customers by Saturday afternoon.",
        True,
        [("count", 71000, None, None)],
        "SSEN",
    ),
    (
        "en",
        "About 4,800 homes in Orkney and Shetland could remain cut off until Monday, the network operator warned.",
        True,
        [("count", 4800, None, "about")],
        None,
    ),
    (
        "en",
        "Customers cut off for more than 12 hours are entitled to automatic compensation of £80, plus £40 for every further 12 hours.",
        True,
        [
            ("duration", 12, "hour", "over"),
            ("money", 80, "GBP", None),
            ("money", 40, "GBP", None),
            ("duration", 12, "hour", None),
        ],
        None,
    ),
    ("en", "Rail services north of Perth were suspended for the whole of Saturday.", True, [], None),
    (
        "en",
        '"The house is freezing and the freezer\'s defrosting on the kitchen floor," said Elspeth Munro, 81, from Wick.',
        False,
        [("duration", 81, "year", None)],
        None,
    ),
    (
        "en",
        'The Scottish Government said it was "in close contact" with SSEN and that rest centres had opened in six council areas.',
        True,
        [("count", 6, None, None)],
        "the Scottish Government",
    ),
    # --- Stromausfall nach Schneefall (APA) ---
    (
        "de",
        "Klagenfurt (APA) - Nach heftigen Schneefällen sind in Oberkärnten und Osttirol am Sonntag zeitweise rund 23.000 Haushalte ohne Strom gewesen.",
        True,
        [("count", 23000, None, "about")],
        None,
    ),
    (
        "de",
        "Unter der Last des Nassschnees seien zahlreiche Bäume auf Leitungen gestürzt, teilte der Netzbetreiber mit.",
        True,
        [],
        "der Netzbetreiber",
    ),
    (
        "de",
        "In einigen Seitentälern waren Anrainer mehr als eineinhalb Tage ohne Strom.",
        True,
        [("duration", 1.5, "day", "over")],
        None,
    ),
    (
        "de",
        "Rund 250 Monteure und 60 Soldaten des Bundesheeres standen im Einsatz.",
        True,
        [("count", 250, None, "about"), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Auf dem Plöckenpass fielen binnen 24 Stunden 1,2 Meter Neuschnee, teilte die Geosphere Austria mit.",
        True,
        [("duration", 24, "hour", None), ("count", 1.2, None, None)],
        "die Geosphere Austria",
    ),
    (
        "de",
        "„So etwas haben wir seit dem Winter 2014 nicht mehr erlebt“, sagte der Bürgermeister von Kötschach-Mauthen.",
        False,
        [("year", 2014, None, None)],
        None,
    ),
    (
        "de",
        "Bis Montagabend waren laut Netzbetreiber noch 1.100 Haushalte ohne Versorgung.",
        True,
        [("count", 1100, None, None)],
        "Netzbetreiber",
    ),
    (
        "de",
        "Die Lawinenwarnstufe wurde in Teilen Kärntens auf Stufe vier der fünfteiligen Skala angehoben.",
        True,
        [("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    # --- Texas winter demand record (AP) ---
    (
        "en",
        "AUSTIN, Texas (AP) — Demand on the Texas power grid hit a winter record of 81,340 megawatts on Monday morning as an arctic blast sent temperatures into the single digits, the Electric Reliability Council of Texas said.",
        True,
        [("count", 81340, None, None)],
        "the Electric Reliability Council of Texas",
    ),
    (
        "en",
        'The grid operator, known as ERCOT, said it was "confident" the system would hold and urged Texans not to panic.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The previous winter peak of 78,900 megawatts was set in January 2024.",
        True,
        [("count", 78900, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Solar and battery storage, which barely existed on the grid during the deadly 2021 freeze, supplied about 11,000 megawatts at the morning peak.",
        True,
        [("year", 2021, None, None), ("count", 11000, None, "about")],
        None,
    ),
    (
        "en",
        "More than 200 people died during the February 2021 storm, when millions of Texans lost power for days.",
        True,
        [("count", 200, None, "over"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        '"We\'re in a far better place than we were four years ago," the governor said at a news conference.',
        False,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Natural gas at the Waha hub in West Texas traded at $9.85 per million British thermal units, triple the level of a week earlier.",
        True,
        [("money", 9.85, "USD", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "About 18,000 customers were without power Monday, mostly because of ice on local lines, according to PowerOutage.us.",
        True,
        [("count", 18000, None, "about")],
        "PowerOutage.us",
    ),
    # --- Wärmepumpenabsatz (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Absatz von Wärmepumpen in Deutschland hat sich im vergangenen Jahr erholt: Rund 268.000 Geräte wurden verkauft, ein Plus von 39 Prozent, teilte der Bundesverband Wärmepumpe am Dienstag mit.",
        True,
        [("count", 268000, None, "about"), ("percent", 39, "%", None)],
        "der Bundesverband Wärmepumpe",
    ),
    (
        "de",
        "Erstmals wurden damit in Neubauten und Bestandsgebäuden zusammen mehr Wärmepumpen als Gasheizungen eingebaut.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Absatz von Gasheizungen brach um 44 Prozent auf knapp 330.000 Stück ein, wie der Bundesverband der Deutschen Heizungsindustrie mitteilte.",
        True,
        [("percent", 44, "%", None), ("count", 330000, None, "nearly")],
        "der Bundesverband der Deutschen Heizungsindustrie",
    ),
    (
        "de",
        "Verbandschefin Annika Rothgang sagte, vor allem die staatliche Förderung von bis zu 65 Prozent der Kosten habe den Markt belebt.",
        True,
        [("percent", 65, "%", "up_to")],
        "Annika Rothgang",
    ),
    (
        "de",
        "Die KfW bewilligte im vergangenen Jahr gut 295.000 Anträge auf Heizungsförderung mit einem Volumen von 3,9 Milliarden Euro.",
        True,
        [("count", 295000, None, "over"), ("money", 3900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Drittel der neuen Geräte stamme inzwischen aus deutscher Produktion, so Rothgang.",
        True,
        [("fraction", 0.3333, None, None)],
        "Rothgang",
    ),
    ("de", "„Die Wärmepumpe ist endgültig im Massenmarkt angekommen“, sagte Rothgang.", False, [], None),
    ("de", "Das Installateurhandwerk klagt weiterhin über lange Wartezeiten auf Termine.", False, [], None),
    (
        "de",
        "Für das laufende Jahr rechnet der Verband mit einem Absatz zwischen 280.000 und 310.000 Geräten.",
        True,
        [("count", 280000, None, None), ("count", 310000, None, None)],
        None,
    ),
    # --- European heat pump sales (Reuters) ---
    (
        "en",
        "BRUSSELS, Feb 11 (Reuters) - Heat pump sales in 14 European countries rose 9% last year to about 2.4 million units, the first increase after two years of decline, the European Heat Pump Association said on Wednesday.",
        True,
        [
            ("date", "--02-11", None, None),
            ("count", 14, None, None),
            ("percent", 9, "%", None),
            ("count", 2400000, None, "about"),
            ("ordinal", 1, None, None),
            ("duration", 2, "year", None),
        ],
        "the European Heat Pump Association",
    ),
    (
        "en",
        "Germany accounted for the biggest rise, while sales in Italy and Finland fell by more than a fifth.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "en",
        "About 26 million heat pumps are now installed across Europe, heating roughly one in six homes, the association said.",
        True,
        [("count", 26000000, None, "about"), ("fraction", 0.1667, None, "about")],
        "the association",
    ),
    (
        "en",
        '"Policy stability is the single biggest factor for households deciding whether to switch," said the association\'s secretary general.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In Britain, 43,700 heat pumps were installed with government grants last year, up 61% on the year before.",
        True,
        [("count", 43700, None, None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        "The British government has set a target of 450,000 installations a year by 2030.",
        True,
        [("count", 450000, None, None), ("year", 2030, None, None)],
        None,
    ),
    ("en", "Installers say high electricity prices relative to gas still put many households off.", False, [], None),
    # --- Bilanz Tauernstrom (APA) ---
    (
        "de",
        "Wien (APA) - Der Energiekonzern Tauernstrom hat im vergangenen Jahr einen Nettogewinn von 1,38 Milliarden Euro erzielt, um 19 Prozent weniger als im Rekordjahr davor.",
        True,
        [("money", 1380000000, "EUR", None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz sank um knapp ein Viertel auf 7,9 Milliarden Euro, teilte das Unternehmen am Mittwoch mit.",
        True,
        [("fraction", 0.25, None, "nearly"), ("money", 7900000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Grund seien vor allem gesunkene Großhandelspreise und eine schwache Wasserführung der Flüsse, sagte Finanzvorständin Michaela Strobl-Hainisch.",
        True,
        [],
        "Michaela Strobl-Hainisch",
    ),
    (
        "de",
        "Die Erzeugung aus Wasserkraft lag mit 28,6 Terawattstunden um 6 Prozent unter dem Vorjahr.",
        True,
        [("count", 28.6, None, None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "de",
        "Über den Energiekrisenbeitrag führte Tauernstrom 214 Millionen Euro an den Bund ab.",
        True,
        [("money", 214000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Dividende soll auf 2,80 Euro je Aktie sinken, nach 3,60 Euro im Jahr davor.",
        True,
        [("money", 2.8, "EUR", None), ("money", 3.6, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir haben unsere Preise für Haushaltskunden seit dem Sommer zweimal gesenkt“, sagte Vorstandschef Bernhard Kollmitzer.",
        True,
        [("count", 2, None, None)],
        "Bernhard Kollmitzer",
    ),
    (
        "de",
        "Die Arbeiterkammer warf dem Konzern vor, Preissenkungen „viel zu spät und viel zu zaghaft“ weitergegeben zu haben.",
        False,
        [],
        None,
    ),
    # --- Ofgem price cap for April to June (PA) ---
    (
        "en",
        "LONDON (PA) - The energy price cap will fall by 5.2% from April 1 to £1,658 a year for a typical household, Ofgem has announced.",
        True,
        [("percent", 5.2, "%", None), ("date", "--04-01", None, None), ("money", 1658, "GBP", None)],
        "Ofgem",
    ),
    (
        "en",
        "The cut of £91 a year is the largest since April 2024 and reflects lower wholesale gas prices over the past three months.",
        True,
        [("money", 91, "GBP", None), ("year", 2024, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Around 22 million households will see their bills fall, although the electricity standing charge will rise by 3p to 57.12p a day.",
        True,
        [("count", 22000000, None, "about"), ("money", 0.03, "GBP", None), ("money", 0.5712, "GBP", None)],
        None,
    ),
    (
        "en",
        "About 35% of households are on fixed-price deals and will not be affected by the change, Ofgem said.",
        True,
        [("percent", 35, "%", "about")],
        "Ofgem",
    ),
    (
        "en",
        "Households paying by prepayment meter will pay £49 a year less than those paying on receipt of a bill.",
        True,
        [("money", 49, "GBP", None)],
        None,
    ),
    (
        "en",
        '"This is welcome news, but bills are still more than £500 higher than before the energy crisis," said Priya Kandola, chief executive of the charity Warm Homes Alliance.',
        True,
        [("money", 500, "GBP", "over")],
        "Priya Kandola",
    ),
    (
        "en",
        'The Energy Secretary said the fall showed the government\'s plan was "working for families."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Campaigners called for a social tariff for the 6 million households they say are in fuel poverty.",
        True,
        [("count", 6000000, None, None)],
        None,
    ),
    ("en", "Analysts expect bills to edge up again over the summer.", False, [], None),
    # --- Solarrekord im März (dpa) ---
    (
        "de",
        "Berlin (dpa) - Photovoltaikanlagen haben in Deutschland am Sonntagmittag erstmals in einem März mehr als 52 Gigawatt Leistung ins Netz eingespeist.",
        True,
        [("count", 52, None, "over")],
        None,
    ),
    (
        "de",
        "Das deckte zu diesem Zeitpunkt mehr als die Hälfte des Strombedarfs, wie aus Daten der Bundesnetzagentur auf der Plattform Smard hervorgeht.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Der Börsenstrompreis fiel am Sonntag zeitweise auf minus 42 Euro je Megawattstunde.",
        True,
        [("money", -42, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im gesamten Winterhalbjahr von Oktober bis März lieferten Windräder an Land und auf See zusammen 78,4 Terawattstunden, gut 7 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 78.4, None, None), ("percent", 7, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Anteil erneuerbarer Energien am Bruttostromverbrauch lag im Winterhalbjahr bei 54 Prozent, teilte der Bundesverband der Energie- und Wasserwirtschaft mit.",
        True,
        [("percent", 54, "%", None)],
        "der Bundesverband der Energie- und Wasserwirtschaft",
    ),
    (
        "de",
        "Während der zehntägigen Dunkelflaute Anfang November hatte der Windstrom zeitweise weniger als 2 Prozent des Bedarfs gedeckt.",
        True,
        [("duration", 10, "day", None), ("percent", 2, "%", "under")],
        None,
    ),
    (
        "de",
        "„Die Dunkelflaute im November hat gezeigt, dass wir ohne Speicher und steuerbare Kraftwerke nicht auskommen“, sagte die BDEW-Hauptgeschäftsführerin.",
        False,
        [],
        None,
    ),
    # --- Bilanz Rhonewatt (Keystone-SDA) ---
    (
        "de",
        "Baden (Keystone-SDA) - Der Stromkonzern Rhonewatt hat im Geschäftsjahr einen Reingewinn von 612 Millionen Franken erzielt, nach 893 Millionen Franken im Vorjahr.",
        True,
        [("money", 612000000, "CHF", None), ("money", 893000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz ging um 14 Prozent auf 9,7 Milliarden Franken zurück, wie das Unternehmen am Donnerstag mitteilte.",
        True,
        [("percent", 14, "%", None), ("money", 9700000000, "CHF", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Kernkraftwerke des Konzerns produzierten 18,2 Terawattstunden Strom, die Wasserkraftwerke 9,4 Terawattstunden.",
        True,
        [("count", 18.2, None, None), ("count", 9.4, None, None)],
        None,
    ),
    (
        "de",
        "Rhonewatt will bis 2030 rund 1,2 Milliarden Franken in alpine Solaranlagen und den Ausbau der Pumpspeicherung investieren.",
        True,
        [("year", 2030, None, None), ("money", 1200000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Das Ergebnis ist solide, aber der Gegenwind an den Märkten ist spürbar», sagte Konzernchef Daniel Schwendimann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Dividende an die Eigentümerkantone bleibt unverändert bei 100 Millionen Franken.",
        True,
        [("money", 100000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ob der Konzern an den geplanten Grossprojekten im Wallis festhält, liess Schwendimann offen.",
        False,
        [],
        None,
    ),
    # --- Anbieterwechsel und Winterbilanz (APA) ---
    (
        "de",
        "Wien (APA) - So viele Haushalte wie nie zuvor haben im vergangenen Jahr ihren Strom- oder Gasanbieter gewechselt: Laut E-Control waren es rund 418.000.",
        True,
        [("count", 418000, None, "about")],
        "E-Control",
    ),
    (
        "de",
        "Das ist ein Plus von gut einem Viertel gegenüber dem Jahr davor.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Wer im Winter gewechselt habe, spare im Schnitt rund 310 Euro im Jahr, sagte E-Control-Vorstand Wieselthaler.",
        True,
        [("money", 310, "EUR", "about")],
        "Wieselthaler",
    ),
    (
        "de",
        "Die Großhandelspreise für Strom lagen im ersten Quartal im Schnitt bei 86 Euro je Megawattstunde, ein Fünftel unter dem Vorjahreswert.",
        True,
        [("ordinal", 1, None, None), ("money", 86, "EUR", None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Mit 1. April senken mehrere Landesenergieversorger ihre Tarife um bis zu 15 Prozent.",
        True,
        [("date", "--04-01", None, None), ("percent", 15, "%", "up_to")],
        None,
    ),
    ("de", "„Es zahlt sich aus, jedes Jahr zu vergleichen“, sagte Wieselthaler.", False, [], None),
    (
        "de",
        "Noch immer sind aber rund zwei Drittel der Haushalte in teureren Bestandstarifen ihres angestammten Versorgers.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    # --- Utility debt in the U.S. (AP) ---
    (
        "en",
        "WASHINGTON (AP) — About one in six U.S. households is behind on its utility bills, owing a combined $23 billion, according to the National Energy Assistance Directors Association.",
        True,
        [("fraction", 0.1667, None, "about"), ("money", 23000000000, "USD", None)],
        "the National Energy Assistance Directors Association",
    ),
    (
        "en",
        "The group estimates that about 21 million households are behind, up from 18 million a year earlier.",
        True,
        [("count", 21000000, None, "about"), ("count", 18000000, None, None)],
        None,
    ),
    (
        "en",
        "Utilities in 33 states can shut off service for unpaid bills during the winter months.",
        True,
        [("count", 33, None, None)],
        None,
    ),
    (
        "en",
        "The average household energy bill this winter is expected to reach $976, the highest in more than a decade.",
        True,
        [("money", 976, "USD", None)],
        None,
    ),
    (
        "en",
        '"Nobody should have to choose between heating their home and buying medicine," said the association\'s executive director.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"How is anyone supposed to pay a $400 gas bill on a $1,100 pension?" asked Rosa Villanueva, 67, a retired school cook in Detroit.',
        False,
        [("money", 400, "USD", None), ("money", 1100, "USD", None), ("duration", 67, "year", None)],
        None,
    ),
    (
        "en",
        "Federal data show nearly 1.8 million households had their electricity disconnected for nonpayment in 2024.",
        True,
        [("count", 1800000, None, "nearly"), ("year", 2024, None, None)],
        None,
    ),
    # --- Fuel poverty in England (PA) ---
    (
        "en",
        "LONDON (PA) - An estimated 3.1 million households in England were in fuel poverty last year, 11.8% of the total, according to figures published on Thursday by the government's energy department.",
        True,
        [("count", 3100000, None, "about"), ("percent", 11.8, "%", None)],
        None,
    ),
    (
        "en",
        "The average fuel poverty gap, the amount needed to lift a household out of fuel poverty, rose to £443.",
        True,
        [("money", 443, "GBP", None)],
        None,
    ),
    (
        "en",
        "Households in privately rented homes were the most likely to be fuel poor, with almost one in five affected.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "The number of households using prepayment meters fell by 210,000 to about 3.9 million, the department said.",
        True,
        [("count", 210000, None, None), ("count", 3900000, None, "about")],
        "the department",
    ),
    (
        "en",
        '"These are not statistics, these are people sitting in coats in their own living rooms," said the chief executive of National Energy Action.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government said its Warm Homes Plan would upgrade up to 300,000 homes a year by the end of the decade.",
        True,
        [("count", 300000, None, "up_to")],
        None,
    ),
    (
        "en",
        "Whether the 2030 fuel poverty target can still be met is widely doubted among housing experts.",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    # --- EU gas storage ends the winter (Reuters) ---
    (
        "en",
        "BRUSSELS, March 31 (Reuters) - European Union gas storage ended the winter heating season 33.8% full, the lowest level since 2022, Gas Infrastructure Europe data showed on Tuesday.",
        True,
        [("date", "--03-31", None, None), ("percent", 33.8, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Germany's sites were only 27% full, while Spain's stood at 61%.",
        True,
        [("percent", 27, "%", None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        "Refilling the sites before next winter will require about 58 billion cubic metres of injections over the summer, analysts estimate.",
        True,
        [("count", 58000000000, None, "about")],
        None,
    ),
    (
        "en",
        "The summer contract traded at 37.10 euros per megawatt hour, about 1.40 euros above next winter's, removing the usual incentive to store gas.",
        True,
        [("money", 37.1, "EUR", None), ("money", 1.4, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The European Commission said member states could miss the refill target by up to 10 percentage points if market conditions were difficult.",
        True,
        [("percent", 10, "pp", "up_to")],
        "the European Commission",
    ),
    (
        "en",
        "LNG made up 47% of EU gas imports over the winter, up from 41% a year earlier, according to the European Commission.",
        True,
        [("percent", 47, "%", None), ("percent", 41, "%", None)],
        "the European Commission",
    ),
    (
        "en",
        '"Europe got through the winter, but it did so by emptying the cupboard," said a Brussels-based gas trader who declined to be named.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was not clear whether Germany would set up a strategic gas reserve before next winter.",
        False,
        [],
        None,
    ),
]
