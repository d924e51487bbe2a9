"""Two-hundred-and-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician is named: heads of state and government and other office-holders who would be
real people appear only by office ("dem russischen Präsidenten", "Der US-Präsident", "der
ukrainische Präsident", "the Russian president", "The American and Russian leaders",
"Ukraine's president", "des Papstes", "the pope"), and the envoys, aides, negotiators,
spokespeople, mediators, the senator, the pollster, the teacher, the taxi driver and the
pensioner are invented, the transliterated ones spelled as the German and the English
services write them and, for Kyiv's negotiator and the Kremlin's spokesman, spelled
differently by the services themselves: Jewgeni Saltykow (dpa) / Yevgeny Saltykov
(Reuters) / Evgeny Saltykov (AFP English); Arseni Lipatow (dpa) / Arsenij Lipatow (Reuters
German, APA/dpa) / Arseny Lipatov (Reuters); Bohdan Kuschnir (dpa) / Bohdan Kuschnyr (AFP
German) / Bohdan Kushnir (Reuters) / Bohdan Kushnyr (AP); Gurjanow / Pavel Guryanov;
Switlana Danyljuk / Svitlana Danyliuk; Wolodymyr Tkatsch / Volodymyr Tkach; Vahe
Ter-Minasjan / Vahe Ter-Minasyan; Elnur Gasimow / Elnur Gasimov; Faisal al-Sowaidi / Faisal
al-Suwaidi; Désiré Habimana / Desire Habimana; further Grant Tolliver, Jurij Majstrenko,
Theresa Pichlmayr, Konstantin Wehrle, Fabian Mühlethaler, Oleh Marynytsch, Maureen Ashby,
Ettore Baldassari, Wade Calhoun, Katrien Dewulf, Halyna Ostapenko and every unnamed
official, diplomat, delegate, analyst and spokesperson. Real countries, cities, bodies,
parties and places ("Kreml", "Weißes Haus", "Hofburg", "FPÖ", "Market-Institut", "Nato",
"EDA", "SVP", "Bundesrat", "Koordinierungsstab für Kriegsgefangene", "Kiewer
Internationales Institut für Soziologie", "Welternährungsprogramm", "RSF-Miliz",
"AFC/M23", "Vereinte Nationen", "Agentur Ansa", "Agentur Tass", "Dolmabahçe-Palast",
"Auswärtiger Ausschuss des Senats", "Linke", "Ukrenergo", "EU-Kommission", "Gebiet
Donezk", "Saporischschja", "Luhansk", "Charkiw", "Krim", "Nord-Kivu", "Dschidda"; "the
Kremlin", "the White House", "the Rapid Support Forces", "the World Food Programme",
"Tass", "The Associated Press", "Dolmabahce Palace", "North Kivu", "Crimea") stand for the
way wire copy names them; every meeting, call, round, plan, point, share, cap, swap, sum,
poll, deadline and quote here is invented, and where a real figure came to mind it was
changed.

Its weight: PEACE TALKS AND ENVOYS IN GERMAN-HEAVY WIRE COPY, as German-language wires (dpa,
APA, APA/AFP, APA/dpa, AFP German, Reuters German, Keystone-SDA, KNA) file them, with the
English wires (Reuters, AP, AFP) following most rounds - a fictional but wire-realistic
series over about six weeks of one autumn (early September to mid-October) in story order,
about 65 per cent German: the U.S. envoy's seventh Kremlin meeting told by dpa and Reuters,
Kyiv waiting for a briefing, Vienna offering the Hofburg, the Kremlin ruling out European
troops, three-way talks in Abu Dhabi and a prisoner swap, the presidents' eleventh call,
Geneva on standby, the Kremlin aide's count of agreed points and Kyiv's reply, a border
deal between Armenia and Azerbaijan, Congo's government and the rebels in Doha, a Kyiv
poll, Sudan's parties in Jeddah, the pope's envoy in Moscow, the fourth round in Istanbul
over two days, a European nine-point paper, the U.S. envoy before the Senate, the
Kremlin's territorial claim, an EU envoy named, an energy truce and its first violations,
the fifth round set for Geneva and voices from Kyiv. Figures as such copy has them:
meetings, calls, rounds, trips and swaps counted by ordinals ("das siebte Treffen der
beiden in diesem Jahr", "zum elften Mal in diesem Jahr", "die dritte Runde", "Am zweiten
Verhandlungstag", "der 63. Austausch", "die neunte Runde", "ihre vierte
Verhandlungsrunde", "seine vierte Reise", "die fünfte Runde", "their seventh meeting
this year", "their 11th this year", "the 63rd of its kind", "a second day of talks", "its
first special envoy"); hours of talks as compounds and phrases ("sechsstündigen",
"knapp siebenstündigen", "dreistündigen", "knapp dreistündigen", "knapp neun Stunden
lang", "rund 80 Minuten", "mehr als 90 Stunden", "six hours", "nearly nine hours", "nearly
seven hours", "about 80 minutes", "more than 90 hours"); points of plans as compounds and
groups ("20-Punkte-Plan", "18-Punkte-Plan", "Neun-Punkte-Papier", "Acht-Punkte-Fahrplan",
"Bei 14 der 20 Punkte", "Von den 20 Punkten ... 16", "mindestens drei der 18 Punkte",
"Sixteen of the 20 points", "Two of the original 20 points"); shares of territory and of
people as fractions ("aus dem Viertel des Gebiets Donezk", "knapp ein Viertel des
Gebiets", "etwa drei Viertel", "gut drei Viertel", "knapp ein Fünftel", "etwa ein
Drittel", "Knapp zwei Drittel", "Nur jeder Vierte", "the quarter of the Donetsk region",
"just under a fifth", "just over three-quarters", "Only one in four"); attributions in
every position ("sagte X", "so X", "so der Berater", "X zufolge", "Laut X", "Nach Angaben
von X", "teilte X mit", "wie X mitteilte", "hieß es aus ...", "hieß es weiter", "told
reporters", "X said", "according to ..."), Konjunktiv I throughout; troop caps, money in
euros and francs, percentages, years and dates. Negatives as such copy has them: rhetoric
and slogans in quotes, atmosphere labels in Konjunktiv I and in English, mockery,
accusations, parties' and governments' labels, no-comment lines, open questions, doubts,
an analysts' view and vox pops - four of them carrying figures, labelled.

239 rows (156 German, 83 English), 57 negatives (40 German, 17 English), 182 check-worthy
rows of which 33 carry no figure (27 German, 6 English), 233 expected quantities (96
counts, 50 durations - 17 in days, 15 in hours, 7 in months, 7 in years, 2 in weeks, 2 in
minutes -, 27 ordinals, 21 dates, 17 fractions, 9 percentages - 8 in %, 1 in percentage
points -, 8 years, 5 amounts of money - 3 EUR, 2 CHF -; 5 of them in four negatives, as
the seventeenth batch labels a figure in a negative), 39 checked speakers (25 German, 14
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position, a plan or a rejection are check-worthy with the speaker their
  own attribution gives (ninety-third, hundred-fifty-ninth, hundred-ninety-third) and with
  the speaker unchecked after a role or a pronoun ("so der Berater", "so die Sprecherin",
  "so der Chefunterhändler", "sagte der Chefunterhändler", "fügte er hinzu", "he said",
  "he added") or without an attribution of their own. A quoted or reported evaluation,
  atmosphere label, piece of rhetoric, mockery, accusation without a checkable claim,
  feeling or hope is a negative with speaker None, also with a named speaker (hundred-
  fortieth, hundred-fifty-ninth, hundred-ninety-third, two-hundred-and-fourth). Pairs from
  one speaker: Saltykow's 20-point plan beside his „offen, sachlich und an manchen Stellen
  hart“ and his mockery of the Europeans; Lipatow's Dreiergipfel, his „unter keinen
  Umständen“, his „mehr als 30 Mal“ and the four annexed regions beside „Wer Frieden will
  ...“, „mit Stiefeln am Boden“, „den Krieg mit anderen Mitteln fortsetzen“ and „Die
  Geschichte hat ... entschieden“ (and the English twins); Kuschnyr's Donetsk position
  beside his slogan; Pichlmayr's 72 hours beside „Wien war immer ein Ort des Dialogs“;
  Gurjanow's cap of 500,000 beside „kein Diktat“ and Guryanov's "no more than 500,000"
  beside "We are not dictating"; Wehrle's paper beside „Ohne Europa ...“; Mühlethaler's
  four rounds beside his two «» quotes; Ashby's second meeting beside „lange genug
  gelitten“ and its twin; Dewulf's trip beside „Katzentisch“; Tkatsch's 7,000 beside
  „Jeder Heimkehrer ...“; Baldassari's 86 children beside his quote; Kushnir's 85% beside
  "the last step is the hardest".
- What each side said: both accounts are check-worthy, each with its own speaker or none
  (sixty-eighth, hundred-fifty-ninth, hundred-ninety-third): the Kremlin aide's 16 of 20
  points and Kyiv's ten, the lead "Die Ukraine hat der Darstellung des Kremls
  widersprochen, ..." and "Ukraine disputed on Monday a Kremlin claim ...". Refusals and
  rejections of record are check-worthy without a figure (hundred-sixty-second,
  two-hundred-and-fourth): "Der Kreml wies das Papier umgehend zurück.", "The Kremlin said
  it rejected the paper.", "Die kongolesische Regierung wies den Vorwurf zurück.", "Kiew
  weist jede Abtretung von Gebieten als verfassungswidrig zurück." (a refusal with a
  label), the Kremlin's „unter keinen Umständen“ and its refusal of NATO monitoring in both
  languages (hundred-fifty-ninth). New: "Die Zahlen aus Moskau seien „schlicht falsch“, so
  Danyljuk." is a negative like its twin "Danyliuk called the Kremlin's figure "simply
  false."" - a verdict in Konjunktiv I without a verb of refusal is a label, as
  "Kovalchuk called the Russian account ..." (hundred-ninety-third), while a refusal needs
  a verb that refuses ("wies ... zurück", "widersprochen", "rejected", "disputed").
- Quotes that repeat a figure (the issue: "100 Mal"; hundred-forty-second,
  hundred-fifty-ninth): „Wir haben bereits mehr als 30 Mal erklärt, dass Nato-Truppen in
  der Ukraine für uns eine rote Linie sind“, sagte Lipatow. is a position of record,
  check-worthy with count 30 "over" ("bereits" no hedge) and the speaker "Lipatow".
- Meetings, calls, rounds, trips and swaps are ordinals (the issue: "das sechste Treffen",
  "zum zweiten Mal"; hundred-fifty-ninth, hundred-ninety-third): "das siebte Treffen der
  beiden in diesem Jahr" and "their seventh meeting this year" 7, "zum elften Mal in diesem
  Jahr" and "their 11th this year" 11, "die dritte Runde direkter Dreiergespräche" and "the
  third round of three-way talks" 3 with count 3, "Am zweiten Verhandlungstag", "On the
  second day", "Nach einem zweiten, knapp siebenstündigen Verhandlungstag" and "a second
  day of talks" 2, "der 63. Austausch" and "the 63rd of its kind" 63, "die neunte Runde" and
  "the ninth round" 9, "ihre vierte Verhandlungsrunde" and "their fourth round" 4, "seine
  vierte Reise" and "his fourth trip" 4, "die vierte Runde der Dreiergespräche", "a fourth
  round of three-way talks", "Die fünfte Runde der Dreiergespräche" and "The fifth round of
  three-way peace talks" with count 3 (hundred-fifty-ninth: three-way formats are
  counted), "zu einem zweiten Treffen" 2, "its first special envoy" 1
  (two-hundred-and-fourth: "the first of at least three"), and in a negative "a fourth
  round" 4, labelled. "Ein Dreiergipfel" and "a three-way summit" count 3
  (hundred-fifty-ninth); "the two leaders" count 2 (hundred-fortieth: "the two men";
  hundred-fifty-ninth: "the two presidents"). "erstmals" carries none (ninety-third); "der
  beiden", "beide Seiten", "beide Delegationen", "beider Länder", "den beiden Provinzen",
  "both sides", "both delegations" and "the sides" none (hundred-fifty-ninth).
- Hours of talks are durations (the issue: "fünfstündigen Treffen"; hundred-fifty-ninth,
  hundred-ninety-third): "sechsstündigen Gespräch" and "six hours" 6 hours, "knapp neun
  Stunden lang" and "nearly nine hours" 9 "nearly", "knapp siebenstündigen" and "nearly
  seven hours" 7 "nearly" (the hedge before the compound bounds its number,
  hundred-sixteenth), "dreistündigen Auftakttreffen" and "lasted three hours" 3, "knapp
  dreistündigen Anhörung" and "nearly three hours" 3 "nearly", "rund 80 Minuten" and "about
  80 minutes" "about", "binnen 72 Stunden" 72 hours ("binnen" no hedge), "mehr als 90
  Stunden" and "more than 90 hours" "over", "in den ersten zwölf Stunden" and "in the
  first 12 hours" ordinal 1 with 12 hours (eightieth, hundred-fifty-second). Days, weeks,
  months and years: "ein zweitägiges Treffen" and "Two days of ... talks" 2 days, "eine
  30-tägige Waffenruhe", "einen 30-tägigen Verzicht", "a 30-day moratorium" 30 days,
  "dreitägigen Besuch", "a three-day visit", "auf drei Tage angesetzt" and "last three
  days" 3 days, "zehn Tage dauern", "last 10 days", "binnen zehn Tagen" and "within 10
  days" 10 days, "binnen 60 Tagen" 60 days, "zwei Tage früher" 2 days (an earlier batch's
  "drei Tage früher"), "binnen zwei Wochen" and "within two weeks" 2 weeks, "binnen sechs
  Monaten" and "within six months" 6 months, "von drei Monaten" and "a three-month truce" 3
  months, "in den vergangenen zwölf Monaten", "zunächst für zwölf Monate" ("zunächst" no
  hedge) and "a 12-month mandate" 12 months, "für mindestens 25 Jahre" and "for at least
  25 years" "at_least", "für einen Zeitraum von 15 Jahren" and "for a period of 15 years"
  15 years; in negatives "die vollen 30 Tage", "seit zwei Jahren", "die 58-jährige
  Lehrerin" (an age, sixty-third) and "Nach dreieinhalb Jahren Krieg" 3.5 years, labelled.
  None: "in diesem Jahr", "this year", "seit Juni", "since June", "seit Jahresbeginn",
  "since January", "im Sommer", "Im Mai", "In May", "Anfang Oktober", "before October",
  "in der kommenden Woche", "next week", "vor Weihnachten", "before winter", "seit mehr als
  einem Jahr" and "eine Woche lang" (an article, hundred-fifty-second), "jährlich", "a
  year", weekdays, "in der Nacht zum Dienstag", "in der Nacht zum Mittwoch", "overnight",
  "am Morgen", "on Wednesday morning" and the clock time "gegen 23 Uhr Moskauer Zeit"
  (hundred-ninety-third: "gegen 0.30 Uhr Moskauer Zeit").
- Plans with numbered points (the issue: "28-Punkte-Entwurf"; hundred-fifty-ninth,
  hundred-ninety-third): "der 20-Punkte-Plan", "The 20-point plan", "einen überarbeiteten
  18-Punkte-Plan" and "a revised 18-point plan" read as written, "ein Neun-Punkte-Papier"
  and "a nine-point paper" 9, "einen Acht-Punkte-Fahrplan" and "an eight-point roadmap" 8
  (the number word heading a hyphenated compound, hundred-fifteenth); "Bei 14 der 20
  Punkte", "14 of the 20 points", "Von den 20 Punkten ... 16", "Sixteen of the 20 points",
  "16 der 20 Punkte", "16 of the 20 points", "zwei der ursprünglich 20 Punkte", "Two of the
  original 20 points", "mindestens drei der 18 Punkte" and "at least three of the 18
  points" two counts each (a definite group, forty-first; the hedge on the first);
  "Bei den übrigen vier" and "The remaining four" 4 (the elliptic count,
  hundred-fortieth; "the remaining" no hedge), "nur in zehn Punkten" ("nur" no hedge) and
  "the real number was 10", "sieben Änderungswünsche" and "seven proposed amendments" 7.
- Shares of territory and of people are fractions (the issue: "ein Fünftel";
  hundred-fifty-ninth, hundred-ninety-third): "aus dem Viertel des Gebiets Donezk, das noch
  unter Kiewer Kontrolle steht" and "the quarter of the Donetsk region it still controls"
  0.25 with no hedge (hundred-fifty-ninth: "dem noch ukrainisch kontrollierten Viertel"),
  "noch knapp ein Viertel des Gebiets" 0.25 "nearly" ("noch" no hedge), "Rund ein Drittel
  davon" and "about a third of them" 0.3333 "about", "etwa ein Drittel der Provinz" and
  "about a third of North Kivu" "about", "etwa drei Viertel" and "about three-quarters"
  0.75 "about", "gut drei Viertel" and "just over three-quarters" 0.75 "over",
  "auf knapp ein Fünftel" 0.2 "nearly" and "just under a fifth" 0.2 "under"
  (hundred-ninety-third), "Knapp zwei Drittel" and "Nearly two-thirds" 0.6667 "nearly",
  "Nur jeder Vierte" and "Only one in four respondents" 0.25 ("Nur", "Only" no hedge;
  hundred-ninety-third: "Nur jeder fünfte"). "fast das gesamte Territorium" and "große
  Teile" carry none.
- Percentages: "61 Prozent", "Im Mai hatten sich noch 71 Prozent" and "71%" ("noch" no
  hedge), "zu rund 85 Prozent" and "about 85%" "about", "Die übrigen 15 Prozent" with no
  hedge, the poll's "3,2 Prozentpunkten" 3.2 pp (hundred-ninety-third). New: "hatte den
  Plan zuletzt als „zu etwa 70 Prozent annehmbar“ bezeichnet" and "had earlier described
  the plan as about 70% acceptable" are check-worthy with 70 "about" - a labelling verb
  that carries a figure a reader can check against the record is a claim, as the
  hundred-ninety-third's "„ein Drittel zu viel“" and the president's "90 Prozent";
  without a figure the same verbs head negatives ("described the talks as "frank,
  businesslike ..."", "described the talks as "tough but not hopeless."").
- Counts (fourth, hundred-fifty-ninth, hundred-ninety-third, two-hundredth): "bis zu
  25.000 Soldaten" "up_to", "mindestens acht weitere Staaten" "at_least" ("weitere" no
  hedge), "einer Obergrenze von 500.000 Mann" with no hedge (the noun carries the bound,
  hundred-fifteenth), "no more than 500,000 troops" "at_most" (thirty-first: "no more than
  45 people"), "mindestens 800.000 Soldaten" and "at least 800,000" "at_least", "je 300
  Kriegsgefangene", "je 300 Kriegsgefangenen" and "300 prisoners of war each" 300 ("je",
  "each" no hedge), "41 Zivilisten und 12 Schwerverletzte" and "41 civilians and 12 badly
  wounded soldiers", "mehr als 7.000" and "more than 7,000" "over", "214 Drohnen und elf
  Raketen", "187 Drohnen und acht Raketen", "bereits dreimal" 3 (the issue's "viermal";
  "bereits" no hedge), "vier Verhandlungsrunden", "Bis zu 1'200 Polizistinnen und
  Polizisten" 1,200 "up_to" (the Swiss apostrophe, tenth), "aus 14 Kantonen", "die drei
  Staaten" 3 (hundred-fifty-ninth: "Die drei Delegationen"), "die vier 2022 annektierten
  Gebiete" 4 with the year, "86 ukrainische Kinder", "ein Team von 18 Mitarbeitern" and "a
  staff of 18", "jeweils bis zu zwölf Mitgliedern" and "up to 12 members" "up_to"
  ("jeweils" no hedge, two-hundredth), "14 Verstöße" and "14 violations", "rund 180.000
  Haushalte" and "About 180,000 households" "about", "rund 24 Millionen Menschen" and
  "About 24 million Sudanese" 24,000,000 "about", "mehr als 1,2 Millionen Menschen" and
  "More than 1.2 million people" 1,200,000 "over", "1.006 Menschen" 1006. Measures are
  counts (fourth, two-hundredth): "von 17 Kilometern" and "a further 17 km" 17
  ("weiteren", "further" no hedge), "knapp 240 der rund 1.000 Kilometer" and "nearly 240
  km of a border roughly 1,000 km long" each hedge on its own figure, "eine 30 Kilometer
  breite ... Zone" and "30 kilometers wide" 30 ("beiderseits" none, hundred-fortieth),
  "rund 1.150 Kilometer lang" "about". None: "AFC/M23" (an identifier, sixty-eighth),
  "Dolmabahçe-Palast", "Dolmabahce Palace".
- Money in the currency written: "4,5 Millionen Franken" and "4.5 million Swiss francs"
  4,500,000 CHF, "jährlich mindestens 40 Milliarden Euro" and "at least 40 billion euros a
  year" 40,000,000,000 EUR "at_least" ("jährlich", "a year" none), "rund 3,8 Millionen
  Euro" 3,800,000 EUR "about".
- Years and dates: "seit 2022", "im Februar 2022" and "in February 2022" 2022, "seit 2023"
  and "since 2023" 2023, "die vier 2022 annektierten Gebiete" 2022; "zwischen dem 19. und
  25. September" two dates, --09-19 and --09-25 (the month carried to the first day,
  hundred-fortieth), "am 27. Oktober" and "on Oct. 27" --10-27; Reuters and AFP English
  datelines with a day ("MOSCOW, Sept 9 (Reuters)", "KYIV, Sept 13", "WASHINGTON, Sept 16
  (AFP)", "ZURICH, Sept 18", "MOSCOW, Sept 21", "KYIV, Sept 22", "BAKU, Sept 24", "DOHA,
  Sept 26", "JEDDAH, Sept 30", "VATICAN CITY, Oct 2", "ISTANBUL, Oct 7", "BERLIN, Oct 9",
  "WASHINGTON, Oct 10", "MOSCOW, Oct 13", "BRUSSELS, Oct 14", "KYIV, Oct 15 (AFP)",
  "GENEVA, Oct 16") dates without a year (hundred-fifty-ninth, hundred-ninety-third); dpa,
  APA, APA/AFP, APA/dpa (also with two places, "Kiew/Moskau", "Jerewan/Baku"), AFP German,
  Reuters German, Keystone-SDA, KNA and AP ("ABU DHABI, United Arab Emirates (AP) —",
  "KYIV, Ukraine (AP) —", "ISTANBUL (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly"
  "about"; "knapp", "Knapp", "nearly", "Nearly" "nearly"; "gut", "mehr als", "more than",
  "More than", "just over" "over"; "just under" "under"; "mindestens", "at least"
  "at_least"; "bis zu", "Bis zu", "up to" "up_to"; "no more than" "at_most". No hedge:
  "bereits", "Bereits", "nur", "Nur", "Only", "noch", "Insgesamt", "zunächst",
  "weitere", "weiteren", "further", "je", "each", "jeweils", "binnen", "within",
  "Obergrenze", "die übrigen", "the remaining", "beiderseits".
- Check-worthy without a figure (ninety-third, hundred-fifty-ninth, hundred-ninety-third):
  the points still in dispute ("Strittig blieben vor allem die Gebietsfragen ...", "In der
  Gebietsfrage habe es dagegen keine Annäherung gegeben"), the envoy leaving without
  comment, Kyiv not yet briefed and a call agreed, Kyiv's refusal to withdraw from Donetsk,
  Vienna's offer, the Kremlin ruling out European troops, Berlin keeping to its offer, the
  next round's timing, the Russian soldiers taken to Belarus, the Kremlin confirming the
  call, the aide's interview, the Armenian constitution Baku demands in both languages, the
  indirect Sudan talks, the refusals above, the paper agreed with Washington, the envoy's
  Senate hearing, "Eine Entsendung amerikanischer Bodentruppen sei nicht vorgesehen", the
  Kremlin's claim to all of Donetsk, the EU envoy named and her trip planned in both
  languages. New: "Wer diese Zone überwachen solle, sei aber weiter strittig, so der
  Chefunterhändler." and "Who would monitor the zone remains disputed, ..." are
  check-worthy - a named point reported as still in dispute is a state of the talks of
  record, as "Bei der Gebietsfrage sei man dagegen nicht vorangekommen"
  (hundred-ninety-third), unlike an open question ("Whether a fourth round would follow
  ... was unclear", "Ob Russland dem Entwurf am Ende zustimmt, ließ Gurjanow offen.").
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title and the time dropped ("Kremlsprecher Arseni Lipatow am Dienstag", "Kremlsprecher
  Arsenij Lipatow", "Außenministeriumssprecherin Theresa Pichlmayr am Mittwoch",
  "EDA-Sprecher Fabian Mühlethaler", "Präsidialamtssprecherin Switlana Danyljuk", "der
  ukrainische Chefunterhändler Bohdan Kuschnyr"; hundred-fifty-ninth, hundred-ninety-third),
  the name in apposition after a role ("der außenpolitische Berater des Kremlchefs,
  Jewgeni Saltykow, nach dem Treffen"; ninety-third), the surname as written ("sagte
  Lipatow"; ninety-fifth), "X sagte, ..." opening the row with the title dropped
  ("Chefunterhändler Bohdan Kuschnyr sagte", "Gurjanow sagte", "Außenamtssprecher Jurij
  Majstrenko sagte", "Der armenische Vizeaußenminister Vahe Ter-Minasjan sagte", "Der
  aserbaidschanische Präsidentenberater Elnur Gasimow sagte", "Der katarische Unterhändler
  Faisal al-Sowaidi sagte", "Die US-Afrikabeauftragte Maureen Ashby sagte",
  "Regierungssprecher Konstantin Wehrle sagte", "Kremlsprecher Arsenij Lipatow sagte",
  "Dewulf sagte"; hundred-twenty-second), "Tkatsch zufolge" and "Tolliver zufolge" and
  "Laut Saltykow" the surname (hundred-thirty-first, hundred-forty-second), "Nach Angaben
  von Kuschnir" the name (hundred-twenty-fifth), "teilte der Koordinierungsstab für
  Kriegsgefangene mit" (hundred-first), "teilte das Weiße Haus mit" -> "das Weiße Haus"
  and "teilte das EDA am Donnerstag mit" -> "das EDA" (fifth: "teilte der Kreml mit").
  English: "Kremlin aide Yevgeny Saltykov told reporters after the meeting", "Kremlin
  aide Yevgeny Saltykov said in an interview ...", "Kremlin aide Evgeny Saltykov said",
  "Kremlin spokesman Arseny Lipatov said on Tuesday", "Russian Deputy Foreign Minister
  Pavel Guryanov told reporters", "Presidential spokeswoman Svitlana Danyliuk said",
  "Armenian Deputy Foreign Minister Vahe Ter-Minasyan said", "presidential aide Elnur
  Gasimov said" after the clause, "Qatari mediator Faisal al-Suwaidi told reporters",
  "U.S. Africa envoy Maureen Ashby said", "Ukraine's chief negotiator Bohdan Kushnir said"
  and "Kremlin spokesman Arseny Lipatov said on Monday" the name with the title, the
  weekday and "told reporters" dropped, "Ukraine's chief negotiator, Bohdan Kushnyr, said"
  and "Ukraine's human rights commissioner, Volodymyr Tkach, said" the name in apposition
  (hundred-first). Each row's spelling of a transliterated name is its speaker
  (hundred-fifty-ninth, hundred-ninety-third): "Jewgeni Saltykow" beside "Yevgeny
  Saltykov" and "Evgeny Saltykov", "Arseni Lipatow" (dpa) beside "Arsenij Lipatow" (Reuters
  German, APA/dpa) and "Arseny Lipatov", "Kuschnir" (dpa) beside "Bohdan Kuschnyr" (AFP
  German), "Bohdan Kushnir" (Reuters) and "Bohdan Kushnyr" (AP), "Switlana Danyljuk" beside
  "Svitlana Danyliuk", "Tkatsch" beside "Volodymyr Tkach", "Vahe Ter-Minasjan" beside "Vahe
  Ter-Minasyan", "Elnur Gasimow" beside "Elnur Gasimov", "Faisal al-Sowaidi" beside
  "Faisal al-Suwaidi". Left unchecked (None): roles and pronouns (above, and "Dem
  Kremlberater zufolge", "nach seinen Worten", "sagte eine Sprecherin des Präsidialamts",
  "Ein Regierungssprecher sagte in Berlin", "Der Kremlsprecher sagte", "The Kremlin's
  spokesman said", "The cardinal said", "She told reporters", "He said"), anonymous and
  plural sources ("hieß es weiter", "hieß es in Washington", "hieß es aus
  Verhandlungskreisen", "hieß es aus der ukrainischen Delegation", "nach Angaben von
  Diplomaten", "nach Kreml-Angaben", "nach Moskauer Angaben", "nach katarischen Angaben",
  "nach UN-Angaben", "nach eigenen Angaben", "nach dpa-Informationen", "an official
  familiar with the talks said", "a White House official said", "a member of the Ukrainian
  delegation said", "a Swiss official said", "both sides said", "both delegations said";
  hundred-fifty-ninth), sources with an adjective or a possessive ("nach Angaben des
  ukrainischen Generalstabs", "nach Angaben des russischen Verteidigungsministeriums",
  "nach Angaben des emiratischen Außenministeriums", "wie das armenische Außenministerium
  mitteilte", "teilte das türkische Außenministerium mit", "wie der vatikanische
  Pressesaal mitteilte", "the Swiss foreign ministry said", "Armenia's foreign ministry
  said", "Turkey's foreign ministry said", "Switzerland's foreign ministry said", "Kyiv's
  coordination staff said"; hundred-fortieth), estimates, figures, polls and documents
  ("nach Schätzungen der Vereinten Nationen", "nach Angaben westlicher Militärexperten",
  "Westliche Militärexperten schätzen", "Western military analysts estimate", "the
  estimates show", "World Food Programme figures show", "wie aus dem Papier hervorgeht",
  "ergab eine Erhebung ...", "Laut einer Umfrage ...", "the Kyiv-based pollster found";
  hundred-tenth, hundred-fifty-ninth), every "according to" (two-hundred-and-fourth),
  the grid operator in both languages ("teilte der Netzbetreiber Ukrenergo mit", "Nach
  Angaben von Ukrenergo", "grid operator Ukrenergo said"; hundred-fifty-ninth: a firm
  behind a descriptive noun unsettled), verbs that are not of saying ("wies ... zurück",
  "bestätigte", "warf ... vor") and all negatives, also those with a named speaker. This
  batch also leaves unchecked, by choice and without deciding them, the forms with an
  addressee or a medium ("sagte Jewgeni Saltykow dem Staatsfernsehen", "sagte Baldassari
  der Agentur Ansa", "Gurjanow sagte der Agentur Tass", "told Tass", "told The Associated
  Press", "told senators on Friday"), "sagte Tolliver" after a fronted adverbial ("In der
  knapp dreistündigen Anhörung sagte Tolliver, ..."), bodies after "nach Angaben des/der"
  and "wie ... mitteilte" ("nach Angaben des Welternährungsprogramms", "nach Angaben der
  EU-Kommission", "nach Angaben des Weißen Hauses", "wie das EDA am Donnerstag
  mitteilte"), "The Kremlin said" and "the White House said".
- Negatives (hundred-fortieth, hundred-fifty-ninth, hundred-ninety-third,
  two-hundred-and-fourth), four of them with figures labelled as the seventeenth batch
  labels a figure in a negative: atmosphere labels in Konjunktiv I and in English
  („offen, sachlich und an manchen Stellen hart“, „sehr herzlich und von gegenseitigem
  Respekt geprägt“, „zäh, aber nicht aussichtslos“, "frank, businesslike ...", "very warm
  and respectful", "tough but not hopeless"), rhetoric and slogans in quotes („Wer Frieden
  will ...“, „Über ukrainisches Land wird in Kiew entschieden ...“, „Wien war immer ...“,
  „kein Diktat ...“ and its twin, „Jeder Heimkehrer ...“, «Genf hat das Handwerk der
  Diskretion ...», „Der Frieden im Südkaukasus ist zum Greifen nah“, „Wir sind so weit wie
  nie ...“ and its twin, „Ohne Europa ...“, „Die Geschichte hat ...“ and its twin, „Eine
  Waffenruhe, die nur auf dem Papier steht, ist keine“ and its twin, the cardinal's and
  the Sudan envoy's quotes and the pollster's „Die Menschen sind müde ...“), mockery and
  accusations without a checkable claim (the nightly attacks as proof of no interest in
  peace, „mit Stiefeln am Boden“, „mit am Tisch, aber nur als Zuschauer“ and its twin,
  „den Krieg mit anderen Mitteln fortsetzen“ and its twin, „nur zum Schein“ and "for
  show", the senator's charge in both languages; eighty-fourth), parties' and governments'
  labels (the FPÖ's „reine Symbolpolitik“, the SVP's «Rampenlicht», the Left's „eine
  Garantie für Aufrüstung ...“, Hungary's „teure Geste ohne Mandat“, „schlicht falsch“ and
  "simply false" above; hundred-sixteenth), an outlook („möglich, aber nicht
  wahrscheinlich“), an appeal without a measure (Dewulf's „Katzentisch“;
  two-hundred-and-fourth), no-comment lines ("Welche das seien, wollte Majstrenko nicht
  sagen.", "She declined to say ..."; fourteenth), open questions and doubts ("Ob der
  Kreml ein Gipfeltreffen ... akzeptieren würde, bezweifeln Diplomaten in Wien.", "Ob sich
  die Milizführung ... gebunden fühlen würde, ...", "Ob Russland dem Entwurf am Ende
  zustimmt, ...", "Wann ein Abkommen ... vorgelegt werden könnte, ...", "Whether a fourth
  round would follow ..." with its ordinal, "Ob die Waffenruhe die vollen 30 Tage hält,
  ..." with 30 days; hundred-twenty-fourth, two-hundred-and-fourth), an analysts' view
  ("Analysts in Yerevan say ..."; hundred-ninety-sixth), a forecast without a figure
  ("Few in Kyiv expect a deal before winter."; hundred-forty-second) and vox pops with
  their figures labelled (the teacher's two years and her age, the pensioner's three and a
  half years, the taxi driver's week with an article; hundred-fifty-ninth,
  hundred-ninety-third).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_209 = [
    # --- US-Sondergesandter zum siebten Mal im Kreml (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der US-Sondergesandte Grant Tolliver ist im Kreml zu einem sechsstündigen Gespräch mit dem russischen Präsidenten zusammengekommen.",
        True,
        [("duration", 6, "hour", None)],
        None,
    ),
    (
        "de",
        "Es war nach Kreml-Angaben das siebte Treffen der beiden in diesem Jahr.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Besprochen worden sei vor allem der 20-Punkte-Plan, den Washington im Sommer vorgelegt hatte, sagte der außenpolitische Berater des Kremlchefs, Jewgeni Saltykow, nach dem Treffen.",
        True,
        [("count", 20, None, None)],
        "Jewgeni Saltykow",
    ),
    (
        "de",
        "Bei 14 der 20 Punkte sei man sich im Grundsatz einig, so der Berater.",
        True,
        [("count", 14, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Strittig blieben vor allem die Gebietsfragen und die künftige Stärke der ukrainischen Armee.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Moskau fordert weiterhin den Rückzug der ukrainischen Truppen aus dem Viertel des Gebiets Donezk, das noch unter Kiewer Kontrolle steht.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "Das Gespräch sei „offen, sachlich und an manchen Stellen hart“ gewesen, sagte Saltykow.", False, [], None),
    (
        "de",
        "Tolliver verließ den Kreml gegen 23 Uhr Moskauer Zeit, ohne sich gegenüber Journalisten zu äußern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Dreiergipfel unter Beteiligung des ukrainischen Staatschefs sei vorerst nicht geplant, sagte Kremlsprecher Arseni Lipatow am Dienstag.",
        True,
        [("count", 3, None, None)],
        "Arseni Lipatow",
    ),
    ("de", "„Wer Frieden will, muss die Realitäten am Boden anerkennen“, sagte Lipatow.", False, [], None),
    # --- Envoy's seventh Kremlin visit (Reuters) ---
    (
        "en",
        "MOSCOW, Sept 9 (Reuters) - U.S. special envoy Grant Tolliver spent six hours in the Kremlin with the Russian president late on Monday, their seventh meeting this year.",
        True,
        [("date", "--09-09", None, None), ("duration", 6, "hour", None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "en",
        "The 20-point plan was the basis of the discussion, Kremlin aide Yevgeny Saltykov told reporters after the meeting.",
        True,
        [("count", 20, None, None)],
        "Yevgeny Saltykov",
    ),
    (
        "en",
        "He said Moscow and Washington now broadly agreed on 14 of the 20 points but remained far apart on territory.",
        True,
        [("count", 14, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Russia wants Ukraine to pull its forces out of the quarter of the Donetsk region it still controls, a demand Kyiv has repeatedly rejected.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("en", 'Saltykov described the talks as "frank, businesslike and at times tough."', False, [], None),
    (
        "en",
        "Kremlin spokesman Arseny Lipatov said on Tuesday that a three-way summit with Ukraine's president was not on the agenda.",
        True,
        [("count", 3, None, None)],
        "Arseny Lipatov",
    ),
    # --- Kiew wartet auf Unterrichtung (AFP) ---
    (
        "de",
        "Kiew (AFP) - Die ukrainische Regierung ist nach eigenen Angaben noch nicht über die Ergebnisse des Treffens im Kreml unterrichtet worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Gespräch mit dem US-Gesandten sei für Mittwoch vereinbart, sagte eine Sprecherin des Präsidialamts.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Chefunterhändler Bohdan Kuschnyr sagte, ein Abzug aus dem Gebiet Donezk sei für Kiew nicht verhandelbar.",
        True,
        [],
        "Bohdan Kuschnyr",
    ),
    ("de", "„Über ukrainisches Land wird in Kiew entschieden und nirgendwo sonst“, sagte Kuschnyr.", False, [], None),
    (
        "de",
        "Nach Angaben des ukrainischen Generalstabs griff Russland in der Nacht zum Dienstag mit 214 Drohnen und elf Raketen an.",
        True,
        [("count", 214, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Luftabwehr habe 187 Drohnen und acht Raketen abgefangen, hieß es weiter.",
        True,
        [("count", 187, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Die nächtlichen Angriffe zeigten, dass Moskau an einem Frieden nicht interessiert sei, sagte Danyljuk.",
        False,
        [],
        None,
    ),
    # --- Wien bietet sich als Gipfelort an (APA) ---
    (
        "de",
        "Wien (APA) - Die Bundesregierung in Wien bietet Moskau und Kiew erneut die Hofburg als Ort für ein Gipfeltreffen an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Gebäude könne binnen 72 Stunden für ein solches Treffen vorbereitet werden, sagte Außenministeriumssprecherin Theresa Pichlmayr am Mittwoch.",
        True,
        [("duration", 72, "hour", None)],
        "Theresa Pichlmayr",
    ),
    (
        "de",
        "Österreich habe seit 2022 bereits dreimal Gespräche auf Expertenebene ausgerichtet, so die Sprecherin.",
        True,
        [("year", 2022, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "„Wien war immer ein Ort des Dialogs, und das soll es auch bleiben“, sagte Pichlmayr.", False, [], None),
    ("de", "Die FPÖ nannte das Angebot „reine Symbolpolitik“.", False, [], None),
    (
        "de",
        "Laut einer Umfrage des Market-Instituts befürworten 61 Prozent der Österreicherinnen und Österreicher eine Vermittlerrolle ihres Landes.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Ob der Kreml ein Gipfeltreffen auf dem Boden eines EU-Landes akzeptieren würde, bezweifeln Diplomaten in Wien.",
        False,
        [],
        None,
    ),
    # --- Kreml schließt europäische Truppen aus (Reuters) ---
    (
        "de",
        "Moskau (Reuters) - Der Kreml hat die Stationierung europäischer Soldaten in der Ukraine nach einem Friedensschluss erneut ausgeschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine solche Truppe werde Moskau „unter keinen Umständen“ akzeptieren, sagte Kremlsprecher Arsenij Lipatow.",
        True,
        [],
        "Arsenij Lipatow",
    ),
    (
        "de",
        "„Wir haben bereits mehr als 30 Mal erklärt, dass Nato-Truppen in der Ukraine für uns eine rote Linie sind“, sagte Lipatow.",
        True,
        [("count", 30, None, "over")],
        "Lipatow",
    ),
    (
        "de",
        "Großbritannien und Frankreich hatten angeboten, nach einer Waffenruhe bis zu 25.000 Soldaten zu entsenden.",
        True,
        [("count", 25000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Nach Angaben von Diplomaten würden sich mindestens acht weitere Staaten an einer solchen Mission beteiligen.",
        True,
        [("count", 8, None, "at_least")],
        None,
    ),
    (
        "de",
        "Europa versuche, den Verhandlungsprozess „mit Stiefeln am Boden“ zu sabotieren, fügte Lipatow hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Regierungssprecher sagte in Berlin, die Bundesregierung halte an ihrem Angebot fest, sich an der Überwachung einer Waffenruhe zu beteiligen.",
        True,
        [],
        None,
    ),
    # --- Dreiergespräche in Abu Dhabi (dpa) ---
    (
        "de",
        "Abu Dhabi (dpa) - Ohne Durchbruch ist in Abu Dhabi ein zweitägiges Treffen amerikanischer, russischer und ukrainischer Unterhändler zu Ende gegangen.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Es war die dritte Runde direkter Dreiergespräche seit Juni.",
        True,
        [("ordinal", 3, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Am zweiten Verhandlungstag hätten die Delegationen knapp neun Stunden lang zusammengesessen, hieß es aus Verhandlungskreisen.",
        True,
        [("ordinal", 2, None, None), ("duration", 9, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Nach Angaben von Kuschnir einigte man sich auf den Austausch von je 300 Kriegsgefangenen.",
        True,
        [("count", 300, None, None)],
        "Kuschnir",
    ),
    ("de", "In der Gebietsfrage habe es dagegen keine Annäherung gegeben, sagte der Chefunterhändler.", True, [], None),
    (
        "de",
        "Gurjanow sagte, Russland bestehe auf einer Obergrenze von 500.000 Mann für die ukrainische Armee.",
        True,
        [("count", 500000, None, None)],
        "Gurjanow",
    ),
    ("de", "Das sei „kein Diktat, sondern ein Gebot der Vernunft“, fügte Gurjanow hinzu.", False, [], None),
    (
        "de",
        "Kiew hatte zuletzt eine Armee von mindestens 800.000 Soldaten gefordert.",
        True,
        [("count", 800000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die nächste Runde soll nach Angaben des emiratischen Außenministeriums Anfang Oktober stattfinden.",
        True,
        [],
        None,
    ),
    # --- Three-way talks in Abu Dhabi (AP) ---
    (
        "en",
        "ABU DHABI, United Arab Emirates (AP) — Two days of U.S.-brokered talks between Russia and Ukraine ended Thursday without a breakthrough on territory, both delegations said.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Ukraine's chief negotiator, Bohdan Kushnyr, said the sides had agreed to exchange 300 prisoners of war each.",
        True,
        [("count", 300, None, None)],
        "Bohdan Kushnyr",
    ),
    (
        "en",
        "On the second day the delegations sat together for nearly nine hours, an official familiar with the talks said.",
        True,
        [("ordinal", 2, None, None), ("duration", 9, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Russian Deputy Foreign Minister Pavel Guryanov told reporters that Moscow would accept a Ukrainian army of no more than 500,000 troops.",
        True,
        [("count", 500000, None, "at_most")],
        "Pavel Guryanov",
    ),
    ("en", '"We are not dictating, we are describing reality," Guryanov said.', False, [], None),
    (
        "en",
        "It was the third round of three-way talks since June.",
        True,
        [("ordinal", 3, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Kyiv has previously demanded an army of at least 800,000.",
        True,
        [("count", 800000, None, "at_least")],
        None,
    ),
    (
        "en",
        "Whether a fourth round would follow before October was unclear.",
        False,
        [("ordinal", 4, None, None)],
        None,
    ),
    # --- Gefangenenaustausch (dpa) ---
    (
        "de",
        "Kiew/Moskau (dpa) - Mit Hilfe emiratischer Vermittler haben Moskau und Kiew je 300 Kriegsgefangene freigelassen.",
        True,
        [("count", 300, None, None)],
        None,
    ),
    (
        "de",
        "Unter den freigelassenen Ukrainern seien 41 Zivilisten und 12 Schwerverletzte, teilte der Koordinierungsstab für Kriegsgefangene mit.",
        True,
        [("count", 41, None, None), ("count", 12, None, None)],
        "der Koordinierungsstab für Kriegsgefangene",
    ),
    (
        "de",
        "Seit dem russischen Einmarsch im Februar 2022 war es der 63. Austausch dieser Art.",
        True,
        [("year", 2022, None, None), ("ordinal", 63, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des russischen Verteidigungsministeriums wurden die russischen Soldaten zunächst nach Belarus gebracht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Jeder Heimkehrer ist ein Stück Sieg für das ganze Land“, sagte der Menschenrechtsbeauftragte Wolodymyr Tkatsch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tkatsch zufolge halten russische Behörden noch mehr als 7.000 Ukrainer fest.",
        True,
        [("count", 7000, None, "over")],
        "Tkatsch",
    ),
    (
        "de",
        "Rund ein Drittel davon seien Zivilisten, fügte er hinzu.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    # --- Prisoner swap (Reuters) ---
    (
        "en",
        "KYIV, Sept 13 (Reuters) - Russia and Ukraine each freed 300 prisoners of war on Saturday in a swap mediated by the United Arab Emirates, both sides said.",
        True,
        [("date", "--09-13", None, None), ("count", 300, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's human rights commissioner, Volodymyr Tkach, said more than 7,000 Ukrainians were still held in Russia, about a third of them civilians.",
        True,
        [("count", 7000, None, "over"), ("fraction", 0.3333, None, "about")],
        "Volodymyr Tkach",
    ),
    (
        "en",
        "The swap was the 63rd of its kind since Moscow sent troops into Ukraine in February 2022.",
        True,
        [("ordinal", 63, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Among those freed were 41 civilians and 12 badly wounded soldiers, Kyiv's coordination staff said.",
        True,
        [("count", 41, None, None), ("count", 12, None, None)],
        None,
    ),
    # --- Elftes Telefonat der Präsidenten (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Der US-Präsident und der russische Präsident haben zum elften Mal in diesem Jahr miteinander telefoniert.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Das Gespräch habe rund 80 Minuten gedauert, teilte das Weiße Haus mit.",
        True,
        [("duration", 80, "minute", "about")],
        "das Weiße Haus",
    ),
    (
        "de",
        "Dabei sei es auch um einen 30-tägigen Verzicht auf Schläge gegen Kraftwerke und Stromleitungen gegangen, hieß es in Washington.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    ("de", "Der Kreml bestätigte das Telefonat, nannte aber keine Einzelheiten.", True, [], None),
    (
        "de",
        "Das Gespräch sei „sehr herzlich und von gegenseitigem Respekt geprägt“ gewesen, so Saltykow.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dem Kremlberater zufolge vereinbarten die Präsidenten, ihre Unterhändler binnen zwei Wochen erneut zusammenkommen zu lassen.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    # --- Presidents' 11th call (AFP) ---
    (
        "en",
        "WASHINGTON, Sept 16 (AFP) - The American and Russian leaders held a phone call of about 80 minutes on Tuesday, their 11th this year, the White House said.",
        True,
        [("date", "--09-16", None, None), ("duration", 80, "minute", "about"), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "Kremlin aide Evgeny Saltykov said the two leaders had agreed their negotiators should meet again within two weeks.",
        True,
        [("count", 2, None, None), ("duration", 2, "week", None)],
        "Evgeny Saltykov",
    ),
    ("en", 'Saltykov called the conversation "very warm and respectful."', False, [], None),
    (
        "en",
        "The leaders also talked about a 30-day moratorium on striking power stations and the grid, a White House official said.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    ("en", "The Kremlin confirmed the call but gave no details.", True, [], None),
    # --- Geneva on standby (Reuters) ---
    (
        "en",
        "ZURICH, Sept 18 (Reuters) - Switzerland has set aside 4.5 million Swiss francs for security at a possible meeting of negotiators in Geneva, the Swiss foreign ministry said on Thursday.",
        True,
        [("date", "--09-18", None, None), ("money", 4500000, "CHF", None)],
        None,
    ),
    # --- Genf hält sich bereit (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz stellt für ein mögliches Treffen der Unterhändler in Genf 4,5 Millionen Franken für die Sicherheit bereit.",
        True,
        [("money", 4500000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bis zu 1'200 Polizistinnen und Polizisten aus 14 Kantonen stünden auf Abruf bereit, teilte das EDA am Donnerstag mit.",
        True,
        [("count", 1200, None, "up_to"), ("count", 14, None, None)],
        "das EDA",
    ),
    (
        "de",
        "Die Schweiz habe in den vergangenen zwölf Monaten bereits vier Verhandlungsrunden zu humanitären Fragen ausgerichtet, sagte EDA-Sprecher Fabian Mühlethaler.",
        True,
        [("duration", 12, "month", None), ("count", 4, None, None)],
        "Fabian Mühlethaler",
    ),
    ("de", "«Genf hat das Handwerk der Diskretion über Jahrzehnte gelernt», sagte Mühlethaler.", False, [], None),
    (
        "de",
        "Die SVP warf dem Bundesrat vor, die Neutralität «für einen Platz im Rampenlicht» aufs Spiel zu setzen.",
        False,
        [],
        None,
    ),
    # --- Kremlberater schildert Stand der Gespräche (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der außenpolitische Berater des Kremlchefs hat den Stand der Verhandlungen mit Washington in einem Fernsehinterview erstmals ausführlich geschildert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den 20 Punkten des Plans seien inzwischen 16 im Wesentlichen abgestimmt, sagte Jewgeni Saltykow dem Staatsfernsehen.",
        True,
        [("count", 20, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Bei den übrigen vier gehe es um das Gebiet Saporischschja und sein Atomkraftwerk, um die Armee und um die Sanktionen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Russland kontrolliere nach seinen Worten etwa drei Viertel des Gebiets Saporischschja.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    ("de", "Die Europäer säßen „mit am Tisch, aber nur als Zuschauer“, spottete Saltykow.", False, [], None),
    ("de", "Eine Einigung noch vor Weihnachten halte er für „möglich, aber nicht wahrscheinlich“.", False, [], None),
    (
        "de",
        "Laut Saltykow soll ein Abkommen von den Parlamenten beider Länder binnen 60 Tagen ratifiziert werden.",
        True,
        [("duration", 60, "day", None)],
        "Saltykow",
    ),
    # --- Kremlin aide on the plan (Reuters) ---
    (
        "en",
        "MOSCOW, Sept 21 (Reuters) - Sixteen of the 20 points in the U.S. peace plan have been largely agreed, Kremlin aide Yevgeny Saltykov said in an interview aired by state television on Sunday.",
        True,
        [("date", "--09-21", None, None), ("count", 16, None, None), ("count", 20, None, None)],
        "Yevgeny Saltykov",
    ),
    (
        "en",
        "The remaining four concern the Zaporizhzhia region and its nuclear plant, the size of Ukraine's army and sanctions, he said.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Russia controlled about three-quarters of the Zaporizhzhia region, he added.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    ("en", 'He mocked European governments as "spectators with a seat at the table."', False, [], None),
    # --- Kiew widerspricht dem Kreml (dpa) ---
    (
        "de",
        "Kiew (dpa) - Die Ukraine hat der Darstellung des Kremls widersprochen, wonach 16 der 20 Punkte bereits abgestimmt seien.",
        True,
        [("count", 16, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Nach Kiewer Zählung sei man sich bislang nur in zehn Punkten einig, sagte Präsidialamtssprecherin Switlana Danyljuk.",
        True,
        [("count", 10, None, None)],
        "Switlana Danyljuk",
    ),
    ("de", "Die Zahlen aus Moskau seien „schlicht falsch“, so Danyljuk.", False, [], None),
    (
        "de",
        "Außenamtssprecher Jurij Majstrenko sagte, Kiew habe den USA sieben Änderungswünsche übermittelt.",
        True,
        [("count", 7, None, None)],
        "Jurij Majstrenko",
    ),
    ("de", "Welche das seien, wollte Majstrenko nicht sagen.", False, [], None),
    (
        "de",
        "Der ukrainische Präsident hatte den Plan zuletzt als „zu etwa 70 Prozent annehmbar“ bezeichnet.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    # --- Kyiv disputes Kremlin count (Reuters) ---
    (
        "en",
        "KYIV, Sept 22 (Reuters) - Ukraine disputed on Monday a Kremlin claim that 16 of the 20 points had been agreed, saying the real number was 10.",
        True,
        [
            ("date", "--09-22", None, None),
            ("count", 16, None, None),
            ("count", 20, None, None),
            ("count", 10, None, None),
        ],
        None,
    ),
    (
        "en",
        "Presidential spokeswoman Svitlana Danyliuk said Kyiv had sent Washington seven proposed amendments.",
        True,
        [("count", 7, None, None)],
        "Svitlana Danyliuk",
    ),
    ("en", 'Danyliuk called the Kremlin\'s figure "simply false."', False, [], None),
    ("en", "She declined to say which points were still in dispute.", False, [], None),
    (
        "en",
        "Ukraine's president had earlier described the plan as about 70% acceptable.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    # --- Grenzabschnitt im Südkaukasus (APA/AFP) ---
    (
        "de",
        "Jerewan/Baku (APA/AFP) - Armenien und Aserbaidschan haben sich bei Gesprächen unter US-Vermittlung auf die Markierung eines weiteren Grenzabschnitts von 17 Kilometern geeinigt.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Es war bereits die neunte Runde der Grenzkommissionen seit 2023.",
        True,
        [("ordinal", 9, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt sind damit knapp 240 der rund 1.000 Kilometer Grenze festgelegt, wie das armenische Außenministerium mitteilte.",
        True,
        [("count", 240, None, "nearly"), ("count", 1000, None, "about")],
        None,
    ),
    (
        "de",
        "Der armenische Vizeaußenminister Vahe Ter-Minasjan sagte, ein Friedensvertrag könne binnen sechs Monaten unterzeichnet werden.",
        True,
        [("duration", 6, "month", None)],
        "Vahe Ter-Minasjan",
    ),
    (
        "de",
        "Der aserbaidschanische Präsidentenberater Elnur Gasimow sagte, Baku verlange zuvor eine Änderung der armenischen Verfassung.",
        True,
        [],
        "Elnur Gasimow",
    ),
    ("de", "„Der Frieden im Südkaukasus ist zum Greifen nah“, sagte Gasimow.", False, [], None),
    # --- Armenia, Azerbaijan border deal (Reuters) ---
    (
        "en",
        "BAKU, Sept 24 (Reuters) - Armenia and Azerbaijan agreed to demarcate a further 17 km of their border at U.S.-mediated talks, the ninth round of border commission meetings since 2023.",
        True,
        [
            ("date", "--09-24", None, None),
            ("count", 17, None, None),
            ("ordinal", 9, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "Armenian Deputy Foreign Minister Vahe Ter-Minasyan said a peace treaty could be signed within six months.",
        True,
        [("duration", 6, "month", None)],
        "Vahe Ter-Minasyan",
    ),
    (
        "en",
        "Baku still insisted on changes to Armenia's constitution first, presidential aide Elnur Gasimov said.",
        True,
        [],
        "Elnur Gasimov",
    ),
    (
        "en",
        "Armenia's foreign ministry said nearly 240 km of a border roughly 1,000 km long had now been fixed.",
        True,
        [("count", 240, None, "nearly"), ("count", 1000, None, "about")],
        None,
    ),
    ("en", "Analysts in Yerevan say a referendum on the constitution would be hard to win.", False, [], None),
    # --- Kongo-Gespräche in Doha (dpa) ---
    (
        "de",
        "Doha (dpa) - Kongos Regierung und die Rebellenallianz AFC/M23 haben in Katar ihre vierte Verhandlungsrunde in diesem Jahr aufgenommen.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Rebellen kontrollieren nach UN-Angaben etwa ein Drittel der Provinz Nord-Kivu und große Teile Süd-Kivus.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Der katarische Unterhändler Faisal al-Sowaidi sagte, beide Seiten hätten einen Acht-Punkte-Fahrplan für einen Gefangenenaustausch angenommen.",
        True,
        [("count", 8, None, None)],
        "Faisal al-Sowaidi",
    ),
    (
        "de",
        "Die Gespräche sollen nach katarischen Angaben zehn Tage dauern.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn sind in den beiden Provinzen nach Schätzungen der Vereinten Nationen mehr als 1,2 Millionen Menschen vertrieben worden.",
        True,
        [("count", 1200000, None, "over")],
        None,
    ),
    (
        "de",
        "Ein Sprecher der Rebellen, Désiré Habimana, warf Kinshasa vor, die Gespräche „nur zum Schein“ zu führen.",
        False,
        [],
        None,
    ),
    ("de", "Die kongolesische Regierung wies den Vorwurf zurück.", True, [], None),
    # --- Congo talks in Doha (Reuters) ---
    (
        "en",
        "DOHA, Sept 26 (Reuters) - Congo's government and the AFC/M23 rebel alliance opened their fourth round of talks in Qatar this year on Friday, with an eight-point roadmap for a prisoner exchange already agreed.",
        True,
        [("date", "--09-26", None, None), ("ordinal", 4, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "Qatari mediator Faisal al-Suwaidi told reporters the talks were scheduled to last 10 days.",
        True,
        [("duration", 10, "day", None)],
        "Faisal al-Suwaidi",
    ),
    (
        "en",
        "The rebels hold about a third of North Kivu province, according to U.N. estimates.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "More than 1.2 million people have been displaced in North and South Kivu since January, according to U.N. estimates.",
        True,
        [("count", 1200000, None, "over")],
        None,
    ),
    ("en", 'Rebel spokesman Desire Habimana accused Kinshasa of negotiating "for show."', False, [], None),
    # --- Umfrage: Mehrheit gegen Rückzug (Reuters) ---
    (
        "de",
        "Kiew (Reuters) - Knapp zwei Drittel der Ukrainer lehnen einen Rückzug aus dem Gebiet Donezk im Gegenzug für eine Waffenruhe ab.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Nur jeder Vierte wäre zu einem solchen Schritt bereit, ergab eine Erhebung des Kiewer Internationalen Instituts für Soziologie.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Befragt wurden zwischen dem 19. und 25. September 1.006 Menschen in den von Kiew kontrollierten Gebieten.",
        True,
        [("date", "--09-19", None, None), ("date", "--09-25", None, None), ("count", 1006, None, None)],
        None,
    ),
    (
        "de",
        "Im Mai hatten sich noch 71 Prozent gegen einen solchen Rückzug ausgesprochen.",
        True,
        [("percent", 71, "%", None)],
        None,
    ),
    (
        "de",
        "Die Fehlertoleranz der Befragung gibt das Institut mit 3,2 Prozentpunkten an.",
        True,
        [("percent", 3.2, "pp", None)],
        None,
    ),
    (
        "de",
        "„Die Menschen sind müde, aber zur Kapitulation bereit sind sie nicht“, sagte Institutsdirektor Oleh Marynytsch.",
        False,
        [],
        None,
    ),
    # --- Poll on Donetsk pullout (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Nearly two-thirds of Ukrainians would refuse to give up the rest of the Donetsk region for a ceasefire, according to a survey released Monday.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "Only one in four respondents said they could accept such a deal, the Kyiv-based pollster found.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("en", "In May, 71% had opposed a pullout.", True, [("percent", 71, "%", None)], None),
    # --- Sudan-Gespräche in Dschidda (dpa) ---
    (
        "de",
        "Dschidda (dpa) - Unterhändler von Sudans Armee und RSF-Miliz haben erstmals seit mehr als einem Jahr wieder indirekt miteinander verhandelt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die USA, Saudi-Arabien, Ägypten und die Vereinigten Arabischen Emirate schlagen eine humanitäre Waffenruhe von drei Monaten vor.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Welternährungsprogramms sind im Sudan rund 24 Millionen Menschen von akutem Hunger betroffen.",
        True,
        [("count", 24000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die US-Afrikabeauftragte Maureen Ashby sagte, beide Delegationen hätten sich zu einem zweiten Treffen binnen zehn Tagen bereit erklärt.",
        True,
        [("ordinal", 2, None, None), ("duration", 10, "day", None)],
        "Maureen Ashby",
    ),
    ("de", "„Das sudanesische Volk hat lange genug gelitten“, sagte Ashby.", False, [], None),
    (
        "de",
        "Ob sich die Milizführung an eine Waffenruhe gebunden fühlen würde, bezweifeln Beobachter.",
        False,
        [],
        None,
    ),
    # --- Sudan talks in Jeddah (Reuters) ---
    (
        "en",
        "JEDDAH, Sept 30 (Reuters) - Negotiators for Sudan's army and the RSF paramilitaries met indirectly in Jeddah on Tuesday as mediators pushed a three-month humanitarian truce.",
        True,
        [("date", "--09-30", None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "U.S. Africa envoy Maureen Ashby said both delegations had agreed to meet again within 10 days.",
        True,
        [("duration", 10, "day", None)],
        "Maureen Ashby",
    ),
    (
        "en",
        "About 24 million Sudanese do not have enough to eat, World Food Programme figures show.",
        True,
        [("count", 24000000, None, "about")],
        None,
    ),
    ("en", '"The people of Sudan have suffered long enough," Ashby said.', False, [], None),
    # --- Friedensbeauftragter des Papstes in Moskau (KNA) ---
    (
        "de",
        "Rom (KNA) - Kardinal Ettore Baldassari hat als Friedensbeauftragter des Papstes einen dreitägigen Besuch in Moskau begonnen.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Es ist seine vierte Reise nach Russland seit 2023, wie der vatikanische Pressesaal mitteilte.",
        True,
        [("ordinal", 4, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Durch die Vermittlung des Vatikans seien bislang 86 ukrainische Kinder zu ihren Familien zurückgekehrt, sagte Baldassari der Agentur Ansa.",
        True,
        [("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "„Wenn ein Kind zu seiner Mutter zurückfindet, gewinnt die Menschlichkeit ein wenig Boden zurück“, sagte der Kardinal.",
        False,
        [],
        None,
    ),
    # --- Pope's envoy in Moscow (Reuters) ---
    (
        "en",
        "VATICAN CITY, Oct 2 (Reuters) - The pope's peace envoy, Cardinal Ettore Baldassari, arrived in Moscow on Thursday for a three-day visit, his fourth trip to Russia since 2023.",
        True,
        [
            ("date", "--10-02", None, None),
            ("duration", 3, "day", None),
            ("ordinal", 4, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "The cardinal said Vatican mediation had so far helped 86 Ukrainian children return to their relatives.",
        True,
        [("count", 86, None, None)],
        None,
    ),
    # --- Vierte Runde in Istanbul (dpa) ---
    (
        "de",
        "Istanbul (dpa) - In Istanbul hat die vierte Runde der Dreiergespräche zwischen den USA, Russland und der Ukraine begonnen.",
        True,
        [("ordinal", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Delegationen kamen im Dolmabahçe-Palast zu einem dreistündigen Auftakttreffen zusammen, teilte das türkische Außenministerium mit.",
        True,
        [("duration", 3, "hour", None)],
        None,
    ),
    (
        "de",
        "Der US-Sondergesandte Tolliver brachte nach dpa-Informationen einen überarbeiteten 18-Punkte-Plan mit.",
        True,
        [("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "In dem neuen Entwurf seien zwei der ursprünglich 20 Punkte gestrichen worden, darunter die Passage zur Nato-Mitgliedschaft, hieß es aus der ukrainischen Delegation.",
        True,
        [("count", 2, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Der Chefunterhändler sagte, Kiew habe den Entwurf zu rund 85 Prozent gebilligt.",
        True,
        [("percent", 85, "%", "about")],
        None,
    ),
    (
        "de",
        "Die übrigen 15 Prozent beträfen vor allem Gebietsfragen, fügte er hinzu.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    ("de", "„Wir sind so weit wie nie, aber der letzte Schritt ist der schwerste“, sagte Kuschnir.", False, [], None),
    (
        "de",
        "Gurjanow sagte der Agentur Tass, Moskau lehne mindestens drei der 18 Punkte in der vorliegenden Form ab.",
        True,
        [("count", 3, None, "at_least"), ("count", 18, None, None)],
        None,
    ),
    ("de", "Ob Russland dem Entwurf am Ende zustimmt, ließ Gurjanow offen.", False, [], None),
    # --- Fourth round in Istanbul (Reuters) ---
    (
        "en",
        "ISTANBUL, Oct 7 (Reuters) - U.S., Russian and Ukrainian negotiators opened a fourth round of three-way talks in Istanbul on Tuesday, focused on a revised 18-point plan.",
        True,
        [
            ("date", "--10-07", None, None),
            ("ordinal", 4, None, None),
            ("count", 3, None, None),
            ("count", 18, None, None),
        ],
        None,
    ),
    (
        "en",
        "The opening session in the Dolmabahce Palace lasted three hours, Turkey's foreign ministry said.",
        True,
        [("duration", 3, "hour", None)],
        None,
    ),
    (
        "en",
        "Two of the original 20 points had been dropped, including a passage on NATO membership, a member of the Ukrainian delegation said.",
        True,
        [("count", 2, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's chief negotiator Bohdan Kushnir said Kyiv had signed off on about 85% of the draft.",
        True,
        [("percent", 85, "%", "about")],
        "Bohdan Kushnir",
    ),
    (
        "en",
        "Russian Deputy Foreign Minister Pavel Guryanov told Tass that Moscow rejected at least three of the 18 points in their current form.",
        True,
        [("count", 3, None, "at_least"), ("count", 18, None, None)],
        None,
    ),
    ("en", '"We have never been this far along, but the last step is the hardest," Kushnir said.', False, [], None),
    # --- Zweiter Verhandlungstag in Istanbul (AFP) ---
    (
        "de",
        "Istanbul (AFP) - Nach einem zweiten, knapp siebenstündigen Verhandlungstag haben die Delegationen in Istanbul ihre Gespräche unterbrochen.",
        True,
        [("ordinal", 2, None, None), ("duration", 7, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Man habe sich im Grundsatz auf eine 30 Kilometer breite entmilitarisierte Zone beiderseits der Frontlinie verständigt, sagte der ukrainische Chefunterhändler Bohdan Kuschnyr.",
        True,
        [("count", 30, None, None)],
        "Bohdan Kuschnyr",
    ),
    ("de", "Wer diese Zone überwachen solle, sei aber weiter strittig, so der Chefunterhändler.", True, [], None),
    (
        "de",
        "Der Kremlsprecher sagte, eine Überwachung durch Nato-Staaten komme für Russland nicht infrage.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Gespräche seien „zäh, aber nicht aussichtslos“, hieß es aus der russischen Delegation.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Frontlinie ist nach Angaben westlicher Militärexperten derzeit rund 1.150 Kilometer lang.",
        True,
        [("count", 1150, None, "about")],
        None,
    ),
    # --- Second day in Istanbul (AP) ---
    (
        "en",
        "ISTANBUL (AP) — Negotiators wrapped up a second day of talks in Istanbul after nearly seven hours on Wednesday, agreeing in principle on a demilitarized zone 30 kilometers wide.",
        True,
        [("ordinal", 2, None, None), ("duration", 7, "hour", "nearly"), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "Who would monitor the zone remains disputed, Ukraine's chief negotiator, Bohdan Kushnyr, told The Associated Press.",
        True,
        [],
        None,
    ),
    ("en", "The Kremlin's spokesman said monitoring by NATO countries was out of the question.", True, [], None),
    ("en", 'A Russian delegate described the talks as "tough but not hopeless."', False, [], None),
    # --- Europäer legen eigenes Papier vor (dpa) ---
    (
        "de",
        "Berlin (dpa) - Deutschland, Frankreich und Großbritannien haben ein Neun-Punkte-Papier zu Sicherheitsgarantien für die Ukraine vorgelegt.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Darin sagen die drei Staaten Kiew Beistand für mindestens 25 Jahre zu.",
        True,
        [("count", 3, None, None), ("duration", 25, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Zudem soll die Ukraine jährlich mindestens 40 Milliarden Euro an Militärhilfe erhalten, wie aus dem Papier hervorgeht.",
        True,
        [("money", 40000000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Regierungssprecher Konstantin Wehrle sagte, das Papier sei mit Washington abgestimmt.",
        True,
        [],
        "Konstantin Wehrle",
    ),
    ("de", "„Ohne Europa wird es keinen dauerhaften Frieden geben“, sagte Wehrle.", False, [], None),
    ("de", "Der Kreml wies das Papier umgehend zurück.", True, [], None),
    ("de", "Die Europäer wollten „den Krieg mit anderen Mitteln fortsetzen“, sagte Lipatow.", False, [], None),
    ("de", "Die Linke nannte das Papier „eine Garantie für Aufrüstung, nicht für Frieden“.", False, [], None),
    # --- European guarantees paper (Reuters) ---
    (
        "en",
        "BERLIN, Oct 9 (Reuters) - Germany, France and Britain presented a nine-point paper on security guarantees for Ukraine on Thursday, pledging support for at least 25 years.",
        True,
        [("date", "--10-09", None, None), ("count", 9, None, None), ("duration", 25, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Kyiv would receive at least 40 billion euros a year in military aid under the plan, according to the document.",
        True,
        [("money", 40000000000, "EUR", "at_least")],
        None,
    ),
    ("en", "The Kremlin said it rejected the paper.", True, [], None),
    (
        "en",
        'Kremlin spokesman Arseny Lipatov accused the Europeans of trying to continue the war "by other means."',
        False,
        [],
        None,
    ),
    # --- Sondergesandter vor dem Senat (dpa) ---
    (
        "de",
        "Washington (dpa) - Der US-Sondergesandte Grant Tolliver hat vor dem Auswärtigen Ausschuss des Senats die Grundzüge des Friedensplans verteidigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der knapp dreistündigen Anhörung sagte Tolliver, die USA würden der Ukraine Sicherheitsgarantien für einen Zeitraum von 15 Jahren anbieten.",
        True,
        [("duration", 3, "hour", "nearly"), ("duration", 15, "year", None)],
        None,
    ),
    ("de", "Eine Entsendung amerikanischer Bodentruppen sei nicht vorgesehen, fügte er hinzu.", True, [], None),
    (
        "de",
        "Tolliver zufolge haben US-Vertreter seit Jahresbeginn mehr als 90 Stunden direkt mit russischen Unterhändlern verhandelt.",
        True,
        [("duration", 90, "hour", "over")],
        "Tolliver",
    ),
    (
        "de",
        "Der demokratische Senator Wade Calhoun warf der Regierung vor, „die Ukraine an den Verhandlungstisch zu zwingen statt Moskau“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wann ein Abkommen dem Senat zur Ratifizierung vorgelegt werden könnte, ließ Tolliver offen.",
        False,
        [],
        None,
    ),
    # --- Envoy before the Senate (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 10 (Reuters) - U.S. special envoy Grant Tolliver told senators on Friday that Washington would offer Ukraine security guarantees for a period of 15 years.",
        True,
        [("date", "--10-10", None, None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "He said U.S. officials had spent more than 90 hours in direct talks with Russian counterparts since January.",
        True,
        [("duration", 90, "hour", "over")],
        None,
    ),
    ("en", "The hearing lasted nearly three hours.", True, [("duration", 3, "hour", "nearly")], None),
    (
        "en",
        'Democratic Senator Wade Calhoun said the administration was "forcing Ukraine to the table instead of Moscow."',
        False,
        [],
        None,
    ),
    # --- Kreml beharrt auf ganz Donezk (APA/dpa) ---
    (
        "de",
        "Moskau (APA/dpa) - Russland beansprucht in den Verhandlungen nach Moskauer Angaben weiterhin das gesamte Gebiet Donezk.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Westliche Militärexperten schätzen den von Russland besetzten Anteil der Ukraine samt Krim auf knapp ein Fünftel.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Gebiet Donezk sind es demnach gut drei Viertel, im Gebiet Luhansk fast das gesamte Territorium.",
        True,
        [("fraction", 0.75, None, "over")],
        None,
    ),
    (
        "de",
        "Die Ukraine hält demnach noch knapp ein Viertel des Gebiets.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Kremlsprecher Arsenij Lipatow sagte, die Krim und die vier 2022 annektierten Gebiete seien „nicht Gegenstand von Verhandlungen“.",
        True,
        [("count", 4, None, None), ("year", 2022, None, None)],
        "Arsenij Lipatow",
    ),
    ("de", "„Die Geschichte hat über diese Gebiete längst entschieden“, sagte Lipatow.", False, [], None),
    ("de", "Kiew weist jede Abtretung von Gebieten als verfassungswidrig zurück.", True, [], None),
    # --- Kremlin claims all of Donetsk (Reuters) ---
    (
        "en",
        "MOSCOW, Oct 13 (Reuters) - Russia still claims all of the Donetsk region in the talks, Kremlin spokesman Arseny Lipatov said on Monday.",
        True,
        [("date", "--10-13", None, None)],
        "Arseny Lipatov",
    ),
    (
        "en",
        "Moscow's troops occupy just under a fifth of Ukrainian land if Crimea is counted, Western military analysts estimate.",
        True,
        [("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        "In Donetsk they control just over three-quarters of the territory, the estimates show.",
        True,
        [("fraction", 0.75, None, "over")],
        None,
    ),
    ("en", '"History settled the question of these lands long ago," Lipatov said.', False, [], None),
    # --- EU ernennt Sondergesandte (Reuters) ---
    (
        "de",
        "Brüssel (Reuters) - Die EU hat erstmals eine eigene Sondergesandte für die Friedensgespräche zur Ukraine ernannt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die belgische Diplomatin Katrien Dewulf soll nach Angaben der EU-Kommission ein Team von 18 Mitarbeitern leiten.",
        True,
        [("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Dewulf sagte, sie werde bereits in der kommenden Woche zu Gesprächen nach Kiew und Washington reisen.",
        True,
        [],
        "Dewulf",
    ),
    ("de", "Europa dürfe „nicht länger am Katzentisch sitzen“, sagte Dewulf.", False, [], None),
    ("de", "Ungarn nannte die Ernennung „eine teure Geste ohne Mandat“.", False, [], None),
    (
        "de",
        "Das Mandat gilt zunächst für zwölf Monate und kostet nach Angaben von Diplomaten rund 3,8 Millionen Euro.",
        True,
        [("duration", 12, "month", None), ("money", 3800000, "EUR", "about")],
        None,
    ),
    # --- EU names envoy (Reuters) ---
    (
        "en",
        "BRUSSELS, Oct 14 (Reuters) - The European Union on Tuesday named Belgian diplomat Katrien Dewulf as its first special envoy for the Ukraine peace talks, with a staff of 18 and a 12-month mandate.",
        True,
        [
            ("date", "--10-14", None, None),
            ("ordinal", 1, None, None),
            ("count", 18, None, None),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    ("en", "She told reporters she would travel to Kyiv and Washington next week.", True, [], None),
    # --- Energiewaffenruhe in Kraft (dpa) ---
    (
        "de",
        "Kiew (dpa) - Eine von den USA vermittelte 30-tägige Waffenruhe für Angriffe auf Energieanlagen ist in der Nacht zum Mittwoch in Kraft getreten.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Bereits in den ersten zwölf Stunden habe Russland drei Umspannwerke im Gebiet Charkiw angegriffen, teilte der Netzbetreiber Ukrenergo mit.",
        True,
        [("ordinal", 1, None, None), ("duration", 12, "hour", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das russische Verteidigungsministerium warf der Ukraine seinerseits 14 Verstöße vor.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("de", "„Eine Waffenruhe, die nur auf dem Papier steht, ist keine“, sagte Danyljuk.", False, [], None),
    (
        "de",
        "Nach Angaben von Ukrenergo waren am Morgen noch rund 180.000 Haushalte ohne Strom.",
        True,
        [("count", 180000, None, "about")],
        None,
    ),
    (
        "de",
        "Ob die Waffenruhe die vollen 30 Tage hält, bezweifeln Beobachter in Kiew.",
        False,
        [("duration", 30, "day", None)],
        None,
    ),
    # --- Energy truce takes effect (AFP) ---
    (
        "en",
        "KYIV, Oct 15 (AFP) - A 30-day U.S.-brokered moratorium on strikes against energy facilities took effect overnight, but Kyiv said Russia hit three substations in the first 12 hours.",
        True,
        [
            ("date", "--10-15", None, None),
            ("duration", 30, "day", None),
            ("count", 3, None, None),
            ("ordinal", 1, None, None),
            ("duration", 12, "hour", None),
        ],
        None,
    ),
    ("en", "Russia's defence ministry accused Ukraine of 14 violations.", True, [("count", 14, None, None)], None),
    (
        "en",
        "About 180,000 households were still without power on Wednesday morning, grid operator Ukrenergo said.",
        True,
        [("count", 180000, None, "about")],
        None,
    ),
    (
        "en",
        '"A truce that exists only on paper is no truce," presidential spokeswoman Svitlana Danyliuk said.',
        False,
        [],
        None,
    ),
    # --- Fünfte Runde in Genf (dpa) ---
    (
        "de",
        "Genf (dpa) - Die fünfte Runde der Dreiergespräche soll am 27. Oktober in Genf beginnen.",
        True,
        [("ordinal", 5, None, None), ("count", 3, None, None), ("date", "--10-27", None, None)],
        None,
    ),
    (
        "de",
        "Die Gespräche sind auf drei Tage angesetzt, wie das EDA am Donnerstag mitteilte.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Erwartet werden Delegationen mit jeweils bis zu zwölf Mitgliedern.",
        True,
        [("count", 12, None, "up_to")],
        None,
    ),
    (
        "de",
        "Tolliver will nach Angaben des Weißen Hauses bereits zwei Tage früher anreisen.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "«Genf ist bereit, und wir hoffen, dass es diesmal der letzte Anlauf ist», sagte Mühlethaler.",
        False,
        [],
        None,
    ),
    # --- Fifth round in Geneva (Reuters) ---
    (
        "en",
        "GENEVA, Oct 16 (Reuters) - The fifth round of three-way peace talks will open in Geneva on Oct. 27 and last three days, Switzerland's foreign ministry said on Thursday.",
        True,
        [
            ("date", "--10-16", None, None),
            ("ordinal", 5, None, None),
            ("count", 3, None, None),
            ("date", "--10-27", None, None),
            ("duration", 3, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Each delegation will have up to 12 members, a Swiss official said.",
        True,
        [("count", 12, None, "up_to")],
        None,
    ),
    ("en", "Few in Kyiv expect a deal before winter.", False, [], None),
    # --- Stimmen aus Kiew (dpa) ---
    (
        "de",
        "„Mein Sohn ist seit zwei Jahren an der Front, ich will nur, dass er heimkommt“, sagte die 58-jährige Lehrerin Halyna Ostapenko.",
        False,
        [("duration", 2, "year", None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Ein Taxifahrer meinte, an Frieden glaube er erst, wenn die Sirenen eine Woche lang schweigen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Nach dreieinhalb Jahren Krieg hat niemand mehr Kraft für Illusionen“, sagte ein Rentner.",
        False,
        [("duration", 3.5, "year", None)],
        None,
    ),
]
