"""Four-hundred-and-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the holders of single real offices appear only by
office ("the Solicitor General", "the U.S. attorney's office", "the Attorney General's
Office", "die Gemeindepräsidentin"), and judges, prosecutors, police officers and lawyers of
real courts and forces appear under made-up names that stand for no real holder, or by their
role only ("die Vorsitzende Richterin", "der Vorsitzende Richter", "die vorsitzende
Richterin", "die Vorsitzende des Schöffensenats", "ein Gerichtssprecher", "ein Gutachter",
"eine Vertreterin der Nebenklage", "der Verteidiger", "a spokesperson for Stanbridge", "a
lawyer for the bank", "her barrister", "Tsao's lawyer").

Names: the defendants, victims, relatives, judges, prosecutors, lawyers, officers and firms
are invented - Till Bremersiek, Annika Lohbeck, Beat Würgler, Katharina Pirchegger, Malte
Kürschner, Henrik Sturmfels, Florian Gstöttner, Konrad Eschlbeck, Jonas Ebersberger, Svenja
Hallbauer, Seraina Tobler-Kälin; Graham Tillotson, Hollinsgate Groundworks Ltd, Helen
Marchbank, Mr Justice Oakhurst, Lucy Armitage, Damon Ashcraft, Veridane Therapeutics, Renata
Okafor, Joel Brannigan, Terrell Whitcombe, Priya Venkataraman, Brackenfield Provisions,
Kieran Mottram, Dwayne Asante, Samuel Okoro, Rupert Haldane, Lorraine Petrakis, Harold
Brisbane, Mitchell Crane, Oliver Stanbridge, Miranda Coleshill, Qasr Meridian Capital,
Bradley Kinsella, Fiona Halloran, Carla Moretti, Kyle Vorhees, Gretchen Ellery, Monica
Traverso, Caroline Ashworth, Naomi Feld-Castillo, TixHarbor, Shauna Pilbeam, Amir Rashid,
Simon Hargreaves, Wei-Lun Tsao, Martin Ostrander, Darnell Pritchett, Andrea Whitfield,
Loretta Bankole, Callum Fryer, Martin Oduya, and every unnamed defendant, victim, relative,
expert, spokesperson and campaigner. Real courts, bodies and places (Landgericht Düsseldorf,
Bezirksgericht Bülach, Kloten, Zürcher Obergericht, Landesgericht Klagenfurt, Villach,
Bundesgerichtshof and its 2. Strafsenat, Landgericht Mannheim, Oberlandesgericht Frankfurt
(OLG) and its 8. Zivilsenat, Landesgericht Linz, Attersee, Landgericht Regensburg,
Straubing, Landeskriminalamt, Bundesgericht, Kanton Solothurn, Solothurner Obergericht,
Landgericht Frankfurt, Amtsgericht Tiergarten, Oberlandesgericht Wien, Burgenland,
Landesgericht Eisenstadt, Staatsanwaltschaft Eisenstadt, Landgericht Leipzig, Landgericht
Köln and its 16. Zivilkammer, Oberlandesgericht Köln, Bundesstrafgericht,
Bundesanwaltschaft, Oberlandesgericht Celle and its Staatsschutzsenat, Homs; Leeds Crown
Court, Wakefield, the Old Bailey, Lewisham, the High Court, Manchester, Dubai, the County
Court in Melbourne, the Mornington Peninsula, Fridley, Arapahoe County, Nottingham Crown
Court, Beeston, Derby, Nottinghamshire Police, West Yorkshire Police, the Justice
Department, the Crown Prosecution Service, the Court of Appeal, the A38, Bromsgrove,
Baltimore and its spending board, and the datelines' cities) stand for the way wire copy
names them; every case, charge, count, verdict, tally, sentence, day-fine, fine, award,
settlement, sum, age, trial day, witness count, case number and quote here is invented, and
where a real figure came to mind (a real state's penalty, a real settlement, a real count of
increased sentences, a real case number) it was changed.

Its weight: COURTS, TRIALS AND SENTENCES, the fifth round on criminal trials (the
hundred-second batch weighed courts, trials and investigations, the
two-hundred-and-thirteenth criminal and civil courts at home, the two-hundred-and-ninetieth
criminal trials in Germany and the three-hundred-and-forty-fourth criminal trials and court
rulings; the thirty-ninth, fifty-fifth, hundred-fifty-second, hundred-seventy-fourth,
two-hundred-and-forty-eighth, two-hundred-and-fifty-seventh, three-hundred-and-tenth,
three-hundred-and-eighteenth and three-hundred-and-sixty-seventh weighed courts, sentencing,
international and higher courts and civil litigation beside them, and all their decisions
are kept) - over three wire weeks of one year, Monday March 2 to Friday March 20, as 30
short stories in story order (28 cases: the Leeds trench trial told in two instalments, the
Frankfurt insider case by Reuters in both languages), the German and English stories
interleaved by day, each told as wire copy runs it (a dateline lead with the charge or the
verdict, the sentence and the sums, the victims and their ages, both sides, a quote, the
legal status and the next step). German (dpa with "dpa/lnw", "dpa/lhe", "dpa/lby", "dpa/bb",
"dpa/lsn", "dpa/lni", APA, Keystone-SDA, Reuters German; Austrian "Schöffensenat",
"Geschworenen", "Teilschmerzengeld", "Privatbeteiligten", "Pensionisten", "Bedenkzeit",
"bedingt nachgesehen", "ausgefasst", "Betretungsverbot"; Swiss "teilbedingten", "Probezeit",
"Busse", "Lenker", "Umfahrungsstrasse", "Ersatzforderung", "weiterziehen",
"Dreierbesetzung", "650'000 Franken", "Tagessätzen à 110 Franken", «» quotes; German „“
quotes, "Verhandlungstage", "Tagessätzen zu je", "Bewährungsstrafe", "Geldauflage",
"Jugendstrafe", "Revision", "Nebenklage"): a breach-of-trust trial opening in Düsseldorf, a
speeder before the Bezirksgericht Bülach, an attempted murder before a Klagenfurt jury, the
Bundesgerichtshof quashing a verdict after a fatal street race, pain and suffering raised by
the OLG Frankfurt, an investment adviser in Linz, shock-call fraudsters in Regensburg, the
Bundesgericht upholding a clerk's embezzlement sentence, an insider trader in Frankfurt,
day-fines for insulting police officers at the Amtsgericht Tiergarten (the brief's „120
Tagessätzen zu je 50 Euro“), the OLG Wien cutting a people smuggler's term, a juvenile's
knife attack in Leipzig, a tour operator's damages suit thrown out in Cologne, money
laundering before the Bundesstrafgericht and a war-crimes trial opening in Celle. English
(PA, Reuters with dated datelines, AP, AAP): a trench death trial at Leeds Crown Court from
its opening to a majority verdict, a biotech founder convicted by a Manhattan federal jury,
a jury's whistleblower award in Minneapolis, a murder trial opening at the Old Bailey, a
hospital billing director's prison term in Chicago, a High Court civil judgment for a Gulf
fund, a financial planner jailed in Melbourne, a deputy's verdict in Denver, the Frankfurt
insider trader in Reuters English, a ticket-fee class settlement approved in New York, a
care worker's suspended sentence in Nottingham, an engineer's trade-secrets sentence in San
Francisco, Baltimore's wrongful-conviction settlement and a drink-driver's term raised by
the Court of Appeal. Figures as such copy has them: sentences in years and months („zu 14
Jahren Haft“, „zu drei Jahren und acht Monaten Haft“, „zwischen zwei Jahren und neun Monaten
und sechs Jahren und drei Monaten“, „von einem Jahr und neun Monaten“, „von neun auf sieben
Jahre“, "41 months in federal prison", "nine years and six months", "from four years to six
years and eight months"), suspended and partly suspended terms with their probation
(„teilbedingten Strafe von 30 Monaten“, „Zwölf Monate davon“, „bei drei Jahren Probezeit“,
"a 16-month prison sentence suspended for two years", "180 hours of unpaid work"), day-fines
(„120 Tagessätzen zu je 50 Euro“, „über 90 Tagessätzen“, „160 Tagessätze“, „180 Tagessätzen
à 110 Franken“), damages, awards, restitution and settlements in euros, francs, dollars,
Australian dollars and pounds, trial days, witnesses and counts („18 Verhandlungstage“, „41
Zeugen“, „in 27 Fällen“, „Mordes in neun Fällen“, "seven of the nine counts", "eight counts
of theft", "22 charges"), jury and bench tallies („mit fünf zu drei Stimmen“, "by a majority
of 10 to two", "the jury of seven men and five women", „in Dreierbesetzung“, "Three
judges"), deliberations and trials as durations („Nach knapp vierstündiger Beratung“, „nach
zweistündiger Verhandlung“, "about 14 hours over three days", "just under five hours", "a
nine-day trial", "a 22-day trial"), numbered senates and chambers („Der 2. Strafsenat“, „Der
8. Zivilsenat“, „Die 16. Zivilkammer“), case numbers that carry no quantity („Az. 2 StR
318/25“, „Az. 8 U 112/23“, „Az. 16 O 284/24“, „Urteil 6B_1182/2025“, „SK.2025.31“), ages,
fractions, hedges, years and dates. Negatives as courts produce them - 54 rows, none with a
figure: judges', prosecutors' and lawyers' rhetoric in quotes beside the same speaker's fact
or figure, a judge's written verdict on a witness, labels („nannte“, „sprach von“, "called",
"welcomed ... as"), feelings, hopes and apologies of defendants, victims and relatives, a
forecast without a figure, evasions and no-comment lines, police advice, scene colour and
the boilerplate „Für den Angeklagten gilt die Unschuldsvermutung.“, each near a check-worthy
look-alike from the same story.

245 rows (126 German, 119 English), 54 negatives (27 German, 27 English), 191 check-worthy
rows of which 44 carry no figure (25 German, 19 English), 286 expected quantities (108
durations - 68 in years, 20 in months, 7 in days, 6 in hours, 5 in weeks, 1 in minutes, 1 in
seconds -, 68 counts, 44 amounts of money - 20 EUR, 11 USD, 6 CHF, 5 GBP, 2 AUD -, 39 years,
10 dates, 8 ordinals, 5 fractions, 4 percentages, all in %; none of them in a negative), 36
checked speakers (21 German, 15 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, apology, protestation or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth); a quoted or reported statement of fact, figure, step or
  position is check-worthy with its speaker, also in Konjunktiv I (thirty-ninth,
  hundred-second). Pairs from one speaker: Bremersiek's 14 files beside his
  „Selbstbedienungsladen“; Lohbeck's denial beside „kein Krimineller“; Würgler's 2021
  conviction beside «zur Rennbahn gemacht»; Pirchegger's Betretungsverbot with 2025 beside
  „auslöschen“; Sturmfels's six years beside „dass ihr endlich jemand glaubt“; Eschlbeck's
  call centre beside „kaltblütig und perfide“; Hallbauer's finding beside „keine
  Zielscheibe“; Brannigan's appeal beside "hope is not a crime"; Marchbank's 3.5 metres and
  four warnings (told to jurors, unchecked) beside "a disaster waiting for its day";
  Haldane's four stab wounds and 40 witnesses (unchecked) beside "never came home";
  Brisbane's order beside "your private bank"; Coleshill's finding with two-thirds beside
  her written verdict on Stanbridge's evidence; Halloran's non-parole period beside "a line
  of credit"; Feld-Castillo's 1.3 million claims beside "a tax on every fan"; Armitage's two
  years beside "No family should ever have to bury ..."; Tsao's lawyer's account beside his
  "deeply remorseful" (both unchecked).
- Legal status and next steps are check-worthy without a figure (fifty-fifth,
  hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth): „Rechtskräftig ist das Urteil noch nicht.“, „..., das
  Urteil ist somit nicht rechtskräftig.“, „Die Entscheidung ist rechtskräftig, ...“, „Eine
  Revision ließ der Senat nicht zu (...)“, „Drei der Verurteilten kündigten über ihre
  Anwälte Revision an.“ (count 3), „Die Verteidigung will den Fall ans Zürcher Obergericht
  weiterziehen.“ (two-hundred-and-fifty-seventh: „kündigte an, das Urteil ans Obergericht
  weiterzuziehen“), „Gegen das Urteil kann der Veranstalter binnen eines Monats Berufung ...
  einlegen.“ („binnen eines Monats“ none, two-hundred-and-thirteenth), „Gegen den Entscheid
  (SK.2025.31) ist eine Beschwerde ans Bundesgericht möglich.“, „Eine andere Strafkammer ...
  muss den Fall nun neu verhandeln, ...“, "said his client would appeal", "would seek
  permission to appeal", "Both the defence and prosecutors can still appeal the ruling."
  ("Both" none), "said it would challenge the size of the award and, if necessary, appeal",
  "her office would ask for the maximum sentence" (an announced step,
  two-hundred-and-fourth), "The company will be sentenced on the same day and faces an
  unlimited fine" ("the same day" none), "said it would seek to enforce the judgment". Dates
  and spans set are check-worthy with their figures: "set sentencing for July 14",
  "Sentencing was set for May 8.", "adjourned sentencing until 17 April" (British day-month,
  three-hundred-and-forty-fourth: "until 23 October"), „Weil der Verteidiger drei Tage
  Bedenkzeit erbat, ...“ 3 days. Evasions and no-comment lines are negatives
  (two-hundred-and-seventy-sixth, three-hundredth, three-hundred-and-sixty-seventh): „Die
  Klinik teilte mit, sie werde die schriftliche Begründung in Ruhe prüfen.“
  (three-hundredth: „Die Swiss teilte mit, ... prüfen“), „Ein Sprecher des
  Reiseveranstalters sagte, man werde die Urteilsbegründung genau prüfen.“, „Ob sein Mandant
  den Entscheid weiterzieht, wollte der Verteidiger nicht sagen.“, "declined to comment
  further", "declined to comment".
- Pleas, admissions, denials, settlements without admission and one side's account are
  check-worthy (seventh, hundred-second, two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth, three-hundred-and-sixty-seventh): "denies two counts of
  gross negligence manslaughter", "denies a charge of breaching health and safety law",
  "deny murder", "has admitted possessing a knife", "pleaded guilty in October to one count
  of wire fraud and one count of ..." (1 twice), "admitted eight counts of theft", "pleaded
  guilty to 22 charges", "changed its plea to guilty on the 12th day of the trial", „hatte
  sich teilweise schuldig bekannt und angegeben, ... acht Prozent im Jahr ...“, „Gleich am
  ersten Prozesstag hatte der Mann alle Vorwürfe eingeräumt.“ (ordinal 1, as „am ersten
  Verhandlungstag“), „ließ er über seine Verteidigerin erklären, er habe nie einen
  Gefangenen misshandelt“ („einen“ none), „Vor Bundesgericht hatte er geltend gemacht, ...“,
  the defence accounts ("had believed the driver was reaching for a weapon", "had never
  shared the files", "had fallen into debt ... and had repaid part of the money"), "did not
  admit wrongdoing under the agreement", "The city admitted no wrongdoing under the
  agreement.", a court's reasons („Der Berufungssenat begründete dies mit ...“, „Die
  Lausanner Richter ... befanden, ...“; two-hundred-and-fifty-seventh). An apology, remorse
  and a self-description are negatives (two-hundred-and-ninetieth: the drunk driver's
  apology; two-hundred-and-fifty-seventh: "deeply ashamed"): „Der Angeklagte entschuldigte
  sich ... und sprach von einem „schwarzen Tag“ ...“, "was deeply remorseful and hoped to
  work as an engineer again", "I am ashamed of what I did ...", "I am not angry anymore
  ...".
- Other negatives (hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth, three-hundred-and-sixty-seventh): rhetoric in quotes of
  judges, prosecutors, lawyers, a Nebenklage representative and the U.S. attorney's office;
  a judge's written verdict on a witness ("Coleshill wrote in her judgment";
  hundred-nineteenth: a judge's label for the evidence); labels („nannte die Entscheidung
  „ein überfälliges Signal ...““, „nannte das Urteil „hart, aber vertretbar““, „sprach von
  einem «Urteil, das hoffentlich abschreckt»“, „sprach von einem «Schlussstrich ...»“,
  „sprach von einem „falschen Signal ...““, „sprach von einer „erwartbaren und richtigen
  Entscheidung““, "called the payout modest", "welcomed the decision as a long-overdue
  message"); hopes and feelings of victims and relatives (the Mannheim mother's hope, the
  Denver mother's "only part of it", a Melbourne victim's lost trust, a Nottingham
  daughter's fear, the widow's statement); a forecast without a figure ("Legal experts said
  the punitive damages could well be cut on appeal."; forty-seventh,
  three-hundred-and-forty-fourth: "could face scrutiny on appeal"); police advice („Die
  Polizei rät, ...“; eighty-first, two-hundred-and-fifty-seventh); scene colour (the
  defendant's wife with her head bowed, the dock behind glass, the defendant's parents
  leaving the courtroom, exiled Syrians holding up photos, relatives embracing in the
  gallery; seventy-fourth) and the boilerplate „Für den Angeklagten gilt die
  Unschuldsvermutung.“ (fifty-fifth). As the three-hundred-and-twenty-fourth and later
  batches did, figures were kept out of the negatives ("Half a verdict", "a father of
  three", "one day", „bis zu einem Urteil“ and a police number were written out of them), so
  none carries a quantity.
- Sentences are durations as written (thirty-ninth, hundred-second,
  two-hundred-and-thirteenth, two-hundred-and-ninetieth, three-hundred-and-forty-fourth):
  „zu 14 Jahren Haft“, „zu drei Jahren und acht Monaten Haft“, „zu Haftstrafen zwischen zwei
  Jahren und neun Monaten und sechs Jahren und drei Monaten“ four durations
  (two-hundred-and-thirteenth: „zwischen drei Jahren und neun Monaten und sieben Jahren“),
  „zu einer Jugendstrafe von vier Jahren und sechs Monaten“, „Drei Jahre teilbedingte Haft
  ... ausgefasst“ (the sentence fronted, the age after it), „Unbedingt muss der Mann zwölf
  Monate verbüßen, ... Probezeit von drei Jahren“, „einer teilbedingten Strafe von 30
  Monaten Freiheitsentzug“ with „Zwölf Monate davon“ and „bei drei Jahren Probezeit“, „einer
  Freiheitsstrafe von 34 Monaten ..., davon 12 Monate unbedingt“, „von neun auf sieben Jahre
  herabgesetzt“ 9 and 7 years (the unit written once, fourth), „für sieben Jahre des Landes“
  (two-hundred-and-fifty-seventh: „für acht Jahre des Landes“), „Die Probezeit beträgt zwei
  Jahre.“, „die Bewährungszeit beträgt drei Jahre“; demands („fünf Jahre und drei Monate
  gefordert“, „eine bedingte Freiheitsstrafe von 20 Monaten beantragt“, "had asked for 57
  months"); "41 months in federal prison", "three years of supervised release"
  (fifty-fifth), "nine years and six months", "a non-parole period of six years"
  (two-hundred-and-thirteenth: "a non-parole period of 22 months"), "30 months in prison",
  "from four years to six years and eight months" three durations, "His driving ban was also
  extended to nine years." (fifteenth: "banned from driving for 14 years"), "a 16-month
  prison sentence suspended for two years" 16 months and 2 years (fifty-fifth,
  three-hundred-and-forty-fourth), "180 hours of unpaid work" 180 hours (thirty-ninth). „von
  einem Jahr und neun Monaten“ and "one year and nine months" give 1 year and 9 months - the
  number word before the unit as "one year and 10 months" (two-hundred-and-ninetieth;
  hundred-thirty-second). Penalties a charge carries are check-worthy (fourth,
  two-hundred-and-thirteenth, two-hundred-and-ninetieth): „bis zu zehn Jahre
  Freiheitsstrafe“, "up to 20 years behind bars" and "faces up to three years in prison"
  "up_to". „Bewährungsstrafe“, „teilbedingt“, „bedingt“, „unbedingt“, „bedingt nachgesehen“
  and "the maximum sentence" carry none. A legal consequence stated is check-worthy
  (two-hundred-and-ninetieth: „Mit mehr als 90 Tagessätzen gilt er als vorbestraft.“): „Weil
  die Strafe über 90 Tagessätzen liegt, wird sie ins Führungszeugnis eingetragen.“ 90 "over"
  (New: „über“ right before the figure is the issue's hedge, "über 3.000 Soldaten", as „über
  50 Milligramm“ in the two-hundred-and-seventy-sixth, while „Schadenersatzklage ... über
  2,8 Millionen Euro“ is governed by the noun and carries none,
  three-hundred-and-forty-fourth: „Aufträge über insgesamt 2,4 Millionen Euro“).
- Day-fines and court money (thirty-ninth, fifty-fifth, two-hundred-and-thirteenth,
  two-hundred-and-ninetieth, three-hundred-and-forty-fourth): „zu 120 Tagessätzen zu je 50
  Euro“ count 120 and 50 EUR („je“ no hedge; the brief's example), „6.000 Euro Strafe“, „160
  Tagessätze verlangt“ 160, „180 Tagessätzen à 110 Franken“ count 180 and 110 CHF
  (fifty-fifth: „180 Tagessätzen à 60 Franken“), „eine Busse von 2500 Franken“ without a
  separator (thirty-fifth: „4000 Franken“) and „eine Ersatzforderung von 650'000 Franken“
  with the Swiss one (twelfth), „eine Busse von 1,5 Millionen Franken“, „rund 23 Millionen
  Franken“ and „rund 1,12 Millionen Franken“ "about"; Schmerzensgeld and Teilschmerzengeld
  are money („ein Teilschmerzengeld von 20.000 Euro“, „von 40.000 auf 75.000 Euro“ both EUR
  - the currency written once serves the earlier figure, three-hundred-and-tenth: „von 1.115
  auf 2.410 Euro“ -, „einen Verdienstausfall von rund 128.000 Euro“), „Beträge zwischen
  4.000 und 160.000 Euro“ both („zwischen“ no hedge), „eine Geldauflage von 150.000 Euro“,
  „insgesamt rund 412.000 Euro“ "about" („insgesamt“ no hedge), „knapp 3,1 Millionen Euro“
  "nearly", „gut 310.000 Euro“ "over", „Ersparnisse von 62.000 Euro“; English in the
  currency written ("$14.2 million", "$2.7 million ... and $11.5 million in punitive
  damages", "about $640 million", "about $2.3 million", "about $180,000", "$62 million", "up
  to $45 each" "up_to" - "each" none -, "fined Tsao $250,000", "$1.1 million in
  restitution", "$9.5 million" USD; "18.4 million pounds", "3.1 million pounds in interest",
  "originally claimed 26 million pounds" - "originally" no hedge, as „ursprünglich“
  (three-hundred-and-eighty-eighth) -, "£3,250 in compensation", "about £9,400 in total"
  GBP; "150,000 euros", "about 1.4 million euros", "more than 310,000 euros" EUR in English
  copy; "more than A$4.8 million" "over" and "Only about A$310,000" "about" AUD, as every
  AAP row writes "A$" - "Only" no hedge).
- Counts of charges, cases, trial days, witnesses, victims and tallies (eleventh,
  hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth): „in 27 Fällen“, „wegen Kriegsverbrechen und Mordes in
  neun Fällen“, „zunächst 18 Verhandlungstage“ and „zunächst 42 Verhandlungstage“
  („zunächst“ no hedge), „41 Zeugen“, „Der Prozess dauerte 26 Verhandlungstage, die Kammer
  hörte 58 Zeugen.“ (trial days counted, two-hundred-and-ninetieth: „48 Verhandlungstage“),
  „nach zwei Verhandlungstagen“, „mehr als 30 Zeugen“ "over" („mehrere Überlebende“ none),
  „die 212 Seiten starke Anklageschrift“ 212 (two-hundred-and-thirteenth: „612 Seiten“), „14
  Aktenordner“, „83 Kundinnen und Kunden“, „Den 83 Privatbeteiligten“, „mindestens 31
  Seniorinnen und Senioren“ and „mindestens 20 seiner Mandanten“ "at_least", „vier Männer“,
  „Drei der Verurteilten“, „26 Menschen“ („insgesamt“ no hedge), „zwei Migranten“, „zwei
  Polizisten“ („einen von ihnen“ none), „elf Messerstiche“ (thirty-ninth: „mit 17
  Messerstichen“), „dreimal“ 3 (the issue's "viermal"), „412 Flüge“, „mehr als 9.000 Kunden“
  "over"; "seven of the nine counts", "the remaining two counts" (a definite group,
  forty-first), "two counts", "one count" (two-hundred-and-thirteenth), "eight counts of
  theft", "22 charges", "37 clients", "14 shell companies", "more than 600 invoices" and
  "more than 14,000 confidential files" "over", "at least 30 written complaints" and "at
  least four times" "at_least", "more than 40 witnesses" "over", "23 witnesses", "five
  shots", "stabbed four times", "Three teenagers", "two labourers", "About 4.1 million
  customers" and "about 1.3 million class members" "about", "More than 150 sentences"
  "over", "in two installments" 2 (three-hundredth: „in zwei Stufen“); tallies one count per
  figure: „mit fünf zu drei Stimmen“ 5 and 3 (three-hundred-and-fifty-sixth: „mit sechs zu
  zwei Stimmen“), "by a majority of 10 to two" 10 and 2 (hundred-second), "the jury of seven
  men and five women" 7 and 5 (three-hundred-and-forty-fourth: "The jury of seven women and
  five men"), "Three judges" 3. New: „in Dreierbesetzung“ is count 3 - the size of a bench
  written as a format word is counted as the formats „Dreiergespräche“ 3, „Vierergespräche“
  4 and „Zweiergespräch“ 2 are (fourteenth, three-hundred-and-twenty-sixth,
  three-hundred-and-eighty-eighth). Physical measures are counts
  (two-hundred-and-thirteenth, two-hundred-and-ninetieth, three-hundred-and-forty-fourth):
  „mit 154 km/h ..., erlaubt waren 80 km/h“, „mit mindestens 140 Kilometern pro Stunde ...,
  wo 50 erlaubt sind“ 140 "at_least" and 50, "about 3.5 metres deep" 3.5 "about"; "almost
  three times the drink-drive limit" is 3 "nearly" (two-hundred-and-forty-third: "almost
  double the drink-drive limit of 35" 2 "nearly"). None: „Dutzender“, „einer Notoperation“,
  „einen Nerv“, „Eine andere Strafkammer“, "one of them" (two-hundred-and-thirteenth: "one
  of its drivers"), "a single eyewitness", "another man", "Most of his victims", "both men",
  "Both the defence", "A38" (a road identifier, two-hundred-and-thirteenth), „minutenlang“
  and „mehrtägigen“ (no figure, as "for years" and „jahrelang“).
- Case numbers and legal references are identifiers and carry no quantity (ninth,
  ninety-second, three-hundred-and-tenth, three-hundred-and-sixty-seventh): „(Az. 2 StR
  318/25)“, „(Az. 8 U 112/23)“ and „(Az. 16 O 284/24)“ - the senate's and the chamber's
  numbers inside them none as well (three-hundred-and-sixty-seventh: „Az. 8 AZR 219/28“) -,
  „(Urteil 6B_1182/2025)“ (neither a count nor a year, ninety-second: „Urteil 6B_714/2025“).
  New: „(SK.2025.31)“, the Bundesstrafgericht's file number written with points, carries no
  year and no count either - the year inside a court's file number dates the file, not an
  event, as in „Urteil 1C_447/2025“ (three-hundred-and-tenth). Numbered senates and chambers
  are ordinals (two-hundred-and-thirteenth, two-hundred-and-seventy-sixth,
  two-hundred-and-ninetieth, three-hundred-and-sixty-seventh): „Der 2. Strafsenat“ 2, „Der
  8. Zivilsenat“ 8, „Die 16. Zivilkammer“ 16. Other ordinals: „Am ersten Verhandlungstag“
  and „am ersten Prozesstag“ 1, "on the 12th day of the trial" 12 (hundred-second: "On the
  14th day of the trial"), "the fourth trade secrets conviction ... since 2020" 4 and the
  year (two-hundred-and-thirteenth: "the fourth Chicago alderman ... since 2019"), "the
  second-largest wrongful conviction payout" 2 (the issue's „die drittgrößte Stadt“).
  "second-degree murder" none (thirty-ninth), "the oldest", „Das älteste Opfer“ none
  (hundred-fifty-second).
- Ages are durations in years (every batch): „dem 58-Jährigen“, „einen 27-jährigen
  Autofahrer“, „Ein 39-jähriger Kärntner“, „der 36-Jährigen“, „den heute 24-Jährigen“
  („heute“ no hedge), „der 47-Jährigen“, „ein 44-jähriger Finanzberater“, „im Alter von 23
  bis 41 Jahren“ both (three-hundred-and-forty-fourth), „eine 93 Jahre alte Frau“, „des
  61-Jährigen“, „der 38-Jährige“, „ein 52-jähriger Unternehmer“, „des 33-jährigen Bulgaren“,
  „einen 17-Jährigen“, „einem 22-Jährigen“, „Der 56-Jährige“, „einen 47-jährigen Syrer“;
  "Graham Tillotson, 54," (twice), "Damon Ashcraft, 51,", "Terrell Whitcombe, 46,", "a
  17-year-old delivery rider", "Kieran Mottram, 19, Dwayne Asante, 18, and a 17-year-old
  boy" three ages, "Lorraine Petrakis, 59,", "Bradley Kinsella, 63.", "Kyle Vorhees, 34,",
  "The 38-year-old", "Shauna Pilbeam, 31,", "Wei-Lun Tsao, 42,", "Darnell Pritchett, now
  42," ("now" no hedge, hundred-second), "Callum Fryer, 29," and "Martin Oduya, 61,". New:
  "was 18 when he was convicted" and "the oldest was 88 when she handed over her savings"
  are 18 and 88 years - a bare figure after "was" and before "when" is an age as "was 19
  years old when" (two-hundred-and-thirteenth) and as the bare figure after a name is.
- Other durations (the issue: "fünfstündigen Treffen", "a two-week visit"; hundred-second,
  two-hundred-and-thirteenth, three-hundred-and-forty-fourth): deliberations and trials
  („Nach knapp vierstündiger Beratung“ 4 hours "nearly" - hundred-sixteenth: „knapp
  neunstündigen“ -, „nach zweistündiger Verhandlung“ 2 hours, „Verhandelt wurde an fünf
  Tagen“ 5 days - hundred-sixtieth: „an 19 Tagen“ -, "after deliberating for about 14 hours
  over three days" 14 hours "about" and 3 days, "for just under five hours" "under", "for
  more than 11 hours" "over", "Jurors deliberated over two days" 2 days ("over" before a
  span no hedge), "a nine-day trial", "a 22-day trial", "The trial lasted eight days",
  "expected to last five weeks", "could run for up to three weeks" "up_to"); „lag drei
  Wochen auf der Intensivstation“, „seit vier Jahren arbeitsunfähig“, „fast sechs Jahre“
  "nearly", "for 11 years", "in the two weeks before it collapsed", "in the three weeks
  before he resigned", "over 14 months" (no hedge), "wrongly imprisoned for 23 years",
  "almost two years" "nearly", "about 90 minutes of CCTV and phone footage" "about"
  (thirty-ninth: "more than 300 hours of CCTV footage"), "within about four seconds" 4
  seconds "about" ("within" no hedge). None: „bis Ende Juni“, „bis Dezember“, „im
  vergangenen Jahr“, „bis heute“, „seither“, "in October", "last year", "years later", "the
  same day", „binnen eines Monats“, weekdays.
- Fractions and percentages (the issue: "ein Drittel", "two-fifths"): „Fast die Hälfte des
  Geldes“ 0.5 "nearly", „Rund ein Drittel der Beute“ 0.3333 "about", "by roughly two-thirds"
  0.6667 "about", "roughly one in three eligible customers" 0.3333 "about" ("X in Y" as the
  share X/Y, two-hundred-and-seventy-sixth), "about a quarter of his original term" 0.25
  "about" (two-hundred-and-thirteenth: shares of a sentence); „Renditen von acht Prozent im
  Jahr“ 8 („im Jahr“ none), „um 14 Prozent“, "25% of the fund, less than the 30% they had
  requested" 25 and 30 with no hedge - "less than" stands before the article and compares
  with a bound, as "far more than the 600 to 800" (two-hundred-and-forty-fourth) and „mehr
  als das nötige Drittel“ (three-hundred-and-tenth).
- Years and dates (thirty-ninth, hundred-second, two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth): „zwischen 2018 und 2023“, „zwischen 2020 und 2024“,
  „zwischen 2014 und 2021“, „zwischen 2017 und 2019“, "between 2016 and 2023", "between 2015
  and 2022", "between 2019 and 2024" both years, „zwischen Herbst 2023 und Sommer 2024“ the
  years, „im Mai 2024“, „bereits 2021“ and „bereits 2024“ („bereits“ no hedge), „im Juli
  2025“, „seit Februar 2025“, „im Jahr 2020“, „im Frühjahr 2023“, „im August 2024“, „im Mai
  2025“, „im September 2025“, „im Sommer 2024“, „2013“, „im Februar 2025“, "in April 2024",
  "in 2022" (twice), "in 2021", "in spring 2023", "in 2023", "since 2020", "in 2002", "in
  2025", "in March 2025" the years; "on the evening of September 14, 2025" 2025-09-14
  (thirty-ninth: „am 3. Oktober 2023“), "for July 14", "for May 8" and "until 17 April"
  dates without a year; Reuters datelines with a day ("NEW YORK, March 3", "CHICAGO, March
  6", "LONDON, March 9", "FRANKFURT, March 12", "NEW YORK, March 16", "SAN FRANCISCO, March
  18") dates without a year; dpa, APA, Keystone-SDA, Reuters German, PA, AP and AAP
  datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "roughly" "about";
  „knapp“, „fast“, „Fast“, "almost" "nearly"; „mehr als“, „gut“, „über“ right before a
  figure, "more than", "More than" "over"; "just under" "under"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least" "at_least". No hedge: „insgesamt“, „zunächst“, „heute“,
  „bereits“, „je“, „Zusätzlich“, „zwischen“, „über“ governed by a noun, "between", "now",
  "Only", "originally", "in total", "each", "within", "over" before a span, and "less than"
  before the article.
- Speakers, checked only in forms the earlier batches settled: German „teilte der
  Bundesgerichtshof am Donnerstag mit“ -> "der Bundesgerichtshof", „teilte das Landesgericht
  Linz mit“, „teilte das Landgericht Frankfurt mit“, „teilte das Oberlandesgericht Wien mit“
  and „teilte das Landgericht Köln am Mittwoch mit“ the court with its place and without the
  weekday (two-hundred-and-fifty-seventh: „teilte das Landesgericht Feldkirch mit“;
  two-hundred-and-ninetieth: „teilte das Landgericht Frankfurt mit“), „teilte ein
  Gerichtssprecher mit“ -> "ein Gerichtssprecher" (two-hundred-and-ninetieth), „wie das
  Bundesgericht am Mittwoch mitteilte“ -> "das Bundesgericht" (the "wie"-clause checked as
  the majority and the court batches do, two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth), „nach Angaben des Gerichts“ (twice) -> "das Gericht",
  „nach Angaben der Ermittler“ -> "die Ermittler" and „nach Angaben des Landeskriminalamts“
  -> "das Landeskriminalamt" (the source in the nominative, two-hundred-and-thirteenth,
  two-hundred-and-ninetieth); „Oberstaatsanwalt Till Bremersiek sagte, ...“, „Verteidigerin
  Annika Lohbeck sagte, ...“, „Bezirksrichter Beat Würgler sagte, ...“, „Staatsanwältin
  Katharina Pirchegger sagte, ...“, „Patientenanwalt Henrik Sturmfels sagte, ...“,
  „Opferanwalt Florian Gstöttner sagte, ...“, „Der Vorsitzende Richter Konrad Eschlbeck
  sagte, ...“, „Richterin Svenja Hallbauer sagte, ...“ and „Bundesanwältin Seraina
  Tobler-Kälin sagte, ...“ the name (hundred-eightieth, three-hundred-and-forty-fourth:
  „Richterin Andrea Tschugmell sagte, ...“). New: „wie das OLG am Freitag mitteilte“ -> "das
  OLG" - the court's abbreviation as written, as „teilte der VfGH am Donnerstag mit“ -> "der
  VfGH" (three-hundred-and-sixty-seventh), with the weekday dropped. English: "Defense
  attorney Joel Brannigan said", "Defense attorney Mitchell Crane said", "Defense attorney
  Gretchen Ellery said", "Chief Deputy District Attorney Monica Traverso said", "Lead
  plaintiffs' attorney Naomi Feld-Castillo said" and "Deputy City Solicitor Andrea Whitfield
  said" the name with the role dropped (two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth: "Summit County Prosecutor Lorraine Vick said";
  three-hundred-and-sixty-seventh: "Plaintiffs' attorney Ramona Ekwueme"); "Detective
  Sergeant Carla Moretti said", "Detective Constable Amir Rashid of Nottinghamshire Police
  said" and "Detective Inspector Lucy Armitage of West Yorkshire Police said" the name with
  rank and force dropped (three-hundred-and-forty-fourth); "Whitcombe told reporters" the
  surname (two-hundred-and-fourth: "told reporters" names the speaker); "Brackenfield
  Provisions said", "Qasr Meridian Capital said" and "TixHarbor said" as written
  (hundred-second: "Granite Ridge said"); "The Justice Department said" -> "the Justice
  Department" and "..., the Crown Prosecution Service said." (two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth). Left unchecked (None): all negatives, also those with a
  named speaker; „laut Anklage“ (twice) and „laut Urteil“ (documents), „nach Überzeugung der
  Kammer“, „nach den Feststellungen“, „Für den Schöffensenat stand fest“ (findings),
  „beziffert die Staatsanwaltschaft“, „kündigten ... an“, „erbat“, „hatte geltend gemacht“,
  „ließ ... erklären“, „hatte ... ausgesagt“ (no verbs of saying, or a role), „nach Angaben
  seines Anwalts“ (a possessive), „wirft ihm vor“; "Leeds Crown Court heard", "the Old
  Bailey heard", "the court heard", "the court was told", "the court found", "Judge Miranda
  Coleshill found", "told jurors" and "Haldane told the jury" (testimony and findings), "Mr
  Justice Oakhurst told the jury" ("told the jury" as "told jurors",
  two-hundred-and-thirteenth), "ordered", "set", "fined", "awarded", "Coleshill wrote"
  (hundred-thirty-eighth: "wrote"), "Prosecutors said" and "prosecutors said" (groups), "he
  said" and "she said" (pronouns), "Whitcombe's attorney, Priya Venkataraman, said" (a name
  in apposition, two-hundred-and-thirteenth), "Stanbridge's lawyers said", "Her barrister
  said", "Tsao's lawyer said" (possessives, eighty-third), "a Frankfurt court said" (a
  description, not "the court"), "according to court filings", "according to city records",
  "according to the settlement administrator" and "Only about A$310,000 ..., according to
  the prosecution" (two-hundred-and-fourth and three-hundred-and-eighty-eighth leave every
  English "according to" unchecked, while the two-hundred-and-thirteenth and
  two-hundred-and-ninetieth checked "according to the prosecution"; New: this batch leaves
  it unchecked, None being "not checked", and settles nothing), "the Attorney General's
  Office said" (a possessive heading the body's name, eighty-third) and rows without
  attribution. New: "Prosecutor Rupert Haldane KC said" is left unchecked - the post-nominal
  "KC" after a name heading the verb is no form the earlier batches settled
  (three-hundred-and-forty-fourth left "Oliver Tamworth KC" in apposition unchecked).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_407 = [
    # --- Untreue-Prozess gegen Ex-Wohnungsbauchef (dpa/lnw), Montag, 2. März ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Am Düsseldorfer Landgericht hat am Montag der Prozess gegen den früheren Geschäftsführer einer städtischen Wohnungsbaugesellschaft wegen Untreue und Bestechlichkeit begonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Anklage wirft dem 58-Jährigen vor, zwischen 2018 und 2023 in 27 Fällen Aufträge an befreundete Handwerksbetriebe vergeben und dafür Zahlungen von insgesamt rund 412.000 Euro angenommen zu haben.",
        True,
        [
            ("duration", 58, "year", None),
            ("year", 2018, None, None),
            ("year", 2023, None, None),
            ("count", 27, None, None),
            ("money", 412000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Den Schaden für die Gesellschaft beziffert die Staatsanwaltschaft auf knapp 3,1 Millionen Euro.",
        True,
        [("money", 3100000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Oberstaatsanwalt Till Bremersiek sagte, die Ermittler hätten bei Durchsuchungen 14 Aktenordner mit handschriftlich geführten Nebenabrechnungen sichergestellt.",
        True,
        [("count", 14, None, None)],
        "Till Bremersiek",
    ),
    (
        "de",
        "„Der Angeklagte hat die Gesellschaft geführt wie einen Selbstbedienungsladen, mit dem Geld der Mieter als Spielgeld“, sagte Bremersiek zum Prozessauftakt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verteidigerin Annika Lohbeck sagte, ihr Mandant bestreite die Vorwürfe und werde sich vorerst nicht zur Sache äußern.",
        True,
        [],
        "Annika Lohbeck",
    ),
    (
        "de",
        "„Hier sitzt kein Krimineller, sondern ein Manager, der unter gewaltigem Druck Fehler gemacht hat“, sagte Lohbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Gericht hat zunächst 18 Verhandlungstage bis Ende Juni angesetzt und will 41 Zeugen hören.",
        True,
        [("count", 18, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Am ersten Verhandlungstag wurde die 212 Seiten starke Anklageschrift verlesen.",
        True,
        [("ordinal", 1, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Für Bestechlichkeit in besonders schweren Fällen sieht das Gesetz bis zu zehn Jahre Freiheitsstrafe vor.",
        True,
        [("duration", 10, "year", "up_to")],
        None,
    ),
    ("de", "Für den Angeklagten gilt die Unschuldsvermutung.", False, [], None),
    # --- Trench death trial opens (PA), March 2 ---
    (
        "en",
        "LEEDS (PA) - A site director ignored repeated warnings about an unsupported trench before it caved in and killed two labourers, Leeds Crown Court heard.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Graham Tillotson, 54, of Wakefield, denies two counts of gross negligence manslaughter.",
        True,
        [("duration", 54, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "His company, Hollinsgate Groundworks Ltd, denies a charge of breaching health and safety law.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Prosecutor Helen Marchbank KC told jurors the trench was about 3.5 metres deep and had no shoring when the men died in April 2024.",
        True,
        [("count", 3.5, None, "about"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Workers had raised concerns about the trench at least four times in the two weeks before it collapsed, she said.",
        True,
        [("count", 4, None, "at_least"), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        '"This was not an accident nobody could have foreseen, it was a disaster waiting for its day," Marchbank said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mr Justice Oakhurst told the jury of seven men and five women that the trial could run for up to three weeks.",
        True,
        [("count", 7, None, None), ("count", 5, None, None), ("duration", 3, "week", "up_to")],
        None,
    ),
    # --- Raser verurteilt (Keystone-SDA), Dienstag, 3. März ---
    (
        "de",
        "Bülach (Keystone-SDA) - Das Bezirksgericht Bülach hat einen 27-jährigen Autofahrer wegen eines qualifizierten Raserdelikts zu einer teilbedingten Strafe von 30 Monaten Freiheitsentzug verurteilt.",
        True,
        [("duration", 27, "year", None), ("duration", 30, "month", None)],
        None,
    ),
    (
        "de",
        "Zwölf Monate davon muss der Mann absitzen, der Rest ist bei drei Jahren Probezeit aufgeschoben.",
        True,
        [("duration", 12, "month", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Der Lenker war im Mai 2024 auf der Umfahrungsstrasse bei Kloten mit 154 km/h unterwegs, erlaubt waren 80 km/h.",
        True,
        [("year", 2024, None, None), ("count", 154, None, None), ("count", 80, None, None)],
        None,
    ),
    (
        "de",
        "Zudem verwies ihn das Gericht für sieben Jahre des Landes und auferlegte ihm eine Busse von 2500 Franken.",
        True,
        [("duration", 7, "year", None), ("money", 2500, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bezirksrichter Beat Würgler sagte, der Beschuldigte sei bereits 2021 wegen einer groben Verkehrsregelverletzung verurteilt worden.",
        True,
        [("year", 2021, None, None)],
        "Beat Würgler",
    ),
    (
        "de",
        "«Sie haben die Strasse zur Rennbahn gemacht und das Leben anderer als Einsatz benutzt», sagte Würgler bei der Urteilseröffnung.",
        False,
        [],
        None,
    ),
    ("de", "Die Verteidigung will den Fall ans Zürcher Obergericht weiterziehen.", True, [], None),
    ("de", "Die Anwältin eines Mitfahrers sprach von einem «Urteil, das hoffentlich abschreckt».", False, [], None),
    # --- Biotech founder convicted (Reuters), March 3 ---
    (
        "en",
        "NEW YORK, March 3 (Reuters) - Manhattan federal jurors on Tuesday found the former chief executive of a biotech company guilty of securities fraud for misleading investors about the results of a cancer drug study.",
        True,
        [("date", "--03-03", None, None)],
        None,
    ),
    (
        "en",
        "Jurors found Damon Ashcraft, 51, guilty on seven of the nine counts he faced after deliberating for about 14 hours over three days.",
        True,
        [
            ("duration", 51, "year", None),
            ("count", 7, None, None),
            ("count", 9, None, None),
            ("duration", 14, "hour", "about"),
            ("duration", 3, "day", None),
        ],
        None,
    ),
    ("en", "He was acquitted on the remaining two counts of wire fraud.", True, [("count", 2, None, None)], None),
    (
        "en",
        "Prosecutors said Ashcraft's statements inflated the market value of Veridane Therapeutics by about $640 million before the truth emerged in 2022.",
        True,
        [("money", 640000000, "USD", "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Each securities fraud count is punishable by up to 20 years behind bars.",
        True,
        [("duration", 20, "year", "up_to")],
        None,
    ),
    (
        "en",
        "U.S. District Judge Renata Okafor set sentencing for July 14.",
        True,
        [("date", "--07-14", None, None)],
        None,
    ),
    ("en", "Defense attorney Joel Brannigan said his client would appeal.", True, [], "Joel Brannigan"),
    (
        "en",
        '"The jury was asked to convict a scientist for being hopeful, and hope is not a crime," Brannigan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashcraft showed no visible reaction as the verdict was read, while his wife sat with her head bowed behind him.",
        False,
        [],
        None,
    ),
    # --- Mordversuch an Ex-Partnerin (APA), Mittwoch, 4. März ---
    (
        "de",
        "Klagenfurt (APA) - Ein 39-jähriger Kärntner ist am Mittwoch am Landesgericht Klagenfurt wegen versuchten Mordes an seiner früheren Lebensgefährtin zu 14 Jahren Haft verurteilt worden.",
        True,
        [("duration", 39, "year", None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Nach knapp vierstündiger Beratung bejahten die Geschworenen die Frage nach versuchtem Mord mit fünf zu drei Stimmen.",
        True,
        [("duration", 4, "hour", "nearly"), ("count", 5, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Laut Anklage hatte der Mann der 36-Jährigen im Juli 2025 in ihrer Wohnung in Villach elf Messerstiche zugefügt.",
        True,
        [("duration", 36, "year", None), ("year", 2025, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Frau überlebte nur dank einer Notoperation und lag drei Wochen auf der Intensivstation.",
        True,
        [("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Zusätzlich sprach ihr das Gericht ein Teilschmerzengeld von 20.000 Euro zu.",
        True,
        [("money", 20000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Staatsanwältin Katharina Pirchegger sagte, gegen den Mann habe bereits seit Februar 2025 ein Betretungsverbot für die Wohnung bestanden.",
        True,
        [("year", 2025, None, None)],
        "Katharina Pirchegger",
    ),
    (
        "de",
        "„Er wollte sie nicht zurückgewinnen, er wollte sie auslöschen“, sagte Pirchegger in ihrem Schlussvortrag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Weil der Verteidiger drei Tage Bedenkzeit erbat, ist das Urteil nicht rechtskräftig.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    # --- Whistleblower wins jury award (AP), March 4 ---
    (
        "en",
        "MINNEAPOLIS (AP) — A jury has ordered a regional grocery distributor to pay $14.2 million to a former forklift operator who said he was fired for reporting broken safety equipment.",
        True,
        [("money", 14200000, "USD", None)],
        None,
    ),
    (
        "en",
        "The verdict includes $2.7 million for lost wages and emotional distress and $11.5 million in punitive damages.",
        True,
        [("money", 2700000, "USD", None), ("money", 11500000, "USD", None)],
        None,
    ),
    (
        "en",
        "Terrell Whitcombe, 46, worked at the company's warehouse in Fridley for 11 years before he was dismissed in 2022.",
        True,
        [("duration", 46, "year", None), ("duration", 11, "year", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "The trial lasted eight days, and jurors deliberated for just under five hours.",
        True,
        [("duration", 8, "day", None), ("duration", 5, "hour", "under")],
        None,
    ),
    (
        "en",
        "Whitcombe's attorney, Priya Venkataraman, said the company had received at least 30 written complaints about the equipment before the firing.",
        True,
        [("count", 30, None, "at_least")],
        None,
    ),
    (
        "en",
        '"Today a jury told this company that silencing workers costs far more than fixing forklifts," Venkataraman said.',
        False,
        [],
        None,
    ),
    ("en", "Whitcombe told reporters he had not found steady work since his dismissal.", True, [], "Whitcombe"),
    (
        "en",
        "Brackenfield Provisions said it would challenge the size of the award and, if necessary, appeal.",
        True,
        [],
        "Brackenfield Provisions",
    ),
    ("en", "Legal experts said the punitive damages could well be cut on appeal.", False, [], None),
    # --- BGH kippt Urteil nach Rennen (dpa), Donnerstag, 5. März ---
    (
        "de",
        "Karlsruhe (dpa) - Nach einem tödlichen illegalen Autorennen in Mannheim hat der Bundesgerichtshof das Urteil gegen den Fahrer aufgehoben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 2. Strafsenat gab der Revision der Staatsanwaltschaft statt (Az. 2 StR 318/25).",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Landgericht Mannheim hatte den heute 24-Jährigen wegen fahrlässiger Tötung zu drei Jahren und acht Monaten Haft verurteilt.",
        True,
        [("duration", 24, "year", None), ("duration", 3, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "de",
        "Die Kammer habe einen bedingten Tötungsvorsatz nicht ausreichend geprüft, teilte der Bundesgerichtshof am Donnerstag mit.",
        True,
        [],
        "der Bundesgerichtshof",
    ),
    (
        "de",
        "Der Fahrer war nach den Feststellungen mit mindestens 140 Kilometern pro Stunde durch die Innenstadt gerast, wo 50 erlaubt sind.",
        True,
        [("count", 140, None, "at_least"), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Eine andere Strafkammer des Landgerichts muss den Fall nun neu verhandeln, eine Verurteilung wegen Mordes ist damit wieder möglich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Mutter der getöteten Frau sagte, sie könne erst jetzt wieder hoffen, dass der Tod ihrer Tochter angemessen gesühnt werde.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nebenklagevertreter Malte Kürschner nannte die Entscheidung „ein überfälliges Signal an die Raserszene“.",
        False,
        [],
        None,
    ),
    # --- Lewisham murder trial opens (PA), March 5 ---
    (
        "en",
        "LONDON (PA) - Three teenagers chased a 17-year-old delivery rider across a housing estate in Lewisham before one of them stabbed him to death, the Old Bailey heard.",
        True,
        [("count", 3, None, None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "Kieran Mottram, 19, Dwayne Asante, 18, and a 17-year-old boy who cannot be named for legal reasons deny murder.",
        True,
        [("duration", 19, "year", None), ("duration", 18, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "Prosecutor Rupert Haldane KC said the rider, Samuel Okoro, was stabbed four times on the evening of September 14, 2025.",
        True,
        [("count", 4, None, None), ("date", "2025-09-14", None, None)],
        None,
    ),
    (
        "en",
        "The jury will hear from more than 40 witnesses and see about 90 minutes of CCTV and phone footage, he said.",
        True,
        [("count", 40, None, "over"), ("duration", 90, "minute", "about")],
        None,
    ),
    (
        "en",
        '"Samuel went out to earn a few pounds for his family and never came home," Haldane told the jury.',
        False,
        [],
        None,
    ),
    ("en", "Mottram has admitted possessing a knife in a public place, the court heard.", True, [], None),
    (
        "en",
        "The defendants sat in the glass-fronted dock, flanked by security officers, as the prosecution opened its case.",
        False,
        [],
        None,
    ),
    ("en", "The trial, expected to last five weeks, continues.", True, [("duration", 5, "week", None)], None),
    # --- Mehr Schmerzensgeld nach Operation (dpa/lhe), Freitag, 6. März ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Das Oberlandesgericht Frankfurt hat einer Patientin nach einer missglückten Bandscheibenoperation ein deutlich höheres Schmerzensgeld zugesprochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 8. Zivilsenat erhöhte die Summe von 40.000 auf 75.000 Euro, wie das OLG am Freitag mitteilte.",
        True,
        [("ordinal", 8, None, None), ("money", 40000, "EUR", None), ("money", 75000, "EUR", None)],
        "das OLG",
    ),
    (
        "de",
        "Zudem muss die Klinik der 47-Jährigen einen Verdienstausfall von rund 128.000 Euro ersetzen.",
        True,
        [("duration", 47, "year", None), ("money", 128000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Nach dem Eingriff im Jahr 2020 leidet die Frau an dauerhaften Lähmungen im linken Bein und ist seit vier Jahren arbeitsunfähig.",
        True,
        [("year", 2020, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Ein Gutachter hatte vor dem Senat ausgesagt, der Operateur habe einen Nerv verletzt und dies zu spät bemerkt.",
        True,
        [],
        None,
    ),
    ("de", "Eine Revision ließ der Senat nicht zu (Az. 8 U 112/23).", True, [], None),
    (
        "de",
        "Patientenanwalt Henrik Sturmfels sagte, seine Mandantin habe fast sechs Jahre auf diese Entscheidung gewartet.",
        True,
        [("duration", 6, "year", "nearly")],
        "Henrik Sturmfels",
    ),
    (
        "de",
        "„Meine Mandantin hat nicht um Geld gekämpft, sondern darum, dass ihr endlich jemand glaubt“, sagte Sturmfels.",
        False,
        [],
        None,
    ),
    ("de", "Die Klinik teilte mit, sie werde die schriftliche Begründung in Ruhe prüfen.", False, [], None),
    # --- Hospital billing director jailed (Reuters), March 6 ---
    (
        "en",
        "CHICAGO, March 6 (Reuters) - A former billing director at a suburban Chicago hospital network was sentenced on Friday to 41 months in federal prison for stealing about $2.3 million through fake vendor invoices.",
        True,
        [("date", "--03-06", None, None), ("duration", 41, "month", None), ("money", 2300000, "USD", "about")],
        None,
    ),
    (
        "en",
        "U.S. District Judge Harold Brisbane also ordered Lorraine Petrakis, 59, to pay full restitution and serve three years of supervised release.",
        True,
        [("duration", 59, "year", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Petrakis pleaded guilty in October to one count of wire fraud and one count of filing a false tax return.",
        True,
        [("count", 1, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors said she set up 14 shell companies and approved more than 600 invoices from them between 2016 and 2023.",
        True,
        [
            ("count", 14, None, None),
            ("count", 600, None, "over"),
            ("year", 2016, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "Prosecutors had asked for 57 months, while her lawyers sought probation.",
        True,
        [("duration", 57, "month", None)],
        None,
    ),
    (
        "en",
        "Defense attorney Mitchell Crane said Petrakis had already repaid about $180,000 from the sale of her house.",
        True,
        [("money", 180000, "USD", "about")],
        "Mitchell Crane",
    ),
    (
        "en",
        '"You used a hospital as your private bank while its nurses were asked to work double shifts," Brisbane told her.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I am ashamed of what I did, and I will work every remaining day to make it right," Petrakis told the court.',
        False,
        [],
        None,
    ),
    # --- Anlagebetrug: drei Jahre teilbedingt (APA), Montag, 9. März ---
    (
        "de",
        "Linz (APA) - Drei Jahre teilbedingte Haft hat ein 44-jähriger Finanzberater am Montag am Landesgericht Linz für schweren gewerbsmäßigen Betrug ausgefasst.",
        True,
        [("duration", 3, "year", None), ("duration", 44, "year", None)],
        None,
    ),
    (
        "de",
        "Unbedingt muss der Mann zwölf Monate verbüßen, der Rest wurde unter Setzung einer Probezeit von drei Jahren bedingt nachgesehen.",
        True,
        [("duration", 12, "month", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Für den Schöffensenat stand fest, dass der Mann zwischen 2020 und 2024 insgesamt 83 Kundinnen und Kunden um rund 2,6 Millionen Euro gebracht hatte.",
        True,
        [
            ("year", 2020, None, None),
            ("year", 2024, None, None),
            ("count", 83, None, None),
            ("money", 2600000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Fast die Hälfte des Geldes floss laut Anklage in Sportwagen, Reisen und eine Eigentumswohnung am Attersee.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Den 83 Privatbeteiligten sprach das Gericht Beträge zwischen 4.000 und 160.000 Euro zu.",
        True,
        [("count", 83, None, None), ("money", 4000, "EUR", None), ("money", 160000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Angeklagte hatte sich teilweise schuldig bekannt und angegeben, er habe selbst an die versprochenen Renditen von acht Prozent im Jahr geglaubt.",
        True,
        [("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Verhandelt wurde an fünf Tagen, teilte das Landesgericht Linz mit.",
        True,
        [("duration", 5, "day", None)],
        "das Landesgericht Linz",
    ),
    (
        "de",
        "Opferanwalt Florian Gstöttner sagte, mindestens 20 seiner Mandanten hätten ihre gesamte Altersvorsorge verloren.",
        True,
        [("count", 20, None, "at_least")],
        "Florian Gstöttner",
    ),
    (
        "de",
        "„Sie haben mit dem Vertrauen von Pensionisten gespielt wie mit Jetons im Casino“, sagte die Vorsitzende des Schöffensenats.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sowohl der Verteidiger als auch die Staatsanwältin erbaten Bedenkzeit, das Urteil ist somit nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    # --- Developer must pay Gulf fund (Reuters), March 9 ---
    (
        "en",
        "LONDON, March 9 (Reuters) - A London judge on Monday ordered a property developer to pay 18.4 million pounds to a Gulf investment fund, ruling he had deceived it over a hotel project in Manchester.",
        True,
        [("date", "--03-09", None, None), ("money", 18400000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Judge Miranda Coleshill found that Oliver Stanbridge had overstated advance sales of apartments by roughly two-thirds in documents sent to the fund in 2021.",
        True,
        [("fraction", 0.6667, None, "about"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The award includes 3.1 million pounds in interest and follows a 22-day trial at the High Court.",
        True,
        [("money", 3100000, "GBP", None), ("duration", 22, "day", None)],
        None,
    ),
    (
        "en",
        "The fund, Qasr Meridian Capital, had originally claimed 26 million pounds.",
        True,
        [("money", 26000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Qasr Meridian Capital said it would seek to enforce the judgment against Stanbridge's assets in Britain and Dubai.",
        True,
        [],
        "Qasr Meridian Capital",
    ),
    ("en", "Stanbridge's lawyers said he would seek permission to appeal.", True, [], None),
    (
        "en",
        '"Mr Stanbridge\'s evidence was, at best, unreliable and, at worst, deliberately misleading," Coleshill wrote in her judgment.',
        False,
        [],
        None,
    ),
    ("en", "A spokesperson for Stanbridge declined to comment further.", False, [], None),
    # --- Schockanrufer verurteilt (dpa/lby), Dienstag, 10. März ---
    (
        "de",
        "Regensburg (dpa/lby) - Wegen Dutzender Schockanrufe bei Senioren hat das Landgericht Regensburg vier Männer zu Haftstrafen zwischen zwei Jahren und neun Monaten und sechs Jahren und drei Monaten verurteilt.",
        True,
        [
            ("count", 4, None, None),
            ("duration", 2, "year", None),
            ("duration", 9, "month", None),
            ("duration", 6, "year", None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Die Angeklagten im Alter von 23 bis 41 Jahren hatten nach Überzeugung der Kammer zwischen Herbst 2023 und Sommer 2024 mindestens 31 Seniorinnen und Senioren um Bargeld und Schmuck gebracht.",
        True,
        [
            ("duration", 23, "year", None),
            ("duration", 41, "year", None),
            ("year", 2023, None, None),
            ("year", 2024, None, None),
            ("count", 31, None, "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Der Schaden liegt nach Angaben des Gerichts bei rund 870.000 Euro.",
        True,
        [("money", 870000, "EUR", "about")],
        "das Gericht",
    ),
    (
        "de",
        "Rund ein Drittel der Beute ist nach Angaben der Ermittler bis heute verschwunden.",
        True,
        [("fraction", 0.3333, None, "about")],
        "die Ermittler",
    ),
    (
        "de",
        "Das älteste Opfer war eine 93 Jahre alte Frau aus Straubing, die ihre gesamten Ersparnisse von 62.000 Euro übergab.",
        True,
        [("duration", 93, "year", None), ("money", 62000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Prozess dauerte 26 Verhandlungstage, die Kammer hörte 58 Zeugen.",
        True,
        [("count", 26, None, None), ("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Der Vorsitzende Richter Konrad Eschlbeck sagte, die Anrufe seien aus einem Callcenter in der Türkei gesteuert worden.",
        True,
        [],
        "Konrad Eschlbeck",
    ),
    (
        "de",
        "„Sie haben die Einsamkeit alter Menschen ausgenutzt, das war kaltblütig und perfide“, sagte Eschlbeck.",
        False,
        [],
        None,
    ),
    ("de", "Drei der Verurteilten kündigten über ihre Anwälte Revision an.", True, [("count", 3, None, None)], None),
    (
        "de",
        "Die Zahl der Schockanrufe in Bayern ist nach Angaben des Landeskriminalamts im vergangenen Jahr um 14 Prozent gestiegen.",
        True,
        [("percent", 14, "%", None)],
        "das Landeskriminalamt",
    ),
    ("de", "Die Polizei rät, bei solchen Anrufen sofort aufzulegen und Angehörige zu verständigen.", False, [], None),
    # --- Planner jailed over clients' savings (AAP), March 10 ---
    (
        "en",
        "MELBOURNE (AAP) - A former financial planner who stole more than A$4.8 million from 37 clients was on Tuesday sentenced to nine years and six months behind bars.",
        True,
        [
            ("money", 4800000, "AUD", "over"),
            ("count", 37, None, None),
            ("duration", 9, "year", None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "en",
        "County Court Judge Fiona Halloran set a non-parole period of six years for Bradley Kinsella, 63.",
        True,
        [("duration", 6, "year", None), ("duration", 63, "year", None)],
        None,
    ),
    (
        "en",
        "Kinsella pleaded guilty to 22 charges of obtaining property by deception, committed between 2015 and 2022.",
        True,
        [("count", 22, None, None), ("year", 2015, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Most of his victims were retirees, and the oldest was 88 when she handed over her savings, the court was told.",
        True,
        [("duration", 88, "year", None)],
        None,
    ),
    (
        "en",
        "Only about A$310,000 has been recovered, according to the prosecution.",
        True,
        [("money", 310000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Detective Sergeant Carla Moretti said police had traced most of the money to online betting accounts and a holiday house on the Mornington Peninsula.",
        True,
        [],
        "Carla Moretti",
    ),
    (
        "en",
        '"He treated their life savings as a line of credit for his own lifestyle," Judge Halloran said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I lost my trust in everyone, not just in him," a victim told the court in a statement read by a prosecutor.',
        False,
        [],
        None,
    ),
    # --- Bundesgericht bestätigt Veruntreuung (Keystone-SDA), Mittwoch, 11. März ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Das Bundesgericht hat die Verurteilung eines früheren Gemeindeschreibers aus dem Kanton Solothurn wegen mehrfacher qualifizierter Veruntreuung bestätigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es wies die Beschwerde des 61-Jährigen ab, wie das Bundesgericht am Mittwoch mitteilte (Urteil 6B_1182/2025).",
        True,
        [("duration", 61, "year", None)],
        "das Bundesgericht",
    ),
    (
        "de",
        "Das Solothurner Obergericht hatte ihn zu einer Freiheitsstrafe von 34 Monaten verurteilt, davon 12 Monate unbedingt.",
        True,
        [("duration", 34, "month", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Mann hatte zwischen 2014 und 2021 rund 1,12 Millionen Franken aus der Gemeindekasse auf eigene Konten umgeleitet.",
        True,
        [("year", 2014, None, None), ("year", 2021, None, None), ("money", 1120000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Er muss der Gemeinde zudem eine Ersatzforderung von 650'000 Franken leisten.",
        True,
        [("money", 650000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Vor Bundesgericht hatte er geltend gemacht, die Vorinstanz habe ein entlastendes Gutachten zu Unrecht übergangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Lausanner Richter entschieden in Dreierbesetzung und befanden, das Obergericht habe das Gutachten ausreichend gewürdigt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "Die Gemeindepräsidentin sprach von einem «Schlussstrich unter ein dunkles Kapitel».", False, [], None),
    # --- Denver deputy verdict (AP), March 12 ---
    (
        "en",
        "DENVER (AP) — A jury on Thursday acquitted a former sheriff's deputy of second-degree murder but convicted him of criminally negligent homicide in the shooting of an unarmed man during a traffic stop.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Former Arapahoe County deputy Kyle Vorhees, 34, faces up to three years in prison on the lesser charge, prosecutors said.",
        True,
        [("duration", 34, "year", None), ("duration", 3, "year", "up_to")],
        None,
    ),
    (
        "en",
        "Jurors deliberated over two days after a nine-day trial in which they heard from 23 witnesses.",
        True,
        [("duration", 2, "day", None), ("duration", 9, "day", None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Body camera video played at trial showed Vorhees firing five shots within about four seconds.",
        True,
        [("count", 5, None, None), ("duration", 4, "second", "about")],
        None,
    ),
    (
        "en",
        "Defense attorney Gretchen Ellery said Vorhees had believed the driver was reaching for a weapon under the seat.",
        True,
        [],
        "Gretchen Ellery",
    ),
    (
        "en",
        '"My son deserved the whole truth, and today he got only part of it," the dead man\'s mother said outside the courthouse.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Chief Deputy District Attorney Monica Traverso said her office would ask for the maximum sentence.",
        True,
        [],
        "Monica Traverso",
    ),
    ("en", "Sentencing was set for May 8.", True, [("date", "--05-08", None, None)], None),
    # --- Insiderhandel: Bewährung für Ex-Banker (Reuters), Donnerstag, 12. März ---
    (
        "de",
        "Frankfurt (Reuters) - Das Landgericht Frankfurt hat einen früheren Investmentbanker wegen Insiderhandels zu einer Bewährungsstrafe von einem Jahr und neun Monaten verurteilt.",
        True,
        [("duration", 1, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Zudem muss der 38-Jährige eine Geldauflage von 150.000 Euro zahlen, die Bewährungszeit beträgt drei Jahre.",
        True,
        [("duration", 38, "year", None), ("money", 150000, "EUR", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Überzeugung der Kammer hatte er im Frühjahr 2023 vor der Übernahme eines Chemiekonzerns Aktien für rund 1,4 Millionen Euro gekauft und einen Gewinn von gut 310.000 Euro erzielt.",
        True,
        [("year", 2023, None, None), ("money", 1400000, "EUR", "about"), ("money", 310000, "EUR", "over")],
        None,
    ),
    ("de", "Der Gewinn wird eingezogen, teilte das Landgericht Frankfurt mit.", True, [], "das Landgericht Frankfurt"),
    (
        "de",
        "Gleich am ersten Prozesstag hatte der Mann alle Vorwürfe eingeräumt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Der Kapitalmarkt lebt vom Vertrauen, und Sie haben dieses Vertrauen für einen schnellen Gewinn verkauft“, sagte die Vorsitzende Richterin.",
        False,
        [],
        None,
    ),
    ("de", "Sein Verteidiger Jonas Ebersberger nannte das Urteil „hart, aber vertretbar“.", False, [], None),
    # --- Ex-banker gets suspended term (Reuters), March 12 ---
    (
        "en",
        "FRANKFURT, March 12 (Reuters) - A former investment banker was given a suspended sentence of one year and nine months on Thursday for insider trading ahead of a chemicals takeover, a Frankfurt court said.",
        True,
        [("date", "--03-12", None, None), ("duration", 1, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "The 38-year-old, whose name was withheld under German privacy rules, must also pay 150,000 euros to a charity.",
        True,
        [("duration", 38, "year", None), ("money", 150000, "EUR", None)],
        None,
    ),
    (
        "en",
        "He bought shares worth about 1.4 million euros in spring 2023 and made a profit of more than 310,000 euros, the court found.",
        True,
        [("money", 1400000, "EUR", "about"), ("year", 2023, None, None), ("money", 310000, "EUR", "over")],
        None,
    ),
    ("en", "Both the defence and prosecutors can still appeal the ruling.", True, [], None),
    ("en", "A lawyer for the bank that employed him at the time declined to comment.", False, [], None),
    # --- Beamte beleidigt: 120 Tagessätze (dpa/bb), Freitag, 13. März ---
    (
        "de",
        "Berlin (dpa/bb) - Weil er zwei Polizisten bei einer Verkehrskontrolle beleidigt und einen von ihnen gestoßen hat, muss ein 52-jähriger Unternehmer 6.000 Euro Strafe zahlen.",
        True,
        [("count", 2, None, None), ("duration", 52, "year", None), ("money", 6000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Amtsgericht Tiergarten verurteilte ihn nach zweistündiger Verhandlung zu 120 Tagessätzen zu je 50 Euro.",
        True,
        [("duration", 2, "hour", None), ("count", 120, None, None), ("money", 50, "EUR", None)],
        None,
    ),
    (
        "de",
        "Weil die Strafe über 90 Tagessätzen liegt, wird sie ins Führungszeugnis eingetragen.",
        True,
        [("count", 90, None, "over")],
        None,
    ),
    (
        "de",
        "Die Anklage hatte 160 Tagessätze verlangt, die Verteidigung eine bloße Verwarnung mit Strafvorbehalt.",
        True,
        [("count", 160, None, None)],
        None,
    ),
    (
        "de",
        "Richterin Svenja Hallbauer sagte, der Mann habe die Beamten nach Aussage mehrerer Zeugen minutenlang beschimpft.",
        True,
        [],
        "Svenja Hallbauer",
    ),
    ("de", "„Die Uniform ist keine Zielscheibe für schlechte Laune“, sagte Hallbauer.", False, [], None),
    (
        "de",
        "Der Angeklagte entschuldigte sich im Prozess bei den Beamten und sprach von einem „schwarzen Tag“ in seinem Leben.",
        False,
        [],
        None,
    ),
    ("de", "Rechtskräftig ist das Urteil noch nicht.", True, [], None),
    # --- Ticket fee settlement approved (Reuters), March 16 ---
    (
        "en",
        "NEW YORK, March 16 (Reuters) - A federal judge in Manhattan on Monday granted final approval to a $62 million settlement resolving claims that a ticketing platform hid mandatory fees from buyers.",
        True,
        [("date", "--03-16", None, None), ("money", 62000000, "USD", None)],
        None,
    ),
    (
        "en",
        "About 4.1 million customers who bought tickets between 2019 and 2024 are eligible for payments of up to $45 each.",
        True,
        [
            ("count", 4100000, None, "about"),
            ("year", 2019, None, None),
            ("year", 2024, None, None),
            ("money", 45, "USD", "up_to"),
        ],
        None,
    ),
    (
        "en",
        "U.S. District Judge Caroline Ashworth awarded the plaintiffs' lawyers 25% of the fund, less than the 30% they had requested.",
        True,
        [("percent", 25, "%", None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "Lead plaintiffs' attorney Naomi Feld-Castillo said about 1.3 million class members had already filed claims.",
        True,
        [("count", 1300000, None, "about")],
        "Naomi Feld-Castillo",
    ),
    (
        "en",
        "Claims have come in from roughly one in three eligible customers so far, according to the settlement administrator.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    ("en", '"Hidden fees are a tax on every fan who just wants to see a show," Feld-Castillo said.', False, [], None),
    ("en", "The company, TixHarbor, did not admit wrongdoing under the agreement.", True, [], None),
    (
        "en",
        "TixHarbor said it had already changed its checkout pages to show the full price upfront.",
        True,
        [],
        "TixHarbor",
    ),
    ("en", "Consumer groups called the payout modest for a company of its size.", False, [], None),
    # --- OLG Wien senkt Strafe für Schlepper (APA), Montag, 16. März ---
    (
        "de",
        "Wien (APA) - Das Oberlandesgericht Wien hat die Haftstrafe für einen Schlepper, bei dessen Fahrt durch das Burgenland zwei Migranten erstickt waren, von neun auf sieben Jahre herabgesetzt.",
        True,
        [("count", 2, None, None), ("duration", 9, "year", None), ("duration", 7, "year", None)],
        None,
    ),
    (
        "de",
        "Der Berufungssenat begründete dies mit dem umfassenden Geständnis des 33-jährigen Bulgaren und seiner bisherigen Unbescholtenheit.",
        True,
        [("duration", 33, "year", None)],
        None,
    ),
    (
        "de",
        "In dem Kleintransporter waren im August 2024 insgesamt 26 Menschen auf engstem Raum eingepfercht gewesen.",
        True,
        [("year", 2024, None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Das Landesgericht Eisenstadt hatte den Mann im Mai 2025 nach zwei Verhandlungstagen verurteilt.",
        True,
        [("year", 2025, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Entscheidung ist rechtskräftig, teilte das Oberlandesgericht Wien mit.",
        True,
        [],
        "das Oberlandesgericht Wien",
    ),
    (
        "de",
        "Ein Sprecher der Staatsanwaltschaft Eisenstadt sprach von einem „falschen Signal an die Schlepperbanden“.",
        False,
        [],
        None,
    ),
    # --- Care worker spared jail (PA), March 17 ---
    (
        "en",
        "NOTTINGHAM (PA) - A care home worker who stole jewellery and cash from elderly residents has been given a 16-month prison sentence suspended for two years.",
        True,
        [("duration", 16, "month", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Shauna Pilbeam, 31, admitted eight counts of theft at Nottingham Crown Court.",
        True,
        [("duration", 31, "year", None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "She was also ordered to carry out 180 hours of unpaid work and pay £3,250 in compensation.",
        True,
        [("duration", 180, "hour", None), ("money", 3250, "GBP", None)],
        None,
    ),
    (
        "en",
        "The thefts, worth about £9,400 in total, took place over 14 months at a home in Beeston.",
        True,
        [("money", 9400, "GBP", "about"), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "Detective Constable Amir Rashid of Nottinghamshire Police said some of the jewellery had been sold to pawn shops in Derby.",
        True,
        [],
        "Amir Rashid",
    ),
    (
        "en",
        "Her barrister said she had fallen into debt after her partner left and had repaid part of the money.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"These residents trusted you with the most private corners of their lives," Recorder Simon Hargreaves told her.',
        False,
        [],
        None,
    ),
    ("en", "The daughter of a victim said her mother no longer felt safe in her own room.", False, [], None),
    # --- Messerangriff in Straßenbahn (dpa/lsn), Dienstag, 17. März ---
    (
        "de",
        "Leipzig (dpa/lsn) - Nach einem Messerangriff in einer Straßenbahn hat das Landgericht Leipzig einen 17-Jährigen zu einer Jugendstrafe von vier Jahren und sechs Monaten verurteilt.",
        True,
        [("duration", 17, "year", None), ("duration", 4, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Die Jugendkammer sprach ihn des versuchten Totschlags und der gefährlichen Körperverletzung schuldig.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Jugendliche hatte im September 2025 einem 22-Jährigen nach einem Streit dreimal in den Rücken gestochen.",
        True,
        [("year", 2025, None, None), ("duration", 22, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte fünf Jahre und drei Monate gefordert.",
        True,
        [("duration", 5, "year", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Der Prozess fand wegen des Alters des Angeklagten unter Ausschluss der Öffentlichkeit statt, teilte ein Gerichtssprecher mit.",
        True,
        [],
        "ein Gerichtssprecher",
    ),
    (
        "de",
        "Das Opfer leidet nach Angaben seines Anwalts bis heute unter Lähmungserscheinungen im linken Arm.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Ein Messer in der Tasche macht niemanden stärker, es macht aus einem Streit eine Tragödie“, sagte der Vorsitzende Richter.",
        False,
        [],
        None,
    ),
    ("de", "Die Eltern des Angeklagten verließen den Saal nach der Urteilsverkündung wortlos.", False, [], None),
    # --- Engineer jailed for trade secrets theft (Reuters), March 18 ---
    (
        "en",
        "SAN FRANCISCO, March 18 (Reuters) - A former self-driving car engineer was sentenced on Wednesday to 30 months in prison for stealing trade secrets from his employer before joining a rival startup.",
        True,
        [("date", "--03-18", None, None), ("duration", 30, "month", None)],
        None,
    ),
    (
        "en",
        "Wei-Lun Tsao, 42, had pleaded guilty to one count of theft of trade secrets in a deal with prosecutors.",
        True,
        [("duration", 42, "year", None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "He downloaded more than 14,000 confidential files in the three weeks before he resigned in 2023, according to court filings.",
        True,
        [("count", 14000, None, "over"), ("duration", 3, "week", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Martin Ostrander also fined Tsao $250,000 and ordered him to pay $1.1 million in restitution.",
        True,
        [("money", 250000, "USD", None), ("money", 1100000, "USD", None)],
        None,
    ),
    (
        "en",
        "The Justice Department said it was the fourth trade secrets conviction involving autonomous vehicle technology since 2020.",
        True,
        [("ordinal", 4, None, None), ("year", 2020, None, None)],
        "the Justice Department",
    ),
    ("en", "Tsao's lawyer said his client had never shared the files with anyone at his new company.", True, [], None),
    (
        "en",
        "\"Innovation cannot survive if engineers walk out the door with their employer's crown jewels,\" the U.S. attorney's office said in a statement.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Tsao's lawyer said his client was deeply remorseful and hoped to work as an engineer again.",
        False,
        [],
        None,
    ),
    # --- Klage gegen Flughafen abgewiesen (dpa/lnw), Mittwoch, 18. März ---
    (
        "de",
        "Köln (dpa/lnw) - Das Landgericht Köln hat die Schadenersatzklage eines Reiseveranstalters gegen einen Flughafenbetreiber über 2,8 Millionen Euro abgewiesen.",
        True,
        [("money", 2800000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Veranstalter hatte geltend gemacht, wegen eines mehrtägigen Ausfalls der Gepäckanlage im Sommer 2024 seien 412 Flüge verspätet gewesen und mehr als 9.000 Kunden hätten Entschädigungen verlangt.",
        True,
        [("year", 2024, None, None), ("count", 412, None, None), ("count", 9000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Haftung für technische Störungen sei im Vertrag ausdrücklich ausgeschlossen, teilte das Landgericht Köln am Mittwoch mit.",
        True,
        [],
        "das Landgericht Köln",
    ),
    (
        "de",
        "Die 16. Zivilkammer folgte damit der Argumentation des Flughafens (Az. 16 O 284/24).",
        True,
        [("ordinal", 16, None, None)],
        None,
    ),
    (
        "de",
        "Gegen das Urteil kann der Veranstalter binnen eines Monats Berufung beim Oberlandesgericht Köln einlegen.",
        True,
        [],
        None,
    ),
    ("de", "Ein Sprecher des Reiseveranstalters sagte, man werde die Urteilsbegründung genau prüfen.", False, [], None),
    ("de", "Der Anwalt des Flughafens sprach von einer „erwartbaren und richtigen Entscheidung“.", False, [], None),
    # --- Baltimore settles wrongful conviction (AP), March 18 ---
    (
        "en",
        "BALTIMORE (AP) — Baltimore will pay $9.5 million to a man who was wrongly imprisoned for 23 years over a killing he had nothing to do with, under a settlement approved by the city's spending board on Wednesday.",
        True,
        [("money", 9500000, "USD", None), ("duration", 23, "year", None)],
        None,
    ),
    (
        "en",
        "Darnell Pritchett, now 42, was 18 when he was convicted in 2002 largely because a single eyewitness identified him, a witness who took back her account years later.",
        True,
        [("duration", 42, "year", None), ("duration", 18, "year", None), ("year", 2002, None, None)],
        None,
    ),
    (
        "en",
        "A judge vacated his conviction in 2025 after DNA testing pointed to another man.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "The settlement is the second-largest wrongful conviction payout in the city's history, according to city records.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Deputy City Solicitor Andrea Whitfield said the money would be paid in two installments from the city's self-insurance fund.",
        True,
        [("count", 2, None, None)],
        "Andrea Whitfield",
    ),
    ("en", "The city admitted no wrongdoing under the agreement.", True, [], None),
    (
        "en",
        '"Money cannot return the birthdays he spent behind bars," Pritchett\'s attorney, Loretta Bankole, told reporters.',
        False,
        [],
        None,
    ),
    ("en", '"I am not angry anymore, I just want to live," Pritchett said.', False, [], None),
    # --- Geldwäscherei: Geldstrafe für Bankberater (Keystone-SDA), Donnerstag, 19. März ---
    (
        "de",
        "Bellinzona (Keystone-SDA) - Das Bundesstrafgericht hat einen früheren Kundenberater einer Genfer Privatbank wegen Geldwäscherei zu einer bedingten Geldstrafe von 180 Tagessätzen à 110 Franken verurteilt.",
        True,
        [("count", 180, None, None), ("money", 110, "CHF", None)],
        None,
    ),
    ("de", "Die Probezeit beträgt zwei Jahre.", True, [("duration", 2, "year", None)], None),
    (
        "de",
        "Der 56-Jährige hatte laut Urteil zwischen 2017 und 2019 Überweisungen von insgesamt rund 23 Millionen Franken für einen Kunden aus Osteuropa ausgeführt, ohne die Herkunft der Gelder abzuklären.",
        True,
        [
            ("duration", 56, "year", None),
            ("year", 2017, None, None),
            ("year", 2019, None, None),
            ("money", 23000000, "CHF", "about"),
        ],
        None,
    ),
    (
        "de",
        "Die Bundesanwaltschaft hatte eine bedingte Freiheitsstrafe von 20 Monaten beantragt.",
        True,
        [("duration", 20, "month", None)],
        None,
    ),
    (
        "de",
        "Bundesanwältin Seraina Tobler-Kälin sagte, die Bank habe die Zahlungen intern mehrfach als auffällig markiert.",
        True,
        [],
        "Seraina Tobler-Kälin",
    ),
    (
        "de",
        "Die Bank selbst war bereits 2024 per Strafbefehl zu einer Busse von 1,5 Millionen Franken verurteilt worden.",
        True,
        [("year", 2024, None, None), ("money", 1500000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Ein Bankier darf nicht wegschauen, nur weil ein Kunde viel Geld bringt», sagte die vorsitzende Richterin.",
        False,
        [],
        None,
    ),
    ("de", "Ob sein Mandant den Entscheid weiterzieht, wollte der Verteidiger nicht sagen.", False, [], None),
    ("de", "Gegen den Entscheid (SK.2025.31) ist eine Beschwerde ans Bundesgericht möglich.", True, [], None),
    # --- Drink-driver's term increased (PA), March 19 ---
    (
        "en",
        "LONDON (PA) - A drink-driver who killed a cyclist on the A38 has had his prison sentence increased from four years to six years and eight months after the Court of Appeal ruled it unduly lenient.",
        True,
        [("duration", 4, "year", None), ("duration", 6, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Three judges agreed with the Solicitor General that the original term did not reflect the gravity of the offence.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Callum Fryer, 29, was almost three times the drink-drive limit when he struck Martin Oduya, 61, near Bromsgrove in March 2025.",
        True,
        [
            ("duration", 29, "year", None),
            ("count", 3, None, "nearly"),
            ("duration", 61, "year", None),
            ("year", 2025, None, None),
        ],
        None,
    ),
    ("en", "His driving ban was also extended to nine years.", True, [("duration", 9, "year", None)], None),
    (
        "en",
        "Fryer had already served about a quarter of his original term.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "More than 150 sentences were increased under the unduly lenient sentence scheme last year, the Attorney General's Office said.",
        True,
        [("count", 150, None, "over")],
        None,
    ),
    (
        "en",
        '"Martin should have come home that evening, and nothing about this ruling changes that," his widow said in a statement.',
        False,
        [],
        None,
    ),
    ("en", "Cycling campaigners welcomed the decision as a long-overdue message to drivers.", False, [], None),
    # --- Kriegsverbrecherprozess in Celle (dpa/lni), Freitag, 20. März ---
    (
        "de",
        "Celle (dpa/lni) - Vor dem Oberlandesgericht Celle hat der Prozess gegen einen 47-jährigen Syrer wegen Kriegsverbrechen und Mordes in neun Fällen begonnen.",
        True,
        [("duration", 47, "year", None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesanwaltschaft wirft ihm vor, 2013 als Aufseher eines Gefängnisses nahe Homs Gefangene gefoltert und getötet zu haben.",
        True,
        [("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Für das Verfahren hat der Staatsschutzsenat zunächst 42 Verhandlungstage bis Dezember angesetzt.",
        True,
        [("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Gerichts sollen mehr als 30 Zeugen aussagen, darunter mehrere Überlebende aus Deutschland, Schweden und den Niederlanden.",
        True,
        [("count", 30, None, "over")],
        "das Gericht",
    ),
    (
        "de",
        "Der Angeklagte war im Februar 2025 in einer Flüchtlingsunterkunft in Niedersachsen festgenommen worden und sitzt seither in Untersuchungshaft.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Zum Auftakt ließ er über seine Verteidigerin erklären, er habe nie einen Gefangenen misshandelt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Dieser Prozess gibt den Opfern eine Stimme, die ihnen niemand mehr nehmen kann“, sagte eine Vertreterin der Nebenklage.",
        False,
        [],
        None,
    ),
    ("de", "Vor dem Gerichtsgebäude hielten Exil-Syrer Fotos von Verschwundenen in die Höhe.", False, [], None),
    # --- Site director guilty of manslaughter (PA), March 20 ---
    (
        "en",
        "LEEDS (PA) - A site director has been found guilty of the manslaughter of two labourers who died when a trench collapsed on a building site in Wakefield.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The jury at Leeds Crown Court convicted Graham Tillotson, 54, by a majority of 10 to two after deliberating for more than 11 hours.",
        True,
        [
            ("duration", 54, "year", None),
            ("count", 10, None, None),
            ("count", 2, None, None),
            ("duration", 11, "hour", "over"),
        ],
        None,
    ),
    (
        "en",
        "Hollinsgate Groundworks Ltd changed its plea to guilty on the 12th day of the trial.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    ("en", "Mr Justice Oakhurst adjourned sentencing until 17 April.", True, [("date", "--04-17", None, None)], None),
    (
        "en",
        "The company will be sentenced on the same day and faces an unlimited fine, the Crown Prosecution Service said.",
        True,
        [],
        "the Crown Prosecution Service",
    ),
    (
        "en",
        "Detective Inspector Lucy Armitage of West Yorkshire Police said the men's families had waited almost two years for the verdict.",
        True,
        [("duration", 2, "year", "nearly")],
        "Lucy Armitage",
    ),
    ("en", '"No family should ever have to bury someone who simply went to work," Armitage said.', False, [], None),
    (
        "en",
        "Relatives of both men embraced in the gallery when the jury foreman announced the verdicts.",
        False,
        [],
        None,
    ),
]
