"""Three-hundred-and-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, one ship and figures are
made up (Renate Hochleitner, Gisela Ortlepp, Andrin Casutt, Bernhard Strohmaier, Georg
Tscholl, Herbert Lechthaler, Urs Kämpfen, Claudia Zwischenbrugger, Jens Wöhrmann, Corina
Jenal, the cruise ship „Nordlicht Aurora“; Lucía Montalbán, Bernadette Coyle, Summit Crest
Resorts and its Alpine Pass, Dana Fairbrook, Giorgio Benetti, Moira Drummond, Tonči Barić,
Alderbrook Hotels, Margaret Lindholm, Nathan Rasmussen; every unnamed lift operator,
spokesperson, skier, hotelier, resident, shop owner, analyst, councillor, geographer,
director and minister); ministers, mayors, councillors and heads of associations, museums
and companies of real governments, cities and bodies appear under made-up names that stand
for no real holder, or by their role only („ein Liftbetreiber im Ötztal“, „ein Sprecher des
Tourismusverbands“, "the culture minister", "the body's president", "the service's
director", "Santorini's mayor"). Real bodies, firms, places and things (Statistik Austria,
Hoteliervereinigung, Statistisches Bundesamt, Dehoga, Bundesamt für Statistik,
Hotelleriesuisse, Graubünden, Lauterbrunnen, Bundesmuseen, Kunsthistorisches Museum,
Albertina, Lawinenwarndienst Tirol, Arlberg, Fernpass, Ötztal, Paznauntal, Ischgl, Galtür,
Zugspitze, Zugspitzplatt, Verband Deutscher Seilbahnen, Wirtschaftsministerium,
Arbeiterkammer, Arbeiterkammer Tirol, Fachverband der Seilbahnen, Hamburg Port Authority,
Altona, Steinwerder, HafenCity, Handelskammer, Naturschutzbund, Wien Tourismus, Schloss
Neuschwanstein, Bayerische Schlösserverwaltung, Hohenschwangau, Schwangau, Jungfraubahnen,
Jungfraujoch, Interlaken Ost, Grindelwald, Ski amadé, Hotelverband IHA, Christkindlesmarkt,
Verbraucherzentrale, Verband Seilbahnen Schweiz, Arosa, Zermatt, Laax, Pro Natura; the
National Statistics Institute, Catalonia, the Balearic Islands, the Canary Islands, Malaga,
Palma, the Japan National Tourism Organization, the Japan Tourism Agency, Kyoto, Gion, the
British Museum, the Association of Leading Visitor Attractions (ALVA), the Natural History
Museum, Tate Modern, Edinburgh Castle, the Museums Association, Wolf Creek, the Colorado
Avalanche Information Center, the Colorado River basin, Loveland, Arapahoe Basin, Denver
International Airport, Summit County, Santorini, Mykonos, Oia, Cruise Lines International
Association, the National Park Service, Great Smoky Mountains, Yellowstone, Zion, Arches,
Rocky Mountain, the Louvre, the European Economic Area, Domaines Skiables de France, Val
Thorens, the Three Valleys, Savoie Mont Blanc University, Ski Utah, Alta, Snowbird, Park
City Mountain, Little Cottonwood Canyon, the Utah Department of Transportation, and the
datelines' cities) stand for the way wire copy names them; every overnight stay, arrival,
visit, skier day, stay length, occupancy rate, room price, pass price, fee, levy, tax rate,
revenue, snow depth, cruise call, cap, date and quote here is invented, and where a real
figure came to mind (a real national overnight-stay or arrival total, a real museum's
visitor count or ticket price, a real day-tripper fee and its booking threshold, a real
cruise levy or daily cap, a real visitor levy rate, a real lodging tax ceiling, a real
visitor target, a real day-pass price, a real skier-day record) it was changed.

Its weight: TOURISM, HOTELS AND THE SKI SEASON (the fifty-fourth batch weighed tourism,
retail, food and consumer prices, the hundred-thirty-third winter sports and their business,
the hundred-sixty-fourth tourism, hotels and the travel season and the
two-hundred-and-forty-seventh aviation, airlines and tourism, and their decisions are kept)
over one year in story order (January to December of 2026, with the year 2025 reported in
the first stories), 28 short stories with the German and English ones interleaved by month,
each told as wire copy runs it (a dateline lead, the figures, attributed claims, the other
side, quotes, reactions). Half German (APA, dpa with its regional slug "dpa/lby",
Keystone-SDA; Austrian "Nächtigungen", "heuer", "Jänner", "im Vorwinter", "Ortstaxe",
"Touristiker", "mit 1. März", "mit 1. Juli 2025", Swiss "Logiernächte", "Ersteintritte",
"Retourbillett", "über Meer", "Strassen", "5'418'000", "612'400", "412'000", «» quotes,
German "Übernachtungen" and „“ quotes): Austria's tourism year, Germany's overnight stays,
Swiss hotel nights, the federal museums' visitor record, fresh snow at the start of the
semester holidays, the Zugspitze's season, Austria's winter balance, Hamburg's cruise
season, Vienna's Ortstaxe, Neuschwanstein's visitor record, the Jungfraujoch, ski pass
prices for the coming winter, hotel prices in Advent and the Swiss season start. Half
English (Reuters, AP, AFP, PA): Spain's record tourist year, Japan's visitor record,
Britain's visitor attractions, a U.S. resort operator's season, a spring storm in Colorado,
Venice's access fee, Greece's cruise levy, Glasgow's visitor levy, U.S. national parks, the
Louvre's cap and Paris hotels, Croatia's season, French ski pass prices, a U.S. hotel
group's quarter and Utah's ski season. Figures as such copy has them: overnight stays,
arrivals, visits, skier days, first entries, beds, cruise calls and cruise passengers in
thousands and millions ("162,7 Millionen Nächtigungen", "45,3 Millionen Logiernächte", "a
record 338.6 million recreation visits", "1.23 million cruise passengers"), average stays in
nights, occupancy and tax rates in per cent with moves in percentage points, room rates,
pass prices, fees, levies, tourist tax revenue and results in euros, francs, dollars, pounds
and yen (a converted figure in brackets), snow depths and snowfall in centimetres, metres
and inches, caps per day, days of operation, shares ("knapp ein Zehntel", „Fast zwei
Drittel“, „Knapp sieben von zehn“, „gut die Hälfte“, „ein Viertel der Einnahmen“, „mehr als
ein Drittel“, "about a fifth", "about one in three", "roughly a third", "less than half",
"nearly half"), number words and compounds ("Sechstagesskipass", „vierköpfige Familie“, „bis
zu fünfmal höher“, "a six-day pass", "a one-day walk-up lift ticket", "the 30-year average",
"nearly three times as many", "four- and five-star hotels"), ordinals („im ersten Halbjahr“,
„am ersten Dezemberwochenende“, "came second ... third", "the third-best winter on record",
"its third-highest total ever", "in the third quarter", "in the year's first eight months"),
years, seasons, dates and hedges. Negatives as such copy has them - about a quarter of the
rows, none with a figure: tourism chiefs', ministers', mayors', hoteliers' and lift bosses'
praise of the season and rhetoric in quotes, labels („sprach von“, „bezeichnete ... als“,
„kritisierte ... als“, "dismissed ... as"), complaints about overtourism, crowds, traffic,
prices and costs without a measure, warnings without a figure, hopes and confidence,
analysts' doubts and views, an accusation of consumer groups and a vox pop, each near a
check-worthy look-alike from the same story: the same speaker's figure, a fee, cap or rule
in force, a survey's or a study's figure, a measured load.

242 rows (121 German, 121 English), 56 negatives (28 German, 28 English), 186 check-worthy
rows of which 14 carry no figure (5 German, 9 English), 331 expected quantities (117 counts,
71 percentages - 68 in %, 3 in percentage points -, 60 amounts of money - 38 EUR, 11 USD, 7
CHF, 2 each JPY and GBP -, 28 years, 16 durations - 9 in days, 2 each in years, minutes and
months, 1 in hours -, 14 dates, 14 ordinals, 11 fractions; none of them in a negative), 36
checked speakers (19 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, hope, confidence, complaint, warning or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-sixty-fourth, two-hundred-and-forty-seventh, three-hundredth); a
  quoted or reported statement of fact, figure, step, rule, plan, target or forecast is
  check-worthy with its speaker, also in Konjunktiv I (hundred-sixty-fourth: „sei damit um
  4,1 Prozent übertroffen worden“). Pairs from one speaker: Hochleitner's 24 billion euros
  beside „erneut bewährt“, Ortlepp's 11 percent beside „Volle Betten heißen noch lange nicht
  volle Kassen“, Casutt's 251 francs beside «ein sicherer Hafen», Strohmaier's 14 million
  euros beside „Visitenkarten“, Tscholl's 890 million euros beside „Rückgrat“, Lechthaler's
  quarter beside „nicht unter Wert“, Kämpfen's 5000 a day beside «ein Ort zum Staunen»,
  Zwischenbrugger's third beside „seinen Preis wert“, Wöhrmann's 40 percent beside „von
  ihrer besten Seite“, Jenal's 22.4 million skier days beside «kaum besser laufen können»;
  Montalbán's 84.5% beside "the warmth of its people", Coyle's one in three beside "the
  beating heart", Fairbrook's 118% beside "with their wallets", Benetti's 8% beside "not an
  amusement park", Drummond's £1.2 million beside "help us look after it", Barić's 11,400
  rentals beside "not want to be cheap", Lindholm's 6% beside "experiences over things",
  Rasmussen's nearly half beside "more than a slogan".
- Praise, hopes and complaints, the weight's negatives (hundred-thirty-third,
  hundred-sixty-fourth, two-hundred-and-forty-seventh): praise of the season and of the snow
  in quotes („Solche Bedingungen wünscht man sich jeden Winter“, "the kind of powder day
  people wait their whole lives for"), hopes and confidence without a figure („zeigte sich
  zuversichtlich, dass ...“, „Touristiker hoffen, dass ...“, "Tourism officials said they
  hoped ...", "Resort operators hoped ..."), complaints about overtourism, traffic, prices
  and costs naming no measure („klagte erneut über hohe Energie- und Personalkosten“,
  „Einheimische in Lauterbrunnen beklagen ...“, „Anwohner in Altona klagen seit Jahren ...“,
  „Anwohner in Hohenschwangau beklagen den Dauerstau ...“, „In Grindelwald klagen
  Einheimische ...“, "Residents' groups in Malaga and Palma complained ...", "Residents of
  Kyoto's Gion district have long complained ...", "Café owners in Oia complained ...",
  "Museum staff have complained for years ...", "Residents of Little Cottonwood Canyon have
  long complained ..."), criticism and labels („sprach von einem „Winter wie aus dem
  Bilderbuch““, „bezeichnete die Preise für Skipässe als „Luxus für Besserverdiener““,
  „kritisierte die Erhöhung als „Griff in die Taschen der Gäste““, „kritisieren die
  Aufschläge ... als Abzocke“, „Umweltschützer kritisieren seit Langem ...“, „Pro Natura
  kritisierte, die Beschneiung verschlinge ... zu viel Wasser und Strom“, "dismissed the
  charge as a marketing stunt", "welcomed the levy while calling it far too timid", "accuse
  operators of turning a popular sport into a luxury for the few"), warnings without a
  figure („Die Arbeiterkammer warnte, ...“, "Museum chiefs have warned ...", "Hoteliers
  warned ...", "Conservation groups warned ..."), an appeal naming no measure ("urged the
  government to ease the tax burden on accommodation"; two-hundred-and-fourth), analysts'
  doubts and views ("Some analysts questioned whether ...", "Analysts said softer demand ...
  could weigh on results"). Each stands beside a check-worthy look-alike: the measure or
  figure the complaint points at (the fee Lauterbrunnen is weighing, the bus parking fee in
  Schwangau, Palma's revoked licences, the cap on Santorini, the Arbeiterkammer survey's 31
  and 29 percent, the Naturschutzbund's measurements, the Verbraucherzentrale's 46
  complaints, the Louvre staff's walkout, the canyon road's closure, the fall in museum
  funding since 2010).
- Check-worthy without a figure (hundred-sixty-fourth, two-hundred-and-forty-seventh): rules
  in force (Venice's exemptions, the berthing slots booked through the port authority's
  system, Glasgow's quarterly collection, Steinwerder's shore power duty, Neuschwanstein's
  online tickets with a fixed entry time), steps taken (Palma's halt to new licences,
  Kyoto's ban on tour groups in private alleys, the suspended lifts at Loveland and Arapahoe
  Basin, the crews reopening the highway, the walkout at the Louvre - "several hours" none,
  seventeenth -, Alderbrook's buyback, the Tyrolean resorts' frozen children's prices), a
  record stated by a comparison („Erstmals buchten Gäste aus den Niederlanden im Winter mehr
  Nächte als Urlauber aus dem Inland.“; hundred-fifty-sixth: „so viele wie nie zuvor“) and a
  ranking stated without a number word („Als einziges Flächenland verzeichnete Hessen einen
  Rückgang der Übernachtungen.“; hundred-sixty-fourth: „Spitzenreiter“). Plans, targets,
  forecasts and requests with a figure are check-worthy (hundred-sixty-fourth): the Hamburg
  port's 284 calls, the terminals' shore power by 2030, the Christkindlesmarkt's 2.3 million
  visitors, Japan's 62 million by 2030, the hotel group's raised forecast, Kämpfen's cap,
  Lechthaler's quarter, Drummond's upgrade, "Santorini's mayor said the island would ask for
  the peak-season fee to be raised to 25 euros".
- Overnight stays, arrivals, visits, skier days, first entries, beds, calls, passengers,
  tickets, complaints and jobs are counts (hundred-thirty-third, hundred-sixty-fourth,
  two-hundred-and-forty-seventh): "mit 162,7 Millionen Nächtigungen", "auf 48,9 Millionen",
  "knapp 59 Millionen" "nearly", "um rund 6.000 auf knapp 1,18 Millionen", "503,6 Millionen
  Übernachtungen", "45,3 Millionen Logiernächte", "insgesamt rund 3,3 Millionen"
  ("insgesamt" no hedge), "mit 5'418'000", "612'400 Gäste", "412'000 Ersteintritte",
  "zusammen 6,82 Millionen Besuche" ("zusammen" no hedge), "rund 53,1 Millionen
  Skifahrertage", "22,4 Millionen Skitage", "284 Anläufe ... rund 1,4 Millionen
  Passagieren", "höchstens 6.000 Tickets" "at_most", "rund 2,3 Millionen Besuchern an 31
  Markttagen" (31 a count: a day inside a compound noun, thirty-fifth: "an den drei
  Renntagen"), "46 Beschwerden", "a record 98.9 million" and "a record 338.6 million" ("a
  record" no hedge), "fell by 1,400 to about 9,800", "capped cruise arrivals at 7,500
  passengers a day" and „bei 5000 pro Tag deckeln“ with no hedge ("capped at",
  hundred-sixty-fourth; "a day", „pro Tag“ none), "About 2,300 travelers ... more than 600
  flights", "its 31 North American mountains", "at its 1,240 hotels", "41 der rund 330
  Skigebiete", "about 24,000 jobs", "dropped below 48,000" "under" (hundred-thirty-third:
  "below" "under"). Average stays in nights are counts, in days durations
  (hundred-sixty-fourth: "auf 3,3 Nächte"; sixth: „Die durchschnittliche Aufenthaltsdauer
  sank auf 5,2 Tage.“ 5.2 days): „3,3 Nächte, ... 3,7 Nächte“, „auf 3,8 Nächte“, "6.9 nights
  from 7.2 nights", "slipped to 5.1 nights"; "a decade earlier" none (decades none,
  thirty-ninth). Snow depths and snowfall are counts of the figure as written, in
  centimetres, metres and inches alike (two-hundred-and-eighty-fourth: „bis zu 80
  Zentimeter“; forty-seventh: „2,35 Meter Schnee“; hundred-thirty-first: "up to 28 inches of
  snow"): "bis zu 95 Zentimeter Neuschnee" "up_to", "bei 2,4 Metern", "3,1 Meter Schnee",
  "85 Zentimeter Schnee, ... 1,4 Meter", "as much as 41 inches" "up_to"
  (hundred-sixty-fourth: "as much as" "up_to"), "to 402 inches", "68 inches"; altitudes and
  lengths likewise ("in Lagen unter 1.000 Metern" 1,000 "under", "auf 2900 Metern über
  Meer", "below 1,500 metres" 1,500 "under", "auf bis zu 14 Kilometern" "up_to", "within 60
  miles of a park" 60 with no hedge; hundred-thirty-third, two-hundred-and-forty-seventh).
  Multiples are counts: „bis zu fünfmal höher“ 5 "up_to" (the issue's "viermal";
  two-hundred-and-seventy-sixth: "up to 37 times the legal limit"), "nearly three times as
  many as Yellowstone" 3 "nearly" (two-hundred-and-forty-seventh: "nearly twice as many");
  „verdoppelt“ a verb and none. Definite groups and sizes counted as written: „Die drei
  Kreuzfahrtterminals“ 3 (two-hundred-and-seventy-sixth: "The 10 states"), „In den 20
  größten Skigebieten“ 20 (hundred-sixty-fourth), „Für eine vierköpfige Familie“ 4
  (hundred-sixty-fourth), „die bis zu 6.700 Passagiere an Bord nehmen kann“ "up_to". New:
  "the capital's four- and five-star hotels" gives counts 4 and 5 - the stars are counted as
  written (hundred-sixty-fourth: "in einem Hotel mit vier oder fünf Sternen" 4 and 5;
  fiftieth: "A three-star general" 3), and the first figure of a suspended compound shares
  the compound of the second, as a unit written once serves both figures (forty-sixth: "von
  5 auf 6,5 Prozent"). New: "5'418'000" is 5,418,000 - Swiss copy repeats the apostrophe for
  each group of three, as "100'000" carries one (tenth).
- Occupancy, tax and other rates are percentages as written, moves in points "pp" (every
  batch; hundred-sixty-fourth): "Die Zimmerauslastung lag im Jahresmittel bei 56,1 Prozent",
  „bei 81,4 Prozent“, „von 68,3 Prozent, 1,2 Prozentpunkte mehr“ 68.3 % and 1.2 pp, "76.8%
  ..., 1.9 percentage points higher", "79% ..., down 2 percentage points", "an average
  occupancy of 84.5%" and "averaged 74.6%" with no hedge, „von 3 auf 4,8 Prozent des
  Nettoübernachtungsentgelts“ both (the unit written once, forty-sixth), "The 6% charge",
  "about 118% of the 30-year average" 118 "about" and 30 years (hundred-thirty-third: "above
  the five-year average" 5 years), "104% of the median", "up 3% in units and 7% in dollars"
  two percentages ("in dollars" names the measure and carries no money), "by an average of
  4.5%" no hedge, "up to 30% less" "up_to", "between 2.5% and 3%" both with no hedge, „rund
  11 Prozent unter dem Niveau von 2019“ "about" with the year, "about 4% below their 2019
  level", "um 1,6 Prozent übertroffen" no hedge (hundred-sixty-fourth), "Only about 8%"
  ("Only" no hedge), „gut 70 Prozent“ "over", „im Schnitt um 31 Prozent“, „um
  durchschnittlich 29 Prozent“ no hedge.
- Shares as fractions (the issue; hundred-sixty-fourth, two-hundred-and-forty-seventh):
  "about a fifth of all arrivals" 0.2 "about", „knapp ein Zehntel aller Übernachtungen“ 0.1
  "nearly" (hundred-thirty-third: „jede zehnte“ 0.1), „Fast zwei Drittel“ 0.6667 "nearly",
  „Knapp sieben von zehn Besuchern“ 0.7 "nearly" (hundred-thirty-third: „fast vier von zehn
  Übernachtungen“ 0.4), „gut die Hälfte“ 0.5 "over", „ein Viertel der Einnahmen“ 0.25, „um
  mehr als ein Drittel“ 0.3333 "over", "about one in three visits" 0.3333 "about", "roughly
  a third of them" 0.3333 "about", "less than half its level" 0.5 "under"
  (two-hundred-and-fourth: „weniger als ein Viertel“ "under"), "nearly half" 0.5 "nearly".
- Ordinals (the issue; hundred-thirty-third, hundred-sixty-fourth,
  two-hundred-and-forty-seventh): „im ersten Halbjahr“ 1 (three times; „Halbjahr“ carries no
  fraction), "in the first half of the year" 1, "in its first six months" 1 and 6 months,
  "in the year's first eight months" 1 and 8 months, "in the first nine days of the month" 1
  and 9 days (hundred-sixty-fourth: "in the first four months of the year" 1 and 4 months),
  „am ersten Dezemberwochenende“ 1 (hundred-sixty-fourth: „am ersten Skiwochenende“), "came
  second with 6.1 million visits and Tate Modern third with 4.9 million" 2 and the elliptic
  3 (hundred-thirty-third: "finished second", the elliptic "ninth"), "the third-best winter
  on record" 3 and "its third-highest total ever" 3 (two-hundred-and-forty-seventh:
  "Britain's second-busiest airport"), "in the third quarter" 3, "for the first time" 1.
  None: "the UK's most-visited attraction", "the most visited", "the world's most-visited
  museum", „das meistbesuchte Haus“, „Stärkstes Bundesland“, „Größtes Schiff der Saison“,
  "the biggest source market", "the largest group", "its earliest start", „Erstmals“,
  „erstmals“.
- Durations (the issue; every batch): "on 60 days this year" 60 days (hundred-sixty-fourth:
  "on 66 days this year"), „an 157 Tagen“ and „an durchschnittlich 61 Tagen“ days
  („durchschnittlich“ no hedge), "fewer than three days in advance" 3 days "under"
  (hundred-sixty-fourth: "at least four days in advance"), „bis zu 90 Minuten lang“ 90
  minutes "up_to" (two-hundred-and-seventy-sixth: „20 Minuten lang“), „die rund 35 Minuten
  dauern“ "about", "closed for 11 hours" 11 hours, „vor zehn Jahren“ 10 years,
  „Sechstagesskipass“ and "A six-day pass" 6 days (hundred-thirty-third). "A one-day walk-up
  lift ticket" and "A one-day lift ticket" are 1 day (tenth: "its biggest one-day drop" 1
  day), while „Eine Tageskarte“, „Ein Tagesskipass“, "a day pass" carry none
  (hundred-thirty-third). None: „heuer“, „im Vorjahr“, „im Vorwinter“, „im
  Vorjahreszeitraum“, „im Jahr davor“, „im vergangenen Jahr“, „in diesem Jahr“, „binnen
  Jahresfrist“, „im Jahresmittel“, „seit Monaten“, „seit Jahren“, „seit Langem“, „von
  November bis April“, „Von Jänner bis Juni“, „in den Ferienwochen“, „zum Start der
  Semesterferien“, „bis in die Osterferien“, „seit diesem Jahr“, „seit dieser Saison“, „pro
  Nacht“, „pro Jahr“, „pro Tag“, „Täglich“, "last year", "this year", "the year before", "a
  year earlier", "last season", "this winter", "next winter", "the holiday period", "in the
  quarter", "the full year", "the peak months of July through September", "the rest of the
  year", "every quarter", "for hours", "several hours", "for years", "weeks ahead", "since
  last spring", "since January", "since Friday", "on peak weekends", "per person a night",
  "a day", "a night", "a year", weekdays and months alone.
- Money in the currency written (every batch): EUR („24 Milliarden Euro überschritten“ with
  no hedge - „überschritten“ a verb as „übertroffen“, hundred-sixty-fourth -, "134.2 billion
  euros ... 198 euros", „14 Millionen Euro mehr pro Jahr“ with „zusammen“ no hedge and
  „mehr“ after the figure, „von 22 auf 25 Euro“, „bis zu 84,50 Euro“ "up_to", „72 Euro, ...
  76 Euro“, „4,2 Millionen Euro“, "12 euros ..., from 6 euros", "between 50 and 300 euros"
  both with no hedge, "about 5.8 million euros" "about", „rund 890 Millionen Euro“ "about",
  "about 26.4 million euros", "18 euros ... and 4 euros", "25 euros", „rund 410.000 Euro“
  ("im Schnitt" no hedge), „rund 31,5 Millionen Euro“, „612 Millionen Euro“, „168 Euro pro
  Nacht“, „60 Euro pro Tag“, "34 euros per ticket, 12 euros more", "412 euros", „83 Euro“,
  „412 Euro, ... 206 Euro“, „76,40 Euro“, „mehr als 3.800 Euro“ "over", "395 euros", „164
  Euro pro Nacht“, „durchschnittlich 198 Euro, ... 187 Euro“), CHF („251 Franken pro Nacht“,
  „5 Franken“, „168,2 Millionen Franken“, „263 Franken“, „zwischen 59 und 112 Franken“ both
  with no hedge, „rund 4 Franken pro Kubikmeter Schnee“ "about"; francs in a Swiss story,
  eighty-eighth), USD ("$1,129", "$812 million", "as much as $329" "up_to", "an estimated
  $29.4 billion" and "an estimated $2.1 billion" "about" - "an estimated" "about",
  three-hundredth -, "$186.40", "$312 million, or $1.48 per share, from $287 million", "up
  to $299" "up_to"), GBP ("£4.3 million", "a £1.2 million upgrade"), JPY ("about 10.4
  trillion yen ($68 billion)" with the converted USD in brackets and no hedge,
  hundred-sixty-fourth; "as much as 12,000 yen per person a night" "up_to"). New: "a day
  pass in the Three Valleys tops 80 euros for the first time" is 80 EUR with no hedge and
  ordinal 1 - "tops" is a verb of passing a mark, as „übersteigen“ and "exceeded" carry none
  (two-hundred-and-forty-seventh, hundred-sixtieth), and the hedge "over" stays for "more
  than" written before the figure.
- Years, seasons and dates: seasons give both years („in der Wintersaison 2025/26“, „Seit
  der Saison 2019/20“; hundred-thirty-third); „im Jahr 2025“, „2025“, „Ende 2025“ (the year,
  two-hundred-and-forty-seventh: "bis Ende 2027"), „des Vorkrisenjahres 2019“, „seit 2019“,
  „von 2019“, „ab 2027“, „bis 2030“, „seit 2021“, "in 2025", "from 2024", "than in 2024",
  "by 2030", "since 2010", "since 2000", "since 2019", "since 2021", "their 2019 level",
  "since January 2025" the year only (hundred-sixty-fourth: „seit Mai 2024“); "in the 1950s"
  none (decades, thirty-ninth). Full date: „mit 1. Juli 2025“ 2025-07-01
  (two-hundred-and-seventy-sixth: „bis zum 31. März 2027“). Dates without a year: „mit 1.
  März“ --03-01 (hundred-sixty-fourth: „mit 1. Jänner“), "through March 8" --03-08
  (two-hundred-and-forty-seventh: "to Sept. 30"), "on April 3" --04-03, "from May 23 to Oct.
  19" two dates, "on Nov. 21" --11-21; Reuters datelines with a day ("MADRID, Feb 3"
  --02-03, "DENVER, March 10" --03-10, "VENICE, April 14" --04-14, "ATHENS, May 19" --05-19,
  "PARIS, Aug 11" --08-11, "ZAGREB, Sept 8" --09-08, "NEW YORK, Nov 4" --11-04;
  hundred-sixty-fourth); APA, dpa ("Wiesbaden (dpa) -", "Hamburg (dpa) -", "Berlin (dpa) -",
  "dpa/lby"), Keystone-SDA, AP ("TOKYO (AP) —", "DENVER (AP) —", "WASHINGTON (AP) —", "SALT
  LAKE CITY (AP) —"), AFP ("GRENOBLE, France (AFP) -") and PA ("LONDON (PA) -", "GLASGOW
  (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "Around", "an
  estimated" "about"; „knapp“, „Knapp“, „Fast“, "nearly" "nearly"; „gut“, „mehr als“, "more
  than" "over"; "fewer than", "less than", "below", „unter“ "under"; „bis zu“, "up to", "as
  much as" "up_to"; „höchstens“ "at_most". No hedge: „im Schnitt“, „im Jahresmittel“,
  „durchschnittlich“, "an average of", "averaged", „insgesamt“, „zusammen“, „Bereits“,
  „nur“, "Only", "a record", "capped at", „deckeln“, „übertroffen“, „überschritten“, "tops",
  "between", „zwischen“, "within", and „mehr“, „weniger“, "more", "less" after a figure.
- Speakers, checked only in forms the earlier batches settled: „wie die Statistik Austria am
  Donnerstag mitteilte“ and „teilte die Statistik Austria am Mittwoch mit“ -> "die Statistik
  Austria", „teilte das Statistische Bundesamt am Freitag mit“ -> "das Statistische
  Bundesamt", „teilte das Bundesamt für Statistik (BFS) mit“ -> "das Bundesamt für
  Statistik" (the abbreviation in brackets dropped, two-hundred-and-forty-seventh), „teilte
  der Lawinenwarndienst Tirol mit“, „teilte die Hamburg Port Authority mit“, „teilte die
  Bayerische Schlösserverwaltung mit“ (the capitalised adjective in the nominative,
  hundred-fifteenth), „teilte der Verband Seilbahnen Schweiz am Montag mit“ (the weekday
  dropped, hundred-sixty-fourth), „laut Wien Tourismus“ -> "Wien Tourismus" as written
  (hundred-sixty-fourth: „laut Österreich Werbung“); „X sagte, ...“ with the office dropped
  („Tourismusstaatssekretärin Renate Hochleitner“, „Dehoga-Präsidentin Gisela Ortlepp“,
  „Hotelleriesuisse-Präsident Andrin Casutt“, „Kulturminister Bernhard Strohmaier“,
  „Fachverbandsobmann Georg Tscholl“, „Finanzstadtrat Herbert Lechthaler“, „Konzernchef Urs
  Kämpfen“, „Seilbahnsprecherin Claudia Zwischenbrugger“, „IHA-Hauptgeschäftsführer Jens
  Wöhrmann“, „Verbandsdirektorin Corina Jenal“; hundred-eightieth,
  two-hundred-and-forty-seventh). English: "the National Statistics Institute said on
  Tuesday", "the Japan National Tourism Organization said Wednesday", "the city council said
  on Tuesday" -> "the city council", "the tourism ministry said on Tuesday" -> "the tourism
  ministry" and "the National Park Service said Thursday" with the weekday dropped
  (hundred-sixty-fourth, two-hundred-and-forty-seventh: "the agency said Monday"), "The
  Colorado Avalanche Information Center said ..." and "The Utah Department of Transportation
  said ..." opening the row with the article lowered (hundred-sixty-fourth: "The Federal
  Aviation Administration said ..."), "Summit Crest Resorts said on Tuesday that ..." and
  "Alderbrook Hotels said on Wednesday ..." as written (hundred-sixty-fourth: "TUI said on
  Wednesday that"), "Chief Executive Dana Fairbrook told analysts" and "Chief Executive
  Margaret Lindholm told analysts" the name (hundred-sixty-fourth), "Tourism Minister Lucía
  Montalbán said", "ALVA director Bernadette Coyle said", "Mayor Giorgio Benetti said",
  "Council leader Moira Drummond said", "Tourism Minister Tonči Barić said" and "Ski Utah
  president Nathan Rasmussen said" the name with the title dropped (hundred-sixty-fourth,
  two-hundred-and-forty-seventh). Left unchecked (None): all negatives, also those with a
  named speaker; „nach Verbandsangaben“, „Nach Branchenangaben“, „laut Branchenangaben“
  (hundred-sixty-fourth), „nach Angaben des Fachverbands“ (a masculine genitive,
  three-hundredth), „Nach einer Studie der Handelskammer“, „Laut einer Erhebung der
  Arbeiterkammer Tirol“, „wie die Arbeiterkammer in einer Erhebung ermittelte“, „laut der
  Erhebung“, „nach der Auswertung eines Buchungsportals“, „Laut Messungen des
  Naturschutzbunds“ (documents and measurements, hundred-thirty-third,
  hundred-sixty-fourth), „nach eigenen Angaben“ (hundredth), „Der Hotelverband IHA meldete“
  (a verb no batch settled), „sprach von“, „bezeichnete“, „kritisierte“ (in negatives);
  "according to ..." (the city council, the resort, the Japan Tourism Agency, the Museums
  Association, council figures, city figures, the tourism ministry, the agency's annual
  economic report, a hotel data firm, industry data, a survey by a consumer association, a
  geographer), "government data showed", "new figures published by the Association of
  Leading Visitor Attractions show", "Cruise Lines International Association figures show"
  (documents and data, two-hundred-and-forty-seventh), "industry body Domaines Skiables de
  France said" (a description before the name, hundred-sixty-fourth), "the state's ski
  industry association said" and "Santorini's mayor said" (a possessive heading the source,
  eighty-third), "the museum announced" (no verb of saying), and rows without attribution.
  As the two-hundred-and-sixth and three-hundredth batches did, and to keep the checked
  speakers near 35, this batch also leaves unchecked a form it could have checked: „nach
  Angaben des Wirtschaftsministeriums“ (two-hundred-and-fourth: „nach Angaben des
  Verteidigungsministeriums“).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_306 = [
    # --- Tourismusjahr 2025 in Österreich (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Mit 162,7 Millionen Nächtigungen haben Hotels, Pensionen und Ferienwohnungen in Österreich im Jahr 2025 so viele Gäste beherbergt wie nie zuvor, wie die Statistik Austria am Donnerstag mitteilte.",
        True,
        [("count", 162700000, None, None), ("year", 2025, None, None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Gegenüber dem Jahr davor bedeutet das ein Plus von 2,4 Prozent, die Zahl der Ankünfte wuchs um 3,1 Prozent auf 48,9 Millionen.",
        True,
        [("percent", 2.4, "%", None), ("percent", 3.1, "%", None), ("count", 48900000, None, None)],
        None,
    ),
    (
        "de",
        "Gäste aus dem Ausland buchten 121,4 Millionen Nächtigungen, davon kamen knapp 59 Millionen aus Deutschland.",
        True,
        [("count", 121400000, None, None), ("count", 59000000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Schnitt blieben die Urlauber 3,3 Nächte, vor zehn Jahren waren es noch 3,7 Nächte gewesen.",
        True,
        [("count", 3.3, None, None), ("duration", 10, "year", None), ("count", 3.7, None, None)],
        None,
    ),
    (
        "de",
        "An der Spitze der Bundesländer lag erneut Tirol mit 50,2 Millionen Nächtigungen vor Salzburg mit 31,6 Millionen.",
        True,
        [("count", 50200000, None, None), ("count", 31600000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Gästebetten stieg binnen Jahresfrist um rund 6.000 auf knapp 1,18 Millionen.",
        True,
        [("count", 6000, None, "about"), ("count", 1180000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Tourismusstaatssekretärin Renate Hochleitner sagte, die Einnahmen aus dem internationalen Reiseverkehr hätten 2025 erstmals die Marke von 24 Milliarden Euro überschritten.",
        True,
        [("year", 2025, None, None), ("money", 24000000000, "EUR", None)],
        "Renate Hochleitner",
    ),
    (
        "de",
        "„Österreich hat sich als Urlaubsland erneut bewährt, darauf können alle Gastgeberinnen und Gastgeber stolz sein“, sagte Hochleitner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hoteliervereinigung zeigte sich zuversichtlich, dass die gute Buchungslage bis in die Osterferien anhält.",
        False,
        [],
        None,
    ),
    # --- Spain's record tourist year (Reuters), February ---
    (
        "en",
        "MADRID, Feb 3 (Reuters) - Spain welcomed a record 98.9 million foreign tourists in 2025, the National Statistics Institute said on Tuesday, 3.6% more than in the previous year.",
        True,
        [
            ("date", "--02-03", None, None),
            ("count", 98900000, None, None),
            ("year", 2025, None, None),
            ("percent", 3.6, "%", None),
        ],
        "the National Statistics Institute",
    ),
    (
        "en",
        "Foreign visitors spent 134.2 billion euros, 6.8% more than in 2024, with the average daily outlay per tourist reaching 198 euros.",
        True,
        [
            ("money", 134200000000, "EUR", None),
            ("percent", 6.8, "%", None),
            ("year", 2024, None, None),
            ("money", 198, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Britain remained the biggest source market with 19.1 million visitors, followed by France with 12.3 million and Germany with 11.6 million.",
        True,
        [("count", 19100000, None, None), ("count", 12300000, None, None), ("count", 11600000, None, None)],
        None,
    ),
    (
        "en",
        "Catalonia drew about a fifth of all arrivals, ahead of the Balearic Islands and the Canary Islands.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "The average stay shortened to 6.9 nights from 7.2 nights a decade earlier.",
        True,
        [("count", 6.9, None, None), ("count", 7.2, None, None)],
        None,
    ),
    (
        "en",
        "Tourism Minister Lucía Montalbán said hotels in the Canary Islands had run at an average occupancy of 84.5% over the year.",
        True,
        [("percent", 84.5, "%", None)],
        "Lucía Montalbán",
    ),
    (
        "en",
        '"Spain\'s success rests on the warmth of its people and the quality of its service," Montalbán said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents' groups in Malaga and Palma complained that tourism was pricing locals out of their own neighbourhoods.",
        False,
        [],
        None,
    ),
    (
        "en",
        "In Palma, the number of holiday flats listed on rental platforms fell by 1,400 to about 9,800 after licences were revoked, according to the city council.",
        True,
        [("count", 1400, None, None), ("count", 9800, None, "about")],
        None,
    ),
    ("en", "Palma's council has stopped issuing new licences for holiday flats in apartment blocks.", True, [], None),
    # --- Übernachtungen in Deutschland 2025 (dpa), Februar ---
    (
        "de",
        "Wiesbaden (dpa) - Die Beherbergungsbetriebe in Deutschland haben im vergangenen Jahr 503,6 Millionen Übernachtungen gezählt, 1,3 Prozent mehr als im Jahr davor.",
        True,
        [("count", 503600000, None, None), ("percent", 1.3, "%", None)],
        None,
    ),
    (
        "de",
        "Ausländische Gäste kamen auf 87,1 Millionen Übernachtungen und damit auf 2,9 Prozent mehr, teilte das Statistische Bundesamt am Freitag mit.",
        True,
        [("percent", 2.9, "%", None), ("count", 87100000, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Damit wurde das Niveau des Vorkrisenjahres 2019 erstmals um 1,6 Prozent übertroffen.",
        True,
        [("year", 2019, None, None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "Stärkstes Bundesland blieb Bayern mit 104,8 Millionen Übernachtungen vor Baden-Württemberg mit 58,9 Millionen.",
        True,
        [("count", 104800000, None, None), ("count", 58900000, None, None)],
        None,
    ),
    (
        "de",
        "Auf Campingplätzen wurden 43,2 Millionen Übernachtungen registriert, knapp ein Zehntel aller Übernachtungen.",
        True,
        [("count", 43200000, None, None), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    ("de", "Als einziges Flächenland verzeichnete Hessen einen Rückgang der Übernachtungen.", True, [], None),
    (
        "de",
        "Dehoga-Präsidentin Gisela Ortlepp sagte, die Umsätze im Gastgewerbe lägen real noch immer rund 11 Prozent unter dem Niveau von 2019.",
        True,
        [("percent", 11, "%", "about"), ("year", 2019, None, None)],
        "Gisela Ortlepp",
    ),
    ("de", "„Volle Betten heißen noch lange nicht volle Kassen“, sagte Ortlepp.", False, [], None),
    (
        "de",
        "Der Verband klagte erneut über hohe Energie- und Personalkosten und über zu viel Bürokratie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ende 2025 zählte das Gastgewerbe nach Verbandsangaben rund 186.000 Betriebe, knapp 9.000 weniger als vor der Pandemie.",
        True,
        [("year", 2025, None, None), ("count", 186000, None, "about"), ("count", 9000, None, "nearly")],
        None,
    ),
    # --- Japan's visitor record (AP), January ---
    (
        "en",
        "TOKYO (AP) — Foreign visitors to Japan hit a record 43.9 million last year, up 13% from 2024, the Japan National Tourism Organization said Wednesday.",
        True,
        [("count", 43900000, None, None), ("percent", 13, "%", None), ("year", 2024, None, None)],
        "the Japan National Tourism Organization",
    ),
    (
        "en",
        "South Koreans made up the largest group with 9.6 million arrivals, followed by visitors from China at 8.9 million and Taiwan at 6.4 million.",
        True,
        [("count", 9600000, None, None), ("count", 8900000, None, None), ("count", 6400000, None, None)],
        None,
    ),
    (
        "en",
        "Arrivals from the United States jumped 18% to 3.3 million, helped by the weak yen.",
        True,
        [("percent", 18, "%", None), ("count", 3300000, None, None)],
        None,
    ),
    (
        "en",
        "Spending by foreign tourists rose to about 10.4 trillion yen ($68 billion), according to the Japan Tourism Agency.",
        True,
        [("money", 10400000000000, "JPY", "about"), ("money", 68000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The government's target is 62 million foreign visitors annually by 2030.",
        True,
        [("count", 62000000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Residents of Kyoto's Gion district have long complained that tour groups block narrow lanes and wander onto private property.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Kyoto lifted its lodging tax in March, with guests in the priciest rooms now paying as much as 12,000 yen per person a night.",
        True,
        [("money", 12000, "JPY", "up_to")],
        None,
    ),
    ("en", "The city has barred tour groups from several private alleys in Gion since last spring.", True, [], None),
    (
        "en",
        "Tourism officials said they hoped visitors would spread out to lesser-known regions in the countryside.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Only about 8% of foreign visitors' overnight stays were spent outside Tokyo, Osaka and Kyoto, government data showed.",
        True,
        [("percent", 8, "%", "about")],
        None,
    ),
    # --- Logiernächte in der Schweiz 2025 (Keystone-SDA), Februar ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Schweizer Hotels haben im vergangenen Jahr 45,3 Millionen Logiernächte verbucht und damit den Rekord des Vorjahres übertroffen.",
        True,
        [("count", 45300000, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber dem Vorjahr legten die Logiernächte damit um 2,2 Prozent zu, teilte das Bundesamt für Statistik (BFS) mit.",
        True,
        [("percent", 2.2, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Auf Gäste aus dem Inland entfielen 21,4 Millionen Logiernächte, auf jene aus dem Ausland 23,2 Millionen.",
        True,
        [("count", 21400000, None, None), ("count", 23200000, None, None)],
        None,
    ),
    (
        "de",
        "Gäste aus den USA buchten 7,4 Prozent mehr Nächte, insgesamt rund 3,3 Millionen.",
        True,
        [("percent", 7.4, "%", None), ("count", 3300000, None, "about")],
        None,
    ),
    ("de", "Die Zimmerauslastung lag im Jahresmittel bei 56,1 Prozent.", True, [("percent", 56.1, "%", None)], None),
    (
        "de",
        "In Graubünden verharrten die Logiernächte mit 5'418'000 auf dem Stand des Vorjahres.",
        True,
        [("count", 5418000, None, None)],
        None,
    ),
    (
        "de",
        "Hotelleriesuisse-Präsident Andrin Casutt sagte, der durchschnittliche Zimmerpreis sei auf 251 Franken pro Nacht gestiegen.",
        True,
        [("money", 251, "CHF", None)],
        "Andrin Casutt",
    ),
    ("de", "«Die Schweiz ist für Gäste aus aller Welt ein sicherer Hafen», sagte Casutt.", False, [], None),
    (
        "de",
        "Einheimische in Lauterbrunnen beklagen seit Monaten den Andrang von Tagesgästen, die nur für Fotos ins Tal kommen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gemeinde Lauterbrunnen prüft deshalb eine Gebühr von 5 Franken für Tagesbesucher ohne Übernachtung.",
        True,
        [("money", 5, "CHF", None)],
        None,
    ),
    # --- Bundesmuseen mit Besucherrekord (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Die österreichischen Bundesmuseen haben 2025 zusammen 6,82 Millionen Besuche verzeichnet, ein Plus von 4 Prozent.",
        True,
        [("year", 2025, None, None), ("count", 6820000, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Mit 1,94 Millionen Besuchen blieb das Kunsthistorische Museum das meistbesuchte Haus, dahinter folgte die Albertina mit 1,12 Millionen.",
        True,
        [("count", 1940000, None, None), ("count", 1120000, None, None)],
        None,
    ),
    (
        "de",
        "Der Anteil ausländischer Besucherinnen und Besucher lag bei gut 70 Prozent.",
        True,
        [("percent", 70, "%", "over")],
        None,
    ),
    (
        "de",
        "An Spitzentagen standen die Gäste vor der Vermeer-Schau bis zu 90 Minuten lang an.",
        True,
        [("duration", 90, "minute", "up_to")],
        None,
    ),
    (
        "de",
        "Kulturminister Bernhard Strohmaier sagte, die Bundesmuseen erhielten ab 2027 zusammen 14 Millionen Euro mehr pro Jahr.",
        True,
        [("year", 2027, None, None), ("money", 14000000, "EUR", None)],
        "Bernhard Strohmaier",
    ),
    ("de", "„Unsere Museen sind die Visitenkarten dieses Landes“, sagte Strohmaier.", False, [], None),
    ("de", "Museumsdirektoren klagen seit Jahren über zu knappe Budgets für Sanierungen und Depots.", False, [], None),
    (
        "de",
        "Das Kunsthistorische Museum erhöht den Eintrittspreis mit 1. März von 22 auf 25 Euro.",
        True,
        [("date", "--03-01", None, None), ("money", 22, "EUR", None), ("money", 25, "EUR", None)],
        None,
    ),
    # --- Britain's visitor attractions (PA), March ---
    (
        "en",
        "LONDON (PA) - The British Museum was again the UK's most-visited attraction last year, drawing 6.9 million people, new figures published by the Association of Leading Visitor Attractions show.",
        True,
        [("count", 6900000, None, None)],
        None,
    ),
    (
        "en",
        "Visits to the association's members rose 5% to 158 million, still about 4% below their 2019 level.",
        True,
        [
            ("percent", 5, "%", None),
            ("count", 158000000, None, None),
            ("percent", 4, "%", "about"),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Natural History Museum came second with 6.1 million visits and Tate Modern third with 4.9 million.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 6100000, None, None),
            ("ordinal", 3, None, None),
            ("count", 4900000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Outdoor attractions did best, with visits to gardens and zoos up 11%.",
        True,
        [("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Edinburgh Castle was Scotland's most-visited paid attraction, with 2.2 million visits.",
        True,
        [("count", 2200000, None, None)],
        None,
    ),
    (
        "en",
        "ALVA director Bernadette Coyle said international visitors accounted for about one in three visits to London's free museums.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Bernadette Coyle",
    ),
    ("en", '"Our museums are the beating heart of British tourism," Coyle said.', False, [], None),
    (
        "en",
        "Museum chiefs have warned that frozen budgets are taking a toll on ageing buildings and their staff.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Government funding for national museums has fallen by 18% in real terms since 2010, according to the Museums Association.",
        True,
        [("percent", 18, "%", None), ("year", 2010, None, None)],
        None,
    ),
    # --- Neuschnee in den Semesterferien (APA), Februar ---
    (
        "de",
        "Innsbruck (APA) - Ergiebige Schneefälle haben Tirol und Vorarlberg zum Start der Semesterferien bis zu 95 Zentimeter Neuschnee gebracht.",
        True,
        [("count", 95, None, "up_to")],
        None,
    ),
    (
        "de",
        "Am Arlberg lag die Schneehöhe am Montag bei 2,4 Metern, teilte der Lawinenwarndienst Tirol mit.",
        True,
        [("count", 2.4, None, None)],
        "der Lawinenwarndienst Tirol",
    ),
    (
        "de",
        "Auf der Fernpassstraße staute sich der Urlauberverkehr am Samstag auf bis zu 14 Kilometern.",
        True,
        [("count", 14, None, "up_to")],
        None,
    ),
    (
        "de",
        "Nach Branchenangaben sind die Tiroler Skigebiete in den Ferienwochen zu rund 92 Prozent ausgelastet.",
        True,
        [("percent", 92, "%", "about")],
        None,
    ),
    (
        "de",
        "Für einen Tagesskipass zahlen Wintersportler in Tirols großen Skigebieten heuer bis zu 84,50 Euro.",
        True,
        [("money", 84.5, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "„Solche Bedingungen wünscht man sich jeden Winter, der Schnee ist einfach perfekt“, sagte ein Liftbetreiber im Ötztal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Touristiker hoffen, dass die Pulverschneetage bis in die Osterferien hinein für volle Häuser sorgen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Weil die Zufahrt ins Paznauntal am Sonntag wegen Lawinengefahr gesperrt blieb, konnten rund 7.500 Urlauber aus Ischgl und Galtür nicht abreisen.",
        True,
        [("count", 7500, None, "about")],
        None,
    ),
    # --- A U.S. resort operator's season (Reuters), March ---
    (
        "en",
        "DENVER, March 10 (Reuters) - Summit Crest Resorts said on Tuesday that skier visits at its 31 North American mountains rose 4.2% to 16.8 million in the season through March 8.",
        True,
        [
            ("date", "--03-10", None, None),
            ("count", 31, None, None),
            ("percent", 4.2, "%", None),
            ("count", 16800000, None, None),
            ("date", "--03-08", None, None),
        ],
        "Summit Crest Resorts",
    ),
    (
        "en",
        "Season pass sales for next winter were up 3% in units and 7% in dollars, helped by a price increase on its flagship Alpine Pass to $1,129.",
        True,
        [("percent", 3, "%", None), ("percent", 7, "%", None), ("money", 1129, "USD", None)],
        None,
    ),
    (
        "en",
        "Lift ticket revenue climbed 6.4% to $812 million in the quarter.",
        True,
        [("percent", 6.4, "%", None), ("money", 812000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Dana Fairbrook told analysts that snowfall at its Colorado resorts was running at about 118% of the 30-year average.",
        True,
        [("percent", 118, "%", "about"), ("duration", 30, "year", None)],
        "Dana Fairbrook",
    ),
    (
        "en",
        '"Guests are telling us with their wallets that a day in the mountains is worth it," Fairbrook said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether ever-higher walk-up prices would drive casual skiers away from the sport.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A one-day walk-up lift ticket at its busiest resort now costs as much as $329 on peak weekends.",
        True,
        [("duration", 1, "day", None), ("money", 329, "USD", "up_to")],
        None,
    ),
    ("en", "Shares rose 2.8% in afternoon trading in New York.", True, [("percent", 2.8, "%", None)], None),
    # --- Bilanz an der Zugspitze (dpa/lby), April ---
    (
        "de",
        "Garmisch-Partenkirchen (dpa/lby) - An der Zugspitze sind in der Wintersaison 2025/26 rund 640.000 Skifahrer auf die Pisten gegangen, etwa 9 Prozent mehr als im Vorwinter.",
        True,
        [
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("count", 640000, None, "about"),
            ("percent", 9, "%", "about"),
        ],
        None,
    ),
    (
        "de",
        "Die Lifte am Zugspitzplatt liefen an 157 Tagen, so lange wie seit 2019 nicht mehr.",
        True,
        [("duration", 157, "day", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Zum Saisonende wurden auf dem Gletscher noch 3,1 Meter Schnee gemessen.",
        True,
        [("count", 3.1, None, None)],
        None,
    ),
    (
        "de",
        "Eine Tageskarte kostete in diesem Winter 72 Euro, für die kommende Saison kündigte die Bahn 76 Euro an.",
        True,
        [("money", 72, "EUR", None), ("money", 76, "EUR", None)],
        None,
    ),
    ("de", "Der Verband Deutscher Seilbahnen sprach von einem „Winter wie aus dem Bilderbuch“.", False, [], None),
    (
        "de",
        "In kleineren Skigebieten in Lagen unter 1.000 Metern lief der Betrieb dagegen nur an durchschnittlich 61 Tagen.",
        True,
        [("count", 1000, None, "under"), ("duration", 61, "day", None)],
        None,
    ),
    (
        "de",
        "Umweltschützer kritisieren seit Langem den Ausbau der Beschneiung in den bayerischen Alpen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Beschneiung am Hausberg hat der Freistaat nach Angaben des Wirtschaftsministeriums 4,2 Millionen Euro an Fördergeld bewilligt.",
        True,
        [("money", 4200000, "EUR", None)],
        None,
    ),
    # --- A spring storm in Colorado (AP), March ---
    (
        "en",
        "DENVER (AP) — A slow-moving spring storm buried parts of Colorado's high country under as much as 41 inches of snow, closing the main mountain highway for hours and shutting several ski areas on Sunday.",
        True,
        [("count", 41, None, "up_to")],
        None,
    ),
    (
        "en",
        "Wolf Creek's season total climbed to 402 inches, the most in North America this winter, according to the resort.",
        True,
        [("count", 402, None, None)],
        None,
    ),
    (
        "en",
        "The Colorado Avalanche Information Center said it had recorded 86 avalanches across the state since Friday.",
        True,
        [("count", 86, None, None)],
        "the Colorado Avalanche Information Center",
    ),
    (
        "en",
        "Snowpack in the Colorado River basin stood at 104% of the median for the date.",
        True,
        [("percent", 104, "%", None)],
        None,
    ),
    (
        "en",
        "Loveland and Arapahoe Basin suspended lift operations on Sunday because of the avalanche danger.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Crews on Monday were still working to reopen the highway between Denver and the resorts of Summit County.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"It\'s the kind of powder day people wait their whole lives for," said a skier from Boulder.',
        False,
        [],
        None,
    ),
    ("en", "Resort operators hoped the late snow would carry the season well into May.", False, [], None),
    (
        "en",
        "About 2,300 travelers spent the night at Denver International Airport after airlines canceled more than 600 flights.",
        True,
        [("count", 2300, None, "about"), ("count", 600, None, "over")],
        None,
    ),
    # --- Venice's access fee (Reuters), April ---
    (
        "en",
        "VENICE, April 14 (Reuters) - Venice will charge day-trippers its access fee on 60 days this year, after the season started on April 3, the city council said on Tuesday.",
        True,
        [("date", "--04-14", None, None), ("duration", 60, "day", None), ("date", "--04-03", None, None)],
        "the city council",
    ),
    (
        "en",
        "The fee rises to 12 euros for visitors who book fewer than three days in advance, from 6 euros for early bookings.",
        True,
        [("money", 12, "EUR", None), ("duration", 3, "day", "under"), ("money", 6, "EUR", None)],
        None,
    ),
    (
        "en",
        "Last year the levy raised about 5.8 million euros from roughly 720,000 paying visitors, according to city figures.",
        True,
        [("money", 5800000, "EUR", "about"), ("count", 720000, None, "about")],
        None,
    ),
    ("en", "Residents, students, commuters and tourists staying overnight in the city are exempt.", True, [], None),
    (
        "en",
        "Those caught without a ticket face fines of between 50 and 300 euros.",
        True,
        [("money", 50, "EUR", None), ("money", 300, "EUR", None)],
        None,
    ),
    (
        "en",
        "Mayor Giorgio Benetti said the number of day-trippers on peak days had fallen by about 8%.",
        True,
        [("percent", 8, "%", "about")],
        "Giorgio Benetti",
    ),
    ("en", '"Venice is not an amusement park, and we will not let it become one," Benetti said.', False, [], None),
    (
        "en",
        "Opposition councillors dismissed the charge as a marketing stunt that does nothing to stop residents leaving.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The historic centre's population has dropped below 48,000, less than half its level in the 1950s.",
        True,
        [("count", 48000, None, "under"), ("fraction", 0.5, None, "under")],
        None,
    ),
    # --- Bilanz der Wintersaison (APA), Mai ---
    (
        "de",
        "Wien (APA) - Die Wintersaison von November bis April hat Österreichs Beherbergungsbetrieben 74,3 Millionen Nächtigungen beschert, um 1,8 Prozent mehr als im Vorwinter.",
        True,
        [("count", 74300000, None, None), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Ankünfte erhöhte sich um 3,4 Prozent auf 19,7 Millionen, teilte die Statistik Austria am Mittwoch mit.",
        True,
        [("percent", 3.4, "%", None), ("count", 19700000, None, None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die durchschnittliche Aufenthaltsdauer ging damit weiter zurück, und zwar auf 3,8 Nächte.",
        True,
        [("count", 3.8, None, None)],
        None,
    ),
    (
        "de",
        "Fast zwei Drittel aller Winternächtigungen entfielen auf Tirol und Salzburg.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Erstmals buchten Gäste aus den Niederlanden im Winter mehr Nächte als Urlauber aus dem Inland.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Seilbahnen verzeichneten nach Angaben des Fachverbands rund 53,1 Millionen Skifahrertage.",
        True,
        [("count", 53100000, None, "about")],
        None,
    ),
    (
        "de",
        "Fachverbandsobmann Georg Tscholl sagte, die Betriebe hätten in dieser Saison rund 890 Millionen Euro in Lifte, Beschneiung und Gastronomie investiert.",
        True,
        [("money", 890000000, "EUR", "about")],
        "Georg Tscholl",
    ),
    ("de", "„Der Winter bleibt das Rückgrat des heimischen Tourismus“, sagte Tscholl.", False, [], None),
    ("de", "Die Arbeiterkammer bezeichnete die Preise für Skipässe als „Luxus für Besserverdiener“.", False, [], None),
    (
        "de",
        "Laut einer Erhebung der Arbeiterkammer Tirol sind die Preise für Tageskarten seit 2019 im Schnitt um 31 Prozent gestiegen.",
        True,
        [("year", 2019, None, None), ("percent", 31, "%", None)],
        None,
    ),
    # --- Greece's cruise levy (Reuters), May ---
    (
        "en",
        "ATHENS, May 19 (Reuters) - Greece raised about 26.4 million euros last year from the fee it charges cruise passengers at its busiest islands, the tourism ministry said on Tuesday.",
        True,
        [("date", "--05-19", None, None), ("money", 26400000, "EUR", "about")],
        "the tourism ministry",
    ),
    (
        "en",
        "Cruise passengers landing on Santorini and Mykonos pay 18 euros each in the peak months of July through September and 4 euros for the rest of the year.",
        True,
        [("money", 18, "EUR", None), ("money", 4, "EUR", None)],
        None,
    ),
    (
        "en",
        "Santorini received 1.23 million cruise passengers in 2025, down from 1.31 million the year before, as cruise lines shifted calls to smaller ports.",
        True,
        [("count", 1230000, None, None), ("year", 2025, None, None), ("count", 1310000, None, None)],
        None,
    ),
    (
        "en",
        "The island, home to about 16,200 permanent residents, has capped cruise arrivals at 7,500 passengers a day.",
        True,
        [("count", 16200, None, "about"), ("count", 7500, None, None)],
        None,
    ),
    (
        "en",
        "Santorini's mayor said the island would ask for the peak-season fee to be raised to 25 euros.",
        True,
        [("money", 25, "EUR", None)],
        None,
    ),
    (
        "en",
        "Ships must book berthing slots in advance through a digital system run by the port authority.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Café owners in Oia complained that the cap had emptied their terraces at midday without easing the crush at sunset.",
        False,
        [],
        None,
    ),
    ("en", "Environmental groups welcomed the levy while calling it far too timid.", False, [], None),
    (
        "en",
        "Cruise Lines International Association figures show 34.6 million people took an ocean cruise worldwide in 2025, 5.2% more than in 2024.",
        True,
        [
            ("count", 34600000, None, None),
            ("year", 2025, None, None),
            ("percent", 5.2, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    # --- Kreuzfahrtsaison in Hamburg (dpa), Juni ---
    (
        "de",
        "Hamburg (dpa) - Der Hamburger Hafen erwartet in diesem Jahr 284 Anläufe von Kreuzfahrtschiffen mit rund 1,4 Millionen Passagieren.",
        True,
        [("count", 284, None, None), ("count", 1400000, None, "about")],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr waren es 268 Anläufe mit 1,32 Millionen Passagieren gewesen, teilte die Hamburg Port Authority mit.",
        True,
        [("count", 268, None, None), ("count", 1320000, None, None)],
        "die Hamburg Port Authority",
    ),
    (
        "de",
        "Die drei Kreuzfahrtterminals in Altona, Steinwerder und der HafenCity sollen bis 2030 vollständig mit Landstrom versorgt werden.",
        True,
        [("count", 3, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Seit dieser Saison müssen Schiffe am Terminal Steinwerder Landstrom beziehen, sofern sie dafür ausgerüstet sind.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Studie der Handelskammer lässt ein Kreuzfahrtschiff pro Anlauf im Schnitt rund 410.000 Euro in der Stadt.",
        True,
        [("money", 410000, "EUR", "about")],
        None,
    ),
    ("de", "Anwohner in Altona klagen seit Jahren über Abgase und Lärm der Schiffe.", False, [], None),
    (
        "de",
        "„Kreuzfahrtgäste sind für Hamburg ein Gewinn und kein Problem“, sagte ein Sprecher des Tourismusverbands.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Messungen des Naturschutzbunds war die Feinstaubbelastung am Terminal Altona an Anlauftagen bis zu fünfmal höher als an Tagen ohne Schiff.",
        True,
        [("count", 5, None, "up_to")],
        None,
    ),
    (
        "de",
        "Größtes Schiff der Saison ist die „Nordlicht Aurora“, die bis zu 6.700 Passagiere an Bord nehmen kann.",
        True,
        [("count", 6700, None, "up_to")],
        None,
    ),
    # --- Glasgow's visitor levy (PA), July ---
    (
        "en",
        "GLASGOW (PA) - Glasgow's visitor levy raised £4.3 million in its first six months, according to council figures.",
        True,
        [("money", 4300000, "GBP", None), ("ordinal", 1, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "The 6% charge applies to the cost of overnight stays in hotels, B&Bs, hostels and short-term lets.",
        True,
        [("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "About 1,900 accommodation providers have registered for the scheme, roughly a third of them short-term lets.",
        True,
        [("count", 1900, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    ("en", "Providers collect the levy from guests and pass it on to the council every quarter.", True, [], None),
    (
        "en",
        "Council leader Moira Drummond said the money would pay for a £1.2 million upgrade of the city's tourist information centre.",
        True,
        [("money", 1200000, "GBP", None)],
        "Moira Drummond",
    ),
    ("en", '"Visitors love this city, and now they help us look after it," Drummond said.', False, [], None),
    (
        "en",
        "Hoteliers warned that the levy would push budget travellers to book rooms just outside the city boundary.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hotel occupancy in Glasgow averaged 79% in the first half of the year, down 2 percentage points from a year earlier, according to industry data.",
        True,
        [("percent", 79, "%", None), ("ordinal", 1, None, None), ("percent", 2, "pp", None)],
        None,
    ),
    # --- Ortstaxe in Wien (APA), Juli ---
    (
        "de",
        "Wien (APA) - Die Stadt Wien hat im ersten Halbjahr rund 31,5 Millionen Euro an Ortstaxe eingenommen, um 14 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("money", 31500000, "EUR", "about"), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Grund ist vor allem die Anhebung des Steuersatzes von 3 auf 4,8 Prozent des Nettoübernachtungsentgelts mit 1. Juli 2025.",
        True,
        [("percent", 3, "%", None), ("percent", 4.8, "%", None), ("date", "2025-07-01", None, None)],
        None,
    ),
    (
        "de",
        "Von Jänner bis Juni zählten die Wiener Beherbergungsbetriebe laut Wien Tourismus 9,1 Millionen Nächtigungen.",
        True,
        [("count", 9100000, None, None)],
        "Wien Tourismus",
    ),
    (
        "de",
        "Der Netto-Nächtigungsumsatz der Hotels stieg um 9 Prozent auf 612 Millionen Euro.",
        True,
        [("percent", 9, "%", None), ("money", 612000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zimmerauslastung lag im Juni bei 81,4 Prozent, der durchschnittliche Zimmerpreis bei 168 Euro pro Nacht.",
        True,
        [("percent", 81.4, "%", None), ("money", 168, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzstadtrat Herbert Lechthaler sagte, ein Viertel der Einnahmen fließe künftig in einen Fonds für Kulturprojekte in den Außenbezirken.",
        True,
        [("fraction", 0.25, None, None)],
        "Herbert Lechthaler",
    ),
    (
        "de",
        "„Wien verkauft sich nicht unter Wert, und das wissen unsere Gäste auch“, sagte Lechthaler.",
        False,
        [],
        None,
    ),
    ("de", "Die Hoteliervereinigung kritisierte die Erhöhung als „Griff in die Taschen der Gäste“.", False, [], None),
    # --- U.S. national parks (AP), July ---
    (
        "en",
        "WASHINGTON (AP) — America's national parks logged a record 338.6 million recreation visits last year, the National Park Service said Thursday.",
        True,
        [("count", 338600000, None, None)],
        "the National Park Service",
    ),
    (
        "en",
        "Great Smoky Mountains National Park was again the most visited, with 12.9 million visits, nearly three times as many as Yellowstone.",
        True,
        [("count", 12900000, None, None), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "en",
        "Park visitors spent an estimated $29.4 billion in communities within 60 miles of a park, according to the agency's annual economic report.",
        True,
        [("money", 29400000000, "USD", "about"), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "Staffing at the parks has fallen by about 2,400 permanent positions since January 2025.",
        True,
        [("count", 2400, None, "about"), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Zion recorded 5.1 million visits, its third-highest total ever.",
        True,
        [("count", 5100000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"The parks belong to all of us, and Americans keep showing how much they love them," the service\'s director said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Conservation groups warned that crowds and thin staffing were wearing down trails, campgrounds and visitor centers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Arches and Rocky Mountain national parks will again require timed-entry reservations from May 23 to Oct. 19.",
        True,
        [("date", "--05-23", None, None), ("date", "--10-19", None, None)],
        None,
    ),
    # --- Neuschwanstein (dpa/lby), August ---
    (
        "de",
        "München (dpa/lby) - Schloss Neuschwanstein hat im ersten Halbjahr 742.000 Besucherinnen und Besucher gezählt, so viele wie noch nie.",
        True,
        [("ordinal", 1, None, None), ("count", 742000, None, None)],
        None,
    ),
    (
        "de",
        "Das waren 6 Prozent mehr als im Vorjahreszeitraum, teilte die Bayerische Schlösserverwaltung mit.",
        True,
        [("percent", 6, "%", None)],
        "die Bayerische Schlösserverwaltung",
    ),
    (
        "de",
        "Täglich werden höchstens 6.000 Tickets für die Führungen verkauft, die rund 35 Minuten dauern.",
        True,
        [("count", 6000, None, "at_most"), ("duration", 35, "minute", "about")],
        None,
    ),
    (
        "de",
        "Knapp sieben von zehn Besuchern reisen aus dem Ausland an.",
        True,
        [("fraction", 0.7, None, "nearly")],
        None,
    ),
    ("de", "Tickets gibt es seit diesem Jahr nur noch online und mit fester Einlasszeit.", True, [], None),
    (
        "de",
        "„Der Andrang zeigt, welche Strahlkraft unsere Schlösser in der Welt haben“, sagte ein Sprecher der Schlösserverwaltung.",
        False,
        [],
        None,
    ),
    ("de", "Anwohner in Hohenschwangau beklagen den Dauerstau auf der Zufahrt zum Schloss.", False, [], None),
    (
        "de",
        "Die Gemeinde Schwangau hat deshalb die Parkgebühr für Reisebusse auf 60 Euro pro Tag verdoppelt.",
        True,
        [("money", 60, "EUR", None)],
        None,
    ),
    # --- The Louvre and Paris hotels (Reuters), August ---
    (
        "en",
        "PARIS, Aug 11 (Reuters) - The Louvre will cap daily attendance at 27,000 visitors from September, down from 29,000, the museum announced on Tuesday.",
        True,
        [("date", "--08-11", None, None), ("count", 27000, None, None), ("count", 29000, None, None)],
        None,
    ),
    (
        "en",
        "The world's most-visited museum received 8.4 million visitors last year, about 80% of them from abroad.",
        True,
        [("count", 8400000, None, None), ("percent", 80, "%", "about")],
        None,
    ),
    (
        "en",
        "Staff walked out for several hours in June over crowding, forcing the museum to open late.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Visitors from countries outside the European Economic Area pay 34 euros per ticket, 12 euros more than EU residents.",
        True,
        [("money", 34, "EUR", None), ("money", 12, "EUR", None)],
        None,
    ),
    (
        "en",
        "Hotels in Paris ran at an average occupancy of 76.8% in July, 1.9 percentage points higher than a year earlier, according to a hotel data firm.",
        True,
        [("percent", 76.8, "%", None), ("percent", 1.9, "pp", None)],
        None,
    ),
    (
        "en",
        "The average nightly rate at the capital's four- and five-star hotels rose 4% to 412 euros.",
        True,
        [("count", 4, None, None), ("count", 5, None, None), ("percent", 4, "%", None), ("money", 412, "EUR", None)],
        None,
    ),
    (
        "en",
        "Museum staff have complained for years that overcrowding makes their working conditions unbearable.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"People should come to the Louvre for the art, not for the queue," the culture minister said.',
        False,
        [],
        None,
    ),
    # --- Jungfraujoch (Keystone-SDA), September ---
    (
        "de",
        "Interlaken (Keystone-SDA) - Die Jungfraubahnen haben im ersten Halbjahr 612'400 Gäste aufs Jungfraujoch befördert, so viele wie nie in einer Jahreshälfte.",
        True,
        [("ordinal", 1, None, None), ("count", 612400, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Zuwachs von 8,3 Prozent gegenüber dem Vorjahreszeitraum.",
        True,
        [("percent", 8.3, "%", None)],
        None,
    ),
    ("de", "Gäste aus Asien machten gut die Hälfte der Besucher aus.", True, [("fraction", 0.5, None, "over")], None),
    (
        "de",
        "Der Umsatz stieg um 11 Prozent auf 168,2 Millionen Franken.",
        True,
        [("percent", 11, "%", None), ("money", 168200000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ein Retourbillett von Interlaken Ost aufs Jungfraujoch kostet in der Hochsaison 263 Franken.",
        True,
        [("money", 263, "CHF", None)],
        None,
    ),
    (
        "de",
        "Konzernchef Urs Kämpfen sagte, man wolle die Zahl der Gäste auf dem Joch bei 5000 pro Tag deckeln.",
        True,
        [("count", 5000, None, None)],
        "Urs Kämpfen",
    ),
    ("de", "«Das Joch ist und bleibt ein Ort zum Staunen», sagte Kämpfen.", False, [], None),
    ("de", "In Grindelwald klagen Einheimische über verstopfte Strassen und überfüllte Züge.", False, [], None),
    # --- Croatia's season (Reuters), September ---
    (
        "en",
        "ZAGREB, Sept 8 (Reuters) - Croatia recorded 21.2 million tourist arrivals and 108.6 million overnight stays in the year's first eight months, according to the tourism ministry.",
        True,
        [
            ("date", "--09-08", None, None),
            ("count", 21200000, None, None),
            ("count", 108600000, None, None),
            ("ordinal", 1, None, None),
            ("duration", 8, "month", None),
        ],
        None,
    ),
    (
        "en",
        "That was 2% more arrivals but 1% fewer nights than a year earlier, as guests shortened their stays.",
        True,
        [("percent", 2, "%", None), ("percent", 1, "%", None)],
        None,
    ),
    ("en", "The average stay slipped to 5.1 nights.", True, [("count", 5.1, None, None)], None),
    (
        "en",
        "Germans were again the largest group, accounting for about 22% of overnight stays.",
        True,
        [("percent", 22, "%", "about")],
        None,
    ),
    (
        "en",
        "Prices for private accommodation on the Dalmatian coast have risen by roughly 40% since 2021, according to a survey by a consumer association.",
        True,
        [("percent", 40, "%", "about"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Tourism Minister Tonči Barić said 11,400 private rentals had been deregistered since January under new rules on short-term lets.",
        True,
        [("count", 11400, None, None)],
        "Tonči Barić",
    ),
    ("en", '"Croatia does not want to be cheap, it wants to be good," Barić said.', False, [], None),
    (
        "en",
        "Hoteliers blamed high prices for the weaker numbers and urged the government to ease the tax burden on accommodation.",
        False,
        [],
        None,
    ),
    # --- Skipasspreise für den Winter 2026/27 (APA), Oktober ---
    (
        "de",
        "Salzburg (APA) - Skifahren wird im kommenden Winter erneut teurer: In Ski amadé steigt der Preis für die Tageskarte um 4,1 Prozent auf 83 Euro.",
        True,
        [("percent", 4.1, "%", None), ("money", 83, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Sechstagesskipass kostet künftig 412 Euro, Kinder zahlen 206 Euro.",
        True,
        [("duration", 6, "day", None), ("money", 412, "EUR", None), ("money", 206, "EUR", None)],
        None,
    ),
    (
        "de",
        "In den 20 größten Skigebieten Österreichs liegt der Preis für eine Tageskarte im Schnitt bei 76,40 Euro, wie die Arbeiterkammer in einer Erhebung ermittelte.",
        True,
        [("count", 20, None, None), ("money", 76.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Seit der Saison 2019/20 sind die Tageskarten damit um durchschnittlich 29 Prozent teurer geworden.",
        True,
        [("year", 2019, None, None), ("year", 2020, None, None), ("percent", 29, "%", None)],
        None,
    ),
    (
        "de",
        "Für eine vierköpfige Familie kostet eine Skiwoche mit Unterkunft laut der Erhebung im Schnitt mehr als 3.800 Euro.",
        True,
        [("count", 4, None, None), ("money", 3800, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Seilbahnsprecherin Claudia Zwischenbrugger sagte, die Kosten für Energie und Personal seien seit 2021 um mehr als ein Drittel gestiegen.",
        True,
        [("year", 2021, None, None), ("fraction", 0.3333, None, "over")],
        "Claudia Zwischenbrugger",
    ),
    (
        "de",
        "„Ein Skitag ist immer noch ein Erlebnis, das seinen Preis wert ist“, sagte Zwischenbrugger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer warnte, der Wintersport drohe für viele Familien unleistbar zu werden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mehrere Tiroler Skigebiete verzichten heuer auf eine Preiserhöhung bei den Kinderskipässen.",
        True,
        [],
        None,
    ),
    # --- French ski pass prices (AFP), November ---
    (
        "en",
        "GRENOBLE, France (AFP) - Ski pass prices at French resorts will rise by an average of 4.5% this winter, industry body Domaines Skiables de France said.",
        True,
        [("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "A six-day pass at Val Thorens will cost 395 euros, while a day pass in the Three Valleys tops 80 euros for the first time.",
        True,
        [
            ("duration", 6, "day", None),
            ("money", 395, "EUR", None),
            ("money", 80, "EUR", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "French ski areas sold 51.2 million skier days last season, the third-best winter on record.",
        True,
        [("count", 51200000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Around 60 small resorts below 1,500 metres have shut for good since 2000, according to a geographer at Savoie Mont Blanc University.",
        True,
        [("count", 60, None, "about"), ("count", 1500, None, "under"), ("year", 2000, None, None)],
        None,
    ),
    (
        "en",
        "Dynamic pricing now applies at 38 French resorts, where a day pass bought online weeks ahead can cost up to 30% less.",
        True,
        [("count", 38, None, None), ("percent", 30, "%", "up_to")],
        None,
    ),
    (
        "en",
        '"Skiing remains a passion that French families are not ready to give up," the body\'s president said.',
        False,
        [],
        None,
    ),
    ("en", "Consumer groups accuse operators of turning a popular sport into a luxury for the few.", False, [], None),
    # --- A U.S. hotel group's quarter (Reuters), November ---
    (
        "en",
        "NEW YORK, Nov 4 (Reuters) - Alderbrook Hotels said on Wednesday revenue per available room rose 3.1% in the third quarter, beating analysts' estimates of 2.4%.",
        True,
        [
            ("date", "--11-04", None, None),
            ("percent", 3.1, "%", None),
            ("ordinal", 3, None, None),
            ("percent", 2.4, "%", None),
        ],
        "Alderbrook Hotels",
    ),
    (
        "en",
        "Occupancy at its 1,240 hotels averaged 74.6%, while the average daily rate climbed 2.2% to $186.40.",
        True,
        [
            ("count", 1240, None, None),
            ("percent", 74.6, "%", None),
            ("percent", 2.2, "%", None),
            ("money", 186.4, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Net income rose to $312 million, or $1.48 per share, from $287 million a year earlier.",
        True,
        [("money", 312000000, "USD", None), ("money", 1.48, "USD", None), ("money", 287000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The company raised its full-year forecast for growth in revenue per available room to between 2.5% and 3%.",
        True,
        [("percent", 2.5, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Margaret Lindholm told analysts that bookings for the holiday period were running about 6% ahead of last year.",
        True,
        [("percent", 6, "%", "about")],
        "Margaret Lindholm",
    ),
    (
        "en",
        '"Travelers keep choosing experiences over things, and we are built for that," Lindholm said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said softer demand from government travelers could weigh on results in coming quarters.",
        False,
        [],
        None,
    ),
    ("en", "The company also announced a new share buyback programme.", True, [], None),
    ("en", "Its shares rose 4.6% in premarket trading.", True, [("percent", 4.6, "%", None)], None),
    # --- Hotelpreise im Advent (dpa), Dezember ---
    (
        "de",
        "Berlin (dpa) - Hotelzimmer in deutschen Großstädten kosten an den Adventswochenenden im Schnitt 164 Euro pro Nacht und damit 23 Prozent mehr als an gewöhnlichen Wochenenden.",
        True,
        [("money", 164, "EUR", None), ("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "Am teuersten ist nach der Auswertung eines Buchungsportals Dresden mit durchschnittlich 198 Euro, gefolgt von Nürnberg mit 187 Euro.",
        True,
        [("money", 198, "EUR", None), ("money", 187, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Nürnberger Christkindlesmarkt rechnet in diesem Jahr mit rund 2,3 Millionen Besuchern an 31 Markttagen.",
        True,
        [("count", 2300000, None, "about"), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Der Hotelverband IHA meldete für November eine Zimmerauslastung von 68,3 Prozent, 1,2 Prozentpunkte mehr als vor einem Jahr.",
        True,
        [("percent", 68.3, "%", None), ("percent", 1.2, "pp", None)],
        None,
    ),
    (
        "de",
        "IHA-Hauptgeschäftsführer Jens Wöhrmann sagte, rund 40 Prozent der Hotels hätten ihre Preise im laufenden Jahr nicht erhöht.",
        True,
        [("percent", 40, "%", "about")],
        "Jens Wöhrmann",
    ),
    ("de", "„Im Advent zeigt sich die Stadthotellerie von ihrer besten Seite“, sagte Wöhrmann.", False, [], None),
    ("de", "Verbraucherschützer kritisieren die Aufschläge in der Adventszeit als Abzocke.", False, [], None),
    (
        "de",
        "Bei der Verbraucherzentrale gingen nach eigenen Angaben seit Oktober 46 Beschwerden über nachträglich erhöhte Zimmerpreise ein.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    # --- Utah's ski season (AP), December ---
    (
        "en",
        "SALT LAKE CITY (AP) — Utah ski resorts drew a record 7.6 million skier days last season, the state's ski industry association said Tuesday, as several resorts opened early after a snowy start to December.",
        True,
        [("count", 7600000, None, None)],
        None,
    ),
    (
        "en",
        "Alta reported 68 inches of snow in the first nine days of the month.",
        True,
        [("count", 68, None, None), ("ordinal", 1, None, None), ("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "Skier spending in the state reached an estimated $2.1 billion, supporting about 24,000 jobs.",
        True,
        [("money", 2100000000, "USD", "about"), ("count", 24000, None, "about")],
        None,
    ),
    (
        "en",
        "A one-day lift ticket at Park City Mountain now costs up to $299 when bought at the window.",
        True,
        [("duration", 1, "day", None), ("money", 299, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Snowbird opened on Nov. 21, its earliest start since 2019.",
        True,
        [("date", "--11-21", None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Ski Utah president Nathan Rasmussen said nearly half of all skier days came from out-of-state visitors.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Nathan Rasmussen",
    ),
    (
        "en",
        '"What falls on these mountains is more than a slogan, it is the reason people fly here," Rasmussen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents of Little Cottonwood Canyon have long complained about gridlocked traffic on powder days.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Utah Department of Transportation said the canyon road was closed for 11 hours on Sunday for avalanche control.",
        True,
        [("duration", 11, "hour", None)],
        "the Utah Department of Transportation",
    ),
    # --- Saisonstart in der Schweiz (Keystone-SDA), Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Skigebiete haben am ersten Dezemberwochenende 412'000 Ersteintritte gezählt, ein Plus von 18 Prozent zum Vorjahr, teilte der Verband Seilbahnen Schweiz am Montag mit.",
        True,
        [("ordinal", 1, None, None), ("count", 412000, None, None), ("percent", 18, "%", None)],
        "der Verband Seilbahnen Schweiz",
    ),
    (
        "de",
        "In Arosa lagen am Sonntag 85 Zentimeter Schnee, in Zermatt auf 2900 Metern über Meer 1,4 Meter.",
        True,
        [("count", 85, None, None), ("count", 2900, None, None), ("count", 1.4, None, None)],
        None,
    ),
    (
        "de",
        "Bereits 41 der rund 330 Skigebiete haben ihren Betrieb aufgenommen.",
        True,
        [("count", 41, None, None), ("count", 330, None, "about")],
        None,
    ),
    (
        "de",
        "Immer mehr Bergbahnen setzen auf dynamische Preise: In Laax kostet eine Tageskarte je nach Tag zwischen 59 und 112 Franken.",
        True,
        [("money", 59, "CHF", None), ("money", 112, "CHF", None)],
        None,
    ),
    (
        "de",
        "Verbandsdirektorin Corina Jenal sagte, in der vergangenen Saison seien 22,4 Millionen Skitage verkauft worden.",
        True,
        [("count", 22400000, None, None)],
        "Corina Jenal",
    ),
    ("de", "«Der Saisonstart hätte kaum besser laufen können», sagte Jenal.", False, [], None),
    (
        "de",
        "Pro Natura kritisierte, die Beschneiung verschlinge in tiefen Lagen zu viel Wasser und Strom.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Beschneiung kostet die Bergbahnen laut Branchenangaben rund 4 Franken pro Kubikmeter Schnee.",
        True,
        [("money", 4, "CHF", "about")],
        None,
    ),
]
