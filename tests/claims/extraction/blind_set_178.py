"""Hundred-and-seventy-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, brands and figures are made
up (Norvik Motors, Dana Morrow, Velsen, Matthias Brehmer, Lorna Haverstock, Lukas Gstettner,
Kevin Dorsey, Lindenthal Antriebe, Rüdiger Voßkamp, Sevgi Arslan, Hugh Pemberton, Lianne
Okafor, Ingo Vahlbruch, Harcourt Motors, Vikram Sethi, Gary Blundell, Rowena Ashby, Qiantang
Auto, Adrian Küenzli, Claudia Pirkhofer, Holger Mertesacker, Bernhard Leuthold, Gethin Pryce,
Mareike Fenske, Carla Brightman, Matteo Ferrandi, Edith Kaltenegger, Tokai Motor, Hiroshi
Kanemura, Imogen Castell, Thomas Rüegsegger, Great Lakes Motor Co, Tamara Boyce, Detlef
Ruhnau, Jens Overhoff, Bronwyn Halloran, Markus Praxmarer); ministers, agency heads, union
officials and office holders of real places appear under made-up names that stand for no
real holder, or by their role only ("der Bundesverkehrsminister", "der Präsident des
Deutschen Verkehrssicherheitsrats", "ein Sprecher von Pro Bahn", "the Mayor of London", "a
Republican state senator", "a company spokesperson", "Qiantang's chairman", "the chief
executive of watchdog Transport Focus", "a driver filling up near Lyon", "a commuter waiting
at Leeds station"). Real bodies, places, roads, lines and tickets ("Kraftfahrt-Bundesamt
(KBA)", "Flensburg", "VDA", "VCD", "Innenministerium", "Niederösterreich", "Steiermark",
"VCÖ", "Kuratorium für Verkehrssicherheit", "Schweinfurt", "IG Metall",
"Bundesverkehrsministerium", "Bundesverband Güterkraftverkehr Logistik und Entsorgung
(BGL)", "SBB", "Verband öffentlicher Verkehr", "Bahninfrastrukturfonds",
"Generalabonnement", "Asfinag", "ÖAMTC", "Wolfsburg", "Hannover-Linden", "DZ Bank",
"Deutscher Städtetag", "Forsa", "ADAC", "Umweltbundesamt", "Bundestag", "Wiener Linien",
"U2", "U5", "Statistisches Bundesamt (Destatis)", "Wiesbaden", "Auto-Schweiz", "Bundesrat",
"Deutschlandticket", "Verband Deutscher Verkehrsunternehmen (VDV)", "Pro Bahn", "Deutsche
Bahn", "Köln–Hagen", "Brennerautobahn (A13)", "Innsbruck", "Schönberg", "Gärberbach",
"Wipptal", "Land Tirol"; "Society of Motor Manufacturers and Traders (SMMT)", "Metropolitan
Transportation Authority", "MTA", "Central Park", "Staten Island", "Department for
Transport", "Railfuture", "Office of Rail and Road", "Brighton", "Coventry", "Unite", "West
Midlands", "China Passenger Car Association", "Hungary", "Shenzhen", "Welsh Government",
"Senedd", "Welsh Conservatives", "Transport for Wales", "National Highway Traffic Safety
Administration", "NHTSA", "European Automobile Manufacturers' Association (ACEA)",
"Transport & Environment", "Northern", "Network Rail", "Transport Focus", "United Auto
Workers", "Barclays", "New South Wales", "Queensland", "Transport for London (TfL)", "Zone
1", "London TravelWatch", "London Assembly Conservatives", "Marseille", "Lyon") stand for the
way wire copy names them; every delivery, registration, job cut, closure date, fare, toll,
fine, punctuality rate, death toll, speed, survey share, sum, age and quote here is invented,
and where a real figure came to mind (a real ticket price, a real vignette price, a real
network length, a real surcharge, a real emissions saving, a real petition total, a real
fatality rate) it was changed or left out.

Its weight: CAR INDUSTRY, TRANSPORT AND MOBILITY over one year (January to December 2026) in
story order, 30 stories with the German and English ones interleaved by date, each told as
wire copy runs it (a dateline lead, the figures, attributed claims, the other side, quotes):
car makers' deliveries and results, job cuts and plant closures, electric car registrations
and market shares, public transport tickets, fares and passenger numbers, motorway tolls and
vignettes, rail punctuality, traffic deaths statistics and speed limit debates. Half German
(dpa, dpa-AFX, APA, Keystone-SDA, Reuters German; Austrian "heuer", "Jänner", "Pkw-Lenker",
"Öffi-Abzocke", "Verkehrslandesrat", Swiss "Personenwagen", "in Verkehr gesetzt",
"Generalabonnement", "112'480", «» quotes, German „“ quotes): the KBA's registrations for
2025, Austria's road deaths, a supplier closing its main plant in Schweinfurt, Germany's
truck toll, the SBB's year, the Asfinag's toll revenue, a Wolfsburg carmaker's deliveries and
job cuts, the Tempo-30 initiative and the motorway speed limit, Vienna's public transport,
Germany's road deaths in the first half, Swiss registrations, the Deutschlandticket's price,
Deutsche Bahn's punctuality in September and a trial speed limit on the Brenner motorway.
Half English (Reuters, AP, AFP, PA): an EV maker's quarterly deliveries, British electric car
registrations, Manhattan's congestion toll, French motorway tolls, English rail fares, a van
plant closing in Coventry, a Chinese EV maker's monthly deliveries, Wales's 20mph limit, U.S.
traffic deaths, EU registrations, a Japanese carmaker's job cuts, British rail punctuality,
layoffs at an Ohio EV plant, Australia's road toll and London's fares. Figures as such copy
has them: vehicles delivered, produced, registered and on the road, jobs, sites, plants,
passengers and casualties as counts with their hedges, market shares and their moves in
percent and percentage points, prices, fares, tolls, fines, profits, losses, charges and
investment in euros, cents, francs, pounds, pence, dollars, Australian dollars and yen
(converted figures in brackets), speeds and speed limits ("Tempo 30", "Tempo 120", "Tempo
100", "20mph and 30mph limits", "by 3.6mph"), lengths of networks, pollution in micrograms,
rates per head and per vehicle mile, number words and compounds ("neun Menschen",
"fünfstündigen", "Zehn-Tages-Vignette", "nine-year history", "Within ten years"), ordinals
("Im dritten Quartal", "der zweiten Klasse", "the fourth straight annual decline", "the
plant's second shift", "for the third year in a row"), shares ("gut jeder fünfte", "Knapp ein
Drittel", "Fast drei Viertel", "Fast jeder vierte", "less than half", "nearly three in 10",
"about one in 20", "About two-thirds"), punctuality thresholds, durations, ages, years, dates
with and without a year, hedges and ranges. Negatives as such copy has them: executives',
ministers', unionists' and campaigners' rhetoric in quotes, labels with "sprach von",
"nannten", "kritisierte ... als" and "called", a warning and an appeal, advice, forecasts and
vows without a figure, open questions, a declined answer and vox pops - seven of them
carrying figures, labelled.

244 rows (122 German, 122 English), 57 negatives (27 German, 30 English), 187 check-worthy
rows of which 12 carry no figure (7 German, 5 English), 337 expected quantities (103 counts,
91 percentages - 90 in %, 1 in percentage points -, 41 amounts of money - 18 EUR, 9 GBP, 8
USD, 3 CHF, 2 JPY, 1 AUD -, 35 years, 20 durations - 10 in years, 5 in months, 2 in minutes,
2 in days, 1 in hours -, 18 ordinals, 15 dates, 14 fractions; 7 of them in seven negatives,
as the seventeenth batch labels a figure in a negative), 41 checked speakers (22 German, 19
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, vow or piece of rhetoric is a negative with speaker None, also
  with a named speaker and an office (seventh, ninety-eighth, hundred-fifty-second,
  hundred-sixty-seventh, hundred-seventy-third); a reported statement of fact, figure, step
  or position is check-worthy with its speaker. The pairs from one speaker: Brehmer's 720.000
  electric cars beside „Der Hochlauf ist da, ...“; Haverstock's £5.2 billion beside "The
  market is being dragged ..."; Küenzli's 12'000 posts beside «Pünktlichkeit ist kein Zufall,
  ...»; Brightman's three in 10 beside "Every one of those numbers ..."; Kaltenegger's 98,4
  Prozent beside „Die Wienerinnen und Wiener halten uns die Treue, ...“; Rüegsegger's
  236'000 cars beside «Die Kundschaft ist verunsichert, ...»; Halloran's A$1.1 billion beside
  "We are going backwards, ..."; Praxmarer's 41.000 vehicles beside „Tempo 100 ist kein
  Selbstzweck, ...“ (its "Tempo 100" labelled); Ruhnau's 700.000 cancellations ("Ruhnau
  sagte, ..." -> "Ruhnau") beside „Jede Preiserhöhung treibt Pendler zurück ins Auto“.
  Konjunktiv I paraphrases of a figure, a fact or a cause are check-worthy with the speaker
  their own attribution gives (thirty-ninth, hundred-sixty-seventh, hundred-seventy-third),
  and with speaker None where the row names no one ("Grund sei die schwache Nachfrage ...,
  deren Absatz sich seit 2019 fast halbiert habe." - "fast halbiert" a verb and no fraction,
  hundred-forty-eighth: "fast verdoppelt").
- Check-worthy without a figure (fifty-eighth, hundred-sixty-seventh, hundred-seventy-third):
  a record with a point of reference as a lead ("so viel Geld ... wie nie zuvor"), the
  ministry's stated accident causes, a union's announced rally ("Die IG Metall kündigte für
  Freitag eine Kundgebung ... an."), the use of toll money, production moving abroad, a chief
  operating officer's stated cause ("the cost of meeting ... had made the site unviable" ->
  "Vikram Sethi"), the cities' stated aim ("teilte der Deutsche Städtetag mit"), a
  minister's stated position ("Der Bundesverkehrsminister lehnt ein Tempolimit ab und
  verweist auf den Koalitionsvertrag." - a position, not an evaluation), where the plants to
  close stand, an attribution row ("Das teilte das Statistische Bundesamt (Destatis) am
  Freitag mit." -> "das Statistische Bundesamt"; hundred-seventy-third: "Das teilte die
  Statistik Austria ... mit."), the definition of an on-time train ("within a minute" - an
  article, none) and Network Rail's stated rise in delays ("rose sharply" no figure).
- Demands, targets, plans and forecasts with a figure are check-worthy (seventh,
  hundred-thirty-ninth, hundred-sixty-seventh, hundred-seventy-third): "Der VCÖ forderte
  erneut Tempo 80 auf Freilandstraßen und Tempo 30 ..." 80 and 30 (hundred-sixty-seventh:
  Dietzsch's demand with a figure), the initiative of more than 1.150 towns "die mehr
  Spielraum bei Tempo 30 fordert", the VDA's 720.000 ("rechne"), Lindenthal's savings from
  2028, Velsen's margin range and its 28.000 posts by 2030, Norvik's compact model "in the
  second half of 2026", Qiantang's target, Tokai's profit forecast, the ACEA's "about 1%",
  the Asfinag's 9,4 Milliarden Euro by 2031, the Wiener Linien's 58 trams, the Bahn's 37
  corridors, the A$1.1 billion and the London fare rise. Forecasts, vows and warnings without a figure are negatives (forty-seventh,
  hundred-sixty-seventh): "Dealers expect private demand ...", "Analysts expect the price war
  ...", "Analysts at Barclays said more EV cutbacks ... were likely.", "Der Verband
  öffentlicher Verkehr warnte vor Kürzungen ...", "Tamara Boyce vowed that the union would
  fight ...", "Unions have called for fares to be frozen ..." and "London TravelWatch urged
  TfL to protect the daily cap ..." (demands that name no figure, hundred-seventy-third).
- Other negatives (ninety-eighth to hundred-seventy-third): labels ("Der ökologische
  Verkehrsclub VCD sprach von einer „Wende im Schneckentempo“.", "Analysten der DZ Bank
  nannten den Ausblick ...", "Die Opposition kritisierte die Preiserhöhung als
  „Öffi-Abzocke“.", "Der ÖAMTC sprach von ...", "The Welsh Conservatives called the policy
  ...", "A motorists' association called the rise ...", "Campaign group Transport &
  Environment said the figures showed the CO2 rules were working." - a verdict on figures,
  hundred-seventy-third: 'said the numbers showed the brand was "back in fashion"' -, "Road
  safety groups called the figures "shameful"."), an appeal to drivers ("Die Polizei
  appelliert an alle Verkehrsteilnehmer, ..."), advice ("Der Verkehrssicherheitsrat rät
  älteren Pedelec-Fahrern ..."; hundred-fifty-second), open questions (five "Ob ..." rows,
  "Whether other U.S. cities will follow ...", "Analysts said the first quarter would show
  whether ..." with its ordinal 1 labelled), declined or missing answers ("Ob der Bundesrat
  eine Kaufprämie prüft, wollte das Departement nicht sagen.", "Harcourt did not say whether
  any of the workers ...", "The company did not say how many of the cuts would be
  voluntary."; hundred-sixty-fifth: "The ministry declined to say whether ..."), a safety
  advocates' verdict ("far too slow to celebrate"), an executive's ambition in a quote
  ("Within ten years we want to be a household name ..." with its 10 years labelled) and vox
  pops (a driver near Lyon, a commuter at Leeds station, a state senator, the London Assembly
  Conservatives' spokesperson). The labelled figures in negatives besides: "eine zweite
  Mineralölsteuer" ordinal 2, "Tempo 130" 130 (hundred-fifty-eighth: „Tempo 130 rettet Leben
  ...“ 130 labelled), "nach 2027" 2027, "Pünktlichkeitsziel von 65 Prozent" 65.
- Counts (every batch): vehicles, jobs, sites, passengers, casualties and the like as
  written with their hedges ("583.412", "2,81 Millionen Pkw" 2,810,000 - the issue's "2,4
  Millionen Einwohner" -, "rund 720.000" "about", "rund 1,93 Millionen" "about", "418,230",
  "2.02 million", "351 ..., um 29 weniger", "mit 72 ..., mit 58", "bereits neun Menschen" 9
  ("bereits" no hedge), "About 73,000 fewer vehicles a day" "about" ("a day" none), "rund
  4.300 Stellen" "about", "2.650 Arbeitsplätze ..., davon 1.100" ("Allein", "davon" no
  hedge), "knapp 31.000 Menschen an 46 Standorten in 19 Ländern" "nearly" on its own figure,
  "about 9,400 kilometres" "about", "rund 53.400 Kilometer" "about", "about 1,450 jobs",
  "38,200 vans ..., of 90,000", "around 6,800 people ... at four sites", "2,300 jobs",
  "312,640", "68,900 units", "5.2 million vehicles", "1,41 Millionen Menschen"
  ("durchschnittlich" no hedge), "rund 12'000 Stellen" "about" (Swiss apostrophe, tenth), "In das
  Streckennetz von 2.249 Kilometern", "8,62 Millionen Fahrzeuge", "2,47 Millionen", "28.000
  Stellen", "1,862 ..., 2,418", "from 21 to 14", "on 412 roads", "451,208 signatures", "Mehr
  als 1.150 Städte" "over" ("inzwischen" no hedge), "An estimated 37,180 people" "about"
  (hundred-seventy-third: "an estimated" "about"), "6,870", "2.74 million", "1,06 Milliarden
  Fahrgäste", "um rund 22.000 auf 1,19 Millionen", "58 neue Straßenbahnen und 34
  U-Bahn-Züge", "9,000 jobs", "3.41 million vehicles", "1.312 Menschen", "rund 170.500",
  "knapp 1,2 Millionen Unfälle" "nearly", "auf 109", "264 Menschen" ("Allein" no hedge),
  "1.71 billion ..., the 1.74 billion", "112'480", "rund 236'000" "about", "gut 21'300" "over"
  (hundred-fifty-eighth: "gut" "over"), "4'870 Neuzulassungen", "about 1,700 hourly workers",
  "roughly 3,900 people" "about", "2.1 million vehicles", "rund 14,2 Millionen Menschen",
  "rund 700.000 Abonnenten", "gut 1.100 Baustellen" "over", "insgesamt 37 ... Korridore" (no
  hedge), "1,318 deaths", "with 362, ... with 311", "bis zu 41.000 Fahrzeuge ..., davon etwa
  9.000 Lkw" "up_to" and "about", "rund 86.000 Tempoverstöße", "around 3.6 billion trips"
  "about"), definite groups (forty-first, hundred-fifty-second): "its two best-selling
  models" 2 and "close two of its 17 vehicle plants" 2 and 17 ("Two of the four men"); "One
  of the plants ... and the other" carries none (hundred-fifty-second: "one of the men").
  "roughly 52,000 analysts had expected" and "leaving about 2,700 more cars" "about" (the
  "more" after the figure compares, hundred-first). Rates per head and per distance are two
  counts (hundred-fifty-fifth: "15.4 deaths per 100,000 people"): "1.17 deaths per 100
  million vehicle miles traveled, from 1.23" 1.17, 100,000,000 and 1.23, "about 4.9 deaths
  per 100,000 people" 4.9 "about" and 100,000. Speeds and speed limits are counts
  (eighty-first, hundred-fifty-second: "a 40mph zone", "Tempo-30-Zone";
  hundred-fifty-eighth: "Tempo 130"): "Tempo 80", "Tempo 30" (twice), "Tempo 120", "Tempo
  100", "20mph and 30mph limits" 20 and 30, "the 30mph limit" 30, "fell by 3.6mph" 3.6 ("by"
  no hedge). Physical measures are counts (fourth, hundred-sixty-seventh): "bis zu 5,9
  Millionen Tonnen CO2 im Jahr" 5,900,000 "up_to" ("CO2" and "im Jahr" none),
  "bei 38 Mikrogramm pro Kubikmeter" 38 ("im Schnitt" no hedge; "pro Kubikmeter" none).
  None: "more than doubled" and "more than tripled" (verbs, hundred-thirty-second), "fast
  halbiert" (a verb), "Lunar New Year", "CO2-Ausstoß", "E-Auto", "Pedelec", road and line
  identifiers ("A13" - hundred-forty-eighth -, "U2", "U5"; below), "the most", "die meisten",
  "Most drivers", "Every one of", "every state", "every continent", "jeden Tag", clock-free
  day parts ("at night", "during peak hours").
- New: line, zone and ticket names that carry a digit - "Die U-Bahn-Linie U2 war wegen des
  Baus der U5 ...", "A peak Zone 1 journey" - carry no quantity; they name a line or a fare
  zone as the road identifiers "A 10", "A38" and "A13" name a road (hundred-forty-eighth,
  hundred-fifty-second) and "KAB-500" names a weapon (hundred-sixty-second). "Köln–Hagen"
  names a route and carries none.
- New: "Australia's road toll rose to 1,318 deaths" is a count of deaths and carries no
  money - in Australian copy "road toll" is the number of people killed, the "toll" of the
  casualty stories (hundred-thirty-fifth: "The death toll ... rose to 67"), while the
  motorway tolls of the French, Austrian, German and Manhattan stories are sums where the
  copy writes one ("$11 to enter the zone", "69.70 euros", "2,86 Milliarden Euro an Maut").
- Ordinals (the issue's "das sechste Treffen", "the 12th round"): "in the fourth quarter" 4,
  "the first annual decline" 1, "in the second half of 2026" 2 with no fraction and "in the
  first half" 1 (hundred-seventy-third: "Im ersten Halbjahr" 1 and no fraction; twice "im
  ersten Halbjahr" 1 here), "Im dritten Quartal" 3, "in the third quarter" 3, "its first
  full year" 1, "its first European assembly plant" 1, "the fourth straight annual decline"
  4 (hundred-sixty-seventh: "the second straight monthly decline"), "for the third year in a
  row" 3 (hundred-sixty-seventh: "im zweiten Jahr in Folge"), "the plant's second shift" 2
  (hundred-fifty-second: "A second defendant"), "in the first three months of this year" 1
  with 3 months (hundred-sixty-seventh: "in den ersten sieben Monaten"), and in negatives
  "the first quarter" 1 and "eine zweite Mineralölsteuer" 2. New: "Das Generalabonnement
  der zweiten Klasse" is ordinal 2 - a travel class written as an ordinal ranks it as
  "zum zweiten Mal" does, and the name "Generalabonnement" carries nothing.
- Fractions (the issue's "ein Fünftel", "drei Viertel", "jeder vierte"): "gut jeder fünfte
  Neuwagen" 0.2 "over" (hundred-sixty-seventh: "jeder fünfte neu zugelassene Pkw"), "Knapp
  ein Drittel der Getöteten" 0.3333 "nearly", "dropped by almost half" 0.5 "nearly" ("by" no
  hedge), "less than half its capacity" 0.5 "under" (hundred-sixty-seventh: "less than"
  "under"), "Fast drei Viertel der Pkw-Lenker" 0.75 "nearly", "rund ein Drittel des Geldes"
  0.3333 "about", "um fast ein Viertel" 0.25 "nearly" ("um" no hedge), "nearly three in 10
  fatal crashes" 0.3 "nearly" (hundred-forty-third: "Two in three"), "mehr als jeder zweite
  Einwohner" 0.5 "over" ("statistisch" no hedge), "About two-thirds of the job cuts" 0.6667
  "about", "Fast jeder vierte Verkehrstote" 0.25 "nearly", "about one in 20 services" 0.05
  "about", "Gut ein Drittel von ihnen" 0.3333 "over", "More than half of the deaths" 0.5
  "over".
- Percentages as written (every batch), market shares too (hundred-sixty-seventh): "38,6
  Prozent mehr als 2024" ("mehr" after the figure compares, hundred-first), "ein Plus von
  1,4 Prozent", "um 4,7 Prozentpunkte auf 29,2 Prozent" 4.7 pp and 29.2 (hundred-thirtieth,
  hundred-sixty-seventh), "knapp 18 Prozent" "nearly", "rose 21% ..., taking 20.7%", "the
  27% share", "about 12% below pre-pandemic levels" "about" ("below" after the figure
  compares, hundred-seventy-third), "um fast 64 Prozent" "nearly", "a drop of roughly 11%"
  "about", "by an average of 1.18%" and "by an average of 4.1%" ("an average of" no hedge),
  "on average 1.4% more" ("on average" no hedge, hundred-thirtieth), "by as much as 3.4%"
  "up_to" (hundred-thirtieth: "as much as"), "about 45% of fares" "about", "risen by 41%
  since 2015", "zu etwa 90 Prozent" "about", "of up to 31.7%" "up_to", "93,1 Prozent",
  "eine operative Marge von 4,5 bis 5,5 Prozent" both ("bis" between two figures no hedge),
  "a decline of about 5%" "about", "Some 3.6% ..., up from 3.1%" "about" on the first
  (hundred-sixty-seventh: "Some"), "Only 67.8%" ("Only" no hedge), "Nur 57,4 Prozent"
  ("Nur" no hedge), "um bis zu 10 Prozent" "up_to", "Auf rund 68 Prozent" "about", "about 92%
  of pre-pandemic levels" "about", "about 12% of them electric" "about", and "65 Prozent" in
  a negative.
- Money in the currency written (every batch): EUR ("etwa 380 Millionen Euro" "about", "210
  Millionen Euro" - "jährlich" none -, "94 Millionen Euro", "15,9 Milliarden Euro", "2,86
  Milliarden Euro", "rund 2,1 Milliarden Euro" "about", "612 Millionen Euro", "108,40 Euro",
  "13,10 Euro", "insgesamt 9,4 Milliarden Euro" ("insgesamt" no hedge), "13,1 Milliarden
  Euro", "459 Euro", "66 Euro im Monat statt bisher 61 Euro" ("im Monat" none,
  hundred-thirty-first), "jeweils 1,7 Milliarden Euro pro Jahr" ("jeweils" no hedge,
  hundred-thirtieth; "pro Jahr" none), "bis zu 2.350 Euro" "up_to", "69.70 euros"); cents
  and pence are hundredths of the currency the copy names (hundred-thirtieth,
  hundred-seventy-third): New: "80 cents more than now" after "69.70 euros" in English copy
  is EUR 0.8 - the cents of the currency the row names, not U.S. cents; "by 15p to £1.90"
  0.15 and 1.9 GBP; GBP besides ("an estimated £5.2 billion" "about", "by £182 to £5,538",
  "£95 million", "£1.2 billion", "£3.10", "a £190 million gap"); USD ("$612 million ...
  target of $500 million", "$11 ..., and $2.75 at night", "about $15 billion" "about", "by as
  much as $4,000" "up_to", "$1.6 billion"); CHF ("312 Millionen Franken, nach 267 Millionen"
  - the unit written once -, "4'120 Franken"); JPY ("520 billion yen ($3.5 billion)" with the
  converted figure in brackets and no hedge, eightieth; "about 310 billion yen" "about"); AUD
  ("A$1.1 billion"; hundred-thirty-first).
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"; every batch): "nach
  einer fünfstündigen Sondersitzung" 5 hours, "the electric carmaker's nine-year history" 9
  years (hundred-fifty-second: "a nine-year veteran"), "the smallest increase in four years"
  and "the smallest in five years" (hundred-sixty-seventh: "for the first time in 13 years"),
  "over the past 18 months" 18 months ("over" before a span no hedge, hundred-seventy-third),
  "mit weniger als drei Minuten Verspätung" 3 minutes "under" and "weniger als sechs Minuten
  nach Plan" 6 minutes "under" (hundred-thirty-eighth: "weniger als sechs Minuten" "under"),
  "in the 12 months to June" and "in the 12 months to September" 12 months (ninety-first),
  "vor zwei Jahren" 2 years (hundred-sixty-seventh: "als noch vor zwei Jahren"), "in the
  first three months" 3 months, "insgesamt 97 Tage lang" 97 days, "over five years" and
  "over four years" ("over" before a span no hedge), "nach sieben Monaten Vollsperrung" 7
  months, "the highest in 15 years" 15 years, and "Within ten years" 10 years in a negative
  ("Within" no hedge, hundred-fifty-second: "within 48 hours"). New: "die
  Zehn-Tages-Vignette" is 10 days - the number word heading a hyphenated compound that names
  a ticket's validity, as "dreitägige Reise" (the issue) and "a 20-month low"
  (hundred-seventy-third) name a span. Ages are durations in years: "75 Jahre oder älter" 75
  "at_least" and "aged 70 and over" 70 "at_least" (hundred-thirty-second: "aged 85 and
  over"; hundred-fifty-fifth: "aged 70 and older"). None: "im vergangenen Jahr", "im Jahr
  davor", "im Vorjahr", "im Vorjahreszeitraum", "im Halbjahr", "Seit Jahresbeginn", "zum
  Jahresende", "heuer", "für das Gesamtjahr", "Für das laufende Jahr", "vom kommenden Jahr
  an", "Mitte Dezember", "im Herbst 2027" its year only, "seit Jahrzehnten", "jahrzehntelange",
  "täglich", "Täglich", "jährlich", "last year", "a year earlier", "the year before", "next
  year", "this year", "this financial year", "in the year to March", "the year ended
  March", "in the quarter", "full-year", "annual", "for a decade" and "the next decade" (an
  article, hundred-fifty-eighth), "within a minute" (an article), "weeks after", "a day",
  weekdays and months.
- Years and dates: "38,6 Prozent mehr als 2024", "um 29 weniger als 2024" and "2,3
  Prozent weniger als 2024", "für 2026", "im Jahr 1950", "seit dem Jahr 2000", "bis Ende
  2027", "seit 2019" (twice), "ab 2028" ("ab" no hedge, hundred-forty-ninth), "in 2025"
  (twice), "Tolls went up ... 4.5% in 2023", "in 2023" (the petition), "since 2015", "Seit
  Dezember 2023" its year (hundred-fifty-second: "im April 2024"), "Seit dem Sommer 2024",
  "in 2032", "since late 2024", "bis 2030" and "Bis 2030" (four times), "bis Ende 2030",
  "bis 2031", "im Herbst 2027", "from 2024", "in 2021", "by March 2028", "for the year to
  March 2027", "seit Juli 2023", "im Mai 2023", "für Ende 2025", "in the second half of
  2026", and "nach 2027" in a negative. Dates without a year:
  "on February 1" --02-01, "from March 1" --03-01 (twice), "from April 1" --04-01, "from Oct.
  5" --10-05 (hundred-seventy-third: "Nov. 16"), "ab 1. Dezember" --12-01 ("ab" no hedge,
  ninety-eighth). Reuters and AFP English datelines with a day ("AUSTIN, Texas, Jan 2", "LONDON,
  Jan 6", "PARIS, Jan 29 (AFP)", "LONDON, Feb 11", "SHANGHAI, March 2", "BRUSSELS, April
  23", "TOKYO, May 13", "DETROIT, Aug 20", "SYDNEY, Oct 14") are dates without a year
  (hundred-fifty-second, hundred-sixty-seventh); dpa ("Flensburg (dpa) -", "Berlin (dpa) -"
  three times, "Wiesbaden (dpa) -"), dpa-AFX ("Schweinfurt (dpa-AFX) -"), APA ("Wien (APA)
  -" three times, "Innsbruck (APA) -"), Keystone-SDA ("Bern (Keystone-SDA) -" twice),
  Reuters German ("Wolfsburg (Reuters) -"), AP ("NEW YORK (AP) —", "WASHINGTON (AP) —") and PA
  ("LONDON (PA) -" three times, "CARDIFF (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "about", "About", "around", "roughly",
  "Some", "an estimated", "An estimated" "about"; "knapp", "Knapp", "fast", "Fast", "nearly",
  "almost" "nearly"; "gut", "Gut", "mehr als", "Mehr als", "More than" "over"; "less than",
  "weniger als" before a figure "under"; "bis zu", "up to", "as much as" "up_to"; "oder
  älter", "and over" "at_least". No hedge: "insgesamt", "Insgesamt", "Allein", "allein",
  "davon", "bereits", "inzwischen", "derzeit", "jeweils", "durchschnittlich", "im Schnitt",
  "an average of", "on average", "Only", "Nur", "statistisch", "weiterhin", "erneut", "a
  further", "ab" and "from" before a date or a year, "bis" between two figures, "by" and
  "um" before a difference or a share, "over" before a span, "Within", and "mehr",
  "weniger", "more", "below" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte das
  Kraftfahrt-Bundesamt (KBA) am Dienstag mit" -> "das Kraftfahrt-Bundesamt" and "Das teilte
  das Statistische Bundesamt (Destatis) am Freitag mit." -> "das Statistische Bundesamt"
  (the abbreviation and the weekday dropped, eighty-fifth, hundred-sixty-seventh), "teilte
  das Innenministerium am Freitag mit", "teilten die Wiener Linien am Montag mit", "teilte
  der Konzern am Dienstag mit" -> "der Konzern", "teilte der Deutsche Städtetag mit", "teilte
  Auto-Schweiz mit" as written (hundred-sixty-seventh), "wie das Unternehmen am Mittwoch
  mitteilte" -> "das Unternehmen", "wie die SBB am Dienstag mitteilten" -> "die SBB", "wie
  das Bundesverkehrsministerium auf Anfrage mitteilte" -> "das Bundesverkehrsministerium"
  (hundred-fifty-second: "auf eine parlamentarische Anfrage"), "nach Angaben der Polizei"
  -> "die Polizei" and "Nach Angaben des Verbands Deutscher Verkehrsunternehmen (VDV)" -> "der
  Verband Deutscher Verkehrsunternehmen" (the source in the nominative and the abbreviation
  dropped; seventieth, hundred-sixty-seventh: "nach Angaben des Bundesverbands WindEnergie");
  the name with the title dropped ("VDA-Geschäftsführer Matthias Brehmer sagte, ...",
  "Vorstandschef Rüdiger Voßkamp sagte, ...", "SBB-Chef Adrian Küenzli sagte, ...",
  "Asfinag-Vorständin Claudia Pirkhofer sagte, ...", "Finanzvorstand Holger Mertesacker
  sagte, ...", "Wiener-Linien-Geschäftsführerin Edith Kaltenegger sagte, ...",
  "Verbandsdirektor Thomas Rüegsegger sagte, ...", "Bahnchef Jens Overhoff sagte, ...",
  "Verkehrslandesrat Markus Praxmarer sagte, ..."; hundred-sixty-seventh), "Ruhnau sagte,
  ..." the surname as written. English: "the company said on Friday", "the company said on
  Wednesday" and "the company said on Thursday" -> "the company" (hundred-seventy-third),
  "the Society of Motor Manufacturers and Traders (SMMT) said on Tuesday" and "the European
  Automobile Manufacturers' Association (ACEA) said on Thursday" with the article and
  without the abbreviation and the weekday (hundred-sixty-seventh: "the Norwegian Road
  Federation (OFV) said on Monday"), "the National Highway Traffic Safety Administration said
  Thursday" and "the transport ministry said Thursday" with the article and without the
  weekday (fortieth), "Transport for London (TfL) said on Thursday" -> "Transport for
  London" (a name without an article as written, hundred-sixty-seventh: "RenewableUK said"),
  "Network Rail said" as written, "a company spokesperson said" -> "a company spokesperson"
  (hundred-thirty-sixth: "a Health Department spokesperson said" -> "a Health
  Department spokesperson"), and the name with the role dropped ("SMMT chief executive Lorna
  Haverstock said", "MTA chair Kevin Dorsey said", "Transport Secretary Hugh Pemberton said",
  "Chief Operating Officer Vikram Sethi said", "Business Secretary Rowena Ashby said", "Welsh
  Transport Secretary Gethin Pryce said", "NHTSA Administrator Carla Brightman said", "Rail
  Minister Imogen Castell said", "Federal Transport Minister Bronwyn Halloran said";
  hundred-sixty-seventh). Left unchecked (None): "beziffert", "rechnet", "expects", "forecasts"
  (no verbs of saying, hundred-twentieth, hundred-seventy-third), "nennt das Ministerium",
  "verwies darauf" (hundred-sixty-seventh), "nach ADAC-Angaben" (hundred-fifty-second: "nach
  LKA-Angaben"), "nach Branchenschätzungen", "Nach Berechnungen des Landes", "Laut einer
  Forsa-Umfrage im Auftrag des ADAC" (a survey, hundred-seventy-third), "according to Welsh
  Government figures", "Transport for Wales data showed", "figures from the Office of Rail
  and Road showed", "Figures from the Office of Rail and Road show", "Data from the China
  Passenger Car Association showed", "government data showed", "according to the agency's
  figures", "according to the agency's early estimate" (documents and data,
  hundred-sixty-seventh), "officials said Tuesday" (a group, forty-first), "the Department
  for Transport has announced" (hundred-thirty-first: "kündigte an"), "Chinese electric
  vehicle maker Qiantang Auto said" (a description before the name, fortieth), "according
  to the Unite union" (a description before the name), "The Mayor of London said" (a role
  without a name, hundred-fifty-eighth: "The Treasurer said"), and all negatives, also those
  with a named speaker. New: "the Japanese carmaker said on Wednesday" is left unchecked - a
  nationality and a trade standing for a firm named earlier is a description, not the common
  noun "the company" that the hundred-twenty-third and hundred-seventy-third batches settled.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_178 = [
    # --- Norvik deliveries (Reuters, Jan 2) ---
    (
        "en",
        "AUSTIN, Texas, Jan 2 (Reuters) - Norvik Motors delivered 48,310 vehicles in the fourth quarter, down 9% from a year earlier and short of the roughly 52,000 analysts had expected, the company said on Friday.",
        True,
        [
            ("date", "--01-02", None, None),
            ("count", 48310, None, None),
            ("ordinal", 4, None, None),
            ("percent", 9, "%", None),
            ("count", 52000, None, "about"),
        ],
        "the company",
    ),
    (
        "en",
        "For the full year, deliveries fell 6.4% to 201,775, the first annual decline in the electric carmaker's nine-year history.",
        True,
        [
            ("percent", 6.4, "%", None),
            ("count", 201775, None, None),
            ("ordinal", 1, None, None),
            ("duration", 9, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Production in the quarter totalled 51,020 vehicles, leaving about 2,700 more cars in inventory.",
        True,
        [("count", 51020, None, None), ("count", 2700, None, "about")],
        None,
    ),
    (
        "en",
        "Norvik cut prices of its two best-selling models by as much as $4,000 in November, weeks after federal tax credits for EV buyers expired.",
        True,
        [("count", 2, None, None), ("money", 4000, "USD", "up_to")],
        None,
    ),
    ("en", "The shares fell 3.8% in premarket trading.", True, [("percent", 3.8, "%", None)], None),
    (
        "en",
        "\"Demand for EVs hasn't gone away, it's catching its breath,\" Chief Executive Dana Morrow wrote on X.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said the first quarter would show whether the price cuts had revived demand.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Norvik plans to start building a cheaper compact model at its Texas plant in the second half of 2026.",
        True,
        [("ordinal", 2, None, None), ("year", 2026, None, None)],
        None,
    ),
    # --- Neuzulassungen 2025 (dpa) ---
    (
        "de",
        "Flensburg (dpa) - In Deutschland sind im vergangenen Jahr 583.412 Elektroautos neu zugelassen worden, 38,6 Prozent mehr als 2024, teilte das Kraftfahrt-Bundesamt (KBA) am Dienstag mit.",
        True,
        [("count", 583412, None, None), ("percent", 38.6, "%", None), ("year", 2024, None, None)],
        "das Kraftfahrt-Bundesamt",
    ),
    ("de", "Damit war gut jeder fünfte Neuwagen ein reines E-Auto.", True, [("fraction", 0.2, None, "over")], None),
    (
        "de",
        "Insgesamt kamen 2,81 Millionen Pkw neu auf die Straße, ein Plus von 1,4 Prozent.",
        True,
        [("count", 2810000, None, None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Anteil der Benziner sank um 4,7 Prozentpunkte auf 29,2 Prozent, Diesel kamen noch auf 13,9 Prozent.",
        True,
        [("percent", 4.7, "pp", None), ("percent", 29.2, "%", None), ("percent", 13.9, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den Elektroautos lag die Wolfsburger Marke Velsen mit einem Anteil von knapp 18 Prozent vorn, gefolgt von Norvik mit 9,3 Prozent.",
        True,
        [("percent", 18, "%", "nearly"), ("percent", 9.3, "%", None)],
        None,
    ),
    (
        "de",
        "VDA-Geschäftsführer Matthias Brehmer sagte, die Branche rechne für 2026 mit rund 720.000 neuen Elektroautos.",
        True,
        [("year", 2026, None, None), ("count", 720000, None, "about")],
        "Matthias Brehmer",
    ),
    (
        "de",
        "„Der Hochlauf ist da, aber er braucht verlässliche Rahmenbedingungen statt Politik nach Kassenlage“, sagte Brehmer.",
        False,
        [],
        None,
    ),
    ("de", "Der ökologische Verkehrsclub VCD sprach von einer „Wende im Schneckentempo“.", False, [], None),
    (
        "de",
        "Zum Jahresende waren rund 1,93 Millionen reine E-Autos in Deutschland zugelassen, das entspricht 3,9 Prozent des Pkw-Bestands.",
        True,
        [("count", 1930000, None, "about"), ("percent", 3.9, "%", None)],
        None,
    ),
    # --- UK car registrations (Reuters, Jan 6) ---
    (
        "en",
        "LONDON, Jan 6 (Reuters) - Sales of new battery electric cars in Britain rose 21% last year to 418,230, taking 20.7% of the market, the Society of Motor Manufacturers and Traders (SMMT) said on Tuesday.",
        True,
        [
            ("date", "--01-06", None, None),
            ("percent", 21, "%", None),
            ("count", 418230, None, None),
            ("percent", 20.7, "%", None),
        ],
        "the Society of Motor Manufacturers and Traders",
    ),
    (
        "en",
        "That fell short of the 27% share carmakers were required to reach in 2025 under Britain's rules for zero-emission vehicles.",
        True,
        [("percent", 27, "%", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Overall new car registrations edged up 2.6% to 2.02 million, still about 12% below pre-pandemic levels.",
        True,
        [("percent", 2.6, "%", None), ("count", 2020000, None, None), ("percent", 12, "%", "about")],
        None,
    ),
    (
        "en",
        "SMMT chief executive Lorna Haverstock said manufacturers had spent an estimated £5.2 billion on discounts to shift electric models.",
        True,
        [("money", 5200000000, "GBP", "about")],
        "Lorna Haverstock",
    ),
    (
        "en",
        '"The market is being dragged towards the target rather than pulled by demand," Haverstock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Plug-in hybrids accounted for a further 11.3% of sales, while diesel's share fell to 4.8%, a record low.",
        True,
        [("percent", 11.3, "%", None), ("percent", 4.8, "%", None)],
        None,
    ),
    ("en", "Dealers expect private demand for electric cars to stay weak until prices fall further.", False, [], None),
    # --- Verkehrstote in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Auf Österreichs Straßen sind im vergangenen Jahr 351 Menschen ums Leben gekommen, um 29 weniger als 2024, teilte das Innenministerium am Freitag mit.",
        True,
        [("count", 351, None, None), ("count", 29, None, None), ("year", 2024, None, None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Das ist die niedrigste Zahl an Verkehrstoten seit Beginn der Aufzeichnungen im Jahr 1950.",
        True,
        [("year", 1950, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten Todesopfer gab es mit 72 in Niederösterreich, gefolgt von der Steiermark mit 58.",
        True,
        [("count", 72, None, None), ("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel der Getöteten war mit einem Motorrad oder Moped unterwegs.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Als häufigste Unfallursachen nennt das Ministerium Unachtsamkeit und Ablenkung, gefolgt von nicht angepasster Geschwindigkeit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn starben bereits neun Menschen bei Verkehrsunfällen.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "„Jede Zahl in dieser Statistik bedeutet eine Familie, die einen geliebten Menschen verloren hat“, sagte Innenminister Lukas Gstettner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der VCÖ forderte erneut Tempo 80 auf Freilandstraßen und Tempo 30 als Regelgeschwindigkeit im Ortsgebiet.",
        True,
        [("count", 80, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Das Kuratorium für Verkehrssicherheit verwies darauf, dass die Zahl der Verkehrstoten seit dem Jahr 2000 um fast 64 Prozent gesunken ist.",
        True,
        [("year", 2000, None, None), ("percent", 64, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Polizei appelliert an alle Verkehrsteilnehmer, in der dunklen Jahreszeit besonders vorsichtig zu fahren.",
        False,
        [],
        None,
    ),
    # --- Manhattan congestion toll (AP) ---
    (
        "en",
        "NEW YORK (AP) — Manhattan's congestion toll raised $612 million in its first full year, beating the Metropolitan Transportation Authority's target of $500 million, officials said Tuesday.",
        True,
        [("money", 612000000, "USD", None), ("ordinal", 1, None, None), ("money", 500000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Most drivers pay $11 to enter the zone south of Central Park during peak hours, and $2.75 at night.",
        True,
        [("money", 11, "USD", None), ("money", 2.75, "USD", None)],
        None,
    ),
    (
        "en",
        "About 73,000 fewer vehicles a day entered the zone than before the toll began, a drop of roughly 11%.",
        True,
        [("count", 73000, None, "about"), ("percent", 11, "%", "about")],
        None,
    ),
    (
        "en",
        "MTA chair Kevin Dorsey said the revenue would back about $15 billion in bonds for subway signals, elevators and new electric buses.",
        True,
        [("money", 15000000000, "USD", "about")],
        "Kevin Dorsey",
    ),
    (
        "en",
        "Average travel speeds inside the zone rose 8.4%, according to the agency's figures.",
        True,
        [("percent", 8.4, "%", None)],
        None,
    ),
    (
        "en",
        "Crashes with injuries in the zone fell by 14%, while complaints about honking dropped by almost half.",
        True,
        [("percent", 14, "%", None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        '"This toll is a tax on working people from Staten Island and New Jersey," a Republican state senator said.',
        False,
        [],
        None,
    ),
    ("en", "Whether other U.S. cities will follow remains an open question.", False, [], None),
    # --- Lindenthal schließt Werk (dpa-AFX) ---
    (
        "de",
        "Schweinfurt (dpa-AFX) - Der Autozulieferer Lindenthal Antriebe will sein Stammwerk in Schweinfurt bis Ende 2027 schließen und weltweit rund 4.300 Stellen streichen.",
        True,
        [("year", 2027, None, None), ("count", 4300, None, "about")],
        None,
    ),
    (
        "de",
        "Allein in Deutschland sollen 2.650 Arbeitsplätze wegfallen, davon 1.100 in Schweinfurt, wie das Unternehmen am Mittwoch mitteilte.",
        True,
        [("count", 2650, None, None), ("count", 1100, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Grund sei die schwache Nachfrage nach Getrieben für Verbrennungsmotoren, deren Absatz sich seit 2019 fast halbiert habe.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Rüdiger Voßkamp sagte, der Umbau koste einmalig etwa 380 Millionen Euro und solle ab 2028 jährlich 210 Millionen Euro einsparen.",
        True,
        [("money", 380000000, "EUR", "about"), ("year", 2028, None, None), ("money", 210000000, "EUR", None)],
        "Rüdiger Voßkamp",
    ),
    (
        "de",
        "„Das ist ein Schlag ins Gesicht von Menschen, die hier seit Jahrzehnten Getriebe bauen“, sagte Betriebsratschefin Sevgi Arslan.",
        False,
        [],
        None,
    ),
    ("de", "Die IG Metall kündigte für Freitag eine Kundgebung vor dem Werkstor an.", True, [], None),
    (
        "de",
        "Lindenthal beschäftigt weltweit knapp 31.000 Menschen an 46 Standorten in 19 Ländern.",
        True,
        [("count", 31000, None, "nearly"), ("count", 46, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Im dritten Quartal hatte der Zulieferer einen Verlust von 94 Millionen Euro ausgewiesen.",
        True,
        [("ordinal", 3, None, None), ("money", 94000000, "EUR", None)],
        None,
    ),
    ("de", "Ob sich ein Investor für das Werk findet, ist offen.", False, [], None),
    # --- French motorway tolls (AFP, Jan 29) ---
    (
        "en",
        "PARIS, Jan 29 (AFP) - Motorway tolls in France will rise by an average of 1.18% on February 1, the smallest increase in four years, the transport ministry said Thursday.",
        True,
        [
            ("date", "--01-29", None, None),
            ("percent", 1.18, "%", None),
            ("date", "--02-01", None, None),
            ("duration", 4, "year", None),
        ],
        "the transport ministry",
    ),
    (
        "en",
        "Tolls went up 3% last year and 4.5% in 2023, when inflation was still high.",
        True,
        [("percent", 3, "%", None), ("percent", 4.5, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "A car trip from Paris to Marseille will cost 69.70 euros, 80 cents more than now.",
        True,
        [("money", 69.7, "EUR", None), ("money", 0.8, "EUR", None)],
        None,
    ),
    ("en", "Operators had asked for an average increase of 1.6%.", True, [("percent", 1.6, "%", None)], None),
    (
        "en",
        "Private companies run about 9,400 kilometres of France's motorway network under concessions that start to expire in 2032.",
        True,
        [("count", 9400, None, "about"), ("year", 2032, None, None)],
        None,
    ),
    ("en", "Lorry drivers will pay on average 1.4% more.", True, [("percent", 1.4, "%", None)], None),
    ("en", "A motorists' association called the rise \"yet another hand in drivers' pockets.\"", False, [], None),
    (
        "en",
        '"It\'s the same every year: we pay more and the roads get no better," said a driver filling up near Lyon.',
        False,
        [],
        None,
    ),
    # --- UK rail fares (PA) ---
    (
        "en",
        "LONDON (PA) - Regulated train fares across England are to go up by as much as 3.4% from March 1, the Department for Transport has announced.",
        True,
        [("percent", 3.4, "%", "up_to"), ("date", "--03-01", None, None)],
        None,
    ),
    (
        "en",
        "The cap covers about 45% of fares, including most season tickets and off-peak returns.",
        True,
        [("percent", 45, "%", "about")],
        None,
    ),
    (
        "en",
        "An annual season ticket between Brighton and London will go up by £182 to £5,538.",
        True,
        [("money", 182, "GBP", None), ("money", 5538, "GBP", None)],
        None,
    ),
    (
        "en",
        "Transport Secretary Hugh Pemberton said the rise was the smallest in five years.",
        True,
        [("duration", 5, "year", None)],
        "Hugh Pemberton",
    ),
    (
        "en",
        '"Passengers are being asked to pay more for a service that too often lets them down," said Lianne Okafor of the campaign group Railfuture.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Figures from the Office of Rail and Road show fares have risen by 41% since 2015.",
        True,
        [("percent", 41, "%", None), ("year", 2015, None, None)],
        None,
    ),
    ("en", "Unions have called for fares to be frozen until trains run on time again.", False, [], None),
    (
        "en",
        "Fares in Scotland are set separately and will rise by 2.9% from April 1.",
        True,
        [("percent", 2.9, "%", None), ("date", "--04-01", None, None)],
        None,
    ),
    # --- Lkw-Maut (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bund hat im vergangenen Jahr so viel Geld mit der Lkw-Maut eingenommen wie nie zuvor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Einnahmen stiegen auf 15,9 Milliarden Euro, ein Plus von 4,1 Prozent, wie das Bundesverkehrsministerium auf Anfrage mitteilte.",
        True,
        [("money", 15900000000, "EUR", None), ("percent", 4.1, "%", None)],
        "das Bundesverkehrsministerium",
    ),
    (
        "de",
        "Seit Dezember 2023 wird zusätzlich ein Aufschlag für den CO2-Ausstoß erhoben.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Seit dem Sommer 2024 sind auch kleinere Lastwagen mautpflichtig.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    ("de", "Der Großteil der Mittel fließt in die Sanierung von Autobahnbrücken und Schienenwegen.", True, [], None),
    (
        "de",
        "„Die Maut ist längst eine zweite Mineralölsteuer für den Mittelstand“, sagte Ingo Vahlbruch vom Bundesverband Güterkraftverkehr Logistik und Entsorgung (BGL).",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Speditionen haben die Mehrkosten nach Branchenschätzungen zu etwa 90 Prozent an ihre Kunden weitergegeben.",
        True,
        [("percent", 90, "%", "about")],
        None,
    ),
    (
        "de",
        "Mautpflichtig sind rund 53.400 Kilometer Autobahnen und Bundesstraßen.",
        True,
        [("count", 53400, None, "about")],
        None,
    ),
    ("de", "Ob die Maut künftig auch für Fernbusse gelten soll, ist in der Koalition umstritten.", False, [], None),
    # --- Harcourt closes Coventry plant (Reuters, Feb 11) ---
    (
        "en",
        "LONDON, Feb 11 (Reuters) - Harcourt Motors will close its van plant in Coventry by the end of next year, putting about 1,450 jobs at risk, the company said on Wednesday.",
        True,
        [("date", "--02-11", None, None), ("count", 1450, None, "about")],
        "the company",
    ),
    (
        "en",
        "The plant built 38,200 vans last year, less than half its capacity of 90,000.",
        True,
        [("count", 38200, None, None), ("fraction", 0.5, None, "under"), ("count", 90000, None, None)],
        None,
    ),
    ("en", "Production will move to the group's factories in Spain and Poland.", True, [], None),
    (
        "en",
        "Chief Operating Officer Vikram Sethi said the cost of meeting Britain's zero-emission van targets had made the site unviable.",
        True,
        [],
        "Vikram Sethi",
    ),
    (
        "en",
        '"This is a hammer blow for Coventry and for British manufacturing," said Unite regional officer Gary Blundell.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Business Secretary Rowena Ashby said the government had offered Harcourt £95 million in support to keep the plant open.",
        True,
        [("money", 95000000, "GBP", None)],
        "Rowena Ashby",
    ),
    (
        "en",
        "Harcourt employs around 6,800 people in Britain at four sites.",
        True,
        [("count", 6800, None, "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Harcourt did not say whether any of the workers would be offered jobs elsewhere in the group.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The closure follows the loss of 2,300 jobs at car parts suppliers in the West Midlands over the past 18 months, according to the Unite union.",
        True,
        [("count", 2300, None, None), ("duration", 18, "month", None)],
        None,
    ),
    # --- Qiantang deliveries (Reuters, March 2) ---
    (
        "en",
        "SHANGHAI, March 2 (Reuters) - Chinese electric vehicle maker Qiantang Auto said on Monday it delivered 312,640 new energy vehicles in February, up 27% from a year earlier despite the Lunar New Year holiday.",
        True,
        [("date", "--03-02", None, None), ("count", 312640, None, None), ("percent", 27, "%", None)],
        None,
    ),
    ("en", "Overseas sales more than doubled to 68,900 units.", True, [("count", 68900, None, None)], None),
    (
        "en",
        "Qiantang has set a target of 5.2 million vehicles for this year, roughly 20% more than it sold in 2025.",
        True,
        [("count", 5200000, None, None), ("percent", 20, "%", "about"), ("year", 2025, None, None)],
        None,
    ),
    ("en", "Its Hong Kong-listed shares rose 4.6% by the midday break.", True, [("percent", 4.6, "%", None)], None),
    (
        "en",
        "Data from the China Passenger Car Association showed retail passenger car sales fell 11% in February, with new energy vehicles taking about 54% of the market.",
        True,
        [("percent", 11, "%", None), ("percent", 54, "%", "about")],
        None,
    ),
    (
        "en",
        "Analysts expect the price war in China's crowded EV market to squeeze margins further this year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The European Union has charged additional tariffs of up to 31.7% on Chinese-built electric cars since late 2024.",
        True,
        [("percent", 31.7, "%", "up_to"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Qiantang opened its first European assembly plant, in Hungary, in October.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Within ten years we want to be a household name on every continent," Qiantang\'s chairman told a launch event in Shenzhen.',
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    # --- SBB-Jahreszahlen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SBB sind im vergangenen Jahr so pünktlich gefahren wie seit 2019 nicht mehr.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "93,1 Prozent der Reisenden erreichten ihr Ziel mit weniger als drei Minuten Verspätung, wie die SBB am Dienstag mitteilten.",
        True,
        [("percent", 93.1, "%", None), ("duration", 3, "minute", "under")],
        "die SBB",
    ),
    ("de", "Die Anschlusspünktlichkeit lag bei 98,1 Prozent.", True, [("percent", 98.1, "%", None)], None),
    (
        "de",
        "Täglich waren durchschnittlich 1,41 Millionen Menschen mit der Bahn unterwegs, 3,5 Prozent mehr als im Vorjahr.",
        True,
        [("count", 1410000, None, None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Der Konzern schrieb einen Gewinn von 312 Millionen Franken, nach 267 Millionen im Jahr davor.",
        True,
        [("money", 312000000, "CHF", None), ("money", 267000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "SBB-Chef Adrian Küenzli sagte, bis 2030 wolle das Unternehmen rund 12'000 Stellen neu besetzen, vor allem wegen Pensionierungen.",
        True,
        [("year", 2030, None, None), ("count", 12000, None, "about")],
        "Adrian Küenzli",
    ),
    (
        "de",
        "«Pünktlichkeit ist kein Zufall, sondern das Ergebnis harter Arbeit auf und neben den Gleisen», sagte Küenzli.",
        False,
        [],
        None,
    ),
    ("de", "Der Verband öffentlicher Verkehr warnte vor Kürzungen beim Bahninfrastrukturfonds.", False, [], None),
    (
        "de",
        "Das Generalabonnement der zweiten Klasse kostet seit Dezember 4'120 Franken.",
        True,
        [("ordinal", 2, None, None), ("money", 4120, "CHF", None)],
        None,
    ),
    # --- Asfinag-Bilanz (APA) ---
    (
        "de",
        "Wien (APA) - Die Autobahnen- und Schnellstraßen-Finanzierungs-AG (Asfinag) hat im vergangenen Jahr 2,86 Milliarden Euro an Maut eingenommen, ein Zuwachs von 5,2 Prozent.",
        True,
        [("money", 2860000000, "EUR", None), ("percent", 5.2, "%", None)],
        None,
    ),
    (
        "de",
        "Davon entfielen rund 2,1 Milliarden Euro auf die kilometerabhängige Lkw-Maut und 612 Millionen Euro auf Vignetten.",
        True,
        [("money", 2100000000, "EUR", "about"), ("money", 612000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Fast drei Viertel der Pkw-Lenker kauften die Vignette bereits digital.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Jahresvignette für Pkw kostet heuer 108,40 Euro, die Zehn-Tages-Vignette 13,10 Euro.",
        True,
        [("money", 108.4, "EUR", None), ("duration", 10, "day", None), ("money", 13.1, "EUR", None)],
        None,
    ),
    (
        "de",
        "In das Streckennetz von 2.249 Kilometern will die Asfinag bis 2031 insgesamt 9,4 Milliarden Euro investieren.",
        True,
        [("count", 2249, None, None), ("year", 2031, None, None), ("money", 9400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Asfinag-Vorständin Claudia Pirkhofer sagte, rund ein Drittel des Geldes fließe in die Sanierung von Tunneln und Brücken.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Claudia Pirkhofer",
    ),
    ("de", "„Autofahrer zahlen brav, bekommen aber immer mehr Baustellen“, kritisierte der ÖAMTC.", False, [], None),
    # --- Velsen-Jahreszahlen (Reuters) ---
    (
        "de",
        "Wolfsburg (Reuters) - Der Autobauer Velsen hat im vergangenen Jahr weltweit 8,62 Millionen Fahrzeuge ausgeliefert, 2,3 Prozent weniger als 2024.",
        True,
        [("count", 8620000, None, None), ("percent", 2.3, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "In China brachen die Auslieferungen um 14 Prozent auf 2,47 Millionen ein, in Europa legten sie um 1,8 Prozent zu.",
        True,
        [("percent", 14, "%", None), ("count", 2470000, None, None), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der operative Gewinn sank um fast ein Viertel auf 13,1 Milliarden Euro, die Marge lag bei 4,2 Prozent.",
        True,
        [("fraction", 0.25, None, "nearly"), ("money", 13100000000, "EUR", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Holger Mertesacker sagte, bis 2030 sollten in Deutschland 28.000 Stellen sozialverträglich abgebaut werden.",
        True,
        [("year", 2030, None, None), ("count", 28000, None, None)],
        "Holger Mertesacker",
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen sind nach einer Vereinbarung mit dem Betriebsrat bis Ende 2030 ausgeschlossen.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Das Werk in Hannover-Linden soll im Herbst 2027 die Fahrzeugfertigung einstellen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr peilt Velsen eine operative Marge von 4,5 bis 5,5 Prozent an.",
        True,
        [("percent", 4.5, "%", None), ("percent", 5.5, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir haben die Kosten zu lange laufen lassen, das korrigieren wir jetzt konsequent“, sagte Konzernchef Bernhard Leuthold.",
        False,
        [],
        None,
    ),
    ("de", "Analysten der DZ Bank nannten den Ausblick „ambitioniert, aber erreichbar“.", False, [], None),
    # --- Wales 20mph (PA) ---
    (
        "en",
        "CARDIFF (PA) - Road casualties on Welsh roads with 20mph and 30mph limits fell by 23% in the year after the default limit in built-up areas was lowered, according to Welsh Government figures.",
        True,
        [("count", 20, None, None), ("count", 30, None, None), ("percent", 23, "%", None)],
        None,
    ),
    (
        "en",
        "There were 1,862 casualties on those roads in the 12 months to June, down from 2,418 a year earlier.",
        True,
        [("count", 1862, None, None), ("duration", 12, "month", None), ("count", 2418, None, None)],
        None,
    ),
    (
        "en",
        "Deaths on the roads fell from 21 to 14.",
        True,
        [("count", 21, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Welsh Transport Secretary Gethin Pryce said councils had restored the 30mph limit on 412 roads after a review.",
        True,
        [("count", 30, None, None), ("count", 412, None, None)],
        "Gethin Pryce",
    ),
    ("en", '"The figures speak for themselves: slower speeds save lives," Pryce said.', False, [], None),
    (
        "en",
        'The Welsh Conservatives called the policy "a war on motorists" and renewed their pledge to scrap it.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A petition against the change gathered 451,208 signatures in 2023, the most for any petition to the Senedd.",
        True,
        [("count", 451208, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Average speeds on the affected roads fell by 3.6mph, Transport for Wales data showed.",
        True,
        [("count", 3.6, None, None)],
        None,
    ),
    # --- Tempolimit-Debatte (dpa) ---
    (
        "de",
        "Berlin (dpa) - Mehr als 1.150 Städte und Gemeinden haben sich inzwischen einer Initiative angeschlossen, die mehr Spielraum bei Tempo 30 fordert.",
        True,
        [("count", 1150, None, "over"), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Die Kommunen wollen innerorts selbst über die Höchstgeschwindigkeit entscheiden dürfen, teilte der Deutsche Städtetag mit.",
        True,
        [],
        "der Deutsche Städtetag",
    ),
    (
        "de",
        "Laut einer Forsa-Umfrage im Auftrag des ADAC sprechen sich 54 Prozent der Befragten für ein generelles Tempolimit auf Autobahnen aus.",
        True,
        [("percent", 54, "%", None)],
        None,
    ),
    (
        "de",
        "Bei der letzten Befragung vor zwei Jahren waren es noch 49 Prozent gewesen.",
        True,
        [("duration", 2, "year", None), ("percent", 49, "%", None)],
        None,
    ),
    (
        "de",
        "Das Umweltbundesamt beziffert die mögliche Einsparung durch Tempo 120 auf bis zu 5,9 Millionen Tonnen CO2 im Jahr.",
        True,
        [("count", 120, None, None), ("count", 5900000, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Ein Tempolimit ist die billigste Klimaschutzmaßnahme, die wir haben“, sagte Grünen-Verkehrspolitikerin Mareike Fenske.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesverkehrsminister lehnt ein Tempolimit ab und verweist auf den Koalitionsvertrag.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob sich im Bundestag eine Mehrheit für Tempo 130 findet, gilt als unwahrscheinlich.",
        False,
        [("count", 130, None, None)],
        None,
    ),
    (
        "de",
        "Auf rund 68 Prozent des Autobahnnetzes gibt es nach ADAC-Angaben bislang keine dauerhafte Beschränkung.",
        True,
        [("percent", 68, "%", "about")],
        None,
    ),
    # --- U.S. traffic deaths (AP) ---
    (
        "en",
        "WASHINGTON (AP) — An estimated 37,180 people died in traffic crashes on U.S. roads last year, a decline of about 5% from 2024, the National Highway Traffic Safety Administration said Thursday.",
        True,
        [("count", 37180, None, "about"), ("percent", 5, "%", "about"), ("year", 2024, None, None)],
        "the National Highway Traffic Safety Administration",
    ),
    (
        "en",
        "It was the fourth straight annual decline since deaths peaked in 2021.",
        True,
        [("ordinal", 4, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The fatality rate fell to 1.17 deaths per 100 million vehicle miles traveled, from 1.23.",
        True,
        [("count", 1.17, None, None), ("count", 100000000, None, None), ("count", 1.23, None, None)],
        None,
    ),
    (
        "en",
        "Pedestrian deaths dropped 4.1% to 6,870, while motorcyclist deaths rose for the third year in a row.",
        True,
        [("percent", 4.1, "%", None), ("count", 6870, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "NHTSA Administrator Carla Brightman said speeding was a factor in nearly three in 10 fatal crashes.",
        True,
        [("fraction", 0.3, None, "nearly")],
        "Carla Brightman",
    ),
    ("en", '"Every one of those numbers is someone\'s child, parent or friend," Brightman said.', False, [], None),
    ("en", "Safety advocates said the decline was far too slow to celebrate.", False, [], None),
    (
        "en",
        "Traffic deaths in the first three months of this year fell a further 3.2%, according to the agency's early estimate.",
        True,
        [("ordinal", 1, None, None), ("duration", 3, "month", None), ("percent", 3.2, "%", None)],
        None,
    ),
    # --- EU car registrations (Reuters, April 23) ---
    (
        "en",
        "BRUSSELS, April 23 (Reuters) - Battery electric cars took 17.9% of new car registrations in the European Union in the first quarter, up from 15.3% a year earlier, the European Automobile Manufacturers' Association (ACEA) said on Thursday.",
        True,
        [
            ("date", "--04-23", None, None),
            ("percent", 17.9, "%", None),
            ("ordinal", 1, None, None),
            ("percent", 15.3, "%", None),
        ],
        "the European Automobile Manufacturers' Association",
    ),
    (
        "en",
        "Overall registrations fell 1.9% to 2.74 million vehicles.",
        True,
        [("percent", 1.9, "%", None), ("count", 2740000, None, None)],
        None,
    ),
    (
        "en",
        "Hybrid-electric models were again the buyers' favourite, with 36.4% of the market.",
        True,
        [("percent", 36.4, "%", None)],
        None,
    ),
    (
        "en",
        "Registrations of battery electric cars jumped 42% in Germany and 29% in Belgium but fell 8% in France.",
        True,
        [("percent", 42, "%", None), ("percent", 29, "%", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Norvik's EU sales dropped 31% in the quarter, while those of Qiantang more than tripled.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "The association expects full-year registrations to grow by about 1%.",
        True,
        [("percent", 1, "%", "about")],
        None,
    ),
    (
        "en",
        '"Europe\'s electric transition is back on track, but it is fragile," ACEA director general Matteo Ferrandi said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Campaign group Transport & Environment said the figures showed the CO2 rules were working.",
        False,
        [],
        None,
    ),
    # --- Wiener Linien (APA) ---
    (
        "de",
        "Wien (APA) - Die Wiener Linien haben im vergangenen Jahr 1,06 Milliarden Fahrgäste befördert, so viele wie nie zuvor.",
        True,
        [("count", 1060000000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Jahreskarten stieg um rund 22.000 auf 1,19 Millionen, teilten die Wiener Linien am Montag mit.",
        True,
        [("count", 22000, None, "about"), ("count", 1190000, None, None)],
        "die Wiener Linien",
    ),
    (
        "de",
        "Damit hat statistisch mehr als jeder zweite Einwohner Wiens eine Jahreskarte.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    ("de", "Die Jahreskarte kostet seit Jänner 459 Euro.", True, [("money", 459, "EUR", None)], None),
    (
        "de",
        "Die U-Bahn-Linie U2 war wegen des Baus der U5 im Vorjahr insgesamt 97 Tage lang teilweise gesperrt.",
        True,
        [("duration", 97, "day", None)],
        None,
    ),
    (
        "de",
        "Wiener-Linien-Geschäftsführerin Edith Kaltenegger sagte, die Pünktlichkeit der U-Bahn habe bei 98,4 Prozent gelegen.",
        True,
        [("percent", 98.4, "%", None)],
        "Edith Kaltenegger",
    ),
    (
        "de",
        "„Die Wienerinnen und Wiener halten uns die Treue, darauf sind wir stolz“, sagte Kaltenegger.",
        False,
        [],
        None,
    ),
    ("de", "Die Opposition kritisierte die Preiserhöhung als „Öffi-Abzocke“.", False, [], None),
    (
        "de",
        "Bis 2030 sollen 58 neue Straßenbahnen und 34 U-Bahn-Züge in Betrieb gehen.",
        True,
        [("year", 2030, None, None), ("count", 58, None, None), ("count", 34, None, None)],
        None,
    ),
    # --- Tokai Motor job cuts (Reuters, May 13) ---
    (
        "en",
        "TOKYO, May 13 (Reuters) - Tokai Motor will cut 9,000 jobs worldwide and close two of its 17 vehicle plants by March 2028, the Japanese carmaker said on Wednesday, as it forecast a 38% drop in annual operating profit.",
        True,
        [
            ("date", "--05-13", None, None),
            ("count", 9000, None, None),
            ("count", 2, None, None),
            ("count", 17, None, None),
            ("year", 2028, None, None),
            ("percent", 38, "%", None),
        ],
        None,
    ),
    (
        "en",
        "It expects operating profit of 520 billion yen ($3.5 billion) for the year to March 2027.",
        True,
        [("money", 520000000000, "JPY", None), ("money", 3500000000, "USD", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "U.S. tariffs will cost the company about 310 billion yen this financial year.",
        True,
        [("money", 310000000000, "JPY", "about")],
        None,
    ),
    (
        "en",
        "Tokai sold 3.41 million vehicles in the year ended March, down 5.2%.",
        True,
        [("count", 3410000, None, None), ("percent", 5.2, "%", None)],
        None,
    ),
    (
        "en",
        "One of the plants to close is in Thailand and the other in Mexico, a company spokesperson said.",
        True,
        [],
        "a company spokesperson",
    ),
    (
        "en",
        '"We have to become a smaller, faster company to survive the next decade," Chief Executive Hiroshi Kanemura told a news conference.',
        False,
        [],
        None,
    ),
    ("en", "Its shares closed down 6.1% in Tokyo.", True, [("percent", 6.1, "%", None)], None),
    (
        "en",
        "About two-thirds of the job cuts will fall outside Japan.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    ("en", "The company did not say how many of the cuts would be voluntary.", False, [], None),
    # --- Verkehrstote im ersten Halbjahr (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Im ersten Halbjahr sind auf Deutschlands Straßen 1.312 Menschen tödlich verunglückt, 4 Prozent weniger als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 1312, None, None), ("percent", 4, "%", None)],
        None,
    ),
    ("de", "Das teilte das Statistische Bundesamt (Destatis) am Freitag mit.", True, [], "das Statistische Bundesamt"),
    (
        "de",
        "Die Zahl der Verletzten sank um 2 Prozent auf rund 170.500.",
        True,
        [("percent", 2, "%", None), ("count", 170500, None, "about")],
        None,
    ),
    (
        "de",
        "Insgesamt nahm die Polizei knapp 1,2 Millionen Unfälle auf, bei den allermeisten blieb es bei Blechschaden.",
        True,
        [("count", 1200000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Deutlich stieg die Zahl der getöteten Pedelec-Fahrer, um 11 Prozent auf 109.",
        True,
        [("percent", 11, "%", None), ("count", 109, None, None)],
        None,
    ),
    (
        "de",
        "Allein im Mai kamen 264 Menschen ums Leben, der höchste Monatswert seit Juli 2023.",
        True,
        [("count", 264, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Fast jeder vierte Verkehrstote war 75 Jahre oder älter.",
        True,
        [("fraction", 0.25, None, "nearly"), ("duration", 75, "year", "at_least")],
        None,
    ),
    (
        "de",
        "„Die Zahlen sind ein Alarmsignal für den Radverkehr“, sagte der Präsident des Deutschen Verkehrssicherheitsrats.",
        False,
        [],
        None,
    ),
    ("de", "Der Verkehrssicherheitsrat rät älteren Pedelec-Fahrern zu einem Fahrsicherheitstraining.", False, [], None),
    # --- UK rail punctuality (PA) ---
    (
        "en",
        "LONDON (PA) - Only 67.8% of British trains were on time in the year to March, the lowest proportion for a decade, figures from the Office of Rail and Road showed.",
        True,
        [("percent", 67.8, "%", None)],
        None,
    ),
    (
        "en",
        "To be recorded as on time, a train must reach each station within a minute of its scheduled time.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Some 3.6% of services were cancelled, up from 3.1% the year before.",
        True,
        [("percent", 3.6, "%", "about"), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Northern, the country's largest operator by number of trains, cancelled about one in 20 services.",
        True,
        [("fraction", 0.05, None, "about")],
        None,
    ),
    (
        "en",
        "Rail Minister Imogen Castell said £1.2 billion would be spent over five years on the most delay-prone stretches of track.",
        True,
        [("money", 1200000000, "GBP", None), ("duration", 5, "year", None)],
        "Imogen Castell",
    ),
    (
        "en",
        '"Passengers have run out of patience with excuses," the chief executive of watchdog Transport Focus said.',
        False,
        [],
        None,
    ),
    ("en", "Delays caused by trespass and cable theft rose sharply, Network Rail said.", True, [], "Network Rail"),
    (
        "en",
        "Passenger journeys rose 6% to 1.71 billion, still below the 1.74 billion made in the year before the pandemic.",
        True,
        [("percent", 6, "%", None), ("count", 1710000000, None, None), ("count", 1740000000, None, None)],
        None,
    ),
    ("en", '"I just assume my train won\'t turn up," said a commuter waiting at Leeds station.', False, [], None),
    # --- Neuzulassungen Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Im ersten Halbjahr sind in der Schweiz 112'480 neue Personenwagen in Verkehr gesetzt worden, ein Rückgang von 3,4 Prozent.",
        True,
        [("ordinal", 1, None, None), ("count", 112480, None, None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Anteil reiner Elektroautos stieg auf 22,7 Prozent, teilte Auto-Schweiz mit.",
        True,
        [("percent", 22.7, "%", None)],
        "Auto-Schweiz",
    ),
    (
        "de",
        "Das von der Branche für Ende 2025 gesetzte Ziel wurde damit klar verfehlt.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Verbandsdirektor Thomas Rüegsegger sagte, der Verband erwarte für das Gesamtjahr rund 236'000 Neuwagen.",
        True,
        [("count", 236000, None, "about")],
        "Thomas Rüegsegger",
    ),
    (
        "de",
        "«Die Kundschaft ist verunsichert, und das spürt man in jedem Showroom», sagte Rüegsegger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der öffentlichen Ladepunkte wuchs im Halbjahr auf gut 21'300.",
        True,
        [("count", 21300, None, "over")],
        None,
    ),
    ("de", "Ob der Bundesrat eine Kaufprämie prüft, wollte das Departement nicht sagen.", False, [], None),
    (
        "de",
        "Beliebtestes Modell war erneut ein Kompakt-SUV von Velsen mit 4'870 Neuzulassungen.",
        True,
        [("count", 4870, None, None)],
        None,
    ),
    # --- Great Lakes layoffs (Reuters, Aug 20) ---
    (
        "en",
        "DETROIT, Aug 20 (Reuters) - Great Lakes Motor Co will indefinitely lay off about 1,700 hourly workers at its electric pickup plant in Ohio and drop the plant's second shift from Oct. 5, the company said on Thursday.",
        True,
        [
            ("date", "--08-20", None, None),
            ("count", 1700, None, "about"),
            ("ordinal", 2, None, None),
            ("date", "--10-05", None, None),
        ],
        "the company",
    ),
    (
        "en",
        "Sales of the pickup fell 46% in the first half after federal tax credits for EV buyers ended last September.",
        True,
        [("percent", 46, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", "The plant employs roughly 3,900 people.", True, [("count", 3900, None, "about")], None),
    (
        "en",
        "United Auto Workers regional director Tamara Boyce vowed that the union would fight to bring the shift back.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Great Lakes will take a charge of $1.6 billion in the third quarter to write down the value of EV assets.",
        True,
        [("money", 1600000000, "USD", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Great Lakes sold 2.1 million vehicles in the United States last year, about 12% of them electric.",
        True,
        [("count", 2100000, None, None), ("percent", 12, "%", "about")],
        None,
    ),
    ("en", "Analysts at Barclays said more EV cutbacks across the industry were likely.", False, [], None),
    ("en", "Shares of Great Lakes fell 2.2% in early trading.", True, [("percent", 2.2, "%", None)], None),
    # --- Deutschlandticket wird teurer (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Deutschlandticket kostet vom kommenden Jahr an 66 Euro im Monat statt bisher 61 Euro.",
        True,
        [("money", 66, "EUR", None), ("money", 61, "EUR", None)],
        None,
    ),
    (
        "de",
        "Darauf verständigten sich die Verkehrsminister von Bund und Ländern nach einer fünfstündigen Sondersitzung am Montag in Berlin.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "Bund und Länder zahlen weiterhin jeweils 1,7 Milliarden Euro pro Jahr, um Einnahmeausfälle der Verkehrsunternehmen auszugleichen.",
        True,
        [("money", 1700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Verbands Deutscher Verkehrsunternehmen (VDV) nutzen derzeit rund 14,2 Millionen Menschen das Abo.",
        True,
        [("count", 14200000, None, "about")],
        "der Verband Deutscher Verkehrsunternehmen",
    ),
    (
        "de",
        "Gut ein Drittel von ihnen hatte vor der Einführung im Mai 2023 kein Abonnement.",
        True,
        [("fraction", 0.3333, None, "over"), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "„Jede Preiserhöhung treibt Pendler zurück ins Auto“, sagte Detlef Ruhnau vom Fahrgastverband Pro Bahn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ruhnau sagte, nach der letzten Preisrunde hätten laut Branchenzahlen rund 700.000 Abonnenten gekündigt.",
        True,
        [("count", 700000, None, "about")],
        "Ruhnau",
    ),
    (
        "de",
        "Ob der Preis nach 2027 an einen Kostenindex gekoppelt wird, ließen die Minister offen.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Bahn-Pünktlichkeit im September (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Pünktlichkeit der Deutschen Bahn hat sich im September erneut verschlechtert: Nur 57,4 Prozent der Fernzüge kamen ohne nennenswerte Verspätung an.",
        True,
        [("percent", 57.4, "%", None)],
        None,
    ),
    (
        "de",
        "Im August hatte die Quote noch bei 61,2 Prozent gelegen, im September des Vorjahres bei 59,8 Prozent.",
        True,
        [("percent", 61.2, "%", None), ("percent", 59.8, "%", None)],
        None,
    ),
    (
        "de",
        "Als pünktlich gilt ein Halt, wenn der Zug weniger als sechs Minuten nach Plan eintrifft.",
        True,
        [("duration", 6, "minute", "under")],
        None,
    ),
    (
        "de",
        "Im Regionalverkehr lag die Pünktlichkeit bei 89,7 Prozent, teilte der Konzern am Dienstag mit.",
        True,
        [("percent", 89.7, "%", None)],
        "der Konzern",
    ),
    (
        "de",
        "Bahnchef Jens Overhoff sagte, derzeit liefen bundesweit gut 1.100 Baustellen gleichzeitig.",
        True,
        [("count", 1100, None, "over")],
        "Jens Overhoff",
    ),
    (
        "de",
        "Die Generalsanierung der Strecke Köln–Hagen soll nach sieben Monaten Vollsperrung Mitte Dezember abgeschlossen sein.",
        True,
        [("duration", 7, "month", None)],
        None,
    ),
    (
        "de",
        "„Die Fahrgäste zahlen jeden Tag den Preis für jahrzehntelange Versäumnisse“, sagte ein Sprecher von Pro Bahn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis 2030 will die Bahn insgesamt 37 besonders stark belastete Korridore sanieren.",
        True,
        [("year", 2030, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Ob das Pünktlichkeitsziel von 65 Prozent für das Gesamtjahr noch erreichbar ist, ließ der Konzern offen.",
        False,
        [("percent", 65, "%", None)],
        None,
    ),
    # --- Australia's road toll (Reuters, Oct 14) ---
    (
        "en",
        "SYDNEY, Oct 14 (Reuters) - Australia's road toll rose to 1,318 deaths in the 12 months to September, the highest in 15 years, government data showed on Wednesday.",
        True,
        [
            ("date", "--10-14", None, None),
            ("count", 1318, None, None),
            ("duration", 12, "month", None),
            ("duration", 15, "year", None),
        ],
        None,
    ),
    (
        "en",
        "That was 4.2% more than a year earlier and equal to about 4.9 deaths per 100,000 people.",
        True,
        [("percent", 4.2, "%", None), ("count", 4.9, None, "about"), ("count", 100000, None, None)],
        None,
    ),
    (
        "en",
        "New South Wales recorded the most deaths with 362, followed by Queensland with 311.",
        True,
        [("count", 362, None, None), ("count", 311, None, None)],
        None,
    ),
    (
        "en",
        "Federal Transport Minister Bronwyn Halloran said the government would spend A$1.1 billion over four years on safety upgrades to regional roads.",
        True,
        [("money", 1100000000, "AUD", None), ("duration", 4, "year", None)],
        "Bronwyn Halloran",
    ),
    ("en", '"We are going backwards, and every state has to own that," Halloran said.', False, [], None),
    (
        "en",
        "Deaths among drivers aged 70 and over rose 17%.",
        True,
        [("duration", 70, "year", "at_least"), ("percent", 17, "%", None)],
        None,
    ),
    ("en", 'Road safety groups called the figures "shameful".', False, [], None),
    (
        "en",
        "More than half of the deaths occurred on roads outside major cities.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    # --- Tempo 100 auf der Brennerautobahn (APA) ---
    (
        "de",
        "Innsbruck (APA) - Auf der Brennerautobahn (A13) gilt ab 1. Dezember zwischen Innsbruck und Schönberg probeweise Tempo 100.",
        True,
        [("date", "--12-01", None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Das Land Tirol begründet die Maßnahme mit Stickstoffdioxid-Werten, die an der Messstelle Gärberbach im Vorjahr im Schnitt bei 38 Mikrogramm pro Kubikmeter lagen.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Landes sinkt die Belastung durch das Tempolimit um bis zu 10 Prozent.",
        True,
        [("percent", 10, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Verkehrslandesrat Markus Praxmarer sagte, auf der A13 seien täglich bis zu 41.000 Fahrzeuge unterwegs, davon etwa 9.000 Lkw.",
        True,
        [("count", 41000, None, "up_to"), ("count", 9000, None, "about")],
        "Markus Praxmarer",
    ),
    (
        "de",
        "„Tempo 100 ist kein Selbstzweck, sondern Gesundheitsschutz für die Menschen im Wipptal“, sagte Praxmarer.",
        False,
        [("count", 100, None, None)],
        None,
    ),
    ("de", "Der ÖAMTC sprach von „Schikane unter dem Deckmantel des Umweltschutzes“.", False, [], None),
    ("de", "Bei Verstößen drohen Strafen von bis zu 2.350 Euro.", True, [("money", 2350, "EUR", "up_to")], None),
    (
        "de",
        "Im Vorjahr wurden auf dem Abschnitt nach Angaben der Polizei rund 86.000 Tempoverstöße registriert.",
        True,
        [("count", 86000, None, "about")],
        "die Polizei",
    ),
    # --- London fares (PA) ---
    (
        "en",
        "LONDON (PA) - Pay-as-you-go Tube and bus fares in London will rise by an average of 4.1% from March 1, Transport for London (TfL) said on Thursday.",
        True,
        [("percent", 4.1, "%", None), ("date", "--03-01", None, None)],
        "Transport for London",
    ),
    (
        "en",
        "A single bus fare will go up by 15p to £1.90.",
        True,
        [("money", 0.15, "GBP", None), ("money", 1.9, "GBP", None)],
        None,
    ),
    (
        "en",
        "A peak Zone 1 journey on the Tube will cost £3.10 with a contactless card.",
        True,
        [("money", 3.1, "GBP", None)],
        None,
    ),
    (
        "en",
        "Passenger journeys have recovered to about 92% of pre-pandemic levels, with around 3.6 billion trips in the last financial year.",
        True,
        [("percent", 92, "%", "about"), ("count", 3600000000, None, "about")],
        None,
    ),
    (
        "en",
        "The Mayor of London said the rise was needed to close a £190 million gap left by the government's funding settlement.",
        True,
        [("money", 190000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Londoners are being squeezed from every direction," said a spokesperson for the London Assembly Conservatives.',
        False,
        [],
        None,
    ),
    ("en", "London TravelWatch urged TfL to protect the daily cap for part-time commuters.", False, [], None),
]
