"""Hundred-and-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, platforms, operations
and figures are made up (Jens Ottersbach, Miriam Degenhardt, Markus Tschernutter, „Helvion
Capital“, Lukas Freienstein, Florian Pammer, Annika Sterzenbach, Elke Hanzlik, Bernd Kalweit;
Vantrel, Dominic Ashworth, Rebecca Thorne, Priya Venkatesan, Helen Okafor, Jonah Kessler, Ruth
Baines, Callum Reese, Tyrell Osei, Jordan Mace, Alan Pryce, Calder Marine, Graham Whitlow,
Naomi Castell, Gerald Maddox, Harlan Pruitt, Luis Carranza, Meridian Cover, Fiona Marr,
Carrick Lane Lawyers, June Hollis, Operation Hollybrook, Claire Ambrose, Granite Ridge Corp.,
Dana Whitfield, Solvane, Southmere Water, Hugh Lanner, Wade Kellerman); real courts,
prosecutors, police forces and bodies ("Staatsanwaltschaft Mannheim", "Landgericht
Mannheim", "Bundesgerichtshof", "WKStA", "Landesgericht Klagenfurt", "Oberster
Gerichtshof", "Bundesstrafgericht", "Bundesanwaltschaft", "Landgericht Augsburg",
"Landgericht Hannover", "Bundesverfassungsgericht", "Verfassungsgerichtshof",
"Mietervereinigung", "Zentralstelle Cybercrime Bayern", "Straflandesgericht Wien",
"Bundesgericht", "Deutscher Richterbund", "Amtsgericht Tiergarten", "BER"; "Birmingham Crown
Court", "West Midlands Police", "Serious Fraud Office", "Southwark Crown Court", "U.S.
Supreme Court", "Federal Court", "Greater Manchester Police", "Missouri Court of Appeals",
"General Court", "European Commission", "Court of Justice", "Environment Agency", "Maidstone
Crown Court", "Denver District Attorney's Office", "Competition Commission of India",
"Justice Department", "Medicare") stand for the way wire copy names them; every charge,
sentence, vote, sum and statement here is invented.

Its weight: COURTS, TRIALS AND INVESTIGATIONS over several days, each case told in story
order (a dateline lead, the charges or the ruling, the sums and the victims, both sides'
statements and their rebuttals, a quote, the next step, sometimes the verdict or sentence
days or months later). Half German (dpa, APA, Keystone-SDA; Austrian "Schöffensenat",
"teilbedingt", "Nichtigkeitsbeschwerde", "in erster Instanz", Swiss "Busse", "innert",
"weitergezogen", "186'000", "4000 Franken", "à 240 Franken", «» quotes, German „“ quotes): a
VAT carousel from the indictment through the first and third trial days to the sentence, a
WKStA indictment of a former mayor with his trial and verdict, money laundering before the
Bundesstrafgericht, a murder verdict in Augsburg, the Bundesgerichtshof upholding a savings
bank director's conviction, the Bundesverfassungsgericht on a police law, the
Verfassungsgerichtshof on tenancy law, an investment fraud investigation and its
indictment, Covid-aid fraud in Vienna, hospital construction bribes in Düsseldorf, the
Federal Supreme Court in Lausanne, prosecutors' caseload statistics and climate activists'
day-fines. Half English (Reuters, AP, PA): a crypto lender's founder from charges through
"the 14th day of the trial" to the verdict and a 12-year sentence, a Birmingham murder with
a 10-2 majority verdict and its sentencing, an SFO bribery trial, a 6-3 Supreme Court
ruling, a nursing home owner's arraignment and bail, an Australian class action, a police
investigation's statistics, a weed-killer verdict from "We will appeal" to the filed appeal,
the General Court on an antitrust fine, a water company's fine, an Ontario settlement, a
jury seated in Denver, an Indian cartel penalty and a health care fraud takedown. Figures as
such copy has them: counts of charges and cases ("in 87 Fällen", "seven counts", "11 counts",
"in 14 von 19 Anklagepunkten", "in zwei von 23 Fällen"), trial days as ordinals and counts
("Am dritten Verhandlungstag", "am zweiten Verhandlungstag", "On the 14th day of the trial",
"Nach 24 Verhandlungstagen", "über elf Verhandlungstage"), sentences in years and months
("zu siebeneinhalb Jahren Haft", "vier Jahren und drei Monaten", "40 Monaten", "12 years in
prison", "six and a half years", "a minimum of 19 years", "lebenslanger Haft", "jailed for
life"), maximum penalties and demands, day-fines, fines, damages, forfeiture, bail and bond
in euros, francs, dollars, pounds, Australian and Canadian dollars and rupees, jury and
bench tallies ("mit fünf zu drei Stimmen", "by a 6-3 vote", "by a majority of 10 to two",
"voted 11-1"), fraud sums, victims, witnesses, searches and arrests with their hedges,
investigation and caseload statistics, shares ("zwei Dritteln der Strafe", "Fast jeder
dritte", "Three-quarters", "Nearly half"), ages of defendants and victims, deadlines and
Reuters datelines. Negatives as courts produce them: protestations of innocence as
rhetoric, defence evaluations and labels, judges' and prosecutors' rhetoric in quotes,
outrage, grief and remorse, resolve to fight on, reported verdicts of groups, forecasts
without a figure, open questions, no-comment lines, a slogan, a service line, scene colour,
boilerplate and a reporting credit.

244 rows (123 German, 121 English), 53 negatives (26 German, 27 English), 191 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 342 expected quantities (112
durations, 103 counts, 60 amounts of money, 22 years, 16 dates, 12 ordinals, 9 percentages,
8 fractions; 2 of them in two negatives, as the seventeenth batch labels a figure in a
negative), 39 checked speakers (17 German, 22 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase of
  a fact or figure is check-worthy with the speaker its own attribution gives ("Der
  Gesamtschaden liege ... bei rund 118 Millionen Euro, sagte Oberstaatsanwalt Lukas
  Freienstein am Mittwoch." -> "Lukas Freienstein"; "Insgesamt führe man derzeit 41
  Beschuldigte, so Freienstein." -> "Freienstein"; thirty-ninth and ninety-third), also
  when the speaker is a role or an age ("..., sagte der Richter.", "..., sagte der
  49-Jährige.", "..., sagte die 44-Jährige.", "ließ der 59-Jährige über seinen Anwalt
  erklären" - check-worthy, speaker unchecked, thirty-ninth: roles). One side's account is
  check-worthy (sixty-eighth): the defence's "Bei den Zahlungen handle es sich um
  Beraterhonorare, ..., sagte Verteidigerin Annika Sterzenbach." and the wife's "Ihr Mann
  habe alle Anträge allein gestellt, ...". Check-worthy without a figure: indictments and
  rulings as leads (the WKStA's indictment, the Bundesgerichtshof upholding a conviction,
  the Bundesverfassungsgericht and the Verfassungsgerichtshof striking down rules, the
  Bundesgericht rejecting a complaint), a partial confession in Konjunktiv I ("Sein Mandant
  räume die Vorwürfe im Kern ein ..."), pleas entered ("bekannte sich nicht schuldig",
  "bekannte sich teilweise schuldig", "would plead not guilty"; seventy-sixth and
  ninety-eighth), denials (below), appeals announced and filed (below) and a record
  claimed by a regulator ("the largest fine ever imposed on a water company in England",
  twenty-ninth).
- New, on appeals, announced and filed: a stated next step is check-worthy whether it is
  announced or already filed (twenty-fourth, twenty-seventh, ninety-eighth) - "Ottersbach
  will das Urteil vom Bundesgerichtshof überprüfen lassen.", "Tschernutter meldete noch im
  Saal Nichtigkeitsbeschwerde und Berufung an, ...", "Whitlow's lawyer said he would appeal
  against his conviction." ("Whitlow's lawyer", as "Harker's lawyers", sixteenth), "The
  company said it would appeal.", "He has filed a notice of appeal ...", "Granite Ridge
  Corp. formally filed its appeal on Monday, ..."; the quoted ""We will appeal this
  verdict, which is not supported by the science," Granite Ridge said in a statement." is
  check-worthy with "Granite Ridge" - the appeal is a step the company names, the
  evaluation wrapped round it does not undo it (ninety-eighth: ""We have won our last five
  home games and that is no accident""). A vow to fight on that names no step is resolve
  and a negative, as the threats and "We will not ..." of the hundredth batch: „Wir werden
  kämpfen, bis der Name meines Mandanten reingewaschen ist“, ""We will fight this all the
  way, for as long as it takes,"". "A Solvane spokeswoman said the company would study the
  judgment before deciding on its next steps." is a no-comment line (thirty-ninth: "declined
  to comment") and a negative.
- New, on innocence: a protestation of innocence made of self-praise or prophecy is
  rhetoric and a negative - „Ich bin ein anständiger Mensch und habe mein Leben lang für
  diese Gemeinde gearbeitet“, beteuerte er.; «Ich habe immer nur zum Wohl der Gemeinde
  gehandelt»; ""I am an innocent man, and the truth will come out,""; „Mein Mandant ist ein
  Opfer dieser Bande, nicht ihr Mitglied“ - while a denial of a checkable act is
  check-worthy, quoted or reported (ninety-eighth: ""I never lied to my investors""; seventh:
  "Der Angeklagte bestreitet die Vorwürfe"): „Ich habe mir nie Geld aus der Gemeindekasse
  genommen“, sagte der Angeklagte ... (speaker a role, unchecked) and "Die drei
  mitangeklagten Bauunternehmer bestreiten die Vorwürfe." (count 3).
- Defence evaluations, outrage and rhetoric are negatives (thirty-ninth, seventy-sixth,
  ninety-eighth): labels ("Verteidiger Markus Tschernutter sprach von einem „glatten
  Fehlurteil“.", as "Der Richter sprach von einem „besonders perfiden Vorgehen“"), a
  lawyer's framing ("My client did everything humanly possible ...", "My client has been
  made a scapegoat ...", "This case is about a split-second decision made in fear"), an
  accusation without a checkable claim ("Thorne accused her of inventing the warnings to
  save herself.", eighty-fourth), disappointment ("We respect the jury's decision, but we
  are deeply disappointed"), judges' and prosecutors' rhetoric in quotes
  („Selbstbedienungsladen“, „ein deutliches Signal“, „kein Mensch mehr, sondern ein Besitz“,
  «Sie haben weggeschaut ...», ""You treated other people's savings ..."", ""You brought a
  knife ..."", ""Bribery is not a cost of doing business ..."", ""If you steal from
  Medicare, we will find you,"", „Diese Geschichte glaubt doch im ganzen Saal niemand“),
  outrage, grief, relief and remorse („ein schwarzer Tag“, „Wir bereuen nichts ...“, „Ich
  habe in der Pandemie alles verloren ...“, a mother's statement, ""This is a win for every
  ordinary Australian ..."", ""Today the jury told this company ..."", ""This is a victory
  for the rule of law,"", ""The river used to be full of life,""), a generic claim („Viele
  Opfer schämen sich ...“), verdicts reported of groups ("Die Beschwerdeführer sprachen von
  einem „guten Tag für die Pressefreiheit“.", "Survivors' groups said the pace of the
  inquiry was an insult to victims.", "Good-government groups said the ruling would make it
  harder ...", ninety-eighth), forecasts without a figure ("dürfte ... wenig ändern", "dürfte
  die Debatte ... neu befeuern", "Legal experts said the case could reshape ...",
  forty-seventh), open questions ("Ob der Nationalrat die Frist einhalten kann, ...",
  "Whether the appeals court will cut the award remains to be seen."), a no-comment line
  ("wollte sich gegenüber den Medien nicht äußern"), a slogan ("mit dem Spruch „Ihr Geld
  arbeitet, während Sie schlafen“ geworben", fifty-seventh), a service line and an appeal
  for information ("Geschädigte können ihre Angaben ... übermitteln.", "Police urged anyone
  with information ...", fifty-fifth), scene colour (relatives in tears, a family in the
  public gallery, signs reading "Where is our money?", seventy-fourth), boilerplate ("Es gilt
  die Unschuldsvermutung.", fifty-fifth; "(Schluss)", seventy-seventh) and a reporting
  credit. Figures in negatives stay labelled (seventeenth): "Für die vier Beschuldigten gilt
  ... die Unschuldsvermutung." count 4 and "Relatives of the dead filled three rows of the
  courtroom, ..." count 3.
- Trial days: "Am dritten Verhandlungstag", "am zweiten Verhandlungstag" ordinals 3 and 2 and
  "On the 14th day of the trial" ordinal 14 (as "den elften Tag", fifty-sixth, and "entered
  its 29th day", hundredth); counted trial days are counts ("26 Verhandlungstage", "Nach 24
  Verhandlungstagen", "fünf Verhandlungstage", "über elf Verhandlungstage" with "über" no
  hedge, "des 19 Verhandlungstage dauernden Prozesses"; nineteenth, twenty-seventh,
  fifty-ninth); trials measured in weeks are durations ("a five-week trial", "the four-week
  trial", "a 17-week trial", "a seven-week trial", "could last three weeks"; thirty-ninth);
  deliberations too ("after deliberating for about five hours" "about", "for 16 hours and
  40 minutes" both units, thirty-ninth), "Jury selection took four days" 4 days.
- Sentences are durations as written (thirty-ninth, fifty-fifth): "zu siebeneinhalb Jahren
  Haft" 7.5 years (twentieth: "siebeneinhalb"), "vier Jahren und drei Monaten sowie drei
  Jahren", "fünf Jahren und acht Monaten", "neun Jahre und sechs Monate", "eine Strafe
  zwischen drei Jahren und drei Jahren und neun Monaten" (3 years, 3 years, 9 months),
  "Drei Jahre und sechs Monate", "zu drei Jahren teilbedingter Haft ..., zwölf Monate
  davon", "40 Monaten", "Absitzen muss der 57-Jährige davon 18 Monate", "bei einer
  Probezeit von zwei Jahren", "mit zwei Jahren auf Bewährung", "je 22 Monaten" ("je" no
  hedge), "54 Monate", "12 years in prison", "the 40 years prosecutors had sought", "six and
  a half years" 6.5 (fifty-first: "six and a half hours"), "eight years and six months",
  "of four years and of three years and nine months", "30 months", "served 11 months";
  "lebenslanger Haft", "jailed for life" none; "eine Entlassung nach 15 Jahren" 15 years;
  "must serve a minimum of 19 years" 19 years with no hedge ("minimum" names the figure, as
  "a maximum sentence of 20 years", seventy-sixth); "Nach Verbüßung von zwei Dritteln der
  Strafe" 0.6667 (fifty-fifth). Penalties a charge carries (fourth, thirty-ninth): "bis zu
  zehn Jahre Haft", "faces up to 110 years", "up to two years in a state jail", "up to 16
  years" "up_to"; "Der Strafrahmen beträgt ein bis zehn Jahre Haft" 1 year and 10 years (a
  number word at the lower end of a range, fifty-fifth: "zwischen einem und zehn Jahren");
  "von mehr als zehn Jahren" 10 years "over". "second-degree" none (thirty-ninth); "in
  erster Instanz" ordinal 1 (fifty-fifth).
- Tallies are counts, one per figure (eleventh, twentieth, seventy-sixth): "mit fünf zu drei
  Stimmen", "by a 6-3 vote"; new for juries: "by a majority of 10 to two" 10 and 2 and
  "Jurors voted 11-1" 11 and 1, a jury's split read as a court's tally, the number word
  "two" the figure; "A jury of nine women and three men" 9 and 3, "six alternates", "The
  court's three liberal justices", "A three-judge bench" 3 (seventy-sixth: "A three-judge
  federal panel"); "in 14 von 19 Anklagepunkten ..., in den übrigen fünf", "in zwei von 23
  Fällen", "eight of the company's nine arguments", "Two of the seven men charged" two counts
  each (a definite group, forty-first and seventy-sixth); "in 87 Fällen", "seven counts",
  "two counts of wire fraud", "11 counts of criminally negligent homicide" counts (fifteenth
  and seventy-sixth).
- Money a court orders or a case concerns is money in the currency written, with its hedge
  (thirty-ninth, fifty-fifth): fines ("Busse von 2,5 Millionen Franken", "5000 Franken" and
  "4000 Franken" without a separator, thirty-fifth; "£11.4 million", "a 376 million euro
  antitrust fine" and "361 million euros" EUR, seventeenth: "500 billion euro"), confiscation
  and forfeiture ("Einziehung von 19,4 Millionen Euro", "Ersatzforderung von 11 Millionen
  Franken", "forfeit $1.1 billion"), damages and compensation ("640.000 Euro an
  Schadenersatz", "$185 million ... about $1.4 billion", "more than $60 million" "over",
  "A$212 million", "A$47 million" AUD, "C$640 million" and "roughly C$5,200" CAD, fifteenth;
  "an average of" no hedge), bail and bond ("a $25 million bond", "bail at $750,000", "free on
  $100,000 bond"), "a 21.4 billion rupee ($248 million) penalty" INR and USD (the converted
  figure in brackets, eightieth), "costs of £386,000", "A$3.12" a share price. Day-fines:
  "150 Tagessätzen à 240 Franken" count 150 and 240 CHF (thirty-ninth), "zwischen 40 und 120
  Tagessätzen" counts 40 and 120 and "zwischen 15 und 60 Euro" two amounts (the currency
  written once serves both, forty-sixth, as "150.000 und 90.000 Euro"). Fraud sums: "um rund
  46 Millionen Euro gebracht" "about", "mindestens 1,1 Millionen Euro" "at_least", "mehr als
  31 Millionen Euro", "mehr als eine Million Euro" 1,000,000 (ninety-third: "mehr als eine
  Million Soldaten") and "more than £6.2 million" "over", "about $1.4 billion" "about"; "um
  40.000 Euro zu senken" with "um" no hedge. New: "Scheinrechnungen über 212 Millionen
  Euro" and "Aufträge über insgesamt 3,8 Millionen Euro" carry no hedge - "über" here is the
  preposition the noun governs (invoices and contracts for a sum), as "verfügen über" in the
  seventy-sixth batch, not a bound on the figure; "insgesamt", "zusammen" no hedge.
- Investigations and statistics are counts with their hedges: "bei 31 Durchsuchungen in fünf
  Bundesländern rund 1.900 Aktenordner und 140 Terabyte Daten" (data volumes counts,
  fifty-first), "mehr als 7.300 Geschädigte" "over", "auf 9.140 gestiegen", "14 Verdächtige",
  "41 Beschuldigte", "412 Seiten", "63 Zeugen und zwei Sachverständige", "48 Zeugen", "17
  Messerstichen", "rund 5,4 Millionen neue Ermittlungsverfahren" "about", "In 78 Fällen", "236
  Stellen", "about 92,000 customers", "2.3 million documents", "214 potential victims", "more than 1,100 statements" "over", "some 36,000
  pages" "about", "more than 4,000 similar lawsuits" "over", "on 312 separate occasions",
  "About 110,000 drivers" "about", "212 people, including 41 doctors and nurses", "31
  states", "dreimal" count 3 (issue: "viermal"), "at least three times" 3 "at_least", "four
  times" 4, "57 Flüge ..., elf weitere" ("weitere" no hedge). Shares: "Fast jeder dritte"
  0.3333 "nearly", "Etwa jedes vierte" 0.25 "about", "Knapp ein Fünftel" 0.2 "nearly", "About
  one in five" 0.2 "about", "Three-quarters" 0.75, "Nearly half" 0.5 "nearly", "by roughly a
  fifth" 0.2 "about"; percentages "3,2 Prozent", "bis zu 4 Prozent pro Woche" "up_to" ("pro
  Woche" none), "about 84%", "by 18%", "fell 6.4%", "fell 4.2%", "by 4%", "22%", "about 70%".
- Ages are durations in years (thirty-ninth, fifty-fifth): "im Alter von 38 bis 61 Jahren"
  and "im Alter von neun und zwölf Jahren" two ages each, "ein 52 Jahre alter Unternehmer",
  "den heute 66-Jährigen" ("heute" no hedge), "Dominic Ashworth, 39,", "17-year-old Tyrell
  Osei", "now aged between 68 and 84"; "älter als 65 Jahre" 65 years "over" (tenth) and, by
  the same rule, "aged over 80" 80 years "over" (fifty-fifth: "aged under 25" "under");
  "in the 1980s" none (thirty-ninth).
- Ordinals besides trial days: "der vierte kam mit zwei Jahren auf Bewährung davon" 4 and
  "der dritte wurde freigesprochen" 3 (the noun left out, ninety-eighth and hundredth), "das
  zweite Mal" 2, "die zweite große Razzia ... binnen eines Jahres" 2 ("binnen eines Jahres"
  none, an article), "A second defendant" 2 (fifty-ninth: "for a second time"), "the
  justices' third narrowing ... in five years" 3 and 5 years, "the fourth verdict ... in the
  past 18 months" 4 and 18 months, "the first time in more than 20 years" 1 and 20 years
  "over".
- Other durations: "seit 14 Monaten in Untersuchungshaft", "fast drei Jahre lang"
  "nearly", "binnen sechs Monaten", "über sieben Jahre hinweg" 7 years with no hedge
  (thirty-first: "over three days"), "Knapp vier Monate nach den Razzien" "nearly", "innert
  zehn Tagen" 10 days, "auf 8,2 Monate, vor zehn Jahren ... 6,4 Monate" (forty-sixth: "vor
  zwei Jahren"), "for nearly 40 hours" "nearly", "more than 40 hours of CCTV footage" "over"
  (thirty-ninth), "within 14 days", "within two months and 10 days", "within 60 days", "in
  the past 12 months", "in the two years before the storm", "over a period of nine years",
  "over a three-year period", "lasting almost seven years" "nearly", "lasting more than four
  years" "over". None: "a month later", "last year", "a year", "binnen einer Woche".
- Dates and years: "bis zum 31. Dezember 2026" 2026-12-31 and "mit Ablauf des 30. Juni
  2026" 2026-06-30; "für den 12. März", "on 9 January" and "until 14 March" (British
  day-month, thirty-second), "on June 2", "Jan. 22" dates without a year; Reuters datelines
  with a day ("NEW YORK, Feb 3", "Oct 14", "Nov 7", "March 12", "WASHINGTON, June 20",
  "SYDNEY, Aug 19", "LUXEMBOURG, Sept 10", "TORONTO, May 28", "NEW DELHI, Jan 16") dates
  without a year, dpa, APA, Keystone-SDA, AP and PA datelines none (seventy-ninth); "zwischen
  März 2019 und Oktober 2022", "im Oktober 2023", "im Mai 2024", "seit 2020", "in June 2023",
  "between 2012 and 2017", "in 2022", "since the inquiry began in 2021", "in 2019", "since
  2020", "between 2016 and 2023" the years; months, weekdays and "Ende Juli", "bis Ende Juli"
  none.
- Hedges, only the names in use: "rund", "etwa", "Etwa", "about", "About", "some", "roughly"
  "about"; "fast", "Fast", "knapp", "Knapp", "nearly", "Nearly", "almost" "nearly"; "mehr
  als", "more than", "älter als", "aged over" "over"; "bis zu", "up to" "up_to";
  "mindestens", "at least" "at_least"; "insgesamt", "zusammen", "je", "Lediglich", "Allein", "im Schnitt", "an average of", "heute", "weitere", "minimum", "über"
  after a noun that governs it no hedge.
- Speakers, checked only in forms the earlier batches settled: "teilte die Staatsanwaltschaft
  am Dienstag mit" -> "die Staatsanwaltschaft", "teilte die WKStA am Mittwoch mit" -> "die
  WKStA" (an abbreviation with its article, as "das BFA", fifty-fifth), "teilte das
  Innenministerium mit", "teilte der Gerichtshof mit", "teilte der Deutsche Richterbund mit",
  "wie das Bundesstrafgericht mitteilte", "wie die Polizei mitteilte" the source with its
  article in the nominative (thirty-ninth and ninety-ninth); "nach Angaben des Gerichts" ->
  "das Gericht" (as "des Landesfeuerwehrkommandos", ninety-ninth), "nach Angaben der
  Staatsanwaltschaft" -> "die Staatsanwaltschaft", "nach Angaben der Flughafengesellschaft"
  -> "die Flughafengesellschaft", "Nach Schätzungen der Mietervereinigung" -> "die
  Mietervereinigung" (ninety-ninth: "Nach Schätzungen des Roten Kreuzes"); "sagte
  Verteidiger Jens Ottersbach zum Auftakt", "sagte Oberstaatsanwalt Lukas Freienstein am
  Mittwoch", "sagte Verteidiger Florian Pammer", "sagte Verteidigerin Annika Sterzenbach",
  "sagte Richterbund-Geschäftsführer Bernd Kalweit" the name, title and occasion dropped
  (thirty-ninth and hundredth); "so Freienstein" the surname as written. English: "the
  Serious Fraud Office said", "the SFO said", "the Environment Agency said", "the company
  said" (twice), "the court said" with the article in lower case; "according to the
  bankruptcy trustee" and "according to the Competition Commission of India" with their
  article (ninety-eighth); "The Justice Department said Thursday it had ..." -> "the Justice
  Department" (fifty-fifth: "The Department of Homeland Security said it had ..."); "the
  Denver District Attorney's Office said" (thirty-ninth: "the Manhattan District Attorney's
  Office"); "police said" -> "police"; "West Midlands Police said", "Greater Manchester
  Police said", "Southmere Water said", "Carrick Lane Lawyers said" and "Granite Ridge said
  in a statement" as written (tenth and eleventh: "said in a statement"); "Defense lawyer
  Rebecca Thorne said" -> "Rebecca Thorne", "Thorne said", "Detective Superintendent Claire
  Ambrose said" -> "Claire Ambrose", "said campaigner Hugh Lanner" -> "Hugh Lanner" (titles
  dropped); "his lawyer said" -> "his lawyer" (fifty-ninth), "Whitlow's lawyer said". Left
  unchecked (None): "laut Anklage", "laut Urteil", "laut dem Urteil", "wie aus dem ... Urteil
  hervorgeht" (documents), "sagte der Richter", "sagte der 49-Jährige", "sagte die
  44-Jährige", "sagte der Angeklagte" (roles), "ließ ... über seinen Anwalt erklären",
  "prosecutors said", "Prosecutors say", "the court heard", "Maidstone Crown Court heard",
  "told jurors", "Justice Fiona Marr found", "the agency said" (a description, forty-second),
  "lawyers for the class said", "officials said", "according to state records", "according to
  records obtained by The Associated Press", rows without attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_102 = [
    # --- Umsatzsteuerkarussell: Anklage (dpa) ---
    ("de", "Mannheim (dpa) - Die Staatsanwaltschaft Mannheim hat gegen vier Männer Anklage wegen bandenmäßiger Steuerhinterziehung in 87 Fällen erhoben.", True, [("count", 4, None, None), ("count", 87, None, None)], None),
    ("de", "Die Beschuldigten im Alter von 38 bis 61 Jahren sollen über ein Geflecht von Scheinfirmen im Handel mit Smartphones und Computerchips den Fiskus um rund 46 Millionen Euro gebracht haben.", True, [("duration", 38, "year", None), ("duration", 61, "year", None), ("money", 46000000, "EUR", "about")], None),
    ("de", "Die Taten sollen zwischen März 2019 und Oktober 2022 begangen worden sein, teilte die Staatsanwaltschaft am Dienstag mit.", True, [("year", 2019, None, None), ("year", 2022, None, None)], "die Staatsanwaltschaft"),
    ("de", "Der mutmaßliche Kopf der Bande, ein 52 Jahre alter Unternehmer aus Heidelberg, sitzt seit 14 Monaten in Untersuchungshaft.", True, [("duration", 52, "year", None), ("duration", 14, "month", None)], None),
    ("de", "Für die vier Beschuldigten gilt bis zu einem rechtskräftigen Urteil die Unschuldsvermutung.", False, [("count", 4, None, None)], None),
    # --- Prozessauftakt in Mannheim (dpa) ---
    ("de", "Mannheim (dpa) - Unter strengen Sicherheitsvorkehrungen hat am Landgericht Mannheim der Prozess gegen vier mutmaßliche Umsatzsteuerbetrüger begonnen.", True, [("count", 4, None, None)], None),
    ("de", "Die Anklageschrift umfasst 412 Seiten, die Wirtschaftsstrafkammer hat bis Ende Juli 26 Verhandlungstage angesetzt.", True, [("count", 412, None, None), ("count", 26, None, None)], None),
    ("de", "Geladen sind 63 Zeugen und zwei Sachverständige, darunter ein Steuerfahnder, der die Ermittlungen fast drei Jahre lang geleitet hat.", True, [("count", 63, None, None), ("count", 2, None, None), ("duration", 3, "year", "nearly")], None),
    ("de", "Sein Mandant räume die Vorwürfe im Kern ein und werde sich umfassend äußern, sagte Verteidiger Jens Ottersbach zum Auftakt.", True, [], "Jens Ottersbach"),
    ("de", "„Mein Mandant ist ein Opfer dieser Bande, nicht ihr Mitglied“, sagte der Anwalt des jüngsten Angeklagten.", False, [], None),
    # --- Dritter Verhandlungstag (dpa) ---
    ("de", "Mannheim (dpa) - Am dritten Verhandlungstag im Mannheimer Steuerbetrugsprozess hat der leitende Steuerfahnder die Ermittlungen geschildert.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Fahnder hätten bei 31 Durchsuchungen in fünf Bundesländern rund 1.900 Aktenordner und 140 Terabyte Daten sichergestellt, sagte der 49-Jährige.", True, [("count", 31, None, None), ("count", 5, None, None), ("count", 1900, None, "about"), ("count", 140, None, None), ("duration", 49, "year", None)], None),
    ("de", "Allein über eine Briefkastenfirma in Zypern seien binnen sechs Monaten Scheinrechnungen über 212 Millionen Euro gelaufen.", True, [("duration", 6, "month", None), ("money", 212000000, "EUR", None)], None),
    # --- Urteil in Mannheim (dpa) ---
    ("de", "Mannheim (dpa) - Nach 24 Verhandlungstagen hat das Landgericht Mannheim den Kopf einer Bande von Umsatzsteuerbetrügern zu siebeneinhalb Jahren Haft verurteilt.", True, [("count", 24, None, None), ("duration", 7.5, "year", None)], None),
    ("de", "Zwei Mitangeklagte erhielten Haftstrafen von vier Jahren und drei Monaten sowie drei Jahren, der vierte kam mit zwei Jahren auf Bewährung davon.", True, [("count", 2, None, None), ("duration", 4, "year", None), ("duration", 3, "month", None), ("duration", 3, "year", None), ("ordinal", 4, None, None), ("duration", 2, "year", None)], None),
    ("de", "Zudem ordnete die Kammer die Einziehung von 19,4 Millionen Euro an, den Rest des Schadens muss der Fiskus bei den Firmen eintreiben.", True, [("money", 19400000, "EUR", None)], None),
    ("de", "Die Staatsanwaltschaft hatte für den 52-Jährigen neun Jahre und sechs Monate gefordert, die Verteidigung sechs Jahre.", True, [("duration", 52, "year", None), ("duration", 9, "year", None), ("duration", 6, "month", None), ("duration", 6, "year", None)], None),
    ("de", "Ohne das Geständnis wäre eine Strafe von mehr als zehn Jahren angemessen gewesen, sagte der Richter.", True, [("duration", 10, "year", "over")], None),
    ("de", "„Sie haben den Staat behandelt wie einen Selbstbedienungsladen“, sagte der Vorsitzende Richter in der Urteilsbegründung.", False, [], None),
    ("de", "„Das Urteil ist ein deutliches Signal an alle, die den Staat für wehrlos halten“, sagte Oberstaatsanwältin Miriam Degenhardt nach der Verkündung.", False, [], None),
    ("de", "Nach Verbüßung von zwei Dritteln der Strafe könnte der 52-Jährige vorzeitig freikommen.", True, [("fraction", 0.6667, None, None), ("duration", 52, "year", None)], None),
    ("de", "Ottersbach will das Urteil vom Bundesgerichtshof überprüfen lassen.", True, [], None),
    # --- WKStA-Anklage in Kärnten (APA) ---
    ("de", "Klagenfurt (APA) - Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) hat gegen den früheren Bürgermeister einer Kärntner Marktgemeinde Anklage wegen Untreue und Amtsmissbrauchs eingebracht.", True, [], None),
    ("de", "Dem 63-Jährigen wird vorgeworfen, zwischen 2016 und 2021 Aufträge über insgesamt 3,8 Millionen Euro ohne Ausschreibung an Firmen aus seinem Umfeld vergeben zu haben.", True, [("duration", 63, "year", None), ("year", 2016, None, None), ("year", 2021, None, None), ("money", 3800000, "EUR", None)], None),
    ("de", "Der Schaden für die Gemeinde belaufe sich auf mindestens 1,1 Millionen Euro, teilte die WKStA am Mittwoch mit.", True, [("money", 1100000, "EUR", "at_least")], "die WKStA"),
    ("de", "Bei einer Verurteilung drohen dem ehemaligen Ortschef bis zu zehn Jahre Haft.", True, [("duration", 10, "year", "up_to")], None),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- Prozessauftakt in Klagenfurt (APA) ---
    ("de", "Klagenfurt (APA) - Am Landesgericht Klagenfurt hat am Montag der Untreueprozess gegen den früheren Bürgermeister begonnen, der 63-Jährige bekannte sich nicht schuldig.", True, [("duration", 63, "year", None)], None),
    ("de", "„Ich habe mir nie Geld aus der Gemeindekasse genommen“, sagte der Angeklagte vor dem Schöffensenat.", True, [], None),
    ("de", "„Ich bin ein anständiger Mensch und habe mein Leben lang für diese Gemeinde gearbeitet“, beteuerte er.", False, [], None),
    ("de", "Für den Prozess sind fünf Verhandlungstage anberaumt, 22 Zeugen sollen aussagen.", True, [("count", 5, None, None), ("count", 22, None, None)], None),
    ("de", "Die Staatsanwältin hielt dem Angeklagten E-Mails vor, in denen er einen Bauunternehmer gebeten hatte, ein Angebot um 40.000 Euro zu senken, damit es unter der Ausschreibungsgrenze liege.", True, [("money", 40000, "EUR", None)], None),
    # --- Urteil in Klagenfurt (APA) ---
    ("de", "Klagenfurt (APA) - Der frühere Bürgermeister ist am Freitag in erster Instanz zu drei Jahren teilbedingter Haft verurteilt worden, zwölf Monate davon muss er absitzen.", True, [("ordinal", 1, None, None), ("duration", 3, "year", None), ("duration", 12, "month", None)], None),
    ("de", "Der Schöffensenat sprach ihn in 14 von 19 Anklagepunkten schuldig, in den übrigen fünf erging ein Freispruch.", True, [("count", 14, None, None), ("count", 19, None, None), ("count", 5, None, None)], None),
    ("de", "Zudem muss der 63-Jährige der Gemeinde 640.000 Euro an Schadenersatz zahlen.", True, [("duration", 63, "year", None), ("money", 640000, "EUR", None)], None),
    ("de", "Verteidiger Markus Tschernutter sprach von einem „glatten Fehlurteil“.", False, [], None),
    ("de", "Tschernutter meldete noch im Saal Nichtigkeitsbeschwerde und Berufung an, die Staatsanwaltschaft gab keine Erklärung ab.", True, [], None),
    ("de", "„Wir werden kämpfen, bis der Name meines Mandanten reingewaschen ist“, sagte Tschernutter vor Journalisten.", False, [], None),
    # --- Geldwäscherei vor dem Bundesstrafgericht (Keystone-SDA) ---
    ("de", "Bellinzona (Keystone-SDA) - Wegen qualifizierter Geldwäscherei hat das Bundesstrafgericht einen früheren Kundenberater einer Zürcher Privatbank zu einer Freiheitsstrafe von 40 Monaten verurteilt.", True, [("duration", 40, "month", None)], None),
    ("de", "Absitzen muss der 57-Jährige davon 18 Monate, den Rest schob das Gericht bei einer Probezeit von zwei Jahren auf.", True, [("duration", 57, "year", None), ("duration", 18, "month", None), ("duration", 2, "year", None)], None),
    ("de", "Der Mann hatte laut Urteil zwischen 2014 und 2018 rund 62 Millionen Franken aus einem ausländischen Korruptionsfall über Konten der Bank geschleust.", True, [("year", 2014, None, None), ("year", 2018, None, None), ("money", 62000000, "CHF", "about")], None),
    ("de", "Die Bank selbst wurde zu einer Busse von 2,5 Millionen Franken verurteilt und muss dem Bund eine Ersatzforderung von 11 Millionen Franken bezahlen.", True, [("money", 2500000, "CHF", None), ("money", 11000000, "CHF", None)], None),
    ("de", "Zusätzlich verhängte das Gericht gegen den Kundenberater eine bedingte Geldstrafe von 150 Tagessätzen à 240 Franken.", True, [("count", 150, None, None), ("money", 240, "CHF", None)], None),
    ("de", "Die Bundesanwaltschaft hatte 54 Monate Freiheitsstrafe gefordert, die Verteidigung einen Freispruch.", True, [("duration", 54, "month", None)], None),
    ("de", "«Sie haben weggeschaut, weil es sich für Sie gelohnt hat», sagte die Vorsitzende Richterin bei der Urteilseröffnung.", False, [], None),
    ("de", "Der Prozess hatte sich über elf Verhandlungstage erstreckt, das Gericht hörte dabei 17 Zeugen an.", True, [("count", 11, None, None), ("count", 17, None, None)], None),
    ("de", "Das Urteil kann innert zehn Tagen an die Berufungskammer weitergezogen werden, wie das Bundesstrafgericht mitteilte.", True, [("duration", 10, "day", None)], "das Bundesstrafgericht"),
    ("de", "Der verurteilte Kundenberater wollte sich gegenüber den Medien nicht äußern.", False, [], None),
    # --- Mordprozess in Augsburg (dpa) ---
    ("de", "Augsburg (dpa) - Im Prozess um den gewaltsamen Tod einer 34 Jahre alten Krankenpflegerin hat das Landgericht Augsburg ihren früheren Lebensgefährten zu lebenslanger Haft verurteilt.", True, [("duration", 34, "year", None)], None),
    ("de", "Zudem stellte die Schwurgerichtskammer die besondere Schwere der Schuld fest, womit eine Entlassung nach 15 Jahren so gut wie ausgeschlossen ist.", True, [("duration", 15, "year", None)], None),
    ("de", "Der 41-Jährige hatte die Frau nach Überzeugung des Gerichts im Oktober 2023 in ihrer Wohnung mit 17 Messerstichen getötet.", True, [("duration", 41, "year", None), ("year", 2023, None, None), ("count", 17, None, None)], None),
    ("de", "Während des 19 Verhandlungstage dauernden Prozesses hatte der Angeklagte zu den Vorwürfen geschwiegen.", True, [("count", 19, None, None)], None),
    ("de", "Das Gericht hörte 48 Zeugen, darunter die beiden Kinder der Getöteten im Alter von neun und zwölf Jahren.", True, [("count", 48, None, None), ("duration", 9, "year", None), ("duration", 12, "year", None)], None),
    ("de", "Die Verteidiger plädierten auf Totschlag und beantragten zwölf Jahre Haft.", True, [("duration", 12, "year", None)], None),
    ("de", "„Sie war für Sie kein Mensch mehr, sondern ein Besitz, den Sie nicht hergeben wollten“, sagte die Vorsitzende Richterin.", False, [], None),
    ("de", "Die Angehörigen der Getöteten lagen sich nach der Urteilsverkündung weinend in den Armen.", False, [], None),
    # --- Bundesgerichtshof (dpa) ---
    ("de", "Karlsruhe (dpa) - Der Bundesgerichtshof hat die Verurteilung eines früheren Sparkassenvorstands aus Niedersachsen wegen Untreue im Wesentlichen bestätigt.", True, [], None),
    ("de", "Das Landgericht Hannover hatte den heute 66-Jährigen im Mai 2024 zu fünf Jahren und acht Monaten Haft verurteilt.", True, [("duration", 66, "year", None), ("year", 2024, None, None), ("duration", 5, "year", None), ("duration", 8, "month", None)], None),
    ("de", "Er soll Kredite von zusammen rund 27 Millionen Euro an Unternehmen vergeben haben, an denen seine Familie beteiligt war.", True, [("money", 27000000, "EUR", "about")], None),
    ("de", "Lediglich in zwei von 23 Fällen hob der Senat den Schuldspruch auf und verwies die Sache an eine andere Kammer zurück.", True, [("count", 2, None, None), ("count", 23, None, None)], None),
    ("de", "An der Höhe der Gesamtstrafe dürfte das nach Einschätzung von Prozessbeobachtern wenig ändern.", False, [], None),
    ("de", "Das Urteil dürfte die Debatte über die Aufsicht der Sparkassen in Niedersachsen neu befeuern.", False, [], None),
    # --- Bundesverfassungsgericht (dpa) ---
    ("de", "Karlsruhe (dpa) - Das Bundesverfassungsgericht hat Teile des sächsischen Polizeigesetzes zur heimlichen Überwachung von Messengerdiensten für verfassungswidrig erklärt.", True, [], None),
    ("de", "Die Entscheidung des Senats fiel nach Angaben des Gerichts mit fünf zu drei Stimmen.", True, [("count", 5, None, None), ("count", 3, None, None)], "das Gericht"),
    ("de", "Der Landtag muss die beanstandeten Vorschriften bis zum 31. Dezember 2026 neu fassen, bis dahin gelten sie mit Einschränkungen weiter.", True, [("date", "2026-12-31", None, None)], None),
    ("de", "Die Polizei habe das Instrument seit 2020 in 312 Ermittlungsverfahren eingesetzt, teilte das Innenministerium mit.", True, [("year", 2020, None, None), ("count", 312, None, None)], "das Innenministerium"),
    ("de", "Die Beschwerdeführer sprachen von einem „guten Tag für die Pressefreiheit“.", False, [], None),
    # --- Verfassungsgerichtshof (APA) ---
    ("de", "Wien (APA) - Der Verfassungsgerichtshof (VfGH) hat eine Bestimmung im Mietrechtsgesetz über befristete Mietverträge als verfassungswidrig aufgehoben.", True, [], None),
    ("de", "Die Aufhebung tritt mit Ablauf des 30. Juni 2026 in Kraft, bis dahin muss der Nationalrat eine Neuregelung beschließen.", True, [("date", "2026-06-30", None, None)], None),
    ("de", "Nach Schätzungen der Mietervereinigung könnten rund 210.000 Haushalte von der Entscheidung betroffen sein.", True, [("count", 210000, None, "about")], "die Mietervereinigung"),
    ("de", "„Das ist ein schwarzer Tag für alle, die in Wien eine leistbare Wohnung suchen“, sagte Mietervereinigungs-Präsidentin Elke Hanzlik.", False, [], None),
    ("de", "Ob der Nationalrat die Frist einhalten kann, gilt in Regierungskreisen als fraglich.", False, [], None),
    ("de", "In seiner Herbstsession hat der VfGH insgesamt 538 Fälle erledigt, teilte der Gerichtshof mit.", True, [("count", 538, None, None)], "der Gerichtshof"),
    # --- Anlagebetrug „Helvion Capital“ (dpa) ---
    ("de", "Bamberg (dpa) - Im Ermittlungsverfahren um die mutmaßlich betrügerische Anlageplattform „Helvion Capital“ hat die Zentralstelle Cybercrime Bayern bislang mehr als 7.300 Geschädigte ermittelt.", True, [("count", 7300, None, "over")], None),
    ("de", "Der Gesamtschaden liege nach derzeitigem Stand bei rund 118 Millionen Euro, sagte Oberstaatsanwalt Lukas Freienstein am Mittwoch.", True, [("money", 118000000, "EUR", "about")], "Lukas Freienstein"),
    ("de", "Fast jeder dritte Geschädigte sei älter als 65 Jahre, einzelne Anleger hätten mehr als eine Million Euro verloren.", True, [("fraction", 0.3333, None, "nearly"), ("duration", 65, "year", "over"), ("money", 1000000, "EUR", "over")], None),
    ("de", "Bei Durchsuchungen in Deutschland, Bulgarien und Zypern wurden am Dienstag 14 Verdächtige festgenommen und Vermögenswerte von 23 Millionen Euro gesichert.", True, [("count", 14, None, None), ("money", 23000000, "EUR", None)], None),
    ("de", "Insgesamt führe man derzeit 41 Beschuldigte, so Freienstein.", True, [("count", 41, None, None)], "Freienstein"),
    ("de", "Die Plattform hatte Renditen von bis zu 4 Prozent pro Woche versprochen, im Schnitt zahlten die Anleger 16.000 Euro ein.", True, [("percent", 4, "%", "up_to"), ("money", 16000, "EUR", None)], None),
    ("de", "Auf ihrer Website hatte die Plattform mit dem Spruch „Ihr Geld arbeitet, während Sie schlafen“ geworben.", False, [], None),
    ("de", "„Viele Opfer schämen sich und melden sich erst, wenn alles weg ist“, sagte Freienstein.", False, [], None),
    ("de", "Es ist die zweite große Razzia gegen Anlagebetrüger in Bayern binnen eines Jahres.", True, [("ordinal", 2, None, None)], None),
    ("de", "Geschädigte können ihre Angaben über ein Online-Formular der Zentralstelle übermitteln.", False, [], None),
    ("de", "Bamberg (dpa) - Knapp vier Monate nach den Razzien hat die Zentralstelle Cybercrime Bayern Anklage gegen sechs mutmaßliche Drahtzieher der Plattform „Helvion Capital“ erhoben.", True, [("duration", 4, "month", "nearly"), ("count", 6, None, None)], None),
    ("de", "Die Zahl der ermittelten Geschädigten ist nach Angaben der Staatsanwaltschaft inzwischen auf 9.140 gestiegen, der Schaden auf 131 Millionen Euro.", True, [("count", 9140, None, None), ("money", 131000000, "EUR", None)], "die Staatsanwaltschaft"),
    # --- Corona-Hilfen vor dem Straflandesgericht Wien (APA) ---
    ("de", "Wien (APA) - Wegen schweren gewerbsmäßigen Betrugs mit Corona-Hilfen hat am Mittwoch am Straflandesgericht Wien der Prozess gegen einen 46-jährigen Gastronomen und seine 44-jährige Ehefrau begonnen.", True, [("duration", 46, "year", None), ("duration", 44, "year", None)], None),
    ("de", "Das Paar soll für 13 zum Teil nur auf dem Papier existierende Lokale Förderungen von insgesamt 2,7 Millionen Euro bezogen haben.", True, [("count", 13, None, None), ("money", 2700000, "EUR", None)], None),
    ("de", "Der Mann bekannte sich teilweise schuldig, seine Frau wies jede Beteiligung zurück.", True, [], None),
    ("de", "Ihr Mann habe alle Anträge allein gestellt, sie habe nur unterschrieben, was er ihr vorgelegt habe, sagte die 44-Jährige.", True, [("duration", 44, "year", None)], None),
    ("de", "Der Gastronom habe inzwischen 300.000 Euro an die Förderstelle zurückgezahlt, sagte Verteidiger Florian Pammer.", True, [("money", 300000, "EUR", None)], "Florian Pammer"),
    ("de", "„Ich habe in der Pandemie alles verloren und dann einen riesigen Fehler gemacht“, sagte der Gastronom unter Tränen.", False, [], None),
    ("de", "Der Strafrahmen beträgt ein bis zehn Jahre Haft, ein Urteil wird für den 12. März erwartet.", True, [("duration", 1, "year", None), ("duration", 10, "year", None), ("date", "--03-12", None, None)], None),
    ("de", "Wien (APA) - Der Gastronom ist am Donnerstag zu vier Jahren unbedingter Haft verurteilt worden, seine Ehefrau wurde im Zweifel freigesprochen.", True, [("duration", 4, "year", None)], None),
    ("de", "Der 46-Jährige muss der Republik zudem 2,1 Millionen Euro zurückzahlen.", True, [("duration", 46, "year", None), ("money", 2100000, "EUR", None)], None),
    ("de", "(Schluss)", False, [], None),
    # --- Korruption bei Klinikbauten in Düsseldorf (dpa) ---
    ("de", "Düsseldorf (dpa) - Im Korruptionsprozess um Bauaufträge an zwei Düsseldorfer Kliniken hat ein früherer technischer Leiter am zweiten Verhandlungstag ein umfassendes Geständnis abgelegt.", True, [("count", 2, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Er habe von drei Baufirmen über sieben Jahre hinweg Schmiergeld von insgesamt rund 870.000 Euro angenommen, ließ der 59-Jährige über seinen Anwalt erklären.", True, [("count", 3, None, None), ("duration", 7, "year", None), ("money", 870000, "EUR", "about"), ("duration", 59, "year", None)], None),
    ("de", "Im Gegenzug habe er den Firmen Aufträge im Wert von mehr als 31 Millionen Euro zugeschanzt.", True, [("money", 31000000, "EUR", "over")], None),
    ("de", "Die drei mitangeklagten Bauunternehmer bestreiten die Vorwürfe.", True, [("count", 3, None, None)], None),
    ("de", "Bei den Zahlungen handle es sich um Beraterhonorare, für die es Verträge und Rechnungen gebe, sagte Verteidigerin Annika Sterzenbach.", True, [], "Annika Sterzenbach"),
    ("de", "„Diese Geschichte glaubt doch im ganzen Saal niemand“, entgegnete der Staatsanwalt.", False, [], None),
    ("de", "Für den Fall eines Geständnisses hatte die Kammer dem früheren Leiter eine Strafe zwischen drei Jahren und drei Jahren und neun Monaten in Aussicht gestellt.", True, [("duration", 3, "year", None), ("duration", 3, "year", None), ("duration", 9, "month", None)], None),
    ("de", "Düsseldorf (dpa) - Drei Jahre und sechs Monate muss der frühere technische Leiter wegen Bestechlichkeit in Haft.", True, [("duration", 3, "year", None), ("duration", 6, "month", None)], None),
    ("de", "Zwei der Unternehmer erhielten Bewährungsstrafen von je 22 Monaten sowie Geldauflagen von 150.000 und 90.000 Euro, der dritte wurde freigesprochen.", True, [("count", 2, None, None), ("duration", 22, "month", None), ("money", 150000, "EUR", None), ("money", 90000, "EUR", None), ("ordinal", 3, None, None)], None),
    # --- Bundesgericht in Lausanne (Keystone-SDA) ---
    ("de", "Lausanne (Keystone-SDA) - Ein ehemaliger Gemeindepräsident aus dem Oberwallis ist mit seiner Beschwerde gegen die Verurteilung wegen ungetreuer Amtsführung vor dem Bundesgericht gescheitert.", True, [], None),
    ("de", "Das Kantonsgericht hatte den 68-Jährigen zu einer bedingten Freiheitsstrafe von 20 Monaten und einer Busse von 5000 Franken verurteilt.", True, [("duration", 68, "year", None), ("duration", 20, "month", None), ("money", 5000, "CHF", None)], None),
    ("de", "Er hatte der Gemeinde laut dem Urteil zwischen 2015 und 2020 Spesen von rund 186'000 Franken verrechnet, die er nicht belegen konnte.", True, [("year", 2015, None, None), ("year", 2020, None, None), ("money", 186000, "CHF", "about")], None),
    ("de", "Die Gerichtskosten von 4000 Franken muss er selber tragen, wie aus dem am Dienstag publizierten Urteil hervorgeht.", True, [("money", 4000, "CHF", None)], None),
    ("de", "Es war bereits das zweite Mal, dass sich das Bundesgericht mit dem Fall befassen musste.", True, [("ordinal", 2, None, None)], None),
    ("de", "«Ich habe immer nur zum Wohl der Gemeinde gehandelt», hatte der Mann vor dem Kantonsgericht beteuert.", False, [], None),
    # --- Justizstatistik (dpa) ---
    ("de", "Berlin (dpa) - Die Staatsanwaltschaften in Deutschland haben im vergangenen Jahr rund 5,4 Millionen neue Ermittlungsverfahren eingeleitet, so viele wie nie zuvor.", True, [("count", 5400000, None, "about")], None),
    ("de", "Das waren 3,2 Prozent mehr als ein Jahr zuvor, teilte der Deutsche Richterbund mit.", True, [("percent", 3.2, "%", None)], "der Deutsche Richterbund"),
    ("de", "Etwa jedes vierte Verfahren wurde mangels hinreichenden Tatverdachts eingestellt.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Knapp ein Fünftel aller neuen Verfahren betraf Betrug im Internet.", True, [("fraction", 0.2, None, "nearly")], None),
    ("de", "Die durchschnittliche Dauer eines Strafverfahrens vor den Landgerichten stieg auf 8,2 Monate, vor zehn Jahren waren es noch 6,4 Monate.", True, [("duration", 8.2, "month", None), ("duration", 10, "year", None), ("duration", 6.4, "month", None)], None),
    ("de", "In 78 Fällen mussten Untersuchungshäftlinge wegen überlanger Verfahren auf freien Fuß gesetzt werden.", True, [("count", 78, None, None)], None),
    ("de", "Allein in Nordrhein-Westfalen seien derzeit 236 Stellen bei den Staatsanwaltschaften unbesetzt, sagte Richterbund-Geschäftsführer Bernd Kalweit.", True, [("count", 236, None, None)], "Bernd Kalweit"),
    ("de", "„Die Justiz ist am Limit, und das ist längst keine Übertreibung mehr“, sagte Kalweit.", False, [], None),
    # --- Klimaaktivisten vor dem Amtsgericht (dpa) ---
    ("de", "Berlin (dpa) - Das Amtsgericht Tiergarten hat sechs Klimaaktivistinnen und -aktivisten wegen Nötigung zu Geldstrafen zwischen 40 und 120 Tagessätzen verurteilt.", True, [("count", 6, None, None), ("count", 40, None, None), ("count", 120, None, None)], None),
    ("de", "Die Höhe der Tagessätze liegt je nach Einkommen zwischen 15 und 60 Euro.", True, [("money", 15, "EUR", None), ("money", 60, "EUR", None)], None),
    ("de", "Die Gruppe hatte sich im Mai 2024 dreimal an Zufahrten zum Hauptstadtflughafen BER festgeklebt, wie die Polizei mitteilte.", True, [("year", 2024, None, None), ("count", 3, None, None)], "die Polizei"),
    ("de", "Dadurch waren nach Angaben der Flughafengesellschaft 57 Flüge verspätet, elf weitere mussten gestrichen werden.", True, [("count", 57, None, None), ("count", 11, None, None)], "die Flughafengesellschaft"),
    ("de", "„Wir bereuen nichts, die Klimakrise wartet nicht auf Gerichte“, rief eine der Verurteilten nach dem Urteil.", False, [], None),
    # --- Vantrel: charges (Reuters) ---
    ("en", "NEW YORK, Feb 3 (Reuters) - Federal prosecutors in Manhattan on Monday charged the founder of cryptocurrency lender Vantrel with seven counts of fraud and conspiracy, accusing him of misappropriating about $1.4 billion in customer funds.", True, [("date", "--02-03", None, None), ("count", 7, None, None), ("money", 1400000000, "USD", "about")], None),
    ("en", "Dominic Ashworth, 39, was arrested at his home in Miami and later released on a $25 million bond secured by his parents' house.", True, [("duration", 39, "year", None), ("money", 25000000, "USD", None)], None),
    ("en", "If convicted on all counts, he faces up to 110 years in prison.", True, [("duration", 110, "year", "up_to")], None),
    ("en", "Vantrel froze withdrawals in June 2023 and filed for bankruptcy a month later, leaving about 92,000 customers unable to reach their money.", True, [("year", 2023, None, None), ("count", 92000, None, "about")], None),
    ("en", "Defense lawyer Rebecca Thorne said her client would plead not guilty and fight the charges.", True, [], "Rebecca Thorne"),
    ("en", "\"I am an innocent man, and the truth will come out,\" Ashworth told reporters outside the courthouse.", False, [], None),
    # --- Vantrel: the trial (Reuters) ---
    ("en", "NEW YORK, Oct 14 (Reuters) - Vantrel's former chief technology officer testified on Tuesday that Dominic Ashworth personally ordered the transfer of $410 million in customer deposits to a trading affiliate he controlled.", True, [("date", "--10-14", None, None), ("money", 410000000, "USD", None)], None),
    ("en", "On the 14th day of the trial, Priya Venkatesan told jurors she had warned Ashworth in writing at least three times that customer accounts were short.", True, [("ordinal", 14, None, None), ("count", 3, None, "at_least")], None),
    ("en", "Venkatesan, 34, pleaded guilty last year to two counts of wire fraud and is testifying under a cooperation agreement in the hope of a lighter sentence.", True, [("duration", 34, "year", None), ("count", 2, None, None)], None),
    ("en", "Under cross-examination, Thorne accused her of inventing the warnings to save herself.", False, [], None),
    ("en", "Outside the courthouse, a handful of former customers held up signs reading \"Where is our money?\"", False, [], None),
    # --- Vantrel: the verdict (Reuters) ---
    ("en", "NEW YORK, Nov 7 (Reuters) - A federal jury on Friday found Vantrel founder Dominic Ashworth guilty on all seven counts after deliberating for about five hours.", True, [("date", "--11-07", None, None), ("count", 7, None, None), ("duration", 5, "hour", "about")], None),
    ("en", "The verdict came at the end of a five-week trial in which prosecutors called 38 witnesses and the defense called four.", True, [("duration", 5, "week", None), ("count", 38, None, None), ("count", 4, None, None)], None),
    ("en", "\"We respect the jury's decision, but we are deeply disappointed,\" Thorne said in a statement.", False, [], None),
    ("en", "Thorne said the defense would file a motion for a new trial within 14 days.", True, [("duration", 14, "day", None)], "Thorne"),
    # --- Vantrel: the sentence (Reuters) ---
    ("en", "NEW YORK, March 12 (Reuters) - Vantrel founder Dominic Ashworth was sentenced on Thursday to 12 years in prison, far less than the 40 years prosecutors had sought.", True, [("date", "--03-12", None, None), ("duration", 12, "year", None), ("duration", 40, "year", None)], None),
    ("en", "U.S. District Judge Helen Okafor also ordered him to forfeit $1.1 billion.", True, [("money", 1100000000, "USD", None)], None),
    ("en", "\"You treated other people's savings as your personal trading account,\" Okafor told Ashworth before imposing the sentence.", False, [], None),
    ("en", "Customers have so far recovered about 84% of their claims, according to the bankruptcy trustee.", True, [("percent", 84, "%", "about")], "the bankruptcy trustee"),
    ("en", "Ashworth remains free on bond and was ordered to report to prison on June 2.", True, [("date", "--06-02", None, None)], None),
    ("en", "He has filed a notice of appeal with the federal appeals court in Manhattan.", True, [], None),
    ("en", "Legal experts said the case could reshape how crypto lenders are policed in the United States.", False, [], None),
    ("en", "(Reporting by Jonah Kessler in New York; Editing by Ruth Baines)", False, [], None),
    # --- Murder of Tyrell Osei: verdict (PA) ---
    ("en", "BIRMINGHAM (PA) - A 23-year-old man has been found guilty of murdering a teenager who was stabbed outside a bus station in Birmingham city centre.", True, [("duration", 23, "year", None)], None),
    ("en", "After deliberating for 16 hours and 40 minutes, the jury at Birmingham Crown Court convicted Callum Reese by a majority of 10 to two.", True, [("duration", 16, "hour", None), ("duration", 40, "minute", None), ("count", 10, None, None), ("count", 2, None, None)], None),
    ("en", "Reese stabbed 17-year-old Tyrell Osei four times on the evening of 9 January, the court heard.", True, [("duration", 17, "year", None), ("count", 4, None, None), ("date", "--01-09", None, None)], None),
    ("en", "A second defendant, 20-year-old Jordan Mace, was cleared of murder but convicted of manslaughter by a unanimous verdict.", True, [("ordinal", 2, None, None), ("duration", 20, "year", None)], None),
    ("en", "Jurors heard from 27 witnesses and were shown more than 40 hours of CCTV footage during the four-week trial.", True, [("count", 27, None, None), ("duration", 40, "hour", "over"), ("duration", 4, "week", None)], None),
    ("en", "\"Tyrell was a gentle boy who loved football and adored his little sisters,\" his mother said in a statement read outside court.", False, [], None),
    ("en", "Judge Alan Pryce adjourned sentencing until 14 March.", True, [("date", "--03-14", None, None)], None),
    ("en", "West Midlands Police said knife offences in the city centre had risen by 18% in the past 12 months.", True, [("percent", 18, "%", None), ("duration", 12, "month", None)], "West Midlands Police"),
    # --- Murder of Tyrell Osei: sentence (PA) ---
    ("en", "BIRMINGHAM (PA) - Callum Reese was jailed for life on Friday and must serve a minimum of 19 years for the murder of Tyrell Osei.", True, [("duration", 19, "year", None)], None),
    ("en", "Jordan Mace was sentenced to eight years and six months for manslaughter.", True, [("duration", 8, "year", None), ("duration", 6, "month", None)], None),
    ("en", "\"You brought a knife into a crowded city centre and you used it without a moment's hesitation,\" Judge Pryce told Reese.", False, [], None),
    ("en", "Osei's mother and sisters wept in the public gallery as Reese was taken down to the cells.", False, [], None),
    # --- Calder Marine bribery (PA) ---
    ("en", "LONDON (PA) - Three former executives of engineering firm Calder Marine have been convicted of paying bribes to win port contracts in West Africa, the Serious Fraud Office said.", True, [("count", 3, None, None)], "the Serious Fraud Office"),
    ("en", "A jury at Southwark Crown Court found them guilty after a 17-week trial, the longest the agency has brought in five years.", True, [("duration", 17, "week", None), ("duration", 5, "year", None)], None),
    ("en", "The bribes, worth more than £6.2 million, were routed through consultants in Dubai and Lagos between 2012 and 2017.", True, [("money", 6200000, "GBP", "over"), ("year", 2012, None, None), ("year", 2017, None, None)], None),
    ("en", "The contracts were worth a combined £148 million to the company, prosecutors said.", True, [("money", 148000000, "GBP", None)], None),
    ("en", "Former sales director Graham Whitlow, 61, received six and a half years in prison.", True, [("duration", 61, "year", None), ("duration", 6.5, "year", None)], None),
    ("en", "Two other former executives received sentences of four years and of three years and nine months.", True, [("count", 2, None, None), ("duration", 4, "year", None), ("duration", 3, "year", None), ("duration", 9, "month", None)], None),
    ("en", "Calder Marine itself agreed last year to pay £34 million under a deferred prosecution agreement.", True, [("money", 34000000, "GBP", None)], None),
    ("en", "The SFO said it had reviewed 2.3 million documents and interviewed 64 witnesses in an investigation lasting almost seven years.", True, [("count", 2300000, None, None), ("count", 64, None, None), ("duration", 7, "year", "nearly")], "the SFO"),
    ("en", "\"Bribery is not a cost of doing business, it is a crime,\" SFO director Naomi Castell said.", False, [], None),
    ("en", "\"My client has been made a scapegoat for a culture he did not create,\" Whitlow's barrister told the court.", False, [], None),
    ("en", "Whitlow's lawyer said he would appeal against his conviction.", True, [], "Whitlow's lawyer"),
    ("en", "Confiscation proceedings against the three men will begin in the autumn.", True, [("count", 3, None, None)], None),
    # --- Supreme Court on kickbacks (Reuters) ---
    ("en", "WASHINGTON, June 20 (Reuters) - The U.S. Supreme Court on Friday held by a 6-3 vote that a federal anti-kickback law does not cover consulting fees paid to state legislators, overturning the conviction of a former Ohio lawmaker.", True, [("date", "--06-20", None, None), ("count", 6, None, None), ("count", 3, None, None)], None),
    ("en", "Gerald Maddox, a former state senator, had been sentenced in 2022 to 30 months in prison for taking $640,000 from a utility company.", True, [("year", 2022, None, None), ("duration", 30, "month", None), ("money", 640000, "USD", None)], None),
    ("en", "Maddox, 58, served 11 months of his sentence before being released pending appeal, his lawyer said.", True, [("duration", 58, "year", None), ("duration", 11, "month", None)], "his lawyer"),
    ("en", "The court's three liberal justices dissented.", True, [("count", 3, None, None)], None),
    ("en", "It marked the justices' third narrowing of federal corruption laws in five years.", True, [("ordinal", 3, None, None), ("duration", 5, "year", None)], None),
    ("en", "\"This is a victory for the rule of law,\" Maddox said in a brief statement.", False, [], None),
    ("en", "Good-government groups said the ruling would make it harder to punish corrupt officials.", False, [], None),
    # --- Nursing home deaths (AP) ---
    ("en", "HOUSTON (AP) — A former nursing home owner accused of leaving residents without heat during a winter storm pleaded not guilty Tuesday to 11 counts of criminally negligent homicide.", True, [("count", 11, None, None)], None),
    ("en", "A judge set bail at $750,000 and ordered Harlan Pruitt, 66, to surrender his passport.", True, [("money", 750000, "USD", None), ("duration", 66, "year", None)], None),
    ("en", "Prosecutors say 11 residents died and 23 others were taken to hospitals after the home's backup generator failed for nearly 40 hours.", True, [("count", 11, None, None), ("count", 23, None, None), ("duration", 40, "hour", "nearly")], None),
    ("en", "Three-quarters of the home's 64 residents were aged over 80, according to state records.", True, [("fraction", 0.75, None, None), ("count", 64, None, None), ("duration", 80, "year", "over")], None),
    ("en", "Each count carries a penalty of up to two years in a state jail.", True, [("duration", 2, "year", "up_to")], None),
    ("en", "\"My client did everything humanly possible to keep those people safe,\" defense attorney Luis Carranza said.", False, [], None),
    ("en", "Relatives of the dead filled three rows of the courtroom, some holding framed photographs.", False, [("count", 3, None, None)], None),
    ("en", "State inspectors had cited the home for 14 safety violations in the two years before the storm, according to records obtained by The Associated Press.", True, [("count", 14, None, None), ("duration", 2, "year", None)], None),
    ("en", "A civil lawsuit filed by nine families seeks more than $60 million in damages.", True, [("count", 9, None, None), ("money", 60000000, "USD", "over")], None),
    ("en", "Pruitt's next court date is Jan. 22.", True, [("date", "--01-22", None, None)], None),
    # --- Meridian Cover class action (Reuters) ---
    ("en", "SYDNEY, Aug 19 (Reuters) - Australia's Federal Court ordered insurer Meridian Cover to pay A$212 million in compensation to about 340,000 customers who were sold worthless add-on policies.", True, [("date", "--08-19", None, None), ("money", 212000000, "AUD", None), ("count", 340000, None, "about")], None),
    ("en", "Justice Fiona Marr found the company had engaged in unconscionable conduct over a period of nine years.", True, [("duration", 9, "year", None)], None),
    ("en", "The award includes A$47 million in interest, Carrick Lane Lawyers said.", True, [("money", 47000000, "AUD", None)], "Carrick Lane Lawyers"),
    ("en", "Meridian Cover shares fell 6.4% to A$3.12 in Sydney.", True, [("percent", 6.4, "%", None), ("money", 3.12, "AUD", None)], None),
    ("en", "The company said it would appeal.", True, [], "the company"),
    ("en", "\"This is a win for every ordinary Australian who was ripped off,\" lead plaintiff June Hollis said.", False, [], None),
    # --- Operation Hollybrook (PA) ---
    ("en", "MANCHESTER (PA) - Detectives investigating abuse at former children's homes in Greater Manchester have identified 214 potential victims, police said.", True, [("count", 214, None, None)], "police"),
    ("en", "The investigation, codenamed Operation Hollybrook, has so far led to 19 arrests and charges against seven men now aged between 68 and 84.", True, [("count", 19, None, None), ("count", 7, None, None), ("duration", 68, "year", None), ("duration", 84, "year", None)], None),
    ("en", "Two of the seven men charged have since died.", True, [("count", 2, None, None), ("count", 7, None, None)], None),
    ("en", "Officers have taken more than 1,100 statements and reviewed some 36,000 pages of records since the inquiry began in 2021.", True, [("count", 1100, None, "over"), ("count", 36000, None, "about"), ("year", 2021, None, None)], None),
    ("en", "About one in five of those who have come forward were in care in the 1980s, Detective Superintendent Claire Ambrose said.", True, [("fraction", 0.2, None, "about")], "Claire Ambrose"),
    ("en", "\"Nobody who comes forward will be turned away, however long ago it happened,\" Ambrose said.", False, [], None),
    ("en", "The operation costs about £2.6 million a year and involves 45 officers and staff, Greater Manchester Police said.", True, [("money", 2600000, "GBP", "about"), ("count", 45, None, None)], "Greater Manchester Police"),
    ("en", "Survivors' groups said the pace of the inquiry was an insult to victims.", False, [], None),
    ("en", "Police urged anyone with information to ring the Operation Hollybrook hotline.", False, [], None),
    # --- Granite Ridge weed killer verdict (AP) ---
    ("en", "ST. LOUIS (AP) — A jury on Wednesday ordered chemical maker Granite Ridge Corp. to pay $1.6 billion to 22 people who said the company's weed killer caused their cancers.", True, [("money", 1600000000, "USD", None), ("count", 22, None, None)], None),
    ("en", "The award includes $185 million in compensatory damages and about $1.4 billion in punitive damages.", True, [("money", 185000000, "USD", None), ("money", 1400000000, "USD", "about")], None),
    ("en", "Jurors voted 11-1 on the punitive damages after a seven-week trial.", True, [("count", 11, None, None), ("count", 1, None, None), ("duration", 7, "week", None)], None),
    ("en", "It was the fourth verdict against the company in the past 18 months.", True, [("ordinal", 4, None, None), ("duration", 18, "month", None)], None),
    ("en", "\"We will appeal this verdict, which is not supported by the science,\" Granite Ridge said in a statement.", True, [], "Granite Ridge"),
    ("en", "Granite Ridge faces more than 4,000 similar lawsuits in state and federal courts, the company said.", True, [("count", 4000, None, "over")], "the company"),
    ("en", "\"Today the jury told this company that its profits are not worth our clients' lives,\" plaintiffs' attorney Dana Whitfield said.", False, [], None),
    ("en", "Granite Ridge shares fell 4.2% in after-hours trading.", True, [("percent", 4.2, "%", None)], None),
    ("en", "ST. LOUIS (AP) — Granite Ridge Corp. formally filed its appeal on Monday, asking the Missouri Court of Appeals to throw out the $1.6 billion verdict.", True, [("money", 1600000000, "USD", None)], None),
    ("en", "\"We will fight this all the way, for as long as it takes,\" the company's general counsel told investors on a call.", False, [], None),
    ("en", "Whether the appeals court will cut the award remains to be seen.", False, [], None),
    # --- Solvane at the General Court (Reuters) ---
    ("en", "LUXEMBOURG, Sept 10 (Reuters) - Europe's General Court on Wednesday largely upheld a 376 million euro antitrust fine imposed on chipmaker Solvane for paying computer makers to shun a rival's processors.", True, [("date", "--09-10", None, None), ("money", 376000000, "EUR", None)], None),
    ("en", "The judges rejected eight of the company's nine arguments but cut the fine by 4% to 361 million euros.", True, [("count", 8, None, None), ("count", 9, None, None), ("percent", 4, "%", None), ("money", 361000000, "EUR", None)], None),
    ("en", "The European Commission fined the company in 2019 after an investigation lasting more than four years.", True, [("year", 2019, None, None), ("duration", 4, "year", "over")], None),
    ("en", "Solvane can appeal on points of law to the Court of Justice within two months and 10 days.", True, [("duration", 2, "month", None), ("duration", 10, "day", None)], None),
    ("en", "A Solvane spokeswoman said the company would study the judgment before deciding on its next steps.", False, [], None),
    # --- Southmere Water (PA) ---
    ("en", "MAIDSTONE (PA) - Southmere Water has been fined £11.4 million for illegally discharging raw sewage into a river in Kent, the Environment Agency said.", True, [("money", 11400000, "GBP", None)], "the Environment Agency"),
    ("en", "Maidstone Crown Court heard that the company had released untreated sewage on 312 separate occasions over a three-year period.", True, [("count", 312, None, None), ("duration", 3, "year", None)], None),
    ("en", "The company was also ordered to pay costs of £386,000.", True, [("money", 386000, "GBP", None)], None),
    ("en", "It is the largest fine ever imposed on a water company in England for an environmental offence, the agency said.", True, [], None),
    ("en", "\"This fine is a drop in the ocean for a company that paid its shareholders £90 million last year,\" said campaigner Hugh Lanner.", True, [("money", 90000000, "GBP", None)], "Hugh Lanner"),
    ("en", "Southmere Water said it had invested £1.2 billion in its network since 2020 and apologised for the pollution.", True, [("money", 1200000000, "GBP", None), ("year", 2020, None, None)], "Southmere Water"),
    ("en", "\"The river used to be full of life,\" one angler said.", False, [], None),
    # --- Ride-hailing drivers' settlement (Reuters) ---
    ("en", "TORONTO, May 28 (Reuters) - An Ontario court has approved a C$640 million settlement of a class action brought by ride-hailing drivers who said they were wrongly treated as independent contractors.", True, [("date", "--05-28", None, None), ("money", 640000000, "CAD", None)], None),
    ("en", "About 110,000 drivers who worked between 2016 and 2023 will receive an average of roughly C$5,200 each, lawyers for the class said.", True, [("count", 110000, None, "about"), ("year", 2016, None, None), ("year", 2023, None, None), ("money", 5200, "CAD", "about")], None),
    ("en", "The court also approved legal fees of 22% of the settlement.", True, [("percent", 22, "%", None)], None),
    # --- Deputy's manslaughter trial (AP) ---
    ("en", "DENVER (AP) — A jury of nine women and three men was seated Thursday in the manslaughter trial of a former sheriff's deputy who shot a motorist during a traffic stop.", True, [("count", 9, None, None), ("count", 3, None, None)], None),
    ("en", "Jury selection took four days, and six alternates were also chosen.", True, [("duration", 4, "day", None), ("count", 6, None, None)], None),
    ("en", "Former deputy Wade Kellerman, 44, faces up to 16 years in prison if convicted of second-degree manslaughter, the Denver District Attorney's Office said.", True, [("duration", 44, "year", None), ("duration", 16, "year", "up_to")], "the Denver District Attorney's Office"),
    ("en", "It is the first time in more than 20 years that a Denver-area officer has stood trial over an on-duty shooting.", True, [("ordinal", 1, None, None), ("duration", 20, "year", "over")], None),
    ("en", "Opening statements are scheduled for Monday, and the judge told jurors the trial could last three weeks.", True, [("duration", 3, "week", None)], None),
    ("en", "\"This case is about a split-second decision made in fear,\" Kellerman's attorney told reporters.", False, [], None),
    ("en", "Kellerman has been free on $100,000 bond since his indictment in March.", True, [("money", 100000, "USD", None)], None),
    # --- Paint makers' cartel (Reuters) ---
    ("en", "NEW DELHI, Jan 16 (Reuters) - India's Supreme Court on Thursday upheld a 21.4 billion rupee ($248 million) penalty imposed on four paint makers for colluding on prices.", True, [("date", "--01-16", None, None), ("money", 21400000000, "INR", None), ("money", 248000000, "USD", None), ("count", 4, None, None)], None),
    ("en", "A three-judge bench dismissed the companies' appeals against the penalty, which the Competition Commission of India had imposed in 2020.", True, [("count", 3, None, None), ("year", 2020, None, None)], None),
    ("en", "The four companies together controlled about 70% of India's decorative paints market at the time, according to the Competition Commission of India.", True, [("count", 4, None, None), ("percent", 70, "%", "about")], "the Competition Commission of India"),
    ("en", "The companies must pay the penalty within 60 days, the court said.", True, [("duration", 60, "day", None)], "the court"),
    # --- Health care fraud takedown (AP) ---
    ("en", "WASHINGTON (AP) — The Justice Department said Thursday it had charged 212 people, including 41 doctors and nurses, in a nationwide crackdown on health care fraud involving about $3.9 billion in false billings.", True, [("count", 212, None, None), ("count", 41, None, None), ("money", 3900000000, "USD", "about")], "the Justice Department"),
    ("en", "Agents seized more than $90 million in cash, luxury cars and cryptocurrency during the operation, which spanned 31 states.", True, [("money", 90000000, "USD", "over"), ("count", 31, None, None)], None),
    ("en", "Nearly half of the cases involved telemedicine companies that billed Medicare for genetic tests patients never received, officials said.", True, [("fraction", 0.5, None, "nearly")], None),
    ("en", "It was the largest such takedown in the department's history, surpassing last year's by roughly a fifth.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "\"If you steal from Medicare, we will find you,\" the deputy attorney general said at a news conference.", False, [], None),
]
