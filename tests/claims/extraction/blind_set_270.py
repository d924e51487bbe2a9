"""Two-hundred-and-seventieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician, commander or office-holder is named: heads of state and government, foreign
ministers and the heads of bodies who would be real people appear only by office ("der
ukrainische Präsident", "der Kremlchef", "der US-Präsident", "Russia's president", "his U.S.
counterpart", "Polens Verteidigungsminister", "Ukraine's strategic industries minister",
"the EU's foreign policy chief", "The IAEA's director general", "The White House press
secretary", "the institute's director", "the regional governor"), and the envoys,
negotiators, spokespeople, ministers, governors, ombudspeople, analysts and residents who
carry a name are invented, spelled as the German and the English services transliterate
them: Wadym Tscherednyk / Vadym Cherednyk, Mykyta Dowbysch / Mykyta Dovbysh, Walentina
Sujewa / Valentina Zuyeva, Ilja Worobjow / Ilya Vorobyov, Oleg Ryschkow / Oleg Ryzhkov,
Wiktor Danylenko / Viktor Danylenko, Ostap Hurko and Graham Whitlock in both; further Serhiy
Bondar, Nikolai Semjonow, Denis Glotow, Ruslan Kowtun, Andriy Saiets, Mykola Bilous, Taras
Hnatjuk, Andrij Nalywajko, Florian Weidacher, Matthias Kellner, Jan Hülsmann, Oliver
Hartigan, Nadia Gisler, Barbara Leitgeb, Roman Kusnezow, the village Sadowe Pole / Sadove
Pole, and in vox pops Halyna Mazur, Petro Oliinyk and Oksana; every unnamed official,
diplomat, commander, analyst, expert and resident. Real states, bodies, forces, places and
things (Luftwaffe, Generalstab, Verteidigungsministerium, Ukrenergo, Institut für
Kriegsstudien / ISW, Einsatzführungskommando, Nato, Awacs, Koordinierungsstab für
Kriegsgefangene, Präsidialamt, Vereinigte Arabische Emirate, Katar, EDA, Bund, SVP, FPÖ,
Linke, Bundestag, Auslandskatastrophenfonds, Welternährungsprogramm, Rotes Kreuz,
Bundesheer, britisches Verteidigungsministerium, „Koalition der Willigen“, Iskander-M,
KAB-500, Iris-T, Patriot, Brjansk, Sumy, Tschernihiw, Charkiw, Saltiwka, Odessa, Cherson,
Nowa Kachowka, Mykolajiw, Luhansk, Donezk, Saporischschja, Krim, Rzeszów, Lublin; the State
Emergency Service, the General Staff, the IAEA, the Zaporizhzhia plant, Britain's Ministry
of Defence, the EU, the Commission, the Kyiv International Institute of Sociology, the State
Department, the White House, Congress, NATO, Samara, Bryansk, Kostiantynivka, Kherson, St.
Petersburg, Sviatoshynskyi district, and the datelines' cities) stand for the way wire copy
names them; every tally, toll, loss claim, share, area, swap, sum, poll, date, age and
quote here is invented, and where a real figure came to mind (a real night's tally, a real
exchange, a real package or loan, a real poll, a real share of occupied land) it was
changed (the annexation of Crimea in 2014 and the invasion of February 2022 kept).

Its weight: THE WAR IN UKRAINE, A DIPLOMATIC AND FRONTLINE DAY, about 60 % German as the
brief for this batch asks (the sixty-eighth batch weighed war, ceasefire talks and
diplomacy, the hundred-first war and diplomacy over one week, the hundred-thirty-seventh
casualty figures in dispute, the hundred-fortieth peace talks and summits, the
hundred-forty-second and hundred-fifty-ninth peace negotiations and envoys' meetings over
Ukraine, the hundred-sixty-second drone and missile attacks, the hundred-seventy-ninth a
ceasefire and prisoner exchanges, the hundred-ninety-third Kremlin and Kyiv statements on
talks, the two-hundred-and-ninth peace talks in German-heavy copy, the two-hundred-and-
twenty-third frontline reports in German-heavy copy and the two-hundred-and-sixty-second
Middle East diplomacy before, and their decisions are kept) - one wire day, Tuesday, April
14, of one year, from the night's attack to the president's evening address, as 31 short
stories in story order, the German and English stories interleaved through the day. German (dpa, APA, Reuters
German, AFP German, Keystone-SDA; Swiss "fliesse", «» quotes; German „“ quotes): the night's
drones and missiles, Moscow's tally and its claim of a village, the power cuts, the ISW's
March gains and the shares of territory held, Poland's jets, a freighter hit in Odessa,
glide bombs on Charkiw, the prisoner exchange, children brought back, the envoys in Geneva,
the Kremlin's answer, Germany's package, Swiss money for demining, Austria's aid, both
sides' loss figures, an Austrian analyst's view, day 1,511 and Cherson, the evening
address. English (Reuters with dated datelines, AP, AFP, PA): the toll in Kyiv, the fight
for Sadove Pole, a refinery in the Samara region, the Zaporizhzhia plant, the swap with its
vox pop, the Geneva talks, the Kremlin on the phone call, Britain's aid, the EU tranche and
sanctions, interceptor drones, a poll on territory, Kherson and Washington. Figures as such
copy has them: drones and missiles launched and downed ("412 Drohnen und 29 Raketen", "371
Drohnen und 22 Raketen", "118 of the 412 drones"), loss claims ("bis zu 1.240 Soldaten",
„rund 1,09 Millionen Mann“, „etwa eine Million“), villages, square kilometres and shares of
territory („gut ein Fünftel des ukrainischen Staatsgebiets“, „knapp 22 Prozent der
Fläche“, „jeweils etwa drei Viertel“, "about 19.4% of Ukraine"), envoys' meetings, calls
and trips as ordinals and durations („das vierte Treffen“, „ein anderthalbstündiges
Telefonat“, „Fünf-Stunden-Treffen“, "his fifth trip"), prisoners, bodies and children
exchanged („Jede Seite habe 246 Gefangene“, „390 gegen 390 Gefangene“, "the 72nd
exchange"), aid packages in euros, pounds, francs, dollars and hryvnias, a quote with „mehr
als 50 Mal“, polls, ages, years and dates. Negatives as such copy has them: each side's
rhetoric, vows and labels in quotes, condemnations, appeals naming no measure, evasions,
no-comment lines, caveats that figures cannot be checked, analysts' verdicts, a fear, a
doubt, open questions and vox pops with their figures labelled - each near a check-worthy
look-alike: the same speaker's figure, a denial, a position, an announced step.

237 rows (143 German, 94 English), 58 negatives (35 German, 23 English), 179 check-worthy
rows of which 37 carry no figure (29 German, 8 English), 226 expected quantities (111
counts, 40 durations - 16 in years, 10 in hours, 6 in days, 4 in weeks, 2 in months, 2 in
minutes -, 19 ordinals, 18 amounts of money - 9 EUR, 3 GBP, 3 USD, 2 CHF, 1 UAH -, 12 years,
10 dates, 8 fractions, 8 percentages - 7 in %, 1 in percentage points -; 9 of them in six
negatives, as the seventeenth batch labels a figure in a negative), 38 checked speakers (23
German, 15 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact, a position or a plan are check-worthy with the speaker their own
  attribution gives and with the speaker unchecked after a role, a pronoun or "hieß es"
  (hundred-sixty-second, hundred-seventy-ninth, two-hundred-and-ninth,
  two-hundred-and-twenty-third). A quoted or reported evaluation, label, vow, boast, feeling,
  fear, doubt or piece of rhetoric is a negative with speaker None, also with a named speaker
  and an office (seventh, ninety-eighth, two-hundred-and-fourth, two-hundred-and-sixty-
  second). Pairs from one speaker: Tscherednyk's half of the drones beside „ausbluten
  lassen“ and Cherednyk's 118 beside "a race" and his refusal to say; Glotow's 1,240 beside
  „verheizt“; Kowtun's 23 beside „jede Leitung“; Saiets's twice beside "every meter";
  Bilous's 190 square kilometers beside his doubt; Nalywajko's four children beside „gezielt
  Orte“; Dowbysch's 19 and 31 beside his vow and „Jahre ihrer Kindheit“; Whitlock's 15
  kilometres and its twin beside „noch nie so nah“, his evasion and "constructive, detailed
  ..."; Ryschkow's „mehr als 50 Mal“ and Ryzhkov's twin beside „lebensfremd“ and "detached
  from reality"; Kellner's package beside „verteidigt auch unsere Freiheit“; Hartigan's £350
  million and 100,000 drones beside "betting that we will grow tired" and his appeal;
  Leitgeb's 4 and 3 million euros beside „Neutralität heißt nicht Gleichgültigkeit“;
  Weidacher's 700,000 soldiers beside „spiele auf Zeit“, „Initiative, aber keinen
  Durchbruch“ and his verdict with „hält ... für wahrscheinlich“.
- Each side's claims are check-worthy, each with its own figures and hedges, whoever makes
  them and whether or not the other side denies them (sixty-eighth, hundred-first,
  hundred-thirty-seventh, hundred-sixty-second, two-hundred-and-twenty-third): both
  tallies of the night, Moscow's village claimed („erklärte das Ministerium“ unchecked) and
  its 14th since early April, the General Staff's 43 assaults and its account of positions
  held, both sides' loss figures, the British estimate (hundred-tenth), the president's
  earlier figure of his own dead ("im Februar mit rund 46.000 angegeben";
  hundred-sixty-second: "hatte ... von rund 41.000 ... gesprochen"), Moscow's account of
  its strike in Odessa, Kusnezow's allegation of a checkable act (hundred-thirty-seventh),
  Danylenko's account of drones hunting cars in both languages, and the leads that report
  contradictory accounts ("Moscow claimed ... which Kyiv denied", "blamed Ukrainian
  shelling ..., while Kyiv said a Russian drone had damaged a substation";
  hundred-sixty-second) or mutual accusations on a named day („Am 1.511. Kriegstag warfen
  sich Moskau und Kiew erneut gegenseitig Angriffe auf Zivilisten vor.";
  hundred-seventy-ninth). Denials and rejections are check-worthy without a figure
  (ninety-eighth, hundred-sixty-second, two-hundred-and-ninth): „Der ukrainische
  Generalstab wies die Darstellung zurück.“, „Russland bestreitet, ...“, "Moscow denies
  targeting civilians.", „Moskau weist den Vorwurf der Verschleppung zurück und spricht von
  Evakuierungen ...“ (hundred-seventy-ninth), „Der Kreml lehnt eine Stationierung ... ab.“
  and "The Kremlin has repeatedly ruled out ..." (two-hundred-and-ninth), while "Moscow has
  called the strikes "terrorism" and vowed to respond." is a label joined to a vow and a
  negative (hundred-sixty-second: "Moscow has branded the attacks "terrorism."").
- Quotes that repeat a figure (the issue: "100 Mal"; two-hundred-and-ninth: Lipatow's „mehr
  als 30 Mal“): „Ohne eine Lösung der territorialen Frage gibt es keinen Frieden, das haben
  wir mehr als 50 Mal gesagt“, sagte Kremlberater Oleg Ryschkow. and its English twin are
  positions of record, check-worthy with count 50 "over" and the speaker.
- Envoys' meetings, calls and trips (the issue: "das sechste Treffen", "fünfstündigen
  Treffen"; two-hundred-and-ninth): „bereits das vierte Treffen der beiden“ and "their
  fourth meeting" 4 ("bereits" no hedge, „der beiden“ none), „das dritte Telefonat der
  beiden Präsidenten“ 3, "his fifth trip there this year" 5, "four times since January" 4
  (the issue's "viermal"), "the two sides" and "the two presidents" count 2
  (hundred-seventy-ninth, two-hundred-and-ninth), „nach dem gut fünfstündigen Gespräch“ and
  "for more than five hours" 5 hours "over", "for about 90 minutes" 90 minutes "about", "for
  about five hours" "about". New: „ein anderthalbstündiges Telefonat“ is 1.5 hours -
  „anderthalb“ heading a compound adjective, read as „zweieinhalbstündigen“ 2.5 hours
  (hundred-twentieth) and „rund anderthalb Stunden“ 1.5 hours (thirty-first). New: „zu
  einem Fünf-Stunden-Treffen“ is 5 hours - the number word heading a hyphenated compound
  with a unit of time, as „eine 35-Stunden-Woche“ 35 hours (twelfth) and
  „Zwölfstundenstreik“ (sixth), while „Drei-Phasen-Plan“ (two-hundred-and-sixty-second)
  counts because its unit is no unit of time. New: „ein gut 40-minütiges
  Vier-Augen-Gespräch“ is 40 minutes "over" and nothing more - „Vier-Augen“ is the compound
  form of „unter vier Augen“, which counts nothing (hundred-seventy-ninth).
- Plans with numbered points (the issue: "28-Punkte-Entwurf"; two-hundred-and-ninth): "a
  revised 22-point peace plan" 22, „bei 17 der 22 Punkte“ and "17 of the 22 points" two
  counts (a definite group, forty-first), and „über den 22-Punkte-Entwurf hinausgehen“ in a
  fear, labelled. A named point still in dispute is check-worthy („Offen seien vor allem die
  Gebietsfragen und die Sicherheitsgarantien, so der Chefunterhändler.";
  two-hundred-and-ninth), an open question is not („Ob Russland den überarbeiteten Entwurf
  akzeptieren würde, ließ Whitlock offen.“, "It was not clear whether ...", "Whether
  Budapest will lift its veto ..."). Troop caps read as written with no hedge: "capped at
  600,000 troops" and "a ceiling of 450,000" (the verb and the noun carry the bound, as
  „einer Obergrenze von 500.000 Mann“, two-hundred-and-ninth).
- Prisoners, bodies and children are counts (hundred-seventy-ninth,
  two-hundred-and-sixty-second): „Jede Seite habe 246 Gefangene übergeben“ 246 („Jede“
  none), "246 prisoners of war each" ("each" no hedge), „19 Zivilisten und 31
  Schwerverletzte“ and "31 of the returning men ... and 19", „die Leichen von 1.000
  gefallenen Soldaten, Moskau im Gegenzug 24“ (the noun left out after the last figure),
  „mehr als 8.000 Ukrainer“ and "at more than 8,000" "over", „14 nach Russland gebrachte
  Kinder“, „mehr als 1.900 Kinder“ "over", „insgesamt rund 19.500 Kinder“ "about"
  („insgesamt“ no hedge), "more than 20 kilograms" 20 "over" (weights are counts,
  two-hundred-and-sixty-second); the swaps as ordinals („der 72. Austausch“ and "the 72nd
  exchange" 72). New: „390 gegen 390 Gefangene“ is two counts, 390 and 390 - each side's
  figure in a swap read as „mit 38 gegen 22 Stimmen“ (tenth) and the ratio „mehr als 30 zu
  1“ (hundred-seventy-ninth), the noun written once after the second.
- Shares of territory are fractions and percentages (the issue: "ein Fünftel", "drei
  Viertel"; hundred-sixty-second, hundred-seventy-ninth, two-hundred-and-ninth,
  two-hundred-and-twenty-third): „gut ein Fünftel des ukrainischen Staatsgebiets“ 0.2
  "over" with the year 2014, „nur noch knapp 22 Prozent der Fläche“ 22 "nearly" („nur
  noch“ no hedge), „jeweils etwa drei Viertel des Territoriums“ 0.75 "about" („jeweils“ no
  hedge, the hedge after it kept), „etwa ein Viertel weniger als im Februar“ 0.25 "about"
  (the comparison after the share no hedge, hundred-thirty-seventh), "about 19.4% of
  Ukraine" with 2014, „fast ein Viertel des ukrainischen Bodens“ 0.25 "nearly", „alle vier
  Gebiete“ count 4 (hundred-sixty-second: "All six reactors" 6, as here); „fast vollständig“
  carries none. Other shares: „Rund die Hälfte der Drohnen“ 0.5 "about" (the noun „die
  Hälfte“, two-hundred-and-sixty-second), „Rund ein Drittel der Erzeugungskapazität“ and
  "about a third of the drones" 0.3333 "about", "Nearly one in four respondents" 0.25
  "nearly" (two-hundred-and-sixty-second: "Nearly one in five"). Areas and distances are
  counts (hundred-sixty-second): „Knapp 370 Quadratkilometer“ "nearly", "roughly 190 square
  kilometers" "about", „rund 40 Kilometer“ "about", „bis zu 15 Kilometern“ "up_to", „von 15
  Kilometern beiderseits der Frontlinie“ 15 („beiderseits“ none) and "15 km (9 miles)" both.
- Drone and missile tallies and other counts as written (hundred-sixty-second,
  two-hundred-and-twenty-third): „412 Drohnen und 29 Raketen“, „371 Drohnen und 22
  Raketen“, „elf ballistische Iskander-M-Raketen, und nur vier davon“ 11 and 4 („nur“ no
  hedge), „84 ukrainische Drohnen über neun Regionen“ („über“ before a count of regions no
  hedge), „Allein ... 31 Drohnen“ („Allein“ no hedge), "84 ... 31 of them", "118 of the 412
  drones" (a definite group), "repelled 43 Russian assaults", "pushed back twice" 2, „23 Mal“
  23 („bereits“ no hedge; the issue's "100 Mal"), „sechs Gleitbomben vom Typ KAB-500“ 6,
  „vier zusätzliche Iris-T-Systeme, etwa 300 Lenkflugkörper dafür und 12.000
  Artilleriegranaten“ (the hedge on the second only, „zusätzliche“ no hedge), „mit zwei
  zusätzlichen Awacs-Flügen pro Tag“ 2 („pro Tag“ none), „mehr als 600.000 Haushalte“,
  „bis zu 1.700 Megawatt“ "up_to", "a nine-storey apartment block" 9 and „ein zwölfstöckiges
  Wohnhaus“ 12, "The 750-kilovolt line" 750 (hundred-sixty-second), „rund 32.000 Tonnen
  Mais“ and „mehr als 140 Millionen Tonnen Güter“ (tonnes are counts), „an rund 30
  Frontabschnitten“, „etwa 700.000 Soldaten“, „30.000 bis 35.000 neue Soldaten“ both with
  no hedge (a range, forty-first), „rund 1,09 Millionen Mann“, „etwa eine Million“
  1,000,000 "about" (a number word with its scale), "about 5 million drones, up from roughly
  2.2 million", "Some 160 companies ..., up from 40" 160 "about" (two-hundred-and-forty-
  fourth: "Some" "about"), "60 more tankers" ("more" no hedge), "More than 600 tankers",
  „inzwischen 31 Staaten“ („inzwischen“ no hedge), "1,012 adults". Type names carry none
  („Iskander-M“, „KAB-500“, „Iris-T“, „Patriot-Systeme“, „Awacs“; hundred-sixty-second), and
  so do „mehrere Hundert“ (hundred-seventy-ninth), „Ein Frachtschiff“, „Eine Drohne“ (the
  article), "a fraction of the price" (two-hundred-and-twenty-third) and „jeden Einzelnen“.
- Money in the currency written (every batch): EUR („1,9 Milliarden Euro“, „mehr als 48
  Milliarden Euro“ "over", „weitere 7 Millionen Euro“ - „weitere“ no hedge -, „4 Millionen
  Euro ... und 3 Millionen“ the currency written once serving the bare later figure -
  ninety-third, two-hundred-and-sixty-second -, „rund 245 Millionen Euro“, "a 4.2 billion
  euro tranche", "a 45 billion euro package", "nearly 190 billion euros"), GBP ("a further
  £350 million" - "a further" no hedge -, "£120 million", "more than £21 billion"), CHF in
  Swiss copy („weiteren 18 Millionen Franken“, „rund 5,6 Milliarden Franken“), UAH
  („zusätzlich 4,8 Milliarden Hrywnja“, „zusätzlich“ no hedge; hundred-sixty-second), USD
  ("$825 million", "between $3,000 and $6,000" both with no hedge - "Each" none). New: „ein
  weiteres Milliardenpaket“ and "a new multibillion-dollar aid package" carry no quantity -
  a scale word inside a compound names no figure, as „Milliardenhöhe“ and "billions"
  (hundred-forty-sixth); the Bundestag's vote stays check-worthy as an act of record, and
  the English row keeps its year 2024.
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal", "die drittgrößte Stadt"):
  „der dritte kombinierte Großangriff binnen acht Tagen“ 3 and 8 days, „die 14. Ortschaft“
  14, „zum siebten Mal“ 7 („im April“ none), „die zweitgrößte Stadt des Landes innerhalb
  einer Woche zum vierten Mal“ 2 and 4 („innerhalb einer Woche“ none,
  hundred-sixty-second: „binnen einer Woche“), "for the third time this year" 3, "the 31st
  strike" 31, "for the 12th time since ... 2022" 12, "the fourth tranche" 4, "a 21st
  package of sanctions" 21 (two-hundred-and-fourth: „das 20. Sanktionspaket“), "The first of the
  missiles" 1 (two-hundred-and-sixty-second: "The first tranche"), "in the first two weeks
  of April" 1 with 2 weeks (two-hundred-and-forty-fourth: "in the first four days"). „Am
  1.511. Kriegstag“ is ordinal 1511 (two-hundred-and-twenty-third: „Am 1.481. Tag“ - the
  compound noun changes nothing). "Europe's largest", „Am schwersten betroffen“, "the
  biggest combined strike", „Beim bislang größten Austausch“, "the next list", „eine
  nächste Verhandlungsrunde“ rank nothing (hundred-fifty-second).
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit";
  hundred-sixty-second, two-hundred-and-twenty-third): „binnen 24 Stunden“ and "over the
  past 24 hours" 24 hours ("binnen", "over" before a span no hedge), "in nearly three weeks"
  and "for nearly three weeks" 3 weeks "nearly", „für knapp drei Stunden“ "nearly", "for
  about six hours" "about", „nach mehr als vier Jahren Krieg“ and "for more than two years"
  "over", „mehr als zwei Jahre“ "over", "for at least 10 days" "at_least", "only nine days
  earlier" 9 days ("only" no hedge; two-hundred-and-ninth: „zwei Tage früher“), "within six
  weeks" 6 weeks ("within" no hedge), „über drei Jahre“ 3 years („über“ a preposition before
  a span, hundred-seventy-ninth), „zweitägigen Reise“ and „zweitägigen Besuch“ 2 days. Ages
  are durations in years (every batch): "a 12-year-old girl", „ein 54-jähriger Mann“, „der
  Jüngste sei 20, der Älteste 59 Jahre alt“ (the unit written once, forty-sixth), „Das
  jüngste sei fünf Jahre alt, das älteste 16“ (the elliptic second age,
  hundred-seventy-ninth), „erst acht Monate alt“ 8 months („erst“ no hedge;
  hundred-sixty-second: an age in months), and in vox pops, labelled ("Halyna Mazur, 63,",
  „Eine 71-jährige Anwohnerin“ with „seit drei Tagen“, "Petro Oliinyk, 58," with "27
  months", „eine 52-jährige Verkäuferin“ with „seit drei Jahren“, "Oksana, 44,").
  None: „in der Nacht zum Dienstag“, „in der Nacht“, "overnight", „nachts“, „am Dienstag“,
  „am Mittwoch“, „am Donnerstag“, „am Montagabend“, "on Monday evening", „seit Sonntag“,
  „seit Anfang April“, „seit Mitte März“, "since mid-March", „seit Jahresbeginn“, "since
  January", "since the start of the war", „Seit Kriegsbeginn“, „Seit September“, "since
  last summer", „Ende März“, „im März“, „im Februar“, "In February", „im April“, "early
  May", „Anfang Mai“, "the June summit", „vor dem Sommer“, "before the summer", „im
  vergangenen Jahr“, "last year", "this year", „in diesem Jahr“, "a year ago", "a year",
  "next week", "last month", „Pro Monat“, „pro Tag“, „am Tag“, "at night", „stundenweise“,
  „Nacht für Nacht“, "Every night", „Jede Nacht“ and „Jahre“ in a quote.
- Percentages: "roughly 2%" "about", "up to 14%" "up_to", "Some 54%" "about", "38%",
  "59%", "The margin of error was 3.1 percentage points." 3.1 pp (hundred-ninety-third).
- Years and dates: „seit August 2023“, „seit Februar 2022“, "in February 2022", „Seit
  2022“ and „seit 2022“, "since 2022", "in 2022", „der 2014 annektierten Krim“ and "annexed
  by Moscow in 2014", "since 2024" the years; "between April 3 and April 9" two dates
  --04-03 and --04-09 ("between" no hedge); Reuters and AFP English datelines with a day
  ("KYIV, April 14 (Reuters)" three times, "MOSCOW, April 14 (Reuters)", "GENEVA, April 14",
  "MOSCOW, April 14 (AFP)", "BRUSSELS, April 14", "WASHINGTON, April 14") --04-14
  (hundred-sixty-second); dpa (also "Kiew/Moskau (dpa)", "Berlin/Kiew (dpa)"), APA (also
  "Moskau/Wien (APA)"), Reuters German, AFP German ("Kiew (AFP) -"), Keystone-SDA, AP
  ("KYIV, Ukraine (AP) —", "VIENNA (AP) —", "CHERNIHIV REGION, Ukraine (AP) —"), AFP
  without a day ("KHERSON, Ukraine (AFP) -") and PA ("LONDON (PA) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "around", "roughly",
  "Some" "about"; „knapp“, „Knapp“, „fast“, "nearly", "Nearly" "nearly"; „mehr als“, „gut“,
  "more than", "More than" "over"; „bis zu“, "up to" "up_to"; „mindestens“, "at least"
  "at_least". No hedge: „nur“, „nur noch“, "only", „erst“, „Allein“, „bereits“, „derzeit“,
  „inzwischen“, „insgesamt“, „Insgesamt“, „weitere“, „weiteren“, "a further", "more",
  „zusätzlich“, „zusätzliche“, „zusätzlichen“, „jeweils“, "each", "between", „binnen“,
  "within", "over" before a span, „über“ before a span or a count of regions, "capped at",
  "a ceiling of".
- Check-worthy without a figure (hundred-sixty-second, hundred-seventy-ninth,
  two-hundred-and-ninth, two-hundred-and-twenty-third): Moscow's village claimed and the
  General Staff's rejection, the fighting and positions held („hieß es in Kiew“), the worst
  hit regions and the scheduled cuts, the AP lead on Sadove Pole, Luhansk „fast vollständig“
  held, Poland's jets, the freighter hit, Moscow's account of its Odessa strike, the denials
  and the IAEA outage's two versions, the swap lead in German, Sujewa's and Zuyeva's next
  swap planned, the envoys' meeting lead, the points in dispute, the Swiss rooms and the
  offer to host a round, the Kremlin's confirmation, Worobjow's and Vorobyov's demand on
  Donetsk, the Kremlin's refusals in both languages, the attribution row „Das kündigte
  Verteidigungsminister Matthias Kellner ... an.“ and „Das sagte der Präsident in seiner
  abendlichen Videobotschaft.“ (hundred-seventy-ninth: a row that is nothing but the
  attribution of its neighbours), the drones in the package („mehrere Hundert“), Hülsmann's
  word on interceptor drones, the Bundestag's Milliardenpaket, Austria's refusal to deliver
  arms, Danylenko's account in both languages, Kusnezow's allegation, the NATO-run payment
  and the shortage of Patriot missiles.
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title, the audience and the place dropped ("Luftwaffensprecher Wadym Tscherednyk",
  "Gouverneur Andrij Nalywajko", "Menschenrechtsbeauftragter Mykyta Dowbysch", "Kremlsprecher
  Ilja Worobjow vor Journalisten", "Kremlberater Oleg Ryschkow", "Oberst Florian Weidacher
  der APA" - a rank dropped as a title, the addressee as "der APA", hundred-seventy-ninth,
  two-hundred-and-twenty-third -, "Gouverneur Wiktor Danylenko", "Außenministerin Barbara
  Leitgeb"; hundred-sixty-second), "sagte Hurko nach dem ... Gespräch" (the occasion dropped,
  two-hundred-and-sixty-second: "sagte vor dem Abflug"), "sagte Worobjow" and "sagte
  Kellner" the surname as written, the name in apposition after a role ("sagte der Leiter
  der Gebietsverwaltung, Taras Hnatjuk"; hundred-sixty-second), "X sagte, ..." opening the
  row ("Ministeriumssprecher Denis Glotow sagte", "Energieminister Ruslan Kowtun sagte",
  "Whitlock sagte", "Regierungssprecher Jan Hülsmann sagte in Berlin", "Die russische
  Menschenrechtsbeauftragte Walentina Sujewa sagte" - the adjective of the office dropped
  with it, two-hundred-and-sixty-second), "teilte die Luftwaffe mit" -> "die Luftwaffe",
  "nach Angaben des Verteidigungsministeriums in Moskau" -> "das Verteidigungsministerium"
  (the place dropped, two-hundred-and-twenty-third), "teilte Ukrenergo mit" -> "Ukrenergo"
  (hundred-sixty-second), "teilte der Koordinierungsstab für Kriegsgefangene am Dienstag
  mit" (two-hundred-and-ninth), "teilte das EDA am Dienstag mit" and "wie das EDA am
  Dienstag mitteilte" -> "das EDA" (hundred-seventy-ninth, two-hundred-and-sixty-second).
  English: the name with the title dropped ("General Staff spokesman Andriy Saiets said",
  "Kyiv-based military analyst Mykola Bilous said", "Kremlin spokesman Ilya Vorobyov said",
  "Defence Secretary Oliver Hartigan said on Tuesday", "Air force spokesman Vadym Cherednyk
  said", "Regional governor Viktor Danylenko said"; two-hundred-and-twenty-third),
  "Hartigan said ..." opening the row, "Hurko told reporters" and "Kremlin aide Oleg Ryzhkov
  told reporters" ("told reporters" names the speaker, two-hundred-and-fourth), the name in
  apposition ("Ukraine's human rights commissioner, Mykyta Dovbysh, said", "Russia's human
  rights commissioner, Valentina Zuyeva, said"; hundred-seventy-ninth), "Whitlock said",
  "The Kremlin said Tuesday" -> "the Kremlin" (hundred-seventy-ninth), "the IAEA said" ->
  "the IAEA" (hundred-sixty-second), "the State Department said on Tuesday" -> "the State
  Department" (two-hundred-and-sixty-second). Each row's spelling of a transliterated name is
  its speaker (ninety-third, two-hundred-and-ninth). Left unchecked (None): all negatives,
  also those with a named speaker; roles and pronouns ("so der Minister", "so der
  Chefunterhändler", "sagte der Präsident", "Das sagte der Präsident", "nach seinen Angaben",
  "nach seinen Worten", "he said", "the regional governor said", "the person said", "the
  department said", "the agency said", "an air force official said", "a White House
  official said", "an EU official said", "a member of the Ukrainian delegation said"),
  "hieß es", "hieß es in Kiew", "hieß es in der Auswertung", "schrieb Gouverneur ... auf
  Telegram", verbs that are not of saying („erklärte“, „kündigte ... an“, „bestätigt“,
  „wies ... zurück“, „warf ... vor“, „beziffert“, „schätzte“, „angegeben“, "claimed",
  "blamed", "puts ... at"), sources with an adjective or a possessive („nach Angaben der
  ukrainischen Luftwaffe“, „teilte das polnische Einsatzführungskommando mit“, „nach
  Angaben des polnischen Verteidigungsministeriums“, „teilte das ukrainische Präsidialamt
  mit“, „nach Angaben ihres Generalstabs“, „nach Angaben des ukrainischen Präsidenten“,
  „nach Angaben der örtlichen Behörden“, "Ukraine's air force said", "Ukraine's General
  Staff said" twice, "Russia's defence ministry said", "Britain's Ministry of Defence said",
  "its strategic industries minister said"), a subject parted from its verb ("Serhiy Bondar,
  head of the city's military administration, said"; hundred-sixteenth), bodies' "said" the
  checked forms do not cover ("the State Emergency Service said"), plural, anonymous and
  collective sources („nach Angaben aus der ukrainischen Delegation“, „nach ukrainischen
  Angaben“, „Nach Kiewer Angaben“, „nach Moskauer Zählung“, „nach ukrainischer Zählung“,
  „nach Regierungsangaben“, „Nach Behördenangaben“, „nach eigenen Angaben“, „nach
  westlichen Schätzungen“, „nach Einschätzung des Bundesheers“, „Schätzungen zufolge“,
  "city officials said", "officials said", "officials on both sides said", "diplomats said",
  "local authorities said", "Analysts estimate"), data and counts („wie Berechnungen der
  US-Denkfabrik ISW zeigen“, „nach ISW-Angaben“, "according to industry data", "according
  to a Reuters tally", "according to government figures", "according to EU figures",
  "according to Commission data", "according to the ministry", "according to the regional
  prosecutor's office", "according to Kyiv's coordination headquarters", "according to a
  person familiar with the text", "according to a survey ..."), "Kyiv says", "Ukraine
  says" and rows without attribution.
- Negatives (hundred-sixty-second, hundred-seventy-ninth, two-hundred-and-ninth,
  two-hundred-and-twenty-third, two-hundred-and-sixty-second), six of them with figures
  labelled as the seventeenth batch labels a figure in a negative: rhetoric, vows and
  slogans in quotes from every side (the pairs above, „Der Kreml verhandelt, während er
  bombt“, „Jede Nacht zeigt Moskau, ...“, «Ohne Minenräumung kehrt niemand ...» - a generic
  claim, hundred-sixty-second -, "People are exhausted, ..."); condemnations and labels
  („verurteilte die Angriffe als ...“, „sprach von einer „gezielten Provokation““, „nannte
  die europäischen Vorschläge ... „lebensfremd““, „Die Linke nannte das Paket ...“, „Die
  FPÖ nannte die Hilfe ...“, „Die SVP bezeichnete die Zahlung als ...“, "called the strikes
  "terrorism"", "called the situation "extremely fragile."", "described the talks as ...";
  two-hundred-and-fourth); appeals naming no measure („rief die Partner erneut dazu auf,
  Abfangraketen rascher zu schicken“, "urged allies to "do more, and do it faster.""); a
  vow ("would keep hitting "the fuel that feeds the war.""); feelings ("was "frustrated
  with both sides.""), an evaluation ("was "not serious about peace""); analysts' and
  experts' verdicts („halten das Tempo ... für zu gering“, „halten diese Zahl für deutlich
  zu niedrig“, „hält eine größere russische Sommeroffensive für wahrscheinlich“, „halten
  Fachleute für fraglich“, Weidacher's „spiele auf Zeit“; two-hundred-and-fourth); a doubt
  ("Bilous said he doubted ..."); a fear with its count labelled („Europäische Diplomaten
  fürchten, ... über den 22-Punkte-Entwurf hinausgehen.“ 22); evasions and no-comment lines
  („ließ Whitlock offen“, „ließ das Ministerium offen“, „äußerte sich bis zum Abend
  nicht“, "declined to say" twice; fourteenth); the non-disclosure line („Zu den eigenen
  Verlusten macht die Ukraine ansonsten keine regelmäßigen Angaben.“); caveats („Die
  Angaben der Luftwaffe ließen sich zunächst nicht unabhängig überprüfen.“, „Beide
  Darstellungen ließen sich zunächst nicht überprüfen.“, "Reuters could not independently
  verify ...", "Neither side's battlefield claims could be verified by the AP.");
  open questions („Ob ein Treffen mit dem Kremlchef ...“, "It was not clear whether ...",
  "Whether Budapest will lift its veto ..."); and vox pops with their figures labelled
  (Halyna Mazur 63 years, the 71-year-old with three days, Petro Oliinyk 58 years and 27
  months and his "They told us ...", the 52-year-old with three years, Oksana 44 years).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_270 = [
    # --- Nächtlicher Großangriff (dpa), Dienstag früh ---
    (
        "de",
        "Kiew (dpa) - Mit 412 Drohnen und 29 Raketen hat die russische Armee ukrainische Städte in der Nacht zum Dienstag attackiert.",
        True,
        [("count", 412, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Davon seien 371 Drohnen und 22 Raketen abgeschossen oder elektronisch unterdrückt worden, teilte die Luftwaffe mit.",
        True,
        [("count", 371, None, None), ("count", 22, None, None)],
        "die Luftwaffe",
    ),
    (
        "de",
        "Unter den Raketen waren nach Angaben der ukrainischen Luftwaffe elf ballistische Iskander-M-Raketen, und nur vier davon wurden abgefangen.",
        True,
        [("count", 11, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Rund die Hälfte der Drohnen seien Attrappen ohne Sprengkopf gewesen, sagte Luftwaffensprecher Wadym Tscherednyk.",
        True,
        [("fraction", 0.5, None, "about")],
        "Wadym Tscherednyk",
    ),
    ("de", "„Sie wollen unsere Flugabwehr ausbluten lassen, Nacht für Nacht“, sagte Tscherednyk.", False, [], None),
    (
        "de",
        "Getroffen wurden nach ersten Erkenntnissen Ziele in neun Gebieten, vor allem Umspannwerke und Bahnknoten.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Es war der dritte kombinierte Großangriff binnen acht Tagen.",
        True,
        [("ordinal", 3, None, None), ("duration", 8, "day", None)],
        None,
    ),
    (
        "de",
        "Der ukrainische Präsident verurteilte die Angriffe als „kalkulierten Terror gegen schlafende Familien“.",
        False,
        [],
        None,
    ),
    ("de", "Er rief die Partner erneut dazu auf, Abfangraketen rascher zu schicken.", False, [], None),
    ("de", "Die Angaben der Luftwaffe ließen sich zunächst nicht unabhängig überprüfen.", False, [], None),
    # --- Kyiv toll (Reuters) ---
    (
        "en",
        "KYIV, April 14 (Reuters) - A Russian missile and drone attack killed at least seven people in Kyiv overnight, including a 12-year-old girl, city officials said on Tuesday.",
        True,
        [("date", "--04-14", None, None), ("count", 7, None, "at_least"), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Serhiy Bondar, head of the city's military administration, said 38 people had been wounded and 14 of them remained in hospital.",
        True,
        [("count", 38, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "A ballistic missile tore through the upper floors of a nine-storey apartment block in the Sviatoshynskyi district, he said.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Falling debris from downed drones started fires in at least five other districts.",
        True,
        [("count", 5, None, "at_least")],
        None,
    ),
    (
        "en",
        "Rescuers pulled 11 people alive from the rubble overnight, the State Emergency Service said.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Russia fired 412 drones and 29 missiles in the overnight barrage, Ukraine's air force said, making it the biggest combined strike on the country in nearly three weeks.",
        True,
        [("count", 412, None, None), ("count", 29, None, None), ("duration", 3, "week", "nearly")],
        None,
    ),
    (
        "en",
        '"My windows came in on top of me, and all I could think of was my grandson," said Halyna Mazur, 63, who lives across the street.',
        False,
        [("duration", 63, "year", None)],
        None,
    ),
    ("en", "Reuters could not independently verify the air force's figures.", False, [], None),
    # --- Moskauer Darstellung (Reuters) ---
    (
        "de",
        "Moskau (Reuters) - Die russische Luftabwehr hat nach Angaben des Verteidigungsministeriums in Moskau in der Nacht 84 ukrainische Drohnen über neun Regionen abgeschossen.",
        True,
        [("count", 84, None, None), ("count", 9, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Allein über dem Gebiet Brjansk seien 31 Drohnen zerstört worden, hieß es.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Bei einem Drohnenangriff auf ein Umspannwerk sei in Brjansk ein 54-jähriger Mann verletzt worden, schrieb Gouverneur Nikolai Semjonow auf Telegram.",
        True,
        [("duration", 54, "year", None)],
        None,
    ),
    (
        "de",
        "Zudem hätten russische Truppen das Dorf Sadowe Pole im Gebiet Donezk eingenommen, erklärte das Ministerium.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Moskauer Zählung ist es die 14. Ortschaft, die russische Truppen seit Anfang April eingenommen haben.",
        True,
        [("ordinal", 14, None, None)],
        None,
    ),
    ("de", "Der ukrainische Generalstab wies die Darstellung zurück.", True, [], None),
    (
        "de",
        "Die Kämpfe um den Ort dauerten an, die eigenen Truppen hielten ihre Stellungen am Westrand, hieß es in Kiew.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ministeriumssprecher Denis Glotow sagte, die ukrainische Armee habe binnen 24 Stunden bis zu 1.240 Soldaten verloren.",
        True,
        [("duration", 24, "hour", None), ("count", 1240, None, "up_to")],
        "Denis Glotow",
    ),
    (
        "de",
        "„Das Kiewer Regime verheizt seine letzten Reserven, und der Westen schaut zu“, sagte Glotow.",
        False,
        [],
        None,
    ),
    # --- Stromausfälle (Reuters) ---
    (
        "de",
        "Kiew (Reuters) - Nach dem nächtlichen Angriff sind in der Ukraine mehr als 600.000 Haushalte ohne Strom.",
        True,
        [("count", 600000, None, "over")],
        None,
    ),
    (
        "de",
        "Am schwersten betroffen seien die Gebiete Kiew, Tschernihiw und Sumy, teilte Ukrenergo mit.",
        True,
        [],
        "Ukrenergo",
    ),
    (
        "de",
        "In mehreren Regionen werde der Strom am Mittwoch erneut stundenweise abgeschaltet, hieß es.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Energieminister Ruslan Kowtun sagte, Russland habe in diesem Jahr bereits 23 Mal gezielt Energieanlagen angegriffen.",
        True,
        [("count", 23, None, None)],
        "Ruslan Kowtun",
    ),
    (
        "de",
        "Rund ein Drittel der Erzeugungskapazität des Landes sei derzeit beschädigt oder zerstört, so der Minister.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Für Reparaturen stellt die Regierung zusätzlich 4,8 Milliarden Hrywnja bereit.",
        True,
        [("money", 4800000000, "UAH", None)],
        None,
    ),
    (
        "de",
        "Die Ukraine importiert derzeit bis zu 1.700 Megawatt Strom aus Nachbarländern der EU.",
        True,
        [("count", 1700, None, "up_to")],
        None,
    ),
    ("de", "„Wir bauen jede Leitung wieder auf, so oft es eben nötig ist“, sagte Kowtun.", False, [], None),
    (
        "de",
        "Ob die Reserven des Netzes für eine weitere Angriffswelle reichen, halten Fachleute für fraglich.",
        False,
        [],
        None,
    ),
    # --- Fighting for Sadove Pole (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Moscow claimed on Tuesday that its troops had taken Sadove Pole, a village in eastern Ukraine, which Kyiv denied.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Ukraine's General Staff said its troops had repelled 43 Russian assaults near the village over the past 24 hours.",
        True,
        [("count", 43, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "General Staff spokesman Andriy Saiets said Russian units had reached the eastern edge of the village but had been pushed back twice.",
        True,
        [("count", 2, None, None)],
        "Andriy Saiets",
    ),
    ("en", '"They are paying for every meter of that field," Saiets said.', False, [], None),
    (
        "en",
        "The village had about 1,100 residents before the full-scale invasion in 2022.",
        True,
        [("count", 1100, None, "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Kyiv-based military analyst Mykola Bilous said Russia had gained roughly 190 square kilometers in the first two weeks of April.",
        True,
        [("count", 190, None, "about"), ("ordinal", 1, None, None), ("duration", 2, "week", None)],
        "Mykola Bilous",
    ),
    (
        "en",
        "Bilous said he doubted Moscow could take the nearby town of Kostiantynivka before the summer.",
        False,
        [],
        None,
    ),
    ("en", "Neither side's battlefield claims could be verified by the AP.", False, [], None),
    # --- Gebietsgewinne (dpa) ---
    (
        "de",
        "Kiew (dpa) - Knapp 370 Quadratkilometer ukrainisches Gebiet haben russische Truppen im März erobert, wie Berechnungen der US-Denkfabrik ISW zeigen.",
        True,
        [("count", 370, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das sei etwa ein Viertel weniger als im Februar, hieß es in der Auswertung.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Einschließlich der 2014 annektierten Krim kontrolliert Moskau damit gut ein Fünftel des ukrainischen Staatsgebiets.",
        True,
        [("year", 2014, None, None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Im Gebiet Donezk hält die Ukraine nach ISW-Angaben nur noch knapp 22 Prozent der Fläche.",
        True,
        [("percent", 22, "%", "nearly")],
        None,
    ),
    ("de", "Das Gebiet Luhansk steht fast vollständig unter russischer Kontrolle.", True, [], None),
    (
        "de",
        "In den Gebieten Saporischschja und Cherson hält Russland jeweils etwa drei Viertel des Territoriums.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "de",
        "Moskau beansprucht alle vier Gebiete vollständig, obwohl es sie auch nach mehr als vier Jahren Krieg nicht ganz erobert hat.",
        True,
        [("count", 4, None, None), ("duration", 4, "year", "over")],
        None,
    ),
    (
        "de",
        "Militärexperten halten das Tempo von wenigen Quadratkilometern am Tag für zu gering, um die Front entscheidend zu verschieben.",
        False,
        [],
        None,
    ),
    # --- Polen lässt Kampfjets aufsteigen (dpa) ---
    (
        "de",
        "Warschau (dpa) - Polen hat während der russischen Angriffe auf Ziele im Westen der Ukraine nachts eigene Kampfflugzeuge alarmiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Flughäfen in Rzeszów und Lublin seien für knapp drei Stunden geschlossen worden, teilte das polnische Einsatzführungskommando mit.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Eine Drohne sei rund 40 Kilometer weit in den polnischen Luftraum eingedrungen und dann über die Grenze zurückgeflogen.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    ("de", "Polens Verteidigungsminister sprach von einer „gezielten Provokation“.", False, [], None),
    (
        "de",
        "Seit September wurden in Polen nach Angaben des polnischen Verteidigungsministeriums mindestens 14 Drohnen oder Drohnenteile gefunden.",
        True,
        [("count", 14, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Nato verstärkt nach eigenen Angaben ihre Luftraumüberwachung an der Ostflanke mit zwei zusätzlichen Awacs-Flügen pro Tag.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Refinery hit in Samara region (Reuters) ---
    (
        "en",
        "MOSCOW, April 14 (Reuters) - An oil refinery in the Samara region of Russia was struck by Ukrainian drones overnight, starting a fire that burned for about six hours, the regional governor said.",
        True,
        [("date", "--04-14", None, None), ("duration", 6, "hour", "about")],
        None,
    ),
    (
        "en",
        "The refinery processes around 7 million tons of crude a year, roughly 2% of Russia's total refining capacity, according to industry data.",
        True,
        [("count", 7000000, None, "about"), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        "Ukraine's General Staff said the plant supplied fuel to Russian forces and had now been hit for the third time this year.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "It was the 31st strike on a Russian refinery since January, according to a Reuters tally.",
        True,
        [("ordinal", 31, None, None)],
        None,
    ),
    (
        "en",
        "Russia's defence ministry said its air defences had destroyed 84 Ukrainian drones overnight, 31 of them over the Bryansk region.",
        True,
        [("count", 84, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Analysts estimate the campaign has at times knocked out up to 14% of Russia's refining capacity.",
        True,
        [("percent", 14, "%", "up_to")],
        None,
    ),
    ("en", 'Moscow has called the strikes "terrorism" and vowed to respond.', False, [], None),
    ("en", 'A Ukrainian drone commander said Kyiv would keep hitting "the fuel that feeds the war."', False, [], None),
    # --- Frachter in Odessa getroffen (dpa) ---
    (
        "de",
        "Odessa (dpa) - Ein Frachtschiff unter panamaischer Flagge ist bei einem Raketenangriff Russlands im Hafen von Odessa beschädigt worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zwei syrische Seeleute hätten leichte Verletzungen erlitten, sagte der Leiter der Gebietsverwaltung, Taras Hnatjuk.",
        True,
        [("count", 2, None, None)],
        "Taras Hnatjuk",
    ),
    (
        "de",
        "Das Schiff sollte rund 32.000 Tonnen Mais nach Ägypten bringen.",
        True,
        [("count", 32000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Häfen im Gebiet Odessa wurden damit im April bereits zum siebten Mal beschossen.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Über den ukrainischen Seekorridor wurden seit August 2023 nach Regierungsangaben mehr als 140 Millionen Tonnen Güter verschifft.",
        True,
        [("year", 2023, None, None), ("count", 140000000, None, "over")],
        None,
    ),
    ("de", "Russland erklärte, es habe in Odessa ein Lager für westliche Seedrohnen zerstört.", True, [], None),
    ("de", "Der griechische Eigner des Frachters äußerte sich bis zum Abend nicht.", False, [], None),
    # --- Gleitbomben auf Charkiw (dpa) ---
    (
        "de",
        "Charkiw (dpa) - Bei russischen Gleitbombenangriffen auf Charkiw sind am Dienstag mindestens drei Menschen getötet und 27 verletzt worden.",
        True,
        [("count", 3, None, "at_least"), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Vier der Verletzten seien Kinder, das jüngste erst acht Monate alt, sagte Gouverneur Andrij Nalywajko.",
        True,
        [("count", 4, None, None), ("duration", 8, "month", None)],
        "Andrij Nalywajko",
    ),
    (
        "de",
        "Die Bomben trafen nach seinen Angaben ein zwölfstöckiges Wohnhaus und einen Supermarkt im Bezirk Saltiwka.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Damit wurde die zweitgrößte Stadt des Landes innerhalb einer Woche zum vierten Mal aus der Luft angegriffen.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Nach Behördenangaben setzte Russland dabei sechs Gleitbomben vom Typ KAB-500 ein.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Sie treffen gezielt Orte, an denen Menschen einkaufen und auf den Bus warten“, sagte Nalywajko.",
        False,
        [],
        None,
    ),
    ("de", "Russland bestreitet, gezielt zivile Einrichtungen anzugreifen.", True, [], None),
    (
        "de",
        "Eine 71-jährige Anwohnerin sagte, sie habe den Keller seit drei Tagen kaum verlassen.",
        False,
        [("duration", 71, "year", None), ("duration", 3, "day", None)],
        None,
    ),
    # --- Zaporizhzhia plant loses power (AP) ---
    (
        "en",
        "VIENNA (AP) — Europe's largest nuclear power plant lost its last external power line on Tuesday for the 12th time since Russian forces seized it in 2022, the IAEA said.",
        True,
        [("ordinal", 12, None, None), ("year", 2022, None, None)],
        "the IAEA",
    ),
    (
        "en",
        "All six reactors at Zaporizhzhia have sat in cold shutdown for more than two years, though their fuel still has to be cooled with outside power.",
        True,
        [("count", 6, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "en",
        "Emergency diesel generators switched on automatically and hold enough fuel for at least 10 days, the agency said.",
        True,
        [("duration", 10, "day", "at_least")],
        None,
    ),
    (
        "en",
        "The 750-kilovolt line had been repaired only nine days earlier.",
        True,
        [("count", 750, None, None), ("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "Russia's state nuclear company blamed Ukrainian shelling for the outage, while Kyiv said a Russian drone had damaged a substation.",
        True,
        [],
        None,
    ),
    ("en", 'The IAEA\'s director general called the situation "extremely fragile."', False, [], None),
    # --- Gefangenenaustausch (dpa) ---
    (
        "de",
        "Kiew/Moskau (dpa) - Unter Vermittlung der Emirate haben Moskau und Kiew erneut Kriegsgefangene getauscht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Jede Seite habe 246 Gefangene übergeben, teilte der Koordinierungsstab für Kriegsgefangene am Dienstag mit.",
        True,
        [("count", 246, None, None)],
        "der Koordinierungsstab für Kriegsgefangene",
    ),
    (
        "de",
        "Es war nach ukrainischer Zählung der 72. Austausch seit Beginn der Invasion.",
        True,
        [("ordinal", 72, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Heimkehrern seien 19 Zivilisten und 31 Schwerverletzte, sagte Menschenrechtsbeauftragter Mykyta Dowbysch.",
        True,
        [("count", 19, None, None), ("count", 31, None, None)],
        "Mykyta Dowbysch",
    ),
    (
        "de",
        "Viele der Männer hätten mehr als zwei Jahre in Lagern in Russland verbracht, der Jüngste sei 20, der Älteste 59 Jahre alt.",
        True,
        [("duration", 2, "year", "over"), ("duration", 20, "year", None), ("duration", 59, "year", None)],
        None,
    ),
    (
        "de",
        "Außerdem erhielt Kiew die Leichen von 1.000 gefallenen Soldaten, Moskau im Gegenzug 24.",
        True,
        [("count", 1000, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Beim bislang größten Austausch waren im vergangenen Jahr 390 gegen 390 Gefangene freigekommen.",
        True,
        [("count", 390, None, None), ("count", 390, None, None)],
        None,
    ),
    (
        "de",
        "Nach Kiewer Angaben sitzen weiterhin mehr als 8.000 Ukrainer in Russland in Haft.",
        True,
        [("count", 8000, None, "over")],
        None,
    ),
    ("de", "„Wir holen jeden Einzelnen nach Hause, und wenn es Jahre dauert“, sagte Dowbysch.", False, [], None),
    (
        "de",
        "Die russische Menschenrechtsbeauftragte Walentina Sujewa sagte, ein weiterer Austausch im gleichen Umfang sei für Anfang Mai geplant.",
        True,
        [],
        "Walentina Sujewa",
    ),
    # --- Prisoner swap (AP) ---
    (
        "en",
        "CHERNIHIV REGION, Ukraine (AP) — Ukraine and Russia swapped 246 prisoners of war each on Tuesday in an exchange brokered by the United Arab Emirates, officials on both sides said.",
        True,
        [("count", 246, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's human rights commissioner, Mykyta Dovbysh, said 31 of the returning men were seriously wounded and 19 were civilians.",
        True,
        [("count", 31, None, None), ("count", 19, None, None)],
        "Mykyta Dovbysh",
    ),
    (
        "en",
        "It was the 72nd exchange since Russia's full-scale invasion began in February 2022, according to Kyiv's coordination headquarters.",
        True,
        [("ordinal", 72, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Russia's human rights commissioner, Valentina Zuyeva, said another swap of the same size was planned for early May.",
        True,
        [],
        "Valentina Zuyeva",
    ),
    (
        "en",
        "Some of the freed men had lost more than 20 kilograms in captivity, he said.",
        True,
        [("count", 20, None, "over")],
        None,
    ),
    (
        "en",
        "Petro Oliinyk, 58, stood at the roadside holding a photo of his son, who has been in captivity for 27 months.",
        False,
        [("duration", 58, "year", None), ("duration", 27, "month", None)],
        None,
    ),
    ("en", '"They told us he might be on the next list, and they always say that," Oliinyk said.', False, [], None),
    (
        "en",
        "Kyiv puts the number of Ukrainians still held in Russian prisons at more than 8,000, while Moscow has given no figure for the Russians held in Ukraine.",
        True,
        [("count", 8000, None, "over")],
        None,
    ),
    # --- Kinder zurückgekehrt (dpa) ---
    (
        "de",
        "Kiew (dpa) - Mit Hilfe Katars sind nach ukrainischen Angaben 14 nach Russland gebrachte Kinder in die Ukraine zurückgekehrt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Das jüngste sei fünf Jahre alt, das älteste 16, teilte das ukrainische Präsidialamt mit.",
        True,
        [("duration", 5, "year", None), ("duration", 16, "year", None)],
        None,
    ),
    (
        "de",
        "Seit 2022 seien damit mehr als 1.900 Kinder zurückgeholt worden.",
        True,
        [("year", 2022, None, None), ("count", 1900, None, "over")],
        None,
    ),
    (
        "de",
        "Kiew geht davon aus, dass insgesamt rund 19.500 Kinder verschleppt wurden.",
        True,
        [("count", 19500, None, "about")],
        None,
    ),
    (
        "de",
        "Moskau weist den Vorwurf der Verschleppung zurück und spricht von Evakuierungen zum Schutz der Kinder.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Diese Kinder haben Jahre ihrer Kindheit verloren, das gibt ihnen niemand zurück“, sagte Dowbysch.",
        False,
        [],
        None,
    ),
    # --- Gespräche in Genf (dpa) ---
    (
        "de",
        "Genf (dpa) - Der US-Sondergesandte Graham Whitlock und der ukrainische Chefunterhändler Ostap Hurko haben in Genf über einen überarbeiteten Friedensplan beraten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war nach Angaben aus der ukrainischen Delegation bereits das vierte Treffen der beiden seit Mitte März.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Man habe sich bei 17 der 22 Punkte weitgehend verständigt, sagte Hurko nach dem gut fünfstündigen Gespräch.",
        True,
        [("count", 17, None, None), ("count", 22, None, None), ("duration", 5, "hour", "over")],
        "Hurko",
    ),
    (
        "de",
        "Offen seien vor allem die Gebietsfragen und die Sicherheitsgarantien, so der Chefunterhändler.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Whitlock sagte, der Plan sehe eine entmilitarisierte Zone von 15 Kilometern beiderseits der Frontlinie vor.",
        True,
        [("count", 15, None, None)],
        "Whitlock",
    ),
    (
        "de",
        "Im Anschluss führten Whitlock und Hurko noch ein gut 40-minütiges Vier-Augen-Gespräch.",
        True,
        [("duration", 40, "minute", "over")],
        None,
    ),
    ("de", "„Wir waren noch nie so nah an einem Abkommen wie an diesem Nachmittag“, sagte Whitlock.", False, [], None),
    (
        "de",
        "Die Schweiz stelle für die Gespräche erneut Räume und Sicherheitspersonal bereit, teilte das EDA am Dienstag mit.",
        True,
        [],
        "das EDA",
    ),
    ("de", "Ob Russland den überarbeiteten Entwurf akzeptieren würde, ließ Whitlock offen.", False, [], None),
    (
        "de",
        "Europäische Diplomaten fürchten, dass Kiew zu Zugeständnissen gedrängt werden könnte, die über den 22-Punkte-Entwurf hinausgehen.",
        False,
        [("count", 22, None, None)],
        None,
    ),
    # --- Geneva talks (Reuters) ---
    (
        "en",
        "GENEVA, April 14 (Reuters) - U.S. special envoy Graham Whitlock and Ukraine's chief negotiator Ostap Hurko met for more than five hours in Geneva on Tuesday to work on a revised 22-point peace plan.",
        True,
        [("date", "--04-14", None, None), ("duration", 5, "hour", "over"), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "Hurko told reporters the two sides had broadly agreed on 17 of the 22 points.",
        True,
        [("count", 2, None, None), ("count", 17, None, None), ("count", 22, None, None)],
        "Hurko",
    ),
    (
        "en",
        "It was their fourth meeting since mid-March, a member of the Ukrainian delegation said.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Whitlock said the draft provided for a demilitarised zone stretching 15 km (9 miles) on each side of the front line.",
        True,
        [("count", 15, None, None), ("count", 9, None, None)],
        "Whitlock",
    ),
    (
        "en",
        "Under the draft, Kyiv's peacetime army would be capped at 600,000 troops, according to a person familiar with the text.",
        True,
        [("count", 600000, None, None)],
        None,
    ),
    ("en", "Moscow has pushed for a ceiling of 450,000, the person said.", True, [("count", 450000, None, None)], None),
    ("en", 'Whitlock described the talks as "constructive, detailed and at times tough."', False, [], None),
    ("en", "It was not clear whether the Kremlin had seen the revised text.", False, [], None),
    # --- Reaktion des Kremls (APA) ---
    (
        "de",
        "Moskau/Wien (APA) - Der Kreml hat bestätigt, dass er von Washington über die Genfer Gespräche unterrichtet worden ist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Kremlchef und der US-Präsident hätten am Montagabend ein anderthalbstündiges Telefonat geführt, sagte Kremlsprecher Ilja Worobjow vor Journalisten.",
        True,
        [("duration", 1.5, "hour", None)],
        "Ilja Worobjow",
    ),
    (
        "de",
        "Es sei das dritte Telefonat der beiden Präsidenten seit Jahresbeginn gewesen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Whitlock war zuletzt Ende März zu einem Fünf-Stunden-Treffen mit dem Kremlchef nach Moskau gereist.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "Russland bleibe bei seiner Forderung, dass sämtliche ukrainischen Soldaten die Region Donezk räumen, sagte Worobjow.",
        True,
        [],
        "Worobjow",
    ),
    (
        "de",
        "„Ohne eine Lösung der territorialen Frage gibt es keinen Frieden, das haben wir mehr als 50 Mal gesagt“, sagte Kremlberater Oleg Ryschkow.",
        True,
        [("count", 50, None, "over")],
        "Oleg Ryschkow",
    ),
    ("de", "Ryschkow nannte die europäischen Vorschläge für eine Beobachtermission „lebensfremd“.", False, [], None),
    (
        "de",
        "Der Kreml lehnt eine Stationierung europäischer Soldaten in der Ukraine unter allen Umständen ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der österreichische Militärexperte Oberst Florian Weidacher sagte der APA, Moskau spiele auf Zeit, weil es sich auf dem Schlachtfeld im Vorteil sehe.",
        False,
        [],
        None,
    ),
    ("de", "„Der Kreml verhandelt, während er bombt“, so Weidacher.", False, [], None),
    # --- Kremlin on the phone call (AFP) ---
    (
        "en",
        "MOSCOW, April 14 (AFP) - The Kremlin said Tuesday that Russia's president and his U.S. counterpart had spoken by phone for about 90 minutes on Monday evening.",
        True,
        [("date", "--04-14", None, None), ("duration", 90, "minute", "about")],
        "the Kremlin",
    ),
    (
        "en",
        "Kremlin spokesman Ilya Vorobyov said Moscow still demanded that Kyiv withdraw its troops from all of the Donetsk region.",
        True,
        [],
        "Ilya Vorobyov",
    ),
    (
        "en",
        '"We have said more than 50 times that there will be no peace without a solution on territory," Kremlin aide Oleg Ryzhkov told reporters.',
        True,
        [("count", 50, None, "over")],
        "Oleg Ryzhkov",
    ),
    ("en", 'Ryzhkov called European plans for a monitoring mission "detached from reality."', False, [], None),
    (
        "en",
        "A summit between the two presidents was not on the agenda for now, he said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", "The Kremlin has repeatedly ruled out the deployment of any European troops in Ukraine.", True, [], None),
    (
        "en",
        "Counting Crimea, seized and annexed by Moscow in 2014, Russian forces now hold about 19.4% of Ukraine.",
        True,
        [("percent", 19.4, "%", "about"), ("year", 2014, None, None)],
        None,
    ),
    # --- Deutsches Rüstungspaket (dpa) ---
    (
        "de",
        "Berlin/Kiew (dpa) - Deutschland stellt der Ukraine ein weiteres Rüstungspaket im Wert von 1,9 Milliarden Euro bereit.",
        True,
        [("money", 1900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das kündigte Verteidigungsminister Matthias Kellner bei einem unangekündigten Besuch in Kiew an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Enthalten seien vier zusätzliche Iris-T-Systeme, etwa 300 Lenkflugkörper dafür und 12.000 Artilleriegranaten, sagte Kellner.",
        True,
        [("count", 4, None, None), ("count", 300, None, "about"), ("count", 12000, None, None)],
        "Kellner",
    ),
    ("de", "Hinzu kämen mehrere Hundert Langstreckendrohnen aus deutsch-ukrainischer Fertigung.", True, [], None),
    (
        "de",
        "Seit Kriegsbeginn hat Berlin der Ukraine damit militärische Hilfe im Umfang von mehr als 48 Milliarden Euro zugesagt oder geleistet.",
        True,
        [("money", 48000000000, "EUR", "over")],
        None,
    ),
    ("de", "„Die Ukraine verteidigt auch unsere Freiheit“, sagte Kellner in Kiew.", False, [], None),
    (
        "de",
        "Während seiner zweitägigen Reise besuchte Kellner auch ein Reparaturwerk für Panzerhaubitzen nahe der polnischen Grenze.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Regierungssprecher Jan Hülsmann sagte in Berlin, ein Teil der Mittel fließe in die Produktion von Abfangdrohnen in der Ukraine selbst.",
        True,
        [],
        "Jan Hülsmann",
    ),
    ("de", "Der Bundestag hatte im Februar ein weiteres Milliardenpaket für die Ukraine gebilligt.", True, [], None),
    ("de", "Die Linke nannte das Paket ein „Konjunkturprogramm für die Rüstungsindustrie“.", False, [], None),
    ("de", "Wann die Iris-T-Systeme eintreffen, ließ das Ministerium offen.", False, [], None),
    # --- British aid (PA) ---
    (
        "en",
        "LONDON (PA) - Britain will send Ukraine a further £350 million in military aid, including 5,000 air defence missiles, Defence Secretary Oliver Hartigan said on Tuesday.",
        True,
        [("money", 350000000, "GBP", None), ("count", 5000, None, None)],
        "Oliver Hartigan",
    ),
    (
        "en",
        "The package will be paid for in part with £120 million from profits on frozen Russian assets, Britain's Ministry of Defence said.",
        True,
        [("money", 120000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Hartigan said British-funded factories in Ukraine would turn out more than 100,000 drones this year.",
        True,
        [("count", 100000, None, "over")],
        "Hartigan",
    ),
    ("en", '"The Kremlin is betting that we will grow tired, and it is wrong," Hartigan said.', False, [], None),
    (
        "en",
        "Britain has committed more than £21 billion to Ukraine since 2022, according to government figures.",
        True,
        [("money", 21000000000, "GBP", "over"), ("year", 2022, None, None)],
        None,
    ),
    ("en", 'Hartigan also urged allies to "do more, and do it faster."', False, [], None),
    (
        "en",
        "The first of the missiles are due to arrive in Ukraine within six weeks, officials said.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "week", None)],
        None,
    ),
    # --- Schweizer Geld für Minenräumung (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz unterstützt die Minenräumung in der Ukraine mit weiteren 18 Millionen Franken.",
        True,
        [("money", 18000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das Geld fliesse über drei Jahre an Organisationen in den Regionen Charkiw und Mykolajiw, wie das EDA am Dienstag mitteilte.",
        True,
        [("duration", 3, "year", None)],
        "das EDA",
    ),
    (
        "de",
        "Schätzungen zufolge gilt fast ein Viertel des ukrainischen Bodens als vermint oder mit Blindgängern belastet.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Seit 2022 hat der Bund für die Ukraine und die Region nach eigenen Angaben rund 5,6 Milliarden Franken bereitgestellt.",
        True,
        [("year", 2022, None, None), ("money", 5600000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Ohne Minenräumung kehrt niemand auf seine Felder zurück», sagte EDA-Sprecherin Nadia Gisler.",
        False,
        [],
        None,
    ),
    ("de", "Die SVP bezeichnete die Zahlung als «Blankoscheck für Kiew».", False, [], None),
    (
        "de",
        "Die Schweiz hat zudem angeboten, eine nächste Verhandlungsrunde in Genf oder Lausanne auszurichten.",
        True,
        [],
        None,
    ),
    # --- Österreichische Hilfe (APA) ---
    (
        "de",
        "Wien (APA) - Aus dem Auslandskatastrophenfonds gibt Österreich der Ukraine weitere 7 Millionen Euro an humanitärer Hilfe.",
        True,
        [("money", 7000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Davon gingen 4 Millionen Euro an das Welternährungsprogramm und 3 Millionen an das Rote Kreuz, sagte Außenministerin Barbara Leitgeb.",
        True,
        [("money", 4000000, "EUR", None), ("money", 3000000, "EUR", None)],
        "Barbara Leitgeb",
    ),
    (
        "de",
        "Österreich hat der Ukraine seit 2022 nach Regierungsangaben humanitäre Hilfe im Umfang von rund 245 Millionen Euro geleistet.",
        True,
        [("year", 2022, None, None), ("money", 245000000, "EUR", "about")],
        None,
    ),
    ("de", "Militärische Ausrüstung liefert das neutrale Österreich nicht.", True, [], None),
    ("de", "Die FPÖ nannte die Hilfe „Geld, das den Österreichern fehlt“.", False, [], None),
    ("de", "„Neutralität heißt nicht Gleichgültigkeit“, sagte Leitgeb.", False, [], None),
    # --- EU loan tranche and sanctions (Reuters) ---
    (
        "en",
        "BRUSSELS, April 14 (Reuters) - EU foreign ministers on Tuesday cleared the payment of a 4.2 billion euro tranche of a loan for Ukraine backed by frozen Russian assets.",
        True,
        [("date", "--04-14", None, None), ("money", 4200000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The money is the fourth tranche of a 45 billion euro package agreed last year, an EU official said.",
        True,
        [("ordinal", 4, None, None), ("money", 45000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Ministers also discussed a 21st package of sanctions against Russia that would blacklist 60 more tankers from Moscow's shadow fleet.",
        True,
        [("ordinal", 21, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "More than 600 tankers are already on the list, according to EU figures.",
        True,
        [("count", 600, None, "over")],
        None,
    ),
    (
        "en",
        "Hungary and Slovakia have held up the package for nearly three weeks, diplomats said.",
        True,
        [("duration", 3, "week", "nearly")],
        None,
    ),
    (
        "en",
        'The EU\'s foreign policy chief said Russia was "not serious about peace" as long as it kept bombing cities.',
        False,
        [],
        None,
    ),
    ("en", "Whether Budapest will lift its veto before the June summit remains unclear.", False, [], None),
    (
        "en",
        "The bloc has provided nearly 190 billion euros in support to Ukraine since the start of the war, according to Commission data.",
        True,
        [("money", 190000000000, "EUR", "nearly")],
        None,
    ),
    # --- Verlustangaben (AFP) ---
    (
        "de",
        "Kiew (AFP) - Die Ukraine hat nach Angaben ihres Generalstabs binnen 24 Stunden 1.090 russische Soldaten getötet oder verwundet.",
        True,
        [("duration", 24, "hour", None), ("count", 1090, None, None)],
        None,
    ),
    (
        "de",
        "Zudem seien neun Panzer, 31 Artilleriesysteme und 212 Drohnen zerstört worden.",
        True,
        [("count", 9, None, None), ("count", 31, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt beziffert Kiew die russischen Verluste seit Februar 2022 auf rund 1,09 Millionen Mann.",
        True,
        [("year", 2022, None, None), ("count", 1090000, None, "about")],
        None,
    ),
    (
        "de",
        "Das britische Verteidigungsministerium schätzte die Zahl der getöteten und verwundeten russischen Soldaten zuletzt auf etwa eine Million.",
        True,
        [("count", 1000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der eigenen Gefallenen hatte der ukrainische Präsident im Februar mit rund 46.000 angegeben.",
        True,
        [("count", 46000, None, "about")],
        None,
    ),
    ("de", "Westliche Experten halten diese Zahl für deutlich zu niedrig.", False, [], None),
    ("de", "Zu den eigenen Verlusten macht die Ukraine ansonsten keine regelmäßigen Angaben.", False, [], None),
    # --- Lage an der Front (APA) ---
    (
        "de",
        "Wien (APA) - Die russische Armee greift nach Einschätzung des Bundesheers derzeit an rund 30 Frontabschnitten gleichzeitig an.",
        True,
        [("count", 30, None, "about")],
        None,
    ),
    (
        "de",
        "Russland verfüge in der Ukraine über etwa 700.000 Soldaten, sagte Oberst Florian Weidacher der APA.",
        True,
        [("count", 700000, None, "about")],
        "Florian Weidacher",
    ),
    (
        "de",
        "Pro Monat rekrutiere Moskau nach westlichen Schätzungen 30.000 bis 35.000 neue Soldaten.",
        True,
        [("count", 30000, None, None), ("count", 35000, None, None)],
        None,
    ),
    (
        "de",
        "Die Ukraine habe ihre Linien zuletzt mit neuen Drohneneinheiten auf einer Tiefe von bis zu 15 Kilometern stabilisiert.",
        True,
        [("count", 15, None, "up_to")],
        None,
    ),
    ("de", "„Die Russen haben die Initiative, aber keinen Durchbruch“, so Weidacher.", False, [], None),
    ("de", "Weidacher hält eine größere russische Sommeroffensive für wahrscheinlich.", False, [], None),
    # --- Interceptor drones (Reuters) ---
    (
        "en",
        "KYIV, April 14 (Reuters) - Ukraine aims to produce about 5 million drones this year, up from roughly 2.2 million last year, its strategic industries minister said.",
        True,
        [("date", "--04-14", None, None), ("count", 5000000, None, "about"), ("count", 2200000, None, "about")],
        None,
    ),
    (
        "en",
        "Interceptor drones now account for about a third of the drones Ukraine shoots down at night, an air force official said.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Each interceptor costs between $3,000 and $6,000, a fraction of the price of a missile.",
        True,
        [("money", 3000, "USD", None), ("money", 6000, "USD", None)],
        None,
    ),
    (
        "en",
        "Air force spokesman Vadym Cherednyk said interceptors had downed 118 of the 412 drones launched overnight.",
        True,
        [("count", 118, None, None), ("count", 412, None, None)],
        "Vadym Cherednyk",
    ),
    ("en", '"Every night is a race between their production lines and ours," Cherednyk said.', False, [], None),
    ("en", "Cherednyk declined to say how many interceptors Ukraine had left in stock.", False, [], None),
    (
        "en",
        "Some 160 companies are now making interceptor drones, up from 40 a year ago, according to the ministry.",
        True,
        [("count", 160, None, "about"), ("count", 40, None, None)],
        None,
    ),
    # --- Poll on territory (Reuters) ---
    (
        "en",
        "KYIV, April 14 (Reuters) - Most Ukrainians still reject giving up territory in exchange for peace, according to a survey published on Tuesday by the Kyiv International Institute of Sociology.",
        True,
        [("date", "--04-14", None, None)],
        None,
    ),
    (
        "en",
        "Some 54% of respondents said Ukraine should not cede any land even if that meant a longer war, while 38% said they could accept some concessions.",
        True,
        [("percent", 54, "%", "about"), ("percent", 38, "%", None)],
        None,
    ),
    ("en", "In February, the share rejecting any concessions had been 59%.", True, [("percent", 59, "%", None)], None),
    (
        "en",
        "Nearly one in four respondents said a relative or close friend had been killed in the war.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        "The survey of 1,012 adults was conducted by telephone between April 3 and April 9 in government-controlled areas.",
        True,
        [("count", 1012, None, None), ("date", "--04-03", None, None), ("date", "--04-09", None, None)],
        None,
    ),
    ("en", "The margin of error was 3.1 percentage points.", True, [("percent", 3.1, "pp", None)], None),
    (
        "en",
        '"People are exhausted, but they are not ready to reward the aggressor," the institute\'s director said.',
        False,
        [],
        None,
    ),
    # --- Tag 1.511, Cherson (dpa) ---
    (
        "de",
        "Kiew (dpa) - Am 1.511. Kriegstag warfen sich Moskau und Kiew erneut gegenseitig Angriffe auf Zivilisten vor.",
        True,
        [("ordinal", 1511, None, None)],
        None,
    ),
    (
        "de",
        "Im Gebiet Cherson starben nach Angaben der örtlichen Behörden zwei Zivilisten durch Drohnenangriffe, neun wurden verletzt.",
        True,
        [("count", 2, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Russische Drohnenpiloten machten in der Stadt Cherson gezielt Jagd auf Autos und Fußgänger, sagte Gouverneur Wiktor Danylenko.",
        True,
        [],
        "Wiktor Danylenko",
    ),
    (
        "de",
        "Der von Moskau eingesetzte Verwaltungschef Roman Kusnezow warf der Ukraine vor, ein Krankenhaus in Nowa Kachowka beschossen zu haben.",
        True,
        [],
        None,
    ),
    ("de", "Beide Darstellungen ließen sich zunächst nicht überprüfen.", False, [], None),
    (
        "de",
        "„Wir leben hier seit drei Jahren unter Drohnen“, sagte eine 52-jährige Verkäuferin auf dem Markt von Cherson.",
        False,
        [("duration", 3, "year", None), ("duration", 52, "year", None)],
        None,
    ),
    # --- Kherson drones (AFP) ---
    (
        "en",
        "KHERSON, Ukraine (AFP) - Russian drones killed two civilians and wounded nine in the Kherson region on Tuesday, local authorities said.",
        True,
        [("count", 2, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Regional governor Viktor Danylenko said Russian drone operators were hunting cars, buses and pedestrians from across the river.",
        True,
        [],
        "Viktor Danylenko",
    ),
    (
        "en",
        "More than 140 civilians have been killed by drones in the city since last summer, according to the regional prosecutor's office.",
        True,
        [("count", 140, None, "over")],
        None,
    ),
    (
        "en",
        '"You listen to the sky before you step outside," said Oksana, 44, who sells vegetables at the central market.',
        False,
        [("duration", 44, "year", None)],
        None,
    ),
    ("en", "Moscow denies targeting civilians.", True, [], None),
    # --- Washington (Reuters) ---
    (
        "en",
        "WASHINGTON, April 14 (Reuters) - The United States approved the possible sale of $825 million in air defence equipment and services to Ukraine, the State Department said on Tuesday.",
        True,
        [("date", "--04-14", None, None), ("money", 825000000, "USD", None)],
        "the State Department",
    ),
    (
        "en",
        "The sale would be paid for by European allies under a NATO-run arrangement, the department said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Whitlock is due in Moscow next week on his fifth trip there this year, a White House official said.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Whitlock has met Russia's president four times since January, most recently for about five hours in St. Petersburg.",
        True,
        [("count", 4, None, None), ("duration", 5, "hour", "about")],
        None,
    ),
    (
        "en",
        "Congress has not approved a new multibillion-dollar aid package for Ukraine since 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    ("en", 'The White House press secretary said the president was "frustrated with both sides."', False, [], None),
    (
        "en",
        "The official declined to say whether Washington would resume sharing some intelligence it paused last month.",
        False,
        [],
        None,
    ),
    # --- Abendansprache (dpa) ---
    (
        "de",
        "Kiew (dpa) - Russland hat nach Angaben des ukrainischen Präsidenten seit Sonntag mehr als 1.100 Drohnen, rund 760 Gleitbomben und 48 Raketen gegen die Ukraine eingesetzt.",
        True,
        [("count", 1100, None, "over"), ("count", 760, None, "about"), ("count", 48, None, None)],
        None,
    ),
    ("de", "Das sagte der Präsident in seiner abendlichen Videobotschaft.", True, [], None),
    (
        "de",
        "Für den Schutz des Luftraums fehlten nach seinen Worten derzeit vor allem Raketen für die Patriot-Systeme.",
        True,
        [],
        None,
    ),
    ("de", "„Jede Nacht zeigt Moskau, was es von Diplomatie hält“, sagte der Präsident.", False, [], None),
    (
        "de",
        "Er kündigte an, am Donnerstag zu einem zweitägigen Besuch nach Berlin und Paris zu reisen.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Dort soll es auch um die „Koalition der Willigen“ gehen, der inzwischen 31 Staaten angehören.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    ("de", "Ob ein Treffen mit dem Kremlchef noch vor dem Sommer zustande kommt, ist völlig offen.", False, [], None),
]
