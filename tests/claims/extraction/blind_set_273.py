"""Two-hundred-and-seventy-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Jens
Obermöller, Claudia Meierhans, Dieter Sandmann, Bernd Kühlwein, Matthias Kreidler, Andrea
Zbinden, Elisabeth Raidl, Florian Wiesinger, Birgit Hollaus, Susanne Kolbeck, Lars
Thielebeule, Martina Pichlbauer, Heike Bramstedt, Sandra Gmür; Adrian Cheswick, Neelam
Sandhu-Ward, Daniel Okerlund, Gregory Tolhurst, Renée Castellanos, Nadia Whitcombe, Prasert
Wongsakul, Tom Ellery, Rhian Pryce-Morgan, Lucinda Harrow, Marcus Delahunt, Iona MacBrayne,
Murdo Gilchrist, Alasdair Kerrigan; every unnamed minister, drug commissioner, director,
spokesperson, lawmaker, researcher, resident, official and group); ministers, drug
commissioners, coroners, health commissioners and heads of agencies and chambers of real
governments and bodies appear under made-up names that stand for no real holder, or by
their role only ("der Sucht- und Drogenbeauftragte der Bundesregierung", "ein
SVP-Nationalrat", "the WHO's director for noncommunicable diseases", "the health
secretary"). Real states, bodies, laws, products and places (Deutsche Stiftung
Organtransplantation, DSO, Bundestag, Stadt Zürich, SVP, Mitte, Landesregierung,
Bundeskriminalamt, Unionsfraktion, Bundesamt für Gesundheit, BAG, Sucht Schweiz, Statistik
Austria, Finanzministerium, Robert Koch-Institut, RKI, Stiko, WHO,
Berufsverband der Kinder- und Jugendärzte, Gesundheitsministerium, AGES, Ärztekammer,
Bundespsychotherapeutenkammer, Kassenärztliche Bundesvereinigung, KBV, ABDA, EU,
Gesundheit Österreich GmbH, GÖG, FPÖ, Statistisches Bundesamt, Deutsche Hauptstelle für
Suchtfragen, Gesundheitskommission des Nationalrats, Nationalrat, Nitazene, Naloxon; the
Office for National Statistics, ASH, British Columbia's coroners service, the Public Health
Agency of Canada, the Therapeutic Goods Administration, the Centers for Disease Control and
Prevention, CDC, the White House drug policy office, the World Health Organization, the
University of the Thai Chamber of Commerce, the UK Health Security Agency, UKHSA, MMR, the
Drug Enforcement Administration, the Controlled Substances Act, Gallup, the House, National
Records of Scotland, Public Health Scotland, the Scottish Conservatives, NHS England,
YoungMinds, the Scottish Government, the Scotch Whisky Association, the Scottish Health
Survey, fentanyl, xylazine, naloxone, and the datelines' cities) stand for the way wire copy
names them; every death toll, rate, share, survey result, count of samples, shops, beds,
doses and members, waiting time, sum, tax, fine, vote, age and quote here is invented, and
where a real figure came to mind (a real overdose, drug-death or alcohol-death toll, a real
smoking, drinking or vaccination rate, a real waiting list, a real poll) it was changed;
legal limits, cut-off dates, official targets and the years of laws and reforms were kept.

Its weight: PUBLIC HEALTH AND DRUG POLICY (the hundred-eleventh batch weighed disease
outbreaks and vaccination campaigns, the hundred-twenty-third and two-hundred-and-seventh
hospitals and waiting lists, the two-hundred-and-twenty-fifth public health and outbreaks,
and their decisions are kept) - overdose and drug deaths, drug-checking and consumption
rooms, vaccination rates, smoking, vaping and drinking figures, cannabis law, waiting lists
and waiting times, and the reports of health agencies (RKI, BAG, AGES, GÖG, CDC, UKHSA,
WHO) - over one year in story order (January to December), 28 short stories with the
German and English ones interleaved by month, each told as wire copy runs it (a dateline
lead, the figures, attributed claims, the other side, quotes, reactions). Half German (dpa,
dpa/lhe, APA, Keystone-SDA; Austrian "Jänner", "heuer", "im Vorjahr", "Buben",
"Trafikanten", Swiss "ss", «» quotes, "4'870", "250'000", German „“ quotes): organ
donation and the waiting list, drug-checking in Zurich, Frankfurt's consumption rooms, two
years of Germany's cannabis law, Germany's drug deaths, drinking in Switzerland, smoking
and vaping in Austria, children's vaccination rates, Austria's free HPV jab, waiting times
for psychotherapy, flu-jab uptake among older people, Austria's drug report, alcohol
poisoning among young people and a Swiss cannabis bill. Half English (Reuters, AP, AFP, PA,
AAP): Britain's smokefree generation law, British Columbia's drug deaths, Australia's vape
ban, Philadelphia's overdose deaths, U.S. overdose deaths, the WHO's alcohol report,
Thailand's cannabis rollback, MMR uptake in England, kindergarten vaccine exemptions in the
U.S., marijuana rescheduling, Scotland's drug deaths, England's waiting list, the WHO's
tobacco trends and Scotland's minimum unit price. Figures as such copy has them: tolls,
rates per 100,000, shares and uptake in percent and percentage points, litres of pure
alcohol, grams, milligrams, centilitres and alcohol units, plants, samples, beds, doses,
members, waits in days, weeks, months and years, ages and age bands, sums, taxes and fines
in euros, francs, pounds, pence, dollars, Australian dollars and baht, votes, multiples
("mehr als viermal so viele", "fast doppelt so hoch", "almost three times", "4.3 times as
likely", "nearly fourfold", "gut halb so viele"), number words, ordinals, hedges, ranges,
years and dates. About 55 negatives as such copy has them: ministers', officials',
doctors', researchers' and lobbyists' rhetoric and creed in quotes, labels („nannte“,
„sprach von“, "called", "hailed ... as"), verdicts with „halten ... für“, accusations that
name no act, fears, an argued forecast, complaints, a vox pop, a counterfactual boast and
open questions, each near a check-worthy look-alike: the same speaker's figure, an
agency's tally, a rule, a recommendation, a demand naming a measure.

239 rows (120 German, 119 English), 58 negatives (27 German, 31 English), 181 check-worthy
rows of which 5 carry no figure (4 German, 1 English), 342 expected quantities (119 counts,
64 percentages - 63 in %, 1 in pp -, 63 durations - 50 in years, 6 in months, 4 in weeks, 2
in days, 1 in hours -, 32 years, 19 fractions, 17 amounts of money - 5 GBP, 4 EUR, 3 CHF, 2
THB, 2 USD, 1 AUD -, 17 ordinals, 11 dates; 2 of them in 2 negatives, as the seventeenth
batch labels a figure in a negative), 39 checked speakers (21 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, fear, conviction or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-eleventh, two-hundred-and-fourth, two-hundred-and-twenty-fifth,
  two-hundred-and-forty-fourth); a quoted or reported statement of fact, figure, step,
  rule, plan, demand or position is check-worthy with its speaker, also in Konjunktiv I.
  Pairs from one speaker: Obermöller's 764 deaths beside „niemals gewöhnen“, Cheswick's
  470,000 cases and 3.1 million appointments beside "Future generations ..." and "turning
  the corner", Meierhans's third site beside her conviction («davon bin ich fest
  überzeugt»), Sandhu-Ward's 380 beds beside "never a silver bullet", Sandmann's 30 beds
  beside his counterfactual boast („Ohne die Konsumräume hätten wir ...“;
  two-hundred-and-forty-fourth), Tolhurst's 9.8% beside "Big Tobacco", Castellanos's 19%
  beside "arrest our way out", Kreidler's 4.5 million euros beside „einer zu viel“,
  Whitcombe's naloxone kits beside "real progress", Zbinden's fifth beside her
  «selbstverständlich», Prasert's 30 days beside "not a party drug", Raidl's date beside
  „Einstiegsdroge“, Wiesinger's 600 practices beside „kein Naturgesetz“, Ellery's 46,000
  doses beside "not a mild illness", Hollaus's 95 percent beside „gratis“, Harrow's half
  beside "a door left open", Kolbeck's 7,000 seats beside „Warteschleife“, Delahunt's
  bill and its seven House votes beside "long overdue", MacBrayne's 9,400 uses beside "Each of these deaths",
  Thielebeule's 9,400 deaths beside „Impfmüdigkeit“, Pichlbauer's ages beside
  „Alarmsignal“, Bramstedt's shares beside „an Ansehen verloren“, Kerrigan's 2018 beside
  "saves lives", Gmür's 200 million francs beside „nicht wegverbieten“ and Kühlwein's ten
  grams beside his label „ein Konjunkturprogramm für Dealer“.
- Labels are negatives (ninety-eighth, two-hundred-and-fourth, two-hundred-and-forty-fourth):
  „nannte das Gesetz ...“, „nannte das Angebot ...“, „sprach von einem ...“, "called the
  report" (twice), "called the decision", "called the increase",
  "called the A&E numbers", and "hailed the figures as" (hundred-twenty-eighth: "hailed the
  ruling as ..."); so is a label joined to a verdict ("called the toll "a national
  disgrace" and said the drugs strategy had failed"). Verdicts with „halten ... für“ are
  negatives (two-hundred-and-twenty-ninth, two-hundred-and-forty-fourth): the church
  representatives', the Ärztekammer's, the spirits association's. New: „Die Kassenärztliche
  Bundesvereinigung (KBV) hält diese Zahl für deutlich übertrieben.“ is a negative too - a
  verdict on another's figure that sets no figure or fact against it stays a verdict,
  while a denial of a fact („bestreitet“, „wies ... zurück“; two-hundred-and-fourth) or a
  counter-figure (two-hundred-and-twenty-fifth: contested claims) is check-worthy.
- Accusations naming no act ("accused the government of "running an experiment ..."",
  "accused the government of "killing an industry overnight""; eighty-fourth,
  two-hundred-and-forty-fourth), fears („Die Trafikantinnen und Trafikanten fürchten ...“,
  "Tobacconists fear ..."; two-hundred-and-forty-fourth), complaints reported as feeling
  („Anwohner und Gewerbetreibende klagen, die Lage ... sei längst „unerträglich“ geworden“),
  a vox pop ("Residents of Kensington ... say they have seen little change";
  hundred-twenty-fourth, hundred-sixtieth) and open questions and evasions („Ob ...“,
  „Wie weit ... lässt sich ... noch nicht sagen“, „können die Forschenden ... noch nicht
  beurteilen“, „ist unter Fachleuten umstritten“, „ließ das Ministerium offen“, "Whether
  ...", "Why uptake has slipped ... is still a matter of debate", "remains an open
  question", "It is unclear whether ..." with its two groups labelled, „Ob die Koalition
  ... auf 18 Jahre anhebt, ist offen.“ with 18 years labelled; hundred-seventy-fifth,
  hundred-eighty-ninth, two-hundred-and-twenty-fifth) are negatives. New: "Tobacco
  companies have long argued that such a ban would simply hand the market to smugglers." is
  a negative - an argued forecast without a figure is a forecast, and the verb of arguing
  no more makes it a claim than "said they expected" does (two-hundred-and-forty-fourth).
- Check-worthy without a figure (hundred-sixtieth, two-hundred-and-twenty-fifth,
  two-hundred-and-forty-fourth): the Bundestag's scheduled vote, the rule that rescheduling
  "does not legalize recreational use ... but lets licensed cannabis companies deduct ..."
  (a rule that binds; hundred-eleventh), the low in alcohol poisonings („auf einen
  Tiefstand gesunken“, a record without a figure), the Nationalrat committee's position
  on legal cannabis, and the SVP's and the Mitte's rejection (a rejection is one side's
  account; sixty-eighth, two-hundred-and-forty-fourth).
- Demands, recommendations, targets and rules (hundred-eleventh,
  two-hundred-and-twenty-fifth, two-hundred-and-forty-fourth): Kreidler's demand to end
  supervised drinking from 14 (14 years "at_least", „fordert“ no verb of saying) and
  Kühlwein's ten grams are check-worthy demands naming a measure; the Stiko's
  recommendations (measles jabs at 11 and 15 months, the flu jab from 60) are formal
  recommendations for a group and check-worthy; the 95% level for measles, the WHO's tobacco
  goal (30% between 2010 and 2025) and alcohol target (20% by 2030 against a 2010
  baseline), the 92% standard and the four-week rule for specialist appointments are
  targets and rules, check-worthy; so are the cannabis limits („bis zu 25 Gramm ... bis zu
  drei Pflanzen“, „bis zu 10 Gramm, ... drei Pflanzen“ - the hedge only where written),
  the fines ("£200", "up to A$2.2 million and seven years' jail", "up to 20,000 baht and a
  year in jail") and the minimum price and what it sets ("would cost at least £19.60"
  "at_least").
- New: alcohol units are counts - "more than 14 units a week" is 14 "over" ("a week"
  none): a drinking unit measures alcohol as „Promille“ (tenth) and litres of pure alcohol
  (sixty-ninth: litres) do, while "a unit of alcohol" after a price names what is priced
  and carries none, as "je Liter" and "a kilo" (two-hundred-and-forty-second). Other
  physical measures are counts as written: „7,6 Liter reiner Alkohol“ („Pro Kopf“ none),
  „bei 9,1 Litern“, "9.2 litres of pure alcohol per adult a year ... 7.5 litres", „168
  Milligramm ..., ... über 250 Milligramm“ 250 "over", „bis zu 25 Gramm“ and „bis zu 10
  Gramm“ "up_to", „auf zehn Gramm“, "two 4-milligram doses" 2 and 4 (the figure in the
  hyphenated compound, hundred-sixtieth), "a 70cl bottle" 70 (the glued unit, as "per
  100g", two-hundred-and-forty-second).
- Rates and multiples (hundred-eleventh, two-hundred-and-twenty-fifth): "23 drug misuse
  deaths per 100,000 people" and „auf 100.000 Einwohner“ give the base as a count; "an
  average of about 4.6 deaths a day" 4.6 "about" ("an average of" no hedge, "about" holds;
  hundred-twenty-ninth: "an average of about $6,900"); "Median waits ... 13 weeks" no hedge
  (hundred-twenty-sixth: „im Median“); „im Schnitt also etwa 80 pro Verein“ 80 "about";
  multiples are counts with their hedge: „mehr als viermal so viele“ 4 "over", „fast
  doppelt so hoch wie vor zehn Jahren“ 2 "nearly" and 10 years, "almost three times the
  rate" 3 "nearly", "4.3 times as likely" 4.3, "nearly fourfold" 4 "nearly" (seventeenth:
  "fourfold" 4); „gut halb so viele wie im Rekordjahr 2012“ is the fraction 0.5 "over"
  (hundred-seventy-seventh: „fast halb so viele“; „gut“ "over", seventy-first). Tallies
  of times are counts: „zweimal“ 2, „mindestens einmal im Monat“ 1 "at_least" („im Monat“
  none), "seven times" 7. „verdreifachen“ and other verbs carry none.
- Fractions (the issue; every batch): „Knapp drei Viertel“ 0.75 "nearly", „In gut jeder
  zweiten Probe“ 0.5 "over", „Fast die Hälfte“ 0.5 "nearly", „ein Viertel“ 0.25, „Jede
  sechste Person“ 0.1667, „fast jede dritte“ 0.3333 "nearly" („sogar“ no hedge), „um ein
  Fünftel“ 0.2, „Jeder achte Jugendliche“ 0.125, „Jeder vierte Befragte“ 0.25, „etwa ein
  Drittel davon“ 0.3333 "about", „jeder siebte Über-60-Jährige“ 0.1429, "one in 24" 0.0417
  (four decimals, as "jeder zwölfte" 0.0833), "roughly three in four" 0.75 "about", "fewer
  than three in four" 0.75 "under", "more than half of them" 0.5 "over", "fewer than
  half" 0.5 "under", "almost seven in 10" 0.7 "nearly" (forty-ninth: "Nine in 10"), "One in
  five adults" 0.2.
- Counts otherwise: „2.173 Menschen“, „4'870 Proben“ and „250'000“, „9'400“, „300'000“
  (Swiss apostrophe, tenth), „In den vier Frankfurter Drogenkonsumräumen“ 4, „mit 688
  Drogentoten ..., gefolgt von Bayern mit 291 und Berlin mit 274“, „in 612 Notfällen“
  („keiner davon“ none), „auf alle neun Bundesländer“ 9, „in sieben Städten“ 7, „mit 14 zu 9
  Stimmen bei 2 Enthaltungen“ (tallies), „auf 35.000 bis 38.000“ both with no hedge,
  „knapp 1,9 Millionen Termine, darunter 412.000“ the hedge on the first only, "Only three
  states" 3 ("Only" no hedge), "Twenty-five states ... and 40", "in all 123 countries",
  "Some 168,500" "about", "An estimated 400 million ... and 209 million of them" the hedge
  on the first only, "an extra 3.1 million" ("extra" no hedge), "three of them fatal" 3.
- Ordinals (the issue; hundred-eleventh, two-hundred-and-twenty-fifth): „bis zu ihrem
  zweiten Geburtstag“ 2 and "by their fifth birthday" 5 (forty-fifth: „Zum 200.
  Geburtstag“), „die erste Masernimpfung ..., die zweite“ 1 and 2, "Coverage of the first
  dose" 1, „ein erstes Gespräch“ 1, „einen dritten Standort“ 3, „im ersten Jahr nach der
  Reform“ 1, "in the first year" 1, "in the first nine months" 1 and 9 months, "in its
  first 32 months" 1 and 32 months (two-hundred-and-forty-fourth: "in the first four
  days"), "the second straight annual drop" 2, "the second-highest total" 2, "the first
  country in Asia" 1, "the country's first supervised drug consumption facility ... in its
  first year" 1 and 1. New: „bis zum 30. Lebensjahr“ is ordinal 30 - the digit with its
  dot before „Lebensjahr“ counts the year of life in order, as „Zum 200. Geburtstag“ does,
  while a figure of „Lebensjahren“ without the dot is a duration (hundred-thirty-second: „mit 79,9
  Lebensjahren“ 79.9 years). None: „Erstmals“, "Schedule I" and "Schedule III" (a Roman
  numeral naming a class, as the „Phase-III-Studie“ of the sixty-fourth and „der
  Handelsklasse I“ of the two-hundred-and-forty-second), "Covid-19", "MMR".
- Ages are durations in years (every batch): „das Durchschnittsalter lag bei 41 Jahren“,
  „von 33 auf 38 Jahre“ both (the unit written once), „zwischen 18 und 25 Jahren“,
  „zwischen 15 und 19 Jahren“, „zwischen 21 und 30 Jahren“ („zwischen“ no hedge), „12- bis
  17-Jährigen“ (twice), „15- bis 24-Jährigen“, „Zehn- bis 19-Jährige“ (hundred-twentieth:
  „der Zehn- bis 14-Jährigen“), „Bei den Zwölfjährigen“ 12, "11- to 17-year-olds", "14- to
  17-year-olds", "aged 30 to 59", "aged 13 to 15"; „ab 15 Jahren“ (twice), „ab 60 Jahren“
  (twice), „ab 14 Jahren“ "at_least"; „Über-60-Jährige“ and "a child over 5" "over";
  "children under 10" "under"; ages in months („im Alter von elf Monaten, ... mit 15
  Monaten“, "at 24 months"); „auf 18 Jahre“ in a negative. „unter 12- bis 17-Jährigen“ and
  „Unter jungen Erwachsenen“ carry no hedge - „unter“ means "among" there
  (hundred-eleventh: „unter 412 Praxen“).
- Durations otherwise: „Zwei Jahre nach der Teillegalisierung“ 2 years, „vor zehn Jahren“
  (twice), „Vor zwanzig Jahren“, „vor fünf Jahren“, „binnen fünf Jahren“, „binnen zehn
  Jahren“, „im Schnitt acht bis zehn Jahre“ both, „im Schnitt 142 Tage“, „rund fünf
  Wochen“ "about", „mehr als ein halbes Jahr“ 0.5 years "over" (eleventh: „ein halbes
  Jahr“), „binnen vier Wochen“, "in the 12 months ending in December" 12 months
  (ninety-first: "in the 12 months to July"), "three-year decriminalization pilot", "seven
  years' jail", "valid for up to 30 days" "up_to", "in more than 50 years" and "the lowest
  for more than two years" "over", "the lowest level in 15 years", "less than 18 weeks"
  "under" (two-hundred-and-seventh), "within four hours". None: „im vergangenen Jahr“, „im
  Jahr davor“, „im Jahr zuvor“, „im Vorjahr“, „im kommenden Jahr“, „im vergangenen Monat“,
  „in der vergangenen Saison“, „im vergangenen Winter“, „jährlich“, „jedes Jahr“, „Pro
  Jahr“, „pro Jahr“, „heuer“, „seit Langem“, „ab Herbst“, „vor der Sommerpause“, "last
  year", "the year before", "last school year", "this year", "next month", "a year" ("a
  year in jail", "$2.3 billion a year"), "a week", "a day", "in the past month", "longer
  than a year" (two-hundred-and-seventh), "early in January", "between January and May",
  "since then", "since February", weekdays.
- Years and dates: „seit dem 1. April 2024“ 2024-04-01, „mit 1. Jänner 2027“ 2027-01-01
  (Austrian month, as „Jänner“ in the two-hundred-and-twenty-fifth), "born on or after Jan.
  1, 2009" 2009-01-01; a month with a year is the year („im Juli 2024“ 2024;
  two-hundred-and-forty-fourth: „im September 2020“); „bis Ende 2027“, „bis 2030“, „seit
  2015“, „im Jahr 2022“, „seit 2004“, „seit 2022“, „im Rekordjahr 2012“, „2027“, "since
  2016", "in 2022" (twice), "since 2024" (twice), "since 2023" (twice), "in 2011", "by
  2075", "in 2024" (twice), "since 2019", "by 2030", "a 2010 baseline" (a year before a
  noun, two-hundred-and-forty-fourth: "a 2022 strategy"), "a 2022 decision", "between
  2022 and 2024", "in 2023", "in 2021", "from 1.38 billion in 2000", "between 2010 and
  2025", "in 2018". Reuters datelines with a day are dates without a year ("LONDON, Jan
  20" --01-20, "VANCOUVER, Feb 4" --02-04, "WASHINGTON, May 13" --05-13, "BANGKOK, June
  26" --06-26, "WASHINGTON, Sept 9" --09-09, "GENEVA, Nov 18" --11-18;
  hundred-forty-seventh), as are "As of Aug. 20" and "from May 1"; dpa, APA, Keystone-SDA,
  AFP, AP, PA and AAP datelines none (seventy-ninth).
- Money in the currency written (every batch): „rund 1,3 Millionen Franken“, „2,8
  Milliarden Franken pro Jahr“ and „bis zu 200 Millionen Franken“ CHF, „zusätzlich 2,5
  Millionen Euro“ („zusätzlich“ no hedge), „auf 4,5 Millionen Euro“, „rund 2,1 Milliarden
  Euro“, „142 Millionen Euro“ EUR, "£200", "an estimated £21.8 billion" "about", "£12.50",
  "at least £19.60" GBP, "70p" 0.7 GBP (pence are GBP hundredths, forty-sixth), "up to
  A$2.2 million" AUD, "about $45" and "about $2.3 billion" USD, "up to 20,000 baht" and
  "about 43 billion baht" THB (the ISO code of the currency named, as taka BDT in the
  two-hundred-and-twenty-fifth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „im Schnitt also etwa“,
  "about", "About", "Around", "roughly", "Some", "An estimated", "an estimated" "about";
  „knapp“, „Knapp“, „fast“, „Fast“, "nearly", "almost" "nearly"; „mehr als“, „gut“, „über“
  before a figure or an age, "more than", "More than" "over"; "fewer than", "less than",
  "children under" "under"; „mindestens“, „ab“, "At least", "at least" "at_least"; „bis
  zu“, "up to" "up_to". No hedge: „im Schnitt“, „durchschnittliche“, „Zusammen“,
  „zusätzlich“, „derzeit“, „sogar“, „nur“, „Nur“, „noch“, „zwischen“, „unter“ meaning
  among, "Only", "only", "Just", "extra", "an average of" before "about", "Median", "to" in
  a range.
- Speakers, checked only in forms the earlier batches settled: „teilte die Deutsche
  Stiftung Organtransplantation (DSO) mit“ with the abbreviation in brackets dropped
  (two-hundred-and-fifteenth, two-hundred-and-twenty-ninth), „teilte das Robert
  Koch-Institut am Donnerstag mit“, „teilte das Gesundheitsministerium am Donnerstag mit“,
  „teilte das Statistische Bundesamt am Montag mit“ with the weekday dropped, „teilte das
  Finanzministerium mit“, „teilte die ABDA mit“ (forty-second, hundred-sixtieth,
  two-hundred-and-twenty-fifth); „nach Angaben des Bundeskriminalamts“ -> "das
  Bundeskriminalamt" (the source in the nominative, hundred-eleventh,
  two-hundred-and-forty-fourth); „Obermöller sagte, ...“, „Meierhans sagte, ...“,
  „Sandmann sagte, ...“, „Kühlwein sagte, ...“, „Kreidler sagte, ...“, „Zbinden sagte,
  ...“, „Raidl sagte, ...“, „Wiesinger sagte, ...“, „Hollaus sagte, ...“, „Kolbeck sagte,
  ...“, „Thielebeule sagte, ...“ (with the institute's estimate inside the reported clause),
  „Pichlbauer sagte, ...“, „Bramstedt sagte, ...“ and „Gmür sagte, ...“ opening the row
  (forty-second, two-hundred-and-twenty-ninth). English: the name with the role dropped
  ("Health Secretary Adrian Cheswick said" twice, "Addictions Minister Neelam Sandhu-Ward
  said", "Health Minister Gregory Tolhurst said", "Health Commissioner Renée Castellanos
  said", "UKHSA consultant epidemiologist Tom Ellery said", "Public Health Minister Rhian
  Pryce-Morgan said", "Drugs Minister Iona MacBrayne said", "Health Secretary Alasdair
  Kerrigan said"; hundred-forty-fifth, two-hundred-and-twenty-fifth); "Chief Coroner
  Daniel Okerlund told reporters", "Public Health Minister Prasert Wongsakul told
  reporters" and "Whitcombe told reporters" ("told reporters" names the speaker,
  two-hundred-and-fourth); "Harrow said ..." and "Delahunt said ..." opening the row; "The
  WHO said ..." opening the row -> "the WHO", "the UK Health Security Agency said" and "the
  World Health Organization said on Tuesday" with the article, "NHS England said" as
  written (two-hundred-and-twenty-fifth). Left unchecked (None): all negatives, also those
  with a named speaker; roles and groups („teilte der Sucht- und Drogenbeauftragte der
  Bundesregierung am Mittwoch mit“, "the health secretary announced", "federal health
  officials said", "the city health department said", "the province's coroners service
  said" - a possessive description -, "Public Health Scotland said" - a body without an
  article, two-hundred-and-seventh -, "the anti-smoking charity ASH said", "the agency
  said", "the report said", „nach Angaben der Länder“ - a plural group, forty-first);
  "wie"-clauses („wie das Bundesamt für Gesundheit (BAG) in seinem Suchtmonitoring
  mitteilte“, „wie die Stadt mitteilte“, „wie das Robert Koch-Institut mitteilte“;
  two-hundred-and-fourth); „laut Bundeskriminalamt“ (as "Laut AGES",
  two-hundred-and-twenty-fifth); estimates, documents and data („schätzt Sucht Schweiz“,
  „beziffert das BAG“, „schätzt die GÖG“, „nach Schätzungen der Stadt“, „nach Schätzungen
  der Deutschen Hauptstelle für Suchtfragen“, „Gemäss Schätzungen des BAG“, „gemäss dem
  Jahresbericht“, „nach eigenen Angaben“, „geht aus ... hervor“, "according to ...",
  "government figures show", "ministry data showed", "the figures showed", "the agency
  estimated", "according to industry estimates"); verbs that are not of saying
  („kündigte an“, „fordert“, „sagte ... zu“, „empfiehlt“, "the CDC had confirmed").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_273 = [
    # --- Organspende (dpa), Januar ---
    (
        "de",
        "Frankfurt/Main (dpa) - Nach ihrem Tod haben bundesweit im vergangenen Jahr 953 Menschen Organe gespendet, teilte die Deutsche Stiftung Organtransplantation (DSO) mit.",
        True,
        [("count", 953, None, None)],
        "die Deutsche Stiftung Organtransplantation",
    ),
    (
        "de",
        "In Spanien kommen auf 100.000 Einwohner mehr als viermal so viele Spenderinnen und Spender.",
        True,
        [("count", 100000, None, None), ("count", 4, None, "over")],
        None,
    ),
    (
        "de",
        "Auf der Warteliste für ein Spenderorgan stehen derzeit rund 8.300 Menschen, die meisten von ihnen hoffen auf eine Niere.",
        True,
        [("count", 8300, None, "about")],
        None,
    ),
    (
        "de",
        "Auf eine Spenderniere warten Patientinnen und Patienten hierzulande im Schnitt acht bis zehn Jahre.",
        True,
        [("duration", 8, "year", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Insgesamt wurden 2.901 Organe übertragen, darunter 1.512 Nieren und 701 Lebern.",
        True,
        [("count", 2901, None, None), ("count", 1512, None, None), ("count", 701, None, None)],
        None,
    ),
    ("de", "„Wir dürfen uns an diese Zahlen niemals gewöhnen“, sagte DSO-Vorstand Jens Obermöller.", False, [], None),
    (
        "de",
        "Obermöller sagte, im vergangenen Jahr seien 764 Patienten gestorben, während sie auf ein passendes Organ warteten.",
        True,
        [("count", 764, None, None)],
        "Obermöller",
    ),
    ("de", "Der Bundestag soll noch vor der Sommerpause erneut über die Widerspruchslösung abstimmen.", True, [], None),
    (
        "de",
        "Kirchenvertreter halten die Widerspruchslösung für einen unzulässigen Eingriff in die Selbstbestimmung.",
        False,
        [],
        None,
    ),
    # --- UK smokefree generation (Reuters), January ---
    (
        "en",
        "LONDON, Jan 20 (Reuters) - Britain's ban on selling tobacco to anyone born on or after Jan. 1, 2009 cleared its final parliamentary hurdle on Tuesday.",
        True,
        [("date", "--01-20", None, None), ("date", "2009-01-01", None, None)],
        None,
    ),
    (
        "en",
        "Around 11.4% of English adults are smokers, compared with 20.2% in 2011, according to the Office for National Statistics.",
        True,
        [("percent", 11.4, "%", "about"), ("percent", 20.2, "%", None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Health Secretary Adrian Cheswick said the law would prevent about 470,000 cases of heart disease, stroke, lung cancer and other illness by 2075.",
        True,
        [("count", 470000, None, "about"), ("year", 2075, None, None)],
        "Adrian Cheswick",
    ),
    ("en", '"Future generations will thank us for having the courage to do this," Cheswick said.', False, [], None),
    (
        "en",
        "Under the law, shops caught selling to underage customers face on-the-spot fines of £200.",
        True,
        [("money", 200, "GBP", None)],
        None,
    ),
    (
        "en",
        "The law also bans vape flavours and packaging designed to appeal to children, after a survey found 18% of 11- to 17-year-olds had tried vaping.",
        True,
        [("percent", 18, "%", None), ("duration", 11, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "Tobacco companies have long argued that such a ban would simply hand the market to smugglers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Smoking costs the economy an estimated £21.8 billion a year in lost productivity and healthcare, the anti-smoking charity ASH said.",
        True,
        [("money", 21800000000, "GBP", "about")],
        None,
    ),
    # --- Drug-Checking in Zürich (Keystone-SDA), Februar ---
    (
        "de",
        "Zürich (Keystone-SDA) - Das Drug-Checking-Angebot der Stadt Zürich hat im vergangenen Jahr 4'870 Proben analysiert, so viele wie nie zuvor.",
        True,
        [("count", 4870, None, None)],
        None,
    ),
    (
        "de",
        "In gut jeder zweiten Probe fanden die Fachleute gemäss dem Jahresbericht unerwartete oder gefährlich hoch dosierte Substanzen.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Bei Ecstasy-Tabletten lag der durchschnittliche Wirkstoffgehalt bei 168 Milligramm, vereinzelt wurden über 250 Milligramm gemessen.",
        True,
        [("count", 168, None, None), ("count", 250, None, "over")],
        None,
    ),
    ("de", "Kokainproben waren im Schnitt zu 81 Prozent rein.", True, [("percent", 81, "%", None)], None),
    (
        "de",
        "«Drug-Checking rettet Leben, davon bin ich fest überzeugt», sagte Stadträtin Claudia Meierhans.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Meierhans sagte, die Stadt werde das Angebot ab Herbst um einen dritten Standort in Zürich-West erweitern.",
        True,
        [("ordinal", 3, None, None)],
        "Meierhans",
    ),
    (
        "de",
        "Erstmals wiesen die Labors in Zürich auch Nitazene nach, und zwar in 14 als Oxycodon verkauften Tabletten.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("de", "Die SVP nannte das Angebot «staatlich finanzierte Beihilfe zum Drogenkonsum».", False, [], None),
    (
        "de",
        "Das Angebot kostet die Stadt jährlich rund 1,3 Millionen Franken.",
        True,
        [("money", 1300000, "CHF", "about")],
        None,
    ),
    # --- British Columbia drug deaths (Reuters), February ---
    (
        "en",
        "VANCOUVER, Feb 4 (Reuters) - British Columbia recorded 1,688 suspected unregulated drug deaths last year, down 26% from the year before, the province's coroners service said on Tuesday.",
        True,
        [("date", "--02-04", None, None), ("count", 1688, None, None), ("percent", 26, "%", None)],
        None,
    ),
    (
        "en",
        "That still works out to an average of about 4.6 deaths a day.",
        True,
        [("count", 4.6, None, "about")],
        None,
    ),
    (
        "en",
        "Fentanyl was detected in 74% of the deaths, and smoking was the most common way of taking drugs, at 63%.",
        True,
        [("percent", 74, "%", None), ("percent", 63, "%", None)],
        None,
    ),
    (
        "en",
        "The province ended its three-year decriminalization pilot early in January after complaints about drug use in parks and on transit.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Addictions Minister Neelam Sandhu-Ward said the province had opened 380 new treatment beds since 2024.",
        True,
        [("count", 380, None, None), ("year", 2024, None, None)],
        "Neelam Sandhu-Ward",
    ),
    (
        "en",
        '"Decriminalization was never a silver bullet, and we never said it was," Sandhu-Ward said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Chief Coroner Daniel Okerlund told reporters that people aged 30 to 59 made up 71% of those who died.",
        True,
        [("duration", 30, "year", None), ("duration", 59, "year", None), ("percent", 71, "%", None)],
        "Daniel Okerlund",
    ),
    (
        "en",
        'Opposition critics accused the government of "running an experiment on the streets of our cities."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Nationally, 6,980 people died of apparent opioid toxicity in the first nine months of last year, according to the Public Health Agency of Canada.",
        True,
        [("count", 6980, None, None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    # --- Drogenkonsumräume in Frankfurt (dpa/lhe), März ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - In den vier Frankfurter Drogenkonsumräumen sind im vergangenen Jahr rund 231.000 Konsumvorgänge gezählt worden.",
        True,
        [("count", 4, None, None), ("count", 231000, None, "about")],
        None,
    ),
    (
        "de",
        "Fast die Hälfte davon entfiel inzwischen auf Crack, vor fünf Jahren war es noch ein Viertel.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 5, "year", None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "In 612 Notfällen mussten die Mitarbeitenden eingreifen, keiner davon verlief tödlich, wie die Stadt mitteilte.",
        True,
        [("count", 612, None, None)],
        None,
    ),
    (
        "de",
        "„Ohne die Konsumräume hätten wir jedes Jahr Dutzende Tote mehr“, sagte Drogenreferent Dieter Sandmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sandmann sagte, die Stadt wolle 2027 ein eigenes Suchthilfezentrum für Crack-Abhängige mit 30 Ruhebetten eröffnen.",
        True,
        [("year", 2027, None, None), ("count", 30, None, None)],
        "Sandmann",
    ),
    (
        "de",
        "Im Bahnhofsviertel leben nach Schätzungen der Stadt etwa 300 Schwerstabhängige auf der Straße.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "Anwohner und Gewerbetreibende klagen, die Lage im Viertel sei längst „unerträglich“ geworden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Landesregierung sagte für die Straßensozialarbeit zusätzlich 2,5 Millionen Euro zu.",
        True,
        [("money", 2500000, "EUR", None)],
        None,
    ),
    # --- Australia's vape ban (AAP), March ---
    (
        "en",
        "SYDNEY (AAP) - Border officers seized more than 3.1 million illegal vapes in the first year of a ban on sales outside pharmacies, government figures show.",
        True,
        [("count", 3100000, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Pharmacies have dispensed about 410,000 therapeutic vapes since the changes began, according to the Therapeutic Goods Administration.",
        True,
        [("count", 410000, None, "about")],
        None,
    ),
    (
        "en",
        "Health Minister Gregory Tolhurst said the share of 14- to 17-year-olds who had vaped in the past month had fallen to 9.8% from 14.6%.",
        True,
        [
            ("duration", 14, "year", None),
            ("duration", 17, "year", None),
            ("percent", 9.8, "%", None),
            ("percent", 14.6, "%", None),
        ],
        "Gregory Tolhurst",
    ),
    (
        "en",
        '"We refuse to let Big Tobacco hook another generation of Australian kids," Tolhurst said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Retailers caught selling vapes face fines of up to A$2.2 million and seven years' jail.",
        True,
        [("money", 2200000, "AUD", "up_to"), ("duration", 7, "year", None)],
        None,
    ),
    ("en", "Tobacconists fear organised crime gangs have already taken over much of the trade.", False, [], None),
    (
        "en",
        "Police have linked 28 firebombings of tobacco shops in Victoria since 2023 to a turf war over illicit cigarettes and vapes.",
        True,
        [("count", 28, None, None), ("year", 2023, None, None)],
        None,
    ),
    ("en", "Whether the pharmacy-only model can last remains an open question.", False, [], None),
    # --- Zwei Jahre Cannabisgesetz (dpa), April ---
    (
        "de",
        "Berlin (dpa) - Zwei Jahre nach der Teillegalisierung von Cannabis gibt es in Deutschland nach Angaben der Länder 512 genehmigte Anbauvereinigungen.",
        True,
        [("duration", 2, "year", None), ("count", 512, None, None)],
        None,
    ),
    (
        "de",
        "Zusammen haben die Vereine rund 41.000 Mitglieder, im Schnitt also etwa 80 pro Verein.",
        True,
        [("count", 41000, None, "about"), ("count", 80, None, "about")],
        None,
    ),
    (
        "de",
        "Erwachsene dürfen seit dem 1. April 2024 bis zu 25 Gramm Cannabis bei sich tragen und zu Hause bis zu drei Pflanzen anbauen.",
        True,
        [("date", "2024-04-01", None, None), ("count", 25, None, "up_to"), ("count", 3, None, "up_to")],
        None,
    ),
    (
        "de",
        "Ein Zwischenbericht der Evaluation kommt zu dem Ergebnis, dass der Konsum unter 12- bis 17-Jährigen seit der Reform nicht gestiegen ist.",
        True,
        [("duration", 12, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "Unter jungen Erwachsenen zwischen 18 und 25 Jahren gaben 12,8 Prozent an, im vergangenen Monat gekifft zu haben, nach 11,9 Prozent vor der Reform.",
        True,
        [
            ("duration", 18, "year", None),
            ("duration", 25, "year", None),
            ("percent", 12.8, "%", None),
            ("percent", 11.9, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Zahl der erfassten Cannabis-Delikte ging laut Bundeskriminalamt im ersten Jahr nach der Reform um rund 58 Prozent zurück.",
        True,
        [("ordinal", 1, None, None), ("percent", 58, "%", "about")],
        None,
    ),
    (
        "de",
        "Der gesundheitspolitische Sprecher der Unionsfraktion, Bernd Kühlwein, nannte das Gesetz „ein Konjunkturprogramm für Dealer“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kühlwein sagte, die Union wolle die erlaubte Besitzmenge im öffentlichen Raum auf zehn Gramm senken.",
        True,
        [("count", 10, None, None)],
        "Kühlwein",
    ),
    (
        "de",
        "Ob der Schwarzmarkt dadurch tatsächlich geschrumpft ist, können die Forschenden nach eigenen Worten noch nicht beurteilen.",
        False,
        [],
        None,
    ),
    # --- Philadelphia overdose deaths (AP), April ---
    (
        "en",
        "PHILADELPHIA (AP) — Philadelphia recorded 1,021 overdose deaths last year, its lowest total since 2016, the city health department said Monday.",
        True,
        [("count", 1021, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "That is a drop of nearly 40% from the peak of 1,723 in 2022.",
        True,
        [("percent", 40, "%", "nearly"), ("count", 1723, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Fentanyl was found in 69% of the deaths and xylazine, an animal tranquilizer, in 38%.",
        True,
        [("percent", 69, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "The city has installed 45 free naloxone vending machines since 2024 and handed out about 150,000 doses last year.",
        True,
        [("count", 45, None, None), ("year", 2024, None, None), ("count", 150000, None, "about")],
        None,
    ),
    (
        "en",
        "Health Commissioner Renée Castellanos said overdose deaths among Black residents had fallen more slowly, by 19%.",
        True,
        [("percent", 19, "%", None)],
        "Renée Castellanos",
    ),
    ("en", '"We are not going to arrest our way out of this crisis," Castellanos said.', False, [], None),
    (
        "en",
        "Residents of Kensington, the neighborhood at the center of the crisis, say they have seen little change on their blocks.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A box of over-the-counter naloxone nasal spray, with two 4-milligram doses, costs about $45 at city pharmacies.",
        True,
        [("count", 2, None, None), ("count", 4, None, None), ("money", 45, "USD", "about")],
        None,
    ),
    # --- Drogentote in Deutschland (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - An den Folgen ihres Drogenkonsums sind bundesweit im vergangenen Jahr 2.173 Menschen gestorben, teilte der Sucht- und Drogenbeauftragte der Bundesregierung am Mittwoch mit.",
        True,
        [("count", 2173, None, None)],
        None,
    ),
    (
        "de",
        "Das sind 4,6 Prozent weniger als im Jahr davor, die Zahl liegt damit aber fast doppelt so hoch wie vor zehn Jahren.",
        True,
        [("percent", 4.6, "%", None), ("count", 2, None, "nearly"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Knapp drei Viertel der Verstorbenen waren Männer, das Durchschnittsalter lag bei 41 Jahren.",
        True,
        [("fraction", 0.75, None, "nearly"), ("duration", 41, "year", None)],
        None,
    ),
    (
        "de",
        "In mehr als 700 Fällen waren Opioide wie Heroin oder Fentanyl allein oder zusammen mit anderen Substanzen im Spiel.",
        True,
        [("count", 700, None, "over")],
        None,
    ),
    (
        "de",
        "Die Zahl der Todesfälle im Zusammenhang mit Kokain und Crack stieg nach Angaben des Bundeskriminalamts auf 611, ein Plus von 18 Prozent.",
        True,
        [("count", 611, None, None), ("percent", 18, "%", None)],
        "das Bundeskriminalamt",
    ),
    (
        "de",
        "Nordrhein-Westfalen verzeichnete mit 688 Drogentoten erneut die meisten Fälle, gefolgt von Bayern mit 291 und Berlin mit 274.",
        True,
        [("count", 688, None, None), ("count", 291, None, None), ("count", 274, None, None)],
        None,
    ),
    (
        "de",
        "„Jeder dieser Todesfälle ist einer zu viel“, sagte der Drogenbeauftragte Matthias Kreidler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kreidler sagte, der Bund werde die Mittel für Naloxon-Schulungen im kommenden Jahr auf 4,5 Millionen Euro verdreifachen.",
        True,
        [("money", 4500000, "EUR", None)],
        "Kreidler",
    ),
    (
        "de",
        "Wie weit synthetische Opioide wie Nitazene in Deutschland schon verbreitet sind, lässt sich nach Einschätzung von Fachleuten noch nicht sagen.",
        False,
        [],
        None,
    ),
    # --- U.S. overdose deaths (Reuters), May ---
    (
        "en",
        "WASHINGTON, May 13 (Reuters) - An estimated 79,420 people died of drug overdoses in the United States in the 12 months ending in December, a decline of 21.6% from the year before, according to provisional CDC figures published on Wednesday.",
        True,
        [
            ("date", "--05-13", None, None),
            ("count", 79420, None, "about"),
            ("duration", 12, "month", None),
            ("percent", 21.6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "It was the second straight annual drop after deaths peaked at more than 110,000 in 2022, according to the agency's provisional data.",
        True,
        [("ordinal", 2, None, None), ("count", 110000, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Synthetic opioids, mainly illicitly made fentanyl, were involved in about 46,800 of the deaths.",
        True,
        [("count", 46800, None, "about")],
        None,
    ),
    (
        "en",
        "Deaths involving stimulants such as methamphetamine fell more slowly, by about 9%.",
        True,
        [("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "Only three states, Alaska, Nevada and New Mexico, recorded increases.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        '"This is real progress, but nobody in public health is ready to declare victory," said Dr. Nadia Whitcombe, who directs the CDC\'s injury center.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitcombe told reporters the agency had sent more than 1.2 million naloxone kits to states since 2023.",
        True,
        [("count", 1200000, None, "over"), ("year", 2023, None, None)],
        "Whitcombe",
    ),
    ("en", 'The White House drug policy office hailed the figures as "a historic turning point."', False, [], None),
    # --- Alkoholkonsum in der Schweiz (Keystone-SDA), Juni ---
    (
        "de",
        "Bern (Keystone-SDA) - In der Schweiz wird immer weniger Alkohol getrunken: Pro Kopf waren es im vergangenen Jahr 7,6 Liter reiner Alkohol, wie das Bundesamt für Gesundheit (BAG) in seinem Suchtmonitoring mitteilte.",
        True,
        [("count", 7.6, None, None)],
        None,
    ),
    (
        "de",
        "Vor zwanzig Jahren lag der Wert noch bei 9,1 Litern.",
        True,
        [("duration", 20, "year", None), ("count", 9.1, None, None)],
        None,
    ),
    (
        "de",
        "Rund 250'000 Menschen in der Schweiz gelten als alkoholabhängig, schätzt Sucht Schweiz.",
        True,
        [("count", 250000, None, "about")],
        None,
    ),
    (
        "de",
        "Jede sechste Person ab 15 Jahren trinkt sich mindestens einmal im Monat in einen Rausch.",
        True,
        [("fraction", 0.1667, None, None), ("duration", 15, "year", "at_least"), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "de",
        "Bei den 15- bis 24-Jährigen ist es sogar fast jede dritte.",
        True,
        [("duration", 15, "year", None), ("duration", 24, "year", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Kosten des Alkoholkonsums für Gesundheitswesen und Wirtschaft beziffert das BAG auf 2,8 Milliarden Franken pro Jahr.",
        True,
        [("money", 2800000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Alkohol gehört bei uns noch immer viel zu selbstverständlich zum Alltag», sagte BAG-Sektionsleiterin Andrea Zbinden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zbinden sagte, das BAG wolle die Zahl der Menschen mit problematischem Konsum bis 2030 um ein Fünftel senken.",
        True,
        [("year", 2030, None, None), ("fraction", 0.2, None, None)],
        "Zbinden",
    ),
    ("de", "Der Spirituosenverband hält eine höhere Alkoholsteuer für den falschen Weg.", False, [], None),
    # --- WHO alcohol report (AFP), June ---
    (
        "en",
        "GENEVA (AFP) - Alcohol caused about 2.4 million deaths worldwide in 2024, or one in 24 of all deaths, the World Health Organization said in a report on Tuesday.",
        True,
        [("count", 2400000, None, "about"), ("year", 2024, None, None), ("fraction", 0.0417, None, None)],
        None,
    ),
    ("en", "Men accounted for roughly three in four of those deaths.", True, [("fraction", 0.75, None, "about")], None),
    (
        "en",
        "Europe had the highest consumption, at 9.2 litres of pure alcohol per adult a year, followed by the Americas at 7.5 litres.",
        True,
        [("count", 9.2, None, None), ("count", 7.5, None, None)],
        None,
    ),
    (
        "en",
        "An estimated 400 million people live with alcohol use disorders, and 209 million of them are dependent, the report said.",
        True,
        [("count", 400000000, None, "about"), ("count", 209000000, None, None)],
        None,
    ),
    (
        "en",
        '"Alcohol harms are preventable, yet too many governments keep looking the other way," the WHO\'s director for noncommunicable diseases said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The WHO said only 6% of countries with a national alcohol policy had raised excise taxes faster than inflation since 2019.",
        True,
        [("percent", 6, "%", None), ("year", 2019, None, None)],
        "the WHO",
    ),
    (
        "en",
        "The global target is a 20% relative cut in harmful drinking by 2030, against a 2010 baseline.",
        True,
        [("percent", 20, "%", None), ("year", 2030, None, None), ("year", 2010, None, None)],
        None,
    ),
    ("en", 'Drinks industry groups called the report "alarmist and one-sided."', False, [], None),
    # --- Thailand cannabis (Reuters), June ---
    (
        "en",
        "BANGKOK, June 26 (Reuters) - Thailand will require a doctor's prescription to buy cannabis from Friday, rolling back a 2022 decision that made it the first country in Asia to decriminalise the plant.",
        True,
        [("date", "--06-26", None, None), ("year", 2022, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "More than 18,000 cannabis shops have opened since then, according to the health ministry.",
        True,
        [("count", 18000, None, "over")],
        None,
    ),
    (
        "en",
        "Public Health Minister Prasert Wongsakul told reporters the shops would be allowed to sell only to patients with a prescription valid for up to 30 days.",
        True,
        [("duration", 30, "day", "up_to")],
        "Prasert Wongsakul",
    ),
    ("en", '"Cannabis should be medicine, not a party drug," Prasert said.', False, [], None),
    (
        "en",
        "Shops that break the rules face fines of up to 20,000 baht and a year in jail.",
        True,
        [("money", 20000, "THB", "up_to")],
        None,
    ),
    (
        "en",
        "The industry was worth about 43 billion baht last year, according to the University of the Thai Chamber of Commerce.",
        True,
        [("money", 43000000000, "THB", "about")],
        None,
    ),
    ("en", 'Cannabis growers accused the government of "killing an industry overnight."', False, [], None),
    (
        "en",
        "Hospital admissions linked to cannabis psychosis rose nearly fourfold between 2022 and 2024, ministry data showed.",
        True,
        [("count", 4, None, "nearly"), ("year", 2022, None, None), ("year", 2024, None, None)],
        None,
    ),
    # --- Rauchen in Österreich (APA), Juni ---
    (
        "de",
        "Wien (APA) - In Österreich rauchen 19,6 Prozent der Menschen ab 15 Jahren täglich, geht aus der neuen Gesundheitsbefragung der Statistik Austria hervor.",
        True,
        [("percent", 19.6, "%", None), ("duration", 15, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Vor zehn Jahren waren es noch 24,3 Prozent gewesen.",
        True,
        [("duration", 10, "year", None), ("percent", 24.3, "%", None)],
        None,
    ),
    (
        "de",
        "Männer greifen mit 22 Prozent deutlich häufiger zur Zigarette als Frauen mit 17 Prozent.",
        True,
        [("percent", 22, "%", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Stark zugenommen hat dagegen das Dampfen: Jeder achte Jugendliche zwischen 15 und 19 Jahren nutzt regelmäßig E-Zigaretten.",
        True,
        [("fraction", 0.125, None, None), ("duration", 15, "year", None), ("duration", 19, "year", None)],
        None,
    ),
    (
        "de",
        "„Die Einweg-E-Zigarette ist die Einstiegsdroge einer ganzen Generation“, sagte Gesundheitsministerin Elisabeth Raidl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Raidl sagte, ein Verbot von Einweg-E-Zigaretten solle mit 1. Jänner 2027 in Kraft treten.",
        True,
        [("date", "2027-01-01", None, None)],
        "Raidl",
    ),
    (
        "de",
        "Die Tabaksteuer brachte dem Bund im Vorjahr rund 2,1 Milliarden Euro ein, teilte das Finanzministerium mit.",
        True,
        [("money", 2100000000, "EUR", "about")],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die Trafikantinnen und Trafikanten fürchten um ihre Existenz, sollte der Verkauf weiter eingeschränkt werden.",
        False,
        [],
        None,
    ),
    # --- Impfquoten bei Kindern (dpa), Juli ---
    (
        "de",
        "Berlin (dpa) - Nur 77,5 Prozent der Kinder in Deutschland haben bis zu ihrem zweiten Geburtstag beide Masernimpfungen erhalten, teilte das Robert Koch-Institut am Donnerstag mit.",
        True,
        [("percent", 77.5, "%", None), ("ordinal", 2, None, None)],
        "das Robert Koch-Institut",
    ),
    (
        "de",
        "Bei der Schuleingangsuntersuchung waren 92,8 Prozent der Kinder zweimal gegen Masern geimpft.",
        True,
        [("percent", 92.8, "%", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Am niedrigsten war die Quote in Sachsen mit 86,1 Prozent, am höchsten in Brandenburg mit 96,4 Prozent.",
        True,
        [("percent", 86.1, "%", None), ("percent", 96.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bei der Rotavirus-Impfung stieg die Quote binnen fünf Jahren um 4,2 Prozentpunkte auf 74 Prozent.",
        True,
        [("duration", 5, "year", None), ("percent", 4.2, "pp", None), ("percent", 74, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stiko empfiehlt die erste Masernimpfung im Alter von elf Monaten, die zweite mit 15 Monaten.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 11, "month", None),
            ("ordinal", 2, None, None),
            ("duration", 15, "month", None),
        ],
        None,
    ),
    (
        "de",
        "„Impflücken sind kein Naturgesetz“, sagte der Kinderarzt Florian Wiesinger vom Berufsverband der Kinder- und Jugendärzte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wiesinger sagte, bundesweit fehlten derzeit rund 600 Kinderarztpraxen, vor allem auf dem Land.",
        True,
        [("count", 600, None, "about")],
        "Wiesinger",
    ),
    (
        "de",
        "Ob eine Impfpflicht für Kita-Kinder die Lücken schließen würde, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- MMR uptake in England (PA), July ---
    (
        "en",
        "LONDON (PA) - Only 83.6% of children in England were fully vaccinated against measles, mumps and rubella by their fifth birthday, the lowest level in 15 years, the UK Health Security Agency said.",
        True,
        [("percent", 83.6, "%", None), ("ordinal", 5, None, None), ("duration", 15, "year", None)],
        "the UK Health Security Agency",
    ),
    (
        "en",
        "Coverage of the first dose at 24 months stood at 88.9%.",
        True,
        [("ordinal", 1, None, None), ("duration", 24, "month", None), ("percent", 88.9, "%", None)],
        None,
    ),
    (
        "en",
        "In London, fewer than three in four children were fully protected.",
        True,
        [("fraction", 0.75, None, "under")],
        None,
    ),
    (
        "en",
        "The agency said 529 laboratory-confirmed measles cases had been reported in England between January and May, more than half of them in children under 10.",
        True,
        [("count", 529, None, None), ("fraction", 0.5, None, "over"), ("duration", 10, "year", "under")],
        None,
    ),
    (
        "en",
        "UKHSA consultant epidemiologist Tom Ellery said catch-up clinics had given about 46,000 extra doses since February.",
        True,
        [("count", 46000, None, "about")],
        "Tom Ellery",
    ),
    (
        "en",
        '"Measles is not a mild illness, and no parent should have to learn that the hard way," Ellery said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Public Health Minister Rhian Pryce-Morgan said GP practices would receive £12.50 for every catch-up dose given to a child over 5.",
        True,
        [("money", 12.5, "GBP", None), ("duration", 5, "year", "over")],
        "Rhian Pryce-Morgan",
    ),
    (
        "en",
        "The WHO withdrew the UK's measles elimination status in January, citing sustained spread of the virus in 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Why uptake has slipped for most of the past decade is still a matter of debate among researchers.",
        False,
        [],
        None,
    ),
    # --- Kostenlose HPV-Impfung (APA), August ---
    (
        "de",
        "Wien (APA) - Die kostenlose HPV-Impfung für junge Menschen bis zum 30. Lebensjahr wird bis Ende 2027 verlängert, teilte das Gesundheitsministerium am Donnerstag mit.",
        True,
        [("ordinal", 30, None, None), ("year", 2027, None, None)],
        "das Gesundheitsministerium",
    ),
    (
        "de",
        "Seit dem Start der Aktion im Juli 2024 ließen sich rund 214.000 Menschen zwischen 21 und 30 Jahren impfen.",
        True,
        [
            ("year", 2024, None, None),
            ("count", 214000, None, "about"),
            ("duration", 21, "year", None),
            ("duration", 30, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Bei den Zwölfjährigen liegt die Durchimpfungsrate bei Mädchen bei 61 Prozent, bei Buben bei 48 Prozent.",
        True,
        [("duration", 12, "year", None), ("percent", 61, "%", None), ("percent", 48, "%", None)],
        None,
    ),
    (
        "de",
        "Pro Jahr erkranken in Österreich etwa 370 Frauen an Gebärmutterhalskrebs, rund 140 sterben daran.",
        True,
        [("count", 370, None, "about"), ("count", 140, None, "about")],
        None,
    ),
    (
        "de",
        "„Das ist eine Impfung gegen Krebs, und sie ist gratis – mehr Argumente braucht es nicht“, sagte AGES-Expertin Birgit Hollaus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollaus sagte, schon eine Dosis schütze nach aktuellen Studien zu mehr als 95 Prozent vor den gefährlichsten Virustypen.",
        True,
        [("percent", 95, "%", "over")],
        "Hollaus",
    ),
    ("de", "Die Ärztekammer hält eine Ausweitung auf alle Altersgruppen für sinnvoll.", False, [], None),
    (
        "de",
        "Für das kostenlose Kinderimpfprogramm stehen heuer 142 Millionen Euro zur Verfügung.",
        True,
        [("money", 142000000, "EUR", None)],
        None,
    ),
    # --- Kindergarten vaccine exemptions (AP), August ---
    (
        "en",
        "ATLANTA (AP) — The share of U.S. kindergartners with an exemption from school vaccine requirements rose to a record 3.9% last school year, federal health officials said Thursday.",
        True,
        [("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "Coverage for the measles, mumps and rubella vaccine slipped to 92.1%, below the 95% level health officials say is needed to stop outbreaks.",
        True,
        [("percent", 92.1, "%", None), ("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "About 286,000 kindergartners were not fully protected against measles, the agency estimated.",
        True,
        [("count", 286000, None, "about")],
        None,
    ),
    (
        "en",
        "More than 5% of kindergartners had an exemption in 17 states, up from 14 the year before.",
        True,
        [("percent", 5, "%", "over"), ("count", 17, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Idaho had the highest rate, with 14.3% of kindergartners exempted.",
        True,
        [("percent", 14.3, "%", None)],
        None,
    ),
    (
        "en",
        '"Every exemption is a door left open for measles," said Dr. Lucinda Harrow, a pediatrician and vaccine researcher in Atlanta.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Harrow said fewer than half of the parents in her practice who turn down shots oppose vaccines outright.",
        True,
        [("fraction", 0.5, None, "under")],
        "Harrow",
    ),
    (
        "en",
        "As of Aug. 20, the CDC had confirmed 1,410 measles cases this year, three of them fatal.",
        True,
        [("date", "--08-20", None, None), ("count", 1410, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", "Whether the trend will continue this school year is unclear.", False, [], None),
    # --- Wartezeiten auf Psychotherapie (dpa), September ---
    (
        "de",
        "Berlin (dpa) - Gesetzlich Versicherte warten im Schnitt 142 Tage auf den Beginn einer Psychotherapie, geht aus einer Auswertung der Bundespsychotherapeutenkammer hervor.",
        True,
        [("duration", 142, "day", None)],
        None,
    ),
    (
        "de",
        "Auf ein erstes Gespräch in der psychotherapeutischen Sprechstunde vergehen demnach rund fünf Wochen.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "week", "about")],
        None,
    ),
    (
        "de",
        "In ländlichen Regionen dauert es oft mehr als ein halbes Jahr.",
        True,
        [("duration", 0.5, "year", "over")],
        None,
    ),
    (
        "de",
        "„Wer heute an einer Depression erkrankt, wird vom System in die Warteschleife geschickt“, sagte Kammerpräsidentin Susanne Kolbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kolbeck sagte, bundesweit fehlten mindestens 7.000 Kassensitze für Psychotherapeutinnen und Psychotherapeuten.",
        True,
        [("count", 7000, None, "at_least")],
        "Kolbeck",
    ),
    ("de", "Die Kassenärztliche Bundesvereinigung (KBV) hält diese Zahl für deutlich übertrieben.", False, [], None),
    (
        "de",
        "Die Terminservicestellen der KBV vermittelten nach eigenen Angaben im vergangenen Jahr knapp 1,9 Millionen Termine, darunter 412.000 für Psychotherapie.",
        True,
        [("count", 1900000, None, "nearly"), ("count", 412000, None, None)],
        None,
    ),
    (
        "de",
        "Für Facharzttermine gilt eine gesetzliche Frist: Die Servicestellen müssen binnen vier Wochen einen Termin anbieten.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "Jeder vierte Befragte gab an, wegen der langen Wartezeit die Suche nach einem Therapieplatz aufgegeben zu haben.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    # --- U.S. marijuana rescheduling (Reuters), September ---
    (
        "en",
        "WASHINGTON, Sept 9 (Reuters) - The U.S. Drug Enforcement Administration on Tuesday formally moved marijuana from Schedule I to Schedule III of the Controlled Substances Act, the biggest shift in federal drug policy in more than 50 years.",
        True,
        [("date", "--09-09", None, None), ("duration", 50, "year", "over")],
        None,
    ),
    (
        "en",
        "The change does not legalize recreational use, which remains a federal crime, but lets licensed cannabis companies deduct ordinary business expenses from their taxes.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The tax change could save licensed companies about $2.3 billion a year, according to industry estimates.",
        True,
        [("money", 2300000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Twenty-five states have legalized recreational marijuana for adults, and 40 allow it for medical use.",
        True,
        [("count", 25, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "A Gallup poll in November found 64% of Americans supported full legalization, down from 68% in 2023.",
        True,
        [("percent", 64, "%", None), ("percent", 68, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"This is long overdue recognition that cannabis has real medical value," said Senator Marcus Delahunt, a Democrat.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delahunt said he would introduce a bill next month to let cannabis businesses use banks, a measure the House has passed seven times.",
        True,
        [("count", 7, None, None)],
        "Delahunt",
    ),
    ("en", 'Anti-drug groups called the decision "a gift to Big Marijuana."', False, [], None),
    (
        "en",
        "It is unclear whether the rule will survive a legal challenge filed by two anti-drug groups.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    # --- Scotland's drug deaths (PA), September ---
    (
        "en",
        "EDINBURGH (PA) - Drug deaths in Scotland rose by 9% last year to 1,247, the second-highest total on record, according to figures from National Records of Scotland.",
        True,
        [("percent", 9, "%", None), ("count", 1247, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Scotland's rate of 23 drug misuse deaths per 100,000 people remains the highest recorded by any country in Europe.",
        True,
        [("count", 23, None, None), ("count", 100000, None, None)],
        None,
    ),
    ("en", "That is almost three times the rate for the UK as a whole.", True, [("count", 3, None, "nearly")], None),
    (
        "en",
        "Glasgow accounted for 318 of the deaths, and almost seven in 10 of those who died were men.",
        True,
        [("count", 318, None, None), ("fraction", 0.7, None, "nearly")],
        None,
    ),
    (
        "en",
        "Drugs Minister Iona MacBrayne said the country's first supervised drug consumption facility had been used more than 9,400 times in its first year.",
        True,
        [("ordinal", 1, None, None), ("count", 9400, None, "over"), ("ordinal", 1, None, None)],
        "Iona MacBrayne",
    ),
    (
        "en",
        '"Each of these deaths is a person who was loved, and we will not give up on them," MacBrayne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Scottish Conservative health spokesman Murdo Gilchrist called the toll "a national disgrace" and said the drugs strategy had failed.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Public Health Scotland said street benzodiazepines were found in 61% of deaths last year, up from 52% in 2021.",
        True,
        [("percent", 61, "%", None), ("percent", 52, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Nitazenes, synthetic opioids far stronger than heroin, were implicated in 44 deaths, against 9 the year before.",
        True,
        [("count", 44, None, None), ("count", 9, None, None)],
        None,
    ),
    # --- Grippeimpfquote bei Älteren (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Nur 38,4 Prozent der Menschen ab 60 Jahren sind im vergangenen Winter gegen Influenza geimpft worden, wie das Robert Koch-Institut mitteilte.",
        True,
        [("percent", 38.4, "%", None), ("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "de",
        "In den ostdeutschen Ländern lag die Quote mit 51 Prozent klar höher als im Westen mit 34 Prozent.",
        True,
        [("percent", 51, "%", None), ("percent", 34, "%", None)],
        None,
    ),
    (
        "de",
        "Gegen Covid-19 ließ sich nur jeder siebte Über-60-Jährige auffrischen.",
        True,
        [("fraction", 0.1429, None, None), ("duration", 60, "year", "over")],
        None,
    ),
    (
        "de",
        "Die Stiko empfiehlt die jährliche Grippeimpfung allen ab 60 Jahren, chronisch Kranken und Schwangeren.",
        True,
        [("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "de",
        "„Die Impfmüdigkeit nach der Pandemie ist mit Händen zu greifen“, sagte RKI-Präsident Lars Thielebeule.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Thielebeule sagte, in der vergangenen Grippesaison seien nach Schätzungen des Instituts rund 9.400 Menschen an Influenza gestorben.",
        True,
        [("count", 9400, None, "about")],
        "Thielebeule",
    ),
    (
        "de",
        "Apotheken dürfen seit 2022 gegen Grippe impfen, teilte die ABDA mit.",
        True,
        [("year", 2022, None, None)],
        "die ABDA",
    ),
    (
        "de",
        "Die Apotheken verabreichten nach eigenen Angaben in der vergangenen Saison knapp 620.000 Grippeimpfungen.",
        True,
        [("count", 620000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ob eine Impfpflicht für Pflegepersonal erneut auf die Tagesordnung kommt, ließ das Ministerium offen.",
        False,
        [],
        None,
    ),
    # --- NHS waiting list (PA), October ---
    (
        "en",
        "LONDON (PA) - England's backlog of patients awaiting planned hospital care fell to 7.24 million in August, the lowest for more than two years, NHS England said.",
        True,
        [("count", 7240000, None, None), ("duration", 2, "year", "over")],
        "NHS England",
    ),
    (
        "en",
        "Just 61.3% of those on the list had waited less than 18 weeks; the constitutional standard is 92%.",
        True,
        [("percent", 61.3, "%", None), ("duration", 18, "week", "under"), ("percent", 92, "%", None)],
        None,
    ),
    (
        "en",
        "Some 168,500 people had been waiting longer than a year, down from 190,200 in July.",
        True,
        [("count", 168500, None, "about"), ("count", 190200, None, None)],
        None,
    ),
    (
        "en",
        "Health Secretary Adrian Cheswick said an extra 3.1 million appointments had been delivered since the government took office.",
        True,
        [("count", 3100000, None, None)],
        "Adrian Cheswick",
    ),
    ("en", '"We are turning the corner, but there is a long road ahead," Cheswick said.', False, [], None),
    (
        "en",
        "Median waits for children's mental health support stood at 13 weeks, according to the charity YoungMinds.",
        True,
        [("duration", 13, "week", None)],
        None,
    ),
    (
        "en",
        "A&E departments saw 2.36 million attendances in September, and 74.2% of patients were dealt with within four hours.",
        True,
        [("count", 2360000, None, None), ("percent", 74.2, "%", None), ("duration", 4, "hour", None)],
        None,
    ),
    (
        "en",
        'Emergency doctors\' leaders called the A&E numbers "a portrait of a system still in crisis."',
        False,
        [],
        None,
    ),
    # --- Drogenbericht Österreich (APA), November ---
    (
        "de",
        "Wien (APA) - In Österreich sind im Vorjahr 253 Menschen an einer Überdosis gestorben, geht aus dem neuen Drogenbericht der Gesundheit Österreich GmbH (GÖG) hervor.",
        True,
        [("count", 253, None, None)],
        None,
    ),
    (
        "de",
        "Das ist der höchste Wert seit 2015, im Jahr 2022 waren es noch 221 gewesen.",
        True,
        [("year", 2015, None, None), ("year", 2022, None, None), ("count", 221, None, None)],
        None,
    ),
    (
        "de",
        "In gut 80 Prozent der Fälle waren mehrere Substanzen im Spiel, meist Opioide zusammen mit Beruhigungsmitteln.",
        True,
        [("percent", 80, "%", "over")],
        None,
    ),
    (
        "de",
        "Rund 21.000 Menschen befinden sich in Substitutionsbehandlung, etwa ein Drittel davon in Wien.",
        True,
        [("count", 21000, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Opioidabhängigen mit risikoreichem Konsum schätzt die GÖG auf 35.000 bis 38.000.",
        True,
        [("count", 35000, None, None), ("count", 38000, None, None)],
        None,
    ),
    (
        "de",
        "„Diese Zahlen sind ein Alarmsignal, das niemand überhören darf“, sagte Studienleiterin Martina Pichlbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pichlbauer sagte, das Durchschnittsalter der Verstorbenen sei binnen zehn Jahren von 33 auf 38 Jahre gestiegen.",
        True,
        [("duration", 10, "year", None), ("duration", 33, "year", None), ("duration", 38, "year", None)],
        "Pichlbauer",
    ),
    (
        "de",
        "Gesundheitsministerin Raidl kündigte an, die Abgabe von Naloxon an Angehörige heuer auf alle neun Bundesländer auszuweiten.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    ("de", "Die FPÖ sprach von einem „Totalversagen der Drogenpolitik“.", False, [], None),
    # --- WHO tobacco trends (Reuters), November ---
    (
        "en",
        "GENEVA, Nov 18 (Reuters) - The number of tobacco users worldwide fell to about 1.19 billion last year from 1.38 billion in 2000, the World Health Organization said on Tuesday.",
        True,
        [
            ("date", "--11-18", None, None),
            ("count", 1190000000, None, "about"),
            ("count", 1380000000, None, None),
            ("year", 2000, None, None),
        ],
        "the World Health Organization",
    ),
    (
        "en",
        "One in five adults still uses tobacco, the agency said in its latest global trends report.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "Only 56 countries are on track to meet a goal of cutting tobacco use by 30% between 2010 and 2025.",
        True,
        [("count", 56, None, None), ("percent", 30, "%", None), ("year", 2010, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "South-East Asia has the highest rate, at about 26% of adults, while the decline in Europe has been the slowest.",
        True,
        [("percent", 26, "%", "about")],
        None,
    ),
    (
        "en",
        "At least 32 million children aged 13 to 15 use some form of tobacco, the report said.",
        True,
        [("count", 32000000, None, "at_least"), ("duration", 13, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "E-cigarette use among adolescents was higher than among adults in all 123 countries that provided data.",
        True,
        [("count", 123, None, None)],
        None,
    ),
    (
        "en",
        '"Tobacco companies are targeting children with flavours and gadgets, and we will not let them," the WHO\'s health promotion director said.',
        False,
        [],
        None,
    ),
    ("en", 'A tobacco industry group called the report "an ideological attack on adult choice."', False, [], None),
    # --- Komasaufen bei Jugendlichen (dpa), Dezember ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der Kinder und Jugendlichen, die wegen einer Alkoholvergiftung im Krankenhaus behandelt werden mussten, ist auf einen Tiefstand gesunken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr kamen 10.374 Zehn- bis 19-Jährige mit akutem Alkoholmissbrauch in eine Klinik, teilte das Statistische Bundesamt am Montag mit.",
        True,
        [("count", 10374, None, None), ("duration", 10, "year", None), ("duration", 19, "year", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Das waren 6,8 Prozent weniger als im Jahr zuvor und nur noch gut halb so viele wie im Rekordjahr 2012.",
        True,
        [("percent", 6.8, "%", None), ("fraction", 0.5, None, "over"), ("year", 2012, None, None)],
        None,
    ),
    (
        "de",
        "„Der Vollrausch hat bei Jugendlichen deutlich an Ansehen verloren“, sagte die Suchtforscherin Heike Bramstedt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bramstedt sagte, der Anteil der 12- bis 17-Jährigen, die regelmäßig Alkohol trinken, sei seit 2004 von 21 auf 8,7 Prozent gesunken.",
        True,
        [
            ("duration", 12, "year", None),
            ("duration", 17, "year", None),
            ("year", 2004, None, None),
            ("percent", 21, "%", None),
            ("percent", 8.7, "%", None),
        ],
        "Bramstedt",
    ),
    (
        "de",
        "Alkohol ist in Deutschland nach Schätzungen der Deutschen Hauptstelle für Suchtfragen jedes Jahr an rund 51.300 Todesfällen beteiligt.",
        True,
        [("count", 51300, None, "about")],
        None,
    ),
    (
        "de",
        "Kreidler fordert seit Langem, das begleitete Trinken ab 14 Jahren abzuschaffen.",
        True,
        [("duration", 14, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Ob die Koalition das Mindestalter für Bier und Wein tatsächlich auf 18 Jahre anhebt, ist offen.",
        False,
        [("duration", 18, "year", None)],
        None,
    ),
    # --- Scotland's minimum unit pricing (PA), December ---
    (
        "en",
        "EDINBURGH (PA) - Alcohol-specific deaths in Scotland fell by 7% last year to 1,154, according to National Records of Scotland.",
        True,
        [("percent", 7, "%", None), ("count", 1154, None, None)],
        None,
    ),
    (
        "en",
        "The Scottish Government will raise the minimum price of a unit of alcohol to 70p from May 1, the health secretary announced on Tuesday.",
        True,
        [("money", 0.7, "GBP", None), ("date", "--05-01", None, None)],
        None,
    ),
    (
        "en",
        "At that level, a 70cl bottle of whisky at 40% strength would cost at least £19.60.",
        True,
        [("count", 70, None, None), ("percent", 40, "%", None), ("money", 19.6, "GBP", "at_least")],
        None,
    ),
    (
        "en",
        "A Public Health Scotland study estimated that minimum pricing cut deaths wholly caused by alcohol by 11% in its first 32 months.",
        True,
        [("percent", 11, "%", None), ("ordinal", 1, None, None), ("duration", 32, "month", None)],
        None,
    ),
    (
        "en",
        "Health Secretary Alasdair Kerrigan said the new price reflected inflation since the policy was introduced in 2018.",
        True,
        [("year", 2018, None, None)],
        "Alasdair Kerrigan",
    ),
    (
        "en",
        '"This is a policy that saves lives, and the evidence could not be clearer," Kerrigan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Scotch Whisky Association called the increase "a tax on responsible drinkers by another name."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Adults drinking more than 14 units a week made up 23% of those questioned in the Scottish Health Survey.",
        True,
        [("count", 14, None, "over"), ("percent", 23, "%", None)],
        None,
    ),
    (
        "en",
        "Men in Scotland's most deprived areas are 4.3 times as likely to die from alcohol as those in the least deprived, the figures showed.",
        True,
        [("count", 4.3, None, None)],
        None,
    ),
    (
        "en",
        "Whether the higher price will push heavy drinkers towards cheaper illicit alcohol is unclear.",
        False,
        [],
        None,
    ),
    # --- Cannabis-Regulierung in der Schweiz (Keystone-SDA), Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Gesundheitskommission des Nationalrats will den Cannabiskonsum für Erwachsene legalisieren und den Verkauf staatlich regulieren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Kommission hiess den Gesetzesentwurf mit 14 zu 9 Stimmen bei 2 Enthaltungen gut.",
        True,
        [("count", 14, None, None), ("count", 9, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Erlaubt sein soll der Besitz von bis zu 10 Gramm, zu Hause dürften Erwachsene drei Pflanzen anbauen.",
        True,
        [("count", 10, None, "up_to"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "An den laufenden Pilotversuchen in sieben Städten nehmen derzeit rund 9'400 Personen teil, die legal Cannabis beziehen.",
        True,
        [("count", 7, None, None), ("count", 9400, None, "about")],
        None,
    ),
    (
        "de",
        "Gemäss Schätzungen des BAG konsumieren in der Schweiz etwa 300'000 Menschen regelmässig Cannabis.",
        True,
        [("count", 300000, None, "about")],
        None,
    ),
    (
        "de",
        "«Den Schwarzmarkt kann man nicht wegverbieten», sagte Kommissionspräsidentin Sandra Gmür.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gmür sagte, eine Lenkungsabgabe auf Cannabisprodukte solle jährlich bis zu 200 Millionen Franken einbringen, die in die Prävention fliessen.",
        True,
        [("money", 200000000, "CHF", "up_to")],
        "Gmür",
    ),
    ("de", "Die SVP und die Mitte lehnen die Vorlage ab.", True, [], None),
]
