"""Hundred-and-fifty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician is named: heads of state and government and other office-holders who would be
real people appear only by office ("der russische Präsident", "der Kremlchef", "der
US-Präsident", "der ukrainische Präsident", "die EU-Außenbeauftragte", "Russia's president",
"the Russian leader", "the U.S. and Russian presidents", "Ukraine's president"), and the
envoys, aides, negotiators, spokespeople, the senator, the opposition lawmaker and the
pharmacist are invented, spelled as the German and the English services transliterate them
and, for the Kremlin's men and Kyiv's negotiator, spelled differently by the German services
themselves: Gleb Jermolajew (dpa, Reuters German) / Gleb Jermolaew (APA, AFP German) / Gleb
Yermolayev (Reuters) / Gleb Yermolaev (AP, AFP English); Witali Schtschukin (dpa, Reuters
German) / Witalij Schtschukin (APA/AFP) / Vitaly Shchukin (Reuters); Ostap Chluschtschenko
(dpa) / Ostap Hluschtschenko (AFP German, Reuters German, APA/AFP) / Ostap Khlushchenko
(Reuters, AP, AFP English); Arkadi Beljajew / Arkady Belyayev; Lew Dudarew / Lev Dudarev;
Iryna Sawtschuk / Iryna Savchuk; Jan-Hendrik Bröcker (dpa) / Jan-Hendrik Broecker (Reuters);
further Garrett Whitford, Kendra Lassiter, Delia Hargrove, Nadine Perrenoud, Olha Marchenko,
Roman Dziuba, and every unnamed official, diplomat, delegate and pharmacist. Real countries,
cities, bodies, parties, firms and places ("Kreml", "Senatspalast", "Weißes Haus", "Krim",
"Donbass", "Gebiet Donezk", "Saporischschja", "Cherson", "Atomkraftwerk Saporischschja",
"Florida", "Miami", "Hofburg", "Außenministerium", "Neos", "FPÖ", "Linke", "Grüne", "Kiewer
Internationales Institut für Soziologie", "Luftwaffe", "Ukrenergo", "Charkiw", "Sumy",
"Nato", "Abu Dhabi", "Agentur Tass", "Koordinierungsstab für Kriegsgefangene", "Auswärtiger
Ausschuss des Senats", "Euroclear", "Schattenflotte", "Ungarn", "Slowakei", "Genf", "EDA",
"UN"; "the Kremlin", "the White House", "Crimea", "the Donbas", "the Donetsk region",
"Zaporizhzhia", "Kherson", "The Associated Press", "the Kyiv International Institute of
Sociology", "Kharkiv", "Tass", "Euroclear", "the European Union", "Hungary", "Slovakia",
"Geneva", "U.N.") stand for the way wire copy names them; every meeting, plan, point, share,
cap, guarantee, sum, poll, toll, deadline and quote here is invented, and where a real
figure came to mind it was changed.

Its weight: KREMLIN, WHITE HOUSE AND KYIV: ENVOYS' MEETINGS, PEACE PLANS AND WHAT EACH SIDE
SAID AFTERWARDS, as German-language wires (APA, dpa, Reuters German, AFP German) and English
wires (Reuters, AP, AFP) file them - a fictional but wire-realistic series over about six
weeks of one winter (mid-January to late February) in story order, each story told as wire
copy runs it (a dateline lead, the figures, attributed claims, the other side, quotes,
follow-ups), most rounds told first by a German service and then by an English one. About 65
per cent German: the U.S. envoy's eighth meeting with the Kremlin chief and the aide's
account in Konjunktiv I, the Kremlin spokesman on two-thirds of the 26 points, Kyiv waiting
for a briefing, a plan cut to 18 points after talks in Florida, the Kremlin studying it with
a cap on Ukraine's army, Austria's offer to host a summit, a European twelve-point paper and
Moscow's rejection of it, a Kyiv poll, the presidents' fourth call with a three-day pause
offered, strikes despite it, the ninth Kremlin meeting, Kyiv contradicting the Kremlin's
count, the Kremlin refusing a buffer zone, the first three-way talks in Abu Dhabi and the
two sides' versions of them, the envoy before the Senate on guarantees, the Russian economic
envoy's fifth U.S. trip and the frozen reserves, a failed 21st EU sanctions package, the
second three-way round in Geneva on the fourth anniversary of the invasion and how each side
scored it, a referendum pledge and the Kremlin aide's outlook. About 35 per cent English on
the same rounds. Figures as such copy has them: meetings, calls, rounds and trips as
ordinals ("das achte Treffen der beiden", "zum neunten Mal", "ein neuntes Mal", "ihr viertes
Telefonat", "zum dritten Mal binnen eines Monats", "ihre zweite Dreierrunde", "Nach einem
zweiten ... Verhandlungstag", "seiner fünften USA-Reise", "ein 21. Sanktionspaket", "Am
vierten Jahrestag", "their eighth meeting", "for the ninth time", "a ninth meeting", "their
fourth call", "their first three-way meeting", "the third time in a month", "his fifth
trip", "a 21st package", "the fourth anniversary"); hours of talks as compounds and phrases
("dreieinhalbstündigen", "knapp vierstündigen", "knapp sechsstündige", "knapp
achtstündigen", "gut dreistündigen", "Fünf-Stunden-Marathon", "gut zwei Stunden", "gut fünf
Stunden", "mehr als elf Stunden", "three and a half hours", "nearly four hours", "nearly six
hours", "more than two hours", "just over five hours"); plans with numbered points
("26-Punkte-Plan", "18-Punkte-Plan", "Zwölf-Punkte-Papier", "Bei 17 der 26 Punkte", "in 15
von 18 Punkten", "a 26-point peace plan", "a 12-point paper", "11 of the 18 points"); shares
of territory and of people as fractions ("etwa zwei Drittel", "das verbleibende Drittel",
"knapp ein Viertel der Fläche", "dem noch ukrainisch kontrollierten Viertel", "gut die
Hälfte", "Etwa jeder sechste Befragte", "nearly a quarter", "the remaining quarter", "about
one in six", "just over half"); attributed claims in every word order ("sagte der Berater",
"so der Sprecher", "Jermolajew zufolge", "Laut Jermolajew", "Nach Angaben von Beljajew",
"wie das Weiße Haus mitteilte", "teilte der Kreml mit", "told Tass", "told senators"); caps
on troops, buffer zones, guarantees in years, money in euros, dollars and francs, years and
dates. Negatives as such copy has them: atmosphere labels in Konjunktiv I and in English,
no-comment lines, rhetoric and slogans in quotes, accusations, mockery, parties' labels,
open questions, a caveat that the accounts cannot be confirmed, a hope, a forecast, a threat
as Kyiv read it, and vox pops - two of them and two statements carrying figures, labelled.

244 rows (159 German, 85 English), 56 negatives (35 German, 21 English), 188 check-worthy
rows of which 48 carry no figure (37 German, 11 English), 213 expected quantities (99
counts, 37 durations - 17 in hours, 10 in years, 10 in days -, 24 ordinals, 18 dates, 15
fractions, 9 percentages - 8 in %, 1 in percentage points -, 7 amounts of money - 3 EUR, 2
USD, 2 CHF -, 4 years; 8 of them in four negatives, as the seventeenth batch labels a figure
in a negative), 38 checked speakers (24 German, 14 English). Sentences sharing a run of
eight or more words with any file under tests/ (checked by a script that printed only this
batch's sentences, case and punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure, a position or a plan are check-worthy with the speaker their own
  attribution gives ("Bei 17 der 26 Punkte habe man sich verständigt, ..., sagte der
  außenpolitische Berater des Kremlchefs, Gleb Jermolajew, nach dem Treffen vor
  Journalisten." -> "Gleb Jermolajew", the name in apposition with the time and the audience
  dropped, ninety-third and hundred-forty-second; "Von den 26 Punkten des US-Plans seien für
  Moskau etwa zwei Drittel annehmbar, sagte Kremlsprecher Witalij Schtschukin am Freitag."
  -> "Witalij Schtschukin"; "Die Delegationen hätten sich in 15 von 18 Punkten geeinigt,
  sagte der ukrainische Chefunterhändler Ostap Hluschtschenko am Abend." -> "Ostap
  Hluschtschenko"; hundred-fortieth), and with the speaker unchecked after a role or a
  pronoun ("so der Berater", "sagte der Berater", "so der Sprecher", "so der
  Regierungsvertreter", "so der Regierungssprecher", "so der Unterhändler", "sagte der
  Chefunterhändler", "sagte der Kremlsprecher", "sagte der Berater des Kremlchefs", "fügte
  er hinzu", "fügte sie hinzu", "räumte er ein", "he said", "he told reporters";
  thirty-seventh, hundred-fortieth, hundred-forty-second) or without an attribution of its
  own ("Ein Treffen mit dem ukrainischen Präsidenten stehe derzeit nicht auf der
  Tagesordnung.", "Beide Präsidenten hätten sich auf ein neuntes Treffen ... verständigt.";
  ninety-third). Konjunktiv I atmosphere, mockery and a no-comment line are negatives even
  with a named speaker ("Die Unterredung sei „sehr nützlich, sachlich und gehaltvoll“
  gewesen", "Kremlberater Gleb Jermolajew sagte, das Gespräch sei „offen und sachlich“
  verlaufen.", "Was der Westen unter Sicherheitsgarantien verstehe, sei in Moskau „niemandem
  klar“, spottete der Sprecher.", "Zu deren Inhalt wolle sich der Kreml nicht öffentlich
  einlassen.", "Die Europäer wollten den Krieg nur in die Länge ziehen, fügte er hinzu.";
  thirty-first, sixty-eighth, hundred-fortieth).
- What each side said afterwards: both accounts are check-worthy, each with its own speaker
  or none (sixty-eighth, hundred-second: one side's account is a claim) - the Kremlin's "im
  Großen und Ganzen Einvernehmen" on the 18 points and Kyiv's "lediglich elf" of them, the
  Kremlin aide's "broad agreement" and Kyiv's "only 11 of the 18 points", Kyiv's negotiator
  on observers accepted ("Chefunterhändler Ostap Hluschtschenko sagte, ..." -> the name) and
  the Kremlin's "Nach Darstellung des Kremls war davon nie die Rede." (speaker unchecked,
  hundred-forty-second: "nach Darstellung des Kremls"), the deputy foreign minister's reply
  ("Vizeaußenminister Lew Dudarew sagte, ..." -> "Lew Dudarew"), "15 von 18 Punkten" against
  "nur neun Punkten", "15 of the 18 points" against "put the number at nine"
  (hundred-forty-second: "put the figure at 13", unchecked), the Kremlin's claim that the
  pause never began and Kyiv's refusal with its label ("Kiew wies die Darstellung zurück und
  sprach von einer „Lüge, ...“" check-worthy, hundred-sixteenth and hundred-forty-second: a
  refusal of record paired with a label), while "Kyiv called that "a lie that no longer
  surprises anyone."" is a label alone and a negative. A lead that tells of the two versions
  ("haben Moskau und Kiew deren Ergebnisse höchst unterschiedlich dargestellt") is
  check-worthy. New: "Der russische Delegationsleiter Lew Dudarew sprach dagegen von nur
  neun Punkten, über die Einigkeit bestehe." is check-worthy with count 9 and the speaker
  unchecked - "sprach von" heads labels in the negatives ("sprach von einem „Schritt in die
  richtige Richtung“", "die FPÖ sprach von „Wichtigtuerei ...“"; hundred-forty-second), no
  earlier batch settled it as a verb of saying before a figure, and this batch does not
  either.
- Quotes that repeat a figure (the issue: "100 Mal"; hundred-fortieth,
  hundred-forty-second): a precondition repeated "mindestens zwanzigmal" is a position of
  record and check-worthy with its speaker, the repetition counted 20 with the hedge before
  it - „Wir haben mindestens zwanzigmal erklärt: Ohne Abzug aus dem Donbass gibt es keine
  Waffenruhe“, sagte Schtschukin. -> count 20 "at_least", "Schtschukin", and ""We have said
  it at least 20 times: ...," he told reporters." count 20 "at_least", unchecked
  (hundred-forty-second: "mehr als 40 Mal" 40 "over"; the issue's "viermal").
- Meetings, calls, rounds and trips are ordinals (the issue: "das sechste Treffen", "zum
  zweiten Mal"; hundred-fortieth, hundred-forty-second): "das achte Treffen der beiden" and
  "their eighth meeting" 8 ("der beiden" none, "bereits" no hedge), "zum neunten Mal", "ein
  neuntes Mal", "ein neuntes Treffen", "for the ninth time" and "for a ninth meeting" 9,
  "das dritte Treffen der beiden Delegationen binnen eines Monats" 3 and "the third time in
  a month that the two delegations had met" 3 with count 2 (hundred-forty-second: "the third
  meeting between the two delegation heads in a month"), "zum dritten Mal seit Kriegsbeginn"
  and "saß zum dritten Mal mit am Tisch" 3, "ihr viertes Telefonat seit Jahresbeginn" and
  "their fourth call since the start of the year" 4, "seiner fünften USA-Reise" and "his
  fifth trip there" 5, "ein 21. Sanktionspaket" and "a 21st package" 21, "their first
  three-way meeting" 1, "ihre zweite Dreierrunde" and "a second round of three-way talks" 2,
  "Nach einem zweiten, knapp achtstündigen Verhandlungstag" and "a second day of nearly
  eight hours" 2 with 8 hours "nearly", "Am vierten Jahrestag" and "the fourth anniversary"
  4 (twelfth: "zum 30. Jahrestag", "the 80th anniversary"). "Erstmals" and "erstmals" carry
  none (ninety-third).
- Three-way formats are counted: "zu direkten Dreiergesprächen", "Nach den
  Dreiergesprächen", "die Dreiergespräche", "ihre zweite Dreierrunde", "their first
  three-way meeting", "three-way talks" and "Three-way peace talks" count 3, as the
  fourteenth batch counts "Dreiergipfel" and the hundred-third "a four-party coalition" 4;
  "Die drei Delegationen", "alle drei Regierungen", "der drei Präsidenten" and "the three
  presidents" 3 as well. "a 12-member delegation" and "einer zwölfköpfigen Delegation" 12
  (hundred-seventeenth: "einer 22-köpfigen Wirtschaftsdelegation", "The three-member
  panel").
- Hours of talks are durations (the issue: "fünfstündigen Treffen"; hundred-twentieth,
  hundred-twenty-first, hundred-forty-second): "dreieinhalbstündigen" and "three and a half
  hours" 3.5 hours (hundred-twenty-first: "dreieinhalbstündiges"; fifty-first: "six and a
  half hours"), "knapp vierstündigen Beratungen" and "nearly four hours" 4 "nearly", "Das
  knapp sechsstündige Gespräch" and "nearly six hours" 6 "nearly", "knapp achtstündigen" 8
  "nearly", "in einer gut dreistündigen Anhörung" 3 "over" (the hedge before the compound
  bounds its number, hundred-sixteenth), "gut zwei Stunden", "more than two hours", "gut
  fünf Stunden", "just over five hours", "mehr als elf Stunden" and "more than 11 hours"
  "over", "binnen 72 Stunden" 72 hours. New: "zu einem Fünf-Stunden-Marathon" is 5 hours
  with no hedge - the hyphenated compound read as "fünfstündigen" and as "eine
  35-Stunden-Woche" (twelfth) and "eine 37-Stunden-Woche" (hundredth). Days and years: "Die
  zweitägige Runde" and "two days of talks" 2 days, "eine dreitägige Feuerpause", "der
  angekündigten dreitägigen Feuerpause", "a three-day pause" and "a three-day halt" 3 days,
  "Binnen 14 Tagen" and "within 14 days" 14 days (forty-first: "binnen 30 Tagen" no hedge),
  "frühestens 90 Tage nach Unterzeichnung" and "no earlier than 90 days after" 90 days with
  no hedge (fortieth: "frühestens Ende 2026" the year; hundred-fifth: "in 2034 at the
  earliest", "no later than 2031" no hedge); guarantees "für zwölf Jahre" and "for 12 years"
  12 years, "mindestens 20 Jahren", "mindestens 25 Jahre", "at least 20 years" and "at least
  25 years" "at_least"; ages and spans in the vox pops labelled ("nicht vier Jahre gekämpft"
  4 years, "eine 52-jährige Apothekerin" 52, "for two years" 2, "Olha Marchenko, 54," 54).
  None: "binnen eines Monats", "in a month", "seit Jahresbeginn", "since the start of the
  year", "seit dem vergangenen Frühjahr", "since last spring", "im vergangenen Herbst",
  "seit Kriegsbeginn", "kurz vor Weihnachten", "Anfang Dezember", "Ende Februar", "vor Ende
  Februar", "Anfang kommender Woche", "early next week", "next week", "in den kommenden
  Tagen", "within days", "later in the month", "vor dem Sommer", "gegen Mitternacht", "nach
  Mitternacht", "am Donnerstagabend", "in der Nacht auf Dienstag", "overnight", "am Morgen",
  "on Tuesday morning", "Im Dezember", "In December", weekdays (hundred-forty-second).
- Plans with numbered points (the issue: "28-Punkte-Entwurf"; hundred-first,
  hundred-forty-second): "der 26-Punkte-Plan", "Der ursprüngliche 26-Punkte-Plan soll auf 18
  Punkte gestrafft werden", "Über den 18-Punkte-Plan", "Der 18-Punkte-Plan", "Washington's
  26-point plan", "its 26-point peace plan to 18 points", "now 18 points long", "the
  18-point plan" read as written; "Bei 17 der 26 Punkte", "Seventeen of the 26 proposals",
  "Elf der 18 Punkte", "11 of the 18 U.S. points", "in 15 von 18 Punkten", "15 of the 18
  points", "Von den 18 Punkten ... lediglich elf" and "only 11 of the 18 points" two counts
  each (a definite group, forty-first; "lediglich", "only" no hedge); "Bei den übrigen
  sieben" 7 (the elliptic count, hundred-fortieth), "Sieben Punkte" and "Seven points" 7,
  "Bei drei Punkten", "three points", "nur noch drei Fragen" 3 ("nur noch" no hedge), "vor
  allem zwei Punkte" 2, "sieben Änderungswünschen" and "seven amendments" 7; "ein eigenes
  Zwölf-Punkte-Papier", "das europäische Zwölf-Punkte-Papier" and "a 12-point paper" 12
  (hundred-fortieth: "ein Sieben-Punkte-Papier"). "mehrere Änderungswünsche" and "the rest"
  none.
- Shares of territory and of people are fractions (the issue: "ein Fünftel";
  hundred-forty-second): "etwa zwei Drittel" and "about two-thirds" 0.6667 "about", "Über
  das verbleibende Drittel" 0.3333 with no hedge (a share with the definite article,
  hundred-twenty-seventh: "das restliche Drittel"), "knapp ein Viertel der Fläche" and
  "nearly a quarter of the Donetsk region" 0.25 "nearly", "aus dem noch ukrainisch
  kontrollierten Viertel des Gebiets Donezk" and "the remaining quarter of the Donetsk
  region" 0.25 with no hedge, "gut die Hälfte" and "just over half" 0.5 "over"
  (hundred-forty-first: "just over four weeks"), "mehr als die Hälfte der Stimmberechtigten"
  0.5 "over" (first batch: "Mehr als die Hälfte der Wahlberechtigten"), "Knapp zwei Drittel"
  and "Nearly two-thirds" 0.6667 "nearly", "Etwa jeder sechste Befragte" and "About one in
  six respondents" 0.1667 "about" (a share of respondents holding a view is a measured fact,
  hundred-sixteenth; twenty-fourth: "fast jeder siebte"; hundred-twenty-third: "About three
  in four"). New: a sentence-initial "Über" that governs its noun ("Über das verbleibende
  Drittel müsse weiter verhandelt werden", "Über den 18-Punkte-Plan sei ... Einvernehmen
  erzielt worden") is a preposition and no hedge, as "over" before a span is none
  (forty-fifth: "over roughly four years"); "Auch über eine Friedenstruppe von bis zu 30.000
  Mann" keeps only its "bis zu". Percentages: "rund 21 Prozent des ukrainischen
  Staatsgebiets" and "at about 21%" "about", "Im Dezember hatten noch 59 Prozent" and "59%"
  ("noch" no hedge), "zu etwa 85 Prozent" and "about 85% done" "about", "Die restlichen 15
  Prozent" and "the remaining 15%" with no hedge, the poll's "3,4 Prozentpunkten" 3.4 pp
  (hundred-forty-second: "3,3 Prozentpunkten"). The poll rows give "zwischen dem 19. und 24.
  Januar" two dates (the month carried to the first day, hundred-fortieth) and "1.018
  Menschen" 1018; the German lead and its source row and the English "according to a survey
  released on Wednesday" and "according to the Kyiv International Institute of Sociology"
  leave the speaker unchecked (hundred-forty-second: a poll and its institute).
- Troops, zones and other counts (fourth, hundred-fortieth, hundred-forty-second): "einer
  Obergrenze von 550.000 Soldaten" and "capped at 550,000 troops" 550,000 with no hedge (the
  noun and the verb carry the bound, hundred-fifteenth), "noch von 620.000 die Rede" and
  "down from 620,000" 620,000 with no hedge (hundred-forty-second: "up from 11 a week
  earlier"; "noch" no hedge), "mindestens 750.000 Mann" and "at least 750,000" "at_least",
  "von beiderseits 15 Kilometern" and "of 15 kilometres on each side" 15 ("beiderseits", "on
  each side" none, hundred-fortieth), "rund 1.250 Kilometer lang" 1,250 "about", "von bis zu
  30.000 Mann" "up_to", "Bis zu 4.500 unbewaffnete Beobachter" "up_to", "je 193
  Kriegsgefangene" and "each released 193 prisoners of war" 193 ("je", "each" no hedge),
  "163 Drohnen und neun Raketen, 141 Drohnen" and "163 drones and nine missiles", "mehr als
  240.000 Haushalte" and "More than 240,000 households" "over", "rund 210.000 Menschen" and
  "an estimated 210,000 people" "about" (eighty-fourth: "an estimated"), "Rund 6,3
  Millionen" and "About 6.3 million" 6,300,000 "about", "zwei Gesprächsrunden" 2,
  "mindestens zwei weitere Verhandlungsrunden" and "At least two more rounds" 2 "at_least"
  ("weitere", "more" no hedge), "13 Treffen" 13, "weitere 118 Tanker" and "another 118
  vessels" 118, "insgesamt mehr als 640 Schiffe" and "more than 640" "over" ("insgesamt" no
  hedge), "two diplomats who have seen it" and "two people briefed on the proposal" 2
  (hundred-fortieth: "two people briefed on the meeting"), "the two sides" 2
  (hundred-fortieth: "the two men"), and in a negative "von 26 der 27 Mitgliedstaaten" and
  "by 26 of the 27 member states" 26 and 27, labelled. None: "der beiden", "beider Seiten",
  "beiden Seiten", "Beide Präsidenten", "beide Seiten", "both sides" (thirty-first,
  hundred-fortieth), "Ungarn und die Slowakei", "Hungary and Slovakia", "the U.S. and
  Russian presidents", "millions of voters" in a negative (seventeenth: "Dutzende").
- Money in the currency written (every earlier batch): "rund 3,5 Millionen Euro" "about" (an
  estimate: "schätzt das Ministerium" leaves the speaker unchecked, hundred-tenth), "rund
  176 Milliarden Euro" and "About 176 billion euros" 176,000,000,000 EUR "about", "90
  Milliarden Dollar" and "$90 billion" 90,000,000,000 USD, "rund 1,2 Millionen Franken" and
  "about 1.2 million Swiss francs" 1,200,000 CHF "about" (hundred-fortieth: "rund 2,3
  Millionen Franken").
- Years and dates: "der 2014 annektierten Krim" and "seized by Moscow in 2014" 2014, "vom
  Februar 2022" and "that began in February 2022" 2022 (hundred-first); "am 9. März"
  --03-09; Reuters and AFP English datelines with a day ("MOSCOW, Jan 15 (Reuters)",
  "WASHINGTON, Jan 20", "MOSCOW, Jan 22", "BERLIN, Jan 26", "KYIV, Jan 28", "KYIV, Feb 3",
  "MOSCOW, Feb 5", "KYIV, Feb 6 (AFP)", "ABU DHABI, Feb 12", "MOSCOW, Feb 18", "BRUSSELS,
  Feb 23", "GENEVA, Feb 24", "GENEVA, Feb 25 (AFP)", "KYIV, Feb 26", "MOSCOW, Feb 27 (AFP)")
  dates without a year (hundred-forty-second, hundred-fifty-second); dpa, APA, APA/AFP,
  APA/dpa (also with two places, "Kiew/Moskau"), AFP German ("Kiew (AFP) -", "Moskau (AFP)
  -"), Reuters German ("Washington (Reuters) -", "Moskau (Reuters) -", "Genf (Reuters) -")
  and AP ("KYIV, Ukraine (AP) —", "WASHINGTON (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "about", "About", "an
  estimated" "about"; "knapp", "Knapp", "nearly", "Nearly" "nearly"; "gut", "mehr als",
  "more than", "More than", "just over" "over"; "mindestens", "at least", "At least"
  "at_least"; "bis zu", "Bis zu" "up_to". No hedge: "bereits", "lediglich", "only", "nur",
  "nur noch", "noch", "nun", "now", "insgesamt", "Insgesamt", "weitere", "another", "more",
  "je", "each", "beiderseits", "on each side", "binnen", "within", "frühestens", "no earlier
  than", "Obergrenze", "capped at", "down from", "die restlichen", "the remaining", "das
  verbleibende", "Über" and "über" as prepositions.
- Check-worthy without a figure (ninety-third, hundred-sixteenth, hundred-fortieth,
  hundred-forty-second): the Kremlin's rejection of reports of a breakthrough, of a buffer
  zone along the whole front and of the European paper, a summit not on the agenda and no
  date set, the envoy leaving without comment, Kyiv waiting for a briefing and refusing to
  give up land it holds ("sagte Präsidialamtssprecherin Iryna Sawtschuk" -> "Iryna
  Sawtschuk"; "spokeswoman Iryna Savchuk told The Associated Press" -> "Iryna Savchuk", the
  addressee dropped as "told Tass", hundred-fortieth), open points named by Kyiv's
  negotiator ("fügte er hinzu", "he said"), the White House not confirming the offer and its
  English twin (New: a non-confirmation of a named offer is a fact of record and
  check-worthy, while a desk's line that no reply came is a negative, as the fourteenth
  batch made "did not immediately respond to a request for comment" one and this batch keeps
  "did not reply at once when asked for comment"), the Kremlin's personal message, a
  compromise reported "nach dpa-Informationen" and by "two people briefed on the proposal",
  Moscow's refusal of NATO troops, the EU's plan for the money, Hungary and Slovakia
  blocking the package ("hieß es aus Diplomatenkreisen" and "diplomats said" unchecked), the
  referendum announced and the next round planned.
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title, the time and the audience dropped ("Kremlsprecher Witalij Schtschukin am Freitag",
  "Kremlsprecher Witali Schtschukin", "Präsidialamtssprecherin Iryna Sawtschuk",
  "Regierungssprecher Jan-Hendrik Bröcker", "Kremlberater Gleb Jermolaew", "Kremlberater
  Gleb Jermolajew", "Chefunterhändler Ostap Hluschtschenko am Freitag", "der ukrainische
  Chefunterhändler Ostap Hluschtschenko am Abend", "EDA-Sprecherin Nadine Perrenoud";
  hundred-fortieth, hundred-forty-second), the name in apposition after a role ("der
  außenpolitische Berater des Kremlchefs, Gleb Jermolajew"; ninety-third), the surname as
  written ("sagte Schtschukin", "sagte Whitford"; ninety-fifth), "X sagte, ..." opening the
  row with the title dropped ("Chefunterhändler Ostap Hluschtschenko sagte",
  "Vizeaußenminister Lew Dudarew sagte"; hundred-twenty-second), "Jermolaew zufolge",
  "Jermolajew zufolge" and "Laut Jermolajew" the surname (hundred-thirty-first,
  hundred-forty-second), "Nach Angaben von Beljajew" the name (hundred-twenty-fifth), "wie
  das Weiße Haus mitteilte" -> "das Weiße Haus" and "wie das EDA mitteilte" -> "das EDA"
  (hundred-forty-second), "Nach Angaben des Weißen Hauses" -> "das Weiße Haus"
  (ninety-third), "teilte das Außenministerium mit" -> "das Außenministerium"
  (hundred-first), "teilte der Kreml mit" -> "der Kreml" (fifth), "teilte der
  Koordinierungsstab für Kriegsgefangene am Abend mit" -> "der Koordinierungsstab für
  Kriegsgefangene" (hundred-first, hundred-fortieth). English: "Kremlin aide Gleb Yermolayev
  told reporters", "Kremlin aide Gleb Yermolayev said", "Kremlin aide Gleb Yermolaev said",
  "Kremlin aide Gleb Yermolaev told reporters on Friday", "Kremlin spokesman Vitaly Shchukin
  said", "White House press secretary Kendra Lassiter said", "Government spokesman
  Jan-Hendrik Broecker said", "Russian Deputy Foreign Minister Lev Dudarev told Tass" and
  "envoy Garrett Whitford told senators on Monday" the name with the title, the weekday, the
  agency and "told senators" dropped (hundred-fortieth, hundred-forty-second), "Ukraine's
  chief negotiator, Ostap Khlushchenko, said" the name in apposition (hundred-first), "The
  Kremlin said on Thursday" -> "the Kremlin" with the article in lower case and "the White
  House said" -> "the White House" (hundred-fortieth, hundred-fifty-second). Each row's
  spelling of a transliterated name is its speaker (ninety-third, hundred-first,
  hundred-forty-second): "Jermolajew" (dpa, Reuters German) beside "Jermolaew" (APA, AFP
  German), "Witali" (dpa) beside "Witalij" (APA/AFP), "Bröcker" beside Reuters's "Broecker",
  "Yermolayev" (Reuters) beside "Yermolaev" (AP, AFP); dpa's "Chluschtschenko" stands only
  in rows whose speaker is unchecked. Left unchecked (None): roles and pronouns (above, and
  "Dem Sprecher zufolge", "Nach seinen Worten", "Der Wirtschaftsgesandte sagte", "sagte der
  Vizeaußenminister der Agentur Tass", "sagte er in einer Videobotschaft", "The Kremlin's
  spokesman said", "the official said", "He said"; thirty-seventh, hundred-fortieth),
  anonymous and plural sources ("sagte ein Vertreter des Weißen Hauses", "sagte ein
  EU-Diplomat", "sagte ein Sprecher des emiratischen Außenministeriums", "a White House
  official said", "A Kremlin official said", "A Kremlin aide said", "a German government
  spokesman said", "an Emirati foreign ministry spokesman said", "Kremlin officials said",
  "diplomats said", "both sides said", "according to two diplomats who have seen it", "two
  people briefed on the proposal said", "hieß es in Kiew", "hieß es aus der ukrainischen
  Delegation", "hieß es aus Diplomatenkreisen", "hieß es weiter", "nach Angaben aus
  Verhandlungskreisen", "nach Angaben beider Seiten", "nach Kreml-Angaben", "nach eigenen
  Angaben", "nach ukrainischen Angaben", "nach UN-Angaben", "nach dpa-Informationen", "nach
  Darstellung des Kremls"; forty-first, ninety-third, hundred-first, hundred-forty-second),
  sources with an adjective or a possessive ("the Swiss foreign ministry said", "Ukraine's
  presidential office said", "Ukraine's air force said", "Ukraine's chief negotiator said",
  "Ukraine's president said", "Ukraine's coordination headquarters for prisoners of war
  said"; hundred-fortieth), estimates, figures and documents ("Nach westlichen Schätzungen",
  "nach Schätzungen der Gebietsverwaltung", "nach Angaben westlicher Militärexperten",
  "schätzt das Ministerium", "according to Western estimates", "Western estimates show",
  "Western estimates put", "according to local officials", "according to U.N. figures",
  "according to an EU document seen by Reuters"; hundred-second, hundred-fortieth), a
  subject parted from its verb ("Russian economic envoy Arkady Belyayev, who also attended,
  said"; hundred-sixteenth), "put the number at" (above), verbs that are not of saying
  ("wies ... zurück", "zählte", "bestätigte ... nicht") and all negatives, also those with a
  named speaker. New: "wie der Netzbetreiber Ukrenergo mitteilte" and "grid operator
  Ukrenergo said" stay unchecked - a firm behind a descriptive noun is a form no earlier
  batch settled, and this batch does not settle it either.
- Negatives (sixty-eighth, ninety-third, hundred-fourteenth to hundred-fifty-second), four
  of them with figures labelled as the seventeenth batch labels a figure in a negative:
  atmosphere labels in Konjunktiv I and in English ("„sehr nützlich, sachlich und
  gehaltvoll“", "„offen und sachlich“", ""very useful, businesslike and substantive."",
  ""frank and matter-of-fact.""; hundred-fortieth), no-comment lines ("Zu deren Inhalt wolle
  sich der Kreml nicht öffentlich einlassen.", "Welche Punkte das seien, wollte er nicht
  sagen.", "He declined to say which points.", "The White House did not reply at once when
  asked for comment."; fourteenth, twenty-first), rhetoric and slogans in quotes („Land, auf
  dem unsere Soldaten stehen, wird nicht verschenkt“ and its English twin, „Über Europas
  Sicherheit wird nicht ohne Europa entschieden“ and its twin, „Wir sind einem Frieden nie
  so nahe gewesen wie heute“ and its twin, „Der Kreml verhandelt mit der Presse, nicht mit
  uns“ and its twin, „Genf ist heute der Ort, ...“, „Nach solchen Runden erzählt jeder seine
  eigene Geschichte“, „Wir haben Zeit, die Ukraine hat sie nicht“ and its twin, ""Every
  round brings us a step closer, ...""), accusations and mockery without a checkable claim
  ("Die europäischen Hauptstädte versuchten, den Prozess „mit allen Mitteln zu
  hintertreiben“", "Die Europäer sollten „nicht über fremdes Geld verfügen“" and its twin,
  the senator's "„Frieden auf Kosten des Opfers“" and its twin, the Left party's "„als
  Bremser eines Friedens“"; eighty-fourth), labels ("sprach von einem „Schritt in die
  richtige Richtung“", the FPÖ's "„Wichtigtuerei ...“" with the Neos' welcome, the Greens'
  "„überfälligen Schritt“", "„einer Einigung näher als je zuvor“" and its twin, "Kyiv called
  that "a lie ..."", the opposition lawmaker's "a way to shift responsibility onto voters";
  hundred-sixteenth), a readiness line ("Wien stehe „jederzeit und auch kurzfristig“
  bereit"; hundred-forty-second: a reassurance without a step), a warning ("jedes Zögern
  werde in Moskau „als Schwäche gelesen“"), a communiqué's formula with "26 der 27" and "26
  of the 27" labelled (hundred-fortieth), open questions ("Ob der Kreml den kürzeren Entwurf
  akzeptiert, ...", "Ob Moskau einem Gipfel ... zustimmen würde, ...", "Wie die Garantien
  ... durchgesetzt werden sollen, blieb ... offen.", "It was unclear how ...", "Ob die
  Ukraine einem Abzug ... zustimmen könnte, ließ Chluschtschenko ... offen.";
  hundred-twenty-fourth), doubts ("Kritiker bezweifeln, ...", "Critics question whether
  ..."), a hope ("Emirati officials voiced hope ..."; thirtieth), a forecast without a
  figure as a lead ("Der Kreml rechnet nicht mit der Unterzeichnung eines Friedensabkommens
  vor dem Sommer."; hundred-forty-second: "Diplomaten rechnen damit, ..."), a verdict on a
  remark ("In Kiew wurde die Äußerung als unverhohlene Drohung aufgefasst."), the caveat
  that the accounts cannot be confirmed ("Eine unabhängige Bestätigung für die Darstellungen
  aus Moskau und Kiew gab es vorerst nicht."; ninety-third) and vox pops with their figures
  labelled (the 52-year-old pharmacist's four years, Olha Marchenko's two years and her age;
  hundred-fourteenth, hundred-forty-second).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_159 = [
    # --- Der US-Sondergesandte im Kreml (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der US-Sondergesandte Garrett Whitford ist am Donnerstag im Kreml zu einem dreieinhalbstündigen Gespräch mit dem russischen Präsidenten zusammengekommen.",
        True,
        [("duration", 3.5, "hour", None)],
        None,
    ),
    (
        "de",
        "Es war bereits das achte Treffen der beiden seit dem vergangenen Frühjahr.",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    (
        "de",
        "Im Mittelpunkt stand nach Kreml-Angaben der 26-Punkte-Plan, den Washington kurz vor Weihnachten an Moskau und Kiew übermittelt hatte.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Bei 17 der 26 Punkte habe man sich verständigt, bei den übrigen nicht, sagte der außenpolitische Berater des Kremlchefs, Gleb Jermolajew, nach dem Treffen vor Journalisten.",
        True,
        [("count", 17, None, None), ("count", 26, None, None)],
        "Gleb Jermolajew",
    ),
    ("de", "Ein Kompromiss in der Gebietsfrage sei noch nicht gefunden worden, so der Berater.", True, [], None),
    ("de", "Die Unterredung sei „sehr nützlich, sachlich und gehaltvoll“ gewesen, fügte er hinzu.", False, [], None),
    (
        "de",
        "Der Kremlchef habe seinem Gast mehrere Änderungswünsche für Washington mitgegeben, sagte der Berater.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach westlichen Schätzungen hält die russische Armee einschließlich der 2014 annektierten Krim rund 21 Prozent des ukrainischen Staatsgebiets besetzt.",
        True,
        [("year", 2014, None, None), ("percent", 21, "%", "about")],
        None,
    ),
    ("de", "Ein Treffen mit dem ukrainischen Präsidenten stehe derzeit nicht auf der Tagesordnung.", True, [], None),
    (
        "de",
        "Whitford verließ den Kreml gegen Mitternacht Moskauer Zeit, ohne sich vor den wartenden Reportern zu äußern.",
        True,
        [],
        None,
    ),
    # --- Envoy in the Kremlin (Reuters) ---
    (
        "en",
        "MOSCOW, Jan 15 (Reuters) - U.S. special envoy Garrett Whitford spent three and a half hours with Russia's president at the Kremlin on Thursday, their eighth meeting since last spring.",
        True,
        [("date", "--01-15", None, None), ("duration", 3.5, "hour", None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        "The discussion centred on Washington's 26-point plan to end the war, Kremlin aide Gleb Yermolayev told reporters.",
        True,
        [("count", 26, None, None)],
        "Gleb Yermolayev",
    ),
    (
        "en",
        "Seventeen of the 26 proposals suited Moscow and the rest did not, he said, adding that no compromise on territory had been reached.",
        True,
        [("count", 17, None, None), ("count", 26, None, None)],
        None,
    ),
    ("en", 'Yermolayev described the talks as "very useful, businesslike and substantive."', False, [], None),
    (
        "en",
        "Western estimates put the share of Ukraine under Russian occupation at about 21%, counting Crimea, seized by Moscow in 2014.",
        True,
        [("percent", 21, "%", "about"), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "A Kremlin official said there were no plans for now for the Russian leader to sit down with his Ukrainian counterpart.",
        True,
        [],
        None,
    ),
    ("en", "The White House did not reply at once when asked for comment.", False, [], None),
    # --- Der Kreml nach dem Besuch (APA/AFP) ---
    (
        "de",
        "Moskau (APA/AFP) - Der Kreml hat nach dem Besuch des US-Sondergesandten Garrett Whitford Berichte über einen unmittelbar bevorstehenden Durchbruch zurückgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den 26 Punkten des US-Plans seien für Moskau etwa zwei Drittel annehmbar, sagte Kremlsprecher Witalij Schtschukin am Freitag.",
        True,
        [("count", 26, None, None), ("fraction", 0.6667, None, "about")],
        "Witalij Schtschukin",
    ),
    (
        "de",
        "Über das verbleibende Drittel müsse weiter verhandelt werden, so der Sprecher.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Dazu gehörten vor allem zwei Punkte: ein Rückzug der ukrainischen Truppen aus dem Donbass und die künftige Stärke der ukrainischen Armee.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Dem Sprecher zufolge hat der Kremlchef dem US-Präsidenten über den Gesandten eine persönliche Botschaft übermitteln lassen.",
        True,
        [],
        None,
    ),
    ("de", "Zu deren Inhalt wolle sich der Kreml nicht öffentlich einlassen.", False, [], None),
    (
        "de",
        "Jermolaew zufolge will der Kremlchef den Gesandten noch vor Ende Februar ein neuntes Mal empfangen.",
        True,
        [("ordinal", 9, None, None)],
        "Jermolaew",
    ),
    (
        "de",
        "Die europäischen Hauptstädte versuchten, den Prozess „mit allen Mitteln zu hintertreiben“, sagte Schtschukin.",
        False,
        [],
        None,
    ),
    # --- Kiew wartet auf Bericht aus Washington (AFP) ---
    (
        "de",
        "Kiew (AFP) - Die ukrainische Führung will sich erst nach einer Unterrichtung durch Washington zu dem Treffen im Kreml äußern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Man erwarte in den kommenden Tagen einen ausführlichen Bericht des Sondergesandten, sagte Präsidialamtssprecherin Iryna Sawtschuk.",
        True,
        [],
        "Iryna Sawtschuk",
    ),
    (
        "de",
        "Die Ukraine werde keinem Abkommen zustimmen, das ihr den Verzicht auf noch von ihr kontrollierte Gebiete abverlange, fügte sie hinzu.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach ukrainischen Angaben kontrollieren die Streitkräfte im Gebiet Donezk noch knapp ein Viertel der Fläche.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Dort leben nach Schätzungen der Gebietsverwaltung noch rund 210.000 Menschen.",
        True,
        [("count", 210000, None, "about")],
        None,
    ),
    ("de", "„Land, auf dem unsere Soldaten stehen, wird nicht verschenkt“, sagte Sawtschuk.", False, [], None),
    (
        "de",
        "Chefunterhändler Ostap Hluschtschenko soll Anfang kommender Woche mit einer zwölfköpfigen Delegation in die USA reisen, hieß es in Kiew.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    # --- Kyiv waits for briefing (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Ukraine's presidential office said Friday it would wait for a full briefing from Washington before commenting on the U.S. envoy's latest Kremlin visit.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Kyiv will not sign any deal that requires it to give up territory its troops still hold, spokeswoman Iryna Savchuk told The Associated Press.",
        True,
        [],
        "Iryna Savchuk",
    ),
    (
        "en",
        "Ukrainian forces still control nearly a quarter of the Donetsk region, where an estimated 210,000 people remain, according to local officials.",
        True,
        [("fraction", 0.25, None, "nearly"), ("count", 210000, None, "about")],
        None,
    ),
    (
        "en",
        "Chief negotiator Ostap Khlushchenko is expected in the United States early next week at the head of a 12-member delegation.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("en", '"Land where our soldiers stand will not be handed over as a gift," Savchuk said.', False, [], None),
    # --- Gestraffter Plan nach Gesprächen in Florida (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Nach knapp vierstündigen Beratungen mit einer ukrainischen Delegation in Florida hat die US-Regierung eine überarbeitete Fassung ihres Friedensplans angekündigt.",
        True,
        [("duration", 4, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Der ursprüngliche 26-Punkte-Plan soll auf 18 Punkte gestrafft werden, sagte ein Vertreter des Weißen Hauses.",
        True,
        [("count", 26, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Sieben Punkte, die Kiew als unannehmbar bezeichnet hatte, seien gestrichen oder neu gefasst worden, so der Regierungsvertreter.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Der ukrainische Chefunterhändler Ostap Hluschtschenko sprach von einem „Schritt in die richtige Richtung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es sei das dritte Treffen der beiden Delegationen binnen eines Monats gewesen, sagte der Chefunterhändler.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Offen seien weiterhin die Gebietsfrage und die Kontrolle über das Atomkraftwerk Saporischschja, fügte er hinzu.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die gestraffte Fassung soll Moskau binnen 72 Stunden übermittelt werden.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    ("de", "Ob der Kreml den kürzeren Entwurf akzeptiert, gilt in Washington als offen.", False, [], None),
    # --- Plan trimmed after Florida talks (Reuters) ---
    (
        "en",
        "WASHINGTON, Jan 20 (Reuters) - The United States will trim its 26-point peace plan to 18 points after nearly four hours of talks with Ukrainian negotiators in Florida, a White House official said on Tuesday.",
        True,
        [
            ("date", "--01-20", None, None),
            ("count", 26, None, None),
            ("count", 18, None, None),
            ("duration", 4, "hour", "nearly"),
        ],
        None,
    ),
    (
        "en",
        "Seven points Kyiv had called unacceptable were dropped or rewritten, the official said.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's chief negotiator, Ostap Khlushchenko, said the Florida session was the third time in a month that the two delegations had met.",
        True,
        [("ordinal", 3, None, None), ("count", 2, None, None)],
        "Ostap Khlushchenko",
    ),
    (
        "en",
        'He called the changes "a step in the right direction" but said territory and the Zaporizhzhia nuclear plant were still unresolved.',
        True,
        [],
        None,
    ),
    (
        "en",
        'White House press secretary Kendra Lassiter said the shorter text would go to Moscow "within days."',
        True,
        [],
        "Kendra Lassiter",
    ),
    # --- Kreml prüft neuen Entwurf (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der Kreml hat nach eigenen Angaben die gestraffte Fassung des US-Friedensplans erhalten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Text umfasse nun 18 Punkte und werde derzeit geprüft, sagte Kremlsprecher Witali Schtschukin.",
        True,
        [("count", 18, None, None)],
        "Witali Schtschukin",
    ),
    ("de", "Mit einer Antwort sei nicht vor Ende kommender Woche zu rechnen, so der Sprecher.", True, [], None),
    (
        "de",
        "„Wir haben mindestens zwanzigmal erklärt: Ohne Abzug aus dem Donbass gibt es keine Waffenruhe“, sagte Schtschukin.",
        True,
        [("count", 20, None, "at_least")],
        "Schtschukin",
    ),
    (
        "de",
        "Moskau bestehe zudem auf einer Obergrenze von 550.000 Soldaten für die ukrainische Armee.",
        True,
        [("count", 550000, None, None)],
        None,
    ),
    (
        "de",
        "Im ursprünglichen Plan war noch von 620.000 die Rede gewesen, Kiew will mindestens 750.000 Mann unter Waffen halten.",
        True,
        [("count", 620000, None, None), ("count", 750000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Was der Westen unter Sicherheitsgarantien verstehe, sei in Moskau „niemandem klar“, spottete der Sprecher.",
        False,
        [],
        None,
    ),
    # --- Kremlin studies revised plan (Reuters) ---
    (
        "en",
        "MOSCOW, Jan 22 (Reuters) - The Kremlin said on Thursday it had received a revised U.S. peace plan, now 18 points long, and was studying it.",
        True,
        [("date", "--01-22", None, None), ("count", 18, None, None)],
        "the Kremlin",
    ),
    (
        "en",
        "Kremlin spokesman Vitaly Shchukin said a response should not be expected before the end of next week.",
        True,
        [],
        "Vitaly Shchukin",
    ),
    (
        "en",
        '"We have said it at least 20 times: no ceasefire without a withdrawal from the Donbas," he told reporters.',
        True,
        [("count", 20, None, "at_least")],
        None,
    ),
    (
        "en",
        "Moscow wants Ukraine's army capped at 550,000 troops, down from 620,000 in the original draft, while Kyiv insists on at least 750,000.",
        True,
        [("count", 550000, None, None), ("count", 620000, None, None), ("count", 750000, None, "at_least")],
        None,
    ),
    (
        "en",
        'Shchukin said it was "not clear to anyone in Moscow" what the West meant by security guarantees.',
        False,
        [],
        None,
    ),
    # --- Österreich bietet sich als Gastgeber an (APA) ---
    (
        "de",
        "Wien (APA) - Österreich hat sich zum dritten Mal seit Kriegsbeginn als Gastgeber für ein Treffen der Präsidenten Russlands, der Ukraine und der USA angeboten.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ein entsprechendes Schreiben sei am Donnerstag an alle drei Regierungen verschickt worden, teilte das Außenministerium mit.",
        True,
        [("count", 3, None, None)],
        "das Außenministerium",
    ),
    ("de", "Wien stehe „jederzeit und auch kurzfristig“ bereit, hieß es weiter.", False, [], None),
    (
        "de",
        "In der Hofburg haben seit Kriegsbeginn bereits zwei Gesprächsrunden auf Expertenebene stattgefunden.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten eines Gipfels schätzt das Ministerium auf rund 3,5 Millionen Euro.",
        True,
        [("money", 3500000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Neos begrüßten das Angebot, die FPÖ sprach von „Wichtigtuerei auf Kosten der Steuerzahler“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob Moskau einem Gipfel in einem EU-Staat zustimmen würde, gilt in Wiener Diplomatenkreisen als fraglich.",
        False,
        [],
        None,
    ),
    # --- Europäer legen eigenes Papier vor (dpa) ---
    (
        "de",
        "Berlin (dpa) - Deutschland, Frankreich und Großbritannien haben dem US-Friedensplan ein eigenes Zwölf-Punkte-Papier an die Seite gestellt.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Das Papier sieht nach dpa-Informationen Sicherheitsgarantien für die Dauer von mindestens 20 Jahren vor.",
        True,
        [("duration", 20, "year", "at_least")],
        None,
    ),
    ("de", "Eine Obergrenze für die ukrainische Armee enthält es nicht.", True, [], None),
    (
        "de",
        "Elf der 18 Punkte des US-Entwurfs würden im Kern mitgetragen, sagte Regierungssprecher Jan-Hendrik Bröcker.",
        True,
        [("count", 11, None, None), ("count", 18, None, None)],
        "Jan-Hendrik Bröcker",
    ),
    (
        "de",
        "Bei den übrigen sieben gebe es erheblichen Gesprächsbedarf, so der Regierungssprecher.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    ("de", "„Über Europas Sicherheit wird nicht ohne Europa entschieden“, sagte Bröcker.", False, [], None),
    (
        "de",
        "Die Linke warf der Bundesregierung vor, sich „als Bremser eines Friedens“ in Szene zu setzen.",
        False,
        [],
        None,
    ),
    ("de", "Die Grünen nannten das Papier einen „überfälligen Schritt“.", False, [], None),
    # --- Europeans draft own paper (Reuters) ---
    (
        "en",
        "BERLIN, Jan 26 (Reuters) - Germany, France and Britain have drawn up a 12-point paper of their own to sit alongside the U.S. peace plan, a German government spokesman said on Monday.",
        True,
        [("date", "--01-26", None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The European text calls for security guarantees lasting at least 20 years and sets no cap on Ukraine's armed forces, according to two diplomats who have seen it.",
        True,
        [("duration", 20, "year", "at_least"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Government spokesman Jan-Hendrik Broecker said Berlin backed 11 of the 18 U.S. points in substance.",
        True,
        [("count", 11, None, None), ("count", 18, None, None)],
        "Jan-Hendrik Broecker",
    ),
    ("en", '"Europe\'s security will not be decided without Europe," Broecker said.', False, [], None),
    # --- Moskau weist europäisches Papier zurück (AFP) ---
    (
        "de",
        "Moskau (AFP) - Russland hat das europäische Zwölf-Punkte-Papier zum Ukraine-Krieg als „nicht verhandelbar“ zurückgewiesen.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Das Papier sei in Moskau nicht einmal offiziell eingegangen, sagte Kremlberater Gleb Jermolaew.",
        True,
        [],
        "Gleb Jermolaew",
    ),
    ("de", "Verhandelt werde ausschließlich mit Washington, so der Berater.", True, [], None),
    ("de", "Die Europäer wollten den Krieg nur in die Länge ziehen, fügte er hinzu.", False, [], None),
    (
        "de",
        "Schon Anfang Dezember hatte der Kreml erklärt, europäische Vorschläge grundsätzlich nicht zu prüfen.",
        True,
        [],
        None,
    ),
    # --- Umfrage in Kiew (dpa) ---
    (
        "de",
        "Kiew (dpa) - Knapp zwei Drittel der Ukrainerinnen und Ukrainer lehnen einen Rückzug der Armee aus dem Donbass als Preis für eine Waffenruhe ab.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus einer Telefonumfrage des Kiewer Internationalen Instituts für Soziologie, die am Mittwoch erschien.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Etwa jeder sechste Befragte hielt einen solchen Schritt für annehmbar, der Rest war unentschieden.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    ("de", "Im Dezember hatten noch 59 Prozent einen Rückzug abgelehnt.", True, [("percent", 59, "%", None)], None),
    (
        "de",
        "Befragt wurden zwischen dem 19. und 24. Januar 1.018 Menschen am Telefon, die Fehlermarge liegt bei 3,4 Prozentpunkten.",
        True,
        [
            ("date", "--01-19", None, None),
            ("date", "--01-24", None, None),
            ("count", 1018, None, None),
            ("percent", 3.4, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "„Wir haben nicht vier Jahre gekämpft, um am Ende das Land herzugeben“, sagte eine 52-jährige Apothekerin in Kiew.",
        False,
        [("duration", 4, "year", None), ("duration", 52, "year", None)],
        None,
    ),
    # --- Kyiv poll (Reuters) ---
    (
        "en",
        "KYIV, Jan 28 (Reuters) - Nearly two-thirds of Ukrainians reject pulling troops out of the Donbas as the price of a ceasefire, according to a survey released on Wednesday.",
        True,
        [("date", "--01-28", None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "About one in six respondents said such a move would be acceptable, according to the Kyiv International Institute of Sociology.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    ("en", "In December, 59% had rejected a withdrawal.", True, [("percent", 59, "%", None)], None),
    (
        "en",
        '"My son has been at the front for two years. I want him home, but not like this," said Olha Marchenko, 54, a pharmacist in Kyiv.',
        False,
        [("duration", 2, "year", None), ("duration", 54, "year", None)],
        None,
    ),
    # --- Telefonat der Präsidenten (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Der US-Präsident und der Kremlchef haben am Freitag gut zwei Stunden miteinander telefoniert.",
        True,
        [("duration", 2, "hour", "over")],
        None,
    ),
    (
        "de",
        "Es war ihr viertes Telefonat seit Jahresbeginn, wie das Weiße Haus mitteilte.",
        True,
        [("ordinal", 4, None, None)],
        "das Weiße Haus",
    ),
    (
        "de",
        "Beide Präsidenten hätten sich auf ein neuntes Treffen des Sondergesandten mit dem Kremlchef in der kommenden Woche verständigt.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    ("de", "Kremlberater Gleb Jermolajew sagte, das Gespräch sei „offen und sachlich“ verlaufen.", False, [], None),
    (
        "de",
        "Jermolajew zufolge bot der Kremlchef eine dreitägige Feuerpause für Angriffe auf Energieanlagen an.",
        True,
        [("duration", 3, "day", None)],
        "Jermolajew",
    ),
    ("de", "Das Weiße Haus bestätigte das Angebot zunächst nicht.", True, [], None),
    # --- Presidents' call (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The U.S. and Russian presidents spoke by phone for more than two hours on Friday, their fourth call since the start of the year, the White House said.",
        True,
        [("duration", 2, "hour", "over"), ("ordinal", 4, None, None)],
        "the White House",
    ),
    (
        "en",
        "Kremlin aide Gleb Yermolaev said the Russian leader had offered a three-day pause in strikes on energy facilities.",
        True,
        [("duration", 3, "day", None)],
        "Gleb Yermolaev",
    ),
    ("en", "The White House did not confirm the offer.", True, [], None),
    (
        "en",
        "He said the U.S. envoy would return to Moscow next week for a ninth meeting with the Russian leader.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    ("en", 'He described the conversation as "frank and matter-of-fact."', False, [], None),
    # --- Angriffe trotz angekündigter Feuerpause (APA/dpa) ---
    (
        "de",
        "Kiew (APA/dpa) - Ungeachtet der angekündigten dreitägigen Feuerpause hat Russland in der Nacht auf Dienstag erneut Energieanlagen in der Ukraine angegriffen.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Die ukrainische Luftwaffe zählte nach eigenen Angaben 163 Drohnen und neun Raketen, 141 Drohnen seien abgeschossen worden.",
        True,
        [("count", 163, None, None), ("count", 9, None, None), ("count", 141, None, None)],
        None,
    ),
    (
        "de",
        "In den Gebieten Charkiw und Sumy waren am Morgen mehr als 240.000 Haushalte ohne Strom, wie der Netzbetreiber Ukrenergo mitteilte.",
        True,
        [("count", 240000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Feuerpause habe nie begonnen, weil Kiew seinerseits russische Raffinerien angegriffen habe, sagte der Kremlsprecher.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kiew wies die Darstellung zurück und sprach von einer „Lüge, die niemanden mehr überrascht“.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine unabhängige Bestätigung für die Darstellungen aus Moskau und Kiew gab es vorerst nicht.",
        False,
        [],
        None,
    ),
    # --- Strikes despite truce offer (Reuters) ---
    (
        "en",
        "KYIV, Feb 3 (Reuters) - Russia launched 163 drones and nine missiles at Ukraine overnight, days after its president offered a three-day halt to strikes on energy facilities, Ukraine's air force said.",
        True,
        [
            ("date", "--02-03", None, None),
            ("count", 163, None, None),
            ("count", 9, None, None),
            ("duration", 3, "day", None),
        ],
        None,
    ),
    (
        "en",
        "More than 240,000 households in the Kharkiv and Sumy regions were without power on Tuesday morning, grid operator Ukrenergo said.",
        True,
        [("count", 240000, None, "over")],
        None,
    ),
    (
        "en",
        "The Kremlin's spokesman said the pause had never taken effect because Ukraine had struck Russian refineries.",
        True,
        [],
        None,
    ),
    ("en", 'Kyiv called that "a lie that no longer surprises anyone."', False, [], None),
    # --- Neuntes Treffen im Kreml (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der US-Sondergesandte Garrett Whitford ist zum neunten Mal mit dem Kremlchef zusammengetroffen.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Das knapp sechsstündige Gespräch im Senatspalast endete erst nach Mitternacht, teilte der Kreml mit.",
        True,
        [("duration", 6, "hour", "nearly")],
        "der Kreml",
    ),
    (
        "de",
        "Auch der russische Sondergesandte für Wirtschaftsfragen, Arkadi Beljajew, saß zum dritten Mal mit am Tisch.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Über den 18-Punkte-Plan sei im Großen und Ganzen Einvernehmen erzielt worden, sagte Kremlberater Gleb Jermolajew.",
        True,
        [("count", 18, None, None)],
        "Gleb Jermolajew",
    ),
    (
        "de",
        "Bei drei Punkten lägen die Positionen aber weiterhin weit auseinander, so der Berater.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "Welche Punkte das seien, wollte er nicht sagen.", False, [], None),
    (
        "de",
        "Der Wirtschaftsgesandte sagte, Russland und die USA hätten auch über gemeinsame Projekte in der Arktis und im Energiesektor gesprochen.",
        True,
        [],
        None,
    ),
    ("de", "Ein Termin für ein Gipfeltreffen wurde nach Angaben beider Seiten nicht vereinbart.", True, [], None),
    ("de", "„Wir sind einem Frieden nie so nahe gewesen wie heute“, sagte Beljajew.", False, [], None),
    # --- Ninth Kremlin meeting (Reuters) ---
    (
        "en",
        "MOSCOW, Feb 5 (Reuters) - U.S. envoy Garrett Whitford met Russia's president for the ninth time on Thursday in talks lasting nearly six hours, Kremlin officials said.",
        True,
        [("date", "--02-05", None, None), ("ordinal", 9, None, None), ("duration", 6, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Kremlin aide Gleb Yermolayev said broad agreement had been reached on the 18-point plan, but the two sides remained far apart on three points.",
        True,
        [("count", 18, None, None), ("count", 2, None, None), ("count", 3, None, None)],
        "Gleb Yermolayev",
    ),
    ("en", "He declined to say which points.", False, [], None),
    (
        "en",
        "Russian economic envoy Arkady Belyayev, who also attended, said the sides had discussed joint projects in the Arctic and in energy.",
        True,
        [],
        None,
    ),
    ("en", '"We have never been closer to peace than today," Belyayev said.', False, [], None),
    ("en", "No date was set for a summit, both sides said.", True, [], None),
    # --- Kiew widerspricht dem Kreml (AFP) ---
    (
        "de",
        "Kiew (AFP) - Die Ukraine hat die Darstellung des Kremls zurückgewiesen, wonach über den US-Friedensplan weitgehend Einigkeit herrsche.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den 18 Punkten seien mit Kiew bisher lediglich elf abgestimmt, sagte Chefunterhändler Ostap Hluschtschenko am Freitag.",
        True,
        [("count", 18, None, None), ("count", 11, None, None)],
        "Ostap Hluschtschenko",
    ),
    (
        "de",
        "Ungeklärt seien vor allem der Donbass, das Atomkraftwerk Saporischschja und die Frage, wer eine Waffenruhe überwacht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kiew schlägt eine entmilitarisierte Zone von beiderseits 15 Kilometern entlang der Frontlinie vor.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Moskau verlangt dagegen den vollständigen Abzug aus dem noch ukrainisch kontrollierten Viertel des Gebiets Donezk.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "„Der Kreml verhandelt mit der Presse, nicht mit uns“, sagte Hluschtschenko.", False, [], None),
    # --- Kyiv contradicts Kremlin (AFP) ---
    (
        "en",
        "KYIV, Feb 6 (AFP) - Ukraine's chief negotiator said on Friday that only 11 of the 18 points in the U.S. plan had been agreed with Kyiv, contradicting the Kremlin's account.",
        True,
        [("date", "--02-06", None, None), ("count", 11, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "He said Kyiv had proposed a demilitarised zone of 15 kilometres on each side of the front line.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Moscow wants Ukrainian forces to leave the remaining quarter of the Donetsk region that Kyiv still holds.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("en", '"The Kremlin negotiates with the press, not with us," Khlushchenko said.', False, [], None),
    # --- Kreml lehnt Pufferzone ab (Reuters) ---
    (
        "de",
        "Moskau (Reuters) - Der Kreml hat den ukrainischen Vorschlag einer entmilitarisierten Zone entlang der gesamten Front abgelehnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine solche Zone komme nur auf dem Gebiet in Frage, das Kiew räumen müsse, sagte der Kremlsprecher.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Front ist nach Angaben westlicher Militärexperten rund 1.250 Kilometer lang.",
        True,
        [("count", 1250, None, "about")],
        None,
    ),
    (
        "de",
        "Auch über eine Friedenstruppe von bis zu 30.000 Mann, wie sie Paris und London vorschlagen, gebe es keine Einigung, so der Sprecher.",
        True,
        [("count", 30000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Soldaten aus Nato-Staaten werde Russland auf ukrainischem Boden nicht dulden, fügte er hinzu.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf die Frage nach einem Zeitplan sagte Schtschukin nur, Eile sei „ein schlechter Ratgeber“.",
        False,
        [],
        None,
    ),
    # --- Erste Dreiergespräche in Abu Dhabi (dpa) ---
    (
        "de",
        "Abu Dhabi (dpa) - Erstmals seit Beginn der US-Vermittlung haben sich Unterhändler der USA, Russlands und der Ukraine zu direkten Dreiergesprächen getroffen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die zweitägige Runde in einem Hotel der emiratischen Hauptstadt endete am Donnerstagabend.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Insgesamt hätten die Delegationen mehr als elf Stunden am Verhandlungstisch gesessen, sagte ein Sprecher des emiratischen Außenministeriums.",
        True,
        [("duration", 11, "hour", "over")],
        None,
    ),
    (
        "de",
        "Die drei Delegationen wurden von Whitford, Chluschtschenko und dem russischen Vizeaußenminister Lew Dudarew geleitet.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Binnen 14 Tagen solle eine Arbeitsgruppe zur Überwachung einer Waffenruhe eingesetzt werden, sagte der Vizeaußenminister der Agentur Tass.",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    ("de", "Die Gespräche seien „schwierig, aber notwendig“ gewesen, fügte er hinzu.", False, [], None),
    (
        "de",
        "Die nächste Runde ist nach Angaben aus Verhandlungskreisen für Ende Februar in Genf geplant.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zum Abschluss tauschten beide Seiten je 193 Kriegsgefangene aus, teilte der Koordinierungsstab für Kriegsgefangene am Abend mit.",
        True,
        [("count", 193, None, None)],
        "der Koordinierungsstab für Kriegsgefangene",
    ),
    # --- First three-way talks (Reuters) ---
    (
        "en",
        "ABU DHABI, Feb 12 (Reuters) - U.S., Russian and Ukrainian negotiators wrapped up two days of talks in Abu Dhabi on Thursday, their first three-way meeting since Washington began mediating.",
        True,
        [
            ("date", "--02-12", None, None),
            ("duration", 2, "day", None),
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The delegations spent more than 11 hours at the table, an Emirati foreign ministry spokesman said.",
        True,
        [("duration", 11, "hour", "over")],
        None,
    ),
    (
        "en",
        "Russian Deputy Foreign Minister Lev Dudarev told Tass the sides had agreed to set up a working group on monitoring a ceasefire within 14 days.",
        True,
        [("duration", 14, "day", None)],
        "Lev Dudarev",
    ),
    (
        "en",
        "Ukraine and Russia each released 193 prisoners of war at the end of the talks, Ukraine's coordination headquarters for prisoners of war said.",
        True,
        [("count", 193, None, None)],
        None,
    ),
    (
        "en",
        '"Every round brings us a step closer, but the hardest steps are still ahead," Khlushchenko said after the talks.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Emirati officials voiced hope that the process would move on to Geneva later in the month.",
        False,
        [],
        None,
    ),
    # --- Zwei Versionen nach Abu Dhabi (APA/AFP) ---
    (
        "de",
        "Kiew/Moskau (APA/AFP) - Nach den Dreiergesprächen in Abu Dhabi haben Moskau und Kiew deren Ergebnisse höchst unterschiedlich dargestellt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Chefunterhändler Ostap Hluschtschenko sagte, Russland habe erstmals einer Überwachung einer Waffenruhe durch internationale Beobachter zugestimmt.",
        True,
        [],
        "Ostap Hluschtschenko",
    ),
    ("de", "Nach Darstellung des Kremls war davon nie die Rede.", True, [], None),
    (
        "de",
        "Vizeaußenminister Lew Dudarew sagte, die Überwachung sei allein Sache Russlands und der Ukraine.",
        True,
        [],
        "Lew Dudarew",
    ),
    (
        "de",
        "Bis zu 4.500 unbewaffnete Beobachter hatte Kiew in Abu Dhabi vorgeschlagen, hieß es aus der ukrainischen Delegation.",
        True,
        [("count", 4500, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Nach solchen Runden erzählt jeder seine eigene Geschichte“, sagte ein westlicher Diplomat in Wien.",
        False,
        [],
        None,
    ),
    # --- Whitford vor dem Senat (dpa) ---
    (
        "de",
        "Washington (dpa) - Der US-Sondergesandte Garrett Whitford hat vor dem Auswärtigen Ausschuss des Senats in einer gut dreistündigen Anhörung über den Stand der Gespräche Auskunft gegeben.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    (
        "de",
        "Der 18-Punkte-Plan sehe Sicherheitsgarantien der USA für zwölf Jahre vor, mit der Möglichkeit einer Verlängerung, sagte Whitford.",
        True,
        [("count", 18, None, None), ("duration", 12, "year", None)],
        "Whitford",
    ),
    (
        "de",
        "Kiew hatte Garantien für mindestens 25 Jahre gefordert.",
        True,
        [("duration", 25, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Nach seinen Worten ist der Plan inzwischen zu etwa 85 Prozent ausverhandelt.",
        True,
        [("percent", 85, "%", "about")],
        None,
    ),
    (
        "de",
        "Die restlichen 15 Prozent seien allerdings die schwierigsten, räumte er ein.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    (
        "de",
        "Die demokratische Senatorin Delia Hargrove warf ihm vor, einen „Frieden auf Kosten des Opfers“ auszuhandeln.",
        False,
        [],
        None,
    ),
    ("de", "Wie die Garantien im Ernstfall durchgesetzt werden sollen, blieb in der Anhörung offen.", False, [], None),
    # --- Envoy before senators (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The 18-point plan would give Ukraine U.S. security guarantees for 12 years, with an option to extend them, envoy Garrett Whitford told senators on Monday.",
        True,
        [("count", 18, None, None), ("duration", 12, "year", None)],
        "Garrett Whitford",
    ),
    (
        "en",
        "Kyiv has asked for guarantees lasting at least 25 years.",
        True,
        [("duration", 25, "year", "at_least")],
        None,
    ),
    (
        "en",
        "He said the plan was about 85% done but acknowledged that the remaining 15% were the hardest part.",
        True,
        [("percent", 85, "%", "about"), ("percent", 15, "%", None)],
        None,
    ),
    (
        "en",
        'Sen. Delia Hargrove, a Democrat, accused him of "negotiating peace at the victim\'s expense."',
        False,
        [],
        None,
    ),
    ("en", "It was unclear how the guarantees would be enforced if Russia attacked again.", False, [], None),
    # --- Beljajew reist in die USA (dpa) ---
    (
        "de",
        "Moskau (dpa) - Russlands Sondergesandter für Wirtschaftsfragen, Arkadi Beljajew, ist zu seiner fünften USA-Reise seit Jahresbeginn aufgebrochen.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben von Beljajew soll es in Miami vor allem um die in Europa eingefrorenen russischen Zentralbankgelder gehen.",
        True,
        [],
        "Beljajew",
    ),
    (
        "de",
        "Davon lagern rund 176 Milliarden Euro beim Finanzdienstleister Euroclear in Brüssel.",
        True,
        [("money", 176000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der US-Plan sieht vor, 90 Milliarden Dollar davon in einen Wiederaufbaufonds unter amerikanischer Führung zu stecken.",
        True,
        [("money", 90000000000, "USD", None)],
        None,
    ),
    ("de", "Die EU lehnt das ab und will die Gelder selbst für Kredite an die Ukraine nutzen.", True, [], None),
    ("de", "Die Europäer sollten „nicht über fremdes Geld verfügen“, sagte Beljajew.", False, [], None),
    # --- Russian envoy to U.S. (Reuters) ---
    (
        "en",
        "MOSCOW, Feb 18 (Reuters) - Russian economic envoy Arkady Belyayev left for the United States on Wednesday, his fifth trip there since the start of the year, to discuss frozen Russian central bank assets.",
        True,
        [("date", "--02-18", None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "About 176 billion euros of the assets are held by the Brussels-based depository Euroclear.",
        True,
        [("money", 176000000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The U.S. plan would channel $90 billion of that into a U.S.-led reconstruction fund, an idea the European Union opposes.",
        True,
        [("money", 90000000000, "USD", None)],
        None,
    ),
    ("en", "The EU wants to use the money to fund loans to Ukraine instead.", True, [], None),
    ("en", '"Europe should not dispose of other people\'s money," Belyayev said.', False, [], None),
    # --- Kein neues Sanktionspaket (dpa) ---
    (
        "de",
        "Brüssel (dpa) - Die EU-Außenminister haben sich am Montag nicht auf ein 21. Sanktionspaket gegen Russland einigen können.",
        True,
        [("ordinal", 21, None, None)],
        None,
    ),
    ("de", "Ungarn und die Slowakei blockierten die Einigung, hieß es aus Diplomatenkreisen.", True, [], None),
    (
        "de",
        "Vorgesehen sind in dem Paket Strafmaßnahmen gegen weitere 118 Tanker der russischen Schattenflotte.",
        True,
        [("count", 118, None, None)],
        None,
    ),
    (
        "de",
        "Damit stünden insgesamt mehr als 640 Schiffe auf der Liste, sagte ein EU-Diplomat.",
        True,
        [("count", 640, None, "over")],
        None,
    ),
    ("de", "Die EU-Außenbeauftragte warnte, jedes Zögern werde in Moskau „als Schwäche gelesen“.", False, [], None),
    (
        "de",
        "Man unterstütze die US-Vermittlung, lasse sich aber „nicht an den Rand drängen“, hieß es in einer Erklärung von 26 der 27 Mitgliedstaaten.",
        False,
        [("count", 26, None, None), ("count", 27, None, None)],
        None,
    ),
    # --- No new sanctions package (Reuters) ---
    (
        "en",
        "BRUSSELS, Feb 23 (Reuters) - EU foreign ministers failed on Monday to agree a 21st package of sanctions on Russia, with Hungary and Slovakia blocking it, diplomats said.",
        True,
        [("date", "--02-23", None, None), ("ordinal", 21, None, None)],
        None,
    ),
    (
        "en",
        "The package would target another 118 vessels of Russia's shadow fleet, taking the total listed to more than 640, according to an EU document seen by Reuters.",
        True,
        [("count", 118, None, None), ("count", 640, None, "over")],
        None,
    ),
    (
        "en",
        'A statement backed by 26 of the 27 member states said the bloc would "not be pushed to the sidelines."',
        False,
        [("count", 26, None, None), ("count", 27, None, None)],
        None,
    ),
    # --- Zweite Dreierrunde in Genf (dpa) ---
    (
        "de",
        "Genf (dpa) - Am vierten Jahrestag des russischen Einmarsches vom Februar 2022 haben Unterhändler der USA, Russlands und der Ukraine in Genf ihre zweite Dreierrunde begonnen.",
        True,
        [("ordinal", 4, None, None), ("year", 2022, None, None), ("ordinal", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Auftaktsitzung in einem Hotel am Seeufer dauerte gut fünf Stunden, wie das EDA mitteilte.",
        True,
        [("duration", 5, "hour", "over")],
        "das EDA",
    ),
    (
        "de",
        "Auf dem Tisch liegt nach dpa-Informationen ein Kompromiss, wonach die Ukraine ihre Truppen aus dem Gebiet Donezk abzieht und dieses eine entmilitarisierte Wirtschaftszone wird.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Gegenzug solle Russland auf seine Ansprüche auf die von Kiew gehaltenen Teile der Gebiete Saporischschja und Cherson verzichten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Russland hält nach westlichen Schätzungen etwa zwei Drittel des Gebiets Saporischschja und gut die Hälfte des Gebiets Cherson.",
        True,
        [("fraction", 0.6667, None, "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Die Schweiz trägt für die Runde Kosten von rund 1,2 Millionen Franken, sagte EDA-Sprecherin Nadine Perrenoud.",
        True,
        [("money", 1200000, "CHF", "about")],
        "Nadine Perrenoud",
    ),
    (
        "de",
        "„Genf ist heute der Ort, an dem Europa zeigt, dass es mehr kann als zuschauen“, sagte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Ukraine einem Abzug aus dem Donbass zustimmen könnte, ließ Chluschtschenko vor Beginn der Gespräche offen.",
        False,
        [],
        None,
    ),
    # --- Second three-way round (Reuters) ---
    (
        "en",
        "GENEVA, Feb 24 (Reuters) - U.S., Russian and Ukrainian negotiators began a second round of three-way talks in Geneva on Tuesday, the fourth anniversary of the Russian invasion that began in February 2022.",
        True,
        [
            ("date", "--02-24", None, None),
            ("ordinal", 2, None, None),
            ("count", 3, None, None),
            ("ordinal", 4, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "The opening session lasted just over five hours, the Swiss foreign ministry said.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    (
        "en",
        "A compromise under discussion would see Ukraine withdraw from the Donetsk region, which would become a demilitarised economic zone, two people briefed on the proposal said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Russia holds about two-thirds of the Zaporizhzhia region and just over half of Kherson, Western estimates show.",
        True,
        [("fraction", 0.6667, None, "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Switzerland is paying about 1.2 million Swiss francs to host the round.",
        True,
        [("money", 1200000, "CHF", "about")],
        None,
    ),
    # --- Genfer Runde endet ohne Erklärung (Reuters) ---
    (
        "de",
        "Genf (Reuters) - Nach einem zweiten, knapp achtstündigen Verhandlungstag sind die Dreiergespräche in Genf ohne gemeinsame Erklärung zu Ende gegangen.",
        True,
        [("ordinal", 2, None, None), ("duration", 8, "hour", "nearly"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Schon der Auftakt am Dienstag war zu einem Fünf-Stunden-Marathon geraten.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Delegationen hätten sich in 15 von 18 Punkten geeinigt, sagte der ukrainische Chefunterhändler Ostap Hluschtschenko am Abend.",
        True,
        [("count", 15, None, None), ("count", 18, None, None)],
        "Ostap Hluschtschenko",
    ),
    (
        "de",
        "Offen seien nur noch drei Fragen: das Gebiet, das Atomkraftwerk und die Dauer der Sicherheitsgarantien, so der Unterhändler.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der russische Delegationsleiter Lew Dudarew sprach dagegen von nur neun Punkten, über die Einigkeit bestehe.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    ("de", "Das Weiße Haus erklärte, man sei „einer Einigung näher als je zuvor“.", False, [], None),
    (
        "de",
        "Nach Angaben des Weißen Hauses soll die nächste Runde am 9. März stattfinden.",
        True,
        [("date", "--03-09", None, None)],
        "das Weiße Haus",
    ),
    (
        "de",
        "Der Kreml hatte schon vor der Runde erklärt, ein Gipfel der drei Präsidenten setze ein unterschriftsreifes Abkommen voraus.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Geneva ends without statement (AFP) ---
    (
        "en",
        "GENEVA, Feb 25 (AFP) - Three-way peace talks in Geneva ended on Wednesday without a joint statement after a second day of nearly eight hours of negotiations.",
        True,
        [
            ("date", "--02-25", None, None),
            ("count", 3, None, None),
            ("ordinal", 2, None, None),
            ("duration", 8, "hour", "nearly"),
        ],
        None,
    ),
    (
        "en",
        "Ukraine's chief negotiator, Ostap Khlushchenko, said the delegations had agreed on 15 of the 18 points.",
        True,
        [("count", 15, None, None), ("count", 18, None, None)],
        "Ostap Khlushchenko",
    ),
    ("en", "Russian delegation head Lev Dudarev put the number at nine.", True, [("count", 9, None, None)], None),
    ("en", 'The White House said the sides were "closer to an agreement than ever before."', False, [], None),
    (
        "en",
        "A Kremlin aide said a summit of the three presidents would require a deal ready for signing.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Volksabstimmung angekündigt (APA/dpa) ---
    (
        "de",
        "Kiew (APA/dpa) - Der ukrainische Präsident hat eine Volksabstimmung über jedes Abkommen angekündigt, das Gebietsfragen berührt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Referendum könne frühestens 90 Tage nach Unterzeichnung einer Waffenruhe abgehalten werden, sagte er in einer Videobotschaft.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    (
        "de",
        "Gültig wäre eine Abstimmung nach ukrainischem Recht nur, wenn mehr als die Hälfte der Stimmberechtigten teilnimmt.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Rund 6,3 Millionen Ukrainerinnen und Ukrainer leben nach UN-Angaben derzeit als Flüchtlinge im Ausland.",
        True,
        [("count", 6300000, None, "about")],
        None,
    ),
    ("de", "Kritiker bezweifeln, dass unter Kriegsrecht eine faire Abstimmung überhaupt möglich ist.", False, [], None),
    # --- Referendum pledge (Reuters) ---
    (
        "en",
        "KYIV, Feb 26 (Reuters) - Ukraine's president said on Thursday any peace deal touching on territory would be put to a referendum no earlier than 90 days after a ceasefire is signed.",
        True,
        [("date", "--02-26", None, None), ("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "About 6.3 million Ukrainians are living abroad as refugees, according to U.N. figures.",
        True,
        [("count", 6300000, None, "about")],
        None,
    ),
    (
        "en",
        'Opposition lawmaker Roman Dziuba called the plan "a way to shift responsibility onto voters."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Critics question whether a fair vote is possible under martial law, with millions of voters displaced or abroad.",
        False,
        [],
        None,
    ),
    # --- Kreml: Abkommen nicht vor dem Sommer (dpa) ---
    (
        "de",
        "Moskau (dpa) - Der Kreml rechnet nicht mit der Unterzeichnung eines Friedensabkommens vor dem Sommer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis zu einem Gipfel seien mindestens zwei weitere Verhandlungsrunden nötig, sagte der Berater des Kremlchefs.",
        True,
        [("count", 2, None, "at_least")],
        None,
    ),
    (
        "de",
        "Seit Beginn der US-Vermittlung im vergangenen Herbst habe es damit 13 Treffen auf Ebene der Unterhändler gegeben.",
        True,
        [("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Laut Jermolajew hat Moskau der US-Seite eine Liste mit sieben Änderungswünschen übergeben.",
        True,
        [("count", 7, None, None)],
        "Jermolajew",
    ),
    ("de", "„Wir haben Zeit, die Ukraine hat sie nicht“, sagte Jermolajew.", False, [], None),
    ("de", "In Kiew wurde die Äußerung als unverhohlene Drohung aufgefasst.", False, [], None),
    # --- Kremlin: no deal before summer (AFP) ---
    (
        "en",
        "MOSCOW, Feb 27 (AFP) - At least two more rounds of negotiations are needed before any summit, Kremlin aide Gleb Yermolaev told reporters on Friday.",
        True,
        [("date", "--02-27", None, None), ("count", 2, None, "at_least")],
        "Gleb Yermolaev",
    ),
    ("en", "Moscow had handed Washington a list of seven amendments, he said.", True, [("count", 7, None, None)], None),
    ("en", '"We have time; Ukraine does not," he said.', False, [], None),
]
