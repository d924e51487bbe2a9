"""Hundred-and-seventy-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician is named: heads of state and government and other office-holders who would be
real people appear only by office ("der Bundeskanzler", "der US-Präsident", "der
Kremlchef", "der ukrainische Präsident", "der Premierminister", "Germany's chancellor",
"Russia's president", "the Russian leader", "the Prime Minister", "Ukraine's president"),
and the spokespeople, aides, envoys and ministers are invented, spelled as the German and
the English services transliterate them and, for Moscow's and Kyiv's voices, spelled
differently by the German services themselves: Jewgeni Sawjalow (dpa) / Jewgenij Sawjalow
(APA/AFP, APA) / Yevgeny Zavyalov (Reuters) / Yevgeniy Zavyalov (AP); Alewtina
Schtschegolewa (dpa) / Alewtina Schtschegoljowa (APA/AFP) / Alevtina Shchegoleva
(Reuters); Alexei Fedjunin (dpa) / Alexej Fedjunin (APA/AFP) / Alexei Fedyunin (Reuters) /
Aleksei Fedyunin (AP); Mychajlo Pidhirnyj (APA/dpa, dpa) / Mychailo Pidhirny (AFP German) /
Mykhailo Pidhirnyi (Reuters) / Mykhaylo Pidhirny (AP); Larysa Hordijenko / Larysa
Hordiienko; Oleh Tymtschyschyn / Oleh Tymchyshyn; further Cornelius Wehling, Annika
Strothmann, Florian Dressel, Henrike Lamprecht, Lukas Hainzl, Theresa Pammer, Dominique
Wyrsch, Séverine Chappuis, Danielle Porterfield, Russell Amesbury, Trent Halvorsen, and
every unnamed spokesman, spokeswoman, official and source "aus Regierungskreisen". Real
countries, cities, bodies, parties, papers and places ("Regierungspressekonferenz",
"Bundesregierung", "Auswärtiges Amt", "AA", "Finanzministerium", "Haushaltsausschuss des
Bundestages", "Linke", "Kreml", "Sicherheitsrat", "Agentur Interfax", "Präsidialamt",
"Bundesrat", "Landesregierung", "Staatssekretariat für Wirtschaft (Seco)", "Eidgenössisches
Departement für auswärtige Angelegenheiten (EDA)", "Kanton Genf", "SVP", "Grüne",
"Ministerrat", "Bundeskanzleramt", "Hofburg", "FPÖ", "Downing Street", "Weißes Haus",
"Vereinigte Arabische Emirate", "Ukrenergo", "Kiewer Internationales Institut für
Soziologie", "Istanbul", "Abu Dhabi", "Brüssel"; "the Kremlin", "Security Council",
"Downing Street", "No 10", "Parliament", "the Foreign Office", "the White House", "the State
Department", "the Hofburg palace", "KIIS") stand for the way wire copy names them; every
call, plan, point, share, sum, expulsion, exchange, poll, deadline and quote here is
invented, and where a real figure came to mind it was changed.

Its weight: REPORTED SPEECH CHAINS FROM PRESS BRIEFINGS - government spokespeople in Berlin
(the Regierungspressekonferenz), Vienna (the press foyer after the Ministerrat), Bern (the
Bundesratssprecher after the Federal Council's meeting, the EDA), Moscow (the Kremlin's
daily conference call, the foreign ministry's weekly briefing), Kyiv (the presidential
office, the foreign and energy ministries), London (the lobby briefing at Downing Street)
and Washington (the White House and State Department briefings) as the agencies file them,
a fictional but wire-realistic series over about three weeks of one autumn (late October to
mid-November) in story order, most briefings told first by a German service (dpa, APA,
APA/dpa, APA/AFP, AFP German, Reuters German, Keystone-SDA; Swiss "schliesst", "neusten",
"fliessen", "liess", "allfälliges", «» quotes, German „“ quotes) and then by an English one
(Reuters, AP, AFP, PA). About sixty per cent German: a chancellor's call with the U.S.
president told in a long run of Konjunktiv I after one attribution ("Das teilte
Regierungssprecher ... mit." then "Im Mittelpunkt habe ...", "Man sei bereit ..., es gebe
aber ...", "Der Kanzler habe ... zugesagt ..."), the Kremlin's verdict on a 20-point plan,
Kyiv's count of the same plan, Swiss sanctions and Geneva as a venue, Downing Street's
troops, the White House and its transcript, Vienna's summit offer and Moscow's refusal of
it, an expulsion of diplomats and the reply, a prisoner exchange, a budget for aid, an
ambassador summoned in London, the envoy's sixth Kremlin meeting and both sides' counts of
what was agreed, Swiss reconstruction aid, blackouts in Ukraine, U.S. sanctions, a European
12-point paper, the Kremlin's and Kyiv's replies, a poll and a revised U.S. plan. About
forty per cent English on the same briefings. Attributions as such copy runs them: in the
sentence itself ("sagte Kremlsprecher ...", "so Sawjalow", "so der Sprecher", "Sawjalow
zufolge", "Laut Schtschegoljowa", "Dem Sprecher zufolge", "hieß es aus dem Kreml", "hieß es
aus Regierungskreisen", "hieß es weiter", "teilte ... mit", "wie ... mitteilte", "nach
Angaben des Präsidialamts", "ergänzte", "betonte er", "told reporters on a conference call",
"told her weekly briefing", "told a regular briefing", "said, according to a transcript
released by the Kremlin", "sagte Porterfield laut einer vom Weißen Haus veröffentlichten
Mitschrift", "according to a transcript of the briefing", "according to a Kremlin tally"),
in the sentence before or after ("Das teilte ... mit.", "Das gab ... bekannt."), or only in
a neighbour (bare Konjunktiv I and "he said" rows). Numbers in words and compounds ("ein
knapp zweistündiges Telefonat, das dritte binnen eines Monats", "einstündigen",
"zweitägigen", "zwölfköpfige", "20-Punkte-Plan", "Zwölf-Punkte-Vorschlag", "dreimal", "zum
dritten Mal", "zum fünften Mal", "zum 71. Mal", "gut anderthalb Stunden", "ein Drittel",
"zwei Drittel", "ein Viertel", "knapp ein Fünftel", "die Hälfte davon", "a 12-point
counter-proposal", "a 12-member delegation", "a two-day summit", "three times", "the 71st
exchange", "just over an hour and a half", "a third of it", "about two-thirds", "Nearly a
fifth", "half of it", "Sixty-eight percent"), hedges and bounds ("mindestens", "höchstens",
"spätestens", "unterhalb von", "bis zu", "at most", "no later than", "below"), money in
euros, francs, pounds and dollars, ages, years and dates. Negatives as such copy has them:
Konjunktiv I atmosphere and readiness lines, no-comment and evasive answers, rhetoric and
slogans in quotes, accusations, a threat without a figure, labels by parties and by the
other side, a welcome, open questions and a forecast.

244 rows (149 German, 95 English), 55 negatives (32 German, 23 English), 189 check-worthy
rows of which 39 carry no figure (29 German, 10 English), 230 expected quantities (103
counts, 32 durations - 11 in hours, 8 in years, 4 in weeks, 4 in days, 3 in minutes, 2 in
months -, 24 ordinals, 20 dates, 20 fractions, 19 amounts of money - 9 EUR, 6 CHF, 2 GBP, 2
USD -, 7 years, 5 percentages - all in % -; none of them in a negative), 40 checked
speakers (24 German, 16 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position or a plan are check-worthy with the speaker their own
  attribution gives ("Etwa zwei Drittel des Textes seien für Moskau annehmbar, sagte
  Kremlsprecher Jewgeni Sawjalow ..." -> "Jewgeni Sawjalow"; "Ein Drittel davon entfalle auf
  die Luftverteidigung, sagte Strothmann." -> "Strothmann"; hundred-fortieth,
  hundred-forty-second, hundred-fifty-ninth), with the speaker unchecked after a role or a
  pronoun ("so der Regierungssprecher", "so der Sprecher", "so die Sprecherin", "so der
  Berater", "so die Ministerin", "sagte der Sprecher", "sagte der Kremlsprecher", "sagte er",
  "sagte sie", "fügte er hinzu", "he said", "she said", "he told reporters", "he added";
  thirty-seventh, hundred-fortieth) and unchecked when the attribution stands only in the
  sentence before or after ("Im Mittelpunkt habe der 20-Punkte-Plan ... gestanden.", "Eine
  Videokonferenz mit 14 Regierungschefs sei für Montag angesetzt.", "Man habe sich auf die
  Grundzüge von 14 der 20 Punkte verständigt.", "Es gebe aber bisher keine Zusage aus
  Moskau."; ninety-third and hundred-fifty-ninth: "without an attribution of its own") - the
  issue lets an extractor find the speaker in the neighbour, but a row alone has none to
  check. A row that is nothing but the attribution of its neighbours is check-worthy without
  a figure (hundred-thirty-second: "Das teilte die Statistik Austria am Mittwoch mit ..." ->
  "die Statistik Austria"; hundred-forty-second: "Das kündigte der ukrainische Präsident ...
  an"). New: "Das teilte Regierungssprecher Cornelius Wehling am Mittwoch in der
  Regierungspressekonferenz in Berlin mit." -> "Cornelius Wehling" - the body's form taken
  by a person, the title, the weekday, the briefing and the place dropped as after "sagte"
  (hundred-forty-second, hundred-fifty-first: "nach dem Ministerrat"). New: "Das gab
  Bundesratssprecher Dominique Wyrsch ... bekannt." and "Die stellvertretende
  Regierungssprecherin Annika Strothmann ergänzte, ..." leave the speaker unchecked -
  "gab ... bekannt" and "ergänzte" are verbs no earlier batch settled.
- Konjunktiv I atmosphere, readiness without a step, a no-comment line, a threat without a
  figure and an accusation are negatives even with a named speaker (hundred-fortieth,
  hundred-forty-second, hundred-fifty-ninth): "Man sei bereit, bei der Umsetzung
  Verantwortung zu übernehmen, es gebe aber noch erheblichen Gesprächsbedarf.", "Das
  Gespräch sei „in freundschaftlicher und offener Atmosphäre“ verlaufen, so Wehling.",
  "Verhandlungen über den Plan seien „kein Wunschkonzert“", "Zu Einzelheiten wolle er sich
  nicht äußern, fügte Sawjalow hinzu.", "Man stehe „jederzeit“ bereit, ...", "Das Angebot
  bleibe aufrecht, ...", "Es gebe aber „gewisse Fortschritte“ ...", "Das Gespräch sei
  „konstruktiv und inhaltsreich“ gewesen", "Die Bundesregierung betreibe ... eine „Politik
  der verbrannten Erde“", "Moskau behalte sich „weitere Schritte“ vor.", "Österreich sei als
  EU-Mitglied ... „kein neutraler Ort mehr“", "Die Zusage gelte „unabhängig vom Stand der
  Verhandlungen“, betonte er.", "Die Europäer versuchten, die Verhandlungen zu
  „torpedieren“". A condition stated as a position is check-worthy ("„Eine Waffenruhe ohne
  Einigung über die Gebiete wird es nicht geben“, sagte er." and its English twin;
  hundred-forty-second), as are a denial of a plan ("Ein Austausch von je 1.000 Gefangenen
  sei „derzeit kein Thema“"; hundred-forty-second: a denial that a claimed thing exists), a
  preference of venue ("Man bevorzuge Istanbul oder Abu Dhabi, hieß es aus dem Kreml."), a
  pledge of troops or of a share ("Britain is ready to contribute troops ...", "Deutschland
  werde sich daran in angemessenem Umfang beteiligen."; hundred-first) and a projection in
  Konjunktiv II ("Rund ein Drittel davon entfiele auf Sicherheitsmaßnahmen", "Bis zu 2.800
  Polizistinnen und Polizisten wären im Einsatz."; hundred-forty-second).
- What each side said: both accounts are check-worthy (sixty-eighth, hundred-fifty-ninth) -
  the Kremlin's two-thirds and Kyiv's one third, Moscow's 14 of 20 points and Kyiv's "bei
  höchstens acht Punkten" / "at most eight points", Moscow's "spiegelbildliche Antwort" with
  its count and the Foreign Office's refusal as a lead ("als „völlig unbegründet“
  zurückgewiesen", hundred-forty-second: a refusal of record with its label), the embassy's
  denial in London ("denied any involvement"). New: a flat denial that names the figure it
  denies is check-worthy with that figure - "Die Darstellung des Kremls, zwei Drittel des
  Plans seien bereits Konsens, sei schlicht falsch, so Pidhirnyj." (0.6667, "Pidhirnyj") and
  "The Kremlin's claim that two-thirds of the plan was already agreed was "simply false," he
  told reporters." - while a label alone stays a negative (hundred-fifty-ninth: "Kyiv called
  that "a lie that no longer surprises anyone."").
- Transcripts and briefings. New: a named speaker with a verb of saying keeps the speaker
  when the desk adds the document that carried the words - ""There will be no ceasefire ...,"
  Zavyalov said, according to a transcript released by the Kremlin." -> "Zavyalov", "...,
  sagte Porterfield laut einer vom Weißen Haus veröffentlichten Mitschrift." -> "Porterfield",
  "..., press secretary Danielle Porterfield told reporters, according to a transcript of the
  briefing." -> "Danielle Porterfield"; the transcript alone is a document and leaves the
  speaker unchecked ("He will be accompanied by ..., according to a transcript of the
  briefing.", "It is the fourth such package ..., according to a transcript of the
  briefing.", "sagte die Sprecherin laut einer vom Weißen Haus verbreiteten Mitschrift";
  hundred-fortieth and hundred-fifty-first: documents), as does "according to a Kremlin
  tally" (hundred-fifty-first: "according to a tally by The Associated Press"). New: "told
  reporters on a conference call", "told her weekly briefing" and "told a regular briefing
  that" drop the call and the briefing as "told reporters" and "told senators" drop the
  audience (hundred-fortieth, hundred-fifty-ninth) - "Yevgeny Zavyalov", "Alevtina
  Shchegoleva", "Russell Amesbury"; the German "in seiner täglichen Telefonkonferenz mit
  Journalisten" and "bei ihrem wöchentlichen Briefing in Moskau" drop as "nach dem
  Ministerrat" and "vor Journalisten" do (hundred-forty-second, hundred-fifty-first).
- Calls, meetings, rounds and expulsions (the issue: "das sechste Treffen", "zum zweiten
  Mal"; hundred-forty-second, hundred-fifty-ninth): ordinals "das dritte binnen eines Monats"
  3 (the elliptic ordinal, eighty-ninth) and "their third call in a month" 3 ("binnen eines
  Monats", "in a month" none), "zum fünften Mal" 5, "zum sechsten Mal", "for the sixth time",
  "their sixth meeting", "Nach dem sechsten Treffen" 6, "zum zweiten Mal binnen drei
  Monaten" and "for the second time in three months" 2 with 3 months, "zum zweiten Mal in
  diesem Monat" and "for the second time this month" 2, "ihr viertes Telefonat binnen drei
  Wochen" and "their fourth call in three weeks" 4 with 3 weeks, "zum dritten Mal in diesem
  Jahr" and "for the third time this year" 3, "zum 71. Mal" and "the 71st exchange" 71, "zum
  neunten Mal" and "the ninth targeted attack" 9, "das vierte Sanktionspaket" and "the fourth
  such package" 4, "der zweitgrößte Geldgeber" and "the second-largest backer" 2 (the issue's
  "die drittgrößte Stadt"). Repetitions are counts (the issue: "viermal"): "dreimal", "three
  times", "five times" and "14 times" ("14 Telefonate" 14).
- Durations (the issue: "fünfstündigen Treffen"; hundred-forty-second, hundred-fifty-ninth):
  "ein knapp zweistündiges Telefonat" 2 hours "nearly" (the hedge before the compound bounds
  its number, hundred-sixteenth) and "for nearly two hours", "einem einstündigen Gespräch" 1
  hour, "knapp fünf Stunden" and "nearly five hours" 5 "nearly", "gut anderthalb Stunden" 1.5
  hours "over" (thirty-first: "rund anderthalb Stunden"), "gut 90 Minuten" 90 minutes
  "over", "rund 40 Minuten" and "for about 40 minutes" "about", "binnen 72 Stunden" and "72
  hours to leave" 72 hours, "eines zweitägigen Gipfels" and "a two-day summit" 2 days, "in den
  vergangenen zwei Wochen" and "in the past two weeks" 2 weeks, "in den vergangenen zehn
  Jahren" 10 years, "für bis zu zwölf Stunden am Tag" and "for up to 12 hours a day" 12
  hours "up_to" ("am Tag", "a day" none), "spätestens 30 Tage nach Beginn einer Waffenruhe"
  30 days "at_most" (hundred-fifty-sixth: "spätestens" bounds a deadline from above). New:
  "just over an hour and a half" is 1.5 hours "over", the English twin of "gut anderthalb
  Stunden". New: "no later than 30 days after a ceasefire begins" is 30 days "at_most", the
  English twin of "spätestens" before a span; before a year it stays without a hedge
  (hundred-fifth: "no later than 2031"). None: "binnen einer Woche" (an article,
  hundred-fifty-second: "a year"), "seit Jahresbeginn", "since January", "in dieser Woche",
  "this week", "Mitte November", "mid-November", "in der kommenden Woche", "next week", "im
  kommenden Jahr", "next year", "im laufenden Jahr", "this year's level", "in diesem Jahr",
  "this year", "jährlich", "a year", "seit dem Frühjahr", "since the spring", "seit dem
  Sommer", "since the summer", "seit Anfang Oktober", "since early October", "Gegenüber dem
  Vorjahr", "a year earlier", "vor Kriegsbeginn", "before the war", "seit Kriegsbeginn",
  "since the start of the war", "vor Weihnachten", "before Christmas", "bis Ende des Monats",
  "by the end of the month", "bis Sonntag", "in der Vorwoche", "last week", "täglichen",
  "wöchentlichen", "weekly", weekdays and their compounds ("am Dienstagabend",
  "Donnerstagmorgen", "on Monday morning").
- Ages are durations in years (every batch): "im Alter von 19 bis 46 Jahren" both (the unit
  written once, forty-sixth), "Der jüngste Heimkehrer sei 21 Jahre alt, der älteste 63." 21
  and 63 (the elliptic second age). New: "The youngest returnee was 21 and the oldest 63"
  and "The youngest of them is 19" are ages in years - a bare number after "was" or "is"
  whose subject is a person ranked by age reads as "Kofi Mensah, 31," does (sixty-third);
  "jüngste", "älteste", "youngest", "oldest" rank nothing (hundred-fifty-second).
- Plans with numbered points (the issue: "28-Punkte-Entwurf"; hundred-fifty-ninth): "der
  20-Punkte-Plan", "des 20-Punkte-Plans", "Washington's 20-point plan", "the U.S. 20-point
  plan", "den europäischen Zwölf-Punkte-Vorschlag", "a 12-point counter-proposal", "a
  European 12-point proposal" read as written; definite groups "Bei mindestens sechs der 20
  Punkte" 6 "at_least" and 20, "at least six of the 20 points", "14 der 20 Punkte", "14 von
  20 Punkten", "14 of Washington's 20 points", "drei der zwölf Punkte", "three of the European
  plan's 12 points" (forty-first); "Bei den restlichen sechs Punkten" and "the remaining six
  points" 6 (no hedge, hundred-fifty-ninth), "bei höchstens acht Punkten" and "on at most
  eight points" 8 "at_most" (first batch: "auf höchstens sechs Monate"), "mit dann 22
  Punkten" ("dann" no hedge) and "with 22 points", "Zwei der neuen Punkte" and "Two of the
  new points" 2, "von elf Punkten" 11, "17 amendments".
- Shares are fractions (the issue: "ein Fünftel"): "Ein Drittel davon", "a third of it", "nur
  ein Drittel", "only a third" 0.3333 ("nur", "only" no hedge), "an mindestens einem Drittel"
  0.3333 "at_least", "Etwa zwei Drittel" and "about two-thirds" 0.6667 "about", "zwei
  Drittel", "two-thirds" 0.6667, "Rund ein Drittel davon" and "roughly a third of it"
  "about", "Gut ein Drittel davon" "over", "knapp ein Fünftel" and "Nearly a fifth" 0.2
  "nearly", "rund ein Viertel" "about", "um ein Viertel gesunken" 0.25 ("um" no hedge), "die
  Hälfte davon" and "half of it" 0.5 (hundred-twenty-seventh); "gut ein Drittel weniger als
  vor Kriegsbeginn" and "down by more than a third from before the war" 0.3333 "over" - a
  share written as a fall stays a fraction (hundred-fifty-second: "etwa ein Viertel mehr").
- Counts (every batch): "je 1.000 Gefangenen", "je 246 Kriegsgefangene" and "each handed over
  246" ("je", "each" no hedge, hundred-forty-second), "The two presidents", "the two
  leaders" and "the two sides" 2 (hundred-fortieth: "the two men"; hundred-fifty-ninth: "the
  two sides"), "eine zwölfköpfige Delegation" and "a 12-member delegation" 12
  (hundred-fifty-ninth), "Bis zu 2.800" and "Up to 2,800" "up_to", "bis zu 25.000 Soldaten"
  and "up to 25,000 troops" "up_to", "mindestens acht Staaten" and "at least eight
  countries" "at_least", "rund 80 entsandte Kräfte" and "about 80 staff" "about", "mehr als
  7.000" and "More than 7,000" "over", "more than 2,400" "over", "von vier russischen
  Diplomaten", "Die vier Botschaftsangehörigen", "four German diplomats ... four Russians",
  "sieben Ländern, darunter zwölf" ("darunter" no hedge), "117 Personen und 48
  Organisationen", "19 Sanktionspakete", "23 Projekte in sechs Regionen", "19 Schwerverletzte
  und drei Zivilisten", "1.012 Menschen", "31 countries", "22", "31 leaders", "14
  Regierungschefs", "37 Unternehmen", "sechs Männer", "Six people". New: "unterhalb von 800.000
  Soldaten" is 800,000 "under", read as "unter" (hundred-fifty-second: "eine Strafe unter
  vier Jahren"), as "below 800,000 troops" is (fourteenth: "below 10.5%"). New: "ebenso
  viele deutsche Diplomaten" carries no second count - a back-reference without a number
  word. New: "a No 10 spokeswoman" carries no count - the name of the house, as "A 10" is a
  road (hundred-fifty-second). None: "Beide Seiten", "an beide Seiten", "both sides"
  (thirty-first, hundred-fortieth), "Staats- und Regierungschefs", "mit wenigen Ausnahmen".
- Money in the currency written (every batch): EUR ("rund 8,3 Milliarden Euro" and "about
  8.3 billion euros" "about", "11,5 Milliarden Euro" and "11.5 billion euros", "gut drei
  Milliarden Euro mehr" and "more than 3 billion euros above" "over" - the "mehr" after the
  figure compares, hundred-first -, "rund 4,5 Millionen Euro" and "about 4.5 million euros"
  "about", "312 Millionen Euro"), CHF ("rund 7,9 Milliarden Franken" and "about 7.9 billion
  Swiss francs" "about", "knapp 400 Millionen Franken" and "nearly 400 million francs"
  "nearly", "insgesamt 2,3 Millionen Franken" - "insgesamt" no hedge -, "1,5 Milliarden
  Franken"), GBP ("drei Milliarden Pfund", "3 billion pounds a year"), USD ("100 Milliarden
  Dollar", "$100 billion").
- Percentages: "Rund 60 Prozent" and "etwa 40 Prozent" "about", "About 40%" "about", "68
  Prozent" and "Sixty-eight percent" 68 (a number word as the figure, seventeenth: "A hundred
  days").
- Years and dates: "seit Februar 2022", "since February 2022", "Seit 2022", "seit 2022",
  "since 2022" the year (hundred-first), "bis 2028" the year with no hedge (hundred-forty-fifth:
  "bis spätestens 2040" the year with no qualifier); "für
  den 6. November" --11-06, "am 13. November" --11-13, "zwischen dem 7. und 13. November" two
  dates (the month carried to the first day, hundred-fortieth), "on Nov. 14" --11-14; Reuters
  and AFP English datelines with a day ("BERLIN, Oct 29", "MOSCOW, Oct 30", "ZURICH, Oct 31",
  "WASHINGTON, Nov 4", "VIENNA, Nov 5", "MOSCOW, Nov 6", "KYIV, Nov 7", "BERLIN, Nov 10",
  "LONDON, Nov 10", "MOSCOW, Nov 12", "MOSCOW, Nov 13 (AFP)", "BERLIN, Nov 17", "MOSCOW, Nov
  18", "KYIV, Nov 18", "WASHINGTON, Nov 19") dates without a year; dpa, APA, APA/dpa,
  APA/AFP (also "Wien/Moskau (APA)"), AFP German, Reuters German, Keystone-SDA, AP ("KYIV,
  Ukraine (AP) —", "WASHINGTON (AP) —") and PA ("LONDON (PA) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "about", "About",
  "roughly" "about"; "knapp", "nearly", "Nearly" "nearly"; "gut", "Gut", "mehr als", "more
  than", "More than", "just over" "over"; "mindestens", "at least" "at_least"; "bis zu",
  "Bis zu", "up to", "Up to" "up_to"; "höchstens", "at most", "spätestens", "no later than"
  "at_most"; "unterhalb von", "below" "under". No hedge: "je", "each", "nur", "only",
  "bereits", "insgesamt", "darunter", "including", "dann", "die restlichen", "the
  remaining", "um", "binnen", "noch".
- Check-worthy without a figure (ninety-third, hundred-forty-second, hundred-fifty-ninth):
  the attribution rows ("Das teilte ... mit.", "Das gab ... bekannt."), the chancellor's
  pledge to finish talks with Paris and London, the Kremlin's demand to rework the rest, no
  reply before mid-November and its English twin, the APA/AFP denial as a lead, Kyiv's
  objections ("sagte Präsidialamtssprecher Mychajlo Pidhirnyj ..." -> the name), the Swiss
  adoption of the package, Geneva offered ("wie das Eidgenössische Departement für
  auswärtige Angelegenheiten (EDA) mitteilte" -> the department) and no reply from Moscow,
  Downing Street's readiness to send troops ("Downing Street said" -> "Downing Street") and
  its German twin, ministers' statement next week, the White House's rejection of reports of
  a rift, Austria's offer and the state of replies, the ambassador summoned in Moscow and its
  English twin, the mediator of the swap ("hieß es in Kiew"), the Kremlin aide's open points
  ("Kremlberater Alexej Fedjunin sagte, ..." -> "Alexej Fedjunin"), a summit not on the
  agenda, Kyiv informed in advance, the envoy's personal message, the Kremlin's refusal of
  Vienna and of the European paper, blackouts ordered, a U.S. official on coordination, the
  European paper drafted, Moscow not having received it ("Sawjalow zufolge" -> "Sawjalow")
  and still waiting.
- Speakers, checked only in forms the earlier batches settled (and the New forms above):
  German "sagte X" with the title, the weekday, the occasion, the audience and the place
  dropped ("Kremlsprecher Jewgeni Sawjalow am Donnerstag in seiner täglichen
  Telefonkonferenz mit Journalisten", "Präsidialamtssprecher Mychajlo Pidhirnyj am
  Donnerstag vor Journalisten in Kiew", "EDA-Sprecherin Séverine Chappuis",
  "Außenamtssprecherin Alewtina Schtschegolewa bei ihrem wöchentlichen Briefing in Moskau",
  "Außenamtssprecherin Alewtina Schtschegoljowa", "Präsidialamtssprecher Mychailo Pidhirny",
  "Kremlberater Alexei Fedjunin anschließend vor Journalisten", "Bundesratssprecher Dominique
  Wyrsch nach der Bundesratssitzung", "Außenamtssprecher Oleh Tymtschyschyn";
  hundred-forty-second, hundred-fifty-ninth), the surname as written ("sagte Strothmann",
  "sagte Hainzl", "sagte Porterfield laut ..."), "X sagte, ..." opening the row with the title
  dropped ("Finanzministeriumssprecherin Henrike Lamprecht sagte", "Kremlberater Alexej
  Fedjunin sagte"; hundred-twenty-second), "so Sawjalow" and "so Pidhirnyj" the surname (the
  issue: "so Selenskyj"), "Sawjalow zufolge" and "Laut Schtschegoljowa" the surname
  (hundred-forty-second), "nach Angaben des Präsidialamts" -> "das Präsidialamt" and "Nach
  Angaben des Weißen Hauses" -> "das Weiße Haus" (ninety-third, hundred-fortieth), "teilte
  das Staatssekretariat für Wirtschaft (Seco) mit" and "wie das Eidgenössische Departement
  für auswärtige Angelegenheiten (EDA) mitteilte" the body with the abbreviation in brackets
  dropped (hundred-fifty-first: "(Bamf)"), "hieß es aus dem Kreml" -> "der Kreml"
  (hundred-forty-second). English: "government spokesman Cornelius Wehling said on
  Wednesday", "Kremlin spokesman Yevgeny Zavyalov told reporters on a conference call",
  "presidential spokesman Mykhaylo Pidhirny said Thursday", "White House press secretary
  Danielle Porterfield said on Tuesday", "State Department spokesman Russell Amesbury told a
  regular briefing that", "foreign ministry spokeswoman Alevtina Shchegoleva told her weekly
  briefing", "presidential spokesman Mykhailo Pidhirnyi said", "Kremlin aide Alexei Fedyunin
  said", "foreign ministry spokesman Oleh Tymchyshyn said" the name with the title, the
  weekday and the briefing dropped (hundred-fortieth, hundred-fifty-ninth), "The Kremlin's
  spokesman, Yevgeniy Zavyalov, said" the name in apposition (hundred-first: "Ukraine's chief
  negotiator, Serhiy Ostroverkh, said"), "Zavyalov said, according to a transcript ..." as
  written, "The Kremlin said on Thursday" -> "the Kremlin", "The White House said on
  Wednesday" -> "the White House" (hundred-fortieth, hundred-fifty-ninth), "Downing Street
  said" as written and "The Prime Minister's official spokesman told reporters that" -> "the
  Prime Minister's official spokesman" (eighty-fourth, hundred-fortieth). Each row's spelling
  of a transliterated name is its speaker (ninety-third, hundred-fifty-ninth). Left
  unchecked (None): roles and pronouns (above, and "sagte ein Sprecher des Ministeriums in
  der Regierungspressekonferenz", "Ein AA-Sprecher sagte", "sagte eine Sprecherin des
  Finanzministeriums", "Eine Sprecherin des Außenministeriums sagte", "sagte ein Sprecher des
  Premierministers", "sagte sein Sprecher", "sagte ein Sprecher des Außenministeriums", "Der
  Regierungssprecher sagte", "Die Energieministerin sagte", "sagte der Regierungssprecher am
  Montag", "sagte der Sprecher des Präsidialamts", "Dem Sprecher zufolge", "Ein ranghoher
  Regierungsvertreter sagte vor Journalisten", "sagte er der Agentur Interfax", "the
  spokesman said", "the Kremlin's spokesman said", "the Kremlin's spokesman told reporters",
  "a deputy government spokeswoman said", "a government spokesman told reporters in Bern",
  "a ministry spokeswoman said", "a chancellery spokesman said on Wednesday", "a finance
  ministry spokeswoman said", "a government spokesman said", "a department spokesman told
  reporters", "A German foreign office spokesman said", "the energy minister said", "a No 10
  spokeswoman said later"; thirty-seventh, hundred-fifteenth, hundred-fortieth); plural,
  anonymous and collective sources ("hieß es aus Regierungskreisen", "nach Angaben aus
  Regierungskreisen", "hieß es aus Ministeriumskreisen", "hieß es weiter", "hieß es in
  Kiew", "nach Kiewer Angaben", "nach ukrainischen Angaben", "Nach Kiewer Zählung";
  hundred-forty-second); possessives and adjectives heading the source ("Berlin's deputy
  government spokesman told reporters", "Britain's Foreign Office said", "Russia's embassy
  said", "Austria's foreign ministry said", "according to Kyiv's coordination headquarters
  ...", "the Swiss government said", "according to Swiss government figures"; eighty-third,
  hundred-fortieth); estimating verbs, polls and documents ("schätzt das Außenministerium",
  "The foreign ministry puts ... at", "bezifferte sie", "laut einer neuen Erhebung des
  Kiewer Internationalen Instituts für Soziologie", "a new survey by the Kyiv-based institute
  KIIS found", "according to a Kremlin tally", "according to a transcript of the briefing";
  hundred-tenth, hundred-fifty-first); a subject parted from its verb ("Aleksei Fedyunin, who
  sat in on the talks, said"; hundred-sixteenth); verbs that are not of saying ("hat ...
  zurückgewiesen", "rejected", "turned down", "disputed", "sprach von", "gemeldet";
  hundred-sixty-second); "teilte der Netzbetreiber Ukrenergo mit" (a descriptive noun before
  a firm, hundred-fifty-ninth) and, New, "nach Angaben des Regierungssitzes Downing Street"
  by the same reading. New: "the Prime Minister's spokesman said" stays unchecked - the
  eighty-fourth settled the full title "the Prime Minister's official spokesman", and a
  shortened possessive title is not stretched to it. All negatives have speaker None, also
  those with a named speaker.
- Negatives (hundred-fortieth, hundred-forty-second, hundred-fifty-ninth): the Konjunktiv I
  lines above; no-comment and evasive answers ("He declined to say which of the points ...",
  "He would not say whether ...", "Zahlen nannte Wehling nicht.", "Spokesman Cornelius
  Wehling declined to say ...", "Asked whether the Prime Minister would travel ..., the
  spokesman said he would not "get ahead of" diary announcements.", "Pressed on how many
  British troops ..., he would only say ...", "Auf die Frage nach neuen Sanktionen ... „alle
  Optionen auf dem Tisch“", "Weitere Ausweisungen schloss AA-Sprecher Florian Dressel nicht
  aus."; fourteenth, twenty-first); atmosphere in English and German quotes (""very, very
  good,"", „sehr, sehr gut“, ""constructive and rich in content.""); rhetoric and slogans in
  quotes („Wir verhandeln nicht über die Köpfe ...“ and its twin, „Moskau zählt Punkte, wir
  zählen Tote“ and its twin, ""Not one centimeter of our land is for sale,"", «Die Schweiz
  bleibt neutral, aber sie ist nicht gleichgültig» and its twin, ""Neutrality is an offer to
  all sides, not lip service,"", ""We have always said nothing about Ukraine without Ukraine
  ..."", ""Every person who comes home is a small victory,"", „Europa sitzt mit am Tisch,
  ...“, „Sicherheit ohne Soldaten ist nur ein Versprechen auf Papier“, ""Peace is within
  reach now, ..."", ""Never say never.""); accusations and threats without a checkable
  claim („Die Menschen sollen im Dunkeln und in der Kälte zermürbt werden“ and its twin,
  ""The Europeans are trying to torpedo the talks,"", ""Russia's reckless behaviour ... will
  be met with a firm response,"", ""Anyone profiting from this war should expect a knock on
  the door,""; eighty-fourth); labels ("Die SVP kritisierte den Entscheid als «...»", "Die
  FPÖ sprach von „...“", "Die Linke sprach von ...", "Die russische Botschaft sprach von einer
  „Provokation“.", "Die Grünen bezeichneten ... als «...»", "Außenamtssprecher Russell
  Amesbury nannte die Sanktionen „...“", "Germany's foreign office called the move
  "completely unfounded.""; hundred-sixteenth); a welcome ("Das ukrainische
  Außenministerium hat den europäischen Vorschlag ausdrücklich begrüßt."; hundred-forty-
  second: a welcome in a press release); a regret ("Austria's foreign ministry said it
  regretted the decision ..."); open questions ("Ob der Bundesrat auch ein allfälliges
  nächstes Paket übernimmt, liess Wyrsch offen.", "Ob der US-Präsident ..., ließ Porterfield
  offen."; hundred-twenty-fourth); and a forecast without a figure ("A deal could be signed
  "before the end of the year," Porterfield said."; hundred-forty-second).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_176 = [
    # --- Kanzler telefoniert mit US-Präsident (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundeskanzler hat am Dienstagabend ein knapp zweistündiges Telefonat mit dem US-Präsidenten geführt, das dritte binnen eines Monats.",
        True,
        [("duration", 2, "hour", "nearly"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das teilte Regierungssprecher Cornelius Wehling am Mittwoch in der Regierungspressekonferenz in Berlin mit.",
        True,
        [],
        "Cornelius Wehling",
    ),
    (
        "de",
        "Im Mittelpunkt habe der 20-Punkte-Plan der US-Regierung für ein Ende des Krieges in der Ukraine gestanden.",
        True,
        [("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Man sei bereit, bei der Umsetzung Verantwortung zu übernehmen, es gebe aber noch erheblichen Gesprächsbedarf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei mindestens sechs der 20 Punkte sehe die Bundesregierung Änderungsbedarf, vor allem bei den Sicherheitsgarantien, so der Regierungssprecher.",
        True,
        [("count", 6, None, "at_least"), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Der Kanzler habe seinem Gesprächspartner zugesagt, die Abstimmung mit Paris und London binnen einer Woche abzuschließen.",
        True,
        [],
        None,
    ),
    ("de", "Das Gespräch sei „in freundschaftlicher und offener Atmosphäre“ verlaufen, so Wehling.", False, [], None),
    (
        "de",
        "Ein Treffen der Nationalen Sicherheitsberater sei für den 6. November in Genf geplant, hieß es aus Regierungskreisen.",
        True,
        [("date", "--11-06", None, None)],
        None,
    ),
    (
        "de",
        "Die stellvertretende Regierungssprecherin Annika Strothmann ergänzte, Deutschland habe der Ukraine in diesem Jahr Militärhilfe im Umfang von rund 8,3 Milliarden Euro zugesagt.",
        True,
        [("money", 8300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Drittel davon entfalle auf die Luftverteidigung, sagte Strothmann.",
        True,
        [("fraction", 0.3333, None, None)],
        "Strothmann",
    ),
    (
        "de",
        "„Wir verhandeln nicht über die Köpfe der Ukrainerinnen und Ukrainer hinweg“, sagte Wehling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Regierungspressekonferenz dauerte an diesem Tag gut 90 Minuten.",
        True,
        [("duration", 90, "minute", "over")],
        None,
    ),
    # --- Chancellor's call (Reuters) ---
    (
        "en",
        "BERLIN, Oct 29 (Reuters) - Germany's chancellor spoke with the U.S. president for nearly two hours on Tuesday evening, their third call in a month, government spokesman Cornelius Wehling said on Wednesday.",
        True,
        [("date", "--10-29", None, None), ("duration", 2, "hour", "nearly"), ("ordinal", 3, None, None)],
        "Cornelius Wehling",
    ),
    (
        "en",
        "The call focused on Washington's 20-point plan for ending the war in Ukraine, he told a regular government news conference.",
        True,
        [("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Berlin wants changes to at least six of the 20 points, chiefly on security guarantees, he said.",
        True,
        [("count", 6, None, "at_least"), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Berlin has promised Kyiv about 8.3 billion euros of military support so far this year, a third of it for air defence, a deputy government spokeswoman said.",
        True,
        [("money", 8300000000, "EUR", "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("en", '"We are not negotiating over the heads of Ukrainians," Wehling said.', False, [], None),
    # --- Kreml zum US-Plan (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der Kreml hat den 20-Punkte-Plan der US-Regierung als „Grundlage für Gespräche“ bezeichnet, zugleich aber Änderungen an mindestens einem Drittel der Punkte verlangt.",
        True,
        [("count", 20, None, None), ("fraction", 0.3333, None, "at_least")],
        None,
    ),
    (
        "de",
        "Etwa zwei Drittel des Textes seien für Moskau annehmbar, sagte Kremlsprecher Jewgeni Sawjalow am Donnerstag in seiner täglichen Telefonkonferenz mit Journalisten.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Jewgeni Sawjalow",
    ),
    (
        "de",
        "Der Rest müsse grundlegend überarbeitet werden, vor allem die Passagen über die Stärke der ukrainischen Armee.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Kremlchef habe den Plan in dieser Woche bereits dreimal mit seinem Sicherheitsrat beraten, so Sawjalow.",
        True,
        [("count", 3, None, None)],
        "Sawjalow",
    ),
    ("de", "Eine Antwort an Washington werde frühestens Mitte November übermittelt.", True, [], None),
    ("de", "Zu Einzelheiten wolle er sich nicht äußern, fügte Sawjalow hinzu.", False, [], None),
    ("de", "Verhandlungen über den Plan seien „kein Wunschkonzert“, sagte der Sprecher.", False, [], None),
    (
        "de",
        "Dem Sprecher zufolge gab es seit Jahresbeginn 14 Telefonate zwischen dem Kremlchef und dem US-Präsidenten.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("de", "Das jüngste habe gut anderthalb Stunden gedauert.", True, [("duration", 1.5, "hour", "over")], None),
    ("de", "„Eine Waffenruhe ohne Einigung über die Gebiete wird es nicht geben“, sagte er.", True, [], None),
    # --- Kreml dementiert Gefangenendeal (APA/AFP) ---
    (
        "de",
        "Moskau (APA/AFP) - Kremlsprecher Jewgenij Sawjalow hat Berichte über eine bevorstehende Einigung mit Washington auf einen großen Gefangenenaustausch zurückgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Austausch von je 1.000 Gefangenen sei „derzeit kein Thema“, sagte er der Agentur Interfax.",
        True,
        [("count", 1000, None, None)],
        None,
    ),
    # --- Kremlin on the plan (Reuters) ---
    (
        "en",
        'MOSCOW, Oct 30 (Reuters) - The Kremlin said on Thursday that about two-thirds of Washington\'s 20-point peace plan was acceptable to Moscow but that the rest needed "fundamental" revision.',
        True,
        [("date", "--10-30", None, None), ("fraction", 0.6667, None, "about"), ("count", 20, None, None)],
        "the Kremlin",
    ),
    (
        "en",
        "Russia's president has discussed the plan with his Security Council three times this week, Kremlin spokesman Yevgeny Zavyalov told reporters on a conference call.",
        True,
        [("count", 3, None, None)],
        "Yevgeny Zavyalov",
    ),
    (
        "en",
        '"There will be no ceasefire without an agreement on the territories," Zavyalov said, according to a transcript released by the Kremlin.',
        True,
        [],
        "Zavyalov",
    ),
    ("en", "He said Moscow would not send its reply to Washington before mid-November.", True, [], None),
    (
        "en",
        "The most recent call between the two leaders lasted just over an hour and a half, the spokesman said.",
        True,
        [("count", 2, None, None), ("duration", 1.5, "hour", "over")],
        None,
    ),
    ("en", "He declined to say which of the points Moscow wanted rewritten.", False, [], None),
    (
        "en",
        "The two presidents have spoken by phone 14 times since January, according to a Kremlin tally.",
        True,
        [("count", 2, None, None), ("count", 14, None, None)],
        None,
    ),
    # --- Kiew zum US-Plan (APA/dpa) ---
    (
        "de",
        "Kiew (APA/dpa) - Die Ukraine hält nach Angaben des Präsidialamts nur ein Drittel des 20-Punkte-Plans in seiner jetzigen Form für annehmbar.",
        True,
        [("fraction", 0.3333, None, None), ("count", 20, None, None)],
        "das Präsidialamt",
    ),
    (
        "de",
        "Gegen die übrigen Punkte gebe es grundsätzliche Einwände, sagte Präsidialamtssprecher Mychajlo Pidhirnyj am Donnerstag vor Journalisten in Kiew.",
        True,
        [],
        "Mychajlo Pidhirnyj",
    ),
    (
        "de",
        "Vor allem lehne Kiew jede Obergrenze für die eigene Armee unterhalb von 800.000 Soldaten ab.",
        True,
        [("count", 800000, None, "under")],
        None,
    ),
    (
        "de",
        "Der Präsident habe in dieser Woche bereits zum fünften Mal mit europäischen Staats- und Regierungschefs über den Plan beraten, sagte der Sprecher.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Eine Videokonferenz mit 14 Regierungschefs sei für Montag angesetzt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Darstellung des Kremls, zwei Drittel des Plans seien bereits Konsens, sei schlicht falsch, so Pidhirnyj.",
        True,
        [("fraction", 0.6667, None, None)],
        "Pidhirnyj",
    ),
    # --- Kyiv on the plan (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Ukraine considers only a third of the U.S. 20-point plan acceptable as written, presidential spokesman Mykhaylo Pidhirny said Thursday.",
        True,
        [("fraction", 0.3333, None, None), ("count", 20, None, None)],
        "Mykhaylo Pidhirny",
    ),
    (
        "en",
        "Kyiv will not accept any cap on its army below 800,000 troops, he said.",
        True,
        [("count", 800000, None, "under")],
        None,
    ),
    (
        "en",
        "He said the president had consulted European leaders on the plan five times this week and would hold a video call with 14 heads of government on Monday.",
        True,
        [("count", 5, None, None), ("count", 14, None, None)],
        None,
    ),
    ("en", '"Not one centimeter of our land is for sale," Pidhirny said.', False, [], None),
    (
        "en",
        'The Kremlin\'s claim that two-thirds of the plan was already agreed was "simply false," he told reporters.',
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    # --- Bundesrat übernimmt Sanktionen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz schliesst sich mit wenigen Ausnahmen dem neusten Sanktionspaket der EU gegen Russland an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das gab Bundesratssprecher Dominique Wyrsch am Freitag nach der Sitzung der Landesregierung vor den Medien in Bern bekannt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ausgenommen seien drei Bestimmungen, die mit dem Schweizer Recht nicht vereinbar seien, so der Sprecher.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Schweiz habe damit seit Februar 2022 insgesamt 19 Sanktionspakete der EU ganz oder teilweise übernommen.",
        True,
        [("year", 2022, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Auf der Sanktionsliste stünden neu 117 Personen und 48 Organisationen.",
        True,
        [("count", 117, None, None), ("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "Gesperrt sind hierzulande derzeit russische Gelder und Güter im Wert von rund 7,9 Milliarden Franken, teilte das Staatssekretariat für Wirtschaft (Seco) mit.",
        True,
        [("money", 7900000000, "CHF", "about")],
        "das Staatssekretariat für Wirtschaft",
    ),
    (
        "de",
        "Gegenüber dem Vorjahr ist das ein Rückgang um knapp 400 Millionen Franken.",
        True,
        [("money", 400000000, "CHF", "nearly")],
        None,
    ),
    ("de", "«Die Schweiz bleibt neutral, aber sie ist nicht gleichgültig», sagte Wyrsch.", False, [], None),
    ("de", "Die SVP kritisierte den Entscheid als «schleichende Preisgabe der Neutralität».", False, [], None),
    ("de", "Ob der Bundesrat auch ein allfälliges nächstes Paket übernimmt, liess Wyrsch offen.", False, [], None),
    # --- Swiss sanctions (Reuters) ---
    (
        "en",
        "ZURICH, Oct 31 (Reuters) - Switzerland will adopt the European Union's latest package of sanctions against Russia with three exceptions, the Swiss government said on Friday.",
        True,
        [("date", "--10-31", None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The neutral country has now taken over all or part of 19 EU packages since February 2022, a government spokesman told reporters in Bern.",
        True,
        [("count", 19, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Russian assets worth about 7.9 billion Swiss francs are currently frozen in Switzerland, nearly 400 million francs less than a year earlier, according to Swiss government figures.",
        True,
        [("money", 7900000000, "CHF", "about"), ("money", 400000000, "CHF", "nearly")],
        None,
    ),
    (
        "en",
        "The new listings cover 117 people and 48 organisations.",
        True,
        [("count", 117, None, None), ("count", 48, None, None)],
        None,
    ),
    (
        "en",
        '"Switzerland remains neutral, but it is not indifferent," spokesman Dominique Wyrsch said.',
        False,
        [],
        None,
    ),
    # --- Genf als Verhandlungsort (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz hat Russland und der Ukraine erneut Genf als Verhandlungsort angeboten, wie das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) mitteilte.",
        True,
        [],
        "das Eidgenössische Departement für auswärtige Angelegenheiten",
    ),
    (
        "de",
        "Man habe das Angebot in einem einstündigen Gespräch mit dem russischen Botschafter in Bern bekräftigt, sagte EDA-Sprecherin Séverine Chappuis.",
        True,
        [("duration", 1, "hour", None)],
        "Séverine Chappuis",
    ),
    ("de", "Es gebe aber bisher keine Zusage aus Moskau.", True, [], None),
    (
        "de",
        "Die Kosten der drei Verhandlungsrunden in Genf seit dem Frühjahr bezifferte sie auf insgesamt 2,3 Millionen Franken.",
        True,
        [("count", 3, None, None), ("money", 2300000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Rund 60 Prozent davon habe der Kanton Genf getragen, so die Sprecherin.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    # --- Downing Street lobby briefing (PA) ---
    (
        "en",
        "LONDON (PA) - Britain is ready to contribute troops to a reassurance force in Ukraine once a ceasefire is in place, Downing Street said.",
        True,
        [],
        "Downing Street",
    ),
    (
        "en",
        "The Prime Minister's official spokesman told reporters that the Prime Minister had spoken to Ukraine's president for about 40 minutes on Monday morning.",
        True,
        [("duration", 40, "minute", "about")],
        "the Prime Minister's official spokesman",
    ),
    (
        "en",
        "It was their fourth call in three weeks, the spokesman said.",
        True,
        [("ordinal", 4, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        'Britain has committed 3 billion pounds a year in military support to Kyiv "for as long as it takes", he added.',
        True,
        [("money", 3000000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Prime Minister will chair a video call of 31 leaders backing the reassurance force on Thursday, a No 10 spokeswoman said later.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    (
        "en",
        'Asked whether the Prime Minister would travel to Washington this month, the spokesman said he would not "get ahead of" diary announcements.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"We have always said nothing about Ukraine without Ukraine, and that has not changed," the spokesman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pressed on how many British troops might be sent, he would only say that the numbers were still being worked out with allies.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ministers will set out the size of any British contribution in a statement to Parliament next week, the spokesman said.",
        True,
        [],
        None,
    ),
    # --- Downing Street (dpa) ---
    (
        "de",
        "London (dpa) - Großbritannien ist nach Angaben des Regierungssitzes Downing Street bereit, nach einer Waffenruhe Soldaten in die Ukraine zu entsenden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Premierminister habe am Montag rund 40 Minuten mit dem ukrainischen Präsidenten telefoniert, sagte sein Sprecher.",
        True,
        [("duration", 40, "minute", "about")],
        None,
    ),
    (
        "de",
        "Es sei ihr viertes Telefonat binnen drei Wochen gewesen.",
        True,
        [("ordinal", 4, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "London stelle der Ukraine jährlich drei Milliarden Pfund an Militärhilfe bereit, hieß es weiter.",
        True,
        [("money", 3000000000, "GBP", None)],
        None,
    ),
    # --- Weißes Haus zu Kiew (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Das Weiße Haus hat Berichte über einen Streit mit Kiew über den 20-Punkte-Plan zurückgewiesen.",
        True,
        [("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Die Gespräche mit der ukrainischen Seite liefen „sehr, sehr gut“, sagte Sprecherin Danielle Porterfield am Dienstag vor Journalisten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der US-Präsident habe in den vergangenen zwei Wochen dreimal mit dem ukrainischen Präsidenten gesprochen, sagte Porterfield laut einer vom Weißen Haus veröffentlichten Mitschrift.",
        True,
        [("duration", 2, "week", None), ("count", 3, None, None)],
        "Porterfield",
    ),
    (
        "de",
        "Der Sondergesandte Trent Halvorsen werde in der kommenden Woche zum sechsten Mal nach Moskau reisen.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Weißen Hauses begleitet ihn eine zwölfköpfige Delegation.",
        True,
        [("count", 12, None, None)],
        "das Weiße Haus",
    ),
    (
        "de",
        "Auf die Frage nach neuen Sanktionen gegen Russland sagte Porterfield, der Präsident habe „alle Optionen auf dem Tisch“.",
        False,
        [],
        None,
    ),
    # --- White House briefing (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 4 (Reuters) - The U.S. president has spoken with Ukraine's president three times in the past two weeks, White House press secretary Danielle Porterfield said on Tuesday, dismissing reports of a rift over Washington's 20-point plan.",
        True,
        [
            ("date", "--11-04", None, None),
            ("count", 3, None, None),
            ("duration", 2, "week", None),
            ("count", 20, None, None),
        ],
        "Danielle Porterfield",
    ),
    (
        "en",
        '"The conversations have been very, very good," Porterfield told reporters at her briefing.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Special envoy Trent Halvorsen will travel to Moscow next week for the sixth time since the spring, she said.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "He will be accompanied by a 12-member delegation, according to a transcript of the briefing.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("en", 'A deal could be signed "before the end of the year," Porterfield said.', False, [], None),
    (
        "en",
        "State Department spokesman Russell Amesbury told a regular briefing that Washington had so far received written comments on the plan from 31 countries.",
        True,
        [("count", 31, None, None)],
        "Russell Amesbury",
    ),
    ("en", "Of those, 22 came from European governments, he said.", True, [("count", 22, None, None)], None),
    ("en", "He would not say whether Moscow's comments were among them.", False, [], None),
    # --- Wien bietet sich als Gipfelort an (APA) ---
    (
        "de",
        "Wien (APA) - Österreich hat sich erneut als Austragungsort für ein Gipfeltreffen zwischen Russland und der Ukraine angeboten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Man stehe „jederzeit“ bereit, sagte Bundeskanzleramtssprecher Lukas Hainzl nach dem Ministerrat am Mittwoch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein entsprechendes Schreiben sei bereits zum zweiten Mal binnen drei Monaten an beide Seiten gegangen, sagte Hainzl.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "month", None)],
        "Hainzl",
    ),
    (
        "de",
        "Die Kosten eines zweitägigen Gipfels in der Hofburg schätzt das Außenministerium auf rund 4,5 Millionen Euro.",
        True,
        [("duration", 2, "day", None), ("money", 4500000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Rund ein Drittel davon entfiele auf Sicherheitsmaßnahmen, hieß es aus Ministeriumskreisen.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    ("de", "Bis zu 2.800 Polizistinnen und Polizisten wären im Einsatz.", True, [("count", 2800, None, "up_to")], None),
    (
        "de",
        "Eine Sprecherin des Außenministeriums sagte, eine Antwort aus Moskau liege bisher nicht vor.",
        True,
        [],
        None,
    ),
    ("de", "Aus Kiew gebe es dagegen eine grundsätzliche Zusage.", True, [], None),
    (
        "de",
        "Wien war in den vergangenen zehn Jahren Schauplatz von 37 internationalen Verhandlungsrunden.",
        True,
        [("duration", 10, "year", None), ("count", 37, None, None)],
        None,
    ),
    ("de", "Die FPÖ sprach von „Selbstdarstellung auf Kosten der Steuerzahler“.", False, [], None),
    # --- Vienna offer (Reuters) ---
    (
        "en",
        "VIENNA, Nov 5 (Reuters) - Austria has renewed its offer to host a summit between Russia and Ukraine, sending letters to both sides for the second time in three months, a chancellery spokesman said on Wednesday.",
        True,
        [("date", "--11-05", None, None), ("ordinal", 2, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The foreign ministry puts the cost of a two-day summit at the Hofburg palace at about 4.5 million euros, roughly a third of it for security.",
        True,
        [("duration", 2, "day", None), ("money", 4500000, "EUR", "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Up to 2,800 police officers would be deployed, a ministry spokeswoman said.",
        True,
        [("count", 2800, None, "up_to")],
        None,
    ),
    (
        "en",
        '"Neutrality is an offer to all sides, not lip service," chancellery spokesman Lukas Hainzl said.',
        False,
        [],
        None,
    ),
    # --- Moskau weist deutsche Diplomaten aus (dpa) ---
    (
        "de",
        "Moskau (dpa) - Russland hat als Reaktion auf die Ausweisung von vier russischen Diplomaten aus Deutschland ebenso viele deutsche Diplomaten zu unerwünschten Personen erklärt.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Betroffenen müssten Russland binnen 72 Stunden verlassen, sagte Außenamtssprecherin Alewtina Schtschegolewa bei ihrem wöchentlichen Briefing in Moskau.",
        True,
        [("duration", 72, "hour", None)],
        "Alewtina Schtschegolewa",
    ),
    (
        "de",
        "Der deutsche Botschafter sei dazu am Donnerstagmorgen ins Außenministerium einbestellt worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Berlin weise damit zum dritten Mal in diesem Jahr russische Diplomaten aus.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Seit 2022 habe Deutschland insgesamt 61 Mitarbeiter russischer Vertretungen des Landes verwiesen, so die Sprecherin.",
        True,
        [("year", 2022, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesregierung betreibe gegenüber Russland eine „Politik der verbrannten Erde“, fügte sie hinzu.",
        False,
        [],
        None,
    ),
    ("de", "Moskau behalte sich „weitere Schritte“ vor.", False, [], None),
    # --- Ausweisung (APA/AFP) ---
    ("de", "Moskau (APA/AFP) - Russland weist vier deutsche Diplomaten aus.", True, [("count", 4, None, None)], None),
    (
        "de",
        "Dies sei eine spiegelbildliche Antwort auf die Ausweisung von vier russischen Diplomaten aus Berlin in der Vorwoche, sagte Außenamtssprecherin Alewtina Schtschegoljowa.",
        True,
        [("count", 4, None, None)],
        "Alewtina Schtschegoljowa",
    ),
    (
        "de",
        "Laut Schtschegoljowa ist auch die Zahl der in Moskau akkreditierten deutschen Journalisten seit Jahresbeginn um ein Viertel gesunken.",
        True,
        [("fraction", 0.25, None, None)],
        "Schtschegoljowa",
    ),
    # --- Auswärtiges Amt reagiert (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Auswärtige Amt hat die Ausweisung von vier deutschen Diplomaten aus Moskau als „völlig unbegründet“ zurückgewiesen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die vier Botschaftsangehörigen würden Russland fristgerecht bis Sonntag verlassen, sagte ein Sprecher des Ministeriums in der Regierungspressekonferenz.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Ein AA-Sprecher sagte, an der Botschaft in Moskau arbeiteten damit noch rund 80 entsandte Kräfte, gut ein Drittel weniger als vor Kriegsbeginn.",
        True,
        [("count", 80, None, "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    ("de", "Weitere Ausweisungen schloss AA-Sprecher Florian Dressel nicht aus.", False, [], None),
    # --- Expulsions (Reuters) ---
    (
        "en",
        'MOSCOW, Nov 6 (Reuters) - Russia expelled four German diplomats on Thursday in what its foreign ministry called a "mirror response" to Berlin\'s expulsion of four Russians last week.',
        True,
        [("date", "--11-06", None, None), ("count", 4, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The diplomats have 72 hours to leave, foreign ministry spokeswoman Alevtina Shchegoleva told her weekly briefing.",
        True,
        [("duration", 72, "hour", None)],
        "Alevtina Shchegoleva",
    ),
    (
        "en",
        "Germany's ambassador had been summoned to the ministry on Thursday morning to be told of the decision, she said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Berlin was expelling Russian diplomats for the third time this year, she said, putting the total since 2022 at 61.",
        True,
        [("ordinal", 3, None, None), ("year", 2022, None, None), ("count", 61, None, None)],
        None,
    ),
    ("en", 'Germany\'s foreign office called the move "completely unfounded."', False, [], None),
    (
        "en",
        "A German foreign office spokesman said about 80 staff posted from Germany now remained at the Moscow embassy, down by more than a third from before the war.",
        True,
        [("count", 80, None, "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    # --- Gefangenenaustausch (AFP) ---
    (
        "de",
        "Kiew (AFP) - Die Ukraine und Russland haben nach Kiewer Angaben zum 71. Mal seit Kriegsbeginn Gefangene ausgetauscht.",
        True,
        [("ordinal", 71, None, None)],
        None,
    ),
    (
        "de",
        "Beide Seiten hätten je 246 Kriegsgefangene übergeben, sagte Präsidialamtssprecher Mychailo Pidhirny.",
        True,
        [("count", 246, None, None)],
        "Mychailo Pidhirny",
    ),
    (
        "de",
        "Unter den Heimgekehrten seien 19 Schwerverletzte und drei Zivilisten.",
        True,
        [("count", 19, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der jüngste Heimkehrer sei 21 Jahre alt, der älteste 63.",
        True,
        [("duration", 21, "year", None), ("duration", 63, "year", None)],
        None,
    ),
    ("de", "Vermittelt hätten erneut die Vereinigten Arabischen Emirate, hieß es in Kiew.", True, [], None),
    (
        "de",
        "Nach ukrainischen Angaben befinden sich noch mehr als 7.000 Ukrainer in russischer Gefangenschaft.",
        True,
        [("count", 7000, None, "over")],
        None,
    ),
    # --- Prisoner swap (Reuters) ---
    (
        "en",
        "KYIV, Nov 7 (Reuters) - Ukraine and Russia each handed over 246 prisoners of war on Friday in the 71st exchange since the start of the war, presidential spokesman Mykhailo Pidhirnyi said.",
        True,
        [("date", "--11-07", None, None), ("count", 246, None, None), ("ordinal", 71, None, None)],
        "Mykhailo Pidhirnyi",
    ),
    (
        "en",
        "The youngest returnee was 21 and the oldest 63, he said.",
        True,
        [("duration", 21, "year", None), ("duration", 63, "year", None)],
        None,
    ),
    ("en", '"Every person who comes home is a small victory," Pidhirnyi said.', False, [], None),
    (
        "en",
        "More than 7,000 Ukrainians remain in Russian captivity, according to Kyiv's coordination headquarters for prisoners of war.",
        True,
        [("count", 7000, None, "over")],
        None,
    ),
    # --- Mehr Militärhilfe (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Die Bundesregierung will die Militärhilfe für die Ukraine im kommenden Jahr auf 11,5 Milliarden Euro aufstocken.",
        True,
        [("money", 11500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das seien gut drei Milliarden Euro mehr als im laufenden Jahr, sagte eine Sprecherin des Finanzministeriums.",
        True,
        [("money", 3000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Finanzministeriumssprecherin Henrike Lamprecht sagte, knapp ein Fünftel der Summe sei für die Instandsetzung bereits gelieferter Systeme vorgesehen.",
        True,
        [("fraction", 0.2, None, "nearly")],
        "Henrike Lamprecht",
    ),
    (
        "de",
        "Der Haushaltsausschuss des Bundestages solle am 13. November darüber beraten.",
        True,
        [("date", "--11-13", None, None)],
        None,
    ),
    (
        "de",
        "Der Regierungssprecher sagte, nach den USA bleibe Deutschland damit der zweitgrößte Geldgeber Kiews.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Die Zusage gelte „unabhängig vom Stand der Verhandlungen“, betonte er.", False, [], None),
    ("de", "Die Linke sprach von einer „Aufrüstungsspirale ohne Ende“.", False, [], None),
    # --- Aid budget (Reuters) ---
    (
        "en",
        "BERLIN, Nov 10 (Reuters) - Germany plans to raise military aid to Ukraine to 11.5 billion euros next year, more than 3 billion euros above this year's level, a finance ministry spokeswoman said.",
        True,
        [("date", "--11-10", None, None), ("money", 11500000000, "EUR", None), ("money", 3000000000, "EUR", "over")],
        None,
    ),
    (
        "en",
        "Nearly a fifth of the sum is earmarked for repairing systems already delivered, she said.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "The increase would keep Germany the second-largest backer of Ukraine after the United States, a government spokesman said.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Russian ambassador summoned (Reuters) ---
    (
        "en",
        "LONDON, Nov 10 (Reuters) - Britain summoned Russia's ambassador on Monday for the second time this month after police linked an arson attack on a warehouse in east London to Russian military intelligence, Britain's Foreign Office said.",
        True,
        [("date", "--11-10", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Six people have been charged in connection with the attack, the Prime Minister's spokesman said.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    ("en", "The youngest of them is 19, he said.", True, [("duration", 19, "year", None)], None),
    (
        "en",
        "Britain has sanctioned more than 2,400 individuals and entities since February 2022, the spokesman added.",
        True,
        [("count", 2400, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"Russia\'s reckless behaviour on British soil will be met with a firm response," he said.',
        False,
        [],
        None,
    ),
    ("en", 'Russia\'s embassy said the accusations were "a provocation" and denied any involvement.', True, [], None),
    # --- Botschafter einbestellt (dpa) ---
    (
        "de",
        "London (dpa) - Großbritannien hat wegen eines Brandanschlags auf ein Lagerhaus in London zum zweiten Mal in diesem Monat den russischen Botschafter einbestellt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Angeklagt worden seien sechs Männer im Alter von 19 bis 46 Jahren, sagte ein Sprecher des Premierministers.",
        True,
        [("count", 6, None, None), ("duration", 19, "year", None), ("duration", 46, "year", None)],
        None,
    ),
    ("de", "Die russische Botschaft sprach von einer „Provokation“.", False, [], None),
    # --- Sondergesandter im Kreml (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der US-Sondergesandte Trent Halvorsen ist am Mittwoch im Kreml zum sechsten Mal mit dem russischen Präsidenten zusammengetroffen.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Das Gespräch habe knapp fünf Stunden gedauert, sagte Kremlberater Alexei Fedjunin anschließend vor Journalisten.",
        True,
        [("duration", 5, "hour", "nearly")],
        "Alexei Fedjunin",
    ),
    (
        "de",
        "Man habe sich auf die Grundzüge von 14 der 20 Punkte verständigt.",
        True,
        [("count", 14, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Bei den restlichen sechs Punkten lägen die Positionen weiterhin weit auseinander.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    ("de", "Es gebe aber „gewisse Fortschritte“ in der Frage der Sicherheitsgarantien.", False, [], None),
    (
        "de",
        "Ein Treffen der Präsidenten Russlands und der USA stehe noch nicht auf der Tagesordnung, so der Berater.",
        True,
        [],
        None,
    ),
    ("de", "Das Gespräch sei „konstruktiv und inhaltsreich“ gewesen, sagte Fedjunin.", False, [], None),
    # --- Kreml meldet Einigung (APA/AFP) ---
    (
        "de",
        "Moskau (APA/AFP) - Nach dem sechsten Treffen des US-Sondergesandten Trent Halvorsen mit dem Kremlchef hat Moskau eine Einigung bei 14 von 20 Punkten des US-Plans gemeldet.",
        True,
        [("ordinal", 6, None, None), ("count", 14, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Kremlberater Alexej Fedjunin sagte, offen seien vor allem die Stärke der ukrainischen Armee und der Status der Gebiete im Osten.",
        True,
        [],
        "Alexej Fedjunin",
    ),
    (
        "de",
        "Beim vorigen Treffen im September hatte Fedjunin noch von elf Punkten gesprochen.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    # --- Kiew widerspricht (dpa) ---
    (
        "de",
        "Kiew (dpa) - Die Ukraine hat die Moskauer Angaben zu einer Einigung bei 14 der 20 Punkte als „Wunschdenken“ zurückgewiesen.",
        True,
        [("count", 14, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Nach Kiewer Zählung bestehe bei höchstens acht Punkten Einvernehmen, sagte der Sprecher des Präsidialamts.",
        True,
        [("count", 8, None, "at_most")],
        None,
    ),
    (
        "de",
        "Man sei über das Treffen im Kreml vorab informiert worden, ein Bericht des Sondergesandten stehe aber noch aus.",
        True,
        [],
        None,
    ),
    ("de", "„Moskau zählt Punkte, wir zählen Tote“, sagte Pidhirnyj.", False, [], None),
    # --- Envoy in the Kremlin (Reuters, AP) ---
    (
        "en",
        "MOSCOW, Nov 12 (Reuters) - U.S. envoy Trent Halvorsen spent nearly five hours in the Kremlin with the Russian leader on Wednesday, their sixth meeting, and the two sides agreed on the outline of 14 of Washington's 20 points, Kremlin aide Alexei Fedyunin said.",
        True,
        [
            ("date", "--11-12", None, None),
            ("duration", 5, "hour", "nearly"),
            ("ordinal", 6, None, None),
            ("count", 2, None, None),
            ("count", 14, None, None),
            ("count", 20, None, None),
        ],
        "Alexei Fedyunin",
    ),
    (
        "en",
        'Positions on the remaining six points were still "far apart," he told reporters.',
        True,
        [("count", 6, None, None)],
        None,
    ),
    ("en", 'Fedyunin described the talks as "constructive and rich in content."', False, [], None),
    (
        "en",
        "Kyiv disputed the count, saying there was agreement on at most eight points.",
        True,
        [("count", 8, None, "at_most")],
        None,
    ),
    (
        "en",
        '"Moscow counts points, we count the dead," Ukrainian presidential spokesman Mykhailo Pidhirnyi said.',
        False,
        [],
        None,
    ),
    ("en", 'A summit between the Russian and U.S. presidents was "not yet on the agenda," he said.', True, [], None),
    (
        "en",
        "Aleksei Fedyunin, who sat in on the talks, said the envoy had brought a personal message from the U.S. president, but he would not disclose what it said.",
        True,
        [],
        None,
    ),
    # --- Kreml lehnt Wien ab (APA) ---
    (
        "de",
        "Wien/Moskau (APA) - Der Kreml hat das österreichische Angebot, einen Gipfel in Wien auszurichten, vorerst abgelehnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Österreich sei als EU-Mitglied, das die Sanktionen gegen Russland mittrage, „kein neutraler Ort mehr“, sagte Kremlsprecher Jewgenij Sawjalow.",
        False,
        [],
        None,
    ),
    ("de", "Man bevorzuge Istanbul oder Abu Dhabi, hieß es aus dem Kreml.", True, [], "der Kreml"),
    ("de", "Das Angebot bleibe aufrecht, sagte Ministeriumssprecherin Theresa Pammer.", False, [], None),
    (
        "de",
        "Österreich habe seit 2022 Hilfen im Umfang von 312 Millionen Euro für die Ukraine bereitgestellt, davon rund ein Viertel für die Minenräumung, sagte sie.",
        True,
        [("year", 2022, None, None), ("money", 312000000, "EUR", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    # --- Kremlin turns down Vienna (AFP) ---
    (
        "en",
        'MOSCOW, Nov 13 (AFP) - The Kremlin on Thursday turned down Austria\'s offer to host a summit in Vienna, saying the EU member was "no longer a neutral venue."',
        True,
        [("date", "--11-13", None, None)],
        None,
    ),
    ("en", "Moscow would prefer Istanbul or Abu Dhabi, the Kremlin's spokesman told reporters.", True, [], None),
    ("en", "Austria's foreign ministry said it regretted the decision and that its offer stood.", False, [], None),
    # --- Wiederaufbauhilfe (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will die Wiederaufbauhilfe für die Ukraine bis 2028 auf 1,5 Milliarden Franken erhöhen.",
        True,
        [("year", 2028, None, None), ("money", 1500000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Gut ein Drittel davon solle über Schweizer Unternehmen fliessen, sagte Bundesratssprecher Dominique Wyrsch nach der Bundesratssitzung.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Dominique Wyrsch",
    ),
    (
        "de",
        "Bisher seien 23 Projekte in sechs Regionen bewilligt worden.",
        True,
        [("count", 23, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen bezeichneten die Bevorzugung Schweizer Firmen als «Wirtschaftsförderung im Gewand der Solidarität».",
        False,
        [],
        None,
    ),
    # --- Stromabschaltungen (dpa) ---
    (
        "de",
        "Kiew (dpa) - Nach neuen russischen Angriffen auf das Stromnetz hat die Ukraine landesweit stundenweise Abschaltungen angeordnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In den meisten Regionen werde der Strom für bis zu zwölf Stunden am Tag abgeschaltet, teilte der Netzbetreiber Ukrenergo mit.",
        True,
        [("duration", 12, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Die Energieministerin sagte, etwa 40 Prozent der Erzeugungskapazität seien derzeit beschädigt oder besetzt.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "Russland habe seit Anfang Oktober zum neunten Mal gezielt Umspannwerke angegriffen, so die Ministerin.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "„Die Menschen sollen im Dunkeln und in der Kälte zermürbt werden“, sagte Energieministerin Larysa Hordijenko.",
        False,
        [],
        None,
    ),
    # --- Blackouts (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Ukraine ordered rolling blackouts across the country on Friday after new Russian strikes on its power grid, with most regions losing electricity for up to 12 hours a day.",
        True,
        [("duration", 12, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "About 40% of the country's generating capacity is damaged or under occupation, the energy minister said.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "It was the ninth targeted attack on substations since early October, she said.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        '"They want to wear people down in the dark and the cold," Energy Minister Larysa Hordiienko said.',
        False,
        [],
        None,
    ),
    # --- Neue US-Sanktionen (AFP) ---
    (
        "de",
        "Washington (AFP) - Die US-Regierung hat neue Sanktionen gegen 37 Unternehmen verhängt, die Russland beim Umgehen von Exportkontrollen geholfen haben sollen.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen seien Firmen in sieben Ländern, darunter zwölf in China, sagte ein Sprecher des Außenministeriums.",
        True,
        [("count", 7, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Es handle sich um das vierte Sanktionspaket dieser Art seit dem Sommer.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Ein ranghoher Regierungsvertreter sagte vor Journalisten, der Schritt sei mit London und Brüssel abgestimmt gewesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Außenamtssprecher Russell Amesbury nannte die Sanktionen „eine klare Botschaft an alle, die an diesem Krieg verdienen“.",
        False,
        [],
        None,
    ),
    # --- Sanctions (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The State Department on Friday imposed sanctions on 37 companies accused of helping Russia evade export controls, including 12 in China.",
        True,
        [("count", 37, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The companies are based in seven countries, a department spokesman told reporters.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "It is the fourth such package since the summer, according to a transcript of the briefing.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        '"Anyone profiting from this war should expect a knock on the door," department spokesman Russell Amesbury said.',
        False,
        [],
        None,
    ),
    # --- Europäischer Gegenvorschlag (dpa) ---
    (
        "de",
        "Berlin (dpa) - Deutschland, Frankreich und Großbritannien haben nach Angaben aus Regierungskreisen einen gemeinsamen Gegenvorschlag zum US-Friedensplan ausgearbeitet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Papier umfasse zwölf Punkte und sei am Sonntag an Washington und Kiew übermittelt worden, sagte der Regierungssprecher am Montag.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Kern sei eine Schutztruppe von bis zu 25.000 Soldaten, gestellt von mindestens acht Staaten.",
        True,
        [("count", 25000, None, "up_to"), ("count", 8, None, "at_least")],
        None,
    ),
    ("de", "Deutschland werde sich daran in angemessenem Umfang beteiligen.", True, [], None),
    ("de", "Zahlen nannte Wehling nicht.", False, [], None),
    ("de", "„Europa sitzt mit am Tisch, oder es gibt keinen Tisch“, sagte Wehling.", False, [], None),
    # --- European counter-proposal (Reuters) ---
    (
        "en",
        "BERLIN, Nov 17 (Reuters) - Germany, France and Britain have sent Washington and Kyiv a 12-point counter-proposal to Washington's plan, Berlin's deputy government spokesman told reporters on Monday.",
        True,
        [("date", "--11-17", None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "At its core is a reassurance force of up to 25,000 troops from at least eight countries, he said.",
        True,
        [("count", 25000, None, "up_to"), ("count", 8, None, "at_least")],
        None,
    ),
    ("en", "Spokesman Cornelius Wehling declined to say how many German soldiers might take part.", False, [], None),
    # --- Kreml weist Papier zurück (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der Kreml hat den europäischen Zwölf-Punkte-Vorschlag als „nicht hilfreich“ zurückgewiesen.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Eine Stationierung europäischer Soldaten in der Ukraine sei für Russland unter keinen Umständen annehmbar, sagte der Kremlsprecher.",
        True,
        [],
        None,
    ),
    ("de", "Sawjalow zufolge hat Moskau das Papier bisher nicht einmal offiziell erhalten.", True, [], "Sawjalow"),
    ("de", "Die Europäer versuchten, die Verhandlungen zu „torpedieren“, fügte er hinzu.", False, [], None),
    ("de", "Man warte weiter auf eine Antwort Washingtons auf die russischen Änderungswünsche.", True, [], None),
    # --- Kremlin rejects paper (Reuters, AP) ---
    (
        "en",
        'MOSCOW, Nov 18 (Reuters) - The Kremlin on Tuesday rejected a European 12-point proposal for ending the war, saying the deployment of European troops in Ukraine was unacceptable "under any circumstances."',
        True,
        [("date", "--11-18", None, None), ("count", 12, None, None)],
        None,
    ),
    ("en", "Moscow has not even formally received the paper, the Kremlin's spokesman said.", True, [], None),
    ("en", '"The Europeans are trying to torpedo the talks," he said.', False, [], None),
    (
        "en",
        "The Kremlin's spokesman, Yevgeniy Zavyalov, said Russia had sent Washington a list of 17 amendments to the U.S. plan on Nov. 14 and was still waiting for a reply.",
        True,
        [("count", 17, None, None), ("date", "--11-14", None, None)],
        "Yevgeniy Zavyalov",
    ),
    # --- Kiew begrüßt Papier (dpa) ---
    (
        "de",
        "Kiew (dpa) - Das ukrainische Außenministerium hat den europäischen Vorschlag ausdrücklich begrüßt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kiew habe an der Ausarbeitung von drei der zwölf Punkte direkt mitgewirkt, sagte Außenamtssprecher Oleh Tymtschyschyn.",
        True,
        [("count", 3, None, None), ("count", 12, None, None)],
        "Oleh Tymtschyschyn",
    ),
    (
        "de",
        "Eine Schutztruppe müsse spätestens 30 Tage nach Beginn einer Waffenruhe einsatzbereit sein.",
        True,
        [("duration", 30, "day", "at_most")],
        None,
    ),
    ("de", "„Sicherheit ohne Soldaten ist nur ein Versprechen auf Papier“, sagte Tymtschyschyn.", False, [], None),
    (
        "de",
        "68 Prozent der Ukrainer befürworten laut einer neuen Erhebung des Kiewer Internationalen Instituts für Soziologie die Stationierung europäischer Truppen.",
        True,
        [("percent", 68, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden zwischen dem 7. und 13. November 1.012 Menschen.",
        True,
        [("date", "--11-07", None, None), ("date", "--11-13", None, None), ("count", 1012, None, None)],
        None,
    ),
    # --- Kyiv on the paper (Reuters) ---
    (
        "en",
        "KYIV, Nov 18 (Reuters) - Ukraine helped draft three of the European plan's 12 points directly, foreign ministry spokesman Oleh Tymchyshyn said.",
        True,
        [("date", "--11-18", None, None), ("count", 3, None, None), ("count", 12, None, None)],
        "Oleh Tymchyshyn",
    ),
    (
        "en",
        "A reassurance force must be ready no later than 30 days after a ceasefire begins, he said.",
        True,
        [("duration", 30, "day", "at_most")],
        None,
    ),
    (
        "en",
        "Sixty-eight percent of Ukrainians back the deployment of European troops, a new survey by the Kyiv-based institute KIIS found.",
        True,
        [("percent", 68, "%", None)],
        None,
    ),
    # --- Überarbeiteter Plan (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Die US-Regierung will bis Ende des Monats eine überarbeitete Fassung ihres Friedensplans mit dann 22 Punkten vorlegen.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Zwei der neuen Punkte beträfen den Wiederaufbau der Ukraine, sagte die Sprecherin laut einer vom Weißen Haus verbreiteten Mitschrift.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Im Gespräch sei ein Fonds von 100 Milliarden Dollar, die Hälfte davon aus eingefrorenen russischen Vermögen.",
        True,
        [("money", 100000000000, "USD", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Ob der US-Präsident seinen russischen Amtskollegen noch vor Weihnachten treffen werde, ließ Porterfield offen.",
        False,
        [],
        None,
    ),
    # --- Revised plan (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 19 (Reuters) - The White House said on Wednesday it would present a revised version of its peace plan with 22 points by the end of the month.",
        True,
        [("date", "--11-19", None, None), ("count", 22, None, None)],
        "the White House",
    ),
    (
        "en",
        "Two of the new points deal with the reconstruction of Ukraine, press secretary Danielle Porterfield told reporters, according to a transcript of the briefing.",
        True,
        [("count", 2, None, None)],
        "Danielle Porterfield",
    ),
    (
        "en",
        "She said a fund of $100 billion was under discussion, half of it from frozen Russian assets.",
        True,
        [("money", 100000000000, "USD", None), ("fraction", 0.5, None, None)],
        None,
    ),
    ("en", '"Peace is within reach now, and everyone in this building knows it," Porterfield said.', False, [], None),
    (
        "en",
        'Asked whether the president would meet his Russian counterpart before Christmas, Porterfield said: "Never say never."',
        False,
        [],
        None,
    ),
]
