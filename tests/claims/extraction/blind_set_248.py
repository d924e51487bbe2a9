"""Two-hundred-and-forty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Boubacar Sangaré, Ingrid Solvang, Halima Odongo, Pieter Vandamme, Daniel Ashcombe, Nadia
Ferreira, Helena Moura Brandão, Lim Wei Ting, Marta Echeverría, Lakshmi Devi, Claire
Desrochers, Martin Leblanc-Harvey, Brandtmann Packaging, Lord Hallworth, Wanjiru Kamau,
Grace Atieno, Kossi Amegan; Georg Lindenthaler, Jelena Saizewa, Sabine Roßkamp, Torsten
Wallrabe; every unnamed defendant, judge, prosecutor, lawyer, minister, spokesperson,
survivor, relative and supporter); judges, prosecutors, ministers and office holders of
real courts, bodies and governments appear under made-up names that stand for no real
holder, or by their role only ("Kosovo's prime minister", "Queensland's Director of Public
Prosecutions", "Ecuador's foreign minister", "der CHP-Vorsitzende", "die Justizministerin",
"der leitende Staatsanwalt", "Bundesjustizministerin Sabine Roßkamp", "Außenminister
Torsten Wallrabe"), and every defendant is made up or unnamed and stands for no real
accused. Real courts, bodies and places (International Criminal Court, the registry, High
Court, Supreme Court, Home Office, Reading, Brazil's Supreme Court, Singapore's Court of
Appeal, Woodlands checkpoint, Amnesty International, Transformative Justice Collective,
Kosovo Specialist Chambers, Pristina, South Korea's Supreme Court, Córdoba, European Court
of Human Rights, Grand Chamber, Council of Europe, India's Supreme Court, South Africa's
Constitutional Court, Eskom, National Prosecuting Authority, Pretoria High Court, Canada's
Supreme Court, Statistics Canada, Winnipeg, the Australian High Court, International Court
of Justice, Tokyo District Court, OECD, Spain's National Court, FBI, EU's General Court,
European Commission, Court of Justice, Inter-American Court of Human Rights, Kenya's High
Court, Interior Ministry, Kisumu, ECOWAS Court of Justice, Media Foundation for West Africa;
Europäischer Gerichtshof für Menschenrechte, Zweite Sektion, Große Kammer, türkisches
Justizministerium, Bundesgericht, Bundesamt für Justiz, BJ, Basel, Oberlandesgericht Wien,
Landesgericht für Strafsachen, US-Justiz, Kasachstan, Internationaler Strafgerichtshof,
Darfur, Den Haag, OVD-Info, Riga, Lettland, Europäischer Gerichtshof, EU-Kommission,
Kroatien, Zagreb, Oberlandesgericht Koblenz, Bundesanwaltschaft, Salah ad-Din, Mainz,
Staatsschutzsenat, Kassationsgericht, ’Ndrangheta, Vibo Valentia, Catanzaro, Gesetz zur
nationalen Sicherheit, Legislativrat, chinesisches Außenministerium, Revolutionsgericht,
Schiras, Auswärtiges Amt, Oberster Gerichtshof, Republikanische Volkspartei, CHP,
Nationaler Gerichtshof, Staatsanwaltschaft Köln, Mallorca, UN-Residualmechanismus,
Berufungskammer, Ruanda, Südafrika; and the datelines' cities) stand for the way wire copy
names them; every charge, count, verdict, sentence, fine, award, vote, sum, toll, age,
date and quote here is invented, and where a real figure came to mind (a real tally of
executions or of arrests under a security law, a real fine on a member state, a real
number of convictions or of member states, a real statutory threshold) it was changed or
left out (the years of treaties, laws and wars kept).

Its weight: INTERNATIONAL JUSTICE AND COURTS ABROAD (the hundred-seventy-fourth batch
weighed international courts, war-crimes trials and sanctions lists, the two-hundred-and-
thirteenth criminal and civil courts at home, and the thirty-ninth, hundred-second and
hundred-fifty-second courts, trials and crime before them; their decisions are kept) -
international tribunals, war-crimes trials, extraditions, supreme courts of other
countries, sentences, appeals, fines and human-rights rulings - over about seven wire weeks
of one year, Tuesday, September 8, to Wednesday, October 21, as 33 short stories in story
order, the German and English stories interleaved by date, each told as wire copy runs it
(a dateline lead with the ruling or the charge, the sums, counts and terms, both sides'
statements, a quote, reactions, the legal status and the next step). About 60 percent
English, as the brief for this batch asks (Reuters, AP, AFP, PA, AAP): an ICC trial opening
for a Malian militia leader, an extradition to the United States cleared by the High Court,
a former minister jailed by Brazil's Supreme Court, a death sentence upheld in Singapore, a
Kosovo Specialist Chambers verdict, a tycoon's sentence upheld in Seoul, crimes against
humanity sentences in Argentina, a Strasbourg award to Roma families in Bulgaria, a gas
leak award by India's Supreme Court, a trial ordered by South Africa's Constitutional
Court, Canada's Supreme Court on a gun minimum, a quashed murder conviction in Australia,
an ICJ maritime boundary, a foreign bribery verdict in Tokyo, a ransomware suspect's
extradition from Spain, a cartel fine cut by the EU's General Court, an Inter-American
ruling against Paraguay, a UK Supreme Court ruling on a deportation, a Kenyan payout over
protest killings and an ECOWAS ruling for Togolese journalists. About 40 percent German
(dpa, APA, APA/AFP, AFP, Reuters German, Keystone-SDA; Austrian "Jänner", "Enthaftung",
Swiss "sass", "Gemäss", «» quotes, German „“ quotes, "Staatsschutzsenat",
"Verhandlungstage", "Auslieferungshaft", "Pauschalstrafe", "Zwangsgeld", "in Abwesenheit",
"in erster Instanz"): the Strasbourg court against Turkey, the Bundesgericht stopping an
extradition to Turkey, the Oberlandesgericht Wien clearing one to the United States, an ICC
sentence for a Darfur militia leader, an exiled journalist sentenced in Moscow, the
European Court of Justice fining Croatia, a war-crimes trial opening in Koblenz, Italy's
Court of Cassation on a mafia trial, a Hong Kong activist's sentence, a death sentence in
Tehran, a district mayor jailed in Istanbul, an extradition from Spain to Germany and the
UN Residual Mechanism upholding a Rwandan genocide sentence. Figures as such copy has them:
sentences in years and months with number words and halves ("11 years and eight months",
„achteinhalb Jahren“, „sechs Jahre und neun Monate“, "two years and six months in prison,
suspended for four years"), the maximum a charge carries, time in custody and on the run,
deadlines to appeal, counts of charges, victims and witnesses, panels and tallies ("voted
4-1", "by 9 votes to 2", "voted 12 to 3", „mit drei zu zwei Stimmen“), awards, fines and
penalty payments in eleven currencies, ordinals, shares of a sentence, ages, years and
dates. About 55 negatives as such courts and reactions produce them: prosecutors', judges'
and victims' rhetoric in quotes, defence labels, governments' labels and regrets, grief,
an apology, hopes, doubts, warnings and appeals naming no measure, no-comment lines, open
questions and scene colour, each near a check-worthy look-alike from the same story.

244 rows (102 German, 142 English), 54 negatives (22 German, 32 English), 190 check-worthy
rows of which 31 carry no figure (14 German, 17 English), 309 expected quantities (93
counts, 90 durations - 61 in years, 16 in months, 9 in days, 2 in weeks, 1 in hours, 1 in
minutes -, 54 years, 36 amounts of money - 14 EUR, 10 USD, 2 each INR, JPY and KES, 1 each
AUD, BRL, KRW, TRY, XOF and ZAR -, 15 dates, 10 ordinals, 6 percentages - all in % -, 5
fractions; 6 of them in four negatives, as the seventeenth batch labels a figure in a
negative), 35 checked speakers (15 German, 20 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, condemnation, feeling, grief, apology, hope, doubt or piece of rhetoric
  is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-seventy-fourth, two-hundred-and-fourth, two-hundred-and-thirteenth);
  a quoted or reported statement of fact, figure, step, plan or position is check-worthy
  with its speaker, also in Konjunktiv I (hundred-seventy-fourth: Saizewa's „Die
  Journalistin lebe seit 2022 in Riga ...“). Pairs from one speaker or side: Vandamme's 600
  kilometres beside his "a collage of hearsay"; Brandão's 14 payments beside her "Public
  office is not a family business ..."; Lindenthaler's turn to Strasbourg beside his „kein
  faires Verfahren“; Wallrabe's more than 30 interventions beside his „vollkommen
  inakzeptabel und unmenschlich“; Zagreb's 600 million euros beside the Croatian
  government's „unverhältnismäßig hoch“; the Commission's two months and 10 days to challenge
  the General Court beside its spokesperson's "would study the judgment carefully" (a
  no-comment line, two-hundred-and-thirteenth); the Home Office's signed order and its figures beside its
  "disappointed ... would consider its implications"; the Ecuadorian minister's 40 years
  beside the Peruvian ministry's regret; the court's own figures beside the victims' lawyers'
  and the community leader's rhetoric.
- New: death sentences carry no quantity. "upheld the death sentence", "carries a mandatory
  death penalty" and „zum Tode verurteilt“ are read as "a life sentence", „zu lebenslanger
  Haft“ and "life imprisonment" (hundred-second, hundred-seventy-fourth): the penalty names
  no term, and the rows stay check-worthy as acts of record and as a rule of law. So
  "prison terms of between eight years and life" gives 8 years only (hundred-fifty-second:
  "five years to life"), „Ihm droht eine lebenslange Freiheitsstrafe.“ and „Strafen bis zu
  lebenslanger Haft“ none (two-hundred-and-thirteenth).
- New: "The government says the death penalty has deterred large drug syndicates from
  operating in the city-state." is check-worthy without a figure and without a checked
  speaker - a government's stated claim of an effect is an attributed statement of fact,
  not an evaluation, as a state's stated position is (hundred-seventy-fourth: "Moscow has
  said it will not recognise the tribunal ..."); "Rights groups say Kenyan police killed at
  least 118 people ..." carries its figures (a plural group, speaker unchecked).
- Check-worthy without a figure (hundred-seventy-fourth, two-hundred-and-thirteenth):
  rulings as leads (the High Court clearing an extradition, the Bundesgericht's refusal, the
  Oberlandesgericht Wien's „für zulässig erklärt“, Spain's Nationaler Gerichtshof's
  approval, the Residual Mechanism rejecting an appeal, the Tehran death sentence), a trial
  opening in Koblenz, a court's findings (the ECOWAS court's, "Russia had filed a competing
  extradition request ..., which the court rejected"), acts of record (the BJ's approval
  last November, the signed extradition order, the clemency petition filed, the summoned
  ambassador - two-hundred-and-fourth -, "ordered a retrial rather than an acquittal, and he
  remains in custody", Togo's absence from the hearing, the final decision lying with the
  minister), next steps announced (leave to go to the Supreme Court, the motion for
  clarification, Lindenthaler's application in Strasbourg, „kündigte an, vor dem
  Berufungsgericht gegen das Urteil vorzugehen“, „das spanische Verfassungsgericht
  anzurufen“, "The Interior Ministry said it would appeal.", "would not appeal";
  two-hundred-and-thirteenth), a penalty a charge carries („Ihm droht eine lebenslange
  Freiheitsstrafe.“), a rule of law (Singapore's mandatory penalty), a court's powers
  ("Judgments of the court are final and cannot be appealed.", "binding on member states,
  but the court has no means of enforcing them"; hundred-seventy-fourth: advisory opinions
  not binding), positions (Kosovo's prime minister, "Paraguay's government said it would
  comply"; hundred-seventy-fourth: Hungary's government) and a rejection (Beijing's „wies
  die Kritik als Einmischung ... zurück“; two-hundred-and-fourth: a rejection stays
  check-worthy, also with a label).
- Sentences and penalties are durations as written (hundred-seventy-fourth,
  two-hundred-and-thirteenth): "to 11 years and eight months" 11 years and 8 months,
  „achteinhalb Jahren“ 8.5 years (seventeenth), „zu 19 Jahren Haft“, „für sechs Jahre und
  neun Monate ins Gefängnis geschickt“, „zu sieben Jahren und sechs Monaten Haft“, "to 16
  years in prison, two years less than prosecutors had sought" 16 and 2 years, "a five-year
  prison sentence" 5 years, "two years and six months in prison, suspended for four years"
  2 years, 6 months and 4 years (thirty-ninth: "suspended for two years"), „Die Anklage
  hatte 28 Jahre Haft gefordert.“ (a demand, two-hundred-and-thirteenth), „der Strafe von 25
  Jahren Haft“, „Die höchste Einzelstrafe von 30 Jahren Haft“ ("höchste" none), „Haftstrafen
  von insgesamt mehr als 2.300 Jahren“ 2,300 years "over" ("insgesamt" no hedge), "a
  non-parole period of 20 years", "barred him from holding public office for eight years",
  „vier Jahre lang keine Websites betreiben“ 4 years (two-hundred-and-forty-fourth: „acht
  Wochen lang“); what a charge carries: "a maximum sentence of 45 years" with no hedge,
  "faces up to 40 years", „bis zu 20 Jahre Haft“ and „eine Freiheitsstrafe von bis zu 15
  Jahren“ "up_to", "the three-year minimum term" 3 years. Shares of a sentence: "after
  serving half of a 28-month sentence" 0.5 and 28 months, „nach Verbüßung von zwei Dritteln
  der Strafe“ 0.6667 (two-hundred-and-thirteenth: "up to two-thirds of the term").
- Court money in the currency written (every batch): „16.000 Euro Entschädigung sowie
  4.500 Euro“, "a total of 96,000 euros" ("a total of" no hedge), "12,000 euros in
  non-pecuniary damage" ("Each applicant" none), „eine Pauschalstrafe von zwölf Millionen
  Euro“, „ein Zwangsgeld von 45.000 Euro für jeden Tag, ...“ ("für jeden Tag" none, as "for
  each day" in the hundred-fourth), „17 Millionen Euro“, „mehr als 600 Millionen Euro“
  "over", „eine Kaution von fünf Millionen Euro“, „rund 65 Millionen Euro“ "about", „um
  insgesamt etwa 86 Millionen Euro“ "about", "118 million euros from 167 million euros", "the
  refunded 49 million euros"; "about 41 million dollars" and „rund 9,4 Millionen Dollar“ USD
  "about", "more than $90 million" "over", "$25,000 to each family" and "a $2 million
  development fund"; "38 million reais ($7 million)" BRL (eightieth), "about 86.4 billion won
  ($62 million)" KRW "about" (fiftieth, hundredth), "2.4 billion rupees ($27 million)" and
  "350 million rupees" INR, "150 million yen ($1 million)" and "about 42 million yen" JPY,
  "184 million shillings ($1.4 million)" and "8 million shillings" KES
  (two-hundred-and-nineteenth), each with the converted dollars in brackets as USD with no
  hedge (eightieth, hundred-thirteenth); "1.6 billion rand" ZAR (fortieth), "more than A$2
  million" AUD "over", „250.000 Lira“ TRY (eightieth: "Lira"), "20 million CFA francs each"
  XOF (thirty-fourth; "each" none).
- Counts of charges, victims, witnesses and cases (hundred-seventy-fourth,
  two-hundred-and-thirteenth): "nine counts ... four counts ..., ... all 13", "all 11
  counts", „in 21 von 27 Anklagepunkten“, „in drei Fällen“, „in zwei Fällen ..., in vier
  weiteren Anklagepunkten“ ("weiteren" no hedge), „in allen zwölf Punkten“, „in drei
  Videobeiträgen“, "at least 212 civilians in 14 villages", "at least 18 detainees", "four
  of the detainees" (a definite group, forty-first), "147 people", "at least five",
  "Three other defendants ..., and two", "392 witnesses", "74 prosecution witnesses",
  „rund ein Dutzend Zeugen“ 12 "about" (seventeenth: „Ein Dutzend“), „mindestens 23
  Gefangenen“, „mehr als 1.800 Opfer“, „mindestens 400 Tutsi“, „rund 4.700 Anleger“, „176
  Angeklagte“, „In 23 Fällen“, „rund 13.900 Beschwerden“, „287 Auslieferungsersuchen ..., 19
  davon“ ("davon" no hedge), „mindestens 340 Strafverfahren“, „bislang 178 Menschen“
  ("bislang" no hedge), „derzeit 17 ihrer Bürgermeister“ ("derzeit" no hedge), „14
  Gemeinden mit zusammen rund 380.000 Einwohnern“ ("zusammen" no hedge), „mindestens 612
  Menschen“, "14 people", "at least six warnings", "More than 1,900 residents", "eight Roma
  residents", "19 children", "34 cases", "one of 23" (23 only; "one of" a pronoun,
  two-hundred-and-thirteenth), "84 Indigenous families", "23 people", "at least 118
  people", "seven journalists", "in 11 cases", "three officials", "two business partners",
  "three British children", "Only two people" ("Only" no hedge), "6,240 foreign national
  offenders", "six producers ... in 11 countries", "victims in 23 countries", "nine
  executions"; repeated acts "17 times", „mehr als 30 Mal“ 30 "over" (the issue's "100
  Mal"), "on at least nine occasions" (two-hundred-and-thirteenth: "on at least 28
  occasions"); trial days „zunächst 42 Verhandlungstage“ ("zunächst" no hedge); physical
  measures (fourth): "51.8 grams", "more than 600 kilometres", "about 11,600 square
  kilometres", "about 14,000 hectares". None: "Dozens", "a set threshold", "neither
  country's claim", "both countries", „Beide Seiten“, "the two navies", "Each family".
- Panels and tallies, one count per figure (hundred-seventy-fourth,
  two-hundred-and-thirteenth): "A panel of five justices voted 4-1", "The court's 11 judges
  ... by 9 votes to 2", "The court's 15 judges voted 12 to 3", "ruled 5-4", "by six votes to
  one", "by a majority of four to one", „Die fünf Richterinnen und Richter ... mit drei zu
  zwei Stimmen“, „Die sieben Richter“, "the five justices", "Two senior judges", "A panel
  of three judges"; "The seven-judge chamber" 7 and "A three-judge bench" 3 (the number
  heading the compound, hundred-seventy-fourth: "The three-judge panel").
- Ordinals (the issue; every batch): "the first warrant" 1, "the fourth suspect" 4, „für den
  dritten Verhandlungstag“ 3 (two-hundred-and-thirteenth: „Am fünften Verhandlungstag“),
  "the 14th verdict" 14, "only the fifth foreign bribery case" 5 ("only" no hedge), "its
  second such ruling in three years" 2 and 3 years, "the second such arrest in Spain this
  year" 2, „in ihrer zweiten Klage“ 2, „in erster Instanz“ 1 (fifty-fifth). New: „Die
  sieben Richter der Zweiten Sektion“ gives count 7 and ordinal 2 - the section of the
  Strasbourg court spelled as an ordinal word is counted in order as the numbered senate
  written in figures („des 1. Strafsenats“, two-hundred-and-thirteenth), while "Grand
  Chamber" and „Große Kammer“ carry none. None also: "the last appeal", "final appeal",
  „die letzten Anlagen“, „im größten Prozess“, "the lead judgment".
- Fractions and percentages (every batch): "About a third of the victims" 0.3333 "about",
  "half the maximum the law allows" 0.5 ("the maximum" none), "nearly half of them" 0.5
  "nearly", the shares of a sentence above; "only about 40%" "about" ("only" no hedge),
  "3.2%", "about 35%", "41%", "up 9% on the previous year" ("up" no hedge,
  hundred-seventy-fourth), „Mehr als 70 Prozent“ "over".
- Other durations (the issue: "fünfstündigen", "a two-week visit"; every batch): time in
  custody and on the run ("19 months on bail", "served 22 months", „seit mehr als acht
  Monaten“ "over", „vor 14 Monaten“, „seit elf Monaten“, "spent 17 years behind bars",
  „der mehr als dreijährigen Untersuchungshaft“ 3 years "over" - the hedge before a
  compound, hundred-seventy-fourth: „nach mehr als dreiwöchiger Blockade“ -, "for up to five
  months" "up_to", "for more than 40 years" and "more than six years after" "over", „nach
  mehr als 20 Jahren auf der Flucht“ "over"); deadlines („binnen drei Monaten“, "three
  months to ask", „binnen 30 Tagen“, "within the 30 days allowed", "within eight weeks", "12
  months to amend", "within 28 days", "10 days to appeal", "two months and 10 days" both,
  "within 60 days", "within 90 days", „binnen zehn Tagen“, „binnen 20 Tagen“, "within three
  years"; "within" and „binnen“ no hedge); "over roughly 18 months" 18 months "about" ("over"
  before a span no hedge), "almost four years" "nearly", "more than five weeks" "over", "for
  nine years", "about five years, not the seven" 5 years "about" and 7 years (the unit from
  the figure before, two-hundred-and-thirteenth: "no more than five"), „knapp zweieinhalb
  Stunden“ 2.5 hours "nearly" (seventeenth: "anderthalb Stunden"), „der rund 90 Minuten
  langen Urteilsbegründung“ 90 minutes "about". Ages are durations in years (every batch):
  "Sangaré, 51,", "Daniel Ashcombe, 38,", „dem 47-Jährigen“, „Dem 34-jährigen Mann“, „dem
  58-Jährigen“, "The man, 36,", „den 62-Jährigen“, "the 57-year-old", „der 41-Jährigen“,
  „dem 45-Jährigen“, „ein 69-jähriger Clanchef“, "the executive, 56,", „Der 29-Jährige“,
  „Dem 66-jährigen Ingenieur“, "a 22-year-old man", "The man, now 61," and „Der heute
  71-Jährige“ ("now", „heute“ no hedge), „den 52-jährigen“, „dem 49-jährigen Deutschen“,
  "the executive, 63,", "The 33-year-old", "The 31-year-old", "since the age of four" 4
  years (twelfth and fifty-ninth: "at the age of 91", "at the age of 27"), and labelled in
  negatives "Forty-nine years" (hundred-seventy-fourth: "Thirty-two years on"), "Marta
  Echeverría, 74,", "Lakshmi Devi, 44," and "whose 19-year-old son". None: "so far this
  year", "this year", „seit Jahresbeginn“ (thirty-eighth), „im vergangenen Jahr“, „im
  vergangenen November“, „im Jänner“, „im Juli“, „im März“, „im Mai“, „im Februar“, „bis Ende
  März“, "in March", "in May", "within days", "the year before the leak", "in the year to
  June", "the previous year", „seit Jahrzehnten“, "every day of the hearing", „in
  Abwesenheit“ (hundred-seventy-fourth: "in absentia").
- Years and dates: "between March 2018 and June 2019", „im Juli 2021 ... im Oktober 2024“,
  „zwischen 2016 und 2022“, „zwischen 2018 und 2023“, "between 2014 and 2020", "between 2015
  and 2017", "between 2019 and 2021", "between 2023 and 2025" each both years
  (hundred-seventy-fourth); "the 1998-99 war" 1998 and 1999 and "the 1976-83 dictatorship"
  1976 and 1983 (two-hundred-and-forty-fourth: "The 2019-20 bushfires"); „aus dem Jahr 2019“,
  „Das 2020 in Kraft getretene Gesetz“ (hundred-seventy-fourth: "Das 2015 gegründete
  Gericht"), "a 1952 declaration" and "amended in 1998" (years of laws and treaties kept),
  „im Sommer 2015“, „im Herbst 2020“, „im Dezember 2025“, „im April 1994“ the years, and the
  rest as written ("in 2016", "since 2012", „seit 2022“, "in 1977" labelled in a negative).
  "on Feb. 8" --02-08 (hundred-seventy-fourth: "until Feb. 17"); Reuters datelines with a
  day ("THE HAGUE, Sept 8" --09-08, "BRASILIA, Sept 10", "SEOUL, Sept 17", "STRASBOURG, Sept
  22", "NEW DELHI, Sept 24", "JOHANNESBURG, Sept 28", "OTTAWA, Oct 2", "THE HAGUE, Oct 7",
  "TOKYO, Oct 9", "MADRID, Oct 13", "LUXEMBOURG, Oct 14", "NAIROBI, Oct 19") and AFP English
  ones ("SINGAPORE, Sept 14 (AFP)", "ABUJA, Oct 21 (AFP)"; hundred-seventy-fourth: "PARIS,
  March 10 (AFP)") dates without a year; AP ("THE HAGUE, Netherlands (AP) —", "BUENOS AIRES,
  Argentina (AP) —", "SAN JOSE, Costa Rica (AP) —"), PA, AAP and all German datelines none
  (seventy-ninth).
- Hedges, only the names in use: "about", "About", "roughly", „rund“, „etwa“, „insgesamt
  etwa“ "about"; "almost", "nearly", „knapp“ "nearly"; "more than", "More than", „mehr
  als“, „Mehr als“ "over"; "at least", „mindestens“ "at_least"; "up to", „bis zu“ "up_to".
  No hedge: "a total of", "only", "Only", "now", „heute“, „derzeit“, „zunächst“, „bislang“,
  „insgesamt“ before „mehr als“, „zusammen“, „davon“, „weiteren“, "each", "up" before a
  change, "over" before a span, "within", „binnen“, "between", „zwischen“, "to" in a tally,
  "maximum", "minimum".
- Negatives besides (hundred-seventy-fourth, two-hundred-and-fourth,
  two-hundred-and-thirteenth): prosecutors', judges' and victims' representatives' rhetoric
  in quotes ("The people of these villages have waited ...", „Heute hat die Straflosigkeit
  in Darfur einen Riss bekommen“, „Das ist ein schwarzer Tag für die Clans ...“,
  „Deutschland darf kein Rückzugsort für Kriegsverbrecher sein“, "Today the land has been
  given back its name", "This judgment reminds every government ..."); labels and
  condemnations („sprach von einem „politisch gefärbten Urteil““, „sprach von einem «Sieg
  für den Rechtsstaat»“, „bezeichnete das Urteil ... als „Auszeichnung““, „nannte die
  Strafe ...“, „nannte das Urteil ...“, „sprach von einem „Urteil auf Bestellung““,
  „bezeichnete die Vorwürfe als ...“, "called the case ...", "called the ruling ...",
  "called the court ...", "called the judgment ...", "said the prosecution was "a witch
  hunt ..."", "said the programmer was "a pawn ..."", "said the judgment sent "a clear
  message ..."", "welcomed the sentences as ...", "has long criticised ... as "too
  lenient"", Peru's regret); feelings, grief and an apology („Das Urteil gibt mir meine
  Würde zurück ...“, "felt "betrayed by our own country"", "never stopped believing in
  him", "No amount of money ...", "My son went out to buy bread ...", "Forty-nine years we
  have been looking ...", "I accept the court's decision with a heavy heart ..."); a
  protestation („Mein Mandant wird in den USA kein faires Verfahren bekommen“;
  two-hundred-and-thirteenth); verdicts of groups ("Activists said the ruling had come far
  too late ...", "Consumer groups said even the original fine ..."); no-comment lines ("said
  the government was "disappointed" and would study the ruling", "would consider its
  implications", "would study the judgment carefully", „konnte ein Regierungssprecher
  nicht sagen“); a warning and an appeal that name no measure ("Police associations warned
  ...", "Church leaders appealed for calm ..."; two-hundred-and-fourth); a hope and doubts
  („Die Familie hofft ...“, "Analysts said they doubted ...", "Many South Africans doubt
  ..."); a fear („wagen es bis heute nicht, offen ... zu sprechen“); open questions („Ob
  Ankara ...“, „Ob Russland ...“, „Ob die Anleger ...“, "It is unclear whether ...", "It
  remains unclear how quickly ..."); scene colour ("Dozens of supporters gathered ...", „Der
  Verurteilte nahm den Richterspruch ohne sichtbare Regung entgegen.“, „Überlebende in
  Ruanda zeigten sich erleichtert ...“, „Vor dem Gerichtsgebäude versammelten sich etwa
  300 Anhänger ...“ with its count labelled - two-hundred-and-thirteenth: "About 60
  demonstrators gathered ...").
- Speakers, checked only in forms the earlier batches settled: „Nach Angaben des
  Gerichts“ (three times) and „teilte das Gericht am Freitag mit“ -> "das Gericht"
  (hundred-seventy-fourth, two-hundred-and-thirteenth); „teilte ein Gerichtssprecher mit“
  -> "ein Gerichtssprecher" (hundred-seventy-fourth); „nach Angaben der Bundesanwaltschaft“
  -> "die Bundesanwaltschaft", „Nach Angaben der Staatsanwaltschaft“ (twice) -> "die
  Staatsanwaltschaft", „Nach Angaben der EU-Kommission“ -> "die EU-Kommission", „Nach
  Angaben der Regierung“ -> "die Regierung" and „Nach Angaben der Partei“ -> "die Partei"
  (the source in the nominative; hundred-seventy-fourth: „nach Angaben der
  Bundesregierung“; two-hundred-and-thirteenth: „Nach Angaben der Gewerkschaft“); „teilte
  der Mechanismus mit“ -> "der Mechanismus" (a common noun for the body named before,
  hundred-seventy-fourth: „teilte das Register mit“); „sagte Anwältin Jelena Saizewa“ the
  name with the title dropped (two-hundred-and-thirteenth: „sagte Staatsanwältin Birgit
  Hochgatterer“); „Außenminister Torsten Wallrabe sagte, ...“ the name
  (two-hundred-and-forty-fourth: the office heading "X sagte") and „Lindenthaler sagte,
  ...“ opening the row (two-hundred-and-fourth). English: "Presiding Judge Ingrid Solvang
  said", "Defence lawyer Pieter Vandamme said", "Defence lawyer Lim Wei Ting said" and
  "Justice Wanjiru Kamau said" the name with the title dropped (hundred-seventy-fourth,
  two-hundred-and-thirteenth); "according to the registry" -> "the registry" and
  "according to the Council of Europe" -> "the Council of Europe" (hundred-seventy-fourth:
  "according to the committee", "the Council of Europe said"); "The court said" (twice),
  "the court said" (three times) and "according to the court" -> "the court"; "The Home
  Office said" -> "the Home Office" (hundred-fourth); "The company said" (twice) -> "the
  company" (two-hundred-and-thirteenth: "The council said ..." -> "the council"); "The
  National Prosecuting Authority said" and "The Interior Ministry said" with the article in
  lower case (hundred-seventy-fourth: "the Foreign Ministry said"); "Brandtmann Packaging
  said ..." opening the row as written (two-hundred-and-thirteenth: "Caddo Freight said
  ..."); "according to the Media Foundation for West Africa" -> "the Media Foundation for
  West Africa". New: "Writing for the majority, Justice Claire Desrochers said ..." ->
  "Claire Desrochers" - a participial phrase before the subject does not part the subject
  from its verb (as "X, who wrote ..., said" does, hundred-sixteenth), and the judicial
  title is dropped as in "Justice Amanda Coyle said" (two-hundred-and-thirteenth). Left
  unchecked (None): "Prosecutors say", "Prosecutors said", "prosecutors said", "US
  prosecutors accuse", "Judges said", "A panel of three judges said", "A three-judge bench
  said", "Rights groups say", "The defense said", "His lawyers said" (groups, roles and
  possessives; eighty-third, hundred-seventy-fourth), "Ashcombe's lawyer, Nadia Ferreira,
  said" (a name in apposition, two-hundred-and-thirteenth), "Justice Helena Moura Brandão,
  who wrote the majority opinion, said" and "Lord Hallworth, giving the lead judgment,
  said" (a subject parted from its verb, hundred-sixteenth), "Kosovo's prime minister
  said", "Queensland's Director of Public Prosecutions said", "Ecuador's foreign minister
  told reporters", "Paraguay's government said" (possessives), "the High Court ruled", "the
  court ordered" (a ruling, not speech), "according to the rights group Transformative
  Justice Collective", "according to the state government", "according to the state's
  justice department", "according to the court's records" (descriptions and documents),
  "Statistics Canada data show", "Home Office figures show" (data); „nach Angaben seiner
  Familie“ (a possessive), „Gemäss BJ“ (two-hundred-and-forty-fourth: „Gemäss Bafu“),
  „nach Angaben der Menschenrechtsorganisation OVD-Info“ (a description before the name),
  „nach eigenen Angaben“, „nach Angaben der Ermittler“ (a plural group), „nach Zählung von
  Menschenrechtlern“, „hieß es in der ... Urteilsbegründung“, „Nach Überzeugung der
  Richter“ (two-hundred-and-thirteenth), „wirft ... vor“, „sagte der Anwalt der Familie“ (a
  role), „Ein Sprecher des chinesischen Außenministeriums wies ... zurück“, „kündigte ...
  an“, rows without attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_248 = [
    # --- ICC trial opens for Malian militia leader (Reuters) ---
    (
        "en",
        "THE HAGUE, Sept 8 (Reuters) - The trial of Boubacar Sangaré, a former militia leader from central Mali accused of ordering attacks on herding villages, opened at the International Criminal Court on Tuesday, more than six years after the first warrant for his arrest was issued.",
        True,
        [("date", "--09-08", None, None), ("duration", 6, "year", "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors say fighters under his command killed at least 212 civilians in 14 villages between March 2018 and June 2019.",
        True,
        [
            ("count", 212, None, "at_least"),
            ("count", 14, None, None),
            ("year", 2018, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "Sangaré, 51, faces nine counts of war crimes and four counts of crimes against humanity, and pleaded not guilty to all 13.",
        True,
        [("duration", 51, "year", None), ("count", 9, None, None), ("count", 4, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Presiding Judge Ingrid Solvang said the chamber expected to hear 74 prosecution witnesses over roughly 18 months.",
        True,
        [("count", 74, None, None), ("duration", 18, "month", "about")],
        "Ingrid Solvang",
    ),
    (
        "en",
        '"The people of these villages have waited far too long to be heard," Deputy Prosecutor Halima Odongo told the judges.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Defence lawyer Pieter Vandamme said his client had been in Bamako, more than 600 kilometres away, when most of the attacks took place.",
        True,
        [("count", 600, None, "over")],
        "Pieter Vandamme",
    ),
    (
        "en",
        'Vandamme called the case "a collage of hearsay stitched together by people with scores to settle."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sangaré is the fourth suspect from Mali to stand trial in The Hague, according to the registry.",
        True,
        [("ordinal", 4, None, None)],
        "the registry",
    ),
    # --- EGMR verurteilt die Türkei (dpa) ---
    (
        "de",
        "Straßburg (dpa) - Der Europäische Gerichtshof für Menschenrechte hat die Türkei wegen der mehr als dreijährigen Untersuchungshaft eines Journalisten verurteilt.",
        True,
        [("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Ankara muss dem 47-Jährigen nach dem Urteil vom Dienstag 16.000 Euro Entschädigung sowie 4.500 Euro für Anwalts- und Verfahrenskosten zahlen.",
        True,
        [("duration", 47, "year", None), ("money", 16000, "EUR", None), ("money", 4500, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die sieben Richter der Zweiten Sektion stellten einstimmig Verstöße gegen das Recht auf Freiheit und gegen die Meinungsfreiheit fest.",
        True,
        [("count", 7, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Journalist war im Juli 2021 festgenommen und erst im Oktober 2024 unter Auflagen freigelassen worden.",
        True,
        [("year", 2021, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Gerichts sind derzeit rund 13.900 Beschwerden gegen die Türkei anhängig.",
        True,
        [("count", 13900, None, "about")],
        "das Gericht",
    ),
    ("de", "Das türkische Justizministerium sprach von einem „politisch gefärbten Urteil“.", False, [], None),
    (
        "de",
        "Ankara kann binnen drei Monaten beantragen, dass sich die Große Kammer mit dem Fall befasst.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "„Das Urteil gibt mir meine Würde zurück, aber nicht die verlorenen Jahre“, sagte der Journalist nach der Verkündung.",
        False,
        [],
        None,
    ),
    # --- High Court clears extradition of software developer (PA) ---
    (
        "en",
        "LONDON (PA) - A British software developer wanted in the United States on fraud and money-laundering charges can be extradited, the High Court ruled on Wednesday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "US prosecutors accuse Daniel Ashcombe, 38, of helping to launder about 41 million dollars in stolen cryptocurrency through a web of shell companies.",
        True,
        [("duration", 38, "year", None), ("money", 41000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "If convicted on all 11 counts, he faces a maximum sentence of 45 years in a US federal prison.",
        True,
        [("count", 11, None, None), ("duration", 45, "year", None)],
        None,
    ),
    (
        "en",
        "Two senior judges rejected arguments that his autism would make him a serious suicide risk in an American jail.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Ashcombe's lawyer, Nadia Ferreira, said her client would now seek leave to take the case to the Supreme Court.",
        True,
        [],
        None,
    ),
    (
        "en",
        'His mother, who attended every day of the hearing, said the family felt "betrayed by our own country."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashcombe has spent 19 months on bail with an electronic tag since his arrest at his home in Reading.",
        True,
        [("duration", 19, "month", None)],
        None,
    ),
    (
        "en",
        "The Home Office said the Home Secretary had signed the extradition order in May.",
        True,
        [],
        "the Home Office",
    ),
    # --- Brazil's Supreme Court jails former minister (Reuters) ---
    (
        "en",
        "BRASILIA, Sept 10 (Reuters) - Brazil's Supreme Court sentenced a former infrastructure minister to 11 years and eight months in prison on Thursday for taking bribes from construction firms in exchange for highway contracts.",
        True,
        [("date", "--09-10", None, None), ("duration", 11, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "A panel of five justices voted 4-1 to convict him of corruption and money laundering.",
        True,
        [("count", 5, None, None), ("count", 4, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The court also ordered him to repay 38 million reais ($7 million) and barred him from holding public office for eight years.",
        True,
        [("money", 38000000, "BRL", None), ("money", 7000000, "USD", None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "en",
        "Justice Helena Moura Brandão, who wrote the majority opinion, said the former minister had received at least 14 payments between 2015 and 2017.",
        True,
        [("count", 14, None, "at_least"), ("year", 2015, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        '"Public office is not a family business, and whoever treats it as one will answer for it," Brandão said.',
        False,
        [],
        None,
    ),
    ("en", "His lawyers said they would file a motion for clarification, the last appeal open to him.", True, [], None),
    (
        "en",
        "Dozens of supporters gathered outside the court, chanting that he was a political prisoner.",
        False,
        [],
        None,
    ),
    # --- Bundesgericht stoppt Auslieferung (Keystone-SDA) ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Das Bundesgericht hat die Auslieferung eines kurdischen Aktivisten an die Türkei untersagt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dem 34-jährigen Mann hätte in der Türkei wegen Mitgliedschaft in einer terroristischen Organisation eine Freiheitsstrafe von bis zu 15 Jahren gedroht, teilte das Gericht am Freitag mit.",
        True,
        [("duration", 34, "year", None), ("duration", 15, "year", "up_to")],
        "das Gericht",
    ),
    (
        "de",
        "Die fünf Richterinnen und Richter entschieden mit drei zu zwei Stimmen.",
        True,
        [("count", 5, None, None), ("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Das Bundesamt für Justiz hatte die Auslieferung im vergangenen November bewilligt.", True, [], None),
    (
        "de",
        "Seit seiner Festnahme in Basel vor 14 Monaten sass der Mann in Auslieferungshaft.",
        True,
        [("duration", 14, "month", None)],
        None,
    ),
    ("de", "Sein Anwalt sprach von einem «Sieg für den Rechtsstaat».", False, [], None),
    (
        "de",
        "Gemäss BJ gingen im vergangenen Jahr 287 Auslieferungsersuchen anderer Staaten ein, 19 davon aus der Türkei.",
        True,
        [("count", 287, None, None), ("count", 19, None, None)],
        None,
    ),
    ("de", "Ob Ankara ein neues Ersuchen stellt, ist offen.", False, [], None),
    # --- OLG Wien: Auslieferung an die USA zulässig (APA) ---
    (
        "de",
        "Wien (APA) - Das Oberlandesgericht Wien hat die Auslieferung eines ukrainischen Geschäftsmanns an die USA für zulässig erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die US-Justiz wirft dem 58-Jährigen vor, zwischen 2016 und 2022 Bestechungsgelder von rund 9,4 Millionen Dollar an Beamte in Kasachstan gezahlt zu haben.",
        True,
        [
            ("duration", 58, "year", None),
            ("year", 2016, None, None),
            ("year", 2022, None, None),
            ("money", 9400000, "USD", "about"),
        ],
        None,
    ),
    (
        "de",
        "Der Mann war im Jänner in Wien festgenommen worden und sitzt seit mehr als acht Monaten in Auslieferungshaft.",
        True,
        [("duration", 8, "month", "over")],
        None,
    ),
    (
        "de",
        "Eine Enthaftung gegen eine Kaution von fünf Millionen Euro hatte das Landesgericht für Strafsachen im März abgelehnt.",
        True,
        [("money", 5000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die endgültige Entscheidung liegt nun bei der Justizministerin, teilte ein Gerichtssprecher mit.",
        True,
        [],
        "ein Gerichtssprecher",
    ),
    (
        "de",
        "„Mein Mandant wird in den USA kein faires Verfahren bekommen“, sagte sein Verteidiger Georg Lindenthaler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lindenthaler sagte, er werde sich nun an den Europäischen Gerichtshof für Menschenrechte wenden.",
        True,
        [],
        "Lindenthaler",
    ),
    (
        "de",
        "Im Fall einer Verurteilung drohen dem Unternehmer in den USA bis zu 20 Jahre Haft.",
        True,
        [("duration", 20, "year", "up_to")],
        None,
    ),
    # --- Singapore upholds death sentence (AFP) ---
    (
        "en",
        "SINGAPORE, Sept 14 (AFP) - Singapore's Court of Appeal on Monday upheld the death sentence of a Malaysian man convicted of trafficking 51.8 grams of heroin, rejecting his final appeal.",
        True,
        [("date", "--09-14", None, None), ("count", 51.8, None, None)],
        None,
    ),
    (
        "en",
        "The man, 36, was arrested at the Woodlands checkpoint in 2016 with the drugs hidden in the seat of his motorcycle.",
        True,
        [("duration", 36, "year", None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "Under Singapore law, trafficking heroin above a set threshold carries a mandatory death penalty unless a court finds the accused acted only as a courier and assisted investigators.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Defence lawyer Lim Wei Ting said the family had filed a clemency petition with the president on Monday.",
        True,
        [],
        "Lim Wei Ting",
    ),
    (
        "en",
        "Singapore has carried out nine executions so far this year, according to the rights group Transformative Justice Collective.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        'Amnesty International called the ruling "a cruel punishment for a poor man who was used by others."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is unclear whether the president will consider the petition before an execution date is set.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The government says the death penalty has deterred large drug syndicates from operating in the city-state.",
        True,
        [],
        None,
    ),
    # --- IStGH verurteilt Milizenführer aus Darfur (AFP) ---
    (
        "de",
        "Den Haag (AFP) - Der Internationale Strafgerichtshof hat einen früheren Milizenführer aus der sudanesischen Region Darfur zu 19 Jahren Haft verurteilt.",
        True,
        [("duration", 19, "year", None)],
        None,
    ),
    (
        "de",
        "Die Richter sprachen den 62-Jährigen in 21 von 27 Anklagepunkten schuldig, darunter Mord, Vergewaltigung und Plünderung.",
        True,
        [("duration", 62, "year", None), ("count", 21, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Die Zeit, die er seit seiner Überstellung nach Den Haag im Juni 2020 in Haft verbracht hat, wird ihm angerechnet.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    ("de", "Die Anklage hatte 28 Jahre Haft gefordert.", True, [("duration", 28, "year", None)], None),
    (
        "de",
        "Nach Angaben des Gerichts nahmen mehr als 1.800 Opfer über ihre Rechtsvertreter an dem Verfahren teil.",
        True,
        [("count", 1800, None, "over")],
        "das Gericht",
    ),
    (
        "de",
        "„Heute hat die Straflosigkeit in Darfur einen Riss bekommen“, sagte eine Opfervertreterin nach der Verkündung.",
        False,
        [],
        None,
    ),
    ("de", "Beide Seiten können binnen 30 Tagen Berufung einlegen.", True, [("duration", 30, "day", None)], None),
    ("de", "Der Verurteilte nahm den Richterspruch ohne sichtbare Regung entgegen.", False, [], None),
    # --- Kosovo court convicts ex-guerrilla commander (AP) ---
    (
        "en",
        "THE HAGUE, Netherlands (AP) — A special court for Kosovo on Thursday convicted a former guerrilla commander of war crimes, including the torture of at least 18 detainees at a makeshift prison in 1999.",
        True,
        [("count", 18, None, "at_least"), ("year", 1999, None, None)],
        None,
    ),
    (
        "en",
        "Judges sentenced the 57-year-old to 16 years in prison, two years less than prosecutors had sought.",
        True,
        [("duration", 57, "year", None), ("duration", 16, "year", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The Kosovo Specialist Chambers, based in The Hague but part of Kosovo's legal system, were set up in 2015 to try crimes committed during and after the 1998-99 war.",
        True,
        [("year", 2015, None, None), ("year", 1998, None, None), ("year", 1999, None, None)],
        None,
    ),
    ("en", "The court said four of the detainees died in custody.", True, [("count", 4, None, None)], "the court"),
    (
        "en",
        'Supporters of the defendant in Pristina called the court "an insult to everyone who fought for Kosovo\'s freedom."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kosovo's prime minister said his cabinet would respect the verdict but keep paying the defendant's legal costs.",
        True,
        [],
        None,
    ),
    ("en", "The defense said it would appeal within the 30 days allowed.", True, [("duration", 30, "day", None)], None),
    # --- South Korea's top court upholds tycoon's sentence (Reuters) ---
    (
        "en",
        "SEOUL, Sept 17 (Reuters) - South Korea's Supreme Court on Thursday upheld a five-year prison sentence for the former chairman of a shipbuilding group convicted of embezzling company funds.",
        True,
        [("date", "--09-17", None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Lower courts had found that he diverted about 86.4 billion won ($62 million) to family-controlled firms between 2014 and 2020.",
        True,
        [
            ("money", 86400000000, "KRW", "about"),
            ("money", 62000000, "USD", None),
            ("year", 2014, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "en",
        "The court said the sentence was appropriate because the former chairman had repaid only about 40% of the money.",
        True,
        [("percent", 40, "%", "about")],
        "the court",
    ),
    (
        "en",
        "He has already served 22 months in detention and will return to prison within days, prosecutors said.",
        True,
        [("duration", 22, "month", None)],
        None,
    ),
    (
        "en",
        '"I accept the court\'s decision with a heavy heart and apologise to our employees," the former chairman said in a statement released by his lawyers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in the group's holding company fell 3.2% in Seoul after the ruling.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts said they doubted the verdict would change the way the country's family-run conglomerates are governed.",
        False,
        [],
        None,
    ),
    # --- Exil-Journalistin in Abwesenheit verurteilt (APA/AFP) ---
    (
        "de",
        "Moskau (APA/AFP) - Ein Moskauer Gericht hat eine im Exil lebende russische Journalistin in Abwesenheit zu achteinhalb Jahren Haft verurteilt.",
        True,
        [("duration", 8.5, "year", None)],
        None,
    ),
    (
        "de",
        "Die Anklage warf der 41-Jährigen vor, in drei Videobeiträgen „Falschinformationen“ über die russische Armee verbreitet zu haben.",
        True,
        [("duration", 41, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem Urteil darf sie zudem vier Jahre lang keine Websites betreiben.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Die Journalistin lebe seit 2022 in Riga und arbeite für einen unabhängigen Exilsender, sagte Anwältin Jelena Saizewa.",
        True,
        [("year", 2022, None, None)],
        "Jelena Saizewa",
    ),
    ("de", "Sie selbst bezeichnete das Urteil auf Telegram als „Auszeichnung“.", False, [], None),
    (
        "de",
        "Nach Angaben der Menschenrechtsorganisation OVD-Info wurden seit Beginn des Krieges mindestens 340 Strafverfahren wegen angeblicher Diskreditierung der Armee eingeleitet.",
        True,
        [("count", 340, None, "at_least")],
        None,
    ),
    ("de", "Ob Russland ein Auslieferungsersuchen an Lettland stellen wird, blieb zunächst unklar.", False, [], None),
    # --- Argentina sentences former officers (AP) ---
    (
        "en",
        "BUENOS AIRES, Argentina (AP) — A federal court in Argentina on Friday sentenced 11 former military and police officers to prison terms of between eight years and life for crimes against humanity committed during the 1976-83 dictatorship.",
        True,
        [
            ("count", 11, None, None),
            ("duration", 8, "year", None),
            ("year", 1976, None, None),
            ("year", 1983, None, None),
        ],
        None,
    ),
    (
        "en",
        "They were found responsible for the kidnapping, torture and disappearance of 147 people held at a clandestine detention center in Córdoba province.",
        True,
        [("count", 147, None, None)],
        None,
    ),
    (
        "en",
        "About a third of the victims were women, and at least five were pregnant when they were seized.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 5, None, "at_least")],
        None,
    ),
    (
        "en",
        "Three other defendants were acquitted, and two died before the verdict.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The trial lasted almost four years and heard testimony from 392 witnesses, according to the court.",
        True,
        [("duration", 4, "year", "nearly"), ("count", 392, None, None)],
        "the court",
    ),
    (
        "en",
        "It was the 14th verdict in Córdoba since such trials resumed in 2006.",
        True,
        [("ordinal", 14, None, None), ("year", 2006, None, None)],
        None,
    ),
    (
        "en",
        '"Forty-nine years we have been looking for my brother, and we are still looking," said Marta Echeverría, 74, whose brother disappeared in 1977.',
        False,
        [("duration", 49, "year", None), ("duration", 74, "year", None), ("year", 1977, None, None)],
        None,
    ),
    (
        "en",
        'Human rights groups welcomed the sentences as "one more step toward memory, truth and justice."',
        False,
        [],
        None,
    ),
    # --- EuGH verhängt Strafe gegen Kroatien (dpa) ---
    (
        "de",
        "Luxemburg (dpa) - Der Europäische Gerichtshof hat Kroatien zu einer Pauschalstrafe von zwölf Millionen Euro verurteilt, weil das Land ein Urteil zur Abwasserbehandlung aus dem Jahr 2019 nicht umgesetzt hat.",
        True,
        [("money", 12000000, "EUR", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Hinzu kommt ein Zwangsgeld von 45.000 Euro für jeden Tag, an dem die Mängel fortbestehen.",
        True,
        [("money", 45000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der EU-Kommission leiten 14 Gemeinden mit zusammen rund 380.000 Einwohnern ihr Abwasser noch immer ungeklärt ins Meer.",
        True,
        [("count", 14, None, None), ("count", 380000, None, "about")],
        "die EU-Kommission",
    ),
    (
        "de",
        "Die Kommission hatte in ihrer zweiten Klage eine Pauschalstrafe von 17 Millionen Euro beantragt.",
        True,
        [("ordinal", 2, None, None), ("money", 17000000, "EUR", None)],
        None,
    ),
    ("de", "Die kroatische Regierung nannte die Strafe „unverhältnismäßig hoch“.", False, [], None),
    (
        "de",
        "Zagreb hat nach eigenen Angaben seit 2020 mehr als 600 Millionen Euro in neue Kläranlagen investiert.",
        True,
        [("year", 2020, None, None), ("money", 600000000, "EUR", "over")],
        None,
    ),
    ("de", "Wann die letzten Anlagen in Betrieb gehen, konnte ein Regierungssprecher nicht sagen.", False, [], None),
    # --- Strasbourg court orders Bulgaria to compensate Roma (Reuters) ---
    (
        "en",
        "STRASBOURG, Sept 22 (Reuters) - Europe's human rights court ordered Bulgaria on Tuesday to pay a total of 96,000 euros to eight Roma residents whose homes were demolished without adequate notice in 2019.",
        True,
        [
            ("date", "--09-22", None, None),
            ("money", 96000, "EUR", None),
            ("count", 8, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "The seven-judge chamber found unanimously that the demolitions had violated the residents' right to respect for their home and private life.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Each applicant was awarded 12,000 euros in non-pecuniary damage.",
        True,
        [("money", 12000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The families, including 19 children, spent more than five weeks living in tents after the demolitions, the court said.",
        True,
        [("count", 19, None, None), ("duration", 5, "week", "over")],
        "the court",
    ),
    (
        "en",
        "Bulgaria has three months to ask for the case to be referred to the court's Grand Chamber.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        'A lawyer for the families said the judgment sent "a clear message that poverty is no excuse for cruelty."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The court has found violations by Bulgaria in 34 cases concerning Roma housing since 2012, according to the Council of Europe.",
        True,
        [("count", 34, None, None), ("year", 2012, None, None)],
        "the Council of Europe",
    ),
    # --- Kriegsverbrecherprozess in Koblenz (dpa) ---
    (
        "de",
        "Koblenz (dpa) - Vor dem Oberlandesgericht Koblenz hat der Prozess gegen einen früheren Kommandeur einer irakischen Miliz wegen Kriegsverbrechen begonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesanwaltschaft wirft dem 45-Jährigen vor, im Sommer 2015 in der Provinz Salah ad-Din die Erschießung von mindestens 23 Gefangenen angeordnet zu haben.",
        True,
        [("duration", 45, "year", None), ("year", 2015, None, None), ("count", 23, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der Angeklagte war nach Angaben der Bundesanwaltschaft 2019 als Asylbewerber nach Deutschland gekommen und im Februar in Mainz festgenommen worden.",
        True,
        [("year", 2019, None, None)],
        "die Bundesanwaltschaft",
    ),
    (
        "de",
        "Die Verlesung der Anklageschrift dauerte knapp zweieinhalb Stunden.",
        True,
        [("duration", 2.5, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Der Staatsschutzsenat hat zunächst 42 Verhandlungstage bis Ende März angesetzt.",
        True,
        [("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Zum Auftakt schwieg der Angeklagte, sein Verteidiger kündigte eine Erklärung für den dritten Verhandlungstag an.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Deutschland darf kein Rückzugsort für Kriegsverbrecher sein“, sagte Bundesjustizministerin Sabine Roßkamp am Rande des Prozessauftakts.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Gerichts sollen rund ein Dutzend Zeugen aus dem Irak per Video vernommen werden.",
        True,
        [("count", 12, None, "about")],
        "das Gericht",
    ),
    ("de", "Ihm droht eine lebenslange Freiheitsstrafe.", True, [], None),
    # --- India's top court orders gas leak compensation (Reuters) ---
    (
        "en",
        "NEW DELHI, Sept 24 (Reuters) - India's Supreme Court on Thursday ordered a chemical company to pay 2.4 billion rupees ($27 million) in compensation to the families of 14 people killed by a gas leak at its plant in 2023.",
        True,
        [
            ("date", "--09-24", None, None),
            ("money", 2400000000, "INR", None),
            ("money", 27000000, "USD", None),
            ("count", 14, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "A three-judge bench said the company had ignored at least six warnings from state inspectors in the year before the leak.",
        True,
        [("count", 3, None, None), ("count", 6, None, "at_least")],
        None,
    ),
    (
        "en",
        "The money must be paid within eight weeks into a fund administered by the district court.",
        True,
        [("duration", 8, "week", None)],
        None,
    ),
    (
        "en",
        "More than 1,900 residents were treated in hospital after the leak, according to the state government.",
        True,
        [("count", 1900, None, "over")],
        None,
    ),
    (
        "en",
        '"No amount of money can bring back my husband," said Lakshmi Devi, 44, whose husband worked night shifts at the plant.',
        False,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "The company said it would comply with the order and had already paid 350 million rupees in interim relief.",
        True,
        [("money", 350000000, "INR", None)],
        "the company",
    ),
    ("en", "Activists said the ruling had come far too late and the sum was far too small.", False, [], None),
    # --- Kassationsgericht bestätigt Mafia-Urteile (APA) ---
    (
        "de",
        "Rom (APA) - Das italienische Kassationsgericht hat im größten Prozess gegen die kalabrische ’Ndrangheta seit Jahrzehnten die Urteile gegen 176 Angeklagte weitgehend bestätigt.",
        True,
        [("count", 176, None, None)],
        None,
    ),
    (
        "de",
        "Die Richter bestätigten Haftstrafen von insgesamt mehr als 2.300 Jahren.",
        True,
        [("duration", 2300, "year", "over")],
        None,
    ),
    (
        "de",
        "Die höchste Einzelstrafe von 30 Jahren Haft erhielt ein 69-jähriger Clanchef aus Vibo Valentia.",
        True,
        [("duration", 30, "year", None), ("duration", 69, "year", None)],
        None,
    ),
    (
        "de",
        "In 23 Fällen verwiesen die Richter das Verfahren zur Neuverhandlung an das Berufungsgericht in Catanzaro zurück.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Der Prozess hatte im Herbst 2020 in einem eigens errichteten Hochsicherheitssaal begonnen.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist ein schwarzer Tag für die Clans und ein heller Tag für Kalabrien“, sagte der leitende Staatsanwalt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Staatsanwaltschaft wurde im Zuge der Ermittlungen Vermögen im Wert von rund 65 Millionen Euro beschlagnahmt.",
        True,
        [("money", 65000000, "EUR", "about")],
        "die Staatsanwaltschaft",
    ),
    (
        "de",
        "Viele Geschäftsleute in der Region wagen es bis heute nicht, offen über Schutzgelderpressungen zu sprechen.",
        False,
        [],
        None,
    ),
    # --- South Africa's top court orders ex-Eskom executive to stand trial (Reuters) ---
    (
        "en",
        "JOHANNESBURG, Sept 28 (Reuters) - South Africa's Constitutional Court ruled on Monday that a former executive of state power utility Eskom must stand trial on fraud charges linked to a coal contract worth 1.6 billion rand.",
        True,
        [("date", "--09-28", None, None), ("money", 1600000000, "ZAR", None)],
        None,
    ),
    (
        "en",
        "The court's 11 judges dismissed his bid to have the charges thrown out by 9 votes to 2.",
        True,
        [("count", 11, None, None), ("count", 9, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors say the executive, 56, and two business partners inflated the price of the coal by about 35% and shared the proceeds.",
        True,
        [("duration", 56, "year", None), ("count", 2, None, None), ("percent", 35, "%", "about")],
        None,
    ),
    (
        "en",
        "The National Prosecuting Authority said the trial would open in the Pretoria High Court on Feb. 8.",
        True,
        [("date", "--02-08", None, None)],
        "the National Prosecuting Authority",
    ),
    ("en", 'His lawyer said the prosecution was "a witch hunt dressed up as accountability."', False, [], None),
    (
        "en",
        "The case is one of 23 linked to so-called state capture that the authority has taken to court since 2019.",
        True,
        [("count", 23, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Many South Africans doubt that any senior figure will ever go to prison over the scandal.",
        False,
        [],
        None,
    ),
    # --- Hongkonger Aktivist verurteilt (Reuters) ---
    (
        "de",
        "Hongkong (Reuters) - Ein Gericht in Hongkong hat einen prodemokratischen Aktivisten auf Grundlage des Gesetzes zur nationalen Sicherheit für sechs Jahre und neun Monate ins Gefängnis geschickt.",
        True,
        [("duration", 6, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Der 29-Jährige war im Mai der Anstiftung zur Abspaltung in drei Fällen schuldig gesprochen worden.",
        True,
        [("duration", 29, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Er hatte in sozialen Medien unter anderem zum Boykott der Wahl zum Legislativrat im Dezember 2025 aufgerufen, hieß es in der rund 90 Minuten langen Urteilsbegründung.",
        True,
        [("year", 2025, None, None), ("duration", 90, "minute", "about")],
        None,
    ),
    (
        "de",
        "Das 2020 in Kraft getretene Gesetz sieht für schwere Fälle Strafen bis zu lebenslanger Haft vor.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Regierung wurden bislang 178 Menschen nach dem Gesetz verurteilt.",
        True,
        [("count", 178, None, None)],
        "die Regierung",
    ),
    (
        "de",
        "Die britische Regierung nannte das Urteil „einen weiteren Schlag gegen die Freiheiten Hongkongs“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Sprecher des chinesischen Außenministeriums wies die Kritik als Einmischung in innere Angelegenheiten zurück.",
        True,
        [],
        None,
    ),
    # --- Todesurteil gegen Deutsch-Iraner (dpa) ---
    (
        "de",
        "Berlin (dpa) - Ein Revolutionsgericht in Teheran hat einen deutsch-iranischen Doppelstaatsbürger nach Angaben seiner Familie zum Tode verurteilt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dem 66-jährigen Ingenieur werden Spionage und „Verdorbenheit auf Erden“ vorgeworfen.",
        True,
        [("duration", 66, "year", None)],
        None,
    ),
    (
        "de",
        "Er war im April 2024 bei einem Besuch bei Verwandten in Schiras festgenommen worden.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    ("de", "Das Auswärtige Amt bestellte am Mittwoch den iranischen Botschafter ein.", True, [], None),
    (
        "de",
        "Außenminister Torsten Wallrabe sagte, die Bundesregierung habe sich seit der Festnahme mehr als 30 Mal auf diplomatischem Weg für den Mann eingesetzt.",
        True,
        [("count", 30, None, "over")],
        "Torsten Wallrabe",
    ),
    ("de", "Wallrabe nannte das Urteil „vollkommen inakzeptabel und unmenschlich“.", False, [], None),
    (
        "de",
        "Iran hat nach Zählung von Menschenrechtlern seit Jahresbeginn mindestens 612 Menschen hingerichtet.",
        True,
        [("count", 612, None, "at_least")],
        None,
    ),
    ("de", "Die Familie hofft, dass die Bundesregierung die Vollstreckung noch verhindern kann.", False, [], None),
    (
        "de",
        "Gegen das Urteil kann binnen 20 Tagen Berufung beim Obersten Gerichtshof eingelegt werden, sagte der Anwalt der Familie.",
        True,
        [("duration", 20, "day", None)],
        None,
    ),
    # --- Canada's Supreme Court strikes down gun minimum (Reuters) ---
    (
        "en",
        "OTTAWA, Oct 2 (Reuters) - Canada's Supreme Court ruled 5-4 on Friday that a mandatory minimum prison sentence for some firearms offences is unconstitutional, its second such ruling in three years.",
        True,
        [
            ("date", "--10-02", None, None),
            ("count", 5, None, None),
            ("count", 4, None, None),
            ("ordinal", 2, None, None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Writing for the majority, Justice Claire Desrochers said the three-year minimum term could amount to cruel and unusual punishment for young offenders with no criminal record.",
        True,
        [("duration", 3, "year", None)],
        "Claire Desrochers",
    ),
    (
        "en",
        "The case was brought by a 22-year-old man from Winnipeg who received the minimum term for carrying a loaded handgun in his car.",
        True,
        [("duration", 22, "year", None)],
        None,
    ),
    (
        "en",
        "Parliament has 12 months to amend the law before the provision is struck down, the court said.",
        True,
        [("duration", 12, "month", None)],
        "the court",
    ),
    (
        "en",
        'Justice Minister Martin Leblanc-Harvey said the government was "disappointed" and would study the ruling carefully.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Statistics Canada data show 41% of people sentenced under the provision since 2015 were Indigenous.",
        True,
        [("percent", 41, "%", None), ("year", 2015, None, None)],
        None,
    ),
    ("en", "Police associations warned that the decision would embolden gun traffickers.", False, [], None),
    # --- High Court quashes Queensland murder conviction (AAP) ---
    (
        "en",
        "CANBERRA (AAP) - The High Court has quashed the murder conviction of a Queensland man who has spent 17 years behind bars for the killing of his business partner.",
        True,
        [("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "In a unanimous judgment, the five justices found the trial judge had wrongly admitted evidence from a jailhouse informant.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The man, now 61, was sentenced in 2009 to life imprisonment with a non-parole period of 20 years.",
        True,
        [("duration", 61, "year", None), ("year", 2009, None, None), ("duration", 20, "year", None)],
        None,
    ),
    ("en", "The court ordered a retrial rather than an acquittal, and he remains in custody.", True, [], None),
    (
        "en",
        'His sister told reporters outside the court that the family had "never stopped believing in him."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Queensland's Director of Public Prosecutions said a decision on a retrial would be made within 28 days.",
        True,
        [("duration", 28, "day", None)],
        None,
    ),
    (
        "en",
        "Only two people have received more than A$2 million in ex gratia payments for wrongful imprisonment in Queensland, according to the state's justice department.",
        True,
        [("count", 2, None, None), ("money", 2000000, "AUD", "over")],
        None,
    ),
    # --- Istanbuler Bezirksbürgermeister verurteilt (dpa) ---
    (
        "de",
        "Istanbul (dpa) - Ein Gericht in Istanbul hat den abgesetzten Bürgermeister eines Istanbuler Bezirks zu sieben Jahren und sechs Monaten Haft verurteilt.",
        True,
        [("duration", 7, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Das Gericht sprach den 52-jährigen Oppositionspolitiker der Bestechlichkeit in zwei Fällen schuldig, in vier weiteren Anklagepunkten aber frei.",
        True,
        [("duration", 52, "year", None), ("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Zudem muss er eine Geldstrafe von 250.000 Lira zahlen.", True, [("money", 250000, "TRY", None)], None),
    (
        "de",
        "Der Politiker der Republikanischen Volkspartei (CHP) sitzt seit elf Monaten in Untersuchungshaft.",
        True,
        [("duration", 11, "month", None)],
        None,
    ),
    ("de", "Die Verteidigung kündigte an, vor dem Berufungsgericht gegen das Urteil vorzugehen.", True, [], None),
    ("de", "Der CHP-Vorsitzende sprach von einem „Urteil auf Bestellung“.", False, [], None),
    (
        "de",
        "Nach Angaben der Partei sitzen derzeit 17 ihrer Bürgermeister in Untersuchungshaft.",
        True,
        [("count", 17, None, None)],
        "die Partei",
    ),
    (
        "de",
        "Vor dem Gerichtsgebäude versammelten sich etwa 300 Anhänger mit Fahnen und Plakaten.",
        False,
        [("count", 300, None, "about")],
        None,
    ),
    # --- ICJ draws Ecuador-Peru sea border (Reuters) ---
    (
        "en",
        "THE HAGUE, Oct 7 (Reuters) - The International Court of Justice on Wednesday drew a new maritime boundary between Ecuador and Peru, awarding Ecuador about 11,600 square kilometres of disputed fishing grounds.",
        True,
        [("date", "--10-07", None, None), ("count", 11600, None, "about")],
        None,
    ),
    (
        "en",
        "The court's 15 judges voted 12 to 3 in favour of the line, which follows neither country's claim.",
        True,
        [("count", 15, None, None), ("count", 12, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Peru had argued that a 1952 declaration signed by both countries had already fixed the boundary along a line of latitude.",
        True,
        [("year", 1952, None, None)],
        None,
    ),
    ("en", "Judgments of the court are final and cannot be appealed.", True, [], None),
    (
        "en",
        "Ecuador's foreign minister told reporters the ruling reopened waters its fleet had been barred from for more than 40 years.",
        True,
        [("duration", 40, "year", "over")],
        None,
    ),
    (
        "en",
        'Peru\'s foreign ministry said it respected international law but regretted that the judges had "not fully understood" the history of the region.',
        False,
        [],
        None,
    ),
    ("en", "It remains unclear how quickly the two navies will adjust their patrols.", False, [], None),
    # --- Spanien liefert mutmaßlichen Anlagebetrüger aus (dpa) ---
    (
        "de",
        "Madrid (dpa) - Spaniens Nationaler Gerichtshof hat die Auslieferung eines mutmaßlichen Drahtziehers eines Anlagebetrugs an Deutschland gebilligt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft Köln wirft dem 49-jährigen Deutschen vor, zwischen 2018 und 2023 rund 4.700 Anleger um insgesamt etwa 86 Millionen Euro gebracht zu haben.",
        True,
        [
            ("duration", 49, "year", None),
            ("year", 2018, None, None),
            ("year", 2023, None, None),
            ("count", 4700, None, "about"),
            ("money", 86000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Mehr als 70 Prozent der Geschädigten sind nach Angaben der Ermittler Rentnerinnen und Rentner.",
        True,
        [("percent", 70, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Mann war im Juli auf Mallorca festgenommen worden, wo er seit 2021 unter falschem Namen gelebt hatte.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Staatsanwaltschaft soll er binnen zehn Tagen nach Deutschland überstellt werden.",
        True,
        [("duration", 10, "day", None)],
        "die Staatsanwaltschaft",
    ),
    ("de", "Sein spanischer Anwalt bezeichnete die Vorwürfe als „maßlos übertrieben“.", False, [], None),
    (
        "de",
        "Der Anwalt kündigte an, gegen die Entscheidung das spanische Verfassungsgericht anzurufen.",
        True,
        [],
        None,
    ),
    ("de", "Ob die Anleger ihr Geld jemals wiedersehen, ist offen.", False, [], None),
    # --- Tokyo court convicts ex-executive of foreign bribery (Reuters) ---
    (
        "en",
        "TOKYO, Oct 9 (Reuters) - The Tokyo District Court on Friday sentenced a former executive of a Japanese machinery maker to two years and six months in prison, suspended for four years, for bribing officials in Vietnam to win a port contract.",
        True,
        [
            ("date", "--10-09", None, None),
            ("duration", 2, "year", None),
            ("duration", 6, "month", None),
            ("duration", 4, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The company itself was fined 150 million yen ($1 million), half the maximum the law allows.",
        True,
        [("money", 150000000, "JPY", None), ("money", 1000000, "USD", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors said the executive, 63, had arranged payments of about 42 million yen to three officials between 2019 and 2021.",
        True,
        [
            ("duration", 63, "year", None),
            ("money", 42000000, "JPY", "about"),
            ("count", 3, None, None),
            ("year", 2019, None, None),
            ("year", 2021, None, None),
        ],
        None,
    ),
    (
        "en",
        "It is only the fifth foreign bribery case to reach a verdict in Japan since the law was amended in 1998 to cover such payments.",
        True,
        [("ordinal", 5, None, None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "The OECD's anti-bribery working group has long criticised Japan's enforcement as \"too lenient.\"",
        False,
        [],
        None,
    ),
    ("en", "The company said it had overhauled its compliance rules and would not appeal.", True, [], "the company"),
    # --- Spain clears extradition of ransomware suspect to U.S. (Reuters) ---
    (
        "en",
        "MADRID, Oct 13 (Reuters) - Spain's National Court on Tuesday approved the extradition to the United States of a Russian programmer accused of helping run a ransomware gang that extorted more than $90 million from victims in 23 countries.",
        True,
        [("date", "--10-13", None, None), ("money", 90000000, "USD", "over"), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "The 33-year-old was arrested at Barcelona airport in March at the request of the FBI, the second such arrest in Spain this year.",
        True,
        [("duration", 33, "year", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Russia had filed a competing extradition request on tax fraud charges, which the court rejected.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A panel of three judges said the U.S. request took precedence because the alleged crimes had caused far greater harm.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Spanish cabinet must still give final approval, and the defence has 10 days to appeal, the court said.",
        True,
        [("duration", 10, "day", None)],
        "the court",
    ),
    ("en", 'His lawyer said the programmer was "a pawn in a geopolitical tug of war."', False, [], None),
    (
        "en",
        "If convicted in the United States, he faces up to 40 years in prison.",
        True,
        [("duration", 40, "year", "up_to")],
        None,
    ),
    # --- EU court cuts packaging cartel fine (Reuters) ---
    (
        "en",
        "LUXEMBOURG, Oct 14 (Reuters) - The EU's General Court on Wednesday cut a cartel fine imposed on German packaging maker Brandtmann Packaging to 118 million euros from 167 million euros, saying regulators had miscalculated how long it took part.",
        True,
        [("date", "--10-14", None, None), ("money", 118000000, "EUR", None), ("money", 167000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The European Commission found in 2022 that six producers of plastic food trays had fixed prices for nine years in 11 countries.",
        True,
        [
            ("year", 2022, None, None),
            ("count", 6, None, None),
            ("duration", 9, "year", None),
            ("count", 11, None, None),
        ],
        None,
    ),
    (
        "en",
        "Judges said Brandtmann's participation had lasted about five years, not the seven the Commission had assumed.",
        True,
        [("duration", 5, "year", "about"), ("duration", 7, "year", None)],
        None,
    ),
    (
        "en",
        "Brussels has two months and 10 days to challenge the judgment, on legal grounds only, before the higher Court of Justice.",
        True,
        [("duration", 2, "month", None), ("duration", 10, "day", None)],
        None,
    ),
    ("en", "A Commission spokesperson said the EU executive would study the judgment carefully.", False, [], None),
    (
        "en",
        "Brandtmann Packaging said it would use the refunded 49 million euros to help pay for a recycling plant in Poland.",
        True,
        [("money", 49000000, "EUR", None)],
        "Brandtmann Packaging",
    ),
    ("en", "Consumer groups said even the original fine had been far too low to deter cartels.", False, [], None),
    # --- UN-Mechanismus bestätigt Völkermord-Urteil (AFP) ---
    (
        "de",
        "Den Haag (AFP) - Der UN-Residualmechanismus für die internationalen Strafgerichtshöfe hat die Berufung eines wegen Völkermords in Ruanda verurteilten früheren Bürgermeisters verworfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Damit bleibt es bei der Strafe von 25 Jahren Haft, die im Dezember 2023 in erster Instanz verhängt worden war.",
        True,
        [("duration", 25, "year", None), ("year", 2023, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der heute 71-Jährige war nach mehr als 20 Jahren auf der Flucht 2021 in Südafrika festgenommen worden.",
        True,
        [("duration", 71, "year", None), ("duration", 20, "year", "over"), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Nach Überzeugung der Richter hatte er im April 1994 die Ermordung von mindestens 400 Tutsi in einer Kirche organisiert.",
        True,
        [("year", 1994, None, None), ("count", 400, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Berufungskammer wies die Berufung in allen zwölf Punkten zurück.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Eine vorzeitige Entlassung ist nach Verbüßung von zwei Dritteln der Strafe möglich, teilte der Mechanismus mit.",
        True,
        [("fraction", 0.6667, None, None)],
        "der Mechanismus",
    ),
    (
        "de",
        "Überlebende in Ruanda zeigten sich erleichtert, viele hatten die Verkündung im Radio verfolgt.",
        False,
        [],
        None,
    ),
    # --- Inter-American court rules against Paraguay (AP) ---
    (
        "en",
        "SAN JOSE, Costa Rica (AP) — The Inter-American Court of Human Rights on Thursday found Paraguay responsible for the forced eviction of 84 Indigenous families from their ancestral land in 2011.",
        True,
        [("count", 84, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "The court ordered the state to return about 14,000 hectares to the community within three years or provide land of equal value.",
        True,
        [("count", 14000, None, "about"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "It also ordered Paraguay to pay $25,000 to each family and to set up a $2 million development fund.",
        True,
        [("money", 25000, "USD", None), ("money", 2000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The judgment was adopted by six votes to one.",
        True,
        [("count", 6, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Today the land has been given back its name," a community leader told reporters after the hearing.',
        False,
        [],
        None,
    ),
    ("en", "Paraguay's government said it would comply with the ruling.", True, [], None),
    (
        "en",
        "Paraguay has been found in violation by the court 17 times since 2005, according to the court's records.",
        True,
        [("count", 17, None, None), ("year", 2005, None, None)],
        None,
    ),
    # --- Supreme Court rules deportation unlawful (PA) ---
    (
        "en",
        "LONDON (PA) - The Supreme Court has ruled by a majority of four to one that the Home Office acted unlawfully when it deported a man who had lived in the UK since the age of four.",
        True,
        [("count", 4, None, None), ("count", 1, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The 31-year-old was removed to Jamaica in 2022 after serving half of a 28-month sentence for drug offences.",
        True,
        [
            ("duration", 31, "year", None),
            ("year", 2022, None, None),
            ("fraction", 0.5, None, None),
            ("duration", 28, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Lord Hallworth, giving the lead judgment, said the immigration tribunal had failed to weigh the interests of the man's three British children.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The man must be allowed to return to the UK within 60 days, the court ordered.",
        True,
        [("duration", 60, "day", None)],
        None,
    ),
    (
        "en",
        "The Home Office said it was disappointed by the ruling and would consider its implications.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Home Office figures show 6,240 foreign national offenders were deported in the year to June, up 9% on the previous year.",
        True,
        [("count", 6240, None, None), ("percent", 9, "%", None)],
        None,
    ),
    ("en", 'Campaigners called the judgment "a landmark for families torn apart by deportation."', False, [], None),
    # --- Kenyan court orders payout over protest killings (Reuters) ---
    (
        "en",
        "NAIROBI, Oct 19 (Reuters) - Kenya's High Court on Monday ordered the government to pay a total of 184 million shillings ($1.4 million) to the families of 23 people shot dead by police during protests in 2023.",
        True,
        [
            ("date", "--10-19", None, None),
            ("money", 184000000, "KES", None),
            ("money", 1400000, "USD", None),
            ("count", 23, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "Justice Wanjiru Kamau said officers had fired live ammunition at unarmed crowds on at least nine occasions in Nairobi and Kisumu.",
        True,
        [("count", 9, None, "at_least")],
        "Wanjiru Kamau",
    ),
    (
        "en",
        "Each family is to receive 8 million shillings within 90 days.",
        True,
        [("money", 8000000, "KES", None), ("duration", 90, "day", None)],
        None,
    ),
    ("en", "The Interior Ministry said it would appeal.", True, [], "the Interior Ministry"),
    (
        "en",
        '"My son went out to buy bread and came home in a coffin," said Grace Atieno, whose 19-year-old son was among the dead.',
        False,
        [("duration", 19, "year", None)],
        None,
    ),
    (
        "en",
        "Rights groups say Kenyan police killed at least 118 people during protests between 2023 and 2025, nearly half of them in Nairobi.",
        True,
        [
            ("count", 118, None, "at_least"),
            ("year", 2023, None, None),
            ("year", 2025, None, None),
            ("fraction", 0.5, None, "nearly"),
        ],
        None,
    ),
    (
        "en",
        'Church leaders appealed for calm and called on police commanders to "learn the lessons of this judgment."',
        False,
        [],
        None,
    ),
    # --- ECOWAS court rules for Togolese journalists (AFP) ---
    (
        "en",
        "ABUJA, Oct 21 (AFP) - The ECOWAS Court of Justice on Wednesday ordered Togo to pay 20 million CFA francs each to seven journalists who were held without charge for up to five months in 2024.",
        True,
        [
            ("date", "--10-21", None, None),
            ("money", 20000000, "XOF", None),
            ("count", 7, None, None),
            ("duration", 5, "month", "up_to"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The regional court found that their detention had violated their rights to liberty and to freedom of expression.",
        True,
        [],
        None,
    ),
    ("en", "Togo's government did not send a representative to the hearing.", True, [], None),
    (
        "en",
        '"This judgment reminds every government in the region that journalism is not a crime," said Kossi Amegan, a radio reporter who was among those held.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The court has ruled against Togo in 11 cases since 2015, according to the Media Foundation for West Africa.",
        True,
        [("count", 11, None, None), ("year", 2015, None, None)],
        "the Media Foundation for West Africa",
    ),
    (
        "en",
        "Decisions of the ECOWAS court are binding on member states, but the court has no means of enforcing them.",
        True,
        [],
        None,
    ),
]
