"""Three-hundred-and-fifty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government and the holders of real
offices appear only by office ("vom russischen Präsidenten", "der Kremlchef", "der
US-Präsident", "Der ukrainische Präsident", "Der Bundeskanzler", "Die EU-Außenbeauftragte",
"Russia's president", "his Russian counterpart", "the Kremlin leader", "Ukraine's
president", "Brussels' top diplomat", "the regional governor").

Names: the envoy, the aides, negotiators, spokespeople, the ombudswoman, the senator, the
political scientists, the pensioner and the student are invented, the transliterated ones
spelled as each service writes them and, for the Kremlin aide and Kyiv's chief negotiator,
spelled two ways inside merged APA stories (datelined "APA/dpa/AFP"): Gennadi Worobjow (dpa)
/ Gennadi Worobjew (AFP material, also in APA copy) / Gennady Vorobyov (Reuters) / Gennady
Vorobiev (AFP English); Taras Melnytschuk (dpa, APA) / Taras Melnitschuk (AFP material in
APA copy) / Taras Melnychuk (Reuters, AP); Lew Sarubin (Reuters German, AFP German) / Lev
Zarubin (AFP English); Pawel Golowkin / Pavel Golovkin; Iryna Kowtun / Iryna Kovtun; Olha
Dowhan / Olha Dovhan; further Garrett Wexley, Ingeborg Pichlmayr, Brianna Coutts, Carsten
Hohlfeld, Laetitia Rochat, Barbara Lechthaler, Ruth Callander, Lyudmyla Honchar, the student
Denys and every unnamed official, aide, delegate, diplomat, officer, sociologist, analyst,
trader and spokesperson. Real states, bodies, parties, papers and places ("Kreml",
"Hofburg", "Ringstraße", "Außenministerium", "Ministerium", "Wiener Polizei", "Bundesheer",
"Republik", "FPÖ", "Neos", "„Die Presse“", "Luftwaffe", "Generalstab", "Stadtverwaltung",
"Ukrenergo", "Koordinierungsstab für Kriegsgefangene", "Kiewer Internationales Institut für
Soziologie", "US-Denkfabrik ISW", "Vereinigte Arabische Emirate", "Bundesregierung",
"Bundestag", "Verteidigungsministerium", "EU", "Schattenflotte", "Eidgenössisches
Departement für auswärtige Angelegenheiten (EDA)", "Bund", "Atomkraftwerk Saporischschja",
"Gebiet Donezk", "Donbass", "Krim", "Charkiw", "Odessa", "Genf", "Wien", "Bern"; the
Kremlin, the White House, Congress, the Senate, the Senate Foreign Relations Committee, The
Associated Press, Ukrenergo, the Kyiv International Institute of Sociology, the Institute
for the Study of War, the United Arab Emirates, the Bundestag, the EU, Hungary, Slovakia,
Britain, Central Asia, Crimea, the Donetsk region, the Donbas, the Zaporizhzhia nuclear
plant, Kharkiv, Odesa, and the datelines' cities) stand for the way wire copy names them;
every meeting, call, round, hour, point, share, zone, cap, swap, tally, poll, sum, cost,
rate and quote here is invented, and where a real figure came to mind (a real envoy's count
of Kremlin meetings, a real draft's number of points, a real share or area of occupied land,
a real exchange or its number, a real poll, a real sanctions package or its tally of
vessels, a real sum of frozen assets) it was changed (the full-scale invasion of February
2022 and the annexation of Crimea in 2014 kept).

Its weight: ENVOYS, PEACE TALKS AND WAR DIPLOMACY, third round (the
three-hundred-and-twenty-sixth batch weighed envoys, peace plans and statements on talks and
the three-hundred-and-forty-ninth a German-language foreign desk on a day of talks, after
the sixty-eighth, ninety-third, hundred-first, hundred-fortieth, hundred-forty-second,
hundred-fifty-ninth, hundred-ninety-third, two-hundred-and-ninth and
two-hundred-and-seventieth; their decisions are kept) - a made-up round of talks between
envoys in a capital: the fourth round of three-way talks between U.S., Russian and Ukrainian
negotiators, held in Vienna's Hofburg over one wire week, Monday, January 25, to Friday,
January 29, as 45 short stories in story order, the German and the English stories
interleaved, about half in each language. German (dpa, APA with Austrian "heuer" and "12.
Jänner", APA/dpa/AFP merged copy, Reuters German, AFP German, Keystone-SDA with «» quotes;
German „“ quotes): the envoy's eleventh Kremlin meeting, Vienna's security and interpreters,
a night of drones before the opening, the opening day with its delegation heads and a
two-way talk, the Kremlin spokesman on shares of Donetsk and Kyiv's reply, the second day
with a swap agreed, Moscow's energy truce offer, a Kyiv poll, Austrian reactions, a press
review, a night of strikes on the grid, quotes of the day, the last day with 15 of 19 points
settled, the Kremlin's no to a summit, Berlin's troop offer and its cost, the EU's 21st
sanctions package with the assets frozen, the swap carried out, the Kremlin aide after the
round, an APA analysis, Switzerland as host of the fifth round and Kyiv's own ceasefire
proposal. English (Reuters with dated datelines and its FACTBOX-, EXPLAINER- and ANALYSIS-
labels, AFP English with dated datelines, AP): the Kremlin meeting, the White House's 30
days, Vienna locked down, the drones, the opening, the Kremlin on Donetsk with a bare denial
beside a denial of record, the draft's contents, the swap agreed, the energy truce offer,
the poll, the grid, the last day, the summit refusal, Berlin, the sanctions, the White House
after the round, the rouble, the swap with its headline, the aide, the Senate hearing,
Geneva, Kyiv's proposal, an analysis and voices from Kyiv. Figures as such copy has them:
meetings, rounds, days, calls, swaps and packages as ordinals („das elfte Treffen“, „die
vierte Runde ihrer Dreiergespräche“, „Am ersten Verhandlungstag“, „am zweiten
Verhandlungstag“, „der 74. Austausch“, „zum 14. Mal“, „ein 21. Paket“, "their 11th meeting",
"the 74th such exchange", "their 14th", "a 21st round of sanctions"); hours of talks as
compounds and phrases („in dem sechsstündigen Gespräch“, „bei einem anderthalbstündigen
Abendessen“, „knapp siebeneinhalb Stunden“, „eine Dreiviertelstunde“, „gut 17 Stunden“, "six
hours of talks", "a 90-minute dinner", "a separate 45-minute meeting", "almost seven and a
half hours", "some 17 hours"); points of drafts („alle 19 Punkte“, „Bei zwölf der 19 Punkte
..., bei vier weiteren“, „Von den 19 Punkten ... 15“, "12 of Washington's 19 points", "now
19 points long", "ran to 27 points ... cut to 19", "The 19-point plan"); shares of territory
and of people as fractions („mehr als vier Fünftel“, „Das verbleibende gute Fünftel“, „nicht
mehr als drei Viertel“, „Knapp zwei Drittel“, „Nur jeder Fünfte“, „Gut die Hälfte“, "just
under a fifth", "more than four-fifths", "the remaining fifth", "no more than
three-quarters", "Close to two-thirds", "Only one in five", "Two in five", "More than
half"); prisoner exchanges („je 300 Kriegsgefangene“, "300 prisoners of war each",
"300-for-300"); ceasefire days („eine 30-tägige Waffenruhe“, „von mindestens 60 Tagen“,
„nach 23 Tagen“, „von 90 Tagen“, "for 30 days", "a 90-day ceasefire", "within 100 days");
attributed statements in every position („sagte X“, „so X“, „X zufolge“, „X sagte, ...“,
„teilte ... mit“, "told reporters", "told The Associated Press", "told senators", "X said"),
Konjunktiv I throughout; troops, caps, zones, drones, households, a poll, costs in euros,
francs, dollars and pounds, a rouble rate, years and dates. Negatives as such copy has them
- 55 rows, none with a figure: headings and labels of service pieces (a what-to-know heading
in both languages, FACTBOX-, EXPLAINER-, ANALYSIS-, „Analyse:“, „Pressestimmen zu ...“,
„Zitate des Tages ...“), atmosphere labels, rhetoric and slogans in quotes, denials without
facts (a bare "nonsense", „reine Propaganda“, "dismissed the figures as ..."), labels from
parties, papers, a senator and the EU, praise without substance, verdicts with „halten ...
für“, a diplomat's and analysts' views, forecasts without a figure, evasions and no-comment
lines, open questions, traders' mood, a mood lead and vox pops, each near a check-worthy
look-alike from the same story (often the same speaker's figure).

243 rows (118 German, 125 English), 55 negatives (23 German, 32 English), 188 check-worthy
rows of which 30 carry no figure (19 German, 11 English), 260 expected quantities (126
counts, 41 durations - 21 in days, 11 in hours, 5 in years, 3 in minutes, 1 in weeks -, 30
ordinals, 22 dates, 14 fractions, 11 amounts of money - 5 EUR, 2 USD, 2 CHF, 1 GBP, 1 RUB -,
8 years, 8 percentages - 6 in "%", 2 in percentage points "pp" -; none of them in a
negative), 35 checked speakers (20 German, 15 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position, a condition, a plan or a rejection are check-worthy with the
  speaker their own attribution gives, and with the speaker unchecked after a role or a
  pronoun or without an attribution of their own (ninety-third, hundred-ninety-third,
  three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth). A quoted or reported
  atmosphere label, piece of rhetoric, label, verdict or view is a negative with speaker
  None, also with a named speaker and an office (hundred-fortieth, two-hundred-and-fourth,
  three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth). Pairs from one speaker:
  Worobjow's six hours and 19 points beside „konstruktiv, sachlich und sehr nützlich“ (told
  by role) and his „Die Zeit arbeitet nicht gegen uns“ beside his four of 19 points;
  Vorobyov's 12 of 19 beside "constructive, businesslike and very useful"; Vorobiev's four
  of 19 beside "Time is not working against us"; Pichlmayr's second round beside „neutral,
  aber nicht gleichgültig“ and its twin; Coutts's briefing beside "the best shot at peace in
  years" and her "encouraged"; Kowtun's 14-member delegation beside „Moskau redet in Wien
  ...“ and „zum x-ten Mal“ (told by role); Melnytschuk's 300 and 45 beside „verhandeln,
  nicht ... kapitulieren“ and his evasion on a truce (told by role); Melnychuk's 74th
  exchange beside "No paper we sign in Vienna"; Golovkin's 15 of 19 beside "serious and
  without illusions" and "close is not a deal"; Sarubin's four fifths and his three heads of
  state beside „Frieden macht man mit Verträgen ...“; Zarubin's remaining fifth beside "That
  is nonsense" and his 14th call beside "Peace is made with treaties"; Hohlfeld's 4,500
  beside „auf Sand gebaut“ and its twin; Dowhan's 1,200 names beside „Heute weinen Mütter
  vor Glück“ and Dovhan's 6,700 beside its twin; Wexley's ten years beside his refusal to
  say; Rochat's sixth round beside «Die Schweiz stellt den Tisch zur Verfügung ...».
- What each side said (sixty-eighth, three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth): the Kremlin's "more than four-fifths" of Donetsk and the
  remaining fifth, Kyiv's „nicht mehr als drei Viertel“ and "no more than three-quarters",
  the Western estimates and the ISW's square kilometres (estimating verbs, speaker
  unchecked, hundred-tenth) are all check-worthy. Refusals, rejections, denials, conditions
  and positions of record are check-worthy without a figure (hundred-fifty-ninth,
  two-hundred-and-fourth, three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth):
  Kyiv's refusal to withdraw from Donetsk in both languages, the Kremlin's insistence on all
  of Donetsk, „Kiew weist die Zahlen zurück: ...“ (with its three quarters), "Zarubin denied
  a Ukrainian media report that ..." (fiftieth: „dementierte“; two-hundred-and-fourth: a
  denial stays check-worthy), the Kremlin's no to a summit in both languages and to a
  signing before Geneva, Melnytschuk's „keinen Quadratmeter“ and Melnychuk's referendum
  condition, Berlin's readiness with the Bundestag's mandate
  (three-hundred-and-twenty-fourth: a stated readiness with a named instrument), no American
  ground troops. Denials without facts are negatives: "Kyiv dismissed the figures as
  "fantasy ..."" ("dismissed ... as" a label, ninety-eighth, hundred-twentieth) and „Die
  Angaben aus Moskau seien „reine Propaganda““ (three-hundred-and-twenty-sixth: „frei
  erfunden“). New: 'Asked about a report that ..., Zarubin said: "That is nonsense."' is a
  negative - a bare word of dismissal, spoken with no verb of denial or rejection and no
  counter-fact, is a label of the report as „reine Propaganda“ is, while its neighbour
  "Zarubin denied a Ukrainian media report that ..." states a denial of record and stays
  check-worthy.
- Meetings, rounds, days of talks, calls, swaps and packages are ordinals (the issue: "das
  sechste Treffen", "zum zweiten Mal"; three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth): „das elfte Treffen der beiden“ and "their 11th meeting" 11
  („der beiden“ none), „die zweite Verhandlungsrunde“ 2 and the elliptic „Die erste hatte am
  12. Jänner ...“ 1 (three-hundred-and-forty-ninth: „..., die zweite“), „die vierte Runde
  ihrer Dreiergespräche“, „die vierte Runde der Dreiergespräche“, "their fourth round of
  three-way talks" and "The fourth round of three-way talks" 4 with 3, „Am ersten
  Verhandlungstag“ and "The first day's sessions" 1, „am zweiten Verhandlungstag“ and "on
  the second day of talks" 2, "for the first two days" 1 and 2 days (three-hundredth: "in
  the first six months" 1 and 6 months), „der 74. Austausch“ and "the 74th such exchange"
  and "in the 74th exchange" 74, „zum 14. Mal“ and "was their 14th" 14, „ein 21. Paket mit
  Sanktionen“ and "a 21st round of sanctions" 21, „den fünften massiven Angriff“ and "the
  fifth massive strike" 5, „die fünfte Runde der Dreiergespräche“, "a fifth round of
  three-way talks" 5 with 3 and "A fifth round" 5, „die sechste Verhandlungsrunde“ and "the
  sixth round of talks" 6, „Seit dem ersten Treffen“ and "Since the first meeting" 1. New:
  „Es wäre der 74. Austausch, ...“ is check-worthy with 74 - an agreed event counted in the
  Konjunktiv II of a plan not yet carried out, as "It will be the 74th such exchange" and as
  a scheduled round („Die nächste Runde soll ... beginnen“) is a fact of record. Three-way
  formats are counted („Dreiergespräche“ four times, "three-way talks" four times;
  fourteenth, three-hundred-and-twenty-sixth), and so is a two-way one: „zu einem
  Zweiergespräch“ 2 (as „Ein Zweierbündnis“ is 2, an earlier batch); „Ein Treffen der drei
  Staatschefs“ 3, "the two sides", "the two presidents'" 2 and „die drei Seiten“, "the three
  sides" 3 (three-hundred-and-twenty-sixth: "The two leaders"); „der beiden“, „beider
  Delegationen“, „Beide Seiten“, "both armies", "both delegations" and "Both capitals" carry
  none. "Russia, Ukraine carry out 300-for-300 prisoner swap ..." is a headline stating an
  event and check-worthy with 300 twice - each side's number joined by "for", as "a 4-for-1
  stock split" gives 4 and 1 (two-hundred-and-fortieth). Repetitions are counts (the issue:
  "viermal"): "13 times" 13, "twice" 2. „letzte“, „letzten“, "final" and "the rest" carry no
  ordinal („der letzte Schliff“, „In der letzten Verhandlungsnacht“, "entered their final
  day"; an earlier batch: "final", "last", „letzte“ none), "third countries" none (an
  earlier batch: "a third country in Africa"), and „zum x-ten Mal“ names no figure (an
  earlier batch: „Moskau spielt zum x-ten Mal auf Zeit“).
- Hours of talks and other spans are durations (the issue: "fünfstündigen Treffen";
  three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth): „in dem sechsstündigen
  Gespräch“ and "six hours of talks" 6 hours, „bei einem anderthalbstündigen Abendessen“ 1.5
  hours and "a 90-minute dinner" 90 minutes (each as written, not converted), „knapp
  siebeneinhalb Stunden“ and "almost seven and a half hours" 7.5 "nearly", „eine
  Dreiviertelstunde“ 0.75 hours (fourteenth), "a separate 45-minute meeting" 45 minutes,
  „gut fünf Stunden“ and "for more than five hours" 5 "over", „gut 17 Stunden“ 17 "over" and
  "some 17 hours" 17 "about", "for nearly four hours" 4 "nearly", „in Schichten von
  höchstens 30 Minuten“ 30 minutes "at_most" (first batch: „höchstens“); days: „auf drei
  Tage angesetzt“, "with three days set aside", "over three days" ("over" before a span no
  hedge) and "during the three days of talks" 3 days, „zwei Tage dauern“ and "to last two
  days" 2 days, „eine 30-tägige Waffenruhe“, "for 30 days", "within 30 days" and "The 30-day
  target" 30 days ("within", "target" no hedge), „von mindestens 60 Tagen“ and "at least 60
  days" 60 "at_least", „nach 23 Tagen“ and "after 23 days" 23, „binnen 14 Tagen“ 14
  („binnen“ no hedge), „von 90 Tagen“ and "a 90-day ceasefire" 90, „nach 30 Tagen“ and
  "after 30 days" 30, "within 100 days" 100; weeks and years: "for two weeks" 2 weeks, "over
  three years" 3 years ("over" before a span no hedge), "for at least 10 years" 10
  "at_least", „eines einjährigen Einsatzes“ 1 year (an earlier batch: „einjähriges
  Festgeld“), „mehr als zwei Jahre“ and "more than two years" 2 "over". None: „im
  vergangenen Frühjahr“, "last spring", "last June", „im vergangenen Juni“, „in dieser
  Woche“, „in diesem Monat“, "in January", "this month", „seit Jahresbeginn“, "Since the
  start of the year", "Since New Year's Day", „bis Freitag“, "until Friday", „Ende März“,
  "before spring", "before the summer", „vor dem Sommer“, "in years" in a negative, "a year"
  ("about 1.6 billion euros a year"), „um 10.00 Uhr“, weekdays and their compounds („am
  Sonntagabend“, „in der Nacht zum Montag“, „am Mittwochabend“, „am Dienstagmorgen“, "late
  on Sunday", "on Wednesday evening", "overnight"), „Wenige Stunden vor“ and "hours before".
- Points of drafts (the issue: "28-Punkte-Entwurf"; three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth): „alle 19 Punkte“ 19 („alle“ no hedge), „Bei zwölf der 19
  Punkte ..., bei vier weiteren“ 12, 19 and 4 („weiteren“ no hedge), „Von den 19 Punkten ...
  15“ 19 and 15, „vier der 19 Punkte“ and "four of the 19 points" 4 and 19, "12 of
  Washington's 19 points and ... four others" 12, 19 and 4, "15 of the 19 points" 15 and 19
  (a definite group, forty-first), "now 19 points long" 19, "ran to 27 points ... cut to 19"
  27 and 19, "The 19-point plan" 19 (the figure heading a hyphenated compound,
  hundred-fifteenth). Named points still in dispute are check-worthy
  (two-hundred-and-ninth): „Offen seien vor allem ...“, "were still open", „Strittig seien
  weiterhin ...“, "remained in dispute".
- Shares of territory and of people are fractions (the issue: "ein Fünftel", "drei Viertel",
  "two-fifths"; three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth): „mehr als
  vier Fünftel“ and "more than four-fifths" 0.8 "over", „Das verbleibende gute Fünftel“ 0.2
  "over" (the inflected „gut“ before the share, as „ein gutes Fünftel mehr“,
  two-hundred-and-forty-ninth; „Das verbleibende“ no hedge), "the remaining fifth" 0.2
  ("remaining" no hedge), "just under a fifth" 0.2 "under" (hundred-ninety-third), „nicht
  mehr als drei Viertel“ and "no more than three-quarters" 0.75 "at_most"
  (three-hundred-and-twenty-sixth), „Knapp zwei Drittel“ 0.6667 "nearly" and "Close to
  two-thirds" 0.6667 "nearly" (an earlier batch: "close to half" 0.5 "nearly"), „Nur jeder
  Fünfte“ and "Only one in five" 0.2 („Nur“, "Only" no hedge), "Two in five respondents" 0.4
  (the issue: "two-fifths"; three-hundred-and-twenty-sixth: "Three in four Ukrainians"),
  „Gut die Hälfte“ and "More than half" 0.5 "over". Shares given in percent stay
  percentages: „knapp 19 Prozent der Ukraine“ and "at nearly 19%" 19 "nearly".
- Counts otherwise (three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth): drones
  and missiles („268 Drohnen und 14 Raketen“, „231 Drohnen und neun Raketen“, „187 Drohnen
  und sechs Marschflugkörper, von denen 164 Drohnen und alle sechs“ 187, 6, 164 and 6
  („alle“ no hedge), their English twins, "more than 1,900 drones" "over"); casualties and
  households („zwei Menschen getötet und mindestens 17 verletzt“ and "Two people were killed
  and at least 17 wounded" with the hedge on the second only, „rund 210.000 Haushalte“,
  "About 210,000 households", „etwa 120.000 Menschen“, "About 120,000 people" "about");
  prisoners („je 300 Kriegsgefangene“ and "300 prisoners of war each" 300 - „je“, "each",
  „Jede Seite“ no hedge -, „45 Schwerverletzte“, "45 seriously wounded soldiers", „45
  Schwerverletzte sowie elf Zivilisten“ and "45 severely wounded servicemen and 11
  civilians", „mehr als 6.700 Ukrainer“ and "More than 6,700 Ukrainians" "over", „die
  Leichen von 1.000 ... Soldaten, die Ukraine ihrerseits 38“ and "1,000 soldiers and
  received 38 in return" 1,000 and 38 - the noun left out after the last figure,
  two-hundred-and-seventieth -, „mit weiteren 1.200 Namen“ 1,200); delegations, staff and
  troops („einer 14-köpfigen Delegation“ 14 - a figure in a compound, an earlier batch:
  „einer 22-köpfigen Wirtschaftsdelegation“ -, „rund 1.100 Beamtinnen und Beamte“ and "about
  1,100 police officers and 350 soldiers" with the hedge on the first only, „rund 350
  Soldatinnen und Soldaten“, „24 Dolmetscherinnen und Dolmetscher“, „bis zu 4.500
  Soldatinnen und Soldaten“ and "up to 4,500 troops" "up_to", „20.000 bis 24.000 Soldaten“
  and "20,000 to 24,000 troops" both with no hedge, "cap ... at 650,000 troops" ("cap" no
  hedge), „höchstens 450.000 Soldaten“ and "a ceiling of no more than 450,000 troops"
  "at_most", „mindestens 700.000 Mann“ and "an army of at least 700,000" "at_least"); zones
  and areas („in einem Radius von acht Kilometern“, "a radius of 8 kilometers (5 miles)" 8
  and 5, „von beiderseits 20 Kilometern“ 20 and "20 km (12 miles) ... on each side" 20 and
  12 - „beiderseits“, "on each side" none -, „von zehn Kilometern“ 10, „rund 310
  Quadratkilometer“ and "about 310 square km" "about"); "from up to 12 countries" "up_to",
  „in drei Hotels“, „in drei Arbeitsgruppen“ and "three working groups" 3, „drei
  Gesprächsrunden“ 3, „vier Runden“ and "four rounds" 4, „26 Telefonate ... und elf Besuche“
  26 and 11, "about 2.3 gigawatts" "about" (a capacity, an earlier batch: "about 32 GW"),
  „93 weitere Tanker“ and "adds 93 tankers" 93 („weitere“ no hedge), „mehr als 660 Schiffe“
  and "more than 660" "over", "14 more banks ..., four of them" 14 and 4 ("more" after a
  figure no hedge), "on 23 of the past 28 nights" 23 and 28 ("past" no hedge), "two
  administration officials" and "two people briefed on the session" 2 (hundred-fifty-ninth).
- Percentages, money and rates: the poll's „71 Prozent“ („noch“ no hedge) and "71%", "down
  from 52%" 52 ("down from" no hedge, as "up from", hundred-ninety-third), its margin „bei
  höchstens 3,5 Prozentpunkten“ and "no more than 3.5 percentage points" 3.5 "pp" "at_most"
  (three-hundred-and-forty-ninth); "firmed 1.4% to 79.60 per dollar" 1.4 and 79.6 RUB (an
  exchange rate is money in the priced currency, ninety-third); money in the currency
  written: „bis zu 3,4 Millionen Euro“ and "up to 3.4 million euros" 3,400,000 EUR "up_to",
  „1,6 Milliarden Euro“ 1,600,000,000 EUR and "about 1.6 billion euros a year" "about", „von
  rund 190 Milliarden Euro“ "about", „rund 2,1 Millionen Franken“ 2,100,000 CHF "about" in
  Swiss copy, "2.1 million Swiss francs ($2.6 million)" CHF and USD with the converted sum
  in brackets and no hedge (eightieth), "$100 billion" 100,000,000,000 USD, "£250m"
  250,000,000 GBP (an earlier batch: "£6.5m"); „beziffert“, „veranschlagt“, „schätzt“,
  "estimated" and "put" no verbs of saying.
- Years and dates: „im Februar 2022“, „seit Februar 2022“, "in February 2022", „seit 2022“
  twice and "since 2022" the years, „der 2014 annektierten Krim“ and "which Moscow annexed
  in 2014" 2014; „am 12. Jänner“ --01-12 (the Austrian month, an earlier batch: „zum 1.
  Jänner“ --01-01), „zwischen dem 14. und dem 21. Januar 1.017 Erwachsene“ two dates and the
  count apart (three-hundred-and-twenty-sixth: „1.021 Menschen“ after a date), „am 9.
  Februar“ twice, "on Feb. 9" and "from Feb. 9" --02-09; Reuters and AFP English datelines
  with a day ("MOSCOW, Jan 25 (Reuters)", "KYIV, Jan 26 (AFP)", "VIENNA, Jan 26", "MOSCOW,
  Jan 26 (AFP)", "VIENNA, Jan 27", "ODESA, Jan 28 (AFP)", "VIENNA, Jan 28", "MOSCOW, Jan 28
  (AFP)", "BERLIN, Jan 28", "BRUSSELS, Jan 28", "MOSCOW, Jan 28 (Reuters)", "KYIV, Jan 29
  (Reuters)" twice, "MOSCOW, Jan 29 (AFP)", "GENEVA, Jan 29") dates without a year
  (hundred-fifty-ninth, three-hundred-and-twenty-sixth); dpa, APA, APA/dpa/AFP (also
  "Moskau/Wien"), Reuters German, AFP German, Keystone-SDA and AP ("WASHINGTON (AP) —" three
  times, "VIENNA (AP) —" twice, "KYIV, Ukraine (AP) —" twice) datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "some" "about";
  „knapp“, „Knapp“, "almost", "nearly", "Close to" "nearly"; „mehr als“, „gut“, „gute“,
  „Gut“, "more than", "More than" "over"; "just under" "under"; „mindestens“, "at least"
  "at_least"; „bis zu“, "up to" "up_to"; „höchstens“, „nicht mehr als“, "no more than"
  "at_most". No hedge: „alle“, "all", „je“, "each", „Jede Seite“, „weitere“, „weiteren“,
  "more" after a figure, „insgesamt“, „Insgesamt“, „bereits“, „Nur“, "Only", „noch“,
  „binnen“, "within", "target", "cap", „Das verbleibende“, "remaining", "past", "down from",
  „beiderseits“, "on each side", the „bis“ and "to" of a range, and "over" before a span.
- Check-worthy without a figure (hundred-fifty-ninth, three-hundred-and-twenty-sixth,
  three-hundred-and-forty-ninth): the envoy received in the Kremlin and travelling on to
  Vienna without comment, the open points and the points in dispute in both languages, the
  president briefed by phone, Congress not yet briefed, the delegation heads, Kyiv's refusal
  to withdraw in both languages, Moscow's wish to discuss a swap, the talks to resume, the
  Kremlin's insistence on all of Donetsk, the denial of the media report, the UAE as
  mediator in both languages, no rapprochement on territory, the remains to be handed over,
  the truce condition, the attack on the grid, the referendum condition in both languages,
  the summit refusal, Berlin's readiness and the Bundestag's mandate in both languages, the
  refusal of a signing before Geneva, the talks on the army cap, no American ground troops,
  Kyiv's president briefed.
- Speakers, checked only in forms the earlier batches settled: German „sagte X“ with the
  title, the time, the occasion and the audience dropped („sagte Kremlberater Gennadi
  Worobjow in der Nacht zum Montag vor Journalisten“ -> "Gennadi Worobjow",
  three-hundred-and-forty-ninth: „... vor Journalisten“; „sagte Außenministeriumssprecherin
  Ingeborg Pichlmayr“; „sagte Kremlsprecher Lew Sarubin am Dienstag“ and „sagte
  Kremlsprecher Lew Sarubin“; „sagte Chefunterhändler Taras Melnytschuk am Mittwochabend“;
  „sagte der russische Delegationsleiter Pawel Golowkin“, hundred-forty-second; „sagte
  Regierungssprecher Carsten Hohlfeld am Donnerstag“; „sagte EDA-Sprecherin Laetitia
  Rochat“), "X sagte, ..." opening the row with the title dropped („Kowtun sagte“,
  „Melnitschuk sagte vor Beginn der Sitzung“, „Melnytschuk sagte“, „Dowhan sagte“,
  „Kremlberater Gennadi Worobjow sagte“; hundred-twenty-second), „so X“ the surname („so
  Sarubin“ on the remaining fifth; ninety-third), „X zufolge“ the surname („Golowkin
  zufolge“, „Worobjew zufolge“; hundred-forty-second), „nach Angaben des Außenministeriums“
  -> "das Außenministerium" (two-hundred-and-fourth: „nach Angaben des
  Verteidigungsministeriums“), „teilte das Außenministerium in Wien mit“ -> "das
  Außenministerium" (the place dropped, hundred-seventeenth), „teilte der Koordinierungsstab
  für Kriegsgefangene mit“ (hundred-first), „teilte das Eidgenössische Departement für
  auswärtige Angelegenheiten (EDA) am Freitag mit“ -> "das Eidgenössische Departement für
  auswärtige Angelegenheiten" (the abbreviation and the weekday dropped,
  three-hundred-and-twenty-fourth and three-hundred-and-fifty-sixth: „das Staatssekretariat
  für Wirtschaft (Seco)“). English: the name with the title and "told reporters" dropped
  ("Kremlin foreign policy aide Gennady Vorobyov told reporters", "Press secretary Brianna
  Coutts told reporters", "Kremlin spokesman Lev Zarubin told reporters", "Russian
  delegation head Pavel Golovkin told reporters"; hundred-fortieth,
  three-hundred-and-forty-ninth), "Kremlin spokesman Lev Zarubin said", "Kremlin aide
  Gennady Vorobiev said Friday", "government spokesman Carsten Hohlfeld said on Thursday",
  "human rights commissioner Olha Dovhan said" (the role before the name dropped), "Special
  envoy Garrett Wexley told senators" (three-hundred-and-twenty-sixth: "told senators"), the
  name in apposition ("Ukraine's chief negotiator, Taras Melnychuk, told reporters", "...
  said", "... told The Associated Press" - the addressee dropped, hundred-fifty-ninth),
  "..., the Kremlin said." and "The Kremlin said Tuesday that ..." -> "the Kremlin"
  (hundred-fortieth, three-hundred-and-forty-ninth), "..., the White House said." -> "the
  White House" (two-hundred-and-seventieth: "The State Department said"). Each row's
  spelling of a transliterated name is its speaker, also inside one merged APA story
  (three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth): „Melnitschuk sagte“ ->
  "Melnitschuk" in the APA/dpa/AFP opening story whose other rows spell Melnytschuk,
  „Kremlberater Gennadi Worobjow sagte“ -> "Gennadi Worobjow" beside „Worobjew zufolge“ ->
  "Worobjew" in the Friday story from Moscow and Vienna; "Gennady Vorobyov" (Reuters) beside
  "Gennady Vorobiev" (AFP English); no row's spelling is normalised to another's. Left
  unchecked (None): all negatives, also those with a named speaker; roles and pronouns
  („fügte er hinzu“, „sagte der Berater“, „sagte ein Sprecher des ukrainischen
  Generalstabs“, „sagte ein Mitglied der ukrainischen Delegation“, „teilte der Gouverneur
  des Gebiets mit“, „kündigte er an“, "he said", "she said", "a Senate aide said", "a
  Ukrainian delegate said", "the regional governor said", "Ukraine's president said"),
  anonymous, plural and adjectival sources („nach Kreml-Angaben“, „nach Angaben aus Moskau“,
  „hieß es“, „hieß es aus dem Ministerium“, „hieß es aus der ukrainischen Delegation“, „nach
  Angaben aus Verhandlungskreisen“, „verlautete aus der russischen Delegation“ - an earlier
  batch: „verlautete aus Diplomatenkreisen“ -, „nach Angaben beider Delegationen“, „nach
  eigenen Angaben“, „nach dpa-Informationen“, „wie Diplomaten bestätigten“, „teilte die
  ukrainische Luftwaffe mit“, "two administration officials said", "officials said", "the
  Austrian hosts said", "both delegations said", "diplomats said", "Ukraine's air force
  said", "the mayor's office said", "Ukraine's coordination headquarters said", "the Swiss
  foreign ministry said", "Kyiv said" - a capital for its government, as an earlier batch's
  "..., the 69th such swap of the war, Kyiv said." -, "Ukraine says" - the present -, "Kyiv
  has said" - a perfect of record -), a description before the name („teilte der
  Netzbetreiber Ukrenergo mit“, "grid operator Ukrenergo said", "according to grid operator
  Ukrenergo"; fortieth), polls, counts, estimates and documents („wie aus den Zahlen des
  Kiewer Internationalen Instituts für Soziologie hervorgeht“, "the Kyiv International
  Institute of Sociology said" - a poll and its institute, three-hundred-and-twenty-sixth -,
  „nach Zählung der APA“ - the agency's own count, as „nach Zählung der Vereinten Nationen“
  in an earlier batch -, „nach westlichen Schätzungen“, "By Western estimates", "Western
  estimates put", „nach Berechnungen der US-Denkfabrik ISW“, "by the reckoning of ... the
  Institute for the Study of War", "Defence ministry estimates put", „beziffert das
  Außenministerium“, „veranschlagt das Verteidigungsministerium“, „schätzt der Bund“, "put
  the cost", "the ministry estimated", "according to the draft", "under the plan";
  hundred-tenth), every "according to" (two-hundred-and-fourth), verbs that are not of
  saying („zählte“, „weist ... zurück“, "denied", "ruled out", "declined"), and - to keep
  the checked speakers near 35, as the three-hundred-and-forty-ninth batch did - „so
  Worobjow“ on the twelve of 19 points, „so Melnytschuk“, „sagte Pichlmayr am Mittwoch“, „so
  Sarubin“ on the 14th call, „so Worobjew“ on the 450,000, „nach Angaben der
  Stadtverwaltung“, „nach Angaben des Ministeriums“, "the air force said", "the headquarters
  said", "the ministry said", "Ukrenergo said", "Coutts said", "Wexley said", "Melnychuk
  said", "Vorobyov said", "Dovhan said" and "Zarubin denied".
- Negatives (hundred-fortieth, hundred-fifty-ninth, two-hundred-and-fourth,
  three-hundred-and-twenty-sixth, three-hundred-and-forty-ninth,
  three-hundred-and-fifty-sixth), none with a figure: headings of service pieces („Gespräche
  in der Hofburg: Was man jetzt wissen muss“, "Russia-Ukraine talks in Vienna: What to
  know", "FACTBOX-What's on the table at the Vienna talks" - hundred-eighty-second:
  "FACTBOX-" -, "EXPLAINER-Why Donetsk is the knot ...", "ANALYSIS-After Vienna, ..." and
  „Analyse: Was von den Wiener Gesprächen bleibt“ - an earlier batch: "ANALYSIS-Why
  Bavaria's vote ...", "Analyse: Warum ..." -, „Pressestimmen zu den Wiener
  Ukraine-Gesprächen“ and the paper's quoted commentary „„Die Presse“: „...““ -
  three-hundred-and-fifty-sixth: "Pressestimme:" and its commentary). New: „Zitate des Tages
  zu den Gesprächen in der Hofburg“ heads a collection of quotes as „Pressestimmen zu ...“
  heads one of commentaries, and is a heading and a negative. Further: atmosphere labels
  („konstruktiv, sachlich und sehr nützlich“, "constructive, businesslike and very useful",
  "serious and without illusions"), rhetoric and slogans in quotes (the pairs above, "A
  truce that protects their refineries ...", "Both capitals believe time is on their side
  ..."), denials without facts (above), labels from parties, a senator and the EU (the FPÖ's
  „Showpolitik auf Kosten der Steuerzahler“, Callander's "appeasement with a spreadsheet",
  the EU's „deutlichen Zeichen, ...“ and "a plain message ..."; hundred-sixteenth), praise
  without substance from the chancellor and the press secretary („als „ernsthaften Versuch“
  gewürdigt, sich zu Einzelheiten aber nicht geäußert“ and "was "encouraged"" as leads -
  three-hundred-and-twenty-fourth: a lead made only of a warning), a verdict with „halten
  ... für“ (Lechthaler's „für unwahrscheinlich“; ninety-eighth), a diplomat's and analysts'
  views and forecasts without a figure ("Diplomats in the Austrian capital played down talk
  of ...", "Analysts in Moscow and Kyiv doubt ...", „Ob die Genfer Runde den Durchbruch
  bringt, hängt nach Einschätzung von Diplomaten ... ab.“), evasions and no-comment lines
  („ließ der Chefunterhändler offen“, "She would not say if ...", "Wexley declined to say
  whether ...", "Washington did not immediately comment ...", "The Kremlin declined to
  comment on the proposal."; fourteenth, hundred-fifty-ninth), an open question („Ob dann
  auch die Präsidenten zusammenkommen, blieb offen.“; hundred-twenty-fourth), traders' mood
  ("Traders said hopes of a deal ..."; three-hundred-and-fifty-sixth), a mood lead and vox
  pops without figures (the AP's Kyiv lead, Lyudmyla Honchar, the student Denys;
  hundred-ninety-third, three-hundred-and-forty-ninth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_358 = [
    # --- Elftes Treffen im Kreml (dpa), Montag, 25. Januar ---
    ("de", "Moskau (dpa) - Der US-Sondergesandte Garrett Wexley ist vor der neuen Verhandlungsrunde in Wien am Sonntagabend erneut vom russischen Präsidenten im Kreml empfangen worden.", True, [], None),
    ("de", "Es war nach Kreml-Angaben das elfte Treffen der beiden, seit Wexley im vergangenen Frühjahr seine Vermittlungsmission begonnen hat.", True, [("ordinal", 11, None, None)], None),
    ("de", "Man habe in dem sechsstündigen Gespräch alle 19 Punkte des amerikanischen Entwurfs einzeln durchgesehen, sagte Kremlberater Gennadi Worobjow in der Nacht zum Montag vor Journalisten.", True, [("duration", 6, "hour", None), ("count", 19, None, None)], "Gennadi Worobjow"),
    ("de", "Bei zwölf der 19 Punkte sei man sich inzwischen einig, bei vier weiteren fehle nur noch der letzte Schliff, so Worobjow.", True, [("count", 12, None, None), ("count", 19, None, None), ("count", 4, None, None)], None),
    ("de", "Der Austausch sei „konstruktiv, sachlich und sehr nützlich“ gewesen, sagte der Berater.", False, [], None),
    ("de", "Offen seien vor allem der künftige Verlauf der Kontaktlinie im Donbass und der Betrieb des Atomkraftwerks Saporischschja, fügte er hinzu.", True, [], None),
    ("de", "Vor dem Gespräch saßen der Gesandte und der Kremlchef nach Angaben aus Moskau bei einem anderthalbstündigen Abendessen im kleinen Kreis zusammen.", True, [("duration", 1.5, "hour", None)], None),
    ("de", "Wexley reiste noch in der Nacht ohne öffentliche Stellungnahme nach Wien weiter.", True, [], None),
    # --- Eleventh Kremlin meeting (Reuters), Jan 25 ---
    ("en", "MOSCOW, Jan 25 (Reuters) - U.S. special envoy Garrett Wexley held six hours of talks with Russia's president late on Sunday, their 11th meeting since the envoy's mission began, the Kremlin said.", True, [("date", "--01-25", None, None), ("duration", 6, "hour", None), ("ordinal", 11, None, None)], "the Kremlin"),
    ("en", "Kremlin foreign policy aide Gennady Vorobyov told reporters the two sides now saw eye to eye on 12 of Washington's 19 points and were close on four others.", True, [("count", 2, None, None), ("count", 12, None, None), ("count", 19, None, None), ("count", 4, None, None)], "Gennady Vorobyov"),
    ("en", 'Vorobyov described the meeting as "constructive, businesslike and very useful."', False, [], None),
    ("en", "Vorobyov said the envoy and Russia's president had also shared a 90-minute dinner before the talks.", True, [("duration", 90, "minute", None)], None),
    ("en", "He said the future line of contact in the Donbas and the running of the Zaporizhzhia nuclear plant were still open.", True, [], None),
    ("en", "By Western estimates, Russian units now sit on just under a fifth of Ukraine's land area, counting Crimea, which Moscow annexed in 2014.", True, [("fraction", 0.2, None, "under"), ("year", 2014, None, None)], None),
    ("en", "Washington did not immediately comment on the aide's account.", False, [], None),
    # --- Wien rüstet sich (APA), 25. Jänner ---
    ("de", "Gespräche in der Hofburg: Was man jetzt wissen muss", False, [], None),
    ("de", "Wien (APA) - Für die am Dienstag beginnenden Dreiergespräche in der Hofburg bietet die Wiener Polizei nach eigenen Angaben rund 1.100 Beamtinnen und Beamte auf.", True, [("count", 3, None, None), ("count", 1100, None, "about")], None),
    ("de", "Der Luftraum über der Innenstadt ist bis Freitag in einem Radius von acht Kilometern gesperrt, rund um die Hofburg gilt seit Montagabend eine Sicherheitszone.", True, [("count", 8, None, None)], None),
    ("de", "Die Kosten für die Republik beziffert das Außenministerium auf bis zu 3,4 Millionen Euro.", True, [("money", 3400000, "EUR", "up_to")], None),
    ("de", "Es sei heuer bereits die zweite Verhandlungsrunde zum Krieg in der Ukraine, die Österreich ausrichte, sagte Außenministeriumssprecherin Ingeborg Pichlmayr.", True, [("ordinal", 2, None, None)], "Ingeborg Pichlmayr"),
    ("de", "Die erste hatte am 12. Jänner auf Ebene der Militärexperten stattgefunden.", True, [("ordinal", 1, None, None), ("date", "--01-12", None, None)], None),
    ("de", "„Österreich ist neutral, aber nicht gleichgültig“, sagte Pichlmayr.", False, [], None),
    ("de", "Die Delegationen sind in drei Hotels an der Ringstraße untergebracht, hieß es aus dem Ministerium.", True, [("count", 3, None, None)], None),
    ("de", "Für die Gespräche stehen nach Angaben des Ministeriums 24 Dolmetscherinnen und Dolmetscher für Russisch, Ukrainisch und Englisch bereit.", True, [("count", 24, None, None)], None),
    ("de", "Gedolmetscht werde in Schichten von höchstens 30 Minuten, hieß es.", True, [("duration", 30, "minute", "at_most")], None),
    # --- White House deadline (AP), Jan 25 ---
    ("en", "WASHINGTON (AP) — The White House wants a framework agreement signed within 30 days of the Vienna round, two administration officials said Monday.", True, [("duration", 30, "day", None), ("count", 2, None, None)], None),
    ("en", "Press secretary Brianna Coutts told reporters the president had spoken with Wexley by phone after the Kremlin meeting.", True, [], "Brianna Coutts"),
    ("en", "Wexley will lead the U.S. team in Vienna in person for the first two days, she said.", True, [("ordinal", 1, None, None), ("duration", 2, "day", None)], None),
    ("en", '"The president believes this is the best shot at peace in years," Coutts said.', False, [], None),
    ("en", "The plan, which ran to 27 points when it was drafted in the autumn, was cut to 19 after consultations with Kyiv and European capitals.", True, [("count", 27, None, None), ("count", 19, None, None)], None),
    ("en", "The president has spoken with his Russian counterpart 13 times since taking office, the White House said.", True, [("count", 13, None, None)], "the White House"),
    ("en", "Congress has not been briefed on the latest text, a Senate aide said.", True, [], None),
    # --- Vienna locks down (AP), Jan 25 ---
    ("en", "VIENNA (AP) — Austria is deploying about 1,100 police officers and 350 soldiers to secure the talks in the Hofburg, the former imperial palace in the heart of Vienna.", True, [("count", 1100, None, "about"), ("count", 350, None, None)], None),
    ("en", "Airspace over central Vienna will be closed within a radius of 8 kilometers (5 miles) until Friday.", True, [("count", 8, None, None), ("count", 5, None, None)], None),
    ("en", "Austria's foreign ministry put the cost of hosting the round at up to 3.4 million euros.", True, [("money", 3400000, "EUR", "up_to")], None),
    ("en", '"Austria is neutral, but not indifferent," foreign ministry spokeswoman Ingeborg Pichlmayr said.', False, [], None),
    # --- Drohnen vor dem Auftakt (dpa), Dienstag, 26. Januar ---
    ("de", "Kiew (dpa) - Wenige Stunden vor dem Auftakt der Wiener Gespräche hat Russland in der Nacht zum Dienstag 268 Drohnen und 14 Raketen auf ukrainische Städte abgefeuert.", True, [("count", 268, None, None), ("count", 14, None, None)], None),
    ("de", "Davon seien 231 Drohnen und neun Raketen abgeschossen worden, teilte die ukrainische Luftwaffe mit.", True, [("count", 231, None, None), ("count", 9, None, None)], None),
    ("de", "In Charkiw wurden nach Angaben der Stadtverwaltung zwei Menschen getötet und mindestens 17 verletzt.", True, [("count", 2, None, None), ("count", 17, None, "at_least")], None),
    ("de", "Im Gebiet Charkiw hatten am Dienstagmorgen rund 210.000 Haushalte keinen Strom, teilte der Netzbetreiber Ukrenergo mit.", True, [("count", 210000, None, "about")], None),
    ("de", "„Moskau redet in Wien und schießt auf Charkiw“, sagte Präsidialamtssprecherin Iryna Kowtun.", False, [], None),
    ("de", "Kowtun sagte, Chefunterhändler Taras Melnytschuk sei bereits am Montag mit einer 14-köpfigen Delegation nach Wien gereist.", True, [("count", 14, None, None)], "Kowtun"),
    ("de", "„Solche Friedensbeteuerungen hören wir zum x-ten Mal“, fügte die Sprecherin hinzu.", False, [], None),
    # --- Drones before the talks (AFP), Jan 26 ---
    ("en", "KYIV, Jan 26 (AFP) - Russia launched 268 drones and 14 missiles at Ukraine overnight, hours before talks were due to open in Vienna, Ukraine's air force said Tuesday.", True, [("date", "--01-26", None, None), ("count", 268, None, None), ("count", 14, None, None)], None),
    ("en", "Of those, 231 drones and nine missiles were shot down, the air force said.", True, [("count", 231, None, None), ("count", 9, None, None)], None),
    ("en", "Two people were killed and at least 17 wounded in the northeastern city of Kharkiv, the mayor's office said.", True, [("count", 2, None, None), ("count", 17, None, "at_least")], None),
    ("en", "About 210,000 households in the Kharkiv region lost power, grid operator Ukrenergo said.", True, [("count", 210000, None, "about")], None),
    ("en", '"Every strike on our cities tells you what Moscow\'s talk of peace is worth," presidential spokeswoman Iryna Kovtun said.', False, [], None),
    # --- Auftakt in der Hofburg (APA/dpa/AFP), 26. Jänner ---
    ("de", "Wien (APA/dpa/AFP) - In der Wiener Hofburg hat am Dienstag die vierte Runde der Dreiergespräche zwischen den Unterhändlern Washingtons, Moskaus und Kiews begonnen.", True, [("ordinal", 4, None, None), ("count", 3, None, None)], None),
    ("de", "Die Runde ist nach Angaben des Außenministeriums auf drei Tage angesetzt.", True, [("duration", 3, "day", None)], "das Außenministerium"),
    ("de", "An der Spitze der russischen Delegation steht Vizeaußenminister Pawel Golowkin, Kiew wird von Chefunterhändler Taras Melnytschuk vertreten.", True, [], None),
    ("de", "Am ersten Verhandlungstag saßen die Delegationen nach Angaben aus Verhandlungskreisen knapp siebeneinhalb Stunden zusammen.", True, [("ordinal", 1, None, None), ("duration", 7.5, "hour", "nearly")], None),
    ("de", "Zum Auftakt hätten Militärs über eine entmilitarisierte Zone von beiderseits 20 Kilometern entlang der Front beraten, hieß es.", True, [("count", 20, None, None)], None),
    ("de", "Melnitschuk sagte vor Beginn der Sitzung, Kiew werde keinem Abkommen zustimmen, das einen Rückzug aus dem Gebiet Donezk vorsehe.", True, [], "Melnitschuk"),
    ("de", "„Wir sind gekommen, um zu verhandeln, nicht um zu kapitulieren“, sagte Melnytschuk.", False, [], None),
    ("de", "Golowkin zufolge will Moskau noch in dieser Woche über einen neuen Gefangenenaustausch sprechen.", True, [], "Golowkin"),
    ("de", "Am Abend trafen Golowkin und Melnytschuk zu einem Zweiergespräch ohne die amerikanische Seite zusammen, das eine Dreiviertelstunde dauerte.", True, [("count", 2, None, None), ("duration", 0.75, "hour", None)], None),
    ("de", "Die Gespräche sollen am Mittwoch um 10.00 Uhr fortgesetzt werden.", True, [], None),
    # --- Vienna talks open (Reuters), Jan 26 ---
    ("en", "VIENNA, Jan 26 (Reuters) - Negotiators from Washington, Moscow and Kyiv sat down in Vienna's Hofburg palace on Tuesday for their fourth round of three-way talks, with three days set aside for the session.", True, [("date", "--01-26", None, None), ("ordinal", 4, None, None), ("count", 3, None, None), ("duration", 3, "day", None)], None),
    ("en", "The first day's sessions ran for almost seven and a half hours, the Austrian hosts said.", True, [("ordinal", 1, None, None), ("duration", 7.5, "hour", "nearly")], None),
    ("en", "Ukraine's chief negotiator, Taras Melnychuk, told reporters Kyiv would not accept any deal that required it to withdraw from the Donetsk region.", True, [], "Taras Melnychuk"),
    ("en", "Officers from both armies discussed a demilitarised zone reaching 20 km (12 miles) back from the line on each side, officials said.", True, [("count", 20, None, None), ("count", 12, None, None)], None),
    ("en", "Golovkin and Melnychuk later held a separate 45-minute meeting without the Americans, a Ukrainian delegate said.", True, [("duration", 45, "minute", None)], None),
    ("en", 'Deputy Foreign Minister Pavel Golovkin, who heads the Russian team, called the opening session "serious and without illusions."', False, [], None),
    ("en", "Diplomats in the Austrian capital played down talk of an imminent breakthrough.", False, [], None),
    # --- Kreml zu Donezk (Reuters), 26. Januar ---
    ("de", "Moskau (Reuters) - Der Kreml beharrt vor dem Hintergrund der Wiener Gespräche auf der Kontrolle über das gesamte Gebiet Donezk.", True, [], None),
    ("de", "Russische Truppen hielten bereits mehr als vier Fünftel des Gebiets, sagte Kremlsprecher Lew Sarubin am Dienstag.", True, [("fraction", 0.8, None, "over")], "Lew Sarubin"),
    ("de", "Das verbleibende gute Fünftel müsse die Ukraine im Zuge einer Einigung räumen, so Sarubin.", True, [("fraction", 0.2, None, "over")], "Sarubin"),
    ("de", "Kiew weist die Zahlen zurück: Nach ukrainischer Darstellung kontrolliert Russland nicht mehr als drei Viertel des Gebiets.", True, [("fraction", 0.75, None, "at_most")], None),
    ("de", "Insgesamt halten russische Truppen nach westlichen Schätzungen knapp 19 Prozent der Ukraine einschließlich der 2014 annektierten Krim.", True, [("percent", 19, "%", "nearly"), ("year", 2014, None, None)], None),
    ("de", "Die Angaben aus Moskau seien „reine Propaganda“, sagte ein Sprecher des ukrainischen Generalstabs.", False, [], None),
    # --- Kremlin on Donetsk (AFP), Jan 26 ---
    ("en", "MOSCOW, Jan 26 (AFP) - The Kremlin said Tuesday that Russian troops already hold more than four-fifths of the Donetsk region and that Kyiv must pull out of the rest under any settlement.", True, [("date", "--01-26", None, None), ("fraction", 0.8, None, "over")], "the Kremlin"),
    ("en", 'Kremlin spokesman Lev Zarubin told reporters the remaining fifth was "not up for discussion."', True, [("fraction", 0.2, None, None)], "Lev Zarubin"),
    ("en", 'Kyiv dismissed the figures as "fantasy from people who have never seen the front."', False, [], None),
    ("en", "Ukraine says Russian troops hold no more than three-quarters of the region.", True, [("fraction", 0.75, None, "at_most")], None),
    ("en", "Western estimates put Russia's share of Ukraine, including Crimea, at nearly 19%.", True, [("percent", 19, "%", "nearly")], None),
    ("en", "Asked about a report that the U.S. draft carried a secret annex on sanctions relief, Zarubin said: \"That is nonsense.\"", False, [], None),
    ("en", "Zarubin denied a Ukrainian media report that Moscow had asked for sanctions relief before any ceasefire.", True, [], None),
    # --- FACTBOX (Reuters), Jan 26 ---
    ("en", "FACTBOX-What's on the table at the Vienna talks", False, [], None),
    ("en", "The U.S. draft, now 19 points long, would cap Ukraine's armed forces at 650,000 troops in peacetime.", True, [("count", 19, None, None), ("count", 650000, None, None)], None),
    ("en", "It foresees a demilitarised zone along the front line, to be watched by unarmed observers from up to 12 countries.", True, [("count", 12, None, "up_to")], None),
    ("en", "A reconstruction fund of $100 billion would be financed partly from frozen Russian assets, according to the draft.", True, [("money", 100000000000, "USD", None)], None),
    ("en", "Sanctions on Russia would be lifted in stages over three years if Moscow complied, under the plan.", True, [("duration", 3, "year", None)], None),
    ("en", "Ukraine would hold presidential and parliamentary elections within 100 days of a ceasefire taking effect.", True, [("duration", 100, "day", None)], None),
    # --- Zweiter Verhandlungstag, Austausch vereinbart (dpa), Mittwoch, 27. Januar ---
    ("de", "Wien (dpa) - Moskau und Kiew haben am zweiten Verhandlungstag in der Hofburg einen neuen Austausch von Kriegsgefangenen vereinbart.", True, [("ordinal", 2, None, None)], None),
    ("de", "Jede Seite solle je 300 Kriegsgefangene übergeben, darunter 45 Schwerverletzte, sagte Chefunterhändler Taras Melnytschuk am Mittwochabend.", True, [("count", 300, None, None), ("count", 45, None, None)], "Taras Melnytschuk"),
    ("de", "Es wäre der 74. Austausch, seit Russland im Februar 2022 die gesamte Ukraine angegriffen hat.", True, [("ordinal", 74, None, None), ("year", 2022, None, None)], None),
    ("de", "Als Vermittler seien wieder die Vereinigten Arabischen Emirate aufgetreten, hieß es aus der ukrainischen Delegation.", True, [], None),
    ("de", "Die Delegationen tagten am Mittwoch gut fünf Stunden im Plenum und danach in drei Arbeitsgruppen.", True, [("duration", 5, "hour", "over"), ("count", 3, None, None)], None),
    ("de", "Ob auch über eine Waffenruhe gesprochen wurde, ließ der Chefunterhändler offen.", False, [], None),
    ("de", "In der Gebietsfrage gebe es weiterhin keine Annäherung, so Melnytschuk.", True, [], None),
    # --- Swap agreed (AP), Jan 27 ---
    ("en", "VIENNA (AP) — Russia and Ukraine agreed Wednesday to swap 300 prisoners of war each, including 45 seriously wounded soldiers, on the second day of talks in Vienna.", True, [("count", 300, None, None), ("count", 45, None, None), ("ordinal", 2, None, None)], None),
    ("en", "It will be the 74th such exchange since Russia launched its all-out war in February 2022, Ukraine's chief negotiator, Taras Melnychuk, told The Associated Press.", True, [("ordinal", 74, None, None), ("year", 2022, None, None)], "Taras Melnychuk"),
    ("en", "The United Arab Emirates again acted as mediator, he said.", True, [], None),
    ("en", "Moscow and Kyiv also agreed to hand over the remains of fallen soldiers, Melnychuk said.", True, [], None),
    ("en", '"No paper we sign in Vienna matters more to those families," Melnychuk said.', False, [], None),
    ("en", "The delegations met in plenary for more than five hours before splitting into three working groups, officials said.", True, [("duration", 5, "hour", "over"), ("count", 3, None, None)], None),
    # --- Energy truce offer (Reuters), Jan 27 ---
    ("en", "VIENNA, Jan 27 (Reuters) - Russia offered at the Vienna talks to stop hitting energy infrastructure for 30 days, but only if Ukraine stopped drone attacks on Russian refineries, two people briefed on the session said.", True, [("date", "--01-27", None, None), ("duration", 30, "day", None), ("count", 2, None, None)], None),
    ("en", "Kyiv wants any truce to last at least 60 days and to cover ports and railways, according to a member of the Ukrainian delegation.", True, [("duration", 60, "day", "at_least")], None),
    ("en", "A similar moratorium agreed last spring collapsed after 23 days.", True, [("duration", 23, "day", None)], None),
    ("en", "Since the start of the year, Russian strikes have knocked out about 2.3 gigawatts of Ukraine's generating capacity, according to grid operator Ukrenergo.", True, [("count", 2.3, None, "about")], None),
    ("en", '"A truce that protects their refineries and not our homes is no truce at all," a Ukrainian delegate said.', False, [], None),
    ("en", "The Kremlin declined to comment on the proposal.", False, [], None),
    # --- Moskau bietet Energie-Waffenruhe an (AFP), 27. Januar ---
    ("de", "Wien (AFP) - Russland hat bei den Wiener Gesprächen nach Angaben aus Verhandlungskreisen eine 30-tägige Waffenruhe für Energieanlagen angeboten.", True, [("duration", 30, "day", None)], None),
    ("de", "Bedingung sei ein Ende der ukrainischen Drohnenangriffe auf russische Raffinerien, verlautete aus der russischen Delegation.", True, [], None),
    ("de", "Kiew verlange eine Feuerpause von mindestens 60 Tagen, die auch Häfen und Bahnanlagen einschließe, sagte ein Mitglied der ukrainischen Delegation.", True, [("duration", 60, "day", "at_least")], None),
    ("de", "Ein ähnliches Moratorium war im vergangenen Frühjahr nach 23 Tagen zusammengebrochen.", True, [("duration", 23, "day", None)], None),
    # --- Umfrage in Kiew (Reuters), 27. Januar ---
    ("de", "Kiew (Reuters) - Knapp zwei Drittel der Ukrainerinnen und Ukrainer sind laut einer neuen Erhebung gegen die Abtretung des Gebiets Donezk, selbst wenn dafür die Waffen schweigen würden.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("de", "Nur jeder Fünfte hielte einen solchen Tausch für annehmbar, wie aus den Zahlen des Kiewer Internationalen Instituts für Soziologie hervorgeht.", True, [("fraction", 0.2, None, None)], None),
    ("de", "Im Mai hatten noch 71 Prozent einen Gebietsverzicht abgelehnt.", True, [("percent", 71, "%", None)], None),
    ("de", "Befragt wurden zwischen dem 14. und dem 21. Januar 1.017 Erwachsene in den von Kiew kontrollierten Gebieten.", True, [("date", "--01-14", None, None), ("date", "--01-21", None, None), ("count", 1017, None, None)], None),
    ("de", "Die Fehlermarge liegt bei höchstens 3,5 Prozentpunkten.", True, [("percent", 3.5, "pp", "at_most")], None),
    # --- Poll (AP), Jan 27 ---
    ("en", "KYIV, Ukraine (AP) — Close to two-thirds of Ukrainians are against handing over the Donetsk region, even if that would silence the guns, a survey published Wednesday found.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("en", "Only one in five of those questioned would accept such a trade, the Kyiv International Institute of Sociology said.", True, [("fraction", 0.2, None, None)], None),
    ("en", "In May, 71% had rejected giving up territory.", True, [("percent", 71, "%", None)], None),
    ("en", "Two in five respondents said they trusted the United States as a mediator, down from 52% in May.", True, [("fraction", 0.4, None, None), ("percent", 52, "%", None)], None),
    ("en", "The survey of 1,017 adults has a margin of error of no more than 3.5 percentage points.", True, [("count", 1017, None, None), ("percent", 3.5, "pp", "at_most")], None),
    # --- Reaktionen in Österreich (APA), 27. Jänner ---
    ("de", "Wien (APA) - Der Bundeskanzler hat die Wiener Gespräche am Mittwoch als „ernsthaften Versuch“ gewürdigt, sich zu Einzelheiten aber nicht geäußert.", False, [], None),
    ("de", "Österreich sei bereit, eine Folgerunde binnen 14 Tagen erneut auszurichten, sagte Pichlmayr am Mittwoch.", True, [("duration", 14, "day", None)], None),
    ("de", "Das Bundesheer stellt für die Gespräche nach eigenen Angaben rund 350 Soldatinnen und Soldaten zur Luftraumüberwachung ab.", True, [("count", 350, None, "about")], None),
    ("de", "Die FPÖ kritisierte den Einsatz als „Showpolitik auf Kosten der Steuerzahler“.", False, [], None),
    ("de", "Die Neos verwiesen darauf, dass Wien seit 2022 bereits drei Gesprächsrunden zum Krieg beherbergt habe.", True, [("year", 2022, None, None), ("count", 3, None, None)], None),
    # --- Pressestimmen (APA), Donnerstag, 28. Jänner ---
    ("de", "Pressestimmen zu den Wiener Ukraine-Gesprächen", False, [], None),
    ("de", "„Die Presse“: „In der Hofburg wird über Land verhandelt, das andere mit ihrem Leben bezahlt haben.“", False, [], None),
    # --- Angriff auf das Stromnetz (dpa), 28. Januar ---
    ("de", "Kiew (dpa) - In der letzten Verhandlungsnacht von Wien hat Russland erneut die ukrainische Energieinfrastruktur angegriffen.", True, [], None),
    ("de", "Die Luftwaffe zählte nach eigenen Angaben 187 Drohnen und sechs Marschflugkörper, von denen 164 Drohnen und alle sechs Marschflugkörper abgefangen worden seien.", True, [("count", 187, None, None), ("count", 6, None, None), ("count", 164, None, None), ("count", 6, None, None)], None),
    ("de", "In Odessa fiel für etwa 120.000 Menschen der Strom aus, teilte der Gouverneur des Gebiets mit.", True, [("count", 120000, None, "about")], None),
    ("de", "Ukrenergo zählte damit bereits den fünften massiven Angriff auf die Stromversorgung in diesem Monat.", True, [("ordinal", 5, None, None)], None),
    # --- Grid attack (AFP), Jan 28 ---
    ("en", "ODESA, Jan 28 (AFP) - Russia fired 187 drones and six cruise missiles at Ukraine overnight, targeting energy facilities as the Vienna talks entered their final day, Kyiv said.", True, [("date", "--01-28", None, None), ("count", 187, None, None), ("count", 6, None, None)], None),
    ("en", "Air defences downed 164 of the drones and all six missiles, the air force said.", True, [("count", 164, None, None), ("count", 6, None, None)], None),
    ("en", "About 120,000 people in the Odesa region lost power, the regional governor said.", True, [("count", 120000, None, "about")], None),
    ("en", "Ukrenergo said it was the fifth massive strike on the grid in January.", True, [("ordinal", 5, None, None)], None),
    # --- Zitate des Tages (dpa), 28. Januar ---
    ("de", "Zitate des Tages zu den Gesprächen in der Hofburg", False, [], None),
    # --- Letzter Verhandlungstag (dpa), 28. Januar ---
    ("de", "Wien (dpa) - Die vierte Runde der Dreiergespräche in der Wiener Hofburg ist am Donnerstag ohne gemeinsame Abschlusserklärung zu Ende gegangen.", True, [("ordinal", 4, None, None), ("count", 3, None, None)], None),
    ("de", "Insgesamt hätten die Delegationen gut 17 Stunden miteinander verhandelt, teilte das Außenministerium in Wien mit.", True, [("duration", 17, "hour", "over")], "das Außenministerium"),
    ("de", "Von den 19 Punkten des US-Entwurfs seien inzwischen 15 im Grundsatz geklärt, sagte der russische Delegationsleiter Pawel Golowkin.", True, [("count", 19, None, None), ("count", 15, None, None)], "Pawel Golowkin"),
    ("de", "Strittig seien weiterhin die Kontaktlinie, die künftige Truppenstärke der Ukraine sowie das Atomkraftwerk Saporischschja.", True, [], None),
    ("de", "Die nächste Runde soll nach Angaben beider Delegationen am 9. Februar in Genf beginnen.", True, [("date", "--02-09", None, None)], None),
    ("de", "Ob dann auch die Präsidenten zusammenkommen, blieb offen.", False, [], None),
    ("de", "Melnytschuk sagte, ohne eine Volksabstimmung werde Kiew keinen Quadratmeter Land abgeben.", True, [], "Melnytschuk"),
    # --- Vienna round ends (Reuters), Jan 28 ---
    ("en", "VIENNA, Jan 28 (Reuters) - The fourth round of three-way talks on ending the war in Ukraine ended in Vienna on Thursday without a joint statement, after some 17 hours of negotiations over three days.", True, [("date", "--01-28", None, None), ("ordinal", 4, None, None), ("count", 3, None, None), ("duration", 17, "hour", "about"), ("duration", 3, "day", None)], None),
    ("en", "Russian delegation head Pavel Golovkin told reporters 15 of the 19 points in the U.S. draft had been settled in principle.", True, [("count", 15, None, None), ("count", 19, None, None)], "Pavel Golovkin"),
    ("en", "The size of Ukraine's future army, the line of contact and the Zaporizhzhia plant remained in dispute, he said.", True, [], None),
    ("en", "A fifth round is due to open in Geneva on Feb. 9, both delegations said.", True, [("ordinal", 5, None, None), ("date", "--02-09", None, None)], None),
    ("en", '"We are closer than ever, but close is not a deal," Golovkin said.', False, [], None),
    ("en", "Ukraine's chief negotiator, Taras Melnychuk, said any transfer of territory would require a national referendum.", True, [], "Taras Melnychuk"),
    ("en", "EXPLAINER-Why Donetsk is the knot nobody in Vienna can untie", False, [], None),
    # --- Kreml gegen Gipfel (AFP), 28. Januar ---
    ("de", "Moskau (AFP) - Der Kreml hat ein Gipfeltreffen der Präsidenten Russlands, der USA und der Ukraine vor Abschluss eines unterschriftsreifen Abkommens erneut ausgeschlossen.", True, [], None),
    ("de", "Ein Treffen der drei Staatschefs komme erst infrage, wenn ein fertiger Vertragstext vorliege, sagte Kremlsprecher Lew Sarubin.", True, [("count", 3, None, None)], "Lew Sarubin"),
    ("de", "Am Mittwochabend hätten die Präsidenten Russlands und der USA zum 14. Mal miteinander telefoniert, so Sarubin.", True, [("ordinal", 14, None, None)], None),
    ("de", "„Frieden macht man mit Verträgen, nicht mit Fotos“, sagte Sarubin.", False, [], None),
    # --- Kremlin rules out summit (AFP), Jan 28 ---
    ("en", "MOSCOW, Jan 28 (AFP) - The Kremlin on Thursday again ruled out a summit of the Russian, U.S. and Ukrainian leaders until a treaty text was ready to sign.", True, [("date", "--01-28", None, None)], None),
    ("en", "Kremlin spokesman Lev Zarubin said the two presidents' phone call on Wednesday evening was their 14th.", True, [("count", 2, None, None), ("ordinal", 14, None, None)], "Lev Zarubin"),
    ("en", '"Peace is made with treaties, not with photographs," Zarubin said.', False, [], None),
    # --- Berlin zur Absicherungstruppe (dpa), 28. Januar ---
    ("de", "Berlin (dpa) - Die Bundesregierung ist nach einem Friedensschluss zur Beteiligung an einer europäischen Absicherungstruppe in der Ukraine bereit, allerdings nur mit einem Mandat des Bundestags.", True, [], None),
    ("de", "Deutschland könne bis zu 4.500 Soldatinnen und Soldaten stellen, sagte Regierungssprecher Carsten Hohlfeld am Donnerstag.", True, [("count", 4500, None, "up_to")], "Carsten Hohlfeld"),
    ("de", "Insgesamt planen die beteiligten europäischen Staaten nach dpa-Informationen mit 20.000 bis 24.000 Soldaten.", True, [("count", 20000, None, None), ("count", 24000, None, None)], None),
    ("de", "Die Kosten eines einjährigen Einsatzes veranschlagt das Verteidigungsministerium auf 1,6 Milliarden Euro.", True, [("duration", 1, "year", None), ("money", 1600000000, "EUR", None)], None),
    ("de", "„Ein Frieden ohne Garantien wäre auf Sand gebaut“, sagte Hohlfeld.", False, [], None),
    # --- Berlin on troops (Reuters), Jan 28 ---
    ("en", "BERLIN, Jan 28 (Reuters) - Germany could send up to 4,500 troops to a European reassurance force in Ukraine after a peace deal, government spokesman Carsten Hohlfeld said on Thursday.", True, [("date", "--01-28", None, None), ("count", 4500, None, "up_to")], "Carsten Hohlfeld"),
    ("en", "Any deployment would need a mandate from the Bundestag, he said.", True, [], None),
    ("en", "European planners are working on a force of 20,000 to 24,000 troops, according to German officials.", True, [("count", 20000, None, None), ("count", 24000, None, None)], None),
    ("en", "Defence ministry estimates put the cost to Germany at about 1.6 billion euros a year.", True, [("money", 1600000000, "EUR", "about")], None),
    ("en", '"A peace without guarantees would be built on sand," Hohlfeld said.', False, [], None),
    # --- 21. Sanktionspaket (dpa), 28. Januar ---
    ("de", "Brüssel (dpa) - Die Botschafter der EU-Mitgliedstaaten haben ein 21. Paket mit Sanktionen gegen Russland gebilligt.", True, [("ordinal", 21, None, None)], None),
    ("de", "Es richtet sich unter anderem gegen 93 weitere Tanker der sogenannten Schattenflotte, wie Diplomaten bestätigten.", True, [("count", 93, None, None)], None),
    ("de", "Damit stehen mehr als 660 Schiffe auf der schwarzen Liste der EU.", True, [("count", 660, None, "over")], None),
    ("de", "In der EU sind zudem Vermögenswerte der russischen Zentralbank von rund 190 Milliarden Euro eingefroren.", True, [("money", 190000000000, "EUR", "about")], None),
    ("de", "Die EU-Außenbeauftragte sprach von einem „deutlichen Zeichen, dass Verhandlungen den Druck nicht ersetzen“.", False, [], None),
    # --- EU sanctions (Reuters), Jan 28 ---
    ("en", "BRUSSELS, Jan 28 (Reuters) - EU ambassadors on Thursday approved a 21st round of sanctions on Moscow that adds 93 tankers from its shadow fleet to the blacklist, diplomats said.", True, [("date", "--01-28", None, None), ("ordinal", 21, None, None), ("count", 93, None, None)], None),
    ("en", "The package also bars transactions with 14 more banks in third countries, four of them in Central Asia.", True, [("count", 14, None, None), ("count", 4, None, None)], None),
    ("en", "That takes the number of blacklisted vessels to more than 660.", True, [("count", 660, None, "over")], None),
    ("en", "Hungary and Slovakia had held up the package for two weeks.", True, [("duration", 2, "week", None)], None),
    ("en", "Britain separately pledged £250m for clearing mines and unexploded shells in Ukraine's liberated areas.", True, [("money", 250000000, "GBP", None)], None),
    ("en", 'Brussels\' top diplomat described the package as "a plain message that talking is no substitute for pressure."', False, [], None),
    # --- White House after the round (AP), Jan 28 ---
    ("en", 'WASHINGTON (AP) — White House press secretary Brianna Coutts said Thursday the administration was "encouraged" by the Vienna round.', False, [], None),
    ("en", "Coutts said the president had been briefed by Wexley twice during the three days of talks.", True, [("count", 2, None, None), ("duration", 3, "day", None)], None),
    ("en", "The 30-day target for a framework deal still stands, she said.", True, [("duration", 30, "day", None)], None),
    ("en", "She would not say if a meeting between the president and the Kremlin leader was planned before spring.", False, [], None),
    # --- Rouble (Reuters), Jan 28 ---
    ("en", "MOSCOW, Jan 28 (Reuters) - The rouble firmed 1.4% to 79.60 per dollar on Thursday as the Vienna talks wound up.", True, [("date", "--01-28", None, None), ("percent", 1.4, "%", None), ("money", 79.6, "RUB", None)], None),
    ("en", "Traders said hopes of a deal, rather than anything agreed in Vienna, were driving the currency.", False, [], None),
    # --- Austausch vollzogen (dpa), Freitag, 29. Januar ---
    ("de", "Kiew (dpa) - Der in Wien vereinbarte Gefangenenaustausch ist am Freitag vollzogen worden: Beide Seiten übergaben je 300 Kriegsgefangene.", True, [("count", 300, None, None)], None),
    ("de", "Unter den Heimkehrern seien 45 Schwerverletzte sowie elf Zivilisten, teilte der Koordinierungsstab für Kriegsgefangene mit.", True, [("count", 45, None, None), ("count", 11, None, None)], "der Koordinierungsstab für Kriegsgefangene"),
    ("de", "Es war der 74. Austausch seit Februar 2022, insgesamt kehrten damit bislang mehr als 6.700 Ukrainer zurück.", True, [("ordinal", 74, None, None), ("year", 2022, None, None), ("count", 6700, None, "over")], None),
    ("de", "Zudem übergab Russland die Leichen von 1.000 gefallenen Soldaten, die Ukraine ihrerseits 38.", True, [("count", 1000, None, None), ("count", 38, None, None)], None),
    ("de", "„Heute weinen Mütter vor Glück“, sagte Menschenrechtsbeauftragte Olha Dowhan.", False, [], None),
    ("de", "Dowhan sagte, Kiew habe Moskau eine Liste mit weiteren 1.200 Namen übergeben.", True, [("count", 1200, None, None)], "Dowhan"),
    ("de", "Gut die Hälfte der Freigelassenen hatte mehr als zwei Jahre in russischer Gefangenschaft verbracht.", True, [("fraction", 0.5, None, "over"), ("duration", 2, "year", "over")], None),
    # --- Swap carried out (Reuters), Jan 29 ---
    ("en", "Russia, Ukraine carry out 300-for-300 prisoner swap agreed at Vienna talks", True, [("count", 300, None, None), ("count", 300, None, None)], None),
    ("en", "KYIV, Jan 29 (Reuters) - Russia and Ukraine swapped 300 prisoners of war each on Friday in the 74th exchange since the start of the full-scale war, Ukraine's coordination headquarters said.", True, [("date", "--01-29", None, None), ("count", 300, None, None), ("ordinal", 74, None, None)], None),
    ("en", "Those freed included 45 severely wounded servicemen and 11 civilians, the headquarters said.", True, [("count", 45, None, None), ("count", 11, None, None)], None),
    ("en", "Russia also handed over the bodies of 1,000 soldiers and received 38 in return.", True, [("count", 1000, None, None), ("count", 38, None, None)], None),
    ("en", "More than 6,700 Ukrainians have now come home in swaps, human rights commissioner Olha Dovhan said.", True, [("count", 6700, None, "over")], "Olha Dovhan"),
    ("en", "More than half of those released had spent more than two years in Russian captivity, Dovhan said.", True, [("fraction", 0.5, None, "over"), ("duration", 2, "year", "over")], None),
    ("en", '"Today mothers are crying for joy," Dovhan said.', False, [], None),
    # --- Kremlberater nach der Runde (APA/dpa/AFP), 29. Jänner ---
    ("de", "Moskau/Wien (APA/dpa/AFP) - Der Kreml hat nach dem Ende der Wiener Runde eine Unterzeichnung des US-Friedensplans noch vor Beginn der Genfer Gespräche ausgeschlossen.", True, [], None),
    ("de", "Kremlberater Gennadi Worobjow sagte, vier der 19 Punkte seien noch offen, darunter die Gebietsfrage.", True, [("count", 4, None, None), ("count", 19, None, None)], "Gennadi Worobjow"),
    ("de", "Worobjew zufolge sollen die Unterhändler in Genf zunächst über die Obergrenze für die ukrainische Armee sprechen.", True, [], "Worobjew"),
    ("de", "Moskau bestehe auf höchstens 450.000 Soldaten, so Worobjew.", True, [("count", 450000, None, "at_most")], None),
    ("de", "Kiew will nach eigenen Angaben eine Armee von mindestens 700.000 Mann behalten.", True, [("count", 700000, None, "at_least")], None),
    ("de", "„Die Zeit arbeitet nicht gegen uns“, sagte Worobjow.", False, [], None),
    # --- Kremlin aide after the round (AFP), Jan 29 ---
    ("en", "MOSCOW, Jan 29 (AFP) - Kremlin aide Gennady Vorobiev said Friday that four of the 19 points in the U.S. plan were still open, including the territorial question.", True, [("date", "--01-29", None, None), ("count", 4, None, None), ("count", 19, None, None)], "Gennady Vorobiev"),
    ("en", "Moscow insists on a ceiling of no more than 450,000 troops for Ukraine's army, he said.", True, [("count", 450000, None, "at_most")], None),
    ("en", "Kyiv has said it wants to keep an army of at least 700,000.", True, [("count", 700000, None, "at_least")], None),
    ("en", '"Time is not working against us," Vorobiev said.', False, [], None),
    # --- Analyse (APA), 29. Jänner ---
    ("de", "Analyse: Was von den Wiener Gesprächen bleibt", False, [], None),
    ("de", "Seit dem ersten Treffen der Unterhändler im vergangenen Juni haben die drei Seiten nun vier Runden direkter Gespräche absolviert.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 4, None, None)], None),
    ("de", "Dazwischen lagen nach Zählung der APA 26 Telefonate der Präsidenten und elf Besuche des US-Gesandten im Kreml.", True, [("count", 26, None, None), ("count", 11, None, None)], None),
    ("de", "Die Wiener Politologin Barbara Lechthaler hält einen Abschluss vor dem Sommer für unwahrscheinlich.", False, [], None),
    ("de", "Russland hat seit Jahresbeginn nach Berechnungen der US-Denkfabrik ISW rund 310 Quadratkilometer ukrainisches Gebiet erobert.", True, [("count", 310, None, "about")], None),
    ("de", "Ob die Genfer Runde den Durchbruch bringt, hängt nach Einschätzung von Diplomaten vor allem von Washington ab.", False, [], None),
    # --- Senate hearing (AP), Jan 29 ---
    ("en", "WASHINGTON (AP) — Special envoy Garrett Wexley told senators on Friday that no American ground troops would be part of any security guarantee for Ukraine.", True, [], "Garrett Wexley"),
    ("en", "The United States would instead provide satellite surveillance and air defense support for at least 10 years, Wexley said.", True, [("duration", 10, "year", "at_least")], None),
    ("en", "The 19-point plan would be put to Congress before any signing, he said.", True, [("count", 19, None, None)], None),
    ("en", 'Senator Ruth Callander, a Republican, called the plan "appeasement with a spreadsheet."', False, [], None),
    ("en", "Senators questioned the envoy for nearly four hours.", True, [("duration", 4, "hour", "nearly")], None),
    ("en", "Wexley declined to say whether he would travel to Moscow again before the Geneva round.", False, [], None),
    # --- Schweiz richtet fünfte Runde aus (Keystone-SDA), 29. Januar ---
    ("de", "Bern (Keystone-SDA) - Die Schweiz wird die fünfte Runde der Dreiergespräche zum Krieg in der Ukraine am 9. Februar in Genf ausrichten.", True, [("ordinal", 5, None, None), ("count", 3, None, None), ("date", "--02-09", None, None)], None),
    ("de", "Die Gespräche sollen zwei Tage dauern, teilte das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) am Freitag mit.", True, [("duration", 2, "day", None)], "das Eidgenössische Departement für auswärtige Angelegenheiten"),
    ("de", "Die Kosten für Sicherheit und Logistik schätzt der Bund auf rund 2,1 Millionen Franken.", True, [("money", 2100000, "CHF", "about")], None),
    ("de", "Es sei die sechste Verhandlungsrunde zum Krieg in der Ukraine, die seit 2022 in der Schweiz stattfinde, sagte EDA-Sprecherin Laetitia Rochat.", True, [("ordinal", 6, None, None), ("year", 2022, None, None)], "Laetitia Rochat"),
    ("de", "«Die Schweiz stellt den Tisch zur Verfügung, nicht die Lösung», sagte Rochat.", False, [], None),
    ("de", "Der Luftraum über Genf wird während der Runde in einem Radius von zehn Kilometern gesperrt.", True, [("count", 10, None, None)], None),
    # --- Geneva to host fifth round (Reuters), Jan 29 ---
    ("en", "GENEVA, Jan 29 (Reuters) - Switzerland will host a fifth round of three-way talks between the United States, Russia and Ukraine in Geneva from Feb. 9, the Swiss foreign ministry said on Friday.", True, [("date", "--01-29", None, None), ("ordinal", 5, None, None), ("count", 3, None, None), ("date", "--02-09", None, None)], None),
    ("en", "The talks are scheduled to last two days, the ministry said.", True, [("duration", 2, "day", None)], None),
    ("en", "It will be the sixth round of talks on the war hosted by Switzerland since 2022, a ministry spokeswoman said.", True, [("ordinal", 6, None, None), ("year", 2022, None, None)], None),
    ("en", "Security and logistics will cost 2.1 million Swiss francs ($2.6 million), the ministry estimated.", True, [("money", 2100000, "CHF", None), ("money", 2600000, "USD", None)], None),
    # --- Kiews Vorschlag für Genf (Reuters), 29. Januar ---
    ("de", "Kiew (Reuters) - Der ukrainische Präsident hat sich am Freitag von Chefunterhändler Melnytschuk über die Ergebnisse der Wiener Runde unterrichten lassen.", True, [], None),
    ("de", "In seiner abendlichen Videoansprache kündigte er an, Kiew werde in Genf einen eigenen Vorschlag für eine Waffenruhe von 90 Tagen vorlegen.", True, [("duration", 90, "day", None)], None),
    ("de", "Die Feuerpause solle anfangs nur für Luftangriffe gelten und nach 30 Tagen auf die gesamte Front ausgeweitet werden.", True, [("duration", 30, "day", None)], None),
    # --- Kyiv's ceasefire proposal (Reuters), Jan 29 ---
    ("en", "KYIV, Jan 29 (Reuters) - Kyiv will table its own proposal for a 90-day ceasefire at the Geneva talks, Ukraine's president said in a video message late on Friday.", True, [("date", "--01-29", None, None), ("duration", 90, "day", None)], None),
    ("en", "The truce would initially cover air strikes and be extended to the whole front line after 30 days, he said.", True, [("duration", 30, "day", None)], None),
    # --- ANALYSIS (Reuters), Jan 29 ---
    ("en", "ANALYSIS-After Vienna, Moscow and Kyiv both play for time", False, [], None),
    ("en", "Since the first meeting of negotiators last June, the three sides have held four rounds of direct talks.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 4, None, None)], None),
    ("en", "Russian forces have taken about 310 square km of Ukrainian land in January, by the reckoning of the Washington-based Institute for the Study of War.", True, [("count", 310, None, "about")], None),
    ("en", '"Both capitals believe time is on their side, and they cannot both be right," said a European diplomat in Vienna.', False, [], None),
    ("en", "Analysts in Moscow and Kyiv doubt a deal can be signed before the summer.", False, [], None),
    # --- Voices from Kyiv (AP), Jan 29 ---
    ("en", "Russia-Ukraine talks in Vienna: What to know", False, [], None),
    ("en", "KYIV, Ukraine (AP) — In a city that has again spent its nights in shelters, news from Vienna drew more shrugs than cheers.", False, [], None),
    ("en", '"Peace, for me, is the day the sirens go quiet," said Lyudmyla Honchar, a retired teacher.', False, [], None),
    ("en", '"They trade maps in Vienna; we count the explosions here," said Denys, a university student who did not want his surname published.', False, [], None),
    ("en", "Air raid alerts sounded in the capital on 23 of the past 28 nights, according to city officials.", True, [("count", 23, None, None), ("count", 28, None, None)], None),
    ("en", "Since New Year's Day, Russia has sent more than 1,900 drones against Ukraine, according to the air force.", True, [("count", 1900, None, "over")], None),
]
