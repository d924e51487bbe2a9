"""Two-hundred-and-fifty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Walter
Pirkhofer, Sabine Wurzinger, Rainer Obergruber, Clemens Haiderer, Herwig Stadlmayr,
Bernhard Kaltenegger, Martina Pucher-Lenz, Armin Tauchner, Nathalie Rochat, Elfriede
Kranawetter, Karin Wallnöfer; every unnamed defendant, victim, judge, prosecutor, defence
lawyer, investigator, police spokesperson, union spokesman, resident, jeweller and
official); police chiefs, ministers, prosecutors, judges and heads of offices of real
bodies appear under made-up names that stand for no real holder, or by their role only
(„die Gerichtspräsidentin“, „der vorsitzende Richter“, „der Landespolizeidirektor“, „die
Präsidentin der kantonalen Polizeidirektorenkonferenz“, „ein Zürcher Jugendanwalt“, "the
office's director", "a spokesperson for the prosecutors"). Real bodies, courts and places
(Landespolizeidirektion Wien, Niederösterreich, Tirol and Steiermark, Innenministerium,
Favoriten, Bezirksgericht Zürich, Oerlikon, Straflandesgericht Wien, Bezirksgericht
Leopoldstadt, Kriminalstatistik, ÖVP, SPÖ, FPÖ, SVP, Bundesamt für Statistik (BFS),
Neuenburg, kantonale Polizeidirektorenkonferenz, Landeskriminalamt, St. Pölten, Baden,
Landesgericht für Strafsachen Graz, Bundeskriminalamt (BK), Wirtschaftskammer,
Bundesstrafgericht, Berufungskammer, Bundesanwaltschaft, Praterstern, U6, Gürtel,
Reumannplatz, Landesgericht Linz, Obergericht, Lyss, Kantonspolizei Bern, „Tiroler
Tageszeitung“, Landesgericht Klagenfurt, Meldestelle für Geldwäscherei (MROS), Bundesamt
für Polizei (Fedpol), Transparency International Schweiz, Justizanstalt Wien-Josefstadt,
Justizwachegewerkschaft, Landesgericht Feldkirch, Bezirksgericht Innsbruck,
Jugendanwaltschaften, Bezirksgericht Winterthur, Kantonspolizei Zürich; the Office of the
Attorney General of Switzerland, the Federal Criminal Court, Bellinzona, Geneva, Lausanne,
Lyon, the Rue du Rhône, Austria's Federal Criminal Police Office, Europol, Hamburg, Lower
Austria, the Federal Office for Cyber Security, Austria's Court of Audit, the Interior
Ministry, and the datelines' cities) stand for the way wire copy names them; every case,
charge, verdict, sentence, fine, award, loss, seizure, tally, rate, share, age, date and
quote here is invented, and where a real figure came to mind (a real count of reported
offences, a real cybercrime or clearance figure, a real prison population) it was changed;
only the legal age of criminal responsibility (14 in Austria, ten in Switzerland) and the
year the Swiss speeding offence was created stand as the rules have them.

Its weight: CRIME STATISTICS AND COURTS AT HOME IN AUSTRIA AND SWITZERLAND, about 70 percent
German as the brief for this batch asks (the default half and half set aside, as the
two-hundred-and-forty-sixth did; the fifty-fifth and hundred-eighty-seventh batches weighed
crime statistics, the hundred-fifty-second police, courts and crime on one day, the
two-hundred-and-thirteenth criminal and civil courts at home, the two-hundred-and-forty-third
police reports and the two-hundred-and-forty-eighth courts abroad, and their decisions are
kept) - Kriminalstatistik, cybercrime, fraud damage, trials at Landesgericht and
Bezirksgericht, verdicts, sentences and police operations - over one year of copy in story
order (New Year's Day to mid-December), 33 short stories with the English stories filed on
the day of their German twin or between the German ones, each told as wire copy runs it (a
dateline lead with the figure, the verdict or the charge, the sums, counts and terms, both
sides' statements, a quote, the legal status and the next step). German, 22 stories (APA
from Vienna, St. Pölten, Graz, Linz, Innsbruck, Klagenfurt and Feldkirch; Keystone-SDA from
Zürich, Neuenburg, Bellinzona, Bern and Winterthur; Austrian
"Anzeigen", "Aufklärungsquote", "Tatverdächtige", "Schöffensenat", "Geschworenen",
"Diversion", "gemeinnützige Leistungen", "Schmerzengeld", "Trauerschmerzengeld",
"Teilschmerzengeld", "Tagessätze", "bedingt nachgesehen", "unbedingter Haft",
"Bedenkzeit", "Berufung", "nicht rechtskräftig", "Pensionistin", "Spital", "heuer",
"Fußfessel", "Belagsquote", "Justizanstalt"; Swiss "grössten", "Fussgängerin",
"Führerausweis", "Busse", "Ersatzforderung", "teilbedingt", "innert", "verzeigt",
"weiterziehen", "Entscheid", "Gemäss", apostrophes "571'904", «» quotes, German „“
quotes): New Year's Eve in Vienna, a cash collector for fake police officers in Zurich, a
crypto fraud trial in Vienna, a football fan's Diversion at a Bezirksgericht, Austria's
crime statistics, Switzerland's police statistics, shock calls in Lower Austria, a femicide
before a Graz jury, the Bundeskriminalamt's cybercrime report, bankers convicted of money
laundering in Bellinzona, a drug operation in Vienna, a ransomware attack on a
municipality before the Linz court, a speeder's sentence cut by the Bern Obergericht, a
love scam in Tyrol, an ex-mayor's breach of trust in Klagenfurt, the money laundering
reporting office's figures, overcrowded prisons, online marketplace fraud in Feldkirch, an
e-scooter collision at the Bezirksgericht Innsbruck, youth convictions in Switzerland, a
derby in Graz and a cannabis plantation in Winterthur. English, 11 stories (Reuters with a
day in the dateline, AFP with a day, AP): Swiss money laundering charges, the Vienna
crypto verdict, Austria's cybercrime figures, Geneva watch robberies, the Bellinzona
verdict, raids on scam call centres, a record cocaine seizure, Swiss cyber incident
reports, Austria's crowded prisons, a former police officer jailed for selling data, and
banks' phishing refunds. Figures as such copy has them: reported offences, clearance rates
and moves in Prozentpunkte, cybercrime and fraud damage in Euro, Franken and dollars,
arrests, seizures in tonnes and kilograms, speeds and blood alcohol, shares in words ("mehr
als jede achte Anzeige", "Fast neun von zehn", "Jeder fünfte", "Jedes zehnte", "one in
six", "Nearly a third"), sentences in months and years with halves and number words,
day-fines, ages, spans down to seconds, ordinals, years and dates. About 55 negatives as
such copy has them: police chiefs', prosecutors', judges' and ministers' rhetoric in quotes,
parties' and unions' labels, an accusation, advice, an appeal, hopes, fears and a belief,
defendants' and victims' feelings and protestations, evasions, open questions and scene
colour - each near a check-worthy look-alike from the same story or speaker, two of them
carrying figures, labelled.

245 rows (172 German, 73 English), 55 negatives (36 German, 19 English), 190 check-worthy
rows of which 25 carry no figure (19 German, 6 English), 317 expected quantities (98 counts,
79 durations - 45 in years, 21 in months, 5 in days, 3 in weeks, 2 in hours, 2 in seconds, 1
in minutes -, 50 amounts of money - 34 EUR, 13 CHF, 3 USD -, 28 years, 23 percentages - 21
in %, 2 in pp -, 15 dates, 15 fractions, 9 ordinals; 2 of them in two negatives, as the
seventeenth batch labels a figure in a negative), 37 checked speakers (21 German, 16
English). These counts were computed by a script over the list.

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, piece of advice, appeal, feeling, hope, fear, belief, protestation or
  piece of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-fifty-second, hundred-eighty-seventh,
  two-hundred-and-thirteenth, two-hundred-and-forty-eighth); a quoted or reported statement
  of fact, figure, step, plan or position is check-worthy with its speaker, also in
  Konjunktiv I (thirty-ninth, hundred-second). Pairs from one speaker: Pirkhofer's 80 young
  men beside his „Wer Feuerwerk auf Einsatzkräfte richtet ...“; Wurzinger's „Bruchteil“
  beside her „Illusion“; Stadlmayr's 690 million euros and 250 IT specialists beside his
  „Tatort der Zukunft“ and "a crowbar"; Kaltenegger's 112 children beside his advice
  („riet“; hundred-eighty-seventh: advice on reading figures is a negative); Tauchner's
  fifth and 23.5 million euros beside his advice „Zahlen Sie niemals ...“ and his refusal to
  forecast; Haiderer's finding beside "You sold people a dream ..."; Rochat's 14 posts
  beside „sicheren Hafen“; Kranawetter's 104 percent and 420 places beside her evasion on
  the budget; Wallnöfer's finding beside "Citizens must be able to trust ..."; the
  ex-mayor's denial „Ich habe keinen einzigen Cent für mich selbst behalten“ check-worthy
  without a figure (hundred-second: „Ich habe mir nie Geld aus der Gemeindekasse genommen“)
  beside his self-description „Ich habe immer nur das Beste ... gewollt“ (a protestation,
  two-hundred-and-thirteenth).
- The legal status and the next step are check-worthy without a figure (fifty-fifth,
  hundred-fifty-second, two-hundred-and-thirteenth): „Das Urteil ist noch nicht
  rechtskräftig.“, „Die Entscheidung ist rechtskräftig.“, „das Urteil ist daher nicht
  rechtskräftig“, „rechtskräftig ist es noch nicht“ (with ordinal 3), „ist es aber nicht
  rechtskräftig“, "The verdict is not yet final."; appeals announced or weighed („kündigten
  an, den Entscheid ... anzufechten“, „kündigte an, das Urteil ans Obergericht
  weiterzuziehen“, „meldete Berufung ... an“, „erbaten Bedenkzeit“, „erbat drei Tage
  Bedenkzeit“ 3 days, "would appeal", "planned to challenge the verdict", "would not
  appeal"); pleas and confessions („bekannte sich nicht schuldig“, „hatte sich nicht schuldig
  bekannt und von „üblicher Praxis ...“ gesprochen“ - a label wrapped round a plea does not
  undo it, two-hundred-and-thirteenth -, „voll geständig“, „gestanden, aber bestritten“); one
  side's account (the defence lawyer's hacker attack with 2021 and 4,800 Bitcoin, "A lawyer
  representing the younger defendant said ..." unchecked); a court's reasons („Das Gericht
  begründete die Reduktion damit, ...“, „Erschwerend wertete der Senat, ...“); and a
  Diversion, an outcome of record with its conditions (fifty-fifth: "120 Stunden gemeinnützige
  Leistungen" 120 hours) - „80 Stunden gemeinnützige Leistungen“ 80 hours and „1.500 Euro
  Schmerzengeld“ -, as is its refusal („Eine Diversion, die die Verteidigung beantragt
  hatte, lehnte das Gericht ... ab.“; two-hundred-and-forty-eighth: acts of record).
- Sentences are durations as written (thirty-ninth, two-hundred-and-thirteenth,
  two-hundred-and-forty-eighth): „einer teilbedingten Freiheitsstrafe von 34 Monaten“,
  „Zwölf Monate davon ..., ... Probezeit von drei Jahren“, „für acht Jahre des Landes“ 8
  years (thirty-ninth: „Landesverweisung von zehn Jahren“), „eine bedingte Strafe von 18
  Monaten verlangt“ (a demand), „bis zu zehn Jahre Haft“ "up_to", „zu dreieinhalb Jahren
  unbedingter Haft“ 3.5, „Freiheitsstrafen von 40 und 30 Monaten“ and "sentences of 40 and
  30 months" (the unit written once), „Strafen von fünf und vier Jahren gefordert“, „von 36
  auf 30 Monate“, „Unbedingt vollzogen werden zehn Monate“, „zu einer bedingten Haftstrafe
  von 20 Monaten“, „zu 26 Monaten Haft“, „Acht Monate der Strafe wurden bedingt
  nachgesehen“, „zu 28 Monaten Freiheitsstrafe“, „Zehn Monate muss er absitzen“, "seven
  years in prison", "a sentence of nine years" (sought), "prison terms of between four and
  nine years" both, "expelled from Switzerland for 15 years", "two and a half years" 2.5,
  "Ten months of the sentence", "an 18-month suspended sentence" 18 months; „Reststrafen von
  bis zu 24 Monaten statt bisher zwölf“ 24 months "up_to" and 12 months (the unit from the
  figure before it, two-hundred-and-thirteenth: "no more than five"). "lebenslang", „zu
  lebenslanger Haft“ none (two-hundred-and-forty-eighth). „teilbedingt“, „bedingt“,
  „unbedingt“, „bedingt nachgesehen“, „vollständig bedingt“ none. The share of a sentence or
  fine is a fraction (two-hundred-and-thirteenth: "up to two-thirds of the term"): „180
  Tagessätze zu je 15 Euro ..., insgesamt 2.700 Euro, wovon die Hälfte bedingt nachgesehen
  wurde“ count 180, 15 EUR, 2,700 EUR and 0.5 (day-fines, fourth and
  two-hundred-and-thirteenth).
- Court money and losses in the currency written (every batch): EUR („insgesamt 31
  Millionen Euro“ - "insgesamt" no hedge -, „1.500 Euro Schmerzengeld“, „rund 690 Millionen
  Euro“, „knapp 1,9 Millionen Euro“, „160.000 Euro“, „212.000 Euro Bargeld“, „je 30.000 Euro“
  - "je" no hedge -, „mindestens 142 Millionen Euro“, „Im Schnitt ... 58.000 Euro“ - "Im
  Schnitt" no hedge -, „1,4 Millionen Euro“, „23,5 Millionen Euro“, „50 Millionen Euro“,
  „rund 48.000 Euro“, „rund 370.000 Euro“, „rund 340.000 Euro“, „19,8 Millionen Euro“,
  „insgesamt 640.000 Euro“, „rund 210.000 Euro“, „insgesamt knapp 96.000 Euro“ "nearly",
  „4.000 Euro“ Teilschmerzengeld, „rund 480.000 Euro“, "31 million euros", "18.4 million
  euros", "about 690 million euros", "at least 85 million euros", "27,500 euros", "more than
  80 million euros", "about 190 million euros", "about 38,000 euros", "about 41 million
  euros", "123 million euros"), CHF („insgesamt rund 412'000 Franken“ "about", „96'000
  Franken“, „eine Busse von 3,2 Millionen Franken“, „eine Ersatzforderung von 17 Millionen
  Franken“, „rund 9,6 Milliarden Franken“, „gut 780'000 Franken“ "over", „250'000 Franken“,
  "up to 5 million Swiss francs", "about 6.8 million Swiss francs", "3.2 million Swiss francs
  and ... a further 17 million francs" - "a further" no hedge; "francs" in Swiss copy are
  CHF -, "between 50,000 and 200,000 francs" both - "typically" no hedge,
  hundred-seventh -), USD ("nearly $210 million", "more than $190 million", „gut 190 Millionen
  Dollar“ "over"). „über“ governed by a noun carries no hedge (hundred-sixteenth,
  two-hundred-and-thirteenth): „eine Überweisung über 45.000 Euro“, „Aufträge über insgesamt
  640.000 Euro“. New: „schleusten ... gut 190 Millionen Dollar über 37 Konten“ gives count
  37 with no hedge - „über“ here is the route the verb „schleusen“ governs ("through 37
  accounts", as the English twin has it), not a bound before the figure, just as „über“
  governed by a noun is none; the hedge of the sum is „gut“.
- New: „Gegen 71 der Festgenommenen wurde die Untersuchungshaft verhängt.“ gives count 71
  with no hedge - „gegen“ is the preposition „verhängen gegen“ governs ("imposed on"), not the
  „gegen“ of a clock time or a rough figure; "71 of the arrested" is a definite group
  (forty-first).
- New: „Die Aktion lief vom 1. bis 14. Juni“ gives two dates, --06-01 and --06-14 - the month
  written once serves both days, as the unit written once serves both figures of a range
  („von 36 auf 30 Monate“, „von 52,1 auf 51,4 Prozent“; fourth, hundred-eighty-seventh).
- New: „die U6-Stationen am Gürtel“ carries none - the name of an underground line is an
  identifier, as road identifiers ("A1", "A38", "Interstate 35"; two-hundred-and-thirteenth)
  and a letter grade („Kategorie B“; hundred-eighty-seventh) are.
- Statistics' own figures (fifty-fifth, hundred-eighty-seventh): totals and categories as
  counts („547.316 angezeigte Delikte, ein Plus von 2,4 Prozent“, „Mit 71.845 Anzeigen ...
  um 14,6 Prozent mehr ... als 2024“, „auf 12.408“, „571'904 Straftaten ..., 3 Prozent mehr
  als im Vorjahr“ - the comparison after the figure -, „auf 64'118 Straftaten“, „51
  registriert, versuchte 203“, „17 Menschen ..., 14 davon Frauen“ - "davon" no hedge -, „in
  47 Fällen“, „593 Schockanrufe, in 38 Fällen“, „auf 214“, „61 Tatverdächtige“, „24 Frauen ..., in 17 Fällen“, „587 Fälle“, „14'382 Verdachtsmeldungen“, „In 2'104
  Fällen“, „um 14 Stellen auf 62“, „9.612 Menschen“, „auf 990 Plätze zuletzt 1.187
  Häftlinge“, „um 6 Prozent auf 12'906“, „in 214 Fällen ..., in 167 davon“, "a record
  71,845" - "a record" no hedge -, "27% to 34,906", "41 times, up from 29", "9,612 inmates",
  "more than 22,000"); clearance rates and shares of suspects are percentages, a move in
  points in pp („um 0,7 Prozentpunkte auf 50,9 Prozent“, „um 1,4 Prozentpunkte auf 38,6
  Prozent“; hundred-thirty-ninth, hundred-eighty-seventh), „Knapp die Hälfte ..., 48,3
  Prozent“ 0.5 "nearly" and 48.3 %, "just 34% ..., compared with 50.9%" ("just" no hedge),
  „Knapp 70 Prozent ..., gut 11 Prozent“, „104 Prozent“, "4% more than they were built for",
  "About 38%", „21 Prozent“; shares in words are fractions („mehr als jede achte Anzeige“
  0.125 "over" - two-hundred-and-forty-ninth: „ein Achtel“ 0.125 -, „Gut zwei Drittel“ and
  "more than two-thirds" 0.6667 "over", „Fast neun von zehn“ 0.9 "nearly"
  (hundred-eighty-seventh: „Rund neun von zehn“), „Jeder fünfte betroffene Betrieb“ 0.2,
  „fast ein Fünftel mehr“ 0.2 "nearly" (hundred-eighty-seventh: „gut ein Zehntel mehr“),
  „Rund ein Viertel“ 0.25 "about", „Jedes zehnte Urteil“ 0.1, "Nearly a third" 0.3333
  "nearly", "one in six" 0.1667, "more than half" 0.5 "over", "roughly a third" 0.3333
  "about", "at least half of the loss" 0.5 "at_least"). Verbs carry none: „verdoppelte sich
  auf 214“ 214 only (hundred-eighty-seventh: "nearly doubled"). None: „so viele wie seit
  Jahrzehnten nicht“, „einen Höchststand“, "the largest single drug haul", "a handful",
  „Dutzende“, "thousands", „ein Bruchteil“.
- Cautions (hundred-eighty-seventh): „Das BFS wies darauf hin, dass viele Betrugsfälle ...
  kaum je aufgeklärt würden.“ states how the figures come about and is check-worthy without
  a figure; Kaltenegger's reading of the rise by its cause with 112 children is check-worthy
  ("a reading of a rise by its cause"), his advice not to read it as a trend a negative.
- Police operations and seizures are counts as written (eighty-first, hundred-fifty-second,
  two-hundred-and-forty-third): „38 Menschen festgenommen und 214 Anzeigen“, „Rund 1.600
  Polizistinnen und Polizisten“, „Allein 147 Anzeigen“ ("Allein" no hedge), „knapp 2,3
  Tonnen Feuerwerkskörper“ 2.3 "nearly" (two-hundred-and-forty-fourth: „128 Tonnen Fisch“),
  „Neun Beamtinnen und Beamte“, „etwa 80 junge Männer“, „rund zwei Dutzend Adressen“ 24
  "about" (two-hundred-and-forty-eighth: „rund ein Dutzend Zeugen“), „drei Luxusuhren und
  zwei Autos“, „96 Verdächtige“, „14,6 Kilogramm Cannabis, 1,2 Kilogramm Kokain“, „täglich
  bis zu 220 Beamtinnen und Beamte“ "up_to" („täglich“ none), „17 Menschen“, „Mehr als 900
  ... aus sechs Bundesländern“, „43 Anzeigen“, "five Balkan countries", "29 sites and ... 17
  people", "more than 9,000 victims", "Around 1,300 of the victims" "about", "about 400
  people", "1.1 tonnes", "a total of 2.4 tonnes" ("a total of" no hedge), "Seven men".
  Speeds and blood alcohol are counts (fourth, two-hundred-and-thirteenth): „mit 161 km/h
  ..., wo nur 80 km/h gelten“ ("nur" no hedge), „mit mindestens 31 km/h“ "at_least", „1,4
  Promille“. Other counts: „rund 2.300 Anleger“, „zunächst 14 Verhandlungstage“ ("zunächst"
  no hedge), „rund 4.800 Bitcoin“ and „ein Lösegeld von 40 Bitcoin“ (a count of coins, an
  earlier batch: „ein Lösegeld von 50 Bitcoin“), „Die acht Geschworenen ... einstimmig“ 8
  ("einstimmig" none), „neun Seniorinnen und Senioren“, „Die fünf Verdächtigen“, „rund 8.400
  Bürgerinnen und Bürgern“, „26 Zahlungen“, „in 212 Fällen“, „zwei Autos“, „412
  Raserdelikte“, „rund 1'900 Hanfpflanzen“, "two former managers", „zwei ehemalige
  Kadermitarbeiter“, "37 accounts", "212 watches ... in five raids", "Only 31 of the
  watches" ("Only" no hedge), "three French men", "Two other defendants", "1,134
  unauthorized searches", "250 more IT specialists" ("more" after a figure no hedge), "420
  places". Repeated acts (the issue's "viermal"): „bereits zweimal“, „bereits dreimal“
  ("bereits" no hedge), „jeweils mehr als zehnmal“ 10 "over" (two-hundred-and-forty-eighth:
  „mehr als 30 Mal“; "jeweils" no hedge), "reported 41 times". None: „den beiden Kindern“,
  „Beide Verteidiger“, "both men", „mehrmals“, „keinen einzigen Cent“, „niemals“, "the
  average loss" (the figure after it as written).
- Ordinals (the issue; every batch): „zum fünften Mal in Folge“ 5 and "for a fifth straight
  year" 5, „im ersten Quartal“ 1 (hundred-eighty-seventh: „im ersten Halbjahr“), "in the
  first half" 1 and no fraction (hundred-eighty-seventh), „am zweiten Verhandlungstag“ 2
  (two-hundred-and-thirteenth: „Am fünften Verhandlungstag“), „die zweite Halbzeit“ 2, "as
  the second defendant" 2 (hundred-second: "A second defendant"), „erst das dritte Urteil“
  3 ("erst" no hedge), „in erster Instanz“ 1 labelled in a negative (fifty-fifth). None:
  "the longest sentence", „Den grössten Betrag“, „Das älteste Opfer“, „der jüngste“, „Am
  häufigsten“, „Beim älteren ..., beim jüngeren“, "the younger defendant".
- Durations (the issue: "fünfstündigen", "zehn Minuten", "a two-week visit"; every batch):
  „zweiwöchigen Schwerpunktaktion“ 2 weeks, „sechs Wochen im Krankenstand“, „seit drei
  Wochen“, „nach knapp drei Stunden Beratung“ 3 hours "nearly", „mit 25 Minuten Verspätung“
  25 minutes, "between 38 and 70 seconds each" both in seconds ("each" none), „für elf
  Tage“, „elf Tage im Spital“, "for 11 days", „bis zu zehn Tagen“ "up_to", „drei Tage
  Bedenkzeit“, „innerhalb von 14 Monaten“ and „innert zwei Jahren“ ("innerhalb von",
  "innert" no hedge), "in the nine months through September" 9 months ("through September"
  none; ninety-first: "in the 12 months to July"), "over three years" ("over" before a span
  no hedge), „vor vier Jahren“, „für mindestens zwei Jahre“ "at_least", „ein Stadionverbot von
  zwei Jahren“. Ages are durations in years (every batch): „24-jährigen“, „eine 93-jährige
  Witwe“, „Dem 41-Jährigen“, "The 41-year-old", „27-jähriger“, „Kinder unter 14 Jahren“
  "under" (hundred-eighty-seventh), „im Alter von 19 bis 46 Jahren“ both, „eine 91-jährige
  Frau“, „ein 36-jähriger Mann“, „der 31-Jährigen“, "a 38-year-old", „einem 62-jährigen
  Genfer“, „23-jähriger“ (and „der 23-Jährige“ labelled in a negative), „Der 29-Jährige“,
  "aged between 26 and 51" both, „Eine 68-jährige Tirolerin“, „der 58-Jährige“, „der jüngste
  war 15 Jahre alt“, „Ein 52-jähriger“, „Die 67-jährige Pensionistin“, "The 46-year-old",
  „zwischen 10 und 14 Jahren“ both, „einen 44-jährigen Gärtner“. None: „im Vorjahr“, „im
  Jahr davor“, „im vergangenen Jahr“, „im vergangenen August“, „im Herbst“, „heuer“,
  „täglich“, „monatliche“, „jeden Morgen“, „seit Jahrzehnten“, „in der Nacht“, „am Sonntag“,
  "last year", "a year earlier", "for years", "next week", "in the same period".
- Years and dates: „zwischen Oktober 2024 und März 2025“ and „zwischen 2019 und 2023“ both
  years, "between 2014 and 2019" (twice), „zwischen 2014 und 2019“, "between 2022 and 2024",
  „die Kriminalstatistik 2025“, „als 2024“, "in 2025", „bei dem 2021“, „seit Sommer 2025“,
  „im März 2024“, „im Frühjahr 2024“, „seit 2022“, „bis 2028“ and "by 2028" (twice), "since
  2021", "since 2020", "from January 2027", "in a 2024 report" (two-hundred-and-fourth: "a
  2022 strategy"), „Seit Einführung des Rasertatbestands 2013“ (two-hundred-and-forty-fourth:
  a year after a law's name) - the years; „am 14. Oktober 2024“ 2024-10-14 and „am 19.
  Februar 2025“ 2025-02-19 (thirty-ninth, two-hundred-and-thirteenth), „am 9. März“ --03-09
  and "on May 26" --05-26 dates without a year, and the two June dates above. Reuters
  datelines with a day ("ZURICH, Jan 20", "VIENNA, March 9", "VIENNA, March 24",
  "BELLINZONA, Switzerland, June 2" with the country between city and day, "ZURICH, Sept
  15", "VIENNA, Oct 6", "VIENNA, Dec 1") and AFP English ones ("VIENNA, July 14 (AFP)",
  "VIENNA, Aug 19 (AFP)"; two-hundred-and-forty-eighth) are dates without a year; AP
  ("GENEVA (AP) —", "VIENNA (AP) —"), APA and Keystone-SDA datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Around",
  "roughly" "about"; „knapp“, „Knapp“, „fast“, „Fast“, "nearly", "Nearly" "nearly"; „mehr
  als“, „Mehr als“, „gut“, „Gut“, "more than" "over"; „unter“ before an age "under"; „bis
  zu“, "up to" "up_to"; „mindestens“, "at least" "at_least". No hedge: „Allein“, „allein“,
  „insgesamt“ (also before „rund“ and „knapp“, which carry theirs), „Insgesamt“, „zunächst“,
  „derzeit“, „bereits“, „erst“, „nur“, „je“, „jeweils“, „Im Schnitt“, „davon“, „zwischen“,
  „statt bisher“, „innert“, „innerhalb von“, „über“ governed by a noun or a verb, „Gegen“
  governed by a verb, „um“ before a change, „bis“ in a range, "just", "Only", "a total of",
  "a further", "a record", "typically", "between", "each", "more" after a figure, "up from",
  "compared with", "over" before a span.
- Speakers, checked only in forms the earlier batches settled: German „teilte die
  Landespolizeidirektion Wien am Donnerstag mit“ and „teilte die Landespolizeidirektion Wien
  mit“ -> "die Landespolizeidirektion Wien", „teilte die Landespolizeidirektion
  Niederösterreich mit“, „... Tirol mit“, „... Steiermark mit“ with the Land as part of the
  name (an earlier batch: „teilte die Landespolizeidirektion Tirol mit“; the weekday dropped,
  hundred-fifty-second); „teilte das Bundesamt für Statistik (BFS) am Montag mit“ -> "das
  Bundesamt für Statistik" and „teilte das Bundesamt für Polizei (Fedpol) am Montag mit“ ->
  "das Bundesamt für Polizei" with the abbreviation in brackets dropped
  (two-hundred-and-forty-fourth); „teilte das BFS mit“ -> "das BFS" (hundred-eighty-seventh:
  „teilte das LKA ... mit“); „teilte das Landesgericht Feldkirch mit“ -> "das Landesgericht
  Feldkirch" (the place part of the name, as "die Staatsanwaltschaft Linz"); „nach Angaben des
  Innenministeriums“ -> "das Innenministerium" (seventieth, hundred-eighty-seventh); „Laut
  Bundeskriminalamt“ -> "Bundeskriminalamt" (hundred-eighty-seventh: „laut
  Bundeskriminalamt“); „sagte Staatsanwältin Sabine Wurzinger zum Prozessauftakt“, „sagte
  BK-Direktor Armin Tauchner bei der Präsentation des Cybercrime-Reports“ and „sagte
  Justizministerin Elfriede Kranawetter (SPÖ) am Montag“ the name with title, party and
  occasion dropped (two-hundred-and-thirteenth, hundred-eighty-seventh);
  „Landespolizeipräsident Walter Pirkhofer sagte, ...“, „Verteidiger Rainer Obergruber sagte,
  ...“ and „Fedpol-Direktorin Nathalie Rochat sagte, ...“ the name
  (two-hundred-and-forty-fourth: the office heading "X sagte"); „Stadlmayr sagte, ...“,
  „Kaltenegger sagte, ...“, „Tauchner sagte, ...“ and „Kranawetter sagte, ...“ opening the row
  (two-hundred-and-fourth). English: "Presiding Judge Clemens Haiderer said", "Defence lawyer
  Rainer Obergruber said", "Interior Minister Herwig Stadlmayr said", "Judge Karin Wallnöfer
  said" and "Justice Minister Elfriede Kranawetter said on Monday, announcing ..." the name
  with the title dropped (two-hundred-and-thirteenth, two-hundred-and-forty-eighth); "The
  Office of the Attorney General of Switzerland said", "the Interior Ministry said" (twice),
  "the Federal Office for Cyber Security said" and "the court said" the body with the
  article in lower case (hundred-eighty-seventh, two-hundred-and-forty-eighth); "the
  ministry said", "The office said", "The bank said in a statement" and "The association
  said" -> "the ministry", "the office", "the bank", "the association" (a common noun for the
  body named before; two-hundred-and-thirteenth: "The council said ..." -> "the council",
  two-hundred-and-forty-eighth: "The company said"); "Europol said" as written
  (hundred-eighty-seventh: "UK Finance said"); "police said" -> "police"
  (two-hundred-and-thirteenth). Left unchecked (None): all negatives, also those with a named
  speaker; „laut Anklage“, „laut Gutachten“ (documents), „Gemäss BFS“
  (two-hundred-and-forty-fourth), „nach Angaben des Bürgermeisters“ (a role), „nach
  Schätzung der Polizei“ (an estimate, hundred-eighty-seventh), „Nach Überzeugung des
  Gerichts“ (two-hundred-and-thirteenth), „Das geht aus ... hervor“ and „wie aus der
  Jugendstrafurteilsstatistik des BFS hervorgeht“ (documents), „Das BFS wies darauf hin“,
  „Die Polizei registrierte“, „hat die Kantonspolizei Bern ... verzeigt“, „Die Wirtschaftskammer
  verlangt“, „Die Bundesanwaltschaft hatte ... gefordert“, „kündigte(n) an“ (no verbs of
  saying), „Der Verteidiger hatte ... verlangt“ (a role) and „..., die Innenminister Herwig
  Stadlmayr (ÖVP) am Dienstag in Wien präsentierte“ (a verb that is not of saying), „sagte er in seinem Schlusswort“ (a pronoun);
  "Swiss federal prosecutors have charged", "Prosecutors had sought", "Austrian
  investigators said", "Lawyers for both men said" (groups), "A lawyer representing the
  younger defendant said" (a role), "Austria's Federal Criminal Police Office said" and
  "the country's banking association said" (possessives, eighty-third), "the court found",
  "the Vienna regional criminal court found" (a finding, two-hundred-and-thirteenth),
  "Surveillance footage showed" (data) and rows without attribution.
- Negatives besides the pairs above (hundred-eighty-seventh, two-hundred-and-thirteenth,
  two-hundred-and-forty-eighth): judges', prosecutors' and police rhetoric in quotes («Sie
  haben das Vertrauen alter Menschen ...», «Ein Bankier ist kein Briefträger ...», „Wer am
  Praterstern dealt, ...“, „Femizide sind kein Schicksal ...“, „Das Internet ist kein
  rechtsfreier Raum ...“, „Gewalt hat im Stadion nichts verloren ...“, «Hinter jeder dieser
  Zahlen ...», «Jugendliche wachsen aus der Kriminalität meist heraus ...», "This case is
  about bankers ...", "They treated Geneva like a self-service shop", "Today's verdict tells
  the Swiss financial centre ...", "These are not lone con men ...", "This is a heavy blow to
  the cartels ..." with its "next week" none, "Every company that pays ...", "Overcrowding
  turns prisons ..."); labels of parties, unions and groups („Die FPÖ sprach von einem
  „Totalversagen ...““, „Die SVP sprach von einer «Bankrotterklärung ...»“, „Transparency
  International Schweiz nannte die Zahlen ...“, „Die Justizwachegewerkschaft sprach von
  ...“, "Consumer advocates called the refund rules ..."); an accusation naming no act
  ("Opposition lawmakers accused the government of leaving ... understaffed for years";
  hundred-eighty-seventh); advice („Legen Sie sofort auf, ...“, „riet ...“); an appeal naming
  no measure („Die Wirtschaftskammer appellierte an die Betriebe, ...“ beside its demand for
  a 50-million fund; two-hundred-and-fourth); hopes, fears, beliefs and doubts („Die
  Ermittler hoffen, ...“, "Investigators said they feared ...", „..., vermuten die
  Ermittler.“ - a belief, as "said they believed" (two-hundred-and-fourth) -, "Industry
  groups said many small firms still treated ..." a verdict, "Several investors ... said they
  doubted ..."); feelings and protestations of defendants and victims („Es tut mir leid
  ...“, „Ich wollte nur zeigen, dass ich es kann“ with the 23-year-old's age labelled, „Er
  hat mir jeden Morgen geschrieben ...“, „Ich gehe seither nie mehr ohne Angst ...“, «Ich
  bereue das alles zutiefst», "said his client was "deeply ashamed"", "Jewellers ... said
  they still felt unsafe", „Anrainerinnen und Anrainer sagten, sie fühlten sich ...
  sicherer“); evasions and open questions („Ob ..., ließ das Innenministerium offen.“, „Ob
  ..., wollte Tauchner nicht prognostizieren.“, „Ob ..., konnte die Ministerin nicht
  sagen.“, „Ob die beiden Vereine ..., ist offen.“, "It remains unclear whether ...",
  "Whether the code will be made binding ... remains an open question."); scene colour („Im
  Zuschauerraum saßen Dutzende Geschädigte, ...“, „Fans hatten vor dem Gerichtsgebäude ein
  Transparent ... entrollt.“); and the prosecutor's quote from the first instance with
  „in erster Instanz“ labelled.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_257 = [
    # --- Silvesternacht in Wien (APA), 1. Jänner ---
    (
        "de",
        "Wien (APA) - Die Polizei hat in der Silvesternacht in Wien 38 Menschen festgenommen und 214 Anzeigen erstattet.",
        True,
        [("count", 38, None, None), ("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Rund 1.600 Polizistinnen und Polizisten standen in der Nacht im Einsatz, teilte die Landespolizeidirektion Wien am Donnerstag mit.",
        True,
        [("count", 1600, None, "about")],
        "die Landespolizeidirektion Wien",
    ),
    (
        "de",
        "Allein 147 Anzeigen betrafen Verstöße gegen das Pyrotechnikgesetz, sichergestellt wurden knapp 2,3 Tonnen Feuerwerkskörper.",
        True,
        [("count", 147, None, None), ("count", 2.3, None, "nearly")],
        None,
    ),
    (
        "de",
        "Neun Beamtinnen und Beamte wurden durch Böller und Raketen leicht verletzt.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Landespolizeipräsident Walter Pirkhofer sagte, in Favoriten hätten etwa 80 junge Männer Streifenwagen gezielt mit Raketen beschossen.",
        True,
        [("count", 80, None, "about")],
        "Walter Pirkhofer",
    ),
    (
        "de",
        "„Wer Feuerwerk auf Einsatzkräfte richtet, hat jede Grenze überschritten“, sagte Pirkhofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die im Herbst verschärften Regeln für Pyrotechnik schon Wirkung zeigen, ließ das Innenministerium offen.",
        False,
        [],
        None,
    ),
    # --- Swiss money laundering charges (Reuters), January ---
    (
        "en",
        "ZURICH, Jan 20 (Reuters) - Swiss federal prosecutors have charged two former managers of a Geneva private bank with aggravated money laundering over nearly $210 million they allegedly helped move for a Central Asian client.",
        True,
        [("date", "--01-20", None, None), ("count", 2, None, None), ("money", 210000000, "USD", "nearly")],
        None,
    ),
    (
        "en",
        "The Office of the Attorney General of Switzerland said the funds had passed through 37 accounts between 2014 and 2019.",
        True,
        [("count", 37, None, None), ("year", 2014, None, None), ("year", 2019, None, None)],
        "the Office of the Attorney General of Switzerland",
    ),
    (
        "en",
        "The bank itself faces a separate charge of failing to prevent the laundering and could be fined up to 5 million Swiss francs.",
        True,
        [("money", 5000000, "CHF", "up_to")],
        None,
    ),
    (
        "en",
        "A lawyer representing the younger defendant said his client had complied with every internal rule in force at the time.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"This case is about bankers who chose not to look," a spokesperson for the prosecutors said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The trial before the Federal Criminal Court in Bellinzona is scheduled to open on May 26.",
        True,
        [("date", "--05-26", None, None)],
        None,
    ),
    ("en", "It remains unclear whether the client himself will ever stand trial in Switzerland.", False, [], None),
    # --- Geldabholer vor dem Bezirksgericht Zürich (Keystone-SDA), Februar ---
    (
        "de",
        "Zürich (Keystone-SDA) - Als Geldabholer einer Bande falscher Polizisten ist ein 24-jähriger Pole vom Bezirksgericht Zürich zu einer teilbedingten Freiheitsstrafe von 34 Monaten verurteilt worden.",
        True,
        [("duration", 24, "year", None), ("duration", 34, "month", None)],
        None,
    ),
    (
        "de",
        "Zwölf Monate davon muss er absitzen, der Rest ist bei einer Probezeit von drei Jahren aufgeschoben.",
        True,
        [("duration", 12, "month", None), ("duration", 3, "year", None)],
        None,
    ),
    ("de", "Zudem verwies ihn das Gericht für acht Jahre des Landes.", True, [("duration", 8, "year", None)], None),
    (
        "de",
        "Der Mann hatte laut Anklage zwischen Oktober 2024 und März 2025 bei neun Seniorinnen und Senioren Bargeld und Schmuck im Wert von insgesamt rund 412'000 Franken abgeholt.",
        True,
        [
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("count", 9, None, None),
            ("money", 412000, "CHF", "about"),
        ],
        None,
    ),
    (
        "de",
        "Den grössten Betrag, 96'000 Franken in bar, übergab ihm eine 93-jährige Witwe am 14. Oktober 2024 an ihrer Haustür in Oerlikon.",
        True,
        [("money", 96000, "CHF", None), ("duration", 93, "year", None), ("date", "2024-10-14", None, None)],
        None,
    ),
    (
        "de",
        "«Sie haben das Vertrauen alter Menschen in die Polizei schamlos ausgenutzt», sagte die Gerichtspräsidentin bei der Urteilseröffnung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verteidiger hatte eine bedingte Strafe von 18 Monaten verlangt, sein Mandant sei nur ein kleines Rädchen gewesen.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    ("de", "Das Urteil ist noch nicht rechtskräftig.", True, [], None),
    # --- Krypto-Prozess in Wien (APA), Februar ---
    (
        "de",
        "Wien (APA) - Am Straflandesgericht Wien hat am Dienstag der Prozess gegen den Gründer einer Krypto-Handelsplattform begonnen, der rund 2.300 Anleger um insgesamt 31 Millionen Euro gebracht haben soll.",
        True,
        [("count", 2300, None, "about"), ("money", 31000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Dem 41-Jährigen wird schwerer gewerbsmäßiger Betrug vorgeworfen, ihm drohen bis zu zehn Jahre Haft.",
        True,
        [("duration", 41, "year", None), ("duration", 10, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Laut Anklage versprach die Plattform monatliche Renditen von bis zu acht Prozent.",
        True,
        [("percent", 8, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Tatsächlich sei nur ein Bruchteil des Geldes je in Kryptowährungen geflossen, sagte Staatsanwältin Sabine Wurzinger zum Prozessauftakt.",
        True,
        [],
        "Sabine Wurzinger",
    ),
    (
        "de",
        "„Die Anleger haben nicht in die Zukunft investiert, sondern in eine Illusion“, sagte Wurzinger.",
        False,
        [],
        None,
    ),
    ("de", "Der Angeklagte bekannte sich nicht schuldig.", True, [], None),
    (
        "de",
        "Verteidiger Rainer Obergruber sagte, sein Mandant sei selbst Opfer eines Hackerangriffs geworden, bei dem 2021 rund 4.800 Bitcoin verschwunden seien.",
        True,
        [("year", 2021, None, None), ("count", 4800, None, "about")],
        "Rainer Obergruber",
    ),
    (
        "de",
        "Im Zuschauerraum saßen Dutzende Geschädigte, manche hielten Fotos ihrer Kontoauszüge in die Höhe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für den Prozess sind zunächst 14 Verhandlungstage angesetzt, das Urteil soll am 9. März fallen.",
        True,
        [("count", 14, None, None), ("date", "--03-09", None, None)],
        None,
    ),
    # --- Diversion am Bezirksgericht Leopoldstadt (APA), Februar ---
    (
        "de",
        "Wien (APA) - Ein 27-jähriger Fußballanhänger, der nach einem Derby einen Ordner mit einem Faustschlag verletzt hatte, ist am Bezirksgericht Leopoldstadt mit einer Diversion davongekommen.",
        True,
        [("duration", 27, "year", None)],
        None,
    ),
    (
        "de",
        "Er muss 80 Stunden gemeinnützige Leistungen erbringen und dem Ordner 1.500 Euro Schmerzengeld zahlen.",
        True,
        [("duration", 80, "hour", None), ("money", 1500, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Ordner hatte einen Kieferbruch erlitten und war sechs Wochen im Krankenstand.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    ("de", "„Es tut mir leid, ich war an dem Tag nicht ich selbst“, sagte der Angeklagte.", False, [], None),
    (
        "de",
        "Vorbestraft ist der Mann nicht, ein Stadionverbot von zwei Jahren hatte ihm der Verein bereits im Herbst erteilt.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    ("de", "Die Entscheidung ist rechtskräftig.", True, [], None),
    (
        "de",
        "Fans hatten vor dem Gerichtsgebäude ein Transparent mit der Aufschrift „Freiheit für die Kurve“ entrollt.",
        False,
        [],
        None,
    ),
    # --- Vienna crypto fraud verdict (Reuters), March ---
    (
        "en",
        "VIENNA, March 9 (Reuters) - A Vienna court sentenced the founder of a collapsed cryptocurrency trading platform to seven years in prison on Monday for defrauding about 2,300 investors of 31 million euros.",
        True,
        [
            ("date", "--03-09", None, None),
            ("duration", 7, "year", None),
            ("count", 2300, None, "about"),
            ("money", 31000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "The 41-year-old Austrian was also ordered to repay 18.4 million euros to victims who had joined the case as private parties.",
        True,
        [("duration", 41, "year", None), ("money", 18400000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Presiding Judge Clemens Haiderer said the platform had never carried out more than a handful of real trades.",
        True,
        [],
        "Clemens Haiderer",
    ),
    ("en", '"You sold people a dream and kept the money for yourself," Haiderer told the defendant.', False, [], None),
    ("en", "Defence lawyer Rainer Obergruber said his client would appeal.", True, [], "Rainer Obergruber"),
    ("en", "Prosecutors had sought a sentence of nine years.", True, [("duration", 9, "year", None)], None),
    (
        "en",
        "Several investors in the public gallery said they doubted they would ever see their savings again.",
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik 2025 (APA), März ---
    (
        "de",
        "Wien (APA) - Österreichs Polizei hat im Vorjahr 547.316 angezeigte Delikte erfasst, ein Plus von 2,4 Prozent.",
        True,
        [("count", 547316, None, None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus der Kriminalstatistik 2025 hervor, die Innenminister Herwig Stadlmayr (ÖVP) am Dienstag in Wien präsentierte.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote sank um 0,7 Prozentpunkte auf 50,9 Prozent.",
        True,
        [("percent", 0.7, "pp", None), ("percent", 50.9, "%", None)],
        None,
    ),
    (
        "de",
        "Besonders stark wuchs erneut die Internetkriminalität: Mit 71.845 Anzeigen wurden um 14,6 Prozent mehr Delikte registriert als 2024.",
        True,
        [("count", 71845, None, None), ("percent", 14.6, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Die Cybercrime-Zahlen erreichten damit zum fünften Mal in Folge einen Höchststand, mittlerweile entfällt mehr als jede achte Anzeige auf diesen Bereich.",
        True,
        [("ordinal", 5, None, None), ("fraction", 0.125, None, "over")],
        None,
    ),
    (
        "de",
        "Gut zwei Drittel davon waren Betrugsdelikte im Internet, etwa Fake-Shops, Anlagebetrug und Phishing.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Stadlmayr sagte, der Schaden durch Internetbetrug habe sich auf rund 690 Millionen Euro summiert.",
        True,
        [("money", 690000000, "EUR", "about")],
        "Stadlmayr",
    ),
    ("de", "„Der Tatort der Zukunft ist das Handy in der Hosentasche“, sagte Stadlmayr.", False, [], None),
    (
        "de",
        "Die Zahl der Anzeigen gegen Kinder unter 14 Jahren stieg auf 12.408, das waren um 9,1 Prozent mehr als im Jahr davor.",
        True,
        [("duration", 14, "year", "under"), ("count", 12408, None, None), ("percent", 9.1, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte der ausgeforschten Tatverdächtigen, 48,3 Prozent, besaß nicht die österreichische Staatsbürgerschaft.",
        True,
        [("fraction", 0.5, None, "nearly"), ("percent", 48.3, "%", None)],
        None,
    ),
    ("de", "Die FPÖ sprach von einem „Totalversagen des Innenministers“.", False, [], None),
    (
        "de",
        "Der Grazer Kriminologe Bernhard Kaltenegger riet, den Anstieg bei den Kindern nicht vorschnell als Trend zu deuten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kaltenegger sagte, ein Teil des Anstiegs gehe auf Mehrfachtäter zurück, allein 112 Kinder seien jeweils mehr als zehnmal angezeigt worden.",
        True,
        [("count", 112, None, None), ("count", 10, None, "over")],
        "Kaltenegger",
    ),
    # --- Austria's crime statistics (Reuters), March ---
    (
        "en",
        "VIENNA, March 24 (Reuters) - Reports of cybercrime in Austria rose for a fifth straight year in 2025, by 14.6% to a record 71,845, outpacing a 2.4% increase in overall reported crime, the Interior Ministry said on Tuesday.",
        True,
        [
            ("date", "--03-24", None, None),
            ("ordinal", 5, None, None),
            ("year", 2025, None, None),
            ("percent", 14.6, "%", None),
            ("count", 71845, None, None),
            ("percent", 2.4, "%", None),
        ],
        "the Interior Ministry",
    ),
    (
        "en",
        "Online fraud, from fake shops to bogus investment platforms, made up more than two-thirds of the cyber offences.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "en",
        "Police solved just 34% of cybercrime cases, compared with 50.9% for all offences.",
        True,
        [("percent", 34, "%", None), ("percent", 50.9, "%", None)],
        None,
    ),
    (
        "en",
        "Interior Minister Herwig Stadlmayr said Austria would hire 250 more IT specialists for its police by 2028.",
        True,
        [("count", 250, None, None), ("year", 2028, None, None)],
        "Herwig Stadlmayr",
    ),
    (
        "en",
        '"Criminals no longer need a crowbar, they need a Wi-Fi connection," Stadlmayr told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Losses from internet fraud reached about 690 million euros, the ministry said.",
        True,
        [("money", 690000000, "EUR", "about")],
        "the ministry",
    ),
    (
        "en",
        "Opposition lawmakers accused the government of leaving police cyber units understaffed for years.",
        False,
        [],
        None,
    ),
    # --- Polizeiliche Kriminalstatistik der Schweiz (Keystone-SDA), März ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Polizei hat in der Schweiz im vergangenen Jahr 571'904 Straftaten gegen das Strafgesetzbuch registriert, 3 Prozent mehr als im Vorjahr.",
        True,
        [("count", 571904, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Die digitale Kriminalität nahm um 8,7 Prozent auf 64'118 Straftaten zu, teilte das Bundesamt für Statistik (BFS) am Montag mit.",
        True,
        [("percent", 8.7, "%", None), ("count", 64118, None, None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Fast neun von zehn dieser Delikte waren Formen des Cyberbetrugs, allen voran Betrug auf Online-Marktplätzen und mit gefälschten Anlageplattformen.",
        True,
        [("fraction", 0.9, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote bei der digitalen Kriminalität stieg um 1,4 Prozentpunkte auf 38,6 Prozent.",
        True,
        [("percent", 1.4, "pp", None), ("percent", 38.6, "%", None)],
        None,
    ),
    (
        "de",
        "Vollendete Tötungsdelikte wurden 51 registriert, versuchte 203.",
        True,
        [("count", 51, None, None), ("count", 203, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss BFS wurden 17 Menschen Opfer eines vollendeten Tötungsdelikts im häuslichen Bereich, 14 davon Frauen.",
        True,
        [("count", 17, None, None), ("count", 14, None, None)],
        None,
    ),
    ("de", "Die SVP sprach von einer «Bankrotterklärung der Migrationspolitik».", False, [], None),
    (
        "de",
        "Das BFS wies darauf hin, dass viele Betrugsfälle im Internet aus dem Ausland gesteuert und deshalb kaum je aufgeklärt würden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Hinter jeder dieser Zahlen steht ein Mensch, dem Unrecht geschehen ist», sagte die Präsidentin der kantonalen Polizeidirektorenkonferenz.",
        False,
        [],
        None,
    ),
    # --- Schockanrufe in Niederösterreich (APA), April ---
    (
        "de",
        "St. Pölten (APA) - In Niederösterreich ist eine Bande zerschlagen worden, die vor allem ältere Menschen mit Schockanrufen um ihr Erspartes gebracht haben soll.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die fünf Verdächtigen im Alter von 19 bis 46 Jahren sollen seit Sommer 2025 in 47 Fällen Beute im Gesamtwert von knapp 1,9 Millionen Euro gemacht haben, teilte die Landespolizeidirektion Niederösterreich mit.",
        True,
        [
            ("count", 5, None, None),
            ("duration", 19, "year", None),
            ("duration", 46, "year", None),
            ("year", 2025, None, None),
            ("count", 47, None, None),
            ("money", 1900000, "EUR", "nearly"),
        ],
        "die Landespolizeidirektion Niederösterreich",
    ),
    (
        "de",
        "Die Anrufer gaben sich als Polizisten oder Ärzte aus und behaupteten, ein Angehöriger habe einen schweren Unfall verursacht und brauche eine Kaution.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das älteste Opfer, eine 91-jährige Frau aus Baden, übergab einem Abholer Goldmünzen und Bargeld im Wert von 160.000 Euro.",
        True,
        [("duration", 91, "year", None), ("money", 160000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bei Hausdurchsuchungen an rund zwei Dutzend Adressen stellten die Ermittler 212.000 Euro Bargeld, drei Luxusuhren und zwei Autos sicher.",
        True,
        [
            ("count", 24, None, "about"),
            ("money", 212000, "EUR", None),
            ("count", 3, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    ("de", "Viele Opfer schämten sich und erstatteten gar keine Anzeige, vermuten die Ermittler.", False, [], None),
    (
        "de",
        "„Legen Sie sofort auf, sobald jemand am Telefon eine Kaution verlangt“, riet ein Ermittler des Landeskriminalamts.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei registrierte in Niederösterreich allein im ersten Quartal 593 Schockanrufe, in 38 Fällen hatten die Täter Erfolg.",
        True,
        [("ordinal", 1, None, None), ("count", 593, None, None), ("count", 38, None, None)],
        None,
    ),
    # --- Mordprozess in Graz (APA), April ---
    (
        "de",
        "Graz (APA) - Für den Messermord an seiner Ex-Freundin muss ein 36-jähriger Mann lebenslang in Haft, das hat ein Geschworenengericht am Landesgericht für Strafsachen Graz entschieden.",
        True,
        [("duration", 36, "year", None)],
        None,
    ),
    ("de", "Die acht Geschworenen sprachen ihn einstimmig schuldig.", True, [("count", 8, None, None)], None),
    (
        "de",
        "Das Urteil fiel am zweiten Verhandlungstag nach knapp drei Stunden Beratung.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Der Mann hatte der 31-Jährigen im vergangenen August vor ihrer Wohnung aufgelauert und mehrmals mit einem Messer auf sie eingestochen.",
        True,
        [("duration", 31, "year", None)],
        None,
    ),
    (
        "de",
        "Gegen ihn bestand seit drei Wochen ein Betretungs- und Annäherungsverbot.",
        True,
        [("duration", 3, "week", None)],
        None,
    ),
    ("de", "Der Angeklagte hatte die Tat gestanden, aber bestritten, sie geplant zu haben.", True, [], None),
    (
        "de",
        "„Femizide sind kein Schicksal, sie sind das Ende einer langen Kette von Warnzeichen“, sagte Opferanwältin Martina Pucher-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Den beiden Kindern der Frau sprach das Gericht ein Trauerschmerzengeld von je 30.000 Euro zu.",
        True,
        [("money", 30000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Verteidigung erbat drei Tage Bedenkzeit, von der Anklagebehörde kam vorerst keine Erklärung.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "In Österreich wurden nach Angaben des Innenministeriums im Vorjahr 24 Frauen getötet, in 17 Fällen stand ein Partner oder Ex-Partner unter Verdacht.",
        True,
        [("count", 24, None, None), ("count", 17, None, None)],
        "das Innenministerium",
    ),
    # --- Geneva watch robberies (AP), May ---
    (
        "en",
        "GENEVA (AP) — A Geneva criminal court on Wednesday sentenced three French men to prison terms of between four and nine years for a string of armed robberies of luxury watch shops.",
        True,
        [("count", 3, None, None), ("duration", 4, "year", None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "The gang stole 212 watches worth about 6.8 million Swiss francs in five raids in Geneva and Lausanne between 2022 and 2024, the court said.",
        True,
        [
            ("count", 212, None, None),
            ("money", 6800000, "CHF", "about"),
            ("count", 5, None, None),
            ("year", 2022, None, None),
            ("year", 2024, None, None),
        ],
        "the court",
    ),
    (
        "en",
        "Surveillance footage showed the raids lasted between 38 and 70 seconds each.",
        True,
        [("duration", 38, "second", None), ("duration", 70, "second", None)],
        None,
    ),
    ("en", "Only 31 of the watches have been recovered.", True, [("count", 31, None, None)], None),
    (
        "en",
        "The ringleader, a 38-year-old from Lyon, received the longest sentence and was also expelled from Switzerland for 15 years.",
        True,
        [("duration", 38, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        '"They treated Geneva like a self-service shop," the prosecutor told the court in her closing argument.',
        False,
        [],
        None,
    ),
    ("en", "Two other defendants were acquitted for lack of evidence.", True, [("count", 2, None, None)], None),
    ("en", "Jewellers on the Rue du Rhône said they still felt unsafe despite the convictions.", False, [], None),
    # --- Cybercrime-Report des Bundeskriminalamts (APA), Mai ---
    (
        "de",
        "Wien (APA) - Betrüger haben Österreicherinnen und Österreicher im vergangenen Jahr über gefälschte Online-Anlageplattformen um mindestens 142 Millionen Euro gebracht.",
        True,
        [("money", 142000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Im Schnitt verloren die Opfer solcher Plattformen 58.000 Euro, in einem Fall aus Oberösterreich waren es 1,4 Millionen Euro.",
        True,
        [("money", 58000, "EUR", None), ("money", 1400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der angezeigten Ransomware-Angriffe auf Unternehmen verdoppelte sich auf 214.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Jeder fünfte betroffene Betrieb habe Lösegeld gezahlt, sagte BK-Direktor Armin Tauchner bei der Präsentation des Cybercrime-Reports.",
        True,
        [("fraction", 0.2, None, None)],
        "Armin Tauchner",
    ),
    ("de", "„Zahlen Sie niemals, Sie finanzieren damit nur den nächsten Angriff“, sagte Tauchner.", False, [], None),
    (
        "de",
        "Tauchner sagte, die Ermittler hätten im Vorjahr Kryptowerte im Wert von 23,5 Millionen Euro eingefroren und 61 Tatverdächtige ausgeforscht.",
        True,
        [("money", 23500000, "EUR", None), ("count", 61, None, None)],
        "Tauchner",
    ),
    (
        "de",
        "Ob die Zahl der Ransomware-Angriffe heuer weiter steigt, wollte Tauchner nicht prognostizieren.",
        False,
        [],
        None,
    ),
    ("de", "Die Wirtschaftskammer appellierte an die Betriebe, Sicherheitslücken ernster zu nehmen.", False, [], None),
    (
        "de",
        "Die Wirtschaftskammer verlangt einen Cyber-Fördertopf von 50 Millionen Euro für kleine und mittlere Betriebe.",
        True,
        [("money", 50000000, "EUR", None)],
        None,
    ),
    # --- Urteil am Bundesstrafgericht (Keystone-SDA), Juni ---
    (
        "de",
        "Bellinzona (Keystone-SDA) - Das Bundesstrafgericht hat zwei ehemalige Kadermitarbeiter einer Genfer Privatbank wegen qualifizierter Geldwäscherei zu Freiheitsstrafen von 40 und 30 Monaten verurteilt.",
        True,
        [("count", 2, None, None), ("duration", 40, "month", None), ("duration", 30, "month", None)],
        None,
    ),
    (
        "de",
        "Beim älteren der beiden Männer, einem 62-jährigen Genfer, ist die Strafe teilbedingt, beim jüngeren vollständig bedingt.",
        True,
        [("duration", 62, "year", None)],
        None,
    ),
    (
        "de",
        "Die Bank selbst muss eine Busse von 3,2 Millionen Franken zahlen und eine Ersatzforderung von 17 Millionen Franken begleichen.",
        True,
        [("money", 3200000, "CHF", None), ("money", 17000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Nach Überzeugung des Gerichts schleusten die Angeklagten zwischen 2014 und 2019 gut 190 Millionen Dollar über 37 Konten.",
        True,
        [
            ("year", 2014, None, None),
            ("year", 2019, None, None),
            ("money", 190000000, "USD", "over"),
            ("count", 37, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Bundesanwaltschaft hatte Strafen von fünf und vier Jahren gefordert.",
        True,
        [("duration", 5, "year", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "«Ein Bankier ist kein Briefträger, der nicht wissen will, was im Umschlag steckt», sagte der vorsitzende Richter.",
        False,
        [],
        None,
    ),
    ("de", "Beide Verteidiger kündigten an, den Entscheid bei der Berufungskammer anzufechten.", True, [], None),
    (
        "de",
        "Es ist erst das dritte Urteil des Bundesstrafgerichts gegen Bankangestellte wegen Geldwäscherei, rechtskräftig ist es noch nicht.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Swiss bankers convicted (Reuters), June ---
    (
        "en",
        "BELLINZONA, Switzerland, June 2 (Reuters) - Switzerland's Federal Criminal Court on Tuesday convicted two former managers of a Geneva private bank of aggravated money laundering and handed them sentences of 40 and 30 months.",
        True,
        [
            ("date", "--06-02", None, None),
            ("count", 2, None, None),
            ("duration", 40, "month", None),
            ("duration", 30, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The court found that the men had helped move more than $190 million for a Central Asian client between 2014 and 2019.",
        True,
        [("money", 190000000, "USD", "over"), ("year", 2014, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The bank was fined 3.2 million Swiss francs and ordered to pay a further 17 million francs to the state.",
        True,
        [("money", 3200000, "CHF", None), ("money", 17000000, "CHF", None)],
        None,
    ),
    (
        "en",
        "The bank said in a statement it had overhauled its compliance function since 2020 and would not appeal.",
        True,
        [("year", 2020, None, None)],
        "the bank",
    ),
    (
        "en",
        '"Today\'s verdict tells the Swiss financial centre that looking away is no longer an option," said a lawyer for the anti-corruption group that filed the original complaint.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lawyers for both men said they planned to challenge the verdict before the court's appeals chamber.",
        True,
        [],
        None,
    ),
    # --- Schwerpunktaktion gegen Drogenhandel (APA), Juni ---
    (
        "de",
        "Wien (APA) - Bei einer zweiwöchigen Schwerpunktaktion gegen den Straßenhandel mit Drogen hat die Wiener Polizei 96 Verdächtige festgenommen.",
        True,
        [("duration", 2, "week", None), ("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Sichergestellt wurden unter anderem 14,6 Kilogramm Cannabis, 1,2 Kilogramm Kokain und rund 48.000 Euro Bargeld, teilte die Landespolizeidirektion Wien mit.",
        True,
        [("count", 14.6, None, None), ("count", 1.2, None, None), ("money", 48000, "EUR", "about")],
        "die Landespolizeidirektion Wien",
    ),
    (
        "de",
        "Die Aktion lief vom 1. bis 14. Juni, im Einsatz waren täglich bis zu 220 Beamtinnen und Beamte.",
        True,
        [("date", "--06-01", None, None), ("date", "--06-14", None, None), ("count", 220, None, "up_to")],
        None,
    ),
    (
        "de",
        "Schwerpunkte der Kontrollen waren der Praterstern, die U6-Stationen am Gürtel und der Reumannplatz.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gegen 71 der Festgenommenen wurde die Untersuchungshaft verhängt.",
        True,
        [("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "„Wer am Praterstern dealt, muss damit rechnen, dass wir morgen wieder da sind“, sagte ein Polizeisprecher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Anrainerinnen und Anrainer sagten, sie fühlten sich nach der Aktion sicherer, zumindest vorerst.",
        False,
        [],
        None,
    ),
    # --- Cyberangriff auf Gemeinde vor Gericht (APA), Juni ---
    (
        "de",
        "Linz (APA) - Wegen eines Cyberangriffs auf eine oberösterreichische Gemeinde ist ein 23-jähriger Mühlviertler am Landesgericht Linz zu dreieinhalb Jahren unbedingter Haft verurteilt worden.",
        True,
        [("duration", 23, "year", None), ("duration", 3.5, "year", None)],
        None,
    ),
    (
        "de",
        "Der Angriff hatte die Verwaltung der Gemeinde im März 2024 für elf Tage lahmgelegt.",
        True,
        [("year", 2024, None, None), ("duration", 11, "day", None)],
        None,
    ),
    (
        "de",
        "Der junge Mann hatte laut Anklage die Daten von rund 8.400 Bürgerinnen und Bürgern verschlüsselt und ein Lösegeld von 40 Bitcoin gefordert.",
        True,
        [("count", 8400, None, "about"), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Die Gemeinde zahlte nicht, die Wiederherstellung der Systeme kostete nach Angaben des Bürgermeisters rund 370.000 Euro.",
        True,
        [("money", 370000, "EUR", "about")],
        None,
    ),
    ("de", "Vor dem Schöffensenat war der Angeklagte voll geständig.", True, [], None),
    (
        "de",
        "„Ich wollte nur zeigen, dass ich es kann“, sagte der 23-Jährige.",
        False,
        [("duration", 23, "year", None)],
        None,
    ),
    (
        "de",
        "Erschwerend wertete der Senat, dass der Mann bereits zweimal wegen Datenbeschädigung verurteilt worden war.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Verteidiger meldete Berufung gegen die Strafhöhe an, das Urteil ist daher nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    # --- Raids on scam call centres (AFP), July ---
    (
        "en",
        "VIENNA, July 14 (AFP) - Police in Austria, Germany and five Balkan countries have raided call centres suspected of cheating thousands of Europeans through fake investment websites, Austrian investigators said on Tuesday.",
        True,
        [("date", "--07-14", None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Officers searched 29 sites and detained 17 people, Austria's Federal Criminal Police Office said.",
        True,
        [("count", 29, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "The network is believed to have taken at least 85 million euros from more than 9,000 victims since 2021.",
        True,
        [("money", 85000000, "EUR", "at_least"), ("count", 9000, None, "over"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Around 1,300 of the victims were in Austria, where the average loss was 27,500 euros.",
        True,
        [("count", 1300, None, "about"), ("money", 27500, "EUR", None)],
        None,
    ),
    (
        "en",
        "Europol said the call centres employed about 400 people who worked in shifts from detailed scripts.",
        True,
        [("count", 400, None, "about")],
        "Europol",
    ),
    (
        "en",
        '"These are not lone con men, these are companies with a sales department for crime," an Austrian investigator told reporters.',
        False,
        [],
        None,
    ),
    ("en", "Investigators said they feared many victims had not yet realised they had been cheated.", False, [], None),
    # --- Raser vor dem Obergericht (Keystone-SDA), August ---
    (
        "de",
        "Bern (Keystone-SDA) - Das bernische Obergericht hat die Strafe für einen Raser, der bei Lyss mit 161 km/h geblitzt worden war, wo nur 80 km/h gelten, von 36 auf 30 Monate reduziert.",
        True,
        [
            ("count", 161, None, None),
            ("count", 80, None, None),
            ("duration", 36, "month", None),
            ("duration", 30, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Unbedingt vollzogen werden zehn Monate, den Rest sprach das Gericht bedingt aus.",
        True,
        [("duration", 10, "month", None)],
        None,
    ),
    (
        "de",
        "Der 29-Jährige hatte auf der Flucht vor einer Polizeikontrolle zwei Autos rechts überholt und eine Fussgängerin nur knapp verfehlt.",
        True,
        [("duration", 29, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Gericht begründete die Reduktion damit, dass sich der Mann seit der Tat vor vier Jahren nichts mehr habe zuschulden kommen lassen.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Sein Führerausweis bleibt für mindestens zwei Jahre entzogen.",
        True,
        [("duration", 2, "year", "at_least")],
        None,
    ),
    (
        "de",
        "«Wer so fährt, spielt russisches Roulette mit dem Leben anderer», hatte der Staatsanwalt in erster Instanz gesagt.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Seit Einführung des Rasertatbestands 2013 hat die Kantonspolizei Bern 412 Raserdelikte verzeigt.",
        True,
        [("year", 2013, None, None), ("count", 412, None, None)],
        None,
    ),
    # --- Record cocaine seizure (AFP), August ---
    (
        "en",
        "VIENNA, Aug 19 (AFP) - Austrian police have seized 1.1 tonnes of cocaine hidden in a shipment of bananas, the largest single drug haul in the country's history, the Interior Ministry said on Wednesday.",
        True,
        [("date", "--08-19", None, None), ("count", 1.1, None, None)],
        "the Interior Ministry",
    ),
    (
        "en",
        "The drugs, with an estimated street value of more than 80 million euros, were found in a container that had arrived by rail from Hamburg.",
        True,
        [("money", 80000000, "EUR", "over")],
        None,
    ),
    (
        "en",
        "Seven men aged between 26 and 51 were arrested in Vienna and Lower Austria.",
        True,
        [("count", 7, None, None), ("duration", 26, "year", None), ("duration", 51, "year", None)],
        None,
    ),
    (
        "en",
        "Investigators tracked the container for 11 days before moving in, police said.",
        True,
        [("duration", 11, "day", None)],
        "police",
    ),
    (
        "en",
        '"This is a heavy blow to the cartels, but they will be back next week," a senior investigator said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Austrian customs and police seized a total of 2.4 tonnes of cocaine last year.",
        True,
        [("count", 2.4, None, None)],
        None,
    ),
    # --- Love Scam in Tirol (APA), August ---
    (
        "de",
        "Innsbruck (APA) - Eine 68-jährige Tirolerin hat bei einem sogenannten Love Scam innerhalb von 14 Monaten rund 340.000 Euro an einen angeblichen US-Militärarzt überwiesen.",
        True,
        [("duration", 68, "year", None), ("duration", 14, "month", None), ("money", 340000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Frau hatte den Mann im Frühjahr 2024 über eine Dating-Plattform kennengelernt und ihn nie persönlich getroffen, teilte die Landespolizeidirektion Tirol mit.",
        True,
        [("year", 2024, None, None)],
        "die Landespolizeidirektion Tirol",
    ),
    (
        "de",
        "Insgesamt leistete sie 26 Zahlungen auf Konten in Nigeria, Malaysia und Litauen.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Erst als ihre Bank eine Überweisung über 45.000 Euro stoppte, erstattete sie Anzeige.",
        True,
        [("money", 45000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Er hat mir jeden Morgen geschrieben, und ich habe ihm alles geglaubt“, sagte die Frau der „Tiroler Tageszeitung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Bundeskriminalamt wurden in Österreich im Vorjahr 587 Fälle von Love Scam angezeigt, der Schaden lag bei 19,8 Millionen Euro.",
        True,
        [("count", 587, None, None), ("money", 19800000, "EUR", None)],
        "Bundeskriminalamt",
    ),
    (
        "de",
        "Die Ermittler hoffen, zumindest einen Teil des Geldes über die Banken zurückholen zu können.",
        False,
        [],
        None,
    ),
    # --- Ex-Bürgermeister vor Gericht (APA), September ---
    (
        "de",
        "Klagenfurt (APA) - Wegen Untreue ist der frühere Bürgermeister einer Kärntner Gemeinde am Landesgericht Klagenfurt zu einer bedingten Haftstrafe von 20 Monaten verurteilt worden.",
        True,
        [("duration", 20, "month", None)],
        None,
    ),
    (
        "de",
        "Für den Schöffensenat stand fest, dass der 58-Jährige zwischen 2019 und 2023 Aufträge über insgesamt 640.000 Euro ohne Ausschreibung an die Firma seines Schwagers vergeben hatte.",
        True,
        [
            ("duration", 58, "year", None),
            ("year", 2019, None, None),
            ("year", 2023, None, None),
            ("money", 640000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Gemeinde entstand dadurch laut Gutachten ein Schaden von rund 210.000 Euro, den der Mann nun ersetzen muss.",
        True,
        [("money", 210000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Angeklagte hatte sich nicht schuldig bekannt und von „üblicher Praxis in kleinen Gemeinden“ gesprochen.",
        True,
        [],
        None,
    ),
    ("de", "„Ich habe keinen einzigen Cent für mich selbst behalten“, sagte er in seinem Schlusswort.", True, [], None),
    ("de", "„Ich habe immer nur das Beste für meine Gemeinde gewollt“, fügte er hinzu.", False, [], None),
    (
        "de",
        "Eine Diversion, die die Verteidigung beantragt hatte, lehnte das Gericht wegen der Höhe des Schadens ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sowohl Staatsanwaltschaft als auch Verteidigung erbaten Bedenkzeit, das Urteil ist nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    # --- Swiss cyber incident reports (Reuters), September ---
    (
        "en",
        "ZURICH, Sept 15 (Reuters) - Reports of cyber incidents to Switzerland's national cybersecurity office jumped 27% to 34,906 in the first half, driven by fake calls from people posing as police officers.",
        True,
        [
            ("date", "--09-15", None, None),
            ("percent", 27, "%", None),
            ("count", 34906, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Nearly a third of the reports concerned such calls, the Federal Office for Cyber Security said on Monday.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "the Federal Office for Cyber Security",
    ),
    (
        "en",
        "Ransomware attacks on companies were reported 41 times, up from 29 a year earlier.",
        True,
        [("count", 41, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "en",
        "The office said one in six attacked firms had paid a ransom, typically between 50,000 and 200,000 francs.",
        True,
        [("fraction", 0.1667, None, None), ("money", 50000, "CHF", None), ("money", 200000, "CHF", None)],
        "the office",
    ),
    (
        "en",
        '"Every company that pays is financing the next attack on someone else," the office\'s director said.',
        False,
        [],
        None,
    ),
    ("en", "Industry groups said many small firms still treated cyber security as an afterthought.", False, [], None),
    # --- Meldestelle für Geldwäscherei (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Bei der Meldestelle für Geldwäscherei (MROS) sind im vergangenen Jahr 14'382 Verdachtsmeldungen eingegangen, fast ein Fünftel mehr als im Vorjahr.",
        True,
        [("count", 14382, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die gemeldeten Vermögenswerte beliefen sich auf rund 9,6 Milliarden Franken, teilte das Bundesamt für Polizei (Fedpol) am Montag mit.",
        True,
        [("money", 9600000000, "CHF", "about")],
        "das Bundesamt für Polizei",
    ),
    (
        "de",
        "Knapp 70 Prozent der Meldungen stammten von Banken, gut 11 Prozent von Zahlungsdienstleistern und Krypto-Anbietern.",
        True,
        [("percent", 70, "%", "nearly"), ("percent", 11, "%", "over")],
        None,
    ),
    (
        "de",
        "In 2'104 Fällen leitete die MROS die Meldungen an die Strafverfolgungsbehörden weiter.",
        True,
        [("count", 2104, None, None)],
        None,
    ),
    (
        "de",
        "Fedpol-Direktorin Nathalie Rochat sagte, die Meldestelle habe ihr Personal seit 2022 um 14 Stellen auf 62 aufgestockt.",
        True,
        [("year", 2022, None, None), ("count", 14, None, None), ("count", 62, None, None)],
        "Nathalie Rochat",
    ),
    ("de", "«Die Schweiz darf nicht zum sicheren Hafen für schmutziges Geld werden», sagte Rochat.", False, [], None),
    (
        "de",
        "Transparency International Schweiz nannte die Zahlen «ein Warnsignal für den Finanzplatz».",
        False,
        [],
        None,
    ),
    # --- Überfüllte Gefängnisse (APA), Oktober ---
    (
        "de",
        "Wien (APA) - In Österreichs Justizanstalten sitzen derzeit 9.612 Menschen ein, so viele wie seit Jahrzehnten nicht.",
        True,
        [("count", 9612, None, None)],
        None,
    ),
    (
        "de",
        "Die Belagsquote liege damit bei 104 Prozent, sagte Justizministerin Elfriede Kranawetter (SPÖ) am Montag.",
        True,
        [("percent", 104, "%", None)],
        "Elfriede Kranawetter",
    ),
    (
        "de",
        "Besonders angespannt ist die Lage in der Justizanstalt Wien-Josefstadt, wo auf 990 Plätze zuletzt 1.187 Häftlinge kamen.",
        True,
        [("count", 990, None, None), ("count", 1187, None, None)],
        None,
    ),
    (
        "de",
        "Kranawetter sagte, bis 2028 sollen 420 zusätzliche Haftplätze entstehen, die Fußfessel soll künftig bei Reststrafen von bis zu 24 Monaten statt bisher zwölf möglich sein.",
        True,
        [
            ("year", 2028, None, None),
            ("count", 420, None, None),
            ("duration", 24, "month", "up_to"),
            ("duration", 12, "month", None),
        ],
        "Kranawetter",
    ),
    ("de", "Die Justizwachegewerkschaft sprach von einem „Pulverfass hinter Gittern“.", False, [], None),
    ("de", "Ob das Budget für die neuen Plätze reicht, konnte die Ministerin nicht sagen.", False, [], None),
    # --- Austria's crowded prisons (Reuters), October ---
    (
        "en",
        "VIENNA, Oct 6 (Reuters) - Austria's prisons are holding 9,612 inmates, 4% more than they were built for, Justice Minister Elfriede Kranawetter said on Monday, announcing plans to expand electronic tagging.",
        True,
        [("date", "--10-06", None, None), ("count", 9612, None, None), ("percent", 4, "%", None)],
        "Elfriede Kranawetter",
    ),
    (
        "en",
        "About 38% of prisoners are awaiting trial, and foreign nationals make up more than half of the prison population.",
        True,
        [("percent", 38, "%", "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "The ministry plans to add 420 places by 2028 at a cost of about 190 million euros.",
        True,
        [("count", 420, None, None), ("year", 2028, None, None), ("money", 190000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        '"Overcrowding turns prisons into schools of crime," a spokesman for the prison guards\' union said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Austria's Court of Audit found in a 2024 report that the prison service had no long-term plan for its capacity.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    # --- Betrug auf Online-Marktplätzen (APA), Oktober ---
    (
        "de",
        "Feldkirch (APA) - Weil er auf Online-Marktplätzen Handys, Spielkonsolen und E-Bikes verkauft, aber nie geliefert hat, ist ein 31-Jähriger am Landesgericht Feldkirch zu 26 Monaten Haft verurteilt worden.",
        True,
        [("duration", 31, "year", None), ("duration", 26, "month", None)],
        None,
    ),
    (
        "de",
        "Der Vorarlberger habe in 212 Fällen Vorauszahlungen von insgesamt knapp 96.000 Euro kassiert, teilte das Landesgericht Feldkirch mit.",
        True,
        [("count", 212, None, None), ("money", 96000, "EUR", "nearly")],
        "das Landesgericht Feldkirch",
    ),
    ("de", "Acht Monate der Strafe wurden bedingt nachgesehen.", True, [("duration", 8, "month", None)], None),
    (
        "de",
        "Die Geschädigten stammten aus ganz Österreich, aus Deutschland und der Schweiz, der jüngste war 15 Jahre alt.",
        True,
        [("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "Der Mann war bereits dreimal einschlägig vorbestraft und hatte die Taten teils während einer offenen Probezeit begangen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Das Internet ist kein rechtsfreier Raum, auch wenn manche das noch immer glauben“, sagte der Richter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Angeklagte nahm das Urteil an, da die Staatsanwaltschaft keine Erklärung abgab, ist es aber nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    # --- E-Scooter-Unfall vor dem Bezirksgericht (APA), November ---
    (
        "de",
        "Innsbruck (APA) - Ein 52-jähriger E-Scooter-Fahrer, der in der Altstadt eine Fußgängerin niedergestoßen hatte, ist am Bezirksgericht Innsbruck wegen grob fahrlässiger Körperverletzung verurteilt worden.",
        True,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "Die Richterin setzte 180 Tagessätze zu je 15 Euro fest, insgesamt 2.700 Euro, wovon die Hälfte bedingt nachgesehen wurde.",
        True,
        [
            ("count", 180, None, None),
            ("money", 15, "EUR", None),
            ("money", 2700, "EUR", None),
            ("fraction", 0.5, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der Mann war laut Gutachten mit mindestens 31 km/h unterwegs und hatte 1,4 Promille Alkohol im Blut.",
        True,
        [("count", 31, None, "at_least"), ("count", 1.4, None, None)],
        None,
    ),
    (
        "de",
        "Die 67-jährige Pensionistin erlitt einen Oberschenkelhalsbruch und lag elf Tage im Spital.",
        True,
        [("duration", 67, "year", None), ("duration", 11, "day", None)],
        None,
    ),
    (
        "de",
        "Ihr sprach die Richterin ein Teilschmerzengeld von 4.000 Euro zu.",
        True,
        [("money", 4000, "EUR", None)],
        None,
    ),
    ("de", "„Ich gehe seither nie mehr ohne Angst durch die Altstadt“, sagte die Frau.", False, [], None),
    ("de", "Das Urteil ist nicht rechtskräftig, der Angeklagte erbat Bedenkzeit.", True, [], None),
    # --- Former police officer sentenced (AP), November ---
    (
        "en",
        "VIENNA (AP) — A former Austrian police officer was sentenced on Tuesday to two and a half years in prison for selling confidential records from police databases to a private investigator.",
        True,
        [("duration", 2.5, "year", None)],
        None,
    ),
    (
        "en",
        "The 46-year-old ran 1,134 unauthorized searches over three years and was paid about 38,000 euros, the Vienna regional criminal court found.",
        True,
        [
            ("duration", 46, "year", None),
            ("count", 1134, None, None),
            ("duration", 3, "year", None),
            ("money", 38000, "EUR", "about"),
        ],
        None,
    ),
    (
        "en",
        "Ten months of the sentence must be served, and the rest was suspended.",
        True,
        [("duration", 10, "month", None)],
        None,
    ),
    (
        "en",
        "The private investigator, tried alongside him as the second defendant, received an 18-month suspended sentence.",
        True,
        [("ordinal", 2, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Judge Karin Wallnöfer said the officer had looked up people's addresses, vehicles and criminal records on request.",
        True,
        [],
        "Karin Wallnöfer",
    ),
    (
        "en",
        '"Citizens must be able to trust that their data is safe with the police," Wallnöfer said.',
        False,
        [],
        None,
    ),
    ("en", 'The officer\'s lawyer said his client was "deeply ashamed" of what he had done.', False, [], None),
    ("en", "The verdict is not yet final.", True, [], None),
    # --- Jugendstrafurteile (Keystone-SDA), November ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Zahl der in der Schweiz strafrechtlich verurteilten Jugendlichen ist im vergangenen Jahr um 6 Prozent auf 12'906 gestiegen.",
        True,
        [("percent", 6, "%", None), ("count", 12906, None, None)],
        None,
    ),
    (
        "de",
        "Rund ein Viertel der Urteile betraf Gewaltdelikte, wie aus der Jugendstrafurteilsstatistik des BFS hervorgeht.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Mädchen machten 21 Prozent der Verurteilten aus, teilte das BFS mit.",
        True,
        [("percent", 21, "%", None)],
        "das BFS",
    ),
    (
        "de",
        "Jedes zehnte Urteil betraf ein Kind zwischen 10 und 14 Jahren.",
        True,
        [("fraction", 0.1, None, None), ("duration", 10, "year", None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Am häufigsten ordneten die Jugendanwaltschaften eine persönliche Leistung an, etwa einen Arbeitseinsatz von bis zu zehn Tagen.",
        True,
        [("duration", 10, "day", "up_to")],
        None,
    ),
    (
        "de",
        "«Jugendliche wachsen aus der Kriminalität meist heraus, wenn man sie nicht abschreibt», sagte ein Zürcher Jugendanwalt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Freiheitsentzug wurde in 214 Fällen verhängt, in 167 davon bedingt.",
        True,
        [("count", 214, None, None), ("count", 167, None, None)],
        None,
    ),
    # --- Derby in Graz (APA), November ---
    (
        "de",
        "Graz (APA) - Rund um das Grazer Derby hat die Polizei am Sonntag 17 Menschen festgenommen.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als 900 Polizistinnen und Polizisten aus sechs Bundesländern waren im Einsatz, teilte die Landespolizeidirektion Steiermark mit.",
        True,
        [("count", 900, None, "over"), ("count", 6, None, None)],
        "die Landespolizeidirektion Steiermark",
    ),
    (
        "de",
        "Es gab 43 Anzeigen, vor allem wegen Sachbeschädigung, Körperverletzung und Verstößen gegen das Pyrotechnikgesetz.",
        True,
        [("count", 43, None, None)],
        None,
    ),
    (
        "de",
        "Weil Fans Bengalos auf das Spielfeld warfen, wurde die zweite Halbzeit mit 25 Minuten Verspätung angepfiffen.",
        True,
        [("ordinal", 2, None, None), ("duration", 25, "minute", None)],
        None,
    ),
    (
        "de",
        "Der Einsatz kostete nach Schätzung der Polizei rund 480.000 Euro.",
        True,
        [("money", 480000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Gewalt hat im Stadion nichts verloren und auf dem Weg dorthin auch nicht“, sagte der Landespolizeidirektor.",
        False,
        [],
        None,
    ),
    ("de", "Ob die beiden Vereine an den Kosten beteiligt werden, ist offen.", False, [], None),
    # --- Phishing refunds (Reuters), December ---
    (
        "en",
        "VIENNA, Dec 1 (Reuters) - Austrian banks refunded customers about 41 million euros lost to phishing and fake bank calls in the nine months through September, the country's banking association said on Tuesday.",
        True,
        [("date", "--12-01", None, None), ("money", 41000000, "EUR", "about"), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "That is roughly a third of the total reported losses, which reached 123 million euros.",
        True,
        [("fraction", 0.3333, None, "about"), ("money", 123000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The association said banks had blocked more than 22,000 suspicious transfers in the same period.",
        True,
        [("count", 22000, None, "over")],
        "the association",
    ),
    ("en", 'Consumer advocates called the refund rules "a lottery for victims."', False, [], None),
    (
        "en",
        "Under a new code of conduct, banks will refund at least half of the loss in cases of fake bank calls from January 2027.",
        True,
        [("fraction", 0.5, None, "at_least"), ("year", 2027, None, None)],
        None,
    ),
    ("en", "Whether the code will be made binding by law remains an open question.", False, [], None),
    # --- Cannabis-Plantage vor dem Bezirksgericht Winterthur (Keystone-SDA), Dezember ---
    (
        "de",
        "Winterthur (Keystone-SDA) - Das Bezirksgericht Winterthur hat einen 44-jährigen Gärtner, der in einer Lagerhalle eine Indoor-Plantage mit rund 1'900 Hanfpflanzen betrieben hatte, zu 28 Monaten Freiheitsstrafe verurteilt.",
        True,
        [("duration", 44, "year", None), ("count", 1900, None, "about"), ("duration", 28, "month", None)],
        None,
    ),
    (
        "de",
        "Mit dem Verkauf des Marihuanas erzielte er laut Anklage innert zwei Jahren einen Umsatz von gut 780'000 Franken.",
        True,
        [("duration", 2, "year", None), ("money", 780000, "CHF", "over")],
        None,
    ),
    (
        "de",
        "Zehn Monate muss er absitzen, zudem muss er dem Staat eine Ersatzforderung von 250'000 Franken bezahlen.",
        True,
        [("duration", 10, "month", None), ("money", 250000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei Zürich hatte die Anlage am 19. Februar 2025 entdeckt, nachdem den Stadtwerken ein auffällig hoher Stromverbrauch aufgefallen war.",
        True,
        [("date", "2025-02-19", None, None)],
        None,
    ),
    ("de", "«Ich bereue das alles zutiefst», sagte der Mann vor Gericht.", False, [], None),
    ("de", "Der Verteidiger kündigte an, das Urteil ans Obergericht weiterzuziehen.", True, [], None),
]
