"""Sixty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician is named: heads of state appear only by office ("der Kremlchef", "der
US-Präsident", "Russia's president", "the U.S. president", "the Prime Minister"), and the
officials, envoys, governors, mayors and spokespeople are invented, several of them in the
German and the English transliteration as the agencies write them (Wiktor Ossadtschi /
Viktor Osadchy, Gleb Tschernawin / Gleb Chernavin, Arseni Kudrjaschow / Arseny
Kudryashov, Oleh Marynjuk / Oleh Marynyuk, Petro Lewtschenko / Petro Levchenko, Roman
Starikow / Roman Starikov, Osman al-Tidschani / Osman al-Tijani, Levent Akyürek / Levent
Akyurek, Taras Hluschko / Taras Hlushko; further Roman Kuschnir, Walentina Pronina, Hisham
Abdelrazek, Judith Kranebitter, Lukas Hörtnagl, Pierre-Alain Vuilleumier, Serhij
Lytwynenko, Khalifa al-Dosari, Jonas Wehrberg, Brent Kalloway, Yevhen Solonenko, Wiroj
Saengchan, Mauro Bellandi, Hugh Pemberton, Ivan Fedorchuk, Larisa Grebneva). Real
countries, cities, forces and institutions ("EDA", "IAEA", "IKRK", "Ocha", "Ukrenergo",
"DTEK", "Ukraine's air force", "Russia's Defence Ministry", "the European Commission",
"Kiewer Internationales Institut für Soziologie", "M23", "RSF") stand for the way wire copy
names them; every meeting, figure, loss, deadline and quote here is invented.

Its weight: WAR, CEASEFIRE TALKS AND DIPLOMACY IN DEPTH, as APA, Reuters, AFP and dpa file
it in German and Reuters, AP, AFP and PA in English. Half German (dpa, APA, AFP, Reuters
German, Keystone-SDA; Swiss "160'000", "2300", «» quotes; German „“ quotes): a seventh
round of talks in Geneva on a 22-point plan, a phone call between the presidents with a
deadline, a night of drone and missile strikes with the air force's tally, a prisoner
exchange, the second phase of the Gaza truce, a 72-hour truce in Sudan, IAEA talks in
Vienna on the Zaporizhzhia plant, the ICRC and prisoners of war, Russian and Ukrainian
claims on the front and shares of territory, Ukrainian drones over Belgorod and Moscow, an
EU summit on a loan and a sanctions package, security advisers in Berlin, a third meeting
in Istanbul with a 31-point memorandum, glide bombs on Kharkiv, a Congo-M23 framework
deal in Doha, a US envoy in the Kremlin. Half English (Reuters, AP, AFP, PA): a third
round in Abu Dhabi, an envoy's fifth Kremlin meeting, an overnight attack on Kyiv, a
prisoner swap, the Gaza ceasefire's second phase, a 90-day truce in Sudan, a
Thailand-Cambodia ceasefire, the Zaporizhzhia plant without power, Black Sea talks in
Istanbul, a coalition summit in London, drones over Russia, the EU loan, a meeting in
Istanbul, British casualty estimates, a missile strike on Odesa, a 28-point draft, Moscow's
12 conditions, a 10-day deadline. Forms: rounds, meetings, calls, exchanges and packages
with their ordinals ("zur siebten Verhandlungsrunde", "zum vierten Mal seit
Jahresbeginn", "der 72. Austausch", "zum 17. Mal", "das 21. Sanktionspaket", "a third
round", "their fifth meeting", "the 70th swap", "the 11th large-scale attack"); lengths of
meetings, calls, truces and deadlines ("mehr als fünf Stunden", "knapp zweieinhalb
Stunden", "nach stundenlangen Verhandlungen", "30-tägige Feuerpause", "72-stündige",
"fünfstündigen Unterredung", "zweitägigen Gespräche", "lediglich 47 Minuten", "eine Frist
von zwölf Tagen", "a three-hour meeting", "two and a half hours", "a 90-day humanitarian
truce", "24 to 48 hours each", "gave Moscow 10 days"); peace plans with numbered points
("22-Punkte-Plan", "Bei 14 der 22 Punkte", "ein Memorandum mit 31 Punkten", "Punkt 12 des
überarbeiteten Entwurfs", "16 of the 20 points", "originally 28 points long", "Point 21 of
the draft"); shares of territory in fractions and percent ("knapp ein Fünftel", "etwa ein
Viertel", "gut die Hälfte", "rund 19,3 Prozent", "roughly 23%", "around 58%"); drones and
missiles launched and shot down, prisoners exchanged, casualties with hedges ("mindestens",
"mehr als", "rund", "at least", "nearly", "about", "some", "up to") and attributions
("nach Angaben von Bürgermeister ...", "Gouverneur ... zufolge", "so Ombudsmann ...",
"sagte der Kremlsprecher", "schrieb ... auf Telegram", "teilte die ukrainische Luftwaffe
mit", "nach Angaben der Behörden", "according to the governor", "Governor ... said",
"Ukraine's air force said", "told reporters", "told Reuters", "according to the
Kremlin"); dates and deadlines ("am 8. August", "seit dem 10. Oktober", "until Nov. 27",
"at midnight on Aug. 8", Reuters and AFP datelines). Negatives as such copy has them:
threats and rhetoric in quotes ("„Wer uns mit Drohungen kommt, wird scheitern“", ""The
door to peace is open, but it will not stay open forever,"", ""Hamas will be disarmed, the
easy way or the hard way,""), quoted evaluations of talks and plans ("offen, konkret und
sehr inhaltsreich", "an ultimatum dressed up as a peace plan", ""Today Europe
delivered,""), propaganda phrases ("„Kiewer Regime“", "Die militärische
Spezialoperation werde fortgesetzt, bis alle ihre Ziele erreicht seien", "Russland sei
jederzeit zu einem gerechten Frieden bereit", ""waging a hybrid war against Russia"",
"another act of terror by the Kyiv regime", ""The goals of the special military operation
will be achieved""), appeals ("riefen alle Seiten eindringlich auf", "rief die Bewohner
auf", "urged both sides", "Opposition MPs demanded"), open questions, commentary
("Militärbeobachter halten ... für stark übertrieben", "Diplomats cautioned ..."), the
caveat that figures cannot be verified, a no-comment line and scene colour.

224 rows (112 German, 112 English), 48 negatives (24 German, 24 English), 176 check-worthy
rows of which 16 carry no figure (9 German, 7 English), 256 expected quantities (120
counts, 47 durations, 26 ordinals, 18 years, 15 dates, 11 percentages, 11 amounts of
money, 8 fractions; one of them, ordinal 4, in a negative), 55 checked speakers (19
German, 36 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, once with
whitespace and case and once with punctuation normalised) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a fact or a position is check-worthy with the speaker its own attribution
  gives ("Bei 14 der 22 Punkte gebe es inzwischen Einigkeit, sagte Kremlberater Wiktor
  Ossadtschi ..." -> "Wiktor Ossadtschi"); without an attribution in the sentence the
  speaker is unchecked ("Davon seien 441 Drohnen ...", "Allein über dem Gebiet Moskau
  seien 23 davon zerstört worden.") (thirty-first and fiftieth). A Konjunktiv I paraphrase
  of rhetoric or propaganda is a negative ("Die militärische Spezialoperation werde
  fortgesetzt, ...", "Russland sei jederzeit zu einem gerechten Frieden bereit, ...",
  "Ohne belastbare Sicherheitsgarantien werde es keinen dauerhaften Frieden geben, ...",
  as "Der Westen werde Russland niemals in die Knie zwingen, sagte der Kremlsprecher.",
  fiftieth). A claim of one side and its denial are check-worthy facts attributed to it
  (fiftieth): "Russland hat nach eigenen Angaben das Dorf ... eingenommen.", "Die
  ukrainische Armee wies das zurück ...", the Russian General Staff's "1.340 ... Soldaten
  „ausgeschaltet“" (a figure claimed, the quoted word notwithstanding). "Kremlin spokesman
  Gleb Chernavin said the meeting had been "useful" but there was still no breakthrough on
  territory." is check-worthy as the Ushakov row of the thirty-first batch is. A label
  without a claim is a negative ("Das russische Verteidigungsministerium sprach von einem
  „massiven Vergeltungsschlag“ ...", "Russia's Defence Ministry described the strikes as
  retaliation for ...", as "Die Linke sprach von einem „Blankoscheck ...“", fiftieth).
- Ordinals of rounds, meetings, calls, exchanges, packages and attempts (thirty-first):
  "zur siebten Verhandlungsrunde" 7, "zum vierten Mal seit Jahresbeginn" 4, "der dritte
  schwere Angriff ... binnen zwei Wochen" 3 and 2 weeks, "der 72. Austausch" 72, "zum 17.
  Mal" 17, "die zweite Phase" 2, "der neunte Anlauf" 9, "zum dritten Mal" 3, "das 21.
  Sanktionspaket" 21, "Zum dritten Mal binnen zwei Monaten" 3 and 2 months, "Ein viertes
  Treffen" 4, "das sechste Treffen" 6, "die zweitgrößte Stadt" 2 (issue), "a third round"
  3, "the first to be held in the Gulf" 1, "a fourth round" 4 (in a negative, labelled, as
  "a sixth round", thirty-first), "their fifth meeting" 5, "their first call in more than
  a month" 1 ("a month" none), "the 11th large-scale attack" 11, "the 70th swap" 70, "its
  second phase" 2, "The first phase" 1, "the first such meeting in nearly a year" 1 ("a
  year" none), "their third face-to-face encounter" 3, "A fourth meeting" 4, "the fourth
  strike on the port in 10 days" 4 and 10 days.
- Durations of meetings, calls, truces, outages and deadlines: "mehr als fünf Stunden" 5
  hours "over", "Knapp zweieinhalb Stunden" 2.5 hours "nearly" (fourteenth: "zweieinhalb
  Stunden"), "eine 30-tägige Feuerpause" 30 days, "eine 72-stündige humanitäre Waffenruhe"
  72 hours, "zu einer fünfstündigen Unterredung" 5 hours and "Die zweitägigen Gespräche" 2
  days (issue: "fünfstündigen Treffen"), "lediglich 47 Minuten" ("lediglich" no hedge),
  "nach fast 16 Stunden" "nearly", "rund drei Stunden" "about", "eine Frist von zwölf
  Tagen" 12 days, "binnen zehn Tagen", "binnen 100 Tagen", "binnen 24 Stunden", "seit 23
  Tagen", "für rund zehn Tage" "about", "Nach mehr als zweieinhalb Jahren Krieg" 2.5 years
  "over", "fast sieben Monate Verhandlungen" 7 months "nearly", "about four hours", "for
  almost five hours" "nearly", "a three-hour meeting", "for two and a half hours" 2.5
  hours (fourteenth: "three and a half hours"), "about two and a half hours" "about", "a
  90-day humanitarian truce", "an unconditional 30-day ceasefire", "a 30-day truce at sea",
  "three short ceasefires of 24 to 48 hours each" count 3 with 24 and 48 hours (the unit
  written once serves both figures, eleventh and fourteenth), "after five days of
  fighting", "within 24 hours" and "within 100 days" (no hedge, forty-first), "for 14
  days", "for at least 10 more days" 10 days "at_least", "for more than three years" 3
  years "over", "after six hours", "ran for more than 15 hours" "over", "over the next two
  years" 2 years (fiftieth: "over the next 10 years"), "in the past 24 hours", "three
  weeks ago" 3 weeks (fourteenth: "three decades ago"), "gave Moscow 10 days" 10 days.
  Vague spans carry none (fourteenth and thirty-first): "nach stundenlangen
  Verhandlungen", "für mehrere Stunden", "after weeks of revisions", "for less than an
  hour", "in nearly a year", "in more than a month", "in der vergangenen Woche", "in the
  past week", "pro Tag", "a day", "a year".
- Peace plans: "der 22-Punkte-Plan" 22 (issue: "28-Punkte-Entwurf"), "The 28-point U.S.
  draft" 28, "Under the 20-point plan" 20, "ein Memorandum mit 31 Punkten" 31, "Bei 14 der
  22 Punkte" and "16 of the 20 points" two counts each (thirty-first: "17 der 20 Punkte"),
  "originally 28 points long, ... trimmed to 19 points" 28 and 19, "a list of 12
  conditions" 12, "ein Rahmenabkommen mit acht Protokollen" 8. New: a number that names
  one item of a document carries no quantity - "Laut Punkt 12 des überarbeiteten
  Entwurfs" and "Point 21 of the draft" are references, as "Chapter 11" (fifty-ninth),
  "section 114" (fifty-third) and "Reactor 2" (forty-second) are.
- Names with a figure carry none (fiftieth: type designations; thirty-first: "COP30"):
  "Iskander-M", "BM-21 rockets", "Thai F-16 jets", "Rebellengruppe M23"; new by the same
  rule: "the G8" (a group's name with a glued figure, as "COP30" and "Air2030").
- Shares of territory and population (thirty-first and fiftieth): "knapp ein Fünftel"
  0.2 "nearly", "etwa ein Viertel" 0.25 "about", "gut die Hälfte" 0.5 "over"
  (fourteenth: "gut" is "over"), "etwa jeder vierte Sudanese" 0.25 "about", "weniger als
  ein Drittel" 0.3333 "under" (twentieth: "less than one-third"), "Drei Viertel der
  Ukrainer" 0.75, "about a quarter of the population" 0.25 "about", "about two-thirds of
  which" 0.6667 "about"; percentages "etwa 0,7 Prozent der Fläche" "about", "rund 19,3
  Prozent des ukrainischen Territoriums" "about", "roughly 23% of Donetsk" "about",
  "around 58% of the enclave" "about", "roughly 2.5% of Russia's total" "about", "nearly
  80%" "nearly", "more than 60% of its budget" "over", "up to 100%" "up_to", "50% of the
  profits", "um 14 Prozent".
- Areas, distances and other physical measures are counts (fourth and fiftieth): "rund
  4.300 Quadratkilometer" 4300 "about", "über mehr als 1.200 Kilometer" 1200 "over" (the
  preposition "über" before "mehr als" is no hedge, the hedge next to the figure is "mehr
  als", as "nur noch über etwa ein Drittel", fiftieth), "rund 30 Kilometer" "about",
  "about 1,200 kilometres" "about", "the 817-kilometre border" 817 (thirty-first: "a
  43-kilometre transit corridor"), "41.5 million tonnes" 41,500,000, "about 7 million
  tonnes" "about". New: a voltage written in a compound is a count of its figure, as a
  calibre is ("155-Millimeter-Munition", fiftieth): "eine 330-Kilovolt-Leitung" 330, "the
  750-kilovolt Dniprovska line" 750.
- Storeys and floors are counts (forty-third: "four-storey", "the 16-storey block"): "ein
  fünfstöckiges Wohnhaus" 5 (the number word inside the compound, as "fünfköpfige"),
  "a nine-storey apartment block" 9, "its top three floors" 3.
- Drones, missiles and shoot-downs as written (thirty-first and fiftieth): "486 Drohnen und
  32 Raketen", "441 Drohnen und 27 Raketen", "118 ukrainische Drohnen über sieben
  Regionen", "23 davon", "596 drones and 36 missiles", "538 of the drones and 19 of the
  missiles", "112 ... drones over 12 regions, including 19 over the Moscow region",
  "at least six airstrikes" "at_least", "at 12 locations in four provinces".
- Prisoner exchanges: "jeweils 205 Kriegsgefangene" 205 ("jeweils" no hedge,
  fifty-ninth), "205 Rückkehrern", "je 1.000 gefallenen Soldaten" 1000, "146 prisoners of
  war each", "146 Russian servicemen", "3,000 fallen soldiers each" ("je", "each" no hedge,
  thirty-first), "19 Schwerverwundete und zwei Soldaten", "11 civilians and eight
  marines", "mehr als 8.000 ..., darunter rund 1.800 Zivilisten" "over" and "about", "more
  than 7,000 ..., about 2,000 of them civilians".
- Casualties with their hedges: "mindestens vier", "mindestens sieben", "mindestens 140",
  "at least three", "at least 38" "at_least"; "Mehr als 30", "mehr als 360", "mehr als
  7.000", "More than 150,000", "more than 300,000", "more than 40" "over"; "Nearly 12
  million", "Nearly 500,000" "nearly"; "about 1.1 million ... roughly 250,000" "about";
  "neun von ihnen" 9, "43 weitere" 43, "Acht weitere ..., darunter drei Kinder" 8 and 3,
  "killing one person and wounding seven" 1 and 7 (thirty-first: "one hostage" count 1),
  "killing eight people and wounding 29", "Two of the dead" 2, "14,383 civilian deaths
  ..., including 726 children", "1,120 troops", "at 43,000". "Russian losses averaged
  about 1,050 a day" 1050 "about" ("a day" none) and "im Schnitt 420 Lastwagen ...
  täglich" 420 with no hedge (an average is no hedge, as "um durchschnittlich 5 Prozent",
  sixtieth).
- Ages are durations in years (every earlier batch): "ein zwölfjähriges Kind" 12 years,
  "a 6-year-old girl" 6 years, "The youngest of them is 22 and the oldest 61" 22 and 61
  years (sixty-third: "Actor Wendell Price is 88."; the elided "is" of the second figure
  read as the first). New: "ein drei Monate alter Säugling" is an age of 3 months, a
  duration in the unit written, as ages in years are durations in years.
- Groups: "two Egyptian security sources", "two sources close to the negotiations" count 2;
  "the two presidents" and "the two countries' leaders" count 2 (eighth: "The two
  leaders"); "die 27 Staaten" 27, "Die übrigen 24 Mitgliedstaaten" 24 ("übrigen" no
  hedge), "von zwölf Staaten" 12, "leaders of 31 countries" 31, "a joint committee of
  seven members" 7, "den vier Regionen" 4, "seine sechs Reaktoren" and "The plant's six
  reactors" 6, "six diplomatic properties" 6; "von 15.000 bis 20.000 Soldaten" two counts
  with no hedge (fourteenth: "Between 40,000 and 50,000"), "rund 5.000 Soldaten" "about",
  "up to 20,000 troops" and "up to 10,000 troops" "up_to", "600,000 troops"; "beide
  Seiten", "both sides", "der beiden", "Dutzende", "Hunderte" none (thirty-first).
  "twice this year" count 2 (fourteenth).
- Money: "90 Milliarden Euro", "rund 40 Milliarden Euro" "about", "11,5 Milliarden Euro",
  "186 Millionen Franken" CHF, "90 billion euros", "Some 210 billion euros" "about",
  "$100 billion", "£13 billion ... including £3 billion a year" GBP ("a year" none), "2.2
  trillion hryvnias" UAH (thirty-first: "18 Milliarden Hrywnja"), "fell 2.3% to 84.5 per
  dollar" percent 2.3 and 84.5 RUB (an exchange rate is money in the priced currency,
  fourteenth and thirty-first).
- Years and dates: "seit 2022", "im April 2023", "seit März 2022", "seit Februar 2022",
  "der 2014 annektierten Krim", "2026", "für die Jahre 2026 und 2027" both, "in February
  2022", "in 2022", "since the summer of 2023" (fifty-ninth), "since December 2024",
  "until 2030/31" 2030 and 2031 (fortieth and fiftieth) the years; "am 8. August" --08-08,
  "seit dem 10. Oktober" --10-10, "began on Oct. 10" --10-10, "until Nov. 27" --11-27, "at
  midnight on Aug. 8" --08-08 ("at midnight" none); Reuters and AFP datelines with a day
  ("ABU DHABI, Jan 24 (Reuters)", "KYIV, Nov 29 (Reuters)", "CAIRO, Dec 2 (Reuters)",
  "PORT SUDAN, Feb 5 (Reuters)", "VIENNA, Oct 8 (Reuters)", "ISTANBUL, March 12 (AFP)",
  "MOSCOW, Aug 3 (Reuters)", "LONDON, June 18 (Reuters)", "WASHINGTON, Nov 21 (Reuters)",
  "MOSCOW, Sept 9 (Reuters)") dates without a year; German, AP, PA and AFP datelines
  without a day none. Clock times ("um 6.00 Uhr Ortszeit", "gegen 3.00 Uhr morgens") and
  months alone ("seit August", "seit Januar", "since May", "in May", "before the end of
  August", "since the start of October", "Ende des Monats") none (fourteenth).
- Speakers, checked only in forms the earlier batches settled: titles and roles before a
  name are dropped ("Kremlberater", "Kremlsprecher", "Bürgermeister" after "nach Angaben
  von", "Ombudsmann", "Der ägyptische Unterhändler", "Armeesprecher",
  "IAEA-Sprecherin", "Sprecher", "Gouverneur", "Regierungssprecher", "Der russische
  Delegationsleiter", "der türkische Außenamtssprecher", "Kremlin aide", "Kremlin
  spokesman", "Kyiv city administration head", "Army spokesman", "Thai army spokesman
  Col.", "Turkish foreign ministry spokesman", "Foreign Office minister", "Belgorod
  governor", "Russian delegation head", "Governor", "Russian Foreign Ministry
  spokeswoman"; fourteenth, thirty-first and fiftieth); a name in apposition speaks
  ("Ukraine's chief negotiator, Oleh Marynyuk, said", "the agency's director general,
  Mauro Bellandi, told reporters", "Ukraine's foreign minister, Taras Hlushko, said", as
  "his manager, Celeste Ward, told ...", sixty-third); "so Ossadtschi", "Tschernawin
  zufolge", "X told reporters", "X told Reuters", "X told MPs" the name; "teilte das EDA
  in Bern mit" -> "das EDA" (the place dropped, fourteenth: "der Bundesrat in Bern"),
  "teilte die IAEA mit" -> "die IAEA" (an abbreviation with its article, fifty-ninth),
  "nach Angaben der Bundesregierung" -> "die Bundesregierung" (fiftieth), "Nach Angaben
  des Koordinierungsstabs für die Belange von Kriegsgefangenen" -> the source in the
  nominative; "Ukraine's air force said", "Russia's Defence Ministry said", "Gaza's civil
  defence agency said", "Sudan's army said", "Cambodia's defence ministry said", "Ukraine's
  navy said", "Ukraine's General Staff said", "Ukraine's Coordination Headquarters for the
  Treatment of Prisoners of War said" the possessive form as written; "the IAEA said",
  "the foreign ministry said", "the headquarters said", "the ministry said", "the finance
  ministry said", "according to the agriculture ministry", "according to the European
  Commission" with the article in lower case (thirty-first); "According to the Kremlin,
  ..." opening the sentence -> "the Kremlin" (as "According to the Bureau of Labor
  Statistics, ...", an earlier batch). New, after the sixty-third batch's "the premier
  said" -> "the premier": "according to the governor" -> "the governor", a role with the
  definite article standing for the governor named in the sentence before. Left
  unchecked (None): "sagte der Kremlsprecher" (a role without a name in German, as "sagte
  der Minister", thirty-seventh), "schrieb Starikow auf Telegram" (as "schrieb Martschuk
  auf Telegram", an earlier batch), "teilte die ukrainische Luftwaffe mit", "teilte das
  saudische Außenministerium mit", "Das russische Verteidigungsministerium teilte mit",
  "Der russische Generalstab erklärte", "the regional governor said", "according to the
  Israeli prime minister's office", "The Israeli military said" (an adjective heading the
  source, fourteenth and twentieth), "teilte der Netzbetreiber Ukrenergo mit", "teilte das
  UN-Nothilfebüro Ocha mit", "according to private grid operator DTEK" (a description
  before a name, fourteenth and forty-fourth), "laut der Gesundheitsbehörde im
  Gazastreifen, die der Hamas untersteht", "nach Angaben aus Delegationskreisen", "nach
  Angaben beider Seiten", "nach eigenen Angaben", "nach Kreml-Angaben", "nach
  UN-Angaben", "nach Regierungsangaben", "nach ukrainischen Schätzungen", "nach Angaben
  der Behörden" (a plural group), "nach Angaben eines EU-Diplomaten", "laut einer Umfrage",
  "Laut Punkt 12 des ... Entwurfs" (a document), "Die russische Menschenrechtsbeauftragte
  ... bestätigte" (no verb of saying), "a Ukrainian official said", "a Turkish official
  said", "A White House official said", "officials said", "two sources close to the
  negotiations said", "according to estimates cited by ...", "according to ship-tracking
  data", "Britain's Ministry of Defence estimated" (no verb of saying), "Ukraine
  estimates", "she said" (a pronoun), rows without attribution and all negatives.
- Hedges, only the names in use: "rund", "etwa", "about", "around", "roughly", "Some"
  "about"; "knapp", "Knapp", "fast", "almost", "Nearly", "nearly" "nearly"; "mehr als",
  "Mehr als", "gut", "more than", "More than" "over"; "weniger als" "under"; "mindestens",
  "at least", "At least" "at_least"; "up to" "up_to"; "je", "jeweils", "each", "lediglich",
  "bereits", "insgesamt", "allein", "all", "a further", "im Schnitt", "averaged" no hedge.
- Check-worthy without a figure: the open points named by a Kremlin adviser, no summit
  planned, a truce starting at 6 a.m., units ordered to cease fire, the Federal Council's
  decision, a village claimed and the denial, airports closed, Kyiv's rejection, a
  negotiator's position, a Kremlin spokesman's account and the date the text arrived,
  strikes on gunmen east of the yellow line, a missile hitting a grain terminal, a point of
  the draft, the G8 offer.
- Negatives, with one figure among them (the ordinal of "a fourth round" in an open
  question): quoted threats and resolve, quoted evaluations of talks and plans, propaganda
  phrases in quotes and in Konjunktiv I, appeals and demands, open questions ("Ob ...",
  "It was not clear when or where ..."), commentary ("Militärbeobachter halten ...",
  "Diplomats cautioned ..."), the caveat that the figures of either side cannot be
  verified, a no-comment line, flowers laid outside a terminal.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_68 = [
    # === German =================================================================================
    # --- Genf: siebte Verhandlungsrunde (dpa) ---
    ("de", "Genf (dpa) - In Genf haben sich Unterhändler aus Moskau und Kiew am Dienstag zur siebten Verhandlungsrunde seit dem Frühjahr getroffen.", True, [("ordinal", 7, None, None)], None),
    ("de", "Das Treffen in einem Hotel am Seeufer dauerte nach Angaben aus Delegationskreisen mehr als fünf Stunden.", True, [("duration", 5, "hour", "over")], None),
    ("de", "Im Mittelpunkt stand der 22-Punkte-Plan, den die US-Regierung Anfang des Monats vorgelegt hatte.", True, [("count", 22, None, None)], None),
    ("de", "Bei 14 der 22 Punkte gebe es inzwischen Einigkeit, sagte Kremlberater Wiktor Ossadtschi nach der Sitzung.", True, [("count", 14, None, None), ("count", 22, None, None)], "Wiktor Ossadtschi"),
    ("de", "Offen seien vor allem die Gebietsfrage und die Zukunft des Atomkraftwerks Saporischschja, so Ossadtschi.", True, [], "Ossadtschi"),
    ("de", "Russland kontrolliert derzeit knapp ein Fünftel des ukrainischen Staatsgebiets.", True, [("fraction", 0.2, None, "nearly")], None),
    ("de", "Die nächste Runde soll binnen zehn Tagen in Istanbul stattfinden, teilte das EDA in Bern mit.", True, [("duration", 10, "day", None)], "das EDA"),
    ("de", "„Die Atmosphäre war sachlich, aber von einem Durchbruch sind wir weit entfernt“, sagte der ukrainische Delegationsleiter Oleh Marynjuk.", False, [], None),
    ("de", "Ob Moskau zu einem Rückzug aus den besetzten Gebieten bereit ist, bleibt fraglich.", False, [], None),
    # --- Telefonat der Präsidenten (APA/AFP) ---
    ("de", "Moskau/Washington (APA/AFP) - Der Kremlchef und der US-Präsident haben am Mittwoch zum vierten Mal seit Jahresbeginn miteinander telefoniert.", True, [("ordinal", 4, None, None)], None),
    ("de", "Knapp zweieinhalb Stunden habe das Telefonat gedauert, sagte Kremlsprecher Gleb Tschernawin in Moskau.", True, [("duration", 2.5, "hour", "nearly")], "Gleb Tschernawin"),
    ("de", "Tschernawin zufolge verständigten sich beide Seiten auf eine 30-tägige Feuerpause für Angriffe auf Energieanlagen.", True, [("duration", 30, "day", None)], "Tschernawin"),
    ("de", "Washington hatte Moskau zuvor eine Frist von zwölf Tagen gesetzt, die am 8. August ausläuft.", True, [("duration", 12, "day", None), ("date", "--08-08", None, None)], None),
    ("de", "Ein persönliches Treffen der Präsidenten sei vorerst nicht geplant, sagte der Kremlsprecher.", True, [], None),
    ("de", "Tschernawin nannte das Gespräch „offen, konkret und sehr inhaltsreich“.", False, [], None),
    ("de", "„Der Ball liegt jetzt eindeutig in Kiew“, sagte Tschernawin.", False, [], None),
    # --- Nächtlicher Luftangriff (dpa) ---
    ("de", "Kiew (dpa) - Russische Truppen haben in der Nacht zum Samstag 486 Drohnen und 32 Raketen auf ukrainische Städte abgefeuert, teilte die ukrainische Luftwaffe mit.", True, [("count", 486, None, None), ("count", 32, None, None)], None),
    ("de", "Davon seien 441 Drohnen und 27 Raketen abgeschossen oder elektronisch unschädlich gemacht worden.", True, [("count", 441, None, None), ("count", 27, None, None)], None),
    ("de", "In Lwiw wurden nach Angaben von Bürgermeister Roman Kuschnir mindestens vier Menschen getötet, darunter ein zwölfjähriges Kind.", True, [("count", 4, None, "at_least"), ("duration", 12, "year", None)], "Roman Kuschnir"),
    ("de", "Mehr als 30 Menschen erlitten Verletzungen, neun von ihnen schwere.", True, [("count", 30, None, "over"), ("count", 9, None, None)], None),
    ("de", "In der Region Iwano-Frankiwsk waren am Morgen rund 120.000 Haushalte ohne Strom, teilte der Netzbetreiber Ukrenergo mit.", True, [("count", 120000, None, "about")], None),
    ("de", "Es war der dritte schwere Angriff auf das Energienetz binnen zwei Wochen.", True, [("ordinal", 3, None, None), ("duration", 2, "week", None)], None),
    ("de", "Das russische Verteidigungsministerium sprach von einem „massiven Vergeltungsschlag“ gegen das „Kiewer Regime“.", False, [], None),
    ("de", "Die Angaben beider Kriegsparteien ließen sich zunächst nicht unabhängig überprüfen.", False, [], None),
    # --- Gefangenenaustausch (AFP) ---
    ("de", "Kiew/Moskau (AFP) - Moskau und Kiew haben am Donnerstag jeweils 205 Kriegsgefangene freigelassen.", True, [("count", 205, None, None)], None),
    ("de", "Nach Angaben des Koordinierungsstabs für die Belange von Kriegsgefangenen war es bereits der 72. Austausch dieser Art.", True, [("ordinal", 72, None, None)], "der Koordinierungsstab für die Belange von Kriegsgefangenen"),
    ("de", "Unter den Heimkehrern seien 19 Schwerverwundete und zwei Soldaten, die seit 2022 in Gefangenschaft gewesen seien, so Ombudsmann Petro Lewtschenko.", True, [("count", 19, None, None), ("count", 2, None, None), ("year", 2022, None, None)], "Petro Lewtschenko"),
    ("de", "Vermittelt hatten erneut die Vereinigten Arabischen Emirate, zum 17. Mal seit Beginn des Krieges.", True, [("ordinal", 17, None, None)], None),
    ("de", "Die russische Menschenrechtsbeauftragte Walentina Pronina bestätigte die Zahl von 205 Rückkehrern auf russischer Seite.", True, [("count", 205, None, None)], None),
    ("de", "Nach ukrainischen Schätzungen befinden sich noch mehr als 8.000 Ukrainer in russischer Gefangenschaft, darunter rund 1.800 Zivilisten.", True, [("count", 8000, None, "over"), ("count", 1800, None, "about")], None),
    ("de", "„Wir holen sie alle nach Hause, jeden Einzelnen“, versprach Lewtschenko.", False, [], None),
    # --- Gaza: zweite Phase (dpa) ---
    ("de", "Kairo (dpa) - Vermittler aus Ägypten, Katar und den USA haben eine neue Runde indirekter Gespräche über die zweite Phase der Gaza-Waffenruhe begonnen.", True, [("ordinal", 2, None, None)], None),
    ("de", "Die Waffenruhe gilt seit dem 10. Oktober, wurde nach Angaben beider Seiten aber mehrfach gebrochen.", True, [("date", "--10-10", None, None)], None),
    ("de", "Seither sind laut der Gesundheitsbehörde im Gazastreifen, die der Hamas untersteht, mehr als 360 Palästinenser getötet worden.", True, [("count", 360, None, "over")], None),
    ("de", "Israels Armee hält nach eigenen Angaben weiterhin gut die Hälfte des Küstenstreifens besetzt.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "Der ägyptische Unterhändler Hisham Abdelrazek sagte, eine internationale Stabilisierungstruppe solle zunächst rund 5.000 Soldaten umfassen.", True, [("count", 5000, None, "about")], "Hisham Abdelrazek"),
    ("de", "Zuletzt passierten im Schnitt 420 Lastwagen mit Hilfsgütern täglich die Grenzübergänge, teilte das UN-Nothilfebüro Ocha mit.", True, [("count", 420, None, None)], None),
    ("de", "„Unsere Waffen sind das Recht unseres Volkes“, hieß es in einer Erklärung der Hamas.", False, [], None),
    ("de", "Die Vereinten Nationen riefen alle Seiten eindringlich auf, die Waffenruhe einzuhalten.", False, [], None),
    # --- Sudan: Feuerpause (AFP) ---
    ("de", "Dschidda (AFP) - Nach mehr als zweieinhalb Jahren Krieg im Sudan haben Armee und RSF-Miliz eine 72-stündige humanitäre Waffenruhe vereinbart.", True, [("duration", 2.5, "year", "over"), ("duration", 72, "hour", None)], None),
    ("de", "Die Feuerpause soll am Sonntag um 6.00 Uhr Ortszeit beginnen, teilte das saudische Außenministerium mit.", True, [], None),
    ("de", "Es ist bereits der neunte Anlauf für eine Waffenruhe seit Kriegsbeginn im April 2023.", True, [("ordinal", 9, None, None), ("year", 2023, None, None)], None),
    ("de", "Bei den Kämpfen um El Obeid wurden nach UN-Angaben in der vergangenen Woche mindestens 140 Zivilisten getötet.", True, [("count", 140, None, "at_least")], None),
    ("de", "Rund zwölf Millionen Menschen sind innerhalb des Landes oder ins Ausland geflohen, etwa jeder vierte Sudanese.", True, [("count", 12000000, None, "about"), ("fraction", 0.25, None, "about")], None),
    ("de", "Armeesprecher Osman al-Tidschani sagte, die Einheiten rund um El Obeid seien angewiesen worden, das Feuer ab Sonntag einzustellen.", True, [], "Osman al-Tidschani"),
    ("de", "„Das sudanesische Volk hat genug gelitten“, sagte der saudische Vermittler zum Abschluss.", False, [], None),
    # --- AKW Saporischschja: Gespräche in Wien (APA) ---
    ("de", "Wien (APA) - Fachleute aus Moskau und Kiew haben in Wien unter Vermittlung der Internationalen Atomenergiebehörde zum dritten Mal über eine lokale Feuerpause rund um das AKW Saporischschja verhandelt.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die zweitägigen Gespräche endeten am Mittwoch ohne Ergebnis, teilte die IAEA mit.", True, [("duration", 2, "day", None)], "die IAEA"),
    ("de", "Ziel ist eine Reparaturpause, damit Techniker eine 330-Kilovolt-Leitung instand setzen können, die seit 23 Tagen unterbrochen ist.", True, [("count", 330, None, None), ("duration", 23, "day", None)], None),
    ("de", "Das größte Atomkraftwerk Europas ist seit März 2022 von russischen Truppen besetzt, seine sechs Reaktoren sind heruntergefahren.", True, [("year", 2022, None, None), ("count", 6, None, None)], None),
    ("de", "IAEA-Sprecherin Judith Kranebitter sagte, der Diesel für die Notstromaggregate reiche noch für rund zehn Tage.", True, [("duration", 10, "day", "about")], "Judith Kranebitter"),
    ("de", "„Mit nuklearer Sicherheit spielt man nicht“, mahnte Kranebitter.", False, [], None),
    ("de", "„Wien ist und bleibt ein Ort des Dialogs“, sagte Außenminister Lukas Hörtnagl.", False, [], None),
    # --- IKRK und Kriegsgefangene (Keystone-SDA) ---
    ("de", "Genf (Keystone-SDA) - Das Internationale Komitee vom Roten Kreuz (IKRK) hat seit Kriegsbeginn rund 2300 Kriegsgefangene beider Seiten besucht.", True, [("count", 2300, None, "about")], None),
    ("de", "Das sei weniger als ein Drittel der Gefangenen, deren Namen dem IKRK gemeldet worden seien, sagte Sprecher Pierre-Alain Vuilleumier.", True, [("fraction", 0.3333, None, "under")], "Pierre-Alain Vuilleumier"),
    ("de", "Beim Zentralen Suchdienst in Genf gingen bisher mehr als 160'000 Anfragen von Angehörigen ein.", True, [("count", 160000, None, "over")], None),
    ("de", "Das IKRK kürzt sein Budget für die Ukraine 2026 um 14 Prozent auf 186 Millionen Franken.", True, [("year", 2026, None, None), ("percent", 14, "%", None), ("money", 186000000, "CHF", None)], None),
    ("de", "Der Bundesrat beschloss am Freitag, eine weitere Gesprächsrunde in der Schweiz zu unterstützen, sofern beide Seiten darum ersuchen.", True, [], None),
    ("de", "«Hinter jeder Anfrage steht eine Familie, die nicht mehr schlafen kann», sagte Vuilleumier.", False, [], None),
    # --- Frontverlauf (Reuters) ---
    ("de", "Moskau (Reuters) - Russland hat nach eigenen Angaben das Dorf Nowopetriwka im Gebiet Donezk eingenommen.", True, [], None),
    ("de", "Die ukrainische Armee wies das zurück und erklärte, in dem Ort werde weiter gekämpft.", True, [], None),
    ("de", "Seit Jahresbeginn haben russische Truppen nach Berechnungen unabhängiger Analysten rund 4.300 Quadratkilometer erobert.", True, [("count", 4300, None, "about")], None),
    ("de", "Das entspricht etwa 0,7 Prozent der Fläche der Ukraine.", True, [("percent", 0.7, "%", "about")], None),
    ("de", "Insgesamt hält Russland damit rund 19,3 Prozent des ukrainischen Territoriums, einschließlich der 2014 annektierten Krim.", True, [("percent", 19.3, "%", "about"), ("year", 2014, None, None)], None),
    ("de", "Vom Gebiet Donezk kontrolliert Kiew nach eigenen Angaben noch etwa ein Viertel.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Die Front zieht sich über mehr als 1.200 Kilometer von Charkiw bis Cherson.", True, [("count", 1200, None, "over")], None),
    ("de", "Der russische Generalstab erklärte, binnen 24 Stunden seien 1.340 ukrainische Soldaten „ausgeschaltet“ worden.", True, [("duration", 24, "hour", None), ("count", 1340, None, None)], None),
    ("de", "Militärbeobachter halten die Moskauer Verlustzahlen seit Langem für stark übertrieben.", False, [], None),
    # --- Drohnen auf Belgorod (dpa) ---
    ("de", "Moskau (dpa) - Bei ukrainischen Drohnenangriffen auf die russische Grenzregion Belgorod sind nach Angaben von Gouverneur Roman Starikow zwei Menschen getötet worden.", True, [("count", 2, None, None)], "Roman Starikow"),
    ("de", "Acht weitere seien verletzt worden, darunter drei Kinder, schrieb Starikow auf Telegram.", True, [("count", 8, None, None), ("count", 3, None, None)], None),
    ("de", "Das russische Verteidigungsministerium teilte mit, die Flugabwehr habe in der Nacht 118 ukrainische Drohnen über sieben Regionen abgeschossen.", True, [("count", 118, None, None), ("count", 7, None, None)], None),
    ("de", "Allein über dem Gebiet Moskau seien 23 davon zerstört worden.", True, [("count", 23, None, None)], None),
    ("de", "Die Flughäfen Wnukowo und Domodedowo stellten den Betrieb für mehrere Stunden ein.", True, [], None),
    ("de", "„Das Kiewer Regime setzt seinen Terror gegen friedliche Bürger fort“, sagte Tschernawin.", False, [], None),
    # --- EU-Gipfel (Reuters) ---
    ("de", "Brüssel (Reuters) - Die EU-Staats- und Regierungschefs haben sich nach stundenlangen Verhandlungen auf einen Kredit von 90 Milliarden Euro für die Ukraine geeinigt.", True, [("money", 90000000000, "EUR", None)], None),
    ("de", "Das Geld soll den Finanzbedarf Kiews für die Jahre 2026 und 2027 zu einem großen Teil decken.", True, [("year", 2026, None, None), ("year", 2027, None, None)], None),
    ("de", "Die übrigen 24 Mitgliedstaaten tragen die Kosten, Ungarn, Tschechien und die Slowakei machen nicht mit.", True, [("count", 24, None, None)], None),
    ("de", "Zugleich billigten die 27 Staaten das 21. Sanktionspaket gegen Russland.", True, [("count", 27, None, None), ("ordinal", 21, None, None)], None),
    ("de", "Es setzt nach Angaben eines EU-Diplomaten weitere 96 Tanker der sogenannten Schattenflotte auf die schwarze Liste.", True, [("count", 96, None, None)], None),
    ("de", "Der Gipfel endete erst gegen 3.00 Uhr morgens, nach fast 16 Stunden.", True, [("duration", 16, "hour", "nearly")], None),
    ("de", "„Europa hat heute bewiesen, dass es zu seinem Wort steht“, sagte der Ratspräsident.", False, [], None),
    # --- Sicherheitsberater in Berlin (dpa) ---
    ("de", "Berlin (dpa) - Die Nationalen Sicherheitsberater von zwölf Staaten haben im Kanzleramt über Sicherheitsgarantien für die Ukraine beraten.", True, [("count", 12, None, None)], None),
    ("de", "Das Treffen dauerte rund drei Stunden, sagte Regierungssprecher Jonas Wehrberg am Abend.", True, [("duration", 3, "hour", "about")], "Jonas Wehrberg"),
    ("de", "Im Gespräch ist eine europäische Rückversicherungstruppe von 15.000 bis 20.000 Soldaten.", True, [("count", 15000, None, None), ("count", 20000, None, None)], None),
    ("de", "Deutschland hat der Ukraine seit Februar 2022 nach Angaben der Bundesregierung Militärhilfe im Wert von rund 40 Milliarden Euro geleistet oder zugesagt.", True, [("year", 2022, None, None), ("money", 40000000000, "EUR", "about")], "die Bundesregierung"),
    ("de", "Für das kommende Jahr sind im Bundeshaushalt 11,5 Milliarden Euro vorgesehen.", True, [("money", 11500000000, "EUR", None)], None),
    ("de", "Ohne belastbare Sicherheitsgarantien werde es keinen dauerhaften Frieden geben, betonte Wehrberg.", False, [], None),
    # --- Istanbul: dritte Begegnung (AFP) ---
    ("de", "Istanbul (AFP) - Zum dritten Mal binnen zwei Monaten haben sich Delegationen aus Moskau und Kiew in Istanbul getroffen.", True, [("ordinal", 3, None, None), ("duration", 2, "month", None)], None),
    ("de", "Die Sitzung im Dolmabahce-Palast dauerte diesmal lediglich 47 Minuten.", True, [("duration", 47, "minute", None)], None),
    ("de", "Der russische Delegationsleiter Arseni Kudrjaschow sagte anschließend, Moskau habe ein Memorandum mit 31 Punkten übergeben.", True, [("count", 31, None, None)], "Arseni Kudrjaschow"),
    ("de", "Darin verlangt Russland den Abzug ukrainischer Truppen aus den vier Regionen Donezk, Luhansk, Saporischschja und Cherson.", True, [("count", 4, None, None)], None),
    ("de", "Kiew wies die Forderung noch am selben Abend zurück.", True, [], None),
    ("de", "Vereinbart wurde lediglich die Übergabe der sterblichen Überreste von je 1.000 gefallenen Soldaten.", True, [("count", 1000, None, None)], None),
    ("de", "Ein viertes Treffen sei für Ende des Monats geplant, sagte der türkische Außenamtssprecher Levent Akyürek.", True, [("ordinal", 4, None, None)], "Levent Akyürek"),
    ("de", "Außenminister Taras Hluschko sprach von einem „Ultimatum, das niemand ernst nehmen kann“.", False, [], None),
    # --- Gleitbomben auf Charkiw (APA/dpa) ---
    ("de", "Charkiw (APA/dpa) - Bei einem russischen Gleitbombenangriff auf Charkiw, die zweitgrößte Stadt der Ukraine, sind am Freitag mindestens sieben Menschen ums Leben gekommen.", True, [("ordinal", 2, None, None), ("count", 7, None, "at_least")], None),
    ("de", "Gouverneur Serhij Lytwynenko zufolge wurden 43 weitere verletzt, unter ihnen ein drei Monate alter Säugling.", True, [("count", 43, None, None), ("duration", 3, "month", None)], "Serhij Lytwynenko"),
    ("de", "Getroffen wurde nach Angaben der Behörden ein fünfstöckiges Wohnhaus im Stadtteil Saltiwka.", True, [("count", 5, None, None)], None),
    ("de", "Die Stadt liegt nur rund 30 Kilometer von der russischen Grenze entfernt.", True, [("count", 30, None, "about")], None),
    ("de", "Lytwynenko rief die Bewohner auf, bei Luftalarm unbedingt die Schutzräume aufzusuchen.", False, [], None),
    # --- Kongo und M23 (dpa) ---
    ("de", "Doha (dpa) - Die Regierung der Demokratischen Republik Kongo und die Rebellengruppe M23 haben in Doha ein Rahmenabkommen mit acht Protokollen unterzeichnet.", True, [("count", 8, None, None)], None),
    ("de", "Ihm gingen fast sieben Monate Verhandlungen unter Vermittlung Katars voraus.", True, [("duration", 7, "month", "nearly")], None),
    ("de", "Bei den Kämpfen im Osten des Landes wurden nach Regierungsangaben seit Januar mehr als 7.000 Menschen getötet.", True, [("count", 7000, None, "over")], None),
    ("de", "Der katarische Vermittler Khalifa al-Dosari sprach von einem „historischen Tag für ganz Afrika“.", False, [], None),
    ("de", "Ob sich die Kämpfer tatsächlich aus Goma zurückziehen, muss sich erst zeigen.", False, [], None),
    # --- Sondergesandter im Kreml (dpa) ---
    ("de", "Moskau (dpa) - Der US-Sondergesandte Brent Kalloway ist im Kreml zu einer fünfstündigen Unterredung mit dem russischen Präsidenten zusammengetroffen.", True, [("duration", 5, "hour", None)], None),
    ("de", "Es war nach Kreml-Angaben das sechste Treffen der beiden seit August.", True, [("ordinal", 6, None, None)], None),
    ("de", "Laut Punkt 12 des überarbeiteten Entwurfs soll die Ukraine binnen 100 Tagen nach der Unterzeichnung Wahlen abhalten.", True, [("duration", 100, "day", None)], None),
    ("de", "Drei Viertel der Ukrainer lehnen laut einer Umfrage des Kiewer Internationalen Instituts für Soziologie Gebietsabtretungen ab.", True, [("fraction", 0.75, None, None)], None),
    ("de", "Die militärische Spezialoperation werde fortgesetzt, bis alle ihre Ziele erreicht seien, sagte Tschernawin.", False, [], None),
    ("de", "„Wer uns mit Drohungen kommt, wird scheitern“, warnte Ossadtschi.", False, [], None),
    ("de", "Russland sei jederzeit zu einem gerechten Frieden bereit, hieß es aus dem Kreml.", False, [], None),
    # === English ================================================================================
    # --- Abu Dhabi: third round (Reuters) ---
    ("en", "ABU DHABI, Jan 24 (Reuters) - U.S., Russian and Ukrainian delegations met in Abu Dhabi on Saturday for a third round of trilateral talks, the first to be held in the Gulf.", True, [("date", "--01-24", None, None), ("ordinal", 3, None, None), ("ordinal", 1, None, None)], None),
    ("en", "The session lasted about four hours and focused on the line of contact in the Donetsk region, a Ukrainian official said.", True, [("duration", 4, "hour", "about")], None),
    ("en", "Kremlin aide Viktor Osadchy told reporters the sides had agreed on 16 of the 20 points in a revised U.S. draft.", True, [("count", 16, None, None), ("count", 20, None, None)], "Viktor Osadchy"),
    ("en", "Russia wants Ukraine to withdraw from the roughly 23% of Donetsk it still holds, two sources close to the negotiations said.", True, [("percent", 23, "%", "about"), ("count", 2, None, None)], None),
    ("en", "Ukraine's chief negotiator, Oleh Marynyuk, said Kyiv would not withdraw from any territory it controls.", True, [], "Oleh Marynyuk"),
    ("en", "\"The door to peace is open, but it will not stay open forever,\" Osadchy said.", False, [], None),
    ("en", "It was not clear when or where a fourth round would be held.", False, [("ordinal", 4, None, None)], None),
    # --- Envoy at the Kremlin (AP) ---
    ("en", "MOSCOW (AP) — Russia's president met U.S. special envoy Brent Kalloway at the Kremlin for almost five hours on Thursday, their fifth meeting since the summer.", True, [("duration", 5, "hour", "nearly"), ("ordinal", 5, None, None)], None),
    ("en", "Kremlin spokesman Gleb Chernavin said the meeting had been \"useful\" but there was still no breakthrough on territory.", True, [], "Gleb Chernavin"),
    ("en", "Kalloway flew on to Berlin, where he held a three-hour meeting with Ukraine's negotiating team on Friday.", True, [("duration", 3, "hour", None)], None),
    ("en", "The U.S. plan, originally 28 points long, has been trimmed to 19 points after weeks of revisions.", True, [("count", 28, None, None), ("count", 19, None, None)], None),
    ("en", "According to the Kremlin, the two presidents also spoke by phone for two and a half hours on Sunday, their first call in more than a month.", True, [("count", 2, None, None), ("duration", 2.5, "hour", None), ("ordinal", 1, None, None)], "the Kremlin"),
    ("en", "Chernavin said the Kremlin had received the latest version of the text only on Wednesday.", True, [], "Chernavin"),
    ("en", "\"A deal is within reach, closer than at any point so far,\" Kalloway told reporters outside his hotel.", False, [], None),
    # --- Overnight strikes on Kyiv (Reuters) ---
    ("en", "KYIV, Nov 29 (Reuters) - Russia launched 596 drones and 36 missiles at Ukraine overnight, killing at least three people in Kyiv, officials said.", True, [("date", "--11-29", None, None), ("count", 596, None, None), ("count", 36, None, None), ("count", 3, None, "at_least")], None),
    ("en", "Air defences brought down 538 of the drones and 19 of the missiles, Ukraine's air force said.", True, [("count", 538, None, None), ("count", 19, None, None)], "Ukraine's air force"),
    ("en", "Kyiv city administration head Yevhen Solonenko said 27 people had been wounded, including a 6-year-old girl.", True, [("count", 27, None, None), ("duration", 6, "year", None)], "Yevhen Solonenko"),
    ("en", "Debris hit a nine-storey apartment block in the Darnytskyi district, setting its top three floors on fire.", True, [("count", 9, None, None), ("count", 3, None, None)], None),
    ("en", "Nearly 500,000 households in the capital were without power on Saturday morning, according to private grid operator DTEK.", True, [("count", 500000, None, "nearly")], None),
    ("en", "It was the 11th large-scale attack on Ukraine's energy system since the start of October.", True, [("ordinal", 11, None, None)], None),
    ("en", "\"Every night like this is an answer to those who still believe in Moscow's goodwill,\" Ukraine's foreign minister wrote on X.", False, [], None),
    ("en", "Russia's Defence Ministry described the strikes as retaliation for \"terrorist attacks by the Kyiv regime\".", False, [], None),
    # --- Prisoner swap (AP) ---
    ("en", "KYIV, Ukraine (AP) — Ukraine and Russia exchanged 146 prisoners of war each on Wednesday in a swap brokered by the United Arab Emirates.", True, [("count", 146, None, None)], None),
    ("en", "It was the 70th swap of prisoners since Moscow launched its full-scale invasion in February 2022, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said.", True, [("ordinal", 70, None, None), ("year", 2022, None, None)], "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War"),
    ("en", "Among those freed were 11 civilians and eight marines who had defended Mariupol in 2022.", True, [("count", 11, None, None), ("count", 8, None, None), ("year", 2022, None, None)], None),
    ("en", "The youngest of them is 22 and the oldest 61, the headquarters said.", True, [("duration", 22, "year", None), ("duration", 61, "year", None)], "the headquarters"),
    ("en", "Russia's Defence Ministry said 146 Russian servicemen had been returned and were being treated in Belarus.", True, [("count", 146, None, None)], "Russia's Defence Ministry"),
    ("en", "Ukraine estimates that more than 7,000 of its citizens remain in Russian captivity, about 2,000 of them civilians.", True, [("count", 7000, None, "over"), ("count", 2000, None, "about")], None),
    ("en", "\"Not one of them will be forgotten,\" said Petro Levchenko, Ukraine's human rights commissioner.", False, [], None),
    # --- Gaza truce (Reuters) ---
    ("en", "CAIRO, Dec 2 (Reuters) - Egyptian, Qatari and Turkish mediators will host Israeli and Hamas negotiators in Cairo next week to try to move the Gaza ceasefire into its second phase, two Egyptian security sources said.", True, [("date", "--12-02", None, None), ("ordinal", 2, None, None), ("count", 2, None, None)], None),
    ("en", "The first phase, which began on Oct. 10, saw the release of all 20 living hostages and about 1,700 Palestinian detainees.", True, [("ordinal", 1, None, None), ("date", "--10-10", None, None), ("count", 20, None, None), ("count", 1700, None, "about")], None),
    ("en", "The remains of three deceased hostages are still being held in Gaza, according to the Israeli prime minister's office.", True, [("count", 3, None, None)], None),
    ("en", "Gaza's civil defence agency said Israeli strikes had killed 24 people on Tuesday, the highest daily toll since the truce took effect.", True, [("count", 24, None, None)], "Gaza's civil defence agency"),
    ("en", "The Israeli military said it had targeted gunmen who approached its troops east of the so-called yellow line.", True, [], None),
    ("en", "Under the 20-point plan, Israeli forces would pull back further once an international stabilisation force of up to 20,000 troops is in place.", True, [("count", 20, None, None), ("count", 20000, None, "up_to")], None),
    ("en", "Israel currently controls around 58% of the enclave.", True, [("percent", 58, "%", "about")], None),
    ("en", "\"Hamas will be disarmed, the easy way or the hard way,\" an Israeli cabinet minister told army radio.", False, [], None),
    ("en", "The U.N. secretary-general urged both sides to exercise maximum restraint.", False, [], None),
    # --- Sudan truce (Reuters) ---
    ("en", "PORT SUDAN, Feb 5 (Reuters) - Sudan's army said on Thursday it would accept a 90-day humanitarian truce proposed by Washington, Riyadh, Cairo and Abu Dhabi.", True, [("date", "--02-05", None, None), ("duration", 90, "day", None)], "Sudan's army"),
    ("en", "The Rapid Support Forces signed up to the same plan three weeks ago, but fighting around El Obeid has continued.", True, [("duration", 3, "week", None)], None),
    ("en", "More than 150,000 people have been killed since the war began in April 2023, according to estimates cited by the U.S. envoy for Sudan.", True, [("count", 150000, None, "over"), ("year", 2023, None, None)], None),
    ("en", "Nearly 12 million people have been displaced, about a quarter of the population.", True, [("count", 12000000, None, "nearly"), ("fraction", 0.25, None, "about")], None),
    ("en", "Army spokesman Osman al-Tijani told Reuters the truce would be monitored by a joint committee of seven members.", True, [("count", 7, None, None)], "Osman al-Tijani"),
    ("en", "\"We will not let the militia use a truce to rearm,\" al-Tijani said.", False, [], None),
    # --- Thailand and Cambodia (AP) ---
    ("en", "BANGKOK (AP) — Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire after five days of fighting along their disputed border.", True, [("duration", 5, "day", None)], None),
    ("en", "The deal was reached in Kuala Lumpur at a meeting of the two countries' leaders that lasted about two and a half hours.", True, [("count", 2, None, None), ("duration", 2.5, "hour", "about")], None),
    ("en", "At least 38 people were killed, most of them civilians, and more than 300,000 were displaced on both sides, officials said.", True, [("count", 38, None, "at_least"), ("count", 300000, None, "over")], None),
    ("en", "Thai army spokesman Col. Wiroj Saengchan said Cambodian forces had fired BM-21 rockets at 12 locations in four provinces.", True, [("count", 12, None, None), ("count", 4, None, None)], "Wiroj Saengchan"),
    ("en", "Cambodia's defence ministry said Thai F-16 jets had carried out at least six airstrikes on its territory.", True, [("count", 6, None, "at_least")], "Cambodia's defence ministry"),
    ("en", "Commanders from both sides are due to meet within 24 hours to set up monitoring along the 817-kilometre border.", True, [("duration", 24, "hour", None), ("count", 817, None, None)], None),
    ("en", "\"Peace is the only victory worth having,\" the Malaysian prime minister said.", False, [], None),
    # --- Zaporizhzhia plant (Reuters) ---
    ("en", "VIENNA, Oct 8 (Reuters) - Ukraine's Zaporizhzhia nuclear plant has been without outside power for 14 days, the longest such outage since Russian troops seized it in 2022, the IAEA said.", True, [("date", "--10-08", None, None), ("duration", 14, "day", None), ("year", 2022, None, None)], "the IAEA"),
    ("en", "Its diesel generators have enough fuel to run for at least 10 more days, the agency's director general, Mauro Bellandi, told reporters.", True, [("duration", 10, "day", "at_least")], "Mauro Bellandi"),
    ("en", "The plant's six reactors have been in cold shutdown for more than three years.", True, [("count", 6, None, None), ("duration", 3, "year", "over")], None),
    ("en", "Bellandi said both sides had agreed to local ceasefires twice this year to allow repairs to the 750-kilovolt Dniprovska line.", True, [("count", 2, None, None), ("count", 750, None, None)], "Bellandi"),
    ("en", "\"Nuclear safety cannot be held hostage to the front line,\" Bellandi warned.", False, [], None),
    # --- Black Sea talks (AFP) ---
    ("en", "ISTANBUL, March 12 (AFP) - Turkey will host technical talks on a Black Sea ceasefire next week, the foreign ministry said, the first such meeting in nearly a year.", True, [("date", "--03-12", None, None), ("ordinal", 1, None, None)], "the foreign ministry"),
    ("en", "Ukraine exported 41.5 million tonnes of grain and oilseeds through its Black Sea ports in the last marketing season, according to the agriculture ministry.", True, [("count", 41500000, None, None)], "the agriculture ministry"),
    ("en", "Russian strikes have damaged more than 300 port facilities and 22 civilian vessels since the summer of 2023, Ukraine's navy said.", True, [("count", 300, None, "over"), ("count", 22, None, None), ("year", 2023, None, None)], "Ukraine's navy"),
    ("en", "Turkish foreign ministry spokesman Levent Akyurek said a 30-day truce at sea could be monitored from a joint centre in Istanbul.", True, [("duration", 30, "day", None)], "Levent Akyurek"),
    ("en", "Diplomats cautioned that the talks were still at a very early stage.", False, [], None),
    # --- Coalition summit in London (PA) ---
    ("en", "LONDON (PA) - The Prime Minister will host leaders of 31 countries on Tuesday for talks on a multinational force to help secure a future ceasefire in Ukraine.", True, [("count", 31, None, None)], None),
    ("en", "Britain and France have said they are prepared to deploy up to 10,000 troops between them once a deal is signed.", True, [("count", 10000, None, "up_to")], None),
    ("en", "Foreign Office minister Hugh Pemberton told MPs the force would not be deployed to the front line, which runs for about 1,200 kilometres.", True, [("count", 1200, None, "about")], "Hugh Pemberton"),
    ("en", "The UK has committed £13 billion in military aid since February 2022, including £3 billion a year until 2030/31.", True, [("money", 13000000000, "GBP", None), ("year", 2022, None, None), ("money", 3000000000, "GBP", None), ("year", 2030, None, None), ("year", 2031, None, None)], None),
    ("en", "\"Britain will not flinch and it will not forget,\" Pemberton said.", False, [], None),
    ("en", "Opposition MPs demanded more detail on the rules of engagement.", False, [], None),
    # --- Drones over Russia (Reuters) ---
    ("en", "MOSCOW, Aug 3 (Reuters) - Ukrainian drones attacked an oil refinery in Russia's Samara region overnight, starting a fire that was put out after six hours, the regional governor said.", True, [("date", "--08-03", None, None), ("duration", 6, "hour", None)], None),
    ("en", "Russia's Defence Ministry said air defence units had destroyed 112 Ukrainian drones over 12 regions, including 19 over the Moscow region.", True, [("count", 112, None, None), ("count", 12, None, None), ("count", 19, None, None)], "Russia's Defence Ministry"),
    ("en", "Belgorod governor Roman Starikov said a drone had hit a bus in the town of Shebekino, killing one person and wounding seven.", True, [("count", 1, None, None), ("count", 7, None, None)], "Roman Starikov"),
    ("en", "The refinery processes about 7 million tonnes of crude a year, roughly 2.5% of Russia's total.", True, [("count", 7000000, None, "about"), ("percent", 2.5, "%", "about")], None),
    ("en", "Starikov said more than 40 residential buildings in the region had been damaged in the past week.", True, [("count", 40, None, "over")], "Starikov"),
    ("en", "Russian state television called the attack \"another act of terror by the Kyiv regime\".", False, [], None),
    ("en", "There was no immediate comment from the Kremlin on the refinery fire.", False, [], None),
    # --- EU loan (AP) ---
    ("en", "BRUSSELS (AP) — After a summit that ran for more than 15 hours, European Union leaders agreed early Friday on a loan of 90 billion euros to Ukraine covering the next two years.", True, [("duration", 15, "hour", "over"), ("money", 90000000000, "EUR", None), ("duration", 2, "year", None)], None),
    ("en", "The loan will be financed by joint EU borrowing rather than by frozen Russian central bank assets, about two-thirds of which are held in Belgium.", True, [("fraction", 0.6667, None, "about")], None),
    ("en", "Some 210 billion euros of Russian assets are immobilised in the bloc, according to the European Commission.", True, [("money", 210000000000, "EUR", "about")], "the European Commission"),
    ("en", "Ukraine plans to spend 2.2 trillion hryvnias on defence next year, more than 60% of its budget, the finance ministry said.", True, [("money", 2200000000000, "UAH", None), ("percent", 60, "%", "over")], "the finance ministry"),
    ("en", "\"Today Europe delivered,\" the council president told a late-night news conference.", False, [], None),
    # --- Istanbul meeting (AFP) ---
    ("en", "ISTANBUL (AFP) - Russian and Ukrainian delegations met in Istanbul on Wednesday for less than an hour, their third face-to-face encounter since May.", True, [("ordinal", 3, None, None)], None),
    ("en", "Russian delegation head Arseny Kudryashov said Moscow had proposed three short ceasefires of 24 to 48 hours each along parts of the front.", True, [("count", 3, None, None), ("duration", 24, "hour", None), ("duration", 48, "hour", None)], "Arseny Kudryashov"),
    ("en", "Ukraine's foreign minister, Taras Hlushko, said Kyiv had again called for an unconditional 30-day ceasefire.", True, [("duration", 30, "day", None)], "Taras Hlushko"),
    ("en", "The sides agreed to hand over the bodies of 3,000 fallen soldiers each.", True, [("count", 3000, None, None)], None),
    ("en", "A fourth meeting could take place before the end of August, a Turkish official said.", True, [("ordinal", 4, None, None)], None),
    ("en", "Hlushko called the Russian memorandum \"an ultimatum dressed up as a peace plan\".", False, [], None),
    # --- Casualty estimates (Reuters) ---
    ("en", "LONDON, June 18 (Reuters) - Russia has suffered about 1.1 million military casualties in Ukraine, including roughly 250,000 killed, Britain's Ministry of Defence estimated on Wednesday.", True, [("date", "--06-18", None, None), ("count", 1100000, None, "about"), ("count", 250000, None, "about")], None),
    ("en", "Russian losses averaged about 1,050 a day in May, the ministry said.", True, [("count", 1050, None, "about")], "the ministry"),
    ("en", "Ukraine's General Staff said Russian forces had lost 1,120 troops in the past 24 hours, a figure Moscow does not confirm.", True, [("count", 1120, None, None), ("duration", 24, "hour", None)], "Ukraine's General Staff"),
    ("en", "Kyiv has not updated its own losses since December 2024, when it put the number of Ukrainian soldiers killed at 43,000.", True, [("year", 2024, None, None), ("count", 43000, None, None)], None),
    ("en", "The U.N. human rights monitoring mission in Ukraine has verified 14,383 civilian deaths since February 2022, including 726 children.", True, [("count", 14383, None, None), ("year", 2022, None, None), ("count", 726, None, None)], None),
    ("en", "Neither side's casualty figures could be independently verified by Reuters.", False, [], None),
    # --- Missile strike on Odesa (AP) ---
    ("en", "ODESA, Ukraine (AP) — A Russian ballistic missile struck the port of Odesa on Monday evening, killing eight people and wounding 29, Governor Ivan Fedorchuk said.", True, [("count", 8, None, None), ("count", 29, None, None)], "Ivan Fedorchuk"),
    ("en", "Two of the dead were port workers, according to the governor.", True, [("count", 2, None, None)], "the governor"),
    ("en", "The Iskander-M missile hit a grain terminal and damaged a Panama-flagged cargo ship, Fedorchuk said.", True, [], "Fedorchuk"),
    ("en", "It was the fourth strike on the port in 10 days.", True, [("ordinal", 4, None, None), ("duration", 10, "day", None)], None),
    ("en", "Residents laid flowers outside the damaged terminal on Tuesday morning.", False, [], None),
    # --- The 28-point draft (Reuters) ---
    ("en", "WASHINGTON, Nov 21 (Reuters) - The 28-point U.S. draft, seen by Reuters, would cap the size of Ukraine's armed forces at 600,000 troops.", True, [("date", "--11-21", None, None), ("count", 28, None, None), ("count", 600000, None, None)], None),
    ("en", "Point 21 of the draft says Ukraine would withdraw from the part of the Donetsk region it still controls, which would become a demilitarised zone.", True, [], None),
    ("en", "It also envisages that $100 billion of frozen Russian assets be invested in U.S.-led reconstruction, with the United States receiving 50% of the profits.", True, [("money", 100000000000, "USD", None), ("percent", 50, "%", None)], None),
    ("en", "Ukraine would have to hold elections within 100 days of the agreement being signed.", True, [("duration", 100, "day", None)], None),
    ("en", "A White House official said Kyiv had until Nov. 27 to respond.", True, [("date", "--11-27", None, None)], None),
    ("en", "Under the plan, Russia would be invited back into the G8.", True, [], None),
    ("en", "\"This is a plan for peace, not a plan for surrender,\" the official said.", False, [], None),
    # --- Moscow's conditions (Reuters) ---
    ("en", "MOSCOW, Sept 9 (Reuters) - Russian Foreign Ministry spokeswoman Larisa Grebneva said on Tuesday that Moscow had handed Washington a list of 12 conditions for a summit.", True, [("date", "--09-09", None, None), ("count", 12, None, None)], "Larisa Grebneva"),
    ("en", "Among them are the lifting of sanctions on Aeroflot and the return of six diplomatic properties seized in the United States, she said.", True, [("count", 6, None, None)], None),
    ("en", "Grebneva said the West was \"waging a hybrid war against Russia\" and would bear full responsibility for any escalation.", False, [], None),
    ("en", "\"The goals of the special military operation will be achieved, one way or another,\" Chernavin told reporters.", False, [], None),
    # --- Deadline for Moscow (AP) ---
    ("en", "WASHINGTON (AP) — The U.S. president gave Moscow 10 days to agree to a ceasefire or face secondary tariffs of up to 100% on buyers of Russian oil.", True, [("duration", 10, "day", None), ("percent", 100, "%", "up_to")], None),
    ("en", "The deadline expires at midnight on Aug. 8.", True, [("date", "--08-08", None, None)], None),
    ("en", "India and China together buy nearly 80% of Russia's seaborne crude exports, according to ship-tracking data.", True, [("percent", 80, "%", "nearly")], None),
    ("en", "Russia's rouble fell 2.3% to 84.5 per dollar after the announcement.", True, [("percent", 2.3, "%", None), ("money", 84.5, "RUB", None)], None),
    ("en", "\"They can make a deal, or they can face consequences they won't like,\" the president told reporters.", False, [], None),
]
