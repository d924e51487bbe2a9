"""Seventy-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Lumora, Marit Holmqvist, Mikkel Sørvang, Riina Kask, Gernot Haberfellner, Miriam Lechner,
Agnieszka Wolska, Rui Fontainhas, Kateřina Voráčková, Luís Amaral, Vistagram, Sari Paananen,
Jaroslav Dvořáček, Günther Auer; Valcor Packaging, Hensel, Christel Vangsgaard, Joost
Verhagen, Claire Dumoulin, Julia Marchetti, Tomas Lindqvist, Aidan Crowe); real institutions,
places, laws and programmes ("EU-Kommission", "Rat", "Europaparlament", "EZB", "Eurostat",
"EU-Asylagentur", "Europäischer Gerichtshof", "Euroclear", "Frontex", "IMF", "LSEG",
"Digital Markets Act", "NIS-2", "Verordnung (EU) 2023/1115", "Richtlinie (EU) 2019/882",
"Pay Transparency Directive", "Erasmus+", "NextGenerationEU", "Mercosur") stand for the way
wire copy names them; what is said and counted of them here is invented.

Its weight: EU POLITICS AND INSTITUTIONS as Brussels correspondents of APA, dpa, AFP, Reuters
and Euractiv-style services file them. Half German (dpa, APA, AFP and Reuters German; Austrian
"mit 1. Jänner", "Begutachtung", "Mrd.", "Mio."; German „“ quotes): a Commission antitrust
fine on a software group with the turnover ceiling and periodic penalties, the interior
ministers' solidarity pool under qualified majority, the 19th sanctions package with
shadow-fleet listings, the Commission's draft MFF for 2028 to 2034 with shares of gross
national income and Austria's net contribution, a plenary vote delaying the deforestation
regulation, the monthly infringement package (NIS-2, an accessibility directive, nitrogen
dioxide limits), an ECB rate hold and Eurostat's inflation, an enlargement step for
Montenegro with chapters and clusters, a summit on the 2040 climate target, Eurostat's jobless
and growth figures, a DSA proceeding, the Mercosur agreement and a blocking minority,
Bulgaria's euro changeover, defence loans, a Court of Justice ruling on the minimum wage
directive. Half English (Reuters, AFP, AP, PA, Euractiv style): a packaging cartel fine, a
DMA fine, the Russian gas phase-out adopted by qualified majority, a Parliament resolution on
a social media minimum age, Parliament's MFF position, an ECB meeting with projections and
market pricing, Eurostat's flash inflation and debt ratios, an infringement referral with a
lump sum and daily penalty, enlargement clusters, the 19th package in English, a summit on
Ukraine funding, the EU-U.S. trade framework, pay transparency thresholds, the UK rejoining
Erasmus+, fishing quotas, Frontex figures and a state aid approval. Forms: fines in euros
("eine Geldbuße von 1,38 Milliarden Euro", "318.4 million euros", "€2.7 million", "€12,600",
"€168bn", "a 3 billion euro German scheme"), ceilings as shares of turnover ("bis zu zehn
Prozent des weltweiten Jahresumsatzes", "bis zu fünf Prozent des durchschnittlichen
Tagesumsatzes", "up to 20 percent of their worldwide annual turnover", "can reach 10%"),
majorities ("mindestens 15 Mitgliedstaaten ... mindestens 65 Prozent", "55% of member states
representing at least 65%", "mindestens vier Staaten, die mehr als 35 Prozent"), tallies
("mit 412 zu 187 Stimmen bei 43 Enthaltungen", "voted 457 to 148, with 39 abstentions"),
packages, rounds and summits as ordinals ("das 19. Sanktionspaket", "their 19th round of
sanctions", "a 20th package", "der sechste Gipfel", "the leaders' fourth summit", "das 21.
Mitglied der Eurozone", "zum dritten Mal in Folge", "for a fourth straight meeting"), budget
volumes ("knapp 2 Billionen Euro", "€1.98 trillion", "rund 4,6 Mrd. Euro", "um etwa 900 Mio.
Euro"), shares of GNI and GDP, rate moves in points ("um insgesamt zwei Prozentpunkte", "bis
zu fünf Prozentpunkte", "a quarter-point cut"), deadlines ("binnen 90 Tagen", "zwei Monate
Zeit", "60 days", "alle sechs Monate", "every three years"), dates of application ("ab dem
30. Dezember 2026", "mit 1. Jänner 2026", "from Jan. 1, 2026", "until June 7, 2026"), chapters
and clusters ("von den 33 eröffneten Kapiteln nun 11", "11 of its 33 open chapters", "alle
sechs Verhandlungscluster", "the first two negotiating clusters"), Eurostat figures
(unemployment, youth unemployment, inflation by country, debt ratios), act numbers as
identifiers, and attribution ("teilte die Kommission mit", "teilte der Rat in Brüssel mit",
"wie die EZB ... mitteilte", "wie Eurostat mitteilte", "Nach Angaben der EU-Asylagentur", "the
Commission said", "according to Eurostat", "according to the company", "told a news
conference", "told reporters"). Negatives as such copy has them: quoted evaluations and
rhetoric of commissioners, ministers, MEPs, a rapporteur, a central banker, a farmers' leader
and a union federation; labels without a claim ("sprach von einem „Anschlag auf ...“", "sprach
dagegen von einem „Sieg der Vernunft“", "described the compromise as ..."); appeals ("Die
Kommission fordert alle Mitgliedstaaten auf ...", "Die Grünen forderten die Kommission auf
...", "Member states should ..., the Commission urged."); analysts' and business groups'
views; open questions ("Ob das Paket ...", "It remains unclear whether ..."); procedural
boilerplate (the next steps of an infringement procedure in general, the right to appeal to
the General Court, "Zu laufenden Verfahren äußert sich die EU-Kommission grundsätzlich
nicht.", no-comment lines, "The plenary agenda is subject to change.", an update note, a
newsletter plug, a special-report line, a reporting credit, "(Schluss) bei/kla").

232 rows (116 German, 116 English), 51 negatives (25 German, 26 English), 181 check-worthy
rows of which 18 carry no figure (10 German, 8 English), 310 expected quantities (83 counts,
65 percentages, 54 years, 33 amounts of money, 29 durations, 22 ordinals, 20 dates, 4
fractions; none of them in negatives), 16 checked speakers (8 German, 8 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a fact is check-worthy with the speaker its own attribution gives ("Lumora habe
  über mindestens neun Jahre ... bevorzugt, teilte die Kommission ... mit." -> "die
  Kommission"; thirty-first and sixty-eighth). Check-worthy without a figure: a company's
  announced court challenge ("Lumora kündigte an, ... vorzugehen", "The company said it would
  appeal, calling the decision "a tax on innovation"" - a quoted label beside a reported step
  does not undo it, thirty-first), how governments voted ("Ungarn, die Slowakei und Polen
  stimmten dagegen ...", "Hungary and Slovakia voted against and Bulgaria abstained"), a veto
  lifted after assurances, the factions for and against a motion, a ministry's stated
  position, a formal DSA proceeding opened and its scope, a unanimous summit decision
  reported by the Council president, member states' positions on Mercosur and on the
  climate target, a referral to the Court of Justice, a national department's stated
  timetable, U.S. officials' warning of retaliation (as "U.S. officials have repeatedly
  accused Brussels ...", an earlier batch), notified transpositions.
- New: the right to appeal stated in general ("The companies can appeal the decision at the
  General Court in Luxembourg.") and the general course of an infringement procedure
  ("Bleibt eine zufriedenstellende Antwort aus, kann die Kommission ... verweisen.") are
  procedural boilerplate and negatives, while a rule with a figure stays check-worthy ("Für
  eine qualifizierte Mehrheit müssen mindestens 15 Mitgliedstaaten zustimmen ...", "Under
  EU antitrust rules, fines can reach 10% ...", as the Council's double majority in the
  sixty-fifth batch).
- Majorities and minorities: "mindestens 15 Mitgliedstaaten" count 15 "at_least" and
  "mindestens 65 Prozent" percent 65 "at_least"; "55% of member states representing at least
  65%" 55 and 65 "at_least" (sixty-fifth: "55 Prozent der Mitgliedstaaten, die zusammen
  mindestens 65 Prozent ..."); "mindestens vier Staaten, die mehr als 35 Prozent" count 4
  "at_least" and percent 35 "over"; "qualifizierte Mehrheit", "qualified majority",
  "Sperrminorität", "Einstimmigkeit", "unanimity" carry none (sixty-fifth).
- Tallies are counts, one per figure (sixty-fifth): "mit 412 zu 187 Stimmen bei 43
  Enthaltungen", "voted 457 to 148, with 39 abstentions"; "720 Mitglieder ... 642 von ihnen",
  "The assembly's 720 members" counts.
- Ordinals of packages, rounds, meetings, summits and members (thirty-first, sixty-eighth):
  "das 19. Sanktionspaket" 19, "their 19th round of sanctions" 19, "a 20th package" 20,
  "zum dritten Mal in Folge" 3, "for a fourth straight meeting" 4, "der sechste Gipfel" 6,
  "the leaders' fourth summit" 4, "das vierte Verfahren" 4, "the second penalty" 2,
  "the Commission's fifth cartel decision" 5, "das 21. Mitglied der Eurozone" 21, "die
  dritthöchste Kartellstrafe" 3 (an ordinal inside a compound, as "drittpünktlichste"),
  "Im zweiten Fall" 2, "des ersten Clusters" 1, "the first two negotiating clusters" ordinal
  1 and count 2 (forty-second: "For the first two months"), "im ersten Halbjahr" 1, "im
  dritten Quartal" 3, "the second quarter" 2, "the second half of 2026" 2 and the year, "in
  the first year" 1, "in the first 10 months of 2025" ordinal 1, 10 months and the year.
- Legal and procedural references are identifiers and carry no quantity (sixty-fifth): "Die
  Verordnung (EU) 2023/1115", "Barrierefreiheitsrichtlinie (EU) 2019/882". New: the numbers
  of accession chapters ("Für die Rechtsstaatskapitel 23 und 24") are identifiers, as "Punkt
  12 des ... Entwurfs" and "Chapter 11" (sixty-eighth, fifty-ninth), while chapters and
  clusters counted are counts ("von den 33 eröffneten Kapiteln nun 11", "11 of its 33 open
  chapters", "35 chapters grouped into six clusters", "alle sechs Verhandlungscluster", "vier
  weitere Verhandlungskapitel"). New: "NIS-2" (a directive's short name with a figure after
  a hyphen) carries none, as "COP30" and "the G8" (thirty-first, sixty-eighth);
  "Erasmus+", "NextGenerationEU", "DMA", "DSA", "IBAR" none.
- Shares of turnover, GNI and GDP are percentages, the noun after them carries none
  (fiftieth and fifty-third): "bis zu zehn Prozent des weltweiten Jahresumsatzes" and "bis zu
  fünf Prozent des durchschnittlichen Tagesumsatzes" "up_to", "bis zu sechs Prozent des
  globalen Jahresumsatzes", "up to 20 percent of their worldwide annual turnover", "up to 6%
  of global turnover" "up_to"; "fines can reach 10%" with no hedge (a verb, sixty-fifth: "can
  reach 35 million euros"); "1,26 Prozent des Bruttonationaleinkommens ..., nach 1,13
  Prozent", "1.26% of gross national income", "kept at 1% of gross national income", "88.2%
  of GDP ... 152.5%", "the 60% reference value". "ihren Entwurf ... vorgelegt" and "the
  proposed budget" none.
- Points: "um insgesamt zwei Prozentpunkte" 2 pp ("insgesamt" no hedge), "bis zu fünf
  Prozentpunkte" 5 pp "up_to", "a quarter-point cut" 0.25 pp (eleventh and sixty-second).
  New: "Growth was revised up to 1.2%" has no hedge - "up" belongs to the verb "revised up",
  not to the bound "up to" (as "topped 5%", thirty-eighth: a verb carries no hedge).
- Money (fifty-third and sixty-eighth): "1,38 Milliarden Euro", "rund 61 Milliarden Dollar"
  USD "about", "knapp 2 Billionen Euro" 2e12 EUR "nearly" (a German "Billion" is a million
  millions, twenty-second), "mindestens 295,7 Milliarden Euro" "at_least", "rund 4,6 Mrd.
  Euro ..., um etwa 900 Mio. Euro" both "about", "mit mehr als 100 Millionen Euro Umsatz"
  "over", "20.000 Euro pro Person" ("pro Person" none), "€1.98 trillion", "About €168bn"
  1.68e11 EUR "about" (a glued "bn"), "€2.7 million and a daily penalty of €12,600" ("daily"
  none), "a 3 billion euro German scheme", "140 billion euros ($163 billion)" 1.4e11 EUR and
  1.63e11 USD (the conversion in brackets is its own amount), "$47.60 a barrel" ("a barrel"
  none), "50 euros per megawatt hour", "about £570 million" GBP "about". An exchange rate is
  money in the priced currency (fourteenth, thirty-first and sixty-second): "auf 1,95583 Lew je Euro" 1.95583
  BGN.
- Durations: deadlines and periods as written (sixty-fifth): "binnen 90 Tagen", "zwei Monate
  Zeit", "um zwölf Monate", "binnen 13 Monaten", "60 days", "for the next two years", "over
  seven years", "over three years"; "über mindestens neun Jahre hinweg" 9 years "at_least"
  (the preposition before the hedge is none, sixty-eighth: "über mehr als 1.200 Kilometer");
  "nach mehr als 25 Jahren Verhandlungen" "over"; "Nach mehr als 14-stündigen
  Verhandlungen" 14 hours "over" (twenty-fifth: "mehr als siebenstündigen"); "after nearly 20
  hours of negotiations" "nearly"; "for almost eight years" 8 years "nearly"; "for nearly two
  months" "nearly"; "its lowest in more than three years" 3 years "over"; "eine Laufzeit von
  bis zu 45 Jahren" "up_to", "eine Schonfrist von zehn Jahren"; "a two-hour debate", "12
  four-day plenary sessions" count 12 and 4 days; "alle sechs Monate" 6 months and "every
  three years" 3 years (thirtieth and fifteenth: "alle sechs Jahre", "every four minutes");
  "every year", "jährlich", "monatlich", "a year", "for more than a year" none (an article,
  sixty-eighth).
- Ages are durations in years: "Bei den unter 25-Jährigen" 25 years "under" (fifty-sixth),
  "13- to 16-year-olds" 13 and 16 years (twenty-third: "18- to 20-year-olds"), "aged 18 to 30"
  18 and 30 years; "two-year visas" 2 years. New: "an EU-wide minimum age of 16" is 16 years
  with no hedge - the noun "minimum age" names the limit and parts it from the figure, as
  "über die Marke von 3 Prozent" carries none (thirty-eighth).
- New: fishing days allowed ("fish on 130 days next year, compared with 27 days") are
  counts - a day of a calendar of allowed activity is counted, not measured, as "153 sitting
  days" and "60 Arbeitstage" (sixty-fifth, fifty-first).
- Counts: "21.000 Asylsuchenden", "rund 399.000 Asylanträge" "about", "117 weitere Schiffe
  ..., insgesamt 557 Tanker", "Gegen 45 Personen und 27 Organisationen", "mehr als 2.500
  Personen" "over", "in 27 nationalen Partnerschaftsplänen", "23 neue Verfahren ..., darunter
  zwei", "in 14 Ballungsräumen", "47 ..., gegen Deutschland 68" (the elliptic second figure
  keeps its kind), "in acht Schritten", "im 26-köpfigen EZB-Rat" 26 (as "Im 40-köpfigen
  Gemeinderat", forty-first), "in den 20 Euro-Ländern", "13,2 Millionen Menschen, rund
  174.000 mehr", "rund 118 Millionen ... Nutzer" "about", "45 Millionen Nutzern", "99.000
  Tonnen pro Jahr" (a physical measure is a count, fourth), "auf 19 Länder", "zwei
  Bestimmungen", "mit 15 Richterinnen und Richtern", "the 27 member states", "all 26 other
  member states", "the other 26 leaders", "Twelve of the 27", "20 of the bloc's 27
  countries", "the nine official candidates", "12 Chinese and three Indian entities", "five
  more banks", "1,024 new infringement cases", "more than 100 employees" "over", "250 or more
  staff" with no hedge ("or more" none, forty-eighth and sixtieth), "150 to 249" (a range,
  no hedge), "Around 100,000 students" "about", "about 178,000" "about", "10,000 officers",
  "three sources", "two EU diplomats", "61 MEPs".
- Fractions: "knapp ein Viertel weniger" 0.25 "nearly", "roughly two-thirds" 0.6667
  "about", "One in five euros" 0.2 (thirty-first: "Around one in five"), "up to half of
  their power bills" 0.5 "up_to".
- Years and dates (sixty-fifth, sixty-eighth): "für die Jahre 2028 bis 2034" and "the
  2028-2034 period" both years (forty-fourth: "2028 to 2034"), "the 2021-2027 framework"
  both; "seit Juni 2024", "im Januar 2023", "bis Ende 2026", "ab Januar 2027", "by 2027",
  "since its 2022 peak", "in June 2022" the years; "bis 17. Oktober 2024" 2024-10-17 ("bis"
  before a date no hedge), "ab dem 30. Dezember 2026", "ab dem 30. Juni 2027", "nach dem 31.
  Dezember 2020", "mit 1. Jänner 2026" (tenth), "from Jan. 1, 2026", "by Nov. 1, 2027",
  "until Sept. 19, 2022", "until June 7, 2026" full dates; "am 31. Januar", "für den 18.
  Dezember", "für den 19. und 20. März" (two dates, the month written once, twenty-first),
  "on Feb. 5", "from Sept. 3" dates without a year; Reuters datelines with a day
  ("BRUSSELS, Oct 23 (Reuters)", "LUXEMBOURG, Oct 20 (Reuters)", "STRASBOURG, Nov 26
  (Reuters)", "FRANKFURT, Dec 18 (Reuters)", "BRUSSELS, Oct 22 (Reuters)") dates without a
  year; dpa, APA, AFP, AP, PA and Reuters datelines without a day none; months alone ("im
  September", "in November", "in July", "im Sommer", "in December") and weekdays none.
- Speakers, checked only in forms the earlier batches settled: "teilte die Kommission ...
  mit" -> "die Kommission" (the source with its article in the nominative, as "teilte die
  EU-Kommission mit"), "teilte der Rat in Brüssel mit" -> "der Rat" (the place dropped,
  fourteenth), "wie die EZB am Donnerstag in Frankfurt mitteilte" -> "die EZB" (twenty-fifth
  and twenty-eighth), "wie Eurostat mitteilte" -> "Eurostat" (twenty-seventh), "Nach Angaben
  der EU-Asylagentur" -> "die EU-Asylagentur" (as "Nach Angaben der EU-Kommission",
  thirty-first), "Ratspräsident Luís Amaral sagte ..., ..." and "sagte EU-Handelskommissar
  Jaroslav Dvořáček" the name (the title dropped, thirty-first and fifty-third); "the
  Commission said" -> "the Commission" (an earlier batch), "Competition Commissioner Marit
  Holmqvist told a news conference" and "European Council President Luís Amaral told
  reporters" the name, "Eurostat said in a flash estimate" and "according to Eurostat" ->
  "Eurostat", "according to the company" -> "the company" (as "according to the agriculture
  ministry", sixty-eighth). Left unchecked (None): "wie Diplomaten bestätigten", "hieß es aus
  Diplomatenkreisen", "nach Angaben aus Notenbankkreisen", "nach eigenen Angaben", "nach
  Berechnungen des Finanzministeriums", "teilte die dänische Ratspräsidentschaft mit" (an
  adjective heading the source, thirty-first), "wie die Statistikbehörde Eurostat mitteilte"
  (a description before a name, thirty-first), "teilte die Behörde ... mit" (a description,
  as "the agency said", forty-second), "according to an EU official", "three sources familiar
  with the discussion said", "two EU diplomats said", "Commission data show", "Eurostat data
  show", "LSEG data showed", "according to its annual report", "the IMF estimates", "the
  Government has announced" (a present perfect, as "has said"), "The Department of Housing
  said" and "Hungary said" opening the sentence (as "The WHO said", thirty-first), "the EU
  border agency Frontex said" (a description before a name), rows without attribution and all
  negatives.
- Hedges, only the names in use: "rund", "etwa", "about", "About", "around", "Around",
  "roughly", "Roughly" "about"; "knapp", "almost", "nearly" "nearly"; "mehr als", "more than"
  "over"; "mindestens", "Mindestens", "at least" "at_least"; "bis zu", "up to" "up_to";
  "weniger als", "unter" before an age "under"; "insgesamt", "jeweils", "bereits", "nun",
  "weitere", "more", "Only", "so far", "a record", "or more", "then" no hedge.
- Negatives, none with a figure: quoted rhetoric and evaluations of commissioners, ministers,
  MEPs, a rapporteur, a central banker, a governor, a farmers' leader, a union federation and
  a company spokesman; labels without a claim; appeals; analysts' and business groups'
  views; open questions; no-comment lines; procedural boilerplate and desk lines (above).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_75 = [
    # --- Kartellstrafe gegen Lumora (dpa) ---
    ("de", "Brüssel (dpa) - Wegen Missbrauchs seiner marktbeherrschenden Stellung muss der US-Softwarekonzern Lumora eine Geldbuße von 1,38 Milliarden Euro an die EU-Kommission zahlen.", True, [("money", 1380000000, "EUR", None)], None),
    ("de", "Lumora habe über mindestens neun Jahre hinweg eigene Cloud-Dienste bei der Vergabe von Softwarelizenzen bevorzugt, teilte die Kommission am Mittwoch mit.", True, [("duration", 9, "year", "at_least")], "die Kommission"),
    ("de", "Es ist die dritthöchste Kartellstrafe, die Brüssel je gegen ein einzelnes Unternehmen verhängt hat.", True, [("ordinal", 3, None, None)], None),
    ("de", "Nach den EU-Wettbewerbsregeln hätte die Buße bis zu zehn Prozent des weltweiten Jahresumsatzes betragen können, der 2024 bei rund 61 Milliarden Dollar lag.", True, [("percent", 10, "%", "up_to"), ("year", 2024, None, None), ("money", 61000000000, "USD", "about")], None),
    ("de", "Der Konzern muss die beanstandeten Praktiken binnen 90 Tagen abstellen, andernfalls drohen Zwangsgelder von bis zu fünf Prozent des durchschnittlichen Tagesumsatzes.", True, [("duration", 90, "day", None), ("percent", 5, "%", "up_to")], None),
    ("de", "„Marktmacht ist kein Freibrief, und das gilt für alle Unternehmen gleichermaßen“, sagte EU-Wettbewerbskommissarin Marit Holmqvist in Brüssel.", False, [], None),
    ("de", "Lumora kündigte an, gegen die Entscheidung vor dem Gericht der EU in Luxemburg vorzugehen.", True, [], None),
    ("de", "Das Verfahren war im Juni 2021 nach einer Beschwerde von drei europäischen Wettbewerbern eröffnet worden.", True, [("year", 2021, None, None), ("count", 3, None, None)], None),
    ("de", "„Wir halten die Entscheidung für sachlich falsch und werden uns mit allen Mitteln dagegen wehren“, erklärte ein Konzernsprecher.", False, [], None),
    # --- Solidaritätspool in der Migrationspolitik (APA) ---
    ("de", "Luxemburg (APA) - Die EU-Innenminister haben am Montag mit qualifizierter Mehrheit die Umverteilung von 21.000 Asylsuchenden im Rahmen des neuen Solidaritätspools beschlossen.", True, [("count", 21000, None, None)], None),
    ("de", "Staaten, die keine Menschen aufnehmen wollen, sollen stattdessen 20.000 Euro pro Person in einen gemeinsamen Topf einzahlen.", True, [("money", 20000, "EUR", None)], None),
    ("de", "Ungarn, die Slowakei und Polen stimmten dagegen, Österreich und Tschechien enthielten sich, wie Diplomaten bestätigten.", True, [], None),
    ("de", "Für eine qualifizierte Mehrheit müssen mindestens 15 Mitgliedstaaten zustimmen, auf die zusammen mindestens 65 Prozent der Bevölkerung der Union entfallen.", True, [("count", 15, None, "at_least"), ("percent", 65, "%", "at_least")], None),
    ("de", "Der Pool gilt zunächst für das Jahr 2026 und wird danach jährlich neu festgelegt.", True, [("year", 2026, None, None)], None),
    ("de", "„Europa hat heute bewiesen, dass es in der Migrationsfrage handlungsfähig ist“, sagte der dänische Minister Mikkel Sørvang als Vorsitzender der Runde.", False, [], None),
    ("de", "Nach Angaben der EU-Asylagentur wurden im ersten Halbjahr rund 399.000 Asylanträge in der EU gestellt, knapp ein Viertel weniger als im Vorjahreszeitraum.", True, [("ordinal", 1, None, None), ("count", 399000, None, "about"), ("fraction", 0.25, None, "nearly")], "die EU-Asylagentur"),
    ("de", "Der Asyl- und Migrationspakt war im Mai 2024 endgültig beschlossen worden und wird ab Juni 2026 angewendet.", True, [("year", 2024, None, None), ("year", 2026, None, None)], None),
    ("de", "Die FPÖ-Delegation im Europaparlament sprach von einem „Anschlag auf die Souveränität Österreichs“.", False, [], None),
    # --- 19. Sanktionspaket (AFP) ---
    ("de", "Brüssel (AFP) - Nach wochenlanger Blockade durch die Slowakei haben die Botschafter der 27 EU-Staaten am Mittwoch das 19. Sanktionspaket gegen Russland gebilligt.", True, [("count", 27, None, None), ("ordinal", 19, None, None)], None),
    ("de", "Es sieht unter anderem ein vollständiges Importverbot für russisches Flüssigerdgas ab Januar 2027 vor.", True, [("year", 2027, None, None)], None),
    ("de", "Zudem werden 117 weitere Schiffe der sogenannten Schattenflotte gelistet, womit nun insgesamt 557 Tanker mit Hafen- und Dienstleistungsverboten belegt sind.", True, [("count", 117, None, None), ("count", 557, None, None)], None),
    ("de", "Gegen 45 Personen und 27 Organisationen werden Einreiseverbote und Vermögenssperren verhängt, teilte der Rat in Brüssel mit.", True, [("count", 45, None, None), ("count", 27, None, None)], "der Rat"),
    ("de", "Die Strafmaßnahmen müssen alle sechs Monate einstimmig verlängert werden, die nächste Frist läuft am 31. Januar ab.", True, [("duration", 6, "month", None), ("date", "--01-31", None, None)], None),
    ("de", "„Wir drehen Moskau Schritt für Schritt den Geldhahn zu“, sagte die EU-Außenbeauftragte Riina Kask.", False, [], None),
    ("de", "Die Slowakei hatte ihr Veto erst aufgegeben, nachdem ihr Zusagen zur Energieversorgung gemacht worden waren, hieß es aus Diplomatenkreisen.", True, [], None),
    ("de", "Insgesamt hat die Union seit Februar 2022 nach eigenen Angaben mehr als 2.500 Personen und Organisationen wegen des Kriegs mit Sanktionen belegt.", True, [("year", 2022, None, None), ("count", 2500, None, "over")], None),
    ("de", "Ob das Paket die russische Kriegswirtschaft tatsächlich spürbar schwächt, ist unter Fachleuten umstritten.", False, [], None),
    # --- Mehrjähriger Finanzrahmen (APA) ---
    ("de", "Brüssel (APA) - Die EU-Kommission hat ihren Entwurf für den nächsten mehrjährigen Finanzrahmen vorgelegt, der für die Jahre 2028 bis 2034 ein Volumen von knapp 2 Billionen Euro vorsieht.", True, [("year", 2028, None, None), ("year", 2034, None, None), ("money", 2000000000000, "EUR", "nearly")], None),
    ("de", "Das entspricht 1,26 Prozent des Bruttonationaleinkommens der Union, nach 1,13 Prozent im laufenden Budgetrahmen.", True, [("percent", 1.26, "%", None), ("percent", 1.13, "%", None)], None),
    ("de", "Agrar- und Kohäsionsmittel sollen in 27 nationalen Partnerschaftsplänen mit einem Gesamtvolumen von 865 Milliarden Euro zusammengeführt werden.", True, [("count", 27, None, None), ("money", 865000000000, "EUR", None)], None),
    ("de", "Davon sind mindestens 295,7 Milliarden Euro für die Einkommensstützung der Landwirte zweckgebunden.", True, [("money", 295700000000, "EUR", "at_least")], None),
    ("de", "Österreich würde nach Berechnungen des Finanzministeriums künftig rund 4,6 Mrd. Euro jährlich ins EU-Budget einzahlen, um etwa 900 Mio. Euro mehr als bisher.", True, [("money", 4600000000, "EUR", "about"), ("money", 900000000, "EUR", "about")], None),
    ("de", "Neue Eigenmittel, etwa eine Abgabe auf nicht gesammelten Elektroschrott und ein Beitrag von Konzernen mit mehr als 100 Millionen Euro Umsatz, sollen jährlich rund 58 Milliarden Euro einbringen.", True, [("money", 100000000, "EUR", "over"), ("money", 58000000000, "EUR", "about")], None),
    ("de", "Der Finanzrahmen muss von allen 27 Mitgliedstaaten einstimmig angenommen werden, zudem braucht es die Zustimmung des Europaparlaments.", True, [("count", 27, None, None)], None),
    ("de", "„Dieser Vorschlag ist eine Zumutung für alle Nettozahler“, sagte Finanzminister Gernot Haberfellner vor Journalisten in Wien.", False, [], None),
    # --- Entwaldungsverordnung im Plenum (dpa) ---
    ("de", "Straßburg (dpa) - Das Europaparlament hat am Dienstag mit 412 zu 187 Stimmen bei 43 Enthaltungen eine Verschiebung der EU-Entwaldungsverordnung um zwölf Monate gebilligt.", True, [("count", 412, None, None), ("count", 187, None, None), ("count", 43, None, None), ("duration", 12, "month", None)], None),
    ("de", "Große Unternehmen müssen die Vorgaben damit erst ab dem 30. Dezember 2026 anwenden, Klein- und Kleinstbetriebe ab dem 30. Juni 2027.", True, [("date", "2026-12-30", None, None), ("date", "2027-06-30", None, None)], None),
    ("de", "Die Verordnung (EU) 2023/1115 verbietet den Verkauf von Kaffee, Kakao, Soja und anderen Produkten, für deren Herstellung nach dem 31. Dezember 2020 Wald gerodet wurde.", True, [("date", "2020-12-31", None, None)], None),
    ("de", "Für den Antrag stimmten neben der EVP auch die Fraktionen rechts von ihr, Sozialdemokraten und Grüne votierten mehrheitlich dagegen.", True, [], None),
    ("de", "„Das ist ein schwarzer Tag für die Wälder dieser Welt“, sagte die grüne Europaabgeordnete Miriam Lechner.", False, [], None),
    ("de", "Die Berichterstatterin Agnieszka Wolska sprach dagegen von einem „Sieg der Vernunft“.", False, [], None),
    ("de", "Die Mitgliedstaaten müssen der Verschiebung noch formell zustimmen, die Abstimmung im Rat ist für den 18. Dezember angesetzt.", True, [("date", "--12-18", None, None)], None),
    ("de", "Das Parlament hat 720 Mitglieder, an der Abstimmung beteiligten sich 642 von ihnen.", True, [("count", 720, None, None), ("count", 642, None, None)], None),
    # --- Vertragsverletzungsverfahren (APA) ---
    ("de", "Brüssel (APA) - Die EU-Kommission hat in ihrem monatlichen Paket zu Vertragsverletzungen 23 neue Verfahren gegen Mitgliedstaaten eingeleitet, darunter zwei gegen Österreich.", True, [("count", 23, None, None), ("count", 2, None, None)], None),
    ("de", "Österreich habe die Cybersicherheitsrichtlinie NIS-2 nicht bis 17. Oktober 2024 in nationales Recht umgesetzt, teilte die Kommission mit.", True, [("date", "2024-10-17", None, None)], "die Kommission"),
    ("de", "Wien hat nun zwei Monate Zeit, um auf das Aufforderungsschreiben zu antworten.", True, [("duration", 2, "month", None)], None),
    ("de", "Bleibt eine zufriedenstellende Antwort aus, kann die Kommission eine mit Gründen versehene Stellungnahme übermitteln und den Fall an den Europäischen Gerichtshof verweisen.", False, [], None),
    ("de", "Im zweiten Fall geht es um die verspätete Umsetzung der Barrierefreiheitsrichtlinie (EU) 2019/882.", True, [("ordinal", 2, None, None)], None),
    ("de", "Gegen Deutschland eröffnete die Behörde ein Verfahren, weil die Bundesrepublik die Grenzwerte für Stickstoffdioxid in 14 Ballungsräumen seit Jahren überschreitet.", True, [("count", 14, None, None)], None),
    ("de", "Insgesamt sind gegen Österreich derzeit 47 Vertragsverletzungsverfahren anhängig, gegen Deutschland 68.", True, [("count", 47, None, None), ("count", 68, None, None)], None),
    ("de", "Das Wiener Innenministerium verwies darauf, dass ein entsprechender Gesetzesentwurf bereits in Begutachtung sei.", True, [], None),
    ("de", "Die Kommission fordert alle Mitgliedstaaten auf, EU-Recht rasch und vollständig umzusetzen.", False, [], None),
    # --- EZB-Zinsentscheid (Reuters) ---
    ("de", "Frankfurt (Reuters) - Die Europäische Zentralbank rührt die Leitzinsen zum dritten Mal in Folge nicht an.", True, [("ordinal", 3, None, None)], None),
    ("de", "Der Einlagensatz, zu dem Banken überschüssige Gelder bei der Notenbank parken, bleibt bei 2,00 Prozent, wie die EZB am Donnerstag in Frankfurt mitteilte.", True, [("percent", 2.0, "%", None)], "die EZB"),
    ("de", "Zuvor hatten die Währungshüter den Satz seit Juni 2024 in acht Schritten um insgesamt zwei Prozentpunkte gesenkt.", True, [("year", 2024, None, None), ("count", 8, None, None), ("percent", 2, "pp", None)], None),
    ("de", "Die Ökonomen der EZB erwarten für 2026 eine Teuerung von 1,7 Prozent und ein Wachstum von 1,0 Prozent.", True, [("year", 2026, None, None), ("percent", 1.7, "%", None), ("percent", 1.0, "%", None)], None),
    ("de", "Die Entscheidung im 26-köpfigen EZB-Rat fiel nach Angaben aus Notenbankkreisen einstimmig.", True, [("count", 26, None, None)], None),
    ("de", "„Wir sind gut aufgestellt, um auf neue Schocks zu reagieren“, sagte EZB-Vizepräsident Rui Fontainhas.", False, [], None),
    ("de", "Die Jahresteuerung in den 20 Euro-Ländern betrug im September 2,2 Prozent, die Kerninflation ohne Energie und Lebensmittel 2,4 Prozent, wie Eurostat mitteilte.", True, [("count", 20, None, None), ("percent", 2.2, "%", None), ("percent", 2.4, "%", None)], "Eurostat"),
    ("de", "Analysten erwarten die nächste Zinsbewegung frühestens im Sommer.", False, [], None),
    # --- Beitrittsverhandlungen (APA) ---
    ("de", "Brüssel (APA) - Montenegro hat bei seinen EU-Beitrittsverhandlungen vier weitere Verhandlungskapitel vorläufig abgeschlossen.", True, [("count", 4, None, None)], None),
    ("de", "Damit sind von den 33 eröffneten Kapiteln nun 11 geschlossen, teilte die dänische Ratspräsidentschaft mit.", True, [("count", 33, None, None), ("count", 11, None, None)], None),
    ("de", "Das Land verhandelt seit Juni 2012 über einen Beitritt und will die Gespräche bis Ende 2026 abschließen.", True, [("year", 2012, None, None), ("year", 2026, None, None)], None),
    ("de", "Für die Rechtsstaatskapitel 23 und 24 hatte Podgorica bereits im Juni 2024 den sogenannten IBAR-Bericht erhalten.", True, [("year", 2024, None, None)], None),
    ("de", "Albanien hat als bisher einziges Land alle sechs Verhandlungscluster eröffnet, und zwar binnen 13 Monaten.", True, [("count", 6, None, None), ("duration", 13, "month", None)], None),
    ("de", "Die Ukraine wartet dagegen weiter auf die Eröffnung des ersten Clusters, weil Ungarn die nötige Einstimmigkeit blockiert.", True, [("ordinal", 1, None, None)], None),
    ("de", "„Die Erweiterung ist eine geostrategische Investition in unseren Frieden“, sagte Erweiterungskommissarin Kateřina Voráčková.", False, [], None),
    ("de", "Am Ende muss jeder Beitrittsvertrag von allen 27 Mitgliedstaaten ratifiziert werden.", True, [("count", 27, None, None)], None),
    # --- EU-Gipfel zum Klimaziel (dpa) ---
    ("de", "Brüssel (dpa) - Nach mehr als 14-stündigen Verhandlungen haben sich die Staats- und Regierungschefs der EU in der Nacht zum Freitag auf ein Klimaziel für 2040 verständigt.", True, [("duration", 14, "hour", "over"), ("year", 2040, None, None)], None),
    ("de", "Die Treibhausgasemissionen sollen bis dahin um 90 Prozent gegenüber 1990 sinken, wobei bis zu fünf Prozentpunkte über internationale Klimazertifikate angerechnet werden dürfen.", True, [("percent", 90, "%", None), ("year", 1990, None, None), ("percent", 5, "pp", "up_to")], None),
    ("de", "Es war der sechste Gipfel in diesem Jahr, zwei davon waren informelle Treffen.", True, [("ordinal", 6, None, None), ("count", 2, None, None)], None),
    ("de", "Ratspräsident Luís Amaral sagte nach dem Treffen, die Einigung sei einstimmig erzielt worden.", True, [], "Luís Amaral"),
    ("de", "Polen und Tschechien hatten bis zuletzt Ausnahmen für ihre Schwerindustrie gefordert.", True, [], None),
    ("de", "„Europa bleibt beim Klimaschutz Vorreiter, aber nicht um jeden Preis“, sagte der Kanzler beim Verlassen des Ratsgebäudes.", False, [], None),
    ("de", "Der nächste reguläre Gipfel ist für den 19. und 20. März in Brüssel geplant.", True, [("date", "--03-19", None, None), ("date", "--03-20", None, None)], None),
    ("de", "Über den Finanzbedarf Kiews für 2026 und 2027 berieten die Chefs, ohne einen Beschluss zu fassen.", True, [("year", 2026, None, None), ("year", 2027, None, None)], None),
    # --- Arbeitsmarkt und Wachstum (dpa, Eurostat) ---
    ("de", "Luxemburg (dpa) - Die Arbeitslosenquote im Euroraum ist im Oktober auf 6,4 Prozent gestiegen, wie die Statistikbehörde Eurostat mitteilte.", True, [("percent", 6.4, "%", None)], None),
    ("de", "In der gesamten EU waren demnach 13,2 Millionen Menschen ohne Job, rund 174.000 mehr als im Vormonat.", True, [("count", 13200000, None, None), ("count", 174000, None, "about")], None),
    ("de", "Die höchste Quote meldete Spanien mit 10,5 Prozent, die niedrigste hatten Malta und Tschechien mit jeweils 2,9 Prozent.", True, [("percent", 10.5, "%", None), ("percent", 2.9, "%", None)], None),
    ("de", "Bei den unter 25-Jährigen lag die Arbeitslosigkeit in der Eurozone bei 14,8 Prozent.", True, [("duration", 25, "year", "under"), ("percent", 14.8, "%", None)], None),
    ("de", "Österreich lag mit 5,6 Prozent knapp unter dem Schnitt der Euro-Länder.", True, [("percent", 5.6, "%", None)], None),
    ("de", "Das Bruttoinlandsprodukt der Eurozone wuchs im dritten Quartal um 0,2 Prozent zum Vorquartal, auf Jahressicht betrug das Plus 1,4 Prozent.", True, [("ordinal", 3, None, None), ("percent", 0.2, "%", None), ("percent", 1.4, "%", None)], None),
    # --- DSA-Verfahren gegen Vistagram (Reuters) ---
    ("de", "Brüssel (Reuters) - Die EU-Kommission hat gegen die Onlineplattform Vistagram ein förmliches Verfahren nach dem Gesetz über digitale Dienste eröffnet.", True, [], None),
    ("de", "Geprüft werde, ob die Plattform Minderjährige ausreichend vor schädlichen Inhalten schützt, teilte die Behörde am Montag mit.", True, [], None),
    ("de", "Bei Verstößen kann Brüssel eine Strafe von bis zu sechs Prozent des globalen Jahresumsatzes verhängen.", True, [("percent", 6, "%", "up_to")], None),
    ("de", "Nach eigenen Angaben zählt Vistagram in der EU rund 118 Millionen monatlich aktive Nutzer, sie gilt damit als sehr große Online-Plattform.", True, [("count", 118000000, None, "about")], None),
    ("de", "Die Schwelle dafür liegt bei 45 Millionen Nutzern, was etwa zehn Prozent der EU-Bevölkerung entspricht.", True, [("count", 45000000, None, None), ("percent", 10, "%", "about")], None),
    ("de", "Es ist bereits das vierte Verfahren gegen ein Netzwerk des Konzerns, der 2019 in Singapur gegründet wurde.", True, [("ordinal", 4, None, None), ("year", 2019, None, None)], None),
    ("de", "„Kinder sind keine Versuchskaninchen für Algorithmen“, sagte die zuständige Kommissionsvizepräsidentin Sari Paananen.", False, [], None),
    ("de", "Das Unternehmen erklärte, es arbeite „konstruktiv“ mit der Kommission zusammen.", False, [], None),
    # --- Mercosur-Abkommen (dpa) ---
    ("de", "Brüssel (dpa) - Die EU-Kommission hat das Freihandelsabkommen mit den Mercosur-Staaten nach mehr als 25 Jahren Verhandlungen zur Ratifizierung vorgelegt.", True, [("duration", 25, "year", "over")], None),
    ("de", "Mit dem Abkommen sollen Zölle auf mehr als 90 Prozent der gehandelten Waren wegfallen.", True, [("percent", 90, "%", "over")], None),
    ("de", "Für Rindfleisch ist ein Kontingent von 99.000 Tonnen pro Jahr vorgesehen, für das ein ermäßigter Zollsatz von 7,5 Prozent gilt.", True, [("count", 99000, None, None), ("percent", 7.5, "%", None)], None),
    ("de", "Europäische Exporteure könnten dadurch jährlich bis zu 4 Milliarden Euro an Zöllen sparen, sagte EU-Handelskommissar Jaroslav Dvořáček.", True, [("money", 4000000000, "EUR", "up_to")], "Jaroslav Dvořáček"),
    ("de", "Frankreich, Polen, Österreich und Irland lehnen das Abkommen in seiner jetzigen Form ab.", True, [], None),
    ("de", "Eine Sperrminorität im Rat erfordert mindestens vier Staaten, die mehr als 35 Prozent der EU-Bevölkerung vertreten.", True, [("count", 4, None, "at_least"), ("percent", 35, "%", "over")], None),
    ("de", "„Dieses Abkommen ist ein Ausverkauf der europäischen Landwirtschaft“, sagte der Präsident der Landwirtschaftskammer.", False, [], None),
    ("de", "„Brüssel darf sich von Washington nicht erpressen lassen“, forderte der SPÖ-Europaabgeordnete Günther Auer.", False, [], None),
    # --- Euro in Bulgarien (APA) ---
    ("de", "Wien (APA) - Bulgarien führt mit 1. Jänner 2026 den Euro ein und wird damit das 21. Mitglied der Eurozone.", True, [("date", "2026-01-01", None, None), ("ordinal", 21, None, None)], None),
    ("de", "Der Umrechnungskurs wurde vom Rat der EU unwiderruflich auf 1,95583 Lew je Euro festgelegt.", True, [("money", 1.95583, "BGN", None)], None),
    ("de", "In einer Umfrage im Sommer sprachen sich 49 Prozent der Bulgarinnen und Bulgaren gegen die Einführung aus.", True, [("percent", 49, "%", None)], None),
    ("de", "„Der Euro bringt unserem Land Stabilität und Vertrauen“, sagte der bulgarische Notenbankgouverneur.", False, [], None),
    # --- Rüstungskredite (Reuters) ---
    ("de", "Brüssel (Reuters) - Die EU-Staaten haben Kredite von insgesamt 150 Milliarden Euro für gemeinsame Rüstungsprojekte auf 19 Länder aufgeteilt.", True, [("money", 150000000000, "EUR", None), ("count", 19, None, None)], None),
    ("de", "Den größten Anteil erhält Polen mit 43,7 Milliarden Euro, gefolgt von Rumänien mit 16,6 Milliarden Euro.", True, [("money", 43700000000, "EUR", None), ("money", 16600000000, "EUR", None)], None),
    ("de", "Die Darlehen haben eine Laufzeit von bis zu 45 Jahren, die Tilgung beginnt nach einer Schonfrist von zehn Jahren.", True, [("duration", 45, "year", "up_to"), ("duration", 10, "year", None)], None),
    ("de", "Mindestens 65 Prozent des Werts der Komponenten müssen aus der EU, dem EWR oder der Ukraine stammen.", True, [("percent", 65, "%", "at_least")], None),
    # --- Mindestlohnrichtlinie vor dem EuGH (dpa) ---
    ("de", "Luxemburg (dpa) - Der Europäische Gerichtshof hat die EU-Mindestlohnrichtlinie weitgehend bestätigt, aber zwei Bestimmungen für nichtig erklärt.", True, [("count", 2, None, None)], None),
    ("de", "Dänemark hatte im Januar 2023 gegen die Richtlinie geklagt, unterstützt von Schweden.", True, [("year", 2023, None, None)], None),
    ("de", "Die Richtlinie verpflichtet Staaten, in denen weniger als 80 Prozent der Beschäftigten unter einen Tarifvertrag fallen, zu einem Aktionsplan.", True, [("percent", 80, "%", "under")], None),
    ("de", "Als Richtwert für angemessene Mindestlöhne nennt sie 60 Prozent des Bruttomedianlohns und 50 Prozent des Bruttodurchschnittslohns.", True, [("percent", 60, "%", None), ("percent", 50, "%", None)], None),
    ("de", "Das Urteil fällte die Große Kammer mit 15 Richterinnen und Richtern.", True, [("count", 15, None, None)], None),
    ("de", "„Ein guter Tag für alle Beschäftigten in Europa“, erklärte der Europäische Gewerkschaftsbund.", False, [], None),
    # --- Boilerplate ---
    ("de", "Eine Stellungnahme der ungarischen Regierung lag zunächst nicht vor.", False, [], None),
    ("de", "Zu laufenden Verfahren äußert sich die EU-Kommission grundsätzlich nicht.", False, [], None),
    ("de", "Die Grünen forderten die Kommission auf, endlich härter durchzugreifen.", False, [], None),
    ("de", "(Schluss) bei/kla", False, [], None),

    # --- Packaging cartel (Reuters) ---
    ("en", "BRUSSELS, Oct 23 (Reuters) - The European Commission fined four packaging makers a total of 318.4 million euros on Thursday for running a cartel that fixed prices for plastic food trays for almost eight years.", True, [("date", "--10-23", None, None), ("count", 4, None, None), ("money", 318400000, "EUR", None), ("duration", 8, "year", "nearly")], None),
    ("en", "Valcor Packaging received the largest fine, 142 million euros, while Dutch rival Hensel escaped a penalty by revealing the cartel, the Commission said.", True, [("money", 142000000, "EUR", None)], "the Commission"),
    ("en", "All four companies admitted their involvement and agreed to settle, which cut their fines by 10%.", True, [("count", 4, None, None), ("percent", 10, "%", None)], None),
    ("en", "The cartel operated from March 2015 to January 2023 and covered customers in 11 member states, Competition Commissioner Marit Holmqvist told a news conference.", True, [("year", 2015, None, None), ("year", 2023, None, None), ("count", 11, None, None)], "Marit Holmqvist"),
    ("en", "\"Cartels hurt every family that pushes a trolley through a supermarket,\" Holmqvist said.", False, [], None),
    ("en", "The companies can appeal the decision at the General Court in Luxembourg.", False, [], None),
    ("en", "Under EU antitrust rules, fines can reach 10% of a company's global turnover.", True, [("percent", 10, "%", None)], None),
    ("en", "It was the Commission's fifth cartel decision this year.", True, [("ordinal", 5, None, None)], None),
    # --- DMA fine (AFP) ---
    ("en", "Brussels (AFP) - The EU on Tuesday fined US tech giant Lumora 500 million euros for breaching the Digital Markets Act, the second penalty under the landmark law.", True, [("money", 500000000, "EUR", None), ("ordinal", 2, None, None)], None),
    ("en", "Lumora has 60 days to change how it steers users towards its own app store or face periodic penalty payments, the Commission said.", True, [("duration", 60, "day", None)], "the Commission"),
    ("en", "Under the DMA, repeat offenders can be fined up to 20 percent of their worldwide annual turnover.", True, [("percent", 20, "%", "up_to")], None),
    ("en", "The company said it would appeal, calling the decision \"a tax on innovation\".", True, [], None),
    ("en", "U.S. officials have warned that the penalties could trigger retaliatory tariffs.", True, [], None),
    ("en", "\"We will not be intimidated by anyone,\" a senior Commission official told reporters.", False, [], None),
    # --- Russian gas phase-out (Reuters) ---
    ("en", "LUXEMBOURG, Oct 20 (Reuters) - European Union energy ministers on Monday approved a plan to phase out imports of Russian gas by the end of 2027, overriding objections from Hungary and Slovakia.", True, [("date", "--10-20", None, None), ("year", 2027, None, None)], None),
    ("en", "The regulation passed by qualified majority, which requires the support of 55% of member states representing at least 65% of the EU's population.", True, [("percent", 55, "%", None), ("percent", 65, "%", "at_least")], None),
    ("en", "Hungary and Slovakia voted against and Bulgaria abstained, according to an EU official.", True, [], None),
    ("en", "New short-term contracts will be banned from Jan. 1, 2026, and long-term pipeline deals must end by Nov. 1, 2027.", True, [("date", "2026-01-01", None, None), ("date", "2027-11-01", None, None)], None),
    ("en", "Russian gas still made up about 13% of EU imports in 2025, down from 45% before Moscow's full-scale invasion of Ukraine in 2022, Commission data show.", True, [("percent", 13, "%", "about"), ("year", 2025, None, None), ("percent", 45, "%", None), ("year", 2022, None, None)], None),
    ("en", "Because the ban is based on trade law, it did not need the unanimous backing of all 27 governments.", True, [("count", 27, None, None)], None),
    ("en", "\"Europe will never again let itself be blackmailed with energy,\" the Danish minister chairing the meeting told reporters.", False, [], None),
    ("en", "Hungary said it would challenge the regulation before the EU Court of Justice.", True, [], None),
    # --- Parliament on social media age (Reuters) ---
    ("en", "STRASBOURG, Nov 26 (Reuters) - The European Parliament voted 457 to 148, with 39 abstentions, on Wednesday to call for an EU-wide minimum age of 16 for social media.", True, [("date", "--11-26", None, None), ("count", 457, None, None), ("count", 148, None, None), ("count", 39, None, None), ("duration", 16, "year", None)], None),
    ("en", "Under the non-binding resolution, 13- to 16-year-olds could use the platforms with parental consent.", True, [("duration", 13, "year", None), ("duration", 16, "year", None)], None),
    ("en", "MEPs also backed fines of up to 6% of global turnover for platforms that fail to enforce age checks.", True, [("percent", 6, "%", "up_to")], None),
    ("en", "\"We are running an uncontrolled experiment on an entire generation,\" said rapporteur Christel Vangsgaard, a Danish Social Democrat.", False, [], None),
    ("en", "The Commission is expected to present its own proposal in the second half of 2026.", True, [("ordinal", 2, None, None), ("year", 2026, None, None)], None),
    ("en", "The assembly's 720 members meet in Strasbourg for 12 four-day plenary sessions a year.", True, [("count", 720, None, None), ("count", 12, None, None), ("duration", 4, "day", None)], None),
    ("en", "The vote followed a two-hour debate in which 61 MEPs took the floor.", True, [("duration", 2, "hour", None), ("count", 61, None, None)], None),
    # --- Long-term budget (Reuters) ---
    ("en", "BRUSSELS (Reuters) - The European Parliament rejected the Commission's draft long-term budget on Wednesday, demanding an increase of at least 10% for the 2028-2034 period.", True, [("percent", 10, "%", "at_least"), ("year", 2028, None, None), ("year", 2034, None, None)], None),
    ("en", "The Commission has proposed €1.98 trillion in commitments over seven years, equal to 1.26% of gross national income.", True, [("money", 1980000000000, "EUR", None), ("duration", 7, "year", None), ("percent", 1.26, "%", None)], None),
    ("en", "About €168bn of that would go towards repaying the debt raised for the NextGenerationEU recovery fund, the Commission said.", True, [("money", 168000000000, "EUR", "about")], "the Commission"),
    ("en", "Under the 2021-2027 framework, agriculture and cohesion together took up roughly two-thirds of spending.", True, [("year", 2021, None, None), ("year", 2027, None, None), ("fraction", 0.6667, None, "about")], None),
    ("en", "\"This budget is simply not fit for purpose,\" said Dutch MEP Joost Verhagen, one of the Parliament's lead negotiators.", False, [], None),
    ("en", "Net contributors including Germany, the Netherlands and Sweden want the budget kept at 1% of gross national income.", True, [("percent", 1, "%", None)], None),
    ("en", "A deal requires unanimity among the 27 member states and the consent of the Parliament.", True, [("count", 27, None, None)], None),
    ("en", "One in five euros of the proposed budget would be earmarked for climate and environmental goals.", True, [("fraction", 0.2, None, None)], None),
    # --- ECB (Reuters) ---
    ("en", "FRANKFURT, Dec 18 (Reuters) - The ECB held interest rates steady for a fourth straight meeting on Thursday, leaving its deposit rate at 2%.", True, [("date", "--12-18", None, None), ("ordinal", 4, None, None), ("percent", 2, "%", None)], None),
    ("en", "The ECB cut rates eight times between June 2024 and June 2025, lowering the deposit rate from a record 4%.", True, [("count", 8, None, None), ("year", 2024, None, None), ("year", 2025, None, None), ("percent", 4, "%", None)], None),
    ("en", "New staff projections see inflation at 1.9% in 2026 and 1.8% in 2027, below the bank's 2% target.", True, [("percent", 1.9, "%", None), ("year", 2026, None, None), ("percent", 1.8, "%", None), ("year", 2027, None, None), ("percent", 2, "%", None)], None),
    ("en", "Growth was revised up to 1.2% for next year from 1.0% in September.", True, [("percent", 1.2, "%", None), ("percent", 1.0, "%", None)], None),
    ("en", "Money markets price in a roughly 30% chance of a quarter-point cut by June, LSEG data showed.", True, [("percent", 30, "%", "about"), ("percent", 0.25, "pp", None)], None),
    ("en", "\"We are in a good place, and we intend to stay there,\" the ECB president told a news conference.", False, [], None),
    ("en", "Two of the 26 Governing Council members argued for a cut, three sources familiar with the discussion said.", True, [("count", 2, None, None), ("count", 26, None, None), ("count", 3, None, None)], None),
    ("en", "The ECB's next policy meeting is on Feb. 5.", True, [("date", "--02-05", None, None)], None),
    ("en", "The ECB's balance sheet has shrunk by about 2.5 trillion euros since its 2022 peak.", True, [("money", 2500000000000, "EUR", "about"), ("year", 2022, None, None)], None),
    # --- Eurostat (Reuters) ---
    ("en", "Euro zone inflation eased to 2.0% in November from 2.1% in October, Eurostat said in a flash estimate on Tuesday.", True, [("percent", 2.0, "%", None), ("percent", 2.1, "%", None)], "Eurostat"),
    ("en", "Services inflation, closely watched by the ECB, slowed to 3.2%, its lowest in more than three years.", True, [("percent", 3.2, "%", None), ("duration", 3, "year", "over")], None),
    ("en", "Prices rose fastest in Estonia at 5.1% and slowest in Cyprus at 0.1%.", True, [("percent", 5.1, "%", None), ("percent", 0.1, "%", None)], None),
    ("en", "Government debt in the euro zone stood at 88.2% of GDP at the end of the second quarter, with Greece highest at 152.5%.", True, [("percent", 88.2, "%", None), ("ordinal", 2, None, None), ("percent", 152.5, "%", None)], None),
    ("en", "Twelve of the 27 member states had debt above the 60% reference value in the Maastricht Treaty.", True, [("count", 12, None, None), ("count", 27, None, None), ("percent", 60, "%", None)], None),
    ("en", "The euro is currently used by 20 of the bloc's 27 countries.", True, [("count", 20, None, None), ("count", 27, None, None)], None),
    # --- Infringement case against Ireland (Euractiv style) ---
    ("en", "The European Commission has referred Ireland to the EU Court of Justice for failing to fully transpose rules on the energy performance of buildings.", True, [], None),
    ("en", "It is asking the court to impose a lump sum of €2.7 million and a daily penalty of €12,600 if Dublin still has not complied by the time of the ruling.", True, [("money", 2700000, "EUR", None), ("money", 12600, "EUR", None)], None),
    ("en", "Member states had until Sept. 19, 2022 to bring the rules into national law.", True, [("date", "2022-09-19", None, None)], None),
    ("en", "The Commission opened the case in November 2022 and sent a reasoned opinion in July 2024.", True, [("year", 2022, None, None), ("year", 2024, None, None)], None),
    ("en", "The Department of Housing said the remaining measures would be in force before the end of the year.", True, [], None),
    ("en", "The Commission opened 1,024 new infringement cases in 2024, according to its annual report on monitoring EU law.", True, [("count", 1024, None, None), ("year", 2024, None, None)], None),
    # --- Enlargement (AFP) ---
    ("en", "Brussels (AFP) - EU countries on Tuesday opened the first two negotiating clusters with Moldova, after Hungary dropped objections it had raised for more than a year.", True, [("ordinal", 1, None, None), ("count", 2, None, None)], None),
    ("en", "Accession talks are divided into 35 chapters grouped into six clusters.", True, [("count", 35, None, None), ("count", 6, None, None)], None),
    ("en", "Montenegro, the front-runner among the nine official candidates, has provisionally closed 11 of its 33 open chapters.", True, [("count", 9, None, None), ("count", 11, None, None), ("count", 33, None, None)], None),
    ("en", "\"The door is open, but the path to it runs through reforms,\" Enlargement Commissioner Kateřina Voráčková said.", False, [], None),
    ("en", "Albania aims to conclude negotiations by 2027 and join the bloc by 2030.", True, [("year", 2027, None, None), ("year", 2030, None, None)], None),
    ("en", "Iceland, which froze its bid in 2013, plans to hold a referendum on resuming talks by 2027.", True, [("year", 2013, None, None), ("year", 2027, None, None)], None),
    ("en", "Ukraine and Moldova were granted candidate status in June 2022.", True, [("year", 2022, None, None)], None),
    # --- 19th sanctions package (Reuters) ---
    ("en", "BRUSSELS, Oct 22 (Reuters) - European Union governments on Wednesday formally adopted their 19th round of sanctions on Russia, including a ban on imports of Russian liquefied natural gas from 2027.", True, [("date", "--10-22", None, None), ("ordinal", 19, None, None), ("year", 2027, None, None)], None),
    ("en", "The package adds 117 vessels to the list of shadow fleet tankers, bringing the total to 557, and targets five more banks in Russia and Belarus.", True, [("count", 117, None, None), ("count", 557, None, None), ("count", 5, None, None)], None),
    ("en", "It also imposes restrictions on 12 Chinese and three Indian entities accused of helping Moscow circumvent sanctions.", True, [("count", 12, None, None), ("count", 3, None, None)], None),
    ("en", "Roughly 194 billion euros of immobilised assets of Russia's central bank sit at Belgian depository Euroclear, according to the company.", True, [("money", 194000000000, "EUR", "about")], "the company"),
    ("en", "Slovakia had held up the package for nearly two months until it received assurances on energy prices.", True, [("duration", 2, "month", "nearly")], None),
    ("en", "\"Russia's war economy is running out of road,\" EU foreign policy chief Riina Kask told reporters.", False, [], None),
    ("en", "The package also lowers the price cap on Russian crude oil to $47.60 a barrel from Sept. 3.", True, [("money", 47.6, "USD", None), ("date", "--09-03", None, None)], None),
    ("en", "Work on a 20th package is due to begin in November, two EU diplomats said.", True, [("ordinal", 20, None, None), ("count", 2, None, None)], None),
    # --- Summit on Ukraine funding (AP) ---
    ("en", "BRUSSELS (AP) — European Union leaders agreed Thursday to cover Ukraine's military and economic needs for the next two years, but failed to settle how to fund a proposed loan of 140 billion euros ($163 billion).", True, [("duration", 2, "year", None), ("money", 140000000000, "EUR", None), ("money", 163000000000, "USD", None)], None),
    ("en", "Belgium, where most of the frozen assets are held, demanded guarantees from all 26 other member states before it would agree.", True, [("count", 26, None, None)], None),
    ("en", "The International Monetary Fund estimates that Ukraine needs about $65 billion in outside financing for 2026 and 2027.", True, [("money", 65000000000, "USD", "about"), ("year", 2026, None, None), ("year", 2027, None, None)], None),
    ("en", "The meeting was the leaders' fourth summit this year and ran late into the night.", True, [("ordinal", 4, None, None)], None),
    ("en", "European Council President Luís Amaral told reporters that leaders would return to the issue in December.", True, [], "Luís Amaral"),
    ("en", "\"Once again, Europe has delivered,\" Amaral said.", False, [], None),
    ("en", "Hungary again refused to endorse the conclusions on Ukraine, which were instead adopted by the other 26 leaders.", True, [("count", 26, None, None)], None),
    # --- EU-U.S. trade (Reuters) ---
    ("en", "Under the framework deal reached in July, most EU exports to the United States, including cars, face a U.S. tariff of 15%.", True, [("percent", 15, "%", None)], None),
    ("en", "In return, the EU will scrap duties on U.S. industrial goods and buy $750 billion of American energy over three years.", True, [("money", 750000000000, "USD", None), ("duration", 3, "year", None)], None),
    ("en", "EU goods exports to the United States were worth 532 billion euros in 2024, Eurostat data show.", True, [("money", 532000000000, "EUR", None), ("year", 2024, None, None)], None),
    ("en", "Trade Commissioner Jaroslav Dvořáček said the deal was \"the best we could get in a very difficult situation\".", False, [], None),
    # --- Pay transparency (Euractiv style) ---
    ("en", "Member states have until June 7, 2026 to transpose the Pay Transparency Directive, which requires companies with more than 100 employees to report on their gender pay gap.", True, [("date", "2026-06-07", None, None), ("count", 100, None, "over")], None),
    ("en", "Firms with 250 or more staff must report every year, those with 150 to 249 every three years.", True, [("count", 250, None, None), ("count", 150, None, None), ("count", 249, None, None), ("duration", 3, "year", None)], None),
    ("en", "Where the gap in any category of workers reaches 5% and cannot be justified, employers must carry out a joint pay assessment.", True, [("percent", 5, "%", None)], None),
    ("en", "The EU's unadjusted gender pay gap stood at 12% in 2023, according to Eurostat.", True, [("percent", 12, "%", None), ("year", 2023, None, None)], "Eurostat"),
    ("en", "Only Belgium and Malta have so far notified the Commission of full transposition.", True, [], None),
    ("en", "Business groups say the reporting burden will fall hardest on medium-sized firms.", False, [], None),
    ("en", "Want more EU news? Subscribe to our free daily newsletter.", False, [], None),
    # --- UK rejoins Erasmus+ (PA) ---
    ("en", "LONDON (PA) - The UK will rejoin the EU's Erasmus+ student exchange scheme from 2027 after securing a discount of around 30% on its contribution, the Government has announced.", True, [("year", 2027, None, None), ("percent", 30, "%", "about")], None),
    ("en", "Britain will pay about £570 million in the first year of membership.", True, [("money", 570000000, "GBP", "about"), ("ordinal", 1, None, None)], None),
    ("en", "Around 100,000 students, apprentices and staff are expected to benefit in the first year alone.", True, [("count", 100000, None, "about"), ("ordinal", 1, None, None)], None),
    ("en", "The UK left the programme in 2020 following its departure from the EU.", True, [("year", 2020, None, None)], None),
    ("en", "Young people aged 18 to 30 will also be able to apply for two-year visas under a separate youth experience scheme.", True, [("duration", 18, "year", None), ("duration", 30, "year", None), ("duration", 2, "year", None)], None),
    ("en", "\"This is a win for young people in every corner of the country,\" the Skills Minister said.", False, [], None),
    # --- Fishing quotas (AFP) ---
    ("en", "Brussels (AFP) - EU fisheries ministers agreed on catch limits for 2026 early on Friday after nearly 20 hours of negotiations.", True, [("year", 2026, None, None), ("duration", 20, "hour", "nearly")], None),
    ("en", "Quotas for hake in the western Mediterranean will be cut by 4%, while Baltic herring catches may rise by 12%.", True, [("percent", 4, "%", None), ("percent", 12, "%", None)], None),
    ("en", "Trawlers in the western Mediterranean will be allowed to fish on 130 days next year, compared with 27 days under the Commission's original proposal.", True, [("count", 130, None, None), ("count", 27, None, None)], None),
    ("en", "Environmental groups accused ministers of ignoring scientific advice.", False, [], None),
    # --- Frontex and state aid (Reuters) ---
    ("en", "WARSAW (Reuters) - Irregular crossings into the EU fell 22% to about 178,000 in the first 10 months of 2025, the EU border agency Frontex said.", True, [("percent", 22, "%", None), ("count", 178000, None, "about"), ("ordinal", 1, None, None), ("duration", 10, "month", None), ("year", 2025, None, None)], None),
    ("en", "The agency's standing corps is due to grow to 10,000 officers by 2027.", True, [("count", 10000, None, None), ("year", 2027, None, None)], None),
    ("en", "The Commission approved a 3 billion euro German scheme to help energy-intensive companies cut electricity costs until 2030.", True, [("money", 3000000000, "EUR", None), ("year", 2030, None, None)], None),
    ("en", "Eligible firms can have up to half of their power bills covered, with a target price of 50 euros per megawatt hour.", True, [("fraction", 0.5, None, "up_to"), ("money", 50, "EUR", None)], None),
    # --- Negatives and boilerplate ---
    ("en", "(Reporting by Julia Marchetti and Tomas Lindqvist; Editing by Aidan Crowe)", False, [], None),
    ("en", "The Commission declined to comment on the timing of a decision.", False, [], None),
    ("en", "Officials stressed that discussions were continuing.", False, [], None),
    ("en", "It remains unclear whether Hungary will lift its veto before the December summit.", False, [], None),
    ("en", "\"Europe needs to wake up,\" French MEP Claire Dumoulin said during the debate.", False, [], None),
    ("en", "The plenary agenda is subject to change.", False, [], None),
    ("en", "This story has been updated with the result of the vote.", False, [], None),
    ("en", "Critics in the Parliament described the compromise as a \"betrayal of voters\".", False, [], None),
    ("en", "Member states should use the time to prepare their administrations, the Commission urged.", False, [], None),
    ("en", "A Commission spokesperson said the EU executive \"takes note\" of the ruling.", False, [], None),
    ("en", "This article is part of a special report on the future of the single market.", False, [], None),
]
