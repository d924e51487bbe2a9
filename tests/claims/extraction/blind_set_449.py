"""Four-hundred-and-forty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and
mayors, Lord Mayors, metro mayors, council leaders, cabinet members, treasurers, school
heads, superintendents, returning officers and state secretaries of real towns, councils,
districts and governments appear under made-up names that stand for no real holder, or by
their role only („der Sportreferent“, „die Vorsitzende der örtlichen DLRG“, „der
Grünen-Landesvorsitzende“, „die Kämmerin“, "the returning officer", "the outgoing mayor",
"the outgoing Conservative group leader").

Names: Dörte Kannegießer-Pohl, Ole Brammeier, Tamara Wiesenthal-Krug, Ilka
Brandhorst-Yilmaz, Reinhard Töpfer-Salm, Carina Hellwege-Brune, Frieder Hauenstein-Maier,
Sven Ottersbach-Lind, Lukas Bührer-Stamm, Miriam Ganter-Oswald, Beatrice Nüesch-Caduff,
Helga Raithmayr, Malte Zschörnig, Kurt Leitgeb-Harrer, Hannes Achleitner-Stöckl, Manfred
Gmeiner-Huber, Andrea Zbinden-Rüfenacht, Petra Lückenhaus-Brem and the initiative „Bad mit
Maß“; Graham Tillotson-Reed, Renata Szalai-Brooks, Morag Inglis-Dunbar, Fiona
Latchford-Price, Odessa Kincaid-Rowe, Yolanda Estrada-Whitman, Ramón Castellanos-Pratt, Siân
Protheroe-Ellis, Caroline Desjardins-Holt, Darius Pemberton-Okeke, Lorraine Haverkamp-Doyle,
Trevor Ashdown-Figueroa, Marcus Adebayo-Finch, Eleanor Wickersham, Bronwyn Kealy-Marsh,
Declan Fitzwarren, Catriona Murchison-Bell, Harinder Gill-Marston, Raymond Oudekerk and
Rhodri Powell-Vaughan; the borough of Kestlebury and its council; every unnamed councillor,
campaigner, investor, analyst, operator, parent and official. Real states, towns, councils,
parties, bodies, firms, unions and places (Schleswig-Holstein, Lübeck, Lübecker
Bürgerschaft, Kiel, CDU, SPD, Grüne, Innenministerium, Berliner Bäder-Betriebe, Verdi,
Würzburg, Lengfeld, DLRG, Kassel, Harleshausen, Magistrat, Dortmund, Nordstadt,
Mallinckrodtstraße, Bezirksregierung Arnsberg, Brandenburg an der Havel,
Stadtverordnetenversammlung, AfD, Osnabrück, Stadtwerke Osnabrück, Hellern, Pro Bahn,
Ludwigsburg, Freie Wähler, Leipzig, Leipzig-Grünau, Amt für Schule, Linke, Freistaat,
Schaffhausen, Stadtkanzlei, FDP, SP, St. Gallen, Riethüsli, SVP, Landshut, CSU, Saarbrücken,
Saarbahn GmbH, Graz, KPÖ, ÖVP, Kufstein, Gemeindewahlbehörde, Dornbirn, Voranschlag, FPÖ,
Thun, Thun-Nord, Wuppertal; Reform UK, the Conservatives, Labour, the Liberal Democrats,
Omaha, the Douglas County Election Commission, Fife Council, Cowdenbeath, Essex County
Council, Basildon, Boise, Fresno, the Liverpool City Region and its combined authority,
Wirral, St Helens, San Francisco, the city controller's office, the Board of Supervisors,
the Milwaukee County Transit System, Portland, the Austin Independent School District,
Middlebury, Newcastle, Brisbane City Council, Labor, the SNP, Aberdeenshire Council,
Wolverhampton, the Local Democracy Reporting Service, Des Moines, Swansea Council, the Welsh
Conservatives, and the datelines' cities) stand for the way wire copy names them; every
vote, tally, turnout, seat, quorum, budget, deficit, overspend, cost estimate, delay, fee,
fare, rate, bond, place, pupil, pool, bus line, interval, date, quote and label here is
invented, and where a real figure came to mind (a real number of summer pools, a real pool
entry fee, a real turnout, a real seat count after a real local election, a real fare cap, a
real bond sale) it was changed or left out.

Its weight: LOCAL AND MUNICIPAL NEWS, the eighth round for local and city hall copy (the
thirtieth, fifty-eighth, hundred-fifth, hundred-twenty-ninth, two-hundred-and-eighteenth,
three-hundred-and-ninth and three-hundred-and-eighty-fourth batches weighed local, city hall
and municipal copy, the fifty-third and hundred-sixty-third public finances, budgets, debt
and taxes, and the hundred-seventy-second and two-hundred-and-seventy-fourth referendums and
local elections; their decisions are kept) over one early summer, Sunday, May 10, to Friday,
June 26, of one year, as 36 short stories in story order with the German and English ones
interleaved by date, each told as local and wire copy runs it (a dateline lead, the figures,
the vote, attributed claims, the other side, quotes, reactions). Half German (dpa regional
services "dpa/lno", "dpa/lby", "dpa/lhe", "dpa/lnw", "dpa/bb", "dpa/lni", "dpa/lsw",
"dpa/sn", "dpa/lrs", dpa from Berlin, APA with dash datelines, Keystone-SDA; Austrian
"heuer", "Voranschlag", "Mandate", "Gemeindewahlbehörde", "Finanzstadtrat",
"Bildungsstadtrat"; Swiss "Stimmbeteiligung", "Stimmberechtigten", "das absolute Mehr",
"gutgeheissen", "4'812", "850'000 Franken", "Schulhaus", «» quotes; German „“ quotes): the
Kommunalwahl in Schleswig-Holstein with its turnout and seats, Berlin's summer pools opening
short of lifeguards, an indoor pool closed by the Würzburg Stadtrat, a Freibad refurbishment
running over in Kassel, Dortmund's school building programme, a mayoral run-off in
Brandenburg an der Havel that failed its quorum, a new bus network in Osnabrück, the town
hall refurbishment in Ludwigsburg running over in cost and time, a Gymnasium in Leipzig at
its third cost estimate, a Stadtrat by-election in Schaffhausen and a Schulhaus credit at
the ballot box in St. Gallen, a Bürgerentscheid against a new indoor pool in Landshut, a bus
network in Saarbrücken, a school building programme in Graz, an early mayoral election in
Kufstein with its second round, a Stadtbad over budget in Dornbirn, a new bus line in Thun
and the deficit of Wuppertal. Half English (PA local democracy copy, AP U.S. city news,
Reuters municipal copy with dated datelines, AAP council copy): a council changing hands in
Kestlebury, the Omaha mayoral election, pool closures in Fife, a school rebuild over budget
in Essex, an aquatics bond rejected in Boise, Fresno keeping its pools open, bus franchising
in the Liverpool City Region, the San Francisco budget, bus route cuts in Milwaukee, a
school rebuild over budget in Portland, a school bond sale in Austin, a school budget voted
down twice in Middlebury, ocean baths over budget in Newcastle, the Brisbane budget, a
council by-election in Aberdeenshire, a swimming baths reopened over budget in
Wolverhampton, school closures in Des Moines and an overspend in Swansea. Speakers as such
copy has them: „X sagte, ...“ opening the row with the title and the party dropped, „...,
sagte X“ with the title dropped, the surname as written, „teilte das Innenministerium mit“,
„teilte die Stadt mit“, „teilte die Stadtkanzlei mit“, „Nach Angaben der Bäder-Betriebe“; "X
said" with the title dropped, "told Reuters", "told the school board", "told the Local
Democracy Reporting Service", "..., X said." after a figure, "Essex County Council said",
"the combined authority said", "the council said"; beside them the forms left unchecked.
Figures as such copy has them: council, board and ballot tallies, shares, turnout, quorum
and seats; budgets, deficits, overspends, cost estimates, bonds, cash-advance loans, rents,
entry fees, fares, tax bills and pay in euros, francs, pounds, dollars and Australian
dollars; places, pupils, classes, pools, lifeguards, routes, lines, bus services and visits;
delays and intervals; number words and compounds („nach einer fünfstündigen Debatte“,
„50-Meter-Becken“, „vierzügige“, „7,5-Minuten-Takt“, „im Halbstundentakt“,
„15-Minuten-Takt“, „48-Millionen-Euro-Projekt“, „zweieinhalb Jahre“, "a six-hour debate", "a
six-form entry school", "under-16s"), fractions („Jeder fünfte“, „ein Drittel davon“,
"two-thirds", "nearly a fifth", "About a quarter", "About one in five"), ordinals („nach der
dritten Kostenschätzung“, „im ersten Wahlgang“, „im zweiten Wahlgang“, „die ersten
Neubauten“, „der ersten drei Jahre“, "for the second time", "A third vote", "the third stage
of counting", "the first franchised routes", "in her first year"), hedges, years and dates.
Negatives as such copy has them - 56 rows, none with a figure: mayors', treasurers',
councillors', candidates' and officials' rhetoric and creed in quotes, each beside a
check-worthy figure or fact from the same speaker; labels from parties, unions, campaigners
and associations; blame and warnings naming no measure; doubts, an open question, an
opinion, investors' mood, analysts' verdicts and scene colour at a school board meeting -
each near a check-worthy look-alike from the same story.

235 rows (120 German, 115 English), 56 negatives (27 German, 29 English), 179 check-worthy
rows of which 17 carry no figure (13 German, 4 English), 289 expected quantities (100
counts, 63 amounts of money - 24 EUR, 17 USD, 13 GBP, 6 AUD, 3 CHF -, 37 percentages - 34 in
"%", 3 in percentage points "pp" -, 37 years, 24 durations - 8 in years, 5 in minutes, 4 in
months, 3 in hours, 3 in weeks, 1 in days -, 12 ordinals, 9 dates, 7 fractions; none of them
in a negative), 37 checked speakers (18 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. Made-up names that turned out to
be in use in earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, complaint, accusation, warning, doubt, opinion or piece of rhetoric is
  a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-twenty-ninth, two-hundred-and-fourth, three-hundred-and-ninth,
  three-hundred-and-eighty-fourth); a quoted or reported statement of fact, figure, step,
  rule, plan, pledge or position is check-worthy with its speaker, also in Konjunktiv I.
  Pairs from one speaker or about one candidate: Kannegießer-Pohl's 1.9 million ballot
  papers beside „Das war ein guter Tag für die Demokratie ...“, Brammeier's five days beside
  „Ein Sommer ohne Freibad ...“, Wiesenthal-Krug's 50-metre pool beside „Wir bauen kein
  Luxusbad ...“, Brandhorst-Yilmaz's 600 places beside „Jedes Kind in dieser Stadt ...“,
  Töpfer-Salm's 58.3 percent beside „Wer zu Hause bleibt ...“, Hellwege-Brune's half-hour
  interval beside „Wir fahren lieber öfter ...“, Hauenstein-Maier's 67.2 million euros
  beside „Wer ein altes Haus saniert ...“, Ganter-Oswald's 3,977 votes beside «Jetzt beginnt
  das Rennen ...», Nüesch-Caduff's 850,000 francs beside «Heute haben die Kinder von morgen
  gewonnen», Raithmayr's 1969 pool beside „Die Bürgerinnen und Bürger haben gesprochen ...“,
  Zschörnig's 400 metres beside „Wir planen das Netz vom Fahrgast aus ...“, Leitgeb-Harrer's
  seven and two schools beside „Schulen sind keine Kostenstelle ...“, Achleitner-Stöckl's
  52.9 percent beside „Ab morgen bin ich Bürgermeister ...“, Gmeiner-Huber's 19.8 million
  euros beside „Wir haben nichts zu verstecken ...“, Zbinden-Rüfenacht's 2,400 people beside
  «Ohne Bus kein neues Quartier ...», Lückenhaus-Brem's 22 percent beside „Wir können
  sparen, bis das Licht ausgeht ...“; Tillotson-Reed's audit of contracts over £500,000
  beside "People voted for change ...", Szalai-Brooks's 71,408 votes beside "Omaha chose
  hope over fear tonight", Inglis-Dunbar's 20 minutes beside "These are decisions no
  councillor ...", Latchford-Price's two-thirds beside "Nobody is more frustrated ...",
  Kincaid-Rowe's two pools and June 7 beside "This is not the end of the conversation ...",
  Protheroe-Ellis's first routes beside "For too long ...", Desjardins-Holt's $812 million
  beside "We are going to live within our means ...", Pemberton-Okeke's 4% beside "Every cut
  has a face ...", Haverkamp-Doyle's stated cause beside "Our students deserve better ...",
  Wickersham's $800,000 beside "We heard the voters ...", Kealy-Marsh's A$6 million beside
  "The baths belong to everyone ...", Fitzwarren's 120 services beside "a city that is
  growing up ...", Murchison-Bell's 1,624 votes beside "a full-time voice for every village
  ...", Gill-Marston's account of the building beside "It was the right thing to do ...",
  Oudekerk's 2,900 students beside "Closing a neighborhood school is never easy ...",
  Powell-Vaughan's 2.5% beside "We will protect the front line ...".
- Check-worthy without a figure (17 rows; hundred-twenty-ninth, two-hundred-and-eighteenth,
  three-hundred-and-eighty-fourth): leads and rows that report a decision, a result or a
  fact of record (the Brandenburg run-off failing its quorum, the Landshut Bürgerentscheid,
  no candidate in several villages, a bus line dropped, pollutants found in the roof, the
  roof defects named as the cause of the Dornbirn overrun, the resignation that made the
  Kufstein election necessary, the by-election's cause, the Conservatives left without a
  majority), a budget still to be approved by the Bezirksregierung Arnsberg
  (three-hundred-and-eighty-fourth: the Regierung von Schwaben), a stated plan or position
  (the Sportreferent's new pool times, the treasurer ruling out a Haushaltssperre), stated
  reasons for a cost rise (Ottersbach-Lind's, Haverkamp-Doyle's; two-hundred-and-eighteenth:
  the damage named as the cause of a delay), Gill-Marston's account of the building's
  condition, and the ÖVP's label paired with its vote („Die ÖVP stimmte dagegen und sprach
  von ...“, as the Greens' label with their vote in the two-hundred-and-eighteenth). „Damit
  ist die Stadt für ein Jahr an das Ergebnis gebunden.“ is check-worthy and carries no
  quantity - „für ein Jahr“ is a year named with an article (hundred-twenty-ninth,
  two-hundred-and-eighteenth). The counterfactual "The bond would have added about $58 a
  year ..." is check-worthy with its figures (three-hundred-and-ninth,
  three-hundred-and-eighty-fourth: the arithmetic of a rejected measure).
- Negatives, the weight's own (hundred-twenty-ninth, two-hundred-and-eighteenth,
  three-hundred-and-eighty-fourth): rhetoric and creed in quotes; labels („sprach von
  „hausgemachten Problemen““, „sprach von einem „Offenbarungseid der Schulplanung““, „nannte
  das Ergebnis eine „Klatsche für das Rathaus““, „nannte das Projekt ein „Fass ohne Boden““,
  „als «Luxusschulhaus» bekämpft“, „sprach von „Murks mit Ansage““, 'called the result "a
  protest vote ..."', 'called the closures "an attack on ..."', 'called the rates rise "a
  cost-of-living slap in the face"', 'called the figures "another kick in the teeth"');
  blame naming no act („warf dem Magistrat vor, die Risiken jahrelang kleingeredet zu
  haben“, 'accused the cabinet of "sleepwalking ..."', 'accused staff of "hiding the bad
  news ..."'; eighty-fourth); a warning naming no measure („warnte vor einem „Kahlschlag in
  den Randlagen““, "Operators warned that the timetable could slip ...";
  two-hundred-and-fourth, three-hundred-and-eighty-fourth); a doubt („bezweifelte, dass die
  Linie je kostendeckend fahren werde“), an open question („Ob der Freistaat ... übernimmt,
  ist offen.“; two-hundred-and-eighteenth), opinions and verdicts ("said the district had
  lost the public's trust", "said the overspend showed the council could not be trusted
  ..."), investors' mood and analysts' verdicts without a figure ("Investors said demand ...
  remained strong", "Analysts said the district's heavy borrowing could weigh on its credit
  rating over time"; three-hundred-and-eighty-fourth), and scene colour ("Parents packed the
  meeting, and several wept ..."; two-hundred-and-eighteenth). None of the 56 carries a
  figure.
- Votes, tallies, seats, turnout and quorum (sixty-fifth, hundred-twenty-ninth,
  two-hundred-and-eighteenth, three-hundred-and-eighty-fourth): counts, one per figure -
  „stimmten 29 ..., 19 votierten dagegen, zwei enthielten sich“ three counts, „mit 27 zu 12
  Stimmen“, „mit 41 zu 23 Stimmen bei vier Enthaltungen“ three counts, „mit 24 zu 14
  Stimmen“, „mit 23 statt bisher 31 Linien“ both („statt bisher“ no hedge), "by 39 votes to
  33", "voted 5-2", "voted 9-4", "voted 6-1", "approved the cuts 12-6", "by 1,284 votes to
  1,197", "71,408 votes to 61,902"; seats and mandates as definite groups („auf 16 der 49
  Sitze, die SPD auf 13“, „nur über 6 der 21 Mandate“ - „nur“ no hedge -, "29 of the 45
  seats", "four seats and the Liberal Democrats three", "nine councillors"; forty-first);
  Swiss votes with the apostrophe („4'812 Stimmen, das absolute Mehr lag bei 5'106 Stimmen“
  two counts - „das absolute Mehr“ alone none, hundred-seventy-second -, „mit 3'977
  Stimmen“; tenth); "1,624 first-preference votes, ahead of the Liberal Democrats on 1,108"
  two counts and no ordinal ("first-preference votes" none, forty-first); „15.312 Personen
  wahlberechtigt“. Shares and turnout are percentages („auf 44,6 Prozent“, „3,9
  Prozentpunkte mehr als vor fünf Jahren“ 3.9 pp and 5 years - the „mehr als“ after the
  figure compares -, „5,2 Prozentpunkte ... 14,1 Prozent“, „mit 38,9 Prozent“, „Die
  Wahlbeteiligung lag bei 22,7 Prozent“, „mit 52,9 Prozent“, „um 9,4 Prozentpunkte auf 41,6
  Prozent“, „Die Stimmbeteiligung lag bei 39,2 Prozent“, „betrug 36,9 Prozent“, „mit 62,4
  Prozent Ja“, „stimmten 56,2 Prozent, die Beteiligung lag bei 34,8 Prozent“, "31.8%, down
  from 34.2%", "53.6% of the vote", "Turnout was 38.2%", "61.4% of the vote", "about 24% of
  registered voters", "58.9% support", "only 21.4%" - "only" no hedge -, "44.8%"), and so is
  a quorum with the share that met it („58,3 Prozent der gültigen Stimmen, ... nur 13,1
  Prozent aller Wahlberechtigten, nötig gewesen wären 15 Prozent“ three percentages;
  three-hundred-and-eighty-fourth: „... 31,2 Prozent aller Stimmberechtigten, nötig waren 25
  Prozent“). "the required two-thirds majority" is fraction 0.6667 (the issue's shares in
  words). "voted unanimously", „Stichwahl“, „absolute Mehr“, "by-election" and "majority"
  carry none.
- Rounds and stages are ordinals (the issue: „zum zweiten Mal“; hundred-seventy-second,
  two-hundred-and-seventy-fourth): „im ersten Wahlgang“ 1 (twice), „im zweiten Wahlgang“ 2,
  „Der zweite Wahlgang“ 2, "for the second time" 2, "at the third stage of counting" 3,
  „nach der dritten Kostenschätzung“ 3 (two-hundred-and-eighteenth: „Nach der inzwischen
  vierten Kostenschätzung“), "A third vote is expected" 3 and no fraction (an article and
  "third" before a singular noun of an event rank it, as "a third runway" in an earlier
  batch), "the first franchised routes" 1 and „Bis die ersten Neubauten fertig sind“ 1 (a
  plural with its article, three-hundred-and-fifty-sixth: "with the first projects starting
  next spring"), „während der ersten drei Jahre des Betriebs“ 1 and 3 years
  (four-hundred-and-twentieth: „in den ersten neun Monaten“ 1 with 9 months), "in her first
  year" 1 and no duration (the ordinal ranks the year, as „im ersten Halbjahr“ 1 alone,
  first batch). None: „kein einziger Bewerber“, "the highest for a city election", "the
  oldest of which", "the last full council election", "the least say", „am niedrigsten“, „in
  der letzten Saison“, „den größten Teil“.
- Durations (the issue: "fünfstündigen", "a two-week visit"; every batch): „nach einer
  fünfstündigen Debatte“ 5 hours, "after a six-hour debate" 6 hours, „zweieinhalb Jahre
  länger als geplant“ 2.5 years (two-hundred-and-eighteenth: „zweieinhalb Jahre später als
  geplant“), „um mindestens zwölf Monate“ 12 months "at_least", „fast 16 Monate später als
  geplant“ 16 months "nearly", "will open 14 months late" 14 months, "after 26 months of
  work" 26 months, „innerhalb von sechs Wochen“ and „innerhalb von acht Wochen“ 6 and 8
  weeks („innerhalb von“ no hedge, as „binnen“), "for an extra two weeks" 2 weeks ("extra"
  no hedge), „In den kommenden zehn Jahren“ 10 years, "over the next two years" 2 years
  ("over" before a span no hedge), „vor fünf Jahren“ 5 years, "four years ago" 4 years, "no
  more than 20 minutes away" 20 minutes "at_most" (hundred-seventh: "no more than 45
  people"), „an mindestens fünf Tagen pro Woche“ 5 days "at_least" (an earlier batch: „an
  mindestens vier Tagen pro Woche“ 4 days "at_least"; „pro Woche“ none). Intervals are
  durations (fifteenth, forty-eighth, hundred-fifth): „im 7,5-Minuten-Takt“ 7.5 minutes (an
  earlier batch: „im Siebeneinhalb-Minuten-Takt“), „im 15-Minuten-Takt“ 15 minutes (an
  earlier batch: „im 20-Minuten-Takt“), „im Halbstundentakt“ 0.5 hour (hundred-fifth). New:
  "will run every 20 minutes instead of every 12" is 20 minutes and 12 minutes - the unit
  written once serves the later figure, as the currency written once does
  (hundred-seventeenth: „auf 17,9 Milliarden Euro, nach 20,1 Milliarden“;
  three-hundred-and-eighty-fourth: „von 3,40 auf 3,70 Euro“), and "instead of" no hedge, as
  „statt bisher“. Ages are durations in years: „älter als 50 Jahre“ 50 years "over" (an
  earlier batch: „älter als 60 Jahre“ "over"; two-hundred-and-eighteenth: "more than 90
  years old" of a building), "free swimming for under-16s" 16 years "under" (an earlier
  batch: "under-16s" read as "under 16"). None: „zum Jahresende“, „jährlich“, „monatlich“,
  „im Jahr“, „heuer“, „im vergangenen Sommer“, „für das laufende Jahr“, „für dieses Jahr“,
  „zum kommenden Schuljahr“, „am Wochenende“, „werktags“, „abends“, „Ab morgen“, „am
  Wahlabend“, „im Februar“, „im Dezember“, „Ende 2030“ (its year only), "a year", "an hour",
  "a week", "a ride", "this summer", "last summer", "last November", "next week", "later
  this month", "the coming fiscal year", "the coming financial year", "the next school
  year", "this year", "over time", "on Mondays", "in August", "in March", "in April",
  "before October", weekdays and seasons without a year.
- Counts otherwise (every batch): places, pupils, classes, pools and staff („mehr als 600
  Grundschulplätze“ "over", „38 Klassen“, „14 Schulen“, „an 23 Standorten“, „1.150
  Schülerinnen und Schülern“, „18 Klassen und vier Kindergärten“, „rund 900 zusätzlichen
  Schulkindern“, „sieben Volksschulen erweitert und zwei neu gebaut“, „um knapp 2.300“
  "nearly", „15 ihrer 24 Sommerbäder, drei ...“, „rund 140 Rettungsschwimmerinnen und
  Rettungsschwimmer“, „knapp 118.000 Badegäste“, „gut 2,3 Millionen Besuche“ "over", „rund
  8.200 gültige Unterschriften“, „gut 1,9 Millionen Stimmzettel“ "over", „rund 92.000
  Fahrgäste“, „rund 2'400 Menschen“ with the Swiss apostrophe, „Zwei Stadtteile“, "two of
  the council's 13 swimming pools", "one of 11 in the county" 11 only, "About 1,050 pupils",
  "1,350 pupils", "all seven of the city's public pools" 7 ("all" no hedge), "84 lifeguards,
  up from 51", "Two of the pools" 2 (an earlier batch: "Two of the four men"), "about 96,000
  visits", "160 electric buses", "about 1,100 vacant positions and ... 240 city workers",
  "two of the city's 27 library branches", "six bus routes and ... 11 others", "About 31,000
  people ..., down from 52,000", "two middle schools", "about 1,700 students", "12 new
  school buildings", "60 more police officers" ("more" after the figure no hedge) and "three
  shuttered library branches", "120 bus services a week", "four of its elementary schools",
  "about 2,900 students"); „höchstens 400 Meter“ 400 "at_most" and „rund 2,1
  Gigawattstunden“ 2.1 "about" (measures with the unit unchecked, forty-second); „fast
  doppelt so viel wie 2027 veranschlagt“ 2 "nearly" and the year (three-hundred-and-ninth:
  „fast doppelt so viel wie 2019“), "more than twice the original estimate" 2 "over" (tenth:
  "more than twice as fast"). A figure heading a hyphenated compound gives its count or its
  sum: „unter dem 50-Meter-Becken“ 50 (the issue's „28-Punkte-Entwurf“;
  two-hundred-and-eighteenth: "swim 25 metres" 25), „Gegen das 48-Millionen-Euro-Projekt“
  48,000,000 EUR (earlier batches: „einen 50-Millionen-Euro-Fonds“,
  „25-Millionen-Euro-Vorlagen“). New: „eine vierzügige Grundschule“ is count 4 and "a
  six-form entry school" count 6 - the number of parallel classes per year group, written as
  a number word inside the compound adjective, is a count, as „einem 22-köpfigen Aufgebot“
  22 (four-hundred-and-twentieth), „eine vierköpfige Familie“ 4 and „Ein
  Zweipersonenhaushalt“ 2 (two-hundred-and-eighteenth). None: „Die Buslinie 42“ and "Route
  14" (identifiers, as „Straßenbahnlinie 43“ and "Bus route 25" in earlier batches;
  hundred-twenty-ninth: „Straßenbahnlinie 6“), "One of the pools" ("one of" none,
  hundred-fifty-second: "One of the tombs"), "a new one", "another one", "Band D"
  (hundred-fifth), "every department", "every contract", „jedes Bad“, „ein zusätzliches
  Geschoss“ (articles).
- Shares (the issue; hundred-twenty-ninth, two-hundred-and-eighteenth,
  three-hundred-and-eighty-fourth): „Jeder fünfte Sitz“ 0.2 (the issue: „jeder vierte“),
  „ein Drittel davon“ 0.3333 (two-hundred-and-eighteenth: „ein Drittel davon
  mietpreisgebunden“), "about two-thirds of the overspend" 0.6667 "about", "the required
  two-thirds majority" 0.6667, "by nearly a fifth" 0.2 "nearly"
  (two-hundred-and-eighteenth), "About a quarter of the capital budget" 0.25 "about", "About
  one in five" 0.2 "about". Percentages otherwise as written („rund 40 Prozent“ "about", „31
  Prozent mehr“ - "mehr" after the figure compares -, „um 22 Prozent“, "by 84% since 2021",
  "fewer than 4%" "under" (four-hundred-and-twentieth: "fewer than" "under"), "fall 3.4%",
  "about 12% above estimates" "about", "87% of last year's budget", "by 4.5%", "savings of
  2.5%", "by 6.9%").
- Money in the currency written (every batch): EUR („Statt 14,8 Millionen Euro ... mit rund
  21,3 Millionen Euro“ - „Statt“ no hedge -, „bei 4,5 Millionen Euro gedeckelt“, „rund 1,2
  Milliarden Euro“, „knapp 1,3 Millionen Euro“ "nearly", „von 5,00 auf 6,50 Euro, ...
  weiterhin 3,50 Euro“ three amounts, 5.0 as written (seventy-first: trailing zeros no other
  value) and the currency written once serving the earlier figure - „weiterhin“ no hedge -,
  „bei 67,2 Millionen Euro“, „monatlich 186.000 Euro Miete“, „96,4 Millionen Euro“, „rund
  1,6 Millionen Euro“, „etwa 2,4 Millionen Euro im Jahr“, „um bis zu 3,8 Millionen Euro“
  "up_to", „ein Schulbauprogramm über 245 Millionen Euro“ with no hedge (an „über“ governed
  by the noun, two-hundred-and-eighteenth: „Der Kredit über 32,5 Millionen Franken“), „erst
  18 Millionen Euro“ („erst“ no hedge), „um rund 4,7 Millionen Euro“, „19,8 Millionen Euro
  statt der ... 15,1 Millionen“ both in EUR (hundred-seventeenth), „ein Defizit von 137
  Millionen Euro“, „rund 1,4 Milliarden Euro, gut 4.000 Euro je Einwohner“ "about" and
  "over" („je Einwohner“ none), „Einsparungen von 48 Millionen Euro“), CHF („den Kredit über
  38,5 Millionen Franken“ with no hedge, „rund 850'000 Franken“, „insgesamt 2,2 Millionen
  Franken“ - „insgesamt“ no hedge), GBP ("more than £500,000" "over", "£9.6 million over
  budget", "£1.1 million a year", "capped at £2 ... and £5", "£84 million", "£7.8 million,
  almost £3 million more than budgeted" "nearly" on the second with the "more than" after it
  comparing, "£4.80 ... and £2.40", "a £17.4 million overspend", "£3.5 million", "£1,947.38
  a year"), USD ("a $72 million bond", "about $58 a year ... on a $450,000 home"
  (three-hundred-and-eighty-fourth: "a home assessed at $400,000"), "$1.3 million from
  reserves", "$22 an hour", "an $812 million budget deficit", "a $15.9 billion spending
  plan", "a $19 million budget gap", "$2 a ride", "$468 million, nearly $150 million more
  than" "nearly", "$1.4 billion of bonds", "a proposed $31.2 million school budget", "about
  11 cents per $100 of assessed value" 0.11 USD "about" and 100 USD
  (two-hundred-and-eighteenth: "about 4 cents per $100"), "at least $800,000" "at_least",
  "about $96 million in repairs"), AUD with "A$" ("A$31.5 million", "about A$6 million", "a
  further A$12 million" - "a further" no hedge -, "A$3.9 billion", "A$410 million", "about
  A$96 a year"; four-hundred-and-twentieth: "an estimated A$120 million").
- Years and dates (every batch): „auf Mai 2032“, „seit Baubeginn im März 2028“, „im Herbst
  2031“ (a season or a month with its year gives the year, fifty-third), „zum Schuljahr
  2031/32“ both years (two-hundred-and-eighteenth: „bis zum Schuljahr 2030/31“), „für 2030
  bis 2033“ both, „aus dem Jahr 1974“, „aus dem Jahr 1969“, „bis 2030“, „bis 2034“ (twice),
  „bis 2035“, „bis 2033“, „seit 2028“, „wie 2027 veranschlagt“, „ab August 2030“ („ab“ no
  hedge), „Ende 2030“, "since 2009", "since 2005", "since 2021", "since 2019", "in 2029",
  "since September 2029", "in 2028", "from September 2030", "between 2019 and 2029" both,
  "in 2019", "a 2027 bond measure", "in fall 2032", "between 2032 and 2056" both, "until
  March 2032", "in 2027", "opened in 1921", "opened in 1971". Dates without a year: „zum 1.
  August“ --08-01, „am 5. Juli“ --07-05, „am 14. Dezember“ --12-14, "on June 7" --06-07, "on
  June 8" --06-08, "until Aug. 31" --08-31, "by Aug. 1" --08-01. Reuters datelines with a
  day are dates without a year ("SAN FRANCISCO, June 1 (Reuters)" --06-01, "NEW YORK, June
  10 (Reuters)" --06-10; three-hundred-and-ninth, three-hundred-and-eighty-fourth); the dpa
  datelines with their regional slugs ("Lübeck (dpa/lno) -", "Brandenburg/Havel (dpa/bb) -"
  and the others), "Berlin (dpa) -", APA's dash datelines ("Graz –", "Kufstein –", "Dornbirn
  –"), Keystone-SDA, PA ("KESTLEBURY (PA) -", "ELLON (PA) -" and the others), AP ("OMAHA,
  Neb. (AP) —", "MIDDLEBURY, Vt. (AP) —" and the others) and AAP ("NEWCASTLE, NSW (AAP) -",
  "BRISBANE (AAP) -") carry none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About" "about"; „knapp“, „fast“,
  "nearly", "almost" "nearly"; „gut“, „mehr als“, „älter als“, "more than" "over"; "fewer
  than" and "under-" before an age "under"; „mindestens“, "at least" "at_least";
  „höchstens“, "no more than" "at_most"; „bis zu“ "up_to". No hedge: „insgesamt“, „zuletzt“,
  „derzeit“, „weiterhin“, „allein“, „nur“, „erst“, „Statt“, „statt bisher“, „innerhalb von“,
  „ab“ before a month and year, „über“ governed by a noun, "only", "all", "extra", "a
  further", "instead of", "more" and „mehr“ after a figure, "more than" and „mehr als“ after
  a figure, "over" before a span.
- Speakers, checked only in forms the earlier batches settled: „X sagte, ...“ opening the
  row with the title and the party dropped („Landeswahlleiterin Dörte Kannegießer-Pohl
  sagte“, „Sportstaatssekretär Ole Brammeier sagte“, „Bürgermeisterin Tamara Wiesenthal-Krug
  sagte“, „Schuldezernentin Ilka Brandhorst-Yilmaz sagte“, „Baubürgermeister Sven
  Ottersbach-Lind sagte“, „Oberbürgermeisterin Helga Raithmayr (CSU) sagte“,
  „Verkehrsdezernent Malte Zschörnig sagte“, „Bildungsstadtrat Kurt Leitgeb-Harrer (KPÖ)
  sagte“, „Finanzstadtrat Manfred Gmeiner-Huber (ÖVP) sagte“, „Gemeinderätin Andrea
  Zbinden-Rüfenacht sagte“, „Stadtkämmerin Petra Lückenhaus-Brem sagte“;
  three-hundred-and-eighty-fourth), „Oberbürgermeister Frieder Hauenstein-Maier (Freie
  Wähler) sagte am Dienstag im Gemeinderat“ with the party, the weekday and the occasion
  dropped (four-hundred-and-twentieth: „Vorstandschefin Annette Kühn-Lessing sagte auf der
  Bilanzpressekonferenz“), „Nüesch-Caduff sagte, ...“ the surname as written
  (three-hundred-and-eighty-fourth: „Klaffke sagte, ...“), „..., sagte Mobilitätsvorständin
  Carina Hellwege-Brune.“ the name (three-hundred-and-eighty-fourth: „..., sagte
  Stadtkämmerer Lutz Brinkschulte.“), „teilte das Innenministerium mit“
  (three-hundred-and-eighty-fourth: „teilte die Staatskanzlei mit“), „teilte die Stadt mit“
  and „teilte die Stadtkanzlei mit“ (fifty-eighth, two-hundred-and-eighteenth). English: the
  name with the title dropped ("New council leader Graham Tillotson-Reed said" - a
  lower-case description before a name is dropped, as in an earlier batch -, "Council leader
  Morag Inglis-Dunbar said", "Cabinet member for education Fiona Latchford-Price said",
  "Mayor Odessa Kincaid-Rowe said", "Parks Director Yolanda Estrada-Whitman said", "Metro
  mayor Siân Protheroe-Ellis said", "Managing Director Darius Pemberton-Okeke said", "School
  board chair Eleanor Wickersham said", "Lord Mayor Bronwyn Kealy-Marsh said", "Lord Mayor
  Declan Fitzwarren said", "Cabinet member for finance Rhodri Powell-Vaughan said";
  three-hundred-and-eighty-fourth), "Mayor Caroline Desjardins-Holt said on Monday as she
  unveiled ..." with the weekday dropped, "Superintendent Lorraine Haverkamp-Doyle told the
  school board on Tuesday that ..." with the audience dropped (four-hundred-and-twentieth:
  "told senators on Tuesday"), "District Chief Financial Officer Marcus Adebayo-Finch told
  Reuters that ..." (first batch: "told Reuters"), "Council leader Harinder Gill-Marston
  told the Local Democracy Reporting Service that ..." (three-hundred-and-eighty-fourth),
  "..., Superintendent Raymond Oudekerk said." after a figure, "the combined authority said"
  and "the council said" (a body by its common noun; three-hundred-and-eighty-fourth: "the
  council said", "the authority said"). Each row's diacritics and hyphens are its speaker's
  ("Siân Protheroe-Ellis", „Dörte Kannegießer-Pohl“, „Andrea Zbinden-Rüfenacht“,
  „Nüesch-Caduff“). New: „Nach Angaben der Bäder-Betriebe“ -> "die Bäder-Betriebe" - a body
  with a plural name takes the plural article of the nominative, as „Nach Angaben der
  Feuerwehr“ -> "die Feuerwehr" (three-hundred-and-fifty-sixth) and „Nach Angaben der
  Stadtkämmerei“ -> "die Stadtkämmerei" (hundred-ninety-sixth) take the singular one. New:
  "Essex County Council said" -> "Essex County Council", a council's own name as written -
  the two-hundred-and-eighteenth left "Kent County Council said" unchecked to take no side,
  the three-hundred-and-eighty-fourth checked "the council said" and the
  four-hundred-and-twentieth "NSW Police said" as written; this batch follows the checking
  ones, since the council named in full is the same source as "the council".
- Left unchecked (None): all negatives, also those with a named speaker (and "told
  supporters" after one); pronouns and roles („Der Sportreferent sagte“, „schloss die
  Kämmerin ... aus“, "she said", "the returning officer said";
  three-hundred-and-eighty-fourth), plural groups ("party officials said", "district
  officials said", "city officials said"; forty-first), „Laut Stadt“ and „Laut
  Gemeindewahlbehörde“ (three-hundred-and-eighty-fourth: „Laut Stadt“, „laut Stadtkanzlei“),
  masculine and neuter genitives („nach Angaben des Innenministeriums“, „Nach Angaben des
  Schulverwaltungsamts“, „nach Angaben des Amts für Schule“; hundredth,
  four-hundred-and-twentieth), compounds („Nach Unternehmensangaben“;
  four-hundred-and-twentieth: „nach BA-Angaben“), „nach eigenen Angaben“, documents,
  forecasts and estimates („nach einem Gutachten“, „laut Prognose“, „nach dem vorläufigen
  Endergebnis“, „nach dem vorläufigen Ergebnis“, "unofficial results showed", "unofficial
  returns showed", "council papers show", "a council report shows", "a report to cabinet
  shows"), verbs that are not of saying („rechnet die Stadt“, „erwartet die Stadt“, „rechnet
  mit“, „kündigte an“, „hatte ... geworben“; two-hundred-and-eighteenth), a body's
  present-tense "says" ("The district says"; two-hundred-and-eighteenth: "Swim Wales says"),
  a relative clause that parts a subject from its verb ("The leisure trust that runs the
  pools said"; hundred-twenty-ninth), and every "according to" (the Douglas County Election
  Commission, the city, the authority, the city controller's office, a preliminary offering
  statement, the parks department, council papers, a facilities study;
  two-hundred-and-fourth, four-hundred-and-twentieth) and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_449 = [
    # --- Kommunalwahl in Schleswig-Holstein (dpa/lno), Sonntag, 10. Mai ---
    (
        "de",
        "Lübeck (dpa/lno) - Bei der Kommunalwahl in Schleswig-Holstein ist die Wahlbeteiligung auf 44,6 Prozent gestiegen, 3,9 Prozentpunkte mehr als vor fünf Jahren.",
        True,
        [("percent", 44.6, "%", None), ("percent", 3.9, "pp", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "In der Lübecker Bürgerschaft kommt die CDU nach dem vorläufigen Endergebnis auf 16 der 49 Sitze, die SPD auf 13.",
        True,
        [("count", 16, None, None), ("count", 49, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Landeswahlleiterin Dörte Kannegießer-Pohl sagte, landesweit seien gut 1,9 Millionen Stimmzettel ausgezählt worden.",
        True,
        [("count", 1900000, None, "over")],
        "Dörte Kannegießer-Pohl",
    ),
    ("de", "„Das war ein guter Tag für die Demokratie in unseren Dörfern und Städten“, sagte Kannegießer-Pohl.", False, [], None),
    (
        "de",
        "Die Grünen verloren landesweit 5,2 Prozentpunkte und landeten bei 14,1 Prozent.",
        True,
        [("percent", 5.2, "pp", None), ("percent", 14.1, "%", None)],
        None,
    ),
    (
        "de",
        "In Kiel lag die Beteiligung mit 38,9 Prozent am niedrigsten unter den kreisfreien Städten.",
        True,
        [("percent", 38.9, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder fünfte Sitz in den Gemeindevertretungen ging nach dem vorläufigen Ergebnis an Wählergemeinschaften.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "In mehreren Gemeinden auf dem Land fand sich kein einziger Bewerber für die Gemeindevertretung, teilte das Innenministerium mit.",
        True,
        [],
        "das Innenministerium",
    ),
    # --- Local elections in Kestlebury (PA), Friday, May 15 ---
    (
        "en",
        "KESTLEBURY (PA) - Reform UK has taken control of Kestlebury Borough Council, winning 29 of the 45 seats in Thursday's local elections.",
        True,
        [("count", 29, None, None), ("count", 45, None, None)],
        None,
    ),
    (
        "en",
        "Turnout across the borough was 31.8%, down from 34.2% four years ago, the returning officer said.",
        True,
        [("percent", 31.8, "%", None), ("percent", 34.2, "%", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The Conservatives, who had run the council since 2009, were left with nine councillors.",
        True,
        [("year", 2009, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Labour won four seats and the Liberal Democrats three.",
        True,
        [("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "New council leader Graham Tillotson-Reed said his group would order an audit of every contract worth more than £500,000.",
        True,
        [("money", 500000, "GBP", "over")],
        "Graham Tillotson-Reed",
    ),
    ("en", '"People voted for change, and that is exactly what they will get," Tillotson-Reed said.', False, [], None),
    (
        "en",
        'The outgoing Conservative group leader called the result "a protest vote that residents will end up paying for".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The result leaves the Conservatives without a majority on any council in the county, party officials said.",
        True,
        [],
        None,
    ),
    # --- Omaha mayoral election (AP), Wednesday, May 13 ---
    (
        "en",
        "OMAHA, Neb. (AP) — City Council member Renata Szalai-Brooks was elected Omaha's mayor on Tuesday, defeating the incumbent with 53.6% of the vote.",
        True,
        [("percent", 53.6, "%", None)],
        None,
    ),
    (
        "en",
        "Turnout was 38.2%, the highest for a city election since 2005, according to the Douglas County Election Commission.",
        True,
        [("percent", 38.2, "%", None), ("year", 2005, None, None)],
        None,
    ),
    (
        "en",
        "Szalai-Brooks won 71,408 votes to 61,902 for her opponent, unofficial returns showed.",
        True,
        [("count", 71408, None, None), ("count", 61902, None, None)],
        None,
    ),
    (
        "en",
        "In her victory speech she promised to hire 60 more police officers and reopen three shuttered library branches in her first year.",
        True,
        [("count", 60, None, None), ("count", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", '"Omaha chose hope over fear tonight," Szalai-Brooks told supporters.', False, [], None),
    (
        "en",
        "She will be sworn in on June 8.",
        True,
        [("date", "--06-08", None, None)],
        None,
    ),
    # --- Sommerbäder in Berlin (dpa), Freitag, 15. Mai ---
    (
        "de",
        "Berlin (dpa) - Die Berliner Bäder-Betriebe öffnen am Samstag 15 ihrer 24 Sommerbäder, drei bleiben wegen Personalmangels vorerst geschlossen.",
        True,
        [("count", 15, None, None), ("count", 24, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bäder-Betriebe fehlen derzeit rund 140 Rettungsschwimmerinnen und Rettungsschwimmer.",
        True,
        [("count", 140, None, "about")],
        "die Bäder-Betriebe",
    ),
    (
        "de",
        "Der Eintritt steigt von 5,00 auf 6,50 Euro, ermäßigt kostet er weiterhin 3,50 Euro.",
        True,
        [("money", 5.0, "EUR", None), ("money", 6.5, "EUR", None), ("money", 3.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "Sportstaatssekretär Ole Brammeier sagte, jedes Bad solle an mindestens fünf Tagen pro Woche öffnen.",
        True,
        [("duration", 5, "day", "at_least")],
        "Ole Brammeier",
    ),
    ("de", "„Ein Sommer ohne Freibad ist für viele Kinder ein Sommer ohne Schwimmen“, sagte Brammeier.", False, [], None),
    (
        "de",
        "Im vergangenen Sommer zählten die Bäder-Betriebe nach eigenen Angaben gut 2,3 Millionen Besuche.",
        True,
        [("count", 2300000, None, "over")],
        None,
    ),
    ("de", "Die Gewerkschaft Verdi sprach von „hausgemachten Problemen“.", False, [], None),
    # --- Hallenbad in Würzburg (dpa/lby), Dienstag, 19. Mai ---
    (
        "de",
        "Würzburg (dpa/lby) - Der Würzburger Stadtrat hat nach einer fünfstündigen Debatte die Schließung des Hallenbads im Stadtteil Lengfeld zum Jahresende beschlossen.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "Für das neue Bäderkonzept stimmten 29 Stadträtinnen und Stadträte, 19 votierten dagegen, zwei enthielten sich.",
        True,
        [("count", 29, None, None), ("count", 19, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Bad aus dem Jahr 1974 verbraucht nach einem Gutachten jährlich rund 2,1 Gigawattstunden Energie.",
        True,
        [("year", 1974, None, None), ("count", 2.1, None, "about")],
        None,
    ),
    (
        "de",
        "Die jährlichen Betriebskosten lagen zuletzt bei knapp 1,3 Millionen Euro, ein Drittel davon entfiel auf Energie.",
        True,
        [("money", 1300000, "EUR", "nearly"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Der Sportreferent sagte, Vereine und Schulen sollten ihre Wasserzeiten künftig im neuen Kombibad am Stadtrand erhalten.",
        True,
        [],
        None,
    ),
    ("de", "„Schwimmen lernen ist kein Luxus, sondern Daseinsvorsorge“, sagte die Vorsitzende der örtlichen DLRG.", False, [], None),
    (
        "de",
        "Eine Bürgerinitiative kündigte an, innerhalb von sechs Wochen Unterschriften für ein Bürgerbegehren zu sammeln.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    (
        "de",
        "Nötig sind dafür rund 8.200 gültige Unterschriften.",
        True,
        [("count", 8200, None, "about")],
        None,
    ),
    # --- Pool closures in Fife (PA), Wednesday, May 20 ---
    (
        "en",
        "GLENROTHES (PA) - Councillors in Fife have agreed to shut two of the council's 13 swimming pools to save £1.1 million a year.",
        True,
        [("count", 2, None, None), ("count", 13, None, None), ("money", 1100000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Councillors backed the plan by 39 votes to 33 after a six-hour debate.",
        True,
        [("count", 39, None, None), ("count", 33, None, None), ("duration", 6, "hour", None)],
        None,
    ),
    (
        "en",
        "The leisure trust that runs the pools said its energy bills had risen by 84% since 2021.",
        True,
        [("percent", 84, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Council leader Morag Inglis-Dunbar said pupils at the affected schools would be taken by bus to pools no more than 20 minutes away.",
        True,
        [("duration", 20, "minute", "at_most")],
        "Morag Inglis-Dunbar",
    ),
    ("en", '"These are decisions no councillor ever wants to take," Inglis-Dunbar said.', False, [], None),
    ("en", 'Campaigners called the closures "an attack on children learning to swim".', False, [], None),
    (
        "en",
        "One of the pools, in Cowdenbeath, opened in 1971.",
        True,
        [("year", 1971, None, None)],
        None,
    ),
    # --- Freibad in Kassel (dpa/lhe), Donnerstag, 21. Mai ---
    (
        "de",
        "Kassel (dpa/lhe) - Die Sanierung des städtischen Freibads im Stadtteil Harleshausen wird deutlich teurer als geplant: Statt 14,8 Millionen Euro rechnet die Stadt nun mit rund 21,3 Millionen Euro.",
        True,
        [("money", 14800000, "EUR", None), ("money", 21300000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bürgermeisterin Tamara Wiesenthal-Krug sagte, vor allem der marode Untergrund unter dem 50-Meter-Becken habe die Mehrkosten verursacht.",
        True,
        [("count", 50, None, None)],
        "Tamara Wiesenthal-Krug",
    ),
    (
        "de",
        "Die Wiedereröffnung verschiebt sich um mindestens zwölf Monate auf Mai 2032.",
        True,
        [("duration", 12, "month", "at_least"), ("year", 2032, None, None)],
        None,
    ),
    ("de", "„Wir bauen kein Luxusbad, wir retten ein Stück Kasseler Sommer“, sagte Wiesenthal-Krug.", False, [], None),
    (
        "de",
        "Laut Stadt kamen in der letzten Saison vor der Schließung knapp 118.000 Badegäste in das Freibad.",
        True,
        [("count", 118000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Zuschuss des Landes bleibt nach Angaben des Innenministeriums bei 4,5 Millionen Euro gedeckelt.",
        True,
        [("money", 4500000, "EUR", None)],
        None,
    ),
    ("de", "Die CDU-Fraktion warf dem Magistrat vor, die Risiken jahrelang kleingeredet zu haben.", False, [], None),
    # --- School rebuild in Essex (PA), Friday, May 22 ---
    (
        "en",
        "CHELMSFORD (PA) - The rebuild of a secondary school in Basildon has gone £9.6 million over budget and will open 14 months late, Essex County Council said.",
        True,
        [("money", 9600000, "GBP", None), ("duration", 14, "month", None)],
        "Essex County Council",
    ),
    (
        "en",
        "The school was one of 11 in the county closed in 2029 after weak concrete panels were found in their roofs.",
        True,
        [("count", 11, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Cabinet member for education Fiona Latchford-Price said steel and labour costs accounted for about two-thirds of the overspend.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Fiona Latchford-Price",
    ),
    ("en", '"Nobody is more frustrated than the pupils still learning in portable classrooms," Latchford-Price said.', False, [], None),
    (
        "en",
        "About 1,050 pupils have been taught in temporary buildings on the site since September 2029.",
        True,
        [("count", 1050, None, "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The new building will have room for 1,350 pupils as a six-form entry school.",
        True,
        [("count", 1350, None, None), ("count", 6, None, None)],
        None,
    ),
    ("en", 'Opposition Liberal Democrats accused the cabinet of "sleepwalking into a financial mess".', False, [], None),
    # --- Schulbau in Dortmund (dpa/lnw), Dienstag, 26. Mai ---
    (
        "de",
        "Dortmund (dpa/lnw) - Die Stadt Dortmund will bis 2030 insgesamt 14 Schulen neu bauen oder erweitern und dafür rund 1,2 Milliarden Euro ausgeben.",
        True,
        [
            ("year", 2030, None, None),
            ("count", 14, None, None),
            ("money", 1200000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Schuldezernentin Ilka Brandhorst-Yilmaz sagte, allein in der Nordstadt fehlten zum kommenden Schuljahr mehr als 600 Grundschulplätze.",
        True,
        [("count", 600, None, "over")],
        "Ilka Brandhorst-Yilmaz",
    ),
    (
        "de",
        "Geplant ist unter anderem eine vierzügige Grundschule mit Sporthalle an der Mallinckrodtstraße.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Bis die ersten Neubauten fertig sind, sollen 38 Klassen in Containern unterrichtet werden.",
        True,
        [("ordinal", 1, None, None), ("count", 38, None, None)],
        None,
    ),
    ("de", "„Jedes Kind in dieser Stadt hat ein ordentliches Klassenzimmer verdient“, sagte Brandhorst-Yilmaz.", False, [], None),
    ("de", "Die Stadtschulpflegschaft sprach von einem „Offenbarungseid der Schulplanung“.", False, [], None),
    (
        "de",
        "Nach Angaben des Schulverwaltungsamts sind rund 40 Prozent der Dortmunder Schulgebäude älter als 50 Jahre.",
        True,
        [("percent", 40, "%", "about"), ("duration", 50, "year", "over")],
        None,
    ),
    (
        "de",
        "Die Bezirksregierung Arnsberg muss das Programm noch genehmigen.",
        True,
        [],
        None,
    ),
    # --- Aquatics bond in Boise (AP), Wednesday, May 27 ---
    (
        "en",
        "BOISE, Idaho (AP) — Boise voters have rejected a $72 million bond for a new aquatics center, which fell short of the required two-thirds majority.",
        True,
        [("money", 72000000, "USD", None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "The measure won 61.4% of the vote, unofficial results showed.",
        True,
        [("percent", 61.4, "%", None)],
        None,
    ),
    (
        "en",
        "Turnout was about 24% of registered voters.",
        True,
        [("percent", 24, "%", "about")],
        None,
    ),
    (
        "en",
        "Mayor Odessa Kincaid-Rowe said the city's two outdoor pools would still open for the summer on June 7.",
        True,
        [("count", 2, None, None), ("date", "--06-07", None, None)],
        "Odessa Kincaid-Rowe",
    ),
    ("en", '"This is not the end of the conversation about swimming in Boise," Kincaid-Rowe said.', False, [], None),
    (
        "en",
        "The bond would have added about $58 a year to the property tax bill on a $450,000 home, according to the city.",
        True,
        [("money", 58, "USD", "about"), ("money", 450000, "USD", None)],
        None,
    ),
    (
        "en",
        "The city's only indoor pool closed in 2028 after its roof was found to be unsafe.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Pools in Fresno (AP), Friday, May 29 ---
    (
        "en",
        "FRESNO, Calif. (AP) — The Fresno City Council voted unanimously Thursday to keep all seven of the city's public pools open this summer, drawing $1.3 million from reserves.",
        True,
        [("count", 7, None, None), ("money", 1300000, "USD", None)],
        None,
    ),
    (
        "en",
        "Parks Director Yolanda Estrada-Whitman said the city had hired 84 lifeguards, up from 51 last summer.",
        True,
        [("count", 84, None, None), ("count", 51, None, None)],
        "Yolanda Estrada-Whitman",
    ),
    (
        "en",
        "Starting pay for lifeguards will rise to $22 an hour.",
        True,
        [("money", 22, "USD", None)],
        None,
    ),
    (
        "en",
        '"No kid in Fresno should spend July without a place to cool off," Council President Ramón Castellanos-Pratt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Two of the pools will stay open for an extra two weeks, until Aug. 31, city officials said.",
        True,
        [("count", 2, None, None), ("duration", 2, "week", None), ("date", "--08-31", None, None)],
        None,
    ),
    (
        "en",
        "The pools recorded about 96,000 visits last summer, according to the parks department.",
        True,
        [("count", 96000, None, "about")],
        None,
    ),
    # --- Oberbürgermeister-Stichwahl in Brandenburg an der Havel (dpa/bb), Sonntag, 31. Mai ---
    (
        "de",
        "Brandenburg/Havel (dpa/bb) - Die Stichwahl um das Oberbürgermeisteramt in Brandenburg an der Havel ist am Quorum gescheitert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Amtsinhaber Reinhard Töpfer-Salm holte zwar 58,3 Prozent der gültigen Stimmen, das entsprach aber nur 13,1 Prozent aller Wahlberechtigten, nötig gewesen wären 15 Prozent.",
        True,
        [("percent", 58.3, "%", None), ("percent", 13.1, "%", None), ("percent", 15, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag bei 22,7 Prozent.",
        True,
        [("percent", 22.7, "%", None)],
        None,
    ),
    (
        "de",
        "Nun muss die Stadtverordnetenversammlung innerhalb von acht Wochen den Oberbürgermeister wählen, teilte die Stadt mit.",
        True,
        [("duration", 8, "week", None)],
        "die Stadt",
    ),
    ("de", "„Wer zu Hause bleibt, überlässt anderen die Entscheidung“, sagte Töpfer-Salm am Wahlabend.", False, [], None),
    ("de", "Sein Herausforderer von der AfD nannte das Ergebnis eine „Klatsche für das Rathaus“.", False, [], None),
    # --- Bus franchising in the Liverpool City Region (PA), Monday, June 1 ---
    (
        "en",
        "LIVERPOOL (PA) - Buses in the Liverpool City Region will be brought under public control from September 2030, the combined authority said.",
        True,
        [("year", 2030, None, None)],
        "the combined authority",
    ),
    (
        "en",
        "Metro mayor Siân Protheroe-Ellis said the first franchised routes would run in Wirral and St Helens.",
        True,
        [("ordinal", 1, None, None)],
        "Siân Protheroe-Ellis",
    ),
    (
        "en",
        "Fares will be capped at £2 for a single journey and £5 for a day ticket on every operator's buses.",
        True,
        [("money", 2, "GBP", None), ("money", 5, "GBP", None)],
        None,
    ),
    ("en", '"For too long, the people who ride our buses have had the least say over them," Protheroe-Ellis said.', False, [], None),
    (
        "en",
        "The authority will buy 160 electric buses at a cost of £84 million as part of the switch.",
        True,
        [("count", 160, None, None), ("money", 84000000, "GBP", None)],
        None,
    ),
    ("en", "Operators warned that the timetable could slip if depots were not ready in time.", False, [], None),
    (
        "en",
        "Bus use in the region fell by nearly a fifth between 2019 and 2029, according to the authority.",
        True,
        [("fraction", 0.2, None, "nearly"), ("year", 2019, None, None), ("year", 2029, None, None)],
        None,
    ),
    # --- San Francisco budget (Reuters), Monday, June 1 ---
    (
        "en",
        "SAN FRANCISCO, June 1 (Reuters) - San Francisco faces an $812 million budget deficit over the next two years, Mayor Caroline Desjardins-Holt said on Monday as she unveiled a $15.9 billion spending plan.",
        True,
        [
            ("date", "--06-01", None, None),
            ("money", 812000000, "USD", None),
            ("duration", 2, "year", None),
            ("money", 15900000000, "USD", None),
        ],
        "Caroline Desjardins-Holt",
    ),
    (
        "en",
        "The plan would eliminate about 1,100 vacant positions and lay off 240 city workers, she said.",
        True,
        [("count", 1100, None, "about"), ("count", 240, None, None)],
        None,
    ),
    ("en", '"We are going to live within our means, and that means hard choices," Desjardins-Holt said.', False, [], None),
    (
        "en",
        "The plan also closes two of the city's 27 library branches on Mondays.",
        True,
        [("count", 2, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Property and business tax revenue is projected to fall 3.4% in the coming fiscal year, according to the city controller's office.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "The Board of Supervisors must approve a final budget by Aug. 1.",
        True,
        [("date", "--08-01", None, None)],
        None,
    ),
    # --- Busnetz in Osnabrück (dpa/lni), Mittwoch, 3. Juni ---
    (
        "de",
        "Osnabrück (dpa/lni) - Die Stadtwerke Osnabrück stellen zum 1. August ihr Busnetz um und fahren auf den fünf Hauptachsen künftig im 7,5-Minuten-Takt.",
        True,
        [
            ("date", "--08-01", None, None),
            ("count", 5, None, None),
            ("duration", 7.5, "minute", None),
        ],
        None,
    ),
    (
        "de",
        "Die Buslinie 42 nach Hellern entfällt dafür ersatzlos.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Abends und am Wochenende sollen die Busse in den Außenbezirken nur noch im Halbstundentakt fahren, sagte Mobilitätsvorständin Carina Hellwege-Brune.",
        True,
        [("duration", 0.5, "hour", None)],
        "Carina Hellwege-Brune",
    ),
    ("de", "„Wir fahren lieber öfter auf weniger Linien als selten überall hin“, sagte Hellwege-Brune.", False, [], None),
    ("de", "Der Fahrgastverband Pro Bahn warnte vor einem „Kahlschlag in den Randlagen“.", False, [], None),
    (
        "de",
        "Nach Unternehmensangaben nutzen werktags rund 92.000 Fahrgäste die Busse in Osnabrück.",
        True,
        [("count", 92000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Umbau soll den jährlichen Zuschussbedarf um bis zu 3,8 Millionen Euro senken.",
        True,
        [("money", 3800000, "EUR", "up_to")],
        None,
    ),
    # --- Bus cuts in Milwaukee (AP), Thursday, June 4 ---
    (
        "en",
        "MILWAUKEE (AP) — The Milwaukee County Transit System will eliminate six bus routes and cut service on 11 others in August to close a $19 million budget gap.",
        True,
        [("count", 6, None, None), ("count", 11, None, None), ("money", 19000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Managing Director Darius Pemberton-Okeke said the affected routes carried fewer than 4% of the system's riders.",
        True,
        [("percent", 4, "%", "under")],
        "Darius Pemberton-Okeke",
    ),
    (
        "en",
        "Route 14, which links downtown with the south side, will run every 20 minutes instead of every 12.",
        True,
        [("duration", 20, "minute", None), ("duration", 12, "minute", None)],
        None,
    ),
    ("en", '"Every cut has a face, and we know that," Pemberton-Okeke said.', False, [], None),
    (
        "en",
        "Fares will stay at $2 a ride.",
        True,
        [("money", 2, "USD", None)],
        None,
    ),
    (
        "en",
        "About 31,000 people ride the system on an average weekday, down from 52,000 in 2019.",
        True,
        [("count", 31000, None, "about"), ("count", 52000, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The county board approved the cuts 12-6 on Thursday.",
        True,
        [("count", 12, None, None), ("count", 6, None, None)],
        None,
    ),
    # --- Rathaussanierung in Ludwigsburg (dpa/lsw), Dienstag, 9. Juni ---
    (
        "de",
        "Ludwigsburg (dpa/lsw) - Die Generalsanierung des Ludwigsburger Rathauses dauert zweieinhalb Jahre länger als geplant und kostet 31 Prozent mehr.",
        True,
        [("duration", 2.5, "year", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Oberbürgermeister Frieder Hauenstein-Maier (Freie Wähler) sagte am Dienstag im Gemeinderat, die Gesamtkosten lägen nun bei 67,2 Millionen Euro.",
        True,
        [("money", 67200000, "EUR", None)],
        "Frieder Hauenstein-Maier",
    ),
    (
        "de",
        "Bei den Arbeiten waren im Dachstuhl Schadstoffe gefunden worden, die aufwendig entfernt werden mussten.",
        True,
        [],
        None,
    ),
    ("de", "„Wer ein altes Haus saniert, erlebt Überraschungen“, sagte Hauenstein-Maier.", False, [], None),
    (
        "de",
        "Die Verwaltung arbeitet seit Baubeginn im März 2028 in angemieteten Büros, die monatlich 186.000 Euro Miete kosten.",
        True,
        [("year", 2028, None, None), ("money", 186000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Gemeinderat stimmte der Aufstockung des Baubudgets mit 27 zu 12 Stimmen zu.",
        True,
        [("count", 27, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Fertig sein soll das Rathaus nun Ende 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    # --- School rebuild in Portland (AP), Wednesday, June 10 ---
    (
        "en",
        "PORTLAND, Ore. (AP) — The rebuild of a Portland high school will cost $468 million, nearly $150 million more than the figure put to voters with a 2027 bond measure, district officials said.",
        True,
        [
            ("money", 468000000, "USD", None),
            ("money", 150000000, "USD", "nearly"),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "Superintendent Lorraine Haverkamp-Doyle told the school board on Tuesday that inflation and earthquake upgrades drove most of the increase.",
        True,
        [],
        "Lorraine Haverkamp-Doyle",
    ),
    (
        "en",
        "The board voted 5-2 to cover the gap by delaying work at two middle schools.",
        True,
        [("count", 5, None, None), ("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", '"Our students deserve better than patched-up buildings," Haverkamp-Doyle said.', False, [], None),
    ("en", "Board member Trevor Ashdown-Figueroa said the district had lost the public's trust.", False, [], None),
    (
        "en",
        "The school, which serves about 1,700 students, is now expected to reopen in fall 2032.",
        True,
        [("count", 1700, None, "about"), ("year", 2032, None, None)],
        None,
    ),
    # --- School bonds in Austin (Reuters), Wednesday, June 10 ---
    (
        "en",
        "NEW YORK, June 10 (Reuters) - The Austin Independent School District will sell $1.4 billion of bonds next week to pay for 12 new school buildings, according to a preliminary offering statement.",
        True,
        [
            ("date", "--06-10", None, None),
            ("money", 1400000000, "USD", None),
            ("count", 12, None, None),
        ],
        None,
    ),
    (
        "en",
        "The bonds mature between 2032 and 2056.",
        True,
        [("year", 2032, None, None), ("year", 2056, None, None)],
        None,
    ),
    (
        "en",
        "Voters approved the borrowing last November with 58.9% support.",
        True,
        [("percent", 58.9, "%", None)],
        None,
    ),
    (
        "en",
        "District Chief Financial Officer Marcus Adebayo-Finch told Reuters that construction bids had come in about 12% above estimates.",
        True,
        [("percent", 12, "%", "about")],
        "Marcus Adebayo-Finch",
    ),
    ("en", "Investors said demand for school debt from fast-growing Texas districts remained strong.", False, [], None),
    ("en", "Analysts said the district's heavy borrowing could weigh on its credit rating over time.", False, [], None),
    # --- Gymnasium in Leipzig (dpa/sn), Donnerstag, 11. Juni ---
    (
        "de",
        "Leipzig (dpa/sn) - Der Neubau eines Gymnasiums in Leipzig-Grünau kostet nach der dritten Kostenschätzung 96,4 Millionen Euro und damit fast doppelt so viel wie 2027 veranschlagt.",
        True,
        [
            ("ordinal", 3, None, None),
            ("money", 96400000, "EUR", None),
            ("count", 2, None, "nearly"),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "de",
        "Baubürgermeister Sven Ottersbach-Lind sagte, Preissteigerungen am Bau und ein zusätzliches Geschoss erklärten den größten Teil der Differenz.",
        True,
        [],
        "Sven Ottersbach-Lind",
    ),
    ("de", "Die Linke im Stadtrat nannte das Projekt ein „Fass ohne Boden“.", False, [], None),
    (
        "de",
        "Der Stadtrat gab die Mehrkosten am Mittwoch mit 41 zu 23 Stimmen bei vier Enthaltungen frei.",
        True,
        [("count", 41, None, None), ("count", 23, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Schule soll zum Schuljahr 2031/32 mit 1.150 Schülerinnen und Schülern starten.",
        True,
        [("year", 2031, None, None), ("year", 2032, None, None), ("count", 1150, None, None)],
        None,
    ),
    (
        "de",
        "Leipzig baut nach Angaben des Amts für Schule derzeit an 23 Standorten gleichzeitig.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    ("de", "Ob der Freistaat einen Teil der Mehrkosten übernimmt, ist offen.", False, [], None),
    # --- Stadtratswahlen in Schaffhausen und Schulhauskredit in St. Gallen (Keystone-SDA), Sonntag, 14. Juni ---
    (
        "de",
        "Schaffhausen (Keystone-SDA) - Bei der Ersatzwahl für den Schaffhauser Stadtrat hat FDP-Kandidat Lukas Bührer-Stamm das absolute Mehr im ersten Wahlgang verpasst.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Bührer-Stamm erhielt 4'812 Stimmen, das absolute Mehr lag bei 5'106 Stimmen.",
        True,
        [("count", 4812, None, None), ("count", 5106, None, None)],
        None,
    ),
    (
        "de",
        "Die SP-Kandidatin Miriam Ganter-Oswald folgte mit 3'977 Stimmen.",
        True,
        [("count", 3977, None, None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 39,2 Prozent, teilte die Stadtkanzlei mit.",
        True,
        [("percent", 39.2, "%", None)],
        "die Stadtkanzlei",
    ),
    (
        "de",
        "Der zweite Wahlgang findet am 5. Juli statt.",
        True,
        [("ordinal", 2, None, None), ("date", "--07-05", None, None)],
        None,
    ),
    ("de", "«Jetzt beginnt das Rennen erst richtig», sagte Ganter-Oswald.", False, [], None),
    (
        "de",
        "St. Gallen (Keystone-SDA) - Die Stadt St. Gallen kann im Quartier Riethüsli ein neues Schulhaus bauen: Die Stimmberechtigten haben den Kredit über 38,5 Millionen Franken mit 62,4 Prozent Ja angenommen.",
        True,
        [("money", 38500000, "CHF", None), ("percent", 62.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung betrug 36,9 Prozent.",
        True,
        [("percent", 36.9, "%", None)],
        None,
    ),
    (
        "de",
        "Das Schulhaus soll ab August 2030 Platz für 18 Klassen und vier Kindergärten bieten.",
        True,
        [("year", 2030, None, None), ("count", 18, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "«Heute haben die Kinder von morgen gewonnen», sagte Stadträtin Beatrice Nüesch-Caduff.", False, [], None),
    (
        "de",
        "Nüesch-Caduff sagte, die heutigen Provisorien kosteten die Stadt jährlich rund 850'000 Franken an Miete.",
        True,
        [("money", 850000, "CHF", "about")],
        "Nüesch-Caduff",
    ),
    ("de", "Die SVP hatte das Projekt im Abstimmungskampf als «Luxusschulhaus» bekämpft.", False, [], None),
    (
        "de",
        "In den kommenden zehn Jahren rechnet die Stadt mit rund 900 zusätzlichen Schulkindern.",
        True,
        [("duration", 10, "year", None), ("count", 900, None, "about")],
        None,
    ),
    # --- Bürgerentscheid in Landshut (dpa/lby), Montag, 15. Juni ---
    (
        "de",
        "Landshut (dpa/lby) - Die Landshuter Bürgerinnen und Bürger haben ein neues Hallenbad mit Sauna per Bürgerentscheid abgelehnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gegen das 48-Millionen-Euro-Projekt stimmten 56,2 Prozent, die Beteiligung lag bei 34,8 Prozent.",
        True,
        [
            ("money", 48000000, "EUR", None),
            ("percent", 56.2, "%", None),
            ("percent", 34.8, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Damit ist die Stadt für ein Jahr an das Ergebnis gebunden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Oberbürgermeisterin Helga Raithmayr (CSU) sagte, man werde nun die Sanierung des alten Bads aus dem Jahr 1969 prüfen.",
        True,
        [("year", 1969, None, None)],
        "Helga Raithmayr",
    ),
    ("de", "„Die Bürgerinnen und Bürger haben gesprochen, und das respektieren wir“, sagte Raithmayr.", False, [], None),
    (
        "de",
        "Die Initiative „Bad mit Maß“ hatte mit Betriebskosten von jährlich rund 1,6 Millionen Euro gegen den Neubau geworben.",
        True,
        [("money", 1600000, "EUR", "about")],
        None,
    ),
    # --- Busnetz in Saarbrücken (dpa/lrs), Dienstag, 16. Juni ---
    (
        "de",
        "Saarbrücken (dpa/lrs) - Der Saarbrücker Stadtrat hat ein neues Busnetz mit 23 statt bisher 31 Linien beschlossen.",
        True,
        [("count", 23, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Die Saarbahn GmbH rechnet mit Mehrkosten von etwa 2,4 Millionen Euro im Jahr, weil auf den Hauptlinien mehr Fahrzeuge fahren.",
        True,
        [("money", 2400000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Verkehrsdezernent Malte Zschörnig sagte, der Weg zur nächsten Haltestelle werde in der Stadt höchstens 400 Meter lang sein.",
        True,
        [("count", 400, None, "at_most")],
        "Malte Zschörnig",
    ),
    ("de", "„Wir planen das Netz vom Fahrgast aus, nicht vom Fahrplan“, sagte Zschörnig.", False, [], None),
    (
        "de",
        "Zwei Stadtteile am Rand werden künftig nur noch von Rufbussen bedient.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das neue Netz soll am 14. Dezember in Betrieb gehen.",
        True,
        [("date", "--12-14", None, None)],
        None,
    ),
    # --- School budget revote in Middlebury (AP), Wednesday, June 17 ---
    (
        "en",
        "MIDDLEBURY, Vt. (AP) — Voters in Middlebury rejected a proposed $31.2 million school budget for the second time on Tuesday, by 1,284 votes to 1,197.",
        True,
        [
            ("money", 31200000, "USD", None),
            ("ordinal", 2, None, None),
            ("count", 1284, None, None),
            ("count", 1197, None, None),
        ],
        None,
    ),
    (
        "en",
        "The budget would have raised the education tax rate by about 11 cents per $100 of assessed value.",
        True,
        [("money", 0.11, "USD", "about"), ("money", 100, "USD", None)],
        None,
    ),
    (
        "en",
        "School board chair Eleanor Wickersham said the board would meet Thursday to look for cuts of at least $800,000.",
        True,
        [("money", 800000, "USD", "at_least")],
        "Eleanor Wickersham",
    ),
    ("en", '"We heard the voters loud and clear," Wickersham said.', False, [], None),
    (
        "en",
        "A third vote is expected later this month.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Under state law, the district can keep spending at 87% of last year's budget until a new one passes.",
        True,
        [("percent", 87, "%", None)],
        None,
    ),
    # --- Ocean baths in Newcastle (AAP), Wednesday, June 17 ---
    (
        "en",
        "NEWCASTLE, NSW (AAP) - The cost of rebuilding Newcastle's ocean baths has blown out to A$31.5 million, more than twice the original estimate, council papers show.",
        True,
        [("money", 31500000, "AUD", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "Lord Mayor Bronwyn Kealy-Marsh said asbestos found under the heritage pavilion had added about A$6 million.",
        True,
        [("money", 6000000, "AUD", "about")],
        "Bronwyn Kealy-Marsh",
    ),
    ("en", '"The baths belong to everyone in this city, and we will finish the job," Kealy-Marsh said.', False, [], None),
    (
        "en",
        "The baths were due to reopen in December but will now stay closed until March 2032.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Councillors voted 9-4 on Tuesday night to borrow a further A$12 million for the project.",
        True,
        [("count", 9, None, None), ("count", 4, None, None), ("money", 12000000, "AUD", None)],
        None,
    ),
    ("en", 'Independent councillors accused staff of "hiding the bad news until after the election".', False, [], None),
    # --- Schulbauprogramm in Graz (APA), Donnerstag, 18. Juni ---
    (
        "de",
        "Graz – Der Grazer Gemeinderat hat am Donnerstag ein Schulbauprogramm über 245 Millionen Euro bis 2034 beschlossen.",
        True,
        [("money", 245000000, "EUR", None), ("year", 2034, None, None)],
        None,
    ),
    (
        "de",
        "Bildungsstadtrat Kurt Leitgeb-Harrer (KPÖ) sagte, damit würden sieben Volksschulen erweitert und zwei neu gebaut.",
        True,
        [("count", 7, None, None), ("count", 2, None, None)],
        "Kurt Leitgeb-Harrer",
    ),
    (
        "de",
        "Die Zahl der Volksschulkinder in Graz soll laut Prognose bis 2034 um knapp 2.300 steigen.",
        True,
        [("year", 2034, None, None), ("count", 2300, None, "nearly")],
        None,
    ),
    ("de", "„Schulen sind keine Kostenstelle, sie sind das Fundament dieser Stadt“, sagte Leitgeb-Harrer.", False, [], None),
    (
        "de",
        "Die ÖVP stimmte dagegen und sprach von einem „Programm auf Pump“.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Heuer fließen aus dem Programm erst 18 Millionen Euro, der Großteil ist für 2030 bis 2033 vorgesehen.",
        True,
        [("money", 18000000, "EUR", None), ("year", 2030, None, None), ("year", 2033, None, None)],
        None,
    ),
    # --- Brisbane budget (AAP), Thursday, June 18 ---
    (
        "en",
        "BRISBANE (AAP) - Brisbane City Council will spend A$3.9 billion in the coming financial year under a budget that lifts average rates by 4.5%.",
        True,
        [("money", 3900000000, "AUD", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "Lord Mayor Declan Fitzwarren said the council would add 120 bus services a week on its busiest routes.",
        True,
        [("count", 120, None, None)],
        "Declan Fitzwarren",
    ),
    ("en", '"This is a budget for a city that is growing up, not just growing out," Fitzwarren said.', False, [], None),
    (
        "en",
        "About a quarter of the capital budget, or A$410 million, is set aside for roads and buses.",
        True,
        [("fraction", 0.25, None, "about"), ("money", 410000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Rates for an average owner-occupied home will rise by about A$96 a year, according to council papers.",
        True,
        [("money", 96, "AUD", "about")],
        None,
    ),
    ("en", 'Labor councillors called the rates rise "a cost-of-living slap in the face".', False, [], None),
    # --- Council by-election in Aberdeenshire (PA), Friday, June 19 ---
    (
        "en",
        "ELLON (PA) - The SNP has held an Aberdeenshire Council seat in a by-election where only 21.4% of voters turned out.",
        True,
        [("percent", 21.4, "%", None)],
        None,
    ),
    (
        "en",
        "The party's candidate, Catriona Murchison-Bell, took 1,624 first-preference votes, ahead of the Liberal Democrats on 1,108.",
        True,
        [("count", 1624, None, None), ("count", 1108, None, None)],
        None,
    ),
    (
        "en",
        "She was elected at the third stage of counting after transfers from the Conservative and Green candidates.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("en", '"I will be a full-time voice for every village in this ward," Murchison-Bell said.', False, [], None),
    (
        "en",
        "The by-election followed the resignation of the sitting councillor in March, the council said.",
        True,
        [],
        "the council",
    ),
    (
        "en",
        "Turnout in the ward at the last full council election in 2027 had been 44.8%.",
        True,
        [("year", 2027, None, None), ("percent", 44.8, "%", None)],
        None,
    ),
    # --- Bürgermeisterwahl in Kufstein (APA), Montag, 22. Juni ---
    (
        "de",
        "Kufstein – Bei der vorgezogenen Bürgermeisterwahl in Kufstein hat sich Hannes Achleitner-Stöckl im zweiten Wahlgang mit 52,9 Prozent durchgesetzt.",
        True,
        [("ordinal", 2, None, None), ("percent", 52.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung sank gegenüber dem ersten Wahlgang um 9,4 Prozentpunkte auf 41,6 Prozent.",
        True,
        [("ordinal", 1, None, None), ("percent", 9.4, "pp", None), ("percent", 41.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Neuwahl war nötig geworden, nachdem der bisherige Bürgermeister im Februar aus gesundheitlichen Gründen zurückgetreten war.",
        True,
        [],
        None,
    ),
    ("de", "„Ab morgen bin ich Bürgermeister für alle Kufsteinerinnen und Kufsteiner“, sagte Achleitner-Stöckl.", False, [], None),
    (
        "de",
        "Im Gemeinderat verfügt seine Liste allerdings nur über 6 der 21 Mandate.",
        True,
        [("count", 6, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Laut Gemeindewahlbehörde waren 15.312 Personen wahlberechtigt.",
        True,
        [("count", 15312, None, None)],
        None,
    ),
    # --- Swimming baths in Wolverhampton (PA), Monday, June 22 ---
    (
        "en",
        "WOLVERHAMPTON (PA) - The refurbishment of a Victorian swimming baths in Wolverhampton has cost £7.8 million, almost £3 million more than budgeted, a council report shows.",
        True,
        [("money", 7800000, "GBP", None), ("money", 3000000, "GBP", "nearly")],
        None,
    ),
    (
        "en",
        "The baths reopened on Saturday after 26 months of work.",
        True,
        [("duration", 26, "month", None)],
        None,
    ),
    (
        "en",
        "Council leader Harinder Gill-Marston told the Local Democracy Reporting Service that the building had been in worse condition than any survey had shown.",
        True,
        [],
        "Harinder Gill-Marston",
    ),
    ("en", '"It was the right thing to do, and I would do it again," Gill-Marston said.', False, [], None),
    (
        "en",
        "A swim will cost £4.80 for adults and £2.40 for children, with free swimming for under-16s during the summer holidays.",
        True,
        [
            ("money", 4.8, "GBP", None),
            ("money", 2.4, "GBP", None),
            ("duration", 16, "year", "under"),
        ],
        None,
    ),
    ("en", "Opposition councillors said the overspend showed the council could not be trusted with big projects.", False, [], None),
    # --- Stadtbad in Dornbirn (APA), Dienstag, 23. Juni ---
    (
        "de",
        "Dornbirn – Die Sanierung des Dornbirner Stadtbads überschreitet den Kostenrahmen um rund 4,7 Millionen Euro.",
        True,
        [("money", 4700000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Finanzstadtrat Manfred Gmeiner-Huber (ÖVP) sagte, das Projekt koste nun 19,8 Millionen Euro statt der im Voranschlag eingeplanten 15,1 Millionen.",
        True,
        [("money", 19800000, "EUR", None), ("money", 15100000, "EUR", None)],
        "Manfred Gmeiner-Huber",
    ),
    (
        "de",
        "Grund seien unter anderem Mängel an der Dachkonstruktion, die erst nach dem Abriss der Decke sichtbar geworden seien.",
        True,
        [],
        None,
    ),
    ("de", "„Wir haben nichts zu verstecken, jede Rechnung liegt offen auf dem Tisch“, sagte Gmeiner-Huber.", False, [], None),
    ("de", "Die FPÖ sprach von „Murks mit Ansage“.", False, [], None),
    (
        "de",
        "Das Bad soll nun im Herbst 2031 wiedereröffnen, fast 16 Monate später als geplant.",
        True,
        [("year", 2031, None, None), ("duration", 16, "month", "nearly")],
        None,
    ),
    # --- Buslinie in Thun (Keystone-SDA), Mittwoch, 24. Juni ---
    (
        "de",
        "Thun (Keystone-SDA) - Der Thuner Stadtrat hat eine neue Buslinie zwischen dem Bahnhof und dem Entwicklungsgebiet Thun-Nord mit 24 zu 14 Stimmen gutgeheissen.",
        True,
        [("count", 24, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Linie soll ab dem Fahrplanwechsel im Dezember im 15-Minuten-Takt verkehren.",
        True,
        [("duration", 15, "minute", None)],
        None,
    ),
    (
        "de",
        "Die Stadt beteiligt sich während der ersten drei Jahre des Betriebs mit insgesamt 2,2 Millionen Franken an den Kosten.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 3, "year", None),
            ("money", 2200000, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Gemeinderätin Andrea Zbinden-Rüfenacht sagte, in Thun-Nord sollen bis 2035 rund 2'400 Menschen wohnen und arbeiten.",
        True,
        [("year", 2035, None, None), ("count", 2400, None, "about")],
        "Andrea Zbinden-Rüfenacht",
    ),
    ("de", "«Ohne Bus kein neues Quartier, so einfach ist das», sagte Zbinden-Rüfenacht.", False, [], None),
    ("de", "Die SVP-Fraktion bezweifelte, dass die Linie je kostendeckend fahren werde.", False, [], None),
    # --- School closures in Des Moines (AP), Wednesday, June 24 ---
    (
        "en",
        "DES MOINES, Iowa (AP) — The Des Moines school board voted 6-1 on Tuesday to shut four of its elementary schools when the next school year ends.",
        True,
        [("count", 6, None, None), ("count", 1, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The district says the buildings, the oldest of which opened in 1921, need about $96 million in repairs.",
        True,
        [("year", 1921, None, None), ("money", 96000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Enrollment has fallen by about 2,900 students since 2019, Superintendent Raymond Oudekerk said.",
        True,
        [("count", 2900, None, "about"), ("year", 2019, None, None)],
        "Raymond Oudekerk",
    ),
    ("en", '"Closing a neighborhood school is never easy, and it should not be," Oudekerk said.', False, [], None),
    ("en", "Parents packed the meeting, and several wept as the vote was read.", False, [], None),
    (
        "en",
        "About one in five of the district's classroom seats now sits empty, according to a facilities study.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    # --- Haushalt in Wuppertal (dpa/lnw), Donnerstag, 25. Juni ---
    (
        "de",
        "Wuppertal (dpa/lnw) - Wuppertal rutscht tiefer in die roten Zahlen: Für das laufende Jahr erwartet die Stadt ein Defizit von 137 Millionen Euro.",
        True,
        [("money", 137000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Stadtkämmerin Petra Lückenhaus-Brem sagte, allein die Sozialausgaben seien seit 2028 um 22 Prozent gestiegen.",
        True,
        [("year", 2028, None, None), ("percent", 22, "%", None)],
        "Petra Lückenhaus-Brem",
    ),
    (
        "de",
        "Die Kassenkredite der Stadt liegen bei rund 1,4 Milliarden Euro, gut 4.000 Euro je Einwohner.",
        True,
        [("money", 1400000000, "EUR", "about"), ("money", 4000, "EUR", "over")],
        None,
    ),
    ("de", "„Wir können sparen, bis das Licht ausgeht, das Loch schließen wir damit nicht“, sagte Lückenhaus-Brem.", False, [], None),
    (
        "de",
        "Eine Haushaltssperre schloss die Kämmerin für dieses Jahr aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Haushaltssicherungskonzept sind bis 2033 Einsparungen von 48 Millionen Euro vorgesehen.",
        True,
        [("year", 2033, None, None), ("money", 48000000, "EUR", None)],
        None,
    ),
    # --- Council overspend in Swansea (PA), Friday, June 26 ---
    (
        "en",
        "SWANSEA (PA) - Swansea Council faces a £17.4 million overspend this year, driven mainly by the rising cost of children's social care, a report to cabinet shows.",
        True,
        [("money", 17400000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Cabinet member for finance Rhodri Powell-Vaughan said every department had been told to find savings of 2.5% before October.",
        True,
        [("percent", 2.5, "%", None)],
        "Rhodri Powell-Vaughan",
    ),
    ("en", '"We will protect the front line, and we will not apologise for that," Powell-Vaughan said.', False, [], None),
    (
        "en",
        "The council will also draw £3.5 million from its reserves to balance the books.",
        True,
        [("money", 3500000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Council tax for a Band D home in the city rose by 6.9% in April, to £1,947.38 a year.",
        True,
        [("percent", 6.9, "%", None), ("money", 1947.38, "GBP", None)],
        None,
    ),
    ("en", 'The Welsh Conservatives called the figures "another kick in the teeth" for taxpayers.', False, [], None),
]
