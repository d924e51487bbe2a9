"""Hundred-and-twenty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Katrin
Elsässer, Detlef Hanning, Günther Pichlmayr, Sandra Kühnel, Corinne Wälti, Till Ahrensfeld,
Lukas Pöltl, Torsten Kerling, Nadia Imboden, Bernhard Wimmesberger, Oliver Krämling, Herwig
Aigner; Dara Colgan, Claire Hendry, Alison Kerrigan, Dominic Haworth, Karen Moffat, Marcus
Whitfield, Graham Stirling, Elena Marchetti, Thomas Woolley, Lars Kjeldsen, Helen
Rutherford, Alan Fairbairn, Denise Marrow, Rachel Ingleby); the executives, spokespeople,
ministers and passengers named are invented and stand for no real holder of an office. Real
operators, airports, airlines, bodies, lines and places ("Deutsche Bahn", "Pro Bahn", "ICE",
"IC", "Flughafen Wien", "Schwechat", "Austrian Airlines", "Verdi", "Fraport",
"Flughafenverband ADV", "Lufthansa", "Lufthansa Airlines", "MDax", "SBB", "SBB Cargo",
"Generalabonnement", "Gotthard-Achse", "Verband öffentlicher Verkehr", "Klimaticket",
"Mobilitätsministerium", "VCÖ", "Grüne", "ÖBB", "Westbahn", "Deutschlandticket", "Verband
Deutscher Verkehrsunternehmen", "VDV", "BahnCard 25", "Flughafen Zürich AG", "Swiss",
"Kloten", "Zürcher Unterland", "Nightjet", "Flightright", "Schlichtungsstelle für den
öffentlichen Personenverkehr", "söp", "Verkehrsministerium", "Koralmbahn", "Koralmtunnel",
"Semmering-Basistunnel", "Railjet", "Kärntner Wirtschaftskammer", "Wolfsberg", "Lavanttal";
"Ryanair", "Office of Rail and Road", "ORR", "Avanti West Coast", "West Coast Main Line",
"Network Rail", "Transport Focus", "Euston", "DGAC", "Eurocontrol", "SNCTA", "A4E", "Orly",
"Charles de Gaulle", "United Airlines", "FactSet", "Boeing", "Airbus", "HS2", "HS2 Ltd",
"Chiltern tunnel", "Curzon Street", "National Audit Office", "European Parliament", "BEUC",
"Airlines for Europe", "Air France-KLM", "Heathrow", "Amtrak", "Northeast Corridor",
"NextGen Acela", "Fehmarnbelt", "Femern A/S", "Rodby", "Puttgarden", "easyJet", "EasyJet
Holidays", "Peel Hunt", "Department for Transport", "Rail Delivery Group", "Delay Repay",
"Campaign for Better Transport", "Clapham Junction", "Transportation Security
Administration", "TSA", "FlightAware", "AAA", "FAA", "Chicago O'Hare", "LNER", "East Coast
Main Line", "King's Cross", "Werrington", "Azuma") stand for the way wire copy names them;
every passenger number, punctuality rate, cancellation, fare, price, result, cost, length,
journey time, delay, claim, date and quote here is invented, and where a real figure came to
mind it was changed - only the passenger-rights thresholds (a quarter of the fare after 60
minutes and half after 120, half the fare after 30 minutes under Delay Repay) and the first
price of the Deutschlandticket stand as the rules and the record have them.

Its weight: AIR AND RAIL TRAVEL - AIRPORTS, AIRLINES, RAILWAYS AND PUNCTUALITY over about
ten weeks in story order (early October to mid-December of one year), each story told as
wire copy runs it (a dateline lead, the figures, attributed claims and the other side's
reply, quotes, follow-ups), the German and English stories interleaved by date. Half German
(APA, dpa, dpa-AFX, Keystone-SDA; Austrian "Jänner", "heuer", "Pendlerinnen und Pendler",
Swiss "2'874'000", "4'080 Franken", "grössten", "Augenmass", "Billettpreise", «» quotes,
German „“ quotes): Deutsche Bahn's September punctuality with its threshold, its causes, its
target and Pro Bahn's verdict, Vienna airport's September and nine-month traffic with the
Austrian Airlines' load factor and the airport's forecast, a Verdi warning strike at seven
German airports with cancellations, the wage demand and the employers' offer, the SBB's
punctuality and the 2026 timetable with fares and SBB Cargo's loss, Lufthansa's third
quarter, the dearer Klimaticket with its owners and subsidies, the dearer Deutschlandticket
after five hours of talks with subscribers and the Semesterticket, Zurich airport's October
and its night-flight rule, a new Nightjet to Stockholm with its journey time, fares, lines
and carriages, delay compensation paid by Deutsche Bahn and flight claims counted by a
portal and the arbitration body, and the Koralmbahn's full opening at the December timetable
change with journey times, tunnel, costs and speeds. Half English (Reuters, AP, PA):
Ryanair's September traffic and fares, Britain's rail punctuality from the ORR with Avanti's
cancellations, a French air traffic control strike with the DGAC's cuts, United Airlines'
third quarter, HS2's cost and opening date with its tunnel and journey time, the EU's deal
on air passenger compensation, Heathrow's record October and its third runway, Amtrak's
record year, the Fehmarnbelt tunnel's delay and cost in Danish crowns, easyJet's annual
results, regulated fares and railcards in England, the Thanksgiving record at TSA
checkpoints and the East Coast Main Line's December timetable. Figures as such copy has
them: punctuality rates and their moves in percentage points ("einen halben Prozentpunkt",
"0,4 Prozentpunkte", "1.6 percentage points", "one percentage point"), punctuality
thresholds and delays ("weniger als sechs Minuten", "weniger als drei Minuten", "15 minutes
or more", "more than 15 minutes late", "within a minute"), passengers, movements, flights
cancelled and load factors, results, fares and prices in euros, francs, pounds, pence,
dollars and Danish crowns, journey times in hours and minutes ("zwei Stunden und 14
Minuten", "eine Stunde und zwölf Minuten", "19 Stunden und 40 Minuten", "knapp dreieinhalb
Stunden", "one hour and 21 minutes", "in under three hours", "about four and a half hours",
"im Viertelstundentakt"), lengths and speeds of lines and tunnels ("knapp 33 Kilometer
lange", "the 18-km road and rail tunnel", "bis zu 250 km/h", "up to 320 km/h (200 mph)"),
strike lengths ("Der 24-stündige Ausstand", "a 48-hour strike", "on at least 38 days"),
compensation thresholds and shares, and shares of trains, flights and claims ("Fast jeder
dritte Fernzug", "Jede dritte Anfrage", "etwa jeder zehnte davon", "gut ein Fünftel mehr",
"almost one in five", "more than two-fifths"). Negatives as such copy has them: passengers'
complaints and vox pops (one with a span and a count), a passenger's question with a price,
unions', lobbies' and analysts' labels and verdicts (one in Konjunktiv I with a price), a
passengers' lobby's verdict with a percentage, managers' quotes and a manager's promise
without a figure, a minister's label with a promise, travel advice (one with a span), open
questions (one with a count, one a guess about the winter) and scene colour at stations and
airports (one with an ordinal).

242 rows (122 German, 120 English), 54 negatives (27 German, 27 English), 188 check-worthy
rows of which 5 carry no figure (4 German, 1 English), 365 expected quantities (99 counts,
72 percentages - 6 of them in percentage points -, 61 durations, 61 amounts of money - 30
EUR, 16 GBP, 11 USD, 2 CHF, 2 DKK -, 23 years, 20 fractions, 15 ordinals, 14 dates; 10 of
them in nine negatives, as the seventeenth batch labels a figure in a negative), 41 checked
speakers (15 German, 26 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure or a fact are check-worthy with the speaker their own attribution gives ("Die
  Fahrgastzahlen seien ... um 2,4 Prozent ... gestiegen, so SBB-Sprecherin Corinne Wälti."
  -> "Corinne Wälti", forty-eighth: "so Wiener-Linien-Sprecherin Claudia Rauch";
  "Finanzvorstand Till Ahrensfeld sagte, die Stückkosten ... seien um 2,5 Prozent gestiegen,
  ..." -> "Till Ahrensfeld"; "Wegen Lieferverzögerungen ... warte die Lufthansa noch auf 14
  bestellte Langstreckenjets, sagte Ahrensfeld." -> "Ahrensfeld"; "Jede dritte Anfrage
  betreffe einen annullierten Flug, sagte Sprecher Oliver Krämling." -> "Oliver Krämling";
  hundred-fourteenth to hundred-twenty-first), and with the speaker unchecked after "hieß es
  bei" ("Die Zahl der Schlichtungsanträge ... sei zuletzt zweistellig gestiegen, hieß es bei
  der söp."; hundred-seventeenth: "hiess es beim Verband"). A Konjunktiv I verdict is a
  negative even with a figure ("Ein Preis von mehr als 1.200 Euro sei für viele Pendlerinnen
  und Pendler „schlicht nicht mehr leistbar“, kritisierte ..." with its 1,200 EUR "over"
  labelled; hundred-seventeenth, hundred-twenty-first). Targets, forecasts and guidance with
  a figure are check-worthy (forty-eighth: "Bis 2029 sollen wieder mindestens 70 Prozent ...
  pünktlich sein, ..."; seventh): "bis Jahresende sollten wieder gut zwei Drittel der ICE-
  und IC-Züge pünktlich fahren" ("Katrin Elsässer"), "eine Quote von 65 bis 70 Prozent
  vorgenommen", the airport's "mehr als 32 Millionen Passagiere", "bis zu 600.000
  Abonnements", "rund 2.000 zusätzliche Arbeitsplätze", "about 207 million passengers",
  "fourth-quarter earnings of $3 to $3.50 per share", "about 84 million for the full year",
  a third runway "by 2035". A row that states a checkable agreement stays check-worthy when
  it also carries the other side's label ("... agreed early on Thursday to let airlines wait
  longer ..., in a deal consumer groups called a step backwards."; hundred-fourteenth).
- Check-worthy without a figure (forty-eighth, hundred-fifteenth): the ranking of
  destinations ("Die meisten Passagiere flogen im September nach Deutschland, gefolgt von
  Italien und Spanien."), the strike's stated end at a clock time ("The strike is due to end
  at 6 a.m. on Saturday, the DGAC said." -> "the DGAC"; clock times carry none), the
  night-flight rule between two clock times ("zwischen 23.30 Uhr und 6 Uhr", as the
  forty-eighth's timetable lines), the tariff rule for BahnCard holders and the söp's
  "zweistellig" (a vague magnitude with no quantity, fifth and twenty-second: "Die Zahl der
  Einbrüche ist im Vorjahr zweistellig gestiegen"). New: "BahnCard 25" carries none - a
  product name with a figure in it, as "Iron Harvest 2" (hundred-twenty-first), "Billboard
  200" (forty-fifth) and "Klimaticket Ö Classic" (forty-eighth).
- Punctuality (twenty-third, forty-eighth): rates are percentages ("zu 92,7 Prozent
  pünktlich", "Anschlusspünktlichkeit lag bei 98,1 Prozent", "Just 67.8% of trains" - "Just"
  no hedge -, "averaged 74%", "was 64.3%"); moves in points are percentage points ("einen
  halben Prozentpunkt" 0.5 pp, as "half a percentage point" is 0.5 pp in the seventeenth,
  "0,4 Prozentpunkte", "1,2 Prozentpunkte", "1.6 percentage points", "2 percentage points",
  "one percentage point" 1 pp - the number word read as the issue reads number words), the
  "unter", "weniger als", "über", "worse than", "ahead of" and "below" after them comparing,
  no hedge. Thresholds are durations (forty-eighth): "mit weniger als sechs Minuten
  Verspätung" and "weniger als drei Minuten zu spät" "under", "15 minutes or more" and "for
  delays of 15 minutes or more" with no hedge (a bound after the figure, sixtieth), "within
  15 minutes of their slot" no hedge ("within", forty-eighth), "more than 15 minutes late"
  and "mehr als 15 Minuten zu spät" "over"; "within a minute" (twice) carries none (an
  article, fifth and thirtieth).
- Journey times (forty-eighth, hundred-twenty-first): hours and minutes are two durations
  ("19 Stunden und 40 Minuten", "drei Stunden und 19 Minuten", "zwei Stunden und 14
  Minuten", "three hours and 52 minutes", "two hours and 6 minutes"); "eine Stunde und zwölf
  Minuten" gives only 12 minutes (thirtieth: "eine Stunde und 52 Minuten"; fifth and ninth:
  "eine Stunde und 40 Minuten" - "eine" read as the article), while "one hour and 21
  minutes" gives 1 hour and 21 minutes (sixty-first: "one hour 13 minutes and 42.108
  seconds"; sixty-ninth: "for one hour"). "in under three hours" 3 hours and "in under four
  hours" 4 hours "under" (the hedge right before the figure, fifty-fifth), "about four and a
  half hours" 4.5 hours "about" (sixty-fifth: "four and a half hours"), "knapp dreieinhalb
  Stunden" 3.5 hours "nearly" (hundred-twenty-first: "dreieinhalbstündiges"), "von knapp
  drei Stunden im Bus auf 41 Minuten" both, "um vier Minuten auf 62 Minuten" both, "rund 50
  Minuten weniger als bisher", "about 8 minutes quicker" and "15 minutes shorter"
  ("weniger", "quicker", "shorter" compare), "to 52 minutes", "takes 45 minutes", "about 10
  minutes". Frequencies: "im Viertelstundentakt" 0.25 hour (forty-eighth); "im Stundentakt",
  "stündlich", "an hour", "a day", "pro Tag", "täglich", "pro Woche", "pro Monat" none;
  "dreimal pro Woche" count 3 (forty-eighth).
- Strikes (forty-eighth): "Der 24-stündige Ausstand" 24 hours, "a 48-hour strike" 48 hours,
  "a two-day strike" 2 days, "on at least 38 days" 38 days "at_least" (hundred-eighteenth:
  "an 23 Tagen" a duration); cancellations are counts ("1.030 von 1.290 geplanten Starts und
  Landungen" - forty-eighth: "1.150 der 1.420 ..." -, "rund 3.400 Flüge", "mehr als 1.300
  Flüge", "about 800 flights", "420 flights", "More than 1,500 flights"; "hundreds of
  overflights" none, seventeenth); ordered cuts are fractions and percentages ("a third of
  their flights at Paris Orly and half at Marseille and Nice" 0.3333 and 0.5, "a 25%
  reduction", "rund ein Viertel der geplanten Flüge" 0.25 "about"). The wage demand and
  offer (first, sixteenth, forty-eighth): "ein Plus von 8 Prozent, monatlich jedoch
  mindestens 350 Euro mehr" 8 percent and 350 EUR "at_least" ("jedoch" between, as
  "mindestens aber"; "monatlich" none; "mehr" after the figure compares), "in drei Stufen um
  insgesamt 5,5 Prozent ..., bei 30 Monaten Laufzeit" count 3, 5.5 percent ("insgesamt" no
  hedge) and 30 months (forty-eighth: "bei 27 Monaten Laufzeit"); "in der zweiten
  Verhandlungsrunde" 2, "Die dritte Verhandlungsrunde" 3, "für den 27. und 28. Oktober" two
  dates (forty-eighth: "für den 26. und 27. Februar").
- Passengers and traffic are counts (forty-eighth): "3,04 Millionen Passagiere", "rund 24,1
  Millionen Reisende", "23.870" movements, "gut 1,6 Millionen Fluggäste" "over", "38,6
  Millionen Fluggäste", "rund 1,7 Millionen", "gut 26 Millionen" "over", "19.4 million
  passengers", "about 48 million", "1.41 billion passenger journeys", "71.9 million", "98.7
  million", "412 million journeys", "about 31 million passengers", "80.6 million Americans";
  Swiss apostrophes ("2'874'000" as "9'051'100" in the eighty-fifth, "23'140", "1'480",
  "rund 1'300 zusätzliche Zugkilometer" - train kilometres counts, forty-eighth); "knapp
  25.000 Tonnen" "nearly" (forty-eighth); "a record 7.1 million", "a record 34.9 million",
  "a record 3.16 million" no hedge ("a record", twenty-third); "durchschnittlich 1,36
  Millionen pro Tag" no hedge. Load factors are percentages ("Auslastung lag bei 84,9
  Prozent", "Sitzladefaktor betrug 85,2 Prozent", "filled 93% of its seats", "a load factor
  of 89.6%"). Periods: "im ersten Halbjahr" 1, "im dritten Quartal" and "in the third
  quarter" 3, "fourth-quarter earnings" 4 (fifteenth: "third-quarter"), "in the year's first
  10 months" ordinal 1 and 10 months (hundred-twenty-first: "in its first 10 weeks"), "in
  the four weeks to Nov. 15" 4 weeks and the date, "in its fiscal year through Sept. 30" and
  "in the year to Sept. 30" the date --09-30 (hundred-twenty-first: "ending Nov. 30"); "Von
  Jänner bis September", "von Januar bis Oktober", "between July and September", "in the
  July-to-September quarter", "in the year to June", "in the year to March", "so far this
  year", "im Vorjahresmonat", "im Vorjahreszeitraum", "ein Jahr zuvor", "a year earlier", "a
  year ago", "last year", "this year" none.
- Lines, tunnels and runways (fourth, forty-eighth): lengths are counts ("der knapp 33
  Kilometer lange Koralmtunnel" 33 "nearly", "die rund 1.850 Kilometer lange Strecke" 1850
  "about", "the 16-km Chiltern tunnel", "The 18-km road and rail tunnel", "the 88-km rail
  link", "a 3,500-metre runway" - the figure in the compound, forty-eighth: "the 1,449-km
  ... route", "A 366-metre container ship" -, "flights of up to 3,500 km" "up_to", "about 50
  miles of track", "the 21,400 route miles", "50 miles or more" 50 with no hedge); speeds
  are counts ("bis zu 250 km/h" "up_to", "160 mph", "up to 320 km/h (200 mph)" 320 "up_to"
  and 200 with no hedge - the converted figure in brackets, hundred-fourteenth: "about
  24,600 km (15,300 miles)"). Costs in the currency written: "up to £71 billion" "up_to",
  "between £44 billion and £53 billion" both (forty-first: "between" no hedge), "an
  estimated £34 billion" "about" (forty-eighth: "an estimated"), "about £49 billion", "£4
  billion of upgrades", "rund 6,3 Milliarden Euro", "about 1.1 billion euros", "$64 billion
  ..., of which about $21 billion". New: "55.1 billion Danish crowns ($8.6 billion), up from
  51.4 billion" gives DKK, USD and DKK - Danish crowns are DKK as Swedish crowns are SEK
  (hundred-twenty-first) and Norwegian crowns NOK, and the currency written once serves the
  later figure (hundred-seventeenth). Spans of building and delay: "nach mehr als zwei
  Jahrzehnten Bauzeit" 20 years "over" (twenty-fourth: "mehr als sechs Jahrzehnte"),
  "delayed by at least two years" 2 years "at_least", "about 14 months behind schedule"
  "about", "over about 40 years" 40 years "about" ("over" before a span no hedge,
  hundred-sixteenth), "within two years" no hedge; "before 2034", "to 2032", "before 2033",
  "2031", "by 2035" the years ("before" no hedge). "HS2", "NextGen Acela", "Railjet",
  "Nightjet", "Azuma", "Boeing 787", "A321neo" and "Terminal 1" none (forty-eighth:
  identifiers and types).
- Tickets and fares, money in the currency written (forty-eighth): "ab 1. Jänner 1.236 Euro,
  ... ein Plus von 3,8 Prozent" the date, the price and the rise; "Für Junge unter 26
  Jahren" 26 years "under" (forty-eighth: "Personen unter 26 Jahren"); "vom 1. Januar an 64
  Euro im Monat ..., vier Euro mehr als bisher" 64 and 4 EUR ("im Monat" none); "je 1,6
  Milliarden Euro pro Jahr" ("je" no hedge); "Zunächst hatte das Ticket 49 Euro gekostet,
  ... 60 Euro" both ("Zunächst" no hedge); "60 Prozent des regulären Preises, also 38,40
  Euro"; "ab 289 Euro" and "ab 69 Euro" no hedge (forty-eighth: "ab 69,90 Euro"); "4'080
  Franken" CHF with "Generalabonnement 2. Klasse" ordinal 2 and "in der 2. Klasse regulär
  27,90 Euro" 2 and 27.9 EUR (fortieth); "about 58 euros" "about", "71.40 pounds", "£6,017,
  up £237", "£37 a year" ("a year" none), "an average of £4.80 per trip" (no hedge), "13.4
  pence ..., up from 12.1 pence" 0.134 and 0.121 GBP (forty-sixth: pence), "$2.78 per share,
  beating the $2.65" and "$3 to $3.50 per share" USD; "one-time items" none (forty-eighth:
  "one-way"); "a tripled aviation tax" none (twenty-fifth: "tripled").
- Compensation (eighty-third, ninety-eighth): "ab 60 Minuten Verspätung 25 Prozent des
  Fahrpreises ..., ab 120 Minuten die Hälfte" 60 minutes, 25 percent, 120 minutes and 0.5
  ("ab" no hedge, ninety-eighth: "ab 30 Minuten Verspätung"); "Beträge unter fünf Euro" 5
  EUR "under"; "with half the fare refunded after 30 minutes" 0.5 and 30 minutes; "after a
  delay of at least four hours, instead of three hours now" 4 hours "at_least" and 3 hours;
  "the threshold rises to six hours and the payment to 500 euros"; "within 14 days"; "an
  estimated 1.9 billion euros" "about"; "183 Millionen Euro"; claims are counts ("knapp 4,8
  Millionen Anträge" "nearly", "mehr als 410.000 Entschädigungsanfragen" "over", "21.600
  Fälle").
- Shares (the issue; forty-eighth, hundred-fourteenth, hundred-twenty-first): "Fast jeder
  dritte Fernzug" 0.3333 "nearly", "gut zwei Drittel" 0.6667 "over", "etwa jeder zehnte
  davon" 0.1 "about", "Jede dritte Anfrage" 0.3333, "gut ein Fünftel mehr" 0.2 "over"
  ("mehr" after the share compares), "fast drei Viertel davon" 0.75 "nearly", "rund 70
  Prozent davon" ("davon" no hedge), "ein Drittel" 0.3333, "almost one in five" 0.2
  "nearly", "About one in five" 0.2 "about", "by half" 0.5, "more than two-fifths" 0.4
  "over" (hundred-fourteenth: "gut zwei Fünftel"), "fewer than half" 0.5 "under"
  (hundred-fourteenth: "less than half"), "more than a third" 0.3333 "over" (twice), "a
  third off off-peak fares" 0.3333 (forty-eighth: "a third off most off-peak fares").
- Counts otherwise: "an sieben deutschen Flughäfen", "der 16 Länder", "mehr als 1.000
  Baustellen" "over", "rund 25.000 Beschäftigten", "rund 318.000 Menschen", "mehr als 1,1
  Millionen Klimatickets" ("insgesamt mehr als" "over"), "rund 25 Pendelfahrten pro Monat",
  "rund 14,2 Millionen Menschen", "bis zu 600.000 Abonnements" "up_to", "für zwei Personen",
  "auf 26 Linien, ... 30 Städte in 14 Ländern" ("gemeinsam" no hedge), "erst 19 der 33
  bestellten ... Garnituren" ("erst" no hedge; a definite group, forty-first), "zwischen 20
  und 30 zusätzliche Zugbegleiterinnen und Zugbegleiter" both with no hedge, "14 bestellte
  Langstreckenjets", "rund 130 Personenzüge ..., bis zu 100 Güterzüge", "rund 5.100
  Verbindungen", "38 extra Sunday services", "21 ... jets ... and plans to add 11 more"
  ("more" after the figure compares), "more than 1 million seats" "over", "About 31,000
  people", "89 concrete elements", "11 extra services a day, taking its total to 176", "up
  to 611 passengers" "up_to", "more than 52,000 flights" "over", "will lose one direct
  London train an hour" 1 (hundred-twenty-first: "including one intermission"; "an hour"
  none).
- Years and dates: "seit Februar 2023", "since the start of 2023", "im Oktober 2021", "im
  Mai 2023", "im Juni 2023", "mehr als 2023" (the comparison names the year), "bis 2027",
  "Ab 2027", "expected in 2027", "2026" (fares), "made in 2020", "in 2019 prices", "since
  2020", "in 2023", "since 2019", "the 2021 infrastructure law", "bis 2040" and the opening
  years above; "Damit wurde das Niveau von 2019 erstmals in einem Oktober übertroffen" 2019
  ("erstmals" none). Dates without a year: "am 14. Dezember" (twice), "ab 1. Jänner" and
  "vom 1. Januar an" --01-01 (forty-eighth), "für den 27. und 28. Oktober", "through Sept.
  30", "to Sept. 30", "to Nov. 15"; Reuters datelines with a day ("DUBLIN, Oct 2", "PARIS,
  Oct 16", "BRUSSELS, Nov 6", "COPENHAGEN, Nov 20", "LONDON, Nov 25") dates without a year;
  APA ("Schwechat (APA) -", "Wien (APA) -", "Klagenfurt (APA) -"), dpa ("Berlin (dpa) -",
  "Frankfurt/Main (dpa) -"), dpa-AFX, Keystone-SDA ("Bern", "Kloten"), AP ("CHICAGO (AP) —",
  "WASHINGTON (AP) —") and PA ("LONDON (PA) -") datelines none (seventy-ninth). Clock times
  ("um Mitternacht", "at 6 a.m.", "zwischen 23.30 Uhr und 6 Uhr", "nach 23 Uhr"), weekdays,
  months alone ("im September", "since May", "in March", "by December", "in August", "set in
  June"), "heuer", "im Herbst", "next summer", "Jahresende", "Ende September", "the Sunday
  after Thanksgiving", "in decades", "seit Jahren" and "decades of underinvestment" none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "an estimated"
  "about"; "knapp", "fast", "Fast", "almost", "nearly" "nearly"; "mehr als", "gut", "More
  than", "more than" "over"; "weniger als", "unter" (right before the figure), "under",
  "fewer than" "under"; "bis zu", "up to" "up_to"; "mindestens", "at least" "at_least". No
  hedge: "nur", "Just", "only", "erst", "insgesamt", "Insgesamt", "je", "gemeinsam",
  "zunächst", "Zunächst", "davon", "durchschnittlich", "im Schnitt", "an average of",
  "another", "a record", "ab", "between", "zwischen", "within", "before", "over" before a
  span, "or more", and "mehr", "weniger", "unter", "über", "quicker", "shorter", "below",
  "worse than", "ahead of" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte der Konzern am
  Donnerstag mit" -> "der Konzern" (the weekday dropped, hundred-fourteenth), "wie die SBB
  am Dienstag mitteilten" -> "die SBB", "wie die ÖBB mitteilten" -> "die ÖBB", "wie die
  Flughafen Zürich AG mitteilte" -> "die Flughafen Zürich AG" (forty-eighth: "wie die Wiener
  Linien mitteilten"), "nach Angaben des Flughafens" -> "der Flughafen", "nach Angaben des
  Kantons" -> "der Kanton", "nach Angaben des Mobilitätsministeriums" -> "das
  Mobilitätsministerium" (the source in the nominative, forty-fifth and
  hundred-twenty-first: "nach Angaben des Auktionshauses"), "nach Angaben von Nightjet-Chef
  Bernhard Wimmesberger" -> "Bernhard Wimmesberger" (the title dropped, as "nach Angaben von
  Gouverneur ..." in the earlier batches), "so der Verband Deutscher Verkehrsunternehmen" ->
  "der Verband Deutscher Verkehrsunternehmen" (thirteenth: "so der Gemeindebund"), "so
  SBB-Sprecherin Corinne Wälti", "sagte Vorstand Günther Pichlmayr", "sagte Sprecher Oliver
  Krämling", "Fernverkehrsvorständin Katrin Elsässer sagte, ..." and "Finanzvorstand Till
  Ahrensfeld sagte, ..." the name with the title dropped, "sagte Ahrensfeld" the surname as
  written. English: "the airline said on Thursday" -> "the airline" (forty-eighth), "Ryanair
  marketing chief Dara Colgan told reporters" -> "Dara Colgan" (forty-eighth: "... told
  reporters"), "the Office of Rail and Road said" (forty-eighth), "Network Rail said ..."
  opening the row (twice) and "Ryanair said ...", "Amtrak said ..." as written
  (forty-eighth), "The FAA said ..." -> "the FAA" (forty-eighth), "the DGAC said" and "the
  TSA said" with the article in lower case (as "the FAA said"), "the airport said"
  (forty-eighth), "the operator said" (fifty-first), "the department said" (fifty-eighth:
  "the department said Monday"), "according to Eurocontrol", "according to HS2 Ltd" and
  "according to FlightAware" as written (forty-eighth: "according to Drewry"), "according to
  the Commission" -> "the Commission" (hundred-twentieth: "according to the Home Office"),
  "Avanti managing director Claire Hendry said", "HS2 Ltd chief executive Graham Stirling
  said", "Commission spokesperson Elena Marchetti said", "Chief executive Thomas Woolley
  said", "Femern spokesman Lars Kjeldsen said", "Finance chief Helen Rutherford said" and
  "LNER managing director Rachel Ingleby said" the name with the title dropped
  (hundred-fourteenth: "Vatican spokesman Stefano Rinaldi said"). New: "the regulator said"
  -> "the regulator" and "the railroad said Monday" -> "the railroad" - a common noun with
  its article names the source as "the operator said" (fifty-first) and "the council said"
  (hundred-twenty-first), the weekday dropped. Left unchecked (None): "nannte die Bahn",
  "schätzt", "erwartet", "rechnet", "rechneten vor", "beziffern die ÖBB", "nach eigenen
  Angaben" (six times), "laut Ministerium" (no article, hundred-nineteenth: "according to
  police"), "nach ÖBB-Angaben" (hundred-twentieth: "nach ORF-Angaben"), "nach Angaben des
  Betreibers Fraport" (a description before the name, forty-eighth: "Nach Angaben des
  Flughafenverbands ADV"), "wie aus der Antwort des Verkehrsministeriums ... hervorgeht",
  "hieß es bei der söp"; "ORR data show", "Rail Delivery Group figures show", "the
  Chicago-based airline said Tuesday" and "France's civil aviation authority DGAC asked" (a
  description heading the source, hundred-first), "the European airlines' lobby A4E said"
  and "Danish builder Femern A/S said on Thursday" (a description before a name,
  forty-eighth), "Airlines for Europe, whose members include ..., said" (a subject parted
  from its verb by a relative clause, hundred-sixteenth), "the Transport Secretary told MPs"
  (a role without a name, hundred-fifteenth), "the Department for Transport announced"
  (forty-eighth), "A review by the National Audit Office ... found", "AAA had projected",
  "the TSA expected", "which it has said", rows without attribution and all negatives, also
  those with a named speaker.
- Negatives (forty-eighth, ninety-eighth, hundred-fourteenth, hundred-twenty-first):
  passengers' complaints, vox pops and a question ("A commuter at Euston described ... as "a
  lottery with a buffet car."", ""It was chaos at the rental car counter, ...,"",
  "Anwohnerinnen und Anwohner im Zürcher Unterland klagen seit Jahren über den Fluglärm
  ...", ""Twelve hours on the floor of a terminal with two toddlers ...,"" with its 12 hours
  and 2 labelled as the vox pops' ages are in the hundred-fourteenth, „Wer soll das bei 64
  Euro im Monat noch bezahlen?“ and ""How is anyone supposed to plan a career around a
  £6,000 season ticket?"" with their prices labelled - hundred-sixteenth: rhetorical
  questions); unions', lobbies', passengers' groups' and analysts' labels and verdicts
  („völlig unverhältnismäßig“, „Wortbruch“, «Fahrplan mit Augenmass», "yet another act of
  sabotage ...", "a gift to airlines ...", "a kick in the teeth ...", "a reassuringly dull
  set of numbers", "Airline bosses have long blamed ..." - an accusation without a checkable
  claim, eighty-fourth -, "Rail advocates say decades of underinvestment ..." -
  forty-eighth: "Rail advocates say ..."), a passengers' lobby's verdict with a figure („Bei
  58 Prozent kann man nicht mehr von einem Fahrplan sprechen, das ist ein Würfelspiel“ with
  its 58 percent labelled), the Konjunktiv I verdict above, managers', a union's and a
  lobbyist's quotes of mood and creed („Wien hat im Wettbewerb der Drehkreuze aufgeholt,
  ...“, «Pünktlichkeit ist bei uns kein Zufall, ...», „Der Nachtzug ist die eleganteste Art,
  ...“, „Der Süden Österreichs wächst heute ...“, ""Demand for the winter looks robust,
  ...,"", ""Customers keep telling us ...,"", ""Britain cannot be a trading nation ...,"",
  ""We are not striking against passengers, ...,"", ""Every month of delay is a month
  ...,""), a manager's promise without a figure ("Ahrensfeld versprach, die Kernmarke werde
  „so schnell wie möglich“ wieder Geld verdienen."; hundred-nineteenth: resolve and
  reassurance), a minister's label with a promise ("Rail minister Dominic Haworth called the
  performance "simply not good enough" and promised a tougher regime for operators."), a
  Green lawmaker's quote with its 4 hours labelled, travel and consumer advice ("Reisende
  sollten sich ... informieren, riet der Betreiber.", "Verbraucherschützer raten, ...
  aufzubewahren."), open questions ("Ob die Bahn ihr Jahresziel ..., ließ Elsässer offen.",
  "Ob es bis dahin weitere Warnstreiks gibt, ...", "Ob die Regierung das Ticket ...", "Ob
  der Zug über den Winter hinaus ...", "Ob die Fahrgastzahlen die Prognose von täglich
  18.000 Reisenden erreichen, ..." with its 18,000 labelled, "Whether the line will ever
  reach Euston ...", "It was not immediately clear how ...", "Whether the new timings
  survive a hard winter ..."), and scene colour at stations and airports (a platform in
  Cologne, queues at security in Schwechat, red departure boards in Terminal 1, "Tausende
  Schaulustige ..., als der erste Festzug einfuhr." with its ordinal 1 labelled). New:
  travel advice with a figure stays a negative with the figure labelled ("Travelers should
  arrive at least two hours before domestic flights ..., the TSA advised." 2 hours
  "at_least") - advice tells a reader what to do and states no fact, as the forty-eighth's
  advice without a figure, and its figure is labelled as the banner's in the
  hundred-twenty-first.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_125 = [
    # --- Bahn-Pünktlichkeit im September (dpa) ---
    (
        "de",
        "Berlin (dpa) - Im September haben nur 58,7 Prozent der ICE- und IC-Züge der Deutschen Bahn ihr Ziel pünktlich erreicht, so wenige wie in keinem Monat seit Februar 2023.",
        True,
        [("percent", 58.7, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Im August hatte die Quote noch bei 63,2 Prozent gelegen, teilte der Konzern am Donnerstag mit.",
        True,
        [("percent", 63.2, "%", None)],
        "der Konzern",
    ),
    (
        "de",
        "Pünktlich ist ein Fernzug in der Statistik des Konzerns dann, wenn er sein Ziel mit weniger als sechs Minuten Verspätung erreicht.",
        True,
        [("duration", 6, "minute", "under")],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Fernzug kam mehr als 15 Minuten zu spät, knapp 4.100 Verbindungen fielen ganz aus.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 15, "minute", "over"), ("count", 4100, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Regionalverkehr lag die Pünktlichkeit bei 89,4 Prozent, einen halben Prozentpunkt unter dem Vorjahresmonat.",
        True,
        [("percent", 89.4, "%", None), ("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Als Hauptgrund nannte die Bahn die mehr als 1.000 Baustellen im Netz, die sich im Herbst ballen.",
        True,
        [("count", 1000, None, "over")],
        None,
    ),
    (
        "de",
        "Fernverkehrsvorständin Katrin Elsässer sagte, bis Jahresende sollten wieder gut zwei Drittel der ICE- und IC-Züge pünktlich fahren.",
        True,
        [("fraction", 0.6667, None, "over")],
        "Katrin Elsässer",
    ),
    (
        "de",
        "Für das Gesamtjahr hatte sich die Bahn eine Quote von 65 bis 70 Prozent vorgenommen.",
        True,
        [("percent", 65, "%", None), ("percent", 70, "%", None)],
        None,
    ),
    (
        "de",
        "„Bei 58 Prozent kann man nicht mehr von einem Fahrplan sprechen, das ist ein Würfelspiel“, sagte Detlef Hanning vom Fahrgastverband Pro Bahn.",
        False,
        [("percent", 58, "%", None)],
        None,
    ),
    ("de", "Auf dem Bahnsteig in Köln drängten sich am Abend Reisende vor einer leeren Anzeigetafel.", False, [], None),
    ("de", "Ob die Bahn ihr Jahresziel noch erreichen kann, ließ Elsässer offen.", False, [], None),
    # --- Ryanair September traffic (Reuters) ---
    (
        "en",
        "DUBLIN, Oct 2 (Reuters) - Ryanair carried 19.4 million passengers in September, up 3% from a year earlier, and filled 93% of its seats, the airline said on Thursday.",
        True,
        [
            ("date", "--10-02", None, None),
            ("count", 19400000, None, None),
            ("percent", 3, "%", None),
            ("percent", 93, "%", None),
        ],
        "the airline",
    ),
    (
        "en",
        "The Irish carrier cancelled about 800 flights in September, mostly because of a two-day strike by French air traffic controllers.",
        True,
        [("count", 800, None, "about"), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Average fares in the July-to-September quarter were 7% higher than a year ago at about 58 euros, Ryanair marketing chief Dara Colgan told reporters.",
        True,
        [("percent", 7, "%", None), ("money", 58, "EUR", "about")],
        "Dara Colgan",
    ),
    (
        "en",
        "Ryanair expects to carry about 207 million passengers in its financial year to the end of March, up from 200 million.",
        True,
        [("count", 207000000, None, "about"), ("count", 200000000, None, None)],
        None,
    ),
    (
        "en",
        '"Demand for the winter looks robust, but we\'re not seeing the price strength of last year," Colgan said.',
        False,
        [],
        None,
    ),
    ("en", "Its shares closed 1.8% higher in Dublin.", True, [("percent", 1.8, "%", None)], None),
    (
        "en",
        "The airline has said it will cut more than 1 million seats at regional French airports next summer because of a tripled aviation tax.",
        True,
        [("count", 1000000, None, "over")],
        None,
    ),
    (
        "en",
        "Airline bosses have long blamed France's air traffic control system for the bulk of Europe's delays.",
        False,
        [],
        None,
    ),
    # --- Flughafen Wien im September (APA) ---
    (
        "de",
        "Schwechat (APA) - Der Flughafen Wien hat im September 3,04 Millionen Passagiere abgefertigt, um 4,6 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 3040000, None, None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Von Jänner bis September zählte der Flughafen rund 24,1 Millionen Reisende, einen Rekord für diesen Zeitraum.",
        True,
        [("count", 24100000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen stieg um 2,1 Prozent auf 23.870, das Frachtaufkommen sank leicht auf knapp 25.000 Tonnen.",
        True,
        [("percent", 2.1, "%", None), ("count", 23870, None, None), ("count", 25000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Austrian Airlines beförderten nach eigenen Angaben im September gut 1,6 Millionen Fluggäste, ihre Auslastung lag bei 84,9 Prozent.",
        True,
        [("count", 1600000, None, "over"), ("percent", 84.9, "%", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr erwartet der Flughafen nun mehr als 32 Millionen Passagiere in Wien, bisher war er von 31,5 Millionen ausgegangen.",
        True,
        [("count", 32000000, None, "over"), ("count", 31500000, None, None)],
        None,
    ),
    (
        "de",
        "Das Ergebnis vor Steuern soll heuer bei rund 265 Millionen Euro liegen, sagte Vorstand Günther Pichlmayr.",
        True,
        [("money", 265000000, "EUR", "about")],
        "Günther Pichlmayr",
    ),
    (
        "de",
        "„Wien hat im Wettbewerb der Drehkreuze aufgeholt, aber wir sind noch lange nicht am Ziel“, sagte Pichlmayr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die meisten Passagiere flogen im September nach Deutschland, gefolgt von Italien und Spanien.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Abflughalle bildeten sich am Freitagmorgen erneut lange Schlangen vor den Sicherheitskontrollen.",
        False,
        [],
        None,
    ),
    # --- Rail punctuality in Britain (PA) ---
    (
        "en",
        "LONDON (PA) - Just 67.8% of trains in Britain arrived within a minute of their scheduled time between July and September, the Office of Rail and Road said.",
        True,
        [("percent", 67.8, "%", None)],
        "the Office of Rail and Road",
    ),
    (
        "en",
        "That was 1.6 percentage points worse than in the same quarter last year.",
        True,
        [("percent", 1.6, "pp", None)],
        None,
    ),
    (
        "en",
        "Avanti West Coast cancelled 4.9% of its services, the highest rate of any long-distance operator, the regulator said.",
        True,
        [("percent", 4.9, "%", None)],
        "the regulator",
    ),
    (
        "en",
        "On the West Coast Main Line, almost one in five Avanti trains arrived 15 minutes or more late.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 15, "minute", None)],
        None,
    ),
    (
        "en",
        "Network Rail said infrastructure faults had caused about 41% of all delay minutes, with trespass and cable theft adding another 9%.",
        True,
        [("percent", 41, "%", "about"), ("percent", 9, "%", None)],
        "Network Rail",
    ),
    (
        "en",
        "Avanti managing director Claire Hendry said the operator had added 38 extra Sunday services since May and cut cancellations caused by crew shortages by half.",
        True,
        [("count", 38, None, None), ("fraction", 0.5, None, None)],
        "Claire Hendry",
    ),
    (
        "en",
        '"Passengers deserve a railway they can set their watches by, and right now they don\'t have one," said Alison Kerrigan, chief executive of the watchdog Transport Focus.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The figures cover 1.41 billion passenger journeys in the year to June, up 6% on the previous year, ORR data show.",
        True,
        [("count", 1410000000, None, None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        'A commuter at Euston described the Friday evening service to Manchester as "a lottery with a buffet car."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Rail minister Dominic Haworth called the performance "simply not good enough" and promised a tougher regime for operators.',
        False,
        [],
        None,
    ),
    # --- Warnstreik an den Flughäfen (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Ein Warnstreik der Gewerkschaft Verdi hat am Dienstag den Flugverkehr an sieben deutschen Flughäfen weitgehend lahmgelegt.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Allein in Frankfurt wurden nach Angaben des Betreibers Fraport 1.030 von 1.290 geplanten Starts und Landungen gestrichen.",
        True,
        [("count", 1030, None, None), ("count", 1290, None, None)],
        None,
    ),
    (
        "de",
        "Der Flughafenverband ADV schätzt, dass bundesweit rund 3.400 Flüge ausfielen und etwa 510.000 Passagiere betroffen waren.",
        True,
        [("count", 3400, None, "about"), ("count", 510000, None, "about")],
        None,
    ),
    (
        "de",
        "Der 24-stündige Ausstand hatte um Mitternacht begonnen, in Hamburg streikten die Beschäftigten bereits seit Montagabend.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "In München fand nach Angaben des Flughafens immerhin rund ein Viertel der geplanten Flüge statt.",
        True,
        [("fraction", 0.25, None, "about")],
        "der Flughafen",
    ),
    (
        "de",
        "Verdi fordert für die rund 25.000 Beschäftigten der Bodenverkehrsdienste und Sicherheitskontrollen ein Plus von 8 Prozent, monatlich jedoch mindestens 350 Euro mehr.",
        True,
        [("count", 25000, None, "about"), ("percent", 8, "%", None), ("money", 350, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber hatten in der zweiten Verhandlungsrunde angeboten, die Löhne in drei Stufen um insgesamt 5,5 Prozent anzuheben, bei 30 Monaten Laufzeit.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 3, None, None),
            ("percent", 5.5, "%", None),
            ("duration", 30, "month", None),
        ],
        None,
    ),
    (
        "de",
        "„Wer die Beschäftigten so abspeist, darf sich über leere Terminals nicht wundern“, sagte Verdi-Verhandlungsführerin Sandra Kühnel.",
        False,
        [],
        None,
    ),
    ("de", "Der Flughafenverband nannte den Warnstreik „völlig unverhältnismäßig“.", False, [], None),
    (
        "de",
        "Die Lufthansa strich nach eigenen Angaben mehr als 1.300 Flüge, am Mittwoch sollen es noch rund 150 sein.",
        True,
        [("count", 1300, None, "over"), ("count", 150, None, "about")],
        None,
    ),
    (
        "de",
        "Reisende sollten sich vor der Fahrt zum Flughafen bei ihrer Airline über den Status ihres Fluges informieren, riet der Betreiber.",
        False,
        [],
        None,
    ),
    ("de", "Im Terminal 1 leuchteten die Anzeigetafeln am Morgen fast durchgehend rot.", False, [], None),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 27. und 28. Oktober in Potsdam angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--10-27", None, None), ("date", "--10-28", None, None)],
        None,
    ),
    ("de", "Ob es bis dahin weitere Warnstreiks gibt, wollte Kühnel nicht sagen.", False, [], None),
    # --- French air traffic control strike (Reuters) ---
    (
        "en",
        "PARIS, Oct 16 (Reuters) - France's civil aviation authority DGAC asked airlines to cut a third of their flights at Paris Orly and half at Marseille and Nice on Thursday as air traffic controllers began a 48-hour strike.",
        True,
        [
            ("date", "--10-16", None, None),
            ("fraction", 0.3333, None, None),
            ("fraction", 0.5, None, None),
            ("duration", 48, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "More than 1,500 flights were cancelled across Europe by mid-morning, according to Eurocontrol, including hundreds of overflights that never touch French soil.",
        True,
        [("count", 1500, None, "over")],
        "Eurocontrol",
    ),
    (
        "en",
        "Ryanair said it had cancelled 420 flights affecting more than 75,000 passengers, most of them on routes that merely cross French airspace.",
        True,
        [("count", 420, None, None), ("count", 75000, None, "over")],
        "Ryanair",
    ),
    (
        "en",
        'The airline called the walkout "yet another act of sabotage against Europe\'s travellers."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The SNCTA union, which represents about 60% of controllers, is demanding a pay rise and more staff to cope with growing traffic.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "French controllers have struck on at least 38 days since the start of 2023, the European airlines' lobby A4E said.",
        True,
        [("duration", 38, "day", "at_least"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Flights from Paris Charles de Gaulle were less affected, with the DGAC asking for a 25% reduction there.",
        True,
        [("percent", 25, "%", None)],
        None,
    ),
    (
        "en",
        '"We are not striking against passengers, we are striking for safety," a union official told Reuters at Orly.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Twelve hours on the floor of a terminal with two toddlers is nobody\'s idea of a holiday," said Karen Moffat, a teacher from Leeds stranded in Marseille.',
        False,
        [("duration", 12, "hour", None), ("count", 2, None, None)],
        None,
    ),
    ("en", "The strike is due to end at 6 a.m. on Saturday, the DGAC said.", True, [], "the DGAC"),
    # --- SBB: Pünktlichkeit und Fahrplan 2026 (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SBB sind von Januar bis September zu 92,7 Prozent pünktlich gewesen, 0,4 Prozentpunkte weniger als im Vorjahreszeitraum.",
        True,
        [("percent", 92.7, "%", None), ("percent", 0.4, "pp", None)],
        None,
    ),
    (
        "de",
        "Als pünktlich zählen die SBB einen Zug, der weniger als drei Minuten zu spät ankommt.",
        True,
        [("duration", 3, "minute", "under")],
        None,
    ),
    (
        "de",
        "Die Anschlusspünktlichkeit lag bei 98,1 Prozent, wie die SBB am Dienstag mitteilten.",
        True,
        [("percent", 98.1, "%", None)],
        "die SBB",
    ),
    (
        "de",
        "Die Fahrgastzahlen seien gegenüber dem Vorjahr um 2,4 Prozent auf durchschnittlich 1,36 Millionen pro Tag gestiegen, so SBB-Sprecherin Corinne Wälti.",
        True,
        [("percent", 2.4, "%", None), ("count", 1360000, None, None)],
        "Corinne Wälti",
    ),
    (
        "de",
        "Mit dem Fahrplanwechsel am 14. Dezember bieten die SBB nach eigenen Angaben rund 1'300 zusätzliche Zugkilometer pro Tag an.",
        True,
        [("date", "--12-14", None, None), ("count", 1300, None, "about")],
        None,
    ),
    (
        "de",
        "Zwischen Zürich und Bern fahren in der Hauptverkehrszeit neu Züge im Viertelstundentakt.",
        True,
        [("duration", 0.25, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Fahrzeit von Lausanne nach Bern verkürzt sich um vier Minuten auf 62 Minuten.",
        True,
        [("duration", 4, "minute", None), ("duration", 62, "minute", None)],
        None,
    ),
    (
        "de",
        "Wegen Bauarbeiten am Bahnknoten Lausanne bleiben zwischen Genf und Lausanne bis 2027 einzelne Verbindungen ausgedünnt.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Billettpreise bleiben 2026 unverändert, das Generalabonnement 2. Klasse kostet weiterhin 4'080 Franken.",
        True,
        [("year", 2026, None, None), ("ordinal", 2, None, None), ("money", 4080, "CHF", None)],
        None,
    ),
    (
        "de",
        "Auf der Gotthard-Achse dauert die Reise von Zürich nach Mailand mit den neuen Direktzügen knapp dreieinhalb Stunden.",
        True,
        [("duration", 3.5, "hour", "nearly")],
        None,
    ),
    ("de", "«Pünktlichkeit ist bei uns kein Zufall, sondern harte Arbeit», sagte Wälti.", False, [], None),
    (
        "de",
        "Im Güterverkehr schreibt SBB Cargo weiterhin Verluste, im ersten Halbjahr waren es 47 Millionen Franken.",
        True,
        [("ordinal", 1, None, None), ("money", 47000000, "CHF", None)],
        None,
    ),
    ("de", "Der Verband öffentlicher Verkehr sprach von einem «Fahrplan mit Augenmass».", False, [], None),
    # --- United Airlines third quarter (AP) ---
    (
        "en",
        "CHICAGO (AP) — United Airlines earned $1.06 billion in the third quarter, helped by strong demand for premium seats and international flights.",
        True,
        [("money", 1060000000, "USD", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Revenue rose 4.1% to $15.3 billion, the Chicago-based airline said Tuesday.",
        True,
        [("percent", 4.1, "%", None), ("money", 15300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Excluding one-time items, it made $2.78 per share, beating the $2.65 per share that analysts surveyed by FactSet had expected.",
        True,
        [("money", 2.78, "USD", None), ("money", 2.65, "USD", None)],
        None,
    ),
    (
        "en",
        "Premium cabin revenue jumped 9%, while sales of economy tickets on domestic routes slipped about 2%.",
        True,
        [("percent", 9, "%", None), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        "The airline flew about 48 million passengers in the quarter, a company record.",
        True,
        [("count", 48000000, None, "about")],
        None,
    ),
    (
        "en",
        '"Customers keep telling us they will pay for comfort," Chief Financial Officer Marcus Whitfield said on a call with analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "United expects fourth-quarter earnings of $3 to $3.50 per share.",
        True,
        [("ordinal", 4, None, None), ("money", 3, "USD", None), ("money", 3.5, "USD", None)],
        None,
    ),
    ("en", "Shares rose more than 5% in after-hours trading.", True, [("percent", 5, "%", "over")], None),
    (
        "en",
        "The airline has taken delivery of 21 Boeing 787 and Airbus A321neo jets so far this year and plans to add 11 more by December.",
        True,
        [("count", 21, None, None), ("count", 11, None, None)],
        None,
    ),
    # --- Lufthansa: Quartalszahlen (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Lufthansa hat im dritten Quartal dank eines starken Sommergeschäfts einen bereinigten operativen Gewinn von 1,41 Milliarden Euro erzielt.",
        True,
        [("ordinal", 3, None, None), ("money", 1410000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das sind knapp 9 Prozent mehr als ein Jahr zuvor, Analysten hatten im Schnitt mit 1,35 Milliarden Euro gerechnet.",
        True,
        [("percent", 9, "%", "nearly"), ("money", 1350000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg um 4 Prozent auf 11,2 Milliarden Euro, die Konzern-Airlines beförderten 38,6 Millionen Fluggäste.",
        True,
        [("percent", 4, "%", None), ("money", 11200000000, "EUR", None), ("count", 38600000, None, None)],
        None,
    ),
    (
        "de",
        "Die Auslastung der Flugzeuge lag bei 86,3 Prozent und damit 1,2 Prozentpunkte über dem Vorjahreswert.",
        True,
        [("percent", 86.3, "%", None), ("percent", 1.2, "pp", None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Till Ahrensfeld sagte, die Stückkosten ohne Treibstoff seien um 2,5 Prozent gestiegen, vor allem wegen höherer Gebühren und Tarifabschlüsse.",
        True,
        [("percent", 2.5, "%", None)],
        "Till Ahrensfeld",
    ),
    (
        "de",
        "Für das Gesamtjahr bestätigte der Konzern das Ziel eines bereinigten Ebit von deutlich mehr als 2 Milliarden Euro.",
        True,
        [("money", 2000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Kernmarke Lufthansa Airlines schrieb allerdings erneut rote Zahlen, der operative Verlust belief sich auf 46 Millionen Euro.",
        True,
        [("money", 46000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wegen Lieferverzögerungen bei Boeing warte die Lufthansa noch auf 14 bestellte Langstreckenjets, sagte Ahrensfeld.",
        True,
        [("count", 14, None, None)],
        "Ahrensfeld",
    ),
    (
        "de",
        "Ahrensfeld versprach, die Kernmarke werde „so schnell wie möglich“ wieder Geld verdienen.",
        False,
        [],
        None,
    ),
    ("de", "Die Aktie verlor im MDax zeitweise 3,1 Prozent.", True, [("percent", 3.1, "%", None)], None),
    # --- HS2 cost and timetable (PA) ---
    (
        "en",
        "LONDON (PA) - The first phase of the HS2 high-speed railway between London and Birmingham will cost up to £71 billion and will not open to passengers before 2034, the Transport Secretary told MPs.",
        True,
        [("ordinal", 1, None, None), ("money", 71000000000, "GBP", "up_to"), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "The previous estimate, made in 2020, was between £44 billion and £53 billion in 2019 prices.",
        True,
        [
            ("year", 2020, None, None),
            ("money", 44000000000, "GBP", None),
            ("money", 53000000000, "GBP", None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "HS2 Ltd chief executive Graham Stirling said boring of the 16-km Chiltern tunnel was complete and that 78% of the viaducts and bridges on the route were finished.",
        True,
        [("count", 16, None, None), ("percent", 78, "%", None)],
        "Graham Stirling",
    ),
    (
        "en",
        "The line will carry trains at up to 320 km/h (200 mph), cutting the journey between London Euston and Birmingham Curzon Street to 52 minutes.",
        True,
        [("count", 320, None, "up_to"), ("count", 200, None, None), ("duration", 52, "minute", None)],
        None,
    ),
    (
        "en",
        "The fastest trains currently take one hour and 21 minutes.",
        True,
        [("duration", 1, "hour", None), ("duration", 21, "minute", None)],
        None,
    ),
    (
        "en",
        "About 31,000 people are working on the project, according to HS2 Ltd.",
        True,
        [("count", 31000, None, "about")],
        "HS2 Ltd",
    ),
    (
        "en",
        "A review by the National Audit Office last year found that costs had risen by more than a third since 2020.",
        True,
        [("fraction", 0.3333, None, "over"), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        '"This is a national scandal of waste and drift," said the opposition\'s transport spokesman.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government scrapped the northern leg to Manchester in 2023, saving an estimated £34 billion.",
        True,
        [("year", 2023, None, None), ("money", 34000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Whether the line will ever reach Euston on schedule is now an open question in Westminster.",
        False,
        [],
        None,
    ),
    # --- Klimaticket wird teurer (APA) ---
    (
        "de",
        "Wien (APA) - Das Klimaticket für ganz Österreich kostet ab 1. Jänner 1.236 Euro, das ist ein Plus von 3,8 Prozent.",
        True,
        [("date", "--01-01", None, None), ("money", 1236, "EUR", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für Junge unter 26 Jahren sowie für Seniorinnen und Senioren sinkt der Preis auf 927 Euro.",
        True,
        [("duration", 26, "year", "under"), ("money", 927, "EUR", None)],
        None,
    ),
    (
        "de",
        "Derzeit besitzen nach Angaben des Mobilitätsministeriums rund 318.000 Menschen ein Klimaticket, um gut 11 Prozent mehr als vor einem Jahr.",
        True,
        [("count", 318000, None, "about"), ("percent", 11, "%", "over")],
        "das Mobilitätsministerium",
    ),
    (
        "de",
        "Die Preiserhöhung entspricht laut Ministerium der Inflationsrate der vergangenen zwölf Monate.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Bund lässt sich das Ticket heuer rund 280 Millionen Euro an Ausgleichszahlungen für die Verkehrsverbünde kosten.",
        True,
        [("money", 280000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Preis von mehr als 1.200 Euro sei für viele Pendlerinnen und Pendler „schlicht nicht mehr leistbar“, kritisierte VCÖ-Experte Lukas Pöltl.",
        False,
        [("money", 1200, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Grünen rechneten vor, dass sich das Ticket schon ab rund 25 Pendelfahrten pro Monat zwischen Linz und Wien rechne.",
        True,
        [("count", 25, None, "about")],
        None,
    ),
    (
        "de",
        "Seit der Einführung im Oktober 2021 wurden insgesamt mehr als 1,1 Millionen Klimatickets verkauft, wie die ÖBB mitteilten.",
        True,
        [("year", 2021, None, None), ("count", 1100000, None, "over")],
        "die ÖBB",
    ),
    (
        "de",
        "Auf der Westbahn waren die ÖBB im Oktober zu 93,6 Prozent pünktlich, österreichweit im Personenverkehr zu 95,1 Prozent.",
        True,
        [("percent", 93.6, "%", None), ("percent", 95.1, "%", None)],
        None,
    ),
    (
        "de",
        "Ob die Regierung das Ticket angesichts des Sparkurses langfristig im Budget halten kann, ist offen.",
        False,
        [],
        None,
    ),
    # --- EU air passenger rights (Reuters) ---
    (
        "en",
        "BRUSSELS, Nov 6 (Reuters) - European Union governments and lawmakers agreed early on Thursday to let airlines wait longer before paying compensation for delays, in a deal consumer groups called a step backwards.",
        True,
        [("date", "--11-06", None, None)],
        None,
    ),
    (
        "en",
        "Passengers on flights of up to 3,500 km will be entitled to 300 euros after a delay of at least four hours, instead of three hours now.",
        True,
        [
            ("count", 3500, None, "up_to"),
            ("money", 300, "EUR", None),
            ("duration", 4, "hour", "at_least"),
            ("duration", 3, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "For longer flights, the threshold rises to six hours and the payment to 500 euros.",
        True,
        [("duration", 6, "hour", None), ("money", 500, "EUR", None)],
        None,
    ),
    (
        "en",
        "Airlines paid out an estimated 1.9 billion euros in delay compensation across the bloc last year, according to the Commission.",
        True,
        [("money", 1900000000, "EUR", "about")],
        "the Commission",
    ),
    (
        "en",
        "Commission spokesperson Elena Marchetti said the new rules would also oblige airlines to send passengers pre-filled compensation forms within 14 days.",
        True,
        [("duration", 14, "day", None)],
        "Elena Marchetti",
    ),
    (
        "en",
        'The European consumer organisation BEUC called the deal "a gift to airlines paid for by passengers."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Nobody stands at a gate and thinks four hours is fine," said a Green lawmaker who voted against the compromise.',
        False,
        [("duration", 4, "hour", None)],
        None,
    ),
    (
        "en",
        "Airlines for Europe, whose members include Lufthansa, Air France-KLM and Ryanair, said about 70% of delays were caused by factors outside carriers' control.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "The agreement still needs formal approval by the European Parliament and member states before it can take effect, expected in 2027.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "It was not immediately clear how the rules would apply to flights cancelled at short notice.",
        False,
        [],
        None,
    ),
    # --- Deutschlandticket wird teurer (dpa) ---
    (
        "de",
        "Berlin (dpa) - Für das Deutschlandticket müssen Abonnentinnen und Abonnenten vom 1. Januar an 64 Euro im Monat zahlen, vier Euro mehr als bisher.",
        True,
        [("date", "--01-01", None, None), ("money", 64, "EUR", None), ("money", 4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach fünfstündigen Beratungen verständigten sich die Verkehrsministerinnen und -minister der 16 Länder am Montag auf den neuen Preis.",
        True,
        [("duration", 5, "hour", None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Bund und Länder zahlen weiterhin je 1,6 Milliarden Euro pro Jahr, um die Einnahmeausfälle der Verkehrsbetriebe auszugleichen.",
        True,
        [("money", 1600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund 14,2 Millionen Menschen haben das Ticket derzeit abonniert, etwa jeder zehnte davon hatte vorher kein Abo, so der Verband Deutscher Verkehrsunternehmen.",
        True,
        [("count", 14200000, None, "about"), ("fraction", 0.1, None, "about")],
        "der Verband Deutscher Verkehrsunternehmen",
    ),
    (
        "de",
        "Seit dem Start im Mai 2023 ist es die zweite Preiserhöhung: Zunächst hatte das Ticket 49 Euro gekostet, seit Anfang dieses Jahres sind es 60 Euro.",
        True,
        [
            ("year", 2023, None, None),
            ("ordinal", 2, None, None),
            ("money", 49, "EUR", None),
            ("money", 60, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "„Jede Erhöhung kostet uns Kundinnen und Kunden, die wir nie wieder zurückgewinnen“, warnte VDV-Geschäftsführer Torsten Kerling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der VDV rechnet nach der Erhöhung mit dem Verlust von bis zu 600.000 Abonnements.",
        True,
        [("count", 600000, None, "up_to")],
        None,
    ),
    ("de", "Der Fahrgastverband Pro Bahn sprach von einem „Wortbruch“.", False, [], None),
    (
        "de",
        "Ab 2027 soll der Preis nach einem festen Index steigen, der sich an Personal- und Energiekosten orientiert.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Das Semesterticket für Studierende kostet künftig 60 Prozent des regulären Preises, also 38,40 Euro.",
        True,
        [("percent", 60, "%", None), ("money", 38.4, "EUR", None)],
        None,
    ),
    ("de", "Wer eine BahnCard 25 besitzt, zahlt für das Deutschlandticket weiterhin den vollen Preis.", True, [], None),
    (
        "de",
        "„Wer soll das bei 64 Euro im Monat noch bezahlen?“, fragte eine Pendlerin am Leipziger Hauptbahnhof.",
        False,
        [("money", 64, "EUR", None)],
        None,
    ),
    # --- Heathrow record October (PA) ---
    (
        "en",
        "LONDON (PA) - Heathrow handled a record 7.1 million passengers in October, its busiest October ever, as autumn school holidays boosted demand.",
        True,
        [("count", 7100000, None, None)],
        None,
    ),
    (
        "en",
        "Passenger numbers were up 2.4% on the same month last year, the airport said.",
        True,
        [("percent", 2.4, "%", None)],
        "the airport",
    ),
    (
        "en",
        "North America remained its biggest market with 1.6 million passengers, followed by Europe with 1.5 million.",
        True,
        [("count", 1600000, None, None), ("count", 1500000, None, None)],
        None,
    ),
    (
        "en",
        "Heathrow has carried 71.9 million passengers in the year's first 10 months and expects about 84 million for the full year.",
        True,
        [
            ("count", 71900000, None, None),
            ("ordinal", 1, None, None),
            ("duration", 10, "month", None),
            ("count", 84000000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Chief executive Thomas Woolley said a third runway could be operational by 2035 if planning consent is granted within two years.",
        True,
        [("ordinal", 3, None, None), ("year", 2035, None, None), ("duration", 2, "year", None)],
        "Thomas Woolley",
    ),
    (
        "en",
        "The airport estimates the expansion would cost about £49 billion, including a 3,500-metre runway and a new terminal.",
        True,
        [("money", 49000000000, "GBP", "about"), ("count", 3500, None, None)],
        None,
    ),
    (
        "en",
        '"Britain cannot be a trading nation with a full airport and no room to grow," Woolley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Punctuality also improved: 79% of departures left within 15 minutes of their slot, against 74% a year earlier.",
        True,
        [("percent", 79, "%", None), ("duration", 15, "minute", None), ("percent", 74, "%", None)],
        None,
    ),
    (
        "en",
        'Residents\' groups in west London said they would fight the plans "every step of the way."',
        False,
        [],
        None,
    ),
    # --- Flughafen Zürich im Oktober (Keystone-SDA) ---
    (
        "de",
        "Kloten (Keystone-SDA) - Über den Flughafen Zürich sind im Oktober 2'874'000 Passagiere gereist, 3,2 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 2874000, None, None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Damit wurde das Niveau von 2019 erstmals in einem Oktober übertroffen, wie die Flughafen Zürich AG mitteilte.",
        True,
        [("year", 2019, None, None)],
        "die Flughafen Zürich AG",
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen lag mit 23'140 noch knapp 6 Prozent unter dem Vorkrisenniveau.",
        True,
        [("count", 23140, None, None), ("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Swiss beförderte im Oktober rund 1,7 Millionen Fluggäste, ihr Sitzladefaktor betrug 85,2 Prozent.",
        True,
        [("count", 1700000, None, "about"), ("percent", 85.2, "%", None)],
        None,
    ),
    (
        "de",
        "Von Januar bis Oktober nutzten gut 26 Millionen Passagiere den grössten Schweizer Flughafen.",
        True,
        [("count", 26000000, None, "over")],
        None,
    ),
    (
        "de",
        "«Die Lust auf Städtereisen im Herbst ist ungebrochen», sagte Flughafen-Sprecherin Nadia Imboden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wegen der Nachtruhe dürfen in Kloten zwischen 23.30 Uhr und 6 Uhr keine Linienflüge starten oder landen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr mussten nach Angaben des Kantons 1'480 Flüge nach 23 Uhr eine Sonderbewilligung erhalten, so viele wie noch nie.",
        True,
        [("count", 1480, None, None)],
        "der Kanton",
    ),
    (
        "de",
        "Anwohnerinnen und Anwohner im Zürcher Unterland klagen seit Jahren über den Fluglärm in den Randstunden.",
        False,
        [],
        None,
    ),
    # --- Amtrak ridership (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Amtrak carried a record 34.9 million passengers in its fiscal year through Sept. 30, up nearly 7% from the previous year, the railroad said Monday.",
        True,
        [("count", 34900000, None, None), ("date", "--09-30", None, None), ("percent", 7, "%", "nearly")],
        "the railroad",
    ),
    (
        "en",
        "Ridership on the Northeast Corridor between Boston and Washington rose to 14.2 million, more than two-fifths of the total.",
        True,
        [("count", 14200000, None, None), ("fraction", 0.4, None, "over")],
        None,
    ),
    (
        "en",
        "The new NextGen Acela trains, which entered service in August, can reach 160 mph, though only on about 50 miles of track.",
        True,
        [("count", 160, None, None), ("count", 50, None, "about")],
        None,
    ),
    (
        "en",
        "Amtrak said its operating loss narrowed to $705 million from $766 million.",
        True,
        [("money", 705000000, "USD", None), ("money", 766000000, "USD", None)],
        "Amtrak",
    ),
    (
        "en",
        "On-time performance across the network averaged 74%, but on long-distance routes fewer than half of trains arrived on time.",
        True,
        [("percent", 74, "%", None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        '"Americans have rediscovered the train, and now we need the tracks to match," the railroad\'s president said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Amtrak owns only about 3% of the 21,400 route miles it operates over, with freight railroads controlling most of the rest.",
        True,
        [("percent", 3, "%", "about"), ("count", 21400, None, None)],
        None,
    ),
    (
        "en",
        "Congress approved $64 billion for passenger and freight rail in the 2021 infrastructure law, of which about $21 billion went directly to Amtrak.",
        True,
        [("money", 64000000000, "USD", None), ("year", 2021, None, None), ("money", 21000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Rail advocates say decades of underinvestment have left stations in many smaller cities in poor shape.",
        False,
        [],
        None,
    ),
    # --- Neuer Nightjet nach Stockholm (APA) ---
    (
        "de",
        "Wien (APA) - Die ÖBB nehmen mit dem Fahrplanwechsel am 14. Dezember eine neue Nightjet-Verbindung von Wien nach Stockholm auf.",
        True,
        [("date", "--12-14", None, None)],
        None,
    ),
    (
        "de",
        "Der Zug verkehrt zunächst dreimal pro Woche und braucht für die rund 1.850 Kilometer lange Strecke 19 Stunden und 40 Minuten.",
        True,
        [
            ("count", 3, None, None),
            ("count", 1850, None, "about"),
            ("duration", 19, "hour", None),
            ("duration", 40, "minute", None),
        ],
        None,
    ),
    (
        "de",
        "Ein Abteil im Schlafwagen für zwei Personen kostet ab 289 Euro, ein Sitzplatz ist ab 69 Euro zu haben.",
        True,
        [("count", 2, None, None), ("money", 289, "EUR", None), ("money", 69, "EUR", None)],
        None,
    ),
    (
        "de",
        "Insgesamt fahren Nachtzüge der ÖBB heuer auf 26 Linien, gemeinsam mit Partnerbahnen werden 30 Städte in 14 Ländern angefahren.",
        True,
        [("count", 26, None, None), ("count", 30, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr nutzten nach Angaben von Nightjet-Chef Bernhard Wimmesberger 1,62 Millionen Fahrgäste die Nachtzüge, knapp 5 Prozent mehr als 2023.",
        True,
        [("count", 1620000, None, None), ("percent", 5, "%", "nearly"), ("year", 2023, None, None)],
        "Bernhard Wimmesberger",
    ),
    (
        "de",
        "Wegen Verzögerungen bei der Zulassung sind erst 19 der 33 bestellten Nightjet-Garnituren der neuen Generation im Einsatz.",
        True,
        [("count", 19, None, None), ("count", 33, None, None)],
        None,
    ),
    (
        "de",
        "Für die neue Strecke sucht die Bahn zwischen 20 und 30 zusätzliche Zugbegleiterinnen und Zugbegleiter.",
        True,
        [("count", 20, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Die Verbindung kostet die ÖBB nach eigenen Angaben rund 6 Millionen Euro pro Jahr, Schweden übernimmt davon ein Drittel.",
        True,
        [("money", 6000000, "EUR", "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "„Der Nachtzug ist die eleganteste Art, Europa zu verschlafen“, sagte Wimmesberger bei der Präsentation am Wiener Hauptbahnhof.",
        False,
        [],
        None,
    ),
    ("de", "Ob der Zug über den Winter hinaus ganzjährig fahren wird, ist noch nicht entschieden.", False, [], None),
    # --- Fehmarnbelt tunnel delayed (Reuters) ---
    (
        "en",
        "COPENHAGEN, Nov 20 (Reuters) - The opening of the Fehmarnbelt tunnel between Denmark and Germany will be delayed by at least two years to 2032, Danish builder Femern A/S said on Thursday.",
        True,
        [("date", "--11-20", None, None), ("duration", 2, "year", "at_least"), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "The 18-km road and rail tunnel, the longest of its kind, is now expected to cost 55.1 billion Danish crowns ($8.6 billion), up from 51.4 billion.",
        True,
        [
            ("count", 18, None, None),
            ("money", 55100000000, "DKK", None),
            ("money", 8600000000, "USD", None),
            ("money", 51400000000, "DKK", None),
        ],
        None,
    ),
    (
        "en",
        "Femern spokesman Lars Kjeldsen said production of the 89 concrete elements at a factory in Rodby was running about 14 months behind schedule.",
        True,
        [("count", 89, None, None), ("duration", 14, "month", "about")],
        "Lars Kjeldsen",
    ),
    (
        "en",
        "Germany's Deutsche Bahn is responsible for the 88-km rail link on the German side, which it has said will not be ready before 2033.",
        True,
        [("count", 88, None, None), ("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "Once both are finished, trains will link Hamburg and Copenhagen in under three hours, compared with about four and a half hours today.",
        True,
        [("duration", 3, "hour", "under"), ("duration", 4.5, "hour", "about")],
        None,
    ),
    (
        "en",
        "The ferry crossing between Rodby and Puttgarden takes 45 minutes, while the drive through the tunnel will take about 10 minutes.",
        True,
        [("duration", 45, "minute", None), ("duration", 10, "minute", "about")],
        None,
    ),
    (
        "en",
        "Denmark is financing the tunnel through state-guaranteed loans to be repaid from tolls over about 40 years, while the EU has pledged about 1.1 billion euros.",
        True,
        [("duration", 40, "year", "about"), ("money", 1100000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        '"Every month of delay is a month in which the Baltic stays divided," said a Danish business lobbyist.',
        False,
        [],
        None,
    ),
    # --- Entschädigungen bei Bahn und Flug (dpa) ---
    (
        "de",
        "Berlin (dpa) - An Entschädigungen für Verspätungen und Zugausfälle hat die Deutsche Bahn von Januar bis September 183 Millionen Euro gezahlt.",
        True,
        [("money", 183000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das ist gut ein Fünftel mehr als im Vorjahreszeitraum, wie aus der Antwort des Verkehrsministeriums auf eine parlamentarische Anfrage hervorgeht.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Bis Ende September gingen knapp 4,8 Millionen Anträge ein, fast drei Viertel davon online.",
        True,
        [("count", 4800000, None, "nearly"), ("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Fahrgäste erhalten ab 60 Minuten Verspätung 25 Prozent des Fahrpreises zurück, ab 120 Minuten die Hälfte.",
        True,
        [
            ("duration", 60, "minute", None),
            ("percent", 25, "%", None),
            ("duration", 120, "minute", None),
            ("fraction", 0.5, None, None),
        ],
        None,
    ),
    (
        "de",
        "Beträge unter fünf Euro werden seit einer Reform im Juni 2023 nicht mehr ausgezahlt.",
        True,
        [("money", 5, "EUR", "under"), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Das Fluggastrechteportal Flightright zählte nach eigenen Angaben in diesem Jahr bereits mehr als 410.000 Entschädigungsanfragen aus Deutschland.",
        True,
        [("count", 410000, None, "over")],
        None,
    ),
    (
        "de",
        "Jede dritte Anfrage betreffe einen annullierten Flug, sagte Sprecher Oliver Krämling.",
        True,
        [("fraction", 0.3333, None, None)],
        "Oliver Krämling",
    ),
    ("de", "„Die Airlines setzen darauf, dass die Leute irgendwann aufgeben“, sagte Krämling.", False, [], None),
    (
        "de",
        "Die Schlichtungsstelle für den öffentlichen Personenverkehr (söp) bearbeitete im ersten Halbjahr 21.600 Fälle, rund 70 Prozent davon zum Luftverkehr.",
        True,
        [("ordinal", 1, None, None), ("count", 21600, None, None), ("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Schlichtungsanträge gegen Fluggesellschaften sei zuletzt zweistellig gestiegen, hieß es bei der söp.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Verbraucherschützer raten, Bordkarten sowie Quittungen für Hotels und Taxis stets aufzubewahren.",
        False,
        [],
        None,
    ),
    # --- easyJet annual results (Reuters) ---
    (
        "en",
        "LONDON, Nov 25 (Reuters) - EasyJet reported a 14% rise in annual pre-tax profit to 702 million pounds on Tuesday, helped by its fast-growing package holidays business.",
        True,
        [("date", "--11-25", None, None), ("percent", 14, "%", None), ("money", 702000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The airline carried 98.7 million passengers in the year to Sept. 30, with a load factor of 89.6%.",
        True,
        [("count", 98700000, None, None), ("date", "--09-30", None, None), ("percent", 89.6, "%", None)],
        None,
    ),
    (
        "en",
        "EasyJet Holidays, which sells flight-and-hotel packages, grew profit by 31% to 238 million pounds and now accounts for more than a third of group earnings.",
        True,
        [("percent", 31, "%", None), ("money", 238000000, "GBP", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "Average fares rose 2% to 71.40 pounds, while ancillary revenue per seat was flat.",
        True,
        [("percent", 2, "%", None), ("money", 71.4, "GBP", None)],
        None,
    ),
    (
        "en",
        "Finance chief Helen Rutherford said winter bookings were 2 percentage points ahead of last year, at slightly lower prices.",
        True,
        [("percent", 2, "pp", None)],
        "Helen Rutherford",
    ),
    (
        "en",
        "The company proposed a dividend of 13.4 pence per share, up from 12.1 pence.",
        True,
        [("money", 0.134, "GBP", None), ("money", 0.121, "GBP", None)],
        None,
    ),
    (
        "en",
        '"We\'re seeing customers who want certainty, and packages give them that," Rutherford told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in easyJet, which have fallen about 8% this year, rose 4.5% in early trading.",
        True,
        [("percent", 8, "%", "about"), ("percent", 4.5, "%", None)],
        None,
    ),
    ("en", 'Analysts at Peel Hunt said the results were "a reassuringly dull set of numbers."', False, [], None),
    # --- Rail fares in England (PA) ---
    (
        "en",
        "LONDON (PA) - Regulated fares on England's railways are to go up by 4.1% in March, the Department for Transport announced on Wednesday.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        "The increase, which covers season tickets and most off-peak returns, is one percentage point below July's retail prices index inflation of 5.1%.",
        True,
        [("percent", 1, "pp", None), ("percent", 5.1, "%", None)],
        None,
    ),
    (
        "en",
        "A yearly season ticket between Brighton and London will cost £6,017, up £237.",
        True,
        [("money", 6017, "GBP", None), ("money", 237, "GBP", None)],
        None,
    ),
    (
        "en",
        "Most railcards will stay at £37 a year and give a third off off-peak fares, the department said.",
        True,
        [("money", 37, "GBP", None), ("fraction", 0.3333, None, None)],
        "the department",
    ),
    (
        "en",
        "Rail Delivery Group figures show passengers made 412 million journeys using a railcard in the year to March, saving an average of £4.80 per trip.",
        True,
        [("count", 412000000, None, None), ("money", 4.8, "GBP", None)],
        None,
    ),
    (
        "en",
        "Fares in Scotland will be frozen for a second year, while in Wales they will rise by 3.9%.",
        True,
        [("ordinal", 2, None, None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "Passengers can claim through the Delay Repay scheme for delays of 15 minutes or more, with half the fare refunded after 30 minutes.",
        True,
        [("duration", 15, "minute", None), ("fraction", 0.5, None, None), ("duration", 30, "minute", None)],
        None,
    ),
    (
        "en",
        '"Another inflation-busting rise will push more commuters off the railway and onto the roads," said Alan Fairbairn of the Campaign for Better Transport.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"How is anyone supposed to plan a career around a £6,000 season ticket?" asked a commuter at Clapham Junction.',
        False,
        [("money", 6000, "GBP", None)],
        None,
    ),
    # --- Thanksgiving travel (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Transportation Security Administration screened a record 3.16 million people at U.S. airport checkpoints on the Sunday after Thanksgiving, the TSA said.",
        True,
        [("count", 3160000, None, None)],
        "the TSA",
    ),
    (
        "en",
        "That topped the previous single-day record of 3.11 million, set in June.",
        True,
        [("count", 3110000, None, None)],
        None,
    ),
    (
        "en",
        "Over the 12-day holiday travel period, the TSA expected to screen about 31 million passengers, up about 3% from last year.",
        True,
        [("duration", 12, "day", None), ("count", 31000000, None, "about"), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        "Airlines cancelled fewer than 1% of U.S. flights over the long weekend, according to FlightAware.",
        True,
        [("percent", 1, "%", "under")],
        "FlightAware",
    ),
    (
        "en",
        "About one in five flights arrived more than 15 minutes late, with storms in the Midwest slowing traffic at Chicago O'Hare on Wednesday.",
        True,
        [("fraction", 0.2, None, "about"), ("duration", 15, "minute", "over")],
        None,
    ),
    (
        "en",
        "AAA had projected that 80.6 million Americans would travel 50 miles or more from home over the holiday, most of them by car.",
        True,
        [("count", 80600000, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        "The FAA said it handled more than 52,000 flights on Wednesday, its busiest day since 2019.",
        True,
        [("count", 52000, None, "over"), ("year", 2019, None, None)],
        "the FAA",
    ),
    (
        "en",
        '"It was chaos at the rental car counter, but the flight itself was fine," said Denise Marrow, who flew from Atlanta to Denver.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Travelers should arrive at least two hours before domestic flights during the Christmas rush, the TSA advised.",
        False,
        [("duration", 2, "hour", "at_least")],
        None,
    ),
    # --- Koralmbahn und Fahrplanwechsel (APA) ---
    (
        "de",
        "Klagenfurt (APA) - Mit dem Fahrplanwechsel am Sonntag geht nach mehr als zwei Jahrzehnten Bauzeit die Koralmbahn zwischen Graz und Klagenfurt in Vollbetrieb.",
        True,
        [("duration", 20, "year", "over")],
        None,
    ),
    (
        "de",
        "Die Fahrzeit zwischen den beiden Landeshauptstädten sinkt von knapp drei Stunden im Bus auf 41 Minuten.",
        True,
        [("duration", 3, "hour", "nearly"), ("duration", 41, "minute", None)],
        None,
    ),
    (
        "de",
        "Herzstück ist der knapp 33 Kilometer lange Koralmtunnel, die Baukosten der gesamten Strecke beziffern die ÖBB mit rund 6,3 Milliarden Euro.",
        True,
        [("count", 33, None, "nearly"), ("money", 6300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Zwischen Graz und Villach sind die schnellsten Züge künftig eine Stunde und zwölf Minuten unterwegs, rund 50 Minuten weniger als bisher.",
        True,
        [("duration", 12, "minute", None), ("duration", 50, "minute", "about")],
        None,
    ),
    (
        "de",
        "Von Wien nach Klagenfurt braucht der Railjet künftig drei Stunden und 19 Minuten, nach der Eröffnung des Semmering-Basistunnels 2031 sollen es zwei Stunden und 14 Minuten sein.",
        True,
        [
            ("duration", 3, "hour", None),
            ("duration", 19, "minute", None),
            ("year", 2031, None, None),
            ("duration", 2, "hour", None),
            ("duration", 14, "minute", None),
        ],
        None,
    ),
    (
        "de",
        "Auf der Neubaustrecke fahren die Züge mit bis zu 250 km/h, Graz und Klagenfurt werden im Stundentakt verbunden.",
        True,
        [("count", 250, None, "up_to")],
        None,
    ),
    (
        "de",
        "Pro Tag verkehren nach ÖBB-Angaben rund 130 Personenzüge auf der neuen Strecke, dazu kommen bis zu 100 Güterzüge.",
        True,
        [("count", 130, None, "about"), ("count", 100, None, "up_to")],
        None,
    ),
    (
        "de",
        "Ein Einzelfahrschein von Graz nach Klagenfurt kostet in der 2. Klasse regulär 27,90 Euro.",
        True,
        [("ordinal", 2, None, None), ("money", 27.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Kärntner Wirtschaftskammer erwartet durch die neue Verbindung bis 2040 rund 2.000 zusätzliche Arbeitsplätze im Süden.",
        True,
        [("year", 2040, None, None), ("count", 2000, None, "about")],
        None,
    ),
    (
        "de",
        "Zugleich tritt in ganz Österreich der neue Fahrplan in Kraft, die ÖBB bieten nach eigenen Angaben täglich rund 5.100 Verbindungen an.",
        True,
        [("count", 5100, None, "about")],
        None,
    ),
    (
        "de",
        "„Der Süden Österreichs wächst heute zu einem einzigen Wirtschaftsraum zusammen“, sagte Infrastrukturvorstand Herwig Aigner bei der Eröffnungsfeier im Lavanttal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tausende Schaulustige säumten am Samstag die Bahnsteige in Wolfsberg, als der erste Festzug einfuhr.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Fahrgastzahlen die Prognose von täglich 18.000 Reisenden erreichen, wird sich erst zeigen.",
        False,
        [("count", 18000, None, None)],
        None,
    ),
    # --- East Coast Main Line timetable (PA) ---
    (
        "en",
        "LONDON (PA) - Passengers between London and Edinburgh will be able to travel in under four hours on more trains from Sunday, when the biggest timetable change on the East Coast Main Line in decades takes effect.",
        True,
        [("duration", 4, "hour", "under")],
        None,
    ),
    (
        "en",
        "LNER will run 11 extra services a day, taking its total to 176, the operator said.",
        True,
        [("count", 11, None, None), ("count", 176, None, None)],
        "the operator",
    ),
    (
        "en",
        "The fastest trains from London King's Cross to Edinburgh will take three hours and 52 minutes, about 8 minutes quicker than now.",
        True,
        [("duration", 3, "hour", None), ("duration", 52, "minute", None), ("duration", 8, "minute", "about")],
        None,
    ),
    (
        "en",
        "Some journeys between London and Leeds will be 15 minutes shorter, at two hours and 6 minutes.",
        True,
        [("duration", 15, "minute", None), ("duration", 2, "hour", None), ("duration", 6, "minute", None)],
        None,
    ),
    (
        "en",
        "Network Rail said the changes follow £4 billion of upgrades on the line, including a flyover at Werrington and extra platforms at King's Cross.",
        True,
        [("money", 4000000000, "GBP", None)],
        "Network Rail",
    ),
    (
        "en",
        "Some smaller stations, including Grantham and Newark, will lose one direct London train an hour in the morning peak.",
        True,
        [("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "LNER managing director Rachel Ingleby said 91% of seats in the new timetable would be on its Azuma trains, which carry up to 611 passengers.",
        True,
        [("percent", 91, "%", None), ("count", 611, None, "up_to")],
        "Rachel Ingleby",
    ),
    (
        "en",
        "The operator's punctuality was 64.3% in the four weeks to Nov. 15, measured within a minute of the timetable.",
        True,
        [("percent", 64.3, "%", None), ("duration", 4, "week", None), ("date", "--11-15", None, None)],
        None,
    ),
    ("en", 'Local MPs called the cuts "a kick in the teeth for the East Midlands."', False, [], None),
    ("en", "Whether the new timings survive a hard winter is anyone's guess.", False, [], None),
]
