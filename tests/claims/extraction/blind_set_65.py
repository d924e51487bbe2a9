"""Sixty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, bills and figures are made up
(Malte Ohlsen, Hubert Lackner, Walter Rosenauer, Corinne Baeriswyl, Lena Vosskuhl, Gerold
Stamm, Jonas Pfitzner, Sabine Kornhuber, Arndt Wessel, Gudrun Hessler, Anke Rohwedder, Bernd
Klages, Richard Prammer, Sabine Reischl, the Volksbegehren „Rettet das Bargeld“; Miriam
Oduya, Colin Bairstow, Ronald Kirchner, Baroness Fenwick-Hale, Lord Ashcombe, Dale Harkins,
Priya Sandhu, Harriet Lowell, Dennis Pruitt, Tom Avery, Anna Pelling, Kate Holden, Lars
Brenner, Toby Ashworth, the Renters' Protection Bill, the Tenant Energy Standards (Scotland)
Bill, the Inland Waterways (Amendment) Bill, "H.R. 2882", "Bill C-12"); real parliaments,
parties, offices and acts ("Bundestag", "Nationalrat", "Ständerat", "Grosser Rat des Kantons
Basel-Stadt", "Bayerischer Landtag", "Parlamentsdirektion", "Bundeskanzlei", "House of
Lords", "Senate Historical Office", "Senedd", "Lok Sabha", "Dail", "GovTrack", "Parliament
Act 1949", "Regulation (EU) 2024/1689") stand for the way wire copy names them; what is
said and counted of them here is invented, apart from a few background facts of record
(the 14th Amendment's year, the AI Act's dates, the Bundestag's 630 and 736 seats).

Its weight: PARLIAMENTARY PROCEDURE, LEGISLATION AND VOTES. Half German (dpa, APA with the
Parlamentskorrespondenz, Keystone-SDA, sda; Austrian "mit 1. Jänner", "Mandatarinnen",
"Klubobmann", "eingelangt", Swiss "ss", "innert", "gutgeheissen", "50'000", «» quotes,
German „“ quotes): the Bundestag's vote on a Grundgesetz change with its two-thirds
majority and the Bundesrat's numbered sitting, a Nationalrat budget law after a nine-hour
debate with Ordnungsrufe and the APA footer, the Swiss rent law in the Gesamtabstimmung
and the referendum period, a cantonal credit in the Grosser Rat, a Bavarian police law in
second reading, a first debate on Paragraf 218, Bundestag petitions and their quorum, an
Austrian Volksbegehren, the European Parliament on directive (EU) 2019/1937 and the
Council's qualified majority, a Bundestag sitting week (a 15-hour sitting, the agenda,
speaking time, a Hammelsprung, a quorum challenge), an inquiry committee, MPs' pay, the
Austrian Bundesrat's objection period, a constituent Landtag sitting broken off, a
Landtag's constitutional majority, a Ständerat motion, a Ministerpräsident elected in the
second ballot, a special sitting demanded by a quarter of the Nationalrat, a committee
hearing, the Nationalrat's year in figures, a filibuster-like Dauerrede, the budget
committee's night session, seat counts and the electoral term, a Swiss popular initiative
and a Bavarian Volksbegehren. Half English (PA, Reuters, AP, AAP, PTI): a Commons second
reading with a rebellion, a Senate filibuster and a 19-hour speech, cloture and the
three-fifths rule, a House stopgap vote, a Lords defeat and numbered Lords amendments, the
European Parliament on directive (EU) 2024/1760 and Article 7, UK e-petitions and a recall
petition, the Australian Senate's marathon sitting, a Canadian confidence vote, the Lok
Sabha, the 14th Amendment and the amendment procedure, a Holyrood Stage 3 vote and a
Section 35 order, the Senedd's enlargement, Commons standing orders and sitting
statistics, a ten minute rule bill, the Bundestag and Austria's parliament in English, a
Senate confirmation on a 50-50 tie, state veto overrides and an abortion bill, a quorum
failure, the Dail's budget vote, a discharge petition, the Congressional Review Act, a
vote-a-rama, the AI Act's dates and fines, the Parliament Acts, a working majority and
amendments tabled in the Lords. Forms: tallies ("mit 98 zu 72 Stimmen", "mit 431
Ja-Stimmen bei 182 Nein-Stimmen und 11 Enthaltungen", "mit 498 Stimmen bei 102
Gegenstimmen und 37 Enthaltungen", "by 334 votes to 187, a government majority of 147",
"voted 218-214", "a 50-50 vote", "by 433 to 123, with 28 abstentions", "with one
abstention", "a 12-10 party-line vote"), majorities as fractions ("Zweidrittelmehrheit",
"ein Viertel des Nationalrats", "eines Fünftels der Abgeordneten", "mehr als die Hälfte
der 630 Abgeordneten", "a three-fifths majority", "two-thirds of both chambers ...
three-quarters of the states"), seats and quorums ("46 der 69 Stimmen", "die absolute
Mehrheit von 63 Stimmen", "53 of the chamber's 100 seats", "a quorum of 50 members",
"the 174-seat Dail", "the 183-seat National Council"), readings, ballots and numbered
sittings ("in zweiter Lesung", "im ersten Wahlgang", "in seiner 1061. Sitzung", "zu seiner
48. Sitzung", "at second reading", "passed third reading", "at Stage 3", "the 119th
Congress", "the government's 14th defeat"), legal references as identifiers ("Paragraf
218", "Paragraf 218a", "Artikel 11 Absatz 3", "Artikel 13 Absatz 3 des Grundgesetzes",
"Richtlinie (EU) 2019/1937", "Directive (EU) 2024/1760", "Article 7", "Section 35",
"Standing Order No. 24", "Amendment 47", "H.R. 2882", "Bill C-12"), sittings and speeches
with their length ("15 Stunden und 42 Minuten", "knapp neunstündigen", "gut dreistündige",
"90-minütigen", "eine Dauerrede von fast fünf Stunden", "19 hours and 32 minutes", "just
over six hours", "for almost 17 hours", "four and a half hours", "nearly 27 hours"),
deadlines and terms ("binnen acht Wochen", "innert 100 Tagen", "24 Monate Zeit", "eine
Übergangsfrist von 18 Monaten", "von fünf auf sechs Jahre", "for up to 30 more hours", "90
days after", "after a delay of one year"), petitions and signatures ("mehr als 62.000
Mitzeichnungen", "412.318 Wahlberechtigten", "108'412 gültigen Unterschriften", "passed
250,000 signatures", "10,942 signatures, or 14.1% of eligible voters", "the signatures of
218 House members"), dates of effect ("mit 1. Jänner 2026 in Kraft", "am 1. April in
Kraft", "zum 1. Juli", "taking effect on 1 October 2026", "will commence on July 1, 2026",
"entered into force on Aug. 1, 2024"), amendments counted ("46 Abänderungs- und
Entschließungsanträge", "287 Änderungsanträge", "2,347 amendments", "more than 1,000
amendments"), attribution ("wie die Parlamentskorrespondenz mitteilte", "teilte die
Parlamentsdirektion mit", "teilte die Bundestagsverwaltung mit", "so Landtagspräsidentin
...", "the Petitions Committee said", "according to the Senate Historical Office", "told
reporters"). Negatives as such copy has them: quoted rhetoric and evaluations of bills
(a party leader, a budget spokesman, a Swiss MP, a housing secretary, a peer, a senator
yielding the floor, a House speaker), heckles and jeers ("Schämen Sie sich!",
"unter Buhrufen", "Order! Order!", "was jeered", "shouting slogans"), catchwords quoted
from parties and lobbies ("Wortbruch mit Ansage", "Showpolitik auf Kosten der
Steuerzahler", "a partisan power grab"), open questions, observers' verdicts, chamber
colour (division bells, dozing senators, a tense mood), and procedural boilerplate without
a fact (the Parlamentskorrespondenz's "Über die weiteren Tagesordnungspunkte ...", the
livestream "HINWEIS", "(Schluss) red/gru", "I yield back the balance of my time", "The
full division list is available ...", "This story has been updated ...", a reporting
credit).

228 rows (114 German, 114 English), 47 negatives (21 German, 26 English), 181 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 331 expected quantities (186
counts, 51 durations, 23 ordinals, 20 dates, 18 years, 13 fractions, 12 percentages, 8
amounts of money; none of them in negatives), 23 checked speakers (13 German, 10
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure: a roll-call vote requested, the parties voting for and against, a sitting that
  ended as the longest of the term (its clock time "2.14 Uhr" carries none), a Grundgesetz
  reference struck down in part, a first debate on Paragraf 218, an inquiry committee set
  up, a law promulgated, a motion carried without a division, a bill's next stage, a
  Senate leader's stated schedule (forty-first batch: a scheduled step without a figure).
- Tallies are counts, one per figure (thirteenth, twenty-second, thirty-second): "mit 98
  zu 72 Stimmen", "mit 104 zu 86 Stimmen bei 5 Enthaltungen", "431 Ja-Stimmen bei 182
  Nein-Stimmen und 11 Enthaltungen", "291 Abgeordnete stimmten mit Ja, 287 mit Nein", "by
  334 votes to 187, a government majority of 147", "voting by 241 votes to 198", "by 433
  to 123, with 28 abstentions", "218-214", "52-47, eight short of the 60 needed", "65-32
  ... 24-8", "a 50-50 vote" (two counts of 50), "a 12-10 party-line vote", "with one
  abstention" (count 1: a number word against other figures, not an article). "keine
  Enthaltungen", "einstimmig", "without a division" carry none (twenty-seventh: "Enthaltungen
  gab es keine").
- Seats, votes needed and margins are counts as written (forty-first): "mindestens 420 der
  630 Abgeordneten" 420 "at_least" and 630, "mindestens 46 der 69 Stimmen", "mindestens 15
  der 27 Länder", "at least seven Democrats", "at least 40 of the 60 members" "at_least";
  "die absolute Mehrheit von 63 Stimmen um zwei", "um elf Stimmen", "the 60 needed", "a
  majority of 22", "four short of a majority", "a quorum of 50 members", "the 183-seat
  National Council", "The 174-seat Dail" (as "the 150-seat House of Representatives",
  forty-first). "Dreizehn Mandatarinnen", "Thirty-one Labour MPs" counts.
- Majorities written as shares are fractions (third, seventeenth, thirtieth):
  "Zweidrittelmehrheit" and "a two-thirds majority" 0.6667, "a three-fifths majority"
  0.6, "three-quarters of the states" 0.75, "ein Viertel des Nationalrats" 0.25, "eines
  Fünftels der Abgeordneten" 0.2 (the genitive of "ein Fünftel"), "mehr als die Hälfte der
  630 Abgeordneten" 0.5 "over", "mindestens die Hälfte der 48 Abgeordneten" 0.5 "at_least";
  "qualifizierte Mehrheit", "absolute Mehrheit", "simple majority", "supermajority" carry
  none. The Council's double majority "55 Prozent der Mitgliedstaaten, die zusammen
  mindestens 65 Prozent ..." two percentages, the second "at_least".
- Readings, ballots, sittings and stages are ordinals: "in zweiter Lesung", "at second
  reading", "The second reading debate", "passed third reading" (twenty-ninth and
  thirty-second), "im ersten/zweiten Wahlgang" (forty-first), "in seiner 1061. Sitzung"
  1061, "zu seiner 48. Sitzung" 48, "in der ersten Sitzung" 1, "die vierte Sondersitzung"
  4, "the government's 14th defeat" 14, "for the third time" 3, "the 119th Congress" 119,
  "das 78. Volksbegehren" 78, "das neuntstärkste der Zweiten Republik" 9 and 2 (tenth and
  twenty-third: "der Zweiten Republik" ordinal 2). New: "at Stage 3" of a bill at Holyrood
  is ordinal 3 - a stage of a bill is a step in a sequence, as "stage 15 of the Tour de
  France" (sixty-first) and "in Runde 44" (thirty-fifth), not a level on a scale as "Stage
  4 load-shedding" (count, fortieth). New: "the 14th Amendment" is ordinal 14 - an ordinal
  word naming an amendment stays an ordinal (as "Die 13. AHV-Rente", twenty-ninth), while a
  cardinal after the noun is an identifier ("Amendment 47", below).
- Legal and procedural references are identifiers and carry no quantity (ninth,
  twenty-first, forty-second, fifty-third, fifty-eighth): "Paragraf 218", "Paragraf 218a",
  "Der Paragraf 219a", "Nach Paragraf 52 der Geschäftsordnung", "Artikel 11 Absatz 3",
  "Artikel 13 Absatz 3 des Grundgesetzes", "Article 7", "a Section 35 order", "Standing
  Order No. 24", "Bill C-12", "H.R. 2882" (as "House Bill 3991", fifty-eighth); new by the
  same rule: a numbered amendment "Amendment 47" (a cardinal after the noun, the number of a
  document). EU act numbers give neither a year nor a count ("Richtlinie (EU) 2019/1937",
  "Directive (EU) 2024/1760", "Regulation (EU) 2024/1689", forty-second). New: the year in
  a UK act's short title is a year ("the Parliament Act 1949", "the Hunting Act 2004"), as
  "the Private Securities Litigation Reform Act of 1995" (thirty-sixth) - unlike an EU
  number the year stands alone as a word; "since 1911" the year.
- Durations of sittings, debates and speeches (third, nineteenth, twenty-fifth,
  twenty-seventh, thirty-second): "15 Stunden und 42 Minuten", "19 hours and 32 minutes",
  "25 hours and 5 minutes", "14 hours and 21 minutes" two durations each; "knapp
  neunstündigen" 9 hours "nearly" (fifty-eighth: "knapp dreistündiger Debatte"), "gut
  dreistündige" 3 hours "over" (a hedge before the compound bounds its figure, as "mehr als
  siebenstündigen", twenty-fifth, with "gut" "over", twentieth), "90-minütigen" 90
  minutes, "In einer 60-minütigen Debatte ... 19 Minuten Redezeit" 60 and 19 minutes, "mehr
  als sieben Stunden" "over", "fast fünf Stunden" and "knapp drei Stunden" "nearly", "für
  45 Minuten", "insgesamt 312 Stunden" (no hedge), "just over six hours" "over" (forty-first:
  "Just over a third"), "for almost 17 hours" "nearly", "four and a half hours" 4.5 hours,
  "for up to 30 more hours" "up_to", "nearly 27 hours", "more than 11 hours" "over", "after
  just 40 minutes" (no hedge for "just"), "three hours of questions". "Over two days of
  hearings" is 2 days with no hedge (the preposition of time, twenty-fifth and forty-first:
  "over four days"). "eine Stunde später", "am Tag danach", "at the last minute",
  "overnight" carry none (an article, no figure, forty-first: "ein Jahr zuvor").
- Counted days: "an sieben Sitzungen", "zu 41 Plenarsitzungen" counts; "153 sitting days"
  and "60 legislative days" counts, as "60 Arbeitstage" (fifty-first) and "vier
  Sitzungswochen" (nineteenth) - a day of a calendar of business is counted, not measured.
  New: "a ten minute rule bill" is 10 minutes - the figure inside a procedure's name read
  as written (twenty-ninth: "28-Punkte-Plan"; forty-first: "Fünf-Prozent-Hürde" percent 5),
  as "Zehn-Prozent-Hürde" here is percent 10 and "«Für eine 4-Tage-Woche»" 4 days
  (seventeenth: "Vier-Tage-Woche").
- Deadlines and terms are durations: "binnen acht Wochen", "binnen acht Tagen", "innert 100
  Tagen" (twenty-ninth: "innert sechs Monaten"), "24 Monate Zeit", "von 18 Monaten",
  "innerhalb von vier Wochen", "innerhalb von 14 Tagen", "höchstens zwei Monate"
  "at_most", "um bis zu drei Monate" "up_to" ("jeweils" no hedge), "von fünf auf sechs
  Jahre" 5 and 6 years (the unit written once serves the list, forty-sixth), "for two
  years", "six weeks", "90 days after", "a delay of one year" 1 year (a number word, not
  an article), "in three years", "at least three decades" 30 years "at_least" (sixty-third:
  "more than four decades"). "six weeks of pregnancy" 6 weeks; "bis zum Ende der zwölften
  Woche" ordinal 12.
- Dates and years: "am 19. Dezember" --12-19, "für den 20. Juni" --06-20, "zum 1. Juli"
  --07-01, "am 1. April" --04-01, "am 3. März" --03-03, "mit 1. Jänner 2026" 2026-01-01
  (tenth), "on 1 October 2026" 2026-10-01, "on July 1, 2026", "on Aug. 1, 2024" and "from
  Aug. 2, 2026" full dates, "through Sept. 30", "on Oct. 1", "on Dec. 8", "on Dec. 19", "on 23
  March" dates without a year; datelines with a day ("WASHINGTON, March 4 (Reuters)",
  "STRASBOURG, Nov 13 (Reuters)", "CANBERRA, Nov 27 (AAP)", "NEW DELHI, Aug 6 (PTI)",
  "DUBLIN, Oct 8 (Reuters)") dates without a year; other datelines none. "Budgetbegleitgesetz
  2026" 2026 (as "Budget 2026", fiftieth), "bis Ende 2026", "ab der Wahl 2029", "seit 2019",
  "in April 2025" (the year), "the 2024 European elections", "ratified in 1868", "for 2026"
  years. Clock times ("2.14 Uhr", "10.00 Uhr", "9.00 Uhr", "4.30 Uhr", "12:01 a.m.", "2am")
  carry none; weekdays, months and sessions ("in der Herbstsession", "im Februar") none.
- Petitions and signatures are counts: "mehr als 62.000 Mitzeichnungen" "over", "das
  Quorum von 50.000 Mitzeichnungen", "die Hürde von 100.000 Unterschriften", "50'000
  gültige Unterschriften" and "108'412", "112'960" (Swiss grouping, tenth), "4548" (no
  separator, Swiss, forty-first), "rund 940.000 Wahlberechtigten" "about", "passed 250,000
  signatures" with no hedge (a verb, thirty-second: "topped"), "reach 100,000 signatures",
  "reached 218 signatures"; a share of the electorate is a percentage ("6,41 Prozent",
  "14.1% of eligible voters", "the 10% threshold").
- Money: "um 497 Euro auf 12.330 Euro im Monat" two amounts ("im Monat" none, fifty-third),
  "3,1 Milliarden Euro", "48,5 Millionen Franken" and "1,5 Millionen Franken" CHF, "a 40
  billion euro aid package" 4e10 EUR, "above 1.5 billion euros" EUR "over" (as "above
  £125,500", fifty-third), "can reach 35 million euros" EUR with no hedge (a verb).
- Counts of bills, amendments and texts: "46 Abänderungs- und Entschließungsanträge", "nur
  vier davon" ("davon" a pronoun, thirty-second), "287 Änderungsanträge", "31 Punkte ...
  neun Gesetzentwürfen", "214 Seiten ... 38 Paragrafen", "137 Gesetzesbeschlüsse, 58 Prozent
  davon", "4.127 schriftliche Anfragen", "2,347 amendments", "only 36 of them", "more than
  1,000 amendments ... 312 clauses and 17 schedules", "74 public laws", "45 roll-call
  votes", "four rounds of voting", "seven times since 1911", "drei Ordnungsrufe", "zwölf
  Sachverständige, acht von ihnen". "ein Prozent des BIP" is percent 1 (a number word
  with its unit).
- Hedges, only the names in use: "rund" "about"; "knapp", "fast", "almost", "nearly"
  "nearly"; "mehr als", "gut", "more than", "just over", "above" "over"; "mindestens", "at
  least" "at_least"; "bis zu", "up to" "up_to"; "höchstens" "at_most"; "insgesamt",
  "jeweils", "bereits", "just", "only", "currently", "so far" no hedge.
- Speakers, checked only in forms earlier batches settled: "wie die Parlamentskorrespondenz
  mitteilte" -> "die Parlamentskorrespondenz" (third batch), "teilte die Parlamentsdirektion
  mit" (seventeenth and thirty-fourth), "teilte die Bundestagsverwaltung / die
  Landtagsverwaltung / das Innenministerium / das Justizministerium / der Landeswahlleiter
  mit", "wie die Bundeskanzlei ... mitteilte" (third and nineteenth) the source with its
  article in the nominative; "Laut Parlamentsdirektion" -> "Parlamentsdirektion" as written
  (as "Laut Bundeskanzlei", forty-first); "sagte Ausschusschef Jonas Pfitzner", "sagte
  Justizministerin Sabine Kornhuber im Plenum" (title and "im Plenum" dropped,
  twenty-ninth), "so Landtagspräsidentin Gudrun Hessler" the name. English: "according to
  the Senate Historical Office" and "the Petitions Committee said", "the House clerk's
  office said", "the Ceann Comhairle's office said" (as "the president's office",
  seventeenth), "the returning officer said" (a role with its article at the end, as "the
  premier said" and "the spokesman said", sixty-third), "the Parliament said in a
  statement" with the article in lower case (as "the European Commission said",
  fifty-third), "according to GovTrack" as written (as "according to OpenSecrets",
  forty-first), "Environment Minister Dale Harkins told reporters", "Senate Majority Leader
  Tom Avery told reporters" and "Chief Whip Anna Pelling said" the name. Left unchecked (None): "wie die Parlamentsdienste
  mitteilten" (a plural name, as "die SBB mitteilten"), "nach dessen Jahresbericht" (a
  document), "House records show", "House of Commons Library figures show", "according to
  parliamentary figures", rows without attribution and all negatives (with or without a
  named speaker).
- Negatives: quoted rhetoric and evaluations of a bill with a named speaker ("sagte
  SPD-Fraktionschef ...", "rief FPÖ-Budgetsprecher ...", "told the Commons", "told the
  chamber", "Harkins said", "House Speaker Dennis Pruitt said"), paraphrased verdicts and
  catchwords ("Die Union sprach von ...", "warf den Antragstellern vor ...", "kritisierte
  den Automatismus als ...", "lobte der Städtetag", "called the legislation ...", "accused
  the centre-right ...", "Critics say ..."), heckles and jeers, open questions ("Ob ...,
  gilt als offen.", "Whether ... remains to be seen."), observers' verdicts and chamber
  colour, procedural formulas quoted ("I yield back the balance of my time"), and
  boilerplate (APA's footer and "HINWEIS", "(Schluss) red/gru", a reporting credit, an
  update note, "The full division list is available ..."); none carries a figure.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_65 = [
    # --- Bundestag: Schuldenbremse, Zweidrittelmehrheit (dpa) ---
    ("de", "Berlin (dpa) - Der Bundestag hat am Donnerstag die Reform der Schuldenbremse mit 431 Ja-Stimmen bei 182 Nein-Stimmen und 11 Enthaltungen beschlossen.", True, [("count", 431, None, None), ("count", 182, None, None), ("count", 11, None, None)], None),
    ("de", "Für die Grundgesetzänderung war eine Zweidrittelmehrheit von mindestens 420 der 630 Abgeordneten nötig.", True, [("fraction", 0.6667, None, None), ("count", 420, None, "at_least"), ("count", 630, None, None)], None),
    ("de", "Die Koalition übertraf die erforderliche Mehrheit damit um elf Stimmen, teilte die Bundestagsverwaltung mit.", True, [("count", 11, None, None)], "die Bundestagsverwaltung"),
    ("de", "Die namentliche Abstimmung war von der AfD-Fraktion beantragt worden.", True, [], None),
    ("de", "Der Abstimmung ging eine gut dreistündige Debatte voraus, in der 27 Rednerinnen und Redner zu Wort kamen.", True, [("duration", 3, "hour", "over"), ("count", 27, None, None)], None),
    ("de", "„Heute ist ein guter Tag für die Generationengerechtigkeit“, sagte SPD-Fraktionschef Malte Ohlsen nach der Abstimmung.", False, [], None),
    ("de", "Die Union sprach von einem „Wortbruch mit Ansage“.", False, [], None),
    ("de", "Der Bundesrat soll sich am 19. Dezember in seiner 1061. Sitzung abschließend mit dem Gesetz befassen.", True, [("date", "--12-19", None, None), ("ordinal", 1061, None, None)], None),
    ("de", "Auch in der Länderkammer ist eine Zweidrittelmehrheit erforderlich, also mindestens 46 der 69 Stimmen.", True, [("fraction", 0.6667, None, None), ("count", 46, None, "at_least"), ("count", 69, None, None)], None),
    # --- Nationalrat: Budgetbegleitgesetz (APA) ---
    ("de", "Wien (APA) - Nach einer knapp neunstündigen Debatte hat der Nationalrat am Mittwoch das Budgetbegleitgesetz 2026 mit 98 zu 72 Stimmen beschlossen.", True, [("duration", 9, "hour", "nearly"), ("year", 2026, None, None), ("count", 98, None, None), ("count", 72, None, None)], None),
    ("de", "Dafür stimmten die Abgeordneten von ÖVP, SPÖ und Neos, FPÖ und Grüne stimmten geschlossen dagegen.", True, [], None),
    ("de", "Dreizehn Mandatarinnen und Mandatare waren bei der Abstimmung nicht im Saal, wie die Parlamentskorrespondenz mitteilte.", True, [("count", 13, None, None)], "die Parlamentskorrespondenz"),
    ("de", "Insgesamt lagen den Abgeordneten 46 Abänderungs- und Entschließungsanträge vor, nur vier davon fanden eine Mehrheit.", True, [("count", 46, None, None), ("count", 4, None, None)], None),
    ("de", "„Dieses Budget ist ein Anschlag auf die Pensionistinnen und Pensionisten“, rief FPÖ-Budgetsprecher Hubert Lackner in Richtung Regierungsbank.", False, [], None),
    ("de", "Aus den Reihen der Grünen kam der Zwischenruf „Schämen Sie sich!“.", False, [], None),
    ("de", "Nationalratspräsident Walter Rosenauer erteilte im Lauf der Sitzung drei Ordnungsrufe.", True, [("count", 3, None, None)], None),
    ("de", "Die Sitzung endete erst um 2.14 Uhr früh und war damit die längste dieser Gesetzgebungsperiode.", True, [], None),
    ("de", "Der Bundesrat kann binnen acht Wochen Einspruch erheben, den der Nationalrat mit einem Beharrungsbeschluss überstimmen kann.", True, [("duration", 8, "week", None)], None),
    ("de", "Das Gesetz soll mit 1. Jänner 2026 in Kraft treten.", True, [("date", "2026-01-01", None, None)], None),
    ("de", "Über die weiteren Tagesordnungspunkte berichtet die Parlamentskorrespondenz in gesonderten Aussendungen.", False, [], None),
    ("de", "HINWEIS: Sitzungen des Nationalrats können via Livestream auf der Website des Parlaments mitverfolgt werden.", False, [], None),
    ("de", "(Schluss) red/gru", False, [], None),
    # --- Schweiz: Mietrecht (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Nationalrat hat die Revision des Mietrechts in der Gesamtabstimmung mit 104 zu 86 Stimmen bei 5 Enthaltungen gutgeheissen.", True, [("count", 104, None, None), ("count", 86, None, None), ("count", 5, None, None)], None),
    ("de", "Der Ständerat hatte der Vorlage in der Herbstsession mit 29 zu 14 Stimmen zugestimmt.", True, [("count", 29, None, None), ("count", 14, None, None)], None),
    ("de", "Die Schlussabstimmungen in beiden Räten sind für den 20. Juni angesetzt.", True, [("date", "--06-20", None, None)], None),
    ("de", "Gegen das Gesetz kann innert 100 Tagen das Referendum ergriffen werden, nötig sind dafür 50'000 gültige Unterschriften.", True, [("duration", 100, "day", None), ("count", 50000, None, None)], None),
    ("de", "«Das ist ein schwarzer Tag für alle Mieterinnen und Mieter in diesem Land», sagte SP-Nationalrätin Corinne Baeriswyl.", False, [], None),
    ("de", "Die vorberatende Kommission hatte die Vorlage an sieben Sitzungen beraten und 23 Fachleute angehört, wie die Parlamentsdienste mitteilten.", True, [("count", 7, None, None), ("count", 23, None, None)], None),
    # --- Grosser Rat Basel-Stadt (sda) ---
    ("de", "Basel (sda) - Der Grosse Rat des Kantons Basel-Stadt hat den Kredit von 48,5 Millionen Franken für die Sanierung des Stadtcasinos mit 61 zu 34 Stimmen bewilligt.", True, [("money", 48500000, "CHF", None), ("count", 61, None, None), ("count", 34, None, None)], None),
    ("de", "Weil der Betrag die Grenze von 1,5 Millionen Franken übersteigt, untersteht der Beschluss dem fakultativen Referendum.", True, [("money", 1500000, "CHF", None)], None),
    ("de", "Die Debatte verlief über weite Strecken gehässig.", False, [], None),
    # --- Bayerischer Landtag: Polizeiaufgabengesetz (dpa) ---
    ("de", "München (dpa) - Der Bayerische Landtag hat am Dienstag die umstrittene Novelle des Polizeiaufgabengesetzes in zweiter Lesung verabschiedet.", True, [("ordinal", 2, None, None)], None),
    ("de", "Von den 203 Abgeordneten stimmten 118 dafür und 79 dagegen, es gab keine Enthaltungen.", True, [("count", 203, None, None), ("count", 118, None, None), ("count", 79, None, None)], None),
    ("de", "Der Verfassungsausschuss hatte zuvor zwölf Sachverständige angehört, acht von ihnen äußerten verfassungsrechtliche Bedenken.", True, [("count", 12, None, None), ("count", 8, None, None)], None),
    ("de", "Kern der Novelle ist Artikel 11 Absatz 3, der den Präventivgewahrsam auf höchstens zwei Monate begrenzt.", True, [("duration", 2, "month", "at_most")], None),
    ("de", "Bislang konnte der Gewahrsam auf richterliche Anordnung jeweils um bis zu drei Monate verlängert werden.", True, [("duration", 3, "month", "up_to")], None),
    # --- Bundestag: Paragraf 218 (dpa) ---
    ("de", "Berlin (dpa) - Der Bundestag hat am Mittwochabend erstmals über einen fraktionsübergreifenden Gruppenantrag zur Reform des Paragrafen 218 beraten.", True, [], None),
    ("de", "Der Entwurf sieht vor, Schwangerschaftsabbrüche bis zum Ende der zwölften Woche rechtmäßig zu stellen.", True, [("ordinal", 12, None, None)], None),
    ("de", "Eingebracht wurde er von 236 Abgeordneten aus SPD, Grünen und Linken.", True, [("count", 236, None, None)], None),
    ("de", "Nach der 90-minütigen Debatte wurde der Antrag an den Rechtsausschuss überwiesen.", True, [("duration", 90, "minute", None)], None),
    ("de", "„Frauen sind keine Verfügungsmasse des Strafrechts“, sagte die Grünen-Abgeordnete Lena Vosskuhl unter dem Beifall ihrer Fraktion.", False, [], None),
    ("de", "Der CDU-Rechtspolitiker Gerold Stamm warf den Antragstellern vor, einen mühsam errungenen gesellschaftlichen Kompromiss aufzukündigen.", False, [], None),
    ("de", "Die geltende Regelung nach Paragraf 218a stammt im Kern aus dem Jahr 1995.", True, [("year", 1995, None, None)], None),
    ("de", "Der Paragraf 219a, der die Werbung für Schwangerschaftsabbrüche verbot, war 2022 vom Bundestag gestrichen worden.", True, [("year", 2022, None, None)], None),
    # --- Petitionen (dpa) ---
    ("de", "Berlin (dpa) - Eine Petition gegen die geplante Abschaffung der Zeitumstellung hat innerhalb von vier Wochen mehr als 62.000 Mitzeichnungen gesammelt.", True, [("duration", 4, "week", None), ("count", 62000, None, "over")], None),
    ("de", "Damit ist das Quorum von 50.000 Mitzeichnungen überschritten, der Petitionsausschuss muss die Petenten öffentlich anhören.", True, [("count", 50000, None, None)], None),
    ("de", "Beim Petitionsausschuss gingen nach dessen Jahresbericht im vergangenen Jahr 11.810 Eingaben ein, rund 7 Prozent weniger als im Jahr davor.", True, [("count", 11810, None, None), ("percent", 7, "%", "about")], None),
    # --- Volksbegehren (APA) ---
    ("de", "Wien (APA) - Das Volksbegehren „Rettet das Bargeld“ ist von 412.318 Wahlberechtigten unterschrieben worden, teilte das Innenministerium am Montagabend mit.", True, [("count", 412318, None, None)], "das Innenministerium"),
    ("de", "Das entspricht einer Beteiligung von 6,41 Prozent.", True, [("percent", 6.41, "%", None)], None),
    ("de", "Da die Hürde von 100.000 Unterschriften deutlich übertroffen wurde, muss sich der Nationalrat mit dem Anliegen befassen.", True, [("count", 100000, None, None)], None),
    ("de", "Es ist das 78. Volksbegehren seit 1964 und das neuntstärkste der Zweiten Republik.", True, [("ordinal", 78, None, None), ("year", 1964, None, None), ("ordinal", 9, None, None), ("ordinal", 2, None, None)], None),
    # --- Europäisches Parlament (dpa) ---
    ("de", "Straßburg (dpa) - Das Europäische Parlament hat die Änderung der Hinweisgeber-Richtlinie (EU) 2019/1937 mit 498 Stimmen bei 102 Gegenstimmen und 37 Enthaltungen angenommen.", True, [("count", 498, None, None), ("count", 102, None, None), ("count", 37, None, None)], None),
    ("de", "Die Mitgliedstaaten haben nach Inkrafttreten 24 Monate Zeit, die Änderungen in nationales Recht umzusetzen.", True, [("duration", 24, "month", None)], None),
    ("de", "Im Rat ist eine qualifizierte Mehrheit nötig: 55 Prozent der Mitgliedstaaten, die zusammen mindestens 65 Prozent der EU-Bevölkerung stellen.", True, [("percent", 55, "%", None), ("percent", 65, "%", "at_least")], None),
    ("de", "Das sind derzeit mindestens 15 der 27 Länder.", True, [("count", 15, None, "at_least"), ("count", 27, None, None)], None),
    ("de", "Der Berichterstatter sprach im Plenum von einem „Meilenstein für den Schutz von Hinweisgebern“.", False, [], None),
    # --- Bundestag: Sitzungswoche (dpa) ---
    ("de", "Berlin (dpa) - Der Bundestag ist in dieser Woche zu seiner 48. Sitzung der laufenden Wahlperiode zusammengetreten.", True, [("ordinal", 48, None, None)], None),
    ("de", "Die Plenarsitzung am Donnerstag dauerte 15 Stunden und 42 Minuten, so lange wie keine andere seit 2019.", True, [("duration", 15, "hour", None), ("duration", 42, "minute", None), ("year", 2019, None, None)], None),
    ("de", "Auf der Tagesordnung standen 31 Punkte, darunter die abschließende Beratung von neun Gesetzentwürfen.", True, [("count", 31, None, None), ("count", 9, None, None)], None),
    ("de", "In einer 60-minütigen Debatte entfallen auf die Unionsfraktion 19 Minuten Redezeit.", True, [("duration", 60, "minute", None), ("duration", 19, "minute", None)], None),
    ("de", "Weil das Ergebnis unklar war, ließ die Sitzungsleitung per Hammelsprung auszählen: 291 Abgeordnete stimmten mit Ja, 287 mit Nein.", True, [("count", 291, None, None), ("count", 287, None, None)], None),
    ("de", "Zuvor hatte die AfD-Fraktion die Beschlussfähigkeit angezweifelt, für die mehr als die Hälfte der 630 Abgeordneten anwesend sein muss.", True, [("fraction", 0.5, None, "over"), ("count", 630, None, None)], None),
    ("de", "Die Sitzung wurde daraufhin für 45 Minuten unterbrochen.", True, [("duration", 45, "minute", None)], None),
    # --- NRW: Untersuchungsausschuss (dpa) ---
    ("de", "Düsseldorf (dpa) - Der Landtag hat auf Antrag von SPD und Grünen einen Untersuchungsausschuss zur Vergabe von Beraterverträgen im Gesundheitsministerium eingesetzt.", True, [], None),
    ("de", "Für die Einsetzung genügt der Antrag eines Fünftels der Abgeordneten.", True, [("fraction", 0.2, None, None)], None),
    ("de", "Der Ausschuss hat elf Mitglieder und soll bis Ende 2026 einen Abschlussbericht vorlegen.", True, [("count", 11, None, None), ("year", 2026, None, None)], None),
    ("de", "Der Ausschuss werde seinen Zeitplan in der ersten Sitzung im Februar festlegen, sagte Ausschusschef Jonas Pfitzner.", True, [("ordinal", 1, None, None)], "Jonas Pfitzner"),
    # --- Diäten (dpa) ---
    ("de", "Die Abgeordnetenentschädigung steigt zum 1. Juli um 497 Euro auf 12.330 Euro im Monat, teilte die Bundestagsverwaltung mit.", True, [("date", "--07-01", None, None), ("money", 497, "EUR", None), ("money", 12330, "EUR", None)], "die Bundestagsverwaltung"),
    ("de", "Der Bund der Steuerzahler kritisierte den Automatismus als „Selbstbedienung ohne Debatte“.", False, [], None),
    # --- Bundesrat Österreich: Mietgesetz (APA) ---
    ("de", "Wien (APA) - Der Bundesrat hat am Donnerstag gegen das neue Mietgesetz keinen Einspruch erhoben, die Novelle tritt damit am 1. April in Kraft.", True, [("date", "--04-01", None, None)], None),
    ("de", "In der Länderkammer mit ihren 60 Mitgliedern verfügt die Regierung über keine eigene Mehrheit.", True, [("count", 60, None, None)], None),
    ("de", "Ein Einspruchsantrag der FPÖ scheiterte mit 28 zu 31 Stimmen.", True, [("count", 28, None, None), ("count", 31, None, None)], None),
    ("de", "Die Novelle betreffe rund 1,6 Millionen Mietverhältnisse, sagte Justizministerin Sabine Kornhuber im Plenum.", True, [("count", 1600000, None, "about")], "Sabine Kornhuber"),
    ("de", "Zum Begutachtungsentwurf seien 1.284 Stellungnahmen eingelangt, teilte das Justizministerium mit.", True, [("count", 1284, None, None)], "das Justizministerium"),
    ("de", "Die FPÖ sieht darin einen „Angriff auf das Eigentum“.", False, [], None),
    # --- Landtag: konstituierende Sitzung (dpa) ---
    ("de", "Magdeburg (dpa) - Die konstituierende Sitzung des neuen Landtags ist nach mehr als sieben Stunden ohne Wahl eines Präsidenten unterbrochen worden.", True, [("duration", 7, "hour", "over")], None),
    ("de", "Die Sitzung soll am Samstag um 10.00 Uhr fortgesetzt werden, teilte die Landtagsverwaltung mit.", True, [], "die Landtagsverwaltung"),
    ("de", "„Das ist eine Machtergreifung mit den Mitteln der Geschäftsordnung“, sagte der Parlamentarische Geschäftsführer der CDU, Arndt Wessel.", False, [], None),
    ("de", "Ob der Verfassungsgerichtshof noch vor Samstag angerufen wird, gilt als offen.", False, [], None),
    # --- Inkrafttreten, Fristen ---
    ("de", "Das Gesetz wurde am Dienstag im Bundesgesetzblatt verkündet und tritt am Tag danach in Kraft.", True, [], None),
    ("de", "Für Bestandsverträge gilt eine Übergangsfrist von 18 Monaten.", True, [("duration", 18, "month", None)], None),
    # --- Steiermark: Verfassung (APA) ---
    ("de", "Graz (APA) - Der steirische Landtag hat mit Zweidrittelmehrheit die Verkleinerung der Landesregierung von neun auf sieben Mitglieder beschlossen.", True, [("fraction", 0.6667, None, None), ("count", 9, None, None), ("count", 7, None, None)], None),
    ("de", "Für Verfassungsbestimmungen muss zudem mindestens die Hälfte der 48 Abgeordneten anwesend sein.", True, [("fraction", 0.5, None, "at_least"), ("count", 48, None, None)], None),
    ("de", "Die nächste Plenarsitzung werde am 3. März um 9.00 Uhr beginnen, so Landtagspräsidentin Gudrun Hessler.", True, [("date", "--03-03", None, None)], "Gudrun Hessler"),
    # --- Ständerat: Motion Armee (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Ständerat hat eine Motion zur Erhöhung der Armeeausgaben auf ein Prozent des BIP bis 2030 mit 28 zu 15 Stimmen angenommen.", True, [("percent", 1, "%", None), ("year", 2030, None, None), ("count", 28, None, None), ("count", 15, None, None)], None),
    # --- Landtag: Ministerpräsidentenwahl (dpa) ---
    ("de", "Im ersten Wahlgang erhielt die CDU-Kandidatin Anke Rohwedder 61 Stimmen und verfehlte die absolute Mehrheit von 63 Stimmen um zwei.", True, [("ordinal", 1, None, None), ("count", 61, None, None), ("count", 63, None, None), ("count", 2, None, None)], None),
    ("de", "Im zweiten Wahlgang wurde sie eine Stunde später mit 64 Stimmen gewählt.", True, [("ordinal", 2, None, None), ("count", 64, None, None)], None),
    ("de", "„Wir lassen uns von niemandem erpressen“, rief der Fraktionschef der Freien Wähler, Bernd Klages, unter Buhrufen.", False, [], None),
    # --- Sondersitzung Nationalrat (APA) ---
    ("de", "Wien (APA) - Die FPÖ hat eine Sondersitzung des Nationalrats verlangt, die binnen acht Tagen einberufen werden muss.", True, [("duration", 8, "day", None)], None),
    ("de", "Für ein solches Verlangen reichen die Unterschriften von 46 Abgeordneten, das ist ein Viertel des Nationalrats.", True, [("count", 46, None, None), ("fraction", 0.25, None, None)], None),
    ("de", "Es ist bereits die vierte Sondersitzung in diesem Jahr.", True, [("ordinal", 4, None, None)], None),
    ("de", "ÖVP-Klubobmann Richard Prammer sprach von „Showpolitik auf Kosten der Steuerzahler“.", False, [], None),
    # --- Anhörung Gesundheitsausschuss (dpa) ---
    ("de", "Bei der öffentlichen Anhörung im Gesundheitsausschuss kamen am Montag 14 Sachverständige zu Wort, die Sitzung dauerte knapp drei Stunden.", True, [("count", 14, None, None), ("duration", 3, "hour", "nearly")], None),
    ("de", "Zu dem Entwurf waren zuvor 87 schriftliche Stellungnahmen von Verbänden eingegangen.", True, [("count", 87, None, None)], None),
    # --- Jahresbilanz Nationalrat (APA) ---
    ("de", "Der Nationalrat trat im abgelaufenen Jahr zu 41 Plenarsitzungen zusammen und tagte insgesamt 312 Stunden, teilte die Parlamentsdirektion mit.", True, [("count", 41, None, None), ("duration", 312, "hour", None)], "die Parlamentsdirektion"),
    ("de", "Dabei wurden 137 Gesetzesbeschlüsse gefasst, 58 Prozent davon einstimmig.", True, [("count", 137, None, None), ("percent", 58, "%", None)], None),
    ("de", "Laut Parlamentsdirektion wurden in der laufenden Gesetzgebungsperiode bisher 4.127 schriftliche Anfragen an die Regierungsmitglieder gerichtet.", True, [("count", 4127, None, None)], "Parlamentsdirektion"),
    ("de", "Klagenfurt (APA) - Mit einer Dauerrede von fast fünf Stunden hat ein Grünen-Abgeordneter im Kärntner Landtag die Abstimmung über das Jagdgesetz verzögert.", True, [("duration", 5, "hour", "nearly")], None),
    ("de", "Beobachter sprachen von einer Sternstunde des Parlamentarismus.", False, [], None),
    # --- Haushaltsausschuss (dpa) ---
    ("de", "In der Bereinigungssitzung des Haushaltsausschusses, die bis 4.30 Uhr früh dauerte, wurden 287 Änderungsanträge behandelt.", True, [("count", 287, None, None)], None),
    ("de", "Die Koalition setzte dabei Umschichtungen im Umfang von 3,1 Milliarden Euro durch.", True, [("money", 3100000000, "EUR", None)], None),
    ("de", "„Sie haben das Parlament zur Bühne Ihrer Selbstdarstellung gemacht“, hielt ihm die Grünen-Abgeordnete Sabine Reischl entgegen.", False, [], None),
    # --- Sitze, Mandate, Wahlrecht ---
    ("de", "Wiesbaden (dpa) - Durch Überhang- und Ausgleichsmandate wuchs der Landtag von regulär 110 auf 137 Sitze.", True, [("count", 110, None, None), ("count", 137, None, None)], None),
    ("de", "Seit der Wahlrechtsreform ist der Bundestag auf 630 Sitze begrenzt, zuvor saßen dort zeitweise 736 Abgeordnete.", True, [("count", 630, None, None), ("count", 736, None, None)], None),
    ("de", "Die Wahlperiode des Landtags wird durch die Verfassungsänderung von fünf auf sechs Jahre verlängert, erstmals gilt das ab der Wahl 2029.", True, [("duration", 5, "year", None), ("duration", 6, "year", None), ("year", 2029, None, None)], None),
    # --- Gesetzestext, Geschäftsordnung ---
    ("de", "Der Gesetzentwurf umfasst 214 Seiten und ändert insgesamt 38 Paragrafen des Strafgesetzbuchs.", True, [("count", 214, None, None), ("count", 38, None, None)], None),
    ("de", "Nach Paragraf 52 der Geschäftsordnung können eine Fraktion oder fünf Prozent der Mitglieder des Bundestags eine namentliche Abstimmung verlangen.", True, [("percent", 5, "%", None)], None),
    ("de", "Die Karlsruher Richter hatten die Regelung zur Wohnraumüberwachung nach Artikel 13 Absatz 3 des Grundgesetzes teilweise beanstandet.", True, [], None),
    ("de", "Im Bundesrat stimmten elf der 16 Länder für den Antrag, der damit die nötige Mehrheit von 35 Stimmen erreichte.", True, [("count", 11, None, None), ("count", 16, None, None), ("count", 35, None, None)], None),
    # --- Volksinitiative und Volksbegehren ---
    ("de", "Bern (Keystone-SDA) - Die Volksinitiative «Für eine 4-Tage-Woche» ist mit 108'412 gültigen Unterschriften zustande gekommen, wie die Bundeskanzlei am Dienstag mitteilte.", True, [("duration", 4, "day", None), ("count", 108412, None, None)], "die Bundeskanzlei"),
    ("de", "Von den eingereichten 112'960 Unterschriften waren 4548 ungültig.", True, [("count", 112960, None, None), ("count", 4548, None, None)], None),
    ("de", "München (dpa) - Das Volksbegehren für einen Mietenstopp ist mit 9,3 Prozent knapp an der Zehn-Prozent-Hürde gescheitert, teilte der Landeswahlleiter mit.", True, [("percent", 9.3, "%", None), ("percent", 10, "%", None)], "der Landeswahlleiter"),
    ("de", "Nötig gewesen wären die Unterschriften von rund 940.000 Wahlberechtigten innerhalb von 14 Tagen.", True, [("count", 940000, None, "about"), ("duration", 14, "day", None)], None),
    ("de", "„Ein Gesetz mit Augenmaß“, lobte der Städtetag.", False, [], None),
    # --- Commons second reading (PA) ---
    ("en", "LONDON (PA) - MPs have backed the Renters' Protection Bill at second reading by 334 votes to 187, a government majority of 147.", True, [("ordinal", 2, None, None), ("count", 334, None, None), ("count", 187, None, None), ("count", 147, None, None)], None),
    ("en", "Thirty-one Labour MPs voted against the whip, the largest rebellion of the Parliament so far.", True, [("count", 31, None, None)], None),
    ("en", "The bill will now go to a public bill committee for detailed scrutiny before returning to the Commons for report stage.", True, [], None),
    ("en", "\"This bill will finally tip the balance back towards tenants,\" Housing Secretary Miriam Oduya told the Commons.", False, [], None),
    ("en", "Shadow housing secretary Colin Bairstow called the legislation \"a charter for empty homes\".", False, [], None),
    ("en", "The second reading debate lasted just over six hours, with 58 backbenchers called to speak.", True, [("ordinal", 2, None, None), ("duration", 6, "hour", "over"), ("count", 58, None, None)], None),
    ("en", "Ministers expect the bill to receive royal assent by the summer, with its main provisions taking effect on 1 October 2026.", True, [("date", "2026-10-01", None, None)], None),
    ("en", "The Prime Minister was jeered by opposition MPs as she rose to speak.", False, [], None),
    # --- US Senate filibuster (AP) ---
    ("en", "WASHINGTON (AP) — Senate Democrats on Wednesday blocked a Republican border bill for the third time, as a procedural vote fell 52-47, eight short of the 60 needed to break a filibuster.", True, [("ordinal", 3, None, None), ("count", 52, None, None), ("count", 47, None, None), ("count", 8, None, None), ("count", 60, None, None)], None),
    ("en", "Sen. Ronald Kirchner, R-Okla., held the floor for 19 hours and 32 minutes overnight in protest, the longest speech in the chamber since 2023.", True, [("duration", 19, "hour", None), ("duration", 32, "minute", None), ("year", 2023, None, None)], None),
    ("en", "The record for a single Senate speech, 25 hours and 5 minutes, was set in April 2025, according to the Senate Historical Office.", True, [("duration", 25, "hour", None), ("duration", 5, "minute", None), ("year", 2025, None, None)], "the Senate Historical Office"),
    ("en", "\"The American people are sick of the gridlock,\" Kirchner said as he yielded the floor.", False, [], None),
    ("en", "Under Senate rules, ending debate on most legislation requires a three-fifths majority of senators duly chosen and sworn.", True, [("fraction", 0.6, None, None)], None),
    ("en", "Republicans hold 53 of the chamber's 100 seats.", True, [("count", 53, None, None), ("count", 100, None, None)], None),
    ("en", "If cloture is invoked, senators may debate the bill for up to 30 more hours before a final vote.", True, [("duration", 30, "hour", "up_to")], None),
    ("en", "\"We will not be lectured on democracy by the party of the filibuster,\" the majority leader said.", False, [], None),
    # --- House stopgap (Reuters) ---
    ("en", "WASHINGTON, March 4 (Reuters) - The Republican-led House of Representatives passed a stopgap spending bill 218-214 on Tuesday that would fund the government through Sept. 30.", True, [("date", "--03-04", None, None), ("count", 218, None, None), ("count", 214, None, None), ("date", "--09-30", None, None)], None),
    ("en", "Two Republicans voted with 212 Democrats against the measure.", True, [("count", 2, None, None), ("count", 212, None, None)], None),
    ("en", "The bill, H.R. 2882, now goes to the Senate, where it will need the support of at least seven Democrats.", True, [("count", 7, None, "at_least")], None),
    ("en", "Without action, funding for federal agencies lapses at 12:01 a.m. on Oct. 1.", True, [("date", "--10-01", None, None)], None),
    ("en", "\"This is governing by cliff edge, and the American people deserve better,\" the House minority leader said in a statement.", False, [], None),
    ("en", "Republicans control the House by 220 seats to 213, with two vacancies, House records show.", True, [("count", 220, None, None), ("count", 213, None, None), ("count", 2, None, None)], None),
    # --- Lords defeat (Reuters) ---
    ("en", "LONDON (Reuters) - The House of Lords inflicted a fresh defeat on the government on Monday, voting by 241 votes to 198 for an amendment that would delay the ban for two years.", True, [("count", 241, None, None), ("count", 198, None, None), ("duration", 2, "year", None)], None),
    ("en", "It was the government's 14th defeat in the upper chamber since the start of the session.", True, [("ordinal", 14, None, None)], None),
    ("en", "Amendment 47, tabled by crossbench peer Baroness Fenwick-Hale, was also carried by a majority of 22.", True, [("count", 22, None, None)], None),
    ("en", "The bill now returns to the Commons, where ministers intend to overturn both changes.", True, [], None),
    ("en", "\"The unelected chamber is once again thwarting the will of the elected House,\" a government source said.", False, [], None),
    ("en", "There are currently 826 members of the House of Lords eligible to sit, according to parliamentary figures.", True, [("count", 826, None, None)], None),
    ("en", "The government's bill would remove the remaining 92 hereditary peers by the end of the current session.", True, [("count", 92, None, None)], None),
    ("en", "\"This is a bad bill, badly drafted and badly timed,\" Conservative peer Lord Ashcombe told the chamber.", False, [], None),
    # --- European Parliament (Reuters) ---
    ("en", "STRASBOURG, Nov 13 (Reuters) - The European Parliament approved a watered-down version of the EU's corporate sustainability rules on Thursday by 382 votes to 249, with 13 abstentions.", True, [("date", "--11-13", None, None), ("count", 382, None, None), ("count", 249, None, None), ("count", 13, None, None)], None),
    ("en", "The changes narrow the scope of Directive (EU) 2024/1760 to companies with more than 5,000 employees and a turnover above 1.5 billion euros.", True, [("count", 5000, None, "over"), ("money", 1500000000, "EUR", "over")], None),
    ("en", "Lawmakers must now negotiate a final text with the 27 member states, with talks due to start on Dec. 8.", True, [("count", 27, None, None), ("date", "--12-08", None, None)], None),
    ("en", "Green lawmakers accused the centre-right of gutting the law \"in the dead of night\".", False, [], None),
    ("en", "The assembly has 720 members following the 2024 European elections.", True, [("count", 720, None, None), ("year", 2024, None, None)], None),
    ("en", "The European Parliament voted by 433 to 123, with 28 abstentions, to trigger the Article 7 procedure against the member state.", True, [("count", 433, None, None), ("count", 123, None, None), ("count", 28, None, None)], None),
    ("en", "Launching the procedure requires a two-thirds majority of votes cast, representing a majority of the Parliament's members.", True, [("fraction", 0.6667, None, None)], None),
    ("en", "The commissioner-designate faced three hours of questions from the Parliament's budget and economic affairs committees on Tuesday.", True, [("duration", 3, "hour", None)], None),
    ("en", "Her nomination was backed by coordinators representing two-thirds of committee members, the Parliament said in a statement.", True, [("fraction", 0.6667, None, None)], "the Parliament"),
    # --- UK petitions (PA) ---
    ("en", "LONDON (PA) - A petition calling for a ban on smartphones in schools has passed 250,000 signatures, meaning it will be considered for debate in Parliament.", True, [("count", 250000, None, None)], None),
    ("en", "Petitions that reach 100,000 signatures are considered for a Westminster Hall debate, while the government responds to any that gather 10,000.", True, [("count", 100000, None, None), ("count", 10000, None, None)], None),
    ("en", "The debate will be held on 23 March, the Petitions Committee said.", True, [("date", "--03-23", None, None)], "the Petitions Committee"),
    ("en", "Parents' groups hailed the milestone as \"a turning point\" in their campaign.", False, [], None),
    ("en", "A recall petition in the constituency closed with 10,942 signatures, or 14.1% of eligible voters, well above the 10% threshold needed to trigger a by-election.", True, [("count", 10942, None, None), ("percent", 14.1, "%", None), ("percent", 10, "%", None)], None),
    ("en", "The petition had been open for six weeks at nine signing locations, the returning officer said.", True, [("duration", 6, "week", None), ("count", 9, None, None)], "the returning officer"),
    # --- Australian Senate (AAP) ---
    ("en", "CANBERRA, Nov 27 (AAP) - The Senate has passed the government's environment protection overhaul 38 votes to 31 after a marathon final sitting that ran past 2am.", True, [("date", "--11-27", None, None), ("count", 38, None, None), ("count", 31, None, None)], None),
    ("en", "The upper house sat for almost 17 hours on Thursday, debating more than 120 amendments moved by the Coalition and the crossbench.", True, [("duration", 17, "hour", "nearly"), ("count", 120, None, "over")], None),
    ("en", "The Greens secured three changes in exchange for their 11 votes, Environment Minister Dale Harkins told reporters.", True, [("count", 3, None, None), ("count", 11, None, None)], "Dale Harkins"),
    ("en", "The laws will commence on July 1, 2026.", True, [("date", "2026-07-01", None, None)], None),
    ("en", "\"Tonight the Senate has done its job,\" Harkins said.", False, [], None),
    ("en", "The House of Representatives has 150 members, so 76 seats are needed to form government.", True, [("count", 150, None, None), ("count", 76, None, None)], None),
    # --- Canada (Reuters) ---
    ("en", "OTTAWA (Reuters) - Canada's minority Liberal government survived a confidence vote on its budget on Monday by 171 votes to 166.", True, [("count", 171, None, None), ("count", 166, None, None)], None),
    ("en", "The Liberals hold 168 of the Commons' 343 seats, four short of a majority.", True, [("count", 168, None, None), ("count", 343, None, None), ("count", 4, None, None)], None),
    ("en", "Bill C-12, the border security legislation, passed third reading the same evening.", True, [("ordinal", 3, None, None)], None),
    # --- India (PTI) ---
    ("en", "NEW DELHI, Aug 6 (PTI) - The Lok Sabha on Wednesday passed the Inland Waterways (Amendment) Bill after a debate lasting nearly nine hours, with 302 members voting in favour and 197 against.", True, [("date", "--08-06", None, None), ("duration", 9, "hour", "nearly"), ("count", 302, None, None), ("count", 197, None, None)], None),
    ("en", "The lower house has 543 seats, of which the ruling alliance controls 297.", True, [("count", 543, None, None), ("count", 297, None, None)], None),
    ("en", "Opposition members heckled the minister throughout his reply, shouting slogans from the well of the House.", False, [], None),
    # --- US Constitution, amendments (AP) ---
    ("en", "The lawsuit argues the executive order violates the citizenship clause of the 14th Amendment, ratified in 1868.", True, [("ordinal", 14, None, None), ("year", 1868, None, None)], None),
    ("en", "A constitutional amendment requires approval by two-thirds of both chambers of Congress and ratification by three-quarters of the states, or 38 of 50.", True, [("fraction", 0.6667, None, None), ("fraction", 0.75, None, None), ("count", 38, None, None), ("count", 50, None, None)], None),
    # --- Scotland, Wales (PA) ---
    ("en", "EDINBURGH (PA) - MSPs have passed the Tenant Energy Standards (Scotland) Bill at Stage 3 by 71 votes to 52, with one abstention.", True, [("ordinal", 3, None, None), ("count", 71, None, None), ("count", 52, None, None), ("count", 1, None, None)], None),
    ("en", "UK ministers are weighing a Section 35 order against the bill, which would be only the second use of the power since devolution in 1999.", True, [("ordinal", 2, None, None), ("year", 1999, None, None)], None),
    ("en", "CARDIFF (PA) - The Senedd will grow from 60 to 96 members at the next election under legislation passed by 41 votes to 17.", True, [("count", 60, None, None), ("count", 96, None, None), ("count", 41, None, None), ("count", 17, None, None)], None),
    ("en", "The bill required a supermajority of at least 40 of the 60 members because it changes the Senedd's electoral system.", True, [("count", 40, None, "at_least"), ("count", 60, None, None)], None),
    # --- Commons procedure ---
    ("en", "Under Standing Order No. 24, the Speaker granted an emergency debate of up to three hours on Tuesday.", True, [("duration", 3, "hour", "up_to")], None),
    ("en", "The motion was carried without a division.", True, [], None),
    ("en", "Division bells rang out as MPs hurried through the lobbies.", False, [], None),
    ("en", "\"Order! Order!\" the Speaker shouted as opposition MPs waved their order papers.", False, [], None),
    ("en", "There were 153 sitting days in the last session, and the longest sitting ran to 14 hours and 21 minutes, House of Commons Library figures show.", True, [("count", 153, None, None), ("duration", 14, "hour", None), ("duration", 21, "minute", None)], None),
    ("en", "MPs tabled 2,347 amendments to the bill across its committee and report stages.", True, [("count", 2347, None, None)], None),
    ("en", "The Speaker selected only 36 of them for debate.", True, [("count", 36, None, None)], None),
    ("en", "Labour MP Priya Sandhu introduced the measure as a ten minute rule bill, which rarely becomes law without government support.", True, [("duration", 10, "minute", None)], None),
    ("en", "Whether the government can hold its rebels together at report stage remains to be seen.", False, [], None),
    # --- Bundestag in English (Reuters) ---
    ("en", "BERLIN (Reuters) - Germany's Bundestag approved a 40 billion euro aid package for municipalities on Friday, with 389 lawmakers voting in favour, 196 against and 19 abstaining.", True, [("money", 40000000000, "EUR", None), ("count", 389, None, None), ("count", 196, None, None), ("count", 19, None, None)], None),
    ("en", "The bill also needs the approval of the Bundesrat upper house, where the 16 states hold a combined 69 votes.", True, [("count", 16, None, None), ("count", 69, None, None)], None),
    ("en", "The Bundesrat is due to vote on Dec. 19.", True, [("date", "--12-19", None, None)], None),
    ("en", "(Reporting by Kate Holden and Lars Brenner; Editing by Toby Ashworth)", False, [], None),
    # --- Austria in English (Reuters) ---
    ("en", "VIENNA (Reuters) - Austria's parliament on Wednesday voted to freeze lawmakers' salaries for 2026, the second such freeze in three years.", True, [("year", 2026, None, None), ("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("en", "The measure passed the 183-seat National Council with the votes of all five parliamentary groups.", True, [("count", 183, None, None), ("count", 5, None, None)], None),
    # --- Senate confirmation (AP) ---
    ("en", "WASHINGTON (AP) — The Senate confirmed Harriet Lowell as labor secretary on Thursday after a 50-50 vote, with the vice president breaking the tie.", True, [("count", 50, None, None), ("count", 50, None, None)], None),
    ("en", "It was only the fourth time a Cabinet nominee had required a tie-breaking vote.", True, [("ordinal", 4, None, None)], None),
    ("en", "Lowell's confirmation hearing before the Senate Health, Education, Labor and Pensions Committee lasted four and a half hours.", True, [("duration", 4.5, "hour", None)], None),
    ("en", "Senators from both parties paid tribute to the chamber's traditions in lengthy floor speeches.", False, [], None),
    ("en", "The Senate Judiciary Committee advanced the nomination on a 12-10 party-line vote.", True, [("count", 12, None, None), ("count", 10, None, None)], None),
    ("en", "Over two days of hearings, the nominee answered questions for more than 11 hours.", True, [("duration", 2, "day", None), ("duration", 11, "hour", "over")], None),
    # --- State legislatures (AP) ---
    ("en", "COLUMBUS, Ohio (AP) — Ohio lawmakers voted on Wednesday to overturn the governor's veto of a property tax bill, with the House voting 65-32 and the Senate 24-8.", True, [("count", 65, None, None), ("count", 32, None, None), ("count", 24, None, None), ("count", 8, None, None)], None),
    ("en", "An override in Ohio requires a three-fifths majority in each chamber, or 60 votes in the House and 20 in the Senate.", True, [("fraction", 0.6, None, None), ("count", 60, None, None), ("count", 20, None, None)], None),
    ("en", "\"Today the legislature stood up for homeowners,\" House Speaker Dennis Pruitt said.", False, [], None),
    ("en", "The state Senate passed a bill banning abortions after six weeks of pregnancy by 29 votes to 20, sending it to the governor.", True, [("duration", 6, "week", None), ("count", 29, None, None), ("count", 20, None, None)], None),
    ("en", "The law would take effect 90 days after the end of the legislative session.", True, [("duration", 90, "day", None)], None),
    ("en", "The Arizona House needed four rounds of voting over two days to elect a speaker, the first contested leadership vote there since 1991.", True, [("count", 4, None, None), ("duration", 2, "day", None), ("ordinal", 1, None, None), ("year", 1991, None, None)], None),
    ("en", "The session was adjourned after just 40 minutes when the chamber lacked a quorum of 50 members.", True, [("duration", 40, "minute", None), ("count", 50, None, None)], None),
    ("en", "Critics say the quorum rule has been abused to stall debate.", False, [], None),
    # --- Ireland (Reuters) ---
    ("en", "DUBLIN, Oct 8 (Reuters) - Ireland's parliament passed the budget's main financial resolution by 91 votes to 67 late on Tuesday.", True, [("date", "--10-08", None, None), ("count", 91, None, None), ("count", 67, None, None)], None),
    ("en", "The 174-seat Dail had debated the measures for two days, the Ceann Comhairle's office said.", True, [("count", 174, None, None), ("duration", 2, "day", None)], "the Ceann Comhairle's office"),
    # --- Congress productivity, petitions ---
    ("en", "The 119th Congress has so far enacted 74 public laws, fewer than any Congress at the same point in at least three decades, according to GovTrack.", True, [("ordinal", 119, None, None), ("count", 74, None, None), ("duration", 30, "year", "at_least")], "GovTrack"),
    ("en", "A discharge petition needs the signatures of 218 House members, a majority of the chamber, to force a floor vote.", True, [("count", 218, None, None)], None),
    ("en", "The petition reached 218 signatures on Tuesday when two Republicans added their names, the House clerk's office said.", True, [("count", 218, None, None), ("count", 2, None, None)], "the House clerk's office"),
    ("en", "Under the Congressional Review Act, lawmakers have 60 legislative days to overturn a new federal rule by simple majority.", True, [("count", 60, None, None)], None),
    ("en", "Senators cast 45 roll-call votes during an overnight vote-a-rama that stretched for nearly 27 hours, a record for the chamber.", True, [("count", 45, None, None), ("duration", 27, "hour", "nearly")], None),
    ("en", "Several senators were seen dozing at their desks as dawn broke over the Capitol.", False, [], None),
    # --- EU law in English ---
    ("en", "Regulation (EU) 2024/1689, the AI Act, entered into force on Aug. 1, 2024, with most obligations applying from Aug. 2, 2026.", True, [("date", "2024-08-01", None, None), ("date", "2026-08-02", None, None)], None),
    ("en", "Fines for the most serious breaches can reach 35 million euros or 7% of global annual turnover, whichever is higher.", True, [("money", 35000000, "EUR", None), ("percent", 7, "%", None)], None),
    # --- Parliament Acts, majorities (PA) ---
    ("en", "Ministers have threatened to invoke the Parliament Act 1949, which allows the Commons to override the Lords after a delay of one year.", True, [("year", 1949, None, None), ("duration", 1, "year", None)], None),
    ("en", "The Parliament Acts have been used only seven times since 1911, most recently for the Hunting Act 2004.", True, [("count", 7, None, None), ("year", 1911, None, None), ("year", 2004, None, None)], None),
    ("en", "The government's working majority stands at 166 after two by-election defeats this year.", True, [("count", 166, None, None), ("count", 2, None, None)], None),
    ("en", "Peers have tabled more than 1,000 amendments to the bill, which runs to 312 clauses and 17 schedules.", True, [("count", 1000, None, "over"), ("count", 312, None, None), ("count", 17, None, None)], None),
    ("en", "The vote was pulled at the last minute, Chief Whip Anna Pelling said, after 43 Labour MPs signed a letter opposing the cuts.", True, [("count", 43, None, None)], "Anna Pelling"),
    ("en", "It was, by any measure, a bruising night for the government.", False, [], None),
    ("en", "Republicans called the maneuver \"a partisan power grab\".", False, [], None),
    ("en", "\"I yield back the balance of my time,\" the senator said.", False, [], None),
    ("en", "This story has been updated with the final vote tally.", False, [], None),
    ("en", "The full division list is available on the parliament website.", False, [], None),
    ("en", "The mood in the chamber was tense throughout the afternoon.", False, [], None),
    ("en", "Senate Majority Leader Tom Avery told reporters the chamber would stay in session through the weekend to finish the bill.", True, [], "Tom Avery"),
]
