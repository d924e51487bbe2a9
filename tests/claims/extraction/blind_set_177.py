"""Hundred-and-seventy-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician is named: interior, migration, asylum and justice ministers and other
office-holders of real countries and states appear under made-up names that stand for no
real holder (Heiko Brandstätter, Gernot Haiderer, Anton Rehbichler, Jörg Pfefferkorn, Rachel
Conway, Tom Radley, Stavros Karellis, Femke de Wolde, Cian Tolland) or by their office only
("der italienische Innenminister", "the mayor of Lampedusa", "a DHS spokeswoman", "a
government spokesperson", "ein IOM-Sprecher", "eine Sprecherin von Sea-Watch", "an army
spokesman", "a department spokesman", "the charity's chief executive", "the group's
founder", "a coordinator for the group"); so are the officials, judges, lawyers and
campaigners (Martin Sallinger, Lena Mitterauer, Henrike Asmussen; Anna Zielinska, Marcia
Hallorann, Joost Hermsen, Ramon Villasenor, Aoife Brannigan, Mr Justice Harwood, Priya Anand,
Pablo Recuero). Real countries, cities, bodies, courts, groups, ships and places
("Bundesamt für Migration und Flüchtlinge", "Bamf", "Nürnberg", "Pro Asyl", "Innenministerium",
"Grundversorgung", "Asylkoordination Österreich", "Staatssekretariat für Migration", "SEM",
"Bundesasylzentren", "SVP", "Bundespolizei", "Bundesinnenministerium", "EU-Kommission",
"Gewerkschaft der Polizei", "Schengen", "Europäischer Gerichtshof", "EuGH", "Luxemburg",
"Bundesamt für Fremdenwesen und Asyl", "BFA", "Diakonie", "Flughafen München", "Kabul",
"Taliban", "Bayerisches Landesamt für Asyl und Rückführungen", "Ankerzentren", "Bayerischer
Flüchtlingsrat", "Internationale Organisation für Migration", "IOM", "Sabratha", "Sea-Watch",
"Sea-Watch 5", "Pozzallo", "Augsburger Allgemeine", "Bundesverwaltungsgericht", "St.
Gallen", "Kroatien", "Schweizerische Flüchtlingshilfe", "Verwaltungsgerichtshof", "VwGH",
"Volksanwaltschaft", "Frankfurt (Oder)", "Bundespolizeidirektion Berlin",
"Ministerpräsidentenkonferenz", "Deutscher Städtetag", "Bundesfinanzministerium",
"Bundesbetreuungsagentur", "BBU", "Solidaritätsmechanismus", "irische
Ratspräsidentschaft"; "Home Office", "Border Force", "Channel", "Strait of Dover", "Refugee
Council", "Lampedusa", "Sfax", "International Organization for Migration", "Canary Islands",
"Salvamento Maritimo", "Caminando Fronteras", "El Hierro", "La Restinga", "Border Guard",
"Belarus", "National Audit Office", "Hertfordshire", "Immigration and Customs Enforcement",
"ICE", "Witness at the Border", "Department of Homeland Security", "DHS", "Crete", "Gavdos",
"Benghazi", "Agia", "ERT", "Ter Apel", "Central Agency for the Reception of Asylum Seekers",
"COA", "Dutch Council for Refugees", "Frontex", "Western Balkans route", "Department of
Justice", "Athlone", "Irish Refugee Council", "Border Patrol", "Customs and Border
Protection", "San Diego", "Tijuana", "Boulogne-sur-Mer", "Utopia 56", "High Court", "Brook
House", "Gatwick", "Humans for Rights Network", "Missing Migrants Project", "UNHCR") stand
for the way wire copy names them; every application, arrival, death, return, place, cost,
penalty, ruling, count and quote here is invented, and where a real figure came to mind it
was changed.

Its weight: MIGRATION AND BORDERS IN ONE AUTUMN - asylum applications by month and
nationality, deportations, border controls, boat arrivals and deaths at sea, reception
centres' capacity, costs per person, court rulings on detention, and interior ministers'
and NGOs' competing figures - a fictional but wire-realistic series over about eleven weeks
of 2026 (mid-September to early December) in story order, 31 stories with the German and
the English ones alternating, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes). Half German (dpa with its slugs "dpa/lby" and
"dpa/bb", APA, Keystone-SDA, Reuters German, AFP German; Austrian "Jänner", "heuer",
"Asylwerber", "Schubhaft", "Außerlandesbringungen", "Erkenntnis", "Grundversorgung", Swiss
"Asylgesuche", "schliessen", "verliessen", "hängige", "liess", "Ende Jahr", "1'912",
"5'370 der 10'100", «» quotes, German „“ quotes): the Bamf's August, September and October
figures, Austria's statistics and its suspended family reunification, Swiss applications
and the federal centres, Germany's border controls extended, the Court of Justice on
detention reviews, Austrian removals and their cost, a deportation flight to Kabul from
Munich, a capsizing off Libya and a rescue ship held in port, a Dublin transfer stopped in
St. Gallen, an unlawful Schubhaft in Vienna, a van of migrants stopped at the Oder, the
Länder and the Bund over costs per head, Vienna's ministry and the Asylkoordination over who
must leave, and the EU's first relocation round. Half English (Reuters, AP, AFP, PA): a
record day in the Channel, a capsizing off Lampedusa, the Canary Islands and two death
counts, Poland's border zone, hotels and their nightly cost, ICE detention and a judge in
Chicago, arrivals on Crete, a Dutch court's daily penalty over Ter Apel, removals and asylum
claims in Britain, Frontex's ten months, Ireland's beds, the U.S. southern border, deaths off
Boulogne and the two counts of them, a teenager detained as an adult, and the IOM's year.
Figures as such copy has them: monthly and year-to-date counts with nationalities in
brackets, shares ("Knapp jeder fünfte", "rund ein Drittel", "etwas mehr als die Hälfte",
"fast halb so viele", "etwa ein Fünftel mehr", "roughly one in three", "nearly half", "about
a quarter", "almost two-thirds", "almost a third", "roughly two in three"), multiples
("roughly three times as many"), places and occupancy ("5'370 der 10'100 Plätze", "9.418
von 13.500 Plätzen", "built for 400 people", "a 2,000-bed ... centre"), costs per person,
per night and per day in euros, pounds and dollars, penalties per day, detention spans and
review intervals with their bounds ("länger als", "spätestens", "höchstens", "bis zu",
"less than", "up to"), ages in years and in months, ordinals ("den fünften Monat
hintereinander", "an zweiter Stelle", "der dritte Abschiebeflug", "die vierte Festsetzung",
"die erste Verteilung", "the first nine months"), compounds ("fünfköpfigen", "26-jährigen",
"96 Tage lange", "a 12-year-old girl", "a 180-km steel barrier"), hedges, years and dates.
Negatives as such copy has them: ministers' slogans and resolve, NGOs' and parties' labels,
accusations, a warning to would-be migrants, fears and hopes, open questions, a forecast
without a figure, scene colour at harbours, ports, gates and shelters, and grief in quotes.

241 rows (121 German, 120 English), 55 negatives (25 German, 30 English), 186 check-worthy
rows of which 26 carry no figure (13 German, 13 English), 286 expected quantities (153
counts, 36 durations - 14 in months, 11 in years, 6 in days, 3 in hours, 1 in weeks, 1 in
minutes -, 23 percentages - all in % -, 21 years, 18 amounts of money - 13 EUR, 4 GBP, 1 USD
-, 14 dates, 11 fractions, 10 ordinals; none of them in a negative), 42 checked speakers (19
German, 23 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, slogan, feeling or label is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, hundred-thirty-first, hundred-fifty-second,
  hundred-seventy-sixth): Brandstätter's „Die Entlastung der Kommunen kommt spürbar voran“,
  „Die Trendwende ist nachhaltig“ and „Wir sind auf dem richtigen Weg, ...“ beside his 90,000
  forecast ("Bundesinnenminister Brandstätter sagte der „Augsburger Allgemeinen“, bis
  Jahresende rechne er mit weniger als 90.000 Erstanträgen." -> "Brandstätter"); Haiderer's
  „Österreich ist kein Wartezimmer für ganz Europa“ and his "die Zahlen der NGO seien „frei
  erfunden“" (a label alone, hundred-seventy-sixth) beside his eight months (-> "Gernot
  Haiderer"); Conway's "failure of planning" beside her pledge and her 7,600; Zielinska's
  "tested every single night" beside her 4,218 and 2,960; Karellis's "not a hotel for
  smugglers' clients" beside his 1,200; Villasenor's "The border is closed, ..." beside his 37
  dead; Recuero's "These are not numbers, ..." beside his two in three; Tolland's "not willing
  to see tents ..." (resolve, hundred-fifty-second) beside his 2,000-bed centre. Konjunktiv I
  paraphrases of a fact or figure are check-worthy with the speaker their own attribution
  gives (thirty-ninth, hundred-fifty-second, hundred-seventy-sixth: "Die tatsächlichen Kosten
  lägen inzwischen bei rund 14.900 Euro pro Kopf, sagte ... Jörg Pfefferkorn (CDU)."; "Zudem
  seien 1.240 von ihnen ... gar nicht abschiebbar, sagte Asylkoordination-Sprecherin Lena
  Mitterauer."; "Unter den Männern ... seien 19 aus Bayern, teilte das Bayerische Landesamt
  für Asyl und Rückführungen mit."), and unchecked after a role ("so der Minister", "sagte ein
  Sprecher", "sagte ein IOM-Sprecher in Genf") or with no attribution of its own ("Das Boot
  sei mit etwa 48 Insassen ... gestartet ..."; ninety-third, hundred-seventy-sixth). A row
  that is nothing but the attribution of its neighbour is check-worthy without a figure ("Das
  teilte das Bundesamt für Fremdenwesen und Asyl (BFA) am Montag mit."; hundred-thirty-second,
  hundred-seventy-sixth).
- Competing figures: each side's count is check-worthy with its own figure (sixty-eighth,
  hundred-fifty-ninth, hundred-seventy-sixth) - the Spanish ministry's 412 bodies and
  Caminando Fronteras's 3,615 deaths ("put the number ... at", an estimating verb, unchecked;
  hundred-tenth), Utopia 56's "at least 71" and the French ministry's 54 ("puts the figure
  at", unchecked as "The foreign ministry puts ... at", hundred-seventy-sixth), Vienna's
  ministry's "rund 6.800" ("Laut Innenministerium" -> "Innenministerium") and the
  Asylkoordination's "höchstens 4.100", the Länder's 14,900 euros a head and the finance
  ministry's "fast 42 Prozent", the Bamf's fall and the refugee groups' "mehr als 117
  Millionen", Pro Asyl's "mindestens 340" ("verwies ... auf", unchecked; hundred-thirty-eighth:
  "verwies(en) auf"). New: "Die Asylkoordination kommt in einer eigenen Auswertung auf
  höchstens 4.100, ..." leaves the speaker unchecked - "kommt auf" reckons a figure as
  "beziffert" does (hundred-tenth), and a body's "eigene Auswertung" is a document
  (hundred-fifty-first). New: "Das Bundesfinanzministerium hält dagegen, der Bund trage ..."
  leaves the speaker unchecked - "hält dagegen" is a verb of reply no earlier batch settled,
  as "ergänzte" was left (hundred-seventy-sixth); the Konjunktiv figure is check-worthy.
  Methods and gaps stated by one side are check-worthy without a figure ("Caminando Fronteras
  said most of the dead were never found and that its count relied on calls ..." ->
  "Caminando Fronteras", as written as "Merseyside Police said", eighty-first; "Britain's
  Home Office does not publish its own count of deaths in the Channel."; "The agency noted
  that its figures count detections rather than individuals."; "He said the real toll was
  probably higher because ..." - an undercount with its reason; hundred-thirty-seventh: a
  survey's undercount). The lead naming a dispute is check-worthy without a figure ("Um die Zahl
  der abgelehnten Asylwerber, ... ist ein Streit ... entbrannt."), the mutual accusation after
  it a negative ("Beide Seiten warfen einander vor, mit den Zahlen Politik zu machen.";
  eighty-fourth).
- Courts and detention (hundred-second, hundred-fifty-second): a
  ruling's lead and finding are check-worthy ("Der Europäische Gerichtshof (EuGH) hat die
  Rechte ... gestärkt.", "Das SEM habe nicht ausreichend abgeklärt, ..., hielten die Richter
  ... fest.", "heißt es in dem am Mittwoch veröffentlichten Erkenntnis" a document,
  unchecked), as are "Das Urteil in der Rechtssache C-412/25 ist nicht anfechtbar." and "das
  Urteil ist endgültig" (hundred-nineteenth: "Das Urteil ist nicht rechtskräftig, ..."),
  damages to be assessed ("..., the court said." -> "the court", hundred-fifty-second), an
  appeal announced ("Asylum Minister Femke de Wolde said the government would appeal the
  ruling." -> "Femke de Wolde"; "The Department of Homeland Security said it would appeal
  ..." -> "the Department of Homeland Security"; "The Home Office said it was considering
  whether to appeal." -> "the Home Office"), an authorities' charge against a crew ("Die
  italienischen Behörden werfen der Crew vor, ..."; hundred-fifty-second: a grand jury's
  charge) and an injunction overturned on appeal. Spans held and spans allowed are durations
  as written: "die 96 Tage lange Schubhaft" 96 days, "14 Monate lang" 14 months, "for 23
  days", "durchschnittliche Dauer ... 37 Tagen", "höchstens sechs Monate" "at_most" (first
  batch: "auf höchstens sechs Monate"), "auf bis zu 18 Monate" "up_to", "for up to five days"
  "up_to", "within 72 hours" (hundred-fifty-second: "within 48 hours"), "für 20 Tage
  festgesetzt". New: "Dauert die Haft länger als drei Monate" is 3 months "over" - "länger
  als" bounds a span as "mehr als" bounds a count and "älter als" an age (tenth,
  hundred-fifty-second). New: "spätestens alle vier Wochen" is 4 weeks "at_most" - a review
  interval bounded from above reads as a deadline does (hundred-fifty-sixth,
  hundred-seventy-sixth: "spätestens 30 Tage nach Beginn einer Waffenruhe"); "alle" is no
  hedge. New: "C-412/25" carries no figure - a case number is an identifier, as "A 10" and
  "0800 555 111" are (eighty-first, hundred-fifty-second). New: "U.S. District Judge Marcia
  Hallorann wrote that ..." is check-worthy with the speaker unchecked ("X wrote that",
  hundred-thirty-eighth), the held-for span "up to five days" its figure and "likely
  unconstitutional" the judge's finding, not a label of her own.
- Ages are durations in years (every batch): "eines 26-jährigen Algeriers", "eines
  31-jährigen Marokkaners", "Der 29 Jahre alte Fahrer", "im Alter von 21 bis 58 Jahren" both
  (the unit written once, forty-sixth), "a 12-year-old girl", "a 17-year-old Sudanese asylum
  seeker", "Die jüngste Tochter ist drei Jahre alt" 3 ("jüngste" ranks nothing,
  hundred-fifty-second). New: "das jüngste erst elf Monate alt" is 11 months - an age written
  in months is a duration in months, not converted to years ("erst" no hedge, eighty-first).
- Other durations: "um weitere acht Monate", "um weitere sechs Monate", "by another 90
  days", "in the first nine months of 2026" ordinal 1, 9 months and the year, "in den ersten
  drei Quartalen" ordinal 1 and count 3 (a quarter counted, hundred-fiftieth), "for the
  first eight months", "in the first ten months of the year", "in the first 10 months of
  2026" (eightieth), "in the 12 months to September" (hundred-fifty-second), "roughly 20 hours
  earlier" "about" (hundred-sixty-eighth: "about 30 hours earlier"), "nach rund sechs
  Stunden" "about", "over the 10 years of the current contracts" 10 years with no hedge
  ("over" a preposition, forty-fifth), "within three years", "for two months in the summer",
  "two years ago" 2 years (thirtieth: "five years ago"), "Die durchschnittliche
  Verfahrensdauer lag bei 8,6 Monaten." 8.6 months, "less than 15 minutes" "under"
  (hundred-sixty-eighth: "fewer than 2,500" "under"). None: "binnen eines Jahres" (an article,
  hundred-fifty-second), "seit Jahresbeginn", "since January", "seit Jänner", "seit Jahren",
  "im Vorjahresmonat", "im Vorjahreszeitraum", "im Vorjahr", "in the same period last year",
  "a year earlier", "in the year to September", "this year", "so far this year", "in all of
  last year", "last fiscal year", "Im kommenden Jahr", "Im laufenden Jahr", "bis Jahresende",
  "by the end of the year", "Ende August", "Anfang September", "Mitte Oktober", "Ende Monat",
  "since the spring", "over the coming days", "before winter", "this winter", "next season",
  "overnight", "daily", "a day", "pro Tag", "per night", "und Jahr", months alone ("im August",
  "in June", "between January and June", "Von Jänner bis August", "Von Juli") and weekdays and
  their compounds ("am Donnerstagmorgen", "on Tuesday night", "early Wednesday").
- Counts (every batch): monthly and year-to-date tallies ("7.482 Menschen", "68.315
  Erstanträge und gut 11.900 Folgeanträge" - "gut" "over" -, "Über 48.600" "over" - the
  issue's "über" -, "11.284 Asylanträge", "1'912 Asylgesuche, 143 weniger" - Swiss apostrophe
  (tenth, hundred-forty-eighth) and the "weniger" after the figure comparing (hundred-first) -,
  "29.870 unerlaubte Einreisen ... 17.412 Menschen", "Darunter waren 1.036 Menschen"
  ("Darunter" no hedge, hundred-fifty-first), "6.950", "6.404", "81.669", "5.312 ...,
  3.980", "1.067", "More than 1,100" "over", "31,846", "48,912 ... 51,230", "9,870", "A
  further 27,340" ("A further" no hedge), "104,220", "61,450 ... more than 175,000", "about
  152,000" "about", "53,600", "9,120", "14,290", "Some 33,400 ... about 8,100" "about", "8,412",
  "1,904 of the arrests"), nationalities in brackets ("Afghanistan (1.903), ... Syrien (1.266)
  und der Türkei (874)", "Eritrea (231) und Algerien (176)" each a count), "Mit 4.126
  Anträgen ..., an zweiter Stelle ... mit 2.017" ordinal 2 between two counts, deaths and
  rescues ("At least 27" and "mindestens 41", "mindestens 1.390", "at least 71", "At least
  2,860" "at_least" - hundred-sixty-eighth: "at least six people" -, "61 survivors ..., nine
  children, ... 14 bodies, ... 13 people", "Nur sieben Menschen" - "Nur" no hedge -, "etwa 48
  Insassen" "about", "about 90 people" "about", "Four people", "68 others ... two", "37
  people", "538 migrants in seven separate operations" - hundred-sixty-eighth: "214 migrants
  from three overcrowded boats" -, "More than 14,700" "over", "3,615", "412 bodies", "54",
  "7,420 deaths", "the 3,150"), places and occupancy ("5'370 der 10'100 Plätze", "9.418 von
  13.500 Plätzen", "2.190 Menschen ..., ... 6.500 Plätzen", "designed for 250 people, housed
  about 870", "built for 400 people, was holding more than 1,200", "1,850 places short ... 31
  municipalities", "more than 2,000 people" "over", "2,340" "about"), removals ("10.814
  Menschen", "4.902 Straffällige", "zwölf Männer ..., nach Syrien drei", "47 afghanischen
  Straftätern", "knapp 2.300" "nearly", "512 Personen ..., 87 davon" - "davon" no hedge -,
  "1'064 Personen ..., 281 davon", "2,310 people", "1,200 people", "24.000 Schutzsuchende",
  "rund 3.100 Plätze" "about", "bis Jahresende auf 14.000", "400 more minors" - the "more"
  after the figure compares, hundred-first), border figures ("4,218 ... 2,960", "more than
  27,000" "over", "1.480 mutmaßliche Schleuser", "23 Migranten", "sieben Kinder", "3.186",
  "64,310 people", "1,417 deportation flights ..., up from 1,058", "about 271" "about" and
  "more than 6,000" "over" - "an average of" no hedge, hundred-thirty-second -, "742
  Menschen", "214 Personen", "2,870 officers ... to 8,500", the forecast "mit weniger als
  90.000 Erstanträgen" 90,000 "under" - "weniger als" read as "fewer than", hundred-sixty-eighth:
  "fewer than 2,500" "under"), "an allen neun deutschen Landgrenzen" 9, "zwei Zentren" 2, "has renewed
  the measure three times" 3 (the issue's "viermal"), "from five countries" 5, "1,140
  children" "at_least", "1,127 people on 19 boats, an average of 59 per boat" (59 with no
  hedge; "per boat" the base of a rate, hundred-sixty-eighth: "for every"), "The previous
  single-day record, 1,305" ("previous" ranks nothing), "7,600 fewer people" (the "fewer"
  after the figure compares), "einer fünfköpfigen Familie" 5 (hundred-fifty-ninth: "eine
  zwölfköpfige Delegation"), "a new 2,000-bed ... centre" 2000 (hundred-seventy-sixth: "a
  12-member delegation"), "the three largest groups" 3 (hundred-fifty-second: "Each of the two
  most serious counts" 2), "roughly three times as many" 3 "about" (a multiple,
  hundred-twenty-second and hundred-forty-seventh: "more than three times as many" 3 "over"),
  "mehr als 117 Millionen Menschen" 117,000,000 "over" (the issue's "2,4 Millionen"). Physical
  measures are counts (fourth, eighty-first): "up to 200 metres deep" "up_to", "about 60 km"
  "about", "a 180-km steel barrier" 180 (hundred-forty-ninth: "A 132-mile stretch"), "about 5
  metres high" "about". New: "Sea-Watch 5" and "Utopia 56" carry no figure - the number in a
  ship's or a group's name is part of the name, as "Ariane 6" is (hundred-sixty-eighth).
  New: "Das Bundesamt entschied im September über 21.470 Asylanträge" is 21,470 with no hedge
  - "über" is the preposition "entscheiden" takes, as "over" in "over roughly four years" is a
  preposition (forty-fifth); "über 48.600" at the head of a noun phrase stays "over". None:
  "Erstmals" (forty-first, ninety-third), "the highest daily figure", "the lowest level", "the
  busiest route", "the only route", "der niedrigste Monatswert", "den niedrigsten Stand", "die
  größte Gruppe", "a single wooden canoe", "Beide Seiten", "mehrfach", "Dublin-Verfahrens",
  "dpa/lby", "dpa/bb", "Frankfurt (Oder)", "(BBU)", "(COA)".
- Ordinals and fractions: "den fünften Monat hintereinander" 5 (hundred-fiftieth: "zum
  achten Monat in Folge"), "an zweiter Stelle" 2, "der dritte Abschiebeflug" 3, "die vierte
  Festsetzung des Schiffs binnen eines Jahres" 4 ("bereits" no hedge), "die erste Verteilung"
  1, "the first nine months", "the first eight months", "the first ten months", "the first 10
  months" 1 (eightieth). Shares are fractions (the issue: "jeder vierte"): "Knapp jeder
  fünfte Erstantrag" 0.2 "nearly", "rund ein Drittel" 0.3333 "about", "etwa ein Fünftel mehr
  als im Vorjahreszeitraum" 0.2 "about" (a share written as a rise, hundred-fifty-second),
  "etwas mehr als die Hälfte davon" 0.5 "over" (first batch: "Mehr als die Hälfte"), "roughly
  one in three" 0.3333 "about", "nearly half" 0.5 "nearly", "about a quarter" 0.25 "about",
  "by almost two-thirds" 0.6667 "nearly" ("by" no hedge), "almost a third" 0.3333 "nearly",
  "roughly two in three" 0.6667 "about" (eighty-first: "Almost one in five"). New: "fast halb
  so viele wie im Vorjahreszeitraum" is fraction 0.5 "nearly" - a multiple below one is the
  share it names, while multiples above one stay counts (hundred-sixteenth: "fast doppelt so
  viel" 2 "nearly").
- Percentages: "29 Prozent weniger", "um 37 Prozent weniger", "Rückgang um 17,4 Prozent",
  "um 34,2 Prozent", "in 28,9 Prozent der Fälle", "rund 38 Prozent", "Rund 44 Prozent", "rund
  70 Prozent", "rund sieben Prozent" (a number word as the figure, seventeenth), "Rund 62
  Prozent" "about", "knapp 40 Prozent" and "fast 42 Prozent" "nearly", "ein Plus von 14
  Prozent", "18 Prozent", "about 6%" "about", "61%", "down 42 percent", "Nearly 72%"
  "nearly", "fell 11%", "by 24 percent" ("by" no hedge), "of 41 percent", "19% fewer", "41
  percent" - all in %, no percentage points.
- Money in the currency written (every batch): EUR ("knapp 1,1 Milliarden Euro" "nearly",
  "rund 82.000 Euro" and "etwa 3.400 Euro pro Person" "about" - "im Schnitt" no hedge,
  hundred-thirty-third -, "ein Handgeld von 750 Euro", "a penalty of 15,000 euros for every day",
  "more than 1.1 million euros" "over", "100 Euro pro Tag in Haft", "an average of 87 euros
  per person per night" with no hedge, "400 Euro pro Person", "7.800 Euro pro
  Erstantragsteller und Jahr", "rund 14.900 Euro pro Kopf" "about", "3,4 Milliarden Euro",
  "21.500 Euro pro nicht aufgenommener Person"), GBP ("averaged £138 per person per night,
  ... £24" - "averaged" a verb, eighty-eighth -, "about 14.6 billion pounds" "about", "up to
  £3,000" "up_to"), USD ("averaged $165"). The base of a rate ("pro Person", "pro Kopf",
  "per person per night", "for every day") carries none (hundred-sixty-eighth).
- Years and dates: "im August 2021", "im September 2025", "seit Jänner 2020", "seit Dezember
  2013", "seit 2023", "für 2025", "since early 2023", "in mid-2023" (hundred-fifty-fifth),
  "since 2019", "since 1970", "in September 2022", "in December 2023", "between January 2024
  and June 2026" both, "of 2025", "of 2026", "in all of 2025", "in 2026" the year; "bis zum
  15. März 2027" 2027-03-15 and "since Oct. 1, 2025" 2025-10-01 (a full date its ISO value,
  hundred-forty-eighth), "by Sept. 23" --09-23, "as of Oct. 4" --10-04 (hundred-fourth: "as
  of Sept. 21"); Reuters and AFP English datelines with a day ("LONDON, Sept 17", "MADRID, Oct
  1 (AFP)", "WARSAW, Oct 6", "ATHENS, Oct 19", "AMSTERDAM, Oct 22", "LONDON, Oct 28", "WARSAW,
  Nov 3 (AFP)", "DUBLIN, Nov 9", "PARIS, Nov 18", "GENEVA, Dec 2") dates without a year
  (hundredth: "SEATTLE, Sept 13"; hundred-fifty-second); dpa, APA, Keystone-SDA, Reuters
  German, AFP German, AP ("ROME (AP) —", "WASHINGTON (AP) —", "SAN DIEGO (AP) —") and PA
  ("LONDON (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "Some",
  "roughly" "about"; "knapp", "Knapp", "fast", "Nearly", "nearly", "almost" "nearly"; "gut",
  "Über", "etwas mehr als", "mehr als", "länger als", "more than", "More than" "over";
  "weniger als", "less than" "under"; "mindestens", "at least", "At least" "at_least"; "bis
  zu", "up to" "up_to"; "höchstens", "spätestens" "at_most". No hedge: "nur", "Nur", "nur
  noch", "erst", "bereits", "davon", "Darunter", "including", "among them", "A further",
  "im Schnitt", "an average of", "averaged", "by", "seit", "since", "über" after "entscheiden",
  "over" before "the 10 years".
- Check-worthy without a figure (fifty-eighth, hundred-second, hundred-seventy-sixth): the
  Austrian statistics as a document ("Das geht aus der monatlichen Asylstatistik hervor,
  ..."), Polish and Austrian criticism of record ("hatten ... mehrfach kritisiert";
  hundred-forty-second: a refusal of record), a soldier injured ("an army spokesman said",
  unchecked), the EuGH lead, the Home Secretary's pledge ("Home Secretary Rachel Conway said
  all asylum hotels would be closed ..." -> "Rachel Conway"; hundred-first: a pledge), the
  injunction overturned, the DHS's appeal, the crew charged, the Swiss court's finding and
  reassessment, the VwGH's finding, the Frontex note, the Bundespolizei's account of the van
  ("teilte die Bundespolizei mit" -> "die Bundespolizei"), suspended asylum requests at U.S.
  ports, the Länder's demand (a demand naming its measure, unlike an appeal naming none;
  hundred-thirty-eighth), the French gap in counting, the Vienna dispute, the teenager's
  detention at Brook House, damages and an appeal under consideration, the member states
  counted as burdened ("wie die irische Ratspräsidentschaft mitteilte", an adjective heading
  the source, unchecked; hundred-seventy-sixth: "the Swiss government said"), the IOM's
  undercount.
- Speakers, checked only in forms the earlier batches settled (and the New forms above):
  German "teilte das Bundesamt für Migration und Flüchtlinge (Bamf) in Nürnberg mit" and
  "teilte das Staatssekretariat für Migration (SEM) in Bern mit" the body with the
  abbreviation in brackets and the place dropped (hundred-fifty-first,
  hundred-seventy-sixth), "teilte das Bamf am Montag mit" -> "das Bamf", "Das teilte das
  Bundesamt für Fremdenwesen und Asyl (BFA) am Montag mit.", "teilte das Bayerische Landesamt
  für Asyl und Rückführungen mit" (the adjective part of the name, as "das Eidgenössische
  Departement", hundred-seventy-sixth), "teilte die Bundespolizei mit"; "wie die
  Internationale Organisation für Migration (IOM) mitteilte" and "wie Sea-Watch mitteilte"
  the source in the nominative (eighty-first, hundred-fifty-second); "Nach Angaben der
  Bundespolizei" -> "die Bundespolizei", "nach Angaben des Bundesinnenministeriums" -> "das
  Bundesinnenministerium", "Nach Angaben des Innenministeriums" -> "das Innenministerium"
  (seventieth, hundred-second); "laut BFA" -> "BFA", "laut SEM" -> "SEM", "Laut
  Volksanwaltschaft" -> "Volksanwaltschaft", "Laut Innenministerium" -> "Innenministerium"
  (thirtieth: "laut Polizei" -> "Polizei"); "sagte Innenminister Gernot Haiderer (ÖVP)" and
  "sagte Asylkoordination-Sprecherin Lena Mitterauer" the name with the title and the party
  dropped (eighty-fourth, hundred-sixty-third), "Bundesinnenminister Brandstätter sagte der „Augsburger
  Allgemeinen“," the surname as written, the title and the paper dropped
  (hundred-twenty-second, hundred-fortieth). New: "sagte Sachsens Innenminister Jörg
  Pfefferkorn (CDU)" -> "Jörg Pfefferkorn" - a possessive place before a person's title goes
  with the title; the rule that leaves a possessive source unchecked ("Britain's Foreign
  Office said", eighty-third, hundred-seventy-sixth) is about a body named by its owner, not a
  named person. English: "The Refugee Council said" (twice), "The Department of Homeland
  Security said", "the Department of Justice said", "the International Organization for
  Migration said on Wednesday" -> the body with the article in lower case and the weekday
  dropped (fortieth, hundred-fifty-second), "the coast guard said" -> "the coast guard", "the
  interior ministry said Thursday" and "the interior ministry said on Tuesday" -> "the interior
  ministry" (the issue: "according to the ministry"), "the Central Agency for the Reception of
  Asylum Seekers (COA) said" the abbreviation dropped, "Frontex said" and "Caminando Fronteras
  said" as written (eighty-first), "the court said" -> "the court", "The Home Office said" ->
  "the Home Office" (hundred-fifty-second); "Border Guard spokeswoman Anna Zielinska said",
  "Home Secretary Rachel Conway said", "Migration Minister Stavros Karellis said", "Asylum
  Minister Femke de Wolde said", "Justice Minister Cian Tolland said", "Border Patrol Chief
  Ramon Villasenor said", "IOM spokesman Pablo Recuero said" the name with the title dropped
  (hundred-fortieth, hundred-seventy-sixth), "Mr Justice Harwood said" -> "Harwood" (the
  judicial title dropped as "Detective Inspector" and "Sheriff" are, hundred-fifty-second),
  "Conway told MPs that" -> "Conway" (the audience dropped, hundred-fortieth). New: "The
  prefecture said" -> "the prefecture" - a body named in the lead by its office reads as "the
  court said" (hundred-fifty-second). Left unchecked (None): roles and pronouns ("so der
  Minister", "sagte ein Sprecher", "sagte ein IOM-Sprecher in Genf", "she said", "He said",
  "the mayor said", "The mayor of Lampedusa said", "an army spokesman said", "A spokeswoman
  for the agency said", "a department spokesman said"; thirty-seventh, hundred-seventy-sixth);
  plural, anonymous and collective sources ("officials said", "local authorities said",
  "French maritime authorities said", "according to regional officials", "Survivors told aid
  workers", "nach Angaben aus Diplomatenkreisen", "Nach Behördenangaben", "nach IOM-Zählung";
  forty-first, hundred-forty-eighth, hundred-seventy-sixth); documents and data ("according to
  Home Office data", "Home Office figures show", "Separate Home Office figures showed", "Home
  Office statistics published on Wednesday showed", "the data shows", "according to agency
  data analyzed by ...", "according to budget documents", "according to figures released to
  parliament", "according to Customs and Border Protection data", "According to figures from
  the International Organization for Migration", "heißt es in dem ... Erkenntnis";
  hundred-fifty-first, hundred-fifty-second); descriptive nouns before a name ("The Spanish
  rescue service Salvamento Maritimo said", "the EU border agency Frontex said", "The U.N.
  refugee agency UNHCR said", "according to the advocacy group Witness at the Border",
  "according to a count by the charity Utopia 56", "According to the charity Humans for Rights
  Network"; hundred-fifty-ninth, hundred-seventy-sixth); possessives and adjectives heading the
  source ("Italy's interior ministry recorded", "The French interior ministry puts",
  "Britain's Home Office does not publish", "wie die irische Ratspräsidentschaft mitteilte");
  estimating and recording verbs ("beziffert das Ministerium", "bezifferte", "has estimated",
  "put ... at", "puts ... at", "registrierte", "zählte", "recorded", "counted"; hundred-tenth);
  verbs that are not of saying ("entschieden die Luxemburger Richter", "hielten die Richter
  ... fest", "has ruled", "fordert", "verwies ... auf", "kommt ... auf", "hält dagegen",
  "wrote that"; hundred-thirty-eighth, hundred-sixty-second). All negatives have speaker None,
  also those with a named speaker.
- Negatives (hundred-fifty-second, hundred-seventy-sixth): ministers' slogans and resolve
  (above, and „Wer bei uns schwere Verbrechen verübt, ...“ by a Land minister, ""Hotels were
  always a failure of planning, ..."", "A government spokesperson said the number of
  crossings was "unacceptable" and ...", "Immigration minister Tom Radley said the figures
  showed "the system is finally working again."" - a verdict on figures in quotes, no figure
  of its own -, ""This ruling puts dangerous criminals back on our streets,"", „Solidarität
  darf kein Ablasshandel werden“); labels of NGOs, parties and unions ("Pro Asyl sprach von
  ...", "Die Asylkoordination Österreich sprach von „Symbolpolitik“ ...", "Die SVP bezeichnete
  den Rückgang als «...»", "Opposition politicians called the figures "..."", "Die Gewerkschaft
  der Polizei klagte über „Dauerbelastung“ ...", "Flüchtlingsorganisationen begrüßten das
  Urteil als „...“" - a welcome, hundred-seventy-sixth -, "Die Beamten sprachen von einem
  „lebensgefährlichen Transport“.", "Der Bayerische Flüchtlingsrat kritisierte, ... „keine
  schmutzigen Deals“ ..."; hundred-thirty-eighth, hundred-seventy-fifth); accusations and
  quotes of campaigners and lawyers („Das Sterben im Mittelmeer wird politisch in Kauf
  genommen“, ""This border kills, ..."", ""Behind every refusal statistic ..."", ""It is a
  shameful situation ..."", ""People sleeping on the grass ..."", ""He was a frightened
  child, ..."", „Freiheitsentzug darf nie ...“, "Rights groups say the pushbacks break
  international law ...", "Human rights groups warned that ..."; eighty-fourth); warnings
  ("Die Diakonie warnte, ...", "Die Bundespolizei warnt davor, sich Schleusern anzuvertrauen,
  ..."; hundred-fifty-second: "Die Zollfahndung warnt davor, ..."); fears and hopes ("Local
  hoteliers fear ...", "Menschenrechtsgruppen befürchten, ...", "Campaigners hope ...");
  appeals naming no measure ("Regional leaders again urged Madrid to share out unaccompanied
  minors more fairly ..."; hundred-thirty-eighth); open questions ("Wie lange die Kontrollen
  ... vereinbar sind, ist ... umstritten.", "Ob die Entscheidung ...", "Ob das Urteil
  Signalwirkung ..., liess das Gericht offen.", "Ob es beim Treffen am Donnerstag eine Einigung
  gibt, ...", "It was not clear where ...", "How many of the missing will ever be identified
  is unknown."; hundred-twenty-fourth); a forecast without a figure ("Forecasters expect
  calmer seas ..."; hundred-seventy-sixth); feelings ("Residents ... said they felt
  "ignored""); scene colour and grief (flowers at a harbour memorial, relatives at a
  detention centre's gates, cots stacked in Tijuana, blankets at Boulogne, "We are counting
  coffins again, ...", "Every number in that report is a family ...", "These are not numbers,
  ..."; hundred-fifty-second).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_177 = [
    # --- Asylerstanträge im August (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Deutschland verzeichnet im August den fünften Monat hintereinander einen Rückgang bei den Asylerstanträgen.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Im August stellten 7.482 Menschen erstmals einen Asylantrag, 29 Prozent weniger als im Vorjahresmonat, teilte das Bundesamt für Migration und Flüchtlinge (Bamf) in Nürnberg mit.",
        True,
        [("count", 7482, None, None), ("percent", 29, "%", None)],
        "das Bundesamt für Migration und Flüchtlinge",
    ),
    (
        "de",
        "Die meisten Erstanträge stellten Menschen aus Afghanistan (1.903), gefolgt von Syrien (1.266) und der Türkei (874).",
        True,
        [("count", 1903, None, None), ("count", 1266, None, None), ("count", 874, None, None)],
        None,
    ),
    (
        "de",
        "Knapp jeder fünfte Erstantrag betraf ein in Deutschland geborenes Kind.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Von Januar bis August registrierte das Bundesamt damit 68.315 Erstanträge und gut 11.900 Folgeanträge.",
        True,
        [("count", 68315, None, None), ("count", 11900, None, "over")],
        None,
    ),
    (
        "de",
        "Über 48.600 Asylverfahren waren Ende August noch offen, ein Rückgang um rund ein Drittel binnen eines Jahres.",
        True,
        [("count", 48600, None, "over"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Entlastung der Kommunen kommt spürbar voran“, sagte Bundesinnenminister Heiko Brandstätter (CSU).",
        False,
        [],
        None,
    ),
    ("de", "Pro Asyl sprach von einer „Scheindebatte auf dem Rücken der Schutzsuchenden“.", False, [], None),
    # --- Channel crossings hit 2026 daily high (Reuters) ---
    (
        "en",
        "LONDON, Sept 17 (Reuters) - More than 1,100 people crossed the Channel to Britain in small boats on Wednesday, the highest daily figure this year, according to Home Office data.",
        True,
        [("date", "--09-17", None, None), ("count", 1100, None, "over")],
        None,
    ),
    (
        "en",
        "Border Force officials counted 1,127 people on 19 boats, an average of 59 per boat.",
        True,
        [("count", 1127, None, None), ("count", 19, None, None), ("count", 59, None, None)],
        None,
    ),
    (
        "en",
        "The previous single-day record, 1,305, was set in September 2022.",
        True,
        [("count", 1305, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "The year's running total now stands at 31,846, about 6% more than at the same point in 2025.",
        True,
        [("count", 31846, None, None), ("percent", 6, "%", "about"), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Separate Home Office figures showed 2,310 people who arrived by small boat had been returned to France under a pilot returns scheme since it began in August.",
        True,
        [("count", 2310, None, None)],
        None,
    ),
    (
        "en",
        'A government spokesperson said the number of crossings was "unacceptable" and that ministers would "not rest" until the gangs were smashed.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Refugee Council said 61% of those who crossed between January and June came from five countries: Eritrea, Afghanistan, Iran, Sudan and Syria.",
        True,
        [("percent", 61, "%", None), ("count", 5, None, None)],
        "the Refugee Council",
    ),
    (
        "en",
        "Forecasters expect calmer seas in the Strait of Dover over the coming days, which usually means more launches from French beaches.",
        False,
        [],
        None,
    ),
    ("en", 'Opposition politicians called the figures "a humiliation for the government."', False, [], None),
    # --- Asylanträge in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich sind von Jänner bis August 11.284 Asylanträge gestellt worden, um 37 Prozent weniger als im Vergleichszeitraum des Vorjahres.",
        True,
        [("count", 11284, None, None), ("percent", 37, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus der monatlichen Asylstatistik hervor, die das Innenministerium am Montag veröffentlichte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mit 4.126 Anträgen stammten die meisten Antragsteller aus Syrien, an zweiter Stelle folgte Afghanistan mit 2.017.",
        True,
        [("count", 4126, None, None), ("ordinal", 2, None, None), ("count", 2017, None, None)],
        None,
    ),
    (
        "de",
        "Die Aussetzung des Familiennachzugs wurde im Juli um weitere acht Monate verlängert, sagte Innenminister Gernot Haiderer (ÖVP).",
        True,
        [("duration", 8, "month", None)],
        "Gernot Haiderer",
    ),
    (
        "de",
        "Im August seien nur noch 41 Personen über den Familiennachzug eingereist, im Vorjahresmonat seien es 912 gewesen, so der Minister.",
        True,
        [("count", 41, None, None), ("count", 912, None, None)],
        None,
    ),
    (
        "de",
        "In der Grundversorgung von Bund und Ländern befanden sich Anfang September 61.930 Menschen, davon rund 38 Prozent Vertriebene aus der Ukraine.",
        True,
        [("count", 61930, None, None), ("percent", 38, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Kosten dafür beziffert das Ministerium für heuer auf knapp 1,1 Milliarden Euro.",
        True,
        [("money", 1100000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Asylkoordination Österreich sprach von „Symbolpolitik“, die Familien auf Jahre auseinanderreiße.",
        False,
        [],
        None,
    ),
    ("de", "„Österreich ist kein Wartezimmer für ganz Europa“, sagte Haiderer.", False, [], None),
    # --- Deadly capsizing off Lampedusa (AP) ---
    (
        "en",
        "ROME (AP) — At least 27 people are feared dead after an overloaded fishing boat capsized off the Italian island of Lampedusa early Wednesday, the coast guard said.",
        True,
        [("count", 27, None, "at_least")],
        "the coast guard",
    ),
    (
        "en",
        "Rescuers pulled 61 survivors from the water, among them nine children, and recovered 14 bodies, while 13 people remained missing.",
        True,
        [("count", 61, None, None), ("count", 9, None, None), ("count", 14, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Survivors told aid workers that about 90 people had crowded onto the vessel when it set out from Sfax, Tunisia, roughly 20 hours earlier.",
        True,
        [("count", 90, None, "about"), ("duration", 20, "hour", "about")],
        None,
    ),
    (
        "en",
        "According to figures from the International Organization for Migration, more than 1,340 people have been recorded dead or missing on the crossing from North Africa to Italy since January.",
        True,
        [("count", 1340, None, "over")],
        None,
    ),
    (
        "en",
        "Italy's interior ministry recorded 48,912 sea arrivals by Sept. 23, compared with 51,230 in the same period last year.",
        True,
        [("count", 48912, None, None), ("date", "--09-23", None, None), ("count", 51230, None, None)],
        None,
    ),
    (
        "en",
        "The mayor of Lampedusa said the island's reception center, built for 400 people, was holding more than 1,200.",
        True,
        [("count", 400, None, None), ("count", 1200, None, "over")],
        None,
    ),
    ("en", '"We are counting coffins again, and Europe is looking away," the mayor said.', False, [], None),
    ("en", "Fishermen left flowers and a handwritten sign at the small memorial by the harbor.", False, [], None),
    # --- Weniger Asylgesuche im August (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Im August sind in der Schweiz 1'912 Asylgesuche eingereicht worden, 143 weniger als im Juli.",
        True,
        [("count", 1912, None, None), ("count", 143, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber dem August des Vorjahres entspricht dies einem Rückgang um 17,4 Prozent, teilte das Staatssekretariat für Migration (SEM) in Bern mit.",
        True,
        [("percent", 17.4, "%", None)],
        "das Staatssekretariat für Migration",
    ),
    (
        "de",
        "Wichtigstes Herkunftsland war Afghanistan mit 418 Gesuchen, vor Eritrea (231) und Algerien (176).",
        True,
        [("count", 418, None, None), ("count", 231, None, None), ("count", 176, None, None)],
        None,
    ),
    (
        "de",
        "In den Bundesasylzentren waren Ende Monat 5'370 der 10'100 Plätze belegt.",
        True,
        [("count", 5370, None, None), ("count", 10100, None, None)],
        None,
    ),
    (
        "de",
        "Das SEM will deshalb bis Ende Jahr zwei Zentren vorübergehend schliessen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Im gleichen Monat verliessen 512 Personen die Schweiz kontrolliert, 87 davon im Rahmen eines Dublin-Verfahrens.",
        True,
        [("count", 512, None, None), ("count", 87, None, None)],
        None,
    ),
    ("de", "Die SVP bezeichnete den Rückgang als «Tropfen auf den heissen Stein».", False, [], None),
    # --- Canary Islands arrivals and the death toll dispute (AFP) ---
    (
        "en",
        "MADRID, Oct 1 (AFP) - Nearly 31,000 migrants reached Spain's Canary Islands by boat in the first nine months of 2026, down 42 percent on the same period of 2025, the interior ministry said Thursday.",
        True,
        [
            ("date", "--10-01", None, None),
            ("count", 31000, None, "nearly"),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("year", 2026, None, None),
            ("percent", 42, "%", None),
            ("year", 2025, None, None),
        ],
        "the interior ministry",
    ),
    (
        "en",
        "The Spanish rescue service Salvamento Maritimo said its crews had assisted 311 boats since January.",
        True,
        [("count", 311, None, None)],
        None,
    ),
    (
        "en",
        "The migrant rights group Caminando Fronteras put the number of deaths on the Atlantic route at 3,615 for the first eight months, a figure Madrid disputes.",
        True,
        [("count", 3615, None, None), ("ordinal", 1, None, None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "The ministry's own tally lists 412 bodies recovered at sea or on the islands' beaches over the same period.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "Caminando Fronteras said most of the dead were never found and that its count relied on calls from relatives and survivors.",
        True,
        [],
        "Caminando Fronteras",
    ),
    (
        "en",
        "On El Hierro, local authorities said a single wooden canoe had brought 227 people to the port of La Restinga on Sunday, among them 41 minors.",
        True,
        [("count", 227, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Spain's central government has promised to move 400 more minors from the islands to the mainland by the end of the year.",
        True,
        [("count", 400, None, None)],
        None,
    ),
    (
        "en",
        '"Every number in that report is a family that will never know what happened," the group\'s founder said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Regional leaders again urged Madrid to share out unaccompanied minors more fairly among the mainland regions.",
        False,
        [],
        None,
    ),
    # --- Grenzkontrollen verlängert (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung verlängert die Kontrollen an allen neun deutschen Landgrenzen um weitere sechs Monate.",
        True,
        [("count", 9, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Das Bundesinnenministerium habe die Verlängerung bis zum 15. März 2027 bei der EU-Kommission notifiziert, sagte ein Sprecher.",
        True,
        [("date", "2027-03-15", None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundespolizei wurden seit Jahresbeginn an den Grenzen 29.870 unerlaubte Einreisen festgestellt und 17.412 Menschen zurückgewiesen.",
        True,
        [("count", 29870, None, None), ("count", 17412, None, None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "Darunter waren 1.036 Menschen, die an der Grenze ein Asylgesuch geäußert hatten.",
        True,
        [("count", 1036, None, None)],
        None,
    ),
    (
        "de",
        "Zudem nahmen die Beamten 1.480 mutmaßliche Schleuser fest, etwa ein Fünftel mehr als im Vorjahreszeitraum.",
        True,
        [("count", 1480, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Pro Asyl verwies dagegen auf eigene Auswertungen, wonach mindestens 340 der zurückgewiesenen Asylsuchenden minderjährig gewesen seien.",
        True,
        [("count", 340, None, "at_least")],
        None,
    ),
    ("de", "Polen und Österreich hatten die Zurückweisungen zuletzt mehrfach kritisiert.", True, [], None),
    (
        "de",
        "Die Gewerkschaft der Polizei klagte über „Dauerbelastung“ und Überstundenberge bei den Beamten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie lange die Kontrollen mit dem Schengen-Recht vereinbar sind, ist unter Europarechtlern umstritten.",
        False,
        [],
        None,
    ),
    # --- Poland extends Belarus border zone (Reuters) ---
    (
        "en",
        "WARSAW, Oct 6 (Reuters) - Poland will extend a restricted zone along part of its border with Belarus by another 90 days, the interior ministry said on Tuesday.",
        True,
        [("date", "--10-06", None, None), ("duration", 90, "day", None)],
        "the interior ministry",
    ),
    (
        "en",
        "The zone covers a strip up to 200 metres deep along about 60 km of the frontier.",
        True,
        [("count", 200, None, "up_to"), ("count", 60, None, "about")],
        None,
    ),
    (
        "en",
        "Poland has also built a 180-km steel barrier along the frontier, about 5 metres high.",
        True,
        [("count", 180, None, None), ("count", 5, None, "about")],
        None,
    ),
    (
        "en",
        "Border Guard spokeswoman Anna Zielinska said there had been 4,218 attempts to cross illegally from Belarus in September, against 2,960 in August.",
        True,
        [("count", 4218, None, None), ("count", 2960, None, None)],
        "Anna Zielinska",
    ),
    (
        "en",
        "Since January, guards had recorded more than 27,000 such attempts, she said.",
        True,
        [("count", 27000, None, "over")],
        None,
    ),
    (
        "en",
        "Warsaw has suspended the right to claim asylum at that border since the spring and has renewed the measure three times.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A Polish soldier was injured last week when a group of migrants threw branches and stones across the fence, an army spokesman said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Rights groups say the pushbacks break international law and put lives at risk in the forest.",
        False,
        [],
        None,
    ),
    ("en", '"The border is being tested every single night," Zielinska said.', False, [], None),
    # --- EuGH stärkt Rechte in Abschiebungshaft (Reuters) ---
    (
        "de",
        "Luxemburg (Reuters) - Der Europäische Gerichtshof (EuGH) hat die Rechte von Asylbewerbern in Abschiebungshaft gestärkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dauert die Haft länger als drei Monate, muss ein Gericht sie spätestens alle vier Wochen überprüfen, entschieden die Luxemburger Richter am Mittwoch.",
        True,
        [("duration", 3, "month", "over"), ("duration", 4, "week", "at_most")],
        None,
    ),
    (
        "de",
        "Hintergrund ist der Fall eines 26-jährigen Algeriers, der in den Niederlanden 14 Monate lang festgehalten worden war.",
        True,
        [("duration", 26, "year", None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "de",
        "Nach EU-Recht darf Abschiebungshaft grundsätzlich höchstens sechs Monate dauern und nur in Ausnahmefällen auf bis zu 18 Monate verlängert werden.",
        True,
        [("duration", 6, "month", "at_most"), ("duration", 18, "month", "up_to")],
        None,
    ),
    ("de", "Das Urteil in der Rechtssache C-412/25 ist nicht anfechtbar.", True, [], None),
    (
        "de",
        "In Deutschland saßen nach Angaben des Bundesinnenministeriums Ende September 742 Menschen in Abschiebungshaft.",
        True,
        [("count", 742, None, None)],
        "das Bundesinnenministerium",
    ),
    ("de", "Flüchtlingsorganisationen begrüßten das Urteil als „überfälliges Signal“.", False, [], None),
    ("de", "Ob die Entscheidung zu Freilassungen in größerer Zahl führt, ist offen.", False, [], None),
    # --- Asylum hotels and their cost (PA) ---
    (
        "en",
        "LONDON (PA) - The number of asylum seekers housed in hotels has fallen to 29,480, the lowest level since early 2023, Home Office figures show.",
        True,
        [("count", 29480, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The figures show 196 hotels were still in use at the end of September, down from 213 in June.",
        True,
        [("count", 196, None, None), ("count", 213, None, None)],
        None,
    ),
    (
        "en",
        "Accommodation costs averaged £138 per person per night in hotels, compared with £24 in other housing such as flats and shared houses.",
        True,
        [("money", 138, "GBP", None), ("money", 24, "GBP", None)],
        None,
    ),
    (
        "en",
        "The National Audit Office has estimated that asylum accommodation will cost about 14.6 billion pounds over the 10 years of the current contracts.",
        True,
        [("money", 14600000000, "GBP", "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        'Home Secretary Rachel Conway said all asylum hotels would be closed "by the end of this Parliament."',
        True,
        [],
        "Rachel Conway",
    ),
    (
        "en",
        "Conway told MPs that 7,600 fewer people were in hotels than when the government took office.",
        True,
        [("count", 7600, None, None)],
        "Conway",
    ),
    ("en", '"Hotels were always a failure of planning, and we are ending that failure," she said.', False, [], None),
    ("en", 'Residents living near one hotel in Hertfordshire said they felt "ignored" by ministers.', False, [], None),
    (
        "en",
        "A council in Hertfordshire won a temporary injunction against a hotel in August, but the ruling was overturned on appeal.",
        True,
        [],
        None,
    ),
    # --- Abschiebungen aus Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Österreich hat in den ersten drei Quartalen 10.814 Menschen außer Landes gebracht, etwas mehr als die Hälfte davon zwangsweise.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("count", 10814, None, None),
            ("fraction", 0.5, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Das teilte das Bundesamt für Fremdenwesen und Asyl (BFA) am Montag mit.",
        True,
        [],
        "das Bundesamt für Fremdenwesen und Asyl",
    ),
    (
        "de",
        "Unter den Abgeschobenen waren 4.902 Straffällige, ein Plus von 14 Prozent gegenüber dem Vorjahreszeitraum.",
        True,
        [("count", 4902, None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 44 Prozent der Außerlandesbringungen gingen in andere EU-Staaten, die meisten davon nach Rumänien, in die Slowakei und nach Ungarn.",
        True,
        [("percent", 44, "%", "about")],
        None,
    ),
    (
        "de",
        "Nach Afghanistan wurden seit Jänner zwölf Männer per Charterflug abgeschoben, nach Syrien drei.",
        True,
        [("count", 12, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ein Abschiebeflug kostet laut BFA im Schnitt rund 82.000 Euro, bei Einzelabschiebungen auf Linienflügen sind es etwa 3.400 Euro pro Person.",
        True,
        [("money", 82000, "EUR", "about"), ("money", 3400, "EUR", "about")],
        "BFA",
    ),
    (
        "de",
        "Das Innenministerium will die Zahl der Abschiebungen bis Jahresende auf 14.000 steigern.",
        True,
        [("count", 14000, None, None)],
        None,
    ),
    ("de", "Die Diakonie warnte, bei der Eile könnten „Härtefälle unter die Räder kommen“.", False, [], None),
    # --- ICE detention at a record (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Immigration and Customs Enforcement was holding 64,310 people in detention as of Oct. 4, a record, according to agency data analyzed by a university research group.",
        True,
        [("count", 64310, None, None), ("date", "--10-04", None, None)],
        None,
    ),
    (
        "en",
        "Nearly 72% of those detainees had no criminal conviction, the data shows.",
        True,
        [("percent", 72, "%", "nearly")],
        None,
    ),
    (
        "en",
        "The agency carried out 1,417 deportation flights in the 12 months to September, up from 1,058 a year earlier, according to the advocacy group Witness at the Border.",
        True,
        [("count", 1417, None, None), ("duration", 12, "month", None), ("count", 1058, None, None)],
        None,
    ),
    (
        "en",
        "The daily cost per detainee averaged $165 in the last fiscal year, according to budget documents.",
        True,
        [("money", 165, "USD", None)],
        None,
    ),
    (
        "en",
        "A federal judge in Chicago on Tuesday ordered ICE to give detainees at a processing site outside the city beds, clean water and access to lawyers within 72 hours.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    (
        "en",
        'U.S. District Judge Marcia Hallorann wrote that conditions at the site, where people were held for up to five days, were "likely unconstitutional."',
        True,
        [("duration", 5, "day", "up_to")],
        None,
    ),
    (
        "en",
        "The Department of Homeland Security said it would appeal and that the facility met all federal standards.",
        True,
        [],
        "the Department of Homeland Security",
    ),
    (
        "en",
        '"This ruling puts dangerous criminals back on our streets," a DHS spokeswoman said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Relatives waited outside the facility's gates through the night, holding photographs and handwritten signs.",
        False,
        [],
        None,
    ),
    # --- Abschiebeflug nach Afghanistan (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Vom Flughafen München aus ist am Donnerstagmorgen ein Sammelabschiebeflug mit 47 afghanischen Straftätern nach Kabul gestartet.",
        True,
        [("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Männern im Alter von 21 bis 58 Jahren seien 19 aus Bayern, teilte das Bayerische Landesamt für Asyl und Rückführungen mit.",
        True,
        [("duration", 21, "year", None), ("duration", 58, "year", None), ("count", 19, None, None)],
        "das Bayerische Landesamt für Asyl und Rückführungen",
    ),
    (
        "de",
        "Seit die Taliban im August 2021 die Macht in Kabul übernahmen, ist es der dritte Abschiebeflug dorthin.",
        True,
        [("ordinal", 3, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Jeder der Abgeschobenen erhielt vor dem Abflug ein Handgeld von 750 Euro.",
        True,
        [("money", 750, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Behördenangaben sind in Bayern derzeit knapp 2.300 ausreisepflichtige Afghanen registriert.",
        True,
        [("count", 2300, None, "nearly")],
        None,
    ),
    (
        "de",
        "In den bayerischen Ankerzentren waren Mitte Oktober 9.418 von 13.500 Plätzen belegt, eine Auslastung von rund 70 Prozent.",
        True,
        [("count", 9418, None, None), ("count", 13500, None, None), ("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "„Wer bei uns schwere Verbrechen verübt, kann nicht auf unseren Schutz pochen“, sagte Landesinnenminister Anton Rehbichler (CSU).",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bayerische Flüchtlingsrat kritisierte, mit den Taliban dürfe es „keine schmutzigen Deals“ geben.",
        False,
        [],
        None,
    ),
    # --- Arrivals on Crete from Libya (Reuters) ---
    (
        "en",
        "ATHENS, Oct 19 (Reuters) - Greece's coast guard rescued 538 migrants in seven separate operations south of Crete over the weekend, officials said on Monday.",
        True,
        [("date", "--10-19", None, None), ("count", 538, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "More than 14,700 people have landed on Crete and the tiny island of Gavdos this year after crossing from eastern Libya, roughly three times as many as in all of 2025.",
        True,
        [("count", 14700, None, "over"), ("count", 3, None, "about"), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Migration Minister Stavros Karellis said Athens had asked the authorities in Benghazi to take back 1,200 people whose asylum claims had been rejected.",
        True,
        [("count", 1200, None, None)],
        "Stavros Karellis",
    ),
    (
        "en",
        "Greece halted asylum applications from people arriving by sea from North Africa for two months in the summer.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "The camp at Agia on Crete, designed for 250 people, housed about 870 on Sunday, according to regional officials.",
        True,
        [("count", 250, None, None), ("count", 870, None, "about")],
        None,
    ),
    ("en", "Local hoteliers fear the arrivals will hurt the island's image ahead of next season.", False, [], None),
    ("en", '"We are not a hotel for smugglers\' clients," Karellis told state broadcaster ERT.', False, [], None),
    # --- Bootsunglück vor Libyen, Rettungsschiff festgesetzt (AFP) ---
    (
        "de",
        "Rom (AFP) - Vor der libyschen Küste sind bei einem Bootsunglück mindestens 41 Menschen ums Leben gekommen, wie die Internationale Organisation für Migration (IOM) mitteilte.",
        True,
        [("count", 41, None, "at_least")],
        "die Internationale Organisation für Migration",
    ),
    (
        "de",
        "Nur sieben Menschen hätten das Kentern des Schlauchboots überlebt, sagte ein IOM-Sprecher in Genf.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Das Boot sei mit etwa 48 Insassen in Sabratha gestartet und nach rund sechs Stunden in Seenot geraten.",
        True,
        [("count", 48, None, "about"), ("duration", 6, "hour", "about")],
        None,
    ),
    (
        "de",
        "Das Rettungsschiff „Sea-Watch 5“ wurde unterdessen im Hafen von Pozzallo für 20 Tage festgesetzt.",
        True,
        [("duration", 20, "day", None)],
        None,
    ),
    (
        "de",
        "Die italienischen Behörden werfen der Crew vor, Anweisungen der libyschen Küstenwache missachtet zu haben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits die vierte Festsetzung des Schiffs binnen eines Jahres, wie Sea-Watch mitteilte.",
        True,
        [("ordinal", 4, None, None)],
        "Sea-Watch",
    ),
    (
        "de",
        "Seit Jahresbeginn starben nach IOM-Zählung im zentralen Mittelmeer mindestens 1.390 Menschen.",
        True,
        [("count", 1390, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Das Sterben im Mittelmeer wird politisch in Kauf genommen“, sagte eine Sprecherin von Sea-Watch.",
        False,
        [],
        None,
    ),
    # --- Dutch court fines state over Ter Apel (Reuters) ---
    (
        "en",
        "AMSTERDAM, Oct 22 (Reuters) - A Dutch court ordered the government on Wednesday to pay a penalty of 15,000 euros for every day the Ter Apel registration centre holds more than 2,000 people.",
        True,
        [("date", "--10-22", None, None), ("money", 15000, "EUR", None), ("count", 2000, None, "over")],
        None,
    ),
    (
        "en",
        "About 2,340 asylum seekers were staying at the centre on Tuesday night, some of them in tents on the lawn, the Central Agency for the Reception of Asylum Seekers (COA) said.",
        True,
        [("count", 2340, None, "about")],
        "the Central Agency for the Reception of Asylum Seekers",
    ),
    (
        "en",
        "A spokeswoman for the agency said it was 1,850 places short nationwide and that 31 municipalities had not met their quota.",
        True,
        [("count", 1850, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "A similar order last year cost the state more than 1.1 million euros in penalties.",
        True,
        [("money", 1100000, "EUR", "over")],
        None,
    ),
    ("en", "Asylum Minister Femke de Wolde said the government would appeal the ruling.", True, [], "Femke de Wolde"),
    (
        "en",
        '"People sleeping on the grass is not a Dutch standard, it is a disgrace," said Joost Hermsen, director of the Dutch Council for Refugees.',
        False,
        [],
        None,
    ),
    ("en", "It was not clear where the additional places could be found before winter.", False, [], None),
    # --- Asylerstanträge im September (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Im September haben in Deutschland 6.950 Menschen erstmals Asyl beantragt, rund sieben Prozent weniger als im August.",
        True,
        [("count", 6950, None, None), ("percent", 7, "%", "about")],
        None,
    ),
    (
        "de",
        "Im Vergleich zum September 2025 entspricht das einem Rückgang um 34,2 Prozent, teilte das Bamf am Montag mit.",
        True,
        [("year", 2025, None, None), ("percent", 34.2, "%", None)],
        "das Bamf",
    ),
    (
        "de",
        "Erstmals seit Jahren stellten Menschen aus Afghanistan nicht mehr die größte Gruppe: An der Spitze lagen Antragsteller aus der Türkei mit 1.118 Erstanträgen.",
        True,
        [("count", 1118, None, None)],
        None,
    ),
    (
        "de",
        "Das Bundesamt entschied im September über 21.470 Asylanträge, in 28,9 Prozent der Fälle erhielten die Antragsteller einen Schutzstatus.",
        True,
        [("count", 21470, None, None), ("percent", 28.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Verfahrensdauer lag bei 8,6 Monaten.",
        True,
        [("duration", 8.6, "month", None)],
        None,
    ),
    (
        "de",
        "Bundesinnenminister Brandstätter sagte der „Augsburger Allgemeinen“, bis Jahresende rechne er mit weniger als 90.000 Erstanträgen.",
        True,
        [("count", 90000, None, "under")],
        "Brandstätter",
    ),
    (
        "de",
        "Flüchtlingsorganisationen verweisen dagegen darauf, dass weltweit mehr als 117 Millionen Menschen auf der Flucht seien, so viele wie nie.",
        True,
        [("count", 117000000, None, "over")],
        None,
    ),
    ("de", "„Die Trendwende ist nachhaltig“, betonte Brandstätter.", False, [], None),
    # --- Removals and asylum claims in the year to September (Reuters) ---
    (
        "en",
        "LONDON, Oct 28 (Reuters) - Britain removed or deported 9,870 people in the year to September, the highest annual total since 2019, Home Office statistics published on Wednesday showed.",
        True,
        [("date", "--10-28", None, None), ("count", 9870, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "A further 27,340 people left voluntarily, many of them with payments of up to £3,000 under an assisted return scheme.",
        True,
        [("count", 27340, None, None), ("money", 3000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Foreign national offenders accounted for roughly one in three enforced returns.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Asylum claims fell 11% to 104,220 over the same period, with Pakistanis, Eritreans and Iranians the three largest groups.",
        True,
        [("percent", 11, "%", None), ("count", 104220, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A backlog of 61,450 initial decisions was still waiting, down from a peak of more than 175,000 in mid-2023.",
        True,
        [("count", 61450, None, None), ("count", 175000, None, "over"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        'Immigration minister Tom Radley said the figures showed "the system is finally working again."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Refugee Council said nearly half of initial decisions were now refusals, compared with about a quarter two years ago.",
        True,
        [("fraction", 0.5, None, "nearly"), ("fraction", 0.25, None, "about"), ("duration", 2, "year", None)],
        "the Refugee Council",
    ),
    (
        "en",
        '"Behind every refusal statistic is a person sent back to danger," the charity\'s chief executive said.',
        False,
        [],
        None,
    ),
    # --- Bundesverwaltungsgericht stoppt Dublin-Überstellung (Keystone-SDA) ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Das Bundesverwaltungsgericht hat die Überstellung einer fünfköpfigen Familie aus Afghanistan nach Kroatien gestoppt.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Das SEM habe nicht ausreichend abgeklärt, ob die Familie dort Zugang zu medizinischer Versorgung erhalte, hielten die Richter in ihrem am Donnerstag veröffentlichten Urteil fest.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die jüngste Tochter ist drei Jahre alt und leidet an einer chronischen Erkrankung.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    ("de", "Das SEM muss den Fall nun neu beurteilen, das Urteil ist endgültig.", True, [], None),
    (
        "de",
        "Im laufenden Jahr hat die Schweiz laut SEM bisher 1'064 Personen im Rahmen des Dublin-Verfahrens an andere Staaten überstellt, 281 davon nach Kroatien.",
        True,
        [("count", 1064, None, None), ("count", 281, None, None)],
        "SEM",
    ),
    (
        "de",
        "Die Schweizerische Flüchtlingshilfe fordert seit 2023, Überstellungen nach Kroatien ganz auszusetzen.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    ("de", "Ob das Urteil Signalwirkung für hängige Fälle hat, liess das Gericht offen.", False, [], None),
    # --- Frontex: irregular crossings down (AFP) ---
    (
        "en",
        "WARSAW, Nov 3 (AFP) - Irregular crossings into the European Union fell by 24 percent in the first ten months of the year to about 152,000, the EU border agency Frontex said Tuesday.",
        True,
        [
            ("date", "--11-03", None, None),
            ("percent", 24, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 10, "month", None),
            ("count", 152000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The central Mediterranean remained the busiest route with 53,600 detections, roughly level with a year earlier.",
        True,
        [("count", 53600, None, None)],
        None,
    ),
    (
        "en",
        "Detections on the Western Balkans route dropped by almost two-thirds to 9,120.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("count", 9120, None, None)],
        None,
    ),
    (
        "en",
        "Only the land frontier with Belarus and Russia in the east saw an increase, of 41 percent.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    (
        "en",
        "Frontex said it currently had 2,870 officers deployed and planned to grow its standing corps to 8,500 within three years.",
        True,
        [("count", 2870, None, None), ("count", 8500, None, None), ("duration", 3, "year", None)],
        "Frontex",
    ),
    ("en", "The agency noted that its figures count detections rather than individuals.", True, [], None),
    (
        "en",
        "Human rights groups warned that falling numbers came at the cost of abuses in transit countries such as Libya and Tunisia.",
        False,
        [],
        None,
    ),
    # --- VwGH: Schubhaft rechtswidrig (APA) ---
    (
        "de",
        "Wien (APA) - Der Verwaltungsgerichtshof (VwGH) hat die 96 Tage lange Schubhaft eines 31-jährigen Marokkaners für rechtswidrig erklärt.",
        True,
        [("duration", 96, "day", None), ("duration", 31, "year", None)],
        None,
    ),
    (
        "de",
        "Die Behörde habe nicht ausreichend geprüft, ob gelindere Mittel wie eine tägliche Meldepflicht ausgereicht hätten, heißt es in dem am Mittwoch veröffentlichten Erkenntnis.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Mann hat nun Anspruch auf Entschädigung, sein Anwalt Martin Sallinger fordert 100 Euro pro Tag in Haft.",
        True,
        [("money", 100, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Innenministeriums befanden sich Ende Oktober 214 Personen in Schubhaft, die durchschnittliche Dauer lag bei 37 Tagen.",
        True,
        [("count", 214, None, None), ("duration", 37, "day", None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Laut Volksanwaltschaft hielten im Vorjahr 18 Prozent der geprüften Schubhaftfälle einer rechtlichen Kontrolle nicht stand.",
        True,
        [("percent", 18, "%", None)],
        "Volksanwaltschaft",
    ),
    (
        "de",
        "„Freiheitsentzug darf nie die bequemste Lösung für die Verwaltung sein“, sagte Sallinger.",
        False,
        [],
        None,
    ),
    # --- Ireland's protection applications and beds (Reuters) ---
    (
        "en",
        "DUBLIN, Nov 9 (Reuters) - Ireland received 14,290 applications for international protection in the first 10 months of 2026, 19% fewer than in the same period of 2025, the Department of Justice said.",
        True,
        [
            ("date", "--11-09", None, None),
            ("count", 14290, None, None),
            ("ordinal", 1, None, None),
            ("duration", 10, "month", None),
            ("year", 2026, None, None),
            ("percent", 19, "%", None),
            ("year", 2025, None, None),
        ],
        "the Department of Justice",
    ),
    (
        "en",
        "Applicants from Nigeria and Algeria made up almost a third of the total.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "Some 33,400 people were living in state-provided accommodation at the end of October, including about 8,100 children.",
        True,
        [("count", 33400, None, "about"), ("count", 8100, None, "about")],
        None,
    ),
    (
        "en",
        "A further 2,950 single men who had applied for protection had not been offered a bed, a department spokesman said, about 300 fewer than in September.",
        True,
        [("count", 2950, None, None), ("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        "The state pays private providers an average of 87 euros per person per night, according to figures released to parliament.",
        True,
        [("money", 87, "EUR", None)],
        None,
    ),
    (
        "en",
        "Justice Minister Cian Tolland said a new 2,000-bed state-run reception centre would open near Athlone in March.",
        True,
        [("count", 2000, None, None)],
        "Cian Tolland",
    ),
    (
        "en",
        'Tolland said he was "not willing to see tents on the streets of Dublin again this winter."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"It is a shameful situation for a wealthy country," said Aoife Brannigan, chief executive of the Irish Refugee Council.',
        False,
        [],
        None,
    ),
    # --- Schleuser an der Grenze gestoppt (dpa/bb) ---
    (
        "de",
        "Frankfurt (Oder) (dpa/bb) - Bundespolizisten haben an der deutsch-polnischen Grenze einen Kleintransporter mit 23 Migranten gestoppt.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Die Menschen aus Syrien, Afghanistan und Eritrea hätten dicht gedrängt im fensterlosen Laderaum gesessen, teilte die Bundespolizei mit.",
        True,
        [],
        "die Bundespolizei",
    ),
    (
        "de",
        "Unter ihnen waren sieben Kinder, das jüngste erst elf Monate alt.",
        True,
        [("count", 7, None, None), ("duration", 11, "month", None)],
        None,
    ),
    (
        "de",
        "Der 29 Jahre alte Fahrer, ein Moldauer, wurde noch an Ort und Stelle festgenommen.",
        True,
        [("duration", 29, "year", None)],
        None,
    ),
    (
        "de",
        "Er soll für die Fahrt von der belarussischen Grenze aus 400 Euro pro Person kassiert haben.",
        True,
        [("money", 400, "EUR", None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn registrierte die Bundespolizeidirektion Berlin in Brandenburg 3.186 unerlaubte Einreisen, knapp 40 Prozent weniger als im Vorjahreszeitraum.",
        True,
        [("count", 3186, None, None), ("percent", 40, "%", "nearly")],
        None,
    ),
    ("de", "Die Beamten sprachen von einem „lebensgefährlichen Transport“.", False, [], None),
    (
        "de",
        "Die Bundespolizei warnt davor, sich Schleusern anzuvertrauen, die im Internet mit angeblich sicheren Routen werben.",
        False,
        [],
        None,
    ),
    # --- Border apprehensions in October (AP) ---
    (
        "en",
        "SAN DIEGO (AP) — Border Patrol agents apprehended 8,412 migrants crossing illegally from Mexico in October, the lowest October figure since 1970, according to Customs and Border Protection data released Wednesday.",
        True,
        [("count", 8412, None, None), ("year", 1970, None, None)],
        None,
    ),
    (
        "en",
        "That equals an average of about 271 apprehensions daily, against more than 6,000 daily during the surge of December 2023.",
        True,
        [("count", 271, None, "about"), ("count", 6000, None, "over"), ("year", 2023, None, None)],
        None,
    ),
    ("en", "The San Diego sector accounted for 1,904 of the arrests.", True, [("count", 1904, None, None)], None),
    (
        "en",
        "Border Patrol Chief Ramon Villasenor said 37 people had died in the sector's mountains and canals since Oct. 1, 2025.",
        True,
        [("count", 37, None, None), ("date", "2025-10-01", None, None)],
        "Ramon Villasenor",
    ),
    (
        "en",
        "Asylum requests at ports of entry have been largely suspended since January under a presidential proclamation.",
        True,
        [],
        None,
    ),
    ("en", '"The border is closed, and the world knows it," Villasenor said.', False, [], None),
    ("en", "In Tijuana, shelter volunteers folded unused cots and stacked them against the walls.", False, [], None),
    # --- Streit um die Flüchtlingskosten (dpa) ---
    (
        "de",
        "Berlin (dpa) - Vor der Ministerpräsidentenkonferenz fordern die Länder vom Bund eine höhere Pauschale für jeden Asylbewerber.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Derzeit zahlt der Bund den Ländern 7.800 Euro pro Erstantragsteller und Jahr.",
        True,
        [("money", 7800, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die tatsächlichen Kosten lägen inzwischen bei rund 14.900 Euro pro Kopf, sagte Sachsens Innenminister Jörg Pfefferkorn (CDU).",
        True,
        [("money", 14900, "EUR", "about")],
        "Jörg Pfefferkorn",
    ),
    (
        "de",
        "Der Deutsche Städtetag bezifferte die ungedeckten Kosten der Kommunen für 2025 auf 3,4 Milliarden Euro.",
        True,
        [("year", 2025, None, None), ("money", 3400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Bundesfinanzministerium hält dagegen, der Bund trage schon heute fast 42 Prozent der flüchtlingsbezogenen Ausgaben.",
        True,
        [("percent", 42, "%", "nearly")],
        None,
    ),
    (
        "de",
        "„Die Kommunen sind am Limit, und zwar nicht erst seit gestern“, sagte Städtetagspräsidentin Henrike Asmussen.",
        False,
        [],
        None,
    ),
    ("de", "Ob es beim Treffen am Donnerstag eine Einigung gibt, galt in Länderkreisen als fraglich.", False, [], None),
    # --- Deaths in the Channel, two counts (Reuters) ---
    (
        "en",
        "PARIS, Nov 18 (Reuters) - Four people, including a 12-year-old girl, died overnight trying to board a smuggling boat off a beach near Boulogne-sur-Mer, French maritime authorities said.",
        True,
        [("date", "--11-18", None, None), ("count", 4, None, None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "The prefecture said 68 others were brought back to shore and two were taken to hospital with hypothermia.",
        True,
        [("count", 68, None, None), ("count", 2, None, None)],
        "the prefecture",
    ),
    (
        "en",
        "At least 71 people have now lost their lives attempting the sea crossing to Britain this year, according to a count by the charity Utopia 56.",
        True,
        [("count", 71, None, "at_least")],
        None,
    ),
    (
        "en",
        "The French interior ministry puts the figure at 54, counting only bodies recovered at sea or on French beaches.",
        True,
        [("count", 54, None, None)],
        None,
    ),
    ("en", "Britain's Home Office does not publish its own count of deaths in the Channel.", True, [], None),
    (
        "en",
        "More than 37,000 people have crossed in small boats so far this year.",
        True,
        [("count", 37000, None, "over")],
        None,
    ),
    (
        "en",
        '"This border kills, and it will keep killing as long as there are no safe routes," a coordinator for the group said.',
        False,
        [],
        None,
    ),
    ("en", "Volunteers handed out blankets and hot drinks to survivors at the port in Boulogne.", False, [], None),
    # --- Zahlenstreit um Ausreisepflichtige (APA) ---
    (
        "de",
        "Wien (APA) - Um die Zahl der abgelehnten Asylwerber, die Österreich nicht verlassen, ist ein Streit zwischen dem Innenministerium und Hilfsorganisationen entbrannt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut Innenministerium halten sich rund 6.800 rechtskräftig abgelehnte Asylwerber weiterhin im Land auf.",
        True,
        [("count", 6800, None, "about")],
        "Innenministerium",
    ),
    (
        "de",
        "Die Asylkoordination kommt in einer eigenen Auswertung auf höchstens 4.100, weil viele Betroffene das Land längst unbemerkt verlassen hätten.",
        True,
        [("count", 4100, None, "at_most")],
        None,
    ),
    (
        "de",
        "Zudem seien 1.240 von ihnen wegen Krankheit oder fehlender Papiere gar nicht abschiebbar, sagte Asylkoordination-Sprecherin Lena Mitterauer.",
        True,
        [("count", 1240, None, None)],
        "Lena Mitterauer",
    ),
    ("de", "Innenminister Haiderer sagte, die Zahlen der NGO seien „frei erfunden“.", False, [], None),
    (
        "de",
        "Im Oktober wurden in Österreich 1.067 Asylanträge gestellt, der niedrigste Monatswert seit Jänner 2020.",
        True,
        [("count", 1067, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesbetreuungsagentur (BBU) betreut derzeit 2.190 Menschen in ihren Quartieren, die Kapazität liegt bei 6.500 Plätzen.",
        True,
        [("count", 2190, None, None), ("count", 6500, None, None)],
        None,
    ),
    ("de", "Beide Seiten warfen einander vor, mit den Zahlen Politik zu machen.", False, [], None),
    # --- Teenager detained as an adult (PA) ---
    (
        "en",
        "LONDON (PA) - The Home Office unlawfully detained a 17-year-old Sudanese asylum seeker as an adult for 23 days, the High Court has ruled.",
        True,
        [("duration", 17, "year", None), ("duration", 23, "day", None)],
        None,
    ),
    (
        "en",
        'Mr Justice Harwood said officials had relied on a "brief visual assessment" that lasted less than 15 minutes.',
        True,
        [("duration", 15, "minute", "under")],
        "Harwood",
    ),
    (
        "en",
        "The teenager, who arrived on a small boat in June, was held at Brook House immigration removal centre near Gatwick.",
        True,
        [],
        None,
    ),
    ("en", "He will receive damages to be assessed at a later hearing, the court said.", True, [], "the court"),
    (
        "en",
        "According to the charity Humans for Rights Network, at least 1,140 children were wrongly treated as adults by the Home Office between January 2024 and June 2026.",
        True,
        [("count", 1140, None, "at_least"), ("year", 2024, None, None), ("year", 2026, None, None)],
        None,
    ),
    ("en", "The Home Office said it was considering whether to appeal.", True, [], "the Home Office"),
    (
        "en",
        '"He was a frightened child, and he was locked up like a criminal," his solicitor, Priya Anand, said.',
        False,
        [],
        None,
    ),
    ("en", "Campaigners hope the ruling will force a change to age checks at the border.", False, [], None),
    # --- EU-Innenminister einigen sich auf Verteilung (Reuters) ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Innenminister haben sich auf die erste Verteilung von Asylbewerbern unter dem neuen Solidaritätsmechanismus geeinigt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Im kommenden Jahr sollen demnach 24.000 Schutzsuchende aus besonders belasteten Staaten in andere Mitgliedsländer umgesiedelt werden.",
        True,
        [("count", 24000, None, None)],
        None,
    ),
    (
        "de",
        "Staaten, die keine Menschen aufnehmen wollen, müssen stattdessen 21.500 Euro pro nicht aufgenommener Person zahlen.",
        True,
        [("money", 21500, "EUR", None)],
        None,
    ),
    (
        "de",
        "Als besonders belastet gelten Italien, Spanien, Griechenland und Zypern, wie die irische Ratspräsidentschaft mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Deutschland soll nach Angaben aus Diplomatenkreisen rund 3.100 Plätze beisteuern oder sich finanziell beteiligen.",
        True,
        [("count", 3100, None, "about")],
        None,
    ),
    ("de", "„Solidarität darf kein Ablasshandel werden“, sagte der italienische Innenminister.", False, [], None),
    ("de", "Menschenrechtsgruppen befürchten, dass sich reiche Staaten systematisch freikaufen.", False, [], None),
    # --- IOM tally for the Mediterranean (Reuters) ---
    (
        "en",
        "GENEVA, Dec 2 (Reuters) - At least 2,860 migrants have died or gone missing in the Mediterranean since January, the International Organization for Migration said on Wednesday, fewer than the 3,150 it recorded in all of last year.",
        True,
        [("date", "--12-02", None, None), ("count", 2860, None, "at_least"), ("count", 3150, None, None)],
        "the International Organization for Migration",
    ),
    (
        "en",
        "IOM spokesman Pablo Recuero said roughly two in three of the deaths occurred on the central route between North Africa and Italy.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Pablo Recuero",
    ),
    (
        "en",
        "He said the real toll was probably higher because shipwrecks in which boats vanish without a trace often go unrecorded.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Worldwide, the agency's Missing Migrants Project has documented 7,420 deaths on migration routes in 2026.",
        True,
        [("count", 7420, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The U.N. refugee agency UNHCR said 41 percent of those arriving in Italy by sea this year came from Bangladesh, Eritrea or Egypt.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    ("en", '"These are not numbers, they are mothers, fathers and children," Recuero said.', False, [], None),
    ("en", "How many of the missing will ever be identified is unknown.", False, [], None),
    # --- Asylerstanträge im Oktober (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Die Zahl der Asylerstanträge ist im Oktober auf 6.404 gesunken, den niedrigsten Stand seit Dezember 2013.",
        True,
        [("count", 6404, None, None), ("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Von Januar bis Oktober zählte das Bamf damit 81.669 Erstanträge, fast halb so viele wie im Vorjahreszeitraum.",
        True,
        [("count", 81669, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im gleichen Zeitraum überstellte Deutschland 5.312 Menschen nach den Dublin-Regeln an andere EU-Staaten, 3.980 Überstellungen scheiterten.",
        True,
        [("count", 5312, None, None), ("count", 3980, None, None)],
        None,
    ),
    (
        "de",
        "Rund 62 Prozent der Überstellungen gingen nach Österreich, Frankreich und Schweden.",
        True,
        [("percent", 62, "%", "about")],
        None,
    ),
    ("de", "„Wir sind auf dem richtigen Weg, aber noch nicht am Ziel“, sagte Brandstätter.", False, [], None),
]
