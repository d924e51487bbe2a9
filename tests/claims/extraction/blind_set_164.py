"""Hundred-and-sixty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Elisabeth Moosbrugger, Julian Pfisterer, Gabriele Wöhrmann, Claudia Frischknecht, Franz
Pichlmayr, Walter Veitschegger, Petra Lahnsteiner, Dirk Claußen, Lukas Brändli, Ursula
Kainrath, Holger Tiedemann, Bernhard Lechner, Aidan Keogh; Kenji Asakura, Thomas Wrenfield,
Markus Lindqvist, Jaume Vilaró, Hester van Dongen, Eleni Kourtaki, Fiona McAllister, Rosa
Quispe, Grant Harland); mayors, ministers, state secretaries, council leaders and firms'
executives of real places and bodies appear under made-up names that stand for no real
holder, or by their role only ("der Bürgermeister von Prags", "ein Touristiker aus dem Ort",
"eine Anrainerin", "eine 74-jährige Besucherin aus Regensburg", "ein Hotelier aus dem Goms",
"the mayor", "a protester outside the town hall", "a hut owner", "a passenger in Atlanta",
"a hotelier in Phuket", "a AAA spokeswoman", "one of the organisers in Palma"). Real bodies,
places, events and things ("Statistik Austria", "Österreichische Hoteliervereinigung",
"ÖHV", "Flughafen Wien", "Schwechat", "Statistisches Bundesamt", "Dehoga", "Bayern",
"Baden-Württemberg", "Bundesamt für Statistik", "Luzern", "Graubünden", "Engelberg",
"Hotelleriesuisse", "Konjunkturforschungsstelle der ETH", "Deutscher Reiseverband", "DRV",
"ITB", "Hallstatt", "Salzkammergut", "Vida", "Kiel", "Seehafen Kiel", "Ostseekai",
"Southampton", "Nabu", "Flughafen Zürich AG", "Kloten", "Pragser Wildsee", "Südtirol",
"Bozen", "Seceda", "Grödnertal", "Prags", "Ortstaxe", "Wirtschaftskammer", "Prag",
"Budapest", "Bundesverband der Campingwirtschaft", "Niederlande", "Tirol Werbung",
"Belgien", "Ryanair", "Dortmund", "Hahn", "Memmingen", "Luftverkehrsteuer",
"Flughafenverband ADV", "Ischgl", "Obergurgl", "Arbeiterkammer", "Österreich Werbung",
"Christkindlesmarkt", "Hauptmarkt", "Regensburg", "Zermatt", "Verband Seilbahnen Schweiz",
"Kantonspolizei Wallis", "Goms"; "Japan National Tourism Organization", "Kyoto", "Gion",
"Venice", "Rialto Bridge", "St Mark's Square", "Heathrow", "TUI", "Hanover", "Barcelona",
"CLIA", "Amsterdam", "Haarlem", "Zaandam", "Mount Fuji", "Yoshida trail", "Yamanashi",
"National Statistics Institute", "Palma", "Balearic Islands", "Santorini", "Mykonos",
"Fira", "Transportation Security Administration", "Airlines for America", "Federal Aviation
Administration", "Atlanta", "Edinburgh", "Fringe", "Phuket", "Malaysia", "Dubrovnik", "Machu
Picchu", "Aguas Calientes", "Lima", "AAA", "Statistics New Zealand", "South Island") stand
for the way wire copy names them; every count of nights, arrivals, passengers, visitors and
flights, every occupancy rate, fee, tax, price, share, date and quote here is invented, and
where a real figure came to mind (a real entry fee, a real cap on cruise ships or visitors,
a real levy, a real tax rate or a real annual total) it was changed.

Its weight: TOURISM, HOTELS AND THE TRAVEL SEASON over one year in story order (late January
to mid-December of 2026, with the year 2025 reported in the first stories), 33 stories each
told as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes, follow-ups), the German and English stories interleaved by month. Half German (APA,
dpa with its regional slugs "dpa/lno" and "dpa/lby", Keystone-SDA; Austrian "Nächtigungen",
"heuer", "Jänner", "im Vorwinter", "Anrainerin", "Ortstaxe", "Touristiker", Swiss
"Logiernächte", "Cars", "gemäss", "Ersteintritte", "23'480", "100'000", «» quotes, German
"Übernachtungen" and „“ quotes): Austria's record tourism year, Vienna airport's passenger
record, Germany's overnight stays, Swiss hotel nights, the travel trade at the ITB, coaches
rationed in Hallstatt, hoteliers' complaints about costs and the union's reply, the cruise
season in Kiel, Zurich airport in May, access rules at the Pragser Wildsee, Vienna's higher
Ortstaxe, a camping record, Tyrol's summer, Ryanair's cuts over the German air tax, the ski
season's opening and pass prices in Tyrol, Nuremberg's Christmas market and the Swiss lift
operators' start. Half English (Reuters, AP, AFP, PA): Japan's visitor record, Venice's
day-tripper fee, Heathrow's traffic and third runway, TUI's summer bookings, Barcelona's
cruise curbs, Amsterdam's tourist tax, Mount Fuji's climbing fee, Spain's tourists and the
protests in Palma, a levy on cruise passengers in Greece, a record day at U.S. airports,
Edinburgh's visitor levy, Thailand's slide in arrivals, Dubrovnik's cruise cap, Machu
Picchu's daily limit, Thanksgiving travel and New Zealand's visitor levy. Figures as such
copy has them: overnight stays, arrivals, passengers, flights, visitors and seats in
millions ("158,4 Millionen Nächtigungen", "2,73 Millionen Passagiere", "84.1 million
passengers", "a record 40.2 million"), lengths of stay in nights, occupancy rates and tax
rates in per cent, moves in per cent and percentage points, fees, levies, taxes, fares, room
rates and pass prices in euros, cents, francs, pounds, dollars, yen, baht, soles and New
Zealand dollars (converted figures in brackets), multiples as verbs ("fast verdoppelt",
"halved", "doubled"), shares ("Gut 70 Prozent", "Jede dritte Übernachtung", "Jeder vierte
Urlauber", "Rund drei Viertel", "Knapp jede fünfte", "Fast jeder zweite", "Knapp zwei
Drittel", "by more than a fifth", "by about a quarter", "about one in five", "by about a
third"), number words and compounds ("fünftägigen", "Sechstagesskipass", "vierköpfige", "im
20-Minuten-Takt", "a 25-euro fee", "a 250-baht entry fee", "the five-day holiday period"),
ordinals ("zum dritten Mal in Folge", "a third runway", "for the fifth month in a row", "the
first city in the United Kingdom", "a promised second access road", "am ersten
Skiwochenende"), ages, durations, years, seasons, dates, Swiss apostrophes and hedges.
Negatives as such copy has them: ministers', mayors', executives' and hoteliers' rhetoric
and creed in quotes, complaints of hoteliers, residents, shop owners, rescuers, performers
and operators without a measure, a verdict with "halten ... für", labels of a lobby and a
chamber, warnings and a hope without a figure, analysts' view, open questions, advice (two
with a figure), scene colour and vox pops (four with an age or a span).

242 rows (121 German, 121 English), 55 negatives (27 German, 28 English), 187 check-worthy
rows of which 12 carry no figure (6 German, 6 English), 320 expected quantities (107 counts,
69 percentages - 68 in %, 1 in percentage points -, 55 amounts of money - 33 EUR, 6 JPY, 6
USD, 4 GBP, 3 NZD, 1 each CHF, PEN, THB -, 25 years, 19 durations - 6 in days, 4 in years, 4
in hours, 2 in months, 2 in minutes, 1 in weeks -, 18 dates, 14 fractions, 13 ordinals; 7 of
them in seven negatives, as the seventeenth batch labels a figure in a negative), 38 checked
speakers (19 German, 19 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, creed, feeling or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-fifty-second, hundred-fifty-seventh); a reported statement of fact or figure is
  check-worthy with its speaker. The pairs from one speaker: Moosbrugger's 4.1 per cent
  ("Das Niveau von 2019 sei damit um 4,1 Prozent übertroffen worden, sagte
  Tourismusstaatssekretärin Elisabeth Moosbrugger." -> "Elisabeth Moosbrugger";
  "übertroffen" a verb and no hedge, hundred-sixtieth) beside her „Österreich ist und bleibt
  ein Sehnsuchtsland“; Veitschegger's 31 and 19 per cent beside „Wir arbeiten mehr denn je
  und verdienen weniger denn je“; Kainrath's 28 million euros beside „Das zahlen ja nicht
  die Wienerinnen und Wiener, sondern die Gäste“; Keogh's 800,000 seats beside „Jede
  zusätzliche Abgabe vertreibt Passagiere ins Ausland“; Pichlmayr's 140 euros beside „Wir
  wollen Gäste, keine Durchreisenden“; Lindqvist's 63% beside "Customers are spending more
  on experiences ..."; Vilaró's 17 million euros beside "Barcelona is not a souvenir shop";
  McAllister's 1,840 providers beside "A small charge on visitors ..."; Harland's NZ$210
  million beside "We have got the balance about right". Konjunktiv I paraphrases of a figure
  or a fact are check-worthy with the speaker their own attribution gives (Moosbrugger
  above; "Inflationsbereinigt lägen die Umsätze ... noch unter jenen von 2019, teilte die
  Österreichische Hoteliervereinigung mit." -> "die Österreichische Hoteliervereinigung";
  "Seit 2019 hätten rund 30.000 Beschäftigte der Branche den Rücken gekehrt, sagte
  Vida-Sprecherin Petra Lahnsteiner." -> "Petra Lahnsteiner"; "Insgesamt werde das Angebot
  um rund 800.000 Sitzplätze verringert, ..." -> "Aidan Keogh"; "Rund 7.600 Stellen ...
  seien derzeit unbesetzt, hieß es." with "hieß es" unchecked; thirty-ninth,
  hundred-sixtieth). One side's account is check-worthy (sixty-eighth, hundred-second,
  hundred-sixtieth): the union's reply with its figure ("Die Löhne ... lägen weiterhin um
  rund 20 Prozent unter dem Schnitt aller Branchen, so die Gewerkschaft."), the airlines'
  complaint with the charge it names ("Airlines say the airport's charge of 33 pounds per
  departing passenger ..."), CLIA's figures for its passengers, the Palma turnout from
  police with the organisers' count beside it and the local guides' wait since 2023.
- Plans, targets, forecasts and demands with a figure are check-worthy (seventh,
  hundred-thirty-third, hundred-fifty-sixth, hundred-fifty-seventh, hundred-fifty-eighth:
  "Das Wirtschaftsforschungsinstitut Wifo rechnet ... mit einem Nächtigungsplus von 2,1
  Prozent."): the airport board's "etwa 33,5 Millionen Passagieren", the ETH's "ein Plus von
  1,2 Prozent", Kiel's "196 Anläufe von 34 verschiedenen Schiffen", Zurich's "über 100'000
  Passagieren", Hotelleriesuisse's 16.8 million nights, Japan's target of 60 million,
  Barcelona's terminals and cap, Amsterdam's halving by 2028, Spain's "more than 100
  million", the TSA's 18.5 million, Airlines for America's 271 million, Thailand's cut
  forecast, Edinburgh's "up to 45 million pounds", Heathrow's cost estimate and runway
  timetable, Peru's new limit, AAA's 82.3 million, a tax cut announced ("Die Bundesregierung
  hat angekündigt, die Steuer ... um 2,50 Euro zu senken."; hundred-thirty-first: pledges
  with a checkable content) and the ÖHV's "Die Vereinigung fordert eine Senkung der
  Lohnnebenkosten um zwei Prozentpunkte." (hundred-fifty-sixth: a union's demand with a
  figure). Warnings, hopes, views and forecasts without a figure are negatives
  (forty-seventh, hundred-fifty-seventh): "Hotel operators warned that the higher tax would
  drive guests ...", "Die Wirtschaftskammer warnte, die Erhöhung schade ...", "The ministry
  hopes a visa-free scheme ...", "Analysts said late bookings would decide whether ...".
- Check-worthy without a figure (fifty-eighth, hundred-thirtieth, hundred-fifty-sixth,
  hundred-fifty-seventh, hundred-sixtieth): rules visitors live under, given as background
  (Venice's exemptions, Amsterdam's one-in-one-out rule for hotels, Fuji's ban on night
  starts - "between 2 p.m. and 3 a.m." clock times and none -, the booked parking at the
  Pragser Wildsee), a legal challenge lodged ("A group of local councils said it had lodged
  a legal challenge ..."; hundred-sixtieth: an appeal lodged), a position ("Ein Drehkreuz
  oder ein Eintrittsgeld nach dem Vorbild Venedigs lehnt die Gemeinde weiterhin ab.";
  hundred-fifty-seventh: a government's position), a ranking stated by the trade
  ("Spitzenreiter bei den Pauschalreisen bleibt die Türkei vor Spanien und Griechenland." -
  "Spitzenreiter" ranks without a number word and gives no ordinal, hundred-fifty-second), a
  record without a figure ("... so viele Übernachtungen gezählt wie nie zuvor.";
  hundred-fifty-sixth: "so viele wie nie zuvor"), a season opened, a counting system in use,
  the airports a carrier's cuts hit ("..., teilte die Airline am Mittwoch mit." -> "die
  Airline") and tourists stranded by a blockade ("hundreds" and "several hours" none,
  seventeenth: vague magnitudes).
- Overnight stays, arrivals, passengers, flights, visitors, seats and tickets are counts
  (hundred-thirty-third, hundred-fifty-eighth: "41,3 Millionen Nächtigungen"): "mit 158,4
  Millionen Nächtigungen", "auf 48,1 Millionen", "allein 58,3 Millionen" ("allein" no
  hedge), "mehr als 20 Millionen" "over", "32,6 Millionen Passagiere", "auf rund 246.000"
  "about", "mehr als 500 Millionen Übernachtungen" "over", "Mit 503,8 Millionen", "auf 87,9
  Millionen, ... auf 415,9 Millionen", "43,9 Millionen Logiernächte", "auf 23'480" and "über
  100'000" (Swiss apostrophes, tenth), "19,4 Millionen", "rund 11,2 Millionen Fahrgäste",
  "um rund 800.000 Sitzplätze", "rund 1,9 Millionen Ersteintritte", "a record 40.2 million"
  ("a record" no hedge), "84.1 million passengers", "23.1 million hotel overnight stays,
  well above the ceiling of 21 million" ("above the" before an article no hedge,
  hundred-fifty-seventh), "more than 3.1 million people" "over", "a record 271 million",
  "The Fringe sold 2.47 million tickets", "fewer than 47,500 residents" and "fewer than
  1,500 permanent residents" "under" (fifty-fifth), "about 170,000 in the early 1950s"
  (decades none, thirty-ninth). New: lengths of stay in nights are counts ("sank auf 3,3
  Nächte, ... bei 3,6 Nächten", "capped at seven consecutive nights" 7) - a night is no unit
  of the issue's duration list, as a season is not (hundred-thirty-third: "over the past two
  seasons" count 2); "pro Nacht", "a night" and "per person a night" carry none.
- Occupancy, tax and other rates are percentages as written (every batch): "Die
  Zimmerauslastung lag im Schnitt bei 57,8 Prozent" ("im Schnitt" no hedge), "auf über 71
  Prozent" "over", "Die Sitzplatzauslastung ... bei 81,6 Prozent", "bei 68 Prozent, jene der
  Ferienwohnungen nur bei 41 Prozent" ("nur" no hedge), "von bis zu 94 Prozent" "up_to",
  "about 98% of their capacity" "about", "above 90%" "over" (hundred-thirtieth: "above 14%";
  hundred-fourteenth: "above 300,000"), "to 13.5% of the room price", "a 6% visitor levy",
  "von 5 auf 6,5 Prozent des Nächtigungspreises" (the unit written once serves both,
  forty-sixth); moves "um 2,7 Prozent mehr", "ein Plus von 2,9 Prozent", "ein leichtes Minus
  von 0,8 Prozent" 0.8 (hundred-fifty-seventh: "Minus" a noun naming the direction), "mit je
  rund 8 Prozent" one figure "about", "gut 9 Prozent mehr" "over", "knapp 7 Prozent mehr"
  "nearly", "less than 3% of its visitors" "under", "rose as much as 7%" "up_to"
  (hundred-thirtieth: "as much as 4.2%"), "with prices up an average of 2%" ("an average of"
  no hedge), "erst" none; "um zwei Prozentpunkte" is 2 "pp" (hundred-thirtieth).
- Money in the currency written (every batch): EUR (entry fees, levies, surcharges, parking,
  tickets, passes, room and pitch prices, revenue, spending and losses: "5 euros ... and 10
  euros", "roughly 5.4 million euros" "about", "85,4 Milliarden Euro", "eine Parkgebühr von
  140 Euro", "15 euros each, up from 11 euros", "38 Euro pro Tag", "drei Euro", "rund 28
  Millionen Euro im Jahr" "about", "142 Euro", "im Schnitt 39,80 Euro pro Nacht", "45 euros,
  up from 40 euros", "a fine of up to 265 euros" "up_to", "16,10 Euro pro Ticket", "um 2,50
  Euro", "79 Euro", "auf 72,40 Euro" ("Im Durchschnitt" no hedge), "mehr als 1.400 Euro"
  "over", "4,50 Euro, 50 Cent mehr" 4.5 and 0.5 - Cent are EUR hundredths,
  hundred-thirty-eighth -, "191 million euros ... the 206 million euros", "4.9 billion
  euros", "35.2 billion euros", "41 million euros"), GBP ("about 49 billion pounds" "about",
  "33 pounds per departing passenger", "298 pounds a night"), USD ("$781", "$3.02 a gallon,
  down 9 cents" 0.09 - hundred-thirtieth: "31 cents" 0.31 USD -, "averaged" no hedge), JPY
  ("about 9.6 trillion yen ($62 billion)" with the converted USD in brackets and no hedge,
  eightieth and hundred-thirty-third; "5,000 yen ($33) ..., up from 3,000 yen"; "6,000 yen
  per person a night, up from 800 yen"; "averaged 24,300 yen a night"), CHF ("bis zu 109
  Franken" "up_to" in a Swiss story, eighty-eighth). A fee written as a hyphenated compound
  is money as the figure stands ("a 25-euro fee"; hundred-sixtieth: "ein 25-Cent-Pfand" 0.25
  EUR). New: "a 250-baht entry fee" is 250 THB and "152 soles (about $45)" is 152 PEN with
  45 USD "about" - the currency word of the story's country names the code, as crowns in a
  Norwegian story are NOK (hundred-thirty-third), and a hedge written inside the brackets
  belongs to the converted figure alone. New: "NZ$95 from NZ$45" and "about NZ$210 million"
  are NZD - the prefix names the New Zealand dollar as "A$", "C$" and "HK$" name theirs
  (forty-ninth, hundred-thirty-first, hundred-fifty-seventh). "je Aktie", "pro Tag", "pro
  Ticket", "pro Nacht", "a night", "a year", "im Jahr", "each" carry none.
- Durations and ages (the issue; every batch): days of a fee "on 66 days this year, up from
  48 days" 66 and 48 days (hundred-thirty-third: "opened on only 31 days"), "at least four
  days in advance" 4 days "at_least", "weniger als zwei Stunden" 2 hours "under", "who stay
  less than 12 hours" 12 hours "under", "Auf der fünftägigen Messe" 5 days (the issue's
  "dreitägige Reise"), "over the five-day holiday period" 5 days, "Ein Sechstagesskipass" 6
  days (hundred-thirty-third), "vor zehn Jahren" 10 years, "in the first four months of the
  year" and "in the first seven months" ordinal 1 with 4 and 7 months, "in den ersten zwei
  Wochen" ordinal 1 with 2 weeks (hundred-fifty-second: "in den ersten zehn Monaten"); in
  negatives "mindestens zwei Stunden vor Abflug" and "at least two hours before a domestic
  flight" 2 hours "at_least", "who had waited 50 minutes at security" 50 minutes, "who has
  worked on the slopes for 31 years" 31 years, "Eleni Kourtaki, 58," and "eine 74-jährige
  Besucherin" ages in years (hundred-thirty-third, hundred-sixtieth: vox pops with ages).
  New: "die Shuttlebusse ... fahren im 20-Minuten-Takt" is 20 minutes - an interval written
  as a hyphenated compound is read as "a 12-week" and "24-hour" are (hundred-sixtieth).
  None: "im Jahr davor", "im Vorjahr", "im Vorjahreszeitraum", "im Vorjahresmonat", "im
  Vorwinter", "heuer", "in diesem Jahr", "im vergangenen Jahr", "vor einem Jahr", "last
  year", "a year earlier", "a year ago", "the year before", "last season", "last summer",
  "this summer", "in the year to October", "annually", "a year", "next year", "from next
  year", "since last year", "seit Jahren", "tagsüber", "several hours", "in a single day",
  "in real time", months ("ab Mai", "im August", "von April bis Juni", "Mai bis August", "In
  September", "since January", "from June through September", "ab Juli des kommenden
  Jahres"), "Ende Januar", "Bis Mitte Dezember", weekdays and clock times ("between 8.30
  a.m. and 4 p.m.", "between 2 p.m. and 3 a.m.", "nach 23 Uhr", "vor acht Uhr", "zu
  Mittag").
- Counts otherwise (every batch): "from seven to four" both, "zwei weitere große Tiroler
  Skigebiete" 2, "Heathrow's two runways" 2, "für zwei Erwachsene" 2, "postponed twice" 2
  (the issue's "viermal"), "eine vierköpfige Familie" 4 (hundred-seventeenth,
  hundred-fifty-seventh: "im zehnköpfigen" counts members), "Im Durchschnitt der 20 größten
  Skigebiete" 20 (hundred-forty-eighth: "In den sieben größten Städten" 7), "rund 5.600
  Aussteller aus 170 Ländern", "196 Anläufe von 34 verschiedenen Schiffen", "bis zu 12.000
  Tagesgäste ... knapp 730 Einwohnern", "bis zu 17.000 Besucher", "bis zu 60.000 ultrafeine
  Partikel" "up_to", "rund 3.000 Campingplätze mit zusammen etwa 230.000 Stellplätzen"
  ("zusammen" no hedge, "etwa" its own), "160 Buden", "23 Unfälle", "rund 180 Reisebusse",
  "190 air traffic controllers", "2,000 new air traffic controllers" ("dozens" none), "more
  than 52,000 flights" "over", "at least 50 miles" 50 "at_least" (lengths are counts,
  hundred-sixtieth), "About 8,000 people ..., while organisers put the turnout at 30,000",
  "about 41,000 holiday flats", "1,840 accommodation providers", "to 6,200 next year, up
  from 5,000", "about 15,500 residents"; limits: "auf höchstens 50 pro Tag" "at_most", "no
  more than three cruise ships and 5,000 passengers" the hedge on the first only
  (hundred-sixtieth: "Some 460 firefighters, 14 aircraft and nine helicopters"), "remain
  capped at 4,000 climbers" and "cap cruise passengers at 1.4 million" with no hedge
  (hundred-fifty-seventh: "capped at"). "halved", "doubled", "fast verdoppelt" and "mehr als
  verdoppelt" are verbs and no count (hundred-fifty-second, hundred-fifty-seventh). New: "in
  einem Hotel mit vier oder fünf Sternen" gives counts 4 and 5 - the stars of a rating are
  counted as written, as the rooms of a "Dreizimmerwohnung" are (hundred-fifty-seventh).
  New: "Laut einer Umfrage unter 620 Mitgliedsbetrieben" is 620 with no hedge - "unter"
  after "Umfrage" means "among" and bounds nothing, as "über" after a noun that governs it
  names the amount (hundred-thirtieth: "Bei einem Darlehen über 300.000 Euro"). None:
  "Hunderte Skifahrer", "hundreds of tourists", "a few dozen activists", "the most in its
  history", "so viele wie nie zuvor", "the most ever", "the busiest day", "Jeder Bus",
  "Jeder Passagier", "ein Tagespass", "Der Tagesskipass" (hundred-thirty-third: "Eine
  Tageskarte" none), "U.S.", "NZ$" alone.
- Ordinals (the issue; hundred-thirty-third, hundred-fifty-seventh): "zum dritten Mal in
  Folge" 3, "for the fifth month in a row" 5 (hundred-fifty-seventh: "for a 15th straight
  month"), "the first city in the United Kingdom to do so" 1, "in its first year" 1, "for
  the first quarter" 1, "Im ersten Halbjahr" 1, "am ersten Skiwochenende" 1, "a promised
  second access road" 2, and in a negative „die zweite starke Saison“ 2, labelled. "A third
  runway" is ordinal 3, not a fraction - an ordinal before a singular noun ranks it
  (hundred-fifty-second: "a fifth suspect"), unlike "a third of" or "by about a third".
- Fractions (the issue; every batch): "Jede dritte Übernachtung" 0.3333, "Jeder vierte
  Urlauber" 0.25, "Rund drei Viertel" 0.75 "about", "knapp die Hälfte" 0.5 "nearly", "mehr
  als die Hälfte der Schiffe" 0.5 "over", "Ein Drittel des Geldes" 0.3333, "Knapp jede
  fünfte" 0.2 "nearly" (hundred-fifty-second: "Knapp ein Fünftel"), "Fast jeder zweite Gast"
  0.5 "nearly", "Knapp zwei Drittel" 0.6667 "nearly", "by more than a fifth" 0.2 "over", "by
  about a quarter" 0.25 "about", "about one in five flights" 0.2 "about"
  (hundred-fifty-second: "Around one in five"), "dropped by about a third" and "fallen by
  about a third since 2001" 0.3333 "about".
- Years and dates: "im Jahr 2025", "2025", "seit 2019", "von 2019", "seit 2022", "gegenüber
  2024", "als 2024", "seit Mai 2024" the year only (hundred-fifty-seventh: "seit Juli
  2023"), "by 2030", "by 2031", "by 2035", "by 2028", "in 2022", "in 2023", "since 2023",
  "since 2001", "their 2019 level", "pre-pandemic peak in 2019"; the season "Für die
  Wintersaison 2026/27" gives both years (hundred-thirty-third). Dates without a year: "mit
  1. Jänner" --01-01 (the Austrian month name), "Vom 1. Juli bis zum 15. September" --07-01
  and --09-15, "bis zum 24. Dezember" --12-24, "from April 3 to July 26", "from July 1 to
  Sept. 10", "between June 1 and Aug. 31" and "on July 1" (hundred-fifty-second: "on Dec.
  3"); Reuters datelines with a day ("TOKYO, Jan 21 (Reuters)", "FRANKFURT, March 11
  (Reuters)", "BARCELONA, April 7 (Reuters)", "MADRID, June 3 (Reuters)", "BANGKOK, Aug 19
  (Reuters)", "WASHINGTON, Nov 18 (Reuters)", "WELLINGTON, Dec 9 (Reuters)"); APA, dpa
  ("dpa/lno", "dpa/lby", "Frankfurt/Main (dpa)"), Keystone-SDA, AFP without a day ("VENICE,
  Italy (AFP) -", "AMSTERDAM (AFP) -", "DUBROVNIK, Croatia (AFP) -"), AP and PA datelines
  none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly"
  "about"; "knapp", "Knapp", "Fast", "nearly" "nearly"; "mehr als", "Gut", "gut", "über",
  "more than", "above" "over"; "weniger als", "less than", "fewer than" "under"; "bis zu",
  "up to", "as much as" "up_to"; "mindestens", "at least" "at_least"; "höchstens", "no more
  than" "at_most". No hedge: "im Schnitt", "Im Durchschnitt", "durchschnittliche", "on
  average", "an average of", "averaged", "allein", "insgesamt", "zusammen", "je", "nur",
  "nur noch", "erst", "inzwischen", "a record", "capped at", "cap ... at", "the ceiling of",
  "übertroffen", "unter" after "Umfrage", "unter" and "above" before an article or a
  pronoun, "mehr" and "weniger" after a figure.
- Speakers, checked only in forms the earlier batches settled: "wie die Statistik Austria am
  Mittwoch mitteilte" (hundred-thirty-third), "teilte der Flughafen am Donnerstag mit",
  "teilte das Statistische Bundesamt am Freitag mit" and "am Montag mit", "teilte das
  Bundesamt für Statistik mit", "teilte die Österreichische Hoteliervereinigung mit" (the
  capitalised adjective in the nominative, hundred-fifteenth), "teilte die Tirol Werbung
  mit", "teilte die Airline am Mittwoch mit" and "teilte der Verband Seilbahnen Schweiz mit"
  the source with its article in the nominative, the weekday dropped (eighty-first,
  hundred-fifty-second, hundred-fifty-seventh); "wie die Flughafen Zürich AG am Donnerstag
  mitteilte" -> "die Flughafen Zürich AG"; "Nach Angaben des Landesstatistikamts" -> "das
  Landesstatistikamt" (seventieth, hundred-fifty-second); "laut Österreich Werbung" ->
  "Österreich Werbung" as written (thirtieth, hundred-fifty-seventh: "laut Statistik
  Austria"); "sagte Tourismusstaatssekretärin Elisabeth Moosbrugger", "sagte Bürgermeister
  Franz Pichlmayr", "sagte ÖHV-Präsident Walter Veitschegger", "sagte Vida-Sprecherin Petra
  Lahnsteiner", "sagte Finanzstadträtin Ursula Kainrath" and "sagte Ryanair-Manager Aidan
  Keogh" the name with the title dropped (hundred-fifty-second, hundred-fifty-seventh). New:
  "teilte der Deutsche Reiseverband zum Auftakt der ITB mit" -> "der Deutsche Reiseverband"
  - the occasion between source and verb is dropped as a weekday is (hundred-fourteenth).
  English: "the Japan National Tourism Organization said on Wednesday", "the National
  Statistics Institute said on Tuesday" and "the tourism ministry said on Tuesday" with the
  weekday dropped (fortieth), "the culture ministry said Tuesday" -> "the culture ministry",
  "the city council said on Tuesday", "the city said", "the airport said on Thursday" ->
  "the airport", "The housing ministry said ...", "The ministry said ...", "The agency said
  ..." and "The Federal Aviation Administration said ..." opening the row with the article
  in lower case (hundred-thirty-third: "The IBU said"), "TUI said on Wednesday that" and
  "Statistics New Zealand said on Tuesday" as written (hundred-thirty-third: "Statistics
  Austria said on Thursday"), "police said" -> "police" (hundred-fifty-second), "organisers
  said" -> "organisers" (hundred-thirty-third), "Chief Executive Markus Lindqvist told
  analysts" -> "Markus Lindqvist" (hundred-thirty-third: "Chief Executive Garrett Hollis
  told analysts"), "Mayor Jaume Vilaró said", "Council leader Fiona McAllister said" and
  "Tourism Minister Grant Harland said" the name with the title dropped
  (hundred-fifty-seventh: "Judge Carmen Ibarra said"). Left unchecked (None): "hieß es"
  (hundred-sixtieth), "nach Verbandsangaben" and "gemäss Branchenangaben" (hundredth,
  hundred-thirty-third: "nach Branchenangaben"), "nach Schätzungen der Stadt" (estimates,
  hundred-tenth), "wie eine Studie der Fachhochschule ergab", "wie eine Erhebung der
  Arbeiterkammer ergab", "Laut einer Umfrage unter ..." (documents, hundred-thirty-third,
  hundred-fifty-seventh), "rechnet der Vorstand", "erwartet die Konjunkturforschungsstelle
  der ETH", "Der Branchenverband Hotelleriesuisse rechnet" (hundred-thirty-third:
  "Organisers expect"), "city officials said", "officials in Yamanashi prefecture said",
  "Airlines say", "Hotel associations ... said", "Local guides said", "Critics say" (plural
  groups, forty-first and eighty-eighth), "Heathrow has estimated" (an estimating verb,
  hundred-tenth), "Industry group CLIA said" and "motoring group AAA said" (a description
  before the name, fortieth and hundred-thirty-third), "Airlines for America, an industry
  group, forecast" (a forecast, and a name with an apposition between commas,
  hundred-fifty-seventh), "Greece's tourism ministry said" and "the mayor's office said" (a
  possessive heading the source, eighty-third), "according to city figures", "according to
  the airport's own timetable", "according to figures from a hotel data company", "according
  to data from a travel booking app", "according to government data", "separate government
  data showed" (documents and data, hundred-fifty-seventh), "A group of local councils said"
  (a description). New: "so die Gewerkschaft" is left unchecked - the earlier batches
  settled "so" only before a name ("so Swiss-Ski", hundred-thirty-third; "so Freienstein",
  hundred-second), and a bare common noun whose body is named in an earlier row is not
  settled here. All negatives have speaker None, also those with a named speaker.
- Negatives (hundred-thirty-third, hundred-fifty-second, hundred-fifty-seventh,
  hundred-sixtieth): ministers', mayors', executives' and hoteliers' rhetoric and creed in
  quotes („Österreich ist und bleibt ein Sehnsuchtsland“, „Die Flugabgabe ist Gift für den
  Standort“, „Wir gehen mit großer Zuversicht in den Sommer“, „Die Gäste kommen, aber am
  Ende des Jahres ...“, «Die Schweiz darf sich nicht unter Wert verkaufen», „Wir wollen
  Gäste, keine Durchreisenden“, „Wir arbeiten mehr denn je ...“, „Die Kreuzfahrt ist für
  Kiel ein Wirtschaftsfaktor, ...“, «In den Spitzenzeiten sind wir am Limit», „Wir brauchen
  eine Obergrenze, nicht nur Gebühren“, „Das zahlen ja nicht die Wienerinnen und Wiener,
  ...“, „Camping ist längst kein Billigurlaub mehr“, „Jede zusätzliche Abgabe vertreibt
  Passagiere ins Ausland“, «Ohne Schnee bis ins Tal bleiben die Gäste aus dem Unterland
  aus», "We welcome visitors, but the city has to remain ...", "This is a ticket to enter a
  theme park, not a city,", "Britain cannot have a world-class economy ...", "Customers are
  spending more on experiences ...", "Barcelona is not a souvenir shop,", "We are not
  against tourists, ...", "The model of ever more visitors has reached its limit,", "A small
  charge on visitors helps keep the city clean and safe,", "Thailand must stop counting
  heads ...", "We had to choose between tourism and the city itself,", "Machu Picchu can
  take more visitors if ...", "We have got the balance about right," and, with its ordinal 2
  labelled, „Der Sommer ist in Tirol längst die zweite starke Saison“); complaints without a
  measure (the Dehoga's "klagte über gestiegene Kosten ...", residents of Kyoto, "Critics
  say the fee has done little ...", rescuers, "Eine Anrainerin klagte, ...", "Einheimische
  beklagen ...", shop owners in Fira, performers in Edinburgh, operators on the South
  Island; hundred-thirty-third: skiers' complaint); a verdict with "halten ... für" ("Ein
  Touristiker aus dem Ort hält das Buslimit für einen Tropfen auf den heißen Stein.";
  hundred-sixtieth); labels of a lobby and a chamber ("Der Flughafenverband ADV sprach von
  einem „hausgemachten Standortproblem“.", „Skifahren wird zum Luxus für wenige“,
  kritisierte die Arbeiterkammer.; hundred-thirty-third: a Konjunktiv I verdict of the
  Arbeiterkammer) and environmental groups' criticism ("Umweltverbände kritisieren ...");
  warnings and a hope without a figure (above); open questions ("Ob die hohen Preise in
  Südeuropa ... dämpfen, ist offen.", "Whether the air traffic control system can cope ...
  remains unclear."); advice with its figure labelled ("..., sollte mindestens zwei Stunden
  vor Abflug am Flughafen sein, rät die Betreiberin.", "Travel experts advise passengers to
  arrive at least two hours ...", ""If you can avoid flying on that Sunday, do it,"";
  hundred-fifty-second: advice); scene colour (activists' banners at a cruise terminal,
  hundreds of skiers at a valley station before eight; hundred-fifty-second,
  hundred-sixtieth) and vox pops, four with a figure labelled (a hut owner's 31 years, Eleni
  Kourtaki's age, a passenger's 50 minutes at security, a 74-year-old visitor in Nuremberg's
  „Es ist proppenvoll, ...“, a hotelier from the Goms).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_164 = [
    # --- Nächtigungsrekord im Tourismusjahr 2025 (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Beherbergungsbetriebe haben im Jahr 2025 mit 158,4 Millionen Nächtigungen einen neuen Rekord verbucht, um 2,7 Prozent mehr als im Jahr davor.",
        True,
        [("year", 2025, None, None), ("count", 158400000, None, None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Ankünfte stieg um 3,4 Prozent auf 48,1 Millionen, wie die Statistik Austria am Mittwoch mitteilte.",
        True,
        [("percent", 3.4, "%", None), ("count", 48100000, None, None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Gut 70 Prozent der Nächtigungen entfielen auf Gäste aus dem Ausland, allein 58,3 Millionen auf Urlauber aus Deutschland.",
        True,
        [("percent", 70, "%", "over"), ("count", 58300000, None, None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Aufenthaltsdauer sank auf 3,3 Nächte, vor zehn Jahren hatte sie noch bei 3,6 Nächten gelegen.",
        True,
        [("count", 3.3, None, None), ("duration", 10, "year", None), ("count", 3.6, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundeshauptstadt verbuchte zum dritten Mal in Folge mehr als 20 Millionen Nächtigungen.",
        True,
        [("ordinal", 3, None, None), ("count", 20000000, None, "over")],
        None,
    ),
    (
        "de",
        "Das Niveau von 2019 sei damit um 4,1 Prozent übertroffen worden, sagte Tourismusstaatssekretärin Elisabeth Moosbrugger.",
        True,
        [("year", 2019, None, None), ("percent", 4.1, "%", None)],
        "Elisabeth Moosbrugger",
    ),
    ("de", "„Österreich ist und bleibt ein Sehnsuchtsland“, sagte Moosbrugger.", False, [], None),
    (
        "de",
        "Inflationsbereinigt lägen die Umsätze der Betriebe aber noch unter jenen von 2019, teilte die Österreichische Hoteliervereinigung mit.",
        True,
        [("year", 2019, None, None)],
        "die Österreichische Hoteliervereinigung",
    ),
    # --- Japan's visitor record (Reuters) ---
    (
        "en",
        "TOKYO, Jan 21 (Reuters) - Foreign visitors to Japan hit a record 40.2 million last year, the Japan National Tourism Organization said on Wednesday, as a weak yen kept drawing travellers from across Asia.",
        True,
        [("date", "--01-21", None, None), ("count", 40200000, None, None)],
        "the Japan National Tourism Organization",
    ),
    (
        "en",
        "Visitors spent about 9.6 trillion yen ($62 billion) during their stays, up 18% from a year earlier, separate government data showed.",
        True,
        [("money", 9600000000000, "JPY", "about"), ("money", 62000000000, "USD", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "South Korea was the biggest source market with 9.4 million arrivals, followed by China with 8.7 million and Taiwan with 6.1 million.",
        True,
        [("count", 9400000, None, None), ("count", 8700000, None, None), ("count", 6100000, None, None)],
        None,
    ),
    (
        "en",
        "Arrivals from China were still about 12% below their 2019 level.",
        True,
        [("percent", 12, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Under a government target, Japan wants to draw 60 million visitors annually by 2030.",
        True,
        [("count", 60000000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Since March, guests in Kyoto's most expensive rooms have paid an accommodation tax of 6,000 yen per person a night, up from 800 yen.",
        True,
        [("money", 6000, "JPY", None), ("money", 800, "JPY", None)],
        None,
    ),
    (
        "en",
        "Residents of Kyoto have long complained about crowded buses and tourists trailing geisha through the narrow lanes of Gion.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hotel rooms in Tokyo averaged 24,300 yen a night in December, up 11% from a year earlier.",
        True,
        [("money", 24300, "JPY", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        '"We welcome visitors, but the city has to remain a place where people can live," Mayor Kenji Asakura said.',
        False,
        [],
        None,
    ),
    # --- Flughafen Wien mit Passagierrekord (APA) ---
    (
        "de",
        "Schwechat (APA) - Der Flughafen Wien hat im vergangenen Jahr 32,6 Millionen Passagiere abgefertigt, so viele wie nie zuvor.",
        True,
        [("count", 32600000, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Plus von 7,8 Prozent gegenüber 2024, teilte der Flughafen am Donnerstag mit.",
        True,
        [("percent", 7.8, "%", None), ("year", 2024, None, None)],
        "der Flughafen",
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen legte um 5,2 Prozent auf rund 246.000 zu.",
        True,
        [("percent", 5.2, "%", None), ("count", 246000, None, "about")],
        None,
    ),
    (
        "de",
        "Für heuer rechnet der Vorstand am Standort Wien mit etwa 33,5 Millionen Passagieren.",
        True,
        [("count", 33500000, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Flugabgabe ist Gift für den Standort“, sagte Vorstandsdirektor Julian Pfisterer.",
        False,
        [],
        None,
    ),
    ("de", "„Wir gehen mit großer Zuversicht in den Sommer“, sagte Pfisterer.", False, [], None),
    # --- Venice day-tripper fee (AFP) ---
    (
        "en",
        "VENICE, Italy (AFP) - Venice will charge day-trippers an entry fee on 66 days this year, up from 48 days last year, city officials said on Tuesday.",
        True,
        [("duration", 66, "day", None), ("duration", 48, "day", None)],
        None,
    ),
    (
        "en",
        "The fee will again be 5 euros for visitors who book at least four days in advance and 10 euros for those who register later.",
        True,
        [("money", 5, "EUR", None), ("duration", 4, "day", "at_least"), ("money", 10, "EUR", None)],
        None,
    ),
    (
        "en",
        "The charge applies between 8.30 a.m. and 4 p.m. on most weekends and public holidays from April 3 to July 26.",
        True,
        [("date", "--04-03", None, None), ("date", "--07-26", None, None)],
        None,
    ),
    (
        "en",
        "Last year about 720,000 visitors paid the fee, bringing in roughly 5.4 million euros, according to city figures.",
        True,
        [("count", 720000, None, "about"), ("money", 5400000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Residents, students, commuters and guests staying overnight in the city are exempt.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The historic centre now has fewer than 47,500 residents, down from about 170,000 in the early 1950s.",
        True,
        [("count", 47500, None, "under"), ("count", 170000, None, "about")],
        None,
    ),
    (
        "en",
        "Critics say the fee has done little to thin the crowds on the Rialto Bridge and in St Mark's Square.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"This is a ticket to enter a theme park, not a city," said a protester outside the town hall.',
        False,
        [],
        None,
    ),
    # --- Übernachtungen in Deutschland (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - In deutschen Hotels, Pensionen und auf Campingplätzen sind 2025 erstmals mehr als 500 Millionen Übernachtungen gezählt worden.",
        True,
        [("year", 2025, None, None), ("count", 500000000, None, "over")],
        None,
    ),
    (
        "de",
        "Mit 503,8 Millionen lag die Zahl um 1,6 Prozent über dem Vorjahr, teilte das Statistische Bundesamt am Freitag mit.",
        True,
        [("count", 503800000, None, None), ("percent", 1.6, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Übernachtungen ausländischer Gäste stiegen um 3,2 Prozent auf 87,9 Millionen, die von Inländern um 1,3 Prozent auf 415,9 Millionen.",
        True,
        [
            ("percent", 3.2, "%", None),
            ("count", 87900000, None, None),
            ("percent", 1.3, "%", None),
            ("count", 415900000, None, None),
        ],
        None,
    ),
    (
        "de",
        "Am stärksten legten die Campingplätze zu, mit einem Plus von 4,8 Prozent.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "Jede dritte Übernachtung entfiel auf Bayern oder Baden-Württemberg.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Der Hotel- und Gaststättenverband Dehoga klagte über gestiegene Kosten für Energie, Personal und Lebensmittel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die Gäste kommen, aber am Ende des Jahres bleibt immer weniger in der Kasse“, sagte Dehoga-Präsidentin Gabriele Wöhrmann.",
        False,
        [],
        None,
    ),
    # --- Heathrow traffic (PA) ---
    (
        "en",
        "LONDON (PA) - Heathrow handled 84.1 million passengers last year, the most in its history, the airport said on Thursday.",
        True,
        [("count", 84100000, None, None)],
        "the airport",
    ),
    (
        "en",
        "January traffic rose 3% to 6.4 million passengers, with North America the busiest long-haul market.",
        True,
        [("percent", 3, "%", None), ("count", 6400000, None, None)],
        None,
    ),
    (
        "en",
        "A third runway could be in operation by 2035 if planning consent is granted on schedule, according to the airport's own timetable.",
        True,
        [("ordinal", 3, None, None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "Heathrow has estimated the expansion will cost about 49 billion pounds.",
        True,
        [("money", 49000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Heathrow's two runways already operate at about 98% of their capacity.",
        True,
        [("count", 2, None, None), ("percent", 98, "%", "about")],
        None,
    ),
    (
        "en",
        "Airlines say the airport's charge of 33 pounds per departing passenger already makes it one of the most expensive hubs in the world.",
        True,
        [("money", 33, "GBP", None)],
        None,
    ),
    (
        "en",
        "A group of local councils said it had lodged a legal challenge against the expansion plans.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Britain cannot have a world-class economy with a hub airport that is full," Chief Executive Thomas Wrenfield said.',
        False,
        [],
        None,
    ),
    # --- Logiernächte in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Schweizer Hotels haben im vergangenen Jahr 43,9 Millionen Logiernächte gezählt, ein Zuwachs von 2,3 Prozent gegenüber dem bisherigen Rekordjahr.",
        True,
        [("count", 43900000, None, None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Inländische Gäste buchten wie im Vorjahr 20,6 Millionen Logiernächte, teilte das Bundesamt für Statistik mit.",
        True,
        [("count", 20600000, None, None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Gäste aus den USA buchten 3,1 Millionen Logiernächte, gut 9 Prozent mehr als im Vorjahr.",
        True,
        [("count", 3100000, None, None), ("percent", 9, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Zimmerauslastung lag im Schnitt bei 57,8 Prozent.",
        True,
        [("percent", 57.8, "%", None)],
        None,
    ),
    (
        "de",
        "In der Region Luzern stieg sie auf über 71 Prozent, in Graubünden sank sie auf 44,2 Prozent.",
        True,
        [("percent", 71, "%", "over"), ("percent", 44.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Cars mit Reisegruppen aus Asien, die von Luzern nach Engelberg fahren, hat sich gemäss Branchenangaben seit 2019 fast verdoppelt.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "«Die Schweiz darf sich nicht unter Wert verkaufen», sagte Hotelleriesuisse-Direktorin Claudia Frischknecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr erwartet die Konjunkturforschungsstelle der ETH ein Plus von 1,2 Prozent bei den Logiernächten.",
        True,
        [("percent", 1.2, "%", None)],
        None,
    ),
    # --- TUI summer bookings (Reuters) ---
    (
        "en",
        "FRANKFURT, March 11 (Reuters) - TUI said on Wednesday that summer bookings were running 4% ahead of last year, with prices up an average of 2%.",
        True,
        [("date", "--03-11", None, None), ("percent", 4, "%", None), ("percent", 2, "%", None)],
        "TUI",
    ),
    (
        "en",
        "Europe's largest tour operator has sold about 63% of its summer programme so far, Chief Executive Markus Lindqvist told analysts.",
        True,
        [("percent", 63, "%", "about")],
        "Markus Lindqvist",
    ),
    (
        "en",
        "Spain, Greece and Turkey remained the most popular destinations, while demand for Egypt rose by more than a fifth.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "en",
        "The group reported an underlying operating loss of 191 million euros for the first quarter, narrower than the 206 million euros a year earlier.",
        True,
        [("money", 191000000, "EUR", None), ("ordinal", 1, None, None), ("money", 206000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Revenue rose 6.2% to 4.9 billion euros.",
        True,
        [("percent", 6.2, "%", None), ("money", 4900000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Shares in the Hanover-based company rose as much as 7% in early trading.",
        True,
        [("percent", 7, "%", "up_to")],
        None,
    ),
    (
        "en",
        '"Customers are spending more on experiences and less on things," Lindqvist said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said late bookings would decide whether the year ends on a high.",
        False,
        [],
        None,
    ),
    # --- Reisebranche zur ITB (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Reiseveranstalter in Deutschland haben für den Sommer bislang rund 8 Prozent mehr Umsatz verbucht als vor einem Jahr, teilte der Deutsche Reiseverband zum Auftakt der ITB mit.",
        True,
        [("percent", 8, "%", "about")],
        "der Deutsche Reiseverband",
    ),
    (
        "de",
        "Im vergangenen Jahr gaben die Bundesbürger nach Verbandsangaben 85,4 Milliarden Euro für Urlaubsreisen aus.",
        True,
        [("money", 85400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Spitzenreiter bei den Pauschalreisen bleibt die Türkei vor Spanien und Griechenland.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Jeder vierte Urlauber hat seine Sommerreise schon vor Ende Januar gebucht.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Fernreisen legten um 11 Prozent zu, Kreuzfahrten um 6 Prozent.",
        True,
        [("percent", 11, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "de",
        "Auf der fünftägigen Messe präsentieren sich rund 5.600 Aussteller aus 170 Ländern.",
        True,
        [("duration", 5, "day", None), ("count", 5600, None, "about"), ("count", 170, None, None)],
        None,
    ),
    (
        "de",
        "Ob die hohen Preise in Südeuropa die Nachfrage im Hochsommer dämpfen, ist offen.",
        False,
        [],
        None,
    ),
    # --- Barcelona curbs cruise traffic (Reuters) ---
    (
        "en",
        "BARCELONA, April 7 (Reuters) - Barcelona will cut the number of cruise terminals at its port from seven to four by 2031 and cap cruise passengers at 1.4 million a year, the city council said on Tuesday.",
        True,
        [
            ("date", "--04-07", None, None),
            ("count", 7, None, None),
            ("count", 4, None, None),
            ("year", 2031, None, None),
            ("count", 1400000, None, None),
        ],
        "the city council",
    ),
    (
        "en",
        "The port handled 3.7 million cruise passengers last year, about 60% of them on day stops.",
        True,
        [("count", 3700000, None, None), ("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "The city has also doubled its surcharge on cruise passengers who stay less than 12 hours, to 8 euros.",
        True,
        [("duration", 12, "hour", "under"), ("money", 8, "EUR", None)],
        None,
    ),
    (
        "en",
        "Mayor Jaume Vilaró said the extra revenue of about 17 million euros a year would be spent on schools and public housing.",
        True,
        [("money", 17000000, "EUR", "about")],
        "Jaume Vilaró",
    ),
    (
        "en",
        "Industry group CLIA said cruise passengers spend on average 60 euros during a stopover in the city and make up less than 3% of its visitors.",
        True,
        [("money", 60, "EUR", None), ("percent", 3, "%", "under")],
        None,
    ),
    (
        "en",
        'Outside the terminal, a few dozen activists held up banners reading "Tourists go home".',
        False,
        [],
        None,
    ),
    ("en", '"Barcelona is not a souvenir shop," Vilaró said.', False, [], None),
    # --- Busse in Hallstatt (APA) ---
    (
        "de",
        "Hallstatt (APA) - Die Gemeinde Hallstatt im Salzkammergut begrenzt ab Mai die Zahl der Reisebusse auf höchstens 50 pro Tag.",
        True,
        [("count", 50, None, "at_most")],
        None,
    ),
    (
        "de",
        "Jeder Bus muss vorab ein Zeitfenster buchen und eine Parkgebühr von 140 Euro bezahlen, sagte Bürgermeister Franz Pichlmayr.",
        True,
        [("money", 140, "EUR", None)],
        "Franz Pichlmayr",
    ),
    (
        "de",
        "Im Vorjahr kamen an Spitzentagen bis zu 12.000 Tagesgäste in den Ort mit seinen knapp 730 Einwohnern.",
        True,
        [("count", 12000, None, "up_to"), ("count", 730, None, "nearly")],
        None,
    ),
    (
        "de",
        "Rund drei Viertel der Besucher bleiben weniger als zwei Stunden.",
        True,
        [("fraction", 0.75, None, "about"), ("duration", 2, "hour", "under")],
        None,
    ),
    (
        "de",
        "Ein Touristiker aus dem Ort hält das Buslimit für einen Tropfen auf den heißen Stein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Drehkreuz oder ein Eintrittsgeld nach dem Vorbild Venedigs lehnt die Gemeinde weiterhin ab.",
        True,
        [],
        None,
    ),
    ("de", "„Wir wollen Gäste, keine Durchreisenden“, sagte Pichlmayr.", False, [], None),
    (
        "de",
        "Eine Anrainerin klagte, sie komme zu Mittag kaum noch aus ihrem Haus.",
        False,
        [],
        None,
    ),
    # --- Amsterdam raises tourist tax (AFP) ---
    (
        "en",
        "AMSTERDAM (AFP) - Amsterdam will raise its tourist tax on hotel stays to 13.5% of the room price from next year, the city said.",
        True,
        [("percent", 13.5, "%", None)],
        "the city",
    ),
    (
        "en",
        "The Dutch capital recorded 23.1 million hotel overnight stays last year, well above the ceiling of 21 million that the council set in 2022.",
        True,
        [("count", 23100000, None, None), ("count", 21000000, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Day visitors arriving on river cruise ships will pay 15 euros each, up from 11 euros.",
        True,
        [("money", 15, "EUR", None), ("money", 11, "EUR", None)],
        None,
    ),
    (
        "en",
        "The number of river cruise ships allowed to moor in the centre will be halved to 1,100 a year by 2028.",
        True,
        [("count", 1100, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Since last year, a new hotel may only open in the city if an existing one closes.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Hotel operators warned that the higher tax would drive guests to neighbouring towns such as Haarlem and Zaandam.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"We are not against tourists, we are against the sheer numbers," said deputy mayor Hester van Dongen.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Since 2023 the city has also barred new shops selling souvenirs and fast food to tourists in parts of the centre.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    # --- Hoteliers klagen über Erträge (APA) ---
    (
        "de",
        "Wien (APA) - Die Personalkosten in Österreichs Hotellerie seien seit 2022 um 31 Prozent gestiegen, die Zimmerpreise nur um 19 Prozent, sagte ÖHV-Präsident Walter Veitschegger.",
        True,
        [("year", 2022, None, None), ("percent", 31, "%", None), ("percent", 19, "%", None)],
        "Walter Veitschegger",
    ),
    (
        "de",
        "Laut einer Umfrage unter 620 Mitgliedsbetrieben erwartet knapp die Hälfte für heuer einen geringeren Gewinn als im Vorjahr.",
        True,
        [("count", 620, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Rund 7.600 Stellen in der Beherbergung seien derzeit unbesetzt, hieß es.",
        True,
        [("count", 7600, None, "about")],
        None,
    ),
    (
        "de",
        "Die Vereinigung fordert eine Senkung der Lohnnebenkosten um zwei Prozentpunkte.",
        True,
        [("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "„Wir arbeiten mehr denn je und verdienen weniger denn je“, sagte Veitschegger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2019 hätten rund 30.000 Beschäftigte der Branche den Rücken gekehrt, sagte Vida-Sprecherin Petra Lahnsteiner.",
        True,
        [("year", 2019, None, None), ("count", 30000, None, "about")],
        "Petra Lahnsteiner",
    ),
    (
        "de",
        "Die Löhne in Hotellerie und Gastronomie lägen weiterhin um rund 20 Prozent unter dem Schnitt aller Branchen, so die Gewerkschaft.",
        True,
        [("percent", 20, "%", "about")],
        None,
    ),
    # --- Mount Fuji fee (AP) ---
    (
        "en",
        "FUJIYOSHIDA, Japan (AP) — Climbers on Mount Fuji will have to pay 5,000 yen ($33) this summer to use the most popular trail, up from 3,000 yen last year.",
        True,
        [("money", 5000, "JPY", None), ("money", 33, "USD", None), ("money", 3000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Daily numbers on the Yoshida trail will remain capped at 4,000 climbers, officials in Yamanashi prefecture said.",
        True,
        [("count", 4000, None, None)],
        None,
    ),
    (
        "en",
        "The official climbing season runs from July 1 to Sept. 10.",
        True,
        [("date", "--07-01", None, None), ("date", "--09-10", None, None)],
        None,
    ),
    (
        "en",
        "About 204,000 people climbed the mountain last season, a 7% drop from the year before.",
        True,
        [("count", 204000, None, "about"), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        "Climbers who have not booked a bed in a mountain hut may not set off between 2 p.m. and 3 a.m.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Rescuers complain that far too many hikers attempt the climb in sneakers and shorts.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"The mountain is sacred, and it deserves some respect," said a hut owner who has worked on the slopes for 31 years.',
        False,
        [("duration", 31, "year", None)],
        None,
    ),
    # --- Kreuzfahrtsaison in Kiel (dpa/lno) ---
    (
        "de",
        "Kiel (dpa/lno) - Mit dem Anlauf eines Kreuzfahrtschiffs aus Southampton hat in Kiel am Samstag die Kreuzfahrtsaison begonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis Ende Oktober erwartet der Seehafen Kiel 196 Anläufe von 34 verschiedenen Schiffen.",
        True,
        [("count", 196, None, None), ("count", 34, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr zählte der Hafen rund 905.000 Kreuzfahrtpassagiere, knapp 7 Prozent mehr als 2024.",
        True,
        [("count", 905000, None, "about"), ("percent", 7, "%", "nearly"), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Die Landstromanlage am Ostseekai versorgt inzwischen mehr als die Hälfte der Schiffe während der Liegezeit mit Strom.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Jeder Passagier gibt bei einem Tagesaufenthalt im Schnitt 71 Euro in der Stadt aus, wie eine Studie der Fachhochschule ergab.",
        True,
        [("money", 71, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bei Messungen am Terminal zählte der Nabu bis zu 60.000 ultrafeine Partikel pro Kubikzentimeter Luft.",
        True,
        [("count", 60000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Umweltverbände kritisieren die Abgase der Schiffe seit Jahren als Gesundheitsgefahr für die Anwohner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die Kreuzfahrt ist für Kiel ein Wirtschaftsfaktor, auf den wir nicht verzichten können“, sagte Hafenchef Dirk Claußen.",
        False,
        [],
        None,
    ),
    # --- Spain's tourist numbers and protests (Reuters) ---
    (
        "en",
        "MADRID, June 3 (Reuters) - Spain received 26.4 million international tourists in the first four months of the year, 6.1% more than a year earlier, the National Statistics Institute said on Tuesday.",
        True,
        [
            ("date", "--06-03", None, None),
            ("count", 26400000, None, None),
            ("ordinal", 1, None, None),
            ("duration", 4, "month", None),
            ("percent", 6.1, "%", None),
        ],
        "the National Statistics Institute",
    ),
    (
        "en",
        "They spent 35.2 billion euros, up 8.4%.",
        True,
        [("money", 35200000000, "EUR", None), ("percent", 8.4, "%", None)],
        None,
    ),
    (
        "en",
        "Britain remained the biggest source market with 4.9 million visitors, ahead of France and Germany.",
        True,
        [("count", 4900000, None, None)],
        None,
    ),
    (
        "en",
        "Spain welcomed a record 95.3 million foreign tourists last year, and the government expects more than 100 million this year.",
        True,
        [("count", 95300000, None, None), ("count", 100000000, None, "over")],
        None,
    ),
    (
        "en",
        "About 8,000 people marched in Palma on Sunday against mass tourism and soaring rents, police said, while organisers put the turnout at 30,000.",
        True,
        [("count", 8000, None, "about"), ("count", 30000, None, None)],
        "police",
    ),
    (
        "en",
        "The housing ministry said about 41,000 holiday flats had been removed from online platforms since January for lacking a valid licence.",
        True,
        [("count", 41000, None, "about")],
        "the housing ministry",
    ),
    (
        "en",
        "Hotel associations in the Balearic Islands said occupancy had been above 90% for the fifth month in a row.",
        True,
        [("percent", 90, "%", "over"), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        '"The model of ever more visitors has reached its limit," said one of the organisers in Palma.',
        False,
        [],
        None,
    ),
    # --- Flughafen Zürich im Mai (Keystone-SDA) ---
    (
        "de",
        "Kloten (Keystone-SDA) - Im Mai hat der Flughafen Zürich 2,73 Millionen Passagiere abgefertigt, 5,4 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 2730000, None, None), ("percent", 5.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen stieg um 3,1 Prozent auf 23'480, wie die Flughafen Zürich AG am Donnerstag mitteilte.",
        True,
        [("percent", 3.1, "%", None), ("count", 23480, None, None)],
        "die Flughafen Zürich AG",
    ),
    (
        "de",
        "Die Sitzplatzauslastung der Flugzeuge lag bei 81,6 Prozent.",
        True,
        [("percent", 81.6, "%", None)],
        None,
    ),
    (
        "de",
        "Für die Sommerferien rechnet der Flughafen an Spitzentagen mit über 100'000 Passagieren.",
        True,
        [("count", 100000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Zahl der Starts und Landungen nach 23 Uhr hat sich seit 2019 mehr als verdoppelt.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Wer in den Ferien ab Zürich fliegt, sollte mindestens zwei Stunden vor Abflug am Flughafen sein, rät die Betreiberin.",
        False,
        [("duration", 2, "hour", "at_least")],
        None,
    ),
    (
        "de",
        "«In den Spitzenzeiten sind wir am Limit», sagte Flughafenchef Lukas Brändli.",
        False,
        [],
        None,
    ),
    # --- Greek cruise levy (AP) ---
    (
        "en",
        "ATHENS, Greece (AP) — Cruise passengers going ashore on Santorini and Mykonos now pay a 25-euro fee in the peak season, Greece's tourism ministry said.",
        True,
        [("money", 25, "EUR", None)],
        None,
    ),
    (
        "en",
        "The charge applies from June through September and drops to 6 euros in the other months.",
        True,
        [("money", 6, "EUR", None)],
        None,
    ),
    (
        "en",
        "Santorini, an island of about 15,500 residents, received 1.2 million cruise passengers in 2023, before authorities began limiting ship calls.",
        True,
        [("count", 15500, None, "about"), ("count", 1200000, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Last year that number fell by about a quarter.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "The ministry said the fee had raised 41 million euros in its first year and would pay for port upgrades and water supply.",
        True,
        [("money", 41000000, "EUR", None), ("ordinal", 1, None, None)],
        "the ministry",
    ),
    (
        "en",
        "Shop owners in Fira say their takings have dropped since the limits came in.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Some days you could not walk through the old town," said Eleni Kourtaki, 58, who runs a jewellery shop.',
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    # --- Zufahrt zum Pragser Wildsee (dpa) ---
    (
        "de",
        "Bozen (dpa) - Zum Pragser Wildsee in Südtirol dürfen Autofahrer im Sommer nur noch mit vorab gebuchtem Parkplatz fahren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vom 1. Juli bis zum 15. September ist die Straße tagsüber für den Durchgangsverkehr gesperrt.",
        True,
        [("date", "--07-01", None, None), ("date", "--09-15", None, None)],
        None,
    ),
    (
        "de",
        "Ein Parkticket kostet 38 Euro pro Tag, die Shuttlebusse aus dem Tal fahren im 20-Minuten-Takt.",
        True,
        [("money", 38, "EUR", None), ("duration", 20, "minute", None)],
        None,
    ),
    (
        "de",
        "Im Vorjahr waren an Spitzentagen bis zu 17.000 Besucher an den See gekommen.",
        True,
        [("count", 17000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Auf der Seceda im Grödnertal verlangen Bauern seit dem Sommer drei Euro für den Weg über ihre Wiesen.",
        True,
        [("money", 3, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Landesstatistikamts verzeichnete Südtirol im vergangenen Jahr 38,2 Millionen Nächtigungen.",
        True,
        [("count", 38200000, None, None)],
        "das Landesstatistikamt",
    ),
    (
        "de",
        "Einheimische beklagen verstopfte Passstraßen und Wanderwege, auf denen sich Gruppen mit Selfie-Stangen drängen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir brauchen eine Obergrenze, nicht nur Gebühren“, sagte der Bürgermeister von Prags.",
        False,
        [],
        None,
    ),
    # --- Record day at U.S. airports (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Transportation Security Administration screened more than 3.1 million people at U.S. airports on Sunday, the most ever in a single day.",
        True,
        [("count", 3100000, None, "over")],
        None,
    ),
    (
        "en",
        "The agency said it expected to screen about 18.5 million travelers during the Independence Day week.",
        True,
        [("count", 18500000, None, "about")],
        "the agency",
    ),
    (
        "en",
        "Airlines for America, an industry group, forecast a record 271 million passengers on U.S. carriers between June 1 and Aug. 31.",
        True,
        [("count", 271000000, None, None), ("date", "--06-01", None, None), ("date", "--08-31", None, None)],
        None,
    ),
    (
        "en",
        "That would be 3% more than last summer.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Delays have eased since the Federal Aviation Administration added 190 air traffic controllers in the spring.",
        True,
        [("count", 190, None, None)],
        None,
    ),
    (
        "en",
        "Still, about one in five flights in June arrived late, according to government data.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Travel experts advise passengers to arrive at least two hours before a domestic flight over the holiday.",
        False,
        [("duration", 2, "hour", "at_least")],
        None,
    ),
    (
        "en",
        '"It felt like the whole country was trying to get out of town at once," said a passenger in Atlanta who had waited 50 minutes at security.',
        False,
        [("duration", 50, "minute", None)],
        None,
    ),
    # --- Wien erhöht die Ortstaxe (APA) ---
    (
        "de",
        "Wien (APA) - Die Stadt Wien hebt die Ortstaxe mit 1. Jänner von 5 auf 6,5 Prozent des Nächtigungspreises an.",
        True,
        [("date", "--01-01", None, None), ("percent", 5, "%", None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Mehreinnahmen sollen rund 28 Millionen Euro im Jahr betragen, sagte Finanzstadträtin Ursula Kainrath.",
        True,
        [("money", 28000000, "EUR", "about")],
        "Ursula Kainrath",
    ),
    (
        "de",
        "Ein Drittel des Geldes fließt in die Tourismuswerbung, der Rest ins Stadtbudget.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Im ersten Halbjahr zählte Wien 9,1 Millionen Nächtigungen, um 5 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 9100000, None, None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Zimmerauslastung der Wiener Hotels lag bei 76,3 Prozent, der Nettozimmerpreis bei 142 Euro.",
        True,
        [("percent", 76.3, "%", None), ("money", 142, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Wirtschaftskammer warnte, die Erhöhung schade der Wettbewerbsfähigkeit gegenüber Prag und Budapest.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Das zahlen ja nicht die Wienerinnen und Wiener, sondern die Gäste“, sagte Kainrath.",
        False,
        [],
        None,
    ),
    # --- Edinburgh's visitor levy (PA) ---
    (
        "en",
        "EDINBURGH (PA) - Edinburgh began charging a 6% visitor levy on overnight stays on July 1, making it the first city in the United Kingdom to do so.",
        True,
        [("percent", 6, "%", None), ("date", "--07-01", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The levy is capped at seven consecutive nights and is expected to raise up to 45 million pounds a year by 2030.",
        True,
        [("count", 7, None, None), ("money", 45000000, "GBP", "up_to"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Council leader Fiona McAllister said 1,840 accommodation providers had registered to collect the charge.",
        True,
        [("count", 1840, None, None)],
        "Fiona McAllister",
    ),
    (
        "en",
        "During the August festivals the average room rate in the city rose to 298 pounds a night, according to figures from a hotel data company.",
        True,
        [("money", 298, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Fringe sold 2.47 million tickets this year, organisers said.",
        True,
        [("count", 2470000, None, None)],
        "organisers",
    ),
    (
        "en",
        "Many performers say they can no longer afford to bring a show to Edinburgh in August.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"A small charge on visitors helps keep the city clean and safe," McAllister said.',
        False,
        [],
        None,
    ),
    # --- Campingrekord (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Die Campingplätze in Deutschland haben von April bis Juni so viele Übernachtungen gezählt wie nie zuvor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mit 15,7 Millionen lagen sie um 6,2 Prozent über dem Wert des Vorjahreszeitraums, teilte das Statistische Bundesamt am Montag mit.",
        True,
        [("count", 15700000, None, None), ("percent", 6.2, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Knapp jede fünfte Camping-Übernachtung entfiel auf Gäste aus dem Ausland, vor allem aus den Niederlanden.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Bundesverband der Campingwirtschaft zählt bundesweit rund 3.000 Campingplätze mit zusammen etwa 230.000 Stellplätzen.",
        True,
        [("count", 3000, None, "about"), ("count", 230000, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Stellplatz für zwei Erwachsene mit Wohnmobil kostet in der Hauptsaison im Schnitt 39,80 Euro pro Nacht und damit 4 Prozent mehr als im Vorjahr.",
        True,
        [("count", 2, None, None), ("money", 39.8, "EUR", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "„Camping ist längst kein Billigurlaub mehr“, sagte Verbandspräsident Holger Tiedemann.",
        False,
        [],
        None,
    ),
    # --- Thailand's arrivals slide (Reuters) ---
    (
        "en",
        "BANGKOK, Aug 19 (Reuters) - Foreign tourist arrivals in Thailand fell 6.8% to 18.7 million in the first seven months, the tourism ministry said on Tuesday.",
        True,
        [
            ("date", "--08-19", None, None),
            ("percent", 6.8, "%", None),
            ("count", 18700000, None, None),
            ("ordinal", 1, None, None),
            ("duration", 7, "month", None),
        ],
        "the tourism ministry",
    ),
    (
        "en",
        "Arrivals from China, once the country's biggest market, dropped by about a third.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Malaysia overtook China as the largest source of visitors, with 2.6 million arrivals.",
        True,
        [("count", 2600000, None, None)],
        None,
    ),
    (
        "en",
        "The government cut its forecast for the full year to 33 million foreign tourists from 37.5 million.",
        True,
        [("count", 33000000, None, None), ("count", 37500000, None, None)],
        None,
    ),
    (
        "en",
        "Tourism accounts for roughly 12% of Thailand's economy.",
        True,
        [("percent", 12, "%", "about")],
        None,
    ),
    (
        "en",
        "A plan to charge foreign visitors a 250-baht entry fee has been postponed twice.",
        True,
        [("money", 250, "THB", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The ministry hopes a visa-free scheme for Indian travellers will revive demand before the high season.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Thailand must stop counting heads and start counting what visitors spend," said a hotelier in Phuket.',
        False,
        [],
        None,
    ),
    # --- Sommerbilanz in Tirol (APA) ---
    (
        "de",
        "Innsbruck (APA) - Tirol hat in den Sommermonaten Mai bis August 19,4 Millionen Nächtigungen verbucht, ein Plus von 2,9 Prozent.",
        True,
        [("count", 19400000, None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Besonders stark wuchs die Nachfrage aus Belgien und den Niederlanden mit je rund 8 Prozent, teilte die Tirol Werbung mit.",
        True,
        [("percent", 8, "%", "about")],
        "die Tirol Werbung",
    ),
    (
        "de",
        "Die Auslastung der Hotelbetten lag im August bei 68 Prozent, jene der Ferienwohnungen nur bei 41 Prozent.",
        True,
        [("percent", 68, "%", None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den Gästen aus Deutschland gab es ein leichtes Minus von 0,8 Prozent.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Fast jeder zweite Gast übernachtete in einem Hotel mit vier oder fünf Sternen.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Bergbahnen beförderten im Sommer rund 11,2 Millionen Fahrgäste.",
        True,
        [("count", 11200000, None, "about")],
        None,
    ),
    (
        "de",
        "„Der Sommer ist in Tirol längst die zweite starke Saison“, sagte Tourismuslandesrat Bernhard Lechner.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Dubrovnik caps cruise calls (AFP) ---
    (
        "en",
        "DUBROVNIK, Croatia (AFP) - Dubrovnik will allow no more than three cruise ships and 5,000 passengers a day into its old town from next year, the mayor's office said.",
        True,
        [("count", 3, None, "at_most"), ("count", 5000, None, None)],
        None,
    ),
    (
        "en",
        "The walled city, home to fewer than 1,500 permanent residents, drew 1.4 million overnight visitors last year.",
        True,
        [("count", 1500, None, "under"), ("count", 1400000, None, None)],
        None,
    ),
    (
        "en",
        "A walk on the city walls now costs 45 euros, up from 40 euros.",
        True,
        [("money", 45, "EUR", None), ("money", 40, "EUR", None)],
        None,
    ),
    (
        "en",
        "A camera system counts people entering the old town through its gates in real time.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Dragging wheeled suitcases over the stone streets of the old town can bring a fine of up to 265 euros.",
        True,
        [("money", 265, "EUR", "up_to")],
        None,
    ),
    (
        "en",
        "The number of people living inside the walls has fallen by about a third since 2001.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2001, None, None)],
        None,
    ),
    (
        "en",
        '"We had to choose between tourism and the city itself," the mayor said.',
        False,
        [],
        None,
    ),
    # --- Ryanair streicht Strecken (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Der Billigflieger Ryanair streicht im Winterflugplan weitere 19 Verbindungen von und nach Deutschland.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind vor allem Regionalflughäfen wie Dortmund, Hahn und Memmingen, teilte die Airline am Mittwoch mit.",
        True,
        [],
        "die Airline",
    ),
    (
        "de",
        "Insgesamt werde das Angebot um rund 800.000 Sitzplätze verringert, sagte Ryanair-Manager Aidan Keogh.",
        True,
        [("count", 800000, None, "about")],
        "Aidan Keogh",
    ),
    (
        "de",
        "Als Grund nannte die Fluggesellschaft die Luftverkehrsteuer, die seit Mai 2024 auf Kurzstrecken 16,10 Euro pro Ticket beträgt.",
        True,
        [("year", 2024, None, None), ("money", 16.1, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Flughafenverband ADV sprach von einem „hausgemachten Standortproblem“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung hat angekündigt, die Steuer ab Juli des kommenden Jahres um 2,50 Euro zu senken.",
        True,
        [("money", 2.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Jede zusätzliche Abgabe vertreibt Passagiere ins Ausland“, sagte Keogh.",
        False,
        [],
        None,
    ),
    # --- Machu Picchu limits (AP) ---
    (
        "en",
        "LIMA, Peru (AP) — Peru will raise the daily limit on visitors to Machu Picchu to 6,200 next year, up from 5,000, the culture ministry said Tuesday.",
        True,
        [("count", 6200, None, None), ("count", 5000, None, None)],
        "the culture ministry",
    ),
    (
        "en",
        "Foreign adults pay 152 soles (about $45) for a standard ticket.",
        True,
        [("money", 152, "PEN", None), ("money", 45, "USD", "about")],
        None,
    ),
    (
        "en",
        "About 1.6 million people visited the citadel last year.",
        True,
        [("count", 1600000, None, "about")],
        None,
    ),
    (
        "en",
        "In September, hundreds of tourists were stranded for several hours after protesters blocked the railway to Aguas Calientes, the only land route to the site.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Local guides said they had been waiting since 2023 for a promised second access road.",
        True,
        [("year", 2023, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Machu Picchu can take more visitors if we spread them across the day," Culture Minister Rosa Quispe said.',
        False,
        [],
        None,
    ),
    # --- Saisonstart und Skipasspreise (APA) ---
    (
        "de",
        "Ischgl (APA) - Mit Ischgl und Obergurgl haben am Samstag zwei weitere große Tiroler Skigebiete die Wintersaison eröffnet.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Tagesskipass in Ischgl kostet heuer 79 Euro, um 4,5 Prozent mehr als im Vorwinter.",
        True,
        [("money", 79, "EUR", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "de",
        "Im Durchschnitt der 20 größten Skigebiete Österreichs stieg der Preis auf 72,40 Euro, wie eine Erhebung der Arbeiterkammer ergab.",
        True,
        [("count", 20, None, None), ("money", 72.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Sechstagesskipass für eine vierköpfige Familie kostet in der Hochsaison damit mehr als 1.400 Euro.",
        True,
        [("duration", 6, "day", None), ("count", 4, None, None), ("money", 1400, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Für die Wintersaison 2026/27 liegen die Buchungen laut Österreich Werbung rund 3 Prozent über dem Vorjahr.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("percent", 3, "%", "about")],
        "Österreich Werbung",
    ),
    (
        "de",
        "„Skifahren wird zum Luxus für wenige“, kritisierte die Arbeiterkammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei Sonnenschein und Neuschnee drängten sich am Samstag schon vor acht Uhr Hunderte Skifahrer an der Talstation.",
        False,
        [],
        None,
    ),
    # --- Thanksgiving travel (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 18 (Reuters) - A record 82.3 million Americans are expected to journey at least 50 miles from their homes for Thanksgiving, motoring group AAA said on Tuesday.",
        True,
        [("date", "--11-18", None, None), ("count", 82300000, None, None), ("count", 50, None, "at_least")],
        None,
    ),
    (
        "en",
        "About 6.2 million of them will fly, up 2.1% from last year, over the five-day holiday period.",
        True,
        [("count", 6200000, None, "about"), ("percent", 2.1, "%", None), ("duration", 5, "day", None)],
        None,
    ),
    (
        "en",
        "The average domestic round-trip airfare for the holiday is $781, 4% higher than a year ago, according to data from a travel booking app.",
        True,
        [("money", 781, "USD", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "The Federal Aviation Administration said it had hired 2,000 new air traffic controllers this year, but staffing remained below target at dozens of facilities.",
        True,
        [("count", 2000, None, None)],
        "the Federal Aviation Administration",
    ),
    (
        "en",
        "Airlines plan to operate more than 52,000 flights on the busiest day, the Sunday after Thanksgiving.",
        True,
        [("count", 52000, None, "over")],
        None,
    ),
    (
        "en",
        "Gas prices averaged $3.02 a gallon nationwide on Monday, down 9 cents from a year earlier.",
        True,
        [("money", 3.02, "USD", None), ("money", 0.09, "USD", None)],
        None,
    ),
    (
        "en",
        '"If you can avoid flying on that Sunday, do it," said a AAA spokeswoman.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the air traffic control system can cope with the holiday rush remains unclear.",
        False,
        [],
        None,
    ),
    # --- Christkindlesmarkt (dpa/lby) ---
    (
        "de",
        "Nürnberg (dpa/lby) - Der Nürnberger Christkindlesmarkt hat in den ersten zwei Wochen nach Schätzungen der Stadt rund 1,1 Millionen Besucher angelockt.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "week", None), ("count", 1100000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Hotels in der Innenstadt meldeten an den Adventswochenenden eine Auslastung von bis zu 94 Prozent.",
        True,
        [("percent", 94, "%", "up_to")],
        None,
    ),
    (
        "de",
        "An Samstagen steuerten rund 180 Reisebusse die Stadt an.",
        True,
        [("count", 180, None, "about")],
        None,
    ),
    (
        "de",
        "Eine Tasse Glühwein kostet auf dem Markt in diesem Jahr 4,50 Euro, 50 Cent mehr als im Vorjahr.",
        True,
        [("money", 4.5, "EUR", None), ("money", 0.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Markt auf dem Hauptmarkt zählt 160 Buden und ist bis zum 24. Dezember geöffnet.",
        True,
        [("count", 160, None, None), ("date", "--12-24", None, None)],
        None,
    ),
    (
        "de",
        "„Es ist proppenvoll, aber das gehört zum Advent einfach dazu“, sagte eine 74-jährige Besucherin aus Regensburg.",
        False,
        [("duration", 74, "year", None)],
        None,
    ),
    # --- New Zealand's visitor levy (Reuters) ---
    (
        "en",
        "WELLINGTON, Dec 9 (Reuters) - International visitor arrivals in New Zealand rose 8% to 3.4 million in the year to October, Statistics New Zealand said on Tuesday.",
        True,
        [("date", "--12-09", None, None), ("percent", 8, "%", None), ("count", 3400000, None, None)],
        "Statistics New Zealand",
    ),
    (
        "en",
        "Arrivals were still about 12% below their pre-pandemic peak in 2019.",
        True,
        [("percent", 12, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The government raised the international visitor levy to NZ$95 from NZ$45 in October last year.",
        True,
        [("money", 95, "NZD", None), ("money", 45, "NZD", None)],
        None,
    ),
    (
        "en",
        "Tourism Minister Grant Harland said the levy had raised about NZ$210 million for conservation and tourism infrastructure.",
        True,
        [("money", 210000000, "NZD", "about")],
        "Grant Harland",
    ),
    (
        "en",
        "Australia remained the largest source of visitors, accounting for about 40% of arrivals.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Tourism operators on the South Island say the higher levy has put off some budget travellers.",
        False,
        [],
        None,
    ),
    ("en", '"We have got the balance about right," Harland said.', False, [], None),
    # --- Wintersaison in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Zermatt (Keystone-SDA) - Die Schweizer Bergbahnen sind mit einem Plus von 7 Prozent bei den Ersteintritten in die Wintersaison gestartet.",
        True,
        [("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Bis Mitte Dezember zählten die Unternehmen rund 1,9 Millionen Ersteintritte, teilte der Verband Seilbahnen Schweiz mit.",
        True,
        [("count", 1900000, None, "about")],
        "der Verband Seilbahnen Schweiz",
    ),
    (
        "de",
        "In Zermatt kostet ein Tagespass in der Hochsaison bis zu 109 Franken.",
        True,
        [("money", 109, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der Skigebiete arbeiten inzwischen mit dynamischen Preisen.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Branchenverband Hotelleriesuisse rechnet für den Winter mit 16,8 Millionen Logiernächten, rund 1 Prozent mehr als im Vorjahr.",
        True,
        [("count", 16800000, None, None), ("percent", 1, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei Wallis registrierte am ersten Skiwochenende 23 Unfälle auf den Pisten.",
        True,
        [("ordinal", 1, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "«Ohne Schnee bis ins Tal bleiben die Gäste aus dem Unterland aus», sagte ein Hotelier aus dem Goms.",
        False,
        [],
        None,
    ),
]
