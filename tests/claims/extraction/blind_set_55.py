"""Fifty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Defendants, victims, judges, officers,
ministers and every figure are made up (Andreas Holzner, Matthias Gruber, Connor Doyle,
Tomasz Wilk, Mark Heywood, Pamela Hurst, Laura Kim, Peter Lawlor, Damien Roe, Sarah Mills,
Tom Hale and everybody unnamed); real institutions, courts, forces, agencies and places such
as "Innenministerium", "Bundeskriminalamt"/"BK"/"BKA", "Landespolizeidirektion Wien",
"Justizministerium", "Justizanstalt Josefstadt", "Bundesamt für Fremdenwesen und Asyl"/"BFA",
"Bundesamt für Migration und Flüchtlinge"/"BAMF", "Staatssekretariat für Migration"/"SEM",
"Bundesamt für Statistik", "Bundespolizei", "Kantonspolizei Zürich", "Landgericht München I",
"Straflandesgericht Graz", "Bezirksgericht Zürich", "Bitkom", "the Office for National
Statistics", "the Crime Survey for England and Wales", "the Home Office", "the Ministry of
Justice", "the Prison Reform Trust", "the Old Bailey", "the International Organization for
Migration", "the FBI", "U.S. Customs and Border Protection", "Immigration and Customs
Enforcement", "the Department of Homeland Security", "the Justice Department", "the Federal
Bureau of Prisons", "Frontex", "UNHCR", "the Crime Statistics Agency", "the NSW Supreme
Court", "Queensland Police", "the Australian Border Force", "the Australian Bureau of
Statistics", "Gardaí", "the Irish Prison Service", "Statistics Canada", "Police Scotland",
"Scotland Yard", "the Metropolitan Police" and "Victim Support" stand for the way wire copy
names them; what is counted, sentenced, said and estimated here is invented.

Its weight: CRIME STATISTICS, POLICE, SENTENCING, PRISONS, MIGRATION AND ASYLUM. Half German
(APA with the Austrian crime statistics, a Vienna weapons ban zone, youth crime and the age of
criminal responsibility, a murder trial before a jury, an investment fraud in Graz with a
day-fine case at a district court, prisons at 104 per cent of capacity, asylum figures of the
BFA, protection orders, pre-trial detention; dpa and Reuters German with the German
Polizeiliche Kriminalstatistik, a juvenile sentence in Munich, the BAMF's asylum figures,
Bundespolizei border controls and rejections, deportations and the BKA's cybercrime report;
Keystone-SDA and sda with the Swiss crime statistics, a robbery trial in Zurich with
Landesverweisung and "Tagessätzen à 60 Franken", SEM asylum figures and a speeding blitz;
Austrian "Anzeigen", "Schöffensenat", "bedingt nachgesehen", "Außerlandesbringungen", Swiss
"552'184", "bloss", "Velo", "Busse", "4½ Jahren"), half English (PA with the crime survey
and police recorded crime, charge rates, a murder sentence at the Old Bailey, Crown Court
sentences, prison capacity and early release, small-boat crossings by day and year, UK
asylum claims, grant rates, backlogs, hotels and returns, Scotland and London policing;
Reuters with the prison population, the asylum year, the southwest border, Frontex, UNHCR and
Ireland; AP with FBI figures, federal sentencing, bail and bond; AAP with Victorian crime,
a NSW sentence, Queensland teenagers, the Border Force and protection visas; CP with Canada's
Crime Severity Index). Figures as such copy has them: recorded offences and clearance and
charge rates, rises and falls in percent, rates per 100,000 inhabitants, sentences in
combined units ("zu drei Jahren und sechs Monaten Haft", "sechs Jahren und neun Monaten",
"12 years and seven months", "13 years and six months"), minimum terms and non-parole
periods, suspended sentences, unpaid work and community service ("200 Sozialstunden", "120
Stunden gemeinnützige Leistungen", "180 hours of unpaid work"), day-fines ("240 Tagessätzen
zu je 40 Euro", "180 Tagessätzen à 60 Franken"), substitute custody, bail, bond and
surcharges, prison populations and capacity ("zu 104 Prozent ausgelastet", "99% of
capacity", "114% of capacity"), asylum applications and protection and grant rates,
small-boat crossings by day and year, deportations, returns and rejections at the border,
ages of suspects and victims ("ein 17-Jähriger"-style ages, "Zwei 15-Jährige", "im Alter von
14 bis 17 Jahren", "aged between 15 and 19", "aged 14, 15 and 16", "a man in his 30s"),
ranges, hedges and comparisons with a year earlier. Negatives as such copy has them: appeals
for witnesses and helpline lines, advice, quoted fear, anger, remorse and resolve, politicians'
rhetoric, commentary, an open question and boilerplate ("Es gilt die Unschuldsvermutung.",
"Charges are merely accusations ...", a support line, an update line, a reporting credit).

238 rows (119 German, 119 English), 49 negatives (25 German, 24 English), 189 check-worthy
rows of which 6 carry no figure (4 German, 2 English), 388 expected quantities (141 counts,
104 durations, 64 percentages, 22 years, 21 amounts of money, 13 fractions, 13 dates, 10
ordinals; none of them in negatives, which hold no figure), 38 checked speakers (14 German,
24 English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences, with case, whitespace and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a statement of legal status
  or of a rule without a figure is check-worthy ("Das Urteil ist nicht rechtskräftig.",
  "Revision gegen das Urteil ist binnen einer Woche möglich." with "einer Woche" carrying
  none, thirty-ninth), as is a prosecution's demand without a figure and a stated ranking of
  countries of origin; a plan stated by a government ("Die Regierung will das
  Strafmündigkeitsalter von 14 auf 12 Jahre senken.") is check-worthy (seventh and
  twenty-ninth batches).
- Sentences are durations as written (thirty-ninth): "zu drei Jahren und sechs Monaten
  Haft", "zu einer Jugendstrafe von sechs Jahren und neun Monaten", "12 years and seven
  months in federal prison", "jailed for 18 years with a non-parole period of 13 years and
  six months", "a minimum term of 22 years of his life sentence" 22 years, "zwei Jahre auf
  Bewährung", "für zehn Jahre des Landes" (a Landesverweisung), "eine dreimonatige bedingte
  Haftstrafe bei einer zweijährigen Probezeit" 3 months and 2 years (as "fünfstündig", the
  issue), "achteinhalb Jahre" 8.5 and "je viereinhalb Jahre" 4.5 years ("je" no hedge),
  "a 20-month prison sentence suspended for two years", "a 12-month community order",
  "banned from driving for 30 months", "jailed for 16 weeks", "a five-year restraining
  order", "a 10-year criminal behaviour order", "three years of supervised release";
  "lebenslanger Haft" and "life" carry none. New: Swiss "4½ Jahren" is 4.5 years, the half
  glued to the figure read as "3½-Zimmer-Wohnung" 3.5 (fifty-second). New: the English
  possessive "14 years' detention" and "20 weeks' imprisonment" are 14 years and 20 weeks,
  the apostrophe carrying nothing. New: "sentenced to 25 years to life" is 25 years, "life"
  carrying none, as "life in prison with no chance of parole for 25 years" (thirty-ninth).
  New: "zwischen einem und zehn Jahren Haft" is 1 year and 10 years - a number word at the
  lower end of a range is the figure 1, as "von einem Prozent des BIP" (fiftieth), not the
  article of "ein Jahr zuvor". "Eine bedingte Entlassung ist ... erst nach 15 Jahren
  möglich" 15 years ("erst" no hedge, fifty-fourth); "Nach Verbüßung von zwei Dritteln der
  Strafe" fraction 0.6667 and "die Hälfte davon bedingt" 0.5 (a share of a sentence,
  thirty-ninth).
- New: hours of community service written as a compound are hours: "200 Sozialstunden" 200
  hours, as "200 hours of unpaid work" (thirty-ninth) and "Flugstunden" (fiftieth); "120
  Stunden gemeinnützige Leistungen" (an Austrian Diversion) 120 hours, "180 hours of unpaid
  work" 180 hours. "25 sessions of a rehabilitation programme" count 25.
- Day-fines and other court money (fourth, ninth, fifteenth and thirty-ninth): "240
  Tagessätzen zu je 40 Euro" count 240 and 40 EUR, "180 Tagessätzen à 60 Franken" count 180
  and 60 CHF, "eine Busse von 1500 Franken" CHF (Swiss figure without separator,
  thirty-fifth), "eine Ersatzfreiheitsstrafe von 120 Tagen" 120 days, "eine Kaution von
  250.000 Euro", "a victim surcharge of £187", "forfeit $41 million", "bail had been set at
  $2 million", "held on $500,000 bond" (thirty-second and thirty-ninth), "Geldstrafen von bis
  zu 500 Euro" "up_to", "Beträge zwischen 4.000 und 180.000 Euro" two amounts (a range).
- Ages are durations in years (thirty-ninth and earlier): "Ein 41-Jähriger", "Ein
  13-Jähriger", "Zwei 15-Jährige und ein 16-Jähriger" count 2 with ages 15 and 16 ("ein" an
  article, as "zwei 19-Jährige"), "Die drei Burschen im Alter von 14 bis 17 Jahren" count 3
  and two ages, "Kinder zwischen 10 und 14 Jahren" two ages, "Sein 18 Jahre alter
  Mitangeklagter", "ein 22 Jahre alter Student", "Connor Doyle, 24,", "31-year-old Tomasz
  Wilk", "aged 17 at the time", "three teenagers aged 14, 15 and 16" count 3 and three ages
  (the unit written once, as "aged 18, 20 and 24"), "Two men, aged 29 and 35", "Five people
  aged between 15 and 19", "Children aged 10 to 17" (as "aged 30 to 55", forty-eighth);
  "jünger als 14 Jahre", "jünger als 18" (a bare figure after an age word, forty-ninth) and
  "aged under 25" "under"; "von 14 auf 12 Jahre" two ages in years (the unit written once).
  "a man in his 30s" carries none (an age by decade, thirty-ninth: "now in their 70s and
  80s") and the row is check-worthy without a figure. New: "über einen 45-jährigen
  mutmaßlichen Drogenhändler" is 45 years with no hedge - "über" stands before "einen", not
  before the figure (as "unter die Marke von 260.000", fifty-second).
- Crime statistics: offences, reports, suspects and cases are counts ("534.193 Anzeigen",
  "rund 5,63 Millionen Straftaten", "552'184 Straftaten" and "59'034 Fälle" with Swiss
  grouping, "an estimated 9.4 million incidents" "about" (forty-sixth), "516,971"); clearance
  and charge rates are percentages ("von 53,1 auf 52,4 Prozent" both, as "von 19 auf 7
  Prozent", fifty-third; "bei bloss 2,1 Prozent" with "bloss" no hedge, as "nur"; "Just
  7.3%"); rates per 100,000 are two counts ("Straftaten je 100.000 Einwohner, sank auf
  6.658", "359.1 offenses per 100,000 residents", "8,441 per 100,000 people", "1.94 per
  100,000 people, from 2.08" three counts; twenty-ninth and thirty-ninth); index levels are
  counts ("fell 4% last year to 78.1", twentieth and thirty-third). "etwa 80 pro Tag",
  "roughly 208 a day", "an average of about 153 a day" (the hedge is "about", "an average
  of" none, twenty-second) counts with their hedges, the period carrying none. New: "im
  Zehnjahresvergleich" is 10 years, a number word with a unit of time inside a compound, as
  "Im Fünfjahreszeitraum" (fiftieth) and "Fünfjahresschnitt" (forty-second). "seit Beginn der
  Statistik 2009", "den höchsten Stand seit 2007", "since records began in 2001", "the lowest
  number since 2014", "since current recording practices began in 2003" the years; "the
  highest in more than 50 years" 50 years "over" and "the highest total in two decades" 20
  years (as "over three decades" 30 years, fiftieth); "the lowest backlog in two years" 2
  years; "the largest one-year decline" 1 year (forty-ninth).
- Prisons: "zu 104 Prozent ausgelastet" percent 104 (as "zu 98 Prozent ausgelastet",
  earlier batches), "running at 99% of capacity", "operating at 114% of capacity", "about 11%
  above rated capacity" "about" (the word after the figure no hedge), "zu 68 Prozent belegt";
  populations and places are counts ("9.612 Insassen", "1.187 Häftlinge auf 990 Plätzen",
  "420 zusätzliche Haftplätze", "87,919 ... of 89,453", "fewer than 1,500 spaces" "under",
  "14,000 additional places"); "Ein Hafttag kostet ... 182 Euro" the amount only (an
  article, as "Ein Kilo Butter", fifty-fourth); "after serving 40% of their sentences"
  percent 40; "im elektronisch überwachten Hausarrest mit Fußfessel" none.
- Migration: applications, crossings, apprehensions, encounters, returns, rejections and
  people in care are counts ("13.412 Asylanträge", "6131 Asylgesuche" without a separator,
  "98.117 Erstanträge", "11.604 Folgeanträge", "6.903 Außerlandesbringungen", "24.512
  Menschen ... zurückgewiesen", "1,097 migrants", "in 17 boats, an average of about 65 people
  per boat" 17 and 65 "about", "111,084 asylum claims", "4,598 apprehensions", "1,012 known
  "gotaways"", "about 239,000", "123.2 million"); the figures in brackets after the
  countries of a list are counts ("Syriens (4.081), Afghanistans (2.390) und der Türkei
  (1.116)"); protection, recognition and grant rates are percentages ("Schutzquote ... 58
  Prozent", "Gesamtschutzquote ... 46,3 Prozent", "Anerkennungsquote ... 31,4 Prozent",
  "The initial grant rate fell to 48% from 61%"); "im Rahmen des Dublin-Verfahrens" carries
  none. New: "in erster Instanz" is ordinal 1 - the first of the levels of a
  procedure, as "at his first court appearance" (thirty-ninth), unlike "first-degree", a
  grade inside the name of an offence. "nearly tripled to 17,000" is 17,000 with no hedge
  ("nearly" qualifies a verb, as "nahezu verdreifacht", forty-eighth); "the three most
  commonly reported nationalities" count 3 (as "the three largest parties", forty-first);
  "A total of", "a further", "zusätzliche", "weitere", "insgesamt", "zusammen" no hedge.
- Ordinals and periods: "zum fünften Mal in Folge", "zum zweiten Mal in Folge", "Im dritten
  Quartal", "in the first quarter", "In einem zweiten Verfahren", "einer zweiten Bande"
  ordinals; "in den ersten neun Monaten" ordinal 1 and 9 months, "im ersten Halbjahr"
  ordinal 1, "in the first six months of the year" ordinal 1 and 6 months (forty-second);
  "in the previous 12 months" and "in the 12 months to June" 12 months; "vor sechs Monaten"
  6 months (as "vor zwei Jahren", forty-sixth); "innerhalb von drei Wochen" 3 weeks; "um
  weitere sechs Monate" 6 months; "um zwei Monate verlängert" 2 months; "nach knapp
  dreistündiger Beratung" 3 hours "nearly" (as "nach rund zweieinhalbstündiger Beratung",
  thirty-ninth); "for about six and a half hours" 6.5 hours "about" (as "three and a half
  hours", fifty-first); "The trial lasted three weeks"; "within 28 days"; "a 24-hour
  dispersal order" 24 hours; "im Schnitt 3,9 Monate", "durchschnittlich 8,4 Monate",
  "averaged 8.1 months" durations with no hedge. None: "im Vorjahr", "im Jahr davor", "im
  Vorjahreszeitraum", "im Vorquartal", "vor einem Jahr", "seit Wochen", "so far this year",
  "in the year to June", "in the year to March", "a year earlier", "last year", "the same
  point last year", "last month", "a single day".
- Years and dates: "im Juni 2024", "Bis 2027", "by 2031", "in 2022", "in December 2023",
  "in August 2023", "eligible for parole in 2037", "at the end of 2024" the years; "in the
  year ending March 2025" the year (the period "year ending" none); "the 2024-25 financial
  year" both years (fortieth); "bis zum 15. März" --03-15; British "on 3 March last year"
  --03-03 (thirty-second) and "on September 11" --09-11; "set on 2 September 2022" the full
  date 2022-09-02 (a British day-month-year date, as "on Oct. 14, 2025", fifty-first); "as
  of July 6" --07-06 and "since January 20" --01-20; datelines with a day ("LONDON, Oct 10
  (Reuters)", "LONDON, Aug 21 (Reuters)", "WASHINGTON, July 15 (Reuters)", "WARSAW, Jan 14
  (Reuters)", "GENEVA, June 12 (Reuters)", "MELBOURNE, June 19 (AAP)", "DUBLIN, Sept 4
  (Reuters)") dates without a year; other datelines ("Wien (APA) -", "Berlin (dpa) -",
  "Neuenburg (Keystone-SDA) -", "Potsdam (dpa) -", "LONDON (PA) -", "LEEDS, England (PA) -",
  "WASHINGTON (AP) —", "NEW YORK (AP) —", "SYDNEY (AAP) -", "CANBERRA (AAP) -", "OTTAWA (CP)
  —") none; months and weekdays alone ("Ende September", "Ende Oktober", "von Januar bis
  Oktober", "Ende Juni", "in June", "on Saturday", "Thursday") none.
- Counts besides: "17-mal" count 17 (as "14-mal", forty-ninth), "zweimal notoperiert" and
  "zweimal pro Woche" count 2 ("pro Woche" none), "eight times" count 8, "at least 20 times"
  20 "at_least", "61 Messer und zwei Schlagringe", "fünf Stichverletzungen", "elf
  Raubüberfälle", "In 19 der 27 Fälle" two counts (a definite group, forty-first), "27 Frauen
  ..., in 41 weiteren Fällen", "96 fewer than in 2023" count 96 and the year, "103 arrests
  across 10 deployments", "More than 1,400 officers" "over", "14 Kilogramm Kokain" and "1.4
  tonnes of cocaine" counts (physical units, fourth batch), "141 km/h ..., erlaubt sind an
  der Stelle 80" counts 141 and 80 (as "erlaubt waren 80", third and eighth), "winds gusted
  above 30mph" 30 "over". "Landgericht München I" carries none (a numeral in a court's
  name, as "Reactor 2", forty-second); telephone numbers ("0800 222 555", "1800 333 000")
  none (thirty-sixth).
- Fractions: "um fast ein Fünftel" 0.2 "nearly", "Fast jeder zweite" 0.5 "nearly", "Jeder
  vierte" 0.25, "Gut ein Fünftel" 0.2 "over", "fast die Hälfte weniger" 0.5 "nearly" (a share
  before a comparative, twenty-fourth), "ein Anstieg um rund ein Fünftel" 0.2 "about",
  "Around one in five" 0.2 "about", "Nearly a third" 0.3333 "nearly", "almost two-fifths"
  0.4 "nearly", "up by more than a quarter" 0.25 "over", "Roughly one in four" 0.25 "about".
- Money besides: "knapp 2,3 Millionen Euro" "nearly", "rund 38'000 Franken" "about", "rund
  1,1 Millionen Euro" "about", "178,6 Milliarden Euro", "£38,400", "£4.76 billion", "a $230
  million fraud", "cannabis worth €2.1 million", "worth an estimated A$420 million" AUD
  "about" (AAP copy writes "A$", forty-sixth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "Around",
  "around", "Roughly", "roughly", "Some", "an estimated" "about"; "knapp", "Knapp", "fast",
  "Fast", "Nearly", "almost" "nearly"; "mehr als", "Mehr als", "Gut", "More than",
  "more than", "above" before a figure "over"; "bis zu" "up_to"; "at least", "At least"
  "at_least"; "jünger als", "under", "fewer than" "under"; "nur", "bloss",
  "lediglich", "Just", "erst", "im Schnitt", "durchschnittlich", "an average of", "a record",
  "insgesamt", "zusammen", "zusätzliche", "weitere", "A total of", "a further", "je" no
  hedge.
- Check-worthy without a figure: a prosecution's demand for a life sentence, a ruling not
  yet final, the time allowed for an appeal, the main countries of origin, the ONS's
  statement that the total was unchanged, and a victim described by decade.
- Negatives, with no figure in any of them: boilerplate ("Es gilt die
  Unschuldsvermutung.", "Für den Beschuldigten gilt die Unschuldsvermutung.", new as a
  boilerplate line of its own; "Charges are merely accusations, and the defendant is
  presumed innocent unless and until proven guilty."; "If you have been affected by this
  story, support is available from Victim Support."; "This story has been updated ...";
  "Reporting by ...; Editing by ..."), appeals for witnesses and helplines ("Hinweise
  werden, auch anonym, ... erbeten.", "Zeugen des Überfalls werden gebeten ...", "Betroffene
  finden rund um die Uhr Hilfe ... unter 0800 222 555." - "rund" before no figure, "Anyone
  with information is urged to contact Crime Stoppers on 1800 333 000.", "Police are
  appealing for anyone with dashcam footage ..."), advice ("..., rät die Polizei.", "...,
  rät das BKA.", "If you carry a knife, ..., officers warned."), quoted resolve, rhetoric,
  remorse and verdicts of ministers, police chiefs, lawyers, defendants and unions
  („... eines der sichersten Länder der Welt ...“, „Wir dürfen uns an diese Gewalt niemals
  gewöhnen“, „Ein Messer hat im öffentlichen Raum nichts verloren“, „Ich bereue zutiefst
  ...“, „Das ist ein mutiges und richtiges Urteil“, „Die Situation in den Anstalten ...“,
  „Wir setzen den konsequenten Kurs fort“, „Gewalt gegen Frauen ist kein Privatproblem
  ...“, ""Every one of these crimes leaves a victim,"" - "one" a pronoun, ""You took a young
  man's life over nothing,"", ""I am truly ashamed ..."", ""Our prisons are at breaking
  point ..."", ""The border is closed ..."", ""Each of these numbers is a person forced to
  flee,""), reported rhetoric and verdicts without a checkable claim ("Die Opposition sprach
  von einer „Bankrotterklärung ...“.", "Flüchtlingsräte sprechen von ...",
  "Menschenrechtsorganisationen kritisierten ...", "The home secretary said the smuggling
  gangs were "treating human beings as cargo".", "The White House called the figures
  "historic".", "Victims' groups said ...", "Police chiefs say ...", "Campaigners argue
  ...", "Refugee charities urged ...", "Advocates said ...", "Jugendarbeiter fordern ..."),
  commentary and caution ("Kriminologen warnen davor, aus einer einzigen Jahresstatistik
  ...", "Criminologists cautioned that a single year of data does not make a trend.", "It is
  a scandal that victims are waiting years for justice.", "Die Asylpolitik bleibt eines der
  umstrittensten Themen ..."), open questions ("Ob der Rückgang anhält, ...", "Whether the
  new returns deal with France will deter crossings remains to be seen.") and feelings and
  scene colour ("Die Angehörigen des Opfers verließen den Saal unter Tränen.", "Die Tat hat
  im Bezirk große Bestürzung ausgelöst.", "Pendler klagen seit Wochen ...", "Outside court,
  Mr Wilk's sister said the family would never recover ...").
- Speakers, checked only in forms the earlier batches settled, and in a few decided here:
  "teilte das Innenministerium (am Montag) / die Landespolizeidirektion Wien / die Polizei /
  das Justizministerium / die Bundespolizei / das Staatssekretariat für Migration mit" and
  "wie das Bundesamt für Statistik / die Kantonspolizei Zürich mitteilte" the source with its
  article in the nominative, its region part of the name (thirty-ninth and forty-seventh);
  "nach Angaben des Bundeskriminalamts" -> "das Bundeskriminalamt" and "nach Angaben des
  Bundesamts für Fremdenwesen und Asyl" -> "das Bundesamt für Fremdenwesen und Asyl" (as
  "Nach Angaben des Bundesrechnungshofs", twenty-fifth); new for these bodies, by the rule
  for "die RTR" (fifty-first) and "die EFV" (fifty-third): "teilte das BFA mit" -> "das BFA"
  and "wie das BAMF am Mittwoch mitteilte" -> "das BAMF"; "sagte BK-Direktor Andreas Holzner
  bei der Präsentation" -> "Andreas Holzner" (thirty-ninth) and "sagte Bundesinnenminister
  Matthias Gruber" -> "Matthias Gruber", the titles dropped. English: "the Office for
  National Statistics said", "the ONS said", "the Ministry of Justice said", "the Home
  Office said", "according to the Home Office", "the FBI said", "the Justice Department
  said", "the Crime Statistics Agency said", "the Australian Bureau of Statistics said",
  "the Metropolitan Police said", "according to the Prison Reform Trust" and "according to
  the International Organization for Migration" with the article in lower case (thirty-ninth
  and forty-ninth); "U.S. Customs and Border Protection said", "UNHCR said", "Police Scotland
  said" (also opening "Police Scotland said it had ...") and "Scotland Yard said it had ..."
  as written (first, thirty-ninth and forty-third); "The Department of Homeland Security
  said it had ..." -> "the Department of Homeland Security" (as "The CSO said ..." -> "the
  CSO", fifty-fourth); "police said" -> "police"; "Justice Peter Lawlor told the NSW Supreme
  Court that ..." -> "Peter Lawlor" (thirty-ninth). New, by the rule for "Ofcom said" and
  "Stats NZ said": "Frontex said" -> "Frontex", "Statistics Canada said Thursday" ->
  "Statistics Canada" and "Queensland Police said" -> "Queensland Police" as written. Left
  unchecked (None): "Home Office figures show", "Ministry of Justice data showed", "Ministry
  of Justice figures show", "according to FBI data released Monday", "according to the
  Crime Survey for England and Wales" (documents and data, thirty-ninth), "the Old Bailey
  heard" (as "the court heard"), "Das SEM rechnet" and "beziffert der Branchenverband
  Bitkom" (no verb of saying, and a description before a name), "the agency said" and "the
  force said" (a description, forty-second), "according to Witness at the Border, an
  advocacy group", "The Australian Border Force said ..." and "The Irish Prison Service said
  ..." (a capitalised adjective heading the name at the head of reported speech, fortieth
  and forty-second), "U.S. District Judge Laura Kim also ordered" (no verb of saying), "the
  policing minister said", "the justice secretary said", "the High Commissioner said", "the
  home secretary said" (negatives), rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_55 = [
    # === German =================================================================================
    # --- Kriminalstatistik Österreich (APA) ---
    ("de", "Wien (APA) - In Österreich sind im Vorjahr 534.193 Anzeigen erstattet worden, um 1,2 Prozent mehr als 2023.", True, [("count", 534193, None, None), ("percent", 1.2, "%", None), ("year", 2023, None, None)], None),
    ("de", "Die Aufklärungsquote sank von 53,1 auf 52,4 Prozent, teilte das Innenministerium am Montag mit.", True, [("percent", 53.1, "%", None), ("percent", 52.4, "%", None)], "das Innenministerium"),
    ("de", "Bei Gewaltdelikten lag die Aufklärungsquote mit 84,9 Prozent deutlich höher, bei Wohnungseinbrüchen dagegen bei nur 11,3 Prozent.", True, [("percent", 84.9, "%", None), ("percent", 11.3, "%", None)], None),
    ("de", "Die Zahl der Wohnungseinbrüche ging um fast ein Fünftel auf 6.412 zurück, der niedrigste Wert im Zehnjahresvergleich.", True, [("fraction", 0.2, None, "nearly"), ("count", 6412, None, None), ("duration", 10, "year", None)], None),
    ("de", "Die Internetkriminalität stieg dagegen zum fünften Mal in Folge, und zwar um 9,3 Prozent auf 65.864 Anzeigen.", True, [("ordinal", 5, None, None), ("percent", 9.3, "%", None), ("count", 65864, None, None)], None),
    ("de", "Knapp 44 Prozent der ermittelten Tatverdächtigen waren keine österreichischen Staatsbürger, sagte BK-Direktor Andreas Holzner bei der Präsentation.", True, [("percent", 44, "%", "nearly")], "Andreas Holzner"),
    ("de", "Unter den 331.408 ermittelten Tatverdächtigen waren 12.049 Kinder zwischen 10 und 14 Jahren, um 7,8 Prozent mehr als im Jahr davor.", True, [("count", 331408, None, None), ("count", 12049, None, None), ("duration", 10, "year", None), ("duration", 14, "year", None), ("percent", 7.8, "%", None)], None),
    ("de", "„Die Statistik zeigt, dass Österreich eines der sichersten Länder der Welt ist“, sagte der Innenminister.", False, [], None),
    ("de", "Die Opposition sprach von einer „Bankrotterklärung der Sicherheitspolitik“.", False, [], None),
    # --- Polizeiliche Kriminalstatistik Deutschland (dpa) ---
    ("de", "Berlin (dpa) - Die deutschen Polizeibehörden haben im vergangenen Jahr rund 5,63 Millionen Straftaten erfasst, ein Rückgang um 1,9 Prozent.", True, [("count", 5630000, None, "about"), ("percent", 1.9, "%", None)], None),
    ("de", "Die Aufklärungsquote verbesserte sich nach Angaben des Bundeskriminalamts leicht auf 58,9 Prozent.", True, [("percent", 58.9, "%", None)], "das Bundeskriminalamt"),
    ("de", "Die Häufigkeitszahl, also die Zahl der Straftaten je 100.000 Einwohner, sank auf 6.658.", True, [("count", 100000, None, None), ("count", 6658, None, None)], None),
    ("de", "Bei Messerangriffen erfasste die Statistik 29.014 Fälle, das entspricht etwa 80 pro Tag.", True, [("count", 29014, None, None), ("count", 80, None, "about")], None),
    ("de", "Mehr als 13.800 Tatverdächtige waren jünger als 14 Jahre und damit strafunmündig.", True, [("count", 13800, None, "over"), ("duration", 14, "year", "under")], None),
    ("de", "Die Zahl der Gewaltdelikte erreichte mit 217.277 Fällen den höchsten Stand seit 2007, sagte Bundesinnenminister Matthias Gruber.", True, [("count", 217277, None, None), ("year", 2007, None, None)], "Matthias Gruber"),
    ("de", "„Wir dürfen uns an diese Gewalt niemals gewöhnen“, sagte die Ministerin bei der Vorstellung in Berlin.", False, [], None),
    ("de", "Kriminologen warnen davor, aus einer einzigen Jahresstatistik weitreichende Schlüsse zu ziehen.", False, [], None),
    # --- Kriminalstatistik Schweiz (Keystone-SDA) ---
    ("de", "Neuenburg (Keystone-SDA) - In der Schweiz sind im vergangenen Jahr 552'184 Straftaten gegen das Strafgesetzbuch registriert worden, 4 Prozent mehr als im Vorjahr.", True, [("count", 552184, None, None), ("percent", 4, "%", None)], None),
    ("de", "Die digitale Kriminalität nahm um 31 Prozent auf 59'034 Fälle zu, wie das Bundesamt für Statistik mitteilte.", True, [("percent", 31, "%", None), ("count", 59034, None, None)], "das Bundesamt für Statistik"),
    ("de", "Fast jeder zweite Einbruchdiebstahl ereignete sich in den Kantonen Zürich, Waadt und Genf.", True, [("fraction", 0.5, None, "nearly")], None),
    ("de", "Die Zahl der beschuldigten Jugendlichen stieg um 11 Prozent auf 10'712, der höchste Wert seit Beginn der Statistik 2009.", True, [("percent", 11, "%", None), ("count", 10712, None, None), ("year", 2009, None, None)], None),
    ("de", "Bei Velodiebstählen lag die Aufklärungsquote bei bloss 2,1 Prozent.", True, [("percent", 2.1, "%", None)], None),
    ("de", "Wer sein Velo mit einem guten Schloss sichert, macht es Dieben deutlich schwerer, rät die Polizei.", False, [], None),
    # --- Waffenverbotszone in Wien (APA) ---
    ("de", "Wien (APA) - Seit Inkrafttreten der Waffenverbotszone am Reumannplatz vor sechs Monaten hat die Polizei 1.314 Personen kontrolliert.", True, [("duration", 6, "month", None), ("count", 1314, None, None)], None),
    ("de", "Dabei wurden 61 Messer und zwei Schlagringe sichergestellt sowie 146 Anzeigen erstattet, teilte die Landespolizeidirektion Wien mit.", True, [("count", 61, None, None), ("count", 2, None, None), ("count", 146, None, None)], "die Landespolizeidirektion Wien"),
    ("de", "Bei Verstößen drohen Geldstrafen von bis zu 500 Euro.", True, [("money", 500, "EUR", "up_to")], None),
    ("de", "„Ein Messer hat im öffentlichen Raum nichts verloren“, betonte der Wiener Landespolizeipräsident.", False, [], None),
    ("de", "Hinweise werden, auch anonym, an jede Polizeiinspektion erbeten.", False, [], None),
    # --- Jugendkriminalität und Strafmündigkeit (APA) ---
    ("de", "Die Regierung will das Strafmündigkeitsalter von 14 auf 12 Jahre senken.", True, [("duration", 14, "year", None), ("duration", 12, "year", None)], None),
    ("de", "Ein 13-Jähriger soll in Linz innerhalb von drei Wochen elf Raubüberfälle begangen haben, teilte die Polizei mit.", True, [("duration", 13, "year", None), ("duration", 3, "week", None), ("count", 11, None, None)], "die Polizei"),
    ("de", "Zwei 15-Jährige und ein 16-Jähriger wurden in Wien-Floridsdorf nach einer Serie von Handyraub-Überfällen festgenommen.", True, [("count", 2, None, None), ("duration", 15, "year", None), ("duration", 16, "year", None)], None),
    ("de", "Die drei Burschen im Alter von 14 bis 17 Jahren sollen insgesamt 23 Jugendliche bedroht haben.", True, [("count", 3, None, None), ("duration", 14, "year", None), ("duration", 17, "year", None), ("count", 23, None, None)], None),
    ("de", "Jeder vierte Tatverdächtige bei Raubdelikten war im Vorjahr jünger als 18.", True, [("fraction", 0.25, None, None), ("duration", 18, "year", "under")], None),
    ("de", "Jugendarbeiter fordern mehr Prävention statt härterer Strafen.", False, [], None),
    # --- Mordprozess am Landesgericht Wien (APA) ---
    ("de", "Wien (APA) - Ein 41-Jähriger ist am Landesgericht wegen Mordes an seiner Ehefrau zu lebenslanger Haft verurteilt worden.", True, [("duration", 41, "year", None)], None),
    ("de", "Die Geschworenen entschieden nach knapp dreistündiger Beratung einstimmig.", True, [("duration", 3, "hour", "nearly")], None),
    ("de", "Der Mann hatte im Juni 2024 in der gemeinsamen Wohnung in Simmering 17-mal auf die 36-Jährige eingestochen.", True, [("year", 2024, None, None), ("count", 17, None, None), ("duration", 36, "year", None)], None),
    ("de", "Die Staatsanwaltschaft hatte eine lebenslange Freiheitsstrafe gefordert, der Verteidiger plädierte auf Totschlag.", True, [], None),
    ("de", "Eine bedingte Entlassung ist nach österreichischem Recht erst nach 15 Jahren möglich.", True, [("duration", 15, "year", None)], None),
    ("de", "Das Urteil ist nicht rechtskräftig.", True, [], None),
    ("de", "Die Angehörigen des Opfers verließen den Saal unter Tränen.", False, [], None),
    ("de", "„Das ist ein mutiges und richtiges Urteil“, sagte die Anwältin der Familie.", False, [], None),
    # --- Anlagebetrug in Graz, Bezirksgericht (APA) ---
    ("de", "Graz (APA) - Das Straflandesgericht Graz hat einen 58-jährigen Vermögensberater wegen schweren gewerbsmäßigen Betrugs zu drei Jahren und sechs Monaten Haft verurteilt.", True, [("duration", 58, "year", None), ("duration", 3, "year", None), ("duration", 6, "month", None)], None),
    ("de", "Er soll 74 Anleger um insgesamt knapp 2,3 Millionen Euro gebracht haben.", True, [("count", 74, None, None), ("money", 2300000, "EUR", "nearly")], None),
    ("de", "Den Geschädigten sprach der Schöffensenat Beträge zwischen 4.000 und 180.000 Euro zu.", True, [("money", 4000, "EUR", None), ("money", 180000, "EUR", None)], None),
    ("de", "„Ich bereue zutiefst, was ich diesen Menschen angetan habe“, sagte der Angeklagte in seinem Schlusswort.", False, [], None),
    ("de", "In einem zweiten Verfahren am Bezirksgericht Leibnitz wurde ein 29-Jähriger zu einer Geldstrafe von 240 Tagessätzen zu je 40 Euro verurteilt, die Hälfte davon bedingt.", True, [("ordinal", 2, None, None), ("duration", 29, "year", None), ("count", 240, None, None), ("money", 40, "EUR", None), ("fraction", 0.5, None, None)], None),
    ("de", "Sollte er nicht zahlen, droht ihm eine Ersatzfreiheitsstrafe von 120 Tagen.", True, [("duration", 120, "day", None)], None),
    ("de", "Ein 23-Jähriger erhielt wegen Körperverletzung eine dreimonatige bedingte Haftstrafe bei einer zweijährigen Probezeit.", True, [("duration", 23, "year", None), ("duration", 3, "month", None), ("duration", 2, "year", None)], None),
    ("de", "Im Rahmen einer Diversion muss eine 19-Jährige 120 Stunden gemeinnützige Leistungen erbringen.", True, [("duration", 19, "year", None), ("duration", 120, "hour", None)], None),
    # --- Jugendstrafe am Landgericht München (dpa) ---
    ("de", "München (dpa) - Im Prozess um den Messerangriff am Stachus hat das Landgericht München I einen 19-Jährigen zu einer Jugendstrafe von sechs Jahren und neun Monaten verurteilt.", True, [("duration", 19, "year", None), ("duration", 6, "year", None), ("duration", 9, "month", None)], None),
    ("de", "Sein 18 Jahre alter Mitangeklagter erhielt zwei Jahre auf Bewährung und muss 200 Sozialstunden leisten.", True, [("duration", 18, "year", None), ("duration", 2, "year", None), ("duration", 200, "hour", None)], None),
    ("de", "Das Opfer, ein 22 Jahre alter Student, hatte fünf Stichverletzungen erlitten und musste zweimal notoperiert werden.", True, [("duration", 22, "year", None), ("count", 5, None, None), ("count", 2, None, None)], None),
    ("de", "Revision gegen das Urteil ist binnen einer Woche möglich.", True, [], None),
    ("de", "Die Tat hat im Bezirk große Bestürzung ausgelöst.", False, [], None),
    # --- Raubprozess in Zürich (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Das Bezirksgericht Zürich hat einen 34-jährigen Kosovaren wegen mehrfachen Raubs zu einer Freiheitsstrafe von 4½ Jahren verurteilt.", True, [("duration", 34, "year", None), ("duration", 4.5, "year", None)], None),
    ("de", "Zudem verwies es ihn für zehn Jahre des Landes.", True, [("duration", 10, "year", None)], None),
    ("de", "Seine 27-jährige Komplizin erhielt eine bedingte Geldstrafe von 180 Tagessätzen à 60 Franken sowie eine Busse von 1500 Franken.", True, [("duration", 27, "year", None), ("count", 180, None, None), ("money", 60, "CHF", None), ("money", 1500, "CHF", None)], None),
    ("de", "Die Beute aus den fünf Überfällen auf Tankstellen betrug rund 38'000 Franken.", True, [("count", 5, None, None), ("money", 38000, "CHF", "about")], None),
    ("de", "Der Hauptangeklagte einer zweiten Bande muss für achteinhalb Jahre ins Gefängnis, zwei Mittäter für je viereinhalb Jahre.", True, [("ordinal", 2, None, None), ("duration", 8.5, "year", None), ("count", 2, None, None), ("duration", 4.5, "year", None)], None),
    ("de", "Dem 31-jährigen Fahrer der Bande drohen bei einer Verurteilung zwischen einem und zehn Jahren Haft.", True, [("duration", 31, "year", None), ("duration", 1, "year", None), ("duration", 10, "year", None)], None),
    ("de", "Für den Beschuldigten gilt die Unschuldsvermutung.", False, [], None),
    ("de", "Zeugen des Überfalls werden gebeten, sich bei der Kantonspolizei zu melden.", False, [], None),
    # --- Justizanstalten (APA) ---
    ("de", "Wien (APA) - Die österreichischen Justizanstalten sind mit derzeit 9.612 Insassen zu 104 Prozent ausgelastet, teilte das Justizministerium mit.", True, [("count", 9612, None, None), ("percent", 104, "%", None)], "das Justizministerium"),
    ("de", "In der Justizanstalt Josefstadt sitzen 1.187 Häftlinge auf 990 Plätzen ein.", True, [("count", 1187, None, None), ("count", 990, None, None)], None),
    ("de", "Gut ein Fünftel der Insassen befindet sich in Untersuchungshaft.", True, [("fraction", 0.2, None, "over")], None),
    ("de", "Der Ausländeranteil in den Gefängnissen liegt bei rund 53 Prozent.", True, [("percent", 53, "%", "about")], None),
    ("de", "Ein Hafttag kostet den Staat im Schnitt 182 Euro.", True, [("money", 182, "EUR", None)], None),
    ("de", "Bis 2027 sollen in Asten und Wiener Neustadt zusammen 420 zusätzliche Haftplätze entstehen.", True, [("year", 2027, None, None), ("count", 420, None, None)], None),
    ("de", "Rund 430 Verurteilte verbüßen ihre Strafe derzeit im elektronisch überwachten Hausarrest mit Fußfessel.", True, [("count", 430, None, "about")], None),
    ("de", "Nach Verbüßung von zwei Dritteln der Strafe kann der Rest unter bestimmten Voraussetzungen bedingt nachgesehen werden.", True, [("fraction", 0.6667, None, None)], None),
    ("de", "„Die Situation in den Anstalten ist für Personal und Insassen gleichermaßen belastend“, sagte der Vorsitzende der Justizwachegewerkschaft.", False, [], None),
    # --- Asyl in Österreich (APA) ---
    ("de", "Wien (APA) - In Österreich sind in den ersten neun Monaten 13.412 Asylanträge gestellt worden, um 36 Prozent weniger als im Vorjahreszeitraum.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("count", 13412, None, None), ("percent", 36, "%", None)], None),
    ("de", "Die meisten Anträge stellten Staatsangehörige Syriens (4.081), Afghanistans (2.390) und der Türkei (1.116).", True, [("count", 4081, None, None), ("count", 2390, None, None), ("count", 1116, None, None)], None),
    ("de", "Die Schutzquote bei inhaltlichen Entscheidungen lag nach Angaben des Bundesamts für Fremdenwesen und Asyl bei 58 Prozent.", True, [("percent", 58, "%", None)], "das Bundesamt für Fremdenwesen und Asyl"),
    ("de", "Mit 6.903 Außerlandesbringungen lag die Zahl der Ausreisen etwas über dem Vorjahr, 54 Prozent davon erfolgten zwangsweise.", True, [("count", 6903, None, None), ("percent", 54, "%", None)], None),
    ("de", "In der Grundversorgung befanden sich Ende September 71.306 Menschen, darunter rund 37.000 Vertriebene aus der Ukraine.", True, [("count", 71306, None, None), ("count", 37000, None, "about")], None),
    ("de", "Ein Asylverfahren in erster Instanz dauerte im Schnitt 3,9 Monate, teilte das BFA mit.", True, [("ordinal", 1, None, None), ("duration", 3.9, "month", None)], "das BFA"),
    ("de", "Menschenrechtsorganisationen kritisierten die Unterbringung in den Bundesquartieren als unwürdig.", False, [], None),
    ("de", "„Wir setzen den konsequenten Kurs fort“, sagte der Innenminister.", False, [], None),
    # --- Asylbilanz des BAMF (dpa) ---
    ("de", "Nürnberg (dpa) - Beim Bundesamt für Migration und Flüchtlinge sind von Januar bis Oktober 98.117 Erstanträge eingegangen, fast die Hälfte weniger als im Vorjahreszeitraum.", True, [("count", 98117, None, None), ("fraction", 0.5, None, "nearly")], None),
    ("de", "Hinzu kamen 11.604 Folgeanträge, wie das BAMF am Mittwoch mitteilte.", True, [("count", 11604, None, None)], "das BAMF"),
    ("de", "Die Gesamtschutzquote lag bei 46,3 Prozent, nach 51,8 Prozent im Vorjahr.", True, [("percent", 46.3, "%", None), ("percent", 51.8, "%", None)], None),
    ("de", "Hauptherkunftsland blieb Afghanistan vor Syrien und der Türkei.", True, [], None),
    ("de", "Rund 212.000 Verfahren waren Ende Oktober noch nicht entschieden; ein Verfahren dauerte durchschnittlich 8,4 Monate.", True, [("count", 212000, None, "about"), ("duration", 8.4, "month", None)], None),
    ("de", "Die Zahl der Asylanträge ist damit zum zweiten Mal in Folge gesunken.", True, [("ordinal", 2, None, None)], None),
    ("de", "Ob der Rückgang anhält, hängt nach Einschätzung von Fachleuten auch von der Lage in Syrien ab.", False, [], None),
    # --- Asylgesuche in der Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Im dritten Quartal sind in der Schweiz 6131 Asylgesuche eingereicht worden, 9,2 Prozent weniger als im Vorquartal.", True, [("ordinal", 3, None, None), ("count", 6131, None, None), ("percent", 9.2, "%", None)], None),
    ("de", "Die Anerkennungsquote lag bei 31,4 Prozent, die Schutzquote unter Einbezug der vorläufigen Aufnahmen bei 58,7 Prozent, teilte das Staatssekretariat für Migration mit.", True, [("percent", 31.4, "%", None), ("percent", 58.7, "%", None)], "das Staatssekretariat für Migration"),
    ("de", "Das SEM rechnet für das ganze Jahr mit rund 24'000 Gesuchen.", True, [("count", 24000, None, "about")], None),
    ("de", "In ihre Heimat- oder Drittstaaten zurückgeführt wurden 1164 Personen, davon 412 im Rahmen des Dublin-Verfahrens.", True, [("count", 1164, None, None), ("count", 412, None, None)], None),
    ("de", "Die Bundesasylzentren sind derzeit zu 68 Prozent belegt.", True, [("percent", 68, "%", None)], None),
    ("de", "Die Asylpolitik bleibt eines der umstrittensten Themen im Bundeshaus.", False, [], None),
    # --- Grenzkontrollen der Bundespolizei (dpa) ---
    ("de", "Potsdam (dpa) - Die Bundespolizei hat seit Beginn der verschärften Grenzkontrollen vor einem Jahr 24.512 Menschen an den deutschen Landgrenzen zurückgewiesen.", True, [("count", 24512, None, None)], None),
    ("de", "Darunter waren 1.106 Asylsuchende, teilte die Bundespolizei mit.", True, [("count", 1106, None, None)], "die Bundespolizei"),
    ("de", "An der Grenze zu Österreich registrierten die Beamten 9.870 unerlaubte Einreisen, an der zu Polen 7.245.", True, [("count", 9870, None, None), ("count", 7245, None, None)], None),
    ("de", "Zudem wurden 1.439 mutmaßliche Schleuser festgenommen, 22 Prozent mehr als im Jahr davor.", True, [("count", 1439, None, None), ("percent", 22, "%", None)], None),
    ("de", "Die Kontrollen sollen um weitere sechs Monate bis zum 15. März verlängert werden.", True, [("duration", 6, "month", None), ("date", "--03-15", None, None)], None),
    ("de", "Pendler klagen seit Wochen über lange Staus an den Grenzübergängen.", False, [], None),
    # --- Abschiebungen (Reuters) ---
    ("de", "Berlin (Reuters) - Im ersten Halbjahr schob Deutschland 11.807 Menschen ab, ein Anstieg um rund ein Fünftel gegenüber dem Vorjahreszeitraum.", True, [("ordinal", 1, None, None), ("count", 11807, None, None), ("fraction", 0.2, None, "about")], None),
    ("de", "Rund 2.900 Abschiebungen scheiterten unmittelbar vor dem Abflug, etwa weil die Betroffenen nicht angetroffen wurden.", True, [("count", 2900, None, "about")], None),
    ("de", "Ende Juni waren in Deutschland 220.808 Menschen ausreisepflichtig, mehr als 80 Prozent davon mit einer Duldung.", True, [("count", 220808, None, None), ("percent", 80, "%", "over")], None),
    ("de", "Flüchtlingsräte sprechen von einer „Abschiebungsmaschinerie ohne Rücksicht auf Familien“.", False, [], None),
    # --- Gewalt gegen Frauen (APA) ---
    ("de", "Wien (APA) - Die Polizei hat im Vorjahr 15.115 Betretungs- und Annäherungsverbote ausgesprochen, nach 14.643 im Jahr davor.", True, [("count", 15115, None, None), ("count", 14643, None, None)], None),
    ("de", "27 Frauen wurden in Österreich im Vorjahr getötet, in 41 weiteren Fällen blieb es beim Versuch.", True, [("count", 27, None, None), ("count", 41, None, None)], None),
    ("de", "In 19 der 27 Fälle war der Tatverdächtige der Partner oder Ex-Partner des Opfers.", True, [("count", 19, None, None), ("count", 27, None, None)], None),
    ("de", "Betroffene finden rund um die Uhr Hilfe bei der Frauenhelpline unter 0800 222 555.", False, [], None),
    ("de", "„Gewalt gegen Frauen ist kein Privatproblem, sondern ein gesellschaftliches“, sagte die Frauenministerin.", False, [], None),
    # --- Lagebild Cybercrime (dpa) ---
    ("de", "Wiesbaden (dpa) - Das Bundeskriminalamt hat im vergangenen Jahr 131.391 Fälle von Cyberkriminalität im Inland erfasst, 1,8 Prozent weniger als 2023.", True, [("count", 131391, None, None), ("percent", 1.8, "%", None), ("year", 2023, None, None)], None),
    ("de", "Die Aufklärungsquote lag bei lediglich 32,6 Prozent.", True, [("percent", 32.6, "%", None)], None),
    ("de", "Den Schaden durch Cyberangriffe auf Unternehmen beziffert der Branchenverband Bitkom auf 178,6 Milliarden Euro.", True, [("money", 178600000000, "EUR", None)], None),
    ("de", "Verbraucher sollten niemals Zugangsdaten per Telefon oder E-Mail herausgeben, rät das BKA.", False, [], None),
    # --- Untersuchungshaft und Kaution (APA, dpa) ---
    ("de", "Innsbruck (APA) - Die Untersuchungshaft über einen 45-jährigen mutmaßlichen Drogenhändler wurde um zwei Monate verlängert.", True, [("duration", 45, "year", None), ("duration", 2, "month", None)], None),
    ("de", "Bei ihm waren 14 Kilogramm Kokain mit einem Straßenverkaufswert von rund 1,1 Millionen Euro gefunden worden.", True, [("count", 14, None, None), ("money", 1100000, "EUR", "about")], None),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    ("de", "Frankfurt (dpa) - Ein wegen Geldwäsche angeklagter Unternehmer ist gegen eine Kaution von 250.000 Euro aus der Untersuchungshaft entlassen worden.", True, [("money", 250000, "EUR", None)], None),
    ("de", "Er muss sich zweimal pro Woche bei der Polizei melden und hat seinen Reisepass abgegeben.", True, [("count", 2, None, None)], None),
    # --- Raserkontrolle im Kanton Zürich (sda) ---
    ("de", "Bei einer Schwerpunktaktion gegen Raser wurden am Wochenende 412 Fahrzeuge kontrolliert und 23 Führerausweise auf der Stelle abgenommen, wie die Kantonspolizei Zürich mitteilte.", True, [("count", 412, None, None), ("count", 23, None, None)], "die Kantonspolizei Zürich"),
    ("de", "Ein 20-jähriger Lenker wurde mit 141 km/h gemessen, erlaubt sind an der Stelle 80.", True, [("duration", 20, "year", None), ("count", 141, None, None), ("count", 80, None, None)], None),
    # === English ================================================================================
    # --- Crime Survey for England and Wales (PA) ---
    ("en", "LONDON (PA) - Adults in England and Wales experienced an estimated 9.4 million incidents of crime in the year ending March 2025, according to the Crime Survey for England and Wales.", True, [("count", 9400000, None, "about"), ("year", 2025, None, None)], None),
    ("en", "The figure was broadly unchanged from the previous year, the Office for National Statistics said.", True, [], "the Office for National Statistics"),
    ("en", "Fraud accounted for 4.2 million of those incidents, up 31% compared with the previous year.", True, [("count", 4200000, None, None), ("percent", 31, "%", None)], None),
    ("en", "Police forces recorded 6.6 million crimes excluding fraud and computer misuse, a fall of 2%.", True, [("count", 6600000, None, None), ("percent", 2, "%", None)], None),
    ("en", "Knife or sharp instrument offences rose 2% to 54,587, the ONS said.", True, [("percent", 2, "%", None), ("count", 54587, None, None)], "the ONS"),
    ("en", "There were 535 homicides, down 6% and the lowest number since 2014.", True, [("count", 535, None, None), ("percent", 6, "%", None), ("year", 2014, None, None)], None),
    ("en", "Shoplifting offences jumped 20% to 516,971, the highest since current recording practices began in 2003.", True, [("percent", 20, "%", None), ("count", 516971, None, None), ("year", 2003, None, None)], None),
    ("en", "Around one in five adults said they had been a victim of crime in the previous 12 months.", True, [("fraction", 0.2, None, "about"), ("duration", 12, "month", None)], None),
    ("en", "Victims' groups said the figures hid the true scale of offending in many communities.", False, [], None),
    ("en", "\"Every one of these crimes leaves a victim,\" the policing minister said.", False, [], None),
    # --- Charge rates (PA) ---
    ("en", "Just 7.3% of offences recorded in the year to March resulted in a charge or summons, Home Office figures show.", True, [("percent", 7.3, "%", None)], None),
    ("en", "For rape the charge rate was 3.6%, and for theft from the person 0.9%.", True, [("percent", 3.6, "%", None), ("percent", 0.9, "%", None)], None),
    ("en", "More than 40% of investigations were closed with no suspect identified.", True, [("percent", 40, "%", "over")], None),
    ("en", "Police chiefs say they are being asked to do more with less.", False, [], None),
    # --- Murder sentence at the Old Bailey (PA) ---
    ("en", "LONDON (PA) - A man who stabbed a delivery rider to death in east London must serve a minimum term of 22 years of his life sentence.", True, [("duration", 22, "year", None)], None),
    ("en", "Connor Doyle, 24, knifed 31-year-old Tomasz Wilk eight times in Stratford on 3 March last year, the Old Bailey heard.", True, [("duration", 24, "year", None), ("duration", 31, "year", None), ("count", 8, None, None), ("date", "--03-03", None, None)], None),
    ("en", "His co-defendant, aged 17 at the time, was sentenced to 14 years' detention for manslaughter.", True, [("duration", 17, "year", None), ("duration", 14, "year", None)], None),
    ("en", "The jury deliberated for about six and a half hours before returning unanimous verdicts.", True, [("duration", 6.5, "hour", "about")], None),
    ("en", "The trial lasted three weeks.", True, [("duration", 3, "week", None)], None),
    ("en", "\"You took a young man's life over nothing,\" Judge Mark Heywood told Doyle.", False, [], None),
    ("en", "Outside court, Mr Wilk's sister said the family would never recover from their loss.", False, [], None),
    # --- Crown Court sentences (PA) ---
    ("en", "LEEDS, England (PA) - A former care worker who stole £38,400 from elderly residents has been given a 20-month prison sentence suspended for two years.", True, [("money", 38400, "GBP", None), ("duration", 20, "month", None), ("duration", 2, "year", None)], None),
    ("en", "Pamela Hurst, 52, must also complete 180 hours of unpaid work and attend 25 sessions of a rehabilitation programme.", True, [("duration", 52, "year", None), ("duration", 180, "hour", None), ("count", 25, None, None)], None),
    ("en", "She was ordered to repay the money within 28 days and to pay a victim surcharge of £187.", True, [("duration", 28, "day", None), ("money", 187, "GBP", None)], None),
    ("en", "\"I am truly ashamed of what I did,\" Hurst wrote in a letter to the court.", False, [], None),
    ("en", "In a separate case at the same court, a 19-year-old was handed a 12-month community order and banned from driving for 30 months.", True, [("duration", 19, "year", None), ("duration", 12, "month", None), ("duration", 30, "month", None)], None),
    ("en", "A 44-year-old man who breached a restraining order was jailed for 16 weeks and made subject to a five-year restraining order.", True, [("duration", 44, "year", None), ("duration", 16, "week", None), ("duration", 5, "year", None)], None),
    ("en", "Another defendant received 20 weeks' imprisonment, suspended for 12 months, and a 10-year criminal behaviour order.", True, [("duration", 20, "week", None), ("duration", 12, "month", None), ("duration", 10, "year", None)], None),
    ("en", "Sentences for knife possession averaged 8.1 months, the longest on record, Ministry of Justice figures show.", True, [("duration", 8.1, "month", None)], None),
    ("en", "The immediate custody rate for those offences rose to 36% from 33% a year earlier.", True, [("percent", 36, "%", None), ("percent", 33, "%", None)], None),
    # --- Prison population (Reuters, PA) ---
    ("en", "LONDON, Oct 10 (Reuters) - The prison population in England and Wales stood at 87,919 on Friday, against a usable operational capacity of 89,453, Ministry of Justice data showed.", True, [("date", "--10-10", None, None), ("count", 87919, None, None), ("count", 89453, None, None)], None),
    ("en", "Prisons in the male estate were running at 99% of capacity, with fewer than 1,500 spaces left.", True, [("percent", 99, "%", None), ("count", 1500, None, "under")], None),
    ("en", "About 1,700 prisoners were released early last month after serving 40% of their sentences, the Ministry of Justice said.", True, [("count", 1700, None, "about"), ("percent", 40, "%", None)], "the Ministry of Justice"),
    ("en", "The government has pledged to create 14,000 additional places by 2031.", True, [("count", 14000, None, None), ("year", 2031, None, None)], None),
    ("en", "The remand population reached 17,742, the highest in more than 50 years.", True, [("count", 17742, None, None), ("duration", 50, "year", "over")], None),
    ("en", "Self-harm incidents rose 9% to 75,874 in the 12 months to June, roughly 208 a day.", True, [("percent", 9, "%", None), ("count", 75874, None, None), ("duration", 12, "month", None), ("count", 208, None, "about")], None),
    ("en", "Nearly a third of inmates are held in overcrowded cells, according to the Prison Reform Trust.", True, [("fraction", 0.3333, None, "nearly")], "the Prison Reform Trust"),
    ("en", "\"Our prisons are at breaking point and the public deserves better,\" the justice secretary said.", False, [], None),
    ("en", "Campaigners argue that short sentences do little to cut reoffending.", False, [], None),
    # --- Small boats (PA) ---
    ("en", "LONDON (PA) - A total of 1,097 migrants crossed the English Channel in small boats on Saturday, the highest daily figure so far this year, according to the Home Office.", True, [("count", 1097, None, None)], "the Home Office"),
    ("en", "They arrived in 17 boats, an average of about 65 people per boat.", True, [("count", 17, None, None), ("count", 65, None, "about")], None),
    ("en", "It takes the total for the year so far to 36,954, up 19% on the same point last year.", True, [("count", 36954, None, None), ("percent", 19, "%", None)], None),
    ("en", "The record for a single day is 1,305, set on 2 September 2022.", True, [("count", 1305, None, None), ("date", "2022-09-02", None, None)], None),
    ("en", "No crossings were recorded on Friday as winds gusted above 30mph in the Strait of Dover.", True, [("count", 30, None, "over")], None),
    ("en", "French police prevented 412 people from launching boats from beaches near Gravelines, the Home Office said.", True, [("count", 412, None, None)], "the Home Office"),
    ("en", "At least 78 people have died attempting the crossing this year, according to the International Organization for Migration.", True, [("count", 78, None, "at_least")], "the International Organization for Migration"),
    ("en", "The home secretary said the smuggling gangs were \"treating human beings as cargo\".", False, [], None),
    ("en", "Whether the new returns deal with France will deter crossings remains to be seen.", False, [], None),
    # --- Asylum in the UK (Reuters) ---
    ("en", "LONDON, Aug 21 (Reuters) - Britain received 111,084 asylum claims in the year to June, the highest figure since records began in 2001, the Home Office said.", True, [("date", "--08-21", None, None), ("count", 111084, None, None), ("year", 2001, None, None)], "the Home Office"),
    ("en", "The initial grant rate fell to 48% from 61% a year earlier.", True, [("percent", 48, "%", None), ("percent", 61, "%", None)], None),
    ("en", "A total of 90,812 cases were awaiting an initial decision at the end of June, the lowest backlog in two years.", True, [("count", 90812, None, None), ("duration", 2, "year", None)], None),
    ("en", "There were 32,345 asylum seekers housed in hotels, up 8% on a year earlier.", True, [("count", 32345, None, None), ("percent", 8, "%", None)], None),
    ("en", "Enforced returns rose 24% to 9,072, while a further 26,312 people left voluntarily.", True, [("percent", 24, "%", None), ("count", 9072, None, None), ("count", 26312, None, None)], None),
    ("en", "Applicants from Pakistan, Eritrea and Iran made up almost two-fifths of all claims.", True, [("fraction", 0.4, None, "nearly")], None),
    ("en", "Asylum support costs reached £4.76 billion in the 2024-25 financial year.", True, [("money", 4760000000, "GBP", None), ("year", 2024, None, None), ("year", 2025, None, None)], None),
    ("en", "Refugee charities urged ministers to focus on clearing the backlog rather than on headlines.", False, [], None),
    # --- FBI crime data (AP) ---
    ("en", "WASHINGTON (AP) — Violent crime in the United States fell an estimated 4.7% last year, according to FBI data released Monday.", True, [("percent", 4.7, "%", "about")], None),
    ("en", "Murders and non-negligent manslaughters dropped 14.9%, the largest one-year decline on record, the FBI said.", True, [("percent", 14.9, "%", None), ("duration", 1, "year", None)], "the FBI"),
    ("en", "The violent crime rate stood at 359.1 offenses per 100,000 residents.", True, [("count", 359.1, None, None), ("count", 100000, None, None)], None),
    ("en", "Agencies covering about 95% of the U.S. population submitted data, up from 83% in 2022.", True, [("percent", 95, "%", "about"), ("percent", 83, "%", None), ("year", 2022, None, None)], None),
    ("en", "Criminologists cautioned that a single year of data does not make a trend.", False, [], None),
    # --- Southwest border (Reuters) ---
    ("en", "WASHINGTON, July 15 (Reuters) - U.S. Border Patrol agents made 4,598 apprehensions between ports of entry at the southwest border in June, U.S. Customs and Border Protection said.", True, [("date", "--07-15", None, None), ("count", 4598, None, None)], "U.S. Customs and Border Protection"),
    ("en", "That works out to an average of about 153 a day, down from more than 2,000 a day at the peak in December 2023.", True, [("count", 153, None, "about"), ("count", 2000, None, "over"), ("year", 2023, None, None)], None),
    ("en", "Agents recorded 1,012 known \"gotaways\" - migrants observed but not caught - in the month.", True, [("count", 1012, None, None)], None),
    ("en", "Immigration and Customs Enforcement was holding 57,861 people in detention as of July 6, a record.", True, [("count", 57861, None, None), ("date", "--07-06", None, None)], None),
    ("en", "Deportation flights averaged 38 a week in June, according to Witness at the Border, an advocacy group.", True, [("count", 38, None, None)], None),
    ("en", "The Department of Homeland Security said it had deported more than 310,000 people since January 20.", True, [("count", 310000, None, "over"), ("date", "--01-20", None, None)], "the Department of Homeland Security"),
    ("en", "\"The border is closed, and it will stay closed,\" the White House press secretary told reporters.", False, [], None),
    ("en", "The White House called the figures \"historic\".", False, [], None),
    # --- Federal sentencing and bail (AP) ---
    ("en", "NEW YORK (AP) — A Manhattan fund manager who ran a $230 million fraud was sentenced Thursday to 12 years and seven months in federal prison.", True, [("duration", 12, "year", None), ("duration", 7, "month", None), ("money", 230000000, "USD", None)], None),
    ("en", "U.S. District Judge Laura Kim also ordered him to forfeit $41 million and to serve three years of supervised release.", True, [("money", 41000000, "USD", None), ("duration", 3, "year", None)], None),
    ("en", "Prosecutors had sought at least 15 years, the Justice Department said.", True, [("duration", 15, "year", "at_least")], "the Justice Department"),
    ("en", "Charges are merely accusations, and the defendant is presumed innocent unless and until proven guilty.", False, [], None),
    ("en", "In Los Angeles, a judge sentenced a 27-year-old gunman to 25 years to life for a fatal shooting outside a nightclub.", True, [("duration", 27, "year", None), ("duration", 25, "year", None)], None),
    ("en", "His bail had been set at $2 million after his arrest in August 2023.", True, [("money", 2000000, "USD", None), ("year", 2023, None, None)], None),
    ("en", "In Chicago, a 16-year-old charged as an adult is being held on $500,000 bond.", True, [("duration", 16, "year", None), ("money", 500000, "USD", None)], None),
    ("en", "The Federal Bureau of Prisons held 155,972 inmates in its facilities as of Thursday, about 11% above rated capacity.", True, [("count", 155972, None, None), ("percent", 11, "%", "about")], None),
    ("en", "Roughly one in four federal prisoners is serving time for a drug offense.", True, [("fraction", 0.25, None, "about")], None),
    # --- Frontex and UNHCR (Reuters) ---
    ("en", "WARSAW, Jan 14 (Reuters) - Irregular crossings of the European Union's external borders fell 38% last year to about 239,000, the lowest level since 2021, Frontex said.", True, [("date", "--01-14", None, None), ("percent", 38, "%", None), ("count", 239000, None, "about"), ("year", 2021, None, None)], "Frontex"),
    ("en", "Detections on the Central Mediterranean route dropped 59% to around 67,000.", True, [("percent", 59, "%", None), ("count", 67000, None, "about")], None),
    ("en", "Arrivals on the eastern land border with Belarus and Russia, by contrast, nearly tripled to 17,000.", True, [("count", 17000, None, None)], None),
    ("en", "Syrians, Malians and Ukrainians were the three most commonly reported nationalities.", True, [("count", 3, None, None)], None),
    ("en", "GENEVA, June 12 (Reuters) - The number of people forcibly displaced worldwide reached 123.2 million at the end of 2024, UNHCR said.", True, [("date", "--06-12", None, None), ("count", 123200000, None, None), ("year", 2024, None, None)], "UNHCR"),
    ("en", "Sudan remained the largest displacement crisis, with 14.3 million people uprooted.", True, [("count", 14300000, None, None)], None),
    ("en", "Low- and middle-income countries host 71% of the world's refugees, the agency said.", True, [("percent", 71, "%", None)], None),
    ("en", "\"Each of these numbers is a person forced to flee,\" the High Commissioner said.", False, [], None),
    # --- Victoria and NSW (AAP) ---
    ("en", "MELBOURNE, June 19 (AAP) - Recorded criminal incidents in Victoria rose 13.2% to 593,000 in the year to March, the highest total in two decades, the Crime Statistics Agency said.", True, [("date", "--06-19", None, None), ("percent", 13.2, "%", None), ("count", 593000, None, None), ("duration", 20, "year", None)], "the Crime Statistics Agency"),
    ("en", "The offence rate climbed to 8,441 per 100,000 people.", True, [("count", 8441, None, None), ("count", 100000, None, None)], None),
    ("en", "Children aged 10 to 17 were alleged offenders in 13,620 incidents, up by more than a quarter.", True, [("duration", 10, "year", None), ("duration", 17, "year", None), ("count", 13620, None, None), ("fraction", 0.25, None, "over")], None),
    ("en", "SYDNEY (AAP) - A man who fatally stabbed his neighbour in Penrith has been jailed for 18 years with a non-parole period of 13 years and six months.", True, [("duration", 18, "year", None), ("duration", 13, "year", None), ("duration", 6, "month", None)], None),
    ("en", "Justice Peter Lawlor told the NSW Supreme Court that Damien Roe, 46, had struck the victim at least 20 times.", True, [("duration", 46, "year", None), ("count", 20, None, "at_least")], "Peter Lawlor"),
    ("en", "With time already served, Roe will be eligible for parole in 2037.", True, [("year", 2037, None, None)], None),
    ("en", "In Brisbane, three teenagers aged 14, 15 and 16 have been charged over a string of carjackings, Queensland Police said.", True, [("count", 3, None, None), ("duration", 14, "year", None), ("duration", 15, "year", None), ("duration", 16, "year", None)], "Queensland Police"),
    ("en", "The Australian Border Force said it had intercepted 1.4 tonnes of cocaine worth an estimated A$420 million.", True, [("count", 1.4, None, None), ("money", 420000000, "AUD", "about")], None),
    ("en", "Net overseas migration to Australia fell 30% in the year to June to 341,000, the Australian Bureau of Statistics said.", True, [("percent", 30, "%", None), ("count", 341000, None, None)], "the Australian Bureau of Statistics"),
    ("en", "CANBERRA (AAP) - Australia refused 12,483 protection visa applications in the 2024-25 financial year, about 85% of those decided.", True, [("count", 12483, None, None), ("year", 2024, None, None), ("year", 2025, None, None), ("percent", 85, "%", "about")], None),
    ("en", "Anyone with information is urged to contact Crime Stoppers on 1800 333 000.", False, [], None),
    # --- Ireland (Reuters, PA) ---
    ("en", "DUBLIN, Sept 4 (Reuters) - Gardaí seized cannabis worth €2.1 million in a search of a warehouse in Co Kildare, the force said.", True, [("date", "--09-04", None, None), ("money", 2100000, "EUR", None)], None),
    ("en", "Two men, aged 29 and 35, were remanded in custody to appear again at Naas District Court on September 11.", True, [("count", 2, None, None), ("duration", 29, "year", None), ("duration", 35, "year", None), ("date", "--09-11", None, None)], None),
    ("en", "The Irish Prison Service said its prisons held 5,412 people on Tuesday, against a bed capacity of 4,765.", True, [("count", 5412, None, None), ("count", 4765, None, None)], None),
    ("en", "That means the system is operating at 114% of capacity, with 398 people sleeping on mattresses on cell floors.", True, [("percent", 114, "%", None), ("count", 398, None, None)], None),
    # --- Canada (CP) ---
    ("en", "OTTAWA (CP) — Canada's Crime Severity Index fell 4% last year to 78.1, Statistics Canada said Thursday.", True, [("percent", 4, "%", None), ("count", 78.1, None, None)], "Statistics Canada"),
    ("en", "The homicide rate dropped to 1.94 per 100,000 people, from 2.08 a year earlier.", True, [("count", 1.94, None, None), ("count", 100000, None, None), ("count", 2.08, None, None)], None),
    ("en", "Police reported 778 homicides, 96 fewer than in 2023.", True, [("count", 778, None, None), ("count", 96, None, None), ("year", 2023, None, None)], None),
    ("en", "Advocates said the numbers offered little comfort to communities still grappling with gun violence.", False, [], None),
    # --- Scotland and London (PA) ---
    ("en", "Police Scotland said it had recorded 3,210 offensive weapon offences in the first six months of the year, down 3.7%.", True, [("count", 3210, None, None), ("ordinal", 1, None, None), ("duration", 6, "month", None), ("percent", 3.7, "%", None)], "Police Scotland"),
    ("en", "Some 42% of those charged with carrying a knife were aged under 25.", True, [("percent", 42, "%", "about"), ("duration", 25, "year", "under")], None),
    ("en", "A 15-year-old boy is due in court charged with attempted murder after a 16-year-old was stabbed near a school in Glasgow, Police Scotland said.", True, [("duration", 15, "year", None), ("duration", 16, "year", None)], "Police Scotland"),
    ("en", "Five people aged between 15 and 19 have been arrested after a disturbance at a shopping centre in Dundee.", True, [("count", 5, None, None), ("duration", 15, "year", None), ("duration", 19, "year", None)], None),
    ("en", "The victim, a man in his 30s, was pronounced dead at the scene, police said.", True, [], "police"),
    ("en", "If you carry a knife, you are more likely to become a victim yourself, officers warned.", False, [], None),
    ("en", "LONDON (PA) - Scotland Yard said it had made 2,314 arrests for shoplifting in the first quarter, 34% more than a year earlier.", True, [("count", 2314, None, None), ("ordinal", 1, None, None), ("percent", 34, "%", None)], "Scotland Yard"),
    ("en", "More than 1,400 officers will be deployed for the Notting Hill Carnival, with a 24-hour dispersal order in place around the site.", True, [("count", 1400, None, "over"), ("duration", 24, "hour", None)], None),
    ("en", "Live facial recognition vans led to 103 arrests across 10 deployments, the Metropolitan Police said.", True, [("count", 103, None, None), ("count", 10, None, None)], "the Metropolitan Police"),
    ("en", "Police are appealing for anyone with dashcam footage to come forward.", False, [], None),
    ("en", "If you have been affected by this story, support is available from Victim Support.", False, [], None),
    ("en", "It is a scandal that victims are waiting years for justice.", False, [], None),
    ("en", "This story has been updated with details of the sentencing.", False, [], None),
    ("en", "Reporting by Sarah Mills; Editing by Tom Hale", False, [], None),
]
