"""Three-hundred-and-eighty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government and the holders of real
offices appear only by office ("vom russischen Präsidenten", "der Kremlchef", "Der
ukrainische Präsident", "Russia's president", "Russia's leader", "the president", "the two
presidents", "the Russian and Ukrainian leaders").

Names: the U.S. envoy, the aides, negotiators, spokespeople, the EU envoy, the ombudswoman,
the senator, the political scientist, the pensioner and the student are invented, the
transliterated ones spelled as each service writes them and, for the Kremlin aide and Kyiv's
chief negotiator, spelled two ways inside merged APA stories (datelined "APA/dpa/AFP"):
Timofej Lytschagin (dpa, APA) / Litschagin (AFP material in APA copy) / Timofei Lychagin
(Reuters) / Timofey Lichagin (AFP English); Hryhorij Werbyzkyj (dpa, APA) / Grigori Werbizki
(AFP material in APA copy) / Hryhoriy Verbytskyi (Reuters) / Hryhoriy Verbytsky (AP); Witali
Brjanzew (Reuters German, dpa) / Witali Brianzew (AFP German) / Vitaly Bryantsev (AP) /
Vitali Briantsev (AFP English); Arseni Koltschin / Arseny Kolchin; Natalija Dorosch /
Nataliia Dorosh; Solomija Kyryljuk / Solomiia Kyryliuk; Hanna Kowal / Hanna Koval; further
Preston Alcorn, Meredith Causey, Zsófia Kerekes-Varga, Katarina Lindvall, Leonhard
Sattlegger, Wendelin Hasenöhrl, Jens Uhlenbrock, Mirjam Tschudin-Roth, Dwight Farnsworth,
the student Artem and every unnamed official, aide, delegate, diplomat, sociologist,
spokesperson and lawmaker. Real states, bodies, parties, venues and places ("Kreml",
"Sicherheitsrat", "Várkert Bazár", "Donauufer", "Pester Seite", "ungarisches
Außenministerium", "ungarische Polizei", "Hofburg", "FPÖ", "APA", "Luftwaffe",
"Generalstab", "Gebietsverwaltung", "Ukrenergo", "Kiewer Internationales Institut für
Soziologie", "Koordinierungsstab für Kriegsgefangene", "Katar", "Bundesregierung",
"Bundestag", "Verteidigungsministerium", "EU", "EDA", "Bund", "Atomkraftwerk
Saporischschja", "Dnipro", "Gebiet Saporischschja", "Cherson", "Charkiw", "Odessa",
"Donbass", "Krim", "Genf", "Wien", "Bern", "Budapest"; the Kremlin, the White House,
Congress, the Senate, the Senate Foreign Relations Committee, The Associated Press, the
European Union, Buda Castle, Qatar, Ukrenergo, the Kyiv International Institute of
Sociology, the Bundestag, the Zaporizhzhia nuclear plant, the Zaporizhzhia, Kherson, Kharkiv
and Odesa regions, the Donbas, Donetsk, Geneva, and the datelines' cities) stand for the way
wire copy names them; every meeting, call, round, hour, point, share, zone, cap, swap,
tally, poll, sum, cost and quote here is invented, and where a real figure came to mind (a
real envoy's count of Kremlin meetings, a real draft's number of points, a real share of an
occupied region, a real exchange or its number, a real poll, a real troop offer or its
cost) it was changed (the full-scale invasion of February 2022 and the annexation of Crimea
in 2014 kept).

Its weight: ENVOYS, PEACE TALKS AND WAR DIPLOMACY, fourth round (the
three-hundred-and-twenty-sixth batch weighed envoys, peace plans and statements on talks,
the three-hundred-and-forty-ninth a German-language foreign desk on a day of talks and the
three-hundred-and-fifty-eighth a round of three-way talks in Vienna, after the
sixty-eighth, ninety-third, hundred-first, hundred-fortieth, hundred-forty-second,
hundred-fifty-ninth, hundred-ninety-third, two-hundred-and-ninth and
two-hundred-and-seventieth; their decisions are kept) - a made-up summit of envoys in a
European capital: the first round of four-way talks between the U.S., Russian, Ukrainian
and EU envoys, held in Budapest's Várkert Bazár over one wire week, Monday, April 12, to
Friday, April 16, as 44 short stories in story order, the German and the English stories
interleaved, about half in each language. German (dpa, APA, APA/dpa/AFP merged copy,
Reuters German, AFP German, Keystone-SDA with «» quotes; German „“ quotes): the envoy's
twelfth Kremlin meeting, Budapest's security and costs in forints, a night of drones before
the summit, the opening day with its delegation heads and a two-way talk, the Kremlin
spokesman on shares of Zaporizhzhia, Kherson and Kharkiv and Kyiv's reply, the second day
with a swap agreed, Moscow's Easter energy truce offer, a Kyiv poll, Vienna's offer and
Austrian reactions, a background piece on the 21-point plan, the EU envoy's nine-point paper,
a night of strikes on the grid, the third and last day with 17 of 21 points settled, the
Kremlin's no to a presidents' summit, Berlin's troop offer and its cost, the swap carried
out, the Kremlin aide after the summit, Switzerland's offer to host the second round, Kyiv's
referendum condition, an APA analysis and voices from Kyiv. English (Reuters with dated
datelines and its FACTBOX- and ANALYSIS- labels, AFP English with dated datelines, AP): the
Kremlin meeting, Budapest locked down, the White House's 45 days, the drones, the opening,
the Kremlin on Zaporizhzhia, the swap agreed, the energy truce offer, the poll, the draft's
contents, the EU paper, the grid, the last day, the summit refusal, Berlin, the swap with
its headline, the aide, Geneva, the White House after the summit, the Senate, Kyiv's
condition, an analysis and voices from Kyiv. Figures as such copy has them: meetings,
rounds, days, calls, swaps and attacks counted as ordinals in words and digits („das
zwölfte Treffen“, „die erste Runde der Vierergespräche“, „am zweiten Verhandlungstag“, „Am
dritten und letzten Verhandlungstag“, „zum 76. Gefangenenaustausch“, „der 76. seit
Kriegsbeginn“, „zum 13. Mal“, „der sechste großangelegte Angriff“, „Die elfte und zwölfte
Runde“, "their 12th", "their 16th call", "the 76th of a war", "a 13th meeting", "for the
sixth time this month", "their 11th and 12th rounds"); hours of talks in compounds and
phrases („in dem fünfstündigen Gespräch“, „zu einem zweieinhalbstündigen Abendessen“, „gut
achteinhalb Stunden“, „einem 40-minütigen Vier-Augen-Gespräch“, „knapp sechs Stunden“,
„einen elfstündigen Verhandlungsmarathon“, „ein weiteres, knapp zweistündiges Gespräch“,
„in einer mehrstündigen Sitzung“, "a five-hour meeting", "a two-and-a-half-hour dinner",
"more than eight and a half hours", "met for 40 minutes", "an 11-hour final session", "a
one-on-one meeting lasting nearly two hours", "an hour-long phone call", "for about 90
minutes"); points of draft plans in compounds („21-Punkte-Plan“, „Neun-Punkte-Papier“,
„Sechs-Punkte-Memorandum“, „Bei 14 der 21 Punkte ..., bei fünf weiteren“, „Sieben der neun
Punkte“, „von den 21 Punkten seien 17“, "The 21-point plan, which ran to 26 points", "a
nine-point European paper", "a six-point memorandum", "now 21 points long", "Seventeen of
the 21 points", „Punkt 17“, "Point 9 of the draft"); shares of territory and of people as
fractions in words („rund drei Viertel“, „Das verbleibende Viertel“, „knapp drei Fünftel“,
„nicht einmal drei Viertel“, „ein gutes Zehntel“, „ein knappes Fünftel“, „Nur etwa jeder
Fünfte“, „Zwei Fünftel der Befragten“, „Drei von vier Befragten“, "roughly
three-quarters", "the remaining quarter", "nearly three-fifths", "less than
three-quarters", "a little over a tenth", "Only about one in five", "Two-fifths of
respondents", "Three in four", "just under a fifth"); prisoner exchanges („jeweils 250
Kriegsgefangene“, „im Format 250 gegen 250“, "250 prisoners of war apiece", "250 prisoners
each", bodies returned, returnees since 2022); names spelled two ways by different agencies
and inside one merged story; attributed statements after quotes and paraphrases („sagte
X“, „so X“, „X zufolge“, „Laut X“, „X sagte, ...“, „sagte X, der ...“, "said X", "X said",
"told reporters", "told The Associated Press", "according to ..."), Konjunktiv I
throughout; drones, tallies, zones, caps, troops, households, a poll, costs in forints,
euros, francs and dollars, years and dates. Negatives as such copy has them - 57 rows, none
with a figure: headings of service pieces, atmosphere labels, rhetoric and slogans in
quotes, a bare dismissal, labels from a party, a senator and opposition lawmakers, an
assessment lead with an evasion, a verdict with „halten ... für“, a political scientist's,
diplomats' and analysts' views, forecasts and doubts without a figure, evasions and
no-comment lines, open questions, a mood lead in both languages and vox pops, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

242 rows (125 German, 117 English), 57 negatives (29 German, 28 English), 185 check-worthy
rows of which 43 carry no figure (24 German, 19 English), 253 expected quantities (130
counts, 41 durations - 16 in days, 13 in hours, 4 in weeks, 3 in minutes, 3 in years, 2 in
months -, 27 ordinals, 18 fractions, 17 dates, 9 amounts of money - 3 EUR, 2 CHF, 2 HUF, 2
USD -, 6 percentages - 4 in "%", 2 in percentage points "pp" -, 5 years; none of them in a
negative), 36 checked speakers (20 German, 16 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position, a condition, a plan or a rejection are check-worthy with the
  speaker their own attribution gives, and with the speaker unchecked after a role or a
  pronoun or without an attribution of their own (ninety-third, hundred-ninety-third,
  three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth). A quoted or reported atmosphere label, piece of rhetoric,
  label, verdict or view is a negative with speaker None, also with a named speaker and an
  office (hundred-fortieth, two-hundred-and-fourth, three-hundred-and-twenty-sixth,
  three-hundred-and-fifty-eighth). Pairs from one speaker: Lytschagin's five hours, 21 points
  and 14 of 21 beside „offen, sachlich und sehr inhaltsreich“ (told by role) and his 17 of 21
  beside „Wer heute noch auf einen militärischen Sieg setzt ...“; Lychagin's 14 of 21 and
  his dinner beside "open, businesslike and very rich in substance" and "We have never stood
  this close ..."; Litschagin's open points beside „näher am Ziel als je zuvor“; Lichagin's
  17 of 21 and his 500,000 beside "Whoever still bets ..."; Kerekes-Varga's first meeting in
  the format beside „eine Stadt der Brücken“; Causey's phone call beside "the pieces are
  finally on the board" and her 45-day target beside "not going to negotiate this in public";
  Dorosch's 18-member delegation beside „Jede Drohne über Saporischschja ...“ and „verhandelt
  am Tag und zerstört in der Nacht“ and Dorosh's twins; Werbyzkyj's children, his 250 and
  his referendum condition beside „nicht um ihn zu erbetteln“, „mit offenen Augen“ (told by
  role), his refusal to say on a truce and his evasion on a freeze; Verbytsky's 76th
  swap and his bodies beside "more than any line on a map" and his refusal to say on a
  freeze; Brjanzew's three quarters, his 20 times and his three calls beside „keine Termine
  erfinden“; Briantsev's quarter and his 20 times beside his dismissal; Bryantsev's
  condition beside "I will not invent dates"; Lindvall's nine points and seven of nine
  beside „Ohne Europa ...“, "on its doorstep" and "sober but not hopeless"; Sattlegger's 72
  hours beside „drängt sich nicht auf“ (told by role); Uhlenbrock's mandate and 3,500 troops
  beside „Sicherheit für die Ukraine ...“; Kyryljuk's 31, nine and 7,100 beside „Heute kommen
  Väter nach Hause ...“ and Kyryliuk's twins; Tschudin-Roth's four delegations beside «Die
  Schweiz kann Räume öffnen ...»; Farnsworth's bill beside "a surrender with better
  stationery".
- What each side said (sixty-eighth, three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth): the Kremlin's three
  quarters of Zaporizhzhia and the remaining quarter, its three fifths of Kherson, Kyiv's
  „nicht einmal drei Viertel“ and "less than three-quarters", its tenth of Kharkiv and the
  Western estimates („nach westlichen Schätzungen“, "by Western estimates"; estimating
  forms, speaker unchecked, hundred-tenth) are all check-worthy. Refusals, rejections,
  denials, conditions, demands and positions of record are check-worthy without a figure
  (hundred-fifty-ninth, two-hundred-and-fourth, three-hundred-and-twenty-sixth,
  three-hundred-and-fifty-eighth): Werbizki's and Verbytskyi's refusal to sign away
  territory, the Kremlin's demand for all of the Zaporizhzhia region, Moscow's demand that
  Kyiv stop its drone attacks on refineries, the Kremlin's rejection of the European paper
  in both languages („Der Kreml wies ... zurück.“, "saw no place for the EU paper"),
  "Briantsev denied a Hungarian media report that ..." (three-hundred-and-fifty-eighth:
  "Zarubin denied"), the Kremlin's no to a presidents' summit in both languages and its
  condition in quotes („erst am Ende, nicht am Anfang“, "at the end, not at the beginning";
  hundred-forty-second: a condition being a position), Berlin's readiness and the
  Bundestag's mandate in both languages (three-hundred-and-twenty-fourth: a stated readiness
  with a named instrument), Kyiv's referendum condition in both languages, also as a quote
  ("Only the people can decide on the borders of this country"; three-hundred-and-twenty-
  sixth: the referendum condition), and the senator's announced bill (an announced step,
  two-hundred-and-fourth). "Briantsev dismissed talk of a freeze ... as "speculation ..."" is
  a label and a negative (three-hundred-and-fifty-eighth: "dismissed the figures as ...").
- Quotes that repeat a figure (the issue: "100 Mal"; three-hundred-and-twenty-sixth): „„Wir
  haben den Amerikanern mindestens 20 Mal erklärt, dass dieses Gebiet zu Russland gehört“,
  sagte Brjanzew.“ and its AFP twin ("at least 20 times") are positions of record,
  check-worthy with count 20 "at_least" and the speaker as spelled; '"Seventeen points are
  done, four are not," said Arseny Kolchin, ...' is a tally of record in quotes with 17 and
  4 (three-hundredth: a number word opening the row reads as digits would).
- Meetings, rounds, days of talks, calls, swaps and attacks are ordinals (the issue: "das
  sechste Treffen", "zum zweiten Mal"; three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth): „das zwölfte Treffen der
  beiden“ and "their 12th" 12 („der beiden“ none), "their 16th call" 16, „das erste Treffen
  in diesem Format“ 1, „die erste Runde der Vierergespräche“ and "the first round of four-way
  talks" 1 with 4, „Am ersten Verhandlungstag“ 1, „am zweiten Verhandlungstag“, "on the
  second day of the summit" and "on the second day" 2, „Am dritten und letzten
  Verhandlungstag“ 3 („und letzten“ adds nothing, three-hundred-and-forty-ninth), „zum 76.
  Gefangenenaustausch“, "The swap would be the 76th of a war ..." and "in 76th exchange of
  the war" 76, „der 76. seit Kriegsbeginn“ 76 (the elliptic ordinal,
  three-hundred-and-forty-ninth: „..., die zweite“; three-hundred-and-fifty-eighth: „Die
  erste hatte ...“), „zum 13. Mal“ and "a 13th meeting" 13, „der sechste großangelegte
  Angriff“ and "for the sixth time this month" 6 (three-hundred-and-forty-ninth: "for the
  fourth time this month"), „eine zweite Runde der Vierergespräche“ and "a second round of
  the four-way talks" 2 with 4, „Seit dem ersten Treffen“ and "Since Alcorn's first Kremlin
  meeting" 1. New: „Die elfte und zwölfte Runde der Expertengespräche“ and "their 11th and
  12th rounds of talks" give both ordinals, 11 and 12 - the noun written once serves the
  earlier ordinal, as a unit written once serves the earlier figure
  (three-hundred-and-thirty-third, three-hundred-and-fifty-sixth) and as "in the 34th and
  71st minutes" gave both (two-hundred-and-first). Formats are counted: „Vierergespräche“
  four times and "four-way talks" twice are 4, as „Dreiergespräche“ 3 (fourteenth,
  three-hundred-and-twenty-sixth), „Zweiergespräch“ 2 (three-hundred-and-fifty-eighth) and
  „eine Viererkoalition“ 4 (two-hundred-and-thirty-fifth); „den vier Delegationen“ 4, "the
  two presidents" twice and "the two leaders" 2 (three-hundred-and-twenty-sixth), "two
  administration officials", "two people familiar with the text" and "two people briefed on
  the talks" 2 (hundred-fifty-ninth); „die beiden Präsidenten“, „der beiden“, „auf beiden
  Seiten“, „beider Delegationen“, "Both sides", "both delegations", "the sides" and „die
  Präsidenten“ carry none. Repetitions are counts (the issue: "viermal", "100 Mal"):
  "rewritten three times" 3, „dreimal“ and "three times this year" 3, „zwölfmal“ 12, „16 Mal“
  and "have spoken 16 times" 16, "12 sessions" 12. „Punkt für Punkt“ counts nothing
  (three-hundred-and-forty-ninth: „Absatz für Absatz“); „erneut“, "again", "once more",
  "final", „letzten“, "next" and „nächste“ carry no ordinal (three-hundred-and-fifty-eighth).
- Hours of talks and other spans are durations (the issue: "fünfstündigen Treffen";
  three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth): „In dem fünfstündigen Gespräch“ and "a five-hour meeting"
  5 hours, „zu einem zweieinhalbstündigen Abendessen“ 2.5 hours (hundred-twentieth:
  „zweieinhalbstündigen“), „gut achteinhalb Stunden“ and "more than eight and a half hours"
  8.5 "over" (three-hundred-and-forty-ninth: „gut sechseinhalb Stunden“), „einem
  40-minütigen Vier-Augen-Gespräch“ and "met for 40 minutes" 40 minutes, „knapp sechs
  Stunden“ and "nearly six hours" 6 "nearly", „einen elfstündigen Verhandlungsmarathon“ and
  "an 11-hour final session" 11 hours, „ein weiteres, knapp zweistündiges Gespräch“ 2 hours
  "nearly" (the hedge inside the compound's phrase, hundred-sixteenth: „knapp
  neunstündigen“), "for about 90 minutes" 90 minutes "about", „Binnen 72 Stunden“ 72 hours
  („Binnen“ no hedge). New: "a two-and-a-half-hour dinner" is 2.5 hours - the hyphenated
  English compound reads as „zweieinhalbstündig“ and as "for five and a half hours" 5.5
  (three-hundred-and-twenty-sixth). New: "an hour-long phone call" and „in einer
  mehrstündigen Sitzung“ carry no duration - neither writes a figure, as „eine Stunde“ and "a
  year" give none (ninety-third, three-hundredth) and "hours before" none
  (three-hundred-and-fifty-eighth), while „ein einstündiges Abendessen“ names one
  (three-hundred-and-twenty-sixth); both rows stay check-worthy without a figure. New: "a
  one-on-one meeting lasting nearly two hours" is 2 hours "nearly" and counts nothing -
  "one-on-one" is the English „unter vier Augen“ and „Vier-Augen-Gespräch“, which count
  nothing (two-hundred-and-seventieth, three-hundred-and-forty-ninth; here „unter vier
  Augen“ and „Vier-Augen-Gespräch“ once each). Days, weeks, months and years: „auf drei Tage
  angesetzt“, "scheduled to run for three days", „Nach drei Tagen in Budapest“, „eine
  dreitägige Runde“ and "a three-day round" 3 days, „eine 20-tägige Waffenruhe“ and "a 20-day
  halt" 20 days, „von mindestens 45 Tagen“ and "at least 45 days" 45 "at_least", "within 45
  days" and "the 45-day target" 45 ("within", "target" no hedge,
  three-hundred-and-fifty-eighth), „nach 17 Tagen“ and "after 17 days" 17, "within 120 days"
  120, „Zwei Tage nach der Einigung“ and "two days after agreeing the swap" 2 days
  (two-hundred-and-seventy-sixth: "two years after the previous scheme collapsed"), „binnen
  vier Wochen“ and "within four weeks" 4 weeks, „in frühestens drei Wochen“ and "in three
  weeks at the earliest" 3 weeks with no hedge (three-hundred-and-twenty-sixth: "at the
  earliest" bounds a point in time, not the span), „knapp zehn Monate“ and "nearly 10 months
  ago" 10 months "nearly", "in three stages over four years" 3 and 4 years ("over" before a
  span no hedge), „eines zweijährigen Einsatzes“ and "a two-year mission" 2 years. None: „im
  vergangenen Sommer“, "last autumn", „im Herbst“, „im März“, "in March", "in January", "in
  February", "since February", "Since January", „seit Jahresbeginn“, "this year", „in
  diesem Jahr“, „in diesem Monat“, "this month", "this week", „in dieser Woche“, "next week",
  „in der kommenden Woche“, „vor dem Sommer“, "before the summer", "the summer", „über das
  orthodoxe Osterfest“, "over the Orthodox Easter holiday", "in a year", „noch am selben
  Abend“, „bis Donnerstagabend“, "until Thursday night", „Am Vorabend“, "on the eve",
  weekdays and their compounds („am Sonntagabend“, „in der Nacht zum Montag“, „Am
  Montagvormittag“, „in der Nacht zum Donnerstag“, „in der Nacht zum Freitag“, "on Sunday
  night", "on Thursday morning", "on Thursday night", "overnight") and „am Morgen“.
- Points of drafts (the issue: "28-Punkte-Entwurf"; three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth): „21-Punkte-Plan“ twice and
  "The 21-point plan" 21 (the figure heading a hyphenated compound, hundred-fifteenth),
  „Neun-Punkte-Papier“ and "a nine-point European paper" 9, „Sechs-Punkte-Memorandum“ and "a
  six-point memorandum" 6 (two-hundred-and-forty-fourth: „Zehn-Punkte-Plan“ 10), „Bei 14 der
  21 Punkte ..., bei fünf weiteren“ and "14 of the plan's 21 points, with five more" 14, 21
  and 5 („weiteren“, "more" no hedge), „Bei 17 der 21 Punkte“, „17 der 21 Punkte“ and "17 of
  the 21 points" (twice) 17 and 21 (a definite group, forty-first), „von den 21 Punkten seien
  17 ..., bei den übrigen vier“ and "Seventeen of the 21 points ..., the remaining four" 21,
  17 and 4 ("remaining" no hedge), „Sieben der neun Punkte“ and "Seven of its nine points" 7
  and 9, "which ran to 26 points" 26, "now 21 points long" 21. A numbered point is a
  reference and carries none, the row check-worthy without a figure for what it states
  (sixty-eighth: "Point 21 of the draft"; hundred-first: „Punkt 12 des überarbeiteten
  Entwurfs“): „Punkt 17 regelt ..., Punkt 18 ...“, "Point 17 of the draft covers ...",
  "Point 9 of the draft, which deals with the plant, has been rewritten three times" (3 for
  the repetition). Named points still in dispute are check-worthy (two-hundred-and-ninth):
  „Strittig blieben vor allem ...“, "remained in dispute", „Offen seien neben der Gebietsfrage
  noch ...“, "also remained open", „Über die Obergrenze sei ... nicht abschließend gesprochen
  worden“, "had not been settled".
- Shares of territory and of people are fractions (the issue: "ein Fünftel", "drei Viertel",
  "two-fifths"; three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth): „rund drei Viertel des Gebiets“ and "roughly
  three-quarters" 0.75 "about", „Das verbleibende Viertel“ and "the remaining quarter" 0.25
  („Das verbleibende“, "remaining" no hedge), „knapp drei Fünftel der Fläche“ and "nearly
  three-fifths" 0.6 "nearly", "less than three-quarters" 0.75 "under", „ein knappes Fünftel
  der Ukraine“ 0.2 "nearly" (three-hundred-and-forty-ninth) and "just under a fifth" 0.2
  "under" (hundred-ninety-third), „Nur etwa jeder Fünfte“ and "Only about one in five" 0.2
  "about" („Nur“, "Only" no hedge), „Zwei Fünftel der Befragten“ and "Two-fifths of
  respondents" 0.4 (the issue's "two-fifths"; three-hundred-and-fifty-eighth: "Two in
  five"), „Drei von vier Befragten“ 0.75 (tenth) and "Three in four" 0.75
  (three-hundred-and-twenty-sixth), „ein gutes Zehntel der Fläche“ 0.1 "over" (the inflected
  „gut“ before the share, three-hundred-and-fifty-eighth: „Das verbleibende gute Fünftel“).
  New: „Russland halte nicht einmal drei Viertel des Gebiets“ is 0.75 "under" - „nicht
  einmal“ ("not even") denies that the share reaches three quarters and so bounds it from
  above as its twin "less than three-quarters" does, unlike „nicht mehr als drei Viertel“,
  which allows the bound itself ("at_most", three-hundred-and-twenty-sixth). New: "a little
  over a tenth of the Kharkiv region" is 0.1 "over" - "over" right before the share is the
  hedge and "a little" qualifies it as "just" does in "just under half" (three-hundredth).
- Counts otherwise (three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth): prisoners („jeweils 250 Kriegsgefangene“ twice, "250
  prisoners of war apiece", "250 prisoners of war each" and "250 prisoners each" 250 -
  „jeweils“, "each" and "apiece" no hedge, two-hundred-and-fifty-first: "apiece" -, „31
  Schwerverletzte“, "31 badly wounded soldiers", „31 Schwerverletzte sowie neun Zivilisten“
  and "31 seriously wounded servicemen and nine civilians", „mehr als 7.100 Ukrainer“ and
  "more than 7,100 Ukrainians" "over", "with Ukraine due to receive 1,000 and Russia 43" -
  the noun left out after the figures, two-hundred-and-seventieth -, „von 43 russischen
  Soldaten ... 1.000 Leichen“, "recovered 1,000 bodies ... and returned 43"). New: „Der
  Austausch im Format 250 gegen 250“ gives 250 twice - each side's number joined by „gegen“,
  the German form of "300-for-300" (three-hundred-and-fifty-eighth); the headline "Russia,
  Ukraine swap 250 prisoners each in 76th exchange of the war" states an event and is
  check-worthy with 250 and 76 (three-hundred-and-fifty-eighth). Drones, missiles and
  casualties („241 Drohnen und zwölf Raketen“, „207 Drohnen und acht Raketen“, „163 Drohnen
  und 17 Marschflugkörper, von denen 139 Drohnen und elf Marschflugkörper“ and their English
  twins, „drei Menschen getötet und mindestens 22 verletzt“ and "Three people were killed and
  at least 22 wounded" with the hedge on the second only); households („etwa 160.000
  Haushalte“, "About 160,000 households" "about"); police and staff („rund 2.400 Beamtinnen
  und Beamte“, "about 2,400 police officers" "about", „30 Dolmetscherinnen und Dolmetscher“,
  „vier Hotels“, „einer 18-köpfigen Delegation“ 18 - three-hundred-and-fifty-eighth:
  „einer 14-köpfigen Delegation“ -, „in zwei Arbeitsgruppen“ and "two working groups" 2);
  zones („mit einem Radius von 1,5 Kilometern“ 1.5, "a radius of 1.5 kilometers (0.9
  miles)" 1.5 and 0.9, „von beiderseits zehn Kilometern“ 10, "10 km (6 miles) back on each
  side" 10 and 6 - two-hundred-and-seventieth: "15 km (9 miles)"; „beiderseits“, "on each
  side" none); troops and caps („bis zu 3.500 Soldatinnen und Soldaten“ and "up to 3,500
  troops" "up_to", „16.000 bis 20.000 Soldaten aus zwölf europäischen Staaten“ 16,000,
  20,000 and 12 with no hedge, „auf 600.000 Soldaten begrenzt ..., eine Obergrenze von
  500.000“ - „ursprünglich“, „Obergrenze“ no hedge -, "limited to 600,000 troops, between
  the 500,000 Moscow has sought and the 800,000 Kyiv wants" three counts with no hedge -
  three-hundred-and-twenty-sixth: "between the 450,000 Moscow wants and Europe's 700,000" -,
  „höchstens 500.000 Mann“ and "no more than 500,000 troops" "at_most"); "from up to 15
  countries" "up_to", "in three stages" 3 (three-hundredth: "in three steps"), "about 1.8
  gigawatts" 1.8 "about" (three-hundred-and-fifty-eighth: "about 2.3 gigawatts"), "12
  sessions".
- Percentages and money: the poll's „69 Prozent“ and „noch 74 Prozent“ („noch“ no hedge),
  "Sixty-nine percent" 69 (three-hundredth) and "down from 74%" 74 ("down from" no hedge),
  the margins „bei höchstens 3,4 Prozentpunkten“ and "no more than 3.4 percentage points"
  3.4 "pp" "at_most" (three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth); money
  in the currency written: „rund 1,3 Milliarden Forint“ 1,300,000,000 HUF "about"
  (two-hundred-and-seventeenth: „389,20 Forint“ HUF; ninetieth: "forint"), "about 1.3 billion
  forints ($3.6 million)" HUF "about" and USD with the converted sum in brackets and no hedge
  (three-hundred-and-fifty-eighth), "$120 billion" USD, „rund 110 Milliarden Euro“ EUR
  "about", „rund 2,6 Milliarden Euro“ and "about 2.6 billion euros" EUR "about", „bis zu 2,5
  Millionen Franken“ and "up to 2.5 million Swiss francs" CHF "up_to"; „beziffert“,
  „veranschlagt“, „schätzt“ and "put" are no verbs of saying.
- Years and dates: „im Februar 2022“, „Seit Februar 2022“, "in February 2022" and "since
  February 2022" the years, „die 2014 annektierte Krim“ 2014; „zwischen dem 2. und dem 8.
  April 1.006 Erwachsene“ two dates and the count apart (three-hundred-and-fifty-eighth:
  „zwischen dem 14. und dem 21. Januar 1.017 Erwachsene“), "on March 30" --03-30, "on April
  22" --04-22; Reuters and AFP English datelines with a day ("MOSCOW, April 12 (Reuters)",
  "KYIV, April 12 (AFP)", "BUDAPEST, April 13 (Reuters)", "MOSCOW, April 13 (AFP)",
  "BUDAPEST, April 14 (Reuters)", "KYIV, April 14 (AFP)", "ODESA, April 15 (AFP)", "BUDAPEST,
  April 15 (Reuters)", "BERLIN, April 15 (Reuters)", "KYIV, April 16 (Reuters)", "MOSCOW,
  April 16 (AFP)", "GENEVA, April 16 (AFP)", "WASHINGTON, April 16 (Reuters)") dates without
  a year (hundred-fifty-ninth, three-hundred-and-fifty-eighth); dpa (also "Moskau/Budapest"),
  APA, APA/dpa/AFP, Reuters German, AFP German, Keystone-SDA and AP ("BUDAPEST,
  Hungary (AP) —" three times, "WASHINGTON (AP) —" twice, "MOSCOW (AP) —", "KYIV, Ukraine
  (AP) —" twice) datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly" "about";
  „knapp“, „knappes“, „knapp“ inside a phrase before a compound, "nearly" "nearly"; „gut“,
  „gutes“, „mehr als“, "more than", "a little over" "over"; "less than", "just under",
  „nicht einmal“ "under"; „mindestens“, "at least" "at_least"; „bis zu“, "up to" "up_to";
  „höchstens“, "no more than" "at_most". No hedge: „jeweils“, "each", "apiece", „Nur“,
  "Only", „noch“, „weiteren“, "more" after a figure, „Insgesamt“, „bereits“,
  „ursprünglich“, „Obergrenze“, "limited to", "between", „Binnen“, „binnen“, "within",
  "target", „frühestens“, "at the earliest", „Das verbleibende“, "remaining", "down from",
  „beiderseits“, "on each side", the „bis“ of a range, "over" before a span, and „Rund um“
  before a place.
- Check-worthy without a figure (hundred-fifty-ninth, three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth): the envoy received in the
  Kremlin, the Security Council's session, the points in dispute in both languages, the
  president's hour-long call, Congress and lawmakers without the text (twice), the delegation
  heads, the refusals to sign away territory in both languages, the return of deported
  children and the swap on the agenda, the Kremlin's demand for the whole region, the denial
  of the Hungarian report, Qatar as mediator in both languages, no rapprochement on
  territory, Moscow's condition on refineries, the poll's majority against giving up land,
  Vienna's offer to Budapest, the numbered points of the draft in both languages, the EU
  paper's differences in both languages and the Kremlin's rejection in both languages, the
  attack on the grid, the open points and the army cap not settled in both languages, no
  joint statement, the summit refusal and its condition in both languages, Berlin's
  Bundestag mandate in both languages, the senator's bill and Kyiv's referendum condition in
  four rows.
- Speakers, checked only in forms the earlier batches settled: German „sagte X“ with the
  title, the time, the occasion, the place and the audience dropped („sagte Kremlberater
  Timofej Lytschagin in der Nacht zum Montag vor Journalisten“ and „... in der Nacht zum
  Freitag“ -> "Timofej Lytschagin", three-hundred-and-fifty-eighth: „sagte Kremlberater
  Gennadi Worobjow in der Nacht zum Montag vor Journalisten“; „sagte
  Außenministeriumssprecherin Zsófia Kerekes-Varga“; „sagte Kremlsprecher Witali Brjanzew am
  Dienstag“; „sagte Kremlsprecher Witali Brianzew in Moskau“; „sagte der ukrainische
  Chefunterhändler Hryhorij Werbyzkyj“, two-hundred-and-ninth: „sagte der ukrainische
  Chefunterhändler Denis Gawriljuk“; „sagte Außenministeriumssprecher Leonhard Sattlegger am
  Mittwoch“; „sagte Regierungssprecher Jens Uhlenbrock am Donnerstag“; „sagte
  Menschenrechtsbeauftragte Solomija Kyryljuk“; „sagte EDA-Sprecherin Mirjam
  Tschudin-Roth“), the surname after a paraphrase or a quote as written („sagte Werbyzkyj“,
  „sagte Brjanzew“ after a quote with a figure, „sagte Lindvall am Mittwoch vor
  Journalisten“; ninety-fifth, three-hundred-and-twenty-sixth), "X sagte, ..." opening the
  row („Dorosch sagte“, „Grigori Werbizki sagte vor Beginn der Sitzung“; hundred-twenty-
  second), „so X“ the surname („so Litschagin“; ninety-third), „X zufolge“ the surname
  („Koltschin zufolge“; hundred-forty-second), „teilte der Koordinierungsstab für
  Kriegsgefangene am Freitag in Kiew mit“ -> "der Koordinierungsstab für Kriegsgefangene"
  (hundred-first; the weekday and the place dropped, hundred-fourteenth and
  hundred-seventeenth). New: „sagte Koltschin, der die russische Delegation leitet“ ->
  "Koltschin" - a relative clause after the name is dropped as the apposition after "said
  Priya Ranganathan, chief investment officer at Loxley Capital" was
  (three-hundred-and-fifty-sixth), while a subject parted from its verb by such a clause
  stays unchecked ("Kolchin, who heads Russia's delegation, said ..."; two-hundred-and-
  forty-fourth: "Ilse Verbruggen, who heads ..., said"). New: „Laut Brjanzew haben ...“ ->
  "Brjanzew" - „laut“ before a person's name is read as before a body's („laut OeNB“,
  hundred-thirty-ninth; „Laut Verivox“, two-hundred-and-fourteenth) and as „X zufolge“,
  while every English "according to" stays unchecked (two-hundred-and-fourth). English: the
  name with the title and "told reporters" dropped ("Kremlin foreign policy aide Timofei
  Lychagin told reporters", "Press secretary Meredith Causey told reporters", "Kremlin
  spokesman Vitali Briantsev told reporters", "Lindvall told reporters"; hundred-fortieth,
  three-hundred-and-fifty-eighth), "Kremlin spokesman Vitaly Bryantsev said", "Kremlin aide
  Timofey Lichagin said Friday", "human rights commissioner Solomiia Kyryliuk said", "...,
  government spokesman Jens Uhlenbrock said on Thursday." (three-hundred-and-fifty-eighth),
  "Briantsev said" after a quote with a figure and "Farnsworth said" as written
  (three-hundred-and-forty-ninth: "Kovalyshyn said"), the name in apposition ("Ukraine's
  chief negotiator, Hryhoriy Verbytskyi, told reporters", "..., Ukraine's chief negotiator,
  Hryhoriy Verbytsky, told The Associated Press." - the addressee dropped,
  hundred-fifty-ninth), a quote followed by "said Arseny Kolchin, Russia's deputy foreign
  minister" the name (three-hundred-and-fifty-sixth: "said Priya Ranganathan, ..."), "...,
  the Kremlin said." and "The Kremlin said Tuesday that ..." -> "the Kremlin" and "..., the
  White House said." -> "the White House" (hundred-fortieth, three-hundred-and-fifty-
  eighth). Each row's spelling of a transliterated name is its speaker, also inside one
  merged APA story (three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth): „Grigori Werbizki sagte“ -> "Grigori Werbizki" beside
  „sagte Werbyzkyj“ -> "Werbyzkyj" in the opening story, „sagte Kremlberater Timofej
  Lytschagin“ -> "Timofej Lytschagin" beside „so Litschagin“ -> "Litschagin" on the last day;
  "Witali Brjanzew" (Reuters German) beside "Witali Brianzew" (AFP German), "Vitaly
  Bryantsev" (AP) beside "Vitali Briantsev" (AFP English), "Timofei Lychagin" (Reuters) beside
  "Timofey Lichagin" (AFP English), "Hryhoriy Verbytskyi" (Reuters) beside "Hryhoriy
  Verbytsky" (AP); no row's spelling is normalised to another's. Left unchecked (None): all
  negatives, also those with a named speaker; roles and pronouns („sagte der Berater“,
  „fügte er hinzu“, „fügte sie hinzu“, „sagte ein Sprecher des ukrainischen Generalstabs“,
  „sagte eine Soziologin des Instituts“, „sagte der Sprecher“, „sagte der
  Chefunterhändler“, „nach seinen Worten“, "he said", "she said", "it said", "He said", "a
  Ukrainian delegate said", "a Senate aide said", "a White House official said", "a
  Democratic aide said", "Ukraine's chief negotiator said Friday"), anonymous, plural and
  adjectival sources („nach Kreml-Angaben“, „nach Angaben aus Moskau“, „hieß es aus dem
  Ministerium“, „In Kiew hieß es“, „nach Angaben aus Verhandlungskreisen“, „nach Angaben aus
  Delegationskreisen“, „verlautete aus der ukrainischen Delegation“, „verlautete aus der
  russischen Delegation“, „nach Angaben aus der Delegation“, „nach Angaben beider
  Delegationen“, „nach eigenen Angaben“, „nach ukrainischen Angaben“, „nach Angaben des
  ungarischen Außenministeriums“, „teilte die ukrainische Luftwaffe mit“, "two
  administration officials said", "officials said", "regional officials said", "diplomats
  said", "two people familiar with the text said", "two people briefed on the talks said",
  "both delegations said", "Ukraine's air force said", "Ukrainian officials put", "They
  say", "the Kremlin says" - the present -), a description before the name („teilte der
  Netzbetreiber Ukrenergo mit“, "grid operator Ukrenergo said"; fortieth), polls, estimates
  and documents („wie das Kiewer Internationale Institut für Soziologie am Mittwoch
  mitteilte" - a poll and its institute, three-hundred-and-twenty-sixth -, „nach westlichen
  Schätzungen“, "by Western estimates", "Defence ministry estimates put", „beziffert das
  ungarische Außenministerium“, „veranschlagt das Verteidigungsministerium“, „schätzt der
  Bund“, "The Hungarian government put", "under the plan"; hundred-tenth), every "according
  to" ("according to the Hungarian hosts", "according to a Ukrainian delegate", "according
  to a Kyiv International Institute of Sociology poll", "according to the draft", "according
  to Ukraine's air force"; two-hundred-and-fourth), verbs that are not of saying („lehnt ...
  ab“, „wies ... zurück“, „hat ... zur Bedingung gemacht“, "denied", "ruled out",
  "rejected"), and - to keep the checked speakers near 35, as the
  three-hundred-and-forty-ninth and three-hundred-and-fifty-eighth batches did - „so
  Lytschagin“ twice, „sagte Lytschagin“ on the 13th visit, „Kremlberater Timofej Lytschagin
  sagte“ on Friday, „nach Angaben des Ministeriums“, „nach Angaben der Gebietsverwaltung“,
  „nach Angaben der Luftwaffe“, „so Brjanzew“, „sagte Kremlsprecher Witali Brjanzew am
  Donnerstag“, „so Werbyzkyj“, „sagte Werbyzkyj im ukrainischen Fernsehen“, „so Sattlegger“,
  „so Kyryljuk“, "Lychagin said" on the dinner, "Kremlin aide Timofei Lychagin said" on the
  open points, "Verbytsky said" on the bodies, "Hryhoriy Verbytsky told The Associated Press"
  on the referendum, "Kremlin spokesman Vitaly Bryantsev said" on the summit, "Lichagin said"
  on the 500,000, "The White House said on Friday", "Press secretary Meredith Causey said" on
  the target, "the committee said" and "the coordination headquarters for prisoners of war
  said".
- Negatives (hundred-fortieth, hundred-fifty-ninth, two-hundred-and-fourth,
  three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth), none with a figure: headings of service pieces („Gipfel
  der Unterhändler in Budapest: Die wichtigsten Fragen und Antworten“, „Hintergrund: Was im
  amerikanischen Friedensplan steht“, „Analyse: Was vom Budapester Gipfel bleibt“,
  "FACTBOX-What the envoys are haggling over in Budapest", "ANALYSIS-In Budapest, envoys
  agree on almost everything except what matters most"; three-hundred-and-fifty-eighth),
  atmosphere labels („offen, sachlich und sehr inhaltsreich“ and its twin, "sober but not
  hopeless"), rhetoric and slogans in quotes (the pairs above, the Ukrainian delegate's
  "photo opportunity"), a dismissal as a label (above), labels from a party, a senator and
  opposition lawmakers (the FPÖ's „diplomatischem Wichtigtuertum ...“, Farnsworth's "a
  surrender with better stationery", "a blank cheque drawn on a peace ..."; hundred-
  sixteenth), an assessment lead joined to an evasion („sieht der Kreml eine Einigung ... in
  Reichweite, will sich aber auf keinen Zeitpunkt festlegen“; three-hundred-and-forty-ninth:
  a confidence lead), a verdict with „halten ... für“ (Hasenöhrl's „für wenig
  wahrscheinlich“; ninety-eighth) and his reported view told to the APA, diplomats' and
  analysts' views, forecasts and doubts without a figure („Westliche Diplomaten sehen darin
  ...“, „glaubt in Budapest kaum jemand“, "Diplomats in Budapest cautioned ...", "Few
  diplomats in Budapest expected ...", "Neither side appears ready ...", "Some diplomats
  privately doubt ..."), evasions and no-comment lines („wollte Werbyzkyj nicht sagen“,
  „ließ Werbyzkyj offen“, „Ich werde hier keine Termine erfinden.“, "I will not invent dates
  for you.", "We are not going to negotiate this in public", "Verbytsky declined to say
  whether ...", "There was no immediate comment from the White House.", "The Kremlin had no
  immediate comment ..."; fourteenth, hundred-fifty-ninth), an open question („Ob
  Washington den russischen Vorschlag unterstützt, blieb zunächst unklar.“;
  hundred-twenty-fourth), a mood lead in both languages and vox pops without figures (Hanna
  Kowal and Hanna Koval, the student Artem; hundred-ninety-third,
  three-hundred-and-fifty-eighth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_388 = [
    # --- Zwölftes Treffen im Kreml (dpa), Montag, 12. April ---
    ("de", "Moskau (dpa) - Der US-Sondergesandte Preston Alcorn ist am Sonntagabend vor dem Budapester Gipfel der Unterhändler erneut vom russischen Präsidenten empfangen worden.", True, [], None),
    ("de", "Es war nach Kreml-Angaben bereits das zwölfte Treffen der beiden seit Beginn von Alcorns Vermittlungsmission im vergangenen Sommer.", True, [("ordinal", 12, None, None)], None),
    ("de", "In dem fünfstündigen Gespräch sei der amerikanische 21-Punkte-Plan Punkt für Punkt durchgegangen worden, sagte Kremlberater Timofej Lytschagin in der Nacht zum Montag vor Journalisten.", True, [("duration", 5, "hour", None), ("count", 21, None, None)], "Timofej Lytschagin"),
    ("de", "Bei 14 der 21 Punkte gebe es inzwischen Einvernehmen, bei fünf weiteren seien nur noch Formulierungen offen, so Lytschagin.", True, [("count", 14, None, None), ("count", 21, None, None), ("count", 5, None, None)], None),
    ("de", "Das Gespräch sei „offen, sachlich und sehr inhaltsreich“ verlaufen, sagte der Berater.", False, [], None),
    ("de", "Strittig blieben vor allem der Verlauf der künftigen Demarkationslinie und wer künftig das Kernkraftwerk am Dnipro betreiben soll, fügte er hinzu.", True, [], None),
    ("de", "Vor dem Treffen hatten Alcorn und der Kremlchef nach Angaben aus Moskau zu einem zweieinhalbstündigen Abendessen zusammengesessen.", True, [("duration", 2.5, "hour", None)], None),
    ("de", "Am Montagvormittag beriet der Kremlchef nach Angaben aus Moskau in einer mehrstündigen Sitzung mit dem Sicherheitsrat über das Ergebnis.", True, [], None),
    # --- Twelfth Kremlin meeting (Reuters), April 12 ---
    ("en", "MOSCOW, April 12 (Reuters) - U.S. special envoy Preston Alcorn held a five-hour meeting with Russia's leader in the Kremlin on Sunday night, their 12th since the envoy took on the mediation role, the Kremlin said.", True, [("date", "--04-12", None, None), ("duration", 5, "hour", None), ("ordinal", 12, None, None)], "the Kremlin"),
    ("en", "Kremlin foreign policy aide Timofei Lychagin told reporters the sides had reached agreement on 14 of the plan's 21 points, with five more largely settled.", True, [("count", 14, None, None), ("count", 21, None, None), ("count", 5, None, None)], "Timofei Lychagin"),
    ("en", "Before the meeting, Alcorn and Russia's president sat down to a two-and-a-half-hour dinner, Lychagin said.", True, [("duration", 2.5, "hour", None)], None),
    ("en", '"It was open, businesslike and very rich in substance," Lychagin said of the talks.', False, [], None),
    ("en", "He said the future line of demarcation and control of the Zaporizhzhia nuclear plant remained in dispute.", True, [], None),
    ("en", "Point 9 of the draft, which deals with the plant, has been rewritten three times since February, two people familiar with the text said.", True, [("count", 3, None, None), ("count", 2, None, None)], None),
    ("en", "There was no immediate comment from the White House.", False, [], None),
    # --- Budapest rüstet sich (APA), 12. April ---
    ("de", "Gipfel der Unterhändler in Budapest: Die wichtigsten Fragen und Antworten", False, [], None),
    ("de", "Budapest (APA) - Für den am Dienstag beginnenden Gipfel der Sondergesandten bietet die ungarische Polizei nach eigenen Angaben rund 2.400 Beamtinnen und Beamte auf.", True, [("count", 2400, None, "about")], None),
    ("de", "Rund um den Tagungsort, den Várkert Bazár am Donauufer, gilt bis Donnerstagabend eine Sperrzone mit einem Radius von 1,5 Kilometern.", True, [("count", 1.5, None, None)], None),
    ("de", "Die Kosten für die Ausrichtung beziffert das ungarische Außenministerium auf rund 1,3 Milliarden Forint.", True, [("money", 1300000000, "HUF", "about")], None),
    ("de", "Es ist das erste Treffen in diesem Format, an dem neben Washington, Moskau und Kiew auch ein Gesandter der EU teilnimmt, sagte Außenministeriumssprecherin Zsófia Kerekes-Varga.", True, [("ordinal", 1, None, None)], "Zsófia Kerekes-Varga"),
    ("de", "„Budapest ist eine Stadt der Brücken, und genau das wollen wir in dieser Woche sein“, sagte Kerekes-Varga.", False, [], None),
    ("de", "Für die Vierergespräche stehen nach Angaben des Ministeriums 30 Dolmetscherinnen und Dolmetscher bereit.", True, [("count", 4, None, None), ("count", 30, None, None)], None),
    ("de", "Die Delegationen sind in vier Hotels auf der Pester Seite untergebracht, hieß es aus dem Ministerium.", True, [("count", 4, None, None)], None),
    # --- Budapest locks down (AP), April 12 ---
    ("en", "BUDAPEST, Hungary (AP) — Hungary is deploying about 2,400 police officers to guard the summit venue, a former royal garden complex below Buda Castle.", True, [("count", 2400, None, "about")], None),
    ("en", "A no-go zone with a radius of 1.5 kilometers (0.9 miles) will stay in place around the site until Thursday night.", True, [("count", 1.5, None, None), ("count", 0.9, None, None)], None),
    ("en", "The Hungarian government put the cost of hosting at about 1.3 billion forints ($3.6 million).", True, [("money", 1300000000, "HUF", "about"), ("money", 3600000, "USD", None)], None),
    # --- White House aim (AP), April 12 ---
    ("en", "WASHINGTON (AP) — The White House wants a ceasefire in place within 45 days of the Budapest summit, two administration officials said Monday.", True, [("duration", 45, "day", None), ("count", 2, None, None)], None),
    ("en", "Press secretary Meredith Causey told reporters the president had spoken with Alcorn in an hour-long phone call after the Kremlin meeting.", True, [], "Meredith Causey"),
    ("en", '"The president thinks the pieces are finally on the board," Causey said.', False, [], None),
    ("en", "The 21-point plan, which ran to 26 points when it was circulated in January, was trimmed after talks with Kyiv and European capitals.", True, [("count", 21, None, None), ("count", 26, None, None)], None),
    ("en", "The two presidents last spoke on March 30, their 16th call, the White House said.", True, [("count", 2, None, None), ("date", "--03-30", None, None), ("ordinal", 16, None, None)], "the White House"),
    ("en", "Congress has yet to see the revised text, a Senate aide said.", True, [], None),
    # --- Drohnen vor dem Gipfel (dpa), 12. April ---
    ("de", "Kiew (dpa) - Am Vorabend des Budapester Gipfels haben russische Streitkräfte in der Nacht zum Montag 241 Drohnen und zwölf Raketen auf die Ukraine gestartet.", True, [("count", 241, None, None), ("count", 12, None, None)], None),
    ("de", "Davon seien 207 Drohnen und acht Raketen abgefangen worden, teilte die ukrainische Luftwaffe mit.", True, [("count", 207, None, None), ("count", 8, None, None)], None),
    ("de", "In Saporischschja wurden nach Angaben der Gebietsverwaltung drei Menschen getötet und mindestens 22 verletzt.", True, [("count", 3, None, None), ("count", 22, None, "at_least")], None),
    ("de", "„Jede Drohne über Saporischschja ist Russlands eigentliche Antwort auf Budapest“, sagte Präsidialamtssprecherin Natalija Dorosch.", False, [], None),
    ("de", "Dorosch sagte, Chefunterhändler Hryhorij Werbyzkyj sei bereits am Sonntag mit einer 18-köpfigen Delegation nach Budapest aufgebrochen.", True, [("count", 18, None, None)], "Dorosch"),
    # --- Drones before the summit (AFP), April 12 ---
    ("en", "KYIV, April 12 (AFP) - Russia fired 241 drones and 12 missiles at Ukraine overnight on the eve of the Budapest summit, Ukraine's air force said Monday.", True, [("date", "--04-12", None, None), ("count", 241, None, None), ("count", 12, None, None)], None),
    ("en", "Air defences brought down 207 drones and eight missiles, it said.", True, [("count", 207, None, None), ("count", 8, None, None)], None),
    ("en", "Three people were killed and at least 22 wounded in the southern city of Zaporizhzhia, regional officials said.", True, [("count", 3, None, None), ("count", 22, None, "at_least")], None),
    ("en", '"Every drone over Zaporizhzhia is Russia\'s real answer to Budapest," presidential spokeswoman Nataliia Dorosh said.', False, [], None),
    # --- Auftakt im Várkert Bazár (APA/dpa/AFP), Dienstag, 13. April ---
    ("de", "Budapest (APA/dpa/AFP) - Im Budapester Várkert Bazár hat am Dienstag die erste Runde der Vierergespräche zwischen den Sondergesandten der USA, Russlands, der Ukraine und der EU begonnen.", True, [("ordinal", 1, None, None), ("count", 4, None, None)], None),
    ("de", "Der Gipfel ist nach Angaben des ungarischen Außenministeriums auf drei Tage angesetzt.", True, [("duration", 3, "day", None)], None),
    ("de", "Die russische Delegation wird von Vizeaußenminister Arseni Koltschin geleitet, Kiew wird von Chefunterhändler Hryhorij Werbyzkyj vertreten.", True, [], None),
    ("de", "Am ersten Verhandlungstag saßen die Gesandten nach Angaben aus Verhandlungskreisen gut achteinhalb Stunden zusammen.", True, [("ordinal", 1, None, None), ("duration", 8.5, "hour", "over")], None),
    ("de", "Grigori Werbizki sagte vor Beginn der Sitzung, Kiew werde kein Abkommen unterschreiben, das die Abtretung ukrainischen Gebiets festschreibe.", True, [], "Grigori Werbizki"),
    ("de", "„Wir sind nach Budapest gekommen, um einen Frieden zu verhandeln, nicht um ihn zu erbetteln“, sagte Werbyzkyj.", False, [], None),
    ("de", "In Budapest werde Kiew auch über die Rückkehr verschleppter Kinder sprechen, sagte Werbyzkyj.", True, [], "Werbyzkyj"),
    ("de", "Koltschin zufolge will Moskau in Budapest auch über einen weiteren Gefangenenaustausch sprechen.", True, [], "Koltschin"),
    ("de", "Am Abend kamen Koltschin und Werbyzkyj zu einem 40-minütigen Vier-Augen-Gespräch ohne die übrigen Delegationen zusammen.", True, [("duration", 40, "minute", None)], None),
    # --- Summit opens (Reuters), April 13 ---
    ("en", "BUDAPEST, April 13 (Reuters) - Envoys from Washington, Moscow, Kyiv and the European Union opened the first round of four-way talks in Budapest on Tuesday, a summit scheduled to run for three days.", True, [("date", "--04-13", None, None), ("ordinal", 1, None, None), ("count", 4, None, None), ("duration", 3, "day", None)], None),
    ("en", "Tuesday's sessions went on for more than eight and a half hours, according to the Hungarian hosts.", True, [("duration", 8.5, "hour", "over")], None),
    ("en", "Ukraine's chief negotiator, Hryhoriy Verbytskyi, told reporters Kyiv would sign nothing that wrote a loss of Ukrainian territory into law.", True, [], "Hryhoriy Verbytskyi"),
    ("en", "Verbytskyi and Deputy Foreign Minister Arseny Kolchin, who leads the Russian delegation, later met for 40 minutes without the other envoys, a Ukrainian delegate said.", True, [("duration", 40, "minute", None)], None),
    ("en", 'EU special envoy Katarina Lindvall described the mood as "sober but not hopeless."', False, [], None),
    ("en", "Diplomats in Budapest cautioned against expecting a breakthrough this week.", False, [], None),
    # --- Kreml zu Saporischschja (Reuters), 13. April ---
    ("de", "Moskau (Reuters) - Der Kreml hat zum Auftakt des Budapester Gipfels seine Forderung nach dem gesamten Gebiet Saporischschja bekräftigt.", True, [], None),
    ("de", "Russische Truppen kontrollierten dort bereits rund drei Viertel des Gebiets, sagte Kremlsprecher Witali Brjanzew am Dienstag.", True, [("fraction", 0.75, None, "about")], "Witali Brjanzew"),
    ("de", "Das verbleibende Viertel samt der Gebietshauptstadt müsse Kiew im Zuge einer Einigung aufgeben, so Brjanzew.", True, [("fraction", 0.25, None, None)], None),
    ("de", "„Wir haben den Amerikanern mindestens 20 Mal erklärt, dass dieses Gebiet zu Russland gehört“, sagte Brjanzew.", True, [("count", 20, None, "at_least")], "Brjanzew"),
    ("de", "Im Gebiet Cherson hält Russland nach Kreml-Angaben knapp drei Fünftel der Fläche.", True, [("fraction", 0.6, None, "nearly")], None),
    ("de", "In Kiew hieß es dagegen, Russland halte nicht einmal drei Viertel des Gebiets Saporischschja.", True, [("fraction", 0.75, None, "under")], None),
    ("de", "Im Gebiet Charkiw halten russische Truppen nach ukrainischen Angaben ein gutes Zehntel der Fläche.", True, [("fraction", 0.1, None, "over")], None),
    ("de", "Insgesamt kontrollieren russische Truppen nach westlichen Schätzungen ein knappes Fünftel der Ukraine, die 2014 annektierte Krim eingerechnet.", True, [("fraction", 0.2, None, "nearly"), ("year", 2014, None, None)], None),
    ("de", "Die Zahlen aus Moskau seien „Wunschdenken“, sagte ein Sprecher des ukrainischen Generalstabs.", False, [], None),
    # --- Kremlin on Zaporizhzhia (AFP), April 13 ---
    ("en", "MOSCOW, April 13 (AFP) - The Kremlin said Tuesday that Russian forces control roughly three-quarters of the Zaporizhzhia region and that Ukraine must hand over the rest under any deal.", True, [("date", "--04-13", None, None), ("fraction", 0.75, None, "about")], "the Kremlin"),
    ("en", 'Kremlin spokesman Vitali Briantsev told reporters the remaining quarter, including the regional capital, was "not a subject for bargaining."', True, [("fraction", 0.25, None, None)], "Vitali Briantsev"),
    ("en", '"We have told the Americans at least 20 times that this region belongs to Russia," Briantsev said.', True, [("count", 20, None, "at_least")], "Briantsev"),
    ("en", "In the Kherson region, Russian troops control nearly three-fifths of the territory, the Kremlin says.", True, [("fraction", 0.6, None, "nearly")], None),
    ("en", "Ukrainian officials put the Russian-held share of Zaporizhzhia at less than three-quarters.", True, [("fraction", 0.75, None, "under")], None),
    ("en", "They say Russia holds a little over a tenth of the Kharkiv region.", True, [("fraction", 0.1, None, "over")], None),
    ("en", 'Briantsev dismissed talk of a freeze along the current front as "speculation by people with no seat at the table."', False, [], None),
    ("en", "Briantsev denied a Hungarian media report that Moscow had sought a separate meeting with the EU envoy.", True, [], None),
    # --- Zweiter Tag, Austausch vereinbart (dpa), Mittwoch, 14. April ---
    ("de", "Budapest (dpa) - Russland und die Ukraine haben am zweiten Verhandlungstag in Budapest einen weiteren Gefangenenaustausch vereinbart.", True, [("ordinal", 2, None, None)], None),
    ("de", "Freikommen sollen auf beiden Seiten jeweils 250 Kriegsgefangene, unter ihnen 31 Schwerverletzte, sagte der ukrainische Chefunterhändler Hryhorij Werbyzkyj.", True, [("count", 250, None, None), ("count", 31, None, None)], "Hryhorij Werbyzkyj"),
    ("de", "Damit käme es zum 76. Gefangenenaustausch seit dem Beginn der russischen Großinvasion im Februar 2022.", True, [("ordinal", 76, None, None), ("year", 2022, None, None)], None),
    ("de", "Als Vermittler sei diesmal Katar aufgetreten, verlautete aus der ukrainischen Delegation.", True, [], None),
    ("de", "Am Mittwoch tagten die Gesandten knapp sechs Stunden im Plenum, danach berieten Militärexperten in zwei Arbeitsgruppen weiter.", True, [("duration", 6, "hour", "nearly"), ("count", 2, None, None)], None),
    ("de", "Ob auch eine Waffenruhe über die orthodoxen Osterfeiertage zur Sprache kam, wollte Werbyzkyj nicht sagen.", False, [], None),
    ("de", "Bei der Gebietsfrage habe es keine Annäherung gegeben, so Werbyzkyj.", True, [], None),
    # --- Swap agreed (AP), April 14 ---
    ("en", "BUDAPEST, Hungary (AP) — Russia and Ukraine agreed Wednesday to free 250 prisoners of war apiece, among them 31 badly wounded soldiers, on the second day of the summit in Budapest.", True, [("count", 250, None, None), ("count", 31, None, None), ("ordinal", 2, None, None)], None),
    ("en", "The swap would be the 76th of a war that began with Russia's all-out assault in February 2022, Ukraine's chief negotiator, Hryhoriy Verbytsky, told The Associated Press.", True, [("ordinal", 76, None, None), ("year", 2022, None, None)], "Hryhoriy Verbytsky"),
    ("en", "Qatar brokered the deal this time, he said.", True, [], None),
    ("en", "Both sides also agreed to return the bodies of fallen soldiers, with Ukraine due to receive 1,000 and Russia 43, Verbytsky said.", True, [("count", 1000, None, None), ("count", 43, None, None)], None),
    ("en", '"For those families, this matters more than any line on a map," Verbytsky said.', False, [], None),
    ("en", "The envoys spent nearly six hours in plenary before military experts broke off into two working groups, officials said.", True, [("duration", 6, "hour", "nearly"), ("count", 2, None, None)], None),
    # --- Energy truce offer (Reuters), April 14 ---
    ("en", "BUDAPEST, April 14 (Reuters) - Russia proposed at the Budapest summit a 20-day halt to strikes on energy facilities over the Orthodox Easter holiday, two people briefed on the talks said.", True, [("date", "--04-14", None, None), ("duration", 20, "day", None), ("count", 2, None, None)], None),
    ("en", "Kyiv is pushing for a truce of at least 45 days that would also cover ports, according to a Ukrainian delegate.", True, [("duration", 45, "day", "at_least")], None),
    ("en", "An energy moratorium agreed last autumn fell apart after 17 days.", True, [("duration", 17, "day", None)], None),
    ("en", "Since January, Russian attacks have knocked out about 1.8 gigawatts of Ukrainian generating capacity, grid operator Ukrenergo said.", True, [("count", 1.8, None, "about")], None),
    ("en", '"A truce that begins and ends with Easter is a photo opportunity, not a ceasefire," a Ukrainian delegate said.', False, [], None),
    ("en", "The Kremlin had no immediate comment on the Ukrainian demand.", False, [], None),
    # --- Moskau bietet Feiertags-Waffenruhe an (AFP), 14. April ---
    ("de", "Budapest (AFP) - Russland hat beim Budapester Gipfel eine 20-tägige Waffenruhe für Energieanlagen über das orthodoxe Osterfest angeboten.", True, [("duration", 20, "day", None)], None),
    ("de", "Die Ukraine müsse im Gegenzug ihre Drohnenangriffe auf russische Raffinerien einstellen, sagte Kremlsprecher Witali Brianzew in Moskau.", True, [], "Witali Brianzew"),
    ("de", "Kiew verlangt nach Angaben aus der Delegation eine Feuerpause von mindestens 45 Tagen.", True, [("duration", 45, "day", "at_least")], None),
    ("de", "Eine im Herbst vereinbarte Energie-Waffenruhe war nach 17 Tagen zusammengebrochen.", True, [("duration", 17, "day", None)], None),
    ("de", "Ob Washington den russischen Vorschlag unterstützt, blieb zunächst unklar.", False, [], None),
    # --- Umfrage in Kiew (dpa), 14. April ---
    ("de", "Kiew (dpa) - Eine klare Mehrheit der Ukrainerinnen und Ukrainer lehnt Gebietsabtretungen an Russland weiterhin ab.", True, [], None),
    ("de", "Gegen jeden Verzicht auf Territorium sprachen sich 69 Prozent aus, wie das Kiewer Internationale Institut für Soziologie am Mittwoch mitteilte, im Februar waren es noch 74 Prozent.", True, [("percent", 69, "%", None), ("percent", 74, "%", None)], None),
    ("de", "Nur etwa jeder Fünfte wäre bereit, für einen dauerhaften Frieden die Kontrolle über den Donbass aufzugeben.", True, [("fraction", 0.2, None, "about")], None),
    ("de", "Zwei Fünftel der Befragten rechnen mit einem Ende der Kämpfe noch in diesem Jahr.", True, [("fraction", 0.4, None, None)], None),
    ("de", "Drei von vier Befragten misstrauen nach eigenen Angaben jeder Zusage aus Moskau.", True, [("fraction", 0.75, None, None)], None),
    ("de", "Befragt wurden zwischen dem 2. und dem 8. April 1.006 Erwachsene, die Fehlerquote liegt bei höchstens 3,4 Prozentpunkten.", True, [("date", "--04-02", None, None), ("date", "--04-08", None, None), ("count", 1006, None, None), ("percent", 3.4, "pp", "at_most")], None),
    ("de", "„Die Menschen sind kriegsmüde, aber nicht zu jedem Preis verhandlungsbereit“, sagte eine Soziologin des Instituts.", False, [], None),
    # --- Poll (AFP), April 14 ---
    ("en", "KYIV, April 14 (AFP) - Sixty-nine percent of Ukrainians reject giving up any territory to Russia, down from 74% in February, according to a Kyiv International Institute of Sociology poll released on Wednesday.", True, [("date", "--04-14", None, None), ("percent", 69, "%", None), ("percent", 74, "%", None)], None),
    ("en", "Only about one in five would accept losing control of the Donbas in return for a lasting peace.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "Two-fifths of respondents expect the fighting to end this year.", True, [("fraction", 0.4, None, None)], None),
    ("en", "Three in four said they did not trust any promise from Moscow.", True, [("fraction", 0.75, None, None)], None),
    ("en", "The institute polled 1,006 adults, and its margin of error is no more than 3.4 percentage points.", True, [("count", 1006, None, None), ("percent", 3.4, "pp", "at_most")], None),
    # --- Reaktionen aus Wien (APA), 14. April ---
    ("de", "Wien (APA) - Österreich hat die Budapester Vierergespräche begrüßt und Wien erneut als Ort für ein mögliches Präsidententreffen ins Spiel gebracht.", True, [("count", 4, None, None)], None),
    ("de", "Man habe der ungarischen Seite bereits im März Unterstützung bei Logistik und Sicherheit angeboten, sagte Außenministeriumssprecher Leonhard Sattlegger am Mittwoch.", True, [], "Leonhard Sattlegger"),
    ("de", "Binnen 72 Stunden könne Wien die Hofburg für ein Gipfeltreffen bereitstellen, so Sattlegger.", True, [("duration", 72, "hour", None)], None),
    ("de", "„Österreich drängt sich nicht auf, aber wir stehen bereit“, sagte der Sprecher.", False, [], None),
    ("de", "Die FPÖ sprach von „diplomatischem Wichtigtuertum auf Kosten der Steuerzahler“.", False, [], None),
    ("de", "Der Wiener Politologe Wendelin Hasenöhrl hält einen Durchbruch in Budapest für wenig wahrscheinlich.", False, [], None),
    # --- FACTBOX (Reuters), April 14 ---
    ("en", "FACTBOX-What the envoys are haggling over in Budapest", False, [], None),
    ("en", "The U.S. draft, now 21 points long, would freeze the front line and set up a demilitarised zone reaching 10 km (6 miles) back on each side.", True, [("count", 21, None, None), ("count", 10, None, None), ("count", 6, None, None)], None),
    ("en", "In peacetime, Ukraine's armed forces would be limited to 600,000 troops, between the 500,000 Moscow has sought and the 800,000 Kyiv wants.", True, [("count", 600000, None, None), ("count", 500000, None, None), ("count", 800000, None, None)], None),
    ("en", "Unarmed monitors from up to 15 countries would patrol the zone, under the plan.", True, [("count", 15, None, "up_to")], None),
    ("en", "A reconstruction fund of $120 billion would draw partly on immobilised Russian central bank assets, according to the draft.", True, [("money", 120000000000, "USD", None)], None),
    ("en", "Sanctions would be eased in three stages over four years if Russia kept to the terms.", True, [("count", 3, None, None), ("duration", 4, "year", None)], None),
    ("en", "Elections in Ukraine would follow within 120 days of a ceasefire.", True, [("duration", 120, "day", None)], None),
    ("en", "Point 17 of the draft covers the return of Ukrainian children taken to Russia.", True, [], None),
    ("en", "Russia tabled a six-point memorandum of its own on the second day, diplomats said.", True, [("count", 6, None, None), ("ordinal", 2, None, None)], None),
    # --- Hintergrund zum Entwurf (dpa), 14. April ---
    ("de", "Hintergrund: Was im amerikanischen Friedensplan steht", False, [], None),
    ("de", "Der 21-Punkte-Plan sieht entlang der heutigen Front eine entmilitarisierte Pufferzone von beiderseits zehn Kilometern vor.", True, [("count", 21, None, None), ("count", 10, None, None)], None),
    ("de", "Die ukrainische Armee soll in Friedenszeiten auf 600.000 Soldaten begrenzt werden, Moskau hatte ursprünglich eine Obergrenze von 500.000 gefordert.", True, [("count", 600000, None, None), ("count", 500000, None, None)], None),
    ("de", "Punkt 17 regelt die Rückkehr verschleppter Kinder, Punkt 18 einen Austausch aller Gefangenen nach dem Grundsatz „alle gegen alle“.", True, [], None),
    ("de", "Für den Wiederaufbau ist ein Fonds von rund 110 Milliarden Euro vorgesehen, der sich zum Teil aus eingefrorenen russischen Vermögen speisen soll.", True, [("money", 110000000000, "EUR", "about")], None),
    # --- EU-Papier (Reuters), 14. April ---
    ("de", "Budapest (Reuters) - Die EU-Sondergesandte Katarina Lindvall hat in Budapest ein eigenes Neun-Punkte-Papier der Europäer vorgelegt.", True, [("count", 9, None, None)], None),
    ("de", "Sieben der neun Punkte deckten sich mit dem amerikanischen Entwurf, sagte Lindvall am Mittwoch vor Journalisten.", True, [("count", 7, None, None), ("count", 9, None, None)], "Lindvall"),
    ("de", "Abweichungen gebe es vor allem bei den Sicherheitsgarantien und beim Umgang mit den eingefrorenen russischen Staatsgeldern, fügte sie hinzu.", True, [], None),
    ("de", "„Ohne Europa wird es auf diesem Kontinent keinen haltbaren Frieden geben“, sagte Lindvall.", False, [], None),
    ("de", "Der Kreml wies das europäische Papier noch am selben Abend zurück.", True, [], None),
    # --- EU paper (AP), April 14 ---
    ("en", "BUDAPEST, Hungary (AP) — The European Union's special envoy, Katarina Lindvall, presented a nine-point European paper at the Budapest talks on Wednesday.", True, [("count", 9, None, None)], None),
    ("en", "Seven of its nine points match the U.S. draft, Lindvall told reporters.", True, [("count", 7, None, None), ("count", 9, None, None)], "Lindvall"),
    ("en", "The differences lie mainly in security guarantees and in what to do with frozen Russian state assets, she said.", True, [], None),
    ("en", "Kremlin spokesman Vitaly Bryantsev said Moscow saw no place for the EU paper in the talks.", True, [], "Vitaly Bryantsev"),
    ("en", '"Europe is at this table because the war is on its doorstep," Lindvall said.', False, [], None),
    # --- Angriff auf das Stromnetz (dpa), Donnerstag, 15. April ---
    ("de", "Kiew (dpa) - Ungeachtet der Budapester Gespräche hat Russland in der Nacht zum Donnerstag erneut das ukrainische Energienetz angegriffen.", True, [], None),
    ("de", "Es sei bereits der sechste großangelegte Angriff auf die Energieversorgung in diesem Monat, teilte der Netzbetreiber Ukrenergo mit.", True, [("ordinal", 6, None, None)], None),
    ("de", "Im Gebiet Odessa waren am Morgen etwa 160.000 Haushalte ohne Strom.", True, [("count", 160000, None, "about")], None),
    ("de", "Nach Angaben der Luftwaffe setzte Russland 163 Drohnen und 17 Marschflugkörper ein, von denen 139 Drohnen und elf Marschflugkörper abgeschossen wurden.", True, [("count", 163, None, None), ("count", 17, None, None), ("count", 139, None, None), ("count", 11, None, None)], None),
    ("de", "„Russland verhandelt am Tag und zerstört in der Nacht“, sagte Präsidialamtssprecherin Natalija Dorosch.", False, [], None),
    # --- Grid attack (AFP), April 15 ---
    ("en", "ODESA, April 15 (AFP) - Russian missiles and drones hit Ukraine's power grid overnight for the sixth time this month, even as Moscow's envoy sat at the table in Budapest.", True, [("date", "--04-15", None, None), ("ordinal", 6, None, None)], None),
    ("en", "About 160,000 households in the Odesa region had no electricity on Thursday morning, grid operator Ukrenergo said.", True, [("count", 160000, None, "about")], None),
    ("en", "Russia launched 163 drones and 17 cruise missiles, and air defences destroyed 139 drones and 11 of the missiles, according to Ukraine's air force.", True, [("count", 163, None, None), ("count", 17, None, None), ("count", 139, None, None), ("count", 11, None, None)], None),
    ("en", '"Russia talks by day and destroys by night," presidential spokeswoman Nataliia Dorosh said.', False, [], None),
    # --- Dritter und letzter Tag (APA/dpa/AFP), 15. April ---
    ("de", "Budapest (APA/dpa/AFP) - Am dritten und letzten Verhandlungstag haben die Sondergesandten in Budapest nach Angaben aus Delegationskreisen einen elfstündigen Verhandlungsmarathon absolviert.", True, [("ordinal", 3, None, None), ("duration", 11, "hour", None)], None),
    ("de", "Bei 17 der 21 Punkte sei man sich nun einig, sagte Kremlberater Timofej Lytschagin in der Nacht zum Freitag.", True, [("count", 17, None, None), ("count", 21, None, None)], "Timofej Lytschagin"),
    ("de", "Offen seien neben der Gebietsfrage noch das Atomkraftwerk Saporischschja, die Zukunft der Schwarzmeerhäfen und die Obergrenze für die ukrainische Armee, so Litschagin.", True, [], "Litschagin"),
    ("de", "Über die Obergrenze sei in Budapest nicht abschließend gesprochen worden, sagte Koltschin, der die russische Delegation leitet.", True, [], "Koltschin"),
    ("de", "Die Gesandten wollen sich nach Angaben beider Delegationen binnen vier Wochen erneut treffen, einen Ort nannten sie nicht.", True, [("duration", 4, "week", None)], None),
    ("de", "„Wir sind näher am Ziel als je zuvor, aber noch nicht angekommen“, sagte Litschagin.", False, [], None),
    ("de", "Koltschin und Werbyzkyj führten am Rande des Gipfels ein weiteres, knapp zweistündiges Gespräch unter vier Augen.", True, [("duration", 2, "hour", "nearly")], None),
    # --- Summit ends (Reuters), April 15 ---
    ("en", "BUDAPEST, April 15 (Reuters) - The Budapest summit ended on Thursday after an 11-hour final session, with agreement on 17 of the 21 points in the U.S.-drafted plan but no deal on territory.", True, [("date", "--04-15", None, None), ("duration", 11, "hour", None), ("count", 17, None, None), ("count", 21, None, None)], None),
    ("en", '"Seventeen points are done, four are not," said Arseny Kolchin, Russia\'s deputy foreign minister.', True, [("count", 17, None, None), ("count", 4, None, None)], "Arseny Kolchin"),
    ("en", "Kolchin, who heads Russia's delegation, said the ceiling for Ukraine's army had not been settled.", True, [], None),
    ("en", "The nuclear plant and the Black Sea ports also remained open, Kremlin aide Timofei Lychagin said.", True, [], None),
    ("en", '"We have never stood this close to the finish, and still we are not across it," Lychagin told reporters.', False, [], None),
    ("en", "The envoys plan to meet again within four weeks, both delegations said.", True, [("duration", 4, "week", None)], None),
    ("en", "Kolchin and Verbytskyi also held a one-on-one meeting lasting nearly two hours on the sidelines, a Ukrainian delegate said.", True, [("duration", 2, "hour", "nearly")], None),
    ("en", "No joint statement was issued.", True, [], None),
    ("en", "Few diplomats in Budapest expected the next round to close the gap on territory.", False, [], None),
    # --- Kein Präsidentengipfel (dpa), 15. April ---
    ("de", "Moskau (dpa) - Der Kreml hat ein Treffen der Präsidenten Russlands und der Ukraine vor einer Einigung über alle Punkte erneut ausgeschlossen.", True, [], None),
    ("de", "Ein solcher Gipfel sei „erst am Ende, nicht am Anfang“ denkbar, sagte Kremlsprecher Witali Brjanzew am Donnerstag.", True, [], None),
    ("de", "Laut Brjanzew haben die beiden Präsidenten seit Jahresbeginn dreimal miteinander telefoniert.", True, [("count", 3, None, None)], "Brjanzew"),
    ("de", "Moskau hatte in Budapest ein eigenes Sechs-Punkte-Memorandum vorgelegt, verlautete aus der russischen Delegation.", True, [("count", 6, None, None)], None),
    ("de", "Auf die Frage nach einem Treffen vor dem Sommer sagte Brjanzew: „Ich werde hier keine Termine erfinden.“", False, [], None),
    # --- No summit yet (AP), April 15 ---
    ("en", "MOSCOW (AP) — The Kremlin on Thursday once more rejected any summit of the Russian and Ukrainian leaders until every point of a deal is settled.", True, [], None),
    ("en", 'Such a summit could come "at the end, not at the beginning," Kremlin spokesman Vitaly Bryantsev said.', True, [], None),
    ("en", "He said the two leaders had spoken by phone three times this year.", True, [("count", 2, None, None), ("count", 3, None, None)], None),
    ("en", 'Asked whether a meeting could happen before the summer, Bryantsev said: "I will not invent dates for you."', False, [], None),
    # --- Berlin bietet Soldaten an (dpa), 15. April ---
    ("de", "Berlin (dpa) - Die Bundesregierung ist nach einer Einigung bereit, sich mit bis zu 3.500 Soldatinnen und Soldaten an einer europäischen Absicherungsmission in der Ukraine zu beteiligen.", True, [("count", 3500, None, "up_to")], None),
    ("de", "Voraussetzung sei ein Mandat des Bundestags, sagte Regierungssprecher Jens Uhlenbrock am Donnerstag.", True, [], "Jens Uhlenbrock"),
    ("de", "Die Kosten eines zweijährigen Einsatzes veranschlagt das Verteidigungsministerium auf rund 2,6 Milliarden Euro.", True, [("duration", 2, "year", None), ("money", 2600000000, "EUR", "about")], None),
    ("de", "Insgesamt sollen sich nach bisheriger Planung 16.000 bis 20.000 Soldaten aus zwölf europäischen Staaten beteiligen.", True, [("count", 16000, None, None), ("count", 20000, None, None), ("count", 12, None, None)], None),
    ("de", "„Sicherheit für die Ukraine ist Sicherheit für Deutschland“, sagte Uhlenbrock.", False, [], None),
    # --- Berlin's offer (Reuters), April 15 ---
    ("en", "BERLIN, April 15 (Reuters) - Germany stands ready to contribute up to 3,500 troops to a European mission securing Ukraine once a deal is signed, government spokesman Jens Uhlenbrock said on Thursday.", True, [("date", "--04-15", None, None), ("count", 3500, None, "up_to")], "Jens Uhlenbrock"),
    ("en", "Any deployment would need a Bundestag mandate, he said.", True, [], None),
    ("en", "Defence ministry estimates put the cost of a two-year mission at about 2.6 billion euros.", True, [("duration", 2, "year", None), ("money", 2600000000, "EUR", "about")], None),
    ("en", 'Opposition lawmakers called the offer "a blank cheque drawn on a peace that does not yet exist."', False, [], None),
    # --- Austausch vollzogen (AFP), Freitag, 16. April ---
    ("de", "Kiew (AFP) - Zwei Tage nach der Einigung in Budapest sind am Freitag auf beiden Seiten jeweils 250 Kriegsgefangene freigekommen.", True, [("duration", 2, "day", None), ("count", 250, None, None)], None),
    ("de", "Der Austausch im Format 250 gegen 250 war der 76. seit Kriegsbeginn, teilte der Koordinierungsstab für Kriegsgefangene am Freitag in Kiew mit.", True, [("count", 250, None, None), ("count", 250, None, None), ("ordinal", 76, None, None)], "der Koordinierungsstab für Kriegsgefangene"),
    ("de", "Unter den Heimkehrern seien 31 Schwerverletzte sowie neun Zivilisten, sagte Menschenrechtsbeauftragte Solomija Kyryljuk.", True, [("count", 31, None, None), ("count", 9, None, None)], "Solomija Kyryljuk"),
    ("de", "Seit Februar 2022 seien damit mehr als 7.100 Ukrainer aus russischer Gefangenschaft zurückgekehrt, so Kyryljuk.", True, [("year", 2022, None, None), ("count", 7100, None, "over")], None),
    ("de", "Im Gegenzug für die sterblichen Überreste von 43 russischen Soldaten erhielt Kiew 1.000 Leichen zurück.", True, [("count", 43, None, None), ("count", 1000, None, None)], None),
    ("de", "„Heute kommen Väter nach Hause, die ihre Kinder nur von Fotos kennen“, sagte Kyryljuk.", False, [], None),
    # --- Swap (Reuters), April 16 ---
    ("en", "Russia, Ukraine swap 250 prisoners each in 76th exchange of the war", True, [("count", 250, None, None), ("ordinal", 76, None, None)], None),
    ("en", "KYIV, April 16 (Reuters) - Russia and Ukraine exchanged 250 prisoners of war each on Friday, two days after agreeing the swap at talks in Budapest.", True, [("date", "--04-16", None, None), ("count", 250, None, None), ("duration", 2, "day", None)], None),
    ("en", "Those returning included 31 seriously wounded servicemen and nine civilians, human rights commissioner Solomiia Kyryliuk said.", True, [("count", 31, None, None), ("count", 9, None, None)], "Solomiia Kyryliuk"),
    ("en", "Since February 2022, more than 7,100 Ukrainians have returned from captivity in Russia, she said.", True, [("count", 7100, None, "over"), ("year", 2022, None, None)], None),
    ("en", "Kyiv also recovered 1,000 bodies of its fallen and returned 43 to Russia, the coordination headquarters for prisoners of war said.", True, [("count", 1000, None, None), ("count", 43, None, None)], None),
    ("en", '"Today fathers come home whose children know them only from photographs," Kyryliuk said.', False, [], None),
    # --- Kremlberater nach dem Gipfel (dpa), 16. April ---
    ("de", "Moskau/Budapest (dpa) - Nach dem Budapester Gipfel sieht der Kreml eine Einigung auf einen Rahmenvertrag in Reichweite, will sich aber auf keinen Zeitpunkt festlegen.", False, [], None),
    ("de", "Kremlberater Timofej Lytschagin sagte, von den 21 Punkten seien 17 ausverhandelt, bei den übrigen vier gehe es vor allem um die Gebietsfrage.", True, [("count", 21, None, None), ("count", 17, None, None), ("count", 4, None, None)], None),
    ("de", "Die ukrainische Armee dürfe nach russischer Vorstellung höchstens 500.000 Mann umfassen, so Lytschagin.", True, [("count", 500000, None, "at_most")], None),
    ("de", "Alcorn werde in der kommenden Woche zum 13. Mal im Kreml erwartet, sagte Lytschagin.", True, [("ordinal", 13, None, None)], None),
    ("de", "„Wer heute noch auf einen militärischen Sieg setzt, hat die Landkarte nicht gelesen“, sagte Lytschagin.", False, [], None),
    ("de", "Westliche Diplomaten sehen darin vor allem den Versuch, Kiew die Verantwortung für ein mögliches Scheitern zuzuschieben.", False, [], None),
    # --- Kremlin aide after the summit (AFP), April 16 ---
    ("en", "MOSCOW, April 16 (AFP) - Seventeen of the 21 points in Washington's draft have now been agreed, Kremlin aide Timofey Lichagin said Friday, adding that the remaining four concern mainly territory.", True, [("date", "--04-16", None, None), ("count", 17, None, None), ("count", 21, None, None), ("count", 4, None, None)], "Timofey Lichagin"),
    ("en", "Ukraine's army should number no more than 500,000 troops under any settlement, Lichagin said.", True, [("count", 500000, None, "at_most")], None),
    ("en", '"Whoever still bets on a military victory has not read the map," Lichagin said.', False, [], None),
    # --- Schweizer Angebot (Keystone-SDA), 16. April ---
    ("de", "Bern (Keystone-SDA) - Die Schweiz hat angeboten, eine zweite Runde der Vierergespräche in Genf auszurichten.", True, [("ordinal", 2, None, None), ("count", 4, None, None)], None),
    ("de", "Man habe das Angebot den vier Delegationen am Donnerstag übermittelt, sagte EDA-Sprecherin Mirjam Tschudin-Roth.", True, [("count", 4, None, None)], "Mirjam Tschudin-Roth"),
    ("de", "Die Kosten für eine dreitägige Runde schätzt der Bund auf bis zu 2,5 Millionen Franken.", True, [("duration", 3, "day", None), ("money", 2500000, "CHF", "up_to")], None),
    ("de", "«Die Schweiz kann Räume öffnen, durchschreiten müssen die Parteien sie selbst», sagte Tschudin-Roth.", False, [], None),
    # --- Swiss offer (AFP), April 16 ---
    ("en", "GENEVA, April 16 (AFP) - Switzerland offered on Friday to host a second round of the four-way talks in Geneva and put the cost of a three-day round at up to 2.5 million Swiss francs.", True, [("date", "--04-16", None, None), ("ordinal", 2, None, None), ("count", 4, None, None), ("duration", 3, "day", None), ("money", 2500000, "CHF", "up_to")], None),
    # --- White House after the summit (Reuters), April 16 ---
    ("en", "WASHINGTON, April 16 (Reuters) - The White House said on Friday the Budapest summit had narrowed the gaps on 17 of the 21 points and that Alcorn would travel to Moscow again next week for a 13th meeting with Russia's president.", True, [("date", "--04-16", None, None), ("count", 17, None, None), ("count", 21, None, None), ("ordinal", 13, None, None)], None),
    ("en", 'Press secretary Meredith Causey said the 45-day target for a ceasefire "still stands."', True, [("duration", 45, "day", None)], None),
    ("en", '"We are not going to negotiate this in public," Causey said when asked about territory.', False, [], None),
    ("en", "Alcorn briefed the president for about 90 minutes on Thursday night, a White House official said.", True, [("duration", 90, "minute", "about")], None),
    # --- Senate (AP), April 16 ---
    ("en", "WASHINGTON (AP) — Special envoy Preston Alcorn will brief the Senate Foreign Relations Committee on the Budapest talks on April 22, the committee said.", True, [("date", "--04-22", None, None)], None),
    ("en", 'Senator Dwight Farnsworth called the plan "a surrender with better stationery."', False, [], None),
    ("en", "Farnsworth said he would introduce a bill requiring a Senate vote on any easing of sanctions on Russia.", True, [], "Farnsworth"),
    ("en", "The administration has not yet sent the full text of the draft to Congress, a Democratic aide said.", True, [], None),
    # --- Kiews Bedingung (dpa), 16. April ---
    ("de", "Kiew (dpa) - Der ukrainische Chefunterhändler Hryhorij Werbyzkyj hat nach seiner Rückkehr aus Budapest ein Referendum über jede Gebietsfrage zur Bedingung gemacht.", True, [], None),
    ("de", "Über die Grenzen des Landes könne nur das Volk entscheiden, sagte Werbyzkyj im ukrainischen Fernsehen.", True, [], None),
    ("de", "Die nächste Runde werde nach seinen Worten in frühestens drei Wochen stattfinden.", True, [("duration", 3, "week", None)], None),
    ("de", "„Wir verhandeln mit offenen Augen und geschlossenen Reihen“, sagte der Chefunterhändler.", False, [], None),
    ("de", "Ob Kiew einem Einfrieren der Front zustimmen würde, ließ Werbyzkyj offen.", False, [], None),
    # --- Kyiv's condition (AP), April 16 ---
    ("en", "KYIV, Ukraine (AP) — Ukraine's chief negotiator said Friday that any deal touching the country's borders would have to be put to a referendum.", True, [], None),
    ("en", '"Only the people can decide on the borders of this country," Hryhoriy Verbytsky told The Associated Press.', True, [], None),
    ("en", "The next round would take place in three weeks at the earliest, he said.", True, [("duration", 3, "week", None)], None),
    ("en", "Verbytsky declined to say whether Kyiv could accept a freeze along the current front.", False, [], None),
    # --- Analyse (APA), 16. April ---
    ("de", "Analyse: Was vom Budapester Gipfel bleibt", False, [], None),
    ("de", "Nach drei Tagen in Budapest sind 17 der 21 Punkte geklärt, die entscheidende Frage aber nicht.", True, [("duration", 3, "day", None), ("count", 17, None, None), ("count", 21, None, None)], None),
    ("de", "Die elfte und zwölfte Runde der Expertengespräche im März hatten den Boden für den Gipfel bereitet.", True, [("ordinal", 11, None, None), ("ordinal", 12, None, None)], None),
    ("de", "Seit dem ersten Treffen Alcorns im Kreml sind knapp zehn Monate vergangen.", True, [("ordinal", 1, None, None), ("duration", 10, "month", "nearly")], None),
    ("de", "In dieser Zeit haben sich der Gesandte und der Kremlchef zwölfmal getroffen, die Präsidenten telefonierten 16 Mal.", True, [("count", 12, None, None), ("count", 16, None, None)], None),
    ("de", "Dass die Gebietsfrage bis zur nächsten Runde gelöst wird, glaubt in Budapest kaum jemand.", False, [], None),
    # --- ANALYSIS (Reuters), April 16 ---
    ("en", "ANALYSIS-In Budapest, envoys agree on almost everything except what matters most", False, [], None),
    ("en", "Technical teams laid the groundwork in their 11th and 12th rounds of talks in March.", True, [("ordinal", 11, None, None), ("ordinal", 12, None, None)], None),
    ("en", "Since Alcorn's first Kremlin meeting nearly 10 months ago, the envoy has held 12 sessions with Russia's president and the two presidents have spoken 16 times.", True, [("ordinal", 1, None, None), ("duration", 10, "month", "nearly"), ("count", 12, None, None), ("count", 2, None, None), ("count", 16, None, None)], None),
    ("en", "Russia holds just under a fifth of Ukraine by Western estimates, a share that has barely moved in a year.", True, [("fraction", 0.2, None, "under")], None),
    ("en", "Neither side appears ready to give ground on the Donetsk and Zaporizhzhia regions.", False, [], None),
    ("en", "Some diplomats privately doubt the format will survive the summer.", False, [], None),
    # --- Voices from Kyiv (AP), April 16 ---
    ("en", "KYIV, Ukraine (AP) — In Kyiv, news from Budapest was met with weary shrugs on Friday.", False, [], None),
    ("en", '"They talk, we sit in the dark," said Hanna Koval, a retired nurse, as she queued for water.', False, [], None),
    ("en", "A student named Artem said he had stopped following the talks.", False, [], None),
    # --- Stimmen aus Kiew (dpa), 16. April ---
    ("de", "Kiew (dpa) - In Kiew wurden die Nachrichten aus Budapest mit müdem Achselzucken aufgenommen.", False, [], None),
    ("de", "„Die reden, und wir sitzen im Dunkeln“, sagte die Rentnerin Hanna Kowal.", False, [], None),
]
