"""Three-hundred-and-ninety-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the holders of real offices appear only by office
(„Die Verteidigungsministerin“, "The minister" in the Commons story, „Die Präsidentin des
Mieterbundes“, "The judge", „Ein Sprecher der Unionsfraktion“).

Names: the finance chief, prosecutor, defence lawyer, scientists, economists, analysts,
executives, spokespeople, politicians, players, team boss and project manager are invented -
Ulrike Brackwedel, Katrin Edlinger-Poscharnig, Matthias Gwerder-Tschopp, Theresa
Hochsteiner-Brandl, Nadja Tobler-Rüfenacht, Jonas Wienhold-Braun, Rüdiger Haslinger-Voß,
Mareike Olbertz-Fahrenkamp, Sven Düsterhöft, Lennart Oberbichler, Armin Lötscher-Haid, Mads
Rønnekamp; Alastair Membury, Lindiwe Okonkwo-Baptiste, Garrett Fennimore-Oaks, Rosalind
Achebe-Marsh, Kohei Sakuradani, Dario Velasquez-Kern, Kenji Aramaki-Cole, Priyanka
Desrosiers-Lamb, Maureen Catchpole-Reed, Imogen Stallworthy, Saoirse Malvenan-Okafor,
Cordelia Van Houten-Reyes, Harriet Lenihan-Brooks, Tobias Ferreira-Lund, Romain
Castagnède-Holt, Delfina Arroyo-Whitcomb, Callum Westerby-Hale, Ophelia Stanhope-Greaves,
Freddie Callaghan-Rowe, Ben Harwood-Tane, Tobias Lindgren-Achterberg - and so are the firms
and the asteroid (the grid operator Emscherland Netze, the property portal Keyhaven, the
engineer Velderwerk and its bidder Copperfell Partners, Hinokizaka Research Institute,
Farrowgate Securities, the sensor maker Kalmbacher, Ebbtide Capital, the fashion chain
Linthwaite & Hobbeson, Lauterach Motorsport, Coinmetric, Bellrock Capital, "2026 LK7"), with
every unnamed trader, lawyer, spokesperson, agent, astronomer, MP, economist, campaigner,
resident, worker and official. Real states, bodies, firms, clubs, courts, venues and places
(Straflandesgericht Graz, ETH Zürich, Grosser Aletschgletscher, Unesco, Statistik Austria,
Wifo, Arbeiterkammer, Nationalrat, Ständerat, SVP, SP, MDax, Dax, Euro Stoxx 50, Xetra,
Forsa, „Stern“, Union, AfD, SPD, Grüne, Linke, BSW, Bundesgerichtshof and its VIII.
Zivilsenat, Deutscher Mieterbund, Haus & Grund, Deutscher Wetterdienst, Bundestag, Bundesrat,
Arbeitsministerium, Universitätsklinikum Hamburg-Eppendorf, „European Heart Journal“,
Deutsche Bahn, Ruhr-Sieg-Strecke, Pro Bahn, Generalzolldirektion, IG BAU, Nürburgring,
Nordschleife, Porsche, VfB Stuttgart, FC Kopenhagen; NASA and its Jet Propulsion Laboratory,
the Commons, the House of Lords, Holyrood, the 9th Circuit, the Finance Ministry of Japan,
the Mets, the National League, the Labor Department, the Federal Reserve,
Maidstone Crown Court, Airbus, the Australian Bureau of Statistics, the Reserve Bank, NHS
England, the National Weather Service, Maricopa County, Lord's, Edgbaston, the S&P 500, and
the datelines' cities) stand for the way wire copy names them; every price, rate, vote,
tally, share, sum, age, time, date and quote here is invented, and where a real figure came
to mind (a real inflation, jobs or price print, a real current-account surplus, a real
carbon budget or warming figure, a real pension level, contribution rate or earnings
allowance, a real glacier loss, a real delivery target, a real track length) it was
changed; the start of German weather records in 1881, the reference periods 1961-1990,
1991-2020 and 1850-1900, the statutory cap on rent rises after modernisation (3 euros per
square metre within six years), the Scottish vote at 16 since 2016, the Aletsch region's
listing in 2001 and the Nürburgring race's count of editions are kept as the facts they
are.

Its weight: HARD NUMBER FORMS, fifteenth round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first, three-hundred-and-twenty-eighth,
three-hundred-and-forty-second, three-hundred-and-sixtieth, three-hundred-and-seventy-sixth
and three-hundred-and-eighty-second batches were the first fourteen rounds, and the
seventeenth weighed the same forms long before them; their decisions are kept, those of the
three-hundred-and-sixtieth, three-hundred-and-seventy-sixth and
three-hundred-and-eighty-second first of all) - one ordinary wire week, Monday, June 8, to
Saturday, June 13, 2026, as 34 short stories in date order with the German and English desks
interleaved, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, quotes, the other side), spread over economy, politics, courts, science and sport: a
grid operator's bond, British asking prices, a Ponzi trial in Graz, an asteroid flyby,
Swiss glaciers, a Commons vote on the voting age, Austrian inflation, a trucking verdict on
appeal, the Swiss air-defence credit, Japan's current account, the MDax at a two-year high,
a Mets rookie, a pension poll, U.S. consumer prices, a Federal Court of Justice ruling on
modernisation rent rises, a hospice fraud sentence, Germany's spring weather, the carbon
budget, the Bundestag's pension vote, an Old Master sale, a sensor maker's quarter,
Australian jobs, a sleep study, NHS waiting lists, Airbus deliveries, a rail line closed for
renewal, a heat wave in the Southwest, a grass-court semi-final, a fashion chain's year, a
raid on undeclared work, the Nürburgring 24-hour race, a Lord's Test, a Bundesliga signing
and a bitcoin record. Half German (dpa with its regional slug "dpa/lnw", dpa-AFX, APA,
Keystone-SDA; Austrian „Privatbeteiligte“, „Supermarktkassa“, Swiss „Mia. Franken“,
„fliessen“, „eingebüsst“, „Grosse“, «» quotes, German „“ quotes), half English (Reuters with
dated datelines and a flash headline, AFP English with a dated dateline, AP, PA, AAP). Its
weight is the number forms the topic names, in shapes the earlier rounds did not use or used
thinly: German number words and compounds („dreieinhalbfach überzeichnet“, „eineinviertel
Milliarden Euro“, „eindreiviertel Stunden“, „binnen zweidreiviertel Jahren“, „Dreiviertel
der Bürgerinnen und Bürger“, „einer Viertelmillion“, „anderthalb Jahren“, „anderthalbmal so
hoch“, „zwölfeinhalb Jahre“, „siebeneinhalb Jahre“, „dreieinhalb Kilometer“, „zwei Dutzend“,
„Zweijahreshoch“, „Dreimonatstief“, „Fünfjahresvertrag“, „Drei-Schicht-Betrieb“,
„24-Stunden-Rennen“, „dreistündige“, „Viertelstunde“) beside vague magnitudes that carry
none („Hunderte“, „Hunderttausende“, „Zehntausende“, „Zigtausende“, „im niedrigen
zweistelligen Millionenbereich“); ordinals with dots and in words („der 3. von zwölf
Verhandlungstagen“, „der VIII. Zivilsenat“, „in 2./3. Lesung“, „das 54.
24-Stunden-Rennen“, „zum 5. Mal“, „zweitwärmste“, „Die Nummer 14 der Welt“, „an Nummer drei
gesetzten“, "the 9th Circuit", "the 15th straight month", "his fourth Test century");
ranges with „bis“, "to" and dashes („acht bis zwölf Prozent“, „2½ bis 2¾ Prozent“, „205 bis
215 Mio. Euro“, „vom 2. bis 5. Juni“, „vom 12.–14. Juni“, „1961–1990“, "240 to 310 meters",
"$1.2 million to $1.8 million", "the 3.75%-4.00% range", "the 1850-1900 average", „2026/27“);
fractions in words and digits („3⅜ Prozent“, "6 1/3 innings", „ein gutes Drittel“, „knapp
drei Fünftel“, „über neun Zehntel“, „knapp ein Zwanzigstel“, „jeder Sechste“, „jeder achte“,
"nearly nine-tenths", "two-fifths", "a roughly 1-in-4 chance", "three in four", "roughly one
listing in three", "just under a third"); hedges in both languages, new ones among them
(„um 1850“, "c. 1650", „geschätzt“, „wenigstens“, "upward of", "a little over", "just over",
"better than", „nicht mehr als“, „höchstens“, „mindestens“, „gut“, „knapp“, „rund“);
multiples („dreieinhalbfach“, "more than double", "a two-and-a-half-fold increase",
"roughly one-and-a-quarter times", „fast anderthalbmal so hoch“); money with suffixes and
signs („Mio.“, „Mrd.“, „Mia.“, „Mill.“, „T€“, "bn", "m", "k", "K", "p", "TRLN YEN", "trillion
yen", "US cents"); percent against points („einen halben Prozentpunkt“, „±3
Prozentpunkten“, „(–1)“, „(+1)“, "50 basis points", "per cent"); durations in compounds and
phrases ("an 11-hour shift", "the 18-week target", "six and a half years", "five and a
quarter hours", „nach 2:41 Stunden Spielzeit“, „mit 1:12,4 Minuten Vorsprung“); ages; and
dates and years in many forms (Reuters and AFP datelines, „vom 14.11.2025“, „bis zum 30.
Juni 2031“, „am 26. Juni“, "on May 19", „Mitte 2028“, "in late 2025", „im Frühjahr 2022“,
"the 2030s", „im Jahr 1881“). Figures in sports shapes stand beside them (".318", "a
half-game", "287 for six", "four for 61", scores). Negatives stand beside them - about a
quarter of the rows: rhetoric and feelings in quotes from a finance chief, a property
analyst, a defence lawyer, scientists, a glaciologist, economists, a families' lawyer, a
politician, players, a hospice chief, an auction specialist, executives, a study leader,
analysts, a team boss, a batsman, a crypto strategist and the minister, labels („sprach von“, „sprachen von“, "called", "described ... as"),
verdicts with „halten ... für“ and „sehen in“, doubts, suspicions, feelings, a caution, advice
that names no measure, open questions, vox pops and scene colour; none of them carries a
figure.

236 rows (121 German, 115 English), 58 negatives (29 German, 29 English), 178 check-worthy
rows of which 7 carry no figure (6 German, 1 English), 430 expected quantities (127 counts,
64 amounts of money - 25 EUR, 16 USD, 13 GBP, 7 JPY, 3 CHF -, 60 percentages - 55 in "%", 4
in percentage points "pp", 1 in basis points "bp" -, 57 durations - 22 in years, 16 in
hours, 7 in months, 4 in days, 4 in minutes, 3 in weeks, 1 in seconds -, 44 years, 30
ordinals, 29 fractions, 19 dates; none of them in a negative), 35 checked speakers (17
German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. Made-up names that turned out to
be in use in earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch), its semicolons included. A
  quoted or reported evaluation, label, feeling, doubt, suspicion, belief, caution or piece
  of rhetoric is a negative with speaker None, also with a named speaker (seventh,
  ninety-eighth, three-hundred-and-sixtieth, three-hundred-and-seventy-sixth,
  three-hundred-and-eighty-second); a reported fact, figure, step, plan or forecast is
  check-worthy with its speaker, also in Konjunktiv I. Pairs from one speaker: Brackwedel's
  two thirds, Membury's 71 days, Okonkwo-Baptiste's "no chance of an impact this century",
  Gwerder-Tschopp's two thirds, Hochsteiner-Brandl's 2½ to 2¾ percent, Tobler-Rüfenacht's
  1.5 billion francs, Sakuradani's 0.9 trillion yen, Velasquez-Kern's day off,
  Desrosiers-Lamb's two-thirds, Wienhold-Braun's 2 degrees, Malvenan-Okafor's 0.27C,
  Van Houten-Reyes's $5.28 million, Haslinger-Voß's guidance, Lenihan-Brooks's one in five,
  Olbertz-Fahrenkamp's one in eight, Ferreira-Lund's 20,000 a month, Castagnède-Holt's 79 a
  month, Oberbichler's year and a half, Stanhope-Greaves's 1.2 million pairs,
  Lötscher-Haid's pit stops, Callaghan-Rowe's five and a quarter hours, Rønnekamp's two
  talks and Lindgren-Achterberg's one in three beside their quotes; the minister's "since
  2016" beside the minister's quote (both told by role). Negatives otherwise: labels („Händler sprachen
  von ...“, „Die Arbeiterkammer sprach von ...“, „Die Präsidentin des Mieterbundes sprach
  von ...“, „Die Opposition sprach von ...“, „Ein Sprecher der Gewerkschaft IG BAU sprach
  von ...“, "called the plan", "called the award", "called the findings", "described the
  thefts as"), verdicts with „halten ... für“ (market players, Haus & Grund, business
  groups, analysts; hundred-ninety-ninth) and „sehen in den Werten ein Misstrauensvotum“
  (three-hundred-and-eighty-second: „sehen in den Zahlen einen Weckruf“), doubts ("Some
  estate agents said they doubted", „Der Fahrgastverband Pro Bahn bezweifelt“), a suspicion
  ("Some economists said they suspected"; three-hundred-and-sixtieth: "said they thought"),
  verdicts told as reports ("Retail analysts said the turnaround still had a long way to
  run", "Patient groups said too many people were still waiting in pain"), a caution
  ("Some economists cautioned that the monthly survey was notoriously volatile";
  three-hundred-and-eighty-second: "Economists warned that one month of trade data said
  little"), feelings („fühlen sich ... abgehängt“, „blicken mit wachsender Sorge“, "said they
  were praying for clear skies", "said staff were worn out"), advice that names no measure
  ("Residents were told to look in on elderly neighbors ..."; three-hundred-and-eighty-
  second: "Residents were urged"), open questions („Ob kurzer Schlaf selbst krank macht
  ...“, „Wie viele Arbeiter betroffen sind, ist noch unklar.“; three-hundred-and-fifty-
  sixth), rhetoric of roles and vox pops („sagte sein Verteidiger“, „Ein Frankfurter Händler
  sagte“, „Ein Sprecher der Unionsfraktion sagte“, "said Rosalind Achebe-Marsh, who
  represents the families", "the hospice's chief executive said", "the minister said", "said
  a construction worker") and scene colour (campsites at the Nordschleife). Check-worthy
  without a figure: „Hunderte Geschädigte haben sich dem Verfahren ... angeschlossen.“ and
  „Nach Angaben des Deutschen Mieterbundes sind bundesweit Zehntausende Haushalte in
  ähnlicher Lage.“ (vague magnitudes carry none and the rows stay claims;
  two-hundred-and-eighty-first: "Scores of people were injured"), "There is no chance of an
  impact this century, said ..." (a reported finding; "this century" none), „Das Geschäft
  geht nun an den Ständerat.“ (a step), „Die Vorinstanzen hatten der Vermieterin noch recht
  gegeben.“ (a reported fact), „Veröffentlicht wurde die Arbeit im „European Heart Journal“.“
  (three-hundred-and-sixtieth: "The team described the discovery in a paper in ...") and
  the fee „im niedrigen zweistelligen Millionenbereich“ (a vague magnitude,
  two-hundred-and-ninety-seventh, three-hundred-and-forty-second, three-hundred-and-
  sixty-fourth).
- German number words and compounds (the issue's „fünfstündigen“ and "28-Punkte-Entwurf";
  every round). New: „die dreieinhalbfach überzeichnet war“ is count 3.5 - „-einhalb“ before
  „-fach“ in the adjective adds the half as it does in the noun („um das Dreieinhalbfache“,
  three-hundred-and-eighth; „Zweieinhalbfache“, three-hundred-and-twenty-first), the
  adjective counted as „mehr als fünffach überzeichnet“ (three-hundred-and-sixtieth). New:
  „eineinviertel Milliarden Euro“ is 1,250,000,000 EUR - „-einviertel“ before a scale word
  as before a unit („eineinviertel Stunden“ 1.25 hours, three-hundred-and-twenty-eighth)
  and as „eineinhalb Millionen“ before its scale (two-hundred-and-eighty-first). New:
  „eindreiviertel Stunden“ is 1.75 hours and „binnen zweidreiviertel Jahren“ 2.75 years -
  „-dreiviertel“ after a whole number adds three quarters as „-einviertel“ adds one
  („dreieinviertel Jahren“, three-hundred-and-twenty-eighth), the German twin of "two and
  three-quarter years" (three-hundred-and-twenty-first); „binnen“ no hedge. New: „Dreiviertel
  der Bürgerinnen und Bürger“ is fraction 0.75 - the fused and capitalised noun reads as
  „drei Viertel“ (three-hundred-and-eighty-eighth: „rund drei Viertel“), as „Dreiviertel“
  heads „Dreiviertelmehrheit“ (seventeenth). „Vor geschätzt einer Viertelmillion Zuschauern“
  250,000 (three-hundred-and-eighth: „rund eine Viertelmillion Menschen“; hedge below),
  „siebeneinhalb Jahre“ 7.5 years, „zwölfeinhalb Jahre lang“ 12.5 years (with „lang“, as „acht
  Wochen lang“, two-hundred-and-forty-fourth), „seit anderthalb Jahren“ twice 1.5 years
  (three-hundred-and-fifty-third), „fast anderthalbmal so hoch“ 1.5 "nearly"
  (two-hundred-and-eighty-first: „anderthalbmal so viele“), „um mehr als dreieinhalb
  Kilometer“ 3.5 "over", „zwei Dutzend Fahrzeuge“ 24 (three-hundred-and-eighth).
  Durations fused with their unit (fifteenth, three-hundred-and-twenty-first,
  three-hundred-and-seventy-seventh): „ein Zweijahreshoch“ 2 years and „ihr Dreimonatstief“ 3
  months (three-hundred-and-twenty-first: „Zehnjahreshoch“, „ein Dreimonatshoch“;
  three-hundred-and-seventy-seventh: „Zehnjahrestief“), „mit einem Fünfjahresvertrag bis
  zum 30. Juni 2031“ 5 years and 2031-06-30 (two-hundred-and-seventy-fifth), „das 54.
  24-Stunden-Rennen“ ordinal 54 and 24 hours (three-hundred-and-eighty-second:
  „48-Stunden-Warnstreik“), „eine gut dreistündige Debatte“ 3 hours "over" (the hedge inside
  the phrase before the compound, three-hundred-and-eighty-eighth: „knapp zweistündiges“),
  „knapp eine Viertelstunde“ 0.25 hours "nearly" (three-hundred-and-sixtieth). New: „im
  Drei-Schicht-Betrieb“ is count 3 - the hyphenated number word counts the shifts the
  compound names, as „Vier-Personen-Haushalt“ (two-hundred-and-fourteenth) and
  „Drei-Länder-Eck“ (three-hundred-and-eighty-second) count theirs; „an sieben Tagen die
  Woche“ 7 days (two-hundred-and-seventy-eighth: „an sechs Tagen pro Woche“; „die Woche“
  none).
- Vague magnitudes carry none (fifth, two-hundred-and-forty-ninth, three-hundred-and-eighth,
  three-hundred-and-sixtieth): „Hunderte Geschädigte“, „Hunderttausende Touristen“
  (three-hundred-and-eighth: „Hunderttausende Pensionisten“), „Zehntausende Haushalte“
  (two-hundred-and-fifty-sixth: „Zehntausende niederländische Fans“), „im niedrigen
  zweistelligen Millionenbereich“ (two-hundred-and-twenty-fourth: „im niedrigen
  zweistelligen Millionenbereich“; fifth and hundred-twenty-second: „zweistellig“) and "the
  2030s" (a decade, two-hundred-and-fifty-first: "the 2050s"). New: „Zigtausende Rechnungen“
  carries none - „zig“ names no number, as „zum x-ten Mal“ leaves it open
  (three-hundred-and-seventy-sixth), and the plural „-tausende“ is the vague magnitude of
  „Zehntausende“.
- Ordinals with dots, in words and in compounds (the issue's „das sechste Treffen“; every
  round): „der 3. von zwölf Verhandlungstagen“ ordinal 3 and count 12 (fifteenth: „28
  Verhandlungstage“), „der VIII. Zivilsenat“ 8 (three-hundred-and-sixty-seventh: „Der XI.
  Zivilsenat“), "the 9th Circuit" 9 (three-hundred-and-sixty-seventh: "the 8th U.S. Circuit
  Court of Appeals"), „zum 5. Mal“ 5, „das 54. 24-Stunden-Rennen“ 54, „das zweitwärmste“ 2
  (the issue's „drittgrößte“), „Die Nummer 14 der Welt“ 14 (hundred-fifty-eighth,
  two-hundred-and-twenty-seventh: „die Nummer 31 der Weltrangliste“) and „den an Nummer drei
  gesetzten Briten“ 3 (three-hundred-and-seventy-sixth: "No. 16 seed"), „im ersten Quartal
  2026“ 1 and the year, „die ersten Systeme“ 1 (two-hundred-and-forty-fourth: „Die ersten
  Bartgeier“), „ab der ersten Mieterhöhung“ and „seit den ersten Aufzeichnungen“ 1,
  „Nach den ersten drei Stunden“ 1 and 3 hours (two-hundred-and-forty-fourth: "in the
  first four days"), „der dritte Neuzugang“ 3, "for the first time" 1, "his 14th home run"
  14, "the 15th straight month" 15, "its 11th straight day" 11, "for the fifth straight
  month" 5, "second reading" and "a third reading" 2 and 3 (three-hundred-and-seventy-fifth:
  "at second reading"), "day three of the second Test" 3 and 2 (two-hundred-and-sixty-sixth:
  "day three"), "his fourth Test century" 4 ("century" none, three-hundred-and-eighth),
  "the second new ball" 2, "the first Test" 1, "the first five months of the year" 1 and 5
  months (three-hundred-and-forty-second: "the first nine months"), "the second-largest
  token" 2. New: „in 2./3. Lesung“ gives ordinals 2 and 3 - the slash joins two dotted
  ordinals and the noun written once serves both, as „7./8. März“ gives two dates
  (three-hundred-and-eighty-second) and „Die elfte und zwölfte Runde“ two ordinals
  (three-hundred-and-eighty-eighth); readings are ordinals (three-hundred-and-seventy-fifth:
  „in zweiter und dritter Lesung“). None: „Spitzenreiter“, „Titelverteidiger“, „Halbfinale“
  twice (a round's name, two-hundred-and-forty-first, two-hundred-and-ninety-ninth), "a
  record", "the biggest", "the fastest", "the next general election", „die Startnummer 911“
  (a start number names a car, three-hundred-and-twenty-second), „Az. VIII ZR 214/25“
  (three-hundred-and-sixty-seventh), "Euro Stoxx 50", "S&P 500", "CO2" (names).
- Ranges, each end its own figure and no hedge (seventeenth and every round): „acht bis zwölf
  Prozent“ and „7 bis 8 Prozent“ (the unit written once serving both), „205 bis 215 Mio.
  Euro“ (the scale serving both, forty-eighth), „2½ bis 2¾ Prozent“ 2.5 and 2.75
  (three-hundred-and-forty-second: "around 2½%"), „in den Jahren 2017 bis 2023“, „zwischen
  2027 und 2030“, „1961–1990“ and „1991–2020“ (fiftieth), „sieben bis acht Stunden“, "240 to
  310 meters (790 to 1,020 feet)" four counts, "$1.2 million to $1.8 million", "the
  3.75%-4.00% range" (three-hundred-and-twenty-fourth), "the 1850-1900 average"
  (two-hundred-and-fifty-first), „die Saison 2026/27“ both years (fortieth), „vom 2. bis 5.
  Juni“ two dates (forty-first). New: „vom 12.–14. Juni“ gives --06-12 and --06-14 - the en
  dash between a day with its point and a day with its month is the „bis“ of a range of
  dates, as „vom 6. bis 23. März“ and the dash of „06.03.26–23.03.26“
  (three-hundred-and-eighty-second); set between two figures it is no minus (same batch).
- Fractions in words and digits (the issue; every round): „rund zwei Drittel“ 0.6667
  "about", „gut ein Drittel davon“ and „ein gutes Drittel“ 0.3333 "over"
  (three-hundred-and-forty-second), „nur knapp ein Zehntel“ and „knapp ein Zehntel“ 0.1
  "nearly" („nur“ no hedge), „zwei Drittel des heutigen Eisvolumens“ 0.6667, „über neun
  Zehntel“ 0.9 "over" („über“ before a figure, three-hundred-and-seventy-sixth), „knapp ein
  Zwanzigstel“ 0.05 "nearly", „um gut ein Viertel“ 0.25 "over", „Nur jeder Sechste“ 0.1667
  and „jeder Fünfte“ 0.2 („Nur“ no hedge), „knapp drei Fünftel“ 0.6 "nearly", „fast ein
  Drittel mehr“ 0.3333 "nearly" („mehr“ after it compares), „knapp ein Fünftel über dem
  Vorjahreswert“ 0.2 "nearly", „um gut ein Drittel höheres“ 0.3333 "over", „jeder achte
  Teilnehmer“ 0.125; "roughly one listing in three" 0.3333 "about" (three-hundred-and-eighty-
  second: "Around one ticket in three"), "nearly nine-tenths" 0.9 "nearly", "a roughly 1-in-4
  chance" 0.25 and "a roughly one-in-three chance" 0.3333 "about" (two-hundred-and-forty-
  ninth: "a roughly two-in-three chance"; three-hundred-and-seventy-sixth: "about 1 in 7"),
  "almost two-thirds" 0.6667 "nearly", "a third of its nursing posts" 0.3333, "Half of the
  sentence" 0.5, "roughly one in five" 0.2 "about", "three in four patients" 0.75, "just
  under a third" 0.3333 "under", "two-fifths of the total" 0.4, "roughly a quarter" 0.25
  "about" (three-hundred-and-eighty-fourth). Digits: „3⅜ Prozent“ is 3.375 - the glyph of
  eighths after the whole number as "5 3/8%" (three-hundred-and-seventy-sixth) and „2¼
  Stunden“ (three-hundred-and-twenty-first) -, "over 6 1/3 innings" 6.3333
  (two-hundred-and-sixty-fifth: "12 2/3 innings"; "over" before a span no hedge).
- Multiples are counts with their hedges: „dreieinhalbfach“ above, "more than double its
  high estimate" and "more than double what economists had expected" 2 "over"
  (three-hundred-and-seventy-sixth: "roughly double the rate" 2 "about"), „fast anderthalbmal
  so hoch“ above. New: "a two-and-a-half-fold increase" is 2.5 - the hyphenated words before
  "-fold" add the half as "roughly 2.5-fold" in digits and "four- to fivefold" in words do
  (three-hundred-and-sixtieth). New: "at roughly one-and-a-quarter times the distance to the
  moon" is 1.25 "about" - "and a quarter" joins the whole number as in "three and a quarter
  times" (three-hundred-and-twenty-eighth) and "one-and-a-half times"
  (three-hundred-and-sixtieth).
- Hedges in both languages, mapped to the names in use. New: „seit ihrem letzten
  Höchststand um 1850“ gives the year 1850 "about" - „um“ right before a bare year reads
  "around", as "from around A.D. 250" gave 250 "about" (hundred-seventy-first), unlike the
  „um“ of a change („um 2,7 Grad“, „um 4,1 Prozent“, „um einen halben Prozentpunkt“), which
  measures the change and bounds nothing, and the „um“ of a clock time. New: "A Dutch still
  life painted c. 1650" gives 1650 "about" - "c." abbreviates "circa" as „ca.“ does
  (three-hundred-and-forty-second) and "circa" (seventeenth). New: "Upward of 40 million
  people" and "sold for upward of $2 million" are "over" - the American "upward of" as the
  British "upwards of" (fifty-third, three-hundred-and-twenty-eighth). New: „wenigstens 14
  Bahnhöfe“ is 14 "at_least" - „wenigstens“ as „mindestens“ (first batch). New: „Vor
  geschätzt einer Viertelmillion Zuschauern“ is 250,000 "about" - „geschätzt“ standing as an
  adverb right before the figure is "an estimated" (two-hundred-and-forty-fourth: "an
  estimated 1,086 animals"), unlike the verb „auf ... geschätzt“, which bounds nothing
  (three-hundred-and-eighteenth, three-hundred-and-seventy-seventh). New: "no National
  League rookie has more than his 14 homers" is 14 with no hedge - "more than" before a
  possessive bounds no figure, as before an article ("far more than the 600 to 800",
  two-hundred-and-forty-fourth). Otherwise: „rund“, "about", "roughly", "Some", "an
  estimated", "the roughly 820" (the hedge after the article, right before the figure)
  "about"; „knapp“, „fast“, "nearly", "almost" "nearly"; „gut“, „ein gutes“, „mehr als“,
  „über“ before a figure, "more than", "just over" (three-hundred-and-eighty-third), "a
  little over" (three-hundred-and-eighty-eighth), "better than" (three-hundred-and-twenty-
  eighth), "above 110" (three-hundred-and-sixtieth: "above 38C") "over"; „weniger als“,
  "under", "just under" "under"; „bis zu“, "up to", "as much as" "up_to"; „mindestens“, „ab
  18 Jahren“ (eighty-fifth) "at_least"; „höchstens“ and „nicht mehr als“
  (three-hundred-and-twenty-sixth) "at_most". No hedge: „insgesamt“, „zusammen“, „Allein“,
  "alone", „nur“, „Nur“, "Only", „sogar“, „bereits“, „zeitweise“, „noch“, „im Schnitt“, "an
  average of", "on average", „im Mittel“ (three-hundred-and-sixty-fifth), „zusätzlich“,
  „zusätzliche“, „weitere“, „frühestens“ (three-hundred-and-twenty-fourth, three-hundred-and-eighty-eighth), „binnen“,
  "within", „zwischen ... und“, the „bis“ and "to" of a range, "a record", "a cumulative",
  "topped", "is estimated to measure" (a verb, three-hundred-and-eighteenth), "toward",
  "up from", "down from", "short of an" (before the article), and "over" before a span
  ("over the next 18 months", "over nearly eight years" with its own "nearly").
- Money with suffixes and signs, in the currency written (every round). New: „48.612 T€“,
  „3.940 T€“ and „2.815 T€“ are 48,612,000, 3,940,000 and 2,815,000 EUR - „T€“ writes the
  „TEUR“ of company reports with the euro sign (three-hundred-and-forty-second: „18.420
  TEUR“; the sign after the scale as in „1,2 Mio. €“). New: „61,3 Mill. Euro“ is 61,300,000
  EUR - „Mill.“ abbreviates „Millionen“ as „Mio.“ does. New: the flash "JAPAN APRIL CURRENT
  ACCOUNT SURPLUS 2.93 TRLN YEN VS FORECAST 2.71 TRLN YEN" gives 2.93e12 and 2.71e12 JPY -
  Reuters' "TRLN" scales as its "BLN" and "MLN" (three-hundred-and-eightieth), the flash
  check-worthy as that batch's. Otherwise: EUR („eine Anleihe über 750 Mio. Euro“ with
  „über“ after the security's noun no hedge, three-hundred-and-sixtieth; „23,6 Mio. Euro“,
  „58 Euro je Aktie“ - „je Aktie“ none -, „56,40 Euro“, „knapp 3,2 Mrd. Euro“, „41,15 Euro“,
  „nicht mehr als 3 Euro je Quadratmeter im Monat“ "at_most", „von 6,20 auf 11,85 Euro“,
  „gut 180 Mrd. Euro“, „rund 13 Mrd. Euro jährlich“, „bis zu 1.800 Euro monatlich“, „27,80
  Euro“, „gut 1,1 Mrd. Euro“, „143.600 Euro“, „mindestens 38 Mio. Euro“, „knapp 4,2 Mio.
  Euro“, "171.42 euros" in the Paris story), USD ("$41.7 million", "$29 million", "$12.7
  million", "($18.7 billion)" a second amount - fifteenth -, "$4.3 million", "$900,000",
  "$64,000", "$5.28 million", "a record $131,640", "$2.7 billion", "$4,812", "$150K" -
  three-hundred-and-forty-second: "$85K" -, "66.42 US cents" 0.6642 - three-hundred-and-
  twenty-fourth: "63.84 U.S. cents"), GBP ("£378,412", "£690k" and "just over £180k" -
  three-hundred-and-eighth: "k" -, "£2.3m", "about £140k", "£48.2m", "£31.5m", "£1.41bn",
  "up to £950k", "£720k", "184p" 1.84 - tenth: "285p" -, "about £610m", "£39"), JPY ("2.93
  trillion yen", "2.71 trillion yen", "a record 4.1 trillion yen", "612.4 billion yen",
  "roughly 0.9 trillion yen"), CHF („2,4 Mia. Franken“, „3 Mia. Franken“, „höchstens 1,5
  Mia. Franken“; three-hundred-and-eighty-second: „6,2 Mia. Franken“).
- Percent against points (the issue's „4,7 Prozent“; twenty-seventh,
  three-hundred-and-eighth): „Prozent“, "%", "per cent" (AAP) and "percent" (AFP) in "%";
  „einen halben Prozentpunkt“ 0.5 "pp" (sixty-second), „±3 Prozentpunkten“ 3 "pp" with no
  sign and no hedge, „29 Prozent (–1)“ and „24 (+1)“ -1 and 1 "pp" beside 29 and 24 "%"
  (three-hundred-and-eighty-second; „(unverändert)“ none; the unit written once serving
  „24“ and „8“), "a cumulative 50 basis points" 50 "bp"; „1 Prozent des
  Bruttoinlandprodukts“ 1 (fiftieth: "des BIP" none), „3⅜ Prozent“ above, „bei mindestens
  47,5 Prozent“ "at_least", „um gut 9 Prozent“ "over", "as much as 4.2%" "up_to", "better
  than 40%" "over", "an annual rate of 3.0%" as written (seventy-first).
- Durations and ages (the issue's „fünfstündigen“ and "a two-week visit"; every round):
  „läuft siebeneinhalb Jahre“, "an 11-hour shift", "within 14 days", "over nearly eight
  years" 8 years "nearly", "jailed for six and a half years" 6.5 years, "for 14 months",
  "the biggest annual rise in 18 months", "an average of 71 days ..., eight days longer",
  "once every 10,000 years" 10,000 years ("once" in a frequency none, three-hundred-and-
  twenty-first), "in five months", "in under three years" 3 years "under"
  (three-hundred-and-seventy-sixth: "in under 24 hours"), "the 18-week target" and "within
  18 weeks" 18 weeks, "within four hours", "24 hours a day" 24 hours ("a day" none), "in 11
  weeks", "over the next 18 months", "the first five months", "for five and a quarter
  hours" 5.25 hours (three-hundred-and-eighth: "three and a quarter hours"), „bis zu zehn
  Jahre Gefängnis“ "up_to", „für sechs Jahre“, „knapp sechs Monate lang“ 6 months "nearly",
  „gut 70 Minuten“ "over", „weniger als sechs Stunden“ and „weniger als fünf Stunden“ "under",
  sunshine „gut 640 Stunden“ 640 hours "over" (three-hundred-and-thirtieth), „nach 2:41
  Stunden Spielzeit“ 2 hours and 41 minutes and „mit 1:12,4 Minuten Vorsprung“ 1 minute and
  12.4 seconds (hundred-thirty-third and later: the colon forms). Ages are durations in years:
  „der 58-jährige Vermögensberater“, "Maureen Catchpole-Reed, 61,", "The 23-year-old", „Der
  24-jährige Kärntner“, „Der 22-Jährige“, "the voting age to 16" (three-hundred-and-
  thirteenth: "lower the voting age to 16"), "16- and 17-year-olds" both (three-hundred-and-
  sixtieth: the suspended hyphen), „Personen ab 18 Jahren“ 18 "at_least". None: "a year
  earlier", "last June", "this century", "this year", "so far this year", "the year to
  March", "the week to Friday", "a month", "a day", "per decade", „im Jahr“, „jedes Jahr“,
  „im Jahresabstand“, „monatlich“, „jährlich“, „täglich“, „unter der Woche“, „einen Tag vor
  dem Fahrplanwechsel“ (the unit with its article, fifth), „im Vorjahresquartal“, „Anfang
  April“, "since early May", "in the autumn", "by mid-afternoon", "overnight", weekdays and
  months.
- Counts otherwise (every round): votes („mit 112 zu 79 Stimmen und 3 Enthaltungen“, „mit
  381 Ja- gegen 267 Nein-Stimmen bei 11 Enthaltungen“, "by 334 votes to 219, a majority of
  115", "The panel split 2-1"; sixth, tenth), "Three judges" 3 (hundred-sixth: "The
  three-judge panel"), tallies (the poll's 1,004, "412 transfers", „94 Wohnungen ...; 17
  Verdächtige“, „mehr als 1.300 Einsatzkräften“ "over", „in zwölf Bundesländern“, „mehr als
  5.000 Parkplätze zusätzlich“ "over", „135 Fahrzeuge“, "38,500 jobs", "52,300" and "13,800",
  "almost 1.99 billion" hours worked "nearly", "23 of its 212 stores" - a definite group,
  forty-first -, "about 640 jobs", "nine larger outlets", "more than 1.2 million pairs",
  "61 jets ..., up from 53 ... to 271", "the roughly 820 deliveries", "412 aircraft", "about
  60 finished jets", "almost 79 a month", "14 heat-related deaths ... 61 more", „rund 160
  Boxenstopps“, „gut 70 Reifensätzen“, „28 Brücken und neun Tunnel“, "an estimated 1.6
  million", "Some 2.9 million", "112,400", "an estimated 7.12 million", "roughly 20,000 cases
  a month", "more than 1,400", „knapp 412.000 Erwachsenen“, „rund 14.000 Fahrgäste“), index
  levels („31.412 Punkte“, „24.318 Zähler“), measures and temperatures („10,4 Grad“, „2,7
  Grad“, „1,8 Grad“, „knapp 2 Grad“, „rund 128 Litern pro Quadratmeter“, „106 Kilometer“,
  „mehr als 25 Kilometer“ "over", "about 480,000 kilometers (300,000 miles)", "1.5C", "1.38C",
  "1.31C", "about 0.27C per decade", "about 41 billion tonnes", "110 billion tonnes", "115
  degrees (46 Celsius)", "112 degrees", "an overnight low of 91", "about two feet by a foot
  and a half" 2 "about" and 1.5 - three-hundred-and-seventy-sixth: "a length and a half" -),
  sports figures („zwei Matchbälle“, „23 Asse“, „In seinen fünf früheren Auftritten ... zwei
  Matches“, „in 31 Ligaspielen elf Tore und ... neun weitere“, "drove in five runs", "41 RBIs
  in 58 games", "his 14 homers", "allowed two runs", "struck out nine", "his ERA to 2.87"
  - three-hundred-and-seventy-sixth: "his spring ERA to 1.42" -, "won 11 of their past 14
  games", "287 for six" and "took four for 61" - the spelled-out forms of "287-6" and "4-61",
  three-hundred-and-eightieth -, "112 off 187 balls", "in 24 overs", "the three-match
  series", "an 87-run win" - the figure heading a hyphenated compound, as "a 52-yard field
  goal" -, "leading New Zealand by 164"), „nach zwei Gesprächen“ 2, "only twice before" 2
  (the issue's „viermal“), "four rivals" 4. New: "batting .318" is count 0.318 - a batting
  average written with its leading point is a rate kept as written, as an ERA is
  (three-hundred-and-seventy-sixth). New: "moved a half-game ahead" is count 0.5 - the
  standings' half game counted as "1½ games" (three-hundred-and-twenty-first), the article
  before "half" its figure one as in "a half-percentage-point" (three-hundred-and-sixtieth).
  Scores carry none („6:7 (4:7), 7:6 (10:8), 7:5“, "9-4", "1-0"; hundred-thirty-third).
  New: "The rock, designated 2026 LK7," carries no year - an asteroid's designation names
  the object, as "ETS2" names a scheme (three-hundred-and-seventeenth) and "9/11" an event
  (three-hundred-and-eighty-second).
- Years and dates: Reuters datelines with a day ("LONDON, June 8", "TOKYO, June 9",
  "WASHINGTON, June 10", "LONDON, June 10", "SINGAPORE, June 13") and the AFP English
  dateline "PARIS, June 11 (AFP)" are dates without a year (three-hundred-and-eighty-eighth);
  dpa, dpa/lnw, dpa-AFX, APA, Keystone-SDA, AP ("PASADENA, Calif. (AP) —" with the state
  between city and dash), PA and AAP datelines none (seventy-ninth). Dates: „Laut der
  Anklage vom 14.11.2025“ 2025-11-14 (forty-third, three-hundred-and-eighty-second: the
  dotted date day, month, year), „bis zum 30. Juni 2031“ 2031-06-30, „am 26. Juni“, „vom 19.
  Juni an“, „am 10. Juli“, „am 12. Dezember“, "on May 19", "on March 26", "through June 21"
  without a year, „vom 2. bis 5. Juni“ and „vom 12.–14. Juni“ above. Years: „der 2027
  fälligen Papiere“, „Bis Ende 2030“, „in den Jahren 2017 bis 2023“ both, „seit 2000“, „2022
  und 2023“, „bis 2100“, „seit 1880“, „seit 2001“, „seit Juli 2024“, „zwischen 2027 und 2030“,
  „bis 2032“, „Mitte 2028“ (three-hundred-and-sixtieth: "by mid-2027"), „im Frühjahr 2022“,
  „2024 war es noch“, „Das Frühjahr 2026“, „im Jahr 1881“, „bis 2033“, „2028“, „bis 2040“,
  „im ersten Quartal 2026“, „seit 2021“, „für die Saison 2026/27“ both, "since 2016", "over a
  2022 crash" (three-hundred-and-thirty-sixth: "a 2024 ruling"), "in 2024" (three times),
  "between March 2017 and December 2024" their years (three-hundred-and-thirty-seventh:
  "since March 2023"), "in late 2025", "in 1987", "on the same period of 2025", "the
  1850-1900 average" both, and the hedged „um 1850“ and "c. 1650" above.
- Speakers, checked only in forms the earlier batches settled: „Finanzvorständin Ulrike
  Brackwedel sagte, ...“, „Wifo-Ökonomin Theresa Hochsteiner-Brandl sagte, ...“,
  „SP-Sicherheitspolitikerin Nadja Tobler-Rüfenacht sagte, ...“, „DWD-Klimaforscher Jonas
  Wienhold-Braun sagte, ...“, „Vorstandschef Rüdiger Haslinger-Voß sagte, ...“,
  „Studienleiterin Mareike Olbertz-Fahrenkamp sagte, ...“, „DB-Projektleiter Sven Düsterhöft
  sagte, ...“, „Studienleiter Matthias Gwerder-Tschopp sagte, ...“ and „Teamchef Armin
  Lötscher-Haid sagte, ...“ the name with the office dropped (hundred-eightieth,
  three-hundred-and-eighty-second); „sagte Staatsanwältin Katrin Edlinger-Poscharnig“ the
  name with the title dropped (hundred-ninety-ninth); „Oberbichler sagte, ...“ and
  „Rønnekamp sagte, ...“ the surname opening the row (forty-second); „teilte die Statistik
  Austria am Dienstag mit“ -> "die Statistik Austria" (three-hundred-and-eighty-second);
  „Nach Angaben der Deutschen Bahn“ -> "die Deutsche Bahn" and „nach Angaben der
  Generalzolldirektion“ -> "die Generalzolldirektion" (three-hundred-and-twenty-eighth),
  „Nach Angaben des Deutschen Mieterbundes“ -> "der Deutsche Mieterbund" and „nach Angaben
  des Deutschen Wetterdienstes“ -> "der Deutsche Wetterdienst" in the nominative
  (seventieth, hundred-sixty-third: „nach Angaben des Deutschen Städtetags“). English: the
  name with the role dropped ("Property data director Alastair Membury said", "Defense
  attorney Garrett Fennimore-Oaks said", "Lead author Saoirse Malvenan-Okafor said", "Ebbtide
  Capital economist Harriet Lenihan-Brooks said", "Health policy analyst Tobias
  Ferreira-Lund said", "Aerospace analyst Romain Castagnède-Holt said", "county spokesperson
  Delfina Arroyo-Whitcomb said"; hundred-forty-fifth, three-hundred-and-eighty-second); a
  figure followed by "said X, an economist at ..." or "said X, the house's head of Old
  Masters" the name ("said Kohei Sakuradani, senior economist at ...", "said Priyanka
  Desrosiers-Lamb, chief U.S. economist at ...", "said Cordelia Van Houten-Reyes, ...", "said
  Tobias Lindgren-Achterberg, head of digital assets at ...", "said Lindiwe
  Okonkwo-Baptiste, a planetary scientist at ..."; three-hundred-and-fifty-sixth);
  "Prosecutor Imogen Stallworthy told the court" ("told the court" names the speaker,
  three-hundred-and-eighth); "Velasquez-Kern said ...", "Stanhope-Greaves said ..." and
  "Callaghan-Rowe said ..." the surname opening the row (forty-second); "Keyhaven said" as
  written (a firm's "said", three-hundred-and-seventy-sixth); "the Labor Department said on
  Wednesday" with its article (three-hundred-and-twenty-fourth). Left unchecked (None): all
  negatives, also those with a named speaker; roles („Die Verteidigungsministerin sagte im
  Rat“, "The minister told MPs", "a company spokeswoman said", "the hospice's chief
  executive"), descriptions before a name ("property portal Keyhaven said";
  two-hundred-and-ninety-seventh), bodies' "said" and plural sources ("the National Weather
  Service said", "the planemaker said", "NASA scientists said", "scientists said", "the group
  of more than 60 researchers found", "Officials said", „erklärten die Richterinnen und
  Richter“, „nach Angaben der Ermittler“, „wie die Veranstalter mitteilten“; forty-first,
  three-hundred-and-sixtieth), „wie das Unternehmen am Montag mitteilte“ and „wie das
  Unternehmen mitteilte“ (two-hundred-and-fourth: „wie ... mitteilte“), „nach eigenen
  Angaben“, „Laut der Anklage“, „einer Langzeitstudie zufolge“, „wie eine Studie der ETH
  Zürich zeigt“, „wie eine Forsa-Umfrage ... ergab“, „Medienberichten zufolge“, „Das
  Arbeitsministerium beziffert“ (no verb of saying), "NASA estimates" (an estimating verb,
  hundred-tenth), "Finance Ministry data showed", "Forecasters surveyed by Reuters", "the
  court heard", "Maidstone Crown Court heard", "catalog records show", "according to the
  auction house", "according to the Australian Bureau of Statistics", "according to NHS
  England figures", "according to data from research firm Coinmetric", "the annual report
  shows", and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_395 = [
    # --- Anleihe dreieinhalbfach überzeichnet (dpa-AFX), Montag, 8. Juni ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Netzbetreiber Emscherland Netze hat eine Anleihe über 750 Mio. Euro platziert, die dreieinhalbfach überzeichnet war.",
        True,
        [("money", 750000000, "EUR", None), ("count", 3.5, None, None)],
        None,
    ),
    (
        "de",
        "Das Papier läuft siebeneinhalb Jahre und trägt einen Kupon von 3⅜ Prozent, wie das Unternehmen am Montag mitteilte.",
        True,
        [("duration", 7.5, "year", None), ("percent", 3.375, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzvorständin Ulrike Brackwedel sagte, mit dem Erlös würden rund zwei Drittel der 2027 fälligen Papiere abgelöst, den Rest zahle man aus der Kasse.",
        True,
        [("fraction", 0.6667, None, "about"), ("year", 2027, None, None)],
        "Ulrike Brackwedel",
    ),
    (
        "de",
        "Bis Ende 2030 will das Unternehmen eineinviertel Milliarden Euro in sein Hochspannungsnetz stecken, gut ein Drittel davon in neue Umspannwerke.",
        True,
        [("year", 2030, None, None), ("money", 1250000000, "EUR", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    ("de", "„Der Markt hat uns heute ein kräftiges Vertrauenssignal gegeben“, sagte Brackwedel.", False, [], None),
    ("de", "Händler sprachen von einem gelungenen Auftakt in eine lebhafte Emissionswoche.", False, [], None),
    # --- UK asking prices (Reuters), Monday, June 8 ---
    (
        "en",
        "LONDON, June 8 (Reuters) - British asking prices rose 1.4% in June to a record average of £378,412, property portal Keyhaven said on Monday.",
        True,
        [("date", "--06-08", None, None), ("percent", 1.4, "%", None), ("money", 378412, "GBP", None)],
        None,
    ),
    (
        "en",
        "In London the average asking price topped £690k for the first time, while in the North East it stood at just over £180k.",
        True,
        [("money", 690000, "GBP", None), ("ordinal", 1, None, None), ("money", 180000, "GBP", "over")],
        None,
    ),
    (
        "en",
        "Prices were 2.3% higher than a year earlier, the biggest annual rise in 18 months.",
        True,
        [("percent", 2.3, "%", None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Sellers cut the price on roughly one listing in three before it sold, Keyhaven said.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Keyhaven",
    ),
    (
        "en",
        "Property data director Alastair Membury said homes took an average of 71 days to find a buyer, eight days longer than last June.",
        True,
        [("duration", 71, "day", None), ("duration", 8, "day", None)],
        "Alastair Membury",
    ),
    ("en", '"The market has found its feet, but it is walking, not running," Membury said.', False, [], None),
    (
        "en",
        "Some estate agents said they doubted the spring bounce would survive the summer holidays.",
        False,
        [],
        None,
    ),
    # --- Schneeballsystem vor Gericht (APA), Montag, 8. Juni ---
    (
        "de",
        "Graz (APA) - Am Straflandesgericht Graz hat am Montag der 3. von zwölf Verhandlungstagen im Prozess um ein mutmaßliches Schneeballsystem begonnen.",
        True,
        [("ordinal", 3, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Laut der Anklage vom 14.11.2025 soll der 58-jährige Vermögensberater in den Jahren 2017 bis 2023 mehr als 1.400 Kleinanlegerinnen und Kleinanleger um insgesamt 23,6 Mio. Euro geprellt haben.",
        True,
        [
            ("date", "2025-11-14", None, None),
            ("duration", 58, "year", None),
            ("year", 2017, None, None),
            ("year", 2023, None, None),
            ("count", 1400, None, "over"),
            ("money", 23600000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Versprochen habe er acht bis zwölf Prozent Rendite im Jahr, investiert worden sei aber nur knapp ein Zehntel des Geldes, sagte Staatsanwältin Katrin Edlinger-Poscharnig.",
        True,
        [("percent", 8, "%", None), ("percent", 12, "%", None), ("fraction", 0.1, None, "nearly")],
        "Katrin Edlinger-Poscharnig",
    ),
    ("de", "Hunderte Geschädigte haben sich dem Verfahren als Privatbeteiligte angeschlossen.", True, [], None),
    (
        "de",
        "Bei einer Verurteilung drohen dem Berater bis zu zehn Jahre Gefängnis; er bestreitet alles.",
        True,
        [("duration", 10, "year", "up_to")],
        None,
    ),
    (
        "de",
        "„Mein Mandant ist selbst Opfer eines aus dem Ruder gelaufenen Geschäftsmodells“, sagte sein Verteidiger.",
        False,
        [],
        None,
    ),
    ("de", "Das Urteil soll am 26. Juni fallen.", True, [("date", "--06-26", None, None)], None),
    # --- Asteroid flyby (AP), Monday, June 8 ---
    (
        "en",
        "PASADENA, Calif. (AP) — An asteroid about the size of a football stadium will pass Earth on Thursday at roughly one-and-a-quarter times the distance to the moon, NASA scientists said Monday.",
        True,
        [("count", 1.25, None, "about")],
        None,
    ),
    (
        "en",
        "The rock, designated 2026 LK7, is estimated to measure 240 to 310 meters (790 to 1,020 feet) across.",
        True,
        [
            ("count", 240, None, None),
            ("count", 310, None, None),
            ("count", 790, None, None),
            ("count", 1020, None, None),
        ],
        None,
    ),
    (
        "en",
        "Discovered on May 19 by a survey telescope in Arizona, it will come within about 480,000 kilometers (300,000 miles) of Earth.",
        True,
        [("date", "--05-19", None, None), ("count", 480000, None, "about"), ("count", 300000, None, None)],
        None,
    ),
    (
        "en",
        "There is no chance of an impact this century, said Lindiwe Okonkwo-Baptiste, a planetary scientist at NASA's Jet Propulsion Laboratory.",
        True,
        [],
        "Lindiwe Okonkwo-Baptiste",
    ),
    (
        "en",
        "NASA estimates that objects of that size hit Earth on average once every 10,000 years.",
        True,
        [("duration", 10000, "year", None)],
        None,
    ),
    (
        "en",
        '"It is a beautiful chance to test our instruments on a real visitor," Okonkwo-Baptiste said.',
        False,
        [],
        None,
    ),
    ("en", "Amateur astronomers across the Southwest said they were praying for clear skies.", False, [], None),
    # --- Gletscherschwund (Keystone-SDA), Montag, 8. Juni ---
    (
        "de",
        "Zürich (Keystone-SDA) - Seit ihrem letzten Höchststand um 1850 haben die Schweizer Gletscher rund 60 Prozent ihres Volumens eingebüsst, wie eine Studie der ETH Zürich zeigt.",
        True,
        [("year", 1850, None, "about"), ("percent", 60, "%", "about")],
        None,
    ),
    (
        "de",
        "Allein seit 2000 ist demnach ein gutes Drittel des Eises abgeschmolzen, in den beiden Hitzesommern 2022 und 2023 zusammen knapp ein Zehntel.",
        True,
        [
            ("year", 2000, None, None),
            ("fraction", 0.3333, None, "over"),
            ("year", 2022, None, None),
            ("year", 2023, None, None),
            ("fraction", 0.1, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Studienleiter Matthias Gwerder-Tschopp sagte, selbst bei Einhaltung der Pariser Klimaziele würden bis 2100 zwei Drittel des heutigen Eisvolumens verschwinden.",
        True,
        [("year", 2100, None, None), ("fraction", 0.6667, None, None)],
        "Matthias Gwerder-Tschopp",
    ),
    ("de", "Ohne wirksamen Klimaschutz seien es über neun Zehntel.", True, [("fraction", 0.9, None, "over")], None),
    (
        "de",
        "Der Grosse Aletschgletscher ist seit 1880 um mehr als dreieinhalb Kilometer kürzer geworden.",
        True,
        [("year", 1880, None, None), ("count", 3.5, None, "over")],
        None,
    ),
    (
        "de",
        "Hunderttausende Touristen besuchen jedes Jahr das Aletschgebiet, das seit 2001 zum Unesco-Welterbe gehört.",
        True,
        [("year", 2001, None, None)],
        None,
    ),
    ("de", "«Wir schauen einem Stück Heimat beim Verschwinden zu», sagte Gwerder-Tschopp.", False, [], None),
    # --- Voting age vote (PA), Monday, June 8 ---
    (
        "en",
        "LONDON (PA) - MPs have backed plans to lower the voting age to 16 by 334 votes to 219, a majority of 115.",
        True,
        [
            ("duration", 16, "year", None),
            ("count", 334, None, None),
            ("count", 219, None, None),
            ("count", 115, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Bill would add an estimated 1.6 million 16- and 17-year-olds to the electoral roll in time for the next general election.",
        True,
        [("count", 1600000, None, "about"), ("duration", 16, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "The minister told MPs that young people in Scotland had been able to vote in Holyrood elections since 2016.",
        True,
        [("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "Monday's vote was the Bill's second reading; it now goes to committee stage before a third reading in the autumn.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("en", "Conservative MPs called the plan a cynical attempt to rig the next election.", False, [], None),
    ("en", '"If you can work and pay tax, you can vote," the minister said.', False, [], None),
    # --- Inflation sinkt (APA), Dienstag, 9. Juni ---
    (
        "de",
        "Wien (APA) - Im Mai ist die Teuerung in Österreich laut Schnellschätzung auf 2,9 Prozent zurückgegangen, nach 3,4 Prozent im April.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Das ist ein Rückgang um einen halben Prozentpunkt und der niedrigste Wert seit Juli 2024, teilte die Statistik Austria am Dienstag mit.",
        True,
        [("percent", 0.5, "pp", None), ("year", 2024, None, None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Dienstleistungen verteuerten sich im Jahresabstand um 4,1 Prozent, Haushaltsenergie wurde um knapp ein Zwanzigstel billiger.",
        True,
        [("percent", 4.1, "%", None), ("fraction", 0.05, None, "nearly")],
        None,
    ),
    (
        "de",
        "Wifo-Ökonomin Theresa Hochsteiner-Brandl sagte, für das Gesamtjahr rechne das Institut nun mit 2½ bis 2¾ Prozent.",
        True,
        [("percent", 2.5, "%", None), ("percent", 2.75, "%", None)],
        "Theresa Hochsteiner-Brandl",
    ),
    ("de", "„Die Richtung stimmt, das Tempo noch nicht“, sagte Hochsteiner-Brandl.", False, [], None),
    (
        "de",
        "Die Arbeiterkammer sprach von einer Entwarnung, die an der Supermarktkassa noch nicht angekommen sei.",
        False,
        [],
        None,
    ),
    # --- Trucking verdict upheld (AP), Tuesday, June 9 ---
    (
        "en",
        "SAN FRANCISCO (AP) — Three judges of the 9th Circuit appeals court on Tuesday upheld a $41.7 million verdict against a Nevada trucking company over a 2022 crash that killed four people.",
        True,
        [
            ("count", 3, None, None),
            ("ordinal", 9, None, None),
            ("money", 41700000, "USD", None),
            ("year", 2022, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "The panel split 2-1, with the dissenting judge writing that jurors should have heard about the driver's 11-hour shift before the crash.",
        True,
        [("count", 2, None, None), ("count", 1, None, None), ("duration", 11, "hour", None)],
        None,
    ),
    (
        "en",
        "A jury in Reno awarded the families $29 million in compensatory and $12.7 million in punitive damages in 2024.",
        True,
        [("money", 29000000, "USD", None), ("money", 12700000, "USD", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Defense attorney Garrett Fennimore-Oaks said the company would seek a rehearing before the full court within 14 days.",
        True,
        [("duration", 14, "day", None)],
        "Garrett Fennimore-Oaks",
    ),
    (
        "en",
        '"Today the court told these families that their loss counts," said Rosalind Achebe-Marsh, who represents the families.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Trucking industry groups called the award a warning shot to every small carrier in the West.",
        False,
        [],
        None,
    ),
    # --- Nationalrat bewilligt Luftverteidigung (Keystone-SDA), Dienstag, 9. Juni ---
    (
        "de",
        "Bern (Keystone-SDA) - Die grosse Kammer hat am Dienstag zusätzliche 2,4 Mia. Franken für die bodengestützte Luftverteidigung bewilligt, mit 112 zu 79 Stimmen und 3 Enthaltungen.",
        True,
        [
            ("money", 2400000000, "CHF", None),
            ("count", 112, None, None),
            ("count", 79, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das Geld soll in vier Tranchen zwischen 2027 und 2030 fliessen; das Armeebudget steigt damit bis 2032 auf 1 Prozent des Bruttoinlandprodukts.",
        True,
        [
            ("count", 4, None, None),
            ("year", 2027, None, None),
            ("year", 2030, None, None),
            ("year", 2032, None, None),
            ("percent", 1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Verteidigungsministerin sagte im Rat, die ersten Systeme würden frühestens Mitte 2028 ausgeliefert.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    ("de", "Die SVP hatte 3 Mia. Franken verlangt.", True, [("money", 3000000000, "CHF", None)], None),
    (
        "de",
        "SP-Sicherheitspolitikerin Nadja Tobler-Rüfenacht sagte, ihre Partei hätte höchstens 1,5 Mia. Franken gesprochen und prüfe nun das Referendum.",
        True,
        [("money", 1500000000, "CHF", "at_most")],
        "Nadja Tobler-Rüfenacht",
    ),
    ("de", "«Das ist Aufrüstung auf Pump», sagte Tobler-Rüfenacht.", False, [], None),
    ("de", "Das Geschäft geht nun an den Ständerat.", True, [], None),
    # --- Japan current account (Reuters), Tuesday, June 9 ---
    (
        "en",
        "JAPAN APRIL CURRENT ACCOUNT SURPLUS 2.93 TRLN YEN VS FORECAST 2.71 TRLN YEN",
        True,
        [("money", 2930000000000, "JPY", None), ("money", 2710000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "TOKYO, June 9 (Reuters) - Japan's current account surplus widened 14.2% from a year earlier to 2.93 trillion yen ($18.7 billion) in April, Finance Ministry data showed on Tuesday.",
        True,
        [
            ("date", "--06-09", None, None),
            ("percent", 14.2, "%", None),
            ("money", 2930000000000, "JPY", None),
            ("money", 18700000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "It was the 15th straight month of surplus and topped the median forecast of 2.71 trillion yen in a Reuters poll of economists.",
        True,
        [("ordinal", 15, None, None), ("money", 2710000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Primary income, mostly returns on overseas investment, rose to a record 4.1 trillion yen, more than offsetting a trade deficit of 612.4 billion yen.",
        True,
        [("money", 4100000000000, "JPY", None), ("money", 612400000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Inbound tourism alone added roughly 0.9 trillion yen to the services account, said Kohei Sakuradani, senior economist at Hinokizaka Research Institute.",
        True,
        [("money", 900000000000, "JPY", "about")],
        "Kohei Sakuradani",
    ),
    (
        "en",
        '"The surplus shows a country that earns from its past, not from its present," Sakuradani said.',
        False,
        [],
        None,
    ),
    # --- MDax auf Zweijahreshoch (dpa-AFX), Dienstag, 9. Juni ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der MDax der mittelgroßen Werte hat am Dienstag dank Übernahmefantasie ein Zweijahreshoch erreicht und 1,8 Prozent auf 31.412 Punkte gewonnen.",
        True,
        [("duration", 2, "year", None), ("percent", 1.8, "%", None), ("count", 31412, None, None)],
        None,
    ),
    (
        "de",
        "Der Dax legte um 0,6 Prozent auf 24.318 Zähler zu, der Euro Stoxx 50 um 0,4 Prozent.",
        True,
        [("percent", 0.6, "%", None), ("count", 24318, None, None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Spitzenreiter im MDax waren die Aktien des Maschinenbauers Velderwerk, die nach einem Übernahmeangebot von 58 Euro je Aktie um gut ein Viertel auf 56,40 Euro sprangen.",
        True,
        [("money", 58, "EUR", None), ("fraction", 0.25, None, "over"), ("money", 56.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bieter, der Finanzinvestor Copperfell Partners, hält nach eigenen Angaben bereits 29,9 Prozent und bewertet Velderwerk mit knapp 3,2 Mrd. Euro.",
        True,
        [("percent", 29.9, "%", None), ("money", 3200000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "So hoch notierte die Aktie zuletzt im Frühjahr 2022; ihr Dreimonatstief hatte sie Anfang April bei 41,15 Euro markiert.",
        True,
        [("year", 2022, None, None), ("duration", 3, "month", None), ("money", 41.15, "EUR", None)],
        None,
    ),
    ("de", "Ein Frankfurter Händler sagte, der Markt habe „Blut geleckt“.", False, [], None),
    ("de", "Andere Marktteilnehmer halten die Rally für überhitzt.", False, [], None),
    # --- Mets rookie (AP), Tuesday, June 9 ---
    (
        "en",
        "NEW YORK (AP) — Rookie Dario Velasquez-Kern hit his 14th home run and drove in five runs as the Mets routed Philadelphia 9-4 on Tuesday night.",
        True,
        [("ordinal", 14, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The 23-year-old is batting .318 with 41 RBIs in 58 games, and no National League rookie has more than his 14 homers.",
        True,
        [
            ("duration", 23, "year", None),
            ("count", 0.318, None, None),
            ("count", 41, None, None),
            ("count", 58, None, None),
            ("count", 14, None, None),
        ],
        None,
    ),
    (
        "en",
        "Starter Kenji Aramaki-Cole allowed two runs over 6 1/3 innings and struck out nine, lowering his ERA to 2.87.",
        True,
        [
            ("count", 2, None, None),
            ("count", 6.3333, None, None),
            ("count", 9, None, None),
            ("count", 2.87, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Mets have won 11 of their past 14 games and moved a half-game ahead of Atlanta in the NL East.",
        True,
        [("count", 11, None, None), ("count", 14, None, None), ("count", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Velasquez-Kern said he had not had a day off since the season opener on March 26.",
        True,
        [("date", "--03-26", None, None)],
        "Velasquez-Kern",
    ),
    ("en", '"I just try to see the ball and not think," Velasquez-Kern said.', False, [], None),
    # --- Umfrage zur Rente (dpa), Mittwoch, 10. Juni ---
    (
        "de",
        "Berlin (dpa) - Dreiviertel der Bürgerinnen und Bürger halten die geplante Rentenreform für unzureichend, wie eine Forsa-Umfrage im Auftrag des „Stern“ ergab.",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    (
        "de",
        "Nur jeder Sechste glaubt, dass seine Rente im Alter reichen wird; 2024 war es noch jeder Fünfte.",
        True,
        [("fraction", 0.1667, None, None), ("year", 2024, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 2. bis 5. Juni 1.004 Personen ab 18 Jahren; die Fehlertoleranz liegt bei ±3 Prozentpunkten.",
        True,
        [
            ("date", "--06-02", None, None),
            ("date", "--06-05", None, None),
            ("count", 1004, None, None),
            ("duration", 18, "year", "at_least"),
            ("percent", 3, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "In der Sonntagsfrage kommt die Union auf 29 Prozent (–1), die AfD auf 24 (+1) und die SPD auf 15 Prozent (unverändert).",
        True,
        [
            ("percent", 29, "%", None),
            ("percent", -1, "pp", None),
            ("percent", 24, "%", None),
            ("percent", 1, "pp", None),
            ("percent", 15, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Grünen verharren bei 11 Prozent, die Linke liegt bei 8, das BSW bei 3 Prozent.",
        True,
        [("percent", 11, "%", None), ("percent", 8, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    ("de", "Ein Sprecher der Unionsfraktion sagte, man lasse sich von Umfragen nicht treiben.", False, [], None),
    ("de", "Sozialverbände sehen in den Werten ein Misstrauensvotum gegen die Koalition.", False, [], None),
    # --- U.S. consumer prices (Reuters), Wednesday, June 10 ---
    (
        "en",
        "WASHINGTON, June 10 (Reuters) - Consumer prices in the United States rose 0.3% in May, lifting annual inflation to 3.1% from 2.9% in April, the Labor Department said on Wednesday.",
        True,
        [
            ("date", "--06-10", None, None),
            ("percent", 0.3, "%", None),
            ("percent", 3.1, "%", None),
            ("percent", 2.9, "%", None),
        ],
        "the Labor Department",
    ),
    (
        "en",
        "Forecasters surveyed by Reuters had looked for a 0.2% monthly gain and an annual rate of 3.0%.",
        True,
        [("percent", 0.2, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "en",
        "Core prices, which strip out food and energy, climbed 0.4%, the biggest gain in five months, lifting the annual core rate to 3.3%.",
        True,
        [("percent", 0.4, "%", None), ("duration", 5, "month", None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "en",
        "Futures traders trimmed bets on a Federal Reserve rate cut in July, pricing a roughly 1-in-4 chance, down from better than 40% on Tuesday.",
        True,
        [("fraction", 0.25, None, "about"), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "en",
        "The Fed cut rates by a cumulative 50 basis points in late 2025 and has held its policy rate in the 3.75%-4.00% range since October.",
        True,
        [
            ("percent", 50, "bp", None),
            ("year", 2025, None, None),
            ("percent", 3.75, "%", None),
            ("percent", 4.0, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Shelter costs, the biggest single component, rose 0.5% and accounted for almost two-thirds of the monthly increase, said Priyanka Desrosiers-Lamb, chief U.S. economist at Farrowgate Securities.",
        True,
        [("percent", 0.5, "%", None), ("fraction", 0.6667, None, "nearly")],
        "Priyanka Desrosiers-Lamb",
    ),
    ("en", '"That is not the report the Fed was hoping for," Desrosiers-Lamb said.', False, [], None),
    (
        "en",
        "Some economists said they suspected the jump owed much to a spike in airline fares that would not last.",
        False,
        [],
        None,
    ),
    # --- BGH zu Modernisierungsumlage (dpa), Mittwoch, 10. Juni ---
    (
        "de",
        "Karlsruhe (dpa) - Vermieter dürfen nach einer Modernisierung nicht mehr als 3 Euro je Quadratmeter im Monat auf die Miete aufschlagen, auch wenn sie die Arbeiten in mehrere Abschnitte aufteilen.",
        True,
        [("money", 3, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Das hat der VIII. Zivilsenat des Bundesgerichtshofs am Mittwoch entschieden (Az. VIII ZR 214/25).",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    (
        "de",
        "Die Grenze gelte für sechs Jahre ab der ersten Mieterhöhung, erklärten die Richterinnen und Richter.",
        True,
        [("duration", 6, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Im konkreten Fall hatte eine Vermieterin in Leipzig die Kaltmiete binnen zweidreiviertel Jahren in drei Stufen von 6,20 auf 11,85 Euro je Quadratmeter erhöht.",
        True,
        [
            ("duration", 2.75, "year", None),
            ("count", 3, None, None),
            ("money", 6.2, "EUR", None),
            ("money", 11.85, "EUR", None),
        ],
        None,
    ),
    ("de", "Die Vorinstanzen hatten der Vermieterin noch recht gegeben.", True, [], None),
    (
        "de",
        "Nach Angaben des Deutschen Mieterbundes sind bundesweit Zehntausende Haushalte in ähnlicher Lage.",
        True,
        [],
        "der Deutsche Mieterbund",
    ),
    (
        "de",
        "Die Präsidentin des Mieterbundes sprach von einem „Riegel gegen eine verbreitete Masche“.",
        False,
        [],
        None,
    ),
    ("de", "Der Eigentümerverband Haus & Grund hält das Urteil für investitionsfeindlich.", False, [], None),
    # --- Hospice fraud sentence (PA), Wednesday, June 10 ---
    (
        "en",
        "LONDON (PA) - A former finance director who stole £2.3m from a children's hospice over nearly eight years has been jailed for six and a half years.",
        True,
        [("money", 2300000, "GBP", None), ("duration", 8, "year", "nearly"), ("duration", 6.5, "year", None)],
        None,
    ),
    (
        "en",
        "Maureen Catchpole-Reed, 61, of Sevenoaks, Kent, made 412 transfers to her own accounts between March 2017 and December 2024, Maidstone Crown Court heard.",
        True,
        [
            ("duration", 61, "year", None),
            ("count", 412, None, None),
            ("year", 2017, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Prosecutor Imogen Stallworthy told the court the hospice had been forced to cut a third of its nursing posts and close its night service for 14 months.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 14, "month", None)],
        "Imogen Stallworthy",
    ),
    (
        "en",
        "Catchpole-Reed, who admitted fraud by abuse of position, has repaid about £140k, the court heard.",
        True,
        [("money", 140000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Half of the sentence will be served in custody and the remainder on licence.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    ("en", "The judge described the thefts as a betrayal of the most vulnerable families imaginable.", False, [], None),
    (
        "en",
        '"She took from children who were dying," the hospice\'s chief executive said outside court.',
        False,
        [],
        None,
    ),
    # --- Zweitwärmstes Frühjahr (dpa), Mittwoch, 10. Juni ---
    (
        "de",
        "Offenbach (dpa) - Das Frühjahr 2026 war in Deutschland das zweitwärmste seit Beginn regelmäßiger Messungen im Jahr 1881.",
        True,
        [("year", 2026, None, None), ("ordinal", 2, None, None), ("year", 1881, None, None)],
        None,
    ),
    (
        "de",
        "Mit im Mittel 10,4 Grad lag es nach Angaben des Deutschen Wetterdienstes um 2,7 Grad über dem Wert der Referenzperiode 1961–1990.",
        True,
        [
            ("count", 10.4, None, None),
            ("count", 2.7, None, None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
        ],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Gegenüber der wärmeren Periode 1991–2020 betrug das Plus 1,8 Grad.",
        True,
        [("year", 1991, None, None), ("year", 2020, None, None), ("count", 1.8, None, None)],
        None,
    ),
    (
        "de",
        "Mit rund 128 Litern pro Quadratmeter fielen nur knapp drei Fünftel der üblichen Niederschlagsmenge.",
        True,
        [("count", 128, None, "about"), ("fraction", 0.6, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Sonne schien gut 640 Stunden, fast ein Drittel mehr als im Mittel.",
        True,
        [("duration", 640, "hour", "over"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "DWD-Klimaforscher Jonas Wienhold-Braun sagte, das Frühjahr sei in Deutschland seit den ersten Aufzeichnungen um knapp 2 Grad wärmer geworden.",
        True,
        [("ordinal", 1, None, None), ("count", 2, None, "nearly")],
        "Jonas Wienhold-Braun",
    ),
    ("de", "„Was früher ein Ausreißer war, ist heute die Regel“, sagte Wienhold-Braun.", False, [], None),
    (
        "de",
        "Landwirte in Brandenburg und Sachsen-Anhalt blicken mit wachsender Sorge auf ihre Felder.",
        False,
        [],
        None,
    ),
    # --- Carbon budget (Reuters), Wednesday, June 10 ---
    (
        "en",
        "LONDON, June 10 (Reuters) - The world has used up nearly nine-tenths of the carbon budget that would give even odds of limiting warming to 1.5C, scientists said in an annual update on Wednesday.",
        True,
        [("date", "--06-10", None, None), ("fraction", 0.9, None, "nearly"), ("count", 1.5, None, None)],
        None,
    ),
    (
        "en",
        "Human activity has warmed the planet by 1.38C above the 1850-1900 average, up from 1.31C a year earlier, the group of more than 60 researchers found.",
        True,
        [
            ("count", 1.38, None, None),
            ("year", 1850, None, None),
            ("year", 1900, None, None),
            ("count", 1.31, None, None),
            ("count", 60, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "At current emissions of about 41 billion tonnes of CO2 a year, the remaining budget of 110 billion tonnes would be exhausted in under three years.",
        True,
        [("count", 41000000000, None, "about"), ("count", 110000000000, None, None), ("duration", 3, "year", "under")],
        None,
    ),
    (
        "en",
        "Lead author Saoirse Malvenan-Okafor said warming had sped up to about 0.27C per decade, the fastest rate in the instrumental record.",
        True,
        [("count", 0.27, None, "about")],
        "Saoirse Malvenan-Okafor",
    ),
    (
        "en",
        '"We are spending what is left of the budget at a frightening pace," Malvenan-Okafor said.',
        False,
        [],
        None,
    ),
    ("en", "Climate campaigners called the findings a final warning to governments.", False, [], None),
    # --- Bundestag beschließt Rentenpaket (dpa), Donnerstag, 11. Juni ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat das Rentenpaket in 2./3. Lesung mit 381 Ja- gegen 267 Nein-Stimmen bei 11 Enthaltungen beschlossen.",
        True,
        [
            ("ordinal", 2, None, None),
            ("ordinal", 3, None, None),
            ("count", 381, None, None),
            ("count", 267, None, None),
            ("count", 11, None, None),
        ],
        None,
    ),
    (
        "de",
        "Damit wird das Rentenniveau bis 2033 bei mindestens 47,5 Prozent gehalten; der Beitragssatz steigt 2028 von 18,6 auf 19,4 Prozent.",
        True,
        [
            ("year", 2033, None, None),
            ("percent", 47.5, "%", "at_least"),
            ("year", 2028, None, None),
            ("percent", 18.6, "%", None),
            ("percent", 19.4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das Arbeitsministerium beziffert die Mehrkosten bis 2040 auf insgesamt gut 180 Mrd. Euro, im Schnitt also rund 13 Mrd. Euro jährlich.",
        True,
        [("year", 2040, None, None), ("money", 180000000000, "EUR", "over"), ("money", 13000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Wer über die Regelaltersgrenze hinaus arbeitet, darf künftig bis zu 1.800 Euro monatlich steuerfrei dazuverdienen.",
        True,
        [("money", 1800, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Der Abstimmung war eine gut dreistündige Debatte vorausgegangen; die Auszählung dauerte knapp eine Viertelstunde.",
        True,
        [("duration", 3, "hour", "over"), ("duration", 0.25, "hour", "nearly")],
        None,
    ),
    ("de", "Der Bundesrat befasst sich am 10. Juli mit dem Gesetz.", True, [("date", "--07-10", None, None)], None),
    ("de", "Die Opposition sprach von einem „Rentenpaket auf Kosten der Enkel“.", False, [], None),
    ("de", "Wirtschaftsverbände halten die Reform für nicht finanzierbar.", False, [], None),
    # --- Old Master sale (AP), Thursday, June 11 ---
    (
        "en",
        "NEW YORK (AP) — A Dutch still life painted c. 1650 sold for $4.3 million at auction on Thursday, more than double its high estimate.",
        True,
        [("year", 1650, None, "about"), ("money", 4300000, "USD", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "The oak panel, about two feet by a foot and a half, had been expected to fetch $1.2 million to $1.8 million.",
        True,
        [
            ("count", 2, None, "about"),
            ("count", 1.5, None, None),
            ("money", 1200000, "USD", None),
            ("money", 1800000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Bidding opened at $900,000 and lasted a little over 11 minutes before a phone bidder saw off four rivals.",
        True,
        [("money", 900000, "USD", None), ("duration", 11, "minute", "over"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Works from the same workshop have sold for upward of $2 million only twice before, according to the auction house.",
        True,
        [("money", 2000000, "USD", "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The seller, a private collector in Connecticut, bought the picture in 1987 for $64,000, catalog records show.",
        True,
        [("year", 1987, None, None), ("money", 64000, "USD", None)],
        None,
    ),
    (
        "en",
        "With the buyer's premium the final price came to $5.28 million, said Cordelia Van Houten-Reyes, the house's head of Old Masters.",
        True,
        [("money", 5280000, "USD", None)],
        "Cordelia Van Houten-Reyes",
    ),
    ("en", '"It is the kind of picture that makes a room go quiet," Van Houten-Reyes said.', False, [], None),
    # --- Sensorhersteller wächst (dpa-AFX), Donnerstag, 11. Juni ---
    (
        "de",
        "Öhringen (dpa-AFX) - Der Sensorhersteller Kalmbacher hat im ersten Quartal 2026 den Umsatz um 7,4 Prozent auf 48.612 T€ gesteigert.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
            ("percent", 7.4, "%", None),
            ("money", 48612000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das Ergebnis vor Zinsen und Steuern (Ebit) kletterte auf 3.940 T€ nach 2.815 T€ im Vorjahresquartal.",
        True,
        [("money", 3940000, "EUR", None), ("money", 2815000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Auftragseingang lag mit 61,3 Mill. Euro um knapp ein Fünftel über dem Vorjahreswert, wie das Unternehmen mitteilte.",
        True,
        [("money", 61300000, "EUR", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Vorstandschef Rüdiger Haslinger-Voß sagte, für das Gesamtjahr peile man weiter 205 bis 215 Mio. Euro Umsatz und eine Ebit-Marge von 7 bis 8 Prozent an.",
        True,
        [
            ("money", 205000000, "EUR", None),
            ("money", 215000000, "EUR", None),
            ("percent", 7, "%", None),
            ("percent", 8, "%", None),
        ],
        "Rüdiger Haslinger-Voß",
    ),
    (
        "de",
        "Die Aktie verteuerte sich im Xetra-Handel zeitweise um gut 9 Prozent auf 27,80 Euro.",
        True,
        [("percent", 9, "%", "over"), ("money", 27.8, "EUR", None)],
        None,
    ),
    ("de", "„Wir sind auf Kurs, aber der Wind kommt weiter von vorn“, sagte Haslinger-Voß.", False, [], None),
    ("de", "Analysten halten die Prognose für eher vorsichtig.", False, [], None),
    # --- Australian jobs (AAP), Thursday, June 11 ---
    (
        "en",
        "SYDNEY (AAP) - Australia's unemployment rate edged down to 4.1 per cent in May as employers added 38,500 jobs, more than double what economists had expected.",
        True,
        [("percent", 4.1, "%", None), ("count", 38500, None, None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "Full-time employment climbed by 52,300 while part-time jobs fell by 13,800, according to the Australian Bureau of Statistics.",
        True,
        [("count", 52300, None, None), ("count", 13800, None, None)],
        None,
    ),
    (
        "en",
        "The participation rate held at 66.9 per cent, and monthly hours worked rose 0.6 per cent to almost 1.99 billion.",
        True,
        [("percent", 66.9, "%", None), ("percent", 0.6, "%", None), ("count", 1990000000, None, "nearly")],
        None,
    ),
    (
        "en",
        "Ebbtide Capital economist Harriet Lenihan-Brooks said the figures had cut the odds of a Reserve Bank rate cut in July to roughly one in five.",
        True,
        [("fraction", 0.2, None, "about")],
        "Harriet Lenihan-Brooks",
    ),
    (
        "en",
        "The Australian dollar rose 0.4 per cent to 66.42 US cents after the release.",
        True,
        [("percent", 0.4, "%", None), ("money", 0.6642, "USD", None)],
        None,
    ),
    ("en", '"It is a rock-solid labour market, full stop," Lenihan-Brooks said.', False, [], None),
    ("en", "Some economists cautioned that the monthly survey was notoriously volatile.", False, [], None),
    # --- Kurzer Schlaf und Herzinfarkt (dpa), Donnerstag, 11. Juni ---
    (
        "de",
        "Hamburg (dpa) - Wer regelmäßig weniger als sechs Stunden schläft, hat einer Langzeitstudie zufolge ein um gut ein Drittel höheres Risiko für einen Herzinfarkt.",
        True,
        [("duration", 6, "hour", "under"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Forschende des Universitätsklinikums Hamburg-Eppendorf haben dafür Daten von knapp 412.000 Erwachsenen ausgewertet, die im Schnitt zwölfeinhalb Jahre lang begleitet wurden.",
        True,
        [("count", 412000, None, "nearly"), ("duration", 12.5, "year", None)],
        None,
    ),
    (
        "de",
        "Bei weniger als fünf Stunden Schlaf war das Risiko sogar fast anderthalbmal so hoch wie bei sieben bis acht Stunden.",
        True,
        [
            ("duration", 5, "hour", "under"),
            ("count", 1.5, None, "nearly"),
            ("duration", 7, "hour", None),
            ("duration", 8, "hour", None),
        ],
        None,
    ),
    (
        "de",
        "Studienleiterin Mareike Olbertz-Fahrenkamp sagte, jeder achte Teilnehmer habe unter der Woche regelmäßig weniger als sechs Stunden geschlafen.",
        True,
        [("fraction", 0.125, None, None), ("duration", 6, "hour", "under")],
        "Mareike Olbertz-Fahrenkamp",
    ),
    ("de", "Veröffentlicht wurde die Arbeit im „European Heart Journal“.", True, [], None),
    ("de", "„Schlaf ist kein Luxus, sondern Medizin“, sagte Olbertz-Fahrenkamp.", False, [], None),
    ("de", "Ob kurzer Schlaf selbst krank macht oder nur ein Warnzeichen ist, bleibt offen.", False, [], None),
    # --- NHS waiting list (PA), Thursday, June 11 ---
    (
        "en",
        "LONDON (PA) - England's waiting list for routine hospital treatment fell for the fifth straight month to an estimated 7.12 million cases at the end of April, according to NHS England figures.",
        True,
        [("ordinal", 5, None, None), ("count", 7120000, None, "about")],
        None,
    ),
    (
        "en",
        "Some 2.9 million patients had waited beyond the 18-week target, and 112,400 for more than a year.",
        True,
        [("count", 2900000, None, "about"), ("duration", 18, "week", None), ("count", 112400, None, None)],
        None,
    ),
    (
        "en",
        "Only 59.8% were treated within 18 weeks, short of an interim target of 62% by the end of September.",
        True,
        [("percent", 59.8, "%", None), ("duration", 18, "week", None), ("percent", 62, "%", None)],
        None,
    ),
    (
        "en",
        "In A&E, three in four patients were seen within four hours in May, up from 72.1% a year earlier.",
        True,
        [("fraction", 0.75, None, None), ("duration", 4, "hour", None), ("percent", 72.1, "%", None)],
        None,
    ),
    (
        "en",
        "Health policy analyst Tobias Ferreira-Lund said the backlog was shrinking by roughly 20,000 cases a month and at that pace would not be cleared until the 2030s.",
        True,
        [("count", 20000, None, "about")],
        "Tobias Ferreira-Lund",
    ),
    ("en", '"We are heading in the right direction, but painfully slowly," Ferreira-Lund said.', False, [], None),
    ("en", "Patient groups said too many people were still waiting in pain.", False, [], None),
    # --- Airbus deliveries (AFP), Thursday, June 11 ---
    (
        "en",
        "PARIS, June 11 (AFP) - Airbus handed over 61 jets to customers in May, up from 53 a year earlier, bringing deliveries for the first five months of the year to 271, the planemaker said on Thursday.",
        True,
        [
            ("date", "--06-11", None, None),
            ("count", 61, None, None),
            ("count", 53, None, None),
            ("ordinal", 1, None, None),
            ("duration", 5, "month", None),
            ("count", 271, None, None),
        ],
        None,
    ),
    (
        "en",
        "That is just under a third of the roughly 820 deliveries it has promised for the full year.",
        True,
        [("fraction", 0.3333, None, "under"), ("count", 820, None, "about")],
        None,
    ),
    (
        "en",
        "Gross orders so far this year reached 412 aircraft, a two-and-a-half-fold increase on the same period of 2025.",
        True,
        [("count", 412, None, None), ("count", 2.5, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Engine shortages have left about 60 finished jets parked without engines at its plants in Toulouse and Hamburg, a company spokeswoman said.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    (
        "en",
        "Aerospace analyst Romain Castagnède-Holt said deliveries would have to average almost 79 a month for the rest of the year to hit the target.",
        True,
        [("count", 79, None, "nearly")],
        "Romain Castagnède-Holt",
    ),
    ("en", '"The order book is not the problem; the supply chain is," Castagnède-Holt said.', False, [], None),
    (
        "en",
        "Airbus shares closed 1.3 percent higher at 171.42 euros in Paris.",
        True,
        [("percent", 1.3, "%", None), ("money", 171.42, "EUR", None)],
        None,
    ),
    ("en", "Unions at the Toulouse plants said staff were worn out after months of overtime.", False, [], None),
    # --- Ruhr-Sieg-Strecke gesperrt (dpa/lnw), Freitag, 12. Juni ---
    (
        "de",
        "Hagen (dpa/lnw) - Wegen der Generalsanierung der Ruhr-Sieg-Strecke zwischen Hagen und Siegen fahren vom 19. Juni an knapp sechs Monate lang keine Züge.",
        True,
        [("date", "--06-19", None, None), ("duration", 6, "month", "nearly")],
        None,
    ),
    (
        "de",
        "Die Ersatzbusse brauchen für die 106 Kilometer lange Strecke eindreiviertel Stunden, der Regionalexpress bisher gut 70 Minuten.",
        True,
        [("count", 106, None, None), ("duration", 1.75, "hour", None), ("duration", 70, "minute", "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Deutschen Bahn sind täglich rund 14.000 Fahrgäste betroffen.",
        True,
        [("count", 14000, None, "about")],
        "die Deutsche Bahn",
    ),
    (
        "de",
        "Die Bahn investiert nach eigenen Angaben gut 1,1 Mrd. Euro, erneuert 28 Brücken und neun Tunnel und baut wenigstens 14 Bahnhöfe barrierefrei um.",
        True,
        [
            ("money", 1100000000, "EUR", "over"),
            ("count", 28, None, None),
            ("count", 9, None, None),
            ("count", 14, None, "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Gearbeitet wird im Drei-Schicht-Betrieb an sieben Tagen die Woche.",
        True,
        [("count", 3, None, None), ("duration", 7, "day", None)],
        None,
    ),
    (
        "de",
        "DB-Projektleiter Sven Düsterhöft sagte, die Strecke solle am 12. Dezember, einen Tag vor dem Fahrplanwechsel, wieder freigegeben werden.",
        True,
        [("date", "--12-12", None, None)],
        "Sven Düsterhöft",
    ),
    ("de", "Pendlerinnen und Pendler im Siegerland fühlen sich von der Bahn abgehängt.", False, [], None),
    ("de", "Der Fahrgastverband Pro Bahn bezweifelt, dass der Zeitplan hält.", False, [], None),
    # --- Heat wave in the Southwest (AP), Friday, June 12 ---
    (
        "en",
        "PHOENIX (AP) — Upward of 40 million people in the Southwest were under extreme heat warnings on Friday as temperatures climbed toward 115 degrees (46 Celsius) in parts of Arizona and Nevada.",
        True,
        [("count", 40000000, None, "over"), ("count", 115, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "Phoenix hit 112 degrees by mid-afternoon, its 11th straight day above 110, the National Weather Service said.",
        True,
        [("count", 112, None, None), ("ordinal", 11, None, None), ("count", 110, None, "over")],
        None,
    ),
    (
        "en",
        "Las Vegas recorded an overnight low of 91, tying a record set in 2024.",
        True,
        [("count", 91, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Maricopa County has confirmed 14 heat-related deaths so far this year and is investigating 61 more, county spokesperson Delfina Arroyo-Whitcomb said.",
        True,
        [("count", 14, None, None), ("count", 61, None, None)],
        "Delfina Arroyo-Whitcomb",
    ),
    (
        "en",
        "Officials said cooling centers would operate 24 hours a day through June 21.",
        True,
        [("duration", 24, "hour", None), ("date", "--06-21", None, None)],
        None,
    ),
    (
        "en",
        "Residents were told to look in on elderly neighbors and not to leave children or pets alone in vehicles.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"It is like standing in front of a hair dryer," said a construction worker waiting for a bus.',
        False,
        [],
        None,
    ),
    # --- Rasenturnier in Stuttgart (dpa), Freitag, 12. Juni ---
    (
        "de",
        "Stuttgart (dpa) - Die Nummer 14 der Welt, Lennart Oberbichler, steht beim Rasenturnier in Stuttgart im Halbfinale.",
        True,
        [("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "Der 24-jährige Kärntner setzte sich am Freitag gegen den an Nummer drei gesetzten Briten Callum Westerby-Hale nach 2:41 Stunden Spielzeit mit 6:7 (4:7), 7:6 (10:8), 7:5 durch.",
        True,
        [
            ("duration", 24, "year", None),
            ("ordinal", 3, None, None),
            ("duration", 2, "hour", None),
            ("duration", 41, "minute", None),
        ],
        None,
    ),
    (
        "de",
        "Oberbichler wehrte dabei zwei Matchbälle ab und schlug 23 Asse.",
        True,
        [("count", 2, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "In seinen fünf früheren Auftritten in Stuttgart hatte er insgesamt nur zwei Matches gewonnen.",
        True,
        [("count", 5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Für das Halbfinale kassiert er ein Preisgeld von 143.600 Euro, wie die Veranstalter mitteilten.",
        True,
        [("money", 143600, "EUR", None)],
        None,
    ),
    (
        "de",
        "Oberbichler sagte, er spiele erst seit anderthalb Jahren ernsthaft auf Rasen.",
        True,
        [("duration", 1.5, "year", None)],
        "Oberbichler",
    ),
    ("de", "„Auf Rasen fühle ich mich inzwischen wie zu Hause“, sagte Oberbichler.", False, [], None),
    # --- Fashion chain results (PA), Friday, June 12 ---
    (
        "en",
        "LONDON (PA) - Fashion chain Linthwaite & Hobbeson has swung to a £48.2m pre-tax profit for the year to March after a £31.5m loss a year earlier.",
        True,
        [("money", 48200000, "GBP", None), ("money", 31500000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Revenue rose 6% to £1.41bn, with online sales now making up two-fifths of the total.",
        True,
        [("percent", 6, "%", None), ("money", 1410000000, "GBP", None), ("fraction", 0.4, None, None)],
        None,
    ),
    (
        "en",
        "The group will shut 23 of its 212 stores over the next 18 months, putting about 640 jobs at risk, but plans to open nine larger outlets.",
        True,
        [
            ("count", 23, None, None),
            ("count", 212, None, None),
            ("duration", 18, "month", None),
            ("count", 640, None, "about"),
            ("count", 9, None, None),
        ],
        None,
    ),
    (
        "en",
        "Chief executive Ophelia Stanhope-Greaves can earn a bonus of up to £950k on top of her £720k salary, the annual report shows.",
        True,
        [("money", 950000, "GBP", "up_to"), ("money", 720000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Shares jumped 11% to 184p in early trading, valuing the company at about £610m.",
        True,
        [("percent", 11, "%", None), ("money", 1.84, "GBP", None), ("money", 610000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Stanhope-Greaves said the chain had sold more than 1.2 million pairs of its £39 trainers since they went on sale in 2024.",
        True,
        [("count", 1200000, None, "over"), ("money", 39, "GBP", None), ("year", 2024, None, None)],
        "Stanhope-Greaves",
    ),
    ("en", '"We have stopped trying to be everything to everyone," Stanhope-Greaves said.', False, [], None),
    ("en", "Retail analysts said the turnaround still had a long way to run.", False, [], None),
    # --- Razzia gegen Schwarzarbeit (dpa), Freitag, 12. Juni ---
    (
        "de",
        "Wiesbaden (dpa) - Mit mehr als 1.300 Einsatzkräften sind Polizei und Zoll am Freitag in zwölf Bundesländern gegen einen mutmaßlichen Schwarzarbeitsring im Baugewerbe vorgegangen.",
        True,
        [("count", 1300, None, "over"), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Durchsucht wurden nach Angaben der Generalzolldirektion 94 Wohnungen und Geschäftsräume; 17 Verdächtige wurden festgenommen.",
        True,
        [("count", 94, None, None), ("count", 17, None, None)],
        "die Generalzolldirektion",
    ),
    (
        "de",
        "Die Beschuldigten sollen seit 2021 mit Scheinrechnungen Sozialabgaben von mindestens 38 Mio. Euro hinterzogen haben.",
        True,
        [("year", 2021, None, None), ("money", 38000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Sichergestellt wurden Bargeld, Goldbarren und Luxusuhren im Wert von zusammen knapp 4,2 Mio. Euro sowie zwei Dutzend Fahrzeuge.",
        True,
        [("money", 4200000, "EUR", "nearly"), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Die Ermittlungen laufen nach Angaben der Ermittler seit anderthalb Jahren; Zigtausende Rechnungen müssen noch ausgewertet werden.",
        True,
        [("duration", 1.5, "year", None)],
        None,
    ),
    ("de", "Ein Sprecher der Gewerkschaft IG BAU sprach von einem „längst überfälligen Signal“.", False, [], None),
    ("de", "Wie viele Arbeiter betroffen sind, ist noch unklar.", False, [], None),
    # --- 24-Stunden-Rennen gestartet (dpa), Samstag, 13. Juni ---
    (
        "de",
        "Nürburg (dpa) - Vor geschätzt einer Viertelmillion Zuschauern ist am Samstagnachmittag das 54. 24-Stunden-Rennen auf dem Nürburgring gestartet.",
        True,
        [("count", 250000, None, "about"), ("ordinal", 54, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Für das Rennwochenende vom 12.–14. Juni hatten die Veranstalter mehr als 5.000 Parkplätze zusätzlich ausgewiesen.",
        True,
        [("date", "--06-12", None, None), ("date", "--06-14", None, None), ("count", 5000, None, "over")],
        None,
    ),
    (
        "de",
        "135 Fahrzeuge gingen auf die mehr als 25 Kilometer lange Kombination aus Nordschleife und Grand-Prix-Strecke.",
        True,
        [("count", 135, None, None), ("count", 25, None, "over")],
        None,
    ),
    (
        "de",
        "Titelverteidiger Lauterach Motorsport will den Klassiker zum 5. Mal gewinnen.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Nach den ersten drei Stunden führte der Porsche mit der Startnummer 911 mit 1:12,4 Minuten Vorsprung.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 3, "hour", None),
            ("duration", 1, "minute", None),
            ("duration", 12.4, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Teamchef Armin Lötscher-Haid sagte, man rechne mit rund 160 Boxenstopps und einem Verbrauch von gut 70 Reifensätzen.",
        True,
        [("count", 160, None, "about"), ("count", 70, None, "over")],
        "Armin Lötscher-Haid",
    ),
    (
        "de",
        "„Dieses Rennen gewinnt man nicht in der Nacht, aber man kann es dort verlieren“, sagte Lötscher-Haid.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf den Campingplätzen rund um die Nordschleife herrschte schon am Vormittag Volksfeststimmung.",
        False,
        [],
        None,
    ),
    # --- Lord's Test (PA), Saturday, June 13 ---
    (
        "en",
        "LONDON (PA) - England were 287 for six at stumps on day three of the second Test at Lord's, leading New Zealand by 164.",
        True,
        [
            ("count", 287, None, None),
            ("count", 6, None, None),
            ("ordinal", 3, None, None),
            ("ordinal", 2, None, None),
            ("count", 164, None, None),
        ],
        None,
    ),
    (
        "en",
        "Opener Freddie Callaghan-Rowe made 112 off 187 balls, his fourth Test century, before he fell to the second new ball.",
        True,
        [
            ("count", 112, None, None),
            ("count", 187, None, None),
            ("ordinal", 4, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Seamer Ben Harwood-Tane took four for 61 in 24 overs for the tourists.",
        True,
        [("count", 4, None, None), ("count", 61, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "England lead the three-match series 1-0 following an 87-run win in the first Test at Edgbaston.",
        True,
        [("count", 3, None, None), ("count", 87, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Callaghan-Rowe said he had batted for five and a quarter hours without offering a chance.",
        True,
        [("duration", 5.25, "hour", None)],
        "Callaghan-Rowe",
    ),
    (
        "en",
        '"Lord\'s does something to you; you just want to stay out there forever," Callaghan-Rowe said.',
        False,
        [],
        None,
    ),
    # --- Neuzugang für den VfB (dpa), Samstag, 13. Juni ---
    (
        "de",
        "Stuttgart (dpa) - Der VfB Stuttgart hat den dänischen Mittelfeldspieler Mads Rønnekamp vom FC Kopenhagen geholt und mit einem Fünfjahresvertrag bis zum 30. Juni 2031 ausgestattet.",
        True,
        [("duration", 5, "year", None), ("date", "2031-06-30", None, None)],
        None,
    ),
    (
        "de",
        "Über die Ablöse vereinbarten die Clubs Stillschweigen; Medienberichten zufolge liegt sie im niedrigen zweistelligen Millionenbereich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 22-Jährige erzielte in der abgelaufenen Saison in 31 Ligaspielen elf Tore und bereitete neun weitere vor.",
        True,
        [
            ("duration", 22, "year", None),
            ("count", 31, None, None),
            ("count", 11, None, None),
            ("count", 9, None, None),
        ],
        None,
    ),
    (
        "de",
        "Rønnekamp ist der dritte Neuzugang des VfB für die Saison 2026/27.",
        True,
        [("ordinal", 3, None, None), ("year", 2026, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Rønnekamp sagte, er habe sich nach zwei Gesprächen mit dem Trainerteam für Stuttgart entschieden.",
        True,
        [("count", 2, None, None)],
        "Rønnekamp",
    ),
    ("de", "„Die Stadt, der Verein, die Fans – hier passt einfach alles“, sagte Rønnekamp.", False, [], None),
    # --- Bitcoin record (Reuters), Saturday, June 13 ---
    (
        "en",
        "SINGAPORE, June 13 (Reuters) - Bitcoin jumped as much as 4.2% on Saturday to a record $131,640, extending a rally that has added roughly a quarter to its price since early May.",
        True,
        [
            ("date", "--06-13", None, None),
            ("percent", 4.2, "%", "up_to"),
            ("money", 131640, "USD", None),
            ("fraction", 0.25, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The biggest cryptocurrency has gained 38% this year, against a 9% rise in the S&P 500 index.",
        True,
        [("percent", 38, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "U.S. spot bitcoin exchange-traded funds took in $2.7 billion in the week to Friday, the most in 11 weeks, according to data from research firm Coinmetric.",
        True,
        [("money", 2700000000, "USD", None), ("duration", 11, "week", None)],
        None,
    ),
    (
        "en",
        "Ether, the second-largest token, rose 2.9% to $4,812.",
        True,
        [("ordinal", 2, None, None), ("percent", 2.9, "%", None), ("money", 4812, "USD", None)],
        None,
    ),
    (
        "en",
        "Options markets were pricing a roughly one-in-three chance of bitcoin reaching $150K by the end of September, said Tobias Lindgren-Achterberg, head of digital assets at Bellrock Capital.",
        True,
        [("fraction", 0.3333, None, "about"), ("money", 150000, "USD", None)],
        "Tobias Lindgren-Achterberg",
    ),
    ("en", '"This rally has more legs than the last one," Lindgren-Achterberg said.', False, [], None),
]
