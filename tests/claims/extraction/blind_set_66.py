"""Sixty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, ships and figures are
made up (Ilka Brandauer, Pieter Dussen, Hisham Fakhry, Seaview Partners, Reinhard Ostholt,
Leopold Wiesinger, Konrad Pölzl, the online retailer Marktkorb, Carola Vennemann, the
Maklerhaus Brockstedt, Anton Mairhofer, the Nordhansa Linie, Jens Halvorsen, Henrike
Vollstedt, Jörg Albers; Elena Barrios, the Harwell Freight Index, Clarkmoor, Orlon Maritime,
the tanker Andaman Star, Martin Kettleby, Southway Terminals, Swiftline, Priya Natarajan,
Cresmont, Rajesh Bhatnagar, Teresa Ambriz, Marta Ellwood, Peter Crane); real ports, places,
waterways and institutions ("Hamburger Hafen", "Burchardkai", "Verdi", "Rotterdam",
"Antwerpen-Brügge", "Suezkanal", "Destatis", "Ifo-Institut", "Statistik Austria", "Bundesamt
für Zoll und Grenzsicherheit", "Asfinag", "Brenner", "Kaub", "Generalzolldirektion", "Hafen
Triest", "Maritime and Port Authority", "Suez Canal Authority", "Panama Canal", "Gatun Lake",
"Commerce Department", "Census Bureau", "Tax Foundation", "U.S. Customs and Border
Protection", "General Administration of Customs", "Office for National Statistics",
"Felixstowe", "Road Haulage Association", "Office of Foreign Assets Control", "Kyiv School
of Economics", "Maritime Union of Australia", "Port Botany", "International Air Transport
Association", "Port of Long Beach", "International Maritime Organization", "Port of Dover",
"American Trucking Associations") stand for the way wire copy names them; what is said of
them here, every volume, rate, tariff and balance included, is invented.

Its weight: SHIPPING, PORTS, LOGISTICS, CUSTOMS AND FOREIGN TRADE. Half German (dpa,
dpa-AFX, APA, APA/AFP, Keystone-SDA, Reuters German; Austrian "mit 1. Jänner", "Mrd.", Swiss
"Mia. Fr.", "1'240", «» quotes, German „“ quotes): Hamburg's half-year throughput and the
Elbe draught, a warning strike in the North Sea ports, Rotterdam and Antwerp-Bruges, Suez
transits and the Cape route, spot rates for a 40-foot box, German, Austrian and Swiss trade
balances, US tariffs on wood, cars and medicines and the EU's counter-tariffs, the EU
handling fee on small parcels, the German parcel market, logistics floor space in Germany
and a distribution centre in Lower Austria, the German and Austrian truck tolls and the
Brenner, low water at Kaub and the Duisburg port, a container line's quarter, the EU's
shadow-fleet listings and the oil price cap, the German customs office's year, the port of
Trieste. Half English (Reuters, AP, AFP, PA, AAP, PTI): Singapore's record year and berth
waits, Suez revenue and the Cape diversion, war-risk premiums, Panama Canal draft and
transits, a freight index, the U.S. trade deficit, Section 232 truck tariffs and the end of
de minimis, China's exports and surplus, UK trade, Felixstowe and an outage, the largest
container ship, UK and U.S. shadow-fleet sanctions, an Australian waterfront dispute,
parcels and air cargo, U.S. and UK warehouse space, India's trade, the Port of Long Beach, a
car-carrier fire, the IMO carbon fee and slow steaming, Dover border checks, truck tonnage
and the M6 Toll, a Baltic cable incident. Figures as such copy has them: throughput in TEU
and tonnes, ship sizes in TEU, metres, feet and deadweight tonnes, speeds in knots,
distances in nautical miles, "Seemeilen", kilometres and miles, draughts and water levels,
canal transits and ships per day, waiting and voyage times, freight rates per container and
per FEU, parcel and shipment volumes, floor space in square metres and square feet, rents per
square metre and foot, tolls per kilometre and per tonne of CO2, exports, imports and trade
balances in EUR, CHF, USD, GBP and INR (crore), tariffs in percent, de minimis thresholds,
vessels on sanctions lists, diversions adding days. Negatives as such copy has them: quoted
evaluations by senators, ministers, presidents, traders, brokers, forwarders, executives and
lobbies, forecasts and judgements phrased as opinion ("Eine Rückkehr zur alten Route halten
Marktbeobachter frühestens im kommenden Jahr für denkbar.", "Analysts expect rates to keep
sliding ...", "Many economists doubt ...", "The figures suggest ..."), hopes and fears,
open questions, unattributed verdicts and boilerplate (reporting credits, a correction line,
a rights notice, pointers to websites).

230 rows (115 German, 115 English), 48 negatives (23 German, 25 English), 182 check-worthy
rows of which 5 carry no figure (4 German, 1 English), 369 expected quantities (125 counts,
79 amounts of money, 67 percentages, 29 years, 27 durations, 15 ordinals, 15 dates, 12
fractions; none of them in negatives, which hold no figure), 41 checked speakers (18
German, 23 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, words compared in
lower case with punctuation dropped) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  with a figure is check-worthy with the speaker its own attribution gives ("Grund sei vor
  allem ein Einbruch beim Kohleumschlag um fast ein Viertel, sagte Hafenchef Pieter
  Dussen." -> "Pieter Dussen", forty-eighth and sixtieth); a company's forecast with a
  figure is check-worthy ("rechnet der Vorstand mit einem operativen Ergebnis zwischen 1,8
  und 2,4 Milliarden Euro", thirty-eighth and sixtieth), while a forecast phrased as a view
  without a figure is a negative.
- Container volumes in TEU are counts, "TEU" a unit as "Tonnen" (forty-eighth): "4,1
  Millionen Standardcontainer", "1,2 Millionen TEU", "rund 13,8 Millionen TEU" "about",
  "3,6 Millionen TEU", "a record 41.1 million ... (TEUs)" ("a record" no hedge), "65 million
  TEUs a year", "2.9 million TEU ... 1.8 million TEU", "about 3.5 million TEU", "9.6 million
  TEUs"; capacities likewise ("mit mehr als 18.000 TEU Stellplatzkapazität" 18,000 "over",
  "mit je 16.800 TEU" - "je" no hedge, "Gesamtkapazität von 2,4 Millionen TEU", "24,346
  TEUs", "up to 14,000 TEU" "up_to", "roughly 5,000" "about"). A figure in a container
  compound is read as written (forty-eighth): "eines 40-Fuß-Containers" and "a 40-foot
  container" count 40. New: "twenty-foot equivalent units" gives count 20 beside the volume,
  the number word in the compound read as "20-Fuß-" is (the issue: number words are read).
  New: "je FEU", "per FEU", "je Standardcontainer" and "per container" after a price name the
  unit priced and carry nothing, as "a tonne" and "a barrel" (forty-second).
- Tonnes, deadweight and gross tonnage are counts (physical units, fourth and forty-eighth
  batches): "57,3 Millionen Tonnen", "435,6 Millionen Tonnen", "etwa 1.000 Tonnen
  Schweröl", "gut 150 Millionen Tonnen" "over", "41,2 Millionen Tonnen", "eine Tragfähigkeit
  von rund 110.000 Tonnen", "1'240 Tonnen Gold" (the Swiss apostrophe groups digits, tenth),
  "41 Tonnen Kokain", "62 Millionen Tonnen", "3.2 billion gross tonnes", "54.9 million
  tonnes", "4,392 tonnes", "a deadweight of about 240,000 tonnes"; "above 5,000 gross
  tonnes" 5,000 "over" (as "above 60 knots", forty-seventh). New: "a
  105,000-deadweight-tonne tanker" is count 105,000, a figure in a compound read as written
  (as "A 366-metre container ship", forty-eighth). Barrels are counts ("etwa 700.000 Barrel",
  "3.27 million barrels per day"; "per day" none).
- Ship dimensions, draughts, speeds and distances are counts (fourth, forty-seventh and
  forty-eighth batches): "399.9 metres long and 61.3 metres wide", "the 200-meter vessel",
  "to 50 feet", "16 Knoten", "22 knots ... 16 knots", "from 20 knots to 16 knots", "rund
  3.300 Seemeilen" (new for the German word, as "nautical miles"), "some 3,300 nautical
  miles" "about", "about 27 kilometers", "about 90 kilometres", "up to nine miles" "up_to",
  "auf 78 Zentimeter" (a gauge reading); "stacked 25 high" count 25 and "a 22-storey
  building" 22 (forty-third: "four-storey"). New: in "bis zu einem Tiefgang von 13,5 Metern"
  the "bis zu" stands before the article, not before the figure, and gives no hedge (as
  "über einen Zeitraum von drei Jahren", sixtieth); "14,5 Meter" likewise none.
- Ships, transits, trucks and parcels per day or hour are counts; "pro Tag", "am Tag",
  "täglich", "a day", "an hour", "a year" carry none (forty-eighth): "im Schnitt 32 Schiffe pro
  Tag" ("im Schnitt" no hedge), "mehr als 70" "over", "34 vessels a day ... about 72 a day",
  "36 transits a day ... 22", "bis zu 30 Millionen Pakete täglich" "up_to", "rund 12
  Millionen Pakete am Tag", "More than 2,000 trucks an hour", "about 10,000 lorries ... on a
  typical weekday" ("Around" "about"). Parcels and shipments: "4,6 Milliarden ...
  Kleinsendungen", "rund 4,3 Milliarden Sendungen", "About 1.36 billion such shipments",
  "1.2 billion parcels", "a record 19.6 million parcels".
- Voyage times, diversions and waits are durations: "zehn bis zwölf Tage" two durations
  (the first takes the unit of the second, forty-eighth: "adding 10 to 14 days"), "or about
  10 days at 14 knots" 10 days "about" and count 14, "im Schnitt 2,6 Tage", "an average of
  1.2 days" ("an average of" no hedge), "nearly three days", "rund 14 Stunden", "up to six
  hours", "after eight days", "Ein 48-stündiger Warnstreik" 48 hours and "A 24-hour strike"
  (the issue's compounds), "für sechs Monate", "bei einer Laufzeit von zwölf Monaten", "a 27%
  pay rise over four years" (no hedge, twenty-sixth), "in the three months to August" 3
  months and "in the four weeks to Sunday" 4 weeks (forty-third). New: "the lowest in four
  months" is 4 months (as "a 25-year high", forty-second); "he had lost two days' work" 2
  days (the possessive plural is the span); "less than half of the $10.25 billion it took in
  two years earlier" 2 years (as "two years ago", forty-second).
- Prices per unit are money in the currency written (forty-second): "im Schnitt 2.870
  US-Dollar", "1.342 Dollar je Standardcontainer" and "2.215 Dollar je FEU" (German "Dollar"
  is USD in such copy), "$2,140", "$1,985 per FEU", "9,80 Euro je Quadratmeter und Monat"
  (fifty-second), "$10.12 per square foot a year", "34,8 Cent pro Kilometer" 0.348 EUR (the
  euro cent, twelfth), "200 Euro pro Tonne Kohlendioxid", "Kleinwasserzuschläge von bis zu
  60 Euro je Tonne" "up_to", "von 47,60 auf 44,10 Dollar je Barrel" two amounts, "$120 for
  every tonne" ("every tonne" none), "3 Euro mehr pro Stunde", "rund 118 Euro" "about",
  "£19.40 ... up from £18.20", "up to £145" "up_to", "as much as $4 million" "up_to"
  (twenty-sixth), "an extra $1.5 million per passage".
- Floor space is a count (fifty-second: "a floor area of 88 square metres"; forty-second:
  areas): "4,2 Millionen Quadratmeter", "mit 62.000 Quadratmetern Nutzfläche", "86 million
  square feet", "23.4 million square feet". New: "a 1.2 million-square-foot distribution
  center" is 1,200,000 - the scale word inside the compound multiplies as it does outside
  it (as "2,400-square-foot", fifty-second).
- Trade figures are money in the currency written: "131,1 Milliarden Euro", "98,4 Mrd.
  Euro", "69,8 Milliarden Franken", "58,4 Mia. Fr." and "11,4 Mia. Fr." CHF (fiftieth:
  "Mia."), "$59.6 billion", "£1.7 billion to £7.1 billion", "£2.1bn", "a record $39.7
  billion" ("a record" no hedge), "topped $1 trillion" (a verb, no hedge, forty-eighth:
  "topped 4.2 million"), "Rs 25,060 crore" 250,600,000,000 INR (crore, twelfth and
  thirtieth). New: a deficit is a positive amount - "Handelsbilanzdefizit ... 1,2 Mrd.
  Euro", "The U.S. trade deficit narrowed 10.9% to $59.6 billion", "a shortfall of $63.3
  billion" - the noun, not the figure, says which way the balance runs (unlike "minus 3,4
  Punkte", where "minus" is the sign). New: in "wuchs damit auf 15,3 Milliarden Euro, nach
  14,0 Milliarden im August" the currency written once serves the earlier figure too, 14.0
  billion EUR (as a unit written once serves a list, forty-sixth, and "4.30 euros per share,
  down from 5.30 euros", sixtieth). "mehr als doppelt so viel" count 2 "times" "over" and
  "nearly four times the amount" count 4 "times" "nearly" (twelfth, forty-second and
  fifty-sixth). New: "less than half of" and "just under half of" are 0.5 "under" ("weniger
  als" and "under" give "under", twenty-third and forty-eighth; "just" no hedge of its own).
  Index points are counts (fourteenth and thirty-eighth): "auf minus 3,4 Punkte" -3.4
  ("minus" before a figure is its sign, forty-second and fifty-third).
- Tariffs are percentages (sixtieth): "von 10 auf 35 Prozent", "15 Prozent statt zuvor 27,5
  Prozent", "einen Zusatzzoll von 31 Prozent", "in zwei Stufen auf bis zu 200 Prozent" count
  2 and 200 "up_to", "a 25% tariff", "Duties of 50% ... and of 15%", "a 50 per cent
  tariff", "about 17.9%", "war-risk premiums of up to 1% ..., up from 0.05%". Thresholds:
  "mit einem Warenwert unter 150 Euro" 150 EUR "under" (forty-fourth: "Personen unter 26
  Jahren"); "für Waren bis 150 Euro" 150 EUR "up_to" ("bis" straight before a figure,
  fortieth and sixtieth); "worth $800 or less" no hedge (a bound after the figure, sixtieth:
  "or more"). "Section 232" is a legal reference and carries none (forty-second: "Article
  7"); "of the Trade Expansion Act of 1962" gives the year (thirty-sixth: "Act of 1995").
  "de minimis", "duty-free", "Gegenzölle" and "Zusatzzöllen" without a figure none.
- Sanctions lists: vessels and entities listed are counts ("189 weitere Schiffe",
  "insgesamt 557 Tanker und Frachter" - "insgesamt" no hedge, "100 more tankers", "to more
  than 350" "over", "35 entities and 22 vessels"); "19 Sanktionspakete" is count 19, a
  number of packages (the ordinal is "das 19. Sanktionspaket", fourteenth and thirty-first).
  New: an IMO number in brackets ("the Andaman Star (IMO 9281314)") is an identifier and
  carries none, as train and flight numbers (forty-sixth and forty-eighth). Ship classes
  ("Aframax", "Panamax", "Neopanamax") carry none. "mehr als 20 Jahre alt" is 20 years
  "over" (the age of a thing, as "Ein drei Jahre alter Elektro-Kompaktwagen", sixtieth).
  "worth an estimated $4.8 billion" "about" ("an estimated", forty-sixth).
- Identifiers carry none (forty-eighth: platforms and terminals; thirty-eighth: roads):
  "Terminal Burchardkai", new: "its Berth 8 and 9 terminal" (berth numbers, as "Bahnsteig
  3"), "the M20", "the M6 Toll". "CO2-Aufschlag", "CO2" none (forty-second); "Methanol-" and
  "Diesel-" none.
- Weights and axles: "mit mehr als 18 Tonnen und fünf Achsen" 18 "over" and count 5 (sixtieth:
  "Lkw über 3,5 Tonnen"), "bis zu 3.000 Tonnen" "up_to", "Pakete von mehr als 20 Kilogramm
  ... von zwei Zustellern" 20 "over" and count 2.
- Counts besides: "3.412 Seeschiffe ..., darunter 211", "23 Schiffe", "rund 11.000", "bis zu
  sechs zusätzliche Schiffe", "um 4.500 auf 17.800", "knapp 270.000 Menschen" "nearly", "bis
  zu 450 Menschen", "rund 2,5 Millionen Lkw", "2,1 Millionen gefälschte Markenartikel", "zu
  9.800", "10 berths", "two missiles", "sinking four and seizing another" (count 4;
  "another" none), "the 10 ASEAN members", "one of 12 ordered" (12; "one of" a pronoun,
  fifty-ninth), "a crew of 25", "about 1,000 workers", "nine ships", "14 new sorting hubs and
  ... 4,500 staff", "3,120 vehicles", "All 23 crew members" ("All" no hedge), "four undersea
  cables", "more than 8,000 containers" "over".
- Ordinals: "im ersten Halbjahr", "im dritten Quartal", "in the third quarter" (twelfth);
  "in den ersten neun Monaten" and "in the first nine months" ordinal 1 and 9 months, "In
  the first 11 months" ordinal 1 and 11 months (forty-second); "zum ersten Mal seit 2015",
  "for the first time" ordinal 1; "Die ersten der zwölf neuen ... Frachter" ordinal 1 and
  count 12; "Rang zwei" ordinal 2 (as "Platz eins"); "the eighth straight monthly decline"
  8; "for a second straight month" 2. "größter", "largest", "biggest", "busiest",
  "wichtigste", "best-connected" none.
- Fractions: "knapp ein Fünftel" 0.2 "nearly", "fast ein Viertel" 0.25 "nearly", "um ein
  Viertel" 0.25, "etwa ein Drittel" 0.3333 "about", "jeder dritte Zusteller" 0.3333, "Jeder
  zehnte Exporteuro" 0.1, "zu drei Vierteln" 0.75, "roughly a third" 0.3333 "about", "about
  a fifth" 0.2 "about".
- Years: "the 2023-24 drought" both years (fortieth: "2025-26"); "in mid-2024", "im Juli
  2024", "Seit Dezember 2023", "Seit Februar 2022", "ab Herbst 2027", "bis 2028", "by 2027",
  "from 2029", "since November 2023", "Fiskaljahr 2025" the years; "in the 2040s" none
  (decades, fifty-ninth and sixty-third); "in its 114-year history" 114 years (thirty-fourth
  and sixty-third); "the five-year average" 5 years (thirtieth and forty-second); "Von Januar
  bis September", "Year to date", "in the year to March", "the fiscal year that ended in
  June", "the last fiscal year", "im vergangenen Jahr", "binnen Jahresfrist", "binnen eines
  Jahres", "a decade" none.
- Dates: Reuters datelines with a day ("SINGAPORE, Jan 14 (Reuters)", "LONDON, March 6
  (Reuters)", "WASHINGTON, Nov 4 (Reuters)", "BEIJING, Dec 8 (Reuters)", "LONDON, May 20
  (Reuters)", "LONDON, April 11 (Reuters)", "WASHINGTON, Dec 16 (Reuters)", "HELSINKI, Jan 3
  (Reuters)") are dates without a year; other datelines ("Hamburg (dpa) -", "Wien (APA) -",
  "Bern (Keystone-SDA) -", "Brüssel (APA/AFP) -", "CAIRO (AP) —", "LONDON (PA) -", "SEOUL
  (AFP) -", "SYDNEY (AAP) -", "NEW DELHI (PTI) -", "GENEVA (Reuters) -") none. "Seit dem 1.
  September" --09-01, "seit dem 1. Oktober" --10-01, "mit 1. Jänner" --01-01 (tenth), "to
  Sept. 30", "from Nov. 1", "Dec. 2", "from March 1" dates without a year.
- Ages: "Haulier Martin Kettleby, 54," 54 years (sixty-third: "Okoro, 51,").
- Hedges, only the names in use: "rund", "etwa", "about", "About", "Around", "roughly",
  "some", "an estimated" "about"; "knapp", "fast", "nearly", "almost" "nearly"; "mehr als",
  "gut", "More than", "more than", "above" "over"; "bis zu", "bis" straight before a figure,
  "up to", "as much as" "up_to"; "unter", "less than", "just under" "under"; "im Schnitt",
  "durchschnittlich", "insgesamt", "je", "a record", "an average of", "or less", "zuvor",
  "derzeit" no hedge.
- Check-worthy without a figure: ships still sent round the Cape of Good Hope, the Houthis'
  claim of a missile attack, goods under the free-trade agreement exempted (attributed to
  the ministry), the presentation of a market study, and the ONS on gold distorting the
  figures.
- Negatives, with no figure in any of them: quoted evaluations and rhetoric of Hamburg's
  economics senator, a port employers' association, a ship broker, a trade association's
  president, an economy minister, a Swiss industry spokesman, a president at a rally, an
  MEP, a parcel courier, a mayor, a Landeshauptmann, a chief executive, an EU diplomat, a
  transport minister, a shipping executive, a canal administrator, a freight forwarder, a
  commerce secretary, a retail lobby spokeswoman, the shadow business secretary, a shipyard
  chairman, a foreign secretary, a parcel carrier's chief executive, India's commerce
  secretary, a port chief executive, the IMO's secretary-general and a haulage firm owner (a negative
  keeps no speaker, even where one is named: "\"The canal is back, and it is open for
  business,\" Barrios said."); forecasts and judgements phrased as opinion ("Ob der
  Aufschwung anhält, hängt nach Einschätzung von Branchenkennern ... ab.", "Eine Rückkehr
  zur alten Route halten Marktbeobachter ... für denkbar.", "Händler sprechen von einem
  Käufermarkt ...", "Das Management zeigte sich zuversichtlich ...", "Analysts expect rates
  to keep sliding ...", "Many economists doubt ...", "The figures suggest ...", "Landlords
  insist ...", "Hauliers say ...", "Growers warn ...", "Forwarders fear ..."), hopes ("Die
  Schiffer hoffen ..."), open questions ("Ob die Zölle vor dem Obersten Gerichtshof Bestand
  haben, ist offen.", "When the big carriers will feel safe enough ... is anyone's guess.")
  and boilerplate ("Alle aktuellen Mauttarife sind auf der Website der Asfinag abrufbar.",
  "Die vollständige Jahresbilanz steht ... zum Herunterladen bereit.", "Reisende finden
  weitere Informationen ... auf der Website des BAZG.", reporting credits, "(Corrects
  spelling of shipyard's name.)", a rights notice).
- Speakers, checked only in forms the earlier batches settled, and in a few decided here:
  "teilte das Statistische Bundesamt am Freitag mit" -> "das Statistische Bundesamt", "wie
  Destatis weiter mitteilte" -> "Destatis", "teilte die Statistik Austria am Dienstag mit"
  -> "die Statistik Austria", "wie das Bundesamt für Zoll und Grenzsicherheit am Donnerstag
  mitteilte" (an earlier batch), "teilte die Gewerkschaft Verdi mit" -> "die Gewerkschaft
  Verdi" (as "die Gewerkschaft vida", forty-eighth), "teilte das Unternehmen ... mit" and
  "wie das Unternehmen am Donnerstag mitteilte" -> "das Unternehmen", "teilte der Verband
  mit" -> "der Verband"; by the same rule (the source with its article in the nominative):
  "teilte der Hafenverband am Mittwoch mit", "wie der Hafenbetrieb mitteilte", "wie das
  Ifo-Institut mitteilte", "teilte das Handelsministerium mit", "teilte die
  Wasserstraßenverwaltung mit", "teilte die Generalzolldirektion mit"; titles dropped
  ("sagte Hafenchef Pieter Dussen", "sagte Kanalchef Hisham Fakhry", "so
  Statistik-Austria-Generaldirektor Leopold Wiesinger", "so Analystin Carola Vennemann vom
  Maklerhaus Brockstedt" - the firm after the name dropped too). English: "the Maritime and
  Port Authority said on Tuesday", "the Suez Canal Authority said", "the Commerce Department
  said on Tuesday", "the General Administration of Customs said", "the Road Haulage
  Association said", "the Treasury Department said", "the International Air Transport
  Association said", "the American Trucking Associations said", "the commerce ministry said
  on Monday", "the company said", "the coast guard said" (as "the airport said",
  forty-eighth) and, new, "the Port of Dover said" -> "the Port of Dover", each with the
  article in lower case; "according to the U.S. Maritime Administration", "according to the
  Tax Foundation", "according to the Office for National Statistics", "according to the Kyiv
  School of Economics" likewise (as "according to the Prison Reform Trust", fifty-fifth);
  "The White House said Friday it would ..." -> "the White House" and "The ONS said ..." ->
  "the ONS" (as "The EPA said ...", sixtieth); "U.S. Customs and Border Protection said" and
  "Southway Terminals said" at the end as written (as "Unite said", forty-eighth); "Canal
  Administrator Elena Barrios told reporters" -> "Elena Barrios" (forty-eighth), "chief
  executive Priya Natarajan said" -> "Priya Natarajan", "Haulier Martin Kettleby, 54, said"
  -> "Martin Kettleby" (the role and the age dropped). Left unchecked (None): "nach
  Branchenangaben", "nach Angaben aus Regierungskreisen", "Nach Berechnungen der
  Nachrichtenagentur dpa", "rechnete die Kommission vor"
  and "rechnet der Vorstand" (no verb of saying settled, forty-eighth: "rechnet der
  Flughafen"), "the authority said" (a description, forty-second: "the agency said"), new:
  "according to the Harwell Freight Index" (an index, not a body that speaks), "shipbroker
  Clarkmoor estimates" and "according to brokerage Cresmont" (a description before a name,
  fortieth), "a trade group estimated", "customs data showed", "tanker-tracking data
  showed", "according to Census Bureau data", "according to government estimates",
  "according to industry estimates", "port officials said", "Economists polled by Reuters",
  rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_66 = [
    # === German =================================================================================
    # --- Hamburger Hafen, Halbjahresbilanz (dpa) ---
    ("de", "Hamburg (dpa) - Über die Kaikanten des Hamburger Hafens gingen im ersten Halbjahr 4,1 Millionen Standardcontainer, 6,8 Prozent mehr als ein Jahr zuvor.", True, [("ordinal", 1, None, None), ("count", 4100000, None, None), ("percent", 6.8, "%", None)], None),
    ("de", "Der Gesamtumschlag einschließlich Massengut stieg auf 57,3 Millionen Tonnen, teilte der Hafenverband am Mittwoch mit.", True, [("count", 57300000, None, None)], "der Hafenverband"),
    ("de", "Besonders kräftig wuchs der Verkehr mit China, dort legten die Mengen um knapp ein Fünftel auf 1,2 Millionen TEU zu.", True, [("fraction", 0.2, None, "nearly"), ("count", 1200000, None, None)], None),
    ("de", "Insgesamt liefen 3.412 Seeschiffe den Hafen an, darunter 211 Großcontainerschiffe mit mehr als 18.000 TEU Stellplatzkapazität.", True, [("count", 3412, None, None), ("count", 211, None, None), ("count", 18000, None, "over")], None),
    ("de", "Die Abfertigung eines solchen Riesen dauert am Terminal Burchardkai im Schnitt 2,6 Tage.", True, [("duration", 2.6, "day", None)], None),
    ("de", "Tideunabhängig ist die Elbe bis zu einem Tiefgang von 13,5 Metern befahrbar, mit der Flutwelle sind es 14,5 Meter.", True, [("count", 13.5, None, None), ("count", 14.5, None, None)], None),
    ("de", "„Hamburg hat eindrucksvoll bewiesen, dass es wieder auf Kurs ist“, sagte Wirtschaftssenatorin Ilka Brandauer.", False, [], None),
    ("de", "Ob der Aufschwung anhält, hängt nach Einschätzung von Branchenkennern vor allem von der Weltkonjunktur ab.", False, [], None),
    # --- Warnstreik in den Seehäfen (dpa) ---
    ("de", "Bremen (dpa) - Ein 48-stündiger Warnstreik hat am Wochenende den Containerumschlag in Bremerhaven, Hamburg und Emden weitgehend lahmgelegt.", True, [("duration", 48, "hour", None)], None),
    ("de", "Vor den Häfen warteten zeitweise 23 Schiffe auf einen freien Liegeplatz, teilte die Gewerkschaft Verdi mit.", True, [("count", 23, None, None)], "die Gewerkschaft Verdi"),
    ("de", "Verdi fordert für die rund 11.000 Hafenbeschäftigten 3 Euro mehr pro Stunde bei einer Laufzeit von zwölf Monaten.", True, [("count", 11000, None, "about"), ("money", 3, "EUR", None), ("duration", 12, "month", None)], None),
    ("de", "„Mitten in einer Krise die Lieferketten zu kappen, ist unverantwortlich“, kritisierte der Zentralverband der Seehafenbetriebe.", False, [], None),
    # --- Rotterdam und Antwerpen (Reuters) ---
    ("de", "Rotterdam (Reuters) - Europas größter Hafen hat 2025 rund 13,8 Millionen TEU umgeschlagen und seinen Rekord aus dem Jahr 2021 damit knapp verfehlt.", True, [("year", 2025, None, None), ("count", 13800000, None, "about"), ("year", 2021, None, None)], None),
    ("de", "Der Gesamtumschlag sank um 1,9 Prozent auf 435,6 Millionen Tonnen, wie der Hafenbetrieb mitteilte.", True, [("percent", 1.9, "%", None), ("count", 435600000, None, None)], "der Hafenbetrieb"),
    ("de", "Grund sei vor allem ein Einbruch beim Kohleumschlag um fast ein Viertel, sagte Hafenchef Pieter Dussen.", True, [("fraction", 0.25, None, "nearly")], "Pieter Dussen"),
    ("de", "Antwerpen-Brügge kam auf 13,1 Millionen TEU und hält damit weiter Rang zwei unter den europäischen Containerhäfen.", True, [("count", 13100000, None, None), ("ordinal", 2, None, None)], None),
    # --- Rotes Meer und Kap der Guten Hoffnung (dpa) ---
    ("de", "Kairo (dpa) - Durch den Suezkanal fahren derzeit im Schnitt 32 Schiffe pro Tag, vor Beginn der Huthi-Angriffe Ende 2023 waren es mehr als 70.", True, [("count", 32, None, None), ("year", 2023, None, None), ("count", 70, None, "over")], None),
    ("de", "Die Einnahmen der Kanalbehörde brachen im abgelaufenen Fiskaljahr um 61 Prozent auf 4,0 Milliarden Dollar ein, sagte Kanalchef Hisham Fakhry.", True, [("percent", 61, "%", None), ("money", 4000000000, "USD", None)], "Hisham Fakhry"),
    ("de", "Die meisten großen Linienreedereien schicken ihre Frachter weiterhin um das Kap der Guten Hoffnung.", True, [], None),
    ("de", "Der Umweg um Afrika verlängert die Fahrt von Shanghai nach Rotterdam um rund 3.300 Seemeilen und zehn bis zwölf Tage.", True, [("count", 3300, None, "about"), ("duration", 10, "day", None), ("duration", 12, "day", None)], None),
    ("de", "Bei einer Reisegeschwindigkeit von 16 Knoten verbrennt ein großes Containerschiff auf der Strecke zusätzlich etwa 1.000 Tonnen Schweröl.", True, [("count", 16, None, None), ("count", 1000, None, "about")], None),
    ("de", "Um den wöchentlichen Fahrplan zu halten, setzen die Reedereien nach Branchenangaben bis zu sechs zusätzliche Schiffe je Dienst ein.", True, [("count", 6, None, "up_to")], None),
    ("de", "Zu dem Raketenangriff auf einen griechischen Massengutfrachter im Golf von Aden bekannte sich am Abend die Huthi-Miliz.", True, [], None),
    ("de", "„Solange dort geschossen wird, fährt niemand freiwillig durch Bab al-Mandab“, meinte ein Hamburger Schiffsmakler.", False, [], None),
    ("de", "Eine Rückkehr zur alten Route halten Marktbeobachter frühestens im kommenden Jahr für denkbar.", False, [], None),
    # --- Frachtraten (dpa-AFX) ---
    ("de", "Hamburg (dpa-AFX) - Der Transport eines 40-Fuß-Containers von Asien nach Nordeuropa kostete in dieser Woche im Schnitt 2.870 US-Dollar, 9 Prozent weniger als in der Vorwoche.", True, [("count", 40, None, None), ("money", 2870, "USD", None), ("percent", 9, "%", None)], None),
    ("de", "Auf dem Höhepunkt der Krise im Juli 2024 hatten die Spotraten noch bei mehr als 8.000 Dollar gelegen.", True, [("year", 2024, None, None), ("money", 8000, "USD", "over")], None),
    ("de", "Der Containerindex des Beratungshauses Seaview Partners fiel um 4 Prozent auf 2.215 Dollar je FEU.", True, [("percent", 4, "%", None), ("money", 2215, "USD", None)], None),
    ("de", "Händler sprechen von einem Käufermarkt, in dem die Reedereien höhere Preise kaum noch durchsetzen können.", False, [], None),
    # --- Deutscher Außenhandel (dpa) ---
    ("de", "Wiesbaden (dpa) - Die deutschen Exporte sind im September gegenüber dem Vormonat um 1,4 Prozent auf 131,1 Milliarden Euro gestiegen, teilte das Statistische Bundesamt am Freitag mit.", True, [("percent", 1.4, "%", None), ("money", 131100000000, "EUR", None)], "das Statistische Bundesamt"),
    ("de", "Die Importe legten um 0,8 Prozent auf 115,8 Milliarden Euro zu.", True, [("percent", 0.8, "%", None), ("money", 115800000000, "EUR", None)], None),
    ("de", "Der Überschuss in der Handelsbilanz wuchs damit auf 15,3 Milliarden Euro, nach 14,0 Milliarden im August.", True, [("money", 15300000000, "EUR", None), ("money", 14000000000, "EUR", None)], None),
    ("de", "In die Vereinigten Staaten gingen Waren im Wert von 11,9 Milliarden Euro, das waren 7,9 Prozent weniger als ein Jahr zuvor.", True, [("money", 11900000000, "EUR", None), ("percent", 7.9, "%", None)], None),
    ("de", "Die Ausfuhren nach China sanken binnen Jahresfrist um 10,2 Prozent auf 6,3 Milliarden Euro.", True, [("percent", 10.2, "%", None), ("money", 6300000000, "EUR", None)], None),
    ("de", "Von Januar bis September summierte sich der Exportüberschuss auf 148,7 Milliarden Euro, wie Destatis weiter mitteilte.", True, [("money", 148700000000, "EUR", None)], "Destatis"),
    ("de", "Nach Berechnungen der Nachrichtenagentur dpa haben die USA damit China als wichtigsten Handelspartner abgelöst, zum ersten Mal seit 2015.", True, [("ordinal", 1, None, None), ("year", 2015, None, None)], None),
    ("de", "Die Exporterwartungen der Industrie stiegen im Oktober auf minus 3,4 Punkte, wie das Ifo-Institut mitteilte.", True, [("count", -3.4, None, None)], "das Ifo-Institut"),
    ("de", "„Die Zölle hinterlassen tiefe Spuren in unseren Auftragsbüchern“, sagte der Präsident des Außenhandelsverbands, Reinhard Ostholt.", False, [], None),
    # --- Österreichs Außenhandel (APA) ---
    ("de", "Wien (APA) - Österreichs Warenexporte gingen im ersten Halbjahr gegenüber dem Vorjahreszeitraum um 2,7 Prozent auf 98,4 Mrd. Euro zurück, teilte die Statistik Austria am Dienstag mit.", True, [("ordinal", 1, None, None), ("percent", 2.7, "%", None), ("money", 98400000000, "EUR", None)], "die Statistik Austria"),
    ("de", "Die Importe sanken um 4,1 Prozent auf 99,6 Mrd. Euro, das Handelsbilanzdefizit verringerte sich damit auf 1,2 Mrd. Euro.", True, [("percent", 4.1, "%", None), ("money", 99600000000, "EUR", None), ("money", 1200000000, "EUR", None)], None),
    ("de", "Deutschland blieb mit einem Anteil von knapp 29 Prozent an den Ausfuhren der mit Abstand wichtigste Abnehmer.", True, [("percent", 29, "%", "nearly")], None),
    ("de", "Die Exporte in die USA fielen um 11,3 Prozent, jene nach Italien stiegen um 3,8 Prozent.", True, [("percent", 11.3, "%", None), ("percent", 3.8, "%", None)], None),
    ("de", "Jeder zehnte Exporteuro wird inzwischen mit pharmazeutischen Erzeugnissen verdient, so Statistik-Austria-Generaldirektor Leopold Wiesinger.", True, [("fraction", 0.1, None, None)], "Leopold Wiesinger"),
    ("de", "„Der Export ist und bleibt der Motor unseres Wohlstands“, betonte Wirtschaftsminister Konrad Pölzl in einer Aussendung.", False, [], None),
    # --- Schweizer Aussenhandel (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Schweizer Exporte sind im dritten Quartal saisonbereinigt um 2,1 Prozent auf 69,8 Milliarden Franken gesunken.", True, [("ordinal", 3, None, None), ("percent", 2.1, "%", None), ("money", 69800000000, "CHF", None)], None),
    ("de", "Die Importe verharrten bei 58,4 Mia. Fr., wie das Bundesamt für Zoll und Grenzsicherheit am Donnerstag mitteilte.", True, [("money", 58400000000, "CHF", None)], "das Bundesamt für Zoll und Grenzsicherheit"),
    ("de", "Der Handelsbilanzüberschuss erreichte damit 11,4 Mia. Fr.", True, [("money", 11400000000, "CHF", None)], None),
    ("de", "Die Uhrenexporte gingen um 6,5 Prozent auf 5,97 Milliarden Franken zurück, in die USA brachen sie gar um ein Viertel ein.", True, [("percent", 6.5, "%", None), ("money", 5970000000, "CHF", None), ("fraction", 0.25, None, None)], None),
    ("de", "Seit dem 1. September erheben die USA auf die meisten Schweizer Waren einen Zusatzzoll von 31 Prozent.", True, [("date", "--09-01", None, None), ("percent", 31, "%", None)], None),
    ("de", "Ausgeführt wurden zudem 1'240 Tonnen Gold im Wert von 96 Mia. Fr.", True, [("count", 1240, None, None), ("money", 96000000000, "CHF", None)], None),
    ("de", "«Für die Exportindustrie ist das ein herber Rückschlag», sagte ein Sprecher des Branchenverbands.", False, [], None),
    # --- US-Zölle (Reuters) ---
    ("de", "Washington (Reuters) - Die US-Regierung hebt die Zölle auf Holz- und Möbelimporte von 10 auf 35 Prozent an.", True, [("percent", 10, "%", None), ("percent", 35, "%", None)], None),
    ("de", "Für Autos und Autoteile aus der EU gilt seit dem 1. Oktober ein Satz von 15 Prozent statt zuvor 27,5 Prozent.", True, [("date", "--10-01", None, None), ("percent", 15, "%", None), ("percent", 27.5, "%", None)], None),
    ("de", "Die Zolleinnahmen summierten sich im Fiskaljahr 2025 auf 195 Milliarden Dollar, mehr als doppelt so viel wie im Vorjahr.", True, [("year", 2025, None, None), ("money", 195000000000, "USD", None), ("count", 2, "times", "over")], None),
    ("de", "Der Zollsatz für Arzneimittel soll nach Angaben aus Regierungskreisen in zwei Stufen auf bis zu 200 Prozent steigen.", True, [("count", 2, None, None), ("percent", 200, "%", "up_to")], None),
    ("de", "Die EU-Kommission hat Gegenzölle auf US-Waren im Wert von 93 Milliarden Euro beschlossen, sie aber für sechs Monate ausgesetzt.", True, [("money", 93000000000, "EUR", None), ("duration", 6, "month", None)], None),
    ("de", "Waren, die unter das Freihandelsabkommen fallen, sind von den Zusatzzöllen ausgenommen, teilte das Handelsministerium mit.", True, [], "das Handelsministerium"),
    ("de", "„Mit diesen Zöllen holen wir uns zurück, was uns gehört“, rief der Präsident seinen Anhängern zu.", False, [], None),
    ("de", "Ob die Zölle vor dem Obersten Gerichtshof Bestand haben, ist offen.", False, [], None),
    # --- EU-Zollreform und Kleinsendungen (dpa) ---
    ("de", "Brüssel (dpa) - Für Pakete aus Drittstaaten mit einem Warenwert unter 150 Euro soll künftig eine Bearbeitungsgebühr von 2 Euro fällig werden.", True, [("money", 150, "EUR", "under"), ("money", 2, "EUR", None)], None),
    ("de", "Im vergangenen Jahr kamen 4,6 Milliarden solcher Kleinsendungen in die EU, gut 90 Prozent davon aus China.", True, [("count", 4600000000, None, None), ("percent", 90, "%", "over")], None),
    ("de", "Das sind rund 12 Millionen Pakete am Tag, rechnete die Kommission vor.", True, [("count", 12000000, None, "about")], None),
    ("de", "Die Zollbefreiung für Waren bis 150 Euro soll bis 2028 ganz fallen.", True, [("money", 150, "EUR", "up_to"), ("year", 2028, None, None)], None),
    ("de", "„Wir dürfen nicht länger zusehen, wie Billigware aus Fernost unseren Handel ruiniert“, sagte ein Europaabgeordneter der Grünen.", False, [], None),
    # --- Paketmarkt (dpa) ---
    ("de", "Bonn (dpa) - Die Paketdienste in Deutschland haben im vergangenen Jahr rund 4,3 Milliarden Sendungen zugestellt, 3,1 Prozent mehr als 2023.", True, [("count", 4300000000, None, "about"), ("percent", 3.1, "%", None), ("year", 2023, None, None)], None),
    ("de", "Das geht aus einer Marktstudie hervor, die der Bundesverband der Kurier-, Express- und Paketdienste am Dienstag in Berlin vorstellte.", True, [], None),
    ("de", "An Spitzentagen vor Weihnachten werden bis zu 30 Millionen Pakete täglich befördert.", True, [("count", 30000000, None, "up_to")], None),
    ("de", "Die Branche beschäftigt knapp 270.000 Menschen, jeder dritte Zusteller arbeitet für ein Subunternehmen.", True, [("count", 270000, None, "nearly"), ("fraction", 0.3333, None, None)], None),
    ("de", "Pakete von mehr als 20 Kilogramm dürfen nach dem neuen Postgesetz nur noch von zwei Zustellern oder mit technischer Hilfe ausgeliefert werden.", True, [("count", 20, None, "over"), ("count", 2, None, None)], None),
    ("de", "Die Zahl der Paketautomaten stieg binnen eines Jahres um 4.500 auf 17.800, teilte der Verband mit.", True, [("count", 4500, None, None), ("count", 17800, None, None)], "der Verband"),
    ("de", "„Die Leute bestellen, als gäbe es kein Morgen“, sagte ein Zusteller in Köln.", False, [], None),
    # --- Logistikimmobilien (dpa-AFX, APA) ---
    ("de", "Frankfurt (dpa-AFX) - In Deutschland wurden in den ersten neun Monaten 4,2 Millionen Quadratmeter Lager- und Logistikfläche vermietet, ein Minus von 8 Prozent.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("count", 4200000, None, None), ("percent", 8, "%", None)], None),
    ("de", "Die Spitzenmiete in München kletterte auf 9,80 Euro je Quadratmeter und Monat.", True, [("money", 9.8, "EUR", None)], None),
    ("de", "Der Leerstand liegt bundesweit bei 4,4 Prozent, in Berlin bei knapp 7 Prozent, so Analystin Carola Vennemann vom Maklerhaus Brockstedt.", True, [("percent", 4.4, "%", None), ("percent", 7, "%", "nearly")], "Carola Vennemann"),
    ("de", "Wien (APA) - Der Onlinehändler Marktkorb baut in Ebergassing ein Verteilzentrum mit 62.000 Quadratmetern Nutzfläche und investiert dafür rund 140 Mio. Euro.", True, [("count", 62000, None, None), ("money", 140000000, "EUR", "about")], None),
    ("de", "In dem Lager sollen ab Herbst 2027 bis zu 450 Menschen arbeiten.", True, [("year", 2027, None, None), ("count", 450, None, "up_to")], None),
    ("de", "„Logistik ist das Rückgrat unserer Versorgung“, sagte die Bürgermeisterin beim Spatenstich.", False, [], None),
    # --- Lkw-Maut (dpa, APA) ---
    ("de", "Berlin (dpa) - Die Lkw-Maut auf Autobahnen und Bundesstraßen hat dem Bund im vergangenen Jahr 15,4 Milliarden Euro eingebracht.", True, [("money", 15400000000, "EUR", None)], None),
    ("de", "Seit Dezember 2023 enthält der Mautsatz einen CO2-Aufschlag von 200 Euro pro Tonne Kohlendioxid.", True, [("year", 2023, None, None), ("money", 200, "EUR", None)], None),
    ("de", "Ein Diesel-Lkw mit mehr als 18 Tonnen und fünf Achsen zahlt damit 34,8 Cent pro Kilometer.", True, [("count", 18, None, "over"), ("count", 5, None, None), ("money", 0.348, "EUR", None)], None),
    ("de", "Wien (APA) - Die Asfinag hebt die Lkw-Maut mit 1. Jänner um durchschnittlich 5,9 Prozent an, teilte das Unternehmen am Montag mit.", True, [("date", "--01-01", None, None), ("percent", 5.9, "%", None)], "das Unternehmen"),
    ("de", "Die Fahrt über den Brenner kostet einen Sattelzug damit künftig rund 118 Euro.", True, [("money", 118, "EUR", "about")], None),
    ("de", "Über den Brennerpass rollten im Vorjahr rund 2,5 Millionen Lkw, so viele wie über keinen anderen Alpenübergang.", True, [("count", 2500000, None, "about")], None),
    ("de", "„Tirol ist nicht der Transitkorridor Europas“, sagte Landeshauptmann Anton Mairhofer.", False, [], None),
    ("de", "Alle aktuellen Mauttarife sind auf der Website der Asfinag abrufbar.", False, [], None),
    # --- Niedrigwasser am Rhein, Binnenhäfen (dpa) ---
    ("de", "Kaub (dpa) - Der Pegel am Rhein bei Kaub ist am Mittwoch auf 78 Zentimeter gefallen, teilte die Wasserstraßenverwaltung mit.", True, [("count", 78, None, None)], "die Wasserstraßenverwaltung"),
    ("de", "Große Binnenschiffe können damit nur noch etwa ein Drittel ihrer üblichen Ladung von bis zu 3.000 Tonnen aufnehmen.", True, [("fraction", 0.3333, None, "about"), ("count", 3000, None, "up_to")], None),
    ("de", "Die Partikuliere verlangen deshalb Kleinwasserzuschläge von bis zu 60 Euro je Tonne.", True, [("money", 60, "EUR", "up_to")], None),
    ("de", "Auf dem Rhein werden jährlich gut 150 Millionen Tonnen Güter befördert, mehr als auf allen anderen deutschen Wasserstraßen zusammen.", True, [("count", 150000000, None, "over")], None),
    ("de", "Duisburg (dpa) - Der Duisburger Hafen schlug im vergangenen Jahr 41,2 Millionen Tonnen Güter und 3,6 Millionen TEU um.", True, [("count", 41200000, None, None), ("count", 3600000, None, None)], None),
    ("de", "Die Schiffer hoffen auf ergiebigen Regen in den Alpen.", False, [], None),
    # --- Reederei-Quartalszahlen (dpa-AFX) ---
    ("de", "Hamburg (dpa-AFX) - Die Reederei Nordhansa Linie hat im dritten Quartal einen Konzerngewinn von 412 Millionen Euro erzielt, nach 1,06 Milliarden Euro ein Jahr zuvor.", True, [("ordinal", 3, None, None), ("money", 412000000, "EUR", None), ("money", 1060000000, "EUR", None)], None),
    ("de", "Die durchschnittliche Frachtrate sank um 18 Prozent auf 1.342 Dollar je Standardcontainer.", True, [("percent", 18, "%", None), ("money", 1342, "USD", None)], None),
    ("de", "Die Transportmenge stieg um 6 Prozent auf 3,3 Millionen TEU, wie das Unternehmen am Donnerstag mitteilte.", True, [("percent", 6, "%", None), ("count", 3300000, None, None)], "das Unternehmen"),
    ("de", "Die Flotte umfasst 298 Schiffe mit einer Gesamtkapazität von 2,4 Millionen TEU, 24 weitere sind bestellt.", True, [("count", 298, None, None), ("count", 2400000, None, None), ("count", 24, None, None)], None),
    ("de", "Die ersten der zwölf neuen Methanol-Frachter mit je 16.800 TEU sollen 2027 von einer Werft in Südkorea geliefert werden.", True, [("ordinal", 1, None, None), ("count", 12, None, None), ("count", 16800, None, None), ("year", 2027, None, None)], None),
    ("de", "Für das Gesamtjahr rechnet der Vorstand mit einem operativen Ergebnis zwischen 1,8 und 2,4 Milliarden Euro.", True, [("money", 1800000000, "EUR", None), ("money", 2400000000, "EUR", None)], None),
    ("de", "„Wir haben in einem schwierigen Umfeld ein solides Quartal abgeliefert“, sagte Vorstandschef Jens Halvorsen.", False, [], None),
    ("de", "Das Management zeigte sich zuversichtlich, dass sich die Raten im Frühjahr stabilisieren.", False, [], None),
    # --- Schattenflotte und Sanktionsliste (APA/AFP) ---
    ("de", "Brüssel (APA/AFP) - Die EU hat 189 weitere Schiffe der russischen Schattenflotte auf ihre Sanktionsliste gesetzt.", True, [("count", 189, None, None)], None),
    ("de", "Damit dürfen insgesamt 557 Tanker und Frachter keine Häfen in der EU mehr anlaufen.", True, [("count", 557, None, None)], None),
    ("de", "Viele der Tanker sind mehr als 20 Jahre alt und fahren unter den Flaggen von Staaten wie Gabun oder den Komoren.", True, [("duration", 20, "year", "over")], None),
    ("de", "Ein typischer Aframax-Tanker hat eine Tragfähigkeit von rund 110.000 Tonnen und fasst etwa 700.000 Barrel Rohöl.", True, [("count", 110000, None, "about"), ("count", 700000, None, "about")], None),
    ("de", "Der Preisdeckel für russisches Rohöl wurde zugleich von 47,60 auf 44,10 Dollar je Barrel gesenkt.", True, [("money", 47.6, "USD", None), ("money", 44.1, "USD", None)], None),
    ("de", "Seit Februar 2022 hat die EU damit 19 Sanktionspakete gegen Russland beschlossen.", True, [("year", 2022, None, None), ("count", 19, None, None)], None),
    ("de", "„Jeder Tanker, der im Hafen bleibt, ist ein Schlag gegen die Kriegskasse des Kreml“, sagte ein EU-Diplomat.", False, [], None),
    # --- Zollbilanz (dpa) ---
    ("de", "Bonn (dpa) - Der deutsche Zoll hat im vergangenen Jahr 146,2 Milliarden Euro an Steuern und Abgaben eingenommen, teilte die Generalzolldirektion mit.", True, [("money", 146200000000, "EUR", None)], "die Generalzolldirektion"),
    ("de", "Davon entfielen rund 7,1 Milliarden Euro auf Zölle, die zu drei Vierteln an den EU-Haushalt gehen.", True, [("money", 7100000000, "EUR", "about"), ("fraction", 0.75, None, None)], None),
    ("de", "Die Beamten stellten 2,1 Millionen gefälschte Markenartikel sowie 41 Tonnen Kokain sicher.", True, [("count", 2100000, None, None), ("count", 41, None, None)], None),
    ("de", "Die vollständige Jahresbilanz steht auf der Internetseite des Zolls zum Herunterladen bereit.", False, [], None),
    # --- Hafen Triest (APA) ---
    ("de", "Triest (APA) - Der Hafen Triest hat 2025 mit 62 Millionen Tonnen einen Rekordumschlag erzielt, etwa 40 Prozent davon Rohöl für die Transalpine Ölleitung.", True, [("year", 2025, None, None), ("count", 62000000, None, None), ("percent", 40, "%", "about")], None),
    ("de", "Die Zahl der Güterzüge zwischen Triest und Österreich stieg auf 9.800, fast ein Viertel mehr als im Jahr davor.", True, [("count", 9800, None, None), ("fraction", 0.25, None, "nearly")], None),
    ("de", "Ein Containerzug braucht von Triest nach Linz derzeit rund 14 Stunden.", True, [("duration", 14, "hour", "about")], None),
    # --- Boilerplate ---
    ("de", "(Bericht von Henrike Vollstedt, redigiert von Jörg Albers)", False, [], None),
    ("de", "Reisende finden weitere Informationen zu den Freimengen auf der Website des BAZG.", False, [], None),
    # === English ================================================================================
    # --- Singapore port (Reuters) ---
    ("en", "SINGAPORE, Jan 14 (Reuters) - Singapore's port handled a record 41.1 million twenty-foot equivalent units (TEUs) of containers last year, up 5.3% from 2024, the Maritime and Port Authority said on Tuesday.", True, [("date", "--01-14", None, None), ("count", 41100000, None, None), ("count", 20, None, None), ("percent", 5.3, "%", None), ("year", 2024, None, None)], "the Maritime and Port Authority"),
    ("en", "Vessel arrival tonnage rose 3.9% to 3.2 billion gross tonnes, while bunker sales climbed to 54.9 million tonnes.", True, [("percent", 3.9, "%", None), ("count", 3200000000, None, None), ("count", 54900000, None, None)], None),
    ("en", "The Tuas terminal, designed to handle 65 million TEUs a year when it is completed in the 2040s, now has 10 berths in operation.", True, [("count", 65000000, None, None), ("count", 10, None, None)], None),
    ("en", "Ships waited an average of 1.2 days for a berth in December, down from nearly three days in mid-2024, the authority said.", True, [("duration", 1.2, "day", None), ("duration", 3, "day", "nearly"), ("year", 2024, None, None)], None),
    ("en", "\"Singapore remains the best-connected transhipment hub anywhere in the world,\" the transport minister told a maritime conference.", False, [], None),
    # --- Red Sea and the Cape route (AP) ---
    ("en", "CAIRO (AP) — Traffic through the Suez Canal averaged 34 vessels a day in October, compared with about 72 a day before Houthi rebels began attacking ships in late 2023.", True, [("count", 34, None, None), ("count", 72, None, "about"), ("year", 2023, None, None)], None),
    ("en", "The waterway earned $3.9 billion in the fiscal year that ended in June, less than half of the $10.25 billion it took in two years earlier, the Suez Canal Authority said.", True, [("money", 3900000000, "USD", None), ("fraction", 0.5, None, "under"), ("money", 10250000000, "USD", None), ("duration", 2, "year", None)], "the Suez Canal Authority"),
    ("en", "Sailing around the Cape of Good Hope instead adds some 3,300 nautical miles to the route from Shanghai to Rotterdam, or about 10 days at 14 knots.", True, [("count", 3300, None, "about"), ("duration", 10, "day", "about"), ("count", 14, None, None)], None),
    ("en", "The rebels have attacked more than 100 merchant ships since November 2023, sinking four and seizing another, according to the U.S. Maritime Administration.", True, [("count", 100, None, "over"), ("year", 2023, None, None), ("count", 4, None, None)], "the U.S. Maritime Administration"),
    ("en", "Underwriters now charge war-risk premiums of up to 1% of a vessel's hull value for a single transit, up from 0.05% before the attacks.", True, [("percent", 1, "%", "up_to"), ("percent", 0.05, "%", None)], None),
    ("en", "For a container ship worth $150 million, that means an extra $1.5 million per passage.", True, [("money", 150000000, "USD", None), ("money", 1500000, "USD", None)], None),
    ("en", "A Liberian-flagged bulk carrier that was hit by two missiles on Sunday reached the port of Djibouti under its own power.", True, [("count", 2, None, None)], None),
    ("en", "\"No owner is going to gamble a crew on a ceasefire that could collapse tomorrow,\" said a Copenhagen-based shipping executive.", False, [], None),
    ("en", "When the big carriers will feel safe enough to return to the Red Sea is anyone's guess.", False, [], None),
    # --- Panama Canal (AP) ---
    ("en", "PANAMA CITY (AP) — The Panama Canal raised the maximum permitted draft in its Neopanamax locks to 50 feet on Monday as water levels in Gatun Lake recovered.", True, [("count", 50, None, None)], None),
    ("en", "The canal now schedules 36 transits a day, up from 22 at the height of the 2023-24 drought.", True, [("count", 36, None, None), ("count", 22, None, None), ("year", 2023, None, None), ("year", 2024, None, None)], None),
    ("en", "Each Panamax lockage uses roughly 50 million gallons of fresh water, most of it drawn from the lake.", True, [("count", 50000000, None, "about")], None),
    ("en", "Toll revenue for the fiscal year to Sept. 30 reached $5.7 billion, Canal Administrator Elena Barrios told reporters.", True, [("date", "--09-30", None, None), ("money", 5700000000, "USD", None)], "Elena Barrios"),
    ("en", "At the peak of the drought, shippers paid as much as $4 million at auction for a single transit slot.", True, [("money", 4000000, "USD", "up_to")], None),
    ("en", "A Neopanamax vessel can carry up to 14,000 TEU, compared with roughly 5,000 for the older Panamax class.", True, [("count", 14000, None, "up_to"), ("count", 5000, None, "about")], None),
    ("en", "\"The canal is back, and it is open for business,\" Barrios said.", False, [], None),
    # --- Container freight rates (Reuters) ---
    ("en", "LONDON, March 6 (Reuters) - The cost of moving a 40-foot container from Shanghai to Rotterdam fell 6% this week to $2,140, the lowest since December 2023, according to the Harwell Freight Index.", True, [("date", "--03-06", None, None), ("count", 40, None, None), ("percent", 6, "%", None), ("money", 2140, "USD", None), ("year", 2023, None, None)], None),
    ("en", "Rates on the transpacific route to Los Angeles slipped 3% to $1,985 per FEU.", True, [("percent", 3, "%", None), ("money", 1985, "USD", None)], None),
    ("en", "Global container fleet capacity has grown by about 10% since the start of 2024 as record deliveries of new ships outpaced demand.", True, [("percent", 10, "%", "about"), ("year", 2024, None, None)], None),
    ("en", "Carriers took delivery of 2.9 million TEU of new capacity last year, and a further 1.8 million TEU is due in 2026, shipbroker Clarkmoor estimates.", True, [("count", 2900000, None, None), ("count", 1800000, None, None), ("year", 2026, None, None)], None),
    ("en", "Analysts expect rates to keep sliding unless carriers start scrapping older tonnage.", False, [], None),
    ("en", "\"It's a buyer's market and everyone in the business knows it,\" one London-based freight forwarder said.", False, [], None),
    # --- U.S. trade balance (Reuters) ---
    ("en", "WASHINGTON, Nov 4 (Reuters) - The U.S. trade deficit narrowed 10.9% to $59.6 billion in September, the Commerce Department said on Tuesday.", True, [("date", "--11-04", None, None), ("percent", 10.9, "%", None), ("money", 59600000000, "USD", None)], "the Commerce Department"),
    ("en", "Imports of goods fell 4.2% to $267.3 billion, while exports rose 2.1% to $181.8 billion.", True, [("percent", 4.2, "%", None), ("money", 267300000000, "USD", None), ("percent", 2.1, "%", None), ("money", 181800000000, "USD", None)], None),
    ("en", "Economists polled by Reuters had forecast a shortfall of $63.3 billion.", True, [("money", 63300000000, "USD", None)], None),
    ("en", "The goods deficit with China shrank to $14.1 billion, the smallest since 2009, while the gap with Mexico widened to $17.4 billion.", True, [("money", 14100000000, "USD", None), ("year", 2009, None, None), ("money", 17400000000, "USD", None)], None),
    ("en", "Customs duties collected by the government rose to a record $31.4 billion in October, nearly four times the amount a year earlier.", True, [("money", 31400000000, "USD", None), ("count", 4, "times", "nearly")], None),
    ("en", "Year to date, the deficit totals $739.5 billion, up 9.8% from the same period of 2024, according to Census Bureau data.", True, [("money", 739500000000, "USD", None), ("percent", 9.8, "%", None), ("year", 2024, None, None)], None),
    ("en", "\"Tariffs are working exactly as intended,\" the commerce secretary told a business channel.", False, [], None),
    ("en", "Many economists doubt the improvement will last once importers have worked through their stockpiles.", False, [], None),
    # --- U.S. tariffs and de minimis (AP) ---
    ("en", "WASHINGTON (AP) — The White House said Friday it would impose a 25% tariff on imported heavy trucks from Nov. 1, citing Section 232 of the Trade Expansion Act of 1962.", True, [("percent", 25, "%", None), ("date", "--11-01", None, None), ("year", 1962, None, None)], "the White House"),
    ("en", "Duties of 50% on steel and aluminum, and of 15% on most goods from the European Union and Japan, remain in place.", True, [("percent", 50, "%", None), ("percent", 15, "%", None)], None),
    ("en", "The average effective U.S. tariff rate has climbed to about 17.9%, the highest since 1934, according to the Tax Foundation.", True, [("percent", 17.9, "%", "about"), ("year", 1934, None, None)], "the Tax Foundation"),
    ("en", "Importers paid an average of $2,300 more per container in duties in the third quarter, a trade group estimated.", True, [("money", 2300, "USD", None), ("ordinal", 3, None, None)], None),
    ("en", "The administration also scrapped the de minimis exemption, which had let parcels worth $800 or less enter the country duty-free.", True, [("money", 800, "USD", None)], None),
    ("en", "About 1.36 billion such shipments arrived in the last fiscal year, U.S. Customs and Border Protection said.", True, [("count", 1360000000, None, "about")], "U.S. Customs and Border Protection"),
    ("en", "\"American families will end up paying for this, one way or another,\" said a spokeswoman for a retail industry group.", False, [], None),
    # --- China's exports (Reuters) ---
    ("en", "BEIJING, Dec 8 (Reuters) - China's exports grew 5.9% year on year in November to $330.3 billion, beating forecasts, customs data showed on Monday.", True, [("date", "--12-08", None, None), ("percent", 5.9, "%", None), ("money", 330300000000, "USD", None)], None),
    ("en", "Imports rose 1.9%, leaving a trade surplus of $111.7 billion for the month.", True, [("percent", 1.9, "%", None), ("money", 111700000000, "USD", None)], None),
    ("en", "Shipments to the United States slumped 28.6%, the eighth straight monthly decline, while exports to the 10 ASEAN members jumped 8.2%.", True, [("percent", 28.6, "%", None), ("ordinal", 8, None, None), ("count", 10, None, None), ("percent", 8.2, "%", None)], None),
    ("en", "In the first 11 months, the surplus topped $1 trillion for the first time.", True, [("ordinal", 1, None, None), ("duration", 11, "month", None), ("money", 1000000000000, "USD", None), ("ordinal", 1, None, None)], None),
    ("en", "Rare earth exports fell to 4,392 tonnes, the lowest in four months, the General Administration of Customs said.", True, [("count", 4392, None, None), ("duration", 4, "month", None)], "the General Administration of Customs"),
    ("en", "The figures suggest Chinese exporters are adapting to higher U.S. tariffs faster than many had expected.", False, [], None),
    # --- UK trade (PA) ---
    ("en", "LONDON (PA) - The UK's trade deficit widened by £1.7 billion to £7.1 billion in the three months to August, according to the Office for National Statistics.", True, [("money", 1700000000, "GBP", None), ("money", 7100000000, "GBP", None), ("duration", 3, "month", None)], "the Office for National Statistics"),
    ("en", "Goods exports to the US fell by £2.1bn, or 12.4%, over the period.", True, [("money", 2100000000, "GBP", None), ("percent", 12.4, "%", None)], None),
    ("en", "Exports to the EU made up just under half of all UK goods exports.", True, [("fraction", 0.5, None, "under")], None),
    ("en", "The ONS said imports of non-monetary gold had again distorted the headline figures.", True, [], "the ONS"),
    ("en", "\"Today's figures are a reminder that global trade is in a fragile place,\" said the shadow business secretary.", False, [], None),
    # --- Felixstowe (PA) ---
    ("en", "FELIXSTOWE, England (PA) - Britain's largest container port will spend £250 million extending its Berth 8 and 9 terminal so it can take the world's biggest ships.", True, [("money", 250000000, "GBP", None)], None),
    ("en", "The port handles about 3.5 million TEU a year, roughly 36% of Britain's container trade.", True, [("count", 3500000, None, "about"), ("percent", 36, "%", "about")], None),
    ("en", "Lorries waited up to six hours to collect boxes during a computer outage on Thursday, the Road Haulage Association said.", True, [("duration", 6, "hour", "up_to")], "the Road Haulage Association"),
    ("en", "Haulier Martin Kettleby, 54, said he had lost two days' work because of the outage.", True, [("duration", 54, "year", None), ("duration", 2, "day", None)], "Martin Kettleby"),
    ("en", "Hauliers say the outage has exposed how brittle Britain's supply chains remain.", False, [], None),
    # --- World's largest container ship (AFP) ---
    ("en", "SEOUL (AFP) - A South Korean shipyard on Friday handed over a container ship with a capacity of 24,346 TEUs, the largest ever built.", True, [("count", 24346, None, None)], None),
    ("en", "The vessel is 399.9 metres long and 61.3 metres wide and has a deadweight of about 240,000 tonnes.", True, [("count", 399.9, None, None), ("count", 61.3, None, None), ("count", 240000, None, "about")], None),
    ("en", "Its engine gives it a top speed of 22 knots, though it will normally sail at 16 knots to save fuel.", True, [("count", 22, None, None), ("count", 16, None, None)], None),
    ("en", "The ship, one of 12 ordered by Geneva-based Orlon Maritime for $3.1 billion, will sail with a crew of 25.", True, [("count", 12, None, None), ("money", 3100000000, "USD", None), ("count", 25, None, None)], None),
    ("en", "Containers can be stacked 25 high on its deck, the height of a 22-storey building.", True, [("count", 25, None, None), ("count", 22, None, None)], None),
    ("en", "\"This is a floating city built for a new era of trade,\" the yard's chairman said at the naming ceremony.", False, [], None),
    # --- Shadow fleet sanctions (Reuters) ---
    ("en", "LONDON, May 20 (Reuters) - Britain added 100 more tankers to its sanctions list on Tuesday, bringing the number of shadow fleet vessels it has designated to more than 350.", True, [("date", "--05-20", None, None), ("count", 100, None, None), ("count", 350, None, "over")], None),
    ("en", "Among them is the Andaman Star (IMO 9281314), a 105,000-deadweight-tonne tanker that has carried Russian crude worth an estimated $4.8 billion since 2023.", True, [("count", 105000, None, None), ("money", 4800000000, "USD", "about"), ("year", 2023, None, None)], None),
    ("en", "The U.S. Office of Foreign Assets Control designated 35 entities and 22 vessels in a separate action, the Treasury Department said.", True, [("count", 35, None, None), ("count", 22, None, None)], "the Treasury Department"),
    ("en", "Russian seaborne crude exports averaged 3.27 million barrels per day in the four weeks to Sunday, tanker-tracking data showed.", True, [("count", 3270000, None, None), ("duration", 4, "week", None)], None),
    ("en", "About 60% of those cargoes were carried by tankers without Western insurance, according to the Kyiv School of Economics.", True, [("percent", 60, "%", "about")], "the Kyiv School of Economics"),
    ("en", "\"We will keep tightening the screws until Moscow ends this war,\" the foreign secretary said.", False, [], None),
    # --- Australian waterfront dispute (AAP) ---
    ("en", "SYDNEY (AAP) - Rolling stoppages at container terminals in Sydney, Melbourne, Brisbane and Fremantle have left more than 8,000 containers stranded on the wharves, Southway Terminals said.", True, [("count", 8000, None, "over")], "Southway Terminals"),
    ("en", "The Maritime Union of Australia is seeking a 27% pay rise over four years for about 1,000 workers.", True, [("percent", 27, "%", None), ("duration", 4, "year", None), ("count", 1000, None, "about")], None),
    ("en", "A 24-hour strike at Port Botany on Wednesday delayed nine ships, the company said.", True, [("duration", 24, "hour", None), ("count", 9, None, None)], "the company"),
    ("en", "Growers warn that export orders are at risk if the dispute drags on into the harvest.", False, [], None),
    # --- Parcels and air cargo (PA, Reuters) ---
    ("en", "LONDON (PA) - Parcel carrier Swiftline handled 1.2 billion parcels in the year to March, up 7%, as online shopping recovered.", True, [("count", 1200000000, None, None), ("percent", 7, "%", None)], None),
    ("en", "The company delivered a record 19.6 million parcels on its busiest day, Dec. 2.", True, [("count", 19600000, None, None), ("date", "--12-02", None, None)], None),
    ("en", "It plans to open 14 new sorting hubs and hire 4,500 staff by 2027, chief executive Priya Natarajan said.", True, [("count", 14, None, None), ("count", 4500, None, None), ("year", 2027, None, None)], "Priya Natarajan"),
    ("en", "\"Parcels are where the growth is, and we intend to win that market,\" Natarajan said.", False, [], None),
    ("en", "GENEVA (Reuters) - Air cargo demand rose 4.1% in September measured in cargo tonne-kilometres, the International Air Transport Association said.", True, [("percent", 4.1, "%", None)], "the International Air Transport Association"),
    ("en", "E-commerce now makes up about a fifth of all air freight out of China.", True, [("fraction", 0.2, None, "about")], None),
    # --- Warehouse space (Reuters) ---
    ("en", "NEW YORK (Reuters) - U.S. warehouse vacancy rose to 7.1% in the third quarter, the highest in a decade, as developers completed 86 million square feet of new space.", True, [("percent", 7.1, "%", None), ("ordinal", 3, None, None), ("count", 86000000, None, None)], None),
    ("en", "Average asking rents fell 1.8% to $10.12 per square foot a year, according to brokerage Cresmont.", True, [("percent", 1.8, "%", None), ("money", 10.12, "USD", None)], None),
    ("en", "An online retailer signed a lease for a 1.2 million-square-foot distribution center near Dallas, the largest deal of the quarter.", True, [("count", 1200000, None, None)], None),
    ("en", "In Britain, take-up of logistics space reached 23.4 million square feet in the first nine months, about 18% below the five-year average.", True, [("count", 23400000, None, None), ("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 18, "%", "about"), ("duration", 5, "year", None)], None),
    ("en", "Landlords insist the market is merely catching its breath after the pandemic boom.", False, [], None),
    # --- India's trade (PTI) ---
    ("en", "NEW DELHI (PTI) - India's merchandise exports rose 6.7% to $36.4 billion in October, while imports jumped 16.6% to $76.1 billion, the commerce ministry said on Monday.", True, [("percent", 6.7, "%", None), ("money", 36400000000, "USD", None), ("percent", 16.6, "%", None), ("money", 76100000000, "USD", None)], "the commerce ministry"),
    ("en", "The trade deficit widened to a record $39.7 billion, mainly on account of gold imports worth $14.7 billion.", True, [("money", 39700000000, "USD", None), ("money", 14700000000, "USD", None)], None),
    ("en", "Exports of engineering goods, which face a 50 per cent tariff in the US, declined 3.2 per cent.", True, [("percent", 50, "%", None), ("percent", 3.2, "%", None)], None),
    ("en", "Shipments to the US, India's largest export market, fell for a second straight month.", True, [("ordinal", 2, None, None)], None),
    ("en", "The government has approved an export promotion mission with an outlay of Rs 25,060 crore over six years.", True, [("money", 250600000000, "INR", None), ("duration", 6, "year", None)], None),
    ("en", "\"Indian exporters have shown remarkable resilience in the face of global headwinds,\" Commerce Secretary Rajesh Bhatnagar said.", False, [], None),
    # --- Port of Long Beach (AP) ---
    ("en", "LONG BEACH, Calif. (AP) — The Port of Long Beach moved 9.6 million TEUs last year, the busiest year in its 114-year history.", True, [("count", 9600000, None, None), ("duration", 114, "year", None)], None),
    ("en", "Imports fell 14% in November as retailers had pulled shipments forward to beat tariffs, port officials said.", True, [("percent", 14, "%", None)], None),
    ("en", "More than 2,000 trucks an hour pass through the terminal gates at peak times.", True, [("count", 2000, None, "over")], None),
    ("en", "\"We are bracing for a softer first half, but the fundamentals are strong,\" said Teresa Ambriz, the port's chief executive.", False, [], None),
    # --- Car carrier fire (AP) ---
    ("en", "AMSTERDAM (AP) — A car carrier with 3,120 vehicles on board caught fire about 27 kilometers north of the Dutch island of Ameland on Tuesday, the coast guard said.", True, [("count", 3120, None, None), ("count", 27, None, "about")], "the coast guard"),
    ("en", "All 23 crew members were lifted off by helicopter, and a sailor was taken to hospital with burns.", True, [("count", 23, None, None)], None),
    ("en", "Salvage crews towed the 200-meter vessel to Eemshaven after eight days.", True, [("count", 200, None, None), ("duration", 8, "day", None)], None),
    # --- Shipping emissions (Reuters) ---
    ("en", "LONDON, April 11 (Reuters) - Member states of the International Maritime Organization agreed on a global fee of $120 for every tonne of carbon dioxide ships emit above a set limit from 2029.", True, [("date", "--04-11", None, None), ("money", 120, "USD", None), ("year", 2029, None, None)], None),
    ("en", "Shipping accounts for almost 3% of global greenhouse gas emissions.", True, [("percent", 3, "%", "nearly")], None),
    ("en", "Cutting a container ship's speed from 20 knots to 16 knots reduces its fuel burn by roughly a third, according to industry estimates.", True, [("count", 20, None, None), ("count", 16, None, None), ("fraction", 0.3333, None, "about")], None),
    ("en", "The rules apply to ships above 5,000 gross tonnes, which produce 85% of the sector's CO2 emissions.", True, [("count", 5000, None, "over"), ("percent", 85, "%", None)], None),
    ("en", "\"This is a historic day for shipping and for the planet,\" the organization's secretary-general said.", False, [], None),
    # --- Dover border checks (PA) ---
    ("en", "DOVER, England (PA) - Lorries queued for up to nine miles on the M20 on Friday after new border checks slowed traffic into the port.", True, [("count", 9, None, "up_to")], None),
    ("en", "The new checks cost businesses about £330 million a year, according to government estimates.", True, [("money", 330000000, "GBP", "about")], None),
    ("en", "Around 10,000 lorries cross the Channel through Dover on a typical weekday.", True, [("count", 10000, None, "about")], None),
    ("en", "Each physical check on a consignment of plant or animal products costs importers up to £145, the Port of Dover said.", True, [("money", 145, "GBP", "up_to")], "the Port of Dover"),
    ("en", "\"Dover simply cannot cope with another summer like the last one,\" a haulage firm owner said.", False, [], None),
    # --- Road freight and tolls (Reuters, PA) ---
    ("en", "WASHINGTON, Dec 16 (Reuters) - U.S. truck tonnage, a gauge of freight demand, fell 1.4% in November, the American Trucking Associations said.", True, [("date", "--12-16", None, None), ("percent", 1.4, "%", None)], "the American Trucking Associations"),
    ("en", "Forwarders fear the worst is yet to come for transatlantic rates.", False, [], None),
    ("en", "Heavy goods vehicles will pay £19.40 to use the M6 Toll from March 1, up from £18.20.", True, [("money", 19.4, "GBP", None), ("date", "--03-01", None, None), ("money", 18.2, "GBP", None)], None),
    # --- Baltic cable damage (Reuters) ---
    ("en", "HELSINKI, Jan 3 (Reuters) - Finnish authorities detained a tanker suspected of dragging its anchor for about 90 kilometres along the seabed, damaging four undersea cables.", True, [("date", "--01-03", None, None), ("count", 90, None, "about"), ("count", 4, None, None)], None),
    # --- Boilerplate ---
    ("en", "(Reporting by Marta Ellwood in London; Editing by Peter Crane)", False, [], None),
    ("en", "(Corrects spelling of shipyard's name.)", False, [], None),
    ("en", "All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", False, [], None),
]
