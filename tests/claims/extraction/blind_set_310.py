"""Three-hundred-and-tenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, cases and figures are made
up (Henrike Strobl, Gerold Kampmann, Eberhard Lanzinger, Malte Eschweiler, Jana Reuschel,
Edith Pranckh, Beatrice Imhasly, Jannik Fehrle, Ursula Trenkle, Clemens Haidvogl, Marlies
Gerdau, Petra Gschliesser, Raphael Ambühl, Wolfram Kessing; Harold Penwright, Miriam
Okafor-Hale, the Prepaid Card Coalition, Sigrún Hallvarðsdóttir, Swiftdrop, Lord Aldwyn,
Brandywine Polymers, Dolores Whitcombe, Trent Colquitt, Veldhoven Microsystems, Warren
Ashby, Leland Marsh, Southbourne Water, Wade Tolliver; the hacked online retailer, the
plaintiff from Bielefeld, the care worker from Hesse, the Tyrolean businessman, the Berlin
landlady, the Emsland haulier, the fitness chain, the Sardinian shipyard, the ride-hailing
company and every unnamed judge, minister, spokesperson, lawyer, campaigner and official);
presidents, vice-presidents and judges of real courts and ministers of real governments
appear under made-up names that stand for no real holder, or by their role only („Ein
FPÖ-Sozialsprecher“, „Der Vorsitzende des Landesrichterbunds“, "The GMB's general
secretary", "West Virginia's attorney general", "Sardinia's regional president"). Real
courts, bodies, laws and places (Bundesverfassungsgericht, Erster Senat, Zweiter Senat,
Bundespolizei, Grundgesetz, Gesellschaft für Freiheitsrechte, Bundesinnenministerium,
Bundesgerichtshof, BGH, Kartellsenat, Datenschutz-Grundverordnung, Handelsverband HDE,
Bundesarbeitsgericht, Verdi, Verfassungsgerichtshof, VfGH, Nationalrat, Volkshilfe, FPÖ,
Bundesverfassungsgesetz über die Rechte von Kindern, Bundesgericht, Kanton Luzern, Juso,
Europäischer Gerichtshof, Amtsgericht Köln, Flughafenverband ADV, Parlamentarisches
Kontrollgremium, Bundestag, Deutscher Mieterbund, Haus & Grund, Mietpreisbremse, BGB,
Europäischer Gerichtshof für Menschenrechte, EGMR, Menschenrechtskonvention,
Richtervereinigung, Justizministerium, Landesverwaltungsgericht Wien, Grüne, Sachsen-Anhalt,
Verwaltungsgericht Halle, Richterbund, Oberster Gerichtshof, OGH, Verein für
Konsumenteninformation, VKI, Sozialministerium, Wettbewerbskommission, Weko,
Baumeisterverband, Oberlandesgericht Oldenburg, Verband der Automobilindustrie; the U.S.
Supreme Court, the Consumer Financial Protection Bureau, the American Bankers Association,
the European Court of Human Rights, the Council of Europe, the Supreme Court in London, the
GMB union, the 3rd, 5th and 9th U.S. Circuit Courts of Appeals, the U.S. Court of Appeals
for the District of Columbia Circuit, the First Amendment, NetChoice, the General Court, the
European Commission, the Court of Justice, the Grand Chamber, the Environmental Protection
Agency, the Justice Department, the White House, the House of Lords, Water UK, and the
datelines' cities) stand for the way wire copy names them; every ruling, tally, case
number, deadline, award, fine, fee, count of plaintiffs, length of proceedings, hearing
date, statistic, quote and reaction here is invented, and where a real figure came to mind
(a real fee cap, a real count of municipalities under the rent brake, a real backlog or
unpaid-awards total) it was changed (the amounts of the EU's air passenger compensation,
the 10 percent of the rent brake and the years of laws and earlier rulings kept).

Its weight: HIGHER COURTS AND CONSTITUTIONAL CASES (the thirty-ninth and hundred-second
batches weighed courts, trials and investigations, the seventy-sixth US politics and
courts, the hundred-forty-sixth a Karlsruhe ruling and its echo, the hundred-seventy-fourth
and two-hundred-and-forty-eighth international courts, the two-hundred-and-thirteenth civil
and criminal courts at home and the two-hundred-and-ninetieth criminal trials in Germany,
and their decisions are kept) over one year in story order (January to December of 2026),
30 short stories with the German and English ones interleaved by month, each told as wire
copy runs it (a dateline lead with the holding, the bench and its tally, the case number,
the deadline or the award, the plaintiffs and the length of the case, the reasoning as
reported, the next step, reactions). Half German (dpa, AFP, APA, Keystone-SDA; Austrian
„Erkenntnis“, „Reparatur“, „in Begutachtung“, „Mandatare“, Swiss „öffentliche Beratung“,
„unverhältnismässig“, „Parteientschädigung“, „12'000 Franken“, „Gemäss“, «» quotes, German
„“ quotes): the Bundesverfassungsgericht on covert messenger surveillance, Karlsruhe's
yearly statistics, the Bundesgerichtshof on damages after a data leak, the
Bundesarbeitsgericht on part-time overtime pay, the VfGH on child rates in social
assistance, the Bundesgericht on a Sunday ban on demonstrations, the EuGH on air passengers
and strikes, Karlsruhe on a seat in the intelligence oversight body, the BGH on rent
refunds, the EGMR against Austria on the length of proceedings, the VfGH on naturalisation
fees, Karlsruhe on judges' pay, the OGH on a fitness chain's terms, the Bundesgericht on a
road-building cartel and the BGH on the truck cartel. Half English (Reuters, AP, AFP, PA):
the U.S. Supreme Court on a prepaid card fee cap, the Strasbourg court's yearly figures, the
UK Supreme Court on couriers, the 3rd Circuit voiding a blast verdict, Strasbourg against
Moldova on wiretaps, the 5th Circuit on an app-store age law, the General Court cutting a
cartel fine, the Supreme Court's end of term, the full D.C. Circuit on a mercury rule, an
emergency order on a grant freeze, the UK Supreme Court on sewage floods, the Court of
Justice fining Italy, the Supreme Court taking up a ride-hailing case, the 9th Circuit en
banc on water rights and the Grand Chamber on Greek pensions. Figures as such copy has
them: tallies („mit 5:3 Stimmen“, „mit 6:2 Stimmen“, „mit 3:2 Stimmen“, "ruled 6-3", "ruled
2-1", "by six votes to one", "by 12 votes to 5", "voted 7-4", "ruled 8-3", "ruled 4-3"),
benches („Zwei der acht Richter“, „der fünf Richterinnen und Richter“, "The five justices",
"the Grand Chamber of 15 judges", "The 11-judge en banc panel"), numbered senates and
circuits („Der Erste Senat“, „Der Zweite Senat“, „Der VI. Zivilsenat“, „Der VIII.
Zivilsenat“, „Der Achte Senat“, "the 5th U.S. Circuit", "the 9th Circuit"), case numbers
and paragraphs that carry no quantity („Az. 1 BvR 1742/23“, „Az. VI ZR 214/24“, „G
187/2025“, „Urteil 1C_447/2025“, „Rechtssache C-318/24“, „7 Ob 112/25d“, "No. 24-1093",
"no. 41267/19", "case C-544/24", „Artikel 10 des Grundgesetzes“, „Paragraf 556d BGB“,
„Randnummer 84“, "Article 8"), deadlines for lawmakers as full dates and spans, awards,
damages, costs and fines in euros, francs, dollars and pounds, hearing dates, years of
proceedings, counts of plaintiffs, claims and pending cases, dissents' pages, court
statistics with shares and percentages; number words and compounds („zweieinhalb Stunden
lang“, „elf Jahre und vier Monate“, „ab der 41. Wochenstunde“, „heute 67-Jährigen“, "a
31-page dissent", "a seven-week trial", "two months and 10 days", "a 12-year fight"),
fractions („um ein Viertel“, „um ein Drittel“, „mehr als jedes zehnte“, „mehr als das nötige
Drittel“, "Almost a third"), hedges, years and dates. Negatives as such copy has them -
about a quarter of the rows: reactions, praise and condemnation in quotes and reported
(„nannte“, „bezeichnete ... als“, „sprach von“, „feierte ... als“, „begrüßte ... als“,
"called", "hailed", "welcomed ... as", "condemned ... as", "praised ... as"), labels in a
majority's or a president's own words, regret, surprise and a no-comment line, evasions
after a ruling, hopes, fears, confidence and vague warnings naming no measure, each near a
check-worthy look-alike: the same story's ruling, tally, deadline, award, figure, announced
bill, appeal or rehearing request.

241 rows (122 German, 119 English), 59 negatives (28 German, 31 English), 182 check-worthy
rows of which 35 carry no figure (24 German, 11 English), 277 expected quantities (106
counts, 45 amounts of money - 26 EUR, 11 USD, 5 CHF, 3 GBP -, 41 years, 34 durations - 16 in
years, 10 in months, 3 in hours, 3 in days, 1 in weeks, 1 in minutes -, 20 dates, 14
ordinals, 12 percentages, all in %, 5 fractions; none of them in a negative), 36 checked
speakers (19 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, condemnation, praise, regret, hope, fear, confidence or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, two-hundred-and-fourth, two-hundred-and-forty-eighth); a quoted
  or reported statement of fact, figure, step, plan or position is check-worthy with its
  speaker, also in Konjunktiv I (hundred-sixtieth). Pairs from one speaker or side:
  Kampmann's announced bill beside his „herben Rückschlag“, Lanzinger's quarter and his
  twelve posts beside „verspielt das Vertrauen“, Eschweiler's 1,100 clients beside his
  „Meilenstein“, Fehrle's candidate beside „Ohrfeige“, Trenkle's 187 euros beside her
  „Lektion“, Hallvarðsdóttir's 19,400 beside "break a promise", the GMB's 38,000 riders
  beside its general secretary's "a day gig workers will remember", Haus & Grund's backing
  for a complaint beside its warning, Swiftdrop's 30 days beside the business groups'
  warning, Brandywine's reaction beside the families' request for a rehearing.
- Rulings and their parts are check-worthy with or without a figure (hundred-second,
  hundred-forty-sixth, two-hundred-and-thirteenth, two-hundred-and-forty-eighth): the
  holding as a lead, the tally, the bench, the dissent's existence and length ("wrote a
  31-page dissent", "dissented in a 19-page opinion", „legten ein gemeinsames Sondervotum
  vor“; hundred-forty-sixth), the deadline for lawmakers, the award, the legal status („Das
  Urteil ist rechtskräftig“) and the next step (a rehearing sought, "would seek review by
  the Supreme Court", "would appeal", „kündigte an, ... einen neuen Gesetzentwurf
  vorzulegen“, „kündigte an, eine Verfassungsbeschwerde ... zu unterstützen“). Reasoning as
  reported is check-worthy: „begründete der Senat sein Urteil“, „befanden die Richter“,
  „heißt es in dem Urteil“, „verweist der Senat auf“, „Die Mehrheit der fünf Richterinnen
  und Richter befand“, "The judges said", "The dissenting judges said", "the court noted",
  "Lord Aldwyn said" (speakers unchecked, as below); the majority's words in a dissent's
  quote are a label (hundred-forty-sixth: "Darin warnen sie vor einem
  „Frontalangriff“"): "The majority, she wrote, had "rewritten the statute ..."". Evasions
  are negatives (two-hundred-and-seventy-sixth, three-hundredth): „werde das Urteil nun in
  Ruhe analysieren“, "was reviewing its options", "had "taken note" of the ruling and would
  now examine it closely"; so are „wollte sich ... nicht äußern“ and „zeigte sich ...
  „verwundert““ (a reaction). New: "The seven justices ruled 4-3, with the minority warning
  that the decision could swamp the courts with claims." is check-worthy - the tally carries
  the row, and the minority's warning wrapped round it does not undo it, as a label wrapped
  round a step does not (two-hundred-and-thirteenth, two-hundred-and-ninetieth).
- Tallies and benches are counts, one per figure (hundred-second, hundred-thirty-ninth,
  two-hundred-and-forty-eighth): „mit 5:3 Stimmen“, „mit 6:2 Stimmen“ and „mit 3:2 Stimmen“
  (hundred-thirty-ninth: „mit 5:4 Stimmen“ a tally, unlike a score), "ruled 6-3", "ruled
  5-4", "The order was 5-4", "ruled 2-1", "voted 7-4", "ruled 8-3", "ruled 4-3", "by six
  votes to one", "by 12 votes to 5"; „Zwei der acht Richter“ 2 and 8 (a definite group,
  forty-first), „zwei Richter“, „der fünf Richterinnen und Richter“, "The seven judges",
  "The five justices", "The seven justices", "The Grand Chamber's 17 judges", "the Grand
  Chamber of 15 judges", "the court's three liberal justices" (hundred-second), "all 14
  active judges", "The three-judge panel" and "The 11-judge en banc panel" (the number
  heading the compound, hundred-seventy-fourth), "joined by the court's two other liberal
  members" 2; "unanimously", „einstimmig“, "en banc", "Grand Chamber" none (hundred-
  sixteenth, two-hundred-and-forty-eighth). New: "The court's 6-3 conservative majority" is
  counts 6 and 3 - the split of the bench is read as a tally, as "by a 6-3 vote"
  (hundred-second).
- Numbered senates, chambers and circuits are ordinals (two-hundred-and-thirteenth,
  two-hundred-and-ninetieth, hundred-forty-first, hundred-forty-sixth): „Der Erste Senat“ 1,
  „Der Zweite Senat“ and „des Zweiten Senats“ 2, „Der Achte Senat“ 8, "the 3rd U.S. Circuit
  Court of Appeals" 3, "the 5th U.S. Circuit Court of Appeals" 5, "the 9th Circuit" 9; "the
  First Amendment" 1 (seventy-first). New: „Der VI. Zivilsenat“ is ordinal 6 and „Der VIII.
  Zivilsenat“ ordinal 8 - a Roman numeral with its period is written as an ordinal, as „des
  1. Strafsenats“ (two-hundred-and-thirteenth) and „Der 4. Strafsenat“
  (two-hundred-and-ninetieth), unlike a Roman numeral without a period inside a name
  ("Landgericht München I", fifty-fifth) and the same numeral inside the case number („Az. VI
  ZR 214/24“, „Az. VIII ZR 61/25“), which carries none.
- Case numbers and legal references are identifiers and carry no quantity (ninth,
  twenty-first, forty-second, sixty-fifth, ninety-second, hundred-seventy-seventh): „Az. 1
  BvR 1742/23“, „Az. VI ZR 214/24“, „Az. VIII ZR 61/25“, „G 187/2025“, „G 61/2025“, „7 Ob
  112/25d“, „Urteil 1C_447/2025“, „Urteil 2C_215/2024“, „Rechtssache C-318/24“, "No.
  24-1093", "no. 41267/19", "case C-544/24" - neither a count nor a year (ninety-second:
  „Urteil 6B_714/2025“) -; „Artikel 10 des Grundgesetzes“, „Artikel 82 der
  Datenschutz-Grundverordnung“, „Artikel 6 der Menschenrechtskonvention“, „Paragraf 556d
  BGB“, "Article 8 of the European Convention on Human Rights". „Randnummer 84“ is none as
  well - a numbered paragraph of a judgment is named, not counted, as "Paragraph 41 of the
  draft" (hundred-forty-fifth). New: "The unsigned order ran to two paragraphs" is count 2
  - a length counted in paragraphs is a count as „412 Seiten“ (hundred-second) and "a
  31-page dissent" are, while a paragraph named by its number is an identifier.
- Deadlines for lawmakers and parties (hundred-second, hundred-forty-sixth,
  two-hundred-and-forty-eighth, two-hundred-and-seventy-sixth): full dates with their year
  („bis zum 31. Dezember 2027“ 2027-12-31, „bis zum 31. Mai 2027“ 2027-05-31, „bis zum 30.
  Juni 2027“ 2027-06-30, „mit Ablauf des 30. September 2027“ 2027-09-30), spans („binnen
  sechs Monaten“, „binnen drei Monaten“, "within 30 days", "within 14 days", "becomes final
  in three months", "within the three months set by the court", "two months and 10 days" both
  units; "within", „binnen“ no hedge). Hearing dates are dates without a year as any day
  named without one (two-hundred-and-thirteenth: "for June 18"): „am 15. Januar“ --01-15,
  „am 4. Februar“ --02-04, "was argued on Oct. 8" --10-08, "scheduled for Feb. 24" --02-24,
  "take effect on July 1" --07-01; „im vergangenen März“, "in February", "by the end of
  June", "last year", "this term", „vor der Sommerpause“, „vor dem Sommer“, „in der
  kommenden Sitzungswoche“, „Ende Juni“ none. Lengths of hearings and argument are
  durations („zweieinhalb Stunden lang“ 2.5 hours - twentieth: "siebeneinhalb" -, „rund
  sieben Stunden“ 7 hours "about", "each side will get 30 minutes" 30 minutes).
- Years of proceedings and ages are durations (hundred-second, two-hundred-and-thirteenth,
  two-hundred-and-forty-eighth): „seit mehr als drei Jahren anhängig“ 3 years "over", „elf
  Jahre und vier Monate“ both units, „fast sechs Jahre“ and „fast neun Jahre“ "nearly", „über
  acht Jahre“ 8 years ("über" before a span no hedge), "took almost seven years" "nearly",
  "began at an employment tribunal six years ago", "a 12-year fight", "had waited 12 years",
  "for up to six months" "up_to", "over almost six years" 6 years "nearly", "wrongly counted
  three years" 3 years, "the third time in two years" 3 and 2 years; „Im Schnitt dauerte ein
  Verfahren 19 Monate“ („Im Schnitt“ no hedge), „älter als drei Jahre“ 3 years "over"
  (tenth: „älter als“); „Mindestvertragsdauer von 24 Monaten ... um weitere zwölf Monate“
  both („weitere“ no hedge); „dem heute 67-Jährigen“ 67 years („heute“ no hedge), "now aged
  between 71 and 89" two ages (hundred-second: "now aged between 68 and 84"); "a seven-week
  trial" 7 weeks; „um mehr als vier Stunden verspäteten“ 4 hours "over". None: "over a
  decade", "years of intimidation", „Jahre später“, „über Jahre“, "in decades".
- Plaintiffs, claims and cases are counts with their hedges (hundred-second,
  two-hundred-and-thirteenth): „14 Journalistinnen und Journalisten sowie zwei
  Strafverteidiger“, „eine Gewerkschaft, zwei Parteien und 47 Privatpersonen“ („eine“ none,
  two-hundred-and-seventy-sixth: „an einer Messstelle“), „64 Abgeordnete“, „sieben Passagiere“, „in 312
  Fällen“, „rund 6.400 ähnliche Klagen“, „mehr als 1.100 weitere Geschädigte“, „rund 1.800
  vergleichbare Verfahren“, „287 Beschwerden“, „38 Beschwerden“, „etwa 230 Klagen“, „rund
  40.000 Passagiere“, „rund 9.800 Kinder in fünf Bundesländern“, „bis zu 300.000
  Teilzeitkräfte“ "up_to", „4.870 Verfassungsbeschwerden“, „mindestens zwölf zusätzliche
  Stellen“ "at_least", „14 Klauseln“, „rund 95.000 Mitglieder in 41 Studios“, „Die sieben
  beteiligten Firmen“, „mehr als 400 Ausschreibungen“, „Zwei der Firmen“, „86 Lastwagen“
  („insgesamt“ no hedge), „in 386 Städten und Gemeinden“ („derzeit“ no hedge), „neun
  Mitglieder ... 28 Abgeordnete“; "12 journalists", "two other applicants", "26 couriers",
  "About 38,000 riders", "212 residents", "four times" 4 (the issue's "viermal"), "About 140
  ranching families across four counties", "64 retired seamen", "two workers and injured
  31 people", "146 universities", "19 states", "23 parties", "two drivers and a union
  representing about 15,000 drivers", "about 60 other appeals", "about 11,000 detainees",
  "57 cases ..., and 21 of them", "14 of the term's 18", "118 pages, including three separate
  dissents", "about 61,000 pending applications", "1,118 judgments", "at least one
  violation" 1 "at_least" (a number word before a noun, hundred-thirty-ninth: "with one
  member"), "fell to about 19,400", "about 1,200 premature deaths" ("a year" none), "four
  chip suppliers".
- Court money in the currency written (every batch): „250 Euro“, „3.500 Euro sowie ... rund
  2.100 Euro“, „43 Euro pro Monat“ („nur noch“ no hedge, „pro Monat“ none), „zwischen 250 und
  600 Euro“ both (the currency written once serves both, forty-sixth), „knapp 7.400 Euro“
  "nearly", „im Schnitt 187 Euro im Monat“, „6.800 Euro Entschädigung sowie 3.200 Euro“, „von
  1.115 auf 2.410 Euro ..., für Kinder auf 780 Euro“, „insgesamt rund 60 Millionen Euro“
  "about" („insgesamt“ no hedge), „rund 312.000 Euro nebst Zinsen“ "about"; CHF for francs
  („insgesamt 12'000 Franken“ with the Swiss separator, „4000 Franken“ without one,
  thirty-fifth, „zusammen 6,3 Millionen Franken ..., ... 7,1 Millionen Franken“, „um 2,4
  Millionen Franken zu hoch“); EUR in English ("9,000 euros ... a total of 14,500 euros"
  with "each" none and "a total of" no hedge, "to 287 million euros from 412 million euros",
  "a combined 1.1 billion euros" no hedge, "a lump sum of 20 million euros", "95,000 euros
  for every day" with "for every day" none (two-hundred-and-forty-eighth), "about 310
  million euros", "more than 1.9 billion euros" "over", "4.3 million euros", "about 7
  million euros"); USD ("$3 per transaction from an average of about $7.50" - "an average
  of" no hedge -, "an estimated $1.6 billion a year" "about", "$1.4 billion", "$260 million
  ... $1.14 billion", "up to $10,000 per violation" "up_to", "about $2.6 billion", "about
  $4.2 billion", "$14.6 million", "$1.2 billion a year"); GBP ("£95 million", "about £30,000
  per household", "£48 million").
- Percentages and fractions as written: „rund 6 Prozent weniger“ "about", „lediglich 1,3
  Prozent“ („lediglich“ no hedge, hundred-second: „Lediglich“), „um 38 Prozent über ...,
  zulässig sind höchstens 10 Prozent“ 38 and 10 "at_most", „40 Prozent einer Vollzeitstelle“,
  „54,6 Prozent Ja-Stimmen“, „um bis zu 11,4 Prozent“ "up_to", "8% fewer", "94% of them",
  "about 37%", "by 70% by 2030", "of up to 48%" "up_to"; „um ein Viertel“ 0.25, „um ein
  Drittel“ 0.3333 („im Schnitt“ no hedge), „mehr als jedes zehnte“ 0.1 "over" (the issue's
  "jeder vierte"; two-hundred-and-ninetieth: „Fast jeder dritte“), "Almost a third" 0.3333
  "nearly". „mehr als das nötige Drittel der Mandatare“ is 0.3333 with no hedge - „mehr als“
  stands before the article and compares with a bound, as "far more than the 600 to 800"
  (two-hundred-and-forty-fourth). „eine derart starke Erhöhung“ none.
- Ordinals besides senates and circuits: „ab dem dritten Kind“ 3, „ab der 41. Wochenstunde“
  41 (two-hundred-and-fourth: „das 20. Sanktionspaket“), "the third time in two years" 3
  (hundred-second: "the justices' third narrowing ... in five years"). "The term's longest
  opinion", "the lowest since 2012" (the year only), „die Höchstsätze“ none.
- Years and dates: „seit 2021“, „seit 2022“, „im Frühjahr 2022“, „im Herbst 2024“, „aus dem
  Jahr 2011“, „aus dem Jahr 2020“, „2023“, „2024“, „2017“, „für die Jahre 2019 bis 2023“ both,
  „zwischen 2008 und 2016“ and „zwischen 2004 und 2011“ both ("zwischen" no hedge), "adopted
  in 2023", "in 2024", "a 2019 plant explosion", "a 2021 Supreme Court decision" and "a 2004
  House of Lords precedent" (a year before a ruling dates it, two-hundred-and-seventy-sixth:
  "a 2024 Supreme Court ruling"), "in March 2025" the year, "the state's 2014 water
  allocation", "dating back to 2014", "since 2012", "since 2020", "between 2016 and 2021",
  "in 2017 ... in 2021", "its 2027 budget", "by 2030", "in 2013", "in 2019", "in 2022",
  "lodged in 2019". Reuters and AFP English datelines with a day are dates without a year
  ("WASHINGTON, Jan 21" --01-21, "STRASBOURG, Jan 27 (AFP)" --01-27, "PHILADELPHIA, Feb 18"
  --02-18, "STRASBOURG, March 17" --03-17, "LUXEMBOURG, May 20" --05-20, "WASHINGTON, June
  30" --06-30, "WASHINGTON, July 10" --07-10, "LONDON, Sept 16" --09-16, "LUXEMBOURG, Oct 6
  (AFP)" --10-06, "SAN FRANCISCO, Nov 12" --11-12, "STRASBOURG, Dec 9" --12-09;
  hundred-sixtieth, two-hundred-and-forty-eighth); dpa, AFP German, APA, Keystone-SDA, AP
  and PA datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "an estimated" "about";
  „knapp“, „fast“, "almost", "Almost" "nearly"; „mehr als“, „älter als“, "more than" "over";
  „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least"; „höchstens“ "at_most". No
  hedge: „insgesamt“, „zusammen“, „allein“, „weitere“, „derzeit“, „lediglich“, „nur noch“,
  „heute“, „Im Schnitt“, „im Schnitt“, „zwischen“, „binnen“, "a total of", "a combined", "an
  average of", "now", "within", "each", "over" before a span, „über“ before a span, „mehr als“
  before an article.
- Speakers, checked only in forms the earlier batches settled: „Nach Angaben des
  Bundesinnenministeriums“ -> "das Bundesinnenministerium", „Nach Angaben des Gerichts“
  (twice) -> "das Gericht", „nach Angaben des Finanzministeriums in Magdeburg“ -> "das
  Finanzministerium" (the source in the nominative, the place dropped; hundred-seventeenth,
  two-hundred-and-forty-eighth), „nach Schätzungen der Volkshilfe“ -> "die Volkshilfe"
  (ninety-ninth: „Nach Schätzungen des Roten Kreuzes“; hundred-second: „Nach Schätzungen der
  Mietervereinigung“); „teilte der VfGH am Donnerstag mit“ -> "der VfGH" (the weekday
  dropped, two-hundred-and-eighty-fourth), „teilte das Bundesgericht mit“ -> "das
  Bundesgericht", „teilte das Justizministerium mit“ -> "das Justizministerium"; „sagte
  Vizepräsidentin Henrike Strobl bei der Urteilsverkündung“ the name with the title and
  occasion dropped (hundred-second, two-hundred-and-thirteenth); „Gerichtspräsident Eberhard
  Lanzinger sagte, ...“, „Klägeranwalt Malte Eschweiler sagte, ...“, „Verdi-Vorstandsmitglied
  Jana Reuschel sagte, ...“, „Sozialministerin Edith Pranckh sagte, ...“, „Gruppenchef
  Jannik Fehrle sagte, ...“, „Mieterbund-Präsidentin Ursula Trenkle sagte, ...“,
  „Innenminister Clemens Haidvogl sagte, ...“, „VKI-Juristin Petra Gschliesser sagte, ...“
  and „Der Vorsitzende Richter Wolfram Kessing sagte, ...“ the name (hundred-eightieth,
  two-hundred-and-ninetieth: „Die Vorsitzende Richterin Irmtraud Hasselbeck sagte, ...“);
  „Lanzinger sagte, ...“ opening the row the surname (two-hundred-and-fourth). English:
  "Writing for the majority, Justice Harold Penwright said" -> "Harold Penwright"
  (two-hundred-and-forty-eighth), "Judge Dolores Whitcombe said" -> "Dolores Whitcombe"
  (two-hundred-and-thirteenth), "Court president Sigrún Hallvarðsdóttir told reporters" and
  "Ranchers' attorney Wade Tolliver told reporters" the name ("told reporters" names the
  speaker, two-hundred-and-fourth); "The American Bankers Association said", "The
  Environmental Protection Agency said" and "The Justice Department said" with the article
  in lower case (hundred-second, three-hundredth: "The SEIU said"); "the GMB union said" with
  "union" (three-hundredth: "the Unite union said"); "Swiftdrop said", "Veldhoven said" and
  "Southbourne Water said" as written (hundred-second); ", the court said." (three times) and
  "The court said" -> "the court" (two-hundred-and-forty-eighth); "according to the Council
  of Europe" -> "the Council of Europe" (two-hundred-and-forty-eighth); "The company said in
  a filing" -> "the company" (hundred-fiftieth). Left unchecked (None): all negatives, also
  those with a named speaker; „begründete der Senat“, „befanden die Richter“, „heißt es in
  dem Urteil“, „heißt es in dem Erkenntnis“, „verweist der Senat“, „nach Feststellung des
  Gerichts“, „nach Berechnungen des Zweiten Senats“, „nach der Jahresstatistik des
  Gerichts“, „laut Urteil“, „Gemäss Bundesgericht“ (two-hundred-and-forty-fourth: „Gemäss
  Bafu“), „nach eigenen Angaben“, „nach Schätzungen von Verdi“, „Der Richterbund schätzt“,
  „kündigte an“ (no verb of saying), „nach Angaben des Deutschen Mieterbunds“, „Nach Angaben
  des BGH“, „nach Angaben des VKI“ (masculine genitives, hundredth); "Lord Aldwyn said" (a
  peer's title before the name, hundred-eighty-eighth), "wrote" ("Justice Miriam
  Okafor-Hale wrote", "she wrote"; hundred-thirty-eighth), "The judges said", "The
  dissenting judges said", "Their lawyers said", "A lawyer for the families said" (groups,
  roles and possessives; eighty-third, two-hundred-and-forty-eighth), "The 3rd U.S. Circuit
  Court of Appeals said" (a court named in full, no batch settled), "The attorney general's
  office said", "Moldova's justice ministry said", "Italy's government said", "Greece's
  labour ministry said" (possessives), "A coalition of 19 states led by West Virginia said"
  (a description), "The union, which brought the case ..., estimates" (a subject parted from
  its verb, hundred-sixteenth), "the court noted" (hundred-forty-sixth), "its annual report
  showed", "according to government figures cited in the case", "according to the agency"
  and rows without attribution. As the two-hundred-and-sixth and three-hundredth batches did,
  and to keep the checked speakers near 35, this batch also leaves unchecked a form it could
  have checked: „Nach Angaben des Fluggastportals“.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_310 = [
    # --- Karlsruhe kippt Überwachungsbefugnisse der Bundespolizei (dpa), Januar ---
    (
        "de",
        "Karlsruhe (dpa) - Das Bundesverfassungsgericht hat die Befugnis der Bundespolizei, Messengerdienste heimlich mitzulesen, in Teilen für nichtig erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Erste Senat entschied mit 5:3 Stimmen, dass die Vorschriften gegen das Fernmeldegeheimnis aus Artikel 10 des Grundgesetzes verstoßen (Az. 1 BvR 1742/23).",
        True,
        [("ordinal", 1, None, None), ("count", 5, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Zwei der acht Richter legten ein gemeinsames Sondervotum vor.",
        True,
        [("count", 2, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Der Gesetzgeber muss bis zum 31. Dezember 2027 eine Neuregelung schaffen, bis dahin dürfen die Befugnisse nur bei Verdacht auf schwere Straftaten genutzt werden.",
        True,
        [("date", "2027-12-31", None, None)],
        None,
    ),
    (
        "de",
        "Geklagt hatten 14 Journalistinnen und Journalisten sowie zwei Strafverteidiger, unterstützt von der Gesellschaft für Freiheitsrechte.",
        True,
        [("count", 14, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die mündliche Verhandlung hatte bereits im vergangenen März stattgefunden, das Verfahren war seit mehr als drei Jahren anhängig.",
        True,
        [("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Die Richter bemängelten vor allem, dass Betroffene auch nach dem Ende einer Überwachung nicht benachrichtigt werden mussten, sagte Vizepräsidentin Henrike Strobl bei der Urteilsverkündung.",
        True,
        [],
        "Henrike Strobl",
    ),
    (
        "de",
        "Nach Angaben des Bundesinnenministeriums wurde die Befugnis seit 2021 in 312 Fällen eingesetzt.",
        True,
        [("year", 2021, None, None), ("count", 312, None, None)],
        "das Bundesinnenministerium",
    ),
    (
        "de",
        "Bundesinnenminister Gerold Kampmann nannte das Urteil „einen herben Rückschlag für unsere Sicherheitsbehörden“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gesellschaft für Freiheitsrechte feierte die Entscheidung als „Sieg für alle, die vertraulich mit ihren Quellen sprechen“.",
        False,
        [],
        None,
    ),
    ("de", "Kampmann kündigte an, noch vor der Sommerpause einen neuen Gesetzentwurf vorzulegen.", True, [], None),
    # --- Supreme Court strikes down prepaid card fee cap (Reuters), January ---
    (
        "en",
        "WASHINGTON, Jan 21 (Reuters) - The U.S. Supreme Court on Wednesday ruled 6-3 that federal regulators overstepped their authority when they capped fees on prepaid debit cards, siding with a group of card issuers.",
        True,
        [("date", "--01-21", None, None), ("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Writing for the majority, Justice Harold Penwright said lawmakers had not authorized the bureau to decide how large such fees may be.",
        True,
        [],
        "Harold Penwright",
    ),
    (
        "en",
        "The rule, adopted in 2023, would have capped the fees at $3 per transaction from an average of about $7.50, saving consumers an estimated $1.6 billion a year, according to the agency.",
        True,
        [
            ("year", 2023, None, None),
            ("money", 3, "USD", None),
            ("money", 7.5, "USD", "about"),
            ("money", 1600000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Justice Miriam Okafor-Hale wrote a 31-page dissent, joined by the court's two other liberal members.",
        True,
        [("count", 31, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "It was the third time in two years that the justices have curbed the agency's powers.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        'The majority, she wrote, had "rewritten the statute to suit the very industry it was meant to police."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The case, Prepaid Card Coalition v. Consumer Financial Protection Bureau, No. 24-1093, was argued on Oct. 8.",
        True,
        [("date", "--10-08", None, None)],
        None,
    ),
    (
        "en",
        "The American Bankers Association said its members had stopped charging the lower fees after a district court put the rule on hold in 2024.",
        True,
        [("year", 2024, None, None)],
        "the American Bankers Association",
    ),
    (
        "en",
        "Banking groups hailed the ruling as a long-overdue check on regulators who behave like lawmakers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Consumer advocates warned that the families who can least afford it would end up paying the price.",
        False,
        [],
        None,
    ),
    # --- Verfassungsbeschwerden: Karlsruher Jahresbilanz (dpa), Januar ---
    (
        "de",
        "Karlsruhe (dpa) - Beim Bundesverfassungsgericht sind im vergangenen Jahr 4.870 Verfassungsbeschwerden eingegangen, rund 6 Prozent weniger als im Jahr davor.",
        True,
        [("count", 4870, None, None), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "de",
        "Erfolg hatten nach der Jahresstatistik des Gerichts lediglich 1,3 Prozent der Beschwerden.",
        True,
        [("percent", 1.3, "%", None)],
        None,
    ),
    (
        "de",
        "Im Schnitt dauerte ein Verfahren 19 Monate, mehr als jedes zehnte war älter als drei Jahre.",
        True,
        [("duration", 19, "month", None), ("fraction", 0.1, None, "over"), ("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Gerichtspräsident Eberhard Lanzinger sagte, der Erste Senat habe die Zahl seiner offenen Verfahren seit 2022 um ein Viertel verringert.",
        True,
        [("ordinal", 1, None, None), ("year", 2022, None, None), ("fraction", 0.25, None, None)],
        "Eberhard Lanzinger",
    ),
    (
        "de",
        "Lanzinger sagte, das Gericht brauche mindestens zwölf zusätzliche Stellen für wissenschaftliche Mitarbeiterinnen und Mitarbeiter.",
        True,
        [("count", 12, None, "at_least")],
        "Lanzinger",
    ),
    (
        "de",
        "„Ein Gericht, das Jahre für seine Entscheidungen braucht, verspielt das Vertrauen der Menschen“, sagte Lanzinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kritiker halten die langen Wartezeiten in Karlsruhe seit Langem für ein Problem des Rechtsstaats.",
        False,
        [],
        None,
    ),
    # --- European rights court's annual figures (AFP), January ---
    (
        "en",
        "STRASBOURG, Jan 27 (AFP) - The European Court of Human Rights ended last year with about 61,000 pending applications, 8% fewer than a year earlier, its annual report showed.",
        True,
        [("date", "--01-27", None, None), ("count", 61000, None, "about"), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Almost a third of the pending cases concern Turkey, followed by Russia and Ukraine.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "The court delivered 1,118 judgments, finding at least one violation in 94% of them.",
        True,
        [("count", 1118, None, None), ("count", 1, None, "at_least"), ("percent", 94, "%", None)],
        None,
    ),
    (
        "en",
        "Russia, expelled from the Council of Europe in 2022, still owes more than 1.9 billion euros in unpaid awards, according to the Council of Europe.",
        True,
        [("year", 2022, None, None), ("money", 1900000000, "EUR", "over")],
        "the Council of Europe",
    ),
    (
        "en",
        "Court president Sigrún Hallvarðsdóttir told reporters the backlog of priority cases had fallen to about 19,400, the lowest since 2012.",
        True,
        [("count", 19400, None, "about"), ("year", 2012, None, None)],
        "Sigrún Hallvarðsdóttir",
    ),
    (
        "en",
        'She said states that ignore the court\'s judgments "break a promise made to every European."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rights groups said the figures masked a worrying rise in cases from countries backsliding on the rule of law.",
        False,
        [],
        None,
    ),
    # --- BGH: Schadenersatz nach Datenleck (dpa), Februar ---
    (
        "de",
        "Karlsruhe (dpa) - Kunden eines gehackten Online-Versandhändlers können nach einem Urteil des Bundesgerichtshofs Schadenersatz auch ohne Nachweis konkreter Folgen verlangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der VI. Zivilsenat sprach einem Kläger aus Bielefeld 250 Euro zu, weil seine Adresse und Telefonnummer im Internet veröffentlicht worden waren (Az. VI ZR 214/24).",
        True,
        [("ordinal", 6, None, None), ("money", 250, "EUR", None)],
        None,
    ),
    (
        "de",
        "Schon der Verlust der Kontrolle über die eigenen Daten sei ein Schaden im Sinne von Artikel 82 der Datenschutz-Grundverordnung, begründete der Senat sein Urteil.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Senat hatte die Sache am 15. Januar zweieinhalb Stunden lang verhandelt.",
        True,
        [("date", "--01-15", None, None), ("duration", 2.5, "hour", None)],
        None,
    ),
    (
        "de",
        "Von dem Datenleck im Frühjahr 2022 waren mehr als 2,3 Millionen Kundinnen und Kunden betroffen.",
        True,
        [("year", 2022, None, None), ("count", 2300000, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Gerichts sind an deutschen Gerichten noch rund 6.400 ähnliche Klagen anhängig.",
        True,
        [("count", 6400, None, "about")],
        "das Gericht",
    ),
    (
        "de",
        "Klägeranwalt Malte Eschweiler sagte, seine Kanzlei vertrete allein mehr als 1.100 weitere Geschädigte.",
        True,
        [("count", 1100, None, "over")],
        "Malte Eschweiler",
    ),
    (
        "de",
        "Eschweiler sprach von einem „Meilenstein für alle, deren Daten achtlos im Netz gelandet sind“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Handelsverband HDE warnte vor einer „Klagewelle“, die gerade kleine Händler überfordern könne.",
        False,
        [],
        None,
    ),
    # --- UK Supreme Court: couriers are workers (PA), February ---
    (
        "en",
        "LONDON (PA) - The Supreme Court has unanimously ruled that couriers working for delivery app Swiftdrop are workers entitled to holiday pay and the minimum wage.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The five justices dismissed the company's appeal, ending a legal battle that began at an employment tribunal six years ago.",
        True,
        [("count", 5, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "Lord Aldwyn said the company set the riders' rates and could deactivate them at will, leaving them no real freedom to run a business of their own.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The ruling builds on a 2021 Supreme Court decision that drivers for a ride-hailing app were workers rather than self-employed.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "About 38,000 riders are covered by the ruling, the GMB union said.",
        True,
        [("count", 38000, None, "about")],
        "the GMB union",
    ),
    (
        "en",
        "The union, which brought the case on behalf of 26 couriers, estimates that back pay and holiday pay could reach £95 million.",
        True,
        [("count", 26, None, None), ("money", 95000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Swiftdrop said it would meet couriers' representatives within 30 days to agree how to apply the judgment.",
        True,
        [("duration", 30, "day", None)],
        "Swiftdrop",
    ),
    (
        "en",
        'The GMB\'s general secretary called it "a day gig workers will remember for a very long time."',
        False,
        [],
        None,
    ),
    ("en", "Business groups warned that other platforms could now be dragged into similar claims.", False, [], None),
    # --- Third Circuit voids $1.4 billion blast verdict (Reuters), February ---
    (
        "en",
        "PHILADELPHIA, Feb 18 (Reuters) - A federal appeals court on Wednesday threw out a $1.4 billion jury verdict against chemical maker Brandywine Polymers over a 2019 plant explosion, ordering a new trial on damages.",
        True,
        [("date", "--02-18", None, None), ("money", 1400000000, "USD", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The 3rd U.S. Circuit Court of Appeals said the trial judge should not have let jurors hear evidence about the company's profits.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The panel left intact the finding that the company was liable for the blast, which killed two workers and injured 31 people.",
        True,
        [("count", 2, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "The jury had awarded $260 million in compensatory damages and $1.14 billion in punitive damages after a seven-week trial.",
        True,
        [("money", 260000000, "USD", None), ("money", 1140000000, "USD", None), ("duration", 7, "week", None)],
        None,
    ),
    (
        "en",
        "A lawyer for the families said they would ask all 14 active judges of the court to rehear the case.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        'Brandywine said it welcomed the decision and would "continue to stand with the families."',
        False,
        [],
        None,
    ),
    ("en", "Safety advocates said the ruling would embolden companies that cut corners.", False, [], None),
    # --- Bundesarbeitsgericht: Zuschläge für Teilzeitkräfte (dpa), Februar ---
    (
        "de",
        "Erfurt (dpa) - Teilzeitkräfte dürfen nach einem Urteil des Bundesarbeitsgerichts bei Überstundenzuschlägen nicht schlechter gestellt werden als Vollzeitbeschäftigte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Achte Senat sprach einer Pflegekraft aus Hessen eine Entschädigung von 3.500 Euro sowie Zuschläge von rund 2.100 Euro zu.",
        True,
        [("ordinal", 8, None, None), ("money", 3500, "EUR", None), ("money", 2100, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Frau arbeitete 40 Prozent einer Vollzeitstelle, Zuschläge sollte sie nach dem Tarifvertrag erst ab der 41. Wochenstunde erhalten.",
        True,
        [("percent", 40, "%", None), ("ordinal", 41, None, None)],
        None,
    ),
    (
        "de",
        "Von der Entscheidung könnten nach Schätzungen von Verdi bis zu 300.000 Teilzeitkräfte profitieren.",
        True,
        [("count", 300000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Verdi-Vorstandsmitglied Jana Reuschel sagte, die Gewerkschaft werde betroffene Mitglieder bei Nachforderungen unterstützen.",
        True,
        [],
        "Jana Reuschel",
    ),
    ("de", "Die Arbeitgeberverbände warnten vor erheblichen Mehrkosten für Kliniken und Pflegeheime.", False, [], None),
    # --- VfGH kippt Sozialhilfe-Deckel für Mehrkindfamilien (APA), März ---
    (
        "de",
        "Wien (APA) - Der Verfassungsgerichtshof (VfGH) hat die Höchstsätze für Mehrkindfamilien in der Sozialhilfe als gleichheitswidrig aufgehoben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Nationalrat muss die Bestimmung bis zum 31. Mai 2027 neu regeln, teilte der VfGH am Donnerstag mit.",
        True,
        [("date", "2027-05-31", None, None)],
        "der VfGH",
    ),
    (
        "de",
        "Die Regelung hatte ab dem dritten Kind nur noch 43 Euro pro Monat vorgesehen.",
        True,
        [("ordinal", 3, None, None), ("money", 43, "EUR", None)],
        None,
    ),
    (
        "de",
        "Den Antrag hatten 64 Abgeordnete des Nationalrats eingebracht, mehr als das nötige Drittel der Mandatare.",
        True,
        [("count", 64, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Schätzungen der Volkshilfe rund 9.800 Kinder in fünf Bundesländern.",
        True,
        [("count", 9800, None, "about"), ("count", 5, None, None)],
        "die Volkshilfe",
    ),
    (
        "de",
        "Der VfGH verwies in seiner Begründung auch auf das Bundesverfassungsgesetz über die Rechte von Kindern aus dem Jahr 2011 (G 187/2025).",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "Sozialministerin Edith Pranckh sagte, die Regierung werde die Reparatur noch vor dem Sommer in Begutachtung schicken.",
        True,
        [],
        "Edith Pranckh",
    ),
    ("de", "Die Volkshilfe begrüßte den Spruch als „überfälliges Signal gegen Kinderarmut“.", False, [], None),
    (
        "de",
        "Ein FPÖ-Sozialsprecher bezeichnete das Erkenntnis als „Einladung zur Zuwanderung in unser Sozialsystem“.",
        False,
        [],
        None,
    ),
    # --- Strasbourg court faults Moldova over wiretaps (Reuters), March ---
    (
        "en",
        "STRASBOURG, March 17 (Reuters) - The European Court of Human Rights ruled on Tuesday that Moldova violated the privacy of 12 journalists whose phones were tapped without a judge's approval.",
        True,
        [("date", "--03-17", None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The seven judges found by six votes to one that the surveillance breached Article 8 of the European Convention on Human Rights.",
        True,
        [("count", 7, None, None), ("count", 6, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The court ordered Moldova to pay each applicant 9,000 euros in damages and a total of 14,500 euros in costs.",
        True,
        [("money", 9000, "EUR", None), ("money", 14500, "EUR", None)],
        None,
    ),
    (
        "en",
        "The court rejected the complaints of two other applicants as inadmissible.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The applications, lodged in 2019 under no. 41267/19, took almost seven years to decide.",
        True,
        [("year", 2019, None, None), ("duration", 7, "year", "nearly")],
        None,
    ),
    (
        "en",
        "The judgment becomes final in three months unless either side asks for a referral to the Grand Chamber, the court said.",
        True,
        [("duration", 3, "month", None)],
        "the court",
    ),
    (
        "en",
        "Moldova's justice ministry said the wiretap law had been amended in 2023 and now required a warrant in every case.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    ("en", "Press freedom groups welcomed the ruling as a warning to governments across the region.", False, [], None),
    (
        "en",
        "A lawyer for the journalists said she hoped the judgment would put an end to years of intimidation.",
        False,
        [],
        None,
    ),
    # --- Bundesgericht hebt Sonntags-Demoverbot teilweise auf (Keystone-SDA), April ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Das Bundesgericht hat das Verbot von Kundgebungen an Sonntagen im Kanton Luzern in einer öffentlichen Beratung mit 3:2 Stimmen teilweise aufgehoben.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Mehrheit der fünf Richterinnen und Richter befand, ein generelles Verbot sei unverhältnismässig und verletze die Versammlungsfreiheit.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Beschwerde hatten eine Gewerkschaft, zwei Parteien und 47 Privatpersonen eingereicht (Urteil 1C_447/2025).",
        True,
        [("count", 2, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "Der Kanton muss den Beschwerdeführern eine Parteientschädigung von insgesamt 12'000 Franken zahlen.",
        True,
        [("money", 12000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Gerichtskosten von 4000 Franken gehen zulasten des Kantons, teilte das Bundesgericht mit.",
        True,
        [("money", 4000, "CHF", None)],
        "das Bundesgericht",
    ),
    (
        "de",
        "Das Verbot war 2023 nach einer Volksabstimmung mit 54,6 Prozent Ja-Stimmen eingeführt worden.",
        True,
        [("year", 2023, None, None), ("percent", 54.6, "%", None)],
        None,
    ),
    (
        "de",
        "Sicherheitsdirektorin Beatrice Imhasly sagte, der Regierungsrat werde das Urteil nun in Ruhe analysieren.",
        False,
        [],
        None,
    ),
    ("de", "Die Juso sprachen von einem «Sieg für die Demokratie auf der Strasse».", False, [], None),
    # --- 5th Circuit blocks Mississippi app-store age law (AP), April ---
    (
        "en",
        "NEW ORLEANS (AP) — A divided federal appeals court on Thursday blocked a Mississippi law that would have forced app stores to verify the age of every user.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The three-judge panel of the 5th U.S. Circuit Court of Appeals ruled 2-1 that the law likely violates the First Amendment.",
        True,
        [
            ("count", 3, None, None),
            ("ordinal", 5, None, None),
            ("count", 2, None, None),
            ("count", 1, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Under the law, companies faced fines of up to $10,000 per violation and could be sued by parents.",
        True,
        [("money", 10000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "The law was passed in March 2025 and had been due to take effect on July 1.",
        True,
        [("year", 2025, None, None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "Judge Dolores Whitcombe said the state had offered no evidence that less drastic tools, such as parental controls, would fail.",
        True,
        [],
        "Dolores Whitcombe",
    ),
    (
        "en",
        "Judge Trent Colquitt dissented in a 19-page opinion, arguing the law was narrowly drawn to protect minors.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The attorney general's office said it would ask the full appeals court to rehear the case.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Tech industry group NetChoice called the ruling "a win for every parent who wants to make their own choices."',
        False,
        [],
        None,
    ),
    ("en", "Supporters of the law warned that children would stay exposed to harmful content.", False, [], None),
    # --- EuGH: Ausgleich auch bei Streik des eigenen Personals (dpa), Mai ---
    (
        "de",
        "Luxemburg (dpa) - Fluggäste haben nach einem Urteil des Europäischen Gerichtshofs auch bei einem Streik des eigenen Bodenpersonals einer Airline Anspruch auf eine Ausgleichszahlung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Je nach Flugstrecke stehen den Reisenden zwischen 250 und 600 Euro zu (Rechtssache C-318/24).",
        True,
        [("money", 250, "EUR", None), ("money", 600, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Ausstand der eigenen Beschäftigten sei kein „außergewöhnlicher Umstand“, der die Fluggesellschaft entlaste, befanden die Richter.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Geklagt hatte ein Fluggastportal, dem sieben Passagiere eines um mehr als vier Stunden verspäteten Fluges von Köln nach Palma ihre Ansprüche abgetreten hatten.",
        True,
        [("count", 7, None, None), ("duration", 4, "hour", "over")],
        None,
    ),
    (
        "de",
        "Das Amtsgericht Köln hatte den Fall im Herbst 2024 nach Luxemburg vorgelegt.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Fluggastportals warten allein in Deutschland rund 40.000 Passagiere auf den Ausgang ähnlicher Verfahren.",
        True,
        [("count", 40000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Flughafenverband ADV warnte, die Entscheidung könne die Ticketpreise in die Höhe treiben.",
        False,
        [],
        None,
    ),
    ("de", "Verbraucherschützer feierten das Urteil als „Ende einer bequemen Ausrede der Airlines“.", False, [], None),
    # --- EU court cuts chip cartel fine (Reuters), May ---
    (
        "en",
        "LUXEMBOURG, May 20 (Reuters) - The European Union's General Court on Wednesday cut an antitrust fine imposed on Dutch chipmaker Veldhoven Microsystems to 287 million euros from 412 million euros.",
        True,
        [("date", "--05-20", None, None), ("money", 287000000, "EUR", None), ("money", 412000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The judges said the European Commission had wrongly counted three years in which the company was no longer part of the cartel.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The Commission fined four chip suppliers a combined 1.1 billion euros in 2021 for coordinating prices over almost six years.",
        True,
        [
            ("count", 4, None, None),
            ("money", 1100000000, "EUR", None),
            ("year", 2021, None, None),
            ("duration", 6, "year", "nearly"),
        ],
        None,
    ),
    (
        "en",
        "Brussels now has two months and 10 days to lodge an appeal, limited to questions of law, with the higher EU court.",
        True,
        [("duration", 2, "month", None), ("duration", 10, "day", None)],
        None,
    ),
    ("en", "Veldhoven said it would appeal against the remaining fine.", True, [], "Veldhoven"),
    (
        "en",
        'A Commission spokesperson said Brussels had "taken note" of the ruling and would now examine it closely.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lawyers for rival chipmakers said the reduction sent the wrong message to cartel members.",
        False,
        [],
        None,
    ),
    # --- Karlsruhe: Sitz im Kontrollgremium für kleine Gruppe (AFP), Juni ---
    (
        "de",
        "Karlsruhe (AFP) - Das Bundesverfassungsgericht hat den Bundestag verpflichtet, auch einer kleinen Oppositionsgruppe einen Sitz im Parlamentarischen Kontrollgremium für die Geheimdienste einzuräumen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Zweite Senat gab dem Antrag der Gruppe mit 6:2 Stimmen statt, zwei Richter gaben ein Sondervotum ab.",
        True,
        [("ordinal", 2, None, None), ("count", 6, None, None), ("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Gremium hat derzeit neun Mitglieder, die Gruppe kommt im Bundestag auf 28 Abgeordnete.",
        True,
        [("count", 9, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "de",
        "Der Bundestag muss die Wahl eines zusätzlichen Mitglieds binnen sechs Monaten nachholen, heißt es in dem Urteil.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "In der Begründung verweist der Senat auf Randnummer 84 eines eigenen Beschlusses aus dem Jahr 2020 zum Schutz parlamentarischer Minderheiten.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Die mündliche Verhandlung hatte am 4. Februar stattgefunden und rund sieben Stunden gedauert.",
        True,
        [("date", "--02-04", None, None), ("duration", 7, "hour", "about")],
        None,
    ),
    (
        "de",
        "Gruppenchef Jannik Fehrle sagte, man werde bereits in der kommenden Sitzungswoche einen Kandidaten vorschlagen.",
        True,
        [],
        "Jannik Fehrle",
    ),
    ("de", "Fehrle sprach von einer „Ohrfeige für die Arroganz der Mehrheit“.", False, [], None),
    (
        "de",
        "In der Koalition hofft man nun auf einen Kandidaten, der „das Vertrauen des ganzen Hauses“ genießt.",
        False,
        [],
        None,
    ),
    # --- Supreme Court ends term with detention ruling (Reuters), June ---
    (
        "en",
        "WASHINGTON, June 30 (Reuters) - The U.S. Supreme Court ended its term on Tuesday by ruling 5-4 that immigration judges may hold asylum seekers without a bond hearing for up to six months.",
        True,
        [
            ("date", "--06-30", None, None),
            ("count", 5, None, None),
            ("count", 4, None, None),
            ("duration", 6, "month", "up_to"),
        ],
        None,
    ),
    (
        "en",
        "Chief Justice Warren Ashby joined the court's three liberal justices in dissent.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "About 11,000 detainees are currently held without a hearing, according to government figures cited in the case.",
        True,
        [("count", 11000, None, "about")],
        None,
    ),
    (
        "en",
        "The court decided 57 cases after argument this term, and 21 of them, about 37%, were unanimous.",
        True,
        [("count", 57, None, None), ("count", 21, None, None), ("percent", 37, "%", "about")],
        None,
    ),
    (
        "en",
        "The court's 6-3 conservative majority held together in 14 of the term's 18 most closely watched cases.",
        True,
        [("count", 6, None, None), ("count", 3, None, None), ("count", 14, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "The term's longest opinion ran to 118 pages, including three separate dissents.",
        True,
        [("count", 118, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", 'Immigrant rights groups condemned the decision as "a license for indefinite detention."', False, [], None),
    (
        "en",
        "Legal scholars said the term would be remembered as one of the most consequential in decades.",
        False,
        [],
        None,
    ),
    # --- BGH: Rückzahlung trotz später Rüge (dpa), Juli ---
    (
        "de",
        "Karlsruhe (dpa) - Vermieter müssen zu viel kassierte Miete nach einem Urteil des Bundesgerichtshofs auch dann zurückzahlen, wenn der Mieter die Rüge erst Jahre später erhebt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der VIII. Zivilsenat verurteilte eine Berliner Vermieterin, ihrem früheren Mieter knapp 7.400 Euro zu erstatten (Az. VIII ZR 61/25).",
        True,
        [("ordinal", 8, None, None), ("money", 7400, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Nettokaltmiete hatte nach Feststellung des Gerichts um 38 Prozent über der ortsüblichen Vergleichsmiete gelegen, zulässig sind höchstens 10 Prozent.",
        True,
        [("percent", 38, "%", None), ("percent", 10, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Die Mietpreisbremse nach Paragraf 556d BGB gilt derzeit in 386 Städten und Gemeinden.",
        True,
        [("count", 386, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Deutschen Mieterbunds sind bundesweit rund 1.800 vergleichbare Verfahren anhängig.",
        True,
        [("count", 1800, None, "about")],
        None,
    ),
    (
        "de",
        "Mieterbund-Präsidentin Ursula Trenkle sagte, Mieter in Berlin zahlten im Schnitt 187 Euro im Monat mehr als erlaubt.",
        True,
        [("money", 187, "EUR", None)],
        "Ursula Trenkle",
    ),
    (
        "de",
        "Trenkle nannte das Urteil „eine Lektion für alle, die auf die Vergesslichkeit ihrer Mieter setzen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband Haus & Grund warnte vor einem weiteren Rückzug privater Vermieter vom Wohnungsmarkt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haus & Grund kündigte an, eine Verfassungsbeschwerde gegen die Verlängerung der Mietpreisbremse zu unterstützen.",
        True,
        [],
        None,
    ),
    # --- Full D.C. Circuit revives mercury rule (Reuters), July ---
    (
        "en",
        "WASHINGTON, July 10 (Reuters) - The full U.S. Court of Appeals for the District of Columbia Circuit on Friday reinstated a rule forcing power plants to cut mercury emissions by 70% by 2030.",
        True,
        [("date", "--07-10", None, None), ("percent", 70, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The en banc court voted 7-4, reversing a three-judge panel that had struck the rule down last year.",
        True,
        [("count", 7, None, None), ("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The dissenting judges said the agency had ignored costs that would fall hardest on rural customers.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Utilities had put compliance costs at about $2.6 billion over a decade, the court noted.",
        True,
        [("money", 2600000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The Environmental Protection Agency said the rule would prevent about 1,200 premature deaths a year.",
        True,
        [("count", 1200, None, "about")],
        "the Environmental Protection Agency",
    ),
    (
        "en",
        "The rule was first proposed in 2019 and has been challenged in court by 23 parties.",
        True,
        [("year", 2019, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "A coalition of 19 states led by West Virginia said it would seek review by the Supreme Court.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    ("en", 'West Virginia\'s attorney general called the ruling "a gift to activists in robes."', False, [], None),
    (
        "en",
        "Environmental groups said they hoped the decision would finally end years of legal wrangling.",
        False,
        [],
        None,
    ),
    # --- EGMR verurteilt Österreich wegen Verfahrensdauer (APA), August ---
    (
        "de",
        "Straßburg (APA) - Der Europäische Gerichtshof für Menschenrechte (EGMR) hat Österreich wegen der überlangen Dauer eines Finanzstrafverfahrens verurteilt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Verfahren gegen einen Tiroler Unternehmer habe elf Jahre und vier Monate gedauert und damit gegen Artikel 6 der Menschenrechtskonvention verstoßen, befanden die Richter einstimmig.",
        True,
        [("duration", 11, "year", None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "Österreich muss dem heute 67-Jährigen 6.800 Euro Entschädigung sowie 3.200 Euro für Anwaltskosten zahlen.",
        True,
        [("duration", 67, "year", None), ("money", 6800, "EUR", None), ("money", 3200, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Gerichts waren Ende Juni 287 Beschwerden gegen Österreich anhängig.",
        True,
        [("count", 287, None, None)],
        "das Gericht",
    ),
    (
        "de",
        "Die Dauer von Finanzstrafverfahren sei seit 2022 im Schnitt um ein Drittel gesunken, teilte das Justizministerium mit.",
        True,
        [("year", 2022, None, None), ("fraction", 0.3333, None, None)],
        "das Justizministerium",
    ),
    ("de", "Der Anwalt des Unternehmers sprach von einer „späten, aber bitter nötigen Genugtuung“.", False, [], None),
    (
        "de",
        "Die Richtervereinigung warnte erneut vor den Folgen des Personalmangels an den Gerichten.",
        False,
        [],
        None,
    ),
    # --- Supreme Court lets grant freeze stand (AP), August ---
    (
        "en",
        "WASHINGTON (AP) — The Supreme Court on Friday let the administration keep freezing research grants to universities while a legal challenge goes forward.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Justice Department said the freeze covers about $4.2 billion in grants to 146 universities.",
        True,
        [("money", 4200000000, "USD", "about"), ("count", 146, None, None)],
        "the Justice Department",
    ),
    (
        "en",
        "The order was 5-4, with Justice Leland Marsh joining the three liberal justices in dissent.",
        True,
        [("count", 5, None, None), ("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", "The unsigned order ran to two paragraphs and gave no reasons.", True, [("count", 2, None, None)], None),
    (
        "en",
        "A federal judge in Boston had ordered the money released within 14 days.",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    ("en", "University leaders said they feared lasting damage to American science.", False, [], None),
    ("en", 'The White House praised the order as "a victory for taxpayers."', False, [], None),
    # --- VfGH: Einbürgerungsgebühren teils verfassungswidrig (APA), September ---
    (
        "de",
        "Wien (APA) - Der Verfassungsgerichtshof hat die Erhöhung der Gebühren für Staatsbürgerschaftsverfahren teilweise aufgehoben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Gebühr für eine Einbürgerung war 2024 von 1.115 auf 2.410 Euro gestiegen, für Kinder auf 780 Euro.",
        True,
        [
            ("year", 2024, None, None),
            ("money", 1115, "EUR", None),
            ("money", 2410, "EUR", None),
            ("money", 780, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Gesetzgeber habe keine sachliche Rechtfertigung für eine derart starke Erhöhung vorgelegt, heißt es in dem Erkenntnis (G 61/2025).",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Aufhebung tritt mit Ablauf des 30. September 2027 in Kraft.",
        True,
        [("date", "2027-09-30", None, None)],
        None,
    ),
    (
        "de",
        "Angerufen hatte den VfGH das Landesverwaltungsgericht Wien, bei dem 38 Beschwerden anhängig sind.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Innenminister Clemens Haidvogl sagte, man werde eine neue Gebührenstaffel vorlegen, die Familien mit mehreren Kindern entlaste.",
        True,
        [],
        "Clemens Haidvogl",
    ),
    ("de", "Die Grünen nannten das Erkenntnis „eine Blamage für die Regierung“.", False, [], None),
    (
        "de",
        "Migrantenvereine hoffen nun auf eine rasche Rückerstattung der zu viel bezahlten Gebühren.",
        False,
        [],
        None,
    ),
    # --- UK Supreme Court opens door to sewage flood claims (Reuters), September ---
    (
        "en",
        "LONDON, Sept 16 (Reuters) - Britain's Supreme Court ruled on Wednesday that homeowners can sue water companies over sewage floods, overturning a 2004 House of Lords precedent.",
        True,
        [("date", "--09-16", None, None), ("year", 2004, None, None)],
        None,
    ),
    (
        "en",
        "The seven justices ruled 4-3, with the minority warning that the decision could swamp the courts with claims.",
        True,
        [("count", 7, None, None), ("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The case was brought by 212 residents of a Kent village whose homes flooded four times between 2016 and 2021.",
        True,
        [("count", 212, None, None), ("count", 4, None, None), ("year", 2016, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Their lawyers said damages could run to about £30,000 per household.",
        True,
        [("money", 30000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Southbourne Water said it had spent £48 million on sewer upgrades in the area since 2020.",
        True,
        [("money", 48000000, "GBP", None), ("year", 2020, None, None)],
        "Southbourne Water",
    ),
    ("en", "Water UK, the industry body, warned that customers' bills could rise as a result.", False, [], None),
    (
        "en",
        "Campaigners hailed the judgment as a turning point in the fight against sewage pollution.",
        False,
        [],
        None,
    ),
    # --- Karlsruhe: Richterbesoldung in Sachsen-Anhalt zu niedrig (dpa), Oktober ---
    (
        "de",
        "Karlsruhe (dpa) - Das Bundesverfassungsgericht hat die Besoldung von Richtern und Staatsanwälten in Sachsen-Anhalt für die Jahre 2019 bis 2023 als zu niedrig und damit verfassungswidrig eingestuft.",
        True,
        [("year", 2019, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Die Bezüge lagen nach Berechnungen des Zweiten Senats in der Eingangsstufe um bis zu 11,4 Prozent unter dem verfassungsrechtlich gebotenen Minimum.",
        True,
        [("ordinal", 2, None, None), ("percent", 11.4, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Das Land muss bis zum 30. Juni 2027 eine verfassungsgemäße Regelung treffen.",
        True,
        [("date", "2027-06-30", None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Angaben des Finanzministeriums in Magdeburg rund 1.450 Richterinnen, Richter, Staatsanwältinnen und Staatsanwälte.",
        True,
        [("count", 1450, None, "about")],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die Vorlagen des Verwaltungsgerichts Halle stammten aus dem Jahr 2020 und lagen damit fast sechs Jahre beim Senat.",
        True,
        [("year", 2020, None, None), ("duration", 6, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Der Richterbund schätzt die Nachzahlungen auf insgesamt rund 60 Millionen Euro.",
        True,
        [("money", 60000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Vorsitzende des Landesrichterbunds nannte die Entscheidung „eine längst fällige Anerkennung der Justiz“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzministerin Marlies Gerdau warnte, die Nachzahlungen würden den Haushalt des Landes schwer belasten.",
        False,
        [],
        None,
    ),
    # --- EU court fines Italy over shipyard aid (AFP), October ---
    (
        "en",
        "LUXEMBOURG, Oct 6 (AFP) - The European Court of Justice on Tuesday ordered Italy to pay a lump sum of 20 million euros for failing to recover illegal state aid from a Sardinian shipyard.",
        True,
        [("date", "--10-06", None, None), ("money", 20000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Rome must also pay 95,000 euros for every day until the aid, put at about 310 million euros, is paid back, the court said.",
        True,
        [("money", 95000, "EUR", None), ("money", 310000000, "EUR", "about")],
        "the court",
    ),
    (
        "en",
        "The Commission first ordered the recovery in 2017, and the court had already ruled against Rome in 2021.",
        True,
        [("year", 2017, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The judgment in case C-544/24 was handed down by the Grand Chamber of 15 judges.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Italy's government said it would comply and had set aside the money in its 2027 budget.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    ("en", "Shipyard unions said the ruling punished workers for mistakes made in Rome.", False, [], None),
    ("en", "Sardinia's regional president said he hoped Brussels would show some flexibility.", False, [], None),
    # --- OGH kippt Fitnessstudio-Klauseln (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Der Oberste Gerichtshof (OGH) hat 14 Klauseln in den Geschäftsbedingungen eines Fitnessstudio-Betreibers für unzulässig erklärt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Geklagt hatte der Verein für Konsumenteninformation (VKI) im Auftrag des Sozialministeriums.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Unzulässig ist demnach unter anderem eine Mindestvertragsdauer von 24 Monaten mit automatischer Verlängerung um weitere zwölf Monate.",
        True,
        [("duration", 24, "month", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Betreiber hat nach Angaben des VKI rund 95.000 Mitglieder in 41 Studios.",
        True,
        [("count", 95000, None, "about"), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Das Urteil ist rechtskräftig, der Betreiber muss es binnen drei Monaten umsetzen (7 Ob 112/25d).",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "VKI-Juristin Petra Gschliesser sagte, Kunden könnten zu Unrecht bezahlte Verlängerungsgebühren nun zurückfordern.",
        True,
        [],
        "Petra Gschliesser",
    ),
    ("de", "Der Betreiber zeigte sich in einer Stellungnahme „verwundert“ über die Entscheidung.", False, [], None),
    # --- Supreme Court to hear ride-hailing drivers case (AP), October ---
    (
        "en",
        "WASHINGTON (AP) — The Supreme Court agreed on Monday to decide whether states can require ride-hailing companies to treat their drivers as employees.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The justices will hear arguments in February, with a decision expected by the end of June.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Arguments are scheduled for Feb. 24, and each side will get 30 minutes.",
        True,
        [("date", "--02-24", None, None), ("duration", 30, "minute", None)],
        None,
    ),
    (
        "en",
        "The challenge was filed in 2021 by two drivers and a union representing about 15,000 drivers in the state.",
        True,
        [("year", 2021, None, None), ("count", 2, None, None), ("count", 15000, None, "about")],
        None,
    ),
    (
        "en",
        "The justices turned away about 60 other appeals on Monday without comment.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    (
        "en",
        "The company said in a filing that a ruling against it could cost the industry $1.2 billion a year.",
        True,
        [("money", 1200000000, "USD", None)],
        "the company",
    ),
    ("en", "Labor groups said they were confident the justices would side with the drivers.", False, [], None),
    ("en", "Drivers' advocates hope a ruling will settle the question across the country.", False, [], None),
    # --- Bundesgericht bestätigt Bussen gegen Tessiner Strassenbaukartell (Keystone-SDA), November ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Das Bundesgericht hat die Bussen der Wettbewerbskommission gegen ein Tessiner Strassenbaukartell weitgehend bestätigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die sieben beteiligten Firmen müssen zusammen 6,3 Millionen Franken bezahlen, die Weko hatte ursprünglich 7,1 Millionen Franken verhängt.",
        True,
        [("count", 7, None, None), ("money", 6300000, "CHF", None), ("money", 7100000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Firmen hatten sich laut Urteil zwischen 2008 und 2016 bei mehr als 400 Ausschreibungen abgesprochen (Urteil 2C_215/2024).",
        True,
        [("year", 2008, None, None), ("year", 2016, None, None), ("count", 400, None, "over")],
        None,
    ),
    (
        "de",
        "Seit der Eröffnung der Untersuchung sind damit fast neun Jahre vergangen.",
        True,
        [("duration", 9, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Gemäss Bundesgericht hat die Vorinstanz den Umsatz einer Firma um 2,4 Millionen Franken zu hoch angesetzt.",
        True,
        [("money", 2400000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Zwei der Firmen haben ihre Bussen nach eigenen Angaben bereits bezahlt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("de", "Weko-Direktor Raphael Ambühl sprach von einem «wichtigen Signal an die ganze Branche».", False, [], None),
    ("de", "Der Baumeisterverband bedauerte den Entscheid.", False, [], None),
    # --- 9th Circuit orders Oregon to pay ranchers (Reuters), November ---
    (
        "en",
        "SAN FRANCISCO, Nov 12 (Reuters) - A U.S. appeals court on Thursday ordered Oregon to pay $14.6 million in legal fees to ranchers who won a 12-year fight over water rights.",
        True,
        [("date", "--11-12", None, None), ("money", 14600000, "USD", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "The 11-judge en banc panel of the 9th Circuit ruled 8-3 that the state's 2014 water allocation had taken the ranchers' property without compensation.",
        True,
        [
            ("count", 11, None, None),
            ("ordinal", 9, None, None),
            ("count", 8, None, None),
            ("count", 3, None, None),
            ("year", 2014, None, None),
        ],
        None,
    ),
    (
        "en",
        "About 140 ranching families across four counties are parties to the case.",
        True,
        [("count", 140, None, "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The court said the state must also pay interest dating back to 2014.",
        True,
        [("year", 2014, None, None)],
        "the court",
    ),
    (
        "en",
        "Ranchers' attorney Wade Tolliver told reporters the families had waited 12 years for the ruling.",
        True,
        [("duration", 12, "year", None)],
        "Wade Tolliver",
    ),
    ("en", "Oregon's attorney general said the state was reviewing its options.", False, [], None),
    (
        "en",
        "Environmental groups warned the ruling could make it harder to protect salmon streams in dry years.",
        False,
        [],
        None,
    ),
    # --- BGH: Schadenersatz aus dem Lkw-Kartell (dpa), Dezember ---
    (
        "de",
        "Karlsruhe (dpa) - Der Bundesgerichtshof hat einer Spedition aus dem Emsland Schadenersatz wegen überhöhter Preise beim Kauf von Lastwagen zugesprochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Kartellsenat bestätigte ein Urteil des Oberlandesgerichts Oldenburg, das der Firma rund 312.000 Euro nebst Zinsen zugesprochen hatte.",
        True,
        [("money", 312000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Spedition hatte zwischen 2004 und 2011 insgesamt 86 Lastwagen gekauft.",
        True,
        [("year", 2004, None, None), ("year", 2011, None, None), ("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "Die Klage war bereits 2017 eingereicht worden, das Verfahren zog sich damit über acht Jahre.",
        True,
        [("year", 2017, None, None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des BGH sind an deutschen Gerichten noch etwa 230 Klagen aus dem Lkw-Kartell anhängig.",
        True,
        [("count", 230, None, "about")],
        None,
    ),
    (
        "de",
        "Der Vorsitzende Richter Wolfram Kessing sagte, die Hersteller hätten ihre Preise über Jahre abgesprochen, ein Aufschlag zulasten der Käufer liege daher nahe.",
        True,
        [],
        "Wolfram Kessing",
    ),
    ("de", "Der Verband der Automobilindustrie wollte sich zu dem Urteil nicht äußern.", False, [], None),
    ("de", "Der Speditionsverband feierte den Spruch als „Sieg für den Mittelstand“.", False, [], None),
    # --- Rights court orders Greece to pay seamen (Reuters), December ---
    (
        "en",
        "STRASBOURG, Dec 9 (Reuters) - The European Court of Human Rights on Wednesday ordered Greece to pay a total of 4.3 million euros to 64 retired seamen whose pensions were cut during the debt crisis.",
        True,
        [("date", "--12-09", None, None), ("money", 4300000, "EUR", None), ("count", 64, None, None)],
        None,
    ),
    (
        "en",
        "The Grand Chamber's 17 judges ruled by 12 votes to 5 that the cuts of up to 48% had placed an excessive burden on the pensioners, the court said.",
        True,
        [("count", 17, None, None), ("count", 12, None, None), ("count", 5, None, None), ("percent", 48, "%", "up_to")],
        "the court",
    ),
    (
        "en",
        "A chamber of the court had rejected the complaint in 2022, but the case was referred to the Grand Chamber at the seamen's request.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Lawyers for the seamen had sought about 7 million euros in compensation.",
        True,
        [("money", 7000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The pensioners, now aged between 71 and 89, first went to court in Athens in 2013.",
        True,
        [("duration", 71, "year", None), ("duration", 89, "year", None), ("year", 2013, None, None)],
        None,
    ),
    (
        "en",
        "Greece's labour ministry said the payments would be made within the three months set by the court.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    ("en", 'A lawyer for the seamen called the judgment "justice delayed, but finally delivered."', False, [], None),
    ("en", "Greek officials fear the ruling could encourage thousands of similar claims.", False, [], None),
]
