"""Sixtieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Carmakers, suppliers, data firms, people,
models and figures are made up (Elbwagen, Isarwerke, Sternauer, Falkner, Kessmann, Murtaler
Antriebstechnik, Feinmotion, Fahrzeugbörse Carly, Longwei, Hanjiang Motors, Takeshiro Motor,
Halden Motors, Redwater, Carrow, Ashcombe Motors, Hanseong Energy, Chargeline, Carwise;
models "EV.4", "EV.2", "Lauf 9", "eX5", "ELS 580", "ELS 450+", "Falkner 920", "920
Carrera", "Model 5", "Model 7", "Arden 4", "Vantage", "Pathway", "Crestline", "Kestrel"),
shaped as wire copy writes "ID.3", "Golf 8", "iX3", "EQS 450", "911 Carrera" and "Model 3";
real institutions such as "Statistik Austria", "Kraftfahrt-Bundesamt", "VDA", "Auto-Schweiz",
"ÖAMTC", "IG Metall", "EU-Kommission", "Bundesamt für Strassen", "Euro NCAP", "SMMT",
"ACEA", "NHTSA", "EPA", "the Commerce Department", "UAW", "Unite", "SIAM", "the Federal
Chamber of Automotive Industries", "LSEG" and "Visible Alpha" stand for the way wire copy
names them; what is registered, delivered, measured, priced and said here is invented.

Its weight: AUTOMOTIVE INDUSTRY AND MOBILITY, as German (APA with Statistik Austria and the
ÖAMTC, dpa with the Kraftfahrt-Bundesamt and the VDA, dpa-AFX with carmakers' quarterly
figures, Keystone-SDA with Auto-Schweiz and Swiss recalls, awp with a supplier) and English
wire (PA with the SMMT and British plants, Reuters with ACEA, carmakers' results, deliveries,
tariffs and a Chinese price war, a Bloomberg-style line from people familiar with the
matter, AP with NHTSA recalls and EPA ratings, PTI, AAP) write it: new registrations and
their changes, shares of electric and hybrid cars, deliveries per quarter ("Q3"), operating
margins and guidance ranges ("eine Marge von 4 bis 6 Prozent", "$12 billion to $13.5
billion"), battery capacity, ranges in km and miles, consumption ("6,2 Liter auf 100
Kilometer", "16,4 bis 19,8 kWh/100 km", "45 mpg", "121 MPGe"), CO2 in g/km and grams per
mile, power in kW, PS, hp and lb-ft ("345 kW (469 PS)", "mit dem 150-PS-Benziner", "a
300-horsepower motor"), charging ("Von 10 auf 80 Prozent ... in 21 Minuten", "a 150kW
rapid charger"), acceleration ("von 0 auf 100 km/h", "0-62mph"), engines, seats and wheels
written in compounds ("1,5-Liter-Vierzylinder", "Siebensitzer", "18-Zoll-Felgen",
"six-cylinder"), prices ("ab 68.900 Euro", "starting at £39,995"), subsidies and CO2 fines,
recalls with model years, tyre and crash tests, tariffs in percent, job cuts and short-time
work at plants, with hedges, ranges and comparisons. Negatives as such copy has them:
marketing claims and slogans, test drivers' impressions, quoted enthusiasm and rhetoric of
managers, unions and buyers, advice to drivers, commentary, market colour, open questions,
scene colour at a motor show and boilerplate ("Verbrauchs- und Emissionswerte wurden nach
dem WLTP-Verfahren ermittelt.", "Forward-looking statements ...", a reporting credit).

232 rows (116 German, 116 English), 48 negatives (24 German, 24 English), 184 check-worthy
rows of which 4 carry no figure (3 German, 1 English), 397 expected quantities (153 counts,
104 percentages, 50 amounts of money, 25 years, 19 ordinals, 19 durations, 14 dates, 13
fractions; none of them in negatives, which carry no figure), 41 checked speakers (20
German, 21 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, once on whitespace
alone and once in lower case without punctuation) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a figure or a stated cause is check-worthy with the speaker its own attribution
  gives ("Die Produktion in Deutschland werde 2025 bei rund 4,1 Millionen Autos ... liegen,
  sagte VDA-Präsidentin Hildegard Brenner." -> "Hildegard Brenner"; "Grund sei der schwache
  Absatz von Elektroautos in Europa, sagte Vorstandschef Gernot Pichler." -> "Gernot
  Pichler", check-worthy without a figure), as in the forty-seventh to fifty-seventh
  batches; a forecast with a figure is check-worthy (thirty-eighth: "Die Auftragslage werde
  sich frühestens im zweiten Halbjahr 2026 bessern, hieß es."). New: a maker's stated
  figure for its product is a claim that can be checked and is check-worthy ("Carrow claims
  a range of up to 310 miles on the WLTP cycle."), while marketing language without a
  checkable figure is a negative ("Der eX5 vereint die Souveränität eines großen SUV mit der
  Effizienz eines Elektroautos, verspricht der Hersteller.").
- Model names carry no quantity, the figure inside them included (thirty-sixth: "Orbit X9
  Pro"; fifty-first: "X17 Pro", "A19 chip"; fiftieth: type designations; twenty-sixth and
  forty-sixth: "911" an identifier): new, stated for car models, "EV.4" and "EV.2" (shaped
  as "ID.3"), "Model 5" and "Model 7" (as "Model 3"), "eX5" (as "iX3"), "ELS 580" and "ELS
  450+" (as "EQS 450"; the plus carries nothing, as in "Aufbauplan 2032+", fiftieth),
  "Falkner 920" and "its 920 Carrera sports car" (as "911 Carrera"), "Arden 4"; "Lauf 9"
  names a generation of a model (as "Golf 8") and carries no count, as "Typhoon Tranche 4"
  names a production standard (fiftieth). New: "Die Euro-7-Norm" is the name of an emission
  standard and carries none, as "Wi-Fi 7" (fifty-first); new: a tyre size ("der Dimension
  205/55 R16") is a code and carries none, as the number of an EU act ("Regulation (EU)
  2023/956", forty-second) - neither a fraction nor a count. "Euro NCAP", "WLTP",
  "WLTP-Verfahren", "USMCA", "CO2", "CO₂" (forty-second and fifty-seventh), "B-roads",
  "Plug-in-Hybride", "E-Autos", "EV" none.
- New: power, torque, capacity and charging power are counts of the figure as written,
  physical units (fourth batch) as "3,9 Gigawatt" and "2,700kWh" (fifty-seventh): "345 kW
  (469 PS)" two counts, "mit 110 kW", "400 hp", "406 lb-ft of torque", "108,7 kWh", "82kWh"
  (solid with the figure, fifty-seventh), "mit bis zu 400 kW" 400 "up_to", "12.5 gigawatt
  hours" and "30 gigawatt hours of cells a year" (energy, no duration, fifty-seventh);
  a figure inside a compound is read as written (as "55-litre family car", forty-sixth,
  and "155-Millimeter-Munition", fiftieth): "mit dem 150-PS-Benziner" 150, "a
  300-horsepower motor" 300, "a 150kW rapid charger" 150, "1,5-Liter" 1.5, "3.0-liter" 3.0,
  "18-Zoll-Felgen" 18 and "19-Zöller" 19 (as "6,3-Zoll-Display", fifty-first).
  "Ultra-rapid chargers of 150kW or more" is 150 with no qualifier (a bound written after
  the figure, as "7nm and below", fifty-first, and "five units or more", fifty-second).
- New: a number word counting the parts of a car inside a compound is a count, as
  "Vierbettzimmern" counts beds (forty-ninth) and "four-storey" storeys (forty-third):
  "Vierzylinder" 4 (in "1,5-Liter-Vierzylinder", beside the figure 1.5), "six-cylinder" 6,
  "Der Siebensitzer" 7; by the same rule "im Zweischichtbetrieb statt bisher im
  Dreischichtbetrieb" counts 2 and 3 shifts. "twin-turbo" carries none (no number of the
  issue's kinds, as "beiden" and "both").
- New: consumption per 100 kilometres gives two counts, the figure and the 100 of the
  reference distance, as rates per 100,000 give two counts (fourth, twenty-third and
  forty-ninth batches: "0,77 Fällen je 100.000 Einwohner"): "6,2 Liter auf 100 Kilometer"
  6.2 and 100, "16,4 bis 19,8 kWh/100 km" 16.4, 19.8 (a range, the unit written once,
  forty-seventh) and 100. Fuel economy is a count, the rate words carrying nothing (as
  "Mbit/s", fifty-first): "45 mpg ... 32 mpg", "a record 27.1 miles per gallon" ("a record"
  no hedge), "121 MPGe". CO2 per distance is a count, "pro Kilometer", "g/km", "per mile"
  and "per kilometre" carrying nothing (no figure, as "pro Kopf"): "98,4 Gramm pro
  Kilometer", "107,1 g/km", "112,6 g/km", "118 g/km", "124,7 Gramm pro Kilometer", "141
  g/km", "93,6 Gramm CO₂ pro Kilometer", "319 grams per mile", "141 grams of CO2 per
  kilometre"; "0,9 Liter mehr" count 0.9.
- New: acceleration gives the duration and both speeds: "beschleunigt in 4,9 Sekunden von
  0 auf 100 km/h" 4.9 seconds and counts 0 and 100 (0 included, as "KPÖ 0", forty-sixth,
  and "von 80 auf 100 Mbit/s", fifty-first); "from 0-62mph in 5.9 seconds" counts 0 and 62
  (a hyphen between two figures is a range, no sign, seventeenth and thirty-eighth) and 5.9
  seconds. Speeds are counts (fourth batch): "aus 50 km/h", "aus 80 km/h", and "bei
  Geschwindigkeiten bis 95 km/h" 95 "up_to" ("bis" straight before a figure, as "Pensionen
  bis 2.500 Euro", fortieth). "nach Level 3" is count 3, a level on a scale (forty-seventh:
  "Level 3 water restrictions"); "five stars" and "nur drei von fünf Sternen" are counts (a
  number of stars, fifty-fourth; the second a tally of two counts, as "drei von vier",
  forty-eighth; "nur" no hedge).
- Distances, lengths and weights are counts (fourth, forty-seventh batches): ranges "bis zu
  701 Kilometern nach WLTP" "up_to", "Strom für 340 Kilometer", "58 Kilometer ... 71
  Kilometer", "acht Jahre oder 160.000 Kilometer" (8 years and count 160,000), "363 miles",
  "330 miles", "44 miles on electricity alone" ("alone" no hedge), "up to 310 miles";
  braking distances "um 6,3 Meter", "nach 29,4 bis 36,1 Metern" (both); "4,92 Meter lang",
  "2,5 Tonnen", "Lkw über 3,5 Tonnen" 3.5 "over" ("über" before a figure, forty-ninth),
  "mindestens vier Millimetern" 4 "at_least". New: "a maximum towing capacity of 7,700
  pounds (3,493 kg)" is a weight, counts 7,700 and 3,493 - "pounds" is money (GBP) where it
  prices something (the issue: "300 million pounds"), a weight where it measures a load,
  the kilograms in brackets naming the measure.
- Charging times: "Von 10 auf 80 Prozent ... in 21 Minuten" percentages 10 and 80 and 21
  minutes, "from 10% to 80% in 26 minutes" likewise, "in zehn Minuten" 10 minutes ("in" no
  hedge, forty-seventh).
- Registrations, deliveries, production and stocks are counts ("21.384 Pkw", "248.627",
  "knapp 2,6 Millionen" "nearly", "rund 1,65 Millionen" "about", Swiss "239'535" and
  "4'318", "153,208", "926,582 vehicles", "a record 497,099" with "a record" no hedge,
  "about 443,000", "21.6 lakh units" 2,160,000, twelfth and fifty-first); shares are
  percentages and moves in points "pp" ("ein Plus von 3,6 Prozentpunkten"); "mit plus 12,7
  Prozent" 12.7 (a plus carries no value, fifty-sixth); the list rule gives "Isarwerke mit
  874 und Sternauer mit 612" counts (forty-sixth). Model years are years: "der Baujahre
  2021 bis 2023" both (thirty-sixth: "aus den Baujahren 2022 bis 2024"), "from the 2020
  through 2023 model years" both (thirty-sixth: "certain 2023 to 2025 Trailmaster ...
  models"), "The 2026 Carrow Vantage Long Range" 2026, "the 2025 model year", "the 2024
  model year".
- Guidance and margins: ranges give both ends with the unit written once (tenth: "eine
  operative Marge zwischen 5 und 7 Prozent"; forty-seventh): "von 5 bis 5,5 Prozent ...
  5,5 bis 6,5 Prozent" four percentages, "von 4 bis 6 Prozent statt bisher 6 bis 8
  Prozent" four, "von 9 bis 11 Prozent", "of 6% to 8%", "to between 5% and 7% from 10% to
  12%" four, "$12 billion to $13.5 billion", "$10 billion to $12.5 billion", "$3.5 billion
  to $4.5 billion" two amounts each (fifty-first), no hedge. "einen mittleren einstelligen
  Milliardenbetrag" carries none (a vague magnitude, as "im mittleren einstelligen
  Prozentbereich", thirty-sixth, and "einen zweistelligen Millionenbetrag", fifty-first);
  the row is check-worthy without a figure.
- Periods: "im dritten Quartal", "im zweiten Quartal", "Third-quarter", "in the fourth
  quarter", "in the first quarter and 12% in the second" ordinals (twelfth: "in the
  second"); "Q3" ordinal 3 (thirty-sixth); "In den ersten drei Quartalen" ordinal 1 and
  count 3 (fifty-seventh: quarters are no unit of the list); "in den ersten elf Monaten",
  "in the first 10 months", "in the first nine months" ordinal 1 and the months
  (forty-second); "im ersten Halbjahr", "in the first half", "im zweiten Halbjahr 2026" and
  "in the second half of 2027" ordinals (and the years); "in the six months to Sept. 30" 6
  months and the date (fifty-first). None: "Seit Jahresbeginn", "Year-to-date", "Von Jänner
  bis Oktober", "im Quartal", "im Vorjahresmonat", "im Vorjahresquartal", "im
  Vorjahreszeitraum", "im Vorjahr", "ein Jahr zuvor", "vor einem Jahr", "im vergangenen
  Jahr", "für das kommende Jahr", "the April-September period", "the year ending in March",
  "for the fiscal year", "a year earlier", "a year ago", "last year", "this year", "last
  month", "next spring", "starting in January", "seit August", "im Frühjahr".
- Tariffs are percentages: "Ausgleichszölle von bis zu 35,3 Prozent" "up_to", "Einfuhrzoll
  von 10 Prozent", "17,0 Prozent ... 18,8 Prozent", "Der 15-Prozent-Zoll" 15 (a figure inside
  a compound, as "Zwei-Prozent-Ziel", forty-second and fiftieth), "to 15% from 27.5%", "a
  25% levy on top of an existing 2.5% duty", "a 25% counter-tariff", "a 10% tariff rate";
  "Britain's quota allows 100,000 cars a year" count 100,000 ("a year" none).
- Prices and money: starting prices carry no hedge ("ab 68.900 Euro", forty-eighth and
  fifty-first; "starting at £39,995", "starting at $47,990" and "starting at 55,800 yuan
  ($7,780)" CNY and USD, thirty-sixth: "prices starting at $999"); "rund 9.000 Euro unter"
  "about"; "mit einem Nettolistenpreis bis 45.000 Euro" 45,000 EUR "up_to" (a bound on a
  group, fortieth: "Pensionen bis 2.500 Euro") and "eine Prämie von bis zu 3.000 Euro"
  "up_to"; "von höchstens 80.000 Euro" "at_most"; "95 Euro pro Neuwagen" (the "jedes
  Gramm" before it carries none); "0,79 Euro pro Kilowattstunde oder mehr" 0.79 EUR with no
  hedge (a bound after the figure); "an average of 79p per kilowatt hour" 0.79 GBP and
  "about 7p" 0.07 GBP (pence, forty-sixth; "an average of" no hedge); "von 312 bis 598
  Euro" two amounts; "4.30 euros per share, down from 5.30 euros"; "a $7,500 federal tax
  credit"; "fines of £12,000 per car, cut from £15,000"; "Sanktionen von voraussichtlich
  rund 110 Millionen Franken" 110,000,000 CHF "about" ("voraussichtlich" no hedge, the
  hedge is "rund"); "mit minus 14,2 Millionen Euro" -14,200,000 EUR ("minus" before a
  figure is its sign, fifty-third); "3.2 trillion yen" and "1.45 trillion yen" JPY; "an
  estimated £4.5 billion" "about" (forty-sixth); "more than $30 billion" "over"; "up to
  $5 billion" and "up to 800 million euros" "up_to".
- Multiples: "dreimal so schnell" count 3 "times" (fifty-first: "bis zu zehnmal so
  schnell"), "more than twice as fast" count 2 "times" "over" (fifty-sixth); "more than
  doubled" none (a verb, nineteenth and fifty-third).
- Fractions: "jeder fünfte Neuwagen" 0.2 ("bereits" no hedge), "die Hälfte der
  Zulassungen" 0.5, "um gut ein Viertel" 0.25 "over", "knapp ein Drittel weniger" 0.3333
  "nearly" (a share before a comparative, twenty-fourth), "etwa ein Viertel unter dem
  Niveau" 0.25 "about", "fast jede zehnte Stelle" 0.1 "nearly", "um ein Drittel" 0.3333,
  "rund zwei Drittel" 0.6667 "about", "Roughly one in four" 0.25 "about", "by nearly a
  tenth" 0.1 "nearly", "by about a third" 0.3333 "about", "nearly two-thirds" 0.6667
  "nearly", "slumped by a third" 0.3333.
- Counts besides: "zwei der vier Fertigungslinien" 2 and 4 (a definite group, forty-first),
  "16 Winterreifen ..., zwei davon", "einen Satz aus vier Reifen" 4, "rund 250.000 Fahrzeuge
  pro Jahr" ("pro Jahr" none), "rund 900 seiner 2.700 Beschäftigten", "a dozen new models"
  12 (seventeenth), "14 crashes and two injuries", "after four crashes ..., one of them
  fatal" 4 ("one of them" a pronoun, eleventh), "22 models", "about 2,800 people";
  "täglich" and "a single shift" none.
- Ordinals: "der zweitgrößte Autobauer" and "the world's second-biggest carmaker" 2 (the
  issue: "die drittgrößte Stadt"), "the automaker's 48th recall" 48.
- Durations: "für drei Monate" 3 months, "gelten für fünf Jahre" 5 years, "über einen
  Zeitraum von drei Jahren" 3 years with no hedge ("über" stands before "einen", as "über
  der Marke von drei Millionen", fifty-sixth), "vor fünf Jahren" 5 years (forty-sixth), "Ein
  drei Jahre alter Elektro-Kompaktwagen" 3 years (an age, as "Sein 18 Jahre alter
  Mitangeklagter", fifty-fifth), "Nach einer dreistündigen Betriebsversammlung" 3 hours (the
  issue's "fünfstündig"), "rund 45 Minuten" "about", "for six weeks" 6 weeks, "a four-day
  week" 4 days (forty-eighth).
- Dates and years: datelines with a day ("BRUSSELS, Nov 20 (Reuters)", "DETROIT, Oct 28
  (Reuters)", "AUSTIN, Texas, Oct 2 (Reuters)", "TOKYO, June 3 (Reuters)", "WASHINGTON, July
  23 (Reuters)", "LONDON, Jan 8 (Reuters)", "SHANGHAI, May 26 (Reuters)", "FRANKFURT, March
  14 (Reuters)") are dates without a year; other datelines ("Wien (APA) -", "Flensburg (dpa)
  -", "Berlin (dpa) -", "Bern (Keystone-SDA) -", "Braunschweig (dpa-AFX) -", "Graz (APA)
  -", "Brüssel (dpa) -", "Stuttgart (dpa-AFX) -", "München (dpa) -", "Zürich (awp) -",
  "LONDON (PA) -", "WASHINGTON (AP) —", "COVENTRY, England (PA) -", "BIRMINGHAM, England
  (PA) -", "DETROIT (AP) —", "NEW DELHI (PTI) -", "SYDNEY (AAP) -") none. "zum 1. Oktober"
  --10-01, "zum 1. Juli" --07-01, "on Sept. 30" and "to Sept. 30" --09-30, "starting Jan.
  12" --01-12; "ab 29. November 2026" the full date 2026-11-29 (forty-first: "Mit 1. Jänner
  2025"); "bis 2030", "bis Ende 2030", "bis 2027", "bis 2029", "Für 2025", "von 2025 bis
  2027", "als 2023", "von 2019", "by 2030", "by 2027", "of 2024", "in 2024", "in 2021",
  "of 2027" the years; "frühestens im zweiten Halbjahr 2026" the year with no qualifier
  (forty-fourth: "frühestens 2028").
- Hedges, only the names in use: "rund", "etwa", "about", "About", "Roughly", "an
  estimated" "about"; "knapp", "fast", "nearly" "nearly"; "mehr als", "gut", "über" before a
  figure, "more than" "over"; "bis zu", "bis" straight before a figure, "up to", "as much
  as" "up_to"; "mindestens" "at_least"; "höchstens" "at_most"; "nur", "bereits", "noch",
  "im Schnitt", "durchschnittlich", "insgesamt", "voraussichtlich", "frühestens", "a
  record", "an average of", "alone", "oder mehr", "or more" no hedge.
- Check-worthy without a figure: a supplier's stated reason for short-time work, "Unfälle
  oder Verletzte ... sind nach Herstellerangaben bislang nicht bekannt." (as "no reports of
  damage", fortieth), a restructuring cost as a vague magnitude, and a plant running on a
  single shift.
- Negatives, with no figure in any of them: quoted enthusiasm and rhetoric of an importers'
  spokesman, a lobby chief, a Swiss association president, a worker at the plant gate, a
  supplier's chief, a dealer, a visitor to a motor show, a trade body's chief executive, a
  chief executive, a design chief, an owner, a buyer after a test drive, a union president
  and a company spokeswoman („Der Markt hat endlich wieder Fahrt aufgenommen ...“, „Zölle kennen am Ende nur
  Verlierer“, «Wir sind für die Elektromobilität hervorragend aufgestellt», ""It drives
  like a dream,"", ""Tariffs are a tax on American families ..."", ""We remain fully
  committed to our electrification strategy,""), marketing claims and slogans ("...,
  verspricht der Hersteller.", „Freude am Fahren, neu gedacht“, lautet der Werbeslogan ...),
  test drivers' impressions ("Das Fahrwerk ist straff abgestimmt ...", "Der kehlige Klang
  des Motors ...", "... zeigte sich der Wagen erstaunlich agil ...", "On twisty B-roads the
  SUV feels planted ...", "The cabin is hushed at motorway speeds ..."), advice ("..., rät
  der Club.", "..., rät der ÖAMTC.", "Verbraucherschützer raten ...", "Motorists should plan
  ...", "Owners can check whether their vehicle is affected ...", "Buyers are advised
  ..."), commentary and market colour ("Händler sprachen von einem durchwachsenen
  Zahlenwerk ...", "Die deutsche Autoindustrie steckt in der tiefsten Krise ...", "Händler
  klagen über volle Höfe ...", "Analysts said the recovery remained fragile ...", "Bulls
  argue ...", "The price war has left many smaller manufacturers fighting for survival,
  analysts say.", "Shares of European carmakers were broadly weaker ...", "Electric cars are
  no longer a niche product ...", "Dealers described showroom traffic ..."), a union's vow
  ("The Unite union vowed to fight every compulsory redundancy." - resolve, no checkable
  claim, fifty-third), open questions ("Ob die Kundschaft ...", "Whether buyers will
  embrace ..."), feelings and scene colour ("Die Belegschaft blickt mit großer Sorge ...",
  "Vor den Ständen der chinesischen Hersteller ..."), a refusal to comment (fiftieth) and
  boilerplate ("Verbrauchs- und Emissionswerte wurden nach dem WLTP-Verfahren ermittelt.",
  "This article was updated ...", a reporting credit, "Forward-looking statements ...",
  "Prices and specifications may vary by market.").
- Speakers, checked only in forms the earlier batches settled, and in a few decided here:
  "teilte die Statistik Austria am Donnerstag mit" -> "die Statistik Austria" and "Laut
  Statistik Austria" -> "Statistik Austria" (fifty-second); "wie das Kraftfahrt-Bundesamt am
  Mittwoch mitteilte" -> "das Kraftfahrt-Bundesamt" (thirty-sixth: "teilte das
  Kraftfahrt-Bundesamt mit") and "nach Angaben des Kraftfahrt-Bundesamts" -> "das
  Kraftfahrt-Bundesamt" (as "nach Angaben des Bundeskriminalamts", fifty-fifth); new for
  these bodies, by the rule for "das BFA" and "das BAMF" (fifty-fifth): "teilte das KBA mit"
  -> "das KBA" and "wie der VDA mitteilte" -> "der VDA"; "Dem VDA zufolge" -> "der VDA" (as
  "Dem Fiskalrat zufolge", fifty-third); "teilte Auto-Schweiz mit" -> "Auto-Schweiz" (a name
  without an article, as "teilte Fraport mit" and "teilte Wien Tourismus mit", forty-sixth
  and fifty-fourth); "nach Angaben der IG Metall" -> "die IG Metall" (fifty-sixth: "teilte
  die IG Metall mit"); "wie das Unternehmen am Dienstag mitteilte", "teilte der Konzern
  mit" (twice), "teilte die EU-Kommission mit" (twice) and "teilte der ÖAMTC mit" the source
  with its article in the nominative; "Laut ÖAMTC" -> "ÖAMTC" (as "laut E-Control",
  fifty-seventh); titles dropped ("VDA-Präsidentin", "Finanzvorstand",
  "Betriebsratschefin", "Vorstandschef"); "Vorstandschef Ola Lindqvist sagte, ..." -> "Ola
  Lindqvist" (fiftieth: "Verteidigungsministerin Claudia Reiter sagte im ORF, ..."). English:
  "the Society of Motor Manufacturers and Traders said" with the article in lower case; new
  for this body, by the rule for "the BRC" (fifty-fourth): "the SMMT said" and "according to
  the SMMT" -> "the SMMT"; "ACEA said on Thursday" -> "ACEA" as written (as "Eurostat said",
  forty-sixth); "NHTSA said" at the end, "NHTSA said it had opened ..." opening the sentence
  (as "FEMA said ...", forty-seventh) and "NHTSA said in documents posted Wednesday" (as
  "said in its annual renewables report", fifty-seventh) -> "NHTSA" (thirty-sixth); "The EPA
  said ..." and "the EPA said" -> "the EPA" (as "the EIA", fifty-seventh, and "The CSO said
  ...", fifty-fourth); "The UAW said ..." -> "the UAW" (as "the TUC", fifty-sixth); "the
  company said" and "The company said ..." -> "the company"; "the Commerce Department said"
  (twenty-ninth); "according to Chargeline" and "according to Carwise" as written (as
  "according to FlightAware"); "according to the Federal Chamber of Automotive Industries"
  with the article in lower case (as "according to the Prison Reform Trust", fifty-fifth);
  "Chief Financial Officer Rachel Dunmore told analysts" -> "Rachel Dunmore" (forty-eighth).
  Left unchecked (None): "rechnet" (the VDA, Feinmotion), "schätzt das Institut", "nach
  KBA-Angaben" and "nach Herstellerangaben", "hieß es", "sagte ein Sprecher des
  Kraftfahrt-Bundesamts" (an unnamed spokesman, as "sagte ein Konzernsprecher",
  thirty-sixth), "laut Feinmotion" inside the sentence, "laut der Auswertung" and "wie aus
  einer Auswertung der Fahrzeugbörse Carly hervorgeht" (documents), "Halden said tariffs
  would ..." (a company at the head of reported speech, fifty-first), "Carrow claims",
  "industry body SIAM said" (a description before a name, fortieth), "according to LSEG
  data", "according to people familiar with the matter", "Analysts polled by Visible
  Alpha", "The company estimated", "U.S. automakers have said" (a tense not settled,
  forty-ninth), rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_60 = [
    # === German =================================================================================
    # --- Pkw-Neuzulassungen Österreich (APA, Statistik Austria) ---
    ("de", "Wien (APA) - Im Oktober sind in Österreich 21.384 Pkw neu zugelassen worden, um 7,9 Prozent mehr als im Vorjahresmonat, teilte die Statistik Austria am Donnerstag mit.", True, [("count", 21384, None, None), ("percent", 7.9, "%", None)], "die Statistik Austria"),
    ("de", "Der Anteil der reinen Elektroautos an den Neuzulassungen stieg auf 23,6 Prozent, jener der Benzin-Hybride auf 31,2 Prozent.", True, [("percent", 23.6, "%", None), ("percent", 31.2, "%", None)], None),
    ("de", "Von Jänner bis Oktober kamen damit 214.907 neue Pkw auf die Straßen, ein Plus von 11,4 Prozent.", True, [("count", 214907, None, None), ("percent", 11.4, "%", None)], None),
    ("de", "Laut Statistik Austria lag der durchschnittliche CO₂-Ausstoß der neuen Pkw bei 98,4 Gramm pro Kilometer, nach 107,1 g/km ein Jahr zuvor.", True, [("count", 98.4, None, None), ("count", 107.1, None, None)], "Statistik Austria"),
    ("de", "Dieselautos kamen nur noch auf einen Anteil von 9,8 Prozent, knapp ein Drittel weniger als 2023.", True, [("percent", 9.8, "%", None), ("fraction", 0.3333, None, "nearly"), ("year", 2023, None, None)], None),
    ("de", "In Wien war bereits jeder fünfte Neuwagen ein reines Elektroauto, die Hälfte der Zulassungen entfiel auf Firmen.", True, [("fraction", 0.2, None, None), ("fraction", 0.5, None, None)], None),
    ("de", "Bei den E-Autos lag Elbwagen mit 1.128 Neuzulassungen vor Isarwerke mit 874 und Sternauer mit 612.", True, [("count", 1128, None, None), ("count", 874, None, None), ("count", 612, None, None)], None),
    ("de", "Das meistverkaufte Elektromodell war der Elbwagen EV.4 mit 486 Stück, gefolgt vom Redwater Model 5 mit 431.", True, [("count", 486, None, None), ("count", 431, None, None)], None),
    ("de", "Die Neuzulassungen von Lkw über 3,5 Tonnen brachen um 18,2 Prozent auf 614 Fahrzeuge ein.", True, [("count", 3.5, None, "over"), ("percent", 18.2, "%", None), ("count", 614, None, None)], None),
    ("de", "„Der Markt hat endlich wieder Fahrt aufgenommen, das freut uns sehr“, sagte ein Sprecher des Importeursverbands.", False, [], None),
    # --- KBA (dpa) ---
    ("de", "Flensburg (dpa) - Die Zahl der neu zugelassenen Pkw in Deutschland ist im November um 4,1 Prozent auf 248.627 gestiegen, wie das Kraftfahrt-Bundesamt am Mittwoch mitteilte.", True, [("percent", 4.1, "%", None), ("count", 248627, None, None)], "das Kraftfahrt-Bundesamt"),
    ("de", "Batterieelektrische Autos erreichten mit 47.312 Fahrzeugen einen Anteil von 19,0 Prozent, ein Plus von 3,6 Prozentpunkten.", True, [("count", 47312, None, None), ("percent", 19.0, "%", None), ("percent", 3.6, "pp", None)], None),
    ("de", "Plug-in-Hybride legten um gut ein Viertel auf 24.906 Einheiten zu.", True, [("fraction", 0.25, None, "over"), ("count", 24906, None, None)], None),
    ("de", "Der durchschnittliche CO₂-Ausstoß der Neuwagen sank nach KBA-Angaben um 5,3 Prozent auf 112,6 g/km.", True, [("percent", 5.3, "%", None), ("count", 112.6, None, None)], None),
    ("de", "Unter den deutschen Marken verbuchte Isarwerke mit plus 12,7 Prozent den stärksten Zuwachs, Elbwagen kam auf einen Marktanteil von 19,8 Prozent.", True, [("percent", 12.7, "%", None), ("percent", 19.8, "%", None)], None),
    ("de", "Seit Jahresbeginn wurden damit knapp 2,6 Millionen Pkw neu zugelassen, teilte das KBA mit.", True, [("count", 2600000, None, "nearly")], "das KBA"),
    ("de", "Der Bestand an Elektroautos wuchs zum 1. Oktober auf rund 1,65 Millionen Fahrzeuge.", True, [("date", "--10-01", None, None), ("count", 1650000, None, "about")], None),
    # --- VDA (dpa) ---
    ("de", "Berlin (dpa) - Der Verband der Automobilindustrie rechnet für das kommende Jahr mit einem Pkw-Inlandsmarkt von 2,9 Millionen Fahrzeugen, das wären 3 Prozent mehr.", True, [("count", 2900000, None, None), ("percent", 3, "%", None)], None),
    ("de", "Die Produktion in Deutschland werde 2025 bei rund 4,1 Millionen Autos und damit etwa ein Viertel unter dem Niveau von 2019 liegen, sagte VDA-Präsidentin Hildegard Brenner.", True, [("year", 2025, None, None), ("count", 4100000, None, "about"), ("fraction", 0.25, None, "about"), ("year", 2019, None, None)], "Hildegard Brenner"),
    ("de", "Der Export sank in den ersten elf Monaten um 7 Prozent auf 2,87 Millionen Pkw, wie der VDA mitteilte.", True, [("ordinal", 1, None, None), ("duration", 11, "month", None), ("percent", 7, "%", None), ("count", 2870000, None, None)], "der VDA"),
    ("de", "Dem VDA zufolge beschäftigt die Branche derzeit noch rund 764.000 Menschen, etwa 46.000 weniger als vor fünf Jahren.", True, [("count", 764000, None, "about"), ("count", 46000, None, "about"), ("duration", 5, "year", None)], "der VDA"),
    ("de", "„Der Standort Deutschland verliert an Wettbewerbsfähigkeit, und zwar dramatisch“, warnte die Verbandschefin.", False, [], None),
    # --- auto-schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - In der Schweiz und in Liechtenstein sind im vergangenen Jahr 239'535 neue Personenwagen in Verkehr gesetzt worden, 3,3 Prozent weniger als im Vorjahr, teilte Auto-Schweiz mit.", True, [("count", 239535, None, None), ("percent", 3.3, "%", None)], "Auto-Schweiz"),
    ("de", "Der Anteil der Steckerfahrzeuge, also der Elektroautos und Plug-in-Hybride, lag bei 28,1 Prozent und damit deutlich unter dem Ziel der Roadmap Elektromobilität von 50 Prozent.", True, [("percent", 28.1, "%", None), ("percent", 50, "%", None)], None),
    ("de", "Die Branche verfehlte auch den CO2-Zielwert von 118 g/km: Im Schnitt stiessen die neuen Personenwagen 124,7 Gramm pro Kilometer aus.", True, [("count", 118, None, None), ("count", 124.7, None, None)], None),
    ("de", "Die Importeure müssen dafür Sanktionen von voraussichtlich rund 110 Millionen Franken bezahlen.", True, [("money", 110000000, "CHF", "about")], None),
    ("de", "«Die Elektromobilität braucht endlich verlässliche Rahmenbedingungen», sagte Verbandspräsident Thomas Rüegg.", False, [], None),
    # --- Quartalszahlen Elbwagen (dpa-AFX) ---
    ("de", "Braunschweig (dpa-AFX) - Der Autobauer Elbwagen hat im dritten Quartal weltweit 2,18 Millionen Fahrzeuge ausgeliefert, 1,6 Prozent weniger als ein Jahr zuvor.", True, [("ordinal", 3, None, None), ("count", 2180000, None, None), ("percent", 1.6, "%", None)], None),
    ("de", "Der Umsatz ging um 0,5 Prozent auf 78,5 Milliarden Euro zurück, das operative Ergebnis brach um 41 Prozent auf 2,86 Milliarden Euro ein.", True, [("percent", 0.5, "%", None), ("money", 78500000000, "EUR", None), ("percent", 41, "%", None), ("money", 2860000000, "EUR", None)], None),
    ("de", "Die operative Marge lag damit bei 3,6 Prozent nach 6,2 Prozent im Vorjahresquartal.", True, [("percent", 3.6, "%", None), ("percent", 6.2, "%", None)], None),
    ("de", "Für das Gesamtjahr peilt der Konzern nun eine operative Umsatzrendite von 5 bis 5,5 Prozent an, bisher waren 5,5 bis 6,5 Prozent angepeilt worden.", True, [("percent", 5, "%", None), ("percent", 5.5, "%", None), ("percent", 5.5, "%", None), ("percent", 6.5, "%", None)], None),
    ("de", "Die Auslieferungen von Elektroautos stiegen um 24 Prozent auf 229.000, ihr Anteil an allen Auslieferungen lag bei 10,5 Prozent, sagte Finanzvorstand Jörg Hallstein.", True, [("percent", 24, "%", None), ("count", 229000, None, None), ("percent", 10.5, "%", None)], "Jörg Hallstein"),
    ("de", "Elbwagen bleibt damit hinter Takeshiro der zweitgrößte Autobauer der Welt.", True, [("ordinal", 2, None, None)], None),
    ("de", "Händler sprachen von einem durchwachsenen Zahlenwerk, das kaum Anlass zu Optimismus gebe.", False, [], None),
    # --- Stellenabbau (dpa) ---
    ("de", "Braunschweig (dpa) - Elbwagen will bis 2030 in Deutschland mehr als 35.000 Stellen sozialverträglich abbauen.", True, [("year", 2030, None, None), ("count", 35000, None, "over")], None),
    ("de", "Damit fällt fast jede zehnte Stelle im Konzern weg.", True, [("fraction", 0.1, None, "nearly")], None),
    ("de", "Im Werk Emden soll die Fertigungskapazität um rund 250.000 Fahrzeuge pro Jahr sinken, zwei der vier Fertigungslinien werden stillgelegt.", True, [("count", 250000, None, "about"), ("count", 2, None, None), ("count", 4, None, None)], None),
    ("de", "Betriebsbedingte Kündigungen sind nach Angaben der IG Metall bis Ende 2030 ausgeschlossen.", True, [("year", 2030, None, None)], "die IG Metall"),
    ("de", "Die Tariflöhne bleiben bis 2027 eingefroren, im Gegenzug sichert der Konzern alle Standorte ab, sagte Betriebsratschefin Sabine Voigtländer.", True, [("year", 2027, None, None)], "Sabine Voigtländer"),
    ("de", "Der Umbau kostet den Konzern einen mittleren einstelligen Milliardenbetrag.", True, [], None),
    ("de", "„Das ist ein schwarzer Tag für die ganze Region“, sagte ein Beschäftigter vor dem Werkstor.", False, [], None),
    ("de", "Beim Stuttgarter Zulieferer Kessmann fallen weltweit 7.000 Arbeitsplätze weg, davon rund 3.800 in Deutschland, wie das Unternehmen am Dienstag mitteilte.", True, [("count", 7000, None, None), ("count", 3800, None, "about")], "das Unternehmen"),
    ("de", "Im Werk Zwickau laufen derzeit täglich rund 1.100 Elektroautos vom Band, im Zweischichtbetrieb statt bisher im Dreischichtbetrieb.", True, [("count", 1100, None, "about"), ("count", 2, None, None), ("count", 3, None, None)], None),
    # --- Zulieferer Steiermark (APA) ---
    ("de", "Graz (APA) - Der steirische Zulieferer Murtaler Antriebstechnik schickt ab Dezember rund 900 seiner 2.700 Beschäftigten für drei Monate in Kurzarbeit.", True, [("count", 900, None, "about"), ("count", 2700, None, None), ("duration", 3, "month", None)], None),
    ("de", "In den ersten drei Quartalen schrumpfte der Erlös des Zulieferers um 12,4 Prozent auf 486 Millionen Euro, das Ebit drehte mit minus 14,2 Millionen Euro ins Negative.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("percent", 12.4, "%", None), ("money", 486000000, "EUR", None), ("money", -14200000, "EUR", None)], None),
    ("de", "Grund sei der schwache Absatz von Elektroautos in Europa, sagte Vorstandschef Gernot Pichler.", True, [], "Gernot Pichler"),
    ("de", "Die Auftragslage werde sich frühestens im zweiten Halbjahr 2026 bessern, hieß es.", True, [("ordinal", 2, None, None), ("year", 2026, None, None)], None),
    ("de", "Nach einer dreistündigen Betriebsversammlung stimmte der Betriebsrat dem Sparpaket zu.", True, [("duration", 3, "hour", None)], None),
    ("de", "Die Belegschaft blickt mit großer Sorge auf die kommenden Monate.", False, [], None),
    # --- Zölle (dpa) ---
    ("de", "Brüssel (dpa) - Die EU-Kommission hat Ausgleichszölle von bis zu 35,3 Prozent auf Elektroautos aus China verhängt.", True, [("percent", 35.3, "%", "up_to")], None),
    ("de", "Sie kommen zum regulären Einfuhrzoll von 10 Prozent hinzu und gelten für fünf Jahre.", True, [("percent", 10, "%", None), ("duration", 5, "year", None)], None),
    ("de", "Für Fahrzeuge des Herstellers Longwei werden 17,0 Prozent fällig, für Importe von Hanjiang Motors 18,8 Prozent, teilte die EU-Kommission mit.", True, [("percent", 17.0, "%", None), ("percent", 18.8, "%", None)], "die EU-Kommission"),
    ("de", "Die USA erheben auf Autos aus der EU seit August einen Zoll von 15 Prozent, zuvor waren es 27,5 Prozent gewesen.", True, [("percent", 15, "%", None), ("percent", 27.5, "%", None)], None),
    ("de", "Der 15-Prozent-Zoll koste die deutschen Hersteller jährlich rund 6,5 Milliarden Euro, schätzt das Institut.", True, [("percent", 15, "%", None), ("money", 6500000000, "EUR", "about")], None),
    ("de", "„Zölle kennen am Ende nur Verlierer“, sagte der Verbandspräsident.", False, [], None),
    # --- Sternauer (dpa-AFX) ---
    ("de", "Stuttgart (dpa-AFX) - Der Premiumhersteller Sternauer hat im zweiten Quartal 463.100 Pkw verkauft, 9 Prozent weniger als im Vorjahreszeitraum.", True, [("ordinal", 2, None, None), ("count", 463100, None, None), ("percent", 9, "%", None)], None),
    ("de", "Für das Gesamtjahr erwartet der Konzern in der Pkw-Sparte nun eine Marge von 4 bis 6 Prozent statt bisher 6 bis 8 Prozent.", True, [("percent", 4, "%", None), ("percent", 6, "%", None), ("percent", 6, "%", None), ("percent", 8, "%", None)], None),
    ("de", "Der Absatz der Luxuslimousine ELS 580 brach um ein Drittel ein, jener der vollelektrischen Variante ELS 450+ sogar um 41 Prozent.", True, [("fraction", 0.3333, None, None), ("percent", 41, "%", None)], None),
    ("de", "Vorstandschef Ola Lindqvist sagte, der Konzern werde die Listenpreise in China zum 1. Juli um durchschnittlich 5 Prozent senken.", True, [("date", "--07-01", None, None), ("percent", 5, "%", None)], "Ola Lindqvist"),
    ("de", "Der Konzern investiert bis 2029 insgesamt 180 Milliarden Euro, davon rund zwei Drittel in Elektromobilität und Software.", True, [("year", 2029, None, None), ("money", 180000000000, "EUR", None), ("fraction", 0.6667, None, "about")], None),
    # --- Modellvorstellung (dpa) ---
    ("de", "München (dpa) - Isarwerke bringt den vollelektrischen SUV eX5 im Frühjahr ab 68.900 Euro auf den Markt.", True, [("money", 68900, "EUR", None)], None),
    ("de", "Der Allradler leistet 345 kW (469 PS) und beschleunigt in 4,9 Sekunden von 0 auf 100 km/h.", True, [("count", 345, None, None), ("count", 469, None, None), ("duration", 4.9, "second", None), ("count", 0, None, None), ("count", 100, None, None)], None),
    ("de", "Die Batterie mit 108,7 kWh nutzbarer Kapazität soll eine Reichweite von bis zu 701 Kilometern nach WLTP ermöglichen.", True, [("count", 108.7, None, None), ("count", 701, None, "up_to")], None),
    ("de", "An einer Schnellladesäule lädt der eX5 mit bis zu 400 kW und soll in zehn Minuten Strom für 340 Kilometer nachladen.", True, [("count", 400, None, "up_to"), ("duration", 10, "minute", None), ("count", 340, None, None)], None),
    ("de", "Von 10 auf 80 Prozent soll der Akku in 21 Minuten geladen sein.", True, [("percent", 10, "%", None), ("percent", 80, "%", None), ("duration", 21, "minute", None)], None),
    ("de", "Den Verbrauch gibt der Hersteller mit 16,4 bis 19,8 kWh/100 km an.", True, [("count", 16.4, None, None), ("count", 19.8, None, None), ("count", 100, None, None)], None),
    ("de", "Auf die Batterie gewährt der Hersteller acht Jahre oder 160.000 Kilometer Garantie.", True, [("duration", 8, "year", None), ("count", 160000, None, None)], None),
    ("de", "Der eX5 vereint die Souveränität eines großen SUV mit der Effizienz eines Elektroautos, verspricht der Hersteller.", False, [], None),
    ("de", "Der neue Lauf 9 kommt als 1,5-Liter-Vierzylinder mit 110 kW zu den Händlern.", True, [("count", 1.5, None, None), ("count", 4, None, None), ("count", 110, None, None)], None),
    ("de", "Serienmäßig rollt das Modell auf 18-Zoll-Felgen, gegen Aufpreis gibt es 19-Zöller.", True, [("count", 18, None, None), ("count", 19, None, None)], None),
    ("de", "Der Siebensitzer ist 4,92 Meter lang und darf eine Anhängelast von 2,5 Tonnen ziehen.", True, [("count", 7, None, None), ("count", 4.92, None, None), ("count", 2.5, None, None)], None),
    ("de", "Auf der Teststrecke am Salzburgring zeigte sich der Wagen erstaunlich agil und leichtfüßig.", False, [], None),
    # --- ÖAMTC-Tests (APA) ---
    ("de", "Wien (APA) - Der ÖAMTC hat 16 Winterreifen der Dimension 205/55 R16 getestet, zwei davon fielen mit „nicht empfehlenswert“ durch.", True, [("count", 16, None, None), ("count", 2, None, None)], None),
    ("de", "Beim Bremsen auf Schnee aus 50 km/h lag der Bremsweg des schlechtesten Reifens um 6,3 Meter über jenem des Testsiegers.", True, [("count", 50, None, None), ("count", 6.3, None, None)], None),
    ("de", "Auf nasser Fahrbahn stand das Testfeld aus 80 km/h nach 29,4 bis 36,1 Metern still, teilte der ÖAMTC mit.", True, [("count", 80, None, None), ("count", 29.4, None, None), ("count", 36.1, None, None)], "der ÖAMTC"),
    ("de", "Die Preise für einen Satz aus vier Reifen reichen von 312 bis 598 Euro.", True, [("count", 4, None, None), ("money", 312, "EUR", None), ("money", 598, "EUR", None)], None),
    ("de", "Laut ÖAMTC ist bei Winterreifen eine Profiltiefe von mindestens vier Millimetern gesetzlich vorgeschrieben.", True, [("count", 4, None, "at_least")], "ÖAMTC"),
    ("de", "Autofahrerinnen und Autofahrer sollten die Profiltiefe ihrer Reifen vor dem Wintereinbruch überprüfen, rät der Club.", False, [], None),
    ("de", "Im ÖAMTC-Eco-Test verbrauchte der Kompaktwagen Lauf 9 mit dem 150-PS-Benziner im Schnitt 6,2 Liter auf 100 Kilometer.", True, [("count", 150, None, None), ("count", 6.2, None, None), ("count", 100, None, None)], None),
    ("de", "Das sind 0,9 Liter mehr als die Herstellerangabe nach WLTP, der CO₂-Ausstoß lag bei 141 g/km.", True, [("count", 0.9, None, None), ("count", 141, None, None)], None),
    ("de", "Der Plug-in-Hybrid kam im Test rein elektrisch 58 Kilometer weit, versprochen waren 71 Kilometer.", True, [("count", 58, None, None), ("count", 71, None, None)], None),
    ("de", "Im Crashtest von Euro NCAP erhielt der Kleinwagen nur drei von fünf Sternen.", True, [("count", 3, None, None), ("count", 5, None, None)], None),
    ("de", "Das Fahrwerk ist straff abgestimmt, die Lenkung angenehm präzise, urteilten die Tester.", False, [], None),
    # --- Rückrufe (dpa, Keystone-SDA) ---
    ("de", "Flensburg (dpa) - Sternauer ruft weltweit rund 212.000 Fahrzeuge wegen möglicherweise fehlerhafter Lenkungsteile zurück.", True, [("count", 212000, None, "about")], None),
    ("de", "In Deutschland sind nach Angaben des Kraftfahrt-Bundesamts 38.412 Autos der Baujahre 2021 bis 2023 betroffen.", True, [("count", 38412, None, None), ("year", 2021, None, None), ("year", 2023, None, None)], "das Kraftfahrt-Bundesamt"),
    ("de", "Der Werkstattaufenthalt dauere rund 45 Minuten, die Kosten übernehme der Hersteller, teilte der Konzern mit.", True, [("duration", 45, "minute", "about")], "der Konzern"),
    ("de", "Unfälle oder Verletzte im Zusammenhang mit dem Mangel sind nach Herstellerangaben bislang nicht bekannt.", True, [], None),
    ("de", "Bern (Keystone-SDA) - In der Schweiz müssen 4'318 Fahrzeuge des Typs Falkner 920 in die Werkstatt, weil sich bei starkem Regen Wasser im Steuergerät sammeln kann.", True, [("count", 4318, None, None)], None),
    ("de", "Der Hersteller wollte sich auf Anfrage zunächst nicht dazu äußern.", False, [], None),
    # --- Preise, Förderung, Regeln (dpa, APA) ---
    ("de", "Berlin (dpa) - Die neue Einstiegsversion des EV.2 kostet 24.990 Euro und liegt damit rund 9.000 Euro unter dem bisher günstigsten Elektromodell der Marke.", True, [("money", 24990, "EUR", None), ("money", 9000, "EUR", "about")], None),
    ("de", "Wer ein Elektroauto mit einem Nettolistenpreis bis 45.000 Euro kauft, soll künftig eine Prämie von bis zu 3.000 Euro erhalten.", True, [("money", 45000, "EUR", "up_to"), ("money", 3000, "EUR", "up_to")], None),
    ("de", "Die Förderung ist auf Haushalte mit einem zu versteuernden Jahreseinkommen von höchstens 80.000 Euro beschränkt.", True, [("money", 80000, "EUR", "at_most")], None),
    ("de", "Verbraucherschützer raten, vor dem Kauf eines gebrauchten Elektroautos den Zustand der Batterie prüfen zu lassen.", False, [], None),
    ("de", "Für 2025 gilt in der EU ein Flottengrenzwert von 93,6 Gramm CO₂ pro Kilometer.", True, [("year", 2025, None, None), ("count", 93.6, None, None)], None),
    ("de", "Für jedes Gramm über dem Zielwert werden 95 Euro pro Neuwagen fällig.", True, [("money", 95, "EUR", None)], None),
    ("de", "Die Hersteller dürfen ihre Emissionen nun über einen Zeitraum von drei Jahren, von 2025 bis 2027, mitteln, teilte die EU-Kommission mit.", True, [("duration", 3, "year", None), ("year", 2025, None, None), ("year", 2027, None, None)], "die EU-Kommission"),
    ("de", "Die Euro-7-Norm gilt für neue Pkw-Typen ab 29. November 2026.", True, [("date", "2026-11-29", None, None)], None),
    ("de", "Das System für automatisiertes Fahren nach Level 3 ist auf Autobahnen bei Geschwindigkeiten bis 95 km/h zugelassen, sagte ein Sprecher des Kraftfahrt-Bundesamts.", True, [("count", 3, None, None), ("count", 95, None, "up_to")], None),
    # --- Gebrauchtwagen und Laden (dpa, APA) ---
    ("de", "Gebrauchte Elektroautos kosteten im Oktober im Schnitt 27.450 Euro und waren damit 8,1 Prozent billiger als vor einem Jahr, wie aus einer Auswertung der Fahrzeugbörse Carly hervorgeht.", True, [("money", 27450, "EUR", None), ("percent", 8.1, "%", None)], None),
    ("de", "Ein drei Jahre alter Elektro-Kompaktwagen verlor laut der Auswertung rund 48 Prozent seines Neuwerts.", True, [("duration", 3, "year", None), ("percent", 48, "%", "about")], None),
    ("de", "In Österreich gibt es mittlerweile mehr als 31.000 öffentlich zugängliche Ladepunkte, rund 4.800 davon sind Schnelllader.", True, [("count", 31000, None, "over"), ("count", 4800, None, "about")], None),
    ("de", "An Schnellladesäulen zahlen Kundinnen und Kunden ohne Vertrag oft 0,79 Euro pro Kilowattstunde oder mehr.", True, [("money", 0.79, "EUR", None)], None),
    ("de", "Wer ein E-Auto kaufen möchte, sollte vorher die Lademöglichkeiten zu Hause klären, rät der ÖAMTC.", False, [], None),
    # --- Schweizer Zulieferer (awp) ---
    ("de", "Zürich (awp) - Der Autozulieferer Feinmotion hat im ersten Halbjahr einen Umsatz von 1,27 Mrd. Franken erzielt, 4,8 Prozent weniger als im Vorjahr.", True, [("ordinal", 1, None, None), ("money", 1270000000, "CHF", None), ("percent", 4.8, "%", None)], None),
    ("de", "Für das Gesamtjahr rechnet Feinmotion weiter mit einer Marge von 9 bis 11 Prozent.", True, [("percent", 9, "%", None), ("percent", 11, "%", None)], None),
    ("de", "Die neue Batteriegeneration lädt laut Feinmotion dreimal so schnell wie die bisherige.", True, [("count", 3, "times", None)], None),
    ("de", "«Wir sind für die Elektromobilität hervorragend aufgestellt», sagte Konzernchef Urs Gasser.", False, [], None),
    # --- Negatives: Kommentar, Schwärmerei, Boilerplate ---
    ("de", "„Wer einmal elektrisch gefahren ist, will nicht mehr zurück“, schwärmte die Händlerin.", False, [], None),
    ("de", "Der kehlige Klang des Motors sorgt auf der Landstraße für Gänsehaut, schrieben die Tester.", False, [], None),
    ("de", "Ob die Kundschaft das günstigere Angebot annimmt, wird sich erst im Frühjahr zeigen.", False, [], None),
    ("de", "Die deutsche Autoindustrie steckt in der tiefsten Krise ihrer Geschichte, kommentierte ein Branchenbeobachter.", False, [], None),
    ("de", "„Freude am Fahren, neu gedacht“, lautet der Werbeslogan für die Kampagne.", False, [], None),
    ("de", "Händler klagen über volle Höfe und eine zögerliche Kundschaft.", False, [], None),
    ("de", "Verbrauchs- und Emissionswerte wurden nach dem WLTP-Verfahren ermittelt.", False, [], None),
    ("de", "„Das Auto ist für uns mehr als ein Fortbewegungsmittel, es ist ein Stück Freiheit“, sagte eine Besucherin des Autosalons.", False, [], None),
    ("de", "Vor den Ständen der chinesischen Hersteller bildeten sich lange Schlangen.", False, [], None),
    # === English ================================================================================
    # --- SMMT (PA) ---
    ("en", "LONDON (PA) - New car registrations in the UK rose 6.4% to 153,208 in November, the Society of Motor Manufacturers and Traders said.", True, [("percent", 6.4, "%", None), ("count", 153208, None, None)], "the Society of Motor Manufacturers and Traders"),
    ("en", "Battery electric vehicles accounted for 26.1% of the market, up from 21.2% a year earlier.", True, [("percent", 26.1, "%", None), ("percent", 21.2, "%", None)], None),
    ("en", "Plug-in hybrids grew by 34.8%, while hybrid electric vehicles took a 13.7% share.", True, [("percent", 34.8, "%", None), ("percent", 13.7, "%", None)], None),
    ("en", "Roughly one in four new cars sold in Britain last month was fully electric.", True, [("fraction", 0.25, None, "about")], None),
    ("en", "Year-to-date registrations stand at 1.86 million units, the SMMT said, with the electric share at 21.4%.", True, [("count", 1860000, None, None), ("percent", 21.4, "%", None)], "the SMMT"),
    ("en", "Under the Zero Emission Vehicle mandate, 28% of each manufacturer's new car sales must be zero-emission this year, rising to 80% by 2030.", True, [("percent", 28, "%", None), ("percent", 80, "%", None), ("year", 2030, None, None)], None),
    ("en", "Carmakers that miss the target face fines of £12,000 per car, cut from £15,000 last year.", True, [("money", 12000, "GBP", None), ("money", 15000, "GBP", None)], None),
    ("en", "The best-selling model was the Carrow Vantage with 4,812 registrations, ahead of the Redwater Model 5 with 3,967.", True, [("count", 4812, None, None), ("count", 3967, None, None)], None),
    ("en", "The industry spent an estimated £4.5 billion on discounts for electric cars this year, according to the SMMT.", True, [("money", 4500000000, "GBP", "about")], "the SMMT"),
    ("en", "\"The market is finally turning a corner, but the cost of going electric remains a barrier for many drivers,\" the trade body's chief executive said.", False, [], None),
    # --- ACEA (Reuters) ---
    ("en", "BRUSSELS, Nov 20 (Reuters) - New car registrations in the European Union rose 1.4% in October to 926,582 vehicles, ACEA said on Thursday.", True, [("date", "--11-20", None, None), ("percent", 1.4, "%", None), ("count", 926582, None, None)], "ACEA"),
    ("en", "Battery electric cars took a 16.4% share of the market in the first 10 months, up from 13.2% in the same period of 2024.", True, [("percent", 16.4, "%", None), ("ordinal", 1, None, None), ("duration", 10, "month", None), ("percent", 13.2, "%", None), ("year", 2024, None, None)], None),
    ("en", "Hybrid electric cars remained the most popular choice with 34.6%, while petrol cars fell to 28.9% and diesel to 9.7%.", True, [("percent", 34.6, "%", None), ("percent", 28.9, "%", None), ("percent", 9.7, "%", None)], None),
    ("en", "Germany, the region's largest market, saw electric registrations jump 38.2%, while sales in France fell by nearly a tenth.", True, [("percent", 38.2, "%", None), ("fraction", 0.1, None, "nearly")], None),
    ("en", "Chinese brand Longwei more than doubled its European sales to 19,843 cars.", True, [("count", 19843, None, None)], None),
    ("en", "Longwei plans to launch a dozen new models in Europe by 2027.", True, [("count", 12, None, None), ("year", 2027, None, None)], None),
    ("en", "Analysts said the recovery remained fragile amid weak consumer confidence.", False, [], None),
    # --- Halden Motors results (Reuters) ---
    ("en", "DETROIT, Oct 28 (Reuters) - Halden Motors on Tuesday raised its full-year profit forecast, saying it now expects adjusted operating income of $12 billion to $13.5 billion.", True, [("date", "--10-28", None, None), ("money", 12000000000, "USD", None), ("money", 13500000000, "USD", None)], None),
    ("en", "The Detroit automaker had previously forecast $10 billion to $12.5 billion.", True, [("money", 10000000000, "USD", None), ("money", 12500000000, "USD", None)], None),
    ("en", "Third-quarter revenue rose 3.2% to $48.6 billion, beating analysts' average estimate of $45.3 billion, according to LSEG data.", True, [("ordinal", 3, None, None), ("percent", 3.2, "%", None), ("money", 48600000000, "USD", None), ("money", 45300000000, "USD", None)], None),
    ("en", "Halden said tariffs would cost it $3.5 billion to $4.5 billion this year, down from a previous estimate of up to $5 billion.", True, [("money", 3500000000, "USD", None), ("money", 4500000000, "USD", None), ("money", 5000000000, "USD", "up_to")], None),
    ("en", "Its North American operating margin was 6.2% in the quarter, compared with 8.8% a year earlier.", True, [("percent", 6.2, "%", None), ("percent", 8.8, "%", None)], None),
    ("en", "Chief Financial Officer Rachel Dunmore told analysts the company would cut production of its electric pickup by about a third.", True, [("fraction", 0.3333, None, "about")], "Rachel Dunmore"),
    ("en", "The company will take a $1.6 billion charge related to its EV program in the fourth quarter.", True, [("money", 1600000000, "USD", None), ("ordinal", 4, None, None)], None),
    ("en", "Shares of Halden rose 7.4% to $61.82 in premarket trading.", True, [("percent", 7.4, "%", None), ("money", 61.82, "USD", None)], None),
    ("en", "\"We are really proud of the way our teams have navigated a tough environment,\" Chief Executive Mark Ellison said.", False, [], None),
    # --- Redwater deliveries (Reuters) ---
    ("en", "AUSTIN, Texas, Oct 2 (Reuters) - Redwater delivered a record 497,099 vehicles in the third quarter as U.S. buyers rushed to claim a $7,500 federal tax credit before it expired on Sept. 30.", True, [("date", "--10-02", None, None), ("count", 497099, None, None), ("ordinal", 3, None, None), ("money", 7500, "USD", None), ("date", "--09-30", None, None)], None),
    ("en", "Analysts polled by Visible Alpha had expected Q3 deliveries of about 443,000.", True, [("ordinal", 3, None, None), ("count", 443000, None, "about")], None),
    ("en", "Deliveries of its Model 5 and Model 7 vehicles totaled 481,166, while other models accounted for 15,933.", True, [("count", 481166, None, None), ("count", 15933, None, None)], None),
    ("en", "The company produced 447,450 vehicles in the quarter and deployed 12.5 gigawatt hours of energy storage.", True, [("count", 447450, None, None), ("count", 12.5, None, None)], None),
    ("en", "Quarterly deliveries had fallen 13% in the first quarter and 12% in the second, the company said.", True, [("percent", 13, "%", None), ("ordinal", 1, None, None), ("percent", 12, "%", None), ("ordinal", 2, None, None)], "the company"),
    ("en", "Redwater shares, which have gained about 28% this year, were down 2.1% in early trading.", True, [("percent", 28, "%", "about"), ("percent", 2.1, "%", None)], None),
    ("en", "Fully electric cars made up nearly two-thirds of the company's European sales.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("en", "Bulls argue the company's future lies in robotaxis rather than in selling cars.", False, [], None),
    # --- Takeshiro (Bloomberg-style) ---
    ("en", "Takeshiro Motor is considering cutting its global production plan for the fiscal year by about 300,000 vehicles, according to people familiar with the matter.", True, [("count", 300000, None, "about")], None),
    ("en", "The Japanese carmaker now expects operating profit of 3.2 trillion yen for the year ending in March, down 29%.", True, [("money", 3200000000000, "JPY", None), ("percent", 29, "%", None)], None),
    ("en", "The company estimated that U.S. tariffs would reduce operating profit by 1.45 trillion yen.", True, [("money", 1450000000000, "JPY", None)], None),
    ("en", "Takeshiro sold 2.67 million vehicles worldwide in the April-September period, including 1.1 million hybrids.", True, [("count", 2670000, None, None), ("count", 1100000, None, None)], None),
    ("en", "TOKYO, June 3 (Reuters) - Takeshiro is recalling about 1.02 million vehicles worldwide, including its best-selling Arden 4 crossover, because a rear-view camera may fail to display an image.", True, [("date", "--06-03", None, None), ("count", 1020000, None, "about")], None),
    ("en", "About 751,000 of the vehicles are in the United States, NHTSA said.", True, [("count", 751000, None, "about")], "NHTSA"),
    # --- NHTSA recalls (AP) ---
    ("en", "WASHINGTON (AP) — Halden Motors is recalling more than 694,000 SUVs in the U.S. because a fuel pump can fail, causing the engines to stall.", True, [("count", 694000, None, "over")], None),
    ("en", "Affected are some Pathway and Crestline SUVs from the 2020 through 2023 model years, NHTSA said in documents posted Wednesday.", True, [("year", 2020, None, None), ("year", 2023, None, None)], "NHTSA"),
    ("en", "Dealers will replace the fuel pump at no cost, and owners will be notified by mail starting Jan. 12.", True, [("date", "--01-12", None, None)], None),
    ("en", "The company said it knows of 14 crashes and two injuries possibly related to the problem.", True, [("count", 14, None, None), ("count", 2, None, None)], "the company"),
    ("en", "It is the automaker's 48th recall this year, the most of any manufacturer.", True, [("ordinal", 48, None, None)], None),
    ("en", "Separately, Redwater is recalling 12,963 Model 5 sedans from the 2025 model year because a trim panel can detach.", True, [("count", 12963, None, None), ("year", 2025, None, None)], None),
    ("en", "NHTSA said it had opened a preliminary evaluation covering 2.4 million vehicles with the driver-assistance system after four crashes in low visibility, one of them fatal.", True, [("count", 2400000, None, None), ("count", 4, None, None)], "NHTSA"),
    ("en", "Owners can check whether their vehicle is affected by entering its identification number on the NHTSA website.", False, [], None),
    # --- EPA ratings (AP) ---
    ("en", "The 2026 Carrow Vantage Long Range has an EPA-estimated range of 363 miles and a combined rating of 121 MPGe.", True, [("year", 2026, None, None), ("count", 363, None, None), ("count", 121, None, None)], None),
    ("en", "The hybrid version of the Takeshiro Arden is rated at 45 mpg combined, compared with 32 mpg for the gasoline model.", True, [("count", 45, None, None), ("count", 32, None, None)], None),
    ("en", "The EPA said the average real-world fuel economy of new vehicles reached a record 27.1 miles per gallon for the 2024 model year.", True, [("count", 27.1, None, None), ("year", 2024, None, None)], "the EPA"),
    ("en", "Average carbon dioxide emissions fell to 319 grams per mile, the EPA said.", True, [("count", 319, None, None)], "the EPA"),
    ("en", "The base all-wheel-drive version, starting at $47,990, is rated at 330 miles.", True, [("money", 47990, "USD", None), ("count", 330, None, None)], None),
    ("en", "The 3.0-liter twin-turbo six-cylinder produces 400 hp and 406 lb-ft of torque.", True, [("count", 3.0, None, None), ("count", 6, None, None), ("count", 400, None, None), ("count", 406, None, None)], None),
    ("en", "The plug-in hybrid can travel 44 miles on electricity alone before its gasoline engine kicks in.", True, [("count", 44, None, None)], None),
    ("en", "The pickup has a maximum towing capacity of 7,700 pounds (3,493 kg).", True, [("count", 7700, None, None), ("count", 3493, None, None)], None),
    ("en", "\"It drives like a dream,\" said one owner at a Los Angeles dealership.", False, [], None),
    # --- Launch (PA) ---
    ("en", "COVENTRY, England (PA) - Carrow's new electric SUV will go on sale in Britain next spring starting at £39,995, the company said.", True, [("money", 39995, "GBP", None)], "the company"),
    ("en", "It is powered by a 300-horsepower motor and can accelerate from 0-62mph in 5.9 seconds.", True, [("count", 300, None, None), ("count", 0, None, None), ("count", 62, None, None), ("duration", 5.9, "second", None)], None),
    ("en", "Its 82kWh battery can be charged from 10% to 80% in 26 minutes on a 150kW rapid charger.", True, [("count", 82, None, None), ("percent", 10, "%", None), ("percent", 80, "%", None), ("duration", 26, "minute", None), ("count", 150, None, None)], None),
    ("en", "Carrow claims a range of up to 310 miles on the WLTP cycle.", True, [("count", 310, None, "up_to")], None),
    ("en", "The new battery charges more than twice as fast as the previous generation.", True, [("count", 2, "times", "over")], None),
    ("en", "The car will be built at the company's plant near Coventry, which employs about 6,000 people.", True, [("count", 6000, None, "about")], None),
    ("en", "The small SUV scored five stars in Euro NCAP crash tests, with 88% for adult occupant protection.", True, [("count", 5, None, None), ("percent", 88, "%", None)], None),
    ("en", "\"This is the car that will make electric driving effortless for every family,\" Carrow's design chief said at the launch.", False, [], None),
    ("en", "On twisty B-roads the SUV feels planted and composed, if a little heavy.", False, [], None),
    ("en", "The cabin is hushed at motorway speeds and the seats stay comfortable on long trips.", False, [], None),
    # --- Tariffs (Reuters, AP) ---
    ("en", "WASHINGTON, July 23 (Reuters) - The United States will cut tariffs on Japanese cars to 15% from 27.5% under the new trade deal, the Commerce Department said.", True, [("date", "--07-23", None, None), ("percent", 15, "%", None), ("percent", 27.5, "%", None)], "the Commerce Department"),
    ("en", "Imports of cars and light trucks had faced a 25% levy on top of an existing 2.5% duty since April.", True, [("percent", 25, "%", None), ("percent", 2.5, "%", None)], None),
    ("en", "U.S. automakers have said the tariffs will cost the industry more than $30 billion this year.", True, [("money", 30000000000, "USD", "over")], None),
    ("en", "Canada will impose a 25% counter-tariff on about 65,000 vehicles imported from the United States that do not comply with the USMCA trade pact.", True, [("percent", 25, "%", None), ("count", 65000, None, "about")], None),
    ("en", "Britain's quota allows 100,000 cars a year to enter the United States at a 10% tariff rate.", True, [("count", 100000, None, None), ("percent", 10, "%", None)], None),
    ("en", "\"Tariffs are a tax on American families, plain and simple,\" the union's president said.", False, [], None),
    ("en", "Shares of European carmakers were broadly weaker as investors digested the tariff news.", False, [], None),
    # --- Job cuts (PA, AP) ---
    ("en", "BIRMINGHAM, England (PA) - Ashcombe Motors plans to cut up to 1,100 jobs at its plant in the West Midlands as demand for its luxury models slumps.", True, [("count", 1100, None, "up_to")], None),
    ("en", "The company said the cuts, about 14% of the site's workforce, would be made through voluntary redundancy by the end of March.", True, [("percent", 14, "%", "about")], "the company"),
    ("en", "Ashcombe sold 2,340 cars in the six months to Sept. 30, down 28% on a year earlier.", True, [("count", 2340, None, None), ("duration", 6, "month", None), ("date", "--09-30", None, None), ("percent", 28, "%", None)], None),
    ("en", "Its shares have lost nearly 70% of their value since the company listed in London in 2021.", True, [("percent", 70, "%", "nearly"), ("year", 2021, None, None)], None),
    ("en", "Workers at the site already moved to a four-day week in October.", True, [("duration", 4, "day", None)], None),
    ("en", "The Unite union vowed to fight every compulsory redundancy.", False, [], None),
    ("en", "DETROIT (AP) — Halden will temporarily lay off about 1,200 workers at its Kansas assembly plant for six weeks starting in January, the company said.", True, [("count", 1200, None, "about"), ("duration", 6, "week", None)], "the company"),
    ("en", "The plant builds the Crestline midsize sedan and has been running on a single shift.", True, [], None),
    ("en", "The UAW said laid-off members would receive about 75% of their pay through supplemental benefits.", True, [("percent", 75, "%", "about")], "the UAW"),
    # --- Charging and batteries (Reuters) ---
    ("en", "LONDON, Jan 8 (Reuters) - The number of public charging points in Britain rose 21% last year to 86,000, according to Chargeline.", True, [("date", "--01-08", None, None), ("percent", 21, "%", None), ("count", 86000, None, None)], "Chargeline"),
    ("en", "Ultra-rapid chargers of 150kW or more made up about 11% of the total.", True, [("count", 150, None, None), ("percent", 11, "%", "about")], None),
    ("en", "Drivers using public rapid chargers paid an average of 79p per kilowatt hour in December, compared with about 7p for those charging at home on an overnight tariff.", True, [("money", 0.79, "GBP", None), ("money", 0.07, "GBP", "about")], None),
    ("en", "Motorists should plan longer journeys around charging stops and check availability before setting off.", False, [], None),
    ("en", "Hanseong Energy will invest $3.2 billion in a battery plant in Georgia that will employ about 2,800 people and produce 30 gigawatt hours of cells a year.", True, [("money", 3200000000, "USD", None), ("count", 2800, None, "about"), ("count", 30, None, None)], None),
    ("en", "Production is due to start in the second half of 2027.", True, [("ordinal", 2, None, None), ("year", 2027, None, None)], None),
    # --- China price war (Reuters) ---
    ("en", "SHANGHAI, May 26 (Reuters) - Chinese EV maker Longwei cut prices of 22 models by as much as 34%, with its cheapest hatchback now starting at 55,800 yuan ($7,780).", True, [("date", "--05-26", None, None), ("count", 22, None, None), ("percent", 34, "%", "up_to"), ("money", 55800, "CNY", None), ("money", 7780, "USD", None)], None),
    ("en", "Longwei sold 4.27 million vehicles last year, overtaking Halden as the world's second-biggest carmaker by sales after Takeshiro.", True, [("count", 4270000, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Its exports more than doubled to 1.05 million vehicles in the first nine months.", True, [("count", 1050000, None, None), ("ordinal", 1, None, None), ("duration", 9, "month", None)], None),
    ("en", "The price war has left many smaller manufacturers fighting for survival, analysts say.", False, [], None),
    # --- India and Australia (PTI, AAP) ---
    ("en", "NEW DELHI (PTI) - Passenger vehicle dispatches from factories to dealers rose 4.4% to 372,458 units in October, industry body SIAM said.", True, [("percent", 4.4, "%", None), ("count", 372458, None, None)], None),
    ("en", "Two-wheeler sales stood at 21.6 lakh units, up 8%.", True, [("count", 2160000, None, None), ("percent", 8, "%", None)], None),
    ("en", "SYDNEY (AAP) - Australians bought 102,347 new vehicles in November, down 1.9%, with electric cars making up 9.8% of sales, according to the Federal Chamber of Automotive Industries.", True, [("count", 102347, None, None), ("percent", 1.9, "%", None), ("percent", 9.8, "%", None)], "the Federal Chamber of Automotive Industries"),
    ("en", "The Kestrel ute was again the country's top seller with 5,215 deliveries.", True, [("count", 5215, None, None)], None),
    ("en", "Under the new vehicle efficiency standard, passenger cars must average 141 grams of CO2 per kilometre this year.", True, [("count", 141, None, None)], None),
    # --- Sternauer and Falkner guidance (Reuters) ---
    ("en", "FRANKFURT, March 14 (Reuters) - Sternauer expects a return on sales of 6% to 8% at its car division this year, down from 8.1% in 2024.", True, [("date", "--03-14", None, None), ("percent", 6, "%", None), ("percent", 8, "%", None), ("percent", 8.1, "%", None), ("year", 2024, None, None)], None),
    ("en", "The Stuttgart-based group proposed a dividend of 4.30 euros per share, down from 5.30 euros.", True, [("money", 4.3, "EUR", None), ("money", 5.3, "EUR", None)], None),
    ("en", "Sternauer aims to cut costs by about 5 billion euros by 2027, including 2,800 jobs in administration.", True, [("money", 5000000000, "EUR", "about"), ("year", 2027, None, None), ("count", 2800, None, None)], None),
    ("en", "Falkner delivered 71,220 cars in the first half, down 6%, as sales of its 920 Carrera sports car held steady while China deliveries slumped by a third.", True, [("count", 71220, None, None), ("ordinal", 1, None, None), ("percent", 6, "%", None), ("fraction", 0.3333, None, None)], None),
    ("en", "The sports car maker cut its full-year margin forecast to between 5% and 7% from 10% to 12%.", True, [("percent", 5, "%", None), ("percent", 7, "%", None), ("percent", 10, "%", None), ("percent", 12, "%", None)], None),
    ("en", "The company said it expected a hit of up to 800 million euros from tariffs this year.", True, [("money", 800000000, "EUR", "up_to")], "the company"),
    ("en", "The average transaction price for a new vehicle in the U.S. was $49,814 in September, while the average EV sold for $58,124, according to Carwise.", True, [("money", 49814, "USD", None), ("money", 58124, "USD", None)], "Carwise"),
    ("en", "Incentives averaged 7.4% of the sale price, up from 6.8% a year ago.", True, [("percent", 7.4, "%", None), ("percent", 6.8, "%", None)], None),
    # --- Negatives: boilerplate, colour, advice ---
    ("en", "This article was updated to add comment from analysts.", False, [], None),
    ("en", "Reporting by Nora Eckhart in Detroit; Editing by Paul Marsh", False, [], None),
    ("en", "Forward-looking statements in this release involve risks and uncertainties that could cause actual results to differ materially.", False, [], None),
    ("en", "\"Honestly, I just love the way it looks,\" said Megan Ortiz, who test-drove the SUV on Saturday.", False, [], None),
    ("en", "Whether buyers will embrace a pricier electric pickup remains an open question.", False, [], None),
    ("en", "Dealers described showroom traffic as steady but cautious.", False, [], None),
    ("en", "Prices and specifications may vary by market.", False, [], None),
    ("en", "Buyers are advised to compare the total cost of ownership rather than the sticker price alone.", False, [], None),
    ("en", "Electric cars are no longer a niche product, they are the future of motoring.", False, [], None),
    ("en", "\"We remain fully committed to our electrification strategy,\" a company spokeswoman said.", False, [], None),
]
