"""Four-hundred-and-forty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of government and ministers appear only by
office („Bayerns Verkehrsminister“, „Der oberösterreichische Landeshauptmann“, "The
governor", "The state governor", "The railways minister", "The transport minister"), and
spokespeople, investigators, prosecutors, police officers and managers of real bodies appear
under made-up names that stand for no real holder, or by their role only („ein
Polizeisprecher“, „der Ortsvorsteher“, „der Schulleiter“, "the county school
superintendent", "the railroad's chief executive").

Names: Florian Kettelhack, Corinne Zumsteg, Swantje Oltmanns, Ilka Drömmer, Seraina
Caflisch, Reinhold Wimmersberger and the holiday airline Sonnenflug; Rogelio Cantú, Dwayne
Ritchey, Tammy Greathouse, Lorna Whitcombe, Megan Castellanos, Kendra Mayhew, Salum Ameir
Mkanga, Lucie Zbořilová, the Appalachian & Western Railway, Chesapeake Commuter Rail and
Coralbird Airways; every unnamed spokesperson, official, investigator, witness, survivor,
passenger, relative, guide, geologist and union. Real bodies, places, lines, roads and
aircraft types (Bundesstelle für Eisenbahnunfalluntersuchung, Deutsche Bahn,
Staatsanwaltschaft Würzburg, Uniklinik Würzburg, Inntalautobahn (A12),
Landespolizeidirektion Tirol, ORF, Kantonspolizei Bern, SUST, Bundesamt für Zivilluftfahrt
(Bazl), Wasserschutzpolizei, DGzRS, Bundesstelle für Flugunfalluntersuchung (BFU), Deutsche
Flugsicherung, DFS, Bundesverkehrsministerium, Berufsrettung Wien, Linie 43, Deutscher
Wetterdienst, Rhätische Bahn (RhB), Kantonspolizei Graubünden, Kantonspolizei Zürich,
Bundesstraße 31, Polizeipräsidium Freiburg, Sicherheitsuntersuchungsstelle des Bundes (SUB),
Verkehrsministerium, ÖBB, vida, „Robin DR400“, „Airbus A321“; the National Transportation
Safety Board (NTSB), the Federal Aviation Administration (FAA), the Air Accidents
Investigation Branch (AAIB), the Australian Transport Safety Bureau, Canada's Transportation
Safety Board, Avon and Somerset Police, Network Rail, the Georgia State Patrol, Channel
Nine, the Cumbres de Maltrata, Chicago O'Hare, Lihue Airport, the Beaufort scale, the Boeing
787, Airbus A320, Airbus A321, Airbus AS350 and de Havilland Beaver, and the datelines'
cities) stand for the way wire copy names them; every toll, age, speed, altitude, distance,
time, sum, finding and quote here is invented, no real accident is retold, and where a real
figure came to mind (a real bridge's clearance, a real separation minimum, a real duty-time
limit) it was changed or left out.

Its weight: TRANSPORT ACCIDENTS AND SAFETY INVESTIGATIONS, fourth round (the
hundred-seventh, two-hundred-and-thirty-first and three-hundred-and-thirty-ninth batches
weighed transport accidents, aviation incidents and safety investigations; the forty-eighth,
hundred-twenty-fifth, two-hundred-and-sixth, two-hundred-and-forty-seventh,
three-hundred-and-fifth, three-hundred-and-sixty-sixth, four-hundred-and-first and
four-hundred-and-twenty-fourth transport, air travel, railways and airports; the
eighty-first, two-hundred-and-third, two-hundred-and-ninety-eighth,
three-hundred-and-eighty-fifth and four-hundred-and-nineteenth police reports, accidents,
rescues and disasters; their decisions are kept) - two made-up wire weeks, Monday, October
5, to Friday, October 16, 2026, as 34 short stories in story order, the German and English
ones interleaved by day, half in each language: train derailments, bus crashes, ferry and
boat accidents, aviation incidents and the investigators' interim reports. German (dpa with
"dpa/lby", "dpa/lni", "dpa/bb", "dpa/lnw", "dpa/lsw", APA with Austrian „Pensionisten“,
„Lenker“, „Spitäler“, „Garnitur“, Keystone-SDA with «» quotes, „gemäss“, „innert“, „heisst“
and the Swiss apostrophe in „1'860“, „9'400“, „80'000“; German „“ quotes): a regional train
derailed at Gemünden and its toll rising the next day with the speed read from the recorder,
a coach of pensioners overturned on the Inntalautobahn, a light aircraft against a rock face
above Saanen, the SUST's interim report on a load-carrying helicopter that struck a cable in
the Maderanertal, an island ferry aground off Juist, the BFU's interim report on two
airliners too close over the Taunus, a tram and a bus colliding in Vienna, a hot-air
balloon's hard landing in the Lüneburger Heide, a regional express and a tractor at a level
crossing near Wittenberge, a Rhaetian Railway train derailed by a mudflow at Filisur, a
holiday jet returning to Düsseldorf with smoke on board, a car ferry and a sailing boat on
Lake Zurich, a school bus down an embankment near Titisee-Neustadt and the SUB's interim
report on a freight train that passed a stop signal at Schwarzach-St. Veit. English (Reuters
with dated datelines, AP, AFP, PA): a bus and a truck in Veracruz and its toll rising, a
freight train with chlorine off the rails on the Ohio River, an overloaded boat on the Niger
River and its toll two days on, the FAA's fan blade inspections, the AAIB's interim report
on a tail strike at Manchester, the NTSB's preliminary report on a Baltimore commuter train
collision, a floatplane near Whistler, a derailment in Sindh, severe turbulence on a flight
to Sydney, a double-decker under a low bridge in Bristol, a ferry against a jetty at Rafina,
a school bus and a pickup in Georgia, the NTSB on a near-collision at O'Hare, a tourist boat
off Zanzibar, the AAIB's special bulletin on an air ambulance's rotor in Leeds, a head-on
train collision in the Czech Republic and a tour helicopter on Kauai. Speakers as such copy
has them: police forces, cantonal police, rescue services, an airport, a railway and an
airline by name, prosecutors, spokespeople and investigators with their titles dropped, the
investigating bodies (NTSB, AAIB, ATSB, FAA, BFU) with their article, and beside them the
forms left unchecked (roles, plural sources, documents, recording and estimating verbs,
"according to"). Figures as such copy has them: tolls hedged and revised, people on board,
injured, rescued and missing, ages of victims, drivers, pilots and captains, speeds in km/h,
„Kilometern pro Stunde“, „Stundenkilometern“, mph, kph and knots against their limits,
altitudes, distances and clearances, seconds of warnings and falls, minutes of flights,
hours of closures, duty and flying, days, weeks and months of bans and reports, the n-th
accident of its kind, a few shares and percentages, damage and compensation in euros,
francs, dollars, rupees and shillings; clock times and times of day, identifiers and type
names that carry none. Negatives as such copy has them - 55 rows, none with a figure:
witnesses', survivors' and passengers' quotes of what they felt, heard and saw, condolences,
labels, vows, reassurance, pride, regret and apologies, appeals, complaints, warnings and
demands naming no measure, a forecast naming no figure, open questions, what a report leaves
open and no-comment lines, each near a check-worthy look-alike from the same story (often
the same speaker's or body's figure).

242 rows (121 German, 121 English), 55 negatives (27 German, 28 English), 187 check-worthy
rows of which 17 carry no figure (14 German, 3 English), 297 expected quantities (161
counts, 89 durations - 50 in years, 13 in hours, 9 in minutes, 6 in days, 6 in seconds, 4 in
months, 1 in weeks -, 15 dates, 11 years, 9 ordinals, 6 amounts of money - 2 USD, 1 each
CHF, EUR, PKR, TZS -, 4 fractions, 2 percentages, both in "%"; none of them in a negative),
37 checked speakers (18 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported feeling,
  label, condolence, vow, reassurance, pride, regret, apology, appeal, complaint, warning or
  forecast naming no measure, open question or no-comment line is a negative with speaker
  None, also with a named speaker or body (seventh, ninety-eighth, hundred-seventh,
  two-hundred-and-thirty-first, three-hundred-and-thirty-ninth,
  four-hundred-and-nineteenth); a quoted or reported toll, figure, step, cause, finding or
  recommendation is check-worthy with its speaker, also in Konjunktiv I (hundred-seventh,
  two-hundred-and-thirty-first). Pairs from one speaker or body: Kettelhack's 112 and 70
  km/h beside his silence on the reasons; Oltmanns's 150 metres beside „zu keinem Zeitpunkt
  in Gefahr“ („betonte“ does not turn reassurance into a claim, four-hundred-and-twentieth);
  Wimmersberger's twelve months beside „eines der sichersten Verkehrsmittel“ (a creed,
  two-hundred-and-fourth); the SUST's findings beside the operator's «Wir werden den Bericht
  genau studieren» (a review naming no step, three-hundredth,
  three-hundred-and-thirty-ninth); Sonnenflug's oven beside its regret; the DFS's third
  controller beside „oberste Priorität“; Cantú's 110 and 60 kph beside the governor's label
  and vow; the AAIB's second check beside the airline's "comes before everything else"; the
  NTSB's 58 mph beside Whitcombe's "far too early"; Chesapeake Commuter Rail's 140 engineers
  beside its chief executive's vow; Coralbird Airways' 90 seconds (told as "the airline
  said") beside its pride; the railways minister's 1.5 million rupees beside "a complete
  overhaul"; Network Rail's 11 strikes beside the councillors' label; Mkanga's 29 rescued
  beside his vow; the FAA's 12,000 cycles beside its "highest level of safety".
- Negatives, none with a figure (hundred-seventh, two-hundred-and-thirty-first,
  three-hundred-and-thirty-ninth, four-hundred-and-nineteenth): witnesses', survivors' and
  passengers' quotes, named or not (the commuter at Gemünden, the fellow traveller on ORF
  radio, the tram passenger, the balloon passenger from Hamburg, the holidaymaker from
  Krefeld, the Veracruz survivor, Greathouse, the fisherman on the Niger, the hiking guide,
  Castellanos, the Bristol passenger, the passenger to Andros); condolences („zutiefst
  betroffen“, «Unsere Gedanken sind bei den Familien ...»); labels („rabenschwarzen Morgen“,
  „sehr ernst zu nehmen“, „Alarmsignal“, "an unbearable tragedy", "deeply troubling", "a
  complete overhaul", "an accident waiting to happen", "every parent's worst nightmare",
  "careful and calm"); vows („versprach lückenlose Aufklärung“, "We will not rest ...",
  "would face the full force of the law", "promised a thorough investigation"); reassurance,
  pride, regret and apologies (Oltmanns, the DFS, Sonnenflug's „bedauerte“, «Wir bedauern
  den Vorfall sehr», the airline at Manchester, the engine maker's cooperation, Coralbird
  Airways, the FAA, the ferry operator, the hospital trust's "deeply sorry"); an appeal
  naming no measure (the Nigerian state governor; ninety-ninth); complaints, warnings and
  demands naming no measure („Anwohner fordern seit langem mehr Sicherheit“, „Pendler ...
  klagten“, the Ortsvorsteher's „Wir haben immer gesagt ...“, "Residents have long
  complained", "Controllers' unions have long warned", "accused the government of starving
  the network of investment"; two-hundred-and-thirty-first, three-hundred-and-thirty-ninth);
  a forecast naming no figure (the cantonal geologist); praise („das war wirklich
  vorbildlich“); open questions and what a report leaves open („Ob ein technischer Defekt
  ...“, „Ob die Arbeitsbelastung ..., lässt der Bericht offen.“, „Ob der Bus zu schnell
  ...“, „Ob Übermüdung ...“, "The report did not say whether ..."; fifteenth); no-comment
  lines („wollte sich Kettelhack ... nicht äußern“, "it was far too early to determine a
  probable cause"; hundred-sixth); scene colour (the card games on the stranded ferry). As
  the brief for these batches asks, negatives carry no expected quantities, and this batch
  writes no figure into them.
- Check-worthy without a figure (twenty-seventh, hundred-seventh,
  two-hundred-and-thirty-first, three-hundred-and-thirty-ninth): the leads of the Filisur
  derailment, the Düsseldorf return, the Lake Zurich collision and the Titisee-Neustadt bus;
  the prosecutors' investigation at Würzburg; the publication of interim reports („Das
  schreibt die SUST in einem Zwischenbericht ...“, „Das geht aus dem Zwischenbericht der ...
  (BFU) hervor ...“, „Zu diesem Ergebnis kommt die ... (SUB) in einem Zwischenbericht ...“;
  three-hundred-and-thirty-ninth); the cable missing from the charts and Zumsteg's quoted
  finding that the cables could not be seen; nobody hurt on the Juist ferry; the tram
  entering on red; Sonnenflug's overheated oven; the BFU's classification and investigation;
  no leaks detected; the pickup crossing the center line; Canada's Transportation Safety
  Board sending investigators.
- Tolls and people are counts (ninety-ninth, hundred-seventh, two-hundred-and-thirty-first,
  four-hundred-and-nineteenth): „mindestens zwei Menschen ... und 23 weitere“ 2 "at_least"
  and 23 („weitere“ no hedge), „auf drei gestiegen“, "rose to 21 ... after two injured
  passengers died", "rose to 44 ... as divers recovered 17 more bodies, with about 30 people
  still unaccounted for" ("more" after a figure no hedge), "At least 27", "at least 19
  people and injuring 32", "at least 16 people dead and more than 90 injured", "at least
  eight people including three children"; „rund 140 Fahrgästen“, „der vordere von drei
  Wagen“ 3, „Vier der Verletzten“, „31 Insassen ..., neun davon“, „Drei von ihnen“, „zwei
  von ihnen“, „zwei davon“, „vier davon“, „Von den rund 70 Reisenden wurden fünf“, „263
  Passagieren und sieben Besatzungsmitgliedern“, „Die 189 Passagiere und sechs
  Besatzungsmitglieder“, „Elf Menschen“, „22 Kinder und Jugendliche“ (digits opening the
  row, four-hundred-and-nineteenth), „zwei Männer“, „mit 38 Autos und rund 90 Passagieren“;
  "47 passengers", "Twenty-three of the train's 96 cars ..., and four of them" three counts,
  "more than 170 people ..., nearly three times its capacity of 60" 170 "over", 3 "nearly"
  and 60 (three-hundred-and-thirty-ninth: "almost twice the 160"), "Rescuers pulled 58
  people", "72 passengers and four crew", "219 passengers and seven crew", "281 passengers
  and 12 crew", "Seven people, including four flight attendants", "Ten coaches" (a number
  word opening the row, three-hundredth), "about 1,100 passengers", "612 passengers and 143
  vehicles", "Two of the injured", "licensed for 25 passengers, had 41 on board", "two
  Italian tourists", "297 people on both planes" ("both" none), "killing the pilot and all
  five passengers" 5 ("all" no hedge), "killing the pilot and two passengers" 2. New: "None
  of the four people on board" is count 4 and "None" counts nothing - it is a pronoun as
  "one of" is (hundred-fifth: "one of its two engines" 2 only). None: "dozens", "killing the
  pickup's driver", "both train drivers", „Die beiden Segler“, „in beiden Cockpits“, "the
  driver".
- Identifiers, types, times of day and clock times carry none (forty-sixth, forty-eighth,
  eighty-first, two-hundred-and-thirty-first, three-hundred-and-thirty-ninth,
  four-hundred-and-nineteenth): „Inntalautobahn (A12)“, „Bundesstraße 31“, „der Linie 43“
  (twice), „Robin DR400“, „Der Airbus A321“, "The Airbus A321", "The Boeing 787", "The
  departing Airbus A320", "The Airbus AS350", "The de Havilland Beaver"; clock times („gegen
  5.50 Uhr“, „gegen 14.20 Uhr“, „kurz nach 10.15 Uhr“, „gegen 22.30 Uhr“, „gegen 19.40 Uhr“,
  „gegen 17.30 Uhr“, „um 8.05 Uhr“, "at about 4:30 a.m." - the hedge before a clock time
  none -, "at 11:14 p.m.", "shortly after 7 a.m.", "at 10:50 a.m.", "at around 9:20 a.m.",
  "at 3:40 p.m. local time", "shortly before 7:15 a.m.", "at 9:05 a.m."), parts of days and
  weekdays („am frühen Montagmorgen“, „am Dienstagnachmittag“, „am Mittwochvormittag“, „in
  der Nacht zum Dienstag“, „am Donnerstagabend“, „am Vormittag“, „am Nachmittag“, "early on
  Monday", "late Monday", "by Tuesday morning", "on Tuesday morning", "late on Thursday").
- Speeds, altitudes, distances and measures are counts (fourth, forty-seventh,
  hundred-seventh, two-hundred-and-thirty-first, three-hundred-and-thirty-ninth): „mit 112
  km/h ..., erlaubt seien dort 70 km/h“ 112 and 70, „mit 47 km/h“, „mit etwa 120 Kilometern
  pro Stunde“ "about", „Böen von bis zu 55 Kilometern pro Stunde“ "up_to", „mit etwa acht
  Knoten“ "about", "at about 110 kph where the limit is 60 kph", "at 43 mph, below the
  track's limit of 50 mph", "at 58 mph, nearly twice the 30 mph restricted speed" 58, 2
  "nearly" and 30, "about 110 knots", "at about 8 knots", "at roughly 70 mph" "about", "at
  92 kph"; „nach rund 80 Metern“, „von mehr als zwölf Kilometern“ "over", „auf 1'860 Metern
  über Meer“ (Swiss apostrophe, tenth), „unter 200 Meter“ "under"
  (three-hundred-and-thirty-ninth: „unter 300 Meter“), „in etwa 45 Metern Höhe über Grund“,
  „von über 100 Metern“ "over" („über“ before a figure, the issue's hedges), „rund 150
  Meter“, „mindestens fünf Kilometern seitlich oder 300 Metern in der Höhe“ 5 "at_least" and
  300 (the hedge on the first figure only, forty-seventh), „rund 40 Meter“, „nach rund 600
  Metern“, „nach etwa 30 Metern“, "about 2 kilometres", "a take-off weight 10 tonnes too
  low" 10 (a difference as written, hundred-twenty-first), "64.2 tonnes instead of 74.2
  tonnes", "a scrape 37 metres long", "about 200 feet ... at 38,000 feet", "a clearance of
  3.9 metres, while the bus is about 4.4 metres tall", "within 420 feet", "about 500
  metres", "moved 4 metres closer", "up to 60 metres" "up_to", "about 1.2 kilometres", "a
  1-mile radius" 1 (a digit heading a compound counts as a number word does,
  two-hundred-and-thirty-first: "The two-carriage train"); "more than 12,000 cycles" "over"
  (three-hundred-and-thirty-ninth: cycles are counts); "struck 11 times" 11 (the issue: "100
  Mal"); "Winds of up to 9 on the Beaufort scale" 9 "up_to" (forty-seventh: "Windstärke 12"
  on its scale). New: „mit rund 40 Stundenkilometern“ is count 40 "about" - the compound
  unit names a speed as „km/h“ and „Kilometern pro Stunde“ do, and its „Stunden“ gives no
  duration, as „pro Stunde“ and "per hour" do not (hundred-seventh,
  three-hundred-and-thirty-ninth). New: „bis auf rund 1,3 Kilometer seitlich und knapp 90
  Meter“ is 1.3 "about" and 90 "nearly" - „bis auf“ (down to) is no hedge of its own, unlike
  „bis zu“, and the hedge after it belongs to the figure, as after „auf“ in „auf mindestens
  214 gestiegen“ (four-hundred-and-nineteenth).
- Durations (the issue: "fünfstündigen", "zehn Minuten"; hundred-seventh,
  two-hundred-and-thirty-first, three-hundred-and-thirty-ninth): seconds („rund 35 Sekunden
  vor der größten Annäherung“, „Nach etwa 25 weiteren Sekunden“ - „weiteren“ no hedge -,
  „innert weniger als drei Sekunden“ 3 "under", "about 2.5 seconds", "about 9 seconds before
  impact", "about 90 seconds before the jolt"); minutes („Verspätungen von bis zu 40
  Minuten“ "up_to", „rund sieben Minuten später“, „nach 34 Minuten“, „knapp 50 Minuten“
  "nearly", „für rund 70 Minuten“, "22 minutes after take-off", "about 35 minutes later", "a
  50-minute tour" 50 minutes); hours („knapp fünfstündigen“ 5 hours "nearly", the number
  word inside the compound - two-hundred-and-thirty-first: „knapp zweistündigen“ -, „rund
  dreieinhalb Stunden“ 3.5 "about" - twentieth: „siebeneinhalb“ -, „für rund zwei Stunden“,
  „rund sechs Stunden Verspätung“, „seit fast elf Stunden im Dienst ..., höchstens zwölf
  Stunden“ 11 "nearly" and 12 "at_most", "about four hours later", "after 36 hours", "for 14
  hours"); flying experience („eine Flugerfahrung von rund 9'400 Stunden, davon gut 7'000“
  9,400 "about" and 7,000 "over" in hours, the unit written once -
  three-hundred-and-thirty-ninth: „mehr als 8'500 Flugstunden, rund 6'000 davon“ -, "more
  than 11,000 flying hours" "over"); days, weeks, months and years („für mindestens drei
  Tage“ "at_least", "within 15 days", "for three days", "for 30 days", "within 30 days",
  "after four days of repairs", "two weeks before the accident", „in rund zwölf Monaten“
  "about", „binnen zwölf Monaten“, "in 12 to 18 months" both (the unit written once,
  twenty-fourth), „innert zwei Jahren“, "14 years of experience" 14 years (hundredth: "six
  years' experience"), „erst drei Jahre alt“ of a bus (four-hundred-and-nineteenth: „erst
  zwei Jahre alt“)). New: "on duty for 10 hours and 40 minutes" is two durations, 10 hours
  and 40 minutes, as written - a span told in two units is labelled unit by unit and not
  summed, as a range's two ends are labelled each (twenty-fourth) and „rund 300 mal 200
  Metern“ gives two counts (two-hundred-and-thirty-first). Ages are durations in years
  (every batch): „ein zwölfjähriger Junge“ (the number word in the compound), „eine 67 Jahre
  alte Frau“, „den 44-jährigen Triebfahrzeugführer“, „Ein 81 Jahre alter Mann“, „Eine
  79-jährige Frau“, „Der 56-jährige Lenker“, „einen 63-jährigen Schweizer, ... ein
  35-jähriger Deutscher“, „Der 52-jährige Pilot“, „Der Lotse, ein 29-Jähriger“, „Der
  38-jährige Straßenbahnfahrer“, „dem 58 Jahre alten Piloten“, „Der 19 Jahre alte
  Traktorfahrer“, „ein 71-jähriger Mann und seine 68-jährige Frau“, „im Alter von 11 bis 16
  Jahren“ both (seventy-eighth), „Der Busfahrer, ein 61-Jähriger“, „Der 33-jährige
  Lokführer“, "a 6-year-old boy and his 34-year-old mother", "The truck driver, 41,", "a
  9-year-old girl", "The first officer, 27,", "The captain, 46,", "The 52-year-old
  engineer", "aged between 58 and 66" both ("between" no hedge,
  three-hundred-and-eighty-eighth), "a 30-year-old woman", "A 71-year-old passenger", "a
  16-year-old boy and a woman aged 73", "a 58-year-old man", "The ferry's 63-year-old
  captain", "The driver, 26,", "aged 5 to 11" both, "a 4-year-old girl ... aged 62 and 65",
  "a 12-year-old patient", "aged 44 and 57, and a 19-year-old passenger", "a 13-year-old
  boy", "aged 39 and 41". None: „Einen Tag nach“ (an article before the unit, fifth,
  four-hundred-and-nineteenth), "in a few seconds", „seit Jahresbeginn“, „seit Anfang Juli“,
  „Ende August“, „bis Donnerstag“, „in diesem Jahr“, „Ende 2027“ gives its year only, "last
  month", "this year", "so far this year", "all of last year", "since June", "since May".
- Ordinals (the issue: „die drittgrößte Stadt“; hundred-seventh,
  two-hundred-and-thirty-first, three-hundred-and-thirty-ninth): „das zweite tödliche
  Zugunglück in Bayern seit Jahresbeginn“ 2 („bereits“ no hedge), „der vierte Flugunfall mit
  Toten in den Schweizer Alpen seit Anfang Juli“ 4, „der dritte Unfall mit einer Straßenbahn
  dieser Linie in diesem Jahr“ 3, „der erste von vier Wagen“ 1 and 4, „der dritte Murgang
  ... innert zwei Jahren“ 3 and 2 years, "the third deadly boat accident in the state since
  June" 3, "a second, independent check" 2 (four-hundred-and-twentieth: "a second base"),
  "the second fatal floatplane crash in the province this year" 2, "the fifth near-collision
  at O'Hare since 2023" 5 and the year. „Nach ersten Erkenntnissen“ and „Gemäss ersten
  Abklärungen“ carry none (thirty-second, two-hundred-and-thirty-first,
  three-hundred-and-thirty-ninth); "the country's deadliest" none.
- Fractions, percentages and money (the issue; two-hundred-and-thirty-first,
  three-hundred-and-thirty-ninth, four-hundred-and-nineteenth): „Rund ein Drittel der
  Reisenden“ 0.3333 "about", „Knapp die Hälfte von ihnen“ 0.5 "nearly", "About two-thirds of
  those on board" 0.6667 "about", "nearly half of them" 0.5 "nearly"; „um 60 Prozent
  schneller“ 60, "a rise of 21%" 21; „rund 1,2 Millionen Euro“ EUR "about", „rund 80'000
  Franken“ CHF "about", "$4.1 million" USD ("was put at" no hedge), "1.5 million rupees" in
  the Pakistani story PKR (three-hundred-and-thirty-ninth), "2 million Tanzanian shillings
  ($780)" TZS and the converted dollars in brackets USD (hundred-twenty-fifth,
  four-hundred-and-nineteenth).
- Years and dates: Reuters datelines with a day ("MEXICO CITY, Oct 5", "WASHINGTON, Oct 7",
  "WASHINGTON, Oct 8", "KARACHI, Oct 9", "SYDNEY, Oct 12", "ATHENS, Oct 13", "WASHINGTON,
  Oct 14", "LONDON, Oct 15", "PRAGUE, Oct 16") are dates without a year; dpa (also
  "dpa/lby", "dpa/lni", "dpa/bb", "dpa/lnw", "dpa/lsw"), APA, Keystone-SDA, AP ("HUNTINGTON,
  W.Va. (AP) —", "VANCOUVER, British Columbia (AP) —", "MACON, Ga. (AP) —", "HONOLULU (AP)
  —"), AFP ("ABUJA (AFP) -", "DAR ES SALAAM (AFP) -") and PA datelines none (seventy-ninth).
  „am 14. Juni“ --06-14, „vom 27. August“ --08-27, „am 18. September“ --09-18, "The Sept. 29
  incident" --09-29, "The Sept. 17 collision" --09-17, "The Sept. 22 incident" --09-22
  (three-hundred-and-thirty-ninth: "on Feb. 19"); years „seit 2019“, „bis Ende 2027“, „bis
  2028“, "since 2022", "since 2021", "since 2023" (twice), "built in 1998", "since 2008",
  "in 2019 and 2023" both.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly"
  "about"; „knapp“, „Knapp“, „fast“, "nearly" "nearly"; „mehr als“, „über“, „gut“, "more
  than" "over"; „unter“, „weniger als“ "under"; „mindestens“, "at least", "At least"
  "at_least"; „bis zu“, "up to" "up_to"; „höchstens“ "at_most". No hedge: „weitere“,
  „weiteren“, „bereits“, „erst“, „noch“, „innert“, „binnen“, „bis auf“, "all", "more" after
  a figure, "within", "between", "was put at", the „bis“ and "to" of a range.
- Speakers, checked only in forms the earlier batches settled (and the New form below).
  German: „teilte die Polizei mit“ -> "die Polizei" (hundred-seventh,
  three-hundred-and-thirty-ninth), „teilte die Deutsche Bahn mit“ -> "die Deutsche Bahn" and
  „teilte der Flughafen mit“ -> "der Flughafen" (three-hundred-and-thirty-ninth), „teilte
  die Landespolizeidirektion Tirol mit“ (two-hundred-and-thirty-first), „teilte die
  Berufsrettung Wien mit“ and „teilte das Polizeipräsidium Freiburg mit“ with the city as
  part of the name (three-hundred-and-thirty-ninth: „teilte die Polizeidirektion Chemnitz
  mit“; four-hundred-and-twentieth: „die Staatsanwaltschaft Köln“), „wie die Kantonspolizei
  Bern mitteilte“, „wie die Kantonspolizei Graubünden mitteilte“ and „wie die Kantonspolizei
  Zürich mitteilte“ (two-hundred-and-thirty-first, three-hundred-and-thirty-ninth), „nach
  Angaben der Wasserschutzpolizei“ -> "die Wasserschutzpolizei"
  (three-hundred-and-thirty-ninth: „nach Angaben der Küstenwache“), „Nach Angaben von
  Sonnenflug“ -> "Sonnenflug" (two-hundred-and-thirty-first: „nach Angaben von
  MeteoSchweiz“); „sagte Oberstaatsanwalt Florian Kettelhack“, „sagte Reederei-Sprecherin
  Swantje Oltmanns“, „sagte SUST-Untersuchungsleiterin Corinne Zumsteg“ after a quoted
  finding, „sagte RhB-Sprecherin Seraina Caflisch“ and „so BFU-Sprecherin Ilka Drömmer“ the
  name with the title dropped (hundred-seventh, three-hundred-and-thirty-ninth), „SUB-Leiter
  Reinhold Wimmersberger sagte, ...“ opening the row the name (two-hundred-and-thirty-first:
  „Polizeisprecher Frank Tessendorf“). New: „Die BFU teilte am Sonntag mit, sie habe ...“ ->
  "die BFU" - an investigating body's abbreviation opening the row before „teilte ... mit“
  gives the abbreviation with its article in lower case, as "The NTSB said ..." gives "the
  NTSB" (ninety-eighth, hundred-seventh) and „teilte das EDA am Dienstag mit“ gives "das
  EDA" (four-hundred-and-nineteenth). English: "state security chief Rogelio Cantú told
  reporters", "Cabell County emergency manager Dwayne Ritchey said", "Georgia State Patrol
  Trooper Kendra Mayhew said" and "regional police commander Salum Ameir Mkanga said" the
  name with the role, rank and body dropped (three-hundred-and-thirty-ninth: "Trooper
  Melissa Brandvold said"; four-hundred-and-nineteenth: "Deputy Commissioner Raghav Sood
  said"), "Cantú said" after a figure the surname as written, "said Lucie Zbořilová, a
  spokeswoman for the rail infrastructure manager" the name without the apposition
  (three-hundred-and-fifty-sixth, four-hundred-and-nineteenth); bodies with their article in
  lower case ("the National Transportation Safety Board said" three times - once "said on
  Thursday, releasing its preliminary findings", three-hundred-and-thirty-ninth -, "the NTSB
  said", "the FAA said", "the Air Accidents Investigation Branch said in an interim report"
  - tenth: "said in a statement" -, "In a special bulletin, the Air Accidents Investigation
  Branch said" - three-hundred-and-thirty-ninth: "In an interim statement, the Rail Accident
  Investigation Branch said" -, "The AAIB said ..." and "The Australian Transport Safety
  Bureau said ..." opening the row; two-hundred-and-thirty-first); names as written ("Avon
  and Somerset Police said" - two-hundred-and-thirty-first: "Norfolk Constabulary said" -,
  "Network Rail said", "Chesapeake Commuter Rail said"; three-hundred-and-thirty-ninth),
  "police said" -> "police" (seventeenth, four-hundred-and-nineteenth). Left unchecked
  (None): all negatives, also those with a named speaker; roles and unnamed spokespeople
  („teilte ein Polizeisprecher mit“, „sagte ein Polizeisprecher in Neuruppin“, "a spokesman
  for the state emergency agency told AFP", "The railways minister told reporters";
  ninety-eighth); plural and unnamed groups („nach Angaben der Rettungskräfte“, „hieß es bei
  der Polizei“, "state officials said", "officials said", "local officials said", "railway
  officials said", "authorities said", "fire officials said", "British investigators said",
  "investigators found", "Investigators estimate", "Canadian police said" -
  two-hundred-and-thirty-first: "Kenyan police said"; forty-first); bodies by a common noun
  or with a description („Das Busunternehmen aus dem Mühlviertel teilte mit“ -
  two-hundred-and-thirty-first: „Der Betreiber teilte mit“ -, "the state prosecutor's office
  said", "the railroad said", "the airline said" twice, "the carrier said in a statement",
  "the operator said", "the rescue service said", "The government said", "Greece's coast
  guard said", "the Czech rail safety inspectorate said in its initial findings", "Canada's
  Transportation Safety Board was sending"; four-hundred-and-nineteenth); compounds and
  documents („nach Polizeiangaben“, „gemäss SUST“, „gemäss RhB“, „gemäss Polizei“, „heisst
  es im Bericht“, „heißt es in dem Bericht“, „Das schreibt die SUST in einem
  Zwischenbericht“, „Das geht aus dem Zwischenbericht der ... hervor“, „Zu diesem Ergebnis
  kommt die ... (SUB)“, "the report said" twice, "according to the report", "according to
  the preliminary report", "according to the Appalachian & Western Railway", "according to a
  Reuters tally", "according to agency data", "according to NTSB records", "air accident
  investigators have found"; hundred-fifth, two-hundred-and-thirty-first,
  three-hundred-and-thirty-ninth, four-hundred-and-fourth); verbs that are not of saying
  („Die BFU stuft ... ein“, „Die SUST empfiehlt“, „Die SUB empfiehlt“, „Die Deutsche Bahn
  kündigte an“, „beziffert die Bahn“, „schätzt die Polizei“, „Die DFS hat nach eigenen
  Angaben“, „habe nach eigenen Angaben“; two-hundred-and-ninety-eighth,
  four-hundred-and-twentieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_443 = [
    # --- Regionalzug entgleist bei Gemünden (dpa/lby), Montag, 5. Oktober ---
    (
        "de",
        "Gemünden (dpa/lby) - Bei der Entgleisung eines Regionalzugs im Landkreis Main-Spessart sind am frühen Montagmorgen mindestens zwei Menschen ums Leben gekommen und 23 weitere verletzt worden.",
        True,
        [("count", 2, None, "at_least"), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Der Zug mit rund 140 Fahrgästen an Bord war gegen 5.50 Uhr auf dem Weg nach Würzburg, als der vordere von drei Wagen in einer Kurve aus den Gleisen sprang, teilte die Polizei mit.",
        True,
        [("count", 140, None, "about"), ("count", 3, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Rund ein Drittel der Reisenden waren Schülerinnen und Schüler auf dem Weg zu Berufsschulen in Würzburg.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Vier der Verletzten schwebten nach Angaben der Rettungskräfte in Lebensgefahr, darunter ein zwölfjähriger Junge.",
        True,
        [("count", 4, None, None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "Bei den Toten handelt es sich um eine 67 Jahre alte Frau aus Lohr und den 44-jährigen Triebfahrzeugführer.",
        True,
        [("duration", 67, "year", None), ("duration", 44, "year", None)],
        None,
    ),
    (
        "de",
        "„Es gab einen gewaltigen Ruck, und auf einmal lag alles durcheinander“, sagte eine Pendlerin, die im hinteren Wagen gesessen hatte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesstelle für Eisenbahnunfalluntersuchung hat die Ermittlungen aufgenommen und drei Gutachter an die Unfallstelle geschickt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ob ein technischer Defekt oder menschliches Versagen das Unglück auslöste, ist nach Angaben der Ermittler noch völlig offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Strecke zwischen Gemünden und Karlstadt bleibt voraussichtlich bis Donnerstag gesperrt, Reisende müssen mit Verspätungen von bis zu 40 Minuten rechnen, teilte die Deutsche Bahn mit.",
        True,
        [("duration", 40, "minute", "up_to")],
        "die Deutsche Bahn",
    ),
    (
        "de",
        "Bayerns Verkehrsminister sprach von einem „rabenschwarzen Morgen für ganz Unterfranken“ und versprach lückenlose Aufklärung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits das zweite tödliche Zugunglück in Bayern seit Jahresbeginn.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Bus and truck collide in Veracruz (Reuters), October 5 ---
    (
        "en",
        "MEXICO CITY, Oct 5 (Reuters) - A double-decker bus collided with a tractor-trailer on a mountain highway in Veracruz state early on Monday, killing at least 19 people and injuring 32, state officials said.",
        True,
        [("date", "--10-05", None, None), ("count", 19, None, "at_least"), ("count", 32, None, None)],
        None,
    ),
    (
        "en",
        "The bus was carrying 47 passengers from Mexico City to the port of Veracruz when it crashed at about 4:30 a.m. on a curve near Acultzingo.",
        True,
        [("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "Among the dead were a 6-year-old boy and his 34-year-old mother, the state prosecutor's office said.",
        True,
        [("duration", 6, "year", None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "en",
        "Investigators believe the bus was going at about 110 kph where the limit is 60 kph, state security chief Rogelio Cantú told reporters.",
        True,
        [("count", 110, None, "about"), ("count", 60, None, None)],
        "Rogelio Cantú",
    ),
    (
        "en",
        '"The driver was going far too fast, everyone was screaming at him to slow down," a survivor told local television.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The truck driver, 41, was detained at the scene, Cantú said.",
        True,
        [("duration", 41, "year", None)],
        "Cantú",
    ),
    (
        "en",
        "The stretch of highway through the Cumbres de Maltrata has seen at least 12 fatal crashes since 2022.",
        True,
        [("count", 12, None, "at_least"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        'The governor called the crash "an unbearable tragedy" and vowed that nobody responsible would escape justice.',
        False,
        [],
        None,
    ),
    # --- Zahl der Toten steigt, Zug war zu schnell (dpa/lby), Dienstag, 6. Oktober ---
    (
        "de",
        "Würzburg (dpa/lby) - Einen Tag nach der Entgleisung bei Gemünden ist die Zahl der Toten auf drei gestiegen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ein 81 Jahre alter Mann sei in der Nacht zum Dienstag in der Uniklinik Würzburg seinen schweren Verletzungen erlegen, teilte ein Polizeisprecher mit.",
        True,
        [("duration", 81, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Auswertung des Fahrtenschreibers sei der Zug mit 112 km/h in die Kurve gefahren, erlaubt seien dort 70 km/h, sagte Oberstaatsanwalt Florian Kettelhack.",
        True,
        [("count", 112, None, None), ("count", 70, None, None)],
        "Florian Kettelhack",
    ),
    (
        "de",
        "Damit war der Zug um 60 Prozent schneller unterwegs als an dieser Stelle zulässig.",
        True,
        [("percent", 60, "%", None)],
        None,
    ),
    ("de", "Zu den Gründen für das hohe Tempo wollte sich Kettelhack am Dienstag nicht äußern.", False, [], None),
    ("de", "Die Staatsanwaltschaft Würzburg ermittelt wegen fahrlässiger Tötung gegen unbekannt.", True, [], None),
    # --- Veracruz toll rises (Reuters), October 6 ---
    (
        "en",
        "The death toll rose to 21 on Tuesday after two injured passengers died in hospital.",
        True,
        [("count", 21, None, None), ("count", 2, None, None)],
        None,
    ),
    # --- Freight train derails near the Ohio River (AP), October 6 ---
    (
        "en",
        "HUNTINGTON, W.Va. (AP) — A freight train hauling chlorine and propane derailed near the Ohio River late Monday, forcing about 1,400 residents from their homes, officials said.",
        True,
        [("count", 1400, None, "about")],
        None,
    ),
    (
        "en",
        "Twenty-three of the train's 96 cars left the tracks, and four of them were tank cars, the railroad said.",
        True,
        [("count", 23, None, None), ("count", 96, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "No leaks had been detected by Tuesday morning, Cabell County emergency manager Dwayne Ritchey said.",
        True,
        [],
        "Dwayne Ritchey",
    ),
    (
        "en",
        "The train was travelling at 43 mph, below the track's limit of 50 mph, when it derailed at 11:14 p.m., according to the Appalachian & Western Railway.",
        True,
        [("count", 43, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        '"We heard this grinding noise and then a boom that shook the whole house," said Tammy Greathouse, who lives a block from the tracks.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The National Transportation Safety Board said it had dispatched eight investigators to Huntington.",
        True,
        [("count", 8, None, None)],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "The evacuation order covering a 1-mile radius was lifted after 36 hours.",
        True,
        [("count", 1, None, None), ("duration", 36, "hour", None)],
        None,
    ),
    ("en", "Residents have long complained about the condition of the line.", False, [], None),
    # --- Reisebus stürzt auf der Inntalautobahn um (APA), Dienstag, 6. Oktober ---
    (
        "de",
        "Kufstein (APA) - Ein mit 48 Pensionisten aus Oberösterreich besetzter Reisebus ist am Dienstagnachmittag auf der Inntalautobahn (A12) bei Kufstein umgestürzt.",
        True,
        [("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "Eine 79-jährige Frau starb noch an der Unfallstelle, 31 Insassen wurden verletzt, neun davon schwer, teilte die Landespolizeidirektion Tirol mit.",
        True,
        [("duration", 79, "year", None), ("count", 31, None, None), ("count", 9, None, None)],
        "die Landespolizeidirektion Tirol",
    ),
    (
        "de",
        "Der Bus war gegen 14.20 Uhr aus noch ungeklärter Ursache rechts von der Fahrbahn abgekommen und hatte sich nach rund 80 Metern in der Böschung überschlagen.",
        True,
        [("count", 80, None, "about")],
        None,
    ),
    (
        "de",
        "Der 56-jährige Lenker wurde nur leicht verletzt, ein Alkotest verlief negativ.",
        True,
        [("duration", 56, "year", None)],
        None,
    ),
    (
        "de",
        "An dem Einsatz waren 17 Rettungsfahrzeuge, fünf Notarzthubschrauber und rund 150 Helfer beteiligt.",
        True,
        [("count", 17, None, None), ("count", 5, None, None), ("count", 150, None, "about")],
        None,
    ),
    (
        "de",
        "Die Verletzten wurden auf vier Spitäler in Kufstein, Innsbruck, Schwaz und Rosenheim verteilt.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Ich habe nur noch Schreie gehört und Glas splittern“, schilderte eine Mitreisende im ORF-Radio.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach der knapp fünfstündigen Sperrung in Fahrtrichtung Innsbruck hatte sich ein Stau von mehr als zwölf Kilometern gebildet.",
        True,
        [("duration", 5, "hour", "nearly"), ("count", 12, None, "over")],
        None,
    ),
    (
        "de",
        "Der oberösterreichische Landeshauptmann zeigte sich „zutiefst betroffen“ und dankte den Einsatzkräften.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Busunternehmen aus dem Mühlviertel teilte mit, der Bus sei erst drei Jahre alt und im August zuletzt überprüft worden.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    # --- Kleinflugzeug zerschellt bei Saanen (Keystone-SDA), Mittwoch, 7. Oktober ---
    (
        "de",
        "Saanen BE (Keystone-SDA) - Beim Absturz eines Kleinflugzeugs oberhalb von Saanen sind am Mittwochvormittag zwei Männer ums Leben gekommen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Maschine vom Typ Robin DR400 war kurz nach 10.15 Uhr auf dem Flugplatz Saanen gestartet und prallte rund sieben Minuten später auf 1'860 Metern über Meer gegen eine Felswand, wie die Kantonspolizei Bern mitteilte.",
        True,
        [("duration", 7, "minute", "about"), ("count", 1860, None, None)],
        "die Kantonspolizei Bern",
    ),
    (
        "de",
        "Beim Piloten handelt es sich um einen 63-jährigen Schweizer, sein Passagier war ein 35-jähriger Deutscher.",
        True,
        [("duration", 63, "year", None), ("duration", 35, "year", None)],
        None,
    ),
    (
        "de",
        "Gemäss ersten Abklärungen lag zum Unfallzeitpunkt dichter Nebel über dem Gebiet, die Sichtweite betrug unter 200 Meter.",
        True,
        [("count", 200, None, "under")],
        None,
    ),
    (
        "de",
        "«Unsere Gedanken sind bei den Familien der Verunglückten», sagte ein Sprecher der Flugplatzgenossenschaft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Damit ist es bereits der vierte Flugunfall mit Toten in den Schweizer Alpen seit Anfang Juli.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    # --- Overloaded boat capsizes on the Niger River (AFP), October 7 ---
    (
        "en",
        "ABUJA (AFP) - At least 27 people drowned and dozens were missing after an overloaded boat carrying traders to a market capsized on the Niger River on Wednesday, local officials said.",
        True,
        [("count", 27, None, "at_least")],
        None,
    ),
    (
        "en",
        "The wooden boat had more than 170 people on board, nearly three times its capacity of 60, a spokesman for the state emergency agency told AFP.",
        True,
        [("count", 170, None, "over"), ("count", 3, None, "nearly"), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "About two-thirds of those on board were women heading to the weekly market in Mokwa.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Rescuers pulled 58 people alive from the water, among them a 9-year-old girl.",
        True,
        [("count", 58, None, None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "The boat overturned shortly after 7 a.m. about 2 kilometres from the village of Gbajibo.",
        True,
        [("count", 2, None, "about")],
        None,
    ),
    (
        "en",
        '"My wife and my sons were on that boat, and I am still waiting," said a fisherman on the riverbank.',
        False,
        [],
        None,
    ),
    ("en", "The state governor urged boat operators to put the safety of passengers first.", False, [], None),
    # --- FAA orders fan blade inspections (Reuters), October 7 ---
    (
        "en",
        "WASHINGTON, Oct 7 (Reuters) - The Federal Aviation Administration on Wednesday ordered urgent inspections of engine fan blades on about 370 regional jets after a blade broke off during a climb out of Denver last month.",
        True,
        [("date", "--10-07", None, None), ("count", 370, None, "about")],
        None,
    ),
    (
        "en",
        "Operators must inspect blades that have flown more than 12,000 cycles within 15 days, the FAA said.",
        True,
        [("count", 12000, None, "over"), ("duration", 15, "day", None)],
        "the FAA",
    ),
    (
        "en",
        "The Sept. 29 incident forced the jet, carrying 72 passengers and four crew, to return to Denver, where it landed 22 minutes after take-off.",
        True,
        [
            ("date", "--09-29", None, None),
            ("count", 72, None, None),
            ("count", 4, None, None),
            ("duration", 22, "minute", None),
        ],
        None,
    ),
    ("en", 'The engine maker said it was "fully cooperating" with regulators.', False, [], None),
    # --- AAIB interim report on a tail strike at Manchester (PA), October 7 ---
    (
        "en",
        "A holiday jet struck its tail on the runway while taking off from Manchester after the crew entered a take-off weight 10 tonnes too low, air accident investigators have found.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The Airbus A321, with 219 passengers and seven crew on board, continued to Tenerife and landed safely about four hours later, the Air Accidents Investigation Branch said in an interim report.",
        True,
        [("count", 219, None, None), ("count", 7, None, None), ("duration", 4, "hour", "about")],
        "the Air Accidents Investigation Branch",
    ),
    (
        "en",
        "The tail touched the runway for about 2.5 seconds and left a scrape 37 metres long.",
        True,
        [("duration", 2.5, "second", "about"), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "The first officer, 27, had typed 64.2 tonnes instead of 74.2 tonnes into the flight management computer, the report said.",
        True,
        [("duration", 27, "year", None), ("count", 64.2, None, None), ("count", 74.2, None, None)],
        None,
    ),
    (
        "en",
        "The captain, 46, had more than 11,000 flying hours.",
        True,
        [("duration", 46, "year", None), ("duration", 11000, "hour", "over")],
        None,
    ),
    ("en", 'The airline said safety "comes before everything else" at the company.', False, [], None),
    (
        "en",
        "The AAIB said the airline had since introduced a second, independent check of weights before departure.",
        True,
        [("ordinal", 2, None, None)],
        "the AAIB",
    ),
    ("en", "The report did not say whether the crew had been tired or rushed.", False, [], None),
    # --- SUST-Zwischenbericht zum Helikopterabsturz im Maderanertal (Keystone-SDA), Donnerstag, 8. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Lastenhelikopter, der am 14. Juni im Urner Maderanertal abgestürzt ist, hat kurz vor dem Unglück mit seiner Last das Tragseil einer Materialseilbahn gestreift.",
        True,
        [("date", "--06-14", None, None)],
        None,
    ),
    ("de", "Das schreibt die SUST in einem Zwischenbericht, den sie am Donnerstag publizierte.", True, [], None),
    (
        "de",
        "Das Seil sei auf keiner Luftfahrthinderniskarte verzeichnet gewesen, heisst es im Bericht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 52-jährige Pilot, der beim Absturz ums Leben kam, verfügte gemäss SUST über eine Flugerfahrung von rund 9'400 Stunden, davon gut 7'000 auf diesem Helikoptermuster.",
        True,
        [("duration", 52, "year", None), ("duration", 9400, "hour", "about"), ("duration", 7000, "hour", "over")],
        None,
    ),
    (
        "de",
        "Der Helikopter habe sich in etwa 45 Metern Höhe über Grund befunden und sei innert weniger als drei Sekunden abgestürzt.",
        True,
        [("count", 45, None, "about"), ("duration", 3, "second", "under")],
        None,
    ),
    (
        "de",
        "«Die Seile waren aus dem Cockpit heraus praktisch nicht zu erkennen», sagte SUST-Untersuchungsleiterin Corinne Zumsteg.",
        True,
        [],
        "Corinne Zumsteg",
    ),
    (
        "de",
        "Die SUST empfiehlt dem Bundesamt für Zivilluftfahrt (Bazl), Seilbahnen mit einer Spannweite von über 100 Metern künftig meldepflichtig zu machen.",
        True,
        [("count", 100, None, "over")],
        None,
    ),
    ("de", "«Wir werden den Bericht genau studieren», sagte ein Sprecher des Helikopterunternehmens.", False, [], None),
    (
        "de",
        "Der Schlussbericht soll in rund zwölf Monaten vorliegen.",
        True,
        [("duration", 12, "month", "about")],
        None,
    ),
    # --- NTSB preliminary report on the Baltimore commuter train collision (Reuters), October 8 ---
    (
        "en",
        "WASHINGTON, Oct 8 (Reuters) - A commuter train that struck a stopped work train near Baltimore last month was travelling at 58 mph, nearly twice the 30 mph restricted speed, the National Transportation Safety Board said on Thursday, releasing its preliminary findings.",
        True,
        [
            ("date", "--10-08", None, None),
            ("count", 58, None, None),
            ("count", 2, None, "nearly"),
            ("count", 30, None, None),
        ],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "The engineer applied the emergency brake about 9 seconds before impact, the NTSB said.",
        True,
        [("duration", 9, "second", "about")],
        "the NTSB",
    ),
    (
        "en",
        "The Sept. 17 collision injured 64 people, five of them seriously.",
        True,
        [("date", "--09-17", None, None), ("count", 64, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The 52-year-old engineer had been on duty for 10 hours and 40 minutes, according to the report.",
        True,
        [("duration", 52, "year", None), ("duration", 10, "hour", None), ("duration", 40, "minute", None)],
        None,
    ),
    (
        "en",
        "Positive train control had been switched off on that section of track for three days for maintenance, investigators found.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    ("en", "Damage to both trains was put at $4.1 million.", True, [("money", 4100000, "USD", None)], None),
    (
        "en",
        "NTSB board member Lorna Whitcombe said it was far too early to determine a probable cause.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Chesapeake Commuter Rail said it had suspended two dispatchers and retrained 140 engineers since the crash.",
        True,
        [("count", 2, None, None), ("count", 140, None, None)],
        "Chesapeake Commuter Rail",
    ),
    (
        "en",
        "\"We will not rest until we understand exactly what happened,\" the railroad's chief executive said.",
        False,
        [],
        None,
    ),
    ("en", 'Passenger advocates called the findings "deeply troubling".', False, [], None),
    (
        "en",
        "Investigators expect to issue their final report in 12 to 18 months.",
        True,
        [("duration", 12, "month", None), ("duration", 18, "month", None)],
        None,
    ),
    # --- Inselfähre läuft vor Juist auf Grund (dpa/lni), Donnerstag, 8. Oktober ---
    (
        "de",
        "Norddeich (dpa/lni) - Eine Inselfähre mit 263 Passagieren und sieben Besatzungsmitgliedern an Bord ist am Donnerstagabend vor Juist auf eine Sandbank gelaufen.",
        True,
        [("count", 263, None, None), ("count", 7, None, None)],
        None,
    ),
    ("de", "Verletzt wurde nach Angaben der Wasserschutzpolizei niemand.", True, [], "die Wasserschutzpolizei"),
    (
        "de",
        "Die Fähre saß rund dreieinhalb Stunden fest, bevor sie mit der einsetzenden Flut gegen 22.30 Uhr wieder freikam.",
        True,
        [("duration", 3.5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Der Kapitän habe die Fähre bei einem Ausweichmanöver rund 150 Meter aus dem betonnten Fahrwasser gesteuert, sagte Reederei-Sprecherin Swantje Oltmanns.",
        True,
        [("count", 150, None, "about")],
        "Swantje Oltmanns",
    ),
    ("de", "„Unsere Fahrgäste waren zu keinem Zeitpunkt in Gefahr“, betonte Oltmanns.", False, [], None),
    (
        "de",
        "Viele Passagiere vertrieben sich die Wartezeit mit Kartenspielen, Kinder winkten den Seenotrettern vom Oberdeck aus zu.",
        False,
        [],
        None,
    ),
    ("de", "Die Seenotretter der DGzRS waren mit zwei Rettungsbooten vor Ort.", True, [("count", 2, None, None)], None),
    # --- BFU-Zwischenbericht zur Annäherung zweier Jets über dem Taunus (dpa), Freitag, 9. Oktober ---
    (
        "de",
        "Braunschweig (dpa) - Zwei Passagierflugzeuge sind sich Ende August über dem Taunus bis auf rund 1,3 Kilometer seitlich und knapp 90 Meter in der Höhe nahegekommen.",
        True,
        [("count", 2, None, None), ("count", 1.3, None, "about"), ("count", 90, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus dem Zwischenbericht der Bundesstelle für Flugunfalluntersuchung (BFU) hervor, der am Freitag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vorgeschrieben ist in diesem Luftraum ein Abstand von mindestens fünf Kilometern seitlich oder 300 Metern in der Höhe.",
        True,
        [("count", 5, None, "at_least"), ("count", 300, None, None)],
        None,
    ),
    (
        "de",
        "Die BFU stuft den Vorfall vom 27. August als schwere Störung ein.",
        True,
        [("date", "--08-27", None, None)],
        None,
    ),
    (
        "de",
        "Der Lotse, ein 29-Jähriger, habe zu diesem Zeitpunkt 14 Maschinen gleichzeitig betreut, so BFU-Sprecherin Ilka Drömmer.",
        True,
        [("duration", 29, "year", None), ("count", 14, None, None)],
        "Ilka Drömmer",
    ),
    (
        "de",
        "Das Kollisionswarnsystem löste in beiden Cockpits rund 35 Sekunden vor der größten Annäherung aus.",
        True,
        [("duration", 35, "second", "about")],
        None,
    ),
    (
        "de",
        "Nach etwa 25 weiteren Sekunden war der Konflikt gelöst, eine Besatzung war gestiegen, die andere gesunken.",
        True,
        [("duration", 25, "second", "about")],
        None,
    ),
    ("de", "Die Deutsche Flugsicherung erklärte, Sicherheit habe für sie „oberste Priorität“.", False, [], None),
    (
        "de",
        "Die DFS hat nach eigenen Angaben die Besetzung des Sektors in Spitzenzeiten von zwei auf drei Lotsen erhöht.",
        True,
        [("count", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Ob die Arbeitsbelastung des Lotsen eine Rolle spielte, lässt der Bericht offen.", False, [], None),
    ("de", "Ein Sprecher des Bundesverkehrsministeriums nannte den Bericht „sehr ernst zu nehmen“.", False, [], None),
    # --- Floatplane crash near Whistler (AP), October 9 ---
    (
        "en",
        "VANCOUVER, British Columbia (AP) — A floatplane on a sightseeing flight crashed into a mountainside north of Whistler on Friday, killing the pilot and all five passengers, Canadian police said.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The de Havilland Beaver had taken off from Harrison Lake at 10:50 a.m. and lost radio contact about 35 minutes later.",
        True,
        [("duration", 35, "minute", "about")],
        None,
    ),
    (
        "en",
        "The passengers were two couples from Germany aged between 58 and 66 and a 30-year-old woman from Ontario.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 58, "year", None),
            ("duration", 66, "year", None),
            ("duration", 30, "year", None),
        ],
        None,
    ),
    ("en", "Canada's Transportation Safety Board was sending a team of investigators to the site.", True, [], None),
    (
        "en",
        '"The clouds came down very fast this afternoon," said a guide who had been hiking nearby.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the second fatal floatplane crash in the province this year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Passenger train derails in Sindh (Reuters), October 9 ---
    (
        "en",
        "KARACHI, Oct 9 (Reuters) - Ten coaches of a passenger train came off the tracks in Pakistan's Sindh province on Friday, leaving at least 16 people dead and more than 90 injured, railway officials said.",
        True,
        [
            ("date", "--10-09", None, None),
            ("count", 10, None, None),
            ("count", 16, None, "at_least"),
            ("count", 90, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "The train was carrying about 1,100 passengers from Karachi to Rawalpindi when it left the tracks near Nawabshah at around 9:20 a.m.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "en",
        "The railways minister told reporters that a broken rail joint was the likely cause and announced compensation of 1.5 million rupees for each family of the dead.",
        True,
        [("money", 1500000, "PKR", None)],
        None,
    ),
    ("en", "The railways minister said the country's rail network needed \"a complete overhaul\".", False, [], None),
    (
        "en",
        "Pakistan has had at least seven serious train accidents since 2021, nearly half of them in Sindh, according to a Reuters tally.",
        True,
        [("count", 7, None, "at_least"), ("year", 2021, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Trains on the main line between Karachi and Lahore were suspended for 14 hours.",
        True,
        [("duration", 14, "hour", None)],
        None,
    ),
    # --- Boat toll rises on the Niger River (AFP), October 9 ---
    (
        "en",
        "The toll from the capsizing rose to 44 on Friday as divers recovered 17 more bodies, with about 30 people still unaccounted for.",
        True,
        [("count", 44, None, None), ("count", 17, None, None), ("count", 30, None, "about")],
        None,
    ),
    ("en", "It was the third deadly boat accident in the state since June.", True, [("ordinal", 3, None, None)], None),
    ("en", "Authorities banned night-time river crossings for 30 days.", True, [("duration", 30, "day", None)], None),
    # --- Straßenbahn rammt Linienbus in Wien-Hernals (APA), Samstag, 10. Oktober ---
    (
        "de",
        "Wien (APA) - Bei einem Zusammenstoß zwischen einer Straßenbahn der Linie 43 und einem Linienbus in Wien-Hernals sind am Samstagabend 17 Menschen verletzt worden.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Drei von ihnen erlitten schwere Verletzungen, teilte die Berufsrettung Wien mit.",
        True,
        [("count", 3, None, None)],
        "die Berufsrettung Wien",
    ),
    (
        "de",
        "Die Straßenbahn war gegen 19.40 Uhr bei Rot in die Kreuzung eingefahren, hieß es bei der Polizei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Garnitur war mit rund 60 Fahrgästen besetzt, im Bus saßen etwa 25 Personen.",
        True,
        [("count", 60, None, "about"), ("count", 25, None, "about")],
        None,
    ),
    (
        "de",
        "Der 38-jährige Straßenbahnfahrer wurde vorerst vom Dienst freigestellt.",
        True,
        [("duration", 38, "year", None)],
        None,
    ),
    (
        "de",
        "„So etwas darf in einer Stadt wie Wien einfach nicht passieren“, sagte ein Fahrgast, der mit Prellungen davonkam.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Betrieb auf der Linie 43 war für rund zwei Stunden unterbrochen.",
        True,
        [("duration", 2, "hour", "about")],
        None,
    ),
    (
        "de",
        "Es ist der dritte Unfall mit einer Straßenbahn dieser Linie in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Heißluftballon landet hart in der Lüneburger Heide (dpa/lni), Samstag, 10. Oktober ---
    (
        "de",
        "Amelinghausen (dpa/lni) - Bei der harten Landung eines Heißluftballons in der Lüneburger Heide sind am Samstagabend acht Menschen verletzt worden, zwei von ihnen schwer.",
        True,
        [("count", 8, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Korb mit dem 58 Jahre alten Piloten und elf Fahrgästen war nach Polizeiangaben von einer Böe erfasst und rund 40 Meter über einen Acker geschleift worden.",
        True,
        [("duration", 58, "year", None), ("count", 11, None, None), ("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "Der Deutsche Wetterdienst hatte für den Abend Böen von bis zu 55 Kilometern pro Stunde vorhergesagt.",
        True,
        [("count", 55, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Fahrt hatte gegen 17.30 Uhr begonnen und dauerte knapp 50 Minuten.",
        True,
        [("duration", 50, "minute", "nearly")],
        None,
    ),
    (
        "de",
        "„Es ging alles wahnsinnig schnell, auf einmal lagen wir alle übereinander“, sagte eine Teilnehmerin aus Hamburg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die BFU teilte am Sonntag mit, sie habe den Unfall als schweren Unfall eingestuft und eine Untersuchung eingeleitet.",
        True,
        [],
        "die BFU",
    ),
    # --- Regionalexpress erfasst Traktor bei Wittenberge (dpa/bb), Montag, 12. Oktober ---
    (
        "de",
        "Wittenberge (dpa/bb) - An einem unbeschrankten Bahnübergang bei Wittenberge ist am Montagmorgen ein Regionalexpress mit rund 80 Fahrgästen mit einem Traktor zusammengestoßen.",
        True,
        [("count", 80, None, "about")],
        None,
    ),
    (
        "de",
        "Der 19 Jahre alte Traktorfahrer starb noch an der Unfallstelle, der Lokführer und sechs Fahrgäste wurden leicht verletzt, sagte ein Polizeisprecher in Neuruppin.",
        True,
        [("duration", 19, "year", None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Der Zug war nach ersten Erkenntnissen mit etwa 120 Kilometern pro Stunde unterwegs und kam erst nach rund 600 Metern zum Stehen.",
        True,
        [("count", 120, None, "about"), ("count", 600, None, "about")],
        None,
    ),
    (
        "de",
        "An dem Übergang hat es seit 2019 bereits fünf Unfälle gegeben, zwei davon endeten tödlich.",
        True,
        [("year", 2019, None, None), ("count", 5, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Anwohner fordern seit langem mehr Sicherheit an dem Übergang.", False, [], None),
    (
        "de",
        "„Wir haben immer gesagt, dass hier irgendwann etwas Schlimmes passiert“, sagte der Ortsvorsteher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Deutsche Bahn kündigte an, den Übergang bis Ende 2027 mit Halbschranken auszustatten.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten beziffert die Bahn auf rund 1,2 Millionen Euro.",
        True,
        [("money", 1200000, "EUR", "about")],
        None,
    ),
    # --- Severe turbulence on a flight to Sydney (Reuters), October 12 ---
    (
        "en",
        "SYDNEY, Oct 12 (Reuters) - Twenty-six people were hurt when a flight from Singapore to Sydney hit severe turbulence over Western Australia on Monday, the airline said.",
        True,
        [("date", "--10-12", None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "The Boeing 787, carrying 281 passengers and 12 crew, dropped about 200 feet in a few seconds while cruising at 38,000 feet, the carrier said in a statement.",
        True,
        [
            ("count", 281, None, None),
            ("count", 12, None, None),
            ("count", 200, None, "about"),
            ("count", 38000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Seven people, including four flight attendants, were taken to hospital after the plane diverted to Perth and landed at 3:40 p.m. local time.",
        True,
        [("count", 7, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "A 71-year-old passenger suffered a head injury after striking the cabin ceiling.",
        True,
        [("duration", 71, "year", None)],
        None,
    ),
    (
        "en",
        "\"People who weren't buckled in just flew up,\" passenger Megan Castellanos told Channel Nine.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The seatbelt sign had been switched on about 90 seconds before the jolt, the airline said.",
        True,
        [("duration", 90, "second", "about")],
        None,
    ),
    (
        "en",
        'Coralbird Airways said it was "proud of how our crew responded" in frightening circumstances.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Australian Transport Safety Bureau said it had opened an investigation and would publish a preliminary report within 30 days.",
        True,
        [("duration", 30, "day", None)],
        "the Australian Transport Safety Bureau",
    ),
    # --- Murgang bringt RhB-Zug bei Filisur zum Entgleisen (Keystone-SDA), Montag, 12. Oktober ---
    (
        "de",
        "Filisur GR (Keystone-SDA) - Ein Regionalzug der Rhätischen Bahn ist am Montagmorgen nach einem Murgang bei Filisur entgleist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den rund 70 Reisenden wurden fünf leicht verletzt, wie die Kantonspolizei Graubünden mitteilte.",
        True,
        [("count", 70, None, "about"), ("count", 5, None, None)],
        "die Kantonspolizei Graubünden",
    ),
    (
        "de",
        "Die Lok und der erste von vier Wagen sprangen aus den Schienen, kippten aber nicht um.",
        True,
        [("ordinal", 1, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Zug fuhr gemäss RhB mit rund 40 Stundenkilometern, als der Lokführer die Schlammmassen auf dem Gleis bemerkte.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "Die Strecke zwischen Filisur und Bergün bleibe für mindestens drei Tage gesperrt, sagte RhB-Sprecherin Seraina Caflisch.",
        True,
        [("duration", 3, "day", "at_least")],
        "Seraina Caflisch",
    ),
    ("de", "«Solche Ereignisse werden wir in Zukunft häufiger sehen», sagte ein Geologe des Kantons.", False, [], None),
    (
        "de",
        "Es war bereits der dritte Murgang auf diesem Abschnitt innert zwei Jahren.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Pendler im Albulatal klagten über die ständigen Sperrungen der Strecke.", False, [], None),
    # --- Rauch in der Kabine: Ferienflieger kehrt nach Düsseldorf zurück (dpa/lnw), Dienstag, 13. Oktober ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Ein Ferienflieger mit Ziel Gran Canaria hat am Dienstag kurz nach dem Start wegen Qualms an Bord umgekehrt und ist in Düsseldorf gelandet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 189 Passagiere und sechs Besatzungsmitglieder verließen die Maschine über Notrutschen, teilte der Flughafen mit.",
        True,
        [("count", 189, None, None), ("count", 6, None, None)],
        "der Flughafen",
    ),
    (
        "de",
        "Elf Menschen zogen sich dabei leichte Verletzungen zu, die meisten an Händen und Knien.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Der Airbus A321 war um 8.05 Uhr gestartet und setzte nach 34 Minuten wieder in Düsseldorf auf.",
        True,
        [("duration", 34, "minute", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben von Sonnenflug hatte ein überhitzter Ofen in der vorderen Bordküche den Rauch verursacht.",
        True,
        [],
        "Sonnenflug",
    ),
    ("de", "Sonnenflug bedauerte die Unannehmlichkeiten für die Fluggäste.", False, [], None),
    (
        "de",
        "Die Reisenden flogen am Nachmittag mit einer Ersatzmaschine und rund sechs Stunden Verspätung weiter.",
        True,
        [("duration", 6, "hour", "about")],
        None,
    ),
    (
        "de",
        "„Erst hat man es nur gerochen, dann sah man den Qualm über den Sitzen“, erzählte ein Urlauber aus Krefeld.",
        False,
        [],
        None,
    ),
    # --- Double-decker hits low bridge in Bristol (PA), October 13 ---
    (
        "en",
        "A double-decker bus struck a low railway bridge in Bristol on Tuesday morning, tearing off part of its roof and injuring 14 passengers, Avon and Somerset Police said.",
        True,
        [("count", 14, None, None)],
        "Avon and Somerset Police",
    ),
    (
        "en",
        "Two of the injured, a 16-year-old boy and a woman aged 73, were in a serious condition.",
        True,
        [("count", 2, None, None), ("duration", 16, "year", None), ("duration", 73, "year", None)],
        None,
    ),
    (
        "en",
        "The bridge has a clearance of 3.9 metres, while the bus is about 4.4 metres tall.",
        True,
        [("count", 3.9, None, None), ("count", 4.4, None, "about")],
        None,
    ),
    (
        "en",
        "The driver, a 58-year-old man, had been sent on a diversion because of roadworks, the operator said.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        '"I looked up and the ceiling was just gone," said a passenger who had been sitting downstairs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Network Rail said the bridge had been struck 11 times since 2023.",
        True,
        [("count", 11, None, None), ("year", 2023, None, None)],
        "Network Rail",
    ),
    ("en", 'Local councillors called the bridge "an accident waiting to happen".', False, [], None),
    # --- Ferry hits jetty at Rafina (Reuters), October 13 ---
    (
        "en",
        "ATHENS, Oct 13 (Reuters) - A passenger ferry struck a jetty while docking at the port of Rafina in strong winds on Tuesday, injuring 19 people, Greece's coast guard said.",
        True,
        [("date", "--10-13", None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The vessel, carrying 612 passengers and 143 vehicles, was approaching the harbour at about 8 knots when a gust pushed it sideways.",
        True,
        [("count", 612, None, None), ("count", 143, None, None), ("count", 8, None, "about")],
        None,
    ),
    (
        "en",
        "Winds of up to 9 on the Beaufort scale had been forecast for the central Aegean.",
        True,
        [("count", 9, None, "up_to")],
        None,
    ),
    (
        "en",
        "The ferry's 63-year-old captain and two officers were detained, as is routine under Greek law.",
        True,
        [("duration", 63, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"There was a terrible crash and people fell over their suitcases," said a passenger travelling to Andros.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The ferry, built in 1998, was cleared to sail again after four days of repairs.",
        True,
        [("year", 1998, None, None), ("duration", 4, "day", None)],
        None,
    ),
    ("en", "The ferry operator apologised to passengers for the disruption.", False, [], None),
    # --- Autofähre kollidiert auf dem Zürichsee mit Segelboot (Keystone-SDA), Mittwoch, 14. Oktober ---
    (
        "de",
        "Horgen ZH (Keystone-SDA) - Auf dem Zürichsee ist am Mittwochabend eine Autofähre mit einem Segelboot zusammengestossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die beiden Segler, ein 71-jähriger Mann und seine 68-jährige Frau, wurden ins Wasser geschleudert und von der Fährbesatzung geborgen, wie die Kantonspolizei Zürich mitteilte.",
        True,
        [("duration", 71, "year", None), ("duration", 68, "year", None)],
        "die Kantonspolizei Zürich",
    ),
    (
        "de",
        "Die Fähre war mit 38 Autos und rund 90 Passagieren unterwegs und fuhr gemäss Polizei mit etwa acht Knoten.",
        True,
        [("count", 38, None, None), ("count", 90, None, "about"), ("count", 8, None, "about")],
        None,
    ),
    (
        "de",
        "Der Fährbetrieb zwischen Horgen und Meilen war danach für rund 70 Minuten eingestellt.",
        True,
        [("duration", 70, "minute", "about")],
        None,
    ),
    (
        "de",
        "Den Sachschaden schätzt die Polizei auf rund 80'000 Franken.",
        True,
        [("money", 80000, "CHF", "about")],
        None,
    ),
    ("de", "«Wir bedauern den Vorfall sehr», sagte ein Sprecher der Fährbetriebe.", False, [], None),
    # --- School bus and pickup collide in Georgia (AP), October 14 ---
    (
        "en",
        "MACON, Ga. (AP) — A school bus carrying 31 students collided with a pickup truck on a rural highway in central Georgia on Wednesday, killing the pickup's driver and injuring 18 children, authorities said.",
        True,
        [("count", 31, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "The pickup crossed the center line shortly before 7:15 a.m., Georgia State Patrol Trooper Kendra Mayhew said.",
        True,
        [],
        "Kendra Mayhew",
    ),
    ("en", "The driver, 26, was pronounced dead at the scene.", True, [("duration", 26, "year", None)], None),
    (
        "en",
        "The students, aged 5 to 11, were taken to three hospitals.",
        True,
        [("duration", 5, "year", None), ("duration", 11, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Investigators estimate the pickup was travelling at roughly 70 mph.",
        True,
        [("count", 70, None, "about")],
        None,
    ),
    ("en", "\"This is every parent's worst nightmare,\" the county school superintendent said.", False, [], None),
    # --- NTSB on a near-collision at O'Hare (Reuters), October 14 ---
    (
        "en",
        "WASHINGTON, Oct 14 (Reuters) - Two passenger jets at Chicago O'Hare came within 420 feet of each other last month after a controller cleared one to take off while the other was crossing the runway, the National Transportation Safety Board said on Wednesday.",
        True,
        [("date", "--10-14", None, None), ("count", 2, None, None), ("count", 420, None, None)],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "The departing Airbus A320 had reached about 110 knots when its pilots rejected the takeoff, according to the preliminary report.",
        True,
        [("count", 110, None, "about")],
        None,
    ),
    (
        "en",
        "The Sept. 22 incident involved 297 people on both planes.",
        True,
        [("date", "--09-22", None, None), ("count", 297, None, None)],
        None,
    ),
    (
        "en",
        "The controller, who had 14 years of experience, was handling both the runway and a ground frequency at the time, the report said.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        "It was the fifth near-collision at O'Hare since 2023.",
        True,
        [("ordinal", 5, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The Federal Aviation Administration said it remained committed to the highest level of safety.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The FAA has recorded 23 serious runway incursions so far this year, up from 19 in all of last year, a rise of 21%, according to agency data.",
        True,
        [("count", 23, None, None), ("count", 19, None, None), ("percent", 21, "%", None)],
        None,
    ),
    ("en", "Controllers' unions have long warned about staffing at busy towers.", False, [], None),
    # --- Schulbus rutscht bei Titisee-Neustadt eine Böschung hinab (dpa/lsw), Donnerstag, 15. Oktober ---
    (
        "de",
        "Titisee-Neustadt (dpa/lsw) - Ein mit Schülern besetzter Linienbus ist am Donnerstagmorgen bei Titisee-Neustadt von der Bundesstraße 31 abgekommen und eine Böschung hinabgerutscht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "22 Kinder und Jugendliche im Alter von 11 bis 16 Jahren wurden leicht verletzt, teilte das Polizeipräsidium Freiburg mit.",
        True,
        [("count", 22, None, None), ("duration", 11, "year", None), ("duration", 16, "year", None)],
        "das Polizeipräsidium Freiburg",
    ),
    (
        "de",
        "Knapp die Hälfte von ihnen konnte noch am Vormittag von den Eltern abgeholt werden.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Busfahrer, ein 61-Jähriger, habe nach eigenen Angaben einem Reh ausweichen wollen.",
        True,
        [("duration", 61, "year", None)],
        None,
    ),
    ("de", "Der Bus kam nach etwa 30 Metern an einem Baum zum Stehen.", True, [("count", 30, None, "about")], None),
    (
        "de",
        "„Die Kinder haben sich gegenseitig geholfen, das war wirklich vorbildlich“, sagte der Schulleiter.",
        False,
        [],
        None,
    ),
    ("de", "Ob der Bus zu schnell unterwegs war, soll nun ein Gutachter klären.", False, [], None),
    # --- Tourist boat capsizes off Zanzibar (AFP), October 15 ---
    (
        "en",
        "DAR ES SALAAM (AFP) - A tourist boat capsized off Zanzibar on Thursday, killing at least eight people including three children, police said.",
        True,
        [("count", 8, None, "at_least"), ("count", 3, None, None)],
        "police",
    ),
    (
        "en",
        "Twenty-nine people were rescued by fishermen and the navy, regional police commander Salum Ameir Mkanga said.",
        True,
        [("count", 29, None, None)],
        "Salum Ameir Mkanga",
    ),
    (
        "en",
        "The boat, licensed for 25 passengers, had 41 on board when a large wave hit it about 500 metres from the shore.",
        True,
        [("count", 25, None, None), ("count", 41, None, None), ("count", 500, None, "about")],
        None,
    ),
    (
        "en",
        "The dead included a 4-year-old girl and two Italian tourists aged 62 and 65.",
        True,
        [
            ("duration", 4, "year", None),
            ("count", 2, None, None),
            ("duration", 62, "year", None),
            ("duration", 65, "year", None),
        ],
        None,
    ),
    ("en", "Mkanga said the boat's owner would face the full force of the law.", False, [], None),
    (
        "en",
        "The government said it would pay 2 million Tanzanian shillings ($780) to each bereaved family.",
        True,
        [("money", 2000000, "TZS", None), ("money", 780, "USD", None)],
        None,
    ),
    # --- AAIB special bulletin on an air ambulance in Leeds (Reuters), October 15 ---
    (
        "en",
        "LONDON, Oct 15 (Reuters) - The main rotor of an air ambulance helicopter struck a lamp post as it landed at a hospital helipad in Leeds last month because the post had been moved 4 metres closer to the landing site, British investigators said on Thursday.",
        True,
        [("date", "--10-15", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "In a special bulletin, the Air Accidents Investigation Branch said builders had moved the lamp post two weeks before the accident.",
        True,
        [("duration", 2, "week", None)],
        "the Air Accidents Investigation Branch",
    ),
    (
        "en",
        "None of the four people on board, among them a 12-year-old patient, was hurt.",
        True,
        [("count", 4, None, None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Debris was thrown up to 60 metres, damaging three parked cars.",
        True,
        [("count", 60, None, "up_to"), ("count", 3, None, None)],
        None,
    ),
    ("en", 'The hospital trust said it was "deeply sorry" and was reviewing its procedures.', False, [], None),
    # --- SUB-Zwischenbericht zum Auffahrunfall bei Schwarzach-St. Veit (APA), Freitag, 16. Oktober ---
    (
        "de",
        "Wien (APA) - Der Lokführer des Güterzugs, der am 18. September bei Schwarzach-St. Veit auf einen stehenden Personenzug aufgefahren ist, hat ein Haltesignal überfahren.",
        True,
        [("date", "--09-18", None, None)],
        None,
    ),
    (
        "de",
        "Zu diesem Ergebnis kommt die Sicherheitsuntersuchungsstelle des Bundes (SUB) in einem Zwischenbericht, den das Verkehrsministerium am Freitag veröffentlichte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Güterzug sei zum Zeitpunkt des Aufpralls noch mit 47 km/h unterwegs gewesen, heißt es in dem Bericht.",
        True,
        [("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "Bei dem Unfall waren 26 Menschen verletzt worden, vier davon schwer.",
        True,
        [("count", 26, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der 33-jährige Lokführer sei zum Unfallzeitpunkt seit fast elf Stunden im Dienst gewesen, erlaubt seien höchstens zwölf Stunden.",
        True,
        [("duration", 33, "year", None), ("duration", 11, "hour", "nearly"), ("duration", 12, "hour", "at_most")],
        None,
    ),
    (
        "de",
        "Die SUB empfiehlt den ÖBB, die Zugbeeinflussung auf der Strecke bis 2028 nachzurüsten.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida sprach von einem „Alarmsignal“ und warnte vor überlangen Schichten.",
        False,
        [],
        None,
    ),
    ("de", "Ob Übermüdung den Ausschlag gab, soll erst der Schlussbericht klären.", False, [], None),
    (
        "de",
        "SUB-Leiter Reinhold Wimmersberger sagte, der Schlussbericht solle binnen zwölf Monaten vorliegen.",
        True,
        [("duration", 12, "month", None)],
        "Reinhold Wimmersberger",
    ),
    (
        "de",
        "Wimmersberger sagte, die Bahn bleibe trotz des Unfalls „eines der sichersten Verkehrsmittel“.",
        False,
        [],
        None,
    ),
    # --- Head-on train collision in the eastern Czech Republic (Reuters), October 16 ---
    (
        "en",
        "PRAGUE, Oct 16 (Reuters) - A passenger train and a freight train collided head-on in the eastern Czech Republic late on Thursday, killing three people and injuring 27, the rescue service said.",
        True,
        [("date", "--10-16", None, None), ("count", 3, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "The passenger train was carrying about 200 people and was going at 92 kph when the driver spotted the freight train, said Lucie Zbořilová, a spokeswoman for the rail infrastructure manager.",
        True,
        [("count", 200, None, "about"), ("count", 92, None, None)],
        "Lucie Zbořilová",
    ),
    (
        "en",
        "The dead were both train drivers, aged 44 and 57, and a 19-year-old passenger.",
        True,
        [("duration", 44, "year", None), ("duration", 57, "year", None), ("duration", 19, "year", None)],
        None,
    ),
    (
        "en",
        "The freight train had passed a red signal about 1.2 kilometres before the point of collision, the Czech rail safety inspectorate said in its initial findings.",
        True,
        [("count", 1.2, None, "about")],
        None,
    ),
    ("en", 'The transport minister said he was "shaken" and promised a thorough investigation.', False, [], None),
    (
        "en",
        "It was the country's deadliest rail accident since 2008, when eight people died.",
        True,
        [("year", 2008, None, None), ("count", 8, None, None)],
        None,
    ),
    ("en", "Railway unions accused the government of starving the network of investment for years.", False, [], None),
    # --- Tour helicopter crash on Kauai (AP), October 16 ---
    (
        "en",
        "HONOLULU (AP) — A tour helicopter crashed in a remote valley on Kauai on Friday, killing the pilot and two passengers and critically injuring a 13-year-old boy, fire officials said.",
        True,
        [("count", 2, None, None), ("duration", 13, "year", None)],
        None,
    ),
    (
        "en",
        "The Airbus AS350 had left Lihue Airport at 9:05 a.m. for a 50-minute tour.",
        True,
        [("duration", 50, "minute", None)],
        None,
    ),
    (
        "en",
        "The dead passengers were a couple from Oregon, aged 39 and 41.",
        True,
        [("duration", 39, "year", None), ("duration", 41, "year", None)],
        None,
    ),
    ("en", 'Friends described the pilot as "careful and calm" in any weather.', False, [], None),
    (
        "en",
        "The operator has had two previous crashes, in 2019 and 2023, according to NTSB records.",
        True,
        [("count", 2, None, None), ("year", 2019, None, None), ("year", 2023, None, None)],
        None,
    ),
]
