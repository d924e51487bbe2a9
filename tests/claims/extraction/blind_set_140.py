"""Hundred-and-fortieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician is named: heads of state and government appear only by office ("der
ukrainische Präsident", "der Kremlchef", "der US-Präsident", "die Vorsteherin des EDA",
"the Prime Minister", "Qatar's minister of state"), and the envoys, aides, negotiators,
spokespeople, ministers and the ombudsman are invented, most of them spelled as the German
and the English services transliterate them (Serhij Ostrowerch / Serhiy Ostroverkh,
Wjatscheslaw Koroljew (APA/AFP) / Vyacheslav Korolyov (Reuters), Gennadi Sumarokow /
Gennady Sumarokov, Taras Kobsar / Taras Kobzar, Arkadi Wolynski / Arkady Volynsky, Tarek
Abdelwahhab / Tarek Abdelwahab, Babiker al-Tajjib / Babiker al-Tayeb, Selim Karaağaç /
Selim Karaagac, Aram Howsepjan / Aram Hovsepyan, Eltschin Rustamow / Elchin Rustamov,
Oksana Melnytschuk / Oksana Melnychuk); further Grant Hollister, Anouk Rey, Pieter Van
Daele, Dragan Jovičić, Natalia Hrytsai, Marianne Kolb, Carolina Restrepo, Olena
Martsenyuk, Anton Belikov, Hugh Carlisle, and every unnamed mother, delegate, diplomat,
source and Hamas official. Real countries, cities, forces, bodies and places ("Weißes
Haus", "Kreml", "Koordinierungsstab für Kriegsgefangene", "Vereinigte Arabische
Emirate", "RSF", "Welternährungsprogramm", "EDA", "Bundesrat", "SVP", "Hamas", "Atomkraftwerk
Saporischschja", "Dolmabahçe-Palast", "Tass", "Swift", "Hofburg", "Nato", "Kiewer
Internationales Institut für Soziologie"; "the White House", "the Kremlin", "the United
Arab Emirates", "the World Food Programme", "Downing Street", "the Ministry of Defence",
"Dolmabahce Palace", "SWIFT", "the State Department", "The Associated Press", "ELN", "M23",
"the U.N. refugee agency", "the Kyiv International Institute of Sociology", "Independence
Square", "NATO") stand for the way wire copy names them; every round, meeting, plan,
point, share, exchange, sum, deadline, poll and quote here is invented, and where a real
figure came to mind it was changed.

Its weight: PEACE TALKS, SUMMITS AND DIPLOMATIC MEETINGS between warring parties and their
mediators over about six weeks in story order (late October to early December of one
year), a fictional but wire-realistic series of rounds told as wire copy runs it (a
dateline lead, the figures, attributed claims and the other side's reply, quotes,
follow-ups), the German and English stories interleaved by date, most of the Russian-
Ukrainian rounds told twice, once by a German service and once by an English one. Half
German (dpa, APA, APA/AFP, AFP, Keystone-SDA, Reuters German; Austrian "Jänner", Swiss
"grösste", «» quotes, German „“ quotes): the seventh Russian-Ukrainian meeting of the year
in Geneva under U.S. mediation with the points of the U.S. plan and the shares of
territory, the Kremlin aide's account in Konjunktiv I, a prisoner exchange mediated by
the Emirates, a ten-day truce for Sudan agreed in Jeddah, what Switzerland spent as host,
the third phase of the Gaza truce in Cairo, the twelfth Serbia-Kosovo meeting of the year
in Brussels with a promise and its denial, the eighth round in Istanbul on a Turkish
proposal for Black Sea shipping, the Armenian-Azerbaijani border commission in the
Hofburg, military experts in Geneva on a ceasefire line, the Kremlin spokesman on a
presidents' summit ("hundert Mal"), the military talks in Abu Dhabi and a Kyiv poll on
territory with the ombudsman's count of the missing. Half English (Reuters, AP, AFP, PA):
the same Geneva round, the Kremlin aide, the swap, the Sudan truce, Cairo, Brussels, a
London video call of 29 countries on a multinational force, Istanbul, Vienna, the U.S.
envoy before senators, Colombia's talks with the ELN in Havana, the military talks in Abu
Dhabi ("a hundred times"), a Congo-M23 framework agreement in Doha and the Kyiv poll.
Figures as such copy has them: meetings and rounds counted in words and digits ("zu ihrem
siebten Treffen in diesem Jahr", "zum dritten Mal binnen eines Monats", "zum zwölften Mal",
"ihre achte Verhandlungsrunde", "die 13. Sitzung", "der 71. Austausch", "for the seventh
time this year", "the 12th meeting", "an eighth round", "the sixth cycle"); talks of
several hours in compounds and phrases ("nach dem sechsstündigen Gespräch", "nach dem
knapp vierstündigen Treffen", "nach dem fünfstündigen Treffen", "nach einer zweitägigen
Sitzung", "knapp sechs Stunden lang", "mehr als sieben Stunden", "gut elf Stunden", "rund
anderthalb Stunden", "almost six hours", "nearly four hours", "about 90 minutes"); truces
and deadlines ("eine zehntägige humanitäre Feuerpause", "a 10-day humanitarian truce", "a
previous six-month ceasefire", "within 60 days", "within 90 days"); plans with numbered
points ("24-Punkte-Plan", "Bei 17 von 24 Punkten", "Vorschlag mit zwölf Punkten",
"ein Sieben-Punkte-Papier", "an earlier 31-point draft", "a Turkish 12-point proposal", "nine of
the 12 points", "nine protocols", "The 17-article peace treaty"); shares of territory in
fractions and percent ("etwa ein Viertel", "knapp ein Fünftel der Ukraine", "gut drei
Viertel", "the roughly one-quarter", "nearly a fifth", "etwa 48 Prozent", "More than
40%"); buffer zones, corridors and borders in kilometres and nautical miles; prisoner
exchanges and the dead in counts ("je 212 Soldaten", "je 300 Gefangenen", "300 prisoners
each", "1.000 ... 41"); aides' and spokesmen's attributions ("sagte der außenpolitische
Berater des Kremlchefs", "so die Sprecherin", "so der Kremlsprecher", "Koroljew zufolge",
"fügte Ostrowerch hinzu", "told Tass", "Ukraine's ombudsman, Taras Kobzar, said"); names
spelled two ways across agencies; quotes that repeat a figure („Wir haben hundert Mal
gesagt: ...“, ""I have said it a hundred times: ..."", „... schon tausendmal gehört“);
polls, hosting costs, mission costs and a reconstruction fund in francs, euros, dollars,
pounds and pesos, the rouble against the dollar, years and dates. Negatives as such copy
has them: diplomatic boilerplate (a communiqué's formula of commitment, the atmosphere of
the talks in Konjunktiv I and in a label), hopes (one with an ordinal), warnings without a
figure (Nato, opposition parties), envoys', ministers' and negotiators' rhetoric and creed
in quotes, Konjunktiv I rhetoric and a no-comment line of the Kremlin, a conditional
threat, labels and an accusation without a checkable claim, appeals, a rhetorical
question in each language, open questions, the caveat that figures cannot be confirmed,
vox pops of prisoners' mothers, scene colour and a Reuters credit.

243 rows (121 German, 122 English), 56 negatives (27 German, 29 English), 187 check-worthy
rows of which 28 carry no figure (20 German, 8 English), 238 expected quantities (118
counts, 33 durations - 12 in hours, 10 in days, 6 in years, 2 in months, 2 in weeks, 1 in
minutes -, 27 ordinals, 18 dates, 14 amounts of money - 6 EUR, 2 CHF, 2 RUB, 2 USD, 1 COP, 1
GBP -, 13 percentages, 9 fractions, 6 years; 6 of them in six negatives, as the seventeenth
batch labels a figure in a negative), 38 checked speakers (19 German, 19 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, case and punctuation normalised) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position or a plan are check-worthy with the speaker their own
  attribution gives ("Die Delegationen hätten sich am Mittwoch auf die Freilassung von je
  300 Gefangenen verständigt, sagte Kremlberater Wjatscheslaw Koroljew vor Journalisten." ->
  "Wjatscheslaw Koroljew"; "Bei 17 von 24 Punkten ... gebe es inzwischen Einigkeit, fügte
  Ostrowerch hinzu." -> "Ostrowerch"; "Die Armee werde Hilfskonvois über drei Grenzübergänge
  zulassen, sagte ihr Delegationsleiter Babiker al-Tajjib." -> "Babiker al-Tajjib"; "Auf
  neun dieser Punkte hätten sich beide Seiten im Grundsatz verständigt, sagte der Sprecher
  des türkischen Außenministeriums, Selim Karaağaç." -> "Selim Karaağaç"; sixty-eighth,
  ninety-third, hundred-first), and with the speaker unchecked after a pronoun, a role or a
  delegation ("sagte er", "fügte er hinzu", "sagte der außenpolitische Berater des
  Kremlchefs", "so die Sprecherin", "so der Kremlsprecher", "sagte der Chefunterhändler",
  "hieß es aus der ukrainischen Delegation"; thirty-seventh, sixty-eighth, eighty-fourth) or
  without an attribution of its own ("Das letzte Telefonat habe rund anderthalb Stunden
  gedauert."; ninety-third). Konjunktiv I rhetoric, a conditional threat and a no-comment
  line are negatives even with a named speaker ("Der Westen müsse endlich verstehen, ...
  fügte Koroljew hinzu.", "Die militärische Spezialoperation werde fortgesetzt, solange Kiew
  keine ernsthaften Zugeständnisse mache, sagte Sumarokow.", "Über den Inhalt der
  Unterredung wolle man öffentlich nicht sprechen, sagte Kremlsprecher Gennadi Sumarokow.";
  sixty-eighth, ninety-third, hundred-twenty-fourth), and so is the atmosphere of the talks
  in Konjunktiv I ("Die Gespräche seien in einer sachlichen und respektvollen Atmosphäre
  verlaufen, teilte das Schweizer Außendepartement mit."; thirty-first: diplomatic
  pleasantries) and its English twin as a label ("described the atmosphere as "businesslike
  and respectful.""; sixty-eighth). A quoted fact by an office without a name is
  check-worthy with the speaker unchecked („Heute sind 212 unserer Verteidiger nach Hause
  gekommen, manche von ihnen nach mehr als drei Jahren in Gefangenschaft“, schrieb der
  ukrainische Präsident auf Telegram. - 212 and 3 years "over"; ninety-third: "sagte der
  Präsident").
- Positions, denials and refusals are check-worthy without a figure (ninety-third,
  ninety-eighth, hundred-sixteenth, hundred-twentieth): a quick deal ruled out by the
  Kremlin, Moscow's demand that Ukraine forgo NATO membership, reports of a summit denied,
  no summit on the agenda ("nach Angaben des Weißen Hauses" -> "das Weiße Haus"; "the White
  House said" -> "the White House"; ninety-third), the open points named by the Ukrainian
  delegation, Kyiv's refusal to withdraw from land it holds, a Serbian account of a promise
  by Pristina ("Dragan Jovičić") and its denial by Kosovo's government in both languages, a
  Russian demand on the agricultural bank ("sagte der Agentur Tass" and "told Tass" dropped
  as an agency, eleventh and sixty-eighth: "Arkadi Wolynski", "Arkady Volynsky") and Kyiv's
  rejection of it, which stays check-worthy with its label appended ("wies die Forderung
  zurück und sprach von einem Versuch, ...", "rejected the demand as an attempt to ...";
  hundred-sixteenth and hundred-thirty-first: a refusal of record paired with a label;
  speaker unchecked, "wies ... zurück" and "rejected" being no verbs of saying), the EDA's
  account of where the money went, the Bund paying for the next round, the talks resumed in
  Abu Dhabi, a poll's majority, a working group agreed ("Kobsar schrieb auf Telegram" and
  "Kobzar wrote on Telegram" -> the name, eighty-fourth: a post is a statement), a
  commission's section finished and its next session planned "für Mitte Jänner" (sixty-fifth
  and hundred-twenty-third: a scheduled step), the next round announced by the State
  Department, a vote promised to MPs by "the Prime Minister's official spokesman"
  (eighty-fourth), "no date had been set" (ninety-third) and Egypt's agenda ("a path towards
  a two-state solution"). New: "a two-state solution" carries no count - the name of a
  settlement model, as "the so-called triple lock" names a rule (hundred-twenty-second).
- New: a quoted precondition repeated "hundert Mal" is a position of record and check-worthy
  with its speaker, the repetition counted as the issue counts "100 Mal" - „Wir haben
  hundert Mal gesagt: Ein Treffen der Präsidenten gibt es erst, wenn ein unterschriftsreifer
  Vertrag auf dem Tisch liegt“, sagte Kremlsprecher Gennadi Sumarokow. -> count 100,
  "Gennadi Sumarokow"; ""I have said it a hundred times: there will be no summit until there
  is a text ready to sign," Kremlin spokesman Gennady Sumarokov said in Moscow." -> count
  100, "Gennady Sumarokov" ("a hundred" is 100 as "A hundred days" is 100 days, seventeenth;
  a condition is a position, hundred-first) - while the same figure in a complaint about
  promises is an idiom and a negative with its figure labelled („Solche Versprechen haben
  wir aus Moskau schon tausendmal gehört“ count 1000; hundred-thirty-first: „jeden Euro
  zweimal umdrehen“). New: „Moskau spielt zum x-ten Mal auf Zeit“ carries no ordinal -
  "x-ten" names no figure, as "Dutzende" (seventeenth).
- Plans and forecasts: a plan or a forecast with a figure is check-worthy (seventh,
  hundred-nineteenth, hundred-thirty-first: a projection with a figure under a condition):
  "the 24-point plan could be signed within 60 days if both sides gave ground on territory"
  ("Grant Hollister", the name in apposition and "told senators" dropped as "told MPs",
  hundred-twenty-seventh), "bis zum Sommer solle ein weiterer Abschnitt von etwa 30
  Kilometern folgen" ("Aram Howsepjan"), "a further section of about 30 km should follow by
  the summer" ("Aram Hovsepyan"), "Die Gespräche sollen ... drei Tage dauern" ("nach Angaben
  von Außenamtssprecher Tarek Abdelwahhab" -> the name, the title dropped as after "nach
  Angaben von Gouverneur ...") and "were expected to last three days" ("Tarek Abdelwahab").
  A hope with a figure is a negative with the figure labelled ("Beide Seiten hoffen, noch
  vor Jahresende zu einer achten Runde zusammenzukommen." ordinal 8; hundred-twenty-fourth),
  hopes, warnings and outlooks without a figure are negatives ("Die Vermittler hoffen, ...",
  "Mediators hope ...", "Die Nato warnte vor einem Abkommen, ...", "Opposition parties
  warned that ..."; thirtieth, eighty-fourth, hundred-eighteenth); the German rows keep "Ob
  die Einigung auf dem Papier auch auf See hält, ist offen." and "Ob die Emirate auch das
  Treffen der Präsidenten ausrichten, ..." as open questions (sixty-eighth, hundred-first),
  the English "Whether the deal on paper will hold ..." and "It was not clear whether ... a
  summit of the two presidents." with its count 2 labelled.
- New: a communiqué's formula of commitment is boilerplate and a negative - "In der
  Abschlusserklärung hieß es, beide Seiten blieben einem „gerechten und dauerhaften Frieden“
  verpflichtet." and "The two foreign ministries said in a joint statement that they
  remained "committed to a just and lasting peace."" (count 2 labelled) - as quoted
  pleasantries (thirty-first) and creed (hundred-nineteenth); the joint statement names no
  step a reader could check, unlike the hundred-twenty-fourth's vote of confidence made in
  public at a stated time.
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"; thirty-first, sixty-eighth,
  ninety-third, hundred-first): "zu ihrem siebten Treffen in diesem Jahr" 7 ("in diesem
  Jahr" none), "for the seventh time this year" 7, "zum dritten Mal binnen eines Monats" 3
  ("binnen eines Monats" none, thirty-first), "for the third time in a month" 3 ("in a
  month" none), "Zum dritten Mal binnen sechs Wochen" 3 and 6 weeks, "der 71. Austausch" and
  "the 71st swap" 71, "der dritte Anlauf" and "the third attempt" 3, "die dritte Phase" and
  "the third phase" 3, "die vierte Verhandlungsrunde" and "the fourth round" 4, "das vierte
  Treffen der beiden" and "the fourth meeting between the two men" 4 ("der beiden" none,
  "the two men" count 2; hundred-first), "zum zwölften Mal in diesem Jahr" 12 and "the 12th
  meeting of the two sides' chief negotiators" 12 with count 2 (eighty-fourth: "the two
  sides"), "ihre achte Verhandlungsrunde, die erste auf türkischem Boden" and "an eighth
  round ..., the first on Turkish soil" 8 and 1 (the elliptic "first", eighty-ninth), "die
  13. Sitzung" and "the 13th session" 13, "the sixth cycle of negotiations" 6, "for the
  first year of any deployment" 1, "Under the first protocol" 1; "einer achten Runde" 8 in
  the hope above.
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise"; sixty-eighth,
  ninety-third, hundred-first): "Nach dem sechsstündigen Gespräch" 6 hours, "nach dem
  fünfstündigen Treffen" 5 hours, "nach dem knapp vierstündigen Treffen" 4 hours "nearly"
  (the hedge before the compound bounds its number, hundred-sixteenth and
  hundred-twentieth), "nach einer zweitägigen Sitzung" 2 days, "eine zehntägige humanitäre
  Feuerpause" and "a 10-day humanitarian truce" 10 days, "A previous six-month ceasefire" 6
  months (hundred-first: "a one-week humanitarian truce"), "knapp sechs Stunden lang" and
  "almost six hours" "nearly", "knapp drei Stunden" and "nearly three hours" "nearly", "mehr
  als sieben Stunden" and "more than seven hours" "over", "gut elf Stunden" "over"
  (fourteenth: "gut"), "rund anderthalb Stunden" 1.5 hours "about" (thirty-first), "after
  nearly four hours of EU-mediated talks" "nearly", "about 90 minutes" "about", "drei Tage
  dauern" and "to last three days" 3 days, "after two days of talks" and "lasted two days" 2
  days, "two weeks" 2 weeks, "after a break of almost nine months" 9 months "nearly"
  (eighty-fourth: "a break of almost nine years"), "zuletzt vor neun Tagen" 9 days
  (hundred-first: "vor 37 Tagen"), "within 60 days" and "within 90 days" (no hedge,
  forty-first), "over three years from 2027" 3 years with no hedge and the year ("over"
  before a span, hundred-sixteenth), "nach mehr als drei Jahren in Gefangenschaft" 3 years
  "over", "in den nächsten zwei Jahren" and "within two years" 2 years. Ages are durations
  in years ("Hollister, 61,"; the vox pop "Natalia Hrytsai, 52," in a negative, labelled,
  hundred-fourteenth). None: "binnen eines Monats", "in a month", "in diesem Jahr", "this
  year", "vor Jahresende", "before the year was out", "by the end of the year", "am
  Vorabend", "on the eve of the talks", "seit Jahresbeginn", "in der vergangenen Woche",
  "last week", "last year", "im Jahr", "a year", "täglich", "each day", "every night",
  "jeden Tag", "every single day" (thirty-first, hundred-fifteenth).
- Plans, points and documents (the issue: "28-Punkte-Entwurf"; sixty-eighth, ninety-third,
  hundred-first): "Der 24-Punkte-Plan" and "The 24-point plan" 24, "aus einem ... Entwurf
  mit 31 Punkten" 31 and "an earlier 31-point draft" 31, "Bei 17 von 24 Punkten" and "on 17
  of the 24 points" two counts each, "Bei mindestens vier Punkten" and "on at least four
  points" 4 "at_least", "ein türkischer Vorschlag mit zwölf Punkten" and "a Turkish 12-point
  proposal" 12, "Auf neun dieser Punkte" 9 and "nine of the 12 points" 9 and 12, "ein
  Sieben-Punkte-Papier" 7 (the number word heading a hyphenated compound, hundred-fifteenth:
  "Zehn-Kilometer-Sperrzone"; hundred-sixteenth: "einen Zehn-Punkte-Plan"), "ein halbes
  Dutzend Vorschläge" 6 (seventeenth: "half a dozen" 6), "Der Friedensvertrag ... mit 17
  Artikeln" and "The 17-article peace treaty" 17 (ninety-third: "mit 19 Artikeln", "a
  19-article peace treaty"), "a framework agreement with nine protocols" 9, "Two of the
  protocols" 2, "The remaining seven" 7, "33 Abkommen" and "Of the 33 agreements" 33. "M23",
  "Resolution"-style names and "Dolmabahçe-Palast" carry none (sixty-eighth).
- Shares of territory and of people (the issue: "ein Fünftel", "one-fifth"; thirty-first,
  sixty-eighth, ninety-third, hundred-first): "von dem Kiew noch etwa ein Viertel
  kontrolliert" 0.25 "about", "the roughly one-quarter of the Donetsk region it continues to
  hold" 0.25 "about" (the article before the hedge changes nothing), "knapp ein Fünftel der
  Ukraine" and "nearly a fifth of Ukrainian territory" 0.2 "nearly", "gut drei Viertel" 0.75
  "over", "umgesetzt ist davon weniger als die Hälfte" 0.5 "under" ("davon" no hedge) and
  "fewer than half have been implemented" 0.5 "under" (ninety-third: "fewer than"), "Jeder
  vierte Befragte hält ... für wahrscheinlich" and "One in four respondents said ... was
  likely" 0.25 with 2 years - a share of respondents holding a view is a measured fact
  (hundred-sixteenth, hundred-twenty-second), the ratio without an article a share
  (hundred-twenty-fourth, hundred-twenty-eighth). Percentages: "etwa 48 Prozent des
  Gazastreifens" and "about 48% of the enclave" "about", "gut 40 Prozent der rund 1.000
  Kilometer langen Grenze" 40 "over" and 1,000 "about", "More than 40% of the roughly
  1,000-km frontier" likewise, "etwa 0,6 Prozent der Ukraine" "about", the poll's "54
  Prozent ..., 38 Prozent" and "61 Prozent" and their English twins; the rouble "um 0,8
  Prozent auf 79,40 je Dollar" and "eased 0.3% to 80.15 per dollar" percentages and RUB (an
  exchange rate is money in the priced currency, fourteenth, thirty-first, ninety-third).
- Prisoners, hostages, the dead and the displaced are counts (sixty-eighth, ninety-third,
  hundred-first): "je 212 Soldaten" with "Auf beiden Seiten" and "212 soldiers going home on
  each side" 212 ("je", "each", "auf beiden Seiten" no hedge), "je 300 Gefangenen" and "300
  prisoners each" 300, "38 Schwerverwundete und sieben Zivilisten" and "38 seriously wounded
  soldiers and seven civilians", "Mehr als 4.100" and "more than 4,100" "over" ("nach
  Kobsars Schätzung" and "Kobzar estimates" leave the speaker unchecked, an estimate and a
  genitive as "Nach Angaben Berberoğlus", ninety-third), "die Leichname von 1.000 ... 41
  zurück" and "the remains of 1,000 ... sent back 41" two counts (ninety-third: the bare
  second figure counts the same bodies), "von vier Geiseln ... 60 palästinensische
  Häftlinge" and "60 Palestinian prisoners ... four hostages", "mehr als elf Millionen ...
  rund 3,9 Millionen davon" and "More than 11 million ..., about 3.9 million of them" each
  with its own hedge, "Mindestens 24,6 Millionen" and "At least 24.6 million" "at_least",
  "more than 2.5 million" "over", "mehr als 60.000" and "More than 60,000" "over", "bei 19
  Gefangenenaustauschen" and "19 prisoner exchanges" 19, "the rebels are to release 350
  prisoners and the government 410" 350 and 410 (the noun left out after the second,
  seventy-first). Aid convoys: "mindestens 600 Hilfstransporte ..., zuletzt waren es im
  Schnitt 410" and "at least 600 aid trucks ..., but the daily average last week was 410"
  600 "at_least" and 410 with no hedge ("im Schnitt" and "the daily average" no hedge,
  sixty-eighth and eighty-fourth).
- Groups and other counts (eighth: "The two leaders"; sixty-eighth, eighty-fourth,
  hundred-first): "the two delegations", "two people briefed on the meeting", "the two
  presidents" (also in an open question), "the two men", "two Egyptian security sources",
  "the two chief negotiators" (in scene colour, labelled) and "The two foreign ministries"
  (in boilerplate, labelled) count 2; "der beiden Präsidenten", "der beiden", "beiden
  Seiten", "beide Seiten", "beide Länder", "both sides", "both countries" none
  (thirty-first, ninety-third). "fünf Verhandlungsrunden", "Rund 900 Polizistinnen und
  Polizisten aus zwölf Kantonen" 900 "about" and 12, "mit bis zu 250 Angehörigen" and "up to
  7,500 troops" and "mit bis zu 1.200 unbewaffneten Beobachtern" and "up to 1,200 unarmed
  observers" "up_to", "mit je sieben Mitgliedern" and "seven members" 7, "aus vier Ländern"
  and "from only four states" 4 ("lediglich", "only" no hedge), "leaders of 29 countries"
  29, "14 other countries" 14, "an estimated 5,800 fighters" 5,800 "about" (eighty-fourth:
  "an estimated"), "drei Grenzübergänge" and "three border crossings" 3, "zwei weiteren
  Grenzübergängen" and "two more border crossings" 2 ("weiteren", "more" no hedge), "sechs
  Übergänge" and "Six crossings" 6, "zweimal telefoniert" 2 (the issue: "viermal"), "five
  times since July" 5.
- Distances, areas and loads are counts (fourth, sixty-eighth, ninety-third): "mit einem
  Radius von acht Kilometern" 8, "An der rund 350 Kilometer langen Grenze" 350 "about" and
  "the roughly 350-kilometre boundary" 350 "about" (the hedge before the compound,
  hundred-twentieth), "weiteren 14 Kilometern Grenze" and "another 14 km" 14 ("weiteren",
  "another" no hedge), "etwa 30 Kilometern" and "about 30 km" "about", "ein zwölf Seemeilen
  breiter Korridor" and "a 12-nautical-mile corridor" 12 (eighty-fourth: "einen zwölf
  Seemeilen breiten Korridor"), "einen Pufferstreifen von beiderseits zwölf Kilometern ...,
  Moskau verlangt 35" and "a buffer strip of 12 km on either side, while Moscow wants 35 km"
  12 and 35 (ninety-third: the bare second figure carries the unit; "beiderseits", "on
  either side" none), "rund 3.900 Quadratkilometer" "about" (sixty-eighth: "rund 4.300
  Quadratkilometer"), "rund 78 Millionen Tonnen Fracht" and "about 78 million tonnes of
  cargo" 78,000,000 "about" (hundred-first: "about 8.5 million tons").
- Money in the currency written (every earlier batch): CHF in Swiss copy ("rund 2,3
  Millionen Franken" "about", "zusätzliche 1,5 Millionen Franken" with no hedge -
  hundred-twenty-second: "zusätzlich"), EUR ("rund 180.000 Euro" and "about 180,000 euros"
  "about"; "800 Millionen bis eine Milliarde Euro im Jahr" and "between 800 million and 1
  billion euros a year" both EUR with no hedge - the currency written once serves the
  earlier figure, hundred-twenty-fourth; "eine Milliarde" is 1,000,000,000 as "eine
  Milliarde Franken", seventeenth; "between" no hedge, forty-first; "im Jahr", "a year"
  none), USD ("about $1.2 million" "about", "a $120 billion reconstruction fund" - the
  compound read as written, hundred-thirty-first: "a 250 million pound fund"), GBP ("£1.1
  billion"), RUB (the exchange rates above) and COP ("450 billion pesos" in a story
  datelined HAVANA about Colombia's government - the code of the currency the copy names, as
  Argentine pesos are ARS, hundred-eighteenth, and the bare "Kronen" take their country from
  the row, hundred-first). "EU-Diplomaten beziffern" and "EU diplomats put ... at" leave the
  speaker unchecked (hundred-first, ninety-ninth).
- Years and dates: "seit Beginn des Krieges im April 2023", "in April 2023", "the RSF
  militia it has fought since 2023", "seit Kriegsbeginn im Februar 2022", "since February
  2022", "from 2027" the years; "am 3. November um Mitternacht" and "at midnight on Nov. 3"
  --11-03 ("um Mitternacht", "at midnight" none, sixty-eighth), "für den 9. Dezember"
  --12-09, "für den 2. Dezember" --12-02, "on Jan. 15" --01-15, "zwischen dem 14. und 20.
  November" and "between Nov. 14 and Nov. 20" two dates (eighty-fourth: "from Sept. 9 to
  12"; the month carried to the first day in the German form); Reuters datelines with a day
  ("GENEVA, Oct 29", "MOSCOW, Oct 30", "JEDDAH, Saudi Arabia, Nov 1" with the country
  between city and day, ninety-ninth, "CAIRO, Nov 4", "ISTANBUL, Nov 18", "VIENNA, Nov 21",
  "ABU DHABI, Dec 2", "DOHA, Dec 3", "KYIV, Dec 8") dates without a year; dpa, APA, APA/AFP,
  AFP ("Dschidda (AFP) -", "BRUSSELS (AFP) -", "HAVANA (AFP) -"), Keystone-SDA, Reuters
  German ("Istanbul (Reuters) -"), AP ("KYIV, Ukraine (AP) —", "WASHINGTON (AP) —") and PA
  ("LONDON (PA) -") datelines none (seventy-ninth). Weekdays, months and seasons ("am
  Mittwoch", "seit September", "seit dem Sommer", "since the summer", "seit dem Frühjahr",
  "since the spring", "Anfang Oktober", "Im Mai", "In May", "Mitte Jänner", "since July",
  "in August", "in March", "in early December", "noch für November") none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "roughly", "an estimated"
  "about"; "knapp", "almost", "nearly" "nearly"; "mehr als", "Mehr als", "gut", "more than",
  "More than" "over"; "weniger als", "fewer than" "under"; "mindestens", "Mindestens", "at
  least", "At least" "at_least"; "bis zu", "up to" "up_to". No hedge: "je", "each", "auf
  beiden Seiten", "on each side", "weiteren", "another", "more", "zusätzliche", "lediglich",
  "only", "insgesamt", "Insgesamt", "im Schnitt", "the daily average", "davon", "of them",
  "zwischen", "between", "beiderseits", "on either side", "over" before a span, "within".
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title dropped ("der ukrainische Chefunterhändler Serhij Ostrowerch", "Kremlberater
  Wjatscheslaw Koroljew ... vor Journalisten" with the audience dropped, "Ombudsmann Taras
  Kobsar", "ihr Delegationsleiter Babiker al-Tajjib" - the possessive role dropped as "deren
  Vorsitzende", eighty-fourth -, "der EU-Sonderbeauftragte Pieter Van Daele", "Kremlsprecher
  Gennadi Sumarokow"; hundred-first), "X sagte, ..." with the title dropped ("Der serbische
  Verhandlungsführer Dragan Jovičić sagte, ...", "Der armenische Vizeregierungschef Aram
  Howsepjan sagte, ..."; hundred-twenty-second), "Koroljew zufolge" and "fügte Ostrowerch
  hinzu" the surname (thirty-first, hundred-first), "sagte der Sprecher des türkischen
  Außenministeriums, Selim Karaağaç" the name in apposition (ninety-third), "sagte der
  Agentur Tass" (above), "so EDA-Sprecherin Anouk Rey" -> "Anouk Rey"
  (hundred-twenty-fifth), "nach Angaben von Außenamtssprecher Tarek Abdelwahhab" -> the
  name, "nach Angaben des Weißen Hauses" -> "das Weiße Haus" and "Nach Angaben des
  Präsidialamts in Kiew" -> "das Präsidialamt" (ninety-third, the place dropped), "teilte
  das EDA am Montag mit" -> "das EDA" (the weekday dropped, hundred-fourteenth), "teilte der
  Koordinierungsstab für Kriegsgefangene in Kiew mit" -> "der Koordinierungsstab für
  Kriegsgefangene" (hundred-first), "Kobsar schrieb auf Telegram, ..." -> "Kobsar". English:
  "Ukraine's chief negotiator, Serhiy Ostroverkh, said" and "Ukraine's ombudsman, Taras
  Kobzar, said" the name in apposition (hundred-first), "its chief negotiator, Babiker
  al-Tayeb, told reporters" (sixty-eighth: "the agency's director general, Mauro Bellandi,
  told reporters"), "Kremlin aide Vyacheslav Korolyov said on Thursday", "Korolyov told
  reporters", "Egyptian Foreign Ministry spokesman Tarek Abdelwahab said", "EU special
  representative Pieter Van Daele said", "Turkish Foreign Ministry spokesman Selim Karaagac
  said", "Russian delegation head Arkady Volynsky told Tass", "Armenian Deputy Prime
  Minister Aram Hovsepyan said", "Government negotiator Carolina Restrepo said", "Kremlin
  spokesman Gennady Sumarokov said in Moscow" the name with the title, the weekday and the
  place dropped (thirty-first, ninety-third, hundred-first), "The U.S. special envoy for
  Ukraine, Grant Hollister, told senators" the name in apposition, "the White House said",
  "the foreign ministry said", "the State Department said" with the article in lower case,
  "Downing Street said" as written, "The Prime Minister's official spokesman said" -> "the
  Prime Minister's official spokesman" (eighty-fourth), "Kobzar wrote on Telegram" ->
  "Kobzar". Each row's spelling of a name is its speaker (ninety-third, hundred-first). Left
  unchecked (None): pronouns and roles ("sagte er", "fügte er hinzu", "He said", "sagte der
  außenpolitische Berater des Kremlchefs", "so die Sprecherin", "so der Kremlsprecher",
  "sagte der Chefunterhändler", "schrieb der ukrainische Präsident", "a Kremlin official
  said", "a Downing Street spokesman said", "a Hamas official told Reuters", "a member of
  the Ukrainian team told Reuters"; thirty-seventh, sixty-eighth, hundred-twenty-second);
  sources with an adjective ("hieß es aus der ukrainischen Delegation", "nach Angaben des
  ägyptischen Außenministeriums", "nach Angaben des türkischen Außenministeriums", "The
  Ukrainian presidential office said", "the Swiss foreign ministry" in a negative;
  fourteenth, twentieth, hundred-first); a possessive heading the source ("Russia's Defence
  Ministry said", "Qatar's foreign ministry said", "according to the ombudsman's office" -
  the hundred-first had checked "Russia's Defence Ministry said" as written, and this batch
  follows the later eighty-third, hundred-nineteenth and hundred-twenty-second, which leave
  it unchecked); descriptions ("the body that handles prisoner affairs in Kyiv said", "The
  U.N. refugee agency said"; thirty-first); plural, anonymous and collective sources ("nach
  Angaben aus Teilnehmerkreisen", "nach Kreml-Angaben", "nach UN-Angaben", "nach armenischen
  Angaben", "nach westlichen Schätzungen", "nach dpa-Informationen", "nach eigenen Angaben",
  "Saudi and U.S. mediators said", "two Egyptian security sources said", "both sides said on
  Friday", "according to two people briefed on the meeting", "according to Armenian
  officials"; ninety-third, hundred-first); a country as the source ("Israel says", "Egypt
  said"; ninety-third); estimates, data and documents ("nach Kobsars Schätzung", "nach
  Einschätzung des Welternährungsprogramms", "nach Berechnungen unabhängiger Analysten",
  "Kobzar estimates", "the World Food Programme estimates", "U.N. figures show", "according
  to U.N. figures", "according to a copy seen by The Associated Press", "a poll published on
  Monday showed", "EU-Diplomaten beziffern", "EU diplomats put ... at"; hundred-second,
  hundred-twentieth); verbs that are not of saying ("wies ... zurück", "rejected",
  "denied"); rows without attribution and all negatives, also those with a named speaker.
- Negatives besides those above (sixty-eighth, ninety-third, ninety-eighth,
  hundred-fourteenth, hundred-nineteenth, hundred-twenty-fourth): envoys', ministers' and
  negotiators' rhetoric and creed in quotes, also with a named speaker („Wir sind heute
  einen Schritt weitergekommen, aber der Weg ist noch lang“, «Die Schweiz bleibt ein Ort,
  ...», „Niemand wird uns zwingen, ...“, „Jedes dieser Treffen bringt beide Länder ...“,
  „Das Schwarze Meer darf nicht länger ein Schlachtfeld sein“, „Frieden ist kein Ereignis,
  ...“, „Eine Linie, die niemand überwacht, ist keine Linie“, „Hinter jeder dieser Zahlen
  steht eine Familie, ...“, ""We moved forward today, ..."", ""No one will force us ...,"",
  ""Every one of these meetings ..."", ""A ceasefire without guarantees ..."", ""The Black
  Sea must stop being a battlefield,"", ""Peace is not an event but a process, ..."",
  ""Colombia has waited too long ..."", ""A line that nobody watches ..."", ""Today the guns
  must fall silent, ..."", ""Behind each of these numbers ..."", the rebels' resolve "as
  long as the causes of the conflict persist"); labels ("Ein Sprecher der RSF sprach von
  einem „Sieg der Vernunft“.", "Die SVP kritisierte die Ausgaben als «Geld für
  Schaufensterdiplomatie».", "nannte die Sitzung „ein Vorbild für die ganze Region“", "An
  RSF spokesman called the deal ...", "called the session "a model ..."", "called the plan
  "a reward for aggression ...""; hundred-sixteenth), an accusation without a checkable
  claim ("Sumarokow warf europäischen Regierungen vor, die Verhandlungen „bei jeder
  Gelegenheit zu torpedieren“."; eighty-fourth) and a quote of the West's duty in Konjunktiv
  I and in English ("cannot be turned back"); appeals ("Aid agencies urged both sides ...");
  rhetorical questions („Wie soll man über Frieden verhandeln, wenn jede Nacht Drohnen über
  unsere Städte fliegen?“, ""How do you negotiate peace when drones fly over your cities
  every night?""; thirty-fifth, hundred-sixteenth); a no-comment line ("Kremlin spokesman
  Gennady Sumarokov declined to discuss the substance of the envoy's visit."; twenty-first);
  the caveat that the figures cannot be confirmed ("Unabhängig bestätigen ließen sich die
  Zahlen zunächst nicht.", "Neither side's figures could be independently confirmed.";
  ninety-third); vox pops of prisoners' mothers („Ich habe jeden Tag auf diesen Anruf
  gewartet“, ""I have counted every single day ...," said Natalia Hrytsai, 52, ..." with her
  age labelled); scene colour (delegates applauding in a hotel ballroom with the two chief
  negotiators labelled, relatives of prisoners on Independence Square) and a Reuters credit
  (seventieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_140 = [
    # --- Siebte Runde in Genf (dpa) ---
    (
        "de",
        "Genf (dpa) - Unterhändler Russlands und der Ukraine sind am Mittwoch in Genf zu ihrem siebten Treffen in diesem Jahr zusammengekommen, erneut unter Vermittlung der USA.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Delegationen verhandelten nach Angaben aus Teilnehmerkreisen knapp sechs Stunden lang hinter verschlossenen Türen in einem Hotel am Seeufer.",
        True,
        [("duration", 6, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Nach dem sechsstündigen Gespräch sagte der ukrainische Chefunterhändler Serhij Ostrowerch, man habe sich auf einen weiteren Gefangenenaustausch verständigt, beim Territorium gebe es dagegen keine Annäherung.",
        True,
        [("duration", 6, "hour", None)],
        "Serhij Ostrowerch",
    ),
    (
        "de",
        "Bei 17 von 24 Punkten des amerikanischen Plans gebe es inzwischen Einigkeit, fügte Ostrowerch hinzu.",
        True,
        [("count", 17, None, None), ("count", 24, None, None)],
        "Ostrowerch",
    ),
    (
        "de",
        "Der 24-Punkte-Plan war im Sommer aus einem deutlich längeren Entwurf mit 31 Punkten hervorgegangen.",
        True,
        [("count", 24, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Offen seien vor allem die Kontrolle über das Atomkraftwerk Saporischschja und der Verlauf einer künftigen Waffenstillstandslinie, hieß es aus der ukrainischen Delegation.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die russische Seite verlangt nach wie vor den Abzug der ukrainischen Truppen aus dem Gebiet Donezk, von dem Kiew noch etwa ein Viertel kontrolliert.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Insgesamt hält Russland derzeit knapp ein Fünftel der Ukraine besetzt.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ein Treffen der beiden Präsidenten steht nach Angaben des Weißen Hauses weiterhin nicht auf der Tagesordnung.",
        True,
        [],
        "das Weiße Haus",
    ),
    (
        "de",
        "„Wir sind heute einen Schritt weitergekommen, aber der Weg ist noch lang“, sagte der US-Sondergesandte Grant Hollister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gespräche seien in einer sachlichen und respektvollen Atmosphäre verlaufen, teilte das Schweizer Außendepartement mit.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beide Seiten hoffen, noch vor Jahresende zu einer achten Runde zusammenzukommen.",
        False,
        [("ordinal", 8, None, None)],
        None,
    ),
    # --- Seventh round in Geneva (Reuters) ---
    (
        "en",
        "GENEVA, Oct 29 (Reuters) - Russian and Ukrainian negotiators met in Geneva on Wednesday for the seventh time this year, with U.S. envoy Grant Hollister shuttling between the two delegations.",
        True,
        [("date", "--10-29", None, None), ("ordinal", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The talks at a lakeside hotel lasted almost six hours, according to two people briefed on the meeting.",
        True,
        [("duration", 6, "hour", "nearly"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's chief negotiator, Serhiy Ostroverkh, said the sides had agreed on 17 of the 24 points in a U.S. peace plan.",
        True,
        [("count", 17, None, None), ("count", 24, None, None)],
        "Serhiy Ostroverkh",
    ),
    (
        "en",
        "The 24-point plan was whittled down over the summer from an earlier 31-point draft.",
        True,
        [("count", 24, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Moscow still demands that Kyiv withdraw from the roughly one-quarter of the Donetsk region it continues to hold.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Russian troops now hold nearly a fifth of Ukrainian territory.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "A meeting between the two presidents is still not on the agenda, the White House said.",
        True,
        [("count", 2, None, None)],
        "the White House",
    ),
    (
        "en",
        "He said a further round could follow before the year was out, but no date had been set.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We moved forward today, but nobody should pretend the hard part is behind us," Hollister told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Swiss foreign ministry described the atmosphere as "businesslike and respectful."',
        False,
        [],
        None,
    ),
    # --- Kremlberater zur Genfer Runde (APA/AFP) ---
    (
        "de",
        "Moskau (APA/AFP) - Der Kreml hat eine rasche Einigung mit Kiew nach der Genfer Runde ausgeschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Delegationen hätten sich am Mittwoch auf die Freilassung von je 300 Gefangenen verständigt, sagte Kremlberater Wjatscheslaw Koroljew vor Journalisten.",
        True,
        [("count", 300, None, None)],
        "Wjatscheslaw Koroljew",
    ),
    (
        "de",
        "Bei mindestens vier Punkten des Plans liegen die Positionen Koroljew zufolge aber noch weit auseinander.",
        True,
        [("count", 4, None, "at_least")],
        "Koroljew",
    ),
    (
        "de",
        "Moskau besteht weiterhin darauf, dass die Ukraine auf einen Beitritt zur Nato verzichtet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Westen müsse endlich verstehen, dass sich die Lage auf dem Schlachtfeld nicht mehr umkehren lasse, fügte Koroljew hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sein Gespräch mit dem US-Gesandten Hollister am Vorabend habe knapp drei Stunden gedauert, sagte er.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Es war nach Kreml-Angaben das vierte Treffen der beiden seit dem Sommer.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Weitere Gespräche auf Ebene der Delegationsleiter seien noch für November geplant, sagte der außenpolitische Berater des Kremlchefs.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Über den Inhalt der Unterredung wolle man öffentlich nicht sprechen, sagte Kremlsprecher Gennadi Sumarokow.",
        False,
        [],
        None,
    ),
    # --- Kremlin aide on Geneva (Reuters) ---
    (
        "en",
        "MOSCOW, Oct 30 (Reuters) - Kremlin aide Vyacheslav Korolyov said on Thursday that Russia and Ukraine had agreed in Geneva to free 300 prisoners each.",
        True,
        [("date", "--10-30", None, None), ("count", 300, None, None)],
        "Vyacheslav Korolyov",
    ),
    (
        "en",
        "Positions were still far apart on at least four points of the plan, Korolyov told reporters.",
        True,
        [("count", 4, None, "at_least")],
        "Korolyov",
    ),
    (
        "en",
        "He said his conversation with Hollister on the eve of the talks had lasted nearly three hours.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "It was the fourth meeting between the two men since the summer.",
        True,
        [("ordinal", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "There were no plans for a meeting of the two presidents before the end of the year, a Kremlin official said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        'Korolyov said the West had to accept that the situation on the battlefield "cannot be turned back."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kremlin spokesman Gennady Sumarokov declined to discuss the substance of the envoy's visit.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The rouble eased 0.3% to 80.15 per dollar in Moscow trading.",
        True,
        [("percent", 0.3, "%", None), ("money", 80.15, "RUB", None)],
        None,
    ),
    # --- Gefangenenaustausch (dpa) ---
    (
        "de",
        "Kiew (dpa) - Russland und die Ukraine haben zum dritten Mal binnen eines Monats Kriegsgefangene ausgetauscht.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Auf beiden Seiten kamen je 212 Soldaten frei, teilte der Koordinierungsstab für Kriegsgefangene in Kiew mit.",
        True,
        [("count", 212, None, None)],
        "der Koordinierungsstab für Kriegsgefangene",
    ),
    (
        "de",
        "Es war der 71. Austausch seit Kriegsbeginn im Februar 2022, vermittelt haben erneut die Vereinigten Arabischen Emirate.",
        True,
        [("ordinal", 71, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Heimkehrern seien 38 Schwerverwundete und sieben Zivilisten, sagte Ombudsmann Taras Kobsar.",
        True,
        [("count", 38, None, None), ("count", 7, None, None)],
        "Taras Kobsar",
    ),
    (
        "de",
        "Mehr als 4.100 Ukrainer befinden sich nach Kobsars Schätzung weiterhin in russischer Gefangenschaft.",
        True,
        [("count", 4100, None, "over")],
        None,
    ),
    (
        "de",
        "Außerdem wurden die Leichname von 1.000 gefallenen ukrainischen Soldaten übergeben, Russland erhielt seinerseits 41 zurück.",
        True,
        [("count", 1000, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "„Heute sind 212 unserer Verteidiger nach Hause gekommen, manche von ihnen nach mehr als drei Jahren in Gefangenschaft“, schrieb der ukrainische Präsident auf Telegram.",
        True,
        [("count", 212, None, None), ("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Die Ukraine legte nach eigenen Angaben zudem ein halbes Dutzend Vorschläge für die Rückkehr verschleppter Zivilisten vor.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Ich habe jeden Tag auf diesen Anruf gewartet“, sagte die Mutter eines Marinesoldaten aus Mykolajiw am Grenzübergang.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Unabhängig bestätigen ließen sich die Zahlen zunächst nicht.",
        False,
        [],
        None,
    ),
    # --- Prisoner swap (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Russia and Ukraine swapped prisoners of war on Saturday for the third time in a month, with 212 soldiers going home on each side.",
        True,
        [("ordinal", 3, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "en",
        "Mediated by the United Arab Emirates, it was the 71st swap since February 2022, the body that handles prisoner affairs in Kyiv said.",
        True,
        [("ordinal", 71, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Among those freed were 38 seriously wounded soldiers and seven civilians, Ukraine's ombudsman, Taras Kobzar, said.",
        True,
        [("count", 38, None, None), ("count", 7, None, None)],
        "Taras Kobzar",
    ),
    (
        "en",
        "Kobzar estimates that more than 4,100 Ukrainians are still held in Russia.",
        True,
        [("count", 4100, None, "over")],
        None,
    ),
    (
        "en",
        "Moscow also returned the remains of 1,000 Ukrainian servicemen, while Kyiv sent back 41.",
        True,
        [("count", 1000, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Russia's Defence Ministry said 212 Russian servicemen had been flown to Belarus for medical checks.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "en",
        '"I have counted every single day since he was captured," said Natalia Hrytsai, 52, who waited at the border crossing for her son.',
        False,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "Neither side's figures could be independently confirmed.",
        False,
        [],
        None,
    ),
    # --- Sudan: Feuerpause in Dschidda (AFP) ---
    (
        "de",
        "Dschidda (AFP) - Vertreter der sudanesischen Armee und der RSF-Miliz haben sich in Saudi-Arabien auf eine zehntägige humanitäre Feuerpause geeinigt.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    (
        "de",
        "Die Waffenruhe soll am 3. November um Mitternacht in Kraft treten und für das gesamte Staatsgebiet gelten.",
        True,
        [("date", "--11-03", None, None)],
        None,
    ),
    (
        "de",
        "Es ist der dritte Anlauf für eine landesweite Feuerpause seit Beginn des Krieges im April 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Die Armee werde Hilfskonvois über drei Grenzübergänge zulassen, sagte ihr Delegationsleiter Babiker al-Tajjib.",
        True,
        [("count", 3, None, None)],
        "Babiker al-Tajjib",
    ),
    (
        "de",
        "Zudem legten die Vermittler ein Sieben-Punkte-Papier zur Rückkehr von Binnenvertriebenen in ihre Dörfer vor.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Nach UN-Angaben sind im Sudan mehr als elf Millionen Menschen auf der Flucht, rund 3,9 Millionen davon im Ausland.",
        True,
        [("count", 11000000, None, "over"), ("count", 3900000, None, "about")],
        None,
    ),
    (
        "de",
        "Mindestens 24,6 Millionen Menschen sind nach Einschätzung des Welternährungsprogramms von akutem Hunger bedroht.",
        True,
        [("count", 24600000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Vermittler hoffen, die Feuerpause in einen dauerhaften Waffenstillstand überführen zu können.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Sprecher der RSF sprach von einem „Sieg der Vernunft“.",
        False,
        [],
        None,
    ),
    # --- Sudan truce (Reuters) ---
    (
        "en",
        "JEDDAH, Saudi Arabia, Nov 1 (Reuters) - Sudan's army and the RSF militia it has fought since 2023 agreed on Saturday to a 10-day humanitarian truce, Saudi and U.S. mediators said.",
        True,
        [("date", "--11-01", None, None), ("year", 2023, None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        "The truce is due to take effect at midnight on Nov. 3 and to apply across the whole country.",
        True,
        [("date", "--11-03", None, None)],
        None,
    ),
    (
        "en",
        "It is the third attempt at a nationwide ceasefire since the war broke out in April 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The talks lasted two days, with the mediators meeting each delegation separately.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "The army will let aid convoys through three border crossings, its chief negotiator, Babiker al-Tayeb, told reporters.",
        True,
        [("count", 3, None, None)],
        "Babiker al-Tayeb",
    ),
    (
        "en",
        "More than 11 million people have been driven from their homes, about 3.9 million of them abroad, according to U.N. figures.",
        True,
        [("count", 11000000, None, "over"), ("count", 3900000, None, "about")],
        None,
    ),
    (
        "en",
        "At least 24.6 million people face acute hunger, the World Food Programme estimates.",
        True,
        [("count", 24600000, None, "at_least")],
        None,
    ),
    (
        "en",
        "Mediators hope to turn the truce into a lasting ceasefire.",
        False,
        [],
        None,
    ),
    (
        "en",
        'An RSF spokesman called the deal "a victory for reason."',
        False,
        [],
        None,
    ),
    # --- Die Schweiz als Gastgeberin (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bund hat für die Genfer Friedensgespräche seit dem Sommer rund 2,3 Millionen Franken ausgegeben.",
        True,
        [("money", 2300000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der grösste Teil davon entfiel auf Sicherheit und Logistik, teilte das EDA am Montag mit.",
        True,
        [],
        "das EDA",
    ),
    (
        "de",
        "Insgesamt habe die Schweiz in diesem Jahr fünf Verhandlungsrunden ausgerichtet, die längste habe gut elf Stunden gedauert, so EDA-Sprecherin Anouk Rey.",
        True,
        [("count", 5, None, None), ("duration", 11, "hour", "over")],
        "Anouk Rey",
    ),
    (
        "de",
        "Auch die Kosten einer nächsten Runde in Genf werde der Bund übernehmen, so die Sprecherin.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Während der Gespräche galt über dem Genfer Seebecken eine Flugverbotszone mit einem Radius von acht Kilometern.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Rund 900 Polizistinnen und Polizisten aus zwölf Kantonen standen im Einsatz, die Armee unterstützte sie mit bis zu 250 Angehörigen.",
        True,
        [("count", 900, None, "about"), ("count", 12, None, None), ("count", 250, None, "up_to")],
        None,
    ),
    (
        "de",
        "Bereits im Frühjahr hatte der Bundesrat zusätzliche 1,5 Millionen Franken für die zivile Friedensförderung gesprochen.",
        True,
        [("money", 1500000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Die Schweiz bleibt ein Ort, an dem verfeindete Parteien einander wieder zuhören können», sagte die Vorsteherin des EDA.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SVP kritisierte die Ausgaben als «Geld für Schaufensterdiplomatie».",
        False,
        [],
        None,
    ),
    # --- Gaza: dritte Phase in Kairo (dpa) ---
    (
        "de",
        "Kairo (dpa) - Unter ägyptischer und katarischer Vermittlung haben in Kairo Gespräche über die dritte Phase der Waffenruhe im Gazastreifen begonnen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits die vierte Verhandlungsrunde zu diesem Abschnitt seit September.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des ägyptischen Außenministeriums geht es um den Abzug israelischer Truppen aus weiteren Teilen des Küstenstreifens und um eine internationale Stabilisierungstruppe.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Israel kontrolliert nach eigenen Angaben derzeit etwa 48 Prozent des Gazastreifens.",
        True,
        [("percent", 48, "%", "about")],
        None,
    ),
    (
        "de",
        "Laut Vereinbarung müssten täglich mindestens 600 Hilfstransporte den Grenzübergang passieren, zuletzt waren es im Schnitt 410.",
        True,
        [("count", 600, None, "at_least"), ("count", 410, None, None)],
        None,
    ),
    (
        "de",
        "Im Gegenzug für die sterblichen Überreste von vier Geiseln ließ Israel in der vergangenen Woche 60 palästinensische Häftlinge frei.",
        True,
        [("count", 4, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Die Gespräche sollen nach Angaben von Außenamtssprecher Tarek Abdelwahhab drei Tage dauern.",
        True,
        [("duration", 3, "day", None)],
        "Tarek Abdelwahhab",
    ),
    (
        "de",
        "„Niemand wird uns zwingen, die Waffen niederzulegen“, erklärte ein Vertreter der Hamas.",
        False,
        [],
        None,
    ),
    # --- Gaza talks in Cairo (Reuters) ---
    (
        "en",
        "CAIRO, Nov 4 (Reuters) - Talks on the third phase of the Gaza ceasefire opened in Cairo on Tuesday under Egyptian and Qatari mediation, two Egyptian security sources said.",
        True,
        [("date", "--11-04", None, None), ("ordinal", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "It is the fourth round of negotiations on this stage since September.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Egypt said the talks would also address a path towards a two-state solution.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Israel says it controls about 48% of the enclave.",
        True,
        [("percent", 48, "%", "about")],
        None,
    ),
    (
        "en",
        "The deal calls for at least 600 aid trucks to enter Gaza each day, but the daily average last week was 410, U.N. figures show.",
        True,
        [("count", 600, None, "at_least"), ("count", 410, None, None)],
        None,
    ),
    (
        "en",
        "Egyptian Foreign Ministry spokesman Tarek Abdelwahab said the talks were expected to last three days.",
        True,
        [("duration", 3, "day", None)],
        "Tarek Abdelwahab",
    ),
    (
        "en",
        "Israel freed 60 Palestinian prisoners last week in return for the remains of four hostages.",
        True,
        [("count", 60, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"No one will force us to lay down our arms," a Hamas official told Reuters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aid agencies urged both sides not to put the truce at risk with new strikes.",
        False,
        [],
        None,
    ),
    # --- Serbien und Kosovo in Brüssel (APA) ---
    (
        "de",
        "Brüssel (APA) - Die Unterhändler Serbiens und des Kosovo sind unter Vermittlung der EU zum zwölften Mal in diesem Jahr zusammengetroffen.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Man habe sich nach dem knapp vierstündigen Treffen auf die Öffnung von zwei weiteren Grenzübergängen geeinigt, sagte der EU-Sonderbeauftragte Pieter Van Daele.",
        True,
        [("duration", 4, "hour", "nearly"), ("count", 2, None, None)],
        "Pieter Van Daele",
    ),
    (
        "de",
        "An der rund 350 Kilometer langen Grenze sind derzeit sechs Übergänge geöffnet.",
        True,
        [("count", 350, None, "about"), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Seit Beginn des Dialogs wurden 33 Abkommen geschlossen, umgesetzt ist davon weniger als die Hälfte.",
        True,
        [("count", 33, None, None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "Der serbische Verhandlungsführer Dragan Jovičić sagte, Pristina habe zugesagt, bis Jahresende den Entwurf eines Statuts für den Verband der serbischen Gemeinden vorzulegen.",
        True,
        [],
        "Dragan Jovičić",
    ),
    (
        "de",
        "Die kosovarische Regierung wies das zurück: Eine solche Zusage habe es nicht gegeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Jedes dieser Treffen bringt beide Länder der europäischen Zukunft ein Stück näher“, sagte Van Daele.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das nächste Treffen ist für den 9. Dezember angesetzt.",
        True,
        [("date", "--12-09", None, None)],
        None,
    ),
    # --- Serbia and Kosovo (AFP) ---
    (
        "en",
        "BRUSSELS (AFP) - Serbia and Kosovo agreed on Thursday to open two more border crossings after nearly four hours of EU-mediated talks in Brussels.",
        True,
        [("count", 2, None, None), ("duration", 4, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "It was the 12th meeting of the two sides' chief negotiators this year.",
        True,
        [("ordinal", 12, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Six crossings are currently open along the roughly 350-kilometre boundary.",
        True,
        [("count", 6, None, None), ("count", 350, None, "about")],
        None,
    ),
    (
        "en",
        "EU special representative Pieter Van Daele said the new crossings would open on Jan. 15.",
        True,
        [("date", "--01-15", None, None)],
        "Pieter Van Daele",
    ),
    (
        "en",
        "Of the 33 agreements signed since the dialogue began, fewer than half have been implemented.",
        True,
        [("count", 33, None, None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "Kosovo's government denied that it had promised to present a draft statute for an association of Serb-majority municipalities by the end of the year.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Every one of these meetings brings both countries a little closer to Europe," Van Daele said.',
        False,
        [],
        None,
    ),
    # --- Coalition call in London (PA) ---
    (
        "en",
        "LONDON (PA) - The Prime Minister has hosted a video call with leaders of 29 countries on security guarantees for Ukraine.",
        True,
        [("count", 29, None, None)],
        None,
    ),
    (
        "en",
        "Downing Street said Britain was ready to contribute up to 7,500 troops to a multinational force once a ceasefire was in place.",
        True,
        [("count", 7500, None, "up_to")],
        "Downing Street",
    ),
    (
        "en",
        "The call lasted about 90 minutes, a Downing Street spokesman said.",
        True,
        [("duration", 90, "minute", "about")],
        None,
    ),
    (
        "en",
        "France has offered a force of similar size, while 14 other countries have pledged smaller contingents or logistical support.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The Ministry of Defence has set aside £1.1 billion for the first year of any deployment.",
        True,
        [("money", 1100000000, "GBP", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The Prime Minister's official spokesman said MPs would be given a vote before any troops were deployed.",
        True,
        [],
        "the Prime Minister's official spokesman",
    ),
    (
        "en",
        '"A ceasefire without guarantees would only be an intermission before the next war," the Prime Minister told the call.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Opposition parties warned that the plan risked drawing Britain into an open-ended commitment.",
        False,
        [],
        None,
    ),
    # --- Achte Runde in Istanbul (Reuters) ---
    (
        "de",
        "Istanbul (Reuters) - Russland und die Ukraine haben am Dienstag in Istanbul ihre achte Verhandlungsrunde begonnen, die erste auf türkischem Boden seit dem Frühjahr.",
        True,
        [("ordinal", 8, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Gespräche im Dolmabahçe-Palast dauerten nach Angaben des türkischen Außenministeriums mehr als sieben Stunden.",
        True,
        [("duration", 7, "hour", "over")],
        None,
    ),
    (
        "de",
        "Im Mittelpunkt stand ein türkischer Vorschlag mit zwölf Punkten zur Sicherheit der Handelsschifffahrt im Schwarzen Meer.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Auf neun dieser Punkte hätten sich beide Seiten im Grundsatz verständigt, sagte der Sprecher des türkischen Außenministeriums, Selim Karaağaç.",
        True,
        [("count", 9, None, None)],
        "Selim Karaağaç",
    ),
    (
        "de",
        "Demnach soll ein zwölf Seemeilen breiter Korridor für Handelsschiffe offen bleiben.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Über den Korridor verschifften ukrainische Häfen im vergangenen Jahr rund 78 Millionen Tonnen Fracht.",
        True,
        [("count", 78000000, None, "about")],
        None,
    ),
    (
        "de",
        "Der russische Delegationsleiter Arkadi Wolynski sagte der Agentur Tass, Moskau verlange die Wiederanbindung seiner staatlichen Agrarbank an das Zahlungssystem Swift.",
        True,
        [],
        "Arkadi Wolynski",
    ),
    (
        "de",
        "Ostrowerch wies die Forderung zurück und sprach von einem Versuch, die Sanktionen durch die Hintertür aufzuweichen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Das Schwarze Meer darf nicht länger ein Schlachtfeld sein“, sagte Karaağaç.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Einigung auf dem Papier auch auf See hält, ist offen.",
        False,
        [],
        None,
    ),
    # --- Eighth round in Istanbul (Reuters) ---
    (
        "en",
        "ISTANBUL, Nov 18 (Reuters) - Russia and Ukraine opened an eighth round of peace talks in Istanbul on Tuesday, the first on Turkish soil since the spring.",
        True,
        [("date", "--11-18", None, None), ("ordinal", 8, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The talks at Dolmabahce Palace ran for more than seven hours, Turkish Foreign Ministry spokesman Selim Karaagac said.",
        True,
        [("duration", 7, "hour", "over")],
        "Selim Karaagac",
    ),
    (
        "en",
        "At the centre of the talks was a Turkish 12-point proposal on the safety of shipping in the Black Sea.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "He said the sides had agreed in principle on nine of the 12 points.",
        True,
        [("count", 9, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The proposal would keep a 12-nautical-mile corridor open to merchant ships.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Ukrainian ports shipped about 78 million tonnes of cargo through the corridor last year.",
        True,
        [("count", 78000000, None, "about")],
        None,
    ),
    (
        "en",
        "Russian delegation head Arkady Volynsky told Tass that Moscow wanted its state agricultural bank reconnected to the SWIFT payment system.",
        True,
        [],
        "Arkady Volynsky",
    ),
    (
        "en",
        "Ostroverkh rejected the demand as an attempt to water down sanctions through the back door.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"The Black Sea must stop being a battlefield," Karaagac said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the deal on paper will hold at sea remains to be seen.",
        False,
        [],
        None,
    ),
    # --- Armenien und Aserbaidschan in Wien (APA) ---
    (
        "de",
        "Wien (APA) - Armenien und Aserbaidschan haben in Wien die Arbeit an der Grenzziehung auf einem weiteren Abschnitt abgeschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die gemeinsame Kommission einigte sich nach einer zweitägigen Sitzung auf den Verlauf von weiteren 14 Kilometern Grenze im Norden.",
        True,
        [("duration", 2, "day", None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Damit sind nach armenischen Angaben gut 40 Prozent der rund 1.000 Kilometer langen Grenze festgelegt.",
        True,
        [("percent", 40, "%", "over"), ("count", 1000, None, "about")],
        None,
    ),
    (
        "de",
        "Es war die 13. Sitzung der Kommission seit ihrer Gründung.",
        True,
        [("ordinal", 13, None, None)],
        None,
    ),
    (
        "de",
        "Der armenische Vizeregierungschef Aram Howsepjan sagte, bis zum Sommer solle ein weiterer Abschnitt von etwa 30 Kilometern folgen.",
        True,
        [("count", 30, None, "about")],
        "Aram Howsepjan",
    ),
    (
        "de",
        "Österreich stellte die Räume in der Hofburg zur Verfügung und übernahm Kosten von rund 180.000 Euro.",
        True,
        [("money", 180000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die nächste Sitzung ist für Mitte Jänner in Jerewan geplant.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Friedensvertrag der beiden Länder mit 17 Artikeln ist weiterhin nicht unterzeichnet.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "In der Abschlusserklärung hieß es, beide Seiten blieben einem „gerechten und dauerhaften Frieden“ verpflichtet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Frieden ist kein Ereignis, sondern ein Prozess, und dieser Prozess ist unumkehrbar“, sagte Howsepjan.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der aserbaidschanische Präsidentenberater Eltschin Rustamow nannte die Sitzung „ein Vorbild für die ganze Region“.",
        False,
        [],
        None,
    ),
    # --- Armenia and Azerbaijan (Reuters) ---
    (
        "en",
        "VIENNA, Nov 21 (Reuters) - Armenia and Azerbaijan have agreed the course of another 14 km of their shared border after two days of talks in Vienna, both sides said on Friday.",
        True,
        [("date", "--11-21", None, None), ("count", 14, None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "More than 40% of the roughly 1,000-km frontier has now been delimited, according to Armenian officials.",
        True,
        [("percent", 40, "%", "over"), ("count", 1000, None, "about")],
        None,
    ),
    (
        "en",
        "It was the 13th session of the joint border commission.",
        True,
        [("ordinal", 13, None, None)],
        None,
    ),
    (
        "en",
        "Armenian Deputy Prime Minister Aram Hovsepyan said a further section of about 30 km should follow by the summer.",
        True,
        [("count", 30, None, "about")],
        "Aram Hovsepyan",
    ),
    (
        "en",
        "Austria covered about 180,000 euros of the costs, the foreign ministry said.",
        True,
        [("money", 180000, "EUR", "about")],
        "the foreign ministry",
    ),
    (
        "en",
        "The 17-article peace treaty, initialled earlier this year, has yet to be signed.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "en",
        'The two foreign ministries said in a joint statement that they remained "committed to a just and lasting peace."',
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Peace is not an event but a process, and this process cannot be reversed," Hovsepyan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Azerbaijani presidential aide Elchin Rustamov called the session "a model for the whole region."',
        False,
        [],
        None,
    ),
    # --- Militärexperten in Genf (dpa) ---
    (
        "de",
        "Genf (dpa) - Zum dritten Mal binnen sechs Wochen haben russische und ukrainische Militärexperten in Genf über eine mögliche Waffenstillstandslinie beraten.",
        True,
        [("ordinal", 3, None, None), ("duration", 6, "week", None)],
        None,
    ),
    (
        "de",
        "Kiew schlug nach dem fünfstündigen Treffen nach dpa-Informationen einen Pufferstreifen von beiderseits zwölf Kilometern vor, Moskau verlangt 35.",
        True,
        [("duration", 5, "hour", None), ("count", 12, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Russland beansprucht das gesamte Gebiet Donezk, von dem seine Truppen nach westlichen Schätzungen gut drei Viertel kontrollieren.",
        True,
        [("fraction", 0.75, None, "over")],
        None,
    ),
    (
        "de",
        "Kiew werde aus Gebieten, die seine Armee noch kontrolliere, nicht freiwillig abziehen, sagte der Chefunterhändler.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der überarbeitete 24-Punkte-Plan sieht nach dpa-Informationen vor, die Front in den Gebieten Saporischschja und Cherson entlang der aktuellen Linie einzufrieren.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat die russische Armee nach Berechnungen unabhängiger Analysten rund 3.900 Quadratkilometer erobert, etwa 0,6 Prozent der Ukraine.",
        True,
        [("count", 3900, None, "about"), ("percent", 0.6, "%", "about")],
        None,
    ),
    (
        "de",
        "„Moskau spielt zum x-ten Mal auf Zeit“, sagte die ukrainische Außenministerin Oksana Melnytschuk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Nato warnte vor einem Abkommen, das Russland lediglich eine Atempause zum Aufrüsten verschaffe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die nächste Runde der Militärexperten ist für den 2. Dezember in Abu Dhabi geplant.",
        True,
        [("date", "--12-02", None, None)],
        None,
    ),
    # --- Kremlsprecher zum Gipfel (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der Kreml hat Berichte über ein bevorstehendes Gipfeltreffen der Präsidenten Russlands und der Ukraine zurückgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir haben hundert Mal gesagt: Ein Treffen der Präsidenten gibt es erst, wenn ein unterschriftsreifer Vertrag auf dem Tisch liegt“, sagte Kremlsprecher Gennadi Sumarokow.",
        True,
        [("count", 100, None, None)],
        "Gennadi Sumarokow",
    ),
    (
        "de",
        "Ein solches Dokument gebe es derzeit nicht, fügte er hinzu.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit Anfang Oktober hätten der Kremlchef und der US-Präsident zweimal telefoniert, zuletzt vor neun Tagen, so der Kremlsprecher.",
        True,
        [("count", 2, None, None), ("duration", 9, "day", None)],
        None,
    ),
    (
        "de",
        "Das letzte Telefonat habe rund anderthalb Stunden gedauert.",
        True,
        [("duration", 1.5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Sumarokow warf europäischen Regierungen vor, die Verhandlungen „bei jeder Gelegenheit zu torpedieren“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die militärische Spezialoperation werde fortgesetzt, solange Kiew keine ernsthaften Zugeständnisse mache, sagte Sumarokow.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Solche Versprechen haben wir aus Moskau schon tausendmal gehört“, sagte Melnytschuk in Kiew.",
        False,
        [("count", 1000, None, None)],
        None,
    ),
    (
        "de",
        "Der Rubel legte nach den Äußerungen um 0,8 Prozent auf 79,40 je Dollar zu.",
        True,
        [("percent", 0.8, "%", None), ("money", 79.4, "RUB", None)],
        None,
    ),
    # --- U.S. envoy before the Senate (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The U.S. special envoy for Ukraine, Grant Hollister, told senators on Wednesday that the 24-point plan could be signed within 60 days if both sides gave ground on territory.",
        True,
        [("count", 24, None, None), ("duration", 60, "day", None)],
        "Grant Hollister",
    ),
    (
        "en",
        "He said he had met the Kremlin's foreign policy aide five times since July.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "He said the Geneva and Istanbul rounds had cost U.S. taxpayers about $1.2 million.",
        True,
        [("money", 1200000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The plan would lift most U.S. sanctions on Russia in stages over three years from 2027, according to a copy seen by The Associated Press.",
        True,
        [("duration", 3, "year", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "It also provides for a $120 billion reconstruction fund, to be financed in part from frozen Russian assets.",
        True,
        [("money", 120000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The State Department said the next round of military talks would be held in Abu Dhabi in early December.",
        True,
        [],
        "the State Department",
    ),
    (
        "en",
        "Hollister, 61, a former federal prosecutor, was appointed special envoy in March.",
        True,
        [("duration", 61, "year", None)],
        None,
    ),
    (
        "en",
        'Sen. Marianne Kolb, R-Neb., called the plan "a reward for aggression dressed up as diplomacy."',
        False,
        [],
        None,
    ),
    # --- Colombia and the ELN in Havana (AFP) ---
    (
        "en",
        "HAVANA (AFP) - Colombia's government and the ELN guerrilla group resumed peace talks in Havana on Monday after a break of almost nine months.",
        True,
        [("duration", 9, "month", "nearly")],
        None,
    ),
    (
        "en",
        "It is the sixth cycle of negotiations since the talks began, with Cuba and Norway acting as guarantors.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Government negotiator Carolina Restrepo said the delegations would spend two weeks on a protocol for a bilateral ceasefire.",
        True,
        [("duration", 2, "week", None)],
        "Carolina Restrepo",
    ),
    (
        "en",
        "A previous six-month ceasefire expired in August without being renewed.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "The ELN has an estimated 5,800 fighters under arms.",
        True,
        [("count", 5800, None, "about")],
        None,
    ),
    (
        "en",
        "The government has set aside 450 billion pesos for the reintegration of former fighters.",
        True,
        [("money", 450000000000, "COP", None)],
        None,
    ),
    (
        "en",
        '"Colombia has waited too long for this peace to accept another failure," Restrepo said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The rebels said in a statement that they would not give up their weapons "as long as the causes of the conflict persist."',
        False,
        [],
        None,
    ),
    # --- Militärgespräche in Abu Dhabi (dpa) ---
    (
        "de",
        "Abu Dhabi (dpa) - In den Vereinigten Arabischen Emiraten haben russische und ukrainische Militärs ihre Gespräche über eine Waffenstillstandslinie fortgesetzt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Delegationen sind mit je sieben Mitgliedern deutlich kleiner als bei den politischen Runden in Genf und Istanbul.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Präsidialamts in Kiew soll eine Beobachtermission mit bis zu 1.200 unbewaffneten Beobachtern die Linie überwachen.",
        True,
        [("count", 1200, None, "up_to")],
        "das Präsidialamt",
    ),
    (
        "de",
        "Russland lehnt Beobachter aus Nato-Staaten ab und will lediglich Vertreter aus vier Ländern zulassen, darunter China und Indien.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "EU-Diplomaten beziffern die Kosten einer solchen Mission auf 800 Millionen bis eine Milliarde Euro im Jahr.",
        True,
        [("money", 800000000, "EUR", None), ("money", 1000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach eigenen Angaben haben die Emirate seit Kriegsbeginn bei 19 Gefangenenaustauschen vermittelt.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "„Eine Linie, die niemand überwacht, ist keine Linie“, sagte ein westlicher Diplomat.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Emirate auch das Treffen der Präsidenten ausrichten, ist noch nicht entschieden.",
        False,
        [],
        None,
    ),
    # --- Military talks in Abu Dhabi (Reuters) ---
    (
        "en",
        "ABU DHABI, Dec 2 (Reuters) - Russian and Ukrainian military officers resumed talks in Abu Dhabi on Tuesday on the line a ceasefire would follow.",
        True,
        [("date", "--12-02", None, None)],
        None,
    ),
    (
        "en",
        "Each delegation has seven members, far fewer than at the political rounds.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Kyiv proposed a buffer strip of 12 km on either side, while Moscow wants 35 km, a member of the Ukrainian team told Reuters.",
        True,
        [("count", 12, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "The Ukrainian presidential office said a monitoring mission of up to 1,200 unarmed observers should patrol the line.",
        True,
        [("count", 1200, None, "up_to")],
        None,
    ),
    (
        "en",
        "Russia rejects monitors from NATO countries and would accept observers from only four states, including China and India.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "EU diplomats put the cost of such a mission at between 800 million and 1 billion euros a year.",
        True,
        [("money", 800000000, "EUR", None), ("money", 1000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The UAE has mediated 19 prisoner exchanges since the start of the war.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        '"A line that nobody watches is not a line," a Western diplomat said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was not clear whether the Emirates would also host a summit of the two presidents.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"I have said it a hundred times: there will be no summit until there is a text ready to sign," Kremlin spokesman Gennady Sumarokov said in Moscow.',
        True,
        [("count", 100, None, None)],
        "Gennady Sumarokov",
    ),
    # --- Congo and M23 in Doha (Reuters) ---
    (
        "en",
        "DOHA, Dec 3 (Reuters) - Congo's government and the M23 rebel group signed a framework agreement with nine protocols in Doha on Wednesday, Qatar's foreign ministry said.",
        True,
        [("date", "--12-03", None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Two of the protocols, covering prisoner releases and the return of refugees, take effect immediately.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The remaining seven are to be negotiated within 90 days.",
        True,
        [("count", 7, None, None), ("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "Under the first protocol, the rebels are to release 350 prisoners and the government 410.",
        True,
        [("ordinal", 1, None, None), ("count", 350, None, None), ("count", 410, None, None)],
        None,
    ),
    (
        "en",
        "The U.N. refugee agency said more than 2.5 million people had been displaced by fighting in eastern Congo this year.",
        True,
        [("count", 2500000, None, "over")],
        None,
    ),
    (
        "en",
        '"Today the guns must fall silent, and not just on paper," Qatar\'s minister of state said at the signing ceremony.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delegates applauded as the two chief negotiators shook hands under the chandeliers of a hotel ballroom.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    # --- Umfrage und Vermisste (APA/AFP) ---
    (
        "de",
        "Kiew (APA/AFP) - Eine knappe Mehrheit der Ukrainerinnen und Ukrainer lehnt Gebietsabtretungen im Gegenzug für einen Waffenstillstand weiterhin ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei der jüngsten Erhebung des Kiewer Internationalen Instituts für Soziologie sprachen sich 54 Prozent dagegen aus, 38 Prozent wären unter Umständen dazu bereit.",
        True,
        [("percent", 54, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Im Mai hatten sich noch 61 Prozent gegen jede Abtretung ausgesprochen.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden 1.012 Erwachsene zwischen dem 14. und 20. November am Telefon.",
        True,
        [("count", 1012, None, None), ("date", "--11-14", None, None), ("date", "--11-20", None, None)],
        None,
    ),
    (
        "de",
        "Jeder vierte Befragte hält einen dauerhaften Frieden in den nächsten zwei Jahren für wahrscheinlich.",
        True,
        [("fraction", 0.25, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Ombudsmanns gelten mehr als 60.000 ukrainische Soldaten und Zivilisten als vermisst.",
        True,
        [("count", 60000, None, "over")],
        None,
    ),
    (
        "de",
        "Kobsar schrieb auf Telegram, in Genf sei eine gemeinsame Arbeitsgruppe zur Suche nach Vermissten vereinbart worden.",
        True,
        [],
        "Kobsar",
    ),
    (
        "de",
        "„Hinter jeder dieser Zahlen steht eine Familie, die nachts nicht schläft“, sagte Kobsar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wie soll man über Frieden verhandeln, wenn jede Nacht Drohnen über unsere Städte fliegen?“, fragte Melnytschuk.",
        False,
        [],
        None,
    ),
    # --- Poll and the missing (Reuters) ---
    (
        "en",
        "KYIV, Dec 8 (Reuters) - A narrow majority of Ukrainians still oppose giving up territory in exchange for a ceasefire, a poll published on Monday showed.",
        True,
        [("date", "--12-08", None, None)],
        None,
    ),
    (
        "en",
        "In the survey by the Kyiv International Institute of Sociology, 54% were against, while 38% said they might accept it under certain conditions.",
        True,
        [("percent", 54, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "In May, 61% had opposed any territorial concessions.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        "The institute polled 1,012 adults by telephone between Nov. 14 and Nov. 20.",
        True,
        [("count", 1012, None, None), ("date", "--11-14", None, None), ("date", "--11-20", None, None)],
        None,
    ),
    (
        "en",
        "One in four respondents said a lasting peace within two years was likely.",
        True,
        [("fraction", 0.25, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "More than 60,000 Ukrainian soldiers and civilians are listed as missing, according to the ombudsman's office.",
        True,
        [("count", 60000, None, "over")],
        None,
    ),
    (
        "en",
        "Kobzar wrote on Telegram that a joint working group to search for the missing had been agreed in Geneva.",
        True,
        [],
        "Kobzar",
    ),
    (
        "en",
        '"How do you negotiate peace when drones fly over your cities every night?" Foreign Minister Oksana Melnychuk asked.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Behind each of these numbers is a family that cannot sleep at night," Kobzar said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Relatives of prisoners of war rallied on Independence Square on Saturday, holding up photographs of sons and husbands.",
        False,
        [],
        None,
    ),
    (
        "en",
        "(Reporting by Olena Martsenyuk in Kyiv and Anton Belikov in Moscow; Editing by Hugh Carlisle)",
        False,
        [],
        None,
    ),
]
