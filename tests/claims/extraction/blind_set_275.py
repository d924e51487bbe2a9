"""Two-hundred-and-seventy-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Clubs, firms, people and figures are made
up (SC Brenzfeld, Lukas Hatzenbichler, FC Almtal, Matthias Quernheim, Hanseatia Lübbersdorf,
Annette Woltersdorf, SK Wörthersee, Herbert Stranzinger, FC Limmattal, Ueli Rothenbühler,
Fanarbeit Limmattal, Kerstin Ahlbrecht, Kestrel, FV Remstal, Solvanta, Jürgen Kallweit, FC
Marchfeld, Friedrich Hörmannsdorfer, Hessen Nordhain, Calder Ridge, Wolfgang Eschenbrenner,
Tomislav Jurković, AC Valtellina, Sebastian Nothdurft, SV Warnowstadt, FC Emmental,
Franziska Aebersold, Merle Thorbrügge, SpVgg Frankenhöhe, Benedikt Rauscher, the fan portal
Stehblock, Christian Moosbrugger; Harbourne United, Thiago Arruda, Vale do Sousa, Rhodri
Vance, Sandia FC, Carla Benavidez, Olympique Varenne, Fabrice Loubier, Simon Hartigan,
Brightmoor, Rosalind Achebe, Marcus Ellington, the Colorado Peaks, Stallbridge City, Ollie
Crandon, Keith Moorcroft, Marlowe Sports Advisory, Real Castellana, Helena Marchetti,
Calderbridge Town, Martin Okonedo, Ashcombe Rovers, Garrick Holdings, Nadia Brightwell, Ian
Pettifer, Azuran, Ignacio Larrañaga, Redhaven Capital, Pavona Calcio, Douglas Whitcombe, the
Carolina Tides, Preston Galloway, Jack Penrose; every unnamed councillor, agent, spokesman,
analyst, critic and fan); the heads of real leagues and bodies appear under made-up names
that stand for no real holder ("DFL-Geschäftsführerin Kerstin Ahlbrecht", "Liga-Vorstand
Christian Moosbrugger", "Chief executive Simon Hartigan", "league chief executive Rosalind
Achebe"). Real leagues, bodies, courts and places (Deutsche Fußball Liga, DFL, DFB,
DFB-Sportgericht, Bundesliga, 2. Bundesliga, Frauen-Bundesliga, Champions League, Serie A,
Swiss Football League and its Disziplinarkommission, the Austrian Bundesliga, Landesgericht
Korneuburg, KSV1870, Europacup; the Premier League, the English Football League, EFL, League
One, the Championship, the Football Association, FA, the Football Supporters' Association,
HM Revenue and Customs, UEFA, the Women's Super League, WSL, Major League Soccer, the NFL,
the All-Star team, The Associated Press, PA, and the datelines' cities) stand for the way
wire copy names them; every fee, wage, loss, debt, rights sum, stadium cost, capacity,
sponsorship, ticket price, fine, vote, tally, age, date and quote here is invented, and
where a real figure came to mind (a real away-ticket cap and its year, a real squad-cost
limit, a real tampering fine) it was changed.

Its weight: SPORTS BUSINESS (the hundred-ninth batch weighed sports business and governance,
the hundred-thirty-third winter sports and their business, the thirty-fifth and
eighty-second the sports desk and football, and their decisions are kept) over one season in
story order, July to June, 30 short stories with the German and English ones interleaved by
month, each told as wire copy runs it (a dateline lead, the fee, sum or sanction, the
contract or the terms, the club's, league's or body's figures, attributed claims and quotes
of executives, presidents and coaches, the other side, fans, the follow-up). Half German
(dpa with "dpa/lby", SID, APA, Keystone-SDA; Austrian "Obmann", "Sanierungsverfahren", "Mio.
Euro", Swiss "Busse", "innert", "Entscheid", "grossen", "Stimmberechtigten", "48'000",
"9'500", «» quotes, German „“ quotes): a promoted club's record signing, a second-division
club's fourth loss in a row, a stadium vote in Klagenfurt, a Swiss fine and sector closure,
the DFL's international rights, a shirt sponsor, an Austrian club's restructuring and points
deduction, an investor under the 50+1 rule, a winter loan and the window's spending, a
coach's extension, a stadium referendum in Burgdorf, a DFB fine for pyrotechnics, the
women's league's media deal, season ticket prices and the Austrian league's finance report.
Half English (Reuters, AP, AFP, PA; "£38.4m", "£2.3m"): a club-record signing, an
MLS-hopeful's stadium vote, UEFA's squad-cost fines, the Premier League's domestic rights, a
WSL title sponsor, an NBA-style contract extension, an FA fine and a ban, a revenue ranking,
a club in administration, a Championship club's accounts, stadium naming rights, a U.S. firm
buying into an Italian club, season ticket prices, an NFL tampering fine and a record fee
with its release clause. Figures as such copy has them: fees with bonuses and add-ons,
sell-on shares, contract lengths and ends, wages per week and month, losses, debts, turnover
and wage ratios, rights money per season, capacities, costs, shares of costs, votes, fines,
bans and deadlines, ticket prices and rises, and number words and compounds („elf
Millionen“, „zwölf Bundesliga-Klubs“, "Twelve of the 14", "Eleven of the top 20",
„Fünfjahresvertrag“, „fünfstündigen“, „Zweidrittelmehrheit“, „102-jährigen“, "22,000-seat",
"131-year-old", "a fifth-round draft pick", "a second-division team"), multiples („mehr als
das Doppelte“, „mehr als das Fünffache“, "more than four times"), fractions („ein Sechstel“,
„Jeder dritte“, "a quarter", "less than a tenth"), ordinals, hedges, ranges, years, seasons
and dates. About 55 negatives as such copy has them: executives', presidents', coaches' and
players' rhetoric, pride, vows and hype in quotes, also with a named speaker, labels,
verdicts with „halten ... für“, a reported evaluation, fears, worries, a hope, appeals
naming no measure, an evasion, a non-disclosure line, a reporting credit, scene colour, the
rumour mill and open questions, each near a check-worthy look-alike: the same speaker's
figure, a club's or league's figure, an announced step, a rule.

243 rows (123 German, 120 English), 55 negatives (26 German, 29 English), 188 check-worthy
rows of which 10 carry no figure (6 German, 4 English), 321 expected quantities (88 amounts
of money - 53 EUR, 23 GBP, 8 USD, 4 CHF -, 78 counts, 42 years, 36 durations - 28 in years,
3 in days, 2 in months, 1 in hours, 1 in minutes, 1 in weeks -, 27 percentages - 26 in %, 1
in pp -, 24 ordinals, 15 fractions, 11 dates; 3 of them in three negatives, as the
seventeenth batch labels a figure in a negative), 37 checked speakers (22 German, 15
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear, conviction or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-ninth, two-hundred-and-fourth, two-hundred-and-forty-fourth); a quoted or reported
  statement of fact, figure, step, plan, target or position is check-worthy with its
  speaker, also in Konjunktiv I (hundred-ninth). Pairs from one speaker: Quernheim's
  financing beside his „Spielertyp“, Vance's 14 goals beside "the kind of pace",
  Woltersdorf's two investors beside her vow, Benavidez's 40 events beside "a generational
  investment", Stranzinger's rent beside his „schönste Tag“ (its 102 years labelled),
  Rothenbühler's 350'000 Franken beside «Kollektivstrafen», Hartigan's 160 million pounds
  beside "a vote of confidence", Ahlbrecht's third beside „noch lange nicht da“, Achebe's
  15,000 beside "asking for scraps", Kallweit's ten years beside „Meilenstein“ and
  „Melkkuh“, Hörmannsdorfer's 800.000 Euro beside his vow, Eschenbrenner's 19 Millionen
  beside „nicht unsere Seele“, Marchetti's top 10 beside "structural", Nothdurft's two
  offers beside „nicht einfach zurücklassen“, Okonedo's three parties beside "how serious
  this is", Brightwell's £60m beside "broken", Whitcombe's 60 million euros beside "the most
  undervalued asset" and his evasion, Moosbrugger's percentage points beside „so gesund wie
  nie“, Varenne's acceptance beside its president's "goalposts", and the Tides' decision not
  to appeal beside Galloway's statement.
- Check-worthy without a figure (hundred-ninth, two-hundred-and-forty-fourth): Quernheim's
  account of how the fee was paid (a stated fact in Konjunktiv I), Varenne's and the Tides'
  acceptance without appeal (hundred-sixth: "said it accepted the findings and would not
  appeal"), a player option and a franchise record ("the largest in franchise history", a
  record without a figure), a restructuring opened at a court, a rule's effect („Wegen der
  50+1-Regel behält der Stammverein die Mehrheit der Stimmrechte.“), a loan agreed, wages
  unpaid, a referendum won and a judgment accepted and final. An announced protest is an
  announced step and check-worthy („Die Fanorganisationen kündigten Proteste beim ersten
  Heimspiel der neuen Saison an.“ ordinal 1; hundred-ninth: „kündigte an, das Protestkomitee
  anzurufen“; two-hundred-and-fourth).
- Negatives (ninety-eighth, hundred-ninth, two-hundred-and-fourth,
  two-hundred-and-forty-fourth): quotes of pride, hype, vows and rhetoric from all sides;
  labels („kritisierten den Deal als Greenwashing“, „nannte die Strafen „reine
  Geldmacherei““, „als «Luxusarena auf Kosten der Steuerzahler» bezeichnet“, "called the
  deal "a giveaway to billionaires" and vowed ...", "called the punishment "a joke."",
  "called the punishment "a slap on the wrist"", "criticised the decision to drop the name
  ..."); a verdict with „halten ... für“ („hält das Projekt für ein Millionengrab“, „halten
  die Abhängigkeit ... für das größte Risiko“; two-hundred-and-twenty-ninth); a reported
  evaluation („der Markt sei „so ausgetrocknet wie nie““, as „so angespannt wie nie“ in the
  two-hundred-and-fourth, while „so viele wie nie zuvor“ beside a crowd figure keeps the row
  a claim of a measurable record, hundred-ninth); fears and worries ("Fan groups said they
  feared ...", "Fans' groups fear ...", „Kritiker ... befürchten ...“, "said fans were
  worried", "said they worried"; two-hundred-and-forty-fourth: "said they were worried");
  beliefs ("Analysts said they believed ..."; two-hundred-and-fourth); hopes ("Supporters
  hope ...", "Club officials hope ..."); an appeal that names no measure („rief die Anhänger
  auf, künftig auf Pyrotechnik zu verzichten“; hundred-ninth: „rief alle Sportlerinnen und
  Sportler auf ...“); an evasion ("Whitcombe declined to say whether ...";
  two-hundred-and-fourth: „ließ ... offen“); a non-disclosure („Über die Höhe des neuen
  Gehalts machte der Verein keine Angaben.“; hundred-ninth); a reporting credit ("The person
  spoke on condition of anonymity ..."; hundred-ninth); scene colour (a honking motorcade;
  hundred-ninth: a whistling crowd); hype in the writer's voice ("Arruda is widely regarded
  as ..."); the rumour mill with its count labelled ("... speculation that had linked the
  midfielder with clubs in four countries." count 4; hundred-ninth: "The rumour mill has
  linked Reimelt with half the clubs ..."); open questions with any figure labelled („Ob die
  Deutsche Fußball Liga ...“, „Ob Jurković die 15 Einsätze ... erreicht, gilt ... als
  offen.“ count 15, „Ob die Klubs den Rekord ... wiederholen können, gilt als fraglich.“;
  hundred-seventy-fifth).
- Transfers and contracts (thirty-fifth, eighty-second, hundred-ninth): "für 24 Millionen
  Euro", „auf bis zu 29,5 Millionen Euro“ "up_to", „eine Beteiligung von 20 Prozent an einem
  künftigen Weiterverkauf“ percent 20 (a sell-on share), "for a club-record 52 million
  pounds" ("club-record" no hedge), "could rise to 61 million pounds" (no hedge), "about
  140,000 pounds a week" ("a week" none), "about 110 million pounds", „Die Leihgebühr liegt
  ... bei 1,2 Millionen Euro“, „eine Kaufoption über neun Millionen Euro, die bei 15
  Einsätzen zur Pflicht wird“ ("über" after the noun that governs it no hedge,
  hundred-ninth: „Kaufpflicht über“), „eine Ausstiegsklausel in Höhe von vier Millionen
  Euro“, "for 115 million euros", "15 million euros in add-ons ... in four annual
  instalments" count 4 (hundred-ninth: „in drei Jahresraten“), "His release clause has been
  set at 1 billion euros". Contract lengths and ends: „einen Fünfjahresvertrag bis zum 30.
  Juni 2031“ 5 years and 2031-06-30, "has signed for six years, and ... an option to extend
  the deal by another 12 months" 6 years and 12 months ("another" no hedge, as „weitere“),
  „um zwei Jahre bis 2029“ 2 years and the year (eighty-second: „um drei Jahre bis 2029“),
  "a five-year, $265 million contract extension" (hundred-ninth: "a four-year, $18.4 million
  contract extension"), "through the 2031-32 season" both years, "a contract until June
  2032" the year. New: "a then-record $2.3 billion" has no hedge - "then-record" says the
  price was a record at the time, as "a record" and "club-record" (hundred-ninth) carry
  none.
- Multiples are counts with their hedges (hundred-ninth, hundred-seventy-third,
  two-hundred-and-thirty-fifth, two-hundred-and-forty-fourth): „mehr als das Doppelte der
  bisherigen Vereinsrekordablöse“ 2 "over" (hundred-seventy-third: „mehr als das Doppelte“),
  „mehr als das Fünffache“ 5 "over", „fast doppelt so viel“ 2 "nearly", „mehr als dreimal so
  viel wie bisher“ 3 "over" (hundred-ninth: „dreimal so viel wie zuletzt“), "more than four
  times the value" 4 "over".
- Club finances (eighty-second, hundred-ninth): losses, debts, turnover, wages and equity
  are money in the currency written („einen Verlust von 14,8 Millionen Euro“, „auf 67,3
  Millionen Euro, knapp 40 Millionen Euro davon“ the second "nearly", „um 11 Prozent auf
  58,2 Millionen Euro“, „mit 31 Millionen Euro mehr als die Hälfte der Erlöse“ 0.5 "over",
  „Verbindlichkeiten von 19 Millionen Euro“, „rund 4,6 Mio. Euro“, "lost £38.4m", "£41.7m,
  equivalent to 129% of turnover", "at £212m, up from £171m", "by almost a quarter to
  £32.3m" 0.25 "nearly", "£60m of loans", "about £19m", "almost £3.2m" "nearly", "debts of
  312 million euros", "a pre-tax loss of 97 million pounds", "a record 12.4 billion euros"
  and "1.18 billion euros", "net debt at 1.46 billion euros"); the n-th loss in a row is an
  ordinal („das vierte Minus in Folge“ 4; hundred-ninth: „der dritte Jahresverlust in
  Folge“); a forecast with a figure is check-worthy („rechnet der Klub mit einem Verlust
  zwischen fünf und sieben Millionen Euro“ two amounts, the first taking the scale and unit
  of the second, "zwischen" no hedge; hundred-thirty-third: „zwischen 1 und 1,5 Millionen
  Franken“); a creditors' quota is a percentage with its span („eine Quote von 30 Prozent
  binnen zwei Jahren“ 30 and 2 years; hundred-eighth); „Kapitalerhöhung von bis zu 20
  Millionen Euro“ "up_to"; „24,9 Prozent seiner ausgegliederten Profiabteilung“, "a 45%
  stake ... to 75% within three years" ("within" no hedge); "The deal values the club ... at
  about 780 million euros" "about".
- Media rights and sponsorship (thirty-fifth, hundred-ninth): „für sechs Spielzeiten ab
  2027/28“ count 6 and both years and "for the four seasons starting in 2029-30" count 4 and
  both years (hundred-ninth: „für die vier Spielzeiten ab 2029/30“), „auf durchschnittlich
  265 Millionen Euro pro Saison“ with no hedge, „knapp 18 Prozent mehr“ "nearly", „Allein
  aus den USA ... rund 70 Millionen Euro im Jahr“ ("Allein" no hedge, „im Jahr“ none), „etwa
  ein Sechstel“ 0.1667 "about", „um ein Drittel verringert“ 0.3333, "a record 7.1 billion
  pounds" (no hedge), "about 6% more", "270 matches live each season, up from 215 now"
  ("each season" none), "Three of the eight packages", "half ... a quarter ... and a
  quarter" 0.5, 0.25 and 0.25, "160 million pounds a season" ("a season" none); „rund 14
  Millionen Euro pro Saison“, „läuft über fünf Jahre und damit bis 2032“ 5 years with no
  hedge ("über" before a span, hundred-thirty-third: „über vier Jahre bis 2030“) and the
  year, „Prämien von bis zu drei Millionen Euro“ "up_to", „den sechsten Platz“ 6, „die
  Namensrechte ... für zehn Jahre“ 10 years, "a five-year title sponsorship deal ... worth
  42 million pounds", "at least 60% of the money" "at_least", "for 400 million euros over 20
  years" 20 years ("over" before a span no hedge, two-hundred-and-forty-fourth), "worth 20
  million euros a season", „8,5 Millionen Euro pro Saison“, „bis zum Ende der Saison
  2030/31“ both years.
- Stadiums and votes (hundred-third, hundred-ninth): capacities are counts („16.800
  Zuschauern“, „mit seinen 7.200 Plätzen“, „9'500 Zuschauern“ with the Swiss apostrophe,
  tenth, "The 22,000-seat venue" and "The 81,000-seat stadium" the figure heading the
  compound - hundred-ninth: "a 28,000-seat stadium"); costs and shares in the currency
  written („84 Mio. Euro“ - hundred-eighty-sixth: „um 410 Mio. Euro“ -, „je 40 Prozent“ with
  "je" no hedge, „rund 118 Millionen Franken“ CHF "about", „mit 22 Millionen Franken“, „eine
  jährliche Miete von 1,1 Millionen Euro“ - „jährliche“ none -, "$410 million", "$135
  million in bonds"); spans („mit einer Laufzeit von 25 Jahren“, „rund 26 Monate“ "about",
  „ein Baurecht für 60 Jahre“, "within 60 days"); tallies („mit 31 zu 14 Stimmen“ two
  counts, hundred-ninth: „mit 58 zu 41 Stimmen“; "voted 6-3" two counts, hundred-third:
  "voting 216-214"); „mit 56,4 Prozent Ja-Stimmen ..., die Stimmbeteiligung lag bei 47
  Prozent“; "about 14,000 valid signatures" "about"; "at least 40 events a year" "at_least"
  ("a year" none). New: „Der Rest wird zu einem grossen Teil über 210 Wohnungen finanziert“
  is count 210 with no hedge - "über" names the means by which the rest is financed, not a
  lower bound, as "über" after a noun that governs it names an amount (hundred-ninth,
  hundred-thirtieth), while „über 3.000 Soldaten“ (the issue) bounds a figure it stands
  right before in the sense "more than".
- Fines and sanctions (thirty-fifth, eighty-second, hundred-ninth): money in the currency
  written („mit einer Busse von 48'000 Franken“ CHF, „zu einer Geldstrafe von 138.000 Euro“,
  „Bis zu 46.000 Euro davon“ "up_to" - eighty-second: „bis zu 21.600 Euro davon“ -, „damit
  auf 311.000 Euro“, „Strafen von zusammen 9,6 Millionen Euro“ - „zusammen“ no hedge -, "a
  total of 61 million euros" - "a total of" no hedge -, "22 million euros", "Only 5 million
  euros" - "Only" no hedge -, "fined £175,000", "£100,000 ... in 2024", "fined £40,000", "a
  combined £2.3m" - "combined" no hedge -, "$2 million", "an additional $750,000" -
  "additional" no hedge, hundred-ninetieth -, "the $1.2 million penalty"); closures, bans
  and deadlines („bei den nächsten zwei Auswärtsspielen“ count 2, "banned for three matches"
  count 3 - eighty-second: „für drei Spiele gesperrt“ -, "with the rest suspended for three
  seasons" count 3 - seasons counted, hundred-ninth: "over the three seasons to 2024" -,
  „innert fünf Tagen“ 5 days - hundred-ninth: „innert 30 Tagen“ -, "has 14 days to appeal"
  14 days, "suspended for six weeks" 6 weeks, „für neun Minuten unterbrochen“ 9 minutes);
  „mehr als 60 pyrotechnische Gegenstände“ "over", „mindestens 120 Bengalos“ "at_least", "at
  least three times in March" "at_least"; "the squad-cost limit of 80% of revenue", "91% of
  its revenue in 2025", "will drop to 70% of revenue"; the n-th sanction is an ordinal („die
  dritte Sanktion“, "the club's third such charge"), "a fifth-round draft pick" ordinal 5 (a
  figure heading a compound, as "Fourth-tier club", hundred-eighth); "It is the largest fine
  ... in league history" and „die höchste Einzelstrafe ... seit 2019“ carry only the year
  they name (hundred-forty-first, hundred-forty-seventh).
- Tickets and wages (hundred-ninth, hundred-thirty-third): prices in the currency written
  ("by 9% to £845", "frozen at £210", "cap away tickets at £32", „219 Euro statt bisher 205
  Euro“ - „bisher“ no hedge -, „869 Euro“, "Im Schnitt ... 241 Euro" with no hedge, „um
  durchschnittlich 6,5 Prozent“ with no hedge), "the third increase in three years" ordinal
  3 and 3 years (hundred-ninth: "the third time in 11 weeks"), "by more than a quarter since
  2024" 0.25 "over" and the year, "About 4,000 seats" "about", „Rund 14.500 der insgesamt
  26.000 Plätze“ ("insgesamt" no hedge), "less than a tenth of the wage bill" 0.1 "under";
  wages as the amount only („weniger als 2.000 Euro brutto im Monat“ 2,000 "under" -
  „brutto“ and „im Monat“ none -, „ein Mindestgehalt von 2.500 Euro im Monat“, „knapp die
  Hälfte der Spielerinnen“ 0.5 "nearly").
- Names and classes with a figure carry none (eighty-second, hundred-ninth): „2. Bundesliga“
  (twice), „Zweitligist“, „Zweitligisten“ and „Erstligisten“ (the class of a league,
  eighty-second: „am Zweitligisten“), "League One" (hundred-ninth: "League Two"),
  "under-18s" (a group named by its age limit, eighty-second: "Under-21s"), „laut KSV1870“
  (a name with a figure, as "Mainz 05", eighty-second). New: „die 50+1-Regel“ carries no
  quantity - the rule is named by its formula, as "Formel 1" (thirty-fifth) and "CET1" and
  „AT1-Anleihen“ (hundred-thirtieth) are named by theirs; its figures count and measure
  nothing in the row. "a second-division team" is ordinal 2, the tier counted as
  "Fourth-tier club" (hundred-eighth, hundred-ninth).
- Counts, ordinals and league tables otherwise (thirty-fifth, eighty-second, hundred-ninth):
  "19 Treffer in 31 Ligaspielen", "14 goals and nine assists from 33 league appearances",
  „nur auf vier Einsätze“ ("nur" no hedge), "187 appearances", „nach 21 Spieltagen mit 29
  Punkten auf Platz neun“ two counts and ordinal 9, „sechs Punkte“, „mit nun acht Punkten
  auf den 16. und letzten Tabellenplatz“ (hundred-ninth: „auf den zwölften und letzten
  Tabellenplatz“), "deducted 12 points, dropping them from 14th to 22nd", „für den
  Tabellenvierten“ ordinal 4 (eighty-second: „Tabellenfünfter“), "finished fifth", "who
  finished seventh", "the second-highest in the division" ordinal 2 (hundred-ninth: "the
  fourth-highest"), "for the fourth year running" and "for the fourth straight year" ordinal
  4 ("running" and "straight" none, as "consecutive"), "his third All-Star team" ordinal 3,
  "the third EFL club", "finished 9-8" none (a win-loss record, eighty-second: "(8-3-4)");
  averages are counts as written ("averaged 27.4 points, 8.1 assists and 5.2 rebounds" -
  "averaged" a verb, no hedge, hundred-thirty-third; "WSL crowds averaged 7,340"); "The 20
  highest-earning soccer clubs", "Eleven of the top 20 clubs" and "made the top 10" counts
  (hundred-thirty-second: "the top 10"), "Twelve of the 14 clubs", "Four of the eight
  clubs", "eight clubs", „Die zwölf Bundesliga-Klubs“, „Die 18 Bundesligisten“, „Acht Klubs
  ..., vier ...“, „mit zwei Investoren“, „87 Gläubiger“, „Die rund 40 Angestellten, darunter
  24 Spieler“ the hedge on the first only, "three parties", „zwei Angebote“, „der 71
  Wechsel“, „Allein am letzten Tag ... 23 Transfers“ ("Allein" no hedge), „bei 15
  Einsätzen“, „einen Zuschauerschnitt von 3.940“, „38.212 Zuschauer“, "average league
  attendance ... was 61,870", "to 15,000 by 2030"; "for the first time since 2011" ordinal 1
  and the year, "for the first time in five years" ordinal 1 and 5 years
  (two-hundred-and-forty-fourth: "for the first time in more than 400 years"), „ein erstes
  Projekt“ and „beim ersten Heimspiel“ ordinal 1, „der zweite Anlauf“ 2.
- Fractions and percentages (every batch): „Jeder dritte der 71 Wechsel“ 0.3333 (the issue's
  "jeder vierte"), „Knapp ein Drittel davon“ 0.3333 "nearly", "roughly a third" 0.3333
  "about" (hundred-thirty-third: "roughly" "about"), "nearly a fifth" 0.2 "nearly"; "up 7%",
  "46% of the total", "by about 2%", "up 18%", „ein Plus von 27 Prozent“, „ein Plus von 9
  Prozent“, „um 2,5 Prozentpunkte auf 58 Prozent“ 2.5 in pp and 58 in %
  (hundred-fifty-eighth: „um sieben Prozentpunkte“).
- Ages are durations in years (every batch): „Der 23-Jährige“, „Der 26-Jährige“, „Der
  44-Jährige“, "The 21-year-old", "Ellington, 26,", "Crandon, 28,", "Galloway, 67,",
  "Penrose, 24,", "at the age of nine" 9 years (fifty-ninth: "at the age of 27"); histories
  too ("the 131-year-old club", „in der 102-jährigen Geschichte“ in a negative;
  hundred-ninth: "in its 56-year history"). A meeting's length is a duration („nach einer
  fünfstündigen Debatte“ 5 hours, the issue's "fünfstündigen Treffen"); „mit 71 Prozent ...,
  nötig war eine Zweidrittelmehrheit“ 71 and 0.6667 (hundred-ninth: „die nötige
  Zweidrittelmehrheit“); „in den letzten zwei Jahren“ and "in the past two years" 2 years.
- Years and dates: seasons give both years („im Geschäftsjahr 2025/26“, „in der Saison
  2025/26“, „ab der Saison 2027/28“, „ab 2027/28“, „bis zum Ende der Saison 2030/31“,
  "starting in 2029-30", "the 2028-29 season", "the 2031-32 season"; thirty-fifth,
  hundred-ninth); „aus dem Jahr 2019“, „bis 2029“, „im Oktober 2024“, „im Sommer 2028“, „im
  Herbst 2028“, „bis zum Sommer 2029“, „im Sommer 2030“, „seit 2019“, „nachdem 2019“, „seit
  2021“, „ab 2028“, „bis 2032“, "since 2011", "in 2022" (twice), "in 2024" (twice), "in
  2025", "since the ranking began in 1998", "since 2009", "in 2015", "by 2030", "extended to
  2029", "for the 2029 season", "until June 2032" years; „bis zum 30. Juni 2031“ 2031-06-30
  and "in the year to June 30, 2026" 2026-06-30 (the year written, a full date;
  hundred-ninth: "in the year to June 30" without one), "from July 1" --07-01 and "as of
  June 30" --06-30 dates without a year; Reuters datelines with a day are dates without a
  year ("LONDON, July 14" --07-14, "NYON, Switzerland, Oct 2" --10-02 and "MANCHESTER,
  England, Jan 22" --01-22 with the country between city and day, "LONDON, Oct 20" --10-20,
  "LONDON, Nov 11" --11-11, "MILAN, April 8" --04-08, "MADRID, June 24" --06-24); dpa, SID,
  APA, Keystone-SDA, PA ("LONDON (PA) -"), AP ("ALBUQUERQUE, N.M. (AP) —", "DENVER (AP) —",
  "NEW YORK (AP) —") and AFP ("MADRID (AFP) -") datelines none (seventy-ninth). None:
  weekdays, months („im November“, „im Februar“, „im Dezember“, „seit September“, "in July",
  "in March", "in December or January", "in February"), „in der vergangenen Saison“, „in der
  Vorsaison“, „im vergangenen Sommer“, „in dieser Saison“, „in der laufenden Saison“, „zur
  neuen Saison“, „ab der kommenden Saison“, „bis zum Saisonende“, „im Winter“, „gegenüber
  dem Jahr davor“, „in den vergangenen Wochen“, „mittelfristig“, „pro Saison“, „im Jahr“,
  „im Monat“, "last season", "this season", "next season", "this window", "a year earlier",
  "the year before", "in the summer", "before the end of the season", "since the start of
  last season", "weeks of speculation", "a week", "a season", "each season", "a year".
- Money in the currency written: EUR („Millionen Euro“, „Mio. Euro“, "million euros",
  "billion euros"), GBP ("million pounds", "billion pounds", "£845", "£38.4m", "£2.3m"), USD
  ("$410 million", "$265 million", "$154.6 million", "$2 million", "$750,000", "$2.3
  billion"), CHF („Franken“ with the Swiss apostrophe, „48'000“, „350'000“).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly"
  "about"; „knapp“, „Knapp“, „fast“, "almost", "nearly" "nearly"; „mehr als“, "more than"
  "over"; „bis zu“, „Bis zu“ "up_to"; „mindestens“, "at least" "at_least"; „weniger als“,
  "less than" "under". No hedge: „durchschnittlich“, „Im Schnitt“, „zusammen“, „insgesamt“,
  „Insgesamt“, „je“, „bereits“, „Allein“, „nur“, „bisher“, „zwischen“, "über" naming a means
  or after a noun that governs it or before a span, "Only", "only", "a total of", "a
  combined", "additional", "a further", "another", "within", "over" before a span, "could
  rise to", "a record", "club-record", "then-record", "averaged".
- Speakers, checked only in forms the earlier batches settled: „wie der Verein am Dienstag
  mitteilte“, „wie der Verein am Donnerstag mitteilte“ and „wie der Verein am Mittwoch
  mitteilte“ -> "der Verein" (hundred-ninth), „teilte der Klub am Freitag mit“ -> "der
  Klub", „teilte die Liga am Mittwoch mit“ -> "die Liga", „teilte der DFB am Dienstag mit“
  and „teilte der DFB am Montag mit“ -> "der DFB" (eighty-second; the weekday dropped),
  „nach Angaben der DFL“ -> "die DFL" (hundred-ninth), „nach Angaben der Stadt“ -> "die
  Stadt" and „nach Angaben des DFB“ -> "der DFB" (the source in the nominative, seventieth,
  two-hundred-and-forty-fourth); „Sportvorstand Matthias Quernheim sagte, ...“,
  „Finanzgeschäftsführerin Annette Woltersdorf sagte, ...“, „Klubpräsident Herbert
  Stranzinger sagte, ...“, „DFL-Geschäftsführerin Kerstin Ahlbrecht sagte, ...“,
  „Vorstandschef Jürgen Kallweit sagte, ...“, „Obmann Friedrich Hörmannsdorfer sagte, ...“,
  „Klubpräsidentin Franziska Aebersold sagte, ...“, „Finanzvorstand Benedikt Rauscher sagte,
  ...“ and „Liga-Vorstand Christian Moosbrugger sagte, ...“ the name with the title dropped
  (hundred-eightieth, two-hundred-and-forty-fourth, two-hundred-and-sixty-fourth);
  „Rothenbühler sagte, ...“, „Nothdurft sagte, ...“ and „Eschenbrenner sagte, ...“ the
  surname as written when it opens the row (forty-second, two-hundred-and-forty-fourth).
  English: "Manager Rhodri Vance said", "Team president Carla Benavidez said", "Report
  author Helena Marchetti said", "Joint administrator Martin Okonedo said", "Chief executive
  Nadia Brightwell said", "Club president Ignacio Larrañaga said" and "Redhaven managing
  partner Douglas Whitcombe said" the name with the role dropped
  (two-hundred-and-forty-fourth, two-hundred-and-sixty-fourth); "Chief executive Simon
  Hartigan told reporters" -> "Simon Hartigan" ("told reporters" names the speaker,
  two-hundred-and-fourth); "Achebe said ..." opening the row (two-hundred-and-twenty-ninth);
  "UEFA said" as written (eighty-second); "the league said on Tuesday" and "the league said
  Friday" -> "the league", "the club said on Thursday" -> "the club" (thirty-fifth,
  hundred-ninth), "the FA said" -> "the FA" (eighty-second), "the English Football League
  said on Monday" -> "the English Football League" (hundred-ninth). Left unchecked (None):
  all negatives, also those with a named speaker; rows without attribution; "the Premier
  League club said on Tuesday" and "European soccer's governing body said" (a description
  for the name, hundred-ninth), "the league's operator said" (a possessive, eighty-third),
  "consultancy Marlowe Sports Advisory said" (a description before the name,
  hundred-fifty-seventh), "the club announced" (hundred-ninth), "the two sides said" and
  "both clubs said" (plural groups, forty-first; two-hundred-and-sixty-fourth: "the two
  companies said in a joint statement"), "a person familiar with the negotiations"
  (hundred-ninth), "according to British media reports", „nach dpa-Informationen“ (media
  reports, eighty-second, hundred-ninth), "according to a court filing", "according to
  accounts published on Monday", "according to their latest accounts", "Castellana's latest
  accounts put", "according to PA analysis", "The league's investigation found", „Nach einer
  Umfrage der Spielerinnenvertretung“, „nach Branchenschätzungen“, „nach Berechnungen des
  Fanportals Stehblock“ and „geht aus dem ... Finanzreport der Liga hervor“ (documents and
  estimates, hundred-ninth, two-hundred-and-sixty-fourth), "A club spokesman said" (a role
  without a name, hundred-fifteenth), „kündigten ... an“ (no verb of saying, hundred-ninth);
  and - forms that could have been checked, left unchecked to keep the checked speakers near
  35, as the two-hundred-and-sixty-fourth batch did - "Varenne said it accepted ...", "The
  Tides said they disagreed ...", "according to the club" (eighty-second checks it) and
  „laut KSV1870“.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_275 = [
    # --- Rekordtransfer in Brenzfeld (dpa), Juli ---
    (
        "de",
        "Bielefeld (dpa) - Aufsteiger SC Brenzfeld hat den österreichischen Mittelstürmer Lukas Hatzenbichler für 24 Millionen Euro vom FC Almtal verpflichtet.",
        True,
        [("money", 24000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mit erfolgsabhängigen Boni kann die Ablöse auf bis zu 29,5 Millionen Euro steigen, wie der Verein am Dienstag mitteilte.",
        True,
        [("money", 29500000, "EUR", "up_to")],
        "der Verein",
    ),
    (
        "de",
        "Der 23-Jährige unterschrieb einen Fünfjahresvertrag bis zum 30. Juni 2031.",
        True,
        [("duration", 23, "year", None), ("duration", 5, "year", None), ("date", "2031-06-30", None, None)],
        None,
    ),
    (
        "de",
        "Das ist mehr als das Doppelte der bisherigen Vereinsrekordablöse von elf Millionen Euro aus dem Jahr 2019.",
        True,
        [("count", 2, None, "over"), ("money", 11000000, "EUR", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Der FC Almtal sichert sich zudem eine Beteiligung von 20 Prozent an einem künftigen Weiterverkauf.",
        True,
        [("percent", 20, "%", None)],
        None,
    ),
    (
        "de",
        "Hatzenbichler erzielte in der vergangenen Saison 19 Treffer in 31 Ligaspielen für den Tabellenvierten der österreichischen Bundesliga.",
        True,
        [("count", 19, None, None), ("count", 31, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Sportvorstand Matthias Quernheim sagte, der Klub habe die Ablöse vollständig aus den Einnahmen des Aufstiegs bezahlt und dafür keinen Kredit aufgenommen.",
        True,
        [],
        "Matthias Quernheim",
    ),
    ("de", "„Lukas ist genau der Spielertyp, den wir seit Jahren gesucht haben“, sagte Quernheim.", False, [], None),
    (
        "de",
        "Brenzfelder Fans feierten den Neuzugang am Abend mit einem hupenden Autokorso durch die Innenstadt.",
        False,
        [],
        None,
    ),
    # --- Harbourne sign Arruda (Reuters), July ---
    (
        "en",
        "LONDON, July 14 (Reuters) - Harbourne United have signed Brazilian winger Thiago Arruda from Portuguese side Vale do Sousa for a club-record 52 million pounds, the Premier League club said on Tuesday.",
        True,
        [("date", "--07-14", None, None), ("money", 52000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The fee could rise to 61 million pounds with add-ons tied to appearances and trophies.",
        True,
        [("money", 61000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The 21-year-old has signed for six years, and Harbourne hold an option to extend the deal by another 12 months.",
        True,
        [("duration", 21, "year", None), ("duration", 6, "year", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Arruda will earn about 140,000 pounds a week, according to British media reports.",
        True,
        [("money", 140000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Harbourne finished fifth last season and qualified for the Champions League for the first time since 2011.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 1, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Manager Rhodri Vance said the Brazilian had 14 goals and nine assists from 33 league appearances in Portugal last season.",
        True,
        [("count", 14, None, None), ("count", 9, None, None), ("count", 33, None, None)],
        "Rhodri Vance",
    ),
    (
        "en",
        '"He has the kind of pace that frightens defenders before he even touches the ball," Vance said.',
        False,
        [],
        None,
    ),
    ("en", "Arruda is widely regarded as one of the most exciting young wingers in Europe.", False, [], None),
    (
        "en",
        "Harbourne's net spending this window now stands at about 110 million pounds, more than any other club in the league.",
        True,
        [("money", 110000000, "GBP", "about")],
        None,
    ),
    # --- Bilanz in Lübbersdorf (SID), August ---
    (
        "de",
        "Hamburg (SID) - Zweitligist Hanseatia Lübbersdorf hat im Geschäftsjahr 2025/26 einen Verlust von 14,8 Millionen Euro verbucht.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("money", 14800000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits das vierte Minus in Folge, teilte der Klub am Freitag mit.",
        True,
        [("ordinal", 4, None, None)],
        "der Klub",
    ),
    (
        "de",
        "Die Verbindlichkeiten stiegen auf 67,3 Millionen Euro, knapp 40 Millionen Euro davon entfallen auf eine Anleihe, die im Herbst 2028 fällig wird.",
        True,
        [("money", 67300000, "EUR", None), ("money", 40000000, "EUR", "nearly"), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz ging um 11 Prozent auf 58,2 Millionen Euro zurück.",
        True,
        [("percent", 11, "%", None), ("money", 58200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Personalkosten machten mit 31 Millionen Euro mehr als die Hälfte der Erlöse aus.",
        True,
        [("money", 31000000, "EUR", None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Finanzgeschäftsführerin Annette Woltersdorf sagte, der Verein verhandle mit zwei Investoren über eine Kapitalerhöhung von bis zu 20 Millionen Euro.",
        True,
        [("count", 2, None, None), ("money", 20000000, "EUR", "up_to")],
        "Annette Woltersdorf",
    ),
    ("de", "„Wir werden diesen Verein nicht an die Wand fahren“, sagte Woltersdorf.", False, [], None),
    (
        "de",
        "Ob die Deutsche Fußball Liga dem Klub die Lizenz für die kommende Saison ohne Auflagen erteilt, ist offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die laufende Saison rechnet der Klub mit einem Verlust zwischen fünf und sieben Millionen Euro.",
        True,
        [("money", 5000000, "EUR", None), ("money", 7000000, "EUR", None)],
        None,
    ),
    # --- Stadium vote in Albuquerque (AP), August ---
    (
        "en",
        "ALBUQUERQUE, N.M. (AP) — City councilors voted 6-3 on Tuesday night to approve a $410 million stadium for Sandia FC, a second-division team hoping to join Major League Soccer.",
        True,
        [
            ("count", 6, None, None),
            ("count", 3, None, None),
            ("money", 410000000, "USD", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The 22,000-seat venue would open in time for the 2029 season.",
        True,
        [("count", 22000, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The city will contribute $135 million in bonds, and the team's owners will cover the rest, along with any cost overruns.",
        True,
        [("money", 135000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Team president Carla Benavidez said the club expected the stadium to host at least 40 events a year besides soccer.",
        True,
        [("count", 40, None, "at_least")],
        "Carla Benavidez",
    ),
    ("en", '"This is a generational investment in our downtown," Benavidez said.', False, [], None),
    ("en", 'Opponents called the deal "a giveaway to billionaires" and vowed to force a referendum.', False, [], None),
    (
        "en",
        "They would need about 14,000 valid signatures within 60 days to put the measure on the ballot.",
        True,
        [("count", 14000, None, "about"), ("duration", 60, "day", None)],
        None,
    ),
    # --- Stadionneubau in Klagenfurt (APA), September ---
    (
        "de",
        "Klagenfurt (APA) - Der Gemeinderat hat am Donnerstag mit 31 zu 14 Stimmen den Bau eines neuen Stadions für den Bundesligisten SK Wörthersee beschlossen.",
        True,
        [("count", 31, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Arena soll 16.800 Zuschauern Platz bieten und bis zum Sommer 2029 fertig sein.",
        True,
        [("count", 16800, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten werden mit 84 Mio. Euro veranschlagt, Land und Stadt übernehmen je 40 Prozent.",
        True,
        [("money", 84000000, "EUR", None), ("percent", 40, "%", None)],
        None,
    ),
    (
        "de",
        "Den Rest finanziert der Klub über einen Kredit mit einer Laufzeit von 25 Jahren.",
        True,
        [("duration", 25, "year", None)],
        None,
    ),
    (
        "de",
        "Die Bauzeit beträgt nach Angaben der Stadt rund 26 Monate.",
        True,
        [("duration", 26, "month", "about")],
        "die Stadt",
    ),
    ("de", "Die Opposition hält das Projekt für ein Millionengrab.", False, [], None),
    (
        "de",
        "Klubpräsident Herbert Stranzinger sagte, der Verein werde der Stadt eine jährliche Miete von 1,1 Millionen Euro zahlen.",
        True,
        [("money", 1100000, "EUR", None)],
        "Herbert Stranzinger",
    ),
    (
        "de",
        "„Das ist der schönste Tag in der 102-jährigen Geschichte unseres Vereins“, sagte Stranzinger.",
        False,
        [("duration", 102, "year", None)],
        None,
    ),
    (
        "de",
        "Das alte Stadion mit seinen 7.200 Plätzen soll nach der Fertigstellung abgerissen werden.",
        True,
        [("count", 7200, None, None)],
        None,
    ),
    # --- UEFA fines (Reuters), October ---
    (
        "en",
        "NYON, Switzerland, Oct 2 (Reuters) - UEFA fined eight clubs a total of 61 million euros on Friday for breaching its financial sustainability rules, European soccer's governing body said.",
        True,
        [("date", "--10-02", None, None), ("count", 8, None, None), ("money", 61000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The heaviest penalty, 22 million euros, went to French side Olympique Varenne for exceeding the squad-cost limit of 80% of revenue.",
        True,
        [("money", 22000000, "EUR", None), ("percent", 80, "%", None)],
        None,
    ),
    (
        "en",
        "Varenne's spending on wages, transfers and agents reached 91% of its revenue in 2025, UEFA said.",
        True,
        [("percent", 91, "%", None), ("year", 2025, None, None)],
        "UEFA",
    ),
    (
        "en",
        "Only 5 million euros of the fine is payable immediately, with the rest suspended for three seasons.",
        True,
        [("money", 5000000, "EUR", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Four of the eight clubs also face limits on the number of players they can register for European competition.",
        True,
        [("count", 4, None, None), ("count", 8, None, None)],
        None,
    ),
    ("en", "Varenne said it accepted the decision and would not appeal.", True, [], None),
    (
        "en",
        '"Rules are rules, but the goalposts keep moving," Varenne president Fabrice Loubier said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The limit will drop to 70% of revenue from next season under rules agreed in 2022.",
        True,
        [("percent", 70, "%", None), ("year", 2022, None, None)],
        None,
    ),
    # --- Busse gegen den FC Limmattal (Keystone-SDA), Oktober ---
    (
        "de",
        "Muri bei Bern (Keystone-SDA) - Die Disziplinarkommission der Swiss Football League hat den FC Limmattal mit einer Busse von 48'000 Franken belegt.",
        True,
        [("money", 48000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Anhänger des Klubs hatten beim Auswärtsspiel in Lugano mehr als 60 pyrotechnische Gegenstände gezündet.",
        True,
        [("count", 60, None, "over")],
        None,
    ),
    (
        "de",
        "Zudem bleibt der Gästesektor bei den nächsten zwei Auswärtsspielen des Klubs geschlossen, teilte die Liga am Mittwoch mit.",
        True,
        [("count", 2, None, None)],
        "die Liga",
    ),
    (
        "de",
        "Es ist bereits die dritte Sanktion gegen den Klub in dieser Saison.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der FC Limmattal kann den Entscheid innert fünf Tagen anfechten.",
        True,
        [("duration", 5, "day", None)],
        None,
    ),
    ("de", "«Kollektivstrafen treffen immer die Falschen», sagte Klubpräsident Ueli Rothenbühler.", False, [], None),
    (
        "de",
        "Rothenbühler sagte, der Verein habe in den letzten zwei Jahren rund 350'000 Franken in die Sicherheit im Stadion investiert.",
        True,
        [("duration", 2, "year", None), ("money", 350000, "CHF", "about")],
        "Rothenbühler",
    ),
    ("de", "Die Fanarbeit Limmattal rief die Anhänger auf, künftig auf Pyrotechnik zu verzichten.", False, [], None),
    # --- Premier League TV rights (Reuters), October ---
    (
        "en",
        "LONDON, Oct 20 (Reuters) - Premier League clubs will share a record 7.1 billion pounds from the sale of domestic television rights for the four seasons starting in 2029-30, the league said on Tuesday.",
        True,
        [
            ("date", "--10-20", None, None),
            ("money", 7100000000, "GBP", None),
            ("count", 4, None, None),
            ("year", 2029, None, None),
            ("year", 2030, None, None),
        ],
        "the league",
    ),
    (
        "en",
        "That is about 6% more than the current deal, which runs until the end of the 2028-29 season.",
        True,
        [("percent", 6, "%", "about"), ("year", 2028, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Broadcasters will show 270 matches live each season, up from 215 now.",
        True,
        [("count", 270, None, None), ("count", 215, None, None)],
        None,
    ),
    (
        "en",
        "Three of the eight packages went to streaming service Kestrel, which had not previously held Premier League rights.",
        True,
        [("count", 3, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "Clubs will continue to share half of the domestic money equally, with a quarter tied to league position and a quarter to television appearances.",
        True,
        [("fraction", 0.5, None, None), ("fraction", 0.25, None, None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Simon Hartigan told reporters the league had also agreed to pass 160 million pounds a season to the English Football League.",
        True,
        [("money", 160000000, "GBP", None)],
        "Simon Hartigan",
    ),
    ("en", '"This is a vote of confidence in the best league in the world," Hartigan said.', False, [], None),
    (
        "en",
        "Fan groups said they feared the deal would mean even more kick-off times being moved at short notice.",
        False,
        [],
        None,
    ),
    # --- Auslandsrechte der DFL (dpa), Oktober ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Auslandsrechte an der Bundesliga sind für sechs Spielzeiten ab 2027/28 neu verteilt.",
        True,
        [("count", 6, None, None), ("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Einnahmen steigen nach Angaben der DFL auf durchschnittlich 265 Millionen Euro pro Saison.",
        True,
        [("money", 265000000, "EUR", None)],
        "die DFL",
    ),
    ("de", "Das sind knapp 18 Prozent mehr als im bisherigen Vertrag.", True, [("percent", 18, "%", "nearly")], None),
    (
        "de",
        "Allein aus den USA fließen künftig rund 70 Millionen Euro im Jahr.",
        True,
        [("money", 70000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Auslandserlöse machen damit etwa ein Sechstel der gesamten Medieneinnahmen aus.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    (
        "de",
        "DFL-Geschäftsführerin Kerstin Ahlbrecht sagte, die Bundesliga habe den Rückstand auf die spanische Liga im Ausland um ein Drittel verringert.",
        True,
        [("fraction", 0.3333, None, None)],
        "Kerstin Ahlbrecht",
    ),
    ("de", "„Die Bundesliga ist im Ausland noch lange nicht da, wo sie hingehört“, sagte Ahlbrecht.", False, [], None),
    (
        "de",
        "Die Premier League erlöst mit ihren Auslandsrechten nach Branchenschätzungen mehr als das Fünffache.",
        True,
        [("count", 5, None, "over")],
        None,
    ),
    # --- WSL title sponsor (Reuters), November ---
    (
        "en",
        "LONDON, Nov 11 (Reuters) - The Women's Super League has agreed a five-year title sponsorship deal with insurer Brightmoor worth 42 million pounds, the league's operator said on Wednesday.",
        True,
        [("date", "--11-11", None, None), ("duration", 5, "year", None), ("money", 42000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "That is more than four times the value of the previous agreement, which expired in the summer.",
        True,
        [("count", 4, None, "over")],
        None,
    ),
    ("en", "Clubs will receive at least 60% of the money directly.", True, [("percent", 60, "%", "at_least")], None),
    (
        "en",
        "WSL crowds averaged 7,340 last season, up 18% on the year before.",
        True,
        [("count", 7340, None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Twelve of the 14 clubs now stage some home games in the main stadium of their men's team.",
        True,
        [("count", 12, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        '"This is the moment the women\'s game stops asking for scraps," league chief executive Rosalind Achebe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Achebe said the league aimed to lift average crowds to 15,000 by 2030.",
        True,
        [("count", 15000, None, None), ("year", 2030, None, None)],
        "Achebe",
    ),
    (
        "en",
        "Some players' representatives said they worried the money would not reach the bottom of the wage scale.",
        False,
        [],
        None,
    ),
    # --- Neuer Trikotsponsor in Remstal (SID), November ---
    (
        "de",
        "Stuttgart (SID) - Der Bundesligist FV Remstal hat einen neuen Trikotsponsor: Der Energieversorger Solvanta zahlt ab der Saison 2027/28 rund 14 Millionen Euro pro Saison.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("money", 14000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Vertrag läuft über fünf Jahre und damit bis 2032, wie der Verein am Donnerstag mitteilte.",
        True,
        [("duration", 5, "year", None), ("year", 2032, None, None)],
        "der Verein",
    ),
    (
        "de",
        "Solvanta zahlt damit fast doppelt so viel wie sein Vorgänger auf der Brust der Remstaler.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Hinzu kommen Prämien von bis zu drei Millionen Euro für jede Teilnahme an der Champions League.",
        True,
        [("money", 3000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Remstal belegt damit unter den Bundesligisten bei den Trikoteinnahmen den sechsten Platz.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Jürgen Kallweit sagte, der Vertrag umfasse auch die Namensrechte am Nachwuchsleistungszentrum für zehn Jahre.",
        True,
        [("duration", 10, "year", None)],
        "Jürgen Kallweit",
    ),
    ("de", "„Das ist ein Meilenstein in der Geschichte unseres Vereins“, sagte Kallweit.", False, [], None),
    ("de", "Umweltverbände kritisierten den Deal als Greenwashing.", False, [], None),
    # --- Ellington extension (AP), November ---
    (
        "en",
        "DENVER (AP) — Point guard Marcus Ellington and the Colorado Peaks agreed Monday on a five-year, $265 million contract extension, according to a person familiar with the negotiations.",
        True,
        [("duration", 5, "year", None), ("money", 265000000, "USD", None)],
        None,
    ),
    ("en", "The person spoke on condition of anonymity because the extension had not been announced.", False, [], None),
    (
        "en",
        "The deal includes a player option for the final season and is the largest in franchise history.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Ellington, 26, averaged 27.4 points, 8.1 assists and 5.2 rebounds last season.",
        True,
        [
            ("duration", 26, "year", None),
            ("count", 27.4, None, None),
            ("count", 8.1, None, None),
            ("count", 5.2, None, None),
        ],
        None,
    ),
    ("en", "He was named to his third All-Star team in February.", True, [("ordinal", 3, None, None)], None),
    (
        "en",
        "The extension would keep Ellington under contract through the 2031-32 season.",
        True,
        [("year", 2031, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "The league's salary cap for this season is $154.6 million.",
        True,
        [("money", 154600000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Denver is home, and I never wanted to play anywhere else," Ellington said in a video posted by the team.',
        False,
        [],
        None,
    ),
    # --- Sanierungsverfahren beim FC Marchfeld (APA), November ---
    (
        "de",
        "Wien (APA) - Über den Zweitligisten FC Marchfeld ist am Dienstag am Landesgericht Korneuburg ein Sanierungsverfahren eröffnet worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Verbindlichkeiten belaufen sich laut KSV1870 auf rund 4,6 Mio. Euro, betroffen sind 87 Gläubiger.",
        True,
        [("money", 4600000, "EUR", "about"), ("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Den Gläubigern wird eine Quote von 30 Prozent binnen zwei Jahren angeboten.",
        True,
        [("percent", 30, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Die Liga zieht dem Klub nach ihren Bestimmungen automatisch sechs Punkte ab.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Damit rutscht der FC Marchfeld mit nun acht Punkten auf den 16. und letzten Tabellenplatz.",
        True,
        [("count", 8, None, None), ("ordinal", 16, None, None)],
        None,
    ),
    (
        "de",
        "Die rund 40 Angestellten, darunter 24 Spieler, haben seit September kein Gehalt erhalten.",
        True,
        [("count", 40, None, "about"), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Obmann Friedrich Hörmannsdorfer sagte, ein Investor aus Niederösterreich habe bereits 800.000 Euro zugesagt.",
        True,
        [("money", 800000, "EUR", None)],
        "Friedrich Hörmannsdorfer",
    ),
    ("de", "„Der Verein wird leben, das verspreche ich jedem einzelnen Fan“, sagte Hörmannsdorfer.", False, [], None),
    # --- Stallbridge fined (PA), December ---
    (
        "en",
        "LONDON (PA) - Stallbridge City have been fined £175,000 by the Football Association after their players surrounded the referee in Saturday's defeat at Harbourne United.",
        True,
        [("money", 175000, "GBP", None)],
        None,
    ),
    (
        "en",
        "It is the club's third such charge this season, the FA said.",
        True,
        [("ordinal", 3, None, None)],
        "the FA",
    ),
    (
        "en",
        "Stallbridge, who admitted the charge, were fined £100,000 for a similar offence in 2024.",
        True,
        [("money", 100000, "GBP", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Midfielder Ollie Crandon was separately banned for three matches and fined £40,000 for abusive language towards a match official.",
        True,
        [("count", 3, None, None), ("money", 40000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Crandon, 28, has 14 days to appeal.",
        True,
        [("duration", 28, "year", None), ("duration", 14, "day", None)],
        None,
    ),
    ("en", 'Manager Keith Moorcroft called the punishment "a joke."', False, [], None),
    ("en", '"We hold our hands up, but we will not be made an example of," Moorcroft said.', False, [], None),
    (
        "en",
        "Clubs have been fined a combined £2.3m for similar offences since the start of last season, according to PA analysis.",
        True,
        [("money", 2300000, "GBP", None)],
        None,
    ),
    # --- Investoreneinstieg in Nordhain (dpa), Dezember ---
    (
        "de",
        "Kassel (dpa) - Zweitligist Hessen Nordhain verkauft 24,9 Prozent seiner ausgegliederten Profiabteilung an den US-Finanzinvestor Calder Ridge.",
        True,
        [("percent", 24.9, "%", None)],
        None,
    ),
    (
        "de",
        "Der Kaufpreis liegt bei 36 Millionen Euro, wie der Verein am Mittwoch mitteilte.",
        True,
        [("money", 36000000, "EUR", None)],
        "der Verein",
    ),
    ("de", "Wegen der 50+1-Regel behält der Stammverein die Mehrheit der Stimmrechte.", True, [], None),
    (
        "de",
        "Die Mitgliederversammlung hatte dem Einstieg im November nach einer fünfstündigen Debatte mit 71 Prozent zugestimmt, nötig war eine Zweidrittelmehrheit.",
        True,
        [("duration", 5, "hour", None), ("percent", 71, "%", None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "„Wir verkaufen nicht unsere Seele, sondern sichern unsere Zukunft“, sagte Präsident Wolfgang Eschenbrenner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eschenbrenner sagte, mit dem Geld würden Verbindlichkeiten von 19 Millionen Euro abgelöst.",
        True,
        [("money", 19000000, "EUR", None)],
        "Eschenbrenner",
    ),
    (
        "de",
        "Kritiker in der Fanszene befürchten, dass der Investor mittelfristig mehr Einfluss fordern wird.",
        False,
        [],
        None,
    ),
    # --- Club revenue ranking (Reuters), January ---
    (
        "en",
        "MANCHESTER, England, Jan 22 (Reuters) - The 20 highest-earning soccer clubs generated a record 12.4 billion euros in revenue last season, up 7% from a year earlier, consultancy Marlowe Sports Advisory said on Friday.",
        True,
        [
            ("date", "--01-22", None, None),
            ("count", 20, None, None),
            ("money", 12400000000, "EUR", None),
            ("percent", 7, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Spanish club Real Castellana topped the ranking for the fourth year running with revenue of 1.18 billion euros.",
        True,
        [("ordinal", 4, None, None), ("money", 1180000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Eleven of the top 20 clubs are English, the highest number since the ranking began in 1998.",
        True,
        [("count", 11, None, None), ("count", 20, None, None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "Commercial income, including sponsorship and merchandising, accounted for 46% of the total.",
        True,
        [("percent", 46, "%", None)],
        None,
    ),
    (
        "en",
        "Broadcasting revenue fell for the first time in five years, by about 2%.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "year", None), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        "Matchday income rose by nearly a fifth as clubs raised ticket prices and added hospitality seats.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Report author Helena Marchetti said only two German clubs made the top 10, the fewest since 2009.",
        True,
        [("count", 2, None, None), ("count", 10, None, None), ("year", 2009, None, None)],
        "Helena Marchetti",
    ),
    ("en", '"The gap between the Premier League and the rest is now structural," Marchetti said.', False, [], None),
    (
        "en",
        "Analysts said they believed the gap between England and the rest of Europe would keep widening.",
        False,
        [],
        None,
    ),
    # --- Leihgeschäft und Winterbilanz (dpa), Februar ---
    (
        "de",
        "Düsseldorf (dpa) - Der SC Brenzfeld leiht den kroatischen Innenverteidiger Tomislav Jurković bis zum Saisonende vom italienischen Erstligisten AC Valtellina aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Leihgebühr liegt nach dpa-Informationen bei 1,2 Millionen Euro.",
        True,
        [("money", 1200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Vertrag enthält eine Kaufoption über neun Millionen Euro, die bei 15 Einsätzen zur Pflicht wird.",
        True,
        [("money", 9000000, "EUR", None), ("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Der 26-Jährige kam in der Hinrunde der Serie A nur auf vier Einsätze.",
        True,
        [("duration", 26, "year", None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Ob Jurković die 15 Einsätze bis zum Saisonende erreicht, gilt in Brenzfeld als offen.",
        False,
        [("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt gaben die 18 Bundesligisten im Winter 146 Millionen Euro für neue Spieler aus, so wenig wie seit 2021 nicht mehr.",
        True,
        [("count", 18, None, None), ("money", 146000000, "EUR", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Jeder dritte der 71 Wechsel war ein Leihgeschäft.",
        True,
        [("fraction", 0.3333, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Allein am letzten Tag der Wechselperiode wurden 23 Transfers gemeldet.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    ("de", "Ein Spielerberater sagte, der Markt sei „so ausgetrocknet wie nie“.", False, [], None),
    # --- Calderbridge in administration (PA), February ---
    (
        "en",
        "LONDON (PA) - League One club Calderbridge Town have entered administration with debts of about £19m, the English Football League said on Monday.",
        True,
        [("money", 19000000, "GBP", "about")],
        "the English Football League",
    ),
    (
        "en",
        "The club will be deducted 12 points, dropping them from 14th to 22nd in the table.",
        True,
        [("count", 12, None, None), ("ordinal", 14, None, None), ("ordinal", 22, None, None)],
        None,
    ),
    (
        "en",
        "Calderbridge owe HM Revenue and Customs almost £3.2m in unpaid tax, according to a court filing.",
        True,
        [("money", 3200000, "GBP", "nearly")],
        None,
    ),
    ("en", "Players and staff were not paid in December or January.", True, [], None),
    (
        "en",
        "Joint administrator Martin Okonedo said three parties had expressed interest in buying the 131-year-old club.",
        True,
        [("count", 3, None, None), ("duration", 131, "year", None)],
        "Martin Okonedo",
    ),
    ("en", '"Nobody should be in any doubt about how serious this is," Okonedo said.', False, [], None),
    ("en", "Supporters hope a local buyer can be found before the end of the season.", False, [], None),
    (
        "en",
        "Calderbridge are the third EFL club to enter administration in the past two years.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Vertragsverlängerung in Warnowstadt (dpa), Februar ---
    (
        "de",
        "Rostock (dpa) - Trainer Sebastian Nothdurft hat seinen Vertrag beim Bundesligisten SV Warnowstadt vorzeitig um zwei Jahre bis 2029 verlängert.",
        True,
        [("duration", 2, "year", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Der 44-Jährige hatte das Amt im Oktober 2024 übernommen und die Mecklenburger im vergangenen Sommer in die Bundesliga geführt.",
        True,
        [("duration", 44, "year", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Nach dpa-Informationen enthält das neue Arbeitspapier eine Ausstiegsklausel in Höhe von vier Millionen Euro, die nur im Sommer 2028 greift.",
        True,
        [("money", 4000000, "EUR", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Warnowstadt liegt nach 21 Spieltagen mit 29 Punkten auf Platz neun.",
        True,
        [("count", 21, None, None), ("count", 29, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Nothdurft sagte, er habe in den vergangenen Wochen zwei Angebote aus dem Ausland abgelehnt.",
        True,
        [("count", 2, None, None)],
        "Nothdurft",
    ),
    ("de", "„Hier ist etwas entstanden, das ich nicht einfach zurücklassen will“, sagte Nothdurft.", False, [], None),
    ("de", "Über die Höhe des neuen Gehalts machte der Verein keine Angaben.", False, [], None),
    # --- Ashcombe accounts (PA), March ---
    (
        "en",
        "LONDON (PA) - Championship club Ashcombe Rovers lost £38.4m in the year to June 30, 2026, according to accounts published on Monday.",
        True,
        [("money", 38400000, "GBP", None), ("date", "2026-06-30", None, None)],
        None,
    ),
    (
        "en",
        "Wages rose to £41.7m, equivalent to 129% of turnover.",
        True,
        [("money", 41700000, "GBP", None), ("percent", 129, "%", None)],
        None,
    ),
    (
        "en",
        "The club's debt to owner Garrick Holdings now stands at £212m, up from £171m a year earlier.",
        True,
        [("money", 212000000, "GBP", None), ("money", 171000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Turnover fell by almost a quarter to £32.3m after the loss of parachute payments.",
        True,
        [("fraction", 0.25, None, "nearly"), ("money", 32300000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief executive Nadia Brightwell said the owner had converted £60m of loans into shares in July.",
        True,
        [("money", 60000000, "GBP", None)],
        "Nadia Brightwell",
    ),
    ("en", '"The Championship is broken, and everyone in it knows that," Brightwell said.', False, [], None),
    ("en", "Supporters' trust chair Ian Pettifer said fans were worried about the club's future.", False, [], None),
    # --- Stadionabstimmung in Burgdorf (Keystone-SDA), März ---
    (
        "de",
        "Burgdorf (Keystone-SDA) - Die Stimmberechtigten von Burgdorf haben dem neuen Stadion des FC Emmental zugestimmt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Vorlage wurde mit 56,4 Prozent Ja-Stimmen angenommen, die Stimmbeteiligung lag bei 47 Prozent.",
        True,
        [("percent", 56.4, "%", None), ("percent", 47, "%", None)],
        None,
    ),
    (
        "de",
        "Das Stadion soll 9'500 Zuschauern Platz bieten und rund 118 Millionen Franken kosten.",
        True,
        [("count", 9500, None, None), ("money", 118000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Stadt gewährt dem Klub ein Baurecht für 60 Jahre und beteiligt sich mit 22 Millionen Franken.",
        True,
        [("duration", 60, "year", None), ("money", 22000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Rest wird zu einem grossen Teil über 210 Wohnungen finanziert, die auf dem Areal entstehen.",
        True,
        [("count", 210, None, None)],
        None,
    ),
    ("de", "Gegner hatten das Projekt als «Luxusarena auf Kosten der Steuerzahler» bezeichnet.", False, [], None),
    (
        "de",
        "Klubpräsidentin Franziska Aebersold sagte, der Spielbetrieb solle im Sommer 2030 aufgenommen werden.",
        True,
        [("year", 2030, None, None)],
        "Franziska Aebersold",
    ),
    (
        "de",
        "Es war bereits der zweite Anlauf, nachdem 2019 ein erstes Projekt an der Urne gescheitert war.",
        True,
        [("ordinal", 2, None, None), ("year", 2019, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Castellana naming rights (AFP), March ---
    (
        "en",
        "MADRID (AFP) - Real Castellana have sold the naming rights to their stadium to Gulf airline Azuran for 400 million euros over 20 years, the club announced on Wednesday.",
        True,
        [("money", 400000000, "EUR", None), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "The deal, worth 20 million euros a season, is the largest of its kind in European football.",
        True,
        [("money", 20000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The 81,000-seat stadium will take its new name from July 1.",
        True,
        [("count", 81000, None, None), ("date", "--07-01", None, None)],
        None,
    ),
    ("en", "Club officials hope the deal will help fund a new training complex.", False, [], None),
    (
        "en",
        "Club president Ignacio Larrañaga said the money would cover roughly a third of the club's annual debt repayments.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Ignacio Larrañaga",
    ),
    (
        "en",
        "Supporters' groups criticised the decision to drop the name of the club's founder from the stadium.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellana's latest accounts put the club's net debt at 1.46 billion euros as of June 30.",
        True,
        [("money", 1460000000, "EUR", None), ("date", "--06-30", None, None)],
        None,
    ),
    # --- Geldstrafe für Remstal (dpa), April ---
    (
        "de",
        "Frankfurt/Main (dpa) - Das DFB-Sportgericht hat den Bundesligisten FV Remstal wegen des Abbrennens von Pyrotechnik zu einer Geldstrafe von 138.000 Euro verurteilt.",
        True,
        [("money", 138000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bis zu 46.000 Euro davon kann der Klub für eigene sicherheitstechnische oder gewaltpräventive Maßnahmen verwenden, teilte der DFB am Dienstag mit.",
        True,
        [("money", 46000, "EUR", "up_to")],
        "der DFB",
    ),
    (
        "de",
        "Remstal-Fans hatten beim Derby im Februar mindestens 120 Bengalos gezündet, das Spiel war für neun Minuten unterbrochen.",
        True,
        [("count", 120, None, "at_least"), ("duration", 9, "minute", None)],
        None,
    ),
    ("de", "Es ist die höchste Einzelstrafe gegen den Verein seit 2019.", True, [("year", 2019, None, None)], None),
    (
        "de",
        "In der laufenden Saison summieren sich die Strafen gegen Remstal damit auf 311.000 Euro.",
        True,
        [("money", 311000, "EUR", None)],
        None,
    ),
    ("de", "Der Verein hat dem Urteil bereits zugestimmt, es ist damit rechtskräftig.", True, [], None),
    ("de", "Ein Sprecher der Fanhilfe nannte die Strafen „reine Geldmacherei“.", False, [], None),
    (
        "de",
        "„Für die Verbände sind wir nur noch die Melkkuh“, sagte Remstal-Vorstandschef Jürgen Kallweit.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundesweit verhängte das Sportgericht in der Vorsaison nach Angaben des DFB Strafen von zusammen 9,6 Millionen Euro.",
        True,
        [("money", 9600000, "EUR", None)],
        "der DFB",
    ),
    # --- Redhaven buys into Pavona (Reuters), April ---
    (
        "en",
        "MILAN, April 8 (Reuters) - U.S. investment firm Redhaven Capital has agreed to buy a 45% stake in Serie A club Pavona Calcio for 270 million euros, the two sides said on Thursday.",
        True,
        [("date", "--04-08", None, None), ("percent", 45, "%", None), ("money", 270000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The deal values the club, including debt, at about 780 million euros.",
        True,
        [("money", 780000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Redhaven will have the option to raise its stake to 75% within three years.",
        True,
        [("percent", 75, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Pavona, who finished seventh last season, have debts of 312 million euros, according to their latest accounts.",
        True,
        [("ordinal", 7, None, None), ("money", 312000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Redhaven managing partner Douglas Whitcombe said the firm planned to invest a further 60 million euros in the squad over the next two years.",
        True,
        [("money", 60000000, "EUR", None), ("duration", 2, "year", None)],
        "Douglas Whitcombe",
    ),
    (
        "en",
        "Whitcombe declined to say whether Redhaven would eventually seek full control of the club.",
        False,
        [],
        None,
    ),
    ("en", '"Italian football is the most undervalued asset in world sport," Whitcombe said.', False, [], None),
    ("en", "Fans' groups fear the club's historic badge could be changed as part of a rebrand.", False, [], None),
    # --- Medienvertrag der Frauen-Bundesliga (SID), April ---
    (
        "de",
        "Köln (SID) - Die Frauen-Bundesliga erhält ab der kommenden Saison 8,5 Millionen Euro pro Saison aus der Vermarktung ihrer Medienrechte.",
        True,
        [("money", 8500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das ist mehr als dreimal so viel wie bisher, teilte der DFB am Montag mit.",
        True,
        [("count", 3, None, "over")],
        "der DFB",
    ),
    (
        "de",
        "Der Vertrag läuft bis zum Ende der Saison 2030/31.",
        True,
        [("year", 2030, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Die Liga verzeichnete in der Hinrunde einen Zuschauerschnitt von 3.940, ein Plus von 27 Prozent.",
        True,
        [("count", 3940, None, None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Zum Spitzenspiel im Dezember kamen 38.212 Zuschauer, so viele wie nie zuvor bei einem Ligaspiel der Frauen.",
        True,
        [("count", 38212, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer Umfrage der Spielerinnenvertretung verdient knapp die Hälfte der Spielerinnen weniger als 2.000 Euro brutto im Monat.",
        True,
        [("fraction", 0.5, None, "nearly"), ("money", 2000, "EUR", "under")],
        None,
    ),
    ("de", "„Wir haben noch einen weiten Weg vor uns“, sagte Nationalspielerin Merle Thorbrügge.", False, [], None),
    (
        "de",
        "Die Klubs wollen ab 2028 ein Mindestgehalt von 2.500 Euro im Monat einführen.",
        True,
        [("year", 2028, None, None), ("money", 2500, "EUR", None)],
        None,
    ),
    # --- Harbourne season tickets (PA), May ---
    (
        "en",
        "LONDON (PA) - Harbourne United will raise the price of their cheapest adult season ticket by 9% to £845 next season, the club said on Thursday.",
        True,
        [("percent", 9, "%", None), ("money", 845, "GBP", None)],
        "the club",
    ),
    (
        "en",
        "It is the third increase in three years and means the cheapest ticket has risen by more than a quarter since 2024.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 3, "year", None),
            ("fraction", 0.25, None, "over"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    ("en", "Prices for under-18s will be frozen at £210.", True, [("money", 210, "GBP", None)], None),
    (
        "en",
        "About 4,000 seats in the family stand will be converted into hospitality, according to the club.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    (
        "en",
        "Premier League clubs agreed in 2024 to cap away tickets at £32, a limit that has since been extended to 2029.",
        True,
        [("year", 2024, None, None), ("money", 32, "GBP", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        'The Football Supporters\' Association said fans were being "squeezed out of their own grounds."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Harbourne's average league attendance last season was 61,870, the second-highest in the division.",
        True,
        [("count", 61870, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "A club spokesman said ticket revenue covered less than a tenth of the wage bill.",
        True,
        [("fraction", 0.1, None, "under")],
        None,
    ),
    # --- Dauerkartenpreise in Frankenhöhe (dpa/lby), Mai ---
    (
        "de",
        "Nürnberg (dpa/lby) - Zweitligist SpVgg Frankenhöhe erhöht die Preise für Dauerkarten zur neuen Saison um durchschnittlich 6,5 Prozent.",
        True,
        [("percent", 6.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die günstigste Stehplatz-Dauerkarte kostet künftig 219 Euro statt bisher 205 Euro.",
        True,
        [("money", 219, "EUR", None), ("money", 205, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für die teuerste Sitzplatzkarte auf der Haupttribüne werden 869 Euro fällig.",
        True,
        [("money", 869, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund 14.500 der insgesamt 26.000 Plätze im Stadion waren in dieser Saison an Dauerkarteninhaber vergeben.",
        True,
        [("count", 14500, None, "about"), ("count", 26000, None, None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Benedikt Rauscher sagte, der Klub müsse gestiegene Energie- und Sicherheitskosten von rund 1,4 Millionen Euro ausgleichen.",
        True,
        [("money", 1400000, "EUR", "about")],
        "Benedikt Rauscher",
    ),
    (
        "de",
        "Die Fanorganisationen kündigten Proteste beim ersten Heimspiel der neuen Saison an.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("de", "„Fußball darf kein Luxusgut werden“, heißt es in einer Erklärung der Fanszene.", False, [], None),
    (
        "de",
        "Im Schnitt der 2. Bundesliga kostet eine Stehplatz-Dauerkarte nach Berechnungen des Fanportals Stehblock 241 Euro.",
        True,
        [("money", 241, "EUR", None)],
        None,
    ),
    # --- Tides fined for tampering (AP), June ---
    (
        "en",
        "NEW YORK (AP) — The NFL fined the Carolina Tides $2 million and stripped them of a fifth-round draft pick for tampering with a player under contract with another team, the league said Friday.",
        True,
        [("money", 2000000, "USD", None), ("ordinal", 5, None, None)],
        "the league",
    ),
    (
        "en",
        "Owner Preston Galloway was suspended for six weeks and fined an additional $750,000.",
        True,
        [("duration", 6, "week", None), ("money", 750000, "USD", None)],
        None,
    ),
    (
        "en",
        "The league's investigation found that team officials contacted the player's agent at least three times in March.",
        True,
        [("count", 3, None, "at_least")],
        None,
    ),
    (
        "en",
        "It is the largest fine for tampering in league history, surpassing the $1.2 million penalty handed out in 2022.",
        True,
        [("money", 1200000, "USD", None), ("year", 2022, None, None)],
        None,
    ),
    ("en", "The Tides said they disagreed with the findings but would not appeal.", True, [], None),
    ("en", '"We believe we followed the rules as they were written," Galloway said in a statement.', False, [], None),
    (
        "en",
        'Critics called the punishment "a slap on the wrist" for one of the league\'s richest owners.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Galloway, 67, bought the team in 2015 for a then-record $2.3 billion.",
        True,
        [("duration", 67, "year", None), ("year", 2015, None, None), ("money", 2300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The Tides finished 9-8 last season and missed the playoffs for the fourth straight year.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    # --- Finanzreport der Bundesliga (APA), Juni ---
    (
        "de",
        "Wien (APA) - Einen Rekordumsatz von 412 Mio. Euro haben die zwölf Bundesliga-Klubs in der Saison 2025/26 erwirtschaftet.",
        True,
        [
            ("money", 412000000, "EUR", None),
            ("count", 12, None, None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das ist ein Plus von 9 Prozent gegenüber dem Jahr davor, geht aus dem am Donnerstag veröffentlichten Finanzreport der Liga hervor.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    ("de", "Knapp ein Drittel davon entfiel auf Transfererlöse.", True, [("fraction", 0.3333, None, "nearly")], None),
    (
        "de",
        "Acht Klubs schrieben schwarze Zahlen, vier wiesen einen Verlust aus.",
        True,
        [("count", 8, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Branchenkenner halten die Abhängigkeit von Transfererlösen für das größte Risiko der Liga.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Liga-Vorstand Christian Moosbrugger sagte, der Anteil der Personalkosten am Umsatz sei um 2,5 Prozentpunkte auf 58 Prozent gesunken.",
        True,
        [("percent", 2.5, "pp", None), ("percent", 58, "%", None)],
        "Christian Moosbrugger",
    ),
    ("de", "„Der österreichische Fußball ist wirtschaftlich so gesund wie nie“, sagte Moosbrugger.", False, [], None),
    (
        "de",
        "Ob die Klubs den Rekord ohne Prämien aus dem Europacup wiederholen können, gilt als fraglich.",
        False,
        [],
        None,
    ),
    # --- Penrose to Castellana (Reuters), June ---
    (
        "en",
        "MADRID, June 24 (Reuters) - Real Castellana have agreed to sign England midfielder Jack Penrose from Harbourne United for 115 million euros, the highest fee ever paid for a British player, both clubs said on Thursday.",
        True,
        [("date", "--06-24", None, None), ("money", 115000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The fee includes 15 million euros in add-ons and will be paid in four annual instalments.",
        True,
        [("money", 15000000, "EUR", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Penrose, 24, has signed a contract until June 2032.",
        True,
        [("duration", 24, "year", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "His release clause has been set at 1 billion euros, a figure common in Spanish contracts.",
        True,
        [("money", 1000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Harbourne will use part of the money to comply with the league's spending rules after posting a pre-tax loss of 97 million pounds last season.",
        True,
        [("money", 97000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Penrose made 187 appearances for Harbourne after joining their academy at the age of nine.",
        True,
        [("count", 187, None, None), ("duration", 9, "year", None)],
        None,
    ),
    ("en", '"Every boy dreams of playing at the Castellana, and now I get to live it," Penrose said.', False, [], None),
    (
        "en",
        "The deal ends weeks of speculation that had linked the midfielder with clubs in four countries.",
        False,
        [("count", 4, None, None)],
        None,
    ),
]
