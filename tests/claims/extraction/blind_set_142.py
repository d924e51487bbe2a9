"""Hundred-and-forty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician is named: heads of state and government and other office-holders who would be
real people appear only by office ("der Kremlchef", "der ukrainische Präsident", "der
US-Präsident", "the U.S. and Russian presidents", "Ukraine's president", "der
Nato-Generalsekretär", "der Vizechef des russischen Sicherheitsrats", "Russia's deputy
security council chief", "der Regierungssprecher"), and the envoys, aides, negotiators,
spokespeople, ministers, the ombudsman and the senators are invented, most of them spelled
as the German and the English services transliterate them and three of them spelled two ways
by the German services themselves (Arsenij Wedenejew (APA) / Arseni Wedenejew (dpa) / Arseny
Vedeneyev (Reuters), Timofei Sawarin (dpa) / Timofej Sawarin (APA/AFP) / Timofei Savarin
(Reuters), Marko Hawryschko / Marko Havryshko, Mykola Tkatsch / Mykola Tkach, Oğuz Tekeli
(APA/dpa) / Oguz Tekeli (AFP, AP), Switlana Jaremtschuk / Svitlana Yaremchuk, Leonid
Charitonow / Leonid Kharitonov); further Obaid al-Hameli, Pavel Rudakov, Halyna Dowhan,
Bradley Kessington, Liesbeth Aerts, Nicolas Favrod, Verena Hollerweger, Corwin Blaylock,
Lucia Quennell, Oksana Bilous, and every unnamed mother, teacher, delegate, diplomat,
participant and official. Real countries, cities, forces, bodies, papers and places
("Kreml", "Weißes Haus", "Präsidialamt", "Koordinierungsstab für Kriegsgefangene",
"Vereinigte Arabische Emirate", "EDA", "Bund", "SVP", "Kanzleramt", "Union", "Linke",
"Grüne", "Hofburg", "Élysée-Palast", "Çırağan-Palast", "Kommersant", "Tass", "Nato", "Kiewer
Internationales Institut für Soziologie", "Kernkraftwerk Saporischschja", "Krim",
"Kramatorsk", "Slowjansk", "Charkiw", "Odessa", "Tscherkassy"; "the Kremlin", "the White
House", "the State Department", "the United Arab Emirates", "The Associated Press",
"Zaporizhzhia", "the Crimean peninsula", "Chernihiv", "Kharkiv", "Odesa", "NATO") stand for
the way wire copy names them; every round, meeting, point, share, zone, exchange, poll, sum,
deadline and quote here is invented, and where a real figure came to mind it was changed.

Its weight: PEACE NEGOTIATIONS OVER THE WAR IN UKRAINE AS GERMAN-LANGUAGE WIRES FILE THEM
over about eight weeks of one spring (early March to late April) in story order, each story
told as wire copy runs it (a dateline lead, the figures, attributed claims and the other
side's reply, quotes, follow-ups), most rounds told first by a German service and then by an
English one. About seventy per cent German (dpa, APA, APA/AFP, APA/dpa, APA/dpa/AFP, AFP
German, Reuters German and one Keystone-SDA story; Austrian "Jänner", Swiss "grössten", «»
quotes and "640'000", German „“ quotes): the fifth Russian-Ukrainian meeting of the year in
Geneva on a 19-point U.S. draft with the shares of territory, the Kremlin aide's account in
Konjunktiv I with Kyiv's reply "hundert Mal", the Kremlin spokesman on a summit ("hundert
Mal"), what the Geneva round cost the Swiss federal government, military experts in Riyadh
on a demilitarised zone and monitors, a prisoner exchange mediated by Turkey, talks in Abu
Dhabi on a moratorium for strikes on energy facilities, a Kyiv poll on territory, security
advisers in Berlin, the U.S. envoy before the Senate, a revised draft of 21 points with a
cap on Ukraine's army, security guarantees in Paris, Austria's offer to host a summit,
Kyiv's refusal of a special zone in Donetsk, a presidents' call and an Easter truce,
Russia's frozen reserves, a referendum on a deal, a ceasefire at sea in Istanbul, children
brought home via Doha, strikes during the talks, the sixth meeting in Geneva, the Kremlin's
denial of a breakthrough, NATO and the EU, and Istanbul as the next venue. About thirty per
cent English (Reuters, AP, AFP) on the Geneva rounds, the summit, Riyadh, the swap, Abu
Dhabi, the poll, the envoy before the Senate, the 21-point draft, Paris, the call, the
referendum, the sea talks, the overnight attack and Istanbul. Figures as such copy has them:
meetings, rounds, calls and exchanges counted in words and digits ("ihr fünftes Treffen in
diesem Jahr", "zum dritten Mal binnen eines Monats", "zum zweiten Mal binnen drei Wochen",
"das sechste Treffen ... und das zweite binnen sechs Wochen", "der 76. Austausch", "zum 19.
Mal", "their fifth this year", "the 76th", "for the 19th time"); talks of hours in compounds
and phrases ("nach dem siebenstündigen Treffen", "nach dem knapp neunstündigen Treffen",
"nach einem elfstündigen Verhandlungsmarathon", "gut zweieinhalb Stunden", "knapp 80
Minuten", "a seven-hour meeting", "an 11-hour negotiating session"); truces and deadlines
("eine 45-tägige Feuerpause", "72 Stunden", "binnen 30 Tagen", "a 45-day halt", "a 72-hour
truce"); draft plans with numbered points ("den 19-Punkte-Entwurf", "Bei elf der 19 Punkte",
"mit nunmehr 21 Punkten", "a 19-point draft", "12 of the 19 points"); shares of territory
and of people ("knapp ein Fünftel des ukrainischen Staatsgebiets", "gut ein Sechstel der
Fläche", "das von ihr kontrollierte Sechstel", "etwa ein Siebtel des Staatsgebiets", "knapp
90 Prozent des Gebiets Donezk", "nearly a fifth of Ukraine", "the roughly one-sixth of the
Donetsk region", "Knapp zwei Drittel", "Jeder vierte Befragte"); zones, lines, troops and
observers in kilometres, nautical miles and counts; quotes that repeat a figure („Wir haben
hundert Mal gesagt: ...“, „Das haben wir hundert Mal gesagt: ...“, ""We have said it a
hundred times: ..."", „Zweimal haben wir ..., zweimal hat Russland ...“, „Ich sage es zum
tausendsten Mal: ...“); Kremlin aides', spokesmen's and presidents' attributions in every
word order ("sagte Kremlberater Arsenij Wedenejew", "Wedenejew zufolge", "so der Berater",
"Laut Wedenejew", "Wedenejew sagte, ...", "nach Angaben von Arseni Wedenejew", "hieß es aus
dem Kreml", "teilte das Präsidialamt mit", "sagte der Kremlchef", "Das kündigte der
ukrainische Präsident ... an"); names transliterated two ways across agencies and within one
APA story; money in francs, dollars, hryvnias, pounds, euros and roubles, years and dates.
Negatives as such copy has them: diplomatic boilerplate (a welcome in a press release, a
government spokesman's promise of responsibility, a State Department spokeswoman's staying
power, the joint statement of the sixth round in both languages), hopes, threats and
warnings without a figure, fears, doubts and a forecast without a figure, rhetorical
questions in both languages, negotiators', envoys' and officials' rhetoric and propaganda in
quotes and in Konjunktiv I, labels and accusations, an evasive answer, open questions, the
caveat that figures cannot be checked, and vox pops.

244 rows (171 German, 73 English), 56 negatives (42 German, 14 English), 188 check-worthy
rows of which 37 carry no figure (31 German, 6 English), 253 expected quantities (110
counts, 44 durations - 14 in hours, 13 in years, 12 in days, 4 in weeks, 1 in minutes -, 35
ordinals, 19 dates, 14 fractions, 11 amounts of money - 4 EUR, 2 RUB, 2 USD, 1 CHF, 1 GBP, 1
UAH -, 10 years, 10 percentages - 8 in %, 2 in percentage points -; 9 of them in seven
negatives, as the seventeenth batch labels a figure in a negative), 39 checked speakers (28
German, 11 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position or a plan are check-worthy with the speaker their own
  attribution gives ("Bei elf der 19 Punkte seien sich die Delegationen inzwischen
  weitgehend einig, sagte der ukrainische Delegationsleiter Marko Hawryschko am Abend vor
  Journalisten." -> "Marko Hawryschko", the title, "am Abend" and the audience dropped as a
  weekday and "vor Journalisten" are, hundred-fourteenth and hundred-fortieth; "Eine
  Feuerpause komme erst nach einer Verständigung über die Grenzen in Frage, sagte
  Kremlberater Arsenij Wedenejew am Mittwoch vor Journalisten in Moskau." -> "Arsenij
  Wedenejew", a condition being a position, hundred-first; "Es sei bereits der vierte
  Austausch, ..., sagte der Sprecher des türkischen Außenministeriums, Oğuz Tekeli." ->
  "Oğuz Tekeli", the name in apposition, ninety-third; "Zwei der ursprünglich 19 Punkte
  seien geteilt worden, sagte Wedenejew im Staatsfernsehen." -> "Wedenejew", the programme
  dropped, eightieth; sixty-eighth, ninety-third, hundred-fortieth), and with the speaker
  unchecked after a pronoun or a role ("fügte er hinzu", "fügte sie hinzu", "so der
  Berater", "so der Kremlberater", "so der Kremlsprecher", "fügte der Sprecher hinzu", "he
  said", "he told state television"; thirty-seventh, hundred-fortieth) or after "hieß es
  weiter" and "hieß es in Kiew" (hundred-first: "hieß es"). Konjunktiv I rhetoric, a
  conditional readiness that is propaganda and a no-comment line are negatives even with a
  named speaker or an office ("Der Westen solle endlich „die Realitäten auf dem
  Schlachtfeld“ anerkennen, fügte er hinzu.", "Russland sei zu einem Abkommen bereit, wenn
  die „Ursachen des Konflikts“ beseitigt würden, sagte der Kremlchef ..." - sixty-eighth:
  "Russland sei jederzeit zu einem gerechten Frieden bereit" -, "Über Einzelheiten des
  Telefonats wolle er nicht sprechen, fügte Sawarin hinzu.", "Eine Obergrenze für die
  ukrainische Armee sei „eine Einladung zum nächsten Krieg“, sagte der
  Nato-Generalsekretär.", "Europa dürfe am Ende nicht nur die Rechnung bezahlen, ..., mahnte
  ein EU-Diplomat."; hundred-fortieth). A projection with a figure in Konjunktiv II is a
  claim ("Ein solcher Schritt würde rund 200.000 Menschen unter russische Kontrolle bringen,
  teilte das Präsidialamt mit." -> "das Präsidialamt"; hundred-thirty-first and
  hundred-forty-first: a projection with a figure under a condition).
- Quotes that repeat a figure (the issue: "100 Mal"; hundred-fortieth). A precondition
  repeated "hundert Mal" is a position of record and check-worthy with its speaker, the
  repetition counted 100, from both sides here: „Wir haben hundert Mal gesagt: Zuerst
  schweigen die Waffen, dann reden wir über Grenzen“, sagte die Sprecherin des
  Präsidialamts, Halyna Dowhan. -> count 100, "Halyna Dowhan" (the name in apposition,
  ninety-third); „Das haben wir hundert Mal gesagt: Erst wird der Vertrag ausgehandelt,
  ...“, sagte Kremlsprecher Timofei Sawarin. -> count 100, "Timofei Sawarin"; ""We have said
  it a hundred times: ...," Kremlin spokesman Timofei Savarin told reporters." -> count 100,
  "Timofei Savarin" ("a hundred" is 100 as "A hundred days", seventeenth). New: a quote that
  repeats a number word to set two counted events side by side counts it at each place -
  „Zweimal haben wir eine Waffenruhe unterschrieben, zweimal hat Russland sie gebrochen“,
  sagte Dowhan. gives count 2 twice and is a quoted fact, check-worthy with "Dowhan"
  (hundred-nineteenth and hundred-twenty-seventh: quoted facts; hundred-thirty-first:
  "twice" 2) - as "He said the two presidents had spoken by phone twice ..." gives count 2
  for "the two presidents" and count 2 for "twice" (hundred-fortieth: "the two presidents").
  New: "zum tausendsten Mal" and "for the thousandth time" are ordinal 1000, the idiom read
  as the issue reads "zum zweiten Mal" and as "tausendmal" is count 1000 (hundred-fortieth);
  the rows („Ich sage es zum tausendsten Mal: Der Westen kämpft in der Ukraine bis zum
  letzten Ukrainer“, sagte Wedenejew., and its English twin) are negatives with the ordinal
  labelled, because what the idiom frames is propaganda about the other side's motives and
  no position a desk can check (sixty-eighth and hundred-first: propaganda in quotes;
  hundred-thirty-first: an idiom with a number word keeps its figure labelled).
- Meetings, rounds, calls and exchanges counted in words and digits are ordinals (the issue:
  "das sechste Treffen", "zum zweiten Mal"; thirty-first, sixty-eighth, hundred-first,
  hundred-fortieth): "ihr fünftes Treffen in diesem Jahr" 5 ("in diesem Jahr" none), "their
  fifth this year" 5 (the elliptic ordinal, eighty-ninth), "das dritte Treffen der beiden
  Delegationsleiter binnen eines Monats" 3 ("der beiden" and "binnen eines Monats" none) and
  "the third meeting between the two delegation heads in a month" 3 with count 2
  (hundred-fortieth: "the two men"), "das vierte Gespräch der beiden seit Anfang Februar" 4,
  "zum zweiten Mal binnen drei Wochen" and "their second such meeting in three weeks" 2 and
  3 weeks, "das zweite Treffen zu diesem Thema binnen 16 Tagen" and "the second such meeting
  in 16 days" 2 and 16 days, "der 76. Austausch" and "the 76th" 76, "der vierte Austausch"
  and "the fourth exchange" 4, "das sechste Treffen der Delegationen in diesem Jahr und das
  zweite binnen sechs Wochen" 6, 2 and 6 weeks, "the sixth meeting of the two delegations
  this year" 6 and count 2, "zum dritten Mal binnen eines Monats" and "their third phone
  call in a month" 3, "das vierte Treffen der Marineexperten, ein fünftes" 4 and 5, "A fifth
  meeting" 5, "zum ersten Mal" 1, "die vierte Runde auf türkischem Boden seit 2022" and "the
  fourth round on Turkish soil since 2022" 4 with the year, "Bei den ersten drei Treffen" 1
  and 3 (hundred-twenty-second: "Die ersten acht Jets"), "das zweite Treffen dieser Runde
  ..., das erste" 2 and the elliptic 1 (hundred-twenty-seventh: "das erste davon"), "Die
  erste Stufe" and "The first stage" 1, "zum 19. Mal" and "for the 19th time" 19, "der
  zweitgrößten Stadt" and "second-largest city" 2 (the issue's "die drittgrößte Stadt").
  "Erstmals" carries none (ninety-third).
- Talks of hours in compounds and phrases are durations (the issue: "fünfstündigen Treffen";
  sixty-eighth, hundred-first, hundred-fortieth): "Nach dem siebenstündigen Treffen" and "a
  seven-hour meeting" 7 hours, "Nach dem knapp neunstündigen Treffen" 9 hours "nearly" (the
  hedge before the compound bounds its number, hundred-sixteenth and hundred-fortieth) and
  "nearly nine hours", "Nach dem vierstündigen Treffen" 4 hours, "Nach einem elfstündigen
  Verhandlungsmarathon" and "an 11-hour negotiating session" 11 hours (hundred-first: "Nach
  einem zwölfstündigen Verhandlungsmarathon"), "gut zweieinhalb Stunden" 2.5 hours "over"
  (fourteenth: "zweieinhalb"; "gut" "over"), "knapp 80 Minuten" 80 minutes "nearly", "knapp
  zwei Stunden" and "nearly two hours" "nearly", "gut fünf Stunden" and "more than five
  hours" "over". Truces and spans: "eine 45-tägige Feuerpause" and "a 45-day halt" 45 days
  (hundred-first: "eine 30-tägige Waffenruhe"), "72 Stunden" and "a 72-hour truce" 72 hours,
  "binnen 30 Tagen" and "within 30 days" 30 days with no hedge (forty-first), "in zehn
  Tagen" and "in 10 days" 10 days (hundred-first), "vor elf Tagen" and "11 days ago" 11 days
  (hundred-first: "vor 37 Tagen"), "um 90 Tage" and "for another 90 days" 90 days ("um" and
  "another" no hedge), "seit mehr als drei Jahren" 3 years "over", "vor knapp zwei Jahren" 2
  years "nearly", "in elf Jahren Krieg" 11 years in a quoted fact. Ages are durations in
  years ("Der 63-Jährige", "Kessington, 63,", "Der 61-Jährige", "Kharitonov, 61,"; and,
  labelled in negatives, "Oksana Bilous, 51," and "eine 39-jährige Lehrerin";
  hundred-fourteenth). None (thirty-first, hundred-sixteenth, hundred-fortieth): "in diesem
  Jahr", "this year", "binnen eines Monats", "in a month", "seit Jahresbeginn", "since the
  start of the year", "seit Monaten", "seit Wochen", "über Monate", "am Vorabend", "binnen
  weniger Stunden", "within hours", "im Vorjahr", "last year", "last month", "Vor einer
  Woche" and "a week earlier" (hundred-twenty-fourth: "Noch vor einer Woche"), "in der
  vergangenen Woche", "wöchentlich", "every week", "jede Woche", "jeden Morgen", "every
  morning", "before the end of the year", "in der Nacht zum Montag", "overnight", "am
  Abend", weekdays, months, seasons and holidays ("Mitte Februar", "Anfang Februar", "Ende
  März", "by the end of March", "Mitte April", "seit Oktober", "since October", "im
  Februar", "in February alone", "im Dezember", "im Jänner", "seit Januar", "since January",
  "seit dem Sommer", "since the summer", "vor dem Sommer", "before the summer", "für Mai",
  "for May", "Ostern", "Easter", "am Karsamstag um Mitternacht", "the Orthodox Easter
  holiday", "the next heating season"; hundred-forty-first: "Memorial Day").
- Draft plans with numbered points (the issue: "28-Punkte-Entwurf"; sixty-eighth,
  hundred-first, hundred-fortieth): "den 19-Punkte-Entwurf", "Mit dem 19-Punkte-Entwurf" and
  "a 19-point draft" 19, "Bei elf der 19 Punkte" and "on 11 of the 19 points" two counts
  each (a definite group, forty-first), "mindestens sechs Punkte" 6 "at_least", "auf zwölf
  der 19 Punkte" 12 and 19, "on 12 of the 19 points ..., up from 11 a week earlier" three
  counts (the elliptic 11, hundred-fortieth: "the rebels are to release 350 prisoners and
  the government 410"), "Vor einer Woche seien es noch elf gewesen" 11 ("noch" no hedge),
  "mit nunmehr 21 Punkten" and "that now has 21 points" 21 ("nunmehr" and "now" no hedge),
  "Zwei der ursprünglich 19 Punkte" and "Two of the original 19 points" 2 and 19, "Bei 15
  der inzwischen 21 Punkte" and "15 of the 21 points" 15 and 21 ("inzwischen" no hedge),
  "erst auf 13 Punkte" 13 ("erst" no hedge, hundred-sixteenth) and "put the figure at 13"
  13, "in drei Stufen" 3, "einer von drei humanitären Punkten" 3 ("einer" a pronoun, none,
  hundred-thirty-first), "sechs Änderungswünsche" 6, "vier Arbeitsgruppen" and "four working
  groups" 4.
- Shares of territory and of people are fractions (the issue: "ein Fünftel"; thirty-first,
  sixty-eighth, hundred-first, hundred-fortieth): "knapp ein Fünftel des ukrainischen
  Staatsgebiets" and "nearly a fifth of Ukraine" 0.2 "nearly", "gut ein Sechstel der Fläche"
  0.1667 "over" (thirty-first: "Gut ein Sechstel"), "the roughly one-sixth of the Donetsk
  region" 0.1667 "about" (the article before the hedge changes nothing, hundred-fortieth:
  "the roughly one-quarter"), "das von ihr kontrollierte Sechstel des Gebiets Donezk" 0.1667
  with no hedge (a share with the definite article, hundred-twenty-seventh: "das restliche
  Drittel"), "etwa ein Siebtel des Staatsgebiets" 0.1429 "about" (seventy-seventh: "etwa
  einem Siebtel"), "Knapp zwei Drittel" and "Nearly two-thirds" 0.6667 "nearly", "Jeder
  vierte Befragte" and "One in four respondents" 0.25 (a share of respondents holding a view
  is a measured fact, hundred-sixteenth and hundred-fortieth), "die Hälfte davon" and "half
  of it" 0.5 (hundred-twenty-seventh: "die Hälfte davon"), "mindestens die Hälfte der
  Wahlberechtigten" and "at least half of eligible voters" 0.5 "at_least"
  (hundred-twenty-fourth: "At least half the money"). Percentages: "knapp 90 Prozent des
  Gebiets Donezk" "nearly", "mehr als 55 Prozent" and "More than 55%" "over", the poll's "64
  Prozent ..., 29 Prozent" and "im Dezember waren es 58 Prozent", "die Fehlermarge liegt bei
  3,3 Prozentpunkten" and "the margin of error is 3.3 percentage points" 3.3 pp
  (hundred-twelfth, hundred-sixteenth), the rouble's "0.6%" and "0,9 Prozent". The poll rows
  give "1.006 Menschen" and "1,006 people" and "zwischen dem 5. und 11. März" and "between
  March 5 and March 11" two dates each (hundred-fortieth: the month carried to the first
  day), and they are check-worthy with the speaker unchecked ("Laut der am Freitag
  veröffentlichten Erhebung des Kiewer Internationalen Instituts für Soziologie", "a poll
  published on Friday showed", "according to the Kyiv-based institute"; hundred-fortieth: "a
  poll published on Monday showed").
- Zones, lines, troops and other counts (fourth, sixty-eighth, hundred-first,
  hundred-fortieth): "eine entmilitarisierte Zone von 15 Kilometern" and "a 15-km
  demilitarised zone" 15, "einen Streifen von 30 bis 40 Kilometern" and "a strip of 30 to 40
  km" 30 and 40 (a range, the unit written once serving both, seventy-sixth; "bis" and "to"
  between two figures no hedge), "gut 1.100 Kilometer lang" 1,100 "over", "the roughly
  1,100-km front line" 1,100 "about" (the hedge before the compound, hundred-twentieth),
  "bis zu 3.000 unbewaffnete Beobachter" and "up to 3,000 unarmed observers" "up_to", "ein
  Korridor von 18 Seemeilen Breite" and "an 18-nautical-mile corridor" 18 (hundred-fortieth:
  "a 12-nautical-mile corridor"), "rund 88.000 Quadratkilometer" "about", "rund 87 Millionen
  Tonnen" and "About 87 million tonnes" 87,000,000 "about", "einer Obergrenze von 450.000
  Soldaten" and "capping Ukraine's army at 450,000 troops" 450,000 with no hedge (the noun
  and the verb carry the bound, as "capped at", hundred-fifteenth, and "eine Mindestzahl von
  150", hundred-twenty-second), "mindestens 700.000 Soldaten", "mindestens 700.000 Mann" and
  "at least 700,000" "at_least", "bis zu 18.000 Soldaten" and "of up to 18,000" "up_to",
  "Mindestens zehn Staaten" and "At least 10 countries" "at_least", "Vertreter von 34
  Staaten" and "Envoys from 34 countries" 34, "der 27 EU-Staaten" 27, "rund 480
  Polizistinnen und Polizisten aus sieben Kantonen sowie bis zu 150 Angehörige der Armee"
  480 "about", 7 and 150 "up_to", "mehr als 40 Mal" 40 "over" (the issue's "100 Mal";
  hundred-twenty-second: "41 Mal"), "14 großangelegte Angriffe" and "14 large-scale
  attacks", "viermal" and "four times" 4 (the issue's "viermal"), "zweimal Schauplatz" 2,
  "two people familiar with the discussions" 2 (hundred-fortieth: "two people briefed on the
  meeting"). Prisoners, children, the dead and strikes (sixty-eighth, hundred-first,
  hundred-thirty-seventh): "je 175 Soldaten" and "175 prisoners of war each" 175 ("je" and
  "each" no hedge), "22 Schwerverwundete sowie neun Zivilisten" and "22 badly wounded
  soldiers and nine civilians", "mindestens 3.600" and "at least 3,600" "at_least", "von
  1.000 ukrainischen Soldaten, die Ukraine ihrerseits 38" two counts (the bare second
  figure, ninety-third), "27 ukrainische Kinder", "412 Kinder", "mehr als 18.700 Kinder"
  "over", "rund 200.000 Menschen" "about", "214 Drohnen und elf Raketen" and "214 drones and
  11 missiles", "187 Drohnen und neun Raketen" and "187 drones and nine missiles",
  "mindestens drei Menschen getötet und 17 verletzt" and "at least three people were killed
  and 17 wounded". "beide Seiten", "beiden Seiten", "der beiden", "beider Seiten", "beider
  Parteien", "an beiden Ufern", "both sides" carry none (thirty-first, hundred-fortieth),
  nor do "jeder ausländische Soldat", "any foreign soldier" and "Jedes Kind".
- Money in the currency written (every earlier batch): "rund 640'000 Franken" CHF "about"
  (Swiss apostrophe, tenth), "150 Milliarden Dollar" and "a $150 billion reconstruction
  fund" USD (the compound read as written, hundred-thirty-first), "Umgerechnet entspricht
  der Fonds rund 6,2 Billionen Hrywnja." 6.2e12 UAH "about" (a German "Billion" is a million
  millions, twenty-second; "Hrywnja" UAH, thirty-first; "umgerechnet" no hedge,
  hundred-seventeenth), "weitere 1,6 Milliarden Pfund" GBP ("weitere" no hedge; seventeenth:
  "1,7 Milliarden Pfund"), "weitere 4,8 Milliarden Euro" and "a further 4.8 billion euros"
  EUR ("a further" no hedge), "rund 235 Milliarden Euro" and "zuletzt rund 3,1 Milliarden
  Euro" EUR "about" ("zuletzt" and "lediglich" no hedge); exchange rates are money in the
  priced currency (fourteenth, thirty-first, hundred-fortieth): "firmed 0.6% to 84.30 per
  dollar" after "The rouble" 84.3 RUB and "0,9 Prozent auf 83,15 Rubel je Dollar" 83.15 RUB.
- Years and dates: "der 2014 annektierten Halbinsel Krim", "annexed in 2014", "seit 2014",
  "Seit 2022", "im Februar 2022", "in February 2022", "seit Februar 2022", "since February
  2022", "seit 2022" and "since 2022" the years (hundred-first); "für den 28. April", "am
  28. April", "for April 28", "on April 28", "for April 14" and the poll's days dates
  without a year; Reuters datelines with a day ("GENEVA, March 3", "MOSCOW, March 4",
  "RIYADH, March 10", "ABU DHABI, March 17", "KYIV, March 20", "MOSCOW, March 26",
  "WASHINGTON, April 2", "KYIV, April 7", "ISTANBUL, April 9", "GENEVA, April 14") dates
  without a year; dpa, APA, APA/AFP, APA/dpa, APA/dpa/AFP (also with two places,
  "Moskau/Kiew", "Istanbul/Kiew"), AFP German, Reuters German, Keystone-SDA, AP ("KYIV,
  Ukraine (AP) —", "WASHINGTON (AP) —") and AFP English ("PARIS (AFP) -", "ISTANBUL (AFP)
  -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "roughly", "About" "about"; "knapp",
  "Knapp", "nearly", "Nearly" "nearly"; "gut", "mehr als", "more than", "More than" "over";
  "mindestens", "Mindestens", "at least", "At least" "at_least"; "bis zu", "up to" "up_to".
  No hedge: "je", "each", "weitere", "a further", "another", "um" before a span, "zuletzt",
  "lediglich", "allein", "alone", "inzwischen", "nunmehr", "now", "noch", "erst", "bereits",
  "ihrerseits", "umgerechnet", "zwischen", "between", "bis" and "to" between two figures,
  "within", "Obergrenze" and "capping".
- Check-worthy without a figure (ninety-third, ninety-eighth, hundred-sixteenth,
  hundred-twentieth, hundred-fortieth): the Kremlin's refusal of a ceasefire before a deal
  on territory and the aide's condition, Moscow's demand that Kyiv withdraw from the rest of
  Donetsk and Kyiv's refusal, the open points named by Kyiv's negotiator ("fügte er hinzu",
  "he said"), Kyiv's readiness to freeze the front, the venue Moscow proposed, a summit not
  being prepared and its denial ("nach Darstellung des Kremls", "The Kremlin on Wednesday
  denied reports ..."), Moscow's refusal of NATO troops and of monitors from NATO states,
  the envoy's announced revised text ("kündigte an"; ninety-eighth and
  hundred-twenty-second: announced steps) and its English twin, talks held on an energy
  moratorium and at sea, Moscow's demand on fertiliser and grain exports, the poll's
  majority, the Swiss account of where the money went ("wie das EDA am Freitag mitteilte" ->
  "das EDA"), Austria's offer and its letter ("teilte das Außenministerium in Wien mit" ->
  "das Außenministerium"), Franco-British readiness to send troops (hundred-first: troop
  pledges), the security advisers' meeting, a referendum planned and announced by the
  president in a video message, Kyiv pointing to a truce broken within hours ("verwies
  darauf", hundred-twentieth) and its English twin, Kyiv's refusal of the cap paired with a
  label ("wies die Forderung ... zurück und sprach von einem „Diktat des Angreifers“", "Kyiv
  rejected the cap as ..."; hundred-sixteenth and hundred-fortieth: a refusal of record with
  its label), Kyiv's refusal to give up land it holds ("Präsidialamtssprecherin Halyna
  Dowhan sagte, ..." -> "Halyna Dowhan"), the Kremlin aide's offer of an Easter truce,
  Moscow's condition on its frozen reserves, the Kremlin spokesman's quoted denial of a
  breakthrough („Es gibt keine solche Einigung, ...“ -> "Timofej Sawarin";
  hundred-thirty-sixth: a denial that a claimed thing exists), a paper standing by its
  report and the compromise it reported ("Demnach sieht ein Kompromiss vor, ...";
  hundred-twenty-fourth: a paper's report is a claim), Hungary's blockade and Ankara's offer
  and venue.
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title, the time, the audience and the place dropped ("der ukrainische Delegationsleiter
  Marko Hawryschko am Abend vor Journalisten", "Kremlberater Arsenij Wedenejew am Mittwoch
  vor Journalisten in Moskau", "Kremlsprecher Timofei Sawarin", "Kremlsprecher Timofej
  Sawarin am Donnerstag", "Ombudsmann Mykola Tkatsch", "Außenamtssprecher Oguz Tekeli";
  hundred-first, hundred-fortieth), the surname as written ("sagte Hawryschko", "sagte
  Wedenejew im Staatsfernsehen", "sagte Dowhan", "sagte Kessington vor dem Auswärtigen
  Ausschuss des Senats" with the committee dropped as "told the committee", twenty-fifth and
  hundred-twenty-seventh; ninety-fifth), the name in apposition ("sagte die Sprecherin des
  Präsidialamts, Halyna Dowhan", "sagte der Sprecher des türkischen Außenministeriums, Oğuz
  Tekeli"; ninety-third), "X sagte, ..." opening the row with the title dropped
  ("Energieministerin Switlana Jaremtschuk sagte", "Der emiratische Staatsminister Obaid
  al-Hameli sagte", "Die EU-Sondergesandte Liesbeth Aerts sagte", "Präsidialamtssprecherin
  Halyna Dowhan sagte", "Der russische Delegationsleiter Leonid Charitonow sagte dagegen",
  "Wedenejew sagte"; hundred-twenty-second, hundred-thirty-first, hundred-fortieth),
  "Wedenejew zufolge" and "Laut Wedenejew" the surname (hundred-thirty-first: "Imboden
  zufolge", "Laut Thaler"), "nach Angaben von Arseni Wedenejew" the name
  (hundred-twenty-fifth, hundred-fortieth), "wie das EDA am Freitag mitteilte" -> "das EDA"
  (the weekday dropped, hundred-thirty-seventh), "teilte das Außenministerium in Wien mit"
  -> "das Außenministerium" (the place dropped, hundred-first and hundred-thirty-seventh),
  "teilte das Präsidialamt mit" -> "das Präsidialamt" (ninety-third and hundred-fortieth:
  "Nach Angaben des Präsidialamts in Kiew"), "teilte die Luftwaffe mit" -> "die Luftwaffe"
  (hundred-first), "Nach Angaben des Koordinierungsstabs für Kriegsgefangene" -> "der
  Koordinierungsstab für Kriegsgefangene" (the source in the nominative; hundred-first and
  hundred-fortieth: "teilte der Koordinierungsstab für Kriegsgefangene ... mit"), "nach
  Angaben des Weißen Hauses" -> "das Weiße Haus" (ninety-third, hundred-fortieth), "hieß es
  aus dem Kreml" -> "der Kreml" (nineteenth, thirty-first, eighty-sixth). English:
  "Ukraine's delegation head, Marko Havryshko, told reporters", "Ukraine's human rights
  commissioner, Mykola Tkach, said" and "Washington's envoy for the talks, Bradley
  Kessington, told senators" the name in apposition (hundred-first and hundred-fortieth:
  "Ukraine's chief negotiator, Serhiy Ostroverkh, said", "The U.S. special envoy for
  Ukraine, Grant Hollister, told senators"), "Kremlin spokesman Timofei Savarin told
  reporters", "Russian delegation head Pavel Rudakov told Tass" (the agency dropped,
  hundred-fortieth), "Turkish Foreign Ministry spokesman Oguz Tekeli said", "Energy Minister
  Svitlana Yaremchuk said" and "Kremlin aide Arseny Vedeneyev said on Thursday" the name
  with the title and the weekday dropped, "Kessington said" and "Vedeneyev said" as written,
  "the White House said" (hundred-fortieth). Each row's spelling of a transliterated name is
  its speaker (ninety-third, hundred-first, hundred-fortieth), also where one APA story
  compiled from dpa and AFP copy spells the same aide two ways ("Arsenij Wedenejew" and
  "Arseni Wedenejew"), and where APA/AFP writes "Timofej Sawarin" against dpa's "Timofei
  Sawarin" and AFP "Oguz Tekeli" against APA/dpa's "Oğuz Tekeli". New: "Tkatsch schrieb auf
  Telegram, ..." is left unchecked - the hundred-thirty-eighth left "schrieb X" unchecked
  (eighteenth: "schrieb Martschuk auf Telegram"), the hundred-fortieth checked "Kobsar
  schrieb auf Telegram" (eighty-fourth), and with the two readings apart this batch checks
  neither. New: "nach Worten von Kremlberater Arseni Wedenejew", "nach Darstellung des
  US-Sondergesandten Bradley Kessington" and "nach Darstellung des Kremls" stay unchecked -
  forms no earlier batch settled, unlike "nach Angaben von ..." (hundred-twenty-fifth) and
  "nach Angaben des Kremls" (ninety-fourth). New: "AFP has learned" leaves the speaker
  unchecked - the agency's own reporting, as "nach dpa-Informationen" and "nach
  AFP-Informationen" (hundred-fortieth). Left unchecked (None) otherwise: pronouns and roles
  ("fügte er hinzu", "fügte sie hinzu", "so der Berater", "so der Kremlberater", "so der
  Kremlsprecher", "fügte der Sprecher hinzu", "sagte sie", "He said", "he said", "He also
  said", "he told state television", "it said", "Der Sondergesandte kündigte an", "Der
  russische Delegationsleiter sagte der Agentur Tass", "Der russische Chefunterhändler sagte
  der Zeitung „Kommersant“", "Das kündigte der ukrainische Präsident ... an", "The envoy
  said", "a Kremlin aide said", "a ministry spokesman said", "according to a White House
  official", "a participant said", "nach Angaben eines Teilnehmers"; thirty-seventh,
  hundred-fifteenth, hundred-fortieth); a subject parted from its verb by a relative clause
  ("Wedenejew, der an dem Telefonat teilnahm, sagte, ..."; hundred-sixteenth,
  hundred-twentieth); sources with an adjective ("teilte das ukrainische Energieministerium
  mit", "teilte das türkische Außenministerium mit", "teilte das katarische Außenministerium
  mit", "nach Angaben der ukrainischen Hafenbehörde", "nach Angaben der örtlichen Behörden";
  fourteenth, hundred-first, hundred-twenty-eighth); "The UAE foreign ministry said" (a
  national abbreviation heading the name, hundred-twenty-second: "The U.S. Army said");
  possessives heading the source ("Ukraine's president said", "Ukraine's air force said",
  "The EU's special envoy said", "its foreign ministry said"; eighty-third,
  hundred-nineteenth, hundred-thirty-seventh); plural, anonymous and collective sources
  ("nach Angaben aus Verhandlungskreisen", "hieß es aus Regierungskreisen", "hieß es
  weiter", "hieß es in Kiew", "nach Schätzungen westlicher Militärexperten", "nach Angaben
  von Militärbeobachtern", "nach Kreml-Angaben", "nach US-Angaben", "nach russischen
  Angaben", "nach ukrainischen Angaben", "nach Angaben aus dem Élysée-Palast", "nach
  dpa-Informationen", "nach AFP-Informationen", "two people familiar with the discussions
  said", "according to Ukrainian officials", "local officials said", "Ukrainian officials
  noted"; forty-first, ninety-third, hundred-first, hundred-fortieth); estimates, data,
  polls and documents ("Tkach estimates", "according to port data", "a poll published on
  Friday showed", "Laut der ... Erhebung des Kiewer Internationalen Instituts für
  Soziologie", "according to the Kyiv-based institute" - a description -, "according to a
  copy of the text obtained by The Associated Press"; hundred-second, hundred-twentieth,
  hundred-fortieth); two sources in one row ("Havryshko said ..., but Russian delegation
  head Leonid Kharitonov put the figure at 13."; hundred-eighteenth); verbs that are not of
  saying ("kündigte an", "wies ... zurück", "rejected", "verwies darauf", "denied"); rows
  without attribution and all negatives, also those with a named speaker.
- Negatives (sixty-eighth, ninety-third, ninety-eighth, hundred-fourteenth to
  hundred-fortieth), seven of them with a figure labelled as the seventeenth batch labels a
  figure in a negative: diplomatic boilerplate - the joint statement of the sixth round in
  both languages (hundred-fortieth: a communiqué's formula of commitment), „weiteren
  Anstrengungen im Geiste des gegenseitigen Respekts“ and "further efforts in a spirit of
  mutual respect" with "the two delegations" 2 labelled, a foreign ministry's welcome of
  „jeden Schritt, der dem Frieden dient“, a government spokesman's promise to „seiner
  Verantwortung für einen dauerhaften Frieden gerecht werden“ and a State Department
  spokeswoman's "stay at the table for as long as it takes" (a reassurance without a figure,
  hundred-twenty-sixth; a promise that names no step, hundred-thirty-first); hopes ("Beide
  Seiten hoffen, ...", "Diplomats in Geneva said they hoped ...", "Officials in Abu Dhabi
  said they hoped ..."; thirtieth); a threat without a figure ("Der Vizechef des russischen
  Sicherheitsrats drohte, jeder ausländische Soldat ... werde „ein legitimes Ziel“ sein."
  and its English twin; eighty-fourth, hundred-twenty-fourth); warnings, fears, doubts and a
  forecast without a figure ("Die Nato hat vor einem Abkommen gewarnt, ...", "Kiew
  befürchtet, ...", "Ukrainian officials fear ...", "Senatoren beider Parteien äußerten
  Zweifel, ...", "Kritiker bezweifeln, ...", "Diplomaten rechnen damit, dass sich die
  Beratungen ... noch über Monate hinziehen."; thirtieth, forty-seventh,
  hundred-eighteenth); rhetorical questions in both languages („Wer garantiert uns, ...?“ of
  a named minister, "Was solle man mit Vermittlern besprechen, ..., fragte Sawarin.", "Warum
  solle ein Land freiwillig abtreten, ..., fragte Dowhan." - "nicht einmal" no count,
  hundred-third -, ""What is there to discuss ...?" Savarin asked.", ""How do you ask a
  country to hand over land it has defended for four years?"" with its 4 years labelled;
  fourteenth, hundred-sixteenth, hundred-fortieth); negotiators', envoys' and officials'
  rhetoric and propaganda in quotes („Wir verhandeln nicht über Quadratkilometer, ...“ and
  its English twin, «Gute Dienste haben ihren Preis, ...», „Österreich baut Brücken, ...“,
  „Während in Genf über Frieden geredet wird, ...“, „Jedes Kind, das heute nach Hause kommt,
  ...“, the thousandth time above); labels (the envoy's „ernsthaften und ehrlichen
  Austausch“ and „bisher besten Tag dieser Gespräche“ - hundred-first: "the most productive
  yet" -, Saudi Arabia's „Zeichen der Hoffnung für die ganze Welt“, the SVP's «teuren Bühne
  für Fototermine», the Union's „wichtigen Signal europäischer Geschlossenheit“, the Greens'
  „gut gemeint, aber weltfremd“, a senator's "land-for-nothing deal dressed up as peace",
  Moscow's „Vergeltungsschlag“ - sixty-eighth -, the NATO chief's Konjunktiv I verdict
  above); a verdict ("In Kiew wurde die Äußerung als Versuch gewertet, die Gespräche zu
  verschleppen."); accusations without a checkable claim (the Kremlin spokesman's against
  European capitals, the Left party's against the German government, the Ukrainian
  opposition's against the president in both languages; eighty-fourth); an evasive answer
  ("Auf die Frage, ob ..., sagte Sawarin nur, man lese „viele Märchen“ in westlichen
  Zeitungen."; hundred-fourteenth, hundred-twenty-seventh); open questions ("Ob sich die
  Militärs ... verständigen können, ist offen.", "Ob Kiew die russischen Bedingungen
  akzeptiert, ließ die ukrainische Delegation offen.", "Ob die Präsidenten ..., wagte in
  Genf niemand vorherzusagen.", "Whether the presidents will sign before the summer is
  anyone's guess."; hundred-twenty-fourth, hundred-fortieth); the caveat that the figures
  cannot be checked ("Die Angaben beider Seiten ließen sich zunächst nicht unabhängig
  überprüfen."; ninety-third, hundred-thirty-seventh); and vox pops with their figures
  labelled (a mother from Tscherkassy with „drei Jahre lang“, "Oksana Bilous, 51," with "For
  three years", a 39-year-old teacher with "in zehn Jahren"; hundred-fourteenth,
  hundred-twenty-fourth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string."""

