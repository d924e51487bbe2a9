"""Three-hundred-and-seventy-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Clubs, firms, people and figures are made
up (VfL Hardenberg, Sporting Alvorada, Rúben Calheiros, Volkmar Seidenspinner, Fortuna
Elbhagen, Ilka Brandstätter, Mats Olbrich, FC Traunviertel, Jakob Eibensteiner, Gerald
Pühringer, FC Aarewald, Nils Hürlimann, Reto Imfeld, SC Emscherbruch, Hartwig Brünninghaus,
SK Mürzhofen, FC Gurktal, Harald Zechner, Samuel Okorie, Enno Paschke, SV Ostheide, Marcel
Zurbriggen, Nuno Vasconcelos, Carsten Weyhe, Borussia Talheim, Union Kressbach, Milan
Vukelić, FC Inntal, Veronika Strasser-Klotz, Jörg Amelung; Aldermoor United and Aldermoor
United Women, Stade Ormeau, Théo Vasseur, Davi Prates, Callum Rothery, Kingsmere Town, Grant
Holloway, Fiona Largs, Deportivo Almazán, Iker Zubeldia, Arantxa Echevarría, the San Antonio
Vaqueros, Julián Arboleda, Club Atlético Puelche, Dale Pruett, Thornbury City, Marcus
Tolley, Sandrine Aebli, Brightwater Sports Partners, Calcio Vallarsa, Colin Marsh, the
Bellandi family, Lochbridge Thistle, the Lochbridge Supporters Trust, Morag Kinnear, Desmond
Farrell, the Carrick Road ground, Al-Rimal, Kwabena Owusu-Darko, Royal Meerhout, Hallam
Pryce, Finn Maddox, Marlby Sports Finance, Nadine Okafor, Frontera Trust, Rosa Villaseñor,
Ljungby IF, Ingrid Solvang, Lauren Fairweather, Redbridge Athletic, Castlemoor, Penhallow
Town, Owen Tregarthen; every unnamed agent, source, lawyer, critic, economist, opponent,
spokesperson and fan group); holders of real offices appear under made-up names that stand
for no real holder (the mayor of Innsbruck, the Swiss league's chief executive, a UEFA
finance director) or by their role only ("a UEFA spokesperson"), and the club datelines
"Hardenberg (dpa)" and "Elbhagen (SID, dpa)" stand for the made-up clubs' towns. Real
leagues, bodies, courts, papers and places (Bundesliga, Deutsche Fußball Liga, DFL,
Europäische Fußball-Union, UEFA, Champions League, Premier League, österreichische
Bundesliga, Regionalliga, KSV1870, Landesgericht Leoben, Swiss Football League and its
Disziplinarkommission, Super League, Landgericht Köln, „Kicker“, Land Tirol, the Innsbruck
municipal council; the EFL, the Championship, La Liga, MLS and its Western Conference, Serie
A, the Scottish Premiership, the Saudi Pro League, the Women's Super League, WSL, the
Damallsvenskan, FIFA, PA, Reuters, and the datelines' cities) stand for the way wire copy
names them; every fee, add-on, sell-on share, contract, release clause, wage, loan fee,
revenue, loss, debt, equity, membership total, capacity, crowd, vote, cost, fine, squad-cost
ratio, points total, ranking, age, date and quote here is invented, and where a real figure
came to mind (a real squad-cost limit, a real English loss threshold, a real merit or
parachute payment, a real Champions League starting fee) it was changed.

Its weight: FOOTBALL TRANSFERS AND CLUB FINANCES (the hundred-ninth batch weighed sports
business and governance over a transfer window, the two-hundred-and-seventy-fifth sports
business, the three-hundred-and-twenty-fifth football in a third round, the thirty-fifth and
eighty-second the sports desk and football; their decisions are kept) over one season in
story order, July to June, as 30 short stories with the German and English ones interleaved
month by month, each told as wire copy runs it (a dateline lead with the deal, the accounts
or the sanction, the fee and its add-ons, the contract, the wage, the club's, league's or
body's figures, attributed claims of sporting directors, presidents, executives, agents and
officials, the other side, quotes, fans, the follow-up). Half German (dpa with "dpa/lnw",
SID, APA, Keystone-SDA; Austrian "um 16 Millionen Pfund", "Obmann", "Sanierungsverfahren",
"Mio. Euro", "heuer", "Aussendung", "Zuseherinnen und Zuseher"; Swiss "Goalie", "Sportchef",
"Busse", "Gemäss", "fliessen", "Fussball", "32'000", "11'850", "9'200", «» quotes; German „“
quotes): Hardenberg's record signing with „bis zu 80 Millionen Euro inklusive Boni“,
Elbhagen's annual accounts and membership, the Austrian league's record sale to England with
a weekly wage in pounds, a Swiss goalkeeper's sale with a league fine and the club's members
and stadium, the Bundesliga's summer transfer balance, a members' vote on a stadium
expansion, a UEFA fine for Elbhagen under the squad-cost rule, an Austrian club's
restructuring at court, a winter loan with an obligation to buy, the Swiss league's finances
and TV money, a coach's extension „um zwei Jahre bis 2030“, an agent's lawsuit over his fee,
the Bundesliga table five matchdays from the end with the prize and relegation money, a
stadium vote in Innsbruck and the champions' star sold for his release clause. Half English
(Reuters, AP, PA; PA's "£41.8million" and "per cent"): Aldermoor's record signing "for an
initial 65 million pounds" with add-ons, a five-year deal and a sell-on share, a
Championship club's loss and wage ratio, a billion-euro release clause in Madrid, an MLS
club's record designated player, a Premier League points deduction with its appeal, UEFA's
annual finance report, an Italian club sold to a U.S. firm, a Scottish fans' takeover, a
Saudi club's bid with a wage in riyals, the January window's spending with "a £95,000-a-week
contract", a revenue ranking, an MLS stadium vote with naming rights, a women's world-record
fee, UEFA's fine for Aldermoor and the Premier League's final table with merit, parachute
and promotion money. Figures as such copy has them: fees fixed and with bonuses, add-ons and
sell-on shares, instalments, loan fees and obligations to buy, release clauses, contract
lengths and ends, wages per week, month, season and year, revenue, losses, debts, equity and
wage ratios, membership totals, capacities and crowds, votes and majorities, costs, leases
and loans, fines with their conditional parts, squad-cost ratios and squad limits, points,
places and deductions, rankings; number words and compounds („Fünfjahresvertrag“,
„Sechsjahresvertrag“, „27-mal“, „zwei Dutzend“, „fünfstündigen“, „Zweidrittelmehrheit“,
„zweitteuerste“, „drittgrößte“, „Tabellensechzehnte“, „UEFA-Fünfjahreswertung“, "a five-year
contract", "a three-year contract", "104-year history", "a 28,500-seat venue", "Twelve of
the 20", "Ten English clubs"), multiples („mehr als das Doppelte“, „mehr als das
Dreifache“), fractions („Jeder vierte“, „Rund ein Drittel“, "almost a fifth", "More than a
third", "more than half"), ordinals, hedges, ranges, seasons, years and dates. About 55
negatives as such copy has them: sporting directors', coaches', presidents', executives' and
owners' hype, pride, resolve, farewells and rhetoric in quotes, also with a named speaker,
labels („sprach von“, „kritisierte ... als“, „bezeichnete ... als“, "called"), a verdict
with „halten ... für“, critics' arguments, a hope, fears and worries, an expectation without
a figure, open questions, evasions, a no-comment line, a non-disclosure, the rumour mill and
scene colour - none of them carrying a figure - each near a check-worthy look-alike: the
same speaker's figure or step, a club's, league's or body's figure, a rule, a filing.

243 rows (126 German, 117 English), 56 negatives (28 German, 28 English), 187 check-worthy
rows of which 21 carry no figure (15 German, 6 English), 331 expected quantities (103
amounts of money - 56 EUR, 31 GBP, 9 USD, 6 CHF, 1 SAR -, 90 counts, 40 years, 33 durations
- 28 in years, 3 in months, 1 in days, 1 in hours -, 24 percentages, all in "%", 24
ordinals, 11 dates, 6 fractions; none of them in a negative), 37 checked speakers (18
German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, resolve, farewell, hope, fear, worry, expectation without a figure
  or piece of rhetoric is a negative with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, hundred-ninth, two-hundred-and-fourth,
  two-hundred-and-seventy-fifth, three-hundred-and-twenty-fifth); a quoted or reported
  statement of fact, figure, step, plan, rule, acceptance or position is check-worthy with
  its speaker, also in Konjunktiv I and in the Konjunktiv II that stands in for it
  (hundred-ninth). Pairs from one speaker: Seidenspinner's three instalments and his squad
  line beside „Killerinstinkt“ and „Enno lebt diesen Verein“; Rothery's medical beside
  "aggressive" and his farewell to Owusu-Darko; Brandstätter's deficit and her acceptance
  beside „verschleudern“ and „Lektion“; Largs's £60m beside "never wavered"; Pühringer's
  youth centre beside „Jackpot“; Echevarría's 104-year history beside "the heart of this
  club"; Imfeld's successor beside „weinenden ... Auge“; Pruett's two offers beside
  "difference-maker" and "not done"; Tolley's £22m beside "wildly disproportionate";
  Brünninghaus's 210,000 members beside „Wohnzimmer“; Aebli's 3.2 billion euros beside
  "never been richer"; Marsh's 150 million euros beside "a home that matches its history";
  Zechner's unpaid wages beside „jeden Euro“ and his evasion; Kinnear's four seats beside
  "belongs to the people" and her evasion; Zurbriggen's 48 million francs beside „gesünder“;
  Okafor's 11% beside "the same handful of clubs" and her expectation; Weyhe's statement
  beside „durchsichtiger Versuch“; Villaseñor's 30 events beside "front porch";
  Fairweather's July 7 beside "superstar"; Strasser-Klotz's 850,000 euros beside „guter
  Tag“; Amelung's statement beside „tut ... weh“; Aldermoor's acceptance beside their
  no-comment; UEFA's 87% beside its spokesperson's "protect the competition".
- Negatives (ninety-eighth, hundred-ninth, two-hundred-and-fourth,
  two-hundred-and-seventy-fifth, three-hundred-and-twenty-fifth), none of them with a
  figure, as the brief for these batches asks: quotes of hype, pride, resolve, farewell and
  rhetoric from all sides; labels („sprach von einem „überhitzten Markt““, „sprach von einem
  „klaren Vertragsbruch““, „kritisierte die geplanten Preiserhöhungen ... als unsozial“,
  „bezeichnete das Projekt als „Prestigebau ...““, "called the subsidy a gift to a wealthy
  owner"); a verdict with „halten ... für“ („halten den Sparkurs für zu zaghaft“;
  two-hundred-and-seventy-fifth); critics' arguments ("Critics say ...", „Ökonomen bemängeln
  ...“; three-hundred-and-twenty-fifth); a hope ("Supporters hope ..."); fears and worries
  ("Fans' groups fear ...", "said they were worried", "said they worried";
  two-hundred-and-forty-fourth, two-hundred-and-seventy-fifth); an expectation without a
  figure ("said she expected the gap ... to keep growing"; three-hundred-and-twenty-fifth);
  open questions ("remains an open question", „ist offen“, „gilt unter Beobachtern als
  fraglich“, „ist fraglich“, "remains unclear"); evasions („ließ Zechner offen“, "declined
  to say how much", „wollte sich der Verein nicht äußern“; two-hundred-and-fourth) and a
  no-comment line ("declined to comment on whether ..."; hundred-ninth); a non-disclosure
  („Über die Höhe von Okories Gehalt machten die Vereine keine Angaben.“; hundred-ninth,
  two-hundred-and-seventy-fifth); the rumour mill naming nothing to check ("The rumour mill
  had linked Owusu-Darko with a move to the Gulf for months."; hundred-ninth); scene colour
  (fans celebrating on social media, mockery in the stands; hundred-ninth,
  three-hundred-and-twenty-fifth); an agent's quoted verdict told to PA.
- Check-worthy without a figure (hundred-ninth, two-hundred-and-seventy-fifth,
  three-hundred-and-twenty-fifth): the signings, the loan and the sale told in a lead („hat
  ... verpflichtet“, „leiht ... aus“, „verliert ... an“), a contract without an exit clause
  (thirty-fifth: „Eine Ausstiegsklausel enthalte der Vertrag nicht“), records without a
  figure („der höchste Verkaufserlös in der Geschichte ...“ twice; hundred-ninth: "a club
  record" none), the EFL's review and request (an announced step, two-hundred-and-fourth),
  Pühringer's stated use of the money, the Spanish league's rule (a checkable rule,
  two-hundred-and-seventy-fifth), Imfeld's successor signed, Brandstätter's acceptance
  without an appeal and Aldermoor's acceptance of the settlement
  (two-hundred-and-seventy-fifth: "said it accepted ... and would not appeal"), Aldermoor's
  accepted offer, the sale's pending approval (a stated condition,
  three-hundred-and-twenty-fifth), the restructuring filed at the Landesgericht Leoben and
  the unpaid wages (two-hundred-and-seventy-fifth), Seidenspinner's squad line, Thornbury's
  window without a signing, the club's denial („Der Verein bestreitet, ...“; hundred-ninth:
  a denial), Weyhe's and Amelung's stated facts.
- Transfers and contracts (thirty-fifth, eighty-second, hundred-ninth,
  two-hundred-and-seventy-fifth, three-hundred-and-twenty-fifth): „bis zu 80 Millionen Euro
  inklusive Boni“ 80 million EUR "up_to"; „62 Millionen Euro, weitere 18 Millionen“ both EUR
  („weitere“ no hedge, the currency written once serving the later figure, hundred-ninth:
  „gefolgt vom SV Weserau mit 71 Millionen“); „um 16 Millionen Pfund (18,5 Millionen Euro)“
  GBP and EUR with no hedge (hundred-eighty-sixth: the Austrian „um“ before a price names
  the price paid), „um 400.000 Euro“ likewise; "an initial 65 million pounds ($84.5
  million), with a further 10 million pounds in add-ons" GBP, USD and GBP ("a further" no
  hedge); „in drei Jahresraten“ count 3 (hundred-ninth); „eine Beteiligung von zehn Prozent
  an einem künftigen Weiterverkauf“ and "15% of any future sale" percentages (sell-on
  shares, hundred-ninth); „eine Kaufpflicht über 24 Millionen Euro, die bei mindestens 15
  Einsätzen greift“ 24 million EUR with no hedge ("über" after the noun that governs it) and
  15 "at_least" (hundred-ninth); „Die Leihgebühr beträgt ... 2,5 Millionen Euro“;
  „Ausstiegsklausel in Höhe von sechs Millionen Euro“ and „... von 95 Millionen Euro“,
  "raised his release clause to 1 billion euros", "a clause of 500 million euros"
  (two-hundred-and-seventy-fifth: "His release clause has been set at 1 billion euros"); "a
  club-record transfer fee of $14 million" and "a world-record fee of £1.4m" with no hedge
  (hundred-ninth: "club-record"; hundred-eighty-first: "a world-record fee"); "£38m, rising
  to £44m with add-ons" both with no hedge (two-hundred-and-seventy-fifth: "could rise to");
  „mehr als das Doppelte des bisherigen Rekordeinkaufs“ 2 "over" and „mehr als das
  Dreifache“ 3 "over" (two-hundred-and-seventy-fifth); „der zweitteuerste Zugang“ ordinal 2
  (thirty-fifth). Contract lengths and ends: „einen Fünfjahresvertrag, der bis zum 30. Juni
  2031 läuft“ 5 years and 2031-06-30, „einen Sechsjahresvertrag bis 2033“ 6 years and the
  year, "a five-year contract ... by a further 12 months" 5 years and 12 months
  (two-hundred-and-seventy-fifth: "by another 12 months"), "a three-year contract", „um zwei
  Jahre bis 2030“ 2 years and the year (eighty-second, hundred-ninth), „bis 2031“, „bis
  2028“, "until June 2031" and "until 2030", "until 2028", "until 2031" the years, "which
  ran to 2028", "through the 2029 season with a club option for 2030" both years. New:
  „inklusive Boni“ and „Inklusive aller Boni“ carry no hedge - the inclusion names what the
  sum holds, the bonuses not yet earned counted in, as „inklusive Aufgeld“ names the premium
  in an auction price (two-hundred-and-sixtieth); „bis zu“ before the figure is the hedge,
  and without it „Inklusive aller Boni kann die Summe auf 22 Millionen Euro steigen“ is 22
  million EUR with no hedge, as "could rise to" (two-hundred-and-seventy-fifth). New: "for
  an initial 65 million pounds" has no hedge - "initial" names the fixed part of a fee
  before its add-ons, as „die feste Sockelablöse“, and bounds nothing.
- Wages (tenth, hundred-ninth, two-hundred-and-seventy-fifth): the amount only ("about
  210,000 pounds a week", "around 180,000 pounds a week" "about", "about $3.9 million a
  year", "about £350,000 a year", „netto rund 12 Millionen Euro pro Saison“, „auf rund vier
  Millionen Euro“ for a yearly salary; "a week", "a year", "a season", „pro Saison“, „netto“
  none); "a three-year contract worth 120 million riyals ($32 million) a season" 3 years and
  both amounts. New: "a £95,000-a-week contract" is 95,000 GBP with no hedge - a wage
  heading a hyphenated compound gives its amount, as "a 28,000-seat stadium" gives its count
  (hundred-ninth) and "a five-year, $265 million contract extension" its sum
  (two-hundred-and-seventy-fifth), "-a-week" none as "a week". New: „ein Wochengehalt von
  rund 60.000 Pfund“ is 60,000 GBP "about" and no duration - the week inside the compound
  makes no span, as the year in „in drei Jahresraten“ (hundred-ninth). New: "120 million
  riyals" is money in SAR, the ISO code of the Saudi riyal - money in the currency written,
  as every batch.
- Club finances (eighty-second, hundred-ninth, two-hundred-and-seventy-fifth,
  three-hundred-and-twenty-fifth): revenue, losses, debts, equity and wage bills are money
  in the currency written („348,6 Millionen Euro“, „ein Verlust von 21,4 Millionen Euro,
  nachdem das Minus ein Jahr zuvor 9,8 Millionen Euro betragen hatte“ - „ein Jahr zuvor“
  none -, „um 14 Prozent auf 203 Millionen Euro ... knapp 60 Prozent des Umsatzes“ 60
  "nearly", „auf 38 Millionen Euro“, „Schulden von rund 11,6 Mio. Euro“, „Verbindlichkeiten
  von zuletzt 112 Millionen Euro“ - „zuletzt“ no hedge -, „438 Millionen Franken“ and „41
  Millionen Franken“ CHF, "equivalent to 134 per cent of turnover, up from 118 per cent",
  "by almost a fifth to £42.7m" 0.2 "nearly" (hundred-ninth: "by a fifth"), "now stands at
  £186m", "£60m of that loan", "a record 29.4 billion euros" with no hedge, "1.1 billion
  euros from 1.6 billion euros", "revenue of 1.04 billion euros", "987 million euros", "12.7
  billion euros"); a forecast with a range „zwischen fünf und acht Millionen Euro“ two
  amounts, the first taking the scale and unit of the second
  (two-hundred-and-seventy-fifth); „das dritte Minus in Folge“ ordinal 3
  (two-hundred-and-seventy-fifth: „das vierte Minus in Folge“); „im Geschäftsjahr 2025/26“,
  „in der Saison 2025/26“, „ab der Saison 2027/28“ and "in the 2025-26 season" both years;
  "in the 12 months ending June 30, 2026" 12 months and 2026-06-30
  (two-hundred-and-seventy-fifth: "in the year to June 30, 2026"); „Eine Quote von 20
  Prozent ..., zahlbar binnen zwei Jahren“ 20 and 2 years (two-hundred-and-seventy-fifth).
  New: "£41.8million", "£57.2million" and "£4.2million" (PA's form with the scale word run
  into the figure) are millions of pounds as "£41.2m" (hundred-ninth) and "£2.3m"
  (two-hundred-and-seventy-fifth) are; the glued word changes nothing.
- Rules, fines and sanctions (eighty-second, hundred-ninth, two-hundred-and-seventy-fifth,
  three-hundred-and-twenty-fifth): „mit einer Geldstrafe von 12 Millionen Euro“, „Neun
  Millionen Euro davon ... in den kommenden drei Spielzeiten“ and "25 million euros ($29
  million) ..., with 15 million euros of that ... over the next three seasons" the amounts
  and count 3 (seasons counted, hundred-ninth, three-hundred-and-twenty-fifth), „Strafen von
  zusammen 57 Millionen Euro“ („zusammen“ no hedge) and "fines totalling 64 million euros"
  ("totalling" no hedge, as "a total of"), „rund 83 Prozent ..., erlaubt sind 75 Prozent“
  and "87% ... above the limit of 75%" ("above" before "the" bounds no figure,
  two-hundred-and-forty-fourth: "far more than the 600 to 800"), „nur 23 statt 25 Spieler“
  and "21 players instead of 25" counts, „einer Busse von 32'000 Franken“ CHF (Swiss
  apostrophe, tenth), "docked eight points", "were deducted eight points" and „ein Abzug von
  sechs Punkten“ counts, "£34.6m above the permitted £112m" two amounts over "the three
  seasons to 2026" count 3 and the year (hundred-ninth), "no more than £41m over three
  seasons" 41 million GBP "at_most" and count 3 (hundred-ninth: "no more than 70% of
  revenue"), "within the 14 days allowed" 14 days ("within" no hedge), "the third time in as
  many seasons" ordinal 3 ("in as many seasons" none, three-hundred-and-twenty-fifth), "from
  14th to 18th, two points from safety" ordinals and count.
- Members, stadiums and votes (hundred-third, hundred-ninth, two-hundred-and-seventy-fifth,
  three-hundred-and-twenty-fifth): members are counts („auf 131.450, knapp 9.000 mehr“ with
  the hedge on the second, „11'850 Mitglieder“, „mehr als 210.000 Mitglieder“ "over", "9,400
  members"), capacities and crowds too („auf 64.000 Plätze“, „57.300 Zuschauer“, „9'200
  Zuschauer, im Schnitt ... 7'940“ - „im Schnitt“ no hedge -, „auf 12'360 pro Spiel“ - „pro
  Spiel“ none -, „für 14.000 Zuseherinnen und Zuseher“, „nur noch 6.800 Besucher“ - „nur
  noch“ no hedge -, "holds 26,800", "holds 10,200 and drew an average crowd of 7,850",
  "holds 18,000 and drew an average of 14,870 fans" - "average" and "an average of" no
  hedge, tenth and three-hundred-and-twenty-fourth -, "a 28,500-seat venue" 28,500, the
  figure heading the compound, hundred-ninth); votes („Von den 4.812 anwesenden
  Stimmberechtigten votierten 87,3 Prozent ..., nötig war eine Zweidrittelmehrheit“ count,
  percent and 0.6667 - hundred-ninth -, „mit 27 zu 13 Stimmen“ two counts, "voted 8-3" two
  counts, two-hundred-and-seventy-fifth); costs, loans and leases („rund 145 Millionen Euro,
  ... etwa 26 Monate“ both "about", „über ein Darlehen von 90 Millionen Euro mit einer
  Laufzeit von 20 Jahren“ with no hedge - „über“ naming the means,
  two-hundred-and-seventy-fifth -, „auf 96 Mio. Euro ..., je 40 Prozent“ - „je“ no hedge -,
  „für 30 Jahre pachtet“ 30 years, „die jährliche Pacht ... 850.000 Euro“ - „jährliche“ none
  -, "a $465 million downtown stadium", "$180 million in bonds", "$6.5 million a year over
  15 years" 15 years - "over" before a span no hedge -, "at least 30 non-soccer events a
  year" "at_least"); "a 67% stake ... at 640 million euros ($745 million)", "a 51 per cent
  controlling stake", "The remaining 33%"; "nach einer fünfstündigen Debatte" 5 hours (the
  issue's "fünfstündigen Treffen"); „der drittgrößte Sportverein Deutschlands“ ordinal 3
  (the issue's „die drittgrößte Stadt“); „so viele wie nie zuvor“ a measurable record
  (hundred-ninth).
- Tables, rankings and prize money (thirty-fifth, eighty-second, hundred-ninety-fifth,
  three-hundred-and-twenty-fifth): points and gaps are counts („mit 19 Punkten ..., sechs
  Zähler vor“, „nach 25 Spieltagen mit 51 Punkten auf Platz drei, vier Zähler hinter“, „Fünf
  Spieltage vor Saisonende ... mit 68 Punkten sieben Zähler Vorsprung“ - matchdays counted,
  three-hundred-and-twenty-fifth: „nach zwölf Spieltagen“ -, „mit 58 und ... mit 55 Punkten“
  - the noun written once -, „nur 21 Punkte ..., neun weniger als der Tabellensechzehnte“,
  "three points behind champions", "in 71 Bundesligaspielen im Schnitt 1,83 Punkte pro
  Partie" 71 and 1.83 - an average a count as written, two-hundred-and-seventy-fifth);
  places are ordinals („auf dem neunten Tabellenplatz“, „auf Platz drei“, „auf Rang drei“ -
  twenty-second: „Tabellensechzehnter“ 16 -, "finished 11th", "finished seventh", "finished
  second", "finished 19th", "slipped to second", "in 19th place"); „Die ersten vier Plätze“
  ordinal 1 and count 4 (two-hundred-and-forty-fourth: "in the first four days"); "the
  second-highest total for a winter window" ordinal 2; "Twelve of the 20", "Ten English
  clubs made the top 20, and ... of the 20 clubs" counts; "for the first time since 2019",
  "for the first time since 1994" and "for the first time, in 19th place" ordinal 1 with the
  year or place; "in their first season" and „im ersten Jahr“ ordinal 1; „ein Startgeld von
  19,4 Millionen Euro“ („Allein“ no hedge), „rund 35 Millionen Euro an Fernsehgeldern“,
  "about £2.9m in merit payments", "about £46m", "at least £200m ... over the next three
  seasons" "at_least" and count 3. "Tabellenführer", "Schlusslicht", "Relegationsplatz",
  "Meister", "champions", "top-flight" and scores ("a 2-0 win") carry none. New: „in der
  UEFA-Fünfjahreswertung auf Rang drei“ is 5 years and ordinal 3 - the ranking is named by
  the span it counts, as "The 10-year average" (two-hundred-and-forty-fourth) and "the
  176-year observational record" (seventy-fourth), unlike „die 50+1-Regel“ named by a
  formula (two-hundred-and-seventy-fifth).
- Counts otherwise (thirty-fifth, hundred-ninth, three-hundred-and-twenty-fifth): „in 34
  Ligaspielen 27-mal“ 34 and 27 (hundred-seventh: „fast 20-mal so viele“;
  two-hundred-and-seventy-sixth: „27 Mal“), "17 goals in 46 appearances", "21 goals in 38
  league games", "38 goals in 97 Premier League appearances", "26 goals in 22 league games",
  „nur auf vier Premier-League-Spiele“ („nur“ no hedge), „31 Gegentore“, „Die 18
  Bundesligisten“, „Jeder vierte der insgesamt 214 Zugänge ..., darunter zwei Dutzend
  Leihspieler“ 0.25, 214 and 24 (the issue's "jeder vierte" and "two dozen"), „allein am
  letzten Tag ... 31 Transfers“ („allein“ no hedge), „gegen neun Klubs“, „Die zwölf Klubs“,
  „Acht der zwölf Vereine“, „93 Gläubiger“, „63 Profis in sieben Ländern“, "offers from two
  European teams", "four of the seven seats", "more than £9m over two seasons" 9 million GBP
  "over" and count 2; fractions („Rund ein Drittel“ 0.3333 "about", "More than a third"
  0.3333 "over", "by more than half" 0.5 "over"); percentages as written ("rose 7%", "by 9%
  ... 64% of revenue on average", "rose 6%", "up 11%", "12 per cent more", „gut 6 Prozent
  mehr“ "over").
- Ages are durations in years (every batch): „Der 23-Jährige“, „Der 21-jährige
  Oberösterreicher“, „Der 25-Jährige“, „Der 27 Jahre alte Nigerianer“, „Der 46-Jährige“,
  „Der 41-jährige Portugiese“, „Der 22-Jährige“, "The 24-year-old", "The 19-year-old's", "at
  the age of 16", "Arboleda, 26,", "Owusu-Darko, 29,", "Maddox, 22,", "Solvang, 24,";
  histories too ("the club's 104-year history", hundred-ninth: "in its 56-year history").
  Spans: „vor zwei Jahren“ 2 years (two-hundred-and-forty-fourth: „vor zehn Jahren“), "over
  the past three years" 3 years and "over five years" 5 years ("over" before a span no
  hedge). None: „vor einem Jahr“ (hundred-ninth), „ein Jahr zuvor“, „im Jahr zuvor“, „im
  Jahr davor“, „seit Jahren“, „in der vergangenen Saison“, „im vergangenen Sommer“, „in der
  Hinrunde“, „bis zum Saisonende“, „vor Saisonende“, „heuer“, „jährlich“, „pro Saison“, „im
  Sommer“, „in diesem Sommer“, „am Samstag“, „im Herbst“, "last season", "this season",
  "next season's", "a year earlier", "for months", "in August", "in October", "in January",
  "by March", "pre-season", "on deadline day", weekdays and months.
- Years and dates: „bis zum 30. Juni 2031“ 2031-06-30 and "June 30, 2026" 2026-06-30 (full
  dates, two-hundred-and-seventy-fifth); „zum Stichtag 30. Juni“ --06-30, „für den 14. Mai“
  --05-14 and "on July 7" --07-07 dates without a year; „im Sommer 2024“, „im Herbst 2027“,
  „für den Sommer 2029“, „aus dem Jahr 1958“, „seit 2008“, "in 2024", "since 2019", "since
  1994", "since 2020", "since 1987", "built in 1932", "in 2022", "in 2025", "set in 2025",
  "since the series began in 2012", "in 2026", "to 2026", "open in 2029" years. Reuters
  datelines with a day are dates without a year ("LONDON, July 14" --07-14, "MADRID, Sept 3"
  --09-03, "NYON, Switzerland, Nov 12" --11-12 and "NYON, Switzerland, June 5" --06-05 with
  the country between city and day, "RIYADH, Jan 29" --01-29, "LONDON, March 4" --03-04;
  two-hundred-and-seventy-fifth); dpa (also "dpa/lnw"), SID, APA, Keystone-SDA, PA ("LONDON
  (PA) -", "GLASGOW (PA) -") and AP ("SAN ANTONIO (AP) —", "MILAN (AP) —") datelines none
  (seventy-ninth).
- Rumours and media reports (hundred-ninth): a rumour naming a checkable figure is
  check-worthy with no speaker, marked by „nach dpa-Informationen“, „nach
  „Kicker“-Informationen“, „soll“, „Gemäss Medienberichten“, "British media reported", "a
  source close to the deal told Reuters", "a source with knowledge of the deal told
  Reuters", "the source said", "a person with knowledge of the terms said on condition of
  anonymity" (hundred-ninety-fifth: an anonymous source). New: "is understood to have agreed
  a £95,000-a-week contract" is such a rumour - "is understood to" marks an unattributed
  report as "is said to" and "reportedly" do (hundred-ninth), and carries no hedge.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "around", "an estimated"
  "about"; „knapp“, "almost" "nearly"; „mehr als“, „gut“, "more than", "More than" "over";
  „bis zu“ "up_to"; „mindestens“, "at least" "at_least"; "no more than" "at_most". No hedge:
  „inklusive Boni“, „Inklusive aller Boni“, „weitere“, „zusammen“, „insgesamt“, „Insgesamt“,
  „je“, „nur“, „nur noch“, „allein“, „Allein“, „bereits“, „zuletzt“, „derzeit“, „im
  Schnitt“, „netto“, the Austrian „um“ before a price, „über“ after the noun that governs it
  or naming a means, „zwischen“, "an initial", "a further", "club-record", "world-record",
  "a record", "rising to", "totalling", "a total of", "an average of", "average", "on
  average", "within", "over" before a span, "above the", "instead of" and „statt“.
- Speakers, checked only in forms the earlier batches settled: „wie der Verein am Montag
  mitteilte“ -> "der Verein", „wie der Klub am Mittwoch mitteilte“ -> "der Klub", „teilte
  die Deutsche Fußball Liga am Mittwoch mit“ -> "die Deutsche Fußball Liga", „teilte die
  Swiss Football League mit“ -> "die Swiss Football League" and „teilte die UEFA am Freitag
  mit“ -> "die UEFA" (the source with its article in the nominative, the weekday dropped;
  two-hundred-and-seventy-fifth, three-hundred-and-twenty-fifth: „teilte die DFL mit“),
  „nach Angaben des Gerichts“ -> "das Gericht" (the nominative; hundred-sixtieth,
  two-hundred-and-forty-fourth); „Sportdirektor Volkmar Seidenspinner sagte, ...“,
  „Finanzvorständin Ilka Brandstätter sagte, ...“, „Sportchef Reto Imfeld sagte, ...“,
  „Präsident Hartwig Brünninghaus sagte, ...“, „Geschäftsführer Harald Zechner sagte, ...“,
  „Liga-CEO Marcel Zurbriggen sagte, ...“, „Vorstandschef Carsten Weyhe sagte, ...“,
  „Bürgermeisterin Veronika Strasser-Klotz sagte, ...“ and „Sportvorstand Jörg Amelung
  sagte, ...“ the name with the title dropped (hundred-eightieth,
  two-hundred-and-seventy-fifth); „Obmann Gerald Pühringer sagte der APA, ...“ the name, the
  audience dropped (three-hundred-and-twenty-fifth: „Pölzleitner sagte der APA“);
  „Brandstätter sagte, ...“ opening the row and „Seidenspinner sagte dem „Kicker“, ...“ the
  surname with the audience dropped (hundred-twenty-seventh: „der „Süddeutschen Zeitung““).
  English: "Manager Callum Rothery said", "Chief executive Fiona Largs said", "Club
  president Arantxa Echevarría said", "Vaqueros general manager Dale Pruett said", "UEFA
  finance director Sandrine Aebli said", "Managing partner Colin Marsh said", "Report author
  Nadine Okafor said" and "Team president Rosa Villaseñor said" the name with the role
  dropped (two-hundred-and-seventy-fifth); "Trust chair Morag Kinnear told reporters" the
  name and "Fairweather told reporters" the surname (two-hundred-and-fourth,
  three-hundred-and-fifty-sixth); "Tolley said ..." opening the row
  (two-hundred-and-seventy-fifth: "Achebe said"); "The EFL said" -> "the EFL"
  (hundred-ninth), "the league said on Tuesday" and "the league said" -> "the league", "the
  club said in a statement" -> "the club" (the occasion dropped, hundred-ninth: "FIFA said
  in a report on Wednesday"), "Thornbury said" and "Aldermoor said" (twice) as written
  (three-hundred-and-twenty-fifth: "Chelsea said"), "..., UEFA said." -> "UEFA"
  (three-hundred-and-twenty-fifth). Left unchecked (None): all negatives, also those with a
  named speaker; rows without attribution; „hieß es in einer Aussendung des Klubs“
  (two-hundred-and-fourth: "hieß es"); „nach Vereinsangaben“ and „Nach DFL-Angaben“
  (compounds, three-hundred-and-twenty-fifth: „nach DFB-Angaben“); „nach eigenen Angaben“;
  the rumour markers above; „Laut KSV1870“ (left unchecked as the
  two-hundred-and-seventy-fifth did); „wie aus Berechnungen der APA hervorgeht“, „Nach
  Berechnungen des „Kicker““ (documents and estimates, hundred-ninth); „veranschlagt der
  Verein“ and „Der Verein bestreitet“ (no verbs of saying, two-hundred-and-seventy-sixth:
  „bezifferte“; hundred-ninth: "dementierte"); „fordert“; "the Premier League club said on
  Tuesday", "the La Liga club said on Thursday" and "the Women's Super League club said" (a
  description for the name, two-hundred-and-seventy-fifth); "the team announced" and "the
  trust announced" (hundred-ninth: "the club announced"); "the Championship club's latest
  accounts show", "according to UEFA's annual finance report", "the report found", "the
  report showed", "according to figures compiled by financial advisers Hallam Pryce",
  "according to an annual ranking by consultancy Marlby Sports Finance", "according to
  FIFA's global transfer report", "according to PA analysis" (documents and descriptions,
  two-hundred-and-seventy-fifth); and "a UEFA spokesperson said" (a role, in a negative).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_378 = [
    # --- Rekordtransfer in Hardenberg (dpa), Juli ---
    ("de", "Hardenberg (dpa) - Der VfL Hardenberg hat den portugiesischen Stürmer Rúben Calheiros von Sporting Alvorada verpflichtet.", True, [], None),
    ("de", "Die Ablöse beträgt nach dpa-Informationen bis zu 80 Millionen Euro inklusive Boni.", True, [("money", 80000000, "EUR", "up_to")], None),
    (
        "de",
        "Die feste Sockelablöse liegt bei 62 Millionen Euro, weitere 18 Millionen hängen von Einsätzen und Titeln ab.",
        True,
        [("money", 62000000, "EUR", None), ("money", 18000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der 23-Jährige erhält einen Fünfjahresvertrag, der bis zum 30. Juni 2031 läuft, wie der Verein am Montag mitteilte.",
        True,
        [("duration", 23, "year", None), ("duration", 5, "year", None), ("date", "2031-06-30", None, None)],
        "der Verein",
    ),
    (
        "de",
        "Calheiros ist damit der teuerste Zugang der Vereinsgeschichte und kostet mehr als das Doppelte des bisherigen Rekordeinkaufs.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    ("de", "In der vergangenen Saison traf er in 34 Ligaspielen 27-mal für Alvorada.", True, [("count", 34, None, None), ("count", 27, None, None)], None),
    (
        "de",
        "Sportdirektor Volkmar Seidenspinner sagte, die Summe werde in drei Jahresraten überwiesen.",
        True,
        [("count", 3, None, None)],
        "Volkmar Seidenspinner",
    ),
    ("de", "„Rúben hat einen Killerinstinkt, genau diesen Spielertyp haben wir gesucht“, sagte Seidenspinner.", False, [], None),
    ("de", "Alvorada sicherte sich zudem eine Beteiligung von zehn Prozent an einem künftigen Weiterverkauf.", True, [("percent", 10, "%", None)], None),
    ("de", "Eine Ausstiegsklausel enthält der Vertrag nach dpa-Informationen nicht.", True, [], None),
    ("de", "In den sozialen Netzwerken feierten Anhänger den Transfer als Zeichen des Aufbruchs.", False, [], None),
    # --- Aldermoor sign Vasseur (Reuters), July ---
    (
        "en",
        "LONDON, July 14 (Reuters) - Aldermoor United have signed France midfielder Théo Vasseur from Stade Ormeau for an initial 65 million pounds ($84.5 million), with a further 10 million pounds in add-ons, the Premier League club said on Tuesday.",
        True,
        [("date", "--07-14", None, None), ("money", 65000000, "GBP", None), ("money", 84500000, "USD", None), ("money", 10000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The 24-year-old put pen to a five-year contract, and Aldermoor hold an option to extend it by a further 12 months.",
        True,
        [("duration", 24, "year", None), ("duration", 5, "year", None), ("duration", 12, "month", None)],
        None,
    ),
    ("en", "British media reported that Vasseur will earn about 210,000 pounds a week.", True, [("money", 210000, "GBP", "about")], None),
    ("en", "Ormeau are also entitled to 15% of any future sale of the player, a source close to the deal told Reuters.", True, [("percent", 15, "%", None)], None),
    (
        "en",
        "The fee eclipses the 58 million pounds Aldermoor paid for Brazilian winger Davi Prates in 2024.",
        True,
        [("money", 58000000, "GBP", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Manager Callum Rothery said Vasseur had passed his medical on Sunday and would train with his new team mates for the first time on Wednesday.",
        True,
        [("ordinal", 1, None, None)],
        "Callum Rothery",
    ),
    ("en", '"Théo is aggressive, he is brave and he always wants the ball," Rothery said.', False, [], None),
    ("en", "Supporters hope the signing will finally give the side the control in midfield it has lacked.", False, [], None),
    # --- Bilanz Fortuna Elbhagen (SID), August ---
    (
        "de",
        "Elbhagen (SID) - Fortuna Elbhagen hat im Geschäftsjahr 2025/26 so viel umgesetzt wie nie zuvor, nämlich 348,6 Millionen Euro.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("money", 348600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Unter dem Strich stand dennoch ein Verlust von 21,4 Millionen Euro, nachdem das Minus ein Jahr zuvor 9,8 Millionen Euro betragen hatte, wie der Klub am Mittwoch mitteilte.",
        True,
        [("money", 21400000, "EUR", None), ("money", 9800000, "EUR", None)],
        "der Klub",
    ),
    ("de", "Es ist das dritte Minus in Folge.", True, [("ordinal", 3, None, None)], None),
    (
        "de",
        "Die Personalkosten stiegen um 14 Prozent auf 203 Millionen Euro und machten damit knapp 60 Prozent des Umsatzes aus.",
        True,
        [("percent", 14, "%", None), ("money", 203000000, "EUR", None), ("percent", 60, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Finanzvorständin Ilka Brandstätter sagte, der Verein rechne für das laufende Geschäftsjahr mit einem Fehlbetrag zwischen fünf und acht Millionen Euro.",
        True,
        [("money", 5000000, "EUR", None), ("money", 8000000, "EUR", None)],
        "Ilka Brandstätter",
    ),
    ("de", "„Wir werden keinen Spieler verschleudern, nur um eine Bilanz zu schönen“, sagte Brandstätter.", False, [], None),
    (
        "de",
        "Die Zahl der Mitglieder stieg zum Stichtag 30. Juni auf 131.450, knapp 9.000 mehr als ein Jahr zuvor.",
        True,
        [("date", "--06-30", None, None), ("count", 131450, None, None), ("count", 9000, None, "nearly")],
        None,
    ),
    ("de", "Das Eigenkapital schrumpfte auf 38 Millionen Euro.", True, [("money", 38000000, "EUR", None)], None),
    ("de", "Kritiker im Aufsichtsrat halten den Sparkurs für zu zaghaft.", False, [], None),
    # --- Kingsmere Town accounts (PA), August ---
    (
        "en",
        "LONDON (PA) - Kingsmere Town made a loss of £41.8million in the 12 months ending June 30, 2026, the Championship club's latest accounts show.",
        True,
        [("money", 41800000, "GBP", None), ("duration", 12, "month", None), ("date", "2026-06-30", None, None)],
        None,
    ),
    (
        "en",
        "Wages rose to £57.2million, equivalent to 134 per cent of turnover, up from 118 per cent a year earlier.",
        True,
        [("money", 57200000, "GBP", None), ("percent", 134, "%", None), ("percent", 118, "%", None)],
        None,
    ),
    (
        "en",
        "Turnover fell by almost a fifth to £42.7m after the Championship club's parachute payments ran out.",
        True,
        [("fraction", 0.2, None, "nearly"), ("money", 42700000, "GBP", None)],
        None,
    ),
    ("en", "The club's debt to its owner, American investor Grant Holloway, now stands at £186m.", True, [("money", 186000000, "GBP", None)], None),
    (
        "en",
        "Chief executive Fiona Largs said Holloway had converted £60m of that loan into shares in August.",
        True,
        [("money", 60000000, "GBP", None)],
        "Fiona Largs",
    ),
    ("en", '"Grant has never wavered, and he is not going anywhere," Largs said.', False, [], None),
    (
        "en",
        "Under EFL rules, Championship clubs may lose no more than £41m over three seasons.",
        True,
        [("money", 41000000, "GBP", "at_most"), ("count", 3, None, None)],
        None,
    ),
    ("en", "The EFL said it was reviewing the accounts and had asked Kingsmere for further information.", True, [], "the EFL"),
    ("en", "Supporters' groups said they were worried about how much the club now depends on Holloway.", False, [], None),
    # --- Rekordverkauf des FC Traunviertel (APA), August ---
    (
        "de",
        "Linz (APA) - Der FC Traunviertel hat Mittelfeldspieler Jakob Eibensteiner um 16 Millionen Pfund (18,5 Millionen Euro) an Aldermoor United verkauft.",
        True,
        [("money", 16000000, "GBP", None), ("money", 18500000, "EUR", None)],
        None,
    ),
    ("de", "Das ist der höchste Verkaufserlös in der Geschichte der österreichischen Bundesliga, hieß es in einer Aussendung des Klubs.", True, [], None),
    ("de", "Inklusive aller Boni kann die Summe auf 22 Millionen Euro steigen.", True, [("money", 22000000, "EUR", None)], None),
    (
        "de",
        "Der 21-jährige Oberösterreicher war vor zwei Jahren um 400.000 Euro von einem Regionalligisten gekommen.",
        True,
        [("duration", 21, "year", None), ("duration", 2, "year", None), ("money", 400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Er unterschrieb in England einen Vertrag bis 2031 und soll dort ein Wochengehalt von rund 60.000 Pfund beziehen.",
        True,
        [("year", 2031, None, None), ("money", 60000, "GBP", "about")],
        None,
    ),
    (
        "de",
        "Obmann Gerald Pühringer sagte der APA, ein Teil des Erlöses fließe in den Ausbau des Nachwuchszentrums.",
        True,
        [],
        "Gerald Pühringer",
    ),
    ("de", "„Für einen Verein unserer Größe ist das ein Jackpot, aber auch ein Auftrag“, sagte Pühringer.", False, [], None),
    (
        "de",
        "Insgesamt nahmen die Klubs der Liga heuer bereits rund 74 Mio. Euro an Ablösen ein, wie aus Berechnungen der APA hervorgeht.",
        True,
        [("money", 74000000, "EUR", "about")],
        None,
    ),
    # --- Almazán raise Zubeldia's release clause (Reuters), September ---
    (
        "en",
        "MADRID, Sept 3 (Reuters) - Deportivo Almazán have extended forward Iker Zubeldia's contract until June 2031 and raised his release clause to 1 billion euros, the La Liga club said on Thursday.",
        True,
        [("date", "--09-03", None, None), ("year", 2031, None, None), ("money", 1000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The 19-year-old's previous deal, which ran to 2028, contained a clause of 500 million euros.",
        True,
        [("duration", 19, "year", None), ("year", 2028, None, None), ("money", 500000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Zubeldia has scored 17 goals in 46 appearances since making his debut at the age of 16.",
        True,
        [("count", 17, None, None), ("count", 46, None, None), ("duration", 16, "year", None)],
        None,
    ),
    (
        "en",
        "Club president Arantxa Echevarría said the new terms made Zubeldia the best-paid player in the club's 104-year history.",
        True,
        [("duration", 104, "year", None)],
        "Arantxa Echevarría",
    ),
    ("en", '"Iker is the heart of this club and he always will be," Echevarría said.', False, [], None),
    ("en", "Spanish league rules require every professional contract to include a release clause.", True, [], None),
    ("en", "Almazán's squad cost limit for this season was set at 212 million euros by the league.", True, [("money", 212000000, "EUR", None)], None),
    ("en", "Whether any club would ever pay such a sum remains an open question.", False, [], None),
    # --- FC Aarewald verkauft Goalie Hürlimann (Keystone-SDA), September ---
    (
        "de",
        "Biel (Keystone-SDA) - Der FC Aarewald hat Goalie Nils Hürlimann für 6,5 Millionen Franken an den deutschen Bundesligisten VfL Hardenberg verkauft.",
        True,
        [("money", 6500000, "CHF", None)],
        None,
    ),
    ("de", "Der 25-Jährige stand in Biel noch bis 2028 unter Vertrag.", True, [("duration", 25, "year", None), ("year", 2028, None, None)], None),
    ("de", "Gemäss Medienberichten kann die Ablöse durch Boni um weitere 1,5 Millionen Franken steigen.", True, [("money", 1500000, "CHF", None)], None),
    ("de", "Sportchef Reto Imfeld sagte, der Verein habe bereits einen Nachfolger verpflichtet.", True, [], "Reto Imfeld"),
    (
        "de",
        "«Nils geht mit unserem Segen, wir lassen ihn mit einem weinenden und einem lachenden Auge ziehen», sagte Imfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Disziplinarkommission der Swiss Football League belegte den FC Aarewald zudem mit einer Busse von 32'000 Franken, weil Anhänger beim Derby Pyrotechnik gezündet hatten.",
        True,
        [("money", 32000, "CHF", None)],
        None,
    ),
    ("de", "Der Club zählt nach eigenen Angaben inzwischen 11'850 Mitglieder, so viele wie nie zuvor.", True, [("count", 11850, None, None)], None),
    (
        "de",
        "Das Stadion fasst 9'200 Zuschauer, im Schnitt kamen in der vergangenen Saison 7'940.",
        True,
        [("count", 9200, None, None), ("count", 7940, None, None)],
        None,
    ),
    ("de", "Ob sich Hürlimann in Hardenberg gegen die etablierte Konkurrenz durchsetzt, ist offen.", False, [], None),
    # --- Vaqueros sign Arboleda (AP), September ---
    (
        "en",
        "SAN ANTONIO (AP) — The San Antonio Vaqueros signed Colombian forward Julián Arboleda as a designated player on Tuesday, paying a club-record transfer fee of $14 million to Argentina's Club Atlético Puelche.",
        True,
        [("money", 14000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Arboleda, 26, agreed to a contract through the 2029 season with a club option for 2030, the team announced.",
        True,
        [("duration", 26, "year", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "His guaranteed compensation will be about $3.9 million a year, a person with knowledge of the terms said on condition of anonymity because they were not made public.",
        True,
        [("money", 3900000, "USD", "about")],
        None,
    ),
    ("en", "Arboleda scored 21 goals in 38 league games for Puelche last season.", True, [("count", 21, None, None), ("count", 38, None, None)], None),
    (
        "en",
        "Vaqueros general manager Dale Pruett said the club had beaten offers from two European teams.",
        True,
        [("count", 2, None, None)],
        "Dale Pruett",
    ),
    ("en", '"He is a difference-maker, and our fans are going to fall in love with him," Pruett said.', False, [], None),
    ("en", '"We are not done building this roster," Pruett added.', False, [], None),
    (
        "en",
        "The Vaqueros, who entered the league in 2025, finished 11th in the Western Conference.",
        True,
        [("year", 2025, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    # --- Transferbilanz der Bundesliga (dpa), September ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die 18 Bundesligisten haben in der Sommer-Transferperiode zusammen rund 786 Millionen Euro für neue Spieler ausgegeben.",
        True,
        [("count", 18, None, None), ("money", 786000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Dem standen Einnahmen von 944 Millionen Euro gegenüber, das Transferplus beträgt damit 158 Millionen Euro, teilte die Deutsche Fußball Liga am Mittwoch mit.",
        True,
        [("money", 944000000, "EUR", None), ("money", 158000000, "EUR", None)],
        "die Deutsche Fußball Liga",
    ),
    (
        "de",
        "Hinter Calheiros war Mittelfeldspieler Mats Olbrich der zweitteuerste Zugang, Fortuna Elbhagen zahlte für ihn 41 Millionen Euro.",
        True,
        [("ordinal", 2, None, None), ("money", 41000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Jeder vierte der insgesamt 214 Zugänge kam aus dem Ausland, darunter zwei Dutzend Leihspieler.",
        True,
        [("fraction", 0.25, None, None), ("count", 214, None, None), ("count", 24, None, None)],
        None,
    ),
    ("de", "Nach DFL-Angaben wurden allein am letzten Tag der Wechselfrist 31 Transfers abgewickelt.", True, [("count", 31, None, None)], None),
    ("de", "Ein Berater, der namentlich nicht genannt werden wollte, sprach von einem „überhitzten Markt“.", False, [], None),
    ("de", "Die Klubs der Premier League gaben im selben Zeitraum mehr als das Dreifache aus.", True, [("count", 3, None, "over")], None),
    ("de", "Ob die Vereine im Winter ähnlich viel investieren, gilt unter Beobachtern als fraglich.", False, [], None),
    # --- Thornbury City docked points (PA), October ---
    (
        "en",
        "LONDON (PA) - Thornbury City have been docked eight points for overspending under Premier League financial rules, the league said on Tuesday.",
        True,
        [("count", 8, None, None)],
        "the league",
    ),
    (
        "en",
        "A commission ruled that Thornbury's losses over the three seasons to 2026 were £34.6m above the permitted £112m.",
        True,
        [("count", 3, None, None), ("year", 2026, None, None), ("money", 34600000, "GBP", None), ("money", 112000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The deduction drops Thornbury from 14th to 18th, two points from safety.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 18, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "Thornbury said they would appeal against the sanction within the 14 days allowed.", True, [("duration", 14, "day", None)], "Thornbury"),
    (
        "en",
        '"This punishment is wildly disproportionate and we will fight it with everything we have," chairman Marcus Tolley said.',
        False,
        [],
        None,
    ),
    ("en", "Tolley said the club had cut its wage bill by £22m since the period covered by the charge.", True, [("money", 22000000, "GBP", None)], "Tolley"),
    ("en", "It is the third time in as many seasons that a Premier League club has lost points for breaking the rules.", True, [("ordinal", 3, None, None)], None),
    ("en", "Fans' groups fear the penalty could trigger an exodus of senior players in January.", False, [], None),
    # --- Stadionausbau beim SC Emscherbruch (dpa/lnw), November ---
    (
        "de",
        "Gelsenkirchen (dpa/lnw) - Die Mitglieder des SC Emscherbruch haben nach einer fünfstündigen Debatte den Ausbau des Stadions auf 64.000 Plätze gebilligt.",
        True,
        [("duration", 5, "hour", None), ("count", 64000, None, None)],
        None,
    ),
    (
        "de",
        "Von den 4.812 anwesenden Stimmberechtigten votierten 87,3 Prozent für das Projekt, nötig war eine Zweidrittelmehrheit.",
        True,
        [("count", 4812, None, None), ("percent", 87.3, "%", None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten veranschlagt der Verein auf rund 145 Millionen Euro, die Bauzeit auf etwa 26 Monate.",
        True,
        [("money", 145000000, "EUR", "about"), ("duration", 26, "month", "about")],
        None,
    ),
    ("de", "Derzeit fasst die Arena 57.300 Zuschauer, die Dauerkarten sind seit Jahren vergriffen.", True, [("count", 57300, None, None)], None),
    (
        "de",
        "Präsident Hartwig Brünninghaus sagte, der Klub habe inzwischen mehr als 210.000 Mitglieder und sei damit der drittgrößte Sportverein Deutschlands.",
        True,
        [("count", 210000, None, "over"), ("ordinal", 3, None, None)],
        "Hartwig Brünninghaus",
    ),
    (
        "de",
        "„Dieses Stadion ist unser Wohnzimmer, und wir machen es größer, ohne seine Seele zu verkaufen“, sagte Brünninghaus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanziert werden soll der Ausbau über ein Darlehen von 90 Millionen Euro mit einer Laufzeit von 20 Jahren.",
        True,
        [("money", 90000000, "EUR", None), ("duration", 20, "year", None)],
        None,
    ),
    ("de", "Eine Fan-Initiative kritisierte die geplanten Preiserhöhungen für Stehplätze als unsozial.", False, [], None),
    # --- UEFA finance report (Reuters), November ---
    (
        "en",
        "NYON, Switzerland, Nov 12 (Reuters) - Revenue at Europe's top-division clubs rose 7% to a record 29.4 billion euros last season, according to UEFA's annual finance report published on Thursday.",
        True,
        [("date", "--11-12", None, None), ("percent", 7, "%", None), ("money", 29400000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Wages grew faster, by 9%, and now absorb 64% of revenue on average, the report found.",
        True,
        [("percent", 9, "%", None), ("percent", 64, "%", None)],
        None,
    ),
    (
        "en",
        "Premier League clubs generated 7.9 billion euros, more than the top divisions of Germany and Spain combined.",
        True,
        [("money", 7900000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Aggregate net losses narrowed to 1.1 billion euros from 1.6 billion euros a year earlier.",
        True,
        [("money", 1100000000, "EUR", None), ("money", 1600000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Twelve of the 20 biggest net spenders on transfers were English clubs, the report showed.",
        True,
        [("count", 12, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "UEFA finance director Sandrine Aebli said net transfer spending had reached 3.2 billion euros, the highest since the series began in 2012.",
        True,
        [("money", 3200000000, "EUR", None), ("year", 2012, None, None)],
        "Sandrine Aebli",
    ),
    ("en", '"European football has never been richer, but the gap at the top keeps widening," Aebli said.', False, [], None),
    ("en", "Critics say the rules do little to close that gap.", False, [], None),
    # --- UEFA-Strafe für Fortuna Elbhagen (SID), Dezember ---
    (
        "de",
        "Nyon (SID) - Die Europäische Fußball-Union hat Fortuna Elbhagen wegen Verstößen gegen ihre Finanzregeln mit einer Geldstrafe von 12 Millionen Euro belegt.",
        True,
        [("money", 12000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Neun Millionen Euro davon werden nur fällig, wenn der Klub die Vorgaben in den kommenden drei Spielzeiten erneut verfehlt.",
        True,
        [("money", 9000000, "EUR", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Elbhagen hatte in der Saison 2025/26 rund 83 Prozent seiner Einnahmen für Gehälter, Ablösen und Beraterhonorare ausgegeben, erlaubt sind 75 Prozent.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("percent", 83, "%", "about"), ("percent", 75, "%", None)],
        None,
    ),
    (
        "de",
        "Zudem darf der Klub in der kommenden Europapokal-Saison nur 23 statt 25 Spieler melden, teilte die UEFA am Freitag mit.",
        True,
        [("count", 23, None, None), ("count", 25, None, None)],
        "die UEFA",
    ),
    ("de", "Brandstätter sagte, der Verein akzeptiere die Vereinbarung und werde keinen Einspruch einlegen.", True, [], "Brandstätter"),
    ("de", "„Wir haben unsere Lektion gelernt“, sagte Brandstätter.", False, [], None),
    (
        "de",
        "Insgesamt verhängte die UEFA in dieser Runde gegen neun Klubs Strafen von zusammen 57 Millionen Euro.",
        True,
        [("count", 9, None, None), ("money", 57000000, "EUR", None)],
        None,
    ),
    ("de", "In der Fankurve wurde die Strafe mit Spott und Galgenhumor quittiert.", False, [], None),
    # --- Calcio Vallarsa sold (AP), December ---
    (
        "en",
        "MILAN (AP) — American investment firm Brightwater Sports Partners agreed on Monday to buy a 67% stake in Serie A club Calcio Vallarsa in a deal that values the club at 640 million euros ($745 million).",
        True,
        [("percent", 67, "%", None), ("money", 640000000, "EUR", None), ("money", 745000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Brightwater will also take on about 190 million euros of debt, the club said in a statement.",
        True,
        [("money", 190000000, "EUR", "about")],
        "the club",
    ),
    (
        "en",
        "Managing partner Colin Marsh said Brightwater would put a further 150 million euros into the club over five years, mostly for a new stadium.",
        True,
        [("money", 150000000, "EUR", None), ("duration", 5, "year", None)],
        "Colin Marsh",
    ),
    (
        "en",
        "Vallarsa, who finished seventh last season, play at a municipal stadium built in 1932 that holds 26,800.",
        True,
        [("ordinal", 7, None, None), ("year", 1932, None, None), ("count", 26800, None, None)],
        None,
    ),
    ("en", '"This club deserves a home that matches its history," Marsh said.', False, [], None),
    (
        "en",
        "The remaining 33% stays with the Bellandi family, which has owned Vallarsa since 1987.",
        True,
        [("percent", 33, "%", None), ("year", 1987, None, None)],
        None,
    ),
    ("en", "Some supporters' groups said they worried a foreign owner would not understand the club's traditions.", False, [], None),
    ("en", "The sale still requires approval from the Italian league and is expected to close by March.", True, [], None),
    # --- Sanierungsverfahren beim SK Mürzhofen (APA), Jänner ---
    ("de", "Leoben (APA) - Der Bundesligist SK Mürzhofen hat beim Landesgericht Leoben ein Sanierungsverfahren ohne Eigenverwaltung beantragt.", True, [], None),
    (
        "de",
        "Laut KSV1870 hat der Klub Schulden von rund 11,6 Mio. Euro, betroffen sind 93 Gläubiger.",
        True,
        [("money", 11600000, "EUR", "about"), ("count", 93, None, None)],
        None,
    ),
    (
        "de",
        "Der Sanierungsplan sieht für die Gläubiger eine Quote von 20 Prozent vor, zahlbar binnen zwei Jahren.",
        True,
        [("percent", 20, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Nach den Bestimmungen der Liga droht dem Klub ein Abzug von sechs Punkten.", True, [("count", 6, None, None)], None),
    (
        "de",
        "Mürzhofen liegt derzeit mit 19 Punkten auf dem neunten Tabellenplatz, sechs Zähler vor Schlusslicht FC Gurktal.",
        True,
        [("count", 19, None, None), ("ordinal", 9, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Geschäftsführer Harald Zechner sagte, die Gehälter für Dezember seien noch nicht ausbezahlt worden.",
        True,
        [],
        "Harald Zechner",
    ),
    ("de", "„Wir kämpfen um jeden Euro und um jeden Arbeitsplatz“, sagte Zechner.", False, [], None),
    ("de", "Ob der Spielbetrieb bis zum Saisonende gesichert ist, ließ Zechner offen.", False, [], None),
    # --- Fans take over Lochbridge Thistle (PA), January ---
    (
        "en",
        "GLASGOW (PA) - Supporters of Lochbridge Thistle have completed a takeover of the Scottish Premiership club, with the fans' trust buying a 51 per cent controlling stake.",
        True,
        [("percent", 51, "%", None)],
        None,
    ),
    (
        "en",
        "The Lochbridge Supporters Trust, which has 9,400 members, paid £4.2million for the shares, the trust announced.",
        True,
        [("count", 9400, None, None), ("money", 4200000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Members paid in an average of £15 a month over the past three years to fund the purchase.",
        True,
        [("money", 15, "GBP", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Trust chair Morag Kinnear told reporters the fans would hold four of the seven seats on the new board.",
        True,
        [("count", 4, None, None), ("count", 7, None, None)],
        "Morag Kinnear",
    ),
    ("en", '"Today this club belongs to the people who love it most," Kinnear said.', False, [], None),
    ("en", "Kinnear declined to say how much the trust would make available for new signings.", False, [], None),
    (
        "en",
        "The club's Carrick Road ground holds 10,200 and drew an average crowd of 7,850 last season.",
        True,
        [("count", 10200, None, None), ("count", 7850, None, None)],
        None,
    ),
    (
        "en",
        "Outgoing owner Desmond Farrell put the club up for sale in 2024 after losses of more than £9m over two seasons.",
        True,
        [("year", 2024, None, None), ("money", 9000000, "GBP", "over"), ("count", 2, None, None)],
        None,
    ),
    # --- Leihe mit Kaufpflicht in Hardenberg (dpa), Januar ---
    (
        "de",
        "Hardenberg (dpa) - Der VfL Hardenberg leiht Verteidiger Samuel Okorie bis zum Saisonende vom englischen Klub Aldermoor United aus.",
        True,
        [],
        None,
    ),
    ("de", "Die Leihgebühr beträgt nach dpa-Informationen 2,5 Millionen Euro.", True, [("money", 2500000, "EUR", None)], None),
    (
        "de",
        "Der Vertrag enthält eine Kaufpflicht über 24 Millionen Euro, die bei mindestens 15 Einsätzen greift.",
        True,
        [("money", 24000000, "EUR", None), ("count", 15, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der 27 Jahre alte Nigerianer kam in der Hinrunde in England nur auf vier Premier-League-Spiele.",
        True,
        [("duration", 27, "year", None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Seidenspinner sagte dem „Kicker“, Okorie stehe bereits am Samstag im Kader.", True, [], "Seidenspinner"),
    (
        "de",
        "„Samuel bringt genau die Härte mit, die uns in der Hinrunde gefehlt hat“, sagte Trainer Enno Paschke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hardenberg hat in der Hinrunde 31 Gegentore kassiert, so viele wie kein anderes Team aus der oberen Tabellenhälfte.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    ("de", "Über die Höhe von Okories Gehalt machten die Vereine keine Angaben.", False, [], None),
    # --- Al-Rimal bid for Owusu-Darko (Reuters), January ---
    (
        "en",
        "RIYADH, Jan 29 (Reuters) - Saudi Pro League side Al-Rimal have agreed a fee of 45 million euros with Aldermoor United for striker Kwabena Owusu-Darko, a source with knowledge of the deal told Reuters.",
        True,
        [("date", "--01-29", None, None), ("money", 45000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Owusu-Darko, 29, would sign a three-year contract worth 120 million riyals ($32 million) a season, the source said.",
        True,
        [("duration", 29, "year", None), ("duration", 3, "year", None), ("money", 120000000, "SAR", None), ("money", 32000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The Ghana international earns around 180,000 pounds a week at Aldermoor, where his contract runs until 2028.",
        True,
        [("money", 180000, "GBP", "about"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Aldermoor said they had accepted an offer for the player but that personal terms had not yet been agreed.",
        True,
        [],
        "Aldermoor",
    ),
    (
        "en",
        "He has scored 38 goals in 97 Premier League appearances since joining from Belgian club Royal Meerhout in 2022.",
        True,
        [("count", 38, None, None), ("count", 97, None, None), ("year", 2022, None, None)],
        None,
    ),
    ("en", '"Kwabena has given everything for this club and he will leave with our gratitude," Rothery said.', False, [], None),
    ("en", "The rumour mill had linked Owusu-Darko with a move to the Gulf for months.", False, [], None),
    # --- Finanzzahlen der Super League (Keystone-SDA), Februar ---
    (
        "de",
        "Bern (Keystone-SDA) - Die zwölf Klubs der Super League haben in der Saison 2025/26 zusammen einen Umsatz von 438 Millionen Franken erzielt.",
        True,
        [("count", 12, None, None), ("year", 2025, None, None), ("year", 2026, None, None), ("money", 438000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das sind gut 6 Prozent mehr als im Jahr zuvor, teilte die Swiss Football League mit.",
        True,
        [("percent", 6, "%", "over")],
        "die Swiss Football League",
    ),
    (
        "de",
        "Acht der zwölf Vereine schrieben rote Zahlen, der Gesamtverlust lag bei 41 Millionen Franken.",
        True,
        [("count", 8, None, None), ("count", 12, None, None), ("money", 41000000, "CHF", None)],
        None,
    ),
    ("de", "Rund ein Drittel der Einnahmen stammte aus Transfers.", True, [("fraction", 0.3333, None, "about")], None),
    (
        "de",
        "Der Zuschauerschnitt stieg auf 12'360 pro Spiel, den höchsten Wert seit 2008.",
        True,
        [("count", 12360, None, None), ("year", 2008, None, None)],
        None,
    ),
    (
        "de",
        "Liga-CEO Marcel Zurbriggen sagte, ab der Saison 2027/28 würden aus dem neuen TV-Vertrag jährlich rund 48 Millionen Franken an die Klubs fliessen.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("money", 48000000, "CHF", "about")],
        "Marcel Zurbriggen",
    ),
    ("de", "«Der Schweizer Fussball ist wirtschaftlich gesünder, als viele glauben», sagte Zurbriggen.", False, [], None),
    ("de", "Ökonomen bemängeln seit Langem, dass die Liga zu stark vom Verkauf junger Talente lebt.", False, [], None),
    # --- January window spending (PA), February ---
    (
        "en",
        "LONDON (PA) - Premier League clubs spent an estimated £515m during the January transfer window, the second-highest total for a winter window on record.",
        True,
        [("money", 515000000, "GBP", "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "That was 12 per cent more than a year earlier, according to figures compiled by financial advisers Hallam Pryce.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    ("en", "More than a third of the total was spent on deadline day alone.", True, [("fraction", 0.3333, None, "over")], None),
    (
        "en",
        "The window's biggest deal took winger Finn Maddox from Kingsmere Town to Aldermoor for £38m, rising to £44m with add-ons.",
        True,
        [("money", 38000000, "GBP", None), ("money", 44000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Maddox, 22, is understood to have agreed a £95,000-a-week contract until 2031.",
        True,
        [("duration", 22, "year", None), ("money", 95000, "GBP", None), ("year", 2031, None, None)],
        None,
    ),
    ("en", "Thornbury were the only top-flight club not to sign a player.", True, [], None),
    ("en", "Championship clubs spent £96m, the most since 2020.", True, [("money", 96000000, "GBP", None), ("year", 2020, None, None)], None),
    ("en", '"Clubs kept their heads this time, nobody panicked," an agent told PA.', False, [], None),
    # --- Paschke verlängert (dpa), März ---
    (
        "de",
        "Hardenberg (dpa) - Trainer Enno Paschke hat seinen Vertrag beim VfL Hardenberg vorzeitig um zwei Jahre bis 2030 verlängert.",
        True,
        [("duration", 2, "year", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Der 46-Jährige war im Sommer 2024 vom Zweitligisten SV Ostheide gekommen, Hardenberg zahlte damals 3,5 Millionen Euro Ablöse.",
        True,
        [("duration", 46, "year", None), ("year", 2024, None, None), ("money", 3500000, "EUR", None)],
        None,
    ),
    ("de", "Eine Ausstiegsklausel in Höhe von sechs Millionen Euro wurde nach Vereinsangaben gestrichen.", True, [("money", 6000000, "EUR", None)], None),
    (
        "de",
        "Unter Paschke holte Hardenberg in 71 Bundesligaspielen im Schnitt 1,83 Punkte pro Partie.",
        True,
        [("count", 71, None, None), ("count", 1.83, None, None)],
        None,
    ),
    ("de", "Paschkes Jahresgehalt steigt nach „Kicker“-Informationen auf rund vier Millionen Euro.", True, [("money", 4000000, "EUR", "about")], None),
    ("de", "„Enno lebt diesen Verein, und dieser Verein lebt ihn“, sagte Seidenspinner.", False, [], None),
    (
        "de",
        "Der VfL liegt nach 25 Spieltagen mit 51 Punkten auf Platz drei, vier Zähler hinter Tabellenführer Fortuna Elbhagen.",
        True,
        [("count", 25, None, None), ("count", 51, None, None), ("ordinal", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Dank der Europapokal-Erfolge des VfL verbesserte sich Deutschland in der UEFA-Fünfjahreswertung auf Rang drei.",
        True,
        [("duration", 5, "year", None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Über eine Ablöse für den Fall eines vorzeitigen Abschieds wollte sich der Verein nicht äußern.", False, [], None),
    # --- Revenue ranking (Reuters), March ---
    (
        "en",
        "LONDON, March 4 (Reuters) - Aldermoor United overtook Deportivo Almazán as the world's highest-earning football club, with revenue of 1.04 billion euros in the 2025-26 season, according to an annual ranking by consultancy Marlby Sports Finance.",
        True,
        [("date", "--03-04", None, None), ("money", 1040000000, "EUR", None), ("year", 2025, None, None), ("year", 2026, None, None)],
        None,
    ),
    ("en", "It is the first time an English club has topped the list since 2019.", True, [("ordinal", 1, None, None), ("year", 2019, None, None)], None),
    (
        "en",
        "Almazán slipped to second with 987 million euros after going out of the Champions League in the league phase.",
        True,
        [("ordinal", 2, None, None), ("money", 987000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Ten English clubs made the top 20, and the combined revenue of the 20 clubs rose 6% to 12.7 billion euros.",
        True,
        [("count", 10, None, None), ("count", 20, None, None), ("count", 20, None, None), ("percent", 6, "%", None), ("money", 12700000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Report author Nadine Okafor said matchday income grew fastest, up 11%, driven by higher ticket prices.",
        True,
        [("percent", 11, "%", None)],
        "Nadine Okafor",
    ),
    ("en", '"The money keeps flowing to the same handful of clubs," Okafor said.', False, [], None),
    ("en", "Okafor said she expected the gap between English clubs and the rest to keep growing.", False, [], None),
    (
        "en",
        "Fortuna Elbhagen entered the ranking for the first time, in 19th place.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 19, None, None)],
        None,
    ),
    # --- Berater verklagt Hardenberg (SID), April ---
    (
        "de",
        "Köln (SID) - Spielerberater Nuno Vasconcelos hat den VfL Hardenberg vor dem Landgericht Köln auf Zahlung von 7,2 Millionen Euro verklagt.",
        True,
        [("money", 7200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vasconcelos fordert nach Angaben des Gerichts ein Honorar von neun Prozent der Ablöse, die Hardenberg im Sommer für Rúben Calheiros gezahlt hatte.",
        True,
        [("percent", 9, "%", None)],
        "das Gericht",
    ),
    ("de", "Der Verein bestreitet, dass mit dem Berater eine schriftliche Vereinbarung bestand.", True, [], None),
    (
        "de",
        "Vorstandschef Carsten Weyhe sagte, der VfL habe sämtliche Verpflichtungen aus dem Transfer erfüllt.",
        True,
        [],
        "Carsten Weyhe",
    ),
    ("de", "„Das ist ein durchsichtiger Versuch, Kasse zu machen“, sagte Weyhe.", False, [], None),
    ("de", "Vasconcelos' Anwalt sprach von einem „klaren Vertragsbruch“.", False, [], None),
    (
        "de",
        "Der 41-jährige Portugiese betreut nach eigenen Angaben 63 Profis in sieben Ländern.",
        True,
        [("duration", 41, "year", None), ("count", 63, None, None), ("count", 7, None, None)],
        None,
    ),
    ("de", "Eine Entscheidung des Gerichts wird für den 14. Mai erwartet.", True, [("date", "--05-14", None, None)], None),
    # --- Vaqueros stadium vote (AP), April ---
    (
        "en",
        "SAN ANTONIO (AP) — A $465 million downtown stadium for the San Antonio Vaqueros won approval on Thursday when the city council voted 8-3 for the 28,500-seat venue, which is set to open in 2029.",
        True,
        [("money", 465000000, "USD", None), ("count", 8, None, None), ("count", 3, None, None), ("count", 28500, None, None), ("year", 2029, None, None)],
        None,
    ),
    ("en", "The city will contribute $180 million in bonds, with the team covering the rest.", True, [("money", 180000000, "USD", None)], None),
    (
        "en",
        "Naming rights went to regional lender Frontera Trust for $6.5 million a year over 15 years.",
        True,
        [("money", 6500000, "USD", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "Team president Rosa Villaseñor said the Vaqueros would host at least 30 non-soccer events a year at the venue.",
        True,
        [("count", 30, None, "at_least")],
        "Rosa Villaseñor",
    ),
    ("en", '"This is the front porch our downtown has been waiting for," Villaseñor said.', False, [], None),
    ("en", "Opponents called the subsidy a gift to a wealthy owner.", False, [], None),
    (
        "en",
        "The Vaqueros now play at a college stadium that holds 18,000 and drew an average of 14,870 fans this season.",
        True,
        [("count", 18000, None, None), ("count", 14870, None, None)],
        None,
    ),
    # --- Tabelle der Bundesliga (dpa), April ---
    (
        "de",
        "Berlin (dpa) - Fünf Spieltage vor Saisonende hat Fortuna Elbhagen mit 68 Punkten sieben Zähler Vorsprung auf den VfL Hardenberg.",
        True,
        [("count", 5, None, None), ("count", 68, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Dahinter folgen der SC Emscherbruch mit 58 und Borussia Talheim mit 55 Punkten.",
        True,
        [("count", 58, None, None), ("count", 55, None, None)],
        None,
    ),
    (
        "de",
        "Die ersten vier Plätze berechtigen zur Teilnahme an der Champions League.",
        True,
        [("ordinal", 1, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Allein für die Teilnahme an der Ligaphase zahlt die UEFA jedem Klub ein Startgeld von 19,4 Millionen Euro.",
        True,
        [("money", 19400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des „Kicker“ kostet ein Abstieg einen Bundesligisten im ersten Jahr rund 35 Millionen Euro an Fernsehgeldern.",
        True,
        [("ordinal", 1, None, None), ("money", 35000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Am Tabellenende hat Schlusslicht Union Kressbach nur 21 Punkte auf dem Konto, neun weniger als der Tabellensechzehnte.",
        True,
        [("count", 21, None, None), ("count", 9, None, None), ("ordinal", 16, None, None)],
        None,
    ),
    ("de", "„Abgerechnet wird am Schluss“, sagte Elbhagens Trainer Milan Vukelić.", False, [], None),
    ("de", "Ob Hardenberg den Rückstand noch aufholen kann, ist fraglich.", False, [], None),
    # --- Solvang signs for Aldermoor Women (PA), May ---
    (
        "en",
        "LONDON (PA) - Aldermoor United Women have signed Norway forward Ingrid Solvang from Swedish club Ljungby IF for a world-record fee of £1.4m, the Women's Super League club said.",
        True,
        [("money", 1400000, "GBP", None)],
        None,
    ),
    ("en", "The deal beats the previous record of £1.1m, set in 2025.", True, [("money", 1100000, "GBP", None), ("year", 2025, None, None)], None),
    (
        "en",
        "Solvang, 24, is tied to the club until 2030 and will earn about £350,000 a year, British media reported.",
        True,
        [("duration", 24, "year", None), ("year", 2030, None, None), ("money", 350000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "She scored 26 goals in 22 league games for Ljungby last season, the most in the Damallsvenskan.",
        True,
        [("count", 26, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "WSL clubs' combined spending on transfer fees rose by more than half to £9.6m this season, according to FIFA's global transfer report.",
        True,
        [("fraction", 0.5, None, "over"), ("money", 9600000, "GBP", None)],
        None,
    ),
    ("en", '"Ingrid is a superstar in the making, and she chose us," head coach Lauren Fairweather said.', False, [], None),
    ("en", "Fairweather told reporters Solvang would report for pre-season training on July 7.", True, [("date", "--07-07", None, None)], "Fairweather"),
    # --- Neues Stadion in Innsbruck (APA), Mai ---
    (
        "de",
        "Innsbruck (APA) - Mit 27 zu 13 Stimmen hat der Gemeinderat der Tiroler Landeshauptstadt am Donnerstag den Bau eines neuen Fußballstadions für 14.000 Zuseherinnen und Zuseher beschlossen.",
        True,
        [("count", 27, None, None), ("count", 13, None, None), ("count", 14000, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten werden auf 96 Mio. Euro geschätzt, Land Tirol und Stadt übernehmen je 40 Prozent.",
        True,
        [("money", 96000000, "EUR", None), ("percent", 40, "%", None)],
        None,
    ),
    ("de", "Den Rest trägt der FC Inntal, der das Stadion für 30 Jahre pachtet.", True, [("duration", 30, "year", None)], None),
    (
        "de",
        "Baubeginn soll im Herbst 2027 sein, die Fertigstellung ist für den Sommer 2029 geplant.",
        True,
        [("year", 2027, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Bürgermeisterin Veronika Strasser-Klotz sagte, die jährliche Pacht des Klubs betrage 850.000 Euro.",
        True,
        [("money", 850000, "EUR", None)],
        "Veronika Strasser-Klotz",
    ),
    ("de", "Die Opposition bezeichnete das Projekt als „Prestigebau auf Kosten der Steuerzahler“.", False, [], None),
    ("de", "„Heute ist ein guter Tag für den Sport in Tirol“, sagte Strasser-Klotz.", False, [], None),
    (
        "de",
        "Das bisherige Stadion aus dem Jahr 1958 fasst nur noch 6.800 Besucher, seit ein Teil der Tribüne gesperrt ist.",
        True,
        [("year", 1958, None, None), ("count", 6800, None, None)],
        None,
    ),
    # --- UEFA fine Aldermoor (Reuters), June ---
    (
        "en",
        "NYON, Switzerland, June 5 (Reuters) - UEFA fined Aldermoor United 25 million euros ($29 million) for breaching its squad-cost rules, with 15 million euros of that payable only if the English club misses agreed targets over the next three seasons.",
        True,
        [("date", "--06-05", None, None), ("money", 25000000, "EUR", None), ("money", 29000000, "USD", None), ("money", 15000000, "EUR", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Aldermoor spent 87% of their revenue on wages, transfers and agents' fees in 2026, above the limit of 75%, UEFA said.",
        True,
        [("percent", 87, "%", None), ("year", 2026, None, None), ("percent", 75, "%", None)],
        "UEFA",
    ),
    (
        "en",
        "The club will also be limited to registering 21 players instead of 25 for next season's Champions League.",
        True,
        [("count", 21, None, None), ("count", 25, None, None)],
        None,
    ),
    ("en", "Aldermoor said they accepted the settlement and would not appeal.", True, [], "Aldermoor"),
    (
        "en",
        "A total of eight clubs were sanctioned in this round, with fines totalling 64 million euros.",
        True,
        [("count", 8, None, None), ("money", 64000000, "EUR", None)],
        None,
    ),
    ("en", '"These rules are there to protect the competition, not to punish ambition," a UEFA spokesperson said.', False, [], None),
    ("en", "Aldermoor declined to comment on whether the sanction would affect their plans for the summer.", False, [], None),
    # --- Olbrich wechselt nach Spanien (dpa), Juni ---
    (
        "de",
        "Elbhagen (dpa) - Meister Fortuna Elbhagen verliert Mittelfeldspieler Mats Olbrich an den spanischen Spitzenklub Deportivo Almazán.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Almazán zieht nach dpa-Informationen die im Vertrag festgeschriebene Ausstiegsklausel in Höhe von 95 Millionen Euro.",
        True,
        [("money", 95000000, "EUR", None)],
        None,
    ),
    ("de", "Es ist der höchste Verkaufserlös in der Geschichte der Bundesliga.", True, [], None),
    ("de", "Olbrich war vor einem Jahr für 41 Millionen Euro nach Elbhagen gewechselt.", True, [("money", 41000000, "EUR", None)], None),
    (
        "de",
        "Der 22-Jährige soll in Spanien einen Sechsjahresvertrag bis 2033 unterschreiben und netto rund 12 Millionen Euro pro Saison verdienen.",
        True,
        [("duration", 22, "year", None), ("duration", 6, "year", None), ("year", 2033, None, None), ("money", 12000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Sportvorstand Jörg Amelung sagte, der Klub habe keine Möglichkeit gehabt, den Wechsel zu verhindern.",
        True,
        [],
        "Jörg Amelung",
    ),
    ("de", "„Natürlich tut so ein Abgang weh, aber wir sind vorbereitet“, sagte Amelung.", False, [], None),
    (
        "de",
        "Mit dem Geld will Elbhagen nach eigenen Angaben auch seine Verbindlichkeiten von zuletzt 112 Millionen Euro senken.",
        True,
        [("money", 112000000, "EUR", None)],
        None,
    ),
    # --- Premier League season ends (PA), June ---
    (
        "en",
        "LONDON (PA) - Aldermoor United finished second in the Premier League, three points behind champions Redbridge Athletic, after a 2-0 win on the final day.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", "Each place in the final table is worth about £2.9m in merit payments, the league said.", True, [("money", 2900000, "GBP", "about")], "the league"),
    (
        "en",
        "Thornbury City, who were deducted eight points in October, finished 19th and went down along with Castlemoor and Penhallow Town.",
        True,
        [("count", 8, None, None), ("ordinal", 19, None, None)],
        None,
    ),
    (
        "en",
        "Relegated clubs receive parachute payments of about £46m in their first season in the Championship.",
        True,
        [("money", 46000000, "GBP", "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Kingsmere Town were promoted to the Premier League for the first time since 1994 after winning the Championship play-off final.",
        True,
        [("ordinal", 1, None, None), ("year", 1994, None, None)],
        None,
    ),
    (
        "en",
        "Promotion is worth at least £200m to the club over the next three seasons, according to PA analysis.",
        True,
        [("money", 200000000, "GBP", "at_least"), ("count", 3, None, None)],
        None,
    ),
    ("en", '"I am so proud of this group, they never stopped believing," Kingsmere manager Owen Tregarthen said.', False, [], None),
    ("en", "Whether Thornbury can keep their best players after the drop remains unclear.", False, [], None),
]
