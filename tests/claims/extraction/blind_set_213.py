"""Two-hundred-and-thirteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Birgit Hochgatterer, Konstantin Leitner-Prack, Beat Wälchli, Bernd Steinhövel, Martin
Hasenöhrl, Claudia Vennemann, Matthias Rohrweck, Astrid Pammesberger, Florian Gritsch,
Helioterra, Jens Brakelmann, Tobias Quernheim, Petra Leithner, Jannik Overbeck, Hanna
Elsbach; Loretta Pike, Tomas Reinholt, Hollis Granger, Callum Brent, Arjun Mehta, Leon
Tarrant, Simon Harwell, Gwen Arbery, Amanda Coyle, Renata Solis, Caddo Freight, Helen
Marchbank, Gavin Ellwood, Raymond Kosinski, Carla Benning, Frank Oduro, Dean Palaski,
Kieran Dowd, Emily Rowe, Jacob Fenn, Paula Kerrigan, Anthony Greaves, Vittorio Lancieri,
Priya Raman, Simone Achebe, Pellworth Licensing, Veltrona Semiconductor, Stuart Lomas,
Darnell Hayes, Margaret Holloway, Richard Oyelaran, Ian Forsythe, Lena Darrow, Eric
Dahlquist, Marcus Lowell, Nora Whitfield, Sarah Lindqvist, Bernard Kesselman, Fiona
Castellan, Shanice Kell; the unnamed defendants, judges, prosecutors, lawyers, insurer,
newspaper, bank, clinic, landlord's tenants, relatives and spokespeople); judges,
prosecutors and office holders of real courts and bodies appear under made-up names that
stand for no real holder, or by their role only ("die vorsitzende Richterin", "der
Vorsitzende Richter", "die Staatsanwältin", "ein Sprecher der Stadtwerke", "the attorney
general", "U.S. Attorney Frank Oduro"). Real courts, bodies and places (Straflandesgericht
Wien, Mödling, Bezirksgericht Zürich, Zürcher Obergericht, Landgericht München I, Giesing,
Landgericht Köln, Landesärztekammer, Bundesgerichtshof, Landgericht Stuttgart,
Baden-Württemberg, Landesgericht für Strafsachen Graz, Landgericht Berlin,
Landeskriminalamt, Brandenburg, Landesgericht Innsbruck, Arlberg, Oberster Gerichtshof,
Verein für Konsumenteninformation, Kantonsgericht St. Gallen, A1, Bundesgericht,
Landesgericht Salzburg, Salzburger Hauptbahnhof, Arbeitsgericht Hamburg,
Landesarbeitsgericht, Deutscher Richterbund; the Justice Department, the Old Bailey, the
Crown Prosecution Service, the Metropolitan Police, Stratford, the Federal Court,
Interstate 35, the High Court, the FBI, Exeter Crown Court, the A38, Ashburton, the Ontario
judge, Malta, the 9th Circuit, the Board of Estimates, Maryland, Leeds Crown Court,
Hennepin County, Minnesota, the County Court, Brooklyn, and the datelines' cities) stand
for the way wire copy names them; every case, charge, verdict, sentence, fine, award, sum,
age, tally and quote here is invented, and where a real figure came to mind it was changed.

Its weight: CRIMINAL AND CIVIL COURTS AT HOME - sentences, fines and damages, verdicts not
yet final, appeals, trial days, numbers of charges and victims, prosecutors' and defence
lawyers' statements (attributed facts and their rhetoric) - over one ordinary wire week,
Monday to Friday, February 9 to 13, of one year, as 30 short stories in story order, the
German and English stories interleaved by day, each told as wire copy runs it (a dateline
lead with the verdict or the charge, the sums and the victims, both sides' statements, a
quote, the legal status and the next step). Half German (APA, dpa, Keystone-SDA, Reuters
German; Austrian "Schöffensenat", "Privatbeteiligten", "Pensionistin", "Teilschmerzengeld",
"Trauerschmerzengeld", "Geschworenen", "Nichtigkeitsbeschwerde und Berufung", "Bedenkzeit",
"Jänner", "Bursche", "unbedingt", "nicht rechtskräftig" in its usual closing forms, Swiss
"teilbedingten", "Busse", "innert", "weitergezogen", "Genugtuungen", "Landesverweisung",
"Lenkerin", "940'000 Franken", «» quotes, German „“ quotes, "Verständigung", "Revision"):
an investment adviser's three and a half years in Vienna, a GP's billing fraud in Zurich, a
murder trial opening in Munich, pain and suffering after an operation in Cologne, the
Bundesgerichtshof upholding a utility chief's breach-of-trust sentence, an attempted murder
verdict by a Graz jury, cash-machine bombers in Berlin, a darknet dealer in Vienna, a plea
deal in a Frankfurt investment fraud, a fatal ski collision in Innsbruck, the Oberster
Gerichtshof on an interest clause, a speeder's sentence cut in St. Gallen, a knife attack in
Salzburg, a works councillor's dismissal in Hamburg and a record backlog of prosecutions.
Half English (Reuters, AP, PA, AAP): a crypto lender's founder and "the 14-year sentence", a
courier's killer jailed for life with a minimum term, an insurer's class action, a Texas
jury's award against a trucking firm, libel damages in London, an alderman's bribery
convictions, a speeding driver jailed and banned, a condo developer in Toronto, an $847
million patent verdict, an exonerated man's settlement, a council officer's fraud, an
appeals court voiding a 20-year term, a deputy's manslaughter trial, a landlord's penalty
and an aged-care worker's thefts. About 56 rows are negatives as courts produce them:
judges', prosecutors' and lawyers' rhetoric in quotes, protestations, vows, labels,
feelings of defendants and relatives, no-comment lines, open questions, doubts, advice,
scene colour and boilerplate, each near a check-worthy row from the same story.

241 rows (123 German, 118 English), 56 negatives (29 German, 27 English), 185 check-worthy
rows of which 23 carry no figure (14 German, 9 English), 312 expected quantities (126
durations - 84 in years, 18 in months, 14 in days, 7 in hours, 1 in weeks, 1 in minutes, 1
in seconds -, 71 counts, 55 amounts of money - 21 EUR, 14 USD, 6 AUD, 6 GBP, 4 CHF, 4 CAD
-, 28 years, 11 dates, 11 ordinals, 6 fractions, 4 percentages, all in %; 8 of them in 6
negatives, as the seventeenth batch labels a figure in a negative), 38 checked speakers (20
German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, protestation or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-second, hundred-fifty-second, two-hundred-fourth); a quoted or reported statement
  of fact, figure, step or position is check-worthy with its speaker. Pairs from one
  speaker: Pike's 14-year sentence and $290 million beside her "You did not stumble into
  this ..." (3 years labelled); Granger's appeal beside his "wildly out of proportion, and we
  will keep fighting"; Harwell's 600 hours of CCTV beside "Knife crime wrecks families ...";
  Ellwood's two banks and 14 million pounds beside "Today the truth finally caught up ...";
  Achebe's C$18 million beside "He built his lifestyle ..."; Gritsch's 31 phones and 62.000
  Euro beside „kein Hobby“; Elsbach's 1.300 warrants beside „auf Reserve“; the VKI's 23.000
  loans and 1.400 to 2.600 Euro beside Leithner's „Riesenerfolg“ and her advice („riet“,
  fifty-first). Konjunktiv I paraphrases of a fact or figure are check-worthy with the
  speaker their own attribution gives (thirty-ninth, hundred-second): Hochgatterer's
  640.000 Euro, Steinhövel's hunting knife, Wälchli's 40 consultations, Rohrweck's 70
  Prozent, Brakelmann's admission, Elsbach's warrants, the Kantonsgericht's reasons, the
  Bundesgerichtshof's „Die Revision sei ... unbegründet“ (speaker unchecked, "heißt es").
- The legal status the brief names is check-worthy without a figure (fifty-fifth,
  hundred-nineteenth, hundred-fifty-second and most batches with an Austrian court):
  „rechtskräftig ist der Schuldspruch damit nicht“, „rechtskräftig ist das Urteil deshalb
  noch nicht“, „Die Entscheidung ist somit vorerst nicht rechtskräftig.“, „ist das Urteil
  bereits rechtskräftig“ and "Damit ist die Strafe von fünf Jahren und drei Monaten Haft
  rechtskräftig" (5 years and 3 months); the time given is a duration ("drei Tage
  Bedenkzeit" 3 days, second, tenth and thirty-second; "innert zehn Tagen ...
  weitergezogen" 10 days, thirty-ninth).
- Appeals and next steps are check-worthy whether announced, weighed or filed
  (hundred-second, hundred-fifty-second): "would appeal both the conviction and the
  sentence", "said it planned to appeal", „kündigte Nichtigkeitsbeschwerde und Berufung
  an“, „prüft nun eine Revision“, „prüft einen Weiterzug ans Bundesgericht“, „kündigte an,
  Berufung ... einzulegen“, "set sentencing for June 18", "A confiscation hearing has been set
  for July 6", "Closing arguments are expected next week". A label wrapped round a step does
  not undo it (hundred-second: Granite Ridge's "We will appeal this verdict, which is not
  supported by the science"): Leitner-Prack's „überzogenen Urteil“ with his three days'
  Bedenkzeit and Veltrona's "invalid and irrelevant" with its appeal are check-worthy. A
  company studying the judgment or "considering whether to appeal" names no step and is a
  no-comment line and a negative (hundred-second: "would study the judgment before deciding
  on its next steps"), as are "did not respond to requests for comment", „wollte sich ...
  nicht äußern“ and "left the courthouse without speaking to reporters".
- One side's account is check-worthy (sixty-eighth, hundred-second, hundred-fifty-second):
  the defendant's „er habe die Frau nicht töten wollen“ relayed by his lawyer, Brent's two
  robberies, Dahlquist's testimony, the insurer's refunds, the barrister's mitigation, the
  bank's and the lawyers' arguments, Kosinski's lawyer on the developer's deal, "his client
  disputed the findings" (a denial, seventh: "Der Angeklagte bestreitet die Vorwürfe"). A
  protestation made of self-description or feeling is a negative (hundred-second): „Ich habe
  keinem Kunden bewusst schaden wollen, ich habe selbst an diese Anlage geglaubt“ (the
  52-Jährige's age labelled), „Mein Mandant ist kein kaltblütiger Mörder ...“, „Mein Mandant
  ist krank ...“, "He did exactly what he was trained to do ...".
- New: a court's offer in a German plea deal („Verständigung“) is check-worthy with its
  figures - "Legt ... ein umfassendes Geständnis ab, soll er eine Haftstrafe zwischen
  viereinhalb und fünfeinhalb Jahren erhalten." gives 4.5 and 5.5 years: the conditional
  states the terms of an agreement the court has reached, not a speculation such as
  „Wenn sich das bestätigt, ...“ (hundred-fifty-second, hundred-eighty-fifth), and the range
  is read as "zwischen drei Jahren und ..." (hundred-second).
- Penalties a charge carries are check-worthy (fourth, thirty-ninth): „Ihm drohen bis zu 15
  Jahre Haft.“ and "carries up to 10 years in prison" "up_to", "a maximum sentence of 10
  years" with no hedge (seventy-sixth, hundred-second), „droht ... eine lebenslange
  Freiheitsstrafe“ without a figure, and "the damages could be tripled" without one
  ("tripled" a verb, as "fast verdoppelt", hundred-forty-eighth).
- Sentences are durations as written (thirty-ninth, fifty-fifth, hundred-second): „zu
  dreieinhalb Jahren Haft“ 3.5 years (the brief's example; twentieth: "siebeneinhalb"), "14
  years in prison" and "the 14-year sentence" 14 years (twenty-seventh: "a 12-year prison
  term"; the brief's "a 14-year sentence"), "the 20-year prison sentence", "seven and a half
  years" 7.5, „achteinhalb Jahre“ 8.5, „von acht auf sechseinhalb Jahre“ 8 and 6.5 years (the
  unit written once, fourth), „zwischen drei Jahren und neun Monaten und sieben Jahren“
  three durations, "eight years and four months", "five years and four months", "three years
  and six months", „einer teilbedingten Freiheitsstrafe von 30 Monaten“ and „Zehn Monate
  davon“, „zu 30 Monaten Haft ..., zehn davon unbedingt“ 30 and 10 months („teilbedingt“,
  „unbedingt“ and „bedingt“ none), „eine Probezeit von drei Jahren“, „acht Monaten bedingter
  Haft“, „sechs Monaten bedingter Haft“, "a minimum term of 21 years" and "a non-parole period
  of 22 months" with no hedge (ninth, tenth, thirty-second; thirty-ninth), "one year and one day" 1 year and
  1 day (a number word, hundred-thirty-second: "79 years and one month"), demands
  ("Prosecutors had sought 25 years", "had asked for 10 years", „vier Jahren gefordert“;
  hundred-thirty-first), "no more than five" 5 years "at_most" (the unit from the figure
  before it; hundred-seventh, hundred-ninth, hundred-thirty-first and two-hundred-tenth, the
  majority), "between 70 and 87 months" both, „Die Landesverweisung von zehn Jahren“ and
  "banned from driving for 14 years" (thirty-ninth, fifteenth); "jailed for life" and
  „lebenslange Freiheitsstrafe“ none (second, ninth, eleventh). Shares of a sentence: "up to
  two-thirds of the term" 0.6667 "up_to" (fifty-fifth) and "one-sixth of his sentence"
  0.1667 (hundred-third: „ein Sechstel“).
- Court money in the currency written (thirty-ninth, hundred-second, hundred-fifty-second):
  day-fines „240 Tagessätzen zu je 45 Euro, insgesamt 10.800 Euro“ count 240, 45 EUR and
  10,800 EUR ("je", "insgesamt" no hedge; fourth, ninth, fifteenth); „eine Busse von 8000
  Franken“ (thirty-fifth), „knapp 940'000 Franken“ "nearly", „Genugtuungen von insgesamt
  120'000 Franken“ (twelfth: the Swiss separator); Schmerzensgeld, Teilschmerzengeld and
  Trauerschmerzengeld are money (tenth, thirty-ninth: "6.500 Euro Schmerzengeld");
  „Schadenersatz von zusammen knapp 1,9 Millionen Euro“ "nearly" ("zusammen" no hedge); „die
  Einziehung von knapp 6,2 Millionen Euro“; "forfeit $61.5 million"; "a restitution order of
  C$31 million"; "$62 million in compensatory damages and $400 million in punitive damages";
  "350,000 pounds in libel damages"; "an estimated 1.6 million pounds" "about"
  (hundred-fifty-second: "an estimated"); "between A$1,800 and A$12,400" both AUD; "up to
  A$31 million" "up_to"; "a combined C$96 million" with no hedge (hundred-fifty-second:
  "combined"); „Leistungen über mehr als 1,2 Millionen Franken“ CHF "over" - "über" the
  preposition the noun governs, "mehr als" the hedge (hundred-second, hundred-sixteenth);
  „1.400 bis 2.600 Euro pro Kredit“ both EUR ("bis" in a range no hedge, "pro Kredit" none).
- New: "one count of fraud over C$5,000" gives count 1 and money 5,000 CAD "over" - the
  threshold in the name of the Canadian offence is a written figure with its bound, unlike
  "second-degree" (thirty-ninth), a grade inside a legal term with no figure.
- Counts of charges, cases, victims and people (fifteenth, thirty-ninth, hundred-second):
  "seven counts", "nine of 13 corruption counts" and "the remaining four counts" (a definite
  group, forty-first), "two counts of causing death", "19 charges of theft", „Betrug in 117
  Fällen“, „In 67 Fällen“, „bei zwei von fünf Eingriffen“ 2 and 5, "212 Anleger", "more than
  4,100 customers" and "More than 1,000 of the victims" "over", "about 1,100 buyers", „Rund
  8.600 Anleger“, "about 14,000 customers", "11 elderly residents", "63 former tenants", "46
  apartments", "31 witnesses, including four other deputies", „38 Zeugen sowie drei
  Sachverständige“; trial days counted „14 Verhandlungstage“ and „auf 40 Verhandlungstage“
  (nineteenth, twenty-seventh); tallies one count per figure „Die acht Geschworenen ... mit
  sechs zu zwei Stimmen“ 8, 6 and 2 (thirty-second: "Die acht Geschworenen";
  hundred-second: "mit fünf zu drei Stimmen"), "ruled 2-1", "by a 4-1 vote", "A three-judge
  panel" 3 (seventy-sixth); repeated acts „zweimal“ (twice), "three times", "twice" (the
  issue's "viermal"), "on at least 28 occasions" "at_least"; „mit 17 Messerstichen“
  (thirty-ninth), „612 Seiten“ (hundred-second: "412 Seiten"). New: „wegen zweifachen
  versuchten Totschlags“ is count 2 - a number word before "-fach" in the name of a
  conviction counts the offences, as „in zwei Fällen“ would and as the issue's "viermal"
  counts repetitions; "das 90-Fache" (hundred-sixtieth), a multiple, was already a count.
  Physical measures are counts (fourth, eighty-first, hundred-fifty-second): „mehr als 14
  Kilogramm“ "over", „mit mindestens 70 km/h“ "at_least", „mit 186 km/h“ and „Erlaubt waren
  ... 100 km/h“ (third and eighth: "erlaubt waren 80"), "more than 110mph" "over", "114mph
  ... limited to 50mph", "at least four pints" "at_least". None: "one of its drivers", "One
  of Australia's largest insurers" (a pronoun, thirty-ninth), „den beiden Söhnen“, „beide
  Seiten“, "Both men", "both 17" (its age only), "a single eyewitness", "Interstate 35",
  "A1", "A38" (road identifiers), "Landgericht München I" (fifty-fifth), "second-degree",
  "my twenties and thirties" (an age by decade, thirty-ninth).
- Ordinals and fractions: "A second defendant" 2 (hundred-second), "the third class action
  ... in 18 months" 3 and 18 months, "the fourth Chicago alderman ... since 2019" 4, „die
  dritte Kündigung ... binnen zwei Jahren“ 3 and 2 years, „Am fünften Verhandlungstag“ 5 and
  "the ninth day of testimony" 9 (hundred-second: "On the 14th day of the trial"), "at her
  first court appearance" 1 (thirty-ninth), „in erster Instanz“ 1 (fifty-fifth), "the 9th
  Circuit" 9 (hundred-forty-first, hundred-ninety-seventh), „aus der ersten Reihe“ 1
  labelled in a negative. New: „des 1. Strafsenats“ is ordinal 1 - the numbered panel of a
  court is counted in order as "the 9th Circuit" is, unlike the Roman numeral in the name
  "Landgericht München I", which stays none (fifty-fifth). Fractions: „Jedes fünfte Opfer“
  0.2, „um ein Drittel“ 0.3333, „um fast die Hälfte“ 0.5 "nearly", „höchstens ein Zehntel“ 0.1
  "at_most" (hundred-seventh: "höchstens"), and the shares of a sentence above.
- Other durations (the issue: "fünfstündigen", "dreitägige Reise"; every batch): „des
  viertägigen Prozesses“ 4 days, "a three-week trial", "a seven-day trial"
  (hundred-fifty-second: "a six-day trial"), "a trial that lasted nine days", „auf zwei Tage
  anberaumt“, "deliberating over three days" ("over" before a span no hedge, thirty-first),
  "for just under 11 hours" "under" (hundred-first, hundred-third, hundred-thirty-second:
  "just under"), "for about six hours" "about", "less than four hours of deliberation"
  "under", "within 48 hours", "within 90 days" (twice), "more than 600 hours of CCTV
  footage" "over" (thirty-ninth), "for almost 19 hours" "nearly", „nach etwa 40 Minuten“
  "about", "four seconds before the impact" 4 seconds (hundred-fifty-second: "The 27-second
  clip"), „zwei Tage vor der Tat“ (thirty-ninth: "zwei Wochen vor der Tat") and „zwei Tage
  später“ 2 days (hundred-fifty-second: "two days later"), „elf Tage“, „über neun Jahre
  hinweg“ 9 years and "over six years", "over two years" with no hedge (hundred-second),
  "spent 27 years in prison", „nach 14 Jahren im Unternehmen“, „knapp zwei Stunden in drei
  Monaten“, „das Gehalt für neun Monate“, „in den vergangenen fünf Jahren“, "for five years",
  „erst nach 30 Jahren“ ("erst" no hedge, fifty-fourth), „durchschnittlich 8,7 Monate“ (no
  hedge, fifty-fifth). Ages are durations in years (every batch): compounds („ein
  52-jähriger Vermögensberater“, „der 52-Jährige“ labelled in a negative, „einer
  81-jährigen Pensionistin“, "34-year-old Arjun Mehta", "a 67-year-old retired nurse"
  labelled in a negative), „älter als 70 Jahre“ "over" (tenth), „im Alter von 23 bis 31
  Jahren“ two ages, „ein 31 Jahre alter Niederländer“, „Der heute 24-Jährige“ and "now aged
  12, 15 and 17", "now 52" ("heute", "now" no hedge, hundred-second), "Tomas Reinholt, 38,",
  "both 17", "was 19 years old when", "was 96 years old" ("The oldest" no ordinal,
  hundred-fifty-second), "aged four and seven" (labelled in a negative). None: "last May",
  „im vergangenen Juni“, „im Oktober“, "in October", "in September", "in December", „Ende
  März“, "by the end of March", „Mitte 2022“ (its year only), "next week", „im vergangenen
  Jahr“, „Binnen eines Jahres“ (an article, hundred-fifty-second: „binnen eines Monats“),
  "that year", "day after day", "every night", „jeden Tag“, „im Monat“, „jährlich“ (a rate;
  hundred-fifty-second: "daily"), „seit Jahren“ (in a negative).
- Years and dates: „zwischen 2019 und 2023“, "between 2015 and 2021", "between 2019 and
  2022", „zwischen 2016 und 2022“, „zwischen 2008 und 2019“ both years ("zwischen" no hedge),
  „zwischen Herbst 2022 und Frühjahr 2024“ and „zwischen Jänner 2023 und März 2025“ the years,
  „seit 2022“, „Bereits 2021“, „ab Mitte 2022“, "in 2023", "in 2024", "in 1998", "in 2011",
  "since 2019", "since 2020", "since March 2023", "in May 2024" the years; „in der Nacht auf
  den 14. Juli“ --07-14 (thirty-ninth: „in der Nacht auf den 9. März“), „in der Nacht auf den
  2. September 2023“ 2023-09-02 (thirty-ninth: „am 3. Oktober 2023“), "for June 18", "for July
  6" dates without a year; Reuters datelines with a day ("NEW YORK, Feb 9", "SYDNEY, Feb 10",
  "LONDON, Feb 11", "TORONTO, Feb 12", "WILMINGTON, Del., Feb 12", "SAN FRANCISCO, Feb 13",
  "NEW YORK, Feb 13") dates without a year; APA, dpa, Keystone-SDA, Reuters German, AP, PA
  and AAP datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "an estimated"
  "about"; "knapp", "fast", "almost" "nearly"; "mehr als", "more than", "More than", "älter
  als", "fraud over" "over"; "just under", "less than" "under"; "bis zu", "up to" "up_to";
  "mindestens", "at least" "at_least"; "höchstens", "no more than" "at_most". No hedge:
  "insgesamt", "zusammen", "je", "Allein", "allein", "Im Schnitt", "durchschnittlich",
  "erst", "bereits", "heute", "now", "weitere", "a combined", "minimum term", "maximum
  sentence", "over" before a span, "über" after a noun that governs it, "zwischen",
  "between", "bis" and "to" in a range.
- Negatives besides (fifty-fifth, hundred-second, hundred-fifty-second): judges' and
  prosecutors' rhetoric in quotes („Sie haben Menschen ausgenommen ...“, «... wie seine
  private Kasse», „Wer so handelt, spielt mit dem Leben völlig Unbeteiligter“, „kein Hobby
  ...“, "You preyed on people ...", "This was a calculated betrayal ...", "Nobody in this
  city is for sale ..."), reported verdicts of a judge ("said the developer had shown "a
  stunning indifference"", "said Dowd had shown a complete disregard ..."), lawyers' and
  plaintiffs' rhetoric („Das ist ein Deal auf dem Rücken der Geschädigten ...“, „Hier sollte
  eine unbequeme Stimme ...“, "A company that puts deadlines ahead of sleep ...", "Small
  inventors can still beat giants ...", "These were people who paid for a promise ..." with
  the plaintiff's age labelled, "We are grateful the court saw ..."), feelings of defendants,
  victims and relatives („... endlich glaubt mir jemand“, „Ich sehe diesen Moment jeden Tag
  vor mir“, „Ich weiß nicht, was an dem Abend in mich gefahren ist“, «... ein Schlag ins
  Gesicht», "No sentence will ever bring Emily back", "Nothing can give me back my twenties
  and thirties ...", the widow's statement with its count and two ages labelled), labels and
  verdicts of groups ("Consumer advocates said ... far too small", "Tenant groups called the
  ruling long overdue.", „Anlegerschützer halten ... für viel zu milde“ - hundred-ninety-
  sixth: „hält ... für“), open questions and doubts („Ob der Arzt ...“, „Ob der
  Ex-Geschäftsführer ...“, „Wer die Päckchen ... konnte auch die Anklage nicht klären.“ -
  thirty-ninth: "Warum ..., konnte auch der Prozess nicht klären." -, "Whether the punitive
  award survives ...", „..., bezweifeln viele Praktiker“), advice („riet Leithner“), scene
  colour (customers crying in the gallery, the siblings in the front row with ordinal 1
  labelled, the mother weeping, „Viele Anwohner ... leben ... in Angst“, „für großes
  Aufsehen gesorgt“, "About 60 demonstrators gathered ..." with its count labelled -
  hundred-second: "Relatives of the dead filled three rows ...") and the boilerplate „Es gilt
  die Unschuldsvermutung.“ (fifty-fifth).
- Speakers, checked only in forms the earlier batches settled: "nach Angaben des Gerichts" ->
  "das Gericht", "Nach Angaben der Staatsanwaltschaft" -> "die Staatsanwaltschaft", "nach
  Angaben der Landesärztekammer", "nach Angaben des Landeskriminalamts" -> "das
  Landeskriminalamt", "Nach Angaben des Insolvenzverwalters" -> "der Insolvenzverwalter",
  "Nach Angaben der Gewerkschaft" -> "die Gewerkschaft" (the source in the nominative;
  hundred-second, hundred-nineteenth, two-hundred-twelfth), "nach Schätzung des Vereins für
  Konsumenteninformation (VKI)" -> "der Verein für Konsumenteninformation" without the
  abbreviation in brackets (ninety-ninth: "Nach Schätzungen des Roten Kreuzes";
  hundred-sixty-ninth), "laut VKI" -> "VKI" as written (thirtieth: "laut Polizei" ->
  "Polizei"); "teilte die Staatsanwaltschaft mit", "teilte das Gericht am Freitag mit" and
  "teilte der Deutsche Richterbund am Freitag mit" the source with the weekday dropped
  (hundred-second: "teilte der Deutsche Richterbund mit"); "wie das Gericht am Mittwoch
  mitteilte" -> "das Gericht" - the earlier batches disagree on the "wie"-clause (the
  fortieth, fifty-first, hundred-second, hundred-sixth, hundred-twenty-eighth,
  hundred-fifty-second, two-hundredth and two-hundred-eleventh check it, the
  hundred-ninety-sixth and two-hundred-fourth leave it unchecked) and this batch follows the
  majority; "sagte Staatsanwältin Birgit Hochgatterer", "sagte Oberstaatsanwalt Bernd
  Steinhövel zum Prozessauftakt", "sagte Gerichtspräsident Beat Wälchli bei der
  Urteilseröffnung" the name with the title and occasion dropped (hundred-second,
  hundred-fifty-second), "sagte die Vorsitzende Richterin Claudia Vennemann" with article and
  title dropped (hundred-second: "der Vorsitzende Richter"), "so Opferanwalt Matthias
  Rohrweck" -> "Matthias Rohrweck" (hundred-twenty-fourth: "so IHS-Chef Holger Bamberger"),
  "Gritsch sagte, ...", "Brakelmann sagte, ..." and "Elsbach sagte, ..." opening the row
  (two-hundred-fourth, two-hundred-twelfth). English: "U.S. District Judge Loretta Pike
  said", "Justice Amanda Coyle said", "Hennepin County District Judge Sarah Lindqvist said"
  the name with the judicial title dropped (thirty-ninth, hundred-eighteenth), "Defense
  lawyer Hollis Granger said" (hundred-second: "Defense lawyer Rebecca Thorne said"),
  "Detective Chief Inspector Simon Harwell of the Metropolitan Police said" and "Sergeant
  Paula Kerrigan said" the name with the rank dropped (thirty-ninth, hundred-eighteenth),
  "Ellwood said ..." opening the row, "Achebe told reporters" (two-hundred-fourth: "told
  reporters" names the speaker), "the Justice Department said", "the Crown Prosecution
  Service said", "the FBI said", "the court said" with the article in lower case
  (thirty-ninth, hundred-second), "Caddo Freight said ..." and "Veltrona Semiconductor said
  ..." opening the row as written (hundred-second: "Granite Ridge said in a statement"), "The
  council said ..." -> "the council" (hundred-fourteenth: "The Department of Transport said
  ..."; "the utility", "the union" in earlier batches), "according to the court-appointed
  receiver" and "according to the prosecution" with the article (ninety-eighth,
  hundred-fifty-second: "according to the bankruptcy trustee", "according to the
  prosecution"), "police said" -> "police". Left unchecked (None): "laut Anklage", "laut
  Gutachten", "heißt es in dem Beschluss" (documents), "Nach Überzeugung der Kammer", "hatte
  es als erwiesen angesehen", "ließ ... über seinen Verteidiger erklären", "sprach von",
  "kündigte ... an", "erbat", "the High Court ruled", "found", "set", "ordered ... and said",
  "had asked" (no verb of saying or an order first), "the Old Bailey heard", "the court
  heard", "Leeds Crown Court heard", "the County Court heard", "the Federal Court heard"
  (hundred-second: "the court heard"), "Prosecutors said", "told jurors", "telling jurors"
  (testimony), "lawyers for the class said", "lawyers for the family told jurors", "lawyers
  for the buyers said", "his lawyers said", "her barrister said", "A lawyer for Kesselman
  said", "The insurer ... said", "the state attorney general's office said" (descriptions and
  possessives, eighty-third), "Kosinski's lawyer, Dean Palaski, said" (a name in apposition,
  left open by the hundred-fifty-second), "according to court filings", "state records
  show", rows without attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_213 = [
    # --- Anlagebetrug: dreieinhalb Jahre Haft für Vermögensberater (APA) ---
    (
        "de",
        "Wien (APA) - Wegen schweren gewerbsmäßigen Betrugs ist ein 52-jähriger Vermögensberater am Montag am Straflandesgericht Wien zu dreieinhalb Jahren Haft verurteilt worden.",
        True,
        [("duration", 52, "year", None), ("duration", 3.5, "year", None)],
        None,
    ),
    (
        "de",
        "Der Mann soll zwischen 2019 und 2023 insgesamt 212 Anleger um rund 4,3 Millionen Euro gebracht haben, gelockt hatte er sie mit bis zu zwölf Prozent Rendite jährlich.",
        True,
        [
            ("year", 2019, None, None),
            ("year", 2023, None, None),
            ("count", 212, None, None),
            ("money", 4300000, "EUR", "about"),
            ("percent", 12, "%", "up_to"),
        ],
        None,
    ),
    (
        "de",
        "Jedes fünfte Opfer war nach Angaben des Gerichts älter als 70 Jahre.",
        True,
        [("fraction", 0.2, None, None), ("duration", 70, "year", "over")],
        "das Gericht",
    ),
    (
        "de",
        "Allein einer 81-jährigen Pensionistin aus Mödling habe der Angeklagte 640.000 Euro herausgelockt, sagte Staatsanwältin Birgit Hochgatterer.",
        True,
        [("duration", 81, "year", None), ("money", 640000, "EUR", None)],
        "Birgit Hochgatterer",
    ),
    (
        "de",
        "„Sie haben Menschen ausgenommen, die Ihnen blind vertraut haben“, sagte die vorsitzende Richterin bei der Urteilsverkündung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Den Privatbeteiligten sprach der Schöffensenat Schadenersatz von zusammen knapp 1,9 Millionen Euro zu.",
        True,
        [("money", 1900000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Der Angeklagte hatte sich zum Auftakt des viertägigen Prozesses nur teilweise schuldig bekannt.",
        True,
        [("duration", 4, "day", None)],
        None,
    ),
    (
        "de",
        "„Ich habe keinem Kunden bewusst schaden wollen, ich habe selbst an diese Anlage geglaubt“, sagte der 52-Jährige in seinem Schlusswort.",
        False,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "Verteidiger Konstantin Leitner-Prack sprach von einem „überzogenen Urteil“ und erbat drei Tage Bedenkzeit.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft gab vorerst keine Erklärung ab, rechtskräftig ist der Schuldspruch damit nicht.",
        True,
        [],
        None,
    ),
    # --- Crypto lender founder gets 14 years (Reuters) ---
    (
        "en",
        "NEW YORK, Feb 9 (Reuters) - The founder of a collapsed cryptocurrency lending platform was sentenced on Monday to 14 years in prison for defrauding more than 4,100 customers.",
        True,
        [("date", "--02-09", None, None), ("duration", 14, "year", None), ("count", 4100, None, "over")],
        None,
    ),
    (
        "en",
        "U.S. District Judge Loretta Pike said the 14-year sentence reflected investor losses of about $290 million.",
        True,
        [("duration", 14, "year", None), ("money", 290000000, "USD", "about")],
        "Loretta Pike",
    ),
    (
        "en",
        "Prosecutors had sought 25 years, while the defense asked for no more than five.",
        True,
        [("duration", 25, "year", None), ("duration", 5, "year", "at_most")],
        None,
    ),
    (
        "en",
        "Tomas Reinholt, 38, was convicted in October on seven counts, including wire fraud and securities fraud, after a three-week trial.",
        True,
        [("duration", 38, "year", None), ("count", 7, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "More than 1,000 of the victims lived outside the United States, the Justice Department said.",
        True,
        [("count", 1000, None, "over")],
        "the Justice Department",
    ),
    (
        "en",
        "Pike also ordered Reinholt to forfeit $61.5 million and said restitution would be set at a hearing within 90 days.",
        True,
        [("money", 61500000, "USD", None), ("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        '"You did not stumble into this, you chose it, day after day, for three years," Pike told Reinholt.',
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Defense lawyer Hollis Granger said Reinholt would appeal both the conviction and the sentence.",
        True,
        [],
        "Hollis Granger",
    ),
    ("en", '"This sentence is wildly out of proportion, and we will keep fighting," Granger said.', False, [], None),
    (
        "en",
        "Several customers who had lost their life savings cried quietly in the gallery while Pike spoke.",
        False,
        [],
        None,
    ),
    # --- Hausarzt wegen Abrechnungsbetrugs verurteilt (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Ein 61-jähriger Hausarzt ist vom Bezirksgericht Zürich wegen gewerbsmässigen Betrugs und Urkundenfälschung zu einer teilbedingten Freiheitsstrafe von 30 Monaten verurteilt worden.",
        True,
        [("duration", 61, "year", None), ("duration", 30, "month", None)],
        None,
    ),
    (
        "de",
        "Zehn Monate davon muss der Mediziner absitzen, für den Rest gilt eine Probezeit von drei Jahren.",
        True,
        [("duration", 10, "month", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Laut Anklage hatte er den Krankenkassen zwischen 2016 und 2022 Leistungen über mehr als 1,2 Millionen Franken verrechnet, die er nie erbracht hatte.",
        True,
        [("year", 2016, None, None), ("year", 2022, None, None), ("money", 1200000, "CHF", "over")],
        None,
    ),
    (
        "de",
        "Für einzelne Patienten habe er bis zu 40 Konsultationen im Monat abgerechnet, sagte Gerichtspräsident Beat Wälchli bei der Urteilseröffnung.",
        True,
        [("count", 40, None, "up_to")],
        "Beat Wälchli",
    ),
    (
        "de",
        "Zudem muss der Arzt den Versicherern knapp 940'000 Franken zurückzahlen und eine Busse von 8000 Franken bezahlen.",
        True,
        [("money", 940000, "CHF", "nearly"), ("money", 8000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwältin hatte eine unbedingte Freiheitsstrafe von vier Jahren gefordert.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "«Der Beschuldigte hat die Grundversicherung behandelt wie seine private Kasse», sagte sie in ihrem Plädoyer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Urteil kann innert zehn Tagen ans Zürcher Obergericht weitergezogen werden.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    ("de", "Ob der Arzt seine Praxis weiterführen darf, ist offen.", False, [], None),
    # --- Delivery rider's killer jailed for life (PA) ---
    (
        "en",
        "LONDON (PA) - A 19-year-old was jailed for life on Monday for the fatal stabbing of a food courier in east London and must serve a minimum term of 21 years.",
        True,
        [("duration", 19, "year", None), ("duration", 21, "year", None)],
        None,
    ),
    (
        "en",
        "Callum Brent stabbed 34-year-old Arjun Mehta three times after a row over a parked scooter in Stratford last May, the Old Bailey heard.",
        True,
        [("duration", 34, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A second defendant, Leon Tarrant, 20, was acquitted of murder, found guilty of manslaughter and jailed for eight years and four months.",
        True,
        [
            ("ordinal", 2, None, None),
            ("duration", 20, "year", None),
            ("duration", 8, "year", None),
            ("duration", 4, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The jury deliberated for just under 11 hours before returning unanimous verdicts.",
        True,
        [("duration", 11, "hour", "under")],
        None,
    ),
    (
        "en",
        "Both men had been charged within 48 hours of the killing, the Crown Prosecution Service said.",
        True,
        [("duration", 48, "hour", None)],
        "the Crown Prosecution Service",
    ),
    (
        "en",
        "Detective Chief Inspector Simon Harwell of the Metropolitan Police said officers had reviewed more than 600 hours of CCTV footage to trace the pair.",
        True,
        [("duration", 600, "hour", "over")],
        "Simon Harwell",
    ),
    ("en", '"Knife crime wrecks families on both sides of the dock," Harwell said.', False, [], None),
    (
        "en",
        "In a statement read to the court, Mehta's widow said their two daughters, aged four and seven, still asked every night when their father was coming home.",
        False,
        [("count", 2, None, None), ("duration", 4, "year", None), ("duration", 7, "year", None)],
        None,
    ),
    (
        "en",
        "Brent had denied murder, telling jurors he carried the knife because he had been robbed twice that year.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Mordprozess in München begonnen (dpa) ---
    (
        "de",
        "München (dpa) - Ein 29-Jähriger, der seine frühere Lebensgefährtin mit 17 Messerstichen getötet haben soll, steht seit Dienstag vor dem Landgericht München I.",
        True,
        [("duration", 29, "year", None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Der Angeklagte soll der 26-Jährigen in der Nacht auf den 14. Juli vor ihrer Wohnung im Stadtteil Giesing aufgelauert haben.",
        True,
        [("duration", 26, "year", None), ("date", "--07-14", None, None)],
        None,
    ),
    (
        "de",
        "Er habe sich zwei Tage vor der Tat ein Jagdmesser gekauft, sagte Oberstaatsanwalt Bernd Steinhövel zum Prozessauftakt.",
        True,
        [("duration", 2, "day", None)],
        "Bernd Steinhövel",
    ),
    (
        "de",
        "Nach Angaben der Staatsanwaltschaft hatte die Frau den Mann in den Wochen zuvor zweimal wegen Bedrohung angezeigt.",
        True,
        [("count", 2, None, None)],
        "die Staatsanwaltschaft",
    ),
    (
        "de",
        "Über seinen Verteidiger ließ der Angeklagte erklären, er habe die Frau nicht töten wollen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Mein Mandant ist kein kaltblütiger Mörder, sondern ein Mann, der zerbrochen ist“, sagte Verteidiger Martin Hasenöhrl am Rande der Verhandlung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schwurgerichtskammer hat zunächst 14 Verhandlungstage angesetzt und will 38 Zeugen sowie drei Sachverständige hören.",
        True,
        [("count", 14, None, None), ("count", 38, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Im Fall einer Verurteilung wegen Mordes droht dem Angeklagten eine lebenslange Freiheitsstrafe.",
        True,
        [],
        None,
    ),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- Insurer settles add-on cover class action (Reuters) ---
    (
        "en",
        "SYDNEY, Feb 10 (Reuters) - One of Australia's largest insurers will pay A$138 million to settle a class action brought by about 14,000 customers who were sold add-on cover they could never claim on, the Federal Court heard on Tuesday.",
        True,
        [("date", "--02-10", None, None), ("money", 138000000, "AUD", None), ("count", 14000, None, "about")],
        None,
    ),
    (
        "en",
        "Under the deal, each eligible customer stands to receive between A$1,800 and A$12,400, depending on how long they held the policy.",
        True,
        [("money", 1800, "AUD", None), ("money", 12400, "AUD", None)],
        None,
    ),
    (
        "en",
        "Legal fees and litigation funding costs of up to A$31 million will be deducted from the sum, lawyers for the class said.",
        True,
        [("money", 31000000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "Justice Amanda Coyle said she would decide whether to approve the settlement by the end of March.",
        True,
        [],
        "Amanda Coyle",
    ),
    (
        "en",
        "The insurer did not admit liability but said it had already refunded A$22 million to 5,300 customers in 2024.",
        True,
        [("money", 22000000, "AUD", None), ("count", 5300, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"These were people who paid for a promise that was never going to be kept," said lead plaintiff Gwen Arbery, a 67-year-old retired nurse.',
        False,
        [("duration", 67, "year", None)],
        None,
    ),
    (
        "en",
        "It is the third class action settled by an Australian insurer in 18 months.",
        True,
        [("ordinal", 3, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Consumer advocates said the payout was still far too small to change the industry's behaviour.",
        False,
        [],
        None,
    ),
    # --- Schmerzensgeld nach missglückter Operation (dpa) ---
    (
        "de",
        "Köln (dpa) - Das Landgericht Köln hat einer Patientin nach einer missglückten Rückenoperation ein Schmerzensgeld von 180.000 Euro zugesprochen.",
        True,
        [("money", 180000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Klinik muss der 47-Jährigen zudem den Verdienstausfall seit 2022 ersetzen, das sind weitere rund 96.000 Euro.",
        True,
        [("duration", 47, "year", None), ("year", 2022, None, None), ("money", 96000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Klägerin hatte 450.000 Euro verlangt, die Kammer erkannte grobe Behandlungsfehler aber nur bei zwei von fünf Eingriffen.",
        True,
        [("money", 450000, "EUR", None), ("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der Chirurg hätte die Operation nach etwa 40 Minuten abbrechen müssen, sagte die Vorsitzende Richterin Claudia Vennemann.",
        True,
        [("duration", 40, "minute", "about")],
        "Claudia Vennemann",
    ),
    (
        "de",
        "„Geld gibt mir meine Gesundheit nicht zurück, aber endlich glaubt mir jemand“, sagte die Frau nach der Verhandlung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Kliniksprecher sagte, man werde das Urteil sorgfältig prüfen und dann über die nächsten Schritte entscheiden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Klagen wegen Behandlungsfehlern ist nach Angaben der Landesärztekammer in den vergangenen fünf Jahren um ein Drittel gestiegen.",
        True,
        [("duration", 5, "year", None), ("fraction", 0.3333, None, None)],
        "die Landesärztekammer",
    ),
    # --- Texas jury hits trucking firm with $462 million verdict (AP) ---
    (
        "en",
        "DALLAS (AP) — A Texas jury on Tuesday ordered a trucking company to pay $462 million to the family of a couple killed when one of its drivers fell asleep at the wheel.",
        True,
        [("money", 462000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The award includes $62 million in compensatory damages and $400 million in punitive damages.",
        True,
        [("money", 62000000, "USD", None), ("money", 400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Jurors deliberated for about six hours at the end of a trial that lasted nine days.",
        True,
        [("duration", 6, "hour", "about"), ("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "The driver had been on duty for almost 19 hours when his truck crossed the median on Interstate 35, lawyers for the family told jurors.",
        True,
        [("duration", 19, "hour", "nearly")],
        None,
    ),
    (
        "en",
        '"A company that puts deadlines ahead of sleep puts everyone on the road at risk," family attorney Renata Solis said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Caddo Freight said it planned to appeal and that the driver had passed every federally required rest check.",
        True,
        [],
        "Caddo Freight",
    ),
    (
        "en",
        "The couple's three children, now aged 12, 15 and 17, were not in the car.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 12, "year", None),
            ("duration", 15, "year", None),
            ("duration", 17, "year", None),
        ],
        None,
    ),
    ("en", "Whether the punitive award survives on appeal is far from certain.", False, [], None),
    # --- BGH bestätigt Untreue-Urteil gegen Ex-Stadtwerkechef (dpa) ---
    (
        "de",
        "Karlsruhe (dpa) - Der Bundesgerichtshof hat die Verurteilung des früheren Geschäftsführers eines kommunalen Energieversorgers aus Baden-Württemberg wegen Untreue bestätigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Damit ist die Strafe von fünf Jahren und drei Monaten Haft rechtskräftig, wie das Gericht am Mittwoch mitteilte.",
        True,
        [("duration", 5, "year", None), ("duration", 3, "month", None)],
        "das Gericht",
    ),
    (
        "de",
        "Das Landgericht Stuttgart hatte es als erwiesen angesehen, dass der 64-Jährige über neun Jahre hinweg rund 7,8 Millionen Euro auf Konten von Scheinfirmen umgeleitet hatte.",
        True,
        [("duration", 64, "year", None), ("duration", 9, "year", None), ("money", 7800000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Revision sei in allen Punkten unbegründet, heißt es in dem Beschluss des 1. Strafsenats.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Auch die Einziehung von knapp 6,2 Millionen Euro bleibt bestehen.",
        True,
        [("money", 6200000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Für unsere Kunden ist das ein Schlussstrich, aber ganz sicher kein Grund zum Feiern“, sagte ein Sprecher der Stadtwerke.",
        False,
        [],
        None,
    ),
    ("de", "Ob der Ex-Geschäftsführer das Geld überhaupt noch hat, ist fraglich.", False, [], None),
    # --- Developer wins libel damages from newspaper (Reuters) ---
    (
        "en",
        "LONDON, Feb 11 (Reuters) - A British property developer won 350,000 pounds in libel damages on Wednesday from a newspaper that falsely linked him to a money-laundering network, the High Court ruled.",
        True,
        [("date", "--02-11", None, None), ("money", 350000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Judge Helen Marchbank found that four articles published in 2023 had caused serious harm to Gavin Ellwood's reputation.",
        True,
        [("count", 4, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The newspaper must also pay an estimated 1.6 million pounds of Ellwood's legal costs, his lawyers said.",
        True,
        [("money", 1600000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Ellwood said two banks had closed his accounts and a property deal worth 14 million pounds had collapsed after the articles appeared.",
        True,
        [("count", 2, None, None), ("money", 14000000, "GBP", None)],
        "Ellwood",
    ),
    (
        "en",
        '"Today the truth finally caught up with a lie that cost me my company," Ellwood told reporters outside court.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The publisher said it was disappointed by the judgment and was considering whether to appeal.",
        False,
        [],
        None,
    ),
    # --- Zwölf Jahre Haft für Mordversuch an Ehefrau (APA) ---
    (
        "de",
        "Graz (APA) - Ein 44-jähriger Steirer ist am Mittwoch am Landesgericht für Strafsachen Graz wegen versuchten Mordes an seiner Ehefrau zu zwölf Jahren Haft verurteilt worden.",
        True,
        [("duration", 44, "year", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "Die acht Geschworenen bejahten die Frage nach dem Mordversuch mit sechs zu zwei Stimmen.",
        True,
        [("count", 8, None, None), ("count", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Mann hatte im vergangenen Juni laut Anklage mit einer Axt auf die 41-Jährige eingeschlagen.",
        True,
        [("duration", 41, "year", None)],
        None,
    ),
    (
        "de",
        "Die Frau habe fünf Operationen überstanden und sei bis heute zu 70 Prozent invalid, so Opferanwalt Matthias Rohrweck.",
        True,
        [("count", 5, None, None), ("percent", 70, "%", None)],
        "Matthias Rohrweck",
    ),
    (
        "de",
        "Der Ehefrau sprach der Senat ein Teilschmerzengeld von 25.000 Euro zu.",
        True,
        [("money", 25000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Mein Mandant ist krank, er gehört in eine Therapie und nicht in eine Zelle“, sagte Verteidigerin Astrid Pammesberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verteidigerin kündigte Nichtigkeitsbeschwerde und Berufung an, rechtskräftig ist das Urteil deshalb noch nicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bereits 2021 war der Mann wegen gefährlicher Drohung gegen dieselbe Frau zu sechs Monaten bedingter Haft verurteilt worden.",
        True,
        [("year", 2021, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Die Geschwister der Frau verfolgten die Verhandlung aus der ersten Reihe des Schwurgerichtssaals.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Ex-alderman convicted of taking bribes (AP) ---
    (
        "en",
        "CHICAGO (AP) — A former Chicago alderman was convicted Wednesday on nine of 13 corruption counts for taking bribes from developers in exchange for zoning changes.",
        True,
        [("count", 9, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Jurors acquitted Raymond Kosinski, 66, on the remaining four counts after deliberating over three days.",
        True,
        [("duration", 66, "year", None), ("count", 4, None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "Prosecutors said Kosinski accepted at least $780,000 in cash, a lake house and a used sports car between 2015 and 2021.",
        True,
        [("money", 780000, "USD", "at_least"), ("year", 2015, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Agents recorded 214 of Kosinski's phone calls over two years, the FBI said.",
        True,
        [("count", 214, None, None), ("duration", 2, "year", None)],
        "the FBI",
    ),
    (
        "en",
        "Each bribery count carries a maximum sentence of 10 years in federal prison.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Carla Benning set sentencing for June 18.",
        True,
        [("date", "--06-18", None, None)],
        None,
    ),
    (
        "en",
        '"Nobody in this city is for sale, no matter how long they have held office," U.S. Attorney Frank Oduro told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kosinski's lawyer, Dean Palaski, said the case rested on the word of a developer who had struck a deal with the government.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A former city inspector who cooperated with prosecutors was sentenced in December to one year and one day in prison.",
        True,
        [("duration", 1, "year", None), ("duration", 1, "day", None)],
        None,
    ),
    (
        "en",
        "He is the fourth Chicago alderman convicted of a federal crime since 2019.",
        True,
        [("ordinal", 4, None, None), ("year", 2019, None, None)],
        None,
    ),
    ("en", "Kosinski left the courthouse without speaking to reporters.", False, [], None),
    # --- Haftstrafen für Geldautomatensprenger (dpa) ---
    (
        "de",
        "Berlin (dpa) - Im Prozess um eine Serie von Geldautomatensprengungen hat das Landgericht Berlin vier Männer zu Haftstrafen zwischen drei Jahren und neun Monaten und sieben Jahren verurteilt.",
        True,
        [
            ("count", 4, None, None),
            ("duration", 3, "year", None),
            ("duration", 9, "month", None),
            ("duration", 7, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die Angeklagten im Alter von 23 bis 31 Jahren sollen zwischen Herbst 2022 und Frühjahr 2024 in Berlin und Brandenburg 23 Automaten gesprengt haben.",
        True,
        [
            ("duration", 23, "year", None),
            ("duration", 31, "year", None),
            ("year", 2022, None, None),
            ("year", 2024, None, None),
            ("count", 23, None, None),
        ],
        None,
    ),
    (
        "de",
        "Dabei erbeuteten sie knapp 1,4 Millionen Euro, der Sachschaden liegt bei mehr als 3,8 Millionen Euro.",
        True,
        [("money", 1400000, "EUR", "nearly"), ("money", 3800000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Der Haupttäter, ein 31 Jahre alter Niederländer, wurde zudem wegen zweifachen versuchten Totschlags verurteilt.",
        True,
        [("duration", 31, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Auf die Spur der Bande kamen die Ermittler über ein Handy, das in einem Fluchtauto zurückgeblieben war, teilte die Staatsanwaltschaft mit.",
        True,
        [],
        "die Staatsanwaltschaft",
    ),
    (
        "de",
        "„Wer so handelt, spielt mit dem Leben völlig Unbeteiligter“, sagte der Vorsitzende Richter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte für den Haupttäter achteinhalb Jahre gefordert und prüft nun eine Revision.",
        True,
        [("duration", 8.5, "year", None)],
        None,
    ),
    (
        "de",
        "Seit 2022 ist die Zahl der Sprengungen in Berlin nach Angaben des Landeskriminalamts um fast die Hälfte zurückgegangen.",
        True,
        [("year", 2022, None, None), ("fraction", 0.5, None, "nearly")],
        "das Landeskriminalamt",
    ),
    ("de", "Viele Anwohner der betroffenen Häuser leben nach eigenen Worten bis heute in Angst.", False, [], None),
    # --- Speeding driver jailed over teenagers' deaths (PA) ---
    (
        "en",
        "EXETER, England (PA) - A driver who was travelling at more than 110mph when he crashed into a car carrying two teenagers, killing both, has been jailed for nine years.",
        True,
        [("count", 110, None, "over"), ("count", 2, None, None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "Kieran Dowd, 27, was also banned from driving for 14 years at Exeter Crown Court after admitting two counts of causing death by dangerous driving.",
        True,
        [("duration", 27, "year", None), ("duration", 14, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "He had smoked cannabis and drunk at least four pints of lager before getting behind the wheel, the court heard.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    (
        "en",
        "Emily Rowe and Jacob Fenn, both 17, died at the scene on the A38 near Ashburton.",
        True,
        [("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "Sergeant Paula Kerrigan said data from the car showed a speed of 114mph four seconds before the impact, on a stretch limited to 50mph.",
        True,
        [("count", 114, None, None), ("duration", 4, "second", None), ("count", 50, None, None)],
        "Paula Kerrigan",
    ),
    ("en", '"No sentence will ever bring Emily back," her mother said outside court.', False, [], None),
    (
        "en",
        "Judge Anthony Greaves said Dowd had shown a complete disregard for everyone else on the road.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Dowd will serve up to two-thirds of the term in custody before being released on licence.",
        True,
        [("fraction", 0.6667, None, "up_to")],
        None,
    ),
    # --- Darknet-Dealer vor Gericht (APA) ---
    (
        "de",
        "Wien (APA) - Weil er über das Darknet mehr als 14 Kilogramm Drogen verkauft haben soll, muss sich ein 27-jähriger Wiener seit Donnerstag vor einem Schöffensenat verantworten.",
        True,
        [("count", 14, None, "over"), ("duration", 27, "year", None)],
        None,
    ),
    (
        "de",
        "Laut Anklage wickelte er über seinen Online-Shop zwischen Jänner 2023 und März 2025 rund 3.900 Bestellungen ab.",
        True,
        [("year", 2023, None, None), ("year", 2025, None, None), ("count", 3900, None, "about")],
        None,
    ),
    (
        "de",
        "Die Erlöse von mindestens 480.000 Euro soll er in Kryptowährung kassiert haben, die Staatsanwaltschaft beantragt deren Verfall.",
        True,
        [("money", 480000, "EUR", "at_least")],
        None,
    ),
    ("de", "Ihm drohen bis zu 15 Jahre Haft.", True, [("duration", 15, "year", "up_to")], None),
    (
        "de",
        "„Das war kein Hobby, das war ein Versandhandel mit Kundenservice“, sagte Staatsanwalt Florian Gritsch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gritsch sagte, die Ermittler hätten bei der Festnahme 31 Mobiltelefone und 62.000 Euro in bar sichergestellt.",
        True,
        [("count", 31, None, None), ("money", 62000, "EUR", None)],
        "Gritsch",
    ),
    ("de", "Wer die Päckchen im Ausland weiterverkaufte, konnte auch die Anklage nicht klären.", False, [], None),
    (
        "de",
        "Der Prozess ist auf zwei Tage anberaumt, ein Urteil könnte bereits am Freitag fallen.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    # --- Condo developer sentenced over vanished deposits (Reuters) ---
    (
        "en",
        "TORONTO, Feb 12 (Reuters) - An Ontario judge on Thursday sentenced a former condominium developer to seven and a half years behind bars for taking deposits from about 1,100 buyers for towers that were never built.",
        True,
        [("date", "--02-12", None, None), ("duration", 7.5, "year", None), ("count", 1100, None, "about")],
        None,
    ),
    (
        "en",
        "Buyers lost a combined C$96 million, according to the court-appointed receiver.",
        True,
        [("money", 96000000, "CAD", None)],
        "the court-appointed receiver",
    ),
    (
        "en",
        "Vittorio Lancieri, 59, pleaded guilty in September to one count of fraud over C$5,000.",
        True,
        [("duration", 59, "year", None), ("count", 1, None, None), ("money", 5000, "CAD", "over")],
        None,
    ),
    (
        "en",
        'Justice Priya Raman said the developer had shown "a stunning indifference" to families who had handed him their savings.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Raman also issued a restitution order of C$31 million, though lawyers for the buyers said little of it was likely to be recovered.",
        True,
        [("money", 31000000, "CAD", None)],
        None,
    ),
    ("en", "Crown prosecutor Simone Achebe had asked for 10 years.", True, [("duration", 10, "year", None)], None),
    (
        "en",
        "Achebe told reporters investigators had traced about C$18 million to bank accounts in Malta.",
        True,
        [("money", 18000000, "CAD", "about")],
        "Achebe",
    ),
    ("en", '"He built his lifestyle out of other people\'s dreams," Achebe said.', False, [], None),
    (
        "en",
        "Lancieri will be eligible for day parole after serving one-sixth of his sentence.",
        True,
        [("fraction", 0.1667, None, None)],
        None,
    ),
    # --- Verständigung im Helioterra-Prozess (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Im Betrugsprozess um den insolventen Solarparkbetreiber Helioterra haben sich Gericht, Staatsanwaltschaft und Verteidigung auf eine Verständigung geeinigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Legt der frühere Vorstandschef Jens Brakelmann ein umfassendes Geständnis ab, soll er eine Haftstrafe zwischen viereinhalb und fünfeinhalb Jahren erhalten.",
        True,
        [("duration", 4.5, "year", None), ("duration", 5.5, "year", None)],
        None,
    ),
    (
        "de",
        "Die Anklage wirft dem 57-Jährigen Betrug in 117 Fällen sowie Insolvenzverschleppung vor.",
        True,
        [("duration", 57, "year", None), ("count", 117, None, None)],
        None,
    ),
    (
        "de",
        "Rund 8.600 Anleger sollen durch die Pleite mindestens 64 Millionen Euro verloren haben.",
        True,
        [("count", 8600, None, "about"), ("money", 64000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Die Anklageschrift umfasst 612 Seiten, der Prozess war ursprünglich auf 40 Verhandlungstage angesetzt.",
        True,
        [("count", 612, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Brakelmann sagte, ab Mitte 2022 seien neue Anlegergelder verwendet worden, um Zinsen an frühere Anleger auszuzahlen.",
        True,
        [("year", 2022, None, None)],
        "Brakelmann",
    ),
    (
        "de",
        "„Das ist ein Deal auf dem Rücken der Geschädigten, nichts anderes“, sagte Anlegeranwalt Tobias Quernheim.",
        False,
        [],
        None,
    ),
    ("de", "Anlegerschützer halten die vereinbarte Strafspanne für viel zu milde.", False, [], None),
    (
        "de",
        "Nach Angaben des Insolvenzverwalters werden die Anleger höchstens ein Zehntel ihres Geldes wiedersehen.",
        True,
        [("fraction", 0.1, None, "at_most")],
        "der Insolvenzverwalter",
    ),
    (
        "de",
        "Am fünften Verhandlungstag soll Brakelmann sein Geständnis ablegen, ein Urteil wird Ende März erwartet.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    # --- Delaware jury's $847 million patent verdict (Reuters) ---
    (
        "en",
        "WILMINGTON, Del., Feb 12 (Reuters) - A federal jury in Delaware on Thursday found that a U.S. chipmaker had infringed two patents owned by a small Texas licensing firm and ordered it to pay $847 million.",
        True,
        [("date", "--02-12", None, None), ("count", 2, None, None), ("money", 847000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The verdict came after a seven-day trial and less than four hours of deliberation.",
        True,
        [("duration", 7, "day", None), ("duration", 4, "hour", "under")],
        None,
    ),
    (
        "en",
        "Pellworth Licensing had asked jurors for $1.2 billion, arguing that its technology was used in about 40% of Veltrona's data-center processors.",
        True,
        [("money", 1200000000, "USD", None), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Pellworth has six employees and makes no products of its own, according to court filings.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "en",
        'Veltrona Semiconductor said it would appeal, calling the patents "invalid and irrelevant to our products."',
        True,
        [],
        "Veltrona Semiconductor",
    ),
    (
        "en",
        '"Small inventors can still beat giants in an American courtroom," Pellworth Chief Executive Stuart Lomas said.',
        False,
        [],
        None,
    ),
    ("en", "If the judge finds the infringement was willful, the damages could be tripled.", True, [], None),
    # --- Bedingte Haft nach tödlichem Skiunfall (APA) ---
    (
        "de",
        "Innsbruck (APA) - Nach einem tödlichen Skiunfall am Arlberg ist ein 35-jähriger Deutscher am Landesgericht Innsbruck wegen grob fahrlässiger Tötung zu acht Monaten bedingter Haft verurteilt worden.",
        True,
        [("duration", 35, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "de",
        "Zusätzlich verhängte die Richterin eine unbedingte Geldstrafe von 240 Tagessätzen zu je 45 Euro, insgesamt 10.800 Euro.",
        True,
        [("count", 240, None, None), ("money", 45, "EUR", None), ("money", 10800, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Mann war laut Gutachten mit mindestens 70 km/h auf einer blauen Piste unterwegs, als er einen 58-jährigen Niederländer von hinten rammte.",
        True,
        [("count", 70, None, "at_least"), ("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Der Skifahrer erlag zwei Tage später in der Klinik seinen schweren Kopfverletzungen.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Der Witwe und den beiden Söhnen des Opfers sprach das Gericht zusammen 42.000 Euro Trauerschmerzengeld zu.",
        True,
        [("money", 42000, "EUR", None)],
        None,
    ),
    ("de", "„Ich sehe diesen Moment jeden Tag vor mir“, sagte der Angeklagte mit brüchiger Stimme.", False, [], None),
    ("de", "Die Familie des Verstorbenen wollte sich nach dem Urteil nicht äußern.", False, [], None),
    ("de", "Weil beide Seiten auf Rechtsmittel verzichteten, ist das Urteil bereits rechtskräftig.", True, [], None),
    # --- Exonerated man gets $12.5 million settlement (AP) ---
    (
        "en",
        "BALTIMORE (AP) — A man who spent 27 years in prison for a murder he did not commit will receive $12.5 million from the city under a settlement approved Thursday.",
        True,
        [("duration", 27, "year", None), ("money", 12500000, "USD", None)],
        None,
    ),
    (
        "en",
        "Darnell Hayes, now 52, was 19 years old when he was convicted in 1998 on the testimony of a single eyewitness who later recanted.",
        True,
        [("duration", 52, "year", None), ("duration", 19, "year", None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "A judge vacated his conviction in 2024 after DNA testing pointed to another man, who died in prison in 2011.",
        True,
        [("year", 2024, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "The city's Board of Estimates approved the payment by a 4-1 vote.",
        True,
        [("count", 4, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Nothing can give me back my twenties and thirties, but today I can finally breathe," Hayes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Maryland has paid more than $48 million to wrongfully convicted people since 2020, state records show.",
        True,
        [("money", 48000000, "USD", "over"), ("year", 2020, None, None)],
        None,
    ),
    ("en", "The prosecutors who brought the original case did not respond to requests for comment.", False, [], None),
    # --- OGH kippt Zinsklausel (APA) ---
    (
        "de",
        "Wien (APA) - Der Oberste Gerichtshof hat eine Zinsanpassungsklausel einer Regionalbank für gesetzwidrig erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Schätzung des Vereins für Konsumenteninformation (VKI) rund 23.000 Kredite, die zwischen 2008 und 2019 abgeschlossen wurden.",
        True,
        [("count", 23000, None, "about"), ("year", 2008, None, None), ("year", 2019, None, None)],
        "der Verein für Konsumenteninformation",
    ),
    (
        "de",
        "Im Schnitt geht es laut VKI um 1.400 bis 2.600 Euro pro Kredit.",
        True,
        [("money", 1400, "EUR", None), ("money", 2600, "EUR", None)],
        "VKI",
    ),
    (
        "de",
        "„Das ist ein Riesenerfolg für alle Kreditnehmerinnen und Kreditnehmer“, sagte VKI-Juristin Petra Leithner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rückforderungsansprüche verjähren in solchen Fällen erst nach 30 Jahren.",
        True,
        [("duration", 30, "year", None)],
        None,
    ),
    ("de", "Betroffene sollten ihre Kreditverträge rasch prüfen lassen, riet Leithner.", False, [], None),
    # --- Council officer jailed for school meals fraud (PA) ---
    (
        "en",
        "LEEDS, England (PA) - A former council finance officer who stole more than 1.3 million pounds from a school meals budget over six years was sent to prison for five years and four months on Thursday.",
        True,
        [
            ("money", 1300000, "GBP", "over"),
            ("duration", 6, "year", None),
            ("duration", 5, "year", None),
            ("duration", 4, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Margaret Holloway, 58, spent the money on 14 foreign holidays, a static caravan and her son's wedding, Leeds Crown Court heard.",
        True,
        [("duration", 58, "year", None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "She pleaded guilty at her first court appearance to fraud by abuse of position.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The council said it had recovered about 410,000 pounds so far and would pursue the rest through confiscation proceedings.",
        True,
        [("money", 410000, "GBP", "about")],
        "the council",
    ),
    (
        "en",
        '"This was a calculated betrayal of the children who depended on those meals," said Richard Oyelaran of the Crown Prosecution Service.',
        False,
        [],
        None,
    ),
    ("en", "A confiscation hearing has been set for July 6.", True, [("date", "--07-06", None, None)], None),
    (
        "en",
        "In mitigation, her barrister said Holloway had a gambling addiction and had repaid 27,000 pounds before her arrest.",
        True,
        [("money", 27000, "GBP", None)],
        None,
    ),
    # --- Obergericht mildert Strafe für Raser (Keystone-SDA) ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Das Kantonsgericht St. Gallen hat die Strafe für einen Raser, der 2023 auf der A1 einen tödlichen Unfall verursacht hatte, von acht auf sechseinhalb Jahre reduziert.",
        True,
        [("year", 2023, None, None), ("duration", 8, "year", None), ("duration", 6.5, "year", None)],
        None,
    ),
    (
        "de",
        "Der heute 24-Jährige war in der Nacht auf den 2. September 2023 mit 186 km/h in ein stehendes Auto gefahren, dessen Lenkerin noch am Unfallort starb.",
        True,
        [("duration", 24, "year", None), ("date", "2023-09-02", None, None), ("count", 186, None, None)],
        None,
    ),
    ("de", "Erlaubt waren auf dem Abschnitt 100 km/h.", True, [("count", 100, None, None)], None),
    (
        "de",
        "Die Vorinstanz habe das Geständnis und die Reue des Beschuldigten zu wenig gewichtet, teilte das Gericht am Freitag mit.",
        True,
        [],
        "das Gericht",
    ),
    (
        "de",
        "Die Landesverweisung von zehn Jahren bestätigte das Kantonsgericht hingegen.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Den Angehörigen der Verstorbenen muss der Mann Genugtuungen von insgesamt 120'000 Franken bezahlen.",
        True,
        [("money", 120000, "CHF", None)],
        None,
    ),
    ("de", "«Für uns ist dieses Urteil ein Schlag ins Gesicht», sagte der Ehemann der Getöteten.", False, [], None),
    ("de", "Die Staatsanwaltschaft prüft einen Weiterzug ans Bundesgericht.", True, [], None),
    # --- Appeals court voids fintech executive's 20-year term (Reuters) ---
    (
        "en",
        "SAN FRANCISCO, Feb 13 (Reuters) - A federal appeals court on Friday threw out the 20-year prison sentence of a former fintech executive convicted of inflating her company's user numbers, ordering a lower court to resentence her.",
        True,
        [("date", "--02-13", None, None), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "A three-judge panel of the 9th Circuit ruled 2-1 that the trial judge had wrongly put investor losses at $310 million.",
        True,
        [
            ("count", 3, None, None),
            ("ordinal", 9, None, None),
            ("count", 2, None, None),
            ("count", 1, None, None),
            ("money", 310000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The majority said the losses that could be proven were about $85 million.",
        True,
        [("money", 85000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Her lawyers had argued that a correct calculation would cut the guideline range to between 70 and 87 months.",
        True,
        [("duration", 70, "month", None), ("duration", 87, "month", None)],
        None,
    ),
    (
        "en",
        "The case must be sent back for resentencing within 90 days, the court said.",
        True,
        [("duration", 90, "day", None)],
        "the court",
    ),
    (
        "en",
        '"We are grateful the court saw what we have been saying all along," her lawyer Ian Forsythe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lena Darrow, 44, has been in prison since March 2023.",
        True,
        [("duration", 44, "year", None), ("year", 2023, None, None)],
        None,
    ),
    # --- Messerangriff am Hauptbahnhof: 30 Monate Haft (APA) ---
    (
        "de",
        "Salzburg (APA) - Wegen absichtlicher schwerer Körperverletzung ist ein 17-Jähriger am Landesgericht Salzburg zu 30 Monaten Haft verurteilt worden, zehn davon unbedingt.",
        True,
        [("duration", 17, "year", None), ("duration", 30, "month", None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "de",
        "Der Bursche hatte im Oktober am Salzburger Hauptbahnhof einen 19-Jährigen nach einem Streit um eine E-Zigarette mit einem Messer in den Bauch gestochen.",
        True,
        [("duration", 19, "year", None)],
        None,
    ),
    (
        "de",
        "Das Opfer wurde zweimal notoperiert und lag elf Tage auf der Intensivstation.",
        True,
        [("count", 2, None, None), ("duration", 11, "day", None)],
        None,
    ),
    (
        "de",
        "Der Jugendschöffensenat sprach dem Opfer 9.000 Euro Teilschmerzengeld zu.",
        True,
        [("money", 9000, "EUR", None)],
        None,
    ),
    ("de", "„Ich weiß nicht, was an dem Abend in mich gefahren ist“, sagte der Angeklagte leise.", False, [], None),
    (
        "de",
        "Im Saal saßen auch die Eltern des Opfers, die Mutter weinte während der Urteilsverkündung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verteidiger nahm das Urteil an, die Staatsanwältin erbat drei Tage Bedenkzeit.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    ("de", "Die Entscheidung ist somit vorerst nicht rechtskräftig.", True, [], None),
    # --- Former deputy testifies in manslaughter trial (AP) ---
    (
        "en",
        "MINNEAPOLIS (AP) — A former sheriff's deputy charged with killing an unarmed man during a traffic stop took the witness stand on Friday, the ninth day of testimony in his manslaughter trial.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "Eric Dahlquist, 41, told jurors he fired because he believed Marcus Lowell was reaching for a gun in the glove box.",
        True,
        [("duration", 41, "year", None)],
        None,
    ),
    ("en", "No weapon was found in the car, according to the prosecution.", True, [], "the prosecution"),
    (
        "en",
        "Prosecutors have called 31 witnesses, including four other deputies who were at the scene.",
        True,
        [("count", 31, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "A conviction for second-degree manslaughter carries up to 10 years in prison under Minnesota law.",
        True,
        [("duration", 10, "year", "up_to")],
        None,
    ),
    (
        "en",
        '"He did exactly what he was trained to do in the worst moment of his career," defense attorney Nora Whitfield said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 60 demonstrators gathered outside the courthouse, holding up photos of Lowell.",
        False,
        [("count", 60, None, "about")],
        None,
    ),
    (
        "en",
        "Closing arguments are expected next week, Hennepin County District Judge Sarah Lindqvist said.",
        True,
        [],
        "Sarah Lindqvist",
    ),
    # --- Kündigung einer Betriebsrätin unwirksam (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Das Arbeitsgericht Hamburg hat die fristlose Kündigung einer Betriebsrätin durch einen Online-Versandhändler für unwirksam erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 39-Jährige war nach 14 Jahren im Unternehmen entlassen worden, weil sie Arbeitszeiten falsch erfasst haben soll.",
        True,
        [("duration", 39, "year", None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Überzeugung der Kammer ging es um insgesamt knapp zwei Stunden in drei Monaten, eine Abmahnung hätte ausgereicht.",
        True,
        [("duration", 2, "hour", "nearly"), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen muss ihr das Gehalt für neun Monate nachzahlen, rund 31.000 Euro brutto.",
        True,
        [("duration", 9, "month", None), ("money", 31000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Hier sollte eine unbequeme Stimme zum Schweigen gebracht werden“, sagte ihr Anwalt Jannik Overbeck.",
        False,
        [],
        None,
    ),
    ("de", "Der Konzern kündigte an, Berufung beim Landesarbeitsgericht einzulegen.", True, [], None),
    (
        "de",
        "Nach Angaben der Gewerkschaft ist es bereits die dritte Kündigung eines Betriebsratsmitglieds an dem Standort binnen zwei Jahren.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        "die Gewerkschaft",
    ),
    ("de", "Der Fall hat in der Versandbranche für großes Aufsehen gesorgt.", False, [], None),
    # --- Brooklyn landlord ordered to pay $3.2 million (Reuters) ---
    (
        "en",
        "NEW YORK, Feb 13 (Reuters) - A New York state judge on Friday ordered a Brooklyn landlord to pay $3.2 million in penalties and restitution for pressuring rent-stabilized tenants out of 46 apartments.",
        True,
        [("date", "--02-13", None, None), ("money", 3200000, "USD", None), ("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "The landlord cut heat and hot water in winter on at least 28 occasions between 2019 and 2022, the state attorney general's office said.",
        True,
        [("count", 28, None, "at_least"), ("year", 2019, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "About $2.1 million of the total will go to 63 former tenants.",
        True,
        [("money", 2100000, "USD", "about"), ("count", 63, None, None)],
        None,
    ),
    (
        "en",
        "The landlord, Bernard Kesselman, 71, must also pay for an independent monitor for five years.",
        True,
        [("duration", 71, "year", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        '"Heat in January is not a favor a landlord does, it is the law," the attorney general said in a statement.',
        False,
        [],
        None,
    ),
    ("en", "A lawyer for Kesselman said his client disputed the findings.", True, [], None),
    ("en", "Tenant groups called the ruling long overdue.", False, [], None),
    # --- Rekord bei offenen Verfahren (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der unerledigten Ermittlungsverfahren bei den deutschen Staatsanwaltschaften ist im vergangenen Jahr auf einen Rekordwert von rund 950.000 gestiegen.",
        True,
        [("count", 950000, None, "about")],
        None,
    ),
    (
        "de",
        "Binnen eines Jahres ist das ein Plus von knapp 12 Prozent, teilte der Deutsche Richterbund am Freitag mit.",
        True,
        [("percent", 12, "%", "nearly")],
        "der Deutsche Richterbund",
    ),
    (
        "de",
        "Bis zum Urteil in erster Instanz vergehen vor den Landgerichten in Strafsachen mittlerweile durchschnittlich 8,7 Monate.",
        True,
        [("ordinal", 1, None, None), ("duration", 8.7, "month", None)],
        None,
    ),
    (
        "de",
        "„Der Rechtsstaat fährt seit Jahren auf Reserve“, sagte Richterbund-Geschäftsführerin Hanna Elsbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Elsbach sagte, allein in Berlin seien im vergangenen Jahr mehr als 1.300 Haftbefehle nicht vollstreckt worden.",
        True,
        [("count", 1300, None, "over")],
        "Elsbach",
    ),
    (
        "de",
        "In 67 Fällen mussten Tatverdächtige im vergangenen Jahr aus der Untersuchungshaft entlassen werden, weil ihre Verfahren zu lange dauerten.",
        True,
        [("count", 67, None, None)],
        None,
    ),
    (
        "de",
        "Ob die von Bund und Ländern vereinbarten zusätzlichen Stellen ausreichen, bezweifeln viele Praktiker.",
        False,
        [],
        None,
    ),
    # --- Aged-care worker jailed for stealing from residents (AAP) ---
    (
        "en",
        "MELBOURNE (AAP) - A former aged-care worker who stole jewellery and cash worth about A$86,000 from 11 elderly residents has been jailed for three years and six months.",
        True,
        [
            ("money", 86000, "AUD", "about"),
            ("count", 11, None, None),
            ("duration", 3, "year", None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Judge Fiona Castellan set a non-parole period of 22 months.",
        True,
        [("duration", 22, "month", None)],
        None,
    ),
    (
        "en",
        "Shanice Kell, 33, had pleaded guilty to 19 charges of theft.",
        True,
        [("duration", 33, "year", None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The oldest of her victims was 96 years old, the County Court heard.",
        True,
        [("duration", 96, "year", None)],
        None,
    ),
    (
        "en",
        "The thefts came to light when a resident's daughter noticed a missing ring and reported it in May 2024, police said.",
        True,
        [("year", 2024, None, None)],
        "police",
    ),
    (
        "en",
        '"You preyed on people who could no longer defend themselves or even remember what they owned," Castellan told her.',
        False,
        [],
        None,
    ),
]
