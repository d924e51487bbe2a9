"""Three-hundred-and-forty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician, commander or office-holder is named: heads of state, foreign ministers, mayors,
governors and agency chiefs who would be real people appear only by office ("der ukrainische
Präsident", "Ukraine's president", "Ukraine's foreign minister", "ein Kremlsprecher", "A
Kremlin spokesman", "der Gouverneur", "the regional governor", "der IAEO-Generaldirektor",
"der Bürgermeister", "the head of the city's military administration"), and the
spokespeople, governors, ministers, mayors, officers, occupation officials and residents who
carry a name are invented, spelled as the German and the English services transliterate
them: Mychajlo Sawtschak / Mykhailo Savchak, Alexej Miroschnik / Alexei Miroshnik, Dmytro
Paschtschenko / Dmytro Pashchenko, Wolodymyr Kyryljuk / Volodymyr Kyryliuk, Switlana
Pylypenko / Svitlana Pylypenko, Roman Tschupryna / Roman Chupryna, Iwan Ostrowskyj / Ivan
Ostrovskyi, Taras Jaworskyj / Taras Yavorskyi, Pawel Lapschin / Pavel Lapshin, Gennadi
Worotnikow / Gennady Vorotnikov, Serhij Bilokin / Serhiy Bilokin; further Oleksij Darahan,
Andrij Lukjanez, Oberst Bernhard Stöcklhuber, Annette Brügelmann, Jegor Kaschirin, Rupert
Cardew, the military blog „Polewaja Potschta“, and in vox pops Tetiana Kryvenko and
Liudmyla; every unnamed official, officer, analyst, blogger, lawmaker, resident and
spokesperson. Real states, bodies, forces, places and things (Luftwaffe, Generalstab,
Verteidigungsministerium, Stadtverwaltung, Staatsanwaltschaft, Ukrenergo,
Einsatzführungskommando, Bundesheer, britischer Militärgeheimdienst, Institut für
Kriegsstudien / ISW, DeepState, IAEO, Bund, Linke, Truppengruppierung Süd, Iskander-M,
KAB-500, IRIS-T SLM, Patriot, Su-34, Shahed; Kiew, Solomjanskyj, Rjasan, Scheremetjewo,
Wnukowo, Schewtschenko, Pokrowsk, Charkiw, Saltiwka, Tschernihiw, Sumy, Poltawa, Cherson,
Saporischschja, Odessa, Luzk, Belgorod, Schebekino, Kursk, Rylsk, Nowoseliwka, Krim,
Dniprorudne, Dnipro, Kupjansk; the air force, the General Staff, the Defence Ministry, the
Ministry of Defence, the IAEA, the Institute for the Study of War, NATO, the Kremlin, Kyiv,
Lviv, Solomianskyi, Ryazan, Sheremetyevo, Vnukovo, Shevchenko, Pokrovsk, Kharkiv, Saltivka,
Zaporizhzhia, Odesa, Lutsk, Shebekino, Rylsk, Crimea, the Black Sea, Donetsk, Kupiansk, and
the datelines' cities) stand for the way wire copy names them; every attack, tally, toll,
age, loss claim, village, area, share, distance, tonnage, outage, sum, date and quote here
is invented, and where a real figure came to mind (a real night's drone record, a real loss
total, a real share of occupied land, a real aid total) it was changed (the annexation of
Crimea in 2014 and the invasion of February 2022 kept).

Its weight: DRONE AND MISSILE ATTACKS, AIR DEFENCE AND FRONTLINE REPORTS IN A WAR, second
round, about 60 % German as German-language wires file it (the hundred-sixty-second batch
weighed drone and missile attacks first, the two-hundred-and-twenty-third frontline reports
in German-heavy copy and the two-hundred-and-seventieth a diplomatic and frontline day; the
sixty-eighth, hundred-first, hundred-thirty-seventh, hundred-seventy-ninth and
three-hundred-and-twenty-sixth weighed war, casualty, ceasefire and envoys' copy around
them, and their decisions are kept) - a fictional but wire-realistic series over five wire
weeks of one summer, Monday, July 6, to Friday, August 7, as 35 short stories in story
order, most German stories followed by an English one on the same night or front. German
(dpa, APA, Reuters German, AFP German; German „“ quotes): the night of 537 drones and 46
missiles on Kyiv and the west with Moscow's confirmation and its own tally, Ukrainian drones
on the Ryazan refinery, Moscow's claim of the village of Schewtschenko near Pokrowsk and
Kyiv's denial, glide bombs on Charkiw with the toll revised, power cuts and the megawatts
missing, Polish jets and drone debris in Romania, both sides' loss claims and a British
estimate, a Bundesheer officer's reading of the front, a drone on a bus in Cherson, a
four-hour attack on Saporischschja, the port of Odessa, the largest drone attack of the war
with its decoys, shelling in the Belgorod region, Kyiv's withdrawal from Nowoseliwka with
the bloggers' version, the ISW's July gains with the shares of two regions, two more Patriot
systems from Germany, the Zaporizhzhia plant cut off for the tenth time, the president's
weekly tally with a missile on Dnipro, and conflicting claims over Kupjansk. English
(Reuters with dated datelines, AP, AFP, PA): the same night on Kyiv, the Ryazan refinery,
Shevchenko, Kharkiv, the power cuts, Poland and Romania, Zaporizhzhia, Odesa, the record
drone night, Belgorod, an airfield in Crimea, the July gains, British interceptor drones,
the plant's outage, Dnipro and Kupiansk. Figures as such copy has them: drones and missiles
launched and downed („537 Drohnen und 46 Raketen“, „Von den neun ... nur fünf“, "489 of the
drones and 38 of the missiles", „16 der 20 Raketen“, "764 drones"), assaults and bombs („52
Sturmangriffe ..., 38 davon“, „bis zu 40 Gleitbomben am Tag“, „Mehr als 1.800 Drohnen, rund
1.200 Gleitbomben und 83 Raketen“), tolls, wounded, missing and revisions with ages in years
and months, loss claims of each side („bis zu 1.280 Soldaten“, „rund 1,07 Millionen Mann“,
„durchschnittlich gut 1.050 pro Tag“), villages, square kilometres and shares („Rund 510
Quadratkilometer“, „etwa ein Fünftel mehr“, „knapp 81 Prozent“, „rund drei Viertel“, „etwa
85 Prozent des Stadtgebiets“), distances, storeys and floors, tonnes and megawatts, alerts,
curfews and mourning as durations („knapp sechs Stunden“, „mehr als achteinhalb Stunden“,
„mehr als vierstündigen“, „achtstündige Ausgangssperre“, „dreitägige Trauer“), ordinals of
attacks and outages („der dritte Angriff auf die Anlage“, „die vierte Ortschaft“, „die
zweitgrößte Stadt“, „das zehnte Mal“), money in euros and pounds, years, dates and
datelines. Negatives as such copy has them - 56 rows, none with a figure: each side's
rhetoric, vows and labels in quotes, condemnations, an accusation without a checkable claim,
appeals and advice naming no measure, caveats that figures cannot be checked, non-disclosure
and no-comment lines, analysts' verdicts, fears and forecasts without a figure, open
questions, an evasion and vox pops, each near a check-worthy look-alike from the same story
(often the same speaker's figure).

240 rows (144 German, 96 English), 56 negatives (33 German, 23 English), 184 check-worthy
rows of which 38 carry no figure (28 German, 10 English), 234 expected quantities (153
counts, 34 durations - 16 in hours, 9 in years, 5 in days, 2 in weeks, 2 in months -, 13
ordinals, 12 dates, 7 fractions, 6 percentages, all in "%", 5 years, 4 amounts of money - 3
GBP, 1 EUR -; none of them in a negative), 37 checked speakers (21 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact or a position are check-worthy with the speaker their own attribution
  gives, and with the speaker unchecked after a role, a pronoun, „hieß es“ or „fügte X
  hinzu“ (hundred-sixty-second, two-hundred-and-twenty-third, two-hundred-and-seventieth). A
  quoted or reported evaluation, label, vow, resolve, boast or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-sixty-second, two-hundred-and-fourth). Pairs from one speaker:
  Sawtschak's nine and five Iskander-M missiles and his half of the drones beside „Jede
  Nacht, in der uns Abfangraketen fehlen, ...“; Paschtschenko's positions at Schewtschenko
  and his 50 soldiers in Kupjansk beside „in Wellen nach vorn“ (and Pashchenko's twins
  beside "in waves"); Kyryljuk's 42 wounded beside „in ihren Küchen“; Pylypenko's 1,900
  megawatts beside „so oft sie es zerstören“; Stöcklhuber's 430 square kilometres beside
  „nicht den Krieg“ and the officer's verdict; Tschupryna's couple beside „Schlimmeres
  überstanden“; Ostrovskyi's 2,400 tonnes beside "bread basket"; Lapschin's toll beside
  „terroristischen Angriffen“ and Lapshin's beside "terrorist attacks"; Lukjanez's kilometre
  and a half beside „keine Menschen“; Brügelmann's autumn beside „eine ganze Stadt“ and her
  evasion; Cardew's 5,000 drones beside "until the job is done"; the president's weekly
  tally beside „Die Welt gewöhnt sich an unsere Toten“ and its twin.
- Each side's claims are check-worthy, each with its own figures and hedges, whoever makes
  them and whether or not the other side denies them (sixty-eighth, hundred-first,
  hundred-thirty-seventh, hundred-sixty-second, two-hundred-and-twenty-third,
  two-hundred-and-seventieth): the air force's tallies of the nights, Moscow's confirmation
  of its strike with its stated reason („begründete ihn mit ...“, "the strikes had targeted
  arms factories"), the 94, 121, 84 and 36 drones Moscow says it downed, its „bis zu 1.280“
  and „bis zu 9.400“ Ukrainian soldiers („behauptete“ and „gab ... an“ unchecked),
  Schewtschenko claimed as the fourth place since the start of the month, the capture of
  Nowoseliwka reported on July 21, Kupjansk claimed in full, Kyiv's third strike on the
  Ryazan refinery and its airfield strike, the General Staff's losses for the other side,
  the British estimate (hundred-tenth: estimates with a figure), the Bundesheer's estimate
  (two-hundred-and-seventieth: „nach Einschätzung des Bundesheers“), the ISW's July gains
  and shares, Moscow's account of its Odessa strike („Russland erklärte, es habe ...
  getroffen“, "Moscow said its forces had hit depots ..."; hundred-sixty-second) and the
  occupation chief's account of the outage („sprach von ukrainischem Drohnenbeschuss“, an
  account and no label). Denials are check-worthy without a figure („Der Generalstab in Kiew
  wies die Darstellung zurück.“, „Russland bestreitet, Zivilisten gezielt anzugreifen.“;
  ninety-eighth, hundred-sixty-second); so are mutual blame for one named outage („Für den
  Ausfall gaben sich Russland und die Ukraine gegenseitig die Schuld.“ and the English row
  with each side's version; hundred-sixty-second) and leads that report contradictory
  accounts („widersprüchliche Angaben zur Lage in der ... Stadt Kupjansk“, "offered
  contradictory versions Friday of the fight for Kupiansk", "Russia claimed the capture of
  Shevchenko ..., but Kyiv said the fighting there was not over"; hundred-sixty-second,
  two-hundred-and-twenty-third). Labels alone are negatives („„haltlos und absurd““,
  „„Wunschdenken““, "wishful thinking", „„Menschenjagd““, "Kyiv portrays such strikes as
  fair retaliation ..." - hundred-sixty-second: Kyiv's "legitimate answer" -, the bloggers'
  „„Schönfärberei““; two-hundred-and-twenty-third).
- New: a lead that reports the day's loss claims of both sides without doubting them
  („Kiew/Moskau (dpa) - Die Ukraine und Russland haben erneut hohe Verluste der jeweils
  anderen Seite gemeldet.“) is check-worthy without a figure - it reports claims made that
  day, as the leads with contradictory accounts do (hundred-sixty-second,
  two-hundred-and-twenty-third) - while the hundred-sixty-second's framing lead that adds
  that the figures can hardly be checked stays the caveat and a negative.
- Military bloggers (two-hundred-and-twenty-third): their report of heavy fighting and
  losses is one side's account and check-worthy, a blog's figures count („dem mehr als
  600.000 Menschen folgen“ 600,000 "over", „mindestens 70 Toten und Verwundeten“ 70
  "at_least", „in einem einzigen Bataillon“ none), their charge of „Schönfärberei“ is a
  label and a negative; „schrieb“ leaves the blog unchecked.
- Caveats, non-disclosure and no-comment lines are negatives when they stand alone
  (nineteenth, hundred-sixty-second, two-hundred-and-twenty-third,
  two-hundred-and-seventieth): „Kiew macht zu den eigenen Verlusten keine regelmäßigen
  Angaben.“, "Reuters was not able to verify the air force's tally on its own.", "Neither
  version of events could be confirmed independently.", „Unabhängig überprüfen lassen sich
  die Angaben beider Seiten nicht.“, „Der Schiffseigner äußerte sich bis zum Abend nicht.“,
  „Kiew äußerte sich zunächst nicht zu den Vorwürfen.“, "Kyiv rarely comments on Russian
  accounts of strikes on its territory.", "Ukraine's military intelligence agency declined
  to comment on the operation.", „Keine der beiden Versionen konnte unabhängig bestätigt
  werden.“, "AP journalists were unable to confirm either account independently."
- Counts as written, with their hedges (hundred-sixty-second, two-hundred-and-twenty-third,
  two-hundred-and-seventieth): drones, missiles, bombs, assaults, soldiers, tolls and the
  wounded, missing, buses, firefighters, flights and residents; „Von den neun ... nur fünf“
  and "only five of nine" 9 and 5 in the order written („nur“, "only" no hedge), "489 of the
  drones and 38 of the missiles" and „16 der 20 Raketen“ and "16 of the 20 missiles" (a
  definite group, forty-first), „43 davon“, "including 43", „38 davon“ and „unter ihnen fünf
  Kinder“, "among them five children", „darunter vier Kinder“ (no hedge), „über acht
  Regionen“, "over eight Russian regions" and "over seven regions" (no hedge before a count
  of regions), „Allein in der Nacht zum Donnerstag“ („Allein“ no hedge, the night none),
  „sechs weitere“, "Six more", „neun weitere“, „Mindestens 31 weitere“ "at_least"
  („weitere“, "more" no hedge), the revision „Zunächst war von drei Toten und 18 Verletzten
  die Rede gewesen.“ and "from an initial three" ("initial" no hedge,
  three-hundred-and-twenty-sixth), "two Moscow airports" 2, "Fourteen buses" 14 (a number
  word opening the row, three-hundredth), „zwei weitere Patriot-Flugabwehrsysteme“ 2, „vier
  Systeme vom Typ IRIS-T SLM sowie rund 400 Lenkflugkörper“ (the hedge on the second only),
  "More than 5,000 of the drones" "over". Type designators carry none, with or without
  digits („Iskander-M“, „KAB-500“, "two Su-34 fighter-bombers" 2 for the number word only,
  „IRIS-T SLM“, „Patriot“, "Shahed"; hundred-sixty-second). Storeys and floors are counts
  (sixty-eighth, hundred-sixty-second): „16-stöckiges“ and "16-storey", „neunstöckiges“ and
  "nine-storey", „fünfstöckiges“ and "five-storey", „dessen oberste drei Etagen“ and "its
  top three floors" 3 (sixty-eighth: "setting its top three floors on fire"). Measures are
  counts: „etwa 13 Millionen Tonnen Rohöl im Jahr“ and "about 13 million tons of crude a
  year" 13,000,000 "about" („im Jahr“, "a year" none), „rund 2.400 Tonnen Weizen“ and "About
  2,400 tonnes", „rund 1.900 Megawatt“ and "about 1,900 megawatts", „Die einzige noch
  intakte 750-Kilovolt-Leitung“ 750 (hundred-sixty-second), square kilometres („Rund 510“,
  „rund 420“, „insgesamt rund 430“ - „insgesamt“ no hedge -, „durchschnittlich 14
  Quadratkilometer pro Tag“ 14 with no hedge, „pro Tag“ none, "about 510 square
  kilometres"), distances („rund elf Kilometer“ and "about 11 km (7 miles)" - the hedge on
  the first figure only -, „etwa acht Kilometer“ and "about 8 km (5 miles)", „bis zu 20
  Kilometern“ "up_to"). „Dutzende Wohnhäuser“ and "dozens of homes" carry no count
  (seventeenth, hundred-thirty-seventh), nor do „mehrere Stunden“, „mehrere
  Militärflugplätze“, "several regions", "a couple", „ein Ehepaar“ and „Eine der Bomben“,
  "One of the bombs" (forty-first: "one of" a pronoun). New: „etwa anderthalb Kilometer“ is
  count 1.5 "about" - „anderthalb“ before a distance read as before hours (thirty-first:
  „rund anderthalb Stunden“; two-hundred-and-seventieth: „anderthalbstündiges“) and with
  „-fache“ (hundred-twenty-second), the distance a count as "about 1.5 km"
  (hundred-eighteenth).
- Loss claims and estimates (hundred-sixty-second, two-hundred-and-twenty-third): „bis zu
  1.280 Soldaten“, „bis zu 9.400 Soldaten“ "up_to", „1.090 Soldaten, sieben Panzer und 38
  Artilleriesysteme“, „rund 1,07 Millionen Mann“ 1,070,000 "about" with the year 2022,
  „durchschnittlich gut 1.050 pro Tag“ 1,050 "over" („durchschnittlich“ no hedge, „pro Tag“
  none), „etwa 690.000 Soldaten“ "about", „nur noch weniger als 50 russische Soldaten“ and
  "Fewer than 50 Russian soldiers" 50 "under" („nur noch“ no hedge; hundred-sixty-second:
  "fewer than 800"), „rund 26.000 Einwohner, heute ... weniger als 600“ and "about 26,000
  residents; fewer than 600 remain".
- Shares (the issue: "ein Fünftel", "drei Viertel"; hundred-sixty-second,
  two-hundred-and-twenty-third, two-hundred-and-seventieth): „Bei rund der Hälfte der
  Drohnen“ 0.5 "about" (the dative, as „nur bei gut einem Drittel“,
  two-hundred-and-twenty-third) and "Roughly half of the drones" 0.5 "about", „etwa ein
  Zehntel weniger als im Mai“ 0.1 "about", „etwa ein Fünftel mehr als im Juni“ and "roughly
  a fifth more than in June" 0.2 "about" (the comparison after the share no hedge,
  hundred-thirty-seventh), „rund drei Viertel“ and "around three-quarters of neighbouring
  Zaporizhzhia" 0.75 "about"; percentages „knapp 81 Prozent der Region Donezk“ and "nearly
  81%" "nearly", „etwa 19 Prozent des ukrainischen Staatsgebiets“ with 2014 and "about 19%
  of Ukraine" "about", „etwa 85 Prozent des Stadtgebiets“ and "about 85% of the city"
  "about".
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt"; hundred-sixty-second,
  two-hundred-and-twenty-third): „bereits der dritte Angriff auf die Anlage seit Mai“ and
  "the third strike on the plant since May" 3 („bereits“ no hedge, „seit Mai“ none), „die
  vierte Ortschaft“ and "the fourth settlement" 4, „Binnen vier Tagen war es der zweite
  schwere Angriff auf die zweitgrößte Stadt des Landes“ 4 days, 2 and 2, "Ukraine's
  second-largest city" 2 (three-hundredth: "Britain's second-largest union"), „das sechste
  Mal seit Jahresbeginn“ and "the sixth such find" 6, „der dritte Angriff auf einen Bus in
  Cherson in diesem Monat“ 3, „der fünfte Angriff auf die Häfen“ 5, „das zehnte Mal seit
  Beginn des Krieges“ and "for the 10th time since the war began" 10. None
  (hundred-fifty-second: a superlative without a number word): „So viele Drohnen wie nie
  zuvor“, "its largest drone attack of the war", „Am schwersten betroffen“, "Europe's
  largest".
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise"; hundred-sixty-second,
  two-hundred-and-twenty-third): „knapp sechs Stunden“ and "nearly six hours" "nearly",
  „mehr als achteinhalb Stunden“ and "more than eight and a half hours" 8.5 "over"
  (two-hundred-and-twenty-third: „mehr als siebeneinhalb Stunden“), „einem mehr als
  vierstündigen russischen Angriff“ and "lasting more than four hours" 4 "over" (the hedge
  before the compound bounds its number), „eine achtstündige Ausgangssperre“ and "an
  eight-hour overnight curfew" 8 hours, „eine dreitägige Trauer“ and "three days of
  mourning" 3 days, „Binnen 24 Stunden“, „binnen 24 Stunden“, „In den vergangenen 24
  Stunden“, "over the past 24 hours" and "in 24 hours" 24 hours („binnen“, "over" before a
  span no hedge), „bis zu zwölf Stunden am Tag“ and "up to 12 hours a day" "up_to" („am
  Tag“, "a day" none), „seit knapp zwei Wochen“ 2 weeks "nearly", „seit mehr als drei
  Wochen“ 3 weeks "over", „für mindestens zehn Tage“ and "for at least 10 days" "at_least".
  Ages are durations (every batch): „ein zwölfjähriger Junge“ and "a 12-year-old boy", „eine
  67-jährige Frau“, „ein 15-jähriger Jugendlicher“ and "a 15-year-old", „im Alter von 71 und
  68 Jahren“ (the unit written once, forty-sixth) and "a couple aged 71 and 68"
  (hundred-second: "now aged between 68 and 84") in years, „ein drei Monate altes Baby“ and
  "A three-month-old baby" 3 months (hundred-sixty-second). None: nights and weekdays („in
  der Nacht zum Montag“, "overnight", „am Montagabend“), clock times („gegen 4.30 Uhr“,
  „gegen 8.15 Uhr“; three-hundredth), „seit Mai“, „seit Monatsbeginn“, "since the start of
  the month", „Seit Anfang Juni“, "since early June", „seit Anfang Juli“, „seit
  Jahresbeginn“, "this year", „in diesem Monat“, „in dieser Woche“, "over the week", „in der
  vergangenen Woche“, „im Juni“, „im Juli“, "in July", "during the month", „seit Monaten“,
  "for months", „für mehrere Stunden“, „stundenweise“, „über Nacht“, „bis Jahresende“, "by
  the end of the year", „im Herbst“, „vor dem Krieg“, "Before the war", „Seit Kriegsbeginn“,
  "since the war began".
- Money in the currency written (every batch): „rund 2,1 Milliarden Euro“ 2,100,000,000 EUR
  "about"; "£280 million" 280,000,000 GBP, "about £2,500" "about", "more than £18 billion"
  "over" GBP.
- Years and dates: „im Februar 2022“, "since 2022" and "since March 2022" the year, „die
  2014 annektierte Halbinsel Krim“ and "in 2014" 2014 (hundred-fifty-ninth); „bereits am 21.
  Juli“ --07-21 („bereits“ no hedge); Reuters and AFP English datelines with a day ("KYIV,
  July 6 (Reuters)", "MOSCOW/KYIV, July 8", "KYIV, July 10", "WARSAW, July 14", "ODESA, July
  20", "KYIV, July 22", "MOSCOW, July 24 (AFP)", "KYIV, July 28", "WASHINGTON, July 29",
  "VIENNA, Aug 4", "DNIPRO, Aug 6") dates without a year (hundred-sixty-second,
  two-hundred-and-twenty-third); dpa (also "Moskau/Kiew (dpa)", "Kiew/Moskau (dpa)",
  "Wien/Kiew (dpa)"), APA ("Wien (APA)", "Wien/Washington (APA)"), Reuters German
  ("Moskau/Kiew (Reuters)", "Warschau/Bukarest (Reuters)", "Moskau (Reuters)"), AFP German
  ("Kiew (AFP)"), AFP English without a day ("KHARKIV, Ukraine (AFP)"), AP ("MOSCOW (AP) —",
  "ZAPORIZHZHIA, Ukraine (AP) —", "KYIV, Ukraine (AP) —") and PA ("LONDON (PA)") datelines
  none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "roughly", "Roughly" "about"; „knapp“, "nearly" "nearly"; „mehr als“, „Mehr als“, „gut“,
  "more than", "More than" "over"; „weniger als“, "Fewer than", "fewer than" "under"; „bis
  zu“, "up to" "up_to"; „mindestens“, „Mindestens“, "at least" "at_least". No hedge: „nur“,
  „nur noch“, "only", „Allein“, „bereits“, „insgesamt“, „Insgesamt“, „weitere“, "more",
  „Zusätzlich“, „zudem“, „davon“, „darunter“, „unter ihnen“, "including", "among them",
  „durchschnittlich“, „Binnen“, „binnen“, "initial", „über“ and "over" before a count of
  regions or a span.
- Check-worthy without a figure (hundred-sixty-second, two-hundred-and-twenty-third,
  two-hundred-and-seventieth): Moscow's confirmation and its targets („hieß es dort“), the
  leads on the Ryazan refinery and its fire in both languages, Miroschnik's and Miroshnik's
  word that no one was hurt, Schewtschenko claimed and the General Staff's denial,
  Paschtschenko's and Pashchenko's positions held, Russia's denial, Ukrenergo's lead and its
  regions, Poland's jets in both languages with the end of the sortie, the losses lead
  (above), the bus struck at a stop and the war crimes proceedings, the port lead, the
  freighter hit, Moscow's accounts of its strikes in both languages, the Kursk house hit in
  both languages („schrieb“ and "wrote" unchecked), Kyiv's withdrawal from Nowoseliwka, the
  bloggers' report, Brügelmann's autumn, the outage lead, the mutual blame, Kaschirin's
  account, the English blame, the Kupjansk leads and Moscow's claim, DeepState's grey zone
  and the Kremlin's word on the last pockets.
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title dropped („Luftwaffensprecher Mychajlo Sawtschak“, „Generalstabssprecher Dmytro
  Paschtschenko“ twice, „Energieministerin Switlana Pylypenko“, „Gouverneur Roman
  Tschupryna“; hundred-sixty-second), „sagte Oberst Bernhard Stöcklhuber der APA“ ->
  "Bernhard Stöcklhuber" (the rank and the addressee dropped, two-hundred-and-seventieth),
  „sagte Sawtschak“ the surname as written, the name in apposition after a role („sagte der
  Leiter der städtischen Militärverwaltung, Oleksij Darahan“, „sagte der Leiter der
  Gebietsverwaltung, Iwan Ostrowskyj“, „sagte der Sprecher der Truppengruppierung Süd,
  Andrij Lukjanez“; hundred-sixty-second, two-hundred-and-twenty-third,
  two-hundred-and-seventieth), "X sagte, ..." opening the row („Gouverneur Alexej Miroschnik
  sagte“, „Regierungssprecherin Annette Brügelmann sagte“; two-hundred-and-seventieth),
  „nach Angaben von Gouverneur Wolodymyr Kyryljuk“, „... Pawel Lapschin“ and „... Serhij
  Bilokin“ the name (hundred-thirty-seventh, hundred-sixty-second), „teilte die Luftwaffe
  mit“ -> "die Luftwaffe", „teilte das Verteidigungsministerium mit“ -> "das
  Verteidigungsministerium", „teilte Ukrenergo mit“ -> "Ukrenergo", „teilte die
  Staatsanwaltschaft mit“ -> "die Staatsanwaltschaft", „teilte die IAEO in Wien mit“ -> "die
  IAEO" (the place dropped; hundred-sixty-second), „dem Institut für Kriegsstudien zufolge“
  -> "das Institut für Kriegsstudien" (two-hundred-and-twenty-third: „Dem Institut für
  Kriegsstudien zufolge“; the lower-case article inside the row changes nothing). English:
  the name with the title, the weekday and the addressee dropped ("Air force spokesman
  Mykhailo Savchak said", "General Staff spokesman Dmytro Pashchenko told Reuters" and "...
  said", "regional Governor Volodymyr Kyryliuk said", "Energy Minister Svitlana Pylypenko
  said", "Governor Roman Chupryna said Saturday", "regional governor Ivan Ostrovskyi said",
  "Mayor Taras Yavorskyi said" - hundred-twenty-ninth, hundred-sixty-third: "Mayor Curtis
  Ambrose said" -, "Governor Pavel Lapshin said", "Defence Secretary Rupert Cardew said",
  "regional Governor Serhiy Bilokin said on Thursday"; hundred-sixty-second,
  two-hundred-and-seventieth), "Governor Alexei Miroshnik said ..." opening the row
  (three-hundredth: "Superintendent Carla Nunnally said"), "the air force said on Wednesday"
  -> "the air force", "the IAEA said on Tuesday" -> "the IAEA" (hundred-sixty-second), "the
  institute said" -> "the institute" (two-hundred-and-twenty-third), "The Kremlin said
  Friday that ..." -> "the Kremlin" (hundred-seventy-ninth). Each row's spelling of a
  transliterated name is its speaker (ninety-third, two-hundred-and-ninth,
  three-hundred-and-twenty-sixth). Left unchecked (None): all negatives, also those with a
  named speaker; roles and pronouns („sagte er“, „fügte er hinzu“, „fügte sie hinzu“, „fügte
  Kyryljuk hinzu“, „fügte Lukjanez hinzu“, „so der Sprecher“, „so der Gouverneur“, „nach
  seinen Angaben“, "he said", "he added", "It added", "it said", "the governor said", "the
  minister said", "the grid operator said", "the regional governor said Tuesday", "an air
  force spokesman said", "said the head of the city's military administration", "the U.N.
  watchdog said"), „hieß es“, „hieß es dort“, „hieß es in Moskau“, „hieß es in Kiew“, „hieß
  es in Berlin“, „hieß es weiter“, verbs that are not of saying („behauptete“, „bezifferte“,
  „gab ... an“, „schätzt“, „erklärte“, „hatte ... gemeldet“, „sprach von“, „schrieb ... auf
  Telegram“, „wie ... auf Telegram schrieb“, "wrote on Telegram", "announced", "calculated",
  "estimates", "reported", "claimed", "blamed"), sources with an adjective or a possessive
  („teilte der ukrainische Generalstab mit“, „teilte das polnische Einsatzführungskommando
  mit“, „teilte das rumänische Verteidigungsministerium mit“, „nach Angaben der ukrainischen
  Luftwaffe“, „so die ukrainische Luftwaffe“, „nach Angaben des ukrainischen Präsidenten“,
  „nach Angaben örtlicher Behörden“, "Ukraine's air force said", "Ukraine's General Staff
  said", "Russia's Defense Ministry said", "Russia's defence ministry said", "Moscow's
  Defence Ministry said", "Moscow's military reported", "Romania's Defence Ministry said",
  "the Polish military said", "its operational command said", "Ukraine's president said"),
  plural, anonymous and collective sources („nach Behördenangaben“, „nach russischen
  Angaben“, „nach Branchenangaben“, "regional authorities said", "city officials said",
  "regional officials said", "local officials say", "according to Kyiv"), data, descriptions
  and estimates („Nach Daten des Kartenprojekts DeepState“, „Dem Kartenprojekt DeepState
  zufolge“ - a description before the name, fortieth -, „wie aus Berechnungen der
  US-Denkfabrik ISW hervorgeht“, „nach Einschätzung des Bundesheers“, „Nach Darstellung des
  Verteidigungsministeriums in Moskau“, "the data showed", "Government figures put", "the
  U.S.-based Institute for the Study of War calculated", "the think tank estimates"),
  "Moscow said" and "Ukraine said" (a capital or a country speaking, no form the earlier
  batches settled), and rows without attribution.
- Negatives (hundred-sixty-second, two-hundred-and-twenty-third, two-hundred-and-seventieth,
  three-hundred-and-twenty-sixth), none with a figure: rhetoric, vows and resolve in quotes
  from every side (the pairs above, "He vowed that the strikes "will not break us."", „Der
  Gegner wirft seine Leute in Wellen nach vorn ...“ and its twin, „Diese Stadt hat schon
  Schlimmeres überstanden“); labels and condemnations („sprach ... von „kaltblütigem Terror
  ...““ and its twin, „nannte ... „haltlos und absurd““, „verurteilte den Vorfall als ...“
  and "condemned the incident as ...", „sprach von einer „Menschenjagd““, "called the strike
  "an attack on the world's bread basket."", „sprach von „terroristischen Angriffen ...““,
  "accused Kyiv of "terrorist attacks"" - an accusation without a checkable claim,
  eighty-fourth -, „Die Linke nannte die Zusage ...“, "Opposition lawmakers called the
  package ...", „Der IAEO-Generaldirektor nannte die Lage „äußerst fragil““, the Kremlin's
  „Wunschdenken“ and "wishful thinking", the bloggers' „Schönfärberei“, Kyiv's "fair
  retaliation"); NATO's boilerplate ("in close touch with Bucharest and following events
  carefully"; hundred-sixty-second); appeals and advice naming no measure („Der Gouverneur
  rief die Bewohner auf, ...“, „Die Ministerin bat die Bevölkerung, ...“, „verlangte ...
  einmal mehr zusätzliche Flugabwehr“, „Er appellierte an die Partner, ...“, "urged allies
  to "stop counting and start sending.""; hundred-sixty-second, two-hundred-and-fourth); the
  caveats and no-comment lines above; an evasion („ließ die Sprecherin offen“); a fear and
  forecasts without a figure ("Officials fear ...", „Die Fachleute des Instituts rechnen
  damit, ...“, "Few Western analysts expect ..."); verdicts („halten beide Aufstellungen für
  stark übertrieben“, „hält der Offizier für unwahrscheinlich“, „„Russland gewinnt Gelände,
  aber ...““; ninety-eighth); open questions („Ob die Drohne gezielt Kurs auf Rumänien
  genommen hatte, blieb zunächst unklar.“, „Wie lange die ukrainische Flugabwehr ... ist aus
  seiner Sicht offen.“, "It was not clear when the line could be repaired.";
  hundred-twenty-fourth); and vox pops without figures (Tetiana Kryvenko, Liudmyla;
  hundred-sixty-second, three-hundred-and-twenty-sixth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_348 = [
    # --- Nächtlicher Großangriff auf Kiew und die Westukraine (dpa, July 6) ---
    (
        "de",
        "Kiew (dpa) - Russlands Armee hat in der Nacht zum Montag 537 Drohnen und 46 Raketen auf die Ukraine abgefeuert, vor allem auf die Hauptstadt und den Westen des Landes.",
        True,
        [("count", 537, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "Davon seien 489 Drohnen und 38 Raketen abgeschossen oder durch elektronische Abwehr von ihrem Kurs abgebracht worden, teilte die Luftwaffe mit.",
        True,
        [("count", 489, None, None), ("count", 38, None, None)],
        "die Luftwaffe",
    ),
    (
        "de",
        "Von den neun ballistischen Raketen des Typs Iskander-M hätten die Flugabwehrkräfte allerdings nur fünf abfangen können, sagte Luftwaffensprecher Mychajlo Sawtschak.",
        True,
        [("count", 9, None, None), ("count", 5, None, None)],
        "Mychajlo Sawtschak",
    ),
    (
        "de",
        "In Kiew wurden nach Behördenangaben vier Menschen getötet, unter ihnen ein zwölfjähriger Junge.",
        True,
        [("count", 4, None, None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "Mindestens 31 weitere Menschen erlitten Verletzungen, elf von ihnen mussten in Kliniken gebracht werden.",
        True,
        [("count", 31, None, "at_least"), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Der Luftalarm in der Hauptstadt dauerte knapp sechs Stunden.",
        True,
        [("duration", 6, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Trümmer einer abgeschossenen Rakete beschädigten im Stadtteil Solomjanskyj ein 16-stöckiges Wohnhaus, sagte der Leiter der städtischen Militärverwaltung, Oleksij Darahan.",
        True,
        [("count", 16, None, None)],
        "Oleksij Darahan",
    ),
    (
        "de",
        "Der ukrainische Präsident sprach in seiner Videobotschaft von „kaltblütigem Terror gegen schlafende Familien“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Jede Nacht, in der uns Abfangraketen fehlen, bezahlen wir mit Menschenleben“, sagte Sawtschak.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Moskau bestätigte das Verteidigungsministerium den nächtlichen Großangriff und begründete ihn mit ukrainischen Schlägen gegen russische Energieanlagen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Alle vorgesehenen Ziele seien getroffen worden, darunter Rüstungsbetriebe und mehrere Militärflugplätze, hieß es dort.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Binnen 24 Stunden habe die Luftabwehr zudem 94 ukrainische Drohnen über acht Regionen abgeschossen, teilte das Verteidigungsministerium mit.",
        True,
        [("duration", 24, "hour", None), ("count", 94, None, None), ("count", 8, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Die ukrainische Armee habe in diesem Zeitraum bis zu 1.280 Soldaten verloren, behauptete das Ministerium.",
        True,
        [("count", 1280, None, "up_to")],
        None,
    ),
    ("de", "Kiew macht zu den eigenen Verlusten keine regelmäßigen Angaben.", False, [], None),
    (
        "de",
        "Ein Kremlsprecher nannte den Vorwurf, Russland greife gezielt Wohnhäuser an, „haltlos und absurd“.",
        False,
        [],
        None,
    ),
    # --- Night attack on Kyiv and the west (Reuters, July 6) ---
    (
        "en",
        "KYIV, July 6 (Reuters) - Russia fired 537 drones and 46 missiles at Ukraine overnight, with Kyiv and western regions bearing the brunt, Ukraine's air force said on Monday.",
        True,
        [("date", "--07-06", None, None), ("count", 537, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "Air force spokesman Mykhailo Savchak said air defences had downed or jammed 489 of the drones and 38 of the missiles, but intercepted only five of nine Iskander-M ballistic missiles.",
        True,
        [("count", 489, None, None), ("count", 38, None, None), ("count", 5, None, None), ("count", 9, None, None)],
        "Mykhailo Savchak",
    ),
    (
        "en",
        "The air raid alert in the capital lasted nearly six hours.",
        True,
        [("duration", 6, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Four people, among them a 12-year-old boy, were killed in Kyiv and at least 31 were wounded, said the head of the city's military administration.",
        True,
        [("count", 4, None, None), ("duration", 12, "year", None), ("count", 31, None, "at_least")],
        None,
    ),
    (
        "en",
        "Debris from a downed missile damaged a 16-storey residential building in the Solomianskyi district, city officials said.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "In the western city of Lviv, a drone set a warehouse ablaze and damaged two churches in the historic centre, regional authorities said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Moscow's Defence Ministry said the strikes had targeted arms factories and military airfields using long-range precision weapons and attack drones.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It added that air defences had shot down 94 Ukrainian drones over eight Russian regions in 24 hours.",
        True,
        [("count", 94, None, None), ("count", 8, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    ("en", 'Ukraine\'s president called the attack "cold-blooded terror against sleeping families."', False, [], None),
    ("en", 'He vowed that the strikes "will not break us."', False, [], None),
    ("en", "Reuters was not able to verify the air force's tally on its own.", False, [], None),
    # --- Drohnen auf Raffinerie in Rjasan (dpa, July 7) ---
    (
        "de",
        "Moskau/Kiew (dpa) - Ukrainische Drohnen haben in der Nacht zum Dienstag eine Ölraffinerie in der zentralrussischen Stadt Rjasan getroffen und einen Großbrand ausgelöst.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es sei bereits der dritte Angriff auf die Anlage seit Mai, teilte der ukrainische Generalstab mit.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Raffinerie verarbeitet nach Branchenangaben etwa 13 Millionen Tonnen Rohöl im Jahr und versorgt auch den Großraum Moskau mit Treibstoff.",
        True,
        [("count", 13000000, None, "about")],
        None,
    ),
    (
        "de",
        "Gouverneur Alexej Miroschnik sagte, Trümmer einer Drohne hätten ein Feuer auf dem Gelände ausgelöst, verletzt worden sei niemand.",
        True,
        [],
        "Alexej Miroschnik",
    ),
    (
        "de",
        "Die russische Luftabwehr hat nach russischen Angaben in der Nacht 121 Drohnen abgefangen, 43 davon über dem Gebiet Rjasan.",
        True,
        [("count", 121, None, None), ("count", 43, None, None)],
        None,
    ),
    (
        "de",
        "An den Moskauer Flughäfen Scheremetjewo und Wnukowo wurde der Betrieb für mehrere Stunden eingeschränkt, mehr als 70 Flüge hatten Verspätung.",
        True,
        [("count", 70, None, "over")],
        None,
    ),
    (
        "de",
        "Der Gouverneur rief die Bewohner auf, Ruhe zu bewahren und keine Videos von den Einschlägen zu verbreiten.",
        False,
        [],
        None,
    ),
    # --- Drones hit Ryazan refinery (AP, July 7) ---
    (
        "en",
        "MOSCOW (AP) — Ukrainian drones struck an oil refinery in Russia's Ryazan region overnight, setting off a large fire, the regional governor said Tuesday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Governor Alexei Miroshnik said debris from a downed drone had started the blaze and that no one was hurt.",
        True,
        [],
        "Alexei Miroshnik",
    ),
    (
        "en",
        "Russia's Defense Ministry said air defenses destroyed 121 drones over several regions, including 43 over the Ryazan region.",
        True,
        [("count", 121, None, None), ("count", 43, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's General Staff said the refinery, which processes about 13 million tons of crude a year, supplies fuel to Russian forces.",
        True,
        [("count", 13000000, None, "about")],
        None,
    ),
    (
        "en",
        "It was the third strike on the plant since May, according to Kyiv.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "More than 70 flights were delayed at two Moscow airports, Sheremetyevo and Vnukovo, after temporary restrictions.",
        True,
        [("count", 70, None, "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Kyiv portrays such strikes as fair retaliation for Russia's bombardment of its power grid.",
        False,
        [],
        None,
    ),
    # --- Russland meldet Einnahme von Schewtschenko (Reuters German, July 8) ---
    (
        "de",
        "Moskau/Kiew (Reuters) - Das Dorf Schewtschenko im ostukrainischen Gebiet Donezk ist nach russischen Angaben von Moskaus Truppen eingenommen worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es sei die vierte Ortschaft, die seit Monatsbeginn unter russische Kontrolle gebracht worden sei, hieß es in Moskau.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das Dorf liegt rund elf Kilometer nördlich der Stadt Pokrowsk an einer wichtigen Versorgungsstraße.",
        True,
        [("count", 11, None, "about")],
        None,
    ),
    ("de", "Der Generalstab in Kiew wies die Darstellung zurück.", True, [], None),
    (
        "de",
        "Um Schewtschenko werde weiter gekämpft, die eigenen Truppen hielten Stellungen am Westrand des Ortes, sagte Generalstabssprecher Dmytro Paschtschenko.",
        True,
        [],
        "Dmytro Paschtschenko",
    ),
    (
        "de",
        "Im Abschnitt Pokrowsk hätten russische Einheiten binnen 24 Stunden 52 Sturmangriffe unternommen, 38 davon seien abgewehrt worden, sagte er.",
        True,
        [("duration", 24, "hour", None), ("count", 52, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Nach Daten des Kartenprojekts DeepState ist die Ortschaft seit knapp zwei Wochen umkämpft.",
        True,
        [("duration", 2, "week", "nearly")],
        None,
    ),
    (
        "de",
        "„Der Gegner wirft seine Leute in Wellen nach vorn, ohne Rücksicht auf Verluste“, sagte Paschtschenko.",
        False,
        [],
        None,
    ),
    # --- Russia claims Shevchenko (Reuters, July 8) ---
    (
        "en",
        "MOSCOW/KYIV, July 8 (Reuters) - Russia claimed the capture of Shevchenko, a village in eastern Ukraine's Donetsk region, on Wednesday, but Kyiv said the fighting there was not over.",
        True,
        [("date", "--07-08", None, None)],
        None,
    ),
    (
        "en",
        "Moscow said it was the fourth settlement its troops had taken since the start of the month.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The village lies about 11 km (7 miles) north of Pokrovsk, a logistics hub Russian forces have tried to encircle for months.",
        True,
        [("count", 11, None, "about"), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "General Staff spokesman Dmytro Pashchenko told Reuters that Ukrainian troops still held positions on the village's western edge.",
        True,
        [],
        "Dmytro Pashchenko",
    ),
    (
        "en",
        "Russian units had launched 52 assaults in the sector over the past 24 hours, he said.",
        True,
        [("count", 52, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    ("en", '"They keep sending men forward in waves," Pashchenko said.', False, [], None),
    ("en", "Neither version of events could be confirmed independently.", False, [], None),
    # --- Gleitbomben auf Charkiw (dpa, July 9) ---
    (
        "de",
        "Charkiw (dpa) - Bei russischen Angriffen mit Gleitbomben auf die ostukrainische Großstadt Charkiw sind mindestens sieben Menschen getötet worden.",
        True,
        [("count", 7, None, "at_least")],
        None,
    ),
    (
        "de",
        "Zunächst war von drei Toten und 18 Verletzten die Rede gewesen.",
        True,
        [("count", 3, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Verletzten stieg nach Angaben von Gouverneur Wolodymyr Kyryljuk bis zum Abend auf 42, unter ihnen fünf Kinder.",
        True,
        [("count", 42, None, None), ("count", 5, None, None)],
        "Wolodymyr Kyryljuk",
    ),
    (
        "de",
        "Russische Kampfflugzeuge hätten fünf Gleitbomben vom Typ KAB-500 auf Wohnviertel im Bezirk Saltiwka abgeworfen, fügte Kyryljuk hinzu.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Eine der Bomben traf ein neunstöckiges Wohnhaus, dessen oberste drei Etagen einstürzten.",
        True,
        [("count", 9, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Binnen vier Tagen war es der zweite schwere Angriff auf die zweitgrößte Stadt des Landes.",
        True,
        [("duration", 4, "day", None), ("ordinal", 2, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Die Stadtverwaltung ordnete eine dreitägige Trauer an.", True, [("duration", 3, "day", None)], None),
    ("de", "„Sie bombardieren Menschen, die in ihren Küchen beim Abendbrot sitzen“, sagte Kyryljuk.", False, [], None),
    ("de", "Russland bestreitet, Zivilisten gezielt anzugreifen.", True, [], None),
    # --- Glide bombs on Kharkiv (AFP, July 9) ---
    (
        "en",
        "KHARKIV, Ukraine (AFP) - Russian glide bombs killed at least seven people in Ukraine's second-largest city of Kharkiv on Thursday, regional Governor Volodymyr Kyryliuk said.",
        True,
        [("count", 7, None, "at_least"), ("ordinal", 2, None, None)],
        "Volodymyr Kyryliuk",
    ),
    (
        "en",
        "The toll rose through the day from an initial three, and 42 people were wounded, among them five children.",
        True,
        [("count", 3, None, None), ("count", 42, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Russian jets dropped five KAB-500 glide bombs on residential areas, the governor said.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "One of the bombs tore through a nine-storey apartment block in the Saltivka district, collapsing its top three floors.",
        True,
        [("count", 9, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", "City authorities declared three days of mourning.", True, [("duration", 3, "day", None)], None),
    (
        "en",
        '"There is nothing military here, only people," said Tetiana Kryvenko, standing outside her shattered building.',
        False,
        [],
        None,
    ),
    # --- Stromabschaltungen (dpa, July 10) ---
    (
        "de",
        "Kiew (dpa) - Nach den jüngsten russischen Angriffen auf Kraftwerke hat der Netzbetreiber Ukrenergo in mehreren Gebieten stundenweise Stromabschaltungen angeordnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen seien vor allem die Gebiete Kiew, Tschernihiw, Sumy und Poltawa, teilte Ukrenergo mit.",
        True,
        [],
        "Ukrenergo",
    ),
    (
        "de",
        "Im Netz fehlten derzeit rund 1.900 Megawatt Leistung, sagte Energieministerin Switlana Pylypenko.",
        True,
        [("count", 1900, None, "about")],
        "Switlana Pylypenko",
    ),
    (
        "de",
        "Haushalte müssten sich je nach Region auf Abschaltungen von bis zu zwölf Stunden am Tag einstellen.",
        True,
        [("duration", 12, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Seit Anfang Juni seien bei Angriffen mehr als 20 Umspannwerke und drei Wärmekraftwerke beschädigt worden, fügte sie hinzu.",
        True,
        [("count", 20, None, "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Ministerin bat die Bevölkerung, in den Abendstunden möglichst wenig Strom zu verbrauchen.",
        False,
        [],
        None,
    ),
    ("de", "„Wir werden das Netz reparieren, so oft sie es zerstören“, sagte Pylypenko.", False, [], None),
    # --- Rolling power cuts (Reuters, July 10) ---
    (
        "en",
        "KYIV, July 10 (Reuters) - Ukraine's grid operator Ukrenergo ordered rolling power cuts in several regions on Friday after Russian strikes on power plants.",
        True,
        [("date", "--07-10", None, None)],
        None,
    ),
    (
        "en",
        "The grid is short of about 1,900 megawatts, Energy Minister Svitlana Pylypenko said.",
        True,
        [("count", 1900, None, "about")],
        "Svitlana Pylypenko",
    ),
    (
        "en",
        "More than 20 substations and three thermal power plants have been damaged since early June, the minister said.",
        True,
        [("count", 20, None, "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Households in some regions face outages of up to 12 hours a day, the grid operator said.",
        True,
        [("duration", 12, "hour", "up_to")],
        None,
    ),
    ("en", "Officials fear the repairs will not be finished before the heating season.", False, [], None),
    # --- Polen lässt Kampfjets aufsteigen, Drohnentrümmer in Rumänien (Reuters German, July 14) ---
    (
        "de",
        "Warschau/Bukarest (Reuters) - Polen hat in der Nacht zum Dienstag erneut Kampfjets alarmiert, weil Russland Ziele im Westen der Ukraine angriff.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Einsatz habe der Sicherheit des polnischen Luftraums gedient und sei gegen 4.30 Uhr beendet worden, teilte das polnische Einsatzführungskommando mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Rumänien wurden Trümmer einer Drohne auf einem Feld etwa acht Kilometer von der Grenze entfernt gefunden, teilte das rumänische Verteidigungsministerium mit.",
        True,
        [("count", 8, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist bereits das sechste Mal seit Jahresbeginn, dass Drohnenteile auf rumänischem Gebiet entdeckt werden.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    ("de", "Die Regierung in Bukarest verurteilte den Vorfall als „unverantwortliche Provokation“.", False, [], None),
    ("de", "Ob die Drohne gezielt Kurs auf Rumänien genommen hatte, blieb zunächst unklar.", False, [], None),
    # --- Poland scrambles jets (Reuters, July 14) ---
    (
        "en",
        "WARSAW, July 14 (Reuters) - Poland scrambled fighter jets early on Tuesday as Russia launched drones and missiles at western Ukraine, the Polish military said.",
        True,
        [("date", "--07-14", None, None)],
        None,
    ),
    (
        "en",
        "Romania's Defence Ministry said debris from a drone was found in a field about 8 km (5 miles) from the Ukrainian border.",
        True,
        [("count", 8, None, "about"), ("count", 5, None, None)],
        None,
    ),
    ("en", "It was the sixth such find on Romanian soil this year, it said.", True, [("ordinal", 6, None, None)], None),
    ("en", 'Bucharest condemned the incident as an "irresponsible provocation."', False, [], None),
    ("en", "NATO said it was in close touch with Bucharest and following events carefully.", False, [], None),
    # --- Verlustangaben beider Seiten (dpa, July 15) ---
    (
        "de",
        "Kiew/Moskau (dpa) - Die Ukraine und Russland haben erneut hohe Verluste der jeweils anderen Seite gemeldet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der ukrainische Generalstab bezifferte die russischen Verluste binnen 24 Stunden auf 1.090 Soldaten, sieben Panzer und 38 Artilleriesysteme.",
        True,
        [
            ("duration", 24, "hour", None),
            ("count", 1090, None, None),
            ("count", 7, None, None),
            ("count", 38, None, None),
        ],
        None,
    ),
    (
        "de",
        "Seit Kriegsbeginn im Februar 2022 habe Russland damit rund 1,07 Millionen Mann verloren, hieß es in Kiew.",
        True,
        [("year", 2022, None, None), ("count", 1070000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Verteidigungsministerium in Moskau gab die ukrainischen Verluste in der vergangenen Woche mit bis zu 9.400 Soldaten an.",
        True,
        [("count", 9400, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der britische Militärgeheimdienst schätzt die russischen Verluste an Toten und Verwundeten im Juni auf durchschnittlich gut 1.050 pro Tag.",
        True,
        [("count", 1050, None, "over")],
        None,
    ),
    ("de", "Unabhängig überprüfen lassen sich die Angaben beider Seiten nicht.", False, [], None),
    ("de", "Westliche Militärexperten halten beide Aufstellungen für stark übertrieben.", False, [], None),
    # --- Bundesheer-Experte zur Lage an der Front (APA, July 16) ---
    (
        "de",
        "Wien (APA) - Die russische Armee rückt in der Ostukraine nach Einschätzung des Bundesheers derzeit um durchschnittlich 14 Quadratkilometer pro Tag vor.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Im Juni seien es insgesamt rund 430 Quadratkilometer gewesen, etwa ein Zehntel weniger als im Mai, sagte Oberst Bernhard Stöcklhuber der APA.",
        True,
        [("count", 430, None, "about"), ("fraction", 0.1, None, "about")],
        "Bernhard Stöcklhuber",
    ),
    (
        "de",
        "Die russischen Truppen in der Ukraine umfassten nach seinen Angaben etwa 690.000 Soldaten.",
        True,
        [("count", 690000, None, "about")],
        None,
    ),
    ("de", "„Russland gewinnt Gelände, aber es gewinnt damit nicht den Krieg“, sagte Stöcklhuber.", False, [], None),
    (
        "de",
        "Eine Einkesselung von Pokrowsk noch vor dem Herbst hält der Offizier für unwahrscheinlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie lange die ukrainische Flugabwehr dem Druck der Drohnenschwärme standhalten kann, ist aus seiner Sicht offen.",
        False,
        [],
        None,
    ),
    # --- Drohne trifft Bus in Cherson (AFP German, July 17) ---
    (
        "de",
        "Kiew (AFP) - Bei einem russischen Drohnenangriff auf einen Linienbus in der südukrainischen Stadt Cherson sind zwei Menschen getötet und neun weitere verletzt worden.",
        True,
        [("count", 2, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Verletzten sei eine 67-jährige Frau, deren Zustand kritisch sei, teilte die Staatsanwaltschaft mit.",
        True,
        [("duration", 67, "year", None)],
        "die Staatsanwaltschaft",
    ),
    (
        "de",
        "Die Drohne habe den Bus gegen 8.15 Uhr an einer Haltestelle im Bezirk Dnipro getroffen, hieß es weiter.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war bereits der dritte Angriff auf einen Bus in Cherson in diesem Monat.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Die Ermittler leiteten ein Verfahren wegen eines mutmaßlichen Kriegsverbrechens ein.", True, [], None),
    (
        "de",
        "Russische Drohnen machen nach Angaben örtlicher Behörden in Cherson seit Monaten Jagd auf Autos, Busse und Fußgänger in einem Streifen von bis zu 20 Kilometern entlang des Dnipro.",
        True,
        [("count", 20, None, "up_to")],
        None,
    ),
    ("de", "Der Gouverneur sprach von einer „Menschenjagd“.", False, [], None),
    # --- Stundenlanger Angriff auf Saporischschja (dpa, July 18) ---
    (
        "de",
        "Saporischschja (dpa) - Bei einem mehr als vierstündigen russischen Angriff auf die südostukrainische Stadt Saporischschja sind nach Behördenangaben fünf Menschen getötet worden.",
        True,
        [("duration", 4, "hour", "over"), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Toten sei ein Ehepaar im Alter von 71 und 68 Jahren, sagte Gouverneur Roman Tschupryna.",
        True,
        [("duration", 71, "year", None), ("duration", 68, "year", None)],
        "Roman Tschupryna",
    ),
    (
        "de",
        "Getroffen wurden nach seinen Angaben ein Wohnblock, eine Schule und ein Busdepot, in dem 14 Busse ausbrannten.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt seien 23 Menschen verletzt worden, darunter vier Kinder.",
        True,
        [("count", 23, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Stadtverwaltung verhängte über Nacht eine achtstündige Ausgangssperre, damit Rettungskräfte ungehindert arbeiten konnten.",
        True,
        [("duration", 8, "hour", None)],
        None,
    ),
    ("de", "„Diese Stadt hat schon Schlimmeres überstanden“, sagte Tschupryna.", False, [], None),
    # --- Strikes on Zaporizhzhia (AP, July 18) ---
    (
        "en",
        "ZAPORIZHZHIA, Ukraine (AP) — Russian strikes on the city of Zaporizhzhia lasting more than four hours killed five people, including a couple aged 71 and 68, Governor Roman Chupryna said Saturday.",
        True,
        [
            ("duration", 4, "hour", "over"),
            ("count", 5, None, None),
            ("duration", 71, "year", None),
            ("duration", 68, "year", None),
        ],
        "Roman Chupryna",
    ),
    ("en", "Fourteen buses burned out at a depot, he said.", True, [("count", 14, None, None)], None),
    (
        "en",
        "City authorities imposed an eight-hour overnight curfew so rescuers could work.",
        True,
        [("duration", 8, "hour", None)],
        None,
    ),
    (
        "en",
        '"We sleep in the corridor now," said Liudmyla, a retired nurse who declined to give her surname.',
        False,
        [],
        None,
    ),
    # --- Angriff auf den Hafen von Odessa (dpa, July 20) ---
    (
        "de",
        "Odessa (dpa) - Russische Raketen und Drohnen haben im Hafen von Odessa ein Getreidesilo zerstört.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dabei seien rund 2.400 Tonnen Weizen verbrannt, die für den Export nach Ägypten bestimmt waren, sagte der Leiter der Gebietsverwaltung, Iwan Ostrowskyj.",
        True,
        [("count", 2400, None, "about")],
        "Iwan Ostrowskyj",
    ),
    (
        "de",
        "Zwei Hafenarbeiter wurden getötet, sechs weitere verletzt.",
        True,
        [("count", 2, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Ein unter der Flagge Panamas fahrendes Frachtschiff wurde durch Splitter beschädigt, die Besatzung blieb unverletzt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war der fünfte Angriff auf die Häfen im Gebiet Odessa seit Anfang Juli.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Russland erklärte, es habe in Odessa Lagerhallen für westliche Waffenlieferungen getroffen.",
        True,
        [],
        None,
    ),
    ("de", "Der Schiffseigner äußerte sich bis zum Abend nicht.", False, [], None),
    # --- Strike on Odesa port (Reuters, July 20) ---
    (
        "en",
        "ODESA, July 20 (Reuters) - A Russian missile and drone attack on Odesa's port destroyed a grain silo and killed two dock workers, regional officials said on Monday.",
        True,
        [("date", "--07-20", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "About 2,400 tonnes of wheat bound for Egypt burned in the silo, regional governor Ivan Ostrovskyi said.",
        True,
        [("count", 2400, None, "about")],
        "Ivan Ostrovskyi",
    ),
    (
        "en",
        "Six more workers were wounded, and a Panama-flagged cargo ship was damaged by shrapnel.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    ("en", "Moscow said its forces had hit depots holding weapons supplied by the West.", True, [], None),
    ("en", 'Ostrovskyi called the strike "an attack on the world\'s bread basket."', False, [], None),
    # --- Größter Drohnenangriff des Krieges (dpa, July 22) ---
    (
        "de",
        "Kiew (dpa) - So viele Drohnen wie nie zuvor in einer einzigen Nacht hat Russland gegen die Ukraine eingesetzt: 764 waren es in der Nacht zum Mittwoch.",
        True,
        [("count", 764, None, None)],
        None,
    ),
    (
        "de",
        "Hinzu kamen nach Angaben der ukrainischen Luftwaffe 13 Marschflugkörper und sieben ballistische Raketen.",
        True,
        [("count", 13, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Bei rund der Hälfte der Drohnen habe es sich um Attrappen ohne Sprengkopf gehandelt, die die Flugabwehr ablenken sollten, sagte Sawtschak.",
        True,
        [("fraction", 0.5, None, "about")],
        "Sawtschak",
    ),
    (
        "de",
        "Abgeschossen oder elektronisch abgelenkt worden seien 701 Drohnen und 16 der 20 Raketen, so der Sprecher.",
        True,
        [("count", 701, None, None), ("count", 16, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Der Luftalarm dauerte in Teilen der Westukraine mehr als achteinhalb Stunden.",
        True,
        [("duration", 8.5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Am schwersten betroffen war die nordwestliche Stadt Luzk, wo zwei Menschen starben, wie Bürgermeister Taras Jaworskyj auf Telegram schrieb.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "In Luzk brannten nach dem Angriff Dutzende Wohnhäuser und Garagen, rund 120 Feuerwehrleute waren im Einsatz.",
        True,
        [("count", 120, None, "about")],
        None,
    ),
    (
        "de",
        "Der ukrainische Präsident verlangte von den westlichen Partnern einmal mehr zusätzliche Flugabwehr.",
        False,
        [],
        None,
    ),
    # --- Record drone attack (Reuters, July 22) ---
    (
        "en",
        "KYIV, July 22 (Reuters) - Russia launched 764 drones at Ukraine overnight, its largest drone attack of the war, along with 13 cruise missiles and seven ballistic missiles, the air force said on Wednesday.",
        True,
        [
            ("date", "--07-22", None, None),
            ("count", 764, None, None),
            ("count", 13, None, None),
            ("count", 7, None, None),
        ],
        "the air force",
    ),
    (
        "en",
        "Roughly half of the drones were dummies carrying no explosives, sent to exhaust air defences, an air force spokesman said.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "Air defences downed or jammed 701 drones and 16 of the 20 missiles, he said.",
        True,
        [("count", 701, None, None), ("count", 16, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Two people were killed in the northwestern city of Lutsk, where dozens of homes caught fire, Mayor Taras Yavorskyi said.",
        True,
        [("count", 2, None, None)],
        "Taras Yavorskyi",
    ),
    (
        "en",
        "The air raid alert in parts of western Ukraine lasted more than eight and a half hours.",
        True,
        [("duration", 8.5, "hour", "over")],
        None,
    ),
    ("en", "Poland again scrambled jets to protect its airspace, its operational command said.", True, [], None),
    ("en", 'Ukraine\'s foreign minister urged allies to "stop counting and start sending."', False, [], None),
    # --- Beschuss im Gebiet Belgorod (Reuters German, July 24) ---
    (
        "de",
        "Moskau (Reuters) - Bei ukrainischem Beschuss der russischen Grenzregion Belgorod sind nach Angaben von Gouverneur Pawel Lapschin zwei Menschen getötet worden.",
        True,
        [("count", 2, None, None)],
        "Pawel Lapschin",
    ),
    (
        "de",
        "Unter ihnen sei ein 15-jähriger Jugendlicher, fügte er hinzu.",
        True,
        [("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "In den vergangenen 24 Stunden seien über dem Gebiet mehr als 60 Drohnen abgeschossen worden.",
        True,
        [("duration", 24, "hour", None), ("count", 60, None, "over")],
        None,
    ),
    (
        "de",
        "Nach einem Treffer auf ein Umspannwerk waren rund 30.000 Menschen in der Stadt Schebekino ohne Strom.",
        True,
        [("count", 30000, None, "about")],
        None,
    ),
    (
        "de",
        "Im benachbarten Gebiet Kursk traf eine Drohne ein Wohnhaus in der Stadt Rylsk, verletzt wurde niemand, schrieb Gouverneur Gennadi Worotnikow auf Telegram.",
        True,
        [],
        None,
    ),
    ("de", "Lapschin sprach von „terroristischen Angriffen des Kiewer Regimes“.", False, [], None),
    ("de", "Kiew äußerte sich zunächst nicht zu den Vorwürfen.", False, [], None),
    # --- Shelling in Belgorod (AFP, July 24) ---
    (
        "en",
        "MOSCOW, July 24 (AFP) - Ukrainian shelling killed two people, including a 15-year-old, in Russia's Belgorod region on Friday, Governor Pavel Lapshin said.",
        True,
        [("date", "--07-24", None, None), ("count", 2, None, None), ("duration", 15, "year", None)],
        "Pavel Lapshin",
    ),
    (
        "en",
        "About 30,000 residents of the town of Shebekino lost power after a substation was hit, he added.",
        True,
        [("count", 30000, None, "about")],
        None,
    ),
    (
        "en",
        "Moscow's military reported downing 84 Ukrainian drones over seven regions during the night.",
        True,
        [("count", 84, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "In the neighbouring Kursk region, a drone hit a house in the town of Rylsk without causing casualties, Governor Gennady Vorotnikov wrote on Telegram.",
        True,
        [],
        None,
    ),
    ("en", 'Lapshin accused Kyiv of "terrorist attacks" on peaceful residents.', False, [], None),
    ("en", "Kyiv rarely comments on Russian accounts of strikes on its territory.", False, [], None),
    # --- Rückzug aus Nowoseliwka (dpa, July 27) ---
    (
        "de",
        "Kiew (dpa) - Die ukrainische Armee hat sich aus dem Dorf Nowoseliwka im Gebiet Saporischschja zurückgezogen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Truppen hätten sich auf vorbereitete Stellungen etwa anderthalb Kilometer weiter nördlich abgesetzt, um einer Einkesselung zu entgehen, sagte der Sprecher der Truppengruppierung Süd, Andrij Lukjanez.",
        True,
        [("count", 1.5, None, "about")],
        "Andrij Lukjanez",
    ),
    (
        "de",
        "Russische Einheiten hätten das Dorf seit mehr als drei Wochen mit bis zu 40 Gleitbomben am Tag beschossen, fügte Lukjanez hinzu.",
        True,
        [("duration", 3, "week", "over"), ("count", 40, None, "up_to")],
        None,
    ),
    (
        "de",
        "Das Verteidigungsministerium in Moskau hatte die Einnahme des Ortes bereits am 21. Juli gemeldet.",
        True,
        [("date", "--07-21", None, None)],
        None,
    ),
    (
        "de",
        "Kremlnahe Militärblogger berichteten von schweren Kämpfen am Nordrand des Dorfes und von hohen eigenen Verlusten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Blog „Polewaja Potschta“, dem mehr als 600.000 Menschen folgen, schrieb von mindestens 70 Toten und Verwundeten in einem einzigen Bataillon.",
        True,
        [("count", 600000, None, "over"), ("count", 70, None, "at_least")],
        None,
    ),
    ("de", "Die Blogger warfen der Armeeführung „Schönfärberei“ vor.", False, [], None),
    ("de", "„Wir geben Gelände auf, aber keine Menschen“, sagte Lukjanez.", False, [], None),
    # --- Airfield in Crimea hit (Reuters, July 28) ---
    (
        "en",
        "KYIV, July 28 (Reuters) - Ukraine said on Tuesday it had struck a Russian military airfield in Crimea with long-range drones, hitting two Su-34 fighter-bombers and an ammunition store.",
        True,
        [("date", "--07-28", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Satellite images reviewed by analysts showed at least three burn scars on the runway.",
        True,
        [("count", 3, None, "at_least")],
        None,
    ),
    (
        "en",
        "Russia's defence ministry said 36 drones had been destroyed over Crimea and the Black Sea overnight but did not mention any damage.",
        True,
        [("count", 36, None, None)],
        None,
    ),
    ("en", "Russia annexed the peninsula in 2014.", True, [("year", 2014, None, None)], None),
    ("en", "Ukraine's military intelligence agency declined to comment on the operation.", False, [], None),
    # --- Geländegewinne im Juli (APA, July 29) ---
    (
        "de",
        "Wien/Washington (APA) - Rund 510 Quadratkilometer ukrainisches Gebiet haben russische Truppen im Juli erobert, wie aus Berechnungen der US-Denkfabrik ISW hervorgeht.",
        True,
        [("count", 510, None, "about")],
        None,
    ),
    (
        "de",
        "Das sei etwa ein Fünftel mehr als im Juni, aber deutlich weniger als im Rekordmonat November des Vorjahres.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Im Juni hatte das Institut noch rund 420 Quadratkilometer verzeichnet.",
        True,
        [("count", 420, None, "about")],
        None,
    ),
    (
        "de",
        "Russland kontrolliert dem Institut für Kriegsstudien zufolge mittlerweile knapp 81 Prozent der Region Donezk, in der Region Saporischschja sind es rund drei Viertel.",
        True,
        [("percent", 81, "%", "nearly"), ("fraction", 0.75, None, "about")],
        "das Institut für Kriegsstudien",
    ),
    (
        "de",
        "Insgesamt halten russische Truppen etwa 19 Prozent des ukrainischen Staatsgebiets besetzt, die 2014 annektierte Halbinsel Krim eingeschlossen.",
        True,
        [("percent", 19, "%", "about"), ("year", 2014, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten Geländegewinne verzeichneten die Angreifer demnach im Raum Pokrowsk, wo 23 der 41 im Juli eingenommenen Ortschaften liegen.",
        True,
        [("count", 23, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Die Fachleute des Instituts rechnen damit, dass Moskau seine Sommeroffensive bis in den Herbst hinein fortsetzt.",
        False,
        [],
        None,
    ),
    # --- July gains (Reuters, July 29) ---
    (
        "en",
        "WASHINGTON, July 29 (Reuters) - Russian forces seized about 510 square kilometres of Ukrainian territory in July, roughly a fifth more than in June, the U.S.-based Institute for the Study of War calculated.",
        True,
        [("date", "--07-29", None, None), ("count", 510, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Russia now holds nearly 81% of Donetsk region, and around three-quarters of neighbouring Zaporizhzhia, the institute said.",
        True,
        [("percent", 81, "%", "nearly"), ("fraction", 0.75, None, "about")],
        "the institute",
    ),
    (
        "en",
        "Occupied land, Crimea included, amounts to about 19% of Ukraine, the think tank estimates.",
        True,
        [("percent", 19, "%", "about")],
        None,
    ),
    (
        "en",
        "Of the 41 settlements Moscow took during the month, 23 were in the Pokrovsk area, the data showed.",
        True,
        [("count", 41, None, None), ("count", 23, None, None)],
        None,
    ),
    ("en", "Few Western analysts expect a breakthrough by either side before winter.", False, [], None),
    # --- Zwei weitere Patriot-Systeme (dpa, July 31) ---
    (
        "de",
        "Berlin (dpa) - Deutschland finanziert der Ukraine zwei weitere Patriot-Flugabwehrsysteme.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten von rund 2,1 Milliarden Euro übernehme der Bund, hieß es in Berlin.",
        True,
        [("money", 2100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Zusätzlich sollen bis Jahresende vier Systeme vom Typ IRIS-T SLM sowie rund 400 Lenkflugkörper geliefert werden.",
        True,
        [("count", 4, None, None), ("count", 400, None, "about")],
        None,
    ),
    (
        "de",
        "Regierungssprecherin Annette Brügelmann sagte, die Patriot-Systeme sollten noch im Herbst in der Ukraine einsatzbereit sein.",
        True,
        [],
        "Annette Brügelmann",
    ),
    ("de", "„Jedes dieser Systeme schützt eine ganze Stadt“, sagte Brügelmann.", False, [], None),
    ("de", "Die Linke nannte die Zusage „ein weiteres Milliardengeschenk an die Rüstungsindustrie“.", False, [], None),
    ("de", "Wann genau die Systeme an der Front eintreffen, ließ die Sprecherin offen.", False, [], None),
    # --- Interceptor drones from Britain (PA, Aug 3) ---
    (
        "en",
        "LONDON (PA) - Britain will spend £280 million on interceptor drones for Ukraine to help counter Russia's nightly Shahed attacks, the Ministry of Defence announced on Monday.",
        True,
        [("money", 280000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "More than 5,000 of the drones are to be delivered by the end of the year, Defence Secretary Rupert Cardew said.",
        True,
        [("count", 5000, None, "over")],
        "Rupert Cardew",
    ),
    (
        "en",
        "Each interceptor costs about £2,500, far less than a single air defence missile, he said.",
        True,
        [("money", 2500, "GBP", "about")],
        None,
    ),
    ("en", 'Cardew said British support would continue "until the job is done."', False, [], None),
    (
        "en",
        "Government figures put Britain's military and civilian aid to Ukraine since 2022 at more than £18 billion.",
        True,
        [("year", 2022, None, None), ("money", 18000000000, "GBP", "over")],
        None,
    ),
    ("en", 'Opposition lawmakers called the package "welcome but overdue."', False, [], None),
    # --- AKW Saporischschja ohne Netzstrom (dpa, Aug 4) ---
    (
        "de",
        "Wien/Kiew (dpa) - Im russisch besetzten Atomkraftwerk Saporischschja ist erneut die gesamte externe Stromversorgung ausgefallen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es sei bereits das zehnte Mal seit Beginn des Krieges, dass die Anlage vom Netz abgeschnitten werde, teilte die IAEO in Wien mit.",
        True,
        [("ordinal", 10, None, None)],
        "die IAEO",
    ),
    (
        "de",
        "Die Kühlung der sechs abgeschalteten Reaktoren laufe über Notstromdiesel, deren Treibstoff für mindestens zehn Tage reiche.",
        True,
        [("count", 6, None, None), ("duration", 10, "day", "at_least")],
        None,
    ),
    (
        "de",
        "Die einzige noch intakte 750-Kilovolt-Leitung sei am Montagabend ausgefallen, hieß es.",
        True,
        [("count", 750, None, None)],
        None,
    ),
    ("de", "Für den Ausfall gaben sich Russland und die Ukraine gegenseitig die Schuld.", True, [], None),
    (
        "de",
        "Der von Moskau eingesetzte Kraftwerkschef Jegor Kaschirin sprach von ukrainischem Drohnenbeschuss auf ein Umspannwerk in Dniprorudne.",
        True,
        [],
        None,
    ),
    ("de", "Der IAEO-Generaldirektor nannte die Lage „äußerst fragil“.", False, [], None),
    # --- Zaporizhzhia plant loses power (Reuters, Aug 4) ---
    (
        "en",
        "VIENNA, Aug 4 (Reuters) - Europe's largest nuclear power plant, the Russian-held Zaporizhzhia station in Ukraine, lost all off-site power for the 10th time since the war began, the IAEA said on Tuesday.",
        True,
        [("date", "--08-04", None, None), ("ordinal", 10, None, None)],
        "the IAEA",
    ),
    (
        "en",
        "Diesel generators were cooling its six shut-down reactors and had fuel for at least 10 days, the U.N. watchdog said.",
        True,
        [("count", 6, None, None), ("duration", 10, "day", "at_least")],
        None,
    ),
    (
        "en",
        "Russian-installed officials blamed Ukrainian drone fire on a substation, while Kyiv said Russian shelling had cut the line.",
        True,
        [],
        None,
    ),
    ("en", "The plant has been under Russian control since March 2022.", True, [("year", 2022, None, None)], None),
    ("en", "It was not clear when the line could be repaired.", False, [], None),
    # --- Wochenbilanz und Rakete auf Dnipro (dpa, Aug 6) ---
    (
        "de",
        "Kiew (dpa) - Mehr als 1.800 Drohnen, rund 1.200 Gleitbomben und 83 Raketen hat Russland nach Angaben des ukrainischen Präsidenten in dieser Woche gegen die Ukraine eingesetzt.",
        True,
        [("count", 1800, None, "over"), ("count", 1200, None, "about"), ("count", 83, None, None)],
        None,
    ),
    (
        "de",
        "Allein in der Nacht zum Donnerstag seien es 318 Drohnen und 24 Raketen gewesen, so die ukrainische Luftwaffe.",
        True,
        [("count", 318, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "In Dnipro traf eine Rakete ein fünfstöckiges Wohnhaus, nach Angaben von Gouverneur Serhij Bilokin starben drei Menschen, 27 wurden verletzt.",
        True,
        [("count", 5, None, None), ("count", 3, None, None), ("count", 27, None, None)],
        "Serhij Bilokin",
    ),
    (
        "de",
        "Unter den Verletzten seien ein drei Monate altes Baby und seine Mutter, so der Gouverneur.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Rettungskräfte suchten am Abend noch nach mindestens vier Vermissten unter den Trümmern.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Die Welt gewöhnt sich an unsere Toten, und genau darauf setzt Moskau“, sagte der Präsident in seiner abendlichen Ansprache.",
        False,
        [],
        None,
    ),
    ("de", "Er appellierte an die Partner, „schneller und entschlossener“ zu handeln.", False, [], None),
    # --- Missile hits Dnipro block (Reuters, Aug 6) ---
    (
        "en",
        "DNIPRO, Aug 6 (Reuters) - A Russian missile struck a five-storey apartment building in Dnipro, killing three people and wounding 27, regional Governor Serhiy Bilokin said on Thursday.",
        True,
        [
            ("date", "--08-06", None, None),
            ("count", 5, None, None),
            ("count", 3, None, None),
            ("count", 27, None, None),
        ],
        "Serhiy Bilokin",
    ),
    ("en", "A three-month-old baby was among the wounded, he said.", True, [("duration", 3, "month", None)], None),
    (
        "en",
        "Rescuers were still searching for at least four missing people late on Thursday.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    (
        "en",
        "Ukraine's president said Russia had launched more than 1,800 drones, about 1,200 glide bombs and 83 missiles at the country over the week.",
        True,
        [("count", 1800, None, "over"), ("count", 1200, None, "about"), ("count", 83, None, None)],
        None,
    ),
    ("en", '"The world is getting used to our dead," the president said in his nightly address.', False, [], None),
    # --- Widersprüchliche Angaben zu Kupjansk (Reuters German, Aug 7) ---
    (
        "de",
        "Moskau/Kiew (Reuters) - Russland und die Ukraine haben widersprüchliche Angaben zur Lage in der nordostukrainischen Stadt Kupjansk gemacht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Darstellung des Verteidigungsministeriums in Moskau haben russische Truppen die Stadt komplett eingenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Kupjansk hielten sich nur noch weniger als 50 russische Soldaten versteckt, die meisten von ihnen in Kellern im Norden der Stadt, sagte Generalstabssprecher Dmytro Paschtschenko.",
        True,
        [("count", 50, None, "under")],
        "Dmytro Paschtschenko",
    ),
    (
        "de",
        "Ukrainische Einheiten kontrollierten etwa 85 Prozent des Stadtgebiets, fügte er hinzu.",
        True,
        [("percent", 85, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Stadt hatte vor dem Krieg rund 26.000 Einwohner, heute leben dort nach Behördenangaben weniger als 600.",
        True,
        [("count", 26000, None, "about"), ("count", 600, None, "under")],
        None,
    ),
    (
        "de",
        "Dem Kartenprojekt DeepState zufolge ist der Norden der Stadt eine Grauzone, in der keine Seite dauerhaft Stellungen hält.",
        True,
        [],
        None,
    ),
    ("de", "Ein Kremlsprecher nannte die ukrainischen Angaben „Wunschdenken“.", False, [], None),
    ("de", "Keine der beiden Versionen konnte unabhängig bestätigt werden.", False, [], None),
    # --- Conflicting claims over Kupiansk (AP, Aug 7) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Moscow and Kyiv offered contradictory versions Friday of the fight for Kupiansk, with Russia claiming the whole city and Ukraine saying its troops held most of it.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Fewer than 50 Russian soldiers remained in the city, hiding mostly in basements, General Staff spokesman Dmytro Pashchenko said.",
        True,
        [("count", 50, None, "under")],
        "Dmytro Pashchenko",
    ),
    ("en", "Ukrainian forces control about 85% of the city, he said.", True, [("percent", 85, "%", "about")], None),
    (
        "en",
        "Before the war, Kupiansk had about 26,000 residents; fewer than 600 remain, local officials say.",
        True,
        [("count", 26000, None, "about"), ("count", 600, None, "under")],
        None,
    ),
    ("en", 'A Kremlin spokesman called Kyiv\'s figures "wishful thinking."', False, [], None),
    (
        "en",
        "The Kremlin said Friday that Russian troops were clearing the last pockets of resistance.",
        True,
        [],
        "the Kremlin",
    ),
    ("en", "AP journalists were unable to confirm either account independently.", False, [], None),
]
