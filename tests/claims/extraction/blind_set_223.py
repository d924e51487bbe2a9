"""Two-hundred-and-twenty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician, commander or office-holder is named: heads of state, foreign ministers,
governors and mayors who would be real people appear only by office ("der ukrainische
Präsident", "Ukraine's president", "der ukrainische Außenminister", "Ukraine's foreign
minister", "der Gouverneur", "a Kremlin spokesman", "ein Sprecher des Generalstabs"), and
the spokespeople, commanders, governors, occupation officials, analysts and soldiers who
carry a name are invented, spelled as the German and the English services transliterate
them: Witalij Horobez / Vitaliy Horobets, Dmytro Lewtschenko / Dmytro Levchenko, Jewgeni
Krutow / Yevgeny Krutov, Igor Balaschow / Igor Balashov, Gleb Tschernyschow / Gleb
Chernyshov, Serhij Fedortschuk / Serhiy Fedorchuk, Bohdan Sadowyj / Bohdan Sadovyi; further
Wadim Sorokin, Anton Solowjow, Mykola Suchenko, Iwan Moros, Jurij Ostaptschuk, Marina
Tolstych, Wolodymyr Hrab, Wolfgang Hasenöhrl and Carsten Rehbein, the call signs „Lys“ /
"Lys" and "Bober", the military bloggers' channels „Sewerny Weter“ / Severny Veter and
„Okopnaja Prawda“ / Okopnaya Pravda, the villages Nowe Pole / Nove Pole and Bila Balka, the
"Truppengruppierung Saporischschja", and every unnamed analyst, officer, neighbour and
official. Real countries, cities, forces, bodies, media and weapons ("Generalstab",
"Luftwaffe", "Verteidigungsministerium", "Stadtverwaltung", "Gebietsverwaltung",
"Staatsanwaltschaft", "Kreml", "Institut für Kriegsstudien (ISW)", "DeepState", "britischer
Militärgeheimdienst", "Landesverteidigungsakademie", "Stiftung Wissenschaft und Politik",
"Truppengruppierung „Ost“", "139. Brigade", "Kostjantyniwka", "Huljajpole", "Charkiw",
"Cholodna Hora", "Sumy", "Nowokuibyschewsk", "Samara", "Kursk", "Tjotkino", "Tichorezk",
"Krasnodar", "Dnipropetrowsk", "Saporischschja", "Mala Tokmatschka", "Obolon", "Poltawa",
"Bachmut", "Iskander-M", "Lancet", "Geran-2", "Patriot"; "the General Staff", "the air
force", "the Institute for the Study of War", "DeepState", "RIA", "Kostiantynivka",
"Huliaipole", "Zaporizhzhia", "Mala Tokmachka", "Poltava", "Kharkiv", "Bakhmut", "Shaheds")
stand for the way wire copy names them; every village claimed, share, toll, loss claim,
tally, distance, sum, date and quote here is invented, and where a real figure came to mind
it was changed (the start of the full-scale invasion in 2022 and the Kursk incursion of
2024 kept).

Its weight: WAR FRONTLINE REPORTS IN GERMAN-HEAVY WIRE COPY (the sixty-eighth,
hundred-first, hundred-thirty-seventh and hundred-sixty-second batches weighed war copy
before, and their decisions are kept), about 65 per cent German, over three wire weeks of
one early spring, Monday, March 2, to Saturday, March 21, as 35 short stories in story
order, the English wires (Reuters, AP, AFP) following most German stories (dpa, APA,
APA/AFP, AFP German, Reuters German): two villages near Kostjantyniwka claimed by Moscow
and half confirmed by Kyiv, a night of drones and missiles on Kyiv with an alert of more
than seven and a half hours, Ukrainian drones on a Volga refinery, both sides' daily loss
claims and a British estimate, pro-Kremlin military bloggers blaming their commanders for
a lost armoured column, the ISW's February gains with the shares of three regions held,
glide bombs on Charkiw as the third attack within a week, the battle for Huljajpole from
the outskirts through Moscow's claim of its capture to Kyiv's withdrawal, a drone on a bus
in the Sumy region, the president's weekly tally, Moscow's weekly tally and a commander's
boast, an oil depot hit for the third time in a month, a forced evacuation of children,
drone warfare and the "kill zone" in both languages, the Kremlin's rejection of a
ceasefire and each side's rhetoric, a six-hour attack on Saporischschja, a raid repelled
in the Kursk region, the 1,481st day of the war, February's losses, the largest drone
attack of the war and bloggers' reports from Kostjantyniwka. Figures as such copy has
them: drones, missiles, glide bombs, assaults and battles launched, shot down and repelled
("386 Drohnen und 27 Raketen, darunter neun", "341 of the drones and 18 of the missiles",
"34 russische Sturmangriffe ..., davon 19", "187 Gefechte", "mehr als 720 Drohnen"), loss
claims each side makes of the other ("1.170 Soldaten", "rund 1,26 Millionen Mann", "bis zu
1.310 Soldaten", "up to 8,900 troops", "bis zu 160 Soldaten, fünf Panzer und 13 gepanzerte
Fahrzeuge", "31.840", "rund 36.000"), villages, square kilometres and shares of regions
held ("41 Ortschaften", "rund 410 Quadratkilometer", "rund drei Viertel der Region
Saporischschja", "knapp 83 Prozent", "etwa ein Sechstel der Fläche", "about two-thirds of
the town", "rund 70 Prozent des Stadtgebiets"), hours-long attacks as compounds and phrases
("mehr als siebeneinhalb Stunden", "stundenlangen", "hours-long", "mehr als sechsstündigen",
"etwa vierstündigen", "48-stündige", "rund zehn Stunden"), ordinals of attacks, claims and
days ("der dritte massive Angriff auf die Hauptstadt binnen einer Woche", "der dritte
Angriff auf die zweitgrößte Stadt der Ukraine binnen einer Woche", "zum vierten Mal in
Folge", "for a third month running", "der 44.", "Am 1.481. Tag"), military bloggers' and
war institutes' figures and findings, distances, storeys, multiples, money in euros,
dollars and roubles, years, dates and datelines. Negatives as such copy has them: each
side's rhetoric, vows, labels and boasts in quotes (two with a figure), the bloggers'
verdicts and labels, caveats that the figures cannot be checked, no-comment lines, an
analysts' assumption, appeals, doubts, an open question and vox pops with their ages.

243 rows (155 German, 88 English), 55 negatives (35 German, 20 English), 188 check-worthy
rows of which 34 carry no figure (23 German, 11 English), 245 expected quantities (152
counts, 33 durations - 13 in hours, 9 in days, 4 in weeks, 4 in years, 3 in months -, 20
ordinals, 13 fractions, 10 dates, 9 percentages, all in %, 4 amounts of money - 2 USD, 1
EUR, 1 RUB -, 4 years; 5 of them in five negatives, as the seventeenth batch labels a
figure in a negative), 40 checked speakers (29 German, 11 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact or a position are check-worthy with the speaker their own attribution gives
  (hundred-sixty-second, two-hundred-and-ninth, two-hundred-and-sixteenth), and with the
  speaker unchecked after a pronoun, a role, "hieß es" or "fügte X hinzu" ("hieß es in
  London", "fügte Hasenöhrl hinzu", "he said", "the governor said"; hundred-thirty-seventh,
  hundred-sixty-second). A quoted or reported evaluation, vow, boast, label or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-sixty-second, two-hundred-and-fourth). Pairs from one
  speaker: Horobez's eleven days and 34 assaults beside „wie Verbrauchsmaterial“ (and
  Horobets's twins); Lewtschenko's ten days and 62 assaults beside „kostet den Feind ein
  Bataillon“ (and Levchenko's); Suchenko's six dead beside „nicht in die Knie gehen“;
  Ostaptschuk's third beside his appeal for „jede einzelne Abfangrakete“; Tschernyschow's
  1,900 square kilometres beside his vow and „Die Ukraine verliert diesen Krieg“ (and
  Chernyshov's); Fedortschuk's toll beside „aber wir bleiben“ (and Fedorchuk's); Rehbein's
  prices beside his slogan and his doubt; Hasenöhrl's 640,000 soldiers beside the
  academy's „Von einem Zusammenbruch ... kann keine Rede sein“; Sadowyj's 45,000 and the
  fourfold edge beside „das nächste Bachmut“ (and Sadovyi's); Bober's 214 targets beside
  "the drone's prey".
- Each side's claims are check-worthy, each with its own figures and hedges, whoever makes
  them and whether or not the other side denies them (sixty-eighth, hundred-first,
  hundred-thirty-seventh, hundred-sixty-second): Moscow's two villages and its 41 since
  January, the General Staff's losses for the other side ("nach Darstellung des ukrainischen
  Generalstabs" unchecked), the Russian ministry's "bis zu 1.310", "up to 8,900" and "bis zu
  160 Soldaten", the February totals of both sides, the British estimate (hundred-tenth:
  estimates with a figure), the capture of Huljajpole claimed in quotes ("„vollständig
  befreit“", an account and no label, hundred-sixty-second), Krutow's claim that the
  centre was reached ("schrieb auf Telegram", "claimed" unchecked), the 139th Brigade's 17
  vehicles, a side's account of its own strikes and its stated reason ("erklärte, es habe
  ... getroffen", "sprach von Angriffen auf „Werkstätten ...“", "erklärte, der Angriff sei
  die Antwort auf ukrainische Schläge ...", "Moscow said the strike was in retaliation
  ...", the General Staff's reason for the depot strike; hundred-sixty-second: "Kyiv's
  strike on a refinery with its stated reason"), Kyiv's withdrawal and its reason in both
  languages, and the leads that report contradictory accounts ("Russland hat die
  vollständige Einnahme ... gemeldet, die Ukraine hat dem widersprochen", "a claim Kyiv
  rejected"; hundred-thirty-seventh, hundred-sixty-second). Denials and rejections are
  check-worthy without a figure (ninety-eighth, hundred-sixty-second, two-hundred-and-ninth):
  "Russland bestreitet, Wohngebiete gezielt zu beschießen.", "Kiew wies dies als
  „Wunschdenken“ zurück." (a rejection with a label), "Der Kreml hat Forderungen nach einer
  Waffenruhe ... zurückgewiesen." and its English twin, Moscow's stated condition for a halt
  (a position of record), and "Ukraine's foreign minister dismissed the remarks as
  "propaganda for a domestic audience."" (hundred-sixty-second: "while Kyiv dismissed the
  claim as propaganda"), while "Der ukrainische Außenminister nannte die Äußerungen
  „Propaganda für das heimische Publikum“." is a label and a negative - a verdict without a
  verb that refuses (two-hundred-and-ninth: "„schlicht falsch“, so Danyljuk"); so are
  "sprach von „terroristischen Akten des Kiewer Regimes“" and the commander's "sprach ...
  von einem „Schlüsselsieg“" - "sprach von" with a label, not with an account
  (hundred-sixty-second).
- New: military bloggers. A figure a military blogger gives for vehicles, dead and wounded
  or readers is check-worthy as an analyst's figure is (two-hundred-and-fourth) and as
  "sprach von" with a figure is (hundredth): "rund 40 gepanzerte Fahrzeuge" and "about 40
  armoured vehicles", "mindestens 300 Toten und Verwundeten" and "at least 300 men", "more
  than 480,000 subscribers"; the bloggers' specific allegation against their commanders is
  check-worthy without a figure, as an allegation of a checkable act (hundred-thirty-
  seventh, hundred-seventy-ninth: "Die Ukraine hat Russland vorgeworfen, die Waffenruhe zur
  Verlegung von Truppen ... zu nutzen"): "haben der Armeeführung vorgeworfen, ... eine
  Panzerkolonne ohne Luftabwehr und Minenräumgerät in einen Angriff geschickt zu haben" and
  "accused Russia's commanders ... of sending an armoured column ..."; bloggers' reports of
  an advance, of fighting or of a video are one side's account and check-worthy
  ("nach Angaben kremlnaher Militärblogger ... vorgedrungen", "berichteten ... von Kämpfen
  mehrere Kilometer tief auf russischem Gebiet", "veröffentlichte ein Video, das ... zeigen
  soll", "pro-Kremlin military bloggers said ..."). Their verdicts, demands, labels and
  boasts are negatives (seventh, two-hundred-and-fourth): „... gehören vor ein
  Militärgericht“, „Tor nach Saporischschja“, „unverhältnismäßig hoch“, "The enemy is
  cracking along the whole front", "gateway to Zaporizhzhia ... while others complained
  about its cost"; so is the desk's "Die Kritik der Blogger gilt als Gradmesser ..." (an
  evaluation, "gilt als" as "gilt ... als fraglich", hundred-sixty-second). A channel's
  name is no speaker to check: "schrieb der Blogger „Sewerny Weter“ auf Telegram" (a verb of
  writing, hundred-sixty-second: "schrieb Gouverneur ... auf Telegram") and "One of the
  bloggers, Severny Veter, ... said" (a handle, not a person's name) stay unchecked.
- War institutes and intelligence services (hundred-sixty-second, two-hundred-and-fourth):
  an institute's figure or finding is check-worthy - the ISW's 410 square kilometres,
  "knapp ein Drittel weniger", "rund drei Viertel der Region Saporischschja" (the weight's
  "rund drei Viertel der Region"), "knapp 83 Prozent" and "weniger als fünf Prozent", the
  geolocated footage found ("hatte ... russische Soldaten im Zentrum der Stadt
  nachgewiesen", "cited geolocated footage showing at least 11 destroyed Russian vehicles")
  and not found ("had seen no geolocated footage confirming ..."; hundred-sixty-second: „es
  gebe keine geolokalisierten Aufnahmen“), the slowing pace "for a third month running", the
  British estimate; an assumption or verdict without a figure is a negative ("Die Analysten
  gehen davon aus, dass ...", "Westliche Geheimdienste gehen davon aus, ...", "halten beide
  Aufstellungen für deutlich überhöht", "Few Western military analysts expect ...";
  hundred-sixty-second, two-hundred-and-fourth).
- Caveats, non-disclosure and no-comment lines are negatives when they stand alone
  (nineteenth, hundred-thirty-seventh, hundred-sixty-second): "Überprüfbar waren die
  Meldungen beider Armeen zunächst nicht.", "The accounts from the battlefield could not be
  checked by Reuters.", "Neither side's claims about the other's losses can be verified.",
  "Moscow's weekly figures cannot be independently verified and are often far higher than
  Western estimates." (the caveat with a comparison that names no figure), "AP was unable
  to confirm ...", "Neither account could be confirmed by Reuters.", "Die Zahlen beider
  Seiten lassen sich nicht unabhängig überprüfen, und beide verschweigen ihre eigenen
  Verluste.", "Von ukrainischer Seite gab es ... keine Stellungnahme.", "Russia's Defence
  Ministry did not comment on the bloggers' reports."
- Counts as written, with their hedges (hundred-thirty-seventh, hundred-sixty-second):
  drones, missiles, bombs, assaults, battles, vehicles, soldiers, children and villages;
  "zwei weitere Dörfer", "two more villages", "zwölf weiteren Ortschaften", "Elf weitere",
  "19 weitere", "Weitere 31" ("weitere", "more" no hedge); "davon 19", "19 of them", "zwei
  von ihnen", "unter ihnen vier Kinder", "darunter neun" (no hedge); "341 of the drones and
  18 of the missiles", "655 of the drones" and "two of the villages" (a definite group,
  forty-first); "Allein am Sonntag", "on Sunday alone", "allein im Februar", "in February
  alone", "allein über das Gebiet Poltawa" none and no hedge; "One of the bloggers" none
  (forty-first: "one of" a pronoun), "an einem einzigen Vormittag", "in einem einzigen
  Regiment", "in a single morning", "from a single regiment" none (hundred-sixty-second: "an
  einem einzigen Tag"); "ein Bataillon", "a battalion", "ein Umspannwerk" none (the article,
  ninety-third); "wenige Hundert", "Hunderten", "Zehntausende", "Tens of thousands",
  "mehrere Kilometer" none (seventeenth, hundred-seventy-ninth); "jeweils drei bis fünf
  Soldaten" and "three to five soldiers" two counts (a range, forty-first; "jeweils" no
  hedge, two-hundredth). Distances and areas are counts (fourth, hundred-sixty-second):
  "zwischen sieben und zwölf Kilometer" two counts ("zwischen" no hedge), "some 10 km (6
  miles)", "about 4 kilometres (2.5 miles)", "about 4 km (2.5 miles)", "about 100 km (60
  miles)" and "up to 20 kilometers (12 miles)" with the hedge on the first figure only,
  "rund 18 Kilometer", "Im 20 Kilometer breiten Grenzstreifen", "weniger als zehn
  Kilometer" "under", "auf bis zu 20 Kilometer Tiefe" "up_to", "der rund 1.200 Kilometer
  langen Front" "about" (hundred-twentieth: "the roughly 1,100-km front line") and "von gut
  1.200 Kilometern" "over", "rund 410 Quadratkilometer", "gut 600 Quadratkilometer", "just
  over 600 sq km", "mehr als 1.900 Quadratkilometer" and "about 1,350 sq km"; storeys
  ("ein zehnstöckiges Wohnhaus" and "a 10-storey apartment block" 10), "rund 8,8 Millionen
  Tonnen Rohöl" 8,800,000 ("jährlich" none), "4,5 Millionen Drohnen", "rund 1,26 Millionen
  Mann" and "etwa 640.000 Soldaten" (the issue's "etwa 2,4 Millionen Einwohner"). Multiples
  are counts: "etwa um das Vierfache überlegen" and "roughly four times the number of its
  defenders" 4 "about" (hundred-sixteenth: "das Dreifache" 3; two-hundred-and-sixteenth: "a
  fourfold increase" 4). Type names carry none ("Iskander-M", "Lancet", "Geran-2",
  "Patriot-System", "Shaheds", "Kamikaze-Drohnen"; hundred-sixty-second).
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal", "die drittgrößte Stadt";
  hundred-sixty-second): "der dritte massive Angriff auf die Hauptstadt binnen einer Woche"
  and "the third massive strike on the capital in a week" 3, "der dritte Angriff auf die
  zweitgrößte Stadt der Ukraine binnen einer Woche" 3 and 2 (the weight's "der dritte
  Angriff binnen einer Woche"; "binnen einer Woche", "in a week" and "binnen eines Monats"
  none, hundred-sixty-second), "der vierte Angriff auf die Anlage seit Jahresbeginn" 4, "der
  zweite Angriff auf einen Bus ... binnen zehn Tagen" 2 with 10 days, "der dritte Angriff
  auf das Depot" 3, "der fünfte Angriff auf die Stadt in dieser Woche" and "the fifth attack
  on the city this week" 5, "zum vierten Mal in Folge" 4 and "for a third month running" 3
  ("in Folge", "running" none; hundred-tenth: "die neunte Nacht in Folge"), "das dritte Mal
  seit Jahresbeginn" and "the third such claim this year" 3, "der 44. seit Jahresbeginn" 44
  (the elliptic ordinal, hundred-forty-second: "their fifth this year"), "die erste Stadt
  ..." and "the first town ..." 1 with the year, "die ukrainische 139. Brigade" and "the
  139th Brigade" 139 (fiftieth: "The 82nd Airborne Division" ordinal 82). New: "Am 1.481.
  Tag des russischen Angriffskriegs" is ordinal 1481 - a day of a war counted by an ordinal
  in digits, the grouping point read as in "1.170 Soldaten" and the closing point marking
  the ordinal as in "der 44." (hundred-seventy-ninth: "On day 13 of the truce" ordinal 13).
  "der schwerste seit Dezember", "den größten Luftangriff seit Kriegsbeginn", "its largest
  aerial attack of the war", "the most serious threat" rank nothing (hundred-fifty-second:
  a superlative without a number word).
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise"; hundred-sixty-second):
  "mehr als siebeneinhalb Stunden" and "more than seven and a half hours" 7.5 hours "over"
  (two-hundred-and-sixteenth: "fünfeinhalb Stunden"; twentieth: "seven and a half years"),
  "Bei einem mehr als sechsstündigen russischen Angriff" 6 hours "over" (the hedge before the
  compound bounds its number, hundred-sixty-second: "knapp neunstündigen") and "lasting more
  than six hours", "nach einem etwa vierstündigen Gefecht" 4 hours "about", "eine
  48-stündige Ausgangssperre" 48 hours (hundred-forty-second: "a 72-hour truce"), "rund zehn
  Stunden" and "about 10 hours", "mehr als 15 Stunden", "binnen 24 Stunden", "Binnen 48
  Stunden" and "in 48 hours" ("binnen" no hedge), "nach zweiwöchigen Kämpfen" and "after two
  weeks of fighting" 2 weeks, "gut drei Wochen" and "more than three weeks" 3 weeks "over",
  "seit elf Tagen" and "after 11 days of fighting", "seit zehn Tagen" and "for 10 days",
  "seit 16 Tagen" and "for 16 days", "binnen zehn Tagen", "eine zweitägige Trauer" 2 days,
  "over the past seven days" 7 days ("over" before a span no hedge), "for more than two
  months" and "nach mehr als sieben Monaten" "over"; in negatives "In two months" 2 months
  and "Vier Jahre nach Beginn der Invasion" 4 years (hundred-ninety-third: "Vier Jahre
  Krieg"), and the vox pops' ages ("eine 44-jährige Anwohnerin", "a 44-year-old resident",
  "eine 72-jährige Bewohnerin"), labelled. None: "stundenlangen" (hundred-sixty-second:
  "stundenlange"; hundred-ninety-third: "stundenlangen Beratungen"). New: "during the
  hours-long attack" carries none either - the English twin of „stundenlang“ names no
  number of hours. None as well: "kurz nach Mitternacht", "bis in den Morgen"
  (hundred-ninety-third: "nach Mitternacht", "bis in die Nacht"), nights and weekdays ("in
  der Nacht auf Dienstag", "in der Nacht zum Freitag", "overnight into Tuesday", "am
  Samstag", "on Sunday alone"), "seit Jahresbeginn", "since January", "since the start of
  the year", "Seit Anfang Februar", "im Februar", "in February", "in dieser Woche", "this
  week", "during the week", "over the past week", "in der vergangenen Woche", "seit
  Monaten", "vor dem Frühjahr", "before summer", "am Wochenende", "at the weekend", "By
  Saturday evening", "last September", "vom vergangenen September", "in einer Nacht", "pro
  Tag", "täglich", "jährlich", "a month", "by day", "in diesem Jahr", "this year".
- Fractions (the issue: "ein Fünftel", "drei Viertel", "jeder vierte"; hundred-sixty-second,
  two-hundred-and-ninth): "rund drei Viertel der Region Saporischschja" and "about
  three-quarters of the Zaporizhzhia region" 0.75 "about", "knapp ein Drittel weniger als im
  Januar" and "nearly a third less than in January" 0.3333 "nearly" (the "weniger" and
  "less" after the share compare, hundred-thirty-seventh), "etwa ein Zehntel weniger" 0.1
  "about", "nur noch etwa ein Sechstel der Fläche" 0.1667 "about" ("nur noch" no hedge,
  hundred-fifty-ninth; hundred-third: "etwa ein Sechstel"), "etwa zwei Drittel des
  Stadtgebiets" and "about two-thirds of the town" 0.6667 "about", "Rund jede vierte der
  Drohnen" 0.25 "about", "nur bei gut einem Drittel" 0.3333 "over" (the dative form; "nur"
  no hedge), "Etwa vier Fünftel der Verluste" 0.8 "about", "roughly half of what it needs"
  0.5 "about", "about one in three drone attacks" 0.3333 "about" (hundred-sixty-second:
  "Roughly one in three of the drones"); "a fraction of the price" carries none.
- Percentages: "knapp 83 Prozent" and "nearly 83%" "nearly", "weniger als fünf Prozent"
  "under", "rund 87 Prozent", "rund 70 Prozent des Stadtgebiets", "about 70% of the town"
  and "rund 70 Prozent der Verluste" "about", "zu mehr als 90 Prozent zerstört" and "more
  than 90% destroyed" "over".
- Money in the currency written (every batch): "etwa 600 Euro" EUR "about", "rund vier
  Millionen Dollar" 4,000,000 USD "about" (a number word with its scale), "bis zu 150.000
  Rubel" RUB "up_to", "about $5,000" USD "about".
- Years and dates: "since the full-scale invasion began in 2022", "Im Sommer 2024", "seit
  dem Herbst 2023" and "since the autumn of 2023" the year (a season with a year gives the
  year, as "seit Februar 2022"); Reuters and AFP English datelines with a day
  ("MOSCOW/KYIV, March 2 (Reuters)", "MOSCOW, March 4", "WASHINGTON, March 5", "KYIV, March
  6", "MOSCOW, March 8 (AFP)", "MOSCOW/KYIV, March 9", "MOSCOW, March 12", "KYIV, March 13",
  "KYIV, March 17", "KYIV, March 21") dates without a year (hundred-sixty-second); dpa, APA
  (also "Wien/Washington (APA)"), APA/AFP, AFP German, Reuters German and AP ("KYIV, Ukraine
  (AP) —", "ZAPORIZHZHIA, Ukraine (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "about", "some",
  "roughly" "about"; "knapp", "nearly" "nearly"; "mehr als", "Mehr als", "gut", "more
  than", "More than", "just over" "over"; "weniger als", "Fewer than" "under"; "bis zu",
  "up to" "up_to"; "mindestens", "at least", "At least" "at_least". No hedge: "weitere",
  "weiteren", "Weitere", "more", "allein", "Allein", "alone", "nur", "nur noch", "only",
  "bereits", "davon", "darunter", "unter ihnen", "including", "jeweils", "zwischen",
  "binnen", "im Schnitt", "Insgesamt", "noch", "over" before a span, "um das" before a
  multiple.
- Check-worthy without a figure (hundred-thirty-seventh, hundred-sixty-second): the General
  Staff's partial confirmation in both languages, Moscow's and Kyiv's accounts of strikes
  and their reasons, the refinery fire, the bloggers' allegation in both languages, the
  bloggers' reports of fighting, of an advance and of a video, the outskirts of Huljajpole
  reached, Krutow's and Krutov's claims, the rejections and denials above, the prosecutor's
  account of the Lancet drone, the defence of positions in Huljajpole, Russia's raid repelled
  in Kursk, the depot strike lead and Kyiv's confirmation, Poland's jets scrambled, the
  Kremlin's stated condition for a halt, Kyiv's withdrawal, the ISW's footage found and not
  found, the losses "so viele ... wie in keinem Monat seit dem vergangenen Sommer", and
  "Tens of thousands of households were left without power".
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title and the weekday dropped ("Generalstabssprecher Witalij Horobez" three times,
  "Gouverneur Mykola Suchenko am Donnerstag", "Gouverneur Iwan Moros", "Gouverneur
  Wolodymyr Hrab", "Gouverneur Serhij Fedortschuk"; hundred-sixty-second), "sagte Oberst
  Wolfgang Hasenöhrl" -> "Wolfgang Hasenöhrl" (a military rank dropped as a title,
  fiftieth, two-hundred-and-sixteenth), the name in apposition after a role ("sagte der
  Sprecher der Truppengruppierung Saporischschja, Dmytro Lewtschenko"; ninety-third,
  hundred-sixty-second), "so Horobez", "so Lewtschenko", "so Hrab", "so Fedortschuk" and "so
  Sadowyj" the surname as written (ninety-fifth), "X sagte, ..." opening the row ("Rehbein
  sagte", "Tschernyschow sagte", "Der Kiewer Militäranalyst Bohdan Sadowyj sagte" -> "Bohdan
  Sadowyj"; two-hundred-and-ninth: "Der armenische Vizeaußenminister Vahe Ter-Minasjan
  sagte"), "nach Angaben von Gouverneur Anton Solowjow" and "nach Angaben von
  Luftwaffensprecher Jurij Ostaptschuk" (twice) the name (hundred-thirty-seventh,
  hundred-sixty-second), "teilte die Luftwaffe mit" -> "die Luftwaffe", "nach Angaben der
  Stadtverwaltung" (twice) -> "die Stadtverwaltung" (hundred-first), "teilte die
  Staatsanwaltschaft mit" -> "die Staatsanwaltschaft", "teilte das Verteidigungsministerium
  mit", "teilte das Verteidigungsministerium in Moskau mit" and "nach Angaben des
  Verteidigungsministeriums in Moskau" -> "das Verteidigungsministerium" (the place dropped,
  hundred-thirty-seventh, hundred-sixty-second), "teilte der Generalstab in Kiew mit" -> "der
  Generalstab" (hundred-sixty-second), "Dem Institut für Kriegsstudien zufolge" -> "das
  Institut für Kriegsstudien" (fiftieth; third: "teilte das Institut für Kriegsstudien
  mit"). English: "General Staff spokesman Vitaliy Horobets said" (twice), "Kremlin
  spokesman Gleb Chernyshov said", "regional Governor Serhiy Fedorchuk said on Friday" and
  "Kyiv-based military analyst Bohdan Sadovyi said" the name with the title and the weekday
  dropped (hundred-sixty-second), "Horobets said ..." opening the row and "Fedorchuk said"
  as written, "Dmytro Levchenko, a spokesman for Ukraine's forces in the area, told Reuters"
  -> "Dmytro Levchenko" (the apposition and the addressee dropped, hundred-thirty-seventh,
  hundred-sixty-second), "the air force said" -> "the air force" (hundred-sixty-second),
  "The ministry said ..." -> "the ministry" (sixty-eighth, hundred-first). New: "the
  institute said" -> "the institute" - a body taken up with its article in lower case, as
  "the ministry said", "the IAEA said" (hundred-sixty-second) and "the company said"
  (two-hundred-and-sixteenth). Left unchecked (None): roles and pronouns ("teilte der
  Gouverneur mit", "sagte der Experte der Landesverteidigungsakademie", "sagte der
  Offizier", "he said", "it said", "the governor said", "officials said"), "fügte X hinzu",
  "hieß es", "hieß es weiter", "hieß es in London", "heißt es in der täglichen Aufstellung",
  "schrieb ... auf Telegram", "schrieb er", "wrote on Telegram", "wrote on X", verbs that are
  not of saying ("behauptete", "bestätigte", "erklärte", "meldete", "bezifferte", "räumte
  ... ein", "sprach von", "ordnete ... an", "claimed", "acknowledged", "estimated",
  "estimates", "cited"; hundred-sixty-second), the present "says" ("Ukraine's General Staff
  says", "local officials say"), possessives and sources with an adjective ("Ukraine's air
  force", "Russia's defence ministry said", "Ukraine's General Staff said", "Ukraine's
  military said", "the Ukrainian air force said", "its operational command said", "nach
  Angaben der ukrainischen Luftwaffe", "nach Darstellung des ukrainischen Generalstabs"),
  descriptions and affiliations ("sagte der Militärexperte Carsten Rehbein von der Stiftung
  Wissenschaft und Politik", "Der von Moskau eingesetzte Verwaltungschef ..., Jewgeni
  Krutow, schrieb"), the addressee forms "sagte der Deutschen Presse-Agentur" and "told state
  television" (two-hundred-and-ninth), the bloggers' handles (above), plural, anonymous and
  collective sources ("nach russischen Angaben", "nach ukrainischen Angaben", "nach eigenen
  Angaben", "nach Angaben beider Seiten", "nach Angaben kremlnaher Militärblogger", "nach
  Behördenangaben", "nach Branchenangaben", "both sides said", "according to Ukrainian
  military analysts"), data and estimates ("nach Berechnungen des US-Instituts für
  Kriegsstudien (ISW)", "Nach Daten des Kartenprojekts DeepState", "nach Schätzungen
  westlicher Militärexperten", "nach einer Zählung der Nachrichtenagentur Reuters", "the
  institute's data show", "the think tank estimates"), every "according to"
  (two-hundred-and-fourth; "according to the city administration" included), "wie der
  ukrainische Präsident in seiner Abendansprache sagte", rows without attribution and all
  negatives, also those with a named speaker.
- Negatives (hundred-thirty-seventh, hundred-sixty-second, two-hundred-and-fourth), five of
  them with figures labelled as the seventeenth batch labels a figure in a negative: the
  caveats and no-comment lines above; each side's rhetoric, vows, labels and boasts in
  quotes and in reported speech (the president's „weiteren Beweis, dass Moskau keinen
  Frieden will“ and „mit Hunderten Leben“, the spokesmen's and governors' lines above, the
  Kremlin's vow in both languages and "according to plan", "Ukraine is losing this war
  ...", the foreign minister's label and his „Antwort Moskaus auf jeden Friedensvorschlag“
  in both languages, Tolstych's „terroristischen Akten“, Balaschow's „Schlüsselsieg“ and
  Balashov's "key victory", and his boast "In two months our flags will fly over
  Zaporizhzhia" with 2 months, labelled - two-hundred-and-fourth: "I'm confident we will hit
  3%"), the General Staff spokesman's „Vier Jahre nach Beginn der Invasion stehen wir immer
  noch ...“ with 4 years, a Moscow analyst's "the only ones telling Russians the truth", the
  bloggers' verdicts and labels (above); appeals without a figure ("Moros rief die Bewohner
  ... auf", "Der Präsident forderte die Verbündeten erneut auf, mehr Abfangraketen zu
  liefern", Ostaptschuk's „jede einzelne Abfangrakete“; hundred-sixty-second); evaluations
  ("gilt als Gradmesser", "gilt seit Monaten als der am härtesten umkämpfte"); the
  assumptions and the forecast without a figure above; a doubt ("hält Rehbein für
  fraglich"); an open question ("Wann die russische Armee die Stadt vollständig einschließen
  könnte, wagen selbst kremlnahe Blogger nicht vorherzusagen."; hundred-twenty-fourth); and
  the officer's „am Ende unserer Kräfte“ and the vox pops with their ages labelled (the
  44-year-old in both languages, the 72-year-old; hundred-sixty-second).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_223 = [
    # --- Russland meldet Einnahme zweier Dörfer bei Kostjantyniwka (dpa) ---
    (
        "de",
        "Moskau/Kiew (dpa) - Russische Truppen haben nach Angaben des Verteidigungsministeriums in Moskau zwei weitere Dörfer im Osten der Ukraine eingenommen.",
        True,
        [("count", 2, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Beide Dörfer liegen zwischen sieben und zwölf Kilometer nordöstlich von Kostjantyniwka.",
        True,
        [("count", 7, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Damit hätten die russischen Einheiten seit Jahresbeginn 41 Ortschaften unter ihre Kontrolle gebracht, behauptete Ministeriumssprecher Wadim Sorokin.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Der ukrainische Generalstab bestätigte den Verlust von Nowe Pole, nicht aber den von Bila Balka.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Um Bila Balka werde seit elf Tagen gekämpft, die eigenen Truppen hielten den Westteil des Dorfes, sagte Generalstabssprecher Witalij Horobez.",
        True,
        [("duration", 11, "day", None)],
        "Witalij Horobez",
    ),
    (
        "de",
        "Allein am Sonntag habe es im Abschnitt Kostjantyniwka 34 russische Sturmangriffe gegeben, davon 19 mit Unterstützung gepanzerter Fahrzeuge, so Horobez.",
        True,
        [("count", 34, None, None), ("count", 19, None, None)],
        "Horobez",
    ),
    ("de", "„Die Russen behandeln ihre eigenen Soldaten wie Verbrauchsmaterial“, sagte Horobez.", False, [], None),
    ("de", "Überprüfbar waren die Meldungen beider Armeen zunächst nicht.", False, [], None),
    # --- Russia claims two villages near Kostiantynivka (Reuters) ---
    (
        "en",
        "MOSCOW/KYIV, March 2 (Reuters) - Russia said on Monday its forces had captured two more villages in eastern Ukraine's Donetsk region, bringing the number it says it has taken since January to 41.",
        True,
        [("date", "--03-02", None, None), ("count", 2, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's General Staff confirmed the loss of Nove Pole but said fighting was still going on for Bila Balka, northeast of Kostiantynivka.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Russian troops had launched 34 assaults in the Kostiantynivka sector on Sunday alone, 19 of them backed by armoured vehicles, General Staff spokesman Vitaliy Horobets said.",
        True,
        [("count", 34, None, None), ("count", 19, None, None)],
        "Vitaliy Horobets",
    ),
    (
        "en",
        "Horobets said Ukrainian units still held the western part of Bila Balka after 11 days of fighting.",
        True,
        [("duration", 11, "day", None)],
        "Horobets",
    ),
    (
        "en",
        "Kostiantynivka, a city of about 67,000 people before the war, lies some 10 km (6 miles) from the nearest Russian positions.",
        True,
        [("count", 67000, None, "about"), ("count", 10, None, "about"), ("count", 6, None, None)],
        None,
    ),
    ("en", "The accounts from the battlefield could not be checked by Reuters.", False, [], None),
    (
        "en",
        '"The enemy is cracking along the whole front," the pro-Kremlin military blogger Severny Veter wrote on Telegram.',
        False,
        [],
        None,
    ),
    # --- Rekordnahe Angriffswelle auf Kiew (APA/AFP) ---
    (
        "de",
        "Kiew (APA/AFP) - In der Nacht auf Dienstag hat Russland die Ukraine mit 386 Drohnen und 27 Raketen angegriffen, darunter neun ballistische Raketen vom Typ Iskander-M.",
        True,
        [("count", 386, None, None), ("count", 27, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Flugabwehr habe 341 Drohnen und 18 Raketen abgeschossen oder durch elektronische Störung zum Absturz gebracht, teilte die Luftwaffe mit.",
        True,
        [("count", 341, None, None), ("count", 18, None, None)],
        "die Luftwaffe",
    ),
    (
        "de",
        "Der Luftalarm in der Hauptstadt dauerte mehr als siebeneinhalb Stunden, von kurz nach Mitternacht bis in den Morgen.",
        True,
        [("duration", 7.5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Bei dem stundenlangen Angriff wurden in Kiew nach Angaben der Stadtverwaltung mindestens drei Menschen getötet und 19 weitere verletzt.",
        True,
        [("count", 3, None, "at_least"), ("count", 19, None, None)],
        "die Stadtverwaltung",
    ),
    (
        "de",
        "Es war bereits der dritte massive Angriff auf die Hauptstadt binnen einer Woche.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der ukrainische Präsident nannte den Angriff einen „weiteren Beweis, dass Moskau keinen Frieden will“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das russische Verteidigungsministerium erklärte, es habe mit Präzisionswaffen Rüstungsbetriebe und Militärflugplätze getroffen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir liegen im Flur auf dem Boden und warten, bis es vorbei ist“, sagte eine 44-jährige Anwohnerin im Stadtteil Obolon.",
        False,
        [("duration", 44, "year", None)],
        None,
    ),
    # --- Russian attack keeps Kyiv under alert (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Russia fired 386 drones and 27 missiles at Ukraine overnight into Tuesday in an attack that kept Kyiv under an air raid alert for more than seven and a half hours, officials said.",
        True,
        [("count", 386, None, None), ("count", 27, None, None), ("duration", 7.5, "hour", "over")],
        None,
    ),
    (
        "en",
        "Air defenses downed 341 of the drones and 18 of the missiles, the air force said.",
        True,
        [("count", 341, None, None), ("count", 18, None, None)],
        "the air force",
    ),
    (
        "en",
        "At least three people were killed and 19 wounded in the capital during the hours-long attack, according to the city administration.",
        True,
        [("count", 3, None, "at_least"), ("count", 19, None, None)],
        None,
    ),
    ("en", "It was the third massive strike on the capital in a week.", True, [("ordinal", 3, None, None)], None),
    (
        "en",
        "Ukraine's president said Russia had used more than 2,100 drones and nearly 1,000 glide bombs against the country over the past seven days.",
        True,
        [("count", 2100, None, "over"), ("count", 1000, None, "nearly"), ("duration", 7, "day", None)],
        None,
    ),
    (
        "en",
        '"We lie on the hallway floor and wait for it to end," said a 44-year-old resident of the Obolon district.',
        False,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "Russia's Defense Ministry said it had hit defense plants and military airfields with precision weapons.",
        True,
        [],
        None,
    ),
    # --- Ukrainische Drohnen treffen Raffinerie an der Wolga (Reuters) ---
    (
        "de",
        "Moskau (Reuters) - Die Ukraine hat in der Nacht zum Dienstag nach russischen Angaben mit 112 Drohnen Ziele in zehn russischen Regionen angegriffen.",
        True,
        [("count", 112, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "In Nowokuibyschewsk im Gebiet Samara sei nach einem Drohnentreffer ein Feuer in einer Raffinerie ausgebrochen, teilte der Gouverneur mit.",
        True,
        [],
        None,
    ),
    ("de", "Es ist der vierte Angriff auf die Anlage seit Jahresbeginn.", True, [("ordinal", 4, None, None)], None),
    (
        "de",
        "Die Raffinerie kann nach Branchenangaben jährlich rund 8,8 Millionen Tonnen Rohöl verarbeiten.",
        True,
        [("count", 8800000, None, "about")],
        None,
    ),
    (
        "de",
        "Im russischen Grenzgebiet Kursk wurden nach Angaben von Gouverneur Anton Solowjow zwei Zivilisten durch ukrainischen Artilleriebeschuss verletzt.",
        True,
        [("count", 2, None, None)],
        "Anton Solowjow",
    ),
    (
        "de",
        "Die Gebietsverwaltung in Kursk kündigte für beschädigte Häuser Entschädigungen von bis zu 150.000 Rubel an.",
        True,
        [("money", 150000, "RUB", "up_to")],
        None,
    ),
    ("de", "Von ukrainischer Seite gab es zu den Angriffen zunächst keine Stellungnahme.", False, [], None),
    # --- Tägliche Verlustmeldungen beider Seiten (dpa) ---
    (
        "de",
        "Kiew (dpa) - Die russische Armee hat nach Darstellung des ukrainischen Generalstabs binnen 24 Stunden 1.170 Soldaten durch Tod oder Verwundung verloren.",
        True,
        [("duration", 24, "hour", None), ("count", 1170, None, None)],
        None,
    ),
    (
        "de",
        "Zudem seien sieben Panzer, 23 Artilleriesysteme und 146 Drohnen zerstört worden.",
        True,
        [("count", 7, None, None), ("count", 23, None, None), ("count", 146, None, None)],
        None,
    ),
    (
        "de",
        "Seit Beginn der Invasion summierten sich die russischen Verluste damit auf rund 1,26 Millionen Mann, heißt es in der täglichen Aufstellung.",
        True,
        [("count", 1260000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Verteidigungsministerium in Moskau bezifferte die ukrainischen Verluste im selben Zeitraum auf bis zu 1.310 Soldaten.",
        True,
        [("count", 1310, None, "up_to")],
        None,
    ),
    ("de", "Westliche Militärexperten halten beide Aufstellungen für deutlich überhöht.", False, [], None),
    (
        "de",
        "Der britische Militärgeheimdienst schätzt, dass die russische Armee im Februar im Schnitt gut 1.050 Mann pro Tag verlor.",
        True,
        [("count", 1050, None, "over")],
        None,
    ),
    (
        "de",
        "Das sei etwa ein Zehntel weniger als im Januar, hieß es in London.",
        True,
        [("fraction", 0.1, None, "about")],
        None,
    ),
    # --- Militärblogger werfen Armeeführung Fehler vor (dpa) ---
    (
        "de",
        "Moskau (dpa) - Einflussreiche russische Militärblogger haben der Armeeführung vorgeworfen, im Gebiet Saporischschja eine Panzerkolonne ohne Luftabwehr und Minenräumgerät in einen Angriff geschickt zu haben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei dem gescheiterten Vorstoß nahe dem Dorf Mala Tokmatschka seien an einem einzigen Vormittag rund 40 gepanzerte Fahrzeuge verloren gegangen, schrieb der Blogger „Sewerny Weter“ auf Telegram.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "Ein zweiter Blogger, der unter dem Namen „Okopnaja Prawda“ schreibt, sprach von mindestens 300 Toten und Verwundeten in einem einzigen Regiment.",
        True,
        [("count", 300, None, "at_least")],
        None,
    ),
    ("de", "„Generäle, die solche Befehle geben, gehören vor ein Militärgericht“, schrieb er.", False, [], None),
    (
        "de",
        "Das Verteidigungsministerium in Moskau meldete für denselben Tag dagegen die Abwehr von fünf ukrainischen Gegenangriffen im Raum Saporischschja.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die ukrainische 139. Brigade veröffentlichte Drohnenvideos, die nach ihren Angaben 17 zerstörte russische Fahrzeuge zeigen.",
        True,
        [("ordinal", 139, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Die Kritik der Blogger gilt als Gradmesser für die Stimmung in Teilen der russischen Truppe.",
        False,
        [],
        None,
    ),
    # --- Pro-Kremlin bloggers blame commanders (Reuters) ---
    (
        "en",
        "MOSCOW, March 4 (Reuters) - Prominent pro-Kremlin military bloggers accused Russia's commanders on Wednesday of sending an armoured column into an assault in the Zaporizhzhia region without air defence or mine-clearing equipment.",
        True,
        [("date", "--03-04", None, None)],
        None,
    ),
    (
        "en",
        "One of the bloggers, Severny Veter, whose Telegram channel has more than 480,000 subscribers, said about 40 armoured vehicles had been lost in a single morning.",
        True,
        [("count", 480000, None, "over"), ("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        "Another, who writes as Okopnaya Pravda, said at least 300 men from a single regiment had been killed or wounded.",
        True,
        [("count", 300, None, "at_least")],
        None,
    ),
    ("en", "Russia's Defence Ministry did not comment on the bloggers' reports.", False, [], None),
    (
        "en",
        '"The bloggers are the only ones telling Russians the truth about this war," said a Moscow-based analyst who asked not to be named.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In its daily assessment, the Institute for the Study of War cited geolocated footage showing at least 11 destroyed Russian vehicles near the village of Mala Tokmachka.",
        True,
        [("count", 11, None, "at_least")],
        None,
    ),
    (
        "en",
        "Ukraine's 139th Brigade said it had repelled the attack and released drone footage of what it said were 17 destroyed Russian vehicles.",
        True,
        [("ordinal", 139, None, None), ("count", 17, None, None)],
        None,
    ),
    # --- ISW: Russische Geländegewinne im Februar (APA) ---
    (
        "de",
        "Wien/Washington (APA) - Die russische Armee hat im Februar nach Berechnungen des US-Instituts für Kriegsstudien (ISW) rund 410 Quadratkilometer der Ukraine erobert.",
        True,
        [("count", 410, None, "about")],
        None,
    ),
    (
        "de",
        "Das sei knapp ein Drittel weniger als im Januar, als die Truppen gut 600 Quadratkilometer eingenommen hätten.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 600, None, "over")],
        None,
    ),
    (
        "de",
        "Dem Institut für Kriegsstudien zufolge kontrolliert Russland inzwischen rund drei Viertel der Region Saporischschja.",
        True,
        [("fraction", 0.75, None, "about")],
        "das Institut für Kriegsstudien",
    ),
    (
        "de",
        "Im Gebiet Donezk seien es knapp 83 Prozent, im Gebiet Charkiw dagegen weniger als fünf Prozent.",
        True,
        [("percent", 83, "%", "nearly"), ("percent", 5, "%", "under")],
        None,
    ),
    (
        "de",
        "Die Analysten gehen davon aus, dass Moskau vor dem Frühjahr eine neue Offensive auf Kostjantyniwka vorbereitet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Russland habe entlang der rund 1.200 Kilometer langen Front derzeit etwa 640.000 Soldaten im Einsatz, sagte Oberst Wolfgang Hasenöhrl.",
        True,
        [("count", 1200, None, "about"), ("count", 640000, None, "about")],
        "Wolfgang Hasenöhrl",
    ),
    (
        "de",
        "„Von einem Zusammenbruch der ukrainischen Front kann keine Rede sein“, sagte der Experte der Landesverteidigungsakademie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ukraine halte im Gebiet Donezk nur noch etwa ein Sechstel der Fläche, fügte Hasenöhrl hinzu.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    # --- Russian gains slow in February (Reuters) ---
    (
        "en",
        "WASHINGTON, March 5 (Reuters) - Russian forces captured about 410 square kilometres of Ukrainian land in February, nearly a third less than in January, the Institute for the Study of War estimated.",
        True,
        [("date", "--03-05", None, None), ("count", 410, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "Moscow now holds nearly 83% of the Donetsk region and about three-quarters of the Zaporizhzhia region, the think tank estimates.",
        True,
        [("percent", 83, "%", "nearly"), ("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "In January, Russian troops had taken just over 600 sq km, the institute's data show.",
        True,
        [("count", 600, None, "over")],
        None,
    ),
    (
        "en",
        "The pace of Russia's advance has slowed for a third month running as Ukrainian drone units inflict heavy losses on attacking infantry, the institute said.",
        True,
        [("ordinal", 3, None, None)],
        "the institute",
    ),
    (
        "en",
        'A Kremlin spokesman said the operation was going "according to plan" and that all its goals would be achieved.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ukraine's General Staff says Russia lost more than 31,000 troops killed and wounded in February alone.",
        True,
        [("count", 31000, None, "over")],
        None,
    ),
    ("en", "Neither side's claims about the other's losses can be verified.", False, [], None),
    # --- Gleitbomben auf Charkiw (dpa) ---
    (
        "de",
        "Charkiw (dpa) - Russische Gleitbomben haben in der ostukrainischen Großstadt Charkiw mindestens sechs Menschen getötet, sagte Gouverneur Mykola Suchenko am Donnerstag.",
        True,
        [("count", 6, None, "at_least")],
        "Mykola Suchenko",
    ),
    (
        "de",
        "Weitere 31 Menschen seien verletzt worden, unter ihnen vier Kinder.",
        True,
        [("count", 31, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Es war der dritte Angriff auf die zweitgrößte Stadt der Ukraine binnen einer Woche.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der ukrainischen Luftwaffe warf Russland allein im Februar mehr als 4.600 Gleitbomben auf Städte und Stellungen ab.",
        True,
        [("count", 4600, None, "over")],
        None,
    ),
    (
        "de",
        "„Charkiw wird nicht in die Knie gehen, egal wie viele Bomben sie auf uns werfen“, sagte Suchenko.",
        False,
        [],
        None,
    ),
    ("de", "Die Stadtverwaltung ordnete eine zweitägige Trauer an.", True, [("duration", 2, "day", None)], None),
    ("de", "Russland bestreitet, Wohngebiete gezielt zu beschießen.", True, [], None),
    # --- Kämpfe um Huljajpole (AFP) ---
    (
        "de",
        "Saporischschja (AFP) - Im Süden der Ukraine haben russische Truppen nach Angaben beider Seiten die Außenbezirke der Kleinstadt Huljajpole erreicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Stadt hatte vor dem Krieg rund 13.000 Einwohner, heute sollen es nur noch wenige Hundert sein.",
        True,
        [("count", 13000, None, "about")],
        None,
    ),
    (
        "de",
        "Russische Einheiten griffen die Stadt seit zehn Tagen aus drei Richtungen an, sagte der Sprecher der Truppengruppierung Saporischschja, Dmytro Lewtschenko.",
        True,
        [("duration", 10, "day", None), ("count", 3, None, None)],
        "Dmytro Lewtschenko",
    ),
    (
        "de",
        "Binnen 48 Stunden seien 62 Angriffe abgewehrt worden, so Lewtschenko.",
        True,
        [("duration", 48, "hour", None), ("count", 62, None, None)],
        "Lewtschenko",
    ),
    (
        "de",
        "Der von Moskau eingesetzte Verwaltungschef des Gebiets Saporischschja, Jewgeni Krutow, schrieb auf Telegram, russische Soldaten hätten bereits das Stadtzentrum erreicht.",
        True,
        [],
        None,
    ),
    ("de", "Kiew wies dies als „Wunschdenken“ zurück.", True, [], None),
    (
        "de",
        "Nach Daten des Kartenprojekts DeepState sind etwa zwei Drittel des Stadtgebiets umkämpft.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "„Jeder Tag, den wir Huljajpole halten, kostet den Feind ein Bataillon“, sagte Lewtschenko.",
        False,
        [],
        None,
    ),
    # --- Russian troops reach Huliaipole (Reuters) ---
    (
        "en",
        "KYIV, March 6 (Reuters) - Russian troops have reached the outskirts of Huliaipole in southern Ukraine, both sides said on Friday, the most serious threat to the town since the full-scale invasion began in 2022.",
        True,
        [("date", "--03-06", None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Russian units had attacked from three directions for 10 days and 62 assaults had been repelled in 48 hours, Dmytro Levchenko, a spokesman for Ukraine's forces in the area, told Reuters.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 10, "day", None),
            ("count", 62, None, None),
            ("duration", 48, "hour", None),
        ],
        "Dmytro Levchenko",
    ),
    (
        "en",
        "The Moscow-installed governor of the Russian-held part of the Zaporizhzhia region, Yevgeny Krutov, claimed that Russian soldiers were already in the town centre.",
        True,
        [],
        None,
    ),
    ("en", "Huliaipole had about 13,000 residents before the war.", True, [("count", 13000, None, "about")], None),
    ("en", '"Every day we hold this town costs them a battalion," Levchenko said.', False, [], None),
    (
        "en",
        "The DeepState mapping project, which is close to Ukraine's military, shows about two-thirds of the town as contested.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    # --- Drohne trifft Linienbus im Gebiet Sumy (dpa) ---
    (
        "de",
        "Sumy (dpa) - Eine russische Drohne hat im Nordosten der Ukraine einen Linienbus getroffen und mindestens vier Menschen getötet.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    (
        "de",
        "Elf weitere Fahrgäste seien verletzt worden, zwei von ihnen lebensgefährlich, sagte Gouverneur Iwan Moros.",
        True,
        [("count", 11, None, None), ("count", 2, None, None)],
        "Iwan Moros",
    ),
    (
        "de",
        "Der Bus war mit 23 Menschen an Bord auf dem Weg in die Gebietshauptstadt, rund 18 Kilometer von der russischen Grenze entfernt.",
        True,
        [("count", 23, None, None), ("count", 18, None, "about")],
        None,
    ),
    (
        "de",
        "Es war bereits der zweite Angriff auf einen Bus im Gebiet Sumy binnen zehn Tagen.",
        True,
        [("ordinal", 2, None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "de",
        "Die Drohne vom Typ Lancet sei gezielt auf das Fahrzeug gelenkt worden, teilte die Staatsanwaltschaft mit.",
        True,
        [],
        "die Staatsanwaltschaft",
    ),
    ("de", "Moros rief die Bewohner der Grenzdörfer erneut auf, die Region zu verlassen.", False, [], None),
    (
        "de",
        "Im 20 Kilometer breiten Grenzstreifen leben nach Behördenangaben noch knapp 9.000 Menschen.",
        True,
        [("count", 20, None, None), ("count", 9000, None, "nearly")],
        None,
    ),
    # --- Wochenbilanz der Luftangriffe (dpa) ---
    (
        "de",
        "Kiew (dpa) - Mehr als 1.500 Kampfdrohnen, knapp 1.200 Gleitbomben und 86 Raketen hat Russland in der vergangenen Woche gegen die Ukraine eingesetzt, wie der ukrainische Präsident in seiner Abendansprache sagte.",
        True,
        [("count", 1500, None, "over"), ("count", 1200, None, "nearly"), ("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "Rund jede vierte der Drohnen habe keinen Sprengkopf getragen und nur der Täuschung der Flugabwehr gedient, hieß es.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Damit habe Russland zum vierten Mal in Folge mehr als 1.000 Drohnen binnen einer Woche eingesetzt.",
        True,
        [("ordinal", 4, None, None), ("count", 1000, None, "over")],
        None,
    ),
    ("de", "Der Präsident forderte die Verbündeten erneut auf, mehr Abfangraketen zu liefern.", False, [], None),
    (
        "de",
        "Die ukrainische Luftwaffe gibt die Abschussquote bei Drohnen für den Februar mit rund 87 Prozent an.",
        True,
        [("percent", 87, "%", "about")],
        None,
    ),
    (
        "de",
        "Bei ballistischen Raketen lag sie nach Angaben von Luftwaffensprecher Jurij Ostaptschuk dagegen nur bei gut einem Drittel.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Jurij Ostaptschuk",
    ),
    ("de", "„Wir brauchen jede einzelne Abfangrakete, die Europa entbehren kann“, sagte Ostaptschuk.", False, [], None),
    # --- Russia claims five villages in a week (AFP) ---
    (
        "en",
        "MOSCOW, March 8 (AFP) - Russia's defence ministry said Sunday its forces had captured five Ukrainian villages over the past week and inflicted losses of up to 8,900 troops on Kyiv's army.",
        True,
        [("date", "--03-08", None, None), ("count", 5, None, None), ("count", 8900, None, "up_to")],
        None,
    ),
    (
        "en",
        "The ministry said its air defences had also shot down 1,312 Ukrainian drones and 14 guided aerial bombs during the week.",
        True,
        [("count", 1312, None, None), ("count", 14, None, None)],
        "the ministry",
    ),
    (
        "en",
        "Ukraine's General Staff confirmed the loss of two of the villages and said the others were still contested.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Moscow's weekly figures cannot be independently verified and are often far higher than Western estimates.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Russian forces are now about 4 kilometres (2.5 miles) from the edge of Kostiantynivka, according to Ukrainian military analysts.",
        True,
        [("count", 4, None, "about"), ("count", 2.5, None, None)],
        None,
    ),
    (
        "en",
        '"In two months our flags will fly over Zaporizhzhia," Colonel General Igor Balashov, commander of Russia\'s East group of forces, told state television.',
        False,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "Ukraine has said Russian troops have been attacking Kostiantynivka from the east and south for more than two months.",
        True,
        [("duration", 2, "month", "over")],
        None,
    ),
    # --- Moskau meldet Einnahme von Huljajpole (dpa) ---
    (
        "de",
        "Moskau/Kiew (dpa) - Russland hat die vollständige Einnahme der südukrainischen Kleinstadt Huljajpole gemeldet, die Ukraine hat dem widersprochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Einheiten der Truppengruppierung „Ost“ hätten die Stadt nach zweiwöchigen Kämpfen „vollständig befreit“, teilte das Verteidigungsministerium in Moskau mit.",
        True,
        [("duration", 2, "week", None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Die eigenen Truppen hielten weiterhin Stellungen im Norden und Westen der Stadt, sagte Generalstabssprecher Witalij Horobez.",
        True,
        [],
        "Witalij Horobez",
    ),
    (
        "de",
        "Horobez räumte jedoch ein, dass rund 70 Prozent des Stadtgebiets inzwischen unter russischer Kontrolle stünden.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "Es ist bereits das dritte Mal seit Jahresbeginn, dass Moskau die Einnahme einer Stadt meldet, die Kiew weiter für umkämpft erklärt.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Generaloberst Igor Balaschow, Kommandeur der Truppengruppierung „Ost“, sprach im Staatsfernsehen von einem „Schlüsselsieg“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein ukrainischer Kompaniechef mit dem Rufnamen „Lys“ sagte der Deutschen Presse-Agentur, seine Einheit sei seit 16 Tagen ohne Ablösung im Einsatz.",
        True,
        [("duration", 16, "day", None)],
        None,
    ),
    ("de", "„Wir halten, aber wir sind am Ende unserer Kräfte“, sagte der Offizier.", False, [], None),
    # --- Russia says it took Huliaipole (Reuters) ---
    (
        "en",
        "MOSCOW/KYIV, March 9 (Reuters) - Russia said on Monday it had taken full control of the southern Ukrainian town of Huliaipole after two weeks of fighting, a claim Kyiv rejected.",
        True,
        [("date", "--03-09", None, None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Ukraine's General Staff spokesman Vitaliy Horobets acknowledged that about 70% of the town was now under Russian control but said troops were holding positions in the north and west.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "This is the third such claim this year in which Moscow has announced the capture of a town that Kyiv says is still contested.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        'A Ukrainian company commander with the call sign "Lys" said his unit had been in combat for 16 days without rotation.',
        True,
        [("duration", 16, "day", None)],
        None,
    ),
    (
        "en",
        'State news agency RIA quoted Colonel General Igor Balashov as calling the capture a "key victory" on the road to Zaporizhzhia.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Huliaipole lies about 100 km (60 miles) east of Zaporizhzhia, a regional capital that had some 700,000 residents before the war.",
        True,
        [("count", 100, None, "about"), ("count", 60, None, None), ("count", 700000, None, "about")],
        None,
    ),
    # --- Öllager in Tichorezk erneut getroffen (Reuters) ---
    (
        "de",
        "Moskau (Reuters) - Bei einem ukrainischen Drohnenangriff auf ein Öllager im südrussischen Gebiet Krasnodar ist nach Behördenangaben ein Großbrand ausgebrochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Löscharbeiten dauerten mehr als 15 Stunden, rund 160 Feuerwehrleute waren im Einsatz.",
        True,
        [("duration", 15, "hour", "over"), ("count", 160, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist der dritte Angriff auf das Depot in Tichorezk binnen eines Monats.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der ukrainische Generalstab bestätigte den Angriff und erklärte, das Lager versorge die russischen Truppen in der Ukraine mit Treibstoff.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ukrainische Drohnen haben seit Jahresbeginn nach einer Zählung der Nachrichtenagentur Reuters mindestens 23 Raffinerien und Öllager in Russland getroffen.",
        True,
        [("count", 23, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die russische Außenamtssprecherin Marina Tolstych sprach von „terroristischen Akten des Kiewer Regimes“.",
        False,
        [],
        None,
    ),
    # --- Zwangsevakuierung im Gebiet Dnipropetrowsk (dpa) ---
    (
        "de",
        "Dnipro (dpa) - Wegen der näher rückenden Front haben die Behörden im Gebiet Dnipropetrowsk die Zwangsevakuierung von Familien mit Kindern aus zwölf weiteren Ortschaften angeordnet.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen seien rund 1.300 Kinder, sagte Gouverneur Wolodymyr Hrab.",
        True,
        [("count", 1300, None, "about")],
        "Wolodymyr Hrab",
    ),
    (
        "de",
        "Russische Truppen stehen nach ukrainischen Angaben inzwischen an mehreren Stellen weniger als zehn Kilometer vor der Gebietsgrenze.",
        True,
        [("count", 10, None, "under")],
        None,
    ),
    (
        "de",
        "Seit Anfang Februar seien aus dem Gebiet bereits mehr als 6.400 Menschen in sicherere Regionen gebracht worden, so Hrab.",
        True,
        [("count", 6400, None, "over")],
        "Hrab",
    ),
    (
        "de",
        "„Ich lasse mein Haus nicht zurück, hier sind meine Eltern begraben“, sagte eine 72-jährige Bewohnerin eines Dorfes an der Gebietsgrenze.",
        False,
        [("duration", 72, "year", None)],
        None,
    ),
    # --- Drohnenkrieg an der Front (dpa) ---
    (
        "de",
        "Berlin (dpa) - Drohnen verursachen nach Schätzungen westlicher Militärexperten inzwischen rund 70 Prozent der Verluste auf beiden Seiten der Front.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "Die sogenannte Todeszone entlang der Frontlinie sei auf bis zu 20 Kilometer Tiefe angewachsen, sagte der Militärexperte Carsten Rehbein von der Stiftung Wissenschaft und Politik.",
        True,
        [("count", 20, None, "up_to")],
        None,
    ),
    (
        "de",
        "Russland produziere nach eigenen Angaben inzwischen täglich bis zu 150 Kampfdrohnen vom Typ Geran-2.",
        True,
        [("count", 150, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Ukraine hat angekündigt, in diesem Jahr 4,5 Millionen Drohnen zu beschaffen.",
        True,
        [("count", 4500000, None, None)],
        None,
    ),
    (
        "de",
        "Rehbein sagte, eine Drohne mit Glasfaserlenkung koste die Ukraine etwa 600 Euro, eine Abfangrakete für das Patriot-System dagegen rund vier Millionen Dollar.",
        True,
        [("money", 600, "EUR", "about"), ("money", 4000000, "USD", "about")],
        "Rehbein",
    ),
    ("de", "„Wer den Himmel über der Front beherrscht, beherrscht auch den Boden“, sagte Rehbein.", False, [], None),
    (
        "de",
        "Ob Europa genug Abfangdrohnen liefern kann, um die Lücke zu schließen, hält Rehbein für fraglich.",
        False,
        [],
        None,
    ),
    # --- Drone units and the "kill zone" (AP) ---
    (
        "en",
        'ZAPORIZHZHIA, Ukraine (AP) — Ukrainian drone operators say the "kill zone" along the front line now stretches up to 20 kilometers (12 miles) deep, making it almost impossible to move troops or supplies by day.',
        True,
        [("count", 20, None, "up_to"), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "A commander of a drone unit in the 139th Brigade, who gave only his call sign, Bober, said his team hit 214 Russian targets in February, including 31 armored vehicles.",
        True,
        [("ordinal", 139, None, None), ("count", 214, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "His unit receives about 2,500 first-person-view drones a month, roughly half of what it needs, he said.",
        True,
        [("count", 2500, None, "about"), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "Russian fiber-optic drones, which cannot be jammed, now account for about one in three drone attacks on Ukrainian positions, he said.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "An interceptor drone of the kind his unit uses against Russian Shaheds costs about $5,000, a fraction of the price of an air-defence missile, he said.",
        True,
        [("money", 5000, "USD", "about")],
        None,
    ),
    ("en", '"The infantryman is now the drone\'s prey," Bober said.', False, [], None),
    ("en", "AP was unable to confirm the unit's figures independently.", False, [], None),
    # --- Kreml lehnt Waffenruhe an der Front ab (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der Kreml hat Forderungen nach einer Waffenruhe an der Front erneut zurückgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Russland werde seine Offensive fortsetzen, solange seine Kriegsziele nicht erreicht seien, sagte Kremlsprecher Gleb Tschernyschow.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tschernyschow sagte, russische Truppen hätten seit Jahresbeginn mehr als 1.900 Quadratkilometer „befreit“.",
        True,
        [("count", 1900, None, "over")],
        "Tschernyschow",
    ),
    ("de", "„Die Ukraine verliert diesen Krieg, und der Westen weiß das“, fügte er hinzu.", False, [], None),
    (
        "de",
        "Der ukrainische Außenminister nannte die Äußerungen „Propaganda für das heimische Publikum“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach ukrainischen Angaben sind die russischen Geländegewinne seit Jahresbeginn mit rund 1.350 Quadratkilometern deutlich geringer.",
        True,
        [("count", 1350, None, "about")],
        None,
    ),
    (
        "de",
        "„Russland bezahlt jeden Quadratkilometer mit Hunderten Leben“, sagte der ukrainische Präsident in seiner nächtlichen Videoansprache.",
        False,
        [],
        None,
    ),
    # --- Kremlin rejects front-line ceasefire (Reuters) ---
    (
        "en",
        "MOSCOW, March 12 (Reuters) - The Kremlin on Thursday again rejected calls for a ceasefire along the front line, saying its military operation would continue until all its goals were met.",
        True,
        [("date", "--03-12", None, None)],
        None,
    ),
    (
        "en",
        'Kremlin spokesman Gleb Chernyshov said Russian forces had "liberated" more than 1,900 square kilometres since the start of the year.',
        True,
        [("count", 1900, None, "over")],
        "Gleb Chernyshov",
    ),
    ("en", '"Ukraine is losing this war and the West knows it," Chernyshov told reporters.', False, [], None),
    (
        "en",
        "Ukrainian officials put Russia's gains over the same period at about 1,350 sq km.",
        True,
        [("count", 1350, None, "about")],
        None,
    ),
    (
        "en",
        'Ukraine\'s foreign minister dismissed the remarks as "propaganda for a domestic audience."',
        True,
        [],
        None,
    ),
    (
        "en",
        "Moscow has said it will halt the fighting only once Ukraine withdraws from the parts of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions it still holds.",
        True,
        [],
        None,
    ),
    ("en", "Few Western military analysts expect either side to make a breakthrough before summer.", False, [], None),
    # --- Stundenlanger Angriff auf Saporischschja (dpa) ---
    (
        "de",
        "Saporischschja (dpa) - Bei einem mehr als sechsstündigen russischen Angriff auf die Großstadt Saporischschja sind in der Nacht zum Freitag mindestens acht Menschen getötet worden.",
        True,
        [("duration", 6, "hour", "over"), ("count", 8, None, "at_least")],
        None,
    ),
    (
        "de",
        "Mehr als 50 Menschen wurden verletzt, sagte Gouverneur Serhij Fedortschuk.",
        True,
        [("count", 50, None, "over")],
        "Serhij Fedortschuk",
    ),
    (
        "de",
        "Russland habe die Stadt mit 43 Drohnen, vier Marschflugkörpern und sechs Gleitbomben angegriffen, so Fedortschuk.",
        True,
        [("count", 43, None, None), ("count", 4, None, None), ("count", 6, None, None)],
        "Fedortschuk",
    ),
    (
        "de",
        "Es war der fünfte Angriff auf die Stadt in dieser Woche und der schwerste seit Dezember.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Getroffen wurden unter anderem ein zehnstöckiges Wohnhaus und ein Umspannwerk, Zehntausende Haushalte sind ohne Strom.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    ("de", "„Sie wollen, dass wir aus der Stadt fliehen, aber wir bleiben“, sagte Fedortschuk.", False, [], None),
    (
        "de",
        "Das russische Verteidigungsministerium sprach von Angriffen auf „Werkstätten für die Drohnenmontage und Munitionslager“.",
        True,
        [],
        None,
    ),
    # --- Vorstoß im Gebiet Kursk abgewehrt (AFP) ---
    (
        "de",
        "Moskau (AFP) - Russland hat nach eigenen Angaben einen ukrainischen Vorstoß über die Grenze im Gebiet Kursk abgewehrt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die ukrainischen Einheiten hätten dabei bis zu 160 Soldaten, fünf Panzer und 13 gepanzerte Fahrzeuge verloren, teilte das Verteidigungsministerium mit.",
        True,
        [("count", 160, None, "up_to"), ("count", 5, None, None), ("count", 13, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Der Vorstoß sei nach einem etwa vierstündigen Gefecht nahe dem Dorf Tjotkino gestoppt worden.",
        True,
        [("duration", 4, "hour", "about")],
        None,
    ),
    (
        "de",
        "Ukrainische Militärblogger berichteten dagegen von Kämpfen mehrere Kilometer tief auf russischem Gebiet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Gouverneur des Gebiets Kursk, Anton Solowjow, ordnete für drei Grenzbezirke eine 48-stündige Ausgangssperre an.",
        True,
        [("count", 3, None, None), ("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "Im Sommer 2024 hatten ukrainische Truppen Teile des Gebiets Kursk besetzt und erst nach mehr als sieben Monaten wieder geräumt.",
        True,
        [("year", 2024, None, None), ("duration", 7, "month", "over")],
        None,
    ),
    # --- Overnight attack on Zaporizhzhia (Reuters) ---
    (
        "en",
        "KYIV, March 13 (Reuters) - A Russian attack lasting more than six hours killed at least eight people in the southern Ukrainian city of Zaporizhzhia overnight, regional Governor Serhiy Fedorchuk said on Friday.",
        True,
        [("date", "--03-13", None, None), ("duration", 6, "hour", "over"), ("count", 8, None, "at_least")],
        "Serhiy Fedorchuk",
    ),
    (
        "en",
        "More than 50 others were wounded, and a 10-storey apartment block and a power substation were hit, Fedorchuk said.",
        True,
        [("count", 50, None, "over"), ("count", 10, None, None)],
        "Fedorchuk",
    ),
    ("en", "It was the fifth attack on the city this week.", True, [("ordinal", 5, None, None)], None),
    (
        "en",
        "Russia used 43 drones, four cruise missiles and six glide bombs in the attack, the governor said.",
        True,
        [("count", 43, None, None), ("count", 4, None, None), ("count", 6, None, None)],
        None,
    ),
    ("en", "Moscow said it had struck drone assembly workshops and ammunition depots.", True, [], None),
    ("en", '"They want us to flee the city, but we are staying," Fedorchuk said.', False, [], None),
    ("en", "Tens of thousands of households were left without power.", True, [], None),
    # --- Der 1.481. Kriegstag (dpa) ---
    (
        "de",
        "Kiew (dpa) - Am 1.481. Tag des russischen Angriffskriegs verläuft die Front in der Ukraine über eine Länge von gut 1.200 Kilometern.",
        True,
        [("ordinal", 1481, None, None), ("count", 1200, None, "over")],
        None,
    ),
    (
        "de",
        "Der ukrainische Generalstab zählte am Samstag 187 Gefechte, die meisten davon im Raum Kostjantyniwka und bei Huljajpole.",
        True,
        [("count", 187, None, None)],
        None,
    ),
    (
        "de",
        "Russland griff nach diesen Angaben binnen 24 Stunden mit 5.400 Kamikaze-Drohnen und 2.900 Artilleriegranaten ukrainische Stellungen und Ortschaften an.",
        True,
        [("duration", 24, "hour", None), ("count", 5400, None, None), ("count", 2900, None, None)],
        None,
    ),
    (
        "de",
        "Moskau meldete seinerseits die Einnahme einer weiteren Ortschaft, der 44. seit Jahresbeginn.",
        True,
        [("ordinal", 44, None, None)],
        None,
    ),
    (
        "de",
        "„Vier Jahre nach Beginn der Invasion stehen wir immer noch, und so wird es bleiben“, sagte ein Sprecher des Generalstabs.",
        False,
        [("duration", 4, "year", None)],
        None,
    ),
    ("de", "Der Abschnitt bei Kostjantyniwka gilt seit Monaten als der am härtesten umkämpfte.", False, [], None),
    # --- Russische Verluste im Februar (Reuters) ---
    (
        "de",
        "Kiew (Reuters) - Die russische Armee hat im Februar nach ukrainischen Angaben so viele Soldaten verloren wie in keinem Monat seit dem vergangenen Sommer.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt seien 31.840 russische Soldaten getötet oder verwundet worden, teilte der Generalstab in Kiew mit.",
        True,
        [("count", 31840, None, None)],
        "der Generalstab",
    ),
    ("de", "Das entspreche im Schnitt gut 1.130 Mann pro Tag.", True, [("count", 1130, None, "over")], None),
    (
        "de",
        "Etwa vier Fünftel der Verluste gingen inzwischen auf Drohnen zurück, hieß es.",
        True,
        [("fraction", 0.8, None, "about")],
        None,
    ),
    (
        "de",
        "Das russische Verteidigungsministerium wiederum beziffert die ukrainischen Verluste im Februar auf rund 36.000 Soldaten.",
        True,
        [("count", 36000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahlen beider Seiten lassen sich nicht unabhängig überprüfen, und beide verschweigen ihre eigenen Verluste.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Westliche Geheimdienste gehen davon aus, dass die tatsächlichen russischen Verluste eher am oberen Ende der ukrainischen Angaben liegen.",
        False,
        [],
        None,
    ),
    # --- Ukraine bestätigt Rückzug aus Huljajpole (dpa) ---
    (
        "de",
        "Kiew (dpa) - Die ukrainische Armee hat sich nach eigenen Angaben aus der umkämpften Kleinstadt Huljajpole zurückgezogen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Rückzug sei erfolgt, um das Leben der Soldaten zu retten, die Stadt sei zu mehr als 90 Prozent zerstört, sagte Generalstabssprecher Witalij Horobez.",
        True,
        [("percent", 90, "%", "over")],
        "Witalij Horobez",
    ),
    (
        "de",
        "Das Institut für Kriegsstudien (ISW) hatte bereits am Wochenende anhand geolokalisierter Aufnahmen russische Soldaten im Zentrum der Stadt nachgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Damit ist Huljajpole die erste Stadt im Gebiet Saporischschja, die Russland seit dem Herbst 2023 erobert hat.",
        True,
        [("ordinal", 1, None, None), ("year", 2023, None, None)],
        None,
    ),
    ("de", "Die Verteidigung der Stadt hatte gut drei Wochen gedauert.", True, [("duration", 3, "week", "over")], None),
    ("de", "Kremlnahe Militärblogger feierten die Einnahme als „Tor nach Saporischschja“.", False, [], None),
    (
        "de",
        "Der Blogger „Sewerny Weter“ schrieb dagegen, der Preis für die Stadt sei „unverhältnismäßig hoch“ gewesen.",
        False,
        [],
        None,
    ),
    # --- Ukraine pulls out of Huliaipole (Reuters) ---
    (
        "en",
        "KYIV, March 17 (Reuters) - Ukraine's military said on Tuesday it had withdrawn from the southern town of Huliaipole after more than three weeks of fighting, to save the lives of its soldiers.",
        True,
        [("date", "--03-17", None, None), ("duration", 3, "week", "over")],
        None,
    ),
    (
        "en",
        "The town was more than 90% destroyed, General Staff spokesman Vitaliy Horobets said.",
        True,
        [("percent", 90, "%", "over")],
        "Vitaliy Horobets",
    ),
    (
        "en",
        "Troops had taken up new positions about 4 km (2.5 miles) west of the town, he said.",
        True,
        [("count", 4, None, "about"), ("count", 2.5, None, None)],
        None,
    ),
    (
        "en",
        "The Institute for the Study of War had reported geolocated footage of Russian soldiers in the town centre at the weekend.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Some pro-Kremlin bloggers hailed the capture as a "gateway to Zaporizhzhia," while others complained about its cost.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Huliaipole is the first town in the Zaporizhzhia region to fall to Russian forces since the autumn of 2023.",
        True,
        [("ordinal", 1, None, None), ("year", 2023, None, None)],
        None,
    ),
    # --- Größter Drohnenangriff seit Kriegsbeginn (APA/AFP) ---
    (
        "de",
        "Kiew (APA/AFP) - Mit mehr als 720 Drohnen und 48 Raketen hat Russland in der Nacht auf Donnerstag den größten Luftangriff seit Kriegsbeginn gegen die Ukraine geflogen.",
        True,
        [("count", 720, None, "over"), ("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "Die Luftwaffe meldete 655 abgeschossene oder abgelenkte Drohnen sowie 31 abgefangene Raketen.",
        True,
        [("count", 655, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Der Angriff dauerte rund zehn Stunden und richtete sich vor allem gegen Gasförderanlagen in den Gebieten Poltawa und Charkiw.",
        True,
        [("duration", 10, "hour", "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben von Luftwaffensprecher Jurij Ostaptschuk flogen allein über das Gebiet Poltawa 212 Drohnen.",
        True,
        [("count", 212, None, None)],
        "Jurij Ostaptschuk",
    ),
    (
        "de",
        "Der bisherige Rekord vom vergangenen September lag bei 653 Drohnen in einer Nacht.",
        True,
        [("count", 653, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist die Antwort Moskaus auf jeden Friedensvorschlag“, sagte der ukrainische Außenminister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Verteidigungsministerium in Moskau erklärte, der Angriff sei die Antwort auf ukrainische Schläge gegen russische Raffinerien gewesen.",
        True,
        [],
        None,
    ),
    # --- Record drone attack on Ukraine (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Russia launched more than 720 drones and 48 missiles at Ukraine overnight into Thursday, its largest aerial attack of the war, the Ukrainian air force said.",
        True,
        [("count", 720, None, "over"), ("count", 48, None, None)],
        None,
    ),
    (
        "en",
        "Air defenses shot down or jammed 655 of the drones and intercepted 31 missiles, it said.",
        True,
        [("count", 655, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "The barrage lasted about 10 hours and targeted mainly gas production sites in the Poltava and Kharkiv regions.",
        True,
        [("duration", 10, "hour", "about")],
        None,
    ),
    ("en", "The previous record, set last September, was 653 drones.", True, [("count", 653, None, None)], None),
    ("en", "Poland scrambled fighter jets as a precaution, its operational command said.", True, [], None),
    ("en", "Moscow said the strike was in retaliation for Ukrainian attacks on Russian refineries.", True, [], None),
    (
        "en",
        "\"This is Moscow's answer to every peace proposal,\" Ukraine's foreign minister wrote on X.",
        False,
        [],
        None,
    ),
    # --- Blogger melden Vorstoß nach Kostjantyniwka (dpa) ---
    (
        "de",
        "Kiew/Moskau (dpa) - Russische Truppen sind nach Angaben kremlnaher Militärblogger in den östlichen Stadtrand von Kostjantyniwka vorgedrungen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Blogger „Okopnaja Prawda“ veröffentlichte ein Video, das russische Soldaten an einer Fabrik am Ostrand der Stadt zeigen soll.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der ukrainische Generalstab sprach von „kleinen Infiltrationsgruppen“ von jeweils drei bis fünf Soldaten, die aufgerieben würden.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der Kiewer Militäranalyst Bohdan Sadowyj sagte, Russland habe rund um Kostjantyniwka inzwischen etwa 45.000 Soldaten zusammengezogen.",
        True,
        [("count", 45000, None, "about")],
        "Bohdan Sadowyj",
    ),
    (
        "de",
        "Die Angreifer seien den Verteidigern an diesem Abschnitt zahlenmäßig etwa um das Vierfache überlegen, so Sadowyj.",
        True,
        [("count", 4, None, "about")],
        "Sadowyj",
    ),
    ("de", "„Kostjantyniwka wird das nächste Bachmut, nur blutiger“, sagte Sadowyj.", False, [], None),
    (
        "de",
        "Von den rund 67.000 Einwohnern der Vorkriegszeit sind nach Angaben der Stadtverwaltung weniger als 5.000 geblieben.",
        True,
        [("count", 67000, None, "about"), ("count", 5000, None, "under")],
        "die Stadtverwaltung",
    ),
    (
        "de",
        "Wann die russische Armee die Stadt vollständig einschließen könnte, wagen selbst kremlnahe Blogger nicht vorherzusagen.",
        False,
        [],
        None,
    ),
    # --- Bloggers say Russians enter Kostiantynivka (Reuters) ---
    (
        "en",
        "KYIV, March 21 (Reuters) - Russian troops have pushed into the eastern outskirts of Kostiantynivka, pro-Kremlin military bloggers said on Saturday, posting video they said showed soldiers at a factory on the town's edge.",
        True,
        [("date", "--03-21", None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's General Staff said only small infiltration groups of three to five soldiers had entered the town and were being destroyed.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Kyiv-based military analyst Bohdan Sadovyi said Russia had massed about 45,000 troops around Kostiantynivka, roughly four times the number of its defenders.",
        True,
        [("count", 45000, None, "about"), ("count", 4, None, "about")],
        "Bohdan Sadovyi",
    ),
    (
        "en",
        "Fewer than 5,000 of the town's roughly 67,000 pre-war residents remain, local officials say.",
        True,
        [("count", 5000, None, "under"), ("count", 67000, None, "about")],
        None,
    ),
    ("en", '"Kostiantynivka will be the next Bakhmut, only bloodier," Sadovyi said.', False, [], None),
    (
        "en",
        "By Saturday evening the Institute for the Study of War had seen no geolocated footage confirming a Russian presence inside the town.",
        True,
        [],
        None,
    ),
    ("en", "Neither account could be confirmed by Reuters.", False, [], None),
]
