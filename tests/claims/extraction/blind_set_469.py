"""Four-hundred-and-sixty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of government appear nowhere, and ministers,
state secretaries, council presidents, tourism directors and heads of real statistics
offices, tourism boards, airports, ports, firms and associations appear under made-up names
that stand for no real holder, or by their role only („eine Flughafensprecherin“, "city
officials", "port officials").

Names: Hemma Pöltl-Wagrain, Annegret Vollrath-Kies, Corinne Gadient-Rüegg, Torben Hallgarth,
Verena Stubenvoll, Urs Ammeter-Zurbrügg, Marlene Obermaier-Thiel, Birte Lüdemann-Kroos,
Leopold Brandstätter-Moos, Konstantin Rehberg-Adam, Nadja Gysin-Brunold, Sieglinde
Aufschnaiter, Sabine Kettler-Roos, Gerald Fankhauser-Zangerl, Beat Zumtaugwald-Imboden, the
cruise ship „Baltic Aurelia“ and the booking portal Zimmerwelt; Duarte Vilaça-Mendes, Malia
Keawe-Torres, Rhiannon Tregarthen, Kenta Ishizuka, Joan Ferrer-Alomar, Dwight
Castellanos-Reyes, Keith Arvidson-Blake, Sigrún Hallvarðsdóttir, Gareth Penhallow-Rees, the
holidaymaker Jodie Marsland, Ketut Arsanadi, Gwilym Pryce-Howells, Priscilla Tan-Hartono,
Lorna Whitcombe-Hale and her firm Wayfarer Group, Hydee Alvarado-Strand and Fenella
Goodrich-Vane are invented, as is every unnamed spokeswoman, official, resident, hotelier,
shopkeeper, business owner, operator, analyst, critic and traveller. Real bodies, firms,
places and things (Statistik Austria, Hoteliervereinigung (ÖHV), Statistisches Bundesamt,
Sylt, Garmisch, Mecklenburg-Vorpommern, Dehoga, Bundesamt für Statistik (BFS),
Hotelleriesuisse, Deutscher Reiseverband (DRV), ITB, Landesstatistik, Tirol Werbung,
Arbeiterkammer (AK), Kandersteg, Oeschinensee, Münchner Flughafen, Warnemünde, Rostock,
Alter Strom, Salzburger Festspiele, Visit Berlin, Flughafen Zürich, Schweiz Tourismus,
Interlaken, Höhenmatte, Gewerkschaft vida, Fraport, Flughafenverband ADV, Arlberg, Verband
Seilbahnen Schweiz; the National Statistics Institute (INE), Lisbon, the Alfama, the
Algarve, Hawaii, Maui, the Hawaii Tourism Authority, the Office for National Statistics,
VisitBritain, the Japan National Tourism Organization, Kyoto, Higashiyama, the Balearic
Islands, Mallorca, the Las Vegas Convention and Visitors Authority, the Strip, Harry Reid
International Airport, the National Ski Areas Association, Iceland, Reykjavik, Akureyri,
Heathrow, the Port of Dover, Bali, Canggu, the Welsh Government, Cardiff, Gwynedd,
Pembrokeshire, the Singapore Tourism Board, PortMiami, Cruise Lines International
Association, Biscayne Bay, ABTA, Gatwick, Eurostar, the RAC and the datelines' cities) stand
for the way wire copy names them; every overnight stay, arrival, visit, skier visit, first
entry, passenger, movement, cruise call, cap, fee, tax rate, levy, room rate, pass price,
occupancy rate, booking figure, result, share, stay length, date and quote here is invented,
and where a real figure came to mind (a real national overnight-stay, arrival or visit
total, a real city tax rate, a real lodging tax band, a real tourist levy or cruise
passenger fee, a real visitor target, a real airport or port record, a real skier-visit
record) it was changed.

Its weight: TOURISM, HOTELS AND THE TRAVEL SEASON, second round under this heading (the
hundred-sixty-fourth batch was the first; the fifty-fourth weighed tourism, retail, food and
consumer prices, the eighty-eighth the Alps with their ski season and tourism figures, the
hundred-thirty-third winter sports and their business, the two-hundred-and-forty-seventh and
three-hundred-and-sixty-sixth aviation, airlines and tourism, the three-hundred-and-sixth
tourism, hotels and the ski season and the three-hundred-and-ninety-eighth tourism, travel
and hospitality; the forty-eighth, hundred-twenty-fifth, two-hundred-and-sixth,
three-hundred-and-fifth and four-hundred-and-twenty-fourth weighed transport, airlines and
airports; their decisions are kept) over one year in story order (January 20 to December 19,
2028, the year 2027 reported in the first stories), 30 short stories with the German and
English ones interleaved by date, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, reactions). Half German (APA, dpa with
its regional slugs "dpa/lby", "dpa/mv" and "dpa/bb", Keystone-SDA; Austrian "Nächtigungen",
"Jänner", "heuer", "im Vorwinter", "mit 1. Jänner 2029", "Ortstaxe", "ÖHV-Präsidentin",
Swiss "Logiernächte", "Ersteintritte", "Nettozimmerauslastung", "Gemeindepräsident",
"Anwohnende", "Reisecars", "Strassen", "grossen", "Gemäss", "hiess", "23'940'000",
"2'870'000", "11'500", "3'210'000", "24'680", "312'000", "1300" and "6000" without a
separator, «» quotes, German "Übernachtungen", „“ quotes): Austria's tourism year by market
and month, Germany's overnight stays by origin, Swiss hotel nights and occupancy, summer
bookings at the ITB, Tyrol's winter with first entries and pass prices, time slots and a cap
at the Oeschinensee, Munich airport's April and the Whitsun holidays, the cruise season in
Warnemünde, Salzburg's festival room prices and Ortstaxe, Berlin's hotels in the first half
with the City-Tax, Zurich airport's August and July's hotel nights, Austria's summer season,
Frankfurt's October, Austrian ski pass prices for 2028/29 and the Swiss season start. Half
English (Reuters with dated datelines, AP, PA): Portugal's record year, Hawaii's visitors
and its lodging tax, visits to the UK, Japan's February arrivals and Kyoto's lodging tax,
the Balearic tourist tax, Las Vegas in March, the U.S. ski season, Iceland's cruise
passenger fee, the summer getaway at Heathrow and Dover, Bali's tourist levy, Wales' visitor
levy, Singapore's visitors, an online travel company's quarter, PortMiami's cruise year and
the Christmas getaway. Speakers as such copy has them: statistics offices with „wie ...
mitteilte“, „teilte ... mit“ and „Laut Statistik Austria“, "the Office for National
Statistics said", "the Japan National Tourism Organization said on Thursday"; ministers,
state secretaries, tourism and port chiefs, association heads and executives by name with
their title („X sagte, ...“, „sagte Hafenchefin X“, "X said", "X told reporters", "X told
analysts"); beside them the forms left unchecked (roles, plural officials, documents and
data, „Gemäss BFS“, „hiess es bei“, estimates, verbs of counting, expecting, demanding,
announcing, reporting and planning, a description before a name and every "according to").
Figures as such copy has them: overnight stays, guests, arrivals, visits, skier visits,
first entries, passengers, movements, cruise calls, ships, beds, room nights, exhibitors,
trips and trains in thousands and millions („knapp 162,3 Millionen Nächtigungen“,
„23'940'000 Logiernächte“, "a record 33.4 million guests", "59.3 million skier visits"),
stays in nights, occupancy, tax rates, shares and moves in per cent with moves and a
surcharge in percentage points, room rates, revenue per available room, pass prices, fees,
levies, taxes, spending, receipts, results and investment in euros, francs, dollars, pounds
and pence, yen, Icelandic crowns, Singapore dollars and rupiah (converted figures in
brackets), caps per day, time slots, holiday lengths and days of ships in port; star
categories and compounds („Vier- und Fünf-Sterne-Häusern“, "four- and five-star hotels",
„Sechstagesskipass“ twice, „ein einwöchiger Pauschalurlaub“, „zweiwöchigen Pfingstferien“,
„vierköpfige Familie“, "A seven-night Caribbean cruise", "the six-week break", "the 12-day
holiday period", "the 10-season average", "the 2027-28 season"), number words („drei“,
„zwei“, „zwölf“, „vier“, „zehn“, „neun“, „drei oder mehr“, "two", "four days", "eight
ships", "three concerts", "two new terminals"), fractions („gut ein Viertel“, „fast jede
zwölfte Übernachtung“, „gut jeder dritte Betrieb“, „um fast ein Drittel“, „gut zwei Drittel
davon“, „knapp drei Fünftel davon“, „fast jeder vierte Betrieb“, "about a fifth", "more than
a third", "half the standard rate", "about a quarter"), ordinals („auf Platz drei“, „im
ersten Halbjahr“, „In den ersten vier Monaten“, „für die zweite Saisonhälfte“, „am ersten
Dezemberwochenende“, "for the first time", "the third-busiest on record", "the first
quarter", "its first full season", "the third quarter"), years, seasons, dates and hedges.
Negatives as such copy has them - 56 rows, none with a figure: state secretaries',
ministers', tourism chiefs', hoteliers', port and airport bosses' and executives' pride,
creed and rhetoric in quotes, labels and criticism from the Arbeiterkammer, an airport lobby
and environmental groups, complaints naming no measure, accusations naming no act, warnings
and analysts' doubts without a figure, feelings and fears of residents, shopkeepers and
operators, an evasion, advice and an appeal naming no measure and a vox pop, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

241 rows (124 German, 117 English), 56 negatives (27 German, 29 English), 185 check-worthy
rows of which 11 carry no figure (8 German, 3 English), 377 expected quantities (140 counts,
83 percentages - 79 in "%", 4 in percentage points "pp" -, 56 amounts of money - 25 EUR, 11
USD, 7 CHF, 5 GBP, 3 ISK, 2 JPY, 2 SGD, 1 IDR -, 36 years, 21 durations - 6 in days, 5 in
months, 4 in weeks, 3 in hours, 2 in years, 1 in minutes -, 15 dates, 15 ordinals, 11
fractions; none of them in a negative), 36 checked speakers (19 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, fear, doubt, complaint, warning, accusation, piece of
  advice or rhetoric is a negative with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, two-hundred-and-fourth, three-hundred-and-sixth,
  three-hundred-and-sixty-sixth, three-hundred-and-ninety-eighth); a quoted or reported
  statement of fact, figure, step, rule, plan, demand, target or forecast is check-worthy
  with its speaker, also in Konjunktiv I (hundred-sixty-fourth, three-hundred-and-sixth,
  three-hundred-and-ninety-eighth). Pairs from one speaker: Pöltl-Wagrain's 36.5 billion
  euros beside „Qualitätsdestination“, Vollrath-Kies's third of firms beside „Volle
  Parkplätze ... heißen noch lange nicht ...“, Gadient-Rüegg's 3.4 percent and 262 francs
  beside «Erlebnisse und keine Betten», Hallgarth's 58 percent beside „Grundbedarf“,
  Stubenvoll's April 8 beside „Verlass“, Ammeter-Zurbrügg's parking fee beside «nicht
  verkaufen, sondern schützen», Obermaier-Thiel's twelve scanners beside „Tor zur Welt“,
  Lüdemann-Kroos's 23 days beside „Schaufenster Deutschlands“, Brandstätter-Moos's Ortstaxe
  beside „kein Schnäppchen“, Rehberg-Adam's 29 million beside „Gäste, die wiederkommen“,
  Gysin-Brunold's bookings beside «besser erklären», Aufschnaiter's quarter of firms beside
  „so einfach ist das“, Kettler-Roos's 63 to 64 million beside „wieder ganz da“,
  Fankhauser-Zangerl's 1.1 billion euros beside „preiswert“ and Zumtaugwald-Imboden's 140
  million francs beside «die Gäste aus dem Unterland»; Vilaça-Mendes's 29 billion euros
  beside "a theme park", Keawe-Torres's 10.5 million beside "fewer visitors who care",
  Tregarthen's 43.7 million beside "our paperwork", Ishizuka's target beside "the famous
  postcards", Ferrer-Alomar's 45 million euros beside "a waiting room", Castellanos-Reyes's
  3% beside "on pause", Arvidson-Blake's 56% beside "not dying", Hallvarðsdóttir's 2.9
  billion crowns beside "our harbours", Penhallow-Rees's 12 booths beside his advice,
  Arsanadi's 12 beaches beside "help care for the island", Pryce-Howells's stated use of the
  money beside "chip in", Tan-Hartono's concerts beside "a stopover", Whitcombe-Hale's 6%
  beside "the last thing they will give up", Alvarado-Strand's two terminals beside "goes to
  sea" and Goodrich-Vane's 8% beside "the treat".
- Negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-sixth,
  three-hundred-and-sixty-sixth, three-hundred-and-ninety-eighth), none with a figure: a
  label and criticism in quotes („Die Arbeiterkammer bezeichnete die Preise als
  „Eintrittskarte für Besserverdienende““, „„Skifahren darf nicht zum Sport für wenige
  werden“, kritisierte die Arbeiterkammer.“; three-hundred-and-sixth: „bezeichnete ...
  als“); criticism naming no measure („Der Flughafenverband ADV kritisierte erneut die hohen
  staatlichen Standortkosten.“, „Umweltverbände kritisieren, dass die Schiffe die Luft ...
  belasten.“; three-hundred-and-ninety-eighth: „Standortkosten“); a warning without a figure
  („Die Hoteliervereinigung warnte, ...“, "Hoteliers warned the increase would push families
  ...", "Analysts said a stronger Singapore dollar could weigh ...";
  two-hundred-and-fourth); complaints naming no measure (the residents of the Alfama,
  „Kleinere Hotels in den Bergregionen klagen ...“, "Travel industry groups have long
  complained ...", the Einheimische in Kandersteg, the Anwohnende in Interlaken) and a
  complaint about a measure naming none of its figures („Die Hotelbranche klagt, die
  City-Tax schrecke ... ab.“; hundred-sixty-fourth: "Critics say the fee has done little
  ..."); accusations naming no act („Die Arbeiterkammer warf den Hotels vor, ... schamlos
  auszunutzen.“, „Umweltverbände werfen den Bergbahnen vor, ...“, "Environmental groups
  accused the industry of treating Biscayne Bay as a parking lot.";
  three-hundred-and-sixty-sixth); feelings, fears and doubts ("said they felt crowded off",
  "said they felt torn", "said they feared another quiet summer", "said they feared families
  would cross the border", "said they doubted"; two-hundred-and-forty-fourth,
  three-hundred-and-ninety-eighth); analysts' and critics' views ("Some analysts questioned
  whether ...", "Critics say the rise of multi-resort passes ...";
  three-hundred-and-sixty-sixth, three-hundred-and-ninety-eighth); an evasion („..., ließ
  der Verband offen.“; three-hundred-and-ninety-eighth: „ließ die Sprecherin offen“); advice
  and an appeal naming no measure (Penhallow-Rees's "pack your patience", "Travellers were
  urged to check their flight status ..."; four-hundred-and-twenty-fourth); a vox pop (Jodie
  Marsland; three-hundred-and-sixty-sixth). As the brief for these batches asks, negatives
  carry no expected quantities, and this batch writes no figure into them, nor an article
  that could be read as one (three-hundred-and-ninety-eighth).
- Check-worthy without a figure (two-hundred-and-forty-fourth, three-hundred-and-sixth,
  three-hundred-and-sixty-sixth, three-hundred-and-ninety-eighth): a fact singled out
  without a number word („Einen Rückgang verzeichnete nur Mecklenburg-Vorpommern, ...“;
  three-hundred-and-sixty-sixth: „Nur im Saarland ging ... zurück.“), a demand naming a
  measure („Der Verband fordert, die Bettensteuer in allen Städten abzuschaffen.“;
  three-hundred-and-ninety-eighth: the Dehoga's Stromsteuer), publications of figures („Das
  geht aus den vorläufigen Zahlen der Landesstatistik hervor.“, „Das zeigt eine Auswertung
  des Buchungsportals Zimmerwelt.“; three-hundred-and-ninety-eighth), rules in force and
  steps taken (Kyoto's collection of the tax at check-in, the QR-code checks at the
  Talstation, the security checks opening at 3.30 - a clock time, none -, the Halteverbot
  for coaches at the Alter Strom, Bali's payment online or at the airport;
  three-hundred-and-sixth, three-hundred-and-ninety-eighth), the opening of the cruise
  season with a named ship (an event; three-hundred-and-sixty-sixth) and Pryce-Howells's
  stated use of the levy (a plan naming its purpose). Plans, targets, forecasts and demands
  with a figure are check-worthy (hundred-sixty-fourth, three-hundred-and-sixth,
  three-hundred-and-ninety-eighth): Lisbon's licences until 2030, Keawe-Torres's cap,
  Tregarthen's 43.7 million, Ishizuka's 70 million by 2032, the Balearic doubling and
  Ferrer-Alomar's 45 million euros, the Oeschinensee cap and time slots, Munich's 145,000 a
  day, Warnemünde's 198 calls, Iceland's cut and Bali's raise, Brandstätter-Moos's Ortstaxe,
  Rehberg-Adam's 29 million, Heathrow's and Gatwick's forecasts, the Singapore board's 17 to
  17.5 million, Wayfarer's forecast, Kettler-Roos's 63 to 64 million, vida's Mindestlohn,
  Alvarado-Strand's terminals, ABTA's 2.6 million, Eurostar's trains and the RAC's 19.4
  million.
- Overnight stays, guests, arrivals, visits, skier visits, first entries, passengers,
  movements, cruise calls, ships, beds, room nights, exhibitors, countries, parishes,
  councils, booths, scanners, lanes, beaches, terminals, trains, cars and trips are counts
  (hundred-sixty-fourth, three-hundred-and-sixth, three-hundred-and-sixty-sixth,
  three-hundred-and-ninety-eighth), a scale word multiplying: „knapp 162,3 Millionen
  Nächtigungen“ "nearly", „auf 49,6 Millionen“, „rund 41,8 Millionen“ "about", „mehr als 1,9
  Millionen“ "over", „zusammen 504,2 Millionen“ („zusammen“ no hedge), „insgesamt 43,2
  Millionen Logiernächte“ („insgesamt“ no hedge), „23'940'000“, „19'260'000“, „2'870'000“,
  „3'210'000“, „24'680“ and „312'000“ (the apostrophe repeated, three-hundred-and-sixth),
  „gut 1,1 Millionen“ "over", „Allein im Februar kamen 10,2 Millionen“ („Allein“ no hedge),
  „rund 22,6 Millionen Ersteintritte“, „auf höchstens 6000“ "at_most"
  (three-hundred-and-ninety-eighth: „höchstens 45 Reisebusse pro Tag“), „bis zu 11'500 ...
  bei rund 1300 Einwohnern“ "up_to" and "about" (Swiss four digits without a separator),
  „auf 30.870“, „mit bis zu 145.000 Passagieren“ "up_to", „zwölf neuen Scannern auf 64
  Spuren“, „198 Anläufe von 41 Schiffen“, „etwa 160.000 Wechselpassagiere“, „knapp 668.000
  Passagiere“ "nearly", „mit mehr als 2.500 Passagieren“ "over", „1,62 Millionen
  Nächtigungen“, „mehr als 29 Millionen“ "over", „auf 38.940“, „176.300 Tonnen“ (cargo,
  forty-eighth), „mit 63 bis 64 Millionen Passagieren“ both ends (the scale written once
  serves both, four-hundred-and-twenty-fourth), „in den 15 größten Skigebieten“ and „neun
  der 15 Skigebiete“ (definite groups, forty-first), „41 von 52 grossen Skigebieten“, „rund
  5.400 Aussteller aus 165 Ländern“; "a record 33.4 million guests" ("a record" no hedge),
  "the country's 10 main markets", "in 14 parishes", "below 10.5 million" "under"
  (three-hundred-and-sixth: "below 1,500 metres"), "about 770,000", "70 million visitors a
  year" ("a year" none), "about 40,000 unlicensed holiday beds", "nearly 680,000, helped by
  two large trade shows", "about 210 this year from 298" (the hedge on the first only),
  "fewer than 250 passengers" "under", "roughly 231,000" "about", "12 extra French border
  booths", "about 10,500 cars ... on Saturday alone" ("alone" no hedge), "12 beaches", "So
  far 14 councils", "between 17 million and 17.5 million" both with no hedge ("between",
  three-hundred-and-sixth), "three concerts by a single pop star had drawn some 210,000
  visitors" 3 and 210,000 "about" ("Some" "about", hundred-fourth: "Some 15 people"; "a
  single" none, two-hundred-and-forty-fourth), "318 million", "eight ships carried about
  62,000 passengers", "1,214 ship calls ..., 37 more" ("more" after the figure compares),
  "two new terminals ... 11 million passengers a year", "Some 1.3 million ... 78,000
  departures", "24 extra trains and ... about 380,000 passengers", "19.4 million leisure
  trips". Stays in nights are counts (hundred-sixty-fourth,
  three-hundred-and-ninety-eighth): „3,2 Nächte ..., 3,5 Nächte“, and "A seven-night
  Caribbean cruise" is count 7 (fifty-fourth: "A seven-night stay"). „drei oder mehr
  Schiffe“ is count 3 with no hedge („oder mehr“ after a figure names the threshold,
  four-hundred-and-fifty-first). New: "the 10-season average" is count 10 - a season is no
  unit of the duration list (thirty-fifth: "vier Spielzeiten"; hundred-thirty-third: "over
  the past two seasons" count 2), and the figure heading the hyphenated compound is read as
  "A seven-night stay" gives 7 (fifty-fourth), while "above the five-year average" is 5
  years (hundred-thirty-third). None: „so viele wie nie zuvor“, „so viele wie nie in einem
  Sommer“, „Stärkster Monat“, „die meisten“, „Wichtigstes Herkunftsland“, „Beliebtestes
  Ziel“, „Am stärksten“, „Am teuersten“, "the biggest source market", "the most popular
  destination", "the strongest growth", "a record for the month", "the world's busiest
  cruise port", "its busiest day", "all visits", "the total".
- Star categories count their stars (fifty-fourth, three-hundred-and-sixth,
  three-hundred-and-ninety-eighth): "guests in four- and five-star hotels" 4 and 5 (the
  suspended compound, three-hundred-and-sixth) and „In Vier- und Fünf-Sterne-Häusern“ 4 and
  5 (three-hundred-and-ninety-eighth: „In Vier- und Fünf-Sterne-Hotels“). „Ein
  Doppelzimmer“, „Ein Hotelzimmer“, „Ein Tagesskipass“, „eine Tageskarte“, „ein Ticket“ and
  "an ocean cruise" carry none (fifty-fourth, hundred-thirty-third,
  three-hundred-and-ninety-eighth).
- Occupancy, tax rates, shares and moves are percentages as written, moves in points and a
  surcharge in points "pp" (every batch; three-hundred-and-sixth,
  three-hundred-and-ninety-eighth): „ein Plus von 1,4 Prozent, ... um 2,2 Prozent“, „ein
  leichtes Minus von 0,6 Prozent“ 0.6 (hundred-sixty-fourth: "Minus" a noun naming the
  direction), „um 2,3 Prozentpunkte“ 2.3 "pp", "up 4.1%", "nearly 70% of them" "nearly",
  "61.8%" ("averaged" no hedge), "roughly 2%" "about", "still about 8% below their 2019
  level" ("still" no hedge) with the year, "77.3%", "at 11.5%, including a climate surcharge
  of 1.25 percentage points" 11.5 "%" and 1.25 "pp", „0,8 Prozentpunkte mehr“ 0.8 "pp", „bei
  über 71 Prozent“ "over" („über“ right before the figure, two-hundred-and-seventy-sixth),
  „um 9 Prozent über dem Vorjahreswert“ 9 and „um rund 5 Prozent über dem Vorjahr“ 5 "about"
  („über“ after the figure compares, three-hundred-and-sixty-sixth), „knapp 58 Prozent“
  "nearly", „um durchschnittlich 19 Prozent“ („durchschnittlich“ no hedge), "weekend
  occupancy topping 94%" 94 with no hedge ("topping" a verb, as "tops" and "topped",
  three-hundred-and-sixth and three-hundred-and-sixty-sixth), "about 56% of all visits",
  "fell 23%", „knapp 9 Prozent weniger als im April 2019“ "nearly" with the year, „gut 40
  Prozent mehr“ "over", „Knapp 44 Prozent“ "nearly", „Die City-Tax von 8 Prozent des
  Übernachtungspreises“ 8, „rund 6 Prozent der Betten“ "about", "Only around 40%" "about"
  ("Only" no hedge), "79.5% ..., 1.4 percentage points lower" 79.5 "%" and 1.4 "pp", "to
  between 7% and 8%" both, "about 6% above their level a year ago", "rose 4.6% in extended
  trading", „zu gut 80 Prozent ausgebucht“ "over", "8% higher".
- Shares as fractions (the issue; three-hundred-and-sixth, three-hundred-and-ninety-eighth):
  „gut ein Viertel des Gesamtvolumens“ 0.25 "over", „fast jede zwölfte Übernachtung“ 0.0833
  "nearly" (the issue's „jeder vierte“; three-hundred-and-ninety-eighth: „gut jede sechste
  Nacht“ 0.1667), „gut jeder dritte Betrieb“ 0.3333 "over", „um fast ein Drittel“ 0.3333
  "nearly", „gut zwei Drittel davon“ 0.6667 "over" („davon“ no hedge), „knapp drei Fünftel
  davon“ 0.6 "nearly" (three-hundred-and-ninety-eighth), „fast jeder vierte Betrieb“ 0.25
  "nearly"; "about a fifth of all international arrivals" 0.2 "about", "more than a third of
  the total" 0.3333 "over", "half the standard rate" 0.5 (four-hundred-and-twenty-fourth: "a
  third ... and half of those"), "about a quarter of arrivals" 0.25 "about".
- Ordinals (the issue; three-hundred-and-sixth, three-hundred-and-sixty-sixth,
  three-hundred-and-ninety-eighth): „auf Platz drei“ 3 (three-hundred-and-ninety-eighth:
  „auf Platz vier“), "for the first time" 1, "In the first two months of 2028" 1 with 2
  months and the year, „In den ersten vier Monaten des Jahres“ 1 and 4 months
  (hundred-sixty-fourth: "in the first four months of the year"), "the third-busiest on
  record" 3 (three-hundred-and-sixth: "the third-best winter on record"), "in the first
  quarter" 1, "in its first full season" 1, „im ersten Halbjahr“ 1 (three times; „Halbjahr“
  carries no fraction, three-hundred-and-sixth), "in the first half of the year" 1, "in its
  first six months" 1 and 6 months (three-hundred-and-sixth), "in the third quarter" 3, „am
  ersten Dezemberwochenende“ 1 (three-hundred-and-sixth). New: „für die zweite Saisonhälfte“
  is ordinal 2 and no fraction - the half inside the compound names a span of the season as
  „Halbjahr“ names one of the year (three-hundred-and-sixth: „im ersten Halbjahr“ 1 and no
  fraction, "in the first half of the year" 1), and the ordinal before it ranks it. None:
  „erstmals“, "a record", "the last thing", „die letzten beiden Festspielwochen“ („beiden“
  no number word, three-hundredth; „letzten“ no ordinal figure).
- Durations (the issue: "dreitägige Reise", "a two-week visit"; every batch): „Ein
  einwöchiger Pauschalurlaub“ 1 week, „Sechstagesskipass“ 6 days (twice; fifty-fourth), "for
  less than 12 hours" 12 hours "under" (three-hundred-and-ninety-eighth: "stopovers of less
  than 12 hours"), „Kinder unter 16 Jahren“ and „Kinder unter zehn Jahren“ years "under"
  (eighty-eighth, three-hundred-and-ninety-eighth), „jeweils zwei Stunden“ 2 hours
  („jeweils“ no hedge), "for nearly two weeks" 2 weeks "nearly", "open for 127 days, four
  days longer" both in days, "the first two months", „den ersten vier Monaten“, "its first
  six months", "over the nine months to September" 9 months ("over" before a span no hedge,
  three-hundredth) and "in the 12 months to Sept. 30" 12 months with the date
  (three-hundred-and-seventy-eighth: "in the 12 months ending June 30, 2026"), „die
  zweiwöchigen Pfingstferien“ 2 weeks, "at least 48 hours before arriving" 48 hours
  "at_least", „An 23 Tagen“ 23 days (three-hundred-and-sixth: „an 157 Tagen“), "Over the
  six-week break" 6 weeks with no hedge, "of up to 90 minutes" 90 minutes "up_to", "the
  12-day holiday period" 12 days (three-hundred-and-ninety-eighth: "the 12-day holiday
  travel period"). New: „Ein einwöchiger Pauschalurlaub“ is 1 week - the „ein-“ heading the
  compound is the number word, as "one" in "A one-day lift ticket" 1 day
  (three-hundred-and-sixth) and „zwei-“ in „ein zweiwöchiger Urlaub“ 2 weeks
  (three-hundred-and-ninety-eighth), while the article „Ein“ before it counts nothing
  (three-hundred-and-ninety-eighth: „Eine Nacht im Doppelzimmer“ none). None: „im
  vergangenen Jahr“, „im Jahr davor“, „im Vorjahr“, „im Vorjahreszeitraum“, „im
  Vorjahresmonat“, „im Vorwinter“, „heuer“, „in diesem Jahr“, „in dieser Saison“, „Seit
  dieser Saison“, „seit Jahren“, „ein Jahr zuvor“, „vor einem Jahr“, „im Jänner und
  Februar“, „bis Mitte März“, „vor Ende Februar“, „Bis Ende Oktober“, „von Mai bis
  September“, „Von Januar bis Oktober“, „bis Anfang Dezember“, „bis Jahresende“, „für das
  Gesamtjahr“, „im Sommer“, „im vergangenen Sommer“, „an Spitzentagen“, „Für die
  Anlauftage“, „während der Festspiele“, „Für die Festtage“, „für eine Woche“, „pro Nacht“,
  „pro Person“, „pro Person und Nacht“, „bis dahin“, "last year", "the year before", "a year
  earlier", "a year ago", "the previous year", "this year", "from next year", "the full
  year", "full-year", "this fall", "last summer", "over the summer", "the peak months", "in
  July and August", "a night", "a year", "per person per day", "per person per night", "per
  person a day", "on Saturday", "between Friday and Boxing Day", "Christmas Eve", "over
  Christmas and New Year", "in the months ahead", "at the same point last year", "during the
  year", weekdays, months and the clock („um 3.30 Uhr“).
- Money in the currency written (every batch): EUR („rund 36,5 Milliarden Euro“ "about",
  "104.60 euros" as revenue per available room (three-hundred-and-sixty-sixth), "topped 29
  billion euros" with no hedge ("topped" a verb), „1.380 Euro pro Person“, „zwischen 72 und
  81,50 Euro“ both with no hedge, "to 8 euros a night", "at 4 euros, ... 2 euros each",
  "about 182 million euros", "an extra 45 million euros a year" ("an extra" no hedge), „318
  Euro pro Nacht“, „teils mehr als 600 Euro“ "over" („teils“ no hedge), „von 2,60 auf 3,40
  Euro pro Person und Nacht“ both, „139 Euro pro Nacht, 6 Euro mehr“, „rund 71 Millionen
  Euro“, „von 2.300 Euro brutto“, „im Schnitt 38 Euro“, „76,80 Euro“, „mit 84 Euro, ... 421
  Euro“, „auf mehr als 5.200 Euro“ "over", „rund 1,1 Milliarden Euro“ "about"), CHF („262
  Franken pro Nacht“, „8 Franken pro Person“, „von 20 auf 35 Franken“, „von 39 bis 119
  Franken“ both, „rund 140 Millionen Franken“ "about"; francs in a Swiss story,
  eighty-eighth), USD ("about $21.8 billion", "an average of $262" with no hedge, "$418",
  "$212.40", "$44.6 billion", "$7.2 billion, above analysts' average estimate of $7.05
  billion" ("average" no hedge), "$1,249 ..., up from $1,162"), GBP ("a record £34.8
  billion", "at £827", "£9.4 million", "£1.40 ..., 80p" 1.4 and 0.8 - pence are GBP
  hundredths, three-hundred-and-sixty-sixth), JPY ("80,000 yen or more a night" with no
  hedge - "or more" after the figure names the band's threshold, forty-seventh and
  four-hundred-and-fifty-first - and "9,000 yen per person"), SGD ("S$23.8 billion", "S$318
  a night"; fortieth: "S$"), IDR ("250,000 rupiah ($15.60)" with the converted USD in
  brackets and no hedge; hundred-thirty-fifth, two-hundred-and-forty-seventh). New: "1,800
  crowns ($13) per person a day from 2,900 crowns" and "about 2.9 billion crowns" are ISK -
  crowns in a story datelined REYKJAVIK name the Icelandic króna, as crowns in a Norwegian
  story are NOK (hundred-thirty-third) and dirhams in an Emirati story AED
  (two-hundred-and-forty-seventh); the converted dollars in brackets are USD. „pro Nacht“,
  „pro Person“, "per person", "a night", "a day", "a year" carry none.
- Years, seasons and dates: seasons give both years („in der Wintersaison 2028/29“, „für den
  Winter 2028/29“, „seit dem Winter 2023/24“; hundred-thirty-third, three-hundred-and-sixth)
  and so does "the 2027-28 season" (thirty-fifth, four-hundred-and-sixty-fourth); „im Jahr
  2027“, „2027“, „Gegenüber 2026“, „als 2026“, „dem bisherigen Rekordjahr 2026“, „als 2027“,
  „im April 2019“ and „im Sommer 2019“ the year only (three-hundred-and-ninety-eighth: „im
  Rekordjahr 2024“), „seit 2022“, "in 2027", "than in 2026", "on 2026", "their 2019 level",
  "its 2019 level", "in 2028", "of 2028", "by 2032", "until the end of 2030", "ahead of
  2027", "in 2026", "by 2030", "lower than in 2027". Full date: „mit 1. Jänner 2029“
  2029-01-01 (three-hundred-and-sixth: „mit 1. Juli 2025“). Dates without a year: „am 8.
  April“ --04-08, „ab dem 1. Mai“ --05-01, „ab dem 3. Juni“ --06-03, "Since Jan. 1" --01-01,
  "to Sept. 30" --09-30, "On its busiest day, Jan. 14," --01-14
  (three-hundred-and-sixty-sixth: "on its busiest day, June 27"), "between Dec. 22 and
  Christmas Eve" --12-22; Reuters datelines with a day ("LISBON, Jan 26 (Reuters)" --01-26,
  "TOKYO, March 16 (Reuters)" --03-16, "PALMA, Spain, April 4 (Reuters)" --04-04 and
  "DENPASAR, Indonesia, Aug 15 (Reuters)" --08-15 with the country between city and day -
  two-hundred-and-forty-fourth -, "REYKJAVIK, May 18 (Reuters)" --05-18, "SINGAPORE, Oct 24
  (Reuters)" --10-24, "NEW YORK, Nov 2 (Reuters)" --11-02; three-hundred-and-ninety-eighth);
  APA ("Wien (APA) -", "Innsbruck (APA) -", "Salzburg (APA) -"), dpa ("Wiesbaden (dpa) -",
  "Berlin (dpa) -", "Frankfurt/Main (dpa) -", "München (dpa/lby) -", "Rostock (dpa/mv) -",
  "Berlin (dpa/bb) -"), Keystone-SDA ("Neuenburg", "Kandersteg BE" - the canton letters none
  -, "Kloten", "Bern"), AP ("HONOLULU (AP) —", "LAS VEGAS (AP) —", "DENVER (AP) —", "MIAMI
  (AP) —") and PA ("LONDON (PA) -", "CARDIFF (PA) -") datelines none (seventy-ninth).
- Identifiers carry none (forty-sixth, two-hundred-and-forty-seventh,
  four-hundred-and-twenty-fourth): "QR-Code", "ITB", "City-Tax". New: „an den Liegeplätzen
  P7 und P8“ carry none - a berth's designator names a place at the quay as the runways
  „16/34“ and „11/29“ (four-hundred-and-twenty-fourth) and "Terminal 2"
  (two-hundred-and-forty-seventh) name theirs, and the row counts only its 2,500 passengers.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "around", "Some" "about"; „knapp“, „Knapp“, „fast“, "nearly" "nearly"; „gut“, „mehr als“,
  „über“ right before a figure, "more than" "over"; „unter“, "below", "fewer than", "less
  than" "under"; „bis zu“, "up to" "up_to"; „höchstens“ "at_most"; "at least" "at_least". No
  hedge: „zusammen“, „insgesamt“, „Allein“, „jeweils“, „teils“, „im Schnitt“,
  „durchschnittlich“, „bisherigen“, „zwischen“, „von ... bis“, „bis“ in a range, "between",
  "an average of", "averaged", "average", "a record", "an extra", "still", "Only", "alone",
  "topped", "topping", „oder mehr“ and "or more" after a figure, "over" before a span,
  „über“ after a figure, and „mehr“, „weniger“, "more" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „wie die Statistik
  Austria am Donnerstag mitteilte“ -> "die Statistik Austria" (three-hundred-and-sixth,
  three-hundred-and-ninety-eighth), „teilte das Statistische Bundesamt in Wiesbaden am
  Dienstag mit“ -> "das Statistische Bundesamt" (the place and the weekday dropped,
  three-hundred-and-sixty-sixth: „wie der Konzern am Mittwochabend in Toulouse mitteilte“),
  „wie das Bundesamt für Statistik (BFS) mitteilte“ -> "das Bundesamt für Statistik" (the
  abbreviation in brackets dropped, two-hundred-and-forty-seventh), „Laut Statistik Austria“
  -> "Statistik Austria" as written (hundred-fifty-seventh, hundred-sixty-fourth); „X sagte,
  ...“ with the title dropped („Tourismusstaatssekretärin Hemma Pöltl-Wagrain“,
  „Dehoga-Präsidentin Annegret Vollrath-Kies“, „Hotelleriesuisse-Präsidentin Corinne
  Gadient-Rüegg“, „DRV-Präsident Torben Hallgarth“, „Tirol-Werbung-Geschäftsführerin Verena
  Stubenvoll“, „Gemeindepräsident Urs Ammeter-Zurbrügg“, „Flughafenchefin Marlene
  Obermaier-Thiel“, „Tourismusdirektor Leopold Brandstätter-Moos“, „Visit-Berlin-Chef
  Konstantin Rehberg-Adam“, „Schweiz-Tourismus-Direktorin Nadja Gysin-Brunold“,
  „ÖHV-Präsidentin Sieglinde Aufschnaiter“, „Fraport-Vorständin Sabine Kettler-Roos“,
  „Fachverbandsobmann Gerald Fankhauser-Zangerl“, „Verbandsdirektor Beat
  Zumtaugwald-Imboden“; hundred-eightieth, three-hundred-and-ninety-eighth) and „sagte
  Hafenchefin Birte Lüdemann-Kroos“ after a Konjunktiv I fact
  (three-hundred-and-ninety-eighth: „sagte X“). English: "the Office for National Statistics
  said" (three-hundredth, three-hundred-and-ninety-eighth), "the Japan National Tourism
  Organization said on Thursday" with the weekday dropped (three-hundred-and-sixth,
  three-hundred-and-sixty-sixth), the name with the title or role dropped ("Tourism Minister
  Duarte Vilaça-Mendes said", "Hawaii Tourism Authority President Malia Keawe-Torres said" -
  three-hundred-and-sixth: "Ski Utah president Nathan Rasmussen said" -, "VisitBritain chief
  executive Rhiannon Tregarthen said", "Regional Tourism Minister Joan Ferrer-Alomar said",
  "Authority President Dwight Castellanos-Reyes said", "Association President Keith
  Arvidson-Blake said", "Finance Minister Sigrún Hallvarðsdóttir said", "Port chief
  executive Gareth Penhallow-Rees said", "Provincial tourism chief Ketut Arsanadi said",
  "Economy Secretary Gwilym Pryce-Howells said", "Port Director Hydee Alvarado-Strand said",
  "ABTA chief executive Fenella Goodrich-Vane said"; three-hundred-and-sixth,
  three-hundred-and-ninety-eighth), "told reporters" ("Transport and Tourism Minister Kenta
  Ishizuka", "Chief Executive Priscilla Tan-Hartono"; two-hundred-and-fourth,
  three-hundred-and-sixty-sixth) and "told analysts" ("Chief Executive Lorna
  Whitcombe-Hale"; three-hundred-and-sixth, three-hundred-and-ninety-eighth). Left unchecked
  (None): all negatives, also those with a named speaker; a role („teilte eine
  Flughafensprecherin am Mittwoch mit“; hundred-twenty-fifth) and plural officials ("City
  officials said", "port officials said"; forty-first, three-hundred-and-ninety-eighth);
  documents, data and studies („wie aus Zahlen des Deutschen Reiseverbands ... hervorgeht“,
  „wie aus Verkehrszahlen des Betreibers Fraport hervorgeht“, „wie Zahlen des Verbands
  Seilbahnen Schweiz zeigen“ - four-hundred-and-fifty-first: a document as the subject of
  „zeigt“ -, „Laut einer Umfrage der Hoteliervereinigung unter 410 Mitgliedsbetrieben“ - 410
  with no hedge, „unter“ after „Umfrage“ meaning "among", hundred-sixty-fourth -, „Laut
  einer AK-Erhebung“, „wie eine Erhebung der Arbeiterkammer ergab“, „Gemäss BFS“, "figures
  published by the Welsh Government show", "Cruise Lines International Association figures
  show"; two-hundred-and-forty-seventh, three-hundred-and-ninety-eighth); estimates („Nach
  Berechnungen des ADV“, "The government estimates"; hundred-tenth,
  four-hundred-and-twenty-fourth); „hiess es bei Hotelleriesuisse“
  (four-hundred-and-twentieth: „hieß es bei Verdi“); verbs of counting, expecting,
  demanding, announcing, reporting, predicting and planning („zählte die Gemeinde“, „rechnet
  der Hafen“, „rechnet der Flughafen“, „Der Verband fordert“, „Die Gewerkschaft vida
  fordert“, "the regional government announced on Tuesday", "the provincial government
  announced on Tuesday", "the National Ski Areas Association reported Thursday", "Wayfarer
  Group on Thursday reported", "Heathrow expects", "The board expects", "Eurostar plans",
  "The RAC predicted"; three-hundred-and-sixth: „meldete“, three-hundred-and-sixty-sixth,
  three-hundred-and-ninety-eighth); a description before the name ("travel trade body ABTA
  said"; fortieth, three-hundred-and-ninety-eighth: "port operator ABP said"); every
  "according to" (the National Statistics Institute, figures the state tourism department
  released, the Las Vegas Convention and Visitors Authority, a bill the finance ministry
  sent to parliament, the Icelandic ports association, a provincial audit, the Singapore
  Tourism Board; two-hundred-and-fourth, four-hundred-and-twenty-fourth); and rows without
  attribution. As the three-hundred-and-sixty-sixth and four-hundred-and-twenty-fourth
  batches did, and to keep the checked speakers near 35, several statistics offices and
  firms are given a form left unchecked or no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_469 = [
    # --- Tourismusjahr 2027 nach Herkunftsmärkten (APA), Donnerstag, 20. Jänner 2028 ---
    (
        "de",
        "Wien (APA) - Österreichs Beherbergungsbetriebe haben im Jahr 2027 knapp 162,3 Millionen Nächtigungen verbucht und damit einen neuen Höchstwert erreicht, wie die Statistik Austria am Donnerstag mitteilte.",
        True,
        [("year", 2027, None, None), ("count", 162300000, None, "nearly")],
        "die Statistik Austria",
    ),
    (
        "de",
        "Gegenüber 2026 bedeutet das ein Plus von 1,4 Prozent, die Zahl der Ankünfte stieg um 2,2 Prozent auf 49,6 Millionen.",
        True,
        [
            ("year", 2026, None, None),
            ("percent", 1.4, "%", None),
            ("percent", 2.2, "%", None),
            ("count", 49600000, None, None),
        ],
        None,
    ),
    (
        "de",
        "Auf Gäste aus dem Inland entfielen rund 41,8 Millionen Nächtigungen, gut ein Viertel des Gesamtvolumens.",
        True,
        [("count", 41800000, None, "about"), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Aus Deutschland kamen 60,4 Millionen Nächtigungen, ein leichtes Minus von 0,6 Prozent, die Niederlande rückten mit 11,9 Millionen auf Platz drei vor.",
        True,
        [
            ("count", 60400000, None, None),
            ("percent", 0.6, "%", None),
            ("count", 11900000, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Am stärksten wuchs der Markt USA mit einem Plus von 11,2 Prozent auf erstmals mehr als 1,9 Millionen Nächtigungen.",
        True,
        [("percent", 11.2, "%", None), ("count", 1900000, None, "over")],
        None,
    ),
    (
        "de",
        "Stärkster Monat war der August mit 17,6 Millionen Nächtigungen, am schwächsten fiel mit knapp 4,2 Millionen der November aus.",
        True,
        [("count", 17600000, None, None), ("count", 4200000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Tourismusstaatssekretärin Hemma Pöltl-Wagrain sagte, die Branche habe 2027 Einnahmen von rund 36,5 Milliarden Euro erzielt.",
        True,
        [("year", 2027, None, None), ("money", 36500000000, "EUR", "about")],
        "Hemma Pöltl-Wagrain",
    ),
    (
        "de",
        "„Österreich hat sich im Wettbewerb der Alpenländer erneut als Qualitätsdestination behauptet“, sagte Pöltl-Wagrain.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hoteliervereinigung warnte, die Erträge der Betriebe hielten mit den Nächtigungen längst nicht Schritt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut einer Umfrage der Hoteliervereinigung unter 410 Mitgliedsbetrieben sank die Umsatzrendite im Schnitt um 2,3 Prozentpunkte.",
        True,
        [("count", 410, None, None), ("percent", 2.3, "pp", None)],
        None,
    ),
    # --- Portugal's record tourism year (Reuters), Wednesday, Jan 26, 2028 ---
    (
        "en",
        "LISBON, Jan 26 (Reuters) - Portugal's hotels and other tourist lodgings hosted a record 33.4 million guests in 2027, up 4.1% from the year before, according to the National Statistics Institute (INE).",
        True,
        [
            ("date", "--01-26", None, None),
            ("count", 33400000, None, None),
            ("year", 2027, None, None),
            ("percent", 4.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Overnight stays rose 3.2% to 84.7 million, with guests living abroad accounting for nearly 70% of them.",
        True,
        [("percent", 3.2, "%", None), ("count", 84700000, None, None), ("percent", 70, "%", "nearly")],
        None,
    ),
    (
        "en",
        "Britain remained the biggest source market with 11.3 million overnight stays, ahead of Germany with 7.9 million and Spain with 6.6 million.",
        True,
        [("count", 11300000, None, None), ("count", 7900000, None, None), ("count", 6600000, None, None)],
        None,
    ),
    (
        "en",
        "Stays by U.S. residents jumped 12.5%, the strongest growth among the country's 10 main markets.",
        True,
        [("percent", 12.5, "%", None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Revenue per available room in the Lisbon region climbed to 104.60 euros, while occupancy in the Algarve averaged 61.8%.",
        True,
        [("money", 104.6, "EUR", None), ("percent", 61.8, "%", None)],
        None,
    ),
    (
        "en",
        "Tourism Minister Duarte Vilaça-Mendes said tourism exports had topped 29 billion euros for the first time.",
        True,
        [("money", 29000000000, "EUR", None), ("ordinal", 1, None, None)],
        "Duarte Vilaça-Mendes",
    ),
    (
        "en",
        '"Portugal is no longer a secret, and we do not want it to become a theme park either," Vilaça-Mendes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents' associations in the Alfama district complained that holiday lets were hollowing out the old town.",
        False,
        [],
        None,
    ),
    (
        "en",
        "City officials said no new short-term rental licences would be issued in 14 parishes until the end of 2030.",
        True,
        [("count", 14, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Übernachtungen in Deutschland 2027 (dpa), Dienstag, 8. Februar 2028 ---
    (
        "de",
        "Wiesbaden (dpa) - Gastgeber zwischen Sylt und Garmisch haben 2027 zusammen 504,2 Millionen Übernachtungen verbucht, teilte das Statistische Bundesamt in Wiesbaden am Dienstag mit.",
        True,
        [("year", 2027, None, None), ("count", 504200000, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Das waren 0,9 Prozent mehr als 2026 und so viele wie nie zuvor.",
        True,
        [("percent", 0.9, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Auf Gäste aus dem Ausland entfielen 87,1 Millionen Übernachtungen, ein Zuwachs um 2,4 Prozent.",
        True,
        [("count", 87100000, None, None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Wichtigstes Herkunftsland blieben die Niederlande mit 11,6 Millionen Übernachtungen vor der Schweiz mit 6,8 Millionen und den USA mit 6,1 Millionen.",
        True,
        [("count", 11600000, None, None), ("count", 6800000, None, None), ("count", 6100000, None, None)],
        None,
    ),
    (
        "de",
        "Einen Rückgang verzeichnete nur Mecklenburg-Vorpommern, wo weniger Urlauber an die Ostsee kamen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf Campingplätzen wurden knapp 43 Millionen Übernachtungen gezählt, fast jede zwölfte Übernachtung insgesamt.",
        True,
        [("count", 43000000, None, "nearly"), ("fraction", 0.0833, None, "nearly")],
        None,
    ),
    (
        "de",
        "Dehoga-Präsidentin Annegret Vollrath-Kies sagte, gut jeder dritte Betrieb habe 2027 weniger verdient als im Jahr davor.",
        True,
        [("fraction", 0.3333, None, "over"), ("year", 2027, None, None)],
        "Annegret Vollrath-Kies",
    ),
    (
        "de",
        "„Volle Parkplätze vor dem Hotel heißen noch lange nicht, dass die Rechnung aufgeht“, sagte Vollrath-Kies.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband fordert, die Bettensteuer in allen Städten abzuschaffen.",
        True,
        [],
        None,
    ),
    # --- Hawaii's visitor year (AP), Tuesday, Feb. 15, 2028 ---
    (
        "en",
        "HONOLULU (AP) — Hawaii welcomed about 9.9 million visitors last year, roughly 2% more than in 2026, according to figures the state tourism department released Tuesday.",
        True,
        [("count", 9900000, None, "about"), ("percent", 2, "%", "about"), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Visitors spent about $21.8 billion in the islands, or an average of $262 per person per day.",
        True,
        [("money", 21800000000, "USD", "about"), ("money", 262, "USD", None)],
        None,
    ),
    (
        "en",
        "Visitors from Japan numbered about 770,000, still well short of their level before the pandemic.",
        True,
        [("count", 770000, None, "about")],
        None,
    ),
    (
        "en",
        "Arrivals on Maui reached 2.7 million, still about 8% below their 2019 level.",
        True,
        [("count", 2700000, None, None), ("percent", 8, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The average daily room rate at Hawaii hotels climbed to $418, and occupancy averaged 77.3%.",
        True,
        [("money", 418, "USD", None), ("percent", 77.3, "%", None)],
        None,
    ),
    (
        "en",
        "Since Jan. 1, the state's transient accommodations tax has stood at 11.5%, including a climate surcharge of 1.25 percentage points.",
        True,
        [("date", "--01-01", None, None), ("percent", 11.5, "%", None), ("percent", 1.25, "pp", None)],
        None,
    ),
    (
        "en",
        "Hawaii Tourism Authority President Malia Keawe-Torres said the state wanted to keep annual arrivals below 10.5 million while raising what each visitor spends.",
        True,
        [("count", 10500000, None, "under")],
        "Malia Keawe-Torres",
    ),
    (
        "en",
        '"We would rather welcome fewer visitors who care about these islands than more who don\'t," Keawe-Torres said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some residents on Maui said they felt crowded off their own beaches again.",
        False,
        [],
        None,
    ),
    # --- Logiernächte 2027 (Keystone-SDA), Donnerstag, 17. Februar 2028 ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Schweizer Hotelbetriebe kamen im Jahr 2027 auf insgesamt 43,2 Millionen Logiernächte, wie das Bundesamt für Statistik (BFS) mitteilte.",
        True,
        [("year", 2027, None, None), ("count", 43200000, None, None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Das entspricht einem Plus von 1,1 Prozent gegenüber dem bisherigen Rekordjahr 2026.",
        True,
        [("percent", 1.1, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Auf ausländische Gäste entfielen 23'940'000 Logiernächte, auf Gäste aus dem Inland 19'260'000.",
        True,
        [("count", 23940000, None, None), ("count", 19260000, None, None)],
        None,
    ),
    (
        "de",
        "Aus den USA wurden 2'870'000 Logiernächte gezählt, 6,3 Prozent mehr, aus China gut 1,1 Millionen.",
        True,
        [("count", 2870000, None, None), ("percent", 6.3, "%", None), ("count", 1100000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Nettozimmerauslastung stieg auf 58,9 Prozent, 0,8 Prozentpunkte mehr als im Vorjahr.",
        True,
        [("percent", 58.9, "%", None), ("percent", 0.8, "pp", None)],
        None,
    ),
    (
        "de",
        "In den Städten lag sie bei über 71 Prozent, im alpinen Raum bei 49,4 Prozent.",
        True,
        [("percent", 71, "%", "over"), ("percent", 49.4, "%", None)],
        None,
    ),
    (
        "de",
        "Hotelleriesuisse-Präsidentin Corinne Gadient-Rüegg sagte, die Zimmerpreise seien im Schnitt um 3,4 Prozent gestiegen und lägen nun bei 262 Franken pro Nacht.",
        True,
        [("percent", 3.4, "%", None), ("money", 262, "CHF", None)],
        "Corinne Gadient-Rüegg",
    ),
    (
        "de",
        "«Wer bei uns übernachtet, kauft Erlebnisse und keine Betten», sagte Gadient-Rüegg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kleinere Hotels in den Bergregionen klagen über den starken Franken und fehlende Fachkräfte.",
        False,
        [],
        None,
    ),
    # --- Visits to the UK in 2027 (PA), Tuesday, Feb 22, 2028 ---
    (
        "en",
        "LONDON (PA) - Overseas residents made 42.1 million visits to the UK in 2027, an increase of 3% on 2026, the Office for National Statistics said.",
        True,
        [
            ("count", 42100000, None, None),
            ("year", 2027, None, None),
            ("percent", 3, "%", None),
            ("year", 2026, None, None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "They spent a record £34.8 billion, although spending per visit, at £827, remained below its 2019 level once inflation is taken into account.",
        True,
        [("money", 34800000000, "GBP", None), ("money", 827, "GBP", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Visits from the United States rose to 5.6 million, while those from France slipped to 3.4 million.",
        True,
        [("count", 5600000, None, None), ("count", 3400000, None, None)],
        None,
    ),
    (
        "en",
        "UK residents made 94.2 million trips abroad, with Spain again the most popular destination.",
        True,
        [("count", 94200000, None, None)],
        None,
    ),
    (
        "en",
        "VisitBritain chief executive Rhiannon Tregarthen said the agency expected 43.7 million inbound visits in 2028.",
        True,
        [("count", 43700000, None, None), ("year", 2028, None, None)],
        "Rhiannon Tregarthen",
    ),
    (
        "en",
        '"Our welcome is warm, but our paperwork is not," Tregarthen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Travel industry groups have long complained that the extra paperwork puts off day-trippers from the Continent.",
        False,
        [],
        None,
    ),
    # --- Sommerbuchungen zum Auftakt der ITB (dpa), Dienstag, 7. März 2028 ---
    (
        "de",
        "Berlin (dpa) - Die Deutschen haben für den Sommer bisher rund 6 Prozent mehr Pauschalreisen gebucht als vor einem Jahr, wie aus Zahlen des Deutschen Reiseverbands zum Auftakt der ITB hervorgeht.",
        True,
        [("percent", 6, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Umsatz der Veranstalter lag mit den bisherigen Buchungen um 9 Prozent über dem Vorjahreswert.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Beliebtestes Ziel bleibt Spanien vor der Türkei und Griechenland, Buchungen für Ägypten legten um fast ein Drittel zu.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ein einwöchiger Pauschalurlaub kostet im Schnitt 1.380 Euro pro Person und damit 4 Prozent mehr als 2027.",
        True,
        [
            ("duration", 1, "week", None),
            ("money", 1380, "EUR", None),
            ("percent", 4, "%", None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "de",
        "DRV-Präsident Torben Hallgarth sagte, knapp 58 Prozent der Sommerbuchungen seien bereits vor Ende Februar eingegangen.",
        True,
        [("percent", 58, "%", "nearly")],
        "Torben Hallgarth",
    ),
    (
        "de",
        "„Der Sommerurlaub gehört für viele Familien inzwischen zum Grundbedarf“, sagte Hallgarth.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf der Messe zeigen in diesem Jahr rund 5.400 Aussteller aus 165 Ländern ihre Angebote.",
        True,
        [("count", 5400, None, "about"), ("count", 165, None, None)],
        None,
    ),
    (
        "de",
        "Ob die gestiegenen Flugpreise die Nachfrage im Spätsommer bremsen, ließ der Verband offen.",
        False,
        [],
        None,
    ),
    # --- Japan's February arrivals and Kyoto's lodging tax (Reuters), Thursday, March 16, 2028 ---
    (
        "en",
        "TOKYO, March 16 (Reuters) - Japan drew 3.71 million foreign visitors in February, up 9.4% from a year earlier and a record for the month, the Japan National Tourism Organization said on Thursday.",
        True,
        [("date", "--03-16", None, None), ("count", 3710000, None, None), ("percent", 9.4, "%", None)],
        "the Japan National Tourism Organization",
    ),
    (
        "en",
        "Visitors from South Korea led with 1.02 million, followed by China with 810,000 and Taiwan with 560,000.",
        True,
        [("count", 1020000, None, None), ("count", 810000, None, None), ("count", 560000, None, None)],
        None,
    ),
    (
        "en",
        "Arrivals in the first two months of 2028 totalled 7.6 million.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 2, "month", None),
            ("year", 2028, None, None),
            ("count", 7600000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Kyoto raised its accommodation tax in March, and guests in rooms costing 80,000 yen or more a night now pay 9,000 yen per person.",
        True,
        [("money", 80000, "JPY", None), ("money", 9000, "JPY", None)],
        None,
    ),
    (
        "en",
        "The tax is collected by hotels and ryokan at check-in and goes into the city's tourism budget.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Transport and Tourism Minister Kenta Ishizuka told reporters the government was sticking to its target of 70 million visitors a year by 2032.",
        True,
        [("count", 70000000, None, None), ("year", 2032, None, None)],
        "Kenta Ishizuka",
    ),
    (
        "en",
        '"We want travellers to discover the regions, not only the famous postcards," Ishizuka said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shopkeepers in Kyoto's Higashiyama district said they felt torn between the extra business and the crowds.",
        False,
        [],
        None,
    ),
    # --- Tiroler Winterbilanz (APA), Donnerstag, 23. März 2028 ---
    (
        "de",
        "Innsbruck (APA) - Tirols Beherbergungsbetriebe haben im Jänner und Februar zusammen 18,4 Millionen Nächtigungen verbucht, um 2,9 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 18400000, None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus den vorläufigen Zahlen der Landesstatistik hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Allein im Februar kamen 10,2 Millionen Nächtigungen zusammen, gut zwei Drittel davon von Gästen aus Deutschland und den Niederlanden.",
        True,
        [("count", 10200000, None, None), ("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Die Seilbahnen zählten bis Mitte März rund 22,6 Millionen Ersteintritte, 1,3 Prozent weniger als im schneereichen Vorwinter.",
        True,
        [("count", 22600000, None, "about"), ("percent", 1.3, "%", None)],
        None,
    ),
    (
        "de",
        "Tirol-Werbung-Geschäftsführerin Verena Stubenvoll sagte, die Osterferien begännen heuer erst am 8. April, was die Saison verlängere.",
        True,
        [("date", "--04-08", None, None)],
        "Verena Stubenvoll",
    ),
    (
        "de",
        "„Der Winter hat gezeigt, dass auf Tirol auch bei mäßigem Schnee Verlass ist“, sagte Stubenvoll.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Tagesskipass kostete in den großen Skigebieten heuer zwischen 72 und 81,50 Euro.",
        True,
        [("money", 72, "EUR", None), ("money", 81.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer bezeichnete die Preise als „Eintrittskarte für Besserverdienende“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut einer AK-Erhebung stiegen die Preise für den Sechstagesskipass seit dem Winter 2023/24 um durchschnittlich 19 Prozent.",
        True,
        [
            ("duration", 6, "day", None),
            ("year", 2023, None, None),
            ("year", 2024, None, None),
            ("percent", 19, "%", None),
        ],
        None,
    ),
    # --- The Balearic tourist tax (Reuters), Tuesday, April 4, 2028 ---
    (
        "en",
        "PALMA, Spain, April 4 (Reuters) - The Balearic Islands will double their sustainable tourism tax for guests in four- and five-star hotels to 8 euros a night in July and August, the regional government announced on Tuesday.",
        True,
        [
            ("date", "--04-04", None, None),
            ("count", 4, None, None),
            ("count", 5, None, None),
            ("money", 8, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Outside the peak months the rate for those hotels stays at 4 euros, and cruise passengers who stop over for less than 12 hours will pay 2 euros each.",
        True,
        [("money", 4, "EUR", None), ("duration", 12, "hour", "under"), ("money", 2, "EUR", None)],
        None,
    ),
    (
        "en",
        "The islands received 18.1 million foreign tourists in 2027, about a fifth of all international arrivals in Spain.",
        True,
        [("count", 18100000, None, None), ("year", 2027, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "The tax brought in about 182 million euros last year.",
        True,
        [("money", 182000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Regional Tourism Minister Joan Ferrer-Alomar said the higher summer rate would raise an extra 45 million euros a year for water treatment and housing for seasonal workers.",
        True,
        [("money", 45000000, "EUR", None)],
        "Joan Ferrer-Alomar",
    ),
    (
        "en",
        '"Mallorca cannot be a paradise for visitors and a waiting room for the people who live here," Ferrer-Alomar said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hoteliers warned the increase would push families towards holiday flats that escape the tax.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The government estimates that about 40,000 unlicensed holiday beds are advertised online across the islands.",
        True,
        [("count", 40000, None, "about")],
        None,
    ),
    # --- Zeitfenster am Oeschinensee (Keystone-SDA), Donnerstag, 20. April 2028 ---
    (
        "de",
        "Kandersteg BE (Keystone-SDA) - Wer im Sommer an den Oeschinensee will, muss künftig ein Zeitfenster reservieren: Die Gemeinde begrenzt die Zahl der Tagesgäste an Spitzentagen auf höchstens 6000.",
        True,
        [("count", 6000, None, "at_most")],
        None,
    ),
    (
        "de",
        "Der Eintritt ins Gebiet kostet neu 8 Franken pro Person, Kinder unter 16 Jahren sind befreit.",
        True,
        [("money", 8, "CHF", None), ("duration", 16, "year", "under")],
        None,
    ),
    (
        "de",
        "Die Zeitfenster dauern jeweils zwei Stunden und können ab dem 1. Mai gebucht werden.",
        True,
        [("duration", 2, "hour", None), ("date", "--05-01", None, None)],
        None,
    ),
    (
        "de",
        "An Spitzentagen zählte die Gemeinde im vergangenen Sommer bis zu 11'500 Besucherinnen und Besucher bei rund 1300 Einwohnern.",
        True,
        [("count", 11500, None, "up_to"), ("count", 1300, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Drehkreuz wird nicht aufgestellt, kontrolliert wird per QR-Code an der Talstation.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gemeindepräsident Urs Ammeter-Zurbrügg sagte, die Tagesgebühr für den Parkplatz im Tal steige zudem von 20 auf 35 Franken.",
        True,
        [("money", 20, "CHF", None), ("money", 35, "CHF", None)],
        "Urs Ammeter-Zurbrügg",
    ),
    (
        "de",
        "«Wir wollen den See nicht verkaufen, sondern schützen», sagte Ammeter-Zurbrügg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Einheimische beklagen seit Jahren verstopfte Strassen und zugeparkte Wiesen im Tal.",
        False,
        [],
        None,
    ),
    # --- Las Vegas in March (AP), Thursday, April 27, 2028 ---
    (
        "en",
        "LAS VEGAS (AP) — Las Vegas drew about 3.5 million visitors in March, 4.2% more than a year earlier, according to the Las Vegas Convention and Visitors Authority.",
        True,
        [("count", 3500000, None, "about"), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "Hotel occupancy across the city rose to 84.6%, with Strip properties at 87.9% and weekend occupancy topping 94%.",
        True,
        [("percent", 84.6, "%", None), ("percent", 87.9, "%", None), ("percent", 94, "%", None)],
        None,
    ),
    (
        "en",
        "The average daily room rate climbed 5% to $212.40.",
        True,
        [("percent", 5, "%", None), ("money", 212.4, "USD", None)],
        None,
    ),
    (
        "en",
        "Convention attendance reached nearly 680,000, helped by two large trade shows.",
        True,
        [("count", 680000, None, "nearly"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Passenger traffic at Harry Reid International Airport dipped 1.1% to 4.6 million.",
        True,
        [("percent", 1.1, "%", None), ("count", 4600000, None, None)],
        None,
    ),
    (
        "en",
        "Authority President Dwight Castellanos-Reyes said visitation in the first quarter was running about 3% ahead of 2027.",
        True,
        [("ordinal", 1, None, None), ("percent", 3, "%", "about"), ("year", 2027, None, None)],
        "Dwight Castellanos-Reyes",
    ),
    (
        "en",
        '"People come here to feel like the rules of everyday life are on pause for a while," Castellanos-Reyes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether resort fees and parking charges were starting to drive budget travelers away.",
        False,
        [],
        None,
    ),
    # --- The U.S. ski season (AP), Thursday, May 4, 2028 ---
    (
        "en",
        "DENVER (AP) — U.S. ski areas recorded 59.3 million skier visits in the 2027-28 season, the third-busiest on record, the National Ski Areas Association reported Thursday.",
        True,
        [
            ("count", 59300000, None, None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Resorts in the Rocky Mountain region logged 22.8 million visits, more than a third of the total.",
        True,
        [("count", 22800000, None, None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "The Northeast counted 12.1 million visits despite a January thaw that closed some trails for nearly two weeks.",
        True,
        [("count", 12100000, None, None), ("duration", 2, "week", "nearly")],
        None,
    ),
    (
        "en",
        "The average resort was open for 127 days, four days longer than the 10-season average.",
        True,
        [("duration", 127, "day", None), ("duration", 4, "day", None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Association President Keith Arvidson-Blake said season pass holders accounted for about 56% of all visits.",
        True,
        [("percent", 56, "%", "about")],
        "Keith Arvidson-Blake",
    ),
    (
        "en",
        '"Skiing is not dying, it is changing who shows up and how often," Arvidson-Blake said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Critics say the rise of multi-resort passes has crowded the biggest mountains while smaller hills struggle.",
        False,
        [],
        None,
    ),
    # --- Flughafen München im April (dpa/lby), Mittwoch, 10. Mai 2028 ---
    (
        "de",
        "München (dpa/lby) - Über den Münchner Flughafen sind im April rund 3,8 Millionen Passagiere gereist, teilte eine Flughafensprecherin am Mittwoch mit.",
        True,
        [("count", 3800000, None, "about")],
        None,
    ),
    (
        "de",
        "Das waren 6,8 Prozent mehr als im Vorjahresmonat, aber noch knapp 9 Prozent weniger als im April 2019.",
        True,
        [("percent", 6.8, "%", None), ("percent", 9, "%", "nearly"), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Die Flugbewegungen nahmen um 4,1 Prozent auf 30.870 zu.",
        True,
        [("percent", 4.1, "%", None), ("count", 30870, None, None)],
        None,
    ),
    (
        "de",
        "In den ersten vier Monaten des Jahres fertigte der Airport insgesamt 13,1 Millionen Fluggäste ab.",
        True,
        [("ordinal", 1, None, None), ("duration", 4, "month", None), ("count", 13100000, None, None)],
        None,
    ),
    (
        "de",
        "Für die zweiwöchigen Pfingstferien ab dem 3. Juni rechnet der Flughafen an Spitzentagen mit bis zu 145.000 Passagieren.",
        True,
        [("duration", 2, "week", None), ("date", "--06-03", None, None), ("count", 145000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Flughafenchefin Marlene Obermaier-Thiel sagte, die Sicherheitskontrollen würden bis dahin mit zwölf neuen Scannern auf 64 Spuren ausgestattet.",
        True,
        [("count", 12, None, None), ("count", 64, None, None)],
        "Marlene Obermaier-Thiel",
    ),
    (
        "de",
        "„München ist Bayerns Tor zur Welt, und dieses Tor muss sich schneller öffnen“, sagte Obermaier-Thiel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An Spitzentagen öffnen die Sicherheitskontrollen bereits um 3.30 Uhr.",
        True,
        [],
        None,
    ),
    # --- Iceland's cruise passenger fee (Reuters), Thursday, May 18, 2028 ---
    (
        "en",
        "REYKJAVIK, May 18 (Reuters) - Iceland will cut its infrastructure fee on cruise passengers to 1,800 crowns ($13) per person a day from 2,900 crowns, according to a bill the finance ministry sent to parliament on Thursday.",
        True,
        [
            ("date", "--05-18", None, None),
            ("money", 1800, "ISK", None),
            ("money", 13, "USD", None),
            ("money", 2900, "ISK", None),
        ],
        None,
    ),
    (
        "en",
        "Cruise calls at Icelandic ports are expected to fall to about 210 this year from 298 in 2026, according to the Icelandic ports association.",
        True,
        [("count", 210, None, "about"), ("count", 298, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The number of cruise passengers landing in Reykjavik fell 23% last year to roughly 231,000.",
        True,
        [("percent", 23, "%", None), ("count", 231000, None, "about")],
        None,
    ),
    (
        "en",
        "Ships must now submit their passenger lists at least 48 hours before arriving in port.",
        True,
        [("duration", 48, "hour", "at_least")],
        None,
    ),
    (
        "en",
        "Expedition ships carrying fewer than 250 passengers will pay half the standard rate.",
        True,
        [("count", 250, None, "under"), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Finance Minister Sigrún Hallvarðsdóttir said the fee had raised about 2.9 billion crowns in its first full season.",
        True,
        [("money", 2900000000, "ISK", "about"), ("ordinal", 1, None, None)],
        "Sigrún Hallvarðsdóttir",
    ),
    (
        "en",
        '"We want cruise guests, but we will not give our harbours away," Hallvarðsdóttir said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Business owners in Akureyri said they feared another quiet summer on the quays.",
        False,
        [],
        None,
    ),
    # --- Kreuzfahrtsaison in Warnemünde (dpa/mv), Sonntag, 21. Mai 2028 ---
    (
        "de",
        "Rostock (dpa/mv) - In Warnemünde hat am Sonntag mit dem Anlauf der „Baltic Aurelia“ die Kreuzfahrtsaison begonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis Ende Oktober werden 198 Anläufe von 41 Schiffen erwartet, der Hafen rechnet mit rund 710.000 Passagieren.",
        True,
        [("count", 198, None, None), ("count", 41, None, None), ("count", 710000, None, "about")],
        None,
    ),
    (
        "de",
        "Darunter sind etwa 160.000 Wechselpassagiere, die ihre Reise in Rostock beginnen oder beenden.",
        True,
        [("count", 160000, None, "about")],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr waren es 182 Anläufe und knapp 668.000 Passagiere gewesen.",
        True,
        [("count", 182, None, None), ("count", 668000, None, "nearly")],
        None,
    ),
    (
        "de",
        "An 23 Tagen lägen drei oder mehr Schiffe gleichzeitig an den Kais, sagte Hafenchefin Birte Lüdemann-Kroos.",
        True,
        [("duration", 23, "day", None), ("count", 3, None, None)],
        "Birte Lüdemann-Kroos",
    ),
    (
        "de",
        "Seit dieser Saison müssen Schiffe mit mehr als 2.500 Passagieren an den Liegeplätzen P7 und P8 Landstrom beziehen.",
        True,
        [("count", 2500, None, "over")],
        None,
    ),
    (
        "de",
        "„Warnemünde ist für viele Gäste das Schaufenster Deutschlands“, sagte Lüdemann-Kroos.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Umweltverbände kritisieren, dass die Schiffe die Luft im Ostseebad weiter belasten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Anlauftage hat die Stadt am Alten Strom ein Halteverbot für Reisebusse erlassen.",
        True,
        [],
        None,
    ),
    # --- Hotelpreise zu den Festspielen (APA), Donnerstag, 20. Juli 2028 ---
    (
        "de",
        "Salzburg (APA) - Ein Hotelzimmer in der Salzburger Altstadt kostet während der Festspiele im Schnitt 318 Euro pro Nacht und damit gut 40 Prozent mehr als im Juni.",
        True,
        [("money", 318, "EUR", None), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Das zeigt eine Auswertung des Buchungsportals Zimmerwelt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Vier- und Fünf-Sterne-Häusern werden teils mehr als 600 Euro verlangt.",
        True,
        [("count", 4, None, None), ("count", 5, None, None), ("money", 600, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Auslastung der Stadthotels lag im Juli bei 91,3 Prozent, im ersten Halbjahr zählte die Stadt 1,62 Millionen Nächtigungen.",
        True,
        [("percent", 91.3, "%", None), ("ordinal", 1, None, None), ("count", 1620000, None, None)],
        None,
    ),
    (
        "de",
        "Tourismusdirektor Leopold Brandstätter-Moos sagte, die Ortstaxe steige mit 1. Jänner 2029 von 2,60 auf 3,40 Euro pro Person und Nacht.",
        True,
        [("date", "2029-01-01", None, None), ("money", 2.6, "EUR", None), ("money", 3.4, "EUR", None)],
        "Leopold Brandstätter-Moos",
    ),
    (
        "de",
        "„Salzburg im Festspielsommer ist kein Schnäppchen und wird es nie sein“, sagte Brandstätter-Moos.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer warf den Hotels vor, die Festspielzeit schamlos auszunutzen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die letzten beiden Festspielwochen sind noch rund 6 Prozent der Betten frei.",
        True,
        [("percent", 6, "%", "about")],
        None,
    ),
    # --- The summer getaway at Heathrow and Dover (PA), Friday, July 21, 2028 ---
    (
        "en",
        "LONDON (PA) - Heathrow expects a record 250,000 passengers to depart on Saturday as the school summer holidays begin across much of England.",
        True,
        [("count", 250000, None, None)],
        None,
    ),
    (
        "en",
        "The airport handled 8.1 million passengers in June, up 2.7% on the same month last year.",
        True,
        [("count", 8100000, None, None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "en",
        "Over the six-week break, about 13.9 million people are due to pass through its terminals.",
        True,
        [("duration", 6, "week", None), ("count", 13900000, None, "about")],
        None,
    ),
    (
        "en",
        "At the Port of Dover, about 10,500 cars are expected on Saturday alone, with waits at border checks of up to 90 minutes at peak times.",
        True,
        [("count", 10500, None, "about"), ("duration", 90, "minute", "up_to")],
        None,
    ),
    (
        "en",
        "Port chief executive Gareth Penhallow-Rees said 12 extra French border booths had been installed since last summer.",
        True,
        [("count", 12, None, None)],
        "Gareth Penhallow-Rees",
    ),
    (
        "en",
        '"Our advice is simple: pack your patience along with your passport," Penhallow-Rees said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Holidaymaker Jodie Marsland, waiting in the queue at the eastern docks, said the delay was "all part of the adventure."',
        False,
        [],
        None,
    ),
    # --- Berliner Hotels im ersten Halbjahr (dpa/bb), Mittwoch, 9. August 2028 ---
    (
        "de",
        "Berlin (dpa/bb) - Berlins Hotels und Pensionen haben im ersten Halbjahr 14,2 Millionen Übernachtungen gezählt, 1,9 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 14200000, None, None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp 44 Prozent der Übernachtungen entfielen auf Gäste aus dem Ausland, am stärksten vertreten waren Großbritannien, die USA und die Niederlande.",
        True,
        [("percent", 44, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Bettenauslastung lag bei 57,2 Prozent, die Zimmerauslastung bei 73,8 Prozent.",
        True,
        [("percent", 57.2, "%", None), ("percent", 73.8, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Doppelzimmer kostete im Schnitt 139 Euro pro Nacht, 6 Euro mehr als ein Jahr zuvor.",
        True,
        [("money", 139, "EUR", None), ("money", 6, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die City-Tax von 8 Prozent des Übernachtungspreises brachte der Stadt im ersten Halbjahr rund 71 Millionen Euro ein.",
        True,
        [("percent", 8, "%", None), ("ordinal", 1, None, None), ("money", 71000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Visit-Berlin-Chef Konstantin Rehberg-Adam sagte, bis Jahresende dürften es mehr als 29 Millionen Übernachtungen werden.",
        True,
        [("count", 29000000, None, "over")],
        "Konstantin Rehberg-Adam",
    ),
    (
        "de",
        "„Berlin hat Gäste, die wiederkommen, und darauf sind wir stolz“, sagte Rehberg-Adam.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hotelbranche klagt, die City-Tax schrecke vor allem Geschäftsreisende ab.",
        False,
        [],
        None,
    ),
    # --- Bali's tourist levy (Reuters), Tuesday, Aug 15, 2028 ---
    (
        "en",
        "DENPASAR, Indonesia, Aug 15 (Reuters) - Bali will raise its levy on foreign tourists to 250,000 rupiah ($15.60) from next year, the provincial government announced on Tuesday.",
        True,
        [("date", "--08-15", None, None), ("money", 250000, "IDR", None), ("money", 15.6, "USD", None)],
        None,
    ),
    (
        "en",
        "Foreign arrivals on the island rose 7% to 3.4 million in the first half of the year.",
        True,
        [("percent", 7, "%", None), ("count", 3400000, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Australians made up about a quarter of arrivals, followed by visitors from China and India.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Only around 40% of foreign visitors paid the levy last year, according to a provincial audit.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Visitors pay the levy online before arrival or at a counter at the airport.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Provincial tourism chief Ketut Arsanadi said the extra money would pay for waste collection on 12 beaches in the south of the island.",
        True,
        [("count", 12, None, None)],
        "Ketut Arsanadi",
    ),
    (
        "en",
        '"We are asking guests to help care for the island they say they love," Arsanadi said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Surf school owners in Canggu said they doubted the higher levy would deter anyone.",
        False,
        [],
        None,
    ),
    # --- Flughafen Zürich im August, Logiernächte im Juli (Keystone-SDA), Dienstag, 12. September 2028 ---
    (
        "de",
        "Kloten (Keystone-SDA) - Im August zählte man am Flughafen Zürich 3'210'000 Passagiere, 3,6 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 3210000, None, None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen stieg um 1,2 Prozent auf 24'680, die Sitzplatzauslastung lag bei 84,7 Prozent.",
        True,
        [("percent", 1.2, "%", None), ("count", 24680, None, None), ("percent", 84.7, "%", None)],
        None,
    ),
    (
        "de",
        "Gemäss BFS verbuchte die Hotellerie im Juli 5,41 Millionen Logiernächte, knapp drei Fünftel davon von ausländischen Gästen.",
        True,
        [("count", 5410000, None, None), ("fraction", 0.6, None, "nearly")],
        None,
    ),
    (
        "de",
        "Am stärksten legten die Gäste aus den Golfstaaten zu, mit einem Plus von 14 Prozent auf 312'000 Logiernächte.",
        True,
        [("percent", 14, "%", None), ("count", 312000, None, None)],
        None,
    ),
    (
        "de",
        "Schweiz-Tourismus-Direktorin Nadja Gysin-Brunold sagte, für die zweite Saisonhälfte lägen die Buchungen aus Europa um rund 5 Prozent über dem Vorjahr.",
        True,
        [("ordinal", 2, None, None), ("percent", 5, "%", "about")],
        "Nadja Gysin-Brunold",
    ),
    (
        "de",
        "«Die Schweiz muss sich nicht billiger machen, sondern besser erklären», sagte Gysin-Brunold.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Anwohnende in Interlaken klagen über Reisecars, die im Sommer die Höhenmatte umkreisen.",
        False,
        [],
        None,
    ),
    # --- Wales' visitor levy (PA), Thursday, Sept 21, 2028 ---
    (
        "en",
        "CARDIFF (PA) - Wales' new visitor levy raised £9.4 million in its first six months, figures published by the Welsh Government show.",
        True,
        [("money", 9400000, "GBP", None), ("ordinal", 1, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Overnight visitors in hotels, guest houses and self-catering lets pay £1.40 per person per night, while those in hostels and campsites pay 80p.",
        True,
        [("money", 1.4, "GBP", None), ("money", 0.8, "GBP", None)],
        None,
    ),
    (
        "en",
        "So far 14 councils have opted to introduce the levy, among them Cardiff, Gwynedd and Pembrokeshire.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Hotel occupancy in Cardiff averaged 79.5% over the summer, 1.4 percentage points lower than in 2027.",
        True,
        [("percent", 79.5, "%", None), ("percent", 1.4, "pp", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Economy Secretary Gwilym Pryce-Howells said the money would go into footpaths, public toilets and beach cleaning.",
        True,
        [],
        "Gwilym Pryce-Howells",
    ),
    (
        "en",
        '"Visitors tell us they are happy to chip in for the places they love," Pryce-Howells said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Holiday park operators in north Wales said they feared families would cross the border into England instead.",
        False,
        [],
        None,
    ),
    # --- Österreichs Sommersaison (APA), Donnerstag, 19. Oktober 2028 ---
    (
        "de",
        "Wien (APA) - Die heimischen Hotels und Pensionen haben im Sommer von Mai bis September 83,9 Millionen Nächtigungen verbucht, so viele wie nie in einem Sommer.",
        True,
        [("count", 83900000, None, None)],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria entspricht das einem Plus von 2,3 Prozent, die Ankünfte stiegen um 3,1 Prozent auf 25,7 Millionen.",
        True,
        [("percent", 2.3, "%", None), ("percent", 3.1, "%", None), ("count", 25700000, None, None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Der August war mit 21,4 Millionen Nächtigungen der stärkste Monat, im Mai wurden 11,2 Millionen gezählt.",
        True,
        [("count", 21400000, None, None), ("count", 11200000, None, None)],
        None,
    ),
    (
        "de",
        "Wien kam in der Saison auf 8,6 Millionen Nächtigungen, die Zimmerauslastung der Stadthotels lag im Schnitt bei 79 Prozent.",
        True,
        [("count", 8600000, None, None), ("percent", 79, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gäste blieben im Schnitt 3,2 Nächte, im Sommer 2019 waren es noch 3,5 Nächte gewesen.",
        True,
        [("count", 3.2, None, None), ("year", 2019, None, None), ("count", 3.5, None, None)],
        None,
    ),
    (
        "de",
        "ÖHV-Präsidentin Sieglinde Aufschnaiter sagte, fast jeder vierte Betrieb habe im Sommer Zimmer wegen fehlenden Personals nicht vergeben können.",
        True,
        [("fraction", 0.25, None, "nearly")],
        "Sieglinde Aufschnaiter",
    ),
    (
        "de",
        "„Ohne Mitarbeiterinnen und Mitarbeiter gibt es keinen Tourismus, so einfach ist das“, sagte Aufschnaiter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida fordert einen Mindestlohn von 2.300 Euro brutto für alle Beschäftigten der Branche.",
        True,
        [("money", 2300, "EUR", None)],
        None,
    ),
    # --- Singapore's visitors (Reuters), Tuesday, Oct 24, 2028 ---
    (
        "en",
        "SINGAPORE, Oct 24 (Reuters) - Singapore welcomed 12.9 million international visitors over the nine months to September, up 6.1% on a year earlier, according to the Singapore Tourism Board.",
        True,
        [
            ("date", "--10-24", None, None),
            ("count", 12900000, None, None),
            ("duration", 9, "month", None),
            ("percent", 6.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Tourism receipts rose to S$23.8 billion in the period, with spending on accommodation up 9%.",
        True,
        [("money", 23800000000, "SGD", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "China remained the biggest source market with 2.6 million visitors, ahead of Indonesia with 1.9 million.",
        True,
        [("count", 2600000, None, None), ("count", 1900000, None, None)],
        None,
    ),
    (
        "en",
        "Hotel occupancy averaged 82.4% and the average room rate was S$318 a night.",
        True,
        [("percent", 82.4, "%", None), ("money", 318, "SGD", None)],
        None,
    ),
    (
        "en",
        "The board expects between 17 million and 17.5 million arrivals for the full year.",
        True,
        [("count", 17000000, None, None), ("count", 17500000, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Priscilla Tan-Hartono told reporters that three concerts by a single pop star had drawn some 210,000 visitors to the city in March.",
        True,
        [("count", 3, None, None), ("count", 210000, None, "about")],
        "Priscilla Tan-Hartono",
    ),
    (
        "en",
        '"Singapore does not want to be a stopover, we want to be the destination," Tan-Hartono said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said a stronger Singapore dollar could weigh on visitor spending in the months ahead.",
        False,
        [],
        None,
    ),
    # --- An online travel company's quarter (Reuters), Thursday, Nov 2, 2028 ---
    (
        "en",
        "NEW YORK, Nov 2 (Reuters) - Online travel company Wayfarer Group on Thursday reported a 9% rise in room nights booked in the third quarter, as demand for trips to Europe and Japan held up.",
        True,
        [("date", "--11-02", None, None), ("percent", 9, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Room nights rose to 318 million, while gross bookings climbed 11% to $44.6 billion.",
        True,
        [("count", 318000000, None, None), ("percent", 11, "%", None), ("money", 44600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Revenue rose to $7.2 billion, above analysts' average estimate of $7.05 billion.",
        True,
        [("money", 7200000000, "USD", None), ("money", 7050000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The company raised its forecast for full-year growth in room nights to between 7% and 8%.",
        True,
        [("percent", 7, "%", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Lorna Whitcombe-Hale told analysts that bookings for stays in December were about 6% above their level a year ago.",
        True,
        [("percent", 6, "%", "about")],
        "Lorna Whitcombe-Hale",
    ),
    (
        "en",
        '"Travelers have told us loud and clear that the trip is the last thing they will give up," Whitcombe-Hale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares of the company rose 4.6% in extended trading.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    # --- Frankfurter Flughafen im Oktober (dpa), Montag, 13. November 2028 ---
    (
        "de",
        "Frankfurt/Main (dpa) - Rund 5,6 Millionen Passagiere sind im Oktober über den Frankfurter Flughafen gereist, wie aus Verkehrszahlen des Betreibers Fraport hervorgeht.",
        True,
        [("count", 5600000, None, "about")],
        None,
    ),
    (
        "de",
        "Das waren 3,2 Prozent mehr als im Vorjahresmonat, wozu vor allem die Herbstferien in mehreren Bundesländern beitrugen.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen stieg um 1,5 Prozent auf 38.940, das Frachtaufkommen sank um 0,7 Prozent auf 176.300 Tonnen.",
        True,
        [
            ("percent", 1.5, "%", None),
            ("count", 38940, None, None),
            ("percent", 0.7, "%", None),
            ("count", 176300, None, None),
        ],
        None,
    ),
    (
        "de",
        "Von Januar bis Oktober zählte der Flughafen 54,1 Millionen Fluggäste.",
        True,
        [("count", 54100000, None, None)],
        None,
    ),
    (
        "de",
        "Fraport-Vorständin Sabine Kettler-Roos sagte, für das Gesamtjahr werde mit 63 bis 64 Millionen Passagieren gerechnet.",
        True,
        [("count", 63000000, None, None), ("count", 64000000, None, None)],
        "Sabine Kettler-Roos",
    ),
    (
        "de",
        "„Frankfurt ist als Drehkreuz wieder ganz da“, sagte Kettler-Roos.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Flughafenverband ADV kritisierte erneut die hohen staatlichen Standortkosten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des ADV entfallen auf ein Ticket innerhalb Europas im Schnitt 38 Euro an Steuern und Gebühren.",
        True,
        [("money", 38, "EUR", None)],
        None,
    ),
    # --- Skipasspreise im Winter 2028/29 (APA), Mittwoch, 22. November 2028 ---
    (
        "de",
        "Wien (APA) - Skifahren wird in Österreich erneut teurer: Ein Tagesskipass kostet in den 15 größten Skigebieten in der Wintersaison 2028/29 im Schnitt 76,80 Euro.",
        True,
        [
            ("count", 15, None, None),
            ("year", 2028, None, None),
            ("year", 2029, None, None),
            ("money", 76.8, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Preis liegt damit um 4,6 Prozent über dem Vorwinter, wie eine Erhebung der Arbeiterkammer ergab.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Am teuersten ist der Tagesskipass am Arlberg mit 84 Euro, ein Sechstagesskipass kostet dort 421 Euro.",
        True,
        [("money", 84, "EUR", None), ("duration", 6, "day", None), ("money", 421, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für eine vierköpfige Familie summieren sich Skipässe, Unterkunft und Verpflegung für eine Woche auf mehr als 5.200 Euro.",
        True,
        [("count", 4, None, None), ("money", 5200, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Für Kinder unter zehn Jahren bieten neun der 15 Skigebiete Gratis- oder ermäßigte Tickets an.",
        True,
        [("duration", 10, "year", "under"), ("count", 9, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "„Skifahren darf nicht zum Sport für wenige werden“, kritisierte die Arbeiterkammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fachverbandsobmann Gerald Fankhauser-Zangerl sagte, die Betriebe hätten seit 2022 rund 1,1 Milliarden Euro in Beschneiung und neue Bahnen investiert.",
        True,
        [("year", 2022, None, None), ("money", 1100000000, "EUR", "about")],
        "Gerald Fankhauser-Zangerl",
    ),
    (
        "de",
        "„Verglichen mit anderen Freizeitvergnügen ist Skifahren nach wie vor preiswert“, sagte Fankhauser-Zangerl.",
        False,
        [],
        None,
    ),
    # --- PortMiami's cruise year (AP), Tuesday, Nov. 28, 2028 ---
    (
        "en",
        "MIAMI (AP) — PortMiami moved a record 8.7 million cruise passengers through its terminals in the 12 months to Sept. 30, port officials said Tuesday.",
        True,
        [("count", 8700000, None, None), ("duration", 12, "month", None), ("date", "--09-30", None, None)],
        None,
    ),
    (
        "en",
        "That was 4.8% more than the previous year and enough to keep Miami's title as the world's busiest cruise port.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "en",
        "On its busiest day, Jan. 14, eight ships carried about 62,000 passengers in and out of Miami.",
        True,
        [("date", "--01-14", None, None), ("count", 8, None, None), ("count", 62000, None, "about")],
        None,
    ),
    (
        "en",
        "The port counted 1,214 ship calls during the year, 37 more than a year earlier.",
        True,
        [("count", 1214, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "Cruise Lines International Association figures show 37.8 million ocean cruise passengers worldwide in 2027.",
        True,
        [("count", 37800000, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "A seven-night Caribbean cruise sold for an average of $1,249 per person this fall, up from $1,162 a year earlier.",
        True,
        [("count", 7, None, None), ("money", 1249, "USD", None), ("money", 1162, "USD", None)],
        None,
    ),
    (
        "en",
        "Port Director Hydee Alvarado-Strand said two new terminals would open by 2030, raising capacity to 11 million passengers a year.",
        True,
        [("count", 2, None, None), ("year", 2030, None, None), ("count", 11000000, None, None)],
        "Hydee Alvarado-Strand",
    ),
    (
        "en",
        '"Miami is where the world goes to sea," Alvarado-Strand said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Environmental groups accused the industry of treating Biscayne Bay as a parking lot.",
        False,
        [],
        None,
    ),
    # --- Saisonstart in den Schweizer Skigebieten (Keystone-SDA), Dienstag, 12. Dezember 2028 ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Skigebiete haben bis Anfang Dezember 1,38 Millionen Ersteintritte gezählt, knapp 11 Prozent mehr als im Vorjahr, wie Zahlen des Verbands Seilbahnen Schweiz zeigen.",
        True,
        [("count", 1380000, None, None), ("percent", 11, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Dank früher Schneefälle waren am ersten Dezemberwochenende 41 von 52 grossen Skigebieten geöffnet.",
        True,
        [("ordinal", 1, None, None), ("count", 41, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "Für die Festtage seien die Hotels in den Bergregionen zu gut 80 Prozent ausgebucht, hiess es bei Hotelleriesuisse.",
        True,
        [("percent", 80, "%", "over")],
        None,
    ),
    (
        "de",
        "Die dynamischen Preise für eine Tageskarte reichen in dieser Saison von 39 bis 119 Franken.",
        True,
        [("money", 39, "CHF", None), ("money", 119, "CHF", None)],
        None,
    ),
    (
        "de",
        "Verbandsdirektor Beat Zumtaugwald-Imboden sagte, die Branche habe für den Winter 2028/29 rund 140 Millionen Franken in die Beschneiung investiert.",
        True,
        [("year", 2028, None, None), ("year", 2029, None, None), ("money", 140000000, "CHF", "about")],
        "Beat Zumtaugwald-Imboden",
    ),
    (
        "de",
        "«Der Schnee ist da, jetzt fehlen nur noch die Gäste aus dem Unterland», sagte Zumtaugwald-Imboden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Umweltverbände werfen den Bergbahnen vor, die Klimaerwärmung mit Schneekanonen zu überspielen.",
        False,
        [],
        None,
    ),
    # --- The Christmas getaway (PA), Tuesday, Dec 19, 2028 ---
    (
        "en",
        "LONDON (PA) - About 2.6 million Britons are expected to travel abroad over Christmas and New Year, travel trade body ABTA said.",
        True,
        [("count", 2600000, None, "about")],
        None,
    ),
    (
        "en",
        "Some 1.3 million of them will fly from UK airports between Friday and Boxing Day, with Gatwick alone expecting 78,000 departures on its busiest day.",
        True,
        [("count", 1300000, None, "about"), ("count", 78000, None, None)],
        None,
    ),
    (
        "en",
        "Eurostar plans to run 24 extra trains and carry about 380,000 passengers over the 12-day holiday period.",
        True,
        [("count", 24, None, None), ("count", 380000, None, "about"), ("duration", 12, "day", None)],
        None,
    ),
    (
        "en",
        "The RAC predicted 19.4 million leisure trips by car across the UK between Dec. 22 and Christmas Eve.",
        True,
        [("count", 19400000, None, None), ("date", "--12-22", None, None)],
        None,
    ),
    (
        "en",
        "ABTA chief executive Fenella Goodrich-Vane said bookings for next summer were already 8% higher than at the same point last year.",
        True,
        [("percent", 8, "%", None)],
        "Fenella Goodrich-Vane",
    ),
    (
        "en",
        '"After months of squeezed budgets, a winter getaway is the treat people have refused to give up," Goodrich-Vane said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Travellers were urged to check their flight status before leaving home.",
        False,
        [],
        None,
    ),
]