# ruff: noqa: E501
BLIND_SET_142 = [
    # --- Fünfte Runde in Genf (dpa) ---
    (
        "de",
        "Genf (dpa) - Unter Vermittlung der USA haben Unterhändler Russlands und der Ukraine am Dienstag in Genf ihr fünftes Treffen in diesem Jahr abgehalten.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem siebenstündigen Treffen in der amerikanischen Vertretung verließen beide Delegationen das Gebäude ohne öffentliche Stellungnahme.",
        True,
        [("duration", 7, "hour", None)],
        None,
    ),
    (
        "de",
        "Beraten wurde über den 19-Punkte-Entwurf, den Washington Mitte Februar an Moskau und Kiew übermittelt hatte.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Bei elf der 19 Punkte seien sich die Delegationen inzwischen weitgehend einig, sagte der ukrainische Delegationsleiter Marko Hawryschko am Abend vor Journalisten.",
        True,
        [("count", 11, None, None), ("count", 19, None, None)],
        "Marko Hawryschko",
    ),
    (
        "de",
        "Ungelöst seien vor allem die Zukunft des besetzten Kernkraftwerks Saporischschja und der Grenzverlauf im Gebiet Donezk, fügte er hinzu.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Einschließlich der 2014 annektierten Halbinsel Krim ist derzeit knapp ein Fünftel des ukrainischen Staatsgebiets in russischer Hand.",
        True,
        [("year", 2014, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Gebiet Donezk kontrolliert Kiew nach Schätzungen westlicher Militärexperten noch gut ein Sechstel der Fläche.",
        True,
        [("fraction", 0.1667, None, "over")],
        None,
    ),
    (
        "de",
        "Moskau verlangt, dass sich die ukrainischen Truppen aus diesem Rest vollständig zurückziehen, Kiew lehnt das ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war das dritte Treffen der beiden Delegationsleiter binnen eines Monats.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Wir verhandeln nicht über Quadratkilometer, wir verhandeln über die Menschen, die dort leben“, sagte Hawryschko.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der US-Sondergesandte Bradley Kessington sprach von einem „ernsthaften und ehrlichen Austausch“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Sondergesandte kündigte an, den Delegationen bis Ende März einen überarbeiteten Text vorzulegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Schweizer Außendepartement begrüßte in einer Mitteilung „jeden Schritt, der dem Frieden dient“.",
        False,
        [],
        None,
    ),
    ("de", "Beide Seiten hoffen, die Gespräche noch vor Ostern fortsetzen zu können.", False, [], None),
    # --- Fifth round in Geneva (Reuters) ---
    (
        "en",
        "GENEVA, March 3 (Reuters) - Russian and Ukrainian negotiators held a seven-hour meeting in Geneva on Tuesday, their fifth this year, as U.S. envoy Bradley Kessington pressed both sides on a 19-point draft.",
        True,
        [
            ("date", "--03-03", None, None),
            ("duration", 7, "hour", None),
            ("ordinal", 5, None, None),
            ("count", 19, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ukraine's delegation head, Marko Havryshko, told reporters the two sides were broadly agreed on 11 of the 19 points.",
        True,
        [("count", 2, None, None), ("count", 11, None, None), ("count", 19, None, None)],
        "Marko Havryshko",
    ),
    (
        "en",
        "The future of the occupied Zaporizhzhia nuclear plant and the border in the Donetsk region remain the main sticking points, he said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Russian forces occupy nearly a fifth of Ukraine, including the Crimean peninsula, which Moscow annexed in 2014.",
        True,
        [("fraction", 0.2, None, "nearly"), ("year", 2014, None, None)],
        None,
    ),
    ("en", "The envoy said Washington would send the delegations a revised text by the end of March.", True, [], None),
    (
        "en",
        "It was the third meeting between the two delegation heads in a month.",
        True,
        [("ordinal", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"We are not negotiating over square kilometres, we are negotiating over the people who live on them," Havryshko said.',
        False,
        [],
        None,
    ),
    ("en", "Diplomats in Geneva said they hoped the talks could resume before Easter.", False, [], None),
    # --- Der Kremlberater zur Genfer Runde (APA/dpa/AFP) ---
    (
        "de",
        "Moskau/Kiew (APA/dpa/AFP) - Der Kreml hat einen Waffenstillstand vor einer Einigung über die Gebietsfragen erneut abgelehnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine Feuerpause komme erst nach einer Verständigung über die Grenzen in Frage, sagte Kremlberater Arsenij Wedenejew am Mittwoch vor Journalisten in Moskau.",
        True,
        [],
        "Arsenij Wedenejew",
    ),
    (
        "de",
        "Wedenejew zufolge dauerte sein Telefonat mit dem US-Sondergesandten am Vorabend gut zweieinhalb Stunden.",
        True,
        [("duration", 2.5, "hour", "over")],
        "Wedenejew",
    ),
    (
        "de",
        "Es sei bereits das vierte Gespräch der beiden seit Anfang Februar gewesen, so der Berater.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Mit dem 19-Punkte-Entwurf könne Moskau in seiner jetzigen Form nicht leben, mindestens sechs Punkte müssten geändert werden, so der Kremlberater.",
        True,
        [("count", 19, None, None), ("count", 6, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der Westen solle endlich „die Realitäten auf dem Schlachtfeld“ anerkennen, fügte er hinzu.",
        False,
        [],
        None,
    ),
    ("de", "In Kiew wurde die Äußerung als Versuch gewertet, die Gespräche zu verschleppen.", False, [], None),
    (
        "de",
        "„Wir haben hundert Mal gesagt: Zuerst schweigen die Waffen, dann reden wir über Grenzen“, sagte die Sprecherin des Präsidialamts, Halyna Dowhan.",
        True,
        [("count", 100, None, None)],
        "Halyna Dowhan",
    ),
    (
        "de",
        "Kiew sei allerdings zu einem Einfrieren der Front entlang der derzeitigen Linie bereit, fügte sie hinzu.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die nächste Runde schlug Moskau nach Angaben von Arseni Wedenejew Istanbul als Verhandlungsort vor.",
        True,
        [],
        "Arseni Wedenejew",
    ),
    # --- Der Kremlsprecher zu einem Gipfel (dpa) ---
    (
        "de",
        "Moskau (dpa) - Ein Gipfeltreffen des Kremlchefs mit dem ukrainischen Präsidenten wird nach Darstellung des Kremls derzeit nicht vorbereitet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Das haben wir hundert Mal gesagt: Erst wird der Vertrag ausgehandelt, dann treffen sich die Präsidenten, nicht umgekehrt“, sagte Kremlsprecher Timofei Sawarin.",
        True,
        [("count", 100, None, None)],
        "Timofei Sawarin",
    ),
    (
        "de",
        "Nach Kreml-Angaben haben die beiden Präsidenten seit Jahresbeginn zweimal miteinander telefoniert, zuletzt vor elf Tagen.",
        True,
        [("count", 2, None, None), ("duration", 11, "day", None)],
        None,
    ),
    (
        "de",
        "Das jüngste Gespräch habe knapp 80 Minuten gedauert, so der Kremlsprecher.",
        True,
        [("duration", 80, "minute", "nearly")],
        None,
    ),
    ("de", "Über Einzelheiten des Telefonats wolle er nicht sprechen, fügte Sawarin hinzu.", False, [], None),
    (
        "de",
        "Er warf europäischen Hauptstädten vor, die Gespräche mit immer neuen Forderungen zu belasten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Was solle man mit Vermittlern besprechen, die „jede Woche neue Sanktionen erfinden“, fragte Sawarin.",
        False,
        [],
        None,
    ),
    # --- Kremlin on a summit (Reuters) ---
    (
        "en",
        "MOSCOW, March 4 (Reuters) - The Kremlin on Wednesday denied reports that a summit between the Russian and Ukrainian presidents was being prepared.",
        True,
        [("date", "--03-04", None, None)],
        None,
    ),
    (
        "en",
        '"We have said it a hundred times: first the treaty is negotiated, then the presidents meet," Kremlin spokesman Timofei Savarin told reporters.',
        True,
        [("count", 100, None, None)],
        "Timofei Savarin",
    ),
    (
        "en",
        "He said the two presidents had spoken by phone twice since the start of the year, most recently 11 days ago.",
        True,
        [("count", 2, None, None), ("count", 2, None, None), ("duration", 11, "day", None)],
        None,
    ),
    (
        "en",
        "He also said Moscow would not accept troops from any NATO country on Ukrainian soil as part of a settlement.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"What is there to discuss with mediators who invent new sanctions every week?" Savarin asked.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The rouble firmed 0.6% to 84.30 per dollar after the comments.",
        True,
        [("percent", 0.6, "%", None), ("money", 84.3, "RUB", None)],
        None,
    ),
    # --- Die Schweiz als Gastgeberin (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Genfer Gesprächsrunde zur Ukraine hat den Bund rund 640'000 Franken gekostet.",
        True,
        [("money", 640000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Den grössten Teil davon machten die Kosten für die Sicherheit aus, wie das EDA am Freitag mitteilte.",
        True,
        [],
        "das EDA",
    ),
    (
        "de",
        "Im Einsatz standen rund 480 Polizistinnen und Polizisten aus sieben Kantonen sowie bis zu 150 Angehörige der Armee.",
        True,
        [("count", 480, None, "about"), ("count", 7, None, None), ("count", 150, None, "up_to")],
        None,
    ),
    (
        "de",
        "«Gute Dienste haben ihren Preis, aber Krieg ist unendlich viel teurer», sagte EDA-Sprecher Nicolas Favrod.",
        False,
        [],
        None,
    ),
    ("de", "Die SVP sprach von einer «teuren Bühne für Fototermine».", False, [], None),
    # --- Militärexperten in Riad (Reuters) ---
    (
        "de",
        "Riad (Reuters) - Militärexperten Russlands und der Ukraine haben in der saudischen Hauptstadt zum zweiten Mal binnen drei Wochen über die Überwachung einer möglichen Waffenruhe beraten.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Nach dem knapp neunstündigen Treffen in einem Gästehaus der Regierung wurden keine Ergebnisse bekanntgegeben.",
        True,
        [("duration", 9, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Nach Angaben aus Verhandlungskreisen schlägt Kiew eine entmilitarisierte Zone von 15 Kilometern auf beiden Seiten der Front vor.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Moskau verlange dagegen einen Streifen von 30 bis 40 Kilometern, der ausschließlich auf ukrainisch kontrolliertem Gebiet liegen solle, hieß es weiter.",
        True,
        [("count", 30, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Die Frontlinie ist einschließlich des Abschnitts am Dnipro gut 1.100 Kilometer lang.",
        True,
        [("count", 1100, None, "over")],
        None,
    ),
    (
        "de",
        "Überwachen sollen die Linie nach dem amerikanischen Entwurf bis zu 3.000 unbewaffnete Beobachter, unterstützt von Drohnen und Satelliten.",
        True,
        [("count", 3000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der russische Delegationsleiter sagte der Agentur Tass, eine Beobachtermission aus Nato-Staaten komme für Moskau nicht infrage.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das saudische Außenministerium sprach von einem „Zeichen der Hoffnung für die ganze Welt“.",
        False,
        [],
        None,
    ),
    ("de", "Ob sich die Militärs auf die Breite der Zone verständigen können, ist offen.", False, [], None),
    # --- Military experts in Riyadh (Reuters) ---
    (
        "en",
        "RIYADH, March 10 (Reuters) - Military experts from Russia and Ukraine spent nearly nine hours in Riyadh on Tuesday discussing how a ceasefire could be monitored, their second such meeting in three weeks.",
        True,
        [
            ("date", "--03-10", None, None),
            ("duration", 9, "hour", "nearly"),
            ("ordinal", 2, None, None),
            ("duration", 3, "week", None),
        ],
        None,
    ),
    (
        "en",
        "Kyiv has proposed a 15-km demilitarised zone on each side of the front, while Moscow wants a strip of 30 to 40 km entirely on Ukrainian-held ground, two people familiar with the discussions said.",
        True,
        [("count", 15, None, None), ("count", 30, None, None), ("count", 40, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Russian delegation head Pavel Rudakov told Tass that monitors from NATO countries were out of the question.",
        True,
        [],
        "Pavel Rudakov",
    ),
    (
        "en",
        "The U.S. draft envisages up to 3,000 unarmed observers along the roughly 1,100-km front line.",
        True,
        [("count", 3000, None, "up_to"), ("count", 1100, None, "about")],
        None,
    ),
    # --- Gefangenenaustausch unter türkischer Vermittlung (APA/dpa) ---
    (
        "de",
        "Istanbul/Kiew (APA/dpa) - Russland und die Ukraine haben unter türkischer Vermittlung erneut Kriegsgefangene ausgetauscht, je 175 Soldaten kehrten nach Hause zurück.",
        True,
        [("count", 175, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Koordinierungsstabs für Kriegsgefangene war es der 76. Austausch seit Beginn der russischen Invasion im Februar 2022.",
        True,
        [("ordinal", 76, None, None), ("year", 2022, None, None)],
        "der Koordinierungsstab für Kriegsgefangene",
    ),
    (
        "de",
        "Unter den Freigelassenen seien 22 Schwerverwundete sowie neun Zivilisten, sagte Ombudsmann Mykola Tkatsch.",
        True,
        [("count", 22, None, None), ("count", 9, None, None)],
        "Mykola Tkatsch",
    ),
    (
        "de",
        "Einige von ihnen waren seit mehr als drei Jahren in Gefangenschaft.",
        True,
        [("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Tkatsch schrieb auf Telegram, nach seiner Zählung säßen noch mindestens 3.600 Ukrainer in russischen Lagern und Gefängnissen.",
        True,
        [("count", 3600, None, "at_least")],
        None,
    ),
    (
        "de",
        "Es sei bereits der vierte Austausch, den Ankara seit dem Sommer vermittelt habe, sagte der Sprecher des türkischen Außenministeriums, Oğuz Tekeli.",
        True,
        [("ordinal", 4, None, None)],
        "Oğuz Tekeli",
    ),
    (
        "de",
        "Zudem übergab Russland die sterblichen Überreste von 1.000 ukrainischen Soldaten, die Ukraine ihrerseits 38.",
        True,
        [("count", 1000, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "„Ich habe drei Jahre lang jeden Morgen sein Foto angeschaut“, sagte eine Mutter aus Tscherkassy, die ihren Sohn am Grenzübergang in die Arme schloss.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    ("de", "Die Angaben beider Seiten ließen sich zunächst nicht unabhängig überprüfen.", False, [], None),
    # --- Prisoner swap (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Russia and Ukraine exchanged 175 prisoners of war each on Thursday in a swap mediated by Turkey, the 76th since the full-scale invasion began in February 2022.",
        True,
        [("count", 175, None, None), ("ordinal", 76, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Among those returning were 22 badly wounded soldiers and nine civilians, Ukraine's human rights commissioner, Mykola Tkach, said.",
        True,
        [("count", 22, None, None), ("count", 9, None, None)],
        "Mykola Tkach",
    ),
    (
        "en",
        "Tkach estimates that at least 3,600 Ukrainians remain in Russian captivity.",
        True,
        [("count", 3600, None, "at_least")],
        None,
    ),
    (
        "en",
        "Turkish Foreign Ministry spokesman Oguz Tekeli said it was the fourth exchange Ankara had brokered since the summer.",
        True,
        [("ordinal", 4, None, None)],
        "Oguz Tekeli",
    ),
    (
        "en",
        '"For three years I looked at his photo every morning," said Oksana Bilous, 51, who waited for her son outside a hospital in Chernihiv.',
        False,
        [("duration", 3, "year", None), ("duration", 51, "year", None)],
        None,
    ),
    # --- Energie-Moratorium in Abu Dhabi (AFP) ---
    (
        "de",
        "Abu Dhabi (AFP) - Unter Vermittlung der Vereinigten Arabischen Emirate haben Vertreter Russlands und der Ukraine über einen Verzicht auf Angriffe gegen Energieanlagen verhandelt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war bereits das zweite Treffen zu diesem Thema binnen 16 Tagen.",
        True,
        [("ordinal", 2, None, None), ("duration", 16, "day", None)],
        None,
    ),
    (
        "de",
        "Der Entwurf sieht eine 45-tägige Feuerpause für Kraftwerke, Umspannwerke, Raffinerien und Gasspeicher vor, die danach verlängert werden könnte.",
        True,
        [("duration", 45, "day", None)],
        None,
    ),
    (
        "de",
        "Seit Oktober seien mehr als 55 Prozent der ukrainischen Kapazitäten zur Stromerzeugung beschädigt oder zerstört worden, teilte das ukrainische Energieministerium mit.",
        True,
        [("percent", 55, "%", "over")],
        None,
    ),
    (
        "de",
        "Energieministerin Switlana Jaremtschuk sagte, allein im Februar habe Russland 14 großangelegte Angriffe auf das Stromnetz geflogen.",
        True,
        [("count", 14, None, None)],
        "Switlana Jaremtschuk",
    ),
    (
        "de",
        "Die ukrainische Armee greift ihrerseits seit Monaten russische Raffinerien mit Langstreckendrohnen an, nach russischen Angaben mehr als 40 Mal seit Jahresbeginn.",
        True,
        [("count", 40, None, "over")],
        None,
    ),
    (
        "de",
        "Der emiratische Staatsminister Obaid al-Hameli sagte, beide Seiten würden sich in zehn Tagen erneut in Abu Dhabi treffen.",
        True,
        [("duration", 10, "day", None)],
        "Obaid al-Hameli",
    ),
    (
        "de",
        "Kiew befürchtet, dass Moskau eine solche Pause lediglich nutzen könnte, um Raketen für den nächsten Winter zu horten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wer garantiert uns, dass die Raketen dann nicht einfach auf Wohnhäuser fliegen?“, fragte Jaremtschuk.",
        False,
        [],
        None,
    ),
    # --- Energy truce talks in Abu Dhabi (Reuters) ---
    (
        "en",
        "ABU DHABI, March 17 (Reuters) - Russian and Ukrainian officials discussed a 45-day halt to strikes on energy facilities in talks mediated by the United Arab Emirates, the second such meeting in 16 days.",
        True,
        [
            ("date", "--03-17", None, None),
            ("duration", 45, "day", None),
            ("ordinal", 2, None, None),
            ("duration", 16, "day", None),
        ],
        None,
    ),
    (
        "en",
        "More than 55% of Ukraine's power generation capacity has been damaged or destroyed since October, according to Ukrainian officials.",
        True,
        [("percent", 55, "%", "over")],
        None,
    ),
    (
        "en",
        "Energy Minister Svitlana Yaremchuk said Russia had carried out 14 large-scale attacks on the grid in February alone.",
        True,
        [("count", 14, None, None)],
        "Svitlana Yaremchuk",
    ),
    (
        "en",
        "The UAE foreign ministry said the delegations would meet again in Abu Dhabi in 10 days.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        "Ukrainian officials fear Moscow could use any pause to stockpile missiles for next winter.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Officials in Abu Dhabi said they hoped a deal could be signed before the next heating season.",
        False,
        [],
        None,
    ),
    # --- Umfrage zu Gebietsabtretungen (Reuters) ---
    (
        "de",
        "Kiew (Reuters) - Eine klare Mehrheit der Ukrainer lehnt einen Frieden zum Preis eines Verzichts auf besetzte Gebiete ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut der am Freitag veröffentlichten Erhebung des Kiewer Internationalen Instituts für Soziologie lehnen 64 Prozent jede Gebietsabtretung ab, 29 Prozent halten sie für hinnehmbar.",
        True,
        [("percent", 64, "%", None), ("percent", 29, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder vierte Befragte rechnet mit einem Waffenstillstand noch in diesem Jahr.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel vertrauen dem Präsidenten nach wie vor, im Dezember waren es 58 Prozent.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("percent", 58, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden zwischen dem 5. und 11. März 1.006 Menschen in allen nicht besetzten Regionen, die Fehlermarge liegt bei 3,3 Prozentpunkten.",
        True,
        [
            ("date", "--03-05", None, None),
            ("date", "--03-11", None, None),
            ("count", 1006, None, None),
            ("percent", 3.3, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "„Ich will Frieden, aber keinen, nach dem meine Kinder in zehn Jahren wieder an die Front müssen“, sagte eine 39-jährige Lehrerin in Kiew.",
        False,
        [("duration", 10, "year", None), ("duration", 39, "year", None)],
        None,
    ),
    # --- Poll on territory (Reuters) ---
    (
        "en",
        "KYIV, March 20 (Reuters) - Nearly two-thirds of Ukrainians oppose giving up any territory in exchange for peace, a poll published on Friday showed.",
        True,
        [("date", "--03-20", None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "One in four respondents said they expected a ceasefire before the end of the year, according to the Kyiv-based institute.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "The institute questioned 1,006 people between March 5 and March 11, and the margin of error is 3.3 percentage points.",
        True,
        [
            ("count", 1006, None, None),
            ("date", "--03-05", None, None),
            ("date", "--03-11", None, None),
            ("percent", 3.3, "pp", None),
        ],
        None,
    ),
    # --- Sicherheitsberater in Berlin (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Sicherheitsberater Deutschlands, Frankreichs, Großbritanniens, Italiens und Polens haben in Berlin mit dem US-Sondergesandten über den Friedensplan beraten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach dem vierstündigen Treffen im Kanzleramt hieß es aus Regierungskreisen, die Europäer hätten sechs Änderungswünsche vorgelegt.",
        True,
        [("duration", 4, "hour", None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Unter anderem verlangen sie, dass die Ukraine eine Armee von mindestens 700.000 Soldaten behalten darf.",
        True,
        [("count", 700000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Es war bereits das zweite Treffen dieser Runde binnen drei Wochen, das erste hatte in London stattgefunden.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "week", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Regierungssprecher sagte, Deutschland werde „seiner Verantwortung für einen dauerhaften Frieden gerecht werden“.",
        False,
        [],
        None,
    ),
    ("de", "Die Union sprach von einem „wichtigen Signal europäischer Geschlossenheit“.", False, [], None),
    (
        "de",
        "Die Linke warf der Bundesregierung vor, sich hinter Washington zu verstecken, statt eigene Vorschläge zu machen.",
        False,
        [],
        None,
    ),
    # --- U.S. envoy before the Senate (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Russia and Ukraine have agreed on 12 of the 19 points in a U.S. peace draft, up from 11 a week earlier, Washington's envoy for the talks, Bradley Kessington, told senators on Wednesday.",
        True,
        [("count", 12, None, None), ("count", 19, None, None), ("count", 11, None, None)],
        "Bradley Kessington",
    ),
    (
        "en",
        "Kessington, 63, a former investment banker, has met the Kremlin's foreign policy aide four times since January.",
        True,
        [("duration", 63, "year", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The draft would freeze the front along the current line of contact and leave the fate of the roughly one-sixth of the Donetsk region still held by Kyiv to a later stage, according to a copy of the text obtained by The Associated Press.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    (
        "en",
        "It also provides for a European-led reassurance force of up to 18,000 troops and a $150 billion reconstruction fund, half of it financed from frozen Russian assets.",
        True,
        [("count", 18000, None, "up_to"), ("money", 150000000000, "USD", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        'Sen. Corwin Blaylock, R-Ind., called the draft "a land-for-nothing deal dressed up as peace."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"How do you ask a country to hand over land it has defended for four years?" asked Sen. Lucia Quennell, D-Conn.',
        False,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Kessington said the next round was set for April 14 in Geneva.",
        True,
        [("date", "--04-14", None, None)],
        "Kessington",
    ),
    (
        "en",
        'A State Department spokeswoman said Washington would "stay at the table for as long as it takes."',
        False,
        [],
        None,
    ),
    # --- Der Sondergesandte vor dem Senat (dpa) ---
    (
        "de",
        "Washington (dpa) - Russland und die Ukraine haben sich nach Darstellung des US-Sondergesandten Bradley Kessington inzwischen auf zwölf der 19 Punkte des amerikanischen Entwurfs verständigt.",
        True,
        [("count", 12, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Vor einer Woche seien es noch elf gewesen, sagte Kessington vor dem Auswärtigen Ausschuss des Senats.",
        True,
        [("count", 11, None, None)],
        "Kessington",
    ),
    (
        "de",
        "Der 63-Jährige ist seit Januar im Amt und hat den außenpolitischen Berater des Kremlchefs seither viermal getroffen.",
        True,
        [("duration", 63, "year", None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Entwurf sieht nach dpa-Informationen einen Wiederaufbaufonds von 150 Milliarden Dollar vor, die Hälfte davon aus eingefrorenen russischen Vermögen.",
        True,
        [("money", 150000000000, "USD", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Umgerechnet entspricht der Fonds rund 6,2 Billionen Hrywnja.",
        True,
        [("money", 6200000000000, "UAH", "about")],
        None,
    ),
    ("de", "Senatoren beider Parteien äußerten Zweifel, ob sich Moskau an ein Abkommen halten würde.", False, [], None),
    # --- Ein Entwurf mit 21 Punkten (dpa) ---
    (
        "de",
        "Moskau (dpa) - Russland hat nach Worten von Kremlberater Arseni Wedenejew einen überarbeiteten US-Entwurf mit nunmehr 21 Punkten erhalten.",
        True,
        [("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Zwei der ursprünglich 19 Punkte seien geteilt worden, sagte Wedenejew im Staatsfernsehen.",
        True,
        [("count", 2, None, None), ("count", 19, None, None)],
        "Wedenejew",
    ),
    (
        "de",
        "Laut Wedenejew enthält der neue Text erstmals einen Zeitplan für die Aufhebung von Sanktionen in drei Stufen.",
        True,
        [("count", 3, None, None)],
        "Wedenejew",
    ),
    (
        "de",
        "Die erste Stufe solle binnen 30 Tagen nach der Unterzeichnung greifen, so der Berater.",
        True,
        [("ordinal", 1, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Wedenejew sagte, Moskau bestehe weiterhin auf einer Obergrenze von 450.000 Soldaten für die ukrainische Armee.",
        True,
        [("count", 450000, None, None)],
        "Wedenejew",
    ),
    (
        "de",
        "Die Ukraine will dagegen mindestens 700.000 Mann unter Waffen behalten, hieß es in Kiew.",
        True,
        [("count", 700000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Delegationen wollten sich Mitte April in Genf wiedersehen, hieß es aus dem Kreml.",
        True,
        [],
        "der Kreml",
    ),
    (
        "de",
        "„Ich sage es zum tausendsten Mal: Der Westen kämpft in der Ukraine bis zum letzten Ukrainer“, sagte Wedenejew.",
        False,
        [("ordinal", 1000, None, None)],
        None,
    ),
    (
        "de",
        "Kiew wies die Forderung nach einer Obergrenze zurück und sprach von einem „Diktat des Angreifers“.",
        True,
        [],
        None,
    ),
    # --- A 21-point draft (Reuters) ---
    (
        "en",
        "MOSCOW, March 26 (Reuters) - Russia has received a revised U.S. peace draft that now has 21 points, Kremlin aide Arseny Vedeneyev said on Thursday.",
        True,
        [("date", "--03-26", None, None), ("count", 21, None, None)],
        "Arseny Vedeneyev",
    ),
    (
        "en",
        "Two of the original 19 points had been split, he told state television.",
        True,
        [("count", 2, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Vedeneyev said Moscow still insisted on capping Ukraine's army at 450,000 troops, while Kyiv wants to keep at least 700,000.",
        True,
        [("count", 450000, None, None), ("count", 700000, None, "at_least")],
        "Vedeneyev",
    ),
    (
        "en",
        "The first stage of sanctions relief would take effect within 30 days of signing, he said.",
        True,
        [("ordinal", 1, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        '"I will say it for the thousandth time: the West is fighting to the last Ukrainian," Vedeneyev said.',
        False,
        [("ordinal", 1000, None, None)],
        None,
    ),
    ("en", 'Kyiv rejected the cap as "dictation by the aggressor."', True, [], None),
    # --- Sicherheitsgarantien in Paris (AFP) ---
    (
        "de",
        "Paris (AFP) - Vertreter von 34 Staaten haben in Paris über Sicherheitsgarantien für die Ukraine nach einem möglichen Waffenstillstand beraten.",
        True,
        [("count", 34, None, None)],
        None,
    ),
    (
        "de",
        "Frankreich und Großbritannien bekräftigten ihre Bereitschaft, Soldaten für eine Rückversicherungstruppe bereitzustellen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die geplante Truppe soll nach Angaben aus dem Élysée-Palast bis zu 18.000 Soldaten umfassen und nicht an der Frontlinie stationiert werden.",
        True,
        [("count", 18000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Mindestens zehn Staaten haben nach AFP-Informationen eine Beteiligung zugesagt, Deutschland gehört bisher nicht dazu.",
        True,
        [("count", 10, None, "at_least")],
        None,
    ),
    (
        "de",
        "Großbritannien kündigte zudem weitere 1,6 Milliarden Pfund für die ukrainische Luftabwehr an.",
        True,
        [("money", 1600000000, "GBP", None)],
        None,
    ),
    (
        "de",
        "Die EU-Sondergesandte Liesbeth Aerts sagte, die EU werde der Ukraine in diesem Jahr weitere 4,8 Milliarden Euro für die Energieversorgung bereitstellen.",
        True,
        [("money", 4800000000, "EUR", None)],
        "Liesbeth Aerts",
    ),
    (
        "de",
        "Der Vizechef des russischen Sicherheitsrats drohte, jeder ausländische Soldat in der Ukraine werde „ein legitimes Ziel“ sein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Diplomaten rechnen damit, dass sich die Beratungen über die Mission noch über Monate hinziehen.",
        False,
        [],
        None,
    ),
    # --- Security guarantees in Paris (AFP) ---
    (
        "en",
        "PARIS (AFP) - Envoys from 34 countries gathered in Paris on Thursday to work out what security guarantees Ukraine could get once a ceasefire is in place.",
        True,
        [("count", 34, None, None)],
        None,
    ),
    (
        "en",
        "At least 10 countries have pledged troops to the planned force of up to 18,000, AFP has learned.",
        True,
        [("count", 10, None, "at_least"), ("count", 18000, None, "up_to")],
        None,
    ),
    (
        "en",
        "The EU's special envoy said the bloc would provide Ukraine with a further 4.8 billion euros for its energy system this year.",
        True,
        [("money", 4800000000, "EUR", None)],
        None,
    ),
    (
        "en",
        'Russia\'s deputy security council chief warned that any foreign soldier in Ukraine would be "a legitimate target."',
        False,
        [],
        None,
    ),
    # --- Österreich bietet sich an (APA) ---
    (
        "de",
        "Wien (APA) - Österreich hat sich erneut als Gastgeber für ein mögliches Treffen der Präsidenten Russlands und der Ukraine angeboten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein entsprechendes Schreiben sei in der vergangenen Woche an beide Regierungen gegangen, teilte das Außenministerium in Wien mit.",
        True,
        [],
        "das Außenministerium",
    ),
    (
        "de",
        "Wien war bereits zweimal Schauplatz von Gesprächen auf Expertenebene, zuletzt im Jänner in der Hofburg.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Österreich baut Brücken, auch wenn an beiden Ufern noch geschossen wird“, sagte Außenministeriumssprecherin Verena Hollerweger.",
        False,
        [],
        None,
    ),
    ("de", "Die Grünen nannten das Angebot „gut gemeint, aber weltfremd“.", False, [], None),
    # --- Kiew lehnt Sonderzone ab (APA/AFP) ---
    (
        "de",
        "Kiew (APA/AFP) - Die Ukraine hat einen Vorschlag zurückgewiesen, das von ihr kontrollierte Sechstel des Gebiets Donezk in eine entmilitarisierte Sonderzone umzuwandeln.",
        True,
        [("fraction", 0.1667, None, None)],
        None,
    ),
    (
        "de",
        "Ein solcher Schritt würde rund 200.000 Menschen unter russische Kontrolle bringen, teilte das Präsidialamt mit.",
        True,
        [("count", 200000, None, "about")],
        "das Präsidialamt",
    ),
    (
        "de",
        "In dem Gebiet liegen unter anderem die Städte Kramatorsk und Slowjansk, die seit 2014 zu Festungen ausgebaut wurden.",
        True,
        [("year", 2014, None, None)],
        None,
    ),
    (
        "de",
        "Seit 2022 hat Russland nach Angaben von Militärbeobachtern rund 88.000 Quadratkilometer ukrainischen Bodens erobert, etwa ein Siebtel des Staatsgebiets.",
        True,
        [("year", 2022, None, None), ("count", 88000, None, "about"), ("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "de",
        "Präsidialamtssprecherin Halyna Dowhan sagte, Kiew werde keine Gebiete räumen, die seine Truppen derzeit hielten.",
        True,
        [],
        "Halyna Dowhan",
    ),
    (
        "de",
        "„Man verlangt von uns, Städte herzugeben, die Russland in elf Jahren Krieg nicht erobern konnte“, sagte sie.",
        True,
        [("duration", 11, "year", None)],
        None,
    ),
    (
        "de",
        "Warum solle ein Land freiwillig abtreten, was der Gegner nicht einmal mit Gewalt bekommen habe, fragte Dowhan.",
        False,
        [],
        None,
    ),
    # --- Telefonat und Osterwaffenruhe (AFP) ---
    (
        "de",
        "Washington (AFP) - Der US-Präsident und der Kremlchef haben zum dritten Mal binnen eines Monats miteinander telefoniert.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Gespräch dauerte nach Angaben des Weißen Hauses knapp zwei Stunden und drehte sich vor allem um die Gebietsfrage.",
        True,
        [("duration", 2, "hour", "nearly")],
        "das Weiße Haus",
    ),
    (
        "de",
        "Wedenejew, der an dem Telefonat teilnahm, sagte, der Kremlchef habe eine Waffenruhe über die orthodoxen Osterfeiertage angeboten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Feuerpause solle 72 Stunden dauern und am Karsamstag um Mitternacht beginnen, so der Berater.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "Kiew reagierte zurückhaltend und verwies darauf, dass Russland eine ähnliche Feuerpause im Vorjahr binnen weniger Stunden gebrochen habe.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Zweimal haben wir eine Waffenruhe unterschrieben, zweimal hat Russland sie gebrochen“, sagte Dowhan.",
        True,
        [("count", 2, None, None), ("count", 2, None, None)],
        "Dowhan",
    ),
    (
        "de",
        "Russland sei zu einem Abkommen bereit, wenn die „Ursachen des Konflikts“ beseitigt würden, sagte der Kremlchef am Abend bei einem Treffen mit Studenten.",
        False,
        [],
        None,
    ),
    # --- Presidents' call and an Easter truce (Reuters) ---
    (
        "en",
        "WASHINGTON, April 2 (Reuters) - The U.S. and Russian presidents held their third phone call in a month on Thursday, a conversation that lasted nearly two hours, according to a White House official.",
        True,
        [("date", "--04-02", None, None), ("ordinal", 3, None, None), ("duration", 2, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Russia had offered a 72-hour truce over the Orthodox Easter holiday, a Kremlin aide said.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    ("en", "Ukrainian officials noted that a similar truce last year had been broken within hours.", True, [], None),
    # --- Eingefrorene Reserven (Reuters) ---
    (
        "de",
        "Moskau (Reuters) - Russland verlangt als Teil eines Abkommens die Freigabe von rund 235 Milliarden Euro an eingefrorenen Reserven seiner Zentralbank.",
        True,
        [("money", 235000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der russische Chefunterhändler sagte der Zeitung „Kommersant“, ohne eine Lösung für diese Gelder werde Moskau kein Abkommen unterzeichnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die EU hat bisher lediglich die Zinserträge aus den Vermögen für die Ukraine verwendet, zuletzt rund 3,1 Milliarden Euro.",
        True,
        [("money", 3100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die russische Währung gewann daraufhin 0,9 Prozent auf 83,15 Rubel je Dollar.",
        True,
        [("percent", 0.9, "%", None), ("money", 83.15, "RUB", None)],
        None,
    ),
    # --- Volksabstimmung über ein Abkommen (dpa) ---
    (
        "de",
        "Kiew (dpa) - Ein mögliches Friedensabkommen soll in der Ukraine einer Volksabstimmung unterzogen werden.",
        True,
        [],
        None,
    ),
    ("de", "Das kündigte der ukrainische Präsident am Dienstag in einer Videobotschaft an.", True, [], None),
    (
        "de",
        "Gültig ist ein solches Referendum nach geltendem Recht nur, wenn mindestens die Hälfte der Wahlberechtigten teilnimmt.",
        True,
        [("fraction", 0.5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Wegen des Kriegsrechts, das seit Februar 2022 gilt und zuletzt um 90 Tage verlängert wurde, dürfen derzeit keine Wahlen stattfinden.",
        True,
        [("year", 2022, None, None), ("duration", 90, "day", None)],
        None,
    ),
    (
        "de",
        "Das Parlament hat das Kriegsrecht damit bereits zum 19. Mal verlängert.",
        True,
        [("ordinal", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die Opposition warf dem Präsidenten vor, sich mit der Abstimmung aus der Verantwortung zu stehlen.",
        False,
        [],
        None,
    ),
    ("de", "Kritiker bezweifeln, dass eine Abstimmung unter Kriegsbedingungen fair ablaufen kann.", False, [], None),
    # --- A referendum on a deal (Reuters) ---
    (
        "en",
        "KYIV, April 7 (Reuters) - Ukraine's president said on Tuesday that any peace deal involving territory would be put to a national referendum.",
        True,
        [("date", "--04-07", None, None)],
        None,
    ),
    (
        "en",
        "Martial law, in force since February 2022, was extended by parliament for the 19th time last month, for another 90 days.",
        True,
        [("year", 2022, None, None), ("ordinal", 19, None, None), ("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "Under current law, at least half of eligible voters must take part for a referendum to be valid.",
        True,
        [("fraction", 0.5, None, "at_least")],
        None,
    ),
    (
        "en",
        "Opposition lawmakers accused the president of trying to shift responsibility onto voters.",
        False,
        [],
        None,
    ),
    # --- Waffenruhe auf See (Reuters) ---
    (
        "de",
        "Istanbul (Reuters) - Russische und ukrainische Marineexperten haben in Istanbul über eine Waffenruhe auf dem Schwarzen Meer verhandelt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Gespräche unter türkischer Vermittlung dauerten nach Angaben eines Teilnehmers gut fünf Stunden.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Im Gespräch ist ein Korridor von 18 Seemeilen Breite entlang der Küsten Rumäniens und Bulgariens.",
        True,
        [("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Über die Häfen im Raum Odessa wurden im vergangenen Jahr nach Angaben der ukrainischen Hafenbehörde rund 87 Millionen Tonnen Güter verschifft.",
        True,
        [("count", 87000000, None, "about")],
        None,
    ),
    (
        "de",
        "Moskau verlangt im Gegenzug die Aufhebung von Beschränkungen für russische Dünger- und Getreideexporte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war das vierte Treffen der Marineexperten, ein fünftes ist für Mai geplant.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    ("de", "Ob Kiew die russischen Bedingungen akzeptiert, ließ die ukrainische Delegation offen.", False, [], None),
    # --- Ceasefire at sea (Reuters) ---
    (
        "en",
        "ISTANBUL, April 9 (Reuters) - Russian and Ukrainian naval experts held more than five hours of talks in Istanbul on a ceasefire at sea, a participant said.",
        True,
        [("date", "--04-09", None, None), ("duration", 5, "hour", "over")],
        None,
    ),
    (
        "en",
        "The proposal under discussion foresees an 18-nautical-mile corridor along the coasts of Romania and Bulgaria.",
        True,
        [("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "About 87 million tonnes of cargo passed through the ports around Odesa last year, according to port data.",
        True,
        [("count", 87000000, None, "about")],
        None,
    ),
    ("en", "A fifth meeting of the naval experts is planned for May.", True, [("ordinal", 5, None, None)], None),
    # --- Kinder kehren zurück (Reuters) ---
    (
        "de",
        "Doha (Reuters) - Unter Vermittlung Katars sind 27 ukrainische Kinder aus Russland und den besetzten Gebieten zu ihren Familien zurückgekehrt.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Seit Beginn der Vermittlung vor knapp zwei Jahren seien damit 412 Kinder heimgekehrt, teilte das katarische Außenministerium mit.",
        True,
        [("duration", 2, "year", "nearly"), ("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Nach ukrainischen Angaben wurden seit Kriegsbeginn mehr als 18.700 Kinder verschleppt, Moskau spricht von Evakuierungen aus dem Kampfgebiet.",
        True,
        [("count", 18700, None, "over")],
        None,
    ),
    (
        "de",
        "Die Rückkehr der Kinder ist einer von drei humanitären Punkten, die beide Seiten vorab aus dem Friedensplan herausgelöst haben.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Jedes Kind, das heute nach Hause kommt, ist ein Sieg der Menschlichkeit“, sagte ein Vertreter des katarischen Außenministeriums.",
        False,
        [],
        None,
    ),
    # --- Angriffe trotz Verhandlungen (AFP) ---
    (
        "de",
        "Kiew (AFP) - Während die Diplomaten verhandeln, hat Russland in der Nacht zum Montag 214 Drohnen und elf Raketen auf ukrainische Städte abgefeuert.",
        True,
        [("count", 214, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Davon seien 187 Drohnen und neun Raketen abgefangen worden, teilte die Luftwaffe mit.",
        True,
        [("count", 187, None, None), ("count", 9, None, None)],
        "die Luftwaffe",
    ),
    (
        "de",
        "In Charkiw, der zweitgrößten Stadt des Landes, wurden nach Angaben der örtlichen Behörden mindestens drei Menschen getötet und 17 verletzt.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, "at_least"), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "„Während in Genf über Frieden geredet wird, zählen wir in Charkiw unsere Toten“, sagte ein Sprecher der Stadtverwaltung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Verteidigungsministerium in Moskau sprach von einem „Vergeltungsschlag“ für ukrainische Angriffe auf Raffinerien.",
        False,
        [],
        None,
    ),
    # --- Overnight attack (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Russia launched 214 drones and 11 missiles at Ukraine overnight, even as negotiators prepared for another round of talks, Ukraine's air force said.",
        True,
        [("count", 214, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Air defences downed 187 drones and nine missiles, it said.",
        True,
        [("count", 187, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "In Kharkiv, Ukraine's second-largest city, at least three people were killed and 17 wounded, local officials said.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, "at_least"), ("count", 17, None, None)],
        None,
    ),
    # --- Sechste Runde in Genf (dpa) ---
    (
        "de",
        "Genf (dpa) - Nach einem elfstündigen Verhandlungsmarathon haben sich Russland und die Ukraine in Genf auf einen Fahrplan für die weiteren Gespräche verständigt.",
        True,
        [("duration", 11, "hour", None)],
        None,
    ),
    (
        "de",
        "Es war das sechste Treffen der Delegationen in diesem Jahr und das zweite binnen sechs Wochen in Genf.",
        True,
        [("ordinal", 6, None, None), ("ordinal", 2, None, None), ("duration", 6, "week", None)],
        None,
    ),
    (
        "de",
        "Beide Seiten einigten sich nach US-Angaben auf die Bildung von vier Arbeitsgruppen, die sich wöchentlich treffen sollen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Bei 15 der inzwischen 21 Punkte gebe es eine Einigung, sagte Hawryschko.",
        True,
        [("count", 15, None, None), ("count", 21, None, None)],
        "Hawryschko",
    ),
    (
        "de",
        "Der russische Delegationsleiter Leonid Charitonow sagte dagegen, geeinigt habe man sich erst auf 13 Punkte.",
        True,
        [("count", 13, None, None)],
        "Leonid Charitonow",
    ),
    (
        "de",
        "Der 61-Jährige ist stellvertretender Außenminister und führt die russische Delegation seit Februar.",
        True,
        [("duration", 61, "year", None)],
        None,
    ),
    (
        "de",
        "Die nächste Runde ist für den 28. April angesetzt, der Ort steht noch nicht fest.",
        True,
        [("date", "--04-28", None, None)],
        None,
    ),
    (
        "de",
        "In der gemeinsamen Abschlusserklärung bekannten sich beide Seiten zu „weiteren Anstrengungen im Geiste des gegenseitigen Respekts“.",
        False,
        [],
        None,
    ),
    ("de", "Kessington sprach vom „bisher besten Tag dieser Gespräche“.", False, [], None),
    (
        "de",
        "Ob die Präsidenten das Dokument noch vor dem Sommer unterzeichnen, wagte in Genf niemand vorherzusagen.",
        False,
        [],
        None,
    ),
    # --- Sixth round in Geneva (Reuters) ---
    (
        "en",
        "GENEVA, April 14 (Reuters) - Russia and Ukraine agreed after an 11-hour negotiating session in Geneva on Tuesday to set up four working groups, the White House said.",
        True,
        [("date", "--04-14", None, None), ("duration", 11, "hour", None), ("count", 4, None, None)],
        "the White House",
    ),
    (
        "en",
        "It was the sixth meeting of the two delegations this year.",
        True,
        [("ordinal", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Havryshko said the sides had now agreed on 15 of the 21 points, but Russian delegation head Leonid Kharitonov put the figure at 13.",
        True,
        [("count", 15, None, None), ("count", 21, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Kharitonov, 61, a deputy foreign minister, has led Moscow's team since February.",
        True,
        [("duration", 61, "year", None)],
        None,
    ),
    (
        "en",
        "The next round is scheduled for April 28, with the venue still to be decided.",
        True,
        [("date", "--04-28", None, None)],
        None,
    ),
    (
        "en",
        'In a joint statement, the two delegations pledged "further efforts in a spirit of mutual respect."',
        False,
        [("count", 2, None, None)],
        None,
    ),
    ("en", "Whether the presidents will sign before the summer is anyone's guess.", False, [], None),
    # --- Kreml dementiert Durchbruch (APA/AFP) ---
    (
        "de",
        "Moskau (APA/AFP) - Der Kreml hat Berichte dementiert, wonach sich Russland und die Ukraine grundsätzlich auf eine neue Demarkationslinie geeinigt hätten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Es gibt keine solche Einigung, und es hat sie auch nie gegeben“, sagte Kremlsprecher Timofej Sawarin am Donnerstag.",
        True,
        [],
        "Timofej Sawarin",
    ),
    (
        "de",
        "Über die Linie werde in der Arbeitsgruppe für militärische Fragen weiterverhandelt, die am Freitag zum ersten Mal tage, fügte der Sprecher hinzu.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Die britische Zeitung, die den Bericht veröffentlicht hatte, blieb bei ihrer Darstellung.", True, [], None),
    (
        "de",
        "Demnach sieht ein Kompromiss vor, dass Russland knapp 90 Prozent des Gebiets Donezk erhält und im Gegenzug aus Teilen der Gebiete Sumy und Charkiw abzieht.",
        True,
        [("percent", 90, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Auf die Frage, ob der Kreml die Quelle des Berichts kenne, sagte Sawarin nur, man lese „viele Märchen“ in westlichen Zeitungen.",
        False,
        [],
        None,
    ),
    # --- Nato und EU (dpa) ---
    (
        "de",
        "Brüssel (dpa) - Die Nato hat vor einem Abkommen gewarnt, das die Ukraine militärisch auf Dauer schwächen würde.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Obergrenze für die ukrainische Armee sei „eine Einladung zum nächsten Krieg“, sagte der Nato-Generalsekretär.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Außenminister der 27 EU-Staaten wollen am Montag in Luxemburg über ihre Haltung zu dem amerikanischen Entwurf beraten.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    ("de", "Ungarn blockiert seit Wochen eine gemeinsame Erklärung der EU zu den Verhandlungen.", True, [], None),
    (
        "de",
        "Europa dürfe am Ende nicht nur die Rechnung bezahlen, während andere am Tisch säßen, mahnte ein EU-Diplomat.",
        False,
        [],
        None,
    ),
    # --- Istanbul als Verhandlungsort (AFP) ---
    (
        "de",
        "Ankara (AFP) - Die Türkei hat angeboten, die nächste Verhandlungsrunde am 28. April in Istanbul auszurichten.",
        True,
        [("date", "--04-28", None, None)],
        None,
    ),
    (
        "de",
        "Die Delegationen würden im Çırağan-Palast am Bosporus empfangen, teilte das türkische Außenministerium mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es wäre die vierte Runde auf türkischem Boden seit 2022, sagte Außenamtssprecher Oguz Tekeli.",
        True,
        [("ordinal", 4, None, None), ("year", 2022, None, None)],
        "Oguz Tekeli",
    ),
    (
        "de",
        "Bei den ersten drei Treffen in Istanbul hatten sich beide Seiten vor allem auf Gefangenenaustausche verständigt.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Istanbul as venue (AFP) ---
    (
        "en",
        "ISTANBUL (AFP) - Turkey has offered to host the next round of Russia-Ukraine talks in Istanbul on April 28, its foreign ministry said.",
        True,
        [("date", "--04-28", None, None)],
        None,
    ),
    (
        "en",
        "It would be the fourth round on Turkish soil since 2022, a ministry spokesman said.",
        True,
        [("ordinal", 4, None, None), ("year", 2022, None, None)],
        None,
    ),
]
