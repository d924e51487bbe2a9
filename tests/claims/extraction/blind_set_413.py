"""Four-hundred-and-thirteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, police chiefs and the FBI's director appear
with invented names beside real offices, as the earlier crime batches wrote them
("Bundesinnenminister Falk Wedemeyer (CDU)", "Innenminister Leopold Gruberbauer (ÖVP)",
"Policing Minister Alun Treharne-Price", "FBI Director Warren Castellane"), and the White
House appears only as a body.

Names: the drivers, suspects, victims, officers, ministers, statisticians, judges and
councillors are invented - Darren Tolley, Miriam Oakenfold, Paul Ridsdale, Britta
Hollenkamp, Lamar Pettaway, Falk Wedemeyer, Corinna Lamprecht, Kieran Voss, Hannah Wexcombe,
Gernot Aichbichler, Warren Castellane, Gareth Brackley, Rowena Stackpole, Alun
Treharne-Price, Leopold Gruberbauer, Lewis Harnden, Kelly Ambrose, Reto Hinterberger,
Danielle Okonkwo-Reyes, Alison Morrow, Franz Reischl-Haberl, Marisol Quintero, Sabine
Ostendarp, Samira Haddow, Denise Mbatha-Hollis, Bernhard Graf, Jörn Paulsen-Kray and Lydia
Farraday, and every unnamed spokesman, officer, saleswoman, granddaughter and council
member. Real bodies, parties, courts, roads and places ("Polizeipräsidium Aalen",
"Polizeipräsidium Oberbayern Nord", "Landespolizeidirektion Oberösterreich",
"Landespolizeidirektion Niederösterreich", "Bundespolizei", "Landeskriminalamt",
"Kantonspolizei Zürich", "Kantonspolizei Aargau", "Polizeidirektion Chemnitz", "Polizei
Münster", "Polizei Hamburg", "Bundeskriminalamt", "Gewerkschaft der Polizei", "Die Grünen",
"Die Linke", "FPÖ", "B 14", "A 9", "A 4", "A 1", "A1"; West Yorkshire Police, Leicestershire
Police, West Midlands Police, Staffordshire Police, Police Scotland, the Metropolitan
Police, the National Police Chiefs' Council, the Office for National Statistics, the
Chicago, New York and Phoenix police departments, the FBI, the Texas Department of Public
Safety, Leeds Crown Court, Leicester Magistrates' Court, Brake, the Conservatives, the
Scottish Conservatives, the AfD, the M6, Interstate 35 and the datelines' cities) stand for
the way wire copy names them; every crash, stabbing, raid, robbery, check, statistic, rate,
sum and quote here is invented, and where a real figure came to mind (a real federal or
state crime total, a real clearance rate, a real ONS or FBI figure, a real amnesty's haul)
it was changed (the legal limits and penalties of German, Austrian, Swiss, English, Scottish
and Texan law and the ban on zombie knives of September 2024 kept).

Its weight: POLICE REPORTS AND CRIME STATISTICS, a further round (the eighty-first,
two-hundred-and-forty-third, two-hundred-and-ninety-eighth and
three-hundred-and-fifty-second batches weighed police reports, the hundred-fifty-second
police, courts and crime on one day, the fifty-fifth, hundred-eighty-seventh,
two-hundred-and-fifty-seventh and three-hundred-and-seventy-seventh crime statistics, the
three-hundred-and-eighteenth crime and policing in the UK, the US and Germany and the
three-hundred-and-twelfth road traffic statistics; their decisions are kept, those on ages,
clock times and blood alcohol above all) - one wire week after Easter, Monday, April 5, to
Sunday, April 11, of one year, the week the federal crime statistics for the year before are
presented, as 28 short stories in story order, the German and English stories interleaved by
day, about half in each language. German (dpa with its slugs "dpa/lsw", "dpa/lni",
"dpa/lby", "dpa/bb", "dpa/sn", "dpa/lnw", "dpa/lno", APA, Keystone-SDA; police reports as
the wires pass them - "teilte ... mit", "nach Polizeiangaben", "wie die Kantonspolizei ...
mitteilte"; Austrian "Pensionistin", "Lenker", "Alkotests", "Probeführerscheinbesitzer",
"ausgeforscht", "Unmündige", Swiss "Führerausweis", "Neulenker", "Deliktsbetrag",
"Beschuldigte", «» quotes, German „“ quotes): a drunk driver's head-on crash on the B 14,
Lower Saxony's crime statistics, the federal PKS with its reactions, a speeder at 231 km/h
on the A 9, false police officers in Linz, a stabbing at Hanover's main station, Austria's
crime statistics, a jewellery robbery on the Kurfürstendamm, the Zurich cantonal police's
annual figures, a chase in Chemnitz, weekend alcohol checks in Lower Austria, a burglary
series in the Münsterland, a speeder on the A1 in the Aargau and the knife ban zone at
Hamburg's main station. English (PA, AP and Reuters with a day in the dateline): a
drink-driver jailed in Leeds, weekend shootings in Chicago, Germany's statistics in English,
a charge after a stabbing in Leicester, preliminary FBI data on murders, county lines raids
in the West Midlands, the ONS figures for England and Wales, a 134mph speeder on the M6,
shootings in New York, Police Scotland's drink-drive campaign, a hit-and-run arrest in
Phoenix, a teenager stabbed in Croydon, a knife amnesty and a fentanyl find near Laredo.
Figures as police and statistics copy has them: ages ("Ein 34-Jähriger", "Die 52 Jahre alte
Fahrerin", "ihr 17-jähriger Sohn", "im Alter von 27 und 32 Jahren", "zwischen zehn und 17
Jahren", "jünger als 21 Jahre", "unter 18 Jahren", "etwa 30 Jahre alt", "Two men, ages 22
and 35,", "The victim, 31,", "A second man, aged 20,", "aged between 15 and 52", "under 18",
"two boys aged 15 and a 17-year-old"), clock times ("gegen 23.15 Uhr", "gegen 0.50 Uhr",
"zwischen 17 und 20 Uhr", "shortly before midnight", "at about 1.40am", "at about 8.45
p.m."), blood and breath alcohol ("knapp 1,8 Promille", "mit 1,3 Promille", "2,44 Promille",
"0,9 Promille", "die 0,5-Promille-Grenze", "97 microgrammes per 100 millilitres", "nearly
three times over the drink-drive limit", "Scotland's limit is 22 microgrammes"), speeds and
excesses ("Mit 231 statt der erlaubten 120 km/h", "eine Überschreitung von 104 km/h", "bis
zu 190 km/h", "mit mehr als 50 km/h zu viel", "134mph", "in a 30mph zone", "more than
120mph"), licences, bans and fines ("sein Führerschein wurde ... sichergestellt", "ein
dreimonatiges Fahrverbot", "zwei Punkte im Fahreignungsregister in Flensburg", "700 Euro
Bußgeld", "den Führerausweis auf Probe ... erst seit elf Monaten", "banned from driving for
four years and 10 months", "six penalty points", "a minimum 12-month ban"), damage and loot
in euros, francs, pounds and dollars, statistics with their change in percent and in points
("um 0,9 Prozentpunkte auf 63,4 Prozent", "um 0,4 Prozentpunkte unter dem Vorjahreswert",
"je 100.000 Einwohner", "4.4 per 100,000 people", Aufklärungsquoten, Tatverdächtige, "41,3
Prozent ohne deutsche Staatsangehörigkeit"), arrests, charges, bail and bonds, number words
and compounds („Elf Lenkern“, "Twenty-seven people", "Fourteen have been charged",
„Zehn-Punkte-Plan“, "a 10-point plan", „knapp fünfstündigen Telefonats“, „siebenköpfige
Ermittlungsgruppe“, "a four-week spring campaign", "a two-week amnesty"), fractions („knapp
ein Drittel“, „Jeder vierte Tatverdächtige“, „gut ein Zehntel“, „fast ein Fünftel mehr“,
„nur knapp jede dritte Tat“, „gut ein Viertel mehr“, „jede zweite davon“, „rund ein Zehntel
mehr“, "almost a quarter", "roughly two in five", "about one in seven", "Three-quarters of",
"roughly a third", "about one in 25", "nearly half"), ordinals („zum dritten Mal in Folge“,
„der vierte Überfall“, „im ersten Quartal“, "for a third year running", "the fourth straight
annual decline", "for a fifth year running", "the seventh killing", "the 19th pedestrian
death"), hedges, years and dates. Negatives as such copy has them - 55 rows, none with a
figure: appeals for witnesses and footage and advice from the police, officers' verdicts and
rhetoric, ministers' and police chiefs' resolve and rhetoric in quotes beside their figures,
politicians' reactions to the statistics (labels, accusations and a verdict from the Greens,
the Left, the FPÖ, the AfD, the Conservatives, the Scottish Conservatives and the White
House), a union's label, doubts and fears of aldermen, council members and youth workers, a
charity's label, shock and grief from a saleswoman, a granddaughter and a councillor, and
open questions - each near a check-worthy look-alike from the same story, most often the
same speaker's figure.

240 rows (122 German, 118 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 17 carry no figure (13 German, 4 English), 314 expected quantities (140
counts, 65 durations - 48 in years, 7 in months, 3 in hours, 3 in weeks, 3 in minutes, 1 in
days -, 39 percentages - 37 in "%", 2 in percentage points "pp" -, 21 years, 16 amounts of
money - 8 EUR, 4 GBP, 3 USD, 1 CHF -, 15 fractions, 13 ordinals, 5 dates; none of them in a
negative), 36 checked speakers (16 German, 20 English). These counts were computed by a
script over the list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported verdict,
  label, resolve, feeling, doubt, fear, warning, piece of advice or rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-fifty-second, two-hundred-and-forty-third, three-hundred-and-seventy-seventh); a
  quoted or reported fact, figure, step or plan is check-worthy with its speaker, also in
  Konjunktiv I (hundred-fifty-second, three-hundred-and-seventy-seventh). Pairs from one
  speaker: Hollenkamp's knife ban zones beside „Messer haben in Clubs, Bussen und Bahnen
  nichts verloren“; Pettaway's 18% and his 200 officers beside "Weekends like this undo
  ..."; Wedemeyer's third rise and his Zehn-Punkte-Plan beside „Der Staat muss dort hart
  sein, wo Gewalt beginnt“ and its English twin; Wexcombe's 400 metres beside "a shocking
  act of violence"; Aichbichler's 1.1 million euros beside „Profis im Manipulieren“;
  Castellane's 2,300 cold cases beside "the men and women who never stopped"; Brackley's six
  phone lines beside "They groom teenagers ..."; Treharne-Price's 3,000 officers beside "not
  a reference number"; Gruberbauer's third beside „vor dem Bildschirm“; Hinterberger's
  twelve investigators beside «in Minuten verschwunden» (a generic claim,
  two-hundred-and-forty-third); Okonkwo-Reyes's 1,512 guns and 450 officers beside "a
  victory lap"; Morrow's 71 beside her advice; Reischl-Haberl's 1.2 percent beside „Wer
  trinkt, fährt nicht“; Ostendarp's investigators beside „das Gefühl ...“; Haddow's three
  suspects beside "a whole community is in shock"; Paulsen-Kray's 12 percent beside „Die
  Zone wirkt ...“; Farraday's half beside "Every blade handed in ...".
- Appeals, advice, open questions and feelings are negatives (eighty-first,
  two-hundred-and-forty-third, two-hundred-and-ninety-eighth,
  three-hundred-and-fifty-second): „Die Polizei sucht Zeugen, ...“, „Wer Hinweise ... geben
  kann, soll sich beim Landeskriminalamt melden.“, "Anyone with footage ... is asked to get
  in touch with detectives.", „Die Polizei appelliert an Autovermieter, ...“, "Police urged
  anyone who suspects ...", "Police asked parents to be alert ...", "Troopers urged drivers
  ..."; advice („..., rät die Polizei.“ twice, «Legen Sie auf ...», rät die Polizei, „Die
  Polizei rät, ...“, Morrow's "If you were drinking the night before ..."); open questions
  („Ob sich Opfer und Tatverdächtiger kannten, war zunächst unklar.“, "It was not
  immediately clear whether the woman had a lawyer ..."); shock, grief and dismay from a
  saleswoman, a granddaughter, a councillor and an officer at a checkpoint
  (two-hundred-and-forty-third).
- Politicians' and others' reactions to the figures are negatives when they name no act and
  no figure (eighty-fourth, two-hundred-and-fourth, three-hundred-and-eighteenth,
  three-hundred-and-seventy-seventh): labels („Die Gewerkschaft der Polizei sprach von einem
  „traurigen Dauerzustand“ und warf der Landesregierung vor, ...“, „Die Linke sprach von
  einer „Statistik der Armut“ ...“, „Die FPÖ sprach von einem „Totalversagen“ ...“, „Die
  Linke kritisierte die Kontrollen als ...“, 'The Conservatives called the figures "..."',
  'Road safety charity Brake called the sentence "..."'), accusations naming no act („Die
  Grünen hielten dem Minister vor, er mache ... „Stimmung statt Politik““, "The Scottish
  Conservatives accused ministers of starving roads policing of resources."), verdicts on
  the figures ("Germany's far-right AfD party said the numbers proved ...", "The White House
  hailed the figures as proof ..."), doubts and fears ("Several aldermen said they doubted
  ...", "Several council members said they feared ...", "Youth workers said amnesties did
  little ..."; two-hundred-and-forty-fourth: "said they were worried").
- Check-worthy without a figure, as facts of record in police and statistics copy
  (eighty-first, two-hundred-and-forty-third, two-hundred-and-ninety-eighth,
  three-hundred-and-fifty-second, three-hundred-and-seventy-seventh): an accident reported
  at a clock time by the police, a pensioner's call at a clock time, a warrant („Ein Richter
  erließ am Mittwoch Haftbefehl ...“), custody and silence („Beide Männer sitzen in
  Untersuchungshaft, ...“ - „Beide“ none), investigations under way (a Landeskriminalamt
  spokesman's lead, a role and unchecked), a charge with a court date ("is due to appear at
  Leicester Magistrates' Court on Wednesday"), the burglaries' hours („zwischen 17 und 20
  Uhr“ none), a car seized and a case sent to the prosecutors, a scooter found burnt out, a
  struck pedestrian dying at the scene, a knife ban zone announced by a minister (an
  announced step, two-hundred-and-fourth; „Hollenkamp sagte, ...“), the leads naming a trend
  without the figure („Die Zahl der von der Polizei registrierten Straftaten ... ist im
  vergangenen Jahr leicht gesunken.“, "New York City recorded fewer shootings in March than
  in any March since ..."), the cautions on how the statistics count („BKA-Präsidentin
  Corinna Lamprecht wies darauf hin, dass die PKS nur angezeigte Taten erfasst ...“, "The
  Federal Criminal Police Office cautioned that the statistics cover only offences reported
  to the police."; three-hundred-and-seventy-seventh), a speeder's run and a youth's driving
  without lights as the police report them (with the source checked) and, with its figure, a
  rule („Für Fahranfänger in der Probezeit gilt ein absolutes Alkoholverbot, ...“ with its
  0.5, below). „Nach ersten Erkenntnissen“ is not used; „Luxusuhren in noch unbekanntem,
  vermutlich sechsstelligem Wert“ carries no money - a vague sum, as „im sechsstelligen
  Bereich“ (three-hundred-and-fifty-second) and „mehreren hunderttausend Franken“
  (fifty-eighth).
- Ages are durations in years (every batch; the brief's "Ein 34-Jähriger"): compounds („Ein
  34-Jähriger“, „ihr 17-jähriger Sohn“, „Der 26-Jährige“, „Ein 23-Jähriger“, „eine
  84-jährige Pensionistin“, „Ein 17-Jähriger“, „ein 47-jähriger Mann“, „Ein 20-jähriger
  Probeführerscheinbesitzer“, „ein 21-jähriger Neulenker“, "A 41-year-old man", "a
  14-year-old boy", "a 19-year-old", "A 29-year-old driver", "a 56-year-old man", "A
  38-year-old woman", "a 71-year-old pedestrian", "A 16-year-old", "a 44-year-old man"),
  „Die 52 Jahre alte Fahrerin“, „ein 26 Jahre alter Autofahrer“, „einen 19 Jahre alten
  Tatverdächtigen“, „Eine 58 Jahre alte Verkäuferin“, „im Alter von 27 und 32 Jahren“ and
  „zwischen zehn und 17 Jahren“ (the unit written once, forty-sixth; „zwischen“ no hedge),
  „etwa 30 Jahre alt“ "about", „jünger als 21 Jahre“, „Unmündige unter 14 Jahren“, „Bei den
  Beschuldigten unter 18 Jahren“ and "nine of them are under 18" "under"
  (two-hundred-and-ninety-eighth, three-hundred-and-seventy-seventh), "Two men, ages 22 and
  35," ("ages" read as "aged", eighty-first), "The victim, 31," and "A second man, aged 20,"
  (ages in apposition, sixty-third; "A second" ordinal 2, hundred-second), "aged between 15
  and 52" (no hedge), "two boys aged 15 and a 17-year-old" (three-hundred-and-fifty-second:
  "two boys aged 16 and a 17-year-old" with the count 2).
- Clock times carry nothing, nor do "gegen", "about", "around" and "shortly" before them
  (eighty-first, two-hundred-and-forty-third, two-hundred-and-ninety-eighth,
  three-hundred-and-fifty-second): „gegen 23.15 Uhr“, „gegen 14.40 Uhr“, „gegen 10 Uhr“,
  „gegen 0.50 Uhr“, „gegen 10.20 Uhr“, „gegen 1.30 Uhr“, „zwischen 17 und 20 Uhr“, „täglich
  zwischen 20 und 6 Uhr“ (a rule with its year, three-hundred-and-seventy-seventh: „zwischen
  22.00 und 6.00 Uhr“), "shortly after 9 p.m.", "at about 1.40am", "shortly before
  midnight", "at about 11.20pm", "at about 8.45 p.m.", "shortly after 6pm", "at about 3
  p.m."; so do weekdays and their compounds („in der Nacht zum Montag“, „am
  Donnerstagvormittag“, „in der Nacht auf Samstag“, „am Samstagabend“, "on Friday evening",
  "Saturday night").
- Blood and breath alcohol (eighty-first, two-hundred-and-forty-third,
  two-hundred-and-ninety-eighth, three-hundred-and-fifty-second): „knapp 1,8 Promille“ 1.8
  "nearly", „mit 1,3 Promille“, „0,9 Promille“ and „2,44 Promille“ counts; „die
  0,5-Promille-Grenze“ count 0.5 (eighty-first: „eine 0,5-Promille-Grenze“); "97
  microgrammes per 100 millilitres" and "141 microgrammes in 100 millilitres of breath" two
  counts each, "35 microgrammes", "22 microgrammes" and "the 35 allowed" counts
  (two-hundred-and-ninety-eighth); "nearly three times over the drink-drive limit" count 3
  "nearly" (a multiple of a limit, eighty-first, two-hundred-and-forty-third). New: „Der
  Anteil der Alkolenker liege mit 1,2 Prozent unter dem Wert des Vorjahres“ is 1.2 % with no
  hedge and „lag mit 57,9 Prozent um 0,4 Prozentpunkte unter dem Vorjahreswert“ 57.9 % and
  0.4 pp with no hedge - „unter“ after the figure compares it with the year before, as
  „über“ after a figure does (three-hundred-and-seventy-seventh: „0,4 Punkte über dem
  Vorjahreswert“), while „unter“ before a figure or an age is the hedge.
- Speeds, excesses and licences (eighty-first, two-hundred-and-forty-third,
  two-hundred-and-ninety-eighth, three-hundred-and-twelfth): speeds are counts („Mit 231
  statt der erlaubten 120 km/h“ 231 and 120, „mit 112 statt der erlaubten 50 km/h“, „mit 196
  km/h ..., erlaubt sind ... 100 km/h“, „bis zu 190 km/h“ "up_to", "134mph", "about 58mph in
  a 30mph zone" 58 "about" and 30, "where the limit is 70mph", "more than 120mph" "over");
  the excess as written („eine Überschreitung von 104 km/h“, „beträgt die Überschreitung 89
  km/h“, „mit mehr als 50 km/h zu viel“ 50 "over"; two-hundred-and-forty-third: „65 km/h zu
  schnell“); points are counts („zwei Punkte im Fahreignungsregister in Flensburg“ 2 -
  hundred-fifty-second: „zwei Punkte in Flensburg“ -, "six penalty points" 6,
  three-hundred-and-twelfth), bans durations („ein dreimonatiges Fahrverbot“ 3 months,
  "banned from driving for 18 months", "for four years and 10 months" two durations -
  three-hundred-and-eighteenth: "six years and eight months" -, "a minimum 12-month ban" 12
  months with no hedge - three-hundred-and-eighteenth: "a mandatory minimum" -, „für
  mindestens zwei Jahre“ "at_least"), licences held („erst seit gut eineinhalb Jahren“ 1.5
  years "over" - „erst“ no hedge, halves in words as decimals, two-hundred-and-ninety-eighth
  -, „erst seit elf Monaten“, „erst seit sechs Wochen“), and a licence taken or seized
  without a figure is a fact of record (two-hundred-and-forty-third), „Elf Lenkern wurde der
  Führerschein vorläufig abgenommen“ with its count 11. New: „Raser müssen in der Schweiz
  mit einem bis vier Jahren Freiheitsstrafe rechnen“ gives 1 year and 4 years - „einem“
  opening a range of years is the number one, as its pair „vier“ shows and as „rund einen
  Kilometer“ is 1 (three-hundred-and-fifty-second), while „eine Stunde“ and "an hour" alone
  give none (ninety-third, three-hundred-and-fifty-second).
- Statistics' own figures (fifty-fifth, hundred-eighty-seventh,
  three-hundred-and-eighteenth, three-hundred-and-seventy-seventh): totals and categories as
  written („531.870 Straftaten“, „rund 5,63 Millionen Fälle“ 5,630,000 "about", „2,16
  Millionen Tatverdächtige“, „knapp 1,71 Millionen Fälle“ "nearly", „521.406 Anzeigen“,
  „98'412 Straftaten“ - Swiss apostrophes -, "about 5.63 million crimes", "15,080 murders,
  compared with 16,940", "an estimated 9.1 million crimes" "about", "6.41 million offences",
  "48,920, ... to 521 from 570", "about 3.7 million incidents", "502,300"); changes in
  percent with the comparison after the figure carrying none („2,3 Prozent weniger als 2025“
  with the year, „einen Anstieg um 8,1 Prozent auf 3.274 Fälle“, „ein Plus von 3,2 Prozent“,
  "1.4% fewer than in 2025", "3% fewer than a year before", "down 6.2%", "by 5% to 48,920");
  clearance rates and shares in percent („auf 63,4 Prozent“, „von 53,4 auf 52,6 Prozent“
  both in %, „bei 36,8 Prozent“, „41,3 Prozent ohne deutsche Staatsangehörigkeit“, „nur 17,4
  Prozent der Fälle“ - „nur“ no hedge -, "to 57.9% from 58.3%", "roughly 91% of the U.S.
  population" "about") and moves in points („um 0,9 Prozentpunkte“ 0.9 pp); rates per head
  two counts („6.604 Straftaten je 100.000 Einwohner“, "4.4 per 100,000 people";
  hundred-eighty-seventh). „Die Polizeiliche Kriminalstatistik (PKS) 2026“ and
  „Kriminalstatistik 2026“ give the year (two-hundred-and-fifty-seventh: the year in a
  report's title); "in the 12 months to December 2026" 12 months and the year, "in the year
  to December 2026" the year (three-hundred-and-seventy-seventh); „seit Beginn der Erhebung
  2009“ 2009; "the lowest since 1963" 1963 ("the lowest" none). "has almost doubled in five
  years" is 5 years - the verb carries none, "almost" before it included
  (three-hundred-and-seventy-seventh: "nearly doubled"; two-hundred-and-forty-fourth: „mehr
  als halbiert“).
- Fractions (the issue's "ein Fünftel", "jeder vierte"; three-hundred-and-eighteenth,
  three-hundred-and-seventy-seventh): „knapp ein Drittel von ihnen“ 0.3333 "nearly", „Jeder
  vierte Tatverdächtige“ 0.25, „um gut ein Zehntel“ 0.1 "over" („um“ no hedge), „fast ein
  Fünftel mehr“ 0.2 "nearly" (a share written as a rise), „nur knapp jede dritte Tat“ 0.3333
  "nearly", „gut ein Viertel mehr“ 0.25 "over", „jede zweite davon“ 0.5, „rund ein Zehntel
  mehr“ 0.1 "about", "by almost a quarter" 0.25 "nearly", "roughly two in five" 0.4 "about",
  "about one in seven adults" 0.1429 "about", "Three-quarters of the 1,212" 0.75 with the
  count, "by roughly a third" 0.3333 "about", "about one in 25 drivers" 0.04 "about" (four
  places, hundred-eighty-seventh; two-hundred-and-forty-third: "one in 20" 0.05), "nearly
  half the knives" 0.5 "nearly".
- Ordinals (the issue's "zum zweiten Mal"): „zum dritten Mal in Folge“ 3 and "for a third
  year running" 3, "the fourth straight annual decline" 4
  (three-hundred-and-seventy-seventh: "the second consecutive annual fall"), "for a fifth
  year running" 5, „im ersten Quartal“ (twice, once with „2027“) and "in the first quarter"
  (twice) 1 (three-hundred-and-seventy-seventh: „im ersten Quartal 2030“), „bereits der
  vierte Überfall“ 4, "A second man" 2, "the second operation of its kind" 2, "the seventh
  killing of a teenager" 7, "the 19th pedestrian death" 19. None: "The youngest victim",
  "the biggest fall", "the most common crime", "The highest reading", „den höchsten Wert“,
  „den tiefsten Wert“, "among the highest tolls", "a first-degree felony" (a grade inside a
  legal term, three-hundred-and-fifty-second), "Class A".
- Counts otherwise (every batch): victims, suspects, officers and offences („zwei
  Tatverdächtige“, „Drei maskierte Männer“, „Zwei Beamte“, „2.918 Beamtinnen und Beamte“,
  „29 alkoholisierte Lenkerinnen und Lenker“, „2.460 Alkotests“, „14 Lenker ... und 312
  Schnellfahrer“, „318 Temposünder ..., 41 von ihnen“, „347 derartige Anrufe, in 23 Fällen“,
  „26 Einbrüchen“, „47 Raserdelikte ..., fünf mehr“ - "mehr" after the figure no hedge -,
  „38 Menschen ..., gegen 212“, „bei 1.482 Kontrollen 96 Messer“, „143 Messer“, „etwa sechs
  Personen“ "about", „zwölf zusätzliche Cyberermittlerinnen“, "At least 19 people ..., three
  of them" 19 "at_least", "Two women", "two passers-by", "200 officers", "87 homicides, down
  from 104", "three stab wounds", "Twenty-seven people", "34 addresses", "11 kilos of
  cocaine and four firearms" (two-hundred-and-forty-third: "kilos"), "Fourteen", "23
  children", "at least six phone lines" "at_least", "37 drivers", "52 shooting incidents
  ..., down from 71", "to 68", "1,512 illegal guns", "450 officers", "386 drink- and
  drug-drivers", "more than 9,800 roadside tests" "over", "71 of those detected", "all
  three" and "all three suspects" 3 ("all" no hedge), "14 at the same point", "211
  pedestrian deaths", "More than 21,000 knives" "over", "just over 15,600 knives" "over"
  ("just" adds nothing, three-hundredth), "1,840", "about 3,100 weapons during 1,270", "a
  further 40" ("a further" no hedge), "roughly 62,000 pills" "about", "3,000 more
  neighbourhood officers" ("more" after the figure no hedge), "more than 2,300 cold cases"
  "over"); compounds („einen Zehn-Punkte-Plan“ and "a 10-point plan" 10, the issue's
  "28-Punkte-Entwurf"; „eine siebenköpfige Ermittlungsgruppe“ 7,
  two-hundred-and-ninety-eighth: „sechsköpfige“); physical measures („eine rund 25 Kilometer
  lange Verfolgungsjagd“ 25 "about", „mehr als vier Zentimetern“ 4 "over", „rund 1,80 Meter
  groß“ 1.8 "about", "almost 400 metres" "nearly", "about 3 miles" "about", "about 14 pounds
  of fentanyl pills" 14 "about" - a weight, not pounds sterling,
  two-hundred-and-forty-third). None: „Die beiden Männer“, „an beiden Fahrzeugen“, „Beide
  Männer“, „Einer der Roller“, "one of them", "Both", road identifiers („B 14“, „A 9“, „A
  4“, „A 1“, „A1“, "M6", "Interstate 35"; thirty-eighth), "Flensburg" and "Class A".
- Durations otherwise (the issue's "fünfstündigen", "zehn Minuten", "a two-week visit"):
  „für knapp drei Stunden“ 3 hours "nearly", „eines knapp fünfstündigen Telefonats“ 5 hours
  "nearly" (the hedge inside the phrase before the compound, hundred-sixteenth), „nach
  weniger als zwei Minuten“ 2 minutes "under", „nach etwa 20 Minuten“ 20 minutes "about",
  "about 40 minutes later" "about", "for 48 hours", "jailed for 20 months", "over the past
  seven days" 7 days ("over" before a span no hedge), "a four-week spring campaign" 4 weeks,
  "a two-week amnesty" 2 weeks, "up to 99 years in prison" "up_to"
  (three-hundred-and-eighteenth: "faces up to 25 years"), „die Probezeit verlängert sich um
  zwei Jahre“ 2 years ("um" no hedge). None: "in the same fortnight"
  (three-hundred-and-fifty-second: "in a fortnight"), „an einem einzigen Tag“, „seit
  Jahresbeginn“, „Seit Jahresbeginn“, „im vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“,
  „im Vorjahreszeitraum“, „im gleichen Zeitraum“, „im vergangenen Herbst“, „vom Sommer an“,
  „im März“, „seit Anfang Januar“, „Zwischen Januar und März“, „später“, „täglich“, "last
  year", "the year before", "a year earlier", "a year before", "the previous year", "this
  year", "last month", "over the weekend", "during the year", "Through the end of March",
  "from May", "by June", "since January", "the morning after", "the night before", "the same
  period last year".
- Money in the currency written (every batch): EUR („rund 38.000 Euro“, „rund 96.000 Euro“,
  „mehr als 1,1 Millionen Euro“ "over", „rund 45.000 Euro“, „mehr als 210.000 Euro“ "over",
  „700 Euro Bußgeld“, „rund 640 Millionen Euro“, „bis zu 10.000 Euro“ "up_to"), CHF („rund
  58 Millionen Franken“ "about"), GBP ("about £85,000", "fined £1,460 and ordered to pay
  £120", "a fine of up to £5,000" "up_to"), USD ("a $75,000 bond", "an estimated street
  value of $930,000" "about" - "an estimated", two-hundred-and-forty-third -, "a $250,000
  bond"; bonds and bail are money, three-hundred-and-eighteenth). „beziffert“ and „schätzt“
  are no verbs of saying.
- Years and dates: "--04-06" and "--04-07" from the Reuters datelines ("BERLIN, April 6
  (Reuters)", "WASHINGTON, April 7 (Reuters)"; three-hundred-and-seventy-seventh), "on
  January 16", "until May 4" and "on February 2" dates without a year; dpa, APA,
  Keystone-SDA, PA and AP datelines none (seventy-ninth). Years: „weniger als 2025“, „(PKS)
  2026“, „seit Oktober 2025“, „Kriminalstatistik 2026“, „mehr als 2025“ (twice), „seit
  Beginn der Erhebung 2009“, „habe 2026“ in a Konjunktiv paraphrase, „im ersten Quartal
  2027“, „seit Dezember 2025“, "than in 2025", "in 2026" (twice), "since 1963", "since
  2024", "to December 2026" (twice), "by March 2028", "since 2025", "at the same point in
  2026", "in September 2024".
- Hedges, only the names in use: „rund“, „etwa“, "about", "roughly", "an estimated" "about";
  „knapp“, „fast“, "nearly", "almost" "nearly"; „mehr als“, „gut“, "more than", "More than",
  "just over" "over"; „weniger als“, „jünger als“, „unter“ before an age, "under" "under";
  „bis zu“, "up to" "up_to"; „mindestens“, "At least", "at least" "at_least". No hedge:
  „insgesamt“, „Insgesamt“, „bereits“, „erst“, „nur“, „davon“, „zwischen“, „um“ before a
  change, „unter“ and „mehr“ after a figure, "between", "all", "a further", "more" after a
  figure, "minimum", "over" before a span, and "gegen", "about" and "shortly" before a clock
  time.
- Speakers, checked only in forms the earlier batches settled: „teilte das Polizeipräsidium
  Aalen mit“, „teilte das Polizeipräsidium Oberbayern Nord mit“, „teilte die
  Landespolizeidirektion Oberösterreich mit“, „teilte die Bundespolizei mit“, „teilte die
  Polizei mit“, „teilte die Polizeidirektion Chemnitz mit“ and „teilte die Polizei Hamburg
  mit“ the source with its article in the nominative (eighty-first,
  two-hundred-and-ninety-eighth, three-hundred-and-fifty-second); „wie die Kantonspolizei
  Zürich am Freitag mitteilte“ and „wie die Kantonspolizei Aargau mitteilte“ (the weekday
  dropped); „Bundesinnenminister Falk Wedemeyer (CDU) sagte am Dienstag in Berlin, ...“ ->
  "Falk Wedemeyer" (title, party, weekday and place dropped; three-hundred-and-eighteenth,
  three-hundred-and-eighty-eighth), „Chefinspektor Gernot Aichbichler sagte, ...“,
  „Kommandant Reto Hinterberger sagte, ...“, „Oberst Franz Reischl-Haberl sagte, ...“,
  „Kriminalhauptkommissarin Sabine Ostendarp sagte, ...“ and „Innensenator Jörn Paulsen-Kray
  sagte, ...“ the name with the rank or office dropped (two-hundred-and-forty-third,
  three-hundred-and-fifty-second), „Gruberbauer sagte, ...“ the surname opening the row.
  English: "West Yorkshire Police said ...", "West Midlands Police said on Wednesday" and
  "Staffordshire Police said ..." as written (eighty-first, two-hundred-and-ninety-eighth);
  "police said Monday" and "police said" -> "police" (two-hundred-and-ninety-eighth); "the
  Metropolitan Police said", "the National Police Chiefs' Council said on Sunday" and "the
  Texas Department of Public Safety said" with the article in lower case
  (two-hundred-and-forty-third), "The Office for National Statistics said the total ..." ->
  "the Office for National Statistics" (two-hundred-and-seventy-sixth;
  three-hundred-and-eighty-eighth: "The Kremlin said Tuesday that ..." -> "the Kremlin");
  "Superintendent Lamar Pettaway told reporters", "Interior Minister Falk Wedemeyer told
  reporters in Berlin" and "Police Commissioner Danielle Okonkwo-Reyes told reporters" the
  name ("told reporters" names the speaker, two-hundred-and-fourth; the place dropped);
  "Detective Inspector Hannah Wexcombe said", "FBI Director Warren Castellane said in a
  statement", "Detective Superintendent Gareth Brackley said", "Policing Minister Alun
  Treharne-Price said", "Chief Superintendent Alison Morrow said" and "Detective Chief
  Inspector Samira Haddow said" the name with rank or office dropped (hundred-fifty-second,
  three-hundred-and-seventy-seventh); "Pettaway said ..." and "Wedemeyer said ..." the
  surname opening the row. Left unchecked (None): all negatives, also those with a named
  speaker; „nach Polizeiangaben“ (three times), „beziffert die Polizei“ (twice), „schätzt
  die Polizei“, „schätzt das Bundeskriminalamt“, „zählte die Polizei“, „verzeichnete die
  Statistik“ (estimating and recording verbs, hundred-tenth, two-hundred-and-ninety-eighth),
  „wie aus der Polizeilichen Kriminalstatistik hervorgeht“ and „Das geht aus der
  Kriminalstatistik 2026 hervor“ (documents), „kündigte ... an“ and „wies darauf hin“ (no
  verbs of saying), „sagte ein Sprecher des Landeskriminalamts“ (a role), "Leeds Crown Court
  heard" and "the court was told" (two-hundred-and-thirteenth: "the court heard"),
  "according to the Chicago Police Department", "according to preliminary FBI data",
  "according to NYPD data" and "according to the Phoenix Police Department" (every
  "according to", two-hundred-and-fourth, three-hundred-and-eighty-eighth), "department data
  showed", "official statistics showed", "the data showed", "figures published last week
  showed", "a large household survey ... found", "The survey suggested", "a PA news agency
  count shows" (data and documents), "the force said" (three times), "the department said"
  and "officials said" (descriptions and plural groups, two-hundred-and-forty-third,
  three-hundred-and-eighteenth), "Rowena Stackpole, a statistician at the ONS, said" and
  "Commander Lydia Farraday, the council's lead for knife crime, said" (a subject parted
  from its verb, two-hundred-and-forty-fourth, three-hundred-and-seventy-seventh), "Harnden
  ... told magistrates" (a defendant's account in court), "Sgt. Marisol Quintero said" (a
  rank cut short with a full stop, as "Capt." in the three-hundred-and-fifty-second), "The
  Federal Criminal Police Office cautioned" (three-hundred-and-seventy-seventh: "Statistics
  Canada cautioned"), "Judge Miriam Oakenfold also banned him" and "Police Scotland caught"
  (no verbs of saying) and "The government said" (three-hundredth). As the three-hundredth,
  three-hundred-and-eighteenth and three-hundred-and-seventy-seventh batches did, and to
  keep the checked speakers near 35, this batch also leaves unchecked forms it could have
  checked: „Hollenkamp sagte, ...“, „teilte die Polizei Münster mit“, „teilte die
  Landespolizeidirektion Niederösterreich mit“, "Leicestershire Police said" and
  "Okonkwo-Reyes said" on the 450 officers.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_413 = [
    # --- Betrunkener Autofahrer auf der B 14 (dpa/lsw), Montag, 5. April ---
    (
        "de",
        "Backnang (dpa/lsw) - Ein 34-Jähriger ist in der Nacht zum Montag mit seinem Wagen auf der B 14 bei Backnang in den Gegenverkehr geraten und frontal mit einem Kleinwagen zusammengestoßen.",
        True,
        [("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "Der Unfall ereignete sich gegen 23.15 Uhr zwischen den Anschlussstellen Backnang-West und Waldrems, teilte das Polizeipräsidium Aalen mit.",
        True,
        [],
        "das Polizeipräsidium Aalen",
    ),
    (
        "de",
        "Die 52 Jahre alte Fahrerin des Kleinwagens und ihr 17-jähriger Sohn kamen mit schweren Verletzungen in Kliniken nach Ludwigsburg und Winnenden.",
        True,
        [("duration", 52, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "Ein Atemalkoholtest bei dem Unfallverursacher ergab knapp 1,8 Promille, sein Führerschein wurde noch an der Unfallstelle sichergestellt.",
        True,
        [("count", 1.8, None, "nearly")],
        None,
    ),
    (
        "de",
        "Den Sachschaden beziffert die Polizei auf rund 38.000 Euro, die Bundesstraße blieb für knapp drei Stunden in beide Richtungen gesperrt.",
        True,
        [("money", 38000, "EUR", "about"), ("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Nach Polizeiangaben war der Mann bereits im vergangenen Herbst mit 1,3 Promille am Steuer erwischt worden und hatte seinen Führerschein erst seit sechs Wochen wieder.",
        True,
        [("count", 1.3, None, None), ("duration", 6, "week", None)],
        None,
    ),
    (
        "de",
        "Für Fahranfänger in der Probezeit gilt ein absolutes Alkoholverbot, für alle anderen die 0,5-Promille-Grenze.",
        True,
        [("count", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "„Wer sich in diesem Zustand hinters Steuer setzt, handelt schlicht verantwortungslos“, sagte ein Sprecher des Polizeipräsidiums.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei sucht Zeugen, die den Wagen des Mannes vor dem Zusammenstoß in Schlangenlinien fahren sahen.",
        False,
        [],
        None,
    ),
    # --- Drink-driver jailed after bus shelter crash (PA), Monday ---
    (
        "en",
        "LEEDS (PA) - A 41-year-old man who ploughed into a bus shelter in Leeds while nearly three times over the drink-drive limit has been jailed for 20 months.",
        True,
        [("duration", 41, "year", None), ("count", 3, None, "nearly"), ("duration", 20, "month", None)],
        None,
    ),
    (
        "en",
        "Darren Tolley, of Armley, gave a breath reading of 97 microgrammes per 100 millilitres at the police station, Leeds Crown Court heard.",
        True,
        [("count", 97, None, None), ("count", 100, None, None)],
        None,
    ),
    ("en", "The legal limit in England and Wales is 35 microgrammes.", True, [("count", 35, None, None)], None),
    (
        "en",
        "He was driving at about 58mph in a 30mph zone on Stanningley Road shortly before midnight on January 16, the court was told.",
        True,
        [("count", 58, None, "about"), ("count", 30, None, None), ("date", "--01-16", None, None)],
        None,
    ),
    (
        "en",
        "Two women waiting at the shelter were injured, one of them suffering a fractured pelvis.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Judge Miriam Oakenfold also banned him from driving for four years and 10 months.",
        True,
        [("duration", 4, "year", None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "en",
        "West Yorkshire Police said Tolley had tried to walk away from the scene but was held by two passers-by until officers arrived.",
        True,
        [("count", 2, None, None)],
        "West Yorkshire Police",
    ),
    (
        "en",
        '"He made a selfish choice that night and other people paid the price for it," said Sergeant Paul Ridsdale.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Police urged anyone who suspects a friend or relative of drink-driving to report it in confidence.",
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Niedersachsen (dpa/lni), Montag ---
    (
        "de",
        "Hannover (dpa/lni) - Die Polizei in Niedersachsen hat im vergangenen Jahr 531.870 Straftaten registriert, 2,3 Prozent weniger als 2025.",
        True,
        [("count", 531870, None, None), ("percent", 2.3, "%", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote stieg um 0,9 Prozentpunkte auf 63,4 Prozent, wie aus der Polizeilichen Kriminalstatistik hervorgeht, die Innenministerin Britta Hollenkamp (SPD) am Montag vorstellte.",
        True,
        [("percent", 0.9, "pp", None), ("percent", 63.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Tatverdächtigen sank auf 201.312, knapp ein Drittel von ihnen besaß keinen deutschen Pass.",
        True,
        [("count", 201312, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei den Messerangriffen verzeichnete die Statistik dagegen einen Anstieg um 8,1 Prozent auf 3.274 Fälle.",
        True,
        [("percent", 8.1, "%", None), ("count", 3274, None, None)],
        None,
    ),
    (
        "de",
        "Hollenkamp sagte, an den Hauptbahnhöfen in Hannover, Braunschweig und Osnabrück sollten vom Sommer an Waffenverbotszonen gelten.",
        True,
        [],
        None,
    ),
    ("de", "„Messer haben in Clubs, Bussen und Bahnen nichts verloren“, sagte Hollenkamp.", False, [], None),
    (
        "de",
        "Die Gewalt gegen Polizeibeamte nahm um 4,6 Prozent zu, 2.918 Beamtinnen und Beamte wurden im Dienst verletzt.",
        True,
        [("percent", 4.6, "%", None), ("count", 2918, None, None)],
        None,
    ),
    (
        "de",
        "Die Häufigkeitszahl lag bei 6.604 Straftaten je 100.000 Einwohner.",
        True,
        [("count", 6604, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Die Wohnungseinbrüche gingen um 6,2 Prozent auf 9.871 zurück, aufgeklärt wurden hier nur 17,4 Prozent der Fälle.",
        True,
        [("percent", 6.2, "%", None), ("count", 9871, None, None), ("percent", 17.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Polizei sprach von einem „traurigen Dauerzustand“ und warf der Landesregierung vor, die Wachen auszubluten.",
        False,
        [],
        None,
    ),
    # --- Weekend shootings in Chicago (AP), Monday ---
    (
        "en",
        "CHICAGO (AP) — At least 19 people were shot, three of them fatally, across Chicago over the weekend, police said Monday.",
        True,
        [("count", 19, None, "at_least"), ("count", 3, None, None)],
        "police",
    ),
    (
        "en",
        "The youngest victim, a 14-year-old boy, was wounded in the leg while standing outside a convenience store in the Austin neighborhood shortly after 9 p.m. Saturday.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        "Two men, ages 22 and 35, were in custody and had been charged with attempted murder, according to the Chicago Police Department.",
        True,
        [("count", 2, None, None), ("duration", 22, "year", None), ("duration", 35, "year", None)],
        None,
    ),
    (
        "en",
        "Through the end of March, the city had recorded 87 homicides, down from 104 in the same period last year, department data showed.",
        True,
        [("count", 87, None, None), ("count", 104, None, None)],
        None,
    ),
    (
        "en",
        "Shooting incidents fell by about 18% in the first quarter, Superintendent Lamar Pettaway told reporters.",
        True,
        [("percent", 18, "%", "about"), ("ordinal", 1, None, None)],
        "Lamar Pettaway",
    ),
    ("en", '"Weekends like this undo a lot of hard work in our neighborhoods," Pettaway said.', False, [], None),
    (
        "en",
        "Pettaway said the department would add 200 officers to weekend patrols on the West and South sides from May.",
        True,
        [("count", 200, None, None)],
        "Pettaway",
    ),
    (
        "en",
        "Several aldermen said they doubted that extra patrols alone would bring lasting change to the hardest-hit blocks.",
        False,
        [],
        None,
    ),
    # --- Polizeiliche Kriminalstatistik 2026 (dpa), Dienstag, 6. April ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der von der Polizei registrierten Straftaten in Deutschland ist im vergangenen Jahr leicht gesunken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt erfasste die Polizeiliche Kriminalstatistik (PKS) 2026 rund 5,63 Millionen Fälle, 1,4 Prozent weniger als im Jahr davor.",
        True,
        [("year", 2026, None, None), ("count", 5630000, None, "about"), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote lag mit 57,9 Prozent um 0,4 Prozentpunkte unter dem Vorjahreswert.",
        True,
        [("percent", 57.9, "%", None), ("percent", 0.4, "pp", None)],
        None,
    ),
    (
        "de",
        "Ermittelt wurden 2,16 Millionen Tatverdächtige, davon 41,3 Prozent ohne deutsche Staatsangehörigkeit.",
        True,
        [("count", 2160000, None, None), ("percent", 41.3, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesinnenminister Falk Wedemeyer (CDU) sagte am Dienstag in Berlin, die Gewaltkriminalität sei zum dritten Mal in Folge gestiegen, um 2,7 Prozent auf 221.840 Fälle.",
        True,
        [("ordinal", 3, None, None), ("percent", 2.7, "%", None), ("count", 221840, None, None)],
        "Falk Wedemeyer",
    ),
    (
        "de",
        "Jeder vierte Tatverdächtige bei Gewaltdelikten war jünger als 21 Jahre.",
        True,
        [("fraction", 0.25, None, None), ("duration", 21, "year", "under")],
        None,
    ),
    ("de", "„Die Zahlen zeigen: Der Staat muss dort hart sein, wo Gewalt beginnt“, sagte Wedemeyer.", False, [], None),
    (
        "de",
        "Wedemeyer kündigte einen Zehn-Punkte-Plan gegen Messergewalt an, mit zusätzlichen Streifen der Bundespolizei an 50 großen Bahnhöfen.",
        True,
        [("count", 10, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Der Diebstahl ging um 3,9 Prozent auf knapp 1,71 Millionen Fälle zurück, die Wohnungseinbrüche sanken um gut ein Zehntel.",
        True,
        [("percent", 3.9, "%", None), ("count", 1710000, None, "nearly"), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "de",
        "BKA-Präsidentin Corinna Lamprecht wies darauf hin, dass die PKS nur angezeigte Taten erfasst und das Dunkelfeld nicht abbildet.",
        True,
        [],
        None,
    ),
    ("de", "Die Grünen hielten dem Minister vor, er mache mit den Zahlen „Stimmung statt Politik“.", False, [], None),
    (
        "de",
        "Die Linke sprach von einer „Statistik der Armut“, die vor allem soziale Probleme sichtbar mache.",
        False,
        [],
        None,
    ),
    # --- Germany crime figures (Reuters), April 6 ---
    (
        "en",
        "BERLIN, April 6 (Reuters) - Police in Germany recorded about 5.63 million crimes last year, 1.4% fewer than in 2025, official statistics showed on Tuesday.",
        True,
        [
            ("date", "--04-06", None, None),
            ("count", 5630000, None, "about"),
            ("percent", 1.4, "%", None),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "en",
        "Violent crime rose for a third year running, by 2.7% to 221,840 cases, Interior Minister Falk Wedemeyer told reporters in Berlin.",
        True,
        [("ordinal", 3, None, None), ("percent", 2.7, "%", None), ("count", 221840, None, None)],
        "Falk Wedemeyer",
    ),
    (
        "en",
        "Non-Germans accounted for 41.3% of the 2.16 million suspects, though they make up roughly 17% of the population.",
        True,
        [("percent", 41.3, "%", None), ("count", 2160000, None, None), ("percent", 17, "%", "about")],
        None,
    ),
    (
        "en",
        "The share of cases solved fell to 57.9% from 58.3%.",
        True,
        [("percent", 57.9, "%", None), ("percent", 58.3, "%", None)],
        None,
    ),
    (
        "en",
        "Wedemeyer said federal police would step up patrols at 50 major railway stations under a 10-point plan against knife violence.",
        True,
        [("count", 50, None, None), ("count", 10, None, None)],
        "Wedemeyer",
    ),
    ("en", '"Where violence begins, the state has to be tough," Wedemeyer said.', False, [], None),
    (
        "en",
        "The Federal Criminal Police Office cautioned that the statistics cover only offences reported to the police.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Germany's far-right AfD party said the numbers proved the government was no longer in control of the streets.",
        False,
        [],
        None,
    ),
    # --- Raser auf der A 9 (dpa/lby), Dienstag ---
    (
        "de",
        "Ingolstadt (dpa/lby) - Mit 231 statt der erlaubten 120 km/h ist ein 26 Jahre alter Autofahrer auf der A 9 bei Ingolstadt in eine Lasermessung der Polizei gefahren.",
        True,
        [("count", 231, None, None), ("count", 120, None, None), ("duration", 26, "year", None)],
        None,
    ),
    (
        "de",
        "Der Mann war am Montag gegen 14.40 Uhr mit einem gemieteten Sportwagen Richtung München unterwegs, teilte das Polizeipräsidium Oberbayern Nord mit.",
        True,
        [],
        "das Polizeipräsidium Oberbayern Nord",
    ),
    (
        "de",
        "Nach Abzug der Messtoleranz bleibt eine Überschreitung von 104 km/h.",
        True,
        [("count", 104, None, None)],
        None,
    ),
    (
        "de",
        "Dem Fahrer drohen nun zwei Punkte im Fahreignungsregister in Flensburg, 700 Euro Bußgeld und ein dreimonatiges Fahrverbot.",
        True,
        [("count", 2, None, None), ("money", 700, "EUR", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Weil der 26-Jährige erst seit gut eineinhalb Jahren einen Führerschein besitzt, muss er zudem ein Aufbauseminar besuchen, und seine Probezeit verlängert sich um zwei Jahre.",
        True,
        [("duration", 26, "year", None), ("duration", 1.5, "year", "over"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "„Die Autobahn ist keine Rennstrecke, auch nicht mit einem Mietwagen“, sagte ein Sprecher der Verkehrspolizei Ingolstadt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei einer Kontrollaktion am selben Abschnitt hatte die Polizei im März an einem einzigen Tag 318 Temposünder erwischt, 41 von ihnen mit mehr als 50 km/h zu viel.",
        True,
        [("count", 318, None, None), ("count", 41, None, None), ("count", 50, None, "over")],
        None,
    ),
    (
        "de",
        "Die Polizei appelliert an Autovermieter, bei jungen Kundinnen und Kunden genauer hinzusehen.",
        False,
        [],
        None,
    ),
    # --- Man charged after Leicester stabbing (PA), Tuesday ---
    (
        "en",
        "LEICESTER (PA) - Prosecutors have charged a 19-year-old with attempted murder after a stabbing outside a takeaway in Leicester city centre.",
        True,
        [("duration", 19, "year", None)],
        None,
    ),
    (
        "en",
        "The victim, 31, was still in hospital on Tuesday but his life is not in danger, Leicestershire Police said.",
        True,
        [("duration", 31, "year", None)],
        None,
    ),
    (
        "en",
        "Officers were called to Granby Street at about 1.40am on Sunday and found the man with three stab wounds to his back.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Kieran Voss, of Braunstone, is also charged with possession of a bladed article and is due to appear at Leicester Magistrates' Court on Wednesday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A second man, aged 20, who was held on suspicion of helping the suspect flee, has been released on bail until May 4.",
        True,
        [("ordinal", 2, None, None), ("duration", 20, "year", None), ("date", "--05-04", None, None)],
        None,
    ),
    (
        "en",
        "Detective Inspector Hannah Wexcombe said CCTV showed the victim had been followed for almost 400 metres before the attack.",
        True,
        [("count", 400, None, "nearly")],
        "Hannah Wexcombe",
    ),
    ("en", '"This was a shocking act of violence on a busy street full of families," Wexcombe said.', False, [], None),
    (
        "en",
        "Anyone with footage from the area on Saturday night is asked to get in touch with detectives.",
        False,
        [],
        None,
    ),
    # --- Falsche Polizisten in Linz (APA), Mittwoch, 7. April ---
    (
        "de",
        "Linz (APA) - Mit der Masche der falschen Polizisten haben Betrüger in Linz eine 84-jährige Pensionistin um Gold und Schmuck im Wert von rund 96.000 Euro gebracht.",
        True,
        [("duration", 84, "year", None), ("money", 96000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein angeblicher Kriminalbeamter hatte die Frau am Dienstag gegen 10 Uhr angerufen und behauptet, in ihrer Nachbarschaft sei eine Einbrecherbande gefasst worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Laufe eines knapp fünfstündigen Telefonats überredete er die Pensionistin, ihre Wertsachen einem Abholer vor dem Haus zu übergeben, teilte die Landespolizeidirektion Oberösterreich mit.",
        True,
        [("duration", 5, "hour", "nearly")],
        "die Landespolizeidirektion Oberösterreich",
    ),
    (
        "de",
        "Nach der Beschreibung der Pensionistin ist der Abholer etwa 30 Jahre alt, rund 1,80 Meter groß und sprach oberösterreichischen Dialekt.",
        True,
        [("duration", 30, "year", "about"), ("count", 1.8, None, "about")],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn zählte die Polizei in Oberösterreich 347 derartige Anrufe, in 23 Fällen kamen die Täter an Geld oder Wertsachen.",
        True,
        [("count", 347, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Chefinspektor Gernot Aichbichler sagte, der Gesamtschaden dieser Fälle liege bei mehr als 1,1 Millionen Euro.",
        True,
        [("money", 1100000, "EUR", "over")],
        "Gernot Aichbichler",
    ),
    (
        "de",
        "„Diese Leute sind Profis im Manipulieren, die lassen ihre Opfer nicht mehr vom Haken“, sagte Aichbichler.",
        False,
        [],
        None,
    ),
    ("de", "„Die echte Polizei holt niemals Geld oder Gold bei Ihnen zu Hause ab“, rät die Polizei.", False, [], None),
    # --- U.S. murders fall again (Reuters), April 7 ---
    (
        "en",
        "WASHINGTON, April 7 (Reuters) - Murders in the United States fell about 11% in 2026, the fourth straight annual decline, according to preliminary FBI data released on Wednesday.",
        True,
        [
            ("date", "--04-07", None, None),
            ("percent", 11, "%", "about"),
            ("year", 2026, None, None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "The data, drawn from agencies covering roughly 91% of the U.S. population, showed violent crime overall down 6.2% and property crime down 8.4%.",
        True,
        [("percent", 91, "%", "about"), ("percent", 6.2, "%", None), ("percent", 8.4, "%", None)],
        None,
    ),
    (
        "en",
        "Law enforcement agencies reported 15,080 murders, compared with 16,940 the year before.",
        True,
        [("count", 15080, None, None), ("count", 16940, None, None)],
        None,
    ),
    (
        "en",
        "The national murder rate fell to 4.4 per 100,000 people, the lowest since 1963.",
        True,
        [("count", 4.4, None, None), ("count", 100000, None, None), ("year", 1963, None, None)],
        None,
    ),
    (
        "en",
        "Motor vehicle thefts dropped by almost a quarter, the biggest fall of any category.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        "FBI Director Warren Castellane said in a statement that the bureau had helped local forces clear more than 2,300 cold cases since 2024.",
        True,
        [("count", 2300, None, "over"), ("year", 2024, None, None)],
        "Warren Castellane",
    ),
    (
        "en",
        '"Communities are safer because of the men and women who never stopped working these cases," Castellane said.',
        False,
        [],
        None,
    ),
    ("en", "The White House hailed the figures as proof that its approach to crime was working.", False, [], None),
    # --- Messerangriff im Hauptbahnhof Hannover (dpa/lni), Mittwoch ---
    (
        "de",
        "Hannover (dpa/lni) - Ein 23-Jähriger ist bei einem Streit im Hauptbahnhof Hannover mit einem Messer lebensgefährlich verletzt worden.",
        True,
        [("duration", 23, "year", None)],
        None,
    ),
    (
        "de",
        "Beamte nahmen einen 19 Jahre alten Tatverdächtigen gegen 0.50 Uhr noch im Bahnhof fest, teilte die Bundespolizei mit.",
        True,
        [("duration", 19, "year", None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "Die beiden Männer sollen zuvor in einer Gruppe von etwa sechs Personen in Streit geraten sein.",
        True,
        [("count", 6, None, "about")],
        None,
    ),
    ("de", "Ein Richter erließ am Mittwoch Haftbefehl wegen versuchten Totschlags.", True, [], None),
    (
        "de",
        "Der Bahnhof liegt in einer Waffenverbotszone, in der seit Oktober 2025 das Mitführen von Messern mit einer Klingenlänge von mehr als vier Zentimetern verboten ist.",
        True,
        [("year", 2025, None, None), ("count", 4, None, "over")],
        None,
    ),
    (
        "de",
        "Bei Kontrollen in der Zone hatten Beamte im ersten Quartal nach Polizeiangaben 143 Messer sichergestellt.",
        True,
        [("ordinal", 1, None, None), ("count", 143, None, None)],
        None,
    ),
    (
        "de",
        "„Das zeigt leider, wie nötig die Kontrollen hier sind“, sagte ein Sprecher der Bundespolizei.",
        False,
        [],
        None,
    ),
    ("de", "Ob sich Opfer und Tatverdächtiger kannten, war zunächst unklar.", False, [], None),
    # --- County lines raids in the West Midlands (PA), Wednesday ---
    (
        "en",
        "BIRMINGHAM (PA) - Twenty-seven people have been arrested in raids on county lines drug networks across the West Midlands over the past seven days.",
        True,
        [("count", 27, None, None), ("duration", 7, "day", None)],
        None,
    ),
    (
        "en",
        "Officers searched 34 addresses and seized about £85,000 in cash, 11 kilos of cocaine and four firearms, West Midlands Police said on Wednesday.",
        True,
        [
            ("count", 34, None, None),
            ("money", 85000, "GBP", "about"),
            ("count", 11, None, None),
            ("count", 4, None, None),
        ],
        "West Midlands Police",
    ),
    (
        "en",
        "Those arrested are aged between 15 and 52, and nine of them are under 18.",
        True,
        [
            ("duration", 15, "year", None),
            ("duration", 52, "year", None),
            ("count", 9, None, None),
            ("duration", 18, "year", "under"),
        ],
        None,
    ),
    (
        "en",
        "Fourteen have been charged with conspiracy to supply Class A drugs and remain in custody.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The operation also safeguarded 23 children and vulnerable adults who had been exploited by the gangs, the force said.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Detective Superintendent Gareth Brackley said the gangs had run at least six phone lines selling drugs in Shropshire and Herefordshire.",
        True,
        [("count", 6, None, "at_least")],
        "Gareth Brackley",
    ),
    (
        "en",
        '"They groom teenagers, use them up and throw them away, and we will keep knocking on doors," Brackley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the second operation of its kind in the region this year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Police asked parents to be alert to sudden wealth, extra phones or unexplained absences from home.",
        False,
        [],
        None,
    ),
    # --- Crime in England and Wales (PA), Thursday, April 8 ---
    (
        "en",
        "LONDON (PA) - Adults were the victims of an estimated 9.1 million crimes in the 12 months to December 2026, a large household survey for England and Wales found.",
        True,
        [("count", 9100000, None, "about"), ("duration", 12, "month", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The Office for National Statistics said the total was 4% lower than a year earlier.",
        True,
        [("percent", 4, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Police forces, whose figures leave out fraud and computer misuse, recorded 6.41 million offences, 3% fewer than a year before.",
        True,
        [("count", 6410000, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Offences involving a knife or sharp instrument fell by 5% to 48,920, while homicides dropped to 521 from 570.",
        True,
        [
            ("percent", 5, "%", None),
            ("count", 48920, None, None),
            ("count", 521, None, None),
            ("count", 570, None, None),
        ],
        None,
    ),
    (
        "en",
        "Fraud remained the most common crime, with about 3.7 million incidents, or roughly two in five of all crimes measured by the survey.",
        True,
        [("count", 3700000, None, "about"), ("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "The survey suggested that about one in seven adults had been a victim of crime during the year.",
        True,
        [("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "en",
        "Rowena Stackpole, a statistician at the ONS, said shoplifting offences recorded by police had risen for a fifth year running, to 502,300.",
        True,
        [("ordinal", 5, None, None), ("count", 502300, None, None)],
        None,
    ),
    (
        "en",
        "Policing Minister Alun Treharne-Price said the government would put 3,000 more neighbourhood officers on the streets by March 2028.",
        True,
        [("count", 3000, None, None), ("year", 2028, None, None)],
        "Alun Treharne-Price",
    ),
    (
        "en",
        '"Every victim of crime deserves to see a police officer, not a reference number," Treharne-Price said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Conservatives called the figures "a fog of statistics hiding a collapse in confidence".',
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Österreich (APA), Donnerstag ---
    (
        "de",
        "Wien (APA) - Österreichs Polizei hat im vergangenen Jahr 521.406 Anzeigen entgegengenommen, ein Plus von 3,2 Prozent.",
        True,
        [("count", 521406, None, None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus der Kriminalstatistik 2026 hervor, die Innenminister Leopold Gruberbauer (ÖVP) am Donnerstag in Wien präsentierte.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote sank von 53,4 auf 52,6 Prozent.",
        True,
        [("percent", 53.4, "%", None), ("percent", 52.6, "%", None)],
        None,
    ),
    (
        "de",
        "Treiber des Anstiegs war erneut die Internetkriminalität mit 74.912 Anzeigen, fast ein Fünftel mehr als 2025.",
        True,
        [("count", 74912, None, None), ("fraction", 0.2, None, "nearly"), ("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Den Schaden durch Betrug im Internet schätzt das Bundeskriminalamt auf rund 640 Millionen Euro.",
        True,
        [("money", 640000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Gruberbauer sagte, bei den Cybercrime-Delikten werde nur knapp jede dritte Tat geklärt.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Gruberbauer",
    ),
    (
        "de",
        "„Die Kriminellen sitzen heute nicht mehr im Park, sondern vor dem Bildschirm“, sagte Gruberbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Unter den ausgeforschten Tatverdächtigen waren 12.318 Kinder und Jugendliche zwischen zehn und 17 Jahren, darunter 1.904 Unmündige unter 14 Jahren.",
        True,
        [
            ("count", 12318, None, None),
            ("duration", 10, "year", None),
            ("duration", 17, "year", None),
            ("count", 1904, None, None),
            ("duration", 14, "year", "under"),
        ],
        None,
    ),
    ("de", "Die FPÖ sprach von einem „Totalversagen“ der Regierung bei der inneren Sicherheit.", False, [], None),
    # --- Speeder banned after 134mph on the M6 (PA), Thursday ---
    (
        "en",
        "STAFFORD (PA) - A 29-year-old driver who was caught doing 134mph on the M6 in Staffordshire has been banned from driving for 18 months.",
        True,
        [("duration", 29, "year", None), ("count", 134, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Lewis Harnden was clocked by an unmarked police car on the southbound carriageway near Stafford at about 11.20pm on February 2, where the limit is 70mph.",
        True,
        [("date", "--02-02", None, None), ("count", 70, None, None)],
        None,
    ),
    (
        "en",
        "He admitted speeding at North Staffordshire Justice Centre and was fined £1,460 and ordered to pay £120 in costs.",
        True,
        [("money", 1460, "GBP", None), ("money", 120, "GBP", None)],
        None,
    ),
    (
        "en",
        "Harnden, who already had six penalty points on his licence, told magistrates he had been rushing to see his newborn daughter.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Staffordshire Police said it had recorded 37 drivers travelling at more than 120mph on the county's motorways last year.",
        True,
        [("count", 37, None, None), ("count", 120, None, "over")],
        "Staffordshire Police",
    ),
    (
        "en",
        "The number of drivers caught at such speeds in the county has almost doubled in five years, the force said.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        '"There is no excuse for driving at those speeds, whatever the reason," said Sergeant Kelly Ambrose of the roads policing unit.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Road safety charity Brake called the sentence "far too lenient for a driver who could have killed someone".',
        False,
        [],
        None,
    ),
    # --- Überfall auf Juwelier am Kurfürstendamm (dpa/bb), Donnerstag ---
    (
        "de",
        "Berlin (dpa/bb) - Drei maskierte Männer haben am Donnerstagvormittag ein Juweliergeschäft am Kurfürstendamm überfallen und Luxusuhren in noch unbekanntem, vermutlich sechsstelligem Wert erbeutet.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Täter schlugen gegen 10.20 Uhr mit Äxten die Vitrinen ein und flüchteten nach weniger als zwei Minuten auf zwei Motorrollern, teilte die Polizei mit.",
        True,
        [("duration", 2, "minute", "under"), ("count", 2, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Eine 58 Jahre alte Verkäuferin erlitt einen Schock, verletzt wurde niemand.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    ("de", "Einer der Roller wurde später ausgebrannt in einer Tiefgarage in Wilmersdorf gefunden.", True, [], None),
    (
        "de",
        "Es ist bereits der vierte Überfall auf ein Juweliergeschäft in der Hauptstadt seit Jahresbeginn.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Landeskriminalamts sagte, die Ermittler prüften Verbindungen zu einer Serie von Überfällen in Hamburg und Düsseldorf im vergangenen Jahr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir haben nur noch geschrien und uns hinter den Tresen geworfen“, sagte eine Mitarbeiterin des Geschäfts.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wer Hinweise auf die Täter oder die Roller geben kann, soll sich beim Landeskriminalamt melden.",
        False,
        [],
        None,
    ),
    # --- Jahresbilanz der Kantonspolizei Zürich (Keystone-SDA), Freitag, 9. April ---
    (
        "de",
        "Zürich (Keystone-SDA) - Im Kanton Zürich sind im vergangenen Jahr 98'412 Straftaten gegen das Strafgesetzbuch registriert worden, 1,6 Prozent weniger als im Vorjahr.",
        True,
        [("count", 98412, None, None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote lag bei 36,8 Prozent, wie die Kantonspolizei Zürich am Freitag mitteilte.",
        True,
        [("percent", 36.8, "%", None)],
        "die Kantonspolizei Zürich",
    ),
    (
        "de",
        "Die Zahl der Einbruchdiebstähle sank auf 6'214, den tiefsten Wert seit Beginn der Erhebung 2009.",
        True,
        [("count", 6214, None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "Deutlich zugenommen haben dagegen Betrugsfälle im Internet: Gemeldet wurden 11'930 Fälle, gut ein Viertel mehr als im Vorjahr.",
        True,
        [("count", 11930, None, None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Die Gewaltstraftaten nahmen um 4,4 Prozent auf 7'802 zu, jede zweite davon wurde im öffentlichen Raum verübt.",
        True,
        [("percent", 4.4, "%", None), ("count", 7802, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Der Deliktsbetrag belief sich auf rund 58 Millionen Franken.",
        True,
        [("money", 58000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Kommandant Reto Hinterberger sagte, das Korps habe 2026 zwölf zusätzliche Cyberermittlerinnen und Cyberermittler eingestellt.",
        True,
        [("year", 2026, None, None), ("count", 12, None, None)],
        "Reto Hinterberger",
    ),
    (
        "de",
        "«Die Täter sitzen oft im Ausland, und das Geld ist in Minuten verschwunden», sagte Hinterberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei den Beschuldigten unter 18 Jahren verzeichnete die Statistik 2'107 Personen, rund ein Zehntel mehr als 2025.",
        True,
        [
            ("duration", 18, "year", "under"),
            ("count", 2107, None, None),
            ("fraction", 0.1, None, "about"),
            ("year", 2025, None, None),
        ],
        None,
    ),
    ("de", "«Legen Sie auf und wählen Sie selbst die Nummer Ihrer Bank», rät die Polizei.", False, [], None),
    # --- Shootings in New York (AP), Friday ---
    (
        "en",
        "NEW YORK (AP) — New York City recorded fewer shootings in March than in any March since the police department began keeping track, officials said Friday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "There were 52 shooting incidents citywide last month, down from 71 a year earlier, according to NYPD data.",
        True,
        [("count", 52, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "Murders fell about 20% in the first quarter, to 68, while felony assaults rose 3.1%.",
        True,
        [
            ("percent", 20, "%", "about"),
            ("ordinal", 1, None, None),
            ("count", 68, None, None),
            ("percent", 3.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Three-quarters of the 1,212 felony assaults recorded in March took place outside the home, the data showed.",
        True,
        [("fraction", 0.75, None, None), ("count", 1212, None, None)],
        None,
    ),
    (
        "en",
        "Police Commissioner Danielle Okonkwo-Reyes told reporters that officers had taken 1,512 illegal guns off the streets since January.",
        True,
        [("count", 1512, None, None)],
        "Danielle Okonkwo-Reyes",
    ),
    (
        "en",
        '"We are not going to take a victory lap while New Yorkers are still being shot," Okonkwo-Reyes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okonkwo-Reyes said the department would move 450 officers from desk jobs to patrol in the Bronx and Brooklyn by June.",
        True,
        [("count", 450, None, None)],
        None,
    ),
    (
        "en",
        "Retail theft complaints dropped by roughly a third, the department said.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Several council members said they feared the transfers would leave station houses short of staff at night.",
        False,
        [],
        None,
    ),
    # --- Verfolgungsjagd in Chemnitz (dpa/sn), Freitag ---
    (
        "de",
        "Chemnitz (dpa/sn) - Ein 17-Jähriger ohne Führerschein hat sich in der Nacht zum Freitag mit dem Auto seines Vaters eine rund 25 Kilometer lange Verfolgungsjagd mit der Polizei geliefert.",
        True,
        [("duration", 17, "year", None), ("count", 25, None, "about")],
        None,
    ),
    (
        "de",
        "Der Jugendliche war gegen 1.30 Uhr im Stadtteil Sonnenberg einer Streife aufgefallen, weil er ohne Licht fuhr, teilte die Polizeidirektion Chemnitz mit.",
        True,
        [],
        "die Polizeidirektion Chemnitz",
    ),
    (
        "de",
        "Auf der A 4 erreichte er nach Polizeiangaben bis zu 190 km/h.",
        True,
        [("count", 190, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Flucht endete nach etwa 20 Minuten an einer Straßensperre bei Hohenstein-Ernstthal, wo der Wagen gegen einen Streifenwagen prallte.",
        True,
        [("duration", 20, "minute", "about")],
        None,
    ),
    (
        "de",
        "Zwei Beamte wurden leicht verletzt, den Schaden an beiden Fahrzeugen schätzt die Polizei auf rund 45.000 Euro.",
        True,
        [("count", 2, None, None), ("money", 45000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Atemalkoholtest ergab 0,9 Promille, zudem schlug ein Drogenvortest auf Cannabis an.",
        True,
        [("count", 0.9, None, None)],
        None,
    ),
    (
        "de",
        "Die Ermittlungen gegen den 17-Jährigen laufen wegen eines verbotenen Kraftfahrzeugrennens, Trunkenheit im Verkehr und Fahrens ohne Fahrerlaubnis.",
        True,
        [("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "„Dass bei dieser Flucht kein Mensch gestorben ist, ist pures Glück“, sagte ein Polizeisprecher.",
        False,
        [],
        None,
    ),
    # --- Spring drink-drive campaign in Scotland (PA), Friday ---
    (
        "en",
        "EDINBURGH (PA) - Police Scotland caught 386 drink- and drug-drivers during a four-week spring campaign, the force said on Friday.",
        True,
        [("count", 386, None, None), ("duration", 4, "week", None)],
        None,
    ),
    (
        "en",
        "Officers carried out more than 9,800 roadside tests, and about one in 25 drivers stopped was over the limit.",
        True,
        [("count", 9800, None, "over"), ("fraction", 0.04, None, "about")],
        None,
    ),
    (
        "en",
        "The highest reading, 141 microgrammes in 100 millilitres of breath, came from a 56-year-old man stopped in Fife.",
        True,
        [("count", 141, None, None), ("count", 100, None, None), ("duration", 56, "year", None)],
        None,
    ),
    (
        "en",
        "Scotland's limit is 22 microgrammes, lower than the 35 allowed in England and Wales.",
        True,
        [("count", 22, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "Chief Superintendent Alison Morrow said 71 of those detected had been stopped the morning after a night of drinking.",
        True,
        [("count", 71, None, None)],
        "Alison Morrow",
    ),
    (
        "en",
        '"If you were drinking the night before, you may well still be over the limit at breakfast," Morrow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Anyone convicted of drink-driving in Scotland faces a minimum 12-month ban plus a fine of up to £5,000.",
        True,
        [("duration", 12, "month", None), ("money", 5000, "GBP", "up_to")],
        None,
    ),
    ("en", "The Scottish Conservatives accused ministers of starving roads policing of resources.", False, [], None),
    # --- Alkoholkontrollen in Niederösterreich (APA), Samstag, 10. April ---
    (
        "de",
        "St. Pölten (APA) - Bei Schwerpunktkontrollen in Niederösterreich hat die Polizei in der Nacht auf Samstag 29 alkoholisierte Lenkerinnen und Lenker aus dem Verkehr gezogen.",
        True,
        [("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt wurden 2.460 Alkotests durchgeführt, teilte die Landespolizeidirektion Niederösterreich mit.",
        True,
        [("count", 2460, None, None)],
        None,
    ),
    (
        "de",
        "Elf Lenkern wurde der Führerschein vorläufig abgenommen, den höchsten Wert hatte ein 47-jähriger Mann im Bezirk Mödling mit 2,44 Promille.",
        True,
        [("count", 11, None, None), ("duration", 47, "year", None), ("count", 2.44, None, None)],
        None,
    ),
    (
        "de",
        "Angezeigt wurden außerdem 14 Lenker wegen Drogen am Steuer und 312 Schnellfahrer.",
        True,
        [("count", 14, None, None), ("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Ein 20-jähriger Probeführerscheinbesitzer wurde im Ortsgebiet von Baden mit 112 statt der erlaubten 50 km/h gemessen.",
        True,
        [("duration", 20, "year", None), ("count", 112, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Oberst Franz Reischl-Haberl sagte, der Anteil der Alkolenker liege mit 1,2 Prozent unter dem Wert des Vorjahres.",
        True,
        [("percent", 1.2, "%", None)],
        "Franz Reischl-Haberl",
    ),
    (
        "de",
        "„Wer trinkt, fährt nicht – das muss endlich in jedem Kopf ankommen“, sagte Reischl-Haberl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Dass am Wochenende noch immer so viele betrunken fahren, ist mir unbegreiflich“, sagte ein Beamter an der Kontrollstelle.",
        False,
        [],
        None,
    ),
    # --- Arrest after hit-and-run death in Phoenix (AP), Saturday ---
    (
        "en",
        "PHOENIX (AP) — A 38-year-old woman was taken into custody Saturday after a hit-and-run crash that killed a 71-year-old pedestrian in west Phoenix, police said.",
        True,
        [("duration", 38, "year", None), ("duration", 71, "year", None)],
        "police",
    ),
    (
        "en",
        "The man was struck near a bus stop on Thomas Road at about 8.45 p.m. Thursday and died at the scene.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Detectives traced the driver through a damaged SUV found in a garage about 3 miles away, according to the Phoenix Police Department.",
        True,
        [("count", 3, None, "about")],
        None,
    ),
    (
        "en",
        "She was booked into jail on suspicion of manslaughter and leaving the scene of a fatal collision and was being held on a $75,000 bond.",
        True,
        [("money", 75000, "USD", None)],
        None,
    ),
    (
        "en",
        "Sgt. Marisol Quintero said the woman's license had been suspended since 2025 over an earlier DUI conviction.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "It was the 19th pedestrian death in Phoenix this year, up from 14 at the same point in 2026.",
        True,
        [("ordinal", 19, None, None), ("count", 14, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Phoenix recorded 211 pedestrian deaths in 2026, among the highest tolls of any large U.S. city.",
        True,
        [("count", 211, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        '"He was just walking home from his evening shift, like he did every night," his granddaughter said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was not immediately clear whether the woman had a lawyer who could speak on her behalf.",
        False,
        [],
        None,
    ),
    # --- Einbruchserie im Münsterland (dpa/lnw), Samstag ---
    (
        "de",
        "Münster (dpa/lnw) - Nach einer Serie von 26 Einbrüchen in Einfamilienhäuser im Münsterland hat die Polizei zwei Tatverdächtige festgenommen.",
        True,
        [("count", 26, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Männer im Alter von 27 und 32 Jahren wurden am Freitagabend nach einer Observation auf einem Parkplatz an der A 1 bei Greven gefasst, teilte die Polizei Münster mit.",
        True,
        [("duration", 27, "year", None), ("duration", 32, "year", None)],
        None,
    ),
    (
        "de",
        "In ihrem Auto fanden die Ermittler Schmuck, Bargeld und Werkzeug, den Gesamtschaden der Serie beziffert die Polizei auf mehr als 210.000 Euro.",
        True,
        [("money", 210000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Einbrüche hatten sich seit Anfang Januar vor allem in der Dämmerung zwischen 17 und 20 Uhr ereignet.",
        True,
        [],
        None,
    ),
    ("de", "Beide Männer sitzen in Untersuchungshaft, zu den Vorwürfen schweigen sie bislang.", True, [], None),
    (
        "de",
        "Kriminalhauptkommissarin Sabine Ostendarp sagte, eine siebenköpfige Ermittlungsgruppe sei den Tätern über gestohlene Kennzeichen auf die Spur gekommen.",
        True,
        [("count", 7, None, None)],
        "Sabine Ostendarp",
    ),
    (
        "de",
        "„Für die Opfer ist vor allem das Gefühl schlimm, dass Fremde in ihrem Schlafzimmer waren“, sagte Ostendarp.",
        False,
        [],
        None,
    ),
    ("de", "Die Polizei rät, Türen und Fenster auch bei kurzer Abwesenheit zu verschließen.", False, [], None),
    # --- Teenager stabbed to death in Croydon (PA), Saturday ---
    (
        "en",
        "LONDON (PA) - A 16-year-old was fatally stabbed in a park in Croydon on Friday evening, the Metropolitan Police said.",
        True,
        [("duration", 16, "year", None)],
        "the Metropolitan Police",
    ),
    (
        "en",
        "Officers and paramedics were called to a park off London Road shortly after 6pm on Friday, but the boy died at the scene about 40 minutes later.",
        True,
        [("duration", 40, "minute", "about")],
        None,
    ),
    (
        "en",
        "Officers detained two boys aged 15 and a 17-year-old nearby, and all three are being held on suspicion of murder.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 15, "year", None),
            ("duration", 17, "year", None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Detective Chief Inspector Samira Haddow said all three suspects had been known to the victim.",
        True,
        [("count", 3, None, None)],
        "Samira Haddow",
    ),
    ("en", '"A family has lost a son tonight, and a whole community is in shock," Haddow said.', False, [], None),
    (
        "en",
        "His death is the seventh killing of a teenager in the capital this year, a PA news agency count shows.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "en",
        "A dispersal order giving officers extra powers was put in place across the area for 48 hours.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    ("en", 'Local councillor Denise Mbatha-Hollis said residents were "heartbroken and frightened".', False, [], None),
    # --- Raser auf der A1 im Aargau (Keystone-SDA), Sonntag, 11. April ---
    (
        "de",
        "Aarau (Keystone-SDA) - Nach einer Raserfahrt auf der A1 bei Oftringen musste ein 21-jähriger Neulenker seinen Führerausweis noch auf der Stelle abgeben.",
        True,
        [("duration", 21, "year", None)],
        None,
    ),
    (
        "de",
        "Der junge Mann war am Samstagabend mit 196 km/h unterwegs, erlaubt sind auf diesem Abschnitt 100 km/h, wie die Kantonspolizei Aargau mitteilte.",
        True,
        [("count", 196, None, None), ("count", 100, None, None)],
        "die Kantonspolizei Aargau",
    ),
    (
        "de",
        "Nach Abzug der Sicherheitsmarge beträgt die Überschreitung 89 km/h.",
        True,
        [("count", 89, None, None)],
        None,
    ),
    (
        "de",
        "Den Führerausweis auf Probe besaß der junge Mann erst seit elf Monaten.",
        True,
        [("duration", 11, "month", None)],
        None,
    ),
    ("de", "Sein Auto wurde beschlagnahmt, der Fall geht an die Staatsanwaltschaft.", True, [], None),
    (
        "de",
        "Raser müssen in der Schweiz mit einem bis vier Jahren Freiheitsstrafe rechnen, zudem wird ihnen der Ausweis für mindestens zwei Jahre entzogen.",
        True,
        [("duration", 1, "year", None), ("duration", 4, "year", None), ("duration", 2, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr hatte die Aargauer Polizei 47 Raserdelikte registriert, fünf mehr als im Jahr davor.",
        True,
        [("count", 47, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "«Solche Fahrten sind keine Mutprobe, sondern russisches Roulette», sagte Polizeisprecher Bernhard Graf.",
        False,
        [],
        None,
    ),
    # --- Bilanz der Waffenverbotszone am Hauptbahnhof (dpa/lno), Sonntag ---
    (
        "de",
        "Hamburg (dpa/lno) - In der Waffenverbotszone rund um den Hamburger Hauptbahnhof hat die Polizei im ersten Quartal 2027 bei 1.482 Kontrollen 96 Messer sichergestellt.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2027, None, None),
            ("count", 1482, None, None),
            ("count", 96, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das waren knapp 40 Prozent mehr Funde als im Vorjahreszeitraum, teilte die Polizei Hamburg mit.",
        True,
        [("percent", 40, "%", "nearly")],
        "die Polizei Hamburg",
    ),
    ("de", "Die Zone gilt seit Dezember 2025 täglich zwischen 20 und 6 Uhr.", True, [("year", 2025, None, None)], None),
    (
        "de",
        "Zwischen Januar und März nahmen die Beamten in der Zone 38 Menschen vorläufig fest, gegen 212 leiteten sie Bußgeldverfahren ein.",
        True,
        [("count", 38, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Innensenator Jörn Paulsen-Kray sagte, die Zahl der Gewaltdelikte am Hauptbahnhof sei im gleichen Zeitraum um 12 Prozent auf 287 Fälle gesunken.",
        True,
        [("percent", 12, "%", None), ("count", 287, None, None)],
        "Jörn Paulsen-Kray",
    ),
    ("de", "„Die Zone wirkt, und wir werden sie ganz sicher nicht aufweichen“, sagte Paulsen-Kray.", False, [], None),
    (
        "de",
        "Wer gegen das Verbot verstößt, riskiert ein Bußgeld, das bis zu 10.000 Euro betragen kann.",
        True,
        [("money", 10000, "EUR", "up_to")],
        None,
    ),
    ("de", "Die Linke kritisierte die Kontrollen als „Racial Profiling mit Ansage“.", False, [], None),
    # --- Knife amnesty results (PA), Sunday ---
    (
        "en",
        "LONDON (PA) - More than 21,000 knives were handed in during a two-week amnesty across England and Wales, the National Police Chiefs' Council said on Sunday.",
        True,
        [("count", 21000, None, "over"), ("duration", 2, "week", None)],
        "the National Police Chiefs' Council",
    ),
    (
        "en",
        "They included 1,840 so-called zombie knives and machetes, which became illegal to own in September 2024.",
        True,
        [("count", 1840, None, None), ("year", 2024, None, None)],
        None,
    ),
    ("en", "Last year's amnesty had collected just over 15,600 knives.", True, [("count", 15600, None, "over")], None),
    (
        "en",
        "Forces also seized about 3,100 weapons during 1,270 stop-and-search operations in the same fortnight.",
        True,
        [("count", 3100, None, "about"), ("count", 1270, None, None)],
        None,
    ),
    (
        "en",
        "Commander Lydia Farraday, the council's lead for knife crime, said nearly half the knives came from police stations in London, the West Midlands and Greater Manchester.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        '"Every blade handed in is a blade that cannot end up in a teenager\'s pocket," Farraday said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government said it would pay for a further 40 knife-detection arches for railway stations and town centres.",
        True,
        [("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "Knife offences recorded by police fell by 5% in the year to December 2026, figures published last week showed.",
        True,
        [("percent", 5, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Youth workers said amnesties did little to reach the young people most likely to carry a knife.",
        False,
        [],
        None,
    ),
    # --- Fentanyl found in spare tire (AP), Sunday ---
    (
        "en",
        "LAREDO, Texas (AP) — State troopers found about 14 pounds of fentanyl pills hidden in the spare tire of a pickup truck during a traffic stop on Interstate 35, the Texas Department of Public Safety said.",
        True,
        [("count", 14, None, "about")],
        "the Texas Department of Public Safety",
    ),
    (
        "en",
        "The driver, a 44-year-old man from San Antonio, was pulled over at about 3 p.m. Saturday for following another vehicle too closely.",
        True,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "A police dog alerted officers to the tire, and a search turned up roughly 62,000 pills with an estimated street value of $930,000.",
        True,
        [("count", 62000, None, "about"), ("money", 930000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The man was charged with manufacture and delivery of a controlled substance, a first-degree felony that carries up to 99 years in prison.",
        True,
        [("duration", 99, "year", "up_to")],
        None,
    ),
    (
        "en",
        "He was being held on a $250,000 bond at the Webb County jail.",
        True,
        [("money", 250000, "USD", None)],
        None,
    ),
    ("en", '"That is enough poison to wipe out a small town," a DPS spokesman said.', False, [], None),
    ("en", "Troopers urged drivers to report suspicious vehicles to the agency's tip line.", False, [], None),
]
