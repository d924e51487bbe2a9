"""Four-hundred-and-twenty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government and the holders of real
offices appear only by office ("vom russischen Präsidenten", „des russischen und des
ukrainischen Präsidenten“, „die Präsidenten“, "Russia's president", "the president", "the
two presidents", "Russia's and Ukraine's presidents"), and spokespeople, envoys, negotiators
and commissioners of real governments and bodies appear under made-up names that stand for
no real holder, or by their role only („der Kremlsprecher“, „der Berater“, „der
Sondergesandte“, „die Präsidialamtssprecherin“, "the Kremlin spokesman", "the envoy").

Names: the U.S. envoy, the aides, negotiators, spokespeople, the ombudsman, the senator, the
political scientist and the pensioner are invented, the transliterated ones spelled as each
service writes them and, for Kyiv's chief negotiator and the Kremlin aide, spelled two ways
inside merged APA stories (datelined "APA/dpa/AFP"): Kirill Uwarzew (dpa, APA, Reuters
German) / Kirill Uwarsew (AFP material in APA copy) / Kirill Uvartsev (Reuters) / Kirill
Uvartzev (AFP English); Myroslaw Tkatschyk (dpa, APA) / Miroslaw Tkatschik (AFP material in
APA copy) / Myroslav Tkachyk (Reuters) / Myroslav Tkachik (AP); Rodion Prjachin (Reuters
German, dpa) / Rodion Priachin (AFP German) / Rodion Pryakhin (AP) / Rodion Priakhin (AFP
English); Jegor Baschmakow / Yegor Bashmakov; Oksana Masurenko / Oksana Mazurenko; Petro
Darmohraj / Petro Darmohrai; Burak Tezcanlı (German copy) / Burak Tezcanli (English copy);
Halyna Sabolotna / Halyna Zabolotna; further Wesley Brightmore, Shauna Delacourt-Mims,
Yannick Jaquenoud, Ulrich Hahnenkamp, Ines Gruber-Lechleitner, Calvin Ostergaard and every
unnamed official, aide, delegate, diplomat, sociologist, spokesperson, governor and senator.
Real states, bodies, parties, venues and places ("Kreml", "Dolmabahçe-Palast", "Bosporus",
"türkische Polizei", "türkisches Außenministerium", "Präsidialamt", "Luftwaffe",
"Stadtverwaltung", "Ukrenergo", "Kiewer Internationales Institut für Soziologie",
"Koordinierungsstab für Kriegsgefangene", "Wahlkommission", "Eidgenössisches Departement für
auswärtige Angelegenheiten (EDA)", "Bundesregierung", "Bundestag", "FPÖ", "APA", "Hofburg",
"Dnipro", "Gebiet Saporischschja", "Cherson", "Charkiw", "Odessa", "Belarus", "Schwarzes
Meer", "Genf", "Wien", "Bern", "Ankara", "Istanbul"; the Kremlin, the White House, Congress,
the Senate, The Associated Press, the Dolmabahce Palace, the Bosphorus, Ukraine's air force,
Ukrenergo, the Kyiv International Institute of Sociology, Ukraine's coordination
headquarters for POWs, the election commission, the Swiss foreign ministry, Austria's and
Turkey's foreign ministries, the Bundestag, the Zaporizhzhia, Kherson and Kharkiv regions,
Odesa, the Black Sea, and the datelines' cities) stand for the way wire copy names them;
every meeting, call, round, hour, point, share, zone, cap, swap, tally, poll, sum, cost and
quote here is invented, and where a real figure came to mind (a real envoy's count of
Kremlin meetings, a real draft's number of points, a real share of an occupied region, a
real exchange or its number, a real poll, a real monitoring mission or reconstruction
pledge) it was changed (the full-scale invasion of February 2022 kept).

Its weight: ENVOYS, PEACE TALKS AND WAR DIPLOMACY, fifth round (the
three-hundred-and-twenty-sixth batch weighed envoys, peace plans and statements on talks,
the three-hundred-and-forty-ninth a German-language foreign desk on a day of talks, the
three-hundred-and-fifty-eighth a round of three-way talks in Vienna and the
three-hundred-and-eighty-eighth a summit of four envoys in Budapest, after the sixty-eighth,
ninety-third, hundred-first, hundred-fortieth, hundred-forty-second, hundred-fifty-ninth,
hundred-ninety-third, two-hundred-and-ninth and two-hundred-and-seventieth; their decisions
are kept) - a made-up round of talks between envoys in a third country: the sixth round of
three-way talks between U.S., Russian and Ukrainian negotiators, held in Istanbul's
Dolmabahçe Palace over one wire week, Monday, June 7, to Friday, June 11, as 49 short
stories in story order, the German and the English stories interleaved, about half in each
language. German (dpa, APA, APA/dpa/AFP merged copy, Reuters German, AFP German,
Keystone-SDA with «» quotes; German „“ quotes): the envoy's seventh Kremlin meeting,
Istanbul's security and costs in lira, a night of drones before the opening, the opening day
with its delegation heads, a two-way and a three-person talk, the Kremlin spokesman on
shares of Zaporizhzhia, Kherson and Kharkiv and Kyiv's reply, Switzerland's offer, the
second day with a swap agreed, Moscow's seven-point memorandum, a Kyiv poll, Austrian
reactions, a background piece on the 14-point framework, a night of strikes on the grid, the
third and last day with 11 of 14 points settled, the Kremlin's no to a presidents' summit,
Turkey's offer of monitors, Berlin's reconstruction pledge, quotes of the day, the swap
carried out, Moscow's energy truce offer, the aide and the envoy after the round, Geneva as
host of the seventh round, Kyiv's referendum condition, an APA analysis and voices from
Kyiv. English (Reuters with dated datelines and its FACTBOX- and ANALYSIS- labels, AFP
English with dated datelines, AP): the Kremlin meeting, Istanbul locked down, the White
House's 30 days, the drones, the opening, the Kremlin on Zaporizhzhia, the Swiss offer, the
swap agreed, the memorandum, the poll, Austria's interpreters, the framework's contents, the
grid, the last day, the summit refusal, Turkey's monitors, Berlin's pledge, the swap with
its headline, the energy truce offer, the aide, Geneva, Washington and the Senate, Kyiv's
condition, an analysis and voices from Kyiv. Figures as such copy has them: meetings,
rounds, days, calls, swaps and attacks counted as ordinals in words and digits („das siebte
Treffen“ as „ihr siebtes Treffen“, „die sechste Runde der Dreiergespräche“, „eine siebte
Runde“, „die zweite und die vierte Runde“, „Am ersten Verhandlungstag“, „Am zweiten
Verhandlungstag“, „des dritten und letzten Verhandlungstags“, „der 79. Austausch“, „der
siebte großangelegte Angriff“, „ihr drittes Gespräch“, „die Gesprächsrunde Nummer sechs“,
"their seventh meeting", "the sixth round of three-way talks", "the second and fourth
rounds", "the 79th", "their third call", "round number six"); hours of talks as compounds
and phrases („in dem sechsstündigen Gespräch“, „ein anderthalbstündiges Abendessen“, „gut
neuneinhalb Stunden“, „zu einem dreieinhalbstündigen Zweiergespräch“, „zu einem knapp
einstündigen Sechs-Augen-Gespräch“, „in dem drei- bis vierstündigen Abschlussgespräch“,
„insgesamt gut 22 Stunden“, "for six hours", "90 minutes over dinner", "a three-hour call",
"more than nine and a half hours", "for three and a half hours", "for nearly 60 minutes", "a
three-hour-plus closing session", "more than 22 hours"); points of plans as compounds
(„14-Punkte-Rahmenplan“, „19-Punkte-Papier“, „Sieben-Punkte-Memorandum“, „Über neun der 14
Punkte ..., über drei weitere“, „elf der 14 Punkte“, „Elf der 14 Punkte“, „alle 14 Punkte“,
"The 14-point framework, which ran to 20 points", "a 19-point paper", "a seven-point
memorandum", "nine of the 14 points ... and three more", "11 of the 14 points", „Punkt 6
..., Punkt 11“, "Point 6 ... and Point 11"); shares of territory and of people as fractions
in words („fünf Sechstel“, „Das verbleibende Sechstel“, „zwei Fünftel der Fläche“, „nicht
einmal zwei Drittel“, „knapp drei Viertel“, „ein Sechstel bis ein Fünftel“, „Gut zwei
Drittel“, „Nur etwa jeder Sechste“, "five-sixths", "the remaining sixth", "that sixth",
"two-fifths of the territory", "less than two-thirds", "nearly three-quarters", "between a
sixth and a fifth", "Only about one in six", "Two-fifths of respondents"); envoys' names
spelled two ways in one story and across services; attributed statements after quotes and
paraphrases („sagte X“, „so der Sondergesandte X“, „Laut X“, „X sagte, ...“, „sagte X, der
Sondergesandte ...,“, „sagte der Kremlsprecher“, „so der Sondergesandte“, „teilte ... mit“,
„wie ... mitteilte“, "said X", "X said", "told reporters", "told The Associated Press",
"according to ..."), Konjunktiv I throughout; drones, tallies, zones, caps, troops,
monitors, households, a poll, costs in lira, dollars, francs and euros, years and dates.
Negatives as such copy has them - 58 rows, none with a figure: headings of service pieces,
atmosphere labels, rhetoric and slogans in quotes, a denial as a label, labels from a party
and a senator, a verdict with „halten ... für“, a political scientist's forecast, diplomats'
views and doubts without a figure, evasions and no-comment lines, open questions, an
assessment lead joined to an evasion, a mood lead in both languages and vox pops, each near
a check-worthy look-alike from the same story (often the same speaker's figure).

239 rows (122 German, 117 English), 58 negatives (29 German, 29 English), 181 check-worthy
rows of which 20 carry no figure (13 German, 7 English), 282 expected quantities (132
counts, 45 durations - 18 in days, 14 in hours, 5 in years, 3 in months, 3 in weeks, 2 in
minutes -, 39 ordinals, 25 dates, 19 fractions, 12 amounts of money - 6 USD, 2 each CHF,
EUR, TRY -, 6 percentages - 4 in "%", 2 in percentage points "pp" -, 4 years; none of them
in a negative), 37 checked speakers (19 German, 18 English).

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
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth). A quoted or reported
  atmosphere label, piece of rhetoric, label, verdict or view is a negative with speaker
  None, also with a named speaker and an office (hundred-fortieth, two-hundred-and-fourth,
  three-hundred-and-twenty-sixth, three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth). Pairs from one speaker: Uwarzew's six hours and 14
  points beside „sachlich, ruhig und ohne Umschweife“ and his seventh round in four weeks
  beside his line in the quotes of the day; Uvartsev's nine of 14 and his three-hour-plus
  session beside "talking about generations" and "closer than ever"; Uwarsew's three open
  points beside his silence on a presidents' meeting; Tezcanlı's third time beside „Der
  Bosporus hat schon viele Feinde ...“ and Tezcanli's third time beside "The Black Sea
  cannot stay a battlefield"; Delacourt-Mims's three-hour call beside "popping champagne",
  her dodge on a trip and "the last mile"; Masurenko's „nicht einmal zwei Drittel“ beside
  „Wunschdenken mit Stempel“, „Moskau schickt Unterhändler ...“ and „Das ist die Handschrift
  ...“, and Mazurenko's twins; Tkatschik's refusal to give up land and his borders for the
  people to decide beside Tkatschyk's „Landkarten zu verschenken“; Tkatschyk's 79th swap
  beside „Jeder, der heimkehrt, ...“ and his silence on the date; Tkachyk's borders beside
  "give away maps"; Tkachik's 320 beside "a victory nobody can take from us" (told by
  pronoun); Prjachin's remaining sixth and his „mindestens 30 Mal“ beside „keine Daten
  verkünden“; Priakhin's five-sixths and remaining sixth beside his dismissal; Jaquenoud's
  3.2 million francs beside «Die Schweiz stellt den Tisch ...» and «Genf ist ein Ort ...»;
  Hahnenkamp's five years beside „Frieden ohne Wiederaufbau ...“ and its twin; Darmohraj's
  45 and twelve beside „Heute dürfen Mütter wieder hoffen“ and Darmohrai's twins;
  Brightmore's 14 points beside „kein Diktat, sondern ein Angebot“ (told by role) and his
  two weeks beside its twin (told by role); Ostergaard's bill beside "a blank page with a
  flag on it"; Gruber-Lechleitner's fifteen months beside her verdict with „halten ... für“
  and her forecast to the APA.
- What each side said (sixty-eighth, three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth): the Kremlin's five-sixths of Zaporizhzhia and the
  remaining sixth, its two-fifths of Kherson, Kyiv's „nicht einmal zwei Drittel“ and "less
  than two-thirds" (also after „Kiew wies die Zahlen zurück:“ and after "Kyiv said"), and
  the Western estimates („Nach westlichen Schätzungen“, "By Western estimates"; estimating
  forms, speaker unchecked, hundred-tenth) are all check-worthy. Refusals, rejections,
  conditions, demands and positions of record are check-worthy without a figure
  (hundred-fifty-ninth, two-hundred-and-fourth, three-hundred-and-twenty-sixth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth): Tkatschik's „keinen
  Quadratmeter“ and his and Tkachyk's "only Ukrainians could decide on the country's
  borders", the Kremlin's view that its memorandum complements the framework in both
  languages, the summit condition in quotes in both languages („am Ende stehen, nicht am
  Anfang“, "at the end, not at the beginning"; hundred-forty-second: a condition being a
  position), the Bundestag's vote as a condition of Berlin's pledge
  (three-hundred-and-twenty-fourth: a stated readiness with a named instrument) and Kyiv's
  referendum condition in both languages (three-hundred-and-twenty-sixth). The Kremlin's no
  to a summit before all 14 points and "ruled out any summit ... before all 14 points are
  agreed" carry count 14. "Priakhin dismissed a question about a freeze ... as "a Western
  fantasy"" and „Die Angaben aus Moskau seien „Wunschdenken mit Stempel““ are labels and
  negatives (three-hundred-and-fifty-eighth: "dismissed the figures as ...", „reine
  Propaganda“).
- Quotes that repeat a figure (the issue: "100 Mal"; three-hundred-and-twenty-sixth,
  three-hundred-and-eighty-eighth): „„Wir haben den Amerikanern mindestens 30 Mal gesagt,
  dass ...“, sagte Prjachin.“ is a position of record, check-worthy with count 30 "at_least"
  and the speaker as spelled; '"Nine points are done, five are not," said Yegor Bashmakov,
  ...' is a tally of record in quotes with 9 and 5 (three-hundred-and-eighty-eighth:
  '"Seventeen points are done, four are not," said Arseny Kolchin, ...').
- Meetings, rounds, days of talks, calls, swaps and attacks are ordinals (the issue: "das
  sechste Treffen", "zum zweiten Mal"; three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth): „ihr siebtes Treffen“ and "their seventh meeting" 7,
  „die sechste Runde der Dreiergespräche“ (twice) and "the sixth round of three-way talks"
  and "a sixth round of their three-way talks" 6 with 3, „einer siebten Runde der
  Dreiergespräche“ and „Die siebte Runde der Dreiergespräche“, "a seventh round of the
  three-way talks" (twice) 7 with 3, „eine siebte Runde“ and "a seventh round" 7, "A first
  session of the seventh round" 1 and 7, „Am ersten Verhandlungstag“ and "On the first day"
  1, „Am zweiten Verhandlungstag“ and "on the second day of talks" 2, „Zum Abschluss des
  dritten und letzten Verhandlungstags“ and "on the third and final day" 3 („und letzten“,
  "and final" add nothing, three-hundred-and-forty-ninth), „der 79. Austausch“, "the 79th
  swap", "the 79th exchange" and "in 79th swap of the war" 79, „der siebte großangelegte
  Angriff“ and "the seventh major attack" 7, „ihr drittes Gespräch in diesem Jahr“ and
  "their third call this year" 3, „das dritte Mal binnen eines Jahres“ and "the third time
  in a year" 3 („binnen eines Jahres“, "in a year" none, three-hundredth: "a year" none),
  „den dritten in diesem Jahr“ 3 (the elliptic ordinal, three-hundred-and-forty-ninth: „...,
  die zweite“; three-hundred-and-eighty-eighth: „der 76. seit Kriegsbeginn“), „Seit dem
  ersten Treffen“ 1 (three-hundred-and-fifty-eighth). „die zweite und die vierte Runde“ and
  "the second and fourth rounds" give 2 and 4 (three-hundred-and-eighty-eighth: „Die elfte
  und zwölfte Runde“, "their 11th and 12th rounds"). New: „die Gesprächsrunde Nummer sechs“
  and "round number six" are ordinal 6 - a round's place in a series named by „Nummer“ and
  "number" reads as "die Nummer drei der Setzliste" and "world number one" did
  (hundred-fifty-third), while a numbered point of a text (sixty-eighth: "Point 21 of the
  draft"; hundred-first: „Punkt 12 des überarbeiteten Entwurfs“) and a shirt or start number
  (thirty-fifth, hundred-ninth) stay references that carry none. Formats are counted:
  „Dreiergespräche“ five times and "three-way talks" four times are 3 (fourteenth,
  three-hundred-and-twenty-sixth, three-hundred-and-fifty-eighth), „zu einem
  dreieinhalbstündigen Zweiergespräch“ 2 (three-hundred-and-fifty-eighth: „zu einem
  Zweiergespräch“), „Die drei Delegationen“ 3 (three-hundred-and-eighty-eighth: „den vier
  Delegationen“), "The two men", "the two delegation heads", "the two presidents", "two
  administration officials", "two people briefed on the session", "two people familiar with
  the text", "the two people", "Two Democratic senators" 2 (hundred-fifty-ninth,
  three-hundred-and-twenty-sixth); „beide Delegationsleiter“, „nach Angaben beider Seiten“,
  "both delegations", "Neither delegation" and "neither side" carry none.
  „Sechs-Augen-Gespräch“ counts nothing (three-hundred-and-forty-ninth: „ein etwa
  50-minütiges Sechs-Augen-Gespräch“), nor does „Absatz für Absatz“
  (three-hundred-and-forty-ninth). Repetitions are counts (the issue: "viermal", "100 Mal"):
  „mindestens 30 Mal“ 30 "at_least", "11 times" 11. „ein weiteres Mal“, „weiteren“, "later",
  "earlier", „letzten“, "final" and "last" carry no ordinal (three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth).
- Hours of talks and other spans are durations (the issue: "fünfstündigen Treffen";
  three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth): „In dem sechsstündigen
  Gespräch“ and "for six hours" 6 hours, „ein anderthalbstündiges Abendessen“ 1.5 hours and
  "90 minutes over dinner" 90 minutes (each as written, not converted,
  three-hundred-and-fifty-eighth), "a three-hour call" 3 hours, „gut neuneinhalb Stunden“
  and "more than nine and a half hours" 9.5 "over" (three-hundred-and-eighty-eighth: „gut
  achteinhalb Stunden“), „zu einem dreieinhalbstündigen Zweiergespräch“ and "for three and a
  half hours" 3.5 hours (hundred-eighteenth: "rund dreieinhalb Stunden"), „zu einem knapp
  einstündigen Sechs-Augen-Gespräch“ 1 hour "nearly" (the hedge inside the compound's
  phrase, hundred-sixteenth; three-hundred-and-twenty-sixth: „ein einstündiges Abendessen“
  names one) and "for nearly 60 minutes" 60 minutes "nearly", „in dem drei- bis
  vierstündigen Abschlussgespräch“ 3 and 4 hours (two-hundred-and-tenth: „drei- bis
  vierstündige Sperrungen“), „insgesamt gut 22 Stunden“ and "more than 22 hours" 22 "over"
  („insgesamt“ no hedge). New: "a three-hour-plus closing session" is 3 hours "over" -
  "-plus" inside a hyphenated compound before its noun bounds the figure from below as "for
  20-plus months" and "$2bn-plus" did (three-hundred-and-twenty-eighth), the compound read
  as "a three-hour call" is. Days, weeks, months and years: „auf drei Tage angesetzt“,
  "setting aside three days" and "over the three days" 3 days ("over" before a span no
  hedge), „binnen zehn Tagen“ and "within 10 days" 10 days („binnen“, "within" no hedge),
  „Zwei Tage nach der Einigung“ and "two days after agreeing the exchange" 2 days
  (three-hundred-and-eighty-eighth), „eine 30-tägige Waffenruhe“ and "for 30 days" 30 days,
  "within 30 days" (twice) and "the 30-day target" 30 days ("target" no hedge), „nach 19
  Tagen“ and "after 19 days" 19, „binnen 14 Tagen“ 14, "within 15 days" 15, „frühestens 90
  Tage nach ihrer Ansetzung“ and "90 days after it is called at the earliest" 90 days with
  no hedge („frühestens“ and "at the earliest" bound a point in time, not the span,
  three-hundred-and-twenty-sixth), "within two weeks" 2 weeks, „frühestens in vier Wochen“
  and "in four weeks at the earliest" 4 weeks with no hedge, „auf sechs Monate“ and "for an
  initial six months" 6 months, „knapp 15 Monate“ 15 months "nearly", „um ein halbes Jahr“
  and "by half a year" 0.5 years (eleventh: „ein halbes Jahr“; two-hundred-and-forty-ninth:
  "in half a year"), „verteilt auf fünf Jahre“ and "over five years" 5 years, "at least two
  more years" 2 years "at_least". None: „im vergangenen Herbst“, "since last autumn", „im
  vergangenen Winter“, "last winter", „im Frühjahr“, "in the spring", "before autumn", „vor
  dem Sommer“, „Seit Jahresbeginn“, „in diesem Jahr“, "this year", „im Juli“, "in July", „im
  April“, "in April", "since April", "in March", "since March", „seit Mai“, "since May", „Im
  Februar“, "in February", „Bis Ende Juni“, „bis Freitagabend“, "until Friday night", „im
  Jahr“, "a year", „täglich“, „um Mitternacht“, „am Morgen“, weekdays and their compounds
  („am Sonntagabend“, „in der Nacht zum Montag“, „am Dienstagabend“, „in der Nacht zum
  Donnerstag“, „Am Abend“, "late on Sunday", "on Monday evening", "overnight", "in the night
  before the Istanbul talks opened").
- Points of plans (the issue: "28-Punkte-Entwurf"; three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth): „14-Punkte-Rahmenplan“ and "The 14-point framework" 14,
  „19-Punkte-Papier“ and "a 19-point paper" 19, „Sieben-Punkte-Memorandum“ and "a
  seven-point memorandum" 7 (the figure heading a hyphenated compound, hundred-fifteenth;
  two-hundred-and-forty-fourth: „Zehn-Punkte-Plan“), „Über neun der 14 Punkte ..., über drei
  weitere“ and "nine of the 14 points ... and three more" 9, 14 and 3 („weitere“, "more" no
  hedge), „elf der 14 Punkte“, „Elf der 14 Punkte“, "11 of the 14 points" and "Of the 14
  points, 11" 11 and 14 (a definite group, forty-first), „jeden der drei offenen Punkte“ and
  "each of the three open points" 3, "narrowed the gaps to three points" 3, „von zwölf auf
  drei“ and "from 12 to three" 12 and 3, „auf 14 Punkte geschrumpft, ... noch 20“, "which
  ran to 20 points" and "down from 20" 14 and 20 ("down from", „noch“ no hedge), "runs to
  seven points" 7, „alle 14 Punkte“ (twice) and "all 14 points" 14 („alle“, "all" no hedge).
  A numbered point is a reference and carries none, the row check-worthy without a figure
  for what it states (sixty-eighth, hundred-first, three-hundred-and-eighty-eighth): „Punkt
  6 regelt ..., Punkt 11 ...“, "Point 6 covers ... and Point 11 ...". Named points still
  open are check-worthy (two-hundred-and-ninth): „Ungelöst seien weiterhin ...“, „Offen
  seien neben der Gebietsfrage noch ...“, "remained open", „Über die Obergrenze ... sei
  nicht abschließend gesprochen worden“.
- Shares of territory and of people are fractions (the issue: "ein Fünftel", "drei Viertel",
  "two-fifths"; three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth): „Das verbleibende
  Sechstel“, "the remaining sixth" and "that sixth" 0.1667 („Das verbleibende“, "remaining"
  no hedge; hundred-eighteenth: „etwa ein Sechstel“ 0.1667), „zwei Fünftel der Fläche“,
  "two-fifths of the territory" and "Two-fifths of respondents" 0.4, „nicht einmal zwei
  Drittel“ 0.6667 "under" (three-hundred-and-eighty-eighth: „nicht einmal drei Viertel“) and
  "less than two-thirds" 0.6667 "under", „knapp drei Viertel“ and "nearly three-quarters"
  0.75 "nearly", „Gut zwei Drittel“ 0.6667 "over" (three-hundred-and-fifty-eighth: „Gut die
  Hälfte“), „Nur etwa jeder Sechste“ and "Only about one in six" 0.1667 "about" („Nur“,
  "Only" no hedge; three-hundred-and-eighty-eighth: „Nur etwa jeder Fünfte“). New: „fünf
  Sechstel des Gebiets“ and "five-sixths of the Zaporizhzhia region" are 0.8333 - five
  sixths rounded to four places as „zwei Drittel“ is 0.6667, the numerator read as in
  "two-fifths" and „drei Fünftel“ (the issue; three-hundred-and-eighty-eighth). New: „ein
  Sechstel bis ein Fünftel der Fläche“ and "between a sixth and a fifth of the Kharkiv
  region" give both shares, 0.1667 and 0.2, with no hedge - a range of shares is read as a
  range of spans ("three to four weeks" both, four-hundred-and-twentieth) and of counts
  („16.000 bis 20.000 Soldaten“, three-hundred-and-eighty-eighth), "between" no hedge
  (three-hundred-and-eighty-eighth). Shares given in percent stay percentages: the poll's
  „73 Prozent“, „68 Prozent“, "Sixty-eight percent" and "down from 73%" (three-hundredth: a
  number word opening the row reads as digits would; "down from", „noch“ no hedge).
- Counts otherwise (three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth): prisoners („jeweils 320
  Kriegsgefangenen“, „jeweils 320 Kriegsgefangene“, "320 prisoners of war each", "each
  handed over 320 prisoners of war" and "320 POWs apiece" 320 - „jeweils“, "each", "apiece"
  no hedge -, „45 Schwerverletzte sowie zwölf Zivilisten“, „45 Schwerverletzte und zwölf
  Zivilisten“ and their English twins with "Forty-five" opening a row, „mehr als 7.400
  Ukrainer“ and "More than 7,400 Ukrainians" "over", „die Leichen von 52 Soldaten, die
  Ukraine ihrerseits 1.000“ and "the bodies of 52 soldiers and handed over 1,000" 52 and
  1,000 - the noun left out after the last figure, two-hundred-and-seventieth -, „rund 1.600
  festgehaltenen Zivilisten“ and "about 1,600 detained civilians" "about"); drones and
  missiles („286 Drohnen und 15 Raketen“, „251 Drohnen und elf Raketen“, „174 Drohnen und 21
  Marschflugkörpern“ and their English twins, „mehr als 21.000 Drohnen“ "over", „zwei
  Menschen, mindestens 19 erlitten Verletzungen“ and "Two people were killed and at least 19
  injured" with the hedge on the second only, „Rund 190.000 Haushalte“ and "about 190,000
  households" "about", "at least 14 Russian refineries" "at_least"); police, staff and
  monitors („rund 3.800 Beamtinnen und Beamte“ and "about 3,800 police officers" "about",
  „einer 16-köpfigen Delegation“ and "Ukraine's 16-member delegation" 16 -
  three-hundred-and-eighty-eighth: „einer 18-köpfigen Delegation“ -, "three hotels" 3, „24
  Dolmetscherinnen und Dolmetscher sowie zwei Sicherheitsexperten“ and "24 interpreters and
  two security experts" 24 and 2, „rund 210 Delegierten“ and "about 210 delegates" "about",
  „in zwei Arbeitsgruppen“ and "two working groups" 2, „täglich zwei Sitzungen“ 2, „bis zu
  1.200 Beobachter“ and "up to 1,200 monitors" "up_to", "11 co-sponsors" 11); zones and caps
  („von etwa zwei Kilometern Länge“ 2 "about" and "about 2 kilometers (1.2 miles)" 2 "about"
  and 1.2 with no hedge - three-hundred-and-eighty-eighth: "1.5 kilometers (0.9 miles)" -,
  „jeweils 15 Kilometer tief“ 15 and "15 km (9 miles) back on each side" 15 and 9 -
  „beiderseits“, "on each side" none -, „auf 550.000 Soldaten“ and "at 550,000 troops"
  550,000, "a 550,000-strong Ukrainian army is 50,000 above" 550,000 and 50,000 - a figure
  heading a compound, as „16-köpfigen“ -, „von mindestens 800.000 Mann“ and "at least
  800,000" "at_least"). „ein Sechs-Augen-Gespräch“, "a handful of aides" and „Landkarten“
  count nothing.
- Percentages and money: the poll's figures above, its margin „bei höchstens 3,3
  Prozentpunkten“ and "at most 3.3 percentage points" 3.3 "pp" "at_most"
  (three-hundred-and-eighty-eighth: "no more than 3.4 percentage points"); money in the
  currency written: „rund 240 Millionen Lira“ 240,000,000 TRY "about" (hundred-thirty-fifth:
  "5 billion lira ($142 million)"; eightieth: „Lira“), "about 240 million lira ($5.9
  million)" TRY "about" and USD with the converted sum in brackets and no hedge
  (three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth), „bis zu 3,2 Millionen
  Franken“ 3,200,000 CHF "up_to" in Swiss copy and "up to 3.2 million Swiss francs ($3.9
  million)" CHF "up_to" and USD with no hedge, „bis zu 150 Milliarden Dollar“ and "up to
  $150 billion" USD "up_to", „rund 85 Millionen Dollar im Jahr“ and "about $85 million a
  year" USD "about" („im Jahr“, "a year" none), „bis zu 4,5 Milliarden Euro“ and "up to 4.5
  billion euros" EUR "up_to"; „veranschlagt“, „schätzt“, "put" and "by ... estimate" are no
  verbs of saying.
- Years and dates: „im Februar 2022“, „seit Februar 2022“, "in February 2022" and "since
  February 2022" the years; „zwischen dem 27. Mai und dem 3. Juni 1.014 Erwachsene“ and
  "1,014 adults between May 27 and June 3" two dates and the count apart
  (three-hundred-and-eighty-eighth: „zwischen dem 2. und dem 8. April 1.006 Erwachsene“),
  „am 15. Juni um Mitternacht“ and "from June 15" --06-15, „am 12. Juli“, "from July 12" and
  "on July 12" --07-12; Reuters and AFP English datelines with a day ("MOSCOW, June 7
  (Reuters)", "KYIV, June 7 (AFP)", "ISTANBUL, June 8 (Reuters)", "MOSCOW, June 8 (AFP)",
  "GENEVA, June 8 (Reuters)", "ISTANBUL, June 9 (Reuters)", "KYIV, June 9 (Reuters)",
  "VIENNA, June 9 (Reuters)", "KYIV, June 10 (AFP)", "ISTANBUL, June 10 (Reuters)", "ANKARA,
  June 10 (Reuters)", "BERLIN, June 10 (Reuters)", "MOSCOW, June 11 (AFP)" twice, "GENEVA,
  June 11 (AFP)", "ISTANBUL, June 11 (Reuters)") dates without a year (hundred-fifty-ninth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth); dpa, APA, APA/dpa/AFP
  (also "Istanbul/Wien"), Reuters German, AFP German, Keystone-SDA and AP ("ISTANBUL (AP) —"
  twice, "WASHINGTON (AP) —" twice, "MOSCOW (AP) —", "KYIV, Ukraine (AP) —" three times)
  datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Only about"
  "about"; „knapp“, „knapp“ inside a phrase before a compound, "nearly" "nearly"; „gut“,
  „Gut“, „mehr als“, "more than", "More than", "-plus" "over"; „nicht einmal“, "less than"
  "under"; „mindestens“, "at least" "at_least"; „bis zu“, "up to" "up_to"; „höchstens“, "at
  most" "at_most". No hedge: „jeweils“, "each", "apiece", „Nur“, "Only", „noch“, „weitere“,
  "more" after a figure, „insgesamt“, „alle“, "all", „binnen“, "within", "target",
  „frühestens“, "at the earliest", „Das verbleibende“, "remaining", "down from",
  „beiderseits“, "on each side", "between", the „bis“ of a range and "over" before a span.
- Check-worthy without a figure (hundred-fifty-ninth, three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth), 20 rows: the envoy received in the Kremlin, the points
  still unresolved after the Kremlin meeting, Tkatschik's refusal to give up land, Congress
  without the latest text, the delegation heads, the borders for the people to decide in two
  rows, the memorandum as a complement in both languages, the numbered points in both
  languages, the open points in three rows, no joint statement, the summit condition in both
  languages, the Bundestag's vote, and Kyiv's referendum condition in both languages.
- Speakers, checked only in forms the earlier batches settled (and the New form below).
  German: „sagte X“ with the title, the time, the place and the audience dropped („sagte
  Kremlberater Kirill Uwarzew in der Nacht zum Montag vor Journalisten“ -> "Kirill Uwarzew",
  three-hundred-and-eighty-eighth: „sagte Kremlberater Timofej Lytschagin in der Nacht zum
  Montag vor Journalisten“; „sagte Außenamtssprecher Burak Tezcanlı“, hundred-first: „Der
  türkische Außenamtssprecher“; „sagte Kremlsprecher Rodion Prjachin am Dienstag“; „sagte
  Präsidialamtssprecherin Oksana Masurenko“; „sagte EDA-Sprecher Yannick Jaquenoud“; „sagte
  der ukrainische Chefunterhändler Myroslaw Tkatschyk“, two-hundred-and-ninth; „sagte
  Kremlsprecher Rodion Priachin in Moskau“; „sagte Regierungssprecher Ulrich Hahnenkamp am
  Donnerstag“; „sagte Menschenrechtsbeauftragter Petro Darmohraj“), the surname after a
  quote with a figure as written („sagte Prjachin“; three-hundred-and-twenty-sixth,
  three-hundred-and-eighty-eighth), "X sagte, ..." opening the row with the title dropped
  („Miroslaw Tkatschik sagte vor dem Abflug“, „Miroslaw Tkatschik sagte vor Beginn der
  Sitzung“, „Kremlberater Kirill Uwarsew sagte“, „Kremlberater Kirill Uwarzew sagte am
  Freitag“; hundred-twenty-second, three-hundred-and-fifty-eighth), „Laut Baschmakow“ ->
  "Baschmakow" (three-hundred-and-eighty-eighth), „so der Sondergesandte Wesley Brightmore“
  -> "Wesley Brightmore" (the title with its article dropped as in „sagte der Sondergesandte
  Clayton Merrow“, hundred-first; „so X“, ninety-third), „teilte der Koordinierungsstab für
  Kriegsgefangene am Freitag mit“ -> "der Koordinierungsstab für Kriegsgefangene"
  (hundred-first; the weekday dropped, hundred-fourteenth), „wie das Eidgenössische
  Departement für auswärtige Angelegenheiten zum Wochenschluss mitteilte“ -> "das
  Eidgenössische Departement für auswärtige Angelegenheiten" (the occasion dropped;
  three-hundred-and-twenty-fourth: „zum Wochenschluss“; three-hundred-and-fifty-eighth: the
  EDA after „teilte ... mit“; four-hundred-and-twentieth: a body after „wie ... mitteilte“).
  New: „sagte Brightmore, der Sondergesandte des US-Präsidenten, am Dienstagabend“ ->
  "Brightmore" - a role in apposition after the name that follows „sagte“ is dropped as the
  relative clause after „sagte Koltschin, der ...“ was (three-hundred-and-eighty-eighth) and
  as the English apposition after "said X, Russia's deputy foreign minister" is
  (ninety-first, three-hundred-and-fifty-sixth, three-hundred-and-eighty-eighth), while a
  subject parted from its verb by a description stays unchecked
  (two-hundred-and-forty-fourth). English: the name with the title, the weekday, the place
  and the audience dropped ("Kremlin aide Kirill Uvartsev told reporters", "foreign ministry
  spokesman Burak Tezcanli told reporters", "Press secretary Shauna Delacourt-Mims told
  reporters", "U.S. special envoy Wesley Brightmore told reporters in Istanbul", "Kremlin
  spokesman Rodion Priakhin told reporters on Tuesday"; hundred-fortieth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth), "Kremlin aide Kirill
  Uvartsev said", "Kremlin spokesman Rodion Pryakhin said", "government spokesman Ulrich
  Hahnenkamp said on Thursday", "human rights commissioner Petro Darmohrai said", "Kremlin
  aide Kirill Uvartzev said Friday" (three-hundred-and-eighty-eighth), "Sen. Calvin
  Ostergaard said" with "Sen." dropped (hundred-seventy-fifth, four-hundred-and-twentieth),
  "Priakhin said" as written, the name in apposition ("Ukraine's chief negotiator, Myroslav
  Tkachyk, told reporters", "Ukraine's chief negotiator, Myroslav Tkachik, told The
  Associated Press." - the addressee dropped, hundred-fifty-ninth), a quote followed by
  "said Yegor Bashmakov, Russia's deputy foreign minister" the name
  (three-hundred-and-eighty-eighth), "..., the Kremlin said." (twice) -> "the Kremlin" and
  "The White House said Friday that ..." -> "the White House" (hundred-fortieth,
  three-hundred-and-fifty-eighth). Each row's spelling of a transliterated name is its
  speaker, also inside one merged APA story (three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth): „Miroslaw Tkatschik sagte“ -> "Miroslaw Tkatschik" twice
  in APA/dpa/AFP stories whose other rows spell Myroslaw Tkatschyk, „Kremlberater Kirill
  Uwarsew sagte“ -> "Kirill Uwarsew" in the last-day story whose negative rows spell
  Uwarzew; "Rodion Prjachin" (Reuters German) beside "Rodion Priachin" (AFP German), "Rodion
  Pryakhin" (AP) beside "Rodion Priakhin" (AFP English), "Kirill Uvartsev" (Reuters) beside
  "Kirill Uvartzev" (AFP English), "Myroslav Tkachyk" (Reuters) beside "Myroslav Tkachik"
  (AP), "Burak Tezcanlı" (German copy, with its dotless ı) beside "Burak Tezcanli" (AP); no
  row's spelling is normalised to another's.
- Left unchecked (None): all negatives, also those with a named speaker; roles and pronouns,
  the topic's „sagte der Kremlsprecher“ and „so der Sondergesandte“ among them („so der
  Berater“ twice, „fügte er hinzu“, „sagte die Sprecherin“, „so der Chefunterhändler“, „nach
  seinen Worten“ twice, „so der Kremlsprecher“, „sagte der Kremlsprecher“ three times, „so
  der Kremlberater“, „sagte der Berater“, „so der Sprecher“, „sagte ein Sprecher des
  Außenministeriums der Nachrichtenagentur Reuters“, „sagte eine Sprecherin des
  Außenministeriums am Mittwoch“, „so der Menschenrechtsbeauftragte“, „sagte der
  EDA-Sprecher“, „sagte die Präsidialamtssprecherin am Freitag“, „sagte sie“, „teilte der
  Gouverneur des Gebiets mit“, "he said", "she said", "it said", "he added", "they said",
  "the delegate said", "the spokesman said", "the Kremlin spokesman said" twice, "a
  Ukrainian delegate said", "a Ukrainian official said", "a Senate aide said" twice, "the
  regional governor said"; three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth),
  anonymous, plural and adjectival sources („nach Kreml-Angaben“, „nach Angaben aus Moskau“,
  „hieß es aus dem Präsidialamt in Kiew“, „nach ukrainischen Angaben“ twice, „teilte die
  ukrainische Luftwaffe mit“, „nach eigenen Angaben“, „nach Angaben der türkischen
  Gastgeber“, „nach Angaben aus Verhandlungskreisen“, „nach Angaben aus Delegationskreisen“,
  „nach Angaben aus der russischen Delegation“, „nach Angaben aus der Delegation“, „nach
  Angaben beider Seiten“, „nach dpa-Informationen“, "two administration officials said",
  "Ukraine's air force said", "two people briefed on the session said", "Russian negotiators
  said", "Ukrainian officials said", "both delegations said", "the two people said", "Kyiv
  said", "Austria's foreign ministry said", "Ukraine's coordination headquarters for POWs
  said", "Ukraine's presidential office said", "the Swiss foreign ministry said", "Two
  Democratic senators said"; three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth), a description before the name („nach Angaben des
  Netzbetreibers Ukrenergo“ - a masculine genitive, hundredth -, "grid operator Ukrenergo
  said"; fortieth), „nach Darstellung des Kremls“ (hundred-forty-second), polls, estimates
  and documents („Für die Erhebung des Kiewer Internationalen Instituts für Soziologie“, "a
  Kyiv International Institute of Sociology poll showed", "The institute surveyed", „nach
  westlichen Schätzungen“, "By Western estimates", „veranschlagt das türkische
  Außenministerium“, "by the Turkish foreign ministry's estimate", „schätzt Ankara“, "Ankara
  put", „sieht der Entwurf ... vor“; hundred-tenth, three-hundred-and-eighty-eighth), every
  "according to" ("according to two people familiar with the text", "according to the
  draft", "according to Ukrainian officials", "according to a Western diplomat";
  two-hundred-and-fourth), verbs that are not of saying („wies ... zurück“, „lehnt ... ab“,
  "ruled out", "dismissed"), and - to keep the checked speakers near 35, as the
  three-hundred-and-forty-ninth, three-hundred-and-fifty-eighth and
  three-hundred-and-eighty-eighth batches did - „nach Angaben der Stadtverwaltung“, „nach
  Angaben der Wahlkommission“, "the city administration said" and "the election commission
  said".
- Negatives (hundred-fortieth, hundred-fifty-ninth, two-hundred-and-fourth,
  three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth), none with a figure:
  headings of service pieces („Istanbul vor den Gesprächen: Was man wissen muss“,
  „Hintergrund: Was im amerikanischen Rahmenplan steht“, „Zitate des Tages zu den Gesprächen
  in Istanbul“, „Analyse: Was nach Istanbul bleibt“, "FACTBOX-What Washington's framework
  for Ukraine says and what it leaves out", "ANALYSIS-After Istanbul, envoys hold the easy
  points and none of the hard ones"; three-hundred-and-fifty-eighth: „Zitate des Tages ...“
  heads a collection of quotes), a quote of the day with its speaker in brackets (its
  heading's collection, three-hundred-and-fifty-eighth), atmosphere labels („sachlich, ruhig
  und ohne Umschweife“), rhetoric and slogans in quotes (the pairs above, the Ukrainian
  delegate's "A paper that disarms Ukraine ...", the sociologist's "People are tired ..."),
  denials as labels (above), labels from a party and a senator (the FPÖ's „teurer
  Kulissenschieberei auf fremder Bühne“, Ostergaard's "a blank page with a flag on it";
  hundred-sixteenth), an assessment lead joined to an evasion („sieht der Kreml eine
  Einigung ... in Reichweite, will sich aber auf keinen Termin festlegen“;
  three-hundred-and-eighty-eighth), a verdict with „halten ... für“ (Gruber-Lechleitner's
  „für „eher unwahrscheinlich““; ninety-eighth) and her forecast told to the APA, diplomats'
  views and doubts without a figure („Westliche Diplomaten sehen in dem Papier ...“,
  "Diplomats in Istanbul said privately ...", "Several diplomats in Istanbul doubted ..."),
  evasions and no-comment lines („wollte Tkatschyk nicht sagen“, „ließ Uwarsew offen“, „Ich
  werde hier keine Daten verkünden ...“, "Asked whether ..., Delacourt-Mims said she had
  nothing to announce", "Neither delegation would say whether ...", "He declined to say when
  ...", "The White House gave no immediate response ...", "The White House had no immediate
  comment.", "There was no immediate response from Kyiv."; fourteenth, hundred-fifty-ninth),
  an open question („Ob dabei auch über eine Waffenruhe gesprochen wurde, blieb zunächst
  offen.“; hundred-twenty-fourth), a mood lead in both languages and vox pops without
  figures (Halyna Sabolotna and Halyna Zabolotna; hundred-ninety-third,
  three-hundred-and-eighty-eighth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_421 = [
    # --- Siebtes Treffen im Kreml (dpa), Montag, 7. Juni ---
    (
        "de",
        "Moskau (dpa) - Der US-Sondergesandte Wesley Brightmore ist am Sonntagabend kurz vor den Istanbuler Gesprächen ein weiteres Mal vom russischen Präsidenten im Kreml empfangen worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Kreml-Angaben war es seit dem vergangenen Herbst bereits ihr siebtes Treffen.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "In dem sechsstündigen Gespräch sei der amerikanische 14-Punkte-Rahmenplan Absatz für Absatz erörtert worden, sagte Kremlberater Kirill Uwarzew in der Nacht zum Montag vor Journalisten.",
        True,
        [("duration", 6, "hour", None), ("count", 14, None, None)],
        "Kirill Uwarzew",
    ),
    (
        "de",
        "Über neun der 14 Punkte bestehe inzwischen Einigkeit, über drei weitere werde noch an den Formulierungen gefeilt, so der Berater.",
        True,
        [("count", 9, None, None), ("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Die Atmosphäre sei „sachlich, ruhig und ohne Umschweife“ gewesen, sagte Uwarzew.", False, [], None),
    (
        "de",
        "Ungelöst seien weiterhin die Grenzziehung im Süden und die Frage, wer die Schifffahrt auf dem Dnipro kontrolliert, fügte er hinzu.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dem Gespräch war nach Angaben aus Moskau ein anderthalbstündiges Abendessen im kleinen Kreis vorausgegangen.",
        True,
        [("duration", 1.5, "hour", None)],
        None,
    ),
    # --- Seventh Kremlin meeting (Reuters), June 7 ---
    (
        "en",
        "MOSCOW, June 7 (Reuters) - U.S. special envoy Wesley Brightmore met Russia's president for six hours at the Kremlin late on Sunday, their seventh meeting since last autumn, the Kremlin said.",
        True,
        [("date", "--06-07", None, None), ("duration", 6, "hour", None), ("ordinal", 7, None, None)],
        "the Kremlin",
    ),
    (
        "en",
        "Kremlin aide Kirill Uvartsev told reporters that nine of the 14 points in Washington's framework had been agreed and three more were close.",
        True,
        [("count", 9, None, None), ("count", 14, None, None), ("count", 3, None, None)],
        "Kirill Uvartsev",
    ),
    ("en", '"We were not talking about weeks, we were talking about generations," Uvartsev said.', False, [], None),
    (
        "en",
        "The two men had earlier spent 90 minutes over dinner with a handful of aides, he said.",
        True,
        [("count", 2, None, None), ("duration", 90, "minute", None)],
        None,
    ),
    ("en", "The White House gave no immediate response when asked about the meeting.", False, [], None),
    # --- Istanbul vor den Gesprächen (APA/dpa/AFP), 7. Juni ---
    ("de", "Istanbul vor den Gesprächen: Was man wissen muss", False, [], None),
    (
        "de",
        "Istanbul (APA/dpa/AFP) - Für die sechste Runde der Dreiergespräche von Amerikanern, Russen und Ukrainern bietet die türkische Polizei nach eigenen Angaben rund 3.800 Beamtinnen und Beamte auf.",
        True,
        [("ordinal", 6, None, None), ("count", 3, None, None), ("count", 3800, None, "about")],
        None,
    ),
    (
        "de",
        "Der Dolmabahçe-Palast am Bosporus und ein Uferstreifen von etwa zwei Kilometern Länge bleiben bis Freitagabend gesperrt.",
        True,
        [("count", 2, None, "about")],
        None,
    ),
    (
        "de",
        "Die Kosten für die Ausrichtung veranschlagt das türkische Außenministerium auf rund 240 Millionen Lira.",
        True,
        [("money", 240000000, "TRY", "about")],
        None,
    ),
    (
        "de",
        "Es sei das dritte Mal binnen eines Jahres, dass Istanbul solche Gespräche beherberge, sagte Außenamtssprecher Burak Tezcanlı.",
        True,
        [("ordinal", 3, None, None)],
        "Burak Tezcanlı",
    ),
    ("de", "„Der Bosporus hat schon viele Feinde miteinander reden sehen“, sagte Tezcanlı.", False, [], None),
    (
        "de",
        "Chefunterhändler Myroslaw Tkatschyk reise mit einer 16-köpfigen Delegation an, hieß es aus dem Präsidialamt in Kiew.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Miroslaw Tkatschik sagte vor dem Abflug, Kiew werde in Istanbul keinen Quadratmeter ukrainischen Bodens preisgeben.",
        True,
        [],
        "Miroslaw Tkatschik",
    ),
    (
        "de",
        "Zugleich wolle die Ukraine über die Freilassung von rund 1.600 festgehaltenen Zivilisten sprechen, so der Chefunterhändler.",
        True,
        [("count", 1600, None, "about")],
        None,
    ),
    # --- Istanbul locks down (AP), June 7 ---
    (
        "en",
        "ISTANBUL (AP) — Turkey is deploying about 3,800 police officers around the Dolmabahce Palace for the sixth round of three-way talks on the war in Ukraine.",
        True,
        [("count", 3800, None, "about"), ("ordinal", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A stretch of the Bosphorus shore about 2 kilometers (1.2 miles) long will be closed to the public until Friday night.",
        True,
        [("count", 2, None, "about"), ("count", 1.2, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's 16-member delegation, led by chief negotiator Myroslav Tkachik, arrived on Monday evening.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "The Turkish hosts have booked three hotels on the European side of the city for the delegations.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Kyiv also wants the release of about 1,600 detained civilians on the agenda, a Ukrainian official said.",
        True,
        [("count", 1600, None, "about")],
        None,
    ),
    (
        "en",
        "Hosting the round will cost about 240 million lira ($5.9 million), by the Turkish foreign ministry's estimate.",
        True,
        [("money", 240000000, "TRY", "about"), ("money", 5900000, "USD", None)],
        None,
    ),
    (
        "en",
        "It is the third time in a year that Istanbul has hosted such talks, foreign ministry spokesman Burak Tezcanli told reporters.",
        True,
        [("ordinal", 3, None, None)],
        "Burak Tezcanli",
    ),
    # --- White House target (AP), June 7 ---
    (
        "en",
        "WASHINGTON (AP) — The White House wants the outlines of a ceasefire agreed within 30 days of the Istanbul round, two administration officials said Monday.",
        True,
        [("duration", 30, "day", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Press secretary Shauna Delacourt-Mims told reporters the president and Brightmore had spoken in a three-hour call after the Kremlin meeting.",
        True,
        [("duration", 3, "hour", None)],
        "Shauna Delacourt-Mims",
    ),
    (
        "en",
        "The president has spoken with Brightmore 11 times since March, she said.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    ("en", '"Nobody here is popping champagne yet," Delacourt-Mims said.', False, [], None),
    (
        "en",
        "The 14-point framework, which ran to 20 points when Kyiv saw it in March, was shortened after objections from European capitals.",
        True,
        [("count", 14, None, None), ("count", 20, None, None)],
        None,
    ),
    ("en", "Congress has not been shown the latest version, a Senate aide said.", True, [], None),
    (
        "en",
        "Asked whether the president would travel to Istanbul, Delacourt-Mims said she had nothing to announce.",
        False,
        [],
        None,
    ),
    # --- Drohnen vor dem Auftakt (dpa), 7. Juni ---
    (
        "de",
        "Kiew (dpa) - In der Nacht vor dem Auftakt in Istanbul hat Russland nach ukrainischen Angaben 286 Drohnen und 15 Raketen auf die Ukraine abgefeuert.",
        True,
        [("count", 286, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Die Flugabwehr habe 251 Drohnen und elf Raketen zerstört, teilte die ukrainische Luftwaffe mit.",
        True,
        [("count", 251, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "In Odessa starben nach Angaben der Stadtverwaltung zwei Menschen, mindestens 19 erlitten Verletzungen.",
        True,
        [("count", 2, None, None), ("count", 19, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Moskau schickt Unterhändler nach Istanbul und Drohnen nach Odessa“, sagte Präsidialamtssprecherin Oksana Masurenko.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn habe Russland mehr als 21.000 Drohnen gegen ukrainische Städte eingesetzt, sagte die Sprecherin.",
        True,
        [("count", 21000, None, "over")],
        None,
    ),
    # --- Drones before the talks (AFP), June 7 ---
    (
        "en",
        "KYIV, June 7 (AFP) - Russia sent 286 drones and 15 missiles against Ukraine in the night before the Istanbul talks opened, Ukraine's air force said Monday.",
        True,
        [("date", "--06-07", None, None), ("count", 286, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Air defences downed 251 drones and 11 missiles, it said.",
        True,
        [("count", 251, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Two people were killed and at least 19 injured in the Black Sea port of Odesa, the city administration said.",
        True,
        [("count", 2, None, None), ("count", 19, None, "at_least")],
        None,
    ),
    (
        "en",
        '"Moscow sends negotiators to Istanbul and drones to Odesa," presidential spokeswoman Oksana Mazurenko said.',
        False,
        [],
        None,
    ),
    # --- Auftakt im Dolmabahçe-Palast (APA/dpa/AFP), Dienstag, 8. Juni ---
    (
        "de",
        "Istanbul (APA/dpa/AFP) - Im Istanbuler Dolmabahçe-Palast hat am Dienstag die sechste Runde der Dreiergespräche über ein Ende des Kriegs in der Ukraine begonnen.",
        True,
        [("ordinal", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Gespräche sind nach Angaben der türkischen Gastgeber auf drei Tage angesetzt.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Die russische Delegation leitet Vizeaußenminister Jegor Baschmakow, die ukrainische Chefunterhändler Myroslaw Tkatschyk.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am ersten Verhandlungstag berieten die Delegationen nach Angaben aus Verhandlungskreisen gut neuneinhalb Stunden lang.",
        True,
        [("ordinal", 1, None, None), ("duration", 9.5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Miroslaw Tkatschik sagte vor Beginn der Sitzung, über die Grenzen der Ukraine entscheide allein das ukrainische Volk.",
        True,
        [],
        "Miroslaw Tkatschik",
    ),
    ("de", "„Wir sind nicht hier, um Landkarten zu verschenken“, sagte Tkatschyk.", False, [], None),
    (
        "de",
        "Die ukrainische Delegation legte nach Angaben aus Delegationskreisen ein eigenes 19-Punkte-Papier zu Sicherheitsgarantien vor.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben aus der russischen Delegation will Moskau in Istanbul auch über einen weiteren Gefangenenaustausch verhandeln, den dritten in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Am Abend kamen Baschmakow und Tkatschyk zu einem dreieinhalbstündigen Zweiergespräch ohne die amerikanische Seite zusammen.",
        True,
        [("duration", 3.5, "hour", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Zuvor hatte Brightmore beide Delegationsleiter zu einem knapp einstündigen Sechs-Augen-Gespräch gebeten.",
        True,
        [("duration", 1, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Die drei Delegationen hätten sich auf täglich zwei Sitzungen verständigt, sagte Brightmore, der Sondergesandte des US-Präsidenten, am Dienstagabend.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        "Brightmore",
    ),
    ("de", "Ob dabei auch über eine Waffenruhe gesprochen wurde, blieb zunächst offen.", False, [], None),
    # --- Talks open (Reuters), June 8 ---
    (
        "en",
        "ISTANBUL, June 8 (Reuters) - American, Russian and Ukrainian envoys began a sixth round of their three-way talks on Tuesday at a palace on the Bosphorus, with the Turkish hosts setting aside three days.",
        True,
        [
            ("date", "--06-08", None, None),
            ("ordinal", 6, None, None),
            ("count", 3, None, None),
            ("duration", 3, "day", None),
        ],
        None,
    ),
    (
        "en",
        "On the first day the delegations were in session for more than nine and a half hours, a Ukrainian delegate said.",
        True,
        [("ordinal", 1, None, None), ("duration", 9.5, "hour", "over")],
        None,
    ),
    (
        "en",
        "Ukraine's chief negotiator, Myroslav Tkachyk, told reporters only Ukrainians could decide on the country's borders.",
        True,
        [],
        "Myroslav Tkachyk",
    ),
    ("en", '"We did not come here to give away maps," Tkachyk said.', False, [], None),
    (
        "en",
        "Ukraine's delegation brought a 19-point paper of its own on security guarantees, the delegate said.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Russia's delegation head, Deputy Foreign Minister Yegor Bashmakov, later met Tkachyk on his own for three and a half hours.",
        True,
        [("duration", 3.5, "hour", None)],
        None,
    ),
    (
        "en",
        '"Nine points are done, five are not," said Yegor Bashmakov, Russia\'s deputy foreign minister.',
        True,
        [("count", 9, None, None), ("count", 5, None, None)],
        "Yegor Bashmakov",
    ),
    (
        "en",
        "Brightmore had earlier seen the two delegation heads together for nearly 60 minutes.",
        True,
        [("count", 2, None, None), ("duration", 60, "minute", "nearly")],
        None,
    ),
    (
        "en",
        "U.S. special envoy Wesley Brightmore told reporters in Istanbul he would return to Moscow within two weeks.",
        True,
        [("duration", 2, "week", None)],
        "Wesley Brightmore",
    ),
    ("en", '"This is not a dictate, it is an offer," the envoy said.', False, [], None),
    ("en", "Neither delegation would say whether a truce had come up.", False, [], None),
    # --- Kreml zu Saporischschja (Reuters), 8. Juni ---
    (
        "de",
        "Moskau (Reuters) - Russland kontrolliert nach Darstellung des Kremls inzwischen fünf Sechstel des Gebiets Saporischschja.",
        True,
        [("fraction", 0.8333, None, None)],
        None,
    ),
    (
        "de",
        "Das verbleibende Sechstel um die Gebietshauptstadt müsse die ukrainische Armee räumen, sagte Kremlsprecher Rodion Prjachin am Dienstag.",
        True,
        [("fraction", 0.1667, None, None)],
        "Rodion Prjachin",
    ),
    (
        "de",
        "„Wir haben den Amerikanern mindestens 30 Mal gesagt, dass über dieses Gebiet nicht verhandelt wird“, sagte Prjachin.",
        True,
        [("count", 30, None, "at_least")],
        "Prjachin",
    ),
    (
        "de",
        "Im Gebiet Cherson halte Russland zwei Fünftel der Fläche, alles auf dem linken Ufer des Dnipro, so der Kremlsprecher.",
        True,
        [("fraction", 0.4, None, None)],
        None,
    ),
    (
        "de",
        "Kiew wies die Zahlen zurück: Russland halte nicht einmal zwei Drittel des Gebiets Saporischschja, sagte Präsidialamtssprecherin Oksana Masurenko.",
        True,
        [("fraction", 0.6667, None, "under")],
        "Oksana Masurenko",
    ),
    (
        "de",
        "Nach westlichen Schätzungen kontrolliert Russland knapp drei Viertel des Gebiets.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Gebiet Charkiw halten russische Truppen demnach ein Sechstel bis ein Fünftel der Fläche.",
        True,
        [("fraction", 0.1667, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    ("de", "Die Angaben aus Moskau seien „Wunschdenken mit Stempel“, sagte Masurenko.", False, [], None),
    # --- Kremlin on Zaporizhzhia (AFP), June 8 ---
    (
        "en",
        "MOSCOW, June 8 (AFP) - Russian forces now hold five-sixths of the Zaporizhzhia region, Kremlin spokesman Rodion Priakhin told reporters on Tuesday.",
        True,
        [("date", "--06-08", None, None), ("fraction", 0.8333, None, None)],
        "Rodion Priakhin",
    ),
    (
        "en",
        "Ukraine must pull its troops out of the remaining sixth, including the regional capital, Priakhin said.",
        True,
        [("fraction", 0.1667, None, None)],
        "Priakhin",
    ),
    (
        "en",
        "In the neighbouring Kherson region, Russia holds two-fifths of the territory, all of it east of the Dnipro, he said.",
        True,
        [("fraction", 0.4, None, None)],
        None,
    ),
    (
        "en",
        "Moscow wants that sixth handed over within 30 days of any deal, he said.",
        True,
        [("fraction", 0.1667, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "Kyiv said Russia controlled less than two-thirds of the Zaporizhzhia region.",
        True,
        [("fraction", 0.6667, None, "under")],
        None,
    ),
    (
        "en",
        "By Western estimates, Moscow holds nearly three-quarters of it and between a sixth and a fifth of the Kharkiv region.",
        True,
        [("fraction", 0.75, None, "nearly"), ("fraction", 0.1667, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        'Priakhin dismissed a question about a freeze along the current line as "a Western fantasy".',
        False,
        [],
        None,
    ),
    # --- Schweiz bietet sich an (Keystone-SDA), 8. Juni ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz bietet sich als Gastgeberin einer siebten Runde der Dreiergespräche im Juli in Genf an.",
        True,
        [("ordinal", 7, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten für Sicherheit und Logistik würden sich auf bis zu 3,2 Millionen Franken belaufen, sagte EDA-Sprecher Yannick Jaquenoud.",
        True,
        [("money", 3200000, "CHF", "up_to")],
        "Yannick Jaquenoud",
    ),
    (
        "de",
        "«Die Schweiz stellt den Tisch, den Willen müssen die Parteien mitbringen», sagte Jaquenoud.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Genf hatte bereits die zweite und die vierte Runde beherbergt.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    # --- Swiss offer (Reuters), June 8 ---
    (
        "en",
        "GENEVA, June 8 (Reuters) - Switzerland offered to host a seventh round of the three-way talks in Geneva in July, at a cost of up to 3.2 million Swiss francs ($3.9 million).",
        True,
        [
            ("date", "--06-08", None, None),
            ("ordinal", 7, None, None),
            ("count", 3, None, None),
            ("money", 3200000, "CHF", "up_to"),
            ("money", 3900000, "USD", None),
        ],
        None,
    ),
    # --- Gefangenenaustausch vereinbart (dpa), Mittwoch, 9. Juni ---
    (
        "de",
        "Istanbul (dpa) - Am zweiten Verhandlungstag haben sich Russland und die Ukraine auf den Austausch von jeweils 320 Kriegsgefangenen geeinigt.",
        True,
        [("ordinal", 2, None, None), ("count", 320, None, None)],
        None,
    ),
    (
        "de",
        "Es wäre der 79. Austausch seit Beginn der großangelegten Invasion im Februar 2022, sagte der ukrainische Chefunterhändler Myroslaw Tkatschyk.",
        True,
        [("ordinal", 79, None, None), ("year", 2022, None, None)],
        "Myroslaw Tkatschyk",
    ),
    (
        "de",
        "Freikommen sollen nach seinen Worten zunächst 45 Schwerverletzte sowie zwölf Zivilisten.",
        True,
        [("count", 45, None, None), ("count", 12, None, None)],
        None,
    ),
    ("de", "„Jeder, der heimkehrt, ist ein Sieg, den uns niemand nehmen kann“, sagte Tkatschyk.", False, [], None),
    (
        "de",
        "Laut Baschmakow soll der Austausch binnen zehn Tagen an der Grenze zu Belarus stattfinden.",
        True,
        [("duration", 10, "day", None)],
        "Baschmakow",
    ),
    ("de", "Wann genau die Busse rollen, wollte Tkatschyk nicht sagen.", False, [], None),
    # --- Swap agreed (AP), June 9 ---
    (
        "en",
        "ISTANBUL (AP) — Russia and Ukraine agreed on the second day of talks in Istanbul to exchange 320 prisoners of war each, Ukraine's chief negotiator, Myroslav Tkachik, told The Associated Press.",
        True,
        [("ordinal", 2, None, None), ("count", 320, None, None)],
        "Myroslav Tkachik",
    ),
    (
        "en",
        "It would be the 79th swap in a war Russia began in February 2022.",
        True,
        [("ordinal", 79, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Forty-five badly wounded soldiers and 12 civilians head the list, he said.",
        True,
        [("count", 45, None, None), ("count", 12, None, None)],
        None,
    ),
    ("en", '"Every person who comes home is a victory nobody can take from us," he said.', False, [], None),
    (
        "en",
        "Russian negotiators said the handover would take place within 10 days on the border with Belarus.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    # --- Moskaus Gegenpapier (AFP), 9. Juni ---
    (
        "de",
        "Moskau (AFP) - Russland hat in Istanbul ein eigenes Sieben-Punkte-Memorandum vorgelegt.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Das Papier begrenze die ukrainischen Streitkräfte unter anderem auf 550.000 Soldaten, sagte Kremlsprecher Rodion Priachin in Moskau.",
        True,
        [("count", 550000, None, None)],
        "Rodion Priachin",
    ),
    (
        "de",
        "Die Ukraine besteht nach Angaben aus der Delegation auf einer Armee von mindestens 800.000 Mann.",
        True,
        [("count", 800000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das Memorandum ersetze den amerikanischen Rahmenplan nicht, sondern ergänze ihn, sagte der Kremlsprecher.",
        True,
        [],
        None,
    ),
    # --- Moscow's memorandum (Reuters), June 9 ---
    (
        "en",
        "ISTANBUL, June 9 (Reuters) - Russia tabled a seven-point memorandum of its own at the Istanbul talks, capping Ukraine's army at 550,000 troops, two people briefed on the session said.",
        True,
        [
            ("date", "--06-09", None, None),
            ("count", 7, None, None),
            ("count", 550000, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    ("en", "Kyiv wants a ceiling of at least 800,000, they said.", True, [("count", 800000, None, "at_least")], None),
    (
        "en",
        "The memorandum would complement the U.S. framework rather than replace it, the Kremlin spokesman said.",
        True,
        [],
        None,
    ),
    ("en", '"A paper that disarms Ukraine is not called peace," a Ukrainian delegate said.', False, [], None),
    # --- Umfrage in Kiew (dpa), 9. Juni ---
    (
        "de",
        "Kiew (dpa) - Gut zwei Drittel der Ukrainerinnen und Ukrainer lehnen es ab, für einen Frieden auf Gebiete zu verzichten.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Für die Erhebung des Kiewer Internationalen Instituts für Soziologie wurden zwischen dem 27. Mai und dem 3. Juni 1.014 Erwachsene befragt.",
        True,
        [("date", "--05-27", None, None), ("date", "--06-03", None, None), ("count", 1014, None, None)],
        None,
    ),
    (
        "de",
        "Im Februar lag der Anteil noch bei 73 Prozent, nun sind es 68 Prozent.",
        True,
        [("percent", 73, "%", None), ("percent", 68, "%", None)],
        None,
    ),
    (
        "de",
        "Nur etwa jeder Sechste wäre bereit, das Gebiet Saporischschja ganz aufzugeben.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    ("de", "Die Fehlerquote liegt bei höchstens 3,3 Prozentpunkten.", True, [("percent", 3.3, "pp", "at_most")], None),
    # --- Poll (Reuters), June 9 ---
    (
        "en",
        "KYIV, June 9 (Reuters) - Sixty-eight percent of Ukrainians reject giving up territory for peace, down from 73% in February, a Kyiv International Institute of Sociology poll showed.",
        True,
        [("date", "--06-09", None, None), ("percent", 68, "%", None), ("percent", 73, "%", None)],
        None,
    ),
    (
        "en",
        "Only about one in six would accept handing over all of the Zaporizhzhia region.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    (
        "en",
        "The institute surveyed 1,014 adults between May 27 and June 3; the poll's error margin is at most 3.3 percentage points.",
        True,
        [
            ("count", 1014, None, None),
            ("date", "--05-27", None, None),
            ("date", "--06-03", None, None),
            ("percent", 3.3, "pp", "at_most"),
        ],
        None,
    ),
    (
        "en",
        "Two-fifths of respondents said they expected the war to last at least two more years.",
        True,
        [("fraction", 0.4, None, None), ("duration", 2, "year", "at_least")],
        None,
    ),
    (
        "en",
        '"People are tired, but they are not ready to capitulate," a sociologist at the institute said.',
        False,
        [],
        None,
    ),
    # --- Austria lends interpreters (Reuters), June 9 ---
    (
        "en",
        "VIENNA, June 9 (Reuters) - Austria has lent Turkey 24 interpreters and two security experts for the Istanbul talks, Austria's foreign ministry said.",
        True,
        [("date", "--06-09", None, None), ("count", 24, None, None), ("count", 2, None, None)],
        None,
    ),
    # --- Wiener Reaktionen (APA), 9. Juni ---
    (
        "de",
        "Wien (APA) - Österreich hat der Türkei für die Istanbuler Gespräche 24 Dolmetscherinnen und Dolmetscher sowie zwei Sicherheitsexperten zur Verfügung gestellt.",
        True,
        [("count", 24, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Wien könne eine der nächsten Runden binnen 14 Tagen in der Hofburg ausrichten, sagte eine Sprecherin des Außenministeriums am Mittwoch.",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    ("de", "Die FPÖ sprach von „teurer Kulissenschieberei auf fremder Bühne“.", False, [], None),
    (
        "de",
        "Die Politologin Ines Gruber-Lechleitner hält einen Durchbruch in Istanbul für „eher unwahrscheinlich“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit dem ersten Treffen der Unterhändler in Genf seien knapp 15 Monate vergangen, sagte sie.",
        True,
        [("ordinal", 1, None, None), ("duration", 15, "month", "nearly")],
        None,
    ),
    # --- Hintergrund: Der Rahmenplan (dpa), 9. Juni ---
    ("de", "Hintergrund: Was im amerikanischen Rahmenplan steht", False, [], None),
    (
        "de",
        "Der Rahmenplan ist nach dpa-Informationen inzwischen auf 14 Punkte geschrumpft, im Frühjahr waren es noch 20.",
        True,
        [("count", 14, None, None), ("count", 20, None, None)],
        None,
    ),
    ("de", "Punkt 6 regelt die Rückkehr verschleppter Kinder, Punkt 11 den Wiederaufbau.", True, [], None),
    (
        "de",
        "Für den Wiederaufbau sieht der Entwurf einen Fonds von bis zu 150 Milliarden Dollar vor.",
        True,
        [("money", 150000000000, "USD", "up_to")],
        None,
    ),
    (
        "de",
        "Eine entmilitarisierte Zone soll beiderseits der Frontlinie jeweils 15 Kilometer tief reichen.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    ("de", "Westliche Diplomaten sehen in dem Papier vor allem einen Versuch, Zeit zu gewinnen.", False, [], None),
    # --- FACTBOX (Reuters), June 9 ---
    ("en", "FACTBOX-What Washington's framework for Ukraine says and what it leaves out", False, [], None),
    (
        "en",
        "The framework now runs to 14 points, down from 20 in the version shown to Kyiv in the spring, according to two people familiar with the text.",
        True,
        [("count", 14, None, None), ("count", 20, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "Point 6 covers the return of deported children and Point 11 a reconstruction fund.", True, [], None),
    (
        "en",
        "The fund would draw on up to $150 billion, according to the draft.",
        True,
        [("money", 150000000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "A demilitarised zone would run 15 km (9 miles) back on each side of the front line.",
        True,
        [("count", 15, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Security guarantees for Ukraine are not yet spelled out, the two people said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", "The Russian memorandum, by contrast, runs to seven points.", True, [("count", 7, None, None)], None),
    # --- Nacht der Angriffe (AFP), Donnerstag, 10. Juni ---
    (
        "de",
        "Kiew (AFP) - Noch während in Istanbul verhandelt wurde, griff Russland die Ukraine in der Nacht zum Donnerstag mit 174 Drohnen und 21 Marschflugkörpern an.",
        True,
        [("count", 174, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Es war nach Angaben des Netzbetreibers Ukrenergo der siebte großangelegte Angriff auf das Stromnetz seit Mai.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Rund 190.000 Haushalte im Gebiet Charkiw waren am Morgen ohne Strom, teilte der Gouverneur des Gebiets mit.",
        True,
        [("count", 190000, None, "about")],
        None,
    ),
    ("de", "„Das ist die Handschrift, mit der Moskau in Istanbul unterschreibt“, sagte Masurenko.", False, [], None),
    # --- Grid attacked (AFP), June 10 ---
    (
        "en",
        "KYIV, June 10 (AFP) - Russia struck Ukraine's power grid with 174 drones and 21 cruise missiles overnight, the seventh major attack on the grid since May, grid operator Ukrenergo said.",
        True,
        [
            ("date", "--06-10", None, None),
            ("count", 174, None, None),
            ("count", 21, None, None),
            ("ordinal", 7, None, None),
        ],
        None,
    ),
    (
        "en",
        "Power was cut to about 190,000 households across the Kharkiv region, the regional governor said.",
        True,
        [("count", 190000, None, "about")],
        None,
    ),
    (
        "en",
        '"This is the signature Moscow puts on its promises in Istanbul," presidential spokeswoman Oksana Mazurenko said.',
        False,
        [],
        None,
    ),
    # --- Letzter Verhandlungstag (APA/dpa/AFP), 10. Juni ---
    (
        "de",
        "Istanbul (APA/dpa/AFP) - Zum Abschluss des dritten und letzten Verhandlungstags haben sich die Delegationen nach Angaben beider Seiten auf elf der 14 Punkte des Rahmenplans verständigt.",
        True,
        [("ordinal", 3, None, None), ("count", 11, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Offen seien neben der Gebietsfrage noch die Obergrenze für die ukrainische Armee und der Status des Kraftwerks am Dnipro, so der Kremlberater.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kremlberater Kirill Uwarsew sagte, in dem drei- bis vierstündigen Abschlussgespräch sei über jeden der drei offenen Punkte gesprochen worden.",
        True,
        [("duration", 3, "hour", None), ("duration", 4, "hour", None), ("count", 3, None, None)],
        "Kirill Uwarsew",
    ),
    ("de", "„So nah waren wir dem Ziel nie, angekommen sind wir aber noch nicht“, sagte Uwarzew.", False, [], None),
    ("de", "Eine gemeinsame Abschlusserklärung gab es nicht.", True, [], None),
    (
        "de",
        "Es war nach türkischer Zählung die Gesprächsrunde Nummer sechs seit dem vergangenen Herbst.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    ("de", "Ob die Präsidenten einander noch vor dem Sommer treffen, ließ Uwarsew offen.", False, [], None),
    # --- Last day (Reuters), June 10 ---
    (
        "en",
        "ISTANBUL, June 10 (Reuters) - Envoys agreed on 11 of the 14 points of the U.S. framework on the third and final day of talks in Istanbul, both delegations said.",
        True,
        [
            ("date", "--06-10", None, None),
            ("count", 11, None, None),
            ("count", 14, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "By Turkish reckoning, it was round number six since last autumn.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Kremlin aide Kirill Uvartsev said a three-hour-plus closing session had gone through each of the three open points.",
        True,
        [("duration", 3, "hour", "over"), ("count", 3, None, None)],
        "Kirill Uvartsev",
    ),
    (
        "en",
        "The size of Ukraine's army, the southern boundary and the status of the Dnipro power plant remained open, he said.",
        True,
        [],
        None,
    ),
    ("en", '"We are closer than ever, but we are not there," Uvartsev said.', False, [], None),
    (
        "en",
        "Diplomats in Istanbul said privately that neither side seemed ready to move on territory.",
        False,
        [],
        None,
    ),
    # --- Kein Präsidentengipfel (dpa), 10. Juni ---
    (
        "de",
        "Moskau (dpa) - Einen Gipfel des russischen und des ukrainischen Präsidenten lehnt der Kreml ab, solange nicht alle 14 Punkte geklärt sind.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Ein solches Treffen könne „am Ende stehen, nicht am Anfang“, sagte der Kremlsprecher am Donnerstag.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die beiden Präsidenten hätten zuletzt im April telefoniert, ihr drittes Gespräch in diesem Jahr, so der Sprecher.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "„Ich werde hier keine Daten verkünden, die es nicht gibt“, sagte Prjachin.", False, [], None),
    # --- No summit (AP), June 10 ---
    (
        "en",
        "MOSCOW (AP) — The Kremlin on Thursday ruled out any summit of Russia's and Ukraine's presidents before all 14 points are agreed.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("en", '"Such a meeting comes at the end, not at the beginning," the Kremlin spokesman said.', True, [], None),
    (
        "en",
        "The two presidents last spoke in April, their third call this year, Kremlin spokesman Rodion Pryakhin said.",
        True,
        [("count", 2, None, None), ("ordinal", 3, None, None)],
        "Rodion Pryakhin",
    ),
    ("en", "The White House had no immediate comment.", False, [], None),
    # --- Ankara bietet Beobachter an (Reuters), 10. Juni ---
    (
        "de",
        "Ankara (Reuters) - Die Türkei ist bereit, bis zu 1.200 Beobachter zur Überwachung einer Waffenruhe im Schwarzen Meer zu entsenden.",
        True,
        [("count", 1200, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Einsatz solle zunächst auf sechs Monate angelegt sein und könne um ein halbes Jahr verlängert werden, sagte ein Sprecher des Außenministeriums der Nachrichtenagentur Reuters.",
        True,
        [("duration", 6, "month", None), ("duration", 0.5, "year", None)],
        None,
    ),
    (
        "de",
        "Die Kosten schätzt Ankara auf rund 85 Millionen Dollar im Jahr.",
        True,
        [("money", 85000000, "USD", "about")],
        None,
    ),
    # --- Turkey's monitors (Reuters), June 10 ---
    (
        "en",
        "ANKARA, June 10 (Reuters) - Turkey is ready to send up to 1,200 monitors to oversee a Black Sea ceasefire for an initial six months, a foreign ministry spokesman told Reuters.",
        True,
        [("date", "--06-10", None, None), ("count", 1200, None, "up_to"), ("duration", 6, "month", None)],
        None,
    ),
    ("en", "Ankara put the cost at about $85 million a year.", True, [("money", 85000000, "USD", "about")], None),
    (
        "en",
        "The mission could be extended by half a year, the spokesman said.",
        True,
        [("duration", 0.5, "year", None)],
        None,
    ),
    ("en", '"The Black Sea cannot stay a battlefield," Tezcanli said.', False, [], None),
    # --- Berlin und der Wiederaufbaufonds (Reuters), 10. Juni ---
    (
        "de",
        "Berlin (Reuters) - Die Bundesregierung will sich mit bis zu 4,5 Milliarden Euro an dem im Rahmenplan vorgesehenen Wiederaufbaufonds beteiligen.",
        True,
        [("money", 4500000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Das Geld solle verteilt auf fünf Jahre fließen, sagte Regierungssprecher Ulrich Hahnenkamp am Donnerstag.",
        True,
        [("duration", 5, "year", None)],
        "Ulrich Hahnenkamp",
    ),
    ("de", "„Frieden ohne Wiederaufbau ist nur eine Pause“, sagte Hahnenkamp.", False, [], None),
    (
        "de",
        "Für eine verbindliche Zusage braucht es nach seinen Worten einen Beschluss des Bundestags.",
        True,
        [],
        None,
    ),
    # --- Berlin's pledge (Reuters), June 10 ---
    (
        "en",
        "BERLIN, June 10 (Reuters) - Germany is prepared to put up to 4.5 billion euros over five years into the reconstruction fund foreseen in the U.S. framework, government spokesman Ulrich Hahnenkamp said on Thursday.",
        True,
        [("date", "--06-10", None, None), ("money", 4500000000, "EUR", "up_to"), ("duration", 5, "year", None)],
        "Ulrich Hahnenkamp",
    ),
    ("en", '"Peace without reconstruction is just a pause," he said.', False, [], None),
    # --- Zitate des Tages (dpa), 10. Juni ---
    ("de", "Zitate des Tages zu den Gesprächen in Istanbul", False, [], None),
    (
        "de",
        "„Wer Frieden will, muss auch auf die Landkarte schauen, nicht nur ins eigene Gewissen.“ (Kremlberater Kirill Uwarzew)",
        False,
        [],
        None,
    ),
    # --- Austausch vollzogen (dpa), Freitag, 11. Juni ---
    (
        "de",
        "Kiew (dpa) - Zwei Tage nach der Einigung in Istanbul haben Russland und die Ukraine jeweils 320 Kriegsgefangene ausgetauscht.",
        True,
        [("duration", 2, "day", None), ("count", 320, None, None)],
        None,
    ),
    (
        "de",
        "Es sei der 79. Austausch seit Kriegsbeginn gewesen, teilte der Koordinierungsstab für Kriegsgefangene am Freitag mit.",
        True,
        [("ordinal", 79, None, None)],
        "der Koordinierungsstab für Kriegsgefangene",
    ),
    (
        "de",
        "Unter den Heimkehrern seien 45 Schwerverletzte und zwölf Zivilisten, sagte Menschenrechtsbeauftragter Petro Darmohraj.",
        True,
        [("count", 45, None, None), ("count", 12, None, None)],
        "Petro Darmohraj",
    ),
    (
        "de",
        "Damit seien seit Februar 2022 mehr als 7.400 Ukrainer aus russischer Gefangenschaft heimgekehrt, so der Menschenrechtsbeauftragte.",
        True,
        [("year", 2022, None, None), ("count", 7400, None, "over")],
        None,
    ),
    ("de", "„Heute dürfen Mütter wieder hoffen“, sagte Darmohraj.", False, [], None),
    (
        "de",
        "Russland erhielt nach ukrainischen Angaben zusätzlich die Leichen von 52 Soldaten, die Ukraine ihrerseits 1.000.",
        True,
        [("count", 52, None, None), ("count", 1000, None, None)],
        None,
    ),
    # --- Swap carried out (AP), June 11 ---
    (
        "en",
        "Russia and Ukraine trade 320 POWs apiece in 79th swap of the war",
        True,
        [("count", 320, None, None), ("ordinal", 79, None, None)],
        None,
    ),
    (
        "en",
        "KYIV, Ukraine (AP) — Russia and Ukraine each handed over 320 prisoners of war on Friday, two days after agreeing the exchange in Istanbul.",
        True,
        [("count", 320, None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Among those returning were 45 seriously wounded servicemen and 12 civilians, human rights commissioner Petro Darmohrai said.",
        True,
        [("count", 45, None, None), ("count", 12, None, None)],
        "Petro Darmohrai",
    ),
    (
        "en",
        "Russia received the bodies of 52 soldiers and handed over 1,000, Ukrainian officials said.",
        True,
        [("count", 52, None, None), ("count", 1000, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's coordination headquarters for POWs said it was the 79th exchange of the war.",
        True,
        [("ordinal", 79, None, None)],
        None,
    ),
    (
        "en",
        "More than 7,400 Ukrainians have come home from Russian captivity since February 2022, he said.",
        True,
        [("count", 7400, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    ("en", '"Today mothers are allowed to hope again," Darmohrai said.', False, [], None),
    # --- Energie-Feuerpause (dpa), 11. Juni ---
    (
        "de",
        "Moskau (dpa) - Russland hat eine 30-tägige Waffenruhe für die Energie-Infrastruktur angeboten, sollte die Ukraine ihre Drohnenangriffe auf russische Raffinerien einstellen.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Die Feuerpause könne am 15. Juni um Mitternacht beginnen, sagte der Kremlsprecher.",
        True,
        [("date", "--06-15", None, None)],
        None,
    ),
    (
        "de",
        "Eine ähnliche Feuerpause war im vergangenen Winter nach 19 Tagen zusammengebrochen.",
        True,
        [("duration", 19, "day", None)],
        None,
    ),
    # --- Energy truce offer (AFP), June 11 ---
    (
        "en",
        "MOSCOW, June 11 (AFP) - Russia on Friday offered to spare Ukraine's power infrastructure for 30 days from June 15 if Ukraine stops its drone attacks on Russian refineries, the Kremlin said.",
        True,
        [("date", "--06-11", None, None), ("duration", 30, "day", None), ("date", "--06-15", None, None)],
        "the Kremlin",
    ),
    ("en", "A similar truce collapsed after 19 days last winter.", True, [("duration", 19, "day", None)], None),
    (
        "en",
        "Ukraine has hit at least 14 Russian refineries with drones since April, according to Ukrainian officials.",
        True,
        [("count", 14, None, "at_least")],
        None,
    ),
    ("en", "There was no immediate response from Kyiv.", False, [], None),
    # --- Nach der Runde (Reuters), 11. Juni ---
    (
        "de",
        "Moskau (Reuters) - Nach der Istanbuler Runde sieht der Kreml eine Einigung über die offenen Punkte in Reichweite, will sich aber auf keinen Termin festlegen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kremlberater Kirill Uwarzew sagte am Freitag, eine siebte Runde könne frühestens in vier Wochen beginnen.",
        True,
        [("ordinal", 7, None, None), ("duration", 4, "week", None)],
        "Kirill Uwarzew",
    ),
    (
        "de",
        "Die Unterhändler hätten in Istanbul insgesamt gut 22 Stunden verhandelt, so der Berater.",
        True,
        [("duration", 22, "hour", "over")],
        None,
    ),
    (
        "de",
        "Über die Obergrenze für die ukrainische Armee sei nicht abschließend gesprochen worden, sagte der Berater.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis Ende Juni solle über alle 14 Punkte Einigkeit bestehen, so der Sondergesandte Wesley Brightmore.",
        True,
        [("count", 14, None, None)],
        "Wesley Brightmore",
    ),
    ("de", "Der Rahmenplan sei „kein Diktat, sondern ein Angebot“, so der Sondergesandte.", False, [], None),
    # --- Kremlin aide after the round (AFP), June 11 ---
    (
        "en",
        "MOSCOW, June 11 (AFP) - Kremlin aide Kirill Uvartzev said Friday that a seventh round could start in four weeks at the earliest.",
        True,
        [("date", "--06-11", None, None), ("ordinal", 7, None, None), ("duration", 4, "week", None)],
        "Kirill Uvartzev",
    ),
    (
        "en",
        "Negotiators spent more than 22 hours at the table over the three days, he said.",
        True,
        [("duration", 22, "hour", "over"), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "A first session of the seventh round could open in Geneva on July 12, he added.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 7, None, None), ("date", "--07-12", None, None)],
        None,
    ),
    ("en", "He declined to say when the presidents might meet.", False, [], None),
    # --- Genf als Gastgeber (Keystone-SDA), 11. Juni ---
    (
        "de",
        "Genf (Keystone-SDA) - Die siebte Runde der Dreiergespräche soll am 12. Juli in Genf beginnen.",
        True,
        [("ordinal", 7, None, None), ("count", 3, None, None), ("date", "--07-12", None, None)],
        None,
    ),
    (
        "de",
        "Die Schweiz rechne mit rund 210 Delegierten und Begleitpersonen, wie das Eidgenössische Departement für auswärtige Angelegenheiten zum Wochenschluss mitteilte.",
        True,
        [("count", 210, None, "about")],
        "das Eidgenössische Departement für auswärtige Angelegenheiten",
    ),
    (
        "de",
        "Verhandelt werde in zwei Arbeitsgruppen, die parallel tagen, sagte der EDA-Sprecher.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Genf ist ein Ort, an dem schon manche Kriege zu Ende verhandelt wurden», sagte Jaquenoud.",
        False,
        [],
        None,
    ),
    # --- Geneva (AFP), June 11 ---
    (
        "en",
        "GENEVA, June 11 (AFP) - Switzerland will host a seventh round of the three-way talks in Geneva from July 12, the Swiss foreign ministry said.",
        True,
        [
            ("date", "--06-11", None, None),
            ("ordinal", 7, None, None),
            ("count", 3, None, None),
            ("date", "--07-12", None, None),
        ],
        None,
    ),
    (
        "en",
        "Geneva hosted the second and fourth rounds.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "It expects about 210 delegates and staff, split between two working groups.",
        True,
        [("count", 210, None, "about"), ("count", 2, None, None)],
        None,
    ),
    # --- Washington after the round (AP), June 11 ---
    (
        "en",
        "WASHINGTON (AP) — The White House said Friday that the Istanbul round had narrowed the gaps to three points and that the 30-day target still stood.",
        True,
        [("count", 3, None, None), ("duration", 30, "day", None)],
        "the White House",
    ),
    (
        "en",
        '"We are in the last mile, and the last mile is always the steepest," press secretary Shauna Delacourt-Mims said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sen. Calvin Ostergaard said he would file legislation obliging the administration to send any final text to Congress within 15 days.",
        True,
        [("duration", 15, "day", None)],
        "Calvin Ostergaard",
    ),
    ("en", "The bill has 11 co-sponsors, a Senate aide said.", True, [("count", 11, None, None)], None),
    ("en", 'Ostergaard called the framework "a blank page with a flag on it".', False, [], None),
    (
        "en",
        "Two Democratic senators said they had not been briefed on the Russian memorandum.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Kiews Bedingung (AFP), 11. Juni ---
    (
        "de",
        "Kiew (AFP) - Ein Abkommen über Gebiete werde Kiew nur nach einer Volksabstimmung unterzeichnen, sagte die Präsidialamtssprecherin am Freitag.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine Volksabstimmung wäre nach Angaben der Wahlkommission frühestens 90 Tage nach ihrer Ansetzung möglich.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    # --- Kyiv's condition (AP), June 11 ---
    (
        "en",
        "KYIV, Ukraine (AP) — Any agreement that touches Ukraine's borders will be put to a referendum before Kyiv signs it, Ukraine's presidential office said Friday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Under Ukrainian law such a vote could be held 90 days after it is called at the earliest, the election commission said.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    ("en", '"Our country is not a bazaar," Mazurenko said.', False, [], None),
    # --- Analyse (APA), 11. Juni ---
    ("de", "Analyse: Was nach Istanbul bleibt", False, [], None),
    (
        "de",
        "Elf der 14 Punkte sind abgehakt, offen sind Armee, Grenze und Kraftwerk.",
        True,
        [("count", 11, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Seit Beginn der Dreiergespräche im vergangenen Herbst ist die Zahl der offenen Punkte von zwölf auf drei gesunken.",
        True,
        [("count", 3, None, None), ("count", 12, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Politologin Ines Gruber-Lechleitner sagte der APA, ohne eine Lösung für das Kraftwerk werde es keinen Waffenstillstand geben.",
        False,
        [],
        None,
    ),
    # --- ANALYSIS (Reuters), June 11 ---
    ("en", "ANALYSIS-After Istanbul, envoys hold the easy points and none of the hard ones", False, [], None),
    (
        "en",
        "ISTANBUL, June 11 (Reuters) - Six rounds of talks since last autumn have cut the list of open points in the U.S. framework from 12 to three.",
        True,
        [
            ("date", "--06-11", None, None),
            ("count", 6, None, None),
            ("count", 12, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Russia's offer of a 550,000-strong Ukrainian army is 50,000 above its position in the spring, according to a Western diplomat.",
        True,
        [("count", 550000, None, None), ("count", 50000, None, None)],
        None,
    ),
    (
        "en",
        "Of the 14 points, 11 are settled; the army, the border and the plant are not.",
        True,
        [("count", 14, None, None), ("count", 11, None, None)],
        None,
    ),
    ("en", "Several diplomats in Istanbul doubted the army question could be solved before autumn.", False, [], None),
    # --- Stimmen aus Kiew (dpa), 11. Juni ---
    ("de", "Kiew (dpa) - In Kiew verfolgen viele die Nachrichten aus Istanbul nur noch beiläufig.", False, [], None),
    (
        "de",
        "„Die verhandeln in einem Palast, und wir zählen die Sirenen“, sagte die Rentnerin Halyna Sabolotna.",
        False,
        [],
        None,
    ),
    # --- Voices from Kyiv (AP), June 11 ---
    (
        "en",
        "KYIV, Ukraine (AP) — For many in the capital, the talks in Istanbul sound like news from another planet.",
        False,
        [],
        None,
    ),
    ("en", '"They negotiate in a palace and we count the sirens," said pensioner Halyna Zabolotna.', False, [], None),
]
