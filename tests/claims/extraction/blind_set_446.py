"""Four-hundred-and-forty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the holders of single real offices appear only by
office ("the Solicitor General", "the Solicitor General's office", "the U.S. attorney's
office", "the court's prosecutor", „die BKA-Vizepräsidentin“, „die Bürgermeisterin“), and
judges, prosecutors, police officers, city lawyers and defence lawyers of real courts,
forces and cities appear under made-up names that stand for no real holder, or by their
role only („der Vorsitzende Richter“, „ein Gerichtssprecher“, „eine Gerichtssprecherin“,
„die Verteidigerin“, „ein Gutachter“, „eine Vertreterin der Nebenklage“, "the judge", "a
Home Office spokesperson", "a spokesperson for the insurers", "Rainsford's public
defender", "Ferrante-Kidd's barrister").

Names: the defendants, victims, relatives, judges, prosecutors, lawyers, officers,
campaigners and firms are invented - Meike Terhorst-Baum, Arne Büttgenbach, Verena
Stögerer-Haindl, Lukas Pfurtscheller-Ruech, Elisabeth Gromer-Stadler, Kai-Uwe Lenzing,
Ricarda Vöhringer-Lutz, Yusuf Kaplanoğlu, Bernhard Aichholzer-Zenz and the payments firm
Paytrion; Jordan Maybury-Hale, Rhiannon Castellow, Imogen Strickland-Ayre, Emmett
Calloway-Rusk, Harriet Lindqvist, Lucinda Farraday-Osei, Graciela Montemayor-Pike, Wendell
and Marianne Ostrowski, Calder Ridge Freight, Declan Farrimond, Lord Justice Pemberton-Lyle,
Nathaniel Ferrante-Kidd, Belinda Ashgrove, Gareth Molyneux, Hugo Marchetti-Blaine, Aegeon
Maritime, Lamont Whitaker-Greaves, Rosalind Ekwall, Terrance Holloway-Price, Deborah
Nakashima-Frey, Ross McAllister-Dunn, Amir Haddadi, Moira Baxendale, Bernadette
Callaghan-Moss, Kaiden Strzelecki, Rosalie Dunmore-Keane, Mia Lorrimer, Jack Sefton,
Ousmane Ngarbaye-Kossi, Katalin Vörösmarty-Lenz, Pascal Ndiaye-Morel, Cody Rainsford,
Camille Okereke-Sandoval, Adrian Kettleborough, Naomi Sturridge, Leon Abernethy-Cole, and
every unnamed defendant, victim, relative, expert, spokesperson, campaigner and
shareholder. Real courts, bodies, laws and places (Landgericht Bochum, Bundesgerichtshof
and its 6. Strafsenat, Landgericht Osnabrück, Strafgesetzbuch, StGB, Landesgericht Wien,
Staatsanwaltschaft Wien, Bundesgericht, Zürcher Obergericht, Winterthur, Oberlandesgericht
Oldenburg (OLG) and its 5. Zivilsenat, Amtsgericht München, Landesgericht Innsbruck,
Landgericht München I, Landgericht Hamburg, Landgericht Stuttgart, Bundeskriminalamt
(BKA), Bitkom, Landgericht Dortmund, Wirtschafts- und Korruptionsstaatsanwaltschaft
(WKStA), Landesgericht Graz, Landgericht Magdeburg, Zypern, Dubai, Serbien, Ecuador,
Bremen; Birmingham Crown Court, Shropshire, West Mercia Police, the Justice Department,
Manhattan, Maricopa County, Interstate 10, the Court of Appeal, Chester Crown Court, the
A55, Ewloe, the NSW District Court, the Australian Federal Police, the High Court, the
U.S. attorney's office in Atlanta, Chicago's City Council, the High Court in Glasgow,
Govan, Police Scotland, the Office for National Statistics, the Metropolitan Police, the
Home Office, the County Court in Melbourne, Dandenong, Victoria Police, the International
Criminal Court, the Central African Republic, a Paris criminal court, Southwark Crown
Court, Guildford, the Fraud Act 2006, the Crown Prosecution Service, Surrey Police, and
the datelines' cities) stand for the way wire copy names them; every case, charge, count,
verdict, tally, sentence, day-fine, fine, award, settlement, sum, age, trial day, witness
count, statistic, case number and quote here is invented, and where a real figure came to
mind (a real state's crime total, a real clearance rate, a real settlement, a real count
of increased sentences, a real case number) it was changed.

Its weight: COURTS, CRIME AND JUSTICE, the second round under this heading (the
thirty-ninth batch weighed courts, crime and justice in depth) and the sixth on criminal
trials (the hundred-second batch weighed courts, trials and investigations, the
two-hundred-and-thirteenth criminal and civil courts at home, the two-hundred-and-ninetieth
criminal trials in Germany, the three-hundred-and-forty-fourth criminal trials and court
rulings and the four-hundred-and-seventh courts, trials and sentences; the fifty-fifth,
hundred-fifty-second, hundred-seventy-fourth, hundred-eighty-seventh,
two-hundred-and-forty-eighth, two-hundred-and-fifty-seventh, three-hundred-and-tenth,
three-hundred-and-eighteenth, three-hundred-and-sixty-seventh, three-hundred-and-seventy-
seventh and four-hundred-and-thirteenth weighed sentencing, police, crime statistics,
international, higher and constitutional courts and civil litigation beside them, and all
their decisions are kept) - over two wire weeks of one year, Monday June 8 to Friday June
19, as 30 short stories in story order, the German and English stories interleaved by
day, each told as wire copy runs it (a dateline lead with the charge, the verdict or the
figure, the sentence and the sums, the defendants' and victims' ages, both sides, a quote,
the legal status and the next step). German (dpa with "dpa/lnw", "dpa/lni", "dpa/lby",
"dpa/lsw", "dpa/sa", APA, Keystone-SDA, Reuters German; Austrian "Schöffensenat",
"Geschworenen", "Wahrspruch", "Teilschmerzengeld", "Privatbeteiligten", "bedingt
nachgesehen", "Bedenkzeit", "Amtsmissbrauch"; Swiss "Landesverweisung",
"Ersatzforderung", "innert", "weitergezogen", "Pensionierte", "780'000 Franken", «» quotes,
no "ß"; German „“ quotes, "Verhandlungstage", "Tagessätzen zu je", "Bewährungsstrafe",
"Bewährungsauflage", "Jugendstrafen", "Revision", "Nebenklage", "Einziehung"): a home-care
billing fraud verdict in Bochum, the Bundesgerichtshof upholding a manslaughter verdict
from Osnabrück, an online investment fraud before a Vienna Schöffensenat, the
Bundesgericht upholding a dealer's expulsion, pain and suffering raised by the OLG
Oldenburg after a botched spinal operation, day-fines for insulting a mayor online at the
Amtsgericht München, an axe attack before an Innsbruck jury, a payments firm's former
finance chief sentenced in Munich, a cocaine smuggling trial opening in Hamburg, the
Zürcher Obergericht cutting an asset manager's term on appeal, a supplier's bribed buyer
in Stuttgart, the Bundeskriminalamt's cybercrime figures, kiosk robberies before a
juvenile chamber in Dortmund, the WKStA indicting a former mayor in Styria and illegal
waste pits in Magdeburg. English (PA, Reuters with dated datelines, AP, AAP): a county
lines gang jailed in Birmingham, a crypto lender's founder sentenced in New York, a
trucking verdict in Phoenix, a hit-and-run term raised by the Court of Appeal, a
methamphetamine importer jailed in Sydney, insurers ordered to pay a shipowner at the High
Court in London, a county official convicted of bribery in Atlanta, a wrongful conviction
settlement in Chicago, a taxi driver's killer jailed in Glasgow, knife crime figures for
England and Wales, a speeding P-plater jailed in Melbourne, a militia commander sentenced
at the International Criminal Court, a wildfire arson conviction in Los Angeles, an
engineering group fined for bribery in Paris and a financial adviser's pension fraud at
Southwark Crown Court. Figures as such copy has them: sentences in years and months („zu
vier Jahren und neun Monaten Haft“, „von sieben auf fünfeinhalb Jahre“, „zwischen zwei
Jahren und vier Jahren und drei Monaten“, „von einem Jahr und zehn Monaten“, "13 years and
four months", "an eight-year prison term", "a non-parole period of 12 years and six
months", "at least 19 years"), partly suspended terms and probation („Zwölf Monate ..., die
übrigen 24 Monate ... bei dreijähriger Probezeit“, „Die Bewährungszeit ... auf vier
Jahre“), day-fines („130 Tagessätzen zu je 45 Euro“, „150 Tagessätzen zu je 30 Euro“),
damages, forfeiture, awards, settlements and fines in euros, francs, dollars, Australian
dollars and pounds, trial days, witnesses, counts and tallies („31 Verhandlungstage“, „96
Verhandlungstage“, „63 Zeugen“, „in 143 Fällen“, „in vier von 57 Anklagepunkten“, "nine of
11 counts", "17 of 21 counts", "94 witnesses across 212 hearing days", "voted 44 to 4",
„Die acht Geschworenen“, "Three judges"), deliberations and trials as durations („gut
dreistündigen Verlesung“, "about six hours", "just under two days", "the 12-day trial", "a
three-week trial", "an eight-day trial"), numbered senates („Der 6. Strafsenat“, „Der 5.
Zivilsenat“), case numbers and legal provisions that carry no quantity („Az. 6 StR
164/26“, „Az. 5 U 73/25“, „Urteil 6B_817/2025“, „§ 211 StGB“, „Paragraf 212 des
Strafgesetzbuchs“, "Case No. 1:25-cr-00318", "section 4 of the Fraud Act 2006"), crime
statistics with percentages and points („138.412 Fälle“, „3,8 Prozent“, „um 1,2
Prozentpunkte auf 31,6 Prozent“, "48,310 knife offences", "by 4%", "521 from 583"), ages,
fractions, hedges, years and dates. Negatives as courts produce them - 56 rows, none with
a figure: judges', prosecutors', police officers' and lawyers' rhetoric in quotes beside
the same speaker's fact or figure, a judge's reported words to a defendant, labels
(„nannte“, „sprach von“, "called"), defendants' protestations, apologies and remorse,
relatives' and victims' feelings, a company's condolences, evasions and no-comment lines,
a campaigner's and a ministry's slogans, scene colour and the boilerplate „Für den
Beschuldigten gilt die Unschuldsvermutung.“, each near a check-worthy look-alike from the
same story.

238 rows (118 German, 120 English), 56 negatives (26 German, 30 English), 182 check-worthy
rows of which 20 carry no figure (13 German, 7 English), 311 expected quantities (119
durations - 82 in years, 22 in months, 8 in days, 4 in hours, 2 in weeks, 1 in minutes -,
84 counts, 46 amounts of money - 28 EUR, 8 USD, 7 GBP, 2 CHF, 1 AUD -, 36 years, 9 dates,
7 percentages - 6 in "%", 1 in percentage points "pp" -, 5 fractions, 5 ordinals; none of
them in a negative), 37 checked speakers (19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, apology, protestation, condolence or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth, four-hundred-and-seventh); a quoted or reported statement
  of fact, figure, step or position is check-worthy with its speaker, also in Konjunktiv I
  (thirty-ninth, hundred-second). Pairs from one speaker: Terhorst-Baum's 400 cases beside
  the presiding judge's „einträgliches Geschäft“; Büttgenbach's Revision beside his „Chaos in
  ihrer Buchhaltung“; Castellow's 14-year-old beside "disposable"; Lindqvist's order
  (unchecked) beside "gambled with other people's savings"; Farraday-Osei's appeal beside
  her client's "every single day"; Calder Ridge Freight's step beside the company's
  condolences; Molyneux's four front companies beside "poison"; Aegeon Maritime's 30
  million pounds beside its "grateful"; Pfurtscheller-Ruech's 40 minutes beside
  „Hinrichtung mit Anlauf“; Ekwall's appeal beside the U.S. attorney's office's "cash
  machine"; Gromer-Stadler's 480 million beside Lenzing's „Rädchen im Getriebe“ and his
  Revision; Nakashima-Frey's $390 million beside Holloway-Price's "birthdays";
  Vöhringer-Lutz's 40 witnesses beside „ein paar Umschläge“; the Metropolitan Police's 9%
  beside the campaigner's "shame" and the Home Office's "determined"; Okereke-Sandoval's
  lighter beside "did not start itself"; Aichholzer-Zenz's denial beside „wie ein Dieb“;
  the CPS's two sports cars beside Abernethy-Cole's "robbed them of their old age".
- Legal status and next steps are check-worthy, without a figure too (fifty-fifth,
  hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth, four-hundred-and-seventh): „Das Urteil ist nicht
  rechtskräftig, Büttgenbach kündigte ... Revision ... an.“, „Staatsanwaltschaft und
  Verteidigung verzichteten auf eine Erklärung, weshalb das Urteil noch nicht rechtskräftig
  ist.“, „Das Urteil ist damit rechtskräftig.“, „Eine Revision zum Bundesgerichtshof ließ der
  Senat nicht zu.“, „Lenzing kündigte an, Revision beim Bundesgerichtshof einzulegen.“, „Das
  Urteil ist rechtskräftig, weil alle Beteiligten ... auf Rechtsmittel verzichteten.“
  („alle“ none), „Wie das Bundesgericht ... mitteilte, wies es die Beschwerde ... ab“,
  „Verteidiger Yusuf Kaplanoğlu sagte, sein Mandant werde das Urteil annehmen.“, "said her
  client would challenge the verdict and the sentence on appeal", "would appeal both the
  verdict and the sentence", "would seek a reduction of the punitive damages and, if
  necessary, appeal", "said the jury had "simply got it wrong" and that her client would
  appeal" (a label wrapped round a step does not undo it, three-hundred-and-forty-fourth),
  "The company said it would not appeal and had overhauled its compliance procedures since
  2020." (with the year), "the Court of Appeal ruled it was unduly lenient", "ruled at the
  High Court that the detention counted as a covered loss", the Osnabrück chamber's reasons
  („weil sie keine Heimtücke feststellen konnte“) and the Nebenklage's failed Revision,
  "Under the deal, the city does not admit any misconduct ...".
  Deadlines, spans and dates set are check-worthy with their figures: „Weil der Verteidiger
  sich drei Tage Bedenkzeit nahm, ...“ 3 days, „innert 30 Tagen ans Bundesgericht
  weitergezogen“ 30 days („innert“ no hedge), "Sentencing was scheduled for Sept. 17.",
  "at sentencing on Aug. 21", "will take place on 12 October" (British day-month),
  "eligible for parole in December 2036" 2036, „vorerst sind fünf Verhandlungstage
  anberaumt“ 5 („vorerst“ no hedge, as „zunächst“). Evasions and no-comment lines are
  negatives (two-hundred-and-seventy-sixth, three-hundredth, four-hundred-and-seventh): „Die
  Klinik teilte mit, sie werde die Urteilsgründe zunächst sorgfältig auswerten.“, "said
  they were considering the judgment carefully", "said he was disappointed and would
  discuss the next steps with his client" (a feeling and a dodge, no step named), "declined
  to comment". „Die Staatsanwaltschaft hatte vier Jahre Haft beantragt und prüft ... eine
  Revision.“ is check-worthy for its demand of 4 years.
- Pleas, admissions, denials and one side's account are check-worthy (seventh,
  hundred-second, two-hundred-and-thirteenth, three-hundred-and-forty-fourth,
  four-hundred-and-seventh): "after admitting conspiracy to supply", "admitted one charge of
  importing" 1, "had admitted 14 offences of fraud", „Der 59-Jährige hatte gestanden, ...“,
  „habe die Vorwürfe am ersten Verhandlungstag weitgehend eingeräumt“ 1, „schweigen
  bislang zu den Vorwürfen“, „weise die Vorwürfe zurück und habe jeden Verkauf vom
  Gemeinderat absegnen lassen“, „Der Beschwerdeführer hatte vorgebracht, er wohne seit 19
  Jahren im Land ...“ (four-hundred-and-seventh: „Vor Bundesgericht hatte er geltend
  gemacht“), "the plaintiffs argued during the 12-day trial". A protestation, remorse or an
  apology is a negative (two-hundred-and-ninetieth, three-hundred-and-forty-fourth,
  four-hundred-and-seventh): „Ich wollte niemanden betrügen ...“, „Ich war wütend und habe
  Dinge geschrieben, die ich heute bereue“, „Der Angeklagte entschuldigte sich ... und
  nannte sein Verhalten „unverzeihlich““, "I think about my customers every single day",
  "said his client regretted the harm that drugs cause".
- Other negatives (hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth, four-hundred-and-seventh): rhetoric in quotes of judges,
  prosecutors, police officers, lawyers, the U.S. attorney's office and the court's
  prosecutor; a judge's reported words to a defendant ("The judge told McAllister-Dunn he
  had taken a life "for the sake of loose change"", "told the defendants they had brought
  "misery and fear""); labels („nannte die Strafe „streng, aber nachvollziehbar
  begründet““, „nannte das Urteil „ein wichtiges Zeichen ...““, „sprach von einem «harten,
  aber leider erwartbaren Entscheid»“, „sprach von einem «Rabatt für einen Betrüger»“,
  „sprach von einem „bitteren Tag ...““, „sprach von „Umweltkriminalität aus purer
  Geldgier““, „nannte Cyberkriminalität „das Geschäftsmodell ...““, "called the ruling
  "unjust and deeply disappointing""); a warning without a figure („„Niemand ist zu klein,
  um angegriffen zu werden“, warnte die Vizepräsidentin.“); feelings of defendants, victims,
  relatives and neighbours (the Swiss appellant „tief enttäuscht“, the kiosk owner, the
  neighbour's well, the couple's daughter, the cyclist's wife, the taxi driver's brother,
  Holloway-Price); a company's condolences ("We are deeply saddened ..."); slogans ("These
  figures should shame ...", "determined to make our streets safer for everyone"); scene
  colour (no reaction in the dock, a hug outside the courthouse, security checks, investors
  in the public seats, applause in the gallery, an embrace outside court, tears in the
  dock, „nahm den Wahrspruch regungslos entgegen“; seventy-fourth) and the boilerplate „Für
  alle Angeklagten gilt die Unschuldsvermutung.“ and „Für den Beschuldigten gilt die
  Unschuldsvermutung.“ (fifty-fifth). As the three-hundred-and-twenty-fourth and later
  batches did, figures were kept out of the negatives ("Nineteen years", "two futures", "the
  second victim" and "every kilogram" were written out of them), so none carries a
  quantity.
- Sentences are durations as written (thirty-ninth, hundred-second,
  two-hundred-and-thirteenth, two-hundred-and-ninetieth, three-hundred-and-forty-fourth,
  four-hundred-and-seventh): „zu vier Jahren und neun Monaten Haft“, „zu elf Jahren und
  sechs Monaten Haft“, „zu drei Jahren teilbedingter Haft“ with „Zwölf Monate muss er
  tatsächlich absitzen, die übrigen 24 Monate wurden ihm bei dreijähriger Probezeit bedingt
  nachgesehen“ 12 and 24 months and 3 years (the number word heading the compound as in
  „zweijährige“, two-hundred-and-ninetieth), „zu einer Freiheitsstrafe von 42 Monaten ...
  und für zehn Jahre des Landes verwiesen“ (four-hundred-and-seventh: „für sieben Jahre des
  Landes“), „zu 15 Jahren Haft“, „zu sechs Jahren und drei Monaten Haft“, „von sieben auf
  fünfeinhalb Jahre herabgesetzt“ 7 and 5.5 years (the unit written once,
  four-hundred-and-seventh: „von neun auf sieben Jahre“; twentieth: "siebeneinhalb"), „zu
  einer Bewährungsstrafe von einem Jahr und zehn Monaten“ 1 year and 10 months
  (four-hundred-and-seventh: „von einem Jahr und neun Monaten“), „Die Bewährungszeit setzte
  die Kammer auf vier Jahre fest.“, „zu Jugendstrafen zwischen zwei Jahren und vier Jahren
  und drei Monaten“ three durations, „eine Bewährungsstrafe von 22 Monaten“, „zu drei
  Jahren und vier Monaten Haft“; demands („fünf Jahre und sechs Monate Haft gefordert“,
  „sieben Jahre und neun Monate gefordert“, „vier Jahre Haft beantragt“, "had asked for at
  least 15 years" "at_least", "the defense sought 30 months", "Prosecutors had sought 30
  years"); "jailed for a total of 58 years" ("a total of" no hedge), "13 years and four
  months", "ranging from two years and eight months to nine years" three durations, "an
  eight-year prison term" 8 years (the issue's "a two-week visit"), "three years of
  supervised release" (fifty-fifth), "originally jailed for two years and three months"
  ("originally" no hedge, four-hundred-and-seventh), "to four years and six months",
  "banned from driving for six years", "disqualified from driving for 10 years"
  (four-hundred-and-seventh: "extended to nine years"), "jailed for 18 years", "a non-parole
  period of 12 years and six months" (two-hundred-and-thirteenth), "ordered to serve at
  least 19 years" and "must serve at least eight years before he is eligible for parole"
  "at_least", "jailed for 11 years", "22 years in prison", "suspended prison sentences of
  18 months and two years" both, "nine years and nine months" 9 years and 9 months; the
  time served "19 years behind bars" 19 years. Penalties a charge carries
  (fourth, two-hundred-and-thirteenth, three-hundred-and-forty-fourth): „bis zu zehn Jahre
  Haft“ and "faces up to 25 years in state prison" "up_to", "the maximum penalty is 20
  years in prison" with no hedge (three-hundred-and-forty-fourth: "a maximum sentence of
  20 years"). „lebenslange Haft“, "a life sentence", „Bewährungsstrafe“, „teilbedingt“,
  „bedingt“, „unbedingt“ and "the longest fixed term" carry none. A legal consequence
  stated is check-worthy with its figure (two-hundred-and-ninetieth,
  four-hundred-and-seventh): „Weil die Strafe 90 Tagessätze übersteigt, ist der Rentner nun
  vorbestraft.“ 90 with no hedge - the verb carries the bound (hundred-twenty-ninth: „Weil
  der Kredit die Limite von 20 Millionen Franken übersteigt“), unlike „über“ right before a
  figure.
- Day-fines and court money (thirty-ninth, fifty-fifth, two-hundred-and-thirteenth,
  two-hundred-and-ninetieth, three-hundred-and-forty-fourth, four-hundred-and-seventh): „zu
  einer Geldstrafe von 130 Tagessätzen zu je 45 Euro“ count 130 and 45 EUR, „150
  Tagessätzen zu je 30 Euro“ count 150 and 30 EUR („je“ no hedge), „150 Tagessätze
  verlangt“ 150; „rund 2,3 Millionen Euro“ and „einen Verdienstausfall von rund 86.000
  Euro“ "about", „1,84 Millionen Euro ... einzuziehen“ and „zieht der Staat 2,9 Millionen
  Euro ein“ (forfeiture as money), „insgesamt 3,7 Millionen Euro“ („insgesamt“ no hedge),
  „Beträge zwischen 1.500 und 96.000 Euro“ both („zwischen“ no hedge), „von 45.000 auf
  120.000 Euro“ both, „ein Teilschmerzengeld von 25.000 Euro“, „mehr als 480 Millionen
  Euro“ and „mehr als 90 Millionen Euro“ "over", „rund 1,6 Milliarden Euro“ "about" (an
  estimate by shareholder advocates, unattributed), „je 50.000 Euro“, „2,1 Millionen Euro
  Bargeld“, „zusammen 318.000 Euro“ („zusammen“ no hedge), „80.000 Euro an gemeinnützige
  Einrichtungen“, „rund 180 Milliarden Euro“ "about", „insgesamt knapp 23.000 Euro“
  "nearly", „insgesamt 1,3 Millionen Euro“, „gut 1,1 Millionen Euro“ "over",
  „voraussichtlich 6,5 Millionen Euro“ with no hedge (hundred-sixty-seventh,
  hundred-eighty-third: „voraussichtlich“ dates a figure to come and carries none); CHF
  („rund 34 Millionen Franken“ "about", „eine Ersatzforderung von 780'000 Franken“ with the
  Swiss separator, twelfth); USD ("about $1.1 billion", "forfeit $214 million", "$41.5
  million", "$9.5 million in compensatory damages and $32 million in punitive damages",
  "more than $740,000" and "more than $390 million" "over", "a $27.5 million settlement");
  GBP ("£148,000 in cash", "67.3 million pounds", "originally claimed 81 million pounds"
  - "originally" no hedge -, "about 420,000 pounds a week" "about" - "a week" none -, "more
  than 30 million pounds" "over", "£14.60" 14.6 with its pence, "£3.4 million"); EUR in
  English copy ("3.8 million euros", "150,000 euros each" - "each" none -, "about 2.2
  million euros", "a fine of 7 million euros"); AUD ("an estimated A$360 million" "about",
  as every AAP row writes "A$"). "up to five times the value of the bribes" is count 5
  "up_to" (four-hundred-and-seventh: "almost three times the drink-drive limit" 3
  "nearly").
- Counts of charges, cases, trial days, witnesses, victims and tallies (eleventh,
  hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-forty-fourth, four-hundred-and-seventh): „in 143 Fällen“, „in mehr als
  400 Fällen“ "over", „Der Prozess dauerte 31 Verhandlungstage, gehört wurden 63 Zeugen,
  darunter 22 frühere Pflegekräfte“ three counts, „Der Prozess hatte 96 Verhandlungstage
  gedauert.“, „zunächst 38 Verhandlungstage“ („zunächst“ no hedge), „mehr als 40 Zeugen“
  "over", „412 Anleger“, „zwei mutmaßliche Komplizen“, „mit 23 Messerstichen“
  (thirty-ninth: „mit 17 Messerstichen“), „drei Kindern“, „37 Beiträge“, „Die acht
  Geschworenen“ 8 („einstimmig“ none), „fünf mutmaßliche Mitglieder“, „neun Containern“,
  „Zwei der Männer“, „in vier von 57 Anklagepunkten“ 4 and 57 (hundred-second: „in zwei von
  23 Fällen“), „von zwei Lieferanten“, „drei junge Männer“, „zwölf Kioske und zwei
  Tankstellen“, „Bei mindestens fünf Überfällen“ "at_least", „in zwei stillgelegten
  Kiesgruben“, „mehr als 600 Fuhren“ "over"; "Seven members", "up to 1,900 text messages a
  day" "up_to" ("a day" none), "three handguns", "11 addresses", "The other six defendants"
  (a definite group, forty-first), "seven counts", "More than 230,000 customers" "over",
  "Three judges" 3 (three-hundred-and-forty-fourth), "11 previous convictions", "142
  sentences", "four
  front companies", "one charge" 1, "23 crew members", "nine of 11 counts" 9 and 11,
  "Aldermen voted 44 to 4" 44 and 4 (tallies one count per figure, hundred-second: "by a
  majority of 10 to two"), "Two of the detectives", "stabbed three times" 3, "two
  teenagers", "41 people", "17 of 21 counts", "94 witnesses across 212 hearing days" ("over"
  kept out of the row), "214 homes", "more than 30,000 people" "over", "41 witnesses, among
  them 12 firefighters", "Two former executives", "38 clients", "two sports cars". Crime
  statistics (fifty-fifth, hundred-eighty-seventh, three-hundred-and-seventy-seventh,
  four-hundred-and-thirteenth): „138.412 Fälle“, „auf 201.877“, „14 illegale
  Handelsplattformen“, "48,310 knife offences", "fell to 521 from 583" both, "to about
  512,000" "about", "3,000 more neighbourhood officers" 3000 ("more" after the figure
  compares). Physical measures are counts (two-hundred-and-thirteenth,
  two-hundred-and-ninetieth, four-hundred-and-seventh): "2.6 kilograms of cocaine", „rund
  2,4 Kilogramm Kokain“ and „rund 1,2 Tonnen Kokain“ "about", "480 kilograms of
  methamphetamine", "about 70mph in a 40mph zone" 70 "about" and 40 (eleventh: "90mph";
  hundred-tenth: "98mph"), "at 148km/h in a 60km/h zone" 148 and 60 (two-hundred-and-twelfth:
  "150km/h" without a space), "200 metres from the scene", „rund 18.000 Tonnen“ "about",
  "about 9,800 acres" "about". None: "one of the executives", "another man", "another
  retired", "a single reckless moment", „einen Nerv“, „einer Axt“, „einen Parkplatz“,
  „einer Schreckschusspistole“, „als Einziger“, „mehrere Jahre“, „mehreren Plattformen“,
  „Mehrere geschädigte Anleger“, „alle Beteiligten“, "both", "A55" and "Interstate 10"
  (road identifiers, two-hundred-and-thirteenth), "P-plate", „München I“ (a court's name,
  fifty-fifth: "Landgericht München I").
- Case numbers and legal references are identifiers and carry no quantity (ninth,
  ninety-second, three-hundred-and-tenth, three-hundred-and-fifty-fifth,
  three-hundred-and-sixty-seventh, four-hundred-and-fifth, four-hundred-and-seventh): „(Az.
  6 StR 164/26)“ and „(Az. 5 U 73/25)“ - the senate's number inside them none as well -,
  „(Urteil 6B_817/2025)“ (neither a count nor a year), „nach § 211 StGB“ (the section sign
  reads as „Paragraf“, three-hundred-and-fifty-fifth), „nach Paragraf 212 des
  Strafgesetzbuchs“ (sixty-fifth: „Paragraf 218“), "(Case No. 1:25-cr-00318)"
  (four-hundred-and-fifth: "case No. 2:24-cv-00831"), "section 4 of the Fraud Act 2006"
  the section none (three-hundred-and-twenty-third: "Section 21"). New: "the Fraud Act 2006"
  gives the year 2006 - a British act's title carries its year without "of", and the year
  of an act's title is a year as in "the Communications Decency Act of 1996"
  (three-hundred-and-sixty-seventh). Numbered senates and instances are ordinals
  (two-hundred-and-thirteenth, three-hundred-and-forty-fourth, four-hundred-and-seventh):
  „Der 6. Strafsenat“ 6, „Der 5. Zivilsenat“ 5, „in zweiter Instanz“ 2
  (three-hundred-and-forty-fourth: „in erster Instanz“ 1). Other ordinals: „am ersten
  Verhandlungstag“ 1 (hundred-second), "the second county official convicted in the
  investigation since 2022" 2 with the year (four-hundred-and-seventh: "the fourth trade
  secrets conviction ... since 2020"). „Der jüngste“, "the youngest runner", "the oldest of
  whom", "the most serious count", "the lowest figure", "the most since" and "the longest
  fixed term" none (hundred-fifty-second: „Das älteste Opfer“).
- Ages are durations in years (every batch): „Die 52-Jährige“, „Ein 41-jähriger
  Niederösterreicher“, „des 44-Jährigen“, „Ein 36-jähriger Kosovare“, „Die heute 49-Jährige“
  and „Der heute 62-Jährige“ („heute“ no hedge, hundred-second), „einen 63-jährigen
  Rentner“, „Ein 31-jähriger Tiroler“, „auf den 58-Jährigen“, „der 54-Jährige“, „im Alter
  von 24 bis 39 Jahren“ both (four-hundred-and-seventh: „im Alter von 23 bis 41 Jahren“),
  „Der 59-Jährige“, „Der jüngste, heute 18 Jahre alte Angeklagte“, „den 66 Jahre alten
  früheren Bürgermeister“, „Der 47-Jährige“; "Jordan Maybury-Hale, 29,", "Emmett
  Calloway-Rusk, 38,", "Wendell Ostrowski, 67, and Marianne Ostrowski, 64,", "a 52-year-old
  cyclist", "Declan Farrimond, 33,", "Nathaniel Ferrante-Kidd, 46,", "Lamont
  Whitaker-Greaves, 57,", "Terrance Holloway-Price, now 51," ("now" no hedge), "Ross
  McAllister-Dunn, 27,", "Amir Haddadi, 48,", "Kaiden Strzelecki, 20,", "both 17" 17 once
  ("both" none), "Ousmane Ngarbaye-Kossi, 49,", "Cody Rainsford, 36,", "Adrian
  Kettleborough, 61,", "was 14 years old" (two-hundred-and-thirteenth: "was 19 years old
  when"), "aged between 19 and 34" both (hundred-second, three-hundred-and-tenth,
  three-hundred-and-forty-eighth: "now aged between 68 and 84"). New: „Die zur Tatzeit 17
  bis 20 Jahre alten Angeklagten“ gives 17 and 20 years with no hedge - „zur Tatzeit“ dates
  the ages as „damals“ (three-hundred-and-forty-fourth) and „heute“ do, and the unit
  written once serves both figures (two-hundred-and-ninetieth: „Die 30 und 33 Jahre alten
  Männer“). New: "the oldest of whom was 91" gives 91 years - a bare figure after "was"
  for a person is an age with or without the "when" that followed it in
  "the oldest was 88 when she handed over her savings" (four-hundred-and-seventh).
- Other durations (the issue: "fünfstündigen Treffen", "a two-week visit"; hundred-second,
  two-hundred-and-thirteenth, three-hundred-and-forty-fourth, four-hundred-and-seventh):
  trials, hearings and deliberations („Nach der gut dreistündigen Verlesung der Anklage“ 3
  hours "over" - „gut“ before the compound as „knapp“ before „vierstündiger“,
  four-hundred-and-seventh -, "the 12-day trial", "about six hours" "about", "a three-week
  trial", "an eight-day trial", "for just under two days" 2 days "under", "The trial lasted
  17 days"); „knapp neun Stunden“ "nearly", „fast drei Wochen im künstlichen Tiefschlaf“
  "nearly", „schon 40 Minuten vor der Tat“ 40 minutes, „seit 19 Jahren“, „über sechs Jahre
  hinweg“ 6 years (three-hundred-and-forty-fourth: „über sechs Jahre hinweg“, „über“
  governed by „hinweg“ no hedge), "detained for 14 months", "more than 14 hours" "over",
  "three days later", "over two years" 2 years and "over nine days" 9 days ("over" before a
  span no hedge), "for only four months" ("only" no hedge). None: „im vergangenen Herbst“,
  „im vergangenen Jahr“ (twice), „bis Januar“, „im Herbst“, „im
  Monat“, „bis heute“, "a day", "a week", "last year", "in March last year", "in
  February", "in March", "in January", "the past year", "the year to March", "by next
  spring", "since died", "the early hours", "every single day", "all hours", weekdays.
- Fractions and percentages (the issue: "ein Drittel", "jeder vierte"; two-hundred-and-
  seventy-sixth, three-hundred-and-forty-fourth, four-hundred-and-thirteenth): „knapp zwei
  Drittel des Geldes“ 0.6667 "nearly", „gut die Hälfte ihres Geldes“ 0.5 "over"
  (three-hundred-and-forty-fourth: „bei gut der Hälfte davon“), „Fast jeder dritte Angriff“
  0.3333 "nearly", "about one in six adults" 0.1667 "about" ("X in Y" as the share X/Y),
  "more than half of their retirement savings" 0.5 "over"; „Renditen von bis zu 18 Prozent
  im Monat“ 18 "up_to" („im Monat“ none), „ein Anstieg um 3,8 Prozent“, „um 1,2
  Prozentpunkte auf 31,6 Prozent“ 1.2 pp and 31.6 % (four-hundred-and-thirteenth: „um 0,9
  Prozentpunkte auf 63,4 Prozent“), "dropped by 4% to 48,310", "rose by 11% to about
  512,000", "fell by 9%".
- Years and dates (thirty-ninth, hundred-second, two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth, four-hundred-and-seventh): „zwischen 2019 und 2024“,
  „zwischen 2012 und 2021“, „zwischen 2017 und 2022“, "between 2018 and 2023", "between 2014
  and 2019", "between 2016 and 2023" both years, „zwischen Mai und Oktober 2025“, „zwischen
  März und November 2025“ and „zwischen Dezember 2024 und April 2025“ the years, „im Jahr
  2021“, „im Oktober 2025“ (twice), „im Sommer 2023“, "in June 2024", "in October 2024",
  "in 2024", "in August 2024", "in December 2036", "in 2023", "in 2016", "since 2019", "in 2019",
  "since 2022", "since 2020", "in March 2025", "in September 2024", "since 2014", "in 2002",
  "the Fraud Act 2006" the years; "in the early hours of 4 November 2025" 2025-11-04 (a full
  British date, thirty-ninth: „am 3. Oktober 2023“), "for Sept. 17", "on Aug. 21" and "on
  12 October" dates without a year; Reuters datelines with a day ("NEW YORK, June 9",
  "LONDON, June 11", "CHICAGO, June 15", "THE HAGUE, June 17", "PARIS, June 18") dates
  without a year; dpa, APA, Keystone-SDA, Reuters German („München (Reuters)“), PA, AP and
  AAP datelines none (seventy-ninth). The years inside „Az. 6 StR 164/26“, „Az. 5 U 73/25“,
  „6B_817/2025“ and "1:25-cr-00318" none.
- Hedges, only the names in use: „rund“, "about", "an estimated" "about"; „knapp“,
  „fast“, „Fast“ "nearly"; „mehr als“, „gut“, "more than", "More than" "over"; "just under"
  "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least". No hedge:
  „insgesamt“, „zusammen“, „je“, „zunächst“, „vorerst“, „heute“, „zur Tatzeit“,
  „voraussichtlich“, „innert“, „zwischen“ and "between", „bis“ in a range, „über ...
  hinweg“, „übersteigt“, "a total of", "now", "only", "originally", "each", "the maximum
  penalty is", "over" before a span, "more" after a figure.
- Speakers, checked only in forms the earlier batches settled: German „teilte das
  Landgericht Bochum mit“ -> "das Landgericht Bochum" (two-hundred-and-ninetieth: „teilte das
  Landgericht Frankfurt mit“), „teilte der Bundesgerichtshof am Dienstag mit“ -> "der
  Bundesgerichtshof" with the weekday dropped, „Wie das Bundesgericht am Mittwoch
  mitteilte“ -> "das Bundesgericht" and „Wie die Staatsanwaltschaft Wien mitteilte“ -> "die
  Staatsanwaltschaft Wien" (the "wie"-clause checked, two-hundred-and-thirteenth,
  four-hundred-and-twentieth: „wie die Staatsanwaltschaft Köln ... mitteilte“), „wie das
  OLG am Mittwoch mitteilte“ -> "das OLG" (four-hundred-and-seventh), „teilte ein
  Gerichtssprecher mit“ -> "ein Gerichtssprecher" and „teilte eine Gerichtssprecherin mit“
  -> "eine Gerichtssprecherin" (two-hundred-and-ninetieth, three-hundred-and-forty-fourth),
  „Das teilte das Bundeskriminalamt am Mittwoch in Wiesbaden mit.“ -> "das
  Bundeskriminalamt", check-worthy without a figure, weekday and place dropped
  (two-hundred-and-ninetieth: „Das teilte das Statistische Bundesamt am Dienstag mit.“),
  „teilte die WKStA am Freitag mit“ -> "die WKStA" (hundred-second), „Nach Angaben der
  Staatsanwaltschaft“ -> "die Staatsanwaltschaft" and „nach Angaben des Gerichts“ (twice)
  -> "das Gericht" (the source in the nominative, two-hundred-and-thirteenth,
  four-hundred-and-seventh); „Staatsanwältin Meike Terhorst-Baum sagte, ...“, „Staatsanwalt
  Lukas Pfurtscheller-Ruech sagte, ...“, „Die Vorsitzende Richterin Elisabeth
  Gromer-Stadler sagte, ...“, „Oberstaatsanwältin Ricarda Vöhringer-Lutz sagte, ...“,
  „Verteidiger Yusuf Kaplanoğlu sagte, ...“ and „Verteidiger Bernhard Aichholzer-Zenz sagte,
  ...“ the name (three-hundred-and-forty-fourth, four-hundred-and-seventh), „Laut
  Staatsanwältin Verena Stögerer-Haindl“ the name with the title dropped
  (four-hundred-and-twentieth: „Laut Landespolizeipräsident ...“). English: "the Justice
  Department said" -> "the Justice Department" (four-hundred-and-seventh), "Detective
  Inspector Rhiannon Castellow of West Mercia Police said", "Detective Superintendent Gareth
  Molyneux of the Australian Federal Police said" and "Detective Chief Inspector Moira
  Baxendale of Police Scotland said" the name with rank and force dropped
  (three-hundred-and-forty-fourth, four-hundred-and-seventh), "Defense attorney Lucinda
  Farraday-Osei said", "Plaintiffs' attorney Graciela Montemayor-Pike said", "Defense
  attorney Rosalind Ekwall said", "Deputy Corporation Counsel Deborah Nakashima-Frey said",
  "Defence lawyer Pascal Ndiaye-Morel said" and "Deputy District Attorney Camille
  Okereke-Sandoval said" the name with the role dropped (two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth, four-hundred-and-seventh: "Deputy City Solicitor Andrea
  Whitfield said", "Lead plaintiffs' attorney Naomi Feld-Castillo said"), "..., presiding
  judge Katalin Vörösmarty-Lenz said." and "..., prosecutor Naomi Sturridge said." the name
  with the lower-case role before it dropped (three-hundred-and-second: "joint administrator
  Priya Sandhu said"; three-hundred-and-eighth: "chief financial officer Declan Cheverton
  said"; three-hundred-and-forty-eighth: "regional governor Ivan Ostrovskyi said"),
  "Calder Ridge Freight said in a statement that ..." and "Aegeon Maritime said" as written
  (hundred-second: "Granite Ridge said"), "Victoria Police said" as written
  (four-hundred-and-twentieth: "NSW Police said"), "the Metropolitan Police said" with its
  article (three-hundredth, four-hundred-and-twentieth), "The company said" -> "the
  company" (hundred-second), "the Crown Prosecution Service said"
  (two-hundred-and-thirteenth). Left unchecked (None): all negatives, also those with a
  named speaker; „laut Anklage“ (a document), „nach den Feststellungen des Gerichts“ and
  „nach Überzeugung der Kammer“ (findings, two-hundred-and-ninetieth), „nach BKA-Angaben“
  (twice; a compound, three-hundred-and-seventy-first), „nach eigenen Angaben“ of „Die
  Ermittler“ (a group), „nach Schätzung von Anlegerschützern“ (an estimate by a group),
  „schätzt der Digitalverband Bitkom“ (no verb of saying, four-hundred-and-twentieth:
  „bezifferte“), „nach Angaben eines Sprechers“ (a masculine genitive and a role,
  four-hundred-and-twentieth), „kündigte ... an“, „hatte vorgebracht“, „hatte gestanden“,
  „Die Lausanner Richter befanden“, „Ein Gutachter hatte festgestellt“ (no verbs of saying,
  or a role), „wie das am Dienstag publizierte Urteil zeigt“ (a document); "The court
  heard" (twice) and "the court heard" (three times), "The court found", "according to court
  filings", "Office for National Statistics figures showed", "The accompanying household
  survey estimated" (documents, data and findings, two-hundred-and-fourth,
  four-hundred-and-seventh), "Prosecutors said" (a group), "the plaintiffs argued", "Police
  put the street value ... at" (no verb of saying), "Judge Belinda Ashgrove ruled", "Judge
  Rosalie Dunmore-Keane ruled", "Judge Hugo Marchetti-Blaine ruled", "U.S. District Judge
  Harriet Lindqvist also ordered" (rulings and orders, three-hundred-and-forty-fourth: "found",
  "ruled", "ordered"), "The Solicitor General's office said" (a possessive heading the
  body's name, eighty-third, four-hundred-and-seventh: "the Attorney General's Office
  said"), "A Home Office spokesperson said" (a role, four-hundred-and-twentieth: "A Downing
  Street spokesman said") and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_446 = [
    # --- Abrechnungsbetrug eines Pflegedienstes (dpa/lnw), Montag, 8. Juni ---
    (
        "de",
        "Bochum (dpa/lnw) - Das Landgericht Bochum hat die Betreiberin eines ambulanten Pflegedienstes wegen gewerbsmäßigen Betrugs in 143 Fällen zu vier Jahren und neun Monaten Haft verurteilt.",
        True,
        [("count", 143, None, None), ("duration", 4, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Die 52-Jährige habe zwischen 2019 und 2024 Leistungen abgerechnet, die nie erbracht worden seien, und die Kranken- und Pflegekassen so um rund 2,3 Millionen Euro geschädigt, teilte das Landgericht Bochum mit.",
        True,
        [
            ("duration", 52, "year", None),
            ("year", 2019, None, None),
            ("year", 2024, None, None),
            ("money", 2300000, "EUR", "about"),
        ],
        "das Landgericht Bochum",
    ),
    (
        "de",
        "Zugleich ordnete die Kammer an, 1,84 Millionen Euro aus dem Vermögen der Frau einzuziehen.",
        True,
        [("money", 1840000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Prozess dauerte 31 Verhandlungstage, gehört wurden 63 Zeugen, darunter 22 frühere Pflegekräfte.",
        True,
        [("count", 31, None, None), ("count", 63, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Staatsanwältin Meike Terhorst-Baum sagte, in mehr als 400 Fällen seien Hausbesuche bei Patienten abgerechnet worden, die zu diesem Zeitpunkt bereits im Krankenhaus lagen.",
        True,
        [("count", 400, None, "over")],
        "Meike Terhorst-Baum",
    ),
    (
        "de",
        "„Sie hat aus der Hilflosigkeit alter Menschen ein einträgliches Geschäft gemacht“, sagte der Vorsitzende Richter in der Urteilsbegründung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Anklage hatte fünf Jahre und sechs Monate Haft gefordert, die Verteidigung eine Bewährungsstrafe.",
        True,
        [("duration", 5, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "„Meine Mandantin wird für das Chaos in ihrer Buchhaltung bestraft, nicht für Betrug“, sagte Verteidiger Arne Büttgenbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Urteil ist nicht rechtskräftig, Büttgenbach kündigte noch im Saal Revision zum Bundesgerichtshof an.",
        True,
        [],
        None,
    ),
    # --- County lines gang jailed (PA), June 8 ---
    (
        "en",
        "BIRMINGHAM (PA) - Seven members of a gang that ran a drugs line from Birmingham into market towns in Shropshire have been jailed for a total of 58 years.",
        True,
        [("count", 7, None, None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "Ringleader Jordan Maybury-Hale, 29, was sentenced at Birmingham Crown Court to 13 years and four months after admitting conspiracy to supply cocaine and heroin.",
        True,
        [("duration", 29, "year", None), ("duration", 13, "year", None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "en",
        "The court heard the so-called Kestrel line sent out up to 1,900 text messages a day advertising drugs to users.",
        True,
        [("count", 1900, None, "up_to")],
        None,
    ),
    (
        "en",
        "Officers seized 2.6 kilograms of cocaine, £148,000 in cash and three handguns during raids on 11 addresses in March last year.",
        True,
        [("count", 2.6, None, None), ("money", 148000, "GBP", None), ("count", 3, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Detective Inspector Rhiannon Castellow of West Mercia Police said the youngest runner the gang used was 14 years old.",
        True,
        [("duration", 14, "year", None)],
        "Rhiannon Castellow",
    ),
    (
        "en",
        '"These men treated children as disposable and our towns as a marketplace," Castellow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The other six defendants, aged between 19 and 34, received terms ranging from two years and eight months to nine years.",
        True,
        [
            ("count", 6, None, None),
            ("duration", 19, "year", None),
            ("duration", 34, "year", None),
            ("duration", 2, "year", None),
            ("duration", 8, "month", None),
            ("duration", 9, "year", None),
        ],
        None,
    ),
    (
        "en",
        'Judge Imogen Strickland-Ayre told the defendants they had brought "misery and fear" to streets that had never known it.',
        False,
        [],
        None,
    ),
    ("en", "Maybury-Hale showed no reaction as he was led from the dock.", False, [], None),
    # --- Anlagebetrug vor dem Schöffensenat (APA), Dienstag, 9. Juni ---
    (
        "de",
        "Wien (APA) - Ein 41-jähriger Niederösterreicher ist am Dienstag am Landesgericht Wien wegen schweren gewerbsmäßigen Betrugs zu drei Jahren teilbedingter Haft verurteilt worden.",
        True,
        [("duration", 41, "year", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Zwölf Monate muss er tatsächlich absitzen, die übrigen 24 Monate wurden ihm bei dreijähriger Probezeit bedingt nachgesehen.",
        True,
        [("duration", 12, "month", None), ("duration", 24, "month", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Über eine Online-Plattform mit angeblichen Renditen von bis zu 18 Prozent im Monat soll der Mann 412 Anleger um insgesamt 3,7 Millionen Euro gebracht haben.",
        True,
        [("percent", 18, "%", "up_to"), ("count", 412, None, None), ("money", 3700000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Laut Staatsanwältin Verena Stögerer-Haindl flossen knapp zwei Drittel des Geldes auf Konten in Zypern und Dubai.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "Verena Stögerer-Haindl",
    ),
    (
        "de",
        "Wie die Staatsanwaltschaft Wien mitteilte, laufen gegen zwei mutmaßliche Komplizen in Serbien noch Auslieferungsverfahren.",
        True,
        [("count", 2, None, None)],
        "die Staatsanwaltschaft Wien",
    ),
    (
        "de",
        "Den Privatbeteiligten sprach das Gericht Beträge zwischen 1.500 und 96.000 Euro zu.",
        True,
        [("money", 1500, "EUR", None), ("money", 96000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ich wollte niemanden betrügen, ich habe selbst an das Projekt geglaubt“, sagte der Angeklagte in seinem Schlusswort.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Staatsanwaltschaft und Verteidigung verzichteten auf eine Erklärung, weshalb das Urteil noch nicht rechtskräftig ist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Verteidigerin nannte die Strafe „streng, aber nachvollziehbar begründet“.",
        False,
        [],
        None,
    ),
    # --- Crypto lender founder sentenced (Reuters), June 9 ---
    (
        "en",
        "NEW YORK, June 9 (Reuters) - The founder of a collapsed crypto lending platform was handed an eight-year prison term on Tuesday for defrauding customers of about $1.1 billion, the Justice Department said.",
        True,
        [("date", "--06-09", None, None), ("duration", 8, "year", None), ("money", 1100000000, "USD", "about")],
        "the Justice Department",
    ),
    (
        "en",
        "Emmett Calloway-Rusk, 38, was convicted by a Manhattan federal jury in February on seven counts including securities fraud, wire fraud and conspiracy.",
        True,
        [("duration", 38, "year", None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Harriet Lindqvist also ordered him to forfeit $214 million and serve three years of supervised release.",
        True,
        [("money", 214000000, "USD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Prosecutors had asked for at least 15 years, while the defense sought 30 months.",
        True,
        [("duration", 15, "year", "at_least"), ("duration", 30, "month", None)],
        None,
    ),
    (
        "en",
        "More than 230,000 customers lost access to their deposits when the platform froze withdrawals in June 2024, according to court filings.",
        True,
        [("count", 230000, None, "over"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"He gambled with other people\'s savings and lost, and then he lied about it," Lindqvist said at the hearing.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Defense attorney Lucinda Farraday-Osei said her client would challenge the verdict and the sentence on appeal.",
        True,
        [],
        "Lucinda Farraday-Osei",
    ),
    (
        "en",
        '"I think about my customers every single day," Calloway-Rusk told the court before he was sentenced.',
        False,
        [],
        None,
    ),
    # --- BGH bestätigt Totschlagsurteil (dpa), Dienstag, 9. Juni ---
    (
        "de",
        "Karlsruhe (dpa) - Das Urteil gegen einen Mann, der seine frühere Lebensgefährtin in Osnabrück mit 23 Messerstichen getötet hatte, hat der Bundesgerichtshof bestätigt.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Der 6. Strafsenat verwarf die Revision des 44-Jährigen als unbegründet (Az. 6 StR 164/26), teilte der Bundesgerichtshof am Dienstag mit.",
        True,
        [("ordinal", 6, None, None), ("duration", 44, "year", None)],
        "der Bundesgerichtshof",
    ),
    (
        "de",
        "Das Landgericht Osnabrück hatte ihn im vergangenen Herbst wegen Totschlags nach Paragraf 212 des Strafgesetzbuchs zu elf Jahren und sechs Monaten Haft verurteilt.",
        True,
        [("duration", 11, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Eine Verurteilung wegen Mordes nach § 211 StGB hatte die Schwurgerichtskammer abgelehnt, weil sie keine Heimtücke feststellen konnte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auch die Nebenklage, die lebenslange Haft verlangt hatte, war mit ihrer Revision in Karlsruhe gescheitert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine Vertreterin der Nebenklage sprach von einem „bitteren Tag für die Familie der Toten“.",
        False,
        [],
        None,
    ),
    ("de", "Das Urteil ist damit rechtskräftig.", True, [], None),
    # --- Trucking verdict in Phoenix (AP), June 10 ---
    (
        "en",
        "PHOENIX (AP) — A Maricopa County jury has ordered a trucking company to pay $41.5 million to the relatives of a retired couple who died when a tractor-trailer slammed into their sedan on Interstate 10.",
        True,
        [("money", 41500000, "USD", None)],
        None,
    ),
    (
        "en",
        "Plaintiffs' attorney Graciela Montemayor-Pike said the award included $9.5 million in compensatory damages and $32 million in punitive damages.",
        True,
        [("money", 9500000, "USD", None), ("money", 32000000, "USD", None)],
        "Graciela Montemayor-Pike",
    ),
    (
        "en",
        "Wendell Ostrowski, 67, and Marianne Ostrowski, 64, died at the scene in October 2024.",
        True,
        [("duration", 67, "year", None), ("duration", 64, "year", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The driver had been on duty for more than 14 hours and had falsified his logbook, the plaintiffs argued during the 12-day trial.",
        True,
        [("duration", 14, "hour", "over"), ("duration", 12, "day", None)],
        None,
    ),
    (
        "en",
        "The jury took about six hours to reach its verdict on Tuesday.",
        True,
        [("duration", 6, "hour", "about")],
        None,
    ),
    (
        "en",
        "Calder Ridge Freight said in a statement that it would seek a reduction of the punitive damages and, if necessary, appeal.",
        True,
        [],
        "Calder Ridge Freight",
    ),
    (
        "en",
        '"We are deeply saddened by this tragedy and our thoughts remain with the family," the company said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"No amount of money brings them back, but today somebody finally listened," the couple\'s daughter said outside the courtroom.',
        False,
        [],
        None,
    ),
    # --- Bundesgericht bestätigt Landesverweisung (Keystone-SDA), Mittwoch, 10. Juni ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Ein 36-jähriger Kosovare, der in Winterthur über mehrere Jahre mit Kokain gehandelt hatte, muss die Schweiz verlassen: Das Bundesgericht bestätigte seine Landesverweisung.",
        True,
        [("duration", 36, "year", None)],
        None,
    ),
    (
        "de",
        "Das Zürcher Obergericht hatte den Mann zu einer Freiheitsstrafe von 42 Monaten verurteilt und für zehn Jahre des Landes verwiesen.",
        True,
        [("duration", 42, "month", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Wie das Bundesgericht am Mittwoch mitteilte, wies es die Beschwerde des Mannes ab (Urteil 6B_817/2025).",
        True,
        [],
        "das Bundesgericht",
    ),
    (
        "de",
        "Der Beschwerdeführer hatte vorgebracht, er wohne seit 19 Jahren im Land und sei Vater von drei Kindern mit Schweizer Pass.",
        True,
        [("duration", 19, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Lausanner Richter befanden, das öffentliche Interesse an einer Ausweisung überwiege, da er mit rund 2,4 Kilogramm Kokain gehandelt habe.",
        True,
        [("count", 2.4, None, "about")],
        None,
    ),
    (
        "de",
        "Sein Anwalt sprach von einem «harten, aber leider erwartbaren Entscheid».",
        False,
        [],
        None,
    ),
    ("de", "Der Mann zeigte sich nach Angaben seines Anwalts tief enttäuscht.", False, [], None),
    # --- Hit-and-run term increased (PA), June 10 ---
    (
        "en",
        "LONDON (PA) - A man who left a 52-year-old cyclist with life-changing injuries in a hit-and-run has had his sentence increased after the Court of Appeal ruled it was unduly lenient.",
        True,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "Declan Farrimond, 33, was originally jailed for two years and three months at Chester Crown Court in January.",
        True,
        [("duration", 33, "year", None), ("duration", 2, "year", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Three judges increased the term to four years and six months on Wednesday after the case was referred by the Solicitor General.",
        True,
        [("count", 3, None, None), ("duration", 4, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Farrimond was driving at about 70mph in a 40mph zone when he struck the cyclist on the A55 near Ewloe, the court heard.",
        True,
        [("count", 70, None, "about"), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "Farrimond, who had 11 previous convictions, handed himself in to police three days later.",
        True,
        [("count", 11, None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "He was also banned from driving for six years and must pass an extended test before driving again.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        '"He chose to drive on and leave a man bleeding in the road," Lord Justice Pemberton-Lyle said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The cyclist\'s wife said the family had felt "let down by the system" when the original sentence was passed.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Solicitor General's office said 142 sentences had been increased under the unduly lenient scheme in the past year.",
        True,
        [("count", 142, None, None)],
        None,
    ),
    # --- OLG erhöht Schmerzensgeld (dpa/lni), Mittwoch, 10. Juni ---
    (
        "de",
        "Oldenburg (dpa/lni) - Das Oberlandesgericht Oldenburg hat einer Frau nach einer misslungenen Bandscheibenoperation ein deutlich höheres Schmerzensgeld zugesprochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 5. Zivilsenat erhöhte den Betrag von 45.000 auf 120.000 Euro, wie das OLG am Mittwoch mitteilte (Az. 5 U 73/25).",
        True,
        [("ordinal", 5, None, None), ("money", 45000, "EUR", None), ("money", 120000, "EUR", None)],
        "das OLG",
    ),
    (
        "de",
        "Die heute 49-Jährige ist seit dem Eingriff im Jahr 2021 querschnittsgelähmt.",
        True,
        [("duration", 49, "year", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Ein Gutachter hatte festgestellt, dass der Operateur einen Nerv verletzt und die Lähmung erst nach knapp neun Stunden bemerkt hatte.",
        True,
        [("duration", 9, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Zusätzlich muss die Klinik einen Verdienstausfall von rund 86.000 Euro ersetzen.",
        True,
        [("money", 86000, "EUR", "about")],
        None,
    ),
    ("de", "Eine Revision zum Bundesgerichtshof ließ der Senat nicht zu.", True, [], None),
    (
        "de",
        "Die Klinik teilte mit, sie werde die Urteilsgründe zunächst sorgfältig auswerten.",
        False,
        [],
        None,
    ),
    # --- Methamphetamine importer jailed (AAP), June 11 ---
    (
        "en",
        "SYDNEY (AAP) - A Sydney man who tried to import 480 kilograms of methamphetamine hidden in shipments of ceramic tiles has been jailed for 18 years.",
        True,
        [("count", 480, None, None), ("duration", 18, "year", None)],
        None,
    ),
    (
        "en",
        "Nathaniel Ferrante-Kidd, 46, must serve a non-parole period of 12 years and six months, Judge Belinda Ashgrove ruled in the NSW District Court on Thursday.",
        True,
        [("duration", 46, "year", None), ("duration", 12, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Police put the street value of the drugs at an estimated A$360 million, the court heard.",
        True,
        [("money", 360000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Detective Superintendent Gareth Molyneux of the Australian Federal Police said the syndicate had used four front companies over two years.",
        True,
        [("count", 4, None, None), ("duration", 2, "year", None)],
        "Gareth Molyneux",
    ),
    (
        "en",
        '"Every shipment we stop is poison that never reaches a family home," Molyneux said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ferrante-Kidd admitted one charge of importing a commercial quantity of an illicit drug in 2024.",
        True,
        [("year", 2024, None, None), ("count", 1, None, None)],
        None,
    ),
    ("en", "He will be eligible for parole in December 2036.", True, [("year", 2036, None, None)], None),
    (
        "en",
        "Ferrante-Kidd's barrister said his client regretted the harm that drugs cause in the community.",
        False,
        [],
        None,
    ),
    # --- Hasskommentare gegen Bürgermeisterin (dpa/lby), Donnerstag, 11. Juni ---
    (
        "de",
        "München (dpa/lby) - Wegen übler Nachrede und Beleidigung einer Bürgermeisterin im Internet hat das Amtsgericht München einen 63-jährigen Rentner zu einer Geldstrafe von 130 Tagessätzen zu je 45 Euro verurteilt.",
        True,
        [("duration", 63, "year", None), ("count", 130, None, None), ("money", 45, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Mann hatte nach den Feststellungen des Gerichts zwischen Mai und Oktober 2025 auf mehreren Plattformen 37 Beiträge über die Kommunalpolitikerin verfasst.",
        True,
        [("year", 2025, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Der Angeklagte habe die Vorwürfe am ersten Verhandlungstag weitgehend eingeräumt, teilte ein Gerichtssprecher mit.",
        True,
        [("ordinal", 1, None, None)],
        "ein Gerichtssprecher",
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte 150 Tagessätze verlangt.",
        True,
        [("count", 150, None, None)],
        None,
    ),
    (
        "de",
        "Weil die Strafe 90 Tagessätze übersteigt, ist der Rentner nun vorbestraft.",
        True,
        [("count", 90, None, None)],
        None,
    ),
    (
        "de",
        "„Ich war wütend und habe Dinge geschrieben, die ich heute bereue“, sagte der Rentner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bürgermeisterin nannte das Urteil „ein wichtiges Zeichen für alle, die sich vor Ort engagieren“.",
        False,
        [],
        None,
    ),
    # --- Insurers ordered to pay shipowner (Reuters), June 11 ---
    (
        "en",
        "LONDON, June 11 (Reuters) - A London judge ordered a group of insurers on Thursday to pay 67.3 million pounds to a Greek shipowner whose tanker was detained for 14 months in a Gulf port.",
        True,
        [("date", "--06-11", None, None), ("money", 67300000, "GBP", None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "Judge Hugo Marchetti-Blaine ruled at the High Court that the detention counted as a covered loss under the vessel's war risks policy.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Aegeon Maritime had originally claimed 81 million pounds, including lost charter income of about 420,000 pounds a week.",
        True,
        [("money", 81000000, "GBP", None), ("money", 420000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Aegeon Maritime said the detention had cost it more than 30 million pounds in lost income and repairs.",
        True,
        [("money", 30000000, "GBP", "over")],
        "Aegeon Maritime",
    ),
    (
        "en",
        "The tanker, with 23 crew members on board, was released in August 2024.",
        True,
        [("count", 23, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        'The shipowner said in a statement it was "grateful that the court has recognised what our crew went through".',
        False,
        [],
        None,
    ),
    (
        "en",
        "A spokesperson for the insurers said they were considering the judgment carefully.",
        False,
        [],
        None,
    ),
    # --- Mordversuch mit der Axt (APA), Donnerstag, 11. Juni ---
    (
        "de",
        "Innsbruck (APA) - Ein 31-jähriger Tiroler ist am Donnerstag am Landesgericht Innsbruck wegen versuchten Mordes an seinem Nachbarn zu 15 Jahren Haft verurteilt worden.",
        True,
        [("duration", 31, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "Die acht Geschworenen hätten einstimmig entschieden, teilte eine Gerichtssprecherin mit.",
        True,
        [("count", 8, None, None)],
        "eine Gerichtssprecherin",
    ),
    (
        "de",
        "Der Mann hatte im Oktober 2025 nach einem Streit um einen Parkplatz mit einer Axt auf den 58-Jährigen eingeschlagen.",
        True,
        [("year", 2025, None, None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Das Opfer erlitt schwere Kopfverletzungen und lag fast drei Wochen im künstlichen Tiefschlaf.",
        True,
        [("duration", 3, "week", "nearly")],
        None,
    ),
    (
        "de",
        "Staatsanwalt Lukas Pfurtscheller-Ruech sagte, der Angeklagte habe die Axt schon 40 Minuten vor der Tat aus dem Keller geholt.",
        True,
        [("duration", 40, "minute", None)],
        "Lukas Pfurtscheller-Ruech",
    ),
    (
        "de",
        "„Hier ist kein Streit aus dem Ruder gelaufen, das war eine Hinrichtung mit Anlauf“, sagte Pfurtscheller-Ruech.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dem Opfer sprach das Gericht ein Teilschmerzengeld von 25.000 Euro zu.",
        True,
        [("money", 25000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Weil der Verteidiger sich drei Tage Bedenkzeit nahm, ist das Urteil nicht rechtskräftig.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    ("de", "Der Angeklagte nahm den Wahrspruch regungslos entgegen.", False, [], None),
    # --- County official convicted of bribery (AP), June 12 ---
    (
        "en",
        "ATLANTA (AP) — A former county procurement director was convicted Friday of taking more than $740,000 in bribes from contractors seeking public works deals.",
        True,
        [("money", 740000, "USD", "over")],
        None,
    ),
    (
        "en",
        "A federal jury found Lamont Whitaker-Greaves, 57, guilty on nine of 11 counts after a three-week trial (Case No. 1:25-cr-00318).",
        True,
        [("duration", 57, "year", None), ("count", 9, None, None), ("count", 11, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "On the most serious count, honest services wire fraud, the maximum penalty is 20 years in prison.",
        True,
        [("duration", 20, "year", None)],
        None,
    ),
    ("en", "Sentencing was scheduled for Sept. 17.", True, [("date", "--09-17", None, None)], None),
    (
        "en",
        "Prosecutors said the bribes were paid in cash, home renovations and a time-share in Florida between 2018 and 2023.",
        True,
        [("year", 2018, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Whitaker-Greaves is the second county official convicted in the investigation since 2022.",
        True,
        [("ordinal", 2, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        'Defense attorney Rosalind Ekwall said the jury had "simply got it wrong" and that her client would appeal.',
        True,
        [],
        "Rosalind Ekwall",
    ),
    (
        "en",
        '"Public office is a public trust, not a cash machine," the U.S. attorney\'s office said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitaker-Greaves embraced his wife and walked out of the courthouse without comment.",
        False,
        [],
        None,
    ),
    # --- Bilanzbetrug bei Zahlungsdienstleister (Reuters), Freitag, 12. Juni ---
    (
        "de",
        "München (Reuters) - Der frühere Finanzvorstand des insolventen Zahlungsdienstleisters Paytrion ist vom Landgericht München I wegen Bilanzfälschung und Marktmanipulation zu sechs Jahren und drei Monaten Haft verurteilt worden.",
        True,
        [("duration", 6, "year", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Die Vorsitzende Richterin Elisabeth Gromer-Stadler sagte, der 54-Jährige habe gemeinsam mit weiteren Managern Umsätze von mehr als 480 Millionen Euro erfunden, um Anleger und Banken zu täuschen.",
        True,
        [("duration", 54, "year", None), ("money", 480000000, "EUR", "over")],
        "Elisabeth Gromer-Stadler",
    ),
    (
        "de",
        "Der Prozess hatte 96 Verhandlungstage gedauert.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte sieben Jahre und neun Monate gefordert, die Verteidigung einen Freispruch.",
        True,
        [("duration", 7, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Außerdem zieht der Staat 2,9 Millionen Euro ein, die der Manager mit Aktienverkäufen erlöst haben soll.",
        True,
        [("money", 2900000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Paytrion war im Sommer 2023 zusammengebrochen, Aktionäre verloren nach Schätzung von Anlegerschützern rund 1,6 Milliarden Euro.",
        True,
        [("year", 2023, None, None), ("money", 1600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Mein Mandant war ein Rädchen im Getriebe, nicht der Motor“, sagte sein Verteidiger Kai-Uwe Lenzing.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lenzing kündigte an, Revision beim Bundesgerichtshof einzulegen.",
        True,
        [],
        None,
    ),
    ("de", "Mehrere geschädigte Anleger verfolgten die Urteilsverkündung von der Zuschauerbank aus.", False, [], None),
    # --- Wrongful conviction settlement (Reuters), June 15 ---
    (
        "en",
        "CHICAGO, June 15 (Reuters) - Chicago's City Council on Monday approved a $27.5 million settlement with a man who served 19 years behind bars for a killing he did not commit.",
        True,
        [("date", "--06-15", None, None), ("money", 27500000, "USD", None), ("duration", 19, "year", None)],
        None,
    ),
    (
        "en",
        "Terrance Holloway-Price, now 51, was freed in 2023 after DNA testing pointed to another man.",
        True,
        [("duration", 51, "year", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Aldermen voted 44 to 4 in favor of the payment.",
        True,
        [("count", 44, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Deputy Corporation Counsel Deborah Nakashima-Frey said the city had paid more than $390 million in wrongful conviction settlements since 2019.",
        True,
        [("money", 390000000, "USD", "over"), ("year", 2019, None, None)],
        "Deborah Nakashima-Frey",
    ),
    (
        "en",
        "Under the deal, the city does not admit any misconduct by the detectives involved.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Two of the detectives who worked the case have since died, and another retired in 2016.",
        True,
        [("count", 2, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        '"Nothing gives me back those birthdays, but at least the city has said it out loud," Holloway-Price told reporters.',
        False,
        [],
        None,
    ),
    # --- Kokainschmuggel über den Hafen (dpa), Montag, 15. Juni ---
    (
        "de",
        "Hamburg (dpa) - Vor dem Landgericht Hamburg hat am Montag der Prozess gegen fünf mutmaßliche Mitglieder einer Schmugglerbande begonnen, die rund 1,2 Tonnen Kokain über den Hafen eingeführt haben soll.",
        True,
        [("count", 5, None, None), ("count", 1.2, None, "about")],
        None,
    ),
    (
        "de",
        "Die Angeklagten im Alter von 24 bis 39 Jahren schweigen bislang zu den Vorwürfen.",
        True,
        [("duration", 24, "year", None), ("duration", 39, "year", None)],
        None,
    ),
    (
        "de",
        "Laut Anklage versteckte die Gruppe das Rauschgift zwischen März und November 2025 in neun Containern mit Bananen aus Ecuador.",
        True,
        [("year", 2025, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Staatsanwaltschaft hätte das Kokain im Straßenverkauf mehr als 90 Millionen Euro eingebracht.",
        True,
        [("money", 90000000, "EUR", "over")],
        "die Staatsanwaltschaft",
    ),
    (
        "de",
        "Zwei der Männer sollen als Hafenarbeiter die Container gegen eine Zahlung von je 50.000 Euro aus dem Terminal geschleust haben.",
        True,
        [("count", 2, None, None), ("money", 50000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bei Durchsuchungen in Hamburg und Bremen stellten Ermittler im Oktober 2025 zudem 2,1 Millionen Euro Bargeld sicher.",
        True,
        [("year", 2025, None, None), ("money", 2100000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach der gut dreistündigen Verlesung der Anklage vertagte sich die Kammer, die zunächst 38 Verhandlungstage bis Januar angesetzt hat.",
        True,
        [("duration", 3, "hour", "over"), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Zuschauer und Journalisten mussten vor dem Saal scharfe Sicherheitskontrollen passieren.",
        False,
        [],
        None,
    ),
    ("de", "Für alle Angeklagten gilt die Unschuldsvermutung.", False, [], None),
    # --- Taxi driver's killer jailed (PA), June 15 ---
    (
        "en",
        "GLASGOW (PA) - A man who stabbed a taxi driver to death during a row over a fare has been ordered to serve at least 19 years in prison.",
        True,
        [("duration", 19, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Ross McAllister-Dunn, 27, was given a life sentence at the High Court in Glasgow after being convicted of murder following an eight-day trial.",
        True,
        [("duration", 27, "year", None), ("duration", 8, "day", None)],
        None,
    ),
    (
        "en",
        "Amir Haddadi, 48, was stabbed three times outside a block of flats in Govan in the early hours of 4 November 2025.",
        True,
        [("duration", 48, "year", None), ("count", 3, None, None), ("date", "2025-11-04", None, None)],
        None,
    ),
    (
        "en",
        "The disputed fare was £14.60, the court heard.",
        True,
        [("money", 14.6, "GBP", None)],
        None,
    ),
    (
        "en",
        "Detective Chief Inspector Moira Baxendale of Police Scotland said officers had recovered the knife from a drain 200 metres from the scene.",
        True,
        [("count", 200, None, None)],
        "Moira Baxendale",
    ),
    (
        "en",
        '"Amir was a gentle man who worked all hours to support his family," his brother said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The judge told McAllister-Dunn he had taken a life "for the sake of loose change".',
        False,
        [],
        None,
    ),
    # --- Obergericht senkt Strafe für Vermögensverwalter (Keystone-SDA), Dienstag, 16. Juni ---
    (
        "de",
        "Zürich (Keystone-SDA) - Das Zürcher Obergericht hat die Strafe für einen ehemaligen Vermögensverwalter in zweiter Instanz von sieben auf fünfeinhalb Jahre herabgesetzt.",
        True,
        [("ordinal", 2, None, None), ("duration", 7, "year", None), ("duration", 5.5, "year", None)],
        None,
    ),
    (
        "de",
        "Der heute 62-Jährige hatte zwischen 2012 und 2021 rund 34 Millionen Franken von Kundinnen und Kunden veruntreut.",
        True,
        [("duration", 62, "year", None), ("year", 2012, None, None), ("year", 2021, None, None), ("money", 34000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Das Obergericht sprach ihn in vier von 57 Anklagepunkten frei, wie das am Dienstag publizierte Urteil zeigt.",
        True,
        [("count", 4, None, None), ("count", 57, None, None)],
        None,
    ),
    (
        "de",
        "Dem Staat schuldet er zudem eine Ersatzforderung von 780'000 Franken.",
        True,
        [("money", 780000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Geschädigten, mehrheitlich Pensionierte aus der Region Zürich, erhalten nach Angaben des Gerichts gut die Hälfte ihres Geldes aus verwerteten Vermögenswerten zurück.",
        True,
        [("fraction", 0.5, None, "over")],
        "das Gericht",
    ),
    (
        "de",
        "Ein Geschädigter sprach vor dem Gerichtsgebäude von einem «Rabatt für einen Betrüger».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Urteil kann innert 30 Tagen ans Bundesgericht weitergezogen werden.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    # --- Knife crime figures (PA), June 16 ---
    (
        "en",
        "LONDON (PA) - The number of knife offences logged by forces in England and Wales dropped by 4% to 48,310 in the year to March, Office for National Statistics figures showed.",
        True,
        [("percent", 4, "%", None), ("count", 48310, None, None)],
        None,
    ),
    (
        "en",
        "Homicides fell to 521 from 583, the lowest figure since 2014.",
        True,
        [("count", 521, None, None), ("count", 583, None, None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "Shoplifting offences rose by 11% to about 512,000, the most since the present way of counting was introduced in 2002.",
        True,
        [("percent", 11, "%", None), ("count", 512000, None, "about"), ("year", 2002, None, None)],
        None,
    ),
    (
        "en",
        "The accompanying household survey estimated that about one in six adults had fallen victim to fraud or computer misuse in the past year.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    (
        "en",
        "Knife offences in London fell by 9%, the Metropolitan Police said.",
        True,
        [("percent", 9, "%", None)],
        "the Metropolitan Police",
    ),
    (
        "en",
        "A Home Office spokesperson said 3,000 more neighbourhood officers would be on patrol by next spring.",
        True,
        [("count", 3000, None, None)],
        None,
    ),
    (
        "en",
        '"These figures should shame every chief constable in the country," said campaigner Bernadette Callaghan-Moss.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Home Office said it was "determined to make our streets safer for everyone".',
        False,
        [],
        None,
    ),
    # --- Schmiergeld beim Autozulieferer (dpa/lsw), Dienstag, 16. Juni ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Ein früherer Einkaufsleiter eines Autozulieferers ist vom Landgericht Stuttgart wegen Bestechlichkeit im geschäftlichen Verkehr zu einer Bewährungsstrafe von einem Jahr und zehn Monaten verurteilt worden.",
        True,
        [("duration", 1, "year", None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "de",
        "Der 59-Jährige hatte gestanden, von zwei Lieferanten über sechs Jahre hinweg Schmiergelder von zusammen 318.000 Euro angenommen zu haben.",
        True,
        [("duration", 59, "year", None), ("count", 2, None, None), ("duration", 6, "year", None), ("money", 318000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Als Bewährungsauflage muss er 80.000 Euro an gemeinnützige Einrichtungen zahlen.",
        True,
        [("money", 80000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Bewährungszeit setzte die Kammer auf vier Jahre fest.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Oberstaatsanwältin Ricarda Vöhringer-Lutz sagte, das Geständnis habe dem Gericht eine Beweisaufnahme mit mehr als 40 Zeugen erspart.",
        True,
        [("count", 40, None, "over")],
        "Ricarda Vöhringer-Lutz",
    ),
    (
        "de",
        "„Er hat die Firma, die ihm vertraut hat, für ein paar Umschläge verkauft“, sagte Vöhringer-Lutz in ihrem Plädoyer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Angeklagte entschuldigte sich bei seinem früheren Arbeitgeber und nannte sein Verhalten „unverzeihlich“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Urteil ist rechtskräftig, weil alle Beteiligten noch im Saal auf Rechtsmittel verzichteten.",
        True,
        [],
        None,
    ),
    # --- Speeding P-plater jailed (AAP), June 17 ---
    (
        "en",
        "MELBOURNE (AAP) - A P-plate driver who killed two teenagers while speeding at 148km/h in a 60km/h zone has been jailed for 11 years.",
        True,
        [("count", 2, None, None), ("count", 148, None, None), ("count", 60, None, None), ("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "Kaiden Strzelecki, 20, must serve at least eight years before he is eligible for parole, Judge Rosalie Dunmore-Keane ruled in the County Court on Wednesday.",
        True,
        [("duration", 20, "year", None), ("duration", 8, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Strzelecki had been drinking and had held his licence for only four months when the car hit a tree in Dandenong in March 2025.",
        True,
        [("duration", 4, "month", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "His passengers, Mia Lorrimer and Jack Sefton, both 17, died at the scene.",
        True,
        [("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "He was also disqualified from driving for 10 years.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Victoria Police said 41 people had died last year in crashes involving probationary drivers.",
        True,
        [("count", 41, None, None)],
        "Victoria Police",
    ),
    (
        "en",
        '"You took their futures in a single reckless moment," the judge told Strzelecki.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Outside court, Mia's mother embraced Jack's parents in silence.",
        False,
        [],
        None,
    ),
    # --- Bundeslagebild Cybercrime (dpa), Mittwoch, 17. Juni ---
    (
        "de",
        "Wiesbaden (dpa) - Bundesweit hat die Polizei im vergangenen Jahr 138.412 Fälle von Cyberkriminalität erfasst, ein Anstieg um 3,8 Prozent.",
        True,
        [("count", 138412, None, None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Das teilte das Bundeskriminalamt am Mittwoch in Wiesbaden mit.",
        True,
        [],
        "das Bundeskriminalamt",
    ),
    (
        "de",
        "Die Aufklärungsquote sank um 1,2 Prozentpunkte auf 31,6 Prozent.",
        True,
        [("percent", 1.2, "pp", None), ("percent", 31.6, "%", None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Angriff mit Erpressungssoftware richtete sich nach BKA-Angaben gegen kleine und mittlere Unternehmen.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Den Schaden durch Cyberangriffe auf Unternehmen schätzt der Digitalverband Bitkom auf rund 180 Milliarden Euro.",
        True,
        [("money", 180000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Ermittler schalteten im vergangenen Jahr nach eigenen Angaben 14 illegale Handelsplattformen im Darknet ab.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die BKA-Vizepräsidentin nannte Cyberkriminalität „das Geschäftsmodell mit der höchsten Rendite und dem geringsten Risiko“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Taten, die aus dem Ausland gegen Ziele in Deutschland verübt wurden, stieg nach BKA-Angaben auf 201.877.",
        True,
        [("count", 201877, None, None)],
        None,
    ),
    (
        "de",
        "„Niemand ist zu klein, um angegriffen zu werden“, warnte die Vizepräsidentin.",
        False,
        [],
        None,
    ),
    # --- Militia commander sentenced at the ICC (Reuters), June 17 ---
    (
        "en",
        "THE HAGUE, June 17 (Reuters) - Judges at the International Criminal Court sentenced a former militia commander to 22 years in prison on Wednesday for murders, rapes and the use of child soldiers in the Central African Republic.",
        True,
        [("date", "--06-17", None, None), ("duration", 22, "year", None)],
        None,
    ),
    (
        "en",
        "Ousmane Ngarbaye-Kossi, 49, was convicted in March on 17 of 21 counts of war crimes and crimes against humanity.",
        True,
        [("duration", 49, "year", None), ("count", 17, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "The time he has spent in detention since his arrest in 2019 will be deducted from the sentence, presiding judge Katalin Vörösmarty-Lenz said.",
        True,
        [("year", 2019, None, None)],
        "Katalin Vörösmarty-Lenz",
    ),
    (
        "en",
        "Prosecutors had sought 30 years, the longest fixed term the court can impose.",
        True,
        [("duration", 30, "year", None)],
        None,
    ),
    (
        "en",
        "The trial heard 94 witnesses across 212 hearing days.",
        True,
        [("count", 94, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "en",
        "Defence lawyer Pascal Ndiaye-Morel said his client would appeal both the verdict and the sentence.",
        True,
        [],
        "Pascal Ndiaye-Morel",
    ),
    (
        "en",
        '"Today\'s sentence belongs to the survivors who found the courage to testify," the court\'s prosecutor said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Survivors in the public gallery applauded as the sentence was read.",
        False,
        [],
        None,
    ),
    # --- Raubserie auf Kioske (dpa/lnw), Donnerstag, 18. Juni ---
    (
        "de",
        "Dortmund (dpa/lnw) - Wegen einer Serie von Raubüberfällen auf Kioske hat das Landgericht Dortmund drei junge Männer zu Jugendstrafen zwischen zwei Jahren und vier Jahren und drei Monaten verurteilt.",
        True,
        [("count", 3, None, None), ("duration", 2, "year", None), ("duration", 4, "year", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Die zur Tatzeit 17 bis 20 Jahre alten Angeklagten hatten zwischen Dezember 2024 und April 2025 zwölf Kioske und zwei Tankstellen überfallen.",
        True,
        [
            ("duration", 17, "year", None),
            ("duration", 20, "year", None),
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("count", 12, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Beute belief sich nach Angaben des Gerichts auf insgesamt knapp 23.000 Euro.",
        True,
        [("money", 23000, "EUR", "nearly")],
        "das Gericht",
    ),
    (
        "de",
        "Bei mindestens fünf Überfällen bedrohten sie die Angestellten mit einer Schreckschusspistole.",
        True,
        [("count", 5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der jüngste, heute 18 Jahre alte Angeklagte erhielt eine Bewährungsstrafe von 22 Monaten, weil er als Einziger umfassend gestanden hatte.",
        True,
        [("duration", 18, "year", None), ("duration", 22, "month", None)],
        None,
    ),
    (
        "de",
        "Verteidiger Yusuf Kaplanoğlu sagte, sein Mandant werde das Urteil annehmen.",
        True,
        [],
        "Yusuf Kaplanoğlu",
    ),
    (
        "de",
        "Ein Kioskbetreiber sagte, er fühle sich in seinem eigenen Laden nicht mehr sicher.",
        False,
        [],
        None,
    ),
    # --- Wildfire arson conviction (AP), June 18 ---
    (
        "en",
        "LOS ANGELES (AP) — A man was convicted Thursday of starting a wildfire that destroyed 214 homes and forced more than 30,000 people to flee in the foothills east of Los Angeles.",
        True,
        [("count", 214, None, None), ("count", 30000, None, "over")],
        None,
    ),
    (
        "en",
        "Jurors deliberated for just under two days before finding Cody Rainsford, 36, guilty of arson of inhabited structures and of forest land.",
        True,
        [("duration", 2, "day", "under"), ("duration", 36, "year", None)],
        None,
    ),
    (
        "en",
        "The trial lasted 17 days and included testimony from 41 witnesses, among them 12 firefighters.",
        True,
        [("duration", 17, "day", None), ("count", 41, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The fire burned about 9,800 acres over nine days in September 2024 before crews contained it.",
        True,
        [("count", 9800, None, "about"), ("duration", 9, "day", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Rainsford faces up to 25 years in state prison at sentencing on Aug. 21.",
        True,
        [("duration", 25, "year", "up_to"), ("date", "--08-21", None, None)],
        None,
    ),
    (
        "en",
        "Deputy District Attorney Camille Okereke-Sandoval said investigators had matched a lighter found near the ignition point to a pack of cigarettes in Rainsford's truck.",
        True,
        [],
        "Camille Okereke-Sandoval",
    ),
    (
        "en",
        '"This fire did not start itself, and the people who lost everything deserve an answer," Okereke-Sandoval told jurors in closing arguments.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rainsford's public defender said he was disappointed and would discuss the next steps with his client.",
        False,
        [],
        None,
    ),
    # --- Anklage gegen Ex-Bürgermeister (APA), Freitag, 19. Juni ---
    (
        "de",
        "Graz (APA) - Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) hat Anklage gegen den 66 Jahre alten früheren Bürgermeister einer obersteirischen Gemeinde wegen Amtsmissbrauchs und Untreue erhoben.",
        True,
        [("duration", 66, "year", None)],
        None,
    ),
    (
        "de",
        "Er soll zwischen 2017 und 2022 Grundstücke der Gemeinde um insgesamt 1,3 Millionen Euro unter ihrem Wert an Verwandte verkauft haben, teilte die WKStA am Freitag mit.",
        True,
        [("year", 2017, None, None), ("year", 2022, None, None), ("money", 1300000, "EUR", None)],
        "die WKStA",
    ),
    (
        "de",
        "Bei einer Verurteilung drohen ihm bis zu zehn Jahre Haft.",
        True,
        [("duration", 10, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Der Prozess am Landesgericht Graz soll im Herbst beginnen, vorerst sind fünf Verhandlungstage anberaumt.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Verteidiger Bernhard Aichholzer-Zenz sagte, sein Mandant weise die Vorwürfe zurück und habe jeden Verkauf vom Gemeinderat absegnen lassen.",
        True,
        [],
        "Bernhard Aichholzer-Zenz",
    ),
    (
        "de",
        "„Mein Mandant hat dieser Gemeinde sein Leben gewidmet und wird jetzt behandelt wie ein Dieb“, sagte Aichholzer-Zenz.",
        False,
        [],
        None,
    ),
    ("de", "Für den Beschuldigten gilt die Unschuldsvermutung.", False, [], None),
    # --- Engineering group fined for bribery (Reuters), June 18 ---
    (
        "en",
        "PARIS, June 18 (Reuters) - A Paris criminal court fined a French engineering group 3.8 million euros on Thursday for bribing officials to win rail contracts in West Africa.",
        True,
        [("date", "--06-18", None, None), ("money", 3800000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Two former executives received suspended prison sentences of 18 months and two years and were fined 150,000 euros each.",
        True,
        [("count", 2, None, None), ("duration", 18, "month", None), ("duration", 2, "year", None), ("money", 150000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The court found the bribes, worth about 2.2 million euros, had been paid through consultants between 2014 and 2019.",
        True,
        [("money", 2200000, "EUR", "about"), ("year", 2014, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors had sought a fine of 7 million euros for the company.",
        True,
        [("money", 7000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Under French law, a company convicted of corruption can be fined up to five times the value of the bribes it paid.",
        True,
        [("count", 5, None, "up_to")],
        None,
    ),
    (
        "en",
        "The company said it would not appeal and had overhauled its compliance procedures since 2020.",
        True,
        [("year", 2020, None, None)],
        "the company",
    ),
    (
        "en",
        'A lawyer for one of the executives called the ruling "unjust and deeply disappointing".',
        False,
        [],
        None,
    ),
    ("en", "The group's chief executive declined to comment.", False, [], None),
    # --- Illegale Müllgruben (dpa/sa), Freitag, 19. Juni ---
    (
        "de",
        "Magdeburg (dpa/sa) - Wegen illegaler Entsorgung von rund 18.000 Tonnen Bau- und Gewerbeabfällen hat das Landgericht Magdeburg einen Unternehmer zu drei Jahren und vier Monaten Haft verurteilt.",
        True,
        [("count", 18000, None, "about"), ("duration", 3, "year", None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "Der 47-Jährige hatte den Müll nach Überzeugung der Kammer in zwei stillgelegten Kiesgruben vergraben und dafür von Kunden gut 1,1 Millionen Euro kassiert.",
        True,
        [("duration", 47, "year", None), ("count", 2, None, None), ("money", 1100000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Beseitigung der Abfälle wird das Land voraussichtlich 6,5 Millionen Euro kosten.",
        True,
        [("money", 6500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Mitangeklagter, der als Lkw-Fahrer mehr als 600 Fuhren übernommen hatte, kam mit einer Geldstrafe von 150 Tagessätzen zu je 30 Euro davon.",
        True,
        [("count", 600, None, "over"), ("count", 150, None, None), ("money", 30, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte vier Jahre Haft beantragt und prüft nach Angaben eines Sprechers eine Revision.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Der Vorsitzende Richter sprach von „Umweltkriminalität aus purer Geldgier“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Anwohnerin sagte, sie traue dem Wasser aus ihrem Brunnen bis heute nicht.",
        False,
        [],
        None,
    ),
    # --- Adviser jailed for pension fraud (PA), June 19 ---
    (
        "en",
        "LONDON (PA) - An ex-financial adviser who took £3.4 million from his clients' pension pots to pay for a luxury lifestyle has been jailed at Southwark Crown Court for nine years and nine months.",
        True,
        [("money", 3400000, "GBP", None), ("duration", 9, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "Adrian Kettleborough, 61, of Guildford, had admitted 14 offences of fraud by abusing his position, contrary to section 4 of the Fraud Act 2006.",
        True,
        [("duration", 61, "year", None), ("count", 14, None, None), ("year", 2006, None, None)],
        None,
    ),
    (
        "en",
        "The court heard he targeted 38 clients, the oldest of whom was 91, between 2016 and 2023.",
        True,
        [("count", 38, None, None), ("duration", 91, "year", None), ("year", 2016, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Some victims lost more than half of their retirement savings, prosecutor Naomi Sturridge said.",
        True,
        [("fraction", 0.5, None, "over")],
        "Naomi Sturridge",
    ),
    (
        "en",
        "He spent the money on a villa in Portugal, two sports cars and racehorses, the Crown Prosecution Service said.",
        True,
        [("count", 2, None, None)],
        "the Crown Prosecution Service",
    ),
    (
        "en",
        "A confiscation hearing to recover the stolen money will take place on 12 October.",
        True,
        [("date", "--10-12", None, None)],
        None,
    ),
    (
        "en",
        '"He looked his clients in the eye and robbed them of their old age," Detective Sergeant Leon Abernethy-Cole of Surrey Police said.',
        False,
        [],
        None,
    ),
    ("en", "Kettleborough wept in the dock as the sentence was read out.", False, [], None),
]
