"""Thirty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Companies, people and figures are made up
(Halvorn, Nordwerk, Weinberg Capital, Alpenländische Kreditbank, Danubia Energie, Lehmwerk,
Rhenovia, Calcara, Brennwald, Corvessa, Torvane, Helix Motors, Harlan Wealth, Marlow Homes,
Ardent Systems, Loxley Markets, Brightwater Research, Ledgerline, Veridian Pharma, Redgum
Capital, Pilbara Iron, Typhoon Rosal, Sturmtief „Henrike“); real names such as "Dax",
"MDax", "ATX", "SMI", "S&P 500", "FTSE 100", "Nikkei", "Sensex", "Helaba", "Erste Group",
"UBS", "Jefferies", "Goldman Sachs", "Morgan Stanley", "Bitstamp", "Coinglass", "CoinGecko",
"LSEG", "CME Group", "Deutscher Wetterdienst", "Geosphere Austria", "MeteoSchweiz", "ADAC",
"ÖAMTC", "TCS", "Asfinag", "ÖBB", "Met Office", "National Highways", "Network Rail",
"Northern Powergrid", "FlightAware" or "Environment Canada" stand for the way wire copy names
them; what is said, measured and counted here is invented.

Its weight: NUMBER-DENSE SERVICE COPY - market reports and weather, warning and traffic
service as the wires file them, half German (dpa-AFX, dpa, APA, AWP, Keystone-SDA, Reuters
German; Austrian "heuer", "ersucht", Swiss "ss", "11'894,60", "0,21%", «» quotes, German „“
quotes), half English (Reuters, PA, AP, AAP, PTI, CP, AFP; US, UK, Australian, Indian and
Canadian usage: "per cent", "412p", "83.56 pence", "65.42 US cents", "$US110", "A$28.45",
"Rs 3,239 crore", "12 paise", "-12C", "110 F (43 C)", "90km/h", "Jan. 3"), told as short
stories in story order. 14 German stories: the Dax close, currencies and bonds (the EZB
reference rate line, "Umlaufrendite", Bund yields and spreads), the Vienna close, the SMI,
oil, gold, silver and gas, bitcoin below 60,000 dollars, a profit warning with cut price
targets, a cold snap ("minus 19,4 Grad", "zwischen minus 12 und minus 16 Grad"), snow and
avalanche danger in Tyrol ("Lawinenwarnstufe 4", "bis zu 90 Zentimeter Neuschnee"), a storm
("Windböen bis 120 km/h", "Stufe 3 von 4", "Verspätungen von bis zu 45 Minuten"), heat in
Austria and Switzerland, holiday traffic ("mehr als 1.200 Kilometer Stau", "bis zu 90
Minuten"), rail and airport disruption, Easter traffic at the Gotthard. 19 English stories:
the Wall Street close, the London close, Tokyo and currencies, oil and gold, Treasuries,
bitcoin above $100,000, a drugmaker's shares and price targets, European shares, the ASX,
the Sensex, a cold snap in Britain, an M25 closure, rail delays, heat in the Southwest,
fire weather in South Australia, a heatwave in Delhi, a US winter storm with flight
cancellations, snow in Toronto, a typhoon in the Philippines. Figures in every form service
copy has: index points and moves, percent moves, basis points, exchange rates, prices per
barrel, ounce and megawatt hour, cents, pence and paise, price targets, temperatures below
zero in words and with a minus sign, snow depths, wind speeds, warning levels, kilometres of
queues, minutes and hours of delay, counts of flights, fires and schools. Negatives as such
copy has them: market colour and traders' mood, analysts' and strategists' opinions,
commentary, open questions, forecasters' vague outlooks without a figure, weather and travel
advice and appeals, quoted feelings.

224 rows (116 German, 108 English), 47 negatives (24 German, 23 English), 177 check-worthy
rows of which 11 carry no figure (7 German, 4 English), 309 expected quantities (118
counts, 75 percentages, 63 amounts of money, 24 durations, 11 dates, 9 ordinals, 6 years,
3 fractions; none of them in negatives), 27 checked speakers (12 German, 15 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a figure is check-worthy with the speaker its own attribution gives ("Für Ende
  2025 rechne die Landesbank mit einem Dax-Stand von 21.000 Punkten, sagte Helaba-Analyst
  Markus Rinder." -> "Markus Rinder").
- Index levels and moves are counts ("19.456 Punkten", "26.871 Zähler", "1.856,20
  Einheiten", "11'894,60 Punkten", "412.50 points", "5,432.10", "57.6 points", twenty-sixth
  and thirty-third batches); index readings ("jumped 3.8 points to 21.6" of the VIX, the
  dollar index "103.92") are counts, as in the twenty-first batch. Index and benchmark names
  carry none: "S&P 500", "FTSE 100", "EuroStoxx 50" (as "EuroStoxx50", eighteenth batch),
  and, new by the same rule, "STOXX 600", "CAC 40", "S&P/ASX200", "ATX Prime", "TTF".
- "über die Marke von 19.500 Punkten" and "unter die Marke von 60.000 Dollar" give no
  qualifier: the hedge word is parted from the figure by a noun (sixteenth and twenty-first
  batches: "unter die Maastricht-Grenze von drei Prozent"); "unter 75 Dollar gefallen" is
  "under" (ninth batch), "rose above $100,000" and "rose above $US110" "over" ("above",
  sixteenth and twenty-third), "weakened past 7.30 per dollar" and "topped $3.6 trillion"
  no hedge ("past" and a verb, thirty-first, thirty-third and thirty-sixth), "a record high
  of", "a record 8,647", "an average of", "Another" no hedge.
- Exchange rates and unit prices are money in the currency written (eighth, fourteenth,
  twenty-sixth and thirty-first batches): "1,0845 US-Dollar", "$1.0845", "0,9232 Euro",
  "0,9412 Franken", "151,80 Yen", "148.35 per dollar" after the yen JPY, "7.30 per dollar"
  after the yuan CNY, "83.42 against the US dollar" after the rupee INR, "78,45 Dollar" a
  barrel, "2.785 Dollar je Feinunze", "$2,641.35 per ounce", "46,80 Euro je
  Megawattstunde"; "je Barrel", "a barrel", "per ounce", "an ounce", "ein Barrel", "Eine
  Feinunze", "a tonne" carry none (eighteenth and thirty-third). New: the dpa-AFX reference
  rate line "auf 1,0832 (Montag: 1,0791) Dollar" gives the currency written once to both
  figures, as a range does. New: "the euro eased to 83.56 pence" is 0.8356 GBP (pence are
  GBP, fourth batch, and the rate is money in the priced currency); "65.42 US cents" 0.6542
  USD and "12 paise" 0.12 INR (cents and paise are hundredths of the currency named, as
  cents, pence and Rappen in the ninth, tenth and twenty-third batches); "$US110" is USD
  (AAP's way of writing US dollars); "96 cents" 0.96 USD; "Rs 3,239 crore" 3.239e10 INR.
- New: analysts' published rating and target actions are facts of record and check-worthy,
  with both amounts ("hoben das Kursziel ... von 38 auf 46 Euro an", "senkte ... das
  Kursziel von 31 auf 24 Euro", "das Kursziel auf 92 Franken erhöht", "raised its price
  target ... to $96 from $72", "lowering its target to $140 from $175", "cut its price
  target to $210"), the currency written once given to both (twenty-seventh batch: "von 5,40
  auf 5,90 Franken"); an analyst's or strategist's view of a market or a stock without a
  figure is a negative, quoted or paraphrased ("Analysten halten die neuen Ziele ... für
  ambitioniert", "Currency strategists said the yen's rebound may have further to run.",
  ""We think the market is still underestimating ...," analysts at Jefferies wrote", as
  analyst verdicts in the eighteenth, thirty-third and thirty-sixth batches). Market
  pricing with a figure is check-worthy ("Futures traders now see a roughly 58% probability
  ... according to CME Group's FedWatch tool", "Money markets put the odds ... at 72%"), as
  are expectations with a figure ("Analysts polled by Reuters had expected a draw of about
  1.5 million barrels", twenty-sixth: "Economists polled by Reuters had expected ...").
- Points: "sechs Basispunkte", "128 Basispunkte", "7 basis points", "a 25 basis point ...
  cut" bp; "a quarter-point reduction" 0.25 pp (eleventh); "Zehnjährige Bundesanleihen",
  "zehnjähriger ... Staatsanleihen", "10-year gilts", "10-year Treasury notes", "10-year
  notes", "the two-year yield" durations in years (eleventh, twentieth and thirty-third).
  "mit einem Minus von 0,8 Prozent" is 0.8 as written (eleventh: only a sign on the figure
  is negative).
- Temperatures are counts (fourth and thirty-third batches); "minus 19,4 Grad" is -19.4 and
  "bis zu minus 22 Grad" -22 "up_to" (twenty-first: "bis zu minus 18 Grad");
  "Tiefstwerte zwischen minus 12 und minus 16 Grad" two counts -12 and -16, the unit
  written once (as "zwischen minus 0,1 und plus 0,1 Prozent", thirty-third); "Wind chills
  of minus 30 degrees" -30. New: "-12C" and "-12.3C" are the counts -12 and -12.3 - a
  hyphen standing right before a figure, with no figure before it, is a minus sign, as the
  word "minus" is; between two figures it stays a range and no sign (seventeenth). New:
  "unlikely to rise above -4C" is count -4 with "over" ("above 40C" is "over",
  twenty-third; a hedge word before a figure is its qualifier whatever it bounds, eleventh).
  "116 degrees Fahrenheit (46.7 Celsius)" two counts; "Highs of up to 110 F (43 C)" 110
  "up_to" and 43 with none (the hedge stands before the first figure only, thirty-second:
  "about 180 miles (290 kilometers)"); "mit mindestens 30 Grad" 30 "at_least"; "Höchstwerte
  von 36 bis 38 Grad", "20 to 30 centimetres" two counts.
- New: "Windböen bis 120 km/h" is 120 with "up_to": a bare "bis" before a figure, with no
  starting figure before it, is the upper bound, as "bis zu" (a year or a clock time after
  "bis" stays what it is: "bis 2030", "bis 16.00 Uhr").
- Warning levels are counts: "die Lawinenwarnstufe 4" count 4 (as "Gefahrenstufe 3",
  twenty-first, and "die höchste Warnstufe vier", twenty-fourth); "eine Unwetterwarnung der
  Stufe 3 von 4" counts 3 and 4 (as "Stufe drei der fünfteiligen Skala", twenty-seventh,
  and "at level 3 on a scale of 5", twenty-first); "eine Hitzewarnung der Stufe 3" count 3;
  "die zweithöchste Stufe der fünfteiligen europäischen Skala" ordinal 2 and count 5
  ("die zweithöchste Warnstufe", twenty-sixth). New: "Signal No. 4" (the Philippine wind
  signal) is count 4, a level on a warning scale as "a Category 4 storm" (thirty-second),
  not an identifier like "Nr. 5" in a title. "die höchste Hitzewarnstufe", "An amber
  warning", "a red alert", "Catastrophic fire danger" carry none.
- A warning issued is a fact and check-worthy ("hat ... die Lawinenwarnstufe 4
  ausgerufen", "hatte ... eine Unwetterwarnung ... ausgegeben", "has issued an extreme heat
  warning", "has issued a red alert", "Catastrophic fire danger has been declared"), as
  "Die Geosphere Austria warnt für Dienstag vor weiteren Starkregenfällen." in the
  twenty-eighth batch; a forecast with a figure by a weather service or a named forecaster
  is check-worthy ("erwartet der DWD ... Tiefstwerte zwischen minus 12 und minus 16 Grad",
  "Die Schneefallgrenze sinke bis Freitag auf 600 Meter, sagte Meteorologe ...", "Highs
  ... are forecast ..., the weather service said", "Environment Canada says Toronto could
  see ...", seventh and thirty-second batches); forecasters' outlooks without a figure are
  negatives ("Ab dem Wochenende soll sich die Kälte dann langsam zurückziehen.", "In der
  Nacht dürfte der Wind allmählich nachlassen.", "Forecasters said it would stay bitterly
  cold ...", "Relief is unlikely before the weekend, forecasters said.", as "Am Wochenende
  soll es laut DWD deutlich milder werden." in the twenty-first batch).
- Weather and travel advice and appeals are negatives, also when an authority, a club or a
  company is named as their source ("..., rät der ADAC.", "..., raten die
  Verkehrsclubs.", "Die Bahn bittet Reisende, ...", "Die Kantonspolizei Uri empfiehlt,
  ...", "Skitourengeher werden dringend ersucht, ...", "Officials urged residents to stay
  indoors ...", "Doctors advised people ...", "Drivers are urged ...", imperatives), as
  "Residents were urged ..." (twenty-eighth), "riet die Polizei" (twenty-sixth), "Die
  Polizei appelliert an alle Autofahrer ..." (thirty-second) and "Der Autofahrerclub rät
  ..." (thirty-third).
- Other negatives: market colour and traders' mood ("Händler sprachen von einem insgesamt
  ruhigen Geschäft ...", "Ein Händler sprach von einem „lustlosen Geschäft ...“", "Die
  Kälte hat Deutschland fest im Griff.", "Many on the Street expect choppy trading ...",
  "Some investors are betting ..."), quoted traders, fund managers, strategists and
  analysts, commentary ("Viele Investoren sehen Gold weiterhin als sicheren Hafen ...",
  "Bullion is widely seen as a hedge ...", "Sceptics warn ..."), open questions ("Ob ...",
  "It was not immediately clear what triggered ..."), quoted feelings (a deputy governor,
  a meteorologist, a motorist, a crypto broker's chief executive).
- Check-worthy without a figure: closures and suspended services (Fernpass, Arlbergstrecke,
  A66), "Both carriageways reopened shortly after 4pm.", a disruption cleared at a clock
  time, a record low stated for the winter, "zweistellige Minusgrade" (a vague magnitude
  with no quantity, fifth batch), a trial that missed its endpoint, "Wall Street's main
  indexes had closed at record highs on Wednesday.", a heat warning level in force, a red
  alert.
- Physical measures are counts (fourth batch): "159 Liter", "180.000 Barrel pro Tag", "4.3
  million barrels", "auf 15 Kilometern", "mehr als 1.200 Kilometer Stau", "28 Kilometern",
  "auf bis zu 13 Kilometer", "6 Kilometer Stau", "tailbacks of up to 12 miles", "bis zu 90
  Zentimeter Neuschnee", "1,85 Meter", "2,45 Meter", "5184 Meter über Meer" (Swiss copy
  without a separator, as "3100 Metern", twenty-first), "600 Meter", "148 Kilometer pro
  Stunde", "185 km/h", "up to 30cm", "up to 14 inches", "about 2 feet", "more than 100
  miles", "up to 300 millimetres", "8,647 megawatts"; "A 23-mile stretch" count 23 (a
  figure in a compound, as "a 43-kilometre transit corridor", thirty-first); "pro Stunde",
  "pro Tag" none.
- Identifiers carry none: "A12", "A8", "A66", "M25", "Interstate 70", "Interstate 5" (as
  "A9" and "Interstate 94"), "Opec+" (as "OPEC+"), and, new, "between junctions 10 and 11":
  motorway junctions are numbered as roads are, no count.
- Durations: "Verspätungen von bis zu 45 Minuten", "delays of up to 45 minutes", "bis zu
  drei Stunden länger", "bis zu 90 Minuten", "bis zu 40 Minuten", "bis zu zweieinhalb
  Stunden" (2.5 hours) "up_to"; "mehr als 30 Minuten Verspätung", "mehr als 15 Minuten
  Verspätung" "over" (as "weniger als sechs Minuten Verspätung", twenty-eighth); "für rund
  fünf Stunden" 5 hours "about"; "was closed for six hours" 6 hours; "binnen 36 Stunden",
  "binnen 24 Stunden", "within 24 hours" no hedge (twenty-first and thirty-first); "its
  steepest one-day drop in two months" 1 day and 2 months ("one-day drop", sixth; "its
  highest in nine years", twenty-eighth); "over 68 weeks" 68 weeks with no hedge
  (twenty-fifth); "the highest in at least 79 years" 79 years "at_least"; "a 47-year-old
  man" an age in years; "over the last 20 sessions" count 20 (a trading session is no unit
  of the duration list, as "six quarters", twenty-sixth); "binnen eines Tages", "am
  Vortag", "Auf Wochensicht", "Seit Jahresbeginn", "last week", "so far this year", "this
  winter" none.
- Ordinals, counts and fractions: "der dritte Gewinntag in Folge" 3; "zweitgrößte",
  "second-biggest" 2; "fourth-quarter", "in the third quarter"; "for the first time" 1;
  "the 14th to hit the country this year" 14; "erstmals" none (fourth). "At least three
  brokerages" 3 "at_least"; "six major currencies" 6; "in an 8-1 vote" two counts (a
  tally, fifth and twenty-sixth). New: "by a 3.1-to-1 ratio" is two counts, 3.1 and 1,
  written as a tally is. "240 von rund 1.000 geplanten Starts" counts 240 and 1000 "about"
  (twenty-first); "14 of the state's 15 fire ban districts" two counts (a definite group);
  "11 of them" count 11 (thirty-second); "mehr als 400 Mal" 400 "over" (twenty-first);
  "fast jeder vierte Zug" 0.25 "nearly"; "About one in five trains" 0.2 "about"; "fast ein
  Fünftel" 0.2 "nearly".
- Dates and years: datelines with a day ("NEW YORK, Nov 14 (Reuters)", "SYDNEY, Feb 20
  (AAP)", "MANILA, Oct 24 (AFP)") are dates without a year; "Frankfurt (dpa-AFX) -", "Wien
  (APA) -", "Zürich (awp) -", "Göschenen UR (Keystone-SDA) -", "LONDON (PA) -", "PHOENIX
  (AP) —", "TORONTO (CP) —" and "MUMBAI:" none; "am 12. Dezember" and "in the week to Jan.
  3" dates; "since November 2023", "set in 2013", "Für Ende 2025", "für 2025", "seit Beginn
  der Messungen 1954" the years; clock times ("gegen 10.30 Uhr", "by 0630 GMT", "shortly
  before 6am", "until 9pm", "after 4pm", "at 5pm", "between noon and 4pm", "by noon") and
  months or weekdays alone ("seit Mitte Oktober", "im März", "in late October", "since
  May", "Karfreitag") none.
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Helaba-Analyst", "ADAC-Sprecherin", "Meteorologe" with "von der Geosphere
  Austria" after the name, as "Primar Dr. ... von der Klinik Ottakring", twenty-first;
  "Met Office meteorologist", as "ONS chief economist", thirty-third); "teilte Rhenovia am
  Morgen mit" -> "Rhenovia" (a name without an article, thirty-sixth); "teilte der Deutsche
  Wetterdienst / die Geosphere Austria / das Land Tirol mit" the source with its article in
  the nominative ("das Land Niederösterreich", thirty-second); "Wie die Asfinag mitteilte,
  ..." opening the sentence -> "die Asfinag" (thirty-third); "nach Angaben des ADAC" -> "der
  ADAC" (as "nach Angaben des Bauministeriums"); "laut ÖAMTC" and "laut TCS" as written;
  "teilte der Flughafen mit" -> "der Flughafen" (as "the airport said" -> "the airport",
  thirty-second); "the Met Office", "the weather service", "the Bureau of Meteorology",
  "the India Meteorological Department", "the National Weather Service", "the national
  weather service", "the Energy Information Administration", "the California Highway
  Patrol" said at the end, with the article in lower case; "National Highways said"
  (twice), "Network Rail said", "Surrey Police said", "Northern Powergrid said" (as
  "Scottish and Southern Electricity Networks said") and "according to FlightAware" (as
  "according to PowerOutage.us") as written. Left unchecked (None): "nach Angaben des
  Deutschen Wetterdienstes" (a capitalised adjective heading the name in the genitive, as
  "nach Angaben der Deutschen Bahn", twentieth and thirty-first), "nach Angaben der
  Gemeinde", "nach Angaben des Flughafens" (descriptions for a place named, as "nach
  Angaben des Spitals"), "nach Angaben der Bahn" (twenty-eighth), "nach eigenen Angaben",
  "Nach Daten des Analysehauses Coinglass", "erwartet der DWD", "maß der Deutsche
  Wetterdienst", "erwartet die Geosphere Austria", "hat der ADAC ... gezählt", "Brennwald
  rechnet", "der Lawinenwarndienst Tirol hat ... ausgerufen" (no verb of saying), "sagte
  ein Sprecher des Innenministeriums", "according to LSEG data", "according to CME Group's
  FedWatch tool" (twenty-sixth), "according to data from CoinGecko", "according to
  exchange data", "according to the city's power distributors" (a description),
  "Analysts polled by Reuters", "Environment Canada says" opening the sentence (present
  tense, as "Kyiv says" and "the WHO says"), "Toronto Pearson airport said" opening it (an
  organisation at the head of reported speech, eighteenth), "officials said", "civil
  defence officials said" and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_38 = [
    # === German =================================================================================
    # --- Dax-Schluss (dpa-AFX) ------------------------------------------------------------------
    ("de", "Frankfurt (dpa-AFX) - Der Dax ist am Dienstag mit einem Plus von 0,4 Prozent bei 19.456 Punkten aus dem Handel gegangen.", True,
     [("percent", 0.4, "%", None), ("count", 19456, None, None)], None),
    ("de", "Im Tagesverlauf war der deutsche Leitindex zeitweise über die Marke von 19.500 Punkten geklettert.", True,
     [("count", 19500, None, None)], None),
    ("de", "Für den Leitindex war es der dritte Gewinntag in Folge.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Der MDax der mittelgroßen Börsenwerte verlor dagegen 0,3 Prozent auf 26.871 Zähler.", True,
     [("percent", 0.3, "%", None), ("count", 26871, None, None)], None),
    ("de", "Auf Wochensicht steht für den Dax damit ein Gewinn von 1,8 Prozent zu Buche.", True,
     [("percent", 1.8, "%", None)], None),
    ("de", "Der Eurozonen-Leitindex EuroStoxx 50 legte um 0,6 Prozent auf 4.912,35 Punkte zu.", True,
     [("percent", 0.6, "%", None), ("count", 4912.35, None, None)], None),
    ("de", "Spitzenreiter im Dax waren die Aktien des Chipkonzerns Halvorn mit einem Kurssprung von 6,2 Prozent.", True,
     [("percent", 6.2, "%", None)], None),
    ("de", "Das Unternehmen hatte am Morgen seine Prognose angehoben und rechnet für das Geschäftsjahr 2025 nun mit einem Umsatz von 8,4 bis 8,7 Milliarden Euro.", True,
     [("year", 2025, None, None), ("money", 8.4e9, "EUR", None), ("money", 8.7e9, "EUR", None)], None),
    ("de", "Am anderen Ende des Kurszettels sackten die Papiere des Versorgers Nordwerk um 4,7 Prozent ab.", True,
     [("percent", 4.7, "%", None)], None),
    ("de", "„Der Markt hangelt sich von Rekord zu Rekord, aber die Luft wird dünner“, sagte Marktanalyst Jochen Stadler von der Fondsgesellschaft Weinberg Capital.", False, [], None),
    ("de", "Händler sprachen von einem insgesamt ruhigen Geschäft vor der Zinsentscheidung der US-Notenbank.", False, [], None),
    ("de", "Für Ende 2025 rechne die Landesbank mit einem Dax-Stand von 21.000 Punkten, sagte Helaba-Analyst Markus Rinder.", True,
     [("year", 2025, None, None), ("count", 21000, None, None)], "Markus Rinder"),
    ("de", "Ob die Jahresendrally noch Luft nach oben hat, wagte am Parkett kaum jemand vorherzusagen.", False, [], None),
    # --- Devisen und Anleihen (dpa-AFX) -------------------------------------------------------
    ("de", "Der Euro kostete am Abend 1,0845 US-Dollar.", True,
     [("money", 1.0845, "USD", None)], None),
    ("de", "Die Europäische Zentralbank hatte den Referenzkurs am Nachmittag auf 1,0832 (Montag: 1,0791) Dollar festgesetzt.", True,
     [("money", 1.0832, "USD", None), ("money", 1.0791, "USD", None)], None),
    ("de", "Der Dollar kostete damit 0,9232 Euro.", True,
     [("money", 0.9232, "EUR", None)], None),
    ("de", "Zum Yen fiel der Dollar auf 151,80 Yen, den tiefsten Stand seit Mitte September.", True,
     [("money", 151.8, "JPY", None)], None),
    ("de", "Die EZB entscheidet am 12. Dezember über ihre Leitzinsen.", True,
     [("date", "--12-12", None, None)], None),
    ("de", "Die Umlaufrendite stieg von 2,31 Prozent am Vortag auf 2,36 Prozent.", True,
     [("percent", 2.31, "%", None), ("percent", 2.36, "%", None)], None),
    ("de", "Zehnjährige Bundesanleihen rentierten mit 2,61 Prozent, sechs Basispunkte mehr als am Vortag.", True,
     [("duration", 10, "year", None), ("percent", 2.61, "%", None), ("percent", 6, "bp", None)], None),
    ("de", "Der Risikoaufschlag zehnjähriger italienischer Staatsanleihen gegenüber deutschen Papieren weitete sich auf 128 Basispunkte aus.", True,
     [("duration", 10, "year", None), ("percent", 128, "bp", None)], None),
    # --- Wiener Börse (APA) ---------------------------------------------------------------------
    ("de", "Wien (APA) - Der Wiener Leitindex ATX hat am Mittwoch mit einem Minus von 0,8 Prozent bei 3.712,45 Punkten geschlossen.", True,
     [("percent", 0.8, "%", None), ("count", 3712.45, None, None)], None),
    ("de", "Der breiter gefasste ATX Prime verlor 0,7 Prozent auf 1.856,20 Einheiten.", True,
     [("percent", 0.7, "%", None), ("count", 1856.2, None, None)], None),
    ("de", "Unter Druck standen vor allem Bankwerte: Die Aktien der Alpenländischen Kreditbank fielen um 2,9 Prozent auf 41,18 Euro.", True,
     [("percent", 2.9, "%", None), ("money", 41.18, "EUR", None)], None),
    ("de", "Die Titel des Ölkonzerns Danubia Energie gaben 1,6 Prozent nach, nachdem der Brent-Preis erneut unter 75 Dollar gefallen war.", True,
     [("percent", 1.6, "%", None), ("money", 75, "USD", "under")], None),
    ("de", "Gegen den Trend legten die Papiere des Ziegelherstellers Lehmwerk um 3,4 Prozent zu, gestützt von einer Kaufempfehlung der Erste Group.", True,
     [("percent", 3.4, "%", None)], None),
    ("de", "Die Analysten der Bank hoben das Kursziel für die Aktie von 38 auf 46 Euro an.", True,
     [("money", 38, "EUR", None), ("money", 46, "EUR", None)], None),
    ("de", "Ein Händler sprach von einem „lustlosen Geschäft ohne klare Impulse“.", False, [], None),
    ("de", "Insgesamt wurden an der Wiener Börse Aktien im Wert von 142,6 Millionen Euro umgesetzt.", True,
     [("money", 142.6e6, "EUR", None)], None),
    # --- SMI (AWP) --------------------------------------------------------------------------------
    ("de", "Zürich (awp) - Der Swiss Market Index (SMI) schloss am Donnerstag 0,21% tiefer bei 11'894,60 Punkten.", True,
     [("percent", 0.21, "%", None), ("count", 11894.6, None, None)], None),
    ("de", "Die Genussscheine des Pharmakonzerns Rhenovia verloren nach enttäuschenden Studiendaten 7,3% auf 248,50 Franken.", True,
     [("percent", 7.3, "%", None), ("money", 248.5, "CHF", None)], None),
    ("de", "Die Zulassungsstudie mit dem Wirkstoff Velocitab habe ihren Hauptendpunkt verfehlt, teilte Rhenovia am Morgen mit.", True,
     [], "Rhenovia"),
    ("de", "Die Aktie des Zementkonzerns Calcara stieg um 2,4%, nachdem die UBS das Kursziel auf 92 Franken erhöht hatte.", True,
     [("percent", 2.4, "%", None), ("money", 92, "CHF", None)], None),
    ("de", "Der Franken legte zum Euro zu: Ein Euro kostete zuletzt 0,9412 Franken.", True,
     [("money", 0.9412, "CHF", None)], None),
    ("de", "«Die Anleger trauen dem Frieden an den Märkten nicht», sagte ein Zürcher Händler.", False, [], None),
    ("de", "«Wer jetzt verkauft, verkauft vielleicht zum dümmsten Zeitpunkt», sagte Vermögensverwalter Hannes Zeiler.", False, [], None),
    # --- Rohstoffe (Reuters) --------------------------------------------------------------------
    ("de", "Frankfurt (Reuters) - Der Preis für ein Barrel (159 Liter) der Nordseesorte Brent fiel am Freitag um 1,3 Prozent auf 78,45 Dollar.", True,
     [("count", 159, None, None), ("percent", 1.3, "%", None), ("money", 78.45, "USD", None)], None),
    ("de", "Das US-Leichtöl WTI verbilligte sich um 1,1 Prozent auf 74,12 Dollar je Barrel.", True,
     [("percent", 1.1, "%", None), ("money", 74.12, "USD", None)], None),
    ("de", "Die Ölallianz Opec+ hatte am Vortag beschlossen, ihre Förderung ab Januar um 180.000 Barrel pro Tag auszuweiten.", True,
     [("count", 180000, None, None)], None),
    ("de", "Der Goldpreis erreichte mit 2.785 Dollar je Feinunze ein Rekordhoch.", True,
     [("money", 2785, "USD", None)], None),
    ("de", "Eine Feinunze Silber kostete 31,40 Dollar, ein Minus von 0,9 Prozent.", True,
     [("money", 31.4, "USD", None), ("percent", 0.9, "%", None)], None),
    ("de", "Europäisches Erdgas zur Lieferung im nächsten Monat verteuerte sich am niederländischen Handelspunkt TTF um 4,2 Prozent auf 46,80 Euro je Megawattstunde.", True,
     [("percent", 4.2, "%", None), ("money", 46.8, "EUR", None)], None),
    ("de", "Viele Investoren sehen Gold weiterhin als sicheren Hafen in unruhigen Zeiten.", False, [], None),
    ("de", "Ob die Ölpreise angesichts der schwachen Nachfrage aus China wieder anziehen, ist unter Experten umstritten.", False, [], None),
    # --- Bitcoin (dpa) ----------------------------------------------------------------------------
    ("de", "Berlin (dpa) - Der Bitcoin ist am Montag erstmals seit Mitte Oktober unter die Marke von 60.000 Dollar gefallen.", True,
     [("money", 60000, "USD", None)], None),
    ("de", "Auf der Handelsplattform Bitstamp kostete die älteste Kryptowährung zeitweise 59.310 Dollar, knapp 6 Prozent weniger als am Freitag.", True,
     [("money", 59310, "USD", None), ("percent", 6, "%", "nearly")], None),
    ("de", "Seit dem Rekordhoch von 73.800 Dollar im März hat der Bitcoin damit fast ein Fünftel seines Werts eingebüßt.", True,
     [("money", 73800, "USD", None), ("fraction", 0.2, None, "nearly")], None),
    ("de", "Die nach Marktwert zweitgrößte Kryptowährung Ether verbilligte sich um 8,4 Prozent auf 2.415 Dollar.", True,
     [("ordinal", 2, None, None), ("percent", 8.4, "%", None), ("money", 2415, "USD", None)], None),
    ("de", "Nach Daten des Analysehauses Coinglass wurden binnen 24 Stunden Positionen im Wert von mehr als 1,1 Milliarden Dollar zwangsweise aufgelöst.", True,
     [("duration", 24, "hour", None), ("money", 1.1e9, "USD", "over")], None),
    ("de", "„Krypto bleibt ein Spielball der Stimmung“, sagte Anlagestratege Felix Morgenthal.", False, [], None),
    # --- Gewinnwarnung und Kursziele (dpa-AFX) ----------------------------------------------------
    ("de", "Frankfurt (dpa-AFX) - Die Aktie des Autozulieferers Brennwald ist am Mittwoch nach einer Gewinnwarnung um bis zu 14 Prozent eingebrochen.", True,
     [("percent", 14, "%", "up_to")], None),
    ("de", "Brennwald rechnet für 2025 nur noch mit einer operativen Marge von 3,5 bis 4,0 Prozent, nach zuvor 5 Prozent.", True,
     [("year", 2025, None, None), ("percent", 3.5, "%", None), ("percent", 4.0, "%", None), ("percent", 5, "%", None)], None),
    ("de", "Die Investmentbank Jefferies senkte daraufhin das Kursziel von 31 auf 24 Euro und stufte die Aktie auf „Underperform“ ab.", True,
     [("money", 31, "EUR", None), ("money", 24, "EUR", None)], None),
    ("de", "Der Börsenwert des Unternehmens schrumpfte binnen eines Tages um rund 600 Millionen Euro.", True,
     [("money", 600e6, "EUR", "about")], None),
    ("de", "Seit Jahresbeginn hat die Aktie damit mehr als 40 Prozent verloren.", True,
     [("percent", 40, "%", "over")], None),
    ("de", "Analysten halten die neuen Ziele des Managements für ambitioniert, aber nicht unrealistisch.", False, [], None),
    ("de", "„Das Vertrauen der Investoren ist erst einmal weg“, sagte ein Fondsmanager.", False, [], None),
    # --- Kältewelle (dpa) ------------------------------------------------------------------------
    ("de", "Offenbach (dpa) - In der Nacht zum Donnerstag ist die Temperatur in Oberstdorf auf minus 19,4 Grad gesunken.", True,
     [("count", -19.4, None, None)], None),
    ("de", "Das war nach Angaben des Deutschen Wetterdienstes der tiefste Wert in Deutschland in diesem Winter.", True, [], None),
    ("de", "Auch in Sachsen und Thüringen wurden verbreitet zweistellige Minusgrade gemessen.", True, [], None),
    ("de", "Für die kommende Nacht erwartet der DWD im Alpenvorland Tiefstwerte zwischen minus 12 und minus 16 Grad.", True,
     [("count", -12, None, None), ("count", -16, None, None)], None),
    ("de", "Über frischem Schnee sind örtlich bis zu minus 22 Grad möglich, teilte der Deutsche Wetterdienst mit.", True,
     [("count", -22, None, "up_to")], "der Deutsche Wetterdienst"),
    ("de", "Wegen Glätte krachte es allein in Bayern bis zum Morgen mehr als 400 Mal, sagte ein Sprecher des Innenministeriums.", True,
     [("count", 400, None, "over")], None),
    ("de", "In Berlin stellte die Kältehilfe zusätzlich 150 Notschlafplätze bereit.", True,
     [("count", 150, None, None)], None),
    ("de", "Die Kälte hat Deutschland fest im Griff.", False, [], None),
    ("de", "Autofahrer sollten ihre Fahrweise den Straßenverhältnissen anpassen und mehr Zeit einplanen, rät der ADAC.", False, [], None),
    ("de", "Ab dem Wochenende soll sich die Kälte dann langsam zurückziehen.", False, [], None),
    # --- Wintereinbruch in Tirol (APA) ------------------------------------------------------------
    ("de", "Innsbruck (APA) - Der Lawinenwarndienst Tirol hat für weite Teile des Landes die Lawinenwarnstufe 4 ausgerufen.", True,
     [("count", 4, None, None)], None),
    ("de", "Das ist die zweithöchste Stufe der fünfteiligen europäischen Skala.", True,
     [("ordinal", 2, None, None), ("count", 5, None, None)], None),
    ("de", "Binnen 36 Stunden fielen am Arlberg bis zu 90 Zentimeter Neuschnee, in St. Anton lagen am Morgen 1,85 Meter Schnee.", True,
     [("duration", 36, "hour", None), ("count", 90, None, "up_to"), ("count", 1.85, None, None)], None),
    ("de", "Die Schneefallgrenze sinke bis Freitag auf 600 Meter, sagte Meteorologe Andreas Gstöttner von der Geosphere Austria.", True,
     [("count", 600, None, None)], "Andreas Gstöttner"),
    ("de", "Der Fernpass und die Silvretta-Hochalpenstraße sind wegen Lawinengefahr gesperrt, teilte das Land Tirol mit.", True,
     [], "das Land Tirol"),
    ("de", "Nach Angaben der Gemeinde saßen in Ischgl und Galtür rund 6.000 Urlauberinnen und Urlauber fest.", True,
     [("count", 6000, None, "about")], None),
    ("de", "Auf der Inntalautobahn (A12) staute sich der Verkehr Richtung Kufstein auf 15 Kilometern.", True,
     [("count", 15, None, None)], None),
    ("de", "Die ÖBB stellten den Zugverkehr auf der Arlbergstrecke zwischen Landeck und Bludenz vorübergehend ein.", True, [], None),
    ("de", "Seit Saisonbeginn sind in Tirol damit acht Menschen bei Lawinenabgängen gestorben.", True,
     [("count", 8, None, None)], None),
    ("de", "Skitourengeher werden dringend ersucht, auf Touren abseits gesicherter Pisten zu verzichten.", False, [], None),
    ("de", "„Die Lage ist ernst, aber wir haben sie im Griff“, sagte Landeshauptmann-Stellvertreter Markus Pfandler.", False, [], None),
    # --- Sturmtief (dpa) --------------------------------------------------------------------------
    ("de", "Hamburg (dpa) - Sturmtief „Henrike“ ist am Sonntag mit Windböen bis 120 km/h über Norddeutschland gezogen.", True,
     [("count", 120, None, "up_to")], None),
    ("de", "Auf dem Brocken maß der Deutsche Wetterdienst in der Spitze 148 Kilometer pro Stunde.", True,
     [("count", 148, None, None)], None),
    ("de", "Der DWD hatte für die Nordseeküste eine Unwetterwarnung der Stufe 3 von 4 ausgegeben.", True,
     [("count", 3, None, None), ("count", 4, None, None)], None),
    ("de", "Zwischen Hamburg und Berlin ruhte der Fernverkehr der Deutschen Bahn für rund fünf Stunden.", True,
     [("duration", 5, "hour", "about")], None),
    ("de", "Auf anderen Strecken mussten Reisende Verspätungen von bis zu 45 Minuten in Kauf nehmen.", True,
     [("duration", 45, "minute", "up_to")], None),
    ("de", "Die Hamburger Feuerwehr rückte nach eigenen Angaben bis zum Abend zu 312 sturmbedingten Einsätzen aus.", True,
     [("count", 312, None, None)], None),
    ("de", "Der Pegel St. Pauli erreichte am Abend 2,45 Meter über dem mittleren Hochwasser, der Fischmarkt stand unter Wasser.", True,
     [("count", 2.45, None, None)], None),
    ("de", "Die Bahn bittet Reisende, nicht zwingend notwendige Fahrten zu verschieben.", False, [], None),
    ("de", "In der Nacht dürfte der Wind allmählich nachlassen.", False, [], None),
    # --- Hitze (APA, Keystone-SDA) --------------------------------------------------------------
    ("de", "Wien (APA) - Mit 37,8 Grad hat Bad Deutsch-Altenburg am Montag den bisher heißesten Tag des Jahres in Österreich verzeichnet.", True,
     [("count", 37.8, None, None)], None),
    ("de", "Die Geosphere Austria erwartet für Mittwoch im Osten des Landes Höchstwerte von 36 bis 38 Grad.", True,
     [("count", 36, None, None), ("count", 38, None, None)], None),
    ("de", "Für Wien, Niederösterreich und das Burgenland gilt ab Dienstag die höchste Hitzewarnstufe, teilte die Geosphere Austria mit.", True,
     [], "die Geosphere Austria"),
    ("de", "Die Messstation Innere Stadt zählte heuer bereits 27 Hitzetage mit mindestens 30 Grad.", True,
     [("count", 27, None, None), ("count", 30, None, "at_least")], None),
    ("de", "Ältere Menschen sollten viel trinken und die Mittagshitze meiden.", False, [], None),
    ("de", "„Die Hitze ist für viele Menschen eine enorme Belastung“, sagte Meteorologin Claudia Riedl.", False, [], None),
    ("de", "Bern (Keystone-SDA) - MeteoSchweiz hat für die Regionen Genf und Basel eine Hitzewarnung der Stufe 3 herausgegeben.", True,
     [("count", 3, None, None)], None),
    ("de", "In Genf wurden am Dienstag 35,9 Grad gemessen.", True,
     [("count", 35.9, None, None)], None),
    ("de", "Die Nullgradgrenze stieg in der Nacht auf 5184 Meter über Meer, so hoch wie noch nie seit Beginn der Messungen 1954.", True,
     [("count", 5184, None, None), ("year", 1954, None, None)], None),
    # --- Ferienreiseverkehr (dpa, APA) ------------------------------------------------------------
    ("de", "München (dpa) - Zum Ferienbeginn in Bayern und Baden-Württemberg hat der ADAC am Samstag bundesweit mehr als 1.200 Kilometer Stau gezählt.", True,
     [("count", 1200, None, "over")], None),
    ("de", "Der längste Stau mit 28 Kilometern bildete sich auf der A8 zwischen München und Salzburg.", True,
     [("count", 28, None, None)], None),
    ("de", "Autofahrer brauchten dort nach Angaben des ADAC bis zu drei Stunden länger als üblich.", True,
     [("duration", 3, "hour", "up_to")], "der ADAC"),
    ("de", "Allein auf den Autobahnen rund um München zählten die Staumelder am Vormittag 23 Staus, sagte ADAC-Sprecherin Sabine Moosbrugger.", True,
     [("count", 23, None, None)], "Sabine Moosbrugger"),
    ("de", "Vor dem Karawankentunnel mussten Reisende laut ÖAMTC bis zu 90 Minuten warten.", True,
     [("duration", 90, "minute", "up_to")], "ÖAMTC"),
    ("de", "Die Grenzkontrollen am Walserberg ließen den Rückstau zeitweise auf bis zu 13 Kilometer anwachsen.", True,
     [("count", 13, None, "up_to")], None),
    ("de", "Wie die Asfinag mitteilte, passierten am Samstag rund 48.000 Fahrzeuge die Mautstelle Schönberg an der Brennerautobahn.", True,
     [("count", 48000, None, "about")], "die Asfinag"),
    ("de", "Wer flexibel ist, sollte die Abreise am besten auf Dienstag oder Mittwoch legen, raten die Verkehrsclubs.", False, [], None),
    ("de", "Denken Sie an ausreichend Wasser und Proviant für die Fahrt.", False, [], None),
    # --- Bahn und Flughafen (dpa) ---------------------------------------------------------------
    ("de", "Wegen einer Stellwerksstörung in Köln fielen am Montagmorgen 38 Fernzüge aus, zahlreiche weitere hatten mehr als 30 Minuten Verspätung.", True,
     [("count", 38, None, None), ("duration", 30, "minute", "over")], None),
    ("de", "Die Störung war nach Angaben der Bahn gegen 10.30 Uhr behoben.", True, [], None),
    ("de", "Im November waren nur 55,8 Prozent der Fernzüge pünktlich, fast jeder vierte Zug hatte mehr als 15 Minuten Verspätung.", True,
     [("percent", 55.8, "%", None), ("fraction", 0.25, None, "nearly"), ("duration", 15, "minute", "over")], None),
    ("de", "Am Flughafen München wurden wegen Schneefalls 240 von rund 1.000 geplanten Starts und Landungen gestrichen.", True,
     [("count", 240, None, None), ("count", 1000, None, "about")], None),
    ("de", "Die Enteisung eines Flugzeugs dauerte zeitweise bis zu 40 Minuten, teilte der Flughafen mit.", True,
     [("duration", 40, "minute", "up_to")], "der Flughafen"),
    ("de", "Die Fluggesellschaften verlegten nach Angaben des Flughafens zudem 17 Maschinen nach Nürnberg und Stuttgart.", True,
     [("count", 17, None, None)], None),
    ("de", "Passagiere sollten vor der Anreise unbedingt den Status ihres Fluges prüfen.", False, [], None),
    # --- Osterreiseverkehr am Gotthard (Keystone-SDA) ---------------------------------------------
    ("de", "Göschenen UR (Keystone-SDA) - Vor dem Gotthard-Strassentunnel staute sich der Verkehr am Karfreitag in Richtung Süden auf 17 Kilometern.", True,
     [("count", 17, None, None)], None),
    ("de", "Die Wartezeit betrug laut TCS bis zu zweieinhalb Stunden.", True,
     [("duration", 2.5, "hour", "up_to")], "TCS"),
    ("de", "Auf der Ausweichroute über den San Bernardino wurden zeitweise 6 Kilometer Stau gemeldet.", True,
     [("count", 6, None, None)], None),
    ("de", "Die Kantonspolizei Uri empfiehlt, die Reise wenn möglich auf die frühen Morgenstunden zu verlegen.", False, [], None),

    # === English ================================================================================
    # --- Wall Street close (Reuters) ------------------------------------------------------------
    ("en", "NEW YORK, Nov 14 (Reuters) - The S&P 500 fell 1.2% to 5,432.10 on Thursday, its steepest one-day drop in two months, as technology shares sold off.", True,
     [("date", "--11-14", None, None), ("percent", 1.2, "%", None), ("count", 5432.1, None, None), ("duration", 1, "day", None), ("duration", 2, "month", None)], None),
    ("en", "The Dow Jones Industrial Average lost 412.50 points, or 1.0%, to 41,236.80, while the Nasdaq Composite slid 1.9% to 17,102.44.", True,
     [("count", 412.5, None, None), ("percent", 1.0, "%", None), ("count", 41236.8, None, None), ("percent", 1.9, "%", None), ("count", 17102.44, None, None)], None),
    ("en", "Wall Street's main indexes had closed at record highs on Wednesday.", True, [], None),
    ("en", "Shares of chipmaker Corvessa tumbled 9.4% after the company forecast fourth-quarter revenue of $2.1 billion, below analysts' average estimate of $2.35 billion, according to LSEG data.", True,
     [("percent", 9.4, "%", None), ("ordinal", 4, None, None), ("money", 2.1e9, "USD", None), ("money", 2.35e9, "USD", None)], None),
    ("en", "At least three brokerages cut their price targets on the stock, with Morgan Stanley lowering its target to $140 from $175.", True,
     [("count", 3, None, "at_least"), ("money", 140, "USD", None), ("money", 175, "USD", None)], None),
    ("en", "Electric-vehicle maker Torvane jumped 11.5% after deliveries of 486,000 vehicles in the third quarter beat forecasts.", True,
     [("percent", 11.5, "%", None), ("count", 486000, None, None), ("ordinal", 3, None, None)], None),
    ("en", "Goldman Sachs downgraded Torvane's rival Helix Motors to \"neutral\" from \"buy\" and cut its price target to $210.", True,
     [("money", 210, "USD", None)], None),
    ("en", "The CBOE Volatility index, Wall Street's fear gauge, jumped 3.8 points to 21.6, its highest close since August.", True,
     [("count", 3.8, None, None), ("count", 21.6, None, None)], None),
    ("en", "Declining issues outnumbered advancers on the NYSE by a 3.1-to-1 ratio.", True,
     [("count", 3.1, None, None), ("count", 1, None, None)], None),
    ("en", "Volume on U.S. exchanges was 16.2 billion shares, compared with an average of 14.8 billion over the last 20 sessions.", True,
     [("count", 16.2e9, None, None), ("count", 14.8e9, None, None), ("count", 20, None, None)], None),
    ("en", "Futures traders now see a roughly 58% probability that the Fed delivers a quarter-point reduction in December, according to CME Group's FedWatch tool.", True,
     [("percent", 58, "%", "about"), ("percent", 0.25, "pp", None)], None),
    ("en", "\"Investors are finally asking whether all this AI spending will ever pay off,\" said Rachel Voss, chief market strategist at Harlan Wealth.", False, [], None),
    ("en", "Many on the Street expect choppy trading to continue until the Fed's next move becomes clearer.", False, [], None),
    ("en", "It was not immediately clear what triggered the late-afternoon sell-off.", False, [], None),
    # --- London close (PA) ------------------------------------------------------------------------
    ("en", "LONDON (PA) - The FTSE 100 closed down 38.42 points, or 0.5%, at 8,102.72 on Tuesday.", True,
     [("count", 38.42, None, None), ("percent", 0.5, "%", None), ("count", 8102.72, None, None)], None),
    ("en", "Housebuilder Marlow Homes was the biggest faller, dropping 6.8% to 412p after warning that completions would come in at the lower end of guidance.", True,
     [("percent", 6.8, "%", None), ("money", 4.12, "GBP", None)], None),
    ("en", "Shares in defence group Ardent Systems rose 3.2% after it won a £1.4bn contract from the Ministry of Defence.", True,
     [("percent", 3.2, "%", None), ("money", 1.4e9, "GBP", None)], None),
    ("en", "Sterling slipped 0.3% to $1.2745, while the euro eased to 83.56 pence.", True,
     [("percent", 0.3, "%", None), ("money", 1.2745, "USD", None), ("money", 0.8356, "GBP", None)], None),
    ("en", "The yield on 10-year gilts rose 7 basis points to 4.52%, the highest since May.", True,
     [("duration", 10, "year", None), ("percent", 7, "bp", None), ("percent", 4.52, "%", None)], None),
    ("en", "Money markets put the odds of a 25 basis point Bank of England cut in February at 72%.", True,
     [("percent", 25, "bp", None), ("percent", 72, "%", None)], None),
    ("en", "\"It's been a bruising day for anything rate-sensitive,\" said Ian Crowther, an analyst at Loxley Markets.", False, [], None),
    # --- Asia and currencies (Reuters) ----------------------------------------------------------
    ("en", "TOKYO, March 3 (Reuters) - Exporters dragged Japan's Nikkei average down 2.1% to 37,845.20 as the yen strengthened to 148.35 per dollar.", True,
     [("date", "--03-03", None, None), ("percent", 2.1, "%", None), ("count", 37845.2, None, None), ("money", 148.35, "JPY", None)], None),
    ("en", "The broader Topix shed 1.7% to 2,688.04 points.", True,
     [("percent", 1.7, "%", None), ("count", 2688.04, None, None)], None),
    ("en", "The Bank of Japan kept its short-term policy rate at 0.5% on Friday in an 8-1 vote.", True,
     [("percent", 0.5, "%", None), ("count", 8, None, None), ("count", 1, None, None)], None),
    ("en", "The euro was little changed at $1.0845 after gaining 1.4% last week.", True,
     [("money", 1.0845, "USD", None), ("percent", 1.4, "%", None)], None),
    ("en", "The dollar index, which tracks the greenback against six major currencies, eased 0.2% to 103.92.", True,
     [("count", 6, None, None), ("percent", 0.2, "%", None), ("count", 103.92, None, None)], None),
    ("en", "China's yuan weakened past 7.30 per dollar for the first time since November 2023.", True,
     [("money", 7.3, "CNY", None), ("ordinal", 1, None, None), ("year", 2023, None, None)], None),
    ("en", "Currency strategists said the yen's rebound may have further to run.", False, [], None),
    # --- Oil and gold (Reuters) -----------------------------------------------------------------
    ("en", "SINGAPORE, Jan 8 (Reuters) - Brent crude futures rose 96 cents, or 1.3%, to $76.42 a barrel by 0630 GMT.", True,
     [("date", "--01-08", None, None), ("money", 0.96, "USD", None), ("percent", 1.3, "%", None), ("money", 76.42, "USD", None)], None),
    ("en", "U.S. West Texas Intermediate crude gained 88 cents, or 1.2%, to $73.15.", True,
     [("money", 0.88, "USD", None), ("percent", 1.2, "%", None), ("money", 73.15, "USD", None)], None),
    ("en", "U.S. crude inventories fell by 4.3 million barrels in the week to Jan. 3, the Energy Information Administration said.", True,
     [("count", 4.3e6, None, None), ("date", "--01-03", None, None)], "the Energy Information Administration"),
    ("en", "Analysts polled by Reuters had expected a draw of about 1.5 million barrels.", True,
     [("count", 1.5e6, None, "about")], None),
    ("en", "\"The market is caught between supply worries and a weak demand story,\" said Priya Nandakumar, an energy analyst at Brightwater Research.", False, [], None),
    ("en", "Spot gold rose 0.7% to $2,641.35 per ounce, having hit a record high of $2,790.15 in late October.", True,
     [("percent", 0.7, "%", None), ("money", 2641.35, "USD", None), ("money", 2790.15, "USD", None)], None),
    ("en", "Silver added 1.1% to $30.92 an ounce, while platinum fell 0.4% to $948.50.", True,
     [("percent", 1.1, "%", None), ("money", 30.92, "USD", None), ("percent", 0.4, "%", None), ("money", 948.5, "USD", None)], None),
    ("en", "Bullion is widely seen as a hedge against geopolitical turmoil.", False, [], None),
    # --- Treasuries (Reuters) ---------------------------------------------------------------------
    ("en", "The yield on benchmark 10-year Treasury notes fell 9 basis points to 4.28%, while the two-year yield dropped 11 basis points to 4.05%.", True,
     [("duration", 10, "year", None), ("percent", 9, "bp", None), ("percent", 4.28, "%", None), ("duration", 2, "year", None), ("percent", 11, "bp", None), ("percent", 4.05, "%", None)], None),
    ("en", "The Treasury sold $42 billion of 10-year notes at a high yield of 4.31%.", True,
     [("money", 42e9, "USD", None), ("duration", 10, "year", None), ("percent", 4.31, "%", None)], None),
    # --- Crypto (Reuters) -------------------------------------------------------------------------
    ("en", "LONDON, Dec 5 (Reuters) - Bitcoin rose above $100,000 for the first time on Thursday, extending a rally of more than 45% since the U.S. presidential election.", True,
     [("date", "--12-05", None, None), ("money", 100000, "USD", "over"), ("ordinal", 1, None, None), ("percent", 45, "%", "over")], None),
    ("en", "The world's largest cryptocurrency was last up 4.6% at $101,870.", True,
     [("percent", 4.6, "%", None), ("money", 101870, "USD", None)], None),
    ("en", "Ether, the second-biggest token, climbed 3.2% to $3,912.", True,
     [("ordinal", 2, None, None), ("percent", 3.2, "%", None), ("money", 3912, "USD", None)], None),
    ("en", "The combined market value of all cryptocurrencies topped $3.6 trillion, according to data from CoinGecko.", True,
     [("money", 3.6e12, "USD", None)], None),
    ("en", "Sceptics warn that the rally is driven more by speculation than by real-world use.", False, [], None),
    ("en", "\"This is a momentous day for the asset class,\" said Daniel Okafor, chief executive of crypto broker Ledgerline.", False, [], None),
    # --- Drugmaker shares and targets (Reuters) -------------------------------------------------
    ("en", "Shares of Veridian Pharma surged 22% in premarket trading after the drugmaker said its experimental obesity pill helped patients lose 14.7% of their body weight over 68 weeks.", True,
     [("percent", 22, "%", None), ("percent", 14.7, "%", None), ("duration", 68, "week", None)], None),
    ("en", "Jefferies raised its price target on Veridian to $96 from $72 and reiterated its \"buy\" rating.", True,
     [("money", 96, "USD", None), ("money", 72, "USD", None)], None),
    ("en", "The stock has gained about 60% so far this year.", True,
     [("percent", 60, "%", "about")], None),
    ("en", "\"We think the market is still underestimating the pill's commercial potential,\" analysts at Jefferies wrote in a note.", False, [], None),
    # --- European shares (Reuters) --------------------------------------------------------------
    ("en", "LONDON, Feb 11 (Reuters) - The pan-European STOXX 600 index closed 0.6% lower at 508.31 points, with banks down 1.8%.", True,
     [("date", "--02-11", None, None), ("percent", 0.6, "%", None), ("count", 508.31, None, None), ("percent", 1.8, "%", None)], None),
    ("en", "Germany's DAX slipped 0.4% from Monday's record close, while France's CAC 40 shed 1.1%.", True,
     [("percent", 0.4, "%", None), ("percent", 1.1, "%", None)], None),
    ("en", "Swiss drugmaker Rhenovia fell 7.3% to 248.50 Swiss francs after a late-stage trial of its lead heart drug missed its main goal.", True,
     [("percent", 7.3, "%", None), ("money", 248.5, "CHF", None)], None),
    ("en", "Some investors are betting that the worst of the earnings downgrades is over.", False, [], None),
    # --- Australian market (AAP) ----------------------------------------------------------------
    ("en", "SYDNEY, Feb 20 (AAP) - The benchmark S&P/ASX200 index closed up 57.6 points, or 0.69 per cent, at 8,419.3 on Wednesday.", True,
     [("date", "--02-20", None, None), ("count", 57.6, None, None), ("percent", 0.69, "%", None), ("count", 8419.3, None, None)], None),
    ("en", "Miner Pilbara Iron gained 2.8 per cent to A$28.45 after iron ore rose above $US110 a tonne in Singapore.", True,
     [("percent", 2.8, "%", None), ("money", 28.45, "AUD", None), ("money", 110, "USD", "over")], None),
    ("en", "The Australian dollar was buying 65.42 US cents at 5pm, up from 65.10 US cents on Tuesday.", True,
     [("money", 0.6542, "USD", None), ("money", 0.651, "USD", None)], None),
    ("en", "\"The local market is taking its lead from Wall Street, as it so often does,\" said Tamsin Burke, an investment manager at Redgum Capital.", False, [], None),
    # --- Indian market (PTI) --------------------------------------------------------------------
    ("en", "MUMBAI: The BSE Sensex jumped 1,131.31 points, or 1.47 per cent, to settle at 77,155.79 on Monday.", True,
     [("count", 1131.31, None, None), ("percent", 1.47, "%", None), ("count", 77155.79, None, None)], None),
    ("en", "The broader NSE Nifty rose 325.55 points to 23,350.40.", True,
     [("count", 325.55, None, None), ("count", 23350.4, None, None)], None),
    ("en", "Foreign institutional investors bought equities worth Rs 3,239 crore on Friday, according to exchange data.", True,
     [("money", 3.239e10, "INR", None)], None),
    ("en", "The rupee settled 12 paise higher at 83.42 against the US dollar.", True,
     [("money", 0.12, "INR", None), ("money", 83.42, "INR", None)], None),
    # --- Cold snap in Britain (PA) --------------------------------------------------------------
    ("en", "LONDON (PA) - Temperatures plunged to -12C in the Scottish Highlands overnight, the lowest so far this winter, the Met Office said.", True,
     [("count", -12, None, None)], "the Met Office"),
    ("en", "Altnaharra in Sutherland recorded -12.3C shortly before 6am.", True,
     [("count", -12.3, None, None)], None),
    ("en", "Temperatures in parts of Aberdeenshire are unlikely to rise above -4C on Thursday, said Met Office meteorologist Hannah Cole.", True,
     [("count", -4, None, "over")], "Hannah Cole"),
    ("en", "An amber warning for snow covers much of northern England until 9pm on Wednesday, with up to 30cm possible on higher ground.", True,
     [("count", 30, None, "up_to")], None),
    ("en", "The A66 between Scotch Corner and Penrith was closed in both directions because of drifting snow, National Highways said.", True,
     [], "National Highways"),
    ("en", "More than 150 schools in Cumbria and County Durham were shut on Tuesday.", True,
     [("count", 150, None, "over")], None),
    ("en", "About 8,000 homes were without power after heavy snow brought down lines, Northern Powergrid said.", True,
     [("count", 8000, None, "about")], "Northern Powergrid"),
    ("en", "Drivers are urged to check conditions before setting off and to carry a blanket, food and water.", False, [], None),
    ("en", "Forecasters said it would stay bitterly cold for the rest of the week.", False, [], None),
    # --- M25 closure (PA) -------------------------------------------------------------------------
    ("en", "The M25 was closed for six hours between junctions 10 and 11 on Friday after a lorry overturned and shed its load, National Highways said.", True,
     [("duration", 6, "hour", None)], "National Highways"),
    ("en", "Drivers were caught in tailbacks of up to 12 miles at the height of the closure.", True,
     [("count", 12, None, "up_to")], None),
    ("en", "The lorry driver, a 47-year-old man, was taken to hospital with injuries that were not life-threatening, Surrey Police said.", True,
     [("duration", 47, "year", None)], "Surrey Police"),
    ("en", "Both carriageways reopened shortly after 4pm.", True, [], None),
    ("en", "\"It was a complete nightmare,\" said one motorist, Karen Whitby, who was on her way to Gatwick.", False, [], None),
    # --- Southern rail disruption (PA) ------------------------------------------------------------
    ("en", "Passengers on Southern services faced delays of up to 45 minutes on Monday morning after a signalling fault at Haywards Heath, Network Rail said.", True,
     [("duration", 45, "minute", "up_to")], "Network Rail"),
    ("en", "About one in five trains between Brighton and London Victoria was cancelled during the morning peak.", True,
     [("fraction", 0.2, None, "about")], None),
    ("en", "Anyone planning to travel on the line should check the latest information before setting out.", False, [], None),
    # --- Heat in the Southwest (AP) -------------------------------------------------------------
    ("en", "PHOENIX (AP) — Phoenix hit 116 degrees Fahrenheit (46.7 Celsius) on Tuesday, breaking a daily record set in 2013.", True,
     [("count", 116, None, None), ("count", 46.7, None, None), ("year", 2013, None, None)], None),
    ("en", "The National Weather Service has issued an extreme heat warning for more than 12 million people across Arizona, Nevada and California.", True,
     [("count", 12e6, None, "over")], None),
    ("en", "Highs of up to 110 F (43 C) are forecast for Las Vegas through Friday, the weather service said.", True,
     [("count", 110, None, "up_to"), ("count", 43, None, None)], "the weather service"),
    ("en", "Maricopa County has confirmed 287 heat-related deaths so far this year, with another 311 still under investigation.", True,
     [("count", 287, None, None), ("count", 311, None, None)], None),
    ("en", "Officials urged residents to stay indoors during the hottest hours and to check on elderly neighbors.", False, [], None),
    ("en", "Relief is unlikely before the weekend, forecasters said.", False, [], None),
    # --- Fire weather in South Australia (AAP) ----------------------------------------------------
    ("en", "ADELAIDE, Jan 14 (AAP) - Catastrophic fire danger has been declared for parts of South Australia, with temperatures tipped to reach 46C on Friday.", True,
     [("date", "--01-14", None, None), ("count", 46, None, None)], None),
    ("en", "Winds gusting up to 90km/h are expected to accompany a cool change late on Friday, the Bureau of Meteorology said.", True,
     [("count", 90, None, "up_to")], "the Bureau of Meteorology"),
    ("en", "More than 40 fires were burning across the state on Thursday night, 11 of them not yet under control.", True,
     [("count", 40, None, "over"), ("count", 11, None, None)], None),
    ("en", "Total fire bans are in place in 14 of the state's 15 fire ban districts.", True,
     [("count", 14, None, None), ("count", 15, None, None)], None),
    ("en", "If you are in a high-risk area, leave early and do not wait for a warning.", False, [], None),
    # --- Heatwave in north India (Reuters) --------------------------------------------------------
    ("en", "NEW DELHI, May 29 (Reuters) - Temperatures in the Indian capital soared to 47.8 degrees Celsius on Wednesday, the highest in at least 79 years, the India Meteorological Department said.", True,
     [("date", "--05-29", None, None), ("count", 47.8, None, None), ("duration", 79, "year", "at_least")], "the India Meteorological Department"),
    ("en", "Peak power demand in Delhi hit a record 8,647 megawatts, according to the city's power distributors.", True,
     [("count", 8647, None, None)], None),
    ("en", "The weather office has issued a red alert for Delhi, Haryana and Rajasthan until Saturday.", True, [], None),
    ("en", "Doctors advised people to avoid going out between noon and 4pm.", False, [], None),
    # --- Winter storm and flights (AP) ------------------------------------------------------------
    ("en", "More than 2,400 flights within, into or out of the United States were canceled on Sunday, according to FlightAware.", True,
     [("count", 2400, None, "over")], "FlightAware"),
    ("en", "Another 6,100 flights were delayed, with Chicago O'Hare and Dallas-Fort Worth the hardest hit.", True,
     [("count", 6100, None, None)], None),
    ("en", "The storm dropped up to 14 inches of snow on parts of Kansas and Missouri, the National Weather Service said.", True,
     [("count", 14, None, "up_to")], "the National Weather Service"),
    ("en", "Wind chills of minus 30 degrees were forecast across the northern Plains.", True,
     [("count", -30, None, None)], None),
    ("en", "Interstate 70 was shut for more than 100 miles west of Kansas City.", True,
     [("count", 100, None, "over")], None),
    ("en", "A 23-mile stretch of Interstate 5 through the Grapevine remained closed after about 2 feet of snow fell overnight, the California Highway Patrol said.", True,
     [("count", 23, None, None), ("count", 2, None, "about")], "the California Highway Patrol"),
    ("en", "Travel is strongly discouraged, and anyone who must drive should keep an emergency kit in the vehicle.", False, [], None),
    # --- Snow in Toronto (CP) ---------------------------------------------------------------------
    ("en", "TORONTO (CP) — Environment Canada says Toronto could see 20 to 30 centimetres of snow by Tuesday morning.", True,
     [("count", 20, None, None), ("count", 30, None, None)], None),
    ("en", "The city has about 600 snowplows and salt trucks ready to clear roads, officials said.", True,
     [("count", 600, None, "about")], None),
    ("en", "Toronto Pearson airport said more than 300 departures had been cancelled by noon.", True,
     [("count", 300, None, "over")], None),
    ("en", "Commuters should give themselves extra time and consider working from home if they can.", False, [], None),
    # --- Typhoon in the Philippines (AFP) ---------------------------------------------------------
    ("en", "MANILA, Oct 24 (AFP) - Typhoon Rosal slammed into the eastern Philippines on Thursday with sustained winds of 185 km/h and gusts of up to 230 km/h, the national weather service said.", True,
     [("date", "--10-24", None, None), ("count", 185, None, None), ("count", 230, None, "up_to")], "the national weather service"),
    ("en", "More than 350,000 people were evacuated from coastal and low-lying areas ahead of landfall, civil defence officials said.", True,
     [("count", 350000, None, "over")], None),
    ("en", "The storm, the 14th to hit the country this year, was expected to bring up to 300 millimetres of rain within 24 hours.", True,
     [("ordinal", 14, None, None), ("count", 300, None, "up_to"), ("duration", 24, "hour", None)], None),
    ("en", "Signal No. 4 warnings were raised in 11 provinces.", True,
     [("count", 4, None, None), ("count", 11, None, None)], None),
    ("en", "Stay away from coastlines and follow the instructions of local officials.", False, [], None),
]
