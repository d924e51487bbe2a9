"""Three-hundred-and-forty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government and the holders of real
offices appear only by office ("vom russischen Präsidenten", "der Kremlchef", "der
US-Präsident", "der ukrainische Präsident", "den slowakischen Regierungschef", "Die
EU-Außenbeauftragte", "Russia's president", "Russia's leader", "his U.S. counterpart",
"Ukraine's president", "The EU's foreign policy chief").

Names: the envoy, the aides, negotiators, spokespeople, the minister, the senator, the
political scientist, the pensioner and the student are invented, the transliterated ones
spelled as each service writes them and, for the Kremlin aide and Kyiv's chief negotiator,
spelled two ways inside three merged APA stories (datelined "APA/dpa/AFP"): Artjom Sawjolow
(dpa) / Artem Sawelow (AFP material, also in APA copy) / Artyom Savyolov (Reuters) / Artem
Savelov (AFP English); Ostap Kowalyschyn (dpa) / Ostap Kowalischin (AFP German) / Ostap
Kovalyshyn (Reuters, AP); Arkadi Swirin (AFP German, dpa) / Arkady Svirin (AFP English);
Oleg Tulupow / Oleg Tulupov; Walentyna Tschumak / Valentyna Chumak; further Desmond
Dunbrook, Daryna Lesjuk, Sieglinde Prandstätter, Lauren Kelleway, Nadia Crottaz, Gerlinde
Pröglhöf, Bohdan Jazenko, Jörn Wiesemeyer, Levent Akgündüz, Clay Harmison, the student
Bohdan and every unnamed official, aide, delegate, diplomat, sociologist, trader, expert and
spokesperson. Real states, bodies, parties and places ("Kreml", "Weißes Haus",
"Präsidialamt", "Kongress", "Hofburg", "FPÖ", "Linke", "Bundestag", "Bundesregierung",
"Bundesrat", "Bund", "EDA", "Luftwaffe", "Generalstab", "Koordinierungsstab für
Kriegsgefangene", "Kiewer Internationales Institut für Soziologie", "US-Denkfabrik ISW",
"Ukrenergo", "Moex", "Werchowna Rada", "Vereinte Nationen", "UNO-Menschenrechtsbüro",
"Vereinigte Arabische Emirate", "Schattenflotte", "Universität Wien", "Atomkraftwerk
Saporischschja", "Enerhodar", "Donbass", "Gebiet Donezk", "Cherson", "Krim", "Pokrowsk",
"Genfer Seebecken", "Genf", "Riad", "Istanbul"; the Kremlin, the White House, Congress, the
Senate Foreign Relations Committee, The Associated Press, Ukrenergo, the United Arab
Emirates, the Donetsk, Zaporizhzhia and Kherson regions, and the datelines' cities) stand
for the way wire copy names them; every meeting, call, round, hour, point, share, zone,
tally, swap, poll, sum, price, cost, count of victims and quote here is invented, and where
a real figure came to mind (a real envoy's count of Kremlin meetings, a real draft's number
of points, a real share or area of occupied land, a real exchange or its number, a real
poll, a real casualty tally, a real sanctions package) it was changed (the full-scale
invasion of February 2022, the annexation of Crimea in 2014 and Ukraine's borders of 1991
kept).

Its weight: A GERMAN-LANGUAGE FOREIGN DESK ON A DAY OF TALKS OVER A WAR, about 75 % German
as APA, dpa, Reuters German and AFP German file it (the ninety-third batch weighed a
German-language foreign-news desk on a day of negotiations, the hundred-forty-second peace
negotiations as German-language wires file them, the hundred-ninety-third Kremlin and Kyiv
statements on talks with U.S. envoys and the three-hundred-and-twenty-sixth envoys, peace
plans and statements on talks, after the hundred-fifty-ninth, two-hundred-and-ninth and
two-hundred-and-seventieth; their decisions are kept) - a fictional but wire-realistic run
of four days, Monday, November 9, to Thursday, November 12, as 39 short stories in story
order, the German and the English stories interleaved. German (dpa, AFP, APA/dpa/AFP,
Reuters German, APA, Keystone-SDA with «» quotes; German „“ quotes): the U.S. envoy's third
Kremlin visit of the year and seventh meeting, a night of drones before it, Vienna's summit
offer with the Kremlin aide spelled both ways, the White House's four weeks, a Kyiv poll,
the third round of three-way talks opening in Geneva, Switzerland as host, the Kremlin
spokesman on shares of territory, Vienna's reactions, Kyiv's reply, the rouble, Kyiv's
referendum condition with its negotiator spelled both ways, the second day with a swap
agreed, a night of strikes on the grid, Berlin on a European force, the Kremlin's no to a
summit this year, Black Sea talks in Istanbul, an EU sanctions package, Russian gains, the
third and last day, the swap, the envoy before the Senate, the Kremlin's fourth round,
Vienna's Hofburg offer, UN civilian casualties, voices from Kyiv and a background piece on
the 20-point plan. English (Reuters with dated datelines, AFP English with dated datelines,
AP): the Kremlin meeting, the White House, the Geneva opening, the Kremlin on Donetsk, the
second day, the grid, the negotiator's interview, the sanctions, the swap, the Senate
hearing, the fourth round and voices from Kyiv. Figures as such copy has them: meetings,
rounds, calls and swaps counted in words and digits („zum dritten Mal in diesem Jahr“, „zum
siebten Mal“, „neuntes Telefonat“, „zehntes Telefonat“, „Am ersten Verhandlungstag“, „Nach
dem zweiten Verhandlungstag“, „Am dritten und letzten Verhandlungstag“, „der 73.
Gefangenenaustausch“, „zum 18. Mal“, „elfmal ..., dreimal davon“, "his third visit this
year", "the pair's seventh meeting", "their 10th call", "the 73rd exchange"); hours-long
talks as adjectives and phrases („nach dem fünfstündigen Gespräch“ twice, „ein etwa
50-minütiges Sechs-Augen-Gespräch“, „einem dreistündigen Arbeitsgespräch“, „gut sechseinhalb
Stunden“, „nach knapp vier Stunden“, „gut 15 Stunden“, „knapp dreieinhalb Stunden“, "spent
five hours", "more than six and a half hours", "that lasted five hours", "nearly three and a
half hours"); numbered drafts („den 20-Punkte-Plan“, „der 20-Punkte-Plan“, „In 13 der 20
Punkte“, „Bei 15 der 20 Punkte“, „aus einem ursprünglich 27 Punkte umfassenden Entwurf“,
"its 20-point plan", "13 of Washington's 20 points", "15 of the plan's 20 points"); shares
of territory in fractions („mehr als vier Fünftel“, „„ein knappes Fünftel““, „fast einem
Fünftel“, „zwischen einem Fünftel und einem Viertel“, „gut ein Viertel“, "roughly a fifth",
"just under a fifth", "almost a fifth", "between a fifth and a quarter", "more than a
quarter", "the roughly one-quarter"); quotes and paraphrases with „sagte X“, „so X“, „X
zufolge“, „X sagte, ...“ and "told reporters", Konjunktiv I throughout; names spelled two
ways in one story; drones, tallies, zones, troops, a poll, a rouble rate, costs, casualties,
years and dates. Negatives as such copy has them - 58 rows, none with a figure: atmosphere
labels, rhetoric and slogans in quotes, labels from parties, traders, a senator and an EU
office, a confidence lead, verdicts with „halten ... für“, an analyst's and a diplomat's
view, a forecast without a figure, evasions and no-comment lines, open questions, a caveat
on unverified and on higher real figures, a mood lead and vox pops, each near a check-worthy
look-alike from the same story (often the same speaker's figure).

234 rows (174 German, 60 English), 58 negatives (43 German, 15 English), 176 check-worthy
rows of which 42 carry no figure (34 German, 8 English), 225 expected quantities (106
counts, 42 durations - 16 in hours, 14 in days, 6 in weeks, 4 in minutes, 2 in years -, 32
ordinals, 20 fractions, 10 dates, 7 years, 5 percentages - 4 in "%", 1 in percentage points
"pp" -, 3 amounts of money - 1 CHF, 1 EUR, 1 RUB -; none of them in a negative), 36 checked
speakers (25 German, 11 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position, a condition, a plan or a rejection are check-worthy with the
  speaker their own attribution gives, and with the speaker unchecked after a role or a
  pronoun or without an attribution of their own (ninety-third, hundred-forty-second,
  hundred-ninety-third, three-hundred-and-twenty-sixth). A quoted or reported atmosphere
  label, piece of rhetoric, label, verdict or view is a negative with speaker None, also
  with a named speaker and an office (hundred-fortieth, hundred-ninety-third,
  two-hundred-and-fourth, three-hundred-and-twenty-sixth). Pairs from one speaker:
  Sawjolow's 20 points after five hours and his 13 of 20 beside „inhaltsreich, nützlich und
  sehr ehrlich“ (told by role), his phone call of 40 minutes beside „Der Ball liegt jetzt in
  Kiew“; Savyolov's 13 of 20 beside "substantive, useful and very honest"; Sawelow's twelve
  days and his 20 points beside „Wien ist eine schöne Stadt ...“; Savelov's 40 minutes
  beside "The ball is now in Kyiv's court"; Swirin's „knappes Fünftel“ and his square
  kilometres beside „die Realität anerkennen“ (told by role) and „keine Frage für heute“,
  his venues beside „Wir haben Geduld ...“; Svirin's "just under a fifth" beside "Ukraine
  must accept reality"; Lesjuk's briefing beside „bei Tag und bombardiert bei Nacht“;
  Prandstätter's 72 hours and 300 delegates beside „Neutralität heißt nicht Schweigen ...“
  (told by role) and „Wien ist bereit ...“; Kelleway's briefing beside „zum Greifen nah“ and
  "within reach"; Crottaz's fifth round beside «Die Schweiz bietet den Rahmen ...»;
  Jazenko's quarter beside „Kartografie als Propaganda“; Kowalyschyn's referendum and front
  line beside „nicht hier, um Land zu verschenken“ and „Bewegung in Nebenfragen ...“;
  Kowalischin's 60 days and two dead beside „Ob wir Land abgeben ...“ and „So sieht die
  russische Art aus ...“; Kovalyshyn's quarter and 30 days beside "postpones the next war"
  and "send drones to our cities at night"; Tulupow's 320 and 15 of 20 beside „ehrlicher
  Arbeit ohne Show“; Wiesemeyer's 4,000 beside „am Katzentisch“; Akgündüz's zone beside
  „keine Zielscheiben“; Pröglhöf's count of rounds beside her „für unwahrscheinlich“,
  „spiele auf Zeit“ and „ein Signal an die eigene Bevölkerung“; the UN office's figures
  beside «Hinter jeder dieser Zahlen ...».
- What each side said (sixty-eighth, hundred-ninety-third, three-hundred-and-twenty-sixth):
  the Kremlin's "more than four-fifths" of Donetsk, its „knappes Fünftel“ left to Kyiv and
  its square kilometres, Kyiv's „gut ein Viertel“ and its „um mindestens 6.000 zu hoch
  gegriffen“, the Western estimates and the ISW's figure (estimating verbs, speaker
  unchecked, hundred-tenth) are all check-worthy. Refusals, rejections, conditions and
  positions of record are check-worthy without a figure (hundred-fifty-ninth,
  two-hundred-and-ninth, three-hundred-and-twenty-sixth): „Die Ukraine hat die Darstellung
  des Kremls ... zurückgewiesen.“, „Eine Waffenruhe vor einer umfassenden Einigung lehnte
  Swirin erneut ab.“, „Ein Rückzug aus dem Gebiet komme nicht infrage“, „Ein solcher Gipfel
  stehe „derzeit nicht auf der Tagesordnung““ (two-hundred-and-ninth: "not on the agenda"),
  the Kremlin's refusal of a holiday truce in both languages, the aide's condition for a
  summit (hundred-forty-second: a condition being a position), Kyiv's referendum condition,
  its front line as a starting point, „über die Gebietsfrage müsse letztlich auf Ebene der
  Präsidenten entschieden werden“, the envoy ruling out ground troops in both languages, the
  U.S. support by surveillance, Berlin's readiness and the Bundestag's mandate
  (three-hundred-and-twenty-fourth: a stated readiness with a named instrument stays
  check-worthy); „In Moskau wurde der Vorschlag als „Verzögerungstaktik“ abgetan.“ is a
  label and a negative (hundred-fifty-ninth: „als unverhohlene Drohung aufgefasst“).
- Meetings, visits, calls, rounds, days of talks and swaps are ordinals (the issue: "das
  sechste Treffen", "zum zweiten Mal"; ninety-third, hundred-ninety-third,
  three-hundred-and-twenty-sixth): „zum dritten Mal in diesem Jahr“ 3 twice („in diesem
  Jahr“ none), "his third visit this year" 3, „zum siebten Mal“ 7 and "the pair's seventh
  meeting" 7, „das erste dieser Treffen“ 1 (two-hundred-and-seventieth: "The first of the
  missiles"), „neuntes Telefonat“ 9, „zehntes Telefonat“ and "their 10th call" 10, „an der
  ersten Sitzung der Dreiergespräche“ and "the first session of the three-way talks" 1 with
  3, "their third such round" 3, „Am ersten Verhandlungstag“ and "The first day" 1, „Nach
  dem zweiten Verhandlungstag“ and "a second day of three-way talks" 2 (with 3), „die fünfte
  Verhandlungsrunde“ 5, „das zweite Treffen in diesem Format“ 2, „der vierte großangelegte
  Angriff“ and "for the fourth time this month" 4, „ein 22. Sanktionspaket“ and "a 22nd
  package" 22, „der 73. Gefangenenaustausch“ and "the 73rd exchange" 73, „zum 18. Mal in
  diesem Krieg“ and "the 18th brokered by" 18, „eine vierte Runde der Dreiergespräche“ and
  "a fourth round of three-way talks" 4 with 3, „die vierte Verhandlungsrunde“ 4, „Die erste
  Runde der Dreiergespräche ..., die zweite“ 1, 3 and 2 (the elliptic second as "the first
  of"). „Am dritten und letzten Verhandlungstag“ is 3 - „und letzten“ adds nothing, as „den
  dritten und letzten Tag“ (thirty-second). Three-way formats are counted („Dreiergespräche“
  five times, „Dreiergipfels“, "three-way talks" four times; fourteenth,
  hundred-fifty-ninth, three-hundred-and-twenty-sixth); "the two sides" 2
  (two-hundred-and-ninth), "two administration officials" 2 (hundred-fifty-ninth: "two
  people familiar with ..."); „der beiden“, „die beiden“, „die beiden schwierigsten Fragen“,
  "the sides" and "both sides'" carry none. Repetitions are counts (the issue: "viermal"):
  „zweimal überarbeitet“ 2, „elfmal ..., dreimal davon“ 11 and 3, "11 times this year, three
  of them" 11 and 3.
- Hours of talks and other spans are durations (the issue: "fünfstündigen Treffen";
  ninety-third, hundred-ninety-third, three-hundred-and-twenty-sixth): „nach dem
  fünfstündigen Gespräch“ twice, "spent five hours" and "that lasted five hours" 5 hours,
  „gut sechseinhalb Stunden“ and "more than six and a half hours" 6.5 "over"
  (hundred-ninety-third: „gut fünfeinhalb Stunden“), „nach knapp vier Stunden“ 4 "nearly",
  „gut 15 Stunden“ 15 "over", „knapp dreieinhalb Stunden“ and "nearly three and a half
  hours" 3.5 "nearly", „einem dreistündigen Arbeitsgespräch“ 3 hours, „binnen 72 Stunden“,
  „binnen 48 Stunden“ and „binnen 24 Stunden“ („binnen“ no hedge), „bis zu zwölf Stunden am
  Tag“ and "up to 12 hours a day" 12 "up_to" („am Tag“, "a day" none), „rund 40 Minuten“ and
  "about 40 minutes" 40 minutes "about", "about 50 minutes" 50 minutes "about"; days, weeks
  and years: „auf zwei Tage angesetzt“ and "with two days scheduled" 2 days, „drei bis vier
  Tage“ and "three to four days" both (hundred-sixth: "sechs bis acht Wochen"), „vor zwölf
  Tagen“ 12 days (ninety-third: „vor 131 Tagen“), „in den vergangenen zehn Tagen“ 10 days,
  „binnen sieben Tagen“ 7 days, „binnen 90 Tagen“, „binnen 100 Tagen“ and „frühestens 60
  Tage nach“ with no hedge, „von mindestens 60 Tagen“ "at_least", "a 30-day truce" 30 days,
  „noch vier Wochen“ and "four more weeks" 4 weeks („noch“, "more" no hedge), „binnen drei
  Wochen“ 3 weeks, „einer fünfwöchigen Blockade“ and "a five-week blockade" 5 weeks, „so
  hoch wie seit sieben Wochen nicht mehr“ 7 weeks (ninety-third: „so stark wie seit vier
  Monaten nicht“), „für zunächst 15 Jahre“ 15 years („zunächst“ no hedge), „liegt gut zwei
  Jahre zurück“ 2 years "over". None: „Vor einem Jahr“ (an article and a unit, ninety-third:
  „eine Stunde“; three-hundredth: "a year"), „in einem Monat“, „innerhalb der vergangenen
  Woche“, „Wenige Stunden vor“, „in diesem Jahr“, "this year", „seit Jahresbeginn“, „vor
  Jahresende“, "before year-end", „in diesem Monat“, "this month", „im Oktober“, „im
  September“, „im Januar“, „Anfang Juni“, „Ende August“, „vor dem Winter“, „über die
  Feiertage“, "over the holidays", weekdays and their compounds („am Mittwochvormittag“, „am
  Mittwochabend“, „In der Nacht zum Mittwoch“, "on Wednesday evening", "overnight"), „gegen
  Mitternacht“, „über Nacht“, „bis zum Nachmittag“ and „am Morgen“ (hundred-ninety-third).
- Points of drafts (the issue: "28-Punkte-Entwurf"; ninety-third, hundred-ninety-third,
  three-hundred-and-twenty-sixth): „den 20-Punkte-Plan“ twice, „der 20-Punkte-Plan“ and "its
  20-point plan" 20; „In 13 der 20 Punkte ..., in vier weiteren“ 13, 20 and 4, „Bei 15 der
  20 Punkte ..., bei drei weiteren“ and „15 der 20 Punkte ..., bei drei weiteren“ 15, 20 and
  3 („weiteren“ no hedge), "13 of Washington's 20 points, with four more", "15 of the 20
  points ... three more" and "15 of the plan's 20 points ... three more" as written (a
  definite group, forty-first), „alle 20 Punkte“ 20 („alle“ no hedge, three-hundredth); „aus
  einem ursprünglich 27 Punkte umfassenden Entwurf“ 27 („ursprünglich“ no hedge, as
  "originally 28 points long", sixty-eighth). Named points still in dispute are check-worthy
  (two-hundred-and-ninth): „Strittig blieben ... die Grenzziehung im Donbass und die Zukunft
  des Kernkraftwerks ...“ and „Ungelöst blieben die beiden schwierigsten Fragen ...“.
  „Absatz für Absatz“ counts nothing. New: „in erster Linie“ carries no ordinal - an idiom
  for "above all" that ranks nothing, as „unter vier Augen“ counts nothing
  (two-hundred-and-seventieth) and a name with a figure carries none (ninety-third:
  "E3-Staaten").
- Shares of territory and of people are fractions (the issue: "ein Fünftel", "drei Viertel";
  ninety-third, hundred-ninety-third, three-hundred-and-twenty-sixth): „mehr als vier
  Fünftel der Fläche“ and "more than four-fifths of it" 0.8 "over", „„ein knappes Fünftel““
  0.2 "nearly" (three-hundred-and-twenty-sixth: „das verbleibende knappe Fünftel“), „fast
  einem Fünftel“ (the dative) and "almost a fifth" 0.2 "nearly", "roughly a fifth" 0.2
  "about", "just under a fifth" 0.2 "under" (hundred-ninety-third), „gut ein Viertel“ 0.25
  "over", "more than a quarter" 0.25 "over", "the roughly one-quarter" 0.25 "about"
  (hundred-ninety-third), „Drei Viertel der Befragten“ 0.75, „Fast drei Viertel der Opfer“
  0.75 "nearly", „Lediglich jeder sechste Befragte“ 0.1667 („Lediglich“ no hedge;
  three-hundredth: a sixth is 0.1667), „fast ein Drittel davon“ 0.3333 "nearly", „ein
  Rückgang um knapp ein Drittel“ 0.3333 "nearly" (a change written as a share stays a
  fraction, hundred-ninety-third: „ein Drittel zu viel“), „zwei Drittel der Stimmen“ 0.6667.
  New: „zwischen einem Fünftel und einem Viertel der Fläche“ and "between a fifth and a
  quarter of each region" give both fractions, 0.2 and 0.25, with no hedge - a range of
  shares read as a range of any figures („zwei bis drei Wochen“ both,
  two-hundred-and-eleventh; "between 1.5% and 2.5%" both ends,
  three-hundred-and-twenty-fourth), "between", „zwischen“, „jeweils“, "each" and "only"
  adding no hedge. Shares given in percent stay percentages: „gut 18 Prozent der Ukraine“ 18
  "over".
- Counts otherwise (ninety-third, hundred-ninety-third, three-hundred-and-twenty-sixth):
  drones, missiles and shoot-downs („214 Drohnen und elf Raketen“, „187 Drohnen und sieben
  Raketen“, „143 Drohnen und vier Marschflugkörper, von denen 121 Drohnen und alle vier“
  143, 4, 121 and 4, "121 of 143 drones and all four cruise missiles", „63 ukrainische
  Drohnen über acht Regionen“ 63 and 8 - „über“ before a count of regions no hedge,
  hundred-thirty-seventh -); casualties („drei Menschen getötet und mindestens 19 verletzt“
  3 and 19 "at_least", „zwei Menschen getötet“ and "Two people were killed" 2, „mindestens
  226 Zivilpersonen getötet und 1.046 verletzt“ with the hedge on the first only, „mehr als
  15.300 getötete Zivilisten“ "over"); prisoners („320 Gefangene“, „je 320 Kriegsgefangene“,
  "320 prisoners of war each" - „je“, "each", „Jede Seite“ no hedge -, „38 Schwerverletzte
  sowie zwölf Zivilisten“ and "38 badly wounded soldiers and 12 civilians", „mehr als 6.200
  Ukrainer“ and "More than 6,200 Ukrainians" "over"); zones in kilometres and nautical miles
  as counts („von beiderseits 15 Kilometern“ 15, "15 km (9 miles)" 15 and 9 -
  two-hundred-and-seventieth -, „in einem Umkreis von fünf Kilometern“ 5, „von beiderseits
  20 Seemeilen“ 20; „beiderseits“, "on each side" none); areas („knapp 112.000
  Quadratkilometer“ twice and "nearly 112,000 square kilometres" "nearly", „um mindestens
  6.000“ "at_least", „rund 370 Quadratkilometer“ "about"); troops („bis zu 4.000 Soldaten“
  "up_to", „25.000 bis 30.000 Soldaten“ and "25,000 to 30,000 troops" both with no hedge,
  „eine Obergrenze von 650.000 Soldaten“ - „Obergrenze“ no hedge -); „rund 240
  Polizistinnen, Polizisten und Armeeangehörige“ "about", „mehr als 30 internationale
  Verhandlungsrunden“ "over", „bereits 14 direkte Verhandlungsrunden“ („bereits“ no hedge),
  „Rund 410.000 Haushalte“ and "about 410,000 households" "about", „1.008 Menschen“ after
  two dates, „mehr als 2.100 Frachtschiffe“, „mehr als 670 Schiffe“, "more than 670 vessels"
  and „mehr als 1.700“, "more than 1,700" "over", „weitere 118 Tanker“ and "118 more
  tankers" 118 („weitere“, "more" no hedge), „Die 27 EU-Mitgliedstaaten“ 27, „acht weiteren
  Ortschaften“ 8, „Sechs davon ..., zwei ...“ 6 and 2, „bis zu 300 Delegierten“ "up_to".
  New: „ein etwa 50-minütiges Sechs-Augen-Gespräch“ is 50 minutes "about" and nothing more -
  „Sechs-Augen“ is the three-person form of „unter vier Augen“, as „ein gut 40-minütiges
  Vier-Augen-Gespräch“ counted nothing for its eyes (two-hundred-and-seventieth).
- Percentages, money and rates: the poll's „nur 58 Prozent“ 58 („nur“ no hedge) and its
  margin „mit höchstens 3,4 Prozentpunkten“ 3.4 "pp" "at_most" (hundred-ninety-third: „3,3
  Prozentpunkte“; „höchstens“ "at_most", first batch); the rouble „1,9 Prozent ... bei 81,15
  je Dollar“ 1.9 and 81.15 RUB (an exchange rate is money in the priced currency,
  ninety-third: „auf 78,40 je Dollar“), „um 2,6 Prozent“; costs in the currency written
  („bis zu 2,8 Millionen Franken“ 2,800,000 CHF "up_to" in Swiss copy, „rund 1,2 Millionen
  Euro“ 1,200,000 EUR "about"; „beziffert“ and „schätzt“ no verbs of saying).
- Years and dates: „seit 1995“, „von 1991“, „seit Februar 2022“ twice, „im Februar 2022“,
  „seit dem Sommer 2022“ and „der 2014 annektierten Krim“ the years; „zwischen dem 30.
  Oktober und dem 5. November“ two dates (hundred-ninety-third,
  three-hundred-and-twenty-sixth); Reuters and AFP English datelines with a day ("MOSCOW,
  Nov 9 (Reuters)", "GENEVA, Nov 10", "MOSCOW, Nov 10 (AFP)", "GENEVA, Nov 11", "BRUSSELS,
  Nov 11", "KYIV, Nov 12", "WASHINGTON, Nov 12", "MOSCOW, Nov 12 (AFP)") dates without a
  year (hundred-fifty-ninth, three-hundred-and-twenty-sixth); dpa, AFP, APA/dpa/AFP (also
  "Wien/Moskau", "Kiew/Genf"), APA, Reuters German, Keystone-SDA (also "Bern/Genf") and AP
  ("WASHINGTON (AP) —", "KYIV, Ukraine (AP) —" three times) datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly" "about";
  „knapp“, „knappes“, „fast“, „Fast“, "nearly", "almost" "nearly"; „mehr als“, „gut“, "more
  than", "More than" "over"; "just under" "under"; „mindestens“ "at_least"; „bis zu“, "up
  to" "up_to"; „höchstens“ "at_most". No hedge: „bereits“, „Lediglich“, „nur“, „nur noch“,
  "only", „noch“, "more" after a figure, „insgesamt“, „Insgesamt“, „jeweils“, „je“, "each",
  „Jede Seite“, „weitere“, „weiteren“, „alle“, "all", „ursprünglich“, „zunächst“,
  „frühestens“, „binnen“, „Binnen“, „Obergrenze“, „zwischen“, "between", „beiderseits“, "on
  each side", the „bis“ and "to" of a range, and „über“ before a count of regions.
- Check-worthy without a figure (hundred-fifty-ninth, hundred-ninety-third,
  three-hundred-and-twenty-sixth): the envoy leaving without comment and flying to Geneva,
  Kyiv awaiting a briefing, the aide's summit condition, the president briefed in both
  languages, Congress to be briefed later and lawmakers without the text, a majority against
  withdrawal, the delegations' heads in both languages, the talks to resume in both
  languages, the Federal Council's confirmation, the Kremlin's demand in both languages,
  Vienna's reaffirmed offer, Kyiv's rejection and its refusal to withdraw, the rouble's
  gains, Kyiv's referendum condition, the points in dispute, the round extended in both
  languages, the attack on the grid, Berlin's readiness and the Bundestag's mandate, the
  Kremlin's no to a summit and its reason, the Black Sea talks, the sanctions' formal
  adoption, no joint final document, the territorial question left to the presidents, the
  envoy back in Washington, no ground troops in both languages and the U.S. support, the
  venues under discussion, the holiday truce refused in both languages, and the refusals
  above.
- Speakers, checked only in forms the earlier batches settled: German „sagte X“ with the
  title, the time, the place and the audience dropped („sagte Kremlberater Artjom Sawjolow
  nach dem fünfstündigen Gespräch vor Journalisten“ -> "Artjom Sawjolow",
  hundred-forty-second: „am Abend vor Journalisten“; „sagte Außenministeriumssprecherin
  Sieglinde Prandstätter am Montag“ and „... am Donnerstag“; „sagte EDA-Sprecherin Nadia
  Crottaz“; „sagte Kremlsprecher Arkadi Swirin am Dienstag“ and „... am Donnerstag“; „sagte
  Außenamtssprecher Bohdan Jazenko am Dienstag“; „sagte der russische Delegationsleiter Oleg
  Tulupow nach dem fünfstündigen Gespräch am Mittwoch“ -> "Oleg Tulupow",
  hundred-forty-second: „sagte der ukrainische Delegationsleiter Marko Hawryschko“; „sagte
  Chefunterhändler Ostap Kowalyschyn am Dienstag in Genf“; „sagte Regierungssprecher Jörn
  Wiesemeyer am Mittwoch“; „sagte Kremlberater Artem Sawelow am Mittwoch“; „sagte der
  Sprecher des türkischen Außenministeriums, Levent Akgündüz“ the name in apposition,
  ninety-third), "X sagte, ..." opening the row with the title dropped
  („Präsidialamtssprecherin Daryna Lesjuk sagte“, „Kremlberater Artjom Sawjolow sagte“,
  „Sprecherin Lauren Kelleway sagte am Montag“, „Dunbrook sagte“; hundred-twenty-second),
  „so X“ the surname as written („so Sawjolow“, „so Swirin“, „so Tulupow“, „so Kowalischin“;
  ninety-third, hundred-ninety-third), „X zufolge“ the surname („Sawelow zufolge“, „Sawjolow
  zufolge“, „Kowalischin zufolge“; hundred-forty-second), „teilte der Koordinierungsstab für
  Kriegsgefangene mit“ (hundred-first). English: the name with the title and "told
  reporters" dropped ("Kremlin aide Artyom Savyolov told reporters", "Press secretary Lauren
  Kelleway told reporters", "Kremlin spokesman Arkady Svirin told reporters", "Russian
  delegation head Oleg Tulupov told reporters"; hundred-fortieth, hundred-ninety-third),
  "Kremlin spokesman Arkady Svirin said", "Kremlin aide Artem Savelov said", "chief
  negotiator Ostap Kovalyshyn told The Associated Press" (the addressee dropped,
  hundred-fifty-ninth), "told senators" (three-hundred-and-twenty-sixth), "Kovalyshyn said"
  and "Svirin said" as written, and "The Kremlin said on Thursday that ..." -> "the Kremlin"
  with the article in lower case (three-hundred-and-twenty-fourth: "The Fed said" -> "the
  Fed"). Each row's spelling of a transliterated name is its speaker, also inside one merged
  APA story (three-hundred-and-twenty-sixth): „Kremlberater Artjom Sawjolow sagte“ ->
  "Artjom Sawjolow" beside „Sawelow zufolge“ -> "Sawelow" in the Vienna story of Monday,
  „sagte Kremlberater Artem Sawelow“ -> "Artem Sawelow" beside „Sawjolow zufolge“ ->
  "Sawjolow" in the Kremlin's story of Wednesday, „sagte Chefunterhändler Ostap Kowalyschyn“
  -> "Ostap Kowalyschyn" beside „so Kowalischin“ -> "Kowalischin" in Kyiv's referendum
  story; "Artyom Savyolov" (Reuters) beside "Artem Savelov" (AFP English); no row's spelling
  is normalised to another's. Left unchecked (None): all negatives, also those with a named
  speaker; roles and pronouns („fügte er hinzu“, „so der Berater“, „sagte er“, „so der
  Regierungssprecher“, „so der Gesandte“, „nach seinen Worten“, „nach Angaben der
  Sprecherin“, „wie ein Sprecher der Gastgeber sagte“, "he said", "he added", "she said",
  "it said", "He said", "a Ukrainian delegate said", "a Democratic aide said", "a spokesman
  for the Swiss hosts said"), anonymous, plural and adjectival sources („hieß es“ four
  times, „hieß es aus dem Präsidialamt“, „hieß es im Kreml“, „hieß es in der Auswertung“,
  „nach Kreml-Angaben“ and „laut Kreml“, „nach Behördenangaben“, „nach Angaben aus
  Regierungskreisen“, „nach eigenen Angaben“ of the Swiss, „nach ukrainischen Angaben“,
  „Diplomaten zufolge“, „nach Angaben des russischen Verteidigungsministeriums“, „Das
  russische Militär meldet“, "officials said" twice, "diplomats said", "regional officials
  said", "two administration officials said", "Kyiv's foreign ministry said", "Ukraine's air
  force said"; hundred-fifty-ninth, three-hundred-and-twenty-sixth), a description before
  the name („wie der Netzbetreiber Ukrenergo mitteilte“, "grid operator Ukrenergo said";
  fortieth), polls, estimates and documents („so das Ergebnis des Kiewer Internationalen
  Instituts für Soziologie“, „gab das Institut ... an“, „nach westlichen Schätzungen“ twice,
  „bezifferte“, „beziffert das EDA“, „schätzt das Ministerium“, „zählt das Büro“, "according
  to Western estimates", "Svirin put", "according to a briefing paper seen by Reuters",
  "according to Kyiv's prisoner-of-war coordination body"; hundred-tenth,
  two-hundred-and-fourth), verbs that are not of saying („lehnte Swirin erneut ab“, „schloss
  Dunbrook erneut aus“, „hat ... bekräftigt“, "ruled out"), and - to keep the checked
  speakers near 35, as the three-hundred-and-twenty-fourth batch did - „nach Angaben der
  Luftwaffe“, „nach Angaben des Generalstabs“, „nach Angaben der Hafenbehörde“, „nach
  Angaben der Stadtverwaltung“, „nach Angaben der Vereinten Nationen“, „teilte das EDA mit“,
  „teilte das UNO-Menschenrechtsbüro mit“, „sagte Sawjolow“ before the four fifths, „so
  Prandstätter“, „sagte Sprecherin Sieglinde Prandstätter“ before the ten days, „so
  Kelleway“, „so Jazenko“, „Tulupow zufolge“, „so Sawelow“, „so Akgündüz“, „sagte Swirin“ on
  the holiday truce, „so Swirin“ before the range of shares, „Kowalyschyn sagte“ on the last
  day and „nach eigenen Angaben“ of the envoy.
- Negatives (hundred-fortieth, hundred-fifty-ninth, hundred-ninety-third,
  two-hundred-and-fourth, three-hundred-and-twenty-sixth), none with a figure: atmosphere
  labels („inhaltsreich, nützlich und sehr ehrlich“, "substantive, useful and very honest",
  „ehrlicher Arbeit ohne Show“, „Bewegung in Nebenfragen, aber Stillstand in der Hauptsache“
  and its twin), rhetoric and slogans in quotes (the pairs above, „Jeder Einzelne von ihnen
  ist ein Sieg“ and its twin, „Ich glaube erst an Frieden ...“ and its twin), labels from
  parties, traders, a senator and an office (the FPÖ's „Anbiederung auf Kosten der
  Neutralität“, the Left's „Einstieg in den Krieg durch die Hintertür“, the traders'
  „Friedensfantasie“, Harmison's „einem Frieden, der nur eine Pause ist“ and its twin, the
  EU foreign policy chief's „klaren Signal an Moskau“ and its twin, Moscow's
  „Verzögerungstaktik“; hundred-sixteenth, three-hundred-and-twenty-sixth), a confidence
  lead without a figure („hat sich ... zuversichtlich ... geäußert“; ninety-third: a
  leader's confidence; hundred-ninety-third: an assessment as a lead), verdicts with „halten
  ... für“ (Pröglhöf's and the Kyiv experts' „für unwahrscheinlich“; ninety-eighth), an
  analyst's and a diplomat's view („spiele auf Zeit“, „sieht in dem Angebot vor allem ...“,
  „möglichst viele Fakten schaffen“; hundred-ninety-sixth), a sociologist's reading of the
  poll, a forecast without a figure („Beobachter in Genf rechnen dennoch nicht mit ...“,
  "Western diplomats ... played down hopes ..."; hundred-forty-second), evasions and
  no-comment lines („wollte der Berater nicht vorhersagen“, „ließ die Sprecherin offen“,
  „ließ der Berater offen“, "There was no immediate reaction from the White House.";
  fourteenth, hundred-fifty-ninth), open questions („Ob ...“; hundred-twenty-fourth), the
  caveats („Eine unabhängige Überprüfung der Angaben war zunächst nicht möglich.“,
  ninety-third; „Die tatsächlichen Zahlen dürften deutlich höher liegen ...“, a forecast
  without a figure), a mood lead in both languages and vox pops without figures (Walentyna
  Tschumak and Valentyna Chumak, the student Bohdan; hundred-ninety-third,
  three-hundred-and-twenty-sixth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_349 = [
    # --- Siebtes Treffen im Kreml (dpa), Montag, 9. November ---
    (
        "de",
        "Moskau (dpa) - Der US-Sondergesandte Desmond Dunbrook ist am Montag zum dritten Mal in diesem Jahr im Kreml vom russischen Präsidenten empfangen worden.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt kamen die beiden damit laut Kreml zum siebten Mal zusammen, das erste dieser Treffen liegt gut zwei Jahre zurück.",
        True,
        [("ordinal", 7, None, None), ("ordinal", 1, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "de",
        "Man habe den 20-Punkte-Plan der US-Regierung Absatz für Absatz durchgesprochen, sagte Kremlberater Artjom Sawjolow nach dem fünfstündigen Gespräch vor Journalisten.",
        True,
        [("count", 20, None, None), ("duration", 5, "hour", None)],
        "Artjom Sawjolow",
    ),
    (
        "de",
        "In 13 der 20 Punkte gebe es inzwischen Übereinstimmung, in vier weiteren lägen die Positionen nahe beieinander, so Sawjolow.",
        True,
        [("count", 13, None, None), ("count", 20, None, None), ("count", 4, None, None)],
        "Sawjolow",
    ),
    (
        "de",
        "Strittig blieben in erster Linie die Grenzziehung im Donbass und die Zukunft des Kernkraftwerks bei Enerhodar, fügte er hinzu.",
        True,
        [],
        None,
    ),
    ("de", "Das Gespräch sei „inhaltsreich, nützlich und sehr ehrlich“ gewesen, sagte der Berater.", False, [], None),
    (
        "de",
        "Moskau erhebe Anspruch auf ganz Donezk, wo russische Einheiten schon mehr als vier Fünftel der Fläche hielten, sagte Sawjolow.",
        True,
        [("fraction", 0.8, None, "over")],
        None,
    ),
    (
        "de",
        "Dunbrook verließ den Kreml gegen Mitternacht, ohne sich zu äußern, und flog noch in der Nacht nach Genf weiter.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob es vor Jahresende zu einem Gipfel der Präsidenten kommen könnte, wollte der Berater nicht vorhersagen.",
        False,
        [],
        None,
    ),
    # --- Seventh Kremlin meeting (Reuters), Nov 9 ---
    (
        "en",
        "MOSCOW, Nov 9 (Reuters) - U.S. special envoy Desmond Dunbrook spent five hours in the Kremlin on Monday with Russia's leader, his third visit this year and the pair's seventh meeting overall.",
        True,
        [
            ("date", "--11-09", None, None),
            ("duration", 5, "hour", None),
            ("ordinal", 3, None, None),
            ("ordinal", 7, None, None),
        ],
        None,
    ),
    (
        "en",
        "Kremlin aide Artyom Savyolov told reporters the two sides had found common ground on 13 of Washington's 20 points, with four more close to settled.",
        True,
        [("count", 2, None, None), ("count", 13, None, None), ("count", 20, None, None), ("count", 4, None, None)],
        "Artyom Savyolov",
    ),
    ("en", 'Savyolov called the talks "substantive, useful and very honest."', False, [], None),
    (
        "en",
        "Russia claims all of the Donetsk region and says its forces now control more than four-fifths of it.",
        True,
        [("fraction", 0.8, None, "over")],
        None,
    ),
    (
        "en",
        "Russian forces occupy roughly a fifth of Ukraine's internationally recognized territory, according to Western estimates.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("en", "There was no immediate reaction from the White House.", False, [], None),
    # --- Drohnen vor dem Treffen, Kiew wartet (AFP), 9. November ---
    (
        "de",
        "Kiew (AFP) - Wenige Stunden vor dem Treffen im Kreml hat Russland die Ukraine nach Angaben der Luftwaffe mit 214 Drohnen und elf Raketen angegriffen.",
        True,
        [("count", 214, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Davon seien 187 Drohnen und sieben Raketen abgeschossen oder elektronisch abgelenkt worden, hieß es.",
        True,
        [("count", 187, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Im Gebiet Dnipropetrowsk wurden nach Behördenangaben drei Menschen getötet und mindestens 19 verletzt.",
        True,
        [("count", 3, None, None), ("count", 19, None, "at_least")],
        None,
    ),
    (
        "de",
        "Präsidialamtssprecherin Daryna Lesjuk sagte, Kiew erwarte von Dunbrook noch am Dienstag eine Unterrichtung über das Gespräch.",
        True,
        [],
        "Daryna Lesjuk",
    ),
    ("de", "„Russland verhandelt bei Tag und bombardiert bei Nacht“, sagte Lesjuk.", False, [], None),
    (
        "de",
        "Chefunterhändler Ostap Kowalischin werde am Dienstag in Genf zu den Dreiergesprächen erwartet, hieß es aus dem Präsidialamt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "Eine unabhängige Überprüfung der Angaben war zunächst nicht möglich.", False, [], None),
    # --- Wien bietet Gipfel an, der Kremlberater antwortet (APA/dpa/AFP), 9. November ---
    (
        "de",
        "Wien/Moskau (APA/dpa/AFP) - Die Regierung in Wien bietet sich abermals als Ausrichterin eines Dreiergipfels der Staatschefs aus Moskau, Kiew und Washington an.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Binnen 72 Stunden sei die Hofburg für einen Gipfel bereit, sagte Außenministeriumssprecherin Sieglinde Prandstätter am Montag.",
        True,
        [("duration", 72, "hour", None)],
        "Sieglinde Prandstätter",
    ),
    (
        "de",
        "Österreich habe seit 1995 mehr als 30 internationale Verhandlungsrunden ausgerichtet, so Prandstätter.",
        True,
        [("year", 1995, None, None), ("count", 30, None, "over")],
        None,
    ),
    (
        "de",
        "Kremlberater Artjom Sawjolow sagte, ein Gipfel sei erst sinnvoll, wenn die Unterhändler einen unterschriftsreifen Text vorlegten.",
        True,
        [],
        "Artjom Sawjolow",
    ),
    ("de", "„Wien ist eine schöne Stadt, aber zuerst braucht es Ergebnisse“, sagte Sawelow.", False, [], None),
    (
        "de",
        "Sawelow zufolge hatten der Kremlchef und der US-Präsident vor zwölf Tagen zuletzt miteinander telefoniert.",
        True,
        [("duration", 12, "day", None)],
        "Sawelow",
    ),
    (
        "de",
        "Es sei ihr neuntes Telefonat seit Jahresbeginn gewesen, so der Berater.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    ("de", "Die FPÖ nannte das Angebot „eine Anbiederung auf Kosten der Neutralität“.", False, [], None),
    # --- Weißes Haus gibt vier Wochen (Reuters), 9. November ---
    (
        "de",
        "Washington (Reuters) - Das Weiße Haus will den Unterhändlern nach Angaben aus Regierungskreisen noch vier Wochen Zeit für eine Einigung über den 20-Punkte-Plan geben.",
        True,
        [("duration", 4, "week", None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Sprecherin Lauren Kelleway sagte am Montag, der Präsident sei nach dem Treffen im Kreml telefonisch unterrichtet worden.",
        True,
        [],
        "Lauren Kelleway",
    ),
    (
        "de",
        "Dunbrook werde am Dienstag in Genf an der ersten Sitzung der Dreiergespräche teilnehmen, so Kelleway.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "„Der Frieden ist zum Greifen nah, wenn Moskau sich bewegt“, sagte Kelleway.", False, [], None),
    (
        "de",
        "Der Kongress soll nach Angaben der Sprecherin erst nach Abschluss der Genfer Runde unterrichtet werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Weiße Haus hatte den Plan Ende August vorgelegt und seither zweimal überarbeitet.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- White House deadline (AP), Nov 9 ---
    (
        "en",
        "WASHINGTON (AP) — The White House is giving negotiators four more weeks to reach a deal on its 20-point plan for ending the war, two administration officials said Monday.",
        True,
        [("duration", 4, "week", None), ("count", 20, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Press secretary Lauren Kelleway told reporters the president had been briefed by phone after the Kremlin meeting.",
        True,
        [],
        "Lauren Kelleway",
    ),
    (
        "en",
        "Dunbrook will attend the first session of the three-way talks in Geneva on Tuesday, she said.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", '"Peace is within reach if Moscow moves," Kelleway said.', False, [], None),
    ("en", "Lawmakers have yet to see the full text of the plan, a Democratic aide said.", True, [], None),
    # --- Umfrage in Kiew (dpa), 9. November ---
    (
        "de",
        "Kiew (dpa) - Eine klare Mehrheit der Ukrainer lehnt einer neuen Umfrage zufolge einen Rückzug aus dem Gebiet Donezk ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Drei Viertel der Befragten lehnten Gebietsabtretungen als Preis für einen Waffenstillstand ab, so das Ergebnis des Kiewer Internationalen Instituts für Soziologie.",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    ("de", "Vor einem Jahr hatten nur 58 Prozent so geantwortet.", True, [("percent", 58, "%", None)], None),
    (
        "de",
        "Lediglich jeder sechste Befragte wäre zu Zugeständnissen bei der Grenzziehung bereit.",
        True,
        [("fraction", 0.1667, None, None)],
        None,
    ),
    (
        "de",
        "Befragt wurden zwischen dem 30. Oktober und dem 5. November insgesamt 1.008 Menschen in allen nicht besetzten Landesteilen.",
        True,
        [("date", "--10-30", None, None), ("date", "--11-05", None, None), ("count", 1008, None, None)],
        None,
    ),
    (
        "de",
        "Die Fehlerquote gab das Institut mit höchstens 3,4 Prozentpunkten an.",
        True,
        [("percent", 3.4, "pp", "at_most")],
        None,
    ),
    (
        "de",
        "Die Umfrage zeige, dass die Gesellschaft trotz aller Erschöpfung nicht kriegsmüde sei, sagte ein Soziologe des Instituts.",
        False,
        [],
        None,
    ),
    # --- Dreiergespräche in Genf (dpa), Dienstag, 10. November ---
    (
        "de",
        "Genf (dpa) - In Genf haben am Dienstag Unterhändler der USA, Russlands und der Ukraine zum dritten Mal in diesem Jahr direkte Dreiergespräche aufgenommen.",
        True,
        [("ordinal", 3, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Runde ist nach Angaben der Schweizer Gastgeber auf zwei Tage angesetzt.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Die russische Delegation leitet Vizeaußenminister Oleg Tulupow, die ukrainische Chefunterhändler Ostap Kowalyschyn.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am ersten Verhandlungstag saßen die Delegationen gut sechseinhalb Stunden zusammen, wie ein Sprecher der Gastgeber sagte.",
        True,
        [("ordinal", 1, None, None), ("duration", 6.5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Zunächst hätten Militärexperten in kleiner Runde über eine entmilitarisierte Zone von beiderseits 15 Kilometern beraten, hieß es.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Den Tag beschloss ein etwa 50-minütiges Sechs-Augen-Gespräch von Dunbrook, Tulupow und Kowalyschyn.",
        True,
        [("duration", 50, "minute", "about")],
        None,
    ),
    ("de", "„Wir sind nicht hier, um Land zu verschenken“, sagte Kowalyschyn vor Beginn der Sitzung.", False, [], None),
    ("de", "Die Gespräche sollen am Mittwochvormittag fortgesetzt werden.", True, [], None),
    # --- Die Schweiz als Gastgeberin (Keystone-SDA), 10. November ---
    (
        "de",
        "Bern/Genf (Keystone-SDA) - Die Schweiz stellt für die Genfer Gespräche nach eigenen Angaben rund 240 Polizistinnen, Polizisten und Armeeangehörige bereit.",
        True,
        [("count", 240, None, "about")],
        None,
    ),
    (
        "de",
        "Die Kosten für den Bund beziffert das EDA auf bis zu 2,8 Millionen Franken.",
        True,
        [("money", 2800000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Es sei bereits die fünfte Verhandlungsrunde zum Krieg in der Ukraine, die in Genf stattfinde, sagte EDA-Sprecherin Nadia Crottaz.",
        True,
        [("ordinal", 5, None, None)],
        "Nadia Crottaz",
    ),
    (
        "de",
        "«Die Schweiz bietet den Rahmen, den Frieden müssen die Parteien selbst machen», sagte Crottaz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Über dem Genfer Seebecken gilt während der Gespräche ein Flugverbot in einem Umkreis von fünf Kilometern.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    ("de", "Der Bundesrat hatte die Durchführung der Runde erst am Freitag bestätigt.", True, [], None),
    ("de", "Ob die Schweiz auch einen späteren Gipfel ausrichten könnte, ließ die Sprecherin offen.", False, [], None),
    # --- Geneva talks open (Reuters), Nov 10 ---
    (
        "en",
        "GENEVA, Nov 10 (Reuters) - Negotiators from the United States, Russia and Ukraine opened three-way talks in Geneva on Tuesday, their third such round this year, with two days scheduled.",
        True,
        [
            ("date", "--11-10", None, None),
            ("count", 3, None, None),
            ("ordinal", 3, None, None),
            ("duration", 2, "day", None),
        ],
        None,
    ),
    (
        "en",
        "The first day ran for more than six and a half hours, a spokesman for the Swiss hosts said.",
        True,
        [("ordinal", 1, None, None), ("duration", 6.5, "hour", "over")],
        None,
    ),
    (
        "en",
        "Russia's delegation is led by Deputy Foreign Minister Oleg Tulupov and Ukraine's by chief negotiator Ostap Kovalyshyn.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Military experts first discussed a demilitarized zone reaching 15 km (9 miles) back from the front on each side, a Ukrainian delegate said.",
        True,
        [("count", 15, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Dunbrook, Tulupov and Kovalyshyn later met for about 50 minutes without aides.",
        True,
        [("duration", 50, "minute", "about")],
        None,
    ),
    ("en", '"We are not here to give away land," Kovalyshyn told reporters before the session.', False, [], None),
    ("en", "Talks are due to resume on Wednesday morning.", True, [], None),
    # --- Kreml: Kiew hält nur noch ein knappes Fünftel (AFP), 10. November ---
    (
        "de",
        "Moskau (AFP) - Der Kreml hat vor einer Einigung in Genf erneut den vollständigen Abzug ukrainischer Truppen aus dem Gebiet Donezk verlangt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Ukraine kontrolliere dort nur noch „ein knappes Fünftel“ des Gebiets, sagte Kremlsprecher Arkadi Swirin am Dienstag.",
        True,
        [("fraction", 0.2, None, "nearly")],
        "Arkadi Swirin",
    ),
    (
        "de",
        "Russische Truppen hielten insgesamt knapp 112.000 Quadratkilometer ukrainischen Bodens, so Swirin.",
        True,
        [("count", 112000, None, "nearly")],
        "Swirin",
    ),
    (
        "de",
        "Das entspreche fast einem Fünftel der Ukraine in ihren Grenzen von 1991, hieß es im Kreml.",
        True,
        [("fraction", 0.2, None, "nearly"), ("year", 1991, None, None)],
        None,
    ),
    (
        "de",
        "In den Gebieten Saporischschja und Cherson kontrolliere Kiew jeweils nur noch zwischen einem Fünftel und einem Viertel der Fläche, so Swirin.",
        True,
        [("fraction", 0.2, None, None), ("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "Kiew müsse „die Realität anerkennen“, fügte der Sprecher hinzu.", False, [], None),
    ("de", "Eine Waffenruhe vor einer umfassenden Einigung lehnte Swirin erneut ab.", True, [], None),
    ("de", "Ob der Kremlchef selbst nach Genf reisen könnte, sei „keine Frage für heute“, so Swirin.", False, [], None),
    (
        "de",
        "Nach Angaben des russischen Verteidigungsministeriums wurden über Nacht 63 ukrainische Drohnen über acht Regionen abgeschossen.",
        True,
        [("count", 63, None, None), ("count", 8, None, None)],
        None,
    ),
    # --- Wiener Reaktionen (APA), 10. November ---
    (
        "de",
        "Wien (APA) - Das Außenministerium hat das Angebot, einen Gipfel in Wien auszurichten, am Dienstag bekräftigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Man habe dazu in den vergangenen zehn Tagen mit Washington, Moskau und Kiew Kontakt gehabt, sagte Sprecherin Sieglinde Prandstätter.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    ("de", "„Neutralität heißt nicht Schweigen, sondern Vermitteln“, so die Sprecherin.", False, [], None),
    (
        "de",
        "Die Politologin Gerlinde Pröglhöf von der Universität Wien hält einen Gipfel vor Jahresende für unwahrscheinlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Moskau spiele auf Zeit und setze darauf, dass die Aufmerksamkeit des Westens nachlasse, sagte Pröglhöf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach ihrer Zählung hat es seit Februar 2022 bereits 14 direkte Verhandlungsrunden zwischen Moskau und Kiew gegeben.",
        True,
        [("year", 2022, None, None), ("count", 14, None, None)],
        None,
    ),
    # --- Kiew weist Kreml-Angaben zurück (Reuters), 10. November ---
    (
        "de",
        "Kiew (Reuters) - Die Ukraine hat die Darstellung des Kremls zur Lage im Gebiet Donezk zurückgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ukrainische Truppen hielten dort weiterhin gut ein Viertel der Fläche, sagte Außenamtssprecher Bohdan Jazenko am Dienstag.",
        True,
        [("fraction", 0.25, None, "over")],
        "Bohdan Jazenko",
    ),
    (
        "de",
        "Die von Moskau genannten knapp 112.000 Quadratkilometer seien um mindestens 6.000 zu hoch gegriffen, so Jazenko.",
        True,
        [("count", 112000, None, "nearly"), ("count", 6000, None, "at_least")],
        None,
    ),
    ("de", "Der Kreml betreibe „Kartografie als Propaganda“, sagte Jazenko.", False, [], None),
    ("de", "Ein Rückzug aus dem Gebiet komme nicht infrage, sagte er.", True, [], None),
    (
        "de",
        "Nach Angaben des Generalstabs wurden binnen 24 Stunden 176 Gefechte entlang der Front registriert, fast ein Drittel davon bei Pokrowsk.",
        True,
        [("duration", 24, "hour", None), ("count", 176, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    # --- Kremlin on Donetsk (AFP), Nov 10 ---
    (
        "en",
        "MOSCOW, Nov 10 (AFP) - The Kremlin on Tuesday again demanded a full Ukrainian withdrawal from Donetsk before any deal is signed in Geneva.",
        True,
        [("date", "--11-10", None, None)],
        None,
    ),
    (
        "en",
        'Kyiv now controls "just under a fifth" of the region, Kremlin spokesman Arkady Svirin told reporters.',
        True,
        [("fraction", 0.2, None, "under")],
        "Arkady Svirin",
    ),
    (
        "en",
        "Svirin put the area held by Russian forces at nearly 112,000 square kilometres, almost a fifth of Ukraine.",
        True,
        [("count", 112000, None, "nearly"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "In Kherson and Zaporizhzhia, Ukraine holds only between a fifth and a quarter of each region, he added.",
        True,
        [("fraction", 0.2, None, None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "Kyiv's foreign ministry said Ukrainian troops still held more than a quarter of the Donetsk region.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    ("en", '"Ukraine must accept reality," Svirin said.', False, [], None),
    # --- Rubel legt zu (Reuters), 10. November ---
    (
        "de",
        "Moskau (Reuters) - Der Rubel hat am Dienstag auf Berichte über Fortschritte in Genf mit deutlichen Gewinnen reagiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis zum Nachmittag gewann die russische Währung 1,9 Prozent und stand bei 81,15 je Dollar.",
        True,
        [("percent", 1.9, "%", None), ("money", 81.15, "RUB", None)],
        None,
    ),
    (
        "de",
        "Der Moskauer Leitindex Moex stieg um 2,6 Prozent und notierte damit so hoch wie seit sieben Wochen nicht mehr.",
        True,
        [("percent", 2.6, "%", None), ("duration", 7, "week", None)],
        None,
    ),
    ("de", "Händler sprachen von „Friedensfantasie“ an der Börse.", False, [], None),
    # --- Kiew knüpft Abkommen an Volksabstimmung (APA/dpa/AFP), 10. November ---
    (
        "de",
        "Kiew/Genf (APA/dpa/AFP) - Die Ukraine will ein mögliches Friedensabkommen nur nach einer Volksabstimmung unterzeichnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Referendum könne binnen 90 Tagen nach einer Einigung abgehalten werden, sagte Chefunterhändler Ostap Kowalyschyn am Dienstag in Genf.",
        True,
        [("duration", 90, "day", None)],
        "Ostap Kowalyschyn",
    ),
    (
        "de",
        "Dafür müsse zuvor eine Waffenruhe von mindestens 60 Tagen gelten, so Kowalischin.",
        True,
        [("duration", 60, "day", "at_least")],
        "Kowalischin",
    ),
    (
        "de",
        "Für eine Änderung der Verfassung wären nach geltendem Recht zwei Drittel der Stimmen in der Werchowna Rada nötig.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "„Ob wir Land abgeben, entscheiden die Menschen in der Ukraine und kein Papier aus Genf“, sagte Kowalischin.",
        False,
        [],
        None,
    ),
    ("de", "In Moskau wurde der Vorschlag als „Verzögerungstaktik“ abgetan.", False, [], None),
    # --- Zweiter Verhandlungstag in Genf (dpa), Mittwoch, 11. November ---
    (
        "de",
        "Genf (dpa) - Nach dem zweiten Verhandlungstag in Genf haben Russland und die Ukraine einen weiteren Austausch von Kriegsgefangenen vereinbart.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Jede Seite werde 320 Gefangene freilassen, sagte der russische Delegationsleiter Oleg Tulupow nach dem fünfstündigen Gespräch am Mittwoch.",
        True,
        [("count", 320, None, None), ("duration", 5, "hour", None)],
        "Oleg Tulupow",
    ),
    (
        "de",
        "Tulupow zufolge sollen die Gefangenen binnen 48 Stunden übergeben werden.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "Bei 15 der 20 Punkte sei man sich inzwischen einig, bei drei weiteren fehle nur noch die Formulierung, so Tulupow.",
        True,
        [("count", 15, None, None), ("count", 20, None, None), ("count", 3, None, None)],
        "Tulupow",
    ),
    (
        "de",
        "Ungelöst blieben die beiden schwierigsten Fragen, das Gebiet Donezk und das Atomkraftwerk Saporischschja.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Chefunterhändler Ostap Kowalyschyn sprach von „Bewegung in Nebenfragen, aber Stillstand in der Hauptsache“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ukraine sei bereit, die Frontlinie als Ausgangspunkt für Verhandlungen über eine Waffenruhe zu akzeptieren, sagte Kowalyschyn.",
        True,
        [],
        "Kowalyschyn",
    ),
    ("de", "Die Runde wurde auf Wunsch der US-Delegation bis Donnerstag verlängert.", True, [], None),
    ("de", "Beobachter in Genf rechnen dennoch nicht mit einem raschen Durchbruch.", False, [], None),
    # --- Second day in Geneva (Reuters), Nov 11 ---
    (
        "en",
        "GENEVA, Nov 11 (Reuters) - Russia and Ukraine agreed on Wednesday to swap 320 prisoners of war each after a second day of three-way talks in Geneva that lasted five hours.",
        True,
        [
            ("date", "--11-11", None, None),
            ("count", 320, None, None),
            ("ordinal", 2, None, None),
            ("count", 3, None, None),
            ("duration", 5, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "Russian delegation head Oleg Tulupov told reporters the sides now agreed on 15 of the 20 points, with only the wording missing on three more.",
        True,
        [("count", 15, None, None), ("count", 20, None, None), ("count", 3, None, None)],
        "Oleg Tulupov",
    ),
    (
        "en",
        'Ukraine\'s chief negotiator Ostap Kovalyshyn spoke of "movement on side issues, deadlock on the main one."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kyiv is ready to take the current front line as the starting point for ceasefire talks, Kovalyshyn said.",
        True,
        [],
        "Kovalyshyn",
    ),
    (
        "en",
        "The round was extended into Thursday at the request of the U.S. delegation, officials said.",
        True,
        [],
        None,
    ),
    ("en", "Western diplomats in Geneva played down hopes of a quick breakthrough.", False, [], None),
    # --- Angriff auf das Stromnetz (AFP), 11. November ---
    (
        "de",
        "Kiew (AFP) - Russland hat in der Nacht zum Mittwoch erneut die ukrainische Energieversorgung angegriffen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 410.000 Haushalte in den Gebieten Charkiw, Poltawa und Sumy waren am Morgen ohne Strom, wie der Netzbetreiber Ukrenergo mitteilte.",
        True,
        [("count", 410000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Luftwaffe zählte 143 Drohnen und vier Marschflugkörper, von denen 121 Drohnen und alle vier Marschflugkörper abgewehrt worden seien.",
        True,
        [("count", 143, None, None), ("count", 4, None, None), ("count", 121, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Es war der vierte großangelegte Angriff auf das Stromnetz in diesem Monat.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("de", "„So sieht die russische Art aus, Verhandlungen zu führen“, sagte Kowalischin in Genf.", False, [], None),
    (
        "de",
        "Kowalischin zufolge wurden in der Nacht in Saporischschja zwei Menschen getötet.",
        True,
        [("count", 2, None, None)],
        "Kowalischin",
    ),
    # --- Grid attack (AP), Nov 11 ---
    (
        "en",
        "KYIV, Ukraine (AP) — Russia struck Ukraine's power grid overnight for the fourth time this month, leaving about 410,000 households without electricity, grid operator Ukrenergo said Wednesday.",
        True,
        [("ordinal", 4, None, None), ("count", 410000, None, "about")],
        None,
    ),
    (
        "en",
        "Ukraine's air force said 121 of 143 drones and all four cruise missiles launched were shot down.",
        True,
        [("count", 121, None, None), ("count", 143, None, None), ("count", 4, None, None)],
        None,
    ),
    ("en", "Two people were killed in Zaporizhzhia, regional officials said.", True, [("count", 2, None, None)], None),
    # --- Berlin zu einer europäischen Truppe (dpa), 11. November ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung hat ihre Bereitschaft bekräftigt, sich an einer europäischen Truppe zur Absicherung eines Waffenstillstands in der Ukraine zu beteiligen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Deutschland könne dafür bis zu 4.000 Soldaten bereitstellen, sagte Regierungssprecher Jörn Wiesemeyer am Mittwoch.",
        True,
        [("count", 4000, None, "up_to")],
        "Jörn Wiesemeyer",
    ),
    (
        "de",
        "Die Truppe solle nach europäischen Plänen 25.000 bis 30.000 Soldaten umfassen und frühestens 60 Tage nach einem Waffenstillstand einrücken.",
        True,
        [("count", 25000, None, None), ("count", 30000, None, None), ("duration", 60, "day", None)],
        None,
    ),
    ("de", "„Europa wird bei diesem Frieden nicht am Katzentisch sitzen“, so Wiesemeyer.", False, [], None),
    (
        "de",
        "Ein Mandat des Bundestags sei zwingend, eine Abstimmung aber frühestens im Januar möglich, so der Regierungssprecher.",
        True,
        [],
        None,
    ),
    ("de", "Die Linke sprach von einem „Einstieg in den Krieg durch die Hintertür“.", False, [], None),
    # --- Kreml: kein Gipfel in diesem Jahr (APA/dpa/AFP), 11. November ---
    (
        "de",
        "Moskau (APA/dpa/AFP) - Der Kreml hat einem Treffen der Präsidenten Russlands und der Ukraine noch in diesem Jahr eine Absage erteilt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein solcher Gipfel stehe „derzeit nicht auf der Tagesordnung“, sagte Kremlberater Artem Sawelow am Mittwoch.",
        True,
        [],
        "Artem Sawelow",
    ),
    (
        "de",
        "Zuerst müssten die Unterhändler alle 20 Punkte abschließend klären, so Sawelow.",
        True,
        [("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Sawjolow zufolge telefonierte der Kremlchef nach dem Genfer Verhandlungstag rund 40 Minuten mit dem US-Präsidenten.",
        True,
        [("duration", 40, "minute", "about")],
        "Sawjolow",
    ),
    ("de", "Es sei ihr zehntes Telefonat in diesem Jahr gewesen.", True, [("ordinal", 10, None, None)], None),
    ("de", "„Der Ball liegt jetzt in Kiew“, sagte Sawjolow.", False, [], None),
    ("de", "Ob Moskau einer Waffenruhe über die Feiertage zustimmen würde, ließ der Berater offen.", False, [], None),
    # --- Kovalyshyn interview (AP), Nov 11 ---
    (
        "en",
        "KYIV, Ukraine (AP) — Ukraine will keep its forces in the roughly one-quarter of Donetsk it still holds, chief negotiator Ostap Kovalyshyn told The Associated Press on Wednesday.",
        True,
        [("fraction", 0.25, None, "about")],
        "Ostap Kovalyshyn",
    ),
    (
        "en",
        "He said Kyiv's offer of a 30-day truce covering both sides' power stations had so far gone unanswered.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        '"A country that gives up land to stop the shooting only postpones the next war," Kovalyshyn said.',
        False,
        [],
        None,
    ),
    ("en", '"They talk peace in Geneva and send drones to our cities at night," he said.', False, [], None),
    # --- Schwarzes Meer (dpa), 11. November ---
    (
        "de",
        "Istanbul (dpa) - Parallel zu den Genfer Gesprächen haben Vertreter Russlands und der Ukraine in Istanbul über die Sicherheit der Schifffahrt im Schwarzen Meer verhandelt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Türkei schlage eine Schutzzone von beiderseits 20 Seemeilen entlang der Handelsrouten vor, sagte der Sprecher des türkischen Außenministeriums, Levent Akgündüz.",
        True,
        [("count", 20, None, None)],
        "Levent Akgündüz",
    ),
    (
        "de",
        "Es sei das zweite Treffen in diesem Format binnen drei Wochen, so Akgündüz.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn haben nach Angaben der Hafenbehörde mehr als 2.100 Frachtschiffe die Häfen im Gebiet Odessa angelaufen.",
        True,
        [("count", 2100, None, "over")],
        None,
    ),
    ("de", "„Handelsschiffe sind keine Zielscheiben“, sagte Akgündüz.", False, [], None),
    # --- EU: 22. Sanktionspaket (Reuters), 11. November ---
    (
        "de",
        "Brüssel (Reuters) - Die 27 EU-Mitgliedstaaten haben sich Diplomaten zufolge auf ein 22. Sanktionspaket gegen Russland verständigt.",
        True,
        [("count", 27, None, None), ("ordinal", 22, None, None)],
        None,
    ),
    (
        "de",
        "Es richtet sich unter anderem gegen weitere 118 Tanker der sogenannten Schattenflotte.",
        True,
        [("count", 118, None, None)],
        None,
    ),
    (
        "de",
        "Damit stünden mehr als 670 Schiffe auf der Sanktionsliste, hieß es.",
        True,
        [("count", 670, None, "over")],
        None,
    ),
    (
        "de",
        "Die Slowakei gab ihren Widerstand nach einer fünfwöchigen Blockade auf.",
        True,
        [("duration", 5, "week", None)],
        None,
    ),
    ("de", "Die EU-Außenbeauftragte sprach von einem „klaren Signal an Moskau“.", False, [], None),
    ("de", "Das Paket soll am Freitag formell beschlossen werden.", True, [], None),
    # --- EU sanctions (Reuters), Nov 11 ---
    (
        "en",
        "BRUSSELS, Nov 11 (Reuters) - European Union governments agreed on a 22nd package of sanctions against Russia on Wednesday, diplomats said.",
        True,
        [("date", "--11-11", None, None), ("ordinal", 22, None, None)],
        None,
    ),
    (
        "en",
        "It adds 118 more tankers of Russia's so-called shadow fleet, taking the total on the list to more than 670 vessels.",
        True,
        [("count", 118, None, None), ("count", 670, None, "over")],
        None,
    ),
    (
        "en",
        "Slovakia dropped a five-week blockade after receiving assurances on energy supplies.",
        True,
        [("duration", 5, "week", None)],
        None,
    ),
    ("en", 'The EU\'s foreign policy chief called the package "a clear signal to Moscow."', False, [], None),
    # --- Geländegewinne (Reuters), 11. November ---
    (
        "de",
        "Moskau (Reuters) - Das russische Militär meldet die Einnahme von acht weiteren Ortschaften in der Ukraine innerhalb der vergangenen Woche.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Sechs davon lägen im Gebiet Donezk, zwei im Gebiet Saporischschja, hieß es.",
        True,
        [("count", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die US-Denkfabrik ISW bezifferte die russischen Geländegewinne im Oktober auf rund 370 Quadratkilometer.",
        True,
        [("count", 370, None, "about")],
        None,
    ),
    (
        "de",
        "Im Vergleich zum September sei das ein Rückgang um knapp ein Drittel, hieß es in der Auswertung.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Militärexperten in Kiew halten einen russischen Durchbruch vor dem Winter für unwahrscheinlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Russland wolle vor einer Waffenruhe möglichst viele Fakten schaffen, sagte ein westlicher Diplomat.",
        False,
        [],
        None,
    ),
    # --- Dritter und letzter Verhandlungstag (dpa), Donnerstag, 12. November ---
    (
        "de",
        "Genf (dpa) - Am dritten und letzten Verhandlungstag haben die Delegationen aus Washington, Moskau und Kiew ihre Gespräche in Genf nach knapp vier Stunden beendet.",
        True,
        [("ordinal", 3, None, None), ("duration", 4, "hour", "nearly")],
        None,
    ),
    ("de", "Ein gemeinsames Abschlussdokument gab es nicht.", True, [], None),
    (
        "de",
        "Insgesamt hätten die Delegationen seit Dienstag gut 15 Stunden miteinander verhandelt, teilte das EDA mit.",
        True,
        [("duration", 15, "hour", "over")],
        None,
    ),
    ("de", "Tulupow sprach zum Abschluss von „ehrlicher Arbeit ohne Show“.", False, [], None),
    (
        "de",
        "Kowalyschyn sagte, über die Gebietsfrage müsse letztlich auf Ebene der Präsidenten entschieden werden.",
        True,
        [],
        None,
    ),
    ("de", "Dunbrook selbst war bereits am Mittwochabend nach Washington zurückgeflogen.", True, [], None),
    # --- Gefangenenaustausch (dpa), 12. November ---
    (
        "de",
        "Kiew (dpa) - Russland und die Ukraine haben am Donnerstag wie in Genf vereinbart je 320 Kriegsgefangene ausgetauscht.",
        True,
        [("count", 320, None, None)],
        None,
    ),
    (
        "de",
        "Zurückgekehrt seien auch 38 Schwerverletzte sowie zwölf Zivilisten, teilte der Koordinierungsstab für Kriegsgefangene mit.",
        True,
        [("count", 38, None, None), ("count", 12, None, None)],
        "der Koordinierungsstab für Kriegsgefangene",
    ),
    (
        "de",
        "Es war der 73. Gefangenenaustausch seit dem russischen Einmarsch im Februar 2022.",
        True,
        [("ordinal", 73, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt sind damit nach ukrainischen Angaben mehr als 6.200 Ukrainer aus russischer Gefangenschaft heimgekehrt.",
        True,
        [("count", 6200, None, "over")],
        None,
    ),
    (
        "de",
        "Als Vermittler traten erneut die Vereinigten Arabischen Emirate auf, zum 18. Mal in diesem Krieg.",
        True,
        [("ordinal", 18, None, None)],
        None,
    ),
    ("de", "„Jeder Einzelne von ihnen ist ein Sieg“, schrieb der ukrainische Präsident auf Telegram.", False, [], None),
    # --- Prisoner swap (Reuters), Nov 12 ---
    (
        "en",
        "KYIV, Nov 12 (Reuters) - Russia and Ukraine swapped 320 prisoners of war each on Thursday, the 73rd exchange since the invasion and the 18th brokered by the United Arab Emirates.",
        True,
        [
            ("date", "--11-12", None, None),
            ("count", 320, None, None),
            ("ordinal", 73, None, None),
            ("ordinal", 18, None, None),
        ],
        None,
    ),
    (
        "en",
        "The returning Ukrainians included 38 badly wounded soldiers and 12 civilians, according to Kyiv's prisoner-of-war coordination body.",
        True,
        [("count", 38, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "More than 6,200 Ukrainians have now come home from Russian captivity, it said.",
        True,
        [("count", 6200, None, "over")],
        None,
    ),
    ("en", '"Every one of them is a victory," Ukraine\'s president wrote on Telegram.', False, [], None),
    # --- Dunbrook vor dem Senat (AFP), 12. November ---
    (
        "de",
        "Washington (AFP) - Der US-Sondergesandte Desmond Dunbrook hat sich vor dem Auswärtigen Ausschuss des Senats zuversichtlich über die Genfer Gespräche geäußert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dunbrook sagte, 15 der 20 Punkte seien ausverhandelt, bei drei weiteren gehe es nur noch um Formulierungen.",
        True,
        [("count", 15, None, None), ("count", 20, None, None), ("count", 3, None, None)],
        "Dunbrook",
    ),
    ("de", "Die Anhörung dauerte knapp dreieinhalb Stunden.", True, [("duration", 3.5, "hour", "nearly")], None),
    (
        "de",
        "Eine Stationierung amerikanischer Bodentruppen in der Ukraine schloss Dunbrook erneut aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die USA würden eine europäische Truppe aber mit Aufklärung und Luftraumüberwachung unterstützen, so der Gesandte.",
        True,
        [],
        None,
    ),
    ("de", "Senator Clay Harmison warnte vor „einem Frieden, der nur eine Pause ist“.", False, [], None),
    (
        "de",
        "Dunbrook war nach eigenen Angaben seit Jahresbeginn elfmal in Europa, dreimal davon in Moskau.",
        True,
        [("count", 11, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Envoy before senators (Reuters), Nov 12 ---
    (
        "en",
        "WASHINGTON, Nov 12 (Reuters) - U.S. envoy Desmond Dunbrook told senators on Thursday that negotiators had settled 15 of the plan's 20 points and lacked only final wording on three more.",
        True,
        [
            ("date", "--11-12", None, None),
            ("count", 15, None, None),
            ("count", 20, None, None),
            ("count", 3, None, None),
        ],
        "Desmond Dunbrook",
    ),
    (
        "en",
        "The hearing before the Senate Foreign Relations Committee lasted nearly three and a half hours.",
        True,
        [("duration", 3.5, "hour", "nearly")],
        None,
    ),
    ("en", "Dunbrook again ruled out sending U.S. ground troops to Ukraine.", True, [], None),
    (
        "en",
        "He said he had traveled to Europe 11 times this year, three of them to Moscow.",
        True,
        [("count", 11, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", 'Republican Senator Clay Harmison warned against "a peace that is only a pause."', False, [], None),
    (
        "en",
        "The European force would number 25,000 to 30,000 troops under current plans, according to a briefing paper seen by Reuters.",
        True,
        [("count", 25000, None, None), ("count", 30000, None, None)],
        None,
    ),
    # --- Kreml: vierte Runde noch vor Jahresende (dpa), 12. November ---
    (
        "de",
        "Moskau (dpa) - Der Kreml hat eine vierte Runde der Dreiergespräche noch vor Jahresende in Aussicht gestellt.",
        True,
        [("ordinal", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Als Ort seien Genf, Wien und Istanbul im Gespräch, sagte Kremlsprecher Arkadi Swirin am Donnerstag.",
        True,
        [],
        "Arkadi Swirin",
    ),
    (
        "de",
        "Die Runde könnte nach seinen Worten drei bis vier Tage dauern.",
        True,
        [("duration", 3, "day", None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "de",
        "Eine Waffenruhe über die Feiertage lehne Moskau ab, solange ukrainische Truppen im Gebiet Donezk stünden, sagte Swirin.",
        True,
        [],
        None,
    ),
    ("de", "„Wir haben Geduld, die andere Seite hoffentlich auch“, so Swirin.", False, [], None),
    (
        "de",
        "Am Freitag empfängt der Kremlchef nach Kreml-Angaben den slowakischen Regierungschef zu einem dreistündigen Arbeitsgespräch.",
        True,
        [("duration", 3, "hour", None)],
        None,
    ),
    # --- Fourth round (AFP), Nov 12 ---
    (
        "en",
        "MOSCOW, Nov 12 (AFP) - The Kremlin said on Thursday that a fourth round of three-way talks could be held before year-end, possibly in Geneva, Vienna or Istanbul.",
        True,
        [("date", "--11-12", None, None), ("ordinal", 4, None, None), ("count", 3, None, None)],
        "the Kremlin",
    ),
    (
        "en",
        "The round could last three to four days, Kremlin spokesman Arkady Svirin said.",
        True,
        [("duration", 3, "day", None), ("duration", 4, "day", None)],
        "Arkady Svirin",
    ),
    (
        "en",
        "Svirin said Moscow would reject any truce over the holidays as long as Ukrainian troops remained in the Donetsk region.",
        True,
        [],
        "Svirin",
    ),
    (
        "en",
        "Russia's president spoke with his U.S. counterpart for about 40 minutes on Wednesday evening, their 10th call this year, Kremlin aide Artem Savelov said.",
        True,
        [("duration", 40, "minute", "about"), ("ordinal", 10, None, None)],
        "Artem Savelov",
    ),
    ("en", '"The ball is now in Kyiv\'s court," Savelov said.', False, [], None),
    # --- Wien bietet die Hofburg an (APA), 12. November ---
    (
        "de",
        "Wien (APA) - Österreich hat Russland, der Ukraine und den USA die Hofburg als Ort für die vierte Verhandlungsrunde angeboten.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Man könne eine Runde mit bis zu 300 Delegierten binnen sieben Tagen ausrichten, sagte Außenministeriumssprecherin Sieglinde Prandstätter am Donnerstag.",
        True,
        [("count", 300, None, "up_to"), ("duration", 7, "day", None)],
        "Sieglinde Prandstätter",
    ),
    (
        "de",
        "Die Kosten für die Republik schätzt das Ministerium auf rund 1,2 Millionen Euro.",
        True,
        [("money", 1200000, "EUR", "about")],
        None,
    ),
    ("de", "„Wien ist bereit, wann immer die Parteien es sind“, sagte Prandstätter.", False, [], None),
    (
        "de",
        "Politologin Pröglhöf sieht in dem Angebot vor allem ein Signal an die eigene Bevölkerung.",
        False,
        [],
        None,
    ),
    # --- Zivile Opfer im Oktober (Keystone-SDA), 12. November ---
    (
        "de",
        "Genf (Keystone-SDA) - In der Ukraine sind im Oktober nach Angaben der Vereinten Nationen mindestens 226 Zivilpersonen getötet und 1.046 verletzt worden.",
        True,
        [("count", 226, None, "at_least"), ("count", 1046, None, None)],
        None,
    ),
    (
        "de",
        "Das sei die höchste Zahl ziviler Opfer in einem Monat seit dem Sommer 2022, teilte das UNO-Menschenrechtsbüro mit.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Fast drei Viertel der Opfer gingen auf Raketen- und Drohnenangriffe zurück.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Seit Februar 2022 zählt das Büro mehr als 15.300 getötete Zivilisten.",
        True,
        [("year", 2022, None, None), ("count", 15300, None, "over")],
        None,
    ),
    (
        "de",
        "«Hinter jeder dieser Zahlen steht ein zerstörtes Leben», sagte eine Sprecherin des Büros.",
        False,
        [],
        None,
    ),
    ("de", "Die tatsächlichen Zahlen dürften deutlich höher liegen, räumt das Büro selbst ein.", False, [], None),
    # --- Stimmen aus Kiew (dpa), 12. November ---
    (
        "de",
        "Kiew (dpa) - Auf den Straßen der ukrainischen Hauptstadt werden die Nachrichten aus Genf mit Hoffnung, aber auch mit Argwohn aufgenommen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich glaube erst an Frieden, wenn die Sirenen schweigen“, sagt die Rentnerin Walentyna Tschumak.",
        False,
        [],
        None,
    ),
    ("de", "Der Student Bohdan sagt, ein Frieden ohne Garantien sei nur eine Atempause.", False, [], None),
    (
        "de",
        "Bei Stromausfällen von bis zu zwölf Stunden am Tag haben viele Geschäfte Generatoren vor ihren Türen aufgestellt.",
        True,
        [("duration", 12, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Stadtverwaltung gibt es in Kiew inzwischen mehr als 1.700 sogenannte Unbesiegbarkeitspunkte mit Wärme, Strom und Internet.",
        True,
        [("count", 1700, None, "over")],
        None,
    ),
    # --- Voices from Kyiv (AP), Nov 12 ---
    (
        "en",
        "KYIV, Ukraine (AP) — In the capital's metro stations and cafes, news from Geneva is met with a mix of hope and suspicion.",
        False,
        [],
        None,
    ),
    ("en", '"I will believe in peace when the sirens go quiet," said Valentyna Chumak, a pensioner.', False, [], None),
    (
        "en",
        "With blackouts lasting up to 12 hours a day, many shops have set up generators on the pavement.",
        True,
        [("duration", 12, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "The city now runs more than 1,700 so-called invincibility points offering heat, power and internet, officials said.",
        True,
        [("count", 1700, None, "over")],
        None,
    ),
    # --- Hintergrund: der 20-Punkte-Plan (dpa), 12. November ---
    (
        "de",
        "Berlin (dpa) - Grundlage der Genfer Gespräche ist der 20-Punkte-Plan, den die US-Regierung aus einem ursprünglich 27 Punkte umfassenden Entwurf entwickelt hat.",
        True,
        [("count", 20, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Die erste Runde der Dreiergespräche fand Anfang Juni in Istanbul statt, die zweite Ende August in Riad.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Kern des Plans sind Sicherheitsgarantien für die Ukraine für zunächst 15 Jahre sowie eine Obergrenze von 650.000 Soldaten für die ukrainische Armee.",
        True,
        [("duration", 15, "year", None), ("count", 650000, None, None)],
        None,
    ),
    (
        "de",
        "Nach westlichen Schätzungen hält Russland samt der 2014 annektierten Krim gut 18 Prozent der Ukraine besetzt.",
        True,
        [("year", 2014, None, None), ("percent", 18, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Entwurf sieht zudem eine Volksabstimmung in der Ukraine binnen 100 Tagen nach einer Unterzeichnung vor.",
        True,
        [("duration", 100, "day", None)],
        None,
    ),
]
