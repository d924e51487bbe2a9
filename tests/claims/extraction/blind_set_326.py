"""Three-hundred-and-twenty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government and the holders of real
offices appear only by office ("vom russischen Präsidenten", "dem Kremlchef", "der
US-Präsident", "seinem ukrainischen Amtskollegen", "Der ukrainische Präsident", "Russia's
president", "The Russian and U.S. presidents", "Ukraine's president", "the secretary of
state", "The committee's chairman"), and the envoys, aides, negotiators, spokespeople,
ministers, the senator, the political scientist and the people in the street are invented,
the transliterated ones spelled as each service writes them and, for the Kremlin aide, spelled
two ways inside each of two Austrian stories: Fjodor Kostyljow (dpa, Reuters German) / Fjodor Kostylew
(AFP material, also in APA copy) / Fyodor Kostylyov (Reuters) / Fyodor Kostylev (AFP
English); Anatoli Subarew (dpa) / Anatolij Subarew (APA/AFP) / Anatoly Zubarev (AP); Denys
Hawryljuk (dpa) / Denis Gawriljuk (AFP German) / Denys Havryliuk (Reuters) / Denys Havrylyuk
(AP); Wadim Selesnjow / Vadim Seleznyov; Roman Hluschko / Roman Hlushko; further Everett
Castellane, Corinne Haldane, Royce Tandberg, Oksana Lytwynenko, Magdalena Pötscher, Bernhard
Loidolt, Till Wendisch, Witali Rogatschow, Lukas Zimmerli, Halyna Bondarenko, the student
Maksym and every unnamed official, aide, delegate, diplomat, expert, researcher and
spokesperson. Real states, bodies, parties and places ("Kreml", "Weißes Haus",
"Präsidialamt", "Hofburg", "FPÖ", "Linke", "Kiewer Internationales
Institut für Soziologie", "US-Denkfabrik ISW", "Koordinierungsstab für Kriegsgefangene",
"EDA", "Bund", "Departement", "Palais des Nations", "Nato", "Atomkraftwerk Saporischschja",
"Gebiet Donezk", "Donbass", "Cherson", "Charkiw", "Sumy", "Riad", "Genf", "Bern"; the
Kremlin, the White House, the State Department, the Senate Foreign Relations Committee,
Congress, the Kyiv International Institute of Sociology, Ukrenergo, NATO, the Zaporizhzhia
nuclear plant, the Donetsk, Zaporizhzhia and Kherson regions, Riyadh, and the datelines'
cities) stand for the way wire copy names them; every meeting, call, round, trip, plan,
point, share, cap, zone, swap, tally, poll, sum, date and quote here is invented, and where a
real figure came to mind (a real envoy's count of Kremlin meetings, a real draft's number of
points, a real share of occupied land, a real exchange, a real poll) it was changed (the
full-scale invasion of February 2022 kept).

Its weight: ENVOYS, PEACE PLANS AND KREMLIN/KYIV/WASHINGTON STATEMENTS ON TALKS OVER A WAR,
about 60 % German as German-language wires file it (the hundred-fifty-ninth batch weighed
peace negotiations and envoys' meetings over Ukraine, the hundred-ninety-third Kremlin and
Kyiv statements on talks, the two-hundred-and-ninth peace talks and envoys in German-heavy
copy and the two-hundred-and-seventieth a diplomatic and frontline day in German-heavy copy,
after the sixty-eighth, hundred-first, hundred-fortieth and hundred-forty-second; their
decisions are kept) - a fictional but wire-realistic series over seven weeks of one spring,
Monday, May 4, to Thursday, June 18, as 35 short stories in story order, the German and the
English stories interleaved. German (dpa, APA/dpa/AFP, AFP German, Reuters German, APA/AFP,
Keystone-SDA with «» quotes; German „“ quotes): the U.S. envoy's eighth Kremlin meeting, Kyiv
waiting for a briefing after a night of drones, the White House's six-week aim, Vienna's
offer and the Kremlin aide's answer in merged APA copy, a Kyiv poll, the third round of
three-way talks in Riyadh and its second day with a swap agreed, the Kremlin aide's shares of
territory, Kyiv's reply, the European twelve-point plan and the Kremlin's rejection, the U.S.
draft cut to 17 points, the Russian economic envoy in Washington, the presidents' twelfth
call, Kyiv's energy truce offer, the envoy's ninth Kremlin meeting, Kyiv's negotiator in
Washington, Switzerland's offer of a guarantees conference, the fourth round opening with a
swap, the Kremlin's autumn horizon and the fifth round set, voices from Kyiv. English
(Reuters with dated datelines, AP, AFP): the eighth meeting, the White House's aim, the poll,
the third round, the aide on territory, the European plan, the trimmed U.S. draft, the
presidents' call, the energy truce offer, the ninth meeting, the negotiator in Washington, the
fourth round and its swap, the envoy before senators and Kyiv's word on the fifth round.
Figures as such copy has them: meetings, calls, rounds, trips and swaps counted in words and
digits („das achte Treffen der beiden“, „zum neunten Mal“, „ihr zwölftes Telefonat“, „die
dritte Runde ihrer Dreiergespräche“, „Am zweiten Verhandlungstag“, „seine vierte Reise“,
„der 71. Austausch“, "their eighth meeting", "for a ninth time", "their 12th call", "his
10th meeting", "the 71st such exchange"); hours-long talks as compounds and phrases („nach
dem vierstündigen Gespräch“, „gut fünfstündigen“, „fünfeinhalbstündige“, „einstündiges“,
„über knapp zweieinhalb Stunden“, "for four hours", "for five and a half hours", "nearly
three hours"); points of drafts („20-Punkte-Plan“, „17-Punkte-Entwurf“, „Zwölf-Punkte-Plan“,
„Bei 15 der 20 Punkte“, „Von den 17 Punkten seien 13“, "13 of its 17 points"); shares of
territory in fractions („mehr als vier Fünftel“, „rund ein Fünftel“, „das verbleibende
knappe Fünftel“, „jeweils zu etwa drei Vierteln“, „nicht mehr als drei Viertel“, "the just
under one-fifth", "roughly three-quarters each"); attributed statements in every position
(„sagte der Kremlberater“, „so der Berater“, „Kostyljow zufolge“, „wie der Kreml
mitteilte“, „hieß es aus der ukrainischen Delegation“, "told reporters", "told senators",
"according to ..."), Konjunktiv I throughout; troop caps, zones, tallies, a poll, money,
years and dates. Negatives as such copy has them - 55 rows, none with a figure: atmosphere
labels, rhetoric and slogans in quotes, mockery, accusations and labels from parties and a
senator, verdicts with „halten ... für“, an analyst's view, a forecast without a figure,
evasions and no-comment lines, open questions, a mood lead and vox pops, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

235 rows (145 German, 90 English), 55 negatives (36 German, 19 English), 180 check-worthy
rows of which 41 carry no figure (25 German, 16 English), 217 expected quantities (100
counts, 34 durations - 14 in hours, 9 in days, 7 in years, 2 in minutes, 2 in weeks -, 30
ordinals, 21 dates, 16 fractions, 10 percentages - 8 in "%", 2 in percentage points "pp" -,
4 years, 2 amounts of money - 1 CHF, 1 USD -; none of them in a negative), 35 checked
speakers (21 German, 14 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position, a plan or a rejection are check-worthy with the speaker their
  own attribution gives, and with the speaker unchecked after a role or a pronoun or without
  an attribution of their own (ninety-third, hundred-fifty-ninth, hundred-ninety-third,
  two-hundred-and-ninth, two-hundred-and-seventieth). A quoted or reported atmosphere label,
  evaluation, piece of rhetoric, mockery, accusation without a checkable claim, doubt or
  verdict is a negative with speaker None, also with a named speaker and an office
  (hundred-fortieth, hundred-fifty-ninth, hundred-ninety-third, two-hundred-and-fourth,
  two-hundred-and-ninth). Pairs from one speaker: Kostyljow's 20 points after four hours
  beside „sachlich, offen und ausgesprochen freundlich“, his fifth of the country beside „ihre
  Wahl getroffen“, his „mehr als 40 Mal“ beside „offen, ausführlich ...“ and his 80 percent
  (told by role) beside „die letzte Strecke“; Kostylyov's 15 of 20 beside "businesslike,
  open and very friendly", his shares beside "no piece of paper" and his "about 80%" beside
  "the final stretch"; Kostylev's 40 times beside "frank, detailed ..."; Kostylew's fifth
  round beside „keine Eile“; Haldane's April 28 beside „noch nie so nah“ and "never been this
  close"; Pötscher's 48 hours beside „Neutralität verpflichtet uns“; Gawriljuk's 500 beside
  his „Kapitulation“; Hawryljuk's June 1 beside „Jede Nacht ohne Strom“ and his referendum
  beside „Über unser Land“; Havrylyuk's 2,300 drones beside "Every night without power"; Selesnjow's demand beside
  „ein Zeichen guten Willens“ and Seleznyov's refusal beside "a wish list"; Subarew's refusal
  (and his cap, told by role) beside „von außen zu stören“; Lytwynenko's three quarters beside „frei erfunden“;
  Wendisch's 20 years beside „Europa sitzt ... mit am Tisch“ and its twin; Rogatschow's 90
  percent (told by pronoun) beside „warten nur auf ein Signal“; Castellane's 14 of 17 beside "the best chance
  for peace"; Hlushko's 42 and 17 beside "every man who comes home".
- What each side said (sixty-eighth, hundred-fifty-ninth, hundred-ninety-third,
  two-hundred-and-ninth): the Kremlin's "more than four-fifths" of Donetsk and a fifth of the
  country, Kyiv's „nicht mehr als drei Viertel“, the ISW's and the Western estimates
  (estimating verbs, speaker unchecked, hundred-tenth) are all check-worthy. Refusals and
  rejections of record are check-worthy without a figure (hundred-fifty-ninth,
  two-hundred-and-ninth, two-hundred-and-seventieth): „Die Ukraine hat die Angaben des
  Kremls ... zurückgewiesen.“, „Der Kreml hat den europäischen Zwölf-Punkte-Plan umgehend
  zurückgewiesen.“ (with its count), Subarew's „in keiner Form hinnehmen“, Subarew's and
  Zubarev's refusal of partial truces, Seleznyov's refusal of NATO monitors, „Ein Rückzug aus
  dem Gebiet Donezk komme für Kiew nicht infrage“, "Kyiv has repeatedly said it will not give
  up land ...", „Kiew lehnt eine solche gemeinsame Verwaltung ... ab.“ and "Kyiv has rejected
  the idea", while „Die Zahlen aus Moskau seien „frei erfunden“, so Lytwynenko.“ is a label
  and a negative (two-hundred-and-ninth: „schlicht falsch“) and so is „In Kiew wurde die
  Äußerung ... als Versuch gewertet, ...“ (hundred-fifty-ninth: „als unverhohlene Drohung
  aufgefasst“).
- Quotes that repeat a figure (the issue: "100 Mal"; two-hundred-and-ninth,
  two-hundred-and-seventieth): „Wir haben mehr als 40 Mal gesagt, dass es ohne eine Lösung
  der Gebietsfrage keinen Frieden geben wird“, sagte Kostyljow. and its AFP twin ("More than
  40 times we have said it: ...") are positions of record, check-worthy with count 40 "over"
  and the speaker as spelled; „mindestens ein Dutzend Mal“ is 12 "at_least" (the issue's "two
  dozen"; hundred-twelfth: „ein Dutzend davon“ 12).
- Meetings, calls, rounds, trips, sessions and swaps are ordinals (the issue: "das sechste
  Treffen", "zum zweiten Mal"; hundred-fifty-ninth, hundred-ninety-third,
  two-hundred-and-ninth, two-hundred-and-seventieth): „das achte Treffen der beiden“ and
  "their eighth meeting" 8 („der beiden“ none), „zum neunten Mal in diesem Jahr“ and "for a
  ninth time this year" 9, "his 10th meeting" 10, „ihr zwölftes Telefonat“ and "their 12th
  call" 12, „die dritte Runde ihrer Dreiergespräche“ and "a third round of three-way talks" 3
  with count 3, „die vierte Runde der Dreiergespräche“ and "a fourth round of three-way talks"
  4 with 3, „eine fünfte Runde der Dreiergespräche“ and "a fifth round of three-way talks" 5
  with 3 (three-way formats counted, hundred-fifty-ninth, two-hundred-and-ninth), „Eine
  vierte Runde“ and "a fourth round in June" 4, „zur fünften Runde“ 5, „Am zweiten
  Verhandlungstag“ 2, „am ersten Verhandlungstag“ 1, "the first session" 1
  (two-hundred-and-seventieth: "The first of the missiles"), "for the first time" 1
  (hundred-ninety-third), „seine vierte Reise“ and "his fourth trip" 4, „seine dritte
  USA-Reise“ and "his third U.S. trip" 3 (hundred-ninety-third: „seiner vierten USA-Reise“),
  „seiner zweiten USA-Reise in diesem Monat“ 2, "the envoy's second appearance" 2, „der 71.
  Austausch“ and "the 71st such exchange" 71. „ein Dreiertreffen der Präsidenten“ and „ein
  Treffen der drei Präsidenten“ count 3 (hundred-fifty-ninth: "Ein Dreiergipfel", "the three
  presidents"), "the two sides", "The two leaders" and "Trade between the two countries" 2
  (two-hundred-and-ninth, two-hundred-and-seventieth), "two people familiar with the draft"
  and "two people briefed on the talks" 2 (hundred-fifty-ninth). „der beiden“, „beiden
  Seiten“, „beide Seiten“, „Beide Seiten“, „beider Delegationen“, „beiden Ländern“, „beider
  Länder“, „Die beiden Präsidenten“ and "both sides" carry none (hundred-fifty-ninth,
  hundred-ninety-third); „erstmals“ none (ninety-third). Repetitions are counts (the issue:
  "viermal"): „bereits viermal“ 4 („bereits“ no hedge), „dreimal“ 3.
- Hours of talks are durations (the issue: "fünfstündigen Treffen"; hundred-ninety-third,
  two-hundred-and-ninth, two-hundred-and-seventieth): „nach dem vierstündigen Gespräch“ and
  "for four hours" 4 hours, „nach dem gut fünfstündigen Auftakt“ 5 "over" and "which ran for
  more than five hours" 5 "over", „Nach knapp sieben Stunden“ 7 "nearly", „über knapp
  zweieinhalb Stunden“ and "for nearly two and a half hours" 2.5 "nearly" („über“ before a
  span is a preposition, hundred-ninety-third, and the hedge after it bounds the span),
  „das fünfeinhalbstündige Gespräch“ and "for five and a half hours" 5.5 (hundred-twentieth:
  „zweieinhalbstündigen“; hundred-ninety-third: "four and a half hours"), „ein einstündiges
  Abendessen“ 1 hour (fourteenth: „einstündigen“), "a hearing that lasted nearly three
  hours" 3 "nearly", „binnen 48 Stunden“, „binnen 72 Stunden“ and "within 72 hours" ("binnen",
  "within" no hedge), „40 Minuten lang“ and "for 40 minutes" 40 minutes. Days, weeks and
  years: „auf zwei Tage angesetzt“ and "with two days set aside" 2 days, „drei Tage dauern“
  and "last three days" 3 days, „eine 30-tägige Waffenruhe“ and "a 30-day moratorium" 30
  days, „nach neun Tagen“ 9 days, „frühestens 90 Tage nach“ 90 days with no hedge
  (hundred-fifty-ninth, hundred-ninety-third: "frühestens 100 Tage nach"), „binnen sechs
  Wochen“ and "within six weeks" 6 weeks, „für mindestens 20 Jahre“ and "for at least 20
  years" 20 years "at_least", „für 15 Jahre“ and "lasting 15 years" 15 years, „für zunächst
  fünf Jahre“ and "for an initial five years" 5 years („zunächst“ and "initial" no hedge,
  two-hundred-and-ninth: „zunächst für zwölf Monate“), "spread over 10 years" 10 years
  ("over" before a span no hedge). New: "90 days after a ceasefire at the earliest" is 90
  days with no hedge - "at the earliest" after the span is the English „frühestens“ and "no
  earlier than" (hundred-ninety-third), which bound a point in time, not the span. None:
  „seit Jahresbeginn“, "since January", „in diesem Jahr“, "this year", „in diesem Monat“,
  "this month", „seit März“, "since March", "since February", „Im Februar“, "in February",
  „im März“, „noch im Juni“, "in June", „vor Mitte Juni“, "before mid-June", „frühestens im
  September“, „im Herbst“, "before the autumn", „vor dem Sommer“, „in den kommenden Monaten“,
  „seit Monaten“, „in der kommenden Woche“, "next week", weekdays and their compounds („am
  Montagabend“, "on Monday evening", „In der Nacht zum Dienstag“, „In der Nacht zum
  Donnerstag“, "overnight"), „kurz nach Mitternacht“, „um Mitternacht“ and "at midnight"
  (hundred-ninety-third), "by late afternoon", and „jede Nacht“, "every night" in negatives.
- Points of drafts (the issue: "28-Punkte-Entwurf"; hundred-fifty-ninth, hundred-ninety-third,
  two-hundred-and-ninth): „20-Punkte-Plan“, „17-Punkte-Entwurf“ (twice), „Zwölf-Punkte-Plan“
  (twice), "a 12-point plan", "the 17-point draft" and "the 17-point plan" read as written (the
  number word heading a hyphenated compound, hundred-fifteenth); „von 20 auf 17 Punkte“ and
  "to 17 points from 20" both; „Bei 15 der 20 Punkte“, "15 of the 20 points", „In sieben der
  zwölf Punkte“, "Seven of the 12 points", "14 of the 17 points" and "13 of its 17 points" two
  counts each (a definite group, forty-first); „Von den 17 Punkten seien 13 geklärt, bei den
  übrigen vier ...“ 17, 13 and 4 and "The remaining four" 4 (two-hundred-and-ninth: „Bei den
  übrigen vier“); „alle 17 Punkte“ and "all 17 points" 17 („alle“, "all" no hedge,
  three-hundredth: "all 1,400 daily flights"), „Derzeit seien 14 davon geklärt.“ and "14
  are settled so far" 14 (the elliptic count, hundred-fortieth). Named points still in dispute are check-worthy
  (two-hundred-and-ninth): „Ungeklärt seien weiterhin vor allem die Gebietsfragen ...“,
  "The status of the Zaporizhzhia nuclear plant and the question of territory were still
  unresolved", „Zu den offenen Punkten gehörten ...“.
- Shares of territory and of people are fractions (the issue: "ein Fünftel", "drei Viertel",
  "two-fifths"; hundred-ninety-third, two-hundred-and-ninth, two-hundred-and-seventieth):
  „mehr als vier Fünftel des ostukrainischen Gebiets Donezk“ and "more than four-fifths" 0.8
  "over", „rund ein Fünftel des ukrainischen Staatsgebiets“ and "about a fifth of the country"
  0.2 "about", "roughly one-fifth of its territory" 0.2 "about", „das verbleibende knappe
  Fünftel“ 0.2 "nearly" (hundred-ninety-third: „aus dem knappen Viertel“; „das verbleibende“
  no hedge), "the just under one-fifth" 0.2 "under" (hundred-ninety-third), „jeweils zu etwa
  drei Vierteln“ 0.75 "about" (the dative plural; „jeweils“ no hedge) and "roughly
  three-quarters each" 0.75 "about" ("each" no hedge), „Drei Viertel der Ukrainerinnen und
  Ukrainer“ and "Three in four Ukrainians" 0.75, „Lediglich jeder fünfte Befragte“ and "Only
  one in five respondents" 0.2 („Lediglich“, "Only" no hedge; hundred-ninety-third: „Nur
  jeder fünfte Befragte“), „eine Zwei-Drittel-Mehrheit“ and "a two-thirds majority" 0.6667
  (second, tenth, twenty-second, hundred-fourteenth). New: „Russische Truppen hielten dort
  nicht mehr als drei Viertel des Gebiets“ is 0.75 "at_most" - „nicht mehr als“ is the German
  "no more than" ("at_most", two-hundred-and-ninth) and „höchstens“ ("at_most", first
  batch), a bound stated as the denial of a larger share, unlike „mehr als“ alone ("over").
  Shares given in percent stay percentages: „knapp 78 Prozent“ and "nearly 78%" "nearly",
  „rund 77 Prozent“ "about".
- Percentages otherwise: the poll's „68 Prozent“ („noch“ no hedge) and "up from 17%" ("up
  from" no hedge, hundred-ninety-third), „um mehr als 90 Prozent“ "over"; the margins „3,3
  Prozentpunkte“ and "3.3 percentage points" 3.3 pp (hundred-ninety-third; three-hundredth: a
  poll's margin is a span of points), „„zu etwa 80 Prozent““ and "about 80%" in quotes "about"
  (two-hundred-and-ninth: „zu etwa 70 Prozent annehmbar“).
- Counts otherwise (hundred-fifty-ninth, hundred-ninety-third, two-hundred-and-ninth,
  two-hundred-and-seventieth): drones and missiles („176 Drohnen und sieben Raketen“, „151
  Drohnen und fünf Raketen“, „203 Drohnen ..., 188 davon“, "203 drones ... 188"), „mehr als
  2.300 Drohnen und 140 Raketen“ and "more than 2,300 drones and 140 missiles" (the hedge on
  the first only); prisoners („je 500 Kriegsgefangene“ and "500 prisoners of war each" 500 -
  „je“, "each" no hedge -, „42 Schwerverletzte und 17 Zivilisten“, "42 badly wounded soldiers
  and 17 civilians", „bei sechs Austauschen insgesamt 2.860 Ukrainer“ 6 and 2,860
  („insgesamt“ no hedge), "Some 2,860 Ukrainians" "about" (two-hundred-and-forty-fourth:
  "Some"), "in six exchanges" 6); bodies („die Leichen von 1.000 getöteten Soldaten ...,
  Moskau im Gegenzug 35“ 1,000 and 35, the noun left out after the last figure,
  two-hundred-and-seventieth); troop caps read as written („eine Obergrenze von 700.000
  Soldaten“, „Obergrenze von 700.000 Soldaten“, „von 450.000 Mann“, „von 600.000 Soldaten“,
  "cap the Ukrainian army at 700,000 troops", "caps Ukraine's army at 600,000 troops, between
  the 450,000 Moscow wants and Europe's 700,000" - "Obergrenze", "cap", "caps", "between"
  no hedge; two-hundred-and-ninth, two-hundred-and-seventieth), „bis zu 25.000 Soldaten“ and
  "up to 25,000 troops" "up_to", „Bis zu 40 Delegationen“ "up_to"; zones („von beiderseits
  zwölf Kilometern“ 12; "12 km (7.5 miles) on each side" 12 and 7.5 - two-hundred-and-
  seventieth: "15 km (9 miles)"; „beiderseits“, "on each side" none); „etwa 1.150
  Quadratkilometer“ "about"; households („Rund 380.000 Haushalte“, "About 380,000
  households" "about"); the poll's „1.021 Menschen“ and "1,021 people" (after „dem 5. Mai“:
  the day and the count apart, hundred-ninety-third: „1.012 Menschen“); „mindestens 300 der
  450 Abgeordneten“ and "at least 300 of its 450 lawmakers" (the hedge on the first).
- Money in the currency written: „3,5 Millionen Franken“ 3,500,000 CHF in Swiss copy
  (two-hundred-and-ninth), "$45 billion" 45,000,000,000 USD.
- Years and dates: „seit 2022“, „seit Februar 2022“, "in February 2022", „seit 2021“ and
  "since 2021" the years; „seit dem 28. April“ and "since April 28" --04-28, „zwischen dem
  29. April und dem 5. Mai“ and "between April 29 and May 5" two dates each
  (hundred-ninety-third, two-hundred-and-ninth), „am 1. Juni um Mitternacht“ and "at midnight
  on June 1" --06-01, „für den 24. Juni“ and "on June 24" --06-24; Reuters and AFP English
  datelines with a day ("MOSCOW, May 5 (Reuters)", "KYIV, May 8", "RIYADH, May 12", "MOSCOW,
  May 15", "BERLIN, May 19", "WASHINGTON, May 22", "MOSCOW, May 27 (AFP)", "MOSCOW, June 2",
  "WASHINGTON, June 4", "RIYADH, June 10", "KYIV, June 18") dates without a year
  (hundred-fifty-ninth, hundred-ninety-third, two-hundred-and-seventieth); dpa, APA/dpa/AFP
  (also "Wien/Moskau", "Moskau/Wien"), APA/AFP, AFP German, Reuters German, Keystone-SDA and
  AP ("WASHINGTON (AP) —" twice, "KYIV, Ukraine (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „zu etwa“, "about", "About",
  "roughly", "Some" "about"; „knapp“, „knappe“, "nearly" "nearly"; „mehr als“, „gut“,
  "more than", "More than" "over"; "just under" "under"; „mindestens“, "at least"
  "at_least"; „bis zu“, „Bis zu“, "up to" "up_to"; „nicht mehr als“ "at_most". No hedge:
  „bereits“, „Lediglich“, "Only", „noch“, „insgesamt“, „Insgesamt“, „jeweils“, „je“, "each",
  „zunächst“, "initial", „frühestens“, "at the earliest", „binnen“, "within", „Obergrenze“,
  "cap", "caps", "between", "up from", „das verbleibende“, „den übrigen“, "The remaining",
  „alle“, "all", „Allein“, "alone", „Derzeit“, "so far", „beiderseits“, "on each side",
  „über“ and "over" before a span.
- Check-worthy without a figure (hundred-fifty-ninth, hundred-ninety-third,
  two-hundred-and-ninth, two-hundred-and-seventieth): the envoy received and leaving without
  comment, the open points named, Kyiv waiting for a briefing, the call with the envoy
  agreed, the targets hit, the envoy's briefing planned, Congress not yet briefed, the
  delegations' heads named, Moscow's demand for monitoring, the envoy taking part in person,
  the talks' security, the refusals and rejections above, the draft sent to Moscow and Kyiv
  in both languages, the presidents' agreement to bring their negotiators together, Kyiv's
  president briefed, the economic envoy's agenda and the White House's condition, the Kremlin's refusal of a presidents' summit for now (two-hundred-and-ninth:
  "not on the agenda"), the referendum condition in both languages, the State Department's
  meeting, Switzerland's offer and its earliest month, no American ground troops, the
  committee's hearings and the envoy expected in Moscow.
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title, the time and the medium dropped („sagte der außenpolitische Berater des Kremlchefs,
  Fjodor Kostyljow, nach dem vierstündigen Gespräch“ -> "Fjodor Kostyljow", the name in
  apposition after a role with the occasion dropped, ninety-third and two-hundred-and-ninth;
  „sagte Sprecherin Corinne Haldane am Mittwoch“, hundred-ninety-third: „Sprecherin Marissa
  Coyle“; „sagte Außenministeriumssprecherin Magdalena Pötscher am Donnerstag“; „sagte der
  ukrainische Chefunterhändler Denis Gawriljuk“, two-hundred-and-ninth; „sagte Kremlberater
  Fjodor Kostyljow im Staatsfernsehen“, hundred-ninety-third: „im Staatsfernsehen“; „sagte
  Präsidialamtssprecherin Oksana Lytwynenko“; „sagte Regierungssprecher Till Wendisch am
  Dienstag“; „sagte Kremlsprecher Anatolij Subarew am Mittwoch“; „sagte Chefunterhändler
  Denys Hawryljuk“), the surname as written („sagte Kostylew“ twice, „sagte Kostyljow“;
  ninety-fifth), "X sagte, ..." opening the row with the title dropped („Kremlberater Fjodor
  Kostyljow sagte“, „Selesnjow sagte“, „Kremlsprecher Anatoli Subarew sagte“, „Hawryljuk
  sagte“, „Kremlberater Fjodor Kostylew sagte“; hundred-twenty-second), „Kostyljow zufolge“
  the surname (hundred-thirty-first, hundred-forty-second), „wie der Kreml mitteilte“ -> "der
  Kreml" (hundred-forty-second: „wie das Weiße Haus mitteilte“; fifth: „teilte der Kreml
  mit“), „teilte das EDA am Dienstag mit“ -> "das EDA" (two-hundred-and-seventieth), „teilte
  der Koordinierungsstab für Kriegsgefangene mit“ (hundred-first). English: the name with the
  title and "told reporters" dropped ("Kremlin aide Fyodor Kostylyov told reporters" twice,
  "Press secretary Corinne Haldane told reporters", "Russian Deputy Foreign Minister Vadim
  Seleznyov told reporters", "Government spokesman Till Wendisch said", "Kremlin aide Fyodor
  Kostylev told reporters", "Kremlin spokesman Anatoly Zubarev said"; hundred-fortieth,
  hundred-ninety-third), "chief negotiator Denys Havrylyuk told The Associated Press" (the
  addressee dropped, hundred-fifty-ninth), "Castellane told senators" twice (hundred-fifty-
  ninth: "told senators"), the name in apposition ("Ukraine's chief negotiator, Denys
  Havryliuk, said", "Ukraine's human rights commissioner, Roman Hlushko, said";
  hundred-first), "..., the Kremlin said Wednesday." -> "the Kremlin" (hundred-fortieth) and
  "The State Department said" -> "the State Department" (two-hundred-and-seventieth). Each
  row's spelling of a transliterated name is its speaker (hundred-fifty-ninth,
  hundred-ninety-third, two-hundred-and-ninth): "Denis Gawriljuk" (AFP German) beside "Denys
  Hawryljuk" (dpa), "Denys Havryliuk" (Reuters) and "Denys Havrylyuk" (AP); "Anatolij
  Subarew" (APA/AFP) beside "Anatoli Subarew" (dpa) and "Anatoly Zubarev" (AP); "Fyodor
  Kostylyov" (Reuters) beside "Fyodor Kostylev" (AFP). New: the same holds inside one story -
  APA copy that merges dpa and AFP material (datelined "APA/dpa/AFP") spells the Kremlin aide
  both ways, and „Kremlberater Fjodor Kostyljow sagte“ -> "Fjodor Kostyljow" stands beside
  „sagte Kostylew“ -> "Kostylew" in the Vienna story, „Kremlberater Fjodor Kostylew sagte“ ->
  "Fjodor Kostylew" beside „Kostyljow zufolge“ -> "Kostyljow" and „sagte Kostylew“ ->
  "Kostylew" in the Kremlin's June story; no row's spelling is normalised to another's.
  Left unchecked (None): all negatives, also those with a named speaker; roles and pronouns
  („so der Berater“ three times, „sagte der Kremlberater“ three times, „so der Kremlberater“, „sagte
  er“ twice, „fügte er hinzu“, „so die Sprecherin“ twice, „so der Regierungssprecher“, „so der
  Chefunterhändler“ twice, „sagte der Chefunterhändler“ twice, „Der Kremlsprecher sagte“,
  „sagte eine Sprecherin des Präsidialamts“, „teilte eine Sprecherin des Weißen Hauses mit“,
  „sagte ein Mitglied der ukrainischen Delegation“, „Nach seinen Angaben“, „nach den Worten
  des Chefunterhändlers“, „Der ukrainische Präsident sagte“, "he said", "she said", "She
  said", "A White House spokeswoman said", "The Kremlin's spokesman said", "Ukraine's
  president said", "the president announced", "The committee's chairman said", "a U.S.
  official said", "a Democratic aide said", "a member of the Ukrainian delegation said", "a
  White House official said"; hundred-fifty-ninth, two-hundred-and-ninth), anonymous and
  plural sources („hieß es“ twice, „hieß es in Washington“, „hieß es aus der ukrainischen
  Delegation“, „hieß es in der Auswertung“, „hieß es dagegen im Weißen Haus“, „hieß es am
  Dienstag im Kreml“, „nach Kreml-Angaben“ three times, „nach Behördenangaben“, „nach Angaben
  beider Delegationen“, „nach Angaben aus Verhandlungskreisen“, „nach Angaben aus dem
  Departement“, „nach dpa-Informationen“, „nach Darstellung des Kremls“, "officials said",
  "officials said Wednesday", "Saudi officials said", "two people familiar with the draft
  said", "two people briefed on the talks said", "Kyiv has repeatedly said", "The Kremlin has
  said" - a perfect of record, not a statement of the day -; hundred-fifty-ninth,
  hundred-ninety-third), sources with an adjective or a possessive („nach Angaben der
  ukrainischen Luftwaffe“ twice, "according to Ukraine's air force"; hundred-fortieth),
  estimates, polls and documents („teilte das Kiewer Internationale Institut für Soziologie
  mit“ and "the Kyiv International Institute of Sociology found" - a poll and its institute,
  hundred-forty-second -, "a poll showed", „Westliche Militärexperten beziffern“, "Western
  estimates put", „Nach Berechnungen der US-Denkfabrik ISW“; hundred-tenth), every "according
  to" ("according to Kremlin aide Fyodor Kostylyov", "according to grid operator Ukrenergo",
  "according to the draft", "according to a summary given to the committee", "according to
  government figures", "according to a Ukrainian delegate"; two-hundred-and-fourth), and
  "he said in an interview with state television" (a pronoun).
- Negatives (hundred-fifty-ninth, hundred-ninety-third, two-hundred-and-fourth,
  two-hundred-and-ninth, two-hundred-and-seventieth), none with a figure: atmosphere labels
  in Konjunktiv I and in English („sachlich, offen und ausgesprochen freundlich“,
  „arbeitsam, aber angespannt“, „offen, ausführlich und von gegenseitigem Verständnis
  geprägt“, "businesslike, open and very friendly", "frank, detailed and marked by mutual
  understanding"), rhetoric and slogans in quotes (the pairs above, „Neutralität verpflichtet
  uns ...“, «Die Schweiz kann keinen Frieden schaffen ...», „Ein Austausch ersetzt keinen
  Frieden ...“ and its twin), mockery ("with a wish list rather than proposals"),
  accusations without a checkable claim (the Democrats' „Diktatfrieden“, Subarew's „von
  außen zu stören“, Tandberg's "negotiating a surrender" and its twin; eighty-fourth), labels
  (the FPÖ's „außenpolitische Selbstinszenierung“, the Left's „Aufrüstungsprogramm mit
  Friedensetikett“, Tandberg's "a reward for aggression" and „Belohnung für den Angreifer“,
  „frei erfunden“, Selesnjow's „ein Zeichen guten Willens, mehr aber nicht“; hundred-
  sixteenth), verdicts with „halten ... für“ (Loidolt's „für unwahrscheinlich“, the Kyiv
  experts' „für kaum aufzuhalten“; ninety-eighth), an analyst's view (Loidolt's „sieht darin
  vor allem den Versuch ...“; hundred-ninety-sixth), a verdict on a remark („In Kiew wurde
  die Äußerung ... gewertet“), forecasts without a figure („Im Kreml wird mit einem
  Friedensabkommen inzwischen erst im Herbst gerechnet.“ as a lead, "Few diplomats in Moscow
  expect a signing before the autumn."; hundred-forty-second, hundred-fifty-ninth),
  evasions and no-comment lines („ließ der Berater offen“, "She declined to say whether
  ...", "Ukraine's presidential office did not comment on the remarks by late afternoon.";
  fourteenth, hundred-fifty-ninth), open questions („Ob es noch vor dem
  Sommer ...“, „Ob am Ende der Runde ...“, „Ob Washington den europäischen Vorschlag
  mitträgt, ...“, „Wann die Unterhändler das nächste Mal zusammenkommen, blieb offen.“, „Ob
  Moskau einer Waffenruhe ... gilt in Washington als fraglich.“;
  hundred-twenty-fourth), a mood lead („In der ukrainischen Hauptstadt ist von
  Aufbruchstimmung ... wenig zu spüren.“) and vox pops without figures (Halyna Bondarenko in
  both languages, the student Maksym, "Many in Kyiv say ...", the institute's researcher in
  both languages; hundred-ninety-third, two-hundred-and-ninth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_326 = [
    # --- Achtes Treffen im Kreml (dpa), Montag, 4. Mai ---
    (
        "de",
        "Moskau (dpa) - Der US-Sondergesandte Everett Castellane ist am Montagabend im Kreml erneut vom russischen Präsidenten empfangen worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war nach Kreml-Angaben das achte Treffen der beiden seit Jahresbeginn.",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    (
        "de",
        "Man habe den überarbeiteten 20-Punkte-Plan Punkt für Punkt durchgesprochen, sagte der außenpolitische Berater des Kremlchefs, Fjodor Kostyljow, nach dem vierstündigen Gespräch.",
        True,
        [("count", 20, None, None), ("duration", 4, "hour", None)],
        "Fjodor Kostyljow",
    ),
    (
        "de",
        "Bei 15 der 20 Punkte gebe es inzwischen Einvernehmen, so der Berater.",
        True,
        [("count", 15, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Ungeklärt seien weiterhin vor allem die Gebietsfragen sowie die Zukunft des Atomkraftwerks Saporischschja, sagte der Kremlberater.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Atmosphäre sei „sachlich, offen und ausgesprochen freundlich“ gewesen, sagte Kostyljow.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Castellane verließ den Kreml kurz nach Mitternacht, ohne sich zu den Ergebnissen zu äußern.",
        True,
        [],
        None,
    ),
    ("de", "Ob es noch vor dem Sommer zu einem Gipfel der Präsidenten kommt, ließ der Berater offen.", False, [], None),
    # --- Eighth Kremlin meeting (Reuters) ---
    (
        "en",
        "MOSCOW, May 5 (Reuters) - U.S. special envoy Everett Castellane met Russia's president at the Kremlin on Monday evening for four hours, their eighth meeting since January.",
        True,
        [("date", "--05-05", None, None), ("duration", 4, "hour", None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        "Kremlin aide Fyodor Kostylyov told reporters that the two sides had now reached agreement on 15 of the 20 points in the revised U.S. plan.",
        True,
        [("count", 2, None, None), ("count", 15, None, None), ("count", 20, None, None)],
        "Fyodor Kostylyov",
    ),
    (
        "en",
        "The status of the Zaporizhzhia nuclear plant and the question of territory were still unresolved, he said.",
        True,
        [],
        None,
    ),
    ("en", 'Kostylyov described the mood as "businesslike, open and very friendly."', False, [], None),
    (
        "en",
        "Moscow wants Kyiv to hand over what remains of the Donetsk region under Ukrainian control, roughly one-fifth of its territory.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("en", "Kyiv has repeatedly said it will not give up land its forces hold.", True, [], None),
    (
        "en",
        "Castellane was due to brief Ukrainian officials by phone on Wednesday, a U.S. official said.",
        True,
        [],
        None,
    ),
    # --- Kiew wartet auf Unterrichtung (AFP), 5. Mai ---
    (
        "de",
        "Kiew (AFP) - Die Ukraine wartet nach dem jüngsten Treffen im Kreml auf eine Unterrichtung aus Washington.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Telefonat mit Castellane sei für Mittwoch verabredet, sagte eine Sprecherin des Präsidialamts.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Rückzug aus dem Gebiet Donezk komme für Kiew nicht infrage, sagte der Chefunterhändler.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wer unser Land verlangt, verlangt unsere Kapitulation, und die wird es nicht geben“, sagte Chefunterhändler Denis Gawriljuk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der Nacht zum Dienstag griff Russland nach Angaben der ukrainischen Luftwaffe mit 176 Drohnen und sieben Raketen an.",
        True,
        [("count", 176, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Davon seien 151 Drohnen und fünf Raketen abgefangen worden, hieß es.",
        True,
        [("count", 151, None, None), ("count", 5, None, None)],
        None,
    ),
    ("de", "Getroffen wurden nach Behördenangaben vor allem Ziele in den Gebieten Charkiw und Sumy.", True, [], None),
    # --- Weißes Haus strebt Rahmenabkommen an (Reuters), Mittwoch, 6. Mai ---
    (
        "de",
        "Washington (Reuters) - Das Weiße Haus strebt eine Einigung über ein Rahmenabkommen für die Ukraine binnen sechs Wochen an.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    (
        "de",
        "Der Entwurf liege beiden Seiten seit dem 28. April vor, sagte Sprecherin Corinne Haldane am Mittwoch.",
        True,
        [("date", "--04-28", None, None)],
        "Corinne Haldane",
    ),
    (
        "de",
        "Castellane werde in der kommenden Woche zu Gesprächen in Riad erwartet, so die Sprecherin.",
        True,
        [],
        None,
    ),
    ("de", "„Wir waren einem Abschluss noch nie so nah wie in diesen Tagen“, sagte Haldane.", False, [], None),
    (
        "de",
        "Der US-Präsident telefonierte am Dienstag zudem 40 Minuten lang mit seinem ukrainischen Amtskollegen, hieß es in Washington.",
        True,
        [("duration", 40, "minute", None)],
        None,
    ),
    (
        "de",
        "Die oppositionellen Demokraten warfen der Regierung vor, Kiew zu einem „Diktatfrieden“ zu drängen.",
        False,
        [],
        None,
    ),
    # --- White House eyes framework deal (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The White House is aiming for a framework deal on Ukraine within six weeks, officials said Wednesday.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    (
        "en",
        "Press secretary Corinne Haldane told reporters the draft had been with both sides since April 28.",
        True,
        [("date", "--04-28", None, None)],
        "Corinne Haldane",
    ),
    (
        "en",
        "She said Castellane was expected in Riyadh next week for a third round of three-way talks.",
        True,
        [("ordinal", 3, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", '"We have never been this close," Haldane said.', False, [], None),
    (
        "en",
        "The U.S. president also spoke by phone with his Ukrainian counterpart for 40 minutes on Tuesday, she said.",
        True,
        [("duration", 40, "minute", None)],
        None,
    ),
    ("en", "Congressional committees have not yet been briefed on the draft, a Democratic aide said.", True, [], None),
    # --- Wien bietet sich als Gipfelort an, Kreml antwortet (APA/dpa/AFP), Donnerstag, 7. Mai ---
    (
        "de",
        "Wien/Moskau (APA/dpa/AFP) - Österreich hat Moskau und Kiew die Bundeshauptstadt als Ort für ein Dreiertreffen der Präsidenten angeboten.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Hofburg könne binnen 48 Stunden für einen Gipfel hergerichtet werden, sagte Außenministeriumssprecherin Magdalena Pötscher am Donnerstag.",
        True,
        [("duration", 48, "hour", None)],
        "Magdalena Pötscher",
    ),
    (
        "de",
        "Wien habe seit 2022 bereits viermal Gespräche auf Fachebene zwischen beiden Seiten ausgerichtet, so die Sprecherin.",
        True,
        [("year", 2022, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "„Neutralität verpflichtet uns, Räume für Gespräche offen zu halten“, sagte Pötscher.", False, [], None),
    (
        "de",
        "Kremlberater Fjodor Kostyljow sagte, ein Treffen der drei Präsidenten sei erst nach einer Einigung der Unterhändler denkbar.",
        True,
        [("count", 3, None, None)],
        "Fjodor Kostyljow",
    ),
    (
        "de",
        "Über einen Ort für ein solches Treffen sei noch gar nicht gesprochen worden, sagte Kostylew.",
        True,
        [],
        "Kostylew",
    ),
    ("de", "Die FPÖ nannte das Angebot eine „außenpolitische Selbstinszenierung“.", False, [], None),
    (
        "de",
        "Der Innsbrucker Politologe Bernhard Loidolt hält einen Gipfel in Wien in den kommenden Monaten für unwahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- Umfrage: Drei Viertel gegen Gebietsverzicht (dpa), Freitag, 8. Mai ---
    (
        "de",
        "Kiew (dpa) - Drei Viertel der Ukrainerinnen und Ukrainer lehnen es laut einer Umfrage ab, für eine Waffenruhe die eigenen Truppen aus dem Donbass abzuziehen.",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    (
        "de",
        "Lediglich jeder fünfte Befragte wäre zu einem solchen Tausch bereit, teilte das Kiewer Internationale Institut für Soziologie mit.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Im Februar hatten sich noch 68 Prozent gegen einen Gebietsverzicht ausgesprochen.",
        True,
        [("percent", 68, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden zwischen dem 29. April und dem 5. Mai 1.021 Menschen in allen von Kiew kontrollierten Landesteilen.",
        True,
        [("date", "--04-29", None, None), ("date", "--05-05", None, None), ("count", 1021, None, None)],
        None,
    ),
    ("de", "Die Fehlertoleranz der Erhebung beträgt 3,3 Prozentpunkte.", True, [("percent", 3.3, "pp", None)], None),
    (
        "de",
        "„Die Menschen sind erschöpft, aber ihre Nachbarn im Osten geben sie nicht auf“, sagte ein Mitarbeiter des Instituts.",
        False,
        [],
        None,
    ),
    # --- Kyiv poll (Reuters) ---
    (
        "en",
        "KYIV, May 8 (Reuters) - Three in four Ukrainians reject handing over the rest of the Donetsk region in return for a ceasefire, a poll showed on Friday.",
        True,
        [("date", "--05-08", None, None), ("fraction", 0.75, None, None)],
        None,
    ),
    (
        "en",
        "Only one in five respondents would back such a swap, up from 17% in February, the Kyiv International Institute of Sociology found.",
        True,
        [("fraction", 0.2, None, None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        "The institute surveyed 1,021 people between April 29 and May 5.",
        True,
        [("count", 1021, None, None), ("date", "--04-29", None, None), ("date", "--05-05", None, None)],
        None,
    ),
    ("en", "Its margin of error was put at 3.3 percentage points.", True, [("percent", 3.3, "pp", None)], None),
    (
        "en",
        '"People are worn out, but they will not abandon their neighbours in the east," an institute researcher said.',
        False,
        [],
        None,
    ),
    # --- Dritte Runde in Riad (dpa), Dienstag, 12. Mai ---
    (
        "de",
        "Riad (dpa) - In der saudischen Hauptstadt haben am Dienstag Unterhändler aus Washington, Moskau und Kiew die dritte Runde ihrer Dreiergespräche begonnen.",
        True,
        [("ordinal", 3, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Die Gespräche sind auf zwei Tage angesetzt.", True, [("duration", 2, "day", None)], None),
    (
        "de",
        "Die ukrainische Delegation leitet Chefunterhändler Denys Hawryljuk, die russische Vizeaußenminister Wadim Selesnjow.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Man habe nach dem gut fünfstündigen Auftakt vor allem über eine entmilitarisierte Zone entlang der Front gesprochen, sagte der Chefunterhändler.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Im Gespräch sei eine Zone von beiderseits zwölf Kilometern, hieß es aus der ukrainischen Delegation.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Selesnjow sagte, Moskau bestehe auf einer Überwachung dieser Zone ohne Beteiligung von Nato-Staaten.",
        True,
        [],
        "Selesnjow",
    ),
    (
        "de",
        "Die Stimmung am Verhandlungstisch sei „arbeitsam, aber angespannt“, hieß es aus Verhandlungskreisen.",
        False,
        [],
        None,
    ),
    ("de", "Castellane nimmt an den Gesprächen erstmals persönlich teil.", True, [], None),
    ("de", "Ob am Ende der Runde eine gemeinsame Erklärung steht, war zunächst offen.", False, [], None),
    # --- Third round in Riyadh (Reuters) ---
    (
        "en",
        "RIYADH, May 12 (Reuters) - Negotiators from Washington, Moscow and Kyiv began a third round of three-way talks in the Saudi capital on Tuesday, with two days set aside for the meeting.",
        True,
        [
            ("date", "--05-12", None, None),
            ("ordinal", 3, None, None),
            ("count", 3, None, None),
            ("duration", 2, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Ukraine's chief negotiator, Denys Havryliuk, said the first session, which ran for more than five hours, focused mainly on a demilitarised zone along the front.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "hour", "over")],
        "Denys Havryliuk",
    ),
    (
        "en",
        "A buffer of 12 km (7.5 miles) on each side of the line was under discussion, a member of the Ukrainian delegation said.",
        True,
        [("count", 12, None, None), ("count", 7.5, None, None)],
        None,
    ),
    (
        "en",
        "Russian Deputy Foreign Minister Vadim Seleznyov told reporters Moscow would not accept NATO troops monitoring any such zone.",
        True,
        [],
        "Vadim Seleznyov",
    ),
    ("en", 'Seleznyov said the Ukrainians had come "with a wish list rather than proposals."', False, [], None),
    (
        "en",
        "Castellane is taking part in the three-way talks in person for the first time.",
        True,
        [("count", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The talks are being held at a government guesthouse under tight security, with no access for the media.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Saudi officials said the kingdom was ready to host a fourth round in June if both sides agreed.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    # --- Zweiter Verhandlungstag, Austausch vereinbart (AFP), Mittwoch, 13. Mai ---
    (
        "de",
        "Riad (AFP) - Am zweiten Verhandlungstag in Riad haben sich Russland und die Ukraine auf einen weiteren Gefangenenaustausch verständigt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Beide Seiten würden je 500 Kriegsgefangene freilassen, sagte der ukrainische Chefunterhändler Denis Gawriljuk.",
        True,
        [("count", 500, None, None)],
        "Denis Gawriljuk",
    ),
    (
        "de",
        "Zudem soll Kiew die Leichen von 1.000 getöteten Soldaten zurückerhalten, Moskau im Gegenzug 35.",
        True,
        [("count", 1000, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Nach knapp sieben Stunden endete die Runde ohne gemeinsame Erklärung.",
        True,
        [("duration", 7, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Eine vierte Runde soll nach Angaben beider Delegationen noch im Juni stattfinden.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Selesnjow nannte die Einigung „ein Zeichen guten Willens, mehr aber nicht“.", False, [], None),
    # --- Kremlberater zu den Gebieten (dpa), Freitag, 15. Mai ---
    (
        "de",
        "Moskau (dpa) - Russland kontrolliert nach Darstellung des Kremls inzwischen mehr als vier Fünftel des ostukrainischen Gebiets Donezk.",
        True,
        [("fraction", 0.8, None, "over")],
        None,
    ),
    (
        "de",
        "Insgesamt stehe rund ein Fünftel des ukrainischen Staatsgebiets unter russischer Kontrolle, sagte Kremlberater Fjodor Kostyljow im Staatsfernsehen.",
        True,
        [("fraction", 0.2, None, "about")],
        "Fjodor Kostyljow",
    ),
    (
        "de",
        "Für eine Waffenruhe müsse Kiew das verbleibende knappe Fünftel des Gebiets Donezk räumen, so der Kremlberater.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Moskau habe diese Forderung seit Beginn der Gespräche mindestens ein Dutzend Mal vorgetragen, fügte er hinzu.",
        True,
        [("count", 12, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Gebiete Saporischschja und Cherson kontrolliere Russland jeweils zu etwa drei Vierteln, sagte er.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Menschen dort haben ihre Wahl getroffen, und daran ändert kein Papier etwas“, sagte Kostyljow.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Westliche Militärexperten beziffern den russisch kontrollierten Anteil an Donezk auf knapp 78 Prozent.",
        True,
        [("percent", 78, "%", "nearly")],
        None,
    ),
    # --- Kremlin aide on territory (Reuters) ---
    (
        "en",
        "MOSCOW, May 15 (Reuters) - Russia now controls more than four-fifths of Ukraine's Donetsk region and about a fifth of the country as a whole, according to Kremlin aide Fyodor Kostylyov.",
        True,
        [("date", "--05-15", None, None), ("fraction", 0.8, None, "over"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Kyiv must withdraw from the just under one-fifth of Donetsk it still holds before any ceasefire, he said in an interview with state television.",
        True,
        [("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        "Moscow also holds roughly three-quarters each of the Zaporizhzhia and Kherson regions, he said.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        '"People there have made their choice, and no piece of paper will change that," Kostylyov said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Western estimates put Russia's share of Donetsk at nearly 78%.",
        True,
        [("percent", 78, "%", "nearly")],
        None,
    ),
    ("en", "Ukraine's presidential office did not comment on the remarks by late afternoon.", False, [], None),
    # --- Kiew widerspricht (dpa), Samstag, 16. Mai ---
    (
        "de",
        "Kiew (dpa) - Die Ukraine hat die Angaben des Kremls über die Lage im Gebiet Donezk zurückgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Russische Truppen hielten dort nicht mehr als drei Viertel des Gebiets, sagte Präsidialamtssprecherin Oksana Lytwynenko.",
        True,
        [("fraction", 0.75, None, "at_most")],
        "Oksana Lytwynenko",
    ),
    ("de", "Die Zahlen aus Moskau seien „frei erfunden“, so Lytwynenko.", False, [], None),
    (
        "de",
        "Nach Berechnungen der US-Denkfabrik ISW kontrolliert Russland derzeit rund 77 Prozent des Gebiets Donezk.",
        True,
        [("percent", 77, "%", "about")],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hätten russische Einheiten dort etwa 1.150 Quadratkilometer erobert, hieß es in der Auswertung.",
        True,
        [("count", 1150, None, "about")],
        None,
    ),
    ("de", "Militärexperten in Kiew halten das russische Vorrücken im Sommer für kaum aufzuhalten.", False, [], None),
    # --- Europäischer Zwölf-Punkte-Plan (Reuters), Dienstag, 19. Mai ---
    (
        "de",
        "Berlin (Reuters) - Deutschland, Frankreich und Großbritannien haben einen eigenen Zwölf-Punkte-Plan für eine Nachkriegsordnung in der Ukraine vorgelegt.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Das Papier sieht eine Obergrenze von 700.000 Soldaten für die ukrainische Armee vor.",
        True,
        [("count", 700000, None, None)],
        None,
    ),
    (
        "de",
        "Zudem sollen europäische Truppen mit bis zu 25.000 Soldaten die Einhaltung einer Waffenruhe absichern.",
        True,
        [("count", 25000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Sicherheitsgarantien sollen für mindestens 20 Jahre gelten, sagte Regierungssprecher Till Wendisch am Dienstag.",
        True,
        [("duration", 20, "year", "at_least")],
        "Till Wendisch",
    ),
    (
        "de",
        "In sieben der zwölf Punkte decke sich das Papier mit dem amerikanischen Entwurf, so der Regierungssprecher.",
        True,
        [("count", 7, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "„Europa sitzt bei diesem Frieden mit am Tisch, oder es gibt keinen dauerhaften Frieden“, sagte Wendisch.",
        False,
        [],
        None,
    ),
    ("de", "Die Linke nannte den Plan „ein Aufrüstungsprogramm mit Friedensetikett“.", False, [], None),
    # --- European 12-point plan (Reuters) ---
    (
        "en",
        "BERLIN, May 19 (Reuters) - Germany, France and Britain presented a 12-point plan for post-war Ukraine on Tuesday that would cap the Ukrainian army at 700,000 troops.",
        True,
        [("date", "--05-19", None, None), ("count", 12, None, None), ("count", 700000, None, None)],
        None,
    ),
    (
        "en",
        "European forces of up to 25,000 troops would help secure a ceasefire under the plan.",
        True,
        [("count", 25000, None, "up_to")],
        None,
    ),
    (
        "en",
        "Government spokesman Till Wendisch said the guarantees would run for at least 20 years.",
        True,
        [("duration", 20, "year", "at_least")],
        "Till Wendisch",
    ),
    (
        "en",
        "Seven of the 12 points match the U.S. draft, he said.",
        True,
        [("count", 7, None, None), ("count", 12, None, None)],
        None,
    ),
    ("en", '"Europe either sits at this table or there will be no lasting peace," Wendisch said.', False, [], None),
    (
        "en",
        "Poland and the Nordic states have offered to contribute troops, while Italy has ruled out taking part.",
        True,
        [],
        None,
    ),
    # --- Kreml weist Plan zurück (APA/AFP), Mittwoch, 20. Mai ---
    (
        "de",
        "Moskau (APA/AFP) - Der Kreml hat den europäischen Zwölf-Punkte-Plan umgehend zurückgewiesen.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Europäische Truppen auf ukrainischem Boden werde Moskau in keiner Form hinnehmen, sagte Kremlsprecher Anatolij Subarew am Mittwoch.",
        True,
        [],
        "Anatolij Subarew",
    ),
    (
        "de",
        "Der Kremlsprecher sagte, auch die vorgeschlagene Obergrenze von 700.000 Soldaten liege weit über dem, was Moskau akzeptieren könne.",
        True,
        [("count", 700000, None, None)],
        None,
    ),
    (
        "de",
        "Russland hatte zuletzt eine Obergrenze von 450.000 Mann verlangt.",
        True,
        [("count", 450000, None, None)],
        None,
    ),
    ("de", "Die Europäer versuchten, die Verhandlungen „von außen zu stören“, sagte Subarew.", False, [], None),
    ("de", "Ob Washington den europäischen Vorschlag mitträgt, blieb zunächst unklar.", False, [], None),
    # --- U.S. trims peace plan (Reuters), Friday, May 22 ---
    (
        "en",
        "WASHINGTON, May 22 (Reuters) - The United States has trimmed its peace plan for Ukraine to 17 points from 20, folding in parts of the European proposal, two people familiar with the draft said.",
        True,
        [
            ("date", "--05-22", None, None),
            ("count", 17, None, None),
            ("count", 20, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The revised text caps Ukraine's army at 600,000 troops, between the 450,000 Moscow wants and Europe's 700,000.",
        True,
        [("count", 600000, None, None), ("count", 450000, None, None), ("count", 700000, None, None)],
        None,
    ),
    (
        "en",
        "It also offers Kyiv U.S. security guarantees lasting 15 years, which could be extended if both sides agree.",
        True,
        [("duration", 15, "year", None)],
        None,
    ),
    ("en", "A White House spokeswoman said on Friday the new draft had been sent to Moscow and Kyiv.", True, [], None),
    (
        "en",
        "A ceasefire would take effect within 72 hours of both sides signing, according to the draft.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    ("en", "She declined to say whether Moscow had already responded.", False, [], None),
    ("en", 'Republican Senator Royce Tandberg called the revised plan "a reward for aggression."', False, [], None),
    # --- 17-Punkte-Entwurf (dpa), 22. Mai ---
    (
        "de",
        "Washington (dpa) - Die US-Regierung hat ihren Friedensplan für die Ukraine überarbeitet und von 20 auf 17 Punkte gekürzt.",
        True,
        [("count", 20, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Der neue 17-Punkte-Entwurf übernimmt nach dpa-Informationen mehrere Vorschläge aus dem europäischen Papier.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Für die ukrainische Armee ist darin eine Obergrenze von 600.000 Soldaten vorgesehen.",
        True,
        [("count", 600000, None, None)],
        None,
    ),
    (
        "de",
        "Washington soll der Ukraine Sicherheitsgarantien für 15 Jahre geben, die im gegenseitigen Einvernehmen verlängert werden können.",
        True,
        [("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "Eine Waffenruhe soll binnen 72 Stunden nach der Unterzeichnung in Kraft treten.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Entwurf sei Moskau und Kiew am Freitag übermittelt worden, teilte eine Sprecherin des Weißen Hauses mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der republikanische Senator Royce Tandberg sprach von einer „Belohnung für den Angreifer“.",
        False,
        [],
        None,
    ),
    # --- Wirtschaftsgesandter in Washington (dpa), Montag, 25. Mai ---
    (
        "de",
        "Washington (dpa) - Der russische Wirtschaftsgesandte Witali Rogatschow ist zu seiner zweiten USA-Reise in diesem Monat in Washington eingetroffen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Nach seinen Angaben geht es um die Wiederaufnahme direkter Flugverbindungen und um Rohstoffprojekte in der Arktis.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Handel zwischen beiden Ländern sei seit 2021 um mehr als 90 Prozent eingebrochen, sagte er.",
        True,
        [("year", 2021, None, None), ("percent", 90, "%", "over")],
        None,
    ),
    (
        "de",
        "Erleichterungen bei den Sanktionen seien erst nach einem Friedensschluss denkbar, hieß es dagegen im Weißen Haus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rogatschow leitet zudem eine russisch-amerikanische Arbeitsgruppe zu Wirtschaftsfragen, die seit März dreimal getagt hat.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "„Die Geschäftsleute beider Länder warten nur auf ein Signal“, sagte Rogatschow.", False, [], None),
    # --- Zwölftes Telefonat der Präsidenten (Reuters), Mittwoch, 27. Mai ---
    (
        "de",
        "Moskau (Reuters) - Die Präsidenten Russlands und der USA haben erneut miteinander telefoniert, es war ihr zwölftes Telefonat seit Jahresbeginn.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Das Telefonat habe sich über knapp zweieinhalb Stunden erstreckt, sagte der Kremlberater.",
        True,
        [("duration", 2.5, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Im Mittelpunkt habe der überarbeitete 17-Punkte-Entwurf gestanden, so der Berater.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben mehr als 40 Mal gesagt, dass es ohne eine Lösung der Gebietsfrage keinen Frieden geben wird“, sagte Kostyljow.",
        True,
        [("count", 40, None, "over")],
        "Kostyljow",
    ),
    (
        "de",
        "Die beiden Präsidenten vereinbarten nach Kreml-Angaben, ihre Unterhändler noch vor Mitte Juni wieder an einen Tisch zu bringen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Telefonat sei „offen, ausführlich und von gegenseitigem Verständnis geprägt“ gewesen, sagte Kostyljow.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Kiew wurde die Äußerung zur Gebietsfrage als Versuch gewertet, die Verhandlungen zu blockieren.",
        False,
        [],
        None,
    ),
    # --- Presidents' 12th call (AFP) ---
    (
        "en",
        "MOSCOW, May 27 (AFP) - The Russian and U.S. presidents talked for nearly two and a half hours by telephone, their 12th call this year, the Kremlin said Wednesday.",
        True,
        [("date", "--05-27", None, None), ("duration", 2.5, "hour", "nearly"), ("ordinal", 12, None, None)],
        "the Kremlin",
    ),
    (
        "en",
        '"More than 40 times we have said it: without settling the territorial question, there can be no peace," Kremlin aide Fyodor Kostylev told reporters.',
        True,
        [("count", 40, None, "over")],
        "Fyodor Kostylev",
    ),
    (
        "en",
        "The two leaders agreed their negotiators should meet again before mid-June, he said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", 'Kostylev described the call as "frank, detailed and marked by mutual understanding."', False, [], None),
    ("en", "Ukraine's president said he had been briefed on the call by Castellane.", True, [], None),
    # --- Kiew schlägt Energiewaffenruhe vor (dpa), Freitag, 29. Mai ---
    (
        "de",
        "Kiew (dpa) - Die ukrainische Regierung schlägt Moskau eine 30-tägige Waffenruhe für Angriffe auf Kraftwerke und Stromnetze vor.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Sie solle am 1. Juni um Mitternacht beginnen, sagte Chefunterhändler Denys Hawryljuk.",
        True,
        [("date", "--06-01", None, None)],
        "Denys Hawryljuk",
    ),
    (
        "de",
        "Allein im Mai habe Russland mehr als 2.300 Drohnen und 140 Raketen auf Kraftwerke und Umspannwerke abgefeuert, so der Chefunterhändler.",
        True,
        [("count", 2300, None, "over"), ("count", 140, None, None)],
        None,
    ),
    ("de", "Rund 380.000 Haushalte seien derzeit ohne Strom.", True, [("count", 380000, None, "about")], None),
    (
        "de",
        "Kremlsprecher Anatoli Subarew sagte, man werde den Vorschlag prüfen, lehne eine Waffenruhe nur für einzelne Bereiche aber grundsätzlich ab.",
        True,
        [],
        "Anatoli Subarew",
    ),
    (
        "de",
        "„Jede Nacht ohne Strom ist eine Nacht, in der Moskau uns zeigt, was es von Verhandlungen hält“, sagte Hawryljuk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine ähnliche Waffenruhe für Energieanlagen war im März nach neun Tagen zusammengebrochen.",
        True,
        [("duration", 9, "day", None)],
        None,
    ),
    # --- Energy truce proposed (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Ukraine on Friday offered Russia a 30-day moratorium on attacks against power infrastructure, to begin at midnight on June 1.",
        True,
        [("duration", 30, "day", None), ("date", "--06-01", None, None)],
        None,
    ),
    (
        "en",
        "Russia fired more than 2,300 drones and 140 missiles at power plants and substations in May alone, chief negotiator Denys Havrylyuk told The Associated Press.",
        True,
        [("count", 2300, None, "over"), ("count", 140, None, None)],
        "Denys Havrylyuk",
    ),
    (
        "en",
        "About 380,000 households were without power on Friday, according to grid operator Ukrenergo.",
        True,
        [("count", 380000, None, "about")],
        None,
    ),
    (
        "en",
        "Kremlin spokesman Anatoly Zubarev said Moscow would study the offer but rejected partial truces in principle.",
        True,
        [],
        "Anatoly Zubarev",
    ),
    (
        "en",
        '"Every night without power is Moscow telling us what it thinks of talks," Havrylyuk said.',
        False,
        [],
        None,
    ),
    # --- Zum neunten Mal im Kreml (dpa), Dienstag, 2. Juni ---
    (
        "de",
        "Moskau (dpa) - Der US-Sondergesandte Everett Castellane ist zum neunten Mal in diesem Jahr mit dem Kremlchef zusammengetroffen.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Auf das fünfeinhalbstündige Gespräch folgte ein einstündiges Abendessen im kleinen Kreis, wie der Kreml mitteilte.",
        True,
        [("duration", 5.5, "hour", None), ("duration", 1, "hour", None)],
        "der Kreml",
    ),
    (
        "de",
        "Der Entwurf sei inzwischen „zu etwa 80 Prozent“ abgestimmt, sagte der Kremlberater.",
        True,
        [("percent", 80, "%", "about")],
        None,
    ),
    (
        "de",
        "Von den 17 Punkten seien 13 geklärt, bei den übrigen vier gebe es noch Differenzen, so der Berater.",
        True,
        [("count", 17, None, None), ("count", 13, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Zu den offenen Punkten gehörten die Gebietsfragen, die Obergrenze für die ukrainische Armee und die Rolle europäischer Truppen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir sind weiter als je zuvor, aber die letzte Strecke ist immer die steilste“, sagte Kostyljow.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Castellane reist nach Kreml-Angaben am Mittwoch weiter nach Kiew, es ist seine vierte Reise in die ukrainische Hauptstadt.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Wann die Unterhändler das nächste Mal zusammenkommen, blieb offen.", False, [], None),
    # --- Envoy's ninth Kremlin meeting (Reuters) ---
    (
        "en",
        "MOSCOW, June 2 (Reuters) - U.S. envoy Everett Castellane met Russia's president for a ninth time this year on Tuesday, in talks that ran for five and a half hours.",
        True,
        [("date", "--06-02", None, None), ("ordinal", 9, None, None), ("duration", 5.5, "hour", None)],
        None,
    ),
    (
        "en",
        'The draft is now "about 80%" agreed, with 13 of its 17 points settled, Kremlin aide Fyodor Kostylyov told reporters.',
        True,
        [("percent", 80, "%", "about"), ("count", 13, None, None), ("count", 17, None, None)],
        "Fyodor Kostylyov",
    ),
    (
        "en",
        "The remaining four concern territory, the size of Ukraine's army and the role of European troops, he said.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"We are further along than ever, but the final stretch is always the steepest," Kostylyov said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellane will travel on to Kyiv on Wednesday, his fourth trip to the Ukrainian capital, a U.S. official said.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Kremlin's spokesman said a summit of the Russian and Ukrainian leaders \"is not on the table for now.\"",
        True,
        [],
        None,
    ),
    ("en", "Few diplomats in Moscow expect a signing before the autumn.", False, [], None),
    # --- Chefunterhändler in Washington (dpa), Donnerstag, 4. Juni ---
    (
        "de",
        "Washington (dpa) - Der ukrainische Chefunterhändler Denys Hawryljuk ist zu Gesprächen über den 17-Punkte-Entwurf in Washington eingetroffen.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    ("de", "Es ist seine dritte USA-Reise seit März.", True, [("ordinal", 3, None, None)], None),
    (
        "de",
        "Hawryljuk sagte, jede Abtretung von Gebieten müsse in der Ukraine per Volksabstimmung bestätigt werden.",
        True,
        [],
        "Hawryljuk",
    ),
    (
        "de",
        "Für die dafür nötige Verfassungsänderung braucht es eine Zwei-Drittel-Mehrheit im Parlament, also mindestens 300 der 450 Abgeordneten.",
        True,
        [("fraction", 0.6667, None, None), ("count", 300, None, "at_least"), ("count", 450, None, None)],
        None,
    ),
    (
        "de",
        "Eine Abstimmung wäre frühestens 90 Tage nach dem Inkrafttreten einer Waffenruhe möglich, so der Chefunterhändler.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    (
        "de",
        "„Über unser Land entscheidet unser Volk, nicht ein Verhandlungstisch in einer fremden Hauptstadt“, sagte Hawryljuk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob Moskau einer Waffenruhe vor einer Einigung über die Gebiete zustimmen würde, gilt in Washington als fraglich.",
        False,
        [],
        None,
    ),
    # --- Negotiator in Washington (Reuters) ---
    (
        "en",
        "WASHINGTON, June 4 (Reuters) - Ukraine's chief negotiator Denys Havryliuk arrived in Washington on Thursday for talks on the 17-point draft, his third U.S. trip since March.",
        True,
        [("date", "--06-04", None, None), ("count", 17, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("en", "Any handover of territory would have to be approved in a national referendum, he said.", True, [], None),
    (
        "en",
        "Changing the constitution to allow such a vote requires a two-thirds majority in parliament, or at least 300 of its 450 lawmakers.",
        True,
        [("fraction", 0.6667, None, None), ("count", 300, None, "at_least"), ("count", 450, None, None)],
        None,
    ),
    (
        "en",
        "A referendum would be possible 90 days after a ceasefire at the earliest, he said.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    ("en", 'Havryliuk said Ukrainians would "never trade land for promises."', False, [], None),
    (
        "en",
        "The State Department said the secretary of state would receive the Ukrainian delegation on Friday.",
        True,
        [],
        "the State Department",
    ),
    # --- Genf bietet Garantiekonferenz an (Keystone-SDA), Dienstag, 9. Juni ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz hat angeboten, in Genf eine Konferenz über Sicherheitsgarantien für die Ukraine auszurichten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis zu 40 Delegationen könnten im Palais des Nations untergebracht werden, teilte das EDA am Dienstag mit.",
        True,
        [("count", 40, None, "up_to")],
        "das EDA",
    ),
    ("de", "Der Bund stellt dafür 3,5 Millionen Franken bereit.", True, [("money", 3500000, "CHF", None)], None),
    (
        "de",
        "«Die Schweiz kann keinen Frieden schaffen, aber sie kann ihm einen Ort geben», sagte EDA-Sprecher Lukas Zimmerli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Konferenz könnte nach Angaben aus dem Departement frühestens im September stattfinden.",
        True,
        [],
        None,
    ),
    # --- Vierte Runde in Riad, Austausch vollzogen (dpa), Mittwoch, 10. Juni ---
    (
        "de",
        "Riad (dpa) - In Riad hat die vierte Runde der Dreiergespräche zwischen Washington, Moskau und Kiew begonnen.",
        True,
        [("ordinal", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Unmittelbar vor Beginn der Runde tauschten beide Seiten je 500 Kriegsgefangene aus, teilte der Koordinierungsstab für Kriegsgefangene mit.",
        True,
        [("count", 500, None, None)],
        "der Koordinierungsstab für Kriegsgefangene",
    ),
    (
        "de",
        "Unter den Heimkehrern seien 42 Schwerverletzte und 17 Zivilisten, hieß es.",
        True,
        [("count", 42, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Es war der 71. Austausch seit Februar 2022.",
        True,
        [("ordinal", 71, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Bei der Gebietsfrage habe es auch am ersten Verhandlungstag keine Annäherung gegeben, sagte ein Mitglied der ukrainischen Delegation.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Russland schlägt nach Angaben aus Verhandlungskreisen eine gemeinsame Verwaltung der Frontgebiete für zunächst fünf Jahre vor.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "„Ein Austausch ersetzt keinen Frieden, aber jeder, der heimkehrt, ist ein Sieg“, sagte Ombudsmann Roman Hluschko.",
        False,
        [],
        None,
    ),
    ("de", "Kiew lehnt eine solche gemeinsame Verwaltung nach den Worten des Chefunterhändlers ab.", True, [], None),
    # --- Fourth round opens with swap (Reuters) ---
    (
        "en",
        "RIYADH, June 10 (Reuters) - Russia and Ukraine swapped 500 prisoners of war each on Wednesday as a fourth round of three-way talks with the United States opened in Riyadh.",
        True,
        [
            ("date", "--06-10", None, None),
            ("count", 500, None, None),
            ("ordinal", 4, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Among those returning to Ukraine were 42 badly wounded soldiers and 17 civilians, Ukraine's human rights commissioner, Roman Hlushko, said.",
        True,
        [("count", 42, None, None), ("count", 17, None, None)],
        "Roman Hlushko",
    ),
    (
        "en",
        "It was the 71st such exchange of the war, which began in February 2022.",
        True,
        [("ordinal", 71, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Moscow has proposed a joint administration of frontline areas for an initial five years, two people briefed on the talks said.",
        True,
        [("duration", 5, "year", None), ("count", 2, None, None)],
        None,
    ),
    ("en", '"An exchange is not peace, but every man who comes home is a victory," Hlushko said.', False, [], None),
    ("en", "Kyiv has rejected the idea, according to a Ukrainian delegate.", True, [], None),
    # --- Envoy before senators (AP), Thursday, June 11 ---
    (
        "en",
        "WASHINGTON (AP) — U.S. special envoy Everett Castellane defended the 17-point plan before the Senate Foreign Relations Committee on Thursday in a hearing that lasted nearly three hours.",
        True,
        [("count", 17, None, None), ("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Castellane told senators that Moscow and Kyiv had agreed on 14 of the 17 points.",
        True,
        [("count", 14, None, None), ("count", 17, None, None)],
        "Castellane",
    ),
    ("en", "No American ground troops would be deployed to Ukraine under the plan, he said.", True, [], None),
    (
        "en",
        "The U.S. guarantee would be backed by $45 billion in military aid spread over 10 years, according to a summary given to the committee.",
        True,
        [("money", 45000000000, "USD", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Senator Royce Tandberg accused the envoy of \"negotiating a surrender on Ukraine's behalf.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        '"This is the best chance for peace we have had, and we should not waste it," Castellane said.',
        False,
        [],
        None,
    ),
    ("en", "The committee's chairman said hearings on the guarantees would continue next week.", True, [], None),
    (
        "en",
        "It was the envoy's second appearance before the committee since February.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Castellane told senators he would return to Moscow before the fifth round, for what would be his 10th meeting with the Russian president this year.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 10, None, None)],
        "Castellane",
    ),
    # --- Kreml: Keine Unterschrift vor dem Herbst (APA/dpa/AFP), Dienstag, 16. Juni ---
    (
        "de",
        "Moskau/Wien (APA/dpa/AFP) - Im Kreml wird mit einem Friedensabkommen inzwischen erst im Herbst gerechnet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für eine Unterschrift müssten zuvor alle 17 Punkte geklärt sein, hieß es am Dienstag im Kreml.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    ("de", "Derzeit seien 14 davon geklärt.", True, [("count", 14, None, None)], None),
    (
        "de",
        "Kremlberater Fjodor Kostylew sagte, eine fünfte Runde der Dreiergespräche sei für den 24. Juni in Riad angesetzt.",
        True,
        [("ordinal", 5, None, None), ("count", 3, None, None), ("date", "--06-24", None, None)],
        "Fjodor Kostylew",
    ),
    ("de", "Kostyljow zufolge soll die Runde drei Tage dauern.", True, [("duration", 3, "day", None)], "Kostyljow"),
    ("de", "Castellane werde vor der Runde erneut in Moskau erwartet, sagte Kostylew.", True, [], "Kostylew"),
    ("de", "„Russland hat keine Eile, die Ukraine schon“, sagte Kostylew.", False, [], None),
    (
        "de",
        "Der Innsbrucker Politologe Bernhard Loidolt sieht darin vor allem den Versuch, den Druck auf Kiew zu erhöhen.",
        False,
        [],
        None,
    ),
    # --- Stimmen aus Kiew (dpa), Donnerstag, 18. Juni ---
    (
        "de",
        "Kiew (dpa) - In der ukrainischen Hauptstadt ist von Aufbruchstimmung nach den Gesprächen in Riad wenig zu spüren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir hören seit Monaten von Fortschritten, aber die Sirenen heulen jede Nacht“, sagt die Rentnerin Halyna Bondarenko.",
        False,
        [],
        None,
    ),
    ("de", "„Ein Frieden, der nur auf dem Papier steht, hilft uns nichts“, sagt der Student Maksym.", False, [], None),
    (
        "de",
        "Der ukrainische Präsident sagte in seiner abendlichen Videobotschaft, Kiew werde zur fünften Runde nach Riad reisen.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn seien bei sechs Austauschen insgesamt 2.860 Ukrainer aus russischer Gefangenschaft zurückgekehrt.",
        True,
        [("count", 6, None, None), ("count", 2860, None, None)],
        None,
    ),
    (
        "de",
        "In der Nacht zum Donnerstag setzte Russland nach Angaben der ukrainischen Luftwaffe 203 Drohnen ein, 188 davon wurden abgefangen.",
        True,
        [("count", 203, None, None), ("count", 188, None, None)],
        None,
    ),
    # --- Kyiv to attend fifth round (Reuters) ---
    (
        "en",
        "KYIV, June 18 (Reuters) - Ukraine will send its delegation to a fifth round of three-way talks in Riyadh on June 24, the president announced in his evening video message on Thursday.",
        True,
        [
            ("date", "--06-18", None, None),
            ("ordinal", 5, None, None),
            ("count", 3, None, None),
            ("date", "--06-24", None, None),
        ],
        None,
    ),
    ("en", "The round is expected to last three days, officials said.", True, [("duration", 3, "day", None)], None),
    (
        "en",
        "The Kremlin has said no peace deal will be signed until all 17 points are agreed; 14 are settled so far.",
        True,
        [("count", 17, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Some 2,860 Ukrainians have returned from Russian captivity in six exchanges since January, according to government figures.",
        True,
        [("count", 2860, None, "about"), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        '"We keep hearing about progress, but the sirens still sound every night," said Halyna Bondarenko, a pensioner in Kyiv.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Russia launched 203 drones overnight and air defences downed 188, according to Ukraine's air force.",
        True,
        [("count", 203, None, None), ("count", 188, None, None)],
        None,
    ),
    ("en", "Many in Kyiv say they have stopped following the talks altogether.", False, [], None),
]
