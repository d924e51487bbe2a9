"""Ninety-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician is named: heads of state appear only by office ("der Kremlchef", "der
US-Präsident", "der ukrainische Präsident", "Russia's president", "the president", "the
pope"), and the envoys, advisers, negotiators, ministers, governors and spokespeople are
invented, most of them spelled differently by different agencies as the wires do (Garrett
Whitlow / Garret Whitlow, Kirill Lobanzew (dpa) / Kirill Lobanzow (APA/AFP) / Kirill
Lobantsev (Reuters), Dmitri Ossokin (Reuters German) / Dmitrij Ossokin (APA/AFP) / Dmitry
Osokin, Oksana Hrebenjuk / Oksana Hrebeniuk, Mykola Hordijenko / Mykola Hordiyenko, Wadym
Horbatsch / Vadym Horbach, Jewgeni Sabolotny / Yevgeny Zabolotny, Tarek Fawzi / Tarek
Fawzy, Ani Ghukasjan / Ani Ghukasyan, Taras Wowtschuk / Taras Vovchuk, Andrij Sawtschuk /
Andriy Savchuk); further Nathan Brisco, Arkadi Smirnitski, Wolodymyr Kowtun, Nadine
Aebischer, Katrin Weyand, Oktay Berberoğlu, Elisabeth Hartlieb, Mari Soosaar, Colin
Markwell, Dana Coltrane, Grigori Lanskoi, Emilio Zanardi, Matteo Broglia, Anna Kirchner, Tom
Haverly. Real countries, cities, forces and institutions ("EDA", "UNO-Mission", "Hofburg",
"Ö1-Morgenjournal", "FPÖ", "Interfax", "UN-Nothilfebüro", "Weißes Haus", "E3-Staaten",
"MOEX", "the Holy See", "Ukraine's General Staff", "Kyiv sociologists") stand for the way wire
copy names them; every meeting, figure, loss, sum, deadline and quote here is invented.

Its weight: A GERMAN-LANGUAGE FOREIGN-NEWS DESK ON A DAY OF NEGOTIATIONS, as dpa, APA, AFP
German, Reuters German, Keystone-SDA and KNA file it, about 70 % German and 30 % English,
told as short stories in story order. German (158 rows): a US envoy's fifth visit to the
Kremlin told twice (dpa, APA/AFP) with a Kremlin adviser's Konjunktiv I chain and a quote
with figures, a night of drones and missiles on Ukraine with the air force's tally, military
experts in Geneva for the third time, a prisoner exchange, Kyiv's chief negotiator on
territory ("rund 19 Prozent", "knapp ein Fünftel", "drei Viertel der Ukrainer"), a video
conference of 26 states on security guarantees, Black Sea shipping talks in Istanbul, Gaza's
second phase in Cairo, Vienna offered as a venue, the Kremlin spokesman's daily call, drones
over Russia, EU foreign ministers on the 20th sanctions package, a fourth military round in
Abu Dhabi, the White House, a dpa chronology of the talks, an Armenia-Azerbaijan treaty, an
energy-truce offer, Moscow's conditions and the rouble, the Ukrainian president's call with
the envoy, a papal envoy in Moscow. English (68 rows, Reuters and AP on the same talks): the
Kremlin meeting, the overnight attack, the swap, Geneva, territory ("about 19%", "just under
one-fifth"), Gaza, Washington, Abu Dhabi, drones over Moscow, sanctions, the treaty, markets,
the Vatican envoy, the energy truce. Forms: visits, rounds, meetings and exchanges with their
ordinals ("zum fünften Mal seit Jahresbeginn", "das fünfte Treffen", "zum dritten Mal", "der
69. Austausch", "Eine vierte Runde", "die vierte Runde in diesem Format", "das 20.
Sanktionspaket", "seine dritte Reise", "their fifth meeting", "for a third time", "the 69th",
"a fourth round", "the bloc's 20th package"); hours of talks ("Nach fünfstündigen
Gesprächen", "Nach mehr als fünf Stunden", "knapp vier Stunden", "gut sechs Stunden lang",
"etwa anderthalb Stunden", "knapp 100 Minuten", "eine Stunde", "more than five hours of
talks", "within 24 hours", "about two and a half hours"); plans with numbered points
("20-Punkte-Plan", "Bei 16 von 20 Punkten", "28-Punkte-Entwurf ... auf 20 Punkte gekürzt",
"a revised 20-point plan", "16 of the 20 points", "a 19-article peace treaty"); shares of
territory ("ein Fünftel", "knapp ein Fünftel", "rund 19 Prozent", "etwa 22 Prozent", "rund 53
Prozent", "about 19%", "just under one-fifth", "roughly 22%"); prisoner exchanges ("jeweils",
"auf jeder Seite", "each", "im Gegenzug 24"); drones, missiles and shoot-downs with their
attribution ("nach Angaben der Luftwaffe", "nach Angaben des Verteidigungsministeriums",
"Davon seien 31 ... und 17 ...", "Ukraine's air force said", "the Defence Ministry said");
Konjunktiv I chains ("sagte ...", "so Lobanzew", "Lobanzew zufolge", "fügte er hinzu",
"fügte Lanskoi hinzu", "sagte er", "sagte der Kremlsprecher", "schrieb ... auf Telegram");
quotes with figures („Bei 16 von 20 Punkten ...“, „Heute haben wir 157 unserer Leute
zurückgeholt ...“, ""We agree in principle on 16 of the 20 points,"") and without them.
Negatives as such copy has them: rhetoric and resolve in quotes and in Konjunktiv I („Unser
Land ist keine Verhandlungsmasse“, "Die Ukraine kämpfe auch für die Freiheit Europas, ...",
"Die Nato werde ihre Expansion nach Osten nie freiwillig aufgeben, ...", ""Our land is not a
bargaining chip,""), threats and propaganda phrases ("Die Ziele der militärischen
Spezialoperation würden so oder so erreicht", „terroristischen Angriff des Kiewer Regimes“,
„Die Waffen des Widerstands stehen nicht zur Verhandlung“), evaluations of talks and labels
("„nützlich und sehr konstruktiv“", "sprach von „echten Fortschritten“", "nannte die
Sanktionen ... „wirkungslos ...“", ""useful, substantive and very frank,"", "hailed "real
progress.""), a president's confidence without a figure ("zuversichtlich ..., dass ...",
""very, very close,""), condemnations ("verurteilte den Angriff als „barbarisch ...“"),
appeals ("forderten Moskau auf", "rief beide Seiten auf", "rief ... auf", "urged both sides",
"urged Moscow and Kyiv"), a no-comment line, an open question, the caveat that figures cannot
be verified, and a Reuters reporting credit.

226 rows (158 German, 68 English), 50 negatives (35 German, 15 English), 176 check-worthy
rows of which 28 carry no figure (24 German, 4 English), 206 expected quantities (97 counts,
36 durations, 23 ordinals, 13 percentages, 11 amounts of money, 11 years, 9 dates, 6
fractions; none of them in negatives), 69 checked speakers (41 German, 28 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, once with case and whitespace and once with
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a fact, a figure, an offer or a position is check-worthy with the speaker its
  own attribution gives ("Über einige Punkte habe man sich verständigt, über andere nicht,
  sagte Kremlberater Kirill Lobanzew ..." -> "Kirill Lobanzew"; "Die Ukraine werde kein
  Gebiet räumen, das ihre Truppen noch hielten, sagte Hordijenko ..." -> "Hordijenko",
  sixty-eighth and eighty-fourth); rows that carry the chain on with a pronoun or nothing
  ("..., fügte er hinzu.", "..., sagte er.", "Ein Referendum ... sei binnen 60 Tagen ...
  möglich.", "Zunächst müssten die Unterhändler ...", "Davon seien 31 ...") are
  check-worthy with the speaker unchecked. A quote with a figure closed by "sagte X" is
  check-worthy with X (eighty-eighth): „Bei 16 von 20 Punkten sind wir uns im Grundsatz
  einig“, sagte Lobanzew der Agentur Interfax. -> "Lobanzew"; „Heute haben wir 157 unserer
  Leute zurückgeholt, 31 davon aus Mariupol“, sagte Hrebenjuk. -> "Hrebenjuk"; ""We agree
  in principle on 16 of the 20 points," Lobantsev told Interfax." -> "Lobantsev". A claim of
  one side is check-worthy, attributed to it (sixty-eighth): "Die russische Armee rücke an
  allen Frontabschnitten vor, sagte der Kremlsprecher." Konjunktiv I rhetoric, resolve and
  propaganda are negatives even with a named speaker ("Die Ziele der militärischen
  Spezialoperation würden so oder so erreicht, so Ossokin.", "Die Ukraine kämpfe auch für
  die Freiheit Europas, fügte Hordijenko hinzu.", "Die USA würden ein Abkommen nicht um
  jeden Preis unterschreiben, betonte Coltrane.", sixty-eighth and eighty-fourth), and so is
  a no-comment line in Konjunktiv I ("Über deren Inhalt wolle man sich öffentlich nicht
  äußern, so Ossokin."). A leader's confidence without a figure is a negative, as a
  forecast without a figure is (eighty-eighth): "Der US-Präsident hat sich zuversichtlich
  gezeigt, dass ein Abkommen ... noch in diesem Monat unterzeichnet werden kann." and "The
  president said Tuesday that a deal ... was "very, very close," but he gave no timeline."
  A label of a colleague's words is an evaluation ("Der US-Heeresstaatssekretär ... sprach
  von „echten Fortschritten“.", "hailed "real progress."", sixty-eighth).
- Ordinals of visits, rounds, meetings, exchanges, packages and trips (thirty-first and
  sixty-eighth): "zum fünften Mal seit Jahresbeginn" 5, "das fünfte Treffen" 5 (issue: "das
  sechste Treffen"), "zum dritten Mal" 3, "der 69. Austausch" 69, "Eine vierte Runde" 4,
  "die vierte Runde in diesem Format" 4, "Eine fünfte Runde" 5, "das zweite Treffen dieser
  Art binnen drei Wochen" 2 and 3 weeks, "die zweite Phase" 2, "der vierte Großangriff" 4,
  "das 20. Sanktionspaket" 20, "Im ersten Schritt" 1, "Die erste direkte Begegnung seit
  2022" 1 and the year, "seine dritte Reise ... seit dem Sommer 2023" 3 and 2023, "their
  fifth meeting this year" 5, "for a third time" 3, "the 69th" 69, "the fourth large-scale
  attack" 4, "a fourth round" 4, "A fifth round" 5, "the bloc's 20th package" 20, "the
  second phase" 2, "his third trip" 3. "erstmals seit Wochen" none.
- Durations of talks, calls, truces and deadlines: "Nach fünfstündigen Gesprächen" 5 hours
  (issue: "fünfstündigen Treffen"; fourteenth: "Nach fünfstündigen Gesprächen im
  Kanzleramt"), "Nach mehr als fünf Stunden" "over", "rund zwei Stunden lang" "about",
  "knapp drei Stunden" and "knapp vier Stunden" "nearly", "gut sechs Stunden lang" 6 hours
  "over" ("gut" is "over", fourteenth), "etwa anderthalb Stunden" 1.5 hours "about"
  (fourteenth: "anderthalb Stunden"), "etwa zweieinhalb Stunden" 2.5 hours "about", "knapp
  100 Minuten" "nearly", "bis zu 16 Stunden lang" "up_to", "eine 30-tägige Waffenruhe" and
  "für die Dauer von 30 Tagen" 30 days, "zu einem dreitägigen Besuch" 3 days (issue:
  "dreitägige Reise"), "drei Tage lang", "zwei Tage lang", "binnen 60 Tagen", "innerhalb von
  90 Tagen", "vor 131 Tagen" 131 days, "in den vergangenen zwei Monaten" 2 months, "seit fast
  vier Jahren" 4 years "nearly", "so stark wie seit vier Monaten nicht" 4 months, "more than
  five hours of talks" "over" (an earlier batch: "more than 20 hours of talks"), "within 24
  hours", "for almost four years" "nearly", "131 days ago", "more than six hours" "over",
  "about two and a half hours" "about", "a 30-day halt", "a three-day visit", "two days of
  talks", "within 90 days", "up to 16 hours a day" "up_to" ("a day" none), "in four months".
  "Das Gespräch habe eine Stunde gedauert" carries none (article and unit, as
  "Karawankentunnel eine Stunde", forty-sixth); vague spans none ("seit Wochen", "nur wenige
  Wochen", "in den kommenden Tagen", "this month", "next week", "pro Tag", "täglich").
  Ages are durations in years: "ein acht Jahre alter Junge" (eighty-fourth: "ein sieben Jahre
  altes Mädchen"), "An 8-year-old boy".
- Plans and documents: "der überarbeitete 20-Punkte-Plan" and "der 20-Punkte-Plan" 20
  (issue: "28-Punkte-Entwurf"), "einen 28-Punkte-Entwurf ..., der ... auf 20 Punkte gekürzt
  wurde" 28 and 20, "Bei 16 von 20 Punkten" and "16 of the 20 points" two counts each
  (thirty-first and sixty-eighth), "drei Punkten des Plans" 3, "mit 19 Artikeln" and "a
  19-article peace treaty" 19, "die verbleibenden sieben Streitpunkte" 7, "14 Vorschläge"
  14, "a revised 20-point plan" 20, "an earlier 28-point draft" 28. "Dreiergipfel" is count 3
  (an earlier batch: "Dreiergipfel" as "Dreierkoalition"). New: "mehr als ein Dutzend Mal"
  is count 12 "over" - "ein Dutzend" is 12 ("ein Dutzend Vorschläge", an earlier batch) and
  "Mal" counts as in "mehr als 100 Mal" (issue: "100 Mal"). "elfmal" and "zweimal" counts
  (issue: "viermal"); "11 times" 11.
- Shares of territory and of people (thirty-first and sixty-eighth): "ein Fünftel" 0.2 with
  no hedge ("insgesamt" no hedge), "knapp ein Fünftel" 0.2 "nearly", "drei Viertel der
  Ukrainer" 0.75, "Rund zwei Drittel davon" 0.6667 "about", "mindestens einem Drittel" 0.3333
  "at_least" (the dative "einem Drittel" is "ein Drittel"); "rund 19 Prozent" 19 "about",
  "etwa 22 Prozent", "rund 53 Prozent" "about", "mehr als 60 Prozent" "over", "about 19%",
  "roughly 22%", "around 53%" "about", "75% of Ukrainians", "more than 60%" "over"; "just
  under one-fifth" 0.2 "under" ("just under" is "under", ninth batch). "die Hälfte" does not
  occur.
- Drones, missiles and shoot-downs as written (thirty-first, fiftieth, sixty-eighth): "137
  Drohnen und sieben ballistischen Raketen", "112 Drohnen und vier Raketen", "an 14 Orten",
  "89 ukrainische Drohnen", "31 über dem Gebiet Brjansk und 17 über der Region Moskau",
  "137 drones and seven ballistic missiles", "112 drones and four missiles", "89 Ukrainian
  drones ..., including 17"; type names carry none ("vom Typ Kalibr").
- Prisoner exchanges and casualties: "auf jeder Seite kamen 157 Soldaten frei" 157, "each
  handed back 157" 157 ("jeweils", "each", "auf jeder Seite" no hedge, sixty-eighth), "31
  Verteidiger", "von 1.000 gefallenen Soldaten, Kiew im Gegenzug 24" 1000 and 24 (the bare
  "24" counts the same bodies), "the bodies of 1,000 soldiers, and Ukraine handed over 24",
  "rund 7.500 Ukrainer ..., unter ihnen etwa 1.600 Zivilisten" both "about", "17 noch
  lebenden Geiseln", "fast 1.800 ... Häftlinge" "nearly", "17 Gefangenenaustausche" 17,
  "mehr als 500 Palästinenser" "over", "mindestens drei Menschen ... und 22" 3 "at_least"
  and 22, "vier weitere" 4 ("weitere" no hedge), "rund 38.000 Menschen" "about", "rund
  19.500 Kinder" "about", "87 ukrainische Kinder", "mehr als 46.000 Soldaten" "over", "mehr
  als eine Million Soldaten" 1,000,000 "over". "ein Mann getötet" none (a German article,
  an earlier batch: "eine Apotheke"), but "One man was killed" count 1 (an earlier batch:
  "One person" 1; sixty-eighth: "killing one person").
- Groups and other counts: "Vertreter von 26 Staaten" 26, "zwischen zwei Hotels" 2, "zwei
  weitere Runden" 2, "zwei Kriege" 2, "an drei früheren Gesprächsrunden" 3, "46 Flüge" and
  "delaying 46 departures" 46, "weitere 120 Tanker" and "120 more shadow fleet tankers"
  120, "600 Hilfslastwagen pro Tag" and "600 aid trucks a day" 600 ("pro Tag", "a day"
  none), "im Schnitt knapp 300" 300 "nearly" (an average is no hedge, the hedge is
  "knapp", sixty-eighth), "fewer than 300 ... on an average day" 300 "under" (new: "fewer
  than" read as "less than", eighty-fourth: "less than two hours" "under"), "bis zu 25.000 Soldaten" "up_to", "rund 60 Wohnungen"
  "about", "the two sides" 2 and "two people familiar with the talks" 2 (eighty-fourth);
  "der beiden", "beider Seiten", "beiden Seiten", "Die beiden Nachbarn", "both sides",
  "mehrere Tausend" none (a vague magnitude, fifth and twenty-second). Storeys are counts:
  "Ein neunstöckiges Wohnhaus" 9 (sixty-eighth: "fünfstöckiges"). Areas and distances are
  counts (fourth and sixty-eighth): "etwa 5.000 Quadratkilometer" "about", "gut 1200
  Kilometer" "over" (Swiss four digits without a separator, as "2300", sixty-eighth),
  "more than 1,200 km" "over", "rund 1300" and "about 1,300" observers "about", "von bis zu
  40 Kilometern Breite" and "up to 40 km wide" "up_to", "rund 1.000 Kilometer" "about", "41
  Millionen Tonnen" 41,000,000 "over". New: "eine Zone von 15 Kilometern auf jeder Seite
  der Front vor, Russland verlangt 30" and "a zone of 15 km ..., while Russia wants 30 km"
  give 15 and 30 - the bare second figure carries the unit of the first, as a unit written
  once serves a list (eleventh and forty-sixth).
- Money: "rund 2,4 Millionen Franken" and "roughly 2.4 million Swiss francs" 2,400,000 CHF
  "about", "1,5 Milliarden Euro", "mindestens 18 Milliarden Euro" and "at least 18 billion
  euros" EUR "at_least", "12 Milliarden Dollar" and "$12 billion" USD, "um 12 Millionen auf
  45 Millionen Euro" 12,000,000 and 45,000,000 EUR (the currency written once serves both,
  as "von 47,60 Dollar auf 44,10 Dollar", eighty-fourth, and a unit written once, forty-
  sixth), "auf 78,40 je Dollar" and "to 78.40 per dollar" 78.4 RUB (an exchange rate is
  money in the priced currency, fourteenth and thirty-first), "um 1,4 Prozent" and "1.4%",
  "2,3 Prozent höher" and "2.3% higher" percentages.
- Years and dates: "im Haushalt 2026", "bis 2028", "seit 2022", "seit Februar 2022", "im
  Frühjahr 2025", "seit dem Sommer 2023", "since 2022", "in February 2022", "in 2014", "until
  2028", "since 2023" the years; "ab dem 1. März" and "starting March 1" --03-01; Reuters
  datelines with a day ("MOSCOW, Feb 17 (Reuters)", "KYIV, Feb 17 (Reuters)", "GENEVA, Feb
  17 (Reuters)", "ABU DHABI, Feb 17 (Reuters)", "BRUSSELS, Feb 17 (Reuters)", "YEREVAN, Feb
  17 (Reuters)") dates without a year; dpa, APA, AFP, Reuters German, Keystone-SDA, KNA and
  AP datelines none. Months and seasons alone ("Anfang Januar", "im Jänner", "Anfang März",
  "im Dezember", "seit Oktober", "im November", "im Sommer", "im Februar", "in December",
  "since October"), weekdays, "kurz vor Mitternacht", "seit Jahresbeginn", "this year" none.
- Names with a figure carry none (sixty-eighth: "the G8"; eighty-fourth: "Ö1-Morgenjournal"):
  "E3-Staaten", "Ö1-Morgenjournal", "MOEX".
- Speakers, checked only in forms the earlier batches settled: titles and roles before a
  name are dropped ("Kremlberater", "Kremlsprecher", "Gouverneur" after "nach Angaben von",
  "Luftwaffensprecher", "EDA-Sprecherin", "Ombudsfrau", "Regierungssprecherin", "der
  ägyptische Außenamtssprecher", "Die EU-Außenbeauftragte", "Außenamtssprecherin", "die
  armenische Außenamtssprecherin", "Energieminister", "Vizeaußenminister",
  "Vatikansprecher", "Kremlin aide", "regional Gov.", "Ombudswoman", "Chief negotiator",
  "Egyptian Foreign Ministry spokesman", "State Department spokeswoman", "EU foreign policy
  chief", "Governor", "Foreign ministry spokeswoman", "Energy Minister", "Vatican
  spokesman"; fourteenth, thirty-first, sixty-eighth, eighty-fourth); "sagte der Sprecher
  des türkischen Außenministeriums, Oktay Berberoğlu" the name in apposition (sixty-eighth);
  the agency, programme or audience is dropped ("der Agentur Interfax", "im
  Ö1-Morgenjournal", "vor Journalisten", "told reporters", "told Reuters", "told Interfax";
  eleventh, thirty-seventh, eighty-fourth); "so Lobanzew", "Lobanzew zufolge", "Ossokin
  zufolge", "Hordijenko zufolge", "so Weyand", "so Soosaar", "so Wowtschuk", "sagte
  Aebischer", "sagte Hartlieb", "Osokin said", "Horbach said" the name as written; "schrieb
  Horbatsch auf Telegram", "schrieb Sabolotny auf Telegram", "Horbach said on Telegram" the
  name (eighty-fourth: a post is a statement); "fügte Lanskoi hinzu" the name (eighty-fourth:
  "fügte Pölzleitner hinzu"); "nach Angaben der Luftwaffe" -> "die Luftwaffe" (fourteenth);
  "nach Angaben des Verteidigungsministeriums" -> "das Verteidigungsministerium", "Nach
  Angaben des Weißen Hauses" -> "das Weiße Haus", "nach Angaben des Präsidialamts in Kiew" ->
  "das Präsidialamt" and "nach Angaben der Gesundheitsbehörde in Gaza" -> "die
  Gesundheitsbehörde" (the place dropped, fourteenth and sixty-eighth), "wie das EDA
  mitteilte" -> "das EDA", "teilte das UN-Nothilfebüro mit" -> "das UN-Nothilfebüro" (no
  name after the body, unlike "Ocha", sixty-eighth), "teilte sein Büro mit" -> "sein Büro"
  (an earlier batch); "Ukraine's air force said", "Switzerland's foreign ministry said",
  "Ukraine's military intelligence agency said", "Ukraine's General Staff said", "Armenia's
  foreign ministry said", "Israel's military says", "Gaza's Health Ministry says" the
  possessive form as written (sixty-eighth and eighty-fourth); "the General Staff said",
  "the Defence Ministry said", "according to the White House", "the U.N. says" with the
  article in lower case (thirty-first, eighty-fourth); "a foreign ministry spokeswoman said"
  -> "a foreign ministry spokeswoman", the whole phrase in lower case (eighty-fourth: "a U.N.
  spokesperson said"). Left unchecked (None): pronouns ("fügte er hinzu", "sagte er", "it
  said", "He said"); roles without a name in German ("sagte der Kremlsprecher", "sagte der
  Präsident", "sagte die Ombudsfrau", thirty-seventh and sixty-eighth); sources with an
  adjective ("wie der ukrainische Koordinierungsstab für Kriegsgefangene mitteilte", "nach
  Angaben des ukrainischen Generalstabs", "nach Angaben des armenischen
  Außenministeriums", "Das russische Verteidigungsministerium meldete", fourteenth and
  twentieth); plural, anonymous and collective sources ("nach Angaben beider Seiten", "nach
  Angaben der Experten", "nach Angaben aus Regierungskreisen", "nach Angaben aus
  Sicherheitskreisen", "nach Kiewer Angaben", "nach eigenen Angaben", "nach Schätzungen von
  ...", "nach westlichen Schätzungen", "nach Informationen der dpa", "hieß es", "both sides
  said", "officials said", "Egyptian officials said", "diplomats said", "two people familiar
  with the talks said", "a source close to the Ukrainian delegation told Reuters"); a
  country or city as the source ("Kiew zufolge", "Ukraine says", eighty-fourth: "Israel
  says"); verbs that are not of saying ("Ossokin bestätigte, dass ...", sixty-eighth;
  "Außenministerin ... hat Wien ... angeboten", "Chefunterhändler ... hat ...
  ausgeschlossen"); New: the genitive "Nach Angaben Berberoğlus" stays unchecked, a form no
  earlier batch settled (the "nach Angaben von X" form gives X); rows without attribution
  and all negatives.
- Hedges, only the names in use: "rund", "etwa", "Rund", "about", "around", "roughly"
  "about"; "knapp", "fast", "almost" "nearly"; "mehr als", "gut", "more than" "over"; "just
  under", "fewer than" "under"; "mindestens", "at least", "At least" "at_least"; "bis zu",
  "up to" "up_to"; "jeweils", "auf jeder Seite", "each", "weitere", "more", "insgesamt",
  "bereits", "zuvor", "im Schnitt", "now", "still" no hedge.
- Check-worthy without a figure: points agreed and open, no date set for a presidents'
  meeting, no compromise on territory, Moscow's demand on Donetsk, a verbal message passed
  on, expert calls planned, cruise missiles used again, the mediators of the swap, Kyiv's
  refusal to withdraw and its negotiator's position, Germany's share of a force, Franco-
  British troop pledges ("mehrere Tausend"), the Istanbul talks, the topics in Cairo, the
  Vienna offer, no summit planned, the Russian army's claimed advance, a call confirmed, the
  Abu Dhabi agenda, the envoy's Berlin meeting, no NATO troops as a condition, the
  president's call with the envoy and its length written as "eine Stunde", the same facts
  in the English rows.
- Negatives, with no figure in any of them: quoted and Konjunktiv I rhetoric, resolve and
  propaganda, threats, evaluations and labels, a condemnation, appeals, a president's
  confidence without a figure, a no-comment line, an open question ("Ob die neue Dynamik
  trägt, ist offen."), the caveat that the figures cannot be verified ("Überprüfen ließen
  sich die Zahlen beider Seiten nicht.", "The Associated Press could not independently
  verify the figures."), a Reuters reporting credit.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_93 = [
    # === German =================================================================================
    # --- Moskau: fünfter Besuch des US-Gesandten im Kreml (dpa) ---
    ("de", "Moskau (dpa) - Der US-Sondergesandte Garrett Whitlow ist am Dienstag zum fünften Mal seit Jahresbeginn vom Kremlchef empfangen worden.", True, [("ordinal", 5, None, None)], None),
    ("de", "Nach fünfstündigen Gesprächen verließ Whitlow den Kreml kurz vor Mitternacht durch einen Seitenausgang, ohne sich zu äußern.", True, [("duration", 5, "hour", None)], None),
    ("de", "Grundlage der Unterredung war nach Angaben beider Seiten der überarbeitete 20-Punkte-Plan, den Washington und Kiew in der vergangenen Woche abgestimmt hatten.", True, [("count", 20, None, None)], None),
    ("de", "Über einige Punkte habe man sich verständigt, über andere nicht, sagte Kremlberater Kirill Lobanzew nach dem Treffen vor Journalisten.", True, [], "Kirill Lobanzew"),
    ("de", "Ungelöst sei weiterhin die Frage, wer künftig die Gebiete im Donbass kontrolliere, so Lobanzew.", True, [], "Lobanzew"),
    ("de", "„Bei 16 von 20 Punkten sind wir uns im Grundsatz einig“, sagte Lobanzew der Agentur Interfax.", True, [("count", 16, None, None), ("count", 20, None, None)], "Lobanzew"),
    ("de", "Lobanzew zufolge wurde kein Termin für eine Begegnung der Präsidenten Russlands und der Ukraine vereinbart.", True, [], "Lobanzew"),
    ("de", "Whitlow war in Begleitung des Unternehmers Nathan Brisco angereist, der bereits an drei früheren Gesprächsrunden in Moskau teilgenommen hatte.", True, [("count", 3, None, None)], None),
    ("de", "Vor dem Treffen hatte der Gesandte rund zwei Stunden lang mit dem russischen Investitionsbeauftragten Arkadi Smirnitski in einem Restaurant an der Moskwa gesprochen.", True, [("duration", 2, "hour", "about")], None),
    ("de", "Die Gespräche seien „nützlich und sehr konstruktiv“ gewesen, sagte Lobanzew.", False, [], None),
    ("de", "„Wir sind dem Frieden heute näher als vor einem Monat“, sagte Smirnitski dem Staatsfernsehen.", False, [], None),
    ("de", "Der Kremlchef und Whitlow hatten sich zuletzt Anfang Januar gesehen, damals dauerte die Unterredung knapp drei Stunden.", True, [("duration", 3, "hour", "nearly")], None),
    # --- Moskau: dieselbe Begegnung (APA/AFP) ---
    ("de", "Moskau (APA/AFP) - Nach mehr als fünf Stunden ist die Begegnung zwischen dem Kremlchef und dem US-Gesandten Garrett Whitlow am späten Dienstagabend zu Ende gegangen.", True, [("duration", 5, "hour", "over")], None),
    ("de", "Es war das fünfte Treffen der beiden seit Jahresbeginn.", True, [("ordinal", 5, None, None)], None),
    ("de", "Ein Kompromiss in der Territorialfrage sei noch nicht gefunden worden, sagte Kremlberater Kirill Lobanzow.", True, [], "Kirill Lobanzow"),
    ("de", "Moskau verlange nach wie vor, dass Kiew seine Soldaten vollständig aus dem Gebiet Donezk zurückziehe, fügte er hinzu.", True, [], None),
    ("de", "Kiew kontrolliert dort nach Schätzungen von Militärexperten noch etwa 5.000 Quadratkilometer.", True, [("count", 5000, None, "about")], None),
    ("de", "Russland hält insgesamt ein Fünftel des ukrainischen Staatsgebiets besetzt.", True, [("fraction", 0.2, None, None)], None),
    ("de", "Kremlsprecher Dmitrij Ossokin sagte am Mittwoch, der Präsident habe Whitlow eine mündliche Botschaft an den US-Präsidenten mitgegeben.", True, [], "Dmitrij Ossokin"),
    ("de", "Über deren Inhalt wolle man sich öffentlich nicht äußern, so Ossokin.", False, [], None),
    ("de", "Ossokin zufolge sind in den kommenden Tagen Telefonate auf Expertenebene geplant.", True, [], "Ossokin"),
    ("de", "„Eile ist bei so ernsten Fragen fehl am Platz“, sagte der Kremlsprecher.", False, [], None),
    # --- Kiew: Angriffe in der Nacht (dpa) ---
    ("de", "Kiew (dpa) - Noch während der Gespräche in Moskau hat Russland die Ukraine in der Nacht mit 137 Drohnen und sieben ballistischen Raketen angegriffen.", True, [("count", 137, None, None), ("count", 7, None, None)], None),
    ("de", "Davon wurden nach Angaben der Luftwaffe 112 Drohnen und vier Raketen abgefangen oder durch elektronische Abwehr ausgeschaltet.", True, [("count", 112, None, None), ("count", 4, None, None)], "die Luftwaffe"),
    ("de", "Die übrigen Flugkörper schlugen an 14 Orten ein, hieß es.", True, [("count", 14, None, None)], None),
    ("de", "In der Stadt Dnipro wurden nach Angaben von Gouverneur Wadym Horbatsch mindestens drei Menschen getötet und 22 verletzt.", True, [("count", 3, None, "at_least"), ("count", 22, None, None)], "Wadym Horbatsch"),
    ("de", "Unter den Verletzten sei ein acht Jahre alter Junge, schrieb Horbatsch auf Telegram.", True, [("duration", 8, "year", None)], "Horbatsch"),
    ("de", "Ein neunstöckiges Wohnhaus im Zentrum wurde schwer beschädigt, rund 60 Wohnungen sind unbewohnbar.", True, [("count", 9, None, None), ("count", 60, None, "about")], None),
    ("de", "Es war der vierte Großangriff auf die Region in diesem Monat.", True, [("ordinal", 4, None, None)], None),
    ("de", "Luftwaffensprecher Wolodymyr Kowtun sagte, die russische Armee habe erstmals seit Wochen wieder Marschflugkörper vom Typ Kalibr eingesetzt.", True, [], "Wolodymyr Kowtun"),
    ("de", "„Während sie in Moskau vom Frieden reden, schießen sie auf unsere Kinder“, schrieb Außenminister Andrij Sawtschuk auf X.", False, [], None),
    ("de", "Die EU-Kommission verurteilte den Angriff als „barbarisch und zynisch“.", False, [], None),
    ("de", "Überprüfen ließen sich die Zahlen beider Seiten nicht.", False, [], None),
    # --- Genf: Militärexperten (Keystone-SDA) ---
    ("de", "Genf (Keystone-SDA) - In Genf haben am Dienstag Militärexperten aus Russland und der Ukraine zum dritten Mal über einen Mechanismus zur Überwachung einer Waffenruhe beraten.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Sitzung in den Räumen der Schweizer UNO-Mission dauerte knapp vier Stunden, wie das EDA mitteilte.", True, [("duration", 4, "hour", "nearly")], "das EDA"),
    ("de", "Laut dem Entwurf sollen rund 1300 unbewaffnete Beobachter entlang der Kontaktlinie stationiert werden.", True, [("count", 1300, None, "about")], None),
    ("de", "Die Kontaktlinie ist nach Angaben der Experten gut 1200 Kilometer lang.", True, [("count", 1200, None, "over")], None),
    ("de", "EDA-Sprecherin Nadine Aebischer sagte, die Schweiz habe für die Treffen bisher rund 2,4 Millionen Franken aufgewendet.", True, [("money", 2400000, "CHF", "about")], "Nadine Aebischer"),
    ("de", "Eine vierte Runde sei für Anfang März in Aussicht genommen, sagte Aebischer.", True, [("ordinal", 4, None, None)], "Aebischer"),
    ("de", "«Der Weg ist lang, aber jeder Schritt zählt», sagte Aebischer.", False, [], None),
    # --- Gefangenenaustausch (AFP) ---
    ("de", "Moskau (AFP) - Am Dienstag haben Moskau und Kiew wieder Gefangene ausgetauscht, auf jeder Seite kamen 157 Soldaten frei.", True, [("count", 157, None, None)], None),
    ("de", "Es war der 69. Austausch seit Kriegsbeginn, wie der ukrainische Koordinierungsstab für Kriegsgefangene mitteilte.", True, [("ordinal", 69, None, None)], None),
    ("de", "Unter den Freigelassenen seien 31 Verteidiger von Mariupol, die seit fast vier Jahren in Gefangenschaft gewesen seien, so Ombudsfrau Oksana Hrebenjuk.", True, [("count", 31, None, None), ("duration", 4, "year", "nearly")], "Oksana Hrebenjuk"),
    ("de", "Außerdem übergab Moskau die sterblichen Überreste von 1.000 gefallenen Soldaten, Kiew im Gegenzug 24.", True, [("count", 1000, None, None), ("count", 24, None, None)], None),
    ("de", "Vermittelt hatten nach Angaben des Präsidialamts in Kiew die Vereinigten Arabischen Emirate und Katar.", True, [], "das Präsidialamt"),
    ("de", "Das russische Verteidigungsministerium meldete ebenfalls 157 heimgekehrte Soldaten.", True, [("count", 157, None, None)], None),
    ("de", "Nach Schätzungen von Menschenrechtlern sitzen noch rund 7.500 Ukrainer in russischer Haft, unter ihnen etwa 1.600 Zivilisten.", True, [("count", 7500, None, "about"), ("count", 1600, None, "about")], None),
    ("de", "„Heute haben wir 157 unserer Leute zurückgeholt, 31 davon aus Mariupol“, sagte Hrebenjuk.", True, [("count", 157, None, None), ("count", 31, None, None)], "Hrebenjuk"),
    ("de", "„Jeder Austausch ist ein kleines Wunder“, sagte die Ombudsfrau.", False, [], None),
    # --- Kiew: Chefunterhändler zur Gebietsfrage (Reuters) ---
    ("de", "Kiew (Reuters) - Der ukrainische Chefunterhändler Mykola Hordijenko hat einen Rückzug aus dem Donbass als Teil eines Abkommens erneut ausgeschlossen.", True, [], None),
    ("de", "Die Ukraine werde kein Gebiet räumen, das ihre Truppen noch hielten, sagte Hordijenko am Dienstag in Kiew vor Journalisten.", True, [], "Hordijenko"),
    ("de", "Russland hält derzeit rund 19 Prozent des ukrainischen Staatsgebiets besetzt, die Krim eingeschlossen.", True, [("percent", 19, "%", "about")], None),
    ("de", "Das ist knapp ein Fünftel des Landes.", True, [("fraction", 0.2, None, "nearly")], None),
    ("de", "Im Gebiet Donezk kontrolliert die Ukraine nach eigenen Angaben noch etwa 22 Prozent der Fläche.", True, [("percent", 22, "%", "about")], None),
    ("de", "Hordijenko zufolge sieht der 20-Punkte-Plan vor, die Front an der derzeitigen Linie einzufrieren.", True, [("count", 20, None, None)], "Hordijenko"),
    ("de", "Über eine entmilitarisierte Zone von bis zu 40 Kilometern Breite könne man reden, sagte er.", True, [("count", 40, None, "up_to")], None),
    ("de", "Ein Referendum über das Abkommen sei binnen 60 Tagen nach der Unterzeichnung möglich.", True, [("duration", 60, "day", None)], None),
    ("de", "Drei Viertel der Ukrainer lehnen Gebietsabtretungen ab, wie eine im Februar veröffentlichte Erhebung Kiewer Soziologen zeigt.", True, [("fraction", 0.75, None, None)], None),
    ("de", "„Unser Land ist keine Verhandlungsmasse“, sagte Hordijenko.", False, [], None),
    ("de", "Die Ukraine kämpfe auch für die Freiheit Europas, fügte Hordijenko hinzu.", False, [], None),
    # --- Berlin: Schalte zu Sicherheitsgarantien (dpa) ---
    ("de", "Berlin (dpa) - Vertreter von 26 Staaten haben am Dienstag per Videokonferenz über Sicherheitsgarantien für die Ukraine beraten.", True, [("count", 26, None, None)], None),
    ("de", "Die Schalte dauerte nach Angaben aus Regierungskreisen etwa anderthalb Stunden.", True, [("duration", 1.5, "hour", "about")], None),
    ("de", "Im Gespräch ist eine multinationale Truppe mit bis zu 25.000 Soldaten, die erst nach einem Waffenstillstand entsandt würde.", True, [("count", 25000, None, "up_to")], None),
    ("de", "Deutschland werde sich vor allem an der Luftverteidigung und an der Ausbildung beteiligen, sagte Regierungssprecherin Katrin Weyand.", True, [], "Katrin Weyand"),
    ("de", "Dafür seien im Haushalt 2026 zusätzlich 1,5 Milliarden Euro eingeplant, so Weyand.", True, [("year", 2026, None, None), ("money", 1500000000, "EUR", None)], "Weyand"),
    ("de", "Frankreich und Großbritannien haben zugesagt, jeweils mehrere Tausend Soldaten bereitzustellen.", True, [], None),
    ("de", "Die Teilnehmer forderten Moskau auf, einer bedingungslosen Waffenruhe zuzustimmen.", False, [], None),
    ("de", "„Europa muss jetzt liefern, nicht reden“, sagte Weyand.", False, [], None),
    # --- Istanbul: Schifffahrt im Schwarzen Meer (AFP) ---
    ("de", "Istanbul (AFP) - In Istanbul haben Delegationen Russlands und der Ukraine unter türkischer Vermittlung über die sichere Schifffahrt im Schwarzen Meer verhandelt.", True, [], None),
    ("de", "Es war das zweite Treffen dieser Art binnen drei Wochen, sagte der Sprecher des türkischen Außenministeriums, Oktay Berberoğlu.", True, [("ordinal", 2, None, None), ("duration", 3, "week", None)], "Oktay Berberoğlu"),
    ("de", "Nach Angaben Berberoğlus wurde eine 30-tägige Waffenruhe auf See für Handelsschiffe erörtert.", True, [("duration", 30, "day", None)], None),
    ("de", "Seit Jahresbeginn haben ukrainische Häfen mehr als 41 Millionen Tonnen Getreide und andere Güter verschifft.", True, [("count", 41000000, None, "over")], None),
    ("de", "Bei Angriffen auf Odessa und Ismajil wurden in den vergangenen zwei Monaten nach Kiewer Angaben 23 Handelsschiffe beschädigt.", True, [("duration", 2, "month", None), ("count", 23, None, None)], None),
    ("de", "„Das Schwarze Meer darf kein Schlachtfeld bleiben“, sagte Berberoğlu.", False, [], None),
    # --- Kairo: Gaza, zweite Phase (dpa) ---
    ("de", "Kairo (dpa) - Unterhändler Israels und der Hamas sind in Kairo zu indirekten Gesprächen über die zweite Phase der Waffenruhe im Gazastreifen zusammengekommen.", True, [("ordinal", 2, None, None)], None),
    ("de", "Die ägyptischen Vermittler pendelten nach Angaben aus Sicherheitskreisen zwischen zwei Hotels in der Innenstadt.", True, [("count", 2, None, None)], None),
    ("de", "Es gehe um die Entwaffnung der Hamas, den weiteren Rückzug der israelischen Armee und eine internationale Stabilisierungstruppe, sagte der ägyptische Außenamtssprecher Tarek Fawzi.", True, [], "Tarek Fawzi"),
    ("de", "Israels Armee kontrolliert nach eigenen Angaben derzeit rund 53 Prozent des Küstenstreifens.", True, [("percent", 53, "%", "about")], None),
    ("de", "Seit Beginn der Waffenruhe vor 131 Tagen wurden nach Angaben der Gesundheitsbehörde in Gaza mehr als 500 Palästinenser getötet.", True, [("duration", 131, "day", None), ("count", 500, None, "over")], "die Gesundheitsbehörde"),
    ("de", "Im ersten Schritt hatte die Hamas alle 17 noch lebenden Geiseln freigelassen, Israel im Gegenzug fast 1.800 palästinensische Häftlinge.", True, [("ordinal", 1, None, None), ("count", 17, None, None), ("count", 1800, None, "nearly")], None),
    ("de", "Vereinbart sind 600 Hilfslastwagen pro Tag, tatsächlich kämen im Schnitt knapp 300 an, teilte das UN-Nothilfebüro mit.", True, [("count", 600, None, None), ("count", 300, None, "nearly")], "das UN-Nothilfebüro"),
    ("de", "„Die Waffen des Widerstands stehen nicht zur Verhandlung“, hieß es in einer Erklärung der Hamas.", False, [], None),
    ("de", "Die Bundesregierung rief beide Seiten auf, die Vereinbarung vollständig umzusetzen.", False, [], None),
    # --- Wien: Angebot als Verhandlungsort (APA) ---
    ("de", "Wien (APA) - Außenministerin Elisabeth Hartlieb hat Wien erneut als Verhandlungsort für Gespräche zwischen Russland und der Ukraine angeboten.", True, [], None),
    ("de", "Österreich habe beiden Seiten bereits zweimal Räumlichkeiten in der Hofburg zur Verfügung gestellt, sagte Hartlieb im Ö1-Morgenjournal.", True, [("count", 2, None, None)], "Hartlieb"),
    ("de", "Zuletzt hatten sich im Jänner Fachleute beider Länder drei Tage lang in Wien über die Rückkehr von Zivilisten beraten.", True, [("duration", 3, "day", None)], None),
    ("de", "Das Außenministerium stockt seine humanitäre Hilfe für die Ukraine heuer um 12 Millionen auf 45 Millionen Euro auf.", True, [("money", 12000000, "EUR", None), ("money", 45000000, "EUR", None)], None),
    ("de", "„Neutralität heißt nicht Gleichgültigkeit“, sagte Hartlieb.", False, [], None),
    ("de", "Die FPÖ kritisierte das Angebot als „außenpolitische Wichtigtuerei“.", False, [], None),
    # --- Moskau: Kreml weist Gipfelberichte zurück (Reuters) ---
    ("de", "Moskau (Reuters) - Der Kreml hat Berichte über einen bevorstehenden Dreiergipfel mit den Präsidenten der USA und der Ukraine zurückgewiesen.", True, [("count", 3, None, None)], None),
    ("de", "Ein solches Treffen sei im Moment kein Thema, sagte Kremlsprecher Dmitri Ossokin in seiner täglichen Telefonkonferenz.", True, [], "Dmitri Ossokin"),
    ("de", "Zunächst müssten die Unterhändler die verbleibenden sieben Streitpunkte klären.", True, [("count", 7, None, None)], None),
    ("de", "Moskau habe seit Jahresbeginn 14 Vorschläge aus Washington geprüft, keiner davon sei abschließend beantwortet.", True, [("count", 14, None, None)], None),
    ("de", "Die russische Armee rücke an allen Frontabschnitten vor, sagte der Kremlsprecher.", True, [], None),
    ("de", "Die Ziele der militärischen Spezialoperation würden so oder so erreicht, so Ossokin.", False, [], None),
    ("de", "Auf die Frage nach einer Frist aus Washington sagte Ossokin, Ultimaten seien „nicht die Sprache, in der man mit Russland spricht“.", False, [], None),
    ("de", "Ossokin bestätigte, dass der Präsident am Donnerstag mit dem türkischen Staatschef telefonieren werde.", True, [], None),
    # --- Moskau: ukrainische Drohnen über Russland (dpa) ---
    ("de", "Moskau (dpa) - Die russische Flugabwehr hat nach Angaben des Verteidigungsministeriums in der Nacht 89 ukrainische Drohnen abgeschossen.", True, [("count", 89, None, None)], "das Verteidigungsministerium"),
    ("de", "Davon seien 31 über dem Gebiet Brjansk und 17 über der Region Moskau zerstört worden.", True, [("count", 31, None, None), ("count", 17, None, None)], None),
    ("de", "Der Flughafen Scheremetjewo stellte den Betrieb für etwa zweieinhalb Stunden ein, 46 Flüge hatten Verspätung.", True, [("duration", 2.5, "hour", "about"), ("count", 46, None, None)], None),
    ("de", "In Belgorod wurde nach Angaben von Gouverneur Jewgeni Sabolotny ein Mann getötet, vier weitere erlitten Verletzungen.", True, [("count", 4, None, None)], "Jewgeni Sabolotny"),
    ("de", "Ein Umspannwerk sei getroffen worden, rund 38.000 Menschen seien ohne Strom, schrieb Sabolotny auf Telegram.", True, [("count", 38000, None, "about")], "Sabolotny"),
    ("de", "Das Verteidigungsministerium sprach von einem „terroristischen Angriff des Kiewer Regimes“.", False, [], None),
    ("de", "Der Kreml nannte die Angriffe einen Versuch, die Verhandlungen zu torpedieren.", False, [], None),
    # --- Brüssel: EU-Außenminister (AFP) ---
    ("de", "Brüssel (AFP) - Die EU-Außenminister haben am Dienstag über das 20. Sanktionspaket gegen Russland beraten, eine Einigung gab es nicht.", True, [("ordinal", 20, None, None)], None),
    ("de", "Das Paket sieht unter anderem Strafmaßnahmen gegen weitere 120 Tanker der sogenannten Schattenflotte vor.", True, [("count", 120, None, None)], None),
    ("de", "Die Slowakei blockiert die Beschlüsse, weil sie Ausnahmen für Gaslieferungen bis 2028 verlangt.", True, [("year", 2028, None, None)], None),
    ("de", "Die EU-Außenbeauftragte Mari Soosaar sagte, die Union stelle der Ukraine in diesem Jahr Militärhilfe von mindestens 18 Milliarden Euro bereit.", True, [("money", 18000000000, "EUR", "at_least")], "Mari Soosaar"),
    ("de", "Rund zwei Drittel davon stammten aus Zinserträgen eingefrorener russischer Vermögen, so Soosaar.", True, [("fraction", 0.6667, None, "about")], "Soosaar"),
    ("de", "„Russland versteht nur die Sprache der Stärke“, sagte Soosaar.", False, [], None),
    ("de", "Ungarns Außenminister nannte die Sanktionen erneut „wirkungslos und schädlich für Europa“.", False, [], None),
    # --- Abu Dhabi: Militärgespräche (dpa) ---
    ("de", "Abu Dhabi (dpa) - In Abu Dhabi haben am Dienstag Militärvertreter der USA, Russlands und der Ukraine ihre Gespräche fortgesetzt, es war die vierte Runde in diesem Format.", True, [("ordinal", 4, None, None)], None),
    ("de", "Die Delegationen berieten nach Angaben des ukrainischen Generalstabs gut sechs Stunden lang.", True, [("duration", 6, "hour", "over")], None),
    ("de", "Gegenstand waren der Verlauf einer möglichen Pufferzone und die Überwachung einer Waffenruhe aus der Luft.", True, [], None),
    ("de", "Die Ukraine schlägt nach Informationen der dpa eine Zone von 15 Kilometern auf jeder Seite der Front vor, Russland verlangt 30.", True, [("count", 15, None, None), ("count", 30, None, None)], None),
    ("de", "Der US-Heeresstaatssekretär Colin Markwell sprach von „echten Fortschritten“.", False, [], None),
    ("de", "Eine fünfte Runde ist für die kommende Woche geplant.", True, [("ordinal", 5, None, None)], None),
    ("de", "Die Emirate hatten zuvor bereits 17 Gefangenenaustausche zwischen beiden Ländern vermittelt.", True, [("count", 17, None, None)], None),
    # --- Washington: Weißes Haus (dpa) ---
    ("de", "Washington (dpa) - Der US-Präsident hat sich zuversichtlich gezeigt, dass ein Abkommen über ein Ende des Kriegs noch in diesem Monat unterzeichnet werden kann.", False, [], None),
    ("de", "Man sei „sehr, sehr nah dran“, sagte er vor Journalisten im Weißen Haus.", False, [], None),
    ("de", "Nach Angaben des Weißen Hauses hat der Präsident seit seinem Amtsantritt elfmal mit dem Kremlchef telefoniert.", True, [("count", 11, None, None)], "das Weiße Haus"),
    ("de", "Außenamtssprecherin Dana Coltrane sagte, Whitlow werde am Donnerstag in Berlin mit Vertretern der Ukraine und der E3-Staaten zusammentreffen.", True, [], "Dana Coltrane"),
    ("de", "Der Kongress hatte im Dezember ein Hilfspaket von 12 Milliarden Dollar für die Ukraine gebilligt.", True, [("money", 12000000000, "USD", None)], None),
    ("de", "Die USA würden ein Abkommen nicht um jeden Preis unterschreiben, betonte Coltrane.", False, [], None),
    # --- Hintergrund: Chronik der Verhandlungen (dpa) ---
    ("de", "Berlin (dpa) - Seit Beginn der Bemühungen um eine Waffenruhe haben sich Unterhändler beider Seiten mehr als ein Dutzend Mal getroffen.", True, [("count", 12, None, "over")], None),
    ("de", "Die erste direkte Begegnung seit 2022 fand im Frühjahr in Istanbul statt und dauerte knapp 100 Minuten.", True, [("ordinal", 1, None, None), ("year", 2022, None, None), ("duration", 100, "minute", "nearly")], None),
    ("de", "Im Sommer folgten zwei weitere Runden, bei denen vor allem der Austausch von Gefangenen vereinbart wurde.", True, [("count", 2, None, None)], None),
    ("de", "Im November legte Washington einen 28-Punkte-Entwurf vor, der nach Protesten aus Kiew und Europa auf 20 Punkte gekürzt wurde.", True, [("count", 28, None, None), ("count", 20, None, None)], None),
    ("de", "Russland hat seit Februar 2022 nach westlichen Schätzungen mehr als eine Million Soldaten verloren, Tote und Verwundete zusammengerechnet.", True, [("year", 2022, None, None), ("count", 1000000, None, "over")], None),
    ("de", "Ob die neue Dynamik trägt, ist offen.", False, [], None),
    # --- Eriwan: Friedensvertrag im Südkaukasus (AFP) ---
    ("de", "Eriwan (AFP) - Armenien und Aserbaidschan haben bei Gesprächen in Abu Dhabi die Arbeit an einem Friedensvertrag mit 19 Artikeln abgeschlossen.", True, [("count", 19, None, None)], None),
    ("de", "Die Außenminister beider Länder verhandelten nach Angaben des armenischen Außenministeriums zwei Tage lang.", True, [("duration", 2, "day", None)], None),
    ("de", "Der Vertrag soll innerhalb von 90 Tagen unterzeichnet werden, sagte die armenische Außenamtssprecherin Ani Ghukasjan.", True, [("duration", 90, "day", None)], "Ani Ghukasjan"),
    ("de", "Die beiden Nachbarn führten seit dem Zerfall der Sowjetunion zwei Kriege um Berg-Karabach.", True, [("count", 2, None, None)], None),
    ("de", "Die gemeinsame Grenze ist rund 1.000 Kilometer lang, nur ein kleiner Teil davon ist markiert.", True, [("count", 1000, None, "about")], None),
    ("de", "„Ein historischer Tag für den Südkaukasus“, schrieb Ghukasjan auf X.", False, [], None),
    # --- Kiew: Feuerpause für Energieanlagen (APA/dpa) ---
    ("de", "Kiew (APA/dpa) - Die Ukraine hat Russland eine Feuerpause für Angriffe auf Energieanlagen für die Dauer von 30 Tagen angeboten.", True, [("duration", 30, "day", None)], None),
    ("de", "Das Angebot gelte ab dem 1. März, sofern Moskau ebenfalls zustimme, sagte Energieminister Taras Wowtschuk.", True, [("date", "--03-01", None, None)], "Taras Wowtschuk"),
    ("de", "Seit Oktober seien mehr als 60 Prozent der Kraftwerkskapazität beschädigt oder zerstört worden, so Wowtschuk.", True, [("percent", 60, "%", "over")], "Wowtschuk"),
    ("de", "Im Großraum Kiew gibt es derzeit täglich bis zu 16 Stunden lang keinen Strom.", True, [("duration", 16, "hour", "up_to")], None),
    ("de", "Ein ähnliches Moratorium hatte im Frühjahr 2025 nur wenige Wochen gehalten.", True, [("year", 2025, None, None)], None),
    # --- Moskau: Bedingungen des Außenministeriums (Reuters) ---
    ("de", "Moskau (Reuters) - Russland verlangt für ein Abkommen die Aufhebung von mindestens einem Drittel der westlichen Sanktionen, sagte Vizeaußenminister Grigori Lanskoi der Agentur Interfax.", True, [("fraction", 0.3333, None, "at_least")], "Grigori Lanskoi"),
    ("de", "Zudem dürften keine Soldaten von Nato-Staaten in der Ukraine stationiert werden, fügte Lanskoi hinzu.", True, [], "Lanskoi"),
    ("de", "Die Nato werde ihre Expansion nach Osten nie freiwillig aufgeben, sagte Lanskoi.", False, [], None),
    ("de", "Der Rubel legte nach den Berichten über Fortschritte um 1,4 Prozent auf 78,40 je Dollar zu.", True, [("percent", 1.4, "%", None), ("money", 78.4, "RUB", None)], None),
    ("de", "Der Moskauer Leitindex schloss 2,3 Prozent höher, so stark wie seit vier Monaten nicht.", True, [("percent", 2.3, "%", None), ("duration", 4, "month", None)], None),
    # --- Kiew: Telefonat mit dem Gesandten (dpa) ---
    ("de", "Kiew (dpa) - Der ukrainische Präsident hat nach dem Treffen in Moskau mit dem US-Gesandten Garret Whitlow telefoniert.", True, [], None),
    ("de", "Das Gespräch habe eine Stunde gedauert, teilte sein Büro mit.", True, [], "sein Büro"),
    ("de", "In seiner abendlichen Videoansprache sagte der Präsident, Kiew habe Washington eine überarbeitete Fassung von drei Punkten des Plans übermittelt.", True, [("count", 3, None, None)], None),
    ("de", "Die Ukraine habe in diesem Krieg mehr als 46.000 Soldaten verloren, sagte er.", True, [("count", 46000, None, "over")], None),
    ("de", "„Wir wollen Frieden, aber keinen Frieden um jeden Preis“, sagte der Präsident.", False, [], None),
    ("de", "„Die Ukraine wird niemals kapitulieren“, schrieb er später auf Telegram.", False, [], None),
    # --- Rom: Gesandter des Papstes in Moskau (KNA) ---
    ("de", "Rom (KNA) - Der päpstliche Sondergesandte Kardinal Emilio Zanardi ist zu einem dreitägigen Besuch in Moskau eingetroffen.", True, [("duration", 3, "day", None)], None),
    ("de", "Es ist bereits seine dritte Reise nach Russland seit dem Sommer 2023.", True, [("ordinal", 3, None, None), ("year", 2023, None, None)], None),
    ("de", "Durch Vermittlung des Vatikans seien bisher 87 ukrainische Kinder zu ihren Familien zurückgekehrt, sagte Vatikansprecher Matteo Broglia.", True, [("count", 87, None, None)], "Matteo Broglia"),
    ("de", "Kiew zufolge wurden seit Kriegsbeginn rund 19.500 Kinder nach Russland oder in besetzte Gebiete verschleppt.", True, [("count", 19500, None, "about")], None),
    ("de", "„Jedes Kind, das heimkehrt, ist ein Zeichen der Hoffnung“, sagte Zanardi.", False, [], None),
    ("de", "Der Papst rief erneut zu einem „gerechten und dauerhaften Frieden“ auf.", False, [], None),
    # === English ================================================================================
    # --- Moscow: envoy's fifth Kremlin meeting (Reuters) ---
    ("en", "MOSCOW, Feb 17 (Reuters) - U.S. envoy Garrett Whitlow held more than five hours of talks with Russia's president in the Kremlin on Tuesday, their fifth meeting this year.", True, [("date", "--02-17", None, None), ("duration", 5, "hour", "over"), ("ordinal", 5, None, None)], None),
    ("en", "The talks focused on a revised 20-point plan that Washington drew up with Kyiv after Ukraine and European governments objected to an earlier 28-point draft.", True, [("count", 20, None, None), ("count", 28, None, None)], None),
    ("en", "Kremlin aide Kirill Lobantsev told reporters that some proposals were acceptable to Moscow while others were not, and that no compromise on territory had been found.", True, [], "Kirill Lobantsev"),
    ("en", "Lobantsev said the two sides had not discussed a date for a meeting between the Russian and Ukrainian presidents.", True, [("count", 2, None, None)], "Lobantsev"),
    ("en", "\"We agree in principle on 16 of the 20 points,\" Lobantsev told Interfax.", True, [("count", 16, None, None), ("count", 20, None, None)], "Lobantsev"),
    ("en", "Whitlow, a property developer with no diplomatic experience, has met Russia's leader more often than any other Western envoy since 2022.", True, [("year", 2022, None, None)], None),
    ("en", "\"We are not in a hurry,\" Lobantsev said.", False, [], None),
    ("en", "The talks were \"useful, substantive and very frank,\" Kremlin spokesman Dmitry Osokin said on Wednesday.", False, [], None),
    ("en", "Osokin said the Kremlin expected Whitlow to brief the U.S. president by phone within 24 hours.", True, [("duration", 24, "hour", None)], "Osokin"),
    # --- Kyiv: overnight attack (AP) ---
    ("en", "KYIV, Ukraine (AP) — Russia fired 137 drones and seven ballistic missiles at Ukraine overnight as the envoy sat in the Kremlin, Ukraine's air force said Wednesday.", True, [("count", 137, None, None), ("count", 7, None, None)], "Ukraine's air force"),
    ("en", "Of those, 112 drones and four missiles were downed or electronically jammed, it said.", True, [("count", 112, None, None), ("count", 4, None, None)], None),
    ("en", "At least three people were killed and 22 wounded in the city of Dnipro, regional Gov. Vadym Horbach said.", True, [("count", 3, None, "at_least"), ("count", 22, None, None)], "Vadym Horbach"),
    ("en", "An 8-year-old boy was among the injured, Horbach said on Telegram.", True, [("duration", 8, "year", None)], "Horbach"),
    ("en", "It was the fourth large-scale attack on the region this month.", True, [("ordinal", 4, None, None)], None),
    ("en", "\"They talk peace in Moscow and kill children in Dnipro,\" Foreign Minister Andriy Savchuk wrote on X.", False, [], None),
    ("en", "The Associated Press could not independently verify the figures.", False, [], None),
    # --- Kyiv: prisoner swap (Reuters) ---
    ("en", "KYIV, Feb 17 (Reuters) - Russia and Ukraine each handed back 157 captured soldiers on Tuesday in an exchange mediated by the Emirates and Qatar, both sides said.", True, [("date", "--02-17", None, None), ("count", 157, None, None)], None),
    ("en", "Tuesday's swap was the 69th since Moscow launched its invasion in February 2022, Ukraine's military intelligence agency said.", True, [("ordinal", 69, None, None), ("year", 2022, None, None)], "Ukraine's military intelligence agency"),
    ("en", "Ombudswoman Oksana Hrebeniuk said 31 of those released had been held for almost four years.", True, [("count", 31, None, None), ("duration", 4, "year", "nearly")], "Oksana Hrebeniuk"),
    ("en", "Russia also returned the bodies of 1,000 soldiers, and Ukraine handed over 24, officials said.", True, [("count", 1000, None, None), ("count", 24, None, None)], None),
    ("en", "\"Every single one of them is a hero,\" Hrebeniuk said.", False, [], None),
    # --- Geneva: monitoring talks (Reuters) ---
    ("en", "GENEVA, Feb 17 (Reuters) - Russian and Ukrainian military experts met in Geneva for a third time on Tuesday to work on a mechanism for monitoring a ceasefire, Switzerland's foreign ministry said.", True, [("date", "--02-17", None, None), ("ordinal", 3, None, None)], "Switzerland's foreign ministry"),
    ("en", "The draft under discussion foresees about 1,300 unarmed observers along a front line that runs for more than 1,200 km, two people familiar with the talks said.", True, [("count", 1300, None, "about"), ("count", 1200, None, "over"), ("count", 2, None, None)], None),
    ("en", "Switzerland has spent roughly 2.4 million Swiss francs hosting the talks so far, a foreign ministry spokeswoman said.", True, [("money", 2400000, "CHF", "about")], "a foreign ministry spokeswoman"),
    ("en", "Western diplomats said privately that a monitoring plan was of little use until the guns fell silent.", False, [], None),
    # --- Kyiv: territory (Reuters) ---
    ("en", "Moscow's forces now occupy about 19% of Ukrainian land, a figure that includes Crimea, seized in 2014.", True, [("percent", 19, "%", "about"), ("year", 2014, None, None)], None),
    ("en", "That is just under one-fifth of the country.", True, [("fraction", 0.2, None, "under")], None),
    ("en", "Ukraine still holds roughly 22% of the Donetsk region, including the cities of Kramatorsk and Sloviansk.", True, [("percent", 22, "%", "about")], None),
    ("en", "Chief negotiator Mykola Hordiyenko told Reuters that Kyiv would not withdraw from land its troops still held.", True, [], "Mykola Hordiyenko"),
    ("en", "He said a demilitarised zone up to 40 km wide could be discussed.", True, [("count", 40, None, "up_to")], None),
    ("en", "In a survey published this month by Kyiv sociologists, 75% of Ukrainians said they rejected any territorial concessions.", True, [("percent", 75, "%", None)], None),
    ("en", "\"Our land is not a bargaining chip,\" Hordiyenko said.", False, [], None),
    # --- Cairo: Gaza ceasefire (AP) ---
    ("en", "CAIRO (AP) — Israeli and Hamas negotiators began indirect talks in Cairo on Tuesday on the second phase of the Gaza ceasefire, Egyptian officials said.", True, [("ordinal", 2, None, None)], None),
    ("en", "Israel's military says it controls around 53% of the territory.", True, [("percent", 53, "%", "about")], "Israel's military"),
    ("en", "Gaza's Health Ministry says Israeli fire has killed more than 500 Palestinians since the truce began 131 days ago.", True, [("count", 500, None, "over"), ("duration", 131, "day", None)], "Gaza's Health Ministry"),
    ("en", "The deal provides for 600 aid trucks a day, but the U.N. says fewer than 300 have entered on an average day.", True, [("count", 600, None, None), ("count", 300, None, "under")], "the U.N."),
    ("en", "Egyptian Foreign Ministry spokesman Tarek Fawzy said the talks covered Hamas' disarmament, a further Israeli pullback and an international stabilization force.", True, [], "Tarek Fawzy"),
    ("en", "\"The weapons of the resistance are not up for negotiation,\" Hamas said in a statement.", False, [], None),
    ("en", "The White House urged both sides to \"finish the job.\"", False, [], None),
    # --- Washington (AP) ---
    ("en", "WASHINGTON (AP) — The president said Tuesday that a deal to end the war in Ukraine was \"very, very close,\" but he gave no timeline.", False, [], None),
    ("en", "He has spoken with Russia's leader by phone 11 times since taking office, according to the White House.", True, [("count", 11, None, None)], "the White House"),
    ("en", "State Department spokeswoman Dana Coltrane said Whitlow would meet Ukrainian and European officials in Berlin on Thursday.", True, [], "Dana Coltrane"),
    ("en", "Congress approved $12 billion in new aid for Ukraine in December.", True, [("money", 12000000000, "USD", None)], None),
    ("en", "\"We're not going to sign just anything,\" Coltrane said.", False, [], None),
    # --- Abu Dhabi: military talks (Reuters) ---
    ("en", "ABU DHABI, Feb 17 (Reuters) - Military officials from the United States, Russia and Ukraine held a fourth round of talks in Abu Dhabi on Tuesday, Ukraine's General Staff said.", True, [("date", "--02-17", None, None), ("ordinal", 4, None, None)], "Ukraine's General Staff"),
    ("en", "The talks lasted more than six hours and focused on a possible buffer zone, the General Staff said.", True, [("duration", 6, "hour", "over")], "the General Staff"),
    ("en", "Ukraine has proposed a zone of 15 km on either side of the front line, while Russia wants 30 km, a source close to the Ukrainian delegation told Reuters.", True, [("count", 15, None, None), ("count", 30, None, None)], None),
    ("en", "A fifth round is expected next week.", True, [("ordinal", 5, None, None)], None),
    ("en", "U.S. Army Secretary Colin Markwell hailed \"real progress.\"", False, [], None),
    # --- Moscow: drones over Russia (Reuters) ---
    ("en", "MOSCOW, Feb 17 (Reuters) - Russian air defences destroyed 89 Ukrainian drones overnight, including 17 over the Moscow region, the Defence Ministry said.", True, [("date", "--02-17", None, None), ("count", 89, None, None), ("count", 17, None, None)], "the Defence Ministry"),
    ("en", "Sheremetyevo airport suspended flights for about two and a half hours, delaying 46 departures.", True, [("duration", 2.5, "hour", "about"), ("count", 46, None, None)], None),
    ("en", "One man was killed in Belgorod, Governor Yevgeny Zabolotny said.", True, [("count", 1, None, None)], "Yevgeny Zabolotny"),
    # --- Brussels: sanctions (Reuters) ---
    ("en", "BRUSSELS, Feb 17 (Reuters) - EU foreign ministers failed on Tuesday to agree the bloc's 20th package of sanctions against Russia, which would target 120 more shadow fleet tankers.", True, [("date", "--02-17", None, None), ("ordinal", 20, None, None), ("count", 120, None, None)], None),
    ("en", "Slovakia is blocking the package until it gets an exemption for gas imports until 2028, diplomats said.", True, [("year", 2028, None, None)], None),
    ("en", "EU foreign policy chief Mari Soosaar said the bloc would provide at least 18 billion euros in military aid to Ukraine this year.", True, [("money", 18000000000, "EUR", "at_least")], "Mari Soosaar"),
    ("en", "\"Russia only understands strength,\" Soosaar told reporters.", False, [], None),
    # --- Yerevan: peace treaty (Reuters) ---
    ("en", "YEREVAN, Feb 17 (Reuters) - Armenia and Azerbaijan have finished work on a 19-article peace treaty after two days of talks in Abu Dhabi, Armenia's foreign ministry said.", True, [("date", "--02-17", None, None), ("count", 19, None, None), ("duration", 2, "day", None)], "Armenia's foreign ministry"),
    ("en", "Foreign ministry spokeswoman Ani Ghukasyan said the treaty should be signed within 90 days.", True, [("duration", 90, "day", None)], "Ani Ghukasyan"),
    # --- Moscow: markets (Reuters) ---
    ("en", "The rouble firmed 1.4% to 78.40 per dollar on reports of progress in the talks, its strongest level in four months.", True, [("percent", 1.4, "%", None), ("money", 78.4, "RUB", None), ("duration", 4, "month", None)], None),
    ("en", "The MOEX index closed 2.3% higher.", True, [("percent", 2.3, "%", None)], None),
    ("en", "(Reporting by Reuters; Writing by Anna Kirchner; Editing by Tom Haverly)", False, [], None),
    # --- Vatican envoy (AP) ---
    ("en", "VATICAN CITY (AP) — The pope's peace envoy, Cardinal Emilio Zanardi, arrived in Moscow on Tuesday for a three-day visit, his third trip to Russia since 2023.", True, [("duration", 3, "day", None), ("ordinal", 3, None, None), ("year", 2023, None, None)], None),
    ("en", "Vatican spokesman Matteo Broglia said 87 Ukrainian children had been reunited with their families through the Holy See's mediation.", True, [("count", 87, None, None)], "Matteo Broglia"),
    ("en", "Ukraine says about 19,500 children have been deported to Russia or occupied areas since the invasion began.", True, [("count", 19500, None, "about")], None),
    # --- Kyiv: energy truce offer (AP) ---
    ("en", "Ukraine offered Russia a 30-day halt to strikes on energy facilities starting March 1, Energy Minister Taras Vovchuk said.", True, [("duration", 30, "day", None), ("date", "--03-01", None, None)], "Taras Vovchuk"),
    ("en", "Vovchuk said more than 60% of the country's generating capacity had been damaged or destroyed since October.", True, [("percent", 60, "%", "over")], "Vovchuk"),
    ("en", "Some Kyiv districts are without power for up to 16 hours a day.", True, [("duration", 16, "hour", "up_to")], None),
    ("en", "A spokesman for the U.N. secretary-general urged Moscow and Kyiv to seize the moment.", False, [], None),
]
