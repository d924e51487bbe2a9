"""Four-hundred-and-eightieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government, ministers and the
holders of other real offices appear only by office („vom russischen Präsidenten“, „des
russischen und des ukrainischen Präsidenten“, „Der Präsident in Kiew“, „die
EU-Kommissionspräsidentin“, „die Kommissionspräsidentin“, „Der russische und der
amerikanische Präsident“, "Russia's president", "the Russian president", "the president",
"the Commission's president", "the Commission president", "Russia's and the U.S.
presidents", "Russia's delegation head", "Ukraine's chief negotiator"), and spokespeople,
envoys, negotiators, aides and commissioners of real governments and bodies appear under
made-up names that stand for no real holder, or by their role only („der Berater“, „der
Kremlberater“, „der Sondergesandte“, „der Kremlsprecher“, „die Sprecherin“, „die
Menschenrechtsbeauftragte“, "the Kremlin aide", "the U.S. envoy").

Names: the U.S. envoy, the press secretary, the aides, negotiators, spokespeople, the
commissioner, the head of the monitoring mission, the senator, the political scientist, the
pensioner and the student are invented, the transliterated ones spelled as each service
writes them and, for Kyiv's chief negotiator and the Kremlin aide, spelled two ways inside
merged APA stories (datelined "APA/dpa/AFP"): Ilja Wachramejew (dpa, APA) / Ilja Wachrameew
(AFP material in APA copy) / Ilya Vakhrameyev (Reuters); Ostap Slobodjanyk (dpa, APA) /
Ostap Slobodjanik (AFP material in APA copy) / Ostap Slobodianyk (Reuters); Matwei Bykadorow
(Reuters German, dpa) / Matwej Bykadorow (AFP German) / Matvei Bykadorov (AP) / Matvey
Bykadorov (AFP English); Semjon Ossokin / Semyon Osokin; Marjana Sawyzka / Mariana Savytska;
Larysa Hrebenjuk / Larysa Hrebeniuk; Nadija Prokopenko / Nadiia Prokopenko; further Thaddeus
Merriwell, Kendra Valloton, Aurélie Vandenbossche, Magdalena Kogelnig-Rauch, Adrian
Schnyder-Kälin, Corsin Derungs-Tgetgel, Solveig Ranheim, Tomás Arriaga-Veldt, Rupert
Calloway-Hinds, Carsten Bödefeld, Lowell Pritchard, Jonas Eklöv-Marte, Gernot Pölzleitner,
the student Bohdan and every unnamed official, aide, delegate, diplomat, sociologist,
spokesperson and senator. Real states, bodies, parties, venues and places ("EU", "Kreml",
"Ratskreise", "Schattenflotte", "Ungarn", "Slowakei", "Außenministerium",
"Auslandskatastrophenfonds", "FPÖ", "Seco", "SVP", "Bund", "EDA", "Eidgenössisches
Departement für auswärtige Angelegenheiten", "Staatssekretariat für Migration",
"Schutzstatus S", "Palais des Nations", "Stadt und Kanton Genf", "ukrainische Luftwaffe",
"Präsidialamt", "Atomkraftwerk Saporischschja", "UN-Flüchtlingshilfswerk UNHCR",
"Innenministerium", "Grundversorgung", "Koordinierungsstab für Kriegsgefangene", "KIIS",
"Bundesregierung", "Haushaltsausschuss des Bundestags", "Die Linke", "ukrainischer
Generalstab", "APA", "Donezk", "Donbass", "Krim", "Charkiw", "Genf", "Lausanne", "Wien",
"Bern", "Brüssel", "Moskau", "Kiew", "Berlin"; the European Union, the Commission, the
Kremlin, the White House, Congress, the Senate, Hungary, Slovakia, Belgium, the Palais des
Nations, Ukraine's air force, Russia's defence ministry, the Zaporizhzhia nuclear plant, UN
monitors, UNHCR, OCHA, the United Nations, the Security Council, the Foreign Office,
Russia's embassy in London, India, the United Arab Emirates, the Group of Seven, Ukraine's
coordination headquarters for POWs, Ukraine's presidential office, Switzerland's protection
status S, the Donetsk and Kharkiv regions, the Donbas, Crimea, Kharkiv, Lausanne, and the
datelines' cities) stand for the way wire copy names them; every meeting, call, round, hour,
point, share, listing, cap, toll, refugee count, swap, appeal, aid package, sum, poll and
quote here is invented, and where a real figure came to mind (a real envoy's count of
Kremlin meetings, a real draft's number of points, a real sanctions package's number or its
listings, a real price cap, a real sum of frozen assets, a real aid package, a real civilian
toll or refugee count, a real number of Ukrainians under the Swiss protection status, a real
exchange or its number, a real poll) it was changed (the full-scale invasion of February
2022 and the annexation of Crimea in 2014 kept).

Its weight: ENVOYS, PEACE TALKS AND WAR DIPLOMACY, sixth round (the
three-hundred-and-twenty-sixth batch weighed envoys, peace plans and statements on talks,
the three-hundred-and-forty-ninth a German-language foreign desk on a day of talks, the
three-hundred-and-fifty-eighth a round of three-way talks in Vienna, the
three-hundred-and-eighty-eighth a summit of four envoys in Budapest and the
four-hundred-and-twenty-first the sixth round of three-way talks in Istanbul, which named
Geneva as host of the seventh, after the sixty-eighth, ninety-third, hundred-first,
hundred-fortieth, hundred-forty-second, hundred-fifty-ninth, hundred-ninety-third,
two-hundred-and-ninth and two-hundred-and-seventieth; the hundred-seventeenth weighed
sanctions among trade disputes, the hundred-thirty-seventh casualty and humanitarian figures
in dispute, the hundred-seventy-fourth sanctions lists, the hundred-seventy-ninth a
ceasefire and prisoner exchanges, the two-hundred-and-second EU summits and the
two-hundred-and-sixty-second Middle East diplomacy; their decisions are kept) - this time a
week of summitry around a made-up round of talks: a special EU summit's 24th sanctions
package and two-year aid package, the U.S. envoy's sixth Kremlin meeting of the year, and
the seventh round of three-way talks between U.S., Russian and Ukrainian negotiators, held
over three days in Geneva's Palais des Nations, beside the casualty and refugee counts of
the UN agencies, a British sanctions round, aid packages from Berlin and a Senate bill, and
the swap agreed in Geneva carried out - one wire week, Monday, October 12, to Friday,
October 16, as 40 short stories in story order, the German and the English stories
interleaved, half in each language. German (dpa, APA with Austrian "heuer", „Seit 1.
Jänner“, „Vertriebene“ and „Grundversorgung“, APA/dpa/AFP merged copy, Reuters German, AFP
German, Keystone-SDA with Swiss „innert“, „Mia.“, „Mio. Franken“, „gross“, „Gemäss“,
„2'600“, „63'400“, „11'800“ and «» quotes; German „“ quotes): the summit's sanctions and
aid, Vienna's share and the FPÖ, Switzerland taking over the package with its frozen assets,
the envoy's sixth Kremlin meeting, Geneva's security and costs in francs, a night of drones
before the opening, the opening day with its delegation heads, the Kremlin spokesman's
shares of the country and of Donetsk and Kyiv's reply, refugees and displaced people
worldwide and in Austria, the second day with a swap agreed, Moscow's energy truce offer, a
Kyiv poll, Berlin's winter package, the last day with 13 of 16 points settled, quotes of the
day, the Kremlin's no to a presidents' summit, Switzerland's offer of an eighth round with
its protection-status figures, the swap carried out, an APA analysis and voices from Kyiv.
English (Reuters with dated datelines and its FACTBOX- and ANALYSIS- labels, AFP English
with dated datelines, AP; US and UK usage: "$", "pounds", "kilometres", "defence", "percent"
and "%", "Oct. 21"): the summit, the envoy's trip, the Kremlin meeting, Geneva prepares, the
drones, the opening, the Kremlin on Donetsk, the UN's toll and UNHCR's refugees, the swap
agreed, the energy truce offer, Britain's sanctions round, the poll, the Senate bill, the UN
appeal, the last day, the summit refusal, Switzerland's offer, the swap with its headline,
an analysis and voices from Kyiv. Figures as such copy has them: meetings, rounds, days,
calls, swaps and sanctions packages counted as ordinals in words and digits („zum sechsten
Mal in diesem Jahr“, „die siebte Runde der Dreiergespräche“, „eine achte Runde“, „am ersten
Verhandlungstag“, „am zweiten Verhandlungstag“, „der 82. Austausch“, „ihr viertes Telefonat
in diesem Jahr“, „ihr 24. Sanktionspaket“, „das 24. Paket“, "his sixth meeting this year",
"a seventh round of three-way talks", "an eighth round", "the 82nd swap", "their fourth call
this year", "a 24th package of sanctions", "the bloc's 24th round of sanctions"); talks'
durations in hours as compounds and phrases („Nach 14-stündigen Beratungen“, „Nach
fünfstündigen Gesprächen“, „ein gut einstündiges Vier-Augen-Gespräch“, „Gut acht Stunden“,
„zu einem zweistündigen Zweiergespräch“, „knapp zehn Stunden“, „einem anderthalbstündigen
Mittagessen“, „In der fast zwölfstündigen Schlussrunde“, „gut 70 Minuten“, "after 14 hours
of talks", "for five hours", "more than 60 minutes", "more than eight hours", "nearly 10
hours", "a 90-minute lunch", "a 10- to 12-hour session", "more than 70 minutes"); plans with
numbered points („16 Punkte des amerikanischen Plans“, „zwölf der 16 Punkte“, „Bei 13 der 16
Punkte“, „die drei verbleibenden Punkte“, „alle 16 Punkte“, „von 22 auf 16 Punkte“, "a
revised 16-point plan", "12 of the 16 points", "13 of the 16 points", "ran to 22 points",
"from 22 points to 16"); shares of territory and of people in words („mehr als ein Fünftel
des ukrainischen Staatsgebiets“, „rund vier Fünftel der Fläche“, „Das verbleibende Fünftel“,
„nicht einmal drei Viertel“, „Gut sechs von zehn“, „Nur etwa jeder Vierte“, "more than a
fifth of Ukraine's territory", "about four-fifths", "the remaining fifth", "less than
three-quarters", "Only about one in four", "nearly three-quarters", "by about a third");
casualty and refugee figures with their hedges (drones and missiles, the dead and wounded of
one night, the UN's toll since 2022, refugees, displaced people and people in need in
millions, Austria's Vertriebene, Switzerland's protection-status holders, the children on
Kyiv's list); aid packages and sanctions rounds (52 billion euros over two years, 1.4
billion, 1.9 billion, $18 billion over two years, a $640 million winter appeal, tankers,
people and companies listed, a price cap in dollars, frozen assets in euros and francs, a UK
round with its oil in pounds); prisoner swaps („jeweils 400“, „im Format 400 gegen 400“,
"400 prisoners of war each", "400 POWs apiece"); envoys' and spokespeople's names spelled
two ways across services and inside one merged story; claims attributed to spokespeople and
advisers („sagte Kremlberater X“, „so der Berater“, „so der Sondergesandte“, „so der
Kremlsprecher“, „sagte die Sprecherin“, „X zufolge“, „X sagte, ...“, „teilte ... mit“,
"Kremlin aide X told reporters", "the Kremlin aide said", "the U.S. envoy said", "said X,
Russia's deputy foreign minister", "according to ..."), Konjunktiv I throughout; army caps,
zones, costs, a poll, years and dates. Negatives as such copy has them - 58 rows, none with
a figure: headings of service pieces, a reaction lead, an atmosphere label, rhetoric and
slogans in quotes, labels from parties, spokespeople, a ministry, an embassy and a senator,
a quote of the day with its speaker in brackets, impressions and moods, an estimate without
a figure, a verdict with „halten ... für“ and an analyst's and a diplomat's view, diplomats'
doubts, evasions and no-comment lines, and mood leads and vox pops in both languages, each
near a check-worthy look-alike from the same story (often the same speaker's figure).

240 rows (120 German, 120 English), 58 negatives (30 German, 28 English), 182 check-worthy
rows of which 23 carry no figure (11 German, 12 English), 295 expected quantities (134
counts, 44 durations - 18 in hours, 11 in days, 5 in minutes, 4 in years, 3 in weeks, 3 in
months -, 31 ordinals, 29 amounts of money - 12 USD, 10 EUR, 6 CHF, 1 GBP -, 21 dates - none
with a year -, 13 fractions, 12 percentages - 10 in "%", 2 in percentage points "pp" -, 11
years; none of them in a negative), 36 checked speakers (18 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position, a condition, a plan or a rejection are check-worthy with the
  speaker their own attribution gives, and with the speaker unchecked after a role or a
  pronoun or without an attribution of their own (ninety-third, hundred-ninety-third,
  three-hundred-and-twenty-sixth, three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth, four-hundred-and-twenty-first). A quoted or reported
  atmosphere label, piece of rhetoric, label, verdict, view, impression or mood is a
  negative with speaker None, also with a named speaker and an office (hundred-fortieth,
  two-hundred-and-fourth, three-hundred-and-fifty-eighth, four-hundred-and-twenty-first).
  Pairs from one speaker: Wachramejew's five hours and twelve of 16 beside „konstruktiv,
  offen und ohne Zeitdruck“, and his 13 of 16 beside „Einen Text, den alle unterschreiben
  können ...“ and his quote of the day; Vakhrameyev's 12 of 16 and his 13 of 16 beside "no
  longer arguing about commas", his silence on a ceasefire and "We have never had a text
  ..."; Slobodjanik's refusal to sign and his referendum condition beside Slobodjanyk's
  „nicht über eine Kapitulation“; Slobodjanyk's 400 beside „Jeder Name auf dieser Liste
  ...“; Slobodianyk's refusal and his 400 beside "not a surrender" and his silence on a
  ceasefire's length; Bykadorow's four fifths and his summit condition beside „Über die
  Landkarte verhandelt man nicht ...“; Bykadorov's fifth and four-fifths beside "Western
  wishful thinking"; Sawyzka's 5,900 (told by role) beside „Wer nach Genf fährt ...“ and
  „ein Manöver für die Kameras in Genf“, and Savytska's twins (told by a pronoun) beside "a
  stunt for the cameras in Geneva"; Valloton's 16-point plan beside "tired of waiting" and
  her nothing to announce; Schnyder-Kälin's 6.9 billion francs beside «Wir wollen nicht,
  dass die Schweiz ...»; Derungs-Tgetgel's first time beside «Wir sind Gastgeber, nicht
  Schiedsrichter»; Bödefeld's six systems beside „Frieden in Genf wird es nur geben ...“;
  Ranheim's refugees beside „Die Menschen kommen nicht zurück ...“ and her 41 percent (told
  by a pronoun); Arriaga-Veldt's 244 dead beside "The real toll is likely to be considerably
  higher" (an estimate without a figure, hundred-thirty-seventh); Calloway-Hinds's 9.4
  billion pounds beside "Moscow's lifeline"; Pritchard's 30 days beside "a peace we have
  never read" and "diplomacy by press release"; Eklöv-Marte's 61 convoys beside "cannot wait
  for a peace deal"; Hrebeniuk's 58, 37 and 12 beside "a promise kept"; the Commission
  president's 30 billion euros in both languages beside „nicht müde wird“ and "fatigue"
  (told by office, unchecked).
- What each side said (sixty-eighth, three-hundred-and-twenty-sixth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first): the Kremlin's „mehr als ein Fünftel des ukrainischen
  Staatsgebiets“ after „nach Darstellung des Kremls“ (hundred-forty-second) and "more than a
  fifth", its four fifths of Donetsk and the remaining fifth, Kyiv's „nicht einmal drei
  Viertel“ after „Aus Kiew kam Widerspruch:“ and "less than three-quarters", and the Western
  estimates („Westliche Fachleute schätzen“, "By Western estimates"; estimating forms,
  speaker unchecked, hundred-tenth) are all check-worthy. Refusals, conditions, demands,
  readiness and positions of record are check-worthy, also without a figure
  (hundred-fifty-ninth, two-hundred-and-fourth, three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first): Slobodjanik's and Slobodianyk's refusal to sign a plan
  that disarms the army, the referendum condition in both languages, the Kremlin's summit
  condition in quotes in both languages („am Ende eines Prozesses, nicht an seinem Anfang“,
  "at the end of a process, not at its start"; hundred-forty-second), Kyiv's readiness for a
  meeting „an jedem Ort und zu jeder Zeit“ (a position of record in a quoted phrase), Kyiv's
  demand for a 30-day ceasefire in both languages (with its 30 days), the Bundestag budget
  committee's approval as a condition of Berlin's package (three-hundred-and-twenty-fourth),
  and Hungary's abstention and Slovakia's vote (positions by vote, hundred-nineteenth). The
  Kremlin's no to a summit before all 16 points ("rejected", „ausgeschlossen“ - verbs not of
  saying) carries count 16. „Propaganda mit Landkarte“ from a ministry spokesman, "Western
  wishful thinking", „ein Manöver für die Kameras“, "a stunt for the cameras", Russia's
  embassy's "economic banditry", the FPÖ's „Geldverbrennung im Namen der Solidarität“, the
  SVP's «schleichende Preisgabe der Neutralität», the Left's „Aufrüstung unter dem Etikett
  der Winterhilfe“ and Pritchard's "diplomacy by press release" are labels and negatives
  (hundred-sixteenth, three-hundred-and-fifty-eighth). A lead that reports only how a
  ministry received a decision („Das Außenministerium in Wien hat die Einigung ...
  begrüßt.“) is a reaction and a negative (hundred-first, hundred-thirty-seventh).
- Quotes that repeat a figure (the issue: "100 Mal"; three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first): '"Twelve points are settled, four are not," said Semyon
  Osokin, Russia's deputy foreign minister.' is a tally of record in quotes with 12 and 4
  (three-hundredth: a number word opening the row reads as digits would). A quote of the day
  with its speaker in brackets stays a negative under its heading
  (three-hundred-and-fifty-eighth, four-hundred-and-twenty-first).
- Meetings, rounds, days of talks, calls, swaps and sanctions packages are ordinals (the
  issue: "das sechste Treffen"; hundred-first, hundred-seventeenth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first): „zum sechsten Mal in diesem Jahr“, "his sixth meeting this
  year" and "their sixth meeting this year" 6; „die siebte Runde der Dreiergespräche“ (three
  times) and „der amerikanisch-russisch-ukrainischen Dreiergespräche“ 7 with 3, "a seventh
  round of the three-way Ukraine talks", "a seventh round of three-way talks" and "The
  seventh round of three-way talks" 7 with 3; „eine achte Runde der Dreiergespräche“ and "an
  eighth round of the three-way talks" 8 with 3; „am ersten Verhandlungstag“, "The first
  day's session" and „nach der ersten Sitzung“ 1; „Es sei das erste Mal“ and "It is the
  first time" 1 (three-hundred-and-eighty-eighth: „das erste Treffen in diesem Format“); „am
  zweiten Verhandlungstag“ and "on the second day of the Geneva round" 2; „der 82.
  Austausch“, "the 82nd swap" and "their 82nd swap" 82, „der 82. seit Beginn der Invasion“
  82 (the elliptic ordinal, three-hundred-and-eighty-eighth: „der 76. seit Kriegsbeginn“);
  „ihr viertes Telefonat in diesem Jahr“ and "their fourth call this year" 4; „ihr 24.
  Sanktionspaket“, „das 24. Paket“, „das 24. Sanktionspaket der EU“, "a 24th package of
  sanctions" and "the bloc's 24th round of sanctions" 24 (hundred-first: „ein 22.
  Sanktionspaket“; hundred-seventeenth: "its 20th package of sanctions"). New: "his sixth
  trip to Moscow in as many months" is ordinal 6 and carries no duration - "in as many
  months" writes no figure of its own, as "an hour-long phone call" gave none
  (three-hundred-and-eighty-eighth) and "a year" none (three-hundredth). Formats are
  counted: „Dreiergespräche“ five times and "three-way talks" four times are 3 (fourteenth,
  three-hundred-and-twenty-sixth), „Zweiergespräch“ 2 (three-hundred-and-fifty-eighth), "two
  administration officials", "two people briefed on the talks" and "the two people" 2
  (hundred-fifty-ninth, four-hundred-and-twenty-first); „beide Delegationsleiter“, „Beide
  Seiten“, „beide Seiten“, „Vier-Augen-Gespräch“ (three-hundred-and-eighty-eighth) and
  "every side" carry none. „Drei Gesprächsrunden“ and "Three rounds of talks" are counts 3,
  and "61 times" is 61 (repetitions, the issue: "viermal"). „erneut“, "once more", "again",
  „nächste“, "next", „verbleibenden“ and "remaining" carry no ordinal
  (three-hundred-and-fifty-eighth). New: "Finance ministers of the Group of Seven" carry
  none - the written-out name of the body reads as "G7" (hundred-twenty-fourth) and "G20"
  name a thing; the row, a scheduled discussion, stays check-worthy without a figure
  (sixty-fifth: scheduled sittings).
- Hours of talks and other spans are durations (the issue: "fünfstündigen Treffen";
  three-hundred-and-twenty-sixth, three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth, four-hundred-and-twenty-first): „Nach 14-stündigen
  Beratungen“ and "after 14 hours of talks" 14 hours, „Nach fünfstündigen Gesprächen“ and
  "talked for five hours" 5 hours, „ein gut einstündiges Vier-Augen-Gespräch“ 1 hour "over"
  (the hedge inside the compound's phrase, hundred-sixteenth; four-hundred-and-twenty-first:
  „zu einem knapp einstündigen Sechs-Augen-Gespräch“) and "more than 60 minutes alone" 60
  minutes "over" (each as written, not converted, three-hundred-and-fifty-eighth), „Gut acht
  Stunden“ and "more than eight hours" 8 "over", „zu einem 45-minütigen Gespräch“ 45
  minutes, „zu einem zweistündigen Zweiergespräch“ 2 hours and 2, "for two hours" 2 hours,
  „knapp zehn Stunden“ and "nearly 10 hours" 10 "nearly", „einem anderthalbstündigen
  Mittagessen“ 1.5 hours and "a 90-minute lunch" 90 minutes, "for nearly four hours" 4
  "nearly", „eine 72-Stunden-Waffenruhe“ and "a 72-hour halt" 72 hours (the figure heading a
  hyphenated compound, as „37-Stunden-Woche“ in earlier batches), „In der fast
  zwölfstündigen Schlussrunde“ 12 hours "nearly" („fast“ is "nearly",
  four-hundred-and-seventy-second: „fast 40 Prozent“), „gut 70 Minuten“ and "more than 70
  minutes" 70 "over". New: "a 10- to 12-hour session each day" gives both spans, 10 and 12
  hours, with no hedge - the English suspended hyphen reads as „in dem drei- bis
  vierstündigen Abschlussgespräch“ (four-hundred-and-twenty-first) and a range of spans as
  "three to four weeks" (four-hundred-and-twentieth); "each day" none. Days, weeks, months
  and years: „für die kommenden zwei Jahre“, "over the next two years" and "over two years"
  2 years, „innert zwei Wochen“ 2 weeks (Swiss „innert“ no hedge, as „binnen“;
  hundred-seventeenth: „innert 60 Tagen“), „drei Tage eingeplant“, "scheduled to last three
  days" and „Nach drei Tagen“ 3 days, "within three days" 3, „nach 19 Tagen“ and "after 19
  days" 19, „eine 30-tägige Waffenruhe“ and "a 30-day ceasefire" 30 days, "within 30 days"
  30, „binnen vier Wochen“ and "within four weeks" 4 weeks („binnen“, "within" no hedge),
  „zwei Tage nach der Einigung“ and "two days after the Geneva deal" 2 days
  (three-hundred-and-eighty-eighth), „Mehr als dreieinhalb Jahre nach Beginn“ 3.5 years
  "over" (three-hundred-and-eighty-eighth: „gut achteinhalb Stunden“), "the deadliest month
  for civilians in 14 months" 14 months, „in fünf Monaten“ and "in five months" 5 months.
  None: „in der Nacht zum Dienstag“, „in der Nacht zum Freitag“, „in der Nacht zum Samstag
  um Mitternacht“, „am Montagabend“, „Am Abend“, „am Abend“, „Wenige Stunden vor“, "hours
  before", "overnight", "early on Monday", "late on Monday", "at dawn", "for most of the
  night", "on Thursday evening", "during the same night", "at midnight on Friday", „im
  Frühjahr“, "in the spring", "in early September", "in September", „Im September“, "since
  January", „seit Jahresbeginn“, „Seit Jahresbeginn“, „in diesem Jahr“, "this year", "last
  year", "next month", "over the past year", "before winter", „bis zum Jahresende“, „vor dem
  Jahreswechsel“, "before the end of the year", „bis Freitagabend“, "until Friday night",
  „Bis Donnerstag“, "by Thursday", „im Mai“, "in May", „im Winter“, „Für den Winter“,
  „heuer“ and the weekdays.
- Points of plans (the issue: "28-Punkte-Entwurf"; three-hundred-and-twenty-sixth,
  three-hundred-and-eighty-eighth, four-hundred-and-twenty-first): "a revised 16-point plan"
  16 (the figure heading a hyphenated compound, hundred-fifteenth), „über zwölf der 16
  Punkte“ and "12 of the 16 points" 12 and 16 („über“ here names the subject, not a hedge,
  as „Über neun der 14 Punkte“ in the four-hundred-and-twenty-first), „Bei 13 der 16 Punkte“
  and "13 of the 16 points" 13 and 16 (a definite group, forty-first), „über die drei
  verbleibenden Punkte“ 3 ("remaining" no hedge), „alle 16 Punkte“ twice and "all 16 points"
  16 („alle“, "all" no hedge), "Every one of the plan's 16 points" 16, "ran to 22 points"
  22, „von 22 auf 16 Punkte“ and "from 22 points to 16" 22 and 16. Named points still open
  are check-worthy without a figure (two-hundred-and-ninth, four-hundred-and-twenty-first):
  „Strittig blieben vor allem ...“, "were still unresolved" and "What is left is the hardest
  part: ..."; a stated target without a figure (Merriwell's text „bis zum Jahresende“) is
  check-worthy too (four-hundred-and-seventy-second: an announced step).
- Shares of territory and of people are fractions (the issue: "ein Fünftel";
  three-hundred-and-twenty-sixth, three-hundred-and-fifty-eighth,
  three-hundred-and-eighty-eighth, four-hundred-and-twenty-first): „mehr als ein Fünftel“
  and "more than a fifth" 0.2 "over", „rund vier Fünftel der Fläche“ and "about four-fifths"
  0.8 "about" (the numerator read as in "two-fifths"), „Das verbleibende Fünftel“ and "the
  remaining fifth" 0.2 ("remaining" no hedge), „nicht einmal drei Viertel“ and "less than
  three-quarters" 0.75 "under" (three-hundred-and-eighty-eighth), "nearly three-quarters"
  0.75 "nearly", „Gut sechs von zehn“ 0.6 "over" (three-hundred-and-eighty-eighth: „Drei von
  vier Befragten“; four-hundred-and-seventy-third: "nine in 10"), „Nur etwa jeder Vierte“
  and "Only about one in four" 0.25 "about" („Nur“, "Only" no hedge;
  four-hundred-and-twenty-first: „Nur etwa jeder Sechste“), "down by about a third" 0.3333
  "about" (hundred-thirty-seventh: "by roughly a third"). Shares given in percent stay
  percentages: the Western estimate's „rund 18 Prozent“ and "about 18%" "about", the poll's
  „62 Prozent“, „noch 70 Prozent“, "Sixty-two percent" and "down from 70%" („noch“, "down
  from" no hedge).
- Tolls, refugees, prisoners and listings are counts with their hedges (sixty-eighth,
  hundred-first, hundred-thirty-seventh, three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first): drones and missiles („312 Drohnen und 19 Raketen“, „274
  Drohnen und 14 Raketen“ and their English twins, "96 Ukrainian drones over seven regions"
  96 and 7, „mehr als 5.900 Drohnen“ and "more than 5,900 drones" "over"), the dead and
  wounded of one night („drei Menschen getötet und mindestens 27 verletzt, darunter vier
  Kinder“ and "Three people were killed and at least 27 wounded ..., among them four
  children" with the hedge on the second figure only, four-hundred-and-twenty-first), the
  UN's toll with the hedge written twice ("at least 15,380 civilians had been killed and at
  least 40,210 injured" both "at_least", "at least 812 children", "244 killed and 1,190
  injured"), refugees and displaced people („rund 6,1 Millionen“ and "About 6.1 million"
  "about", „Rund 5,7 Millionen“ "about" and "5.7 million of them" with none, „weitere 3,3
  Millionen“ and "A further 3.3 million" with none, "About 12.7 million people ..., down
  from 14.6 million", „rund 71.000 Vertriebene“ "about", „knapp 24.000“ "nearly", „6.300“,
  „rund 63'400 Personen“ and "About 63,400 Ukrainians" "about", „gut 11'800 neue Gesuche“
  "over" - the Swiss apostrophe read as the thousands separator,
  four-hundred-and-seventy-second -), children on Kyiv's list („1.140 Namen von Kindern“,
  "1,140 children"), prisoners („jeweils 400 Kriegsgefangene“ twice, "400 captured
  soldiers", "400 POWs apiece", "400 freed Ukrainian soldiers" 400 - „jeweils“, "each",
  "apiece" no hedge -, „im Format 400 gegen 400“ 400 twice, three-hundred-and-eighty-eighth;
  „37 Zivilisten ..., darunter zwölf Kinder“, "37 civilians, 12 of them children", „58
  schwer verwundete Soldaten und 37 Zivilisten“, "58 seriously wounded soldiers and 37
  civilians, including 12 children", „mehr als 8.100 Ukrainer“ and "More than 8,100
  Ukrainians" "over"), listings („weitere 118 Tanker ..., die damit auf 677 Schiffe
  anwächst“, "Another 118 shadow-fleet tankers ..., which grows to 677 ships" - „weitere“,
  "Another" no hedge -, „46 Personen und 29 Unternehmen ..., darunter elf Firmen“, "46
  people and 29 companies, 11 of them", "94 more shadow fleet vessels ... to more than 560"
  94 and 560 "over", "21 individuals and 13 entities, among them two refineries"), „die 27
  EU-Staaten“ 27, police and soldiers („rund 2'600 Polizistinnen und Polizisten“ and "About
  2,600 police officers" "about", „bis zu 800 Armeeangehörigen“ and "up to 800 Swiss
  soldiers" "up_to"), "Ukraine's delegation will number 17" 17, the no-fly zone („mit einem
  Radius von 46 Kilometern“ 46 - „Rund um“ before a place no hedge,
  three-hundred-and-eighty-eighth -, "46 kilometres (29 miles)" 46 and 29), army caps
  („höchstens 520.000 Soldaten“ and "no more than 520,000 troops" "at_most", „800.000“,
  „650.000“ and their English twins), ground taken („knapp 3.100 Quadratkilometer“ and
  "nearly 3,100 square kilometres (1,200 square miles)" 3,100 "nearly" and 1,200 with no
  hedge, four-hundred-and-twenty-first: "about 2 kilometers (1.2 miles)"), „sechs weitere
  Flugabwehrsysteme“ 6, "14 co-sponsors, nine Republicans and five Democrats", „412
  Medienschaffende“. "hundreds of violations" and „Hunderte Verstöße“ carry none
  (seventeenth: "dozens"). New: "A one-for-one exchange of 37 civilians" gives 37 and 12
  only - "one-for-one" names how a swap is made, not how many go, unlike "300-for-300"
  (three-hundred-and-fifty-eighth) and „400 gegen 400“, where each side's number is written.
  New: "Buses carrying 400 freed Ukrainian soldiers crossed the border ... as Moscow got
  back the same number" gives 400 once - "the same number" writes no second figure, as
  „jeweils 400“ and "each freed 157" (hundred-thirty-seventh) give the figure once.
- Percentages and money: the poll's margin „bei höchstens 3,2 Prozentpunkten“ and "no more
  than 3.2 percentage points" 3.2 "pp" "at_most" (three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first), UNHCR's „zu 41 Prozent finanziert“ and "41 percent
  funded", the UN appeal's "only 38% funded" ("only" no hedge), the Swiss „knapp 9 Prozent
  weniger“ "nearly"; money in the currency written: the price cap „von 46,80 auf 43,20
  Dollar je Barrel“ 46.80 and 43.20 USD (the unit written once serves both,
  three-hundred-and-fifty-sixth) and "to $43.20 a barrel from $46.80", „ein Hilfspaket von
  52 Milliarden Euro“ and "52 billion euros ($60.3 billion)" EUR and USD with the converted
  sum in brackets (three-hundred-and-fifty-eighth), „Rund 30 Milliarden Euro“ and "About 30
  billion euros" EUR "about", "Roughly 185 billion euros" "about", „rund 1,4 Milliarden
  Euro“ "about", „38 Millionen Euro“, „6,9 Mia. Franken“ and „rund 7,2 Mia. Franken“ CHF
  (the Swiss „Mia.“ as in earlier batches), „bis zu 4,8 Mio. Franken“ CHF "up_to" and "up to
  4.8 million francs ($6 million)" CHF "up_to" and USD with no hedge
  (four-hundred-and-twenty-first), „rund 3,5 Mio. Franken“ and "about 3.5 million Swiss
  francs ($4.4 million)" CHF "about" and USD with none ("an estimated cost of about" gives
  one "about"), „im Wert von 1,9 Milliarden Euro“, „rund 400 Millionen Euro“ "about", „mehr
  als 50 Milliarden Euro“ "over" („insgesamt“ no hedge), "$18 billion", "an estimated 9.4
  billion pounds ($12.5 billion)" GBP "about" (hundred-twenty-second: "an estimated") and
  USD with none, "$640 million", "about $1.1 billion ... of the $2.9 billion requested"
  "about" on the first only; „schätzt“, „schätzen“ and "estimates" are no verbs of saying.
- Years and dates: „im Februar 2022“, „seit Februar 2022“, „Seit Februar 2022“, "of February
  2022" and "since February 2022" the year, „die 2014 annektierte Krim“ and "annexed in
  2014" 2014, "since 2021" 2021, „auf die Jahre 2026 und 2027“ both years; „Seit 1. Jänner“
  --01-01 (Austrian "Jänner", tenth), „zwischen dem 2. und dem 9. Oktober 1.018 Erwachsene“
  and "1,018 adults from Oct 2 to Oct 9" two dates and the count apart
  (three-hundred-and-eighty-eighth, four-hundred-and-twenty-first), "on Oct. 21" --10-21 (AP
  style); Reuters and AFP English datelines with a day ("BRUSSELS, Oct 12 (Reuters)",
  "MOSCOW, Oct 13 (Reuters)", "GENEVA, Oct 13 (AFP)", "KYIV, Oct 13 (AFP)", "GENEVA, Oct 13
  (Reuters)", "GENEVA, Oct 14 (AFP)", "GENEVA, Oct 14 (Reuters)", "MOSCOW, Oct 14 (AFP)",
  "LONDON, Oct 14 (Reuters)", "KYIV, Oct 15 (Reuters)", "GENEVA, Oct 15 (Reuters)", "MOSCOW,
  Oct 15 (AFP)", "GENEVA, Oct 16 (Reuters)", "KYIV, Oct 16 (Reuters)", "LONDON, Oct 16
  (Reuters)") dates without a year (hundred-fifty-ninth, three-hundred-and-fifty-eighth,
  four-hundred-and-twenty-first); dpa, APA (also "Genf/Wien"), APA/dpa/AFP, Reuters German,
  AFP German, Keystone-SDA and AP ("WASHINGTON (AP) —" twice, "MOSCOW (AP) —", "UNITED
  NATIONS (AP) —", "KYIV, Ukraine (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Roughly", "Only
  about", "an estimated" "about"; „knapp“, „fast“, "nearly" "nearly"; „gut“, „Gut“, „mehr
  als“, „Mehr als“, "more than", "More than" "over"; „nicht einmal“, "less than" "under";
  „mindestens“, "at least" "at_least"; „bis zu“, "up to" "up_to"; „höchstens“, "no more
  than" "at_most". No hedge: „jeweils“, "each", "apiece", „Nur“, "Only", "only", „noch“,
  „weitere“, "Another", "A further", "more" after a figure, „insgesamt“, „alle“, "all",
  "every one of", „binnen“, „innert“, "within", „verbleibende“, "remaining", "down from",
  „Rund um“ before a place, the subject-naming „über“ before a figure, and "to ... from".
- Check-worthy without a figure (hundred-fifty-ninth, three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first), 23 rows: Hungary's abstention and Slovakia's vote,
  Slovakia backing the package, the leaders putting off the assets decision, the open points
  in three rows, the delegation heads in both languages, the refusals to sign a plan that
  disarms the army in both languages, the envoy's target, the truce's start in both
  languages, the Group of Seven's scheduled discussion, the Bundestag committee's approval,
  no joint statement in both languages, the referendum condition in both languages, the
  summit condition in both languages, Kyiv's readiness, and Russia's defence ministry
  confirming the swap.
- Speakers, checked only in forms the earlier batches settled. German: „sagte X“ with the
  title, the time, the place and the audience dropped („sagte Außenministeriumssprecherin
  Magdalena Kogelnig-Rauch“; „sagte Kremlberater Ilja Wachramejew in der Nacht zum Dienstag
  vor Journalisten“ and „... in der Nacht zum Freitag“ -> "Ilja Wachramejew",
  four-hundred-and-twenty-first: „sagte Kremlberater Kirill Uwarzew in der Nacht zum Montag
  vor Journalisten“; „sagte EDA-Sprecher Corsin Derungs-Tgetgel“; „sagte Kremlsprecher
  Matwei Bykadorow am Mittwoch“ and „... am Donnerstag“; „sagte der ukrainische
  Chefunterhändler Ostap Slobodjanyk“, two-hundred-and-ninth; „sagte Kremlsprecher Matwej
  Bykadorow“; „sagte Regierungssprecher Carsten Bödefeld am Donnerstag“; „sagte
  Menschenrechtsbeauftragte Larysa Hrebenjuk“), "X sagte, ..." opening the row with the
  title dropped („Seco-Sprecher Adrian Schnyder-Kälin sagte“, „Ostap Slobodjanik sagte vor
  Beginn der Sitzung“, „Ostap Slobodjanik sagte“, „Ilja Wachrameew sagte“;
  hundred-twenty-second, four-hundred-and-twenty-first), „sagte Merriwell, der
  Sondergesandte des US-Präsidenten, nach der ersten Sitzung“ -> "Merriwell" (the role in
  apposition after the name dropped, four-hundred-and-twenty-first), „Ossokin zufolge“ ->
  "Ossokin" (hundred-forty-second), „teilte das Eidgenössische Departement für auswärtige
  Angelegenheiten am Freitag mit“ -> "das Eidgenössische Departement für auswärtige
  Angelegenheiten" (the weekday dropped; three-hundred-and-fifty-eighth,
  four-hundred-and-twenty-first), „nach Angaben des Koordinierungsstabs für Kriegsgefangene“
  -> "der Koordinierungsstab für Kriegsgefangene" (the source in the nominative with its
  article, four-hundred-and-seventy-third: „Nach Angaben des BAMF“; hundred-first: the
  Koordinierungsstab). English: the name with the title, the weekday and "told reporters"
  dropped ("Commission spokeswoman Aurélie Vandenbossche said", "Press secretary Kendra
  Valloton told reporters", "Kremlin aide Ilya Vakhrameyev told reporters", "..., Kremlin
  aide Ilya Vakhrameyev said.", "foreign ministry spokesman Corsin Derungs-Tgetgel told
  reporters", "Kremlin spokesman Matvei Bykadorov said Wednesday", "Kremlin spokesman Matvey
  Bykadorov said" twice, "UNHCR spokeswoman Solveig Ranheim said", "Foreign Office spokesman
  Rupert Calloway-Hinds said", "OCHA spokesman Jonas Eklöv-Marte said", "human rights
  commissioner Larysa Hrebeniuk said"; hundred-fortieth, three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first), "Sen. Lowell Pritchard said" with "Sen." dropped
  (hundred-seventy-fifth), the name in apposition ("Ukraine's chief negotiator, Ostap
  Slobodianyk, told reporters" twice; hundred-fifty-ninth), a quote or a paraphrase followed
  by "said X, ..." the name ("said Semyon Osokin, Russia's deputy foreign minister", "said
  Tomás Arriaga-Veldt, head of the monitoring mission"; three-hundred-and-fifty-sixth,
  three-hundred-and-eighty-eighth), "..., the Kremlin said." -> "the Kremlin"
  (hundred-fortieth). Each row's spelling of a transliterated name is its speaker, also
  inside one merged APA story (three-hundred-and-twenty-sixth,
  three-hundred-and-eighty-eighth, four-hundred-and-twenty-first): „Ostap Slobodjanik sagte“
  -> "Ostap Slobodjanik" twice in APA/dpa/AFP stories whose other rows spell Slobodjanyk,
  „Ilja Wachrameew sagte“ -> "Ilja Wachrameew" in the last-day story whose other rows spell
  Wachramejew; "Matwei Bykadorow" (Reuters German, dpa) beside "Matwej Bykadorow" (AFP
  German), "Matvei Bykadorov" (AP) beside "Matvey Bykadorov" (AFP English), "Ostap
  Slobodjanyk" (dpa) beside "Ostap Slobodianyk" (Reuters), "Larysa Hrebenjuk" beside "Larysa
  Hrebeniuk"; no row's spelling is normalised to another's.
- Left unchecked (None): all negatives, also those with a named speaker; offices („sagte die
  EU-Kommissionspräsidentin“, "the Commission's president told a news conference";
  four-hundred-and-twenty-first), roles and pronouns („so der Berater“, „Der Kremlberater
  bestätigte“, „so der Sondergesandte“, „so der Kremlsprecher“, „so die Sprecherin“, „so der
  Sprecher“, „sagte die Sprecherin“, „sagte eine Sprecherin des Ministeriums“, „sagte sie“,
  „fügte er hinzu“, „so die Menschenrechtsbeauftragte“, "he said" four times, "she said"
  three times, "She said", "the Kremlin aide said", "the U.S. envoy said", "Russia's
  delegation head said", "Ukraine's chief negotiator said", "the delegate said", "a
  Ukrainian official said" twice, "a Senate aide said", "the mission said", "the monitors
  said", "the officials said" twice, "the air force said"; three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first), anonymous, plural and adjectival sources („nach Angaben
  aus Ratskreisen“, „nach Kreml-Angaben“ twice, „nach Angaben aus Moskau“, „nach
  ukrainischen Angaben“, „teilte die ukrainische Luftwaffe mit“, „wie aus
  Verhandlungskreisen verlautete“, „hieß es aus der US-Delegation“, „nach eigenen Angaben“,
  „nach Angaben aus der ukrainischen Delegation“, „hieß es aus Delegationskreisen“, „nach
  Angaben aus Verhandlungskreisen“, „nach Angaben seines Büros“, „nach Angaben des
  ukrainischen Generalstabs“ (a body named by its adjective, as „die ukrainische
  Luftwaffe“), „nach Darstellung des Kremls“, "diplomats said", "two administration
  officials said", "Ukraine's air force said", "regional officials said", "Russia's defence
  ministry said" and "... confirmed", "UN monitors said", "U.N. officials said", "Ukrainian
  officials said", "Ukraine's presidential office said", "two people briefed on the talks
  said", "Ukraine's coordination headquarters for POWs said", "migration authorities say" -
  the present -; three-hundred-and-eighty-eighth, four-hundred-and-twenty-first), a
  description before the name („nach Angaben des UN-Flüchtlingshilfswerks UNHCR“; fortieth),
  data, polls and estimates („Nach Zahlen des Innenministeriums“ and „Gemäss dem
  Staatssekretariat für Migration“, four-hundred-and-seventy-third; „laut der jüngsten
  KIIS-Umfrage“ - the article after „laut“ and a compound, four-hundred-and-seventy-third -,
  „schätzt der Bund“, „Westliche Fachleute schätzen“, "By Western estimates", "by Ukrainian
  military estimates", "a new poll by a Kyiv sociology institute found"; hundred-tenth),
  every "according to" ("according to a text seen by Reuters", "according to the White
  House", "according to a Ukrainian delegate", "according to the defence ministry",
  "according to the Foreign Office", "according to the Kremlin", "according to the two
  people"; two-hundred-and-fourth), and verbs that are not of saying („ausgeschlossen“,
  "rejected", "called"). To keep the checked speakers near 35, as the
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth and
  four-hundred-and-twenty-first batches did, several figures are told by role, by pronoun or
  with "according to".
- Negatives (hundred-fortieth, hundred-fifty-ninth, two-hundred-and-fourth,
  three-hundred-and-fifty-eighth, three-hundred-and-eighty-eighth,
  four-hundred-and-twenty-first), none with a figure: headings of service pieces („Die
  Ukraine-Gespräche in Genf: Fragen und Antworten“, „Zitate des Tages zu den Genfer
  Gesprächen“, „Analyse: Was von den Genfer Gesprächen bleibt“, "FACTBOX-What is in the EU's
  latest sanctions package against Russia", "ANALYSIS-Geneva shrinks the Ukraine peace plan,
  but not the gaps that matter"), a quote of the day with its speaker in brackets, the
  reaction lead above, an atmosphere label („konstruktiv, offen und ohne Zeitdruck“),
  rhetoric and slogans in quotes (the pairs above, the sociologist's „Die Menschen sind müde
  ...“ and its English twin, the Western diplomat's "Moscow is playing for time ..."), the
  labels above, a verdict with „halten ... für“ (Pölzleitner's „für „äußerst
  unwahrscheinlich““; ninety-eighth) and his reported view told to the APA, the analysis's
  judgment („Übrig geblieben sind ausgerechnet jene Fragen ...“), impressions and moods
  without a figure ("The mood among diplomats leaving the building at dawn ...", „Der
  Andrang der internationalen Medien sei gross“), diplomats' doubts ("Several diplomats in
  Geneva doubted ..."), an estimate without a figure (above), evasions and no-comment lines
  („ließen die Gipfelteilnehmer offen“, "Valloton said she had nothing to announce",
  "Vakhrameyev declined to say whether ...", "Slobodianyk would not say how long ...", "The
  White House had no immediate comment on the bill."; fourteenth, hundred-fifty-ninth), and
  a mood lead in both languages and vox pops without figures (Nadija Prokopenko and Nadiia
  Prokopenko, the student Bohdan; hundred-ninety-third, three-hundred-and-eighty-eighth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_480 = [
    # --- Sondergipfel in Brüssel (dpa), Montag, 12. Oktober ---
    (
        "de",
        "Brüssel (dpa) - Nach 14-stündigen Beratungen auf einem Sondergipfel haben sich die 27 EU-Staaten auf ihr 24. Sanktionspaket gegen Moskau verständigt.",
        True,
        [("duration", 14, "hour", None), ("count", 27, None, None), ("ordinal", 24, None, None)],
        None,
    ),
    (
        "de",
        "Das Paket setzt nach Angaben aus Ratskreisen weitere 118 Tanker der sogenannten Schattenflotte auf die Sanktionsliste, die damit auf 677 Schiffe anwächst.",
        True,
        [("count", 118, None, None), ("count", 677, None, None)],
        None,
    ),
    (
        "de",
        "Zudem werden 46 Personen und 29 Unternehmen mit Einreise- und Vermögenssperren belegt, darunter elf Firmen aus Drittstaaten.",
        True,
        [("count", 46, None, None), ("count", 29, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Den Preisdeckel für russisches Rohöl senkt die EU von 46,80 auf 43,20 Dollar je Barrel.",
        True,
        [("money", 46.8, "USD", None), ("money", 43.2, "USD", None)],
        None,
    ),
    (
        "de",
        "Es ist das 24. Paket seit Beginn der russischen Vollinvasion im Februar 2022.",
        True,
        [("ordinal", 24, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Für die Ukraine beschlossen die Staats- und Regierungschefs außerdem ein Hilfspaket von 52 Milliarden Euro für die kommenden zwei Jahre.",
        True,
        [("money", 52000000000, "EUR", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Ungarn enthielt sich bei der Abstimmung über das Hilfspaket, die Slowakei trug es nach langem Zögern mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 30 Milliarden Euro davon flössen direkt in den ukrainischen Staatshaushalt, sagte die EU-Kommissionspräsidentin.",
        True,
        [("money", 30000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Europa hat heute Nacht gezeigt, dass es nicht müde wird“, sagte die Kommissionspräsidentin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob das eingefrorene Vermögen der russischen Zentralbank für einen Kredit an Kiew angetastet wird, ließen die Gipfelteilnehmer offen.",
        False,
        [],
        None,
    ),
    # --- EU agrees sanctions and aid (Reuters), Oct 12 ---
    (
        "en",
        "BRUSSELS, Oct 12 (Reuters) - European Union leaders agreed a 24th package of sanctions against Russia early on Monday after 14 hours of talks at a special summit in Brussels.",
        True,
        [("date", "--10-12", None, None), ("ordinal", 24, None, None), ("duration", 14, "hour", None)],
        None,
    ),
    (
        "en",
        "It is the bloc's 24th round of sanctions since the Russian invasion of February 2022.",
        True,
        [("ordinal", 24, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Another 118 shadow-fleet tankers go on the EU blacklist, which grows to 677 ships, according to a text seen by Reuters.",
        True,
        [("count", 118, None, None), ("count", 677, None, None)],
        None,
    ),
    (
        "en",
        "The bloc also cut its price cap on Russian crude to $43.20 a barrel from $46.80.",
        True,
        [("money", 43.2, "USD", None), ("money", 46.8, "USD", None)],
        None,
    ),
    (
        "en",
        "Leaders approved 52 billion euros ($60.3 billion) in aid for Ukraine over the next two years, with Hungary abstaining.",
        True,
        [("money", 52000000000, "EUR", None), ("money", 60300000000, "USD", None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", "Slovakia backed the aid package after holding out for most of the night, diplomats said.", True, [], None),
    (
        "en",
        "About 30 billion euros of that will go straight into Ukraine's state budget, the Commission's president told a news conference.",
        True,
        [("money", 30000000000, "EUR", "about")],
        None,
    ),
    ("en", '"We will not let fatigue decide this war," the Commission president said.', False, [], None),
    (
        "en",
        "Commission spokeswoman Aurélie Vandenbossche said the new listings covered 46 people and 29 companies, 11 of them registered outside Russia.",
        True,
        [("count", 46, None, None), ("count", 29, None, None), ("count", 11, None, None)],
        "Aurélie Vandenbossche",
    ),
    (
        "en",
        "Roughly 185 billion euros of Russian central bank assets remain immobilised in the EU, most of them at a clearing house in Belgium.",
        True,
        [("money", 185000000000, "EUR", "about")],
        None,
    ),
    ("en", "Leaders again put off a decision on using those assets to back a loan to Kyiv.", True, [], None),
    (
        "en",
        "The mood among diplomats leaving the building at dawn was one of relief rather than triumph.",
        False,
        [],
        None,
    ),
    ("en", "FACTBOX-What is in the EU's latest sanctions package against Russia", False, [], None),
    # --- Reaktionen aus Wien (APA), 12. Oktober ---
    (
        "de",
        "Wien (APA) - Das Außenministerium in Wien hat die Einigung der EU-Staaten auf neue Sanktionen und Hilfen für die Ukraine begrüßt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Österreich trage zum Hilfspaket nach dem üblichen Schlüssel rund 1,4 Milliarden Euro bei, sagte Außenministeriumssprecherin Magdalena Kogelnig-Rauch.",
        True,
        [("money", 1400000000, "EUR", "about")],
        "Magdalena Kogelnig-Rauch",
    ),
    (
        "de",
        "Der Betrag verteile sich auf die Jahre 2026 und 2027, so die Sprecherin.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Heuer hat Österreich der Ukraine bisher humanitäre Hilfe von 38 Millionen Euro aus dem Auslandskatastrophenfonds zugesagt.",
        True,
        [("money", 38000000, "EUR", None)],
        None,
    ),
    ("de", "Die FPÖ kritisierte das Paket als „Geldverbrennung im Namen der Solidarität“.", False, [], None),
    # --- Schweiz zieht nach (Keystone-SDA), 12. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz wird das 24. Sanktionspaket der EU voraussichtlich innert zwei Wochen übernehmen.",
        True,
        [("ordinal", 24, None, None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Seco-Sprecher Adrian Schnyder-Kälin sagte, derzeit seien in der Schweiz russische Vermögenswerte von 6,9 Mia. Franken gesperrt.",
        True,
        [("money", 6900000000, "CHF", None)],
        "Adrian Schnyder-Kälin",
    ),
    (
        "de",
        "Hinzu kämen rund 7,2 Mia. Franken an Reserven der russischen Zentralbank, die in der Schweiz blockiert seien, so der Sprecher.",
        True,
        [("money", 7200000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Wir wollen nicht, dass die Schweiz zur Drehscheibe für Umgehungsgeschäfte wird», sagte Schnyder-Kälin.",
        False,
        [],
        None,
    ),
    ("de", "Die SVP verurteilte die Übernahme als «schleichende Preisgabe der Neutralität».", False, [], None),
    # --- Envoy heads to Moscow (AP), Oct 12 ---
    (
        "en",
        "WASHINGTON (AP) — U.S. special envoy Thaddeus Merriwell flew to Moscow on Monday for his sixth meeting this year with Russia's president, according to the White House.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    ("en", "It is his sixth trip to Moscow in as many months.", True, [("ordinal", 6, None, None)], None),
    (
        "en",
        "Press secretary Kendra Valloton told reporters Merriwell would carry a revised 16-point plan that Kyiv had seen in full.",
        True,
        [("count", 16, None, None)],
        "Kendra Valloton",
    ),
    (
        "en",
        "The plan ran to 22 points when it was put to both sides in the spring, two administration officials said.",
        True,
        [("count", 22, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Merriwell last met the Russian president in early September, when they spoke for nearly four hours.",
        True,
        [("duration", 4, "hour", "nearly")],
        None,
    ),
    ("en", '"The president wants this war over, and he is tired of waiting," Valloton said.', False, [], None),
    (
        "en",
        "Asked whether the president might meet his Russian counterpart before the end of the year, Valloton said she had nothing to announce.",
        False,
        [],
        None,
    ),
    # --- Sechstes Treffen im Kreml (dpa), Dienstag, 13. Oktober ---
    (
        "de",
        "Moskau (dpa) - Der US-Sondergesandte Thaddeus Merriwell ist am Montagabend vom russischen Präsidenten im Kreml empfangen worden, nach Kreml-Angaben zum sechsten Mal in diesem Jahr.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Nach fünfstündigen Gesprächen sagte Kremlberater Ilja Wachramejew in der Nacht zum Dienstag vor Journalisten, über zwölf der 16 Punkte des amerikanischen Plans bestehe Einigkeit.",
        True,
        [("duration", 5, "hour", None), ("count", 12, None, None), ("count", 16, None, None)],
        "Ilja Wachramejew",
    ),
    (
        "de",
        "Strittig blieben vor allem die Gebietsfrage, das Atomkraftwerk Saporischschja und eine Obergrenze für die ukrainischen Streitkräfte, so der Berater.",
        True,
        [],
        None,
    ),
    ("de", "Das Gespräch sei „konstruktiv, offen und ohne Zeitdruck“ verlaufen, sagte Wachramejew.", False, [], None),
    (
        "de",
        "Dem Treffen war nach Angaben aus Moskau ein gut einstündiges Vier-Augen-Gespräch des Gesandten mit dem Präsidenten vorausgegangen.",
        True,
        [("duration", 1, "hour", "over")],
        None,
    ),
    (
        "de",
        "Der Kremlberater bestätigte zudem, dass die siebte Runde der Dreiergespräche am Dienstag in Genf beginnen soll.",
        True,
        [("ordinal", 7, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Sixth Kremlin meeting (Reuters), Oct 13 ---
    (
        "en",
        "MOSCOW, Oct 13 (Reuters) - Russia's president and U.S. envoy Thaddeus Merriwell talked for five hours at the Kremlin late on Monday, their sixth meeting this year, the Kremlin said.",
        True,
        [("date", "--10-13", None, None), ("duration", 5, "hour", None), ("ordinal", 6, None, None)],
        "the Kremlin",
    ),
    (
        "en",
        "Kremlin aide Ilya Vakhrameyev told reporters that 12 of the 16 points in the U.S. plan had now been agreed.",
        True,
        [("count", 12, None, None), ("count", 16, None, None)],
        "Ilya Vakhrameyev",
    ),
    (
        "en",
        "Before the talks, Merriwell and the president spent more than 60 minutes alone, the Kremlin aide said.",
        True,
        [("duration", 60, "minute", "over")],
        None,
    ),
    ("en", '"We are no longer arguing about commas," Vakhrameyev said.', False, [], None),
    (
        "en",
        "Territory, the Zaporizhzhia nuclear plant and a cap on Ukraine's armed forces were still unresolved, he said.",
        True,
        [],
        None,
    ),
    ("en", "Vakhrameyev declined to say whether Moscow would accept a ceasefire before a final deal.", False, [], None),
    # --- Genf vor der siebten Runde (Keystone-SDA), 13. Oktober ---
    ("de", "Die Ukraine-Gespräche in Genf: Fragen und Antworten", False, [], None),
    (
        "de",
        "Genf (Keystone-SDA) - Stadt und Kanton Genf bieten für die siebte Runde der Dreiergespräche zum Ukraine-Krieg rund 2'600 Polizistinnen und Polizisten auf.",
        True,
        [("ordinal", 7, None, None), ("count", 3, None, None), ("count", 2600, None, "about")],
        None,
    ),
    ("de", "Unterstützt werden sie von bis zu 800 Armeeangehörigen.", True, [("count", 800, None, "up_to")], None),
    (
        "de",
        "Der Bund beteiligt sich mit bis zu 4,8 Mio. Franken an den Sicherheitskosten.",
        True,
        [("money", 4800000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Rund um das Palais des Nations gilt bis Freitagabend eine Flugverbotszone mit einem Radius von 46 Kilometern.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "Es sei das erste Mal, dass dieses Format auf Schweizer Boden tage, sagte EDA-Sprecher Corsin Derungs-Tgetgel.",
        True,
        [("ordinal", 1, None, None)],
        "Corsin Derungs-Tgetgel",
    ),
    ("de", "Der Andrang der internationalen Medien sei gross, sagte ein Sprecher der Stadt.", False, [], None),
    # --- Geneva prepares (AFP), Oct 13 ---
    (
        "en",
        "GENEVA, Oct 13 (AFP) - About 2,600 police officers and up to 800 Swiss soldiers are guarding Geneva for a seventh round of the three-way Ukraine talks.",
        True,
        [
            ("date", "--10-13", None, None),
            ("count", 2600, None, "about"),
            ("count", 800, None, "up_to"),
            ("ordinal", 7, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "A no-fly zone with a radius of 46 kilometres (29 miles) will be in force around the Palais des Nations until Friday night.",
        True,
        [("count", 46, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "en",
        "The Swiss government will cover up to 4.8 million francs ($6 million) of the security costs.",
        True,
        [("money", 4800000, "CHF", "up_to"), ("money", 6000000, "USD", None)],
        None,
    ),
    (
        "en",
        "It is the first time the format has met on Swiss soil, foreign ministry spokesman Corsin Derungs-Tgetgel told reporters.",
        True,
        [("ordinal", 1, None, None)],
        "Corsin Derungs-Tgetgel",
    ),
    ("en", "Ukraine's delegation will number 17, a Ukrainian official said.", True, [("count", 17, None, None)], None),
    (
        "en",
        "The army deployment is the largest for a diplomatic event in Switzerland since 2021, according to the defence ministry.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    # --- Drohnen vor dem Auftakt (dpa), 13. Oktober ---
    (
        "de",
        "Kiew (dpa) - Wenige Stunden vor dem Beginn der Genfer Gespräche hat Russland die Ukraine nach ukrainischen Angaben mit 312 Drohnen und 19 Raketen angegriffen.",
        True,
        [("count", 312, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die Flugabwehr habe 274 Drohnen und 14 Raketen abgeschossen, teilte die ukrainische Luftwaffe mit.",
        True,
        [("count", 274, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "In Charkiw wurden drei Menschen getötet und mindestens 27 verletzt, darunter vier Kinder.",
        True,
        [("count", 3, None, None), ("count", 27, None, "at_least"), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Wer nach Genf fährt und gleichzeitig Charkiw beschießt, meint es nicht ernst“, sagte Präsidialamtssprecherin Marjana Sawyzka.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im September habe Russland mehr als 5.900 Drohnen gegen die Ukraine eingesetzt, sagte die Sprecherin.",
        True,
        [("count", 5900, None, "over")],
        None,
    ),
    # --- Drones before Geneva (AFP), Oct 13 ---
    (
        "en",
        "KYIV, Oct 13 (AFP) - Russia launched 312 drones and 19 missiles at Ukraine overnight, hours before the Geneva talks were due to open, Ukraine's air force said.",
        True,
        [("date", "--10-13", None, None), ("count", 312, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Air defences shot down 274 drones and 14 missiles, the air force said.",
        True,
        [("count", 274, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Three people were killed and at least 27 wounded in Kharkiv, among them four children, regional officials said.",
        True,
        [("count", 3, None, None), ("count", 27, None, "at_least"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"Whoever flies to Geneva while shelling Kharkiv is not serious," presidential spokeswoman Mariana Savytska said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Russia's defence ministry said it had downed 96 Ukrainian drones over seven regions during the same night.",
        True,
        [("count", 96, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "She said Russia had used more than 5,900 drones against Ukraine in September alone.",
        True,
        [("count", 5900, None, "over")],
        None,
    ),
    # --- Auftakt im Palais des Nations (APA/dpa/AFP), Dienstag, 13. Oktober ---
    (
        "de",
        "Genf (APA/dpa/AFP) - Im Palais des Nations hat am Dienstag die siebte Runde der amerikanisch-russisch-ukrainischen Dreiergespräche begonnen.",
        True,
        [("ordinal", 7, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die russische Delegation führt Vizeaußenminister Semjon Ossokin an, die ukrainische Chefunterhändler Ostap Slobodjanyk.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Schweizer Gastgeber haben für die Runde drei Tage eingeplant.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Ostap Slobodjanik sagte vor Beginn der Sitzung, Kiew werde keinen Plan unterschreiben, der die ukrainische Armee entwaffne.",
        True,
        [],
        "Ostap Slobodjanik",
    ),
    ("de", "„Wir verhandeln über Frieden, nicht über eine Kapitulation“, sagte Slobodjanyk.", False, [], None),
    (
        "de",
        "Gut acht Stunden dauerte die Sitzung am ersten Verhandlungstag, wie aus Verhandlungskreisen verlautete.",
        True,
        [("ordinal", 1, None, None), ("duration", 8, "hour", "over")],
        None,
    ),
    (
        "de",
        "Bis Donnerstag sollten alle 16 Punkte auf dem Tisch gelegen haben, sagte Merriwell, der Sondergesandte des US-Präsidenten, nach der ersten Sitzung.",
        True,
        [("count", 16, None, None), ("ordinal", 1, None, None)],
        "Merriwell",
    ),
    ("de", "Ziel sei ein unterschriftsreifer Text bis zum Jahresende, so der Sondergesandte.", True, [], None),
    (
        "de",
        "Merriwell habe beide Delegationsleiter zuvor zu einem 45-minütigen Gespräch gebeten, hieß es aus der US-Delegation.",
        True,
        [("duration", 45, "minute", None)],
        None,
    ),
    (
        "de",
        "Am Abend trafen Ossokin und Slobodjanyk zu einem zweistündigen Zweiergespräch ohne die Amerikaner zusammen.",
        True,
        [("duration", 2, "hour", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die ukrainische Seite legte nach eigenen Angaben eine Liste mit 1.140 Namen von Kindern vor, die nach Russland verschleppt worden seien.",
        True,
        [("count", 1140, None, None)],
        None,
    ),
    # --- Talks open in Geneva (Reuters), Oct 13 ---
    (
        "en",
        "GENEVA, Oct 13 (Reuters) - Envoys from Washington, Moscow and Kyiv sat down at the Palais des Nations on Tuesday for a seventh round of three-way talks scheduled to last three days.",
        True,
        [
            ("date", "--10-13", None, None),
            ("ordinal", 7, None, None),
            ("count", 3, None, None),
            ("duration", 3, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Deputy Foreign Minister Semyon Osokin heads the Russian team, while chief negotiator Ostap Slobodianyk leads Ukraine's.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Ukraine's chief negotiator, Ostap Slobodianyk, told reporters Kyiv would sign nothing that left its army unable to defend the country.",
        True,
        [],
        "Ostap Slobodianyk",
    ),
    ("en", '"We came to negotiate peace, not a surrender," Slobodianyk said.', False, [], None),
    (
        "en",
        "The first day's session ran for more than eight hours, according to a Ukrainian delegate.",
        True,
        [("ordinal", 1, None, None), ("duration", 8, "hour", "over")],
        None,
    ),
    (
        "en",
        '"Twelve points are settled, four are not," said Semyon Osokin, Russia\'s deputy foreign minister.',
        True,
        [("count", 12, None, None), ("count", 4, None, None)],
        "Semyon Osokin",
    ),
    (
        "en",
        "Kyiv handed over a list of 1,140 children it says were deported to Russia, the delegate said.",
        True,
        [("count", 1140, None, None)],
        None,
    ),
    (
        "en",
        "Osokin and Slobodianyk later met without the Americans for two hours.",
        True,
        [("duration", 2, "hour", None)],
        None,
    ),
    (
        "en",
        "Every one of the plan's 16 points should be on the table by Thursday, the U.S. envoy said.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    # --- Kreml zu Gebietsanteilen (Reuters), Mittwoch, 14. Oktober ---
    (
        "de",
        "Moskau (Reuters) - Mehr als ein Fünftel des ukrainischen Staatsgebiets steht nach Darstellung des Kremls inzwischen unter russischer Kontrolle.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Im Gebiet Donezk stünden rund vier Fünftel der Fläche unter russischer Kontrolle, sagte Kremlsprecher Matwei Bykadorow am Mittwoch.",
        True,
        [("fraction", 0.8, None, "about")],
        "Matwei Bykadorow",
    ),
    (
        "de",
        "Das verbleibende Fünftel müsse die ukrainische Armee im Rahmen einer Einigung räumen, so der Kremlsprecher.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    ("de", "„Über die Landkarte verhandelt man nicht gegen die Wirklichkeit“, sagte Bykadorow.", False, [], None),
    (
        "de",
        "Aus Kiew kam Widerspruch: Von Donezk beherrsche Moskau nicht einmal drei Viertel.",
        True,
        [("fraction", 0.75, None, "under")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des ukrainischen Außenministeriums nannte die Angaben aus Moskau „Propaganda mit Landkarte“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Westliche Fachleute schätzen den russisch besetzten Anteil auf rund 18 Prozent der Ukraine, die 2014 annektierte Krim mitgerechnet.",
        True,
        [("percent", 18, "%", "about"), ("year", 2014, None, None)],
        None,
    ),
    # --- Kremlin on Donetsk (AP), Oct 14 ---
    (
        "en",
        "MOSCOW (AP) — Russia now controls more than a fifth of Ukraine's territory and about four-fifths of the Donetsk region, Kremlin spokesman Matvei Bykadorov said Wednesday.",
        True,
        [("fraction", 0.2, None, "over"), ("fraction", 0.8, None, "about")],
        "Matvei Bykadorov",
    ),
    (
        "en",
        "Kyiv would have to withdraw its troops from the remaining fifth as part of any deal, he said.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's presidential office said Russia held less than three-quarters of the Donetsk region.",
        True,
        [("fraction", 0.75, None, "under")],
        None,
    ),
    (
        "en",
        "By Western estimates, Russia occupies about 18% of Ukraine, including Crimea, which it annexed in 2014.",
        True,
        [("percent", 18, "%", "about"), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        'Bykadorov dismissed a question about freezing the current front line as "Western wishful thinking."',
        False,
        [],
        None,
    ),
    # --- Flüchtlinge und Vertriebene (APA), 14. Oktober ---
    (
        "de",
        "Genf/Wien (APA) - Mehr als dreieinhalb Jahre nach Beginn der russischen Vollinvasion sind nach Angaben des UN-Flüchtlingshilfswerks UNHCR weltweit rund 6,1 Millionen Menschen aus der Ukraine als Flüchtlinge registriert.",
        True,
        [("duration", 3.5, "year", "over"), ("count", 6100000, None, "about")],
        None,
    ),
    ("de", "Rund 5,7 Millionen von ihnen leben in Europa.", True, [("count", 5700000, None, "about")], None),
    (
        "de",
        "Innerhalb der Ukraine gelten weitere 3,3 Millionen Menschen als Binnenvertriebene.",
        True,
        [("count", 3300000, None, None)],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Innenministeriums sind in Österreich derzeit rund 71.000 Vertriebene aus der Ukraine gemeldet, knapp 24.000 von ihnen beziehen Grundversorgung.",
        True,
        [("count", 71000, None, "about"), ("count", 24000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Seit 1. Jänner seien 6.300 Menschen aus der Ukraine neu registriert worden, sagte eine Sprecherin des Ministeriums.",
        True,
        [("date", "--01-01", None, None), ("count", 6300, None, None)],
        None,
    ),
    (
        "de",
        "„Die Menschen kommen nicht zurück, solange Drohnen über ihren Städten kreisen“, sagte UNHCR-Sprecherin Solveig Ranheim in Genf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zugleich sei der Winterhilfeplan des UNHCR für die Ukraine erst zu 41 Prozent finanziert, sagte sie.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    # --- UN counts the civilian toll (AFP), Oct 14 ---
    (
        "en",
        "GENEVA, Oct 14 (AFP) - UN monitors said on Wednesday that at least 15,380 civilians had been killed and at least 40,210 injured in Ukraine since February 2022.",
        True,
        [
            ("date", "--10-14", None, None),
            ("count", 15380, None, "at_least"),
            ("count", 40210, None, "at_least"),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Among the dead are at least 812 children, the monitors said.",
        True,
        [("count", 812, None, "at_least")],
        None,
    ),
    (
        "en",
        "Long-range missiles and drones accounted for nearly three-quarters of civilians killed or hurt in September, the mission said.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "en",
        "September was the deadliest month for civilians in 14 months, with 244 killed and 1,190 injured, said Tomás Arriaga-Veldt, head of the monitoring mission.",
        True,
        [("duration", 14, "month", None), ("count", 244, None, None), ("count", 1190, None, None)],
        "Tomás Arriaga-Veldt",
    ),
    ("en", "The real toll is likely to be considerably higher, he added.", False, [], None),
    (
        "en",
        "About 6.1 million Ukrainians are registered as refugees abroad, 5.7 million of them in Europe, UNHCR spokeswoman Solveig Ranheim said.",
        True,
        [("count", 6100000, None, "about"), ("count", 5700000, None, None)],
        "Solveig Ranheim",
    ),
    (
        "en",
        "A further 3.3 million people are displaced inside the country, she said.",
        True,
        [("count", 3300000, None, None)],
        None,
    ),
    (
        "en",
        "The agency's $640 million winter appeal for Ukraine is only 41 percent funded, she said.",
        True,
        [("money", 640000000, "USD", None), ("percent", 41, "%", None)],
        None,
    ),
    # --- Zweiter Verhandlungstag (dpa), 14. Oktober ---
    (
        "de",
        "Genf (dpa) - Moskau und Kiew wollen erneut Gefangene austauschen, darauf verständigten sich die Delegationen am zweiten Verhandlungstag.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Beide Seiten sollen jeweils 400 Kriegsgefangene freilassen, sagte der ukrainische Chefunterhändler Ostap Slobodjanyk.",
        True,
        [("count", 400, None, None)],
        "Ostap Slobodjanyk",
    ),
    ("de", "Es wäre der 82. Austausch seit Kriegsbeginn.", True, [("ordinal", 82, None, None)], None),
    (
        "de",
        "Zudem sollen nach Angaben aus der ukrainischen Delegation 37 Zivilisten heimkehren, darunter zwölf Kinder.",
        True,
        [("count", 37, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Delegationen berieten am Mittwoch knapp zehn Stunden lang, unterbrochen von einem anderthalbstündigen Mittagessen.",
        True,
        [("duration", 10, "hour", "nearly"), ("duration", 1.5, "hour", None)],
        None,
    ),
    (
        "de",
        "„Jeder Name auf dieser Liste ist eine Familie, die wieder atmen kann“, sagte Slobodjanyk.",
        False,
        [],
        None,
    ),
    # --- Swap agreed (Reuters), Oct 14 ---
    (
        "en",
        "GENEVA, Oct 14 (Reuters) - Moscow and Kyiv will each hand over 400 captured soldiers under a deal struck on the second day of the Geneva round, Ukraine's chief negotiator, Ostap Slobodianyk, told reporters.",
        True,
        [("date", "--10-14", None, None), ("ordinal", 2, None, None), ("count", 400, None, None)],
        "Ostap Slobodianyk",
    ),
    ("en", "It would be the 82nd swap since the full-scale invasion began.", True, [("ordinal", 82, None, None)], None),
    ("en", "The exchange is to take place within three days, he said.", True, [("duration", 3, "day", None)], None),
    (
        "en",
        "A one-for-one exchange of 37 civilians, 12 of them children, was also agreed, a Ukrainian official said.",
        True,
        [("count", 37, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The delegations sat for nearly 10 hours on Wednesday, breaking for a 90-minute lunch.",
        True,
        [("duration", 10, "hour", "nearly"), ("duration", 90, "minute", None)],
        None,
    ),
    ("en", "Slobodianyk would not say how long a ceasefire Kyiv was seeking.", False, [], None),
    # --- Moskau bietet Energie-Waffenruhe an (AFP), 14. Oktober ---
    (
        "de",
        "Moskau (AFP) - Russland hat der Ukraine eine 72-Stunden-Waffenruhe für Angriffe auf Energieanlagen angeboten.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Feuerpause könne in der Nacht zum Samstag um Mitternacht beginnen, sagte Kremlsprecher Matwej Bykadorow.",
        True,
        [],
        "Matwej Bykadorow",
    ),
    (
        "de",
        "Eine ähnliche Waffenruhe im Frühjahr hatte nach 19 Tagen geendet, beide Seiten warfen sich Hunderte Verstöße vor.",
        True,
        [("duration", 19, "day", None)],
        None,
    ),
    (
        "de",
        "Kiew fordert stattdessen eine 30-tägige Waffenruhe entlang der gesamten Front.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Präsidialamtssprecherin Sawyzka nannte das Angebot „ein Manöver für die Kameras in Genf“.",
        False,
        [],
        None,
    ),
    # --- Kremlin offers energy truce (AFP), Oct 14 ---
    (
        "en",
        "MOSCOW, Oct 14 (AFP) - Russia offered Ukraine a 72-hour halt to strikes on energy facilities on Wednesday, Kremlin spokesman Matvey Bykadorov said.",
        True,
        [("date", "--10-14", None, None), ("duration", 72, "hour", None)],
        "Matvey Bykadorov",
    ),
    ("en", "The halt could begin at midnight on Friday, he said.", True, [], None),
    (
        "en",
        "A similar truce in the spring collapsed after 19 days amid mutual accusations of hundreds of violations.",
        True,
        [("duration", 19, "day", None)],
        None,
    ),
    (
        "en",
        "Kyiv wants a 30-day ceasefire along the entire front line instead, Ukrainian officials said.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    ("en", 'Savytska called the offer "a stunt for the cameras in Geneva."', False, [], None),
    # --- Britain's sanctions round (Reuters), Oct 14 ---
    (
        "en",
        "LONDON, Oct 14 (Reuters) - Britain imposed sanctions on 94 more shadow fleet vessels on Wednesday, bringing the number of tankers it has designated to more than 560.",
        True,
        [("date", "--10-14", None, None), ("count", 94, None, None), ("count", 560, None, "over")],
        None,
    ),
    (
        "en",
        "The round also targets 21 individuals and 13 entities, among them two refineries in India and a port operator in the United Arab Emirates, according to the Foreign Office.",
        True,
        [("count", 21, None, None), ("count", 13, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Foreign Office spokesman Rupert Calloway-Hinds said the vessels had carried oil worth an estimated 9.4 billion pounds ($12.5 billion) over the past year.",
        True,
        [("money", 9400000000, "GBP", "about"), ("money", 12500000000, "USD", None)],
        "Rupert Calloway-Hinds",
    ),
    ("en", '"The shadow fleet is Moscow\'s lifeline, and we intend to cut it," Calloway-Hinds said.', False, [], None),
    ("en", 'Russia\'s embassy in London called the measures "economic banditry."', False, [], None),
    (
        "en",
        "Finance ministers of the Group of Seven are due to discuss a lower price cap on Russian crude next month.",
        True,
        [],
        None,
    ),
    # --- Umfrage in Kiew (dpa), Donnerstag, 15. Oktober ---
    (
        "de",
        "Kiew (dpa) - Gut sechs von zehn Ukrainerinnen und Ukrainern lehnen Gebietsabtretungen an Russland weiterhin ab.",
        True,
        [("fraction", 0.6, None, "over")],
        None,
    ),
    (
        "de",
        "Jede Abtretung lehnen laut der jüngsten KIIS-Umfrage 62 Prozent der Befragten ab, im Mai hatten noch 70 Prozent so geantwortet.",
        True,
        [("percent", 62, "%", None), ("percent", 70, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden zwischen dem 2. und dem 9. Oktober 1.018 Erwachsene, die Fehlermarge liegt bei höchstens 3,2 Prozentpunkten.",
        True,
        [
            ("date", "--10-02", None, None),
            ("date", "--10-09", None, None),
            ("count", 1018, None, None),
            ("percent", 3.2, "pp", "at_most"),
        ],
        None,
    ),
    (
        "de",
        "Nur etwa jeder Vierte wäre bereit, für einen Frieden auf Teile des Donbass zu verzichten.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Menschen sind müde, aber sie sind nicht bereit aufzugeben“, sagte eine Soziologin des Instituts.",
        False,
        [],
        None,
    ),
    # --- Poll (Reuters), Oct 15 ---
    (
        "en",
        "KYIV, Oct 15 (Reuters) - Sixty-two percent of Ukrainians oppose ceding any land to Moscow, down from 70% in May, a new poll by a Kyiv sociology institute found.",
        True,
        [("date", "--10-15", None, None), ("percent", 62, "%", None), ("percent", 70, "%", None)],
        None,
    ),
    (
        "en",
        "Only about one in four would accept losing parts of the Donbas in return for peace.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Pollsters questioned 1,018 adults from Oct 2 to Oct 9 and give the margin of error as no more than 3.2 percentage points.",
        True,
        [
            ("count", 1018, None, None),
            ("date", "--10-02", None, None),
            ("date", "--10-09", None, None),
            ("percent", 3.2, "pp", "at_most"),
        ],
        None,
    ),
    (
        "en",
        '"People are exhausted, but exhaustion is not the same as surrender," a sociologist at the institute said.',
        False,
        [],
        None,
    ),
    # --- Deutsches Winterpaket (dpa), 15. Oktober ---
    (
        "de",
        "Berlin (dpa) - Für den Winter sagt die Bundesregierung Kiew zusätzliche Hilfen im Wert von 1,9 Milliarden Euro zu.",
        True,
        [("money", 1900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Darin enthalten seien sechs weitere Flugabwehrsysteme und rund 400 Millionen Euro für die Reparatur des Stromnetzes, sagte Regierungssprecher Carsten Bödefeld am Donnerstag.",
        True,
        [("count", 6, None, None), ("money", 400000000, "EUR", "about")],
        "Carsten Bödefeld",
    ),
    ("de", "Der Haushaltsausschuss des Bundestags muss dem Paket noch zustimmen.", True, [], None),
    (
        "de",
        "Deutschland habe der Ukraine seit Februar 2022 damit Hilfen von insgesamt mehr als 50 Milliarden Euro zugesagt, fügte er hinzu.",
        True,
        [("year", 2022, None, None), ("money", 50000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "„Frieden in Genf wird es nur geben, wenn die Ukraine in Charkiw standhält“, sagte Bödefeld.",
        False,
        [],
        None,
    ),
    ("de", "Die Linke sprach von „Aufrüstung unter dem Etikett der Winterhilfe“.", False, [], None),
    # --- Senate aid bill (AP), Oct 15 ---
    (
        "en",
        "WASHINGTON (AP) — A bipartisan group of senators introduced a bill Thursday that would provide $18 billion in military and economic aid to Ukraine over two years.",
        True,
        [("money", 18000000000, "USD", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The measure has 14 co-sponsors, nine Republicans and five Democrats, a Senate aide said.",
        True,
        [("count", 14, None, None), ("count", 9, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Sen. Lowell Pritchard said the bill would also require the administration to brief Congress within 30 days of any deal reached in Geneva.",
        True,
        [("duration", 30, "day", None)],
        "Lowell Pritchard",
    ),
    ("en", '"We are not going to sign off on a peace we have never read," Pritchard said.', False, [], None),
    (
        "en",
        'Pritchard called the administration\'s handling of the talks "diplomacy by press release."',
        False,
        [],
        None,
    ),
    ("en", "The White House had no immediate comment on the bill.", False, [], None),
    # --- UN appeal (AP), Oct 15 ---
    (
        "en",
        "UNITED NATIONS (AP) — The United Nations' humanitarian appeal for Ukraine this year is only 38% funded, with about $1.1 billion received of the $2.9 billion requested, U.N. officials said Thursday.",
        True,
        [("percent", 38, "%", None), ("money", 1100000000, "USD", "about"), ("money", 2900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "About 12.7 million people in Ukraine need humanitarian assistance, down from 14.6 million last year, the officials said.",
        True,
        [("count", 12700000, None, "about"), ("count", 14600000, None, None)],
        None,
    ),
    (
        "en",
        "Funding is down by about a third from last year, the officials said.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Aid convoys reached front-line communities in the Donetsk and Kharkiv regions 61 times in September, OCHA spokesman Jonas Eklöv-Marte said.",
        True,
        [("count", 61, None, None)],
        "Jonas Eklöv-Marte",
    ),
    ("en", '"Humanitarian access cannot wait for a peace deal," Eklöv-Marte said.', False, [], None),
    (
        "en",
        "The Security Council is due to meet on Ukraine again on Oct. 21.",
        True,
        [("date", "--10-21", None, None)],
        None,
    ),
    # --- Letzter Verhandlungstag (APA/dpa/AFP), 15. Oktober ---
    (
        "de",
        "Genf (APA/dpa/AFP) - Nach drei Tagen ist in Genf die siebte Runde der Dreiergespräche ohne Durchbruch in der Gebietsfrage zu Ende gegangen.",
        True,
        [("duration", 3, "day", None), ("ordinal", 7, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bei 13 der 16 Punkte des amerikanischen Plans gebe es nun Einigkeit, sagte Kremlberater Ilja Wachramejew in der Nacht zum Freitag.",
        True,
        [("count", 13, None, None), ("count", 16, None, None)],
        "Ilja Wachramejew",
    ),
    (
        "de",
        "Ilja Wachrameew sagte, über die drei verbleibenden Punkte müssten am Ende die Präsidenten entscheiden.",
        True,
        [("count", 3, None, None)],
        "Ilja Wachrameew",
    ),
    (
        "de",
        "In der fast zwölfstündigen Schlussrunde sei es vor allem um das Atomkraftwerk Saporischschja gegangen, hieß es aus Delegationskreisen.",
        True,
        [("duration", 12, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Bei der Obergrenze für die ukrainische Armee will Moskau höchstens 520.000 Soldaten zulassen, Kiew besteht auf 800.000.",
        True,
        [("count", 520000, None, "at_most"), ("count", 800000, None, None)],
        None,
    ),
    (
        "de",
        "Washington schlägt nach Angaben aus Verhandlungskreisen einen Kompromiss bei 650.000 vor.",
        True,
        [("count", 650000, None, None)],
        None,
    ),
    (
        "de",
        "Ossokin zufolge soll die nächste Runde binnen vier Wochen stattfinden.",
        True,
        [("duration", 4, "week", None)],
        "Ossokin",
    ),
    ("de", "Eine gemeinsame Abschlusserklärung gab es nicht.", True, [], None),
    (
        "de",
        "„Einen Text, den alle unterschreiben können, hatten wir noch nie so greifbar vor uns“, sagte Wachramejew.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ostap Slobodjanik sagte, über ihre Grenzen werde die Ukraine nur per Volksabstimmung entscheiden.",
        True,
        [],
        "Ostap Slobodjanik",
    ),
    # --- Geneva round ends (Reuters), Oct 15 ---
    (
        "en",
        "GENEVA, Oct 15 (Reuters) - The seventh round of three-way talks on Ukraine ended in Geneva on Thursday with 13 of the 16 points in a U.S. plan agreed but no breakthrough on territory, Kremlin aide Ilya Vakhrameyev said.",
        True,
        [
            ("date", "--10-15", None, None),
            ("ordinal", 7, None, None),
            ("count", 3, None, None),
            ("count", 13, None, None),
            ("count", 16, None, None),
        ],
        "Ilya Vakhrameyev",
    ),
    (
        "en",
        "Negotiators met in a 10- to 12-hour session each day, two people briefed on the talks said.",
        True,
        [("duration", 10, "hour", None), ("duration", 12, "hour", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Moscow wants Ukraine's army capped at no more than 520,000 troops and Kyiv insists on 800,000, while Washington has floated 650,000 as a compromise, according to the two people.",
        True,
        [
            ("count", 520000, None, "at_most"),
            ("count", 800000, None, None),
            ("count", 650000, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    ("en", "The delegations issued no joint statement.", True, [], None),
    (
        "en",
        "The next round should be held within four weeks, Russia's delegation head said.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    ("en", "Ukraine would decide on its borders only by referendum, Ukraine's chief negotiator said.", True, [], None),
    (
        "en",
        '"We have never had a text that every side could sign so close at hand," Vakhrameyev said.',
        False,
        [],
        None,
    ),
    ("en", "Several diplomats in Geneva doubted the remaining gaps could be closed before winter.", False, [], None),
    # --- Zitate des Tages (dpa), 15. Oktober ---
    ("de", "Zitate des Tages zu den Genfer Gesprächen", False, [], None),
    (
        "de",
        "„Genf hat uns keinen Frieden gebracht, aber es hat uns einen Text gebracht.“ (Kremlberater Ilja Wachramejew)",
        False,
        [],
        None,
    ),
    # --- Kein Gipfel der Präsidenten (dpa), 15. Oktober ---
    (
        "de",
        "Moskau (dpa) - Der Kreml hat ein Treffen des russischen und des ukrainischen Präsidenten vor einer Einigung auf alle 16 Punkte erneut ausgeschlossen.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "„Ein solches Treffen steht am Ende eines Prozesses, nicht an seinem Anfang“, sagte Kremlsprecher Matwei Bykadorow am Donnerstag.",
        True,
        [],
        "Matwei Bykadorow",
    ),
    (
        "de",
        "Der russische und der amerikanische Präsident telefonierten nach Kreml-Angaben am Abend gut 70 Minuten lang, es war ihr viertes Telefonat in diesem Jahr.",
        True,
        [("duration", 70, "minute", "over"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Präsident in Kiew ist nach Angaben seines Büros zu einem Treffen „an jedem Ort und zu jeder Zeit“ bereit.",
        True,
        [],
        None,
    ),
    # --- No summit yet, Kremlin says (AFP), Oct 15 ---
    (
        "en",
        "MOSCOW, Oct 15 (AFP) - Moscow once more rejected on Thursday any summit of the Russian and Ukrainian presidents until all 16 points of Washington's plan are settled.",
        True,
        [("date", "--10-15", None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        '"Such a meeting comes at the end of a process, not at its start," Kremlin spokesman Matvey Bykadorov said.',
        True,
        [],
        "Matvey Bykadorov",
    ),
    (
        "en",
        "Russia's and the U.S. presidents spoke by phone for more than 70 minutes on Thursday evening, their fourth call this year, according to the Kremlin.",
        True,
        [("duration", 70, "minute", "over"), ("ordinal", 4, None, None)],
        None,
    ),
    # --- Schweiz bietet achte Runde an (Keystone-SDA), Freitag, 16. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz hat angeboten, auch eine achte Runde der Dreiergespräche auszurichten, diesmal in Lausanne.",
        True,
        [("ordinal", 8, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten dafür schätzt der Bund auf rund 3,5 Mio. Franken.",
        True,
        [("money", 3500000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Während der Genfer Runde seien 412 Medienschaffende akkreditiert gewesen, teilte das Eidgenössische Departement für auswärtige Angelegenheiten am Freitag mit.",
        True,
        [("count", 412, None, None)],
        "das Eidgenössische Departement für auswärtige Angelegenheiten",
    ),
    ("de", "«Wir sind Gastgeber, nicht Schiedsrichter», sagte EDA-Sprecher Corsin Derungs-Tgetgel.", False, [], None),
    (
        "de",
        "Gemäss dem Staatssekretariat für Migration haben derzeit rund 63'400 Personen aus der Ukraine den Schutzstatus S.",
        True,
        [("count", 63400, None, "about")],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn kamen gut 11'800 neue Gesuche hinzu, knapp 9 Prozent weniger als in der Vorjahresperiode.",
        True,
        [("count", 11800, None, "over"), ("percent", 9, "%", "nearly")],
        None,
    ),
    # --- Switzerland offers Lausanne (Reuters), Oct 16 ---
    (
        "en",
        "GENEVA, Oct 16 (Reuters) - Switzerland has offered to host an eighth round of the three-way talks in Lausanne, at an estimated cost of about 3.5 million Swiss francs ($4.4 million).",
        True,
        [
            ("date", "--10-16", None, None),
            ("ordinal", 8, None, None),
            ("count", 3, None, None),
            ("money", 3500000, "CHF", "about"),
            ("money", 4400000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "About 63,400 Ukrainians hold Switzerland's protection status S, migration authorities say.",
        True,
        [("count", 63400, None, "about")],
        None,
    ),
    # --- Swap carried out (Reuters), Oct 16 ---
    (
        "en",
        "Russia and Ukraine trade 400 POWs apiece in their 82nd swap",
        True,
        [("count", 400, None, None), ("ordinal", 82, None, None)],
        None,
    ),
    (
        "en",
        "KYIV, Oct 16 (Reuters) - Buses carrying 400 freed Ukrainian soldiers crossed the border on Friday as Moscow got back the same number, two days after the Geneva deal, Ukraine's coordination headquarters for POWs said.",
        True,
        [("date", "--10-16", None, None), ("count", 400, None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Among those returning were 58 seriously wounded soldiers and 37 civilians, including 12 children, human rights commissioner Larysa Hrebeniuk said.",
        True,
        [("count", 58, None, None), ("count", 37, None, None), ("count", 12, None, None)],
        "Larysa Hrebeniuk",
    ),
    (
        "en",
        "More than 8,100 Ukrainians have come home in swaps since February 2022, she said.",
        True,
        [("count", 8100, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    ("en", '"Every one of them is a promise kept," Hrebeniuk said.', False, [], None),
    (
        "en",
        "Russia's defence ministry confirmed the exchange and said the returning soldiers would be treated in military hospitals near Moscow.",
        True,
        [],
        None,
    ),
    # --- Austausch vollzogen (dpa), 16. Oktober ---
    (
        "de",
        "Kiew (dpa) - Moskau und Kiew haben am Freitag wie in Genf vereinbart jeweils 400 Kriegsgefangene übergeben, zwei Tage nach der Einigung.",
        True,
        [("duration", 2, "day", None), ("count", 400, None, None)],
        None,
    ),
    (
        "de",
        "Der Austausch im Format 400 gegen 400 war nach Angaben des Koordinierungsstabs für Kriegsgefangene der 82. seit Beginn der Invasion.",
        True,
        [("count", 400, None, None), ("count", 400, None, None), ("ordinal", 82, None, None)],
        "der Koordinierungsstab für Kriegsgefangene",
    ),
    (
        "de",
        "Zurück in der Ukraine seien nun auch 58 schwer verwundete Soldaten und 37 Zivilisten, sagte Menschenrechtsbeauftragte Larysa Hrebenjuk.",
        True,
        [("count", 58, None, None), ("count", 37, None, None)],
        "Larysa Hrebenjuk",
    ),
    (
        "de",
        "Seit Februar 2022 seien damit mehr als 8.100 Ukrainer aus russischer Gefangenschaft heimgekehrt, so die Menschenrechtsbeauftragte.",
        True,
        [("year", 2022, None, None), ("count", 8100, None, "over")],
        None,
    ),
    # --- APA-Analyse, 16. Oktober ---
    ("de", "Analyse: Was von den Genfer Gesprächen bleibt", False, [], None),
    (
        "de",
        "Wien (APA) - Drei Gesprächsrunden in fünf Monaten haben den amerikanischen Plan von 22 auf 16 Punkte schrumpfen lassen.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 5, "month", None),
            ("count", 22, None, None),
            ("count", 16, None, None),
        ],
        None,
    ),
    (
        "de",
        "Übrig geblieben sind ausgerechnet jene Fragen, an denen sich der Krieg einst entzündet hat.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Russland hat nach Angaben des ukrainischen Generalstabs seit Jahresbeginn knapp 3.100 Quadratkilometer erobert.",
        True,
        [("count", 3100, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Wiener Politologe Gernot Pölzleitner hält eine Einigung vor dem Jahreswechsel für „äußerst unwahrscheinlich“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Moskau spiele auf Zeit, weil es sich im Winter Vorteile an der Front ausrechne, sagte Pölzleitner der APA.",
        False,
        [],
        None,
    ),
    # --- ANALYSIS (Reuters), Oct 16 ---
    ("en", "ANALYSIS-Geneva shrinks the Ukraine peace plan, but not the gaps that matter", False, [], None),
    (
        "en",
        "LONDON, Oct 16 (Reuters) - Three rounds of talks in five months have cut Washington's plan from 22 points to 16.",
        True,
        [
            ("date", "--10-16", None, None),
            ("count", 3, None, None),
            ("duration", 5, "month", None),
            ("count", 22, None, None),
            ("count", 16, None, None),
        ],
        None,
    ),
    (
        "en",
        "What is left is the hardest part: land, the Zaporizhzhia nuclear plant and the size of Ukraine's army.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Russian forces have taken nearly 3,100 square kilometres (1,200 square miles) of Ukrainian territory since January, by Ukrainian military estimates.",
        True,
        [("count", 3100, None, "nearly"), ("count", 1200, None, None)],
        None,
    ),
    (
        "en",
        '"Moscow is playing for time and hoping winter does the negotiating," said a Western diplomat in Geneva.',
        False,
        [],
        None,
    ),
    # --- Stimmen aus Kiew (AFP), 16. Oktober ---
    (
        "de",
        "Kiew (AFP) - In Kiew verfolgen viele Menschen die Nachrichten aus Genf mit einer Mischung aus Hoffnung und Misstrauen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Frieden ist für mich, wenn die Sirenen endlich still sind“, sagt die Rentnerin Nadija Prokopenko.",
        False,
        [],
        None,
    ),
    ("de", "„Genf ist weit weg, die Drohnen sind nah“, sagt der Student Bohdan.", False, [], None),
    # --- Voices from Kyiv (AP), Oct 16 ---
    (
        "en",
        "KYIV, Ukraine (AP) — In Kyiv's cafes and metro stations, the news from Geneva is met mostly with a shrug.",
        False,
        [],
        None,
    ),
    ("en", '"For me peace is when the sirens finally stay silent," said pensioner Nadiia Prokopenko.', False, [], None),
    ("en", '"Geneva is far away, the drones are close," said Bohdan, a student.', False, [], None),
]
