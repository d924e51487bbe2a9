"""Three-hundred-and-forty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Norbert Kaltschmid, Reinhard Ostwaldt, Monika Stüssi-Brunner, Christoph Hötzendorfer,
Sandra Wögenstein, Andrea Tschugmell, Ulrike Pramreiter, Julia Hainzinger, Henning
Sauerwald; Adrian Bellchamber, Caroline Wrexford, Oliver Tamworth, Nicholas Ambleside,
Elliot Varnholt, Kelderwick Capital, Marcus Feld, Rosalind Quistgaard, Reece Gammidge, Kyle
Prestwood, Dean Holtby, Hannah Pilsworth, Alison Trembath, Gareth Penrhiw, Thornleigh
Residential, Marcus Dorsainvil, Tameka Boswell, Vessaro Biosciences, Philip Raikes-Lowry,
Ravensholt Securities, Travis Eggleston, Curtis Rambeau, Lorraine Vick, Samuel Koutsoudis,
Kathleen Dreisbach, Carrongrove Haulage, Ian Drummuir, Graham Dunnet, Simon Trevallion,
Helena Castro, Rachel Addae-Mensah, Glenda Huisman, Warren Kallstrom, Jordan Carnsew, Mrs
Justice Wetherden, Dominic Rushbury, Derek Vanlandingham, Andre Pettaway, Lyle Tuggle, Renee
Castellaw, Lanternfish Media, Novacord Surgical, Brody Fenstermaker; every unnamed
defendant, victim, relative, juror, expert, analyst, campaigner, lawyer and spokesperson);
judges, prosecutors, a sheriff, police officers and a district attorney of real courts and
bodies appear under made-up names that stand for no real holder, or by their role only ("der
Vorsitzende Richter", "die Vorsitzende", "die Staatsanwältin", "der Staatsanwalt", "eine
Gerichtssprecherin", "ein Gewerkschaftssprecher", "a spokesperson for the regulator", "the
Pettaway family's attorney"). Real courts, bodies and places (WKStA, Weinviertel,
Landesgericht Korneuburg, Landgericht Duisburg, Bundesgerichtshof and its 4. Strafsenat,
Bezirksgericht Winterthur, Obergericht, A1, Oberwinterthur, Amtsgericht Tiergarten,
Neukölln, Straflandesgericht Graz, Landesgericht Innsbruck, Ötztal, Landgericht Oldenburg,
Landgericht Augsburg, Bundesstrafgericht, Bundesanwaltschaft, Bundesgericht, Landgericht
Frankfurt, Balkanroute, Landgericht Hannover, Zoll, Oberlandesgericht Hamm and its 7.
Zivilsenat, Landgericht Bochum, Basler Strafgericht, Statistisches Bundesamt, Deutscher
Richterbund; Southwark Crown Court, Guildford, the Algarve, Manchester Crown Court, Salford,
Greater Manchester Police, Cardiff Crown Court, the Vale of Glamorgan, Natural Resources
Wales, Fulton County, Summit County, Livingston Sheriff Court, West Lothian, the Health and
Safety Executive, the Court of Appeal, the Crown Prosecution Service, the City of London
Police, the Old Bailey, Luton, the Metropolitan Police, the 2nd U.S. Circuit Court of
Appeals, Delaware Superior Court, and the datelines' cities) stand for the way wire copy
names them; every case, charge, verdict, sentence, day-fine, fine, award, settlement, sum,
age, tally, statistic and quote here is invented (the shares of an English term served
before release, "half" and "two-thirds", are told as such copy explains them), and where a
real figure came to mind (a real national count of convictions, a real share of fines and of
suspended terms, a real settlement ranking, a real state's parole thresholds) it was
changed.

Its weight: CRIMINAL TRIALS AND COURT RULINGS, fourth round (the hundred-second batch
weighed courts, trials and investigations, the two-hundred-and-thirteenth criminal and civil
courts at home and the two-hundred-and-ninetieth criminal trials in Germany; the
fifty-fifth, hundred-fifty-second, two-hundred-and-fifty-seventh and
three-hundred-and-eighteenth weighed sentencing, courts and crime beside them, and all their
decisions are kept) - indictments, trial days, sentences in years and months, suspended
sentences, fines in day-rates („Tagessätze“), damages, appeals, prosecutors' and defence
statements and verdicts not yet final - over six wire weeks of one year, Monday September 14
to Friday October 23, as 27 short stories told in 33 instalments in story order, the German
and English ones interleaved, each as wire copy runs it (a dateline lead with the charge or
the verdict, the sentence and the sums, the victims and their ages, both sides, a quote, the
legal status and the next step). Four cases are followed over the weeks: a former
Weinviertel mayor from the WKStA's indictment through the opening at Korneuburg to a partly
suspended sentence not yet final, a Ponzi adviser at Southwark from the prosecution's
opening through a majority verdict to his sentence, a hedge fund founder in Manhattan from
his conviction to his sentencing, and an Ohio murder trial from its opening to its verdict.
German (APA, dpa with "dpa/lnw", "dpa/bb", "dpa/lby", "dpa/lhe", "dpa/lni", Keystone-SDA;
Austrian "Schöffensenat", "Privatbeteiligte", "Teilschmerzengeld", "Geschworenen",
"Bedenkzeit", "Nichtigkeitsbeschwerde und Berufung", "unbedingt", "bedingt"; Swiss
"teilbedingt", "Probezeit", "Ersatzforderung", "innert", "weiterzieht", "Landesverweisung",
"14'500 Franken", «» quotes; German „“ quotes, "besondere Schwere der Schuld", "Tagessätzen
zu je", "Revision", "Einziehung"): the former mayor, a murder verdict in Duisburg, a speeder
in Winterthur, a dog bite before the Amtsgericht Tiergarten, an attempted murder before a
Graz jury, an acquittal after an avalanche in the Ötztal, the Bundesgerichtshof overturning
a verdict after a fatal flight from the police, Covid-test fraud in Augsburg, money
laundering before the Bundesstrafgericht, a people-smuggling trial opening in Frankfurt,
undeclared building labour in Hanover, pain and suffering raised by the Oberlandesgericht
Hamm, an expulsion upheld by the Bundesgericht and the federal statisticians' count of
convictions. English (PA, Reuters, AP): the Ponzi adviser, the hedge fund founder, a knife
murder in Salford, a fly-tipping director's suspended sentence in Cardiff, a Georgia jury's
award against a landlord, a shareholder settlement in Boston, the Ohio murder trial, a
haulage firm's fine after a death in West Lothian, the Court of Appeal cutting a trader's
term, a county treasurer's embezzlement in Nebraska, a terror plotter's extended sentence at
the Old Bailey, a mistrial in Tulsa and a defamation award in Delaware. Negatives as courts
produce them - under a quarter of the rows, none with a figure: judges', prosecutors' and
police officers' rhetoric in quotes, reported verdicts of a judge, defence rhetoric and
protestations, feelings of defendants, victims and relatives, labels, verdicts with „halten
... für“, fears and doubts, an accusation naming no act, a forecast without a figure,
evasions and open questions, scene colour and boilerplate, each near a check-worthy
look-alike from the same story (often the same speaker's fact or figure).

244 rows (123 German, 121 English), 54 negatives (26 German, 28 English), 190 check-worthy
rows of which 30 carry no figure (18 German, 12 English), 292 expected quantities (119
durations - 74 in years, 21 in months, 8 in weeks, 8 in days, 7 in hours, 1 in seconds -, 74
counts, 45 amounts of money - 17 EUR, 15 USD, 10 GBP, 3 CHF -, 27 years, 9 dates, 7
percentages, all in %, 6 ordinals, 5 fractions; none of them in a negative), 34 checked
speakers (17 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, protestation, fear, doubt or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth); a
  quoted or reported statement of fact, figure, step or position is check-worthy with its
  speaker, also in Konjunktiv I (thirty-ninth, hundred-second). Pairs from one speaker:
  Kaltschmid's denial beside his „vorverurteilt“; Ostwaldt's cell-site finding beside „für
  ein paar Scheine erschlagen“; Stüssi-Brunner's earlier conviction with 2021 beside
  «bewusst in Kauf»; Wrexford's 9% and fifth (unchecked, "told jurors") beside "kept alive
  by lies", and her 1.2 million euros at the sentencing; Feld's appeal beside "played by the
  rules"; Koutsoudis's "no murder weapon" and his appeal beside "suspicion is not proof";
  Addae-Mensah's 47 accounts beside "stole their futures"; Rushbury's three days beside "he
  still is"; Quistgaard's $600,000 beside "Greed is not a business strategy"; Thornleigh
  Residential's appeal beside the family lawyer's "worth more than a broken camera";
  Novacord's downloads and orders beside the Lanternfish host's "warning to every
  journalist".
- Legal status and next steps are check-worthy without a figure (fifty-fifth,
  hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth): „Das Urteil ist
  daher nicht rechtskräftig.“, „..., der Freispruch ist somit nicht rechtskräftig.“, „Die
  Staatsanwältin gab keine Erklärung ab, das Urteil ist daher nicht rechtskräftig.“, „Das
  Urteil ist nicht rechtskräftig, beide Seiten können Revision einlegen.“ („beide“ none),
  „Gegen das Urteil aus Lausanne gibt es kein Rechtsmittel mehr.“, „Sein Verteidiger
  kündigte Revision zum Bundesgerichtshof an.“, „meldete umgehend Nichtigkeitsbeschwerde und
  Berufung an“, „Eine Revision zum Bundesgerichtshof ließ der 7. Zivilsenat nicht zu.“
  (ordinal 7), "said his client would appeal", "Koutsoudis said he would file an appeal.",
  "His lawyers said they had filed a notice of appeal ...", "The court dismissed his
  separate appeal against conviction.", "Lanternfish said it would ask the judge to reduce
  the award and would appeal if necessary.", "A judge declared a mistrial ..."; a label
  wrapped round a step does not undo it (two-hundred-and-thirteenth,
  two-hundred-and-ninetieth): "Thornleigh Residential said it would appeal and called the
  verdict "excessive ..."" is check-worthy with "Thornleigh Residential". Dates and
  deadlines set are check-worthy with their figures (two-hundred-and-thirteenth: "set
  sentencing for June 18"): "set sentencing for Oct. 20", "adjourned sentencing until 23
  October", "scheduled sentencing for Nov. 12", „ein Urteil könnte am 13. Oktober fallen“,
  „innert 30 Tagen beim Bundesgericht angefochten werden“ 30 days, „erbat drei Tage
  Bedenkzeit“ 3 days. Evasions and open questions are negatives (two-hundred-and-fourth,
  two-hundred-and-thirteenth, two-hundred-and-ninetieth): „Der Verteidiger liess offen, ob
  ...“, „Ob die Bundesanwaltschaft den Entscheid weiterzieht, liess ein Sprecher offen.“,
  „Wann der neue Prozess beginnt, steht noch nicht fest.“, „Ob die Versicherung ...
  überweist, blieb zunächst offen.“, „wollte die Behörde nicht vorhersagen“, "said her
  office had not yet decided whether to try Vanlandingham again" (a district attorney's
  evasion with her name, unchecked); a company "pleased to put this matter behind us" names
  no step and is a negative (hundred-second: "would study the judgment").
- Pleas, admissions, denials and one side's account are check-worthy (seventh, sixty-eighth,
  hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-eighteenth): „Er bekannte sich nicht schuldig.“, "denies 12 counts of
  fraud", "has pleaded not guilty to ...", "pleaded guilty to four offences", "admitted two
  breaches", „ein Teilgeständnis“ with „am ersten Verhandlungstag“ 1, „räumte ein, ...“,
  „hatte die Vorwürfe über seinen Verteidiger weitgehend eingeräumt“, „Zwei der Angeklagten
  kündigten über ihre Anwälte Geständnisse an.“, „sein Mandant habe keinen Cent für sich
  behalten und weise die Anklage zurück“ (two-hundred-and-fifty-seventh: „keinen einzigen
  Cent“ none), "Vessaro denied wrongdoing in agreeing to settle.", the barrister's and the
  defence lawyers' accounts ("had believed the scheme was sound", "had sold his house", "no
  murder weapon, no eyewitness and no confession", "had feared Pettaway was reaching for a
  gun", „ihr Mandant habe die Abrechnungen nicht allein erstellt“) and the Swiss appellant's
  19 years and two children ("geltend gemacht"). A protestation made of self-description or
  feeling is a negative (hundred-second, two-hundred-and-thirteenth): „Ich habe immer nur
  das getan, was für die Gemeinde das Beste war“, „Ich erkenne mich selbst nicht wieder“,
  „es tue ihr unendlich leid“, "relieved but still maintains his innocence", "I betrayed the
  people who trusted me ...".
- Other negatives (hundred-second, two-hundred-and-thirteenth, two-hundred-and-ninetieth,
  three-hundred-and-eighteenth): rhetoric in quotes of judges, prosecutors, police officers,
  a regulator and a podcast host, and a judge's reported verdicts ("had shown "not a flicker
  of remorse"", "had caused "misery on an industrial scale""); labels („nannte die Strafe
  „lächerlich gering““, „sprach von einem «Urteil mit Augenmass»“, „sprach von einem
  «unmenschlichen Entscheid»“, „nannte Schwarzarbeit am Bau ein „Geschäftsmodell ...““,
  „kritisieren ... als zu hart“, "welcomed the ruling as overdue recognition ..."); verdicts
  with „halten ... für“ („hielten die Anklage in weiten Teilen für überzogen“, „hält die
  Zahlen für ein Alarmsignal“; ninety-eighth); feelings, grief and fears („zeigten sich
  erleichtert“, „könne das Urteil nicht nachvollziehen“, „kein Geld der Welt“, „befürchten“,
  "they felt betrayed", the mother's, the widow's and a victim's statements); a doubt ("said
  they doubted"); an accusation naming no act (the family's "groomed online"); a forecast
  without a figure ("could face scrutiny on appeal", forty-seventh); scene colour (photos
  held up in the gallery, traders at the back of the courtroom, investors weeping, a widow's
  tears, a sister's hug; seventy-fourth) and the boilerplate „Für alle Beschuldigten gilt
  die Unschuldsvermutung.“ (fifty-fifth). As the three-hundred-and-twenty-fourth batch did,
  figures were kept out of the negatives, so none carries a quantity.
- Sentences are durations as written (thirty-ninth, hundred-second,
  two-hundred-and-thirteenth, two-hundred-and-ninetieth): „zu 16 Jahren Haft“, „fünf Jahre
  und neun Monate Haft verhängt“, „mit vier Jahren und drei Monaten Haft bestraft“, „für
  drei Jahre und neun Monate ins Gefängnis“, „zu zweieinhalb Jahren Haft ..., zehn Monate
  davon unbedingt“ 2.5 years and 10 months (twentieth: "siebeneinhalb"), „18 Monate
  bedingt“, „zu 34 Monaten Freiheitsstrafe“, „einer teilbedingten Freiheitsstrafe von 38
  Monaten“ with „Unbedingt vollziehen muss der Mann 14 Monate“ and „einer Probezeit von vier
  Jahren“, „einer bedingten Freiheitsstrafe von 22 Monaten bei einer Probezeit von zwei
  Jahren“, „eine Bewährungsstrafe von 22 Monaten“, demands („eine unbedingte Strafe von 42
  Monaten verlangt“, „sechs Jahre und sechs Monate gefordert“, „von zwölf Monaten
  gefordert“, „von 32 Monaten verlangt“, "had asked for at least 10 years" 10 "at_least",
  "the defense sought 30 months"), „für sieben Jahre verlassen“ after a Landesverweisung
  (two-hundred-and-fifty-seventh: „für acht Jahre des Landes“), "seven years and four
  months", "jailed for 12 years", "six and a half years" 6.5, "five years in federal
  prison", "sentenced in September to 18 months", "from 11 years to eight years" both, "nine
  years and six months"; "a minimum of 18 years behind bars" 18 years with no hedge
  ("minimum" names the figure, hundred-second); "a two-year prison sentence suspended for 18
  months" 2 years and 18 months (fifty-fifth: "an 18-month prison sentence suspended for two
  years"), "200 hours of unpaid work" 200 hours (thirty-ninth, fifty-fifth), "disqualified
  from acting as a company director for seven years", "placed her on supervised release for
  three years" (fifty-fifth), "at least two-thirds of the term" 0.6667 "at_least" and "a
  further five years on licence" 5 years ("a further" no hedge; two-hundred-and-thirteenth:
  "up to two-thirds of the term"), "half of his sentence" 0.5. „lebenslanger Haft“,
  „besondere Schwere der Schuld“, "a life term", "a mandatory life sentence", "life without
  parole", "an extended sentence", „teilbedingt“, „bedingt“ and „unbedingt“ carry none.
  Penalties a charge carries (fourth, hundred-second, two-hundred-and-thirteenth): „bis zu
  zehn Jahre Haft“ "up_to", "a maximum sentence of 20 years" with no hedge, „droht dann auch
  eine Verurteilung wegen Mordes“ without a figure; legal consequences with their figure are
  check-worthy (two-hundred-and-ninetieth): „Damit ist eine Entlassung nach 15 Jahren
  praktisch ausgeschlossen.“ 15 years, "that could reduce what the company actually pays to
  about $34 million", "he could be released on licence in about two years". New: "with
  parole eligibility after 18, 24 or 28 years" gives three durations of 18, 24 and 28 years
  - the unit written once serves every figure of a list joined by "or" as it serves a pair
  joined by „und“ (two-hundred-and-ninetieth: „Die 30 und 33 Jahre alten Männer“; „zu acht
  und sechseinhalb Jahren Haft“).
- Day-fines and court money (thirty-ninth, hundred-second, two-hundred-and-thirteenth,
  two-hundred-and-ninetieth): „90 Tagessätzen zu je 35 Euro“ count 90 and 35 EUR („je“ no
  hedge), „meist zwischen 16 und 90 Tagessätzen“ counts 16 and 90 („meist“ no hedge, as
  "typically", two-hundred-and-fifty-seventh); Schmerzensgeld and Teilschmerzengeld are
  money („4.000 Euro Schmerzensgeld“, „25.000 Euro Teilschmerzengeld“, „90.000 Euro
  Schmerzensgeld“, then „um 30.000 Euro“ - „um“ before a change no hedge), „540.000 Euro
  Schadenersatz“, „die Einziehung von 3,1 Millionen Euro“, „eine Ersatzforderung von 450'000
  Franken“ and „Verfahrenskosten von rund 14'500 Franken“ CHF (twelfth: the Swiss
  separator), „Aufträge über insgesamt 2,4 Millionen Euro“ and „zwei Rechnungen über
  zusammen 84.000 Euro“ with no hedge („über“ governed by the noun, hundred-second); fines,
  costs, damages, forfeiture, restitution, bond and settlements in the currency written
  ("fined £850,000", "£22,500 in costs", "an estimated £640,000" "about" -
  hundred-fifty-second -, "$48.5 million", "$71 million in compensatory damages and $25
  million in punitive damages", "forfeit $19.8 million and pay a $2 million fine", "$3.4
  million in restitution", "free on a $150,000 bond", "$215 million to settle", "1.2 million
  euros" EUR in English copy, "a total of about £24.6 million" "about"); fraud sums with
  their hedges („knapp 4,9 Millionen Euro“ "nearly", „rund 31 Millionen Franken“ and „rund
  2,7 Millionen Euro“ "about", "more than $3.4 million" and "more than $600,000" "over",
  "about $27 million", "about $180,000", "about £85 a load" - "a load" none), „bis zu 4.500
  Euro“ "up_to" („Pro Person“ none). New: „in Tranchen unter 100.000 Euro“ is 100,000 EUR
  "under" - „unter“ before a sum bounds it as "below" does (three-hundred-and-twenty-fourth:
  "below 5.9 trillion euros") and as „unter“ bounds an age (two-hundred-and-fifty-seventh),
  not a preposition a noun governs.
- Tallies, charges, trial days and people are counts (eleventh, hundred-second,
  two-hundred-and-thirteenth, two-hundred-and-ninetieth): „Mit 7:1 Stimmen sprachen die acht
  Geschworenen ...“ 7, 1 and 8 (hundred-thirty-ninth: „mit 5:4 Stimmen“), "by a majority of
  11 to one" 11 and 1 (hundred-second: "by a majority of 10 to two"), "split 8-4"
  (three-hundred-and-twenty-fourth: "split 7-2"), "The jury of seven women and five men" 7
  and 5 (hundred-second: "A jury of nine women and three men"), "Three judges" 3
  (seventy-sixth: "A three-judge federal panel"); "12 counts of fraud", "on all nine
  counts", "on 10 of the 12 fraud counts" and "the remaining two counts" (a definite group,
  forty-first), "one count of tampering" 1 (two-hundred-and-thirteenth: "one count of
  fraud"), "two other charges", "four offences", "admitted two breaches", „in vier Fällen“,
  „In 37 Fällen“; trial days counted („des 14 Verhandlungstage dauernden Prozesses“ -
  hundred-second: „des 19 Verhandlungstage dauernden Prozesses“ -, „fünf Verhandlungstage“,
  „zunächst 24 Verhandlungstage“ with „zunächst“ no hedge) and ordered („am ersten
  Verhandlungstag“ 1, "on the ninth day of the trial" 9; hundred-second); „drei
  Mitangeklagte“, „zwei frühere Bedienstete“, „sechs mutmaßliche Mitglieder“, „Zwei der
  Angeklagten“, „mehr als 1.100 Menschen“ "over", „31 Menschen ..., darunter neun Kinder“,
  „486 Seiten“ (two-hundred-and-thirteenth: „612 Seiten“), „rund 412.000 Tests“, „bis zu 80
  Arbeiter“ "up_to", „auf 14 Baustellen“, „zwei Wohnungen“, „zwei Fußgänger“, „zwei deutsche
  Skitourengeher“, „zweimal operiert“ 2 (the issue's "viermal"), „zwei Notoperationen“,
  "more than 2,300 savers" "over", "14 regulatory announcements", "at least 22 complaints"
  and "on at least 40 occasions" "at_least", "47 bank accounts in four countries", "36
  gigabytes" (data volumes are counts, hundred-second: „140 Terabyte“), "14 bomb-making
  manuals", "five shots", "four stab wounds", "four patients", "two racehorses", "two
  drivers", "between two lorries", "its three depots", "downloaded more than 4 million
  times" 4,000,000 "over"; court statistics („rund 612.000 Menschen“, „Knapp 93.000
  Verurteilte“ "nearly"; two-hundred-and-ninetieth). Physical measures are counts
  (two-hundred-and-thirteenth, two-hundred-and-ninetieth): „mit 197 km/h statt der erlaubten
  100 km/h“, „mit bis zu 130 Kilometern pro Stunde“ "up_to", „rund 200 Meter weiter oben“
  "about", „rund 1,6 Kilogramm Kokain“ 1.6 "about", "more than 1,200 tonnes of waste"
  "over". New: "would rank among the 10 largest securities class action settlements" gives
  count 10 - the figure bounds a definite group ranked by size, as "the two hubs"
  (forty-first) and "all but three of the city's 22 police districts"
  (three-hundred-and-eighteenth) are counts; "largest", "most serious" and "hundreds of
  patients" carry none. New: „die Lawinenwarnstufe sei ... bei drei von fünf gelegen“ gives
  counts 3 and 5 - a level read off a scale written as „X von Y“ is counted as „in zwei von
  23 Fällen“ (hundred-second) and „bei zwei von fünf Eingriffen“
  (two-hundred-and-thirteenth) are. None: "A1" (a road identifier,
  two-hundred-and-thirteenth), „keinen Cent“, „mehrere“, "Several", „beide“, „die beiden“.
- Ages are durations in years (every batch): „einen 46-Jährigen“, „die 71 Jahre alte Frau“,
  „einen 24-jährigen Autofahrer“, „eine 52-jährige Hundehalterin“, „Ein 35-jähriger
  Steirer“, „der 29-Jährigen“, „Der 29-Jährige“, „Ein 48-jähriger Bergführer“, „im Alter von
  39 und 42 Jahren“ and „im Alter von 27 bis 52 Jahren“ both, „den heute 31-Jährigen“ and
  „Die heute 34-jährige Frau“ („heute“ no hedge, hundred-second), „Der 38-Jährige“, „Der
  54-Jährige“, „Der 56-Jährige“, „Der 61-Jährige“ (three times), „jünger als 25 Jahre“ 25
  "under" (two-hundred-and-ninetieth: „jünger als 21 Jahre“); "Adrian Bellchamber, 57,"
  (twice), "Varnholt, 49,", "a 20-year-old man", "Reece Gammidge, 19,", "Dean Holtby, 20,",
  "Gareth Penrhiw, 44,", "Marcus Dorsainvil, 31,", "Travis Eggleston, 38," (twice), "Curtis
  Rambeau, 41", "Ian Drummuir, 58,", "Trevallion, 63,", "Glenda Huisman, 59,", "A
  22-year-old man", "Derek Vanlandingham, 33,", "Andre Pettaway, 26,", "412 of them were
  aged over 70" 412 and 70 years "over" (hundred-second: "aged over 80"). New: „dem damals
  sechsjährigen Jungen“ is 6 years with no hedge - „damals“ dates the age as „heute“ and
  "now" do (hundred-second, two-hundred-and-thirteenth), and the number word heading the
  compound is read as in „zweijährige“ (two-hundred-and-ninetieth).
- Other durations (the issue: "fünfstündigen", "a two-week visit"; hundred-second,
  two-hundred-and-thirteenth): trials and deliberations ("the two-week trial", "a 12-week
  trial", "a four-week trial", "a three-week trial", "is expected to last six weeks", "about
  two weeks" "about", "Jury selection took three days", "deliberated for about six hours"
  and "after deliberating for about five hours" "about", "for just under nine hours"
  "under", "more than 14 hours of deliberation" "over", "more than 16 hours over three days"
  16 hours "over" and 3 days with "over" before a span no hedge, "for two days"), "more than
  300 hours of CCTV footage" "over" (thirty-ninth), "spent two days", "in two days", "in the
  two years before the shooting" 2 years (hundred-second: "in the two years before the
  storm"), "for 23 years", "faulty for at least three weeks" "at_least", "three days
  before", "in less than two seconds" 2 seconds "under" (two-hundred-and-thirteenth: "less
  than four hours"), "over nine years" 9 years with no hedge, "in about two years" "about",
  „über sechs Jahre hinweg“ 6 years (two-hundred-and-thirteenth: „über neun Jahre hinweg“),
  „innert 14 Monaten“ („innert“ no hedge), „seit 19 Jahren“, „lag fünf Wochen im
  Krankenhaus“, „Im Schnitt dauerte ... zuletzt 8,4 Monate“ („Im Schnitt“ and „zuletzt“ no
  hedge). None: „im vergangenen Dezember“, „im vergangenen Mai“, „im vergangenen Jahr“, „im
  Jahr davor“, „im März“, „bis Ende Januar“, „seit langem“, "last February", "last year",
  "in May", "in August", "in September", "for months", "weeks before the accident", "for
  decades", weekdays and "this year".
- Ordinals (the issue; two-hundred-and-thirteenth): „Der 4. Strafsenat“ 4 and „der 7.
  Zivilsenat“ 7 (two-hundred-and-thirteenth: „des 1. Strafsenats“), „in erster Instanz“ 1
  (fifty-fifth), „am ersten Verhandlungstag“ 1, "on the ninth day of the trial" 9
  (hundred-second: "On the 14th day of the trial"), "the 2nd U.S. Circuit Court of Appeals"
  2 (two-hundred-and-thirteenth: "the 9th Circuit"). "first-degree" none (thirty-ninth:
  "second-degree"). Fractions and percentages: "about a fifth of the money" 0.2 "about",
  „bei gut der Hälfte davon“ 0.5 "over", „Jeder fünfte Verurteilte“ 0.2 (the issue's "jeder
  vierte"), the shares of a sentence above; "annual returns of 9%", "70% responsible",
  "about 62% of its value", "fees of up to 25%" "up_to", "by 4%", „2,3 Prozent mehr“, „In
  gut 74 Prozent der Fälle“ "over".
- Years and dates (thirty-ninth, hundred-second, two-hundred-and-thirteenth): „zwischen 2017
  und 2022“, "between 2019 and 2022", "between 2021 and 2023", "between 2014 and 2017",
  „zwischen 2015 und 2019“ both years, „zwischen Juni 2021 und Februar 2023“ and „zwischen
  Herbst 2022 und Frühjahr 2024“ the years, „bereits 2021“ („bereits“ no hedge), "in 2021",
  „im Juli 2024“, „im Februar 2024“, "in March 2024" (twice), "in November 2023", "in 2023",
  „im August 2023“, „im Frühjahr 2023“, „im Oktober 2022“, "in 2024", „im Jahr 2024“ the
  years; Reuters datelines with a day ("NEW YORK, Sept 15", "BOSTON, Sept 29", "LONDON, Oct
  6", "NEW YORK, Oct 20", "WILMINGTON, Del., Oct 21") dates without a year, as are "for Oct.
  20", "until 23 October" (British day-month, hundred-second: "until 14 March"), "for Nov.
  12" and „am 13. Oktober“; APA, dpa, Keystone-SDA, PA and AP datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "an estimated", "a total of about"
  "about"; „knapp“, „Knapp“ "nearly"; „mehr als“, „gut“, "more than" "over"; „unter“,
  „jünger als“, "just under", "less than" "under"; „bis zu“, "up to" "up_to"; "at least"
  "at_least". No hedge: „insgesamt“, „zusammen“, „je“, „zunächst“, „meist“, „Im Schnitt“,
  „zuletzt“, „heute“, „damals“, „bereits“, „innert“, „um“ before a change, „zwischen“ and
  "between", „bis“ in a range, „über“ governed by a noun, "a minimum of", "a maximum
  sentence of", "a further", "over" before a span.
- Speakers, checked only in forms the earlier batches settled: „teilte die WKStA am Montag
  mit“ -> "die WKStA" (hundred-second), „teilte eine Gerichtssprecherin mit“ -> "eine
  Gerichtssprecherin" (two-hundred-and-ninetieth: "ein Gerichtssprecher"), „teilte der
  Bundesgerichtshof am Donnerstag mit“ -> "der Bundesgerichtshof", the attribution row „Das
  teilte das Statistische Bundesamt am Dienstag mit.“ -> "das Statistische Bundesamt"
  (two-hundred-and-ninetieth), „wie das Bundesstrafgericht mitteilte“ (hundred-second) and
  „wie das Bundesgericht am Montag mitteilte“ -> "das Bundesgericht" (the "wie"-clause
  checked as the majority does, two-hundred-and-thirteenth; the weekday dropped), „nach
  Angaben der Staatsanwaltschaft“ -> "die Staatsanwaltschaft", „Nach Angaben des Zolls“ ->
  "der Zoll" and „nach Angaben des Gerichts“ -> "das Gericht" (the source in the
  nominative); „Verteidiger Norbert Kaltschmid sagte, ...“, „Der Vorsitzende Richter
  Reinhard Ostwaldt sagte, ...“, „Richterin Andrea Tschugmell sagte, ...“, „Staatsanwältin
  Ulrike Pramreiter sagte zum Auftakt, ...“ and „Verteidigerin Julia Hainzinger sagte, ...“
  the name (three-hundred-and-eighteenth), „sagte Gerichtspräsidentin Monika
  Stüssi-Brunner“, „sagte Staatsanwalt Christoph Hötzendorfer“ and „sagte Oberstaatsanwalt
  Henning Sauerwald zum Prozessauftakt“ the name with title and occasion dropped
  (two-hundred-and-thirteenth). English: "Defense lawyer Marcus Feld said", "Summit County
  Prosecutor Lorraine Vick said", "Defense attorney Samuel Koutsoudis said" and "Defense
  attorney Lyle Tuggle said" the name with the role dropped (two-hundred-and-thirteenth,
  three-hundred-and-eighteenth: "Assistant Attorney General Colleen Hargrove said");
  "Detective Chief Inspector Hannah Pilsworth of Greater Manchester Police said", "Detective
  Inspector Rachel Addae-Mensah of the City of London Police said" and "Commander Dominic
  Rushbury of the Metropolitan Police said" the name with rank and force dropped
  (two-hundred-and-thirteenth: "Detective Chief Inspector Simon Harwell of the Metropolitan
  Police said"); "Koutsoudis said", "Quistgaard said" and "Wrexford said" opening the row
  (two-hundred-and-fourth); "Natural Resources Wales said", "Thornleigh Residential said",
  "Novacord said" and "Lanternfish said" as written (hundred-second: "Granite Ridge said";
  two-hundred-and-thirteenth: "Caddo Freight said ..."); "The company said" -> "the company"
  (hundred-second); "the Crown Prosecution Service said" (two-hundred-and-thirteenth). New:
  "Sheriff Graham Dunnet said" -> "Graham Dunnet" - a Scottish sheriff sits as a judge, and
  the title is dropped as "Judge", "Justice" and "District Judge" are (thirty-ninth,
  two-hundred-and-thirteenth). Left unchecked (None): all negatives, also those with a named
  speaker; „laut Anklage“ and „laut Urteil“ (documents), „Nach Überzeugung der
  Schwurgerichtskammer“, „nach Überzeugung der Kammer“, „nach Auffassung des Gerichts“ and
  „nach den Feststellungen des Landgerichts“ (findings, two-hundred-and-ninetieth),
  „urteilte das Landgericht Hannover“, „erbat“, „kündigte(n) ... an“, „räumte ein“, „meldete
  ... an“, „hatte geltend gemacht“ (no verbs of saying), „Ein Sachverständiger hatte
  ausgesagt“ (a role); "Southwark Crown Court heard", "Cardiff Crown Court heard", "the
  court heard" and "The court heard that" (two-hundred-and-thirteenth), "told jurors",
  "Prosecutors said" and "prosecutors said Monday", "Shareholders said", "County
  commissioners said", "lawyers for the family said" (groups), "she said" (a pronoun),
  "Bellchamber's barrister, Oliver Tamworth KC, said" (a name in apposition,
  two-hundred-and-thirteenth), "His barrister said" and "His lawyers said" (possessives,
  eighty-third), "according to a court filing", "the filing shows", "according to evidence
  presented at trial" and "Body camera video showed" (documents and data), "found", "ruled",
  "set", "scheduled", "ordered" and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_344 = [
    # --- Anklage gegen Ex-Bürgermeister (APA), September ---
    (
        "de",
        "Wien (APA) - Gegen den früheren Bürgermeister einer Marktgemeinde im Weinviertel hat die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) Anklage wegen Untreue und Amtsmissbrauchs eingebracht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 61-Jährige soll zwischen 2017 und 2022 Aufträge über insgesamt 2,4 Millionen Euro ohne Ausschreibung an die Baufirma seines Schwagers vergeben haben, teilte die WKStA am Montag mit.",
        True,
        [
            ("duration", 61, "year", None),
            ("year", 2017, None, None),
            ("year", 2022, None, None),
            ("money", 2400000, "EUR", None),
        ],
        "die WKStA",
    ),
    (
        "de",
        "Der Gemeinde soll dadurch ein Schaden von rund 680.000 Euro entstanden sein.",
        True,
        [("money", 680000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Mitangeklagt sind der Schwager und zwei frühere Bedienstete des Gemeindeamts.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Im Fall einer Verurteilung drohen dem Ex-Ortschef bis zu zehn Jahre Haft.",
        True,
        [("duration", 10, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Verteidiger Norbert Kaltschmid sagte, sein Mandant habe keinen Cent für sich behalten und weise die Anklage zurück.",
        True,
        [],
        "Norbert Kaltschmid",
    ),
    (
        "de",
        "„Hier wird ein Mann vorverurteilt, der sein ganzes Leben in den Dienst seines Ortes gestellt hat“, sagte Kaltschmid.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für alle Beschuldigten gilt die Unschuldsvermutung.",
        False,
        [],
        None,
    ),
    # --- Ponzi trial opens at Southwark (PA), September ---
    (
        "en",
        "LONDON (PA) - A financial adviser persuaded more than 2,300 savers to pour £38 million into a property scheme that was in truth a Ponzi fraud, Southwark Crown Court heard.",
        True,
        [("count", 2300, None, "over"), ("money", 38000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Adrian Bellchamber, 57, of Guildford, Surrey, denies 12 counts of fraud.",
        True,
        [("duration", 57, "year", None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutor Caroline Wrexford KC told jurors that Bellchamber promised annual returns of 9% while only about a fifth of the money was ever put into property.",
        True,
        [("percent", 9, "%", None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "The rest, she said, went on paying earlier investors, a villa in the Algarve and a £410,000 yacht.",
        True,
        [("money", 410000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"This was a fraud built on trust and kept alive by lies," Wrexford said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bellchamber's barrister, Oliver Tamworth KC, said his client had believed the scheme was sound and lost his own savings when it collapsed in 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The trial, before Judge Nicholas Ambleside, is expected to last six weeks.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    # --- Mordurteil in Duisburg (dpa/lnw), September ---
    (
        "de",
        "Duisburg (dpa/lnw) - Das Landgericht Duisburg hat einen 46-Jährigen wegen Mordes an seiner Nachbarin zu lebenslanger Haft verurteilt und die besondere Schwere der Schuld festgestellt.",
        True,
        [("duration", 46, "year", None)],
        None,
    ),
    (
        "de",
        "Damit ist eine Entlassung nach 15 Jahren praktisch ausgeschlossen.",
        True,
        [("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Überzeugung der Schwurgerichtskammer erschlug der Mann die 71 Jahre alte Frau im vergangenen Dezember mit einem Hammer, um an ihre Ersparnisse von etwa 23.000 Euro zu kommen.",
        True,
        [("duration", 71, "year", None), ("money", 23000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Vorsitzende Richter Reinhard Ostwaldt sagte, das Handy des Angeklagten sei zur Tatzeit in der Funkzelle rund um das Mehrfamilienhaus eingebucht gewesen.",
        True,
        [],
        "Reinhard Ostwaldt",
    ),
    (
        "de",
        "„Sie haben eine alte Frau, die Ihnen die Tür geöffnet hat, für ein paar Scheine erschlagen“, sagte Ostwaldt an den Angeklagten gewandt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Angeklagte hatte während des 14 Verhandlungstage dauernden Prozesses geschwiegen.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Im Zuschauerraum hielten Angehörige der Getöteten Fotos der Frau in die Höhe, als das Urteil verkündet wurde.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sein Verteidiger kündigte Revision zum Bundesgerichtshof an.",
        True,
        [],
        None,
    ),
    # --- Hedge fund founder convicted (Reuters), September ---
    (
        "en",
        "NEW YORK, Sept 15 (Reuters) - A federal jury in Manhattan on Tuesday convicted Elliot Varnholt, founder of hedge fund Kelderwick Capital, of securities fraud for trading on tips about pending drug approvals.",
        True,
        [("date", "--09-15", None, None)],
        None,
    ),
    (
        "en",
        "Jurors deliberated for about six hours before finding Varnholt, 49, guilty on all nine counts he faced at the two-week trial.",
        True,
        [
            ("duration", 6, "hour", "about"),
            ("duration", 49, "year", None),
            ("count", 9, None, None),
            ("duration", 2, "week", None),
        ],
        None,
    ),
    (
        "en",
        "Prosecutors said the fund made about $27 million in profits and avoided losses by trading ahead of 14 regulatory announcements between 2019 and 2022.",
        True,
        [
            ("money", 27000000, "USD", "about"),
            ("count", 14, None, None),
            ("year", 2019, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Each securities fraud count carries a maximum sentence of 20 years.",
        True,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "Defense lawyer Marcus Feld said his client would appeal.",
        True,
        [],
        "Marcus Feld",
    ),
    (
        "en",
        '"Elliot has always played by the rules, and we are confident a higher court will see that," Feld said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Several of Varnholt's former traders watched from the back of the courtroom as the verdict was read.",
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. District Judge Rosalind Quistgaard set sentencing for Oct. 20.",
        True,
        [("date", "--10-20", None, None)],
        None,
    ),
    # --- Raser vor dem Bezirksgericht Winterthur (Keystone-SDA), September ---
    (
        "de",
        "Winterthur (Keystone-SDA) - Wegen eines qualifizierten groben Verkehrsregelverstosses hat das Bezirksgericht Winterthur einen 24-jährigen Autofahrer zu einer teilbedingten Freiheitsstrafe von 38 Monaten verurteilt.",
        True,
        [("duration", 24, "year", None), ("duration", 38, "month", None)],
        None,
    ),
    (
        "de",
        "Unbedingt vollziehen muss der Mann 14 Monate, der Rest wird bei einer Probezeit von vier Jahren aufgeschoben.",
        True,
        [("duration", 14, "month", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Er war im vergangenen Mai auf der A1 bei Oberwinterthur mit 197 km/h statt der erlaubten 100 km/h geblitzt worden.",
        True,
        [("count", 197, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Der Mann sei bereits 2021 wegen eines Tempodelikts verurteilt worden, sagte Gerichtspräsidentin Monika Stüssi-Brunner.",
        True,
        [("year", 2021, None, None)],
        "Monika Stüssi-Brunner",
    ),
    (
        "de",
        "Das Gericht zog zudem sein Auto ein und auferlegte ihm Verfahrenskosten von rund 14'500 Franken.",
        True,
        [("money", 14500, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der Staatsanwalt hatte eine unbedingte Strafe von 42 Monaten verlangt.",
        True,
        [("duration", 42, "month", None)],
        None,
    ),
    (
        "de",
        "«Wer so fährt, nimmt den Tod anderer bewusst in Kauf», sagte Stüssi-Brunner bei der Urteilseröffnung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verteidiger liess offen, ob er das Urteil ans Obergericht weiterzieht.",
        False,
        [],
        None,
    ),
    # --- Knife murder in Salford sentenced (PA), September ---
    (
        "en",
        "MANCHESTER (PA) - A teenager who stabbed a 20-year-old man to death outside a takeaway in Salford will spend a minimum of 18 years behind bars after receiving a life term.",
        True,
        [("duration", 20, "year", None), ("duration", 18, "year", None)],
        None,
    ),
    (
        "en",
        "Reece Gammidge, 19, was convicted of murder by a jury at Manchester Crown Court after deliberating for just under nine hours.",
        True,
        [("duration", 19, "year", None), ("duration", 9, "hour", "under")],
        None,
    ),
    (
        "en",
        "Kyle Prestwood suffered four stab wounds in the attack last February, the court heard.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Gammidge's co-defendant, Dean Holtby, 20, was cleared of the murder charge; jurors instead convicted him of manslaughter, for which he received seven years and four months.",
        True,
        [("duration", 20, "year", None), ("duration", 7, "year", None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "en",
        "Detective Chief Inspector Hannah Pilsworth of Greater Manchester Police said officers had reviewed more than 300 hours of CCTV footage.",
        True,
        [("duration", 300, "hour", "over")],
        "Hannah Pilsworth",
    ),
    (
        "en",
        '"Kyle was the kindest boy you could ever meet, and our family will never be whole again," his mother said in a victim impact statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Judge Alison Trembath said Gammidge had shown "not a flicker of remorse" from his arrest to the verdict.',
        False,
        [],
        None,
    ),
    # --- Hundebiss vor dem Amtsgericht Tiergarten (dpa/bb), September ---
    (
        "de",
        "Berlin (dpa/bb) - Weil ihr nicht angeleinter Hund ein Kind schwer gebissen hat, ist eine 52-jährige Hundehalterin vom Amtsgericht Tiergarten wegen fahrlässiger Körperverletzung verurteilt worden.",
        True,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "Verhängt wurde eine Geldstrafe von 90 Tagessätzen zu je 35 Euro, teilte eine Gerichtssprecherin mit.",
        True,
        [("count", 90, None, None), ("money", 35, "EUR", None)],
        "eine Gerichtssprecherin",
    ),
    (
        "de",
        "Die Frau muss dem damals sechsjährigen Jungen außerdem 4.000 Euro Schmerzensgeld zahlen.",
        True,
        [("duration", 6, "year", None), ("money", 4000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Rottweiler hatte den Jungen im Juli 2024 auf einem Spielplatz in Neukölln angefallen und ihn im Gesicht verletzt.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Das Kind musste nach Angaben der Staatsanwaltschaft zweimal operiert werden.",
        True,
        [("count", 2, None, None)],
        "die Staatsanwaltschaft",
    ),
    (
        "de",
        "Die Angeklagte hatte eingeräumt, den Hund trotz einer behördlichen Leinenpflicht frei laufen gelassen zu haben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Angeklagte sagte, es tue ihr unendlich leid, was passiert sei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Vater des Jungen nannte die Strafe „lächerlich gering“.",
        False,
        [],
        None,
    ),
    # --- Fly-tipping director's suspended sentence (PA), September ---
    (
        "en",
        "CARDIFF (PA) - A company director who dumped more than 1,200 tonnes of waste on farmland in the Vale of Glamorgan has been given a two-year prison sentence suspended for 18 months.",
        True,
        [("count", 1200, None, "over"), ("duration", 2, "year", None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Gareth Penrhiw, 44, must also complete 200 hours of unpaid work and was disqualified from acting as a company director for seven years.",
        True,
        [("duration", 44, "year", None), ("duration", 200, "hour", None), ("duration", 7, "year", None)],
        None,
    ),
    (
        "en",
        "Cardiff Crown Court heard that his firm charged builders about £85 a load to take away rubble, plastics and asbestos sheeting between 2021 and 2023.",
        True,
        [("money", 85, "GBP", "about"), ("year", 2021, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Clearing the site will cost an estimated £640,000, Natural Resources Wales said.",
        True,
        [("money", 640000, "GBP", "about")],
        "Natural Resources Wales",
    ),
    (
        "en",
        "Penrhiw, who pleaded guilty to four offences under environmental law, was ordered to pay £22,500 in costs.",
        True,
        [("count", 4, None, None), ("money", 22500, "GBP", None)],
        None,
    ),
    (
        "en",
        "His barrister said Penrhiw had sold his house to pay back part of the clean-up bill.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Anyone who treats the countryside as a rubbish tip will be found and punished," a spokesperson for the regulator said.',
        False,
        [],
        None,
    ),
    # --- Geschworenenprozess in Graz (APA), September ---
    (
        "de",
        "Graz (APA) - Wegen versuchten Mordes an seiner früheren Lebensgefährtin ist ein 35-jähriger Steirer am Grazer Straflandesgericht zu 16 Jahren Haft verurteilt worden.",
        True,
        [("duration", 35, "year", None), ("duration", 16, "year", None)],
        None,
    ),
    (
        "de",
        "Mit 7:1 Stimmen sprachen die acht Geschworenen den Mann des Mordversuchs schuldig.",
        True,
        [("count", 7, None, None), ("count", 1, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Der Mann hatte der 29-Jährigen laut Anklage im März in ihrer Wohnung mehrere Messerstiche zugefügt, eine Nachbarin alarmierte die Polizei.",
        True,
        [("duration", 29, "year", None)],
        None,
    ),
    (
        "de",
        "Die Frau habe zwei Notoperationen gebraucht, um zu überleben, sagte Staatsanwalt Christoph Hötzendorfer.",
        True,
        [("count", 2, None, None)],
        "Christoph Hötzendorfer",
    ),
    (
        "de",
        "Sie erhält als Privatbeteiligte 25.000 Euro Teilschmerzengeld.",
        True,
        [("money", 25000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ich erkenne mich selbst nicht wieder“, sagte der Angeklagte in seinem Schlusswort.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verteidigerin Sandra Wögenstein erbat drei Tage Bedenkzeit, die Staatsanwaltschaft gab keine Erklärung ab.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Das Urteil ist daher nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    # --- Georgia jury award against a landlord (AP), September ---
    (
        "en",
        "ATLANTA (AP) — A Georgia jury has ordered the owner of an apartment complex to pay $48.5 million to the family of a tenant who was shot dead in a parking lot where security cameras had been broken for months.",
        True,
        [("money", 48500000, "USD", None)],
        None,
    ),
    (
        "en",
        "The Fulton County jury found Thornleigh Residential 70% responsible for the death of Marcus Dorsainvil, 31, and assigned the rest to the gunman, who has never been identified.",
        True,
        [("percent", 70, "%", None), ("duration", 31, "year", None)],
        None,
    ),
    (
        "en",
        "Under Georgia law, that could reduce what the company actually pays to about $34 million, lawyers for the family said.",
        True,
        [("money", 34000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Residents had filed at least 22 complaints about crime at the complex in the two years before the shooting, according to evidence presented at trial.",
        True,
        [("count", 22, None, "at_least"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        '"Today the jury told every landlord in Georgia that a tenant\'s life is worth more than a broken camera," family attorney Tameka Boswell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Thornleigh Residential said it would appeal and called the verdict "excessive and unsupported by the evidence."',
        True,
        [],
        "Thornleigh Residential",
    ),
    # --- Freispruch nach Lawinenunglück (APA), September ---
    (
        "de",
        "Innsbruck (APA) - Ein 48-jähriger Bergführer ist am Landesgericht Innsbruck vom Vorwurf der grob fahrlässigen Tötung nach einem Lawinenabgang im Ötztal freigesprochen worden.",
        True,
        [("duration", 48, "year", None)],
        None,
    ),
    (
        "de",
        "Bei dem Unglück im Februar 2024 waren zwei deutsche Skitourengeher im Alter von 39 und 42 Jahren ums Leben gekommen.",
        True,
        [
            ("year", 2024, None, None),
            ("count", 2, None, None),
            ("duration", 39, "year", None),
            ("duration", 42, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Richterin Andrea Tschugmell sagte, die Lawinenwarnstufe sei an diesem Tag bei drei von fünf gelegen und der Bergführer habe die Route sorgfältig geplant.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        "Andrea Tschugmell",
    ),
    (
        "de",
        "Ein Sachverständiger hatte ausgesagt, das Schneebrett sei von einer anderen Gruppe rund 200 Meter weiter oben ausgelöst worden.",
        True,
        [("count", 200, None, "about")],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte eine bedingte Freiheitsstrafe von zwölf Monaten gefordert.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Bruder eines der Toten sagte, er könne das Urteil nicht nachvollziehen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Alpinvereine hatten den Prozess mit Sorge verfolgt, weil sie eine Verschärfung der Haftung für Bergführer befürchten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Anklagebehörde gab keine Erklärung ab, der Freispruch ist somit nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    # --- Akron murder trial opens (AP), September ---
    (
        "en",
        "AKRON, Ohio (AP) — A former youth football coach shot his business partner at close range and then spent two days trying to make the killing look like a robbery, prosecutors said Monday as his murder trial opened.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Travis Eggleston, 38, has pleaded not guilty to aggravated murder, tampering with evidence and two other charges in the death of Curtis Rambeau, 41.",
        True,
        [("duration", 38, "year", None), ("count", 2, None, None), ("duration", 41, "year", None)],
        None,
    ),
    (
        "en",
        "Summit County Prosecutor Lorraine Vick said investigators found gunshot residue on a jacket recovered from Eggleston's truck.",
        True,
        [],
        "Lorraine Vick",
    ),
    (
        "en",
        "Defense attorney Samuel Koutsoudis said there was no murder weapon, no eyewitness and no confession.",
        True,
        [],
        "Samuel Koutsoudis",
    ),
    (
        "en",
        '"This case is built on suspicion, and suspicion is not proof," Koutsoudis told the jury.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rambeau's widow wiped away tears as prosecutors showed photographs of the scene.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Jury selection took three days, and the trial is expected to last about two weeks.",
        True,
        [("duration", 3, "day", None), ("duration", 2, "week", "about")],
        None,
    ),
    # --- Prozessauftakt gegen Ex-Bürgermeister in Korneuburg (APA), September ---
    (
        "de",
        "Korneuburg (APA) - Am Landesgericht Korneuburg hat am Dienstag der Prozess gegen den früheren Bürgermeister einer Weinviertler Marktgemeinde und drei Mitangeklagte begonnen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Staatsanwältin Ulrike Pramreiter sagte zum Auftakt, der 61-Jährige habe Aufträge gezielt in Tranchen unter 100.000 Euro aufgeteilt, um eine Ausschreibung zu umgehen.",
        True,
        [("duration", 61, "year", None), ("money", 100000, "EUR", "under")],
        "Ulrike Pramreiter",
    ),
    (
        "de",
        "In 37 Fällen seien Rechnungen nachträglich aufgesplittet worden.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "„Ich habe immer nur das getan, was für die Gemeinde das Beste war“, sagte der Angeklagte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Er bekannte sich nicht schuldig.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der mitangeklagte Schwager räumte ein, zwei Rechnungen über zusammen 84.000 Euro für nie erbrachte Leistungen gestellt zu haben.",
        True,
        [("count", 2, None, None), ("money", 84000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für den Prozess sind fünf Verhandlungstage angesetzt, ein Urteil könnte am 13. Oktober fallen.",
        True,
        [("count", 5, None, None), ("date", "--10-13", None, None)],
        None,
    ),
    # --- Shareholder settlement in Boston (Reuters), September ---
    (
        "en",
        "BOSTON, Sept 29 (Reuters) - Vessaro Biosciences has agreed to pay $215 million to settle a shareholder lawsuit accusing it of concealing safety problems in a late-stage study of its main heart drug, according to a court filing on Tuesday.",
        True,
        [("date", "--09-29", None, None), ("money", 215000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The deal still needs the approval of U.S. District Judge Philip Raikes-Lowry and would rank among the 10 largest securities class action settlements this year.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Shareholders said Vessaro's stock lost about 62% of its value in two days in March 2024 after the company disclosed that four patients had died.",
        True,
        [
            ("percent", 62, "%", "about"),
            ("duration", 2, "day", None),
            ("year", 2024, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "Lawyers for the class plan to seek fees of up to 25% of the settlement fund, the filing shows.",
        True,
        [("percent", 25, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Vessaro denied wrongdoing in agreeing to settle.",
        True,
        [],
        None,
    ),
    (
        "en",
        'A Vessaro spokeswoman said the company was "pleased to put this matter behind us" and remained focused on patients.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Ravensholt Securities said they doubted the payment would slow the company's recovery.",
        False,
        [],
        None,
    ),
    # --- Haulage firm fined after a death (PA), September ---
    (
        "en",
        "EDINBURGH (PA) - A haulage firm has been fined £850,000 after a worker was crushed to death between two lorries at its depot in West Lothian.",
        True,
        [("money", 850000, "GBP", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Carrongrove Haulage Ltd admitted two breaches of health and safety law at a hearing at Livingston Sheriff Court.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The court heard that Ian Drummuir, 58, had worked for the company for 23 years and was guiding a reversing vehicle when he was struck in November 2023.",
        True,
        [("duration", 58, "year", None), ("duration", 23, "year", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "An investigation by the Health and Safety Executive found the yard had no marked walkways and a lorry's reversing camera had been faulty for at least three weeks.",
        True,
        [("duration", 3, "week", "at_least")],
        None,
    ),
    (
        "en",
        "Sheriff Graham Dunnet said two drivers had reported the faulty camera in writing weeks before the accident.",
        True,
        [("count", 2, None, None)],
        "Graham Dunnet",
    ),
    (
        "en",
        '"No fine can bring back a husband and a father," Drummuir\'s widow said outside court.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company said it had since spent more than £200,000 on new safety measures at its three depots.",
        True,
        [("money", 200000, "GBP", "over"), ("count", 3, None, None)],
        "the company",
    ),
    # --- BGH hebt Urteil nach tödlicher Flucht auf (dpa), Oktober ---
    (
        "de",
        "Karlsruhe (dpa) - Ein Autofahrer, der auf der Flucht vor einer Polizeikontrolle in Oldenburg zwei Fußgänger totgefahren hatte, muss sich erneut vor Gericht verantworten.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Landgericht Oldenburg hatte den heute 31-Jährigen im vergangenen Jahr wegen fahrlässiger Tötung mit vier Jahren und drei Monaten Haft bestraft.",
        True,
        [("duration", 31, "year", None), ("duration", 4, "year", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Der 4. Strafsenat hob das Urteil auf, weil die Kammer einen bedingten Tötungsvorsatz nicht ausreichend geprüft habe, teilte der Bundesgerichtshof am Donnerstag mit.",
        True,
        [("ordinal", 4, None, None)],
        "der Bundesgerichtshof",
    ),
    (
        "de",
        "Der Mann war nach den Feststellungen des Landgerichts mit bis zu 130 Kilometern pro Stunde durch die Innenstadt gerast.",
        True,
        [("count", 130, None, "up_to")],
        None,
    ),
    (
        "de",
        "Nun muss eine andere Strafkammer den Fall neu verhandeln, dem Angeklagten droht dann auch eine Verurteilung wegen Mordes.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Eltern einer der beiden Getöteten zeigten sich erleichtert über die Entscheidung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wann der neue Prozess beginnt, steht noch nicht fest.",
        False,
        [],
        None,
    ),
    # --- Betrug mit Corona-Tests in Augsburg (dpa/lby), Oktober ---
    (
        "de",
        "Augsburg (dpa/lby) - Wegen Abrechnungsbetrugs mit Corona-Tests hat das Landgericht Augsburg gegen den Betreiber mehrerer Testzentren fünf Jahre und neun Monate Haft verhängt.",
        True,
        [("duration", 5, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Der 38-Jährige hatte nach Überzeugung der Kammer zwischen Juni 2021 und Februar 2023 rund 412.000 Tests abgerechnet, die nie stattgefunden haben.",
        True,
        [
            ("duration", 38, "year", None),
            ("year", 2021, None, None),
            ("year", 2023, None, None),
            ("count", 412000, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Der Schaden für den Bund beläuft sich auf knapp 4,9 Millionen Euro.",
        True,
        [("money", 4900000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Das Gericht ordnete die Einziehung von 3,1 Millionen Euro an, zwei Wohnungen in Augsburg waren bereits beschlagnahmt worden.",
        True,
        [("money", 3100000, "EUR", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Angeklagte hatte am ersten Verhandlungstag ein Teilgeständnis abgelegt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Verteidigerin Julia Hainzinger sagte, ihr Mandant habe die Abrechnungen nicht allein erstellt, ein früherer Mitarbeiter sei ebenfalls beteiligt gewesen.",
        True,
        [],
        "Julia Hainzinger",
    ),
    (
        "de",
        "„Wer in der Pandemie den Staat ausplündert, hat keine Milde verdient“, sagte der Vorsitzende Richter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte sechs Jahre und sechs Monate gefordert.",
        True,
        [("duration", 6, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    # --- Court of Appeal cuts a trader's term (Reuters), October ---
    (
        "en",
        "LONDON, Oct 6 (Reuters) - England's Court of Appeal on Tuesday cut the prison sentence of a former commodities trader convicted of rigging benchmark prices from 11 years to eight years.",
        True,
        [("date", "--10-06", None, None), ("duration", 11, "year", None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "en",
        "Three judges ruled that the original sentence had not properly reflected Simon Trevallion's poor health and his role caring for his wife.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Trevallion, 63, was convicted in 2023 of conspiracy to defraud after a 12-week trial at Southwark Crown Court.",
        True,
        [("duration", 63, "year", None), ("year", 2023, None, None), ("duration", 12, "week", None)],
        None,
    ),
    (
        "en",
        "Prosecutors said he and others had manipulated the price of a palladium index on at least 40 occasions between 2014 and 2017.",
        True,
        [("count", 40, None, "at_least"), ("year", 2014, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "The court dismissed his separate appeal against conviction.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Trevallion\'s lawyer, Helena Castro, said her client was "relieved but still maintains his innocence."',
        False,
        [],
        None,
    ),
    (
        "en",
        "With time already served, he could be released on licence in about two years, the Crown Prosecution Service said.",
        True,
        [("duration", 2, "year", "about")],
        "the Crown Prosecution Service",
    ),
    (
        "en",
        "Campaigners for carers welcomed the ruling as overdue recognition of the burden they carry.",
        False,
        [],
        None,
    ),
    # --- Geldwäscherei vor dem Bundesstrafgericht (Keystone-SDA), Oktober ---
    (
        "de",
        "Bellinzona (Keystone-SDA) - Ein früherer Kundenberater einer Genfer Privatbank ist vom Bundesstrafgericht wegen qualifizierter Geldwäscherei zu einer bedingten Freiheitsstrafe von 22 Monaten bei einer Probezeit von zwei Jahren verurteilt worden.",
        True,
        [("duration", 22, "month", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Der 54-Jährige hatte nach Auffassung des Gerichts zwischen 2015 und 2019 rund 31 Millionen Franken aus einem Korruptionsfall in Südamerika über Konten in der Schweiz weitergeleitet.",
        True,
        [
            ("duration", 54, "year", None),
            ("year", 2015, None, None),
            ("year", 2019, None, None),
            ("money", 31000000, "CHF", "about"),
        ],
        None,
    ),
    (
        "de",
        "Zudem muss er dem Bund eine Ersatzforderung von 450'000 Franken bezahlen.",
        True,
        [("money", 450000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Bundesanwaltschaft hatte eine teilbedingte Strafe von 32 Monaten verlangt.",
        True,
        [("duration", 32, "month", None)],
        None,
    ),
    (
        "de",
        "Der Verteidiger sprach von einem «Urteil mit Augenmass».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Urteil kann innert 30 Tagen beim Bundesgericht angefochten werden, wie das Bundesstrafgericht mitteilte.",
        True,
        [("duration", 30, "day", None)],
        "das Bundesstrafgericht",
    ),
    (
        "de",
        "Ob die Bundesanwaltschaft den Entscheid weiterzieht, liess ein Sprecher offen.",
        False,
        [],
        None,
    ),
    # --- Ponzi adviser convicted (PA), October ---
    (
        "en",
        "LONDON (PA) - A financial adviser who took £38 million from more than 2,300 savers has been found guilty of running a Ponzi-style fraud.",
        True,
        [("money", 38000000, "GBP", None), ("count", 2300, None, "over")],
        None,
    ),
    (
        "en",
        "A jury at Southwark Crown Court convicted Adrian Bellchamber, 57, on 10 of the 12 fraud counts by a majority of 11 to one after more than 14 hours of deliberation.",
        True,
        [
            ("duration", 57, "year", None),
            ("count", 10, None, None),
            ("count", 12, None, None),
            ("count", 11, None, None),
            ("count", 1, None, None),
            ("duration", 14, "hour", "over"),
        ],
        None,
    ),
    (
        "en",
        "He was cleared of the remaining two counts.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Judge Nicholas Ambleside remanded him in custody and adjourned sentencing until 23 October.",
        True,
        [("date", "--10-23", None, None)],
        None,
    ),
    (
        "en",
        "Several investors wept in the public gallery as the verdicts were read.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Detective Inspector Rachel Addae-Mensah of the City of London Police said officers had traced payments through 47 bank accounts in four countries.",
        True,
        [("count", 47, None, None), ("count", 4, None, None)],
        "Rachel Addae-Mensah",
    ),
    (
        "en",
        '"He looked people in the eye and stole their futures," Addae-Mensah said.',
        False,
        [],
        None,
    ),
    # --- Schleuserprozess in Frankfurt (dpa/lhe), Oktober ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Vor dem Landgericht Frankfurt hat der Prozess gegen sechs mutmaßliche Mitglieder eines Schleusernetzwerks begonnen.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Männer im Alter von 27 bis 52 Jahren sollen laut Anklage zwischen Herbst 2022 und Frühjahr 2024 mehr als 1.100 Menschen in Kleintransportern über die Balkanroute nach Deutschland gebracht haben.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 52, "year", None),
            ("year", 2022, None, None),
            ("year", 2024, None, None),
            ("count", 1100, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Pro Person hätten die Migranten bis zu 4.500 Euro gezahlt, sagte Oberstaatsanwalt Henning Sauerwald zum Prozessauftakt.",
        True,
        [("money", 4500, "EUR", "up_to")],
        "Henning Sauerwald",
    ),
    (
        "de",
        "Bei einer Fahrt im August 2023 waren in einem Transporter 31 Menschen auf engstem Raum eingepfercht, darunter neun Kinder.",
        True,
        [("year", 2023, None, None), ("count", 31, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Anklageschrift umfasst 486 Seiten.",
        True,
        [("count", 486, None, None)],
        None,
    ),
    (
        "de",
        "Zwei der Angeklagten kündigten über ihre Anwälte Geständnisse an.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Verteidiger hielten die Anklage in weiten Teilen für überzogen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis Ende Januar sind zunächst 24 Verhandlungstage geplant.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    # --- County treasurer sentenced in Nebraska (AP), October ---
    (
        "en",
        "OMAHA, Neb. (AP) — A former county treasurer in rural Nebraska was sentenced Thursday to five years in federal prison for stealing more than $3.4 million of public money over nine years.",
        True,
        [("duration", 5, "year", None), ("money", 3400000, "USD", "over"), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "Glenda Huisman, 59, pleaded guilty in May to wire fraud and filing a false tax return.",
        True,
        [("duration", 59, "year", None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Warren Kallstrom also ordered her to pay $3.4 million in restitution and placed her on supervised release for three years.",
        True,
        [("money", 3400000, "USD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Prosecutors said Huisman used the money to pay off credit cards, buy two racehorses and cover gambling losses at casinos in Iowa.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"I betrayed the people who trusted me, and I will spend the rest of my life trying to make it right," Huisman told the court.',
        False,
        [],
        None,
    ),
    (
        "en",
        "County commissioners said the losses had forced them to raise the county's levy by 4% last year.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Several residents told local television they felt betrayed by someone they had known for decades.",
        False,
        [],
        None,
    ),
    # --- Schwarzarbeit am Bau in Hannover (dpa/lni), Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - Wegen Sozialversicherungsbetrugs in großem Stil muss ein Bauunternehmer aus der Region Hannover für drei Jahre und neun Monate ins Gefängnis.",
        True,
        [("duration", 3, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Der 56-Jährige habe über sechs Jahre hinweg bis zu 80 Arbeiter schwarz beschäftigt und Sozialabgaben von rund 2,7 Millionen Euro vorenthalten, urteilte das Landgericht Hannover.",
        True,
        [
            ("duration", 56, "year", None),
            ("duration", 6, "year", None),
            ("count", 80, None, "up_to"),
            ("money", 2700000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Die Ermittlungen hatten im Frühjahr 2023 mit Durchsuchungen auf 14 Baustellen begonnen.",
        True,
        [("year", 2023, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Zolls wurden dabei rund 210.000 Euro Bargeld sichergestellt.",
        True,
        [("money", 210000, "EUR", "about")],
        "der Zoll",
    ),
    (
        "de",
        "Der Angeklagte hatte die Vorwürfe über seinen Verteidiger weitgehend eingeräumt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seine Ehefrau, die die Buchhaltung geführt hatte, erhielt eine Bewährungsstrafe von 22 Monaten.",
        True,
        [("duration", 22, "month", None)],
        None,
    ),
    (
        "de",
        "Ein Gewerkschaftssprecher nannte Schwarzarbeit am Bau ein „Geschäftsmodell auf Kosten der Ehrlichen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Urteil ist nicht rechtskräftig, beide Seiten können Revision einlegen.",
        True,
        [],
        None,
    ),
    # --- Terror plotter jailed at the Old Bailey (PA), October ---
    (
        "en",
        "LONDON (PA) - A 22-year-old man who researched how to build a drone bomb and scouted a military base has been jailed for 12 years at the Old Bailey.",
        True,
        [("duration", 22, "year", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Jordan Carnsew, of Luton, was convicted in August of preparing acts of terrorism following a four-week trial.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    (
        "en",
        "Mrs Justice Wetherden handed him an extended sentence, meaning he must serve at least two-thirds of the term in custody and a further five years on licence.",
        True,
        [("fraction", 0.6667, None, "at_least"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Police found 36 gigabytes of extremist material on his devices, including 14 bomb-making manuals, the court heard.",
        True,
        [("count", 36, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Commander Dominic Rushbury of the Metropolitan Police said Carnsew had been arrested three days before he planned to fly a drone over the base.",
        True,
        [("duration", 3, "day", None)],
        "Dominic Rushbury",
    ),
    (
        "en",
        '"He was a danger to the public and, in our view, he still is," Rushbury said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'In a statement, Carnsew\'s family said he had been "groomed online by people who should be in the dock beside him."',
        False,
        [],
        None,
    ),
    # --- Urteil gegen Ex-Bürgermeister in Korneuburg (APA), Oktober ---
    (
        "de",
        "Korneuburg (APA) - Der frühere Bürgermeister einer Weinviertler Marktgemeinde ist am Landesgericht Korneuburg wegen Untreue zu zweieinhalb Jahren Haft verurteilt worden, zehn Monate davon unbedingt.",
        True,
        [("duration", 2.5, "year", None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "de",
        "Vom Vorwurf des Amtsmissbrauchs in vier Fällen sprach ihn der Schöffensenat frei.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der 61-Jährige muss der Gemeinde außerdem 540.000 Euro Schadenersatz zahlen.",
        True,
        [("duration", 61, "year", None), ("money", 540000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Sein Schwager erhielt 18 Monate bedingt, die beiden Gemeindebediensteten wurden freigesprochen.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "de",
        "„Sie haben die Gemeinde behandelt, als wäre sie Ihr Privatbetrieb“, sagte die Vorsitzende bei der Urteilsbegründung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verteidiger Norbert Kaltschmid meldete umgehend Nichtigkeitsbeschwerde und Berufung an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Staatsanwältin gab keine Erklärung ab, das Urteil ist daher nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    # --- Schmerzensgeld nach Lkw-Unfall, OLG Hamm (dpa/lnw), Oktober ---
    (
        "de",
        "Hamm (dpa/lnw) - Eine Radfahrerin, die bei einem Unfall mit einem abbiegenden Lastwagen schwer verletzt wurde, erhält 90.000 Euro Schmerzensgeld.",
        True,
        [("money", 90000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Oberlandesgericht Hamm erhöhte damit die Summe, die das Landgericht Bochum in erster Instanz zugesprochen hatte, um 30.000 Euro.",
        True,
        [("ordinal", 1, None, None), ("money", 30000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die heute 34-jährige Frau hatte bei dem Unfall im Oktober 2022 ein Bein verloren und lag fünf Wochen im Krankenhaus.",
        True,
        [("duration", 34, "year", None), ("year", 2022, None, None), ("duration", 5, "week", None)],
        None,
    ),
    (
        "de",
        "Der Senat berücksichtigte nach Angaben des Gerichts auch, dass sie ihren Beruf als Physiotherapeutin nicht mehr ausüben kann.",
        True,
        [],
        "das Gericht",
    ),
    (
        "de",
        "Eine Revision zum Bundesgerichtshof ließ der 7. Zivilsenat nicht zu.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Ihr Anwalt sagte, kein Geld der Welt mache ihren Alltag wieder so, wie er vorher war.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Versicherung der Spedition die Summe ohne weiteren Streit überweist, blieb zunächst offen.",
        False,
        [],
        None,
    ),
    # --- Akron murder verdict (AP), October ---
    (
        "en",
        "AKRON, Ohio (AP) — A jury on Thursday convicted a former youth football coach of aggravated murder in the shooting death of his business partner.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Jurors reached the verdict against Travis Eggleston, 38, on the ninth day of the trial after deliberating for about five hours.",
        True,
        [("duration", 38, "year", None), ("ordinal", 9, None, None), ("duration", 5, "hour", "about")],
        None,
    ),
    (
        "en",
        "They acquitted him of one count of tampering with evidence.",
        True,
        [("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors said Eggleston owed Rambeau about $180,000 from the sale of the sporting goods store they had run together.",
        True,
        [("money", 180000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Eggleston faces a mandatory life sentence, with parole eligibility after 18, 24 or 28 years, or life without parole.",
        True,
        [("duration", 18, "year", None), ("duration", 24, "year", None), ("duration", 28, "year", None)],
        None,
    ),
    (
        "en",
        "Summit County Common Pleas Judge Kathleen Dreisbach scheduled sentencing for Nov. 12.",
        True,
        [("date", "--11-12", None, None)],
        None,
    ),
    (
        "en",
        "Rambeau's sister hugged prosecutors in the hallway after the verdict was read.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Koutsoudis said he would file an appeal.",
        True,
        [],
        "Koutsoudis",
    ),
    # --- Mistrial in Tulsa (AP), October ---
    (
        "en",
        "TULSA, Okla. (AP) — A judge declared a mistrial Friday in the manslaughter trial of a former Tulsa police officer after jurors said they could not reach a unanimous verdict.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Jurors had deliberated for more than 16 hours over three days and told the judge they were split 8-4.",
        True,
        [
            ("duration", 16, "hour", "over"),
            ("duration", 3, "day", None),
            ("count", 8, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "Derek Vanlandingham, 33, was charged with first-degree manslaughter in the death of Andre Pettaway, 26, who was shot during a traffic stop in March 2024.",
        True,
        [("duration", 33, "year", None), ("duration", 26, "year", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Body camera video showed Vanlandingham fired five shots in less than two seconds.",
        True,
        [("count", 5, None, None), ("duration", 2, "second", "under")],
        None,
    ),
    (
        "en",
        "Defense attorney Lyle Tuggle said the officer had feared Pettaway was reaching for a gun.",
        True,
        [],
        "Lyle Tuggle",
    ),
    (
        "en",
        "District Attorney Renee Castellaw said her office had not yet decided whether to try Vanlandingham again.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"We are not going anywhere, and neither is the truth about what happened to Andre," the Pettaway family\'s attorney said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vanlandingham, who was fired by the department in 2024, has been free on a $150,000 bond.",
        True,
        [("year", 2024, None, None), ("money", 150000, "USD", None)],
        None,
    ),
    # --- Landesverweisung bestätigt, Bundesgericht (Keystone-SDA), Oktober ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Das Bundesgericht hat die Landesverweisung eines Kosovaren bestätigt, der in Basel wiederholt Kokain verkauft hatte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 29-Jährige muss die Schweiz damit für sieben Jahre verlassen, wie das Bundesgericht am Montag mitteilte.",
        True,
        [("duration", 29, "year", None), ("duration", 7, "year", None)],
        "das Bundesgericht",
    ),
    (
        "de",
        "Das Basler Strafgericht hatte ihn im Jahr 2024 wegen Verbrechens gegen das Betäubungsmittelgesetz zu 34 Monaten Freiheitsstrafe verurteilt.",
        True,
        [("year", 2024, None, None), ("duration", 34, "month", None)],
        None,
    ),
    (
        "de",
        "Er hatte laut Urteil innert 14 Monaten rund 1,6 Kilogramm Kokain verkauft.",
        True,
        [("duration", 14, "month", None), ("count", 1.6, None, "about")],
        None,
    ),
    (
        "de",
        "Der Mann hatte geltend gemacht, er lebe seit 19 Jahren in der Schweiz und habe hier zwei Kinder.",
        True,
        [("duration", 19, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Anwältin des Mannes sprach von einem «unmenschlichen Entscheid».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Menschenrechtsorganisationen kritisieren die Praxis der Landesverweisungen seit langem als zu hart.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gegen das Urteil aus Lausanne gibt es kein Rechtsmittel mehr.",
        True,
        [],
        None,
    ),
    # --- Hedge fund founder sentenced (Reuters), October ---
    (
        "en",
        "NEW YORK, Oct 20 (Reuters) - Hedge fund founder Elliot Varnholt was sentenced on Tuesday to six and a half years in prison for trading on confidential tips about U.S. drug approvals.",
        True,
        [("date", "--10-20", None, None), ("duration", 6.5, "year", None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Rosalind Quistgaard also ordered Varnholt to forfeit $19.8 million and pay a $2 million fine.",
        True,
        [("money", 19800000, "USD", None), ("money", 2000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Prosecutors had asked for at least 10 years, while the defense sought 30 months.",
        True,
        [("duration", 10, "year", "at_least"), ("duration", 30, "month", None)],
        None,
    ),
    (
        "en",
        "Quistgaard said Varnholt had recruited an aide at the regulator to feed him information and paid her more than $600,000 in cash.",
        True,
        [("money", 600000, "USD", "over")],
        "Quistgaard",
    ),
    (
        "en",
        '"Greed is not a business strategy," Quistgaard said as she imposed the sentence.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The aide, who pleaded guilty and testified at trial, was sentenced in September to 18 months.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "His lawyers said they had filed a notice of appeal with the 2nd U.S. Circuit Court of Appeals.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Verurteiltenstatistik (dpa), Oktober ---
    (
        "de",
        "Wiesbaden (dpa) - Die Gerichte in Deutschland haben im vergangenen Jahr rund 612.000 Menschen rechtskräftig verurteilt, 2,3 Prozent mehr als im Jahr davor.",
        True,
        [("count", 612000, None, "about"), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Das teilte das Statistische Bundesamt am Dienstag mit.",
        True,
        [],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "In gut 74 Prozent der Fälle verhängten die Richterinnen und Richter eine Geldstrafe, meist zwischen 16 und 90 Tagessätzen.",
        True,
        [("percent", 74, "%", "over"), ("count", 16, None, None), ("count", 90, None, None)],
        None,
    ),
    (
        "de",
        "Knapp 93.000 Verurteilte erhielten eine Freiheitsstrafe, bei gut der Hälfte davon wurde sie zur Bewährung ausgesetzt.",
        True,
        [("count", 93000, None, "nearly"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Jeder fünfte Verurteilte war jünger als 25 Jahre.",
        True,
        [("fraction", 0.2, None, None), ("duration", 25, "year", "under")],
        None,
    ),
    (
        "de",
        "Im Schnitt dauerte ein Strafverfahren vor den Amtsgerichten zuletzt 8,4 Monate.",
        True,
        [("duration", 8.4, "month", None)],
        None,
    ),
    (
        "de",
        "Der Deutsche Richterbund hält die Zahlen für ein Alarmsignal, weil die Verfahren zugleich immer länger dauerten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie sich die Zahlen in diesem Jahr entwickeln, wollte die Behörde nicht vorhersagen.",
        False,
        [],
        None,
    ),
    # --- Defamation award in Delaware (Reuters), October ---
    (
        "en",
        "WILMINGTON, Del., Oct 21 (Reuters) - A Delaware jury on Wednesday ordered podcast network Lanternfish Media to pay $96 million to medical device maker Novacord Surgical over episodes that falsely claimed its heart pumps had killed hundreds of patients.",
        True,
        [("date", "--10-21", None, None), ("money", 96000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The award includes $71 million in compensatory damages and $25 million in punitive damages.",
        True,
        [("money", 71000000, "USD", None), ("money", 25000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The jury of seven women and five men deliberated for two days after a three-week trial in Delaware Superior Court.",
        True,
        [
            ("count", 7, None, None),
            ("count", 5, None, None),
            ("duration", 2, "day", None),
            ("duration", 3, "week", None),
        ],
        None,
    ),
    (
        "en",
        "Novacord said the episodes, downloaded more than 4 million times, had led hospitals to cancel orders worth about $140 million.",
        True,
        [("count", 4000000, None, "over"), ("money", 140000000, "USD", "about")],
        "Novacord",
    ),
    (
        "en",
        "Lanternfish said it would ask the judge to reduce the award and would appeal if necessary.",
        True,
        [],
        "Lanternfish",
    ),
    (
        "en",
        '"This verdict is a warning to every journalist who dares to ask hard questions," Lanternfish host Brody Fenstermaker said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Legal experts said the punitive award could face scrutiny on appeal.",
        False,
        [],
        None,
    ),
    # --- Ponzi adviser sentenced (PA), October ---
    (
        "en",
        "LONDON (PA) - A financial adviser who ran a £38 million Ponzi-style scheme has been jailed for nine years and six months.",
        True,
        [("money", 38000000, "GBP", None), ("duration", 9, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        'Judge Nicholas Ambleside told Bellchamber he had caused "misery on an industrial scale" to people who trusted him.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Investors lost a total of about £24.6 million, the court heard, and 412 of them were aged over 70.",
        True,
        [("money", 24600000, "GBP", "about"), ("count", 412, None, None), ("duration", 70, "year", "over")],
        None,
    ),
    (
        "en",
        "Bellchamber must serve half of his sentence before he can be released on licence.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Wrexford said Bellchamber's villa in the Algarve had already been sold for 1.2 million euros.",
        True,
        [("money", 1200000, "EUR", None)],
        "Wrexford",
    ),
    (
        "en",
        '"He took everything we had worked for," one victim wrote in a statement read to the court.',
        False,
        [],
        None,
    ),
]
